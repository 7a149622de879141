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
      %v3 = arith.muli %size_B, %size_H : i64
      %v4 = arith.muli %v3, %size_DV : i64
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
      %v20 = arith.constant 31 : i64
      %v31 = arith.constant 8 : i64
      %v48 = arith.constant 4 : i64
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.mlir.addressof @tile_gla_bwd_seg_q : !llvm.ptr<3>
      %v57 = llvm.addrspacecast %v56 : !llvm.ptr<3> to !llvm.ptr
      %v58 = llvm.mlir.addressof @tile_gla_bwd_seg_k : !llvm.ptr<3>
      %v59 = llvm.addrspacecast %v58 : !llvm.ptr<3> to !llvm.ptr
      %v60 = llvm.mlir.addressof @tile_gla_bwd_seg_g : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_gla_bwd_seg_q : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = llvm.mlir.addressof @rows_gla_bwd_seg_k : !llvm.ptr<3>
      %v65 = llvm.addrspacecast %v64 : !llvm.ptr<3> to !llvm.ptr
      %v66 = llvm.mlir.addressof @rows_gla_bwd_seg_g : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = arith.constant 0x00000000 : f32
      %v69 = arith.constant 0x3F800000 : f32
      %v70 = arith.constant 0 : i64
      %v108 = arith.constant 64 : i64
      %v109 = arith.constant 7 : i64
      %v110 = arith.constant 63 : i64
      %v165 = arith.constant 1024 : i64
      %v177 = arith.muli %v1, %size_H : i64
      %v178 = arith.muli %v177, %size_L : i64
      %v187 = arith.constant 65 : i64
      %v236 = arith.muli %size_B, %size_H : i64
      %v237 = arith.muli %v236, %v1 : i64
      %v238 = arith.muli %v237, %size_DV : i64
      %v240 = arith.muli %size_DV, %v1 : i64
      %v241 = arith.muli %v240, %size_H : i64
      %v251 = arith.muli %size_B, %size_H : i64
      %v252 = arith.muli %v251, %v1 : i64
      %v253 = arith.muli %v252, %size_DV : i64
      %v302 = arith.constant 32 : i32
      %v312 = arith.constant 0x3FB8AA3B : f32
      %v317 = arith.constant 0x3D800000 : f32
      %v326 = arith.muli %size_DV, %size_H : i64
      %v327 = arith.muli %v326, %size_L : i64
      %v366 = arith.constant 2 : i64
      %v581 = arith.constant 3 : i64
      %v696 = arith.constant 5 : i64
      %v754 = arith.constant 6 : i64
      %v869 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v884 = arith.constant 2147483647 : i64
      %v888 = arith.constant 7 : i32
      %v946 = arith.constant 0xBF700000 : f32
      %v978 = arith.constant 8 : i32
      %v982 = arith.constant 16 : i32
      %v991 = arith.constant 17 : i64
      %v1096 = arith.constant 6 : i32
      %v1302 = arith.constant 1 : i32
      %v1307 = arith.constant 5 : i32
      %v1512 = arith.constant 4 : i32
      %v1723 = arith.constant 2 : i32
      %v1728 = arith.constant 3 : i32
      %v2345 = arith.constant 0 : i32
      %v3051 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v4749 = arith.muli %size_B, %size_L : i64
      %v4750 = arith.muli %v4749, %size_H : i64
      %v4751 = arith.muli %v4750, %v1 : i64
      %v4785 = arith.constant 48 : i64
      %v4798 = arith.constant 80 : i64
      %v4805 = arith.constant 96 : i64
      %v4812 = arith.constant 112 : i64
      %v4835 = arith.muli %size_B, %size_L : i64
      %v4836 = arith.muli %v4835, %size_H : i64
      %v4837 = arith.muli %v4836, %v1 : i64
      %v4917 = arith.muli %size_B, %size_L : i64
      %v4918 = arith.muli %v4917, %size_H : i64
      %v4919 = arith.muli %v4918, %v1 : i64
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.addi %size_DV, %v20 : i64
      %v22 = arith.divui %v21, %v19 : i64
      %v23 = arith.maxsi %v22, %v2 : i64
      %v24 = arith.maxsi %size_DV, %v2 : i64
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
      %v36 = arith.cmpi slt, %v35, %size_DV : i64
      %v37 = arith.muli %v29, %size_DV : i64
      %v38 = arith.addi %v37, %v35 : i64
      %v39 = arith.subi %size_DV, %v2 : i64
      %v40 = arith.minsi %v35, %v39 : i64
      %v41 = arith.addi %v37, %v40 : i64
      %v42 = arith.remui %v41, %size_DV : i64
      %v43 = arith.divui %v41, %size_DV : i64
      %v44 = arith.remui %v43, %size_H : i64
      %v45 = arith.divui %v43, %size_H : i64
      %v46 = arith.remui %v45, %size_B : i64
      %v47 = arith.divui %v45, %size_B : i64
      %v113 = arith.trunci %v17 : i64 to i32
      %v114 = arith.constant 24 : i32
      %v115 = arith.andi %v113, %v114 : i32
      %v116 = arith.constant 0 : i32
      %v117 = arith.ori %v115, %v116 : i32
      %v118 = arith.constant 0 : i64
      %v119 = arith.cmpi eq, %v32, %v118 : i64
      %v120 = arith.constant 1 : i32
      %v121 = arith.ori %v115, %v120 : i32
      %v122 = arith.constant 1 : i64
      %v123 = arith.cmpi eq, %v32, %v122 : i64
      %v124 = arith.constant 2 : i32
      %v125 = arith.ori %v115, %v124 : i32
      %v126 = arith.constant 2 : i64
      %v127 = arith.cmpi eq, %v32, %v126 : i64
      %v128 = arith.constant 3 : i32
      %v129 = arith.ori %v115, %v128 : i32
      %v130 = arith.constant 3 : i64
      %v131 = arith.cmpi eq, %v32, %v130 : i64
      %v132 = arith.constant 4 : i32
      %v133 = arith.ori %v115, %v132 : i32
      %v134 = arith.constant 4 : i64
      %v135 = arith.cmpi eq, %v32, %v134 : i64
      %v136 = arith.constant 5 : i32
      %v137 = arith.ori %v115, %v136 : i32
      %v138 = arith.constant 5 : i64
      %v139 = arith.cmpi eq, %v32, %v138 : i64
      %v140 = arith.constant 6 : i32
      %v141 = arith.ori %v115, %v140 : i32
      %v142 = arith.constant 6 : i64
      %v143 = arith.cmpi eq, %v32, %v142 : i64
      %v144 = arith.constant 7 : i32
      %v145 = arith.ori %v115, %v144 : i32
      %v146 = arith.constant 7 : i64
      %v147 = arith.cmpi eq, %v32, %v146 : i64
      %v49 = arith.muli %v27, %v48 : i64
      %v50 = arith.addi %v49, %v48 : i64
      %v51 = arith.muli %v27, %v4 : i64
      llvm.store %v68, %v52 : f32, !llvm.ptr
      llvm.store %v68, %v53 : f32, !llvm.ptr
      llvm.store %v69, %v54 : f32, !llvm.ptr
      llvm.store %v69, %v55 : f32, !llvm.ptr
      %v71 = arith.muli %v27, %v1 : i64
      %v72 = arith.addi %v71, %v32 : i64
      %v73 = arith.muli %v72, %v4 : i64
      %v74 = arith.subi %v4, %v2 : i64
      %v75 = arith.minsi %v38, %v74 : i64
      %v76 = arith.addi %v73, %v75 : i64
      %v77 = llvm.getelementptr %segcarry_S[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v78 = llvm.load %v77 : !llvm.ptr -> f32
      llvm.store %v78, %v52 : f32, !llvm.ptr
      %v79 = arith.addi %v8, %v27 : i64
      %v80 = arith.muli %v79, %v1 : i64
      %v81 = arith.addi %v80, %v32 : i64
      %v82 = arith.muli %v81, %v4 : i64
      %v83 = arith.subi %v4, %v2 : i64
      %v84 = arith.minsi %v38, %v83 : i64
      %v85 = arith.addi %v82, %v84 : i64
      %v86 = llvm.getelementptr %segcarry_S[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      llvm.store %v87, %v54 : f32, !llvm.ptr
      %v88 = arith.addi %v31, %v32 : i64
      %v89 = arith.muli %v27, %v1 : i64
      %v90 = arith.addi %v89, %v88 : i64
      %v91 = arith.muli %v90, %v4 : i64
      %v92 = arith.subi %v4, %v2 : i64
      %v93 = arith.minsi %v38, %v92 : i64
      %v94 = arith.addi %v91, %v93 : i64
      %v95 = llvm.getelementptr %segcarry_S[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v96 = llvm.load %v95 : !llvm.ptr -> f32
      llvm.store %v96, %v53 : f32, !llvm.ptr
      %v97 = arith.addi %v31, %v32 : i64
      %v98 = arith.addi %v8, %v27 : i64
      %v99 = arith.muli %v98, %v1 : i64
      %v100 = arith.addi %v99, %v97 : i64
      %v101 = arith.muli %v100, %v4 : i64
      %v102 = arith.subi %v4, %v2 : i64
      %v103 = arith.minsi %v38, %v102 : i64
      %v104 = arith.addi %v101, %v103 : i64
      %v105 = llvm.getelementptr %segcarry_S[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v106 = llvm.load %v105 : !llvm.ptr -> f32
      llvm.store %v106, %v55 : f32, !llvm.ptr
      %v107 = arith.cmpi eq, %size_L, %v70 : i64
      scf.if %v107 {
        llvm.store %v68, %v13 : f32, !llvm.ptr
        llvm.store %v68, %v14 : f32, !llvm.ptr
      }
      %v111 = arith.addi %size_L, %v110 : i64
      %v112 = arith.divui %v111, %v108 : i64
      %v148 = arith.minsi %v50, %v112 : i64
      %v149 = arith.muli %v27, %v31 : i64
      %v150 = arith.subi %v148, %v49 : i64
      %v151 = arith.maxsi %v150, %v70 : i64
      %v152 = arith.index_cast %v70 : i64 to index
      %v153 = arith.index_cast %v151 : i64 to index
      %v154 = arith.index_cast %v2 : i64 to index
      scf.for %v155 = %v152 to %v153 step %v154 {
        %v156 = arith.index_cast %v155 : index to i64
        %v157 = arith.subi %v148, %v2 : i64
        %v158 = arith.subi %v157, %v156 : i64
        %v159 = arith.muli %v158, %v108 : i64
        %v160 = arith.subi %size_L, %v159 : i64
        %v161 = arith.minsi %v160, %v108 : i64
        %v162 = arith.addi %v161, %v109 : i64
        %v163 = arith.divui %v162, %v31 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v164 = arith.subi %size_L, %v2 : i64
        %v166 = arith.index_cast %v17 : i64 to index
        %v167 = arith.index_cast %v165 : i64 to index
        %v168 = arith.index_cast %v7 : i64 to index
        scf.for %v169 = %v166 to %v167 step %v168 {
          %v170 = arith.index_cast %v169 : index to i64
          %v171 = arith.remui %v170, %v108 : i64
          %v172 = arith.divui %v170, %v108 : i64
          %v173 = arith.addi %v159, %v171 : i64
          %v174 = arith.minsi %v173, %v164 : i64
          %v175 = arith.remui %v172, %v1 : i64
          %v176 = arith.divui %v172, %v1 : i64
          %v179 = arith.muli %v46, %v178 : i64
          %v180 = arith.muli %v174, %v177 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = arith.muli %v44, %v1 : i64
          %v183 = arith.addi %v181, %v182 : i64
          %v184 = arith.addi %v183, %v175 : i64
          %v185 = llvm.getelementptr %in_q[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v186 = llvm.load %v185 : !llvm.ptr -> f32
          %v188 = arith.muli %v172, %v187 : i64
          %v189 = arith.addi %v188, %v171 : i64
          %v190 = llvm.getelementptr %v63[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v186, %v190 : f32, !llvm.ptr
        }
        %v191 = arith.index_cast %v17 : i64 to index
        %v192 = arith.index_cast %v165 : i64 to index
        %v193 = arith.index_cast %v7 : i64 to index
        scf.for %v194 = %v191 to %v192 step %v193 {
          %v195 = arith.index_cast %v194 : index to i64
          %v196 = arith.remui %v195, %v108 : i64
          %v197 = arith.divui %v195, %v108 : i64
          %v198 = arith.addi %v159, %v196 : i64
          %v199 = arith.minsi %v198, %v164 : i64
          %v200 = arith.remui %v197, %v1 : i64
          %v201 = arith.divui %v197, %v1 : i64
          %v202 = arith.muli %v46, %v178 : i64
          %v203 = arith.muli %v199, %v177 : i64
          %v204 = arith.addi %v202, %v203 : i64
          %v205 = arith.muli %v44, %v1 : i64
          %v206 = arith.addi %v204, %v205 : i64
          %v207 = arith.addi %v206, %v200 : i64
          %v208 = llvm.getelementptr %in_k[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v209 = llvm.load %v208 : !llvm.ptr -> f32
          %v210 = arith.muli %v197, %v187 : i64
          %v211 = arith.addi %v210, %v196 : i64
          %v212 = llvm.getelementptr %v65[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v209, %v212 : f32, !llvm.ptr
        }
        %v213 = arith.index_cast %v17 : i64 to index
        %v214 = arith.index_cast %v165 : i64 to index
        %v215 = arith.index_cast %v7 : i64 to index
        scf.for %v216 = %v213 to %v214 step %v215 {
          %v217 = arith.index_cast %v216 : index to i64
          %v218 = arith.remui %v217, %v108 : i64
          %v219 = arith.divui %v217, %v108 : i64
          %v220 = arith.addi %v159, %v218 : i64
          %v221 = arith.minsi %v220, %v164 : i64
          %v222 = arith.remui %v219, %v1 : i64
          %v223 = arith.divui %v219, %v1 : i64
          %v224 = arith.muli %v46, %v178 : i64
          %v225 = arith.muli %v221, %v177 : i64
          %v226 = arith.addi %v224, %v225 : i64
          %v227 = arith.muli %v44, %v1 : i64
          %v228 = arith.addi %v226, %v227 : i64
          %v229 = arith.addi %v228, %v222 : i64
          %v230 = llvm.getelementptr %in_g[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.muli %v219, %v187 : i64
          %v233 = arith.addi %v232, %v218 : i64
          %v234 = llvm.getelementptr %v67[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v231, %v234 : f32, !llvm.ptr
        }
        gpu.barrier
        %v235 = arith.subi %v161, %v2 : i64
        %v239 = arith.muli %v158, %v238 : i64
        %v242 = arith.muli %v46, %v241 : i64
        %v243 = arith.muli %v44, %v240 : i64
        %v244 = arith.addi %v242, %v243 : i64
        %v245 = arith.muli %v32, %size_DV : i64
        %v246 = arith.addi %v244, %v245 : i64
        %v247 = arith.addi %v246, %v42 : i64
        %v248 = arith.addi %v239, %v247 : i64
        %v249 = llvm.getelementptr %ckpt_S[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v250 = llvm.load %v249 : !llvm.ptr -> f32
        llvm.store %v250, %v11 : f32, !llvm.ptr
        %v254 = arith.muli %v158, %v253 : i64
        %v255 = arith.muli %v46, %v241 : i64
        %v256 = arith.muli %v44, %v240 : i64
        %v257 = arith.addi %v255, %v256 : i64
        %v258 = arith.constant 8 : i64
        %v259 = arith.addi %v258, %v32 : i64
        %v260 = arith.muli %v259, %size_DV : i64
        %v261 = arith.addi %v257, %v260 : i64
        %v262 = arith.addi %v261, %v42 : i64
        %v263 = arith.addi %v254, %v262 : i64
        %v264 = llvm.getelementptr %ckpt_S[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v265 = llvm.load %v264 : !llvm.ptr -> f32
        llvm.store %v265, %v12 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v266 = arith.index_cast %v70 : i64 to index
        %v267 = arith.index_cast %v163 : i64 to index
        %v268 = arith.index_cast %v2 : i64 to index
        scf.for %v269 = %v266 to %v267 step %v268 {
          %v270 = arith.index_cast %v269 : index to i64
          %v271 = arith.addi %v149, %v270 : i64
          scf.if %v36 {
            %v272 = llvm.load %v11 : !llvm.ptr -> f32
            %v273 = arith.muli %v271, %v4 : i64
            %v274 = arith.subi %v4, %v2 : i64
            %v275 = arith.minsi %v38, %v274 : i64
            %v276 = arith.addi %v273, %v275 : i64
            %v277 = arith.muli %v276, %v1 : i64
            %v278 = arith.addi %v277, %v32 : i64
            %v279 = llvm.getelementptr %scratch_S[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v272, %v279 : f32, !llvm.ptr
            %v280 = llvm.load %v12 : !llvm.ptr -> f32
            %v281 = arith.muli %v271, %v4 : i64
            %v282 = arith.subi %v4, %v2 : i64
            %v283 = arith.minsi %v38, %v282 : i64
            %v284 = arith.addi %v281, %v283 : i64
            %v285 = arith.muli %v284, %v1 : i64
            %v286 = arith.addi %v285, %v31 : i64
            %v287 = arith.addi %v286, %v32 : i64
            %v288 = llvm.getelementptr %scratch_S[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v280, %v288 : f32, !llvm.ptr
          }
          %v289 = arith.muli %v270, %v31 : i64
          %v290 = arith.addi %v289, %v32 : i64
          %v291 = arith.minsi %v290, %v235 : i64
          %v292 = arith.addi %v159, %v291 : i64
          %v293 = arith.subi %v161, %v289 : i64
          %v294 = arith.trunci %v293 : i64 to i32
          %v295 = arith.index_cast %v70 : i64 to index
          %v296 = arith.index_cast %v31 : i64 to index
          %v297 = arith.index_cast %v2 : i64 to index
          scf.for %v298 = %v295 to %v296 step %v297 {
            %v299 = arith.index_cast %v298 : index to i64
            %v300 = arith.trunci %v299 : i64 to i32
            %v301 = arith.ori %v117, %v300 : i32
            %v303 = arith.addi %v289, %v299 : i64
            %v304 = arith.cmpi slt, %v300, %v294 : i32
            scf.if %v304 {
              %v305 = arith.addi %v159, %v303 : i64
              %v306 = arith.muli %v32, %v187 : i64
              %v307 = arith.subi %v305, %v159 : i64
              %v308 = arith.addi %v306, %v307 : i64
              %v309 = llvm.getelementptr %v67[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v310 = llvm.load %v309 : !llvm.ptr -> f32
              %v311 = arith.negf %v310 : f32
              %v313 = arith.mulf %v311, %v312 fastmath<contract> : f32
              %v314 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v313) : (f32) -> f32
              %v315 = arith.addf %v69, %v314 fastmath<contract> : f32
              %v316 = arith.divf %v69, %v315 : f32
              %v318 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v316) : (f32) -> f32
              %v319 = arith.mulf %v317, %v318 fastmath<contract> : f32
              %v320 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v319) : (f32) -> f32
              %v321 = arith.muli %v32, %v187 : i64
              %v322 = arith.subi %v305, %v159 : i64
              %v323 = arith.addi %v321, %v322 : i64
              %v324 = llvm.getelementptr %v65[%v323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v325 = llvm.load %v324 : !llvm.ptr -> f32
              %v328 = arith.muli %v46, %v327 : i64
              %v329 = arith.muli %v305, %v326 : i64
              %v330 = arith.addi %v328, %v329 : i64
              %v331 = arith.muli %v44, %size_DV : i64
              %v332 = arith.addi %v330, %v331 : i64
              %v333 = arith.addi %v332, %v42 : i64
              %v334 = llvm.getelementptr %in_v[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v335 = llvm.load %v334 : !llvm.ptr -> f32
              %v336 = arith.mulf %v325, %v335 fastmath<contract> : f32
              %v337 = llvm.load %v11 : !llvm.ptr -> f32
              %v338 = arith.mulf %v320, %v337 fastmath<contract> : f32
              %v339 = arith.addf %v338, %v336 fastmath<contract> : f32
              llvm.store %v339, %v11 : f32, !llvm.ptr
              %v340 = arith.constant 8 : i64
              %v341 = arith.addi %v340, %v32 : i64
              %v342 = arith.muli %v341, %v187 : i64
              %v343 = arith.subi %v305, %v159 : i64
              %v344 = arith.addi %v342, %v343 : i64
              %v345 = llvm.getelementptr %v67[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v346 = llvm.load %v345 : !llvm.ptr -> f32
              %v347 = arith.negf %v346 : f32
              %v348 = arith.mulf %v347, %v312 fastmath<contract> : f32
              %v349 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v348) : (f32) -> f32
              %v350 = arith.addf %v69, %v349 fastmath<contract> : f32
              %v351 = arith.divf %v69, %v350 : f32
              %v352 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v351) : (f32) -> f32
              %v353 = arith.mulf %v317, %v352 fastmath<contract> : f32
              %v354 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v353) : (f32) -> f32
              %v355 = arith.constant 8 : i64
              %v356 = arith.addi %v355, %v32 : i64
              %v357 = arith.muli %v356, %v187 : i64
              %v358 = arith.subi %v305, %v159 : i64
              %v359 = arith.addi %v357, %v358 : i64
              %v360 = llvm.getelementptr %v65[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v361 = llvm.load %v360 : !llvm.ptr -> f32
              %v362 = arith.mulf %v361, %v335 fastmath<contract> : f32
              %v363 = llvm.load %v12 : !llvm.ptr -> f32
              %v364 = arith.mulf %v354, %v363 fastmath<contract> : f32
              %v365 = arith.addf %v364, %v362 fastmath<contract> : f32
              llvm.store %v365, %v12 : f32, !llvm.ptr
            }
          }
        }
        %v367 = arith.addi %v163, %v2 : i64
        %v368 = arith.divui %v367, %v366 : i64
        %v369 = arith.index_cast %v70 : i64 to index
        %v370 = arith.index_cast %v368 : i64 to index
        %v371 = arith.index_cast %v2 : i64 to index
        scf.for %v372 = %v369 to %v370 step %v371 {
          %v373 = arith.index_cast %v372 : index to i64
          %v374 = arith.muli %v373, %v366 : i64
          %v375 = arith.addi %v374, %v366 : i64
          %v376 = arith.index_cast %v374 : i64 to index
          %v377 = arith.index_cast %v375 : i64 to index
          %v378 = arith.index_cast %v2 : i64 to index
          scf.for %v379 = %v376 to %v377 step %v378 {
            %v380 = arith.index_cast %v379 : index to i64
            %v381 = arith.cmpi slt, %v380, %v163 : i64
            scf.if %v381 {
              %v382 = arith.subi %v163, %v2 : i64
              %v383 = arith.subi %v382, %v380 : i64
              %v384 = arith.muli %v383, %v31 : i64
              %v385 = arith.remui %v380, %v366 : i64
              %v386 = arith.muli %v385, %v31 : i64
              %v387 = arith.addi %v149, %v383 : i64
              %v388 = arith.addi %v384, %v31 : i64
              %v389 = arith.cmpi sle, %v388, %v161 : i64
              scf.if %v389 {
                %v390 = arith.subi %v161, %v2 : i64
                %v391 = arith.muli %v387, %v4 : i64
                %v392 = arith.subi %v4, %v2 : i64
                %v393 = arith.minsi %v38, %v392 : i64
                %v394 = arith.addi %v391, %v393 : i64
                %v395 = arith.muli %v394, %v1 : i64
                %v396 = arith.addi %v395, %v32 : i64
                %v397 = llvm.getelementptr %scratch_S[%v396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v398 = llvm.load %v397 : !llvm.ptr -> f32
                %v399 = arith.muli %v387, %v4 : i64
                %v400 = arith.subi %v4, %v2 : i64
                %v401 = arith.minsi %v38, %v400 : i64
                %v402 = arith.addi %v399, %v401 : i64
                %v403 = arith.muli %v402, %v1 : i64
                %v404 = arith.addi %v403, %v31 : i64
                %v405 = arith.addi %v404, %v32 : i64
                %v406 = llvm.getelementptr %scratch_S[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v407 = llvm.load %v406 : !llvm.ptr -> f32
                %v408 = arith.addi %v384, %v32 : i64
                %v409 = arith.minsi %v408, %v390 : i64
                %v410 = arith.addi %v159, %v409 : i64
                // the group's states, recomputed into registers
                %v411 = arith.minsi %v384, %v390 : i64
                %v412 = arith.addi %v159, %v411 : i64
                %v413 = arith.muli %v32, %v187 : i64
                %v414 = arith.subi %v412, %v159 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = llvm.getelementptr %v67[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v417 = llvm.load %v416 : !llvm.ptr -> f32
                %v418 = arith.negf %v417 : f32
                %v419 = arith.mulf %v418, %v312 fastmath<contract> : f32
                %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
                %v421 = arith.addf %v69, %v420 fastmath<contract> : f32
                %v422 = arith.divf %v69, %v421 : f32
                %v423 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v422) : (f32) -> f32
                %v424 = arith.mulf %v317, %v423 fastmath<contract> : f32
                %v425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v424) : (f32) -> f32
                %v426 = arith.muli %v32, %v187 : i64
                %v427 = arith.subi %v412, %v159 : i64
                %v428 = arith.addi %v426, %v427 : i64
                %v429 = llvm.getelementptr %v65[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v430 = llvm.load %v429 : !llvm.ptr -> f32
                %v431 = arith.muli %v46, %v327 : i64
                %v432 = arith.muli %v412, %v326 : i64
                %v433 = arith.addi %v431, %v432 : i64
                %v434 = arith.muli %v44, %size_DV : i64
                %v435 = arith.addi %v433, %v434 : i64
                %v436 = arith.addi %v435, %v42 : i64
                %v437 = llvm.getelementptr %in_v[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.mulf %v430, %v438 fastmath<contract> : f32
                %v440 = arith.mulf %v425, %v398 fastmath<contract> : f32
                %v441 = arith.addf %v440, %v439 fastmath<contract> : f32
                %v442 = arith.constant 8 : i64
                %v443 = arith.addi %v442, %v32 : i64
                %v444 = arith.muli %v443, %v187 : i64
                %v445 = arith.subi %v412, %v159 : i64
                %v446 = arith.addi %v444, %v445 : i64
                %v447 = llvm.getelementptr %v67[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v448 = llvm.load %v447 : !llvm.ptr -> f32
                %v449 = arith.negf %v448 : f32
                %v450 = arith.mulf %v449, %v312 fastmath<contract> : f32
                %v451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v450) : (f32) -> f32
                %v452 = arith.addf %v69, %v451 fastmath<contract> : f32
                %v453 = arith.divf %v69, %v452 : f32
                %v454 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v453) : (f32) -> f32
                %v455 = arith.mulf %v317, %v454 fastmath<contract> : f32
                %v456 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v455) : (f32) -> f32
                %v457 = arith.constant 8 : i64
                %v458 = arith.addi %v457, %v32 : i64
                %v459 = arith.muli %v458, %v187 : i64
                %v460 = arith.subi %v412, %v159 : i64
                %v461 = arith.addi %v459, %v460 : i64
                %v462 = llvm.getelementptr %v65[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v463 = llvm.load %v462 : !llvm.ptr -> f32
                %v464 = arith.mulf %v463, %v438 fastmath<contract> : f32
                %v465 = arith.mulf %v456, %v407 fastmath<contract> : f32
                %v466 = arith.addf %v465, %v464 fastmath<contract> : f32
                %v467 = arith.addi %v384, %v2 : i64
                %v468 = arith.minsi %v467, %v390 : i64
                %v469 = arith.addi %v159, %v468 : i64
                %v470 = arith.muli %v32, %v187 : i64
                %v471 = arith.subi %v469, %v159 : i64
                %v472 = arith.addi %v470, %v471 : i64
                %v473 = llvm.getelementptr %v67[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v474 = llvm.load %v473 : !llvm.ptr -> f32
                %v475 = arith.negf %v474 : f32
                %v476 = arith.mulf %v475, %v312 fastmath<contract> : f32
                %v477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v476) : (f32) -> f32
                %v478 = arith.addf %v69, %v477 fastmath<contract> : f32
                %v479 = arith.divf %v69, %v478 : f32
                %v480 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v479) : (f32) -> f32
                %v481 = arith.mulf %v317, %v480 fastmath<contract> : f32
                %v482 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v481) : (f32) -> f32
                %v483 = arith.muli %v32, %v187 : i64
                %v484 = arith.subi %v469, %v159 : i64
                %v485 = arith.addi %v483, %v484 : i64
                %v486 = llvm.getelementptr %v65[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v487 = llvm.load %v486 : !llvm.ptr -> f32
                %v488 = arith.muli %v46, %v327 : i64
                %v489 = arith.muli %v469, %v326 : i64
                %v490 = arith.addi %v488, %v489 : i64
                %v491 = arith.muli %v44, %size_DV : i64
                %v492 = arith.addi %v490, %v491 : i64
                %v493 = arith.addi %v492, %v42 : i64
                %v494 = llvm.getelementptr %in_v[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v495 = llvm.load %v494 : !llvm.ptr -> f32
                %v496 = arith.mulf %v487, %v495 fastmath<contract> : f32
                %v497 = arith.mulf %v482, %v441 fastmath<contract> : f32
                %v498 = arith.addf %v497, %v496 fastmath<contract> : f32
                %v499 = arith.constant 8 : i64
                %v500 = arith.addi %v499, %v32 : i64
                %v501 = arith.muli %v500, %v187 : i64
                %v502 = arith.subi %v469, %v159 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = llvm.getelementptr %v67[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = arith.negf %v505 : f32
                %v507 = arith.mulf %v506, %v312 fastmath<contract> : f32
                %v508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v507) : (f32) -> f32
                %v509 = arith.addf %v69, %v508 fastmath<contract> : f32
                %v510 = arith.divf %v69, %v509 : f32
                %v511 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v510) : (f32) -> f32
                %v512 = arith.mulf %v317, %v511 fastmath<contract> : f32
                %v513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v512) : (f32) -> f32
                %v514 = arith.constant 8 : i64
                %v515 = arith.addi %v514, %v32 : i64
                %v516 = arith.muli %v515, %v187 : i64
                %v517 = arith.subi %v469, %v159 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %v65[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v520, %v495 fastmath<contract> : f32
                %v522 = arith.mulf %v513, %v466 fastmath<contract> : f32
                %v523 = arith.addf %v522, %v521 fastmath<contract> : f32
                %v524 = arith.addi %v384, %v366 : i64
                %v525 = arith.minsi %v524, %v390 : i64
                %v526 = arith.addi %v159, %v525 : i64
                %v527 = arith.muli %v32, %v187 : i64
                %v528 = arith.subi %v526, %v159 : i64
                %v529 = arith.addi %v527, %v528 : i64
                %v530 = llvm.getelementptr %v67[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v531 = llvm.load %v530 : !llvm.ptr -> f32
                %v532 = arith.negf %v531 : f32
                %v533 = arith.mulf %v532, %v312 fastmath<contract> : f32
                %v534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v533) : (f32) -> f32
                %v535 = arith.addf %v69, %v534 fastmath<contract> : f32
                %v536 = arith.divf %v69, %v535 : f32
                %v537 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v536) : (f32) -> f32
                %v538 = arith.mulf %v317, %v537 fastmath<contract> : f32
                %v539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v538) : (f32) -> f32
                %v540 = arith.muli %v32, %v187 : i64
                %v541 = arith.subi %v526, %v159 : i64
                %v542 = arith.addi %v540, %v541 : i64
                %v543 = llvm.getelementptr %v65[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v544 = llvm.load %v543 : !llvm.ptr -> f32
                %v545 = arith.muli %v46, %v327 : i64
                %v546 = arith.muli %v526, %v326 : i64
                %v547 = arith.addi %v545, %v546 : i64
                %v548 = arith.muli %v44, %size_DV : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = arith.addi %v549, %v42 : i64
                %v551 = llvm.getelementptr %in_v[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v552 = llvm.load %v551 : !llvm.ptr -> f32
                %v553 = arith.mulf %v544, %v552 fastmath<contract> : f32
                %v554 = arith.mulf %v539, %v498 fastmath<contract> : f32
                %v555 = arith.addf %v554, %v553 fastmath<contract> : f32
                %v556 = arith.constant 8 : i64
                %v557 = arith.addi %v556, %v32 : i64
                %v558 = arith.muli %v557, %v187 : i64
                %v559 = arith.subi %v526, %v159 : i64
                %v560 = arith.addi %v558, %v559 : i64
                %v561 = llvm.getelementptr %v67[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v562 = llvm.load %v561 : !llvm.ptr -> f32
                %v563 = arith.negf %v562 : f32
                %v564 = arith.mulf %v563, %v312 fastmath<contract> : f32
                %v565 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v564) : (f32) -> f32
                %v566 = arith.addf %v69, %v565 fastmath<contract> : f32
                %v567 = arith.divf %v69, %v566 : f32
                %v568 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v567) : (f32) -> f32
                %v569 = arith.mulf %v317, %v568 fastmath<contract> : f32
                %v570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v569) : (f32) -> f32
                %v571 = arith.constant 8 : i64
                %v572 = arith.addi %v571, %v32 : i64
                %v573 = arith.muli %v572, %v187 : i64
                %v574 = arith.subi %v526, %v159 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = llvm.getelementptr %v65[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.mulf %v577, %v552 fastmath<contract> : f32
                %v579 = arith.mulf %v570, %v523 fastmath<contract> : f32
                %v580 = arith.addf %v579, %v578 fastmath<contract> : f32
                %v582 = arith.addi %v384, %v581 : i64
                %v583 = arith.minsi %v582, %v390 : i64
                %v584 = arith.addi %v159, %v583 : i64
                %v585 = arith.muli %v32, %v187 : i64
                %v586 = arith.subi %v584, %v159 : i64
                %v587 = arith.addi %v585, %v586 : i64
                %v588 = llvm.getelementptr %v67[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v589 = llvm.load %v588 : !llvm.ptr -> f32
                %v590 = arith.negf %v589 : f32
                %v591 = arith.mulf %v590, %v312 fastmath<contract> : f32
                %v592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v591) : (f32) -> f32
                %v593 = arith.addf %v69, %v592 fastmath<contract> : f32
                %v594 = arith.divf %v69, %v593 : f32
                %v595 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v594) : (f32) -> f32
                %v596 = arith.mulf %v317, %v595 fastmath<contract> : f32
                %v597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v596) : (f32) -> f32
                %v598 = arith.muli %v32, %v187 : i64
                %v599 = arith.subi %v584, %v159 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = llvm.getelementptr %v65[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.muli %v46, %v327 : i64
                %v604 = arith.muli %v584, %v326 : i64
                %v605 = arith.addi %v603, %v604 : i64
                %v606 = arith.muli %v44, %size_DV : i64
                %v607 = arith.addi %v605, %v606 : i64
                %v608 = arith.addi %v607, %v42 : i64
                %v609 = llvm.getelementptr %in_v[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v610 = llvm.load %v609 : !llvm.ptr -> f32
                %v611 = arith.mulf %v602, %v610 fastmath<contract> : f32
                %v612 = arith.mulf %v597, %v555 fastmath<contract> : f32
                %v613 = arith.addf %v612, %v611 fastmath<contract> : f32
                %v614 = arith.constant 8 : i64
                %v615 = arith.addi %v614, %v32 : i64
                %v616 = arith.muli %v615, %v187 : i64
                %v617 = arith.subi %v584, %v159 : i64
                %v618 = arith.addi %v616, %v617 : i64
                %v619 = llvm.getelementptr %v67[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v620 = llvm.load %v619 : !llvm.ptr -> f32
                %v621 = arith.negf %v620 : f32
                %v622 = arith.mulf %v621, %v312 fastmath<contract> : f32
                %v623 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v622) : (f32) -> f32
                %v624 = arith.addf %v69, %v623 fastmath<contract> : f32
                %v625 = arith.divf %v69, %v624 : f32
                %v626 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v625) : (f32) -> f32
                %v627 = arith.mulf %v317, %v626 fastmath<contract> : f32
                %v628 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v627) : (f32) -> f32
                %v629 = arith.constant 8 : i64
                %v630 = arith.addi %v629, %v32 : i64
                %v631 = arith.muli %v630, %v187 : i64
                %v632 = arith.subi %v584, %v159 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = llvm.getelementptr %v65[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v635 = llvm.load %v634 : !llvm.ptr -> f32
                %v636 = arith.mulf %v635, %v610 fastmath<contract> : f32
                %v637 = arith.mulf %v628, %v580 fastmath<contract> : f32
                %v638 = arith.addf %v637, %v636 fastmath<contract> : f32
                %v639 = arith.addi %v384, %v48 : i64
                %v640 = arith.minsi %v639, %v390 : i64
                %v641 = arith.addi %v159, %v640 : i64
                %v642 = arith.muli %v32, %v187 : i64
                %v643 = arith.subi %v641, %v159 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = llvm.getelementptr %v67[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v647 = arith.negf %v646 : f32
                %v648 = arith.mulf %v647, %v312 fastmath<contract> : f32
                %v649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v648) : (f32) -> f32
                %v650 = arith.addf %v69, %v649 fastmath<contract> : f32
                %v651 = arith.divf %v69, %v650 : f32
                %v652 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v651) : (f32) -> f32
                %v653 = arith.mulf %v317, %v652 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                %v655 = arith.muli %v32, %v187 : i64
                %v656 = arith.subi %v641, %v159 : i64
                %v657 = arith.addi %v655, %v656 : i64
                %v658 = llvm.getelementptr %v65[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v659 = llvm.load %v658 : !llvm.ptr -> f32
                %v660 = arith.muli %v46, %v327 : i64
                %v661 = arith.muli %v641, %v326 : i64
                %v662 = arith.addi %v660, %v661 : i64
                %v663 = arith.muli %v44, %size_DV : i64
                %v664 = arith.addi %v662, %v663 : i64
                %v665 = arith.addi %v664, %v42 : i64
                %v666 = llvm.getelementptr %in_v[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v667 = llvm.load %v666 : !llvm.ptr -> f32
                %v668 = arith.mulf %v659, %v667 fastmath<contract> : f32
                %v669 = arith.mulf %v654, %v613 fastmath<contract> : f32
                %v670 = arith.addf %v669, %v668 fastmath<contract> : f32
                %v671 = arith.constant 8 : i64
                %v672 = arith.addi %v671, %v32 : i64
                %v673 = arith.muli %v672, %v187 : i64
                %v674 = arith.subi %v641, %v159 : i64
                %v675 = arith.addi %v673, %v674 : i64
                %v676 = llvm.getelementptr %v67[%v675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v677 = llvm.load %v676 : !llvm.ptr -> f32
                %v678 = arith.negf %v677 : f32
                %v679 = arith.mulf %v678, %v312 fastmath<contract> : f32
                %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
                %v681 = arith.addf %v69, %v680 fastmath<contract> : f32
                %v682 = arith.divf %v69, %v681 : f32
                %v683 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v682) : (f32) -> f32
                %v684 = arith.mulf %v317, %v683 fastmath<contract> : f32
                %v685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v684) : (f32) -> f32
                %v686 = arith.constant 8 : i64
                %v687 = arith.addi %v686, %v32 : i64
                %v688 = arith.muli %v687, %v187 : i64
                %v689 = arith.subi %v641, %v159 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = llvm.getelementptr %v65[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v692 = llvm.load %v691 : !llvm.ptr -> f32
                %v693 = arith.mulf %v692, %v667 fastmath<contract> : f32
                %v694 = arith.mulf %v685, %v638 fastmath<contract> : f32
                %v695 = arith.addf %v694, %v693 fastmath<contract> : f32
                %v697 = arith.addi %v384, %v696 : i64
                %v698 = arith.minsi %v697, %v390 : i64
                %v699 = arith.addi %v159, %v698 : i64
                %v700 = arith.muli %v32, %v187 : i64
                %v701 = arith.subi %v699, %v159 : i64
                %v702 = arith.addi %v700, %v701 : i64
                %v703 = llvm.getelementptr %v67[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v704 = llvm.load %v703 : !llvm.ptr -> f32
                %v705 = arith.negf %v704 : f32
                %v706 = arith.mulf %v705, %v312 fastmath<contract> : f32
                %v707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v706) : (f32) -> f32
                %v708 = arith.addf %v69, %v707 fastmath<contract> : f32
                %v709 = arith.divf %v69, %v708 : f32
                %v710 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v709) : (f32) -> f32
                %v711 = arith.mulf %v317, %v710 fastmath<contract> : f32
                %v712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v711) : (f32) -> f32
                %v713 = arith.muli %v32, %v187 : i64
                %v714 = arith.subi %v699, %v159 : i64
                %v715 = arith.addi %v713, %v714 : i64
                %v716 = llvm.getelementptr %v65[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v717 = llvm.load %v716 : !llvm.ptr -> f32
                %v718 = arith.muli %v46, %v327 : i64
                %v719 = arith.muli %v699, %v326 : i64
                %v720 = arith.addi %v718, %v719 : i64
                %v721 = arith.muli %v44, %size_DV : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = arith.addi %v722, %v42 : i64
                %v724 = llvm.getelementptr %in_v[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v725 = llvm.load %v724 : !llvm.ptr -> f32
                %v726 = arith.mulf %v717, %v725 fastmath<contract> : f32
                %v727 = arith.mulf %v712, %v670 fastmath<contract> : f32
                %v728 = arith.addf %v727, %v726 fastmath<contract> : f32
                %v729 = arith.constant 8 : i64
                %v730 = arith.addi %v729, %v32 : i64
                %v731 = arith.muli %v730, %v187 : i64
                %v732 = arith.subi %v699, %v159 : i64
                %v733 = arith.addi %v731, %v732 : i64
                %v734 = llvm.getelementptr %v67[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v735 = llvm.load %v734 : !llvm.ptr -> f32
                %v736 = arith.negf %v735 : f32
                %v737 = arith.mulf %v736, %v312 fastmath<contract> : f32
                %v738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v737) : (f32) -> f32
                %v739 = arith.addf %v69, %v738 fastmath<contract> : f32
                %v740 = arith.divf %v69, %v739 : f32
                %v741 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v740) : (f32) -> f32
                %v742 = arith.mulf %v317, %v741 fastmath<contract> : f32
                %v743 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v742) : (f32) -> f32
                %v744 = arith.constant 8 : i64
                %v745 = arith.addi %v744, %v32 : i64
                %v746 = arith.muli %v745, %v187 : i64
                %v747 = arith.subi %v699, %v159 : i64
                %v748 = arith.addi %v746, %v747 : i64
                %v749 = llvm.getelementptr %v65[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v750 = llvm.load %v749 : !llvm.ptr -> f32
                %v751 = arith.mulf %v750, %v725 fastmath<contract> : f32
                %v752 = arith.mulf %v743, %v695 fastmath<contract> : f32
                %v753 = arith.addf %v752, %v751 fastmath<contract> : f32
                %v755 = arith.addi %v384, %v754 : i64
                %v756 = arith.minsi %v755, %v390 : i64
                %v757 = arith.addi %v159, %v756 : i64
                %v758 = arith.muli %v32, %v187 : i64
                %v759 = arith.subi %v757, %v159 : i64
                %v760 = arith.addi %v758, %v759 : i64
                %v761 = llvm.getelementptr %v67[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v762 = llvm.load %v761 : !llvm.ptr -> f32
                %v763 = arith.negf %v762 : f32
                %v764 = arith.mulf %v763, %v312 fastmath<contract> : f32
                %v765 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v764) : (f32) -> f32
                %v766 = arith.addf %v69, %v765 fastmath<contract> : f32
                %v767 = arith.divf %v69, %v766 : f32
                %v768 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v767) : (f32) -> f32
                %v769 = arith.mulf %v317, %v768 fastmath<contract> : f32
                %v770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v769) : (f32) -> f32
                %v771 = arith.muli %v32, %v187 : i64
                %v772 = arith.subi %v757, %v159 : i64
                %v773 = arith.addi %v771, %v772 : i64
                %v774 = llvm.getelementptr %v65[%v773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v775 = llvm.load %v774 : !llvm.ptr -> f32
                %v776 = arith.muli %v46, %v327 : i64
                %v777 = arith.muli %v757, %v326 : i64
                %v778 = arith.addi %v776, %v777 : i64
                %v779 = arith.muli %v44, %size_DV : i64
                %v780 = arith.addi %v778, %v779 : i64
                %v781 = arith.addi %v780, %v42 : i64
                %v782 = llvm.getelementptr %in_v[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v783 = llvm.load %v782 : !llvm.ptr -> f32
                %v784 = arith.mulf %v775, %v783 fastmath<contract> : f32
                %v785 = arith.mulf %v770, %v728 fastmath<contract> : f32
                %v786 = arith.addf %v785, %v784 fastmath<contract> : f32
                %v787 = arith.constant 8 : i64
                %v788 = arith.addi %v787, %v32 : i64
                %v789 = arith.muli %v788, %v187 : i64
                %v790 = arith.subi %v757, %v159 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = llvm.getelementptr %v67[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v793 = llvm.load %v792 : !llvm.ptr -> f32
                %v794 = arith.negf %v793 : f32
                %v795 = arith.mulf %v794, %v312 fastmath<contract> : f32
                %v796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v795) : (f32) -> f32
                %v797 = arith.addf %v69, %v796 fastmath<contract> : f32
                %v798 = arith.divf %v69, %v797 : f32
                %v799 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v798) : (f32) -> f32
                %v800 = arith.mulf %v317, %v799 fastmath<contract> : f32
                %v801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v800) : (f32) -> f32
                %v802 = arith.constant 8 : i64
                %v803 = arith.addi %v802, %v32 : i64
                %v804 = arith.muli %v803, %v187 : i64
                %v805 = arith.subi %v757, %v159 : i64
                %v806 = arith.addi %v804, %v805 : i64
                %v807 = llvm.getelementptr %v65[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v808 = llvm.load %v807 : !llvm.ptr -> f32
                %v809 = arith.mulf %v808, %v783 fastmath<contract> : f32
                %v810 = arith.mulf %v801, %v753 fastmath<contract> : f32
                %v811 = arith.addf %v810, %v809 fastmath<contract> : f32
                %v812 = arith.addi %v384, %v109 : i64
                %v813 = arith.minsi %v812, %v390 : i64
                %v814 = arith.addi %v159, %v813 : i64
                %v815 = arith.muli %v32, %v187 : i64
                %v816 = arith.subi %v814, %v159 : i64
                %v817 = arith.addi %v815, %v816 : i64
                %v818 = llvm.getelementptr %v67[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v819 = llvm.load %v818 : !llvm.ptr -> f32
                %v820 = arith.negf %v819 : f32
                %v821 = arith.mulf %v820, %v312 fastmath<contract> : f32
                %v822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v821) : (f32) -> f32
                %v823 = arith.addf %v69, %v822 fastmath<contract> : f32
                %v824 = arith.divf %v69, %v823 : f32
                %v825 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v824) : (f32) -> f32
                %v826 = arith.mulf %v317, %v825 fastmath<contract> : f32
                %v827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v826) : (f32) -> f32
                %v828 = arith.muli %v32, %v187 : i64
                %v829 = arith.subi %v814, %v159 : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = llvm.getelementptr %v65[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v832 = llvm.load %v831 : !llvm.ptr -> f32
                %v833 = arith.muli %v46, %v327 : i64
                %v834 = arith.muli %v814, %v326 : i64
                %v835 = arith.addi %v833, %v834 : i64
                %v836 = arith.muli %v44, %size_DV : i64
                %v837 = arith.addi %v835, %v836 : i64
                %v838 = arith.addi %v837, %v42 : i64
                %v839 = llvm.getelementptr %in_v[%v838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v840 = llvm.load %v839 : !llvm.ptr -> f32
                %v841 = arith.mulf %v832, %v840 fastmath<contract> : f32
                %v842 = arith.mulf %v827, %v786 fastmath<contract> : f32
                %v843 = arith.addf %v842, %v841 fastmath<contract> : f32
                %v844 = arith.constant 8 : i64
                %v845 = arith.addi %v844, %v32 : i64
                %v846 = arith.muli %v845, %v187 : i64
                %v847 = arith.subi %v814, %v159 : i64
                %v848 = arith.addi %v846, %v847 : i64
                %v849 = llvm.getelementptr %v67[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v850 = llvm.load %v849 : !llvm.ptr -> f32
                %v851 = arith.negf %v850 : f32
                %v852 = arith.mulf %v851, %v312 fastmath<contract> : f32
                %v853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v852) : (f32) -> f32
                %v854 = arith.addf %v69, %v853 fastmath<contract> : f32
                %v855 = arith.divf %v69, %v854 : f32
                %v856 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v855) : (f32) -> f32
                %v857 = arith.mulf %v317, %v856 fastmath<contract> : f32
                %v858 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v857) : (f32) -> f32
                %v859 = arith.constant 8 : i64
                %v860 = arith.addi %v859, %v32 : i64
                %v861 = arith.muli %v860, %v187 : i64
                %v862 = arith.subi %v814, %v159 : i64
                %v863 = arith.addi %v861, %v862 : i64
                %v864 = llvm.getelementptr %v65[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v865 = llvm.load %v864 : !llvm.ptr -> f32
                %v866 = arith.mulf %v865, %v840 fastmath<contract> : f32
                %v867 = arith.mulf %v858, %v811 fastmath<contract> : f32
                %v868 = arith.addf %v867, %v866 fastmath<contract> : f32
                %v870 = arith.shrui %v32, %v70 : i64
                %v871 = arith.andi %v870, %v2 : i64
                %v872 = arith.cmpi ne, %v871, %v70 : i64
                %v873 = arith.shrui %v32, %v2 : i64
                %v874 = arith.andi %v873, %v2 : i64
                %v875 = arith.cmpi ne, %v874, %v70 : i64
                %v876 = arith.shrui %v32, %v366 : i64
                %v877 = arith.andi %v876, %v2 : i64
                %v878 = arith.cmpi ne, %v877, %v70 : i64
                %v879 = arith.subi %v161, %v384 : i64
                %v880 = arith.trunci %v879 : i64 to i32
                %v881 = arith.subi %size_L, %v2 : i64
                %v882 = arith.addi %v159, %v384 : i64
                %v883 = arith.subi %v881, %v882 : i64
                %v885 = arith.minsi %v883, %v884 : i64
                %v886 = arith.trunci %v885 : i64 to i32
                %v887 = arith.addi %v384, %v109 : i64
                %v889 = arith.cmpi slt, %v888, %v880 : i32
                %v890 = arith.cmpi eq, %v888, %v886 : i32
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v891 = arith.addi %v159, %v887 : i64
                %v892 = arith.muli %v32, %v187 : i64
                %v893 = arith.subi %v891, %v159 : i64
                %v894 = arith.addi %v892, %v893 : i64
                %v895 = llvm.getelementptr %v63[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v896 = llvm.load %v895 : !llvm.ptr -> f32
                %v897 = arith.muli %v46, %v327 : i64
                %v898 = arith.muli %v891, %v326 : i64
                %v899 = arith.addi %v897, %v898 : i64
                %v900 = arith.muli %v44, %size_DV : i64
                %v901 = arith.addi %v899, %v900 : i64
                %v902 = arith.addi %v901, %v42 : i64
                %v903 = llvm.getelementptr %dy_o[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v904 = llvm.load %v903 : !llvm.ptr -> f32
                %v905 = arith.mulf %v896, %v904 fastmath<contract> : f32
                %v906 = llvm.load %v52 : !llvm.ptr -> f32
                %v907 = llvm.load %v54 : !llvm.ptr -> f32
                %v908 = arith.mulf %v907, %v906 fastmath<contract> : f32
                %v909 = arith.addf %v905, %v908 fastmath<contract> : f32
                llvm.store %v909, %v52 : f32, !llvm.ptr
                %v910 = arith.constant 8 : i64
                %v911 = arith.addi %v910, %v32 : i64
                %v912 = arith.muli %v911, %v187 : i64
                %v913 = arith.subi %v891, %v159 : i64
                %v914 = arith.addi %v912, %v913 : i64
                %v915 = llvm.getelementptr %v63[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v916 = llvm.load %v915 : !llvm.ptr -> f32
                %v917 = arith.mulf %v916, %v904 fastmath<contract> : f32
                %v918 = llvm.load %v53 : !llvm.ptr -> f32
                %v919 = llvm.load %v55 : !llvm.ptr -> f32
                %v920 = arith.mulf %v919, %v918 fastmath<contract> : f32
                %v921 = arith.addf %v917, %v920 fastmath<contract> : f32
                llvm.store %v921, %v53 : f32, !llvm.ptr
                scf.if %v890 {
                }
                %v922 = arith.mulf %v843, %v904 fastmath<contract> : f32
                %v923 = arith.mulf %v868, %v904 fastmath<contract> : f32
                %v924 = arith.muli %v46, %v327 : i64
                %v925 = arith.muli %v891, %v326 : i64
                %v926 = arith.addi %v924, %v925 : i64
                %v927 = arith.muli %v44, %size_DV : i64
                %v928 = arith.addi %v926, %v927 : i64
                %v929 = arith.addi %v928, %v42 : i64
                %v930 = llvm.getelementptr %in_v[%v929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v931 = llvm.load %v930 : !llvm.ptr -> f32
                %v932 = llvm.load %v52 : !llvm.ptr -> f32
                %v933 = arith.mulf %v931, %v932 fastmath<contract> : f32
                %v934 = llvm.load %v53 : !llvm.ptr -> f32
                %v935 = arith.mulf %v931, %v934 fastmath<contract> : f32
                %v936 = arith.muli %v32, %v187 : i64
                %v937 = arith.subi %v891, %v159 : i64
                %v938 = arith.addi %v936, %v937 : i64
                %v939 = llvm.getelementptr %v67[%v938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v940 = llvm.load %v939 : !llvm.ptr -> f32
                %v941 = arith.negf %v940 : f32
                %v942 = arith.mulf %v941, %v312 fastmath<contract> : f32
                %v943 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v942) : (f32) -> f32
                %v944 = arith.addf %v69, %v943 fastmath<contract> : f32
                %v945 = arith.divf %v69, %v944 : f32
                %v947 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v945) : (f32) -> f32
                %v948 = arith.mulf %v946, %v947 fastmath<contract> : f32
                %v949 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v948) : (f32) -> f32
                %v950 = arith.mulf %v786, %v932 fastmath<contract> : f32
                %v951 = arith.mulf %v317, %v950 fastmath<contract> : f32
                %v952 = arith.mulf %v949, %v951 fastmath<contract> : f32
                %v953 = arith.subf %v69, %v945 fastmath<contract> : f32
                %v954 = arith.mulf %v945, %v953 fastmath<contract> : f32
                %v955 = arith.mulf %v952, %v954 fastmath<contract> : f32
                %v956 = arith.constant 8 : i64
                %v957 = arith.addi %v956, %v32 : i64
                %v958 = arith.muli %v957, %v187 : i64
                %v959 = arith.subi %v891, %v159 : i64
                %v960 = arith.addi %v958, %v959 : i64
                %v961 = llvm.getelementptr %v67[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v962 = llvm.load %v961 : !llvm.ptr -> f32
                %v963 = arith.negf %v962 : f32
                %v964 = arith.mulf %v963, %v312 fastmath<contract> : f32
                %v965 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v964) : (f32) -> f32
                %v966 = arith.addf %v69, %v965 fastmath<contract> : f32
                %v967 = arith.divf %v69, %v966 : f32
                %v968 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v967) : (f32) -> f32
                %v969 = arith.mulf %v946, %v968 fastmath<contract> : f32
                %v970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v969) : (f32) -> f32
                %v971 = arith.mulf %v811, %v934 fastmath<contract> : f32
                %v972 = arith.mulf %v317, %v971 fastmath<contract> : f32
                %v973 = arith.mulf %v970, %v972 fastmath<contract> : f32
                %v974 = arith.subf %v69, %v967 fastmath<contract> : f32
                %v975 = arith.mulf %v967, %v974 fastmath<contract> : f32
                %v976 = arith.mulf %v973, %v975 fastmath<contract> : f32
                %v977 = arith.select %v36, %v922, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v979, %v980 = gpu.shuffle xor %v977, %v978, %v302 : f32
                %v981 = arith.addf %v977, %v979 fastmath<contract> : f32
                %v983, %v984 = gpu.shuffle xor %v981, %v982, %v302 : f32
                %v985 = arith.addf %v981, %v983 fastmath<contract> : f32
                %v986 = arith.divui %v17, %v19 : i64
                %v987 = arith.remui %v17, %v19 : i64
                %v988 = arith.cmpi ult, %v987, %v31 : i64
                %v989 = arith.muli %v986, %v1 : i64
                %v990 = arith.addi %v989, %v32 : i64
                %v992 = arith.muli %v990, %v991 : i64
                %v993 = arith.addi %v992, %v386 : i64
                scf.if %v988 {
                  %v994 = llvm.getelementptr %v57[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v985, %v994 : f32, !llvm.ptr
                }
                %v995 = arith.select %v36, %v923, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v996, %v997 = gpu.shuffle xor %v995, %v978, %v302 : f32
                %v998 = arith.addf %v995, %v996 fastmath<contract> : f32
                %v999, %v1000 = gpu.shuffle xor %v998, %v982, %v302 : f32
                %v1001 = arith.addf %v998, %v999 fastmath<contract> : f32
                %v1002 = arith.divui %v17, %v19 : i64
                %v1003 = arith.remui %v17, %v19 : i64
                %v1004 = arith.cmpi ult, %v1003, %v31 : i64
                %v1005 = arith.addi %v31, %v32 : i64
                %v1006 = arith.muli %v1002, %v1 : i64
                %v1007 = arith.addi %v1006, %v1005 : i64
                %v1008 = arith.muli %v1007, %v991 : i64
                %v1009 = arith.addi %v1008, %v386 : i64
                scf.if %v1004 {
                  %v1010 = llvm.getelementptr %v57[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1001, %v1010 : f32, !llvm.ptr
                }
                %v1011 = arith.select %v36, %v933, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1012, %v1013 = gpu.shuffle xor %v1011, %v978, %v302 : f32
                %v1014 = arith.addf %v1011, %v1012 fastmath<contract> : f32
                %v1015, %v1016 = gpu.shuffle xor %v1014, %v982, %v302 : f32
                %v1017 = arith.addf %v1014, %v1015 fastmath<contract> : f32
                %v1018 = arith.divui %v17, %v19 : i64
                %v1019 = arith.remui %v17, %v19 : i64
                %v1020 = arith.cmpi ult, %v1019, %v31 : i64
                %v1021 = arith.muli %v1018, %v1 : i64
                %v1022 = arith.addi %v1021, %v32 : i64
                %v1023 = arith.muli %v1022, %v991 : i64
                %v1024 = arith.addi %v1023, %v386 : i64
                scf.if %v1020 {
                  %v1025 = llvm.getelementptr %v59[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1017, %v1025 : f32, !llvm.ptr
                }
                %v1026 = arith.select %v36, %v935, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1027, %v1028 = gpu.shuffle xor %v1026, %v978, %v302 : f32
                %v1029 = arith.addf %v1026, %v1027 fastmath<contract> : f32
                %v1030, %v1031 = gpu.shuffle xor %v1029, %v982, %v302 : f32
                %v1032 = arith.addf %v1029, %v1030 fastmath<contract> : f32
                %v1033 = arith.divui %v17, %v19 : i64
                %v1034 = arith.remui %v17, %v19 : i64
                %v1035 = arith.cmpi ult, %v1034, %v31 : i64
                %v1036 = arith.addi %v31, %v32 : i64
                %v1037 = arith.muli %v1033, %v1 : i64
                %v1038 = arith.addi %v1037, %v1036 : i64
                %v1039 = arith.muli %v1038, %v991 : i64
                %v1040 = arith.addi %v1039, %v386 : i64
                scf.if %v1035 {
                  %v1041 = llvm.getelementptr %v59[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1032, %v1041 : f32, !llvm.ptr
                }
                %v1042 = arith.select %v36, %v955, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1043, %v1044 = gpu.shuffle xor %v1042, %v978, %v302 : f32
                %v1045 = arith.addf %v1042, %v1043 fastmath<contract> : f32
                %v1046, %v1047 = gpu.shuffle xor %v1045, %v982, %v302 : f32
                %v1048 = arith.addf %v1045, %v1046 fastmath<contract> : f32
                %v1049 = arith.divui %v17, %v19 : i64
                %v1050 = arith.remui %v17, %v19 : i64
                %v1051 = arith.cmpi ult, %v1050, %v31 : i64
                %v1052 = arith.muli %v1049, %v1 : i64
                %v1053 = arith.addi %v1052, %v32 : i64
                %v1054 = arith.muli %v1053, %v991 : i64
                %v1055 = arith.addi %v1054, %v386 : i64
                scf.if %v1051 {
                  %v1056 = llvm.getelementptr %v61[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1048, %v1056 : f32, !llvm.ptr
                }
                %v1057 = arith.select %v36, %v976, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1058, %v1059 = gpu.shuffle xor %v1057, %v978, %v302 : f32
                %v1060 = arith.addf %v1057, %v1058 fastmath<contract> : f32
                %v1061, %v1062 = gpu.shuffle xor %v1060, %v982, %v302 : f32
                %v1063 = arith.addf %v1060, %v1061 fastmath<contract> : f32
                %v1064 = arith.divui %v17, %v19 : i64
                %v1065 = arith.remui %v17, %v19 : i64
                %v1066 = arith.cmpi ult, %v1065, %v31 : i64
                %v1067 = arith.addi %v31, %v32 : i64
                %v1068 = arith.muli %v1064, %v1 : i64
                %v1069 = arith.addi %v1068, %v1067 : i64
                %v1070 = arith.muli %v1069, %v991 : i64
                %v1071 = arith.addi %v1070, %v386 : i64
                scf.if %v1066 {
                  %v1072 = llvm.getelementptr %v61[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1063, %v1072 : f32, !llvm.ptr
                }
                %v1073 = arith.muli %v32, %v187 : i64
                %v1074 = arith.subi %v891, %v159 : i64
                %v1075 = arith.addi %v1073, %v1074 : i64
                %v1076 = llvm.getelementptr %v65[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
                %v1078 = arith.mulf %v1077, %v932 fastmath<contract> : f32
                %v1079 = arith.constant 8 : i64
                %v1080 = arith.addi %v1079, %v32 : i64
                %v1081 = arith.muli %v1080, %v187 : i64
                %v1082 = arith.subi %v891, %v159 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = llvm.getelementptr %v65[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                %v1086 = arith.mulf %v1085, %v934 fastmath<contract> : f32
                %v1087 = arith.addf %v1078, %v1086 fastmath<contract> : f32
                llvm.store %v1087, %v869 : f32, !llvm.ptr
                %v1088 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v945) : (f32) -> f32
                %v1089 = arith.mulf %v317, %v1088 fastmath<contract> : f32
                %v1090 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1089) : (f32) -> f32
                llvm.store %v1090, %v54 : f32, !llvm.ptr
                %v1091 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v967) : (f32) -> f32
                %v1092 = arith.mulf %v317, %v1091 fastmath<contract> : f32
                %v1093 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1092) : (f32) -> f32
                llvm.store %v1093, %v55 : f32, !llvm.ptr
                %v1094 = llvm.load %v869 : !llvm.ptr -> f32
                %v1095 = arith.addi %v384, %v754 : i64
                %v1097 = arith.cmpi slt, %v1096, %v880 : i32
                %v1098 = arith.cmpi eq, %v1096, %v886 : i32
                %v1099 = arith.addi %v386, %v2 : i64
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v1100 = arith.addi %v159, %v1095 : i64
                %v1101 = arith.muli %v32, %v187 : i64
                %v1102 = arith.subi %v1100, %v159 : i64
                %v1103 = arith.addi %v1101, %v1102 : i64
                %v1104 = llvm.getelementptr %v63[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                %v1106 = arith.muli %v46, %v327 : i64
                %v1107 = arith.muli %v1100, %v326 : i64
                %v1108 = arith.addi %v1106, %v1107 : i64
                %v1109 = arith.muli %v44, %size_DV : i64
                %v1110 = arith.addi %v1108, %v1109 : i64
                %v1111 = arith.addi %v1110, %v42 : i64
                %v1112 = llvm.getelementptr %dy_o[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                %v1114 = arith.mulf %v1105, %v1113 fastmath<contract> : f32
                %v1115 = llvm.load %v52 : !llvm.ptr -> f32
                %v1116 = llvm.load %v54 : !llvm.ptr -> f32
                %v1117 = arith.mulf %v1116, %v1115 fastmath<contract> : f32
                %v1118 = arith.addf %v1114, %v1117 fastmath<contract> : f32
                llvm.store %v1118, %v52 : f32, !llvm.ptr
                %v1119 = arith.constant 8 : i64
                %v1120 = arith.addi %v1119, %v32 : i64
                %v1121 = arith.muli %v1120, %v187 : i64
                %v1122 = arith.subi %v1100, %v159 : i64
                %v1123 = arith.addi %v1121, %v1122 : i64
                %v1124 = llvm.getelementptr %v63[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
                %v1126 = arith.mulf %v1125, %v1113 fastmath<contract> : f32
                %v1127 = llvm.load %v53 : !llvm.ptr -> f32
                %v1128 = llvm.load %v55 : !llvm.ptr -> f32
                %v1129 = arith.mulf %v1128, %v1127 fastmath<contract> : f32
                %v1130 = arith.addf %v1126, %v1129 fastmath<contract> : f32
                llvm.store %v1130, %v53 : f32, !llvm.ptr
                scf.if %v1098 {
                }
                %v1131 = arith.mulf %v786, %v1113 fastmath<contract> : f32
                %v1132 = arith.mulf %v811, %v1113 fastmath<contract> : f32
                %v1133 = arith.muli %v46, %v327 : i64
                %v1134 = arith.muli %v1100, %v326 : i64
                %v1135 = arith.addi %v1133, %v1134 : i64
                %v1136 = arith.muli %v44, %size_DV : i64
                %v1137 = arith.addi %v1135, %v1136 : i64
                %v1138 = arith.addi %v1137, %v42 : i64
                %v1139 = llvm.getelementptr %in_v[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                %v1141 = llvm.load %v52 : !llvm.ptr -> f32
                %v1142 = arith.mulf %v1140, %v1141 fastmath<contract> : f32
                %v1143 = llvm.load %v53 : !llvm.ptr -> f32
                %v1144 = arith.mulf %v1140, %v1143 fastmath<contract> : f32
                %v1145 = arith.muli %v32, %v187 : i64
                %v1146 = arith.subi %v1100, %v159 : i64
                %v1147 = arith.addi %v1145, %v1146 : i64
                %v1148 = llvm.getelementptr %v67[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.negf %v1149 : f32
                %v1151 = arith.mulf %v1150, %v312 fastmath<contract> : f32
                %v1152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1151) : (f32) -> f32
                %v1153 = arith.addf %v69, %v1152 fastmath<contract> : f32
                %v1154 = arith.divf %v69, %v1153 : f32
                %v1155 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1154) : (f32) -> f32
                %v1156 = arith.mulf %v946, %v1155 fastmath<contract> : f32
                %v1157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1156) : (f32) -> f32
                %v1158 = arith.mulf %v728, %v1141 fastmath<contract> : f32
                %v1159 = arith.mulf %v317, %v1158 fastmath<contract> : f32
                %v1160 = arith.mulf %v1157, %v1159 fastmath<contract> : f32
                %v1161 = arith.subf %v69, %v1154 fastmath<contract> : f32
                %v1162 = arith.mulf %v1154, %v1161 fastmath<contract> : f32
                %v1163 = arith.mulf %v1160, %v1162 fastmath<contract> : f32
                %v1164 = arith.constant 8 : i64
                %v1165 = arith.addi %v1164, %v32 : i64
                %v1166 = arith.muli %v1165, %v187 : i64
                %v1167 = arith.subi %v1100, %v159 : i64
                %v1168 = arith.addi %v1166, %v1167 : i64
                %v1169 = llvm.getelementptr %v67[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
                %v1171 = arith.negf %v1170 : f32
                %v1172 = arith.mulf %v1171, %v312 fastmath<contract> : f32
                %v1173 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1172) : (f32) -> f32
                %v1174 = arith.addf %v69, %v1173 fastmath<contract> : f32
                %v1175 = arith.divf %v69, %v1174 : f32
                %v1176 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1175) : (f32) -> f32
                %v1177 = arith.mulf %v946, %v1176 fastmath<contract> : f32
                %v1178 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1177) : (f32) -> f32
                %v1179 = arith.mulf %v753, %v1143 fastmath<contract> : f32
                %v1180 = arith.mulf %v317, %v1179 fastmath<contract> : f32
                %v1181 = arith.mulf %v1178, %v1180 fastmath<contract> : f32
                %v1182 = arith.subf %v69, %v1175 fastmath<contract> : f32
                %v1183 = arith.mulf %v1175, %v1182 fastmath<contract> : f32
                %v1184 = arith.mulf %v1181, %v1183 fastmath<contract> : f32
                %v1185 = arith.select %v36, %v1131, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1186, %v1187 = gpu.shuffle xor %v1185, %v978, %v302 : f32
                %v1188 = arith.addf %v1185, %v1186 fastmath<contract> : f32
                %v1189, %v1190 = gpu.shuffle xor %v1188, %v982, %v302 : f32
                %v1191 = arith.addf %v1188, %v1189 fastmath<contract> : f32
                %v1192 = arith.divui %v17, %v19 : i64
                %v1193 = arith.remui %v17, %v19 : i64
                %v1194 = arith.cmpi ult, %v1193, %v31 : i64
                %v1195 = arith.muli %v1192, %v1 : i64
                %v1196 = arith.addi %v1195, %v32 : i64
                %v1197 = arith.muli %v1196, %v991 : i64
                %v1198 = arith.addi %v1197, %v1099 : i64
                scf.if %v1194 {
                  %v1199 = llvm.getelementptr %v57[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1191, %v1199 : f32, !llvm.ptr
                }
                %v1200 = arith.select %v36, %v1132, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1201, %v1202 = gpu.shuffle xor %v1200, %v978, %v302 : f32
                %v1203 = arith.addf %v1200, %v1201 fastmath<contract> : f32
                %v1204, %v1205 = gpu.shuffle xor %v1203, %v982, %v302 : f32
                %v1206 = arith.addf %v1203, %v1204 fastmath<contract> : f32
                %v1207 = arith.divui %v17, %v19 : i64
                %v1208 = arith.remui %v17, %v19 : i64
                %v1209 = arith.cmpi ult, %v1208, %v31 : i64
                %v1210 = arith.addi %v31, %v32 : i64
                %v1211 = arith.muli %v1207, %v1 : i64
                %v1212 = arith.addi %v1211, %v1210 : i64
                %v1213 = arith.muli %v1212, %v991 : i64
                %v1214 = arith.addi %v1213, %v1099 : i64
                scf.if %v1209 {
                  %v1215 = llvm.getelementptr %v57[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1206, %v1215 : f32, !llvm.ptr
                }
                %v1216 = arith.select %v36, %v1142, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1217, %v1218 = gpu.shuffle xor %v1216, %v978, %v302 : f32
                %v1219 = arith.addf %v1216, %v1217 fastmath<contract> : f32
                %v1220, %v1221 = gpu.shuffle xor %v1219, %v982, %v302 : f32
                %v1222 = arith.addf %v1219, %v1220 fastmath<contract> : f32
                %v1223 = arith.divui %v17, %v19 : i64
                %v1224 = arith.remui %v17, %v19 : i64
                %v1225 = arith.cmpi ult, %v1224, %v31 : i64
                %v1226 = arith.muli %v1223, %v1 : i64
                %v1227 = arith.addi %v1226, %v32 : i64
                %v1228 = arith.muli %v1227, %v991 : i64
                %v1229 = arith.addi %v1228, %v1099 : i64
                scf.if %v1225 {
                  %v1230 = llvm.getelementptr %v59[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1222, %v1230 : f32, !llvm.ptr
                }
                %v1231 = arith.select %v36, %v1144, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1232, %v1233 = gpu.shuffle xor %v1231, %v978, %v302 : f32
                %v1234 = arith.addf %v1231, %v1232 fastmath<contract> : f32
                %v1235, %v1236 = gpu.shuffle xor %v1234, %v982, %v302 : f32
                %v1237 = arith.addf %v1234, %v1235 fastmath<contract> : f32
                %v1238 = arith.divui %v17, %v19 : i64
                %v1239 = arith.remui %v17, %v19 : i64
                %v1240 = arith.cmpi ult, %v1239, %v31 : i64
                %v1241 = arith.addi %v31, %v32 : i64
                %v1242 = arith.muli %v1238, %v1 : i64
                %v1243 = arith.addi %v1242, %v1241 : i64
                %v1244 = arith.muli %v1243, %v991 : i64
                %v1245 = arith.addi %v1244, %v1099 : i64
                scf.if %v1240 {
                  %v1246 = llvm.getelementptr %v59[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1237, %v1246 : f32, !llvm.ptr
                }
                %v1247 = arith.select %v36, %v1163, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1248, %v1249 = gpu.shuffle xor %v1247, %v978, %v302 : f32
                %v1250 = arith.addf %v1247, %v1248 fastmath<contract> : f32
                %v1251, %v1252 = gpu.shuffle xor %v1250, %v982, %v302 : f32
                %v1253 = arith.addf %v1250, %v1251 fastmath<contract> : f32
                %v1254 = arith.divui %v17, %v19 : i64
                %v1255 = arith.remui %v17, %v19 : i64
                %v1256 = arith.cmpi ult, %v1255, %v31 : i64
                %v1257 = arith.muli %v1254, %v1 : i64
                %v1258 = arith.addi %v1257, %v32 : i64
                %v1259 = arith.muli %v1258, %v991 : i64
                %v1260 = arith.addi %v1259, %v1099 : i64
                scf.if %v1256 {
                  %v1261 = llvm.getelementptr %v61[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1253, %v1261 : f32, !llvm.ptr
                }
                %v1262 = arith.select %v36, %v1184, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1263, %v1264 = gpu.shuffle xor %v1262, %v978, %v302 : f32
                %v1265 = arith.addf %v1262, %v1263 fastmath<contract> : f32
                %v1266, %v1267 = gpu.shuffle xor %v1265, %v982, %v302 : f32
                %v1268 = arith.addf %v1265, %v1266 fastmath<contract> : f32
                %v1269 = arith.divui %v17, %v19 : i64
                %v1270 = arith.remui %v17, %v19 : i64
                %v1271 = arith.cmpi ult, %v1270, %v31 : i64
                %v1272 = arith.addi %v31, %v32 : i64
                %v1273 = arith.muli %v1269, %v1 : i64
                %v1274 = arith.addi %v1273, %v1272 : i64
                %v1275 = arith.muli %v1274, %v991 : i64
                %v1276 = arith.addi %v1275, %v1099 : i64
                scf.if %v1271 {
                  %v1277 = llvm.getelementptr %v61[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1268, %v1277 : f32, !llvm.ptr
                }
                %v1278 = arith.muli %v32, %v187 : i64
                %v1279 = arith.subi %v1100, %v159 : i64
                %v1280 = arith.addi %v1278, %v1279 : i64
                %v1281 = llvm.getelementptr %v65[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
                %v1283 = arith.mulf %v1282, %v1141 fastmath<contract> : f32
                %v1284 = arith.constant 8 : i64
                %v1285 = arith.addi %v1284, %v32 : i64
                %v1286 = arith.muli %v1285, %v187 : i64
                %v1287 = arith.subi %v1100, %v159 : i64
                %v1288 = arith.addi %v1286, %v1287 : i64
                %v1289 = llvm.getelementptr %v65[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1290 = llvm.load %v1289 : !llvm.ptr -> f32
                %v1291 = arith.mulf %v1290, %v1143 fastmath<contract> : f32
                %v1292 = arith.addf %v1283, %v1291 fastmath<contract> : f32
                llvm.store %v1292, %v869 : f32, !llvm.ptr
                %v1293 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1154) : (f32) -> f32
                %v1294 = arith.mulf %v317, %v1293 fastmath<contract> : f32
                %v1295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1294) : (f32) -> f32
                llvm.store %v1295, %v54 : f32, !llvm.ptr
                %v1296 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1175) : (f32) -> f32
                %v1297 = arith.mulf %v317, %v1296 fastmath<contract> : f32
                %v1298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1297) : (f32) -> f32
                llvm.store %v1298, %v55 : f32, !llvm.ptr
                %v1299 = llvm.load %v869 : !llvm.ptr -> f32
                %v1300 = arith.select %v872, %v1299, %v1094 : f32
                %v1301 = arith.select %v872, %v1094, %v1299 : f32
                %v1303, %v1304 = gpu.shuffle xor %v1300, %v1302, %v302 : f32
                %v1305 = arith.addf %v1301, %v1303 fastmath<contract> : f32
                %v1306 = arith.addi %v384, %v696 : i64
                %v1308 = arith.cmpi slt, %v1307, %v880 : i32
                %v1309 = arith.cmpi eq, %v1307, %v886 : i32
                %v1310 = arith.addi %v386, %v366 : i64
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v1311 = arith.addi %v159, %v1306 : i64
                %v1312 = arith.muli %v32, %v187 : i64
                %v1313 = arith.subi %v1311, %v159 : i64
                %v1314 = arith.addi %v1312, %v1313 : i64
                %v1315 = llvm.getelementptr %v63[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1316 = llvm.load %v1315 : !llvm.ptr -> f32
                %v1317 = arith.muli %v46, %v327 : i64
                %v1318 = arith.muli %v1311, %v326 : i64
                %v1319 = arith.addi %v1317, %v1318 : i64
                %v1320 = arith.muli %v44, %size_DV : i64
                %v1321 = arith.addi %v1319, %v1320 : i64
                %v1322 = arith.addi %v1321, %v42 : i64
                %v1323 = llvm.getelementptr %dy_o[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
                %v1325 = arith.mulf %v1316, %v1324 fastmath<contract> : f32
                %v1326 = llvm.load %v52 : !llvm.ptr -> f32
                %v1327 = llvm.load %v54 : !llvm.ptr -> f32
                %v1328 = arith.mulf %v1327, %v1326 fastmath<contract> : f32
                %v1329 = arith.addf %v1325, %v1328 fastmath<contract> : f32
                llvm.store %v1329, %v52 : f32, !llvm.ptr
                %v1330 = arith.constant 8 : i64
                %v1331 = arith.addi %v1330, %v32 : i64
                %v1332 = arith.muli %v1331, %v187 : i64
                %v1333 = arith.subi %v1311, %v159 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = llvm.getelementptr %v63[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                %v1337 = arith.mulf %v1336, %v1324 fastmath<contract> : f32
                %v1338 = llvm.load %v53 : !llvm.ptr -> f32
                %v1339 = llvm.load %v55 : !llvm.ptr -> f32
                %v1340 = arith.mulf %v1339, %v1338 fastmath<contract> : f32
                %v1341 = arith.addf %v1337, %v1340 fastmath<contract> : f32
                llvm.store %v1341, %v53 : f32, !llvm.ptr
                scf.if %v1309 {
                }
                %v1342 = arith.mulf %v728, %v1324 fastmath<contract> : f32
                %v1343 = arith.mulf %v753, %v1324 fastmath<contract> : f32
                %v1344 = arith.muli %v46, %v327 : i64
                %v1345 = arith.muli %v1311, %v326 : i64
                %v1346 = arith.addi %v1344, %v1345 : i64
                %v1347 = arith.muli %v44, %size_DV : i64
                %v1348 = arith.addi %v1346, %v1347 : i64
                %v1349 = arith.addi %v1348, %v42 : i64
                %v1350 = llvm.getelementptr %in_v[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1351 = llvm.load %v1350 : !llvm.ptr -> f32
                %v1352 = llvm.load %v52 : !llvm.ptr -> f32
                %v1353 = arith.mulf %v1351, %v1352 fastmath<contract> : f32
                %v1354 = llvm.load %v53 : !llvm.ptr -> f32
                %v1355 = arith.mulf %v1351, %v1354 fastmath<contract> : f32
                %v1356 = arith.muli %v32, %v187 : i64
                %v1357 = arith.subi %v1311, %v159 : i64
                %v1358 = arith.addi %v1356, %v1357 : i64
                %v1359 = llvm.getelementptr %v67[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
                %v1361 = arith.negf %v1360 : f32
                %v1362 = arith.mulf %v1361, %v312 fastmath<contract> : f32
                %v1363 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1362) : (f32) -> f32
                %v1364 = arith.addf %v69, %v1363 fastmath<contract> : f32
                %v1365 = arith.divf %v69, %v1364 : f32
                %v1366 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1365) : (f32) -> f32
                %v1367 = arith.mulf %v946, %v1366 fastmath<contract> : f32
                %v1368 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1367) : (f32) -> f32
                %v1369 = arith.mulf %v670, %v1352 fastmath<contract> : f32
                %v1370 = arith.mulf %v317, %v1369 fastmath<contract> : f32
                %v1371 = arith.mulf %v1368, %v1370 fastmath<contract> : f32
                %v1372 = arith.subf %v69, %v1365 fastmath<contract> : f32
                %v1373 = arith.mulf %v1365, %v1372 fastmath<contract> : f32
                %v1374 = arith.mulf %v1371, %v1373 fastmath<contract> : f32
                %v1375 = arith.constant 8 : i64
                %v1376 = arith.addi %v1375, %v32 : i64
                %v1377 = arith.muli %v1376, %v187 : i64
                %v1378 = arith.subi %v1311, %v159 : i64
                %v1379 = arith.addi %v1377, %v1378 : i64
                %v1380 = llvm.getelementptr %v67[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
                %v1382 = arith.negf %v1381 : f32
                %v1383 = arith.mulf %v1382, %v312 fastmath<contract> : f32
                %v1384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1383) : (f32) -> f32
                %v1385 = arith.addf %v69, %v1384 fastmath<contract> : f32
                %v1386 = arith.divf %v69, %v1385 : f32
                %v1387 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1386) : (f32) -> f32
                %v1388 = arith.mulf %v946, %v1387 fastmath<contract> : f32
                %v1389 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1388) : (f32) -> f32
                %v1390 = arith.mulf %v695, %v1354 fastmath<contract> : f32
                %v1391 = arith.mulf %v317, %v1390 fastmath<contract> : f32
                %v1392 = arith.mulf %v1389, %v1391 fastmath<contract> : f32
                %v1393 = arith.subf %v69, %v1386 fastmath<contract> : f32
                %v1394 = arith.mulf %v1386, %v1393 fastmath<contract> : f32
                %v1395 = arith.mulf %v1392, %v1394 fastmath<contract> : f32
                %v1396 = arith.select %v36, %v1342, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1397, %v1398 = gpu.shuffle xor %v1396, %v978, %v302 : f32
                %v1399 = arith.addf %v1396, %v1397 fastmath<contract> : f32
                %v1400, %v1401 = gpu.shuffle xor %v1399, %v982, %v302 : f32
                %v1402 = arith.addf %v1399, %v1400 fastmath<contract> : f32
                %v1403 = arith.divui %v17, %v19 : i64
                %v1404 = arith.remui %v17, %v19 : i64
                %v1405 = arith.cmpi ult, %v1404, %v31 : i64
                %v1406 = arith.muli %v1403, %v1 : i64
                %v1407 = arith.addi %v1406, %v32 : i64
                %v1408 = arith.muli %v1407, %v991 : i64
                %v1409 = arith.addi %v1408, %v1310 : i64
                scf.if %v1405 {
                  %v1410 = llvm.getelementptr %v57[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1402, %v1410 : f32, !llvm.ptr
                }
                %v1411 = arith.select %v36, %v1343, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1412, %v1413 = gpu.shuffle xor %v1411, %v978, %v302 : f32
                %v1414 = arith.addf %v1411, %v1412 fastmath<contract> : f32
                %v1415, %v1416 = gpu.shuffle xor %v1414, %v982, %v302 : f32
                %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
                %v1418 = arith.divui %v17, %v19 : i64
                %v1419 = arith.remui %v17, %v19 : i64
                %v1420 = arith.cmpi ult, %v1419, %v31 : i64
                %v1421 = arith.addi %v31, %v32 : i64
                %v1422 = arith.muli %v1418, %v1 : i64
                %v1423 = arith.addi %v1422, %v1421 : i64
                %v1424 = arith.muli %v1423, %v991 : i64
                %v1425 = arith.addi %v1424, %v1310 : i64
                scf.if %v1420 {
                  %v1426 = llvm.getelementptr %v57[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1417, %v1426 : f32, !llvm.ptr
                }
                %v1427 = arith.select %v36, %v1353, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1428, %v1429 = gpu.shuffle xor %v1427, %v978, %v302 : f32
                %v1430 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                %v1431, %v1432 = gpu.shuffle xor %v1430, %v982, %v302 : f32
                %v1433 = arith.addf %v1430, %v1431 fastmath<contract> : f32
                %v1434 = arith.divui %v17, %v19 : i64
                %v1435 = arith.remui %v17, %v19 : i64
                %v1436 = arith.cmpi ult, %v1435, %v31 : i64
                %v1437 = arith.muli %v1434, %v1 : i64
                %v1438 = arith.addi %v1437, %v32 : i64
                %v1439 = arith.muli %v1438, %v991 : i64
                %v1440 = arith.addi %v1439, %v1310 : i64
                scf.if %v1436 {
                  %v1441 = llvm.getelementptr %v59[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1433, %v1441 : f32, !llvm.ptr
                }
                %v1442 = arith.select %v36, %v1355, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1443, %v1444 = gpu.shuffle xor %v1442, %v978, %v302 : f32
                %v1445 = arith.addf %v1442, %v1443 fastmath<contract> : f32
                %v1446, %v1447 = gpu.shuffle xor %v1445, %v982, %v302 : f32
                %v1448 = arith.addf %v1445, %v1446 fastmath<contract> : f32
                %v1449 = arith.divui %v17, %v19 : i64
                %v1450 = arith.remui %v17, %v19 : i64
                %v1451 = arith.cmpi ult, %v1450, %v31 : i64
                %v1452 = arith.addi %v31, %v32 : i64
                %v1453 = arith.muli %v1449, %v1 : i64
                %v1454 = arith.addi %v1453, %v1452 : i64
                %v1455 = arith.muli %v1454, %v991 : i64
                %v1456 = arith.addi %v1455, %v1310 : i64
                scf.if %v1451 {
                  %v1457 = llvm.getelementptr %v59[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1448, %v1457 : f32, !llvm.ptr
                }
                %v1458 = arith.select %v36, %v1374, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1459, %v1460 = gpu.shuffle xor %v1458, %v978, %v302 : f32
                %v1461 = arith.addf %v1458, %v1459 fastmath<contract> : f32
                %v1462, %v1463 = gpu.shuffle xor %v1461, %v982, %v302 : f32
                %v1464 = arith.addf %v1461, %v1462 fastmath<contract> : f32
                %v1465 = arith.divui %v17, %v19 : i64
                %v1466 = arith.remui %v17, %v19 : i64
                %v1467 = arith.cmpi ult, %v1466, %v31 : i64
                %v1468 = arith.muli %v1465, %v1 : i64
                %v1469 = arith.addi %v1468, %v32 : i64
                %v1470 = arith.muli %v1469, %v991 : i64
                %v1471 = arith.addi %v1470, %v1310 : i64
                scf.if %v1467 {
                  %v1472 = llvm.getelementptr %v61[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1464, %v1472 : f32, !llvm.ptr
                }
                %v1473 = arith.select %v36, %v1395, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1474, %v1475 = gpu.shuffle xor %v1473, %v978, %v302 : f32
                %v1476 = arith.addf %v1473, %v1474 fastmath<contract> : f32
                %v1477, %v1478 = gpu.shuffle xor %v1476, %v982, %v302 : f32
                %v1479 = arith.addf %v1476, %v1477 fastmath<contract> : f32
                %v1480 = arith.divui %v17, %v19 : i64
                %v1481 = arith.remui %v17, %v19 : i64
                %v1482 = arith.cmpi ult, %v1481, %v31 : i64
                %v1483 = arith.addi %v31, %v32 : i64
                %v1484 = arith.muli %v1480, %v1 : i64
                %v1485 = arith.addi %v1484, %v1483 : i64
                %v1486 = arith.muli %v1485, %v991 : i64
                %v1487 = arith.addi %v1486, %v1310 : i64
                scf.if %v1482 {
                  %v1488 = llvm.getelementptr %v61[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1479, %v1488 : f32, !llvm.ptr
                }
                %v1489 = arith.muli %v32, %v187 : i64
                %v1490 = arith.subi %v1311, %v159 : i64
                %v1491 = arith.addi %v1489, %v1490 : i64
                %v1492 = llvm.getelementptr %v65[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
                %v1494 = arith.mulf %v1493, %v1352 fastmath<contract> : f32
                %v1495 = arith.constant 8 : i64
                %v1496 = arith.addi %v1495, %v32 : i64
                %v1497 = arith.muli %v1496, %v187 : i64
                %v1498 = arith.subi %v1311, %v159 : i64
                %v1499 = arith.addi %v1497, %v1498 : i64
                %v1500 = llvm.getelementptr %v65[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1501 = llvm.load %v1500 : !llvm.ptr -> f32
                %v1502 = arith.mulf %v1501, %v1354 fastmath<contract> : f32
                %v1503 = arith.addf %v1494, %v1502 fastmath<contract> : f32
                llvm.store %v1503, %v869 : f32, !llvm.ptr
                %v1504 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1365) : (f32) -> f32
                %v1505 = arith.mulf %v317, %v1504 fastmath<contract> : f32
                %v1506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1505) : (f32) -> f32
                llvm.store %v1506, %v54 : f32, !llvm.ptr
                %v1507 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1386) : (f32) -> f32
                %v1508 = arith.mulf %v317, %v1507 fastmath<contract> : f32
                %v1509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1508) : (f32) -> f32
                llvm.store %v1509, %v55 : f32, !llvm.ptr
                %v1510 = llvm.load %v869 : !llvm.ptr -> f32
                %v1511 = arith.addi %v384, %v48 : i64
                %v1513 = arith.cmpi slt, %v1512, %v880 : i32
                %v1514 = arith.cmpi eq, %v1512, %v886 : i32
                %v1515 = arith.addi %v386, %v581 : i64
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v1516 = arith.addi %v159, %v1511 : i64
                %v1517 = arith.muli %v32, %v187 : i64
                %v1518 = arith.subi %v1516, %v159 : i64
                %v1519 = arith.addi %v1517, %v1518 : i64
                %v1520 = llvm.getelementptr %v63[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1521 = llvm.load %v1520 : !llvm.ptr -> f32
                %v1522 = arith.muli %v46, %v327 : i64
                %v1523 = arith.muli %v1516, %v326 : i64
                %v1524 = arith.addi %v1522, %v1523 : i64
                %v1525 = arith.muli %v44, %size_DV : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = arith.addi %v1526, %v42 : i64
                %v1528 = llvm.getelementptr %dy_o[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1529 = llvm.load %v1528 : !llvm.ptr -> f32
                %v1530 = arith.mulf %v1521, %v1529 fastmath<contract> : f32
                %v1531 = llvm.load %v52 : !llvm.ptr -> f32
                %v1532 = llvm.load %v54 : !llvm.ptr -> f32
                %v1533 = arith.mulf %v1532, %v1531 fastmath<contract> : f32
                %v1534 = arith.addf %v1530, %v1533 fastmath<contract> : f32
                llvm.store %v1534, %v52 : f32, !llvm.ptr
                %v1535 = arith.constant 8 : i64
                %v1536 = arith.addi %v1535, %v32 : i64
                %v1537 = arith.muli %v1536, %v187 : i64
                %v1538 = arith.subi %v1516, %v159 : i64
                %v1539 = arith.addi %v1537, %v1538 : i64
                %v1540 = llvm.getelementptr %v63[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
                %v1542 = arith.mulf %v1541, %v1529 fastmath<contract> : f32
                %v1543 = llvm.load %v53 : !llvm.ptr -> f32
                %v1544 = llvm.load %v55 : !llvm.ptr -> f32
                %v1545 = arith.mulf %v1544, %v1543 fastmath<contract> : f32
                %v1546 = arith.addf %v1542, %v1545 fastmath<contract> : f32
                llvm.store %v1546, %v53 : f32, !llvm.ptr
                scf.if %v1514 {
                }
                %v1547 = arith.mulf %v670, %v1529 fastmath<contract> : f32
                %v1548 = arith.mulf %v695, %v1529 fastmath<contract> : f32
                %v1549 = arith.muli %v46, %v327 : i64
                %v1550 = arith.muli %v1516, %v326 : i64
                %v1551 = arith.addi %v1549, %v1550 : i64
                %v1552 = arith.muli %v44, %size_DV : i64
                %v1553 = arith.addi %v1551, %v1552 : i64
                %v1554 = arith.addi %v1553, %v42 : i64
                %v1555 = llvm.getelementptr %in_v[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
                %v1557 = llvm.load %v52 : !llvm.ptr -> f32
                %v1558 = arith.mulf %v1556, %v1557 fastmath<contract> : f32
                %v1559 = llvm.load %v53 : !llvm.ptr -> f32
                %v1560 = arith.mulf %v1556, %v1559 fastmath<contract> : f32
                %v1561 = arith.muli %v32, %v187 : i64
                %v1562 = arith.subi %v1516, %v159 : i64
                %v1563 = arith.addi %v1561, %v1562 : i64
                %v1564 = llvm.getelementptr %v67[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
                %v1566 = arith.negf %v1565 : f32
                %v1567 = arith.mulf %v1566, %v312 fastmath<contract> : f32
                %v1568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1567) : (f32) -> f32
                %v1569 = arith.addf %v69, %v1568 fastmath<contract> : f32
                %v1570 = arith.divf %v69, %v1569 : f32
                %v1571 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1570) : (f32) -> f32
                %v1572 = arith.mulf %v946, %v1571 fastmath<contract> : f32
                %v1573 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1572) : (f32) -> f32
                %v1574 = arith.mulf %v613, %v1557 fastmath<contract> : f32
                %v1575 = arith.mulf %v317, %v1574 fastmath<contract> : f32
                %v1576 = arith.mulf %v1573, %v1575 fastmath<contract> : f32
                %v1577 = arith.subf %v69, %v1570 fastmath<contract> : f32
                %v1578 = arith.mulf %v1570, %v1577 fastmath<contract> : f32
                %v1579 = arith.mulf %v1576, %v1578 fastmath<contract> : f32
                %v1580 = arith.constant 8 : i64
                %v1581 = arith.addi %v1580, %v32 : i64
                %v1582 = arith.muli %v1581, %v187 : i64
                %v1583 = arith.subi %v1516, %v159 : i64
                %v1584 = arith.addi %v1582, %v1583 : i64
                %v1585 = llvm.getelementptr %v67[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
                %v1587 = arith.negf %v1586 : f32
                %v1588 = arith.mulf %v1587, %v312 fastmath<contract> : f32
                %v1589 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1588) : (f32) -> f32
                %v1590 = arith.addf %v69, %v1589 fastmath<contract> : f32
                %v1591 = arith.divf %v69, %v1590 : f32
                %v1592 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1591) : (f32) -> f32
                %v1593 = arith.mulf %v946, %v1592 fastmath<contract> : f32
                %v1594 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1593) : (f32) -> f32
                %v1595 = arith.mulf %v638, %v1559 fastmath<contract> : f32
                %v1596 = arith.mulf %v317, %v1595 fastmath<contract> : f32
                %v1597 = arith.mulf %v1594, %v1596 fastmath<contract> : f32
                %v1598 = arith.subf %v69, %v1591 fastmath<contract> : f32
                %v1599 = arith.mulf %v1591, %v1598 fastmath<contract> : f32
                %v1600 = arith.mulf %v1597, %v1599 fastmath<contract> : f32
                %v1601 = arith.select %v36, %v1547, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1602, %v1603 = gpu.shuffle xor %v1601, %v978, %v302 : f32
                %v1604 = arith.addf %v1601, %v1602 fastmath<contract> : f32
                %v1605, %v1606 = gpu.shuffle xor %v1604, %v982, %v302 : f32
                %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
                %v1608 = arith.divui %v17, %v19 : i64
                %v1609 = arith.remui %v17, %v19 : i64
                %v1610 = arith.cmpi ult, %v1609, %v31 : i64
                %v1611 = arith.muli %v1608, %v1 : i64
                %v1612 = arith.addi %v1611, %v32 : i64
                %v1613 = arith.muli %v1612, %v991 : i64
                %v1614 = arith.addi %v1613, %v1515 : i64
                scf.if %v1610 {
                  %v1615 = llvm.getelementptr %v57[%v1614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1607, %v1615 : f32, !llvm.ptr
                }
                %v1616 = arith.select %v36, %v1548, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1617, %v1618 = gpu.shuffle xor %v1616, %v978, %v302 : f32
                %v1619 = arith.addf %v1616, %v1617 fastmath<contract> : f32
                %v1620, %v1621 = gpu.shuffle xor %v1619, %v982, %v302 : f32
                %v1622 = arith.addf %v1619, %v1620 fastmath<contract> : f32
                %v1623 = arith.divui %v17, %v19 : i64
                %v1624 = arith.remui %v17, %v19 : i64
                %v1625 = arith.cmpi ult, %v1624, %v31 : i64
                %v1626 = arith.addi %v31, %v32 : i64
                %v1627 = arith.muli %v1623, %v1 : i64
                %v1628 = arith.addi %v1627, %v1626 : i64
                %v1629 = arith.muli %v1628, %v991 : i64
                %v1630 = arith.addi %v1629, %v1515 : i64
                scf.if %v1625 {
                  %v1631 = llvm.getelementptr %v57[%v1630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1622, %v1631 : f32, !llvm.ptr
                }
                %v1632 = arith.select %v36, %v1558, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1633, %v1634 = gpu.shuffle xor %v1632, %v978, %v302 : f32
                %v1635 = arith.addf %v1632, %v1633 fastmath<contract> : f32
                %v1636, %v1637 = gpu.shuffle xor %v1635, %v982, %v302 : f32
                %v1638 = arith.addf %v1635, %v1636 fastmath<contract> : f32
                %v1639 = arith.divui %v17, %v19 : i64
                %v1640 = arith.remui %v17, %v19 : i64
                %v1641 = arith.cmpi ult, %v1640, %v31 : i64
                %v1642 = arith.muli %v1639, %v1 : i64
                %v1643 = arith.addi %v1642, %v32 : i64
                %v1644 = arith.muli %v1643, %v991 : i64
                %v1645 = arith.addi %v1644, %v1515 : i64
                scf.if %v1641 {
                  %v1646 = llvm.getelementptr %v59[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1638, %v1646 : f32, !llvm.ptr
                }
                %v1647 = arith.select %v36, %v1560, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1648, %v1649 = gpu.shuffle xor %v1647, %v978, %v302 : f32
                %v1650 = arith.addf %v1647, %v1648 fastmath<contract> : f32
                %v1651, %v1652 = gpu.shuffle xor %v1650, %v982, %v302 : f32
                %v1653 = arith.addf %v1650, %v1651 fastmath<contract> : f32
                %v1654 = arith.divui %v17, %v19 : i64
                %v1655 = arith.remui %v17, %v19 : i64
                %v1656 = arith.cmpi ult, %v1655, %v31 : i64
                %v1657 = arith.addi %v31, %v32 : i64
                %v1658 = arith.muli %v1654, %v1 : i64
                %v1659 = arith.addi %v1658, %v1657 : i64
                %v1660 = arith.muli %v1659, %v991 : i64
                %v1661 = arith.addi %v1660, %v1515 : i64
                scf.if %v1656 {
                  %v1662 = llvm.getelementptr %v59[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1653, %v1662 : f32, !llvm.ptr
                }
                %v1663 = arith.select %v36, %v1579, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1664, %v1665 = gpu.shuffle xor %v1663, %v978, %v302 : f32
                %v1666 = arith.addf %v1663, %v1664 fastmath<contract> : f32
                %v1667, %v1668 = gpu.shuffle xor %v1666, %v982, %v302 : f32
                %v1669 = arith.addf %v1666, %v1667 fastmath<contract> : f32
                %v1670 = arith.divui %v17, %v19 : i64
                %v1671 = arith.remui %v17, %v19 : i64
                %v1672 = arith.cmpi ult, %v1671, %v31 : i64
                %v1673 = arith.muli %v1670, %v1 : i64
                %v1674 = arith.addi %v1673, %v32 : i64
                %v1675 = arith.muli %v1674, %v991 : i64
                %v1676 = arith.addi %v1675, %v1515 : i64
                scf.if %v1672 {
                  %v1677 = llvm.getelementptr %v61[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1669, %v1677 : f32, !llvm.ptr
                }
                %v1678 = arith.select %v36, %v1600, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1679, %v1680 = gpu.shuffle xor %v1678, %v978, %v302 : f32
                %v1681 = arith.addf %v1678, %v1679 fastmath<contract> : f32
                %v1682, %v1683 = gpu.shuffle xor %v1681, %v982, %v302 : f32
                %v1684 = arith.addf %v1681, %v1682 fastmath<contract> : f32
                %v1685 = arith.divui %v17, %v19 : i64
                %v1686 = arith.remui %v17, %v19 : i64
                %v1687 = arith.cmpi ult, %v1686, %v31 : i64
                %v1688 = arith.addi %v31, %v32 : i64
                %v1689 = arith.muli %v1685, %v1 : i64
                %v1690 = arith.addi %v1689, %v1688 : i64
                %v1691 = arith.muli %v1690, %v991 : i64
                %v1692 = arith.addi %v1691, %v1515 : i64
                scf.if %v1687 {
                  %v1693 = llvm.getelementptr %v61[%v1692] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1684, %v1693 : f32, !llvm.ptr
                }
                %v1694 = arith.muli %v32, %v187 : i64
                %v1695 = arith.subi %v1516, %v159 : i64
                %v1696 = arith.addi %v1694, %v1695 : i64
                %v1697 = llvm.getelementptr %v65[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
                %v1699 = arith.mulf %v1698, %v1557 fastmath<contract> : f32
                %v1700 = arith.constant 8 : i64
                %v1701 = arith.addi %v1700, %v32 : i64
                %v1702 = arith.muli %v1701, %v187 : i64
                %v1703 = arith.subi %v1516, %v159 : i64
                %v1704 = arith.addi %v1702, %v1703 : i64
                %v1705 = llvm.getelementptr %v65[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1706 = llvm.load %v1705 : !llvm.ptr -> f32
                %v1707 = arith.mulf %v1706, %v1559 fastmath<contract> : f32
                %v1708 = arith.addf %v1699, %v1707 fastmath<contract> : f32
                llvm.store %v1708, %v869 : f32, !llvm.ptr
                %v1709 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1570) : (f32) -> f32
                %v1710 = arith.mulf %v317, %v1709 fastmath<contract> : f32
                %v1711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1710) : (f32) -> f32
                llvm.store %v1711, %v54 : f32, !llvm.ptr
                %v1712 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1591) : (f32) -> f32
                %v1713 = arith.mulf %v317, %v1712 fastmath<contract> : f32
                %v1714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1713) : (f32) -> f32
                llvm.store %v1714, %v55 : f32, !llvm.ptr
                %v1715 = llvm.load %v869 : !llvm.ptr -> f32
                %v1716 = arith.select %v872, %v1715, %v1510 : f32
                %v1717 = arith.select %v872, %v1510, %v1715 : f32
                %v1718, %v1719 = gpu.shuffle xor %v1716, %v1302, %v302 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                %v1721 = arith.select %v875, %v1720, %v1305 : f32
                %v1722 = arith.select %v875, %v1305, %v1720 : f32
                %v1724, %v1725 = gpu.shuffle xor %v1721, %v1723, %v302 : f32
                %v1726 = arith.addf %v1722, %v1724 fastmath<contract> : f32
                %v1727 = arith.addi %v384, %v581 : i64
                %v1729 = arith.cmpi slt, %v1728, %v880 : i32
                %v1730 = arith.cmpi eq, %v1728, %v886 : i32
                %v1731 = arith.addi %v386, %v48 : i64
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v1732 = arith.addi %v159, %v1727 : i64
                %v1733 = arith.muli %v32, %v187 : i64
                %v1734 = arith.subi %v1732, %v159 : i64
                %v1735 = arith.addi %v1733, %v1734 : i64
                %v1736 = llvm.getelementptr %v63[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
                %v1738 = arith.muli %v46, %v327 : i64
                %v1739 = arith.muli %v1732, %v326 : i64
                %v1740 = arith.addi %v1738, %v1739 : i64
                %v1741 = arith.muli %v44, %size_DV : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = arith.addi %v1742, %v42 : i64
                %v1744 = llvm.getelementptr %dy_o[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1745 = llvm.load %v1744 : !llvm.ptr -> f32
                %v1746 = arith.mulf %v1737, %v1745 fastmath<contract> : f32
                %v1747 = llvm.load %v52 : !llvm.ptr -> f32
                %v1748 = llvm.load %v54 : !llvm.ptr -> f32
                %v1749 = arith.mulf %v1748, %v1747 fastmath<contract> : f32
                %v1750 = arith.addf %v1746, %v1749 fastmath<contract> : f32
                llvm.store %v1750, %v52 : f32, !llvm.ptr
                %v1751 = arith.constant 8 : i64
                %v1752 = arith.addi %v1751, %v32 : i64
                %v1753 = arith.muli %v1752, %v187 : i64
                %v1754 = arith.subi %v1732, %v159 : i64
                %v1755 = arith.addi %v1753, %v1754 : i64
                %v1756 = llvm.getelementptr %v63[%v1755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1757 = llvm.load %v1756 : !llvm.ptr -> f32
                %v1758 = arith.mulf %v1757, %v1745 fastmath<contract> : f32
                %v1759 = llvm.load %v53 : !llvm.ptr -> f32
                %v1760 = llvm.load %v55 : !llvm.ptr -> f32
                %v1761 = arith.mulf %v1760, %v1759 fastmath<contract> : f32
                %v1762 = arith.addf %v1758, %v1761 fastmath<contract> : f32
                llvm.store %v1762, %v53 : f32, !llvm.ptr
                scf.if %v1730 {
                }
                %v1763 = arith.mulf %v613, %v1745 fastmath<contract> : f32
                %v1764 = arith.mulf %v638, %v1745 fastmath<contract> : f32
                %v1765 = arith.muli %v46, %v327 : i64
                %v1766 = arith.muli %v1732, %v326 : i64
                %v1767 = arith.addi %v1765, %v1766 : i64
                %v1768 = arith.muli %v44, %size_DV : i64
                %v1769 = arith.addi %v1767, %v1768 : i64
                %v1770 = arith.addi %v1769, %v42 : i64
                %v1771 = llvm.getelementptr %in_v[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
                %v1773 = llvm.load %v52 : !llvm.ptr -> f32
                %v1774 = arith.mulf %v1772, %v1773 fastmath<contract> : f32
                %v1775 = llvm.load %v53 : !llvm.ptr -> f32
                %v1776 = arith.mulf %v1772, %v1775 fastmath<contract> : f32
                %v1777 = arith.muli %v32, %v187 : i64
                %v1778 = arith.subi %v1732, %v159 : i64
                %v1779 = arith.addi %v1777, %v1778 : i64
                %v1780 = llvm.getelementptr %v67[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1781 = llvm.load %v1780 : !llvm.ptr -> f32
                %v1782 = arith.negf %v1781 : f32
                %v1783 = arith.mulf %v1782, %v312 fastmath<contract> : f32
                %v1784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1783) : (f32) -> f32
                %v1785 = arith.addf %v69, %v1784 fastmath<contract> : f32
                %v1786 = arith.divf %v69, %v1785 : f32
                %v1787 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1786) : (f32) -> f32
                %v1788 = arith.mulf %v946, %v1787 fastmath<contract> : f32
                %v1789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1788) : (f32) -> f32
                %v1790 = arith.mulf %v555, %v1773 fastmath<contract> : f32
                %v1791 = arith.mulf %v317, %v1790 fastmath<contract> : f32
                %v1792 = arith.mulf %v1789, %v1791 fastmath<contract> : f32
                %v1793 = arith.subf %v69, %v1786 fastmath<contract> : f32
                %v1794 = arith.mulf %v1786, %v1793 fastmath<contract> : f32
                %v1795 = arith.mulf %v1792, %v1794 fastmath<contract> : f32
                %v1796 = arith.constant 8 : i64
                %v1797 = arith.addi %v1796, %v32 : i64
                %v1798 = arith.muli %v1797, %v187 : i64
                %v1799 = arith.subi %v1732, %v159 : i64
                %v1800 = arith.addi %v1798, %v1799 : i64
                %v1801 = llvm.getelementptr %v67[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
                %v1803 = arith.negf %v1802 : f32
                %v1804 = arith.mulf %v1803, %v312 fastmath<contract> : f32
                %v1805 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1804) : (f32) -> f32
                %v1806 = arith.addf %v69, %v1805 fastmath<contract> : f32
                %v1807 = arith.divf %v69, %v1806 : f32
                %v1808 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1807) : (f32) -> f32
                %v1809 = arith.mulf %v946, %v1808 fastmath<contract> : f32
                %v1810 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1809) : (f32) -> f32
                %v1811 = arith.mulf %v580, %v1775 fastmath<contract> : f32
                %v1812 = arith.mulf %v317, %v1811 fastmath<contract> : f32
                %v1813 = arith.mulf %v1810, %v1812 fastmath<contract> : f32
                %v1814 = arith.subf %v69, %v1807 fastmath<contract> : f32
                %v1815 = arith.mulf %v1807, %v1814 fastmath<contract> : f32
                %v1816 = arith.mulf %v1813, %v1815 fastmath<contract> : f32
                %v1817 = arith.select %v36, %v1763, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1818, %v1819 = gpu.shuffle xor %v1817, %v978, %v302 : f32
                %v1820 = arith.addf %v1817, %v1818 fastmath<contract> : f32
                %v1821, %v1822 = gpu.shuffle xor %v1820, %v982, %v302 : f32
                %v1823 = arith.addf %v1820, %v1821 fastmath<contract> : f32
                %v1824 = arith.divui %v17, %v19 : i64
                %v1825 = arith.remui %v17, %v19 : i64
                %v1826 = arith.cmpi ult, %v1825, %v31 : i64
                %v1827 = arith.muli %v1824, %v1 : i64
                %v1828 = arith.addi %v1827, %v32 : i64
                %v1829 = arith.muli %v1828, %v991 : i64
                %v1830 = arith.addi %v1829, %v1731 : i64
                scf.if %v1826 {
                  %v1831 = llvm.getelementptr %v57[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1823, %v1831 : f32, !llvm.ptr
                }
                %v1832 = arith.select %v36, %v1764, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1833, %v1834 = gpu.shuffle xor %v1832, %v978, %v302 : f32
                %v1835 = arith.addf %v1832, %v1833 fastmath<contract> : f32
                %v1836, %v1837 = gpu.shuffle xor %v1835, %v982, %v302 : f32
                %v1838 = arith.addf %v1835, %v1836 fastmath<contract> : f32
                %v1839 = arith.divui %v17, %v19 : i64
                %v1840 = arith.remui %v17, %v19 : i64
                %v1841 = arith.cmpi ult, %v1840, %v31 : i64
                %v1842 = arith.addi %v31, %v32 : i64
                %v1843 = arith.muli %v1839, %v1 : i64
                %v1844 = arith.addi %v1843, %v1842 : i64
                %v1845 = arith.muli %v1844, %v991 : i64
                %v1846 = arith.addi %v1845, %v1731 : i64
                scf.if %v1841 {
                  %v1847 = llvm.getelementptr %v57[%v1846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1838, %v1847 : f32, !llvm.ptr
                }
                %v1848 = arith.select %v36, %v1774, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1849, %v1850 = gpu.shuffle xor %v1848, %v978, %v302 : f32
                %v1851 = arith.addf %v1848, %v1849 fastmath<contract> : f32
                %v1852, %v1853 = gpu.shuffle xor %v1851, %v982, %v302 : f32
                %v1854 = arith.addf %v1851, %v1852 fastmath<contract> : f32
                %v1855 = arith.divui %v17, %v19 : i64
                %v1856 = arith.remui %v17, %v19 : i64
                %v1857 = arith.cmpi ult, %v1856, %v31 : i64
                %v1858 = arith.muli %v1855, %v1 : i64
                %v1859 = arith.addi %v1858, %v32 : i64
                %v1860 = arith.muli %v1859, %v991 : i64
                %v1861 = arith.addi %v1860, %v1731 : i64
                scf.if %v1857 {
                  %v1862 = llvm.getelementptr %v59[%v1861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1854, %v1862 : f32, !llvm.ptr
                }
                %v1863 = arith.select %v36, %v1776, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1864, %v1865 = gpu.shuffle xor %v1863, %v978, %v302 : f32
                %v1866 = arith.addf %v1863, %v1864 fastmath<contract> : f32
                %v1867, %v1868 = gpu.shuffle xor %v1866, %v982, %v302 : f32
                %v1869 = arith.addf %v1866, %v1867 fastmath<contract> : f32
                %v1870 = arith.divui %v17, %v19 : i64
                %v1871 = arith.remui %v17, %v19 : i64
                %v1872 = arith.cmpi ult, %v1871, %v31 : i64
                %v1873 = arith.addi %v31, %v32 : i64
                %v1874 = arith.muli %v1870, %v1 : i64
                %v1875 = arith.addi %v1874, %v1873 : i64
                %v1876 = arith.muli %v1875, %v991 : i64
                %v1877 = arith.addi %v1876, %v1731 : i64
                scf.if %v1872 {
                  %v1878 = llvm.getelementptr %v59[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1869, %v1878 : f32, !llvm.ptr
                }
                %v1879 = arith.select %v36, %v1795, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1880, %v1881 = gpu.shuffle xor %v1879, %v978, %v302 : f32
                %v1882 = arith.addf %v1879, %v1880 fastmath<contract> : f32
                %v1883, %v1884 = gpu.shuffle xor %v1882, %v982, %v302 : f32
                %v1885 = arith.addf %v1882, %v1883 fastmath<contract> : f32
                %v1886 = arith.divui %v17, %v19 : i64
                %v1887 = arith.remui %v17, %v19 : i64
                %v1888 = arith.cmpi ult, %v1887, %v31 : i64
                %v1889 = arith.muli %v1886, %v1 : i64
                %v1890 = arith.addi %v1889, %v32 : i64
                %v1891 = arith.muli %v1890, %v991 : i64
                %v1892 = arith.addi %v1891, %v1731 : i64
                scf.if %v1888 {
                  %v1893 = llvm.getelementptr %v61[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1885, %v1893 : f32, !llvm.ptr
                }
                %v1894 = arith.select %v36, %v1816, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v1895, %v1896 = gpu.shuffle xor %v1894, %v978, %v302 : f32
                %v1897 = arith.addf %v1894, %v1895 fastmath<contract> : f32
                %v1898, %v1899 = gpu.shuffle xor %v1897, %v982, %v302 : f32
                %v1900 = arith.addf %v1897, %v1898 fastmath<contract> : f32
                %v1901 = arith.divui %v17, %v19 : i64
                %v1902 = arith.remui %v17, %v19 : i64
                %v1903 = arith.cmpi ult, %v1902, %v31 : i64
                %v1904 = arith.addi %v31, %v32 : i64
                %v1905 = arith.muli %v1901, %v1 : i64
                %v1906 = arith.addi %v1905, %v1904 : i64
                %v1907 = arith.muli %v1906, %v991 : i64
                %v1908 = arith.addi %v1907, %v1731 : i64
                scf.if %v1903 {
                  %v1909 = llvm.getelementptr %v61[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1900, %v1909 : f32, !llvm.ptr
                }
                %v1910 = arith.muli %v32, %v187 : i64
                %v1911 = arith.subi %v1732, %v159 : i64
                %v1912 = arith.addi %v1910, %v1911 : i64
                %v1913 = llvm.getelementptr %v65[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
                %v1915 = arith.mulf %v1914, %v1773 fastmath<contract> : f32
                %v1916 = arith.constant 8 : i64
                %v1917 = arith.addi %v1916, %v32 : i64
                %v1918 = arith.muli %v1917, %v187 : i64
                %v1919 = arith.subi %v1732, %v159 : i64
                %v1920 = arith.addi %v1918, %v1919 : i64
                %v1921 = llvm.getelementptr %v65[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1922 = llvm.load %v1921 : !llvm.ptr -> f32
                %v1923 = arith.mulf %v1922, %v1775 fastmath<contract> : f32
                %v1924 = arith.addf %v1915, %v1923 fastmath<contract> : f32
                llvm.store %v1924, %v869 : f32, !llvm.ptr
                %v1925 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1786) : (f32) -> f32
                %v1926 = arith.mulf %v317, %v1925 fastmath<contract> : f32
                %v1927 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1926) : (f32) -> f32
                llvm.store %v1927, %v54 : f32, !llvm.ptr
                %v1928 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1807) : (f32) -> f32
                %v1929 = arith.mulf %v317, %v1928 fastmath<contract> : f32
                %v1930 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1929) : (f32) -> f32
                llvm.store %v1930, %v55 : f32, !llvm.ptr
                %v1931 = llvm.load %v869 : !llvm.ptr -> f32
                %v1932 = arith.addi %v384, %v366 : i64
                %v1933 = arith.cmpi slt, %v1723, %v880 : i32
                %v1934 = arith.cmpi eq, %v1723, %v886 : i32
                %v1935 = arith.addi %v386, %v696 : i64
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v1936 = arith.addi %v159, %v1932 : i64
                %v1937 = arith.muli %v32, %v187 : i64
                %v1938 = arith.subi %v1936, %v159 : i64
                %v1939 = arith.addi %v1937, %v1938 : i64
                %v1940 = llvm.getelementptr %v63[%v1939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1941 = llvm.load %v1940 : !llvm.ptr -> f32
                %v1942 = arith.muli %v46, %v327 : i64
                %v1943 = arith.muli %v1936, %v326 : i64
                %v1944 = arith.addi %v1942, %v1943 : i64
                %v1945 = arith.muli %v44, %size_DV : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = arith.addi %v1946, %v42 : i64
                %v1948 = llvm.getelementptr %dy_o[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
                %v1950 = arith.mulf %v1941, %v1949 fastmath<contract> : f32
                %v1951 = llvm.load %v52 : !llvm.ptr -> f32
                %v1952 = llvm.load %v54 : !llvm.ptr -> f32
                %v1953 = arith.mulf %v1952, %v1951 fastmath<contract> : f32
                %v1954 = arith.addf %v1950, %v1953 fastmath<contract> : f32
                llvm.store %v1954, %v52 : f32, !llvm.ptr
                %v1955 = arith.constant 8 : i64
                %v1956 = arith.addi %v1955, %v32 : i64
                %v1957 = arith.muli %v1956, %v187 : i64
                %v1958 = arith.subi %v1936, %v159 : i64
                %v1959 = arith.addi %v1957, %v1958 : i64
                %v1960 = llvm.getelementptr %v63[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
                %v1962 = arith.mulf %v1961, %v1949 fastmath<contract> : f32
                %v1963 = llvm.load %v53 : !llvm.ptr -> f32
                %v1964 = llvm.load %v55 : !llvm.ptr -> f32
                %v1965 = arith.mulf %v1964, %v1963 fastmath<contract> : f32
                %v1966 = arith.addf %v1962, %v1965 fastmath<contract> : f32
                llvm.store %v1966, %v53 : f32, !llvm.ptr
                scf.if %v1934 {
                }
                %v1967 = arith.mulf %v555, %v1949 fastmath<contract> : f32
                %v1968 = arith.mulf %v580, %v1949 fastmath<contract> : f32
                %v1969 = arith.muli %v46, %v327 : i64
                %v1970 = arith.muli %v1936, %v326 : i64
                %v1971 = arith.addi %v1969, %v1970 : i64
                %v1972 = arith.muli %v44, %size_DV : i64
                %v1973 = arith.addi %v1971, %v1972 : i64
                %v1974 = arith.addi %v1973, %v42 : i64
                %v1975 = llvm.getelementptr %in_v[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                %v1977 = llvm.load %v52 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1976, %v1977 fastmath<contract> : f32
                %v1979 = llvm.load %v53 : !llvm.ptr -> f32
                %v1980 = arith.mulf %v1976, %v1979 fastmath<contract> : f32
                %v1981 = arith.muli %v32, %v187 : i64
                %v1982 = arith.subi %v1936, %v159 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = llvm.getelementptr %v67[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                %v1986 = arith.negf %v1985 : f32
                %v1987 = arith.mulf %v1986, %v312 fastmath<contract> : f32
                %v1988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1987) : (f32) -> f32
                %v1989 = arith.addf %v69, %v1988 fastmath<contract> : f32
                %v1990 = arith.divf %v69, %v1989 : f32
                %v1991 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1990) : (f32) -> f32
                %v1992 = arith.mulf %v946, %v1991 fastmath<contract> : f32
                %v1993 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1992) : (f32) -> f32
                %v1994 = arith.mulf %v498, %v1977 fastmath<contract> : f32
                %v1995 = arith.mulf %v317, %v1994 fastmath<contract> : f32
                %v1996 = arith.mulf %v1993, %v1995 fastmath<contract> : f32
                %v1997 = arith.subf %v69, %v1990 fastmath<contract> : f32
                %v1998 = arith.mulf %v1990, %v1997 fastmath<contract> : f32
                %v1999 = arith.mulf %v1996, %v1998 fastmath<contract> : f32
                %v2000 = arith.constant 8 : i64
                %v2001 = arith.addi %v2000, %v32 : i64
                %v2002 = arith.muli %v2001, %v187 : i64
                %v2003 = arith.subi %v1936, %v159 : i64
                %v2004 = arith.addi %v2002, %v2003 : i64
                %v2005 = llvm.getelementptr %v67[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
                %v2007 = arith.negf %v2006 : f32
                %v2008 = arith.mulf %v2007, %v312 fastmath<contract> : f32
                %v2009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2008) : (f32) -> f32
                %v2010 = arith.addf %v69, %v2009 fastmath<contract> : f32
                %v2011 = arith.divf %v69, %v2010 : f32
                %v2012 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2011) : (f32) -> f32
                %v2013 = arith.mulf %v946, %v2012 fastmath<contract> : f32
                %v2014 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2013) : (f32) -> f32
                %v2015 = arith.mulf %v523, %v1979 fastmath<contract> : f32
                %v2016 = arith.mulf %v317, %v2015 fastmath<contract> : f32
                %v2017 = arith.mulf %v2014, %v2016 fastmath<contract> : f32
                %v2018 = arith.subf %v69, %v2011 fastmath<contract> : f32
                %v2019 = arith.mulf %v2011, %v2018 fastmath<contract> : f32
                %v2020 = arith.mulf %v2017, %v2019 fastmath<contract> : f32
                %v2021 = arith.select %v36, %v1967, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2022, %v2023 = gpu.shuffle xor %v2021, %v978, %v302 : f32
                %v2024 = arith.addf %v2021, %v2022 fastmath<contract> : f32
                %v2025, %v2026 = gpu.shuffle xor %v2024, %v982, %v302 : f32
                %v2027 = arith.addf %v2024, %v2025 fastmath<contract> : f32
                %v2028 = arith.divui %v17, %v19 : i64
                %v2029 = arith.remui %v17, %v19 : i64
                %v2030 = arith.cmpi ult, %v2029, %v31 : i64
                %v2031 = arith.muli %v2028, %v1 : i64
                %v2032 = arith.addi %v2031, %v32 : i64
                %v2033 = arith.muli %v2032, %v991 : i64
                %v2034 = arith.addi %v2033, %v1935 : i64
                scf.if %v2030 {
                  %v2035 = llvm.getelementptr %v57[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2027, %v2035 : f32, !llvm.ptr
                }
                %v2036 = arith.select %v36, %v1968, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2037, %v2038 = gpu.shuffle xor %v2036, %v978, %v302 : f32
                %v2039 = arith.addf %v2036, %v2037 fastmath<contract> : f32
                %v2040, %v2041 = gpu.shuffle xor %v2039, %v982, %v302 : f32
                %v2042 = arith.addf %v2039, %v2040 fastmath<contract> : f32
                %v2043 = arith.divui %v17, %v19 : i64
                %v2044 = arith.remui %v17, %v19 : i64
                %v2045 = arith.cmpi ult, %v2044, %v31 : i64
                %v2046 = arith.addi %v31, %v32 : i64
                %v2047 = arith.muli %v2043, %v1 : i64
                %v2048 = arith.addi %v2047, %v2046 : i64
                %v2049 = arith.muli %v2048, %v991 : i64
                %v2050 = arith.addi %v2049, %v1935 : i64
                scf.if %v2045 {
                  %v2051 = llvm.getelementptr %v57[%v2050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2042, %v2051 : f32, !llvm.ptr
                }
                %v2052 = arith.select %v36, %v1978, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2053, %v2054 = gpu.shuffle xor %v2052, %v978, %v302 : f32
                %v2055 = arith.addf %v2052, %v2053 fastmath<contract> : f32
                %v2056, %v2057 = gpu.shuffle xor %v2055, %v982, %v302 : f32
                %v2058 = arith.addf %v2055, %v2056 fastmath<contract> : f32
                %v2059 = arith.divui %v17, %v19 : i64
                %v2060 = arith.remui %v17, %v19 : i64
                %v2061 = arith.cmpi ult, %v2060, %v31 : i64
                %v2062 = arith.muli %v2059, %v1 : i64
                %v2063 = arith.addi %v2062, %v32 : i64
                %v2064 = arith.muli %v2063, %v991 : i64
                %v2065 = arith.addi %v2064, %v1935 : i64
                scf.if %v2061 {
                  %v2066 = llvm.getelementptr %v59[%v2065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2058, %v2066 : f32, !llvm.ptr
                }
                %v2067 = arith.select %v36, %v1980, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2068, %v2069 = gpu.shuffle xor %v2067, %v978, %v302 : f32
                %v2070 = arith.addf %v2067, %v2068 fastmath<contract> : f32
                %v2071, %v2072 = gpu.shuffle xor %v2070, %v982, %v302 : f32
                %v2073 = arith.addf %v2070, %v2071 fastmath<contract> : f32
                %v2074 = arith.divui %v17, %v19 : i64
                %v2075 = arith.remui %v17, %v19 : i64
                %v2076 = arith.cmpi ult, %v2075, %v31 : i64
                %v2077 = arith.addi %v31, %v32 : i64
                %v2078 = arith.muli %v2074, %v1 : i64
                %v2079 = arith.addi %v2078, %v2077 : i64
                %v2080 = arith.muli %v2079, %v991 : i64
                %v2081 = arith.addi %v2080, %v1935 : i64
                scf.if %v2076 {
                  %v2082 = llvm.getelementptr %v59[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2073, %v2082 : f32, !llvm.ptr
                }
                %v2083 = arith.select %v36, %v1999, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2084, %v2085 = gpu.shuffle xor %v2083, %v978, %v302 : f32
                %v2086 = arith.addf %v2083, %v2084 fastmath<contract> : f32
                %v2087, %v2088 = gpu.shuffle xor %v2086, %v982, %v302 : f32
                %v2089 = arith.addf %v2086, %v2087 fastmath<contract> : f32
                %v2090 = arith.divui %v17, %v19 : i64
                %v2091 = arith.remui %v17, %v19 : i64
                %v2092 = arith.cmpi ult, %v2091, %v31 : i64
                %v2093 = arith.muli %v2090, %v1 : i64
                %v2094 = arith.addi %v2093, %v32 : i64
                %v2095 = arith.muli %v2094, %v991 : i64
                %v2096 = arith.addi %v2095, %v1935 : i64
                scf.if %v2092 {
                  %v2097 = llvm.getelementptr %v61[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2089, %v2097 : f32, !llvm.ptr
                }
                %v2098 = arith.select %v36, %v2020, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2099, %v2100 = gpu.shuffle xor %v2098, %v978, %v302 : f32
                %v2101 = arith.addf %v2098, %v2099 fastmath<contract> : f32
                %v2102, %v2103 = gpu.shuffle xor %v2101, %v982, %v302 : f32
                %v2104 = arith.addf %v2101, %v2102 fastmath<contract> : f32
                %v2105 = arith.divui %v17, %v19 : i64
                %v2106 = arith.remui %v17, %v19 : i64
                %v2107 = arith.cmpi ult, %v2106, %v31 : i64
                %v2108 = arith.addi %v31, %v32 : i64
                %v2109 = arith.muli %v2105, %v1 : i64
                %v2110 = arith.addi %v2109, %v2108 : i64
                %v2111 = arith.muli %v2110, %v991 : i64
                %v2112 = arith.addi %v2111, %v1935 : i64
                scf.if %v2107 {
                  %v2113 = llvm.getelementptr %v61[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2104, %v2113 : f32, !llvm.ptr
                }
                %v2114 = arith.muli %v32, %v187 : i64
                %v2115 = arith.subi %v1936, %v159 : i64
                %v2116 = arith.addi %v2114, %v2115 : i64
                %v2117 = llvm.getelementptr %v65[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2118 = llvm.load %v2117 : !llvm.ptr -> f32
                %v2119 = arith.mulf %v2118, %v1977 fastmath<contract> : f32
                %v2120 = arith.constant 8 : i64
                %v2121 = arith.addi %v2120, %v32 : i64
                %v2122 = arith.muli %v2121, %v187 : i64
                %v2123 = arith.subi %v1936, %v159 : i64
                %v2124 = arith.addi %v2122, %v2123 : i64
                %v2125 = llvm.getelementptr %v65[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2126 = llvm.load %v2125 : !llvm.ptr -> f32
                %v2127 = arith.mulf %v2126, %v1979 fastmath<contract> : f32
                %v2128 = arith.addf %v2119, %v2127 fastmath<contract> : f32
                llvm.store %v2128, %v869 : f32, !llvm.ptr
                %v2129 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1990) : (f32) -> f32
                %v2130 = arith.mulf %v317, %v2129 fastmath<contract> : f32
                %v2131 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2130) : (f32) -> f32
                llvm.store %v2131, %v54 : f32, !llvm.ptr
                %v2132 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2011) : (f32) -> f32
                %v2133 = arith.mulf %v317, %v2132 fastmath<contract> : f32
                %v2134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2133) : (f32) -> f32
                llvm.store %v2134, %v55 : f32, !llvm.ptr
                %v2135 = llvm.load %v869 : !llvm.ptr -> f32
                %v2136 = arith.select %v872, %v2135, %v1931 : f32
                %v2137 = arith.select %v872, %v1931, %v2135 : f32
                %v2138, %v2139 = gpu.shuffle xor %v2136, %v1302, %v302 : f32
                %v2140 = arith.addf %v2137, %v2138 fastmath<contract> : f32
                %v2141 = arith.addi %v384, %v2 : i64
                %v2142 = arith.cmpi slt, %v1302, %v880 : i32
                %v2143 = arith.cmpi eq, %v1302, %v886 : i32
                %v2144 = arith.addi %v386, %v754 : i64
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v2145 = arith.addi %v159, %v2141 : i64
                %v2146 = arith.muli %v32, %v187 : i64
                %v2147 = arith.subi %v2145, %v159 : i64
                %v2148 = arith.addi %v2146, %v2147 : i64
                %v2149 = llvm.getelementptr %v63[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2150 = llvm.load %v2149 : !llvm.ptr -> f32
                %v2151 = arith.muli %v46, %v327 : i64
                %v2152 = arith.muli %v2145, %v326 : i64
                %v2153 = arith.addi %v2151, %v2152 : i64
                %v2154 = arith.muli %v44, %size_DV : i64
                %v2155 = arith.addi %v2153, %v2154 : i64
                %v2156 = arith.addi %v2155, %v42 : i64
                %v2157 = llvm.getelementptr %dy_o[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
                %v2159 = arith.mulf %v2150, %v2158 fastmath<contract> : f32
                %v2160 = llvm.load %v52 : !llvm.ptr -> f32
                %v2161 = llvm.load %v54 : !llvm.ptr -> f32
                %v2162 = arith.mulf %v2161, %v2160 fastmath<contract> : f32
                %v2163 = arith.addf %v2159, %v2162 fastmath<contract> : f32
                llvm.store %v2163, %v52 : f32, !llvm.ptr
                %v2164 = arith.constant 8 : i64
                %v2165 = arith.addi %v2164, %v32 : i64
                %v2166 = arith.muli %v2165, %v187 : i64
                %v2167 = arith.subi %v2145, %v159 : i64
                %v2168 = arith.addi %v2166, %v2167 : i64
                %v2169 = llvm.getelementptr %v63[%v2168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2170 = llvm.load %v2169 : !llvm.ptr -> f32
                %v2171 = arith.mulf %v2170, %v2158 fastmath<contract> : f32
                %v2172 = llvm.load %v53 : !llvm.ptr -> f32
                %v2173 = llvm.load %v55 : !llvm.ptr -> f32
                %v2174 = arith.mulf %v2173, %v2172 fastmath<contract> : f32
                %v2175 = arith.addf %v2171, %v2174 fastmath<contract> : f32
                llvm.store %v2175, %v53 : f32, !llvm.ptr
                scf.if %v2143 {
                }
                %v2176 = arith.mulf %v498, %v2158 fastmath<contract> : f32
                %v2177 = arith.mulf %v523, %v2158 fastmath<contract> : f32
                %v2178 = arith.muli %v46, %v327 : i64
                %v2179 = arith.muli %v2145, %v326 : i64
                %v2180 = arith.addi %v2178, %v2179 : i64
                %v2181 = arith.muli %v44, %size_DV : i64
                %v2182 = arith.addi %v2180, %v2181 : i64
                %v2183 = arith.addi %v2182, %v42 : i64
                %v2184 = llvm.getelementptr %in_v[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
                %v2186 = llvm.load %v52 : !llvm.ptr -> f32
                %v2187 = arith.mulf %v2185, %v2186 fastmath<contract> : f32
                %v2188 = llvm.load %v53 : !llvm.ptr -> f32
                %v2189 = arith.mulf %v2185, %v2188 fastmath<contract> : f32
                %v2190 = arith.muli %v32, %v187 : i64
                %v2191 = arith.subi %v2145, %v159 : i64
                %v2192 = arith.addi %v2190, %v2191 : i64
                %v2193 = llvm.getelementptr %v67[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
                %v2195 = arith.negf %v2194 : f32
                %v2196 = arith.mulf %v2195, %v312 fastmath<contract> : f32
                %v2197 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2196) : (f32) -> f32
                %v2198 = arith.addf %v69, %v2197 fastmath<contract> : f32
                %v2199 = arith.divf %v69, %v2198 : f32
                %v2200 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2199) : (f32) -> f32
                %v2201 = arith.mulf %v946, %v2200 fastmath<contract> : f32
                %v2202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2201) : (f32) -> f32
                %v2203 = arith.mulf %v441, %v2186 fastmath<contract> : f32
                %v2204 = arith.mulf %v317, %v2203 fastmath<contract> : f32
                %v2205 = arith.mulf %v2202, %v2204 fastmath<contract> : f32
                %v2206 = arith.subf %v69, %v2199 fastmath<contract> : f32
                %v2207 = arith.mulf %v2199, %v2206 fastmath<contract> : f32
                %v2208 = arith.mulf %v2205, %v2207 fastmath<contract> : f32
                %v2209 = arith.constant 8 : i64
                %v2210 = arith.addi %v2209, %v32 : i64
                %v2211 = arith.muli %v2210, %v187 : i64
                %v2212 = arith.subi %v2145, %v159 : i64
                %v2213 = arith.addi %v2211, %v2212 : i64
                %v2214 = llvm.getelementptr %v67[%v2213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2215 = llvm.load %v2214 : !llvm.ptr -> f32
                %v2216 = arith.negf %v2215 : f32
                %v2217 = arith.mulf %v2216, %v312 fastmath<contract> : f32
                %v2218 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2217) : (f32) -> f32
                %v2219 = arith.addf %v69, %v2218 fastmath<contract> : f32
                %v2220 = arith.divf %v69, %v2219 : f32
                %v2221 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2220) : (f32) -> f32
                %v2222 = arith.mulf %v946, %v2221 fastmath<contract> : f32
                %v2223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2222) : (f32) -> f32
                %v2224 = arith.mulf %v466, %v2188 fastmath<contract> : f32
                %v2225 = arith.mulf %v317, %v2224 fastmath<contract> : f32
                %v2226 = arith.mulf %v2223, %v2225 fastmath<contract> : f32
                %v2227 = arith.subf %v69, %v2220 fastmath<contract> : f32
                %v2228 = arith.mulf %v2220, %v2227 fastmath<contract> : f32
                %v2229 = arith.mulf %v2226, %v2228 fastmath<contract> : f32
                %v2230 = arith.select %v36, %v2176, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2231, %v2232 = gpu.shuffle xor %v2230, %v978, %v302 : f32
                %v2233 = arith.addf %v2230, %v2231 fastmath<contract> : f32
                %v2234, %v2235 = gpu.shuffle xor %v2233, %v982, %v302 : f32
                %v2236 = arith.addf %v2233, %v2234 fastmath<contract> : f32
                %v2237 = arith.divui %v17, %v19 : i64
                %v2238 = arith.remui %v17, %v19 : i64
                %v2239 = arith.cmpi ult, %v2238, %v31 : i64
                %v2240 = arith.muli %v2237, %v1 : i64
                %v2241 = arith.addi %v2240, %v32 : i64
                %v2242 = arith.muli %v2241, %v991 : i64
                %v2243 = arith.addi %v2242, %v2144 : i64
                scf.if %v2239 {
                  %v2244 = llvm.getelementptr %v57[%v2243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2236, %v2244 : f32, !llvm.ptr
                }
                %v2245 = arith.select %v36, %v2177, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2246, %v2247 = gpu.shuffle xor %v2245, %v978, %v302 : f32
                %v2248 = arith.addf %v2245, %v2246 fastmath<contract> : f32
                %v2249, %v2250 = gpu.shuffle xor %v2248, %v982, %v302 : f32
                %v2251 = arith.addf %v2248, %v2249 fastmath<contract> : f32
                %v2252 = arith.divui %v17, %v19 : i64
                %v2253 = arith.remui %v17, %v19 : i64
                %v2254 = arith.cmpi ult, %v2253, %v31 : i64
                %v2255 = arith.addi %v31, %v32 : i64
                %v2256 = arith.muli %v2252, %v1 : i64
                %v2257 = arith.addi %v2256, %v2255 : i64
                %v2258 = arith.muli %v2257, %v991 : i64
                %v2259 = arith.addi %v2258, %v2144 : i64
                scf.if %v2254 {
                  %v2260 = llvm.getelementptr %v57[%v2259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2251, %v2260 : f32, !llvm.ptr
                }
                %v2261 = arith.select %v36, %v2187, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2262, %v2263 = gpu.shuffle xor %v2261, %v978, %v302 : f32
                %v2264 = arith.addf %v2261, %v2262 fastmath<contract> : f32
                %v2265, %v2266 = gpu.shuffle xor %v2264, %v982, %v302 : f32
                %v2267 = arith.addf %v2264, %v2265 fastmath<contract> : f32
                %v2268 = arith.divui %v17, %v19 : i64
                %v2269 = arith.remui %v17, %v19 : i64
                %v2270 = arith.cmpi ult, %v2269, %v31 : i64
                %v2271 = arith.muli %v2268, %v1 : i64
                %v2272 = arith.addi %v2271, %v32 : i64
                %v2273 = arith.muli %v2272, %v991 : i64
                %v2274 = arith.addi %v2273, %v2144 : i64
                scf.if %v2270 {
                  %v2275 = llvm.getelementptr %v59[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2267, %v2275 : f32, !llvm.ptr
                }
                %v2276 = arith.select %v36, %v2189, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2277, %v2278 = gpu.shuffle xor %v2276, %v978, %v302 : f32
                %v2279 = arith.addf %v2276, %v2277 fastmath<contract> : f32
                %v2280, %v2281 = gpu.shuffle xor %v2279, %v982, %v302 : f32
                %v2282 = arith.addf %v2279, %v2280 fastmath<contract> : f32
                %v2283 = arith.divui %v17, %v19 : i64
                %v2284 = arith.remui %v17, %v19 : i64
                %v2285 = arith.cmpi ult, %v2284, %v31 : i64
                %v2286 = arith.addi %v31, %v32 : i64
                %v2287 = arith.muli %v2283, %v1 : i64
                %v2288 = arith.addi %v2287, %v2286 : i64
                %v2289 = arith.muli %v2288, %v991 : i64
                %v2290 = arith.addi %v2289, %v2144 : i64
                scf.if %v2285 {
                  %v2291 = llvm.getelementptr %v59[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2282, %v2291 : f32, !llvm.ptr
                }
                %v2292 = arith.select %v36, %v2208, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2293, %v2294 = gpu.shuffle xor %v2292, %v978, %v302 : f32
                %v2295 = arith.addf %v2292, %v2293 fastmath<contract> : f32
                %v2296, %v2297 = gpu.shuffle xor %v2295, %v982, %v302 : f32
                %v2298 = arith.addf %v2295, %v2296 fastmath<contract> : f32
                %v2299 = arith.divui %v17, %v19 : i64
                %v2300 = arith.remui %v17, %v19 : i64
                %v2301 = arith.cmpi ult, %v2300, %v31 : i64
                %v2302 = arith.muli %v2299, %v1 : i64
                %v2303 = arith.addi %v2302, %v32 : i64
                %v2304 = arith.muli %v2303, %v991 : i64
                %v2305 = arith.addi %v2304, %v2144 : i64
                scf.if %v2301 {
                  %v2306 = llvm.getelementptr %v61[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2298, %v2306 : f32, !llvm.ptr
                }
                %v2307 = arith.select %v36, %v2229, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2308, %v2309 = gpu.shuffle xor %v2307, %v978, %v302 : f32
                %v2310 = arith.addf %v2307, %v2308 fastmath<contract> : f32
                %v2311, %v2312 = gpu.shuffle xor %v2310, %v982, %v302 : f32
                %v2313 = arith.addf %v2310, %v2311 fastmath<contract> : f32
                %v2314 = arith.divui %v17, %v19 : i64
                %v2315 = arith.remui %v17, %v19 : i64
                %v2316 = arith.cmpi ult, %v2315, %v31 : i64
                %v2317 = arith.addi %v31, %v32 : i64
                %v2318 = arith.muli %v2314, %v1 : i64
                %v2319 = arith.addi %v2318, %v2317 : i64
                %v2320 = arith.muli %v2319, %v991 : i64
                %v2321 = arith.addi %v2320, %v2144 : i64
                scf.if %v2316 {
                  %v2322 = llvm.getelementptr %v61[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2313, %v2322 : f32, !llvm.ptr
                }
                %v2323 = arith.muli %v32, %v187 : i64
                %v2324 = arith.subi %v2145, %v159 : i64
                %v2325 = arith.addi %v2323, %v2324 : i64
                %v2326 = llvm.getelementptr %v65[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2327 = llvm.load %v2326 : !llvm.ptr -> f32
                %v2328 = arith.mulf %v2327, %v2186 fastmath<contract> : f32
                %v2329 = arith.constant 8 : i64
                %v2330 = arith.addi %v2329, %v32 : i64
                %v2331 = arith.muli %v2330, %v187 : i64
                %v2332 = arith.subi %v2145, %v159 : i64
                %v2333 = arith.addi %v2331, %v2332 : i64
                %v2334 = llvm.getelementptr %v65[%v2333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
                %v2336 = arith.mulf %v2335, %v2188 fastmath<contract> : f32
                %v2337 = arith.addf %v2328, %v2336 fastmath<contract> : f32
                llvm.store %v2337, %v869 : f32, !llvm.ptr
                %v2338 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2199) : (f32) -> f32
                %v2339 = arith.mulf %v317, %v2338 fastmath<contract> : f32
                %v2340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2339) : (f32) -> f32
                llvm.store %v2340, %v54 : f32, !llvm.ptr
                %v2341 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2220) : (f32) -> f32
                %v2342 = arith.mulf %v317, %v2341 fastmath<contract> : f32
                %v2343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2342) : (f32) -> f32
                llvm.store %v2343, %v55 : f32, !llvm.ptr
                %v2344 = llvm.load %v869 : !llvm.ptr -> f32
                %v2346 = arith.cmpi slt, %v2345, %v880 : i32
                %v2347 = arith.cmpi eq, %v2345, %v886 : i32
                %v2348 = arith.addi %v386, %v109 : i64
                llvm.store %v68, %v869 : f32, !llvm.ptr
                %v2349 = arith.addi %v159, %v384 : i64
                %v2350 = arith.muli %v32, %v187 : i64
                %v2351 = arith.subi %v2349, %v159 : i64
                %v2352 = arith.addi %v2350, %v2351 : i64
                %v2353 = llvm.getelementptr %v63[%v2352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2354 = llvm.load %v2353 : !llvm.ptr -> f32
                %v2355 = arith.muli %v46, %v327 : i64
                %v2356 = arith.muli %v2349, %v326 : i64
                %v2357 = arith.addi %v2355, %v2356 : i64
                %v2358 = arith.muli %v44, %size_DV : i64
                %v2359 = arith.addi %v2357, %v2358 : i64
                %v2360 = arith.addi %v2359, %v42 : i64
                %v2361 = llvm.getelementptr %dy_o[%v2360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2362 = llvm.load %v2361 : !llvm.ptr -> f32
                %v2363 = arith.mulf %v2354, %v2362 fastmath<contract> : f32
                %v2364 = llvm.load %v52 : !llvm.ptr -> f32
                %v2365 = llvm.load %v54 : !llvm.ptr -> f32
                %v2366 = arith.mulf %v2365, %v2364 fastmath<contract> : f32
                %v2367 = arith.addf %v2363, %v2366 fastmath<contract> : f32
                llvm.store %v2367, %v52 : f32, !llvm.ptr
                %v2368 = arith.constant 8 : i64
                %v2369 = arith.addi %v2368, %v32 : i64
                %v2370 = arith.muli %v2369, %v187 : i64
                %v2371 = arith.subi %v2349, %v159 : i64
                %v2372 = arith.addi %v2370, %v2371 : i64
                %v2373 = llvm.getelementptr %v63[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2374 = llvm.load %v2373 : !llvm.ptr -> f32
                %v2375 = arith.mulf %v2374, %v2362 fastmath<contract> : f32
                %v2376 = llvm.load %v53 : !llvm.ptr -> f32
                %v2377 = llvm.load %v55 : !llvm.ptr -> f32
                %v2378 = arith.mulf %v2377, %v2376 fastmath<contract> : f32
                %v2379 = arith.addf %v2375, %v2378 fastmath<contract> : f32
                llvm.store %v2379, %v53 : f32, !llvm.ptr
                scf.if %v2347 {
                }
                %v2380 = arith.mulf %v441, %v2362 fastmath<contract> : f32
                %v2381 = arith.mulf %v466, %v2362 fastmath<contract> : f32
                %v2382 = arith.muli %v46, %v327 : i64
                %v2383 = arith.muli %v2349, %v326 : i64
                %v2384 = arith.addi %v2382, %v2383 : i64
                %v2385 = arith.muli %v44, %size_DV : i64
                %v2386 = arith.addi %v2384, %v2385 : i64
                %v2387 = arith.addi %v2386, %v42 : i64
                %v2388 = llvm.getelementptr %in_v[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2389 = llvm.load %v2388 : !llvm.ptr -> f32
                %v2390 = llvm.load %v52 : !llvm.ptr -> f32
                %v2391 = arith.mulf %v2389, %v2390 fastmath<contract> : f32
                %v2392 = llvm.load %v53 : !llvm.ptr -> f32
                %v2393 = arith.mulf %v2389, %v2392 fastmath<contract> : f32
                %v2394 = arith.muli %v32, %v187 : i64
                %v2395 = arith.subi %v2349, %v159 : i64
                %v2396 = arith.addi %v2394, %v2395 : i64
                %v2397 = llvm.getelementptr %v67[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2398 = llvm.load %v2397 : !llvm.ptr -> f32
                %v2399 = arith.negf %v2398 : f32
                %v2400 = arith.mulf %v2399, %v312 fastmath<contract> : f32
                %v2401 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2400) : (f32) -> f32
                %v2402 = arith.addf %v69, %v2401 fastmath<contract> : f32
                %v2403 = arith.divf %v69, %v2402 : f32
                %v2404 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2403) : (f32) -> f32
                %v2405 = arith.mulf %v946, %v2404 fastmath<contract> : f32
                %v2406 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2405) : (f32) -> f32
                %v2407 = arith.mulf %v398, %v2390 fastmath<contract> : f32
                %v2408 = arith.mulf %v317, %v2407 fastmath<contract> : f32
                %v2409 = arith.mulf %v2406, %v2408 fastmath<contract> : f32
                %v2410 = arith.subf %v69, %v2403 fastmath<contract> : f32
                %v2411 = arith.mulf %v2403, %v2410 fastmath<contract> : f32
                %v2412 = arith.mulf %v2409, %v2411 fastmath<contract> : f32
                %v2413 = arith.constant 8 : i64
                %v2414 = arith.addi %v2413, %v32 : i64
                %v2415 = arith.muli %v2414, %v187 : i64
                %v2416 = arith.subi %v2349, %v159 : i64
                %v2417 = arith.addi %v2415, %v2416 : i64
                %v2418 = llvm.getelementptr %v67[%v2417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2419 = llvm.load %v2418 : !llvm.ptr -> f32
                %v2420 = arith.negf %v2419 : f32
                %v2421 = arith.mulf %v2420, %v312 fastmath<contract> : f32
                %v2422 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2421) : (f32) -> f32
                %v2423 = arith.addf %v69, %v2422 fastmath<contract> : f32
                %v2424 = arith.divf %v69, %v2423 : f32
                %v2425 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2424) : (f32) -> f32
                %v2426 = arith.mulf %v946, %v2425 fastmath<contract> : f32
                %v2427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2426) : (f32) -> f32
                %v2428 = arith.mulf %v407, %v2392 fastmath<contract> : f32
                %v2429 = arith.mulf %v317, %v2428 fastmath<contract> : f32
                %v2430 = arith.mulf %v2427, %v2429 fastmath<contract> : f32
                %v2431 = arith.subf %v69, %v2424 fastmath<contract> : f32
                %v2432 = arith.mulf %v2424, %v2431 fastmath<contract> : f32
                %v2433 = arith.mulf %v2430, %v2432 fastmath<contract> : f32
                %v2434 = arith.select %v36, %v2380, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2435, %v2436 = gpu.shuffle xor %v2434, %v978, %v302 : f32
                %v2437 = arith.addf %v2434, %v2435 fastmath<contract> : f32
                %v2438, %v2439 = gpu.shuffle xor %v2437, %v982, %v302 : f32
                %v2440 = arith.addf %v2437, %v2438 fastmath<contract> : f32
                %v2441 = arith.divui %v17, %v19 : i64
                %v2442 = arith.remui %v17, %v19 : i64
                %v2443 = arith.cmpi ult, %v2442, %v31 : i64
                %v2444 = arith.muli %v2441, %v1 : i64
                %v2445 = arith.addi %v2444, %v32 : i64
                %v2446 = arith.muli %v2445, %v991 : i64
                %v2447 = arith.addi %v2446, %v2348 : i64
                scf.if %v2443 {
                  %v2448 = llvm.getelementptr %v57[%v2447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2440, %v2448 : f32, !llvm.ptr
                }
                %v2449 = arith.select %v36, %v2381, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2450, %v2451 = gpu.shuffle xor %v2449, %v978, %v302 : f32
                %v2452 = arith.addf %v2449, %v2450 fastmath<contract> : f32
                %v2453, %v2454 = gpu.shuffle xor %v2452, %v982, %v302 : f32
                %v2455 = arith.addf %v2452, %v2453 fastmath<contract> : f32
                %v2456 = arith.divui %v17, %v19 : i64
                %v2457 = arith.remui %v17, %v19 : i64
                %v2458 = arith.cmpi ult, %v2457, %v31 : i64
                %v2459 = arith.addi %v31, %v32 : i64
                %v2460 = arith.muli %v2456, %v1 : i64
                %v2461 = arith.addi %v2460, %v2459 : i64
                %v2462 = arith.muli %v2461, %v991 : i64
                %v2463 = arith.addi %v2462, %v2348 : i64
                scf.if %v2458 {
                  %v2464 = llvm.getelementptr %v57[%v2463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2455, %v2464 : f32, !llvm.ptr
                }
                %v2465 = arith.select %v36, %v2391, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2466, %v2467 = gpu.shuffle xor %v2465, %v978, %v302 : f32
                %v2468 = arith.addf %v2465, %v2466 fastmath<contract> : f32
                %v2469, %v2470 = gpu.shuffle xor %v2468, %v982, %v302 : f32
                %v2471 = arith.addf %v2468, %v2469 fastmath<contract> : f32
                %v2472 = arith.divui %v17, %v19 : i64
                %v2473 = arith.remui %v17, %v19 : i64
                %v2474 = arith.cmpi ult, %v2473, %v31 : i64
                %v2475 = arith.muli %v2472, %v1 : i64
                %v2476 = arith.addi %v2475, %v32 : i64
                %v2477 = arith.muli %v2476, %v991 : i64
                %v2478 = arith.addi %v2477, %v2348 : i64
                scf.if %v2474 {
                  %v2479 = llvm.getelementptr %v59[%v2478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2471, %v2479 : f32, !llvm.ptr
                }
                %v2480 = arith.select %v36, %v2393, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2481, %v2482 = gpu.shuffle xor %v2480, %v978, %v302 : f32
                %v2483 = arith.addf %v2480, %v2481 fastmath<contract> : f32
                %v2484, %v2485 = gpu.shuffle xor %v2483, %v982, %v302 : f32
                %v2486 = arith.addf %v2483, %v2484 fastmath<contract> : f32
                %v2487 = arith.divui %v17, %v19 : i64
                %v2488 = arith.remui %v17, %v19 : i64
                %v2489 = arith.cmpi ult, %v2488, %v31 : i64
                %v2490 = arith.addi %v31, %v32 : i64
                %v2491 = arith.muli %v2487, %v1 : i64
                %v2492 = arith.addi %v2491, %v2490 : i64
                %v2493 = arith.muli %v2492, %v991 : i64
                %v2494 = arith.addi %v2493, %v2348 : i64
                scf.if %v2489 {
                  %v2495 = llvm.getelementptr %v59[%v2494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2486, %v2495 : f32, !llvm.ptr
                }
                %v2496 = arith.select %v36, %v2412, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2497, %v2498 = gpu.shuffle xor %v2496, %v978, %v302 : f32
                %v2499 = arith.addf %v2496, %v2497 fastmath<contract> : f32
                %v2500, %v2501 = gpu.shuffle xor %v2499, %v982, %v302 : f32
                %v2502 = arith.addf %v2499, %v2500 fastmath<contract> : f32
                %v2503 = arith.divui %v17, %v19 : i64
                %v2504 = arith.remui %v17, %v19 : i64
                %v2505 = arith.cmpi ult, %v2504, %v31 : i64
                %v2506 = arith.muli %v2503, %v1 : i64
                %v2507 = arith.addi %v2506, %v32 : i64
                %v2508 = arith.muli %v2507, %v991 : i64
                %v2509 = arith.addi %v2508, %v2348 : i64
                scf.if %v2505 {
                  %v2510 = llvm.getelementptr %v61[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2502, %v2510 : f32, !llvm.ptr
                }
                %v2511 = arith.select %v36, %v2433, %v68 : f32
                // sum over the warp's outer points: shuffles
                %v2512, %v2513 = gpu.shuffle xor %v2511, %v978, %v302 : f32
                %v2514 = arith.addf %v2511, %v2512 fastmath<contract> : f32
                %v2515, %v2516 = gpu.shuffle xor %v2514, %v982, %v302 : f32
                %v2517 = arith.addf %v2514, %v2515 fastmath<contract> : f32
                %v2518 = arith.divui %v17, %v19 : i64
                %v2519 = arith.remui %v17, %v19 : i64
                %v2520 = arith.cmpi ult, %v2519, %v31 : i64
                %v2521 = arith.addi %v31, %v32 : i64
                %v2522 = arith.muli %v2518, %v1 : i64
                %v2523 = arith.addi %v2522, %v2521 : i64
                %v2524 = arith.muli %v2523, %v991 : i64
                %v2525 = arith.addi %v2524, %v2348 : i64
                scf.if %v2520 {
                  %v2526 = llvm.getelementptr %v61[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2517, %v2526 : f32, !llvm.ptr
                }
                %v2527 = arith.muli %v32, %v187 : i64
                %v2528 = arith.subi %v2349, %v159 : i64
                %v2529 = arith.addi %v2527, %v2528 : i64
                %v2530 = llvm.getelementptr %v65[%v2529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2531 = llvm.load %v2530 : !llvm.ptr -> f32
                %v2532 = arith.mulf %v2531, %v2390 fastmath<contract> : f32
                %v2533 = arith.constant 8 : i64
                %v2534 = arith.addi %v2533, %v32 : i64
                %v2535 = arith.muli %v2534, %v187 : i64
                %v2536 = arith.subi %v2349, %v159 : i64
                %v2537 = arith.addi %v2535, %v2536 : i64
                %v2538 = llvm.getelementptr %v65[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
                %v2540 = arith.mulf %v2539, %v2392 fastmath<contract> : f32
                %v2541 = arith.addf %v2532, %v2540 fastmath<contract> : f32
                llvm.store %v2541, %v869 : f32, !llvm.ptr
                %v2542 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2403) : (f32) -> f32
                %v2543 = arith.mulf %v317, %v2542 fastmath<contract> : f32
                %v2544 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2543) : (f32) -> f32
                llvm.store %v2544, %v54 : f32, !llvm.ptr
                %v2545 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2424) : (f32) -> f32
                %v2546 = arith.mulf %v317, %v2545 fastmath<contract> : f32
                %v2547 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2546) : (f32) -> f32
                llvm.store %v2547, %v55 : f32, !llvm.ptr
                %v2548 = llvm.load %v869 : !llvm.ptr -> f32
                %v2549 = arith.select %v872, %v2548, %v2344 : f32
                %v2550 = arith.select %v872, %v2344, %v2548 : f32
                %v2551, %v2552 = gpu.shuffle xor %v2549, %v1302, %v302 : f32
                %v2553 = arith.addf %v2550, %v2551 fastmath<contract> : f32
                %v2554 = arith.select %v875, %v2553, %v2140 : f32
                %v2555 = arith.select %v875, %v2140, %v2553 : f32
                %v2556, %v2557 = gpu.shuffle xor %v2554, %v1723, %v302 : f32
                %v2558 = arith.addf %v2555, %v2556 fastmath<contract> : f32
                %v2559 = arith.select %v878, %v2558, %v1726 : f32
                %v2560 = arith.select %v878, %v1726, %v2558 : f32
                %v2561, %v2562 = gpu.shuffle xor %v2559, %v1512, %v302 : f32
                %v2563 = arith.addf %v2560, %v2561 fastmath<contract> : f32
                %v2564 = arith.addi %v384, %v32 : i64
                %v2565 = arith.cmpi slt, %v2564, %v161 : i64
                %v2566 = arith.andi %v36, %v2565 : i1
                scf.if %v2566 {
                  %v2567 = arith.addi %v159, %v2564 : i64
                  // the gradients of this lane's own step
                  %v2568 = arith.muli %v46, %v327 : i64
                  %v2569 = arith.muli %v2567, %v326 : i64
                  %v2570 = arith.addi %v2568, %v2569 : i64
                  %v2571 = arith.muli %v44, %size_DV : i64
                  %v2572 = arith.addi %v2570, %v2571 : i64
                  %v2573 = arith.addi %v2572, %v42 : i64
                  %v2574 = llvm.getelementptr %dx_v[%v2573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2563, %v2574 : f32, !llvm.ptr
                }
              } else {
                %v2575 = arith.subi %v161, %v2 : i64
                %v2576 = arith.muli %v387, %v4 : i64
                %v2577 = arith.subi %v4, %v2 : i64
                %v2578 = arith.minsi %v38, %v2577 : i64
                %v2579 = arith.addi %v2576, %v2578 : i64
                %v2580 = arith.muli %v2579, %v1 : i64
                %v2581 = arith.addi %v2580, %v32 : i64
                %v2582 = llvm.getelementptr %scratch_S[%v2581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2583 = llvm.load %v2582 : !llvm.ptr -> f32
                %v2584 = arith.muli %v387, %v4 : i64
                %v2585 = arith.subi %v4, %v2 : i64
                %v2586 = arith.minsi %v38, %v2585 : i64
                %v2587 = arith.addi %v2584, %v2586 : i64
                %v2588 = arith.muli %v2587, %v1 : i64
                %v2589 = arith.addi %v2588, %v31 : i64
                %v2590 = arith.addi %v2589, %v32 : i64
                %v2591 = llvm.getelementptr %scratch_S[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2592 = llvm.load %v2591 : !llvm.ptr -> f32
                %v2593 = arith.addi %v384, %v32 : i64
                %v2594 = arith.minsi %v2593, %v2575 : i64
                %v2595 = arith.addi %v159, %v2594 : i64
                // the group's states, recomputed into registers
                %v2596 = arith.minsi %v384, %v2575 : i64
                %v2597 = arith.addi %v159, %v2596 : i64
                %v2598 = arith.muli %v32, %v187 : i64
                %v2599 = arith.subi %v2597, %v159 : i64
                %v2600 = arith.addi %v2598, %v2599 : i64
                %v2601 = llvm.getelementptr %v67[%v2600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2602 = llvm.load %v2601 : !llvm.ptr -> f32
                %v2603 = arith.negf %v2602 : f32
                %v2604 = arith.mulf %v2603, %v312 fastmath<contract> : f32
                %v2605 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2604) : (f32) -> f32
                %v2606 = arith.addf %v69, %v2605 fastmath<contract> : f32
                %v2607 = arith.divf %v69, %v2606 : f32
                %v2608 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2607) : (f32) -> f32
                %v2609 = arith.mulf %v317, %v2608 fastmath<contract> : f32
                %v2610 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2609) : (f32) -> f32
                %v2611 = arith.muli %v32, %v187 : i64
                %v2612 = arith.subi %v2597, %v159 : i64
                %v2613 = arith.addi %v2611, %v2612 : i64
                %v2614 = llvm.getelementptr %v65[%v2613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2615 = llvm.load %v2614 : !llvm.ptr -> f32
                %v2616 = arith.muli %v46, %v327 : i64
                %v2617 = arith.muli %v2597, %v326 : i64
                %v2618 = arith.addi %v2616, %v2617 : i64
                %v2619 = arith.muli %v44, %size_DV : i64
                %v2620 = arith.addi %v2618, %v2619 : i64
                %v2621 = arith.addi %v2620, %v42 : i64
                %v2622 = llvm.getelementptr %in_v[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
                %v2624 = arith.mulf %v2615, %v2623 fastmath<contract> : f32
                %v2625 = arith.mulf %v2610, %v2583 fastmath<contract> : f32
                %v2626 = arith.addf %v2625, %v2624 fastmath<contract> : f32
                %v2627 = arith.constant 8 : i64
                %v2628 = arith.addi %v2627, %v32 : i64
                %v2629 = arith.muli %v2628, %v187 : i64
                %v2630 = arith.subi %v2597, %v159 : i64
                %v2631 = arith.addi %v2629, %v2630 : i64
                %v2632 = llvm.getelementptr %v67[%v2631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2633 = llvm.load %v2632 : !llvm.ptr -> f32
                %v2634 = arith.negf %v2633 : f32
                %v2635 = arith.mulf %v2634, %v312 fastmath<contract> : f32
                %v2636 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2635) : (f32) -> f32
                %v2637 = arith.addf %v69, %v2636 fastmath<contract> : f32
                %v2638 = arith.divf %v69, %v2637 : f32
                %v2639 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2638) : (f32) -> f32
                %v2640 = arith.mulf %v317, %v2639 fastmath<contract> : f32
                %v2641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2640) : (f32) -> f32
                %v2642 = arith.constant 8 : i64
                %v2643 = arith.addi %v2642, %v32 : i64
                %v2644 = arith.muli %v2643, %v187 : i64
                %v2645 = arith.subi %v2597, %v159 : i64
                %v2646 = arith.addi %v2644, %v2645 : i64
                %v2647 = llvm.getelementptr %v65[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2648 = llvm.load %v2647 : !llvm.ptr -> f32
                %v2649 = arith.mulf %v2648, %v2623 fastmath<contract> : f32
                %v2650 = arith.mulf %v2641, %v2592 fastmath<contract> : f32
                %v2651 = arith.addf %v2650, %v2649 fastmath<contract> : f32
                %v2652 = arith.addi %v384, %v2 : i64
                %v2653 = arith.minsi %v2652, %v2575 : i64
                %v2654 = arith.addi %v159, %v2653 : i64
                %v2655 = arith.muli %v32, %v187 : i64
                %v2656 = arith.subi %v2654, %v159 : i64
                %v2657 = arith.addi %v2655, %v2656 : i64
                %v2658 = llvm.getelementptr %v67[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2659 = llvm.load %v2658 : !llvm.ptr -> f32
                %v2660 = arith.negf %v2659 : f32
                %v2661 = arith.mulf %v2660, %v312 fastmath<contract> : f32
                %v2662 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2661) : (f32) -> f32
                %v2663 = arith.addf %v69, %v2662 fastmath<contract> : f32
                %v2664 = arith.divf %v69, %v2663 : f32
                %v2665 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2664) : (f32) -> f32
                %v2666 = arith.mulf %v317, %v2665 fastmath<contract> : f32
                %v2667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2666) : (f32) -> f32
                %v2668 = arith.muli %v32, %v187 : i64
                %v2669 = arith.subi %v2654, %v159 : i64
                %v2670 = arith.addi %v2668, %v2669 : i64
                %v2671 = llvm.getelementptr %v65[%v2670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
                %v2673 = arith.muli %v46, %v327 : i64
                %v2674 = arith.muli %v2654, %v326 : i64
                %v2675 = arith.addi %v2673, %v2674 : i64
                %v2676 = arith.muli %v44, %size_DV : i64
                %v2677 = arith.addi %v2675, %v2676 : i64
                %v2678 = arith.addi %v2677, %v42 : i64
                %v2679 = llvm.getelementptr %in_v[%v2678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2680 = llvm.load %v2679 : !llvm.ptr -> f32
                %v2681 = arith.mulf %v2672, %v2680 fastmath<contract> : f32
                %v2682 = arith.mulf %v2667, %v2626 fastmath<contract> : f32
                %v2683 = arith.addf %v2682, %v2681 fastmath<contract> : f32
                %v2684 = arith.constant 8 : i64
                %v2685 = arith.addi %v2684, %v32 : i64
                %v2686 = arith.muli %v2685, %v187 : i64
                %v2687 = arith.subi %v2654, %v159 : i64
                %v2688 = arith.addi %v2686, %v2687 : i64
                %v2689 = llvm.getelementptr %v67[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2690 = llvm.load %v2689 : !llvm.ptr -> f32
                %v2691 = arith.negf %v2690 : f32
                %v2692 = arith.mulf %v2691, %v312 fastmath<contract> : f32
                %v2693 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2692) : (f32) -> f32
                %v2694 = arith.addf %v69, %v2693 fastmath<contract> : f32
                %v2695 = arith.divf %v69, %v2694 : f32
                %v2696 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2695) : (f32) -> f32
                %v2697 = arith.mulf %v317, %v2696 fastmath<contract> : f32
                %v2698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2697) : (f32) -> f32
                %v2699 = arith.constant 8 : i64
                %v2700 = arith.addi %v2699, %v32 : i64
                %v2701 = arith.muli %v2700, %v187 : i64
                %v2702 = arith.subi %v2654, %v159 : i64
                %v2703 = arith.addi %v2701, %v2702 : i64
                %v2704 = llvm.getelementptr %v65[%v2703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2705 = llvm.load %v2704 : !llvm.ptr -> f32
                %v2706 = arith.mulf %v2705, %v2680 fastmath<contract> : f32
                %v2707 = arith.mulf %v2698, %v2651 fastmath<contract> : f32
                %v2708 = arith.addf %v2707, %v2706 fastmath<contract> : f32
                %v2709 = arith.addi %v384, %v366 : i64
                %v2710 = arith.minsi %v2709, %v2575 : i64
                %v2711 = arith.addi %v159, %v2710 : i64
                %v2712 = arith.muli %v32, %v187 : i64
                %v2713 = arith.subi %v2711, %v159 : i64
                %v2714 = arith.addi %v2712, %v2713 : i64
                %v2715 = llvm.getelementptr %v67[%v2714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2716 = llvm.load %v2715 : !llvm.ptr -> f32
                %v2717 = arith.negf %v2716 : f32
                %v2718 = arith.mulf %v2717, %v312 fastmath<contract> : f32
                %v2719 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2718) : (f32) -> f32
                %v2720 = arith.addf %v69, %v2719 fastmath<contract> : f32
                %v2721 = arith.divf %v69, %v2720 : f32
                %v2722 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2721) : (f32) -> f32
                %v2723 = arith.mulf %v317, %v2722 fastmath<contract> : f32
                %v2724 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2723) : (f32) -> f32
                %v2725 = arith.muli %v32, %v187 : i64
                %v2726 = arith.subi %v2711, %v159 : i64
                %v2727 = arith.addi %v2725, %v2726 : i64
                %v2728 = llvm.getelementptr %v65[%v2727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2729 = llvm.load %v2728 : !llvm.ptr -> f32
                %v2730 = arith.muli %v46, %v327 : i64
                %v2731 = arith.muli %v2711, %v326 : i64
                %v2732 = arith.addi %v2730, %v2731 : i64
                %v2733 = arith.muli %v44, %size_DV : i64
                %v2734 = arith.addi %v2732, %v2733 : i64
                %v2735 = arith.addi %v2734, %v42 : i64
                %v2736 = llvm.getelementptr %in_v[%v2735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2737 = llvm.load %v2736 : !llvm.ptr -> f32
                %v2738 = arith.mulf %v2729, %v2737 fastmath<contract> : f32
                %v2739 = arith.mulf %v2724, %v2683 fastmath<contract> : f32
                %v2740 = arith.addf %v2739, %v2738 fastmath<contract> : f32
                %v2741 = arith.constant 8 : i64
                %v2742 = arith.addi %v2741, %v32 : i64
                %v2743 = arith.muli %v2742, %v187 : i64
                %v2744 = arith.subi %v2711, %v159 : i64
                %v2745 = arith.addi %v2743, %v2744 : i64
                %v2746 = llvm.getelementptr %v67[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2747 = llvm.load %v2746 : !llvm.ptr -> f32
                %v2748 = arith.negf %v2747 : f32
                %v2749 = arith.mulf %v2748, %v312 fastmath<contract> : f32
                %v2750 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2749) : (f32) -> f32
                %v2751 = arith.addf %v69, %v2750 fastmath<contract> : f32
                %v2752 = arith.divf %v69, %v2751 : f32
                %v2753 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2752) : (f32) -> f32
                %v2754 = arith.mulf %v317, %v2753 fastmath<contract> : f32
                %v2755 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2754) : (f32) -> f32
                %v2756 = arith.constant 8 : i64
                %v2757 = arith.addi %v2756, %v32 : i64
                %v2758 = arith.muli %v2757, %v187 : i64
                %v2759 = arith.subi %v2711, %v159 : i64
                %v2760 = arith.addi %v2758, %v2759 : i64
                %v2761 = llvm.getelementptr %v65[%v2760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2762 = llvm.load %v2761 : !llvm.ptr -> f32
                %v2763 = arith.mulf %v2762, %v2737 fastmath<contract> : f32
                %v2764 = arith.mulf %v2755, %v2708 fastmath<contract> : f32
                %v2765 = arith.addf %v2764, %v2763 fastmath<contract> : f32
                %v2766 = arith.addi %v384, %v581 : i64
                %v2767 = arith.minsi %v2766, %v2575 : i64
                %v2768 = arith.addi %v159, %v2767 : i64
                %v2769 = arith.muli %v32, %v187 : i64
                %v2770 = arith.subi %v2768, %v159 : i64
                %v2771 = arith.addi %v2769, %v2770 : i64
                %v2772 = llvm.getelementptr %v67[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2773 = llvm.load %v2772 : !llvm.ptr -> f32
                %v2774 = arith.negf %v2773 : f32
                %v2775 = arith.mulf %v2774, %v312 fastmath<contract> : f32
                %v2776 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2775) : (f32) -> f32
                %v2777 = arith.addf %v69, %v2776 fastmath<contract> : f32
                %v2778 = arith.divf %v69, %v2777 : f32
                %v2779 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2778) : (f32) -> f32
                %v2780 = arith.mulf %v317, %v2779 fastmath<contract> : f32
                %v2781 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2780) : (f32) -> f32
                %v2782 = arith.muli %v32, %v187 : i64
                %v2783 = arith.subi %v2768, %v159 : i64
                %v2784 = arith.addi %v2782, %v2783 : i64
                %v2785 = llvm.getelementptr %v65[%v2784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2786 = llvm.load %v2785 : !llvm.ptr -> f32
                %v2787 = arith.muli %v46, %v327 : i64
                %v2788 = arith.muli %v2768, %v326 : i64
                %v2789 = arith.addi %v2787, %v2788 : i64
                %v2790 = arith.muli %v44, %size_DV : i64
                %v2791 = arith.addi %v2789, %v2790 : i64
                %v2792 = arith.addi %v2791, %v42 : i64
                %v2793 = llvm.getelementptr %in_v[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2794 = llvm.load %v2793 : !llvm.ptr -> f32
                %v2795 = arith.mulf %v2786, %v2794 fastmath<contract> : f32
                %v2796 = arith.mulf %v2781, %v2740 fastmath<contract> : f32
                %v2797 = arith.addf %v2796, %v2795 fastmath<contract> : f32
                %v2798 = arith.constant 8 : i64
                %v2799 = arith.addi %v2798, %v32 : i64
                %v2800 = arith.muli %v2799, %v187 : i64
                %v2801 = arith.subi %v2768, %v159 : i64
                %v2802 = arith.addi %v2800, %v2801 : i64
                %v2803 = llvm.getelementptr %v67[%v2802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2804 = llvm.load %v2803 : !llvm.ptr -> f32
                %v2805 = arith.negf %v2804 : f32
                %v2806 = arith.mulf %v2805, %v312 fastmath<contract> : f32
                %v2807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2806) : (f32) -> f32
                %v2808 = arith.addf %v69, %v2807 fastmath<contract> : f32
                %v2809 = arith.divf %v69, %v2808 : f32
                %v2810 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2809) : (f32) -> f32
                %v2811 = arith.mulf %v317, %v2810 fastmath<contract> : f32
                %v2812 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2811) : (f32) -> f32
                %v2813 = arith.constant 8 : i64
                %v2814 = arith.addi %v2813, %v32 : i64
                %v2815 = arith.muli %v2814, %v187 : i64
                %v2816 = arith.subi %v2768, %v159 : i64
                %v2817 = arith.addi %v2815, %v2816 : i64
                %v2818 = llvm.getelementptr %v65[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2819 = llvm.load %v2818 : !llvm.ptr -> f32
                %v2820 = arith.mulf %v2819, %v2794 fastmath<contract> : f32
                %v2821 = arith.mulf %v2812, %v2765 fastmath<contract> : f32
                %v2822 = arith.addf %v2821, %v2820 fastmath<contract> : f32
                %v2823 = arith.addi %v384, %v48 : i64
                %v2824 = arith.minsi %v2823, %v2575 : i64
                %v2825 = arith.addi %v159, %v2824 : i64
                %v2826 = arith.muli %v32, %v187 : i64
                %v2827 = arith.subi %v2825, %v159 : i64
                %v2828 = arith.addi %v2826, %v2827 : i64
                %v2829 = llvm.getelementptr %v67[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
                %v2831 = arith.negf %v2830 : f32
                %v2832 = arith.mulf %v2831, %v312 fastmath<contract> : f32
                %v2833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2832) : (f32) -> f32
                %v2834 = arith.addf %v69, %v2833 fastmath<contract> : f32
                %v2835 = arith.divf %v69, %v2834 : f32
                %v2836 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2835) : (f32) -> f32
                %v2837 = arith.mulf %v317, %v2836 fastmath<contract> : f32
                %v2838 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2837) : (f32) -> f32
                %v2839 = arith.muli %v32, %v187 : i64
                %v2840 = arith.subi %v2825, %v159 : i64
                %v2841 = arith.addi %v2839, %v2840 : i64
                %v2842 = llvm.getelementptr %v65[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2843 = llvm.load %v2842 : !llvm.ptr -> f32
                %v2844 = arith.muli %v46, %v327 : i64
                %v2845 = arith.muli %v2825, %v326 : i64
                %v2846 = arith.addi %v2844, %v2845 : i64
                %v2847 = arith.muli %v44, %size_DV : i64
                %v2848 = arith.addi %v2846, %v2847 : i64
                %v2849 = arith.addi %v2848, %v42 : i64
                %v2850 = llvm.getelementptr %in_v[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2851 = llvm.load %v2850 : !llvm.ptr -> f32
                %v2852 = arith.mulf %v2843, %v2851 fastmath<contract> : f32
                %v2853 = arith.mulf %v2838, %v2797 fastmath<contract> : f32
                %v2854 = arith.addf %v2853, %v2852 fastmath<contract> : f32
                %v2855 = arith.constant 8 : i64
                %v2856 = arith.addi %v2855, %v32 : i64
                %v2857 = arith.muli %v2856, %v187 : i64
                %v2858 = arith.subi %v2825, %v159 : i64
                %v2859 = arith.addi %v2857, %v2858 : i64
                %v2860 = llvm.getelementptr %v67[%v2859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2861 = llvm.load %v2860 : !llvm.ptr -> f32
                %v2862 = arith.negf %v2861 : f32
                %v2863 = arith.mulf %v2862, %v312 fastmath<contract> : f32
                %v2864 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2863) : (f32) -> f32
                %v2865 = arith.addf %v69, %v2864 fastmath<contract> : f32
                %v2866 = arith.divf %v69, %v2865 : f32
                %v2867 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2866) : (f32) -> f32
                %v2868 = arith.mulf %v317, %v2867 fastmath<contract> : f32
                %v2869 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2868) : (f32) -> f32
                %v2870 = arith.constant 8 : i64
                %v2871 = arith.addi %v2870, %v32 : i64
                %v2872 = arith.muli %v2871, %v187 : i64
                %v2873 = arith.subi %v2825, %v159 : i64
                %v2874 = arith.addi %v2872, %v2873 : i64
                %v2875 = llvm.getelementptr %v65[%v2874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2876 = llvm.load %v2875 : !llvm.ptr -> f32
                %v2877 = arith.mulf %v2876, %v2851 fastmath<contract> : f32
                %v2878 = arith.mulf %v2869, %v2822 fastmath<contract> : f32
                %v2879 = arith.addf %v2878, %v2877 fastmath<contract> : f32
                %v2880 = arith.addi %v384, %v696 : i64
                %v2881 = arith.minsi %v2880, %v2575 : i64
                %v2882 = arith.addi %v159, %v2881 : i64
                %v2883 = arith.muli %v32, %v187 : i64
                %v2884 = arith.subi %v2882, %v159 : i64
                %v2885 = arith.addi %v2883, %v2884 : i64
                %v2886 = llvm.getelementptr %v67[%v2885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2887 = llvm.load %v2886 : !llvm.ptr -> f32
                %v2888 = arith.negf %v2887 : f32
                %v2889 = arith.mulf %v2888, %v312 fastmath<contract> : f32
                %v2890 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2889) : (f32) -> f32
                %v2891 = arith.addf %v69, %v2890 fastmath<contract> : f32
                %v2892 = arith.divf %v69, %v2891 : f32
                %v2893 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2892) : (f32) -> f32
                %v2894 = arith.mulf %v317, %v2893 fastmath<contract> : f32
                %v2895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2894) : (f32) -> f32
                %v2896 = arith.muli %v32, %v187 : i64
                %v2897 = arith.subi %v2882, %v159 : i64
                %v2898 = arith.addi %v2896, %v2897 : i64
                %v2899 = llvm.getelementptr %v65[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2900 = llvm.load %v2899 : !llvm.ptr -> f32
                %v2901 = arith.muli %v46, %v327 : i64
                %v2902 = arith.muli %v2882, %v326 : i64
                %v2903 = arith.addi %v2901, %v2902 : i64
                %v2904 = arith.muli %v44, %size_DV : i64
                %v2905 = arith.addi %v2903, %v2904 : i64
                %v2906 = arith.addi %v2905, %v42 : i64
                %v2907 = llvm.getelementptr %in_v[%v2906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2908 = llvm.load %v2907 : !llvm.ptr -> f32
                %v2909 = arith.mulf %v2900, %v2908 fastmath<contract> : f32
                %v2910 = arith.mulf %v2895, %v2854 fastmath<contract> : f32
                %v2911 = arith.addf %v2910, %v2909 fastmath<contract> : f32
                %v2912 = arith.constant 8 : i64
                %v2913 = arith.addi %v2912, %v32 : i64
                %v2914 = arith.muli %v2913, %v187 : i64
                %v2915 = arith.subi %v2882, %v159 : i64
                %v2916 = arith.addi %v2914, %v2915 : i64
                %v2917 = llvm.getelementptr %v67[%v2916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2918 = llvm.load %v2917 : !llvm.ptr -> f32
                %v2919 = arith.negf %v2918 : f32
                %v2920 = arith.mulf %v2919, %v312 fastmath<contract> : f32
                %v2921 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2920) : (f32) -> f32
                %v2922 = arith.addf %v69, %v2921 fastmath<contract> : f32
                %v2923 = arith.divf %v69, %v2922 : f32
                %v2924 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2923) : (f32) -> f32
                %v2925 = arith.mulf %v317, %v2924 fastmath<contract> : f32
                %v2926 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2925) : (f32) -> f32
                %v2927 = arith.constant 8 : i64
                %v2928 = arith.addi %v2927, %v32 : i64
                %v2929 = arith.muli %v2928, %v187 : i64
                %v2930 = arith.subi %v2882, %v159 : i64
                %v2931 = arith.addi %v2929, %v2930 : i64
                %v2932 = llvm.getelementptr %v65[%v2931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2933 = llvm.load %v2932 : !llvm.ptr -> f32
                %v2934 = arith.mulf %v2933, %v2908 fastmath<contract> : f32
                %v2935 = arith.mulf %v2926, %v2879 fastmath<contract> : f32
                %v2936 = arith.addf %v2935, %v2934 fastmath<contract> : f32
                %v2937 = arith.addi %v384, %v754 : i64
                %v2938 = arith.minsi %v2937, %v2575 : i64
                %v2939 = arith.addi %v159, %v2938 : i64
                %v2940 = arith.muli %v32, %v187 : i64
                %v2941 = arith.subi %v2939, %v159 : i64
                %v2942 = arith.addi %v2940, %v2941 : i64
                %v2943 = llvm.getelementptr %v67[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2944 = llvm.load %v2943 : !llvm.ptr -> f32
                %v2945 = arith.negf %v2944 : f32
                %v2946 = arith.mulf %v2945, %v312 fastmath<contract> : f32
                %v2947 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2946) : (f32) -> f32
                %v2948 = arith.addf %v69, %v2947 fastmath<contract> : f32
                %v2949 = arith.divf %v69, %v2948 : f32
                %v2950 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2949) : (f32) -> f32
                %v2951 = arith.mulf %v317, %v2950 fastmath<contract> : f32
                %v2952 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2951) : (f32) -> f32
                %v2953 = arith.muli %v32, %v187 : i64
                %v2954 = arith.subi %v2939, %v159 : i64
                %v2955 = arith.addi %v2953, %v2954 : i64
                %v2956 = llvm.getelementptr %v65[%v2955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2957 = llvm.load %v2956 : !llvm.ptr -> f32
                %v2958 = arith.muli %v46, %v327 : i64
                %v2959 = arith.muli %v2939, %v326 : i64
                %v2960 = arith.addi %v2958, %v2959 : i64
                %v2961 = arith.muli %v44, %size_DV : i64
                %v2962 = arith.addi %v2960, %v2961 : i64
                %v2963 = arith.addi %v2962, %v42 : i64
                %v2964 = llvm.getelementptr %in_v[%v2963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2965 = llvm.load %v2964 : !llvm.ptr -> f32
                %v2966 = arith.mulf %v2957, %v2965 fastmath<contract> : f32
                %v2967 = arith.mulf %v2952, %v2911 fastmath<contract> : f32
                %v2968 = arith.addf %v2967, %v2966 fastmath<contract> : f32
                %v2969 = arith.constant 8 : i64
                %v2970 = arith.addi %v2969, %v32 : i64
                %v2971 = arith.muli %v2970, %v187 : i64
                %v2972 = arith.subi %v2939, %v159 : i64
                %v2973 = arith.addi %v2971, %v2972 : i64
                %v2974 = llvm.getelementptr %v67[%v2973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2975 = llvm.load %v2974 : !llvm.ptr -> f32
                %v2976 = arith.negf %v2975 : f32
                %v2977 = arith.mulf %v2976, %v312 fastmath<contract> : f32
                %v2978 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2977) : (f32) -> f32
                %v2979 = arith.addf %v69, %v2978 fastmath<contract> : f32
                %v2980 = arith.divf %v69, %v2979 : f32
                %v2981 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2980) : (f32) -> f32
                %v2982 = arith.mulf %v317, %v2981 fastmath<contract> : f32
                %v2983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2982) : (f32) -> f32
                %v2984 = arith.constant 8 : i64
                %v2985 = arith.addi %v2984, %v32 : i64
                %v2986 = arith.muli %v2985, %v187 : i64
                %v2987 = arith.subi %v2939, %v159 : i64
                %v2988 = arith.addi %v2986, %v2987 : i64
                %v2989 = llvm.getelementptr %v65[%v2988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2990 = llvm.load %v2989 : !llvm.ptr -> f32
                %v2991 = arith.mulf %v2990, %v2965 fastmath<contract> : f32
                %v2992 = arith.mulf %v2983, %v2936 fastmath<contract> : f32
                %v2993 = arith.addf %v2992, %v2991 fastmath<contract> : f32
                %v2994 = arith.addi %v384, %v109 : i64
                %v2995 = arith.minsi %v2994, %v2575 : i64
                %v2996 = arith.addi %v159, %v2995 : i64
                %v2997 = arith.muli %v32, %v187 : i64
                %v2998 = arith.subi %v2996, %v159 : i64
                %v2999 = arith.addi %v2997, %v2998 : i64
                %v3000 = llvm.getelementptr %v67[%v2999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3001 = llvm.load %v3000 : !llvm.ptr -> f32
                %v3002 = arith.negf %v3001 : f32
                %v3003 = arith.mulf %v3002, %v312 fastmath<contract> : f32
                %v3004 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3003) : (f32) -> f32
                %v3005 = arith.addf %v69, %v3004 fastmath<contract> : f32
                %v3006 = arith.divf %v69, %v3005 : f32
                %v3007 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3006) : (f32) -> f32
                %v3008 = arith.mulf %v317, %v3007 fastmath<contract> : f32
                %v3009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3008) : (f32) -> f32
                %v3010 = arith.muli %v32, %v187 : i64
                %v3011 = arith.subi %v2996, %v159 : i64
                %v3012 = arith.addi %v3010, %v3011 : i64
                %v3013 = llvm.getelementptr %v65[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3014 = llvm.load %v3013 : !llvm.ptr -> f32
                %v3015 = arith.muli %v46, %v327 : i64
                %v3016 = arith.muli %v2996, %v326 : i64
                %v3017 = arith.addi %v3015, %v3016 : i64
                %v3018 = arith.muli %v44, %size_DV : i64
                %v3019 = arith.addi %v3017, %v3018 : i64
                %v3020 = arith.addi %v3019, %v42 : i64
                %v3021 = llvm.getelementptr %in_v[%v3020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3022 = llvm.load %v3021 : !llvm.ptr -> f32
                %v3023 = arith.mulf %v3014, %v3022 fastmath<contract> : f32
                %v3024 = arith.mulf %v3009, %v2968 fastmath<contract> : f32
                %v3025 = arith.addf %v3024, %v3023 fastmath<contract> : f32
                %v3026 = arith.constant 8 : i64
                %v3027 = arith.addi %v3026, %v32 : i64
                %v3028 = arith.muli %v3027, %v187 : i64
                %v3029 = arith.subi %v2996, %v159 : i64
                %v3030 = arith.addi %v3028, %v3029 : i64
                %v3031 = llvm.getelementptr %v67[%v3030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3032 = llvm.load %v3031 : !llvm.ptr -> f32
                %v3033 = arith.negf %v3032 : f32
                %v3034 = arith.mulf %v3033, %v312 fastmath<contract> : f32
                %v3035 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3034) : (f32) -> f32
                %v3036 = arith.addf %v69, %v3035 fastmath<contract> : f32
                %v3037 = arith.divf %v69, %v3036 : f32
                %v3038 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3037) : (f32) -> f32
                %v3039 = arith.mulf %v317, %v3038 fastmath<contract> : f32
                %v3040 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3039) : (f32) -> f32
                %v3041 = arith.constant 8 : i64
                %v3042 = arith.addi %v3041, %v32 : i64
                %v3043 = arith.muli %v3042, %v187 : i64
                %v3044 = arith.subi %v2996, %v159 : i64
                %v3045 = arith.addi %v3043, %v3044 : i64
                %v3046 = llvm.getelementptr %v65[%v3045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3047 = llvm.load %v3046 : !llvm.ptr -> f32
                %v3048 = arith.mulf %v3047, %v3022 fastmath<contract> : f32
                %v3049 = arith.mulf %v3040, %v2993 fastmath<contract> : f32
                %v3050 = arith.addf %v3049, %v3048 fastmath<contract> : f32
                %v3052 = arith.shrui %v32, %v70 : i64
                %v3053 = arith.andi %v3052, %v2 : i64
                %v3054 = arith.cmpi ne, %v3053, %v70 : i64
                %v3055 = arith.shrui %v32, %v2 : i64
                %v3056 = arith.andi %v3055, %v2 : i64
                %v3057 = arith.cmpi ne, %v3056, %v70 : i64
                %v3058 = arith.shrui %v32, %v366 : i64
                %v3059 = arith.andi %v3058, %v2 : i64
                %v3060 = arith.cmpi ne, %v3059, %v70 : i64
                %v3061 = arith.subi %v161, %v384 : i64
                %v3062 = arith.trunci %v3061 : i64 to i32
                %v3063 = arith.subi %size_L, %v2 : i64
                %v3064 = arith.addi %v159, %v384 : i64
                %v3065 = arith.subi %v3063, %v3064 : i64
                %v3066 = arith.minsi %v3065, %v884 : i64
                %v3067 = arith.trunci %v3066 : i64 to i32
                %v3068 = arith.addi %v384, %v109 : i64
                %v3069 = arith.cmpi slt, %v888, %v3062 : i32
                %v3070 = arith.cmpi eq, %v888, %v3067 : i32
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v3069 {
                  %v3071 = arith.addi %v159, %v3068 : i64
                  %v3072 = arith.muli %v32, %v187 : i64
                  %v3073 = arith.subi %v3071, %v159 : i64
                  %v3074 = arith.addi %v3072, %v3073 : i64
                  %v3075 = llvm.getelementptr %v63[%v3074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3076 = llvm.load %v3075 : !llvm.ptr -> f32
                  %v3077 = arith.muli %v46, %v327 : i64
                  %v3078 = arith.muli %v3071, %v326 : i64
                  %v3079 = arith.addi %v3077, %v3078 : i64
                  %v3080 = arith.muli %v44, %size_DV : i64
                  %v3081 = arith.addi %v3079, %v3080 : i64
                  %v3082 = arith.addi %v3081, %v42 : i64
                  %v3083 = llvm.getelementptr %dy_o[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3084 = llvm.load %v3083 : !llvm.ptr -> f32
                  %v3085 = arith.mulf %v3076, %v3084 fastmath<contract> : f32
                  %v3086 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3087 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3088 = arith.mulf %v3087, %v3086 fastmath<contract> : f32
                  %v3089 = arith.addf %v3085, %v3088 fastmath<contract> : f32
                  llvm.store %v3089, %v52 : f32, !llvm.ptr
                  %v3090 = arith.constant 8 : i64
                  %v3091 = arith.addi %v3090, %v32 : i64
                  %v3092 = arith.muli %v3091, %v187 : i64
                  %v3093 = arith.subi %v3071, %v159 : i64
                  %v3094 = arith.addi %v3092, %v3093 : i64
                  %v3095 = llvm.getelementptr %v63[%v3094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3096 = llvm.load %v3095 : !llvm.ptr -> f32
                  %v3097 = arith.mulf %v3096, %v3084 fastmath<contract> : f32
                  %v3098 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3099 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3100 = arith.mulf %v3099, %v3098 fastmath<contract> : f32
                  %v3101 = arith.addf %v3097, %v3100 fastmath<contract> : f32
                  llvm.store %v3101, %v53 : f32, !llvm.ptr
                  scf.if %v3070 {
                  }
                  %v3102 = arith.mulf %v3025, %v3084 fastmath<contract> : f32
                  %v3103 = arith.mulf %v3050, %v3084 fastmath<contract> : f32
                  %v3104 = arith.muli %v46, %v327 : i64
                  %v3105 = arith.muli %v3071, %v326 : i64
                  %v3106 = arith.addi %v3104, %v3105 : i64
                  %v3107 = arith.muli %v44, %size_DV : i64
                  %v3108 = arith.addi %v3106, %v3107 : i64
                  %v3109 = arith.addi %v3108, %v42 : i64
                  %v3110 = llvm.getelementptr %in_v[%v3109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3111 = llvm.load %v3110 : !llvm.ptr -> f32
                  %v3112 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3113 = arith.mulf %v3111, %v3112 fastmath<contract> : f32
                  %v3114 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3115 = arith.mulf %v3111, %v3114 fastmath<contract> : f32
                  %v3116 = arith.muli %v32, %v187 : i64
                  %v3117 = arith.subi %v3071, %v159 : i64
                  %v3118 = arith.addi %v3116, %v3117 : i64
                  %v3119 = llvm.getelementptr %v67[%v3118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3120 = llvm.load %v3119 : !llvm.ptr -> f32
                  %v3121 = arith.negf %v3120 : f32
                  %v3122 = arith.mulf %v3121, %v312 fastmath<contract> : f32
                  %v3123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3122) : (f32) -> f32
                  %v3124 = arith.addf %v69, %v3123 fastmath<contract> : f32
                  %v3125 = arith.divf %v69, %v3124 : f32
                  %v3126 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3125) : (f32) -> f32
                  %v3127 = arith.mulf %v946, %v3126 fastmath<contract> : f32
                  %v3128 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3127) : (f32) -> f32
                  %v3129 = arith.mulf %v2968, %v3112 fastmath<contract> : f32
                  %v3130 = arith.mulf %v317, %v3129 fastmath<contract> : f32
                  %v3131 = arith.mulf %v3128, %v3130 fastmath<contract> : f32
                  %v3132 = arith.subf %v69, %v3125 fastmath<contract> : f32
                  %v3133 = arith.mulf %v3125, %v3132 fastmath<contract> : f32
                  %v3134 = arith.mulf %v3131, %v3133 fastmath<contract> : f32
                  %v3135 = arith.constant 8 : i64
                  %v3136 = arith.addi %v3135, %v32 : i64
                  %v3137 = arith.muli %v3136, %v187 : i64
                  %v3138 = arith.subi %v3071, %v159 : i64
                  %v3139 = arith.addi %v3137, %v3138 : i64
                  %v3140 = llvm.getelementptr %v67[%v3139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3141 = llvm.load %v3140 : !llvm.ptr -> f32
                  %v3142 = arith.negf %v3141 : f32
                  %v3143 = arith.mulf %v3142, %v312 fastmath<contract> : f32
                  %v3144 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3143) : (f32) -> f32
                  %v3145 = arith.addf %v69, %v3144 fastmath<contract> : f32
                  %v3146 = arith.divf %v69, %v3145 : f32
                  %v3147 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3146) : (f32) -> f32
                  %v3148 = arith.mulf %v946, %v3147 fastmath<contract> : f32
                  %v3149 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3148) : (f32) -> f32
                  %v3150 = arith.mulf %v2993, %v3114 fastmath<contract> : f32
                  %v3151 = arith.mulf %v317, %v3150 fastmath<contract> : f32
                  %v3152 = arith.mulf %v3149, %v3151 fastmath<contract> : f32
                  %v3153 = arith.subf %v69, %v3146 fastmath<contract> : f32
                  %v3154 = arith.mulf %v3146, %v3153 fastmath<contract> : f32
                  %v3155 = arith.mulf %v3152, %v3154 fastmath<contract> : f32
                  %v3156 = arith.select %v36, %v3102, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3157, %v3158 = gpu.shuffle xor %v3156, %v978, %v302 : f32
                  %v3159 = arith.addf %v3156, %v3157 fastmath<contract> : f32
                  %v3160, %v3161 = gpu.shuffle xor %v3159, %v982, %v302 : f32
                  %v3162 = arith.addf %v3159, %v3160 fastmath<contract> : f32
                  %v3163 = arith.divui %v17, %v19 : i64
                  %v3164 = arith.remui %v17, %v19 : i64
                  %v3165 = arith.cmpi ult, %v3164, %v31 : i64
                  %v3166 = arith.muli %v3163, %v1 : i64
                  %v3167 = arith.addi %v3166, %v32 : i64
                  %v3168 = arith.muli %v3167, %v991 : i64
                  %v3169 = arith.addi %v3168, %v386 : i64
                  scf.if %v3165 {
                    %v3170 = llvm.getelementptr %v57[%v3169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3162, %v3170 : f32, !llvm.ptr
                  }
                  %v3171 = arith.select %v36, %v3103, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3172, %v3173 = gpu.shuffle xor %v3171, %v978, %v302 : f32
                  %v3174 = arith.addf %v3171, %v3172 fastmath<contract> : f32
                  %v3175, %v3176 = gpu.shuffle xor %v3174, %v982, %v302 : f32
                  %v3177 = arith.addf %v3174, %v3175 fastmath<contract> : f32
                  %v3178 = arith.divui %v17, %v19 : i64
                  %v3179 = arith.remui %v17, %v19 : i64
                  %v3180 = arith.cmpi ult, %v3179, %v31 : i64
                  %v3181 = arith.addi %v31, %v32 : i64
                  %v3182 = arith.muli %v3178, %v1 : i64
                  %v3183 = arith.addi %v3182, %v3181 : i64
                  %v3184 = arith.muli %v3183, %v991 : i64
                  %v3185 = arith.addi %v3184, %v386 : i64
                  scf.if %v3180 {
                    %v3186 = llvm.getelementptr %v57[%v3185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3177, %v3186 : f32, !llvm.ptr
                  }
                  %v3187 = arith.select %v36, %v3113, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3188, %v3189 = gpu.shuffle xor %v3187, %v978, %v302 : f32
                  %v3190 = arith.addf %v3187, %v3188 fastmath<contract> : f32
                  %v3191, %v3192 = gpu.shuffle xor %v3190, %v982, %v302 : f32
                  %v3193 = arith.addf %v3190, %v3191 fastmath<contract> : f32
                  %v3194 = arith.divui %v17, %v19 : i64
                  %v3195 = arith.remui %v17, %v19 : i64
                  %v3196 = arith.cmpi ult, %v3195, %v31 : i64
                  %v3197 = arith.muli %v3194, %v1 : i64
                  %v3198 = arith.addi %v3197, %v32 : i64
                  %v3199 = arith.muli %v3198, %v991 : i64
                  %v3200 = arith.addi %v3199, %v386 : i64
                  scf.if %v3196 {
                    %v3201 = llvm.getelementptr %v59[%v3200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3193, %v3201 : f32, !llvm.ptr
                  }
                  %v3202 = arith.select %v36, %v3115, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3203, %v3204 = gpu.shuffle xor %v3202, %v978, %v302 : f32
                  %v3205 = arith.addf %v3202, %v3203 fastmath<contract> : f32
                  %v3206, %v3207 = gpu.shuffle xor %v3205, %v982, %v302 : f32
                  %v3208 = arith.addf %v3205, %v3206 fastmath<contract> : f32
                  %v3209 = arith.divui %v17, %v19 : i64
                  %v3210 = arith.remui %v17, %v19 : i64
                  %v3211 = arith.cmpi ult, %v3210, %v31 : i64
                  %v3212 = arith.addi %v31, %v32 : i64
                  %v3213 = arith.muli %v3209, %v1 : i64
                  %v3214 = arith.addi %v3213, %v3212 : i64
                  %v3215 = arith.muli %v3214, %v991 : i64
                  %v3216 = arith.addi %v3215, %v386 : i64
                  scf.if %v3211 {
                    %v3217 = llvm.getelementptr %v59[%v3216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3208, %v3217 : f32, !llvm.ptr
                  }
                  %v3218 = arith.select %v36, %v3134, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3219, %v3220 = gpu.shuffle xor %v3218, %v978, %v302 : f32
                  %v3221 = arith.addf %v3218, %v3219 fastmath<contract> : f32
                  %v3222, %v3223 = gpu.shuffle xor %v3221, %v982, %v302 : f32
                  %v3224 = arith.addf %v3221, %v3222 fastmath<contract> : f32
                  %v3225 = arith.divui %v17, %v19 : i64
                  %v3226 = arith.remui %v17, %v19 : i64
                  %v3227 = arith.cmpi ult, %v3226, %v31 : i64
                  %v3228 = arith.muli %v3225, %v1 : i64
                  %v3229 = arith.addi %v3228, %v32 : i64
                  %v3230 = arith.muli %v3229, %v991 : i64
                  %v3231 = arith.addi %v3230, %v386 : i64
                  scf.if %v3227 {
                    %v3232 = llvm.getelementptr %v61[%v3231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3224, %v3232 : f32, !llvm.ptr
                  }
                  %v3233 = arith.select %v36, %v3155, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3234, %v3235 = gpu.shuffle xor %v3233, %v978, %v302 : f32
                  %v3236 = arith.addf %v3233, %v3234 fastmath<contract> : f32
                  %v3237, %v3238 = gpu.shuffle xor %v3236, %v982, %v302 : f32
                  %v3239 = arith.addf %v3236, %v3237 fastmath<contract> : f32
                  %v3240 = arith.divui %v17, %v19 : i64
                  %v3241 = arith.remui %v17, %v19 : i64
                  %v3242 = arith.cmpi ult, %v3241, %v31 : i64
                  %v3243 = arith.addi %v31, %v32 : i64
                  %v3244 = arith.muli %v3240, %v1 : i64
                  %v3245 = arith.addi %v3244, %v3243 : i64
                  %v3246 = arith.muli %v3245, %v991 : i64
                  %v3247 = arith.addi %v3246, %v386 : i64
                  scf.if %v3242 {
                    %v3248 = llvm.getelementptr %v61[%v3247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3239, %v3248 : f32, !llvm.ptr
                  }
                  %v3249 = arith.muli %v32, %v187 : i64
                  %v3250 = arith.subi %v3071, %v159 : i64
                  %v3251 = arith.addi %v3249, %v3250 : i64
                  %v3252 = llvm.getelementptr %v65[%v3251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3253 = llvm.load %v3252 : !llvm.ptr -> f32
                  %v3254 = arith.mulf %v3253, %v3112 fastmath<contract> : f32
                  %v3255 = arith.constant 8 : i64
                  %v3256 = arith.addi %v3255, %v32 : i64
                  %v3257 = arith.muli %v3256, %v187 : i64
                  %v3258 = arith.subi %v3071, %v159 : i64
                  %v3259 = arith.addi %v3257, %v3258 : i64
                  %v3260 = llvm.getelementptr %v65[%v3259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3261 = llvm.load %v3260 : !llvm.ptr -> f32
                  %v3262 = arith.mulf %v3261, %v3114 fastmath<contract> : f32
                  %v3263 = arith.addf %v3254, %v3262 fastmath<contract> : f32
                  llvm.store %v3263, %v3051 : f32, !llvm.ptr
                  %v3264 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3125) : (f32) -> f32
                  %v3265 = arith.mulf %v317, %v3264 fastmath<contract> : f32
                  %v3266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3265) : (f32) -> f32
                  llvm.store %v3266, %v54 : f32, !llvm.ptr
                  %v3267 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3146) : (f32) -> f32
                  %v3268 = arith.mulf %v317, %v3267 fastmath<contract> : f32
                  %v3269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3268) : (f32) -> f32
                  llvm.store %v3269, %v55 : f32, !llvm.ptr
                }
                %v3270 = llvm.load %v3051 : !llvm.ptr -> f32
                %v3271 = arith.addi %v384, %v754 : i64
                %v3272 = arith.cmpi slt, %v1096, %v3062 : i32
                %v3273 = arith.cmpi eq, %v1096, %v3067 : i32
                %v3274 = arith.addi %v386, %v2 : i64
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v3272 {
                  %v3275 = arith.addi %v159, %v3271 : i64
                  %v3276 = arith.muli %v32, %v187 : i64
                  %v3277 = arith.subi %v3275, %v159 : i64
                  %v3278 = arith.addi %v3276, %v3277 : i64
                  %v3279 = llvm.getelementptr %v63[%v3278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3280 = llvm.load %v3279 : !llvm.ptr -> f32
                  %v3281 = arith.muli %v46, %v327 : i64
                  %v3282 = arith.muli %v3275, %v326 : i64
                  %v3283 = arith.addi %v3281, %v3282 : i64
                  %v3284 = arith.muli %v44, %size_DV : i64
                  %v3285 = arith.addi %v3283, %v3284 : i64
                  %v3286 = arith.addi %v3285, %v42 : i64
                  %v3287 = llvm.getelementptr %dy_o[%v3286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3288 = llvm.load %v3287 : !llvm.ptr -> f32
                  %v3289 = arith.mulf %v3280, %v3288 fastmath<contract> : f32
                  %v3290 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3291 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3292 = arith.mulf %v3291, %v3290 fastmath<contract> : f32
                  %v3293 = arith.addf %v3289, %v3292 fastmath<contract> : f32
                  llvm.store %v3293, %v52 : f32, !llvm.ptr
                  %v3294 = arith.constant 8 : i64
                  %v3295 = arith.addi %v3294, %v32 : i64
                  %v3296 = arith.muli %v3295, %v187 : i64
                  %v3297 = arith.subi %v3275, %v159 : i64
                  %v3298 = arith.addi %v3296, %v3297 : i64
                  %v3299 = llvm.getelementptr %v63[%v3298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3300 = llvm.load %v3299 : !llvm.ptr -> f32
                  %v3301 = arith.mulf %v3300, %v3288 fastmath<contract> : f32
                  %v3302 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3303 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3304 = arith.mulf %v3303, %v3302 fastmath<contract> : f32
                  %v3305 = arith.addf %v3301, %v3304 fastmath<contract> : f32
                  llvm.store %v3305, %v53 : f32, !llvm.ptr
                  scf.if %v3273 {
                  }
                  %v3306 = arith.mulf %v2968, %v3288 fastmath<contract> : f32
                  %v3307 = arith.mulf %v2993, %v3288 fastmath<contract> : f32
                  %v3308 = arith.muli %v46, %v327 : i64
                  %v3309 = arith.muli %v3275, %v326 : i64
                  %v3310 = arith.addi %v3308, %v3309 : i64
                  %v3311 = arith.muli %v44, %size_DV : i64
                  %v3312 = arith.addi %v3310, %v3311 : i64
                  %v3313 = arith.addi %v3312, %v42 : i64
                  %v3314 = llvm.getelementptr %in_v[%v3313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3315 = llvm.load %v3314 : !llvm.ptr -> f32
                  %v3316 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3317 = arith.mulf %v3315, %v3316 fastmath<contract> : f32
                  %v3318 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3319 = arith.mulf %v3315, %v3318 fastmath<contract> : f32
                  %v3320 = arith.muli %v32, %v187 : i64
                  %v3321 = arith.subi %v3275, %v159 : i64
                  %v3322 = arith.addi %v3320, %v3321 : i64
                  %v3323 = llvm.getelementptr %v67[%v3322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3324 = llvm.load %v3323 : !llvm.ptr -> f32
                  %v3325 = arith.negf %v3324 : f32
                  %v3326 = arith.mulf %v3325, %v312 fastmath<contract> : f32
                  %v3327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3326) : (f32) -> f32
                  %v3328 = arith.addf %v69, %v3327 fastmath<contract> : f32
                  %v3329 = arith.divf %v69, %v3328 : f32
                  %v3330 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3329) : (f32) -> f32
                  %v3331 = arith.mulf %v946, %v3330 fastmath<contract> : f32
                  %v3332 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3331) : (f32) -> f32
                  %v3333 = arith.mulf %v2911, %v3316 fastmath<contract> : f32
                  %v3334 = arith.mulf %v317, %v3333 fastmath<contract> : f32
                  %v3335 = arith.mulf %v3332, %v3334 fastmath<contract> : f32
                  %v3336 = arith.subf %v69, %v3329 fastmath<contract> : f32
                  %v3337 = arith.mulf %v3329, %v3336 fastmath<contract> : f32
                  %v3338 = arith.mulf %v3335, %v3337 fastmath<contract> : f32
                  %v3339 = arith.constant 8 : i64
                  %v3340 = arith.addi %v3339, %v32 : i64
                  %v3341 = arith.muli %v3340, %v187 : i64
                  %v3342 = arith.subi %v3275, %v159 : i64
                  %v3343 = arith.addi %v3341, %v3342 : i64
                  %v3344 = llvm.getelementptr %v67[%v3343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3345 = llvm.load %v3344 : !llvm.ptr -> f32
                  %v3346 = arith.negf %v3345 : f32
                  %v3347 = arith.mulf %v3346, %v312 fastmath<contract> : f32
                  %v3348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3347) : (f32) -> f32
                  %v3349 = arith.addf %v69, %v3348 fastmath<contract> : f32
                  %v3350 = arith.divf %v69, %v3349 : f32
                  %v3351 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3350) : (f32) -> f32
                  %v3352 = arith.mulf %v946, %v3351 fastmath<contract> : f32
                  %v3353 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3352) : (f32) -> f32
                  %v3354 = arith.mulf %v2936, %v3318 fastmath<contract> : f32
                  %v3355 = arith.mulf %v317, %v3354 fastmath<contract> : f32
                  %v3356 = arith.mulf %v3353, %v3355 fastmath<contract> : f32
                  %v3357 = arith.subf %v69, %v3350 fastmath<contract> : f32
                  %v3358 = arith.mulf %v3350, %v3357 fastmath<contract> : f32
                  %v3359 = arith.mulf %v3356, %v3358 fastmath<contract> : f32
                  %v3360 = arith.select %v36, %v3306, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3361, %v3362 = gpu.shuffle xor %v3360, %v978, %v302 : f32
                  %v3363 = arith.addf %v3360, %v3361 fastmath<contract> : f32
                  %v3364, %v3365 = gpu.shuffle xor %v3363, %v982, %v302 : f32
                  %v3366 = arith.addf %v3363, %v3364 fastmath<contract> : f32
                  %v3367 = arith.divui %v17, %v19 : i64
                  %v3368 = arith.remui %v17, %v19 : i64
                  %v3369 = arith.cmpi ult, %v3368, %v31 : i64
                  %v3370 = arith.muli %v3367, %v1 : i64
                  %v3371 = arith.addi %v3370, %v32 : i64
                  %v3372 = arith.muli %v3371, %v991 : i64
                  %v3373 = arith.addi %v3372, %v3274 : i64
                  scf.if %v3369 {
                    %v3374 = llvm.getelementptr %v57[%v3373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3366, %v3374 : f32, !llvm.ptr
                  }
                  %v3375 = arith.select %v36, %v3307, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3376, %v3377 = gpu.shuffle xor %v3375, %v978, %v302 : f32
                  %v3378 = arith.addf %v3375, %v3376 fastmath<contract> : f32
                  %v3379, %v3380 = gpu.shuffle xor %v3378, %v982, %v302 : f32
                  %v3381 = arith.addf %v3378, %v3379 fastmath<contract> : f32
                  %v3382 = arith.divui %v17, %v19 : i64
                  %v3383 = arith.remui %v17, %v19 : i64
                  %v3384 = arith.cmpi ult, %v3383, %v31 : i64
                  %v3385 = arith.addi %v31, %v32 : i64
                  %v3386 = arith.muli %v3382, %v1 : i64
                  %v3387 = arith.addi %v3386, %v3385 : i64
                  %v3388 = arith.muli %v3387, %v991 : i64
                  %v3389 = arith.addi %v3388, %v3274 : i64
                  scf.if %v3384 {
                    %v3390 = llvm.getelementptr %v57[%v3389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3381, %v3390 : f32, !llvm.ptr
                  }
                  %v3391 = arith.select %v36, %v3317, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3392, %v3393 = gpu.shuffle xor %v3391, %v978, %v302 : f32
                  %v3394 = arith.addf %v3391, %v3392 fastmath<contract> : f32
                  %v3395, %v3396 = gpu.shuffle xor %v3394, %v982, %v302 : f32
                  %v3397 = arith.addf %v3394, %v3395 fastmath<contract> : f32
                  %v3398 = arith.divui %v17, %v19 : i64
                  %v3399 = arith.remui %v17, %v19 : i64
                  %v3400 = arith.cmpi ult, %v3399, %v31 : i64
                  %v3401 = arith.muli %v3398, %v1 : i64
                  %v3402 = arith.addi %v3401, %v32 : i64
                  %v3403 = arith.muli %v3402, %v991 : i64
                  %v3404 = arith.addi %v3403, %v3274 : i64
                  scf.if %v3400 {
                    %v3405 = llvm.getelementptr %v59[%v3404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3397, %v3405 : f32, !llvm.ptr
                  }
                  %v3406 = arith.select %v36, %v3319, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3407, %v3408 = gpu.shuffle xor %v3406, %v978, %v302 : f32
                  %v3409 = arith.addf %v3406, %v3407 fastmath<contract> : f32
                  %v3410, %v3411 = gpu.shuffle xor %v3409, %v982, %v302 : f32
                  %v3412 = arith.addf %v3409, %v3410 fastmath<contract> : f32
                  %v3413 = arith.divui %v17, %v19 : i64
                  %v3414 = arith.remui %v17, %v19 : i64
                  %v3415 = arith.cmpi ult, %v3414, %v31 : i64
                  %v3416 = arith.addi %v31, %v32 : i64
                  %v3417 = arith.muli %v3413, %v1 : i64
                  %v3418 = arith.addi %v3417, %v3416 : i64
                  %v3419 = arith.muli %v3418, %v991 : i64
                  %v3420 = arith.addi %v3419, %v3274 : i64
                  scf.if %v3415 {
                    %v3421 = llvm.getelementptr %v59[%v3420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3412, %v3421 : f32, !llvm.ptr
                  }
                  %v3422 = arith.select %v36, %v3338, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3423, %v3424 = gpu.shuffle xor %v3422, %v978, %v302 : f32
                  %v3425 = arith.addf %v3422, %v3423 fastmath<contract> : f32
                  %v3426, %v3427 = gpu.shuffle xor %v3425, %v982, %v302 : f32
                  %v3428 = arith.addf %v3425, %v3426 fastmath<contract> : f32
                  %v3429 = arith.divui %v17, %v19 : i64
                  %v3430 = arith.remui %v17, %v19 : i64
                  %v3431 = arith.cmpi ult, %v3430, %v31 : i64
                  %v3432 = arith.muli %v3429, %v1 : i64
                  %v3433 = arith.addi %v3432, %v32 : i64
                  %v3434 = arith.muli %v3433, %v991 : i64
                  %v3435 = arith.addi %v3434, %v3274 : i64
                  scf.if %v3431 {
                    %v3436 = llvm.getelementptr %v61[%v3435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3428, %v3436 : f32, !llvm.ptr
                  }
                  %v3437 = arith.select %v36, %v3359, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3438, %v3439 = gpu.shuffle xor %v3437, %v978, %v302 : f32
                  %v3440 = arith.addf %v3437, %v3438 fastmath<contract> : f32
                  %v3441, %v3442 = gpu.shuffle xor %v3440, %v982, %v302 : f32
                  %v3443 = arith.addf %v3440, %v3441 fastmath<contract> : f32
                  %v3444 = arith.divui %v17, %v19 : i64
                  %v3445 = arith.remui %v17, %v19 : i64
                  %v3446 = arith.cmpi ult, %v3445, %v31 : i64
                  %v3447 = arith.addi %v31, %v32 : i64
                  %v3448 = arith.muli %v3444, %v1 : i64
                  %v3449 = arith.addi %v3448, %v3447 : i64
                  %v3450 = arith.muli %v3449, %v991 : i64
                  %v3451 = arith.addi %v3450, %v3274 : i64
                  scf.if %v3446 {
                    %v3452 = llvm.getelementptr %v61[%v3451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3443, %v3452 : f32, !llvm.ptr
                  }
                  %v3453 = arith.muli %v32, %v187 : i64
                  %v3454 = arith.subi %v3275, %v159 : i64
                  %v3455 = arith.addi %v3453, %v3454 : i64
                  %v3456 = llvm.getelementptr %v65[%v3455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3457 = llvm.load %v3456 : !llvm.ptr -> f32
                  %v3458 = arith.mulf %v3457, %v3316 fastmath<contract> : f32
                  %v3459 = arith.constant 8 : i64
                  %v3460 = arith.addi %v3459, %v32 : i64
                  %v3461 = arith.muli %v3460, %v187 : i64
                  %v3462 = arith.subi %v3275, %v159 : i64
                  %v3463 = arith.addi %v3461, %v3462 : i64
                  %v3464 = llvm.getelementptr %v65[%v3463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3465 = llvm.load %v3464 : !llvm.ptr -> f32
                  %v3466 = arith.mulf %v3465, %v3318 fastmath<contract> : f32
                  %v3467 = arith.addf %v3458, %v3466 fastmath<contract> : f32
                  llvm.store %v3467, %v3051 : f32, !llvm.ptr
                  %v3468 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3329) : (f32) -> f32
                  %v3469 = arith.mulf %v317, %v3468 fastmath<contract> : f32
                  %v3470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3469) : (f32) -> f32
                  llvm.store %v3470, %v54 : f32, !llvm.ptr
                  %v3471 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3350) : (f32) -> f32
                  %v3472 = arith.mulf %v317, %v3471 fastmath<contract> : f32
                  %v3473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3472) : (f32) -> f32
                  llvm.store %v3473, %v55 : f32, !llvm.ptr
                }
                %v3474 = llvm.load %v3051 : !llvm.ptr -> f32
                %v3475 = arith.select %v3054, %v3474, %v3270 : f32
                %v3476 = arith.select %v3054, %v3270, %v3474 : f32
                %v3477, %v3478 = gpu.shuffle xor %v3475, %v1302, %v302 : f32
                %v3479 = arith.addf %v3476, %v3477 fastmath<contract> : f32
                %v3480 = arith.addi %v384, %v696 : i64
                %v3481 = arith.cmpi slt, %v1307, %v3062 : i32
                %v3482 = arith.cmpi eq, %v1307, %v3067 : i32
                %v3483 = arith.addi %v386, %v366 : i64
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v3481 {
                  %v3484 = arith.addi %v159, %v3480 : i64
                  %v3485 = arith.muli %v32, %v187 : i64
                  %v3486 = arith.subi %v3484, %v159 : i64
                  %v3487 = arith.addi %v3485, %v3486 : i64
                  %v3488 = llvm.getelementptr %v63[%v3487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3489 = llvm.load %v3488 : !llvm.ptr -> f32
                  %v3490 = arith.muli %v46, %v327 : i64
                  %v3491 = arith.muli %v3484, %v326 : i64
                  %v3492 = arith.addi %v3490, %v3491 : i64
                  %v3493 = arith.muli %v44, %size_DV : i64
                  %v3494 = arith.addi %v3492, %v3493 : i64
                  %v3495 = arith.addi %v3494, %v42 : i64
                  %v3496 = llvm.getelementptr %dy_o[%v3495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3497 = llvm.load %v3496 : !llvm.ptr -> f32
                  %v3498 = arith.mulf %v3489, %v3497 fastmath<contract> : f32
                  %v3499 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3500 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3501 = arith.mulf %v3500, %v3499 fastmath<contract> : f32
                  %v3502 = arith.addf %v3498, %v3501 fastmath<contract> : f32
                  llvm.store %v3502, %v52 : f32, !llvm.ptr
                  %v3503 = arith.constant 8 : i64
                  %v3504 = arith.addi %v3503, %v32 : i64
                  %v3505 = arith.muli %v3504, %v187 : i64
                  %v3506 = arith.subi %v3484, %v159 : i64
                  %v3507 = arith.addi %v3505, %v3506 : i64
                  %v3508 = llvm.getelementptr %v63[%v3507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3509 = llvm.load %v3508 : !llvm.ptr -> f32
                  %v3510 = arith.mulf %v3509, %v3497 fastmath<contract> : f32
                  %v3511 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3512 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3513 = arith.mulf %v3512, %v3511 fastmath<contract> : f32
                  %v3514 = arith.addf %v3510, %v3513 fastmath<contract> : f32
                  llvm.store %v3514, %v53 : f32, !llvm.ptr
                  scf.if %v3482 {
                  }
                  %v3515 = arith.mulf %v2911, %v3497 fastmath<contract> : f32
                  %v3516 = arith.mulf %v2936, %v3497 fastmath<contract> : f32
                  %v3517 = arith.muli %v46, %v327 : i64
                  %v3518 = arith.muli %v3484, %v326 : i64
                  %v3519 = arith.addi %v3517, %v3518 : i64
                  %v3520 = arith.muli %v44, %size_DV : i64
                  %v3521 = arith.addi %v3519, %v3520 : i64
                  %v3522 = arith.addi %v3521, %v42 : i64
                  %v3523 = llvm.getelementptr %in_v[%v3522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3524 = llvm.load %v3523 : !llvm.ptr -> f32
                  %v3525 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3526 = arith.mulf %v3524, %v3525 fastmath<contract> : f32
                  %v3527 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3528 = arith.mulf %v3524, %v3527 fastmath<contract> : f32
                  %v3529 = arith.muli %v32, %v187 : i64
                  %v3530 = arith.subi %v3484, %v159 : i64
                  %v3531 = arith.addi %v3529, %v3530 : i64
                  %v3532 = llvm.getelementptr %v67[%v3531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3533 = llvm.load %v3532 : !llvm.ptr -> f32
                  %v3534 = arith.negf %v3533 : f32
                  %v3535 = arith.mulf %v3534, %v312 fastmath<contract> : f32
                  %v3536 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3535) : (f32) -> f32
                  %v3537 = arith.addf %v69, %v3536 fastmath<contract> : f32
                  %v3538 = arith.divf %v69, %v3537 : f32
                  %v3539 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3538) : (f32) -> f32
                  %v3540 = arith.mulf %v946, %v3539 fastmath<contract> : f32
                  %v3541 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3540) : (f32) -> f32
                  %v3542 = arith.mulf %v2854, %v3525 fastmath<contract> : f32
                  %v3543 = arith.mulf %v317, %v3542 fastmath<contract> : f32
                  %v3544 = arith.mulf %v3541, %v3543 fastmath<contract> : f32
                  %v3545 = arith.subf %v69, %v3538 fastmath<contract> : f32
                  %v3546 = arith.mulf %v3538, %v3545 fastmath<contract> : f32
                  %v3547 = arith.mulf %v3544, %v3546 fastmath<contract> : f32
                  %v3548 = arith.constant 8 : i64
                  %v3549 = arith.addi %v3548, %v32 : i64
                  %v3550 = arith.muli %v3549, %v187 : i64
                  %v3551 = arith.subi %v3484, %v159 : i64
                  %v3552 = arith.addi %v3550, %v3551 : i64
                  %v3553 = llvm.getelementptr %v67[%v3552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3554 = llvm.load %v3553 : !llvm.ptr -> f32
                  %v3555 = arith.negf %v3554 : f32
                  %v3556 = arith.mulf %v3555, %v312 fastmath<contract> : f32
                  %v3557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3556) : (f32) -> f32
                  %v3558 = arith.addf %v69, %v3557 fastmath<contract> : f32
                  %v3559 = arith.divf %v69, %v3558 : f32
                  %v3560 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3559) : (f32) -> f32
                  %v3561 = arith.mulf %v946, %v3560 fastmath<contract> : f32
                  %v3562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3561) : (f32) -> f32
                  %v3563 = arith.mulf %v2879, %v3527 fastmath<contract> : f32
                  %v3564 = arith.mulf %v317, %v3563 fastmath<contract> : f32
                  %v3565 = arith.mulf %v3562, %v3564 fastmath<contract> : f32
                  %v3566 = arith.subf %v69, %v3559 fastmath<contract> : f32
                  %v3567 = arith.mulf %v3559, %v3566 fastmath<contract> : f32
                  %v3568 = arith.mulf %v3565, %v3567 fastmath<contract> : f32
                  %v3569 = arith.select %v36, %v3515, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3570, %v3571 = gpu.shuffle xor %v3569, %v978, %v302 : f32
                  %v3572 = arith.addf %v3569, %v3570 fastmath<contract> : f32
                  %v3573, %v3574 = gpu.shuffle xor %v3572, %v982, %v302 : f32
                  %v3575 = arith.addf %v3572, %v3573 fastmath<contract> : f32
                  %v3576 = arith.divui %v17, %v19 : i64
                  %v3577 = arith.remui %v17, %v19 : i64
                  %v3578 = arith.cmpi ult, %v3577, %v31 : i64
                  %v3579 = arith.muli %v3576, %v1 : i64
                  %v3580 = arith.addi %v3579, %v32 : i64
                  %v3581 = arith.muli %v3580, %v991 : i64
                  %v3582 = arith.addi %v3581, %v3483 : i64
                  scf.if %v3578 {
                    %v3583 = llvm.getelementptr %v57[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3575, %v3583 : f32, !llvm.ptr
                  }
                  %v3584 = arith.select %v36, %v3516, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3585, %v3586 = gpu.shuffle xor %v3584, %v978, %v302 : f32
                  %v3587 = arith.addf %v3584, %v3585 fastmath<contract> : f32
                  %v3588, %v3589 = gpu.shuffle xor %v3587, %v982, %v302 : f32
                  %v3590 = arith.addf %v3587, %v3588 fastmath<contract> : f32
                  %v3591 = arith.divui %v17, %v19 : i64
                  %v3592 = arith.remui %v17, %v19 : i64
                  %v3593 = arith.cmpi ult, %v3592, %v31 : i64
                  %v3594 = arith.addi %v31, %v32 : i64
                  %v3595 = arith.muli %v3591, %v1 : i64
                  %v3596 = arith.addi %v3595, %v3594 : i64
                  %v3597 = arith.muli %v3596, %v991 : i64
                  %v3598 = arith.addi %v3597, %v3483 : i64
                  scf.if %v3593 {
                    %v3599 = llvm.getelementptr %v57[%v3598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3590, %v3599 : f32, !llvm.ptr
                  }
                  %v3600 = arith.select %v36, %v3526, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3601, %v3602 = gpu.shuffle xor %v3600, %v978, %v302 : f32
                  %v3603 = arith.addf %v3600, %v3601 fastmath<contract> : f32
                  %v3604, %v3605 = gpu.shuffle xor %v3603, %v982, %v302 : f32
                  %v3606 = arith.addf %v3603, %v3604 fastmath<contract> : f32
                  %v3607 = arith.divui %v17, %v19 : i64
                  %v3608 = arith.remui %v17, %v19 : i64
                  %v3609 = arith.cmpi ult, %v3608, %v31 : i64
                  %v3610 = arith.muli %v3607, %v1 : i64
                  %v3611 = arith.addi %v3610, %v32 : i64
                  %v3612 = arith.muli %v3611, %v991 : i64
                  %v3613 = arith.addi %v3612, %v3483 : i64
                  scf.if %v3609 {
                    %v3614 = llvm.getelementptr %v59[%v3613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3606, %v3614 : f32, !llvm.ptr
                  }
                  %v3615 = arith.select %v36, %v3528, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3616, %v3617 = gpu.shuffle xor %v3615, %v978, %v302 : f32
                  %v3618 = arith.addf %v3615, %v3616 fastmath<contract> : f32
                  %v3619, %v3620 = gpu.shuffle xor %v3618, %v982, %v302 : f32
                  %v3621 = arith.addf %v3618, %v3619 fastmath<contract> : f32
                  %v3622 = arith.divui %v17, %v19 : i64
                  %v3623 = arith.remui %v17, %v19 : i64
                  %v3624 = arith.cmpi ult, %v3623, %v31 : i64
                  %v3625 = arith.addi %v31, %v32 : i64
                  %v3626 = arith.muli %v3622, %v1 : i64
                  %v3627 = arith.addi %v3626, %v3625 : i64
                  %v3628 = arith.muli %v3627, %v991 : i64
                  %v3629 = arith.addi %v3628, %v3483 : i64
                  scf.if %v3624 {
                    %v3630 = llvm.getelementptr %v59[%v3629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3621, %v3630 : f32, !llvm.ptr
                  }
                  %v3631 = arith.select %v36, %v3547, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3632, %v3633 = gpu.shuffle xor %v3631, %v978, %v302 : f32
                  %v3634 = arith.addf %v3631, %v3632 fastmath<contract> : f32
                  %v3635, %v3636 = gpu.shuffle xor %v3634, %v982, %v302 : f32
                  %v3637 = arith.addf %v3634, %v3635 fastmath<contract> : f32
                  %v3638 = arith.divui %v17, %v19 : i64
                  %v3639 = arith.remui %v17, %v19 : i64
                  %v3640 = arith.cmpi ult, %v3639, %v31 : i64
                  %v3641 = arith.muli %v3638, %v1 : i64
                  %v3642 = arith.addi %v3641, %v32 : i64
                  %v3643 = arith.muli %v3642, %v991 : i64
                  %v3644 = arith.addi %v3643, %v3483 : i64
                  scf.if %v3640 {
                    %v3645 = llvm.getelementptr %v61[%v3644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3637, %v3645 : f32, !llvm.ptr
                  }
                  %v3646 = arith.select %v36, %v3568, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3647, %v3648 = gpu.shuffle xor %v3646, %v978, %v302 : f32
                  %v3649 = arith.addf %v3646, %v3647 fastmath<contract> : f32
                  %v3650, %v3651 = gpu.shuffle xor %v3649, %v982, %v302 : f32
                  %v3652 = arith.addf %v3649, %v3650 fastmath<contract> : f32
                  %v3653 = arith.divui %v17, %v19 : i64
                  %v3654 = arith.remui %v17, %v19 : i64
                  %v3655 = arith.cmpi ult, %v3654, %v31 : i64
                  %v3656 = arith.addi %v31, %v32 : i64
                  %v3657 = arith.muli %v3653, %v1 : i64
                  %v3658 = arith.addi %v3657, %v3656 : i64
                  %v3659 = arith.muli %v3658, %v991 : i64
                  %v3660 = arith.addi %v3659, %v3483 : i64
                  scf.if %v3655 {
                    %v3661 = llvm.getelementptr %v61[%v3660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3652, %v3661 : f32, !llvm.ptr
                  }
                  %v3662 = arith.muli %v32, %v187 : i64
                  %v3663 = arith.subi %v3484, %v159 : i64
                  %v3664 = arith.addi %v3662, %v3663 : i64
                  %v3665 = llvm.getelementptr %v65[%v3664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3666 = llvm.load %v3665 : !llvm.ptr -> f32
                  %v3667 = arith.mulf %v3666, %v3525 fastmath<contract> : f32
                  %v3668 = arith.constant 8 : i64
                  %v3669 = arith.addi %v3668, %v32 : i64
                  %v3670 = arith.muli %v3669, %v187 : i64
                  %v3671 = arith.subi %v3484, %v159 : i64
                  %v3672 = arith.addi %v3670, %v3671 : i64
                  %v3673 = llvm.getelementptr %v65[%v3672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3674 = llvm.load %v3673 : !llvm.ptr -> f32
                  %v3675 = arith.mulf %v3674, %v3527 fastmath<contract> : f32
                  %v3676 = arith.addf %v3667, %v3675 fastmath<contract> : f32
                  llvm.store %v3676, %v3051 : f32, !llvm.ptr
                  %v3677 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3538) : (f32) -> f32
                  %v3678 = arith.mulf %v317, %v3677 fastmath<contract> : f32
                  %v3679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3678) : (f32) -> f32
                  llvm.store %v3679, %v54 : f32, !llvm.ptr
                  %v3680 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3559) : (f32) -> f32
                  %v3681 = arith.mulf %v317, %v3680 fastmath<contract> : f32
                  %v3682 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3681) : (f32) -> f32
                  llvm.store %v3682, %v55 : f32, !llvm.ptr
                }
                %v3683 = llvm.load %v3051 : !llvm.ptr -> f32
                %v3684 = arith.addi %v384, %v48 : i64
                %v3685 = arith.cmpi slt, %v1512, %v3062 : i32
                %v3686 = arith.cmpi eq, %v1512, %v3067 : i32
                %v3687 = arith.addi %v386, %v581 : i64
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v3685 {
                  %v3688 = arith.addi %v159, %v3684 : i64
                  %v3689 = arith.muli %v32, %v187 : i64
                  %v3690 = arith.subi %v3688, %v159 : i64
                  %v3691 = arith.addi %v3689, %v3690 : i64
                  %v3692 = llvm.getelementptr %v63[%v3691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3693 = llvm.load %v3692 : !llvm.ptr -> f32
                  %v3694 = arith.muli %v46, %v327 : i64
                  %v3695 = arith.muli %v3688, %v326 : i64
                  %v3696 = arith.addi %v3694, %v3695 : i64
                  %v3697 = arith.muli %v44, %size_DV : i64
                  %v3698 = arith.addi %v3696, %v3697 : i64
                  %v3699 = arith.addi %v3698, %v42 : i64
                  %v3700 = llvm.getelementptr %dy_o[%v3699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3701 = llvm.load %v3700 : !llvm.ptr -> f32
                  %v3702 = arith.mulf %v3693, %v3701 fastmath<contract> : f32
                  %v3703 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3704 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3705 = arith.mulf %v3704, %v3703 fastmath<contract> : f32
                  %v3706 = arith.addf %v3702, %v3705 fastmath<contract> : f32
                  llvm.store %v3706, %v52 : f32, !llvm.ptr
                  %v3707 = arith.constant 8 : i64
                  %v3708 = arith.addi %v3707, %v32 : i64
                  %v3709 = arith.muli %v3708, %v187 : i64
                  %v3710 = arith.subi %v3688, %v159 : i64
                  %v3711 = arith.addi %v3709, %v3710 : i64
                  %v3712 = llvm.getelementptr %v63[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3713 = llvm.load %v3712 : !llvm.ptr -> f32
                  %v3714 = arith.mulf %v3713, %v3701 fastmath<contract> : f32
                  %v3715 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3716 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3717 = arith.mulf %v3716, %v3715 fastmath<contract> : f32
                  %v3718 = arith.addf %v3714, %v3717 fastmath<contract> : f32
                  llvm.store %v3718, %v53 : f32, !llvm.ptr
                  scf.if %v3686 {
                  }
                  %v3719 = arith.mulf %v2854, %v3701 fastmath<contract> : f32
                  %v3720 = arith.mulf %v2879, %v3701 fastmath<contract> : f32
                  %v3721 = arith.muli %v46, %v327 : i64
                  %v3722 = arith.muli %v3688, %v326 : i64
                  %v3723 = arith.addi %v3721, %v3722 : i64
                  %v3724 = arith.muli %v44, %size_DV : i64
                  %v3725 = arith.addi %v3723, %v3724 : i64
                  %v3726 = arith.addi %v3725, %v42 : i64
                  %v3727 = llvm.getelementptr %in_v[%v3726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3728 = llvm.load %v3727 : !llvm.ptr -> f32
                  %v3729 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3730 = arith.mulf %v3728, %v3729 fastmath<contract> : f32
                  %v3731 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3732 = arith.mulf %v3728, %v3731 fastmath<contract> : f32
                  %v3733 = arith.muli %v32, %v187 : i64
                  %v3734 = arith.subi %v3688, %v159 : i64
                  %v3735 = arith.addi %v3733, %v3734 : i64
                  %v3736 = llvm.getelementptr %v67[%v3735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3737 = llvm.load %v3736 : !llvm.ptr -> f32
                  %v3738 = arith.negf %v3737 : f32
                  %v3739 = arith.mulf %v3738, %v312 fastmath<contract> : f32
                  %v3740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3739) : (f32) -> f32
                  %v3741 = arith.addf %v69, %v3740 fastmath<contract> : f32
                  %v3742 = arith.divf %v69, %v3741 : f32
                  %v3743 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3742) : (f32) -> f32
                  %v3744 = arith.mulf %v946, %v3743 fastmath<contract> : f32
                  %v3745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3744) : (f32) -> f32
                  %v3746 = arith.mulf %v2797, %v3729 fastmath<contract> : f32
                  %v3747 = arith.mulf %v317, %v3746 fastmath<contract> : f32
                  %v3748 = arith.mulf %v3745, %v3747 fastmath<contract> : f32
                  %v3749 = arith.subf %v69, %v3742 fastmath<contract> : f32
                  %v3750 = arith.mulf %v3742, %v3749 fastmath<contract> : f32
                  %v3751 = arith.mulf %v3748, %v3750 fastmath<contract> : f32
                  %v3752 = arith.constant 8 : i64
                  %v3753 = arith.addi %v3752, %v32 : i64
                  %v3754 = arith.muli %v3753, %v187 : i64
                  %v3755 = arith.subi %v3688, %v159 : i64
                  %v3756 = arith.addi %v3754, %v3755 : i64
                  %v3757 = llvm.getelementptr %v67[%v3756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3758 = llvm.load %v3757 : !llvm.ptr -> f32
                  %v3759 = arith.negf %v3758 : f32
                  %v3760 = arith.mulf %v3759, %v312 fastmath<contract> : f32
                  %v3761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3760) : (f32) -> f32
                  %v3762 = arith.addf %v69, %v3761 fastmath<contract> : f32
                  %v3763 = arith.divf %v69, %v3762 : f32
                  %v3764 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3763) : (f32) -> f32
                  %v3765 = arith.mulf %v946, %v3764 fastmath<contract> : f32
                  %v3766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3765) : (f32) -> f32
                  %v3767 = arith.mulf %v2822, %v3731 fastmath<contract> : f32
                  %v3768 = arith.mulf %v317, %v3767 fastmath<contract> : f32
                  %v3769 = arith.mulf %v3766, %v3768 fastmath<contract> : f32
                  %v3770 = arith.subf %v69, %v3763 fastmath<contract> : f32
                  %v3771 = arith.mulf %v3763, %v3770 fastmath<contract> : f32
                  %v3772 = arith.mulf %v3769, %v3771 fastmath<contract> : f32
                  %v3773 = arith.select %v36, %v3719, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3774, %v3775 = gpu.shuffle xor %v3773, %v978, %v302 : f32
                  %v3776 = arith.addf %v3773, %v3774 fastmath<contract> : f32
                  %v3777, %v3778 = gpu.shuffle xor %v3776, %v982, %v302 : f32
                  %v3779 = arith.addf %v3776, %v3777 fastmath<contract> : f32
                  %v3780 = arith.divui %v17, %v19 : i64
                  %v3781 = arith.remui %v17, %v19 : i64
                  %v3782 = arith.cmpi ult, %v3781, %v31 : i64
                  %v3783 = arith.muli %v3780, %v1 : i64
                  %v3784 = arith.addi %v3783, %v32 : i64
                  %v3785 = arith.muli %v3784, %v991 : i64
                  %v3786 = arith.addi %v3785, %v3687 : i64
                  scf.if %v3782 {
                    %v3787 = llvm.getelementptr %v57[%v3786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3779, %v3787 : f32, !llvm.ptr
                  }
                  %v3788 = arith.select %v36, %v3720, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3789, %v3790 = gpu.shuffle xor %v3788, %v978, %v302 : f32
                  %v3791 = arith.addf %v3788, %v3789 fastmath<contract> : f32
                  %v3792, %v3793 = gpu.shuffle xor %v3791, %v982, %v302 : f32
                  %v3794 = arith.addf %v3791, %v3792 fastmath<contract> : f32
                  %v3795 = arith.divui %v17, %v19 : i64
                  %v3796 = arith.remui %v17, %v19 : i64
                  %v3797 = arith.cmpi ult, %v3796, %v31 : i64
                  %v3798 = arith.addi %v31, %v32 : i64
                  %v3799 = arith.muli %v3795, %v1 : i64
                  %v3800 = arith.addi %v3799, %v3798 : i64
                  %v3801 = arith.muli %v3800, %v991 : i64
                  %v3802 = arith.addi %v3801, %v3687 : i64
                  scf.if %v3797 {
                    %v3803 = llvm.getelementptr %v57[%v3802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3794, %v3803 : f32, !llvm.ptr
                  }
                  %v3804 = arith.select %v36, %v3730, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3805, %v3806 = gpu.shuffle xor %v3804, %v978, %v302 : f32
                  %v3807 = arith.addf %v3804, %v3805 fastmath<contract> : f32
                  %v3808, %v3809 = gpu.shuffle xor %v3807, %v982, %v302 : f32
                  %v3810 = arith.addf %v3807, %v3808 fastmath<contract> : f32
                  %v3811 = arith.divui %v17, %v19 : i64
                  %v3812 = arith.remui %v17, %v19 : i64
                  %v3813 = arith.cmpi ult, %v3812, %v31 : i64
                  %v3814 = arith.muli %v3811, %v1 : i64
                  %v3815 = arith.addi %v3814, %v32 : i64
                  %v3816 = arith.muli %v3815, %v991 : i64
                  %v3817 = arith.addi %v3816, %v3687 : i64
                  scf.if %v3813 {
                    %v3818 = llvm.getelementptr %v59[%v3817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3810, %v3818 : f32, !llvm.ptr
                  }
                  %v3819 = arith.select %v36, %v3732, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3820, %v3821 = gpu.shuffle xor %v3819, %v978, %v302 : f32
                  %v3822 = arith.addf %v3819, %v3820 fastmath<contract> : f32
                  %v3823, %v3824 = gpu.shuffle xor %v3822, %v982, %v302 : f32
                  %v3825 = arith.addf %v3822, %v3823 fastmath<contract> : f32
                  %v3826 = arith.divui %v17, %v19 : i64
                  %v3827 = arith.remui %v17, %v19 : i64
                  %v3828 = arith.cmpi ult, %v3827, %v31 : i64
                  %v3829 = arith.addi %v31, %v32 : i64
                  %v3830 = arith.muli %v3826, %v1 : i64
                  %v3831 = arith.addi %v3830, %v3829 : i64
                  %v3832 = arith.muli %v3831, %v991 : i64
                  %v3833 = arith.addi %v3832, %v3687 : i64
                  scf.if %v3828 {
                    %v3834 = llvm.getelementptr %v59[%v3833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3825, %v3834 : f32, !llvm.ptr
                  }
                  %v3835 = arith.select %v36, %v3751, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3836, %v3837 = gpu.shuffle xor %v3835, %v978, %v302 : f32
                  %v3838 = arith.addf %v3835, %v3836 fastmath<contract> : f32
                  %v3839, %v3840 = gpu.shuffle xor %v3838, %v982, %v302 : f32
                  %v3841 = arith.addf %v3838, %v3839 fastmath<contract> : f32
                  %v3842 = arith.divui %v17, %v19 : i64
                  %v3843 = arith.remui %v17, %v19 : i64
                  %v3844 = arith.cmpi ult, %v3843, %v31 : i64
                  %v3845 = arith.muli %v3842, %v1 : i64
                  %v3846 = arith.addi %v3845, %v32 : i64
                  %v3847 = arith.muli %v3846, %v991 : i64
                  %v3848 = arith.addi %v3847, %v3687 : i64
                  scf.if %v3844 {
                    %v3849 = llvm.getelementptr %v61[%v3848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3841, %v3849 : f32, !llvm.ptr
                  }
                  %v3850 = arith.select %v36, %v3772, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3851, %v3852 = gpu.shuffle xor %v3850, %v978, %v302 : f32
                  %v3853 = arith.addf %v3850, %v3851 fastmath<contract> : f32
                  %v3854, %v3855 = gpu.shuffle xor %v3853, %v982, %v302 : f32
                  %v3856 = arith.addf %v3853, %v3854 fastmath<contract> : f32
                  %v3857 = arith.divui %v17, %v19 : i64
                  %v3858 = arith.remui %v17, %v19 : i64
                  %v3859 = arith.cmpi ult, %v3858, %v31 : i64
                  %v3860 = arith.addi %v31, %v32 : i64
                  %v3861 = arith.muli %v3857, %v1 : i64
                  %v3862 = arith.addi %v3861, %v3860 : i64
                  %v3863 = arith.muli %v3862, %v991 : i64
                  %v3864 = arith.addi %v3863, %v3687 : i64
                  scf.if %v3859 {
                    %v3865 = llvm.getelementptr %v61[%v3864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3856, %v3865 : f32, !llvm.ptr
                  }
                  %v3866 = arith.muli %v32, %v187 : i64
                  %v3867 = arith.subi %v3688, %v159 : i64
                  %v3868 = arith.addi %v3866, %v3867 : i64
                  %v3869 = llvm.getelementptr %v65[%v3868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3870 = llvm.load %v3869 : !llvm.ptr -> f32
                  %v3871 = arith.mulf %v3870, %v3729 fastmath<contract> : f32
                  %v3872 = arith.constant 8 : i64
                  %v3873 = arith.addi %v3872, %v32 : i64
                  %v3874 = arith.muli %v3873, %v187 : i64
                  %v3875 = arith.subi %v3688, %v159 : i64
                  %v3876 = arith.addi %v3874, %v3875 : i64
                  %v3877 = llvm.getelementptr %v65[%v3876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3878 = llvm.load %v3877 : !llvm.ptr -> f32
                  %v3879 = arith.mulf %v3878, %v3731 fastmath<contract> : f32
                  %v3880 = arith.addf %v3871, %v3879 fastmath<contract> : f32
                  llvm.store %v3880, %v3051 : f32, !llvm.ptr
                  %v3881 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3742) : (f32) -> f32
                  %v3882 = arith.mulf %v317, %v3881 fastmath<contract> : f32
                  %v3883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3882) : (f32) -> f32
                  llvm.store %v3883, %v54 : f32, !llvm.ptr
                  %v3884 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3763) : (f32) -> f32
                  %v3885 = arith.mulf %v317, %v3884 fastmath<contract> : f32
                  %v3886 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3885) : (f32) -> f32
                  llvm.store %v3886, %v55 : f32, !llvm.ptr
                }
                %v3887 = llvm.load %v3051 : !llvm.ptr -> f32
                %v3888 = arith.select %v3054, %v3887, %v3683 : f32
                %v3889 = arith.select %v3054, %v3683, %v3887 : f32
                %v3890, %v3891 = gpu.shuffle xor %v3888, %v1302, %v302 : f32
                %v3892 = arith.addf %v3889, %v3890 fastmath<contract> : f32
                %v3893 = arith.select %v3057, %v3892, %v3479 : f32
                %v3894 = arith.select %v3057, %v3479, %v3892 : f32
                %v3895, %v3896 = gpu.shuffle xor %v3893, %v1723, %v302 : f32
                %v3897 = arith.addf %v3894, %v3895 fastmath<contract> : f32
                %v3898 = arith.addi %v384, %v581 : i64
                %v3899 = arith.cmpi slt, %v1728, %v3062 : i32
                %v3900 = arith.cmpi eq, %v1728, %v3067 : i32
                %v3901 = arith.addi %v386, %v48 : i64
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v3899 {
                  %v3902 = arith.addi %v159, %v3898 : i64
                  %v3903 = arith.muli %v32, %v187 : i64
                  %v3904 = arith.subi %v3902, %v159 : i64
                  %v3905 = arith.addi %v3903, %v3904 : i64
                  %v3906 = llvm.getelementptr %v63[%v3905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3907 = llvm.load %v3906 : !llvm.ptr -> f32
                  %v3908 = arith.muli %v46, %v327 : i64
                  %v3909 = arith.muli %v3902, %v326 : i64
                  %v3910 = arith.addi %v3908, %v3909 : i64
                  %v3911 = arith.muli %v44, %size_DV : i64
                  %v3912 = arith.addi %v3910, %v3911 : i64
                  %v3913 = arith.addi %v3912, %v42 : i64
                  %v3914 = llvm.getelementptr %dy_o[%v3913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3915 = llvm.load %v3914 : !llvm.ptr -> f32
                  %v3916 = arith.mulf %v3907, %v3915 fastmath<contract> : f32
                  %v3917 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3918 = llvm.load %v54 : !llvm.ptr -> f32
                  %v3919 = arith.mulf %v3918, %v3917 fastmath<contract> : f32
                  %v3920 = arith.addf %v3916, %v3919 fastmath<contract> : f32
                  llvm.store %v3920, %v52 : f32, !llvm.ptr
                  %v3921 = arith.constant 8 : i64
                  %v3922 = arith.addi %v3921, %v32 : i64
                  %v3923 = arith.muli %v3922, %v187 : i64
                  %v3924 = arith.subi %v3902, %v159 : i64
                  %v3925 = arith.addi %v3923, %v3924 : i64
                  %v3926 = llvm.getelementptr %v63[%v3925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3927 = llvm.load %v3926 : !llvm.ptr -> f32
                  %v3928 = arith.mulf %v3927, %v3915 fastmath<contract> : f32
                  %v3929 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3930 = llvm.load %v55 : !llvm.ptr -> f32
                  %v3931 = arith.mulf %v3930, %v3929 fastmath<contract> : f32
                  %v3932 = arith.addf %v3928, %v3931 fastmath<contract> : f32
                  llvm.store %v3932, %v53 : f32, !llvm.ptr
                  scf.if %v3900 {
                  }
                  %v3933 = arith.mulf %v2797, %v3915 fastmath<contract> : f32
                  %v3934 = arith.mulf %v2822, %v3915 fastmath<contract> : f32
                  %v3935 = arith.muli %v46, %v327 : i64
                  %v3936 = arith.muli %v3902, %v326 : i64
                  %v3937 = arith.addi %v3935, %v3936 : i64
                  %v3938 = arith.muli %v44, %size_DV : i64
                  %v3939 = arith.addi %v3937, %v3938 : i64
                  %v3940 = arith.addi %v3939, %v42 : i64
                  %v3941 = llvm.getelementptr %in_v[%v3940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3942 = llvm.load %v3941 : !llvm.ptr -> f32
                  %v3943 = llvm.load %v52 : !llvm.ptr -> f32
                  %v3944 = arith.mulf %v3942, %v3943 fastmath<contract> : f32
                  %v3945 = llvm.load %v53 : !llvm.ptr -> f32
                  %v3946 = arith.mulf %v3942, %v3945 fastmath<contract> : f32
                  %v3947 = arith.muli %v32, %v187 : i64
                  %v3948 = arith.subi %v3902, %v159 : i64
                  %v3949 = arith.addi %v3947, %v3948 : i64
                  %v3950 = llvm.getelementptr %v67[%v3949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3951 = llvm.load %v3950 : !llvm.ptr -> f32
                  %v3952 = arith.negf %v3951 : f32
                  %v3953 = arith.mulf %v3952, %v312 fastmath<contract> : f32
                  %v3954 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3953) : (f32) -> f32
                  %v3955 = arith.addf %v69, %v3954 fastmath<contract> : f32
                  %v3956 = arith.divf %v69, %v3955 : f32
                  %v3957 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3956) : (f32) -> f32
                  %v3958 = arith.mulf %v946, %v3957 fastmath<contract> : f32
                  %v3959 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3958) : (f32) -> f32
                  %v3960 = arith.mulf %v2740, %v3943 fastmath<contract> : f32
                  %v3961 = arith.mulf %v317, %v3960 fastmath<contract> : f32
                  %v3962 = arith.mulf %v3959, %v3961 fastmath<contract> : f32
                  %v3963 = arith.subf %v69, %v3956 fastmath<contract> : f32
                  %v3964 = arith.mulf %v3956, %v3963 fastmath<contract> : f32
                  %v3965 = arith.mulf %v3962, %v3964 fastmath<contract> : f32
                  %v3966 = arith.constant 8 : i64
                  %v3967 = arith.addi %v3966, %v32 : i64
                  %v3968 = arith.muli %v3967, %v187 : i64
                  %v3969 = arith.subi %v3902, %v159 : i64
                  %v3970 = arith.addi %v3968, %v3969 : i64
                  %v3971 = llvm.getelementptr %v67[%v3970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3972 = llvm.load %v3971 : !llvm.ptr -> f32
                  %v3973 = arith.negf %v3972 : f32
                  %v3974 = arith.mulf %v3973, %v312 fastmath<contract> : f32
                  %v3975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3974) : (f32) -> f32
                  %v3976 = arith.addf %v69, %v3975 fastmath<contract> : f32
                  %v3977 = arith.divf %v69, %v3976 : f32
                  %v3978 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3977) : (f32) -> f32
                  %v3979 = arith.mulf %v946, %v3978 fastmath<contract> : f32
                  %v3980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3979) : (f32) -> f32
                  %v3981 = arith.mulf %v2765, %v3945 fastmath<contract> : f32
                  %v3982 = arith.mulf %v317, %v3981 fastmath<contract> : f32
                  %v3983 = arith.mulf %v3980, %v3982 fastmath<contract> : f32
                  %v3984 = arith.subf %v69, %v3977 fastmath<contract> : f32
                  %v3985 = arith.mulf %v3977, %v3984 fastmath<contract> : f32
                  %v3986 = arith.mulf %v3983, %v3985 fastmath<contract> : f32
                  %v3987 = arith.select %v36, %v3933, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v3988, %v3989 = gpu.shuffle xor %v3987, %v978, %v302 : f32
                  %v3990 = arith.addf %v3987, %v3988 fastmath<contract> : f32
                  %v3991, %v3992 = gpu.shuffle xor %v3990, %v982, %v302 : f32
                  %v3993 = arith.addf %v3990, %v3991 fastmath<contract> : f32
                  %v3994 = arith.divui %v17, %v19 : i64
                  %v3995 = arith.remui %v17, %v19 : i64
                  %v3996 = arith.cmpi ult, %v3995, %v31 : i64
                  %v3997 = arith.muli %v3994, %v1 : i64
                  %v3998 = arith.addi %v3997, %v32 : i64
                  %v3999 = arith.muli %v3998, %v991 : i64
                  %v4000 = arith.addi %v3999, %v3901 : i64
                  scf.if %v3996 {
                    %v4001 = llvm.getelementptr %v57[%v4000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3993, %v4001 : f32, !llvm.ptr
                  }
                  %v4002 = arith.select %v36, %v3934, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4003, %v4004 = gpu.shuffle xor %v4002, %v978, %v302 : f32
                  %v4005 = arith.addf %v4002, %v4003 fastmath<contract> : f32
                  %v4006, %v4007 = gpu.shuffle xor %v4005, %v982, %v302 : f32
                  %v4008 = arith.addf %v4005, %v4006 fastmath<contract> : f32
                  %v4009 = arith.divui %v17, %v19 : i64
                  %v4010 = arith.remui %v17, %v19 : i64
                  %v4011 = arith.cmpi ult, %v4010, %v31 : i64
                  %v4012 = arith.addi %v31, %v32 : i64
                  %v4013 = arith.muli %v4009, %v1 : i64
                  %v4014 = arith.addi %v4013, %v4012 : i64
                  %v4015 = arith.muli %v4014, %v991 : i64
                  %v4016 = arith.addi %v4015, %v3901 : i64
                  scf.if %v4011 {
                    %v4017 = llvm.getelementptr %v57[%v4016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4008, %v4017 : f32, !llvm.ptr
                  }
                  %v4018 = arith.select %v36, %v3944, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4019, %v4020 = gpu.shuffle xor %v4018, %v978, %v302 : f32
                  %v4021 = arith.addf %v4018, %v4019 fastmath<contract> : f32
                  %v4022, %v4023 = gpu.shuffle xor %v4021, %v982, %v302 : f32
                  %v4024 = arith.addf %v4021, %v4022 fastmath<contract> : f32
                  %v4025 = arith.divui %v17, %v19 : i64
                  %v4026 = arith.remui %v17, %v19 : i64
                  %v4027 = arith.cmpi ult, %v4026, %v31 : i64
                  %v4028 = arith.muli %v4025, %v1 : i64
                  %v4029 = arith.addi %v4028, %v32 : i64
                  %v4030 = arith.muli %v4029, %v991 : i64
                  %v4031 = arith.addi %v4030, %v3901 : i64
                  scf.if %v4027 {
                    %v4032 = llvm.getelementptr %v59[%v4031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4024, %v4032 : f32, !llvm.ptr
                  }
                  %v4033 = arith.select %v36, %v3946, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4034, %v4035 = gpu.shuffle xor %v4033, %v978, %v302 : f32
                  %v4036 = arith.addf %v4033, %v4034 fastmath<contract> : f32
                  %v4037, %v4038 = gpu.shuffle xor %v4036, %v982, %v302 : f32
                  %v4039 = arith.addf %v4036, %v4037 fastmath<contract> : f32
                  %v4040 = arith.divui %v17, %v19 : i64
                  %v4041 = arith.remui %v17, %v19 : i64
                  %v4042 = arith.cmpi ult, %v4041, %v31 : i64
                  %v4043 = arith.addi %v31, %v32 : i64
                  %v4044 = arith.muli %v4040, %v1 : i64
                  %v4045 = arith.addi %v4044, %v4043 : i64
                  %v4046 = arith.muli %v4045, %v991 : i64
                  %v4047 = arith.addi %v4046, %v3901 : i64
                  scf.if %v4042 {
                    %v4048 = llvm.getelementptr %v59[%v4047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4039, %v4048 : f32, !llvm.ptr
                  }
                  %v4049 = arith.select %v36, %v3965, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4050, %v4051 = gpu.shuffle xor %v4049, %v978, %v302 : f32
                  %v4052 = arith.addf %v4049, %v4050 fastmath<contract> : f32
                  %v4053, %v4054 = gpu.shuffle xor %v4052, %v982, %v302 : f32
                  %v4055 = arith.addf %v4052, %v4053 fastmath<contract> : f32
                  %v4056 = arith.divui %v17, %v19 : i64
                  %v4057 = arith.remui %v17, %v19 : i64
                  %v4058 = arith.cmpi ult, %v4057, %v31 : i64
                  %v4059 = arith.muli %v4056, %v1 : i64
                  %v4060 = arith.addi %v4059, %v32 : i64
                  %v4061 = arith.muli %v4060, %v991 : i64
                  %v4062 = arith.addi %v4061, %v3901 : i64
                  scf.if %v4058 {
                    %v4063 = llvm.getelementptr %v61[%v4062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4055, %v4063 : f32, !llvm.ptr
                  }
                  %v4064 = arith.select %v36, %v3986, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4065, %v4066 = gpu.shuffle xor %v4064, %v978, %v302 : f32
                  %v4067 = arith.addf %v4064, %v4065 fastmath<contract> : f32
                  %v4068, %v4069 = gpu.shuffle xor %v4067, %v982, %v302 : f32
                  %v4070 = arith.addf %v4067, %v4068 fastmath<contract> : f32
                  %v4071 = arith.divui %v17, %v19 : i64
                  %v4072 = arith.remui %v17, %v19 : i64
                  %v4073 = arith.cmpi ult, %v4072, %v31 : i64
                  %v4074 = arith.addi %v31, %v32 : i64
                  %v4075 = arith.muli %v4071, %v1 : i64
                  %v4076 = arith.addi %v4075, %v4074 : i64
                  %v4077 = arith.muli %v4076, %v991 : i64
                  %v4078 = arith.addi %v4077, %v3901 : i64
                  scf.if %v4073 {
                    %v4079 = llvm.getelementptr %v61[%v4078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4070, %v4079 : f32, !llvm.ptr
                  }
                  %v4080 = arith.muli %v32, %v187 : i64
                  %v4081 = arith.subi %v3902, %v159 : i64
                  %v4082 = arith.addi %v4080, %v4081 : i64
                  %v4083 = llvm.getelementptr %v65[%v4082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4084 = llvm.load %v4083 : !llvm.ptr -> f32
                  %v4085 = arith.mulf %v4084, %v3943 fastmath<contract> : f32
                  %v4086 = arith.constant 8 : i64
                  %v4087 = arith.addi %v4086, %v32 : i64
                  %v4088 = arith.muli %v4087, %v187 : i64
                  %v4089 = arith.subi %v3902, %v159 : i64
                  %v4090 = arith.addi %v4088, %v4089 : i64
                  %v4091 = llvm.getelementptr %v65[%v4090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4092 = llvm.load %v4091 : !llvm.ptr -> f32
                  %v4093 = arith.mulf %v4092, %v3945 fastmath<contract> : f32
                  %v4094 = arith.addf %v4085, %v4093 fastmath<contract> : f32
                  llvm.store %v4094, %v3051 : f32, !llvm.ptr
                  %v4095 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3956) : (f32) -> f32
                  %v4096 = arith.mulf %v317, %v4095 fastmath<contract> : f32
                  %v4097 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4096) : (f32) -> f32
                  llvm.store %v4097, %v54 : f32, !llvm.ptr
                  %v4098 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3977) : (f32) -> f32
                  %v4099 = arith.mulf %v317, %v4098 fastmath<contract> : f32
                  %v4100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4099) : (f32) -> f32
                  llvm.store %v4100, %v55 : f32, !llvm.ptr
                }
                %v4101 = llvm.load %v3051 : !llvm.ptr -> f32
                %v4102 = arith.addi %v384, %v366 : i64
                %v4103 = arith.cmpi slt, %v1723, %v3062 : i32
                %v4104 = arith.cmpi eq, %v1723, %v3067 : i32
                %v4105 = arith.addi %v386, %v696 : i64
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v4103 {
                  %v4106 = arith.addi %v159, %v4102 : i64
                  %v4107 = arith.muli %v32, %v187 : i64
                  %v4108 = arith.subi %v4106, %v159 : i64
                  %v4109 = arith.addi %v4107, %v4108 : i64
                  %v4110 = llvm.getelementptr %v63[%v4109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4111 = llvm.load %v4110 : !llvm.ptr -> f32
                  %v4112 = arith.muli %v46, %v327 : i64
                  %v4113 = arith.muli %v4106, %v326 : i64
                  %v4114 = arith.addi %v4112, %v4113 : i64
                  %v4115 = arith.muli %v44, %size_DV : i64
                  %v4116 = arith.addi %v4114, %v4115 : i64
                  %v4117 = arith.addi %v4116, %v42 : i64
                  %v4118 = llvm.getelementptr %dy_o[%v4117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4119 = llvm.load %v4118 : !llvm.ptr -> f32
                  %v4120 = arith.mulf %v4111, %v4119 fastmath<contract> : f32
                  %v4121 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4122 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4123 = arith.mulf %v4122, %v4121 fastmath<contract> : f32
                  %v4124 = arith.addf %v4120, %v4123 fastmath<contract> : f32
                  llvm.store %v4124, %v52 : f32, !llvm.ptr
                  %v4125 = arith.constant 8 : i64
                  %v4126 = arith.addi %v4125, %v32 : i64
                  %v4127 = arith.muli %v4126, %v187 : i64
                  %v4128 = arith.subi %v4106, %v159 : i64
                  %v4129 = arith.addi %v4127, %v4128 : i64
                  %v4130 = llvm.getelementptr %v63[%v4129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4131 = llvm.load %v4130 : !llvm.ptr -> f32
                  %v4132 = arith.mulf %v4131, %v4119 fastmath<contract> : f32
                  %v4133 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4134 = llvm.load %v55 : !llvm.ptr -> f32
                  %v4135 = arith.mulf %v4134, %v4133 fastmath<contract> : f32
                  %v4136 = arith.addf %v4132, %v4135 fastmath<contract> : f32
                  llvm.store %v4136, %v53 : f32, !llvm.ptr
                  scf.if %v4104 {
                  }
                  %v4137 = arith.mulf %v2740, %v4119 fastmath<contract> : f32
                  %v4138 = arith.mulf %v2765, %v4119 fastmath<contract> : f32
                  %v4139 = arith.muli %v46, %v327 : i64
                  %v4140 = arith.muli %v4106, %v326 : i64
                  %v4141 = arith.addi %v4139, %v4140 : i64
                  %v4142 = arith.muli %v44, %size_DV : i64
                  %v4143 = arith.addi %v4141, %v4142 : i64
                  %v4144 = arith.addi %v4143, %v42 : i64
                  %v4145 = llvm.getelementptr %in_v[%v4144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4146 = llvm.load %v4145 : !llvm.ptr -> f32
                  %v4147 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4148 = arith.mulf %v4146, %v4147 fastmath<contract> : f32
                  %v4149 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4150 = arith.mulf %v4146, %v4149 fastmath<contract> : f32
                  %v4151 = arith.muli %v32, %v187 : i64
                  %v4152 = arith.subi %v4106, %v159 : i64
                  %v4153 = arith.addi %v4151, %v4152 : i64
                  %v4154 = llvm.getelementptr %v67[%v4153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4155 = llvm.load %v4154 : !llvm.ptr -> f32
                  %v4156 = arith.negf %v4155 : f32
                  %v4157 = arith.mulf %v4156, %v312 fastmath<contract> : f32
                  %v4158 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4157) : (f32) -> f32
                  %v4159 = arith.addf %v69, %v4158 fastmath<contract> : f32
                  %v4160 = arith.divf %v69, %v4159 : f32
                  %v4161 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4160) : (f32) -> f32
                  %v4162 = arith.mulf %v946, %v4161 fastmath<contract> : f32
                  %v4163 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4162) : (f32) -> f32
                  %v4164 = arith.mulf %v2683, %v4147 fastmath<contract> : f32
                  %v4165 = arith.mulf %v317, %v4164 fastmath<contract> : f32
                  %v4166 = arith.mulf %v4163, %v4165 fastmath<contract> : f32
                  %v4167 = arith.subf %v69, %v4160 fastmath<contract> : f32
                  %v4168 = arith.mulf %v4160, %v4167 fastmath<contract> : f32
                  %v4169 = arith.mulf %v4166, %v4168 fastmath<contract> : f32
                  %v4170 = arith.constant 8 : i64
                  %v4171 = arith.addi %v4170, %v32 : i64
                  %v4172 = arith.muli %v4171, %v187 : i64
                  %v4173 = arith.subi %v4106, %v159 : i64
                  %v4174 = arith.addi %v4172, %v4173 : i64
                  %v4175 = llvm.getelementptr %v67[%v4174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4176 = llvm.load %v4175 : !llvm.ptr -> f32
                  %v4177 = arith.negf %v4176 : f32
                  %v4178 = arith.mulf %v4177, %v312 fastmath<contract> : f32
                  %v4179 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4178) : (f32) -> f32
                  %v4180 = arith.addf %v69, %v4179 fastmath<contract> : f32
                  %v4181 = arith.divf %v69, %v4180 : f32
                  %v4182 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4181) : (f32) -> f32
                  %v4183 = arith.mulf %v946, %v4182 fastmath<contract> : f32
                  %v4184 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4183) : (f32) -> f32
                  %v4185 = arith.mulf %v2708, %v4149 fastmath<contract> : f32
                  %v4186 = arith.mulf %v317, %v4185 fastmath<contract> : f32
                  %v4187 = arith.mulf %v4184, %v4186 fastmath<contract> : f32
                  %v4188 = arith.subf %v69, %v4181 fastmath<contract> : f32
                  %v4189 = arith.mulf %v4181, %v4188 fastmath<contract> : f32
                  %v4190 = arith.mulf %v4187, %v4189 fastmath<contract> : f32
                  %v4191 = arith.select %v36, %v4137, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4192, %v4193 = gpu.shuffle xor %v4191, %v978, %v302 : f32
                  %v4194 = arith.addf %v4191, %v4192 fastmath<contract> : f32
                  %v4195, %v4196 = gpu.shuffle xor %v4194, %v982, %v302 : f32
                  %v4197 = arith.addf %v4194, %v4195 fastmath<contract> : f32
                  %v4198 = arith.divui %v17, %v19 : i64
                  %v4199 = arith.remui %v17, %v19 : i64
                  %v4200 = arith.cmpi ult, %v4199, %v31 : i64
                  %v4201 = arith.muli %v4198, %v1 : i64
                  %v4202 = arith.addi %v4201, %v32 : i64
                  %v4203 = arith.muli %v4202, %v991 : i64
                  %v4204 = arith.addi %v4203, %v4105 : i64
                  scf.if %v4200 {
                    %v4205 = llvm.getelementptr %v57[%v4204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4197, %v4205 : f32, !llvm.ptr
                  }
                  %v4206 = arith.select %v36, %v4138, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4207, %v4208 = gpu.shuffle xor %v4206, %v978, %v302 : f32
                  %v4209 = arith.addf %v4206, %v4207 fastmath<contract> : f32
                  %v4210, %v4211 = gpu.shuffle xor %v4209, %v982, %v302 : f32
                  %v4212 = arith.addf %v4209, %v4210 fastmath<contract> : f32
                  %v4213 = arith.divui %v17, %v19 : i64
                  %v4214 = arith.remui %v17, %v19 : i64
                  %v4215 = arith.cmpi ult, %v4214, %v31 : i64
                  %v4216 = arith.addi %v31, %v32 : i64
                  %v4217 = arith.muli %v4213, %v1 : i64
                  %v4218 = arith.addi %v4217, %v4216 : i64
                  %v4219 = arith.muli %v4218, %v991 : i64
                  %v4220 = arith.addi %v4219, %v4105 : i64
                  scf.if %v4215 {
                    %v4221 = llvm.getelementptr %v57[%v4220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4212, %v4221 : f32, !llvm.ptr
                  }
                  %v4222 = arith.select %v36, %v4148, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4223, %v4224 = gpu.shuffle xor %v4222, %v978, %v302 : f32
                  %v4225 = arith.addf %v4222, %v4223 fastmath<contract> : f32
                  %v4226, %v4227 = gpu.shuffle xor %v4225, %v982, %v302 : f32
                  %v4228 = arith.addf %v4225, %v4226 fastmath<contract> : f32
                  %v4229 = arith.divui %v17, %v19 : i64
                  %v4230 = arith.remui %v17, %v19 : i64
                  %v4231 = arith.cmpi ult, %v4230, %v31 : i64
                  %v4232 = arith.muli %v4229, %v1 : i64
                  %v4233 = arith.addi %v4232, %v32 : i64
                  %v4234 = arith.muli %v4233, %v991 : i64
                  %v4235 = arith.addi %v4234, %v4105 : i64
                  scf.if %v4231 {
                    %v4236 = llvm.getelementptr %v59[%v4235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4228, %v4236 : f32, !llvm.ptr
                  }
                  %v4237 = arith.select %v36, %v4150, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4238, %v4239 = gpu.shuffle xor %v4237, %v978, %v302 : f32
                  %v4240 = arith.addf %v4237, %v4238 fastmath<contract> : f32
                  %v4241, %v4242 = gpu.shuffle xor %v4240, %v982, %v302 : f32
                  %v4243 = arith.addf %v4240, %v4241 fastmath<contract> : f32
                  %v4244 = arith.divui %v17, %v19 : i64
                  %v4245 = arith.remui %v17, %v19 : i64
                  %v4246 = arith.cmpi ult, %v4245, %v31 : i64
                  %v4247 = arith.addi %v31, %v32 : i64
                  %v4248 = arith.muli %v4244, %v1 : i64
                  %v4249 = arith.addi %v4248, %v4247 : i64
                  %v4250 = arith.muli %v4249, %v991 : i64
                  %v4251 = arith.addi %v4250, %v4105 : i64
                  scf.if %v4246 {
                    %v4252 = llvm.getelementptr %v59[%v4251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4243, %v4252 : f32, !llvm.ptr
                  }
                  %v4253 = arith.select %v36, %v4169, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4254, %v4255 = gpu.shuffle xor %v4253, %v978, %v302 : f32
                  %v4256 = arith.addf %v4253, %v4254 fastmath<contract> : f32
                  %v4257, %v4258 = gpu.shuffle xor %v4256, %v982, %v302 : f32
                  %v4259 = arith.addf %v4256, %v4257 fastmath<contract> : f32
                  %v4260 = arith.divui %v17, %v19 : i64
                  %v4261 = arith.remui %v17, %v19 : i64
                  %v4262 = arith.cmpi ult, %v4261, %v31 : i64
                  %v4263 = arith.muli %v4260, %v1 : i64
                  %v4264 = arith.addi %v4263, %v32 : i64
                  %v4265 = arith.muli %v4264, %v991 : i64
                  %v4266 = arith.addi %v4265, %v4105 : i64
                  scf.if %v4262 {
                    %v4267 = llvm.getelementptr %v61[%v4266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4259, %v4267 : f32, !llvm.ptr
                  }
                  %v4268 = arith.select %v36, %v4190, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4269, %v4270 = gpu.shuffle xor %v4268, %v978, %v302 : f32
                  %v4271 = arith.addf %v4268, %v4269 fastmath<contract> : f32
                  %v4272, %v4273 = gpu.shuffle xor %v4271, %v982, %v302 : f32
                  %v4274 = arith.addf %v4271, %v4272 fastmath<contract> : f32
                  %v4275 = arith.divui %v17, %v19 : i64
                  %v4276 = arith.remui %v17, %v19 : i64
                  %v4277 = arith.cmpi ult, %v4276, %v31 : i64
                  %v4278 = arith.addi %v31, %v32 : i64
                  %v4279 = arith.muli %v4275, %v1 : i64
                  %v4280 = arith.addi %v4279, %v4278 : i64
                  %v4281 = arith.muli %v4280, %v991 : i64
                  %v4282 = arith.addi %v4281, %v4105 : i64
                  scf.if %v4277 {
                    %v4283 = llvm.getelementptr %v61[%v4282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4274, %v4283 : f32, !llvm.ptr
                  }
                  %v4284 = arith.muli %v32, %v187 : i64
                  %v4285 = arith.subi %v4106, %v159 : i64
                  %v4286 = arith.addi %v4284, %v4285 : i64
                  %v4287 = llvm.getelementptr %v65[%v4286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4288 = llvm.load %v4287 : !llvm.ptr -> f32
                  %v4289 = arith.mulf %v4288, %v4147 fastmath<contract> : f32
                  %v4290 = arith.constant 8 : i64
                  %v4291 = arith.addi %v4290, %v32 : i64
                  %v4292 = arith.muli %v4291, %v187 : i64
                  %v4293 = arith.subi %v4106, %v159 : i64
                  %v4294 = arith.addi %v4292, %v4293 : i64
                  %v4295 = llvm.getelementptr %v65[%v4294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4296 = llvm.load %v4295 : !llvm.ptr -> f32
                  %v4297 = arith.mulf %v4296, %v4149 fastmath<contract> : f32
                  %v4298 = arith.addf %v4289, %v4297 fastmath<contract> : f32
                  llvm.store %v4298, %v3051 : f32, !llvm.ptr
                  %v4299 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4160) : (f32) -> f32
                  %v4300 = arith.mulf %v317, %v4299 fastmath<contract> : f32
                  %v4301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4300) : (f32) -> f32
                  llvm.store %v4301, %v54 : f32, !llvm.ptr
                  %v4302 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4181) : (f32) -> f32
                  %v4303 = arith.mulf %v317, %v4302 fastmath<contract> : f32
                  %v4304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4303) : (f32) -> f32
                  llvm.store %v4304, %v55 : f32, !llvm.ptr
                }
                %v4305 = llvm.load %v3051 : !llvm.ptr -> f32
                %v4306 = arith.select %v3054, %v4305, %v4101 : f32
                %v4307 = arith.select %v3054, %v4101, %v4305 : f32
                %v4308, %v4309 = gpu.shuffle xor %v4306, %v1302, %v302 : f32
                %v4310 = arith.addf %v4307, %v4308 fastmath<contract> : f32
                %v4311 = arith.addi %v384, %v2 : i64
                %v4312 = arith.cmpi slt, %v1302, %v3062 : i32
                %v4313 = arith.cmpi eq, %v1302, %v3067 : i32
                %v4314 = arith.addi %v386, %v754 : i64
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v4312 {
                  %v4315 = arith.addi %v159, %v4311 : i64
                  %v4316 = arith.muli %v32, %v187 : i64
                  %v4317 = arith.subi %v4315, %v159 : i64
                  %v4318 = arith.addi %v4316, %v4317 : i64
                  %v4319 = llvm.getelementptr %v63[%v4318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4320 = llvm.load %v4319 : !llvm.ptr -> f32
                  %v4321 = arith.muli %v46, %v327 : i64
                  %v4322 = arith.muli %v4315, %v326 : i64
                  %v4323 = arith.addi %v4321, %v4322 : i64
                  %v4324 = arith.muli %v44, %size_DV : i64
                  %v4325 = arith.addi %v4323, %v4324 : i64
                  %v4326 = arith.addi %v4325, %v42 : i64
                  %v4327 = llvm.getelementptr %dy_o[%v4326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4328 = llvm.load %v4327 : !llvm.ptr -> f32
                  %v4329 = arith.mulf %v4320, %v4328 fastmath<contract> : f32
                  %v4330 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4331 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4332 = arith.mulf %v4331, %v4330 fastmath<contract> : f32
                  %v4333 = arith.addf %v4329, %v4332 fastmath<contract> : f32
                  llvm.store %v4333, %v52 : f32, !llvm.ptr
                  %v4334 = arith.constant 8 : i64
                  %v4335 = arith.addi %v4334, %v32 : i64
                  %v4336 = arith.muli %v4335, %v187 : i64
                  %v4337 = arith.subi %v4315, %v159 : i64
                  %v4338 = arith.addi %v4336, %v4337 : i64
                  %v4339 = llvm.getelementptr %v63[%v4338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4340 = llvm.load %v4339 : !llvm.ptr -> f32
                  %v4341 = arith.mulf %v4340, %v4328 fastmath<contract> : f32
                  %v4342 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4343 = llvm.load %v55 : !llvm.ptr -> f32
                  %v4344 = arith.mulf %v4343, %v4342 fastmath<contract> : f32
                  %v4345 = arith.addf %v4341, %v4344 fastmath<contract> : f32
                  llvm.store %v4345, %v53 : f32, !llvm.ptr
                  scf.if %v4313 {
                  }
                  %v4346 = arith.mulf %v2683, %v4328 fastmath<contract> : f32
                  %v4347 = arith.mulf %v2708, %v4328 fastmath<contract> : f32
                  %v4348 = arith.muli %v46, %v327 : i64
                  %v4349 = arith.muli %v4315, %v326 : i64
                  %v4350 = arith.addi %v4348, %v4349 : i64
                  %v4351 = arith.muli %v44, %size_DV : i64
                  %v4352 = arith.addi %v4350, %v4351 : i64
                  %v4353 = arith.addi %v4352, %v42 : i64
                  %v4354 = llvm.getelementptr %in_v[%v4353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4355 = llvm.load %v4354 : !llvm.ptr -> f32
                  %v4356 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4357 = arith.mulf %v4355, %v4356 fastmath<contract> : f32
                  %v4358 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4359 = arith.mulf %v4355, %v4358 fastmath<contract> : f32
                  %v4360 = arith.muli %v32, %v187 : i64
                  %v4361 = arith.subi %v4315, %v159 : i64
                  %v4362 = arith.addi %v4360, %v4361 : i64
                  %v4363 = llvm.getelementptr %v67[%v4362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4364 = llvm.load %v4363 : !llvm.ptr -> f32
                  %v4365 = arith.negf %v4364 : f32
                  %v4366 = arith.mulf %v4365, %v312 fastmath<contract> : f32
                  %v4367 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4366) : (f32) -> f32
                  %v4368 = arith.addf %v69, %v4367 fastmath<contract> : f32
                  %v4369 = arith.divf %v69, %v4368 : f32
                  %v4370 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4369) : (f32) -> f32
                  %v4371 = arith.mulf %v946, %v4370 fastmath<contract> : f32
                  %v4372 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4371) : (f32) -> f32
                  %v4373 = arith.mulf %v2626, %v4356 fastmath<contract> : f32
                  %v4374 = arith.mulf %v317, %v4373 fastmath<contract> : f32
                  %v4375 = arith.mulf %v4372, %v4374 fastmath<contract> : f32
                  %v4376 = arith.subf %v69, %v4369 fastmath<contract> : f32
                  %v4377 = arith.mulf %v4369, %v4376 fastmath<contract> : f32
                  %v4378 = arith.mulf %v4375, %v4377 fastmath<contract> : f32
                  %v4379 = arith.constant 8 : i64
                  %v4380 = arith.addi %v4379, %v32 : i64
                  %v4381 = arith.muli %v4380, %v187 : i64
                  %v4382 = arith.subi %v4315, %v159 : i64
                  %v4383 = arith.addi %v4381, %v4382 : i64
                  %v4384 = llvm.getelementptr %v67[%v4383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4385 = llvm.load %v4384 : !llvm.ptr -> f32
                  %v4386 = arith.negf %v4385 : f32
                  %v4387 = arith.mulf %v4386, %v312 fastmath<contract> : f32
                  %v4388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4387) : (f32) -> f32
                  %v4389 = arith.addf %v69, %v4388 fastmath<contract> : f32
                  %v4390 = arith.divf %v69, %v4389 : f32
                  %v4391 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4390) : (f32) -> f32
                  %v4392 = arith.mulf %v946, %v4391 fastmath<contract> : f32
                  %v4393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4392) : (f32) -> f32
                  %v4394 = arith.mulf %v2651, %v4358 fastmath<contract> : f32
                  %v4395 = arith.mulf %v317, %v4394 fastmath<contract> : f32
                  %v4396 = arith.mulf %v4393, %v4395 fastmath<contract> : f32
                  %v4397 = arith.subf %v69, %v4390 fastmath<contract> : f32
                  %v4398 = arith.mulf %v4390, %v4397 fastmath<contract> : f32
                  %v4399 = arith.mulf %v4396, %v4398 fastmath<contract> : f32
                  %v4400 = arith.select %v36, %v4346, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4401, %v4402 = gpu.shuffle xor %v4400, %v978, %v302 : f32
                  %v4403 = arith.addf %v4400, %v4401 fastmath<contract> : f32
                  %v4404, %v4405 = gpu.shuffle xor %v4403, %v982, %v302 : f32
                  %v4406 = arith.addf %v4403, %v4404 fastmath<contract> : f32
                  %v4407 = arith.divui %v17, %v19 : i64
                  %v4408 = arith.remui %v17, %v19 : i64
                  %v4409 = arith.cmpi ult, %v4408, %v31 : i64
                  %v4410 = arith.muli %v4407, %v1 : i64
                  %v4411 = arith.addi %v4410, %v32 : i64
                  %v4412 = arith.muli %v4411, %v991 : i64
                  %v4413 = arith.addi %v4412, %v4314 : i64
                  scf.if %v4409 {
                    %v4414 = llvm.getelementptr %v57[%v4413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4406, %v4414 : f32, !llvm.ptr
                  }
                  %v4415 = arith.select %v36, %v4347, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4416, %v4417 = gpu.shuffle xor %v4415, %v978, %v302 : f32
                  %v4418 = arith.addf %v4415, %v4416 fastmath<contract> : f32
                  %v4419, %v4420 = gpu.shuffle xor %v4418, %v982, %v302 : f32
                  %v4421 = arith.addf %v4418, %v4419 fastmath<contract> : f32
                  %v4422 = arith.divui %v17, %v19 : i64
                  %v4423 = arith.remui %v17, %v19 : i64
                  %v4424 = arith.cmpi ult, %v4423, %v31 : i64
                  %v4425 = arith.addi %v31, %v32 : i64
                  %v4426 = arith.muli %v4422, %v1 : i64
                  %v4427 = arith.addi %v4426, %v4425 : i64
                  %v4428 = arith.muli %v4427, %v991 : i64
                  %v4429 = arith.addi %v4428, %v4314 : i64
                  scf.if %v4424 {
                    %v4430 = llvm.getelementptr %v57[%v4429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4421, %v4430 : f32, !llvm.ptr
                  }
                  %v4431 = arith.select %v36, %v4357, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4432, %v4433 = gpu.shuffle xor %v4431, %v978, %v302 : f32
                  %v4434 = arith.addf %v4431, %v4432 fastmath<contract> : f32
                  %v4435, %v4436 = gpu.shuffle xor %v4434, %v982, %v302 : f32
                  %v4437 = arith.addf %v4434, %v4435 fastmath<contract> : f32
                  %v4438 = arith.divui %v17, %v19 : i64
                  %v4439 = arith.remui %v17, %v19 : i64
                  %v4440 = arith.cmpi ult, %v4439, %v31 : i64
                  %v4441 = arith.muli %v4438, %v1 : i64
                  %v4442 = arith.addi %v4441, %v32 : i64
                  %v4443 = arith.muli %v4442, %v991 : i64
                  %v4444 = arith.addi %v4443, %v4314 : i64
                  scf.if %v4440 {
                    %v4445 = llvm.getelementptr %v59[%v4444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4437, %v4445 : f32, !llvm.ptr
                  }
                  %v4446 = arith.select %v36, %v4359, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4447, %v4448 = gpu.shuffle xor %v4446, %v978, %v302 : f32
                  %v4449 = arith.addf %v4446, %v4447 fastmath<contract> : f32
                  %v4450, %v4451 = gpu.shuffle xor %v4449, %v982, %v302 : f32
                  %v4452 = arith.addf %v4449, %v4450 fastmath<contract> : f32
                  %v4453 = arith.divui %v17, %v19 : i64
                  %v4454 = arith.remui %v17, %v19 : i64
                  %v4455 = arith.cmpi ult, %v4454, %v31 : i64
                  %v4456 = arith.addi %v31, %v32 : i64
                  %v4457 = arith.muli %v4453, %v1 : i64
                  %v4458 = arith.addi %v4457, %v4456 : i64
                  %v4459 = arith.muli %v4458, %v991 : i64
                  %v4460 = arith.addi %v4459, %v4314 : i64
                  scf.if %v4455 {
                    %v4461 = llvm.getelementptr %v59[%v4460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4452, %v4461 : f32, !llvm.ptr
                  }
                  %v4462 = arith.select %v36, %v4378, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4463, %v4464 = gpu.shuffle xor %v4462, %v978, %v302 : f32
                  %v4465 = arith.addf %v4462, %v4463 fastmath<contract> : f32
                  %v4466, %v4467 = gpu.shuffle xor %v4465, %v982, %v302 : f32
                  %v4468 = arith.addf %v4465, %v4466 fastmath<contract> : f32
                  %v4469 = arith.divui %v17, %v19 : i64
                  %v4470 = arith.remui %v17, %v19 : i64
                  %v4471 = arith.cmpi ult, %v4470, %v31 : i64
                  %v4472 = arith.muli %v4469, %v1 : i64
                  %v4473 = arith.addi %v4472, %v32 : i64
                  %v4474 = arith.muli %v4473, %v991 : i64
                  %v4475 = arith.addi %v4474, %v4314 : i64
                  scf.if %v4471 {
                    %v4476 = llvm.getelementptr %v61[%v4475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4468, %v4476 : f32, !llvm.ptr
                  }
                  %v4477 = arith.select %v36, %v4399, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4478, %v4479 = gpu.shuffle xor %v4477, %v978, %v302 : f32
                  %v4480 = arith.addf %v4477, %v4478 fastmath<contract> : f32
                  %v4481, %v4482 = gpu.shuffle xor %v4480, %v982, %v302 : f32
                  %v4483 = arith.addf %v4480, %v4481 fastmath<contract> : f32
                  %v4484 = arith.divui %v17, %v19 : i64
                  %v4485 = arith.remui %v17, %v19 : i64
                  %v4486 = arith.cmpi ult, %v4485, %v31 : i64
                  %v4487 = arith.addi %v31, %v32 : i64
                  %v4488 = arith.muli %v4484, %v1 : i64
                  %v4489 = arith.addi %v4488, %v4487 : i64
                  %v4490 = arith.muli %v4489, %v991 : i64
                  %v4491 = arith.addi %v4490, %v4314 : i64
                  scf.if %v4486 {
                    %v4492 = llvm.getelementptr %v61[%v4491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4483, %v4492 : f32, !llvm.ptr
                  }
                  %v4493 = arith.muli %v32, %v187 : i64
                  %v4494 = arith.subi %v4315, %v159 : i64
                  %v4495 = arith.addi %v4493, %v4494 : i64
                  %v4496 = llvm.getelementptr %v65[%v4495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4497 = llvm.load %v4496 : !llvm.ptr -> f32
                  %v4498 = arith.mulf %v4497, %v4356 fastmath<contract> : f32
                  %v4499 = arith.constant 8 : i64
                  %v4500 = arith.addi %v4499, %v32 : i64
                  %v4501 = arith.muli %v4500, %v187 : i64
                  %v4502 = arith.subi %v4315, %v159 : i64
                  %v4503 = arith.addi %v4501, %v4502 : i64
                  %v4504 = llvm.getelementptr %v65[%v4503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4505 = llvm.load %v4504 : !llvm.ptr -> f32
                  %v4506 = arith.mulf %v4505, %v4358 fastmath<contract> : f32
                  %v4507 = arith.addf %v4498, %v4506 fastmath<contract> : f32
                  llvm.store %v4507, %v3051 : f32, !llvm.ptr
                  %v4508 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4369) : (f32) -> f32
                  %v4509 = arith.mulf %v317, %v4508 fastmath<contract> : f32
                  %v4510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4509) : (f32) -> f32
                  llvm.store %v4510, %v54 : f32, !llvm.ptr
                  %v4511 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4390) : (f32) -> f32
                  %v4512 = arith.mulf %v317, %v4511 fastmath<contract> : f32
                  %v4513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4512) : (f32) -> f32
                  llvm.store %v4513, %v55 : f32, !llvm.ptr
                }
                %v4514 = llvm.load %v3051 : !llvm.ptr -> f32
                %v4515 = arith.cmpi slt, %v2345, %v3062 : i32
                %v4516 = arith.cmpi eq, %v2345, %v3067 : i32
                %v4517 = arith.addi %v386, %v109 : i64
                llvm.store %v68, %v3051 : f32, !llvm.ptr
                scf.if %v4515 {
                  %v4518 = arith.addi %v159, %v384 : i64
                  %v4519 = arith.muli %v32, %v187 : i64
                  %v4520 = arith.subi %v4518, %v159 : i64
                  %v4521 = arith.addi %v4519, %v4520 : i64
                  %v4522 = llvm.getelementptr %v63[%v4521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4523 = llvm.load %v4522 : !llvm.ptr -> f32
                  %v4524 = arith.muli %v46, %v327 : i64
                  %v4525 = arith.muli %v4518, %v326 : i64
                  %v4526 = arith.addi %v4524, %v4525 : i64
                  %v4527 = arith.muli %v44, %size_DV : i64
                  %v4528 = arith.addi %v4526, %v4527 : i64
                  %v4529 = arith.addi %v4528, %v42 : i64
                  %v4530 = llvm.getelementptr %dy_o[%v4529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4531 = llvm.load %v4530 : !llvm.ptr -> f32
                  %v4532 = arith.mulf %v4523, %v4531 fastmath<contract> : f32
                  %v4533 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4534 = llvm.load %v54 : !llvm.ptr -> f32
                  %v4535 = arith.mulf %v4534, %v4533 fastmath<contract> : f32
                  %v4536 = arith.addf %v4532, %v4535 fastmath<contract> : f32
                  llvm.store %v4536, %v52 : f32, !llvm.ptr
                  %v4537 = arith.constant 8 : i64
                  %v4538 = arith.addi %v4537, %v32 : i64
                  %v4539 = arith.muli %v4538, %v187 : i64
                  %v4540 = arith.subi %v4518, %v159 : i64
                  %v4541 = arith.addi %v4539, %v4540 : i64
                  %v4542 = llvm.getelementptr %v63[%v4541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4543 = llvm.load %v4542 : !llvm.ptr -> f32
                  %v4544 = arith.mulf %v4543, %v4531 fastmath<contract> : f32
                  %v4545 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4546 = llvm.load %v55 : !llvm.ptr -> f32
                  %v4547 = arith.mulf %v4546, %v4545 fastmath<contract> : f32
                  %v4548 = arith.addf %v4544, %v4547 fastmath<contract> : f32
                  llvm.store %v4548, %v53 : f32, !llvm.ptr
                  scf.if %v4516 {
                  }
                  %v4549 = arith.mulf %v2626, %v4531 fastmath<contract> : f32
                  %v4550 = arith.mulf %v2651, %v4531 fastmath<contract> : f32
                  %v4551 = arith.muli %v46, %v327 : i64
                  %v4552 = arith.muli %v4518, %v326 : i64
                  %v4553 = arith.addi %v4551, %v4552 : i64
                  %v4554 = arith.muli %v44, %size_DV : i64
                  %v4555 = arith.addi %v4553, %v4554 : i64
                  %v4556 = arith.addi %v4555, %v42 : i64
                  %v4557 = llvm.getelementptr %in_v[%v4556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4558 = llvm.load %v4557 : !llvm.ptr -> f32
                  %v4559 = llvm.load %v52 : !llvm.ptr -> f32
                  %v4560 = arith.mulf %v4558, %v4559 fastmath<contract> : f32
                  %v4561 = llvm.load %v53 : !llvm.ptr -> f32
                  %v4562 = arith.mulf %v4558, %v4561 fastmath<contract> : f32
                  %v4563 = arith.muli %v32, %v187 : i64
                  %v4564 = arith.subi %v4518, %v159 : i64
                  %v4565 = arith.addi %v4563, %v4564 : i64
                  %v4566 = llvm.getelementptr %v67[%v4565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4567 = llvm.load %v4566 : !llvm.ptr -> f32
                  %v4568 = arith.negf %v4567 : f32
                  %v4569 = arith.mulf %v4568, %v312 fastmath<contract> : f32
                  %v4570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4569) : (f32) -> f32
                  %v4571 = arith.addf %v69, %v4570 fastmath<contract> : f32
                  %v4572 = arith.divf %v69, %v4571 : f32
                  %v4573 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4572) : (f32) -> f32
                  %v4574 = arith.mulf %v946, %v4573 fastmath<contract> : f32
                  %v4575 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4574) : (f32) -> f32
                  %v4576 = arith.mulf %v2583, %v4559 fastmath<contract> : f32
                  %v4577 = arith.mulf %v317, %v4576 fastmath<contract> : f32
                  %v4578 = arith.mulf %v4575, %v4577 fastmath<contract> : f32
                  %v4579 = arith.subf %v69, %v4572 fastmath<contract> : f32
                  %v4580 = arith.mulf %v4572, %v4579 fastmath<contract> : f32
                  %v4581 = arith.mulf %v4578, %v4580 fastmath<contract> : f32
                  %v4582 = arith.constant 8 : i64
                  %v4583 = arith.addi %v4582, %v32 : i64
                  %v4584 = arith.muli %v4583, %v187 : i64
                  %v4585 = arith.subi %v4518, %v159 : i64
                  %v4586 = arith.addi %v4584, %v4585 : i64
                  %v4587 = llvm.getelementptr %v67[%v4586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4588 = llvm.load %v4587 : !llvm.ptr -> f32
                  %v4589 = arith.negf %v4588 : f32
                  %v4590 = arith.mulf %v4589, %v312 fastmath<contract> : f32
                  %v4591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4590) : (f32) -> f32
                  %v4592 = arith.addf %v69, %v4591 fastmath<contract> : f32
                  %v4593 = arith.divf %v69, %v4592 : f32
                  %v4594 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4593) : (f32) -> f32
                  %v4595 = arith.mulf %v946, %v4594 fastmath<contract> : f32
                  %v4596 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4595) : (f32) -> f32
                  %v4597 = arith.mulf %v2592, %v4561 fastmath<contract> : f32
                  %v4598 = arith.mulf %v317, %v4597 fastmath<contract> : f32
                  %v4599 = arith.mulf %v4596, %v4598 fastmath<contract> : f32
                  %v4600 = arith.subf %v69, %v4593 fastmath<contract> : f32
                  %v4601 = arith.mulf %v4593, %v4600 fastmath<contract> : f32
                  %v4602 = arith.mulf %v4599, %v4601 fastmath<contract> : f32
                  %v4603 = arith.select %v36, %v4549, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4604, %v4605 = gpu.shuffle xor %v4603, %v978, %v302 : f32
                  %v4606 = arith.addf %v4603, %v4604 fastmath<contract> : f32
                  %v4607, %v4608 = gpu.shuffle xor %v4606, %v982, %v302 : f32
                  %v4609 = arith.addf %v4606, %v4607 fastmath<contract> : f32
                  %v4610 = arith.divui %v17, %v19 : i64
                  %v4611 = arith.remui %v17, %v19 : i64
                  %v4612 = arith.cmpi ult, %v4611, %v31 : i64
                  %v4613 = arith.muli %v4610, %v1 : i64
                  %v4614 = arith.addi %v4613, %v32 : i64
                  %v4615 = arith.muli %v4614, %v991 : i64
                  %v4616 = arith.addi %v4615, %v4517 : i64
                  scf.if %v4612 {
                    %v4617 = llvm.getelementptr %v57[%v4616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4609, %v4617 : f32, !llvm.ptr
                  }
                  %v4618 = arith.select %v36, %v4550, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4619, %v4620 = gpu.shuffle xor %v4618, %v978, %v302 : f32
                  %v4621 = arith.addf %v4618, %v4619 fastmath<contract> : f32
                  %v4622, %v4623 = gpu.shuffle xor %v4621, %v982, %v302 : f32
                  %v4624 = arith.addf %v4621, %v4622 fastmath<contract> : f32
                  %v4625 = arith.divui %v17, %v19 : i64
                  %v4626 = arith.remui %v17, %v19 : i64
                  %v4627 = arith.cmpi ult, %v4626, %v31 : i64
                  %v4628 = arith.addi %v31, %v32 : i64
                  %v4629 = arith.muli %v4625, %v1 : i64
                  %v4630 = arith.addi %v4629, %v4628 : i64
                  %v4631 = arith.muli %v4630, %v991 : i64
                  %v4632 = arith.addi %v4631, %v4517 : i64
                  scf.if %v4627 {
                    %v4633 = llvm.getelementptr %v57[%v4632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4624, %v4633 : f32, !llvm.ptr
                  }
                  %v4634 = arith.select %v36, %v4560, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4635, %v4636 = gpu.shuffle xor %v4634, %v978, %v302 : f32
                  %v4637 = arith.addf %v4634, %v4635 fastmath<contract> : f32
                  %v4638, %v4639 = gpu.shuffle xor %v4637, %v982, %v302 : f32
                  %v4640 = arith.addf %v4637, %v4638 fastmath<contract> : f32
                  %v4641 = arith.divui %v17, %v19 : i64
                  %v4642 = arith.remui %v17, %v19 : i64
                  %v4643 = arith.cmpi ult, %v4642, %v31 : i64
                  %v4644 = arith.muli %v4641, %v1 : i64
                  %v4645 = arith.addi %v4644, %v32 : i64
                  %v4646 = arith.muli %v4645, %v991 : i64
                  %v4647 = arith.addi %v4646, %v4517 : i64
                  scf.if %v4643 {
                    %v4648 = llvm.getelementptr %v59[%v4647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4640, %v4648 : f32, !llvm.ptr
                  }
                  %v4649 = arith.select %v36, %v4562, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4650, %v4651 = gpu.shuffle xor %v4649, %v978, %v302 : f32
                  %v4652 = arith.addf %v4649, %v4650 fastmath<contract> : f32
                  %v4653, %v4654 = gpu.shuffle xor %v4652, %v982, %v302 : f32
                  %v4655 = arith.addf %v4652, %v4653 fastmath<contract> : f32
                  %v4656 = arith.divui %v17, %v19 : i64
                  %v4657 = arith.remui %v17, %v19 : i64
                  %v4658 = arith.cmpi ult, %v4657, %v31 : i64
                  %v4659 = arith.addi %v31, %v32 : i64
                  %v4660 = arith.muli %v4656, %v1 : i64
                  %v4661 = arith.addi %v4660, %v4659 : i64
                  %v4662 = arith.muli %v4661, %v991 : i64
                  %v4663 = arith.addi %v4662, %v4517 : i64
                  scf.if %v4658 {
                    %v4664 = llvm.getelementptr %v59[%v4663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4655, %v4664 : f32, !llvm.ptr
                  }
                  %v4665 = arith.select %v36, %v4581, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4666, %v4667 = gpu.shuffle xor %v4665, %v978, %v302 : f32
                  %v4668 = arith.addf %v4665, %v4666 fastmath<contract> : f32
                  %v4669, %v4670 = gpu.shuffle xor %v4668, %v982, %v302 : f32
                  %v4671 = arith.addf %v4668, %v4669 fastmath<contract> : f32
                  %v4672 = arith.divui %v17, %v19 : i64
                  %v4673 = arith.remui %v17, %v19 : i64
                  %v4674 = arith.cmpi ult, %v4673, %v31 : i64
                  %v4675 = arith.muli %v4672, %v1 : i64
                  %v4676 = arith.addi %v4675, %v32 : i64
                  %v4677 = arith.muli %v4676, %v991 : i64
                  %v4678 = arith.addi %v4677, %v4517 : i64
                  scf.if %v4674 {
                    %v4679 = llvm.getelementptr %v61[%v4678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4671, %v4679 : f32, !llvm.ptr
                  }
                  %v4680 = arith.select %v36, %v4602, %v68 : f32
                  // sum over the warp's outer points: shuffles
                  %v4681, %v4682 = gpu.shuffle xor %v4680, %v978, %v302 : f32
                  %v4683 = arith.addf %v4680, %v4681 fastmath<contract> : f32
                  %v4684, %v4685 = gpu.shuffle xor %v4683, %v982, %v302 : f32
                  %v4686 = arith.addf %v4683, %v4684 fastmath<contract> : f32
                  %v4687 = arith.divui %v17, %v19 : i64
                  %v4688 = arith.remui %v17, %v19 : i64
                  %v4689 = arith.cmpi ult, %v4688, %v31 : i64
                  %v4690 = arith.addi %v31, %v32 : i64
                  %v4691 = arith.muli %v4687, %v1 : i64
                  %v4692 = arith.addi %v4691, %v4690 : i64
                  %v4693 = arith.muli %v4692, %v991 : i64
                  %v4694 = arith.addi %v4693, %v4517 : i64
                  scf.if %v4689 {
                    %v4695 = llvm.getelementptr %v61[%v4694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4686, %v4695 : f32, !llvm.ptr
                  }
                  %v4696 = arith.muli %v32, %v187 : i64
                  %v4697 = arith.subi %v4518, %v159 : i64
                  %v4698 = arith.addi %v4696, %v4697 : i64
                  %v4699 = llvm.getelementptr %v65[%v4698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4700 = llvm.load %v4699 : !llvm.ptr -> f32
                  %v4701 = arith.mulf %v4700, %v4559 fastmath<contract> : f32
                  %v4702 = arith.constant 8 : i64
                  %v4703 = arith.addi %v4702, %v32 : i64
                  %v4704 = arith.muli %v4703, %v187 : i64
                  %v4705 = arith.subi %v4518, %v159 : i64
                  %v4706 = arith.addi %v4704, %v4705 : i64
                  %v4707 = llvm.getelementptr %v65[%v4706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4708 = llvm.load %v4707 : !llvm.ptr -> f32
                  %v4709 = arith.mulf %v4708, %v4561 fastmath<contract> : f32
                  %v4710 = arith.addf %v4701, %v4709 fastmath<contract> : f32
                  llvm.store %v4710, %v3051 : f32, !llvm.ptr
                  %v4711 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4572) : (f32) -> f32
                  %v4712 = arith.mulf %v317, %v4711 fastmath<contract> : f32
                  %v4713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4712) : (f32) -> f32
                  llvm.store %v4713, %v54 : f32, !llvm.ptr
                  %v4714 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4593) : (f32) -> f32
                  %v4715 = arith.mulf %v317, %v4714 fastmath<contract> : f32
                  %v4716 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4715) : (f32) -> f32
                  llvm.store %v4716, %v55 : f32, !llvm.ptr
                }
                %v4717 = llvm.load %v3051 : !llvm.ptr -> f32
                %v4718 = arith.select %v3054, %v4717, %v4514 : f32
                %v4719 = arith.select %v3054, %v4514, %v4717 : f32
                %v4720, %v4721 = gpu.shuffle xor %v4718, %v1302, %v302 : f32
                %v4722 = arith.addf %v4719, %v4720 fastmath<contract> : f32
                %v4723 = arith.select %v3057, %v4722, %v4310 : f32
                %v4724 = arith.select %v3057, %v4310, %v4722 : f32
                %v4725, %v4726 = gpu.shuffle xor %v4723, %v1723, %v302 : f32
                %v4727 = arith.addf %v4724, %v4725 fastmath<contract> : f32
                %v4728 = arith.select %v3060, %v4727, %v3897 : f32
                %v4729 = arith.select %v3060, %v3897, %v4727 : f32
                %v4730, %v4731 = gpu.shuffle xor %v4728, %v1512, %v302 : f32
                %v4732 = arith.addf %v4729, %v4730 fastmath<contract> : f32
                %v4733 = arith.addi %v384, %v32 : i64
                %v4734 = arith.cmpi slt, %v4733, %v161 : i64
                %v4735 = arith.andi %v36, %v4734 : i1
                scf.if %v4735 {
                  %v4736 = arith.addi %v159, %v4733 : i64
                  // the gradients of this lane's own step
                  %v4737 = arith.muli %v46, %v327 : i64
                  %v4738 = arith.muli %v4736, %v326 : i64
                  %v4739 = arith.addi %v4737, %v4738 : i64
                  %v4740 = arith.muli %v44, %size_DV : i64
                  %v4741 = arith.addi %v4739, %v4740 : i64
                  %v4742 = arith.addi %v4741, %v42 : i64
                  %v4743 = llvm.getelementptr %dx_v[%v4742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v4732, %v4743 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4744 = arith.index_cast %v17 : i64 to index
          %v4745 = arith.index_cast %v7 : i64 to index
          %v4746 = arith.index_cast %v7 : i64 to index
          scf.for %v4747 = %v4744 to %v4745 step %v4746 {
            %v4748 = arith.index_cast %v4747 : index to i64
            %v4752 = arith.remui %v4748, %v1 : i64
            %v4753 = arith.divui %v4748, %v1 : i64
            %v4754 = arith.muli %v373, %v366 : i64
            %v4755 = arith.divui %v4752, %v31 : i64
            %v4756 = arith.addi %v4754, %v4755 : i64
            %v4757 = arith.cmpi slt, %v4756, %v163 : i64
            %v4758 = arith.subi %v163, %v2 : i64
            %v4759 = arith.subi %v4758, %v4756 : i64
            %v4760 = arith.remui %v4752, %v31 : i64
            %v4761 = arith.subi %v109, %v4760 : i64
            %v4762 = arith.muli %v4759, %v31 : i64
            %v4763 = arith.addi %v4762, %v4761 : i64
            %v4764 = arith.cmpi slt, %v4763, %v161 : i64
            %v4765 = arith.andi %v4757, %v4764 : i1
            scf.if %v4765 {
              %v4766 = arith.addi %v159, %v4763 : i64
              %v4767 = arith.remui %v4748, %v1 : i64
              %v4768 = arith.divui %v4748, %v1 : i64
              %v4769 = arith.muli %v4768, %v991 : i64
              %v4770 = arith.addi %v4769, %v4767 : i64
              %v4771 = llvm.getelementptr %v57[%v4770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4772 = llvm.load %v4771 : !llvm.ptr -> f32
              %v4773 = arith.addi %v1, %v4768 : i64
              %v4774 = arith.muli %v4773, %v991 : i64
              %v4775 = arith.addi %v4774, %v4767 : i64
              %v4776 = llvm.getelementptr %v57[%v4775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4777 = llvm.load %v4776 : !llvm.ptr -> f32
              %v4778 = arith.addf %v4772, %v4777 fastmath<contract> : f32
              %v4779 = arith.addi %v19, %v4768 : i64
              %v4780 = arith.muli %v4779, %v991 : i64
              %v4781 = arith.addi %v4780, %v4767 : i64
              %v4782 = llvm.getelementptr %v57[%v4781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4783 = llvm.load %v4782 : !llvm.ptr -> f32
              %v4784 = arith.addf %v4778, %v4783 fastmath<contract> : f32
              %v4786 = arith.addi %v4785, %v4768 : i64
              %v4787 = arith.muli %v4786, %v991 : i64
              %v4788 = arith.addi %v4787, %v4767 : i64
              %v4789 = llvm.getelementptr %v57[%v4788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4790 = llvm.load %v4789 : !llvm.ptr -> f32
              %v4791 = arith.addf %v4784, %v4790 fastmath<contract> : f32
              %v4792 = arith.addi %v108, %v4768 : i64
              %v4793 = arith.muli %v4792, %v991 : i64
              %v4794 = arith.addi %v4793, %v4767 : i64
              %v4795 = llvm.getelementptr %v57[%v4794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4796 = llvm.load %v4795 : !llvm.ptr -> f32
              %v4797 = arith.addf %v4791, %v4796 fastmath<contract> : f32
              %v4799 = arith.addi %v4798, %v4768 : i64
              %v4800 = arith.muli %v4799, %v991 : i64
              %v4801 = arith.addi %v4800, %v4767 : i64
              %v4802 = llvm.getelementptr %v57[%v4801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4803 = llvm.load %v4802 : !llvm.ptr -> f32
              %v4804 = arith.addf %v4797, %v4803 fastmath<contract> : f32
              %v4806 = arith.addi %v4805, %v4768 : i64
              %v4807 = arith.muli %v4806, %v991 : i64
              %v4808 = arith.addi %v4807, %v4767 : i64
              %v4809 = llvm.getelementptr %v57[%v4808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4810 = llvm.load %v4809 : !llvm.ptr -> f32
              %v4811 = arith.addf %v4804, %v4810 fastmath<contract> : f32
              %v4813 = arith.addi %v4812, %v4768 : i64
              %v4814 = arith.muli %v4813, %v991 : i64
              %v4815 = arith.addi %v4814, %v4767 : i64
              %v4816 = llvm.getelementptr %v57[%v4815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4817 = llvm.load %v4816 : !llvm.ptr -> f32
              %v4818 = arith.addf %v4811, %v4817 fastmath<contract> : f32
              %v4819 = arith.remui %v4753, %v1 : i64
              %v4820 = arith.divui %v4753, %v1 : i64
              %v4821 = arith.muli %v46, %v178 : i64
              %v4822 = arith.muli %v4766, %v177 : i64
              %v4823 = arith.addi %v4821, %v4822 : i64
              %v4824 = arith.muli %v44, %v1 : i64
              %v4825 = arith.addi %v4823, %v4824 : i64
              %v4826 = arith.addi %v4825, %v4819 : i64
              %v4827 = arith.muli %v30, %v4751 : i64
              %v4828 = arith.addi %v4827, %v4826 : i64
              %v4829 = llvm.getelementptr %part_q[%v4828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4818, %v4829 : f32, !llvm.ptr
            }
          }
          %v4830 = arith.index_cast %v17 : i64 to index
          %v4831 = arith.index_cast %v7 : i64 to index
          %v4832 = arith.index_cast %v7 : i64 to index
          scf.for %v4833 = %v4830 to %v4831 step %v4832 {
            %v4834 = arith.index_cast %v4833 : index to i64
            %v4838 = arith.remui %v4834, %v1 : i64
            %v4839 = arith.divui %v4834, %v1 : i64
            %v4840 = arith.muli %v373, %v366 : i64
            %v4841 = arith.divui %v4838, %v31 : i64
            %v4842 = arith.addi %v4840, %v4841 : i64
            %v4843 = arith.cmpi slt, %v4842, %v163 : i64
            %v4844 = arith.subi %v163, %v2 : i64
            %v4845 = arith.subi %v4844, %v4842 : i64
            %v4846 = arith.remui %v4838, %v31 : i64
            %v4847 = arith.subi %v109, %v4846 : i64
            %v4848 = arith.muli %v4845, %v31 : i64
            %v4849 = arith.addi %v4848, %v4847 : i64
            %v4850 = arith.cmpi slt, %v4849, %v161 : i64
            %v4851 = arith.andi %v4843, %v4850 : i1
            scf.if %v4851 {
              %v4852 = arith.addi %v159, %v4849 : i64
              %v4853 = arith.remui %v4834, %v1 : i64
              %v4854 = arith.divui %v4834, %v1 : i64
              %v4855 = arith.muli %v4854, %v991 : i64
              %v4856 = arith.addi %v4855, %v4853 : i64
              %v4857 = llvm.getelementptr %v59[%v4856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4858 = llvm.load %v4857 : !llvm.ptr -> f32
              %v4859 = arith.addi %v1, %v4854 : i64
              %v4860 = arith.muli %v4859, %v991 : i64
              %v4861 = arith.addi %v4860, %v4853 : i64
              %v4862 = llvm.getelementptr %v59[%v4861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4863 = llvm.load %v4862 : !llvm.ptr -> f32
              %v4864 = arith.addf %v4858, %v4863 fastmath<contract> : f32
              %v4865 = arith.addi %v19, %v4854 : i64
              %v4866 = arith.muli %v4865, %v991 : i64
              %v4867 = arith.addi %v4866, %v4853 : i64
              %v4868 = llvm.getelementptr %v59[%v4867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4869 = llvm.load %v4868 : !llvm.ptr -> f32
              %v4870 = arith.addf %v4864, %v4869 fastmath<contract> : f32
              %v4871 = arith.addi %v4785, %v4854 : i64
              %v4872 = arith.muli %v4871, %v991 : i64
              %v4873 = arith.addi %v4872, %v4853 : i64
              %v4874 = llvm.getelementptr %v59[%v4873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4875 = llvm.load %v4874 : !llvm.ptr -> f32
              %v4876 = arith.addf %v4870, %v4875 fastmath<contract> : f32
              %v4877 = arith.addi %v108, %v4854 : i64
              %v4878 = arith.muli %v4877, %v991 : i64
              %v4879 = arith.addi %v4878, %v4853 : i64
              %v4880 = llvm.getelementptr %v59[%v4879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4881 = llvm.load %v4880 : !llvm.ptr -> f32
              %v4882 = arith.addf %v4876, %v4881 fastmath<contract> : f32
              %v4883 = arith.addi %v4798, %v4854 : i64
              %v4884 = arith.muli %v4883, %v991 : i64
              %v4885 = arith.addi %v4884, %v4853 : i64
              %v4886 = llvm.getelementptr %v59[%v4885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4887 = llvm.load %v4886 : !llvm.ptr -> f32
              %v4888 = arith.addf %v4882, %v4887 fastmath<contract> : f32
              %v4889 = arith.addi %v4805, %v4854 : i64
              %v4890 = arith.muli %v4889, %v991 : i64
              %v4891 = arith.addi %v4890, %v4853 : i64
              %v4892 = llvm.getelementptr %v59[%v4891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4893 = llvm.load %v4892 : !llvm.ptr -> f32
              %v4894 = arith.addf %v4888, %v4893 fastmath<contract> : f32
              %v4895 = arith.addi %v4812, %v4854 : i64
              %v4896 = arith.muli %v4895, %v991 : i64
              %v4897 = arith.addi %v4896, %v4853 : i64
              %v4898 = llvm.getelementptr %v59[%v4897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4899 = llvm.load %v4898 : !llvm.ptr -> f32
              %v4900 = arith.addf %v4894, %v4899 fastmath<contract> : f32
              %v4901 = arith.remui %v4839, %v1 : i64
              %v4902 = arith.divui %v4839, %v1 : i64
              %v4903 = arith.muli %v46, %v178 : i64
              %v4904 = arith.muli %v4852, %v177 : i64
              %v4905 = arith.addi %v4903, %v4904 : i64
              %v4906 = arith.muli %v44, %v1 : i64
              %v4907 = arith.addi %v4905, %v4906 : i64
              %v4908 = arith.addi %v4907, %v4901 : i64
              %v4909 = arith.muli %v30, %v4837 : i64
              %v4910 = arith.addi %v4909, %v4908 : i64
              %v4911 = llvm.getelementptr %part_k[%v4910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4900, %v4911 : f32, !llvm.ptr
            }
          }
          %v4912 = arith.index_cast %v17 : i64 to index
          %v4913 = arith.index_cast %v7 : i64 to index
          %v4914 = arith.index_cast %v7 : i64 to index
          scf.for %v4915 = %v4912 to %v4913 step %v4914 {
            %v4916 = arith.index_cast %v4915 : index to i64
            %v4920 = arith.remui %v4916, %v1 : i64
            %v4921 = arith.divui %v4916, %v1 : i64
            %v4922 = arith.muli %v373, %v366 : i64
            %v4923 = arith.divui %v4920, %v31 : i64
            %v4924 = arith.addi %v4922, %v4923 : i64
            %v4925 = arith.cmpi slt, %v4924, %v163 : i64
            %v4926 = arith.subi %v163, %v2 : i64
            %v4927 = arith.subi %v4926, %v4924 : i64
            %v4928 = arith.remui %v4920, %v31 : i64
            %v4929 = arith.subi %v109, %v4928 : i64
            %v4930 = arith.muli %v4927, %v31 : i64
            %v4931 = arith.addi %v4930, %v4929 : i64
            %v4932 = arith.cmpi slt, %v4931, %v161 : i64
            %v4933 = arith.andi %v4925, %v4932 : i1
            scf.if %v4933 {
              %v4934 = arith.addi %v159, %v4931 : i64
              %v4935 = arith.remui %v4916, %v1 : i64
              %v4936 = arith.divui %v4916, %v1 : i64
              %v4937 = arith.muli %v4936, %v991 : i64
              %v4938 = arith.addi %v4937, %v4935 : i64
              %v4939 = llvm.getelementptr %v61[%v4938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4940 = llvm.load %v4939 : !llvm.ptr -> f32
              %v4941 = arith.addi %v1, %v4936 : i64
              %v4942 = arith.muli %v4941, %v991 : i64
              %v4943 = arith.addi %v4942, %v4935 : i64
              %v4944 = llvm.getelementptr %v61[%v4943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4945 = llvm.load %v4944 : !llvm.ptr -> f32
              %v4946 = arith.addf %v4940, %v4945 fastmath<contract> : f32
              %v4947 = arith.addi %v19, %v4936 : i64
              %v4948 = arith.muli %v4947, %v991 : i64
              %v4949 = arith.addi %v4948, %v4935 : i64
              %v4950 = llvm.getelementptr %v61[%v4949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4951 = llvm.load %v4950 : !llvm.ptr -> f32
              %v4952 = arith.addf %v4946, %v4951 fastmath<contract> : f32
              %v4953 = arith.addi %v4785, %v4936 : i64
              %v4954 = arith.muli %v4953, %v991 : i64
              %v4955 = arith.addi %v4954, %v4935 : i64
              %v4956 = llvm.getelementptr %v61[%v4955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4957 = llvm.load %v4956 : !llvm.ptr -> f32
              %v4958 = arith.addf %v4952, %v4957 fastmath<contract> : f32
              %v4959 = arith.addi %v108, %v4936 : i64
              %v4960 = arith.muli %v4959, %v991 : i64
              %v4961 = arith.addi %v4960, %v4935 : i64
              %v4962 = llvm.getelementptr %v61[%v4961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4963 = llvm.load %v4962 : !llvm.ptr -> f32
              %v4964 = arith.addf %v4958, %v4963 fastmath<contract> : f32
              %v4965 = arith.addi %v4798, %v4936 : i64
              %v4966 = arith.muli %v4965, %v991 : i64
              %v4967 = arith.addi %v4966, %v4935 : i64
              %v4968 = llvm.getelementptr %v61[%v4967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4969 = llvm.load %v4968 : !llvm.ptr -> f32
              %v4970 = arith.addf %v4964, %v4969 fastmath<contract> : f32
              %v4971 = arith.addi %v4805, %v4936 : i64
              %v4972 = arith.muli %v4971, %v991 : i64
              %v4973 = arith.addi %v4972, %v4935 : i64
              %v4974 = llvm.getelementptr %v61[%v4973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4975 = llvm.load %v4974 : !llvm.ptr -> f32
              %v4976 = arith.addf %v4970, %v4975 fastmath<contract> : f32
              %v4977 = arith.addi %v4812, %v4936 : i64
              %v4978 = arith.muli %v4977, %v991 : i64
              %v4979 = arith.addi %v4978, %v4935 : i64
              %v4980 = llvm.getelementptr %v61[%v4979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4981 = llvm.load %v4980 : !llvm.ptr -> f32
              %v4982 = arith.addf %v4976, %v4981 fastmath<contract> : f32
              %v4983 = arith.remui %v4921, %v1 : i64
              %v4984 = arith.divui %v4921, %v1 : i64
              %v4985 = arith.muli %v46, %v178 : i64
              %v4986 = arith.muli %v4934, %v177 : i64
              %v4987 = arith.addi %v4985, %v4986 : i64
              %v4988 = arith.muli %v44, %v1 : i64
              %v4989 = arith.addi %v4987, %v4988 : i64
              %v4990 = arith.addi %v4989, %v4983 : i64
              %v4991 = arith.muli %v30, %v4919 : i64
              %v4992 = arith.addi %v4991, %v4990 : i64
              %v4993 = llvm.getelementptr %part_g[%v4992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4982, %v4993 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v4994 = arith.cmpi eq, %v27, %v70 : i64
      scf.if %v4994 {
      }
      gpu.return
    }
  }
}
