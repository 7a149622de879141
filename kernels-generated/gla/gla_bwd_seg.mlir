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
      %v175 = arith.constant 1024 : i64
      %v187 = arith.muli %v2, %v1 : i64
      %v188 = arith.muli %v187, %size_H : i64
      %v189 = arith.muli %v188, %size_L : i64
      %v199 = arith.constant 65 : i64
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
      %v319 = arith.constant 32 : i32
      %v329 = arith.constant 0x3FB8AA3B : f32
      %v334 = arith.constant 0x3D800000 : f32
      %v343 = arith.muli %v2, %size_DV : i64
      %v344 = arith.muli %v343, %size_H : i64
      %v345 = arith.muli %v344, %size_L : i64
      %v385 = arith.constant 2 : i64
      %v603 = arith.constant 3 : i64
      %v720 = arith.constant 5 : i64
      %v779 = arith.constant 6 : i64
      %v896 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v945 = arith.constant 8 : i32
      %v949 = arith.constant 16 : i32
      %v959 = arith.constant 17 : i64
      %v1035 = arith.constant 0xBF700000 : f32
      %v1332 = arith.constant 1 : i32
      %v1763 = arith.constant 2 : i32
      %v2624 = arith.constant 4 : i32
      %v2640 = arith.muli %v2, %size_B : i64
      %v2641 = arith.muli %v2640, %size_L : i64
      %v2642 = arith.muli %v2641, %size_H : i64
      %v2643 = arith.muli %v2642, %v1 : i64
      %v2731 = arith.muli %v2, %size_B : i64
      %v2732 = arith.muli %v2731, %size_L : i64
      %v2733 = arith.muli %v2732, %size_H : i64
      %v2734 = arith.muli %v2733, %v1 : i64
      %v2822 = arith.muli %v2, %size_B : i64
      %v2823 = arith.muli %v2822, %size_L : i64
      %v2824 = arith.muli %v2823, %size_H : i64
      %v2825 = arith.muli %v2824, %v1 : i64
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
        %v171 = arith.subi %v170, %v2 : i64
        %v172 = arith.addi %v170, %v118 : i64
        %v173 = arith.divui %v172, %v32 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v174 = arith.subi %size_L, %v2 : i64
        %v176 = arith.index_cast %v18 : i64 to index
        %v177 = arith.index_cast %v175 : i64 to index
        %v178 = arith.index_cast %v8 : i64 to index
        scf.for %v179 = %v176 to %v177 step %v178 {
          %v180 = arith.index_cast %v179 : index to i64
          %v181 = arith.remui %v180, %v117 : i64
          %v182 = arith.divui %v180, %v117 : i64
          %v183 = arith.addi %v168, %v181 : i64
          %v184 = arith.minsi %v183, %v174 : i64
          %v185 = arith.remui %v182, %v1 : i64
          %v186 = arith.divui %v182, %v1 : i64
          %v190 = arith.muli %v47, %v189 : i64
          %v191 = arith.muli %v184, %v188 : i64
          %v192 = arith.addi %v190, %v191 : i64
          %v193 = arith.muli %v45, %v187 : i64
          %v194 = arith.addi %v192, %v193 : i64
          %v195 = arith.muli %v185, %v2 : i64
          %v196 = arith.addi %v194, %v195 : i64
          %v197 = llvm.getelementptr %in_q[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v198 = llvm.load %v197 : !llvm.ptr -> f32
          %v200 = arith.muli %v182, %v199 : i64
          %v201 = arith.addi %v200, %v181 : i64
          %v202 = llvm.getelementptr %v64[%v201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v198, %v202 : f32, !llvm.ptr
        }
        %v203 = arith.index_cast %v18 : i64 to index
        %v204 = arith.index_cast %v175 : i64 to index
        %v205 = arith.index_cast %v8 : i64 to index
        scf.for %v206 = %v203 to %v204 step %v205 {
          %v207 = arith.index_cast %v206 : index to i64
          %v208 = arith.remui %v207, %v117 : i64
          %v209 = arith.divui %v207, %v117 : i64
          %v210 = arith.addi %v168, %v208 : i64
          %v211 = arith.minsi %v210, %v174 : i64
          %v212 = arith.remui %v209, %v1 : i64
          %v213 = arith.divui %v209, %v1 : i64
          %v214 = arith.muli %v47, %v189 : i64
          %v215 = arith.muli %v211, %v188 : i64
          %v216 = arith.addi %v214, %v215 : i64
          %v217 = arith.muli %v45, %v187 : i64
          %v218 = arith.addi %v216, %v217 : i64
          %v219 = arith.muli %v212, %v2 : i64
          %v220 = arith.addi %v218, %v219 : i64
          %v221 = llvm.getelementptr %in_k[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v223 = arith.muli %v209, %v199 : i64
          %v224 = arith.addi %v223, %v208 : i64
          %v225 = llvm.getelementptr %v66[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v222, %v225 : f32, !llvm.ptr
        }
        %v226 = arith.index_cast %v18 : i64 to index
        %v227 = arith.index_cast %v175 : i64 to index
        %v228 = arith.index_cast %v8 : i64 to index
        scf.for %v229 = %v226 to %v227 step %v228 {
          %v230 = arith.index_cast %v229 : index to i64
          %v231 = arith.remui %v230, %v117 : i64
          %v232 = arith.divui %v230, %v117 : i64
          %v233 = arith.addi %v168, %v231 : i64
          %v234 = arith.minsi %v233, %v174 : i64
          %v235 = arith.remui %v232, %v1 : i64
          %v236 = arith.divui %v232, %v1 : i64
          %v237 = arith.muli %v47, %v189 : i64
          %v238 = arith.muli %v234, %v188 : i64
          %v239 = arith.addi %v237, %v238 : i64
          %v240 = arith.muli %v45, %v187 : i64
          %v241 = arith.addi %v239, %v240 : i64
          %v242 = arith.muli %v235, %v2 : i64
          %v243 = arith.addi %v241, %v242 : i64
          %v244 = llvm.getelementptr %in_g[%v243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v245 = llvm.load %v244 : !llvm.ptr -> f32
          %v246 = arith.muli %v232, %v199 : i64
          %v247 = arith.addi %v246, %v231 : i64
          %v248 = llvm.getelementptr %v68[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v245, %v248 : f32, !llvm.ptr
        }
        gpu.barrier
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
        %v285 = arith.index_cast %v173 : i64 to index
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
          %v310 = arith.minsi %v309, %v171 : i64
          %v311 = arith.addi %v168, %v310 : i64
          %v312 = arith.index_cast %v71 : i64 to index
          %v313 = arith.index_cast %v32 : i64 to index
          %v314 = arith.index_cast %v2 : i64 to index
          scf.for %v315 = %v312 to %v313 step %v314 {
            %v316 = arith.index_cast %v315 : index to i64
            %v317 = arith.trunci %v316 : i64 to i32
            %v318 = arith.ori %v126, %v317 : i32
            %v320 = arith.addi %v308, %v316 : i64
            %v321 = arith.cmpi slt, %v320, %v170 : i64
            scf.if %v321 {
              %v322 = arith.addi %v168, %v320 : i64
              %v323 = arith.muli %v33, %v199 : i64
              %v324 = arith.subi %v322, %v168 : i64
              %v325 = arith.addi %v323, %v324 : i64
              %v326 = llvm.getelementptr %v68[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v327 = llvm.load %v326 : !llvm.ptr -> f32
              %v328 = arith.negf %v327 : f32
              %v330 = arith.mulf %v328, %v329 fastmath<contract> : f32
              %v331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v330) : (f32) -> f32
              %v332 = arith.addf %v70, %v331 fastmath<contract> : f32
              %v333 = arith.divf %v70, %v332 : f32
              %v335 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v333) : (f32) -> f32
              %v336 = arith.mulf %v334, %v335 fastmath<contract> : f32
              %v337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v336) : (f32) -> f32
              %v338 = arith.muli %v33, %v199 : i64
              %v339 = arith.subi %v322, %v168 : i64
              %v340 = arith.addi %v338, %v339 : i64
              %v341 = llvm.getelementptr %v66[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v342 = llvm.load %v341 : !llvm.ptr -> f32
              %v346 = arith.muli %v47, %v345 : i64
              %v347 = arith.muli %v322, %v344 : i64
              %v348 = arith.addi %v346, %v347 : i64
              %v349 = arith.muli %v45, %v343 : i64
              %v350 = arith.addi %v348, %v349 : i64
              %v351 = arith.muli %v43, %v2 : i64
              %v352 = arith.addi %v350, %v351 : i64
              %v353 = llvm.getelementptr %in_v[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v354 = llvm.load %v353 : !llvm.ptr -> f32
              %v355 = arith.mulf %v342, %v354 fastmath<contract> : f32
              %v356 = llvm.load %v12 : !llvm.ptr -> f32
              %v357 = arith.mulf %v337, %v356 fastmath<contract> : f32
              %v358 = arith.addf %v357, %v355 fastmath<contract> : f32
              llvm.store %v358, %v12 : f32, !llvm.ptr
              %v359 = arith.constant 8 : i64
              %v360 = arith.addi %v359, %v33 : i64
              %v361 = arith.muli %v360, %v199 : i64
              %v362 = arith.subi %v322, %v168 : i64
              %v363 = arith.addi %v361, %v362 : i64
              %v364 = llvm.getelementptr %v68[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v365 = llvm.load %v364 : !llvm.ptr -> f32
              %v366 = arith.negf %v365 : f32
              %v367 = arith.mulf %v366, %v329 fastmath<contract> : f32
              %v368 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v367) : (f32) -> f32
              %v369 = arith.addf %v70, %v368 fastmath<contract> : f32
              %v370 = arith.divf %v70, %v369 : f32
              %v371 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v370) : (f32) -> f32
              %v372 = arith.mulf %v334, %v371 fastmath<contract> : f32
              %v373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v372) : (f32) -> f32
              %v374 = arith.constant 8 : i64
              %v375 = arith.addi %v374, %v33 : i64
              %v376 = arith.muli %v375, %v199 : i64
              %v377 = arith.subi %v322, %v168 : i64
              %v378 = arith.addi %v376, %v377 : i64
              %v379 = llvm.getelementptr %v66[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v380 = llvm.load %v379 : !llvm.ptr -> f32
              %v381 = arith.mulf %v380, %v354 fastmath<contract> : f32
              %v382 = llvm.load %v13 : !llvm.ptr -> f32
              %v383 = arith.mulf %v373, %v382 fastmath<contract> : f32
              %v384 = arith.addf %v383, %v381 fastmath<contract> : f32
              llvm.store %v384, %v13 : f32, !llvm.ptr
            }
          }
        }
        %v386 = arith.addi %v173, %v2 : i64
        %v387 = arith.divui %v386, %v385 : i64
        %v388 = arith.index_cast %v71 : i64 to index
        %v389 = arith.index_cast %v387 : i64 to index
        %v390 = arith.index_cast %v2 : i64 to index
        scf.for %v391 = %v388 to %v389 step %v390 {
          %v392 = arith.index_cast %v391 : index to i64
          %v393 = arith.muli %v392, %v385 : i64
          %v394 = arith.addi %v393, %v385 : i64
          %v395 = arith.index_cast %v393 : i64 to index
          %v396 = arith.index_cast %v394 : i64 to index
          %v397 = arith.index_cast %v2 : i64 to index
          scf.for %v398 = %v395 to %v396 step %v397 {
            %v399 = arith.index_cast %v398 : index to i64
            %v400 = arith.cmpi slt, %v399, %v173 : i64
            scf.if %v400 {
              %v401 = arith.subi %v173, %v2 : i64
              %v402 = arith.subi %v401, %v399 : i64
              %v403 = arith.muli %v402, %v32 : i64
              %v404 = arith.remui %v399, %v385 : i64
              %v405 = arith.muli %v404, %v32 : i64
              %v406 = arith.addi %v158, %v402 : i64
              %v407 = arith.subi %v170, %v2 : i64
              %v408 = arith.muli %v406, %v5 : i64
              %v409 = arith.subi %v5, %v2 : i64
              %v410 = arith.minsi %v39, %v409 : i64
              %v411 = arith.addi %v408, %v410 : i64
              %v412 = arith.muli %v411, %v1 : i64
              %v413 = arith.addi %v412, %v71 : i64
              %v414 = arith.addi %v413, %v33 : i64
              %v415 = llvm.getelementptr %scratch_S[%v414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v416 = llvm.load %v415 : !llvm.ptr -> f32
              %v417 = arith.muli %v406, %v5 : i64
              %v418 = arith.subi %v5, %v2 : i64
              %v419 = arith.minsi %v39, %v418 : i64
              %v420 = arith.addi %v417, %v419 : i64
              %v421 = arith.muli %v420, %v1 : i64
              %v422 = arith.addi %v421, %v32 : i64
              %v423 = arith.addi %v422, %v33 : i64
              %v424 = llvm.getelementptr %scratch_S[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.addi %v403, %v33 : i64
              %v427 = arith.minsi %v426, %v407 : i64
              %v428 = arith.addi %v168, %v427 : i64
              // the group's states, recomputed into registers
              %v429 = arith.addi %v403, %v71 : i64
              %v430 = arith.minsi %v429, %v407 : i64
              %v431 = arith.addi %v168, %v430 : i64
              %v432 = arith.muli %v33, %v199 : i64
              %v433 = arith.subi %v431, %v168 : i64
              %v434 = arith.addi %v432, %v433 : i64
              %v435 = llvm.getelementptr %v68[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v436 = llvm.load %v435 : !llvm.ptr -> f32
              %v437 = arith.negf %v436 : f32
              %v438 = arith.mulf %v437, %v329 fastmath<contract> : f32
              %v439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v438) : (f32) -> f32
              %v440 = arith.addf %v70, %v439 fastmath<contract> : f32
              %v441 = arith.divf %v70, %v440 : f32
              %v442 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v441) : (f32) -> f32
              %v443 = arith.mulf %v334, %v442 fastmath<contract> : f32
              %v444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v443) : (f32) -> f32
              %v445 = arith.muli %v33, %v199 : i64
              %v446 = arith.subi %v431, %v168 : i64
              %v447 = arith.addi %v445, %v446 : i64
              %v448 = llvm.getelementptr %v66[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v449 = llvm.load %v448 : !llvm.ptr -> f32
              %v450 = arith.muli %v47, %v345 : i64
              %v451 = arith.muli %v431, %v344 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v45, %v343 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.muli %v43, %v2 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = llvm.getelementptr %in_v[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.mulf %v449, %v458 fastmath<contract> : f32
              %v460 = arith.mulf %v444, %v416 fastmath<contract> : f32
              %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
              %v462 = arith.constant 8 : i64
              %v463 = arith.addi %v462, %v33 : i64
              %v464 = arith.muli %v463, %v199 : i64
              %v465 = arith.subi %v431, %v168 : i64
              %v466 = arith.addi %v464, %v465 : i64
              %v467 = llvm.getelementptr %v68[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v468 = llvm.load %v467 : !llvm.ptr -> f32
              %v469 = arith.negf %v468 : f32
              %v470 = arith.mulf %v469, %v329 fastmath<contract> : f32
              %v471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v470) : (f32) -> f32
              %v472 = arith.addf %v70, %v471 fastmath<contract> : f32
              %v473 = arith.divf %v70, %v472 : f32
              %v474 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v473) : (f32) -> f32
              %v475 = arith.mulf %v334, %v474 fastmath<contract> : f32
              %v476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v475) : (f32) -> f32
              %v477 = arith.constant 8 : i64
              %v478 = arith.addi %v477, %v33 : i64
              %v479 = arith.muli %v478, %v199 : i64
              %v480 = arith.subi %v431, %v168 : i64
              %v481 = arith.addi %v479, %v480 : i64
              %v482 = llvm.getelementptr %v66[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v483 = llvm.load %v482 : !llvm.ptr -> f32
              %v484 = arith.mulf %v483, %v458 fastmath<contract> : f32
              %v485 = arith.mulf %v476, %v425 fastmath<contract> : f32
              %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
              %v487 = arith.addi %v403, %v2 : i64
              %v488 = arith.minsi %v487, %v407 : i64
              %v489 = arith.addi %v168, %v488 : i64
              %v490 = arith.muli %v33, %v199 : i64
              %v491 = arith.subi %v489, %v168 : i64
              %v492 = arith.addi %v490, %v491 : i64
              %v493 = llvm.getelementptr %v68[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v494 = llvm.load %v493 : !llvm.ptr -> f32
              %v495 = arith.negf %v494 : f32
              %v496 = arith.mulf %v495, %v329 fastmath<contract> : f32
              %v497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v496) : (f32) -> f32
              %v498 = arith.addf %v70, %v497 fastmath<contract> : f32
              %v499 = arith.divf %v70, %v498 : f32
              %v500 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v499) : (f32) -> f32
              %v501 = arith.mulf %v334, %v500 fastmath<contract> : f32
              %v502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v501) : (f32) -> f32
              %v503 = arith.muli %v33, %v199 : i64
              %v504 = arith.subi %v489, %v168 : i64
              %v505 = arith.addi %v503, %v504 : i64
              %v506 = llvm.getelementptr %v66[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v507 = llvm.load %v506 : !llvm.ptr -> f32
              %v508 = arith.muli %v47, %v345 : i64
              %v509 = arith.muli %v489, %v344 : i64
              %v510 = arith.addi %v508, %v509 : i64
              %v511 = arith.muli %v45, %v343 : i64
              %v512 = arith.addi %v510, %v511 : i64
              %v513 = arith.muli %v43, %v2 : i64
              %v514 = arith.addi %v512, %v513 : i64
              %v515 = llvm.getelementptr %in_v[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v516 = llvm.load %v515 : !llvm.ptr -> f32
              %v517 = arith.mulf %v507, %v516 fastmath<contract> : f32
              %v518 = arith.mulf %v502, %v461 fastmath<contract> : f32
              %v519 = arith.addf %v518, %v517 fastmath<contract> : f32
              %v520 = arith.constant 8 : i64
              %v521 = arith.addi %v520, %v33 : i64
              %v522 = arith.muli %v521, %v199 : i64
              %v523 = arith.subi %v489, %v168 : i64
              %v524 = arith.addi %v522, %v523 : i64
              %v525 = llvm.getelementptr %v68[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v526 = llvm.load %v525 : !llvm.ptr -> f32
              %v527 = arith.negf %v526 : f32
              %v528 = arith.mulf %v527, %v329 fastmath<contract> : f32
              %v529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v528) : (f32) -> f32
              %v530 = arith.addf %v70, %v529 fastmath<contract> : f32
              %v531 = arith.divf %v70, %v530 : f32
              %v532 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v531) : (f32) -> f32
              %v533 = arith.mulf %v334, %v532 fastmath<contract> : f32
              %v534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v533) : (f32) -> f32
              %v535 = arith.constant 8 : i64
              %v536 = arith.addi %v535, %v33 : i64
              %v537 = arith.muli %v536, %v199 : i64
              %v538 = arith.subi %v489, %v168 : i64
              %v539 = arith.addi %v537, %v538 : i64
              %v540 = llvm.getelementptr %v66[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v541 = llvm.load %v540 : !llvm.ptr -> f32
              %v542 = arith.mulf %v541, %v516 fastmath<contract> : f32
              %v543 = arith.mulf %v534, %v486 fastmath<contract> : f32
              %v544 = arith.addf %v543, %v542 fastmath<contract> : f32
              %v545 = arith.addi %v403, %v385 : i64
              %v546 = arith.minsi %v545, %v407 : i64
              %v547 = arith.addi %v168, %v546 : i64
              %v548 = arith.muli %v33, %v199 : i64
              %v549 = arith.subi %v547, %v168 : i64
              %v550 = arith.addi %v548, %v549 : i64
              %v551 = llvm.getelementptr %v68[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v552 = llvm.load %v551 : !llvm.ptr -> f32
              %v553 = arith.negf %v552 : f32
              %v554 = arith.mulf %v553, %v329 fastmath<contract> : f32
              %v555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v554) : (f32) -> f32
              %v556 = arith.addf %v70, %v555 fastmath<contract> : f32
              %v557 = arith.divf %v70, %v556 : f32
              %v558 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v557) : (f32) -> f32
              %v559 = arith.mulf %v334, %v558 fastmath<contract> : f32
              %v560 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v559) : (f32) -> f32
              %v561 = arith.muli %v33, %v199 : i64
              %v562 = arith.subi %v547, %v168 : i64
              %v563 = arith.addi %v561, %v562 : i64
              %v564 = llvm.getelementptr %v66[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v565 = llvm.load %v564 : !llvm.ptr -> f32
              %v566 = arith.muli %v47, %v345 : i64
              %v567 = arith.muli %v547, %v344 : i64
              %v568 = arith.addi %v566, %v567 : i64
              %v569 = arith.muli %v45, %v343 : i64
              %v570 = arith.addi %v568, %v569 : i64
              %v571 = arith.muli %v43, %v2 : i64
              %v572 = arith.addi %v570, %v571 : i64
              %v573 = llvm.getelementptr %in_v[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v574 = llvm.load %v573 : !llvm.ptr -> f32
              %v575 = arith.mulf %v565, %v574 fastmath<contract> : f32
              %v576 = arith.mulf %v560, %v519 fastmath<contract> : f32
              %v577 = arith.addf %v576, %v575 fastmath<contract> : f32
              %v578 = arith.constant 8 : i64
              %v579 = arith.addi %v578, %v33 : i64
              %v580 = arith.muli %v579, %v199 : i64
              %v581 = arith.subi %v547, %v168 : i64
              %v582 = arith.addi %v580, %v581 : i64
              %v583 = llvm.getelementptr %v68[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v584 = llvm.load %v583 : !llvm.ptr -> f32
              %v585 = arith.negf %v584 : f32
              %v586 = arith.mulf %v585, %v329 fastmath<contract> : f32
              %v587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v586) : (f32) -> f32
              %v588 = arith.addf %v70, %v587 fastmath<contract> : f32
              %v589 = arith.divf %v70, %v588 : f32
              %v590 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v589) : (f32) -> f32
              %v591 = arith.mulf %v334, %v590 fastmath<contract> : f32
              %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
              %v593 = arith.constant 8 : i64
              %v594 = arith.addi %v593, %v33 : i64
              %v595 = arith.muli %v594, %v199 : i64
              %v596 = arith.subi %v547, %v168 : i64
              %v597 = arith.addi %v595, %v596 : i64
              %v598 = llvm.getelementptr %v66[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v599 = llvm.load %v598 : !llvm.ptr -> f32
              %v600 = arith.mulf %v599, %v574 fastmath<contract> : f32
              %v601 = arith.mulf %v592, %v544 fastmath<contract> : f32
              %v602 = arith.addf %v601, %v600 fastmath<contract> : f32
              %v604 = arith.addi %v403, %v603 : i64
              %v605 = arith.minsi %v604, %v407 : i64
              %v606 = arith.addi %v168, %v605 : i64
              %v607 = arith.muli %v33, %v199 : i64
              %v608 = arith.subi %v606, %v168 : i64
              %v609 = arith.addi %v607, %v608 : i64
              %v610 = llvm.getelementptr %v68[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v611 = llvm.load %v610 : !llvm.ptr -> f32
              %v612 = arith.negf %v611 : f32
              %v613 = arith.mulf %v612, %v329 fastmath<contract> : f32
              %v614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v613) : (f32) -> f32
              %v615 = arith.addf %v70, %v614 fastmath<contract> : f32
              %v616 = arith.divf %v70, %v615 : f32
              %v617 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v616) : (f32) -> f32
              %v618 = arith.mulf %v334, %v617 fastmath<contract> : f32
              %v619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v618) : (f32) -> f32
              %v620 = arith.muli %v33, %v199 : i64
              %v621 = arith.subi %v606, %v168 : i64
              %v622 = arith.addi %v620, %v621 : i64
              %v623 = llvm.getelementptr %v66[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v624 = llvm.load %v623 : !llvm.ptr -> f32
              %v625 = arith.muli %v47, %v345 : i64
              %v626 = arith.muli %v606, %v344 : i64
              %v627 = arith.addi %v625, %v626 : i64
              %v628 = arith.muli %v45, %v343 : i64
              %v629 = arith.addi %v627, %v628 : i64
              %v630 = arith.muli %v43, %v2 : i64
              %v631 = arith.addi %v629, %v630 : i64
              %v632 = llvm.getelementptr %in_v[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v633 = llvm.load %v632 : !llvm.ptr -> f32
              %v634 = arith.mulf %v624, %v633 fastmath<contract> : f32
              %v635 = arith.mulf %v619, %v577 fastmath<contract> : f32
              %v636 = arith.addf %v635, %v634 fastmath<contract> : f32
              %v637 = arith.constant 8 : i64
              %v638 = arith.addi %v637, %v33 : i64
              %v639 = arith.muli %v638, %v199 : i64
              %v640 = arith.subi %v606, %v168 : i64
              %v641 = arith.addi %v639, %v640 : i64
              %v642 = llvm.getelementptr %v68[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v643 = llvm.load %v642 : !llvm.ptr -> f32
              %v644 = arith.negf %v643 : f32
              %v645 = arith.mulf %v644, %v329 fastmath<contract> : f32
              %v646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v645) : (f32) -> f32
              %v647 = arith.addf %v70, %v646 fastmath<contract> : f32
              %v648 = arith.divf %v70, %v647 : f32
              %v649 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v648) : (f32) -> f32
              %v650 = arith.mulf %v334, %v649 fastmath<contract> : f32
              %v651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v650) : (f32) -> f32
              %v652 = arith.constant 8 : i64
              %v653 = arith.addi %v652, %v33 : i64
              %v654 = arith.muli %v653, %v199 : i64
              %v655 = arith.subi %v606, %v168 : i64
              %v656 = arith.addi %v654, %v655 : i64
              %v657 = llvm.getelementptr %v66[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v658 = llvm.load %v657 : !llvm.ptr -> f32
              %v659 = arith.mulf %v658, %v633 fastmath<contract> : f32
              %v660 = arith.mulf %v651, %v602 fastmath<contract> : f32
              %v661 = arith.addf %v660, %v659 fastmath<contract> : f32
              %v662 = arith.addi %v403, %v49 : i64
              %v663 = arith.minsi %v662, %v407 : i64
              %v664 = arith.addi %v168, %v663 : i64
              %v665 = arith.muli %v33, %v199 : i64
              %v666 = arith.subi %v664, %v168 : i64
              %v667 = arith.addi %v665, %v666 : i64
              %v668 = llvm.getelementptr %v68[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v669 = llvm.load %v668 : !llvm.ptr -> f32
              %v670 = arith.negf %v669 : f32
              %v671 = arith.mulf %v670, %v329 fastmath<contract> : f32
              %v672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v671) : (f32) -> f32
              %v673 = arith.addf %v70, %v672 fastmath<contract> : f32
              %v674 = arith.divf %v70, %v673 : f32
              %v675 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v674) : (f32) -> f32
              %v676 = arith.mulf %v334, %v675 fastmath<contract> : f32
              %v677 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v676) : (f32) -> f32
              %v678 = arith.muli %v33, %v199 : i64
              %v679 = arith.subi %v664, %v168 : i64
              %v680 = arith.addi %v678, %v679 : i64
              %v681 = llvm.getelementptr %v66[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v682 = llvm.load %v681 : !llvm.ptr -> f32
              %v683 = arith.muli %v47, %v345 : i64
              %v684 = arith.muli %v664, %v344 : i64
              %v685 = arith.addi %v683, %v684 : i64
              %v686 = arith.muli %v45, %v343 : i64
              %v687 = arith.addi %v685, %v686 : i64
              %v688 = arith.muli %v43, %v2 : i64
              %v689 = arith.addi %v687, %v688 : i64
              %v690 = llvm.getelementptr %in_v[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v691 = llvm.load %v690 : !llvm.ptr -> f32
              %v692 = arith.mulf %v682, %v691 fastmath<contract> : f32
              %v693 = arith.mulf %v677, %v636 fastmath<contract> : f32
              %v694 = arith.addf %v693, %v692 fastmath<contract> : f32
              %v695 = arith.constant 8 : i64
              %v696 = arith.addi %v695, %v33 : i64
              %v697 = arith.muli %v696, %v199 : i64
              %v698 = arith.subi %v664, %v168 : i64
              %v699 = arith.addi %v697, %v698 : i64
              %v700 = llvm.getelementptr %v68[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v701 = llvm.load %v700 : !llvm.ptr -> f32
              %v702 = arith.negf %v701 : f32
              %v703 = arith.mulf %v702, %v329 fastmath<contract> : f32
              %v704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v703) : (f32) -> f32
              %v705 = arith.addf %v70, %v704 fastmath<contract> : f32
              %v706 = arith.divf %v70, %v705 : f32
              %v707 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v706) : (f32) -> f32
              %v708 = arith.mulf %v334, %v707 fastmath<contract> : f32
              %v709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v708) : (f32) -> f32
              %v710 = arith.constant 8 : i64
              %v711 = arith.addi %v710, %v33 : i64
              %v712 = arith.muli %v711, %v199 : i64
              %v713 = arith.subi %v664, %v168 : i64
              %v714 = arith.addi %v712, %v713 : i64
              %v715 = llvm.getelementptr %v66[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v716 = llvm.load %v715 : !llvm.ptr -> f32
              %v717 = arith.mulf %v716, %v691 fastmath<contract> : f32
              %v718 = arith.mulf %v709, %v661 fastmath<contract> : f32
              %v719 = arith.addf %v718, %v717 fastmath<contract> : f32
              %v721 = arith.addi %v403, %v720 : i64
              %v722 = arith.minsi %v721, %v407 : i64
              %v723 = arith.addi %v168, %v722 : i64
              %v724 = arith.muli %v33, %v199 : i64
              %v725 = arith.subi %v723, %v168 : i64
              %v726 = arith.addi %v724, %v725 : i64
              %v727 = llvm.getelementptr %v68[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v728 = llvm.load %v727 : !llvm.ptr -> f32
              %v729 = arith.negf %v728 : f32
              %v730 = arith.mulf %v729, %v329 fastmath<contract> : f32
              %v731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v730) : (f32) -> f32
              %v732 = arith.addf %v70, %v731 fastmath<contract> : f32
              %v733 = arith.divf %v70, %v732 : f32
              %v734 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v733) : (f32) -> f32
              %v735 = arith.mulf %v334, %v734 fastmath<contract> : f32
              %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
              %v737 = arith.muli %v33, %v199 : i64
              %v738 = arith.subi %v723, %v168 : i64
              %v739 = arith.addi %v737, %v738 : i64
              %v740 = llvm.getelementptr %v66[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v741 = llvm.load %v740 : !llvm.ptr -> f32
              %v742 = arith.muli %v47, %v345 : i64
              %v743 = arith.muli %v723, %v344 : i64
              %v744 = arith.addi %v742, %v743 : i64
              %v745 = arith.muli %v45, %v343 : i64
              %v746 = arith.addi %v744, %v745 : i64
              %v747 = arith.muli %v43, %v2 : i64
              %v748 = arith.addi %v746, %v747 : i64
              %v749 = llvm.getelementptr %in_v[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v750 = llvm.load %v749 : !llvm.ptr -> f32
              %v751 = arith.mulf %v741, %v750 fastmath<contract> : f32
              %v752 = arith.mulf %v736, %v694 fastmath<contract> : f32
              %v753 = arith.addf %v752, %v751 fastmath<contract> : f32
              %v754 = arith.constant 8 : i64
              %v755 = arith.addi %v754, %v33 : i64
              %v756 = arith.muli %v755, %v199 : i64
              %v757 = arith.subi %v723, %v168 : i64
              %v758 = arith.addi %v756, %v757 : i64
              %v759 = llvm.getelementptr %v68[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v760 = llvm.load %v759 : !llvm.ptr -> f32
              %v761 = arith.negf %v760 : f32
              %v762 = arith.mulf %v761, %v329 fastmath<contract> : f32
              %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
              %v764 = arith.addf %v70, %v763 fastmath<contract> : f32
              %v765 = arith.divf %v70, %v764 : f32
              %v766 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v765) : (f32) -> f32
              %v767 = arith.mulf %v334, %v766 fastmath<contract> : f32
              %v768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v767) : (f32) -> f32
              %v769 = arith.constant 8 : i64
              %v770 = arith.addi %v769, %v33 : i64
              %v771 = arith.muli %v770, %v199 : i64
              %v772 = arith.subi %v723, %v168 : i64
              %v773 = arith.addi %v771, %v772 : i64
              %v774 = llvm.getelementptr %v66[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v775 = llvm.load %v774 : !llvm.ptr -> f32
              %v776 = arith.mulf %v775, %v750 fastmath<contract> : f32
              %v777 = arith.mulf %v768, %v719 fastmath<contract> : f32
              %v778 = arith.addf %v777, %v776 fastmath<contract> : f32
              %v780 = arith.addi %v403, %v779 : i64
              %v781 = arith.minsi %v780, %v407 : i64
              %v782 = arith.addi %v168, %v781 : i64
              %v783 = arith.muli %v33, %v199 : i64
              %v784 = arith.subi %v782, %v168 : i64
              %v785 = arith.addi %v783, %v784 : i64
              %v786 = llvm.getelementptr %v68[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v787 = llvm.load %v786 : !llvm.ptr -> f32
              %v788 = arith.negf %v787 : f32
              %v789 = arith.mulf %v788, %v329 fastmath<contract> : f32
              %v790 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v789) : (f32) -> f32
              %v791 = arith.addf %v70, %v790 fastmath<contract> : f32
              %v792 = arith.divf %v70, %v791 : f32
              %v793 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v792) : (f32) -> f32
              %v794 = arith.mulf %v334, %v793 fastmath<contract> : f32
              %v795 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v794) : (f32) -> f32
              %v796 = arith.muli %v33, %v199 : i64
              %v797 = arith.subi %v782, %v168 : i64
              %v798 = arith.addi %v796, %v797 : i64
              %v799 = llvm.getelementptr %v66[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v800 = llvm.load %v799 : !llvm.ptr -> f32
              %v801 = arith.muli %v47, %v345 : i64
              %v802 = arith.muli %v782, %v344 : i64
              %v803 = arith.addi %v801, %v802 : i64
              %v804 = arith.muli %v45, %v343 : i64
              %v805 = arith.addi %v803, %v804 : i64
              %v806 = arith.muli %v43, %v2 : i64
              %v807 = arith.addi %v805, %v806 : i64
              %v808 = llvm.getelementptr %in_v[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v809 = llvm.load %v808 : !llvm.ptr -> f32
              %v810 = arith.mulf %v800, %v809 fastmath<contract> : f32
              %v811 = arith.mulf %v795, %v753 fastmath<contract> : f32
              %v812 = arith.addf %v811, %v810 fastmath<contract> : f32
              %v813 = arith.constant 8 : i64
              %v814 = arith.addi %v813, %v33 : i64
              %v815 = arith.muli %v814, %v199 : i64
              %v816 = arith.subi %v782, %v168 : i64
              %v817 = arith.addi %v815, %v816 : i64
              %v818 = llvm.getelementptr %v68[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v819 = llvm.load %v818 : !llvm.ptr -> f32
              %v820 = arith.negf %v819 : f32
              %v821 = arith.mulf %v820, %v329 fastmath<contract> : f32
              %v822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v821) : (f32) -> f32
              %v823 = arith.addf %v70, %v822 fastmath<contract> : f32
              %v824 = arith.divf %v70, %v823 : f32
              %v825 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v824) : (f32) -> f32
              %v826 = arith.mulf %v334, %v825 fastmath<contract> : f32
              %v827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v826) : (f32) -> f32
              %v828 = arith.constant 8 : i64
              %v829 = arith.addi %v828, %v33 : i64
              %v830 = arith.muli %v829, %v199 : i64
              %v831 = arith.subi %v782, %v168 : i64
              %v832 = arith.addi %v830, %v831 : i64
              %v833 = llvm.getelementptr %v66[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v834 = llvm.load %v833 : !llvm.ptr -> f32
              %v835 = arith.mulf %v834, %v809 fastmath<contract> : f32
              %v836 = arith.mulf %v827, %v778 fastmath<contract> : f32
              %v837 = arith.addf %v836, %v835 fastmath<contract> : f32
              %v838 = arith.addi %v403, %v118 : i64
              %v839 = arith.minsi %v838, %v407 : i64
              %v840 = arith.addi %v168, %v839 : i64
              %v841 = arith.muli %v33, %v199 : i64
              %v842 = arith.subi %v840, %v168 : i64
              %v843 = arith.addi %v841, %v842 : i64
              %v844 = llvm.getelementptr %v68[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v845 = llvm.load %v844 : !llvm.ptr -> f32
              %v846 = arith.negf %v845 : f32
              %v847 = arith.mulf %v846, %v329 fastmath<contract> : f32
              %v848 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v847) : (f32) -> f32
              %v849 = arith.addf %v70, %v848 fastmath<contract> : f32
              %v850 = arith.divf %v70, %v849 : f32
              %v851 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v850) : (f32) -> f32
              %v852 = arith.mulf %v334, %v851 fastmath<contract> : f32
              %v853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v852) : (f32) -> f32
              %v854 = arith.muli %v33, %v199 : i64
              %v855 = arith.subi %v840, %v168 : i64
              %v856 = arith.addi %v854, %v855 : i64
              %v857 = llvm.getelementptr %v66[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v858 = llvm.load %v857 : !llvm.ptr -> f32
              %v859 = arith.muli %v47, %v345 : i64
              %v860 = arith.muli %v840, %v344 : i64
              %v861 = arith.addi %v859, %v860 : i64
              %v862 = arith.muli %v45, %v343 : i64
              %v863 = arith.addi %v861, %v862 : i64
              %v864 = arith.muli %v43, %v2 : i64
              %v865 = arith.addi %v863, %v864 : i64
              %v866 = llvm.getelementptr %in_v[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v867 = llvm.load %v866 : !llvm.ptr -> f32
              %v868 = arith.mulf %v858, %v867 fastmath<contract> : f32
              %v869 = arith.mulf %v853, %v812 fastmath<contract> : f32
              %v870 = arith.addf %v869, %v868 fastmath<contract> : f32
              %v871 = arith.constant 8 : i64
              %v872 = arith.addi %v871, %v33 : i64
              %v873 = arith.muli %v872, %v199 : i64
              %v874 = arith.subi %v840, %v168 : i64
              %v875 = arith.addi %v873, %v874 : i64
              %v876 = llvm.getelementptr %v68[%v875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v877 = llvm.load %v876 : !llvm.ptr -> f32
              %v878 = arith.negf %v877 : f32
              %v879 = arith.mulf %v878, %v329 fastmath<contract> : f32
              %v880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v879) : (f32) -> f32
              %v881 = arith.addf %v70, %v880 fastmath<contract> : f32
              %v882 = arith.divf %v70, %v881 : f32
              %v883 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v882) : (f32) -> f32
              %v884 = arith.mulf %v334, %v883 fastmath<contract> : f32
              %v885 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v884) : (f32) -> f32
              %v886 = arith.constant 8 : i64
              %v887 = arith.addi %v886, %v33 : i64
              %v888 = arith.muli %v887, %v199 : i64
              %v889 = arith.subi %v840, %v168 : i64
              %v890 = arith.addi %v888, %v889 : i64
              %v891 = llvm.getelementptr %v66[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v892 = llvm.load %v891 : !llvm.ptr -> f32
              %v893 = arith.mulf %v892, %v867 fastmath<contract> : f32
              %v894 = arith.mulf %v885, %v837 fastmath<contract> : f32
              %v895 = arith.addf %v894, %v893 fastmath<contract> : f32
              %v897 = arith.shrui %v33, %v71 : i64
              %v898 = arith.andi %v897, %v2 : i64
              %v899 = arith.cmpi ne, %v898, %v71 : i64
              %v900 = arith.shrui %v33, %v2 : i64
              %v901 = arith.andi %v900, %v2 : i64
              %v902 = arith.cmpi ne, %v901, %v71 : i64
              %v903 = arith.shrui %v33, %v385 : i64
              %v904 = arith.andi %v903, %v2 : i64
              %v905 = arith.cmpi ne, %v904, %v71 : i64
              %v906 = arith.addi %v403, %v118 : i64
              %v907 = arith.cmpi slt, %v906, %v170 : i64
              %v908 = arith.addi %v405, %v71 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v907 {
                %v909 = arith.addi %v168, %v906 : i64
                %v910 = arith.muli %v33, %v199 : i64
                %v911 = arith.subi %v909, %v168 : i64
                %v912 = arith.addi %v910, %v911 : i64
                %v913 = llvm.getelementptr %v64[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v914 = llvm.load %v913 : !llvm.ptr -> f32
                %v915 = arith.muli %v47, %v345 : i64
                %v916 = arith.muli %v909, %v344 : i64
                %v917 = arith.addi %v915, %v916 : i64
                %v918 = arith.muli %v45, %v343 : i64
                %v919 = arith.addi %v917, %v918 : i64
                %v920 = arith.muli %v43, %v2 : i64
                %v921 = arith.addi %v919, %v920 : i64
                %v922 = llvm.getelementptr %dy_o[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v923 = llvm.load %v922 : !llvm.ptr -> f32
                %v924 = arith.mulf %v914, %v923 fastmath<contract> : f32
                %v925 = llvm.load %v53 : !llvm.ptr -> f32
                %v926 = llvm.load %v55 : !llvm.ptr -> f32
                %v927 = arith.mulf %v926, %v925 fastmath<contract> : f32
                %v928 = arith.addf %v924, %v927 fastmath<contract> : f32
                llvm.store %v928, %v53 : f32, !llvm.ptr
                %v929 = arith.constant 8 : i64
                %v930 = arith.addi %v929, %v33 : i64
                %v931 = arith.muli %v930, %v199 : i64
                %v932 = arith.subi %v909, %v168 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = llvm.getelementptr %v64[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v935 = llvm.load %v934 : !llvm.ptr -> f32
                %v936 = arith.mulf %v935, %v923 fastmath<contract> : f32
                %v937 = llvm.load %v54 : !llvm.ptr -> f32
                %v938 = llvm.load %v56 : !llvm.ptr -> f32
                %v939 = arith.mulf %v938, %v937 fastmath<contract> : f32
                %v940 = arith.addf %v936, %v939 fastmath<contract> : f32
                llvm.store %v940, %v54 : f32, !llvm.ptr
                %v941 = arith.subi %size_L, %v2 : i64
                %v942 = arith.cmpi eq, %v909, %v941 : i64
                scf.if %v942 {
                }
                %v943 = arith.mulf %v870, %v923 fastmath<contract> : f32
                %v944 = arith.select %v37, %v943, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v946, %v947 = gpu.shuffle xor %v944, %v945, %v319 : f32
                %v948 = arith.addf %v944, %v946 fastmath<contract> : f32
                %v950, %v951 = gpu.shuffle xor %v948, %v949, %v319 : f32
                %v952 = arith.addf %v948, %v950 fastmath<contract> : f32
                %v953 = arith.divui %v18, %v20 : i64
                %v954 = arith.remui %v18, %v20 : i64
                %v955 = arith.cmpi ult, %v954, %v32 : i64
                %v956 = arith.addi %v71, %v33 : i64
                %v957 = arith.muli %v953, %v1 : i64
                %v958 = arith.addi %v957, %v956 : i64
                %v960 = arith.muli %v958, %v959 : i64
                %v961 = arith.addi %v960, %v908 : i64
                scf.if %v955 {
                  %v962 = llvm.getelementptr %v58[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v952, %v962 : f32, !llvm.ptr
                }
                %v963 = arith.mulf %v895, %v923 fastmath<contract> : f32
                %v964 = arith.select %v37, %v963, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v965, %v966 = gpu.shuffle xor %v964, %v945, %v319 : f32
                %v967 = arith.addf %v964, %v965 fastmath<contract> : f32
                %v968, %v969 = gpu.shuffle xor %v967, %v949, %v319 : f32
                %v970 = arith.addf %v967, %v968 fastmath<contract> : f32
                %v971 = arith.divui %v18, %v20 : i64
                %v972 = arith.remui %v18, %v20 : i64
                %v973 = arith.cmpi ult, %v972, %v32 : i64
                %v974 = arith.addi %v32, %v33 : i64
                %v975 = arith.muli %v971, %v1 : i64
                %v976 = arith.addi %v975, %v974 : i64
                %v977 = arith.muli %v976, %v959 : i64
                %v978 = arith.addi %v977, %v908 : i64
                scf.if %v973 {
                  %v979 = llvm.getelementptr %v58[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v970, %v979 : f32, !llvm.ptr
                }
                %v980 = arith.muli %v47, %v345 : i64
                %v981 = arith.muli %v909, %v344 : i64
                %v982 = arith.addi %v980, %v981 : i64
                %v983 = arith.muli %v45, %v343 : i64
                %v984 = arith.addi %v982, %v983 : i64
                %v985 = arith.muli %v43, %v2 : i64
                %v986 = arith.addi %v984, %v985 : i64
                %v987 = llvm.getelementptr %in_v[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v988 = llvm.load %v987 : !llvm.ptr -> f32
                %v989 = llvm.load %v53 : !llvm.ptr -> f32
                %v990 = arith.mulf %v988, %v989 fastmath<contract> : f32
                %v991 = arith.select %v37, %v990, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v992, %v993 = gpu.shuffle xor %v991, %v945, %v319 : f32
                %v994 = arith.addf %v991, %v992 fastmath<contract> : f32
                %v995, %v996 = gpu.shuffle xor %v994, %v949, %v319 : f32
                %v997 = arith.addf %v994, %v995 fastmath<contract> : f32
                %v998 = arith.divui %v18, %v20 : i64
                %v999 = arith.remui %v18, %v20 : i64
                %v1000 = arith.cmpi ult, %v999, %v32 : i64
                %v1001 = arith.addi %v71, %v33 : i64
                %v1002 = arith.muli %v998, %v1 : i64
                %v1003 = arith.addi %v1002, %v1001 : i64
                %v1004 = arith.muli %v1003, %v959 : i64
                %v1005 = arith.addi %v1004, %v908 : i64
                scf.if %v1000 {
                  %v1006 = llvm.getelementptr %v60[%v1005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v997, %v1006 : f32, !llvm.ptr
                }
                %v1007 = llvm.load %v54 : !llvm.ptr -> f32
                %v1008 = arith.mulf %v988, %v1007 fastmath<contract> : f32
                %v1009 = arith.select %v37, %v1008, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1010, %v1011 = gpu.shuffle xor %v1009, %v945, %v319 : f32
                %v1012 = arith.addf %v1009, %v1010 fastmath<contract> : f32
                %v1013, %v1014 = gpu.shuffle xor %v1012, %v949, %v319 : f32
                %v1015 = arith.addf %v1012, %v1013 fastmath<contract> : f32
                %v1016 = arith.divui %v18, %v20 : i64
                %v1017 = arith.remui %v18, %v20 : i64
                %v1018 = arith.cmpi ult, %v1017, %v32 : i64
                %v1019 = arith.addi %v32, %v33 : i64
                %v1020 = arith.muli %v1016, %v1 : i64
                %v1021 = arith.addi %v1020, %v1019 : i64
                %v1022 = arith.muli %v1021, %v959 : i64
                %v1023 = arith.addi %v1022, %v908 : i64
                scf.if %v1018 {
                  %v1024 = llvm.getelementptr %v60[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1015, %v1024 : f32, !llvm.ptr
                }
                %v1025 = arith.muli %v33, %v199 : i64
                %v1026 = arith.subi %v909, %v168 : i64
                %v1027 = arith.addi %v1025, %v1026 : i64
                %v1028 = llvm.getelementptr %v68[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1029 = llvm.load %v1028 : !llvm.ptr -> f32
                %v1030 = arith.negf %v1029 : f32
                %v1031 = arith.mulf %v1030, %v329 fastmath<contract> : f32
                %v1032 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1031) : (f32) -> f32
                %v1033 = arith.addf %v70, %v1032 fastmath<contract> : f32
                %v1034 = arith.divf %v70, %v1033 : f32
                %v1036 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1034) : (f32) -> f32
                %v1037 = arith.mulf %v1035, %v1036 fastmath<contract> : f32
                %v1038 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1037) : (f32) -> f32
                %v1039 = arith.mulf %v812, %v989 fastmath<contract> : f32
                %v1040 = arith.mulf %v334, %v1039 fastmath<contract> : f32
                %v1041 = arith.mulf %v1038, %v1040 fastmath<contract> : f32
                %v1042 = arith.subf %v70, %v1034 fastmath<contract> : f32
                %v1043 = arith.mulf %v1034, %v1042 fastmath<contract> : f32
                %v1044 = arith.mulf %v1041, %v1043 fastmath<contract> : f32
                %v1045 = arith.select %v37, %v1044, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1046, %v1047 = gpu.shuffle xor %v1045, %v945, %v319 : f32
                %v1048 = arith.addf %v1045, %v1046 fastmath<contract> : f32
                %v1049, %v1050 = gpu.shuffle xor %v1048, %v949, %v319 : f32
                %v1051 = arith.addf %v1048, %v1049 fastmath<contract> : f32
                %v1052 = arith.divui %v18, %v20 : i64
                %v1053 = arith.remui %v18, %v20 : i64
                %v1054 = arith.cmpi ult, %v1053, %v32 : i64
                %v1055 = arith.addi %v71, %v33 : i64
                %v1056 = arith.muli %v1052, %v1 : i64
                %v1057 = arith.addi %v1056, %v1055 : i64
                %v1058 = arith.muli %v1057, %v959 : i64
                %v1059 = arith.addi %v1058, %v908 : i64
                scf.if %v1054 {
                  %v1060 = llvm.getelementptr %v62[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1051, %v1060 : f32, !llvm.ptr
                }
                %v1061 = arith.constant 8 : i64
                %v1062 = arith.addi %v1061, %v33 : i64
                %v1063 = arith.muli %v1062, %v199 : i64
                %v1064 = arith.subi %v909, %v168 : i64
                %v1065 = arith.addi %v1063, %v1064 : i64
                %v1066 = llvm.getelementptr %v68[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
                %v1068 = arith.negf %v1067 : f32
                %v1069 = arith.mulf %v1068, %v329 fastmath<contract> : f32
                %v1070 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1069) : (f32) -> f32
                %v1071 = arith.addf %v70, %v1070 fastmath<contract> : f32
                %v1072 = arith.divf %v70, %v1071 : f32
                %v1073 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1072) : (f32) -> f32
                %v1074 = arith.mulf %v1035, %v1073 fastmath<contract> : f32
                %v1075 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1074) : (f32) -> f32
                %v1076 = arith.mulf %v837, %v1007 fastmath<contract> : f32
                %v1077 = arith.mulf %v334, %v1076 fastmath<contract> : f32
                %v1078 = arith.mulf %v1075, %v1077 fastmath<contract> : f32
                %v1079 = arith.subf %v70, %v1072 fastmath<contract> : f32
                %v1080 = arith.mulf %v1072, %v1079 fastmath<contract> : f32
                %v1081 = arith.mulf %v1078, %v1080 fastmath<contract> : f32
                %v1082 = arith.select %v37, %v1081, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1083, %v1084 = gpu.shuffle xor %v1082, %v945, %v319 : f32
                %v1085 = arith.addf %v1082, %v1083 fastmath<contract> : f32
                %v1086, %v1087 = gpu.shuffle xor %v1085, %v949, %v319 : f32
                %v1088 = arith.addf %v1085, %v1086 fastmath<contract> : f32
                %v1089 = arith.divui %v18, %v20 : i64
                %v1090 = arith.remui %v18, %v20 : i64
                %v1091 = arith.cmpi ult, %v1090, %v32 : i64
                %v1092 = arith.addi %v32, %v33 : i64
                %v1093 = arith.muli %v1089, %v1 : i64
                %v1094 = arith.addi %v1093, %v1092 : i64
                %v1095 = arith.muli %v1094, %v959 : i64
                %v1096 = arith.addi %v1095, %v908 : i64
                scf.if %v1091 {
                  %v1097 = llvm.getelementptr %v62[%v1096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1088, %v1097 : f32, !llvm.ptr
                }
                %v1098 = arith.muli %v33, %v199 : i64
                %v1099 = arith.subi %v909, %v168 : i64
                %v1100 = arith.addi %v1098, %v1099 : i64
                %v1101 = llvm.getelementptr %v66[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
                %v1103 = arith.mulf %v1102, %v989 fastmath<contract> : f32
                %v1104 = arith.constant 8 : i64
                %v1105 = arith.addi %v1104, %v33 : i64
                %v1106 = arith.muli %v1105, %v199 : i64
                %v1107 = arith.subi %v909, %v168 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = llvm.getelementptr %v66[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1110 = llvm.load %v1109 : !llvm.ptr -> f32
                %v1111 = arith.mulf %v1110, %v1007 fastmath<contract> : f32
                %v1112 = arith.addf %v1103, %v1111 fastmath<contract> : f32
                llvm.store %v1112, %v896 : f32, !llvm.ptr
                %v1113 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1034) : (f32) -> f32
                %v1114 = arith.mulf %v334, %v1113 fastmath<contract> : f32
                %v1115 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1114) : (f32) -> f32
                llvm.store %v1115, %v55 : f32, !llvm.ptr
                %v1116 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1072) : (f32) -> f32
                %v1117 = arith.mulf %v334, %v1116 fastmath<contract> : f32
                %v1118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1117) : (f32) -> f32
                llvm.store %v1118, %v56 : f32, !llvm.ptr
              }
              %v1119 = llvm.load %v896 : !llvm.ptr -> f32
              %v1120 = arith.addi %v403, %v779 : i64
              %v1121 = arith.cmpi slt, %v1120, %v170 : i64
              %v1122 = arith.addi %v405, %v2 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v1121 {
                %v1123 = arith.addi %v168, %v1120 : i64
                %v1124 = arith.muli %v33, %v199 : i64
                %v1125 = arith.subi %v1123, %v168 : i64
                %v1126 = arith.addi %v1124, %v1125 : i64
                %v1127 = llvm.getelementptr %v64[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1128 = llvm.load %v1127 : !llvm.ptr -> f32
                %v1129 = arith.muli %v47, %v345 : i64
                %v1130 = arith.muli %v1123, %v344 : i64
                %v1131 = arith.addi %v1129, %v1130 : i64
                %v1132 = arith.muli %v45, %v343 : i64
                %v1133 = arith.addi %v1131, %v1132 : i64
                %v1134 = arith.muli %v43, %v2 : i64
                %v1135 = arith.addi %v1133, %v1134 : i64
                %v1136 = llvm.getelementptr %dy_o[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1137 = llvm.load %v1136 : !llvm.ptr -> f32
                %v1138 = arith.mulf %v1128, %v1137 fastmath<contract> : f32
                %v1139 = llvm.load %v53 : !llvm.ptr -> f32
                %v1140 = llvm.load %v55 : !llvm.ptr -> f32
                %v1141 = arith.mulf %v1140, %v1139 fastmath<contract> : f32
                %v1142 = arith.addf %v1138, %v1141 fastmath<contract> : f32
                llvm.store %v1142, %v53 : f32, !llvm.ptr
                %v1143 = arith.constant 8 : i64
                %v1144 = arith.addi %v1143, %v33 : i64
                %v1145 = arith.muli %v1144, %v199 : i64
                %v1146 = arith.subi %v1123, %v168 : i64
                %v1147 = arith.addi %v1145, %v1146 : i64
                %v1148 = llvm.getelementptr %v64[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.mulf %v1149, %v1137 fastmath<contract> : f32
                %v1151 = llvm.load %v54 : !llvm.ptr -> f32
                %v1152 = llvm.load %v56 : !llvm.ptr -> f32
                %v1153 = arith.mulf %v1152, %v1151 fastmath<contract> : f32
                %v1154 = arith.addf %v1150, %v1153 fastmath<contract> : f32
                llvm.store %v1154, %v54 : f32, !llvm.ptr
                %v1155 = arith.subi %size_L, %v2 : i64
                %v1156 = arith.cmpi eq, %v1123, %v1155 : i64
                scf.if %v1156 {
                }
                %v1157 = arith.mulf %v812, %v1137 fastmath<contract> : f32
                %v1158 = arith.select %v37, %v1157, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1159, %v1160 = gpu.shuffle xor %v1158, %v945, %v319 : f32
                %v1161 = arith.addf %v1158, %v1159 fastmath<contract> : f32
                %v1162, %v1163 = gpu.shuffle xor %v1161, %v949, %v319 : f32
                %v1164 = arith.addf %v1161, %v1162 fastmath<contract> : f32
                %v1165 = arith.divui %v18, %v20 : i64
                %v1166 = arith.remui %v18, %v20 : i64
                %v1167 = arith.cmpi ult, %v1166, %v32 : i64
                %v1168 = arith.addi %v71, %v33 : i64
                %v1169 = arith.muli %v1165, %v1 : i64
                %v1170 = arith.addi %v1169, %v1168 : i64
                %v1171 = arith.muli %v1170, %v959 : i64
                %v1172 = arith.addi %v1171, %v1122 : i64
                scf.if %v1167 {
                  %v1173 = llvm.getelementptr %v58[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1164, %v1173 : f32, !llvm.ptr
                }
                %v1174 = arith.mulf %v837, %v1137 fastmath<contract> : f32
                %v1175 = arith.select %v37, %v1174, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1176, %v1177 = gpu.shuffle xor %v1175, %v945, %v319 : f32
                %v1178 = arith.addf %v1175, %v1176 fastmath<contract> : f32
                %v1179, %v1180 = gpu.shuffle xor %v1178, %v949, %v319 : f32
                %v1181 = arith.addf %v1178, %v1179 fastmath<contract> : f32
                %v1182 = arith.divui %v18, %v20 : i64
                %v1183 = arith.remui %v18, %v20 : i64
                %v1184 = arith.cmpi ult, %v1183, %v32 : i64
                %v1185 = arith.addi %v32, %v33 : i64
                %v1186 = arith.muli %v1182, %v1 : i64
                %v1187 = arith.addi %v1186, %v1185 : i64
                %v1188 = arith.muli %v1187, %v959 : i64
                %v1189 = arith.addi %v1188, %v1122 : i64
                scf.if %v1184 {
                  %v1190 = llvm.getelementptr %v58[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1181, %v1190 : f32, !llvm.ptr
                }
                %v1191 = arith.muli %v47, %v345 : i64
                %v1192 = arith.muli %v1123, %v344 : i64
                %v1193 = arith.addi %v1191, %v1192 : i64
                %v1194 = arith.muli %v45, %v343 : i64
                %v1195 = arith.addi %v1193, %v1194 : i64
                %v1196 = arith.muli %v43, %v2 : i64
                %v1197 = arith.addi %v1195, %v1196 : i64
                %v1198 = llvm.getelementptr %in_v[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1199 = llvm.load %v1198 : !llvm.ptr -> f32
                %v1200 = llvm.load %v53 : !llvm.ptr -> f32
                %v1201 = arith.mulf %v1199, %v1200 fastmath<contract> : f32
                %v1202 = arith.select %v37, %v1201, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1203, %v1204 = gpu.shuffle xor %v1202, %v945, %v319 : f32
                %v1205 = arith.addf %v1202, %v1203 fastmath<contract> : f32
                %v1206, %v1207 = gpu.shuffle xor %v1205, %v949, %v319 : f32
                %v1208 = arith.addf %v1205, %v1206 fastmath<contract> : f32
                %v1209 = arith.divui %v18, %v20 : i64
                %v1210 = arith.remui %v18, %v20 : i64
                %v1211 = arith.cmpi ult, %v1210, %v32 : i64
                %v1212 = arith.addi %v71, %v33 : i64
                %v1213 = arith.muli %v1209, %v1 : i64
                %v1214 = arith.addi %v1213, %v1212 : i64
                %v1215 = arith.muli %v1214, %v959 : i64
                %v1216 = arith.addi %v1215, %v1122 : i64
                scf.if %v1211 {
                  %v1217 = llvm.getelementptr %v60[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1208, %v1217 : f32, !llvm.ptr
                }
                %v1218 = llvm.load %v54 : !llvm.ptr -> f32
                %v1219 = arith.mulf %v1199, %v1218 fastmath<contract> : f32
                %v1220 = arith.select %v37, %v1219, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1221, %v1222 = gpu.shuffle xor %v1220, %v945, %v319 : f32
                %v1223 = arith.addf %v1220, %v1221 fastmath<contract> : f32
                %v1224, %v1225 = gpu.shuffle xor %v1223, %v949, %v319 : f32
                %v1226 = arith.addf %v1223, %v1224 fastmath<contract> : f32
                %v1227 = arith.divui %v18, %v20 : i64
                %v1228 = arith.remui %v18, %v20 : i64
                %v1229 = arith.cmpi ult, %v1228, %v32 : i64
                %v1230 = arith.addi %v32, %v33 : i64
                %v1231 = arith.muli %v1227, %v1 : i64
                %v1232 = arith.addi %v1231, %v1230 : i64
                %v1233 = arith.muli %v1232, %v959 : i64
                %v1234 = arith.addi %v1233, %v1122 : i64
                scf.if %v1229 {
                  %v1235 = llvm.getelementptr %v60[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1226, %v1235 : f32, !llvm.ptr
                }
                %v1236 = arith.muli %v33, %v199 : i64
                %v1237 = arith.subi %v1123, %v168 : i64
                %v1238 = arith.addi %v1236, %v1237 : i64
                %v1239 = llvm.getelementptr %v68[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1240 = llvm.load %v1239 : !llvm.ptr -> f32
                %v1241 = arith.negf %v1240 : f32
                %v1242 = arith.mulf %v1241, %v329 fastmath<contract> : f32
                %v1243 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1242) : (f32) -> f32
                %v1244 = arith.addf %v70, %v1243 fastmath<contract> : f32
                %v1245 = arith.divf %v70, %v1244 : f32
                %v1246 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1245) : (f32) -> f32
                %v1247 = arith.mulf %v1035, %v1246 fastmath<contract> : f32
                %v1248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1247) : (f32) -> f32
                %v1249 = arith.mulf %v753, %v1200 fastmath<contract> : f32
                %v1250 = arith.mulf %v334, %v1249 fastmath<contract> : f32
                %v1251 = arith.mulf %v1248, %v1250 fastmath<contract> : f32
                %v1252 = arith.subf %v70, %v1245 fastmath<contract> : f32
                %v1253 = arith.mulf %v1245, %v1252 fastmath<contract> : f32
                %v1254 = arith.mulf %v1251, %v1253 fastmath<contract> : f32
                %v1255 = arith.select %v37, %v1254, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1256, %v1257 = gpu.shuffle xor %v1255, %v945, %v319 : f32
                %v1258 = arith.addf %v1255, %v1256 fastmath<contract> : f32
                %v1259, %v1260 = gpu.shuffle xor %v1258, %v949, %v319 : f32
                %v1261 = arith.addf %v1258, %v1259 fastmath<contract> : f32
                %v1262 = arith.divui %v18, %v20 : i64
                %v1263 = arith.remui %v18, %v20 : i64
                %v1264 = arith.cmpi ult, %v1263, %v32 : i64
                %v1265 = arith.addi %v71, %v33 : i64
                %v1266 = arith.muli %v1262, %v1 : i64
                %v1267 = arith.addi %v1266, %v1265 : i64
                %v1268 = arith.muli %v1267, %v959 : i64
                %v1269 = arith.addi %v1268, %v1122 : i64
                scf.if %v1264 {
                  %v1270 = llvm.getelementptr %v62[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1261, %v1270 : f32, !llvm.ptr
                }
                %v1271 = arith.constant 8 : i64
                %v1272 = arith.addi %v1271, %v33 : i64
                %v1273 = arith.muli %v1272, %v199 : i64
                %v1274 = arith.subi %v1123, %v168 : i64
                %v1275 = arith.addi %v1273, %v1274 : i64
                %v1276 = llvm.getelementptr %v68[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1277 = llvm.load %v1276 : !llvm.ptr -> f32
                %v1278 = arith.negf %v1277 : f32
                %v1279 = arith.mulf %v1278, %v329 fastmath<contract> : f32
                %v1280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1279) : (f32) -> f32
                %v1281 = arith.addf %v70, %v1280 fastmath<contract> : f32
                %v1282 = arith.divf %v70, %v1281 : f32
                %v1283 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1282) : (f32) -> f32
                %v1284 = arith.mulf %v1035, %v1283 fastmath<contract> : f32
                %v1285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1284) : (f32) -> f32
                %v1286 = arith.mulf %v778, %v1218 fastmath<contract> : f32
                %v1287 = arith.mulf %v334, %v1286 fastmath<contract> : f32
                %v1288 = arith.mulf %v1285, %v1287 fastmath<contract> : f32
                %v1289 = arith.subf %v70, %v1282 fastmath<contract> : f32
                %v1290 = arith.mulf %v1282, %v1289 fastmath<contract> : f32
                %v1291 = arith.mulf %v1288, %v1290 fastmath<contract> : f32
                %v1292 = arith.select %v37, %v1291, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1293, %v1294 = gpu.shuffle xor %v1292, %v945, %v319 : f32
                %v1295 = arith.addf %v1292, %v1293 fastmath<contract> : f32
                %v1296, %v1297 = gpu.shuffle xor %v1295, %v949, %v319 : f32
                %v1298 = arith.addf %v1295, %v1296 fastmath<contract> : f32
                %v1299 = arith.divui %v18, %v20 : i64
                %v1300 = arith.remui %v18, %v20 : i64
                %v1301 = arith.cmpi ult, %v1300, %v32 : i64
                %v1302 = arith.addi %v32, %v33 : i64
                %v1303 = arith.muli %v1299, %v1 : i64
                %v1304 = arith.addi %v1303, %v1302 : i64
                %v1305 = arith.muli %v1304, %v959 : i64
                %v1306 = arith.addi %v1305, %v1122 : i64
                scf.if %v1301 {
                  %v1307 = llvm.getelementptr %v62[%v1306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1298, %v1307 : f32, !llvm.ptr
                }
                %v1308 = arith.muli %v33, %v199 : i64
                %v1309 = arith.subi %v1123, %v168 : i64
                %v1310 = arith.addi %v1308, %v1309 : i64
                %v1311 = llvm.getelementptr %v66[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
                %v1313 = arith.mulf %v1312, %v1200 fastmath<contract> : f32
                %v1314 = arith.constant 8 : i64
                %v1315 = arith.addi %v1314, %v33 : i64
                %v1316 = arith.muli %v1315, %v199 : i64
                %v1317 = arith.subi %v1123, %v168 : i64
                %v1318 = arith.addi %v1316, %v1317 : i64
                %v1319 = llvm.getelementptr %v66[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1320 = llvm.load %v1319 : !llvm.ptr -> f32
                %v1321 = arith.mulf %v1320, %v1218 fastmath<contract> : f32
                %v1322 = arith.addf %v1313, %v1321 fastmath<contract> : f32
                llvm.store %v1322, %v896 : f32, !llvm.ptr
                %v1323 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1245) : (f32) -> f32
                %v1324 = arith.mulf %v334, %v1323 fastmath<contract> : f32
                %v1325 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1324) : (f32) -> f32
                llvm.store %v1325, %v55 : f32, !llvm.ptr
                %v1326 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1282) : (f32) -> f32
                %v1327 = arith.mulf %v334, %v1326 fastmath<contract> : f32
                %v1328 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1327) : (f32) -> f32
                llvm.store %v1328, %v56 : f32, !llvm.ptr
              }
              %v1329 = llvm.load %v896 : !llvm.ptr -> f32
              %v1330 = arith.select %v899, %v1329, %v1119 : f32
              %v1331 = arith.select %v899, %v1119, %v1329 : f32
              %v1333, %v1334 = gpu.shuffle xor %v1330, %v1332, %v319 : f32
              %v1335 = arith.addf %v1331, %v1333 fastmath<contract> : f32
              %v1336 = arith.addi %v403, %v720 : i64
              %v1337 = arith.cmpi slt, %v1336, %v170 : i64
              %v1338 = arith.addi %v405, %v385 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v1337 {
                %v1339 = arith.addi %v168, %v1336 : i64
                %v1340 = arith.muli %v33, %v199 : i64
                %v1341 = arith.subi %v1339, %v168 : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = llvm.getelementptr %v64[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
                %v1345 = arith.muli %v47, %v345 : i64
                %v1346 = arith.muli %v1339, %v344 : i64
                %v1347 = arith.addi %v1345, %v1346 : i64
                %v1348 = arith.muli %v45, %v343 : i64
                %v1349 = arith.addi %v1347, %v1348 : i64
                %v1350 = arith.muli %v43, %v2 : i64
                %v1351 = arith.addi %v1349, %v1350 : i64
                %v1352 = llvm.getelementptr %dy_o[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                %v1354 = arith.mulf %v1344, %v1353 fastmath<contract> : f32
                %v1355 = llvm.load %v53 : !llvm.ptr -> f32
                %v1356 = llvm.load %v55 : !llvm.ptr -> f32
                %v1357 = arith.mulf %v1356, %v1355 fastmath<contract> : f32
                %v1358 = arith.addf %v1354, %v1357 fastmath<contract> : f32
                llvm.store %v1358, %v53 : f32, !llvm.ptr
                %v1359 = arith.constant 8 : i64
                %v1360 = arith.addi %v1359, %v33 : i64
                %v1361 = arith.muli %v1360, %v199 : i64
                %v1362 = arith.subi %v1339, %v168 : i64
                %v1363 = arith.addi %v1361, %v1362 : i64
                %v1364 = llvm.getelementptr %v64[%v1363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1365 = llvm.load %v1364 : !llvm.ptr -> f32
                %v1366 = arith.mulf %v1365, %v1353 fastmath<contract> : f32
                %v1367 = llvm.load %v54 : !llvm.ptr -> f32
                %v1368 = llvm.load %v56 : !llvm.ptr -> f32
                %v1369 = arith.mulf %v1368, %v1367 fastmath<contract> : f32
                %v1370 = arith.addf %v1366, %v1369 fastmath<contract> : f32
                llvm.store %v1370, %v54 : f32, !llvm.ptr
                %v1371 = arith.subi %size_L, %v2 : i64
                %v1372 = arith.cmpi eq, %v1339, %v1371 : i64
                scf.if %v1372 {
                }
                %v1373 = arith.mulf %v753, %v1353 fastmath<contract> : f32
                %v1374 = arith.select %v37, %v1373, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1375, %v1376 = gpu.shuffle xor %v1374, %v945, %v319 : f32
                %v1377 = arith.addf %v1374, %v1375 fastmath<contract> : f32
                %v1378, %v1379 = gpu.shuffle xor %v1377, %v949, %v319 : f32
                %v1380 = arith.addf %v1377, %v1378 fastmath<contract> : f32
                %v1381 = arith.divui %v18, %v20 : i64
                %v1382 = arith.remui %v18, %v20 : i64
                %v1383 = arith.cmpi ult, %v1382, %v32 : i64
                %v1384 = arith.addi %v71, %v33 : i64
                %v1385 = arith.muli %v1381, %v1 : i64
                %v1386 = arith.addi %v1385, %v1384 : i64
                %v1387 = arith.muli %v1386, %v959 : i64
                %v1388 = arith.addi %v1387, %v1338 : i64
                scf.if %v1383 {
                  %v1389 = llvm.getelementptr %v58[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1380, %v1389 : f32, !llvm.ptr
                }
                %v1390 = arith.mulf %v778, %v1353 fastmath<contract> : f32
                %v1391 = arith.select %v37, %v1390, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1392, %v1393 = gpu.shuffle xor %v1391, %v945, %v319 : f32
                %v1394 = arith.addf %v1391, %v1392 fastmath<contract> : f32
                %v1395, %v1396 = gpu.shuffle xor %v1394, %v949, %v319 : f32
                %v1397 = arith.addf %v1394, %v1395 fastmath<contract> : f32
                %v1398 = arith.divui %v18, %v20 : i64
                %v1399 = arith.remui %v18, %v20 : i64
                %v1400 = arith.cmpi ult, %v1399, %v32 : i64
                %v1401 = arith.addi %v32, %v33 : i64
                %v1402 = arith.muli %v1398, %v1 : i64
                %v1403 = arith.addi %v1402, %v1401 : i64
                %v1404 = arith.muli %v1403, %v959 : i64
                %v1405 = arith.addi %v1404, %v1338 : i64
                scf.if %v1400 {
                  %v1406 = llvm.getelementptr %v58[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1397, %v1406 : f32, !llvm.ptr
                }
                %v1407 = arith.muli %v47, %v345 : i64
                %v1408 = arith.muli %v1339, %v344 : i64
                %v1409 = arith.addi %v1407, %v1408 : i64
                %v1410 = arith.muli %v45, %v343 : i64
                %v1411 = arith.addi %v1409, %v1410 : i64
                %v1412 = arith.muli %v43, %v2 : i64
                %v1413 = arith.addi %v1411, %v1412 : i64
                %v1414 = llvm.getelementptr %in_v[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                %v1416 = llvm.load %v53 : !llvm.ptr -> f32
                %v1417 = arith.mulf %v1415, %v1416 fastmath<contract> : f32
                %v1418 = arith.select %v37, %v1417, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1419, %v1420 = gpu.shuffle xor %v1418, %v945, %v319 : f32
                %v1421 = arith.addf %v1418, %v1419 fastmath<contract> : f32
                %v1422, %v1423 = gpu.shuffle xor %v1421, %v949, %v319 : f32
                %v1424 = arith.addf %v1421, %v1422 fastmath<contract> : f32
                %v1425 = arith.divui %v18, %v20 : i64
                %v1426 = arith.remui %v18, %v20 : i64
                %v1427 = arith.cmpi ult, %v1426, %v32 : i64
                %v1428 = arith.addi %v71, %v33 : i64
                %v1429 = arith.muli %v1425, %v1 : i64
                %v1430 = arith.addi %v1429, %v1428 : i64
                %v1431 = arith.muli %v1430, %v959 : i64
                %v1432 = arith.addi %v1431, %v1338 : i64
                scf.if %v1427 {
                  %v1433 = llvm.getelementptr %v60[%v1432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1424, %v1433 : f32, !llvm.ptr
                }
                %v1434 = llvm.load %v54 : !llvm.ptr -> f32
                %v1435 = arith.mulf %v1415, %v1434 fastmath<contract> : f32
                %v1436 = arith.select %v37, %v1435, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1437, %v1438 = gpu.shuffle xor %v1436, %v945, %v319 : f32
                %v1439 = arith.addf %v1436, %v1437 fastmath<contract> : f32
                %v1440, %v1441 = gpu.shuffle xor %v1439, %v949, %v319 : f32
                %v1442 = arith.addf %v1439, %v1440 fastmath<contract> : f32
                %v1443 = arith.divui %v18, %v20 : i64
                %v1444 = arith.remui %v18, %v20 : i64
                %v1445 = arith.cmpi ult, %v1444, %v32 : i64
                %v1446 = arith.addi %v32, %v33 : i64
                %v1447 = arith.muli %v1443, %v1 : i64
                %v1448 = arith.addi %v1447, %v1446 : i64
                %v1449 = arith.muli %v1448, %v959 : i64
                %v1450 = arith.addi %v1449, %v1338 : i64
                scf.if %v1445 {
                  %v1451 = llvm.getelementptr %v60[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1442, %v1451 : f32, !llvm.ptr
                }
                %v1452 = arith.muli %v33, %v199 : i64
                %v1453 = arith.subi %v1339, %v168 : i64
                %v1454 = arith.addi %v1452, %v1453 : i64
                %v1455 = llvm.getelementptr %v68[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
                %v1457 = arith.negf %v1456 : f32
                %v1458 = arith.mulf %v1457, %v329 fastmath<contract> : f32
                %v1459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1458) : (f32) -> f32
                %v1460 = arith.addf %v70, %v1459 fastmath<contract> : f32
                %v1461 = arith.divf %v70, %v1460 : f32
                %v1462 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1461) : (f32) -> f32
                %v1463 = arith.mulf %v1035, %v1462 fastmath<contract> : f32
                %v1464 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1463) : (f32) -> f32
                %v1465 = arith.mulf %v694, %v1416 fastmath<contract> : f32
                %v1466 = arith.mulf %v334, %v1465 fastmath<contract> : f32
                %v1467 = arith.mulf %v1464, %v1466 fastmath<contract> : f32
                %v1468 = arith.subf %v70, %v1461 fastmath<contract> : f32
                %v1469 = arith.mulf %v1461, %v1468 fastmath<contract> : f32
                %v1470 = arith.mulf %v1467, %v1469 fastmath<contract> : f32
                %v1471 = arith.select %v37, %v1470, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1472, %v1473 = gpu.shuffle xor %v1471, %v945, %v319 : f32
                %v1474 = arith.addf %v1471, %v1472 fastmath<contract> : f32
                %v1475, %v1476 = gpu.shuffle xor %v1474, %v949, %v319 : f32
                %v1477 = arith.addf %v1474, %v1475 fastmath<contract> : f32
                %v1478 = arith.divui %v18, %v20 : i64
                %v1479 = arith.remui %v18, %v20 : i64
                %v1480 = arith.cmpi ult, %v1479, %v32 : i64
                %v1481 = arith.addi %v71, %v33 : i64
                %v1482 = arith.muli %v1478, %v1 : i64
                %v1483 = arith.addi %v1482, %v1481 : i64
                %v1484 = arith.muli %v1483, %v959 : i64
                %v1485 = arith.addi %v1484, %v1338 : i64
                scf.if %v1480 {
                  %v1486 = llvm.getelementptr %v62[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1477, %v1486 : f32, !llvm.ptr
                }
                %v1487 = arith.constant 8 : i64
                %v1488 = arith.addi %v1487, %v33 : i64
                %v1489 = arith.muli %v1488, %v199 : i64
                %v1490 = arith.subi %v1339, %v168 : i64
                %v1491 = arith.addi %v1489, %v1490 : i64
                %v1492 = llvm.getelementptr %v68[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
                %v1494 = arith.negf %v1493 : f32
                %v1495 = arith.mulf %v1494, %v329 fastmath<contract> : f32
                %v1496 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1495) : (f32) -> f32
                %v1497 = arith.addf %v70, %v1496 fastmath<contract> : f32
                %v1498 = arith.divf %v70, %v1497 : f32
                %v1499 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1498) : (f32) -> f32
                %v1500 = arith.mulf %v1035, %v1499 fastmath<contract> : f32
                %v1501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1500) : (f32) -> f32
                %v1502 = arith.mulf %v719, %v1434 fastmath<contract> : f32
                %v1503 = arith.mulf %v334, %v1502 fastmath<contract> : f32
                %v1504 = arith.mulf %v1501, %v1503 fastmath<contract> : f32
                %v1505 = arith.subf %v70, %v1498 fastmath<contract> : f32
                %v1506 = arith.mulf %v1498, %v1505 fastmath<contract> : f32
                %v1507 = arith.mulf %v1504, %v1506 fastmath<contract> : f32
                %v1508 = arith.select %v37, %v1507, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1509, %v1510 = gpu.shuffle xor %v1508, %v945, %v319 : f32
                %v1511 = arith.addf %v1508, %v1509 fastmath<contract> : f32
                %v1512, %v1513 = gpu.shuffle xor %v1511, %v949, %v319 : f32
                %v1514 = arith.addf %v1511, %v1512 fastmath<contract> : f32
                %v1515 = arith.divui %v18, %v20 : i64
                %v1516 = arith.remui %v18, %v20 : i64
                %v1517 = arith.cmpi ult, %v1516, %v32 : i64
                %v1518 = arith.addi %v32, %v33 : i64
                %v1519 = arith.muli %v1515, %v1 : i64
                %v1520 = arith.addi %v1519, %v1518 : i64
                %v1521 = arith.muli %v1520, %v959 : i64
                %v1522 = arith.addi %v1521, %v1338 : i64
                scf.if %v1517 {
                  %v1523 = llvm.getelementptr %v62[%v1522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1514, %v1523 : f32, !llvm.ptr
                }
                %v1524 = arith.muli %v33, %v199 : i64
                %v1525 = arith.subi %v1339, %v168 : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = llvm.getelementptr %v66[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
                %v1529 = arith.mulf %v1528, %v1416 fastmath<contract> : f32
                %v1530 = arith.constant 8 : i64
                %v1531 = arith.addi %v1530, %v33 : i64
                %v1532 = arith.muli %v1531, %v199 : i64
                %v1533 = arith.subi %v1339, %v168 : i64
                %v1534 = arith.addi %v1532, %v1533 : i64
                %v1535 = llvm.getelementptr %v66[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
                %v1537 = arith.mulf %v1536, %v1434 fastmath<contract> : f32
                %v1538 = arith.addf %v1529, %v1537 fastmath<contract> : f32
                llvm.store %v1538, %v896 : f32, !llvm.ptr
                %v1539 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1461) : (f32) -> f32
                %v1540 = arith.mulf %v334, %v1539 fastmath<contract> : f32
                %v1541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1540) : (f32) -> f32
                llvm.store %v1541, %v55 : f32, !llvm.ptr
                %v1542 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1498) : (f32) -> f32
                %v1543 = arith.mulf %v334, %v1542 fastmath<contract> : f32
                %v1544 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1543) : (f32) -> f32
                llvm.store %v1544, %v56 : f32, !llvm.ptr
              }
              %v1545 = llvm.load %v896 : !llvm.ptr -> f32
              %v1546 = arith.addi %v403, %v49 : i64
              %v1547 = arith.cmpi slt, %v1546, %v170 : i64
              %v1548 = arith.addi %v405, %v603 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v1547 {
                %v1549 = arith.addi %v168, %v1546 : i64
                %v1550 = arith.muli %v33, %v199 : i64
                %v1551 = arith.subi %v1549, %v168 : i64
                %v1552 = arith.addi %v1550, %v1551 : i64
                %v1553 = llvm.getelementptr %v64[%v1552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1554 = llvm.load %v1553 : !llvm.ptr -> f32
                %v1555 = arith.muli %v47, %v345 : i64
                %v1556 = arith.muli %v1549, %v344 : i64
                %v1557 = arith.addi %v1555, %v1556 : i64
                %v1558 = arith.muli %v45, %v343 : i64
                %v1559 = arith.addi %v1557, %v1558 : i64
                %v1560 = arith.muli %v43, %v2 : i64
                %v1561 = arith.addi %v1559, %v1560 : i64
                %v1562 = llvm.getelementptr %dy_o[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1563 = llvm.load %v1562 : !llvm.ptr -> f32
                %v1564 = arith.mulf %v1554, %v1563 fastmath<contract> : f32
                %v1565 = llvm.load %v53 : !llvm.ptr -> f32
                %v1566 = llvm.load %v55 : !llvm.ptr -> f32
                %v1567 = arith.mulf %v1566, %v1565 fastmath<contract> : f32
                %v1568 = arith.addf %v1564, %v1567 fastmath<contract> : f32
                llvm.store %v1568, %v53 : f32, !llvm.ptr
                %v1569 = arith.constant 8 : i64
                %v1570 = arith.addi %v1569, %v33 : i64
                %v1571 = arith.muli %v1570, %v199 : i64
                %v1572 = arith.subi %v1549, %v168 : i64
                %v1573 = arith.addi %v1571, %v1572 : i64
                %v1574 = llvm.getelementptr %v64[%v1573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1575 = llvm.load %v1574 : !llvm.ptr -> f32
                %v1576 = arith.mulf %v1575, %v1563 fastmath<contract> : f32
                %v1577 = llvm.load %v54 : !llvm.ptr -> f32
                %v1578 = llvm.load %v56 : !llvm.ptr -> f32
                %v1579 = arith.mulf %v1578, %v1577 fastmath<contract> : f32
                %v1580 = arith.addf %v1576, %v1579 fastmath<contract> : f32
                llvm.store %v1580, %v54 : f32, !llvm.ptr
                %v1581 = arith.subi %size_L, %v2 : i64
                %v1582 = arith.cmpi eq, %v1549, %v1581 : i64
                scf.if %v1582 {
                }
                %v1583 = arith.mulf %v694, %v1563 fastmath<contract> : f32
                %v1584 = arith.select %v37, %v1583, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1585, %v1586 = gpu.shuffle xor %v1584, %v945, %v319 : f32
                %v1587 = arith.addf %v1584, %v1585 fastmath<contract> : f32
                %v1588, %v1589 = gpu.shuffle xor %v1587, %v949, %v319 : f32
                %v1590 = arith.addf %v1587, %v1588 fastmath<contract> : f32
                %v1591 = arith.divui %v18, %v20 : i64
                %v1592 = arith.remui %v18, %v20 : i64
                %v1593 = arith.cmpi ult, %v1592, %v32 : i64
                %v1594 = arith.addi %v71, %v33 : i64
                %v1595 = arith.muli %v1591, %v1 : i64
                %v1596 = arith.addi %v1595, %v1594 : i64
                %v1597 = arith.muli %v1596, %v959 : i64
                %v1598 = arith.addi %v1597, %v1548 : i64
                scf.if %v1593 {
                  %v1599 = llvm.getelementptr %v58[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1590, %v1599 : f32, !llvm.ptr
                }
                %v1600 = arith.mulf %v719, %v1563 fastmath<contract> : f32
                %v1601 = arith.select %v37, %v1600, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1602, %v1603 = gpu.shuffle xor %v1601, %v945, %v319 : f32
                %v1604 = arith.addf %v1601, %v1602 fastmath<contract> : f32
                %v1605, %v1606 = gpu.shuffle xor %v1604, %v949, %v319 : f32
                %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
                %v1608 = arith.divui %v18, %v20 : i64
                %v1609 = arith.remui %v18, %v20 : i64
                %v1610 = arith.cmpi ult, %v1609, %v32 : i64
                %v1611 = arith.addi %v32, %v33 : i64
                %v1612 = arith.muli %v1608, %v1 : i64
                %v1613 = arith.addi %v1612, %v1611 : i64
                %v1614 = arith.muli %v1613, %v959 : i64
                %v1615 = arith.addi %v1614, %v1548 : i64
                scf.if %v1610 {
                  %v1616 = llvm.getelementptr %v58[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1607, %v1616 : f32, !llvm.ptr
                }
                %v1617 = arith.muli %v47, %v345 : i64
                %v1618 = arith.muli %v1549, %v344 : i64
                %v1619 = arith.addi %v1617, %v1618 : i64
                %v1620 = arith.muli %v45, %v343 : i64
                %v1621 = arith.addi %v1619, %v1620 : i64
                %v1622 = arith.muli %v43, %v2 : i64
                %v1623 = arith.addi %v1621, %v1622 : i64
                %v1624 = llvm.getelementptr %in_v[%v1623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
                %v1626 = llvm.load %v53 : !llvm.ptr -> f32
                %v1627 = arith.mulf %v1625, %v1626 fastmath<contract> : f32
                %v1628 = arith.select %v37, %v1627, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1629, %v1630 = gpu.shuffle xor %v1628, %v945, %v319 : f32
                %v1631 = arith.addf %v1628, %v1629 fastmath<contract> : f32
                %v1632, %v1633 = gpu.shuffle xor %v1631, %v949, %v319 : f32
                %v1634 = arith.addf %v1631, %v1632 fastmath<contract> : f32
                %v1635 = arith.divui %v18, %v20 : i64
                %v1636 = arith.remui %v18, %v20 : i64
                %v1637 = arith.cmpi ult, %v1636, %v32 : i64
                %v1638 = arith.addi %v71, %v33 : i64
                %v1639 = arith.muli %v1635, %v1 : i64
                %v1640 = arith.addi %v1639, %v1638 : i64
                %v1641 = arith.muli %v1640, %v959 : i64
                %v1642 = arith.addi %v1641, %v1548 : i64
                scf.if %v1637 {
                  %v1643 = llvm.getelementptr %v60[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1634, %v1643 : f32, !llvm.ptr
                }
                %v1644 = llvm.load %v54 : !llvm.ptr -> f32
                %v1645 = arith.mulf %v1625, %v1644 fastmath<contract> : f32
                %v1646 = arith.select %v37, %v1645, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1647, %v1648 = gpu.shuffle xor %v1646, %v945, %v319 : f32
                %v1649 = arith.addf %v1646, %v1647 fastmath<contract> : f32
                %v1650, %v1651 = gpu.shuffle xor %v1649, %v949, %v319 : f32
                %v1652 = arith.addf %v1649, %v1650 fastmath<contract> : f32
                %v1653 = arith.divui %v18, %v20 : i64
                %v1654 = arith.remui %v18, %v20 : i64
                %v1655 = arith.cmpi ult, %v1654, %v32 : i64
                %v1656 = arith.addi %v32, %v33 : i64
                %v1657 = arith.muli %v1653, %v1 : i64
                %v1658 = arith.addi %v1657, %v1656 : i64
                %v1659 = arith.muli %v1658, %v959 : i64
                %v1660 = arith.addi %v1659, %v1548 : i64
                scf.if %v1655 {
                  %v1661 = llvm.getelementptr %v60[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1652, %v1661 : f32, !llvm.ptr
                }
                %v1662 = arith.muli %v33, %v199 : i64
                %v1663 = arith.subi %v1549, %v168 : i64
                %v1664 = arith.addi %v1662, %v1663 : i64
                %v1665 = llvm.getelementptr %v68[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1666 = llvm.load %v1665 : !llvm.ptr -> f32
                %v1667 = arith.negf %v1666 : f32
                %v1668 = arith.mulf %v1667, %v329 fastmath<contract> : f32
                %v1669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1668) : (f32) -> f32
                %v1670 = arith.addf %v70, %v1669 fastmath<contract> : f32
                %v1671 = arith.divf %v70, %v1670 : f32
                %v1672 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1671) : (f32) -> f32
                %v1673 = arith.mulf %v1035, %v1672 fastmath<contract> : f32
                %v1674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1673) : (f32) -> f32
                %v1675 = arith.mulf %v636, %v1626 fastmath<contract> : f32
                %v1676 = arith.mulf %v334, %v1675 fastmath<contract> : f32
                %v1677 = arith.mulf %v1674, %v1676 fastmath<contract> : f32
                %v1678 = arith.subf %v70, %v1671 fastmath<contract> : f32
                %v1679 = arith.mulf %v1671, %v1678 fastmath<contract> : f32
                %v1680 = arith.mulf %v1677, %v1679 fastmath<contract> : f32
                %v1681 = arith.select %v37, %v1680, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1682, %v1683 = gpu.shuffle xor %v1681, %v945, %v319 : f32
                %v1684 = arith.addf %v1681, %v1682 fastmath<contract> : f32
                %v1685, %v1686 = gpu.shuffle xor %v1684, %v949, %v319 : f32
                %v1687 = arith.addf %v1684, %v1685 fastmath<contract> : f32
                %v1688 = arith.divui %v18, %v20 : i64
                %v1689 = arith.remui %v18, %v20 : i64
                %v1690 = arith.cmpi ult, %v1689, %v32 : i64
                %v1691 = arith.addi %v71, %v33 : i64
                %v1692 = arith.muli %v1688, %v1 : i64
                %v1693 = arith.addi %v1692, %v1691 : i64
                %v1694 = arith.muli %v1693, %v959 : i64
                %v1695 = arith.addi %v1694, %v1548 : i64
                scf.if %v1690 {
                  %v1696 = llvm.getelementptr %v62[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1687, %v1696 : f32, !llvm.ptr
                }
                %v1697 = arith.constant 8 : i64
                %v1698 = arith.addi %v1697, %v33 : i64
                %v1699 = arith.muli %v1698, %v199 : i64
                %v1700 = arith.subi %v1549, %v168 : i64
                %v1701 = arith.addi %v1699, %v1700 : i64
                %v1702 = llvm.getelementptr %v68[%v1701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1703 = llvm.load %v1702 : !llvm.ptr -> f32
                %v1704 = arith.negf %v1703 : f32
                %v1705 = arith.mulf %v1704, %v329 fastmath<contract> : f32
                %v1706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1705) : (f32) -> f32
                %v1707 = arith.addf %v70, %v1706 fastmath<contract> : f32
                %v1708 = arith.divf %v70, %v1707 : f32
                %v1709 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1708) : (f32) -> f32
                %v1710 = arith.mulf %v1035, %v1709 fastmath<contract> : f32
                %v1711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1710) : (f32) -> f32
                %v1712 = arith.mulf %v661, %v1644 fastmath<contract> : f32
                %v1713 = arith.mulf %v334, %v1712 fastmath<contract> : f32
                %v1714 = arith.mulf %v1711, %v1713 fastmath<contract> : f32
                %v1715 = arith.subf %v70, %v1708 fastmath<contract> : f32
                %v1716 = arith.mulf %v1708, %v1715 fastmath<contract> : f32
                %v1717 = arith.mulf %v1714, %v1716 fastmath<contract> : f32
                %v1718 = arith.select %v37, %v1717, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1719, %v1720 = gpu.shuffle xor %v1718, %v945, %v319 : f32
                %v1721 = arith.addf %v1718, %v1719 fastmath<contract> : f32
                %v1722, %v1723 = gpu.shuffle xor %v1721, %v949, %v319 : f32
                %v1724 = arith.addf %v1721, %v1722 fastmath<contract> : f32
                %v1725 = arith.divui %v18, %v20 : i64
                %v1726 = arith.remui %v18, %v20 : i64
                %v1727 = arith.cmpi ult, %v1726, %v32 : i64
                %v1728 = arith.addi %v32, %v33 : i64
                %v1729 = arith.muli %v1725, %v1 : i64
                %v1730 = arith.addi %v1729, %v1728 : i64
                %v1731 = arith.muli %v1730, %v959 : i64
                %v1732 = arith.addi %v1731, %v1548 : i64
                scf.if %v1727 {
                  %v1733 = llvm.getelementptr %v62[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1724, %v1733 : f32, !llvm.ptr
                }
                %v1734 = arith.muli %v33, %v199 : i64
                %v1735 = arith.subi %v1549, %v168 : i64
                %v1736 = arith.addi %v1734, %v1735 : i64
                %v1737 = llvm.getelementptr %v66[%v1736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1738 = llvm.load %v1737 : !llvm.ptr -> f32
                %v1739 = arith.mulf %v1738, %v1626 fastmath<contract> : f32
                %v1740 = arith.constant 8 : i64
                %v1741 = arith.addi %v1740, %v33 : i64
                %v1742 = arith.muli %v1741, %v199 : i64
                %v1743 = arith.subi %v1549, %v168 : i64
                %v1744 = arith.addi %v1742, %v1743 : i64
                %v1745 = llvm.getelementptr %v66[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1746 = llvm.load %v1745 : !llvm.ptr -> f32
                %v1747 = arith.mulf %v1746, %v1644 fastmath<contract> : f32
                %v1748 = arith.addf %v1739, %v1747 fastmath<contract> : f32
                llvm.store %v1748, %v896 : f32, !llvm.ptr
                %v1749 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1671) : (f32) -> f32
                %v1750 = arith.mulf %v334, %v1749 fastmath<contract> : f32
                %v1751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1750) : (f32) -> f32
                llvm.store %v1751, %v55 : f32, !llvm.ptr
                %v1752 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1708) : (f32) -> f32
                %v1753 = arith.mulf %v334, %v1752 fastmath<contract> : f32
                %v1754 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1753) : (f32) -> f32
                llvm.store %v1754, %v56 : f32, !llvm.ptr
              }
              %v1755 = llvm.load %v896 : !llvm.ptr -> f32
              %v1756 = arith.select %v899, %v1755, %v1545 : f32
              %v1757 = arith.select %v899, %v1545, %v1755 : f32
              %v1758, %v1759 = gpu.shuffle xor %v1756, %v1332, %v319 : f32
              %v1760 = arith.addf %v1757, %v1758 fastmath<contract> : f32
              %v1761 = arith.select %v902, %v1760, %v1335 : f32
              %v1762 = arith.select %v902, %v1335, %v1760 : f32
              %v1764, %v1765 = gpu.shuffle xor %v1761, %v1763, %v319 : f32
              %v1766 = arith.addf %v1762, %v1764 fastmath<contract> : f32
              %v1767 = arith.addi %v403, %v603 : i64
              %v1768 = arith.cmpi slt, %v1767, %v170 : i64
              %v1769 = arith.addi %v405, %v49 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v1768 {
                %v1770 = arith.addi %v168, %v1767 : i64
                %v1771 = arith.muli %v33, %v199 : i64
                %v1772 = arith.subi %v1770, %v168 : i64
                %v1773 = arith.addi %v1771, %v1772 : i64
                %v1774 = llvm.getelementptr %v64[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
                %v1776 = arith.muli %v47, %v345 : i64
                %v1777 = arith.muli %v1770, %v344 : i64
                %v1778 = arith.addi %v1776, %v1777 : i64
                %v1779 = arith.muli %v45, %v343 : i64
                %v1780 = arith.addi %v1778, %v1779 : i64
                %v1781 = arith.muli %v43, %v2 : i64
                %v1782 = arith.addi %v1780, %v1781 : i64
                %v1783 = llvm.getelementptr %dy_o[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
                %v1785 = arith.mulf %v1775, %v1784 fastmath<contract> : f32
                %v1786 = llvm.load %v53 : !llvm.ptr -> f32
                %v1787 = llvm.load %v55 : !llvm.ptr -> f32
                %v1788 = arith.mulf %v1787, %v1786 fastmath<contract> : f32
                %v1789 = arith.addf %v1785, %v1788 fastmath<contract> : f32
                llvm.store %v1789, %v53 : f32, !llvm.ptr
                %v1790 = arith.constant 8 : i64
                %v1791 = arith.addi %v1790, %v33 : i64
                %v1792 = arith.muli %v1791, %v199 : i64
                %v1793 = arith.subi %v1770, %v168 : i64
                %v1794 = arith.addi %v1792, %v1793 : i64
                %v1795 = llvm.getelementptr %v64[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1796 = llvm.load %v1795 : !llvm.ptr -> f32
                %v1797 = arith.mulf %v1796, %v1784 fastmath<contract> : f32
                %v1798 = llvm.load %v54 : !llvm.ptr -> f32
                %v1799 = llvm.load %v56 : !llvm.ptr -> f32
                %v1800 = arith.mulf %v1799, %v1798 fastmath<contract> : f32
                %v1801 = arith.addf %v1797, %v1800 fastmath<contract> : f32
                llvm.store %v1801, %v54 : f32, !llvm.ptr
                %v1802 = arith.subi %size_L, %v2 : i64
                %v1803 = arith.cmpi eq, %v1770, %v1802 : i64
                scf.if %v1803 {
                }
                %v1804 = arith.mulf %v636, %v1784 fastmath<contract> : f32
                %v1805 = arith.select %v37, %v1804, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1806, %v1807 = gpu.shuffle xor %v1805, %v945, %v319 : f32
                %v1808 = arith.addf %v1805, %v1806 fastmath<contract> : f32
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v949, %v319 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                %v1812 = arith.divui %v18, %v20 : i64
                %v1813 = arith.remui %v18, %v20 : i64
                %v1814 = arith.cmpi ult, %v1813, %v32 : i64
                %v1815 = arith.addi %v71, %v33 : i64
                %v1816 = arith.muli %v1812, %v1 : i64
                %v1817 = arith.addi %v1816, %v1815 : i64
                %v1818 = arith.muli %v1817, %v959 : i64
                %v1819 = arith.addi %v1818, %v1769 : i64
                scf.if %v1814 {
                  %v1820 = llvm.getelementptr %v58[%v1819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1811, %v1820 : f32, !llvm.ptr
                }
                %v1821 = arith.mulf %v661, %v1784 fastmath<contract> : f32
                %v1822 = arith.select %v37, %v1821, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1823, %v1824 = gpu.shuffle xor %v1822, %v945, %v319 : f32
                %v1825 = arith.addf %v1822, %v1823 fastmath<contract> : f32
                %v1826, %v1827 = gpu.shuffle xor %v1825, %v949, %v319 : f32
                %v1828 = arith.addf %v1825, %v1826 fastmath<contract> : f32
                %v1829 = arith.divui %v18, %v20 : i64
                %v1830 = arith.remui %v18, %v20 : i64
                %v1831 = arith.cmpi ult, %v1830, %v32 : i64
                %v1832 = arith.addi %v32, %v33 : i64
                %v1833 = arith.muli %v1829, %v1 : i64
                %v1834 = arith.addi %v1833, %v1832 : i64
                %v1835 = arith.muli %v1834, %v959 : i64
                %v1836 = arith.addi %v1835, %v1769 : i64
                scf.if %v1831 {
                  %v1837 = llvm.getelementptr %v58[%v1836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1828, %v1837 : f32, !llvm.ptr
                }
                %v1838 = arith.muli %v47, %v345 : i64
                %v1839 = arith.muli %v1770, %v344 : i64
                %v1840 = arith.addi %v1838, %v1839 : i64
                %v1841 = arith.muli %v45, %v343 : i64
                %v1842 = arith.addi %v1840, %v1841 : i64
                %v1843 = arith.muli %v43, %v2 : i64
                %v1844 = arith.addi %v1842, %v1843 : i64
                %v1845 = llvm.getelementptr %in_v[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
                %v1847 = llvm.load %v53 : !llvm.ptr -> f32
                %v1848 = arith.mulf %v1846, %v1847 fastmath<contract> : f32
                %v1849 = arith.select %v37, %v1848, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1850, %v1851 = gpu.shuffle xor %v1849, %v945, %v319 : f32
                %v1852 = arith.addf %v1849, %v1850 fastmath<contract> : f32
                %v1853, %v1854 = gpu.shuffle xor %v1852, %v949, %v319 : f32
                %v1855 = arith.addf %v1852, %v1853 fastmath<contract> : f32
                %v1856 = arith.divui %v18, %v20 : i64
                %v1857 = arith.remui %v18, %v20 : i64
                %v1858 = arith.cmpi ult, %v1857, %v32 : i64
                %v1859 = arith.addi %v71, %v33 : i64
                %v1860 = arith.muli %v1856, %v1 : i64
                %v1861 = arith.addi %v1860, %v1859 : i64
                %v1862 = arith.muli %v1861, %v959 : i64
                %v1863 = arith.addi %v1862, %v1769 : i64
                scf.if %v1858 {
                  %v1864 = llvm.getelementptr %v60[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1855, %v1864 : f32, !llvm.ptr
                }
                %v1865 = llvm.load %v54 : !llvm.ptr -> f32
                %v1866 = arith.mulf %v1846, %v1865 fastmath<contract> : f32
                %v1867 = arith.select %v37, %v1866, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1868, %v1869 = gpu.shuffle xor %v1867, %v945, %v319 : f32
                %v1870 = arith.addf %v1867, %v1868 fastmath<contract> : f32
                %v1871, %v1872 = gpu.shuffle xor %v1870, %v949, %v319 : f32
                %v1873 = arith.addf %v1870, %v1871 fastmath<contract> : f32
                %v1874 = arith.divui %v18, %v20 : i64
                %v1875 = arith.remui %v18, %v20 : i64
                %v1876 = arith.cmpi ult, %v1875, %v32 : i64
                %v1877 = arith.addi %v32, %v33 : i64
                %v1878 = arith.muli %v1874, %v1 : i64
                %v1879 = arith.addi %v1878, %v1877 : i64
                %v1880 = arith.muli %v1879, %v959 : i64
                %v1881 = arith.addi %v1880, %v1769 : i64
                scf.if %v1876 {
                  %v1882 = llvm.getelementptr %v60[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1873, %v1882 : f32, !llvm.ptr
                }
                %v1883 = arith.muli %v33, %v199 : i64
                %v1884 = arith.subi %v1770, %v168 : i64
                %v1885 = arith.addi %v1883, %v1884 : i64
                %v1886 = llvm.getelementptr %v68[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
                %v1888 = arith.negf %v1887 : f32
                %v1889 = arith.mulf %v1888, %v329 fastmath<contract> : f32
                %v1890 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1889) : (f32) -> f32
                %v1891 = arith.addf %v70, %v1890 fastmath<contract> : f32
                %v1892 = arith.divf %v70, %v1891 : f32
                %v1893 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1892) : (f32) -> f32
                %v1894 = arith.mulf %v1035, %v1893 fastmath<contract> : f32
                %v1895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1894) : (f32) -> f32
                %v1896 = arith.mulf %v577, %v1847 fastmath<contract> : f32
                %v1897 = arith.mulf %v334, %v1896 fastmath<contract> : f32
                %v1898 = arith.mulf %v1895, %v1897 fastmath<contract> : f32
                %v1899 = arith.subf %v70, %v1892 fastmath<contract> : f32
                %v1900 = arith.mulf %v1892, %v1899 fastmath<contract> : f32
                %v1901 = arith.mulf %v1898, %v1900 fastmath<contract> : f32
                %v1902 = arith.select %v37, %v1901, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1903, %v1904 = gpu.shuffle xor %v1902, %v945, %v319 : f32
                %v1905 = arith.addf %v1902, %v1903 fastmath<contract> : f32
                %v1906, %v1907 = gpu.shuffle xor %v1905, %v949, %v319 : f32
                %v1908 = arith.addf %v1905, %v1906 fastmath<contract> : f32
                %v1909 = arith.divui %v18, %v20 : i64
                %v1910 = arith.remui %v18, %v20 : i64
                %v1911 = arith.cmpi ult, %v1910, %v32 : i64
                %v1912 = arith.addi %v71, %v33 : i64
                %v1913 = arith.muli %v1909, %v1 : i64
                %v1914 = arith.addi %v1913, %v1912 : i64
                %v1915 = arith.muli %v1914, %v959 : i64
                %v1916 = arith.addi %v1915, %v1769 : i64
                scf.if %v1911 {
                  %v1917 = llvm.getelementptr %v62[%v1916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1908, %v1917 : f32, !llvm.ptr
                }
                %v1918 = arith.constant 8 : i64
                %v1919 = arith.addi %v1918, %v33 : i64
                %v1920 = arith.muli %v1919, %v199 : i64
                %v1921 = arith.subi %v1770, %v168 : i64
                %v1922 = arith.addi %v1920, %v1921 : i64
                %v1923 = llvm.getelementptr %v68[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
                %v1925 = arith.negf %v1924 : f32
                %v1926 = arith.mulf %v1925, %v329 fastmath<contract> : f32
                %v1927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1926) : (f32) -> f32
                %v1928 = arith.addf %v70, %v1927 fastmath<contract> : f32
                %v1929 = arith.divf %v70, %v1928 : f32
                %v1930 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1929) : (f32) -> f32
                %v1931 = arith.mulf %v1035, %v1930 fastmath<contract> : f32
                %v1932 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1931) : (f32) -> f32
                %v1933 = arith.mulf %v602, %v1865 fastmath<contract> : f32
                %v1934 = arith.mulf %v334, %v1933 fastmath<contract> : f32
                %v1935 = arith.mulf %v1932, %v1934 fastmath<contract> : f32
                %v1936 = arith.subf %v70, %v1929 fastmath<contract> : f32
                %v1937 = arith.mulf %v1929, %v1936 fastmath<contract> : f32
                %v1938 = arith.mulf %v1935, %v1937 fastmath<contract> : f32
                %v1939 = arith.select %v37, %v1938, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v1940, %v1941 = gpu.shuffle xor %v1939, %v945, %v319 : f32
                %v1942 = arith.addf %v1939, %v1940 fastmath<contract> : f32
                %v1943, %v1944 = gpu.shuffle xor %v1942, %v949, %v319 : f32
                %v1945 = arith.addf %v1942, %v1943 fastmath<contract> : f32
                %v1946 = arith.divui %v18, %v20 : i64
                %v1947 = arith.remui %v18, %v20 : i64
                %v1948 = arith.cmpi ult, %v1947, %v32 : i64
                %v1949 = arith.addi %v32, %v33 : i64
                %v1950 = arith.muli %v1946, %v1 : i64
                %v1951 = arith.addi %v1950, %v1949 : i64
                %v1952 = arith.muli %v1951, %v959 : i64
                %v1953 = arith.addi %v1952, %v1769 : i64
                scf.if %v1948 {
                  %v1954 = llvm.getelementptr %v62[%v1953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1945, %v1954 : f32, !llvm.ptr
                }
                %v1955 = arith.muli %v33, %v199 : i64
                %v1956 = arith.subi %v1770, %v168 : i64
                %v1957 = arith.addi %v1955, %v1956 : i64
                %v1958 = llvm.getelementptr %v66[%v1957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1959 = llvm.load %v1958 : !llvm.ptr -> f32
                %v1960 = arith.mulf %v1959, %v1847 fastmath<contract> : f32
                %v1961 = arith.constant 8 : i64
                %v1962 = arith.addi %v1961, %v33 : i64
                %v1963 = arith.muli %v1962, %v199 : i64
                %v1964 = arith.subi %v1770, %v168 : i64
                %v1965 = arith.addi %v1963, %v1964 : i64
                %v1966 = llvm.getelementptr %v66[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
                %v1968 = arith.mulf %v1967, %v1865 fastmath<contract> : f32
                %v1969 = arith.addf %v1960, %v1968 fastmath<contract> : f32
                llvm.store %v1969, %v896 : f32, !llvm.ptr
                %v1970 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1892) : (f32) -> f32
                %v1971 = arith.mulf %v334, %v1970 fastmath<contract> : f32
                %v1972 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1971) : (f32) -> f32
                llvm.store %v1972, %v55 : f32, !llvm.ptr
                %v1973 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1929) : (f32) -> f32
                %v1974 = arith.mulf %v334, %v1973 fastmath<contract> : f32
                %v1975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1974) : (f32) -> f32
                llvm.store %v1975, %v56 : f32, !llvm.ptr
              }
              %v1976 = llvm.load %v896 : !llvm.ptr -> f32
              %v1977 = arith.addi %v403, %v385 : i64
              %v1978 = arith.cmpi slt, %v1977, %v170 : i64
              %v1979 = arith.addi %v405, %v720 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v1978 {
                %v1980 = arith.addi %v168, %v1977 : i64
                %v1981 = arith.muli %v33, %v199 : i64
                %v1982 = arith.subi %v1980, %v168 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = llvm.getelementptr %v64[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                %v1986 = arith.muli %v47, %v345 : i64
                %v1987 = arith.muli %v1980, %v344 : i64
                %v1988 = arith.addi %v1986, %v1987 : i64
                %v1989 = arith.muli %v45, %v343 : i64
                %v1990 = arith.addi %v1988, %v1989 : i64
                %v1991 = arith.muli %v43, %v2 : i64
                %v1992 = arith.addi %v1990, %v1991 : i64
                %v1993 = llvm.getelementptr %dy_o[%v1992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
                %v1995 = arith.mulf %v1985, %v1994 fastmath<contract> : f32
                %v1996 = llvm.load %v53 : !llvm.ptr -> f32
                %v1997 = llvm.load %v55 : !llvm.ptr -> f32
                %v1998 = arith.mulf %v1997, %v1996 fastmath<contract> : f32
                %v1999 = arith.addf %v1995, %v1998 fastmath<contract> : f32
                llvm.store %v1999, %v53 : f32, !llvm.ptr
                %v2000 = arith.constant 8 : i64
                %v2001 = arith.addi %v2000, %v33 : i64
                %v2002 = arith.muli %v2001, %v199 : i64
                %v2003 = arith.subi %v1980, %v168 : i64
                %v2004 = arith.addi %v2002, %v2003 : i64
                %v2005 = llvm.getelementptr %v64[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
                %v2007 = arith.mulf %v2006, %v1994 fastmath<contract> : f32
                %v2008 = llvm.load %v54 : !llvm.ptr -> f32
                %v2009 = llvm.load %v56 : !llvm.ptr -> f32
                %v2010 = arith.mulf %v2009, %v2008 fastmath<contract> : f32
                %v2011 = arith.addf %v2007, %v2010 fastmath<contract> : f32
                llvm.store %v2011, %v54 : f32, !llvm.ptr
                %v2012 = arith.subi %size_L, %v2 : i64
                %v2013 = arith.cmpi eq, %v1980, %v2012 : i64
                scf.if %v2013 {
                }
                %v2014 = arith.mulf %v577, %v1994 fastmath<contract> : f32
                %v2015 = arith.select %v37, %v2014, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2016, %v2017 = gpu.shuffle xor %v2015, %v945, %v319 : f32
                %v2018 = arith.addf %v2015, %v2016 fastmath<contract> : f32
                %v2019, %v2020 = gpu.shuffle xor %v2018, %v949, %v319 : f32
                %v2021 = arith.addf %v2018, %v2019 fastmath<contract> : f32
                %v2022 = arith.divui %v18, %v20 : i64
                %v2023 = arith.remui %v18, %v20 : i64
                %v2024 = arith.cmpi ult, %v2023, %v32 : i64
                %v2025 = arith.addi %v71, %v33 : i64
                %v2026 = arith.muli %v2022, %v1 : i64
                %v2027 = arith.addi %v2026, %v2025 : i64
                %v2028 = arith.muli %v2027, %v959 : i64
                %v2029 = arith.addi %v2028, %v1979 : i64
                scf.if %v2024 {
                  %v2030 = llvm.getelementptr %v58[%v2029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2021, %v2030 : f32, !llvm.ptr
                }
                %v2031 = arith.mulf %v602, %v1994 fastmath<contract> : f32
                %v2032 = arith.select %v37, %v2031, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2033, %v2034 = gpu.shuffle xor %v2032, %v945, %v319 : f32
                %v2035 = arith.addf %v2032, %v2033 fastmath<contract> : f32
                %v2036, %v2037 = gpu.shuffle xor %v2035, %v949, %v319 : f32
                %v2038 = arith.addf %v2035, %v2036 fastmath<contract> : f32
                %v2039 = arith.divui %v18, %v20 : i64
                %v2040 = arith.remui %v18, %v20 : i64
                %v2041 = arith.cmpi ult, %v2040, %v32 : i64
                %v2042 = arith.addi %v32, %v33 : i64
                %v2043 = arith.muli %v2039, %v1 : i64
                %v2044 = arith.addi %v2043, %v2042 : i64
                %v2045 = arith.muli %v2044, %v959 : i64
                %v2046 = arith.addi %v2045, %v1979 : i64
                scf.if %v2041 {
                  %v2047 = llvm.getelementptr %v58[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2038, %v2047 : f32, !llvm.ptr
                }
                %v2048 = arith.muli %v47, %v345 : i64
                %v2049 = arith.muli %v1980, %v344 : i64
                %v2050 = arith.addi %v2048, %v2049 : i64
                %v2051 = arith.muli %v45, %v343 : i64
                %v2052 = arith.addi %v2050, %v2051 : i64
                %v2053 = arith.muli %v43, %v2 : i64
                %v2054 = arith.addi %v2052, %v2053 : i64
                %v2055 = llvm.getelementptr %in_v[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2056 = llvm.load %v2055 : !llvm.ptr -> f32
                %v2057 = llvm.load %v53 : !llvm.ptr -> f32
                %v2058 = arith.mulf %v2056, %v2057 fastmath<contract> : f32
                %v2059 = arith.select %v37, %v2058, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2060, %v2061 = gpu.shuffle xor %v2059, %v945, %v319 : f32
                %v2062 = arith.addf %v2059, %v2060 fastmath<contract> : f32
                %v2063, %v2064 = gpu.shuffle xor %v2062, %v949, %v319 : f32
                %v2065 = arith.addf %v2062, %v2063 fastmath<contract> : f32
                %v2066 = arith.divui %v18, %v20 : i64
                %v2067 = arith.remui %v18, %v20 : i64
                %v2068 = arith.cmpi ult, %v2067, %v32 : i64
                %v2069 = arith.addi %v71, %v33 : i64
                %v2070 = arith.muli %v2066, %v1 : i64
                %v2071 = arith.addi %v2070, %v2069 : i64
                %v2072 = arith.muli %v2071, %v959 : i64
                %v2073 = arith.addi %v2072, %v1979 : i64
                scf.if %v2068 {
                  %v2074 = llvm.getelementptr %v60[%v2073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2065, %v2074 : f32, !llvm.ptr
                }
                %v2075 = llvm.load %v54 : !llvm.ptr -> f32
                %v2076 = arith.mulf %v2056, %v2075 fastmath<contract> : f32
                %v2077 = arith.select %v37, %v2076, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2078, %v2079 = gpu.shuffle xor %v2077, %v945, %v319 : f32
                %v2080 = arith.addf %v2077, %v2078 fastmath<contract> : f32
                %v2081, %v2082 = gpu.shuffle xor %v2080, %v949, %v319 : f32
                %v2083 = arith.addf %v2080, %v2081 fastmath<contract> : f32
                %v2084 = arith.divui %v18, %v20 : i64
                %v2085 = arith.remui %v18, %v20 : i64
                %v2086 = arith.cmpi ult, %v2085, %v32 : i64
                %v2087 = arith.addi %v32, %v33 : i64
                %v2088 = arith.muli %v2084, %v1 : i64
                %v2089 = arith.addi %v2088, %v2087 : i64
                %v2090 = arith.muli %v2089, %v959 : i64
                %v2091 = arith.addi %v2090, %v1979 : i64
                scf.if %v2086 {
                  %v2092 = llvm.getelementptr %v60[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2083, %v2092 : f32, !llvm.ptr
                }
                %v2093 = arith.muli %v33, %v199 : i64
                %v2094 = arith.subi %v1980, %v168 : i64
                %v2095 = arith.addi %v2093, %v2094 : i64
                %v2096 = llvm.getelementptr %v68[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
                %v2098 = arith.negf %v2097 : f32
                %v2099 = arith.mulf %v2098, %v329 fastmath<contract> : f32
                %v2100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2099) : (f32) -> f32
                %v2101 = arith.addf %v70, %v2100 fastmath<contract> : f32
                %v2102 = arith.divf %v70, %v2101 : f32
                %v2103 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2102) : (f32) -> f32
                %v2104 = arith.mulf %v1035, %v2103 fastmath<contract> : f32
                %v2105 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2104) : (f32) -> f32
                %v2106 = arith.mulf %v519, %v2057 fastmath<contract> : f32
                %v2107 = arith.mulf %v334, %v2106 fastmath<contract> : f32
                %v2108 = arith.mulf %v2105, %v2107 fastmath<contract> : f32
                %v2109 = arith.subf %v70, %v2102 fastmath<contract> : f32
                %v2110 = arith.mulf %v2102, %v2109 fastmath<contract> : f32
                %v2111 = arith.mulf %v2108, %v2110 fastmath<contract> : f32
                %v2112 = arith.select %v37, %v2111, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2113, %v2114 = gpu.shuffle xor %v2112, %v945, %v319 : f32
                %v2115 = arith.addf %v2112, %v2113 fastmath<contract> : f32
                %v2116, %v2117 = gpu.shuffle xor %v2115, %v949, %v319 : f32
                %v2118 = arith.addf %v2115, %v2116 fastmath<contract> : f32
                %v2119 = arith.divui %v18, %v20 : i64
                %v2120 = arith.remui %v18, %v20 : i64
                %v2121 = arith.cmpi ult, %v2120, %v32 : i64
                %v2122 = arith.addi %v71, %v33 : i64
                %v2123 = arith.muli %v2119, %v1 : i64
                %v2124 = arith.addi %v2123, %v2122 : i64
                %v2125 = arith.muli %v2124, %v959 : i64
                %v2126 = arith.addi %v2125, %v1979 : i64
                scf.if %v2121 {
                  %v2127 = llvm.getelementptr %v62[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2118, %v2127 : f32, !llvm.ptr
                }
                %v2128 = arith.constant 8 : i64
                %v2129 = arith.addi %v2128, %v33 : i64
                %v2130 = arith.muli %v2129, %v199 : i64
                %v2131 = arith.subi %v1980, %v168 : i64
                %v2132 = arith.addi %v2130, %v2131 : i64
                %v2133 = llvm.getelementptr %v68[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
                %v2135 = arith.negf %v2134 : f32
                %v2136 = arith.mulf %v2135, %v329 fastmath<contract> : f32
                %v2137 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2136) : (f32) -> f32
                %v2138 = arith.addf %v70, %v2137 fastmath<contract> : f32
                %v2139 = arith.divf %v70, %v2138 : f32
                %v2140 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2139) : (f32) -> f32
                %v2141 = arith.mulf %v1035, %v2140 fastmath<contract> : f32
                %v2142 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2141) : (f32) -> f32
                %v2143 = arith.mulf %v544, %v2075 fastmath<contract> : f32
                %v2144 = arith.mulf %v334, %v2143 fastmath<contract> : f32
                %v2145 = arith.mulf %v2142, %v2144 fastmath<contract> : f32
                %v2146 = arith.subf %v70, %v2139 fastmath<contract> : f32
                %v2147 = arith.mulf %v2139, %v2146 fastmath<contract> : f32
                %v2148 = arith.mulf %v2145, %v2147 fastmath<contract> : f32
                %v2149 = arith.select %v37, %v2148, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2150, %v2151 = gpu.shuffle xor %v2149, %v945, %v319 : f32
                %v2152 = arith.addf %v2149, %v2150 fastmath<contract> : f32
                %v2153, %v2154 = gpu.shuffle xor %v2152, %v949, %v319 : f32
                %v2155 = arith.addf %v2152, %v2153 fastmath<contract> : f32
                %v2156 = arith.divui %v18, %v20 : i64
                %v2157 = arith.remui %v18, %v20 : i64
                %v2158 = arith.cmpi ult, %v2157, %v32 : i64
                %v2159 = arith.addi %v32, %v33 : i64
                %v2160 = arith.muli %v2156, %v1 : i64
                %v2161 = arith.addi %v2160, %v2159 : i64
                %v2162 = arith.muli %v2161, %v959 : i64
                %v2163 = arith.addi %v2162, %v1979 : i64
                scf.if %v2158 {
                  %v2164 = llvm.getelementptr %v62[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2155, %v2164 : f32, !llvm.ptr
                }
                %v2165 = arith.muli %v33, %v199 : i64
                %v2166 = arith.subi %v1980, %v168 : i64
                %v2167 = arith.addi %v2165, %v2166 : i64
                %v2168 = llvm.getelementptr %v66[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2169 = llvm.load %v2168 : !llvm.ptr -> f32
                %v2170 = arith.mulf %v2169, %v2057 fastmath<contract> : f32
                %v2171 = arith.constant 8 : i64
                %v2172 = arith.addi %v2171, %v33 : i64
                %v2173 = arith.muli %v2172, %v199 : i64
                %v2174 = arith.subi %v1980, %v168 : i64
                %v2175 = arith.addi %v2173, %v2174 : i64
                %v2176 = llvm.getelementptr %v66[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2177 = llvm.load %v2176 : !llvm.ptr -> f32
                %v2178 = arith.mulf %v2177, %v2075 fastmath<contract> : f32
                %v2179 = arith.addf %v2170, %v2178 fastmath<contract> : f32
                llvm.store %v2179, %v896 : f32, !llvm.ptr
                %v2180 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2102) : (f32) -> f32
                %v2181 = arith.mulf %v334, %v2180 fastmath<contract> : f32
                %v2182 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2181) : (f32) -> f32
                llvm.store %v2182, %v55 : f32, !llvm.ptr
                %v2183 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2139) : (f32) -> f32
                %v2184 = arith.mulf %v334, %v2183 fastmath<contract> : f32
                %v2185 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2184) : (f32) -> f32
                llvm.store %v2185, %v56 : f32, !llvm.ptr
              }
              %v2186 = llvm.load %v896 : !llvm.ptr -> f32
              %v2187 = arith.select %v899, %v2186, %v1976 : f32
              %v2188 = arith.select %v899, %v1976, %v2186 : f32
              %v2189, %v2190 = gpu.shuffle xor %v2187, %v1332, %v319 : f32
              %v2191 = arith.addf %v2188, %v2189 fastmath<contract> : f32
              %v2192 = arith.addi %v403, %v2 : i64
              %v2193 = arith.cmpi slt, %v2192, %v170 : i64
              %v2194 = arith.addi %v405, %v779 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v2193 {
                %v2195 = arith.addi %v168, %v2192 : i64
                %v2196 = arith.muli %v33, %v199 : i64
                %v2197 = arith.subi %v2195, %v168 : i64
                %v2198 = arith.addi %v2196, %v2197 : i64
                %v2199 = llvm.getelementptr %v64[%v2198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2200 = llvm.load %v2199 : !llvm.ptr -> f32
                %v2201 = arith.muli %v47, %v345 : i64
                %v2202 = arith.muli %v2195, %v344 : i64
                %v2203 = arith.addi %v2201, %v2202 : i64
                %v2204 = arith.muli %v45, %v343 : i64
                %v2205 = arith.addi %v2203, %v2204 : i64
                %v2206 = arith.muli %v43, %v2 : i64
                %v2207 = arith.addi %v2205, %v2206 : i64
                %v2208 = llvm.getelementptr %dy_o[%v2207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2209 = llvm.load %v2208 : !llvm.ptr -> f32
                %v2210 = arith.mulf %v2200, %v2209 fastmath<contract> : f32
                %v2211 = llvm.load %v53 : !llvm.ptr -> f32
                %v2212 = llvm.load %v55 : !llvm.ptr -> f32
                %v2213 = arith.mulf %v2212, %v2211 fastmath<contract> : f32
                %v2214 = arith.addf %v2210, %v2213 fastmath<contract> : f32
                llvm.store %v2214, %v53 : f32, !llvm.ptr
                %v2215 = arith.constant 8 : i64
                %v2216 = arith.addi %v2215, %v33 : i64
                %v2217 = arith.muli %v2216, %v199 : i64
                %v2218 = arith.subi %v2195, %v168 : i64
                %v2219 = arith.addi %v2217, %v2218 : i64
                %v2220 = llvm.getelementptr %v64[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
                %v2222 = arith.mulf %v2221, %v2209 fastmath<contract> : f32
                %v2223 = llvm.load %v54 : !llvm.ptr -> f32
                %v2224 = llvm.load %v56 : !llvm.ptr -> f32
                %v2225 = arith.mulf %v2224, %v2223 fastmath<contract> : f32
                %v2226 = arith.addf %v2222, %v2225 fastmath<contract> : f32
                llvm.store %v2226, %v54 : f32, !llvm.ptr
                %v2227 = arith.subi %size_L, %v2 : i64
                %v2228 = arith.cmpi eq, %v2195, %v2227 : i64
                scf.if %v2228 {
                }
                %v2229 = arith.mulf %v519, %v2209 fastmath<contract> : f32
                %v2230 = arith.select %v37, %v2229, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2231, %v2232 = gpu.shuffle xor %v2230, %v945, %v319 : f32
                %v2233 = arith.addf %v2230, %v2231 fastmath<contract> : f32
                %v2234, %v2235 = gpu.shuffle xor %v2233, %v949, %v319 : f32
                %v2236 = arith.addf %v2233, %v2234 fastmath<contract> : f32
                %v2237 = arith.divui %v18, %v20 : i64
                %v2238 = arith.remui %v18, %v20 : i64
                %v2239 = arith.cmpi ult, %v2238, %v32 : i64
                %v2240 = arith.addi %v71, %v33 : i64
                %v2241 = arith.muli %v2237, %v1 : i64
                %v2242 = arith.addi %v2241, %v2240 : i64
                %v2243 = arith.muli %v2242, %v959 : i64
                %v2244 = arith.addi %v2243, %v2194 : i64
                scf.if %v2239 {
                  %v2245 = llvm.getelementptr %v58[%v2244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2236, %v2245 : f32, !llvm.ptr
                }
                %v2246 = arith.mulf %v544, %v2209 fastmath<contract> : f32
                %v2247 = arith.select %v37, %v2246, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2248, %v2249 = gpu.shuffle xor %v2247, %v945, %v319 : f32
                %v2250 = arith.addf %v2247, %v2248 fastmath<contract> : f32
                %v2251, %v2252 = gpu.shuffle xor %v2250, %v949, %v319 : f32
                %v2253 = arith.addf %v2250, %v2251 fastmath<contract> : f32
                %v2254 = arith.divui %v18, %v20 : i64
                %v2255 = arith.remui %v18, %v20 : i64
                %v2256 = arith.cmpi ult, %v2255, %v32 : i64
                %v2257 = arith.addi %v32, %v33 : i64
                %v2258 = arith.muli %v2254, %v1 : i64
                %v2259 = arith.addi %v2258, %v2257 : i64
                %v2260 = arith.muli %v2259, %v959 : i64
                %v2261 = arith.addi %v2260, %v2194 : i64
                scf.if %v2256 {
                  %v2262 = llvm.getelementptr %v58[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2253, %v2262 : f32, !llvm.ptr
                }
                %v2263 = arith.muli %v47, %v345 : i64
                %v2264 = arith.muli %v2195, %v344 : i64
                %v2265 = arith.addi %v2263, %v2264 : i64
                %v2266 = arith.muli %v45, %v343 : i64
                %v2267 = arith.addi %v2265, %v2266 : i64
                %v2268 = arith.muli %v43, %v2 : i64
                %v2269 = arith.addi %v2267, %v2268 : i64
                %v2270 = llvm.getelementptr %in_v[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2271 = llvm.load %v2270 : !llvm.ptr -> f32
                %v2272 = llvm.load %v53 : !llvm.ptr -> f32
                %v2273 = arith.mulf %v2271, %v2272 fastmath<contract> : f32
                %v2274 = arith.select %v37, %v2273, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2275, %v2276 = gpu.shuffle xor %v2274, %v945, %v319 : f32
                %v2277 = arith.addf %v2274, %v2275 fastmath<contract> : f32
                %v2278, %v2279 = gpu.shuffle xor %v2277, %v949, %v319 : f32
                %v2280 = arith.addf %v2277, %v2278 fastmath<contract> : f32
                %v2281 = arith.divui %v18, %v20 : i64
                %v2282 = arith.remui %v18, %v20 : i64
                %v2283 = arith.cmpi ult, %v2282, %v32 : i64
                %v2284 = arith.addi %v71, %v33 : i64
                %v2285 = arith.muli %v2281, %v1 : i64
                %v2286 = arith.addi %v2285, %v2284 : i64
                %v2287 = arith.muli %v2286, %v959 : i64
                %v2288 = arith.addi %v2287, %v2194 : i64
                scf.if %v2283 {
                  %v2289 = llvm.getelementptr %v60[%v2288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2280, %v2289 : f32, !llvm.ptr
                }
                %v2290 = llvm.load %v54 : !llvm.ptr -> f32
                %v2291 = arith.mulf %v2271, %v2290 fastmath<contract> : f32
                %v2292 = arith.select %v37, %v2291, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2293, %v2294 = gpu.shuffle xor %v2292, %v945, %v319 : f32
                %v2295 = arith.addf %v2292, %v2293 fastmath<contract> : f32
                %v2296, %v2297 = gpu.shuffle xor %v2295, %v949, %v319 : f32
                %v2298 = arith.addf %v2295, %v2296 fastmath<contract> : f32
                %v2299 = arith.divui %v18, %v20 : i64
                %v2300 = arith.remui %v18, %v20 : i64
                %v2301 = arith.cmpi ult, %v2300, %v32 : i64
                %v2302 = arith.addi %v32, %v33 : i64
                %v2303 = arith.muli %v2299, %v1 : i64
                %v2304 = arith.addi %v2303, %v2302 : i64
                %v2305 = arith.muli %v2304, %v959 : i64
                %v2306 = arith.addi %v2305, %v2194 : i64
                scf.if %v2301 {
                  %v2307 = llvm.getelementptr %v60[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2298, %v2307 : f32, !llvm.ptr
                }
                %v2308 = arith.muli %v33, %v199 : i64
                %v2309 = arith.subi %v2195, %v168 : i64
                %v2310 = arith.addi %v2308, %v2309 : i64
                %v2311 = llvm.getelementptr %v68[%v2310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2312 = llvm.load %v2311 : !llvm.ptr -> f32
                %v2313 = arith.negf %v2312 : f32
                %v2314 = arith.mulf %v2313, %v329 fastmath<contract> : f32
                %v2315 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2314) : (f32) -> f32
                %v2316 = arith.addf %v70, %v2315 fastmath<contract> : f32
                %v2317 = arith.divf %v70, %v2316 : f32
                %v2318 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2317) : (f32) -> f32
                %v2319 = arith.mulf %v1035, %v2318 fastmath<contract> : f32
                %v2320 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2319) : (f32) -> f32
                %v2321 = arith.mulf %v461, %v2272 fastmath<contract> : f32
                %v2322 = arith.mulf %v334, %v2321 fastmath<contract> : f32
                %v2323 = arith.mulf %v2320, %v2322 fastmath<contract> : f32
                %v2324 = arith.subf %v70, %v2317 fastmath<contract> : f32
                %v2325 = arith.mulf %v2317, %v2324 fastmath<contract> : f32
                %v2326 = arith.mulf %v2323, %v2325 fastmath<contract> : f32
                %v2327 = arith.select %v37, %v2326, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2328, %v2329 = gpu.shuffle xor %v2327, %v945, %v319 : f32
                %v2330 = arith.addf %v2327, %v2328 fastmath<contract> : f32
                %v2331, %v2332 = gpu.shuffle xor %v2330, %v949, %v319 : f32
                %v2333 = arith.addf %v2330, %v2331 fastmath<contract> : f32
                %v2334 = arith.divui %v18, %v20 : i64
                %v2335 = arith.remui %v18, %v20 : i64
                %v2336 = arith.cmpi ult, %v2335, %v32 : i64
                %v2337 = arith.addi %v71, %v33 : i64
                %v2338 = arith.muli %v2334, %v1 : i64
                %v2339 = arith.addi %v2338, %v2337 : i64
                %v2340 = arith.muli %v2339, %v959 : i64
                %v2341 = arith.addi %v2340, %v2194 : i64
                scf.if %v2336 {
                  %v2342 = llvm.getelementptr %v62[%v2341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2333, %v2342 : f32, !llvm.ptr
                }
                %v2343 = arith.constant 8 : i64
                %v2344 = arith.addi %v2343, %v33 : i64
                %v2345 = arith.muli %v2344, %v199 : i64
                %v2346 = arith.subi %v2195, %v168 : i64
                %v2347 = arith.addi %v2345, %v2346 : i64
                %v2348 = llvm.getelementptr %v68[%v2347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2349 = llvm.load %v2348 : !llvm.ptr -> f32
                %v2350 = arith.negf %v2349 : f32
                %v2351 = arith.mulf %v2350, %v329 fastmath<contract> : f32
                %v2352 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2351) : (f32) -> f32
                %v2353 = arith.addf %v70, %v2352 fastmath<contract> : f32
                %v2354 = arith.divf %v70, %v2353 : f32
                %v2355 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2354) : (f32) -> f32
                %v2356 = arith.mulf %v1035, %v2355 fastmath<contract> : f32
                %v2357 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2356) : (f32) -> f32
                %v2358 = arith.mulf %v486, %v2290 fastmath<contract> : f32
                %v2359 = arith.mulf %v334, %v2358 fastmath<contract> : f32
                %v2360 = arith.mulf %v2357, %v2359 fastmath<contract> : f32
                %v2361 = arith.subf %v70, %v2354 fastmath<contract> : f32
                %v2362 = arith.mulf %v2354, %v2361 fastmath<contract> : f32
                %v2363 = arith.mulf %v2360, %v2362 fastmath<contract> : f32
                %v2364 = arith.select %v37, %v2363, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2365, %v2366 = gpu.shuffle xor %v2364, %v945, %v319 : f32
                %v2367 = arith.addf %v2364, %v2365 fastmath<contract> : f32
                %v2368, %v2369 = gpu.shuffle xor %v2367, %v949, %v319 : f32
                %v2370 = arith.addf %v2367, %v2368 fastmath<contract> : f32
                %v2371 = arith.divui %v18, %v20 : i64
                %v2372 = arith.remui %v18, %v20 : i64
                %v2373 = arith.cmpi ult, %v2372, %v32 : i64
                %v2374 = arith.addi %v32, %v33 : i64
                %v2375 = arith.muli %v2371, %v1 : i64
                %v2376 = arith.addi %v2375, %v2374 : i64
                %v2377 = arith.muli %v2376, %v959 : i64
                %v2378 = arith.addi %v2377, %v2194 : i64
                scf.if %v2373 {
                  %v2379 = llvm.getelementptr %v62[%v2378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2370, %v2379 : f32, !llvm.ptr
                }
                %v2380 = arith.muli %v33, %v199 : i64
                %v2381 = arith.subi %v2195, %v168 : i64
                %v2382 = arith.addi %v2380, %v2381 : i64
                %v2383 = llvm.getelementptr %v66[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2384 = llvm.load %v2383 : !llvm.ptr -> f32
                %v2385 = arith.mulf %v2384, %v2272 fastmath<contract> : f32
                %v2386 = arith.constant 8 : i64
                %v2387 = arith.addi %v2386, %v33 : i64
                %v2388 = arith.muli %v2387, %v199 : i64
                %v2389 = arith.subi %v2195, %v168 : i64
                %v2390 = arith.addi %v2388, %v2389 : i64
                %v2391 = llvm.getelementptr %v66[%v2390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2392 = llvm.load %v2391 : !llvm.ptr -> f32
                %v2393 = arith.mulf %v2392, %v2290 fastmath<contract> : f32
                %v2394 = arith.addf %v2385, %v2393 fastmath<contract> : f32
                llvm.store %v2394, %v896 : f32, !llvm.ptr
                %v2395 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2317) : (f32) -> f32
                %v2396 = arith.mulf %v334, %v2395 fastmath<contract> : f32
                %v2397 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2396) : (f32) -> f32
                llvm.store %v2397, %v55 : f32, !llvm.ptr
                %v2398 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2354) : (f32) -> f32
                %v2399 = arith.mulf %v334, %v2398 fastmath<contract> : f32
                %v2400 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2399) : (f32) -> f32
                llvm.store %v2400, %v56 : f32, !llvm.ptr
              }
              %v2401 = llvm.load %v896 : !llvm.ptr -> f32
              %v2402 = arith.addi %v403, %v71 : i64
              %v2403 = arith.cmpi slt, %v2402, %v170 : i64
              %v2404 = arith.addi %v405, %v118 : i64
              llvm.store %v69, %v896 : f32, !llvm.ptr
              scf.if %v2403 {
                %v2405 = arith.addi %v168, %v2402 : i64
                %v2406 = arith.muli %v33, %v199 : i64
                %v2407 = arith.subi %v2405, %v168 : i64
                %v2408 = arith.addi %v2406, %v2407 : i64
                %v2409 = llvm.getelementptr %v64[%v2408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2410 = llvm.load %v2409 : !llvm.ptr -> f32
                %v2411 = arith.muli %v47, %v345 : i64
                %v2412 = arith.muli %v2405, %v344 : i64
                %v2413 = arith.addi %v2411, %v2412 : i64
                %v2414 = arith.muli %v45, %v343 : i64
                %v2415 = arith.addi %v2413, %v2414 : i64
                %v2416 = arith.muli %v43, %v2 : i64
                %v2417 = arith.addi %v2415, %v2416 : i64
                %v2418 = llvm.getelementptr %dy_o[%v2417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2419 = llvm.load %v2418 : !llvm.ptr -> f32
                %v2420 = arith.mulf %v2410, %v2419 fastmath<contract> : f32
                %v2421 = llvm.load %v53 : !llvm.ptr -> f32
                %v2422 = llvm.load %v55 : !llvm.ptr -> f32
                %v2423 = arith.mulf %v2422, %v2421 fastmath<contract> : f32
                %v2424 = arith.addf %v2420, %v2423 fastmath<contract> : f32
                llvm.store %v2424, %v53 : f32, !llvm.ptr
                %v2425 = arith.constant 8 : i64
                %v2426 = arith.addi %v2425, %v33 : i64
                %v2427 = arith.muli %v2426, %v199 : i64
                %v2428 = arith.subi %v2405, %v168 : i64
                %v2429 = arith.addi %v2427, %v2428 : i64
                %v2430 = llvm.getelementptr %v64[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2431 = llvm.load %v2430 : !llvm.ptr -> f32
                %v2432 = arith.mulf %v2431, %v2419 fastmath<contract> : f32
                %v2433 = llvm.load %v54 : !llvm.ptr -> f32
                %v2434 = llvm.load %v56 : !llvm.ptr -> f32
                %v2435 = arith.mulf %v2434, %v2433 fastmath<contract> : f32
                %v2436 = arith.addf %v2432, %v2435 fastmath<contract> : f32
                llvm.store %v2436, %v54 : f32, !llvm.ptr
                %v2437 = arith.subi %size_L, %v2 : i64
                %v2438 = arith.cmpi eq, %v2405, %v2437 : i64
                scf.if %v2438 {
                }
                %v2439 = arith.mulf %v461, %v2419 fastmath<contract> : f32
                %v2440 = arith.select %v37, %v2439, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2441, %v2442 = gpu.shuffle xor %v2440, %v945, %v319 : f32
                %v2443 = arith.addf %v2440, %v2441 fastmath<contract> : f32
                %v2444, %v2445 = gpu.shuffle xor %v2443, %v949, %v319 : f32
                %v2446 = arith.addf %v2443, %v2444 fastmath<contract> : f32
                %v2447 = arith.divui %v18, %v20 : i64
                %v2448 = arith.remui %v18, %v20 : i64
                %v2449 = arith.cmpi ult, %v2448, %v32 : i64
                %v2450 = arith.addi %v71, %v33 : i64
                %v2451 = arith.muli %v2447, %v1 : i64
                %v2452 = arith.addi %v2451, %v2450 : i64
                %v2453 = arith.muli %v2452, %v959 : i64
                %v2454 = arith.addi %v2453, %v2404 : i64
                scf.if %v2449 {
                  %v2455 = llvm.getelementptr %v58[%v2454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2446, %v2455 : f32, !llvm.ptr
                }
                %v2456 = arith.mulf %v486, %v2419 fastmath<contract> : f32
                %v2457 = arith.select %v37, %v2456, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2458, %v2459 = gpu.shuffle xor %v2457, %v945, %v319 : f32
                %v2460 = arith.addf %v2457, %v2458 fastmath<contract> : f32
                %v2461, %v2462 = gpu.shuffle xor %v2460, %v949, %v319 : f32
                %v2463 = arith.addf %v2460, %v2461 fastmath<contract> : f32
                %v2464 = arith.divui %v18, %v20 : i64
                %v2465 = arith.remui %v18, %v20 : i64
                %v2466 = arith.cmpi ult, %v2465, %v32 : i64
                %v2467 = arith.addi %v32, %v33 : i64
                %v2468 = arith.muli %v2464, %v1 : i64
                %v2469 = arith.addi %v2468, %v2467 : i64
                %v2470 = arith.muli %v2469, %v959 : i64
                %v2471 = arith.addi %v2470, %v2404 : i64
                scf.if %v2466 {
                  %v2472 = llvm.getelementptr %v58[%v2471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2463, %v2472 : f32, !llvm.ptr
                }
                %v2473 = arith.muli %v47, %v345 : i64
                %v2474 = arith.muli %v2405, %v344 : i64
                %v2475 = arith.addi %v2473, %v2474 : i64
                %v2476 = arith.muli %v45, %v343 : i64
                %v2477 = arith.addi %v2475, %v2476 : i64
                %v2478 = arith.muli %v43, %v2 : i64
                %v2479 = arith.addi %v2477, %v2478 : i64
                %v2480 = llvm.getelementptr %in_v[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2481 = llvm.load %v2480 : !llvm.ptr -> f32
                %v2482 = llvm.load %v53 : !llvm.ptr -> f32
                %v2483 = arith.mulf %v2481, %v2482 fastmath<contract> : f32
                %v2484 = arith.select %v37, %v2483, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2485, %v2486 = gpu.shuffle xor %v2484, %v945, %v319 : f32
                %v2487 = arith.addf %v2484, %v2485 fastmath<contract> : f32
                %v2488, %v2489 = gpu.shuffle xor %v2487, %v949, %v319 : f32
                %v2490 = arith.addf %v2487, %v2488 fastmath<contract> : f32
                %v2491 = arith.divui %v18, %v20 : i64
                %v2492 = arith.remui %v18, %v20 : i64
                %v2493 = arith.cmpi ult, %v2492, %v32 : i64
                %v2494 = arith.addi %v71, %v33 : i64
                %v2495 = arith.muli %v2491, %v1 : i64
                %v2496 = arith.addi %v2495, %v2494 : i64
                %v2497 = arith.muli %v2496, %v959 : i64
                %v2498 = arith.addi %v2497, %v2404 : i64
                scf.if %v2493 {
                  %v2499 = llvm.getelementptr %v60[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2490, %v2499 : f32, !llvm.ptr
                }
                %v2500 = llvm.load %v54 : !llvm.ptr -> f32
                %v2501 = arith.mulf %v2481, %v2500 fastmath<contract> : f32
                %v2502 = arith.select %v37, %v2501, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2503, %v2504 = gpu.shuffle xor %v2502, %v945, %v319 : f32
                %v2505 = arith.addf %v2502, %v2503 fastmath<contract> : f32
                %v2506, %v2507 = gpu.shuffle xor %v2505, %v949, %v319 : f32
                %v2508 = arith.addf %v2505, %v2506 fastmath<contract> : f32
                %v2509 = arith.divui %v18, %v20 : i64
                %v2510 = arith.remui %v18, %v20 : i64
                %v2511 = arith.cmpi ult, %v2510, %v32 : i64
                %v2512 = arith.addi %v32, %v33 : i64
                %v2513 = arith.muli %v2509, %v1 : i64
                %v2514 = arith.addi %v2513, %v2512 : i64
                %v2515 = arith.muli %v2514, %v959 : i64
                %v2516 = arith.addi %v2515, %v2404 : i64
                scf.if %v2511 {
                  %v2517 = llvm.getelementptr %v60[%v2516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2508, %v2517 : f32, !llvm.ptr
                }
                %v2518 = arith.muli %v33, %v199 : i64
                %v2519 = arith.subi %v2405, %v168 : i64
                %v2520 = arith.addi %v2518, %v2519 : i64
                %v2521 = llvm.getelementptr %v68[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2522 = llvm.load %v2521 : !llvm.ptr -> f32
                %v2523 = arith.negf %v2522 : f32
                %v2524 = arith.mulf %v2523, %v329 fastmath<contract> : f32
                %v2525 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2524) : (f32) -> f32
                %v2526 = arith.addf %v70, %v2525 fastmath<contract> : f32
                %v2527 = arith.divf %v70, %v2526 : f32
                %v2528 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2527) : (f32) -> f32
                %v2529 = arith.mulf %v1035, %v2528 fastmath<contract> : f32
                %v2530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2529) : (f32) -> f32
                %v2531 = arith.mulf %v416, %v2482 fastmath<contract> : f32
                %v2532 = arith.mulf %v334, %v2531 fastmath<contract> : f32
                %v2533 = arith.mulf %v2530, %v2532 fastmath<contract> : f32
                %v2534 = arith.subf %v70, %v2527 fastmath<contract> : f32
                %v2535 = arith.mulf %v2527, %v2534 fastmath<contract> : f32
                %v2536 = arith.mulf %v2533, %v2535 fastmath<contract> : f32
                %v2537 = arith.select %v37, %v2536, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2538, %v2539 = gpu.shuffle xor %v2537, %v945, %v319 : f32
                %v2540 = arith.addf %v2537, %v2538 fastmath<contract> : f32
                %v2541, %v2542 = gpu.shuffle xor %v2540, %v949, %v319 : f32
                %v2543 = arith.addf %v2540, %v2541 fastmath<contract> : f32
                %v2544 = arith.divui %v18, %v20 : i64
                %v2545 = arith.remui %v18, %v20 : i64
                %v2546 = arith.cmpi ult, %v2545, %v32 : i64
                %v2547 = arith.addi %v71, %v33 : i64
                %v2548 = arith.muli %v2544, %v1 : i64
                %v2549 = arith.addi %v2548, %v2547 : i64
                %v2550 = arith.muli %v2549, %v959 : i64
                %v2551 = arith.addi %v2550, %v2404 : i64
                scf.if %v2546 {
                  %v2552 = llvm.getelementptr %v62[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2543, %v2552 : f32, !llvm.ptr
                }
                %v2553 = arith.constant 8 : i64
                %v2554 = arith.addi %v2553, %v33 : i64
                %v2555 = arith.muli %v2554, %v199 : i64
                %v2556 = arith.subi %v2405, %v168 : i64
                %v2557 = arith.addi %v2555, %v2556 : i64
                %v2558 = llvm.getelementptr %v68[%v2557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2559 = llvm.load %v2558 : !llvm.ptr -> f32
                %v2560 = arith.negf %v2559 : f32
                %v2561 = arith.mulf %v2560, %v329 fastmath<contract> : f32
                %v2562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2561) : (f32) -> f32
                %v2563 = arith.addf %v70, %v2562 fastmath<contract> : f32
                %v2564 = arith.divf %v70, %v2563 : f32
                %v2565 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2564) : (f32) -> f32
                %v2566 = arith.mulf %v1035, %v2565 fastmath<contract> : f32
                %v2567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2566) : (f32) -> f32
                %v2568 = arith.mulf %v425, %v2500 fastmath<contract> : f32
                %v2569 = arith.mulf %v334, %v2568 fastmath<contract> : f32
                %v2570 = arith.mulf %v2567, %v2569 fastmath<contract> : f32
                %v2571 = arith.subf %v70, %v2564 fastmath<contract> : f32
                %v2572 = arith.mulf %v2564, %v2571 fastmath<contract> : f32
                %v2573 = arith.mulf %v2570, %v2572 fastmath<contract> : f32
                %v2574 = arith.select %v37, %v2573, %v69 : f32
                // sum over the warp's outer points: shuffles
                %v2575, %v2576 = gpu.shuffle xor %v2574, %v945, %v319 : f32
                %v2577 = arith.addf %v2574, %v2575 fastmath<contract> : f32
                %v2578, %v2579 = gpu.shuffle xor %v2577, %v949, %v319 : f32
                %v2580 = arith.addf %v2577, %v2578 fastmath<contract> : f32
                %v2581 = arith.divui %v18, %v20 : i64
                %v2582 = arith.remui %v18, %v20 : i64
                %v2583 = arith.cmpi ult, %v2582, %v32 : i64
                %v2584 = arith.addi %v32, %v33 : i64
                %v2585 = arith.muli %v2581, %v1 : i64
                %v2586 = arith.addi %v2585, %v2584 : i64
                %v2587 = arith.muli %v2586, %v959 : i64
                %v2588 = arith.addi %v2587, %v2404 : i64
                scf.if %v2583 {
                  %v2589 = llvm.getelementptr %v62[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2580, %v2589 : f32, !llvm.ptr
                }
                %v2590 = arith.muli %v33, %v199 : i64
                %v2591 = arith.subi %v2405, %v168 : i64
                %v2592 = arith.addi %v2590, %v2591 : i64
                %v2593 = llvm.getelementptr %v66[%v2592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2594 = llvm.load %v2593 : !llvm.ptr -> f32
                %v2595 = arith.mulf %v2594, %v2482 fastmath<contract> : f32
                %v2596 = arith.constant 8 : i64
                %v2597 = arith.addi %v2596, %v33 : i64
                %v2598 = arith.muli %v2597, %v199 : i64
                %v2599 = arith.subi %v2405, %v168 : i64
                %v2600 = arith.addi %v2598, %v2599 : i64
                %v2601 = llvm.getelementptr %v66[%v2600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2602 = llvm.load %v2601 : !llvm.ptr -> f32
                %v2603 = arith.mulf %v2602, %v2500 fastmath<contract> : f32
                %v2604 = arith.addf %v2595, %v2603 fastmath<contract> : f32
                llvm.store %v2604, %v896 : f32, !llvm.ptr
                %v2605 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2527) : (f32) -> f32
                %v2606 = arith.mulf %v334, %v2605 fastmath<contract> : f32
                %v2607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2606) : (f32) -> f32
                llvm.store %v2607, %v55 : f32, !llvm.ptr
                %v2608 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2564) : (f32) -> f32
                %v2609 = arith.mulf %v334, %v2608 fastmath<contract> : f32
                %v2610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2609) : (f32) -> f32
                llvm.store %v2610, %v56 : f32, !llvm.ptr
              }
              %v2611 = llvm.load %v896 : !llvm.ptr -> f32
              %v2612 = arith.select %v899, %v2611, %v2401 : f32
              %v2613 = arith.select %v899, %v2401, %v2611 : f32
              %v2614, %v2615 = gpu.shuffle xor %v2612, %v1332, %v319 : f32
              %v2616 = arith.addf %v2613, %v2614 fastmath<contract> : f32
              %v2617 = arith.select %v902, %v2616, %v2191 : f32
              %v2618 = arith.select %v902, %v2191, %v2616 : f32
              %v2619, %v2620 = gpu.shuffle xor %v2617, %v1763, %v319 : f32
              %v2621 = arith.addf %v2618, %v2619 fastmath<contract> : f32
              %v2622 = arith.select %v905, %v2621, %v1766 : f32
              %v2623 = arith.select %v905, %v1766, %v2621 : f32
              %v2625, %v2626 = gpu.shuffle xor %v2622, %v2624, %v319 : f32
              %v2627 = arith.addf %v2623, %v2625 fastmath<contract> : f32
              %v2628 = arith.addi %v403, %v33 : i64
              %v2629 = arith.cmpi slt, %v2628, %v170 : i64
              %v2630 = arith.andi %v37, %v2629 : i1
              scf.if %v2630 {
                %v2631 = arith.addi %v168, %v2628 : i64
                // the gradients of this lane's own step
                %v2632 = arith.muli %v47, %v345 : i64
                %v2633 = arith.muli %v2631, %v344 : i64
                %v2634 = arith.addi %v2632, %v2633 : i64
                %v2635 = arith.muli %v45, %v343 : i64
                %v2636 = arith.addi %v2634, %v2635 : i64
                %v2637 = arith.muli %v43, %v2 : i64
                %v2638 = arith.addi %v2636, %v2637 : i64
                %v2639 = llvm.getelementptr %dx_v[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2627, %v2639 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2644 = arith.index_cast %v18 : i64 to index
          %v2645 = arith.index_cast %v8 : i64 to index
          %v2646 = arith.index_cast %v8 : i64 to index
          scf.for %v2647 = %v2644 to %v2645 step %v2646 {
            %v2648 = arith.index_cast %v2647 : index to i64
            %v2649 = arith.remui %v2648, %v1 : i64
            %v2650 = arith.divui %v2648, %v1 : i64
            %v2651 = arith.muli %v392, %v385 : i64
            %v2652 = arith.divui %v2649, %v32 : i64
            %v2653 = arith.addi %v2651, %v2652 : i64
            %v2654 = arith.cmpi slt, %v2653, %v173 : i64
            %v2655 = arith.subi %v173, %v2 : i64
            %v2656 = arith.subi %v2655, %v2653 : i64
            %v2657 = arith.remui %v2649, %v32 : i64
            %v2658 = arith.subi %v118, %v2657 : i64
            %v2659 = arith.muli %v2656, %v32 : i64
            %v2660 = arith.addi %v2659, %v2658 : i64
            %v2661 = arith.cmpi slt, %v2660, %v170 : i64
            %v2662 = arith.andi %v2654, %v2661 : i1
            scf.if %v2662 {
              %v2663 = arith.addi %v168, %v2660 : i64
              %v2664 = arith.muli %v71, %v1 : i64
              %v2665 = arith.addi %v2664, %v2650 : i64
              %v2666 = arith.muli %v2665, %v959 : i64
              %v2667 = arith.addi %v2666, %v2649 : i64
              %v2668 = llvm.getelementptr %v58[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2669 = llvm.load %v2668 : !llvm.ptr -> f32
              %v2670 = arith.muli %v2, %v1 : i64
              %v2671 = arith.addi %v2670, %v2650 : i64
              %v2672 = arith.muli %v2671, %v959 : i64
              %v2673 = arith.addi %v2672, %v2649 : i64
              %v2674 = llvm.getelementptr %v58[%v2673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2675 = llvm.load %v2674 : !llvm.ptr -> f32
              %v2676 = arith.addf %v2669, %v2675 fastmath<contract> : f32
              %v2677 = arith.muli %v385, %v1 : i64
              %v2678 = arith.addi %v2677, %v2650 : i64
              %v2679 = arith.muli %v2678, %v959 : i64
              %v2680 = arith.addi %v2679, %v2649 : i64
              %v2681 = llvm.getelementptr %v58[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2682 = llvm.load %v2681 : !llvm.ptr -> f32
              %v2683 = arith.addf %v2676, %v2682 fastmath<contract> : f32
              %v2684 = arith.muli %v603, %v1 : i64
              %v2685 = arith.addi %v2684, %v2650 : i64
              %v2686 = arith.muli %v2685, %v959 : i64
              %v2687 = arith.addi %v2686, %v2649 : i64
              %v2688 = llvm.getelementptr %v58[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2689 = llvm.load %v2688 : !llvm.ptr -> f32
              %v2690 = arith.addf %v2683, %v2689 fastmath<contract> : f32
              %v2691 = arith.muli %v49, %v1 : i64
              %v2692 = arith.addi %v2691, %v2650 : i64
              %v2693 = arith.muli %v2692, %v959 : i64
              %v2694 = arith.addi %v2693, %v2649 : i64
              %v2695 = llvm.getelementptr %v58[%v2694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2696 = llvm.load %v2695 : !llvm.ptr -> f32
              %v2697 = arith.addf %v2690, %v2696 fastmath<contract> : f32
              %v2698 = arith.muli %v720, %v1 : i64
              %v2699 = arith.addi %v2698, %v2650 : i64
              %v2700 = arith.muli %v2699, %v959 : i64
              %v2701 = arith.addi %v2700, %v2649 : i64
              %v2702 = llvm.getelementptr %v58[%v2701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2703 = llvm.load %v2702 : !llvm.ptr -> f32
              %v2704 = arith.addf %v2697, %v2703 fastmath<contract> : f32
              %v2705 = arith.muli %v779, %v1 : i64
              %v2706 = arith.addi %v2705, %v2650 : i64
              %v2707 = arith.muli %v2706, %v959 : i64
              %v2708 = arith.addi %v2707, %v2649 : i64
              %v2709 = llvm.getelementptr %v58[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
              %v2711 = arith.addf %v2704, %v2710 fastmath<contract> : f32
              %v2712 = arith.muli %v118, %v1 : i64
              %v2713 = arith.addi %v2712, %v2650 : i64
              %v2714 = arith.muli %v2713, %v959 : i64
              %v2715 = arith.addi %v2714, %v2649 : i64
              %v2716 = llvm.getelementptr %v58[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
              %v2718 = arith.addf %v2711, %v2717 fastmath<contract> : f32
              %v2719 = arith.remui %v2650, %v1 : i64
              %v2720 = arith.divui %v2650, %v1 : i64
              %v2721 = arith.muli %v47, %v189 : i64
              %v2722 = arith.muli %v2663, %v188 : i64
              %v2723 = arith.addi %v2721, %v2722 : i64
              %v2724 = arith.muli %v45, %v187 : i64
              %v2725 = arith.addi %v2723, %v2724 : i64
              %v2726 = arith.muli %v2719, %v2 : i64
              %v2727 = arith.addi %v2725, %v2726 : i64
              %v2728 = arith.muli %v31, %v2643 : i64
              %v2729 = arith.addi %v2728, %v2727 : i64
              %v2730 = llvm.getelementptr %part_q[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2718, %v2730 : f32, !llvm.ptr
            }
          }
          %v2735 = arith.index_cast %v18 : i64 to index
          %v2736 = arith.index_cast %v8 : i64 to index
          %v2737 = arith.index_cast %v8 : i64 to index
          scf.for %v2738 = %v2735 to %v2736 step %v2737 {
            %v2739 = arith.index_cast %v2738 : index to i64
            %v2740 = arith.remui %v2739, %v1 : i64
            %v2741 = arith.divui %v2739, %v1 : i64
            %v2742 = arith.muli %v392, %v385 : i64
            %v2743 = arith.divui %v2740, %v32 : i64
            %v2744 = arith.addi %v2742, %v2743 : i64
            %v2745 = arith.cmpi slt, %v2744, %v173 : i64
            %v2746 = arith.subi %v173, %v2 : i64
            %v2747 = arith.subi %v2746, %v2744 : i64
            %v2748 = arith.remui %v2740, %v32 : i64
            %v2749 = arith.subi %v118, %v2748 : i64
            %v2750 = arith.muli %v2747, %v32 : i64
            %v2751 = arith.addi %v2750, %v2749 : i64
            %v2752 = arith.cmpi slt, %v2751, %v170 : i64
            %v2753 = arith.andi %v2745, %v2752 : i1
            scf.if %v2753 {
              %v2754 = arith.addi %v168, %v2751 : i64
              %v2755 = arith.muli %v71, %v1 : i64
              %v2756 = arith.addi %v2755, %v2741 : i64
              %v2757 = arith.muli %v2756, %v959 : i64
              %v2758 = arith.addi %v2757, %v2740 : i64
              %v2759 = llvm.getelementptr %v60[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2760 = llvm.load %v2759 : !llvm.ptr -> f32
              %v2761 = arith.muli %v2, %v1 : i64
              %v2762 = arith.addi %v2761, %v2741 : i64
              %v2763 = arith.muli %v2762, %v959 : i64
              %v2764 = arith.addi %v2763, %v2740 : i64
              %v2765 = llvm.getelementptr %v60[%v2764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2766 = llvm.load %v2765 : !llvm.ptr -> f32
              %v2767 = arith.addf %v2760, %v2766 fastmath<contract> : f32
              %v2768 = arith.muli %v385, %v1 : i64
              %v2769 = arith.addi %v2768, %v2741 : i64
              %v2770 = arith.muli %v2769, %v959 : i64
              %v2771 = arith.addi %v2770, %v2740 : i64
              %v2772 = llvm.getelementptr %v60[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2773 = llvm.load %v2772 : !llvm.ptr -> f32
              %v2774 = arith.addf %v2767, %v2773 fastmath<contract> : f32
              %v2775 = arith.muli %v603, %v1 : i64
              %v2776 = arith.addi %v2775, %v2741 : i64
              %v2777 = arith.muli %v2776, %v959 : i64
              %v2778 = arith.addi %v2777, %v2740 : i64
              %v2779 = llvm.getelementptr %v60[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2780 = llvm.load %v2779 : !llvm.ptr -> f32
              %v2781 = arith.addf %v2774, %v2780 fastmath<contract> : f32
              %v2782 = arith.muli %v49, %v1 : i64
              %v2783 = arith.addi %v2782, %v2741 : i64
              %v2784 = arith.muli %v2783, %v959 : i64
              %v2785 = arith.addi %v2784, %v2740 : i64
              %v2786 = llvm.getelementptr %v60[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
              %v2788 = arith.addf %v2781, %v2787 fastmath<contract> : f32
              %v2789 = arith.muli %v720, %v1 : i64
              %v2790 = arith.addi %v2789, %v2741 : i64
              %v2791 = arith.muli %v2790, %v959 : i64
              %v2792 = arith.addi %v2791, %v2740 : i64
              %v2793 = llvm.getelementptr %v60[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2794 = llvm.load %v2793 : !llvm.ptr -> f32
              %v2795 = arith.addf %v2788, %v2794 fastmath<contract> : f32
              %v2796 = arith.muli %v779, %v1 : i64
              %v2797 = arith.addi %v2796, %v2741 : i64
              %v2798 = arith.muli %v2797, %v959 : i64
              %v2799 = arith.addi %v2798, %v2740 : i64
              %v2800 = llvm.getelementptr %v60[%v2799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2801 = llvm.load %v2800 : !llvm.ptr -> f32
              %v2802 = arith.addf %v2795, %v2801 fastmath<contract> : f32
              %v2803 = arith.muli %v118, %v1 : i64
              %v2804 = arith.addi %v2803, %v2741 : i64
              %v2805 = arith.muli %v2804, %v959 : i64
              %v2806 = arith.addi %v2805, %v2740 : i64
              %v2807 = llvm.getelementptr %v60[%v2806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2808 = llvm.load %v2807 : !llvm.ptr -> f32
              %v2809 = arith.addf %v2802, %v2808 fastmath<contract> : f32
              %v2810 = arith.remui %v2741, %v1 : i64
              %v2811 = arith.divui %v2741, %v1 : i64
              %v2812 = arith.muli %v47, %v189 : i64
              %v2813 = arith.muli %v2754, %v188 : i64
              %v2814 = arith.addi %v2812, %v2813 : i64
              %v2815 = arith.muli %v45, %v187 : i64
              %v2816 = arith.addi %v2814, %v2815 : i64
              %v2817 = arith.muli %v2810, %v2 : i64
              %v2818 = arith.addi %v2816, %v2817 : i64
              %v2819 = arith.muli %v31, %v2734 : i64
              %v2820 = arith.addi %v2819, %v2818 : i64
              %v2821 = llvm.getelementptr %part_k[%v2820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2809, %v2821 : f32, !llvm.ptr
            }
          }
          %v2826 = arith.index_cast %v18 : i64 to index
          %v2827 = arith.index_cast %v8 : i64 to index
          %v2828 = arith.index_cast %v8 : i64 to index
          scf.for %v2829 = %v2826 to %v2827 step %v2828 {
            %v2830 = arith.index_cast %v2829 : index to i64
            %v2831 = arith.remui %v2830, %v1 : i64
            %v2832 = arith.divui %v2830, %v1 : i64
            %v2833 = arith.muli %v392, %v385 : i64
            %v2834 = arith.divui %v2831, %v32 : i64
            %v2835 = arith.addi %v2833, %v2834 : i64
            %v2836 = arith.cmpi slt, %v2835, %v173 : i64
            %v2837 = arith.subi %v173, %v2 : i64
            %v2838 = arith.subi %v2837, %v2835 : i64
            %v2839 = arith.remui %v2831, %v32 : i64
            %v2840 = arith.subi %v118, %v2839 : i64
            %v2841 = arith.muli %v2838, %v32 : i64
            %v2842 = arith.addi %v2841, %v2840 : i64
            %v2843 = arith.cmpi slt, %v2842, %v170 : i64
            %v2844 = arith.andi %v2836, %v2843 : i1
            scf.if %v2844 {
              %v2845 = arith.addi %v168, %v2842 : i64
              %v2846 = arith.muli %v71, %v1 : i64
              %v2847 = arith.addi %v2846, %v2832 : i64
              %v2848 = arith.muli %v2847, %v959 : i64
              %v2849 = arith.addi %v2848, %v2831 : i64
              %v2850 = llvm.getelementptr %v62[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2851 = llvm.load %v2850 : !llvm.ptr -> f32
              %v2852 = arith.muli %v2, %v1 : i64
              %v2853 = arith.addi %v2852, %v2832 : i64
              %v2854 = arith.muli %v2853, %v959 : i64
              %v2855 = arith.addi %v2854, %v2831 : i64
              %v2856 = llvm.getelementptr %v62[%v2855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2857 = llvm.load %v2856 : !llvm.ptr -> f32
              %v2858 = arith.addf %v2851, %v2857 fastmath<contract> : f32
              %v2859 = arith.muli %v385, %v1 : i64
              %v2860 = arith.addi %v2859, %v2832 : i64
              %v2861 = arith.muli %v2860, %v959 : i64
              %v2862 = arith.addi %v2861, %v2831 : i64
              %v2863 = llvm.getelementptr %v62[%v2862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2864 = llvm.load %v2863 : !llvm.ptr -> f32
              %v2865 = arith.addf %v2858, %v2864 fastmath<contract> : f32
              %v2866 = arith.muli %v603, %v1 : i64
              %v2867 = arith.addi %v2866, %v2832 : i64
              %v2868 = arith.muli %v2867, %v959 : i64
              %v2869 = arith.addi %v2868, %v2831 : i64
              %v2870 = llvm.getelementptr %v62[%v2869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2871 = llvm.load %v2870 : !llvm.ptr -> f32
              %v2872 = arith.addf %v2865, %v2871 fastmath<contract> : f32
              %v2873 = arith.muli %v49, %v1 : i64
              %v2874 = arith.addi %v2873, %v2832 : i64
              %v2875 = arith.muli %v2874, %v959 : i64
              %v2876 = arith.addi %v2875, %v2831 : i64
              %v2877 = llvm.getelementptr %v62[%v2876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2878 = llvm.load %v2877 : !llvm.ptr -> f32
              %v2879 = arith.addf %v2872, %v2878 fastmath<contract> : f32
              %v2880 = arith.muli %v720, %v1 : i64
              %v2881 = arith.addi %v2880, %v2832 : i64
              %v2882 = arith.muli %v2881, %v959 : i64
              %v2883 = arith.addi %v2882, %v2831 : i64
              %v2884 = llvm.getelementptr %v62[%v2883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2885 = llvm.load %v2884 : !llvm.ptr -> f32
              %v2886 = arith.addf %v2879, %v2885 fastmath<contract> : f32
              %v2887 = arith.muli %v779, %v1 : i64
              %v2888 = arith.addi %v2887, %v2832 : i64
              %v2889 = arith.muli %v2888, %v959 : i64
              %v2890 = arith.addi %v2889, %v2831 : i64
              %v2891 = llvm.getelementptr %v62[%v2890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2892 = llvm.load %v2891 : !llvm.ptr -> f32
              %v2893 = arith.addf %v2886, %v2892 fastmath<contract> : f32
              %v2894 = arith.muli %v118, %v1 : i64
              %v2895 = arith.addi %v2894, %v2832 : i64
              %v2896 = arith.muli %v2895, %v959 : i64
              %v2897 = arith.addi %v2896, %v2831 : i64
              %v2898 = llvm.getelementptr %v62[%v2897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2899 = llvm.load %v2898 : !llvm.ptr -> f32
              %v2900 = arith.addf %v2893, %v2899 fastmath<contract> : f32
              %v2901 = arith.remui %v2832, %v1 : i64
              %v2902 = arith.divui %v2832, %v1 : i64
              %v2903 = arith.muli %v47, %v189 : i64
              %v2904 = arith.muli %v2845, %v188 : i64
              %v2905 = arith.addi %v2903, %v2904 : i64
              %v2906 = arith.muli %v45, %v187 : i64
              %v2907 = arith.addi %v2905, %v2906 : i64
              %v2908 = arith.muli %v2901, %v2 : i64
              %v2909 = arith.addi %v2907, %v2908 : i64
              %v2910 = arith.muli %v31, %v2825 : i64
              %v2911 = arith.addi %v2910, %v2909 : i64
              %v2912 = llvm.getelementptr %part_g[%v2911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2900, %v2912 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2913 = arith.cmpi eq, %v28, %v71 : i64
      scf.if %v2913 {
      }
      gpu.return
    }
  }
}
