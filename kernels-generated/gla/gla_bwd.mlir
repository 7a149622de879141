module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_gla_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @tile_gla_bwd_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2176 x f32>
    llvm.mlir.global internal @rows_gla_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_gla_bwd_g() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @gla_bwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_g: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_S: !llvm.ptr, %scratch_S: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_g: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_H : i64
      %v5 = arith.muli %v4, %size_DV : i64
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = arith.constant 32 : i64
      %v17 = arith.constant 31 : i64
      %v23 = arith.constant 8 : i64
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.mlir.addressof @tile_gla_bwd_q : !llvm.ptr<3>
      %v45 = llvm.addrspacecast %v44 : !llvm.ptr<3> to !llvm.ptr
      %v46 = llvm.mlir.addressof @tile_gla_bwd_k : !llvm.ptr<3>
      %v47 = llvm.addrspacecast %v46 : !llvm.ptr<3> to !llvm.ptr
      %v48 = llvm.mlir.addressof @tile_gla_bwd_g : !llvm.ptr<3>
      %v49 = llvm.addrspacecast %v48 : !llvm.ptr<3> to !llvm.ptr
      %v50 = llvm.mlir.addressof @rows_gla_bwd_q : !llvm.ptr<3>
      %v51 = llvm.addrspacecast %v50 : !llvm.ptr<3> to !llvm.ptr
      %v52 = llvm.mlir.addressof @rows_gla_bwd_k : !llvm.ptr<3>
      %v53 = llvm.addrspacecast %v52 : !llvm.ptr<3> to !llvm.ptr
      %v54 = llvm.mlir.addressof @rows_gla_bwd_g : !llvm.ptr<3>
      %v55 = llvm.addrspacecast %v54 : !llvm.ptr<3> to !llvm.ptr
      %v56 = arith.constant 0x00000000 : f32
      %v57 = arith.constant 0x3F800000 : f32
      %v58 = arith.constant 0 : i64
      %v60 = arith.constant 64 : i64
      %v61 = arith.constant 7 : i64
      %v115 = arith.constant 1024 : i64
      %v116 = arith.constant 256 : i64
      %v128 = arith.muli %v2, %v1 : i64
      %v129 = arith.muli %v128, %size_H : i64
      %v130 = arith.muli %v129, %size_L : i64
      %v140 = arith.constant 65 : i64
      %v191 = arith.muli %v2, %size_B : i64
      %v192 = arith.muli %v191, %size_H : i64
      %v193 = arith.muli %v192, %v1 : i64
      %v194 = arith.muli %v193, %size_DV : i64
      %v196 = arith.muli %v2, %size_DV : i64
      %v197 = arith.muli %v196, %v1 : i64
      %v198 = arith.muli %v197, %size_H : i64
      %v209 = arith.muli %v2, %size_B : i64
      %v210 = arith.muli %v209, %size_H : i64
      %v211 = arith.muli %v210, %v1 : i64
      %v212 = arith.muli %v211, %size_DV : i64
      %v262 = arith.constant 32 : i32
      %v272 = arith.constant 0x3FB8AA3B : f32
      %v277 = arith.constant 0x3D800000 : f32
      %v286 = arith.muli %v2, %size_DV : i64
      %v287 = arith.muli %v286, %size_H : i64
      %v288 = arith.muli %v287, %size_L : i64
      %v328 = arith.constant 2 : i64
      %v547 = arith.constant 3 : i64
      %v606 = arith.constant 4 : i64
      %v665 = arith.constant 5 : i64
      %v724 = arith.constant 6 : i64
      %v841 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v856 = arith.constant 2147483647 : i64
      %v860 = arith.constant 7 : i32
      %v921 = arith.constant 0xBF700000 : f32
      %v953 = arith.constant 8 : i32
      %v957 = arith.constant 16 : i32
      %v967 = arith.constant 17 : i64
      %v1074 = arith.constant 6 : i32
      %v1285 = arith.constant 1 : i32
      %v1290 = arith.constant 5 : i32
      %v1500 = arith.constant 4 : i32
      %v1716 = arith.constant 2 : i32
      %v1721 = arith.constant 3 : i32
      %v2354 = arith.constant 0 : i32
      %v3076 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v4817 = arith.muli %v2, %size_B : i64
      %v4818 = arith.muli %v4817, %size_L : i64
      %v4819 = arith.muli %v4818, %size_H : i64
      %v4820 = arith.muli %v4819, %v1 : i64
      %v4910 = arith.muli %v2, %size_B : i64
      %v4911 = arith.muli %v4910, %size_L : i64
      %v4912 = arith.muli %v4911, %size_H : i64
      %v4913 = arith.muli %v4912, %v1 : i64
      %v5003 = arith.muli %v2, %size_B : i64
      %v5004 = arith.muli %v5003, %size_L : i64
      %v5005 = arith.muli %v5004, %size_H : i64
      %v5006 = arith.muli %v5005, %v1 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v18 = arith.addi %size_DV, %v17 : i64
      %v19 = arith.divui %v18, %v16 : i64
      %v20 = arith.maxsi %v19, %v2 : i64
      %v21 = arith.divui %v15, %v20 : i64
      %v22 = arith.remui %v15, %v20 : i64
      %v24 = arith.remui %v14, %v23 : i64
      %v25 = arith.divui %v14, %v23 : i64
      %v26 = arith.muli %v22, %v16 : i64
      %v27 = arith.addi %v26, %v25 : i64
      %v28 = arith.cmpi slt, %v27, %size_DV : i64
      %v29 = arith.muli %v21, %size_DV : i64
      %v30 = arith.addi %v29, %v27 : i64
      %v31 = arith.subi %size_DV, %v2 : i64
      %v32 = arith.minsi %v27, %v31 : i64
      %v33 = arith.addi %v29, %v32 : i64
      %v34 = arith.remui %v33, %size_DV : i64
      %v35 = arith.divui %v33, %size_DV : i64
      %v36 = arith.remui %v35, %size_H : i64
      %v37 = arith.divui %v35, %size_H : i64
      %v38 = arith.remui %v37, %size_B : i64
      %v39 = arith.divui %v37, %size_B : i64
      %v65 = arith.trunci %v14 : i64 to i32
      %v66 = arith.constant 24 : i32
      %v67 = arith.andi %v65, %v66 : i32
      %v68 = arith.constant 0 : i32
      %v69 = arith.ori %v67, %v68 : i32
      %v70 = arith.constant 0 : i64
      %v71 = arith.cmpi eq, %v24, %v70 : i64
      %v72 = arith.constant 1 : i32
      %v73 = arith.ori %v67, %v72 : i32
      %v74 = arith.constant 1 : i64
      %v75 = arith.cmpi eq, %v24, %v74 : i64
      %v76 = arith.constant 2 : i32
      %v77 = arith.ori %v67, %v76 : i32
      %v78 = arith.constant 2 : i64
      %v79 = arith.cmpi eq, %v24, %v78 : i64
      %v80 = arith.constant 3 : i32
      %v81 = arith.ori %v67, %v80 : i32
      %v82 = arith.constant 3 : i64
      %v83 = arith.cmpi eq, %v24, %v82 : i64
      %v84 = arith.constant 4 : i32
      %v85 = arith.ori %v67, %v84 : i32
      %v86 = arith.constant 4 : i64
      %v87 = arith.cmpi eq, %v24, %v86 : i64
      %v88 = arith.constant 5 : i32
      %v89 = arith.ori %v67, %v88 : i32
      %v90 = arith.constant 5 : i64
      %v91 = arith.cmpi eq, %v24, %v90 : i64
      %v92 = arith.constant 6 : i32
      %v93 = arith.ori %v67, %v92 : i32
      %v94 = arith.constant 6 : i64
      %v95 = arith.cmpi eq, %v24, %v94 : i64
      %v96 = arith.constant 7 : i32
      %v97 = arith.ori %v67, %v96 : i32
      %v98 = arith.constant 7 : i64
      %v99 = arith.cmpi eq, %v24, %v98 : i64
      llvm.store %v56, %v40 : f32, !llvm.ptr
      llvm.store %v56, %v41 : f32, !llvm.ptr
      llvm.store %v57, %v42 : f32, !llvm.ptr
      llvm.store %v57, %v43 : f32, !llvm.ptr
      %v59 = arith.cmpi eq, %size_L, %v58 : i64
      scf.if %v59 {
        llvm.store %v56, %v10 : f32, !llvm.ptr
        llvm.store %v56, %v11 : f32, !llvm.ptr
      }
      %v62 = arith.subi %v60, %v2 : i64
      %v63 = arith.addi %size_L, %v62 : i64
      %v64 = arith.divui %v63, %v60 : i64
      %v100 = arith.subi %v64, %v58 : i64
      %v101 = arith.maxsi %v100, %v58 : i64
      %v102 = arith.index_cast %v58 : i64 to index
      %v103 = arith.index_cast %v101 : i64 to index
      %v104 = arith.index_cast %v2 : i64 to index
      scf.for %v105 = %v102 to %v103 step %v104 {
        %v106 = arith.index_cast %v105 : index to i64
        %v107 = arith.subi %v64, %v2 : i64
        %v108 = arith.subi %v107, %v106 : i64
        %v109 = arith.muli %v108, %v60 : i64
        %v110 = arith.subi %size_L, %v109 : i64
        %v111 = arith.minsi %v110, %v60 : i64
        %v112 = arith.addi %v111, %v61 : i64
        %v113 = arith.divui %v112, %v23 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v114 = arith.subi %size_L, %v2 : i64
        %v117 = arith.index_cast %v14 : i64 to index
        %v118 = arith.index_cast %v115 : i64 to index
        %v119 = arith.index_cast %v116 : i64 to index
        scf.for %v120 = %v117 to %v118 step %v119 {
          %v121 = arith.index_cast %v120 : index to i64
          %v122 = arith.remui %v121, %v60 : i64
          %v123 = arith.divui %v121, %v60 : i64
          %v124 = arith.addi %v109, %v122 : i64
          %v125 = arith.minsi %v124, %v114 : i64
          %v126 = arith.remui %v123, %v1 : i64
          %v127 = arith.divui %v123, %v1 : i64
          %v131 = arith.muli %v38, %v130 : i64
          %v132 = arith.muli %v125, %v129 : i64
          %v133 = arith.addi %v131, %v132 : i64
          %v134 = arith.muli %v36, %v128 : i64
          %v135 = arith.addi %v133, %v134 : i64
          %v136 = arith.muli %v126, %v2 : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = llvm.getelementptr %in_q[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v139 = llvm.load %v138 : !llvm.ptr -> f32
          %v141 = arith.muli %v123, %v140 : i64
          %v142 = arith.addi %v141, %v122 : i64
          %v143 = llvm.getelementptr %v51[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v139, %v143 : f32, !llvm.ptr
        }
        %v144 = arith.index_cast %v14 : i64 to index
        %v145 = arith.index_cast %v115 : i64 to index
        %v146 = arith.index_cast %v116 : i64 to index
        scf.for %v147 = %v144 to %v145 step %v146 {
          %v148 = arith.index_cast %v147 : index to i64
          %v149 = arith.remui %v148, %v60 : i64
          %v150 = arith.divui %v148, %v60 : i64
          %v151 = arith.addi %v109, %v149 : i64
          %v152 = arith.minsi %v151, %v114 : i64
          %v153 = arith.remui %v150, %v1 : i64
          %v154 = arith.divui %v150, %v1 : i64
          %v155 = arith.muli %v38, %v130 : i64
          %v156 = arith.muli %v152, %v129 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = arith.muli %v36, %v128 : i64
          %v159 = arith.addi %v157, %v158 : i64
          %v160 = arith.muli %v153, %v2 : i64
          %v161 = arith.addi %v159, %v160 : i64
          %v162 = llvm.getelementptr %in_k[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v163 = llvm.load %v162 : !llvm.ptr -> f32
          %v164 = arith.muli %v150, %v140 : i64
          %v165 = arith.addi %v164, %v149 : i64
          %v166 = llvm.getelementptr %v53[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v163, %v166 : f32, !llvm.ptr
        }
        %v167 = arith.index_cast %v14 : i64 to index
        %v168 = arith.index_cast %v115 : i64 to index
        %v169 = arith.index_cast %v116 : i64 to index
        scf.for %v170 = %v167 to %v168 step %v169 {
          %v171 = arith.index_cast %v170 : index to i64
          %v172 = arith.remui %v171, %v60 : i64
          %v173 = arith.divui %v171, %v60 : i64
          %v174 = arith.addi %v109, %v172 : i64
          %v175 = arith.minsi %v174, %v114 : i64
          %v176 = arith.remui %v173, %v1 : i64
          %v177 = arith.divui %v173, %v1 : i64
          %v178 = arith.muli %v38, %v130 : i64
          %v179 = arith.muli %v175, %v129 : i64
          %v180 = arith.addi %v178, %v179 : i64
          %v181 = arith.muli %v36, %v128 : i64
          %v182 = arith.addi %v180, %v181 : i64
          %v183 = arith.muli %v176, %v2 : i64
          %v184 = arith.addi %v182, %v183 : i64
          %v185 = llvm.getelementptr %in_g[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v186 = llvm.load %v185 : !llvm.ptr -> f32
          %v187 = arith.muli %v173, %v140 : i64
          %v188 = arith.addi %v187, %v172 : i64
          %v189 = llvm.getelementptr %v55[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v186, %v189 : f32, !llvm.ptr
        }
        gpu.barrier
        %v190 = arith.subi %v111, %v2 : i64
        %v195 = arith.muli %v108, %v194 : i64
        %v199 = arith.muli %v38, %v198 : i64
        %v200 = arith.muli %v36, %v197 : i64
        %v201 = arith.addi %v199, %v200 : i64
        %v202 = arith.muli %v24, %v196 : i64
        %v203 = arith.addi %v201, %v202 : i64
        %v204 = arith.muli %v34, %v2 : i64
        %v205 = arith.addi %v203, %v204 : i64
        %v206 = arith.addi %v195, %v205 : i64
        %v207 = llvm.getelementptr %ckpt_S[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v208 = llvm.load %v207 : !llvm.ptr -> f32
        llvm.store %v208, %v8 : f32, !llvm.ptr
        %v213 = arith.muli %v108, %v212 : i64
        %v214 = arith.muli %v38, %v198 : i64
        %v215 = arith.muli %v36, %v197 : i64
        %v216 = arith.addi %v214, %v215 : i64
        %v217 = arith.constant 8 : i64
        %v218 = arith.addi %v217, %v24 : i64
        %v219 = arith.muli %v218, %v196 : i64
        %v220 = arith.addi %v216, %v219 : i64
        %v221 = arith.muli %v34, %v2 : i64
        %v222 = arith.addi %v220, %v221 : i64
        %v223 = arith.addi %v213, %v222 : i64
        %v224 = llvm.getelementptr %ckpt_S[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v225 = llvm.load %v224 : !llvm.ptr -> f32
        llvm.store %v225, %v9 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v226 = arith.index_cast %v58 : i64 to index
        %v227 = arith.index_cast %v113 : i64 to index
        %v228 = arith.index_cast %v2 : i64 to index
        scf.for %v229 = %v226 to %v227 step %v228 {
          %v230 = arith.index_cast %v229 : index to i64
          scf.if %v28 {
            %v231 = llvm.load %v8 : !llvm.ptr -> f32
            %v232 = arith.muli %v230, %v5 : i64
            %v233 = arith.subi %v5, %v2 : i64
            %v234 = arith.minsi %v30, %v233 : i64
            %v235 = arith.addi %v232, %v234 : i64
            %v236 = arith.muli %v235, %v1 : i64
            %v237 = arith.addi %v236, %v58 : i64
            %v238 = arith.addi %v237, %v24 : i64
            %v239 = llvm.getelementptr %scratch_S[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v231, %v239 : f32, !llvm.ptr
            %v240 = llvm.load %v9 : !llvm.ptr -> f32
            %v241 = arith.muli %v230, %v5 : i64
            %v242 = arith.subi %v5, %v2 : i64
            %v243 = arith.minsi %v30, %v242 : i64
            %v244 = arith.addi %v241, %v243 : i64
            %v245 = arith.muli %v244, %v1 : i64
            %v246 = arith.addi %v245, %v23 : i64
            %v247 = arith.addi %v246, %v24 : i64
            %v248 = llvm.getelementptr %scratch_S[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v240, %v248 : f32, !llvm.ptr
          }
          %v249 = arith.muli %v230, %v23 : i64
          %v250 = arith.addi %v249, %v24 : i64
          %v251 = arith.minsi %v250, %v190 : i64
          %v252 = arith.addi %v109, %v251 : i64
          %v253 = arith.subi %v111, %v249 : i64
          %v254 = arith.trunci %v253 : i64 to i32
          %v255 = arith.index_cast %v58 : i64 to index
          %v256 = arith.index_cast %v23 : i64 to index
          %v257 = arith.index_cast %v2 : i64 to index
          scf.for %v258 = %v255 to %v256 step %v257 {
            %v259 = arith.index_cast %v258 : index to i64
            %v260 = arith.trunci %v259 : i64 to i32
            %v261 = arith.ori %v69, %v260 : i32
            %v263 = arith.addi %v249, %v259 : i64
            %v264 = arith.cmpi slt, %v260, %v254 : i32
            scf.if %v264 {
              %v265 = arith.addi %v109, %v263 : i64
              %v266 = arith.muli %v24, %v140 : i64
              %v267 = arith.subi %v265, %v109 : i64
              %v268 = arith.addi %v266, %v267 : i64
              %v269 = llvm.getelementptr %v55[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v270 = llvm.load %v269 : !llvm.ptr -> f32
              %v271 = arith.negf %v270 : f32
              %v273 = arith.mulf %v271, %v272 fastmath<contract> : f32
              %v274 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v273) : (f32) -> f32
              %v275 = arith.addf %v57, %v274 fastmath<contract> : f32
              %v276 = arith.divf %v57, %v275 : f32
              %v278 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v276) : (f32) -> f32
              %v279 = arith.mulf %v277, %v278 fastmath<contract> : f32
              %v280 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v279) : (f32) -> f32
              %v281 = arith.muli %v24, %v140 : i64
              %v282 = arith.subi %v265, %v109 : i64
              %v283 = arith.addi %v281, %v282 : i64
              %v284 = llvm.getelementptr %v53[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v285 = llvm.load %v284 : !llvm.ptr -> f32
              %v289 = arith.muli %v38, %v288 : i64
              %v290 = arith.muli %v265, %v287 : i64
              %v291 = arith.addi %v289, %v290 : i64
              %v292 = arith.muli %v36, %v286 : i64
              %v293 = arith.addi %v291, %v292 : i64
              %v294 = arith.muli %v34, %v2 : i64
              %v295 = arith.addi %v293, %v294 : i64
              %v296 = llvm.getelementptr %in_v[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v297 = llvm.load %v296 : !llvm.ptr -> f32
              %v298 = arith.mulf %v285, %v297 fastmath<contract> : f32
              %v299 = llvm.load %v8 : !llvm.ptr -> f32
              %v300 = arith.mulf %v280, %v299 fastmath<contract> : f32
              %v301 = arith.addf %v300, %v298 fastmath<contract> : f32
              llvm.store %v301, %v8 : f32, !llvm.ptr
              %v302 = arith.constant 8 : i64
              %v303 = arith.addi %v302, %v24 : i64
              %v304 = arith.muli %v303, %v140 : i64
              %v305 = arith.subi %v265, %v109 : i64
              %v306 = arith.addi %v304, %v305 : i64
              %v307 = llvm.getelementptr %v55[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v308 = llvm.load %v307 : !llvm.ptr -> f32
              %v309 = arith.negf %v308 : f32
              %v310 = arith.mulf %v309, %v272 fastmath<contract> : f32
              %v311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v310) : (f32) -> f32
              %v312 = arith.addf %v57, %v311 fastmath<contract> : f32
              %v313 = arith.divf %v57, %v312 : f32
              %v314 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v313) : (f32) -> f32
              %v315 = arith.mulf %v277, %v314 fastmath<contract> : f32
              %v316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v315) : (f32) -> f32
              %v317 = arith.constant 8 : i64
              %v318 = arith.addi %v317, %v24 : i64
              %v319 = arith.muli %v318, %v140 : i64
              %v320 = arith.subi %v265, %v109 : i64
              %v321 = arith.addi %v319, %v320 : i64
              %v322 = llvm.getelementptr %v53[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v323 = llvm.load %v322 : !llvm.ptr -> f32
              %v324 = arith.mulf %v323, %v297 fastmath<contract> : f32
              %v325 = llvm.load %v9 : !llvm.ptr -> f32
              %v326 = arith.mulf %v316, %v325 fastmath<contract> : f32
              %v327 = arith.addf %v326, %v324 fastmath<contract> : f32
              llvm.store %v327, %v9 : f32, !llvm.ptr
            }
          }
        }
        %v329 = arith.addi %v113, %v2 : i64
        %v330 = arith.divui %v329, %v328 : i64
        %v331 = arith.index_cast %v58 : i64 to index
        %v332 = arith.index_cast %v330 : i64 to index
        %v333 = arith.index_cast %v2 : i64 to index
        scf.for %v334 = %v331 to %v332 step %v333 {
          %v335 = arith.index_cast %v334 : index to i64
          %v336 = arith.muli %v335, %v328 : i64
          %v337 = arith.addi %v336, %v328 : i64
          %v338 = arith.index_cast %v336 : i64 to index
          %v339 = arith.index_cast %v337 : i64 to index
          %v340 = arith.index_cast %v2 : i64 to index
          scf.for %v341 = %v338 to %v339 step %v340 {
            %v342 = arith.index_cast %v341 : index to i64
            %v343 = arith.cmpi slt, %v342, %v113 : i64
            scf.if %v343 {
              %v344 = arith.subi %v113, %v2 : i64
              %v345 = arith.subi %v344, %v342 : i64
              %v346 = arith.muli %v345, %v23 : i64
              %v347 = arith.remui %v342, %v328 : i64
              %v348 = arith.muli %v347, %v23 : i64
              %v349 = arith.addi %v346, %v23 : i64
              %v350 = arith.cmpi sle, %v349, %v111 : i64
              scf.if %v350 {
                %v351 = arith.subi %v111, %v2 : i64
                %v352 = arith.muli %v345, %v5 : i64
                %v353 = arith.subi %v5, %v2 : i64
                %v354 = arith.minsi %v30, %v353 : i64
                %v355 = arith.addi %v352, %v354 : i64
                %v356 = arith.muli %v355, %v1 : i64
                %v357 = arith.addi %v356, %v58 : i64
                %v358 = arith.addi %v357, %v24 : i64
                %v359 = llvm.getelementptr %scratch_S[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v360 = llvm.load %v359 : !llvm.ptr -> f32
                %v361 = arith.muli %v345, %v5 : i64
                %v362 = arith.subi %v5, %v2 : i64
                %v363 = arith.minsi %v30, %v362 : i64
                %v364 = arith.addi %v361, %v363 : i64
                %v365 = arith.muli %v364, %v1 : i64
                %v366 = arith.addi %v365, %v23 : i64
                %v367 = arith.addi %v366, %v24 : i64
                %v368 = llvm.getelementptr %scratch_S[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v369 = llvm.load %v368 : !llvm.ptr -> f32
                %v370 = arith.addi %v346, %v24 : i64
                %v371 = arith.minsi %v370, %v351 : i64
                %v372 = arith.addi %v109, %v371 : i64
                // the group's states, recomputed into registers
                %v373 = arith.addi %v346, %v58 : i64
                %v374 = arith.minsi %v373, %v351 : i64
                %v375 = arith.addi %v109, %v374 : i64
                %v376 = arith.muli %v24, %v140 : i64
                %v377 = arith.subi %v375, %v109 : i64
                %v378 = arith.addi %v376, %v377 : i64
                %v379 = llvm.getelementptr %v55[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v380 = llvm.load %v379 : !llvm.ptr -> f32
                %v381 = arith.negf %v380 : f32
                %v382 = arith.mulf %v381, %v272 fastmath<contract> : f32
                %v383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v382) : (f32) -> f32
                %v384 = arith.addf %v57, %v383 fastmath<contract> : f32
                %v385 = arith.divf %v57, %v384 : f32
                %v386 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v385) : (f32) -> f32
                %v387 = arith.mulf %v277, %v386 fastmath<contract> : f32
                %v388 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v387) : (f32) -> f32
                %v389 = arith.muli %v24, %v140 : i64
                %v390 = arith.subi %v375, %v109 : i64
                %v391 = arith.addi %v389, %v390 : i64
                %v392 = llvm.getelementptr %v53[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v393 = llvm.load %v392 : !llvm.ptr -> f32
                %v394 = arith.muli %v38, %v288 : i64
                %v395 = arith.muli %v375, %v287 : i64
                %v396 = arith.addi %v394, %v395 : i64
                %v397 = arith.muli %v36, %v286 : i64
                %v398 = arith.addi %v396, %v397 : i64
                %v399 = arith.muli %v34, %v2 : i64
                %v400 = arith.addi %v398, %v399 : i64
                %v401 = llvm.getelementptr %in_v[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v402 = llvm.load %v401 : !llvm.ptr -> f32
                %v403 = arith.mulf %v393, %v402 fastmath<contract> : f32
                %v404 = arith.mulf %v388, %v360 fastmath<contract> : f32
                %v405 = arith.addf %v404, %v403 fastmath<contract> : f32
                %v406 = arith.constant 8 : i64
                %v407 = arith.addi %v406, %v24 : i64
                %v408 = arith.muli %v407, %v140 : i64
                %v409 = arith.subi %v375, %v109 : i64
                %v410 = arith.addi %v408, %v409 : i64
                %v411 = llvm.getelementptr %v55[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v412 = llvm.load %v411 : !llvm.ptr -> f32
                %v413 = arith.negf %v412 : f32
                %v414 = arith.mulf %v413, %v272 fastmath<contract> : f32
                %v415 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v414) : (f32) -> f32
                %v416 = arith.addf %v57, %v415 fastmath<contract> : f32
                %v417 = arith.divf %v57, %v416 : f32
                %v418 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v417) : (f32) -> f32
                %v419 = arith.mulf %v277, %v418 fastmath<contract> : f32
                %v420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v419) : (f32) -> f32
                %v421 = arith.constant 8 : i64
                %v422 = arith.addi %v421, %v24 : i64
                %v423 = arith.muli %v422, %v140 : i64
                %v424 = arith.subi %v375, %v109 : i64
                %v425 = arith.addi %v423, %v424 : i64
                %v426 = llvm.getelementptr %v53[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v427 = llvm.load %v426 : !llvm.ptr -> f32
                %v428 = arith.mulf %v427, %v402 fastmath<contract> : f32
                %v429 = arith.mulf %v420, %v369 fastmath<contract> : f32
                %v430 = arith.addf %v429, %v428 fastmath<contract> : f32
                %v431 = arith.addi %v346, %v2 : i64
                %v432 = arith.minsi %v431, %v351 : i64
                %v433 = arith.addi %v109, %v432 : i64
                %v434 = arith.muli %v24, %v140 : i64
                %v435 = arith.subi %v433, %v109 : i64
                %v436 = arith.addi %v434, %v435 : i64
                %v437 = llvm.getelementptr %v55[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.negf %v438 : f32
                %v440 = arith.mulf %v439, %v272 fastmath<contract> : f32
                %v441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v440) : (f32) -> f32
                %v442 = arith.addf %v57, %v441 fastmath<contract> : f32
                %v443 = arith.divf %v57, %v442 : f32
                %v444 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v443) : (f32) -> f32
                %v445 = arith.mulf %v277, %v444 fastmath<contract> : f32
                %v446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v445) : (f32) -> f32
                %v447 = arith.muli %v24, %v140 : i64
                %v448 = arith.subi %v433, %v109 : i64
                %v449 = arith.addi %v447, %v448 : i64
                %v450 = llvm.getelementptr %v53[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v451 = llvm.load %v450 : !llvm.ptr -> f32
                %v452 = arith.muli %v38, %v288 : i64
                %v453 = arith.muli %v433, %v287 : i64
                %v454 = arith.addi %v452, %v453 : i64
                %v455 = arith.muli %v36, %v286 : i64
                %v456 = arith.addi %v454, %v455 : i64
                %v457 = arith.muli %v34, %v2 : i64
                %v458 = arith.addi %v456, %v457 : i64
                %v459 = llvm.getelementptr %in_v[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v460 = llvm.load %v459 : !llvm.ptr -> f32
                %v461 = arith.mulf %v451, %v460 fastmath<contract> : f32
                %v462 = arith.mulf %v446, %v405 fastmath<contract> : f32
                %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
                %v464 = arith.constant 8 : i64
                %v465 = arith.addi %v464, %v24 : i64
                %v466 = arith.muli %v465, %v140 : i64
                %v467 = arith.subi %v433, %v109 : i64
                %v468 = arith.addi %v466, %v467 : i64
                %v469 = llvm.getelementptr %v55[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v470 = llvm.load %v469 : !llvm.ptr -> f32
                %v471 = arith.negf %v470 : f32
                %v472 = arith.mulf %v471, %v272 fastmath<contract> : f32
                %v473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v472) : (f32) -> f32
                %v474 = arith.addf %v57, %v473 fastmath<contract> : f32
                %v475 = arith.divf %v57, %v474 : f32
                %v476 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v475) : (f32) -> f32
                %v477 = arith.mulf %v277, %v476 fastmath<contract> : f32
                %v478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v477) : (f32) -> f32
                %v479 = arith.constant 8 : i64
                %v480 = arith.addi %v479, %v24 : i64
                %v481 = arith.muli %v480, %v140 : i64
                %v482 = arith.subi %v433, %v109 : i64
                %v483 = arith.addi %v481, %v482 : i64
                %v484 = llvm.getelementptr %v53[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v485 = llvm.load %v484 : !llvm.ptr -> f32
                %v486 = arith.mulf %v485, %v460 fastmath<contract> : f32
                %v487 = arith.mulf %v478, %v430 fastmath<contract> : f32
                %v488 = arith.addf %v487, %v486 fastmath<contract> : f32
                %v489 = arith.addi %v346, %v328 : i64
                %v490 = arith.minsi %v489, %v351 : i64
                %v491 = arith.addi %v109, %v490 : i64
                %v492 = arith.muli %v24, %v140 : i64
                %v493 = arith.subi %v491, %v109 : i64
                %v494 = arith.addi %v492, %v493 : i64
                %v495 = llvm.getelementptr %v55[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.negf %v496 : f32
                %v498 = arith.mulf %v497, %v272 fastmath<contract> : f32
                %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
                %v500 = arith.addf %v57, %v499 fastmath<contract> : f32
                %v501 = arith.divf %v57, %v500 : f32
                %v502 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v501) : (f32) -> f32
                %v503 = arith.mulf %v277, %v502 fastmath<contract> : f32
                %v504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v503) : (f32) -> f32
                %v505 = arith.muli %v24, %v140 : i64
                %v506 = arith.subi %v491, %v109 : i64
                %v507 = arith.addi %v505, %v506 : i64
                %v508 = llvm.getelementptr %v53[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v509 = llvm.load %v508 : !llvm.ptr -> f32
                %v510 = arith.muli %v38, %v288 : i64
                %v511 = arith.muli %v491, %v287 : i64
                %v512 = arith.addi %v510, %v511 : i64
                %v513 = arith.muli %v36, %v286 : i64
                %v514 = arith.addi %v512, %v513 : i64
                %v515 = arith.muli %v34, %v2 : i64
                %v516 = arith.addi %v514, %v515 : i64
                %v517 = llvm.getelementptr %in_v[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v518 = llvm.load %v517 : !llvm.ptr -> f32
                %v519 = arith.mulf %v509, %v518 fastmath<contract> : f32
                %v520 = arith.mulf %v504, %v463 fastmath<contract> : f32
                %v521 = arith.addf %v520, %v519 fastmath<contract> : f32
                %v522 = arith.constant 8 : i64
                %v523 = arith.addi %v522, %v24 : i64
                %v524 = arith.muli %v523, %v140 : i64
                %v525 = arith.subi %v491, %v109 : i64
                %v526 = arith.addi %v524, %v525 : i64
                %v527 = llvm.getelementptr %v55[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                %v529 = arith.negf %v528 : f32
                %v530 = arith.mulf %v529, %v272 fastmath<contract> : f32
                %v531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v530) : (f32) -> f32
                %v532 = arith.addf %v57, %v531 fastmath<contract> : f32
                %v533 = arith.divf %v57, %v532 : f32
                %v534 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v533) : (f32) -> f32
                %v535 = arith.mulf %v277, %v534 fastmath<contract> : f32
                %v536 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v535) : (f32) -> f32
                %v537 = arith.constant 8 : i64
                %v538 = arith.addi %v537, %v24 : i64
                %v539 = arith.muli %v538, %v140 : i64
                %v540 = arith.subi %v491, %v109 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = llvm.getelementptr %v53[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v543 = llvm.load %v542 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v518 fastmath<contract> : f32
                %v545 = arith.mulf %v536, %v488 fastmath<contract> : f32
                %v546 = arith.addf %v545, %v544 fastmath<contract> : f32
                %v548 = arith.addi %v346, %v547 : i64
                %v549 = arith.minsi %v548, %v351 : i64
                %v550 = arith.addi %v109, %v549 : i64
                %v551 = arith.muli %v24, %v140 : i64
                %v552 = arith.subi %v550, %v109 : i64
                %v553 = arith.addi %v551, %v552 : i64
                %v554 = llvm.getelementptr %v55[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v555 = llvm.load %v554 : !llvm.ptr -> f32
                %v556 = arith.negf %v555 : f32
                %v557 = arith.mulf %v556, %v272 fastmath<contract> : f32
                %v558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v557) : (f32) -> f32
                %v559 = arith.addf %v57, %v558 fastmath<contract> : f32
                %v560 = arith.divf %v57, %v559 : f32
                %v561 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v560) : (f32) -> f32
                %v562 = arith.mulf %v277, %v561 fastmath<contract> : f32
                %v563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v562) : (f32) -> f32
                %v564 = arith.muli %v24, %v140 : i64
                %v565 = arith.subi %v550, %v109 : i64
                %v566 = arith.addi %v564, %v565 : i64
                %v567 = llvm.getelementptr %v53[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v568 = llvm.load %v567 : !llvm.ptr -> f32
                %v569 = arith.muli %v38, %v288 : i64
                %v570 = arith.muli %v550, %v287 : i64
                %v571 = arith.addi %v569, %v570 : i64
                %v572 = arith.muli %v36, %v286 : i64
                %v573 = arith.addi %v571, %v572 : i64
                %v574 = arith.muli %v34, %v2 : i64
                %v575 = arith.addi %v573, %v574 : i64
                %v576 = llvm.getelementptr %in_v[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v577 = llvm.load %v576 : !llvm.ptr -> f32
                %v578 = arith.mulf %v568, %v577 fastmath<contract> : f32
                %v579 = arith.mulf %v563, %v521 fastmath<contract> : f32
                %v580 = arith.addf %v579, %v578 fastmath<contract> : f32
                %v581 = arith.constant 8 : i64
                %v582 = arith.addi %v581, %v24 : i64
                %v583 = arith.muli %v582, %v140 : i64
                %v584 = arith.subi %v550, %v109 : i64
                %v585 = arith.addi %v583, %v584 : i64
                %v586 = llvm.getelementptr %v55[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v587 = llvm.load %v586 : !llvm.ptr -> f32
                %v588 = arith.negf %v587 : f32
                %v589 = arith.mulf %v588, %v272 fastmath<contract> : f32
                %v590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v589) : (f32) -> f32
                %v591 = arith.addf %v57, %v590 fastmath<contract> : f32
                %v592 = arith.divf %v57, %v591 : f32
                %v593 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v592) : (f32) -> f32
                %v594 = arith.mulf %v277, %v593 fastmath<contract> : f32
                %v595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v594) : (f32) -> f32
                %v596 = arith.constant 8 : i64
                %v597 = arith.addi %v596, %v24 : i64
                %v598 = arith.muli %v597, %v140 : i64
                %v599 = arith.subi %v550, %v109 : i64
                %v600 = arith.addi %v598, %v599 : i64
                %v601 = llvm.getelementptr %v53[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v602 = llvm.load %v601 : !llvm.ptr -> f32
                %v603 = arith.mulf %v602, %v577 fastmath<contract> : f32
                %v604 = arith.mulf %v595, %v546 fastmath<contract> : f32
                %v605 = arith.addf %v604, %v603 fastmath<contract> : f32
                %v607 = arith.addi %v346, %v606 : i64
                %v608 = arith.minsi %v607, %v351 : i64
                %v609 = arith.addi %v109, %v608 : i64
                %v610 = arith.muli %v24, %v140 : i64
                %v611 = arith.subi %v609, %v109 : i64
                %v612 = arith.addi %v610, %v611 : i64
                %v613 = llvm.getelementptr %v55[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v614 = llvm.load %v613 : !llvm.ptr -> f32
                %v615 = arith.negf %v614 : f32
                %v616 = arith.mulf %v615, %v272 fastmath<contract> : f32
                %v617 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v616) : (f32) -> f32
                %v618 = arith.addf %v57, %v617 fastmath<contract> : f32
                %v619 = arith.divf %v57, %v618 : f32
                %v620 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v619) : (f32) -> f32
                %v621 = arith.mulf %v277, %v620 fastmath<contract> : f32
                %v622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v621) : (f32) -> f32
                %v623 = arith.muli %v24, %v140 : i64
                %v624 = arith.subi %v609, %v109 : i64
                %v625 = arith.addi %v623, %v624 : i64
                %v626 = llvm.getelementptr %v53[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v627 = llvm.load %v626 : !llvm.ptr -> f32
                %v628 = arith.muli %v38, %v288 : i64
                %v629 = arith.muli %v609, %v287 : i64
                %v630 = arith.addi %v628, %v629 : i64
                %v631 = arith.muli %v36, %v286 : i64
                %v632 = arith.addi %v630, %v631 : i64
                %v633 = arith.muli %v34, %v2 : i64
                %v634 = arith.addi %v632, %v633 : i64
                %v635 = llvm.getelementptr %in_v[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v636 = llvm.load %v635 : !llvm.ptr -> f32
                %v637 = arith.mulf %v627, %v636 fastmath<contract> : f32
                %v638 = arith.mulf %v622, %v580 fastmath<contract> : f32
                %v639 = arith.addf %v638, %v637 fastmath<contract> : f32
                %v640 = arith.constant 8 : i64
                %v641 = arith.addi %v640, %v24 : i64
                %v642 = arith.muli %v641, %v140 : i64
                %v643 = arith.subi %v609, %v109 : i64
                %v644 = arith.addi %v642, %v643 : i64
                %v645 = llvm.getelementptr %v55[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v646 = llvm.load %v645 : !llvm.ptr -> f32
                %v647 = arith.negf %v646 : f32
                %v648 = arith.mulf %v647, %v272 fastmath<contract> : f32
                %v649 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v648) : (f32) -> f32
                %v650 = arith.addf %v57, %v649 fastmath<contract> : f32
                %v651 = arith.divf %v57, %v650 : f32
                %v652 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v651) : (f32) -> f32
                %v653 = arith.mulf %v277, %v652 fastmath<contract> : f32
                %v654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v653) : (f32) -> f32
                %v655 = arith.constant 8 : i64
                %v656 = arith.addi %v655, %v24 : i64
                %v657 = arith.muli %v656, %v140 : i64
                %v658 = arith.subi %v609, %v109 : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = llvm.getelementptr %v53[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v661 = llvm.load %v660 : !llvm.ptr -> f32
                %v662 = arith.mulf %v661, %v636 fastmath<contract> : f32
                %v663 = arith.mulf %v654, %v605 fastmath<contract> : f32
                %v664 = arith.addf %v663, %v662 fastmath<contract> : f32
                %v666 = arith.addi %v346, %v665 : i64
                %v667 = arith.minsi %v666, %v351 : i64
                %v668 = arith.addi %v109, %v667 : i64
                %v669 = arith.muli %v24, %v140 : i64
                %v670 = arith.subi %v668, %v109 : i64
                %v671 = arith.addi %v669, %v670 : i64
                %v672 = llvm.getelementptr %v55[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v673 = llvm.load %v672 : !llvm.ptr -> f32
                %v674 = arith.negf %v673 : f32
                %v675 = arith.mulf %v674, %v272 fastmath<contract> : f32
                %v676 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v675) : (f32) -> f32
                %v677 = arith.addf %v57, %v676 fastmath<contract> : f32
                %v678 = arith.divf %v57, %v677 : f32
                %v679 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v678) : (f32) -> f32
                %v680 = arith.mulf %v277, %v679 fastmath<contract> : f32
                %v681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v680) : (f32) -> f32
                %v682 = arith.muli %v24, %v140 : i64
                %v683 = arith.subi %v668, %v109 : i64
                %v684 = arith.addi %v682, %v683 : i64
                %v685 = llvm.getelementptr %v53[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v686 = llvm.load %v685 : !llvm.ptr -> f32
                %v687 = arith.muli %v38, %v288 : i64
                %v688 = arith.muli %v668, %v287 : i64
                %v689 = arith.addi %v687, %v688 : i64
                %v690 = arith.muli %v36, %v286 : i64
                %v691 = arith.addi %v689, %v690 : i64
                %v692 = arith.muli %v34, %v2 : i64
                %v693 = arith.addi %v691, %v692 : i64
                %v694 = llvm.getelementptr %in_v[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v695 = llvm.load %v694 : !llvm.ptr -> f32
                %v696 = arith.mulf %v686, %v695 fastmath<contract> : f32
                %v697 = arith.mulf %v681, %v639 fastmath<contract> : f32
                %v698 = arith.addf %v697, %v696 fastmath<contract> : f32
                %v699 = arith.constant 8 : i64
                %v700 = arith.addi %v699, %v24 : i64
                %v701 = arith.muli %v700, %v140 : i64
                %v702 = arith.subi %v668, %v109 : i64
                %v703 = arith.addi %v701, %v702 : i64
                %v704 = llvm.getelementptr %v55[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v705 = llvm.load %v704 : !llvm.ptr -> f32
                %v706 = arith.negf %v705 : f32
                %v707 = arith.mulf %v706, %v272 fastmath<contract> : f32
                %v708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v707) : (f32) -> f32
                %v709 = arith.addf %v57, %v708 fastmath<contract> : f32
                %v710 = arith.divf %v57, %v709 : f32
                %v711 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v710) : (f32) -> f32
                %v712 = arith.mulf %v277, %v711 fastmath<contract> : f32
                %v713 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v712) : (f32) -> f32
                %v714 = arith.constant 8 : i64
                %v715 = arith.addi %v714, %v24 : i64
                %v716 = arith.muli %v715, %v140 : i64
                %v717 = arith.subi %v668, %v109 : i64
                %v718 = arith.addi %v716, %v717 : i64
                %v719 = llvm.getelementptr %v53[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v720 = llvm.load %v719 : !llvm.ptr -> f32
                %v721 = arith.mulf %v720, %v695 fastmath<contract> : f32
                %v722 = arith.mulf %v713, %v664 fastmath<contract> : f32
                %v723 = arith.addf %v722, %v721 fastmath<contract> : f32
                %v725 = arith.addi %v346, %v724 : i64
                %v726 = arith.minsi %v725, %v351 : i64
                %v727 = arith.addi %v109, %v726 : i64
                %v728 = arith.muli %v24, %v140 : i64
                %v729 = arith.subi %v727, %v109 : i64
                %v730 = arith.addi %v728, %v729 : i64
                %v731 = llvm.getelementptr %v55[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v732 = llvm.load %v731 : !llvm.ptr -> f32
                %v733 = arith.negf %v732 : f32
                %v734 = arith.mulf %v733, %v272 fastmath<contract> : f32
                %v735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v734) : (f32) -> f32
                %v736 = arith.addf %v57, %v735 fastmath<contract> : f32
                %v737 = arith.divf %v57, %v736 : f32
                %v738 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v737) : (f32) -> f32
                %v739 = arith.mulf %v277, %v738 fastmath<contract> : f32
                %v740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v739) : (f32) -> f32
                %v741 = arith.muli %v24, %v140 : i64
                %v742 = arith.subi %v727, %v109 : i64
                %v743 = arith.addi %v741, %v742 : i64
                %v744 = llvm.getelementptr %v53[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v745 = llvm.load %v744 : !llvm.ptr -> f32
                %v746 = arith.muli %v38, %v288 : i64
                %v747 = arith.muli %v727, %v287 : i64
                %v748 = arith.addi %v746, %v747 : i64
                %v749 = arith.muli %v36, %v286 : i64
                %v750 = arith.addi %v748, %v749 : i64
                %v751 = arith.muli %v34, %v2 : i64
                %v752 = arith.addi %v750, %v751 : i64
                %v753 = llvm.getelementptr %in_v[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v754 = llvm.load %v753 : !llvm.ptr -> f32
                %v755 = arith.mulf %v745, %v754 fastmath<contract> : f32
                %v756 = arith.mulf %v740, %v698 fastmath<contract> : f32
                %v757 = arith.addf %v756, %v755 fastmath<contract> : f32
                %v758 = arith.constant 8 : i64
                %v759 = arith.addi %v758, %v24 : i64
                %v760 = arith.muli %v759, %v140 : i64
                %v761 = arith.subi %v727, %v109 : i64
                %v762 = arith.addi %v760, %v761 : i64
                %v763 = llvm.getelementptr %v55[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v764 = llvm.load %v763 : !llvm.ptr -> f32
                %v765 = arith.negf %v764 : f32
                %v766 = arith.mulf %v765, %v272 fastmath<contract> : f32
                %v767 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v766) : (f32) -> f32
                %v768 = arith.addf %v57, %v767 fastmath<contract> : f32
                %v769 = arith.divf %v57, %v768 : f32
                %v770 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v769) : (f32) -> f32
                %v771 = arith.mulf %v277, %v770 fastmath<contract> : f32
                %v772 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v771) : (f32) -> f32
                %v773 = arith.constant 8 : i64
                %v774 = arith.addi %v773, %v24 : i64
                %v775 = arith.muli %v774, %v140 : i64
                %v776 = arith.subi %v727, %v109 : i64
                %v777 = arith.addi %v775, %v776 : i64
                %v778 = llvm.getelementptr %v53[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v779 = llvm.load %v778 : !llvm.ptr -> f32
                %v780 = arith.mulf %v779, %v754 fastmath<contract> : f32
                %v781 = arith.mulf %v772, %v723 fastmath<contract> : f32
                %v782 = arith.addf %v781, %v780 fastmath<contract> : f32
                %v783 = arith.addi %v346, %v61 : i64
                %v784 = arith.minsi %v783, %v351 : i64
                %v785 = arith.addi %v109, %v784 : i64
                %v786 = arith.muli %v24, %v140 : i64
                %v787 = arith.subi %v785, %v109 : i64
                %v788 = arith.addi %v786, %v787 : i64
                %v789 = llvm.getelementptr %v55[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v790 = llvm.load %v789 : !llvm.ptr -> f32
                %v791 = arith.negf %v790 : f32
                %v792 = arith.mulf %v791, %v272 fastmath<contract> : f32
                %v793 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v792) : (f32) -> f32
                %v794 = arith.addf %v57, %v793 fastmath<contract> : f32
                %v795 = arith.divf %v57, %v794 : f32
                %v796 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v795) : (f32) -> f32
                %v797 = arith.mulf %v277, %v796 fastmath<contract> : f32
                %v798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v797) : (f32) -> f32
                %v799 = arith.muli %v24, %v140 : i64
                %v800 = arith.subi %v785, %v109 : i64
                %v801 = arith.addi %v799, %v800 : i64
                %v802 = llvm.getelementptr %v53[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v803 = llvm.load %v802 : !llvm.ptr -> f32
                %v804 = arith.muli %v38, %v288 : i64
                %v805 = arith.muli %v785, %v287 : i64
                %v806 = arith.addi %v804, %v805 : i64
                %v807 = arith.muli %v36, %v286 : i64
                %v808 = arith.addi %v806, %v807 : i64
                %v809 = arith.muli %v34, %v2 : i64
                %v810 = arith.addi %v808, %v809 : i64
                %v811 = llvm.getelementptr %in_v[%v810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v812 = llvm.load %v811 : !llvm.ptr -> f32
                %v813 = arith.mulf %v803, %v812 fastmath<contract> : f32
                %v814 = arith.mulf %v798, %v757 fastmath<contract> : f32
                %v815 = arith.addf %v814, %v813 fastmath<contract> : f32
                %v816 = arith.constant 8 : i64
                %v817 = arith.addi %v816, %v24 : i64
                %v818 = arith.muli %v817, %v140 : i64
                %v819 = arith.subi %v785, %v109 : i64
                %v820 = arith.addi %v818, %v819 : i64
                %v821 = llvm.getelementptr %v55[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v822 = llvm.load %v821 : !llvm.ptr -> f32
                %v823 = arith.negf %v822 : f32
                %v824 = arith.mulf %v823, %v272 fastmath<contract> : f32
                %v825 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v824) : (f32) -> f32
                %v826 = arith.addf %v57, %v825 fastmath<contract> : f32
                %v827 = arith.divf %v57, %v826 : f32
                %v828 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v827) : (f32) -> f32
                %v829 = arith.mulf %v277, %v828 fastmath<contract> : f32
                %v830 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v829) : (f32) -> f32
                %v831 = arith.constant 8 : i64
                %v832 = arith.addi %v831, %v24 : i64
                %v833 = arith.muli %v832, %v140 : i64
                %v834 = arith.subi %v785, %v109 : i64
                %v835 = arith.addi %v833, %v834 : i64
                %v836 = llvm.getelementptr %v53[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v837 = llvm.load %v836 : !llvm.ptr -> f32
                %v838 = arith.mulf %v837, %v812 fastmath<contract> : f32
                %v839 = arith.mulf %v830, %v782 fastmath<contract> : f32
                %v840 = arith.addf %v839, %v838 fastmath<contract> : f32
                %v842 = arith.shrui %v24, %v58 : i64
                %v843 = arith.andi %v842, %v2 : i64
                %v844 = arith.cmpi ne, %v843, %v58 : i64
                %v845 = arith.shrui %v24, %v2 : i64
                %v846 = arith.andi %v845, %v2 : i64
                %v847 = arith.cmpi ne, %v846, %v58 : i64
                %v848 = arith.shrui %v24, %v328 : i64
                %v849 = arith.andi %v848, %v2 : i64
                %v850 = arith.cmpi ne, %v849, %v58 : i64
                %v851 = arith.subi %v111, %v346 : i64
                %v852 = arith.trunci %v851 : i64 to i32
                %v853 = arith.subi %size_L, %v2 : i64
                %v854 = arith.addi %v109, %v346 : i64
                %v855 = arith.subi %v853, %v854 : i64
                %v857 = arith.minsi %v855, %v856 : i64
                %v858 = arith.trunci %v857 : i64 to i32
                %v859 = arith.addi %v346, %v61 : i64
                %v861 = arith.cmpi slt, %v860, %v852 : i32
                %v862 = arith.cmpi eq, %v860, %v858 : i32
                %v863 = arith.addi %v348, %v58 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v864 = arith.addi %v109, %v859 : i64
                %v865 = arith.muli %v24, %v140 : i64
                %v866 = arith.subi %v864, %v109 : i64
                %v867 = arith.addi %v865, %v866 : i64
                %v868 = llvm.getelementptr %v51[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v869 = llvm.load %v868 : !llvm.ptr -> f32
                %v870 = arith.muli %v38, %v288 : i64
                %v871 = arith.muli %v864, %v287 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = arith.muli %v36, %v286 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = arith.muli %v34, %v2 : i64
                %v876 = arith.addi %v874, %v875 : i64
                %v877 = llvm.getelementptr %dy_o[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v878 = llvm.load %v877 : !llvm.ptr -> f32
                %v879 = arith.mulf %v869, %v878 fastmath<contract> : f32
                %v880 = llvm.load %v40 : !llvm.ptr -> f32
                %v881 = llvm.load %v42 : !llvm.ptr -> f32
                %v882 = arith.mulf %v881, %v880 fastmath<contract> : f32
                %v883 = arith.addf %v879, %v882 fastmath<contract> : f32
                llvm.store %v883, %v40 : f32, !llvm.ptr
                %v884 = arith.constant 8 : i64
                %v885 = arith.addi %v884, %v24 : i64
                %v886 = arith.muli %v885, %v140 : i64
                %v887 = arith.subi %v864, %v109 : i64
                %v888 = arith.addi %v886, %v887 : i64
                %v889 = llvm.getelementptr %v51[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v890 = llvm.load %v889 : !llvm.ptr -> f32
                %v891 = arith.mulf %v890, %v878 fastmath<contract> : f32
                %v892 = llvm.load %v41 : !llvm.ptr -> f32
                %v893 = llvm.load %v43 : !llvm.ptr -> f32
                %v894 = arith.mulf %v893, %v892 fastmath<contract> : f32
                %v895 = arith.addf %v891, %v894 fastmath<contract> : f32
                llvm.store %v895, %v41 : f32, !llvm.ptr
                %v896 = arith.mulf %v815, %v878 fastmath<contract> : f32
                %v897 = arith.mulf %v840, %v878 fastmath<contract> : f32
                %v898 = arith.muli %v38, %v288 : i64
                %v899 = arith.muli %v864, %v287 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = arith.muli %v36, %v286 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = arith.muli %v34, %v2 : i64
                %v904 = arith.addi %v902, %v903 : i64
                %v905 = llvm.getelementptr %in_v[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v906 = llvm.load %v905 : !llvm.ptr -> f32
                %v907 = llvm.load %v40 : !llvm.ptr -> f32
                %v908 = arith.mulf %v906, %v907 fastmath<contract> : f32
                %v909 = llvm.load %v41 : !llvm.ptr -> f32
                %v910 = arith.mulf %v906, %v909 fastmath<contract> : f32
                %v911 = arith.muli %v24, %v140 : i64
                %v912 = arith.subi %v864, %v109 : i64
                %v913 = arith.addi %v911, %v912 : i64
                %v914 = llvm.getelementptr %v55[%v913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v915 = llvm.load %v914 : !llvm.ptr -> f32
                %v916 = arith.negf %v915 : f32
                %v917 = arith.mulf %v916, %v272 fastmath<contract> : f32
                %v918 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v917) : (f32) -> f32
                %v919 = arith.addf %v57, %v918 fastmath<contract> : f32
                %v920 = arith.divf %v57, %v919 : f32
                %v922 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v920) : (f32) -> f32
                %v923 = arith.mulf %v921, %v922 fastmath<contract> : f32
                %v924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v923) : (f32) -> f32
                %v925 = arith.mulf %v757, %v907 fastmath<contract> : f32
                %v926 = arith.mulf %v277, %v925 fastmath<contract> : f32
                %v927 = arith.mulf %v924, %v926 fastmath<contract> : f32
                %v928 = arith.subf %v57, %v920 fastmath<contract> : f32
                %v929 = arith.mulf %v920, %v928 fastmath<contract> : f32
                %v930 = arith.mulf %v927, %v929 fastmath<contract> : f32
                %v931 = arith.constant 8 : i64
                %v932 = arith.addi %v931, %v24 : i64
                %v933 = arith.muli %v932, %v140 : i64
                %v934 = arith.subi %v864, %v109 : i64
                %v935 = arith.addi %v933, %v934 : i64
                %v936 = llvm.getelementptr %v55[%v935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v937 = llvm.load %v936 : !llvm.ptr -> f32
                %v938 = arith.negf %v937 : f32
                %v939 = arith.mulf %v938, %v272 fastmath<contract> : f32
                %v940 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v939) : (f32) -> f32
                %v941 = arith.addf %v57, %v940 fastmath<contract> : f32
                %v942 = arith.divf %v57, %v941 : f32
                %v943 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v942) : (f32) -> f32
                %v944 = arith.mulf %v921, %v943 fastmath<contract> : f32
                %v945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v944) : (f32) -> f32
                %v946 = arith.mulf %v782, %v909 fastmath<contract> : f32
                %v947 = arith.mulf %v277, %v946 fastmath<contract> : f32
                %v948 = arith.mulf %v945, %v947 fastmath<contract> : f32
                %v949 = arith.subf %v57, %v942 fastmath<contract> : f32
                %v950 = arith.mulf %v942, %v949 fastmath<contract> : f32
                %v951 = arith.mulf %v948, %v950 fastmath<contract> : f32
                %v952 = arith.select %v28, %v896, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v954, %v955 = gpu.shuffle xor %v952, %v953, %v262 : f32
                %v956 = arith.addf %v952, %v954 fastmath<contract> : f32
                %v958, %v959 = gpu.shuffle xor %v956, %v957, %v262 : f32
                %v960 = arith.addf %v956, %v958 fastmath<contract> : f32
                %v961 = arith.divui %v14, %v16 : i64
                %v962 = arith.remui %v14, %v16 : i64
                %v963 = arith.cmpi ult, %v962, %v23 : i64
                %v964 = arith.addi %v58, %v24 : i64
                %v965 = arith.muli %v961, %v1 : i64
                %v966 = arith.addi %v965, %v964 : i64
                %v968 = arith.muli %v966, %v967 : i64
                %v969 = arith.addi %v968, %v863 : i64
                scf.if %v963 {
                  %v970 = llvm.getelementptr %v45[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v960, %v970 : f32, !llvm.ptr
                }
                %v971 = arith.select %v28, %v897, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v972, %v973 = gpu.shuffle xor %v971, %v953, %v262 : f32
                %v974 = arith.addf %v971, %v972 fastmath<contract> : f32
                %v975, %v976 = gpu.shuffle xor %v974, %v957, %v262 : f32
                %v977 = arith.addf %v974, %v975 fastmath<contract> : f32
                %v978 = arith.divui %v14, %v16 : i64
                %v979 = arith.remui %v14, %v16 : i64
                %v980 = arith.cmpi ult, %v979, %v23 : i64
                %v981 = arith.addi %v23, %v24 : i64
                %v982 = arith.muli %v978, %v1 : i64
                %v983 = arith.addi %v982, %v981 : i64
                %v984 = arith.muli %v983, %v967 : i64
                %v985 = arith.addi %v984, %v863 : i64
                scf.if %v980 {
                  %v986 = llvm.getelementptr %v45[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v977, %v986 : f32, !llvm.ptr
                }
                %v987 = arith.select %v28, %v908, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v988, %v989 = gpu.shuffle xor %v987, %v953, %v262 : f32
                %v990 = arith.addf %v987, %v988 fastmath<contract> : f32
                %v991, %v992 = gpu.shuffle xor %v990, %v957, %v262 : f32
                %v993 = arith.addf %v990, %v991 fastmath<contract> : f32
                %v994 = arith.divui %v14, %v16 : i64
                %v995 = arith.remui %v14, %v16 : i64
                %v996 = arith.cmpi ult, %v995, %v23 : i64
                %v997 = arith.addi %v58, %v24 : i64
                %v998 = arith.muli %v994, %v1 : i64
                %v999 = arith.addi %v998, %v997 : i64
                %v1000 = arith.muli %v999, %v967 : i64
                %v1001 = arith.addi %v1000, %v863 : i64
                scf.if %v996 {
                  %v1002 = llvm.getelementptr %v47[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v993, %v1002 : f32, !llvm.ptr
                }
                %v1003 = arith.select %v28, %v910, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1004, %v1005 = gpu.shuffle xor %v1003, %v953, %v262 : f32
                %v1006 = arith.addf %v1003, %v1004 fastmath<contract> : f32
                %v1007, %v1008 = gpu.shuffle xor %v1006, %v957, %v262 : f32
                %v1009 = arith.addf %v1006, %v1007 fastmath<contract> : f32
                %v1010 = arith.divui %v14, %v16 : i64
                %v1011 = arith.remui %v14, %v16 : i64
                %v1012 = arith.cmpi ult, %v1011, %v23 : i64
                %v1013 = arith.addi %v23, %v24 : i64
                %v1014 = arith.muli %v1010, %v1 : i64
                %v1015 = arith.addi %v1014, %v1013 : i64
                %v1016 = arith.muli %v1015, %v967 : i64
                %v1017 = arith.addi %v1016, %v863 : i64
                scf.if %v1012 {
                  %v1018 = llvm.getelementptr %v47[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1009, %v1018 : f32, !llvm.ptr
                }
                %v1019 = arith.select %v28, %v930, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1020, %v1021 = gpu.shuffle xor %v1019, %v953, %v262 : f32
                %v1022 = arith.addf %v1019, %v1020 fastmath<contract> : f32
                %v1023, %v1024 = gpu.shuffle xor %v1022, %v957, %v262 : f32
                %v1025 = arith.addf %v1022, %v1023 fastmath<contract> : f32
                %v1026 = arith.divui %v14, %v16 : i64
                %v1027 = arith.remui %v14, %v16 : i64
                %v1028 = arith.cmpi ult, %v1027, %v23 : i64
                %v1029 = arith.addi %v58, %v24 : i64
                %v1030 = arith.muli %v1026, %v1 : i64
                %v1031 = arith.addi %v1030, %v1029 : i64
                %v1032 = arith.muli %v1031, %v967 : i64
                %v1033 = arith.addi %v1032, %v863 : i64
                scf.if %v1028 {
                  %v1034 = llvm.getelementptr %v49[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1025, %v1034 : f32, !llvm.ptr
                }
                %v1035 = arith.select %v28, %v951, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1036, %v1037 = gpu.shuffle xor %v1035, %v953, %v262 : f32
                %v1038 = arith.addf %v1035, %v1036 fastmath<contract> : f32
                %v1039, %v1040 = gpu.shuffle xor %v1038, %v957, %v262 : f32
                %v1041 = arith.addf %v1038, %v1039 fastmath<contract> : f32
                %v1042 = arith.divui %v14, %v16 : i64
                %v1043 = arith.remui %v14, %v16 : i64
                %v1044 = arith.cmpi ult, %v1043, %v23 : i64
                %v1045 = arith.addi %v23, %v24 : i64
                %v1046 = arith.muli %v1042, %v1 : i64
                %v1047 = arith.addi %v1046, %v1045 : i64
                %v1048 = arith.muli %v1047, %v967 : i64
                %v1049 = arith.addi %v1048, %v863 : i64
                scf.if %v1044 {
                  %v1050 = llvm.getelementptr %v49[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1041, %v1050 : f32, !llvm.ptr
                }
                %v1051 = arith.muli %v24, %v140 : i64
                %v1052 = arith.subi %v864, %v109 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = llvm.getelementptr %v53[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
                %v1056 = arith.mulf %v1055, %v907 fastmath<contract> : f32
                %v1057 = arith.constant 8 : i64
                %v1058 = arith.addi %v1057, %v24 : i64
                %v1059 = arith.muli %v1058, %v140 : i64
                %v1060 = arith.subi %v864, %v109 : i64
                %v1061 = arith.addi %v1059, %v1060 : i64
                %v1062 = llvm.getelementptr %v53[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
                %v1064 = arith.mulf %v1063, %v909 fastmath<contract> : f32
                %v1065 = arith.addf %v1056, %v1064 fastmath<contract> : f32
                llvm.store %v1065, %v841 : f32, !llvm.ptr
                %v1066 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v920) : (f32) -> f32
                %v1067 = arith.mulf %v277, %v1066 fastmath<contract> : f32
                %v1068 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1067) : (f32) -> f32
                llvm.store %v1068, %v42 : f32, !llvm.ptr
                %v1069 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v942) : (f32) -> f32
                %v1070 = arith.mulf %v277, %v1069 fastmath<contract> : f32
                %v1071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1070) : (f32) -> f32
                llvm.store %v1071, %v43 : f32, !llvm.ptr
                %v1072 = llvm.load %v841 : !llvm.ptr -> f32
                %v1073 = arith.addi %v346, %v724 : i64
                %v1075 = arith.cmpi slt, %v1074, %v852 : i32
                %v1076 = arith.cmpi eq, %v1074, %v858 : i32
                %v1077 = arith.addi %v348, %v2 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v1078 = arith.addi %v109, %v1073 : i64
                %v1079 = arith.muli %v24, %v140 : i64
                %v1080 = arith.subi %v1078, %v109 : i64
                %v1081 = arith.addi %v1079, %v1080 : i64
                %v1082 = llvm.getelementptr %v51[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
                %v1084 = arith.muli %v38, %v288 : i64
                %v1085 = arith.muli %v1078, %v287 : i64
                %v1086 = arith.addi %v1084, %v1085 : i64
                %v1087 = arith.muli %v36, %v286 : i64
                %v1088 = arith.addi %v1086, %v1087 : i64
                %v1089 = arith.muli %v34, %v2 : i64
                %v1090 = arith.addi %v1088, %v1089 : i64
                %v1091 = llvm.getelementptr %dy_o[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
                %v1093 = arith.mulf %v1083, %v1092 fastmath<contract> : f32
                %v1094 = llvm.load %v40 : !llvm.ptr -> f32
                %v1095 = llvm.load %v42 : !llvm.ptr -> f32
                %v1096 = arith.mulf %v1095, %v1094 fastmath<contract> : f32
                %v1097 = arith.addf %v1093, %v1096 fastmath<contract> : f32
                llvm.store %v1097, %v40 : f32, !llvm.ptr
                %v1098 = arith.constant 8 : i64
                %v1099 = arith.addi %v1098, %v24 : i64
                %v1100 = arith.muli %v1099, %v140 : i64
                %v1101 = arith.subi %v1078, %v109 : i64
                %v1102 = arith.addi %v1100, %v1101 : i64
                %v1103 = llvm.getelementptr %v51[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
                %v1105 = arith.mulf %v1104, %v1092 fastmath<contract> : f32
                %v1106 = llvm.load %v41 : !llvm.ptr -> f32
                %v1107 = llvm.load %v43 : !llvm.ptr -> f32
                %v1108 = arith.mulf %v1107, %v1106 fastmath<contract> : f32
                %v1109 = arith.addf %v1105, %v1108 fastmath<contract> : f32
                llvm.store %v1109, %v41 : f32, !llvm.ptr
                %v1110 = arith.mulf %v757, %v1092 fastmath<contract> : f32
                %v1111 = arith.mulf %v782, %v1092 fastmath<contract> : f32
                %v1112 = arith.muli %v38, %v288 : i64
                %v1113 = arith.muli %v1078, %v287 : i64
                %v1114 = arith.addi %v1112, %v1113 : i64
                %v1115 = arith.muli %v36, %v286 : i64
                %v1116 = arith.addi %v1114, %v1115 : i64
                %v1117 = arith.muli %v34, %v2 : i64
                %v1118 = arith.addi %v1116, %v1117 : i64
                %v1119 = llvm.getelementptr %in_v[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                %v1121 = llvm.load %v40 : !llvm.ptr -> f32
                %v1122 = arith.mulf %v1120, %v1121 fastmath<contract> : f32
                %v1123 = llvm.load %v41 : !llvm.ptr -> f32
                %v1124 = arith.mulf %v1120, %v1123 fastmath<contract> : f32
                %v1125 = arith.muli %v24, %v140 : i64
                %v1126 = arith.subi %v1078, %v109 : i64
                %v1127 = arith.addi %v1125, %v1126 : i64
                %v1128 = llvm.getelementptr %v55[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1129 = llvm.load %v1128 : !llvm.ptr -> f32
                %v1130 = arith.negf %v1129 : f32
                %v1131 = arith.mulf %v1130, %v272 fastmath<contract> : f32
                %v1132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1131) : (f32) -> f32
                %v1133 = arith.addf %v57, %v1132 fastmath<contract> : f32
                %v1134 = arith.divf %v57, %v1133 : f32
                %v1135 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1134) : (f32) -> f32
                %v1136 = arith.mulf %v921, %v1135 fastmath<contract> : f32
                %v1137 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1136) : (f32) -> f32
                %v1138 = arith.mulf %v698, %v1121 fastmath<contract> : f32
                %v1139 = arith.mulf %v277, %v1138 fastmath<contract> : f32
                %v1140 = arith.mulf %v1137, %v1139 fastmath<contract> : f32
                %v1141 = arith.subf %v57, %v1134 fastmath<contract> : f32
                %v1142 = arith.mulf %v1134, %v1141 fastmath<contract> : f32
                %v1143 = arith.mulf %v1140, %v1142 fastmath<contract> : f32
                %v1144 = arith.constant 8 : i64
                %v1145 = arith.addi %v1144, %v24 : i64
                %v1146 = arith.muli %v1145, %v140 : i64
                %v1147 = arith.subi %v1078, %v109 : i64
                %v1148 = arith.addi %v1146, %v1147 : i64
                %v1149 = llvm.getelementptr %v55[%v1148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1150 = llvm.load %v1149 : !llvm.ptr -> f32
                %v1151 = arith.negf %v1150 : f32
                %v1152 = arith.mulf %v1151, %v272 fastmath<contract> : f32
                %v1153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1152) : (f32) -> f32
                %v1154 = arith.addf %v57, %v1153 fastmath<contract> : f32
                %v1155 = arith.divf %v57, %v1154 : f32
                %v1156 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1155) : (f32) -> f32
                %v1157 = arith.mulf %v921, %v1156 fastmath<contract> : f32
                %v1158 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1157) : (f32) -> f32
                %v1159 = arith.mulf %v723, %v1123 fastmath<contract> : f32
                %v1160 = arith.mulf %v277, %v1159 fastmath<contract> : f32
                %v1161 = arith.mulf %v1158, %v1160 fastmath<contract> : f32
                %v1162 = arith.subf %v57, %v1155 fastmath<contract> : f32
                %v1163 = arith.mulf %v1155, %v1162 fastmath<contract> : f32
                %v1164 = arith.mulf %v1161, %v1163 fastmath<contract> : f32
                %v1165 = arith.select %v28, %v1110, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1166, %v1167 = gpu.shuffle xor %v1165, %v953, %v262 : f32
                %v1168 = arith.addf %v1165, %v1166 fastmath<contract> : f32
                %v1169, %v1170 = gpu.shuffle xor %v1168, %v957, %v262 : f32
                %v1171 = arith.addf %v1168, %v1169 fastmath<contract> : f32
                %v1172 = arith.divui %v14, %v16 : i64
                %v1173 = arith.remui %v14, %v16 : i64
                %v1174 = arith.cmpi ult, %v1173, %v23 : i64
                %v1175 = arith.addi %v58, %v24 : i64
                %v1176 = arith.muli %v1172, %v1 : i64
                %v1177 = arith.addi %v1176, %v1175 : i64
                %v1178 = arith.muli %v1177, %v967 : i64
                %v1179 = arith.addi %v1178, %v1077 : i64
                scf.if %v1174 {
                  %v1180 = llvm.getelementptr %v45[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1171, %v1180 : f32, !llvm.ptr
                }
                %v1181 = arith.select %v28, %v1111, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1182, %v1183 = gpu.shuffle xor %v1181, %v953, %v262 : f32
                %v1184 = arith.addf %v1181, %v1182 fastmath<contract> : f32
                %v1185, %v1186 = gpu.shuffle xor %v1184, %v957, %v262 : f32
                %v1187 = arith.addf %v1184, %v1185 fastmath<contract> : f32
                %v1188 = arith.divui %v14, %v16 : i64
                %v1189 = arith.remui %v14, %v16 : i64
                %v1190 = arith.cmpi ult, %v1189, %v23 : i64
                %v1191 = arith.addi %v23, %v24 : i64
                %v1192 = arith.muli %v1188, %v1 : i64
                %v1193 = arith.addi %v1192, %v1191 : i64
                %v1194 = arith.muli %v1193, %v967 : i64
                %v1195 = arith.addi %v1194, %v1077 : i64
                scf.if %v1190 {
                  %v1196 = llvm.getelementptr %v45[%v1195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1187, %v1196 : f32, !llvm.ptr
                }
                %v1197 = arith.select %v28, %v1122, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1198, %v1199 = gpu.shuffle xor %v1197, %v953, %v262 : f32
                %v1200 = arith.addf %v1197, %v1198 fastmath<contract> : f32
                %v1201, %v1202 = gpu.shuffle xor %v1200, %v957, %v262 : f32
                %v1203 = arith.addf %v1200, %v1201 fastmath<contract> : f32
                %v1204 = arith.divui %v14, %v16 : i64
                %v1205 = arith.remui %v14, %v16 : i64
                %v1206 = arith.cmpi ult, %v1205, %v23 : i64
                %v1207 = arith.addi %v58, %v24 : i64
                %v1208 = arith.muli %v1204, %v1 : i64
                %v1209 = arith.addi %v1208, %v1207 : i64
                %v1210 = arith.muli %v1209, %v967 : i64
                %v1211 = arith.addi %v1210, %v1077 : i64
                scf.if %v1206 {
                  %v1212 = llvm.getelementptr %v47[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1203, %v1212 : f32, !llvm.ptr
                }
                %v1213 = arith.select %v28, %v1124, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1214, %v1215 = gpu.shuffle xor %v1213, %v953, %v262 : f32
                %v1216 = arith.addf %v1213, %v1214 fastmath<contract> : f32
                %v1217, %v1218 = gpu.shuffle xor %v1216, %v957, %v262 : f32
                %v1219 = arith.addf %v1216, %v1217 fastmath<contract> : f32
                %v1220 = arith.divui %v14, %v16 : i64
                %v1221 = arith.remui %v14, %v16 : i64
                %v1222 = arith.cmpi ult, %v1221, %v23 : i64
                %v1223 = arith.addi %v23, %v24 : i64
                %v1224 = arith.muli %v1220, %v1 : i64
                %v1225 = arith.addi %v1224, %v1223 : i64
                %v1226 = arith.muli %v1225, %v967 : i64
                %v1227 = arith.addi %v1226, %v1077 : i64
                scf.if %v1222 {
                  %v1228 = llvm.getelementptr %v47[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1219, %v1228 : f32, !llvm.ptr
                }
                %v1229 = arith.select %v28, %v1143, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1230, %v1231 = gpu.shuffle xor %v1229, %v953, %v262 : f32
                %v1232 = arith.addf %v1229, %v1230 fastmath<contract> : f32
                %v1233, %v1234 = gpu.shuffle xor %v1232, %v957, %v262 : f32
                %v1235 = arith.addf %v1232, %v1233 fastmath<contract> : f32
                %v1236 = arith.divui %v14, %v16 : i64
                %v1237 = arith.remui %v14, %v16 : i64
                %v1238 = arith.cmpi ult, %v1237, %v23 : i64
                %v1239 = arith.addi %v58, %v24 : i64
                %v1240 = arith.muli %v1236, %v1 : i64
                %v1241 = arith.addi %v1240, %v1239 : i64
                %v1242 = arith.muli %v1241, %v967 : i64
                %v1243 = arith.addi %v1242, %v1077 : i64
                scf.if %v1238 {
                  %v1244 = llvm.getelementptr %v49[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1235, %v1244 : f32, !llvm.ptr
                }
                %v1245 = arith.select %v28, %v1164, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1246, %v1247 = gpu.shuffle xor %v1245, %v953, %v262 : f32
                %v1248 = arith.addf %v1245, %v1246 fastmath<contract> : f32
                %v1249, %v1250 = gpu.shuffle xor %v1248, %v957, %v262 : f32
                %v1251 = arith.addf %v1248, %v1249 fastmath<contract> : f32
                %v1252 = arith.divui %v14, %v16 : i64
                %v1253 = arith.remui %v14, %v16 : i64
                %v1254 = arith.cmpi ult, %v1253, %v23 : i64
                %v1255 = arith.addi %v23, %v24 : i64
                %v1256 = arith.muli %v1252, %v1 : i64
                %v1257 = arith.addi %v1256, %v1255 : i64
                %v1258 = arith.muli %v1257, %v967 : i64
                %v1259 = arith.addi %v1258, %v1077 : i64
                scf.if %v1254 {
                  %v1260 = llvm.getelementptr %v49[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1251, %v1260 : f32, !llvm.ptr
                }
                %v1261 = arith.muli %v24, %v140 : i64
                %v1262 = arith.subi %v1078, %v109 : i64
                %v1263 = arith.addi %v1261, %v1262 : i64
                %v1264 = llvm.getelementptr %v53[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
                %v1266 = arith.mulf %v1265, %v1121 fastmath<contract> : f32
                %v1267 = arith.constant 8 : i64
                %v1268 = arith.addi %v1267, %v24 : i64
                %v1269 = arith.muli %v1268, %v140 : i64
                %v1270 = arith.subi %v1078, %v109 : i64
                %v1271 = arith.addi %v1269, %v1270 : i64
                %v1272 = llvm.getelementptr %v53[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
                %v1274 = arith.mulf %v1273, %v1123 fastmath<contract> : f32
                %v1275 = arith.addf %v1266, %v1274 fastmath<contract> : f32
                llvm.store %v1275, %v841 : f32, !llvm.ptr
                %v1276 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1134) : (f32) -> f32
                %v1277 = arith.mulf %v277, %v1276 fastmath<contract> : f32
                %v1278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1277) : (f32) -> f32
                llvm.store %v1278, %v42 : f32, !llvm.ptr
                %v1279 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1155) : (f32) -> f32
                %v1280 = arith.mulf %v277, %v1279 fastmath<contract> : f32
                %v1281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1280) : (f32) -> f32
                llvm.store %v1281, %v43 : f32, !llvm.ptr
                %v1282 = llvm.load %v841 : !llvm.ptr -> f32
                %v1283 = arith.select %v844, %v1282, %v1072 : f32
                %v1284 = arith.select %v844, %v1072, %v1282 : f32
                %v1286, %v1287 = gpu.shuffle xor %v1283, %v1285, %v262 : f32
                %v1288 = arith.addf %v1284, %v1286 fastmath<contract> : f32
                %v1289 = arith.addi %v346, %v665 : i64
                %v1291 = arith.cmpi slt, %v1290, %v852 : i32
                %v1292 = arith.cmpi eq, %v1290, %v858 : i32
                %v1293 = arith.addi %v348, %v328 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v1294 = arith.addi %v109, %v1289 : i64
                %v1295 = arith.muli %v24, %v140 : i64
                %v1296 = arith.subi %v1294, %v109 : i64
                %v1297 = arith.addi %v1295, %v1296 : i64
                %v1298 = llvm.getelementptr %v51[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
                %v1300 = arith.muli %v38, %v288 : i64
                %v1301 = arith.muli %v1294, %v287 : i64
                %v1302 = arith.addi %v1300, %v1301 : i64
                %v1303 = arith.muli %v36, %v286 : i64
                %v1304 = arith.addi %v1302, %v1303 : i64
                %v1305 = arith.muli %v34, %v2 : i64
                %v1306 = arith.addi %v1304, %v1305 : i64
                %v1307 = llvm.getelementptr %dy_o[%v1306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1308 = llvm.load %v1307 : !llvm.ptr -> f32
                %v1309 = arith.mulf %v1299, %v1308 fastmath<contract> : f32
                %v1310 = llvm.load %v40 : !llvm.ptr -> f32
                %v1311 = llvm.load %v42 : !llvm.ptr -> f32
                %v1312 = arith.mulf %v1311, %v1310 fastmath<contract> : f32
                %v1313 = arith.addf %v1309, %v1312 fastmath<contract> : f32
                llvm.store %v1313, %v40 : f32, !llvm.ptr
                %v1314 = arith.constant 8 : i64
                %v1315 = arith.addi %v1314, %v24 : i64
                %v1316 = arith.muli %v1315, %v140 : i64
                %v1317 = arith.subi %v1294, %v109 : i64
                %v1318 = arith.addi %v1316, %v1317 : i64
                %v1319 = llvm.getelementptr %v51[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1320 = llvm.load %v1319 : !llvm.ptr -> f32
                %v1321 = arith.mulf %v1320, %v1308 fastmath<contract> : f32
                %v1322 = llvm.load %v41 : !llvm.ptr -> f32
                %v1323 = llvm.load %v43 : !llvm.ptr -> f32
                %v1324 = arith.mulf %v1323, %v1322 fastmath<contract> : f32
                %v1325 = arith.addf %v1321, %v1324 fastmath<contract> : f32
                llvm.store %v1325, %v41 : f32, !llvm.ptr
                %v1326 = arith.mulf %v698, %v1308 fastmath<contract> : f32
                %v1327 = arith.mulf %v723, %v1308 fastmath<contract> : f32
                %v1328 = arith.muli %v38, %v288 : i64
                %v1329 = arith.muli %v1294, %v287 : i64
                %v1330 = arith.addi %v1328, %v1329 : i64
                %v1331 = arith.muli %v36, %v286 : i64
                %v1332 = arith.addi %v1330, %v1331 : i64
                %v1333 = arith.muli %v34, %v2 : i64
                %v1334 = arith.addi %v1332, %v1333 : i64
                %v1335 = llvm.getelementptr %in_v[%v1334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
                %v1337 = llvm.load %v40 : !llvm.ptr -> f32
                %v1338 = arith.mulf %v1336, %v1337 fastmath<contract> : f32
                %v1339 = llvm.load %v41 : !llvm.ptr -> f32
                %v1340 = arith.mulf %v1336, %v1339 fastmath<contract> : f32
                %v1341 = arith.muli %v24, %v140 : i64
                %v1342 = arith.subi %v1294, %v109 : i64
                %v1343 = arith.addi %v1341, %v1342 : i64
                %v1344 = llvm.getelementptr %v55[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
                %v1346 = arith.negf %v1345 : f32
                %v1347 = arith.mulf %v1346, %v272 fastmath<contract> : f32
                %v1348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1347) : (f32) -> f32
                %v1349 = arith.addf %v57, %v1348 fastmath<contract> : f32
                %v1350 = arith.divf %v57, %v1349 : f32
                %v1351 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1350) : (f32) -> f32
                %v1352 = arith.mulf %v921, %v1351 fastmath<contract> : f32
                %v1353 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1352) : (f32) -> f32
                %v1354 = arith.mulf %v639, %v1337 fastmath<contract> : f32
                %v1355 = arith.mulf %v277, %v1354 fastmath<contract> : f32
                %v1356 = arith.mulf %v1353, %v1355 fastmath<contract> : f32
                %v1357 = arith.subf %v57, %v1350 fastmath<contract> : f32
                %v1358 = arith.mulf %v1350, %v1357 fastmath<contract> : f32
                %v1359 = arith.mulf %v1356, %v1358 fastmath<contract> : f32
                %v1360 = arith.constant 8 : i64
                %v1361 = arith.addi %v1360, %v24 : i64
                %v1362 = arith.muli %v1361, %v140 : i64
                %v1363 = arith.subi %v1294, %v109 : i64
                %v1364 = arith.addi %v1362, %v1363 : i64
                %v1365 = llvm.getelementptr %v55[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
                %v1367 = arith.negf %v1366 : f32
                %v1368 = arith.mulf %v1367, %v272 fastmath<contract> : f32
                %v1369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1368) : (f32) -> f32
                %v1370 = arith.addf %v57, %v1369 fastmath<contract> : f32
                %v1371 = arith.divf %v57, %v1370 : f32
                %v1372 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1371) : (f32) -> f32
                %v1373 = arith.mulf %v921, %v1372 fastmath<contract> : f32
                %v1374 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1373) : (f32) -> f32
                %v1375 = arith.mulf %v664, %v1339 fastmath<contract> : f32
                %v1376 = arith.mulf %v277, %v1375 fastmath<contract> : f32
                %v1377 = arith.mulf %v1374, %v1376 fastmath<contract> : f32
                %v1378 = arith.subf %v57, %v1371 fastmath<contract> : f32
                %v1379 = arith.mulf %v1371, %v1378 fastmath<contract> : f32
                %v1380 = arith.mulf %v1377, %v1379 fastmath<contract> : f32
                %v1381 = arith.select %v28, %v1326, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1382, %v1383 = gpu.shuffle xor %v1381, %v953, %v262 : f32
                %v1384 = arith.addf %v1381, %v1382 fastmath<contract> : f32
                %v1385, %v1386 = gpu.shuffle xor %v1384, %v957, %v262 : f32
                %v1387 = arith.addf %v1384, %v1385 fastmath<contract> : f32
                %v1388 = arith.divui %v14, %v16 : i64
                %v1389 = arith.remui %v14, %v16 : i64
                %v1390 = arith.cmpi ult, %v1389, %v23 : i64
                %v1391 = arith.addi %v58, %v24 : i64
                %v1392 = arith.muli %v1388, %v1 : i64
                %v1393 = arith.addi %v1392, %v1391 : i64
                %v1394 = arith.muli %v1393, %v967 : i64
                %v1395 = arith.addi %v1394, %v1293 : i64
                scf.if %v1390 {
                  %v1396 = llvm.getelementptr %v45[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1387, %v1396 : f32, !llvm.ptr
                }
                %v1397 = arith.select %v28, %v1327, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1398, %v1399 = gpu.shuffle xor %v1397, %v953, %v262 : f32
                %v1400 = arith.addf %v1397, %v1398 fastmath<contract> : f32
                %v1401, %v1402 = gpu.shuffle xor %v1400, %v957, %v262 : f32
                %v1403 = arith.addf %v1400, %v1401 fastmath<contract> : f32
                %v1404 = arith.divui %v14, %v16 : i64
                %v1405 = arith.remui %v14, %v16 : i64
                %v1406 = arith.cmpi ult, %v1405, %v23 : i64
                %v1407 = arith.addi %v23, %v24 : i64
                %v1408 = arith.muli %v1404, %v1 : i64
                %v1409 = arith.addi %v1408, %v1407 : i64
                %v1410 = arith.muli %v1409, %v967 : i64
                %v1411 = arith.addi %v1410, %v1293 : i64
                scf.if %v1406 {
                  %v1412 = llvm.getelementptr %v45[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1403, %v1412 : f32, !llvm.ptr
                }
                %v1413 = arith.select %v28, %v1338, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1414, %v1415 = gpu.shuffle xor %v1413, %v953, %v262 : f32
                %v1416 = arith.addf %v1413, %v1414 fastmath<contract> : f32
                %v1417, %v1418 = gpu.shuffle xor %v1416, %v957, %v262 : f32
                %v1419 = arith.addf %v1416, %v1417 fastmath<contract> : f32
                %v1420 = arith.divui %v14, %v16 : i64
                %v1421 = arith.remui %v14, %v16 : i64
                %v1422 = arith.cmpi ult, %v1421, %v23 : i64
                %v1423 = arith.addi %v58, %v24 : i64
                %v1424 = arith.muli %v1420, %v1 : i64
                %v1425 = arith.addi %v1424, %v1423 : i64
                %v1426 = arith.muli %v1425, %v967 : i64
                %v1427 = arith.addi %v1426, %v1293 : i64
                scf.if %v1422 {
                  %v1428 = llvm.getelementptr %v47[%v1427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1419, %v1428 : f32, !llvm.ptr
                }
                %v1429 = arith.select %v28, %v1340, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1430, %v1431 = gpu.shuffle xor %v1429, %v953, %v262 : f32
                %v1432 = arith.addf %v1429, %v1430 fastmath<contract> : f32
                %v1433, %v1434 = gpu.shuffle xor %v1432, %v957, %v262 : f32
                %v1435 = arith.addf %v1432, %v1433 fastmath<contract> : f32
                %v1436 = arith.divui %v14, %v16 : i64
                %v1437 = arith.remui %v14, %v16 : i64
                %v1438 = arith.cmpi ult, %v1437, %v23 : i64
                %v1439 = arith.addi %v23, %v24 : i64
                %v1440 = arith.muli %v1436, %v1 : i64
                %v1441 = arith.addi %v1440, %v1439 : i64
                %v1442 = arith.muli %v1441, %v967 : i64
                %v1443 = arith.addi %v1442, %v1293 : i64
                scf.if %v1438 {
                  %v1444 = llvm.getelementptr %v47[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1435, %v1444 : f32, !llvm.ptr
                }
                %v1445 = arith.select %v28, %v1359, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1446, %v1447 = gpu.shuffle xor %v1445, %v953, %v262 : f32
                %v1448 = arith.addf %v1445, %v1446 fastmath<contract> : f32
                %v1449, %v1450 = gpu.shuffle xor %v1448, %v957, %v262 : f32
                %v1451 = arith.addf %v1448, %v1449 fastmath<contract> : f32
                %v1452 = arith.divui %v14, %v16 : i64
                %v1453 = arith.remui %v14, %v16 : i64
                %v1454 = arith.cmpi ult, %v1453, %v23 : i64
                %v1455 = arith.addi %v58, %v24 : i64
                %v1456 = arith.muli %v1452, %v1 : i64
                %v1457 = arith.addi %v1456, %v1455 : i64
                %v1458 = arith.muli %v1457, %v967 : i64
                %v1459 = arith.addi %v1458, %v1293 : i64
                scf.if %v1454 {
                  %v1460 = llvm.getelementptr %v49[%v1459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1451, %v1460 : f32, !llvm.ptr
                }
                %v1461 = arith.select %v28, %v1380, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1462, %v1463 = gpu.shuffle xor %v1461, %v953, %v262 : f32
                %v1464 = arith.addf %v1461, %v1462 fastmath<contract> : f32
                %v1465, %v1466 = gpu.shuffle xor %v1464, %v957, %v262 : f32
                %v1467 = arith.addf %v1464, %v1465 fastmath<contract> : f32
                %v1468 = arith.divui %v14, %v16 : i64
                %v1469 = arith.remui %v14, %v16 : i64
                %v1470 = arith.cmpi ult, %v1469, %v23 : i64
                %v1471 = arith.addi %v23, %v24 : i64
                %v1472 = arith.muli %v1468, %v1 : i64
                %v1473 = arith.addi %v1472, %v1471 : i64
                %v1474 = arith.muli %v1473, %v967 : i64
                %v1475 = arith.addi %v1474, %v1293 : i64
                scf.if %v1470 {
                  %v1476 = llvm.getelementptr %v49[%v1475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1467, %v1476 : f32, !llvm.ptr
                }
                %v1477 = arith.muli %v24, %v140 : i64
                %v1478 = arith.subi %v1294, %v109 : i64
                %v1479 = arith.addi %v1477, %v1478 : i64
                %v1480 = llvm.getelementptr %v53[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
                %v1482 = arith.mulf %v1481, %v1337 fastmath<contract> : f32
                %v1483 = arith.constant 8 : i64
                %v1484 = arith.addi %v1483, %v24 : i64
                %v1485 = arith.muli %v1484, %v140 : i64
                %v1486 = arith.subi %v1294, %v109 : i64
                %v1487 = arith.addi %v1485, %v1486 : i64
                %v1488 = llvm.getelementptr %v53[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
                %v1490 = arith.mulf %v1489, %v1339 fastmath<contract> : f32
                %v1491 = arith.addf %v1482, %v1490 fastmath<contract> : f32
                llvm.store %v1491, %v841 : f32, !llvm.ptr
                %v1492 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1350) : (f32) -> f32
                %v1493 = arith.mulf %v277, %v1492 fastmath<contract> : f32
                %v1494 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1493) : (f32) -> f32
                llvm.store %v1494, %v42 : f32, !llvm.ptr
                %v1495 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1371) : (f32) -> f32
                %v1496 = arith.mulf %v277, %v1495 fastmath<contract> : f32
                %v1497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1496) : (f32) -> f32
                llvm.store %v1497, %v43 : f32, !llvm.ptr
                %v1498 = llvm.load %v841 : !llvm.ptr -> f32
                %v1499 = arith.addi %v346, %v606 : i64
                %v1501 = arith.cmpi slt, %v1500, %v852 : i32
                %v1502 = arith.cmpi eq, %v1500, %v858 : i32
                %v1503 = arith.addi %v348, %v547 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v1504 = arith.addi %v109, %v1499 : i64
                %v1505 = arith.muli %v24, %v140 : i64
                %v1506 = arith.subi %v1504, %v109 : i64
                %v1507 = arith.addi %v1505, %v1506 : i64
                %v1508 = llvm.getelementptr %v51[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
                %v1510 = arith.muli %v38, %v288 : i64
                %v1511 = arith.muli %v1504, %v287 : i64
                %v1512 = arith.addi %v1510, %v1511 : i64
                %v1513 = arith.muli %v36, %v286 : i64
                %v1514 = arith.addi %v1512, %v1513 : i64
                %v1515 = arith.muli %v34, %v2 : i64
                %v1516 = arith.addi %v1514, %v1515 : i64
                %v1517 = llvm.getelementptr %dy_o[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
                %v1519 = arith.mulf %v1509, %v1518 fastmath<contract> : f32
                %v1520 = llvm.load %v40 : !llvm.ptr -> f32
                %v1521 = llvm.load %v42 : !llvm.ptr -> f32
                %v1522 = arith.mulf %v1521, %v1520 fastmath<contract> : f32
                %v1523 = arith.addf %v1519, %v1522 fastmath<contract> : f32
                llvm.store %v1523, %v40 : f32, !llvm.ptr
                %v1524 = arith.constant 8 : i64
                %v1525 = arith.addi %v1524, %v24 : i64
                %v1526 = arith.muli %v1525, %v140 : i64
                %v1527 = arith.subi %v1504, %v109 : i64
                %v1528 = arith.addi %v1526, %v1527 : i64
                %v1529 = llvm.getelementptr %v51[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1530 = llvm.load %v1529 : !llvm.ptr -> f32
                %v1531 = arith.mulf %v1530, %v1518 fastmath<contract> : f32
                %v1532 = llvm.load %v41 : !llvm.ptr -> f32
                %v1533 = llvm.load %v43 : !llvm.ptr -> f32
                %v1534 = arith.mulf %v1533, %v1532 fastmath<contract> : f32
                %v1535 = arith.addf %v1531, %v1534 fastmath<contract> : f32
                llvm.store %v1535, %v41 : f32, !llvm.ptr
                %v1536 = arith.mulf %v639, %v1518 fastmath<contract> : f32
                %v1537 = arith.mulf %v664, %v1518 fastmath<contract> : f32
                %v1538 = arith.muli %v38, %v288 : i64
                %v1539 = arith.muli %v1504, %v287 : i64
                %v1540 = arith.addi %v1538, %v1539 : i64
                %v1541 = arith.muli %v36, %v286 : i64
                %v1542 = arith.addi %v1540, %v1541 : i64
                %v1543 = arith.muli %v34, %v2 : i64
                %v1544 = arith.addi %v1542, %v1543 : i64
                %v1545 = llvm.getelementptr %in_v[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
                %v1547 = llvm.load %v40 : !llvm.ptr -> f32
                %v1548 = arith.mulf %v1546, %v1547 fastmath<contract> : f32
                %v1549 = llvm.load %v41 : !llvm.ptr -> f32
                %v1550 = arith.mulf %v1546, %v1549 fastmath<contract> : f32
                %v1551 = arith.muli %v24, %v140 : i64
                %v1552 = arith.subi %v1504, %v109 : i64
                %v1553 = arith.addi %v1551, %v1552 : i64
                %v1554 = llvm.getelementptr %v55[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
                %v1556 = arith.negf %v1555 : f32
                %v1557 = arith.mulf %v1556, %v272 fastmath<contract> : f32
                %v1558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1557) : (f32) -> f32
                %v1559 = arith.addf %v57, %v1558 fastmath<contract> : f32
                %v1560 = arith.divf %v57, %v1559 : f32
                %v1561 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1560) : (f32) -> f32
                %v1562 = arith.mulf %v921, %v1561 fastmath<contract> : f32
                %v1563 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1562) : (f32) -> f32
                %v1564 = arith.mulf %v580, %v1547 fastmath<contract> : f32
                %v1565 = arith.mulf %v277, %v1564 fastmath<contract> : f32
                %v1566 = arith.mulf %v1563, %v1565 fastmath<contract> : f32
                %v1567 = arith.subf %v57, %v1560 fastmath<contract> : f32
                %v1568 = arith.mulf %v1560, %v1567 fastmath<contract> : f32
                %v1569 = arith.mulf %v1566, %v1568 fastmath<contract> : f32
                %v1570 = arith.constant 8 : i64
                %v1571 = arith.addi %v1570, %v24 : i64
                %v1572 = arith.muli %v1571, %v140 : i64
                %v1573 = arith.subi %v1504, %v109 : i64
                %v1574 = arith.addi %v1572, %v1573 : i64
                %v1575 = llvm.getelementptr %v55[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
                %v1577 = arith.negf %v1576 : f32
                %v1578 = arith.mulf %v1577, %v272 fastmath<contract> : f32
                %v1579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1578) : (f32) -> f32
                %v1580 = arith.addf %v57, %v1579 fastmath<contract> : f32
                %v1581 = arith.divf %v57, %v1580 : f32
                %v1582 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1581) : (f32) -> f32
                %v1583 = arith.mulf %v921, %v1582 fastmath<contract> : f32
                %v1584 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1583) : (f32) -> f32
                %v1585 = arith.mulf %v605, %v1549 fastmath<contract> : f32
                %v1586 = arith.mulf %v277, %v1585 fastmath<contract> : f32
                %v1587 = arith.mulf %v1584, %v1586 fastmath<contract> : f32
                %v1588 = arith.subf %v57, %v1581 fastmath<contract> : f32
                %v1589 = arith.mulf %v1581, %v1588 fastmath<contract> : f32
                %v1590 = arith.mulf %v1587, %v1589 fastmath<contract> : f32
                %v1591 = arith.select %v28, %v1536, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1592, %v1593 = gpu.shuffle xor %v1591, %v953, %v262 : f32
                %v1594 = arith.addf %v1591, %v1592 fastmath<contract> : f32
                %v1595, %v1596 = gpu.shuffle xor %v1594, %v957, %v262 : f32
                %v1597 = arith.addf %v1594, %v1595 fastmath<contract> : f32
                %v1598 = arith.divui %v14, %v16 : i64
                %v1599 = arith.remui %v14, %v16 : i64
                %v1600 = arith.cmpi ult, %v1599, %v23 : i64
                %v1601 = arith.addi %v58, %v24 : i64
                %v1602 = arith.muli %v1598, %v1 : i64
                %v1603 = arith.addi %v1602, %v1601 : i64
                %v1604 = arith.muli %v1603, %v967 : i64
                %v1605 = arith.addi %v1604, %v1503 : i64
                scf.if %v1600 {
                  %v1606 = llvm.getelementptr %v45[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1597, %v1606 : f32, !llvm.ptr
                }
                %v1607 = arith.select %v28, %v1537, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1608, %v1609 = gpu.shuffle xor %v1607, %v953, %v262 : f32
                %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
                %v1611, %v1612 = gpu.shuffle xor %v1610, %v957, %v262 : f32
                %v1613 = arith.addf %v1610, %v1611 fastmath<contract> : f32
                %v1614 = arith.divui %v14, %v16 : i64
                %v1615 = arith.remui %v14, %v16 : i64
                %v1616 = arith.cmpi ult, %v1615, %v23 : i64
                %v1617 = arith.addi %v23, %v24 : i64
                %v1618 = arith.muli %v1614, %v1 : i64
                %v1619 = arith.addi %v1618, %v1617 : i64
                %v1620 = arith.muli %v1619, %v967 : i64
                %v1621 = arith.addi %v1620, %v1503 : i64
                scf.if %v1616 {
                  %v1622 = llvm.getelementptr %v45[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1613, %v1622 : f32, !llvm.ptr
                }
                %v1623 = arith.select %v28, %v1548, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1624, %v1625 = gpu.shuffle xor %v1623, %v953, %v262 : f32
                %v1626 = arith.addf %v1623, %v1624 fastmath<contract> : f32
                %v1627, %v1628 = gpu.shuffle xor %v1626, %v957, %v262 : f32
                %v1629 = arith.addf %v1626, %v1627 fastmath<contract> : f32
                %v1630 = arith.divui %v14, %v16 : i64
                %v1631 = arith.remui %v14, %v16 : i64
                %v1632 = arith.cmpi ult, %v1631, %v23 : i64
                %v1633 = arith.addi %v58, %v24 : i64
                %v1634 = arith.muli %v1630, %v1 : i64
                %v1635 = arith.addi %v1634, %v1633 : i64
                %v1636 = arith.muli %v1635, %v967 : i64
                %v1637 = arith.addi %v1636, %v1503 : i64
                scf.if %v1632 {
                  %v1638 = llvm.getelementptr %v47[%v1637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1629, %v1638 : f32, !llvm.ptr
                }
                %v1639 = arith.select %v28, %v1550, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1640, %v1641 = gpu.shuffle xor %v1639, %v953, %v262 : f32
                %v1642 = arith.addf %v1639, %v1640 fastmath<contract> : f32
                %v1643, %v1644 = gpu.shuffle xor %v1642, %v957, %v262 : f32
                %v1645 = arith.addf %v1642, %v1643 fastmath<contract> : f32
                %v1646 = arith.divui %v14, %v16 : i64
                %v1647 = arith.remui %v14, %v16 : i64
                %v1648 = arith.cmpi ult, %v1647, %v23 : i64
                %v1649 = arith.addi %v23, %v24 : i64
                %v1650 = arith.muli %v1646, %v1 : i64
                %v1651 = arith.addi %v1650, %v1649 : i64
                %v1652 = arith.muli %v1651, %v967 : i64
                %v1653 = arith.addi %v1652, %v1503 : i64
                scf.if %v1648 {
                  %v1654 = llvm.getelementptr %v47[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1645, %v1654 : f32, !llvm.ptr
                }
                %v1655 = arith.select %v28, %v1569, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1656, %v1657 = gpu.shuffle xor %v1655, %v953, %v262 : f32
                %v1658 = arith.addf %v1655, %v1656 fastmath<contract> : f32
                %v1659, %v1660 = gpu.shuffle xor %v1658, %v957, %v262 : f32
                %v1661 = arith.addf %v1658, %v1659 fastmath<contract> : f32
                %v1662 = arith.divui %v14, %v16 : i64
                %v1663 = arith.remui %v14, %v16 : i64
                %v1664 = arith.cmpi ult, %v1663, %v23 : i64
                %v1665 = arith.addi %v58, %v24 : i64
                %v1666 = arith.muli %v1662, %v1 : i64
                %v1667 = arith.addi %v1666, %v1665 : i64
                %v1668 = arith.muli %v1667, %v967 : i64
                %v1669 = arith.addi %v1668, %v1503 : i64
                scf.if %v1664 {
                  %v1670 = llvm.getelementptr %v49[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1661, %v1670 : f32, !llvm.ptr
                }
                %v1671 = arith.select %v28, %v1590, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1672, %v1673 = gpu.shuffle xor %v1671, %v953, %v262 : f32
                %v1674 = arith.addf %v1671, %v1672 fastmath<contract> : f32
                %v1675, %v1676 = gpu.shuffle xor %v1674, %v957, %v262 : f32
                %v1677 = arith.addf %v1674, %v1675 fastmath<contract> : f32
                %v1678 = arith.divui %v14, %v16 : i64
                %v1679 = arith.remui %v14, %v16 : i64
                %v1680 = arith.cmpi ult, %v1679, %v23 : i64
                %v1681 = arith.addi %v23, %v24 : i64
                %v1682 = arith.muli %v1678, %v1 : i64
                %v1683 = arith.addi %v1682, %v1681 : i64
                %v1684 = arith.muli %v1683, %v967 : i64
                %v1685 = arith.addi %v1684, %v1503 : i64
                scf.if %v1680 {
                  %v1686 = llvm.getelementptr %v49[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1677, %v1686 : f32, !llvm.ptr
                }
                %v1687 = arith.muli %v24, %v140 : i64
                %v1688 = arith.subi %v1504, %v109 : i64
                %v1689 = arith.addi %v1687, %v1688 : i64
                %v1690 = llvm.getelementptr %v53[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1691 = llvm.load %v1690 : !llvm.ptr -> f32
                %v1692 = arith.mulf %v1691, %v1547 fastmath<contract> : f32
                %v1693 = arith.constant 8 : i64
                %v1694 = arith.addi %v1693, %v24 : i64
                %v1695 = arith.muli %v1694, %v140 : i64
                %v1696 = arith.subi %v1504, %v109 : i64
                %v1697 = arith.addi %v1695, %v1696 : i64
                %v1698 = llvm.getelementptr %v53[%v1697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1699 = llvm.load %v1698 : !llvm.ptr -> f32
                %v1700 = arith.mulf %v1699, %v1549 fastmath<contract> : f32
                %v1701 = arith.addf %v1692, %v1700 fastmath<contract> : f32
                llvm.store %v1701, %v841 : f32, !llvm.ptr
                %v1702 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1560) : (f32) -> f32
                %v1703 = arith.mulf %v277, %v1702 fastmath<contract> : f32
                %v1704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1703) : (f32) -> f32
                llvm.store %v1704, %v42 : f32, !llvm.ptr
                %v1705 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1581) : (f32) -> f32
                %v1706 = arith.mulf %v277, %v1705 fastmath<contract> : f32
                %v1707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1706) : (f32) -> f32
                llvm.store %v1707, %v43 : f32, !llvm.ptr
                %v1708 = llvm.load %v841 : !llvm.ptr -> f32
                %v1709 = arith.select %v844, %v1708, %v1498 : f32
                %v1710 = arith.select %v844, %v1498, %v1708 : f32
                %v1711, %v1712 = gpu.shuffle xor %v1709, %v1285, %v262 : f32
                %v1713 = arith.addf %v1710, %v1711 fastmath<contract> : f32
                %v1714 = arith.select %v847, %v1713, %v1288 : f32
                %v1715 = arith.select %v847, %v1288, %v1713 : f32
                %v1717, %v1718 = gpu.shuffle xor %v1714, %v1716, %v262 : f32
                %v1719 = arith.addf %v1715, %v1717 fastmath<contract> : f32
                %v1720 = arith.addi %v346, %v547 : i64
                %v1722 = arith.cmpi slt, %v1721, %v852 : i32
                %v1723 = arith.cmpi eq, %v1721, %v858 : i32
                %v1724 = arith.addi %v348, %v606 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v1725 = arith.addi %v109, %v1720 : i64
                %v1726 = arith.muli %v24, %v140 : i64
                %v1727 = arith.subi %v1725, %v109 : i64
                %v1728 = arith.addi %v1726, %v1727 : i64
                %v1729 = llvm.getelementptr %v51[%v1728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
                %v1731 = arith.muli %v38, %v288 : i64
                %v1732 = arith.muli %v1725, %v287 : i64
                %v1733 = arith.addi %v1731, %v1732 : i64
                %v1734 = arith.muli %v36, %v286 : i64
                %v1735 = arith.addi %v1733, %v1734 : i64
                %v1736 = arith.muli %v34, %v2 : i64
                %v1737 = arith.addi %v1735, %v1736 : i64
                %v1738 = llvm.getelementptr %dy_o[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1739 = llvm.load %v1738 : !llvm.ptr -> f32
                %v1740 = arith.mulf %v1730, %v1739 fastmath<contract> : f32
                %v1741 = llvm.load %v40 : !llvm.ptr -> f32
                %v1742 = llvm.load %v42 : !llvm.ptr -> f32
                %v1743 = arith.mulf %v1742, %v1741 fastmath<contract> : f32
                %v1744 = arith.addf %v1740, %v1743 fastmath<contract> : f32
                llvm.store %v1744, %v40 : f32, !llvm.ptr
                %v1745 = arith.constant 8 : i64
                %v1746 = arith.addi %v1745, %v24 : i64
                %v1747 = arith.muli %v1746, %v140 : i64
                %v1748 = arith.subi %v1725, %v109 : i64
                %v1749 = arith.addi %v1747, %v1748 : i64
                %v1750 = llvm.getelementptr %v51[%v1749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1751 = llvm.load %v1750 : !llvm.ptr -> f32
                %v1752 = arith.mulf %v1751, %v1739 fastmath<contract> : f32
                %v1753 = llvm.load %v41 : !llvm.ptr -> f32
                %v1754 = llvm.load %v43 : !llvm.ptr -> f32
                %v1755 = arith.mulf %v1754, %v1753 fastmath<contract> : f32
                %v1756 = arith.addf %v1752, %v1755 fastmath<contract> : f32
                llvm.store %v1756, %v41 : f32, !llvm.ptr
                %v1757 = arith.mulf %v580, %v1739 fastmath<contract> : f32
                %v1758 = arith.mulf %v605, %v1739 fastmath<contract> : f32
                %v1759 = arith.muli %v38, %v288 : i64
                %v1760 = arith.muli %v1725, %v287 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = arith.muli %v36, %v286 : i64
                %v1763 = arith.addi %v1761, %v1762 : i64
                %v1764 = arith.muli %v34, %v2 : i64
                %v1765 = arith.addi %v1763, %v1764 : i64
                %v1766 = llvm.getelementptr %in_v[%v1765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
                %v1768 = llvm.load %v40 : !llvm.ptr -> f32
                %v1769 = arith.mulf %v1767, %v1768 fastmath<contract> : f32
                %v1770 = llvm.load %v41 : !llvm.ptr -> f32
                %v1771 = arith.mulf %v1767, %v1770 fastmath<contract> : f32
                %v1772 = arith.muli %v24, %v140 : i64
                %v1773 = arith.subi %v1725, %v109 : i64
                %v1774 = arith.addi %v1772, %v1773 : i64
                %v1775 = llvm.getelementptr %v55[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
                %v1777 = arith.negf %v1776 : f32
                %v1778 = arith.mulf %v1777, %v272 fastmath<contract> : f32
                %v1779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1778) : (f32) -> f32
                %v1780 = arith.addf %v57, %v1779 fastmath<contract> : f32
                %v1781 = arith.divf %v57, %v1780 : f32
                %v1782 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1781) : (f32) -> f32
                %v1783 = arith.mulf %v921, %v1782 fastmath<contract> : f32
                %v1784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1783) : (f32) -> f32
                %v1785 = arith.mulf %v521, %v1768 fastmath<contract> : f32
                %v1786 = arith.mulf %v277, %v1785 fastmath<contract> : f32
                %v1787 = arith.mulf %v1784, %v1786 fastmath<contract> : f32
                %v1788 = arith.subf %v57, %v1781 fastmath<contract> : f32
                %v1789 = arith.mulf %v1781, %v1788 fastmath<contract> : f32
                %v1790 = arith.mulf %v1787, %v1789 fastmath<contract> : f32
                %v1791 = arith.constant 8 : i64
                %v1792 = arith.addi %v1791, %v24 : i64
                %v1793 = arith.muli %v1792, %v140 : i64
                %v1794 = arith.subi %v1725, %v109 : i64
                %v1795 = arith.addi %v1793, %v1794 : i64
                %v1796 = llvm.getelementptr %v55[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
                %v1798 = arith.negf %v1797 : f32
                %v1799 = arith.mulf %v1798, %v272 fastmath<contract> : f32
                %v1800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1799) : (f32) -> f32
                %v1801 = arith.addf %v57, %v1800 fastmath<contract> : f32
                %v1802 = arith.divf %v57, %v1801 : f32
                %v1803 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1802) : (f32) -> f32
                %v1804 = arith.mulf %v921, %v1803 fastmath<contract> : f32
                %v1805 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1804) : (f32) -> f32
                %v1806 = arith.mulf %v546, %v1770 fastmath<contract> : f32
                %v1807 = arith.mulf %v277, %v1806 fastmath<contract> : f32
                %v1808 = arith.mulf %v1805, %v1807 fastmath<contract> : f32
                %v1809 = arith.subf %v57, %v1802 fastmath<contract> : f32
                %v1810 = arith.mulf %v1802, %v1809 fastmath<contract> : f32
                %v1811 = arith.mulf %v1808, %v1810 fastmath<contract> : f32
                %v1812 = arith.select %v28, %v1757, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1813, %v1814 = gpu.shuffle xor %v1812, %v953, %v262 : f32
                %v1815 = arith.addf %v1812, %v1813 fastmath<contract> : f32
                %v1816, %v1817 = gpu.shuffle xor %v1815, %v957, %v262 : f32
                %v1818 = arith.addf %v1815, %v1816 fastmath<contract> : f32
                %v1819 = arith.divui %v14, %v16 : i64
                %v1820 = arith.remui %v14, %v16 : i64
                %v1821 = arith.cmpi ult, %v1820, %v23 : i64
                %v1822 = arith.addi %v58, %v24 : i64
                %v1823 = arith.muli %v1819, %v1 : i64
                %v1824 = arith.addi %v1823, %v1822 : i64
                %v1825 = arith.muli %v1824, %v967 : i64
                %v1826 = arith.addi %v1825, %v1724 : i64
                scf.if %v1821 {
                  %v1827 = llvm.getelementptr %v45[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1818, %v1827 : f32, !llvm.ptr
                }
                %v1828 = arith.select %v28, %v1758, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1829, %v1830 = gpu.shuffle xor %v1828, %v953, %v262 : f32
                %v1831 = arith.addf %v1828, %v1829 fastmath<contract> : f32
                %v1832, %v1833 = gpu.shuffle xor %v1831, %v957, %v262 : f32
                %v1834 = arith.addf %v1831, %v1832 fastmath<contract> : f32
                %v1835 = arith.divui %v14, %v16 : i64
                %v1836 = arith.remui %v14, %v16 : i64
                %v1837 = arith.cmpi ult, %v1836, %v23 : i64
                %v1838 = arith.addi %v23, %v24 : i64
                %v1839 = arith.muli %v1835, %v1 : i64
                %v1840 = arith.addi %v1839, %v1838 : i64
                %v1841 = arith.muli %v1840, %v967 : i64
                %v1842 = arith.addi %v1841, %v1724 : i64
                scf.if %v1837 {
                  %v1843 = llvm.getelementptr %v45[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1834, %v1843 : f32, !llvm.ptr
                }
                %v1844 = arith.select %v28, %v1769, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1845, %v1846 = gpu.shuffle xor %v1844, %v953, %v262 : f32
                %v1847 = arith.addf %v1844, %v1845 fastmath<contract> : f32
                %v1848, %v1849 = gpu.shuffle xor %v1847, %v957, %v262 : f32
                %v1850 = arith.addf %v1847, %v1848 fastmath<contract> : f32
                %v1851 = arith.divui %v14, %v16 : i64
                %v1852 = arith.remui %v14, %v16 : i64
                %v1853 = arith.cmpi ult, %v1852, %v23 : i64
                %v1854 = arith.addi %v58, %v24 : i64
                %v1855 = arith.muli %v1851, %v1 : i64
                %v1856 = arith.addi %v1855, %v1854 : i64
                %v1857 = arith.muli %v1856, %v967 : i64
                %v1858 = arith.addi %v1857, %v1724 : i64
                scf.if %v1853 {
                  %v1859 = llvm.getelementptr %v47[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1850, %v1859 : f32, !llvm.ptr
                }
                %v1860 = arith.select %v28, %v1771, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1861, %v1862 = gpu.shuffle xor %v1860, %v953, %v262 : f32
                %v1863 = arith.addf %v1860, %v1861 fastmath<contract> : f32
                %v1864, %v1865 = gpu.shuffle xor %v1863, %v957, %v262 : f32
                %v1866 = arith.addf %v1863, %v1864 fastmath<contract> : f32
                %v1867 = arith.divui %v14, %v16 : i64
                %v1868 = arith.remui %v14, %v16 : i64
                %v1869 = arith.cmpi ult, %v1868, %v23 : i64
                %v1870 = arith.addi %v23, %v24 : i64
                %v1871 = arith.muli %v1867, %v1 : i64
                %v1872 = arith.addi %v1871, %v1870 : i64
                %v1873 = arith.muli %v1872, %v967 : i64
                %v1874 = arith.addi %v1873, %v1724 : i64
                scf.if %v1869 {
                  %v1875 = llvm.getelementptr %v47[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1866, %v1875 : f32, !llvm.ptr
                }
                %v1876 = arith.select %v28, %v1790, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1877, %v1878 = gpu.shuffle xor %v1876, %v953, %v262 : f32
                %v1879 = arith.addf %v1876, %v1877 fastmath<contract> : f32
                %v1880, %v1881 = gpu.shuffle xor %v1879, %v957, %v262 : f32
                %v1882 = arith.addf %v1879, %v1880 fastmath<contract> : f32
                %v1883 = arith.divui %v14, %v16 : i64
                %v1884 = arith.remui %v14, %v16 : i64
                %v1885 = arith.cmpi ult, %v1884, %v23 : i64
                %v1886 = arith.addi %v58, %v24 : i64
                %v1887 = arith.muli %v1883, %v1 : i64
                %v1888 = arith.addi %v1887, %v1886 : i64
                %v1889 = arith.muli %v1888, %v967 : i64
                %v1890 = arith.addi %v1889, %v1724 : i64
                scf.if %v1885 {
                  %v1891 = llvm.getelementptr %v49[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1882, %v1891 : f32, !llvm.ptr
                }
                %v1892 = arith.select %v28, %v1811, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1893, %v1894 = gpu.shuffle xor %v1892, %v953, %v262 : f32
                %v1895 = arith.addf %v1892, %v1893 fastmath<contract> : f32
                %v1896, %v1897 = gpu.shuffle xor %v1895, %v957, %v262 : f32
                %v1898 = arith.addf %v1895, %v1896 fastmath<contract> : f32
                %v1899 = arith.divui %v14, %v16 : i64
                %v1900 = arith.remui %v14, %v16 : i64
                %v1901 = arith.cmpi ult, %v1900, %v23 : i64
                %v1902 = arith.addi %v23, %v24 : i64
                %v1903 = arith.muli %v1899, %v1 : i64
                %v1904 = arith.addi %v1903, %v1902 : i64
                %v1905 = arith.muli %v1904, %v967 : i64
                %v1906 = arith.addi %v1905, %v1724 : i64
                scf.if %v1901 {
                  %v1907 = llvm.getelementptr %v49[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1898, %v1907 : f32, !llvm.ptr
                }
                %v1908 = arith.muli %v24, %v140 : i64
                %v1909 = arith.subi %v1725, %v109 : i64
                %v1910 = arith.addi %v1908, %v1909 : i64
                %v1911 = llvm.getelementptr %v53[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
                %v1913 = arith.mulf %v1912, %v1768 fastmath<contract> : f32
                %v1914 = arith.constant 8 : i64
                %v1915 = arith.addi %v1914, %v24 : i64
                %v1916 = arith.muli %v1915, %v140 : i64
                %v1917 = arith.subi %v1725, %v109 : i64
                %v1918 = arith.addi %v1916, %v1917 : i64
                %v1919 = llvm.getelementptr %v53[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
                %v1921 = arith.mulf %v1920, %v1770 fastmath<contract> : f32
                %v1922 = arith.addf %v1913, %v1921 fastmath<contract> : f32
                llvm.store %v1922, %v841 : f32, !llvm.ptr
                %v1923 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1781) : (f32) -> f32
                %v1924 = arith.mulf %v277, %v1923 fastmath<contract> : f32
                %v1925 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1924) : (f32) -> f32
                llvm.store %v1925, %v42 : f32, !llvm.ptr
                %v1926 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1802) : (f32) -> f32
                %v1927 = arith.mulf %v277, %v1926 fastmath<contract> : f32
                %v1928 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1927) : (f32) -> f32
                llvm.store %v1928, %v43 : f32, !llvm.ptr
                %v1929 = llvm.load %v841 : !llvm.ptr -> f32
                %v1930 = arith.addi %v346, %v328 : i64
                %v1931 = arith.cmpi slt, %v1716, %v852 : i32
                %v1932 = arith.cmpi eq, %v1716, %v858 : i32
                %v1933 = arith.addi %v348, %v665 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v1934 = arith.addi %v109, %v1930 : i64
                %v1935 = arith.muli %v24, %v140 : i64
                %v1936 = arith.subi %v1934, %v109 : i64
                %v1937 = arith.addi %v1935, %v1936 : i64
                %v1938 = llvm.getelementptr %v51[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1939 = llvm.load %v1938 : !llvm.ptr -> f32
                %v1940 = arith.muli %v38, %v288 : i64
                %v1941 = arith.muli %v1934, %v287 : i64
                %v1942 = arith.addi %v1940, %v1941 : i64
                %v1943 = arith.muli %v36, %v286 : i64
                %v1944 = arith.addi %v1942, %v1943 : i64
                %v1945 = arith.muli %v34, %v2 : i64
                %v1946 = arith.addi %v1944, %v1945 : i64
                %v1947 = llvm.getelementptr %dy_o[%v1946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1948 = llvm.load %v1947 : !llvm.ptr -> f32
                %v1949 = arith.mulf %v1939, %v1948 fastmath<contract> : f32
                %v1950 = llvm.load %v40 : !llvm.ptr -> f32
                %v1951 = llvm.load %v42 : !llvm.ptr -> f32
                %v1952 = arith.mulf %v1951, %v1950 fastmath<contract> : f32
                %v1953 = arith.addf %v1949, %v1952 fastmath<contract> : f32
                llvm.store %v1953, %v40 : f32, !llvm.ptr
                %v1954 = arith.constant 8 : i64
                %v1955 = arith.addi %v1954, %v24 : i64
                %v1956 = arith.muli %v1955, %v140 : i64
                %v1957 = arith.subi %v1934, %v109 : i64
                %v1958 = arith.addi %v1956, %v1957 : i64
                %v1959 = llvm.getelementptr %v51[%v1958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
                %v1961 = arith.mulf %v1960, %v1948 fastmath<contract> : f32
                %v1962 = llvm.load %v41 : !llvm.ptr -> f32
                %v1963 = llvm.load %v43 : !llvm.ptr -> f32
                %v1964 = arith.mulf %v1963, %v1962 fastmath<contract> : f32
                %v1965 = arith.addf %v1961, %v1964 fastmath<contract> : f32
                llvm.store %v1965, %v41 : f32, !llvm.ptr
                %v1966 = arith.mulf %v521, %v1948 fastmath<contract> : f32
                %v1967 = arith.mulf %v546, %v1948 fastmath<contract> : f32
                %v1968 = arith.muli %v38, %v288 : i64
                %v1969 = arith.muli %v1934, %v287 : i64
                %v1970 = arith.addi %v1968, %v1969 : i64
                %v1971 = arith.muli %v36, %v286 : i64
                %v1972 = arith.addi %v1970, %v1971 : i64
                %v1973 = arith.muli %v34, %v2 : i64
                %v1974 = arith.addi %v1972, %v1973 : i64
                %v1975 = llvm.getelementptr %in_v[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
                %v1977 = llvm.load %v40 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1976, %v1977 fastmath<contract> : f32
                %v1979 = llvm.load %v41 : !llvm.ptr -> f32
                %v1980 = arith.mulf %v1976, %v1979 fastmath<contract> : f32
                %v1981 = arith.muli %v24, %v140 : i64
                %v1982 = arith.subi %v1934, %v109 : i64
                %v1983 = arith.addi %v1981, %v1982 : i64
                %v1984 = llvm.getelementptr %v55[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
                %v1986 = arith.negf %v1985 : f32
                %v1987 = arith.mulf %v1986, %v272 fastmath<contract> : f32
                %v1988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1987) : (f32) -> f32
                %v1989 = arith.addf %v57, %v1988 fastmath<contract> : f32
                %v1990 = arith.divf %v57, %v1989 : f32
                %v1991 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1990) : (f32) -> f32
                %v1992 = arith.mulf %v921, %v1991 fastmath<contract> : f32
                %v1993 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1992) : (f32) -> f32
                %v1994 = arith.mulf %v463, %v1977 fastmath<contract> : f32
                %v1995 = arith.mulf %v277, %v1994 fastmath<contract> : f32
                %v1996 = arith.mulf %v1993, %v1995 fastmath<contract> : f32
                %v1997 = arith.subf %v57, %v1990 fastmath<contract> : f32
                %v1998 = arith.mulf %v1990, %v1997 fastmath<contract> : f32
                %v1999 = arith.mulf %v1996, %v1998 fastmath<contract> : f32
                %v2000 = arith.constant 8 : i64
                %v2001 = arith.addi %v2000, %v24 : i64
                %v2002 = arith.muli %v2001, %v140 : i64
                %v2003 = arith.subi %v1934, %v109 : i64
                %v2004 = arith.addi %v2002, %v2003 : i64
                %v2005 = llvm.getelementptr %v55[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
                %v2007 = arith.negf %v2006 : f32
                %v2008 = arith.mulf %v2007, %v272 fastmath<contract> : f32
                %v2009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2008) : (f32) -> f32
                %v2010 = arith.addf %v57, %v2009 fastmath<contract> : f32
                %v2011 = arith.divf %v57, %v2010 : f32
                %v2012 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2011) : (f32) -> f32
                %v2013 = arith.mulf %v921, %v2012 fastmath<contract> : f32
                %v2014 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2013) : (f32) -> f32
                %v2015 = arith.mulf %v488, %v1979 fastmath<contract> : f32
                %v2016 = arith.mulf %v277, %v2015 fastmath<contract> : f32
                %v2017 = arith.mulf %v2014, %v2016 fastmath<contract> : f32
                %v2018 = arith.subf %v57, %v2011 fastmath<contract> : f32
                %v2019 = arith.mulf %v2011, %v2018 fastmath<contract> : f32
                %v2020 = arith.mulf %v2017, %v2019 fastmath<contract> : f32
                %v2021 = arith.select %v28, %v1966, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2022, %v2023 = gpu.shuffle xor %v2021, %v953, %v262 : f32
                %v2024 = arith.addf %v2021, %v2022 fastmath<contract> : f32
                %v2025, %v2026 = gpu.shuffle xor %v2024, %v957, %v262 : f32
                %v2027 = arith.addf %v2024, %v2025 fastmath<contract> : f32
                %v2028 = arith.divui %v14, %v16 : i64
                %v2029 = arith.remui %v14, %v16 : i64
                %v2030 = arith.cmpi ult, %v2029, %v23 : i64
                %v2031 = arith.addi %v58, %v24 : i64
                %v2032 = arith.muli %v2028, %v1 : i64
                %v2033 = arith.addi %v2032, %v2031 : i64
                %v2034 = arith.muli %v2033, %v967 : i64
                %v2035 = arith.addi %v2034, %v1933 : i64
                scf.if %v2030 {
                  %v2036 = llvm.getelementptr %v45[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2027, %v2036 : f32, !llvm.ptr
                }
                %v2037 = arith.select %v28, %v1967, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2038, %v2039 = gpu.shuffle xor %v2037, %v953, %v262 : f32
                %v2040 = arith.addf %v2037, %v2038 fastmath<contract> : f32
                %v2041, %v2042 = gpu.shuffle xor %v2040, %v957, %v262 : f32
                %v2043 = arith.addf %v2040, %v2041 fastmath<contract> : f32
                %v2044 = arith.divui %v14, %v16 : i64
                %v2045 = arith.remui %v14, %v16 : i64
                %v2046 = arith.cmpi ult, %v2045, %v23 : i64
                %v2047 = arith.addi %v23, %v24 : i64
                %v2048 = arith.muli %v2044, %v1 : i64
                %v2049 = arith.addi %v2048, %v2047 : i64
                %v2050 = arith.muli %v2049, %v967 : i64
                %v2051 = arith.addi %v2050, %v1933 : i64
                scf.if %v2046 {
                  %v2052 = llvm.getelementptr %v45[%v2051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2043, %v2052 : f32, !llvm.ptr
                }
                %v2053 = arith.select %v28, %v1978, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2054, %v2055 = gpu.shuffle xor %v2053, %v953, %v262 : f32
                %v2056 = arith.addf %v2053, %v2054 fastmath<contract> : f32
                %v2057, %v2058 = gpu.shuffle xor %v2056, %v957, %v262 : f32
                %v2059 = arith.addf %v2056, %v2057 fastmath<contract> : f32
                %v2060 = arith.divui %v14, %v16 : i64
                %v2061 = arith.remui %v14, %v16 : i64
                %v2062 = arith.cmpi ult, %v2061, %v23 : i64
                %v2063 = arith.addi %v58, %v24 : i64
                %v2064 = arith.muli %v2060, %v1 : i64
                %v2065 = arith.addi %v2064, %v2063 : i64
                %v2066 = arith.muli %v2065, %v967 : i64
                %v2067 = arith.addi %v2066, %v1933 : i64
                scf.if %v2062 {
                  %v2068 = llvm.getelementptr %v47[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2059, %v2068 : f32, !llvm.ptr
                }
                %v2069 = arith.select %v28, %v1980, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2070, %v2071 = gpu.shuffle xor %v2069, %v953, %v262 : f32
                %v2072 = arith.addf %v2069, %v2070 fastmath<contract> : f32
                %v2073, %v2074 = gpu.shuffle xor %v2072, %v957, %v262 : f32
                %v2075 = arith.addf %v2072, %v2073 fastmath<contract> : f32
                %v2076 = arith.divui %v14, %v16 : i64
                %v2077 = arith.remui %v14, %v16 : i64
                %v2078 = arith.cmpi ult, %v2077, %v23 : i64
                %v2079 = arith.addi %v23, %v24 : i64
                %v2080 = arith.muli %v2076, %v1 : i64
                %v2081 = arith.addi %v2080, %v2079 : i64
                %v2082 = arith.muli %v2081, %v967 : i64
                %v2083 = arith.addi %v2082, %v1933 : i64
                scf.if %v2078 {
                  %v2084 = llvm.getelementptr %v47[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2075, %v2084 : f32, !llvm.ptr
                }
                %v2085 = arith.select %v28, %v1999, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2086, %v2087 = gpu.shuffle xor %v2085, %v953, %v262 : f32
                %v2088 = arith.addf %v2085, %v2086 fastmath<contract> : f32
                %v2089, %v2090 = gpu.shuffle xor %v2088, %v957, %v262 : f32
                %v2091 = arith.addf %v2088, %v2089 fastmath<contract> : f32
                %v2092 = arith.divui %v14, %v16 : i64
                %v2093 = arith.remui %v14, %v16 : i64
                %v2094 = arith.cmpi ult, %v2093, %v23 : i64
                %v2095 = arith.addi %v58, %v24 : i64
                %v2096 = arith.muli %v2092, %v1 : i64
                %v2097 = arith.addi %v2096, %v2095 : i64
                %v2098 = arith.muli %v2097, %v967 : i64
                %v2099 = arith.addi %v2098, %v1933 : i64
                scf.if %v2094 {
                  %v2100 = llvm.getelementptr %v49[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2091, %v2100 : f32, !llvm.ptr
                }
                %v2101 = arith.select %v28, %v2020, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2102, %v2103 = gpu.shuffle xor %v2101, %v953, %v262 : f32
                %v2104 = arith.addf %v2101, %v2102 fastmath<contract> : f32
                %v2105, %v2106 = gpu.shuffle xor %v2104, %v957, %v262 : f32
                %v2107 = arith.addf %v2104, %v2105 fastmath<contract> : f32
                %v2108 = arith.divui %v14, %v16 : i64
                %v2109 = arith.remui %v14, %v16 : i64
                %v2110 = arith.cmpi ult, %v2109, %v23 : i64
                %v2111 = arith.addi %v23, %v24 : i64
                %v2112 = arith.muli %v2108, %v1 : i64
                %v2113 = arith.addi %v2112, %v2111 : i64
                %v2114 = arith.muli %v2113, %v967 : i64
                %v2115 = arith.addi %v2114, %v1933 : i64
                scf.if %v2110 {
                  %v2116 = llvm.getelementptr %v49[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2107, %v2116 : f32, !llvm.ptr
                }
                %v2117 = arith.muli %v24, %v140 : i64
                %v2118 = arith.subi %v1934, %v109 : i64
                %v2119 = arith.addi %v2117, %v2118 : i64
                %v2120 = llvm.getelementptr %v53[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2121 = llvm.load %v2120 : !llvm.ptr -> f32
                %v2122 = arith.mulf %v2121, %v1977 fastmath<contract> : f32
                %v2123 = arith.constant 8 : i64
                %v2124 = arith.addi %v2123, %v24 : i64
                %v2125 = arith.muli %v2124, %v140 : i64
                %v2126 = arith.subi %v1934, %v109 : i64
                %v2127 = arith.addi %v2125, %v2126 : i64
                %v2128 = llvm.getelementptr %v53[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2129 = llvm.load %v2128 : !llvm.ptr -> f32
                %v2130 = arith.mulf %v2129, %v1979 fastmath<contract> : f32
                %v2131 = arith.addf %v2122, %v2130 fastmath<contract> : f32
                llvm.store %v2131, %v841 : f32, !llvm.ptr
                %v2132 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1990) : (f32) -> f32
                %v2133 = arith.mulf %v277, %v2132 fastmath<contract> : f32
                %v2134 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2133) : (f32) -> f32
                llvm.store %v2134, %v42 : f32, !llvm.ptr
                %v2135 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2011) : (f32) -> f32
                %v2136 = arith.mulf %v277, %v2135 fastmath<contract> : f32
                %v2137 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2136) : (f32) -> f32
                llvm.store %v2137, %v43 : f32, !llvm.ptr
                %v2138 = llvm.load %v841 : !llvm.ptr -> f32
                %v2139 = arith.select %v844, %v2138, %v1929 : f32
                %v2140 = arith.select %v844, %v1929, %v2138 : f32
                %v2141, %v2142 = gpu.shuffle xor %v2139, %v1285, %v262 : f32
                %v2143 = arith.addf %v2140, %v2141 fastmath<contract> : f32
                %v2144 = arith.addi %v346, %v2 : i64
                %v2145 = arith.cmpi slt, %v1285, %v852 : i32
                %v2146 = arith.cmpi eq, %v1285, %v858 : i32
                %v2147 = arith.addi %v348, %v724 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v2148 = arith.addi %v109, %v2144 : i64
                %v2149 = arith.muli %v24, %v140 : i64
                %v2150 = arith.subi %v2148, %v109 : i64
                %v2151 = arith.addi %v2149, %v2150 : i64
                %v2152 = llvm.getelementptr %v51[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
                %v2154 = arith.muli %v38, %v288 : i64
                %v2155 = arith.muli %v2148, %v287 : i64
                %v2156 = arith.addi %v2154, %v2155 : i64
                %v2157 = arith.muli %v36, %v286 : i64
                %v2158 = arith.addi %v2156, %v2157 : i64
                %v2159 = arith.muli %v34, %v2 : i64
                %v2160 = arith.addi %v2158, %v2159 : i64
                %v2161 = llvm.getelementptr %dy_o[%v2160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
                %v2163 = arith.mulf %v2153, %v2162 fastmath<contract> : f32
                %v2164 = llvm.load %v40 : !llvm.ptr -> f32
                %v2165 = llvm.load %v42 : !llvm.ptr -> f32
                %v2166 = arith.mulf %v2165, %v2164 fastmath<contract> : f32
                %v2167 = arith.addf %v2163, %v2166 fastmath<contract> : f32
                llvm.store %v2167, %v40 : f32, !llvm.ptr
                %v2168 = arith.constant 8 : i64
                %v2169 = arith.addi %v2168, %v24 : i64
                %v2170 = arith.muli %v2169, %v140 : i64
                %v2171 = arith.subi %v2148, %v109 : i64
                %v2172 = arith.addi %v2170, %v2171 : i64
                %v2173 = llvm.getelementptr %v51[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2174 = llvm.load %v2173 : !llvm.ptr -> f32
                %v2175 = arith.mulf %v2174, %v2162 fastmath<contract> : f32
                %v2176 = llvm.load %v41 : !llvm.ptr -> f32
                %v2177 = llvm.load %v43 : !llvm.ptr -> f32
                %v2178 = arith.mulf %v2177, %v2176 fastmath<contract> : f32
                %v2179 = arith.addf %v2175, %v2178 fastmath<contract> : f32
                llvm.store %v2179, %v41 : f32, !llvm.ptr
                %v2180 = arith.mulf %v463, %v2162 fastmath<contract> : f32
                %v2181 = arith.mulf %v488, %v2162 fastmath<contract> : f32
                %v2182 = arith.muli %v38, %v288 : i64
                %v2183 = arith.muli %v2148, %v287 : i64
                %v2184 = arith.addi %v2182, %v2183 : i64
                %v2185 = arith.muli %v36, %v286 : i64
                %v2186 = arith.addi %v2184, %v2185 : i64
                %v2187 = arith.muli %v34, %v2 : i64
                %v2188 = arith.addi %v2186, %v2187 : i64
                %v2189 = llvm.getelementptr %in_v[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
                %v2191 = llvm.load %v40 : !llvm.ptr -> f32
                %v2192 = arith.mulf %v2190, %v2191 fastmath<contract> : f32
                %v2193 = llvm.load %v41 : !llvm.ptr -> f32
                %v2194 = arith.mulf %v2190, %v2193 fastmath<contract> : f32
                %v2195 = arith.muli %v24, %v140 : i64
                %v2196 = arith.subi %v2148, %v109 : i64
                %v2197 = arith.addi %v2195, %v2196 : i64
                %v2198 = llvm.getelementptr %v55[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
                %v2200 = arith.negf %v2199 : f32
                %v2201 = arith.mulf %v2200, %v272 fastmath<contract> : f32
                %v2202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2201) : (f32) -> f32
                %v2203 = arith.addf %v57, %v2202 fastmath<contract> : f32
                %v2204 = arith.divf %v57, %v2203 : f32
                %v2205 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2204) : (f32) -> f32
                %v2206 = arith.mulf %v921, %v2205 fastmath<contract> : f32
                %v2207 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2206) : (f32) -> f32
                %v2208 = arith.mulf %v405, %v2191 fastmath<contract> : f32
                %v2209 = arith.mulf %v277, %v2208 fastmath<contract> : f32
                %v2210 = arith.mulf %v2207, %v2209 fastmath<contract> : f32
                %v2211 = arith.subf %v57, %v2204 fastmath<contract> : f32
                %v2212 = arith.mulf %v2204, %v2211 fastmath<contract> : f32
                %v2213 = arith.mulf %v2210, %v2212 fastmath<contract> : f32
                %v2214 = arith.constant 8 : i64
                %v2215 = arith.addi %v2214, %v24 : i64
                %v2216 = arith.muli %v2215, %v140 : i64
                %v2217 = arith.subi %v2148, %v109 : i64
                %v2218 = arith.addi %v2216, %v2217 : i64
                %v2219 = llvm.getelementptr %v55[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
                %v2221 = arith.negf %v2220 : f32
                %v2222 = arith.mulf %v2221, %v272 fastmath<contract> : f32
                %v2223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2222) : (f32) -> f32
                %v2224 = arith.addf %v57, %v2223 fastmath<contract> : f32
                %v2225 = arith.divf %v57, %v2224 : f32
                %v2226 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2225) : (f32) -> f32
                %v2227 = arith.mulf %v921, %v2226 fastmath<contract> : f32
                %v2228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2227) : (f32) -> f32
                %v2229 = arith.mulf %v430, %v2193 fastmath<contract> : f32
                %v2230 = arith.mulf %v277, %v2229 fastmath<contract> : f32
                %v2231 = arith.mulf %v2228, %v2230 fastmath<contract> : f32
                %v2232 = arith.subf %v57, %v2225 fastmath<contract> : f32
                %v2233 = arith.mulf %v2225, %v2232 fastmath<contract> : f32
                %v2234 = arith.mulf %v2231, %v2233 fastmath<contract> : f32
                %v2235 = arith.select %v28, %v2180, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2236, %v2237 = gpu.shuffle xor %v2235, %v953, %v262 : f32
                %v2238 = arith.addf %v2235, %v2236 fastmath<contract> : f32
                %v2239, %v2240 = gpu.shuffle xor %v2238, %v957, %v262 : f32
                %v2241 = arith.addf %v2238, %v2239 fastmath<contract> : f32
                %v2242 = arith.divui %v14, %v16 : i64
                %v2243 = arith.remui %v14, %v16 : i64
                %v2244 = arith.cmpi ult, %v2243, %v23 : i64
                %v2245 = arith.addi %v58, %v24 : i64
                %v2246 = arith.muli %v2242, %v1 : i64
                %v2247 = arith.addi %v2246, %v2245 : i64
                %v2248 = arith.muli %v2247, %v967 : i64
                %v2249 = arith.addi %v2248, %v2147 : i64
                scf.if %v2244 {
                  %v2250 = llvm.getelementptr %v45[%v2249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2241, %v2250 : f32, !llvm.ptr
                }
                %v2251 = arith.select %v28, %v2181, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2252, %v2253 = gpu.shuffle xor %v2251, %v953, %v262 : f32
                %v2254 = arith.addf %v2251, %v2252 fastmath<contract> : f32
                %v2255, %v2256 = gpu.shuffle xor %v2254, %v957, %v262 : f32
                %v2257 = arith.addf %v2254, %v2255 fastmath<contract> : f32
                %v2258 = arith.divui %v14, %v16 : i64
                %v2259 = arith.remui %v14, %v16 : i64
                %v2260 = arith.cmpi ult, %v2259, %v23 : i64
                %v2261 = arith.addi %v23, %v24 : i64
                %v2262 = arith.muli %v2258, %v1 : i64
                %v2263 = arith.addi %v2262, %v2261 : i64
                %v2264 = arith.muli %v2263, %v967 : i64
                %v2265 = arith.addi %v2264, %v2147 : i64
                scf.if %v2260 {
                  %v2266 = llvm.getelementptr %v45[%v2265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2257, %v2266 : f32, !llvm.ptr
                }
                %v2267 = arith.select %v28, %v2192, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2268, %v2269 = gpu.shuffle xor %v2267, %v953, %v262 : f32
                %v2270 = arith.addf %v2267, %v2268 fastmath<contract> : f32
                %v2271, %v2272 = gpu.shuffle xor %v2270, %v957, %v262 : f32
                %v2273 = arith.addf %v2270, %v2271 fastmath<contract> : f32
                %v2274 = arith.divui %v14, %v16 : i64
                %v2275 = arith.remui %v14, %v16 : i64
                %v2276 = arith.cmpi ult, %v2275, %v23 : i64
                %v2277 = arith.addi %v58, %v24 : i64
                %v2278 = arith.muli %v2274, %v1 : i64
                %v2279 = arith.addi %v2278, %v2277 : i64
                %v2280 = arith.muli %v2279, %v967 : i64
                %v2281 = arith.addi %v2280, %v2147 : i64
                scf.if %v2276 {
                  %v2282 = llvm.getelementptr %v47[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2273, %v2282 : f32, !llvm.ptr
                }
                %v2283 = arith.select %v28, %v2194, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2284, %v2285 = gpu.shuffle xor %v2283, %v953, %v262 : f32
                %v2286 = arith.addf %v2283, %v2284 fastmath<contract> : f32
                %v2287, %v2288 = gpu.shuffle xor %v2286, %v957, %v262 : f32
                %v2289 = arith.addf %v2286, %v2287 fastmath<contract> : f32
                %v2290 = arith.divui %v14, %v16 : i64
                %v2291 = arith.remui %v14, %v16 : i64
                %v2292 = arith.cmpi ult, %v2291, %v23 : i64
                %v2293 = arith.addi %v23, %v24 : i64
                %v2294 = arith.muli %v2290, %v1 : i64
                %v2295 = arith.addi %v2294, %v2293 : i64
                %v2296 = arith.muli %v2295, %v967 : i64
                %v2297 = arith.addi %v2296, %v2147 : i64
                scf.if %v2292 {
                  %v2298 = llvm.getelementptr %v47[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2289, %v2298 : f32, !llvm.ptr
                }
                %v2299 = arith.select %v28, %v2213, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2300, %v2301 = gpu.shuffle xor %v2299, %v953, %v262 : f32
                %v2302 = arith.addf %v2299, %v2300 fastmath<contract> : f32
                %v2303, %v2304 = gpu.shuffle xor %v2302, %v957, %v262 : f32
                %v2305 = arith.addf %v2302, %v2303 fastmath<contract> : f32
                %v2306 = arith.divui %v14, %v16 : i64
                %v2307 = arith.remui %v14, %v16 : i64
                %v2308 = arith.cmpi ult, %v2307, %v23 : i64
                %v2309 = arith.addi %v58, %v24 : i64
                %v2310 = arith.muli %v2306, %v1 : i64
                %v2311 = arith.addi %v2310, %v2309 : i64
                %v2312 = arith.muli %v2311, %v967 : i64
                %v2313 = arith.addi %v2312, %v2147 : i64
                scf.if %v2308 {
                  %v2314 = llvm.getelementptr %v49[%v2313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2305, %v2314 : f32, !llvm.ptr
                }
                %v2315 = arith.select %v28, %v2234, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2316, %v2317 = gpu.shuffle xor %v2315, %v953, %v262 : f32
                %v2318 = arith.addf %v2315, %v2316 fastmath<contract> : f32
                %v2319, %v2320 = gpu.shuffle xor %v2318, %v957, %v262 : f32
                %v2321 = arith.addf %v2318, %v2319 fastmath<contract> : f32
                %v2322 = arith.divui %v14, %v16 : i64
                %v2323 = arith.remui %v14, %v16 : i64
                %v2324 = arith.cmpi ult, %v2323, %v23 : i64
                %v2325 = arith.addi %v23, %v24 : i64
                %v2326 = arith.muli %v2322, %v1 : i64
                %v2327 = arith.addi %v2326, %v2325 : i64
                %v2328 = arith.muli %v2327, %v967 : i64
                %v2329 = arith.addi %v2328, %v2147 : i64
                scf.if %v2324 {
                  %v2330 = llvm.getelementptr %v49[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2321, %v2330 : f32, !llvm.ptr
                }
                %v2331 = arith.muli %v24, %v140 : i64
                %v2332 = arith.subi %v2148, %v109 : i64
                %v2333 = arith.addi %v2331, %v2332 : i64
                %v2334 = llvm.getelementptr %v53[%v2333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
                %v2336 = arith.mulf %v2335, %v2191 fastmath<contract> : f32
                %v2337 = arith.constant 8 : i64
                %v2338 = arith.addi %v2337, %v24 : i64
                %v2339 = arith.muli %v2338, %v140 : i64
                %v2340 = arith.subi %v2148, %v109 : i64
                %v2341 = arith.addi %v2339, %v2340 : i64
                %v2342 = llvm.getelementptr %v53[%v2341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2343 = llvm.load %v2342 : !llvm.ptr -> f32
                %v2344 = arith.mulf %v2343, %v2193 fastmath<contract> : f32
                %v2345 = arith.addf %v2336, %v2344 fastmath<contract> : f32
                llvm.store %v2345, %v841 : f32, !llvm.ptr
                %v2346 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2204) : (f32) -> f32
                %v2347 = arith.mulf %v277, %v2346 fastmath<contract> : f32
                %v2348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2347) : (f32) -> f32
                llvm.store %v2348, %v42 : f32, !llvm.ptr
                %v2349 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2225) : (f32) -> f32
                %v2350 = arith.mulf %v277, %v2349 fastmath<contract> : f32
                %v2351 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2350) : (f32) -> f32
                llvm.store %v2351, %v43 : f32, !llvm.ptr
                %v2352 = llvm.load %v841 : !llvm.ptr -> f32
                %v2353 = arith.addi %v346, %v58 : i64
                %v2355 = arith.cmpi slt, %v2354, %v852 : i32
                %v2356 = arith.cmpi eq, %v2354, %v858 : i32
                %v2357 = arith.addi %v348, %v61 : i64
                llvm.store %v56, %v841 : f32, !llvm.ptr
                %v2358 = arith.addi %v109, %v2353 : i64
                %v2359 = arith.muli %v24, %v140 : i64
                %v2360 = arith.subi %v2358, %v109 : i64
                %v2361 = arith.addi %v2359, %v2360 : i64
                %v2362 = llvm.getelementptr %v51[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
                %v2364 = arith.muli %v38, %v288 : i64
                %v2365 = arith.muli %v2358, %v287 : i64
                %v2366 = arith.addi %v2364, %v2365 : i64
                %v2367 = arith.muli %v36, %v286 : i64
                %v2368 = arith.addi %v2366, %v2367 : i64
                %v2369 = arith.muli %v34, %v2 : i64
                %v2370 = arith.addi %v2368, %v2369 : i64
                %v2371 = llvm.getelementptr %dy_o[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2372 = llvm.load %v2371 : !llvm.ptr -> f32
                %v2373 = arith.mulf %v2363, %v2372 fastmath<contract> : f32
                %v2374 = llvm.load %v40 : !llvm.ptr -> f32
                %v2375 = llvm.load %v42 : !llvm.ptr -> f32
                %v2376 = arith.mulf %v2375, %v2374 fastmath<contract> : f32
                %v2377 = arith.addf %v2373, %v2376 fastmath<contract> : f32
                llvm.store %v2377, %v40 : f32, !llvm.ptr
                %v2378 = arith.constant 8 : i64
                %v2379 = arith.addi %v2378, %v24 : i64
                %v2380 = arith.muli %v2379, %v140 : i64
                %v2381 = arith.subi %v2358, %v109 : i64
                %v2382 = arith.addi %v2380, %v2381 : i64
                %v2383 = llvm.getelementptr %v51[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2384 = llvm.load %v2383 : !llvm.ptr -> f32
                %v2385 = arith.mulf %v2384, %v2372 fastmath<contract> : f32
                %v2386 = llvm.load %v41 : !llvm.ptr -> f32
                %v2387 = llvm.load %v43 : !llvm.ptr -> f32
                %v2388 = arith.mulf %v2387, %v2386 fastmath<contract> : f32
                %v2389 = arith.addf %v2385, %v2388 fastmath<contract> : f32
                llvm.store %v2389, %v41 : f32, !llvm.ptr
                %v2390 = arith.mulf %v405, %v2372 fastmath<contract> : f32
                %v2391 = arith.mulf %v430, %v2372 fastmath<contract> : f32
                %v2392 = arith.muli %v38, %v288 : i64
                %v2393 = arith.muli %v2358, %v287 : i64
                %v2394 = arith.addi %v2392, %v2393 : i64
                %v2395 = arith.muli %v36, %v286 : i64
                %v2396 = arith.addi %v2394, %v2395 : i64
                %v2397 = arith.muli %v34, %v2 : i64
                %v2398 = arith.addi %v2396, %v2397 : i64
                %v2399 = llvm.getelementptr %in_v[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
                %v2401 = llvm.load %v40 : !llvm.ptr -> f32
                %v2402 = arith.mulf %v2400, %v2401 fastmath<contract> : f32
                %v2403 = llvm.load %v41 : !llvm.ptr -> f32
                %v2404 = arith.mulf %v2400, %v2403 fastmath<contract> : f32
                %v2405 = arith.muli %v24, %v140 : i64
                %v2406 = arith.subi %v2358, %v109 : i64
                %v2407 = arith.addi %v2405, %v2406 : i64
                %v2408 = llvm.getelementptr %v55[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2409 = llvm.load %v2408 : !llvm.ptr -> f32
                %v2410 = arith.negf %v2409 : f32
                %v2411 = arith.mulf %v2410, %v272 fastmath<contract> : f32
                %v2412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2411) : (f32) -> f32
                %v2413 = arith.addf %v57, %v2412 fastmath<contract> : f32
                %v2414 = arith.divf %v57, %v2413 : f32
                %v2415 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2414) : (f32) -> f32
                %v2416 = arith.mulf %v921, %v2415 fastmath<contract> : f32
                %v2417 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2416) : (f32) -> f32
                %v2418 = arith.mulf %v360, %v2401 fastmath<contract> : f32
                %v2419 = arith.mulf %v277, %v2418 fastmath<contract> : f32
                %v2420 = arith.mulf %v2417, %v2419 fastmath<contract> : f32
                %v2421 = arith.subf %v57, %v2414 fastmath<contract> : f32
                %v2422 = arith.mulf %v2414, %v2421 fastmath<contract> : f32
                %v2423 = arith.mulf %v2420, %v2422 fastmath<contract> : f32
                %v2424 = arith.constant 8 : i64
                %v2425 = arith.addi %v2424, %v24 : i64
                %v2426 = arith.muli %v2425, %v140 : i64
                %v2427 = arith.subi %v2358, %v109 : i64
                %v2428 = arith.addi %v2426, %v2427 : i64
                %v2429 = llvm.getelementptr %v55[%v2428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2430 = llvm.load %v2429 : !llvm.ptr -> f32
                %v2431 = arith.negf %v2430 : f32
                %v2432 = arith.mulf %v2431, %v272 fastmath<contract> : f32
                %v2433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2432) : (f32) -> f32
                %v2434 = arith.addf %v57, %v2433 fastmath<contract> : f32
                %v2435 = arith.divf %v57, %v2434 : f32
                %v2436 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2435) : (f32) -> f32
                %v2437 = arith.mulf %v921, %v2436 fastmath<contract> : f32
                %v2438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2437) : (f32) -> f32
                %v2439 = arith.mulf %v369, %v2403 fastmath<contract> : f32
                %v2440 = arith.mulf %v277, %v2439 fastmath<contract> : f32
                %v2441 = arith.mulf %v2438, %v2440 fastmath<contract> : f32
                %v2442 = arith.subf %v57, %v2435 fastmath<contract> : f32
                %v2443 = arith.mulf %v2435, %v2442 fastmath<contract> : f32
                %v2444 = arith.mulf %v2441, %v2443 fastmath<contract> : f32
                %v2445 = arith.select %v28, %v2390, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2446, %v2447 = gpu.shuffle xor %v2445, %v953, %v262 : f32
                %v2448 = arith.addf %v2445, %v2446 fastmath<contract> : f32
                %v2449, %v2450 = gpu.shuffle xor %v2448, %v957, %v262 : f32
                %v2451 = arith.addf %v2448, %v2449 fastmath<contract> : f32
                %v2452 = arith.divui %v14, %v16 : i64
                %v2453 = arith.remui %v14, %v16 : i64
                %v2454 = arith.cmpi ult, %v2453, %v23 : i64
                %v2455 = arith.addi %v58, %v24 : i64
                %v2456 = arith.muli %v2452, %v1 : i64
                %v2457 = arith.addi %v2456, %v2455 : i64
                %v2458 = arith.muli %v2457, %v967 : i64
                %v2459 = arith.addi %v2458, %v2357 : i64
                scf.if %v2454 {
                  %v2460 = llvm.getelementptr %v45[%v2459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2451, %v2460 : f32, !llvm.ptr
                }
                %v2461 = arith.select %v28, %v2391, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2462, %v2463 = gpu.shuffle xor %v2461, %v953, %v262 : f32
                %v2464 = arith.addf %v2461, %v2462 fastmath<contract> : f32
                %v2465, %v2466 = gpu.shuffle xor %v2464, %v957, %v262 : f32
                %v2467 = arith.addf %v2464, %v2465 fastmath<contract> : f32
                %v2468 = arith.divui %v14, %v16 : i64
                %v2469 = arith.remui %v14, %v16 : i64
                %v2470 = arith.cmpi ult, %v2469, %v23 : i64
                %v2471 = arith.addi %v23, %v24 : i64
                %v2472 = arith.muli %v2468, %v1 : i64
                %v2473 = arith.addi %v2472, %v2471 : i64
                %v2474 = arith.muli %v2473, %v967 : i64
                %v2475 = arith.addi %v2474, %v2357 : i64
                scf.if %v2470 {
                  %v2476 = llvm.getelementptr %v45[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2467, %v2476 : f32, !llvm.ptr
                }
                %v2477 = arith.select %v28, %v2402, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2478, %v2479 = gpu.shuffle xor %v2477, %v953, %v262 : f32
                %v2480 = arith.addf %v2477, %v2478 fastmath<contract> : f32
                %v2481, %v2482 = gpu.shuffle xor %v2480, %v957, %v262 : f32
                %v2483 = arith.addf %v2480, %v2481 fastmath<contract> : f32
                %v2484 = arith.divui %v14, %v16 : i64
                %v2485 = arith.remui %v14, %v16 : i64
                %v2486 = arith.cmpi ult, %v2485, %v23 : i64
                %v2487 = arith.addi %v58, %v24 : i64
                %v2488 = arith.muli %v2484, %v1 : i64
                %v2489 = arith.addi %v2488, %v2487 : i64
                %v2490 = arith.muli %v2489, %v967 : i64
                %v2491 = arith.addi %v2490, %v2357 : i64
                scf.if %v2486 {
                  %v2492 = llvm.getelementptr %v47[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2483, %v2492 : f32, !llvm.ptr
                }
                %v2493 = arith.select %v28, %v2404, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2494, %v2495 = gpu.shuffle xor %v2493, %v953, %v262 : f32
                %v2496 = arith.addf %v2493, %v2494 fastmath<contract> : f32
                %v2497, %v2498 = gpu.shuffle xor %v2496, %v957, %v262 : f32
                %v2499 = arith.addf %v2496, %v2497 fastmath<contract> : f32
                %v2500 = arith.divui %v14, %v16 : i64
                %v2501 = arith.remui %v14, %v16 : i64
                %v2502 = arith.cmpi ult, %v2501, %v23 : i64
                %v2503 = arith.addi %v23, %v24 : i64
                %v2504 = arith.muli %v2500, %v1 : i64
                %v2505 = arith.addi %v2504, %v2503 : i64
                %v2506 = arith.muli %v2505, %v967 : i64
                %v2507 = arith.addi %v2506, %v2357 : i64
                scf.if %v2502 {
                  %v2508 = llvm.getelementptr %v47[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2499, %v2508 : f32, !llvm.ptr
                }
                %v2509 = arith.select %v28, %v2423, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2510, %v2511 = gpu.shuffle xor %v2509, %v953, %v262 : f32
                %v2512 = arith.addf %v2509, %v2510 fastmath<contract> : f32
                %v2513, %v2514 = gpu.shuffle xor %v2512, %v957, %v262 : f32
                %v2515 = arith.addf %v2512, %v2513 fastmath<contract> : f32
                %v2516 = arith.divui %v14, %v16 : i64
                %v2517 = arith.remui %v14, %v16 : i64
                %v2518 = arith.cmpi ult, %v2517, %v23 : i64
                %v2519 = arith.addi %v58, %v24 : i64
                %v2520 = arith.muli %v2516, %v1 : i64
                %v2521 = arith.addi %v2520, %v2519 : i64
                %v2522 = arith.muli %v2521, %v967 : i64
                %v2523 = arith.addi %v2522, %v2357 : i64
                scf.if %v2518 {
                  %v2524 = llvm.getelementptr %v49[%v2523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2515, %v2524 : f32, !llvm.ptr
                }
                %v2525 = arith.select %v28, %v2444, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2526, %v2527 = gpu.shuffle xor %v2525, %v953, %v262 : f32
                %v2528 = arith.addf %v2525, %v2526 fastmath<contract> : f32
                %v2529, %v2530 = gpu.shuffle xor %v2528, %v957, %v262 : f32
                %v2531 = arith.addf %v2528, %v2529 fastmath<contract> : f32
                %v2532 = arith.divui %v14, %v16 : i64
                %v2533 = arith.remui %v14, %v16 : i64
                %v2534 = arith.cmpi ult, %v2533, %v23 : i64
                %v2535 = arith.addi %v23, %v24 : i64
                %v2536 = arith.muli %v2532, %v1 : i64
                %v2537 = arith.addi %v2536, %v2535 : i64
                %v2538 = arith.muli %v2537, %v967 : i64
                %v2539 = arith.addi %v2538, %v2357 : i64
                scf.if %v2534 {
                  %v2540 = llvm.getelementptr %v49[%v2539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2531, %v2540 : f32, !llvm.ptr
                }
                %v2541 = arith.muli %v24, %v140 : i64
                %v2542 = arith.subi %v2358, %v109 : i64
                %v2543 = arith.addi %v2541, %v2542 : i64
                %v2544 = llvm.getelementptr %v53[%v2543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
                %v2546 = arith.mulf %v2545, %v2401 fastmath<contract> : f32
                %v2547 = arith.constant 8 : i64
                %v2548 = arith.addi %v2547, %v24 : i64
                %v2549 = arith.muli %v2548, %v140 : i64
                %v2550 = arith.subi %v2358, %v109 : i64
                %v2551 = arith.addi %v2549, %v2550 : i64
                %v2552 = llvm.getelementptr %v53[%v2551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2553 = llvm.load %v2552 : !llvm.ptr -> f32
                %v2554 = arith.mulf %v2553, %v2403 fastmath<contract> : f32
                %v2555 = arith.addf %v2546, %v2554 fastmath<contract> : f32
                llvm.store %v2555, %v841 : f32, !llvm.ptr
                %v2556 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2414) : (f32) -> f32
                %v2557 = arith.mulf %v277, %v2556 fastmath<contract> : f32
                %v2558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2557) : (f32) -> f32
                llvm.store %v2558, %v42 : f32, !llvm.ptr
                %v2559 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2435) : (f32) -> f32
                %v2560 = arith.mulf %v277, %v2559 fastmath<contract> : f32
                %v2561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2560) : (f32) -> f32
                llvm.store %v2561, %v43 : f32, !llvm.ptr
                %v2562 = llvm.load %v841 : !llvm.ptr -> f32
                %v2563 = arith.select %v844, %v2562, %v2352 : f32
                %v2564 = arith.select %v844, %v2352, %v2562 : f32
                %v2565, %v2566 = gpu.shuffle xor %v2563, %v1285, %v262 : f32
                %v2567 = arith.addf %v2564, %v2565 fastmath<contract> : f32
                %v2568 = arith.select %v847, %v2567, %v2143 : f32
                %v2569 = arith.select %v847, %v2143, %v2567 : f32
                %v2570, %v2571 = gpu.shuffle xor %v2568, %v1716, %v262 : f32
                %v2572 = arith.addf %v2569, %v2570 fastmath<contract> : f32
                %v2573 = arith.select %v850, %v2572, %v1719 : f32
                %v2574 = arith.select %v850, %v1719, %v2572 : f32
                %v2575, %v2576 = gpu.shuffle xor %v2573, %v1500, %v262 : f32
                %v2577 = arith.addf %v2574, %v2575 fastmath<contract> : f32
                %v2578 = arith.addi %v346, %v24 : i64
                %v2579 = arith.cmpi slt, %v2578, %v111 : i64
                %v2580 = arith.andi %v28, %v2579 : i1
                scf.if %v2580 {
                  %v2581 = arith.addi %v109, %v2578 : i64
                  // the gradients of this lane's own step
                  %v2582 = arith.muli %v38, %v288 : i64
                  %v2583 = arith.muli %v2581, %v287 : i64
                  %v2584 = arith.addi %v2582, %v2583 : i64
                  %v2585 = arith.muli %v36, %v286 : i64
                  %v2586 = arith.addi %v2584, %v2585 : i64
                  %v2587 = arith.muli %v34, %v2 : i64
                  %v2588 = arith.addi %v2586, %v2587 : i64
                  %v2589 = llvm.getelementptr %dx_v[%v2588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2577, %v2589 : f32, !llvm.ptr
                }
              } else {
                %v2590 = arith.subi %v111, %v2 : i64
                %v2591 = arith.muli %v345, %v5 : i64
                %v2592 = arith.subi %v5, %v2 : i64
                %v2593 = arith.minsi %v30, %v2592 : i64
                %v2594 = arith.addi %v2591, %v2593 : i64
                %v2595 = arith.muli %v2594, %v1 : i64
                %v2596 = arith.addi %v2595, %v58 : i64
                %v2597 = arith.addi %v2596, %v24 : i64
                %v2598 = llvm.getelementptr %scratch_S[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
                %v2600 = arith.muli %v345, %v5 : i64
                %v2601 = arith.subi %v5, %v2 : i64
                %v2602 = arith.minsi %v30, %v2601 : i64
                %v2603 = arith.addi %v2600, %v2602 : i64
                %v2604 = arith.muli %v2603, %v1 : i64
                %v2605 = arith.addi %v2604, %v23 : i64
                %v2606 = arith.addi %v2605, %v24 : i64
                %v2607 = llvm.getelementptr %scratch_S[%v2606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2608 = llvm.load %v2607 : !llvm.ptr -> f32
                %v2609 = arith.addi %v346, %v24 : i64
                %v2610 = arith.minsi %v2609, %v2590 : i64
                %v2611 = arith.addi %v109, %v2610 : i64
                // the group's states, recomputed into registers
                %v2612 = arith.addi %v346, %v58 : i64
                %v2613 = arith.minsi %v2612, %v2590 : i64
                %v2614 = arith.addi %v109, %v2613 : i64
                %v2615 = arith.muli %v24, %v140 : i64
                %v2616 = arith.subi %v2614, %v109 : i64
                %v2617 = arith.addi %v2615, %v2616 : i64
                %v2618 = llvm.getelementptr %v55[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2619 = llvm.load %v2618 : !llvm.ptr -> f32
                %v2620 = arith.negf %v2619 : f32
                %v2621 = arith.mulf %v2620, %v272 fastmath<contract> : f32
                %v2622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2621) : (f32) -> f32
                %v2623 = arith.addf %v57, %v2622 fastmath<contract> : f32
                %v2624 = arith.divf %v57, %v2623 : f32
                %v2625 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2624) : (f32) -> f32
                %v2626 = arith.mulf %v277, %v2625 fastmath<contract> : f32
                %v2627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2626) : (f32) -> f32
                %v2628 = arith.muli %v24, %v140 : i64
                %v2629 = arith.subi %v2614, %v109 : i64
                %v2630 = arith.addi %v2628, %v2629 : i64
                %v2631 = llvm.getelementptr %v53[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
                %v2633 = arith.muli %v38, %v288 : i64
                %v2634 = arith.muli %v2614, %v287 : i64
                %v2635 = arith.addi %v2633, %v2634 : i64
                %v2636 = arith.muli %v36, %v286 : i64
                %v2637 = arith.addi %v2635, %v2636 : i64
                %v2638 = arith.muli %v34, %v2 : i64
                %v2639 = arith.addi %v2637, %v2638 : i64
                %v2640 = llvm.getelementptr %in_v[%v2639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2641 = llvm.load %v2640 : !llvm.ptr -> f32
                %v2642 = arith.mulf %v2632, %v2641 fastmath<contract> : f32
                %v2643 = arith.mulf %v2627, %v2599 fastmath<contract> : f32
                %v2644 = arith.addf %v2643, %v2642 fastmath<contract> : f32
                %v2645 = arith.constant 8 : i64
                %v2646 = arith.addi %v2645, %v24 : i64
                %v2647 = arith.muli %v2646, %v140 : i64
                %v2648 = arith.subi %v2614, %v109 : i64
                %v2649 = arith.addi %v2647, %v2648 : i64
                %v2650 = llvm.getelementptr %v55[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
                %v2652 = arith.negf %v2651 : f32
                %v2653 = arith.mulf %v2652, %v272 fastmath<contract> : f32
                %v2654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2653) : (f32) -> f32
                %v2655 = arith.addf %v57, %v2654 fastmath<contract> : f32
                %v2656 = arith.divf %v57, %v2655 : f32
                %v2657 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2656) : (f32) -> f32
                %v2658 = arith.mulf %v277, %v2657 fastmath<contract> : f32
                %v2659 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2658) : (f32) -> f32
                %v2660 = arith.constant 8 : i64
                %v2661 = arith.addi %v2660, %v24 : i64
                %v2662 = arith.muli %v2661, %v140 : i64
                %v2663 = arith.subi %v2614, %v109 : i64
                %v2664 = arith.addi %v2662, %v2663 : i64
                %v2665 = llvm.getelementptr %v53[%v2664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2666 = llvm.load %v2665 : !llvm.ptr -> f32
                %v2667 = arith.mulf %v2666, %v2641 fastmath<contract> : f32
                %v2668 = arith.mulf %v2659, %v2608 fastmath<contract> : f32
                %v2669 = arith.addf %v2668, %v2667 fastmath<contract> : f32
                %v2670 = arith.addi %v346, %v2 : i64
                %v2671 = arith.minsi %v2670, %v2590 : i64
                %v2672 = arith.addi %v109, %v2671 : i64
                %v2673 = arith.muli %v24, %v140 : i64
                %v2674 = arith.subi %v2672, %v109 : i64
                %v2675 = arith.addi %v2673, %v2674 : i64
                %v2676 = llvm.getelementptr %v55[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2677 = llvm.load %v2676 : !llvm.ptr -> f32
                %v2678 = arith.negf %v2677 : f32
                %v2679 = arith.mulf %v2678, %v272 fastmath<contract> : f32
                %v2680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2679) : (f32) -> f32
                %v2681 = arith.addf %v57, %v2680 fastmath<contract> : f32
                %v2682 = arith.divf %v57, %v2681 : f32
                %v2683 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2682) : (f32) -> f32
                %v2684 = arith.mulf %v277, %v2683 fastmath<contract> : f32
                %v2685 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2684) : (f32) -> f32
                %v2686 = arith.muli %v24, %v140 : i64
                %v2687 = arith.subi %v2672, %v109 : i64
                %v2688 = arith.addi %v2686, %v2687 : i64
                %v2689 = llvm.getelementptr %v53[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2690 = llvm.load %v2689 : !llvm.ptr -> f32
                %v2691 = arith.muli %v38, %v288 : i64
                %v2692 = arith.muli %v2672, %v287 : i64
                %v2693 = arith.addi %v2691, %v2692 : i64
                %v2694 = arith.muli %v36, %v286 : i64
                %v2695 = arith.addi %v2693, %v2694 : i64
                %v2696 = arith.muli %v34, %v2 : i64
                %v2697 = arith.addi %v2695, %v2696 : i64
                %v2698 = llvm.getelementptr %in_v[%v2697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2699 = llvm.load %v2698 : !llvm.ptr -> f32
                %v2700 = arith.mulf %v2690, %v2699 fastmath<contract> : f32
                %v2701 = arith.mulf %v2685, %v2644 fastmath<contract> : f32
                %v2702 = arith.addf %v2701, %v2700 fastmath<contract> : f32
                %v2703 = arith.constant 8 : i64
                %v2704 = arith.addi %v2703, %v24 : i64
                %v2705 = arith.muli %v2704, %v140 : i64
                %v2706 = arith.subi %v2672, %v109 : i64
                %v2707 = arith.addi %v2705, %v2706 : i64
                %v2708 = llvm.getelementptr %v55[%v2707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2709 = llvm.load %v2708 : !llvm.ptr -> f32
                %v2710 = arith.negf %v2709 : f32
                %v2711 = arith.mulf %v2710, %v272 fastmath<contract> : f32
                %v2712 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2711) : (f32) -> f32
                %v2713 = arith.addf %v57, %v2712 fastmath<contract> : f32
                %v2714 = arith.divf %v57, %v2713 : f32
                %v2715 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2714) : (f32) -> f32
                %v2716 = arith.mulf %v277, %v2715 fastmath<contract> : f32
                %v2717 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2716) : (f32) -> f32
                %v2718 = arith.constant 8 : i64
                %v2719 = arith.addi %v2718, %v24 : i64
                %v2720 = arith.muli %v2719, %v140 : i64
                %v2721 = arith.subi %v2672, %v109 : i64
                %v2722 = arith.addi %v2720, %v2721 : i64
                %v2723 = llvm.getelementptr %v53[%v2722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2724 = llvm.load %v2723 : !llvm.ptr -> f32
                %v2725 = arith.mulf %v2724, %v2699 fastmath<contract> : f32
                %v2726 = arith.mulf %v2717, %v2669 fastmath<contract> : f32
                %v2727 = arith.addf %v2726, %v2725 fastmath<contract> : f32
                %v2728 = arith.addi %v346, %v328 : i64
                %v2729 = arith.minsi %v2728, %v2590 : i64
                %v2730 = arith.addi %v109, %v2729 : i64
                %v2731 = arith.muli %v24, %v140 : i64
                %v2732 = arith.subi %v2730, %v109 : i64
                %v2733 = arith.addi %v2731, %v2732 : i64
                %v2734 = llvm.getelementptr %v55[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
                %v2736 = arith.negf %v2735 : f32
                %v2737 = arith.mulf %v2736, %v272 fastmath<contract> : f32
                %v2738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2737) : (f32) -> f32
                %v2739 = arith.addf %v57, %v2738 fastmath<contract> : f32
                %v2740 = arith.divf %v57, %v2739 : f32
                %v2741 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2740) : (f32) -> f32
                %v2742 = arith.mulf %v277, %v2741 fastmath<contract> : f32
                %v2743 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2742) : (f32) -> f32
                %v2744 = arith.muli %v24, %v140 : i64
                %v2745 = arith.subi %v2730, %v109 : i64
                %v2746 = arith.addi %v2744, %v2745 : i64
                %v2747 = llvm.getelementptr %v53[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2748 = llvm.load %v2747 : !llvm.ptr -> f32
                %v2749 = arith.muli %v38, %v288 : i64
                %v2750 = arith.muli %v2730, %v287 : i64
                %v2751 = arith.addi %v2749, %v2750 : i64
                %v2752 = arith.muli %v36, %v286 : i64
                %v2753 = arith.addi %v2751, %v2752 : i64
                %v2754 = arith.muli %v34, %v2 : i64
                %v2755 = arith.addi %v2753, %v2754 : i64
                %v2756 = llvm.getelementptr %in_v[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2757 = llvm.load %v2756 : !llvm.ptr -> f32
                %v2758 = arith.mulf %v2748, %v2757 fastmath<contract> : f32
                %v2759 = arith.mulf %v2743, %v2702 fastmath<contract> : f32
                %v2760 = arith.addf %v2759, %v2758 fastmath<contract> : f32
                %v2761 = arith.constant 8 : i64
                %v2762 = arith.addi %v2761, %v24 : i64
                %v2763 = arith.muli %v2762, %v140 : i64
                %v2764 = arith.subi %v2730, %v109 : i64
                %v2765 = arith.addi %v2763, %v2764 : i64
                %v2766 = llvm.getelementptr %v55[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
                %v2768 = arith.negf %v2767 : f32
                %v2769 = arith.mulf %v2768, %v272 fastmath<contract> : f32
                %v2770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2769) : (f32) -> f32
                %v2771 = arith.addf %v57, %v2770 fastmath<contract> : f32
                %v2772 = arith.divf %v57, %v2771 : f32
                %v2773 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2772) : (f32) -> f32
                %v2774 = arith.mulf %v277, %v2773 fastmath<contract> : f32
                %v2775 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2774) : (f32) -> f32
                %v2776 = arith.constant 8 : i64
                %v2777 = arith.addi %v2776, %v24 : i64
                %v2778 = arith.muli %v2777, %v140 : i64
                %v2779 = arith.subi %v2730, %v109 : i64
                %v2780 = arith.addi %v2778, %v2779 : i64
                %v2781 = llvm.getelementptr %v53[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2782 = llvm.load %v2781 : !llvm.ptr -> f32
                %v2783 = arith.mulf %v2782, %v2757 fastmath<contract> : f32
                %v2784 = arith.mulf %v2775, %v2727 fastmath<contract> : f32
                %v2785 = arith.addf %v2784, %v2783 fastmath<contract> : f32
                %v2786 = arith.addi %v346, %v547 : i64
                %v2787 = arith.minsi %v2786, %v2590 : i64
                %v2788 = arith.addi %v109, %v2787 : i64
                %v2789 = arith.muli %v24, %v140 : i64
                %v2790 = arith.subi %v2788, %v109 : i64
                %v2791 = arith.addi %v2789, %v2790 : i64
                %v2792 = llvm.getelementptr %v55[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2793 = llvm.load %v2792 : !llvm.ptr -> f32
                %v2794 = arith.negf %v2793 : f32
                %v2795 = arith.mulf %v2794, %v272 fastmath<contract> : f32
                %v2796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2795) : (f32) -> f32
                %v2797 = arith.addf %v57, %v2796 fastmath<contract> : f32
                %v2798 = arith.divf %v57, %v2797 : f32
                %v2799 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2798) : (f32) -> f32
                %v2800 = arith.mulf %v277, %v2799 fastmath<contract> : f32
                %v2801 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2800) : (f32) -> f32
                %v2802 = arith.muli %v24, %v140 : i64
                %v2803 = arith.subi %v2788, %v109 : i64
                %v2804 = arith.addi %v2802, %v2803 : i64
                %v2805 = llvm.getelementptr %v53[%v2804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2806 = llvm.load %v2805 : !llvm.ptr -> f32
                %v2807 = arith.muli %v38, %v288 : i64
                %v2808 = arith.muli %v2788, %v287 : i64
                %v2809 = arith.addi %v2807, %v2808 : i64
                %v2810 = arith.muli %v36, %v286 : i64
                %v2811 = arith.addi %v2809, %v2810 : i64
                %v2812 = arith.muli %v34, %v2 : i64
                %v2813 = arith.addi %v2811, %v2812 : i64
                %v2814 = llvm.getelementptr %in_v[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2815 = llvm.load %v2814 : !llvm.ptr -> f32
                %v2816 = arith.mulf %v2806, %v2815 fastmath<contract> : f32
                %v2817 = arith.mulf %v2801, %v2760 fastmath<contract> : f32
                %v2818 = arith.addf %v2817, %v2816 fastmath<contract> : f32
                %v2819 = arith.constant 8 : i64
                %v2820 = arith.addi %v2819, %v24 : i64
                %v2821 = arith.muli %v2820, %v140 : i64
                %v2822 = arith.subi %v2788, %v109 : i64
                %v2823 = arith.addi %v2821, %v2822 : i64
                %v2824 = llvm.getelementptr %v55[%v2823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2825 = llvm.load %v2824 : !llvm.ptr -> f32
                %v2826 = arith.negf %v2825 : f32
                %v2827 = arith.mulf %v2826, %v272 fastmath<contract> : f32
                %v2828 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2827) : (f32) -> f32
                %v2829 = arith.addf %v57, %v2828 fastmath<contract> : f32
                %v2830 = arith.divf %v57, %v2829 : f32
                %v2831 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2830) : (f32) -> f32
                %v2832 = arith.mulf %v277, %v2831 fastmath<contract> : f32
                %v2833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2832) : (f32) -> f32
                %v2834 = arith.constant 8 : i64
                %v2835 = arith.addi %v2834, %v24 : i64
                %v2836 = arith.muli %v2835, %v140 : i64
                %v2837 = arith.subi %v2788, %v109 : i64
                %v2838 = arith.addi %v2836, %v2837 : i64
                %v2839 = llvm.getelementptr %v53[%v2838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2840 = llvm.load %v2839 : !llvm.ptr -> f32
                %v2841 = arith.mulf %v2840, %v2815 fastmath<contract> : f32
                %v2842 = arith.mulf %v2833, %v2785 fastmath<contract> : f32
                %v2843 = arith.addf %v2842, %v2841 fastmath<contract> : f32
                %v2844 = arith.addi %v346, %v606 : i64
                %v2845 = arith.minsi %v2844, %v2590 : i64
                %v2846 = arith.addi %v109, %v2845 : i64
                %v2847 = arith.muli %v24, %v140 : i64
                %v2848 = arith.subi %v2846, %v109 : i64
                %v2849 = arith.addi %v2847, %v2848 : i64
                %v2850 = llvm.getelementptr %v55[%v2849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2851 = llvm.load %v2850 : !llvm.ptr -> f32
                %v2852 = arith.negf %v2851 : f32
                %v2853 = arith.mulf %v2852, %v272 fastmath<contract> : f32
                %v2854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2853) : (f32) -> f32
                %v2855 = arith.addf %v57, %v2854 fastmath<contract> : f32
                %v2856 = arith.divf %v57, %v2855 : f32
                %v2857 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2856) : (f32) -> f32
                %v2858 = arith.mulf %v277, %v2857 fastmath<contract> : f32
                %v2859 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2858) : (f32) -> f32
                %v2860 = arith.muli %v24, %v140 : i64
                %v2861 = arith.subi %v2846, %v109 : i64
                %v2862 = arith.addi %v2860, %v2861 : i64
                %v2863 = llvm.getelementptr %v53[%v2862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2864 = llvm.load %v2863 : !llvm.ptr -> f32
                %v2865 = arith.muli %v38, %v288 : i64
                %v2866 = arith.muli %v2846, %v287 : i64
                %v2867 = arith.addi %v2865, %v2866 : i64
                %v2868 = arith.muli %v36, %v286 : i64
                %v2869 = arith.addi %v2867, %v2868 : i64
                %v2870 = arith.muli %v34, %v2 : i64
                %v2871 = arith.addi %v2869, %v2870 : i64
                %v2872 = llvm.getelementptr %in_v[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2873 = llvm.load %v2872 : !llvm.ptr -> f32
                %v2874 = arith.mulf %v2864, %v2873 fastmath<contract> : f32
                %v2875 = arith.mulf %v2859, %v2818 fastmath<contract> : f32
                %v2876 = arith.addf %v2875, %v2874 fastmath<contract> : f32
                %v2877 = arith.constant 8 : i64
                %v2878 = arith.addi %v2877, %v24 : i64
                %v2879 = arith.muli %v2878, %v140 : i64
                %v2880 = arith.subi %v2846, %v109 : i64
                %v2881 = arith.addi %v2879, %v2880 : i64
                %v2882 = llvm.getelementptr %v55[%v2881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2883 = llvm.load %v2882 : !llvm.ptr -> f32
                %v2884 = arith.negf %v2883 : f32
                %v2885 = arith.mulf %v2884, %v272 fastmath<contract> : f32
                %v2886 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2885) : (f32) -> f32
                %v2887 = arith.addf %v57, %v2886 fastmath<contract> : f32
                %v2888 = arith.divf %v57, %v2887 : f32
                %v2889 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2888) : (f32) -> f32
                %v2890 = arith.mulf %v277, %v2889 fastmath<contract> : f32
                %v2891 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2890) : (f32) -> f32
                %v2892 = arith.constant 8 : i64
                %v2893 = arith.addi %v2892, %v24 : i64
                %v2894 = arith.muli %v2893, %v140 : i64
                %v2895 = arith.subi %v2846, %v109 : i64
                %v2896 = arith.addi %v2894, %v2895 : i64
                %v2897 = llvm.getelementptr %v53[%v2896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2898 = llvm.load %v2897 : !llvm.ptr -> f32
                %v2899 = arith.mulf %v2898, %v2873 fastmath<contract> : f32
                %v2900 = arith.mulf %v2891, %v2843 fastmath<contract> : f32
                %v2901 = arith.addf %v2900, %v2899 fastmath<contract> : f32
                %v2902 = arith.addi %v346, %v665 : i64
                %v2903 = arith.minsi %v2902, %v2590 : i64
                %v2904 = arith.addi %v109, %v2903 : i64
                %v2905 = arith.muli %v24, %v140 : i64
                %v2906 = arith.subi %v2904, %v109 : i64
                %v2907 = arith.addi %v2905, %v2906 : i64
                %v2908 = llvm.getelementptr %v55[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2909 = llvm.load %v2908 : !llvm.ptr -> f32
                %v2910 = arith.negf %v2909 : f32
                %v2911 = arith.mulf %v2910, %v272 fastmath<contract> : f32
                %v2912 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2911) : (f32) -> f32
                %v2913 = arith.addf %v57, %v2912 fastmath<contract> : f32
                %v2914 = arith.divf %v57, %v2913 : f32
                %v2915 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2914) : (f32) -> f32
                %v2916 = arith.mulf %v277, %v2915 fastmath<contract> : f32
                %v2917 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2916) : (f32) -> f32
                %v2918 = arith.muli %v24, %v140 : i64
                %v2919 = arith.subi %v2904, %v109 : i64
                %v2920 = arith.addi %v2918, %v2919 : i64
                %v2921 = llvm.getelementptr %v53[%v2920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2922 = llvm.load %v2921 : !llvm.ptr -> f32
                %v2923 = arith.muli %v38, %v288 : i64
                %v2924 = arith.muli %v2904, %v287 : i64
                %v2925 = arith.addi %v2923, %v2924 : i64
                %v2926 = arith.muli %v36, %v286 : i64
                %v2927 = arith.addi %v2925, %v2926 : i64
                %v2928 = arith.muli %v34, %v2 : i64
                %v2929 = arith.addi %v2927, %v2928 : i64
                %v2930 = llvm.getelementptr %in_v[%v2929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2931 = llvm.load %v2930 : !llvm.ptr -> f32
                %v2932 = arith.mulf %v2922, %v2931 fastmath<contract> : f32
                %v2933 = arith.mulf %v2917, %v2876 fastmath<contract> : f32
                %v2934 = arith.addf %v2933, %v2932 fastmath<contract> : f32
                %v2935 = arith.constant 8 : i64
                %v2936 = arith.addi %v2935, %v24 : i64
                %v2937 = arith.muli %v2936, %v140 : i64
                %v2938 = arith.subi %v2904, %v109 : i64
                %v2939 = arith.addi %v2937, %v2938 : i64
                %v2940 = llvm.getelementptr %v55[%v2939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2941 = llvm.load %v2940 : !llvm.ptr -> f32
                %v2942 = arith.negf %v2941 : f32
                %v2943 = arith.mulf %v2942, %v272 fastmath<contract> : f32
                %v2944 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2943) : (f32) -> f32
                %v2945 = arith.addf %v57, %v2944 fastmath<contract> : f32
                %v2946 = arith.divf %v57, %v2945 : f32
                %v2947 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2946) : (f32) -> f32
                %v2948 = arith.mulf %v277, %v2947 fastmath<contract> : f32
                %v2949 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2948) : (f32) -> f32
                %v2950 = arith.constant 8 : i64
                %v2951 = arith.addi %v2950, %v24 : i64
                %v2952 = arith.muli %v2951, %v140 : i64
                %v2953 = arith.subi %v2904, %v109 : i64
                %v2954 = arith.addi %v2952, %v2953 : i64
                %v2955 = llvm.getelementptr %v53[%v2954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2956 = llvm.load %v2955 : !llvm.ptr -> f32
                %v2957 = arith.mulf %v2956, %v2931 fastmath<contract> : f32
                %v2958 = arith.mulf %v2949, %v2901 fastmath<contract> : f32
                %v2959 = arith.addf %v2958, %v2957 fastmath<contract> : f32
                %v2960 = arith.addi %v346, %v724 : i64
                %v2961 = arith.minsi %v2960, %v2590 : i64
                %v2962 = arith.addi %v109, %v2961 : i64
                %v2963 = arith.muli %v24, %v140 : i64
                %v2964 = arith.subi %v2962, %v109 : i64
                %v2965 = arith.addi %v2963, %v2964 : i64
                %v2966 = llvm.getelementptr %v55[%v2965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2967 = llvm.load %v2966 : !llvm.ptr -> f32
                %v2968 = arith.negf %v2967 : f32
                %v2969 = arith.mulf %v2968, %v272 fastmath<contract> : f32
                %v2970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2969) : (f32) -> f32
                %v2971 = arith.addf %v57, %v2970 fastmath<contract> : f32
                %v2972 = arith.divf %v57, %v2971 : f32
                %v2973 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2972) : (f32) -> f32
                %v2974 = arith.mulf %v277, %v2973 fastmath<contract> : f32
                %v2975 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2974) : (f32) -> f32
                %v2976 = arith.muli %v24, %v140 : i64
                %v2977 = arith.subi %v2962, %v109 : i64
                %v2978 = arith.addi %v2976, %v2977 : i64
                %v2979 = llvm.getelementptr %v53[%v2978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2980 = llvm.load %v2979 : !llvm.ptr -> f32
                %v2981 = arith.muli %v38, %v288 : i64
                %v2982 = arith.muli %v2962, %v287 : i64
                %v2983 = arith.addi %v2981, %v2982 : i64
                %v2984 = arith.muli %v36, %v286 : i64
                %v2985 = arith.addi %v2983, %v2984 : i64
                %v2986 = arith.muli %v34, %v2 : i64
                %v2987 = arith.addi %v2985, %v2986 : i64
                %v2988 = llvm.getelementptr %in_v[%v2987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2989 = llvm.load %v2988 : !llvm.ptr -> f32
                %v2990 = arith.mulf %v2980, %v2989 fastmath<contract> : f32
                %v2991 = arith.mulf %v2975, %v2934 fastmath<contract> : f32
                %v2992 = arith.addf %v2991, %v2990 fastmath<contract> : f32
                %v2993 = arith.constant 8 : i64
                %v2994 = arith.addi %v2993, %v24 : i64
                %v2995 = arith.muli %v2994, %v140 : i64
                %v2996 = arith.subi %v2962, %v109 : i64
                %v2997 = arith.addi %v2995, %v2996 : i64
                %v2998 = llvm.getelementptr %v55[%v2997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2999 = llvm.load %v2998 : !llvm.ptr -> f32
                %v3000 = arith.negf %v2999 : f32
                %v3001 = arith.mulf %v3000, %v272 fastmath<contract> : f32
                %v3002 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3001) : (f32) -> f32
                %v3003 = arith.addf %v57, %v3002 fastmath<contract> : f32
                %v3004 = arith.divf %v57, %v3003 : f32
                %v3005 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3004) : (f32) -> f32
                %v3006 = arith.mulf %v277, %v3005 fastmath<contract> : f32
                %v3007 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3006) : (f32) -> f32
                %v3008 = arith.constant 8 : i64
                %v3009 = arith.addi %v3008, %v24 : i64
                %v3010 = arith.muli %v3009, %v140 : i64
                %v3011 = arith.subi %v2962, %v109 : i64
                %v3012 = arith.addi %v3010, %v3011 : i64
                %v3013 = llvm.getelementptr %v53[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3014 = llvm.load %v3013 : !llvm.ptr -> f32
                %v3015 = arith.mulf %v3014, %v2989 fastmath<contract> : f32
                %v3016 = arith.mulf %v3007, %v2959 fastmath<contract> : f32
                %v3017 = arith.addf %v3016, %v3015 fastmath<contract> : f32
                %v3018 = arith.addi %v346, %v61 : i64
                %v3019 = arith.minsi %v3018, %v2590 : i64
                %v3020 = arith.addi %v109, %v3019 : i64
                %v3021 = arith.muli %v24, %v140 : i64
                %v3022 = arith.subi %v3020, %v109 : i64
                %v3023 = arith.addi %v3021, %v3022 : i64
                %v3024 = llvm.getelementptr %v55[%v3023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3025 = llvm.load %v3024 : !llvm.ptr -> f32
                %v3026 = arith.negf %v3025 : f32
                %v3027 = arith.mulf %v3026, %v272 fastmath<contract> : f32
                %v3028 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3027) : (f32) -> f32
                %v3029 = arith.addf %v57, %v3028 fastmath<contract> : f32
                %v3030 = arith.divf %v57, %v3029 : f32
                %v3031 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3030) : (f32) -> f32
                %v3032 = arith.mulf %v277, %v3031 fastmath<contract> : f32
                %v3033 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3032) : (f32) -> f32
                %v3034 = arith.muli %v24, %v140 : i64
                %v3035 = arith.subi %v3020, %v109 : i64
                %v3036 = arith.addi %v3034, %v3035 : i64
                %v3037 = llvm.getelementptr %v53[%v3036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3038 = llvm.load %v3037 : !llvm.ptr -> f32
                %v3039 = arith.muli %v38, %v288 : i64
                %v3040 = arith.muli %v3020, %v287 : i64
                %v3041 = arith.addi %v3039, %v3040 : i64
                %v3042 = arith.muli %v36, %v286 : i64
                %v3043 = arith.addi %v3041, %v3042 : i64
                %v3044 = arith.muli %v34, %v2 : i64
                %v3045 = arith.addi %v3043, %v3044 : i64
                %v3046 = llvm.getelementptr %in_v[%v3045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3047 = llvm.load %v3046 : !llvm.ptr -> f32
                %v3048 = arith.mulf %v3038, %v3047 fastmath<contract> : f32
                %v3049 = arith.mulf %v3033, %v2992 fastmath<contract> : f32
                %v3050 = arith.addf %v3049, %v3048 fastmath<contract> : f32
                %v3051 = arith.constant 8 : i64
                %v3052 = arith.addi %v3051, %v24 : i64
                %v3053 = arith.muli %v3052, %v140 : i64
                %v3054 = arith.subi %v3020, %v109 : i64
                %v3055 = arith.addi %v3053, %v3054 : i64
                %v3056 = llvm.getelementptr %v55[%v3055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3057 = llvm.load %v3056 : !llvm.ptr -> f32
                %v3058 = arith.negf %v3057 : f32
                %v3059 = arith.mulf %v3058, %v272 fastmath<contract> : f32
                %v3060 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3059) : (f32) -> f32
                %v3061 = arith.addf %v57, %v3060 fastmath<contract> : f32
                %v3062 = arith.divf %v57, %v3061 : f32
                %v3063 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3062) : (f32) -> f32
                %v3064 = arith.mulf %v277, %v3063 fastmath<contract> : f32
                %v3065 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3064) : (f32) -> f32
                %v3066 = arith.constant 8 : i64
                %v3067 = arith.addi %v3066, %v24 : i64
                %v3068 = arith.muli %v3067, %v140 : i64
                %v3069 = arith.subi %v3020, %v109 : i64
                %v3070 = arith.addi %v3068, %v3069 : i64
                %v3071 = llvm.getelementptr %v53[%v3070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v3072 = llvm.load %v3071 : !llvm.ptr -> f32
                %v3073 = arith.mulf %v3072, %v3047 fastmath<contract> : f32
                %v3074 = arith.mulf %v3065, %v3017 fastmath<contract> : f32
                %v3075 = arith.addf %v3074, %v3073 fastmath<contract> : f32
                %v3077 = arith.shrui %v24, %v58 : i64
                %v3078 = arith.andi %v3077, %v2 : i64
                %v3079 = arith.cmpi ne, %v3078, %v58 : i64
                %v3080 = arith.shrui %v24, %v2 : i64
                %v3081 = arith.andi %v3080, %v2 : i64
                %v3082 = arith.cmpi ne, %v3081, %v58 : i64
                %v3083 = arith.shrui %v24, %v328 : i64
                %v3084 = arith.andi %v3083, %v2 : i64
                %v3085 = arith.cmpi ne, %v3084, %v58 : i64
                %v3086 = arith.subi %v111, %v346 : i64
                %v3087 = arith.trunci %v3086 : i64 to i32
                %v3088 = arith.subi %size_L, %v2 : i64
                %v3089 = arith.addi %v109, %v346 : i64
                %v3090 = arith.subi %v3088, %v3089 : i64
                %v3091 = arith.minsi %v3090, %v856 : i64
                %v3092 = arith.trunci %v3091 : i64 to i32
                %v3093 = arith.addi %v346, %v61 : i64
                %v3094 = arith.cmpi slt, %v860, %v3087 : i32
                %v3095 = arith.cmpi eq, %v860, %v3092 : i32
                %v3096 = arith.addi %v348, %v58 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v3094 {
                  %v3097 = arith.addi %v109, %v3093 : i64
                  %v3098 = arith.muli %v24, %v140 : i64
                  %v3099 = arith.subi %v3097, %v109 : i64
                  %v3100 = arith.addi %v3098, %v3099 : i64
                  %v3101 = llvm.getelementptr %v51[%v3100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3102 = llvm.load %v3101 : !llvm.ptr -> f32
                  %v3103 = arith.muli %v38, %v288 : i64
                  %v3104 = arith.muli %v3097, %v287 : i64
                  %v3105 = arith.addi %v3103, %v3104 : i64
                  %v3106 = arith.muli %v36, %v286 : i64
                  %v3107 = arith.addi %v3105, %v3106 : i64
                  %v3108 = arith.muli %v34, %v2 : i64
                  %v3109 = arith.addi %v3107, %v3108 : i64
                  %v3110 = llvm.getelementptr %dy_o[%v3109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3111 = llvm.load %v3110 : !llvm.ptr -> f32
                  %v3112 = arith.mulf %v3102, %v3111 fastmath<contract> : f32
                  %v3113 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3114 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3115 = arith.mulf %v3114, %v3113 fastmath<contract> : f32
                  %v3116 = arith.addf %v3112, %v3115 fastmath<contract> : f32
                  llvm.store %v3116, %v40 : f32, !llvm.ptr
                  %v3117 = arith.constant 8 : i64
                  %v3118 = arith.addi %v3117, %v24 : i64
                  %v3119 = arith.muli %v3118, %v140 : i64
                  %v3120 = arith.subi %v3097, %v109 : i64
                  %v3121 = arith.addi %v3119, %v3120 : i64
                  %v3122 = llvm.getelementptr %v51[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3123 = llvm.load %v3122 : !llvm.ptr -> f32
                  %v3124 = arith.mulf %v3123, %v3111 fastmath<contract> : f32
                  %v3125 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3126 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3127 = arith.mulf %v3126, %v3125 fastmath<contract> : f32
                  %v3128 = arith.addf %v3124, %v3127 fastmath<contract> : f32
                  llvm.store %v3128, %v41 : f32, !llvm.ptr
                  %v3129 = arith.mulf %v3050, %v3111 fastmath<contract> : f32
                  %v3130 = arith.mulf %v3075, %v3111 fastmath<contract> : f32
                  %v3131 = arith.muli %v38, %v288 : i64
                  %v3132 = arith.muli %v3097, %v287 : i64
                  %v3133 = arith.addi %v3131, %v3132 : i64
                  %v3134 = arith.muli %v36, %v286 : i64
                  %v3135 = arith.addi %v3133, %v3134 : i64
                  %v3136 = arith.muli %v34, %v2 : i64
                  %v3137 = arith.addi %v3135, %v3136 : i64
                  %v3138 = llvm.getelementptr %in_v[%v3137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3139 = llvm.load %v3138 : !llvm.ptr -> f32
                  %v3140 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3141 = arith.mulf %v3139, %v3140 fastmath<contract> : f32
                  %v3142 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3143 = arith.mulf %v3139, %v3142 fastmath<contract> : f32
                  %v3144 = arith.muli %v24, %v140 : i64
                  %v3145 = arith.subi %v3097, %v109 : i64
                  %v3146 = arith.addi %v3144, %v3145 : i64
                  %v3147 = llvm.getelementptr %v55[%v3146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3148 = llvm.load %v3147 : !llvm.ptr -> f32
                  %v3149 = arith.negf %v3148 : f32
                  %v3150 = arith.mulf %v3149, %v272 fastmath<contract> : f32
                  %v3151 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3150) : (f32) -> f32
                  %v3152 = arith.addf %v57, %v3151 fastmath<contract> : f32
                  %v3153 = arith.divf %v57, %v3152 : f32
                  %v3154 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3153) : (f32) -> f32
                  %v3155 = arith.mulf %v921, %v3154 fastmath<contract> : f32
                  %v3156 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3155) : (f32) -> f32
                  %v3157 = arith.mulf %v2992, %v3140 fastmath<contract> : f32
                  %v3158 = arith.mulf %v277, %v3157 fastmath<contract> : f32
                  %v3159 = arith.mulf %v3156, %v3158 fastmath<contract> : f32
                  %v3160 = arith.subf %v57, %v3153 fastmath<contract> : f32
                  %v3161 = arith.mulf %v3153, %v3160 fastmath<contract> : f32
                  %v3162 = arith.mulf %v3159, %v3161 fastmath<contract> : f32
                  %v3163 = arith.constant 8 : i64
                  %v3164 = arith.addi %v3163, %v24 : i64
                  %v3165 = arith.muli %v3164, %v140 : i64
                  %v3166 = arith.subi %v3097, %v109 : i64
                  %v3167 = arith.addi %v3165, %v3166 : i64
                  %v3168 = llvm.getelementptr %v55[%v3167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3169 = llvm.load %v3168 : !llvm.ptr -> f32
                  %v3170 = arith.negf %v3169 : f32
                  %v3171 = arith.mulf %v3170, %v272 fastmath<contract> : f32
                  %v3172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3171) : (f32) -> f32
                  %v3173 = arith.addf %v57, %v3172 fastmath<contract> : f32
                  %v3174 = arith.divf %v57, %v3173 : f32
                  %v3175 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3174) : (f32) -> f32
                  %v3176 = arith.mulf %v921, %v3175 fastmath<contract> : f32
                  %v3177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3176) : (f32) -> f32
                  %v3178 = arith.mulf %v3017, %v3142 fastmath<contract> : f32
                  %v3179 = arith.mulf %v277, %v3178 fastmath<contract> : f32
                  %v3180 = arith.mulf %v3177, %v3179 fastmath<contract> : f32
                  %v3181 = arith.subf %v57, %v3174 fastmath<contract> : f32
                  %v3182 = arith.mulf %v3174, %v3181 fastmath<contract> : f32
                  %v3183 = arith.mulf %v3180, %v3182 fastmath<contract> : f32
                  %v3184 = arith.select %v28, %v3129, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3185, %v3186 = gpu.shuffle xor %v3184, %v953, %v262 : f32
                  %v3187 = arith.addf %v3184, %v3185 fastmath<contract> : f32
                  %v3188, %v3189 = gpu.shuffle xor %v3187, %v957, %v262 : f32
                  %v3190 = arith.addf %v3187, %v3188 fastmath<contract> : f32
                  %v3191 = arith.divui %v14, %v16 : i64
                  %v3192 = arith.remui %v14, %v16 : i64
                  %v3193 = arith.cmpi ult, %v3192, %v23 : i64
                  %v3194 = arith.addi %v58, %v24 : i64
                  %v3195 = arith.muli %v3191, %v1 : i64
                  %v3196 = arith.addi %v3195, %v3194 : i64
                  %v3197 = arith.muli %v3196, %v967 : i64
                  %v3198 = arith.addi %v3197, %v3096 : i64
                  scf.if %v3193 {
                    %v3199 = llvm.getelementptr %v45[%v3198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3190, %v3199 : f32, !llvm.ptr
                  }
                  %v3200 = arith.select %v28, %v3130, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3201, %v3202 = gpu.shuffle xor %v3200, %v953, %v262 : f32
                  %v3203 = arith.addf %v3200, %v3201 fastmath<contract> : f32
                  %v3204, %v3205 = gpu.shuffle xor %v3203, %v957, %v262 : f32
                  %v3206 = arith.addf %v3203, %v3204 fastmath<contract> : f32
                  %v3207 = arith.divui %v14, %v16 : i64
                  %v3208 = arith.remui %v14, %v16 : i64
                  %v3209 = arith.cmpi ult, %v3208, %v23 : i64
                  %v3210 = arith.addi %v23, %v24 : i64
                  %v3211 = arith.muli %v3207, %v1 : i64
                  %v3212 = arith.addi %v3211, %v3210 : i64
                  %v3213 = arith.muli %v3212, %v967 : i64
                  %v3214 = arith.addi %v3213, %v3096 : i64
                  scf.if %v3209 {
                    %v3215 = llvm.getelementptr %v45[%v3214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3206, %v3215 : f32, !llvm.ptr
                  }
                  %v3216 = arith.select %v28, %v3141, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3217, %v3218 = gpu.shuffle xor %v3216, %v953, %v262 : f32
                  %v3219 = arith.addf %v3216, %v3217 fastmath<contract> : f32
                  %v3220, %v3221 = gpu.shuffle xor %v3219, %v957, %v262 : f32
                  %v3222 = arith.addf %v3219, %v3220 fastmath<contract> : f32
                  %v3223 = arith.divui %v14, %v16 : i64
                  %v3224 = arith.remui %v14, %v16 : i64
                  %v3225 = arith.cmpi ult, %v3224, %v23 : i64
                  %v3226 = arith.addi %v58, %v24 : i64
                  %v3227 = arith.muli %v3223, %v1 : i64
                  %v3228 = arith.addi %v3227, %v3226 : i64
                  %v3229 = arith.muli %v3228, %v967 : i64
                  %v3230 = arith.addi %v3229, %v3096 : i64
                  scf.if %v3225 {
                    %v3231 = llvm.getelementptr %v47[%v3230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3222, %v3231 : f32, !llvm.ptr
                  }
                  %v3232 = arith.select %v28, %v3143, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3233, %v3234 = gpu.shuffle xor %v3232, %v953, %v262 : f32
                  %v3235 = arith.addf %v3232, %v3233 fastmath<contract> : f32
                  %v3236, %v3237 = gpu.shuffle xor %v3235, %v957, %v262 : f32
                  %v3238 = arith.addf %v3235, %v3236 fastmath<contract> : f32
                  %v3239 = arith.divui %v14, %v16 : i64
                  %v3240 = arith.remui %v14, %v16 : i64
                  %v3241 = arith.cmpi ult, %v3240, %v23 : i64
                  %v3242 = arith.addi %v23, %v24 : i64
                  %v3243 = arith.muli %v3239, %v1 : i64
                  %v3244 = arith.addi %v3243, %v3242 : i64
                  %v3245 = arith.muli %v3244, %v967 : i64
                  %v3246 = arith.addi %v3245, %v3096 : i64
                  scf.if %v3241 {
                    %v3247 = llvm.getelementptr %v47[%v3246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3238, %v3247 : f32, !llvm.ptr
                  }
                  %v3248 = arith.select %v28, %v3162, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3249, %v3250 = gpu.shuffle xor %v3248, %v953, %v262 : f32
                  %v3251 = arith.addf %v3248, %v3249 fastmath<contract> : f32
                  %v3252, %v3253 = gpu.shuffle xor %v3251, %v957, %v262 : f32
                  %v3254 = arith.addf %v3251, %v3252 fastmath<contract> : f32
                  %v3255 = arith.divui %v14, %v16 : i64
                  %v3256 = arith.remui %v14, %v16 : i64
                  %v3257 = arith.cmpi ult, %v3256, %v23 : i64
                  %v3258 = arith.addi %v58, %v24 : i64
                  %v3259 = arith.muli %v3255, %v1 : i64
                  %v3260 = arith.addi %v3259, %v3258 : i64
                  %v3261 = arith.muli %v3260, %v967 : i64
                  %v3262 = arith.addi %v3261, %v3096 : i64
                  scf.if %v3257 {
                    %v3263 = llvm.getelementptr %v49[%v3262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3254, %v3263 : f32, !llvm.ptr
                  }
                  %v3264 = arith.select %v28, %v3183, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3265, %v3266 = gpu.shuffle xor %v3264, %v953, %v262 : f32
                  %v3267 = arith.addf %v3264, %v3265 fastmath<contract> : f32
                  %v3268, %v3269 = gpu.shuffle xor %v3267, %v957, %v262 : f32
                  %v3270 = arith.addf %v3267, %v3268 fastmath<contract> : f32
                  %v3271 = arith.divui %v14, %v16 : i64
                  %v3272 = arith.remui %v14, %v16 : i64
                  %v3273 = arith.cmpi ult, %v3272, %v23 : i64
                  %v3274 = arith.addi %v23, %v24 : i64
                  %v3275 = arith.muli %v3271, %v1 : i64
                  %v3276 = arith.addi %v3275, %v3274 : i64
                  %v3277 = arith.muli %v3276, %v967 : i64
                  %v3278 = arith.addi %v3277, %v3096 : i64
                  scf.if %v3273 {
                    %v3279 = llvm.getelementptr %v49[%v3278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3270, %v3279 : f32, !llvm.ptr
                  }
                  %v3280 = arith.muli %v24, %v140 : i64
                  %v3281 = arith.subi %v3097, %v109 : i64
                  %v3282 = arith.addi %v3280, %v3281 : i64
                  %v3283 = llvm.getelementptr %v53[%v3282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3284 = llvm.load %v3283 : !llvm.ptr -> f32
                  %v3285 = arith.mulf %v3284, %v3140 fastmath<contract> : f32
                  %v3286 = arith.constant 8 : i64
                  %v3287 = arith.addi %v3286, %v24 : i64
                  %v3288 = arith.muli %v3287, %v140 : i64
                  %v3289 = arith.subi %v3097, %v109 : i64
                  %v3290 = arith.addi %v3288, %v3289 : i64
                  %v3291 = llvm.getelementptr %v53[%v3290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3292 = llvm.load %v3291 : !llvm.ptr -> f32
                  %v3293 = arith.mulf %v3292, %v3142 fastmath<contract> : f32
                  %v3294 = arith.addf %v3285, %v3293 fastmath<contract> : f32
                  llvm.store %v3294, %v3076 : f32, !llvm.ptr
                  %v3295 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3153) : (f32) -> f32
                  %v3296 = arith.mulf %v277, %v3295 fastmath<contract> : f32
                  %v3297 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3296) : (f32) -> f32
                  llvm.store %v3297, %v42 : f32, !llvm.ptr
                  %v3298 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3174) : (f32) -> f32
                  %v3299 = arith.mulf %v277, %v3298 fastmath<contract> : f32
                  %v3300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3299) : (f32) -> f32
                  llvm.store %v3300, %v43 : f32, !llvm.ptr
                }
                %v3301 = llvm.load %v3076 : !llvm.ptr -> f32
                %v3302 = arith.addi %v346, %v724 : i64
                %v3303 = arith.cmpi slt, %v1074, %v3087 : i32
                %v3304 = arith.cmpi eq, %v1074, %v3092 : i32
                %v3305 = arith.addi %v348, %v2 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v3303 {
                  %v3306 = arith.addi %v109, %v3302 : i64
                  %v3307 = arith.muli %v24, %v140 : i64
                  %v3308 = arith.subi %v3306, %v109 : i64
                  %v3309 = arith.addi %v3307, %v3308 : i64
                  %v3310 = llvm.getelementptr %v51[%v3309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3311 = llvm.load %v3310 : !llvm.ptr -> f32
                  %v3312 = arith.muli %v38, %v288 : i64
                  %v3313 = arith.muli %v3306, %v287 : i64
                  %v3314 = arith.addi %v3312, %v3313 : i64
                  %v3315 = arith.muli %v36, %v286 : i64
                  %v3316 = arith.addi %v3314, %v3315 : i64
                  %v3317 = arith.muli %v34, %v2 : i64
                  %v3318 = arith.addi %v3316, %v3317 : i64
                  %v3319 = llvm.getelementptr %dy_o[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
                  %v3321 = arith.mulf %v3311, %v3320 fastmath<contract> : f32
                  %v3322 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3323 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3324 = arith.mulf %v3323, %v3322 fastmath<contract> : f32
                  %v3325 = arith.addf %v3321, %v3324 fastmath<contract> : f32
                  llvm.store %v3325, %v40 : f32, !llvm.ptr
                  %v3326 = arith.constant 8 : i64
                  %v3327 = arith.addi %v3326, %v24 : i64
                  %v3328 = arith.muli %v3327, %v140 : i64
                  %v3329 = arith.subi %v3306, %v109 : i64
                  %v3330 = arith.addi %v3328, %v3329 : i64
                  %v3331 = llvm.getelementptr %v51[%v3330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3332 = llvm.load %v3331 : !llvm.ptr -> f32
                  %v3333 = arith.mulf %v3332, %v3320 fastmath<contract> : f32
                  %v3334 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3335 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3336 = arith.mulf %v3335, %v3334 fastmath<contract> : f32
                  %v3337 = arith.addf %v3333, %v3336 fastmath<contract> : f32
                  llvm.store %v3337, %v41 : f32, !llvm.ptr
                  %v3338 = arith.mulf %v2992, %v3320 fastmath<contract> : f32
                  %v3339 = arith.mulf %v3017, %v3320 fastmath<contract> : f32
                  %v3340 = arith.muli %v38, %v288 : i64
                  %v3341 = arith.muli %v3306, %v287 : i64
                  %v3342 = arith.addi %v3340, %v3341 : i64
                  %v3343 = arith.muli %v36, %v286 : i64
                  %v3344 = arith.addi %v3342, %v3343 : i64
                  %v3345 = arith.muli %v34, %v2 : i64
                  %v3346 = arith.addi %v3344, %v3345 : i64
                  %v3347 = llvm.getelementptr %in_v[%v3346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3348 = llvm.load %v3347 : !llvm.ptr -> f32
                  %v3349 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3350 = arith.mulf %v3348, %v3349 fastmath<contract> : f32
                  %v3351 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3352 = arith.mulf %v3348, %v3351 fastmath<contract> : f32
                  %v3353 = arith.muli %v24, %v140 : i64
                  %v3354 = arith.subi %v3306, %v109 : i64
                  %v3355 = arith.addi %v3353, %v3354 : i64
                  %v3356 = llvm.getelementptr %v55[%v3355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3357 = llvm.load %v3356 : !llvm.ptr -> f32
                  %v3358 = arith.negf %v3357 : f32
                  %v3359 = arith.mulf %v3358, %v272 fastmath<contract> : f32
                  %v3360 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3359) : (f32) -> f32
                  %v3361 = arith.addf %v57, %v3360 fastmath<contract> : f32
                  %v3362 = arith.divf %v57, %v3361 : f32
                  %v3363 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3362) : (f32) -> f32
                  %v3364 = arith.mulf %v921, %v3363 fastmath<contract> : f32
                  %v3365 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3364) : (f32) -> f32
                  %v3366 = arith.mulf %v2934, %v3349 fastmath<contract> : f32
                  %v3367 = arith.mulf %v277, %v3366 fastmath<contract> : f32
                  %v3368 = arith.mulf %v3365, %v3367 fastmath<contract> : f32
                  %v3369 = arith.subf %v57, %v3362 fastmath<contract> : f32
                  %v3370 = arith.mulf %v3362, %v3369 fastmath<contract> : f32
                  %v3371 = arith.mulf %v3368, %v3370 fastmath<contract> : f32
                  %v3372 = arith.constant 8 : i64
                  %v3373 = arith.addi %v3372, %v24 : i64
                  %v3374 = arith.muli %v3373, %v140 : i64
                  %v3375 = arith.subi %v3306, %v109 : i64
                  %v3376 = arith.addi %v3374, %v3375 : i64
                  %v3377 = llvm.getelementptr %v55[%v3376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3378 = llvm.load %v3377 : !llvm.ptr -> f32
                  %v3379 = arith.negf %v3378 : f32
                  %v3380 = arith.mulf %v3379, %v272 fastmath<contract> : f32
                  %v3381 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3380) : (f32) -> f32
                  %v3382 = arith.addf %v57, %v3381 fastmath<contract> : f32
                  %v3383 = arith.divf %v57, %v3382 : f32
                  %v3384 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3383) : (f32) -> f32
                  %v3385 = arith.mulf %v921, %v3384 fastmath<contract> : f32
                  %v3386 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3385) : (f32) -> f32
                  %v3387 = arith.mulf %v2959, %v3351 fastmath<contract> : f32
                  %v3388 = arith.mulf %v277, %v3387 fastmath<contract> : f32
                  %v3389 = arith.mulf %v3386, %v3388 fastmath<contract> : f32
                  %v3390 = arith.subf %v57, %v3383 fastmath<contract> : f32
                  %v3391 = arith.mulf %v3383, %v3390 fastmath<contract> : f32
                  %v3392 = arith.mulf %v3389, %v3391 fastmath<contract> : f32
                  %v3393 = arith.select %v28, %v3338, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3394, %v3395 = gpu.shuffle xor %v3393, %v953, %v262 : f32
                  %v3396 = arith.addf %v3393, %v3394 fastmath<contract> : f32
                  %v3397, %v3398 = gpu.shuffle xor %v3396, %v957, %v262 : f32
                  %v3399 = arith.addf %v3396, %v3397 fastmath<contract> : f32
                  %v3400 = arith.divui %v14, %v16 : i64
                  %v3401 = arith.remui %v14, %v16 : i64
                  %v3402 = arith.cmpi ult, %v3401, %v23 : i64
                  %v3403 = arith.addi %v58, %v24 : i64
                  %v3404 = arith.muli %v3400, %v1 : i64
                  %v3405 = arith.addi %v3404, %v3403 : i64
                  %v3406 = arith.muli %v3405, %v967 : i64
                  %v3407 = arith.addi %v3406, %v3305 : i64
                  scf.if %v3402 {
                    %v3408 = llvm.getelementptr %v45[%v3407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3399, %v3408 : f32, !llvm.ptr
                  }
                  %v3409 = arith.select %v28, %v3339, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3410, %v3411 = gpu.shuffle xor %v3409, %v953, %v262 : f32
                  %v3412 = arith.addf %v3409, %v3410 fastmath<contract> : f32
                  %v3413, %v3414 = gpu.shuffle xor %v3412, %v957, %v262 : f32
                  %v3415 = arith.addf %v3412, %v3413 fastmath<contract> : f32
                  %v3416 = arith.divui %v14, %v16 : i64
                  %v3417 = arith.remui %v14, %v16 : i64
                  %v3418 = arith.cmpi ult, %v3417, %v23 : i64
                  %v3419 = arith.addi %v23, %v24 : i64
                  %v3420 = arith.muli %v3416, %v1 : i64
                  %v3421 = arith.addi %v3420, %v3419 : i64
                  %v3422 = arith.muli %v3421, %v967 : i64
                  %v3423 = arith.addi %v3422, %v3305 : i64
                  scf.if %v3418 {
                    %v3424 = llvm.getelementptr %v45[%v3423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3415, %v3424 : f32, !llvm.ptr
                  }
                  %v3425 = arith.select %v28, %v3350, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3426, %v3427 = gpu.shuffle xor %v3425, %v953, %v262 : f32
                  %v3428 = arith.addf %v3425, %v3426 fastmath<contract> : f32
                  %v3429, %v3430 = gpu.shuffle xor %v3428, %v957, %v262 : f32
                  %v3431 = arith.addf %v3428, %v3429 fastmath<contract> : f32
                  %v3432 = arith.divui %v14, %v16 : i64
                  %v3433 = arith.remui %v14, %v16 : i64
                  %v3434 = arith.cmpi ult, %v3433, %v23 : i64
                  %v3435 = arith.addi %v58, %v24 : i64
                  %v3436 = arith.muli %v3432, %v1 : i64
                  %v3437 = arith.addi %v3436, %v3435 : i64
                  %v3438 = arith.muli %v3437, %v967 : i64
                  %v3439 = arith.addi %v3438, %v3305 : i64
                  scf.if %v3434 {
                    %v3440 = llvm.getelementptr %v47[%v3439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3431, %v3440 : f32, !llvm.ptr
                  }
                  %v3441 = arith.select %v28, %v3352, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3442, %v3443 = gpu.shuffle xor %v3441, %v953, %v262 : f32
                  %v3444 = arith.addf %v3441, %v3442 fastmath<contract> : f32
                  %v3445, %v3446 = gpu.shuffle xor %v3444, %v957, %v262 : f32
                  %v3447 = arith.addf %v3444, %v3445 fastmath<contract> : f32
                  %v3448 = arith.divui %v14, %v16 : i64
                  %v3449 = arith.remui %v14, %v16 : i64
                  %v3450 = arith.cmpi ult, %v3449, %v23 : i64
                  %v3451 = arith.addi %v23, %v24 : i64
                  %v3452 = arith.muli %v3448, %v1 : i64
                  %v3453 = arith.addi %v3452, %v3451 : i64
                  %v3454 = arith.muli %v3453, %v967 : i64
                  %v3455 = arith.addi %v3454, %v3305 : i64
                  scf.if %v3450 {
                    %v3456 = llvm.getelementptr %v47[%v3455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3447, %v3456 : f32, !llvm.ptr
                  }
                  %v3457 = arith.select %v28, %v3371, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3458, %v3459 = gpu.shuffle xor %v3457, %v953, %v262 : f32
                  %v3460 = arith.addf %v3457, %v3458 fastmath<contract> : f32
                  %v3461, %v3462 = gpu.shuffle xor %v3460, %v957, %v262 : f32
                  %v3463 = arith.addf %v3460, %v3461 fastmath<contract> : f32
                  %v3464 = arith.divui %v14, %v16 : i64
                  %v3465 = arith.remui %v14, %v16 : i64
                  %v3466 = arith.cmpi ult, %v3465, %v23 : i64
                  %v3467 = arith.addi %v58, %v24 : i64
                  %v3468 = arith.muli %v3464, %v1 : i64
                  %v3469 = arith.addi %v3468, %v3467 : i64
                  %v3470 = arith.muli %v3469, %v967 : i64
                  %v3471 = arith.addi %v3470, %v3305 : i64
                  scf.if %v3466 {
                    %v3472 = llvm.getelementptr %v49[%v3471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3463, %v3472 : f32, !llvm.ptr
                  }
                  %v3473 = arith.select %v28, %v3392, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3474, %v3475 = gpu.shuffle xor %v3473, %v953, %v262 : f32
                  %v3476 = arith.addf %v3473, %v3474 fastmath<contract> : f32
                  %v3477, %v3478 = gpu.shuffle xor %v3476, %v957, %v262 : f32
                  %v3479 = arith.addf %v3476, %v3477 fastmath<contract> : f32
                  %v3480 = arith.divui %v14, %v16 : i64
                  %v3481 = arith.remui %v14, %v16 : i64
                  %v3482 = arith.cmpi ult, %v3481, %v23 : i64
                  %v3483 = arith.addi %v23, %v24 : i64
                  %v3484 = arith.muli %v3480, %v1 : i64
                  %v3485 = arith.addi %v3484, %v3483 : i64
                  %v3486 = arith.muli %v3485, %v967 : i64
                  %v3487 = arith.addi %v3486, %v3305 : i64
                  scf.if %v3482 {
                    %v3488 = llvm.getelementptr %v49[%v3487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3479, %v3488 : f32, !llvm.ptr
                  }
                  %v3489 = arith.muli %v24, %v140 : i64
                  %v3490 = arith.subi %v3306, %v109 : i64
                  %v3491 = arith.addi %v3489, %v3490 : i64
                  %v3492 = llvm.getelementptr %v53[%v3491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3493 = llvm.load %v3492 : !llvm.ptr -> f32
                  %v3494 = arith.mulf %v3493, %v3349 fastmath<contract> : f32
                  %v3495 = arith.constant 8 : i64
                  %v3496 = arith.addi %v3495, %v24 : i64
                  %v3497 = arith.muli %v3496, %v140 : i64
                  %v3498 = arith.subi %v3306, %v109 : i64
                  %v3499 = arith.addi %v3497, %v3498 : i64
                  %v3500 = llvm.getelementptr %v53[%v3499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3501 = llvm.load %v3500 : !llvm.ptr -> f32
                  %v3502 = arith.mulf %v3501, %v3351 fastmath<contract> : f32
                  %v3503 = arith.addf %v3494, %v3502 fastmath<contract> : f32
                  llvm.store %v3503, %v3076 : f32, !llvm.ptr
                  %v3504 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3362) : (f32) -> f32
                  %v3505 = arith.mulf %v277, %v3504 fastmath<contract> : f32
                  %v3506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3505) : (f32) -> f32
                  llvm.store %v3506, %v42 : f32, !llvm.ptr
                  %v3507 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3383) : (f32) -> f32
                  %v3508 = arith.mulf %v277, %v3507 fastmath<contract> : f32
                  %v3509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3508) : (f32) -> f32
                  llvm.store %v3509, %v43 : f32, !llvm.ptr
                }
                %v3510 = llvm.load %v3076 : !llvm.ptr -> f32
                %v3511 = arith.select %v3079, %v3510, %v3301 : f32
                %v3512 = arith.select %v3079, %v3301, %v3510 : f32
                %v3513, %v3514 = gpu.shuffle xor %v3511, %v1285, %v262 : f32
                %v3515 = arith.addf %v3512, %v3513 fastmath<contract> : f32
                %v3516 = arith.addi %v346, %v665 : i64
                %v3517 = arith.cmpi slt, %v1290, %v3087 : i32
                %v3518 = arith.cmpi eq, %v1290, %v3092 : i32
                %v3519 = arith.addi %v348, %v328 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v3517 {
                  %v3520 = arith.addi %v109, %v3516 : i64
                  %v3521 = arith.muli %v24, %v140 : i64
                  %v3522 = arith.subi %v3520, %v109 : i64
                  %v3523 = arith.addi %v3521, %v3522 : i64
                  %v3524 = llvm.getelementptr %v51[%v3523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3525 = llvm.load %v3524 : !llvm.ptr -> f32
                  %v3526 = arith.muli %v38, %v288 : i64
                  %v3527 = arith.muli %v3520, %v287 : i64
                  %v3528 = arith.addi %v3526, %v3527 : i64
                  %v3529 = arith.muli %v36, %v286 : i64
                  %v3530 = arith.addi %v3528, %v3529 : i64
                  %v3531 = arith.muli %v34, %v2 : i64
                  %v3532 = arith.addi %v3530, %v3531 : i64
                  %v3533 = llvm.getelementptr %dy_o[%v3532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3534 = llvm.load %v3533 : !llvm.ptr -> f32
                  %v3535 = arith.mulf %v3525, %v3534 fastmath<contract> : f32
                  %v3536 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3537 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3538 = arith.mulf %v3537, %v3536 fastmath<contract> : f32
                  %v3539 = arith.addf %v3535, %v3538 fastmath<contract> : f32
                  llvm.store %v3539, %v40 : f32, !llvm.ptr
                  %v3540 = arith.constant 8 : i64
                  %v3541 = arith.addi %v3540, %v24 : i64
                  %v3542 = arith.muli %v3541, %v140 : i64
                  %v3543 = arith.subi %v3520, %v109 : i64
                  %v3544 = arith.addi %v3542, %v3543 : i64
                  %v3545 = llvm.getelementptr %v51[%v3544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3546 = llvm.load %v3545 : !llvm.ptr -> f32
                  %v3547 = arith.mulf %v3546, %v3534 fastmath<contract> : f32
                  %v3548 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3549 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3550 = arith.mulf %v3549, %v3548 fastmath<contract> : f32
                  %v3551 = arith.addf %v3547, %v3550 fastmath<contract> : f32
                  llvm.store %v3551, %v41 : f32, !llvm.ptr
                  %v3552 = arith.mulf %v2934, %v3534 fastmath<contract> : f32
                  %v3553 = arith.mulf %v2959, %v3534 fastmath<contract> : f32
                  %v3554 = arith.muli %v38, %v288 : i64
                  %v3555 = arith.muli %v3520, %v287 : i64
                  %v3556 = arith.addi %v3554, %v3555 : i64
                  %v3557 = arith.muli %v36, %v286 : i64
                  %v3558 = arith.addi %v3556, %v3557 : i64
                  %v3559 = arith.muli %v34, %v2 : i64
                  %v3560 = arith.addi %v3558, %v3559 : i64
                  %v3561 = llvm.getelementptr %in_v[%v3560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3562 = llvm.load %v3561 : !llvm.ptr -> f32
                  %v3563 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3564 = arith.mulf %v3562, %v3563 fastmath<contract> : f32
                  %v3565 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3566 = arith.mulf %v3562, %v3565 fastmath<contract> : f32
                  %v3567 = arith.muli %v24, %v140 : i64
                  %v3568 = arith.subi %v3520, %v109 : i64
                  %v3569 = arith.addi %v3567, %v3568 : i64
                  %v3570 = llvm.getelementptr %v55[%v3569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3571 = llvm.load %v3570 : !llvm.ptr -> f32
                  %v3572 = arith.negf %v3571 : f32
                  %v3573 = arith.mulf %v3572, %v272 fastmath<contract> : f32
                  %v3574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3573) : (f32) -> f32
                  %v3575 = arith.addf %v57, %v3574 fastmath<contract> : f32
                  %v3576 = arith.divf %v57, %v3575 : f32
                  %v3577 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3576) : (f32) -> f32
                  %v3578 = arith.mulf %v921, %v3577 fastmath<contract> : f32
                  %v3579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3578) : (f32) -> f32
                  %v3580 = arith.mulf %v2876, %v3563 fastmath<contract> : f32
                  %v3581 = arith.mulf %v277, %v3580 fastmath<contract> : f32
                  %v3582 = arith.mulf %v3579, %v3581 fastmath<contract> : f32
                  %v3583 = arith.subf %v57, %v3576 fastmath<contract> : f32
                  %v3584 = arith.mulf %v3576, %v3583 fastmath<contract> : f32
                  %v3585 = arith.mulf %v3582, %v3584 fastmath<contract> : f32
                  %v3586 = arith.constant 8 : i64
                  %v3587 = arith.addi %v3586, %v24 : i64
                  %v3588 = arith.muli %v3587, %v140 : i64
                  %v3589 = arith.subi %v3520, %v109 : i64
                  %v3590 = arith.addi %v3588, %v3589 : i64
                  %v3591 = llvm.getelementptr %v55[%v3590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3592 = llvm.load %v3591 : !llvm.ptr -> f32
                  %v3593 = arith.negf %v3592 : f32
                  %v3594 = arith.mulf %v3593, %v272 fastmath<contract> : f32
                  %v3595 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3594) : (f32) -> f32
                  %v3596 = arith.addf %v57, %v3595 fastmath<contract> : f32
                  %v3597 = arith.divf %v57, %v3596 : f32
                  %v3598 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3597) : (f32) -> f32
                  %v3599 = arith.mulf %v921, %v3598 fastmath<contract> : f32
                  %v3600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3599) : (f32) -> f32
                  %v3601 = arith.mulf %v2901, %v3565 fastmath<contract> : f32
                  %v3602 = arith.mulf %v277, %v3601 fastmath<contract> : f32
                  %v3603 = arith.mulf %v3600, %v3602 fastmath<contract> : f32
                  %v3604 = arith.subf %v57, %v3597 fastmath<contract> : f32
                  %v3605 = arith.mulf %v3597, %v3604 fastmath<contract> : f32
                  %v3606 = arith.mulf %v3603, %v3605 fastmath<contract> : f32
                  %v3607 = arith.select %v28, %v3552, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3608, %v3609 = gpu.shuffle xor %v3607, %v953, %v262 : f32
                  %v3610 = arith.addf %v3607, %v3608 fastmath<contract> : f32
                  %v3611, %v3612 = gpu.shuffle xor %v3610, %v957, %v262 : f32
                  %v3613 = arith.addf %v3610, %v3611 fastmath<contract> : f32
                  %v3614 = arith.divui %v14, %v16 : i64
                  %v3615 = arith.remui %v14, %v16 : i64
                  %v3616 = arith.cmpi ult, %v3615, %v23 : i64
                  %v3617 = arith.addi %v58, %v24 : i64
                  %v3618 = arith.muli %v3614, %v1 : i64
                  %v3619 = arith.addi %v3618, %v3617 : i64
                  %v3620 = arith.muli %v3619, %v967 : i64
                  %v3621 = arith.addi %v3620, %v3519 : i64
                  scf.if %v3616 {
                    %v3622 = llvm.getelementptr %v45[%v3621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3613, %v3622 : f32, !llvm.ptr
                  }
                  %v3623 = arith.select %v28, %v3553, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3624, %v3625 = gpu.shuffle xor %v3623, %v953, %v262 : f32
                  %v3626 = arith.addf %v3623, %v3624 fastmath<contract> : f32
                  %v3627, %v3628 = gpu.shuffle xor %v3626, %v957, %v262 : f32
                  %v3629 = arith.addf %v3626, %v3627 fastmath<contract> : f32
                  %v3630 = arith.divui %v14, %v16 : i64
                  %v3631 = arith.remui %v14, %v16 : i64
                  %v3632 = arith.cmpi ult, %v3631, %v23 : i64
                  %v3633 = arith.addi %v23, %v24 : i64
                  %v3634 = arith.muli %v3630, %v1 : i64
                  %v3635 = arith.addi %v3634, %v3633 : i64
                  %v3636 = arith.muli %v3635, %v967 : i64
                  %v3637 = arith.addi %v3636, %v3519 : i64
                  scf.if %v3632 {
                    %v3638 = llvm.getelementptr %v45[%v3637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3629, %v3638 : f32, !llvm.ptr
                  }
                  %v3639 = arith.select %v28, %v3564, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3640, %v3641 = gpu.shuffle xor %v3639, %v953, %v262 : f32
                  %v3642 = arith.addf %v3639, %v3640 fastmath<contract> : f32
                  %v3643, %v3644 = gpu.shuffle xor %v3642, %v957, %v262 : f32
                  %v3645 = arith.addf %v3642, %v3643 fastmath<contract> : f32
                  %v3646 = arith.divui %v14, %v16 : i64
                  %v3647 = arith.remui %v14, %v16 : i64
                  %v3648 = arith.cmpi ult, %v3647, %v23 : i64
                  %v3649 = arith.addi %v58, %v24 : i64
                  %v3650 = arith.muli %v3646, %v1 : i64
                  %v3651 = arith.addi %v3650, %v3649 : i64
                  %v3652 = arith.muli %v3651, %v967 : i64
                  %v3653 = arith.addi %v3652, %v3519 : i64
                  scf.if %v3648 {
                    %v3654 = llvm.getelementptr %v47[%v3653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3645, %v3654 : f32, !llvm.ptr
                  }
                  %v3655 = arith.select %v28, %v3566, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3656, %v3657 = gpu.shuffle xor %v3655, %v953, %v262 : f32
                  %v3658 = arith.addf %v3655, %v3656 fastmath<contract> : f32
                  %v3659, %v3660 = gpu.shuffle xor %v3658, %v957, %v262 : f32
                  %v3661 = arith.addf %v3658, %v3659 fastmath<contract> : f32
                  %v3662 = arith.divui %v14, %v16 : i64
                  %v3663 = arith.remui %v14, %v16 : i64
                  %v3664 = arith.cmpi ult, %v3663, %v23 : i64
                  %v3665 = arith.addi %v23, %v24 : i64
                  %v3666 = arith.muli %v3662, %v1 : i64
                  %v3667 = arith.addi %v3666, %v3665 : i64
                  %v3668 = arith.muli %v3667, %v967 : i64
                  %v3669 = arith.addi %v3668, %v3519 : i64
                  scf.if %v3664 {
                    %v3670 = llvm.getelementptr %v47[%v3669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3661, %v3670 : f32, !llvm.ptr
                  }
                  %v3671 = arith.select %v28, %v3585, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3672, %v3673 = gpu.shuffle xor %v3671, %v953, %v262 : f32
                  %v3674 = arith.addf %v3671, %v3672 fastmath<contract> : f32
                  %v3675, %v3676 = gpu.shuffle xor %v3674, %v957, %v262 : f32
                  %v3677 = arith.addf %v3674, %v3675 fastmath<contract> : f32
                  %v3678 = arith.divui %v14, %v16 : i64
                  %v3679 = arith.remui %v14, %v16 : i64
                  %v3680 = arith.cmpi ult, %v3679, %v23 : i64
                  %v3681 = arith.addi %v58, %v24 : i64
                  %v3682 = arith.muli %v3678, %v1 : i64
                  %v3683 = arith.addi %v3682, %v3681 : i64
                  %v3684 = arith.muli %v3683, %v967 : i64
                  %v3685 = arith.addi %v3684, %v3519 : i64
                  scf.if %v3680 {
                    %v3686 = llvm.getelementptr %v49[%v3685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3677, %v3686 : f32, !llvm.ptr
                  }
                  %v3687 = arith.select %v28, %v3606, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3688, %v3689 = gpu.shuffle xor %v3687, %v953, %v262 : f32
                  %v3690 = arith.addf %v3687, %v3688 fastmath<contract> : f32
                  %v3691, %v3692 = gpu.shuffle xor %v3690, %v957, %v262 : f32
                  %v3693 = arith.addf %v3690, %v3691 fastmath<contract> : f32
                  %v3694 = arith.divui %v14, %v16 : i64
                  %v3695 = arith.remui %v14, %v16 : i64
                  %v3696 = arith.cmpi ult, %v3695, %v23 : i64
                  %v3697 = arith.addi %v23, %v24 : i64
                  %v3698 = arith.muli %v3694, %v1 : i64
                  %v3699 = arith.addi %v3698, %v3697 : i64
                  %v3700 = arith.muli %v3699, %v967 : i64
                  %v3701 = arith.addi %v3700, %v3519 : i64
                  scf.if %v3696 {
                    %v3702 = llvm.getelementptr %v49[%v3701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3693, %v3702 : f32, !llvm.ptr
                  }
                  %v3703 = arith.muli %v24, %v140 : i64
                  %v3704 = arith.subi %v3520, %v109 : i64
                  %v3705 = arith.addi %v3703, %v3704 : i64
                  %v3706 = llvm.getelementptr %v53[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3707 = llvm.load %v3706 : !llvm.ptr -> f32
                  %v3708 = arith.mulf %v3707, %v3563 fastmath<contract> : f32
                  %v3709 = arith.constant 8 : i64
                  %v3710 = arith.addi %v3709, %v24 : i64
                  %v3711 = arith.muli %v3710, %v140 : i64
                  %v3712 = arith.subi %v3520, %v109 : i64
                  %v3713 = arith.addi %v3711, %v3712 : i64
                  %v3714 = llvm.getelementptr %v53[%v3713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3715 = llvm.load %v3714 : !llvm.ptr -> f32
                  %v3716 = arith.mulf %v3715, %v3565 fastmath<contract> : f32
                  %v3717 = arith.addf %v3708, %v3716 fastmath<contract> : f32
                  llvm.store %v3717, %v3076 : f32, !llvm.ptr
                  %v3718 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3576) : (f32) -> f32
                  %v3719 = arith.mulf %v277, %v3718 fastmath<contract> : f32
                  %v3720 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3719) : (f32) -> f32
                  llvm.store %v3720, %v42 : f32, !llvm.ptr
                  %v3721 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3597) : (f32) -> f32
                  %v3722 = arith.mulf %v277, %v3721 fastmath<contract> : f32
                  %v3723 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3722) : (f32) -> f32
                  llvm.store %v3723, %v43 : f32, !llvm.ptr
                }
                %v3724 = llvm.load %v3076 : !llvm.ptr -> f32
                %v3725 = arith.addi %v346, %v606 : i64
                %v3726 = arith.cmpi slt, %v1500, %v3087 : i32
                %v3727 = arith.cmpi eq, %v1500, %v3092 : i32
                %v3728 = arith.addi %v348, %v547 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v3726 {
                  %v3729 = arith.addi %v109, %v3725 : i64
                  %v3730 = arith.muli %v24, %v140 : i64
                  %v3731 = arith.subi %v3729, %v109 : i64
                  %v3732 = arith.addi %v3730, %v3731 : i64
                  %v3733 = llvm.getelementptr %v51[%v3732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3734 = llvm.load %v3733 : !llvm.ptr -> f32
                  %v3735 = arith.muli %v38, %v288 : i64
                  %v3736 = arith.muli %v3729, %v287 : i64
                  %v3737 = arith.addi %v3735, %v3736 : i64
                  %v3738 = arith.muli %v36, %v286 : i64
                  %v3739 = arith.addi %v3737, %v3738 : i64
                  %v3740 = arith.muli %v34, %v2 : i64
                  %v3741 = arith.addi %v3739, %v3740 : i64
                  %v3742 = llvm.getelementptr %dy_o[%v3741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3743 = llvm.load %v3742 : !llvm.ptr -> f32
                  %v3744 = arith.mulf %v3734, %v3743 fastmath<contract> : f32
                  %v3745 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3746 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3747 = arith.mulf %v3746, %v3745 fastmath<contract> : f32
                  %v3748 = arith.addf %v3744, %v3747 fastmath<contract> : f32
                  llvm.store %v3748, %v40 : f32, !llvm.ptr
                  %v3749 = arith.constant 8 : i64
                  %v3750 = arith.addi %v3749, %v24 : i64
                  %v3751 = arith.muli %v3750, %v140 : i64
                  %v3752 = arith.subi %v3729, %v109 : i64
                  %v3753 = arith.addi %v3751, %v3752 : i64
                  %v3754 = llvm.getelementptr %v51[%v3753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3755 = llvm.load %v3754 : !llvm.ptr -> f32
                  %v3756 = arith.mulf %v3755, %v3743 fastmath<contract> : f32
                  %v3757 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3758 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3759 = arith.mulf %v3758, %v3757 fastmath<contract> : f32
                  %v3760 = arith.addf %v3756, %v3759 fastmath<contract> : f32
                  llvm.store %v3760, %v41 : f32, !llvm.ptr
                  %v3761 = arith.mulf %v2876, %v3743 fastmath<contract> : f32
                  %v3762 = arith.mulf %v2901, %v3743 fastmath<contract> : f32
                  %v3763 = arith.muli %v38, %v288 : i64
                  %v3764 = arith.muli %v3729, %v287 : i64
                  %v3765 = arith.addi %v3763, %v3764 : i64
                  %v3766 = arith.muli %v36, %v286 : i64
                  %v3767 = arith.addi %v3765, %v3766 : i64
                  %v3768 = arith.muli %v34, %v2 : i64
                  %v3769 = arith.addi %v3767, %v3768 : i64
                  %v3770 = llvm.getelementptr %in_v[%v3769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3771 = llvm.load %v3770 : !llvm.ptr -> f32
                  %v3772 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3773 = arith.mulf %v3771, %v3772 fastmath<contract> : f32
                  %v3774 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3775 = arith.mulf %v3771, %v3774 fastmath<contract> : f32
                  %v3776 = arith.muli %v24, %v140 : i64
                  %v3777 = arith.subi %v3729, %v109 : i64
                  %v3778 = arith.addi %v3776, %v3777 : i64
                  %v3779 = llvm.getelementptr %v55[%v3778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3780 = llvm.load %v3779 : !llvm.ptr -> f32
                  %v3781 = arith.negf %v3780 : f32
                  %v3782 = arith.mulf %v3781, %v272 fastmath<contract> : f32
                  %v3783 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3782) : (f32) -> f32
                  %v3784 = arith.addf %v57, %v3783 fastmath<contract> : f32
                  %v3785 = arith.divf %v57, %v3784 : f32
                  %v3786 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3785) : (f32) -> f32
                  %v3787 = arith.mulf %v921, %v3786 fastmath<contract> : f32
                  %v3788 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3787) : (f32) -> f32
                  %v3789 = arith.mulf %v2818, %v3772 fastmath<contract> : f32
                  %v3790 = arith.mulf %v277, %v3789 fastmath<contract> : f32
                  %v3791 = arith.mulf %v3788, %v3790 fastmath<contract> : f32
                  %v3792 = arith.subf %v57, %v3785 fastmath<contract> : f32
                  %v3793 = arith.mulf %v3785, %v3792 fastmath<contract> : f32
                  %v3794 = arith.mulf %v3791, %v3793 fastmath<contract> : f32
                  %v3795 = arith.constant 8 : i64
                  %v3796 = arith.addi %v3795, %v24 : i64
                  %v3797 = arith.muli %v3796, %v140 : i64
                  %v3798 = arith.subi %v3729, %v109 : i64
                  %v3799 = arith.addi %v3797, %v3798 : i64
                  %v3800 = llvm.getelementptr %v55[%v3799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3801 = llvm.load %v3800 : !llvm.ptr -> f32
                  %v3802 = arith.negf %v3801 : f32
                  %v3803 = arith.mulf %v3802, %v272 fastmath<contract> : f32
                  %v3804 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3803) : (f32) -> f32
                  %v3805 = arith.addf %v57, %v3804 fastmath<contract> : f32
                  %v3806 = arith.divf %v57, %v3805 : f32
                  %v3807 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3806) : (f32) -> f32
                  %v3808 = arith.mulf %v921, %v3807 fastmath<contract> : f32
                  %v3809 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3808) : (f32) -> f32
                  %v3810 = arith.mulf %v2843, %v3774 fastmath<contract> : f32
                  %v3811 = arith.mulf %v277, %v3810 fastmath<contract> : f32
                  %v3812 = arith.mulf %v3809, %v3811 fastmath<contract> : f32
                  %v3813 = arith.subf %v57, %v3806 fastmath<contract> : f32
                  %v3814 = arith.mulf %v3806, %v3813 fastmath<contract> : f32
                  %v3815 = arith.mulf %v3812, %v3814 fastmath<contract> : f32
                  %v3816 = arith.select %v28, %v3761, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3817, %v3818 = gpu.shuffle xor %v3816, %v953, %v262 : f32
                  %v3819 = arith.addf %v3816, %v3817 fastmath<contract> : f32
                  %v3820, %v3821 = gpu.shuffle xor %v3819, %v957, %v262 : f32
                  %v3822 = arith.addf %v3819, %v3820 fastmath<contract> : f32
                  %v3823 = arith.divui %v14, %v16 : i64
                  %v3824 = arith.remui %v14, %v16 : i64
                  %v3825 = arith.cmpi ult, %v3824, %v23 : i64
                  %v3826 = arith.addi %v58, %v24 : i64
                  %v3827 = arith.muli %v3823, %v1 : i64
                  %v3828 = arith.addi %v3827, %v3826 : i64
                  %v3829 = arith.muli %v3828, %v967 : i64
                  %v3830 = arith.addi %v3829, %v3728 : i64
                  scf.if %v3825 {
                    %v3831 = llvm.getelementptr %v45[%v3830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3822, %v3831 : f32, !llvm.ptr
                  }
                  %v3832 = arith.select %v28, %v3762, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3833, %v3834 = gpu.shuffle xor %v3832, %v953, %v262 : f32
                  %v3835 = arith.addf %v3832, %v3833 fastmath<contract> : f32
                  %v3836, %v3837 = gpu.shuffle xor %v3835, %v957, %v262 : f32
                  %v3838 = arith.addf %v3835, %v3836 fastmath<contract> : f32
                  %v3839 = arith.divui %v14, %v16 : i64
                  %v3840 = arith.remui %v14, %v16 : i64
                  %v3841 = arith.cmpi ult, %v3840, %v23 : i64
                  %v3842 = arith.addi %v23, %v24 : i64
                  %v3843 = arith.muli %v3839, %v1 : i64
                  %v3844 = arith.addi %v3843, %v3842 : i64
                  %v3845 = arith.muli %v3844, %v967 : i64
                  %v3846 = arith.addi %v3845, %v3728 : i64
                  scf.if %v3841 {
                    %v3847 = llvm.getelementptr %v45[%v3846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3838, %v3847 : f32, !llvm.ptr
                  }
                  %v3848 = arith.select %v28, %v3773, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3849, %v3850 = gpu.shuffle xor %v3848, %v953, %v262 : f32
                  %v3851 = arith.addf %v3848, %v3849 fastmath<contract> : f32
                  %v3852, %v3853 = gpu.shuffle xor %v3851, %v957, %v262 : f32
                  %v3854 = arith.addf %v3851, %v3852 fastmath<contract> : f32
                  %v3855 = arith.divui %v14, %v16 : i64
                  %v3856 = arith.remui %v14, %v16 : i64
                  %v3857 = arith.cmpi ult, %v3856, %v23 : i64
                  %v3858 = arith.addi %v58, %v24 : i64
                  %v3859 = arith.muli %v3855, %v1 : i64
                  %v3860 = arith.addi %v3859, %v3858 : i64
                  %v3861 = arith.muli %v3860, %v967 : i64
                  %v3862 = arith.addi %v3861, %v3728 : i64
                  scf.if %v3857 {
                    %v3863 = llvm.getelementptr %v47[%v3862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3854, %v3863 : f32, !llvm.ptr
                  }
                  %v3864 = arith.select %v28, %v3775, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3865, %v3866 = gpu.shuffle xor %v3864, %v953, %v262 : f32
                  %v3867 = arith.addf %v3864, %v3865 fastmath<contract> : f32
                  %v3868, %v3869 = gpu.shuffle xor %v3867, %v957, %v262 : f32
                  %v3870 = arith.addf %v3867, %v3868 fastmath<contract> : f32
                  %v3871 = arith.divui %v14, %v16 : i64
                  %v3872 = arith.remui %v14, %v16 : i64
                  %v3873 = arith.cmpi ult, %v3872, %v23 : i64
                  %v3874 = arith.addi %v23, %v24 : i64
                  %v3875 = arith.muli %v3871, %v1 : i64
                  %v3876 = arith.addi %v3875, %v3874 : i64
                  %v3877 = arith.muli %v3876, %v967 : i64
                  %v3878 = arith.addi %v3877, %v3728 : i64
                  scf.if %v3873 {
                    %v3879 = llvm.getelementptr %v47[%v3878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3870, %v3879 : f32, !llvm.ptr
                  }
                  %v3880 = arith.select %v28, %v3794, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3881, %v3882 = gpu.shuffle xor %v3880, %v953, %v262 : f32
                  %v3883 = arith.addf %v3880, %v3881 fastmath<contract> : f32
                  %v3884, %v3885 = gpu.shuffle xor %v3883, %v957, %v262 : f32
                  %v3886 = arith.addf %v3883, %v3884 fastmath<contract> : f32
                  %v3887 = arith.divui %v14, %v16 : i64
                  %v3888 = arith.remui %v14, %v16 : i64
                  %v3889 = arith.cmpi ult, %v3888, %v23 : i64
                  %v3890 = arith.addi %v58, %v24 : i64
                  %v3891 = arith.muli %v3887, %v1 : i64
                  %v3892 = arith.addi %v3891, %v3890 : i64
                  %v3893 = arith.muli %v3892, %v967 : i64
                  %v3894 = arith.addi %v3893, %v3728 : i64
                  scf.if %v3889 {
                    %v3895 = llvm.getelementptr %v49[%v3894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3886, %v3895 : f32, !llvm.ptr
                  }
                  %v3896 = arith.select %v28, %v3815, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v3897, %v3898 = gpu.shuffle xor %v3896, %v953, %v262 : f32
                  %v3899 = arith.addf %v3896, %v3897 fastmath<contract> : f32
                  %v3900, %v3901 = gpu.shuffle xor %v3899, %v957, %v262 : f32
                  %v3902 = arith.addf %v3899, %v3900 fastmath<contract> : f32
                  %v3903 = arith.divui %v14, %v16 : i64
                  %v3904 = arith.remui %v14, %v16 : i64
                  %v3905 = arith.cmpi ult, %v3904, %v23 : i64
                  %v3906 = arith.addi %v23, %v24 : i64
                  %v3907 = arith.muli %v3903, %v1 : i64
                  %v3908 = arith.addi %v3907, %v3906 : i64
                  %v3909 = arith.muli %v3908, %v967 : i64
                  %v3910 = arith.addi %v3909, %v3728 : i64
                  scf.if %v3905 {
                    %v3911 = llvm.getelementptr %v49[%v3910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v3902, %v3911 : f32, !llvm.ptr
                  }
                  %v3912 = arith.muli %v24, %v140 : i64
                  %v3913 = arith.subi %v3729, %v109 : i64
                  %v3914 = arith.addi %v3912, %v3913 : i64
                  %v3915 = llvm.getelementptr %v53[%v3914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3916 = llvm.load %v3915 : !llvm.ptr -> f32
                  %v3917 = arith.mulf %v3916, %v3772 fastmath<contract> : f32
                  %v3918 = arith.constant 8 : i64
                  %v3919 = arith.addi %v3918, %v24 : i64
                  %v3920 = arith.muli %v3919, %v140 : i64
                  %v3921 = arith.subi %v3729, %v109 : i64
                  %v3922 = arith.addi %v3920, %v3921 : i64
                  %v3923 = llvm.getelementptr %v53[%v3922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3924 = llvm.load %v3923 : !llvm.ptr -> f32
                  %v3925 = arith.mulf %v3924, %v3774 fastmath<contract> : f32
                  %v3926 = arith.addf %v3917, %v3925 fastmath<contract> : f32
                  llvm.store %v3926, %v3076 : f32, !llvm.ptr
                  %v3927 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3785) : (f32) -> f32
                  %v3928 = arith.mulf %v277, %v3927 fastmath<contract> : f32
                  %v3929 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3928) : (f32) -> f32
                  llvm.store %v3929, %v42 : f32, !llvm.ptr
                  %v3930 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3806) : (f32) -> f32
                  %v3931 = arith.mulf %v277, %v3930 fastmath<contract> : f32
                  %v3932 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3931) : (f32) -> f32
                  llvm.store %v3932, %v43 : f32, !llvm.ptr
                }
                %v3933 = llvm.load %v3076 : !llvm.ptr -> f32
                %v3934 = arith.select %v3079, %v3933, %v3724 : f32
                %v3935 = arith.select %v3079, %v3724, %v3933 : f32
                %v3936, %v3937 = gpu.shuffle xor %v3934, %v1285, %v262 : f32
                %v3938 = arith.addf %v3935, %v3936 fastmath<contract> : f32
                %v3939 = arith.select %v3082, %v3938, %v3515 : f32
                %v3940 = arith.select %v3082, %v3515, %v3938 : f32
                %v3941, %v3942 = gpu.shuffle xor %v3939, %v1716, %v262 : f32
                %v3943 = arith.addf %v3940, %v3941 fastmath<contract> : f32
                %v3944 = arith.addi %v346, %v547 : i64
                %v3945 = arith.cmpi slt, %v1721, %v3087 : i32
                %v3946 = arith.cmpi eq, %v1721, %v3092 : i32
                %v3947 = arith.addi %v348, %v606 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v3945 {
                  %v3948 = arith.addi %v109, %v3944 : i64
                  %v3949 = arith.muli %v24, %v140 : i64
                  %v3950 = arith.subi %v3948, %v109 : i64
                  %v3951 = arith.addi %v3949, %v3950 : i64
                  %v3952 = llvm.getelementptr %v51[%v3951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3953 = llvm.load %v3952 : !llvm.ptr -> f32
                  %v3954 = arith.muli %v38, %v288 : i64
                  %v3955 = arith.muli %v3948, %v287 : i64
                  %v3956 = arith.addi %v3954, %v3955 : i64
                  %v3957 = arith.muli %v36, %v286 : i64
                  %v3958 = arith.addi %v3956, %v3957 : i64
                  %v3959 = arith.muli %v34, %v2 : i64
                  %v3960 = arith.addi %v3958, %v3959 : i64
                  %v3961 = llvm.getelementptr %dy_o[%v3960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3962 = llvm.load %v3961 : !llvm.ptr -> f32
                  %v3963 = arith.mulf %v3953, %v3962 fastmath<contract> : f32
                  %v3964 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3965 = llvm.load %v42 : !llvm.ptr -> f32
                  %v3966 = arith.mulf %v3965, %v3964 fastmath<contract> : f32
                  %v3967 = arith.addf %v3963, %v3966 fastmath<contract> : f32
                  llvm.store %v3967, %v40 : f32, !llvm.ptr
                  %v3968 = arith.constant 8 : i64
                  %v3969 = arith.addi %v3968, %v24 : i64
                  %v3970 = arith.muli %v3969, %v140 : i64
                  %v3971 = arith.subi %v3948, %v109 : i64
                  %v3972 = arith.addi %v3970, %v3971 : i64
                  %v3973 = llvm.getelementptr %v51[%v3972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3974 = llvm.load %v3973 : !llvm.ptr -> f32
                  %v3975 = arith.mulf %v3974, %v3962 fastmath<contract> : f32
                  %v3976 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3977 = llvm.load %v43 : !llvm.ptr -> f32
                  %v3978 = arith.mulf %v3977, %v3976 fastmath<contract> : f32
                  %v3979 = arith.addf %v3975, %v3978 fastmath<contract> : f32
                  llvm.store %v3979, %v41 : f32, !llvm.ptr
                  %v3980 = arith.mulf %v2818, %v3962 fastmath<contract> : f32
                  %v3981 = arith.mulf %v2843, %v3962 fastmath<contract> : f32
                  %v3982 = arith.muli %v38, %v288 : i64
                  %v3983 = arith.muli %v3948, %v287 : i64
                  %v3984 = arith.addi %v3982, %v3983 : i64
                  %v3985 = arith.muli %v36, %v286 : i64
                  %v3986 = arith.addi %v3984, %v3985 : i64
                  %v3987 = arith.muli %v34, %v2 : i64
                  %v3988 = arith.addi %v3986, %v3987 : i64
                  %v3989 = llvm.getelementptr %in_v[%v3988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3990 = llvm.load %v3989 : !llvm.ptr -> f32
                  %v3991 = llvm.load %v40 : !llvm.ptr -> f32
                  %v3992 = arith.mulf %v3990, %v3991 fastmath<contract> : f32
                  %v3993 = llvm.load %v41 : !llvm.ptr -> f32
                  %v3994 = arith.mulf %v3990, %v3993 fastmath<contract> : f32
                  %v3995 = arith.muli %v24, %v140 : i64
                  %v3996 = arith.subi %v3948, %v109 : i64
                  %v3997 = arith.addi %v3995, %v3996 : i64
                  %v3998 = llvm.getelementptr %v55[%v3997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v3999 = llvm.load %v3998 : !llvm.ptr -> f32
                  %v4000 = arith.negf %v3999 : f32
                  %v4001 = arith.mulf %v4000, %v272 fastmath<contract> : f32
                  %v4002 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4001) : (f32) -> f32
                  %v4003 = arith.addf %v57, %v4002 fastmath<contract> : f32
                  %v4004 = arith.divf %v57, %v4003 : f32
                  %v4005 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4004) : (f32) -> f32
                  %v4006 = arith.mulf %v921, %v4005 fastmath<contract> : f32
                  %v4007 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4006) : (f32) -> f32
                  %v4008 = arith.mulf %v2760, %v3991 fastmath<contract> : f32
                  %v4009 = arith.mulf %v277, %v4008 fastmath<contract> : f32
                  %v4010 = arith.mulf %v4007, %v4009 fastmath<contract> : f32
                  %v4011 = arith.subf %v57, %v4004 fastmath<contract> : f32
                  %v4012 = arith.mulf %v4004, %v4011 fastmath<contract> : f32
                  %v4013 = arith.mulf %v4010, %v4012 fastmath<contract> : f32
                  %v4014 = arith.constant 8 : i64
                  %v4015 = arith.addi %v4014, %v24 : i64
                  %v4016 = arith.muli %v4015, %v140 : i64
                  %v4017 = arith.subi %v3948, %v109 : i64
                  %v4018 = arith.addi %v4016, %v4017 : i64
                  %v4019 = llvm.getelementptr %v55[%v4018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4020 = llvm.load %v4019 : !llvm.ptr -> f32
                  %v4021 = arith.negf %v4020 : f32
                  %v4022 = arith.mulf %v4021, %v272 fastmath<contract> : f32
                  %v4023 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4022) : (f32) -> f32
                  %v4024 = arith.addf %v57, %v4023 fastmath<contract> : f32
                  %v4025 = arith.divf %v57, %v4024 : f32
                  %v4026 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4025) : (f32) -> f32
                  %v4027 = arith.mulf %v921, %v4026 fastmath<contract> : f32
                  %v4028 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4027) : (f32) -> f32
                  %v4029 = arith.mulf %v2785, %v3993 fastmath<contract> : f32
                  %v4030 = arith.mulf %v277, %v4029 fastmath<contract> : f32
                  %v4031 = arith.mulf %v4028, %v4030 fastmath<contract> : f32
                  %v4032 = arith.subf %v57, %v4025 fastmath<contract> : f32
                  %v4033 = arith.mulf %v4025, %v4032 fastmath<contract> : f32
                  %v4034 = arith.mulf %v4031, %v4033 fastmath<contract> : f32
                  %v4035 = arith.select %v28, %v3980, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4036, %v4037 = gpu.shuffle xor %v4035, %v953, %v262 : f32
                  %v4038 = arith.addf %v4035, %v4036 fastmath<contract> : f32
                  %v4039, %v4040 = gpu.shuffle xor %v4038, %v957, %v262 : f32
                  %v4041 = arith.addf %v4038, %v4039 fastmath<contract> : f32
                  %v4042 = arith.divui %v14, %v16 : i64
                  %v4043 = arith.remui %v14, %v16 : i64
                  %v4044 = arith.cmpi ult, %v4043, %v23 : i64
                  %v4045 = arith.addi %v58, %v24 : i64
                  %v4046 = arith.muli %v4042, %v1 : i64
                  %v4047 = arith.addi %v4046, %v4045 : i64
                  %v4048 = arith.muli %v4047, %v967 : i64
                  %v4049 = arith.addi %v4048, %v3947 : i64
                  scf.if %v4044 {
                    %v4050 = llvm.getelementptr %v45[%v4049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4041, %v4050 : f32, !llvm.ptr
                  }
                  %v4051 = arith.select %v28, %v3981, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4052, %v4053 = gpu.shuffle xor %v4051, %v953, %v262 : f32
                  %v4054 = arith.addf %v4051, %v4052 fastmath<contract> : f32
                  %v4055, %v4056 = gpu.shuffle xor %v4054, %v957, %v262 : f32
                  %v4057 = arith.addf %v4054, %v4055 fastmath<contract> : f32
                  %v4058 = arith.divui %v14, %v16 : i64
                  %v4059 = arith.remui %v14, %v16 : i64
                  %v4060 = arith.cmpi ult, %v4059, %v23 : i64
                  %v4061 = arith.addi %v23, %v24 : i64
                  %v4062 = arith.muli %v4058, %v1 : i64
                  %v4063 = arith.addi %v4062, %v4061 : i64
                  %v4064 = arith.muli %v4063, %v967 : i64
                  %v4065 = arith.addi %v4064, %v3947 : i64
                  scf.if %v4060 {
                    %v4066 = llvm.getelementptr %v45[%v4065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4057, %v4066 : f32, !llvm.ptr
                  }
                  %v4067 = arith.select %v28, %v3992, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4068, %v4069 = gpu.shuffle xor %v4067, %v953, %v262 : f32
                  %v4070 = arith.addf %v4067, %v4068 fastmath<contract> : f32
                  %v4071, %v4072 = gpu.shuffle xor %v4070, %v957, %v262 : f32
                  %v4073 = arith.addf %v4070, %v4071 fastmath<contract> : f32
                  %v4074 = arith.divui %v14, %v16 : i64
                  %v4075 = arith.remui %v14, %v16 : i64
                  %v4076 = arith.cmpi ult, %v4075, %v23 : i64
                  %v4077 = arith.addi %v58, %v24 : i64
                  %v4078 = arith.muli %v4074, %v1 : i64
                  %v4079 = arith.addi %v4078, %v4077 : i64
                  %v4080 = arith.muli %v4079, %v967 : i64
                  %v4081 = arith.addi %v4080, %v3947 : i64
                  scf.if %v4076 {
                    %v4082 = llvm.getelementptr %v47[%v4081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4073, %v4082 : f32, !llvm.ptr
                  }
                  %v4083 = arith.select %v28, %v3994, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4084, %v4085 = gpu.shuffle xor %v4083, %v953, %v262 : f32
                  %v4086 = arith.addf %v4083, %v4084 fastmath<contract> : f32
                  %v4087, %v4088 = gpu.shuffle xor %v4086, %v957, %v262 : f32
                  %v4089 = arith.addf %v4086, %v4087 fastmath<contract> : f32
                  %v4090 = arith.divui %v14, %v16 : i64
                  %v4091 = arith.remui %v14, %v16 : i64
                  %v4092 = arith.cmpi ult, %v4091, %v23 : i64
                  %v4093 = arith.addi %v23, %v24 : i64
                  %v4094 = arith.muli %v4090, %v1 : i64
                  %v4095 = arith.addi %v4094, %v4093 : i64
                  %v4096 = arith.muli %v4095, %v967 : i64
                  %v4097 = arith.addi %v4096, %v3947 : i64
                  scf.if %v4092 {
                    %v4098 = llvm.getelementptr %v47[%v4097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4089, %v4098 : f32, !llvm.ptr
                  }
                  %v4099 = arith.select %v28, %v4013, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4100, %v4101 = gpu.shuffle xor %v4099, %v953, %v262 : f32
                  %v4102 = arith.addf %v4099, %v4100 fastmath<contract> : f32
                  %v4103, %v4104 = gpu.shuffle xor %v4102, %v957, %v262 : f32
                  %v4105 = arith.addf %v4102, %v4103 fastmath<contract> : f32
                  %v4106 = arith.divui %v14, %v16 : i64
                  %v4107 = arith.remui %v14, %v16 : i64
                  %v4108 = arith.cmpi ult, %v4107, %v23 : i64
                  %v4109 = arith.addi %v58, %v24 : i64
                  %v4110 = arith.muli %v4106, %v1 : i64
                  %v4111 = arith.addi %v4110, %v4109 : i64
                  %v4112 = arith.muli %v4111, %v967 : i64
                  %v4113 = arith.addi %v4112, %v3947 : i64
                  scf.if %v4108 {
                    %v4114 = llvm.getelementptr %v49[%v4113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4105, %v4114 : f32, !llvm.ptr
                  }
                  %v4115 = arith.select %v28, %v4034, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4116, %v4117 = gpu.shuffle xor %v4115, %v953, %v262 : f32
                  %v4118 = arith.addf %v4115, %v4116 fastmath<contract> : f32
                  %v4119, %v4120 = gpu.shuffle xor %v4118, %v957, %v262 : f32
                  %v4121 = arith.addf %v4118, %v4119 fastmath<contract> : f32
                  %v4122 = arith.divui %v14, %v16 : i64
                  %v4123 = arith.remui %v14, %v16 : i64
                  %v4124 = arith.cmpi ult, %v4123, %v23 : i64
                  %v4125 = arith.addi %v23, %v24 : i64
                  %v4126 = arith.muli %v4122, %v1 : i64
                  %v4127 = arith.addi %v4126, %v4125 : i64
                  %v4128 = arith.muli %v4127, %v967 : i64
                  %v4129 = arith.addi %v4128, %v3947 : i64
                  scf.if %v4124 {
                    %v4130 = llvm.getelementptr %v49[%v4129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4121, %v4130 : f32, !llvm.ptr
                  }
                  %v4131 = arith.muli %v24, %v140 : i64
                  %v4132 = arith.subi %v3948, %v109 : i64
                  %v4133 = arith.addi %v4131, %v4132 : i64
                  %v4134 = llvm.getelementptr %v53[%v4133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4135 = llvm.load %v4134 : !llvm.ptr -> f32
                  %v4136 = arith.mulf %v4135, %v3991 fastmath<contract> : f32
                  %v4137 = arith.constant 8 : i64
                  %v4138 = arith.addi %v4137, %v24 : i64
                  %v4139 = arith.muli %v4138, %v140 : i64
                  %v4140 = arith.subi %v3948, %v109 : i64
                  %v4141 = arith.addi %v4139, %v4140 : i64
                  %v4142 = llvm.getelementptr %v53[%v4141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4143 = llvm.load %v4142 : !llvm.ptr -> f32
                  %v4144 = arith.mulf %v4143, %v3993 fastmath<contract> : f32
                  %v4145 = arith.addf %v4136, %v4144 fastmath<contract> : f32
                  llvm.store %v4145, %v3076 : f32, !llvm.ptr
                  %v4146 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4004) : (f32) -> f32
                  %v4147 = arith.mulf %v277, %v4146 fastmath<contract> : f32
                  %v4148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4147) : (f32) -> f32
                  llvm.store %v4148, %v42 : f32, !llvm.ptr
                  %v4149 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4025) : (f32) -> f32
                  %v4150 = arith.mulf %v277, %v4149 fastmath<contract> : f32
                  %v4151 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4150) : (f32) -> f32
                  llvm.store %v4151, %v43 : f32, !llvm.ptr
                }
                %v4152 = llvm.load %v3076 : !llvm.ptr -> f32
                %v4153 = arith.addi %v346, %v328 : i64
                %v4154 = arith.cmpi slt, %v1716, %v3087 : i32
                %v4155 = arith.cmpi eq, %v1716, %v3092 : i32
                %v4156 = arith.addi %v348, %v665 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v4154 {
                  %v4157 = arith.addi %v109, %v4153 : i64
                  %v4158 = arith.muli %v24, %v140 : i64
                  %v4159 = arith.subi %v4157, %v109 : i64
                  %v4160 = arith.addi %v4158, %v4159 : i64
                  %v4161 = llvm.getelementptr %v51[%v4160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4162 = llvm.load %v4161 : !llvm.ptr -> f32
                  %v4163 = arith.muli %v38, %v288 : i64
                  %v4164 = arith.muli %v4157, %v287 : i64
                  %v4165 = arith.addi %v4163, %v4164 : i64
                  %v4166 = arith.muli %v36, %v286 : i64
                  %v4167 = arith.addi %v4165, %v4166 : i64
                  %v4168 = arith.muli %v34, %v2 : i64
                  %v4169 = arith.addi %v4167, %v4168 : i64
                  %v4170 = llvm.getelementptr %dy_o[%v4169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4171 = llvm.load %v4170 : !llvm.ptr -> f32
                  %v4172 = arith.mulf %v4162, %v4171 fastmath<contract> : f32
                  %v4173 = llvm.load %v40 : !llvm.ptr -> f32
                  %v4174 = llvm.load %v42 : !llvm.ptr -> f32
                  %v4175 = arith.mulf %v4174, %v4173 fastmath<contract> : f32
                  %v4176 = arith.addf %v4172, %v4175 fastmath<contract> : f32
                  llvm.store %v4176, %v40 : f32, !llvm.ptr
                  %v4177 = arith.constant 8 : i64
                  %v4178 = arith.addi %v4177, %v24 : i64
                  %v4179 = arith.muli %v4178, %v140 : i64
                  %v4180 = arith.subi %v4157, %v109 : i64
                  %v4181 = arith.addi %v4179, %v4180 : i64
                  %v4182 = llvm.getelementptr %v51[%v4181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4183 = llvm.load %v4182 : !llvm.ptr -> f32
                  %v4184 = arith.mulf %v4183, %v4171 fastmath<contract> : f32
                  %v4185 = llvm.load %v41 : !llvm.ptr -> f32
                  %v4186 = llvm.load %v43 : !llvm.ptr -> f32
                  %v4187 = arith.mulf %v4186, %v4185 fastmath<contract> : f32
                  %v4188 = arith.addf %v4184, %v4187 fastmath<contract> : f32
                  llvm.store %v4188, %v41 : f32, !llvm.ptr
                  %v4189 = arith.mulf %v2760, %v4171 fastmath<contract> : f32
                  %v4190 = arith.mulf %v2785, %v4171 fastmath<contract> : f32
                  %v4191 = arith.muli %v38, %v288 : i64
                  %v4192 = arith.muli %v4157, %v287 : i64
                  %v4193 = arith.addi %v4191, %v4192 : i64
                  %v4194 = arith.muli %v36, %v286 : i64
                  %v4195 = arith.addi %v4193, %v4194 : i64
                  %v4196 = arith.muli %v34, %v2 : i64
                  %v4197 = arith.addi %v4195, %v4196 : i64
                  %v4198 = llvm.getelementptr %in_v[%v4197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4199 = llvm.load %v4198 : !llvm.ptr -> f32
                  %v4200 = llvm.load %v40 : !llvm.ptr -> f32
                  %v4201 = arith.mulf %v4199, %v4200 fastmath<contract> : f32
                  %v4202 = llvm.load %v41 : !llvm.ptr -> f32
                  %v4203 = arith.mulf %v4199, %v4202 fastmath<contract> : f32
                  %v4204 = arith.muli %v24, %v140 : i64
                  %v4205 = arith.subi %v4157, %v109 : i64
                  %v4206 = arith.addi %v4204, %v4205 : i64
                  %v4207 = llvm.getelementptr %v55[%v4206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4208 = llvm.load %v4207 : !llvm.ptr -> f32
                  %v4209 = arith.negf %v4208 : f32
                  %v4210 = arith.mulf %v4209, %v272 fastmath<contract> : f32
                  %v4211 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4210) : (f32) -> f32
                  %v4212 = arith.addf %v57, %v4211 fastmath<contract> : f32
                  %v4213 = arith.divf %v57, %v4212 : f32
                  %v4214 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4213) : (f32) -> f32
                  %v4215 = arith.mulf %v921, %v4214 fastmath<contract> : f32
                  %v4216 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4215) : (f32) -> f32
                  %v4217 = arith.mulf %v2702, %v4200 fastmath<contract> : f32
                  %v4218 = arith.mulf %v277, %v4217 fastmath<contract> : f32
                  %v4219 = arith.mulf %v4216, %v4218 fastmath<contract> : f32
                  %v4220 = arith.subf %v57, %v4213 fastmath<contract> : f32
                  %v4221 = arith.mulf %v4213, %v4220 fastmath<contract> : f32
                  %v4222 = arith.mulf %v4219, %v4221 fastmath<contract> : f32
                  %v4223 = arith.constant 8 : i64
                  %v4224 = arith.addi %v4223, %v24 : i64
                  %v4225 = arith.muli %v4224, %v140 : i64
                  %v4226 = arith.subi %v4157, %v109 : i64
                  %v4227 = arith.addi %v4225, %v4226 : i64
                  %v4228 = llvm.getelementptr %v55[%v4227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4229 = llvm.load %v4228 : !llvm.ptr -> f32
                  %v4230 = arith.negf %v4229 : f32
                  %v4231 = arith.mulf %v4230, %v272 fastmath<contract> : f32
                  %v4232 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4231) : (f32) -> f32
                  %v4233 = arith.addf %v57, %v4232 fastmath<contract> : f32
                  %v4234 = arith.divf %v57, %v4233 : f32
                  %v4235 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4234) : (f32) -> f32
                  %v4236 = arith.mulf %v921, %v4235 fastmath<contract> : f32
                  %v4237 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4236) : (f32) -> f32
                  %v4238 = arith.mulf %v2727, %v4202 fastmath<contract> : f32
                  %v4239 = arith.mulf %v277, %v4238 fastmath<contract> : f32
                  %v4240 = arith.mulf %v4237, %v4239 fastmath<contract> : f32
                  %v4241 = arith.subf %v57, %v4234 fastmath<contract> : f32
                  %v4242 = arith.mulf %v4234, %v4241 fastmath<contract> : f32
                  %v4243 = arith.mulf %v4240, %v4242 fastmath<contract> : f32
                  %v4244 = arith.select %v28, %v4189, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4245, %v4246 = gpu.shuffle xor %v4244, %v953, %v262 : f32
                  %v4247 = arith.addf %v4244, %v4245 fastmath<contract> : f32
                  %v4248, %v4249 = gpu.shuffle xor %v4247, %v957, %v262 : f32
                  %v4250 = arith.addf %v4247, %v4248 fastmath<contract> : f32
                  %v4251 = arith.divui %v14, %v16 : i64
                  %v4252 = arith.remui %v14, %v16 : i64
                  %v4253 = arith.cmpi ult, %v4252, %v23 : i64
                  %v4254 = arith.addi %v58, %v24 : i64
                  %v4255 = arith.muli %v4251, %v1 : i64
                  %v4256 = arith.addi %v4255, %v4254 : i64
                  %v4257 = arith.muli %v4256, %v967 : i64
                  %v4258 = arith.addi %v4257, %v4156 : i64
                  scf.if %v4253 {
                    %v4259 = llvm.getelementptr %v45[%v4258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4250, %v4259 : f32, !llvm.ptr
                  }
                  %v4260 = arith.select %v28, %v4190, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4261, %v4262 = gpu.shuffle xor %v4260, %v953, %v262 : f32
                  %v4263 = arith.addf %v4260, %v4261 fastmath<contract> : f32
                  %v4264, %v4265 = gpu.shuffle xor %v4263, %v957, %v262 : f32
                  %v4266 = arith.addf %v4263, %v4264 fastmath<contract> : f32
                  %v4267 = arith.divui %v14, %v16 : i64
                  %v4268 = arith.remui %v14, %v16 : i64
                  %v4269 = arith.cmpi ult, %v4268, %v23 : i64
                  %v4270 = arith.addi %v23, %v24 : i64
                  %v4271 = arith.muli %v4267, %v1 : i64
                  %v4272 = arith.addi %v4271, %v4270 : i64
                  %v4273 = arith.muli %v4272, %v967 : i64
                  %v4274 = arith.addi %v4273, %v4156 : i64
                  scf.if %v4269 {
                    %v4275 = llvm.getelementptr %v45[%v4274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4266, %v4275 : f32, !llvm.ptr
                  }
                  %v4276 = arith.select %v28, %v4201, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4277, %v4278 = gpu.shuffle xor %v4276, %v953, %v262 : f32
                  %v4279 = arith.addf %v4276, %v4277 fastmath<contract> : f32
                  %v4280, %v4281 = gpu.shuffle xor %v4279, %v957, %v262 : f32
                  %v4282 = arith.addf %v4279, %v4280 fastmath<contract> : f32
                  %v4283 = arith.divui %v14, %v16 : i64
                  %v4284 = arith.remui %v14, %v16 : i64
                  %v4285 = arith.cmpi ult, %v4284, %v23 : i64
                  %v4286 = arith.addi %v58, %v24 : i64
                  %v4287 = arith.muli %v4283, %v1 : i64
                  %v4288 = arith.addi %v4287, %v4286 : i64
                  %v4289 = arith.muli %v4288, %v967 : i64
                  %v4290 = arith.addi %v4289, %v4156 : i64
                  scf.if %v4285 {
                    %v4291 = llvm.getelementptr %v47[%v4290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4282, %v4291 : f32, !llvm.ptr
                  }
                  %v4292 = arith.select %v28, %v4203, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4293, %v4294 = gpu.shuffle xor %v4292, %v953, %v262 : f32
                  %v4295 = arith.addf %v4292, %v4293 fastmath<contract> : f32
                  %v4296, %v4297 = gpu.shuffle xor %v4295, %v957, %v262 : f32
                  %v4298 = arith.addf %v4295, %v4296 fastmath<contract> : f32
                  %v4299 = arith.divui %v14, %v16 : i64
                  %v4300 = arith.remui %v14, %v16 : i64
                  %v4301 = arith.cmpi ult, %v4300, %v23 : i64
                  %v4302 = arith.addi %v23, %v24 : i64
                  %v4303 = arith.muli %v4299, %v1 : i64
                  %v4304 = arith.addi %v4303, %v4302 : i64
                  %v4305 = arith.muli %v4304, %v967 : i64
                  %v4306 = arith.addi %v4305, %v4156 : i64
                  scf.if %v4301 {
                    %v4307 = llvm.getelementptr %v47[%v4306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4298, %v4307 : f32, !llvm.ptr
                  }
                  %v4308 = arith.select %v28, %v4222, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4309, %v4310 = gpu.shuffle xor %v4308, %v953, %v262 : f32
                  %v4311 = arith.addf %v4308, %v4309 fastmath<contract> : f32
                  %v4312, %v4313 = gpu.shuffle xor %v4311, %v957, %v262 : f32
                  %v4314 = arith.addf %v4311, %v4312 fastmath<contract> : f32
                  %v4315 = arith.divui %v14, %v16 : i64
                  %v4316 = arith.remui %v14, %v16 : i64
                  %v4317 = arith.cmpi ult, %v4316, %v23 : i64
                  %v4318 = arith.addi %v58, %v24 : i64
                  %v4319 = arith.muli %v4315, %v1 : i64
                  %v4320 = arith.addi %v4319, %v4318 : i64
                  %v4321 = arith.muli %v4320, %v967 : i64
                  %v4322 = arith.addi %v4321, %v4156 : i64
                  scf.if %v4317 {
                    %v4323 = llvm.getelementptr %v49[%v4322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4314, %v4323 : f32, !llvm.ptr
                  }
                  %v4324 = arith.select %v28, %v4243, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4325, %v4326 = gpu.shuffle xor %v4324, %v953, %v262 : f32
                  %v4327 = arith.addf %v4324, %v4325 fastmath<contract> : f32
                  %v4328, %v4329 = gpu.shuffle xor %v4327, %v957, %v262 : f32
                  %v4330 = arith.addf %v4327, %v4328 fastmath<contract> : f32
                  %v4331 = arith.divui %v14, %v16 : i64
                  %v4332 = arith.remui %v14, %v16 : i64
                  %v4333 = arith.cmpi ult, %v4332, %v23 : i64
                  %v4334 = arith.addi %v23, %v24 : i64
                  %v4335 = arith.muli %v4331, %v1 : i64
                  %v4336 = arith.addi %v4335, %v4334 : i64
                  %v4337 = arith.muli %v4336, %v967 : i64
                  %v4338 = arith.addi %v4337, %v4156 : i64
                  scf.if %v4333 {
                    %v4339 = llvm.getelementptr %v49[%v4338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4330, %v4339 : f32, !llvm.ptr
                  }
                  %v4340 = arith.muli %v24, %v140 : i64
                  %v4341 = arith.subi %v4157, %v109 : i64
                  %v4342 = arith.addi %v4340, %v4341 : i64
                  %v4343 = llvm.getelementptr %v53[%v4342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4344 = llvm.load %v4343 : !llvm.ptr -> f32
                  %v4345 = arith.mulf %v4344, %v4200 fastmath<contract> : f32
                  %v4346 = arith.constant 8 : i64
                  %v4347 = arith.addi %v4346, %v24 : i64
                  %v4348 = arith.muli %v4347, %v140 : i64
                  %v4349 = arith.subi %v4157, %v109 : i64
                  %v4350 = arith.addi %v4348, %v4349 : i64
                  %v4351 = llvm.getelementptr %v53[%v4350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4352 = llvm.load %v4351 : !llvm.ptr -> f32
                  %v4353 = arith.mulf %v4352, %v4202 fastmath<contract> : f32
                  %v4354 = arith.addf %v4345, %v4353 fastmath<contract> : f32
                  llvm.store %v4354, %v3076 : f32, !llvm.ptr
                  %v4355 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4213) : (f32) -> f32
                  %v4356 = arith.mulf %v277, %v4355 fastmath<contract> : f32
                  %v4357 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4356) : (f32) -> f32
                  llvm.store %v4357, %v42 : f32, !llvm.ptr
                  %v4358 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4234) : (f32) -> f32
                  %v4359 = arith.mulf %v277, %v4358 fastmath<contract> : f32
                  %v4360 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4359) : (f32) -> f32
                  llvm.store %v4360, %v43 : f32, !llvm.ptr
                }
                %v4361 = llvm.load %v3076 : !llvm.ptr -> f32
                %v4362 = arith.select %v3079, %v4361, %v4152 : f32
                %v4363 = arith.select %v3079, %v4152, %v4361 : f32
                %v4364, %v4365 = gpu.shuffle xor %v4362, %v1285, %v262 : f32
                %v4366 = arith.addf %v4363, %v4364 fastmath<contract> : f32
                %v4367 = arith.addi %v346, %v2 : i64
                %v4368 = arith.cmpi slt, %v1285, %v3087 : i32
                %v4369 = arith.cmpi eq, %v1285, %v3092 : i32
                %v4370 = arith.addi %v348, %v724 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v4368 {
                  %v4371 = arith.addi %v109, %v4367 : i64
                  %v4372 = arith.muli %v24, %v140 : i64
                  %v4373 = arith.subi %v4371, %v109 : i64
                  %v4374 = arith.addi %v4372, %v4373 : i64
                  %v4375 = llvm.getelementptr %v51[%v4374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4376 = llvm.load %v4375 : !llvm.ptr -> f32
                  %v4377 = arith.muli %v38, %v288 : i64
                  %v4378 = arith.muli %v4371, %v287 : i64
                  %v4379 = arith.addi %v4377, %v4378 : i64
                  %v4380 = arith.muli %v36, %v286 : i64
                  %v4381 = arith.addi %v4379, %v4380 : i64
                  %v4382 = arith.muli %v34, %v2 : i64
                  %v4383 = arith.addi %v4381, %v4382 : i64
                  %v4384 = llvm.getelementptr %dy_o[%v4383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4385 = llvm.load %v4384 : !llvm.ptr -> f32
                  %v4386 = arith.mulf %v4376, %v4385 fastmath<contract> : f32
                  %v4387 = llvm.load %v40 : !llvm.ptr -> f32
                  %v4388 = llvm.load %v42 : !llvm.ptr -> f32
                  %v4389 = arith.mulf %v4388, %v4387 fastmath<contract> : f32
                  %v4390 = arith.addf %v4386, %v4389 fastmath<contract> : f32
                  llvm.store %v4390, %v40 : f32, !llvm.ptr
                  %v4391 = arith.constant 8 : i64
                  %v4392 = arith.addi %v4391, %v24 : i64
                  %v4393 = arith.muli %v4392, %v140 : i64
                  %v4394 = arith.subi %v4371, %v109 : i64
                  %v4395 = arith.addi %v4393, %v4394 : i64
                  %v4396 = llvm.getelementptr %v51[%v4395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4397 = llvm.load %v4396 : !llvm.ptr -> f32
                  %v4398 = arith.mulf %v4397, %v4385 fastmath<contract> : f32
                  %v4399 = llvm.load %v41 : !llvm.ptr -> f32
                  %v4400 = llvm.load %v43 : !llvm.ptr -> f32
                  %v4401 = arith.mulf %v4400, %v4399 fastmath<contract> : f32
                  %v4402 = arith.addf %v4398, %v4401 fastmath<contract> : f32
                  llvm.store %v4402, %v41 : f32, !llvm.ptr
                  %v4403 = arith.mulf %v2702, %v4385 fastmath<contract> : f32
                  %v4404 = arith.mulf %v2727, %v4385 fastmath<contract> : f32
                  %v4405 = arith.muli %v38, %v288 : i64
                  %v4406 = arith.muli %v4371, %v287 : i64
                  %v4407 = arith.addi %v4405, %v4406 : i64
                  %v4408 = arith.muli %v36, %v286 : i64
                  %v4409 = arith.addi %v4407, %v4408 : i64
                  %v4410 = arith.muli %v34, %v2 : i64
                  %v4411 = arith.addi %v4409, %v4410 : i64
                  %v4412 = llvm.getelementptr %in_v[%v4411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4413 = llvm.load %v4412 : !llvm.ptr -> f32
                  %v4414 = llvm.load %v40 : !llvm.ptr -> f32
                  %v4415 = arith.mulf %v4413, %v4414 fastmath<contract> : f32
                  %v4416 = llvm.load %v41 : !llvm.ptr -> f32
                  %v4417 = arith.mulf %v4413, %v4416 fastmath<contract> : f32
                  %v4418 = arith.muli %v24, %v140 : i64
                  %v4419 = arith.subi %v4371, %v109 : i64
                  %v4420 = arith.addi %v4418, %v4419 : i64
                  %v4421 = llvm.getelementptr %v55[%v4420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4422 = llvm.load %v4421 : !llvm.ptr -> f32
                  %v4423 = arith.negf %v4422 : f32
                  %v4424 = arith.mulf %v4423, %v272 fastmath<contract> : f32
                  %v4425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4424) : (f32) -> f32
                  %v4426 = arith.addf %v57, %v4425 fastmath<contract> : f32
                  %v4427 = arith.divf %v57, %v4426 : f32
                  %v4428 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4427) : (f32) -> f32
                  %v4429 = arith.mulf %v921, %v4428 fastmath<contract> : f32
                  %v4430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4429) : (f32) -> f32
                  %v4431 = arith.mulf %v2644, %v4414 fastmath<contract> : f32
                  %v4432 = arith.mulf %v277, %v4431 fastmath<contract> : f32
                  %v4433 = arith.mulf %v4430, %v4432 fastmath<contract> : f32
                  %v4434 = arith.subf %v57, %v4427 fastmath<contract> : f32
                  %v4435 = arith.mulf %v4427, %v4434 fastmath<contract> : f32
                  %v4436 = arith.mulf %v4433, %v4435 fastmath<contract> : f32
                  %v4437 = arith.constant 8 : i64
                  %v4438 = arith.addi %v4437, %v24 : i64
                  %v4439 = arith.muli %v4438, %v140 : i64
                  %v4440 = arith.subi %v4371, %v109 : i64
                  %v4441 = arith.addi %v4439, %v4440 : i64
                  %v4442 = llvm.getelementptr %v55[%v4441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4443 = llvm.load %v4442 : !llvm.ptr -> f32
                  %v4444 = arith.negf %v4443 : f32
                  %v4445 = arith.mulf %v4444, %v272 fastmath<contract> : f32
                  %v4446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4445) : (f32) -> f32
                  %v4447 = arith.addf %v57, %v4446 fastmath<contract> : f32
                  %v4448 = arith.divf %v57, %v4447 : f32
                  %v4449 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4448) : (f32) -> f32
                  %v4450 = arith.mulf %v921, %v4449 fastmath<contract> : f32
                  %v4451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4450) : (f32) -> f32
                  %v4452 = arith.mulf %v2669, %v4416 fastmath<contract> : f32
                  %v4453 = arith.mulf %v277, %v4452 fastmath<contract> : f32
                  %v4454 = arith.mulf %v4451, %v4453 fastmath<contract> : f32
                  %v4455 = arith.subf %v57, %v4448 fastmath<contract> : f32
                  %v4456 = arith.mulf %v4448, %v4455 fastmath<contract> : f32
                  %v4457 = arith.mulf %v4454, %v4456 fastmath<contract> : f32
                  %v4458 = arith.select %v28, %v4403, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4459, %v4460 = gpu.shuffle xor %v4458, %v953, %v262 : f32
                  %v4461 = arith.addf %v4458, %v4459 fastmath<contract> : f32
                  %v4462, %v4463 = gpu.shuffle xor %v4461, %v957, %v262 : f32
                  %v4464 = arith.addf %v4461, %v4462 fastmath<contract> : f32
                  %v4465 = arith.divui %v14, %v16 : i64
                  %v4466 = arith.remui %v14, %v16 : i64
                  %v4467 = arith.cmpi ult, %v4466, %v23 : i64
                  %v4468 = arith.addi %v58, %v24 : i64
                  %v4469 = arith.muli %v4465, %v1 : i64
                  %v4470 = arith.addi %v4469, %v4468 : i64
                  %v4471 = arith.muli %v4470, %v967 : i64
                  %v4472 = arith.addi %v4471, %v4370 : i64
                  scf.if %v4467 {
                    %v4473 = llvm.getelementptr %v45[%v4472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4464, %v4473 : f32, !llvm.ptr
                  }
                  %v4474 = arith.select %v28, %v4404, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4475, %v4476 = gpu.shuffle xor %v4474, %v953, %v262 : f32
                  %v4477 = arith.addf %v4474, %v4475 fastmath<contract> : f32
                  %v4478, %v4479 = gpu.shuffle xor %v4477, %v957, %v262 : f32
                  %v4480 = arith.addf %v4477, %v4478 fastmath<contract> : f32
                  %v4481 = arith.divui %v14, %v16 : i64
                  %v4482 = arith.remui %v14, %v16 : i64
                  %v4483 = arith.cmpi ult, %v4482, %v23 : i64
                  %v4484 = arith.addi %v23, %v24 : i64
                  %v4485 = arith.muli %v4481, %v1 : i64
                  %v4486 = arith.addi %v4485, %v4484 : i64
                  %v4487 = arith.muli %v4486, %v967 : i64
                  %v4488 = arith.addi %v4487, %v4370 : i64
                  scf.if %v4483 {
                    %v4489 = llvm.getelementptr %v45[%v4488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4480, %v4489 : f32, !llvm.ptr
                  }
                  %v4490 = arith.select %v28, %v4415, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4491, %v4492 = gpu.shuffle xor %v4490, %v953, %v262 : f32
                  %v4493 = arith.addf %v4490, %v4491 fastmath<contract> : f32
                  %v4494, %v4495 = gpu.shuffle xor %v4493, %v957, %v262 : f32
                  %v4496 = arith.addf %v4493, %v4494 fastmath<contract> : f32
                  %v4497 = arith.divui %v14, %v16 : i64
                  %v4498 = arith.remui %v14, %v16 : i64
                  %v4499 = arith.cmpi ult, %v4498, %v23 : i64
                  %v4500 = arith.addi %v58, %v24 : i64
                  %v4501 = arith.muli %v4497, %v1 : i64
                  %v4502 = arith.addi %v4501, %v4500 : i64
                  %v4503 = arith.muli %v4502, %v967 : i64
                  %v4504 = arith.addi %v4503, %v4370 : i64
                  scf.if %v4499 {
                    %v4505 = llvm.getelementptr %v47[%v4504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4496, %v4505 : f32, !llvm.ptr
                  }
                  %v4506 = arith.select %v28, %v4417, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4507, %v4508 = gpu.shuffle xor %v4506, %v953, %v262 : f32
                  %v4509 = arith.addf %v4506, %v4507 fastmath<contract> : f32
                  %v4510, %v4511 = gpu.shuffle xor %v4509, %v957, %v262 : f32
                  %v4512 = arith.addf %v4509, %v4510 fastmath<contract> : f32
                  %v4513 = arith.divui %v14, %v16 : i64
                  %v4514 = arith.remui %v14, %v16 : i64
                  %v4515 = arith.cmpi ult, %v4514, %v23 : i64
                  %v4516 = arith.addi %v23, %v24 : i64
                  %v4517 = arith.muli %v4513, %v1 : i64
                  %v4518 = arith.addi %v4517, %v4516 : i64
                  %v4519 = arith.muli %v4518, %v967 : i64
                  %v4520 = arith.addi %v4519, %v4370 : i64
                  scf.if %v4515 {
                    %v4521 = llvm.getelementptr %v47[%v4520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4512, %v4521 : f32, !llvm.ptr
                  }
                  %v4522 = arith.select %v28, %v4436, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4523, %v4524 = gpu.shuffle xor %v4522, %v953, %v262 : f32
                  %v4525 = arith.addf %v4522, %v4523 fastmath<contract> : f32
                  %v4526, %v4527 = gpu.shuffle xor %v4525, %v957, %v262 : f32
                  %v4528 = arith.addf %v4525, %v4526 fastmath<contract> : f32
                  %v4529 = arith.divui %v14, %v16 : i64
                  %v4530 = arith.remui %v14, %v16 : i64
                  %v4531 = arith.cmpi ult, %v4530, %v23 : i64
                  %v4532 = arith.addi %v58, %v24 : i64
                  %v4533 = arith.muli %v4529, %v1 : i64
                  %v4534 = arith.addi %v4533, %v4532 : i64
                  %v4535 = arith.muli %v4534, %v967 : i64
                  %v4536 = arith.addi %v4535, %v4370 : i64
                  scf.if %v4531 {
                    %v4537 = llvm.getelementptr %v49[%v4536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4528, %v4537 : f32, !llvm.ptr
                  }
                  %v4538 = arith.select %v28, %v4457, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4539, %v4540 = gpu.shuffle xor %v4538, %v953, %v262 : f32
                  %v4541 = arith.addf %v4538, %v4539 fastmath<contract> : f32
                  %v4542, %v4543 = gpu.shuffle xor %v4541, %v957, %v262 : f32
                  %v4544 = arith.addf %v4541, %v4542 fastmath<contract> : f32
                  %v4545 = arith.divui %v14, %v16 : i64
                  %v4546 = arith.remui %v14, %v16 : i64
                  %v4547 = arith.cmpi ult, %v4546, %v23 : i64
                  %v4548 = arith.addi %v23, %v24 : i64
                  %v4549 = arith.muli %v4545, %v1 : i64
                  %v4550 = arith.addi %v4549, %v4548 : i64
                  %v4551 = arith.muli %v4550, %v967 : i64
                  %v4552 = arith.addi %v4551, %v4370 : i64
                  scf.if %v4547 {
                    %v4553 = llvm.getelementptr %v49[%v4552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4544, %v4553 : f32, !llvm.ptr
                  }
                  %v4554 = arith.muli %v24, %v140 : i64
                  %v4555 = arith.subi %v4371, %v109 : i64
                  %v4556 = arith.addi %v4554, %v4555 : i64
                  %v4557 = llvm.getelementptr %v53[%v4556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4558 = llvm.load %v4557 : !llvm.ptr -> f32
                  %v4559 = arith.mulf %v4558, %v4414 fastmath<contract> : f32
                  %v4560 = arith.constant 8 : i64
                  %v4561 = arith.addi %v4560, %v24 : i64
                  %v4562 = arith.muli %v4561, %v140 : i64
                  %v4563 = arith.subi %v4371, %v109 : i64
                  %v4564 = arith.addi %v4562, %v4563 : i64
                  %v4565 = llvm.getelementptr %v53[%v4564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4566 = llvm.load %v4565 : !llvm.ptr -> f32
                  %v4567 = arith.mulf %v4566, %v4416 fastmath<contract> : f32
                  %v4568 = arith.addf %v4559, %v4567 fastmath<contract> : f32
                  llvm.store %v4568, %v3076 : f32, !llvm.ptr
                  %v4569 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4427) : (f32) -> f32
                  %v4570 = arith.mulf %v277, %v4569 fastmath<contract> : f32
                  %v4571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4570) : (f32) -> f32
                  llvm.store %v4571, %v42 : f32, !llvm.ptr
                  %v4572 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4448) : (f32) -> f32
                  %v4573 = arith.mulf %v277, %v4572 fastmath<contract> : f32
                  %v4574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4573) : (f32) -> f32
                  llvm.store %v4574, %v43 : f32, !llvm.ptr
                }
                %v4575 = llvm.load %v3076 : !llvm.ptr -> f32
                %v4576 = arith.addi %v346, %v58 : i64
                %v4577 = arith.cmpi slt, %v2354, %v3087 : i32
                %v4578 = arith.cmpi eq, %v2354, %v3092 : i32
                %v4579 = arith.addi %v348, %v61 : i64
                llvm.store %v56, %v3076 : f32, !llvm.ptr
                scf.if %v4577 {
                  %v4580 = arith.addi %v109, %v4576 : i64
                  %v4581 = arith.muli %v24, %v140 : i64
                  %v4582 = arith.subi %v4580, %v109 : i64
                  %v4583 = arith.addi %v4581, %v4582 : i64
                  %v4584 = llvm.getelementptr %v51[%v4583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4585 = llvm.load %v4584 : !llvm.ptr -> f32
                  %v4586 = arith.muli %v38, %v288 : i64
                  %v4587 = arith.muli %v4580, %v287 : i64
                  %v4588 = arith.addi %v4586, %v4587 : i64
                  %v4589 = arith.muli %v36, %v286 : i64
                  %v4590 = arith.addi %v4588, %v4589 : i64
                  %v4591 = arith.muli %v34, %v2 : i64
                  %v4592 = arith.addi %v4590, %v4591 : i64
                  %v4593 = llvm.getelementptr %dy_o[%v4592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4594 = llvm.load %v4593 : !llvm.ptr -> f32
                  %v4595 = arith.mulf %v4585, %v4594 fastmath<contract> : f32
                  %v4596 = llvm.load %v40 : !llvm.ptr -> f32
                  %v4597 = llvm.load %v42 : !llvm.ptr -> f32
                  %v4598 = arith.mulf %v4597, %v4596 fastmath<contract> : f32
                  %v4599 = arith.addf %v4595, %v4598 fastmath<contract> : f32
                  llvm.store %v4599, %v40 : f32, !llvm.ptr
                  %v4600 = arith.constant 8 : i64
                  %v4601 = arith.addi %v4600, %v24 : i64
                  %v4602 = arith.muli %v4601, %v140 : i64
                  %v4603 = arith.subi %v4580, %v109 : i64
                  %v4604 = arith.addi %v4602, %v4603 : i64
                  %v4605 = llvm.getelementptr %v51[%v4604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4606 = llvm.load %v4605 : !llvm.ptr -> f32
                  %v4607 = arith.mulf %v4606, %v4594 fastmath<contract> : f32
                  %v4608 = llvm.load %v41 : !llvm.ptr -> f32
                  %v4609 = llvm.load %v43 : !llvm.ptr -> f32
                  %v4610 = arith.mulf %v4609, %v4608 fastmath<contract> : f32
                  %v4611 = arith.addf %v4607, %v4610 fastmath<contract> : f32
                  llvm.store %v4611, %v41 : f32, !llvm.ptr
                  %v4612 = arith.mulf %v2644, %v4594 fastmath<contract> : f32
                  %v4613 = arith.mulf %v2669, %v4594 fastmath<contract> : f32
                  %v4614 = arith.muli %v38, %v288 : i64
                  %v4615 = arith.muli %v4580, %v287 : i64
                  %v4616 = arith.addi %v4614, %v4615 : i64
                  %v4617 = arith.muli %v36, %v286 : i64
                  %v4618 = arith.addi %v4616, %v4617 : i64
                  %v4619 = arith.muli %v34, %v2 : i64
                  %v4620 = arith.addi %v4618, %v4619 : i64
                  %v4621 = llvm.getelementptr %in_v[%v4620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4622 = llvm.load %v4621 : !llvm.ptr -> f32
                  %v4623 = llvm.load %v40 : !llvm.ptr -> f32
                  %v4624 = arith.mulf %v4622, %v4623 fastmath<contract> : f32
                  %v4625 = llvm.load %v41 : !llvm.ptr -> f32
                  %v4626 = arith.mulf %v4622, %v4625 fastmath<contract> : f32
                  %v4627 = arith.muli %v24, %v140 : i64
                  %v4628 = arith.subi %v4580, %v109 : i64
                  %v4629 = arith.addi %v4627, %v4628 : i64
                  %v4630 = llvm.getelementptr %v55[%v4629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4631 = llvm.load %v4630 : !llvm.ptr -> f32
                  %v4632 = arith.negf %v4631 : f32
                  %v4633 = arith.mulf %v4632, %v272 fastmath<contract> : f32
                  %v4634 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4633) : (f32) -> f32
                  %v4635 = arith.addf %v57, %v4634 fastmath<contract> : f32
                  %v4636 = arith.divf %v57, %v4635 : f32
                  %v4637 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4636) : (f32) -> f32
                  %v4638 = arith.mulf %v921, %v4637 fastmath<contract> : f32
                  %v4639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4638) : (f32) -> f32
                  %v4640 = arith.mulf %v2599, %v4623 fastmath<contract> : f32
                  %v4641 = arith.mulf %v277, %v4640 fastmath<contract> : f32
                  %v4642 = arith.mulf %v4639, %v4641 fastmath<contract> : f32
                  %v4643 = arith.subf %v57, %v4636 fastmath<contract> : f32
                  %v4644 = arith.mulf %v4636, %v4643 fastmath<contract> : f32
                  %v4645 = arith.mulf %v4642, %v4644 fastmath<contract> : f32
                  %v4646 = arith.constant 8 : i64
                  %v4647 = arith.addi %v4646, %v24 : i64
                  %v4648 = arith.muli %v4647, %v140 : i64
                  %v4649 = arith.subi %v4580, %v109 : i64
                  %v4650 = arith.addi %v4648, %v4649 : i64
                  %v4651 = llvm.getelementptr %v55[%v4650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4652 = llvm.load %v4651 : !llvm.ptr -> f32
                  %v4653 = arith.negf %v4652 : f32
                  %v4654 = arith.mulf %v4653, %v272 fastmath<contract> : f32
                  %v4655 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4654) : (f32) -> f32
                  %v4656 = arith.addf %v57, %v4655 fastmath<contract> : f32
                  %v4657 = arith.divf %v57, %v4656 : f32
                  %v4658 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4657) : (f32) -> f32
                  %v4659 = arith.mulf %v921, %v4658 fastmath<contract> : f32
                  %v4660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4659) : (f32) -> f32
                  %v4661 = arith.mulf %v2608, %v4625 fastmath<contract> : f32
                  %v4662 = arith.mulf %v277, %v4661 fastmath<contract> : f32
                  %v4663 = arith.mulf %v4660, %v4662 fastmath<contract> : f32
                  %v4664 = arith.subf %v57, %v4657 fastmath<contract> : f32
                  %v4665 = arith.mulf %v4657, %v4664 fastmath<contract> : f32
                  %v4666 = arith.mulf %v4663, %v4665 fastmath<contract> : f32
                  %v4667 = arith.select %v28, %v4612, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4668, %v4669 = gpu.shuffle xor %v4667, %v953, %v262 : f32
                  %v4670 = arith.addf %v4667, %v4668 fastmath<contract> : f32
                  %v4671, %v4672 = gpu.shuffle xor %v4670, %v957, %v262 : f32
                  %v4673 = arith.addf %v4670, %v4671 fastmath<contract> : f32
                  %v4674 = arith.divui %v14, %v16 : i64
                  %v4675 = arith.remui %v14, %v16 : i64
                  %v4676 = arith.cmpi ult, %v4675, %v23 : i64
                  %v4677 = arith.addi %v58, %v24 : i64
                  %v4678 = arith.muli %v4674, %v1 : i64
                  %v4679 = arith.addi %v4678, %v4677 : i64
                  %v4680 = arith.muli %v4679, %v967 : i64
                  %v4681 = arith.addi %v4680, %v4579 : i64
                  scf.if %v4676 {
                    %v4682 = llvm.getelementptr %v45[%v4681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4673, %v4682 : f32, !llvm.ptr
                  }
                  %v4683 = arith.select %v28, %v4613, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4684, %v4685 = gpu.shuffle xor %v4683, %v953, %v262 : f32
                  %v4686 = arith.addf %v4683, %v4684 fastmath<contract> : f32
                  %v4687, %v4688 = gpu.shuffle xor %v4686, %v957, %v262 : f32
                  %v4689 = arith.addf %v4686, %v4687 fastmath<contract> : f32
                  %v4690 = arith.divui %v14, %v16 : i64
                  %v4691 = arith.remui %v14, %v16 : i64
                  %v4692 = arith.cmpi ult, %v4691, %v23 : i64
                  %v4693 = arith.addi %v23, %v24 : i64
                  %v4694 = arith.muli %v4690, %v1 : i64
                  %v4695 = arith.addi %v4694, %v4693 : i64
                  %v4696 = arith.muli %v4695, %v967 : i64
                  %v4697 = arith.addi %v4696, %v4579 : i64
                  scf.if %v4692 {
                    %v4698 = llvm.getelementptr %v45[%v4697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4689, %v4698 : f32, !llvm.ptr
                  }
                  %v4699 = arith.select %v28, %v4624, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4700, %v4701 = gpu.shuffle xor %v4699, %v953, %v262 : f32
                  %v4702 = arith.addf %v4699, %v4700 fastmath<contract> : f32
                  %v4703, %v4704 = gpu.shuffle xor %v4702, %v957, %v262 : f32
                  %v4705 = arith.addf %v4702, %v4703 fastmath<contract> : f32
                  %v4706 = arith.divui %v14, %v16 : i64
                  %v4707 = arith.remui %v14, %v16 : i64
                  %v4708 = arith.cmpi ult, %v4707, %v23 : i64
                  %v4709 = arith.addi %v58, %v24 : i64
                  %v4710 = arith.muli %v4706, %v1 : i64
                  %v4711 = arith.addi %v4710, %v4709 : i64
                  %v4712 = arith.muli %v4711, %v967 : i64
                  %v4713 = arith.addi %v4712, %v4579 : i64
                  scf.if %v4708 {
                    %v4714 = llvm.getelementptr %v47[%v4713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4705, %v4714 : f32, !llvm.ptr
                  }
                  %v4715 = arith.select %v28, %v4626, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4716, %v4717 = gpu.shuffle xor %v4715, %v953, %v262 : f32
                  %v4718 = arith.addf %v4715, %v4716 fastmath<contract> : f32
                  %v4719, %v4720 = gpu.shuffle xor %v4718, %v957, %v262 : f32
                  %v4721 = arith.addf %v4718, %v4719 fastmath<contract> : f32
                  %v4722 = arith.divui %v14, %v16 : i64
                  %v4723 = arith.remui %v14, %v16 : i64
                  %v4724 = arith.cmpi ult, %v4723, %v23 : i64
                  %v4725 = arith.addi %v23, %v24 : i64
                  %v4726 = arith.muli %v4722, %v1 : i64
                  %v4727 = arith.addi %v4726, %v4725 : i64
                  %v4728 = arith.muli %v4727, %v967 : i64
                  %v4729 = arith.addi %v4728, %v4579 : i64
                  scf.if %v4724 {
                    %v4730 = llvm.getelementptr %v47[%v4729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4721, %v4730 : f32, !llvm.ptr
                  }
                  %v4731 = arith.select %v28, %v4645, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4732, %v4733 = gpu.shuffle xor %v4731, %v953, %v262 : f32
                  %v4734 = arith.addf %v4731, %v4732 fastmath<contract> : f32
                  %v4735, %v4736 = gpu.shuffle xor %v4734, %v957, %v262 : f32
                  %v4737 = arith.addf %v4734, %v4735 fastmath<contract> : f32
                  %v4738 = arith.divui %v14, %v16 : i64
                  %v4739 = arith.remui %v14, %v16 : i64
                  %v4740 = arith.cmpi ult, %v4739, %v23 : i64
                  %v4741 = arith.addi %v58, %v24 : i64
                  %v4742 = arith.muli %v4738, %v1 : i64
                  %v4743 = arith.addi %v4742, %v4741 : i64
                  %v4744 = arith.muli %v4743, %v967 : i64
                  %v4745 = arith.addi %v4744, %v4579 : i64
                  scf.if %v4740 {
                    %v4746 = llvm.getelementptr %v49[%v4745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4737, %v4746 : f32, !llvm.ptr
                  }
                  %v4747 = arith.select %v28, %v4666, %v56 : f32
                  // sum over the warp's outer points: shuffles
                  %v4748, %v4749 = gpu.shuffle xor %v4747, %v953, %v262 : f32
                  %v4750 = arith.addf %v4747, %v4748 fastmath<contract> : f32
                  %v4751, %v4752 = gpu.shuffle xor %v4750, %v957, %v262 : f32
                  %v4753 = arith.addf %v4750, %v4751 fastmath<contract> : f32
                  %v4754 = arith.divui %v14, %v16 : i64
                  %v4755 = arith.remui %v14, %v16 : i64
                  %v4756 = arith.cmpi ult, %v4755, %v23 : i64
                  %v4757 = arith.addi %v23, %v24 : i64
                  %v4758 = arith.muli %v4754, %v1 : i64
                  %v4759 = arith.addi %v4758, %v4757 : i64
                  %v4760 = arith.muli %v4759, %v967 : i64
                  %v4761 = arith.addi %v4760, %v4579 : i64
                  scf.if %v4756 {
                    %v4762 = llvm.getelementptr %v49[%v4761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    llvm.store %v4753, %v4762 : f32, !llvm.ptr
                  }
                  %v4763 = arith.muli %v24, %v140 : i64
                  %v4764 = arith.subi %v4580, %v109 : i64
                  %v4765 = arith.addi %v4763, %v4764 : i64
                  %v4766 = llvm.getelementptr %v53[%v4765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4767 = llvm.load %v4766 : !llvm.ptr -> f32
                  %v4768 = arith.mulf %v4767, %v4623 fastmath<contract> : f32
                  %v4769 = arith.constant 8 : i64
                  %v4770 = arith.addi %v4769, %v24 : i64
                  %v4771 = arith.muli %v4770, %v140 : i64
                  %v4772 = arith.subi %v4580, %v109 : i64
                  %v4773 = arith.addi %v4771, %v4772 : i64
                  %v4774 = llvm.getelementptr %v53[%v4773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v4775 = llvm.load %v4774 : !llvm.ptr -> f32
                  %v4776 = arith.mulf %v4775, %v4625 fastmath<contract> : f32
                  %v4777 = arith.addf %v4768, %v4776 fastmath<contract> : f32
                  llvm.store %v4777, %v3076 : f32, !llvm.ptr
                  %v4778 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4636) : (f32) -> f32
                  %v4779 = arith.mulf %v277, %v4778 fastmath<contract> : f32
                  %v4780 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4779) : (f32) -> f32
                  llvm.store %v4780, %v42 : f32, !llvm.ptr
                  %v4781 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4657) : (f32) -> f32
                  %v4782 = arith.mulf %v277, %v4781 fastmath<contract> : f32
                  %v4783 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4782) : (f32) -> f32
                  llvm.store %v4783, %v43 : f32, !llvm.ptr
                }
                %v4784 = llvm.load %v3076 : !llvm.ptr -> f32
                %v4785 = arith.select %v3079, %v4784, %v4575 : f32
                %v4786 = arith.select %v3079, %v4575, %v4784 : f32
                %v4787, %v4788 = gpu.shuffle xor %v4785, %v1285, %v262 : f32
                %v4789 = arith.addf %v4786, %v4787 fastmath<contract> : f32
                %v4790 = arith.select %v3082, %v4789, %v4366 : f32
                %v4791 = arith.select %v3082, %v4366, %v4789 : f32
                %v4792, %v4793 = gpu.shuffle xor %v4790, %v1716, %v262 : f32
                %v4794 = arith.addf %v4791, %v4792 fastmath<contract> : f32
                %v4795 = arith.select %v3085, %v4794, %v3943 : f32
                %v4796 = arith.select %v3085, %v3943, %v4794 : f32
                %v4797, %v4798 = gpu.shuffle xor %v4795, %v1500, %v262 : f32
                %v4799 = arith.addf %v4796, %v4797 fastmath<contract> : f32
                %v4800 = arith.addi %v346, %v24 : i64
                %v4801 = arith.cmpi slt, %v4800, %v111 : i64
                %v4802 = arith.andi %v28, %v4801 : i1
                scf.if %v4802 {
                  %v4803 = arith.addi %v109, %v4800 : i64
                  // the gradients of this lane's own step
                  %v4804 = arith.muli %v38, %v288 : i64
                  %v4805 = arith.muli %v4803, %v287 : i64
                  %v4806 = arith.addi %v4804, %v4805 : i64
                  %v4807 = arith.muli %v36, %v286 : i64
                  %v4808 = arith.addi %v4806, %v4807 : i64
                  %v4809 = arith.muli %v34, %v2 : i64
                  %v4810 = arith.addi %v4808, %v4809 : i64
                  %v4811 = llvm.getelementptr %dx_v[%v4810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v4799, %v4811 : f32, !llvm.ptr
                }
              }
            }
          }
          gpu.barrier
          %v4812 = arith.index_cast %v14 : i64 to index
          %v4813 = arith.index_cast %v116 : i64 to index
          %v4814 = arith.index_cast %v116 : i64 to index
          scf.for %v4815 = %v4812 to %v4813 step %v4814 {
            %v4816 = arith.index_cast %v4815 : index to i64
            %v4821 = arith.remui %v4816, %v1 : i64
            %v4822 = arith.divui %v4816, %v1 : i64
            %v4823 = arith.muli %v335, %v328 : i64
            %v4824 = arith.divui %v4821, %v23 : i64
            %v4825 = arith.addi %v4823, %v4824 : i64
            %v4826 = arith.cmpi slt, %v4825, %v113 : i64
            %v4827 = arith.subi %v113, %v2 : i64
            %v4828 = arith.subi %v4827, %v4825 : i64
            %v4829 = arith.remui %v4821, %v23 : i64
            %v4830 = arith.subi %v61, %v4829 : i64
            %v4831 = arith.muli %v4828, %v23 : i64
            %v4832 = arith.addi %v4831, %v4830 : i64
            %v4833 = arith.cmpi slt, %v4832, %v111 : i64
            %v4834 = arith.andi %v4826, %v4833 : i1
            scf.if %v4834 {
              %v4835 = arith.addi %v109, %v4832 : i64
              %v4836 = arith.remui %v4816, %v1 : i64
              %v4837 = arith.divui %v4816, %v1 : i64
              %v4838 = arith.muli %v58, %v1 : i64
              %v4839 = arith.addi %v4838, %v4837 : i64
              %v4840 = arith.muli %v4839, %v967 : i64
              %v4841 = arith.addi %v4840, %v4836 : i64
              %v4842 = llvm.getelementptr %v45[%v4841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4843 = llvm.load %v4842 : !llvm.ptr -> f32
              %v4844 = arith.muli %v2, %v1 : i64
              %v4845 = arith.addi %v4844, %v4837 : i64
              %v4846 = arith.muli %v4845, %v967 : i64
              %v4847 = arith.addi %v4846, %v4836 : i64
              %v4848 = llvm.getelementptr %v45[%v4847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4849 = llvm.load %v4848 : !llvm.ptr -> f32
              %v4850 = arith.addf %v4843, %v4849 fastmath<contract> : f32
              %v4851 = arith.muli %v328, %v1 : i64
              %v4852 = arith.addi %v4851, %v4837 : i64
              %v4853 = arith.muli %v4852, %v967 : i64
              %v4854 = arith.addi %v4853, %v4836 : i64
              %v4855 = llvm.getelementptr %v45[%v4854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4856 = llvm.load %v4855 : !llvm.ptr -> f32
              %v4857 = arith.addf %v4850, %v4856 fastmath<contract> : f32
              %v4858 = arith.muli %v547, %v1 : i64
              %v4859 = arith.addi %v4858, %v4837 : i64
              %v4860 = arith.muli %v4859, %v967 : i64
              %v4861 = arith.addi %v4860, %v4836 : i64
              %v4862 = llvm.getelementptr %v45[%v4861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4863 = llvm.load %v4862 : !llvm.ptr -> f32
              %v4864 = arith.addf %v4857, %v4863 fastmath<contract> : f32
              %v4865 = arith.muli %v606, %v1 : i64
              %v4866 = arith.addi %v4865, %v4837 : i64
              %v4867 = arith.muli %v4866, %v967 : i64
              %v4868 = arith.addi %v4867, %v4836 : i64
              %v4869 = llvm.getelementptr %v45[%v4868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4870 = llvm.load %v4869 : !llvm.ptr -> f32
              %v4871 = arith.addf %v4864, %v4870 fastmath<contract> : f32
              %v4872 = arith.muli %v665, %v1 : i64
              %v4873 = arith.addi %v4872, %v4837 : i64
              %v4874 = arith.muli %v4873, %v967 : i64
              %v4875 = arith.addi %v4874, %v4836 : i64
              %v4876 = llvm.getelementptr %v45[%v4875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4877 = llvm.load %v4876 : !llvm.ptr -> f32
              %v4878 = arith.addf %v4871, %v4877 fastmath<contract> : f32
              %v4879 = arith.muli %v724, %v1 : i64
              %v4880 = arith.addi %v4879, %v4837 : i64
              %v4881 = arith.muli %v4880, %v967 : i64
              %v4882 = arith.addi %v4881, %v4836 : i64
              %v4883 = llvm.getelementptr %v45[%v4882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4884 = llvm.load %v4883 : !llvm.ptr -> f32
              %v4885 = arith.addf %v4878, %v4884 fastmath<contract> : f32
              %v4886 = arith.muli %v61, %v1 : i64
              %v4887 = arith.addi %v4886, %v4837 : i64
              %v4888 = arith.muli %v4887, %v967 : i64
              %v4889 = arith.addi %v4888, %v4836 : i64
              %v4890 = llvm.getelementptr %v45[%v4889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4891 = llvm.load %v4890 : !llvm.ptr -> f32
              %v4892 = arith.addf %v4885, %v4891 fastmath<contract> : f32
              %v4893 = arith.remui %v4822, %v1 : i64
              %v4894 = arith.divui %v4822, %v1 : i64
              %v4895 = arith.muli %v38, %v130 : i64
              %v4896 = arith.muli %v4835, %v129 : i64
              %v4897 = arith.addi %v4895, %v4896 : i64
              %v4898 = arith.muli %v36, %v128 : i64
              %v4899 = arith.addi %v4897, %v4898 : i64
              %v4900 = arith.muli %v4893, %v2 : i64
              %v4901 = arith.addi %v4899, %v4900 : i64
              %v4902 = arith.muli %v22, %v4820 : i64
              %v4903 = arith.addi %v4902, %v4901 : i64
              %v4904 = llvm.getelementptr %part_q[%v4903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4892, %v4904 : f32, !llvm.ptr
            }
          }
          %v4905 = arith.index_cast %v14 : i64 to index
          %v4906 = arith.index_cast %v116 : i64 to index
          %v4907 = arith.index_cast %v116 : i64 to index
          scf.for %v4908 = %v4905 to %v4906 step %v4907 {
            %v4909 = arith.index_cast %v4908 : index to i64
            %v4914 = arith.remui %v4909, %v1 : i64
            %v4915 = arith.divui %v4909, %v1 : i64
            %v4916 = arith.muli %v335, %v328 : i64
            %v4917 = arith.divui %v4914, %v23 : i64
            %v4918 = arith.addi %v4916, %v4917 : i64
            %v4919 = arith.cmpi slt, %v4918, %v113 : i64
            %v4920 = arith.subi %v113, %v2 : i64
            %v4921 = arith.subi %v4920, %v4918 : i64
            %v4922 = arith.remui %v4914, %v23 : i64
            %v4923 = arith.subi %v61, %v4922 : i64
            %v4924 = arith.muli %v4921, %v23 : i64
            %v4925 = arith.addi %v4924, %v4923 : i64
            %v4926 = arith.cmpi slt, %v4925, %v111 : i64
            %v4927 = arith.andi %v4919, %v4926 : i1
            scf.if %v4927 {
              %v4928 = arith.addi %v109, %v4925 : i64
              %v4929 = arith.remui %v4909, %v1 : i64
              %v4930 = arith.divui %v4909, %v1 : i64
              %v4931 = arith.muli %v58, %v1 : i64
              %v4932 = arith.addi %v4931, %v4930 : i64
              %v4933 = arith.muli %v4932, %v967 : i64
              %v4934 = arith.addi %v4933, %v4929 : i64
              %v4935 = llvm.getelementptr %v47[%v4934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4936 = llvm.load %v4935 : !llvm.ptr -> f32
              %v4937 = arith.muli %v2, %v1 : i64
              %v4938 = arith.addi %v4937, %v4930 : i64
              %v4939 = arith.muli %v4938, %v967 : i64
              %v4940 = arith.addi %v4939, %v4929 : i64
              %v4941 = llvm.getelementptr %v47[%v4940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4942 = llvm.load %v4941 : !llvm.ptr -> f32
              %v4943 = arith.addf %v4936, %v4942 fastmath<contract> : f32
              %v4944 = arith.muli %v328, %v1 : i64
              %v4945 = arith.addi %v4944, %v4930 : i64
              %v4946 = arith.muli %v4945, %v967 : i64
              %v4947 = arith.addi %v4946, %v4929 : i64
              %v4948 = llvm.getelementptr %v47[%v4947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4949 = llvm.load %v4948 : !llvm.ptr -> f32
              %v4950 = arith.addf %v4943, %v4949 fastmath<contract> : f32
              %v4951 = arith.muli %v547, %v1 : i64
              %v4952 = arith.addi %v4951, %v4930 : i64
              %v4953 = arith.muli %v4952, %v967 : i64
              %v4954 = arith.addi %v4953, %v4929 : i64
              %v4955 = llvm.getelementptr %v47[%v4954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4956 = llvm.load %v4955 : !llvm.ptr -> f32
              %v4957 = arith.addf %v4950, %v4956 fastmath<contract> : f32
              %v4958 = arith.muli %v606, %v1 : i64
              %v4959 = arith.addi %v4958, %v4930 : i64
              %v4960 = arith.muli %v4959, %v967 : i64
              %v4961 = arith.addi %v4960, %v4929 : i64
              %v4962 = llvm.getelementptr %v47[%v4961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4963 = llvm.load %v4962 : !llvm.ptr -> f32
              %v4964 = arith.addf %v4957, %v4963 fastmath<contract> : f32
              %v4965 = arith.muli %v665, %v1 : i64
              %v4966 = arith.addi %v4965, %v4930 : i64
              %v4967 = arith.muli %v4966, %v967 : i64
              %v4968 = arith.addi %v4967, %v4929 : i64
              %v4969 = llvm.getelementptr %v47[%v4968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4970 = llvm.load %v4969 : !llvm.ptr -> f32
              %v4971 = arith.addf %v4964, %v4970 fastmath<contract> : f32
              %v4972 = arith.muli %v724, %v1 : i64
              %v4973 = arith.addi %v4972, %v4930 : i64
              %v4974 = arith.muli %v4973, %v967 : i64
              %v4975 = arith.addi %v4974, %v4929 : i64
              %v4976 = llvm.getelementptr %v47[%v4975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4977 = llvm.load %v4976 : !llvm.ptr -> f32
              %v4978 = arith.addf %v4971, %v4977 fastmath<contract> : f32
              %v4979 = arith.muli %v61, %v1 : i64
              %v4980 = arith.addi %v4979, %v4930 : i64
              %v4981 = arith.muli %v4980, %v967 : i64
              %v4982 = arith.addi %v4981, %v4929 : i64
              %v4983 = llvm.getelementptr %v47[%v4982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v4984 = llvm.load %v4983 : !llvm.ptr -> f32
              %v4985 = arith.addf %v4978, %v4984 fastmath<contract> : f32
              %v4986 = arith.remui %v4915, %v1 : i64
              %v4987 = arith.divui %v4915, %v1 : i64
              %v4988 = arith.muli %v38, %v130 : i64
              %v4989 = arith.muli %v4928, %v129 : i64
              %v4990 = arith.addi %v4988, %v4989 : i64
              %v4991 = arith.muli %v36, %v128 : i64
              %v4992 = arith.addi %v4990, %v4991 : i64
              %v4993 = arith.muli %v4986, %v2 : i64
              %v4994 = arith.addi %v4992, %v4993 : i64
              %v4995 = arith.muli %v22, %v4913 : i64
              %v4996 = arith.addi %v4995, %v4994 : i64
              %v4997 = llvm.getelementptr %part_k[%v4996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4985, %v4997 : f32, !llvm.ptr
            }
          }
          %v4998 = arith.index_cast %v14 : i64 to index
          %v4999 = arith.index_cast %v116 : i64 to index
          %v5000 = arith.index_cast %v116 : i64 to index
          scf.for %v5001 = %v4998 to %v4999 step %v5000 {
            %v5002 = arith.index_cast %v5001 : index to i64
            %v5007 = arith.remui %v5002, %v1 : i64
            %v5008 = arith.divui %v5002, %v1 : i64
            %v5009 = arith.muli %v335, %v328 : i64
            %v5010 = arith.divui %v5007, %v23 : i64
            %v5011 = arith.addi %v5009, %v5010 : i64
            %v5012 = arith.cmpi slt, %v5011, %v113 : i64
            %v5013 = arith.subi %v113, %v2 : i64
            %v5014 = arith.subi %v5013, %v5011 : i64
            %v5015 = arith.remui %v5007, %v23 : i64
            %v5016 = arith.subi %v61, %v5015 : i64
            %v5017 = arith.muli %v5014, %v23 : i64
            %v5018 = arith.addi %v5017, %v5016 : i64
            %v5019 = arith.cmpi slt, %v5018, %v111 : i64
            %v5020 = arith.andi %v5012, %v5019 : i1
            scf.if %v5020 {
              %v5021 = arith.addi %v109, %v5018 : i64
              %v5022 = arith.remui %v5002, %v1 : i64
              %v5023 = arith.divui %v5002, %v1 : i64
              %v5024 = arith.muli %v58, %v1 : i64
              %v5025 = arith.addi %v5024, %v5023 : i64
              %v5026 = arith.muli %v5025, %v967 : i64
              %v5027 = arith.addi %v5026, %v5022 : i64
              %v5028 = llvm.getelementptr %v49[%v5027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5029 = llvm.load %v5028 : !llvm.ptr -> f32
              %v5030 = arith.muli %v2, %v1 : i64
              %v5031 = arith.addi %v5030, %v5023 : i64
              %v5032 = arith.muli %v5031, %v967 : i64
              %v5033 = arith.addi %v5032, %v5022 : i64
              %v5034 = llvm.getelementptr %v49[%v5033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5035 = llvm.load %v5034 : !llvm.ptr -> f32
              %v5036 = arith.addf %v5029, %v5035 fastmath<contract> : f32
              %v5037 = arith.muli %v328, %v1 : i64
              %v5038 = arith.addi %v5037, %v5023 : i64
              %v5039 = arith.muli %v5038, %v967 : i64
              %v5040 = arith.addi %v5039, %v5022 : i64
              %v5041 = llvm.getelementptr %v49[%v5040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5042 = llvm.load %v5041 : !llvm.ptr -> f32
              %v5043 = arith.addf %v5036, %v5042 fastmath<contract> : f32
              %v5044 = arith.muli %v547, %v1 : i64
              %v5045 = arith.addi %v5044, %v5023 : i64
              %v5046 = arith.muli %v5045, %v967 : i64
              %v5047 = arith.addi %v5046, %v5022 : i64
              %v5048 = llvm.getelementptr %v49[%v5047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5049 = llvm.load %v5048 : !llvm.ptr -> f32
              %v5050 = arith.addf %v5043, %v5049 fastmath<contract> : f32
              %v5051 = arith.muli %v606, %v1 : i64
              %v5052 = arith.addi %v5051, %v5023 : i64
              %v5053 = arith.muli %v5052, %v967 : i64
              %v5054 = arith.addi %v5053, %v5022 : i64
              %v5055 = llvm.getelementptr %v49[%v5054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5056 = llvm.load %v5055 : !llvm.ptr -> f32
              %v5057 = arith.addf %v5050, %v5056 fastmath<contract> : f32
              %v5058 = arith.muli %v665, %v1 : i64
              %v5059 = arith.addi %v5058, %v5023 : i64
              %v5060 = arith.muli %v5059, %v967 : i64
              %v5061 = arith.addi %v5060, %v5022 : i64
              %v5062 = llvm.getelementptr %v49[%v5061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5063 = llvm.load %v5062 : !llvm.ptr -> f32
              %v5064 = arith.addf %v5057, %v5063 fastmath<contract> : f32
              %v5065 = arith.muli %v724, %v1 : i64
              %v5066 = arith.addi %v5065, %v5023 : i64
              %v5067 = arith.muli %v5066, %v967 : i64
              %v5068 = arith.addi %v5067, %v5022 : i64
              %v5069 = llvm.getelementptr %v49[%v5068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5070 = llvm.load %v5069 : !llvm.ptr -> f32
              %v5071 = arith.addf %v5064, %v5070 fastmath<contract> : f32
              %v5072 = arith.muli %v61, %v1 : i64
              %v5073 = arith.addi %v5072, %v5023 : i64
              %v5074 = arith.muli %v5073, %v967 : i64
              %v5075 = arith.addi %v5074, %v5022 : i64
              %v5076 = llvm.getelementptr %v49[%v5075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v5077 = llvm.load %v5076 : !llvm.ptr -> f32
              %v5078 = arith.addf %v5071, %v5077 fastmath<contract> : f32
              %v5079 = arith.remui %v5008, %v1 : i64
              %v5080 = arith.divui %v5008, %v1 : i64
              %v5081 = arith.muli %v38, %v130 : i64
              %v5082 = arith.muli %v5021, %v129 : i64
              %v5083 = arith.addi %v5081, %v5082 : i64
              %v5084 = arith.muli %v36, %v128 : i64
              %v5085 = arith.addi %v5083, %v5084 : i64
              %v5086 = arith.muli %v5079, %v2 : i64
              %v5087 = arith.addi %v5085, %v5086 : i64
              %v5088 = arith.muli %v22, %v5006 : i64
              %v5089 = arith.addi %v5088, %v5087 : i64
              %v5090 = llvm.getelementptr %part_g[%v5089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v5078, %v5090 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v5091 = arith.constant true
      scf.if %v5091 {
      }
      gpu.return
    }
  }
}
