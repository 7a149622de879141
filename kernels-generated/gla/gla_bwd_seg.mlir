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
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = arith.constant 64 : i64
      %v26 = arith.constant 63 : i64
      %v37 = arith.constant 4 : i64
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.mlir.addressof @tile_gla_bwd_seg_q : !llvm.ptr<3>
      %v66 = llvm.addrspacecast %v65 : !llvm.ptr<3> to !llvm.ptr
      %v67 = llvm.mlir.addressof @tile_gla_bwd_seg_k : !llvm.ptr<3>
      %v68 = llvm.addrspacecast %v67 : !llvm.ptr<3> to !llvm.ptr
      %v69 = llvm.mlir.addressof @tile_gla_bwd_seg_g : !llvm.ptr<3>
      %v70 = llvm.addrspacecast %v69 : !llvm.ptr<3> to !llvm.ptr
      %v71 = llvm.mlir.addressof @rows_gla_bwd_seg_q : !llvm.ptr<3>
      %v72 = llvm.addrspacecast %v71 : !llvm.ptr<3> to !llvm.ptr
      %v73 = llvm.mlir.addressof @rows_gla_bwd_seg_k : !llvm.ptr<3>
      %v74 = llvm.addrspacecast %v73 : !llvm.ptr<3> to !llvm.ptr
      %v75 = llvm.mlir.addressof @rows_gla_bwd_seg_g : !llvm.ptr<3>
      %v76 = llvm.addrspacecast %v75 : !llvm.ptr<3> to !llvm.ptr
      %v77 = arith.constant 0x00000000 : f32
      %v78 = arith.constant 0x3F800000 : f32
      %v79 = arith.constant 0 : i64
      %v116 = arith.constant 8 : i64
      %v136 = arith.constant 12 : i64
      %v157 = arith.constant 3 : i64
      %v196 = arith.constant 1024 : i64
      %v208 = arith.muli %v1, %size_H : i64
      %v209 = arith.muli %v208, %size_L : i64
      %v218 = arith.constant 65 : i64
      %v267 = arith.muli %size_B, %size_H : i64
      %v268 = arith.muli %v267, %v1 : i64
      %v269 = arith.muli %v268, %size_DV : i64
      %v271 = arith.muli %size_DV, %v1 : i64
      %v272 = arith.muli %v271, %size_H : i64
      %v282 = arith.muli %size_B, %size_H : i64
      %v283 = arith.muli %v282, %v1 : i64
      %v284 = arith.muli %v283, %size_DV : i64
      %v297 = arith.muli %size_B, %size_H : i64
      %v298 = arith.muli %v297, %v1 : i64
      %v299 = arith.muli %v298, %size_DV : i64
      %v312 = arith.muli %size_B, %size_H : i64
      %v313 = arith.muli %v312, %v1 : i64
      %v314 = arith.muli %v313, %size_DV : i64
      %v381 = arith.constant 32 : i32
      %v391 = arith.constant 0x3FB8AA3B : f32
      %v396 = arith.constant 0x3D800000 : f32
      %v405 = arith.muli %size_DV, %size_H : i64
      %v406 = arith.muli %v405, %size_L : i64
      %v772 = arith.constant 2 : i64
      %v987 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v999 = arith.constant 2147483647 : i64
      %v1003 = arith.constant 3 : i32
      %v1091 = arith.constant 0xBF700000 : f32
      %v1165 = arith.constant 4 : i32
      %v1169 = arith.constant 8 : i32
      %v1173 = arith.constant 16 : i32
      %v1177 = arith.constant 32 : i64
      %v1183 = arith.constant 17 : i64
      %v1441 = arith.constant 2 : i32
      %v1875 = arith.constant 1 : i32
      %v2311 = arith.constant 0 : i32
      %v3230 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v5001 = arith.muli %size_B, %size_L : i64
      %v5002 = arith.muli %v5001, %size_H : i64
      %v5003 = arith.muli %v5002, %v1 : i64
      %v5037 = arith.constant 48 : i64
      %v5050 = arith.constant 5 : i64
      %v5051 = arith.constant 80 : i64
      %v5058 = arith.constant 6 : i64
      %v5059 = arith.constant 96 : i64
      %v5066 = arith.constant 7 : i64
      %v5067 = arith.constant 112 : i64
      %v5090 = arith.muli %size_B, %size_L : i64
      %v5091 = arith.muli %v5090, %size_H : i64
      %v5092 = arith.muli %v5091, %v1 : i64
      %v5172 = arith.muli %size_B, %size_L : i64
      %v5173 = arith.muli %v5172, %size_H : i64
      %v5174 = arith.muli %v5173, %v1 : i64
      %v21 = gpu.block_id x
      %v22 = gpu.thread_id x
      %v23 = arith.index_cast %v22 : index to i64
      %v24 = arith.index_cast %v21 : index to i64
      %v27 = arith.addi %size_DV, %v26 : i64
      %v28 = arith.divui %v27, %v25 : i64
      %v29 = arith.maxsi %v28, %v2 : i64
      %v30 = arith.maxsi %size_DV, %v2 : i64
      %v31 = arith.divui %v4, %v30 : i64
      %v32 = arith.muli %v31, %v29 : i64
      %v33 = arith.divui %v24, %v32 : i64
      %v34 = arith.remui %v24, %v32 : i64
      %v35 = arith.divui %v34, %v29 : i64
      %v36 = arith.remui %v34, %v29 : i64
      %v38 = arith.remui %v23, %v37 : i64
      %v39 = arith.divui %v23, %v37 : i64
      %v40 = arith.muli %v36, %v25 : i64
      %v41 = arith.addi %v40, %v39 : i64
      %v42 = arith.cmpi slt, %v41, %size_DV : i64
      %v43 = arith.muli %v35, %size_DV : i64
      %v44 = arith.addi %v43, %v41 : i64
      %v45 = arith.subi %size_DV, %v2 : i64
      %v46 = arith.minsi %v41, %v45 : i64
      %v47 = arith.addi %v43, %v46 : i64
      %v48 = arith.remui %v47, %size_DV : i64
      %v49 = arith.divui %v47, %size_DV : i64
      %v50 = arith.remui %v49, %size_H : i64
      %v51 = arith.divui %v49, %size_H : i64
      %v52 = arith.remui %v51, %size_B : i64
      %v53 = arith.divui %v51, %size_B : i64
      %v160 = arith.trunci %v23 : i64 to i32
      %v161 = arith.constant 28 : i32
      %v162 = arith.andi %v160, %v161 : i32
      %v163 = arith.constant 0 : i32
      %v164 = arith.ori %v162, %v163 : i32
      %v165 = arith.constant 0 : i64
      %v166 = arith.cmpi eq, %v38, %v165 : i64
      %v167 = arith.constant 1 : i32
      %v168 = arith.ori %v162, %v167 : i32
      %v169 = arith.constant 1 : i64
      %v170 = arith.cmpi eq, %v38, %v169 : i64
      %v171 = arith.constant 2 : i32
      %v172 = arith.ori %v162, %v171 : i32
      %v173 = arith.constant 2 : i64
      %v174 = arith.cmpi eq, %v38, %v173 : i64
      %v175 = arith.constant 3 : i32
      %v176 = arith.ori %v162, %v175 : i32
      %v177 = arith.constant 3 : i64
      %v178 = arith.cmpi eq, %v38, %v177 : i64
      %v54 = arith.muli %v33, %v37 : i64
      %v55 = arith.addi %v54, %v37 : i64
      %v56 = arith.muli %v33, %v4 : i64
      llvm.store %v77, %v57 : f32, !llvm.ptr
      llvm.store %v77, %v58 : f32, !llvm.ptr
      llvm.store %v77, %v59 : f32, !llvm.ptr
      llvm.store %v77, %v60 : f32, !llvm.ptr
      llvm.store %v78, %v61 : f32, !llvm.ptr
      llvm.store %v78, %v62 : f32, !llvm.ptr
      llvm.store %v78, %v63 : f32, !llvm.ptr
      llvm.store %v78, %v64 : f32, !llvm.ptr
      %v80 = arith.muli %v33, %v1 : i64
      %v81 = arith.addi %v80, %v38 : i64
      %v82 = arith.muli %v81, %v4 : i64
      %v83 = arith.subi %v4, %v2 : i64
      %v84 = arith.minsi %v44, %v83 : i64
      %v85 = arith.addi %v82, %v84 : i64
      %v86 = llvm.getelementptr %segcarry_S[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      llvm.store %v87, %v57 : f32, !llvm.ptr
      %v88 = arith.addi %v8, %v33 : i64
      %v89 = arith.muli %v88, %v1 : i64
      %v90 = arith.addi %v89, %v38 : i64
      %v91 = arith.muli %v90, %v4 : i64
      %v92 = arith.subi %v4, %v2 : i64
      %v93 = arith.minsi %v44, %v92 : i64
      %v94 = arith.addi %v91, %v93 : i64
      %v95 = llvm.getelementptr %segcarry_S[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v96 = llvm.load %v95 : !llvm.ptr -> f32
      llvm.store %v96, %v61 : f32, !llvm.ptr
      %v97 = arith.addi %v37, %v38 : i64
      %v98 = arith.muli %v33, %v1 : i64
      %v99 = arith.addi %v98, %v97 : i64
      %v100 = arith.muli %v99, %v4 : i64
      %v101 = arith.subi %v4, %v2 : i64
      %v102 = arith.minsi %v44, %v101 : i64
      %v103 = arith.addi %v100, %v102 : i64
      %v104 = llvm.getelementptr %segcarry_S[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v105 = llvm.load %v104 : !llvm.ptr -> f32
      llvm.store %v105, %v58 : f32, !llvm.ptr
      %v106 = arith.addi %v37, %v38 : i64
      %v107 = arith.addi %v8, %v33 : i64
      %v108 = arith.muli %v107, %v1 : i64
      %v109 = arith.addi %v108, %v106 : i64
      %v110 = arith.muli %v109, %v4 : i64
      %v111 = arith.subi %v4, %v2 : i64
      %v112 = arith.minsi %v44, %v111 : i64
      %v113 = arith.addi %v110, %v112 : i64
      %v114 = llvm.getelementptr %segcarry_S[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v115 = llvm.load %v114 : !llvm.ptr -> f32
      llvm.store %v115, %v62 : f32, !llvm.ptr
      %v117 = arith.addi %v116, %v38 : i64
      %v118 = arith.muli %v33, %v1 : i64
      %v119 = arith.addi %v118, %v117 : i64
      %v120 = arith.muli %v119, %v4 : i64
      %v121 = arith.subi %v4, %v2 : i64
      %v122 = arith.minsi %v44, %v121 : i64
      %v123 = arith.addi %v120, %v122 : i64
      %v124 = llvm.getelementptr %segcarry_S[%v123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v125 = llvm.load %v124 : !llvm.ptr -> f32
      llvm.store %v125, %v59 : f32, !llvm.ptr
      %v126 = arith.addi %v116, %v38 : i64
      %v127 = arith.addi %v8, %v33 : i64
      %v128 = arith.muli %v127, %v1 : i64
      %v129 = arith.addi %v128, %v126 : i64
      %v130 = arith.muli %v129, %v4 : i64
      %v131 = arith.subi %v4, %v2 : i64
      %v132 = arith.minsi %v44, %v131 : i64
      %v133 = arith.addi %v130, %v132 : i64
      %v134 = llvm.getelementptr %segcarry_S[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v135 = llvm.load %v134 : !llvm.ptr -> f32
      llvm.store %v135, %v63 : f32, !llvm.ptr
      %v137 = arith.addi %v136, %v38 : i64
      %v138 = arith.muli %v33, %v1 : i64
      %v139 = arith.addi %v138, %v137 : i64
      %v140 = arith.muli %v139, %v4 : i64
      %v141 = arith.subi %v4, %v2 : i64
      %v142 = arith.minsi %v44, %v141 : i64
      %v143 = arith.addi %v140, %v142 : i64
      %v144 = llvm.getelementptr %segcarry_S[%v143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = llvm.load %v144 : !llvm.ptr -> f32
      llvm.store %v145, %v60 : f32, !llvm.ptr
      %v146 = arith.addi %v136, %v38 : i64
      %v147 = arith.addi %v8, %v33 : i64
      %v148 = arith.muli %v147, %v1 : i64
      %v149 = arith.addi %v148, %v146 : i64
      %v150 = arith.muli %v149, %v4 : i64
      %v151 = arith.subi %v4, %v2 : i64
      %v152 = arith.minsi %v44, %v151 : i64
      %v153 = arith.addi %v150, %v152 : i64
      %v154 = llvm.getelementptr %segcarry_S[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      llvm.store %v155, %v64 : f32, !llvm.ptr
      %v156 = arith.cmpi eq, %size_L, %v79 : i64
      scf.if %v156 {
        llvm.store %v77, %v17 : f32, !llvm.ptr
        llvm.store %v77, %v18 : f32, !llvm.ptr
        llvm.store %v77, %v19 : f32, !llvm.ptr
        llvm.store %v77, %v20 : f32, !llvm.ptr
      }
      %v158 = arith.addi %size_L, %v26 : i64
      %v159 = arith.divui %v158, %v25 : i64
      %v179 = arith.minsi %v55, %v159 : i64
      %v180 = arith.muli %v33, %v1 : i64
      %v181 = arith.subi %v179, %v54 : i64
      %v182 = arith.maxsi %v181, %v79 : i64
      %v183 = arith.index_cast %v79 : i64 to index
      %v184 = arith.index_cast %v182 : i64 to index
      %v185 = arith.index_cast %v2 : i64 to index
      scf.for %v186 = %v183 to %v184 step %v185 {
        %v187 = arith.index_cast %v186 : index to i64
        %v188 = arith.subi %v179, %v2 : i64
        %v189 = arith.subi %v188, %v187 : i64
        %v190 = arith.muli %v189, %v25 : i64
        %v191 = arith.subi %size_L, %v190 : i64
        %v192 = arith.minsi %v191, %v25 : i64
        %v193 = arith.addi %v192, %v157 : i64
        %v194 = arith.divui %v193, %v37 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v195 = arith.subi %size_L, %v2 : i64
        %v197 = arith.index_cast %v23 : i64 to index
        %v198 = arith.index_cast %v196 : i64 to index
        %v199 = arith.index_cast %v7 : i64 to index
        scf.for %v200 = %v197 to %v198 step %v199 {
          %v201 = arith.index_cast %v200 : index to i64
          %v202 = arith.remui %v201, %v25 : i64
          %v203 = arith.divui %v201, %v25 : i64
          %v204 = arith.addi %v190, %v202 : i64
          %v205 = arith.minsi %v204, %v195 : i64
          %v206 = arith.remui %v203, %v1 : i64
          %v207 = arith.divui %v203, %v1 : i64
          %v210 = arith.muli %v52, %v209 : i64
          %v211 = arith.muli %v205, %v208 : i64
          %v212 = arith.addi %v210, %v211 : i64
          %v213 = arith.muli %v50, %v1 : i64
          %v214 = arith.addi %v212, %v213 : i64
          %v215 = arith.addi %v214, %v206 : i64
          %v216 = llvm.getelementptr %in_q[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v217 = llvm.load %v216 : !llvm.ptr -> f32
          %v219 = arith.muli %v203, %v218 : i64
          %v220 = arith.addi %v219, %v202 : i64
          %v221 = llvm.getelementptr %v72[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v217, %v221 : f32, !llvm.ptr
        }
        %v222 = arith.index_cast %v23 : i64 to index
        %v223 = arith.index_cast %v196 : i64 to index
        %v224 = arith.index_cast %v7 : i64 to index
        scf.for %v225 = %v222 to %v223 step %v224 {
          %v226 = arith.index_cast %v225 : index to i64
          %v227 = arith.remui %v226, %v25 : i64
          %v228 = arith.divui %v226, %v25 : i64
          %v229 = arith.addi %v190, %v227 : i64
          %v230 = arith.minsi %v229, %v195 : i64
          %v231 = arith.remui %v228, %v1 : i64
          %v232 = arith.divui %v228, %v1 : i64
          %v233 = arith.muli %v52, %v209 : i64
          %v234 = arith.muli %v230, %v208 : i64
          %v235 = arith.addi %v233, %v234 : i64
          %v236 = arith.muli %v50, %v1 : i64
          %v237 = arith.addi %v235, %v236 : i64
          %v238 = arith.addi %v237, %v231 : i64
          %v239 = llvm.getelementptr %in_k[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v240 = llvm.load %v239 : !llvm.ptr -> f32
          %v241 = arith.muli %v228, %v218 : i64
          %v242 = arith.addi %v241, %v227 : i64
          %v243 = llvm.getelementptr %v74[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v240, %v243 : f32, !llvm.ptr
        }
        %v244 = arith.index_cast %v23 : i64 to index
        %v245 = arith.index_cast %v196 : i64 to index
        %v246 = arith.index_cast %v7 : i64 to index
        scf.for %v247 = %v244 to %v245 step %v246 {
          %v248 = arith.index_cast %v247 : index to i64
          %v249 = arith.remui %v248, %v25 : i64
          %v250 = arith.divui %v248, %v25 : i64
          %v251 = arith.addi %v190, %v249 : i64
          %v252 = arith.minsi %v251, %v195 : i64
          %v253 = arith.remui %v250, %v1 : i64
          %v254 = arith.divui %v250, %v1 : i64
          %v255 = arith.muli %v52, %v209 : i64
          %v256 = arith.muli %v252, %v208 : i64
          %v257 = arith.addi %v255, %v256 : i64
          %v258 = arith.muli %v50, %v1 : i64
          %v259 = arith.addi %v257, %v258 : i64
          %v260 = arith.addi %v259, %v253 : i64
          %v261 = llvm.getelementptr %in_g[%v260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v262 = llvm.load %v261 : !llvm.ptr -> f32
          %v263 = arith.muli %v250, %v218 : i64
          %v264 = arith.addi %v263, %v249 : i64
          %v265 = llvm.getelementptr %v76[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v262, %v265 : f32, !llvm.ptr
        }
        gpu.barrier
        %v266 = arith.subi %v192, %v2 : i64
        %v270 = arith.muli %v189, %v269 : i64
        %v273 = arith.muli %v52, %v272 : i64
        %v274 = arith.muli %v50, %v271 : i64
        %v275 = arith.addi %v273, %v274 : i64
        %v276 = arith.muli %v38, %size_DV : i64
        %v277 = arith.addi %v275, %v276 : i64
        %v278 = arith.addi %v277, %v48 : i64
        %v279 = arith.addi %v270, %v278 : i64
        %v280 = llvm.getelementptr %ckpt_S[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v281 = llvm.load %v280 : !llvm.ptr -> f32
        llvm.store %v281, %v13 : f32, !llvm.ptr
        %v285 = arith.muli %v189, %v284 : i64
        %v286 = arith.muli %v52, %v272 : i64
        %v287 = arith.muli %v50, %v271 : i64
        %v288 = arith.addi %v286, %v287 : i64
        %v289 = arith.constant 4 : i64
        %v290 = arith.addi %v289, %v38 : i64
        %v291 = arith.muli %v290, %size_DV : i64
        %v292 = arith.addi %v288, %v291 : i64
        %v293 = arith.addi %v292, %v48 : i64
        %v294 = arith.addi %v285, %v293 : i64
        %v295 = llvm.getelementptr %ckpt_S[%v294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v296 = llvm.load %v295 : !llvm.ptr -> f32
        llvm.store %v296, %v14 : f32, !llvm.ptr
        %v300 = arith.muli %v189, %v299 : i64
        %v301 = arith.muli %v52, %v272 : i64
        %v302 = arith.muli %v50, %v271 : i64
        %v303 = arith.addi %v301, %v302 : i64
        %v304 = arith.constant 8 : i64
        %v305 = arith.addi %v304, %v38 : i64
        %v306 = arith.muli %v305, %size_DV : i64
        %v307 = arith.addi %v303, %v306 : i64
        %v308 = arith.addi %v307, %v48 : i64
        %v309 = arith.addi %v300, %v308 : i64
        %v310 = llvm.getelementptr %ckpt_S[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v311 = llvm.load %v310 : !llvm.ptr -> f32
        llvm.store %v311, %v15 : f32, !llvm.ptr
        %v315 = arith.muli %v189, %v314 : i64
        %v316 = arith.muli %v52, %v272 : i64
        %v317 = arith.muli %v50, %v271 : i64
        %v318 = arith.addi %v316, %v317 : i64
        %v319 = arith.constant 12 : i64
        %v320 = arith.addi %v319, %v38 : i64
        %v321 = arith.muli %v320, %size_DV : i64
        %v322 = arith.addi %v318, %v321 : i64
        %v323 = arith.addi %v322, %v48 : i64
        %v324 = arith.addi %v315, %v323 : i64
        %v325 = llvm.getelementptr %ckpt_S[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v326 = llvm.load %v325 : !llvm.ptr -> f32
        llvm.store %v326, %v16 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v327 = arith.index_cast %v79 : i64 to index
        %v328 = arith.index_cast %v194 : i64 to index
        %v329 = arith.index_cast %v2 : i64 to index
        scf.for %v330 = %v327 to %v328 step %v329 {
          %v331 = arith.index_cast %v330 : index to i64
          %v332 = arith.addi %v180, %v331 : i64
          scf.if %v42 {
            %v333 = llvm.load %v13 : !llvm.ptr -> f32
            %v334 = arith.muli %v332, %v4 : i64
            %v335 = arith.subi %v4, %v2 : i64
            %v336 = arith.minsi %v44, %v335 : i64
            %v337 = arith.addi %v334, %v336 : i64
            %v338 = arith.muli %v337, %v1 : i64
            %v339 = arith.addi %v338, %v38 : i64
            %v340 = llvm.getelementptr %scratch_S[%v339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v333, %v340 : f32, !llvm.ptr
            %v341 = llvm.load %v14 : !llvm.ptr -> f32
            %v342 = arith.muli %v332, %v4 : i64
            %v343 = arith.subi %v4, %v2 : i64
            %v344 = arith.minsi %v44, %v343 : i64
            %v345 = arith.addi %v342, %v344 : i64
            %v346 = arith.muli %v345, %v1 : i64
            %v347 = arith.addi %v346, %v37 : i64
            %v348 = arith.addi %v347, %v38 : i64
            %v349 = llvm.getelementptr %scratch_S[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v341, %v349 : f32, !llvm.ptr
            %v350 = llvm.load %v15 : !llvm.ptr -> f32
            %v351 = arith.muli %v332, %v4 : i64
            %v352 = arith.subi %v4, %v2 : i64
            %v353 = arith.minsi %v44, %v352 : i64
            %v354 = arith.addi %v351, %v353 : i64
            %v355 = arith.muli %v354, %v1 : i64
            %v356 = arith.addi %v355, %v116 : i64
            %v357 = arith.addi %v356, %v38 : i64
            %v358 = llvm.getelementptr %scratch_S[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v350, %v358 : f32, !llvm.ptr
            %v359 = llvm.load %v16 : !llvm.ptr -> f32
            %v360 = arith.muli %v332, %v4 : i64
            %v361 = arith.subi %v4, %v2 : i64
            %v362 = arith.minsi %v44, %v361 : i64
            %v363 = arith.addi %v360, %v362 : i64
            %v364 = arith.muli %v363, %v1 : i64
            %v365 = arith.addi %v364, %v136 : i64
            %v366 = arith.addi %v365, %v38 : i64
            %v367 = llvm.getelementptr %scratch_S[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v359, %v367 : f32, !llvm.ptr
          }
          %v368 = arith.muli %v331, %v37 : i64
          %v369 = arith.addi %v368, %v38 : i64
          %v370 = arith.minsi %v369, %v266 : i64
          %v371 = arith.addi %v190, %v370 : i64
          %v372 = arith.subi %v192, %v368 : i64
          %v373 = arith.trunci %v372 : i64 to i32
          %v374 = arith.index_cast %v79 : i64 to index
          %v375 = arith.index_cast %v37 : i64 to index
          %v376 = arith.index_cast %v2 : i64 to index
          scf.for %v377 = %v374 to %v375 step %v376 {
            %v378 = arith.index_cast %v377 : index to i64
            %v379 = arith.trunci %v378 : i64 to i32
            %v380 = arith.ori %v164, %v379 : i32
            %v382 = arith.addi %v368, %v378 : i64
            %v383 = arith.cmpi slt, %v379, %v373 : i32
            scf.if %v383 {
              %v384 = arith.addi %v190, %v382 : i64
              %v385 = arith.muli %v38, %v218 : i64
              %v386 = arith.subi %v384, %v190 : i64
              %v387 = arith.addi %v385, %v386 : i64
              %v388 = llvm.getelementptr %v76[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v389 = llvm.load %v388 : !llvm.ptr -> f32
              %v390 = arith.negf %v389 : f32
              %v392 = arith.mulf %v390, %v391 fastmath<contract> : f32
              %v393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v392) : (f32) -> f32
              %v394 = arith.addf %v78, %v393 fastmath<contract> : f32
              %v395 = arith.divf %v78, %v394 : f32
              %v397 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v395) : (f32) -> f32
              %v398 = arith.mulf %v396, %v397 fastmath<contract> : f32
              %v399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v398) : (f32) -> f32
              %v400 = arith.muli %v38, %v218 : i64
              %v401 = arith.subi %v384, %v190 : i64
              %v402 = arith.addi %v400, %v401 : i64
              %v403 = llvm.getelementptr %v74[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v404 = llvm.load %v403 : !llvm.ptr -> f32
              %v407 = arith.muli %v52, %v406 : i64
              %v408 = arith.muli %v384, %v405 : i64
              %v409 = arith.addi %v407, %v408 : i64
              %v410 = arith.muli %v50, %size_DV : i64
              %v411 = arith.addi %v409, %v410 : i64
              %v412 = arith.addi %v411, %v48 : i64
              %v413 = llvm.getelementptr %in_v[%v412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v414 = llvm.load %v413 : !llvm.ptr -> f32
              %v415 = arith.mulf %v404, %v414 fastmath<contract> : f32
              %v416 = llvm.load %v13 : !llvm.ptr -> f32
              %v417 = arith.mulf %v399, %v416 fastmath<contract> : f32
              %v418 = arith.addf %v417, %v415 fastmath<contract> : f32
              llvm.store %v418, %v13 : f32, !llvm.ptr
              %v419 = arith.constant 4 : i64
              %v420 = arith.addi %v419, %v38 : i64
              %v421 = arith.muli %v420, %v218 : i64
              %v422 = arith.subi %v384, %v190 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = llvm.getelementptr %v76[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.negf %v425 : f32
              %v427 = arith.mulf %v426, %v391 fastmath<contract> : f32
              %v428 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v427) : (f32) -> f32
              %v429 = arith.addf %v78, %v428 fastmath<contract> : f32
              %v430 = arith.divf %v78, %v429 : f32
              %v431 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v430) : (f32) -> f32
              %v432 = arith.mulf %v396, %v431 fastmath<contract> : f32
              %v433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v432) : (f32) -> f32
              %v434 = arith.constant 4 : i64
              %v435 = arith.addi %v434, %v38 : i64
              %v436 = arith.muli %v435, %v218 : i64
              %v437 = arith.subi %v384, %v190 : i64
              %v438 = arith.addi %v436, %v437 : i64
              %v439 = llvm.getelementptr %v74[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v440 = llvm.load %v439 : !llvm.ptr -> f32
              %v441 = arith.mulf %v440, %v414 fastmath<contract> : f32
              %v442 = llvm.load %v14 : !llvm.ptr -> f32
              %v443 = arith.mulf %v433, %v442 fastmath<contract> : f32
              %v444 = arith.addf %v443, %v441 fastmath<contract> : f32
              llvm.store %v444, %v14 : f32, !llvm.ptr
              %v445 = arith.constant 8 : i64
              %v446 = arith.addi %v445, %v38 : i64
              %v447 = arith.muli %v446, %v218 : i64
              %v448 = arith.subi %v384, %v190 : i64
              %v449 = arith.addi %v447, %v448 : i64
              %v450 = llvm.getelementptr %v76[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v451 = llvm.load %v450 : !llvm.ptr -> f32
              %v452 = arith.negf %v451 : f32
              %v453 = arith.mulf %v452, %v391 fastmath<contract> : f32
              %v454 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v453) : (f32) -> f32
              %v455 = arith.addf %v78, %v454 fastmath<contract> : f32
              %v456 = arith.divf %v78, %v455 : f32
              %v457 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v456) : (f32) -> f32
              %v458 = arith.mulf %v396, %v457 fastmath<contract> : f32
              %v459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v458) : (f32) -> f32
              %v460 = arith.constant 8 : i64
              %v461 = arith.addi %v460, %v38 : i64
              %v462 = arith.muli %v461, %v218 : i64
              %v463 = arith.subi %v384, %v190 : i64
              %v464 = arith.addi %v462, %v463 : i64
              %v465 = llvm.getelementptr %v74[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v466 = llvm.load %v465 : !llvm.ptr -> f32
              %v467 = arith.mulf %v466, %v414 fastmath<contract> : f32
              %v468 = llvm.load %v15 : !llvm.ptr -> f32
              %v469 = arith.mulf %v459, %v468 fastmath<contract> : f32
              %v470 = arith.addf %v469, %v467 fastmath<contract> : f32
              llvm.store %v470, %v15 : f32, !llvm.ptr
              %v471 = arith.constant 12 : i64
              %v472 = arith.addi %v471, %v38 : i64
              %v473 = arith.muli %v472, %v218 : i64
              %v474 = arith.subi %v384, %v190 : i64
              %v475 = arith.addi %v473, %v474 : i64
              %v476 = llvm.getelementptr %v76[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v477 = llvm.load %v476 : !llvm.ptr -> f32
              %v478 = arith.negf %v477 : f32
              %v479 = arith.mulf %v478, %v391 fastmath<contract> : f32
              %v480 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v479) : (f32) -> f32
              %v481 = arith.addf %v78, %v480 fastmath<contract> : f32
              %v482 = arith.divf %v78, %v481 : f32
              %v483 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v482) : (f32) -> f32
              %v484 = arith.mulf %v396, %v483 fastmath<contract> : f32
              %v485 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v484) : (f32) -> f32
              %v486 = arith.constant 12 : i64
              %v487 = arith.addi %v486, %v38 : i64
              %v488 = arith.muli %v487, %v218 : i64
              %v489 = arith.subi %v384, %v190 : i64
              %v490 = arith.addi %v488, %v489 : i64
              %v491 = llvm.getelementptr %v74[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v492 = llvm.load %v491 : !llvm.ptr -> f32
              %v493 = arith.mulf %v492, %v414 fastmath<contract> : f32
              %v494 = llvm.load %v16 : !llvm.ptr -> f32
              %v495 = arith.mulf %v485, %v494 fastmath<contract> : f32
              %v496 = arith.addf %v495, %v493 fastmath<contract> : f32
              llvm.store %v496, %v16 : f32, !llvm.ptr
            }
          }
        }
        %v497 = arith.addi %v194, %v157 : i64
        %v498 = arith.divui %v497, %v37 : i64
        %v499 = arith.index_cast %v79 : i64 to index
        %v500 = arith.index_cast %v498 : i64 to index
        %v501 = arith.index_cast %v2 : i64 to index
        scf.for %v502 = %v499 to %v500 step %v501 {
          %v503 = arith.index_cast %v502 : index to i64
          %v504 = arith.muli %v503, %v37 : i64
          %v505 = arith.addi %v504, %v37 : i64
          %v506 = arith.index_cast %v504 : i64 to index
          %v507 = arith.index_cast %v505 : i64 to index
          %v508 = arith.index_cast %v2 : i64 to index
          scf.for %v509 = %v506 to %v507 step %v508 {
            %v510 = arith.index_cast %v509 : index to i64
            %v511 = arith.cmpi slt, %v510, %v194 : i64
            scf.if %v511 {
              %v512 = arith.subi %v194, %v2 : i64
              %v513 = arith.subi %v512, %v510 : i64
              %v514 = arith.muli %v513, %v37 : i64
              %v515 = arith.remui %v510, %v37 : i64
              %v516 = arith.muli %v515, %v37 : i64
              %v517 = arith.addi %v180, %v513 : i64
              %v518 = arith.addi %v514, %v37 : i64
              %v519 = arith.cmpi sle, %v518, %v192 : i64
              scf.if %v519 {
                %v520 = arith.subi %v192, %v2 : i64
                %v521 = arith.muli %v517, %v4 : i64
                %v522 = arith.subi %v4, %v2 : i64
                %v523 = arith.minsi %v44, %v522 : i64
                %v524 = arith.addi %v521, %v523 : i64
                %v525 = arith.muli %v524, %v1 : i64
                %v526 = arith.addi %v525, %v38 : i64
                %v527 = llvm.getelementptr %scratch_S[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                %v529 = arith.muli %v517, %v4 : i64
                %v530 = arith.subi %v4, %v2 : i64
                %v531 = arith.minsi %v44, %v530 : i64
                %v532 = arith.addi %v529, %v531 : i64
                %v533 = arith.muli %v532, %v1 : i64
                %v534 = arith.addi %v533, %v37 : i64
                %v535 = arith.addi %v534, %v38 : i64
                %v536 = llvm.getelementptr %scratch_S[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v537 = llvm.load %v536 : !llvm.ptr -> f32
                %v538 = arith.muli %v517, %v4 : i64
                %v539 = arith.subi %v4, %v2 : i64
                %v540 = arith.minsi %v44, %v539 : i64
                %v541 = arith.addi %v538, %v540 : i64
                %v542 = arith.muli %v541, %v1 : i64
                %v543 = arith.addi %v542, %v116 : i64
                %v544 = arith.addi %v543, %v38 : i64
                %v545 = llvm.getelementptr %scratch_S[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v546 = llvm.load %v545 : !llvm.ptr -> f32
                %v547 = arith.muli %v517, %v4 : i64
                %v548 = arith.subi %v4, %v2 : i64
                %v549 = arith.minsi %v44, %v548 : i64
                %v550 = arith.addi %v547, %v549 : i64
                %v551 = arith.muli %v550, %v1 : i64
                %v552 = arith.addi %v551, %v136 : i64
                %v553 = arith.addi %v552, %v38 : i64
                %v554 = llvm.getelementptr %scratch_S[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v555 = llvm.load %v554 : !llvm.ptr -> f32
                %v556 = arith.addi %v514, %v38 : i64
                %v557 = arith.minsi %v556, %v520 : i64
                %v558 = arith.addi %v190, %v557 : i64
                // the group's states, recomputed into registers
                %v559 = arith.minsi %v514, %v520 : i64
                %v560 = arith.addi %v190, %v559 : i64
                %v561 = arith.muli %v38, %v218 : i64
                %v562 = arith.subi %v560, %v190 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = llvm.getelementptr %v76[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v566 = arith.negf %v565 : f32
                %v567 = arith.mulf %v566, %v391 fastmath<contract> : f32
                %v568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v567) : (f32) -> f32
                %v569 = arith.addf %v78, %v568 fastmath<contract> : f32
                %v570 = arith.divf %v78, %v569 : f32
                %v571 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v570) : (f32) -> f32
                %v572 = arith.mulf %v396, %v571 fastmath<contract> : f32
                %v573 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v572) : (f32) -> f32
                %v574 = arith.muli %v38, %v218 : i64
                %v575 = arith.subi %v560, %v190 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = llvm.getelementptr %v74[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.muli %v52, %v406 : i64
                %v580 = arith.muli %v560, %v405 : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = arith.muli %v50, %size_DV : i64
                %v583 = arith.addi %v581, %v582 : i64
                %v584 = arith.addi %v583, %v48 : i64
                %v585 = llvm.getelementptr %in_v[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v586 = llvm.load %v585 : !llvm.ptr -> f32
                %v587 = arith.mulf %v578, %v586 fastmath<contract> : f32
                %v588 = arith.mulf %v573, %v528 fastmath<contract> : f32
                %v589 = arith.addf %v588, %v587 fastmath<contract> : f32
                %v590 = arith.constant 4 : i64
                %v591 = arith.addi %v590, %v38 : i64
                %v592 = arith.muli %v591, %v218 : i64
                %v593 = arith.subi %v560, %v190 : i64
                %v594 = arith.addi %v592, %v593 : i64
                %v595 = llvm.getelementptr %v76[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v596 = llvm.load %v595 : !llvm.ptr -> f32
                %v597 = arith.negf %v596 : f32
                %v598 = arith.mulf %v597, %v391 fastmath<contract> : f32
                %v599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v598) : (f32) -> f32
                %v600 = arith.addf %v78, %v599 fastmath<contract> : f32
                %v601 = arith.divf %v78, %v600 : f32
                %v602 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v601) : (f32) -> f32
                %v603 = arith.mulf %v396, %v602 fastmath<contract> : f32
                %v604 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v603) : (f32) -> f32
                %v605 = arith.constant 4 : i64
                %v606 = arith.addi %v605, %v38 : i64
                %v607 = arith.muli %v606, %v218 : i64
                %v608 = arith.subi %v560, %v190 : i64
                %v609 = arith.addi %v607, %v608 : i64
                %v610 = llvm.getelementptr %v74[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v611 = llvm.load %v610 : !llvm.ptr -> f32
                %v612 = arith.mulf %v611, %v586 fastmath<contract> : f32
                %v613 = arith.mulf %v604, %v537 fastmath<contract> : f32
                %v614 = arith.addf %v613, %v612 fastmath<contract> : f32
                %v615 = arith.constant 8 : i64
                %v616 = arith.addi %v615, %v38 : i64
                %v617 = arith.muli %v616, %v218 : i64
                %v618 = arith.subi %v560, %v190 : i64
                %v619 = arith.addi %v617, %v618 : i64
                %v620 = llvm.getelementptr %v76[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v621 = llvm.load %v620 : !llvm.ptr -> f32
                %v622 = arith.negf %v621 : f32
                %v623 = arith.mulf %v622, %v391 fastmath<contract> : f32
                %v624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v623) : (f32) -> f32
                %v625 = arith.addf %v78, %v624 fastmath<contract> : f32
                %v626 = arith.divf %v78, %v625 : f32
                %v627 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v626) : (f32) -> f32
                %v628 = arith.mulf %v396, %v627 fastmath<contract> : f32
                %v629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v628) : (f32) -> f32
                %v630 = arith.constant 8 : i64
                %v631 = arith.addi %v630, %v38 : i64
                %v632 = arith.muli %v631, %v218 : i64
                %v633 = arith.subi %v560, %v190 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = llvm.getelementptr %v74[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.mulf %v636, %v586 fastmath<contract> : f32
                %v638 = arith.mulf %v629, %v546 fastmath<contract> : f32
                %v639 = arith.addf %v638, %v637 fastmath<contract> : f32
                %v640 = arith.constant 12 : i64
                %v641 = arith.addi %v640, %v38 : i64
                %v642 = arith.muli %v641, %v218 : i64
                %v643 = arith.subi %v560, %v190 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = llvm.getelementptr %v76[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v647 = arith.negf %v646 : f32
                %v648 = arith.mulf %v647, %v391 fastmath<contract> : f32
                %v649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v648) : (f32) -> f32
                %v650 = arith.addf %v78, %v649 fastmath<contract> : f32
                %v651 = arith.divf %v78, %v650 : f32
                %v652 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v651) : (f32) -> f32
                %v653 = arith.mulf %v396, %v652 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                %v655 = arith.constant 12 : i64
                %v656 = arith.addi %v655, %v38 : i64
                %v657 = arith.muli %v656, %v218 : i64
                %v658 = arith.subi %v560, %v190 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = llvm.getelementptr %v74[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v661 = llvm.load %v660 : !llvm.ptr -> f32
                %v662 = arith.mulf %v661, %v586 fastmath<contract> : f32
                %v663 = arith.mulf %v654, %v555 fastmath<contract> : f32
                %v664 = arith.addf %v663, %v662 fastmath<contract> : f32
                %v665 = arith.addi %v514, %v2 : i64
                %v666 = arith.minsi %v665, %v520 : i64
                %v667 = arith.addi %v190, %v666 : i64
                %v668 = arith.muli %v38, %v218 : i64
                %v669 = arith.subi %v667, %v190 : i64
                %v670 = arith.addi %v668, %v669 : i64
                %v671 = llvm.getelementptr %v76[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v672 = llvm.load %v671 : !llvm.ptr -> f32
                %v673 = arith.negf %v672 : f32
                %v674 = arith.mulf %v673, %v391 fastmath<contract> : f32
                %v675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v674) : (f32) -> f32
                %v676 = arith.addf %v78, %v675 fastmath<contract> : f32
                %v677 = arith.divf %v78, %v676 : f32
                %v678 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v677) : (f32) -> f32
                %v679 = arith.mulf %v396, %v678 fastmath<contract> : f32
                %v680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v679) : (f32) -> f32
                %v681 = arith.muli %v38, %v218 : i64
                %v682 = arith.subi %v667, %v190 : i64
                %v683 = arith.addi %v681, %v682 : i64
                %v684 = llvm.getelementptr %v74[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v685 = llvm.load %v684 : !llvm.ptr -> f32
                %v686 = arith.muli %v52, %v406 : i64
                %v687 = arith.muli %v667, %v405 : i64
                %v688 = arith.addi %v686, %v687 : i64
                %v689 = arith.muli %v50, %size_DV : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = arith.addi %v690, %v48 : i64
                %v692 = llvm.getelementptr %in_v[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v693 = llvm.load %v692 : !llvm.ptr -> f32
                %v694 = arith.mulf %v685, %v693 fastmath<contract> : f32
                %v695 = arith.mulf %v680, %v589 fastmath<contract> : f32
                %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.constant 4 : i64
                %v698 = arith.addi %v697, %v38 : i64
                %v699 = arith.muli %v698, %v218 : i64
                %v700 = arith.subi %v667, %v190 : i64
                %v701 = arith.addi %v699, %v700 : i64
                %v702 = llvm.getelementptr %v76[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v703 = llvm.load %v702 : !llvm.ptr -> f32
                %v704 = arith.negf %v703 : f32
                %v705 = arith.mulf %v704, %v391 fastmath<contract> : f32
                %v706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v705) : (f32) -> f32
                %v707 = arith.addf %v78, %v706 fastmath<contract> : f32
                %v708 = arith.divf %v78, %v707 : f32
                %v709 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v708) : (f32) -> f32
                %v710 = arith.mulf %v396, %v709 fastmath<contract> : f32
                %v711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v710) : (f32) -> f32
                %v712 = arith.constant 4 : i64
                %v713 = arith.addi %v712, %v38 : i64
                %v714 = arith.muli %v713, %v218 : i64
                %v715 = arith.subi %v667, %v190 : i64
                %v716 = arith.addi %v714, %v715 : i64
                %v717 = llvm.getelementptr %v74[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v718 = llvm.load %v717 : !llvm.ptr -> f32
                %v719 = arith.mulf %v718, %v693 fastmath<contract> : f32
                %v720 = arith.mulf %v711, %v614 fastmath<contract> : f32
                %v721 = arith.addf %v720, %v719 fastmath<contract> : f32
                %v722 = arith.constant 8 : i64
                %v723 = arith.addi %v722, %v38 : i64
                %v724 = arith.muli %v723, %v218 : i64
                %v725 = arith.subi %v667, %v190 : i64
                %v726 = arith.addi %v724, %v725 : i64
                %v727 = llvm.getelementptr %v76[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v728 = llvm.load %v727 : !llvm.ptr -> f32
                %v729 = arith.negf %v728 : f32
                %v730 = arith.mulf %v729, %v391 fastmath<contract> : f32
                %v731 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v730) : (f32) -> f32
                %v732 = arith.addf %v78, %v731 fastmath<contract> : f32
                %v733 = arith.divf %v78, %v732 : f32
                %v734 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v733) : (f32) -> f32
                %v735 = arith.mulf %v396, %v734 fastmath<contract> : f32
                %v736 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v735) : (f32) -> f32
                %v737 = arith.constant 8 : i64
                %v738 = arith.addi %v737, %v38 : i64
                %v739 = arith.muli %v738, %v218 : i64
                %v740 = arith.subi %v667, %v190 : i64
                %v741 = arith.addi %v739, %v740 : i64
                %v742 = llvm.getelementptr %v74[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v743 = llvm.load %v742 : !llvm.ptr -> f32
                %v744 = arith.mulf %v743, %v693 fastmath<contract> : f32
                %v745 = arith.mulf %v736, %v639 fastmath<contract> : f32
                %v746 = arith.addf %v745, %v744 fastmath<contract> : f32
                %v747 = arith.constant 12 : i64
                %v748 = arith.addi %v747, %v38 : i64
                %v749 = arith.muli %v748, %v218 : i64
                %v750 = arith.subi %v667, %v190 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = llvm.getelementptr %v76[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v753 = llvm.load %v752 : !llvm.ptr -> f32
                %v754 = arith.negf %v753 : f32
                %v755 = arith.mulf %v754, %v391 fastmath<contract> : f32
                %v756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v755) : (f32) -> f32
                %v757 = arith.addf %v78, %v756 fastmath<contract> : f32
                %v758 = arith.divf %v78, %v757 : f32
                %v759 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v758) : (f32) -> f32
                %v760 = arith.mulf %v396, %v759 fastmath<contract> : f32
                %v761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v760) : (f32) -> f32
                %v762 = arith.constant 12 : i64
                %v763 = arith.addi %v762, %v38 : i64
                %v764 = arith.muli %v763, %v218 : i64
                %v765 = arith.subi %v667, %v190 : i64
                %v766 = arith.addi %v764, %v765 : i64
                %v767 = llvm.getelementptr %v74[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v768 = llvm.load %v767 : !llvm.ptr -> f32
                %v769 = arith.mulf %v768, %v693 fastmath<contract> : f32
                %v770 = arith.mulf %v761, %v664 fastmath<contract> : f32
                %v771 = arith.addf %v770, %v769 fastmath<contract> : f32
                %v773 = arith.addi %v514, %v772 : i64
                %v774 = arith.minsi %v773, %v520 : i64
                %v775 = arith.addi %v190, %v774 : i64
                %v776 = arith.muli %v38, %v218 : i64
                %v777 = arith.subi %v775, %v190 : i64
                %v778 = arith.addi %v776, %v777 : i64
                %v779 = llvm.getelementptr %v76[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v780 = llvm.load %v779 : !llvm.ptr -> f32
                %v781 = arith.negf %v780 : f32
                %v782 = arith.mulf %v781, %v391 fastmath<contract> : f32
                %v783 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v782) : (f32) -> f32
                %v784 = arith.addf %v78, %v783 fastmath<contract> : f32
                %v785 = arith.divf %v78, %v784 : f32
                %v786 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v785) : (f32) -> f32
                %v787 = arith.mulf %v396, %v786 fastmath<contract> : f32
                %v788 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v787) : (f32) -> f32
                %v789 = arith.muli %v38, %v218 : i64
                %v790 = arith.subi %v775, %v190 : i64
                %v791 = arith.addi %v789, %v790 : i64
                %v792 = llvm.getelementptr %v74[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v793 = llvm.load %v792 : !llvm.ptr -> f32
                %v794 = arith.muli %v52, %v406 : i64
                %v795 = arith.muli %v775, %v405 : i64
                %v796 = arith.addi %v794, %v795 : i64
                %v797 = arith.muli %v50, %size_DV : i64
                %v798 = arith.addi %v796, %v797 : i64
                %v799 = arith.addi %v798, %v48 : i64
                %v800 = llvm.getelementptr %in_v[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v801 = llvm.load %v800 : !llvm.ptr -> f32
                %v802 = arith.mulf %v793, %v801 fastmath<contract> : f32
                %v803 = arith.mulf %v788, %v696 fastmath<contract> : f32
                %v804 = arith.addf %v803, %v802 fastmath<contract> : f32
                %v805 = arith.constant 4 : i64
                %v806 = arith.addi %v805, %v38 : i64
                %v807 = arith.muli %v806, %v218 : i64
                %v808 = arith.subi %v775, %v190 : i64
                %v809 = arith.addi %v807, %v808 : i64
                %v810 = llvm.getelementptr %v76[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v811 = llvm.load %v810 : !llvm.ptr -> f32
                %v812 = arith.negf %v811 : f32
                %v813 = arith.mulf %v812, %v391 fastmath<contract> : f32
                %v814 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v813) : (f32) -> f32
                %v815 = arith.addf %v78, %v814 fastmath<contract> : f32
                %v816 = arith.divf %v78, %v815 : f32
                %v817 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v816) : (f32) -> f32
                %v818 = arith.mulf %v396, %v817 fastmath<contract> : f32
                %v819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v818) : (f32) -> f32
                %v820 = arith.constant 4 : i64
                %v821 = arith.addi %v820, %v38 : i64
                %v822 = arith.muli %v821, %v218 : i64
                %v823 = arith.subi %v775, %v190 : i64
                %v824 = arith.addi %v822, %v823 : i64
                %v825 = llvm.getelementptr %v74[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v826 = llvm.load %v825 : !llvm.ptr -> f32
                %v827 = arith.mulf %v826, %v801 fastmath<contract> : f32
                %v828 = arith.mulf %v819, %v721 fastmath<contract> : f32
                %v829 = arith.addf %v828, %v827 fastmath<contract> : f32
                %v830 = arith.constant 8 : i64
                %v831 = arith.addi %v830, %v38 : i64
                %v832 = arith.muli %v831, %v218 : i64
                %v833 = arith.subi %v775, %v190 : i64
                %v834 = arith.addi %v832, %v833 : i64
                %v835 = llvm.getelementptr %v76[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v836 = llvm.load %v835 : !llvm.ptr -> f32
                %v837 = arith.negf %v836 : f32
                %v838 = arith.mulf %v837, %v391 fastmath<contract> : f32
                %v839 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v838) : (f32) -> f32
                %v840 = arith.addf %v78, %v839 fastmath<contract> : f32
                %v841 = arith.divf %v78, %v840 : f32
                %v842 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v841) : (f32) -> f32
                %v843 = arith.mulf %v396, %v842 fastmath<contract> : f32
                %v844 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v843) : (f32) -> f32
                %v845 = arith.constant 8 : i64
                %v846 = arith.addi %v845, %v38 : i64
                %v847 = arith.muli %v846, %v218 : i64
                %v848 = arith.subi %v775, %v190 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %v74[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.mulf %v851, %v801 fastmath<contract> : f32
                %v853 = arith.mulf %v844, %v746 fastmath<contract> : f32
                %v854 = arith.addf %v853, %v852 fastmath<contract> : f32
                %v855 = arith.constant 12 : i64
                %v856 = arith.addi %v855, %v38 : i64
                %v857 = arith.muli %v856, %v218 : i64
                %v858 = arith.subi %v775, %v190 : i64
                %v859 = arith.addi %v857, %v858 : i64
                %v860 = llvm.getelementptr %v76[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v861 = llvm.load %v860 : !llvm.ptr -> f32
                %v862 = arith.negf %v861 : f32
                %v863 = arith.mulf %v862, %v391 fastmath<contract> : f32
                %v864 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v863) : (f32) -> f32
                %v865 = arith.addf %v78, %v864 fastmath<contract> : f32
                %v866 = arith.divf %v78, %v865 : f32
                %v867 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v866) : (f32) -> f32
                %v868 = arith.mulf %v396, %v867 fastmath<contract> : f32
                %v869 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v868) : (f32) -> f32
                %v870 = arith.constant 12 : i64
                %v871 = arith.addi %v870, %v38 : i64
                %v872 = arith.muli %v871, %v218 : i64
                %v873 = arith.subi %v775, %v190 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = llvm.getelementptr %v74[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v876, %v801 fastmath<contract> : f32
                %v878 = arith.mulf %v869, %v771 fastmath<contract> : f32
                %v879 = arith.addf %v878, %v877 fastmath<contract> : f32
                %v880 = arith.addi %v514, %v157 : i64
                %v881 = arith.minsi %v880, %v520 : i64
                %v882 = arith.addi %v190, %v881 : i64
                %v883 = arith.muli %v38, %v218 : i64
                %v884 = arith.subi %v882, %v190 : i64
                %v885 = arith.addi %v883, %v884 : i64
                %v886 = llvm.getelementptr %v76[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v887 = llvm.load %v886 : !llvm.ptr -> f32
                %v888 = arith.negf %v887 : f32
                %v889 = arith.mulf %v888, %v391 fastmath<contract> : f32
                %v890 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v889) : (f32) -> f32
                %v891 = arith.addf %v78, %v890 fastmath<contract> : f32
                %v892 = arith.divf %v78, %v891 : f32
                %v893 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v892) : (f32) -> f32
                %v894 = arith.mulf %v396, %v893 fastmath<contract> : f32
                %v895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v894) : (f32) -> f32
                %v896 = arith.muli %v38, %v218 : i64
                %v897 = arith.subi %v882, %v190 : i64
                %v898 = arith.addi %v896, %v897 : i64
                %v899 = llvm.getelementptr %v74[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v900 = llvm.load %v899 : !llvm.ptr -> f32
                %v901 = arith.muli %v52, %v406 : i64
                %v902 = arith.muli %v882, %v405 : i64
                %v903 = arith.addi %v901, %v902 : i64
                %v904 = arith.muli %v50, %size_DV : i64
                %v905 = arith.addi %v903, %v904 : i64
                %v906 = arith.addi %v905, %v48 : i64
                %v907 = llvm.getelementptr %in_v[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v908 = llvm.load %v907 : !llvm.ptr -> f32
                %v909 = arith.mulf %v900, %v908 fastmath<contract> : f32
                %v910 = arith.mulf %v895, %v804 fastmath<contract> : f32
                %v911 = arith.addf %v910, %v909 fastmath<contract> : f32
                %v912 = arith.constant 4 : i64
                %v913 = arith.addi %v912, %v38 : i64
                %v914 = arith.muli %v913, %v218 : i64
                %v915 = arith.subi %v882, %v190 : i64
                %v916 = arith.addi %v914, %v915 : i64
                %v917 = llvm.getelementptr %v76[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v918 = llvm.load %v917 : !llvm.ptr -> f32
                %v919 = arith.negf %v918 : f32
                %v920 = arith.mulf %v919, %v391 fastmath<contract> : f32
                %v921 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v920) : (f32) -> f32
                %v922 = arith.addf %v78, %v921 fastmath<contract> : f32
                %v923 = arith.divf %v78, %v922 : f32
                %v924 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v923) : (f32) -> f32
                %v925 = arith.mulf %v396, %v924 fastmath<contract> : f32
                %v926 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v925) : (f32) -> f32
                %v927 = arith.constant 4 : i64
                %v928 = arith.addi %v927, %v38 : i64
                %v929 = arith.muli %v928, %v218 : i64
                %v930 = arith.subi %v882, %v190 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = llvm.getelementptr %v74[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v933 = llvm.load %v932 : !llvm.ptr -> f32
                %v934 = arith.mulf %v933, %v908 fastmath<contract> : f32
                %v935 = arith.mulf %v926, %v829 fastmath<contract> : f32
                %v936 = arith.addf %v935, %v934 fastmath<contract> : f32
                %v937 = arith.constant 8 : i64
                %v938 = arith.addi %v937, %v38 : i64
                %v939 = arith.muli %v938, %v218 : i64
                %v940 = arith.subi %v882, %v190 : i64
                %v941 = arith.addi %v939, %v940 : i64
                %v942 = llvm.getelementptr %v76[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v943 = llvm.load %v942 : !llvm.ptr -> f32
                %v944 = arith.negf %v943 : f32
                %v945 = arith.mulf %v944, %v391 fastmath<contract> : f32
                %v946 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v945) : (f32) -> f32
                %v947 = arith.addf %v78, %v946 fastmath<contract> : f32
                %v948 = arith.divf %v78, %v947 : f32
                %v949 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v948) : (f32) -> f32
                %v950 = arith.mulf %v396, %v949 fastmath<contract> : f32
                %v951 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v950) : (f32) -> f32
                %v952 = arith.constant 8 : i64
                %v953 = arith.addi %v952, %v38 : i64
                %v954 = arith.muli %v953, %v218 : i64
                %v955 = arith.subi %v882, %v190 : i64
                %v956 = arith.addi %v954, %v955 : i64
                %v957 = llvm.getelementptr %v74[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v958 = llvm.load %v957 : !llvm.ptr -> f32
                %v959 = arith.mulf %v958, %v908 fastmath<contract> : f32
                %v960 = arith.mulf %v951, %v854 fastmath<contract> : f32
                %v961 = arith.addf %v960, %v959 fastmath<contract> : f32
                %v962 = arith.constant 12 : i64
                %v963 = arith.addi %v962, %v38 : i64
                %v964 = arith.muli %v963, %v218 : i64
                %v965 = arith.subi %v882, %v190 : i64
                %v966 = arith.addi %v964, %v965 : i64
                %v967 = llvm.getelementptr %v76[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v968 = llvm.load %v967 : !llvm.ptr -> f32
                %v969 = arith.negf %v968 : f32
                %v970 = arith.mulf %v969, %v391 fastmath<contract> : f32
                %v971 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v970) : (f32) -> f32
                %v972 = arith.addf %v78, %v971 fastmath<contract> : f32
                %v973 = arith.divf %v78, %v972 : f32
                %v974 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v973) : (f32) -> f32
                %v975 = arith.mulf %v396, %v974 fastmath<contract> : f32
                %v976 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v975) : (f32) -> f32
                %v977 = arith.constant 12 : i64
                %v978 = arith.addi %v977, %v38 : i64
                %v979 = arith.muli %v978, %v218 : i64
                %v980 = arith.subi %v882, %v190 : i64
                %v981 = arith.addi %v979, %v980 : i64
                %v982 = llvm.getelementptr %v74[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v983 = llvm.load %v982 : !llvm.ptr -> f32
                %v984 = arith.mulf %v983, %v908 fastmath<contract> : f32
                %v985 = arith.mulf %v976, %v879 fastmath<contract> : f32
                %v986 = arith.addf %v985, %v984 fastmath<contract> : f32
                %v988 = arith.shrui %v38, %v79 : i64
                %v989 = arith.andi %v988, %v2 : i64
                %v990 = arith.cmpi ne, %v989, %v79 : i64
                %v991 = arith.shrui %v38, %v2 : i64
                %v992 = arith.andi %v991, %v2 : i64
                %v993 = arith.cmpi ne, %v992, %v79 : i64
                %v994 = arith.subi %v192, %v514 : i64
                %v995 = arith.trunci %v994 : i64 to i32
                %v996 = arith.subi %size_L, %v2 : i64
                %v997 = arith.addi %v190, %v514 : i64
                %v998 = arith.subi %v996, %v997 : i64
                %v1000 = arith.minsi %v998, %v999 : i64
                %v1001 = arith.trunci %v1000 : i64 to i32
                %v1002 = arith.addi %v514, %v157 : i64
                %v1004 = arith.cmpi slt, %v1003, %v995 : i32
                %v1005 = arith.cmpi eq, %v1003, %v1001 : i32
                llvm.store %v77, %v987 : f32, !llvm.ptr
                %v1006 = arith.addi %v190, %v1002 : i64
                %v1007 = arith.muli %v38, %v218 : i64
                %v1008 = arith.subi %v1006, %v190 : i64
                %v1009 = arith.addi %v1007, %v1008 : i64
                %v1010 = llvm.getelementptr %v72[%v1009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
                %v1012 = arith.muli %v52, %v406 : i64
                %v1013 = arith.muli %v1006, %v405 : i64
                %v1014 = arith.addi %v1012, %v1013 : i64
                %v1015 = arith.muli %v50, %size_DV : i64
                %v1016 = arith.addi %v1014, %v1015 : i64
                %v1017 = arith.addi %v1016, %v48 : i64
                %v1018 = llvm.getelementptr %dy_o[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
                %v1020 = arith.mulf %v1011, %v1019 fastmath<contract> : f32
                %v1021 = llvm.load %v57 : !llvm.ptr -> f32
                %v1022 = llvm.load %v61 : !llvm.ptr -> f32
                %v1023 = arith.mulf %v1022, %v1021 fastmath<contract> : f32
                %v1024 = arith.addf %v1020, %v1023 fastmath<contract> : f32
                llvm.store %v1024, %v57 : f32, !llvm.ptr
                %v1025 = arith.constant 4 : i64
                %v1026 = arith.addi %v1025, %v38 : i64
                %v1027 = arith.muli %v1026, %v218 : i64
                %v1028 = arith.subi %v1006, %v190 : i64
                %v1029 = arith.addi %v1027, %v1028 : i64
                %v1030 = llvm.getelementptr %v72[%v1029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
                %v1032 = arith.mulf %v1031, %v1019 fastmath<contract> : f32
                %v1033 = llvm.load %v58 : !llvm.ptr -> f32
                %v1034 = llvm.load %v62 : !llvm.ptr -> f32
                %v1035 = arith.mulf %v1034, %v1033 fastmath<contract> : f32
                %v1036 = arith.addf %v1032, %v1035 fastmath<contract> : f32
                llvm.store %v1036, %v58 : f32, !llvm.ptr
                %v1037 = arith.constant 8 : i64
                %v1038 = arith.addi %v1037, %v38 : i64
                %v1039 = arith.muli %v1038, %v218 : i64
                %v1040 = arith.subi %v1006, %v190 : i64
                %v1041 = arith.addi %v1039, %v1040 : i64
                %v1042 = llvm.getelementptr %v72[%v1041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1043 = llvm.load %v1042 : !llvm.ptr -> f32
                %v1044 = arith.mulf %v1043, %v1019 fastmath<contract> : f32
                %v1045 = llvm.load %v59 : !llvm.ptr -> f32
                %v1046 = llvm.load %v63 : !llvm.ptr -> f32
                %v1047 = arith.mulf %v1046, %v1045 fastmath<contract> : f32
                %v1048 = arith.addf %v1044, %v1047 fastmath<contract> : f32
                llvm.store %v1048, %v59 : f32, !llvm.ptr
                %v1049 = arith.constant 12 : i64
                %v1050 = arith.addi %v1049, %v38 : i64
                %v1051 = arith.muli %v1050, %v218 : i64
                %v1052 = arith.subi %v1006, %v190 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = llvm.getelementptr %v72[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.mulf %v1055, %v1019 fastmath<contract> : f32
                %v1057 = llvm.load %v60 : !llvm.ptr -> f32
                %v1058 = llvm.load %v64 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1058, %v1057 fastmath<contract> : f32
                %v1060 = arith.addf %v1056, %v1059 fastmath<contract> : f32
                llvm.store %v1060, %v60 : f32, !llvm.ptr
                scf.if %v1005 {
                }
                %v1061 = arith.mulf %v911, %v1019 fastmath<contract> : f32
                %v1062 = arith.mulf %v936, %v1019 fastmath<contract> : f32
                %v1063 = arith.mulf %v961, %v1019 fastmath<contract> : f32
                %v1064 = arith.mulf %v986, %v1019 fastmath<contract> : f32
                %v1065 = arith.muli %v52, %v406 : i64
                %v1066 = arith.muli %v1006, %v405 : i64
                %v1067 = arith.addi %v1065, %v1066 : i64
                %v1068 = arith.muli %v50, %size_DV : i64
                %v1069 = arith.addi %v1067, %v1068 : i64
                %v1070 = arith.addi %v1069, %v48 : i64
                %v1071 = llvm.getelementptr %in_v[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
                %v1073 = llvm.load %v57 : !llvm.ptr -> f32
                %v1074 = arith.mulf %v1072, %v1073 fastmath<contract> : f32
                %v1075 = llvm.load %v58 : !llvm.ptr -> f32
                %v1076 = arith.mulf %v1072, %v1075 fastmath<contract> : f32
                %v1077 = llvm.load %v59 : !llvm.ptr -> f32
                %v1078 = arith.mulf %v1072, %v1077 fastmath<contract> : f32
                %v1079 = llvm.load %v60 : !llvm.ptr -> f32
                %v1080 = arith.mulf %v1072, %v1079 fastmath<contract> : f32
                %v1081 = arith.muli %v38, %v218 : i64
                %v1082 = arith.subi %v1006, %v190 : i64
                %v1083 = arith.addi %v1081, %v1082 : i64
                %v1084 = llvm.getelementptr %v76[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1085 = llvm.load %v1084 : !llvm.ptr -> f32
                %v1086 = arith.negf %v1085 : f32
                %v1087 = arith.mulf %v1086, %v391 fastmath<contract> : f32
                %v1088 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1087) : (f32) -> f32
                %v1089 = arith.addf %v78, %v1088 fastmath<contract> : f32
                %v1090 = arith.divf %v78, %v1089 : f32
                %v1092 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1090) : (f32) -> f32
                %v1093 = arith.mulf %v1091, %v1092 fastmath<contract> : f32
                %v1094 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1093) : (f32) -> f32
                %v1095 = arith.mulf %v804, %v1073 fastmath<contract> : f32
                %v1096 = arith.mulf %v396, %v1095 fastmath<contract> : f32
                %v1097 = arith.mulf %v1094, %v1096 fastmath<contract> : f32
                %v1098 = arith.subf %v78, %v1090 fastmath<contract> : f32
                %v1099 = arith.mulf %v1090, %v1098 fastmath<contract> : f32
                %v1100 = arith.mulf %v1097, %v1099 fastmath<contract> : f32
                %v1101 = arith.constant 4 : i64
                %v1102 = arith.addi %v1101, %v38 : i64
                %v1103 = arith.muli %v1102, %v218 : i64
                %v1104 = arith.subi %v1006, %v190 : i64
                %v1105 = arith.addi %v1103, %v1104 : i64
                %v1106 = llvm.getelementptr %v76[%v1105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
                %v1108 = arith.negf %v1107 : f32
                %v1109 = arith.mulf %v1108, %v391 fastmath<contract> : f32
                %v1110 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1109) : (f32) -> f32
                %v1111 = arith.addf %v78, %v1110 fastmath<contract> : f32
                %v1112 = arith.divf %v78, %v1111 : f32
                %v1113 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1112) : (f32) -> f32
                %v1114 = arith.mulf %v1091, %v1113 fastmath<contract> : f32
                %v1115 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1114) : (f32) -> f32
                %v1116 = arith.mulf %v829, %v1075 fastmath<contract> : f32
                %v1117 = arith.mulf %v396, %v1116 fastmath<contract> : f32
                %v1118 = arith.mulf %v1115, %v1117 fastmath<contract> : f32
                %v1119 = arith.subf %v78, %v1112 fastmath<contract> : f32
                %v1120 = arith.mulf %v1112, %v1119 fastmath<contract> : f32
                %v1121 = arith.mulf %v1118, %v1120 fastmath<contract> : f32
                %v1122 = arith.constant 8 : i64
                %v1123 = arith.addi %v1122, %v38 : i64
                %v1124 = arith.muli %v1123, %v218 : i64
                %v1125 = arith.subi %v1006, %v190 : i64
                %v1126 = arith.addi %v1124, %v1125 : i64
                %v1127 = llvm.getelementptr %v76[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1128 = llvm.load %v1127 : !llvm.ptr -> f32
                %v1129 = arith.negf %v1128 : f32
                %v1130 = arith.mulf %v1129, %v391 fastmath<contract> : f32
                %v1131 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1130) : (f32) -> f32
                %v1132 = arith.addf %v78, %v1131 fastmath<contract> : f32
                %v1133 = arith.divf %v78, %v1132 : f32
                %v1134 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1133) : (f32) -> f32
                %v1135 = arith.mulf %v1091, %v1134 fastmath<contract> : f32
                %v1136 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1135) : (f32) -> f32
                %v1137 = arith.mulf %v854, %v1077 fastmath<contract> : f32
                %v1138 = arith.mulf %v396, %v1137 fastmath<contract> : f32
                %v1139 = arith.mulf %v1136, %v1138 fastmath<contract> : f32
                %v1140 = arith.subf %v78, %v1133 fastmath<contract> : f32
                %v1141 = arith.mulf %v1133, %v1140 fastmath<contract> : f32
                %v1142 = arith.mulf %v1139, %v1141 fastmath<contract> : f32
                %v1143 = arith.constant 12 : i64
                %v1144 = arith.addi %v1143, %v38 : i64
                %v1145 = arith.muli %v1144, %v218 : i64
                %v1146 = arith.subi %v1006, %v190 : i64
                %v1147 = arith.addi %v1145, %v1146 : i64
                %v1148 = llvm.getelementptr %v76[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                %v1150 = arith.negf %v1149 : f32
                %v1151 = arith.mulf %v1150, %v391 fastmath<contract> : f32
                %v1152 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1151) : (f32) -> f32
                %v1153 = arith.addf %v78, %v1152 fastmath<contract> : f32
                %v1154 = arith.divf %v78, %v1153 : f32
                %v1155 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1154) : (f32) -> f32
                %v1156 = arith.mulf %v1091, %v1155 fastmath<contract> : f32
                %v1157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1156) : (f32) -> f32
                %v1158 = arith.mulf %v879, %v1079 fastmath<contract> : f32
                %v1159 = arith.mulf %v396, %v1158 fastmath<contract> : f32
                %v1160 = arith.mulf %v1157, %v1159 fastmath<contract> : f32
                %v1161 = arith.subf %v78, %v1154 fastmath<contract> : f32
                %v1162 = arith.mulf %v1154, %v1161 fastmath<contract> : f32
                %v1163 = arith.mulf %v1160, %v1162 fastmath<contract> : f32
                %v1164 = arith.select %v42, %v1061, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1166, %v1167 = gpu.shuffle xor %v1164, %v1165, %v381 : f32
                %v1168 = arith.addf %v1164, %v1166 fastmath<contract> : f32
                %v1170, %v1171 = gpu.shuffle xor %v1168, %v1169, %v381 : f32
                %v1172 = arith.addf %v1168, %v1170 fastmath<contract> : f32
                %v1174, %v1175 = gpu.shuffle xor %v1172, %v1173, %v381 : f32
                %v1176 = arith.addf %v1172, %v1174 fastmath<contract> : f32
                %v1178 = arith.divui %v23, %v1177 : i64
                %v1179 = arith.remui %v23, %v1177 : i64
                %v1180 = arith.cmpi ult, %v1179, %v37 : i64
                %v1181 = arith.muli %v1178, %v1 : i64
                %v1182 = arith.addi %v1181, %v38 : i64
                %v1184 = arith.muli %v1182, %v1183 : i64
                %v1185 = arith.addi %v1184, %v516 : i64
                scf.if %v1180 {
                  %v1186 = llvm.getelementptr %v66[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1176, %v1186 : f32, !llvm.ptr
                }
                %v1187 = arith.select %v42, %v1062, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1188, %v1189 = gpu.shuffle xor %v1187, %v1165, %v381 : f32
                %v1190 = arith.addf %v1187, %v1188 fastmath<contract> : f32
                %v1191, %v1192 = gpu.shuffle xor %v1190, %v1169, %v381 : f32
                %v1193 = arith.addf %v1190, %v1191 fastmath<contract> : f32
                %v1194, %v1195 = gpu.shuffle xor %v1193, %v1173, %v381 : f32
                %v1196 = arith.addf %v1193, %v1194 fastmath<contract> : f32
                %v1197 = arith.divui %v23, %v1177 : i64
                %v1198 = arith.remui %v23, %v1177 : i64
                %v1199 = arith.cmpi ult, %v1198, %v37 : i64
                %v1200 = arith.addi %v37, %v38 : i64
                %v1201 = arith.muli %v1197, %v1 : i64
                %v1202 = arith.addi %v1201, %v1200 : i64
                %v1203 = arith.muli %v1202, %v1183 : i64
                %v1204 = arith.addi %v1203, %v516 : i64
                scf.if %v1199 {
                  %v1205 = llvm.getelementptr %v66[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1196, %v1205 : f32, !llvm.ptr
                }
                %v1206 = arith.select %v42, %v1063, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1207, %v1208 = gpu.shuffle xor %v1206, %v1165, %v381 : f32
                %v1209 = arith.addf %v1206, %v1207 fastmath<contract> : f32
                %v1210, %v1211 = gpu.shuffle xor %v1209, %v1169, %v381 : f32
                %v1212 = arith.addf %v1209, %v1210 fastmath<contract> : f32
                %v1213, %v1214 = gpu.shuffle xor %v1212, %v1173, %v381 : f32
                %v1215 = arith.addf %v1212, %v1213 fastmath<contract> : f32
                %v1216 = arith.divui %v23, %v1177 : i64
                %v1217 = arith.remui %v23, %v1177 : i64
                %v1218 = arith.cmpi ult, %v1217, %v37 : i64
                %v1219 = arith.addi %v116, %v38 : i64
                %v1220 = arith.muli %v1216, %v1 : i64
                %v1221 = arith.addi %v1220, %v1219 : i64
                %v1222 = arith.muli %v1221, %v1183 : i64
                %v1223 = arith.addi %v1222, %v516 : i64
                scf.if %v1218 {
                  %v1224 = llvm.getelementptr %v66[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1215, %v1224 : f32, !llvm.ptr
                }
                %v1225 = arith.select %v42, %v1064, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1226, %v1227 = gpu.shuffle xor %v1225, %v1165, %v381 : f32
                %v1228 = arith.addf %v1225, %v1226 fastmath<contract> : f32
                %v1229, %v1230 = gpu.shuffle xor %v1228, %v1169, %v381 : f32
                %v1231 = arith.addf %v1228, %v1229 fastmath<contract> : f32
                %v1232, %v1233 = gpu.shuffle xor %v1231, %v1173, %v381 : f32
                %v1234 = arith.addf %v1231, %v1232 fastmath<contract> : f32
                %v1235 = arith.divui %v23, %v1177 : i64
                %v1236 = arith.remui %v23, %v1177 : i64
                %v1237 = arith.cmpi ult, %v1236, %v37 : i64
                %v1238 = arith.addi %v136, %v38 : i64
                %v1239 = arith.muli %v1235, %v1 : i64
                %v1240 = arith.addi %v1239, %v1238 : i64
                %v1241 = arith.muli %v1240, %v1183 : i64
                %v1242 = arith.addi %v1241, %v516 : i64
                scf.if %v1237 {
                  %v1243 = llvm.getelementptr %v66[%v1242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1234, %v1243 : f32, !llvm.ptr
                }
                %v1244 = arith.select %v42, %v1074, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1245, %v1246 = gpu.shuffle xor %v1244, %v1165, %v381 : f32
                %v1247 = arith.addf %v1244, %v1245 fastmath<contract> : f32
                %v1248, %v1249 = gpu.shuffle xor %v1247, %v1169, %v381 : f32
                %v1250 = arith.addf %v1247, %v1248 fastmath<contract> : f32
                %v1251, %v1252 = gpu.shuffle xor %v1250, %v1173, %v381 : f32
                %v1253 = arith.addf %v1250, %v1251 fastmath<contract> : f32
                %v1254 = arith.divui %v23, %v1177 : i64
                %v1255 = arith.remui %v23, %v1177 : i64
                %v1256 = arith.cmpi ult, %v1255, %v37 : i64
                %v1257 = arith.muli %v1254, %v1 : i64
                %v1258 = arith.addi %v1257, %v38 : i64
                %v1259 = arith.muli %v1258, %v1183 : i64
                %v1260 = arith.addi %v1259, %v516 : i64
                scf.if %v1256 {
                  %v1261 = llvm.getelementptr %v68[%v1260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1253, %v1261 : f32, !llvm.ptr
                }
                %v1262 = arith.select %v42, %v1076, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1263, %v1264 = gpu.shuffle xor %v1262, %v1165, %v381 : f32
                %v1265 = arith.addf %v1262, %v1263 fastmath<contract> : f32
                %v1266, %v1267 = gpu.shuffle xor %v1265, %v1169, %v381 : f32
                %v1268 = arith.addf %v1265, %v1266 fastmath<contract> : f32
                %v1269, %v1270 = gpu.shuffle xor %v1268, %v1173, %v381 : f32
                %v1271 = arith.addf %v1268, %v1269 fastmath<contract> : f32
                %v1272 = arith.divui %v23, %v1177 : i64
                %v1273 = arith.remui %v23, %v1177 : i64
                %v1274 = arith.cmpi ult, %v1273, %v37 : i64
                %v1275 = arith.addi %v37, %v38 : i64
                %v1276 = arith.muli %v1272, %v1 : i64
                %v1277 = arith.addi %v1276, %v1275 : i64
                %v1278 = arith.muli %v1277, %v1183 : i64
                %v1279 = arith.addi %v1278, %v516 : i64
                scf.if %v1274 {
                  %v1280 = llvm.getelementptr %v68[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1271, %v1280 : f32, !llvm.ptr
                }
                %v1281 = arith.select %v42, %v1078, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1282, %v1283 = gpu.shuffle xor %v1281, %v1165, %v381 : f32
                %v1284 = arith.addf %v1281, %v1282 fastmath<contract> : f32
                %v1285, %v1286 = gpu.shuffle xor %v1284, %v1169, %v381 : f32
                %v1287 = arith.addf %v1284, %v1285 fastmath<contract> : f32
                %v1288, %v1289 = gpu.shuffle xor %v1287, %v1173, %v381 : f32
                %v1290 = arith.addf %v1287, %v1288 fastmath<contract> : f32
                %v1291 = arith.divui %v23, %v1177 : i64
                %v1292 = arith.remui %v23, %v1177 : i64
                %v1293 = arith.cmpi ult, %v1292, %v37 : i64
                %v1294 = arith.addi %v116, %v38 : i64
                %v1295 = arith.muli %v1291, %v1 : i64
                %v1296 = arith.addi %v1295, %v1294 : i64
                %v1297 = arith.muli %v1296, %v1183 : i64
                %v1298 = arith.addi %v1297, %v516 : i64
                scf.if %v1293 {
                  %v1299 = llvm.getelementptr %v68[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1290, %v1299 : f32, !llvm.ptr
                }
                %v1300 = arith.select %v42, %v1080, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1301, %v1302 = gpu.shuffle xor %v1300, %v1165, %v381 : f32
                %v1303 = arith.addf %v1300, %v1301 fastmath<contract> : f32
                %v1304, %v1305 = gpu.shuffle xor %v1303, %v1169, %v381 : f32
                %v1306 = arith.addf %v1303, %v1304 fastmath<contract> : f32
                %v1307, %v1308 = gpu.shuffle xor %v1306, %v1173, %v381 : f32
                %v1309 = arith.addf %v1306, %v1307 fastmath<contract> : f32
                %v1310 = arith.divui %v23, %v1177 : i64
                %v1311 = arith.remui %v23, %v1177 : i64
                %v1312 = arith.cmpi ult, %v1311, %v37 : i64
                %v1313 = arith.addi %v136, %v38 : i64
                %v1314 = arith.muli %v1310, %v1 : i64
                %v1315 = arith.addi %v1314, %v1313 : i64
                %v1316 = arith.muli %v1315, %v1183 : i64
                %v1317 = arith.addi %v1316, %v516 : i64
                scf.if %v1312 {
                  %v1318 = llvm.getelementptr %v68[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1309, %v1318 : f32, !llvm.ptr
                }
                %v1319 = arith.select %v42, %v1100, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1320, %v1321 = gpu.shuffle xor %v1319, %v1165, %v381 : f32
                %v1322 = arith.addf %v1319, %v1320 fastmath<contract> : f32
                %v1323, %v1324 = gpu.shuffle xor %v1322, %v1169, %v381 : f32
                %v1325 = arith.addf %v1322, %v1323 fastmath<contract> : f32
                %v1326, %v1327 = gpu.shuffle xor %v1325, %v1173, %v381 : f32
                %v1328 = arith.addf %v1325, %v1326 fastmath<contract> : f32
                %v1329 = arith.divui %v23, %v1177 : i64
                %v1330 = arith.remui %v23, %v1177 : i64
                %v1331 = arith.cmpi ult, %v1330, %v37 : i64
                %v1332 = arith.muli %v1329, %v1 : i64
                %v1333 = arith.addi %v1332, %v38 : i64
                %v1334 = arith.muli %v1333, %v1183 : i64
                %v1335 = arith.addi %v1334, %v516 : i64
                scf.if %v1331 {
                  %v1336 = llvm.getelementptr %v70[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1328, %v1336 : f32, !llvm.ptr
                }
                %v1337 = arith.select %v42, %v1121, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1338, %v1339 = gpu.shuffle xor %v1337, %v1165, %v381 : f32
                %v1340 = arith.addf %v1337, %v1338 fastmath<contract> : f32
                %v1341, %v1342 = gpu.shuffle xor %v1340, %v1169, %v381 : f32
                %v1343 = arith.addf %v1340, %v1341 fastmath<contract> : f32
                %v1344, %v1345 = gpu.shuffle xor %v1343, %v1173, %v381 : f32
                %v1346 = arith.addf %v1343, %v1344 fastmath<contract> : f32
                %v1347 = arith.divui %v23, %v1177 : i64
                %v1348 = arith.remui %v23, %v1177 : i64
                %v1349 = arith.cmpi ult, %v1348, %v37 : i64
                %v1350 = arith.addi %v37, %v38 : i64
                %v1351 = arith.muli %v1347, %v1 : i64
                %v1352 = arith.addi %v1351, %v1350 : i64
                %v1353 = arith.muli %v1352, %v1183 : i64
                %v1354 = arith.addi %v1353, %v516 : i64
                scf.if %v1349 {
                  %v1355 = llvm.getelementptr %v70[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1346, %v1355 : f32, !llvm.ptr
                }
                %v1356 = arith.select %v42, %v1142, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1357, %v1358 = gpu.shuffle xor %v1356, %v1165, %v381 : f32
                %v1359 = arith.addf %v1356, %v1357 fastmath<contract> : f32
                %v1360, %v1361 = gpu.shuffle xor %v1359, %v1169, %v381 : f32
                %v1362 = arith.addf %v1359, %v1360 fastmath<contract> : f32
                %v1363, %v1364 = gpu.shuffle xor %v1362, %v1173, %v381 : f32
                %v1365 = arith.addf %v1362, %v1363 fastmath<contract> : f32
                %v1366 = arith.divui %v23, %v1177 : i64
                %v1367 = arith.remui %v23, %v1177 : i64
                %v1368 = arith.cmpi ult, %v1367, %v37 : i64
                %v1369 = arith.addi %v116, %v38 : i64
                %v1370 = arith.muli %v1366, %v1 : i64
                %v1371 = arith.addi %v1370, %v1369 : i64
                %v1372 = arith.muli %v1371, %v1183 : i64
                %v1373 = arith.addi %v1372, %v516 : i64
                scf.if %v1368 {
                  %v1374 = llvm.getelementptr %v70[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1365, %v1374 : f32, !llvm.ptr
                }
                %v1375 = arith.select %v42, %v1163, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1376, %v1377 = gpu.shuffle xor %v1375, %v1165, %v381 : f32
                %v1378 = arith.addf %v1375, %v1376 fastmath<contract> : f32
                %v1379, %v1380 = gpu.shuffle xor %v1378, %v1169, %v381 : f32
                %v1381 = arith.addf %v1378, %v1379 fastmath<contract> : f32
                %v1382, %v1383 = gpu.shuffle xor %v1381, %v1173, %v381 : f32
                %v1384 = arith.addf %v1381, %v1382 fastmath<contract> : f32
                %v1385 = arith.divui %v23, %v1177 : i64
                %v1386 = arith.remui %v23, %v1177 : i64
                %v1387 = arith.cmpi ult, %v1386, %v37 : i64
                %v1388 = arith.addi %v136, %v38 : i64
                %v1389 = arith.muli %v1385, %v1 : i64
                %v1390 = arith.addi %v1389, %v1388 : i64
                %v1391 = arith.muli %v1390, %v1183 : i64
                %v1392 = arith.addi %v1391, %v516 : i64
                scf.if %v1387 {
                  %v1393 = llvm.getelementptr %v70[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1384, %v1393 : f32, !llvm.ptr
                }
                %v1394 = arith.muli %v38, %v218 : i64
                %v1395 = arith.subi %v1006, %v190 : i64
                %v1396 = arith.addi %v1394, %v1395 : i64
                %v1397 = llvm.getelementptr %v74[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
                %v1399 = arith.mulf %v1398, %v1073 fastmath<contract> : f32
                %v1400 = arith.constant 4 : i64
                %v1401 = arith.addi %v1400, %v38 : i64
                %v1402 = arith.muli %v1401, %v218 : i64
                %v1403 = arith.subi %v1006, %v190 : i64
                %v1404 = arith.addi %v1402, %v1403 : i64
                %v1405 = llvm.getelementptr %v74[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
                %v1407 = arith.mulf %v1406, %v1075 fastmath<contract> : f32
                %v1408 = arith.addf %v1399, %v1407 fastmath<contract> : f32
                %v1409 = arith.constant 8 : i64
                %v1410 = arith.addi %v1409, %v38 : i64
                %v1411 = arith.muli %v1410, %v218 : i64
                %v1412 = arith.subi %v1006, %v190 : i64
                %v1413 = arith.addi %v1411, %v1412 : i64
                %v1414 = llvm.getelementptr %v74[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
                %v1416 = arith.mulf %v1415, %v1077 fastmath<contract> : f32
                %v1417 = arith.addf %v1408, %v1416 fastmath<contract> : f32
                %v1418 = arith.constant 12 : i64
                %v1419 = arith.addi %v1418, %v38 : i64
                %v1420 = arith.muli %v1419, %v218 : i64
                %v1421 = arith.subi %v1006, %v190 : i64
                %v1422 = arith.addi %v1420, %v1421 : i64
                %v1423 = llvm.getelementptr %v74[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                %v1425 = arith.mulf %v1424, %v1079 fastmath<contract> : f32
                %v1426 = arith.addf %v1417, %v1425 fastmath<contract> : f32
                llvm.store %v1426, %v987 : f32, !llvm.ptr
                %v1427 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1090) : (f32) -> f32
                %v1428 = arith.mulf %v396, %v1427 fastmath<contract> : f32
                %v1429 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1428) : (f32) -> f32
                llvm.store %v1429, %v61 : f32, !llvm.ptr
                %v1430 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1112) : (f32) -> f32
                %v1431 = arith.mulf %v396, %v1430 fastmath<contract> : f32
                %v1432 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1431) : (f32) -> f32
                llvm.store %v1432, %v62 : f32, !llvm.ptr
                %v1433 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1133) : (f32) -> f32
                %v1434 = arith.mulf %v396, %v1433 fastmath<contract> : f32
                %v1435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1434) : (f32) -> f32
                llvm.store %v1435, %v63 : f32, !llvm.ptr
                %v1436 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1154) : (f32) -> f32
                %v1437 = arith.mulf %v396, %v1436 fastmath<contract> : f32
                %v1438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1437) : (f32) -> f32
                llvm.store %v1438, %v64 : f32, !llvm.ptr
                %v1439 = llvm.load %v987 : !llvm.ptr -> f32
                %v1440 = arith.addi %v514, %v772 : i64
                %v1442 = arith.cmpi slt, %v1441, %v995 : i32
                %v1443 = arith.cmpi eq, %v1441, %v1001 : i32
                %v1444 = arith.addi %v516, %v2 : i64
                llvm.store %v77, %v987 : f32, !llvm.ptr
                %v1445 = arith.addi %v190, %v1440 : i64
                %v1446 = arith.muli %v38, %v218 : i64
                %v1447 = arith.subi %v1445, %v190 : i64
                %v1448 = arith.addi %v1446, %v1447 : i64
                %v1449 = llvm.getelementptr %v72[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
                %v1451 = arith.muli %v52, %v406 : i64
                %v1452 = arith.muli %v1445, %v405 : i64
                %v1453 = arith.addi %v1451, %v1452 : i64
                %v1454 = arith.muli %v50, %size_DV : i64
                %v1455 = arith.addi %v1453, %v1454 : i64
                %v1456 = arith.addi %v1455, %v48 : i64
                %v1457 = llvm.getelementptr %dy_o[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
                %v1459 = arith.mulf %v1450, %v1458 fastmath<contract> : f32
                %v1460 = llvm.load %v57 : !llvm.ptr -> f32
                %v1461 = llvm.load %v61 : !llvm.ptr -> f32
                %v1462 = arith.mulf %v1461, %v1460 fastmath<contract> : f32
                %v1463 = arith.addf %v1459, %v1462 fastmath<contract> : f32
                llvm.store %v1463, %v57 : f32, !llvm.ptr
                %v1464 = arith.constant 4 : i64
                %v1465 = arith.addi %v1464, %v38 : i64
                %v1466 = arith.muli %v1465, %v218 : i64
                %v1467 = arith.subi %v1445, %v190 : i64
                %v1468 = arith.addi %v1466, %v1467 : i64
                %v1469 = llvm.getelementptr %v72[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
                %v1471 = arith.mulf %v1470, %v1458 fastmath<contract> : f32
                %v1472 = llvm.load %v58 : !llvm.ptr -> f32
                %v1473 = llvm.load %v62 : !llvm.ptr -> f32
                %v1474 = arith.mulf %v1473, %v1472 fastmath<contract> : f32
                %v1475 = arith.addf %v1471, %v1474 fastmath<contract> : f32
                llvm.store %v1475, %v58 : f32, !llvm.ptr
                %v1476 = arith.constant 8 : i64
                %v1477 = arith.addi %v1476, %v38 : i64
                %v1478 = arith.muli %v1477, %v218 : i64
                %v1479 = arith.subi %v1445, %v190 : i64
                %v1480 = arith.addi %v1478, %v1479 : i64
                %v1481 = llvm.getelementptr %v72[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                %v1483 = arith.mulf %v1482, %v1458 fastmath<contract> : f32
                %v1484 = llvm.load %v59 : !llvm.ptr -> f32
                %v1485 = llvm.load %v63 : !llvm.ptr -> f32
                %v1486 = arith.mulf %v1485, %v1484 fastmath<contract> : f32
                %v1487 = arith.addf %v1483, %v1486 fastmath<contract> : f32
                llvm.store %v1487, %v59 : f32, !llvm.ptr
                %v1488 = arith.constant 12 : i64
                %v1489 = arith.addi %v1488, %v38 : i64
                %v1490 = arith.muli %v1489, %v218 : i64
                %v1491 = arith.subi %v1445, %v190 : i64
                %v1492 = arith.addi %v1490, %v1491 : i64
                %v1493 = llvm.getelementptr %v72[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                %v1495 = arith.mulf %v1494, %v1458 fastmath<contract> : f32
                %v1496 = llvm.load %v60 : !llvm.ptr -> f32
                %v1497 = llvm.load %v64 : !llvm.ptr -> f32
                %v1498 = arith.mulf %v1497, %v1496 fastmath<contract> : f32
                %v1499 = arith.addf %v1495, %v1498 fastmath<contract> : f32
                llvm.store %v1499, %v60 : f32, !llvm.ptr
                scf.if %v1443 {
                }
                %v1500 = arith.mulf %v804, %v1458 fastmath<contract> : f32
                %v1501 = arith.mulf %v829, %v1458 fastmath<contract> : f32
                %v1502 = arith.mulf %v854, %v1458 fastmath<contract> : f32
                %v1503 = arith.mulf %v879, %v1458 fastmath<contract> : f32
                %v1504 = arith.muli %v52, %v406 : i64
                %v1505 = arith.muli %v1445, %v405 : i64
                %v1506 = arith.addi %v1504, %v1505 : i64
                %v1507 = arith.muli %v50, %size_DV : i64
                %v1508 = arith.addi %v1506, %v1507 : i64
                %v1509 = arith.addi %v1508, %v48 : i64
                %v1510 = llvm.getelementptr %in_v[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
                %v1512 = llvm.load %v57 : !llvm.ptr -> f32
                %v1513 = arith.mulf %v1511, %v1512 fastmath<contract> : f32
                %v1514 = llvm.load %v58 : !llvm.ptr -> f32
                %v1515 = arith.mulf %v1511, %v1514 fastmath<contract> : f32
                %v1516 = llvm.load %v59 : !llvm.ptr -> f32
                %v1517 = arith.mulf %v1511, %v1516 fastmath<contract> : f32
                %v1518 = llvm.load %v60 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1511, %v1518 fastmath<contract> : f32
                %v1520 = arith.muli %v38, %v218 : i64
                %v1521 = arith.subi %v1445, %v190 : i64
                %v1522 = arith.addi %v1520, %v1521 : i64
                %v1523 = llvm.getelementptr %v76[%v1522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1524 = llvm.load %v1523 : !llvm.ptr -> f32
                %v1525 = arith.negf %v1524 : f32
                %v1526 = arith.mulf %v1525, %v391 fastmath<contract> : f32
                %v1527 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1526) : (f32) -> f32
                %v1528 = arith.addf %v78, %v1527 fastmath<contract> : f32
                %v1529 = arith.divf %v78, %v1528 : f32
                %v1530 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1529) : (f32) -> f32
                %v1531 = arith.mulf %v1091, %v1530 fastmath<contract> : f32
                %v1532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1531) : (f32) -> f32
                %v1533 = arith.mulf %v696, %v1512 fastmath<contract> : f32
                %v1534 = arith.mulf %v396, %v1533 fastmath<contract> : f32
                %v1535 = arith.mulf %v1532, %v1534 fastmath<contract> : f32
                %v1536 = arith.subf %v78, %v1529 fastmath<contract> : f32
                %v1537 = arith.mulf %v1529, %v1536 fastmath<contract> : f32
                %v1538 = arith.mulf %v1535, %v1537 fastmath<contract> : f32
                %v1539 = arith.constant 4 : i64
                %v1540 = arith.addi %v1539, %v38 : i64
                %v1541 = arith.muli %v1540, %v218 : i64
                %v1542 = arith.subi %v1445, %v190 : i64
                %v1543 = arith.addi %v1541, %v1542 : i64
                %v1544 = llvm.getelementptr %v76[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
                %v1546 = arith.negf %v1545 : f32
                %v1547 = arith.mulf %v1546, %v391 fastmath<contract> : f32
                %v1548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1547) : (f32) -> f32
                %v1549 = arith.addf %v78, %v1548 fastmath<contract> : f32
                %v1550 = arith.divf %v78, %v1549 : f32
                %v1551 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1550) : (f32) -> f32
                %v1552 = arith.mulf %v1091, %v1551 fastmath<contract> : f32
                %v1553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1552) : (f32) -> f32
                %v1554 = arith.mulf %v721, %v1514 fastmath<contract> : f32
                %v1555 = arith.mulf %v396, %v1554 fastmath<contract> : f32
                %v1556 = arith.mulf %v1553, %v1555 fastmath<contract> : f32
                %v1557 = arith.subf %v78, %v1550 fastmath<contract> : f32
                %v1558 = arith.mulf %v1550, %v1557 fastmath<contract> : f32
                %v1559 = arith.mulf %v1556, %v1558 fastmath<contract> : f32
                %v1560 = arith.constant 8 : i64
                %v1561 = arith.addi %v1560, %v38 : i64
                %v1562 = arith.muli %v1561, %v218 : i64
                %v1563 = arith.subi %v1445, %v190 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = llvm.getelementptr %v76[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
                %v1567 = arith.negf %v1566 : f32
                %v1568 = arith.mulf %v1567, %v391 fastmath<contract> : f32
                %v1569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1568) : (f32) -> f32
                %v1570 = arith.addf %v78, %v1569 fastmath<contract> : f32
                %v1571 = arith.divf %v78, %v1570 : f32
                %v1572 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1571) : (f32) -> f32
                %v1573 = arith.mulf %v1091, %v1572 fastmath<contract> : f32
                %v1574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1573) : (f32) -> f32
                %v1575 = arith.mulf %v746, %v1516 fastmath<contract> : f32
                %v1576 = arith.mulf %v396, %v1575 fastmath<contract> : f32
                %v1577 = arith.mulf %v1574, %v1576 fastmath<contract> : f32
                %v1578 = arith.subf %v78, %v1571 fastmath<contract> : f32
                %v1579 = arith.mulf %v1571, %v1578 fastmath<contract> : f32
                %v1580 = arith.mulf %v1577, %v1579 fastmath<contract> : f32
                %v1581 = arith.constant 12 : i64
                %v1582 = arith.addi %v1581, %v38 : i64
                %v1583 = arith.muli %v1582, %v218 : i64
                %v1584 = arith.subi %v1445, %v190 : i64
                %v1585 = arith.addi %v1583, %v1584 : i64
                %v1586 = llvm.getelementptr %v76[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
                %v1588 = arith.negf %v1587 : f32
                %v1589 = arith.mulf %v1588, %v391 fastmath<contract> : f32
                %v1590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1589) : (f32) -> f32
                %v1591 = arith.addf %v78, %v1590 fastmath<contract> : f32
                %v1592 = arith.divf %v78, %v1591 : f32
                %v1593 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1592) : (f32) -> f32
                %v1594 = arith.mulf %v1091, %v1593 fastmath<contract> : f32
                %v1595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1594) : (f32) -> f32
                %v1596 = arith.mulf %v771, %v1518 fastmath<contract> : f32
                %v1597 = arith.mulf %v396, %v1596 fastmath<contract> : f32
                %v1598 = arith.mulf %v1595, %v1597 fastmath<contract> : f32
                %v1599 = arith.subf %v78, %v1592 fastmath<contract> : f32
                %v1600 = arith.mulf %v1592, %v1599 fastmath<contract> : f32
                %v1601 = arith.mulf %v1598, %v1600 fastmath<contract> : f32
                %v1602 = arith.select %v42, %v1500, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1603, %v1604 = gpu.shuffle xor %v1602, %v1165, %v381 : f32
                %v1605 = arith.addf %v1602, %v1603 fastmath<contract> : f32
                %v1606, %v1607 = gpu.shuffle xor %v1605, %v1169, %v381 : f32
                %v1608 = arith.addf %v1605, %v1606 fastmath<contract> : f32
                %v1609, %v1610 = gpu.shuffle xor %v1608, %v1173, %v381 : f32
                %v1611 = arith.addf %v1608, %v1609 fastmath<contract> : f32
                %v1612 = arith.divui %v23, %v1177 : i64
                %v1613 = arith.remui %v23, %v1177 : i64
                %v1614 = arith.cmpi ult, %v1613, %v37 : i64
                %v1615 = arith.muli %v1612, %v1 : i64
                %v1616 = arith.addi %v1615, %v38 : i64
                %v1617 = arith.muli %v1616, %v1183 : i64
                %v1618 = arith.addi %v1617, %v1444 : i64
                scf.if %v1614 {
                  %v1619 = llvm.getelementptr %v66[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1611, %v1619 : f32, !llvm.ptr
                }
                %v1620 = arith.select %v42, %v1501, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1621, %v1622 = gpu.shuffle xor %v1620, %v1165, %v381 : f32
                %v1623 = arith.addf %v1620, %v1621 fastmath<contract> : f32
                %v1624, %v1625 = gpu.shuffle xor %v1623, %v1169, %v381 : f32
                %v1626 = arith.addf %v1623, %v1624 fastmath<contract> : f32
                %v1627, %v1628 = gpu.shuffle xor %v1626, %v1173, %v381 : f32
                %v1629 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                %v1630 = arith.divui %v23, %v1177 : i64
                %v1631 = arith.remui %v23, %v1177 : i64
                %v1632 = arith.cmpi ult, %v1631, %v37 : i64
                %v1633 = arith.addi %v37, %v38 : i64
                %v1634 = arith.muli %v1630, %v1 : i64
                %v1635 = arith.addi %v1634, %v1633 : i64
                %v1636 = arith.muli %v1635, %v1183 : i64
                %v1637 = arith.addi %v1636, %v1444 : i64
                scf.if %v1632 {
                  %v1638 = llvm.getelementptr %v66[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1629, %v1638 : f32, !llvm.ptr
                }
                %v1639 = arith.select %v42, %v1502, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1640, %v1641 = gpu.shuffle xor %v1639, %v1165, %v381 : f32
                %v1642 = arith.addf %v1639, %v1640 fastmath<contract> : f32
                %v1643, %v1644 = gpu.shuffle xor %v1642, %v1169, %v381 : f32
                %v1645 = arith.addf %v1642, %v1643 fastmath<contract> : f32
                %v1646, %v1647 = gpu.shuffle xor %v1645, %v1173, %v381 : f32
                %v1648 = arith.addf %v1645, %v1646 fastmath<contract> : f32
                %v1649 = arith.divui %v23, %v1177 : i64
                %v1650 = arith.remui %v23, %v1177 : i64
                %v1651 = arith.cmpi ult, %v1650, %v37 : i64
                %v1652 = arith.addi %v116, %v38 : i64
                %v1653 = arith.muli %v1649, %v1 : i64
                %v1654 = arith.addi %v1653, %v1652 : i64
                %v1655 = arith.muli %v1654, %v1183 : i64
                %v1656 = arith.addi %v1655, %v1444 : i64
                scf.if %v1651 {
                  %v1657 = llvm.getelementptr %v66[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1648, %v1657 : f32, !llvm.ptr
                }
                %v1658 = arith.select %v42, %v1503, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1659, %v1660 = gpu.shuffle xor %v1658, %v1165, %v381 : f32
                %v1661 = arith.addf %v1658, %v1659 fastmath<contract> : f32
                %v1662, %v1663 = gpu.shuffle xor %v1661, %v1169, %v381 : f32
                %v1664 = arith.addf %v1661, %v1662 fastmath<contract> : f32
                %v1665, %v1666 = gpu.shuffle xor %v1664, %v1173, %v381 : f32
                %v1667 = arith.addf %v1664, %v1665 fastmath<contract> : f32
                %v1668 = arith.divui %v23, %v1177 : i64
                %v1669 = arith.remui %v23, %v1177 : i64
                %v1670 = arith.cmpi ult, %v1669, %v37 : i64
                %v1671 = arith.addi %v136, %v38 : i64
                %v1672 = arith.muli %v1668, %v1 : i64
                %v1673 = arith.addi %v1672, %v1671 : i64
                %v1674 = arith.muli %v1673, %v1183 : i64
                %v1675 = arith.addi %v1674, %v1444 : i64
                scf.if %v1670 {
                  %v1676 = llvm.getelementptr %v66[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1667, %v1676 : f32, !llvm.ptr
                }
                %v1677 = arith.select %v42, %v1513, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1678, %v1679 = gpu.shuffle xor %v1677, %v1165, %v381 : f32
                %v1680 = arith.addf %v1677, %v1678 fastmath<contract> : f32
                %v1681, %v1682 = gpu.shuffle xor %v1680, %v1169, %v381 : f32
                %v1683 = arith.addf %v1680, %v1681 fastmath<contract> : f32
                %v1684, %v1685 = gpu.shuffle xor %v1683, %v1173, %v381 : f32
                %v1686 = arith.addf %v1683, %v1684 fastmath<contract> : f32
                %v1687 = arith.divui %v23, %v1177 : i64
                %v1688 = arith.remui %v23, %v1177 : i64
                %v1689 = arith.cmpi ult, %v1688, %v37 : i64
                %v1690 = arith.muli %v1687, %v1 : i64
                %v1691 = arith.addi %v1690, %v38 : i64
                %v1692 = arith.muli %v1691, %v1183 : i64
                %v1693 = arith.addi %v1692, %v1444 : i64
                scf.if %v1689 {
                  %v1694 = llvm.getelementptr %v68[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1686, %v1694 : f32, !llvm.ptr
                }
                %v1695 = arith.select %v42, %v1515, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1696, %v1697 = gpu.shuffle xor %v1695, %v1165, %v381 : f32
                %v1698 = arith.addf %v1695, %v1696 fastmath<contract> : f32
                %v1699, %v1700 = gpu.shuffle xor %v1698, %v1169, %v381 : f32
                %v1701 = arith.addf %v1698, %v1699 fastmath<contract> : f32
                %v1702, %v1703 = gpu.shuffle xor %v1701, %v1173, %v381 : f32
                %v1704 = arith.addf %v1701, %v1702 fastmath<contract> : f32
                %v1705 = arith.divui %v23, %v1177 : i64
                %v1706 = arith.remui %v23, %v1177 : i64
                %v1707 = arith.cmpi ult, %v1706, %v37 : i64
                %v1708 = arith.addi %v37, %v38 : i64
                %v1709 = arith.muli %v1705, %v1 : i64
                %v1710 = arith.addi %v1709, %v1708 : i64
                %v1711 = arith.muli %v1710, %v1183 : i64
                %v1712 = arith.addi %v1711, %v1444 : i64
                scf.if %v1707 {
                  %v1713 = llvm.getelementptr %v68[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1704, %v1713 : f32, !llvm.ptr
                }
                %v1714 = arith.select %v42, %v1517, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1715, %v1716 = gpu.shuffle xor %v1714, %v1165, %v381 : f32
                %v1717 = arith.addf %v1714, %v1715 fastmath<contract> : f32
                %v1718, %v1719 = gpu.shuffle xor %v1717, %v1169, %v381 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                %v1721, %v1722 = gpu.shuffle xor %v1720, %v1173, %v381 : f32
                %v1723 = arith.addf %v1720, %v1721 fastmath<contract> : f32
                %v1724 = arith.divui %v23, %v1177 : i64
                %v1725 = arith.remui %v23, %v1177 : i64
                %v1726 = arith.cmpi ult, %v1725, %v37 : i64
                %v1727 = arith.addi %v116, %v38 : i64
                %v1728 = arith.muli %v1724, %v1 : i64
                %v1729 = arith.addi %v1728, %v1727 : i64
                %v1730 = arith.muli %v1729, %v1183 : i64
                %v1731 = arith.addi %v1730, %v1444 : i64
                scf.if %v1726 {
                  %v1732 = llvm.getelementptr %v68[%v1731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1723, %v1732 : f32, !llvm.ptr
                }
                %v1733 = arith.select %v42, %v1519, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1734, %v1735 = gpu.shuffle xor %v1733, %v1165, %v381 : f32
                %v1736 = arith.addf %v1733, %v1734 fastmath<contract> : f32
                %v1737, %v1738 = gpu.shuffle xor %v1736, %v1169, %v381 : f32
                %v1739 = arith.addf %v1736, %v1737 fastmath<contract> : f32
                %v1740, %v1741 = gpu.shuffle xor %v1739, %v1173, %v381 : f32
                %v1742 = arith.addf %v1739, %v1740 fastmath<contract> : f32
                %v1743 = arith.divui %v23, %v1177 : i64
                %v1744 = arith.remui %v23, %v1177 : i64
                %v1745 = arith.cmpi ult, %v1744, %v37 : i64
                %v1746 = arith.addi %v136, %v38 : i64
                %v1747 = arith.muli %v1743, %v1 : i64
                %v1748 = arith.addi %v1747, %v1746 : i64
                %v1749 = arith.muli %v1748, %v1183 : i64
                %v1750 = arith.addi %v1749, %v1444 : i64
                scf.if %v1745 {
                  %v1751 = llvm.getelementptr %v68[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1742, %v1751 : f32, !llvm.ptr
                }
                %v1752 = arith.select %v42, %v1538, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1753, %v1754 = gpu.shuffle xor %v1752, %v1165, %v381 : f32
                %v1755 = arith.addf %v1752, %v1753 fastmath<contract> : f32
                %v1756, %v1757 = gpu.shuffle xor %v1755, %v1169, %v381 : f32
                %v1758 = arith.addf %v1755, %v1756 fastmath<contract> : f32
                %v1759, %v1760 = gpu.shuffle xor %v1758, %v1173, %v381 : f32
                %v1761 = arith.addf %v1758, %v1759 fastmath<contract> : f32
                %v1762 = arith.divui %v23, %v1177 : i64
                %v1763 = arith.remui %v23, %v1177 : i64
                %v1764 = arith.cmpi ult, %v1763, %v37 : i64
                %v1765 = arith.muli %v1762, %v1 : i64
                %v1766 = arith.addi %v1765, %v38 : i64
                %v1767 = arith.muli %v1766, %v1183 : i64
                %v1768 = arith.addi %v1767, %v1444 : i64
                scf.if %v1764 {
                  %v1769 = llvm.getelementptr %v70[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1761, %v1769 : f32, !llvm.ptr
                }
                %v1770 = arith.select %v42, %v1559, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1771, %v1772 = gpu.shuffle xor %v1770, %v1165, %v381 : f32
                %v1773 = arith.addf %v1770, %v1771 fastmath<contract> : f32
                %v1774, %v1775 = gpu.shuffle xor %v1773, %v1169, %v381 : f32
                %v1776 = arith.addf %v1773, %v1774 fastmath<contract> : f32
                %v1777, %v1778 = gpu.shuffle xor %v1776, %v1173, %v381 : f32
                %v1779 = arith.addf %v1776, %v1777 fastmath<contract> : f32
                %v1780 = arith.divui %v23, %v1177 : i64
                %v1781 = arith.remui %v23, %v1177 : i64
                %v1782 = arith.cmpi ult, %v1781, %v37 : i64
                %v1783 = arith.addi %v37, %v38 : i64
                %v1784 = arith.muli %v1780, %v1 : i64
                %v1785 = arith.addi %v1784, %v1783 : i64
                %v1786 = arith.muli %v1785, %v1183 : i64
                %v1787 = arith.addi %v1786, %v1444 : i64
                scf.if %v1782 {
                  %v1788 = llvm.getelementptr %v70[%v1787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1779, %v1788 : f32, !llvm.ptr
                }
                %v1789 = arith.select %v42, %v1580, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1790, %v1791 = gpu.shuffle xor %v1789, %v1165, %v381 : f32
                %v1792 = arith.addf %v1789, %v1790 fastmath<contract> : f32
                %v1793, %v1794 = gpu.shuffle xor %v1792, %v1169, %v381 : f32
                %v1795 = arith.addf %v1792, %v1793 fastmath<contract> : f32
                %v1796, %v1797 = gpu.shuffle xor %v1795, %v1173, %v381 : f32
                %v1798 = arith.addf %v1795, %v1796 fastmath<contract> : f32
                %v1799 = arith.divui %v23, %v1177 : i64
                %v1800 = arith.remui %v23, %v1177 : i64
                %v1801 = arith.cmpi ult, %v1800, %v37 : i64
                %v1802 = arith.addi %v116, %v38 : i64
                %v1803 = arith.muli %v1799, %v1 : i64
                %v1804 = arith.addi %v1803, %v1802 : i64
                %v1805 = arith.muli %v1804, %v1183 : i64
                %v1806 = arith.addi %v1805, %v1444 : i64
                scf.if %v1801 {
                  %v1807 = llvm.getelementptr %v70[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1798, %v1807 : f32, !llvm.ptr
                }
                %v1808 = arith.select %v42, %v1601, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v1809, %v1810 = gpu.shuffle xor %v1808, %v1165, %v381 : f32
                %v1811 = arith.addf %v1808, %v1809 fastmath<contract> : f32
                %v1812, %v1813 = gpu.shuffle xor %v1811, %v1169, %v381 : f32
                %v1814 = arith.addf %v1811, %v1812 fastmath<contract> : f32
                %v1815, %v1816 = gpu.shuffle xor %v1814, %v1173, %v381 : f32
                %v1817 = arith.addf %v1814, %v1815 fastmath<contract> : f32
                %v1818 = arith.divui %v23, %v1177 : i64
                %v1819 = arith.remui %v23, %v1177 : i64
                %v1820 = arith.cmpi ult, %v1819, %v37 : i64
                %v1821 = arith.addi %v136, %v38 : i64
                %v1822 = arith.muli %v1818, %v1 : i64
                %v1823 = arith.addi %v1822, %v1821 : i64
                %v1824 = arith.muli %v1823, %v1183 : i64
                %v1825 = arith.addi %v1824, %v1444 : i64
                scf.if %v1820 {
                  %v1826 = llvm.getelementptr %v70[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1817, %v1826 : f32, !llvm.ptr
                }
                %v1827 = arith.muli %v38, %v218 : i64
                %v1828 = arith.subi %v1445, %v190 : i64
                %v1829 = arith.addi %v1827, %v1828 : i64
                %v1830 = llvm.getelementptr %v74[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1831 = llvm.load %v1830 : !llvm.ptr -> f32
                %v1832 = arith.mulf %v1831, %v1512 fastmath<contract> : f32
                %v1833 = arith.constant 4 : i64
                %v1834 = arith.addi %v1833, %v38 : i64
                %v1835 = arith.muli %v1834, %v218 : i64
                %v1836 = arith.subi %v1445, %v190 : i64
                %v1837 = arith.addi %v1835, %v1836 : i64
                %v1838 = llvm.getelementptr %v74[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1839 = llvm.load %v1838 : !llvm.ptr -> f32
                %v1840 = arith.mulf %v1839, %v1514 fastmath<contract> : f32
                %v1841 = arith.addf %v1832, %v1840 fastmath<contract> : f32
                %v1842 = arith.constant 8 : i64
                %v1843 = arith.addi %v1842, %v38 : i64
                %v1844 = arith.muli %v1843, %v218 : i64
                %v1845 = arith.subi %v1445, %v190 : i64
                %v1846 = arith.addi %v1844, %v1845 : i64
                %v1847 = llvm.getelementptr %v74[%v1846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
                %v1849 = arith.mulf %v1848, %v1516 fastmath<contract> : f32
                %v1850 = arith.addf %v1841, %v1849 fastmath<contract> : f32
                %v1851 = arith.constant 12 : i64
                %v1852 = arith.addi %v1851, %v38 : i64
                %v1853 = arith.muli %v1852, %v218 : i64
                %v1854 = arith.subi %v1445, %v190 : i64
                %v1855 = arith.addi %v1853, %v1854 : i64
                %v1856 = llvm.getelementptr %v74[%v1855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1857 = llvm.load %v1856 : !llvm.ptr -> f32
                %v1858 = arith.mulf %v1857, %v1518 fastmath<contract> : f32
                %v1859 = arith.addf %v1850, %v1858 fastmath<contract> : f32
                llvm.store %v1859, %v987 : f32, !llvm.ptr
                %v1860 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1529) : (f32) -> f32
                %v1861 = arith.mulf %v396, %v1860 fastmath<contract> : f32
                %v1862 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1861) : (f32) -> f32
                llvm.store %v1862, %v61 : f32, !llvm.ptr
                %v1863 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1550) : (f32) -> f32
                %v1864 = arith.mulf %v396, %v1863 fastmath<contract> : f32
                %v1865 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1864) : (f32) -> f32
                llvm.store %v1865, %v62 : f32, !llvm.ptr
                %v1866 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1571) : (f32) -> f32
                %v1867 = arith.mulf %v396, %v1866 fastmath<contract> : f32
                %v1868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1867) : (f32) -> f32
                llvm.store %v1868, %v63 : f32, !llvm.ptr
                %v1869 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1592) : (f32) -> f32
                %v1870 = arith.mulf %v396, %v1869 fastmath<contract> : f32
                %v1871 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1870) : (f32) -> f32
                llvm.store %v1871, %v64 : f32, !llvm.ptr
                %v1872 = llvm.load %v987 : !llvm.ptr -> f32
                %v1873 = arith.select %v990, %v1872, %v1439 : f32
                %v1874 = arith.select %v990, %v1439, %v1872 : f32
                %v1876, %v1877 = gpu.shuffle xor %v1873, %v1875, %v381 : f32
                %v1878 = arith.addf %v1874, %v1876 fastmath<contract> : f32
                %v1879 = arith.addi %v514, %v2 : i64
                %v1880 = arith.cmpi slt, %v1875, %v995 : i32
                %v1881 = arith.cmpi eq, %v1875, %v1001 : i32
                %v1882 = arith.addi %v516, %v772 : i64
                llvm.store %v77, %v987 : f32, !llvm.ptr
                %v1883 = arith.addi %v190, %v1879 : i64
                %v1884 = arith.muli %v38, %v218 : i64
                %v1885 = arith.subi %v1883, %v190 : i64
                %v1886 = arith.addi %v1884, %v1885 : i64
                %v1887 = llvm.getelementptr %v72[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
                %v1889 = arith.muli %v52, %v406 : i64
                %v1890 = arith.muli %v1883, %v405 : i64
                %v1891 = arith.addi %v1889, %v1890 : i64
                %v1892 = arith.muli %v50, %size_DV : i64
                %v1893 = arith.addi %v1891, %v1892 : i64
                %v1894 = arith.addi %v1893, %v48 : i64
                %v1895 = llvm.getelementptr %dy_o[%v1894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1896 = llvm.load %v1895 : !llvm.ptr -> f32
                %v1897 = arith.mulf %v1888, %v1896 fastmath<contract> : f32
                %v1898 = llvm.load %v57 : !llvm.ptr -> f32
                %v1899 = llvm.load %v61 : !llvm.ptr -> f32
                %v1900 = arith.mulf %v1899, %v1898 fastmath<contract> : f32
                %v1901 = arith.addf %v1897, %v1900 fastmath<contract> : f32
                llvm.store %v1901, %v57 : f32, !llvm.ptr
                %v1902 = arith.constant 4 : i64
                %v1903 = arith.addi %v1902, %v38 : i64
                %v1904 = arith.muli %v1903, %v218 : i64
                %v1905 = arith.subi %v1883, %v190 : i64
                %v1906 = arith.addi %v1904, %v1905 : i64
                %v1907 = llvm.getelementptr %v72[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1908 = llvm.load %v1907 : !llvm.ptr -> f32
                %v1909 = arith.mulf %v1908, %v1896 fastmath<contract> : f32
                %v1910 = llvm.load %v58 : !llvm.ptr -> f32
                %v1911 = llvm.load %v62 : !llvm.ptr -> f32
                %v1912 = arith.mulf %v1911, %v1910 fastmath<contract> : f32
                %v1913 = arith.addf %v1909, %v1912 fastmath<contract> : f32
                llvm.store %v1913, %v58 : f32, !llvm.ptr
                %v1914 = arith.constant 8 : i64
                %v1915 = arith.addi %v1914, %v38 : i64
                %v1916 = arith.muli %v1915, %v218 : i64
                %v1917 = arith.subi %v1883, %v190 : i64
                %v1918 = arith.addi %v1916, %v1917 : i64
                %v1919 = llvm.getelementptr %v72[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
                %v1921 = arith.mulf %v1920, %v1896 fastmath<contract> : f32
                %v1922 = llvm.load %v59 : !llvm.ptr -> f32
                %v1923 = llvm.load %v63 : !llvm.ptr -> f32
                %v1924 = arith.mulf %v1923, %v1922 fastmath<contract> : f32
                %v1925 = arith.addf %v1921, %v1924 fastmath<contract> : f32
                llvm.store %v1925, %v59 : f32, !llvm.ptr
                %v1926 = arith.constant 12 : i64
                %v1927 = arith.addi %v1926, %v38 : i64
                %v1928 = arith.muli %v1927, %v218 : i64
                %v1929 = arith.subi %v1883, %v190 : i64
                %v1930 = arith.addi %v1928, %v1929 : i64
                %v1931 = llvm.getelementptr %v72[%v1930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
                %v1933 = arith.mulf %v1932, %v1896 fastmath<contract> : f32
                %v1934 = llvm.load %v60 : !llvm.ptr -> f32
                %v1935 = llvm.load %v64 : !llvm.ptr -> f32
                %v1936 = arith.mulf %v1935, %v1934 fastmath<contract> : f32
                %v1937 = arith.addf %v1933, %v1936 fastmath<contract> : f32
                llvm.store %v1937, %v60 : f32, !llvm.ptr
                scf.if %v1881 {
                }
                %v1938 = arith.mulf %v696, %v1896 fastmath<contract> : f32
                %v1939 = arith.mulf %v721, %v1896 fastmath<contract> : f32
                %v1940 = arith.mulf %v746, %v1896 fastmath<contract> : f32
                %v1941 = arith.mulf %v771, %v1896 fastmath<contract> : f32
                %v1942 = arith.muli %v52, %v406 : i64
                %v1943 = arith.muli %v1883, %v405 : i64
                %v1944 = arith.addi %v1942, %v1943 : i64
                %v1945 = arith.muli %v50, %size_DV : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = arith.addi %v1946, %v48 : i64
                %v1948 = llvm.getelementptr %in_v[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
                %v1950 = llvm.load %v57 : !llvm.ptr -> f32
                %v1951 = arith.mulf %v1949, %v1950 fastmath<contract> : f32
                %v1952 = llvm.load %v58 : !llvm.ptr -> f32
                %v1953 = arith.mulf %v1949, %v1952 fastmath<contract> : f32
                %v1954 = llvm.load %v59 : !llvm.ptr -> f32
                %v1955 = arith.mulf %v1949, %v1954 fastmath<contract> : f32
                %v1956 = llvm.load %v60 : !llvm.ptr -> f32
                %v1957 = arith.mulf %v1949, %v1956 fastmath<contract> : f32
                %v1958 = arith.muli %v38, %v218 : i64
                %v1959 = arith.subi %v1883, %v190 : i64
                %v1960 = arith.addi %v1958, %v1959 : i64
                %v1961 = llvm.getelementptr %v76[%v1960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1962 = llvm.load %v1961 : !llvm.ptr -> f32
                %v1963 = arith.negf %v1962 : f32
                %v1964 = arith.mulf %v1963, %v391 fastmath<contract> : f32
                %v1965 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1964) : (f32) -> f32
                %v1966 = arith.addf %v78, %v1965 fastmath<contract> : f32
                %v1967 = arith.divf %v78, %v1966 : f32
                %v1968 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1967) : (f32) -> f32
                %v1969 = arith.mulf %v1091, %v1968 fastmath<contract> : f32
                %v1970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1969) : (f32) -> f32
                %v1971 = arith.mulf %v589, %v1950 fastmath<contract> : f32
                %v1972 = arith.mulf %v396, %v1971 fastmath<contract> : f32
                %v1973 = arith.mulf %v1970, %v1972 fastmath<contract> : f32
                %v1974 = arith.subf %v78, %v1967 fastmath<contract> : f32
                %v1975 = arith.mulf %v1967, %v1974 fastmath<contract> : f32
                %v1976 = arith.mulf %v1973, %v1975 fastmath<contract> : f32
                %v1977 = arith.constant 4 : i64
                %v1978 = arith.addi %v1977, %v38 : i64
                %v1979 = arith.muli %v1978, %v218 : i64
                %v1980 = arith.subi %v1883, %v190 : i64
                %v1981 = arith.addi %v1979, %v1980 : i64
                %v1982 = llvm.getelementptr %v76[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
                %v1984 = arith.negf %v1983 : f32
                %v1985 = arith.mulf %v1984, %v391 fastmath<contract> : f32
                %v1986 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1985) : (f32) -> f32
                %v1987 = arith.addf %v78, %v1986 fastmath<contract> : f32
                %v1988 = arith.divf %v78, %v1987 : f32
                %v1989 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1988) : (f32) -> f32
                %v1990 = arith.mulf %v1091, %v1989 fastmath<contract> : f32
                %v1991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1990) : (f32) -> f32
                %v1992 = arith.mulf %v614, %v1952 fastmath<contract> : f32
                %v1993 = arith.mulf %v396, %v1992 fastmath<contract> : f32
                %v1994 = arith.mulf %v1991, %v1993 fastmath<contract> : f32
                %v1995 = arith.subf %v78, %v1988 fastmath<contract> : f32
                %v1996 = arith.mulf %v1988, %v1995 fastmath<contract> : f32
                %v1997 = arith.mulf %v1994, %v1996 fastmath<contract> : f32
                %v1998 = arith.constant 8 : i64
                %v1999 = arith.addi %v1998, %v38 : i64
                %v2000 = arith.muli %v1999, %v218 : i64
                %v2001 = arith.subi %v1883, %v190 : i64
                %v2002 = arith.addi %v2000, %v2001 : i64
                %v2003 = llvm.getelementptr %v76[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
                %v2005 = arith.negf %v2004 : f32
                %v2006 = arith.mulf %v2005, %v391 fastmath<contract> : f32
                %v2007 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2006) : (f32) -> f32
                %v2008 = arith.addf %v78, %v2007 fastmath<contract> : f32
                %v2009 = arith.divf %v78, %v2008 : f32
                %v2010 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2009) : (f32) -> f32
                %v2011 = arith.mulf %v1091, %v2010 fastmath<contract> : f32
                %v2012 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2011) : (f32) -> f32
                %v2013 = arith.mulf %v639, %v1954 fastmath<contract> : f32
                %v2014 = arith.mulf %v396, %v2013 fastmath<contract> : f32
                %v2015 = arith.mulf %v2012, %v2014 fastmath<contract> : f32
                %v2016 = arith.subf %v78, %v2009 fastmath<contract> : f32
                %v2017 = arith.mulf %v2009, %v2016 fastmath<contract> : f32
                %v2018 = arith.mulf %v2015, %v2017 fastmath<contract> : f32
                %v2019 = arith.constant 12 : i64
                %v2020 = arith.addi %v2019, %v38 : i64
                %v2021 = arith.muli %v2020, %v218 : i64
                %v2022 = arith.subi %v1883, %v190 : i64
                %v2023 = arith.addi %v2021, %v2022 : i64
                %v2024 = llvm.getelementptr %v76[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2025 = llvm.load %v2024 : !llvm.ptr -> f32
                %v2026 = arith.negf %v2025 : f32
                %v2027 = arith.mulf %v2026, %v391 fastmath<contract> : f32
                %v2028 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2027) : (f32) -> f32
                %v2029 = arith.addf %v78, %v2028 fastmath<contract> : f32
                %v2030 = arith.divf %v78, %v2029 : f32
                %v2031 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2030) : (f32) -> f32
                %v2032 = arith.mulf %v1091, %v2031 fastmath<contract> : f32
                %v2033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2032) : (f32) -> f32
                %v2034 = arith.mulf %v664, %v1956 fastmath<contract> : f32
                %v2035 = arith.mulf %v396, %v2034 fastmath<contract> : f32
                %v2036 = arith.mulf %v2033, %v2035 fastmath<contract> : f32
                %v2037 = arith.subf %v78, %v2030 fastmath<contract> : f32
                %v2038 = arith.mulf %v2030, %v2037 fastmath<contract> : f32
                %v2039 = arith.mulf %v2036, %v2038 fastmath<contract> : f32
                %v2040 = arith.select %v42, %v1938, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2041, %v2042 = gpu.shuffle xor %v2040, %v1165, %v381 : f32
                %v2043 = arith.addf %v2040, %v2041 fastmath<contract> : f32
                %v2044, %v2045 = gpu.shuffle xor %v2043, %v1169, %v381 : f32
                %v2046 = arith.addf %v2043, %v2044 fastmath<contract> : f32
                %v2047, %v2048 = gpu.shuffle xor %v2046, %v1173, %v381 : f32
                %v2049 = arith.addf %v2046, %v2047 fastmath<contract> : f32
                %v2050 = arith.divui %v23, %v1177 : i64
                %v2051 = arith.remui %v23, %v1177 : i64
                %v2052 = arith.cmpi ult, %v2051, %v37 : i64
                %v2053 = arith.muli %v2050, %v1 : i64
                %v2054 = arith.addi %v2053, %v38 : i64
                %v2055 = arith.muli %v2054, %v1183 : i64
                %v2056 = arith.addi %v2055, %v1882 : i64
                scf.if %v2052 {
                  %v2057 = llvm.getelementptr %v66[%v2056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2049, %v2057 : f32, !llvm.ptr
                }
                %v2058 = arith.select %v42, %v1939, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2059, %v2060 = gpu.shuffle xor %v2058, %v1165, %v381 : f32
                %v2061 = arith.addf %v2058, %v2059 fastmath<contract> : f32
                %v2062, %v2063 = gpu.shuffle xor %v2061, %v1169, %v381 : f32
                %v2064 = arith.addf %v2061, %v2062 fastmath<contract> : f32
                %v2065, %v2066 = gpu.shuffle xor %v2064, %v1173, %v381 : f32
                %v2067 = arith.addf %v2064, %v2065 fastmath<contract> : f32
                %v2068 = arith.divui %v23, %v1177 : i64
                %v2069 = arith.remui %v23, %v1177 : i64
                %v2070 = arith.cmpi ult, %v2069, %v37 : i64
                %v2071 = arith.addi %v37, %v38 : i64
                %v2072 = arith.muli %v2068, %v1 : i64
                %v2073 = arith.addi %v2072, %v2071 : i64
                %v2074 = arith.muli %v2073, %v1183 : i64
                %v2075 = arith.addi %v2074, %v1882 : i64
                scf.if %v2070 {
                  %v2076 = llvm.getelementptr %v66[%v2075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2067, %v2076 : f32, !llvm.ptr
                }
                %v2077 = arith.select %v42, %v1940, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2078, %v2079 = gpu.shuffle xor %v2077, %v1165, %v381 : f32
                %v2080 = arith.addf %v2077, %v2078 fastmath<contract> : f32
                %v2081, %v2082 = gpu.shuffle xor %v2080, %v1169, %v381 : f32
                %v2083 = arith.addf %v2080, %v2081 fastmath<contract> : f32
                %v2084, %v2085 = gpu.shuffle xor %v2083, %v1173, %v381 : f32
                %v2086 = arith.addf %v2083, %v2084 fastmath<contract> : f32
                %v2087 = arith.divui %v23, %v1177 : i64
                %v2088 = arith.remui %v23, %v1177 : i64
                %v2089 = arith.cmpi ult, %v2088, %v37 : i64
                %v2090 = arith.addi %v116, %v38 : i64
                %v2091 = arith.muli %v2087, %v1 : i64
                %v2092 = arith.addi %v2091, %v2090 : i64
                %v2093 = arith.muli %v2092, %v1183 : i64
                %v2094 = arith.addi %v2093, %v1882 : i64
                scf.if %v2089 {
                  %v2095 = llvm.getelementptr %v66[%v2094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2086, %v2095 : f32, !llvm.ptr
                }
                %v2096 = arith.select %v42, %v1941, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2097, %v2098 = gpu.shuffle xor %v2096, %v1165, %v381 : f32
                %v2099 = arith.addf %v2096, %v2097 fastmath<contract> : f32
                %v2100, %v2101 = gpu.shuffle xor %v2099, %v1169, %v381 : f32
                %v2102 = arith.addf %v2099, %v2100 fastmath<contract> : f32
                %v2103, %v2104 = gpu.shuffle xor %v2102, %v1173, %v381 : f32
                %v2105 = arith.addf %v2102, %v2103 fastmath<contract> : f32
                %v2106 = arith.divui %v23, %v1177 : i64
                %v2107 = arith.remui %v23, %v1177 : i64
                %v2108 = arith.cmpi ult, %v2107, %v37 : i64
                %v2109 = arith.addi %v136, %v38 : i64
                %v2110 = arith.muli %v2106, %v1 : i64
                %v2111 = arith.addi %v2110, %v2109 : i64
                %v2112 = arith.muli %v2111, %v1183 : i64
                %v2113 = arith.addi %v2112, %v1882 : i64
                scf.if %v2108 {
                  %v2114 = llvm.getelementptr %v66[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2105, %v2114 : f32, !llvm.ptr
                }
                %v2115 = arith.select %v42, %v1951, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2116, %v2117 = gpu.shuffle xor %v2115, %v1165, %v381 : f32
                %v2118 = arith.addf %v2115, %v2116 fastmath<contract> : f32
                %v2119, %v2120 = gpu.shuffle xor %v2118, %v1169, %v381 : f32
                %v2121 = arith.addf %v2118, %v2119 fastmath<contract> : f32
                %v2122, %v2123 = gpu.shuffle xor %v2121, %v1173, %v381 : f32
                %v2124 = arith.addf %v2121, %v2122 fastmath<contract> : f32
                %v2125 = arith.divui %v23, %v1177 : i64
                %v2126 = arith.remui %v23, %v1177 : i64
                %v2127 = arith.cmpi ult, %v2126, %v37 : i64
                %v2128 = arith.muli %v2125, %v1 : i64
                %v2129 = arith.addi %v2128, %v38 : i64
                %v2130 = arith.muli %v2129, %v1183 : i64
                %v2131 = arith.addi %v2130, %v1882 : i64
                scf.if %v2127 {
                  %v2132 = llvm.getelementptr %v68[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2124, %v2132 : f32, !llvm.ptr
                }
                %v2133 = arith.select %v42, %v1953, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2134, %v2135 = gpu.shuffle xor %v2133, %v1165, %v381 : f32
                %v2136 = arith.addf %v2133, %v2134 fastmath<contract> : f32
                %v2137, %v2138 = gpu.shuffle xor %v2136, %v1169, %v381 : f32
                %v2139 = arith.addf %v2136, %v2137 fastmath<contract> : f32
                %v2140, %v2141 = gpu.shuffle xor %v2139, %v1173, %v381 : f32
                %v2142 = arith.addf %v2139, %v2140 fastmath<contract> : f32
                %v2143 = arith.divui %v23, %v1177 : i64
                %v2144 = arith.remui %v23, %v1177 : i64
                %v2145 = arith.cmpi ult, %v2144, %v37 : i64
                %v2146 = arith.addi %v37, %v38 : i64
                %v2147 = arith.muli %v2143, %v1 : i64
                %v2148 = arith.addi %v2147, %v2146 : i64
                %v2149 = arith.muli %v2148, %v1183 : i64
                %v2150 = arith.addi %v2149, %v1882 : i64
                scf.if %v2145 {
                  %v2151 = llvm.getelementptr %v68[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2142, %v2151 : f32, !llvm.ptr
                }
                %v2152 = arith.select %v42, %v1955, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2153, %v2154 = gpu.shuffle xor %v2152, %v1165, %v381 : f32
                %v2155 = arith.addf %v2152, %v2153 fastmath<contract> : f32
                %v2156, %v2157 = gpu.shuffle xor %v2155, %v1169, %v381 : f32
                %v2158 = arith.addf %v2155, %v2156 fastmath<contract> : f32
                %v2159, %v2160 = gpu.shuffle xor %v2158, %v1173, %v381 : f32
                %v2161 = arith.addf %v2158, %v2159 fastmath<contract> : f32
                %v2162 = arith.divui %v23, %v1177 : i64
                %v2163 = arith.remui %v23, %v1177 : i64
                %v2164 = arith.cmpi ult, %v2163, %v37 : i64
                %v2165 = arith.addi %v116, %v38 : i64
                %v2166 = arith.muli %v2162, %v1 : i64
                %v2167 = arith.addi %v2166, %v2165 : i64
                %v2168 = arith.muli %v2167, %v1183 : i64
                %v2169 = arith.addi %v2168, %v1882 : i64
                scf.if %v2164 {
                  %v2170 = llvm.getelementptr %v68[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2161, %v2170 : f32, !llvm.ptr
                }
                %v2171 = arith.select %v42, %v1957, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2172, %v2173 = gpu.shuffle xor %v2171, %v1165, %v381 : f32
                %v2174 = arith.addf %v2171, %v2172 fastmath<contract> : f32
                %v2175, %v2176 = gpu.shuffle xor %v2174, %v1169, %v381 : f32
                %v2177 = arith.addf %v2174, %v2175 fastmath<contract> : f32
                %v2178, %v2179 = gpu.shuffle xor %v2177, %v1173, %v381 : f32
                %v2180 = arith.addf %v2177, %v2178 fastmath<contract> : f32
                %v2181 = arith.divui %v23, %v1177 : i64
                %v2182 = arith.remui %v23, %v1177 : i64
                %v2183 = arith.cmpi ult, %v2182, %v37 : i64
                %v2184 = arith.addi %v136, %v38 : i64
                %v2185 = arith.muli %v2181, %v1 : i64
                %v2186 = arith.addi %v2185, %v2184 : i64
                %v2187 = arith.muli %v2186, %v1183 : i64
                %v2188 = arith.addi %v2187, %v1882 : i64
                scf.if %v2183 {
                  %v2189 = llvm.getelementptr %v68[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2180, %v2189 : f32, !llvm.ptr
                }
                %v2190 = arith.select %v42, %v1976, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2191, %v2192 = gpu.shuffle xor %v2190, %v1165, %v381 : f32
                %v2193 = arith.addf %v2190, %v2191 fastmath<contract> : f32
                %v2194, %v2195 = gpu.shuffle xor %v2193, %v1169, %v381 : f32
                %v2196 = arith.addf %v2193, %v2194 fastmath<contract> : f32
                %v2197, %v2198 = gpu.shuffle xor %v2196, %v1173, %v381 : f32
                %v2199 = arith.addf %v2196, %v2197 fastmath<contract> : f32
                %v2200 = arith.divui %v23, %v1177 : i64
                %v2201 = arith.remui %v23, %v1177 : i64
                %v2202 = arith.cmpi ult, %v2201, %v37 : i64
                %v2203 = arith.muli %v2200, %v1 : i64
                %v2204 = arith.addi %v2203, %v38 : i64
                %v2205 = arith.muli %v2204, %v1183 : i64
                %v2206 = arith.addi %v2205, %v1882 : i64
                scf.if %v2202 {
                  %v2207 = llvm.getelementptr %v70[%v2206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2199, %v2207 : f32, !llvm.ptr
                }
                %v2208 = arith.select %v42, %v1997, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2209, %v2210 = gpu.shuffle xor %v2208, %v1165, %v381 : f32
                %v2211 = arith.addf %v2208, %v2209 fastmath<contract> : f32
                %v2212, %v2213 = gpu.shuffle xor %v2211, %v1169, %v381 : f32
                %v2214 = arith.addf %v2211, %v2212 fastmath<contract> : f32
                %v2215, %v2216 = gpu.shuffle xor %v2214, %v1173, %v381 : f32
                %v2217 = arith.addf %v2214, %v2215 fastmath<contract> : f32
                %v2218 = arith.divui %v23, %v1177 : i64
                %v2219 = arith.remui %v23, %v1177 : i64
                %v2220 = arith.cmpi ult, %v2219, %v37 : i64
                %v2221 = arith.addi %v37, %v38 : i64
                %v2222 = arith.muli %v2218, %v1 : i64
                %v2223 = arith.addi %v2222, %v2221 : i64
                %v2224 = arith.muli %v2223, %v1183 : i64
                %v2225 = arith.addi %v2224, %v1882 : i64
                scf.if %v2220 {
                  %v2226 = llvm.getelementptr %v70[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2217, %v2226 : f32, !llvm.ptr
                }
                %v2227 = arith.select %v42, %v2018, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2228, %v2229 = gpu.shuffle xor %v2227, %v1165, %v381 : f32
                %v2230 = arith.addf %v2227, %v2228 fastmath<contract> : f32
                %v2231, %v2232 = gpu.shuffle xor %v2230, %v1169, %v381 : f32
                %v2233 = arith.addf %v2230, %v2231 fastmath<contract> : f32
                %v2234, %v2235 = gpu.shuffle xor %v2233, %v1173, %v381 : f32
                %v2236 = arith.addf %v2233, %v2234 fastmath<contract> : f32
                %v2237 = arith.divui %v23, %v1177 : i64
                %v2238 = arith.remui %v23, %v1177 : i64
                %v2239 = arith.cmpi ult, %v2238, %v37 : i64
                %v2240 = arith.addi %v116, %v38 : i64
                %v2241 = arith.muli %v2237, %v1 : i64
                %v2242 = arith.addi %v2241, %v2240 : i64
                %v2243 = arith.muli %v2242, %v1183 : i64
                %v2244 = arith.addi %v2243, %v1882 : i64
                scf.if %v2239 {
                  %v2245 = llvm.getelementptr %v70[%v2244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2236, %v2245 : f32, !llvm.ptr
                }
                %v2246 = arith.select %v42, %v2039, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2247, %v2248 = gpu.shuffle xor %v2246, %v1165, %v381 : f32
                %v2249 = arith.addf %v2246, %v2247 fastmath<contract> : f32
                %v2250, %v2251 = gpu.shuffle xor %v2249, %v1169, %v381 : f32
                %v2252 = arith.addf %v2249, %v2250 fastmath<contract> : f32
                %v2253, %v2254 = gpu.shuffle xor %v2252, %v1173, %v381 : f32
                %v2255 = arith.addf %v2252, %v2253 fastmath<contract> : f32
                %v2256 = arith.divui %v23, %v1177 : i64
                %v2257 = arith.remui %v23, %v1177 : i64
                %v2258 = arith.cmpi ult, %v2257, %v37 : i64
                %v2259 = arith.addi %v136, %v38 : i64
                %v2260 = arith.muli %v2256, %v1 : i64
                %v2261 = arith.addi %v2260, %v2259 : i64
                %v2262 = arith.muli %v2261, %v1183 : i64
                %v2263 = arith.addi %v2262, %v1882 : i64
                scf.if %v2258 {
                  %v2264 = llvm.getelementptr %v70[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2255, %v2264 : f32, !llvm.ptr
                }
                %v2265 = arith.muli %v38, %v218 : i64
                %v2266 = arith.subi %v1883, %v190 : i64
                %v2267 = arith.addi %v2265, %v2266 : i64
                %v2268 = llvm.getelementptr %v74[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2269 = llvm.load %v2268 : !llvm.ptr -> f32
                %v2270 = arith.mulf %v2269, %v1950 fastmath<contract> : f32
                %v2271 = arith.constant 4 : i64
                %v2272 = arith.addi %v2271, %v38 : i64
                %v2273 = arith.muli %v2272, %v218 : i64
                %v2274 = arith.subi %v1883, %v190 : i64
                %v2275 = arith.addi %v2273, %v2274 : i64
                %v2276 = llvm.getelementptr %v74[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
                %v2278 = arith.mulf %v2277, %v1952 fastmath<contract> : f32
                %v2279 = arith.addf %v2270, %v2278 fastmath<contract> : f32
                %v2280 = arith.constant 8 : i64
                %v2281 = arith.addi %v2280, %v38 : i64
                %v2282 = arith.muli %v2281, %v218 : i64
                %v2283 = arith.subi %v1883, %v190 : i64
                %v2284 = arith.addi %v2282, %v2283 : i64
                %v2285 = llvm.getelementptr %v74[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2286 = llvm.load %v2285 : !llvm.ptr -> f32
                %v2287 = arith.mulf %v2286, %v1954 fastmath<contract> : f32
                %v2288 = arith.addf %v2279, %v2287 fastmath<contract> : f32
                %v2289 = arith.constant 12 : i64
                %v2290 = arith.addi %v2289, %v38 : i64
                %v2291 = arith.muli %v2290, %v218 : i64
                %v2292 = arith.subi %v1883, %v190 : i64
                %v2293 = arith.addi %v2291, %v2292 : i64
                %v2294 = llvm.getelementptr %v74[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2295 = llvm.load %v2294 : !llvm.ptr -> f32
                %v2296 = arith.mulf %v2295, %v1956 fastmath<contract> : f32
                %v2297 = arith.addf %v2288, %v2296 fastmath<contract> : f32
                llvm.store %v2297, %v987 : f32, !llvm.ptr
                %v2298 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1967) : (f32) -> f32
                %v2299 = arith.mulf %v396, %v2298 fastmath<contract> : f32
                %v2300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2299) : (f32) -> f32
                llvm.store %v2300, %v61 : f32, !llvm.ptr
                %v2301 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1988) : (f32) -> f32
                %v2302 = arith.mulf %v396, %v2301 fastmath<contract> : f32
                %v2303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2302) : (f32) -> f32
                llvm.store %v2303, %v62 : f32, !llvm.ptr
                %v2304 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2009) : (f32) -> f32
                %v2305 = arith.mulf %v396, %v2304 fastmath<contract> : f32
                %v2306 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2305) : (f32) -> f32
                llvm.store %v2306, %v63 : f32, !llvm.ptr
                %v2307 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2030) : (f32) -> f32
                %v2308 = arith.mulf %v396, %v2307 fastmath<contract> : f32
                %v2309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2308) : (f32) -> f32
                llvm.store %v2309, %v64 : f32, !llvm.ptr
                %v2310 = llvm.load %v987 : !llvm.ptr -> f32
                %v2312 = arith.cmpi slt, %v2311, %v995 : i32
                %v2313 = arith.cmpi eq, %v2311, %v1001 : i32
                %v2314 = arith.addi %v516, %v157 : i64
                llvm.store %v77, %v987 : f32, !llvm.ptr
                %v2315 = arith.addi %v190, %v514 : i64
                %v2316 = arith.muli %v38, %v218 : i64
                %v2317 = arith.subi %v2315, %v190 : i64
                %v2318 = arith.addi %v2316, %v2317 : i64
                %v2319 = llvm.getelementptr %v72[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
                %v2321 = arith.muli %v52, %v406 : i64
                %v2322 = arith.muli %v2315, %v405 : i64
                %v2323 = arith.addi %v2321, %v2322 : i64
                %v2324 = arith.muli %v50, %size_DV : i64
                %v2325 = arith.addi %v2323, %v2324 : i64
                %v2326 = arith.addi %v2325, %v48 : i64
                %v2327 = llvm.getelementptr %dy_o[%v2326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2328 = llvm.load %v2327 : !llvm.ptr -> f32
                %v2329 = arith.mulf %v2320, %v2328 fastmath<contract> : f32
                %v2330 = llvm.load %v57 : !llvm.ptr -> f32
                %v2331 = llvm.load %v61 : !llvm.ptr -> f32
                %v2332 = arith.mulf %v2331, %v2330 fastmath<contract> : f32
                %v2333 = arith.addf %v2329, %v2332 fastmath<contract> : f32
                llvm.store %v2333, %v57 : f32, !llvm.ptr
                %v2334 = arith.constant 4 : i64
                %v2335 = arith.addi %v2334, %v38 : i64
                %v2336 = arith.muli %v2335, %v218 : i64
                %v2337 = arith.subi %v2315, %v190 : i64
                %v2338 = arith.addi %v2336, %v2337 : i64
                %v2339 = llvm.getelementptr %v72[%v2338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
                %v2341 = arith.mulf %v2340, %v2328 fastmath<contract> : f32
                %v2342 = llvm.load %v58 : !llvm.ptr -> f32
                %v2343 = llvm.load %v62 : !llvm.ptr -> f32
                %v2344 = arith.mulf %v2343, %v2342 fastmath<contract> : f32
                %v2345 = arith.addf %v2341, %v2344 fastmath<contract> : f32
                llvm.store %v2345, %v58 : f32, !llvm.ptr
                %v2346 = arith.constant 8 : i64
                %v2347 = arith.addi %v2346, %v38 : i64
                %v2348 = arith.muli %v2347, %v218 : i64
                %v2349 = arith.subi %v2315, %v190 : i64
                %v2350 = arith.addi %v2348, %v2349 : i64
                %v2351 = llvm.getelementptr %v72[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2352 = llvm.load %v2351 : !llvm.ptr -> f32
                %v2353 = arith.mulf %v2352, %v2328 fastmath<contract> : f32
                %v2354 = llvm.load %v59 : !llvm.ptr -> f32
                %v2355 = llvm.load %v63 : !llvm.ptr -> f32
                %v2356 = arith.mulf %v2355, %v2354 fastmath<contract> : f32
                %v2357 = arith.addf %v2353, %v2356 fastmath<contract> : f32
                llvm.store %v2357, %v59 : f32, !llvm.ptr
                %v2358 = arith.constant 12 : i64
                %v2359 = arith.addi %v2358, %v38 : i64
                %v2360 = arith.muli %v2359, %v218 : i64
                %v2361 = arith.subi %v2315, %v190 : i64
                %v2362 = arith.addi %v2360, %v2361 : i64
                %v2363 = llvm.getelementptr %v72[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2364 = llvm.load %v2363 : !llvm.ptr -> f32
                %v2365 = arith.mulf %v2364, %v2328 fastmath<contract> : f32
                %v2366 = llvm.load %v60 : !llvm.ptr -> f32
                %v2367 = llvm.load %v64 : !llvm.ptr -> f32
                %v2368 = arith.mulf %v2367, %v2366 fastmath<contract> : f32
                %v2369 = arith.addf %v2365, %v2368 fastmath<contract> : f32
                llvm.store %v2369, %v60 : f32, !llvm.ptr
                scf.if %v2313 {
                }
                %v2370 = arith.mulf %v589, %v2328 fastmath<contract> : f32
                %v2371 = arith.mulf %v614, %v2328 fastmath<contract> : f32
                %v2372 = arith.mulf %v639, %v2328 fastmath<contract> : f32
                %v2373 = arith.mulf %v664, %v2328 fastmath<contract> : f32
                %v2374 = arith.muli %v52, %v406 : i64
                %v2375 = arith.muli %v2315, %v405 : i64
                %v2376 = arith.addi %v2374, %v2375 : i64
                %v2377 = arith.muli %v50, %size_DV : i64
                %v2378 = arith.addi %v2376, %v2377 : i64
                %v2379 = arith.addi %v2378, %v48 : i64
                %v2380 = llvm.getelementptr %in_v[%v2379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2381 = llvm.load %v2380 : !llvm.ptr -> f32
                %v2382 = llvm.load %v57 : !llvm.ptr -> f32
                %v2383 = arith.mulf %v2381, %v2382 fastmath<contract> : f32
                %v2384 = llvm.load %v58 : !llvm.ptr -> f32
                %v2385 = arith.mulf %v2381, %v2384 fastmath<contract> : f32
                %v2386 = llvm.load %v59 : !llvm.ptr -> f32
                %v2387 = arith.mulf %v2381, %v2386 fastmath<contract> : f32
                %v2388 = llvm.load %v60 : !llvm.ptr -> f32
                %v2389 = arith.mulf %v2381, %v2388 fastmath<contract> : f32
                %v2390 = arith.muli %v38, %v218 : i64
                %v2391 = arith.subi %v2315, %v190 : i64
                %v2392 = arith.addi %v2390, %v2391 : i64
                %v2393 = llvm.getelementptr %v76[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2394 = llvm.load %v2393 : !llvm.ptr -> f32
                %v2395 = arith.negf %v2394 : f32
                %v2396 = arith.mulf %v2395, %v391 fastmath<contract> : f32
                %v2397 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2396) : (f32) -> f32
                %v2398 = arith.addf %v78, %v2397 fastmath<contract> : f32
                %v2399 = arith.divf %v78, %v2398 : f32
                %v2400 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2399) : (f32) -> f32
                %v2401 = arith.mulf %v1091, %v2400 fastmath<contract> : f32
                %v2402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2401) : (f32) -> f32
                %v2403 = arith.mulf %v528, %v2382 fastmath<contract> : f32
                %v2404 = arith.mulf %v396, %v2403 fastmath<contract> : f32
                %v2405 = arith.mulf %v2402, %v2404 fastmath<contract> : f32
                %v2406 = arith.subf %v78, %v2399 fastmath<contract> : f32
                %v2407 = arith.mulf %v2399, %v2406 fastmath<contract> : f32
                %v2408 = arith.mulf %v2405, %v2407 fastmath<contract> : f32
                %v2409 = arith.constant 4 : i64
                %v2410 = arith.addi %v2409, %v38 : i64
                %v2411 = arith.muli %v2410, %v218 : i64
                %v2412 = arith.subi %v2315, %v190 : i64
                %v2413 = arith.addi %v2411, %v2412 : i64
                %v2414 = llvm.getelementptr %v76[%v2413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2415 = llvm.load %v2414 : !llvm.ptr -> f32
                %v2416 = arith.negf %v2415 : f32
                %v2417 = arith.mulf %v2416, %v391 fastmath<contract> : f32
                %v2418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2417) : (f32) -> f32
                %v2419 = arith.addf %v78, %v2418 fastmath<contract> : f32
                %v2420 = arith.divf %v78, %v2419 : f32
                %v2421 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2420) : (f32) -> f32
                %v2422 = arith.mulf %v1091, %v2421 fastmath<contract> : f32
                %v2423 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2422) : (f32) -> f32
                %v2424 = arith.mulf %v537, %v2384 fastmath<contract> : f32
                %v2425 = arith.mulf %v396, %v2424 fastmath<contract> : f32
                %v2426 = arith.mulf %v2423, %v2425 fastmath<contract> : f32
                %v2427 = arith.subf %v78, %v2420 fastmath<contract> : f32
                %v2428 = arith.mulf %v2420, %v2427 fastmath<contract> : f32
                %v2429 = arith.mulf %v2426, %v2428 fastmath<contract> : f32
                %v2430 = arith.constant 8 : i64
                %v2431 = arith.addi %v2430, %v38 : i64
                %v2432 = arith.muli %v2431, %v218 : i64
                %v2433 = arith.subi %v2315, %v190 : i64
                %v2434 = arith.addi %v2432, %v2433 : i64
                %v2435 = llvm.getelementptr %v76[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2436 = llvm.load %v2435 : !llvm.ptr -> f32
                %v2437 = arith.negf %v2436 : f32
                %v2438 = arith.mulf %v2437, %v391 fastmath<contract> : f32
                %v2439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2438) : (f32) -> f32
                %v2440 = arith.addf %v78, %v2439 fastmath<contract> : f32
                %v2441 = arith.divf %v78, %v2440 : f32
                %v2442 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2441) : (f32) -> f32
                %v2443 = arith.mulf %v1091, %v2442 fastmath<contract> : f32
                %v2444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2443) : (f32) -> f32
                %v2445 = arith.mulf %v546, %v2386 fastmath<contract> : f32
                %v2446 = arith.mulf %v396, %v2445 fastmath<contract> : f32
                %v2447 = arith.mulf %v2444, %v2446 fastmath<contract> : f32
                %v2448 = arith.subf %v78, %v2441 fastmath<contract> : f32
                %v2449 = arith.mulf %v2441, %v2448 fastmath<contract> : f32
                %v2450 = arith.mulf %v2447, %v2449 fastmath<contract> : f32
                %v2451 = arith.constant 12 : i64
                %v2452 = arith.addi %v2451, %v38 : i64
                %v2453 = arith.muli %v2452, %v218 : i64
                %v2454 = arith.subi %v2315, %v190 : i64
                %v2455 = arith.addi %v2453, %v2454 : i64
                %v2456 = llvm.getelementptr %v76[%v2455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2457 = llvm.load %v2456 : !llvm.ptr -> f32
                %v2458 = arith.negf %v2457 : f32
                %v2459 = arith.mulf %v2458, %v391 fastmath<contract> : f32
                %v2460 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2459) : (f32) -> f32
                %v2461 = arith.addf %v78, %v2460 fastmath<contract> : f32
                %v2462 = arith.divf %v78, %v2461 : f32
                %v2463 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2462) : (f32) -> f32
                %v2464 = arith.mulf %v1091, %v2463 fastmath<contract> : f32
                %v2465 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2464) : (f32) -> f32
                %v2466 = arith.mulf %v555, %v2388 fastmath<contract> : f32
                %v2467 = arith.mulf %v396, %v2466 fastmath<contract> : f32
                %v2468 = arith.mulf %v2465, %v2467 fastmath<contract> : f32
                %v2469 = arith.subf %v78, %v2462 fastmath<contract> : f32
                %v2470 = arith.mulf %v2462, %v2469 fastmath<contract> : f32
                %v2471 = arith.mulf %v2468, %v2470 fastmath<contract> : f32
                %v2472 = arith.select %v42, %v2370, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2473, %v2474 = gpu.shuffle xor %v2472, %v1165, %v381 : f32
                %v2475 = arith.addf %v2472, %v2473 fastmath<contract> : f32
                %v2476, %v2477 = gpu.shuffle xor %v2475, %v1169, %v381 : f32
                %v2478 = arith.addf %v2475, %v2476 fastmath<contract> : f32
                %v2479, %v2480 = gpu.shuffle xor %v2478, %v1173, %v381 : f32
                %v2481 = arith.addf %v2478, %v2479 fastmath<contract> : f32
                %v2482 = arith.divui %v23, %v1177 : i64
                %v2483 = arith.remui %v23, %v1177 : i64
                %v2484 = arith.cmpi ult, %v2483, %v37 : i64
                %v2485 = arith.muli %v2482, %v1 : i64
                %v2486 = arith.addi %v2485, %v38 : i64
                %v2487 = arith.muli %v2486, %v1183 : i64
                %v2488 = arith.addi %v2487, %v2314 : i64
                scf.if %v2484 {
                  %v2489 = llvm.getelementptr %v66[%v2488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2481, %v2489 : f32, !llvm.ptr
                }
                %v2490 = arith.select %v42, %v2371, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2491, %v2492 = gpu.shuffle xor %v2490, %v1165, %v381 : f32
                %v2493 = arith.addf %v2490, %v2491 fastmath<contract> : f32
                %v2494, %v2495 = gpu.shuffle xor %v2493, %v1169, %v381 : f32
                %v2496 = arith.addf %v2493, %v2494 fastmath<contract> : f32
                %v2497, %v2498 = gpu.shuffle xor %v2496, %v1173, %v381 : f32
                %v2499 = arith.addf %v2496, %v2497 fastmath<contract> : f32
                %v2500 = arith.divui %v23, %v1177 : i64
                %v2501 = arith.remui %v23, %v1177 : i64
                %v2502 = arith.cmpi ult, %v2501, %v37 : i64
                %v2503 = arith.addi %v37, %v38 : i64
                %v2504 = arith.muli %v2500, %v1 : i64
                %v2505 = arith.addi %v2504, %v2503 : i64
                %v2506 = arith.muli %v2505, %v1183 : i64
                %v2507 = arith.addi %v2506, %v2314 : i64
                scf.if %v2502 {
                  %v2508 = llvm.getelementptr %v66[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2499, %v2508 : f32, !llvm.ptr
                }
                %v2509 = arith.select %v42, %v2372, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2510, %v2511 = gpu.shuffle xor %v2509, %v1165, %v381 : f32
                %v2512 = arith.addf %v2509, %v2510 fastmath<contract> : f32
                %v2513, %v2514 = gpu.shuffle xor %v2512, %v1169, %v381 : f32
                %v2515 = arith.addf %v2512, %v2513 fastmath<contract> : f32
                %v2516, %v2517 = gpu.shuffle xor %v2515, %v1173, %v381 : f32
                %v2518 = arith.addf %v2515, %v2516 fastmath<contract> : f32
                %v2519 = arith.divui %v23, %v1177 : i64
                %v2520 = arith.remui %v23, %v1177 : i64
                %v2521 = arith.cmpi ult, %v2520, %v37 : i64
                %v2522 = arith.addi %v116, %v38 : i64
                %v2523 = arith.muli %v2519, %v1 : i64
                %v2524 = arith.addi %v2523, %v2522 : i64
                %v2525 = arith.muli %v2524, %v1183 : i64
                %v2526 = arith.addi %v2525, %v2314 : i64
                scf.if %v2521 {
                  %v2527 = llvm.getelementptr %v66[%v2526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2518, %v2527 : f32, !llvm.ptr
                }
                %v2528 = arith.select %v42, %v2373, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2529, %v2530 = gpu.shuffle xor %v2528, %v1165, %v381 : f32
                %v2531 = arith.addf %v2528, %v2529 fastmath<contract> : f32
                %v2532, %v2533 = gpu.shuffle xor %v2531, %v1169, %v381 : f32
                %v2534 = arith.addf %v2531, %v2532 fastmath<contract> : f32
                %v2535, %v2536 = gpu.shuffle xor %v2534, %v1173, %v381 : f32
                %v2537 = arith.addf %v2534, %v2535 fastmath<contract> : f32
                %v2538 = arith.divui %v23, %v1177 : i64
                %v2539 = arith.remui %v23, %v1177 : i64
                %v2540 = arith.cmpi ult, %v2539, %v37 : i64
                %v2541 = arith.addi %v136, %v38 : i64
                %v2542 = arith.muli %v2538, %v1 : i64
                %v2543 = arith.addi %v2542, %v2541 : i64
                %v2544 = arith.muli %v2543, %v1183 : i64
                %v2545 = arith.addi %v2544, %v2314 : i64
                scf.if %v2540 {
                  %v2546 = llvm.getelementptr %v66[%v2545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2537, %v2546 : f32, !llvm.ptr
                }
                %v2547 = arith.select %v42, %v2383, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2548, %v2549 = gpu.shuffle xor %v2547, %v1165, %v381 : f32
                %v2550 = arith.addf %v2547, %v2548 fastmath<contract> : f32
                %v2551, %v2552 = gpu.shuffle xor %v2550, %v1169, %v381 : f32
                %v2553 = arith.addf %v2550, %v2551 fastmath<contract> : f32
                %v2554, %v2555 = gpu.shuffle xor %v2553, %v1173, %v381 : f32
                %v2556 = arith.addf %v2553, %v2554 fastmath<contract> : f32
                %v2557 = arith.divui %v23, %v1177 : i64
                %v2558 = arith.remui %v23, %v1177 : i64
                %v2559 = arith.cmpi ult, %v2558, %v37 : i64
                %v2560 = arith.muli %v2557, %v1 : i64
                %v2561 = arith.addi %v2560, %v38 : i64
                %v2562 = arith.muli %v2561, %v1183 : i64
                %v2563 = arith.addi %v2562, %v2314 : i64
                scf.if %v2559 {
                  %v2564 = llvm.getelementptr %v68[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2556, %v2564 : f32, !llvm.ptr
                }
                %v2565 = arith.select %v42, %v2385, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2566, %v2567 = gpu.shuffle xor %v2565, %v1165, %v381 : f32
                %v2568 = arith.addf %v2565, %v2566 fastmath<contract> : f32
                %v2569, %v2570 = gpu.shuffle xor %v2568, %v1169, %v381 : f32
                %v2571 = arith.addf %v2568, %v2569 fastmath<contract> : f32
                %v2572, %v2573 = gpu.shuffle xor %v2571, %v1173, %v381 : f32
                %v2574 = arith.addf %v2571, %v2572 fastmath<contract> : f32
                %v2575 = arith.divui %v23, %v1177 : i64
                %v2576 = arith.remui %v23, %v1177 : i64
                %v2577 = arith.cmpi ult, %v2576, %v37 : i64
                %v2578 = arith.addi %v37, %v38 : i64
                %v2579 = arith.muli %v2575, %v1 : i64
                %v2580 = arith.addi %v2579, %v2578 : i64
                %v2581 = arith.muli %v2580, %v1183 : i64
                %v2582 = arith.addi %v2581, %v2314 : i64
                scf.if %v2577 {
                  %v2583 = llvm.getelementptr %v68[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2574, %v2583 : f32, !llvm.ptr
                }
                %v2584 = arith.select %v42, %v2387, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2585, %v2586 = gpu.shuffle xor %v2584, %v1165, %v381 : f32
                %v2587 = arith.addf %v2584, %v2585 fastmath<contract> : f32
                %v2588, %v2589 = gpu.shuffle xor %v2587, %v1169, %v381 : f32
                %v2590 = arith.addf %v2587, %v2588 fastmath<contract> : f32
                %v2591, %v2592 = gpu.shuffle xor %v2590, %v1173, %v381 : f32
                %v2593 = arith.addf %v2590, %v2591 fastmath<contract> : f32
                %v2594 = arith.divui %v23, %v1177 : i64
                %v2595 = arith.remui %v23, %v1177 : i64
                %v2596 = arith.cmpi ult, %v2595, %v37 : i64
                %v2597 = arith.addi %v116, %v38 : i64
                %v2598 = arith.muli %v2594, %v1 : i64
                %v2599 = arith.addi %v2598, %v2597 : i64
                %v2600 = arith.muli %v2599, %v1183 : i64
                %v2601 = arith.addi %v2600, %v2314 : i64
                scf.if %v2596 {
                  %v2602 = llvm.getelementptr %v68[%v2601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2593, %v2602 : f32, !llvm.ptr
                }
                %v2603 = arith.select %v42, %v2389, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2604, %v2605 = gpu.shuffle xor %v2603, %v1165, %v381 : f32
                %v2606 = arith.addf %v2603, %v2604 fastmath<contract> : f32
                %v2607, %v2608 = gpu.shuffle xor %v2606, %v1169, %v381 : f32
                %v2609 = arith.addf %v2606, %v2607 fastmath<contract> : f32
                %v2610, %v2611 = gpu.shuffle xor %v2609, %v1173, %v381 : f32
                %v2612 = arith.addf %v2609, %v2610 fastmath<contract> : f32
                %v2613 = arith.divui %v23, %v1177 : i64
                %v2614 = arith.remui %v23, %v1177 : i64
                %v2615 = arith.cmpi ult, %v2614, %v37 : i64
                %v2616 = arith.addi %v136, %v38 : i64
                %v2617 = arith.muli %v2613, %v1 : i64
                %v2618 = arith.addi %v2617, %v2616 : i64
                %v2619 = arith.muli %v2618, %v1183 : i64
                %v2620 = arith.addi %v2619, %v2314 : i64
                scf.if %v2615 {
                  %v2621 = llvm.getelementptr %v68[%v2620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2612, %v2621 : f32, !llvm.ptr
                }
                %v2622 = arith.select %v42, %v2408, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2623, %v2624 = gpu.shuffle xor %v2622, %v1165, %v381 : f32
                %v2625 = arith.addf %v2622, %v2623 fastmath<contract> : f32
                %v2626, %v2627 = gpu.shuffle xor %v2625, %v1169, %v381 : f32
                %v2628 = arith.addf %v2625, %v2626 fastmath<contract> : f32
                %v2629, %v2630 = gpu.shuffle xor %v2628, %v1173, %v381 : f32
                %v2631 = arith.addf %v2628, %v2629 fastmath<contract> : f32
                %v2632 = arith.divui %v23, %v1177 : i64
                %v2633 = arith.remui %v23, %v1177 : i64
                %v2634 = arith.cmpi ult, %v2633, %v37 : i64
                %v2635 = arith.muli %v2632, %v1 : i64
                %v2636 = arith.addi %v2635, %v38 : i64
                %v2637 = arith.muli %v2636, %v1183 : i64
                %v2638 = arith.addi %v2637, %v2314 : i64
                scf.if %v2634 {
                  %v2639 = llvm.getelementptr %v70[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2631, %v2639 : f32, !llvm.ptr
                }
                %v2640 = arith.select %v42, %v2429, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2641, %v2642 = gpu.shuffle xor %v2640, %v1165, %v381 : f32
                %v2643 = arith.addf %v2640, %v2641 fastmath<contract> : f32
                %v2644, %v2645 = gpu.shuffle xor %v2643, %v1169, %v381 : f32
                %v2646 = arith.addf %v2643, %v2644 fastmath<contract> : f32
                %v2647, %v2648 = gpu.shuffle xor %v2646, %v1173, %v381 : f32
                %v2649 = arith.addf %v2646, %v2647 fastmath<contract> : f32
                %v2650 = arith.divui %v23, %v1177 : i64
                %v2651 = arith.remui %v23, %v1177 : i64
                %v2652 = arith.cmpi ult, %v2651, %v37 : i64
                %v2653 = arith.addi %v37, %v38 : i64
                %v2654 = arith.muli %v2650, %v1 : i64
                %v2655 = arith.addi %v2654, %v2653 : i64
                %v2656 = arith.muli %v2655, %v1183 : i64
                %v2657 = arith.addi %v2656, %v2314 : i64
                scf.if %v2652 {
                  %v2658 = llvm.getelementptr %v70[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2649, %v2658 : f32, !llvm.ptr
                }
                %v2659 = arith.select %v42, %v2450, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2660, %v2661 = gpu.shuffle xor %v2659, %v1165, %v381 : f32
                %v2662 = arith.addf %v2659, %v2660 fastmath<contract> : f32
                %v2663, %v2664 = gpu.shuffle xor %v2662, %v1169, %v381 : f32
                %v2665 = arith.addf %v2662, %v2663 fastmath<contract> : f32
                %v2666, %v2667 = gpu.shuffle xor %v2665, %v1173, %v381 : f32
                %v2668 = arith.addf %v2665, %v2666 fastmath<contract> : f32
                %v2669 = arith.divui %v23, %v1177 : i64
                %v2670 = arith.remui %v23, %v1177 : i64
                %v2671 = arith.cmpi ult, %v2670, %v37 : i64
                %v2672 = arith.addi %v116, %v38 : i64
                %v2673 = arith.muli %v2669, %v1 : i64
                %v2674 = arith.addi %v2673, %v2672 : i64
                %v2675 = arith.muli %v2674, %v1183 : i64
                %v2676 = arith.addi %v2675, %v2314 : i64
                scf.if %v2671 {
                  %v2677 = llvm.getelementptr %v70[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2668, %v2677 : f32, !llvm.ptr
                }
                %v2678 = arith.select %v42, %v2471, %v77 : f32
                // sum over the warp's outer points: shuffles
                %v2679, %v2680 = gpu.shuffle xor %v2678, %v1165, %v381 : f32
                %v2681 = arith.addf %v2678, %v2679 fastmath<contract> : f32
                %v2682, %v2683 = gpu.shuffle xor %v2681, %v1169, %v381 : f32
                %v2684 = arith.addf %v2681, %v2682 fastmath<contract> : f32
                %v2685, %v2686 = gpu.shuffle xor %v2684, %v1173, %v381 : f32
                %v2687 = arith.addf %v2684, %v2685 fastmath<contract> : f32
                %v2688 = arith.divui %v23, %v1177 : i64
                %v2689 = arith.remui %v23, %v1177 : i64
                %v2690 = arith.cmpi ult, %v2689, %v37 : i64
                %v2691 = arith.addi %v136, %v38 : i64
                %v2692 = arith.muli %v2688, %v1 : i64
                %v2693 = arith.addi %v2692, %v2691 : i64
                %v2694 = arith.muli %v2693, %v1183 : i64
                %v2695 = arith.addi %v2694, %v2314 : i64
                scf.if %v2690 {
                  %v2696 = llvm.getelementptr %v70[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2687, %v2696 : f32, !llvm.ptr
                }
                %v2697 = arith.muli %v38, %v218 : i64
                %v2698 = arith.subi %v2315, %v190 : i64
                %v2699 = arith.addi %v2697, %v2698 : i64
                %v2700 = llvm.getelementptr %v74[%v2699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
                %v2702 = arith.mulf %v2701, %v2382 fastmath<contract> : f32
                %v2703 = arith.constant 4 : i64
                %v2704 = arith.addi %v2703, %v38 : i64
                %v2705 = arith.muli %v2704, %v218 : i64
                %v2706 = arith.subi %v2315, %v190 : i64
                %v2707 = arith.addi %v2705, %v2706 : i64
                %v2708 = llvm.getelementptr %v74[%v2707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2709 = llvm.load %v2708 : !llvm.ptr -> f32
                %v2710 = arith.mulf %v2709, %v2384 fastmath<contract> : f32
                %v2711 = arith.addf %v2702, %v2710 fastmath<contract> : f32
                %v2712 = arith.constant 8 : i64
                %v2713 = arith.addi %v2712, %v38 : i64
                %v2714 = arith.muli %v2713, %v218 : i64
                %v2715 = arith.subi %v2315, %v190 : i64
                %v2716 = arith.addi %v2714, %v2715 : i64
                %v2717 = llvm.getelementptr %v74[%v2716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2718 = llvm.load %v2717 : !llvm.ptr -> f32
                %v2719 = arith.mulf %v2718, %v2386 fastmath<contract> : f32
                %v2720 = arith.addf %v2711, %v2719 fastmath<contract> : f32
                %v2721 = arith.constant 12 : i64
                %v2722 = arith.addi %v2721, %v38 : i64
                %v2723 = arith.muli %v2722, %v218 : i64
                %v2724 = arith.subi %v2315, %v190 : i64
                %v2725 = arith.addi %v2723, %v2724 : i64
                %v2726 = llvm.getelementptr %v74[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
                %v2728 = arith.mulf %v2727, %v2388 fastmath<contract> : f32
                %v2729 = arith.addf %v2720, %v2728 fastmath<contract> : f32
                llvm.store %v2729, %v987 : f32, !llvm.ptr
                %v2730 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2399) : (f32) -> f32
                %v2731 = arith.mulf %v396, %v2730 fastmath<contract> : f32
                %v2732 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2731) : (f32) -> f32
                llvm.store %v2732, %v61 : f32, !llvm.ptr
                %v2733 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2420) : (f32) -> f32
                %v2734 = arith.mulf %v396, %v2733 fastmath<contract> : f32
                %v2735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2734) : (f32) -> f32
                llvm.store %v2735, %v62 : f32, !llvm.ptr
                %v2736 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2441) : (f32) -> f32
                %v2737 = arith.mulf %v396, %v2736 fastmath<contract> : f32
                %v2738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2737) : (f32) -> f32
                llvm.store %v2738, %v63 : f32, !llvm.ptr
                %v2739 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2462) : (f32) -> f32
                %v2740 = arith.mulf %v396, %v2739 fastmath<contract> : f32
                %v2741 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2740) : (f32) -> f32
                llvm.store %v2741, %v64 : f32, !llvm.ptr
                %v2742 = llvm.load %v987 : !llvm.ptr -> f32
                %v2743 = arith.select %v990, %v2742, %v2310 : f32
                %v2744 = arith.select %v990, %v2310, %v2742 : f32
                %v2745, %v2746 = gpu.shuffle xor %v2743, %v1875, %v381 : f32
                %v2747 = arith.addf %v2744, %v2745 fastmath<contract> : f32
                %v2748 = arith.select %v993, %v2747, %v1878 : f32
                %v2749 = arith.select %v993, %v1878, %v2747 : f32
                %v2750, %v2751 = gpu.shuffle xor %v2748, %v1441, %v381 : f32
                %v2752 = arith.addf %v2749, %v2750 fastmath<contract> : f32
                %v2753 = arith.addi %v514, %v38 : i64
                %v2754 = arith.cmpi slt, %v2753, %v192 : i64
                %v2755 = arith.andi %v42, %v2754 : i1
                scf.if %v2755 {
                  %v2756 = arith.addi %v190, %v2753 : i64
                  // the gradients of this lane's own step
                  %v2757 = arith.muli %v52, %v406 : i64
                  %v2758 = arith.muli %v2756, %v405 : i64
                  %v2759 = arith.addi %v2757, %v2758 : i64
                  %v2760 = arith.muli %v50, %size_DV : i64
                  %v2761 = arith.addi %v2759, %v2760 : i64
                  %v2762 = arith.addi %v2761, %v48 : i64
                  %v2763 = llvm.getelementptr %dx_v[%v2762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2752, %v2763 : f32, !llvm.ptr
                }
              } else {
                %v2764 = arith.subi %v192, %v2 : i64
                %v2765 = arith.muli %v517, %v4 : i64
                %v2766 = arith.subi %v4, %v2 : i64
                %v2767 = arith.minsi %v44, %v2766 : i64
                %v2768 = arith.addi %v2765, %v2767 : i64
                %v2769 = arith.muli %v2768, %v1 : i64
                %v2770 = arith.addi %v2769, %v38 : i64
                %v2771 = llvm.getelementptr %scratch_S[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2772 = llvm.load %v2771 : !llvm.ptr -> f32
                %v2773 = arith.muli %v517, %v4 : i64
                %v2774 = arith.subi %v4, %v2 : i64
                %v2775 = arith.minsi %v44, %v2774 : i64
                %v2776 = arith.addi %v2773, %v2775 : i64
                %v2777 = arith.muli %v2776, %v1 : i64
                %v2778 = arith.addi %v2777, %v37 : i64
                %v2779 = arith.addi %v2778, %v38 : i64
                %v2780 = llvm.getelementptr %scratch_S[%v2779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2781 = llvm.load %v2780 : !llvm.ptr -> f32
                %v2782 = arith.muli %v517, %v4 : i64
                %v2783 = arith.subi %v4, %v2 : i64
                %v2784 = arith.minsi %v44, %v2783 : i64
                %v2785 = arith.addi %v2782, %v2784 : i64
                %v2786 = arith.muli %v2785, %v1 : i64
                %v2787 = arith.addi %v2786, %v116 : i64
                %v2788 = arith.addi %v2787, %v38 : i64
                %v2789 = llvm.getelementptr %scratch_S[%v2788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2790 = llvm.load %v2789 : !llvm.ptr -> f32
                %v2791 = arith.muli %v517, %v4 : i64
                %v2792 = arith.subi %v4, %v2 : i64
                %v2793 = arith.minsi %v44, %v2792 : i64
                %v2794 = arith.addi %v2791, %v2793 : i64
                %v2795 = arith.muli %v2794, %v1 : i64
                %v2796 = arith.addi %v2795, %v136 : i64
                %v2797 = arith.addi %v2796, %v38 : i64
                %v2798 = llvm.getelementptr %scratch_S[%v2797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2799 = llvm.load %v2798 : !llvm.ptr -> f32
                %v2800 = arith.addi %v514, %v38 : i64
                %v2801 = arith.minsi %v2800, %v2764 : i64
                %v2802 = arith.addi %v190, %v2801 : i64
                // the group's states, recomputed into registers
                %v2803 = arith.minsi %v514, %v2764 : i64
                %v2804 = arith.addi %v190, %v2803 : i64
                %v2805 = arith.muli %v38, %v218 : i64
                %v2806 = arith.subi %v2804, %v190 : i64
                %v2807 = arith.addi %v2805, %v2806 : i64
                %v2808 = llvm.getelementptr %v76[%v2807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2809 = llvm.load %v2808 : !llvm.ptr -> f32
                %v2810 = arith.negf %v2809 : f32
                %v2811 = arith.mulf %v2810, %v391 fastmath<contract> : f32
                %v2812 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2811) : (f32) -> f32
                %v2813 = arith.addf %v78, %v2812 fastmath<contract> : f32
                %v2814 = arith.divf %v78, %v2813 : f32
                %v2815 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2814) : (f32) -> f32
                %v2816 = arith.mulf %v396, %v2815 fastmath<contract> : f32
                %v2817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2816) : (f32) -> f32
                %v2818 = arith.muli %v38, %v218 : i64
                %v2819 = arith.subi %v2804, %v190 : i64
                %v2820 = arith.addi %v2818, %v2819 : i64
                %v2821 = llvm.getelementptr %v74[%v2820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2822 = llvm.load %v2821 : !llvm.ptr -> f32
                %v2823 = arith.muli %v52, %v406 : i64
                %v2824 = arith.muli %v2804, %v405 : i64
                %v2825 = arith.addi %v2823, %v2824 : i64
                %v2826 = arith.muli %v50, %size_DV : i64
                %v2827 = arith.addi %v2825, %v2826 : i64
                %v2828 = arith.addi %v2827, %v48 : i64
                %v2829 = llvm.getelementptr %in_v[%v2828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
                %v2831 = arith.mulf %v2822, %v2830 fastmath<contract> : f32
                %v2832 = arith.mulf %v2817, %v2772 fastmath<contract> : f32
                %v2833 = arith.addf %v2832, %v2831 fastmath<contract> : f32
                %v2834 = arith.constant 4 : i64
                %v2835 = arith.addi %v2834, %v38 : i64
                %v2836 = arith.muli %v2835, %v218 : i64
                %v2837 = arith.subi %v2804, %v190 : i64
                %v2838 = arith.addi %v2836, %v2837 : i64
                %v2839 = llvm.getelementptr %v76[%v2838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2840 = llvm.load %v2839 : !llvm.ptr -> f32
                %v2841 = arith.negf %v2840 : f32
                %v2842 = arith.mulf %v2841, %v391 fastmath<contract> : f32
                %v2843 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2842) : (f32) -> f32
                %v2844 = arith.addf %v78, %v2843 fastmath<contract> : f32
                %v2845 = arith.divf %v78, %v2844 : f32
                %v2846 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2845) : (f32) -> f32
                %v2847 = arith.mulf %v396, %v2846 fastmath<contract> : f32
                %v2848 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2847) : (f32) -> f32
                %v2849 = arith.constant 4 : i64
                %v2850 = arith.addi %v2849, %v38 : i64
                %v2851 = arith.muli %v2850, %v218 : i64
                %v2852 = arith.subi %v2804, %v190 : i64
                %v2853 = arith.addi %v2851, %v2852 : i64
                %v2854 = llvm.getelementptr %v74[%v2853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2855 = llvm.load %v2854 : !llvm.ptr -> f32
                %v2856 = arith.mulf %v2855, %v2830 fastmath<contract> : f32
                %v2857 = arith.mulf %v2848, %v2781 fastmath<contract> : f32
                %v2858 = arith.addf %v2857, %v2856 fastmath<contract> : f32
                %v2859 = arith.constant 8 : i64
                %v2860 = arith.addi %v2859, %v38 : i64
                %v2861 = arith.muli %v2860, %v218 : i64
                %v2862 = arith.subi %v2804, %v190 : i64
                %v2863 = arith.addi %v2861, %v2862 : i64
                %v2864 = llvm.getelementptr %v76[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2865 = llvm.load %v2864 : !llvm.ptr -> f32
                %v2866 = arith.negf %v2865 : f32
                %v2867 = arith.mulf %v2866, %v391 fastmath<contract> : f32
                %v2868 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2867) : (f32) -> f32
                %v2869 = arith.addf %v78, %v2868 fastmath<contract> : f32
                %v2870 = arith.divf %v78, %v2869 : f32
                %v2871 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2870) : (f32) -> f32
                %v2872 = arith.mulf %v396, %v2871 fastmath<contract> : f32
                %v2873 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2872) : (f32) -> f32
                %v2874 = arith.constant 8 : i64
                %v2875 = arith.addi %v2874, %v38 : i64
                %v2876 = arith.muli %v2875, %v218 : i64
                %v2877 = arith.subi %v2804, %v190 : i64
                %v2878 = arith.addi %v2876, %v2877 : i64
                %v2879 = llvm.getelementptr %v74[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2880 = llvm.load %v2879 : !llvm.ptr -> f32
                %v2881 = arith.mulf %v2880, %v2830 fastmath<contract> : f32
                %v2882 = arith.mulf %v2873, %v2790 fastmath<contract> : f32
                %v2883 = arith.addf %v2882, %v2881 fastmath<contract> : f32
                %v2884 = arith.constant 12 : i64
                %v2885 = arith.addi %v2884, %v38 : i64
                %v2886 = arith.muli %v2885, %v218 : i64
                %v2887 = arith.subi %v2804, %v190 : i64
                %v2888 = arith.addi %v2886, %v2887 : i64
                %v2889 = llvm.getelementptr %v76[%v2888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2890 = llvm.load %v2889 : !llvm.ptr -> f32
                %v2891 = arith.negf %v2890 : f32
                %v2892 = arith.mulf %v2891, %v391 fastmath<contract> : f32
                %v2893 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2892) : (f32) -> f32
                %v2894 = arith.addf %v78, %v2893 fastmath<contract> : f32
                %v2895 = arith.divf %v78, %v2894 : f32
                %v2896 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2895) : (f32) -> f32
                %v2897 = arith.mulf %v396, %v2896 fastmath<contract> : f32
                %v2898 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2897) : (f32) -> f32
                %v2899 = arith.constant 12 : i64
                %v2900 = arith.addi %v2899, %v38 : i64
                %v2901 = arith.muli %v2900, %v218 : i64
                %v2902 = arith.subi %v2804, %v190 : i64
                %v2903 = arith.addi %v2901, %v2902 : i64
                %v2904 = llvm.getelementptr %v74[%v2903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2905 = llvm.load %v2904 : !llvm.ptr -> f32
                %v2906 = arith.mulf %v2905, %v2830 fastmath<contract> : f32
                %v2907 = arith.mulf %v2898, %v2799 fastmath<contract> : f32
                %v2908 = arith.addf %v2907, %v2906 fastmath<contract> : f32
                %v2909 = arith.addi %v514, %v2 : i64
                %v2910 = arith.minsi %v2909, %v2764 : i64
                %v2911 = arith.addi %v190, %v2910 : i64
                %v2912 = arith.muli %v38, %v218 : i64
                %v2913 = arith.subi %v2911, %v190 : i64
                %v2914 = arith.addi %v2912, %v2913 : i64
                %v2915 = llvm.getelementptr %v76[%v2914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2916 = llvm.load %v2915 : !llvm.ptr -> f32
                %v2917 = arith.negf %v2916 : f32
                %v2918 = arith.mulf %v2917, %v391 fastmath<contract> : f32
                %v2919 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2918) : (f32) -> f32
                %v2920 = arith.addf %v78, %v2919 fastmath<contract> : f32
                %v2921 = arith.divf %v78, %v2920 : f32
                %v2922 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2921) : (f32) -> f32
                %v2923 = arith.mulf %v396, %v2922 fastmath<contract> : f32
                %v2924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2923) : (f32) -> f32
                %v2925 = arith.muli %v38, %v218 : i64
                %v2926 = arith.subi %v2911, %v190 : i64
                %v2927 = arith.addi %v2925, %v2926 : i64
                %v2928 = llvm.getelementptr %v74[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2929 = llvm.load %v2928 : !llvm.ptr -> f32
                %v2930 = arith.muli %v52, %v406 : i64
                %v2931 = arith.muli %v2911, %v405 : i64
                %v2932 = arith.addi %v2930, %v2931 : i64
                %v2933 = arith.muli %v50, %size_DV : i64
                %v2934 = arith.addi %v2932, %v2933 : i64
                %v2935 = arith.addi %v2934, %v48 : i64
                %v2936 = llvm.getelementptr %in_v[%v2935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2937 = llvm.load %v2936 : !llvm.ptr -> f32
                %v2938 = arith.mulf %v2929, %v2937 fastmath<contract> : f32
                %v2939 = arith.mulf %v2924, %v2833 fastmath<contract> : f32
                %v2940 = arith.addf %v2939, %v2938 fastmath<contract> : f32
                %v2941 = arith.constant 4 : i64
                %v2942 = arith.addi %v2941, %v38 : i64
                %v2943 = arith.muli %v2942, %v218 : i64
                %v2944 = arith.subi %v2911, %v190 : i64
                %v2945 = arith.addi %v2943, %v2944 : i64
                %v2946 = llvm.getelementptr %v76[%v2945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2947 = llvm.load %v2946 : !llvm.ptr -> f32
                %v2948 = arith.negf %v2947 : f32
                %v2949 = arith.mulf %v2948, %v391 fastmath<contract> : f32
                %v2950 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2949) : (f32) -> f32
                %v2951 = arith.addf %v78, %v2950 fastmath<contract> : f32
                %v2952 = arith.divf %v78, %v2951 : f32
                %v2953 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2952) : (f32) -> f32
                %v2954 = arith.mulf %v396, %v2953 fastmath<contract> : f32
                %v2955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2954) : (f32) -> f32
                %v2956 = arith.constant 4 : i64
                %v2957 = arith.addi %v2956, %v38 : i64
                %v2958 = arith.muli %v2957, %v218 : i64
                %v2959 = arith.subi %v2911, %v190 : i64
                %v2960 = arith.addi %v2958, %v2959 : i64
                %v2961 = llvm.getelementptr %v74[%v2960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2962 = llvm.load %v2961 : !llvm.ptr -> f32
                %v2963 = arith.mulf %v2962, %v2937 fastmath<contract> : f32
                %v2964 = arith.mulf %v2955, %v2858 fastmath<contract> : f32
                %v2965 = arith.addf %v2964, %v2963 fastmath<contract> : f32
                %v2966 = arith.constant 8 : i64
                %v2967 = arith.addi %v2966, %v38 : i64
                %v2968 = arith.muli %v2967, %v218 : i64
                %v2969 = arith.subi %v2911, %v190 : i64
                %v2970 = arith.addi %v2968, %v2969 : i64
                %v2971 = llvm.getelementptr %v76[%v2970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2972 = llvm.load %v2971 : !llvm.ptr -> f32
                %v2973 = arith.negf %v2972 : f32
                %v2974 = arith.mulf %v2973, %v391 fastmath<contract> : f32
                %v2975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2974) : (f32) -> f32
                %v2976 = arith.addf %v78, %v2975 fastmath<contract> : f32
                %v2977 = arith.divf %v78, %v2976 : f32
                %v2978 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2977) : (f32) -> f32
                %v2979 = arith.mulf %v396, %v2978 fastmath<contract> : f32
                %v2980 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2979) : (f32) -> f32
                %v2981 = arith.constant 8 : i64
                %v2982 = arith.addi %v2981, %v38 : i64
                %v2983 = arith.muli %v2982, %v218 : i64
                %v2984 = arith.subi %v2911, %v190 : i64
                %v2985 = arith.addi %v2983, %v2984 : i64
                %v2986 = llvm.getelementptr %v74[%v2985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2987 = llvm.load %v2986 : !llvm.ptr -> f32
                %v2988 = arith.mulf %v2987, %v2937 fastmath<contract> : f32
                %v2989 = arith.mulf %v2980, %v2883 fastmath<contract> : f32
                %v2990 = arith.addf %v2989, %v2988 fastmath<contract> : f32
                %v2991 = arith.constant 12 : i64
                %v2992 = arith.addi %v2991, %v38 : i64
                %v2993 = arith.muli %v2992, %v218 : i64
                %v2994 = arith.subi %v2911, %v190 : i64
                %v2995 = arith.addi %v2993, %v2994 : i64
                %v2996 = llvm.getelementptr %v76[%v2995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2997 = llvm.load %v2996 : !llvm.ptr -> f32
                %v2998 = arith.negf %v2997 : f32
                %v2999 = arith.mulf %v2998, %v391 fastmath<contract> : f32
                %v3000 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2999) : (f32) -> f32
                %v3001 = arith.addf %v78, %v3000 fastmath<contract> : f32
                %v3002 = arith.divf %v78, %v3001 : f32
                %v3003 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3002) : (f32) -> f32
                %v3004 = arith.mulf %v396, %v3003 fastmath<contract> : f32
                %v3005 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3004) : (f32) -> f32
                %v3006 = arith.constant 12 : i64
                %v3007 = arith.addi %v3006, %v38 : i64
                %v3008 = arith.muli %v3007, %v218 : i64
                %v3009 = arith.subi %v2911, %v190 : i64
                %v3010 = arith.addi %v3008, %v3009 : i64
                %v3011 = llvm.getelementptr %v74[%v3010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3012 = llvm.load %v3011 : !llvm.ptr -> f32
                %v3013 = arith.mulf %v3012, %v2937 fastmath<contract> : f32
                %v3014 = arith.mulf %v3005, %v2908 fastmath<contract> : f32
                %v3015 = arith.addf %v3014, %v3013 fastmath<contract> : f32
                %v3016 = arith.addi %v514, %v772 : i64
                %v3017 = arith.minsi %v3016, %v2764 : i64
                %v3018 = arith.addi %v190, %v3017 : i64
                %v3019 = arith.muli %v38, %v218 : i64
                %v3020 = arith.subi %v3018, %v190 : i64
                %v3021 = arith.addi %v3019, %v3020 : i64
                %v3022 = llvm.getelementptr %v76[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3023 = llvm.load %v3022 : !llvm.ptr -> f32
                %v3024 = arith.negf %v3023 : f32
                %v3025 = arith.mulf %v3024, %v391 fastmath<contract> : f32
                %v3026 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3025) : (f32) -> f32
                %v3027 = arith.addf %v78, %v3026 fastmath<contract> : f32
                %v3028 = arith.divf %v78, %v3027 : f32
                %v3029 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3028) : (f32) -> f32
                %v3030 = arith.mulf %v396, %v3029 fastmath<contract> : f32
                %v3031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3030) : (f32) -> f32
                %v3032 = arith.muli %v38, %v218 : i64
                %v3033 = arith.subi %v3018, %v190 : i64
                %v3034 = arith.addi %v3032, %v3033 : i64
                %v3035 = llvm.getelementptr %v74[%v3034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3036 = llvm.load %v3035 : !llvm.ptr -> f32
                %v3037 = arith.muli %v52, %v406 : i64
                %v3038 = arith.muli %v3018, %v405 : i64
                %v3039 = arith.addi %v3037, %v3038 : i64
                %v3040 = arith.muli %v50, %size_DV : i64
                %v3041 = arith.addi %v3039, %v3040 : i64
                %v3042 = arith.addi %v3041, %v48 : i64
                %v3043 = llvm.getelementptr %in_v[%v3042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3044 = llvm.load %v3043 : !llvm.ptr -> f32
                %v3045 = arith.mulf %v3036, %v3044 fastmath<contract> : f32
                %v3046 = arith.mulf %v3031, %v2940 fastmath<contract> : f32
                %v3047 = arith.addf %v3046, %v3045 fastmath<contract> : f32
                %v3048 = arith.constant 4 : i64
                %v3049 = arith.addi %v3048, %v38 : i64
                %v3050 = arith.muli %v3049, %v218 : i64
                %v3051 = arith.subi %v3018, %v190 : i64
                %v3052 = arith.addi %v3050, %v3051 : i64
                %v3053 = llvm.getelementptr %v76[%v3052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3054 = llvm.load %v3053 : !llvm.ptr -> f32
                %v3055 = arith.negf %v3054 : f32
                %v3056 = arith.mulf %v3055, %v391 fastmath<contract> : f32
                %v3057 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3056) : (f32) -> f32
                %v3058 = arith.addf %v78, %v3057 fastmath<contract> : f32
                %v3059 = arith.divf %v78, %v3058 : f32
                %v3060 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3059) : (f32) -> f32
                %v3061 = arith.mulf %v396, %v3060 fastmath<contract> : f32
                %v3062 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3061) : (f32) -> f32
                %v3063 = arith.constant 4 : i64
                %v3064 = arith.addi %v3063, %v38 : i64
                %v3065 = arith.muli %v3064, %v218 : i64
                %v3066 = arith.subi %v3018, %v190 : i64
                %v3067 = arith.addi %v3065, %v3066 : i64
                %v3068 = llvm.getelementptr %v74[%v3067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3069 = llvm.load %v3068 : !llvm.ptr -> f32
                %v3070 = arith.mulf %v3069, %v3044 fastmath<contract> : f32
                %v3071 = arith.mulf %v3062, %v2965 fastmath<contract> : f32
                %v3072 = arith.addf %v3071, %v3070 fastmath<contract> : f32
                %v3073 = arith.constant 8 : i64
                %v3074 = arith.addi %v3073, %v38 : i64
                %v3075 = arith.muli %v3074, %v218 : i64
                %v3076 = arith.subi %v3018, %v190 : i64
                %v3077 = arith.addi %v3075, %v3076 : i64
                %v3078 = llvm.getelementptr %v76[%v3077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3079 = llvm.load %v3078 : !llvm.ptr -> f32
                %v3080 = arith.negf %v3079 : f32
                %v3081 = arith.mulf %v3080, %v391 fastmath<contract> : f32
                %v3082 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3081) : (f32) -> f32
                %v3083 = arith.addf %v78, %v3082 fastmath<contract> : f32
                %v3084 = arith.divf %v78, %v3083 : f32
                %v3085 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3084) : (f32) -> f32
                %v3086 = arith.mulf %v396, %v3085 fastmath<contract> : f32
                %v3087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3086) : (f32) -> f32
                %v3088 = arith.constant 8 : i64
                %v3089 = arith.addi %v3088, %v38 : i64
                %v3090 = arith.muli %v3089, %v218 : i64
                %v3091 = arith.subi %v3018, %v190 : i64
                %v3092 = arith.addi %v3090, %v3091 : i64
                %v3093 = llvm.getelementptr %v74[%v3092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3094 = llvm.load %v3093 : !llvm.ptr -> f32
                %v3095 = arith.mulf %v3094, %v3044 fastmath<contract> : f32
                %v3096 = arith.mulf %v3087, %v2990 fastmath<contract> : f32
                %v3097 = arith.addf %v3096, %v3095 fastmath<contract> : f32
                %v3098 = arith.constant 12 : i64
                %v3099 = arith.addi %v3098, %v38 : i64
                %v3100 = arith.muli %v3099, %v218 : i64
                %v3101 = arith.subi %v3018, %v190 : i64
                %v3102 = arith.addi %v3100, %v3101 : i64
                %v3103 = llvm.getelementptr %v76[%v3102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3104 = llvm.load %v3103 : !llvm.ptr -> f32
                %v3105 = arith.negf %v3104 : f32
                %v3106 = arith.mulf %v3105, %v391 fastmath<contract> : f32
                %v3107 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3106) : (f32) -> f32
                %v3108 = arith.addf %v78, %v3107 fastmath<contract> : f32
                %v3109 = arith.divf %v78, %v3108 : f32
                %v3110 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3109) : (f32) -> f32
                %v3111 = arith.mulf %v396, %v3110 fastmath<contract> : f32
                %v3112 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3111) : (f32) -> f32
                %v3113 = arith.constant 12 : i64
                %v3114 = arith.addi %v3113, %v38 : i64
                %v3115 = arith.muli %v3114, %v218 : i64
                %v3116 = arith.subi %v3018, %v190 : i64
                %v3117 = arith.addi %v3115, %v3116 : i64
                %v3118 = llvm.getelementptr %v74[%v3117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3119 = llvm.load %v3118 : !llvm.ptr -> f32
                %v3120 = arith.mulf %v3119, %v3044 fastmath<contract> : f32
                %v3121 = arith.mulf %v3112, %v3015 fastmath<contract> : f32
                %v3122 = arith.addf %v3121, %v3120 fastmath<contract> : f32
                %v3123 = arith.addi %v514, %v157 : i64
                %v3124 = arith.minsi %v3123, %v2764 : i64
                %v3125 = arith.addi %v190, %v3124 : i64
                %v3126 = arith.muli %v38, %v218 : i64
                %v3127 = arith.subi %v3125, %v190 : i64
                %v3128 = arith.addi %v3126, %v3127 : i64
                %v3129 = llvm.getelementptr %v76[%v3128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3130 = llvm.load %v3129 : !llvm.ptr -> f32
                %v3131 = arith.negf %v3130 : f32
                %v3132 = arith.mulf %v3131, %v391 fastmath<contract> : f32
                %v3133 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3132) : (f32) -> f32
                %v3134 = arith.addf %v78, %v3133 fastmath<contract> : f32
                %v3135 = arith.divf %v78, %v3134 : f32
                %v3136 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3135) : (f32) -> f32
                %v3137 = arith.mulf %v396, %v3136 fastmath<contract> : f32
                %v3138 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3137) : (f32) -> f32
                %v3139 = arith.muli %v38, %v218 : i64
                %v3140 = arith.subi %v3125, %v190 : i64
                %v3141 = arith.addi %v3139, %v3140 : i64
                %v3142 = llvm.getelementptr %v74[%v3141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3143 = llvm.load %v3142 : !llvm.ptr -> f32
                %v3144 = arith.muli %v52, %v406 : i64
                %v3145 = arith.muli %v3125, %v405 : i64
                %v3146 = arith.addi %v3144, %v3145 : i64
                %v3147 = arith.muli %v50, %size_DV : i64
                %v3148 = arith.addi %v3146, %v3147 : i64
                %v3149 = arith.addi %v3148, %v48 : i64
                %v3150 = llvm.getelementptr %in_v[%v3149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3151 = llvm.load %v3150 : !llvm.ptr -> f32
                %v3152 = arith.mulf %v3143, %v3151 fastmath<contract> : f32
                %v3153 = arith.mulf %v3138, %v3047 fastmath<contract> : f32
                %v3154 = arith.addf %v3153, %v3152 fastmath<contract> : f32
                %v3155 = arith.constant 4 : i64
                %v3156 = arith.addi %v3155, %v38 : i64
                %v3157 = arith.muli %v3156, %v218 : i64
                %v3158 = arith.subi %v3125, %v190 : i64
                %v3159 = arith.addi %v3157, %v3158 : i64
                %v3160 = llvm.getelementptr %v76[%v3159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3161 = llvm.load %v3160 : !llvm.ptr -> f32
                %v3162 = arith.negf %v3161 : f32
                %v3163 = arith.mulf %v3162, %v391 fastmath<contract> : f32
                %v3164 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3163) : (f32) -> f32
                %v3165 = arith.addf %v78, %v3164 fastmath<contract> : f32
                %v3166 = arith.divf %v78, %v3165 : f32
                %v3167 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3166) : (f32) -> f32
                %v3168 = arith.mulf %v396, %v3167 fastmath<contract> : f32
                %v3169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3168) : (f32) -> f32
                %v3170 = arith.constant 4 : i64
                %v3171 = arith.addi %v3170, %v38 : i64
                %v3172 = arith.muli %v3171, %v218 : i64
                %v3173 = arith.subi %v3125, %v190 : i64
                %v3174 = arith.addi %v3172, %v3173 : i64
                %v3175 = llvm.getelementptr %v74[%v3174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3176 = llvm.load %v3175 : !llvm.ptr -> f32
                %v3177 = arith.mulf %v3176, %v3151 fastmath<contract> : f32
                %v3178 = arith.mulf %v3169, %v3072 fastmath<contract> : f32
                %v3179 = arith.addf %v3178, %v3177 fastmath<contract> : f32
                %v3180 = arith.constant 8 : i64
                %v3181 = arith.addi %v3180, %v38 : i64
                %v3182 = arith.muli %v3181, %v218 : i64
                %v3183 = arith.subi %v3125, %v190 : i64
                %v3184 = arith.addi %v3182, %v3183 : i64
                %v3185 = llvm.getelementptr %v76[%v3184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3186 = llvm.load %v3185 : !llvm.ptr -> f32
                %v3187 = arith.negf %v3186 : f32
                %v3188 = arith.mulf %v3187, %v391 fastmath<contract> : f32
                %v3189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3188) : (f32) -> f32
                %v3190 = arith.addf %v78, %v3189 fastmath<contract> : f32
                %v3191 = arith.divf %v78, %v3190 : f32
                %v3192 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3191) : (f32) -> f32
                %v3193 = arith.mulf %v396, %v3192 fastmath<contract> : f32
                %v3194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3193) : (f32) -> f32
                %v3195 = arith.constant 8 : i64
                %v3196 = arith.addi %v3195, %v38 : i64
                %v3197 = arith.muli %v3196, %v218 : i64
                %v3198 = arith.subi %v3125, %v190 : i64
                %v3199 = arith.addi %v3197, %v3198 : i64
                %v3200 = llvm.getelementptr %v74[%v3199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3201 = llvm.load %v3200 : !llvm.ptr -> f32
                %v3202 = arith.mulf %v3201, %v3151 fastmath<contract> : f32
                %v3203 = arith.mulf %v3194, %v3097 fastmath<contract> : f32
                %v3204 = arith.addf %v3203, %v3202 fastmath<contract> : f32
                %v3205 = arith.constant 12 : i64
                %v3206 = arith.addi %v3205, %v38 : i64
                %v3207 = arith.muli %v3206, %v218 : i64
                %v3208 = arith.subi %v3125, %v190 : i64
                %v3209 = arith.addi %v3207, %v3208 : i64
                %v3210 = llvm.getelementptr %v76[%v3209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3211 = llvm.load %v3210 : !llvm.ptr -> f32
                %v3212 = arith.negf %v3211 : f32
                %v3213 = arith.mulf %v3212, %v391 fastmath<contract> : f32
                %v3214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3213) : (f32) -> f32
                %v3215 = arith.addf %v78, %v3214 fastmath<contract> : f32
                %v3216 = arith.divf %v78, %v3215 : f32
                %v3217 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3216) : (f32) -> f32
                %v3218 = arith.mulf %v396, %v3217 fastmath<contract> : f32
                %v3219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3218) : (f32) -> f32
                %v3220 = arith.constant 12 : i64
                %v3221 = arith.addi %v3220, %v38 : i64
                %v3222 = arith.muli %v3221, %v218 : i64
                %v3223 = arith.subi %v3125, %v190 : i64
                %v3224 = arith.addi %v3222, %v3223 : i64
                %v3225 = llvm.getelementptr %v74[%v3224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3226 = llvm.load %v3225 : !llvm.ptr -> f32
                %v3227 = arith.mulf %v3226, %v3151 fastmath<contract> : f32
                %v3228 = arith.mulf %v3219, %v3122 fastmath<contract> : f32
                %v3229 = arith.addf %v3228, %v3227 fastmath<contract> : f32
                %v3231 = arith.shrui %v38, %v79 : i64
                %v3232 = arith.andi %v3231, %v2 : i64
                %v3233 = arith.cmpi ne, %v3232, %v79 : i64
                %v3234 = arith.shrui %v38, %v2 : i64
                %v3235 = arith.andi %v3234, %v2 : i64
                %v3236 = arith.cmpi ne, %v3235, %v79 : i64
                %v3237 = arith.subi %v192, %v514 : i64
                %v3238 = arith.trunci %v3237 : i64 to i32
                %v3239 = arith.subi %size_L, %v2 : i64
                %v3240 = arith.addi %v190, %v514 : i64
                %v3241 = arith.subi %v3239, %v3240 : i64
                %v3242 = arith.minsi %v3241, %v999 : i64
                %v3243 = arith.trunci %v3242 : i64 to i32
                %v3244 = arith.addi %v514, %v157 : i64
                %v3245 = arith.cmpi slt, %v1003, %v3238 : i32
                %v3246 = arith.cmpi eq, %v1003, %v3243 : i32
                llvm.store %v77, %v3230 : f32, !llvm.ptr
                scf.if %v3245 {
                  %v3247 = arith.addi %v190, %v3244 : i64
                  %v3248 = arith.muli %v38, %v218 : i64
                  %v3249 = arith.subi %v3247, %v190 : i64
                  %v3250 = arith.addi %v3248, %v3249 : i64
                  %v3251 = llvm.getelementptr %v72[%v3250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3252 = llvm.load %v3251 : !llvm.ptr -> f32
                  %v3253 = arith.muli %v52, %v406 : i64
                  %v3254 = arith.muli %v3247, %v405 : i64
                  %v3255 = arith.addi %v3253, %v3254 : i64
                  %v3256 = arith.muli %v50, %size_DV : i64
                  %v3257 = arith.addi %v3255, %v3256 : i64
                  %v3258 = arith.addi %v3257, %v48 : i64
                  %v3259 = llvm.getelementptr %dy_o[%v3258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3260 = llvm.load %v3259 : !llvm.ptr -> f32
                  %v3261 = arith.mulf %v3252, %v3260 fastmath<contract> : f32
                  %v3262 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3263 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3264 = arith.mulf %v3263, %v3262 fastmath<contract> : f32
                  %v3265 = arith.addf %v3261, %v3264 fastmath<contract> : f32
                  llvm.store %v3265, %v57 : f32, !llvm.ptr
                  %v3266 = arith.constant 4 : i64
                  %v3267 = arith.addi %v3266, %v38 : i64
                  %v3268 = arith.muli %v3267, %v218 : i64
                  %v3269 = arith.subi %v3247, %v190 : i64
                  %v3270 = arith.addi %v3268, %v3269 : i64
                  %v3271 = llvm.getelementptr %v72[%v3270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3272 = llvm.load %v3271 : !llvm.ptr -> f32
                  %v3273 = arith.mulf %v3272, %v3260 fastmath<contract> : f32
                  %v3274 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3275 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3276 = arith.mulf %v3275, %v3274 fastmath<contract> : f32
                  %v3277 = arith.addf %v3273, %v3276 fastmath<contract> : f32
                  llvm.store %v3277, %v58 : f32, !llvm.ptr
                  %v3278 = arith.constant 8 : i64
                  %v3279 = arith.addi %v3278, %v38 : i64
                  %v3280 = arith.muli %v3279, %v218 : i64
                  %v3281 = arith.subi %v3247, %v190 : i64
                  %v3282 = arith.addi %v3280, %v3281 : i64
                  %v3283 = llvm.getelementptr %v72[%v3282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3284 = llvm.load %v3283 : !llvm.ptr -> f32
                  %v3285 = arith.mulf %v3284, %v3260 fastmath<contract> : f32
                  %v3286 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3287 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3288 = arith.mulf %v3287, %v3286 fastmath<contract> : f32
                  %v3289 = arith.addf %v3285, %v3288 fastmath<contract> : f32
                  llvm.store %v3289, %v59 : f32, !llvm.ptr
                  %v3290 = arith.constant 12 : i64
                  %v3291 = arith.addi %v3290, %v38 : i64
                  %v3292 = arith.muli %v3291, %v218 : i64
                  %v3293 = arith.subi %v3247, %v190 : i64
                  %v3294 = arith.addi %v3292, %v3293 : i64
                  %v3295 = llvm.getelementptr %v72[%v3294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3296 = llvm.load %v3295 : !llvm.ptr -> f32
                  %v3297 = arith.mulf %v3296, %v3260 fastmath<contract> : f32
                  %v3298 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3299 = llvm.load %v64 : !llvm.ptr -> f32
                  %v3300 = arith.mulf %v3299, %v3298 fastmath<contract> : f32
                  %v3301 = arith.addf %v3297, %v3300 fastmath<contract> : f32
                  llvm.store %v3301, %v60 : f32, !llvm.ptr
                  scf.if %v3246 {
                  }
                  %v3302 = arith.mulf %v3154, %v3260 fastmath<contract> : f32
                  %v3303 = arith.mulf %v3179, %v3260 fastmath<contract> : f32
                  %v3304 = arith.mulf %v3204, %v3260 fastmath<contract> : f32
                  %v3305 = arith.mulf %v3229, %v3260 fastmath<contract> : f32
                  %v3306 = arith.muli %v52, %v406 : i64
                  %v3307 = arith.muli %v3247, %v405 : i64
                  %v3308 = arith.addi %v3306, %v3307 : i64
                  %v3309 = arith.muli %v50, %size_DV : i64
                  %v3310 = arith.addi %v3308, %v3309 : i64
                  %v3311 = arith.addi %v3310, %v48 : i64
                  %v3312 = llvm.getelementptr %in_v[%v3311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3313 = llvm.load %v3312 : !llvm.ptr -> f32
                  %v3314 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3315 = arith.mulf %v3313, %v3314 fastmath<contract> : f32
                  %v3316 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3317 = arith.mulf %v3313, %v3316 fastmath<contract> : f32
                  %v3318 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3319 = arith.mulf %v3313, %v3318 fastmath<contract> : f32
                  %v3320 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3321 = arith.mulf %v3313, %v3320 fastmath<contract> : f32
                  %v3322 = arith.muli %v38, %v218 : i64
                  %v3323 = arith.subi %v3247, %v190 : i64
                  %v3324 = arith.addi %v3322, %v3323 : i64
                  %v3325 = llvm.getelementptr %v76[%v3324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3326 = llvm.load %v3325 : !llvm.ptr -> f32
                  %v3327 = arith.negf %v3326 : f32
                  %v3328 = arith.mulf %v3327, %v391 fastmath<contract> : f32
                  %v3329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3328) : (f32) -> f32
                  %v3330 = arith.addf %v78, %v3329 fastmath<contract> : f32
                  %v3331 = arith.divf %v78, %v3330 : f32
                  %v3332 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3331) : (f32) -> f32
                  %v3333 = arith.mulf %v1091, %v3332 fastmath<contract> : f32
                  %v3334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3333) : (f32) -> f32
                  %v3335 = arith.mulf %v3047, %v3314 fastmath<contract> : f32
                  %v3336 = arith.mulf %v396, %v3335 fastmath<contract> : f32
                  %v3337 = arith.mulf %v3334, %v3336 fastmath<contract> : f32
                  %v3338 = arith.subf %v78, %v3331 fastmath<contract> : f32
                  %v3339 = arith.mulf %v3331, %v3338 fastmath<contract> : f32
                  %v3340 = arith.mulf %v3337, %v3339 fastmath<contract> : f32
                  %v3341 = arith.constant 4 : i64
                  %v3342 = arith.addi %v3341, %v38 : i64
                  %v3343 = arith.muli %v3342, %v218 : i64
                  %v3344 = arith.subi %v3247, %v190 : i64
                  %v3345 = arith.addi %v3343, %v3344 : i64
                  %v3346 = llvm.getelementptr %v76[%v3345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3347 = llvm.load %v3346 : !llvm.ptr -> f32
                  %v3348 = arith.negf %v3347 : f32
                  %v3349 = arith.mulf %v3348, %v391 fastmath<contract> : f32
                  %v3350 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3349) : (f32) -> f32
                  %v3351 = arith.addf %v78, %v3350 fastmath<contract> : f32
                  %v3352 = arith.divf %v78, %v3351 : f32
                  %v3353 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3352) : (f32) -> f32
                  %v3354 = arith.mulf %v1091, %v3353 fastmath<contract> : f32
                  %v3355 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3354) : (f32) -> f32
                  %v3356 = arith.mulf %v3072, %v3316 fastmath<contract> : f32
                  %v3357 = arith.mulf %v396, %v3356 fastmath<contract> : f32
                  %v3358 = arith.mulf %v3355, %v3357 fastmath<contract> : f32
                  %v3359 = arith.subf %v78, %v3352 fastmath<contract> : f32
                  %v3360 = arith.mulf %v3352, %v3359 fastmath<contract> : f32
                  %v3361 = arith.mulf %v3358, %v3360 fastmath<contract> : f32
                  %v3362 = arith.constant 8 : i64
                  %v3363 = arith.addi %v3362, %v38 : i64
                  %v3364 = arith.muli %v3363, %v218 : i64
                  %v3365 = arith.subi %v3247, %v190 : i64
                  %v3366 = arith.addi %v3364, %v3365 : i64
                  %v3367 = llvm.getelementptr %v76[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3368 = llvm.load %v3367 : !llvm.ptr -> f32
                  %v3369 = arith.negf %v3368 : f32
                  %v3370 = arith.mulf %v3369, %v391 fastmath<contract> : f32
                  %v3371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3370) : (f32) -> f32
                  %v3372 = arith.addf %v78, %v3371 fastmath<contract> : f32
                  %v3373 = arith.divf %v78, %v3372 : f32
                  %v3374 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3373) : (f32) -> f32
                  %v3375 = arith.mulf %v1091, %v3374 fastmath<contract> : f32
                  %v3376 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3375) : (f32) -> f32
                  %v3377 = arith.mulf %v3097, %v3318 fastmath<contract> : f32
                  %v3378 = arith.mulf %v396, %v3377 fastmath<contract> : f32
                  %v3379 = arith.mulf %v3376, %v3378 fastmath<contract> : f32
                  %v3380 = arith.subf %v78, %v3373 fastmath<contract> : f32
                  %v3381 = arith.mulf %v3373, %v3380 fastmath<contract> : f32
                  %v3382 = arith.mulf %v3379, %v3381 fastmath<contract> : f32
                  %v3383 = arith.constant 12 : i64
                  %v3384 = arith.addi %v3383, %v38 : i64
                  %v3385 = arith.muli %v3384, %v218 : i64
                  %v3386 = arith.subi %v3247, %v190 : i64
                  %v3387 = arith.addi %v3385, %v3386 : i64
                  %v3388 = llvm.getelementptr %v76[%v3387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3389 = llvm.load %v3388 : !llvm.ptr -> f32
                  %v3390 = arith.negf %v3389 : f32
                  %v3391 = arith.mulf %v3390, %v391 fastmath<contract> : f32
                  %v3392 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3391) : (f32) -> f32
                  %v3393 = arith.addf %v78, %v3392 fastmath<contract> : f32
                  %v3394 = arith.divf %v78, %v3393 : f32
                  %v3395 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3394) : (f32) -> f32
                  %v3396 = arith.mulf %v1091, %v3395 fastmath<contract> : f32
                  %v3397 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3396) : (f32) -> f32
                  %v3398 = arith.mulf %v3122, %v3320 fastmath<contract> : f32
                  %v3399 = arith.mulf %v396, %v3398 fastmath<contract> : f32
                  %v3400 = arith.mulf %v3397, %v3399 fastmath<contract> : f32
                  %v3401 = arith.subf %v78, %v3394 fastmath<contract> : f32
                  %v3402 = arith.mulf %v3394, %v3401 fastmath<contract> : f32
                  %v3403 = arith.mulf %v3400, %v3402 fastmath<contract> : f32
                  %v3404 = arith.select %v42, %v3302, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3405, %v3406 = gpu.shuffle xor %v3404, %v1165, %v381 : f32
                  %v3407 = arith.addf %v3404, %v3405 fastmath<contract> : f32
                  %v3408, %v3409 = gpu.shuffle xor %v3407, %v1169, %v381 : f32
                  %v3410 = arith.addf %v3407, %v3408 fastmath<contract> : f32
                  %v3411, %v3412 = gpu.shuffle xor %v3410, %v1173, %v381 : f32
                  %v3413 = arith.addf %v3410, %v3411 fastmath<contract> : f32
                  %v3414 = arith.divui %v23, %v1177 : i64
                  %v3415 = arith.remui %v23, %v1177 : i64
                  %v3416 = arith.cmpi ult, %v3415, %v37 : i64
                  %v3417 = arith.muli %v3414, %v1 : i64
                  %v3418 = arith.addi %v3417, %v38 : i64
                  %v3419 = arith.muli %v3418, %v1183 : i64
                  %v3420 = arith.addi %v3419, %v516 : i64
                  scf.if %v3416 {
                    %v3421 = llvm.getelementptr %v66[%v3420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3413, %v3421 : f32, !llvm.ptr
                  }
                  %v3422 = arith.select %v42, %v3303, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3423, %v3424 = gpu.shuffle xor %v3422, %v1165, %v381 : f32
                  %v3425 = arith.addf %v3422, %v3423 fastmath<contract> : f32
                  %v3426, %v3427 = gpu.shuffle xor %v3425, %v1169, %v381 : f32
                  %v3428 = arith.addf %v3425, %v3426 fastmath<contract> : f32
                  %v3429, %v3430 = gpu.shuffle xor %v3428, %v1173, %v381 : f32
                  %v3431 = arith.addf %v3428, %v3429 fastmath<contract> : f32
                  %v3432 = arith.divui %v23, %v1177 : i64
                  %v3433 = arith.remui %v23, %v1177 : i64
                  %v3434 = arith.cmpi ult, %v3433, %v37 : i64
                  %v3435 = arith.addi %v37, %v38 : i64
                  %v3436 = arith.muli %v3432, %v1 : i64
                  %v3437 = arith.addi %v3436, %v3435 : i64
                  %v3438 = arith.muli %v3437, %v1183 : i64
                  %v3439 = arith.addi %v3438, %v516 : i64
                  scf.if %v3434 {
                    %v3440 = llvm.getelementptr %v66[%v3439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3431, %v3440 : f32, !llvm.ptr
                  }
                  %v3441 = arith.select %v42, %v3304, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3442, %v3443 = gpu.shuffle xor %v3441, %v1165, %v381 : f32
                  %v3444 = arith.addf %v3441, %v3442 fastmath<contract> : f32
                  %v3445, %v3446 = gpu.shuffle xor %v3444, %v1169, %v381 : f32
                  %v3447 = arith.addf %v3444, %v3445 fastmath<contract> : f32
                  %v3448, %v3449 = gpu.shuffle xor %v3447, %v1173, %v381 : f32
                  %v3450 = arith.addf %v3447, %v3448 fastmath<contract> : f32
                  %v3451 = arith.divui %v23, %v1177 : i64
                  %v3452 = arith.remui %v23, %v1177 : i64
                  %v3453 = arith.cmpi ult, %v3452, %v37 : i64
                  %v3454 = arith.addi %v116, %v38 : i64
                  %v3455 = arith.muli %v3451, %v1 : i64
                  %v3456 = arith.addi %v3455, %v3454 : i64
                  %v3457 = arith.muli %v3456, %v1183 : i64
                  %v3458 = arith.addi %v3457, %v516 : i64
                  scf.if %v3453 {
                    %v3459 = llvm.getelementptr %v66[%v3458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3450, %v3459 : f32, !llvm.ptr
                  }
                  %v3460 = arith.select %v42, %v3305, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3461, %v3462 = gpu.shuffle xor %v3460, %v1165, %v381 : f32
                  %v3463 = arith.addf %v3460, %v3461 fastmath<contract> : f32
                  %v3464, %v3465 = gpu.shuffle xor %v3463, %v1169, %v381 : f32
                  %v3466 = arith.addf %v3463, %v3464 fastmath<contract> : f32
                  %v3467, %v3468 = gpu.shuffle xor %v3466, %v1173, %v381 : f32
                  %v3469 = arith.addf %v3466, %v3467 fastmath<contract> : f32
                  %v3470 = arith.divui %v23, %v1177 : i64
                  %v3471 = arith.remui %v23, %v1177 : i64
                  %v3472 = arith.cmpi ult, %v3471, %v37 : i64
                  %v3473 = arith.addi %v136, %v38 : i64
                  %v3474 = arith.muli %v3470, %v1 : i64
                  %v3475 = arith.addi %v3474, %v3473 : i64
                  %v3476 = arith.muli %v3475, %v1183 : i64
                  %v3477 = arith.addi %v3476, %v516 : i64
                  scf.if %v3472 {
                    %v3478 = llvm.getelementptr %v66[%v3477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3469, %v3478 : f32, !llvm.ptr
                  }
                  %v3479 = arith.select %v42, %v3315, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3480, %v3481 = gpu.shuffle xor %v3479, %v1165, %v381 : f32
                  %v3482 = arith.addf %v3479, %v3480 fastmath<contract> : f32
                  %v3483, %v3484 = gpu.shuffle xor %v3482, %v1169, %v381 : f32
                  %v3485 = arith.addf %v3482, %v3483 fastmath<contract> : f32
                  %v3486, %v3487 = gpu.shuffle xor %v3485, %v1173, %v381 : f32
                  %v3488 = arith.addf %v3485, %v3486 fastmath<contract> : f32
                  %v3489 = arith.divui %v23, %v1177 : i64
                  %v3490 = arith.remui %v23, %v1177 : i64
                  %v3491 = arith.cmpi ult, %v3490, %v37 : i64
                  %v3492 = arith.muli %v3489, %v1 : i64
                  %v3493 = arith.addi %v3492, %v38 : i64
                  %v3494 = arith.muli %v3493, %v1183 : i64
                  %v3495 = arith.addi %v3494, %v516 : i64
                  scf.if %v3491 {
                    %v3496 = llvm.getelementptr %v68[%v3495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3488, %v3496 : f32, !llvm.ptr
                  }
                  %v3497 = arith.select %v42, %v3317, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3498, %v3499 = gpu.shuffle xor %v3497, %v1165, %v381 : f32
                  %v3500 = arith.addf %v3497, %v3498 fastmath<contract> : f32
                  %v3501, %v3502 = gpu.shuffle xor %v3500, %v1169, %v381 : f32
                  %v3503 = arith.addf %v3500, %v3501 fastmath<contract> : f32
                  %v3504, %v3505 = gpu.shuffle xor %v3503, %v1173, %v381 : f32
                  %v3506 = arith.addf %v3503, %v3504 fastmath<contract> : f32
                  %v3507 = arith.divui %v23, %v1177 : i64
                  %v3508 = arith.remui %v23, %v1177 : i64
                  %v3509 = arith.cmpi ult, %v3508, %v37 : i64
                  %v3510 = arith.addi %v37, %v38 : i64
                  %v3511 = arith.muli %v3507, %v1 : i64
                  %v3512 = arith.addi %v3511, %v3510 : i64
                  %v3513 = arith.muli %v3512, %v1183 : i64
                  %v3514 = arith.addi %v3513, %v516 : i64
                  scf.if %v3509 {
                    %v3515 = llvm.getelementptr %v68[%v3514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3506, %v3515 : f32, !llvm.ptr
                  }
                  %v3516 = arith.select %v42, %v3319, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3517, %v3518 = gpu.shuffle xor %v3516, %v1165, %v381 : f32
                  %v3519 = arith.addf %v3516, %v3517 fastmath<contract> : f32
                  %v3520, %v3521 = gpu.shuffle xor %v3519, %v1169, %v381 : f32
                  %v3522 = arith.addf %v3519, %v3520 fastmath<contract> : f32
                  %v3523, %v3524 = gpu.shuffle xor %v3522, %v1173, %v381 : f32
                  %v3525 = arith.addf %v3522, %v3523 fastmath<contract> : f32
                  %v3526 = arith.divui %v23, %v1177 : i64
                  %v3527 = arith.remui %v23, %v1177 : i64
                  %v3528 = arith.cmpi ult, %v3527, %v37 : i64
                  %v3529 = arith.addi %v116, %v38 : i64
                  %v3530 = arith.muli %v3526, %v1 : i64
                  %v3531 = arith.addi %v3530, %v3529 : i64
                  %v3532 = arith.muli %v3531, %v1183 : i64
                  %v3533 = arith.addi %v3532, %v516 : i64
                  scf.if %v3528 {
                    %v3534 = llvm.getelementptr %v68[%v3533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3525, %v3534 : f32, !llvm.ptr
                  }
                  %v3535 = arith.select %v42, %v3321, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3536, %v3537 = gpu.shuffle xor %v3535, %v1165, %v381 : f32
                  %v3538 = arith.addf %v3535, %v3536 fastmath<contract> : f32
                  %v3539, %v3540 = gpu.shuffle xor %v3538, %v1169, %v381 : f32
                  %v3541 = arith.addf %v3538, %v3539 fastmath<contract> : f32
                  %v3542, %v3543 = gpu.shuffle xor %v3541, %v1173, %v381 : f32
                  %v3544 = arith.addf %v3541, %v3542 fastmath<contract> : f32
                  %v3545 = arith.divui %v23, %v1177 : i64
                  %v3546 = arith.remui %v23, %v1177 : i64
                  %v3547 = arith.cmpi ult, %v3546, %v37 : i64
                  %v3548 = arith.addi %v136, %v38 : i64
                  %v3549 = arith.muli %v3545, %v1 : i64
                  %v3550 = arith.addi %v3549, %v3548 : i64
                  %v3551 = arith.muli %v3550, %v1183 : i64
                  %v3552 = arith.addi %v3551, %v516 : i64
                  scf.if %v3547 {
                    %v3553 = llvm.getelementptr %v68[%v3552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3544, %v3553 : f32, !llvm.ptr
                  }
                  %v3554 = arith.select %v42, %v3340, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3555, %v3556 = gpu.shuffle xor %v3554, %v1165, %v381 : f32
                  %v3557 = arith.addf %v3554, %v3555 fastmath<contract> : f32
                  %v3558, %v3559 = gpu.shuffle xor %v3557, %v1169, %v381 : f32
                  %v3560 = arith.addf %v3557, %v3558 fastmath<contract> : f32
                  %v3561, %v3562 = gpu.shuffle xor %v3560, %v1173, %v381 : f32
                  %v3563 = arith.addf %v3560, %v3561 fastmath<contract> : f32
                  %v3564 = arith.divui %v23, %v1177 : i64
                  %v3565 = arith.remui %v23, %v1177 : i64
                  %v3566 = arith.cmpi ult, %v3565, %v37 : i64
                  %v3567 = arith.muli %v3564, %v1 : i64
                  %v3568 = arith.addi %v3567, %v38 : i64
                  %v3569 = arith.muli %v3568, %v1183 : i64
                  %v3570 = arith.addi %v3569, %v516 : i64
                  scf.if %v3566 {
                    %v3571 = llvm.getelementptr %v70[%v3570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3563, %v3571 : f32, !llvm.ptr
                  }
                  %v3572 = arith.select %v42, %v3361, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3573, %v3574 = gpu.shuffle xor %v3572, %v1165, %v381 : f32
                  %v3575 = arith.addf %v3572, %v3573 fastmath<contract> : f32
                  %v3576, %v3577 = gpu.shuffle xor %v3575, %v1169, %v381 : f32
                  %v3578 = arith.addf %v3575, %v3576 fastmath<contract> : f32
                  %v3579, %v3580 = gpu.shuffle xor %v3578, %v1173, %v381 : f32
                  %v3581 = arith.addf %v3578, %v3579 fastmath<contract> : f32
                  %v3582 = arith.divui %v23, %v1177 : i64
                  %v3583 = arith.remui %v23, %v1177 : i64
                  %v3584 = arith.cmpi ult, %v3583, %v37 : i64
                  %v3585 = arith.addi %v37, %v38 : i64
                  %v3586 = arith.muli %v3582, %v1 : i64
                  %v3587 = arith.addi %v3586, %v3585 : i64
                  %v3588 = arith.muli %v3587, %v1183 : i64
                  %v3589 = arith.addi %v3588, %v516 : i64
                  scf.if %v3584 {
                    %v3590 = llvm.getelementptr %v70[%v3589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3581, %v3590 : f32, !llvm.ptr
                  }
                  %v3591 = arith.select %v42, %v3382, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3592, %v3593 = gpu.shuffle xor %v3591, %v1165, %v381 : f32
                  %v3594 = arith.addf %v3591, %v3592 fastmath<contract> : f32
                  %v3595, %v3596 = gpu.shuffle xor %v3594, %v1169, %v381 : f32
                  %v3597 = arith.addf %v3594, %v3595 fastmath<contract> : f32
                  %v3598, %v3599 = gpu.shuffle xor %v3597, %v1173, %v381 : f32
                  %v3600 = arith.addf %v3597, %v3598 fastmath<contract> : f32
                  %v3601 = arith.divui %v23, %v1177 : i64
                  %v3602 = arith.remui %v23, %v1177 : i64
                  %v3603 = arith.cmpi ult, %v3602, %v37 : i64
                  %v3604 = arith.addi %v116, %v38 : i64
                  %v3605 = arith.muli %v3601, %v1 : i64
                  %v3606 = arith.addi %v3605, %v3604 : i64
                  %v3607 = arith.muli %v3606, %v1183 : i64
                  %v3608 = arith.addi %v3607, %v516 : i64
                  scf.if %v3603 {
                    %v3609 = llvm.getelementptr %v70[%v3608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3600, %v3609 : f32, !llvm.ptr
                  }
                  %v3610 = arith.select %v42, %v3403, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3611, %v3612 = gpu.shuffle xor %v3610, %v1165, %v381 : f32
                  %v3613 = arith.addf %v3610, %v3611 fastmath<contract> : f32
                  %v3614, %v3615 = gpu.shuffle xor %v3613, %v1169, %v381 : f32
                  %v3616 = arith.addf %v3613, %v3614 fastmath<contract> : f32
                  %v3617, %v3618 = gpu.shuffle xor %v3616, %v1173, %v381 : f32
                  %v3619 = arith.addf %v3616, %v3617 fastmath<contract> : f32
                  %v3620 = arith.divui %v23, %v1177 : i64
                  %v3621 = arith.remui %v23, %v1177 : i64
                  %v3622 = arith.cmpi ult, %v3621, %v37 : i64
                  %v3623 = arith.addi %v136, %v38 : i64
                  %v3624 = arith.muli %v3620, %v1 : i64
                  %v3625 = arith.addi %v3624, %v3623 : i64
                  %v3626 = arith.muli %v3625, %v1183 : i64
                  %v3627 = arith.addi %v3626, %v516 : i64
                  scf.if %v3622 {
                    %v3628 = llvm.getelementptr %v70[%v3627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3619, %v3628 : f32, !llvm.ptr
                  }
                  %v3629 = arith.muli %v38, %v218 : i64
                  %v3630 = arith.subi %v3247, %v190 : i64
                  %v3631 = arith.addi %v3629, %v3630 : i64
                  %v3632 = llvm.getelementptr %v74[%v3631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3633 = llvm.load %v3632 : !llvm.ptr -> f32
                  %v3634 = arith.mulf %v3633, %v3314 fastmath<contract> : f32
                  %v3635 = arith.constant 4 : i64
                  %v3636 = arith.addi %v3635, %v38 : i64
                  %v3637 = arith.muli %v3636, %v218 : i64
                  %v3638 = arith.subi %v3247, %v190 : i64
                  %v3639 = arith.addi %v3637, %v3638 : i64
                  %v3640 = llvm.getelementptr %v74[%v3639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3641 = llvm.load %v3640 : !llvm.ptr -> f32
                  %v3642 = arith.mulf %v3641, %v3316 fastmath<contract> : f32
                  %v3643 = arith.addf %v3634, %v3642 fastmath<contract> : f32
                  %v3644 = arith.constant 8 : i64
                  %v3645 = arith.addi %v3644, %v38 : i64
                  %v3646 = arith.muli %v3645, %v218 : i64
                  %v3647 = arith.subi %v3247, %v190 : i64
                  %v3648 = arith.addi %v3646, %v3647 : i64
                  %v3649 = llvm.getelementptr %v74[%v3648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3650 = llvm.load %v3649 : !llvm.ptr -> f32
                  %v3651 = arith.mulf %v3650, %v3318 fastmath<contract> : f32
                  %v3652 = arith.addf %v3643, %v3651 fastmath<contract> : f32
                  %v3653 = arith.constant 12 : i64
                  %v3654 = arith.addi %v3653, %v38 : i64
                  %v3655 = arith.muli %v3654, %v218 : i64
                  %v3656 = arith.subi %v3247, %v190 : i64
                  %v3657 = arith.addi %v3655, %v3656 : i64
                  %v3658 = llvm.getelementptr %v74[%v3657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3659 = llvm.load %v3658 : !llvm.ptr -> f32
                  %v3660 = arith.mulf %v3659, %v3320 fastmath<contract> : f32
                  %v3661 = arith.addf %v3652, %v3660 fastmath<contract> : f32
                  llvm.store %v3661, %v3230 : f32, !llvm.ptr
                  %v3662 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3331) : (f32) -> f32
                  %v3663 = arith.mulf %v396, %v3662 fastmath<contract> : f32
                  %v3664 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3663) : (f32) -> f32
                  llvm.store %v3664, %v61 : f32, !llvm.ptr
                  %v3665 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3352) : (f32) -> f32
                  %v3666 = arith.mulf %v396, %v3665 fastmath<contract> : f32
                  %v3667 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3666) : (f32) -> f32
                  llvm.store %v3667, %v62 : f32, !llvm.ptr
                  %v3668 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3373) : (f32) -> f32
                  %v3669 = arith.mulf %v396, %v3668 fastmath<contract> : f32
                  %v3670 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3669) : (f32) -> f32
                  llvm.store %v3670, %v63 : f32, !llvm.ptr
                  %v3671 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3394) : (f32) -> f32
                  %v3672 = arith.mulf %v396, %v3671 fastmath<contract> : f32
                  %v3673 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3672) : (f32) -> f32
                  llvm.store %v3673, %v64 : f32, !llvm.ptr
                }
                %v3674 = llvm.load %v3230 : !llvm.ptr -> f32
                %v3675 = arith.addi %v514, %v772 : i64
                %v3676 = arith.cmpi slt, %v1441, %v3238 : i32
                %v3677 = arith.cmpi eq, %v1441, %v3243 : i32
                %v3678 = arith.addi %v516, %v2 : i64
                llvm.store %v77, %v3230 : f32, !llvm.ptr
                scf.if %v3676 {
                  %v3679 = arith.addi %v190, %v3675 : i64
                  %v3680 = arith.muli %v38, %v218 : i64
                  %v3681 = arith.subi %v3679, %v190 : i64
                  %v3682 = arith.addi %v3680, %v3681 : i64
                  %v3683 = llvm.getelementptr %v72[%v3682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3684 = llvm.load %v3683 : !llvm.ptr -> f32
                  %v3685 = arith.muli %v52, %v406 : i64
                  %v3686 = arith.muli %v3679, %v405 : i64
                  %v3687 = arith.addi %v3685, %v3686 : i64
                  %v3688 = arith.muli %v50, %size_DV : i64
                  %v3689 = arith.addi %v3687, %v3688 : i64
                  %v3690 = arith.addi %v3689, %v48 : i64
                  %v3691 = llvm.getelementptr %dy_o[%v3690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3692 = llvm.load %v3691 : !llvm.ptr -> f32
                  %v3693 = arith.mulf %v3684, %v3692 fastmath<contract> : f32
                  %v3694 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3695 = llvm.load %v61 : !llvm.ptr -> f32
                  %v3696 = arith.mulf %v3695, %v3694 fastmath<contract> : f32
                  %v3697 = arith.addf %v3693, %v3696 fastmath<contract> : f32
                  llvm.store %v3697, %v57 : f32, !llvm.ptr
                  %v3698 = arith.constant 4 : i64
                  %v3699 = arith.addi %v3698, %v38 : i64
                  %v3700 = arith.muli %v3699, %v218 : i64
                  %v3701 = arith.subi %v3679, %v190 : i64
                  %v3702 = arith.addi %v3700, %v3701 : i64
                  %v3703 = llvm.getelementptr %v72[%v3702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3704 = llvm.load %v3703 : !llvm.ptr -> f32
                  %v3705 = arith.mulf %v3704, %v3692 fastmath<contract> : f32
                  %v3706 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3707 = llvm.load %v62 : !llvm.ptr -> f32
                  %v3708 = arith.mulf %v3707, %v3706 fastmath<contract> : f32
                  %v3709 = arith.addf %v3705, %v3708 fastmath<contract> : f32
                  llvm.store %v3709, %v58 : f32, !llvm.ptr
                  %v3710 = arith.constant 8 : i64
                  %v3711 = arith.addi %v3710, %v38 : i64
                  %v3712 = arith.muli %v3711, %v218 : i64
                  %v3713 = arith.subi %v3679, %v190 : i64
                  %v3714 = arith.addi %v3712, %v3713 : i64
                  %v3715 = llvm.getelementptr %v72[%v3714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3716 = llvm.load %v3715 : !llvm.ptr -> f32
                  %v3717 = arith.mulf %v3716, %v3692 fastmath<contract> : f32
                  %v3718 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3719 = llvm.load %v63 : !llvm.ptr -> f32
                  %v3720 = arith.mulf %v3719, %v3718 fastmath<contract> : f32
                  %v3721 = arith.addf %v3717, %v3720 fastmath<contract> : f32
                  llvm.store %v3721, %v59 : f32, !llvm.ptr
                  %v3722 = arith.constant 12 : i64
                  %v3723 = arith.addi %v3722, %v38 : i64
                  %v3724 = arith.muli %v3723, %v218 : i64
                  %v3725 = arith.subi %v3679, %v190 : i64
                  %v3726 = arith.addi %v3724, %v3725 : i64
                  %v3727 = llvm.getelementptr %v72[%v3726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3728 = llvm.load %v3727 : !llvm.ptr -> f32
                  %v3729 = arith.mulf %v3728, %v3692 fastmath<contract> : f32
                  %v3730 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3731 = llvm.load %v64 : !llvm.ptr -> f32
                  %v3732 = arith.mulf %v3731, %v3730 fastmath<contract> : f32
                  %v3733 = arith.addf %v3729, %v3732 fastmath<contract> : f32
                  llvm.store %v3733, %v60 : f32, !llvm.ptr
                  scf.if %v3677 {
                  }
                  %v3734 = arith.mulf %v3047, %v3692 fastmath<contract> : f32
                  %v3735 = arith.mulf %v3072, %v3692 fastmath<contract> : f32
                  %v3736 = arith.mulf %v3097, %v3692 fastmath<contract> : f32
                  %v3737 = arith.mulf %v3122, %v3692 fastmath<contract> : f32
                  %v3738 = arith.muli %v52, %v406 : i64
                  %v3739 = arith.muli %v3679, %v405 : i64
                  %v3740 = arith.addi %v3738, %v3739 : i64
                  %v3741 = arith.muli %v50, %size_DV : i64
                  %v3742 = arith.addi %v3740, %v3741 : i64
                  %v3743 = arith.addi %v3742, %v48 : i64
                  %v3744 = llvm.getelementptr %in_v[%v3743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3745 = llvm.load %v3744 : !llvm.ptr -> f32
                  %v3746 = llvm.load %v57 : !llvm.ptr -> f32
                  %v3747 = arith.mulf %v3745, %v3746 fastmath<contract> : f32
                  %v3748 = llvm.load %v58 : !llvm.ptr -> f32
                  %v3749 = arith.mulf %v3745, %v3748 fastmath<contract> : f32
                  %v3750 = llvm.load %v59 : !llvm.ptr -> f32
                  %v3751 = arith.mulf %v3745, %v3750 fastmath<contract> : f32
                  %v3752 = llvm.load %v60 : !llvm.ptr -> f32
                  %v3753 = arith.mulf %v3745, %v3752 fastmath<contract> : f32
                  %v3754 = arith.muli %v38, %v218 : i64
                  %v3755 = arith.subi %v3679, %v190 : i64
                  %v3756 = arith.addi %v3754, %v3755 : i64
                  %v3757 = llvm.getelementptr %v76[%v3756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3758 = llvm.load %v3757 : !llvm.ptr -> f32
                  %v3759 = arith.negf %v3758 : f32
                  %v3760 = arith.mulf %v3759, %v391 fastmath<contract> : f32
                  %v3761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3760) : (f32) -> f32
                  %v3762 = arith.addf %v78, %v3761 fastmath<contract> : f32
                  %v3763 = arith.divf %v78, %v3762 : f32
                  %v3764 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3763) : (f32) -> f32
                  %v3765 = arith.mulf %v1091, %v3764 fastmath<contract> : f32
                  %v3766 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3765) : (f32) -> f32
                  %v3767 = arith.mulf %v2940, %v3746 fastmath<contract> : f32
                  %v3768 = arith.mulf %v396, %v3767 fastmath<contract> : f32
                  %v3769 = arith.mulf %v3766, %v3768 fastmath<contract> : f32
                  %v3770 = arith.subf %v78, %v3763 fastmath<contract> : f32
                  %v3771 = arith.mulf %v3763, %v3770 fastmath<contract> : f32
                  %v3772 = arith.mulf %v3769, %v3771 fastmath<contract> : f32
                  %v3773 = arith.constant 4 : i64
                  %v3774 = arith.addi %v3773, %v38 : i64
                  %v3775 = arith.muli %v3774, %v218 : i64
                  %v3776 = arith.subi %v3679, %v190 : i64
                  %v3777 = arith.addi %v3775, %v3776 : i64
                  %v3778 = llvm.getelementptr %v76[%v3777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3779 = llvm.load %v3778 : !llvm.ptr -> f32
                  %v3780 = arith.negf %v3779 : f32
                  %v3781 = arith.mulf %v3780, %v391 fastmath<contract> : f32
                  %v3782 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3781) : (f32) -> f32
                  %v3783 = arith.addf %v78, %v3782 fastmath<contract> : f32
                  %v3784 = arith.divf %v78, %v3783 : f32
                  %v3785 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3784) : (f32) -> f32
                  %v3786 = arith.mulf %v1091, %v3785 fastmath<contract> : f32
                  %v3787 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3786) : (f32) -> f32
                  %v3788 = arith.mulf %v2965, %v3748 fastmath<contract> : f32
                  %v3789 = arith.mulf %v396, %v3788 fastmath<contract> : f32
                  %v3790 = arith.mulf %v3787, %v3789 fastmath<contract> : f32
                  %v3791 = arith.subf %v78, %v3784 fastmath<contract> : f32
                  %v3792 = arith.mulf %v3784, %v3791 fastmath<contract> : f32
                  %v3793 = arith.mulf %v3790, %v3792 fastmath<contract> : f32
                  %v3794 = arith.constant 8 : i64
                  %v3795 = arith.addi %v3794, %v38 : i64
                  %v3796 = arith.muli %v3795, %v218 : i64
                  %v3797 = arith.subi %v3679, %v190 : i64
                  %v3798 = arith.addi %v3796, %v3797 : i64
                  %v3799 = llvm.getelementptr %v76[%v3798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3800 = llvm.load %v3799 : !llvm.ptr -> f32
                  %v3801 = arith.negf %v3800 : f32
                  %v3802 = arith.mulf %v3801, %v391 fastmath<contract> : f32
                  %v3803 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3802) : (f32) -> f32
                  %v3804 = arith.addf %v78, %v3803 fastmath<contract> : f32
                  %v3805 = arith.divf %v78, %v3804 : f32
                  %v3806 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3805) : (f32) -> f32
                  %v3807 = arith.mulf %v1091, %v3806 fastmath<contract> : f32
                  %v3808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3807) : (f32) -> f32
                  %v3809 = arith.mulf %v2990, %v3750 fastmath<contract> : f32
                  %v3810 = arith.mulf %v396, %v3809 fastmath<contract> : f32
                  %v3811 = arith.mulf %v3808, %v3810 fastmath<contract> : f32
                  %v3812 = arith.subf %v78, %v3805 fastmath<contract> : f32
                  %v3813 = arith.mulf %v3805, %v3812 fastmath<contract> : f32
                  %v3814 = arith.mulf %v3811, %v3813 fastmath<contract> : f32
                  %v3815 = arith.constant 12 : i64
                  %v3816 = arith.addi %v3815, %v38 : i64
                  %v3817 = arith.muli %v3816, %v218 : i64
                  %v3818 = arith.subi %v3679, %v190 : i64
                  %v3819 = arith.addi %v3817, %v3818 : i64
                  %v3820 = llvm.getelementptr %v76[%v3819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3821 = llvm.load %v3820 : !llvm.ptr -> f32
                  %v3822 = arith.negf %v3821 : f32
                  %v3823 = arith.mulf %v3822, %v391 fastmath<contract> : f32
                  %v3824 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3823) : (f32) -> f32
                  %v3825 = arith.addf %v78, %v3824 fastmath<contract> : f32
                  %v3826 = arith.divf %v78, %v3825 : f32
                  %v3827 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3826) : (f32) -> f32
                  %v3828 = arith.mulf %v1091, %v3827 fastmath<contract> : f32
                  %v3829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3828) : (f32) -> f32
                  %v3830 = arith.mulf %v3015, %v3752 fastmath<contract> : f32
                  %v3831 = arith.mulf %v396, %v3830 fastmath<contract> : f32
                  %v3832 = arith.mulf %v3829, %v3831 fastmath<contract> : f32
                  %v3833 = arith.subf %v78, %v3826 fastmath<contract> : f32
                  %v3834 = arith.mulf %v3826, %v3833 fastmath<contract> : f32
                  %v3835 = arith.mulf %v3832, %v3834 fastmath<contract> : f32
                  %v3836 = arith.select %v42, %v3734, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3837, %v3838 = gpu.shuffle xor %v3836, %v1165, %v381 : f32
                  %v3839 = arith.addf %v3836, %v3837 fastmath<contract> : f32
                  %v3840, %v3841 = gpu.shuffle xor %v3839, %v1169, %v381 : f32
                  %v3842 = arith.addf %v3839, %v3840 fastmath<contract> : f32
                  %v3843, %v3844 = gpu.shuffle xor %v3842, %v1173, %v381 : f32
                  %v3845 = arith.addf %v3842, %v3843 fastmath<contract> : f32
                  %v3846 = arith.divui %v23, %v1177 : i64
                  %v3847 = arith.remui %v23, %v1177 : i64
                  %v3848 = arith.cmpi ult, %v3847, %v37 : i64
                  %v3849 = arith.muli %v3846, %v1 : i64
                  %v3850 = arith.addi %v3849, %v38 : i64
                  %v3851 = arith.muli %v3850, %v1183 : i64
                  %v3852 = arith.addi %v3851, %v3678 : i64
                  scf.if %v3848 {
                    %v3853 = llvm.getelementptr %v66[%v3852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3845, %v3853 : f32, !llvm.ptr
                  }
                  %v3854 = arith.select %v42, %v3735, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3855, %v3856 = gpu.shuffle xor %v3854, %v1165, %v381 : f32
                  %v3857 = arith.addf %v3854, %v3855 fastmath<contract> : f32
                  %v3858, %v3859 = gpu.shuffle xor %v3857, %v1169, %v381 : f32
                  %v3860 = arith.addf %v3857, %v3858 fastmath<contract> : f32
                  %v3861, %v3862 = gpu.shuffle xor %v3860, %v1173, %v381 : f32
                  %v3863 = arith.addf %v3860, %v3861 fastmath<contract> : f32
                  %v3864 = arith.divui %v23, %v1177 : i64
                  %v3865 = arith.remui %v23, %v1177 : i64
                  %v3866 = arith.cmpi ult, %v3865, %v37 : i64
                  %v3867 = arith.addi %v37, %v38 : i64
                  %v3868 = arith.muli %v3864, %v1 : i64
                  %v3869 = arith.addi %v3868, %v3867 : i64
                  %v3870 = arith.muli %v3869, %v1183 : i64
                  %v3871 = arith.addi %v3870, %v3678 : i64
                  scf.if %v3866 {
                    %v3872 = llvm.getelementptr %v66[%v3871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3863, %v3872 : f32, !llvm.ptr
                  }
                  %v3873 = arith.select %v42, %v3736, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3874, %v3875 = gpu.shuffle xor %v3873, %v1165, %v381 : f32
                  %v3876 = arith.addf %v3873, %v3874 fastmath<contract> : f32
                  %v3877, %v3878 = gpu.shuffle xor %v3876, %v1169, %v381 : f32
                  %v3879 = arith.addf %v3876, %v3877 fastmath<contract> : f32
                  %v3880, %v3881 = gpu.shuffle xor %v3879, %v1173, %v381 : f32
                  %v3882 = arith.addf %v3879, %v3880 fastmath<contract> : f32
                  %v3883 = arith.divui %v23, %v1177 : i64
                  %v3884 = arith.remui %v23, %v1177 : i64
                  %v3885 = arith.cmpi ult, %v3884, %v37 : i64
                  %v3886 = arith.addi %v116, %v38 : i64
                  %v3887 = arith.muli %v3883, %v1 : i64
                  %v3888 = arith.addi %v3887, %v3886 : i64
                  %v3889 = arith.muli %v3888, %v1183 : i64
                  %v3890 = arith.addi %v3889, %v3678 : i64
                  scf.if %v3885 {
                    %v3891 = llvm.getelementptr %v66[%v3890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3882, %v3891 : f32, !llvm.ptr
                  }
                  %v3892 = arith.select %v42, %v3737, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3893, %v3894 = gpu.shuffle xor %v3892, %v1165, %v381 : f32
                  %v3895 = arith.addf %v3892, %v3893 fastmath<contract> : f32
                  %v3896, %v3897 = gpu.shuffle xor %v3895, %v1169, %v381 : f32
                  %v3898 = arith.addf %v3895, %v3896 fastmath<contract> : f32
                  %v3899, %v3900 = gpu.shuffle xor %v3898, %v1173, %v381 : f32
                  %v3901 = arith.addf %v3898, %v3899 fastmath<contract> : f32
                  %v3902 = arith.divui %v23, %v1177 : i64
                  %v3903 = arith.remui %v23, %v1177 : i64
                  %v3904 = arith.cmpi ult, %v3903, %v37 : i64
                  %v3905 = arith.addi %v136, %v38 : i64
                  %v3906 = arith.muli %v3902, %v1 : i64
                  %v3907 = arith.addi %v3906, %v3905 : i64
                  %v3908 = arith.muli %v3907, %v1183 : i64
                  %v3909 = arith.addi %v3908, %v3678 : i64
                  scf.if %v3904 {
                    %v3910 = llvm.getelementptr %v66[%v3909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3901, %v3910 : f32, !llvm.ptr
                  }
                  %v3911 = arith.select %v42, %v3747, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3912, %v3913 = gpu.shuffle xor %v3911, %v1165, %v381 : f32
                  %v3914 = arith.addf %v3911, %v3912 fastmath<contract> : f32
                  %v3915, %v3916 = gpu.shuffle xor %v3914, %v1169, %v381 : f32
                  %v3917 = arith.addf %v3914, %v3915 fastmath<contract> : f32
                  %v3918, %v3919 = gpu.shuffle xor %v3917, %v1173, %v381 : f32
                  %v3920 = arith.addf %v3917, %v3918 fastmath<contract> : f32
                  %v3921 = arith.divui %v23, %v1177 : i64
                  %v3922 = arith.remui %v23, %v1177 : i64
                  %v3923 = arith.cmpi ult, %v3922, %v37 : i64
                  %v3924 = arith.muli %v3921, %v1 : i64
                  %v3925 = arith.addi %v3924, %v38 : i64
                  %v3926 = arith.muli %v3925, %v1183 : i64
                  %v3927 = arith.addi %v3926, %v3678 : i64
                  scf.if %v3923 {
                    %v3928 = llvm.getelementptr %v68[%v3927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3920, %v3928 : f32, !llvm.ptr
                  }
                  %v3929 = arith.select %v42, %v3749, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3930, %v3931 = gpu.shuffle xor %v3929, %v1165, %v381 : f32
                  %v3932 = arith.addf %v3929, %v3930 fastmath<contract> : f32
                  %v3933, %v3934 = gpu.shuffle xor %v3932, %v1169, %v381 : f32
                  %v3935 = arith.addf %v3932, %v3933 fastmath<contract> : f32
                  %v3936, %v3937 = gpu.shuffle xor %v3935, %v1173, %v381 : f32
                  %v3938 = arith.addf %v3935, %v3936 fastmath<contract> : f32
                  %v3939 = arith.divui %v23, %v1177 : i64
                  %v3940 = arith.remui %v23, %v1177 : i64
                  %v3941 = arith.cmpi ult, %v3940, %v37 : i64
                  %v3942 = arith.addi %v37, %v38 : i64
                  %v3943 = arith.muli %v3939, %v1 : i64
                  %v3944 = arith.addi %v3943, %v3942 : i64
                  %v3945 = arith.muli %v3944, %v1183 : i64
                  %v3946 = arith.addi %v3945, %v3678 : i64
                  scf.if %v3941 {
                    %v3947 = llvm.getelementptr %v68[%v3946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3938, %v3947 : f32, !llvm.ptr
                  }
                  %v3948 = arith.select %v42, %v3751, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3949, %v3950 = gpu.shuffle xor %v3948, %v1165, %v381 : f32
                  %v3951 = arith.addf %v3948, %v3949 fastmath<contract> : f32
                  %v3952, %v3953 = gpu.shuffle xor %v3951, %v1169, %v381 : f32
                  %v3954 = arith.addf %v3951, %v3952 fastmath<contract> : f32
                  %v3955, %v3956 = gpu.shuffle xor %v3954, %v1173, %v381 : f32
                  %v3957 = arith.addf %v3954, %v3955 fastmath<contract> : f32
                  %v3958 = arith.divui %v23, %v1177 : i64
                  %v3959 = arith.remui %v23, %v1177 : i64
                  %v3960 = arith.cmpi ult, %v3959, %v37 : i64
                  %v3961 = arith.addi %v116, %v38 : i64
                  %v3962 = arith.muli %v3958, %v1 : i64
                  %v3963 = arith.addi %v3962, %v3961 : i64
                  %v3964 = arith.muli %v3963, %v1183 : i64
                  %v3965 = arith.addi %v3964, %v3678 : i64
                  scf.if %v3960 {
                    %v3966 = llvm.getelementptr %v68[%v3965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3957, %v3966 : f32, !llvm.ptr
                  }
                  %v3967 = arith.select %v42, %v3753, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3968, %v3969 = gpu.shuffle xor %v3967, %v1165, %v381 : f32
                  %v3970 = arith.addf %v3967, %v3968 fastmath<contract> : f32
                  %v3971, %v3972 = gpu.shuffle xor %v3970, %v1169, %v381 : f32
                  %v3973 = arith.addf %v3970, %v3971 fastmath<contract> : f32
                  %v3974, %v3975 = gpu.shuffle xor %v3973, %v1173, %v381 : f32
                  %v3976 = arith.addf %v3973, %v3974 fastmath<contract> : f32
                  %v3977 = arith.divui %v23, %v1177 : i64
                  %v3978 = arith.remui %v23, %v1177 : i64
                  %v3979 = arith.cmpi ult, %v3978, %v37 : i64
                  %v3980 = arith.addi %v136, %v38 : i64
                  %v3981 = arith.muli %v3977, %v1 : i64
                  %v3982 = arith.addi %v3981, %v3980 : i64
                  %v3983 = arith.muli %v3982, %v1183 : i64
                  %v3984 = arith.addi %v3983, %v3678 : i64
                  scf.if %v3979 {
                    %v3985 = llvm.getelementptr %v68[%v3984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3976, %v3985 : f32, !llvm.ptr
                  }
                  %v3986 = arith.select %v42, %v3772, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v3987, %v3988 = gpu.shuffle xor %v3986, %v1165, %v381 : f32
                  %v3989 = arith.addf %v3986, %v3987 fastmath<contract> : f32
                  %v3990, %v3991 = gpu.shuffle xor %v3989, %v1169, %v381 : f32
                  %v3992 = arith.addf %v3989, %v3990 fastmath<contract> : f32
                  %v3993, %v3994 = gpu.shuffle xor %v3992, %v1173, %v381 : f32
                  %v3995 = arith.addf %v3992, %v3993 fastmath<contract> : f32
                  %v3996 = arith.divui %v23, %v1177 : i64
                  %v3997 = arith.remui %v23, %v1177 : i64
                  %v3998 = arith.cmpi ult, %v3997, %v37 : i64
                  %v3999 = arith.muli %v3996, %v1 : i64
                  %v4000 = arith.addi %v3999, %v38 : i64
                  %v4001 = arith.muli %v4000, %v1183 : i64
                  %v4002 = arith.addi %v4001, %v3678 : i64
                  scf.if %v3998 {
                    %v4003 = llvm.getelementptr %v70[%v4002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3995, %v4003 : f32, !llvm.ptr
                  }
                  %v4004 = arith.select %v42, %v3793, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4005, %v4006 = gpu.shuffle xor %v4004, %v1165, %v381 : f32
                  %v4007 = arith.addf %v4004, %v4005 fastmath<contract> : f32
                  %v4008, %v4009 = gpu.shuffle xor %v4007, %v1169, %v381 : f32
                  %v4010 = arith.addf %v4007, %v4008 fastmath<contract> : f32
                  %v4011, %v4012 = gpu.shuffle xor %v4010, %v1173, %v381 : f32
                  %v4013 = arith.addf %v4010, %v4011 fastmath<contract> : f32
                  %v4014 = arith.divui %v23, %v1177 : i64
                  %v4015 = arith.remui %v23, %v1177 : i64
                  %v4016 = arith.cmpi ult, %v4015, %v37 : i64
                  %v4017 = arith.addi %v37, %v38 : i64
                  %v4018 = arith.muli %v4014, %v1 : i64
                  %v4019 = arith.addi %v4018, %v4017 : i64
                  %v4020 = arith.muli %v4019, %v1183 : i64
                  %v4021 = arith.addi %v4020, %v3678 : i64
                  scf.if %v4016 {
                    %v4022 = llvm.getelementptr %v70[%v4021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4013, %v4022 : f32, !llvm.ptr
                  }
                  %v4023 = arith.select %v42, %v3814, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4024, %v4025 = gpu.shuffle xor %v4023, %v1165, %v381 : f32
                  %v4026 = arith.addf %v4023, %v4024 fastmath<contract> : f32
                  %v4027, %v4028 = gpu.shuffle xor %v4026, %v1169, %v381 : f32
                  %v4029 = arith.addf %v4026, %v4027 fastmath<contract> : f32
                  %v4030, %v4031 = gpu.shuffle xor %v4029, %v1173, %v381 : f32
                  %v4032 = arith.addf %v4029, %v4030 fastmath<contract> : f32
                  %v4033 = arith.divui %v23, %v1177 : i64
                  %v4034 = arith.remui %v23, %v1177 : i64
                  %v4035 = arith.cmpi ult, %v4034, %v37 : i64
                  %v4036 = arith.addi %v116, %v38 : i64
                  %v4037 = arith.muli %v4033, %v1 : i64
                  %v4038 = arith.addi %v4037, %v4036 : i64
                  %v4039 = arith.muli %v4038, %v1183 : i64
                  %v4040 = arith.addi %v4039, %v3678 : i64
                  scf.if %v4035 {
                    %v4041 = llvm.getelementptr %v70[%v4040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4032, %v4041 : f32, !llvm.ptr
                  }
                  %v4042 = arith.select %v42, %v3835, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4043, %v4044 = gpu.shuffle xor %v4042, %v1165, %v381 : f32
                  %v4045 = arith.addf %v4042, %v4043 fastmath<contract> : f32
                  %v4046, %v4047 = gpu.shuffle xor %v4045, %v1169, %v381 : f32
                  %v4048 = arith.addf %v4045, %v4046 fastmath<contract> : f32
                  %v4049, %v4050 = gpu.shuffle xor %v4048, %v1173, %v381 : f32
                  %v4051 = arith.addf %v4048, %v4049 fastmath<contract> : f32
                  %v4052 = arith.divui %v23, %v1177 : i64
                  %v4053 = arith.remui %v23, %v1177 : i64
                  %v4054 = arith.cmpi ult, %v4053, %v37 : i64
                  %v4055 = arith.addi %v136, %v38 : i64
                  %v4056 = arith.muli %v4052, %v1 : i64
                  %v4057 = arith.addi %v4056, %v4055 : i64
                  %v4058 = arith.muli %v4057, %v1183 : i64
                  %v4059 = arith.addi %v4058, %v3678 : i64
                  scf.if %v4054 {
                    %v4060 = llvm.getelementptr %v70[%v4059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4051, %v4060 : f32, !llvm.ptr
                  }
                  %v4061 = arith.muli %v38, %v218 : i64
                  %v4062 = arith.subi %v3679, %v190 : i64
                  %v4063 = arith.addi %v4061, %v4062 : i64
                  %v4064 = llvm.getelementptr %v74[%v4063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4065 = llvm.load %v4064 : !llvm.ptr -> f32
                  %v4066 = arith.mulf %v4065, %v3746 fastmath<contract> : f32
                  %v4067 = arith.constant 4 : i64
                  %v4068 = arith.addi %v4067, %v38 : i64
                  %v4069 = arith.muli %v4068, %v218 : i64
                  %v4070 = arith.subi %v3679, %v190 : i64
                  %v4071 = arith.addi %v4069, %v4070 : i64
                  %v4072 = llvm.getelementptr %v74[%v4071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4073 = llvm.load %v4072 : !llvm.ptr -> f32
                  %v4074 = arith.mulf %v4073, %v3748 fastmath<contract> : f32
                  %v4075 = arith.addf %v4066, %v4074 fastmath<contract> : f32
                  %v4076 = arith.constant 8 : i64
                  %v4077 = arith.addi %v4076, %v38 : i64
                  %v4078 = arith.muli %v4077, %v218 : i64
                  %v4079 = arith.subi %v3679, %v190 : i64
                  %v4080 = arith.addi %v4078, %v4079 : i64
                  %v4081 = llvm.getelementptr %v74[%v4080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4082 = llvm.load %v4081 : !llvm.ptr -> f32
                  %v4083 = arith.mulf %v4082, %v3750 fastmath<contract> : f32
                  %v4084 = arith.addf %v4075, %v4083 fastmath<contract> : f32
                  %v4085 = arith.constant 12 : i64
                  %v4086 = arith.addi %v4085, %v38 : i64
                  %v4087 = arith.muli %v4086, %v218 : i64
                  %v4088 = arith.subi %v3679, %v190 : i64
                  %v4089 = arith.addi %v4087, %v4088 : i64
                  %v4090 = llvm.getelementptr %v74[%v4089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4091 = llvm.load %v4090 : !llvm.ptr -> f32
                  %v4092 = arith.mulf %v4091, %v3752 fastmath<contract> : f32
                  %v4093 = arith.addf %v4084, %v4092 fastmath<contract> : f32
                  llvm.store %v4093, %v3230 : f32, !llvm.ptr
                  %v4094 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3763) : (f32) -> f32
                  %v4095 = arith.mulf %v396, %v4094 fastmath<contract> : f32
                  %v4096 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4095) : (f32) -> f32
                  llvm.store %v4096, %v61 : f32, !llvm.ptr
                  %v4097 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3784) : (f32) -> f32
                  %v4098 = arith.mulf %v396, %v4097 fastmath<contract> : f32
                  %v4099 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4098) : (f32) -> f32
                  llvm.store %v4099, %v62 : f32, !llvm.ptr
                  %v4100 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3805) : (f32) -> f32
                  %v4101 = arith.mulf %v396, %v4100 fastmath<contract> : f32
                  %v4102 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4101) : (f32) -> f32
                  llvm.store %v4102, %v63 : f32, !llvm.ptr
                  %v4103 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3826) : (f32) -> f32
                  %v4104 = arith.mulf %v396, %v4103 fastmath<contract> : f32
                  %v4105 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4104) : (f32) -> f32
                  llvm.store %v4105, %v64 : f32, !llvm.ptr
                }
                %v4106 = llvm.load %v3230 : !llvm.ptr -> f32
                %v4107 = arith.select %v3233, %v4106, %v3674 : f32
                %v4108 = arith.select %v3233, %v3674, %v4106 : f32
                %v4109, %v4110 = gpu.shuffle xor %v4107, %v1875, %v381 : f32
                %v4111 = arith.addf %v4108, %v4109 fastmath<contract> : f32
                %v4112 = arith.addi %v514, %v2 : i64
                %v4113 = arith.cmpi slt, %v1875, %v3238 : i32
                %v4114 = arith.cmpi eq, %v1875, %v3243 : i32
                %v4115 = arith.addi %v516, %v772 : i64
                llvm.store %v77, %v3230 : f32, !llvm.ptr
                scf.if %v4113 {
                  %v4116 = arith.addi %v190, %v4112 : i64
                  %v4117 = arith.muli %v38, %v218 : i64
                  %v4118 = arith.subi %v4116, %v190 : i64
                  %v4119 = arith.addi %v4117, %v4118 : i64
                  %v4120 = llvm.getelementptr %v72[%v4119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4121 = llvm.load %v4120 : !llvm.ptr -> f32
                  %v4122 = arith.muli %v52, %v406 : i64
                  %v4123 = arith.muli %v4116, %v405 : i64
                  %v4124 = arith.addi %v4122, %v4123 : i64
                  %v4125 = arith.muli %v50, %size_DV : i64
                  %v4126 = arith.addi %v4124, %v4125 : i64
                  %v4127 = arith.addi %v4126, %v48 : i64
                  %v4128 = llvm.getelementptr %dy_o[%v4127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4129 = llvm.load %v4128 : !llvm.ptr -> f32
                  %v4130 = arith.mulf %v4121, %v4129 fastmath<contract> : f32
                  %v4131 = llvm.load %v57 : !llvm.ptr -> f32
                  %v4132 = llvm.load %v61 : !llvm.ptr -> f32
                  %v4133 = arith.mulf %v4132, %v4131 fastmath<contract> : f32
                  %v4134 = arith.addf %v4130, %v4133 fastmath<contract> : f32
                  llvm.store %v4134, %v57 : f32, !llvm.ptr
                  %v4135 = arith.constant 4 : i64
                  %v4136 = arith.addi %v4135, %v38 : i64
                  %v4137 = arith.muli %v4136, %v218 : i64
                  %v4138 = arith.subi %v4116, %v190 : i64
                  %v4139 = arith.addi %v4137, %v4138 : i64
                  %v4140 = llvm.getelementptr %v72[%v4139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4141 = llvm.load %v4140 : !llvm.ptr -> f32
                  %v4142 = arith.mulf %v4141, %v4129 fastmath<contract> : f32
                  %v4143 = llvm.load %v58 : !llvm.ptr -> f32
                  %v4144 = llvm.load %v62 : !llvm.ptr -> f32
                  %v4145 = arith.mulf %v4144, %v4143 fastmath<contract> : f32
                  %v4146 = arith.addf %v4142, %v4145 fastmath<contract> : f32
                  llvm.store %v4146, %v58 : f32, !llvm.ptr
                  %v4147 = arith.constant 8 : i64
                  %v4148 = arith.addi %v4147, %v38 : i64
                  %v4149 = arith.muli %v4148, %v218 : i64
                  %v4150 = arith.subi %v4116, %v190 : i64
                  %v4151 = arith.addi %v4149, %v4150 : i64
                  %v4152 = llvm.getelementptr %v72[%v4151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4153 = llvm.load %v4152 : !llvm.ptr -> f32
                  %v4154 = arith.mulf %v4153, %v4129 fastmath<contract> : f32
                  %v4155 = llvm.load %v59 : !llvm.ptr -> f32
                  %v4156 = llvm.load %v63 : !llvm.ptr -> f32
                  %v4157 = arith.mulf %v4156, %v4155 fastmath<contract> : f32
                  %v4158 = arith.addf %v4154, %v4157 fastmath<contract> : f32
                  llvm.store %v4158, %v59 : f32, !llvm.ptr
                  %v4159 = arith.constant 12 : i64
                  %v4160 = arith.addi %v4159, %v38 : i64
                  %v4161 = arith.muli %v4160, %v218 : i64
                  %v4162 = arith.subi %v4116, %v190 : i64
                  %v4163 = arith.addi %v4161, %v4162 : i64
                  %v4164 = llvm.getelementptr %v72[%v4163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4165 = llvm.load %v4164 : !llvm.ptr -> f32
                  %v4166 = arith.mulf %v4165, %v4129 fastmath<contract> : f32
                  %v4167 = llvm.load %v60 : !llvm.ptr -> f32
                  %v4168 = llvm.load %v64 : !llvm.ptr -> f32
                  %v4169 = arith.mulf %v4168, %v4167 fastmath<contract> : f32
                  %v4170 = arith.addf %v4166, %v4169 fastmath<contract> : f32
                  llvm.store %v4170, %v60 : f32, !llvm.ptr
                  scf.if %v4114 {
                  }
                  %v4171 = arith.mulf %v2940, %v4129 fastmath<contract> : f32
                  %v4172 = arith.mulf %v2965, %v4129 fastmath<contract> : f32
                  %v4173 = arith.mulf %v2990, %v4129 fastmath<contract> : f32
                  %v4174 = arith.mulf %v3015, %v4129 fastmath<contract> : f32
                  %v4175 = arith.muli %v52, %v406 : i64
                  %v4176 = arith.muli %v4116, %v405 : i64
                  %v4177 = arith.addi %v4175, %v4176 : i64
                  %v4178 = arith.muli %v50, %size_DV : i64
                  %v4179 = arith.addi %v4177, %v4178 : i64
                  %v4180 = arith.addi %v4179, %v48 : i64
                  %v4181 = llvm.getelementptr %in_v[%v4180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4182 = llvm.load %v4181 : !llvm.ptr -> f32
                  %v4183 = llvm.load %v57 : !llvm.ptr -> f32
                  %v4184 = arith.mulf %v4182, %v4183 fastmath<contract> : f32
                  %v4185 = llvm.load %v58 : !llvm.ptr -> f32
                  %v4186 = arith.mulf %v4182, %v4185 fastmath<contract> : f32
                  %v4187 = llvm.load %v59 : !llvm.ptr -> f32
                  %v4188 = arith.mulf %v4182, %v4187 fastmath<contract> : f32
                  %v4189 = llvm.load %v60 : !llvm.ptr -> f32
                  %v4190 = arith.mulf %v4182, %v4189 fastmath<contract> : f32
                  %v4191 = arith.muli %v38, %v218 : i64
                  %v4192 = arith.subi %v4116, %v190 : i64
                  %v4193 = arith.addi %v4191, %v4192 : i64
                  %v4194 = llvm.getelementptr %v76[%v4193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4195 = llvm.load %v4194 : !llvm.ptr -> f32
                  %v4196 = arith.negf %v4195 : f32
                  %v4197 = arith.mulf %v4196, %v391 fastmath<contract> : f32
                  %v4198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4197) : (f32) -> f32
                  %v4199 = arith.addf %v78, %v4198 fastmath<contract> : f32
                  %v4200 = arith.divf %v78, %v4199 : f32
                  %v4201 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4200) : (f32) -> f32
                  %v4202 = arith.mulf %v1091, %v4201 fastmath<contract> : f32
                  %v4203 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4202) : (f32) -> f32
                  %v4204 = arith.mulf %v2833, %v4183 fastmath<contract> : f32
                  %v4205 = arith.mulf %v396, %v4204 fastmath<contract> : f32
                  %v4206 = arith.mulf %v4203, %v4205 fastmath<contract> : f32
                  %v4207 = arith.subf %v78, %v4200 fastmath<contract> : f32
                  %v4208 = arith.mulf %v4200, %v4207 fastmath<contract> : f32
                  %v4209 = arith.mulf %v4206, %v4208 fastmath<contract> : f32
                  %v4210 = arith.constant 4 : i64
                  %v4211 = arith.addi %v4210, %v38 : i64
                  %v4212 = arith.muli %v4211, %v218 : i64
                  %v4213 = arith.subi %v4116, %v190 : i64
                  %v4214 = arith.addi %v4212, %v4213 : i64
                  %v4215 = llvm.getelementptr %v76[%v4214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4216 = llvm.load %v4215 : !llvm.ptr -> f32
                  %v4217 = arith.negf %v4216 : f32
                  %v4218 = arith.mulf %v4217, %v391 fastmath<contract> : f32
                  %v4219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4218) : (f32) -> f32
                  %v4220 = arith.addf %v78, %v4219 fastmath<contract> : f32
                  %v4221 = arith.divf %v78, %v4220 : f32
                  %v4222 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4221) : (f32) -> f32
                  %v4223 = arith.mulf %v1091, %v4222 fastmath<contract> : f32
                  %v4224 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4223) : (f32) -> f32
                  %v4225 = arith.mulf %v2858, %v4185 fastmath<contract> : f32
                  %v4226 = arith.mulf %v396, %v4225 fastmath<contract> : f32
                  %v4227 = arith.mulf %v4224, %v4226 fastmath<contract> : f32
                  %v4228 = arith.subf %v78, %v4221 fastmath<contract> : f32
                  %v4229 = arith.mulf %v4221, %v4228 fastmath<contract> : f32
                  %v4230 = arith.mulf %v4227, %v4229 fastmath<contract> : f32
                  %v4231 = arith.constant 8 : i64
                  %v4232 = arith.addi %v4231, %v38 : i64
                  %v4233 = arith.muli %v4232, %v218 : i64
                  %v4234 = arith.subi %v4116, %v190 : i64
                  %v4235 = arith.addi %v4233, %v4234 : i64
                  %v4236 = llvm.getelementptr %v76[%v4235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4237 = llvm.load %v4236 : !llvm.ptr -> f32
                  %v4238 = arith.negf %v4237 : f32
                  %v4239 = arith.mulf %v4238, %v391 fastmath<contract> : f32
                  %v4240 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4239) : (f32) -> f32
                  %v4241 = arith.addf %v78, %v4240 fastmath<contract> : f32
                  %v4242 = arith.divf %v78, %v4241 : f32
                  %v4243 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4242) : (f32) -> f32
                  %v4244 = arith.mulf %v1091, %v4243 fastmath<contract> : f32
                  %v4245 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4244) : (f32) -> f32
                  %v4246 = arith.mulf %v2883, %v4187 fastmath<contract> : f32
                  %v4247 = arith.mulf %v396, %v4246 fastmath<contract> : f32
                  %v4248 = arith.mulf %v4245, %v4247 fastmath<contract> : f32
                  %v4249 = arith.subf %v78, %v4242 fastmath<contract> : f32
                  %v4250 = arith.mulf %v4242, %v4249 fastmath<contract> : f32
                  %v4251 = arith.mulf %v4248, %v4250 fastmath<contract> : f32
                  %v4252 = arith.constant 12 : i64
                  %v4253 = arith.addi %v4252, %v38 : i64
                  %v4254 = arith.muli %v4253, %v218 : i64
                  %v4255 = arith.subi %v4116, %v190 : i64
                  %v4256 = arith.addi %v4254, %v4255 : i64
                  %v4257 = llvm.getelementptr %v76[%v4256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4258 = llvm.load %v4257 : !llvm.ptr -> f32
                  %v4259 = arith.negf %v4258 : f32
                  %v4260 = arith.mulf %v4259, %v391 fastmath<contract> : f32
                  %v4261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4260) : (f32) -> f32
                  %v4262 = arith.addf %v78, %v4261 fastmath<contract> : f32
                  %v4263 = arith.divf %v78, %v4262 : f32
                  %v4264 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4263) : (f32) -> f32
                  %v4265 = arith.mulf %v1091, %v4264 fastmath<contract> : f32
                  %v4266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4265) : (f32) -> f32
                  %v4267 = arith.mulf %v2908, %v4189 fastmath<contract> : f32
                  %v4268 = arith.mulf %v396, %v4267 fastmath<contract> : f32
                  %v4269 = arith.mulf %v4266, %v4268 fastmath<contract> : f32
                  %v4270 = arith.subf %v78, %v4263 fastmath<contract> : f32
                  %v4271 = arith.mulf %v4263, %v4270 fastmath<contract> : f32
                  %v4272 = arith.mulf %v4269, %v4271 fastmath<contract> : f32
                  %v4273 = arith.select %v42, %v4171, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4274, %v4275 = gpu.shuffle xor %v4273, %v1165, %v381 : f32
                  %v4276 = arith.addf %v4273, %v4274 fastmath<contract> : f32
                  %v4277, %v4278 = gpu.shuffle xor %v4276, %v1169, %v381 : f32
                  %v4279 = arith.addf %v4276, %v4277 fastmath<contract> : f32
                  %v4280, %v4281 = gpu.shuffle xor %v4279, %v1173, %v381 : f32
                  %v4282 = arith.addf %v4279, %v4280 fastmath<contract> : f32
                  %v4283 = arith.divui %v23, %v1177 : i64
                  %v4284 = arith.remui %v23, %v1177 : i64
                  %v4285 = arith.cmpi ult, %v4284, %v37 : i64
                  %v4286 = arith.muli %v4283, %v1 : i64
                  %v4287 = arith.addi %v4286, %v38 : i64
                  %v4288 = arith.muli %v4287, %v1183 : i64
                  %v4289 = arith.addi %v4288, %v4115 : i64
                  scf.if %v4285 {
                    %v4290 = llvm.getelementptr %v66[%v4289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4282, %v4290 : f32, !llvm.ptr
                  }
                  %v4291 = arith.select %v42, %v4172, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4292, %v4293 = gpu.shuffle xor %v4291, %v1165, %v381 : f32
                  %v4294 = arith.addf %v4291, %v4292 fastmath<contract> : f32
                  %v4295, %v4296 = gpu.shuffle xor %v4294, %v1169, %v381 : f32
                  %v4297 = arith.addf %v4294, %v4295 fastmath<contract> : f32
                  %v4298, %v4299 = gpu.shuffle xor %v4297, %v1173, %v381 : f32
                  %v4300 = arith.addf %v4297, %v4298 fastmath<contract> : f32
                  %v4301 = arith.divui %v23, %v1177 : i64
                  %v4302 = arith.remui %v23, %v1177 : i64
                  %v4303 = arith.cmpi ult, %v4302, %v37 : i64
                  %v4304 = arith.addi %v37, %v38 : i64
                  %v4305 = arith.muli %v4301, %v1 : i64
                  %v4306 = arith.addi %v4305, %v4304 : i64
                  %v4307 = arith.muli %v4306, %v1183 : i64
                  %v4308 = arith.addi %v4307, %v4115 : i64
                  scf.if %v4303 {
                    %v4309 = llvm.getelementptr %v66[%v4308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4300, %v4309 : f32, !llvm.ptr
                  }
                  %v4310 = arith.select %v42, %v4173, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4311, %v4312 = gpu.shuffle xor %v4310, %v1165, %v381 : f32
                  %v4313 = arith.addf %v4310, %v4311 fastmath<contract> : f32
                  %v4314, %v4315 = gpu.shuffle xor %v4313, %v1169, %v381 : f32
                  %v4316 = arith.addf %v4313, %v4314 fastmath<contract> : f32
                  %v4317, %v4318 = gpu.shuffle xor %v4316, %v1173, %v381 : f32
                  %v4319 = arith.addf %v4316, %v4317 fastmath<contract> : f32
                  %v4320 = arith.divui %v23, %v1177 : i64
                  %v4321 = arith.remui %v23, %v1177 : i64
                  %v4322 = arith.cmpi ult, %v4321, %v37 : i64
                  %v4323 = arith.addi %v116, %v38 : i64
                  %v4324 = arith.muli %v4320, %v1 : i64
                  %v4325 = arith.addi %v4324, %v4323 : i64
                  %v4326 = arith.muli %v4325, %v1183 : i64
                  %v4327 = arith.addi %v4326, %v4115 : i64
                  scf.if %v4322 {
                    %v4328 = llvm.getelementptr %v66[%v4327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4319, %v4328 : f32, !llvm.ptr
                  }
                  %v4329 = arith.select %v42, %v4174, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4330, %v4331 = gpu.shuffle xor %v4329, %v1165, %v381 : f32
                  %v4332 = arith.addf %v4329, %v4330 fastmath<contract> : f32
                  %v4333, %v4334 = gpu.shuffle xor %v4332, %v1169, %v381 : f32
                  %v4335 = arith.addf %v4332, %v4333 fastmath<contract> : f32
                  %v4336, %v4337 = gpu.shuffle xor %v4335, %v1173, %v381 : f32
                  %v4338 = arith.addf %v4335, %v4336 fastmath<contract> : f32
                  %v4339 = arith.divui %v23, %v1177 : i64
                  %v4340 = arith.remui %v23, %v1177 : i64
                  %v4341 = arith.cmpi ult, %v4340, %v37 : i64
                  %v4342 = arith.addi %v136, %v38 : i64
                  %v4343 = arith.muli %v4339, %v1 : i64
                  %v4344 = arith.addi %v4343, %v4342 : i64
                  %v4345 = arith.muli %v4344, %v1183 : i64
                  %v4346 = arith.addi %v4345, %v4115 : i64
                  scf.if %v4341 {
                    %v4347 = llvm.getelementptr %v66[%v4346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4338, %v4347 : f32, !llvm.ptr
                  }
                  %v4348 = arith.select %v42, %v4184, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4349, %v4350 = gpu.shuffle xor %v4348, %v1165, %v381 : f32
                  %v4351 = arith.addf %v4348, %v4349 fastmath<contract> : f32
                  %v4352, %v4353 = gpu.shuffle xor %v4351, %v1169, %v381 : f32
                  %v4354 = arith.addf %v4351, %v4352 fastmath<contract> : f32
                  %v4355, %v4356 = gpu.shuffle xor %v4354, %v1173, %v381 : f32
                  %v4357 = arith.addf %v4354, %v4355 fastmath<contract> : f32
                  %v4358 = arith.divui %v23, %v1177 : i64
                  %v4359 = arith.remui %v23, %v1177 : i64
                  %v4360 = arith.cmpi ult, %v4359, %v37 : i64
                  %v4361 = arith.muli %v4358, %v1 : i64
                  %v4362 = arith.addi %v4361, %v38 : i64
                  %v4363 = arith.muli %v4362, %v1183 : i64
                  %v4364 = arith.addi %v4363, %v4115 : i64
                  scf.if %v4360 {
                    %v4365 = llvm.getelementptr %v68[%v4364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4357, %v4365 : f32, !llvm.ptr
                  }
                  %v4366 = arith.select %v42, %v4186, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4367, %v4368 = gpu.shuffle xor %v4366, %v1165, %v381 : f32
                  %v4369 = arith.addf %v4366, %v4367 fastmath<contract> : f32
                  %v4370, %v4371 = gpu.shuffle xor %v4369, %v1169, %v381 : f32
                  %v4372 = arith.addf %v4369, %v4370 fastmath<contract> : f32
                  %v4373, %v4374 = gpu.shuffle xor %v4372, %v1173, %v381 : f32
                  %v4375 = arith.addf %v4372, %v4373 fastmath<contract> : f32
                  %v4376 = arith.divui %v23, %v1177 : i64
                  %v4377 = arith.remui %v23, %v1177 : i64
                  %v4378 = arith.cmpi ult, %v4377, %v37 : i64
                  %v4379 = arith.addi %v37, %v38 : i64
                  %v4380 = arith.muli %v4376, %v1 : i64
                  %v4381 = arith.addi %v4380, %v4379 : i64
                  %v4382 = arith.muli %v4381, %v1183 : i64
                  %v4383 = arith.addi %v4382, %v4115 : i64
                  scf.if %v4378 {
                    %v4384 = llvm.getelementptr %v68[%v4383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4375, %v4384 : f32, !llvm.ptr
                  }
                  %v4385 = arith.select %v42, %v4188, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4386, %v4387 = gpu.shuffle xor %v4385, %v1165, %v381 : f32
                  %v4388 = arith.addf %v4385, %v4386 fastmath<contract> : f32
                  %v4389, %v4390 = gpu.shuffle xor %v4388, %v1169, %v381 : f32
                  %v4391 = arith.addf %v4388, %v4389 fastmath<contract> : f32
                  %v4392, %v4393 = gpu.shuffle xor %v4391, %v1173, %v381 : f32
                  %v4394 = arith.addf %v4391, %v4392 fastmath<contract> : f32
                  %v4395 = arith.divui %v23, %v1177 : i64
                  %v4396 = arith.remui %v23, %v1177 : i64
                  %v4397 = arith.cmpi ult, %v4396, %v37 : i64
                  %v4398 = arith.addi %v116, %v38 : i64
                  %v4399 = arith.muli %v4395, %v1 : i64
                  %v4400 = arith.addi %v4399, %v4398 : i64
                  %v4401 = arith.muli %v4400, %v1183 : i64
                  %v4402 = arith.addi %v4401, %v4115 : i64
                  scf.if %v4397 {
                    %v4403 = llvm.getelementptr %v68[%v4402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4394, %v4403 : f32, !llvm.ptr
                  }
                  %v4404 = arith.select %v42, %v4190, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4405, %v4406 = gpu.shuffle xor %v4404, %v1165, %v381 : f32
                  %v4407 = arith.addf %v4404, %v4405 fastmath<contract> : f32
                  %v4408, %v4409 = gpu.shuffle xor %v4407, %v1169, %v381 : f32
                  %v4410 = arith.addf %v4407, %v4408 fastmath<contract> : f32
                  %v4411, %v4412 = gpu.shuffle xor %v4410, %v1173, %v381 : f32
                  %v4413 = arith.addf %v4410, %v4411 fastmath<contract> : f32
                  %v4414 = arith.divui %v23, %v1177 : i64
                  %v4415 = arith.remui %v23, %v1177 : i64
                  %v4416 = arith.cmpi ult, %v4415, %v37 : i64
                  %v4417 = arith.addi %v136, %v38 : i64
                  %v4418 = arith.muli %v4414, %v1 : i64
                  %v4419 = arith.addi %v4418, %v4417 : i64
                  %v4420 = arith.muli %v4419, %v1183 : i64
                  %v4421 = arith.addi %v4420, %v4115 : i64
                  scf.if %v4416 {
                    %v4422 = llvm.getelementptr %v68[%v4421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4413, %v4422 : f32, !llvm.ptr
                  }
                  %v4423 = arith.select %v42, %v4209, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4424, %v4425 = gpu.shuffle xor %v4423, %v1165, %v381 : f32
                  %v4426 = arith.addf %v4423, %v4424 fastmath<contract> : f32
                  %v4427, %v4428 = gpu.shuffle xor %v4426, %v1169, %v381 : f32
                  %v4429 = arith.addf %v4426, %v4427 fastmath<contract> : f32
                  %v4430, %v4431 = gpu.shuffle xor %v4429, %v1173, %v381 : f32
                  %v4432 = arith.addf %v4429, %v4430 fastmath<contract> : f32
                  %v4433 = arith.divui %v23, %v1177 : i64
                  %v4434 = arith.remui %v23, %v1177 : i64
                  %v4435 = arith.cmpi ult, %v4434, %v37 : i64
                  %v4436 = arith.muli %v4433, %v1 : i64
                  %v4437 = arith.addi %v4436, %v38 : i64
                  %v4438 = arith.muli %v4437, %v1183 : i64
                  %v4439 = arith.addi %v4438, %v4115 : i64
                  scf.if %v4435 {
                    %v4440 = llvm.getelementptr %v70[%v4439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4432, %v4440 : f32, !llvm.ptr
                  }
                  %v4441 = arith.select %v42, %v4230, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4442, %v4443 = gpu.shuffle xor %v4441, %v1165, %v381 : f32
                  %v4444 = arith.addf %v4441, %v4442 fastmath<contract> : f32
                  %v4445, %v4446 = gpu.shuffle xor %v4444, %v1169, %v381 : f32
                  %v4447 = arith.addf %v4444, %v4445 fastmath<contract> : f32
                  %v4448, %v4449 = gpu.shuffle xor %v4447, %v1173, %v381 : f32
                  %v4450 = arith.addf %v4447, %v4448 fastmath<contract> : f32
                  %v4451 = arith.divui %v23, %v1177 : i64
                  %v4452 = arith.remui %v23, %v1177 : i64
                  %v4453 = arith.cmpi ult, %v4452, %v37 : i64
                  %v4454 = arith.addi %v37, %v38 : i64
                  %v4455 = arith.muli %v4451, %v1 : i64
                  %v4456 = arith.addi %v4455, %v4454 : i64
                  %v4457 = arith.muli %v4456, %v1183 : i64
                  %v4458 = arith.addi %v4457, %v4115 : i64
                  scf.if %v4453 {
                    %v4459 = llvm.getelementptr %v70[%v4458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4450, %v4459 : f32, !llvm.ptr
                  }
                  %v4460 = arith.select %v42, %v4251, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4461, %v4462 = gpu.shuffle xor %v4460, %v1165, %v381 : f32
                  %v4463 = arith.addf %v4460, %v4461 fastmath<contract> : f32
                  %v4464, %v4465 = gpu.shuffle xor %v4463, %v1169, %v381 : f32
                  %v4466 = arith.addf %v4463, %v4464 fastmath<contract> : f32
                  %v4467, %v4468 = gpu.shuffle xor %v4466, %v1173, %v381 : f32
                  %v4469 = arith.addf %v4466, %v4467 fastmath<contract> : f32
                  %v4470 = arith.divui %v23, %v1177 : i64
                  %v4471 = arith.remui %v23, %v1177 : i64
                  %v4472 = arith.cmpi ult, %v4471, %v37 : i64
                  %v4473 = arith.addi %v116, %v38 : i64
                  %v4474 = arith.muli %v4470, %v1 : i64
                  %v4475 = arith.addi %v4474, %v4473 : i64
                  %v4476 = arith.muli %v4475, %v1183 : i64
                  %v4477 = arith.addi %v4476, %v4115 : i64
                  scf.if %v4472 {
                    %v4478 = llvm.getelementptr %v70[%v4477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4469, %v4478 : f32, !llvm.ptr
                  }
                  %v4479 = arith.select %v42, %v4272, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4480, %v4481 = gpu.shuffle xor %v4479, %v1165, %v381 : f32
                  %v4482 = arith.addf %v4479, %v4480 fastmath<contract> : f32
                  %v4483, %v4484 = gpu.shuffle xor %v4482, %v1169, %v381 : f32
                  %v4485 = arith.addf %v4482, %v4483 fastmath<contract> : f32
                  %v4486, %v4487 = gpu.shuffle xor %v4485, %v1173, %v381 : f32
                  %v4488 = arith.addf %v4485, %v4486 fastmath<contract> : f32
                  %v4489 = arith.divui %v23, %v1177 : i64
                  %v4490 = arith.remui %v23, %v1177 : i64
                  %v4491 = arith.cmpi ult, %v4490, %v37 : i64
                  %v4492 = arith.addi %v136, %v38 : i64
                  %v4493 = arith.muli %v4489, %v1 : i64
                  %v4494 = arith.addi %v4493, %v4492 : i64
                  %v4495 = arith.muli %v4494, %v1183 : i64
                  %v4496 = arith.addi %v4495, %v4115 : i64
                  scf.if %v4491 {
                    %v4497 = llvm.getelementptr %v70[%v4496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4488, %v4497 : f32, !llvm.ptr
                  }
                  %v4498 = arith.muli %v38, %v218 : i64
                  %v4499 = arith.subi %v4116, %v190 : i64
                  %v4500 = arith.addi %v4498, %v4499 : i64
                  %v4501 = llvm.getelementptr %v74[%v4500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4502 = llvm.load %v4501 : !llvm.ptr -> f32
                  %v4503 = arith.mulf %v4502, %v4183 fastmath<contract> : f32
                  %v4504 = arith.constant 4 : i64
                  %v4505 = arith.addi %v4504, %v38 : i64
                  %v4506 = arith.muli %v4505, %v218 : i64
                  %v4507 = arith.subi %v4116, %v190 : i64
                  %v4508 = arith.addi %v4506, %v4507 : i64
                  %v4509 = llvm.getelementptr %v74[%v4508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4510 = llvm.load %v4509 : !llvm.ptr -> f32
                  %v4511 = arith.mulf %v4510, %v4185 fastmath<contract> : f32
                  %v4512 = arith.addf %v4503, %v4511 fastmath<contract> : f32
                  %v4513 = arith.constant 8 : i64
                  %v4514 = arith.addi %v4513, %v38 : i64
                  %v4515 = arith.muli %v4514, %v218 : i64
                  %v4516 = arith.subi %v4116, %v190 : i64
                  %v4517 = arith.addi %v4515, %v4516 : i64
                  %v4518 = llvm.getelementptr %v74[%v4517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4519 = llvm.load %v4518 : !llvm.ptr -> f32
                  %v4520 = arith.mulf %v4519, %v4187 fastmath<contract> : f32
                  %v4521 = arith.addf %v4512, %v4520 fastmath<contract> : f32
                  %v4522 = arith.constant 12 : i64
                  %v4523 = arith.addi %v4522, %v38 : i64
                  %v4524 = arith.muli %v4523, %v218 : i64
                  %v4525 = arith.subi %v4116, %v190 : i64
                  %v4526 = arith.addi %v4524, %v4525 : i64
                  %v4527 = llvm.getelementptr %v74[%v4526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4528 = llvm.load %v4527 : !llvm.ptr -> f32
                  %v4529 = arith.mulf %v4528, %v4189 fastmath<contract> : f32
                  %v4530 = arith.addf %v4521, %v4529 fastmath<contract> : f32
                  llvm.store %v4530, %v3230 : f32, !llvm.ptr
                  %v4531 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4200) : (f32) -> f32
                  %v4532 = arith.mulf %v396, %v4531 fastmath<contract> : f32
                  %v4533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4532) : (f32) -> f32
                  llvm.store %v4533, %v61 : f32, !llvm.ptr
                  %v4534 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4221) : (f32) -> f32
                  %v4535 = arith.mulf %v396, %v4534 fastmath<contract> : f32
                  %v4536 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4535) : (f32) -> f32
                  llvm.store %v4536, %v62 : f32, !llvm.ptr
                  %v4537 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4242) : (f32) -> f32
                  %v4538 = arith.mulf %v396, %v4537 fastmath<contract> : f32
                  %v4539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4538) : (f32) -> f32
                  llvm.store %v4539, %v63 : f32, !llvm.ptr
                  %v4540 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4263) : (f32) -> f32
                  %v4541 = arith.mulf %v396, %v4540 fastmath<contract> : f32
                  %v4542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4541) : (f32) -> f32
                  llvm.store %v4542, %v64 : f32, !llvm.ptr
                }
                %v4543 = llvm.load %v3230 : !llvm.ptr -> f32
                %v4544 = arith.cmpi slt, %v2311, %v3238 : i32
                %v4545 = arith.cmpi eq, %v2311, %v3243 : i32
                %v4546 = arith.addi %v516, %v157 : i64
                llvm.store %v77, %v3230 : f32, !llvm.ptr
                scf.if %v4544 {
                  %v4547 = arith.addi %v190, %v514 : i64
                  %v4548 = arith.muli %v38, %v218 : i64
                  %v4549 = arith.subi %v4547, %v190 : i64
                  %v4550 = arith.addi %v4548, %v4549 : i64
                  %v4551 = llvm.getelementptr %v72[%v4550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4552 = llvm.load %v4551 : !llvm.ptr -> f32
                  %v4553 = arith.muli %v52, %v406 : i64
                  %v4554 = arith.muli %v4547, %v405 : i64
                  %v4555 = arith.addi %v4553, %v4554 : i64
                  %v4556 = arith.muli %v50, %size_DV : i64
                  %v4557 = arith.addi %v4555, %v4556 : i64
                  %v4558 = arith.addi %v4557, %v48 : i64
                  %v4559 = llvm.getelementptr %dy_o[%v4558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4560 = llvm.load %v4559 : !llvm.ptr -> f32
                  %v4561 = arith.mulf %v4552, %v4560 fastmath<contract> : f32
                  %v4562 = llvm.load %v57 : !llvm.ptr -> f32
                  %v4563 = llvm.load %v61 : !llvm.ptr -> f32
                  %v4564 = arith.mulf %v4563, %v4562 fastmath<contract> : f32
                  %v4565 = arith.addf %v4561, %v4564 fastmath<contract> : f32
                  llvm.store %v4565, %v57 : f32, !llvm.ptr
                  %v4566 = arith.constant 4 : i64
                  %v4567 = arith.addi %v4566, %v38 : i64
                  %v4568 = arith.muli %v4567, %v218 : i64
                  %v4569 = arith.subi %v4547, %v190 : i64
                  %v4570 = arith.addi %v4568, %v4569 : i64
                  %v4571 = llvm.getelementptr %v72[%v4570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4572 = llvm.load %v4571 : !llvm.ptr -> f32
                  %v4573 = arith.mulf %v4572, %v4560 fastmath<contract> : f32
                  %v4574 = llvm.load %v58 : !llvm.ptr -> f32
                  %v4575 = llvm.load %v62 : !llvm.ptr -> f32
                  %v4576 = arith.mulf %v4575, %v4574 fastmath<contract> : f32
                  %v4577 = arith.addf %v4573, %v4576 fastmath<contract> : f32
                  llvm.store %v4577, %v58 : f32, !llvm.ptr
                  %v4578 = arith.constant 8 : i64
                  %v4579 = arith.addi %v4578, %v38 : i64
                  %v4580 = arith.muli %v4579, %v218 : i64
                  %v4581 = arith.subi %v4547, %v190 : i64
                  %v4582 = arith.addi %v4580, %v4581 : i64
                  %v4583 = llvm.getelementptr %v72[%v4582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4584 = llvm.load %v4583 : !llvm.ptr -> f32
                  %v4585 = arith.mulf %v4584, %v4560 fastmath<contract> : f32
                  %v4586 = llvm.load %v59 : !llvm.ptr -> f32
                  %v4587 = llvm.load %v63 : !llvm.ptr -> f32
                  %v4588 = arith.mulf %v4587, %v4586 fastmath<contract> : f32
                  %v4589 = arith.addf %v4585, %v4588 fastmath<contract> : f32
                  llvm.store %v4589, %v59 : f32, !llvm.ptr
                  %v4590 = arith.constant 12 : i64
                  %v4591 = arith.addi %v4590, %v38 : i64
                  %v4592 = arith.muli %v4591, %v218 : i64
                  %v4593 = arith.subi %v4547, %v190 : i64
                  %v4594 = arith.addi %v4592, %v4593 : i64
                  %v4595 = llvm.getelementptr %v72[%v4594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4596 = llvm.load %v4595 : !llvm.ptr -> f32
                  %v4597 = arith.mulf %v4596, %v4560 fastmath<contract> : f32
                  %v4598 = llvm.load %v60 : !llvm.ptr -> f32
                  %v4599 = llvm.load %v64 : !llvm.ptr -> f32
                  %v4600 = arith.mulf %v4599, %v4598 fastmath<contract> : f32
                  %v4601 = arith.addf %v4597, %v4600 fastmath<contract> : f32
                  llvm.store %v4601, %v60 : f32, !llvm.ptr
                  scf.if %v4545 {
                  }
                  %v4602 = arith.mulf %v2833, %v4560 fastmath<contract> : f32
                  %v4603 = arith.mulf %v2858, %v4560 fastmath<contract> : f32
                  %v4604 = arith.mulf %v2883, %v4560 fastmath<contract> : f32
                  %v4605 = arith.mulf %v2908, %v4560 fastmath<contract> : f32
                  %v4606 = arith.muli %v52, %v406 : i64
                  %v4607 = arith.muli %v4547, %v405 : i64
                  %v4608 = arith.addi %v4606, %v4607 : i64
                  %v4609 = arith.muli %v50, %size_DV : i64
                  %v4610 = arith.addi %v4608, %v4609 : i64
                  %v4611 = arith.addi %v4610, %v48 : i64
                  %v4612 = llvm.getelementptr %in_v[%v4611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4613 = llvm.load %v4612 : !llvm.ptr -> f32
                  %v4614 = llvm.load %v57 : !llvm.ptr -> f32
                  %v4615 = arith.mulf %v4613, %v4614 fastmath<contract> : f32
                  %v4616 = llvm.load %v58 : !llvm.ptr -> f32
                  %v4617 = arith.mulf %v4613, %v4616 fastmath<contract> : f32
                  %v4618 = llvm.load %v59 : !llvm.ptr -> f32
                  %v4619 = arith.mulf %v4613, %v4618 fastmath<contract> : f32
                  %v4620 = llvm.load %v60 : !llvm.ptr -> f32
                  %v4621 = arith.mulf %v4613, %v4620 fastmath<contract> : f32
                  %v4622 = arith.muli %v38, %v218 : i64
                  %v4623 = arith.subi %v4547, %v190 : i64
                  %v4624 = arith.addi %v4622, %v4623 : i64
                  %v4625 = llvm.getelementptr %v76[%v4624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4626 = llvm.load %v4625 : !llvm.ptr -> f32
                  %v4627 = arith.negf %v4626 : f32
                  %v4628 = arith.mulf %v4627, %v391 fastmath<contract> : f32
                  %v4629 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4628) : (f32) -> f32
                  %v4630 = arith.addf %v78, %v4629 fastmath<contract> : f32
                  %v4631 = arith.divf %v78, %v4630 : f32
                  %v4632 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4631) : (f32) -> f32
                  %v4633 = arith.mulf %v1091, %v4632 fastmath<contract> : f32
                  %v4634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4633) : (f32) -> f32
                  %v4635 = arith.mulf %v2772, %v4614 fastmath<contract> : f32
                  %v4636 = arith.mulf %v396, %v4635 fastmath<contract> : f32
                  %v4637 = arith.mulf %v4634, %v4636 fastmath<contract> : f32
                  %v4638 = arith.subf %v78, %v4631 fastmath<contract> : f32
                  %v4639 = arith.mulf %v4631, %v4638 fastmath<contract> : f32
                  %v4640 = arith.mulf %v4637, %v4639 fastmath<contract> : f32
                  %v4641 = arith.constant 4 : i64
                  %v4642 = arith.addi %v4641, %v38 : i64
                  %v4643 = arith.muli %v4642, %v218 : i64
                  %v4644 = arith.subi %v4547, %v190 : i64
                  %v4645 = arith.addi %v4643, %v4644 : i64
                  %v4646 = llvm.getelementptr %v76[%v4645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4647 = llvm.load %v4646 : !llvm.ptr -> f32
                  %v4648 = arith.negf %v4647 : f32
                  %v4649 = arith.mulf %v4648, %v391 fastmath<contract> : f32
                  %v4650 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4649) : (f32) -> f32
                  %v4651 = arith.addf %v78, %v4650 fastmath<contract> : f32
                  %v4652 = arith.divf %v78, %v4651 : f32
                  %v4653 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4652) : (f32) -> f32
                  %v4654 = arith.mulf %v1091, %v4653 fastmath<contract> : f32
                  %v4655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4654) : (f32) -> f32
                  %v4656 = arith.mulf %v2781, %v4616 fastmath<contract> : f32
                  %v4657 = arith.mulf %v396, %v4656 fastmath<contract> : f32
                  %v4658 = arith.mulf %v4655, %v4657 fastmath<contract> : f32
                  %v4659 = arith.subf %v78, %v4652 fastmath<contract> : f32
                  %v4660 = arith.mulf %v4652, %v4659 fastmath<contract> : f32
                  %v4661 = arith.mulf %v4658, %v4660 fastmath<contract> : f32
                  %v4662 = arith.constant 8 : i64
                  %v4663 = arith.addi %v4662, %v38 : i64
                  %v4664 = arith.muli %v4663, %v218 : i64
                  %v4665 = arith.subi %v4547, %v190 : i64
                  %v4666 = arith.addi %v4664, %v4665 : i64
                  %v4667 = llvm.getelementptr %v76[%v4666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4668 = llvm.load %v4667 : !llvm.ptr -> f32
                  %v4669 = arith.negf %v4668 : f32
                  %v4670 = arith.mulf %v4669, %v391 fastmath<contract> : f32
                  %v4671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4670) : (f32) -> f32
                  %v4672 = arith.addf %v78, %v4671 fastmath<contract> : f32
                  %v4673 = arith.divf %v78, %v4672 : f32
                  %v4674 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4673) : (f32) -> f32
                  %v4675 = arith.mulf %v1091, %v4674 fastmath<contract> : f32
                  %v4676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4675) : (f32) -> f32
                  %v4677 = arith.mulf %v2790, %v4618 fastmath<contract> : f32
                  %v4678 = arith.mulf %v396, %v4677 fastmath<contract> : f32
                  %v4679 = arith.mulf %v4676, %v4678 fastmath<contract> : f32
                  %v4680 = arith.subf %v78, %v4673 fastmath<contract> : f32
                  %v4681 = arith.mulf %v4673, %v4680 fastmath<contract> : f32
                  %v4682 = arith.mulf %v4679, %v4681 fastmath<contract> : f32
                  %v4683 = arith.constant 12 : i64
                  %v4684 = arith.addi %v4683, %v38 : i64
                  %v4685 = arith.muli %v4684, %v218 : i64
                  %v4686 = arith.subi %v4547, %v190 : i64
                  %v4687 = arith.addi %v4685, %v4686 : i64
                  %v4688 = llvm.getelementptr %v76[%v4687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4689 = llvm.load %v4688 : !llvm.ptr -> f32
                  %v4690 = arith.negf %v4689 : f32
                  %v4691 = arith.mulf %v4690, %v391 fastmath<contract> : f32
                  %v4692 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4691) : (f32) -> f32
                  %v4693 = arith.addf %v78, %v4692 fastmath<contract> : f32
                  %v4694 = arith.divf %v78, %v4693 : f32
                  %v4695 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4694) : (f32) -> f32
                  %v4696 = arith.mulf %v1091, %v4695 fastmath<contract> : f32
                  %v4697 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4696) : (f32) -> f32
                  %v4698 = arith.mulf %v2799, %v4620 fastmath<contract> : f32
                  %v4699 = arith.mulf %v396, %v4698 fastmath<contract> : f32
                  %v4700 = arith.mulf %v4697, %v4699 fastmath<contract> : f32
                  %v4701 = arith.subf %v78, %v4694 fastmath<contract> : f32
                  %v4702 = arith.mulf %v4694, %v4701 fastmath<contract> : f32
                  %v4703 = arith.mulf %v4700, %v4702 fastmath<contract> : f32
                  %v4704 = arith.select %v42, %v4602, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4705, %v4706 = gpu.shuffle xor %v4704, %v1165, %v381 : f32
                  %v4707 = arith.addf %v4704, %v4705 fastmath<contract> : f32
                  %v4708, %v4709 = gpu.shuffle xor %v4707, %v1169, %v381 : f32
                  %v4710 = arith.addf %v4707, %v4708 fastmath<contract> : f32
                  %v4711, %v4712 = gpu.shuffle xor %v4710, %v1173, %v381 : f32
                  %v4713 = arith.addf %v4710, %v4711 fastmath<contract> : f32
                  %v4714 = arith.divui %v23, %v1177 : i64
                  %v4715 = arith.remui %v23, %v1177 : i64
                  %v4716 = arith.cmpi ult, %v4715, %v37 : i64
                  %v4717 = arith.muli %v4714, %v1 : i64
                  %v4718 = arith.addi %v4717, %v38 : i64
                  %v4719 = arith.muli %v4718, %v1183 : i64
                  %v4720 = arith.addi %v4719, %v4546 : i64
                  scf.if %v4716 {
                    %v4721 = llvm.getelementptr %v66[%v4720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4713, %v4721 : f32, !llvm.ptr
                  }
                  %v4722 = arith.select %v42, %v4603, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4723, %v4724 = gpu.shuffle xor %v4722, %v1165, %v381 : f32
                  %v4725 = arith.addf %v4722, %v4723 fastmath<contract> : f32
                  %v4726, %v4727 = gpu.shuffle xor %v4725, %v1169, %v381 : f32
                  %v4728 = arith.addf %v4725, %v4726 fastmath<contract> : f32
                  %v4729, %v4730 = gpu.shuffle xor %v4728, %v1173, %v381 : f32
                  %v4731 = arith.addf %v4728, %v4729 fastmath<contract> : f32
                  %v4732 = arith.divui %v23, %v1177 : i64
                  %v4733 = arith.remui %v23, %v1177 : i64
                  %v4734 = arith.cmpi ult, %v4733, %v37 : i64
                  %v4735 = arith.addi %v37, %v38 : i64
                  %v4736 = arith.muli %v4732, %v1 : i64
                  %v4737 = arith.addi %v4736, %v4735 : i64
                  %v4738 = arith.muli %v4737, %v1183 : i64
                  %v4739 = arith.addi %v4738, %v4546 : i64
                  scf.if %v4734 {
                    %v4740 = llvm.getelementptr %v66[%v4739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4731, %v4740 : f32, !llvm.ptr
                  }
                  %v4741 = arith.select %v42, %v4604, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4742, %v4743 = gpu.shuffle xor %v4741, %v1165, %v381 : f32
                  %v4744 = arith.addf %v4741, %v4742 fastmath<contract> : f32
                  %v4745, %v4746 = gpu.shuffle xor %v4744, %v1169, %v381 : f32
                  %v4747 = arith.addf %v4744, %v4745 fastmath<contract> : f32
                  %v4748, %v4749 = gpu.shuffle xor %v4747, %v1173, %v381 : f32
                  %v4750 = arith.addf %v4747, %v4748 fastmath<contract> : f32
                  %v4751 = arith.divui %v23, %v1177 : i64
                  %v4752 = arith.remui %v23, %v1177 : i64
                  %v4753 = arith.cmpi ult, %v4752, %v37 : i64
                  %v4754 = arith.addi %v116, %v38 : i64
                  %v4755 = arith.muli %v4751, %v1 : i64
                  %v4756 = arith.addi %v4755, %v4754 : i64
                  %v4757 = arith.muli %v4756, %v1183 : i64
                  %v4758 = arith.addi %v4757, %v4546 : i64
                  scf.if %v4753 {
                    %v4759 = llvm.getelementptr %v66[%v4758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4750, %v4759 : f32, !llvm.ptr
                  }
                  %v4760 = arith.select %v42, %v4605, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4761, %v4762 = gpu.shuffle xor %v4760, %v1165, %v381 : f32
                  %v4763 = arith.addf %v4760, %v4761 fastmath<contract> : f32
                  %v4764, %v4765 = gpu.shuffle xor %v4763, %v1169, %v381 : f32
                  %v4766 = arith.addf %v4763, %v4764 fastmath<contract> : f32
                  %v4767, %v4768 = gpu.shuffle xor %v4766, %v1173, %v381 : f32
                  %v4769 = arith.addf %v4766, %v4767 fastmath<contract> : f32
                  %v4770 = arith.divui %v23, %v1177 : i64
                  %v4771 = arith.remui %v23, %v1177 : i64
                  %v4772 = arith.cmpi ult, %v4771, %v37 : i64
                  %v4773 = arith.addi %v136, %v38 : i64
                  %v4774 = arith.muli %v4770, %v1 : i64
                  %v4775 = arith.addi %v4774, %v4773 : i64
                  %v4776 = arith.muli %v4775, %v1183 : i64
                  %v4777 = arith.addi %v4776, %v4546 : i64
                  scf.if %v4772 {
                    %v4778 = llvm.getelementptr %v66[%v4777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4769, %v4778 : f32, !llvm.ptr
                  }
                  %v4779 = arith.select %v42, %v4615, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4780, %v4781 = gpu.shuffle xor %v4779, %v1165, %v381 : f32
                  %v4782 = arith.addf %v4779, %v4780 fastmath<contract> : f32
                  %v4783, %v4784 = gpu.shuffle xor %v4782, %v1169, %v381 : f32
                  %v4785 = arith.addf %v4782, %v4783 fastmath<contract> : f32
                  %v4786, %v4787 = gpu.shuffle xor %v4785, %v1173, %v381 : f32
                  %v4788 = arith.addf %v4785, %v4786 fastmath<contract> : f32
                  %v4789 = arith.divui %v23, %v1177 : i64
                  %v4790 = arith.remui %v23, %v1177 : i64
                  %v4791 = arith.cmpi ult, %v4790, %v37 : i64
                  %v4792 = arith.muli %v4789, %v1 : i64
                  %v4793 = arith.addi %v4792, %v38 : i64
                  %v4794 = arith.muli %v4793, %v1183 : i64
                  %v4795 = arith.addi %v4794, %v4546 : i64
                  scf.if %v4791 {
                    %v4796 = llvm.getelementptr %v68[%v4795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4788, %v4796 : f32, !llvm.ptr
                  }
                  %v4797 = arith.select %v42, %v4617, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4798, %v4799 = gpu.shuffle xor %v4797, %v1165, %v381 : f32
                  %v4800 = arith.addf %v4797, %v4798 fastmath<contract> : f32
                  %v4801, %v4802 = gpu.shuffle xor %v4800, %v1169, %v381 : f32
                  %v4803 = arith.addf %v4800, %v4801 fastmath<contract> : f32
                  %v4804, %v4805 = gpu.shuffle xor %v4803, %v1173, %v381 : f32
                  %v4806 = arith.addf %v4803, %v4804 fastmath<contract> : f32
                  %v4807 = arith.divui %v23, %v1177 : i64
                  %v4808 = arith.remui %v23, %v1177 : i64
                  %v4809 = arith.cmpi ult, %v4808, %v37 : i64
                  %v4810 = arith.addi %v37, %v38 : i64
                  %v4811 = arith.muli %v4807, %v1 : i64
                  %v4812 = arith.addi %v4811, %v4810 : i64
                  %v4813 = arith.muli %v4812, %v1183 : i64
                  %v4814 = arith.addi %v4813, %v4546 : i64
                  scf.if %v4809 {
                    %v4815 = llvm.getelementptr %v68[%v4814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4806, %v4815 : f32, !llvm.ptr
                  }
                  %v4816 = arith.select %v42, %v4619, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4817, %v4818 = gpu.shuffle xor %v4816, %v1165, %v381 : f32
                  %v4819 = arith.addf %v4816, %v4817 fastmath<contract> : f32
                  %v4820, %v4821 = gpu.shuffle xor %v4819, %v1169, %v381 : f32
                  %v4822 = arith.addf %v4819, %v4820 fastmath<contract> : f32
                  %v4823, %v4824 = gpu.shuffle xor %v4822, %v1173, %v381 : f32
                  %v4825 = arith.addf %v4822, %v4823 fastmath<contract> : f32
                  %v4826 = arith.divui %v23, %v1177 : i64
                  %v4827 = arith.remui %v23, %v1177 : i64
                  %v4828 = arith.cmpi ult, %v4827, %v37 : i64
                  %v4829 = arith.addi %v116, %v38 : i64
                  %v4830 = arith.muli %v4826, %v1 : i64
                  %v4831 = arith.addi %v4830, %v4829 : i64
                  %v4832 = arith.muli %v4831, %v1183 : i64
                  %v4833 = arith.addi %v4832, %v4546 : i64
                  scf.if %v4828 {
                    %v4834 = llvm.getelementptr %v68[%v4833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4825, %v4834 : f32, !llvm.ptr
                  }
                  %v4835 = arith.select %v42, %v4621, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4836, %v4837 = gpu.shuffle xor %v4835, %v1165, %v381 : f32
                  %v4838 = arith.addf %v4835, %v4836 fastmath<contract> : f32
                  %v4839, %v4840 = gpu.shuffle xor %v4838, %v1169, %v381 : f32
                  %v4841 = arith.addf %v4838, %v4839 fastmath<contract> : f32
                  %v4842, %v4843 = gpu.shuffle xor %v4841, %v1173, %v381 : f32
                  %v4844 = arith.addf %v4841, %v4842 fastmath<contract> : f32
                  %v4845 = arith.divui %v23, %v1177 : i64
                  %v4846 = arith.remui %v23, %v1177 : i64
                  %v4847 = arith.cmpi ult, %v4846, %v37 : i64
                  %v4848 = arith.addi %v136, %v38 : i64
                  %v4849 = arith.muli %v4845, %v1 : i64
                  %v4850 = arith.addi %v4849, %v4848 : i64
                  %v4851 = arith.muli %v4850, %v1183 : i64
                  %v4852 = arith.addi %v4851, %v4546 : i64
                  scf.if %v4847 {
                    %v4853 = llvm.getelementptr %v68[%v4852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4844, %v4853 : f32, !llvm.ptr
                  }
                  %v4854 = arith.select %v42, %v4640, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4855, %v4856 = gpu.shuffle xor %v4854, %v1165, %v381 : f32
                  %v4857 = arith.addf %v4854, %v4855 fastmath<contract> : f32
                  %v4858, %v4859 = gpu.shuffle xor %v4857, %v1169, %v381 : f32
                  %v4860 = arith.addf %v4857, %v4858 fastmath<contract> : f32
                  %v4861, %v4862 = gpu.shuffle xor %v4860, %v1173, %v381 : f32
                  %v4863 = arith.addf %v4860, %v4861 fastmath<contract> : f32
                  %v4864 = arith.divui %v23, %v1177 : i64
                  %v4865 = arith.remui %v23, %v1177 : i64
                  %v4866 = arith.cmpi ult, %v4865, %v37 : i64
                  %v4867 = arith.muli %v4864, %v1 : i64
                  %v4868 = arith.addi %v4867, %v38 : i64
                  %v4869 = arith.muli %v4868, %v1183 : i64
                  %v4870 = arith.addi %v4869, %v4546 : i64
                  scf.if %v4866 {
                    %v4871 = llvm.getelementptr %v70[%v4870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4863, %v4871 : f32, !llvm.ptr
                  }
                  %v4872 = arith.select %v42, %v4661, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4873, %v4874 = gpu.shuffle xor %v4872, %v1165, %v381 : f32
                  %v4875 = arith.addf %v4872, %v4873 fastmath<contract> : f32
                  %v4876, %v4877 = gpu.shuffle xor %v4875, %v1169, %v381 : f32
                  %v4878 = arith.addf %v4875, %v4876 fastmath<contract> : f32
                  %v4879, %v4880 = gpu.shuffle xor %v4878, %v1173, %v381 : f32
                  %v4881 = arith.addf %v4878, %v4879 fastmath<contract> : f32
                  %v4882 = arith.divui %v23, %v1177 : i64
                  %v4883 = arith.remui %v23, %v1177 : i64
                  %v4884 = arith.cmpi ult, %v4883, %v37 : i64
                  %v4885 = arith.addi %v37, %v38 : i64
                  %v4886 = arith.muli %v4882, %v1 : i64
                  %v4887 = arith.addi %v4886, %v4885 : i64
                  %v4888 = arith.muli %v4887, %v1183 : i64
                  %v4889 = arith.addi %v4888, %v4546 : i64
                  scf.if %v4884 {
                    %v4890 = llvm.getelementptr %v70[%v4889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4881, %v4890 : f32, !llvm.ptr
                  }
                  %v4891 = arith.select %v42, %v4682, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4892, %v4893 = gpu.shuffle xor %v4891, %v1165, %v381 : f32
                  %v4894 = arith.addf %v4891, %v4892 fastmath<contract> : f32
                  %v4895, %v4896 = gpu.shuffle xor %v4894, %v1169, %v381 : f32
                  %v4897 = arith.addf %v4894, %v4895 fastmath<contract> : f32
                  %v4898, %v4899 = gpu.shuffle xor %v4897, %v1173, %v381 : f32
                  %v4900 = arith.addf %v4897, %v4898 fastmath<contract> : f32
                  %v4901 = arith.divui %v23, %v1177 : i64
                  %v4902 = arith.remui %v23, %v1177 : i64
                  %v4903 = arith.cmpi ult, %v4902, %v37 : i64
                  %v4904 = arith.addi %v116, %v38 : i64
                  %v4905 = arith.muli %v4901, %v1 : i64
                  %v4906 = arith.addi %v4905, %v4904 : i64
                  %v4907 = arith.muli %v4906, %v1183 : i64
                  %v4908 = arith.addi %v4907, %v4546 : i64
                  scf.if %v4903 {
                    %v4909 = llvm.getelementptr %v70[%v4908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4900, %v4909 : f32, !llvm.ptr
                  }
                  %v4910 = arith.select %v42, %v4703, %v77 : f32
                  // sum over the warp's outer points: shuffles
                  %v4911, %v4912 = gpu.shuffle xor %v4910, %v1165, %v381 : f32
                  %v4913 = arith.addf %v4910, %v4911 fastmath<contract> : f32
                  %v4914, %v4915 = gpu.shuffle xor %v4913, %v1169, %v381 : f32
                  %v4916 = arith.addf %v4913, %v4914 fastmath<contract> : f32
                  %v4917, %v4918 = gpu.shuffle xor %v4916, %v1173, %v381 : f32
                  %v4919 = arith.addf %v4916, %v4917 fastmath<contract> : f32
                  %v4920 = arith.divui %v23, %v1177 : i64
                  %v4921 = arith.remui %v23, %v1177 : i64
                  %v4922 = arith.cmpi ult, %v4921, %v37 : i64
                  %v4923 = arith.addi %v136, %v38 : i64
                  %v4924 = arith.muli %v4920, %v1 : i64
                  %v4925 = arith.addi %v4924, %v4923 : i64
                  %v4926 = arith.muli %v4925, %v1183 : i64
                  %v4927 = arith.addi %v4926, %v4546 : i64
                  scf.if %v4922 {
                    %v4928 = llvm.getelementptr %v70[%v4927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4919, %v4928 : f32, !llvm.ptr
                  }
                  %v4929 = arith.muli %v38, %v218 : i64
                  %v4930 = arith.subi %v4547, %v190 : i64
                  %v4931 = arith.addi %v4929, %v4930 : i64
                  %v4932 = llvm.getelementptr %v74[%v4931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4933 = llvm.load %v4932 : !llvm.ptr -> f32
                  %v4934 = arith.mulf %v4933, %v4614 fastmath<contract> : f32
                  %v4935 = arith.constant 4 : i64
                  %v4936 = arith.addi %v4935, %v38 : i64
                  %v4937 = arith.muli %v4936, %v218 : i64
                  %v4938 = arith.subi %v4547, %v190 : i64
                  %v4939 = arith.addi %v4937, %v4938 : i64
                  %v4940 = llvm.getelementptr %v74[%v4939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4941 = llvm.load %v4940 : !llvm.ptr -> f32
                  %v4942 = arith.mulf %v4941, %v4616 fastmath<contract> : f32
                  %v4943 = arith.addf %v4934, %v4942 fastmath<contract> : f32
                  %v4944 = arith.constant 8 : i64
                  %v4945 = arith.addi %v4944, %v38 : i64
                  %v4946 = arith.muli %v4945, %v218 : i64
                  %v4947 = arith.subi %v4547, %v190 : i64
                  %v4948 = arith.addi %v4946, %v4947 : i64
                  %v4949 = llvm.getelementptr %v74[%v4948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4950 = llvm.load %v4949 : !llvm.ptr -> f32
                  %v4951 = arith.mulf %v4950, %v4618 fastmath<contract> : f32
                  %v4952 = arith.addf %v4943, %v4951 fastmath<contract> : f32
                  %v4953 = arith.constant 12 : i64
                  %v4954 = arith.addi %v4953, %v38 : i64
                  %v4955 = arith.muli %v4954, %v218 : i64
                  %v4956 = arith.subi %v4547, %v190 : i64
                  %v4957 = arith.addi %v4955, %v4956 : i64
                  %v4958 = llvm.getelementptr %v74[%v4957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4959 = llvm.load %v4958 : !llvm.ptr -> f32
                  %v4960 = arith.mulf %v4959, %v4620 fastmath<contract> : f32
                  %v4961 = arith.addf %v4952, %v4960 fastmath<contract> : f32
                  llvm.store %v4961, %v3230 : f32, !llvm.ptr
                  %v4962 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4631) : (f32) -> f32
                  %v4963 = arith.mulf %v396, %v4962 fastmath<contract> : f32
                  %v4964 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4963) : (f32) -> f32
                  llvm.store %v4964, %v61 : f32, !llvm.ptr
                  %v4965 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4652) : (f32) -> f32
                  %v4966 = arith.mulf %v396, %v4965 fastmath<contract> : f32
                  %v4967 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4966) : (f32) -> f32
                  llvm.store %v4967, %v62 : f32, !llvm.ptr
                  %v4968 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4673) : (f32) -> f32
                  %v4969 = arith.mulf %v396, %v4968 fastmath<contract> : f32
                  %v4970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4969) : (f32) -> f32
                  llvm.store %v4970, %v63 : f32, !llvm.ptr
                  %v4971 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4694) : (f32) -> f32
                  %v4972 = arith.mulf %v396, %v4971 fastmath<contract> : f32
                  %v4973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4972) : (f32) -> f32
                  llvm.store %v4973, %v64 : f32, !llvm.ptr
                }
                %v4974 = llvm.load %v3230 : !llvm.ptr -> f32
                %v4975 = arith.select %v3233, %v4974, %v4543 : f32
                %v4976 = arith.select %v3233, %v4543, %v4974 : f32
                %v4977, %v4978 = gpu.shuffle xor %v4975, %v1875, %v381 : f32
                %v4979 = arith.addf %v4976, %v4977 fastmath<contract> : f32
                %v4980 = arith.select %v3236, %v4979, %v4111 : f32
                %v4981 = arith.select %v3236, %v4111, %v4979 : f32
                %v4982, %v4983 = gpu.shuffle xor %v4980, %v1441, %v381 : f32
                %v4984 = arith.addf %v4981, %v4982 fastmath<contract> : f32
                %v4985 = arith.addi %v514, %v38 : i64
                %v4986 = arith.cmpi slt, %v4985, %v192 : i64
                %v4987 = arith.andi %v42, %v4986 : i1
                scf.if %v4987 {
                  %v4988 = arith.addi %v190, %v4985 : i64
                  // the gradients of this lane's own step
                  %v4989 = arith.muli %v52, %v406 : i64
                  %v4990 = arith.muli %v4988, %v405 : i64
                  %v4991 = arith.addi %v4989, %v4990 : i64
                  %v4992 = arith.muli %v50, %size_DV : i64
                  %v4993 = arith.addi %v4991, %v4992 : i64
                  %v4994 = arith.addi %v4993, %v48 : i64
                  %v4995 = llvm.getelementptr %dx_v[%v4994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v4984, %v4995 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4996 = arith.index_cast %v23 : i64 to index
          %v4997 = arith.index_cast %v7 : i64 to index
          %v4998 = arith.index_cast %v7 : i64 to index
          scf.for %v4999 = %v4996 to %v4997 step %v4998 {
            %v5000 = arith.index_cast %v4999 : index to i64
            %v5004 = arith.remui %v5000, %v1 : i64
            %v5005 = arith.divui %v5000, %v1 : i64
            %v5006 = arith.muli %v503, %v37 : i64
            %v5007 = arith.divui %v5004, %v37 : i64
            %v5008 = arith.addi %v5006, %v5007 : i64
            %v5009 = arith.cmpi slt, %v5008, %v194 : i64
            %v5010 = arith.subi %v194, %v2 : i64
            %v5011 = arith.subi %v5010, %v5008 : i64
            %v5012 = arith.remui %v5004, %v37 : i64
            %v5013 = arith.subi %v157, %v5012 : i64
            %v5014 = arith.muli %v5011, %v37 : i64
            %v5015 = arith.addi %v5014, %v5013 : i64
            %v5016 = arith.cmpi slt, %v5015, %v192 : i64
            %v5017 = arith.andi %v5009, %v5016 : i1
            scf.if %v5017 {
              %v5018 = arith.addi %v190, %v5015 : i64
              %v5019 = arith.remui %v5000, %v1 : i64
              %v5020 = arith.divui %v5000, %v1 : i64
              %v5021 = arith.muli %v5020, %v1183 : i64
              %v5022 = arith.addi %v5021, %v5019 : i64
              %v5023 = llvm.getelementptr %v66[%v5022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5024 = llvm.load %v5023 : !llvm.ptr -> f32
              %v5025 = arith.addi %v1, %v5020 : i64
              %v5026 = arith.muli %v5025, %v1183 : i64
              %v5027 = arith.addi %v5026, %v5019 : i64
              %v5028 = llvm.getelementptr %v66[%v5027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5029 = llvm.load %v5028 : !llvm.ptr -> f32
              %v5030 = arith.addf %v5024, %v5029 fastmath<contract> : f32
              %v5031 = arith.addi %v1177, %v5020 : i64
              %v5032 = arith.muli %v5031, %v1183 : i64
              %v5033 = arith.addi %v5032, %v5019 : i64
              %v5034 = llvm.getelementptr %v66[%v5033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5035 = llvm.load %v5034 : !llvm.ptr -> f32
              %v5036 = arith.addf %v5030, %v5035 fastmath<contract> : f32
              %v5038 = arith.addi %v5037, %v5020 : i64
              %v5039 = arith.muli %v5038, %v1183 : i64
              %v5040 = arith.addi %v5039, %v5019 : i64
              %v5041 = llvm.getelementptr %v66[%v5040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5042 = llvm.load %v5041 : !llvm.ptr -> f32
              %v5043 = arith.addf %v5036, %v5042 fastmath<contract> : f32
              %v5044 = arith.addi %v25, %v5020 : i64
              %v5045 = arith.muli %v5044, %v1183 : i64
              %v5046 = arith.addi %v5045, %v5019 : i64
              %v5047 = llvm.getelementptr %v66[%v5046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5048 = llvm.load %v5047 : !llvm.ptr -> f32
              %v5049 = arith.addf %v5043, %v5048 fastmath<contract> : f32
              %v5052 = arith.addi %v5051, %v5020 : i64
              %v5053 = arith.muli %v5052, %v1183 : i64
              %v5054 = arith.addi %v5053, %v5019 : i64
              %v5055 = llvm.getelementptr %v66[%v5054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5056 = llvm.load %v5055 : !llvm.ptr -> f32
              %v5057 = arith.addf %v5049, %v5056 fastmath<contract> : f32
              %v5060 = arith.addi %v5059, %v5020 : i64
              %v5061 = arith.muli %v5060, %v1183 : i64
              %v5062 = arith.addi %v5061, %v5019 : i64
              %v5063 = llvm.getelementptr %v66[%v5062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5064 = llvm.load %v5063 : !llvm.ptr -> f32
              %v5065 = arith.addf %v5057, %v5064 fastmath<contract> : f32
              %v5068 = arith.addi %v5067, %v5020 : i64
              %v5069 = arith.muli %v5068, %v1183 : i64
              %v5070 = arith.addi %v5069, %v5019 : i64
              %v5071 = llvm.getelementptr %v66[%v5070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5072 = llvm.load %v5071 : !llvm.ptr -> f32
              %v5073 = arith.addf %v5065, %v5072 fastmath<contract> : f32
              %v5074 = arith.remui %v5005, %v1 : i64
              %v5075 = arith.divui %v5005, %v1 : i64
              %v5076 = arith.muli %v52, %v209 : i64
              %v5077 = arith.muli %v5018, %v208 : i64
              %v5078 = arith.addi %v5076, %v5077 : i64
              %v5079 = arith.muli %v50, %v1 : i64
              %v5080 = arith.addi %v5078, %v5079 : i64
              %v5081 = arith.addi %v5080, %v5074 : i64
              %v5082 = arith.muli %v36, %v5003 : i64
              %v5083 = arith.addi %v5082, %v5081 : i64
              %v5084 = llvm.getelementptr %part_q[%v5083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5073, %v5084 : f32, !llvm.ptr
            }
          }
          %v5085 = arith.index_cast %v23 : i64 to index
          %v5086 = arith.index_cast %v7 : i64 to index
          %v5087 = arith.index_cast %v7 : i64 to index
          scf.for %v5088 = %v5085 to %v5086 step %v5087 {
            %v5089 = arith.index_cast %v5088 : index to i64
            %v5093 = arith.remui %v5089, %v1 : i64
            %v5094 = arith.divui %v5089, %v1 : i64
            %v5095 = arith.muli %v503, %v37 : i64
            %v5096 = arith.divui %v5093, %v37 : i64
            %v5097 = arith.addi %v5095, %v5096 : i64
            %v5098 = arith.cmpi slt, %v5097, %v194 : i64
            %v5099 = arith.subi %v194, %v2 : i64
            %v5100 = arith.subi %v5099, %v5097 : i64
            %v5101 = arith.remui %v5093, %v37 : i64
            %v5102 = arith.subi %v157, %v5101 : i64
            %v5103 = arith.muli %v5100, %v37 : i64
            %v5104 = arith.addi %v5103, %v5102 : i64
            %v5105 = arith.cmpi slt, %v5104, %v192 : i64
            %v5106 = arith.andi %v5098, %v5105 : i1
            scf.if %v5106 {
              %v5107 = arith.addi %v190, %v5104 : i64
              %v5108 = arith.remui %v5089, %v1 : i64
              %v5109 = arith.divui %v5089, %v1 : i64
              %v5110 = arith.muli %v5109, %v1183 : i64
              %v5111 = arith.addi %v5110, %v5108 : i64
              %v5112 = llvm.getelementptr %v68[%v5111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5113 = llvm.load %v5112 : !llvm.ptr -> f32
              %v5114 = arith.addi %v1, %v5109 : i64
              %v5115 = arith.muli %v5114, %v1183 : i64
              %v5116 = arith.addi %v5115, %v5108 : i64
              %v5117 = llvm.getelementptr %v68[%v5116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5118 = llvm.load %v5117 : !llvm.ptr -> f32
              %v5119 = arith.addf %v5113, %v5118 fastmath<contract> : f32
              %v5120 = arith.addi %v1177, %v5109 : i64
              %v5121 = arith.muli %v5120, %v1183 : i64
              %v5122 = arith.addi %v5121, %v5108 : i64
              %v5123 = llvm.getelementptr %v68[%v5122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5124 = llvm.load %v5123 : !llvm.ptr -> f32
              %v5125 = arith.addf %v5119, %v5124 fastmath<contract> : f32
              %v5126 = arith.addi %v5037, %v5109 : i64
              %v5127 = arith.muli %v5126, %v1183 : i64
              %v5128 = arith.addi %v5127, %v5108 : i64
              %v5129 = llvm.getelementptr %v68[%v5128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5130 = llvm.load %v5129 : !llvm.ptr -> f32
              %v5131 = arith.addf %v5125, %v5130 fastmath<contract> : f32
              %v5132 = arith.addi %v25, %v5109 : i64
              %v5133 = arith.muli %v5132, %v1183 : i64
              %v5134 = arith.addi %v5133, %v5108 : i64
              %v5135 = llvm.getelementptr %v68[%v5134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5136 = llvm.load %v5135 : !llvm.ptr -> f32
              %v5137 = arith.addf %v5131, %v5136 fastmath<contract> : f32
              %v5138 = arith.addi %v5051, %v5109 : i64
              %v5139 = arith.muli %v5138, %v1183 : i64
              %v5140 = arith.addi %v5139, %v5108 : i64
              %v5141 = llvm.getelementptr %v68[%v5140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5142 = llvm.load %v5141 : !llvm.ptr -> f32
              %v5143 = arith.addf %v5137, %v5142 fastmath<contract> : f32
              %v5144 = arith.addi %v5059, %v5109 : i64
              %v5145 = arith.muli %v5144, %v1183 : i64
              %v5146 = arith.addi %v5145, %v5108 : i64
              %v5147 = llvm.getelementptr %v68[%v5146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5148 = llvm.load %v5147 : !llvm.ptr -> f32
              %v5149 = arith.addf %v5143, %v5148 fastmath<contract> : f32
              %v5150 = arith.addi %v5067, %v5109 : i64
              %v5151 = arith.muli %v5150, %v1183 : i64
              %v5152 = arith.addi %v5151, %v5108 : i64
              %v5153 = llvm.getelementptr %v68[%v5152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5154 = llvm.load %v5153 : !llvm.ptr -> f32
              %v5155 = arith.addf %v5149, %v5154 fastmath<contract> : f32
              %v5156 = arith.remui %v5094, %v1 : i64
              %v5157 = arith.divui %v5094, %v1 : i64
              %v5158 = arith.muli %v52, %v209 : i64
              %v5159 = arith.muli %v5107, %v208 : i64
              %v5160 = arith.addi %v5158, %v5159 : i64
              %v5161 = arith.muli %v50, %v1 : i64
              %v5162 = arith.addi %v5160, %v5161 : i64
              %v5163 = arith.addi %v5162, %v5156 : i64
              %v5164 = arith.muli %v36, %v5092 : i64
              %v5165 = arith.addi %v5164, %v5163 : i64
              %v5166 = llvm.getelementptr %part_k[%v5165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5155, %v5166 : f32, !llvm.ptr
            }
          }
          %v5167 = arith.index_cast %v23 : i64 to index
          %v5168 = arith.index_cast %v7 : i64 to index
          %v5169 = arith.index_cast %v7 : i64 to index
          scf.for %v5170 = %v5167 to %v5168 step %v5169 {
            %v5171 = arith.index_cast %v5170 : index to i64
            %v5175 = arith.remui %v5171, %v1 : i64
            %v5176 = arith.divui %v5171, %v1 : i64
            %v5177 = arith.muli %v503, %v37 : i64
            %v5178 = arith.divui %v5175, %v37 : i64
            %v5179 = arith.addi %v5177, %v5178 : i64
            %v5180 = arith.cmpi slt, %v5179, %v194 : i64
            %v5181 = arith.subi %v194, %v2 : i64
            %v5182 = arith.subi %v5181, %v5179 : i64
            %v5183 = arith.remui %v5175, %v37 : i64
            %v5184 = arith.subi %v157, %v5183 : i64
            %v5185 = arith.muli %v5182, %v37 : i64
            %v5186 = arith.addi %v5185, %v5184 : i64
            %v5187 = arith.cmpi slt, %v5186, %v192 : i64
            %v5188 = arith.andi %v5180, %v5187 : i1
            scf.if %v5188 {
              %v5189 = arith.addi %v190, %v5186 : i64
              %v5190 = arith.remui %v5171, %v1 : i64
              %v5191 = arith.divui %v5171, %v1 : i64
              %v5192 = arith.muli %v5191, %v1183 : i64
              %v5193 = arith.addi %v5192, %v5190 : i64
              %v5194 = llvm.getelementptr %v70[%v5193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5195 = llvm.load %v5194 : !llvm.ptr -> f32
              %v5196 = arith.addi %v1, %v5191 : i64
              %v5197 = arith.muli %v5196, %v1183 : i64
              %v5198 = arith.addi %v5197, %v5190 : i64
              %v5199 = llvm.getelementptr %v70[%v5198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5200 = llvm.load %v5199 : !llvm.ptr -> f32
              %v5201 = arith.addf %v5195, %v5200 fastmath<contract> : f32
              %v5202 = arith.addi %v1177, %v5191 : i64
              %v5203 = arith.muli %v5202, %v1183 : i64
              %v5204 = arith.addi %v5203, %v5190 : i64
              %v5205 = llvm.getelementptr %v70[%v5204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5206 = llvm.load %v5205 : !llvm.ptr -> f32
              %v5207 = arith.addf %v5201, %v5206 fastmath<contract> : f32
              %v5208 = arith.addi %v5037, %v5191 : i64
              %v5209 = arith.muli %v5208, %v1183 : i64
              %v5210 = arith.addi %v5209, %v5190 : i64
              %v5211 = llvm.getelementptr %v70[%v5210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5212 = llvm.load %v5211 : !llvm.ptr -> f32
              %v5213 = arith.addf %v5207, %v5212 fastmath<contract> : f32
              %v5214 = arith.addi %v25, %v5191 : i64
              %v5215 = arith.muli %v5214, %v1183 : i64
              %v5216 = arith.addi %v5215, %v5190 : i64
              %v5217 = llvm.getelementptr %v70[%v5216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5218 = llvm.load %v5217 : !llvm.ptr -> f32
              %v5219 = arith.addf %v5213, %v5218 fastmath<contract> : f32
              %v5220 = arith.addi %v5051, %v5191 : i64
              %v5221 = arith.muli %v5220, %v1183 : i64
              %v5222 = arith.addi %v5221, %v5190 : i64
              %v5223 = llvm.getelementptr %v70[%v5222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5224 = llvm.load %v5223 : !llvm.ptr -> f32
              %v5225 = arith.addf %v5219, %v5224 fastmath<contract> : f32
              %v5226 = arith.addi %v5059, %v5191 : i64
              %v5227 = arith.muli %v5226, %v1183 : i64
              %v5228 = arith.addi %v5227, %v5190 : i64
              %v5229 = llvm.getelementptr %v70[%v5228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5230 = llvm.load %v5229 : !llvm.ptr -> f32
              %v5231 = arith.addf %v5225, %v5230 fastmath<contract> : f32
              %v5232 = arith.addi %v5067, %v5191 : i64
              %v5233 = arith.muli %v5232, %v1183 : i64
              %v5234 = arith.addi %v5233, %v5190 : i64
              %v5235 = llvm.getelementptr %v70[%v5234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5236 = llvm.load %v5235 : !llvm.ptr -> f32
              %v5237 = arith.addf %v5231, %v5236 fastmath<contract> : f32
              %v5238 = arith.remui %v5176, %v1 : i64
              %v5239 = arith.divui %v5176, %v1 : i64
              %v5240 = arith.muli %v52, %v209 : i64
              %v5241 = arith.muli %v5189, %v208 : i64
              %v5242 = arith.addi %v5240, %v5241 : i64
              %v5243 = arith.muli %v50, %v1 : i64
              %v5244 = arith.addi %v5242, %v5243 : i64
              %v5245 = arith.addi %v5244, %v5238 : i64
              %v5246 = arith.muli %v36, %v5174 : i64
              %v5247 = arith.addi %v5246, %v5245 : i64
              %v5248 = llvm.getelementptr %part_g[%v5247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5237, %v5248 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v5249 = arith.cmpi eq, %v33, %v79 : i64
      scf.if %v5249 {
      }
      gpu.return
    }
  }
}
