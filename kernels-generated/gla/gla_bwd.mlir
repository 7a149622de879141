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
      %v545 = arith.constant 3 : i64
      %v604 = arith.constant 4 : i64
      %v663 = arith.constant 5 : i64
      %v722 = arith.constant 6 : i64
      %v839 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v854 = arith.constant 2147483647 : i64
      %v858 = arith.constant 7 : i32
      %v919 = arith.constant 0xBF700000 : f32
      %v951 = arith.constant 8 : i32
      %v955 = arith.constant 16 : i32
      %v965 = arith.constant 17 : i64
      %v1072 = arith.constant 6 : i32
      %v1283 = arith.constant 1 : i32
      %v1288 = arith.constant 5 : i32
      %v1498 = arith.constant 4 : i32
      %v1714 = arith.constant 2 : i32
      %v1719 = arith.constant 3 : i32
      %v2352 = arith.constant 0 : i32
      %v2588 = arith.muli %v2, %size_B : i64
      %v2589 = arith.muli %v2588, %size_L : i64
      %v2590 = arith.muli %v2589, %size_H : i64
      %v2591 = arith.muli %v2590, %v1 : i64
      %v2679 = arith.muli %v2, %size_B : i64
      %v2680 = arith.muli %v2679, %size_L : i64
      %v2681 = arith.muli %v2680, %size_H : i64
      %v2682 = arith.muli %v2681, %v1 : i64
      %v2770 = arith.muli %v2, %size_B : i64
      %v2771 = arith.muli %v2770, %size_L : i64
      %v2772 = arith.muli %v2771, %size_H : i64
      %v2773 = arith.muli %v2772, %v1 : i64
      %v12 = gpu.block_id x
      %v13 = gpu.thread_id x
      %v14 = arith.index_cast %v13 : index to i64
      %v15 = arith.index_cast %v12 : index to i64
      %v17 = arith.subi %v16, %v2 : i64
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
              %v349 = arith.subi %v111, %v2 : i64
              %v350 = arith.muli %v345, %v5 : i64
              %v351 = arith.subi %v5, %v2 : i64
              %v352 = arith.minsi %v30, %v351 : i64
              %v353 = arith.addi %v350, %v352 : i64
              %v354 = arith.muli %v353, %v1 : i64
              %v355 = arith.addi %v354, %v58 : i64
              %v356 = arith.addi %v355, %v24 : i64
              %v357 = llvm.getelementptr %scratch_S[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v358 = llvm.load %v357 : !llvm.ptr -> f32
              %v359 = arith.muli %v345, %v5 : i64
              %v360 = arith.subi %v5, %v2 : i64
              %v361 = arith.minsi %v30, %v360 : i64
              %v362 = arith.addi %v359, %v361 : i64
              %v363 = arith.muli %v362, %v1 : i64
              %v364 = arith.addi %v363, %v23 : i64
              %v365 = arith.addi %v364, %v24 : i64
              %v366 = llvm.getelementptr %scratch_S[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v367 = llvm.load %v366 : !llvm.ptr -> f32
              %v368 = arith.addi %v346, %v24 : i64
              %v369 = arith.minsi %v368, %v349 : i64
              %v370 = arith.addi %v109, %v369 : i64
              // the group's states, recomputed into registers
              %v371 = arith.addi %v346, %v58 : i64
              %v372 = arith.minsi %v371, %v349 : i64
              %v373 = arith.addi %v109, %v372 : i64
              %v374 = arith.muli %v24, %v140 : i64
              %v375 = arith.subi %v373, %v109 : i64
              %v376 = arith.addi %v374, %v375 : i64
              %v377 = llvm.getelementptr %v55[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v378 = llvm.load %v377 : !llvm.ptr -> f32
              %v379 = arith.negf %v378 : f32
              %v380 = arith.mulf %v379, %v272 fastmath<contract> : f32
              %v381 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v380) : (f32) -> f32
              %v382 = arith.addf %v57, %v381 fastmath<contract> : f32
              %v383 = arith.divf %v57, %v382 : f32
              %v384 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v383) : (f32) -> f32
              %v385 = arith.mulf %v277, %v384 fastmath<contract> : f32
              %v386 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v385) : (f32) -> f32
              %v387 = arith.muli %v24, %v140 : i64
              %v388 = arith.subi %v373, %v109 : i64
              %v389 = arith.addi %v387, %v388 : i64
              %v390 = llvm.getelementptr %v53[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v391 = llvm.load %v390 : !llvm.ptr -> f32
              %v392 = arith.muli %v38, %v288 : i64
              %v393 = arith.muli %v373, %v287 : i64
              %v394 = arith.addi %v392, %v393 : i64
              %v395 = arith.muli %v36, %v286 : i64
              %v396 = arith.addi %v394, %v395 : i64
              %v397 = arith.muli %v34, %v2 : i64
              %v398 = arith.addi %v396, %v397 : i64
              %v399 = llvm.getelementptr %in_v[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v400 = llvm.load %v399 : !llvm.ptr -> f32
              %v401 = arith.mulf %v391, %v400 fastmath<contract> : f32
              %v402 = arith.mulf %v386, %v358 fastmath<contract> : f32
              %v403 = arith.addf %v402, %v401 fastmath<contract> : f32
              %v404 = arith.constant 8 : i64
              %v405 = arith.addi %v404, %v24 : i64
              %v406 = arith.muli %v405, %v140 : i64
              %v407 = arith.subi %v373, %v109 : i64
              %v408 = arith.addi %v406, %v407 : i64
              %v409 = llvm.getelementptr %v55[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v410 = llvm.load %v409 : !llvm.ptr -> f32
              %v411 = arith.negf %v410 : f32
              %v412 = arith.mulf %v411, %v272 fastmath<contract> : f32
              %v413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v412) : (f32) -> f32
              %v414 = arith.addf %v57, %v413 fastmath<contract> : f32
              %v415 = arith.divf %v57, %v414 : f32
              %v416 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v415) : (f32) -> f32
              %v417 = arith.mulf %v277, %v416 fastmath<contract> : f32
              %v418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v417) : (f32) -> f32
              %v419 = arith.constant 8 : i64
              %v420 = arith.addi %v419, %v24 : i64
              %v421 = arith.muli %v420, %v140 : i64
              %v422 = arith.subi %v373, %v109 : i64
              %v423 = arith.addi %v421, %v422 : i64
              %v424 = llvm.getelementptr %v53[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v425 = llvm.load %v424 : !llvm.ptr -> f32
              %v426 = arith.mulf %v425, %v400 fastmath<contract> : f32
              %v427 = arith.mulf %v418, %v367 fastmath<contract> : f32
              %v428 = arith.addf %v427, %v426 fastmath<contract> : f32
              %v429 = arith.addi %v346, %v2 : i64
              %v430 = arith.minsi %v429, %v349 : i64
              %v431 = arith.addi %v109, %v430 : i64
              %v432 = arith.muli %v24, %v140 : i64
              %v433 = arith.subi %v431, %v109 : i64
              %v434 = arith.addi %v432, %v433 : i64
              %v435 = llvm.getelementptr %v55[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v436 = llvm.load %v435 : !llvm.ptr -> f32
              %v437 = arith.negf %v436 : f32
              %v438 = arith.mulf %v437, %v272 fastmath<contract> : f32
              %v439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v438) : (f32) -> f32
              %v440 = arith.addf %v57, %v439 fastmath<contract> : f32
              %v441 = arith.divf %v57, %v440 : f32
              %v442 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v441) : (f32) -> f32
              %v443 = arith.mulf %v277, %v442 fastmath<contract> : f32
              %v444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v443) : (f32) -> f32
              %v445 = arith.muli %v24, %v140 : i64
              %v446 = arith.subi %v431, %v109 : i64
              %v447 = arith.addi %v445, %v446 : i64
              %v448 = llvm.getelementptr %v53[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v449 = llvm.load %v448 : !llvm.ptr -> f32
              %v450 = arith.muli %v38, %v288 : i64
              %v451 = arith.muli %v431, %v287 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = arith.muli %v36, %v286 : i64
              %v454 = arith.addi %v452, %v453 : i64
              %v455 = arith.muli %v34, %v2 : i64
              %v456 = arith.addi %v454, %v455 : i64
              %v457 = llvm.getelementptr %in_v[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              %v459 = arith.mulf %v449, %v458 fastmath<contract> : f32
              %v460 = arith.mulf %v444, %v403 fastmath<contract> : f32
              %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
              %v462 = arith.constant 8 : i64
              %v463 = arith.addi %v462, %v24 : i64
              %v464 = arith.muli %v463, %v140 : i64
              %v465 = arith.subi %v431, %v109 : i64
              %v466 = arith.addi %v464, %v465 : i64
              %v467 = llvm.getelementptr %v55[%v466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v468 = llvm.load %v467 : !llvm.ptr -> f32
              %v469 = arith.negf %v468 : f32
              %v470 = arith.mulf %v469, %v272 fastmath<contract> : f32
              %v471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v470) : (f32) -> f32
              %v472 = arith.addf %v57, %v471 fastmath<contract> : f32
              %v473 = arith.divf %v57, %v472 : f32
              %v474 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v473) : (f32) -> f32
              %v475 = arith.mulf %v277, %v474 fastmath<contract> : f32
              %v476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v475) : (f32) -> f32
              %v477 = arith.constant 8 : i64
              %v478 = arith.addi %v477, %v24 : i64
              %v479 = arith.muli %v478, %v140 : i64
              %v480 = arith.subi %v431, %v109 : i64
              %v481 = arith.addi %v479, %v480 : i64
              %v482 = llvm.getelementptr %v53[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v483 = llvm.load %v482 : !llvm.ptr -> f32
              %v484 = arith.mulf %v483, %v458 fastmath<contract> : f32
              %v485 = arith.mulf %v476, %v428 fastmath<contract> : f32
              %v486 = arith.addf %v485, %v484 fastmath<contract> : f32
              %v487 = arith.addi %v346, %v328 : i64
              %v488 = arith.minsi %v487, %v349 : i64
              %v489 = arith.addi %v109, %v488 : i64
              %v490 = arith.muli %v24, %v140 : i64
              %v491 = arith.subi %v489, %v109 : i64
              %v492 = arith.addi %v490, %v491 : i64
              %v493 = llvm.getelementptr %v55[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v494 = llvm.load %v493 : !llvm.ptr -> f32
              %v495 = arith.negf %v494 : f32
              %v496 = arith.mulf %v495, %v272 fastmath<contract> : f32
              %v497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v496) : (f32) -> f32
              %v498 = arith.addf %v57, %v497 fastmath<contract> : f32
              %v499 = arith.divf %v57, %v498 : f32
              %v500 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v499) : (f32) -> f32
              %v501 = arith.mulf %v277, %v500 fastmath<contract> : f32
              %v502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v501) : (f32) -> f32
              %v503 = arith.muli %v24, %v140 : i64
              %v504 = arith.subi %v489, %v109 : i64
              %v505 = arith.addi %v503, %v504 : i64
              %v506 = llvm.getelementptr %v53[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v507 = llvm.load %v506 : !llvm.ptr -> f32
              %v508 = arith.muli %v38, %v288 : i64
              %v509 = arith.muli %v489, %v287 : i64
              %v510 = arith.addi %v508, %v509 : i64
              %v511 = arith.muli %v36, %v286 : i64
              %v512 = arith.addi %v510, %v511 : i64
              %v513 = arith.muli %v34, %v2 : i64
              %v514 = arith.addi %v512, %v513 : i64
              %v515 = llvm.getelementptr %in_v[%v514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v516 = llvm.load %v515 : !llvm.ptr -> f32
              %v517 = arith.mulf %v507, %v516 fastmath<contract> : f32
              %v518 = arith.mulf %v502, %v461 fastmath<contract> : f32
              %v519 = arith.addf %v518, %v517 fastmath<contract> : f32
              %v520 = arith.constant 8 : i64
              %v521 = arith.addi %v520, %v24 : i64
              %v522 = arith.muli %v521, %v140 : i64
              %v523 = arith.subi %v489, %v109 : i64
              %v524 = arith.addi %v522, %v523 : i64
              %v525 = llvm.getelementptr %v55[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v526 = llvm.load %v525 : !llvm.ptr -> f32
              %v527 = arith.negf %v526 : f32
              %v528 = arith.mulf %v527, %v272 fastmath<contract> : f32
              %v529 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v528) : (f32) -> f32
              %v530 = arith.addf %v57, %v529 fastmath<contract> : f32
              %v531 = arith.divf %v57, %v530 : f32
              %v532 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v531) : (f32) -> f32
              %v533 = arith.mulf %v277, %v532 fastmath<contract> : f32
              %v534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v533) : (f32) -> f32
              %v535 = arith.constant 8 : i64
              %v536 = arith.addi %v535, %v24 : i64
              %v537 = arith.muli %v536, %v140 : i64
              %v538 = arith.subi %v489, %v109 : i64
              %v539 = arith.addi %v537, %v538 : i64
              %v540 = llvm.getelementptr %v53[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v541 = llvm.load %v540 : !llvm.ptr -> f32
              %v542 = arith.mulf %v541, %v516 fastmath<contract> : f32
              %v543 = arith.mulf %v534, %v486 fastmath<contract> : f32
              %v544 = arith.addf %v543, %v542 fastmath<contract> : f32
              %v546 = arith.addi %v346, %v545 : i64
              %v547 = arith.minsi %v546, %v349 : i64
              %v548 = arith.addi %v109, %v547 : i64
              %v549 = arith.muli %v24, %v140 : i64
              %v550 = arith.subi %v548, %v109 : i64
              %v551 = arith.addi %v549, %v550 : i64
              %v552 = llvm.getelementptr %v55[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v553 = llvm.load %v552 : !llvm.ptr -> f32
              %v554 = arith.negf %v553 : f32
              %v555 = arith.mulf %v554, %v272 fastmath<contract> : f32
              %v556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v555) : (f32) -> f32
              %v557 = arith.addf %v57, %v556 fastmath<contract> : f32
              %v558 = arith.divf %v57, %v557 : f32
              %v559 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v558) : (f32) -> f32
              %v560 = arith.mulf %v277, %v559 fastmath<contract> : f32
              %v561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v560) : (f32) -> f32
              %v562 = arith.muli %v24, %v140 : i64
              %v563 = arith.subi %v548, %v109 : i64
              %v564 = arith.addi %v562, %v563 : i64
              %v565 = llvm.getelementptr %v53[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v566 = llvm.load %v565 : !llvm.ptr -> f32
              %v567 = arith.muli %v38, %v288 : i64
              %v568 = arith.muli %v548, %v287 : i64
              %v569 = arith.addi %v567, %v568 : i64
              %v570 = arith.muli %v36, %v286 : i64
              %v571 = arith.addi %v569, %v570 : i64
              %v572 = arith.muli %v34, %v2 : i64
              %v573 = arith.addi %v571, %v572 : i64
              %v574 = llvm.getelementptr %in_v[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v575 = llvm.load %v574 : !llvm.ptr -> f32
              %v576 = arith.mulf %v566, %v575 fastmath<contract> : f32
              %v577 = arith.mulf %v561, %v519 fastmath<contract> : f32
              %v578 = arith.addf %v577, %v576 fastmath<contract> : f32
              %v579 = arith.constant 8 : i64
              %v580 = arith.addi %v579, %v24 : i64
              %v581 = arith.muli %v580, %v140 : i64
              %v582 = arith.subi %v548, %v109 : i64
              %v583 = arith.addi %v581, %v582 : i64
              %v584 = llvm.getelementptr %v55[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v585 = llvm.load %v584 : !llvm.ptr -> f32
              %v586 = arith.negf %v585 : f32
              %v587 = arith.mulf %v586, %v272 fastmath<contract> : f32
              %v588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v587) : (f32) -> f32
              %v589 = arith.addf %v57, %v588 fastmath<contract> : f32
              %v590 = arith.divf %v57, %v589 : f32
              %v591 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v590) : (f32) -> f32
              %v592 = arith.mulf %v277, %v591 fastmath<contract> : f32
              %v593 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v592) : (f32) -> f32
              %v594 = arith.constant 8 : i64
              %v595 = arith.addi %v594, %v24 : i64
              %v596 = arith.muli %v595, %v140 : i64
              %v597 = arith.subi %v548, %v109 : i64
              %v598 = arith.addi %v596, %v597 : i64
              %v599 = llvm.getelementptr %v53[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v600 = llvm.load %v599 : !llvm.ptr -> f32
              %v601 = arith.mulf %v600, %v575 fastmath<contract> : f32
              %v602 = arith.mulf %v593, %v544 fastmath<contract> : f32
              %v603 = arith.addf %v602, %v601 fastmath<contract> : f32
              %v605 = arith.addi %v346, %v604 : i64
              %v606 = arith.minsi %v605, %v349 : i64
              %v607 = arith.addi %v109, %v606 : i64
              %v608 = arith.muli %v24, %v140 : i64
              %v609 = arith.subi %v607, %v109 : i64
              %v610 = arith.addi %v608, %v609 : i64
              %v611 = llvm.getelementptr %v55[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v612 = llvm.load %v611 : !llvm.ptr -> f32
              %v613 = arith.negf %v612 : f32
              %v614 = arith.mulf %v613, %v272 fastmath<contract> : f32
              %v615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v614) : (f32) -> f32
              %v616 = arith.addf %v57, %v615 fastmath<contract> : f32
              %v617 = arith.divf %v57, %v616 : f32
              %v618 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v617) : (f32) -> f32
              %v619 = arith.mulf %v277, %v618 fastmath<contract> : f32
              %v620 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v619) : (f32) -> f32
              %v621 = arith.muli %v24, %v140 : i64
              %v622 = arith.subi %v607, %v109 : i64
              %v623 = arith.addi %v621, %v622 : i64
              %v624 = llvm.getelementptr %v53[%v623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v625 = llvm.load %v624 : !llvm.ptr -> f32
              %v626 = arith.muli %v38, %v288 : i64
              %v627 = arith.muli %v607, %v287 : i64
              %v628 = arith.addi %v626, %v627 : i64
              %v629 = arith.muli %v36, %v286 : i64
              %v630 = arith.addi %v628, %v629 : i64
              %v631 = arith.muli %v34, %v2 : i64
              %v632 = arith.addi %v630, %v631 : i64
              %v633 = llvm.getelementptr %in_v[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v634 = llvm.load %v633 : !llvm.ptr -> f32
              %v635 = arith.mulf %v625, %v634 fastmath<contract> : f32
              %v636 = arith.mulf %v620, %v578 fastmath<contract> : f32
              %v637 = arith.addf %v636, %v635 fastmath<contract> : f32
              %v638 = arith.constant 8 : i64
              %v639 = arith.addi %v638, %v24 : i64
              %v640 = arith.muli %v639, %v140 : i64
              %v641 = arith.subi %v607, %v109 : i64
              %v642 = arith.addi %v640, %v641 : i64
              %v643 = llvm.getelementptr %v55[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v644 = llvm.load %v643 : !llvm.ptr -> f32
              %v645 = arith.negf %v644 : f32
              %v646 = arith.mulf %v645, %v272 fastmath<contract> : f32
              %v647 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v646) : (f32) -> f32
              %v648 = arith.addf %v57, %v647 fastmath<contract> : f32
              %v649 = arith.divf %v57, %v648 : f32
              %v650 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v649) : (f32) -> f32
              %v651 = arith.mulf %v277, %v650 fastmath<contract> : f32
              %v652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v651) : (f32) -> f32
              %v653 = arith.constant 8 : i64
              %v654 = arith.addi %v653, %v24 : i64
              %v655 = arith.muli %v654, %v140 : i64
              %v656 = arith.subi %v607, %v109 : i64
              %v657 = arith.addi %v655, %v656 : i64
              %v658 = llvm.getelementptr %v53[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v659 = llvm.load %v658 : !llvm.ptr -> f32
              %v660 = arith.mulf %v659, %v634 fastmath<contract> : f32
              %v661 = arith.mulf %v652, %v603 fastmath<contract> : f32
              %v662 = arith.addf %v661, %v660 fastmath<contract> : f32
              %v664 = arith.addi %v346, %v663 : i64
              %v665 = arith.minsi %v664, %v349 : i64
              %v666 = arith.addi %v109, %v665 : i64
              %v667 = arith.muli %v24, %v140 : i64
              %v668 = arith.subi %v666, %v109 : i64
              %v669 = arith.addi %v667, %v668 : i64
              %v670 = llvm.getelementptr %v55[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v671 = llvm.load %v670 : !llvm.ptr -> f32
              %v672 = arith.negf %v671 : f32
              %v673 = arith.mulf %v672, %v272 fastmath<contract> : f32
              %v674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v673) : (f32) -> f32
              %v675 = arith.addf %v57, %v674 fastmath<contract> : f32
              %v676 = arith.divf %v57, %v675 : f32
              %v677 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v676) : (f32) -> f32
              %v678 = arith.mulf %v277, %v677 fastmath<contract> : f32
              %v679 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v678) : (f32) -> f32
              %v680 = arith.muli %v24, %v140 : i64
              %v681 = arith.subi %v666, %v109 : i64
              %v682 = arith.addi %v680, %v681 : i64
              %v683 = llvm.getelementptr %v53[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v684 = llvm.load %v683 : !llvm.ptr -> f32
              %v685 = arith.muli %v38, %v288 : i64
              %v686 = arith.muli %v666, %v287 : i64
              %v687 = arith.addi %v685, %v686 : i64
              %v688 = arith.muli %v36, %v286 : i64
              %v689 = arith.addi %v687, %v688 : i64
              %v690 = arith.muli %v34, %v2 : i64
              %v691 = arith.addi %v689, %v690 : i64
              %v692 = llvm.getelementptr %in_v[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v693 = llvm.load %v692 : !llvm.ptr -> f32
              %v694 = arith.mulf %v684, %v693 fastmath<contract> : f32
              %v695 = arith.mulf %v679, %v637 fastmath<contract> : f32
              %v696 = arith.addf %v695, %v694 fastmath<contract> : f32
              %v697 = arith.constant 8 : i64
              %v698 = arith.addi %v697, %v24 : i64
              %v699 = arith.muli %v698, %v140 : i64
              %v700 = arith.subi %v666, %v109 : i64
              %v701 = arith.addi %v699, %v700 : i64
              %v702 = llvm.getelementptr %v55[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v703 = llvm.load %v702 : !llvm.ptr -> f32
              %v704 = arith.negf %v703 : f32
              %v705 = arith.mulf %v704, %v272 fastmath<contract> : f32
              %v706 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v705) : (f32) -> f32
              %v707 = arith.addf %v57, %v706 fastmath<contract> : f32
              %v708 = arith.divf %v57, %v707 : f32
              %v709 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v708) : (f32) -> f32
              %v710 = arith.mulf %v277, %v709 fastmath<contract> : f32
              %v711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v710) : (f32) -> f32
              %v712 = arith.constant 8 : i64
              %v713 = arith.addi %v712, %v24 : i64
              %v714 = arith.muli %v713, %v140 : i64
              %v715 = arith.subi %v666, %v109 : i64
              %v716 = arith.addi %v714, %v715 : i64
              %v717 = llvm.getelementptr %v53[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v718 = llvm.load %v717 : !llvm.ptr -> f32
              %v719 = arith.mulf %v718, %v693 fastmath<contract> : f32
              %v720 = arith.mulf %v711, %v662 fastmath<contract> : f32
              %v721 = arith.addf %v720, %v719 fastmath<contract> : f32
              %v723 = arith.addi %v346, %v722 : i64
              %v724 = arith.minsi %v723, %v349 : i64
              %v725 = arith.addi %v109, %v724 : i64
              %v726 = arith.muli %v24, %v140 : i64
              %v727 = arith.subi %v725, %v109 : i64
              %v728 = arith.addi %v726, %v727 : i64
              %v729 = llvm.getelementptr %v55[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v730 = llvm.load %v729 : !llvm.ptr -> f32
              %v731 = arith.negf %v730 : f32
              %v732 = arith.mulf %v731, %v272 fastmath<contract> : f32
              %v733 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v732) : (f32) -> f32
              %v734 = arith.addf %v57, %v733 fastmath<contract> : f32
              %v735 = arith.divf %v57, %v734 : f32
              %v736 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v735) : (f32) -> f32
              %v737 = arith.mulf %v277, %v736 fastmath<contract> : f32
              %v738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v737) : (f32) -> f32
              %v739 = arith.muli %v24, %v140 : i64
              %v740 = arith.subi %v725, %v109 : i64
              %v741 = arith.addi %v739, %v740 : i64
              %v742 = llvm.getelementptr %v53[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v743 = llvm.load %v742 : !llvm.ptr -> f32
              %v744 = arith.muli %v38, %v288 : i64
              %v745 = arith.muli %v725, %v287 : i64
              %v746 = arith.addi %v744, %v745 : i64
              %v747 = arith.muli %v36, %v286 : i64
              %v748 = arith.addi %v746, %v747 : i64
              %v749 = arith.muli %v34, %v2 : i64
              %v750 = arith.addi %v748, %v749 : i64
              %v751 = llvm.getelementptr %in_v[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v752 = llvm.load %v751 : !llvm.ptr -> f32
              %v753 = arith.mulf %v743, %v752 fastmath<contract> : f32
              %v754 = arith.mulf %v738, %v696 fastmath<contract> : f32
              %v755 = arith.addf %v754, %v753 fastmath<contract> : f32
              %v756 = arith.constant 8 : i64
              %v757 = arith.addi %v756, %v24 : i64
              %v758 = arith.muli %v757, %v140 : i64
              %v759 = arith.subi %v725, %v109 : i64
              %v760 = arith.addi %v758, %v759 : i64
              %v761 = llvm.getelementptr %v55[%v760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v762 = llvm.load %v761 : !llvm.ptr -> f32
              %v763 = arith.negf %v762 : f32
              %v764 = arith.mulf %v763, %v272 fastmath<contract> : f32
              %v765 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v764) : (f32) -> f32
              %v766 = arith.addf %v57, %v765 fastmath<contract> : f32
              %v767 = arith.divf %v57, %v766 : f32
              %v768 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v767) : (f32) -> f32
              %v769 = arith.mulf %v277, %v768 fastmath<contract> : f32
              %v770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v769) : (f32) -> f32
              %v771 = arith.constant 8 : i64
              %v772 = arith.addi %v771, %v24 : i64
              %v773 = arith.muli %v772, %v140 : i64
              %v774 = arith.subi %v725, %v109 : i64
              %v775 = arith.addi %v773, %v774 : i64
              %v776 = llvm.getelementptr %v53[%v775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v777 = llvm.load %v776 : !llvm.ptr -> f32
              %v778 = arith.mulf %v777, %v752 fastmath<contract> : f32
              %v779 = arith.mulf %v770, %v721 fastmath<contract> : f32
              %v780 = arith.addf %v779, %v778 fastmath<contract> : f32
              %v781 = arith.addi %v346, %v61 : i64
              %v782 = arith.minsi %v781, %v349 : i64
              %v783 = arith.addi %v109, %v782 : i64
              %v784 = arith.muli %v24, %v140 : i64
              %v785 = arith.subi %v783, %v109 : i64
              %v786 = arith.addi %v784, %v785 : i64
              %v787 = llvm.getelementptr %v55[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v788 = llvm.load %v787 : !llvm.ptr -> f32
              %v789 = arith.negf %v788 : f32
              %v790 = arith.mulf %v789, %v272 fastmath<contract> : f32
              %v791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v790) : (f32) -> f32
              %v792 = arith.addf %v57, %v791 fastmath<contract> : f32
              %v793 = arith.divf %v57, %v792 : f32
              %v794 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v793) : (f32) -> f32
              %v795 = arith.mulf %v277, %v794 fastmath<contract> : f32
              %v796 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v795) : (f32) -> f32
              %v797 = arith.muli %v24, %v140 : i64
              %v798 = arith.subi %v783, %v109 : i64
              %v799 = arith.addi %v797, %v798 : i64
              %v800 = llvm.getelementptr %v53[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v801 = llvm.load %v800 : !llvm.ptr -> f32
              %v802 = arith.muli %v38, %v288 : i64
              %v803 = arith.muli %v783, %v287 : i64
              %v804 = arith.addi %v802, %v803 : i64
              %v805 = arith.muli %v36, %v286 : i64
              %v806 = arith.addi %v804, %v805 : i64
              %v807 = arith.muli %v34, %v2 : i64
              %v808 = arith.addi %v806, %v807 : i64
              %v809 = llvm.getelementptr %in_v[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v810 = llvm.load %v809 : !llvm.ptr -> f32
              %v811 = arith.mulf %v801, %v810 fastmath<contract> : f32
              %v812 = arith.mulf %v796, %v755 fastmath<contract> : f32
              %v813 = arith.addf %v812, %v811 fastmath<contract> : f32
              %v814 = arith.constant 8 : i64
              %v815 = arith.addi %v814, %v24 : i64
              %v816 = arith.muli %v815, %v140 : i64
              %v817 = arith.subi %v783, %v109 : i64
              %v818 = arith.addi %v816, %v817 : i64
              %v819 = llvm.getelementptr %v55[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v820 = llvm.load %v819 : !llvm.ptr -> f32
              %v821 = arith.negf %v820 : f32
              %v822 = arith.mulf %v821, %v272 fastmath<contract> : f32
              %v823 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v822) : (f32) -> f32
              %v824 = arith.addf %v57, %v823 fastmath<contract> : f32
              %v825 = arith.divf %v57, %v824 : f32
              %v826 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v825) : (f32) -> f32
              %v827 = arith.mulf %v277, %v826 fastmath<contract> : f32
              %v828 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v827) : (f32) -> f32
              %v829 = arith.constant 8 : i64
              %v830 = arith.addi %v829, %v24 : i64
              %v831 = arith.muli %v830, %v140 : i64
              %v832 = arith.subi %v783, %v109 : i64
              %v833 = arith.addi %v831, %v832 : i64
              %v834 = llvm.getelementptr %v53[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v835 = llvm.load %v834 : !llvm.ptr -> f32
              %v836 = arith.mulf %v835, %v810 fastmath<contract> : f32
              %v837 = arith.mulf %v828, %v780 fastmath<contract> : f32
              %v838 = arith.addf %v837, %v836 fastmath<contract> : f32
              %v840 = arith.shrui %v24, %v58 : i64
              %v841 = arith.andi %v840, %v2 : i64
              %v842 = arith.cmpi ne, %v841, %v58 : i64
              %v843 = arith.shrui %v24, %v2 : i64
              %v844 = arith.andi %v843, %v2 : i64
              %v845 = arith.cmpi ne, %v844, %v58 : i64
              %v846 = arith.shrui %v24, %v328 : i64
              %v847 = arith.andi %v846, %v2 : i64
              %v848 = arith.cmpi ne, %v847, %v58 : i64
              %v849 = arith.subi %v111, %v346 : i64
              %v850 = arith.trunci %v849 : i64 to i32
              %v851 = arith.subi %size_L, %v2 : i64
              %v852 = arith.addi %v109, %v346 : i64
              %v853 = arith.subi %v851, %v852 : i64
              %v855 = arith.minsi %v853, %v854 : i64
              %v856 = arith.trunci %v855 : i64 to i32
              %v857 = arith.addi %v346, %v61 : i64
              %v859 = arith.cmpi slt, %v858, %v850 : i32
              %v860 = arith.cmpi eq, %v858, %v856 : i32
              %v861 = arith.addi %v348, %v58 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v859 {
                %v862 = arith.addi %v109, %v857 : i64
                %v863 = arith.muli %v24, %v140 : i64
                %v864 = arith.subi %v862, %v109 : i64
                %v865 = arith.addi %v863, %v864 : i64
                %v866 = llvm.getelementptr %v51[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v867 = llvm.load %v866 : !llvm.ptr -> f32
                %v868 = arith.muli %v38, %v288 : i64
                %v869 = arith.muli %v862, %v287 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = arith.muli %v36, %v286 : i64
                %v872 = arith.addi %v870, %v871 : i64
                %v873 = arith.muli %v34, %v2 : i64
                %v874 = arith.addi %v872, %v873 : i64
                %v875 = llvm.getelementptr %dy_o[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v876 = llvm.load %v875 : !llvm.ptr -> f32
                %v877 = arith.mulf %v867, %v876 fastmath<contract> : f32
                %v878 = llvm.load %v40 : !llvm.ptr -> f32
                %v879 = llvm.load %v42 : !llvm.ptr -> f32
                %v880 = arith.mulf %v879, %v878 fastmath<contract> : f32
                %v881 = arith.addf %v877, %v880 fastmath<contract> : f32
                llvm.store %v881, %v40 : f32, !llvm.ptr
                %v882 = arith.constant 8 : i64
                %v883 = arith.addi %v882, %v24 : i64
                %v884 = arith.muli %v883, %v140 : i64
                %v885 = arith.subi %v862, %v109 : i64
                %v886 = arith.addi %v884, %v885 : i64
                %v887 = llvm.getelementptr %v51[%v886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v888 = llvm.load %v887 : !llvm.ptr -> f32
                %v889 = arith.mulf %v888, %v876 fastmath<contract> : f32
                %v890 = llvm.load %v41 : !llvm.ptr -> f32
                %v891 = llvm.load %v43 : !llvm.ptr -> f32
                %v892 = arith.mulf %v891, %v890 fastmath<contract> : f32
                %v893 = arith.addf %v889, %v892 fastmath<contract> : f32
                llvm.store %v893, %v41 : f32, !llvm.ptr
                %v894 = arith.mulf %v813, %v876 fastmath<contract> : f32
                %v895 = arith.mulf %v838, %v876 fastmath<contract> : f32
                %v896 = arith.muli %v38, %v288 : i64
                %v897 = arith.muli %v862, %v287 : i64
                %v898 = arith.addi %v896, %v897 : i64
                %v899 = arith.muli %v36, %v286 : i64
                %v900 = arith.addi %v898, %v899 : i64
                %v901 = arith.muli %v34, %v2 : i64
                %v902 = arith.addi %v900, %v901 : i64
                %v903 = llvm.getelementptr %in_v[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v904 = llvm.load %v903 : !llvm.ptr -> f32
                %v905 = llvm.load %v40 : !llvm.ptr -> f32
                %v906 = arith.mulf %v904, %v905 fastmath<contract> : f32
                %v907 = llvm.load %v41 : !llvm.ptr -> f32
                %v908 = arith.mulf %v904, %v907 fastmath<contract> : f32
                %v909 = arith.muli %v24, %v140 : i64
                %v910 = arith.subi %v862, %v109 : i64
                %v911 = arith.addi %v909, %v910 : i64
                %v912 = llvm.getelementptr %v55[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v913 = llvm.load %v912 : !llvm.ptr -> f32
                %v914 = arith.negf %v913 : f32
                %v915 = arith.mulf %v914, %v272 fastmath<contract> : f32
                %v916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v915) : (f32) -> f32
                %v917 = arith.addf %v57, %v916 fastmath<contract> : f32
                %v918 = arith.divf %v57, %v917 : f32
                %v920 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v918) : (f32) -> f32
                %v921 = arith.mulf %v919, %v920 fastmath<contract> : f32
                %v922 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v921) : (f32) -> f32
                %v923 = arith.mulf %v755, %v905 fastmath<contract> : f32
                %v924 = arith.mulf %v277, %v923 fastmath<contract> : f32
                %v925 = arith.mulf %v922, %v924 fastmath<contract> : f32
                %v926 = arith.subf %v57, %v918 fastmath<contract> : f32
                %v927 = arith.mulf %v918, %v926 fastmath<contract> : f32
                %v928 = arith.mulf %v925, %v927 fastmath<contract> : f32
                %v929 = arith.constant 8 : i64
                %v930 = arith.addi %v929, %v24 : i64
                %v931 = arith.muli %v930, %v140 : i64
                %v932 = arith.subi %v862, %v109 : i64
                %v933 = arith.addi %v931, %v932 : i64
                %v934 = llvm.getelementptr %v55[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v935 = llvm.load %v934 : !llvm.ptr -> f32
                %v936 = arith.negf %v935 : f32
                %v937 = arith.mulf %v936, %v272 fastmath<contract> : f32
                %v938 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v937) : (f32) -> f32
                %v939 = arith.addf %v57, %v938 fastmath<contract> : f32
                %v940 = arith.divf %v57, %v939 : f32
                %v941 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v940) : (f32) -> f32
                %v942 = arith.mulf %v919, %v941 fastmath<contract> : f32
                %v943 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v942) : (f32) -> f32
                %v944 = arith.mulf %v780, %v907 fastmath<contract> : f32
                %v945 = arith.mulf %v277, %v944 fastmath<contract> : f32
                %v946 = arith.mulf %v943, %v945 fastmath<contract> : f32
                %v947 = arith.subf %v57, %v940 fastmath<contract> : f32
                %v948 = arith.mulf %v940, %v947 fastmath<contract> : f32
                %v949 = arith.mulf %v946, %v948 fastmath<contract> : f32
                %v950 = arith.select %v28, %v894, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v952, %v953 = gpu.shuffle xor %v950, %v951, %v262 : f32
                %v954 = arith.addf %v950, %v952 fastmath<contract> : f32
                %v956, %v957 = gpu.shuffle xor %v954, %v955, %v262 : f32
                %v958 = arith.addf %v954, %v956 fastmath<contract> : f32
                %v959 = arith.divui %v14, %v16 : i64
                %v960 = arith.remui %v14, %v16 : i64
                %v961 = arith.cmpi ult, %v960, %v23 : i64
                %v962 = arith.addi %v58, %v24 : i64
                %v963 = arith.muli %v959, %v1 : i64
                %v964 = arith.addi %v963, %v962 : i64
                %v966 = arith.muli %v964, %v965 : i64
                %v967 = arith.addi %v966, %v861 : i64
                scf.if %v961 {
                  %v968 = llvm.getelementptr %v45[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v958, %v968 : f32, !llvm.ptr
                }
                %v969 = arith.select %v28, %v895, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v970, %v971 = gpu.shuffle xor %v969, %v951, %v262 : f32
                %v972 = arith.addf %v969, %v970 fastmath<contract> : f32
                %v973, %v974 = gpu.shuffle xor %v972, %v955, %v262 : f32
                %v975 = arith.addf %v972, %v973 fastmath<contract> : f32
                %v976 = arith.divui %v14, %v16 : i64
                %v977 = arith.remui %v14, %v16 : i64
                %v978 = arith.cmpi ult, %v977, %v23 : i64
                %v979 = arith.addi %v23, %v24 : i64
                %v980 = arith.muli %v976, %v1 : i64
                %v981 = arith.addi %v980, %v979 : i64
                %v982 = arith.muli %v981, %v965 : i64
                %v983 = arith.addi %v982, %v861 : i64
                scf.if %v978 {
                  %v984 = llvm.getelementptr %v45[%v983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v975, %v984 : f32, !llvm.ptr
                }
                %v985 = arith.select %v28, %v906, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v986, %v987 = gpu.shuffle xor %v985, %v951, %v262 : f32
                %v988 = arith.addf %v985, %v986 fastmath<contract> : f32
                %v989, %v990 = gpu.shuffle xor %v988, %v955, %v262 : f32
                %v991 = arith.addf %v988, %v989 fastmath<contract> : f32
                %v992 = arith.divui %v14, %v16 : i64
                %v993 = arith.remui %v14, %v16 : i64
                %v994 = arith.cmpi ult, %v993, %v23 : i64
                %v995 = arith.addi %v58, %v24 : i64
                %v996 = arith.muli %v992, %v1 : i64
                %v997 = arith.addi %v996, %v995 : i64
                %v998 = arith.muli %v997, %v965 : i64
                %v999 = arith.addi %v998, %v861 : i64
                scf.if %v994 {
                  %v1000 = llvm.getelementptr %v47[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v991, %v1000 : f32, !llvm.ptr
                }
                %v1001 = arith.select %v28, %v908, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1002, %v1003 = gpu.shuffle xor %v1001, %v951, %v262 : f32
                %v1004 = arith.addf %v1001, %v1002 fastmath<contract> : f32
                %v1005, %v1006 = gpu.shuffle xor %v1004, %v955, %v262 : f32
                %v1007 = arith.addf %v1004, %v1005 fastmath<contract> : f32
                %v1008 = arith.divui %v14, %v16 : i64
                %v1009 = arith.remui %v14, %v16 : i64
                %v1010 = arith.cmpi ult, %v1009, %v23 : i64
                %v1011 = arith.addi %v23, %v24 : i64
                %v1012 = arith.muli %v1008, %v1 : i64
                %v1013 = arith.addi %v1012, %v1011 : i64
                %v1014 = arith.muli %v1013, %v965 : i64
                %v1015 = arith.addi %v1014, %v861 : i64
                scf.if %v1010 {
                  %v1016 = llvm.getelementptr %v47[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1007, %v1016 : f32, !llvm.ptr
                }
                %v1017 = arith.select %v28, %v928, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1018, %v1019 = gpu.shuffle xor %v1017, %v951, %v262 : f32
                %v1020 = arith.addf %v1017, %v1018 fastmath<contract> : f32
                %v1021, %v1022 = gpu.shuffle xor %v1020, %v955, %v262 : f32
                %v1023 = arith.addf %v1020, %v1021 fastmath<contract> : f32
                %v1024 = arith.divui %v14, %v16 : i64
                %v1025 = arith.remui %v14, %v16 : i64
                %v1026 = arith.cmpi ult, %v1025, %v23 : i64
                %v1027 = arith.addi %v58, %v24 : i64
                %v1028 = arith.muli %v1024, %v1 : i64
                %v1029 = arith.addi %v1028, %v1027 : i64
                %v1030 = arith.muli %v1029, %v965 : i64
                %v1031 = arith.addi %v1030, %v861 : i64
                scf.if %v1026 {
                  %v1032 = llvm.getelementptr %v49[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1023, %v1032 : f32, !llvm.ptr
                }
                %v1033 = arith.select %v28, %v949, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1034, %v1035 = gpu.shuffle xor %v1033, %v951, %v262 : f32
                %v1036 = arith.addf %v1033, %v1034 fastmath<contract> : f32
                %v1037, %v1038 = gpu.shuffle xor %v1036, %v955, %v262 : f32
                %v1039 = arith.addf %v1036, %v1037 fastmath<contract> : f32
                %v1040 = arith.divui %v14, %v16 : i64
                %v1041 = arith.remui %v14, %v16 : i64
                %v1042 = arith.cmpi ult, %v1041, %v23 : i64
                %v1043 = arith.addi %v23, %v24 : i64
                %v1044 = arith.muli %v1040, %v1 : i64
                %v1045 = arith.addi %v1044, %v1043 : i64
                %v1046 = arith.muli %v1045, %v965 : i64
                %v1047 = arith.addi %v1046, %v861 : i64
                scf.if %v1042 {
                  %v1048 = llvm.getelementptr %v49[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1039, %v1048 : f32, !llvm.ptr
                }
                %v1049 = arith.muli %v24, %v140 : i64
                %v1050 = arith.subi %v862, %v109 : i64
                %v1051 = arith.addi %v1049, %v1050 : i64
                %v1052 = llvm.getelementptr %v53[%v1051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
                %v1054 = arith.mulf %v1053, %v905 fastmath<contract> : f32
                %v1055 = arith.constant 8 : i64
                %v1056 = arith.addi %v1055, %v24 : i64
                %v1057 = arith.muli %v1056, %v140 : i64
                %v1058 = arith.subi %v862, %v109 : i64
                %v1059 = arith.addi %v1057, %v1058 : i64
                %v1060 = llvm.getelementptr %v53[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
                %v1062 = arith.mulf %v1061, %v907 fastmath<contract> : f32
                %v1063 = arith.addf %v1054, %v1062 fastmath<contract> : f32
                llvm.store %v1063, %v839 : f32, !llvm.ptr
                %v1064 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v918) : (f32) -> f32
                %v1065 = arith.mulf %v277, %v1064 fastmath<contract> : f32
                %v1066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1065) : (f32) -> f32
                llvm.store %v1066, %v42 : f32, !llvm.ptr
                %v1067 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v940) : (f32) -> f32
                %v1068 = arith.mulf %v277, %v1067 fastmath<contract> : f32
                %v1069 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1068) : (f32) -> f32
                llvm.store %v1069, %v43 : f32, !llvm.ptr
              }
              %v1070 = llvm.load %v839 : !llvm.ptr -> f32
              %v1071 = arith.addi %v346, %v722 : i64
              %v1073 = arith.cmpi slt, %v1072, %v850 : i32
              %v1074 = arith.cmpi eq, %v1072, %v856 : i32
              %v1075 = arith.addi %v348, %v2 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v1073 {
                %v1076 = arith.addi %v109, %v1071 : i64
                %v1077 = arith.muli %v24, %v140 : i64
                %v1078 = arith.subi %v1076, %v109 : i64
                %v1079 = arith.addi %v1077, %v1078 : i64
                %v1080 = llvm.getelementptr %v51[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
                %v1082 = arith.muli %v38, %v288 : i64
                %v1083 = arith.muli %v1076, %v287 : i64
                %v1084 = arith.addi %v1082, %v1083 : i64
                %v1085 = arith.muli %v36, %v286 : i64
                %v1086 = arith.addi %v1084, %v1085 : i64
                %v1087 = arith.muli %v34, %v2 : i64
                %v1088 = arith.addi %v1086, %v1087 : i64
                %v1089 = llvm.getelementptr %dy_o[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
                %v1091 = arith.mulf %v1081, %v1090 fastmath<contract> : f32
                %v1092 = llvm.load %v40 : !llvm.ptr -> f32
                %v1093 = llvm.load %v42 : !llvm.ptr -> f32
                %v1094 = arith.mulf %v1093, %v1092 fastmath<contract> : f32
                %v1095 = arith.addf %v1091, %v1094 fastmath<contract> : f32
                llvm.store %v1095, %v40 : f32, !llvm.ptr
                %v1096 = arith.constant 8 : i64
                %v1097 = arith.addi %v1096, %v24 : i64
                %v1098 = arith.muli %v1097, %v140 : i64
                %v1099 = arith.subi %v1076, %v109 : i64
                %v1100 = arith.addi %v1098, %v1099 : i64
                %v1101 = llvm.getelementptr %v51[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
                %v1103 = arith.mulf %v1102, %v1090 fastmath<contract> : f32
                %v1104 = llvm.load %v41 : !llvm.ptr -> f32
                %v1105 = llvm.load %v43 : !llvm.ptr -> f32
                %v1106 = arith.mulf %v1105, %v1104 fastmath<contract> : f32
                %v1107 = arith.addf %v1103, %v1106 fastmath<contract> : f32
                llvm.store %v1107, %v41 : f32, !llvm.ptr
                %v1108 = arith.mulf %v755, %v1090 fastmath<contract> : f32
                %v1109 = arith.mulf %v780, %v1090 fastmath<contract> : f32
                %v1110 = arith.muli %v38, %v288 : i64
                %v1111 = arith.muli %v1076, %v287 : i64
                %v1112 = arith.addi %v1110, %v1111 : i64
                %v1113 = arith.muli %v36, %v286 : i64
                %v1114 = arith.addi %v1112, %v1113 : i64
                %v1115 = arith.muli %v34, %v2 : i64
                %v1116 = arith.addi %v1114, %v1115 : i64
                %v1117 = llvm.getelementptr %in_v[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
                %v1119 = llvm.load %v40 : !llvm.ptr -> f32
                %v1120 = arith.mulf %v1118, %v1119 fastmath<contract> : f32
                %v1121 = llvm.load %v41 : !llvm.ptr -> f32
                %v1122 = arith.mulf %v1118, %v1121 fastmath<contract> : f32
                %v1123 = arith.muli %v24, %v140 : i64
                %v1124 = arith.subi %v1076, %v109 : i64
                %v1125 = arith.addi %v1123, %v1124 : i64
                %v1126 = llvm.getelementptr %v55[%v1125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1127 = llvm.load %v1126 : !llvm.ptr -> f32
                %v1128 = arith.negf %v1127 : f32
                %v1129 = arith.mulf %v1128, %v272 fastmath<contract> : f32
                %v1130 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1129) : (f32) -> f32
                %v1131 = arith.addf %v57, %v1130 fastmath<contract> : f32
                %v1132 = arith.divf %v57, %v1131 : f32
                %v1133 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1132) : (f32) -> f32
                %v1134 = arith.mulf %v919, %v1133 fastmath<contract> : f32
                %v1135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1134) : (f32) -> f32
                %v1136 = arith.mulf %v696, %v1119 fastmath<contract> : f32
                %v1137 = arith.mulf %v277, %v1136 fastmath<contract> : f32
                %v1138 = arith.mulf %v1135, %v1137 fastmath<contract> : f32
                %v1139 = arith.subf %v57, %v1132 fastmath<contract> : f32
                %v1140 = arith.mulf %v1132, %v1139 fastmath<contract> : f32
                %v1141 = arith.mulf %v1138, %v1140 fastmath<contract> : f32
                %v1142 = arith.constant 8 : i64
                %v1143 = arith.addi %v1142, %v24 : i64
                %v1144 = arith.muli %v1143, %v140 : i64
                %v1145 = arith.subi %v1076, %v109 : i64
                %v1146 = arith.addi %v1144, %v1145 : i64
                %v1147 = llvm.getelementptr %v55[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                %v1149 = arith.negf %v1148 : f32
                %v1150 = arith.mulf %v1149, %v272 fastmath<contract> : f32
                %v1151 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1150) : (f32) -> f32
                %v1152 = arith.addf %v57, %v1151 fastmath<contract> : f32
                %v1153 = arith.divf %v57, %v1152 : f32
                %v1154 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1153) : (f32) -> f32
                %v1155 = arith.mulf %v919, %v1154 fastmath<contract> : f32
                %v1156 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1155) : (f32) -> f32
                %v1157 = arith.mulf %v721, %v1121 fastmath<contract> : f32
                %v1158 = arith.mulf %v277, %v1157 fastmath<contract> : f32
                %v1159 = arith.mulf %v1156, %v1158 fastmath<contract> : f32
                %v1160 = arith.subf %v57, %v1153 fastmath<contract> : f32
                %v1161 = arith.mulf %v1153, %v1160 fastmath<contract> : f32
                %v1162 = arith.mulf %v1159, %v1161 fastmath<contract> : f32
                %v1163 = arith.select %v28, %v1108, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1164, %v1165 = gpu.shuffle xor %v1163, %v951, %v262 : f32
                %v1166 = arith.addf %v1163, %v1164 fastmath<contract> : f32
                %v1167, %v1168 = gpu.shuffle xor %v1166, %v955, %v262 : f32
                %v1169 = arith.addf %v1166, %v1167 fastmath<contract> : f32
                %v1170 = arith.divui %v14, %v16 : i64
                %v1171 = arith.remui %v14, %v16 : i64
                %v1172 = arith.cmpi ult, %v1171, %v23 : i64
                %v1173 = arith.addi %v58, %v24 : i64
                %v1174 = arith.muli %v1170, %v1 : i64
                %v1175 = arith.addi %v1174, %v1173 : i64
                %v1176 = arith.muli %v1175, %v965 : i64
                %v1177 = arith.addi %v1176, %v1075 : i64
                scf.if %v1172 {
                  %v1178 = llvm.getelementptr %v45[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1169, %v1178 : f32, !llvm.ptr
                }
                %v1179 = arith.select %v28, %v1109, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1180, %v1181 = gpu.shuffle xor %v1179, %v951, %v262 : f32
                %v1182 = arith.addf %v1179, %v1180 fastmath<contract> : f32
                %v1183, %v1184 = gpu.shuffle xor %v1182, %v955, %v262 : f32
                %v1185 = arith.addf %v1182, %v1183 fastmath<contract> : f32
                %v1186 = arith.divui %v14, %v16 : i64
                %v1187 = arith.remui %v14, %v16 : i64
                %v1188 = arith.cmpi ult, %v1187, %v23 : i64
                %v1189 = arith.addi %v23, %v24 : i64
                %v1190 = arith.muli %v1186, %v1 : i64
                %v1191 = arith.addi %v1190, %v1189 : i64
                %v1192 = arith.muli %v1191, %v965 : i64
                %v1193 = arith.addi %v1192, %v1075 : i64
                scf.if %v1188 {
                  %v1194 = llvm.getelementptr %v45[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1185, %v1194 : f32, !llvm.ptr
                }
                %v1195 = arith.select %v28, %v1120, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1196, %v1197 = gpu.shuffle xor %v1195, %v951, %v262 : f32
                %v1198 = arith.addf %v1195, %v1196 fastmath<contract> : f32
                %v1199, %v1200 = gpu.shuffle xor %v1198, %v955, %v262 : f32
                %v1201 = arith.addf %v1198, %v1199 fastmath<contract> : f32
                %v1202 = arith.divui %v14, %v16 : i64
                %v1203 = arith.remui %v14, %v16 : i64
                %v1204 = arith.cmpi ult, %v1203, %v23 : i64
                %v1205 = arith.addi %v58, %v24 : i64
                %v1206 = arith.muli %v1202, %v1 : i64
                %v1207 = arith.addi %v1206, %v1205 : i64
                %v1208 = arith.muli %v1207, %v965 : i64
                %v1209 = arith.addi %v1208, %v1075 : i64
                scf.if %v1204 {
                  %v1210 = llvm.getelementptr %v47[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1201, %v1210 : f32, !llvm.ptr
                }
                %v1211 = arith.select %v28, %v1122, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1212, %v1213 = gpu.shuffle xor %v1211, %v951, %v262 : f32
                %v1214 = arith.addf %v1211, %v1212 fastmath<contract> : f32
                %v1215, %v1216 = gpu.shuffle xor %v1214, %v955, %v262 : f32
                %v1217 = arith.addf %v1214, %v1215 fastmath<contract> : f32
                %v1218 = arith.divui %v14, %v16 : i64
                %v1219 = arith.remui %v14, %v16 : i64
                %v1220 = arith.cmpi ult, %v1219, %v23 : i64
                %v1221 = arith.addi %v23, %v24 : i64
                %v1222 = arith.muli %v1218, %v1 : i64
                %v1223 = arith.addi %v1222, %v1221 : i64
                %v1224 = arith.muli %v1223, %v965 : i64
                %v1225 = arith.addi %v1224, %v1075 : i64
                scf.if %v1220 {
                  %v1226 = llvm.getelementptr %v47[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1217, %v1226 : f32, !llvm.ptr
                }
                %v1227 = arith.select %v28, %v1141, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1228, %v1229 = gpu.shuffle xor %v1227, %v951, %v262 : f32
                %v1230 = arith.addf %v1227, %v1228 fastmath<contract> : f32
                %v1231, %v1232 = gpu.shuffle xor %v1230, %v955, %v262 : f32
                %v1233 = arith.addf %v1230, %v1231 fastmath<contract> : f32
                %v1234 = arith.divui %v14, %v16 : i64
                %v1235 = arith.remui %v14, %v16 : i64
                %v1236 = arith.cmpi ult, %v1235, %v23 : i64
                %v1237 = arith.addi %v58, %v24 : i64
                %v1238 = arith.muli %v1234, %v1 : i64
                %v1239 = arith.addi %v1238, %v1237 : i64
                %v1240 = arith.muli %v1239, %v965 : i64
                %v1241 = arith.addi %v1240, %v1075 : i64
                scf.if %v1236 {
                  %v1242 = llvm.getelementptr %v49[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1233, %v1242 : f32, !llvm.ptr
                }
                %v1243 = arith.select %v28, %v1162, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1244, %v1245 = gpu.shuffle xor %v1243, %v951, %v262 : f32
                %v1246 = arith.addf %v1243, %v1244 fastmath<contract> : f32
                %v1247, %v1248 = gpu.shuffle xor %v1246, %v955, %v262 : f32
                %v1249 = arith.addf %v1246, %v1247 fastmath<contract> : f32
                %v1250 = arith.divui %v14, %v16 : i64
                %v1251 = arith.remui %v14, %v16 : i64
                %v1252 = arith.cmpi ult, %v1251, %v23 : i64
                %v1253 = arith.addi %v23, %v24 : i64
                %v1254 = arith.muli %v1250, %v1 : i64
                %v1255 = arith.addi %v1254, %v1253 : i64
                %v1256 = arith.muli %v1255, %v965 : i64
                %v1257 = arith.addi %v1256, %v1075 : i64
                scf.if %v1252 {
                  %v1258 = llvm.getelementptr %v49[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1249, %v1258 : f32, !llvm.ptr
                }
                %v1259 = arith.muli %v24, %v140 : i64
                %v1260 = arith.subi %v1076, %v109 : i64
                %v1261 = arith.addi %v1259, %v1260 : i64
                %v1262 = llvm.getelementptr %v53[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
                %v1264 = arith.mulf %v1263, %v1119 fastmath<contract> : f32
                %v1265 = arith.constant 8 : i64
                %v1266 = arith.addi %v1265, %v24 : i64
                %v1267 = arith.muli %v1266, %v140 : i64
                %v1268 = arith.subi %v1076, %v109 : i64
                %v1269 = arith.addi %v1267, %v1268 : i64
                %v1270 = llvm.getelementptr %v53[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
                %v1272 = arith.mulf %v1271, %v1121 fastmath<contract> : f32
                %v1273 = arith.addf %v1264, %v1272 fastmath<contract> : f32
                llvm.store %v1273, %v839 : f32, !llvm.ptr
                %v1274 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1132) : (f32) -> f32
                %v1275 = arith.mulf %v277, %v1274 fastmath<contract> : f32
                %v1276 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1275) : (f32) -> f32
                llvm.store %v1276, %v42 : f32, !llvm.ptr
                %v1277 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1153) : (f32) -> f32
                %v1278 = arith.mulf %v277, %v1277 fastmath<contract> : f32
                %v1279 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1278) : (f32) -> f32
                llvm.store %v1279, %v43 : f32, !llvm.ptr
              }
              %v1280 = llvm.load %v839 : !llvm.ptr -> f32
              %v1281 = arith.select %v842, %v1280, %v1070 : f32
              %v1282 = arith.select %v842, %v1070, %v1280 : f32
              %v1284, %v1285 = gpu.shuffle xor %v1281, %v1283, %v262 : f32
              %v1286 = arith.addf %v1282, %v1284 fastmath<contract> : f32
              %v1287 = arith.addi %v346, %v663 : i64
              %v1289 = arith.cmpi slt, %v1288, %v850 : i32
              %v1290 = arith.cmpi eq, %v1288, %v856 : i32
              %v1291 = arith.addi %v348, %v328 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v1289 {
                %v1292 = arith.addi %v109, %v1287 : i64
                %v1293 = arith.muli %v24, %v140 : i64
                %v1294 = arith.subi %v1292, %v109 : i64
                %v1295 = arith.addi %v1293, %v1294 : i64
                %v1296 = llvm.getelementptr %v51[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1297 = llvm.load %v1296 : !llvm.ptr -> f32
                %v1298 = arith.muli %v38, %v288 : i64
                %v1299 = arith.muli %v1292, %v287 : i64
                %v1300 = arith.addi %v1298, %v1299 : i64
                %v1301 = arith.muli %v36, %v286 : i64
                %v1302 = arith.addi %v1300, %v1301 : i64
                %v1303 = arith.muli %v34, %v2 : i64
                %v1304 = arith.addi %v1302, %v1303 : i64
                %v1305 = llvm.getelementptr %dy_o[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                %v1307 = arith.mulf %v1297, %v1306 fastmath<contract> : f32
                %v1308 = llvm.load %v40 : !llvm.ptr -> f32
                %v1309 = llvm.load %v42 : !llvm.ptr -> f32
                %v1310 = arith.mulf %v1309, %v1308 fastmath<contract> : f32
                %v1311 = arith.addf %v1307, %v1310 fastmath<contract> : f32
                llvm.store %v1311, %v40 : f32, !llvm.ptr
                %v1312 = arith.constant 8 : i64
                %v1313 = arith.addi %v1312, %v24 : i64
                %v1314 = arith.muli %v1313, %v140 : i64
                %v1315 = arith.subi %v1292, %v109 : i64
                %v1316 = arith.addi %v1314, %v1315 : i64
                %v1317 = llvm.getelementptr %v51[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
                %v1319 = arith.mulf %v1318, %v1306 fastmath<contract> : f32
                %v1320 = llvm.load %v41 : !llvm.ptr -> f32
                %v1321 = llvm.load %v43 : !llvm.ptr -> f32
                %v1322 = arith.mulf %v1321, %v1320 fastmath<contract> : f32
                %v1323 = arith.addf %v1319, %v1322 fastmath<contract> : f32
                llvm.store %v1323, %v41 : f32, !llvm.ptr
                %v1324 = arith.mulf %v696, %v1306 fastmath<contract> : f32
                %v1325 = arith.mulf %v721, %v1306 fastmath<contract> : f32
                %v1326 = arith.muli %v38, %v288 : i64
                %v1327 = arith.muli %v1292, %v287 : i64
                %v1328 = arith.addi %v1326, %v1327 : i64
                %v1329 = arith.muli %v36, %v286 : i64
                %v1330 = arith.addi %v1328, %v1329 : i64
                %v1331 = arith.muli %v34, %v2 : i64
                %v1332 = arith.addi %v1330, %v1331 : i64
                %v1333 = llvm.getelementptr %in_v[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
                %v1335 = llvm.load %v40 : !llvm.ptr -> f32
                %v1336 = arith.mulf %v1334, %v1335 fastmath<contract> : f32
                %v1337 = llvm.load %v41 : !llvm.ptr -> f32
                %v1338 = arith.mulf %v1334, %v1337 fastmath<contract> : f32
                %v1339 = arith.muli %v24, %v140 : i64
                %v1340 = arith.subi %v1292, %v109 : i64
                %v1341 = arith.addi %v1339, %v1340 : i64
                %v1342 = llvm.getelementptr %v55[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1343 = llvm.load %v1342 : !llvm.ptr -> f32
                %v1344 = arith.negf %v1343 : f32
                %v1345 = arith.mulf %v1344, %v272 fastmath<contract> : f32
                %v1346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1345) : (f32) -> f32
                %v1347 = arith.addf %v57, %v1346 fastmath<contract> : f32
                %v1348 = arith.divf %v57, %v1347 : f32
                %v1349 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1348) : (f32) -> f32
                %v1350 = arith.mulf %v919, %v1349 fastmath<contract> : f32
                %v1351 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1350) : (f32) -> f32
                %v1352 = arith.mulf %v637, %v1335 fastmath<contract> : f32
                %v1353 = arith.mulf %v277, %v1352 fastmath<contract> : f32
                %v1354 = arith.mulf %v1351, %v1353 fastmath<contract> : f32
                %v1355 = arith.subf %v57, %v1348 fastmath<contract> : f32
                %v1356 = arith.mulf %v1348, %v1355 fastmath<contract> : f32
                %v1357 = arith.mulf %v1354, %v1356 fastmath<contract> : f32
                %v1358 = arith.constant 8 : i64
                %v1359 = arith.addi %v1358, %v24 : i64
                %v1360 = arith.muli %v1359, %v140 : i64
                %v1361 = arith.subi %v1292, %v109 : i64
                %v1362 = arith.addi %v1360, %v1361 : i64
                %v1363 = llvm.getelementptr %v55[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                %v1365 = arith.negf %v1364 : f32
                %v1366 = arith.mulf %v1365, %v272 fastmath<contract> : f32
                %v1367 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1366) : (f32) -> f32
                %v1368 = arith.addf %v57, %v1367 fastmath<contract> : f32
                %v1369 = arith.divf %v57, %v1368 : f32
                %v1370 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1369) : (f32) -> f32
                %v1371 = arith.mulf %v919, %v1370 fastmath<contract> : f32
                %v1372 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1371) : (f32) -> f32
                %v1373 = arith.mulf %v662, %v1337 fastmath<contract> : f32
                %v1374 = arith.mulf %v277, %v1373 fastmath<contract> : f32
                %v1375 = arith.mulf %v1372, %v1374 fastmath<contract> : f32
                %v1376 = arith.subf %v57, %v1369 fastmath<contract> : f32
                %v1377 = arith.mulf %v1369, %v1376 fastmath<contract> : f32
                %v1378 = arith.mulf %v1375, %v1377 fastmath<contract> : f32
                %v1379 = arith.select %v28, %v1324, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1380, %v1381 = gpu.shuffle xor %v1379, %v951, %v262 : f32
                %v1382 = arith.addf %v1379, %v1380 fastmath<contract> : f32
                %v1383, %v1384 = gpu.shuffle xor %v1382, %v955, %v262 : f32
                %v1385 = arith.addf %v1382, %v1383 fastmath<contract> : f32
                %v1386 = arith.divui %v14, %v16 : i64
                %v1387 = arith.remui %v14, %v16 : i64
                %v1388 = arith.cmpi ult, %v1387, %v23 : i64
                %v1389 = arith.addi %v58, %v24 : i64
                %v1390 = arith.muli %v1386, %v1 : i64
                %v1391 = arith.addi %v1390, %v1389 : i64
                %v1392 = arith.muli %v1391, %v965 : i64
                %v1393 = arith.addi %v1392, %v1291 : i64
                scf.if %v1388 {
                  %v1394 = llvm.getelementptr %v45[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1385, %v1394 : f32, !llvm.ptr
                }
                %v1395 = arith.select %v28, %v1325, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1396, %v1397 = gpu.shuffle xor %v1395, %v951, %v262 : f32
                %v1398 = arith.addf %v1395, %v1396 fastmath<contract> : f32
                %v1399, %v1400 = gpu.shuffle xor %v1398, %v955, %v262 : f32
                %v1401 = arith.addf %v1398, %v1399 fastmath<contract> : f32
                %v1402 = arith.divui %v14, %v16 : i64
                %v1403 = arith.remui %v14, %v16 : i64
                %v1404 = arith.cmpi ult, %v1403, %v23 : i64
                %v1405 = arith.addi %v23, %v24 : i64
                %v1406 = arith.muli %v1402, %v1 : i64
                %v1407 = arith.addi %v1406, %v1405 : i64
                %v1408 = arith.muli %v1407, %v965 : i64
                %v1409 = arith.addi %v1408, %v1291 : i64
                scf.if %v1404 {
                  %v1410 = llvm.getelementptr %v45[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1401, %v1410 : f32, !llvm.ptr
                }
                %v1411 = arith.select %v28, %v1336, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1412, %v1413 = gpu.shuffle xor %v1411, %v951, %v262 : f32
                %v1414 = arith.addf %v1411, %v1412 fastmath<contract> : f32
                %v1415, %v1416 = gpu.shuffle xor %v1414, %v955, %v262 : f32
                %v1417 = arith.addf %v1414, %v1415 fastmath<contract> : f32
                %v1418 = arith.divui %v14, %v16 : i64
                %v1419 = arith.remui %v14, %v16 : i64
                %v1420 = arith.cmpi ult, %v1419, %v23 : i64
                %v1421 = arith.addi %v58, %v24 : i64
                %v1422 = arith.muli %v1418, %v1 : i64
                %v1423 = arith.addi %v1422, %v1421 : i64
                %v1424 = arith.muli %v1423, %v965 : i64
                %v1425 = arith.addi %v1424, %v1291 : i64
                scf.if %v1420 {
                  %v1426 = llvm.getelementptr %v47[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1417, %v1426 : f32, !llvm.ptr
                }
                %v1427 = arith.select %v28, %v1338, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1428, %v1429 = gpu.shuffle xor %v1427, %v951, %v262 : f32
                %v1430 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                %v1431, %v1432 = gpu.shuffle xor %v1430, %v955, %v262 : f32
                %v1433 = arith.addf %v1430, %v1431 fastmath<contract> : f32
                %v1434 = arith.divui %v14, %v16 : i64
                %v1435 = arith.remui %v14, %v16 : i64
                %v1436 = arith.cmpi ult, %v1435, %v23 : i64
                %v1437 = arith.addi %v23, %v24 : i64
                %v1438 = arith.muli %v1434, %v1 : i64
                %v1439 = arith.addi %v1438, %v1437 : i64
                %v1440 = arith.muli %v1439, %v965 : i64
                %v1441 = arith.addi %v1440, %v1291 : i64
                scf.if %v1436 {
                  %v1442 = llvm.getelementptr %v47[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1433, %v1442 : f32, !llvm.ptr
                }
                %v1443 = arith.select %v28, %v1357, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1444, %v1445 = gpu.shuffle xor %v1443, %v951, %v262 : f32
                %v1446 = arith.addf %v1443, %v1444 fastmath<contract> : f32
                %v1447, %v1448 = gpu.shuffle xor %v1446, %v955, %v262 : f32
                %v1449 = arith.addf %v1446, %v1447 fastmath<contract> : f32
                %v1450 = arith.divui %v14, %v16 : i64
                %v1451 = arith.remui %v14, %v16 : i64
                %v1452 = arith.cmpi ult, %v1451, %v23 : i64
                %v1453 = arith.addi %v58, %v24 : i64
                %v1454 = arith.muli %v1450, %v1 : i64
                %v1455 = arith.addi %v1454, %v1453 : i64
                %v1456 = arith.muli %v1455, %v965 : i64
                %v1457 = arith.addi %v1456, %v1291 : i64
                scf.if %v1452 {
                  %v1458 = llvm.getelementptr %v49[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1449, %v1458 : f32, !llvm.ptr
                }
                %v1459 = arith.select %v28, %v1378, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1460, %v1461 = gpu.shuffle xor %v1459, %v951, %v262 : f32
                %v1462 = arith.addf %v1459, %v1460 fastmath<contract> : f32
                %v1463, %v1464 = gpu.shuffle xor %v1462, %v955, %v262 : f32
                %v1465 = arith.addf %v1462, %v1463 fastmath<contract> : f32
                %v1466 = arith.divui %v14, %v16 : i64
                %v1467 = arith.remui %v14, %v16 : i64
                %v1468 = arith.cmpi ult, %v1467, %v23 : i64
                %v1469 = arith.addi %v23, %v24 : i64
                %v1470 = arith.muli %v1466, %v1 : i64
                %v1471 = arith.addi %v1470, %v1469 : i64
                %v1472 = arith.muli %v1471, %v965 : i64
                %v1473 = arith.addi %v1472, %v1291 : i64
                scf.if %v1468 {
                  %v1474 = llvm.getelementptr %v49[%v1473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1465, %v1474 : f32, !llvm.ptr
                }
                %v1475 = arith.muli %v24, %v140 : i64
                %v1476 = arith.subi %v1292, %v109 : i64
                %v1477 = arith.addi %v1475, %v1476 : i64
                %v1478 = llvm.getelementptr %v53[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1479 = llvm.load %v1478 : !llvm.ptr -> f32
                %v1480 = arith.mulf %v1479, %v1335 fastmath<contract> : f32
                %v1481 = arith.constant 8 : i64
                %v1482 = arith.addi %v1481, %v24 : i64
                %v1483 = arith.muli %v1482, %v140 : i64
                %v1484 = arith.subi %v1292, %v109 : i64
                %v1485 = arith.addi %v1483, %v1484 : i64
                %v1486 = llvm.getelementptr %v53[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1487 = llvm.load %v1486 : !llvm.ptr -> f32
                %v1488 = arith.mulf %v1487, %v1337 fastmath<contract> : f32
                %v1489 = arith.addf %v1480, %v1488 fastmath<contract> : f32
                llvm.store %v1489, %v839 : f32, !llvm.ptr
                %v1490 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1348) : (f32) -> f32
                %v1491 = arith.mulf %v277, %v1490 fastmath<contract> : f32
                %v1492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1491) : (f32) -> f32
                llvm.store %v1492, %v42 : f32, !llvm.ptr
                %v1493 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1369) : (f32) -> f32
                %v1494 = arith.mulf %v277, %v1493 fastmath<contract> : f32
                %v1495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1494) : (f32) -> f32
                llvm.store %v1495, %v43 : f32, !llvm.ptr
              }
              %v1496 = llvm.load %v839 : !llvm.ptr -> f32
              %v1497 = arith.addi %v346, %v604 : i64
              %v1499 = arith.cmpi slt, %v1498, %v850 : i32
              %v1500 = arith.cmpi eq, %v1498, %v856 : i32
              %v1501 = arith.addi %v348, %v545 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v1499 {
                %v1502 = arith.addi %v109, %v1497 : i64
                %v1503 = arith.muli %v24, %v140 : i64
                %v1504 = arith.subi %v1502, %v109 : i64
                %v1505 = arith.addi %v1503, %v1504 : i64
                %v1506 = llvm.getelementptr %v51[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1507 = llvm.load %v1506 : !llvm.ptr -> f32
                %v1508 = arith.muli %v38, %v288 : i64
                %v1509 = arith.muli %v1502, %v287 : i64
                %v1510 = arith.addi %v1508, %v1509 : i64
                %v1511 = arith.muli %v36, %v286 : i64
                %v1512 = arith.addi %v1510, %v1511 : i64
                %v1513 = arith.muli %v34, %v2 : i64
                %v1514 = arith.addi %v1512, %v1513 : i64
                %v1515 = llvm.getelementptr %dy_o[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1516 = llvm.load %v1515 : !llvm.ptr -> f32
                %v1517 = arith.mulf %v1507, %v1516 fastmath<contract> : f32
                %v1518 = llvm.load %v40 : !llvm.ptr -> f32
                %v1519 = llvm.load %v42 : !llvm.ptr -> f32
                %v1520 = arith.mulf %v1519, %v1518 fastmath<contract> : f32
                %v1521 = arith.addf %v1517, %v1520 fastmath<contract> : f32
                llvm.store %v1521, %v40 : f32, !llvm.ptr
                %v1522 = arith.constant 8 : i64
                %v1523 = arith.addi %v1522, %v24 : i64
                %v1524 = arith.muli %v1523, %v140 : i64
                %v1525 = arith.subi %v1502, %v109 : i64
                %v1526 = arith.addi %v1524, %v1525 : i64
                %v1527 = llvm.getelementptr %v51[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
                %v1529 = arith.mulf %v1528, %v1516 fastmath<contract> : f32
                %v1530 = llvm.load %v41 : !llvm.ptr -> f32
                %v1531 = llvm.load %v43 : !llvm.ptr -> f32
                %v1532 = arith.mulf %v1531, %v1530 fastmath<contract> : f32
                %v1533 = arith.addf %v1529, %v1532 fastmath<contract> : f32
                llvm.store %v1533, %v41 : f32, !llvm.ptr
                %v1534 = arith.mulf %v637, %v1516 fastmath<contract> : f32
                %v1535 = arith.mulf %v662, %v1516 fastmath<contract> : f32
                %v1536 = arith.muli %v38, %v288 : i64
                %v1537 = arith.muli %v1502, %v287 : i64
                %v1538 = arith.addi %v1536, %v1537 : i64
                %v1539 = arith.muli %v36, %v286 : i64
                %v1540 = arith.addi %v1538, %v1539 : i64
                %v1541 = arith.muli %v34, %v2 : i64
                %v1542 = arith.addi %v1540, %v1541 : i64
                %v1543 = llvm.getelementptr %in_v[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1544 = llvm.load %v1543 : !llvm.ptr -> f32
                %v1545 = llvm.load %v40 : !llvm.ptr -> f32
                %v1546 = arith.mulf %v1544, %v1545 fastmath<contract> : f32
                %v1547 = llvm.load %v41 : !llvm.ptr -> f32
                %v1548 = arith.mulf %v1544, %v1547 fastmath<contract> : f32
                %v1549 = arith.muli %v24, %v140 : i64
                %v1550 = arith.subi %v1502, %v109 : i64
                %v1551 = arith.addi %v1549, %v1550 : i64
                %v1552 = llvm.getelementptr %v55[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1553 = llvm.load %v1552 : !llvm.ptr -> f32
                %v1554 = arith.negf %v1553 : f32
                %v1555 = arith.mulf %v1554, %v272 fastmath<contract> : f32
                %v1556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1555) : (f32) -> f32
                %v1557 = arith.addf %v57, %v1556 fastmath<contract> : f32
                %v1558 = arith.divf %v57, %v1557 : f32
                %v1559 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1558) : (f32) -> f32
                %v1560 = arith.mulf %v919, %v1559 fastmath<contract> : f32
                %v1561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1560) : (f32) -> f32
                %v1562 = arith.mulf %v578, %v1545 fastmath<contract> : f32
                %v1563 = arith.mulf %v277, %v1562 fastmath<contract> : f32
                %v1564 = arith.mulf %v1561, %v1563 fastmath<contract> : f32
                %v1565 = arith.subf %v57, %v1558 fastmath<contract> : f32
                %v1566 = arith.mulf %v1558, %v1565 fastmath<contract> : f32
                %v1567 = arith.mulf %v1564, %v1566 fastmath<contract> : f32
                %v1568 = arith.constant 8 : i64
                %v1569 = arith.addi %v1568, %v24 : i64
                %v1570 = arith.muli %v1569, %v140 : i64
                %v1571 = arith.subi %v1502, %v109 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = llvm.getelementptr %v55[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                %v1575 = arith.negf %v1574 : f32
                %v1576 = arith.mulf %v1575, %v272 fastmath<contract> : f32
                %v1577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1576) : (f32) -> f32
                %v1578 = arith.addf %v57, %v1577 fastmath<contract> : f32
                %v1579 = arith.divf %v57, %v1578 : f32
                %v1580 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1579) : (f32) -> f32
                %v1581 = arith.mulf %v919, %v1580 fastmath<contract> : f32
                %v1582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1581) : (f32) -> f32
                %v1583 = arith.mulf %v603, %v1547 fastmath<contract> : f32
                %v1584 = arith.mulf %v277, %v1583 fastmath<contract> : f32
                %v1585 = arith.mulf %v1582, %v1584 fastmath<contract> : f32
                %v1586 = arith.subf %v57, %v1579 fastmath<contract> : f32
                %v1587 = arith.mulf %v1579, %v1586 fastmath<contract> : f32
                %v1588 = arith.mulf %v1585, %v1587 fastmath<contract> : f32
                %v1589 = arith.select %v28, %v1534, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1590, %v1591 = gpu.shuffle xor %v1589, %v951, %v262 : f32
                %v1592 = arith.addf %v1589, %v1590 fastmath<contract> : f32
                %v1593, %v1594 = gpu.shuffle xor %v1592, %v955, %v262 : f32
                %v1595 = arith.addf %v1592, %v1593 fastmath<contract> : f32
                %v1596 = arith.divui %v14, %v16 : i64
                %v1597 = arith.remui %v14, %v16 : i64
                %v1598 = arith.cmpi ult, %v1597, %v23 : i64
                %v1599 = arith.addi %v58, %v24 : i64
                %v1600 = arith.muli %v1596, %v1 : i64
                %v1601 = arith.addi %v1600, %v1599 : i64
                %v1602 = arith.muli %v1601, %v965 : i64
                %v1603 = arith.addi %v1602, %v1501 : i64
                scf.if %v1598 {
                  %v1604 = llvm.getelementptr %v45[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1595, %v1604 : f32, !llvm.ptr
                }
                %v1605 = arith.select %v28, %v1535, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1606, %v1607 = gpu.shuffle xor %v1605, %v951, %v262 : f32
                %v1608 = arith.addf %v1605, %v1606 fastmath<contract> : f32
                %v1609, %v1610 = gpu.shuffle xor %v1608, %v955, %v262 : f32
                %v1611 = arith.addf %v1608, %v1609 fastmath<contract> : f32
                %v1612 = arith.divui %v14, %v16 : i64
                %v1613 = arith.remui %v14, %v16 : i64
                %v1614 = arith.cmpi ult, %v1613, %v23 : i64
                %v1615 = arith.addi %v23, %v24 : i64
                %v1616 = arith.muli %v1612, %v1 : i64
                %v1617 = arith.addi %v1616, %v1615 : i64
                %v1618 = arith.muli %v1617, %v965 : i64
                %v1619 = arith.addi %v1618, %v1501 : i64
                scf.if %v1614 {
                  %v1620 = llvm.getelementptr %v45[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1611, %v1620 : f32, !llvm.ptr
                }
                %v1621 = arith.select %v28, %v1546, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1622, %v1623 = gpu.shuffle xor %v1621, %v951, %v262 : f32
                %v1624 = arith.addf %v1621, %v1622 fastmath<contract> : f32
                %v1625, %v1626 = gpu.shuffle xor %v1624, %v955, %v262 : f32
                %v1627 = arith.addf %v1624, %v1625 fastmath<contract> : f32
                %v1628 = arith.divui %v14, %v16 : i64
                %v1629 = arith.remui %v14, %v16 : i64
                %v1630 = arith.cmpi ult, %v1629, %v23 : i64
                %v1631 = arith.addi %v58, %v24 : i64
                %v1632 = arith.muli %v1628, %v1 : i64
                %v1633 = arith.addi %v1632, %v1631 : i64
                %v1634 = arith.muli %v1633, %v965 : i64
                %v1635 = arith.addi %v1634, %v1501 : i64
                scf.if %v1630 {
                  %v1636 = llvm.getelementptr %v47[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1627, %v1636 : f32, !llvm.ptr
                }
                %v1637 = arith.select %v28, %v1548, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1638, %v1639 = gpu.shuffle xor %v1637, %v951, %v262 : f32
                %v1640 = arith.addf %v1637, %v1638 fastmath<contract> : f32
                %v1641, %v1642 = gpu.shuffle xor %v1640, %v955, %v262 : f32
                %v1643 = arith.addf %v1640, %v1641 fastmath<contract> : f32
                %v1644 = arith.divui %v14, %v16 : i64
                %v1645 = arith.remui %v14, %v16 : i64
                %v1646 = arith.cmpi ult, %v1645, %v23 : i64
                %v1647 = arith.addi %v23, %v24 : i64
                %v1648 = arith.muli %v1644, %v1 : i64
                %v1649 = arith.addi %v1648, %v1647 : i64
                %v1650 = arith.muli %v1649, %v965 : i64
                %v1651 = arith.addi %v1650, %v1501 : i64
                scf.if %v1646 {
                  %v1652 = llvm.getelementptr %v47[%v1651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1643, %v1652 : f32, !llvm.ptr
                }
                %v1653 = arith.select %v28, %v1567, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1654, %v1655 = gpu.shuffle xor %v1653, %v951, %v262 : f32
                %v1656 = arith.addf %v1653, %v1654 fastmath<contract> : f32
                %v1657, %v1658 = gpu.shuffle xor %v1656, %v955, %v262 : f32
                %v1659 = arith.addf %v1656, %v1657 fastmath<contract> : f32
                %v1660 = arith.divui %v14, %v16 : i64
                %v1661 = arith.remui %v14, %v16 : i64
                %v1662 = arith.cmpi ult, %v1661, %v23 : i64
                %v1663 = arith.addi %v58, %v24 : i64
                %v1664 = arith.muli %v1660, %v1 : i64
                %v1665 = arith.addi %v1664, %v1663 : i64
                %v1666 = arith.muli %v1665, %v965 : i64
                %v1667 = arith.addi %v1666, %v1501 : i64
                scf.if %v1662 {
                  %v1668 = llvm.getelementptr %v49[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1659, %v1668 : f32, !llvm.ptr
                }
                %v1669 = arith.select %v28, %v1588, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1670, %v1671 = gpu.shuffle xor %v1669, %v951, %v262 : f32
                %v1672 = arith.addf %v1669, %v1670 fastmath<contract> : f32
                %v1673, %v1674 = gpu.shuffle xor %v1672, %v955, %v262 : f32
                %v1675 = arith.addf %v1672, %v1673 fastmath<contract> : f32
                %v1676 = arith.divui %v14, %v16 : i64
                %v1677 = arith.remui %v14, %v16 : i64
                %v1678 = arith.cmpi ult, %v1677, %v23 : i64
                %v1679 = arith.addi %v23, %v24 : i64
                %v1680 = arith.muli %v1676, %v1 : i64
                %v1681 = arith.addi %v1680, %v1679 : i64
                %v1682 = arith.muli %v1681, %v965 : i64
                %v1683 = arith.addi %v1682, %v1501 : i64
                scf.if %v1678 {
                  %v1684 = llvm.getelementptr %v49[%v1683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1675, %v1684 : f32, !llvm.ptr
                }
                %v1685 = arith.muli %v24, %v140 : i64
                %v1686 = arith.subi %v1502, %v109 : i64
                %v1687 = arith.addi %v1685, %v1686 : i64
                %v1688 = llvm.getelementptr %v53[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1689 = llvm.load %v1688 : !llvm.ptr -> f32
                %v1690 = arith.mulf %v1689, %v1545 fastmath<contract> : f32
                %v1691 = arith.constant 8 : i64
                %v1692 = arith.addi %v1691, %v24 : i64
                %v1693 = arith.muli %v1692, %v140 : i64
                %v1694 = arith.subi %v1502, %v109 : i64
                %v1695 = arith.addi %v1693, %v1694 : i64
                %v1696 = llvm.getelementptr %v53[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
                %v1698 = arith.mulf %v1697, %v1547 fastmath<contract> : f32
                %v1699 = arith.addf %v1690, %v1698 fastmath<contract> : f32
                llvm.store %v1699, %v839 : f32, !llvm.ptr
                %v1700 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1558) : (f32) -> f32
                %v1701 = arith.mulf %v277, %v1700 fastmath<contract> : f32
                %v1702 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1701) : (f32) -> f32
                llvm.store %v1702, %v42 : f32, !llvm.ptr
                %v1703 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1579) : (f32) -> f32
                %v1704 = arith.mulf %v277, %v1703 fastmath<contract> : f32
                %v1705 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1704) : (f32) -> f32
                llvm.store %v1705, %v43 : f32, !llvm.ptr
              }
              %v1706 = llvm.load %v839 : !llvm.ptr -> f32
              %v1707 = arith.select %v842, %v1706, %v1496 : f32
              %v1708 = arith.select %v842, %v1496, %v1706 : f32
              %v1709, %v1710 = gpu.shuffle xor %v1707, %v1283, %v262 : f32
              %v1711 = arith.addf %v1708, %v1709 fastmath<contract> : f32
              %v1712 = arith.select %v845, %v1711, %v1286 : f32
              %v1713 = arith.select %v845, %v1286, %v1711 : f32
              %v1715, %v1716 = gpu.shuffle xor %v1712, %v1714, %v262 : f32
              %v1717 = arith.addf %v1713, %v1715 fastmath<contract> : f32
              %v1718 = arith.addi %v346, %v545 : i64
              %v1720 = arith.cmpi slt, %v1719, %v850 : i32
              %v1721 = arith.cmpi eq, %v1719, %v856 : i32
              %v1722 = arith.addi %v348, %v604 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v1720 {
                %v1723 = arith.addi %v109, %v1718 : i64
                %v1724 = arith.muli %v24, %v140 : i64
                %v1725 = arith.subi %v1723, %v109 : i64
                %v1726 = arith.addi %v1724, %v1725 : i64
                %v1727 = llvm.getelementptr %v51[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
                %v1729 = arith.muli %v38, %v288 : i64
                %v1730 = arith.muli %v1723, %v287 : i64
                %v1731 = arith.addi %v1729, %v1730 : i64
                %v1732 = arith.muli %v36, %v286 : i64
                %v1733 = arith.addi %v1731, %v1732 : i64
                %v1734 = arith.muli %v34, %v2 : i64
                %v1735 = arith.addi %v1733, %v1734 : i64
                %v1736 = llvm.getelementptr %dy_o[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
                %v1738 = arith.mulf %v1728, %v1737 fastmath<contract> : f32
                %v1739 = llvm.load %v40 : !llvm.ptr -> f32
                %v1740 = llvm.load %v42 : !llvm.ptr -> f32
                %v1741 = arith.mulf %v1740, %v1739 fastmath<contract> : f32
                %v1742 = arith.addf %v1738, %v1741 fastmath<contract> : f32
                llvm.store %v1742, %v40 : f32, !llvm.ptr
                %v1743 = arith.constant 8 : i64
                %v1744 = arith.addi %v1743, %v24 : i64
                %v1745 = arith.muli %v1744, %v140 : i64
                %v1746 = arith.subi %v1723, %v109 : i64
                %v1747 = arith.addi %v1745, %v1746 : i64
                %v1748 = llvm.getelementptr %v51[%v1747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
                %v1750 = arith.mulf %v1749, %v1737 fastmath<contract> : f32
                %v1751 = llvm.load %v41 : !llvm.ptr -> f32
                %v1752 = llvm.load %v43 : !llvm.ptr -> f32
                %v1753 = arith.mulf %v1752, %v1751 fastmath<contract> : f32
                %v1754 = arith.addf %v1750, %v1753 fastmath<contract> : f32
                llvm.store %v1754, %v41 : f32, !llvm.ptr
                %v1755 = arith.mulf %v578, %v1737 fastmath<contract> : f32
                %v1756 = arith.mulf %v603, %v1737 fastmath<contract> : f32
                %v1757 = arith.muli %v38, %v288 : i64
                %v1758 = arith.muli %v1723, %v287 : i64
                %v1759 = arith.addi %v1757, %v1758 : i64
                %v1760 = arith.muli %v36, %v286 : i64
                %v1761 = arith.addi %v1759, %v1760 : i64
                %v1762 = arith.muli %v34, %v2 : i64
                %v1763 = arith.addi %v1761, %v1762 : i64
                %v1764 = llvm.getelementptr %in_v[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
                %v1766 = llvm.load %v40 : !llvm.ptr -> f32
                %v1767 = arith.mulf %v1765, %v1766 fastmath<contract> : f32
                %v1768 = llvm.load %v41 : !llvm.ptr -> f32
                %v1769 = arith.mulf %v1765, %v1768 fastmath<contract> : f32
                %v1770 = arith.muli %v24, %v140 : i64
                %v1771 = arith.subi %v1723, %v109 : i64
                %v1772 = arith.addi %v1770, %v1771 : i64
                %v1773 = llvm.getelementptr %v55[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1774 = llvm.load %v1773 : !llvm.ptr -> f32
                %v1775 = arith.negf %v1774 : f32
                %v1776 = arith.mulf %v1775, %v272 fastmath<contract> : f32
                %v1777 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1776) : (f32) -> f32
                %v1778 = arith.addf %v57, %v1777 fastmath<contract> : f32
                %v1779 = arith.divf %v57, %v1778 : f32
                %v1780 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1779) : (f32) -> f32
                %v1781 = arith.mulf %v919, %v1780 fastmath<contract> : f32
                %v1782 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1781) : (f32) -> f32
                %v1783 = arith.mulf %v519, %v1766 fastmath<contract> : f32
                %v1784 = arith.mulf %v277, %v1783 fastmath<contract> : f32
                %v1785 = arith.mulf %v1782, %v1784 fastmath<contract> : f32
                %v1786 = arith.subf %v57, %v1779 fastmath<contract> : f32
                %v1787 = arith.mulf %v1779, %v1786 fastmath<contract> : f32
                %v1788 = arith.mulf %v1785, %v1787 fastmath<contract> : f32
                %v1789 = arith.constant 8 : i64
                %v1790 = arith.addi %v1789, %v24 : i64
                %v1791 = arith.muli %v1790, %v140 : i64
                %v1792 = arith.subi %v1723, %v109 : i64
                %v1793 = arith.addi %v1791, %v1792 : i64
                %v1794 = llvm.getelementptr %v55[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1795 = llvm.load %v1794 : !llvm.ptr -> f32
                %v1796 = arith.negf %v1795 : f32
                %v1797 = arith.mulf %v1796, %v272 fastmath<contract> : f32
                %v1798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1797) : (f32) -> f32
                %v1799 = arith.addf %v57, %v1798 fastmath<contract> : f32
                %v1800 = arith.divf %v57, %v1799 : f32
                %v1801 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1800) : (f32) -> f32
                %v1802 = arith.mulf %v919, %v1801 fastmath<contract> : f32
                %v1803 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1802) : (f32) -> f32
                %v1804 = arith.mulf %v544, %v1768 fastmath<contract> : f32
                %v1805 = arith.mulf %v277, %v1804 fastmath<contract> : f32
                %v1806 = arith.mulf %v1803, %v1805 fastmath<contract> : f32
                %v1807 = arith.subf %v57, %v1800 fastmath<contract> : f32
                %v1808 = arith.mulf %v1800, %v1807 fastmath<contract> : f32
                %v1809 = arith.mulf %v1806, %v1808 fastmath<contract> : f32
                %v1810 = arith.select %v28, %v1755, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1811, %v1812 = gpu.shuffle xor %v1810, %v951, %v262 : f32
                %v1813 = arith.addf %v1810, %v1811 fastmath<contract> : f32
                %v1814, %v1815 = gpu.shuffle xor %v1813, %v955, %v262 : f32
                %v1816 = arith.addf %v1813, %v1814 fastmath<contract> : f32
                %v1817 = arith.divui %v14, %v16 : i64
                %v1818 = arith.remui %v14, %v16 : i64
                %v1819 = arith.cmpi ult, %v1818, %v23 : i64
                %v1820 = arith.addi %v58, %v24 : i64
                %v1821 = arith.muli %v1817, %v1 : i64
                %v1822 = arith.addi %v1821, %v1820 : i64
                %v1823 = arith.muli %v1822, %v965 : i64
                %v1824 = arith.addi %v1823, %v1722 : i64
                scf.if %v1819 {
                  %v1825 = llvm.getelementptr %v45[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1816, %v1825 : f32, !llvm.ptr
                }
                %v1826 = arith.select %v28, %v1756, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1827, %v1828 = gpu.shuffle xor %v1826, %v951, %v262 : f32
                %v1829 = arith.addf %v1826, %v1827 fastmath<contract> : f32
                %v1830, %v1831 = gpu.shuffle xor %v1829, %v955, %v262 : f32
                %v1832 = arith.addf %v1829, %v1830 fastmath<contract> : f32
                %v1833 = arith.divui %v14, %v16 : i64
                %v1834 = arith.remui %v14, %v16 : i64
                %v1835 = arith.cmpi ult, %v1834, %v23 : i64
                %v1836 = arith.addi %v23, %v24 : i64
                %v1837 = arith.muli %v1833, %v1 : i64
                %v1838 = arith.addi %v1837, %v1836 : i64
                %v1839 = arith.muli %v1838, %v965 : i64
                %v1840 = arith.addi %v1839, %v1722 : i64
                scf.if %v1835 {
                  %v1841 = llvm.getelementptr %v45[%v1840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1832, %v1841 : f32, !llvm.ptr
                }
                %v1842 = arith.select %v28, %v1767, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1843, %v1844 = gpu.shuffle xor %v1842, %v951, %v262 : f32
                %v1845 = arith.addf %v1842, %v1843 fastmath<contract> : f32
                %v1846, %v1847 = gpu.shuffle xor %v1845, %v955, %v262 : f32
                %v1848 = arith.addf %v1845, %v1846 fastmath<contract> : f32
                %v1849 = arith.divui %v14, %v16 : i64
                %v1850 = arith.remui %v14, %v16 : i64
                %v1851 = arith.cmpi ult, %v1850, %v23 : i64
                %v1852 = arith.addi %v58, %v24 : i64
                %v1853 = arith.muli %v1849, %v1 : i64
                %v1854 = arith.addi %v1853, %v1852 : i64
                %v1855 = arith.muli %v1854, %v965 : i64
                %v1856 = arith.addi %v1855, %v1722 : i64
                scf.if %v1851 {
                  %v1857 = llvm.getelementptr %v47[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1848, %v1857 : f32, !llvm.ptr
                }
                %v1858 = arith.select %v28, %v1769, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1859, %v1860 = gpu.shuffle xor %v1858, %v951, %v262 : f32
                %v1861 = arith.addf %v1858, %v1859 fastmath<contract> : f32
                %v1862, %v1863 = gpu.shuffle xor %v1861, %v955, %v262 : f32
                %v1864 = arith.addf %v1861, %v1862 fastmath<contract> : f32
                %v1865 = arith.divui %v14, %v16 : i64
                %v1866 = arith.remui %v14, %v16 : i64
                %v1867 = arith.cmpi ult, %v1866, %v23 : i64
                %v1868 = arith.addi %v23, %v24 : i64
                %v1869 = arith.muli %v1865, %v1 : i64
                %v1870 = arith.addi %v1869, %v1868 : i64
                %v1871 = arith.muli %v1870, %v965 : i64
                %v1872 = arith.addi %v1871, %v1722 : i64
                scf.if %v1867 {
                  %v1873 = llvm.getelementptr %v47[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1864, %v1873 : f32, !llvm.ptr
                }
                %v1874 = arith.select %v28, %v1788, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1875, %v1876 = gpu.shuffle xor %v1874, %v951, %v262 : f32
                %v1877 = arith.addf %v1874, %v1875 fastmath<contract> : f32
                %v1878, %v1879 = gpu.shuffle xor %v1877, %v955, %v262 : f32
                %v1880 = arith.addf %v1877, %v1878 fastmath<contract> : f32
                %v1881 = arith.divui %v14, %v16 : i64
                %v1882 = arith.remui %v14, %v16 : i64
                %v1883 = arith.cmpi ult, %v1882, %v23 : i64
                %v1884 = arith.addi %v58, %v24 : i64
                %v1885 = arith.muli %v1881, %v1 : i64
                %v1886 = arith.addi %v1885, %v1884 : i64
                %v1887 = arith.muli %v1886, %v965 : i64
                %v1888 = arith.addi %v1887, %v1722 : i64
                scf.if %v1883 {
                  %v1889 = llvm.getelementptr %v49[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1880, %v1889 : f32, !llvm.ptr
                }
                %v1890 = arith.select %v28, %v1809, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v1891, %v1892 = gpu.shuffle xor %v1890, %v951, %v262 : f32
                %v1893 = arith.addf %v1890, %v1891 fastmath<contract> : f32
                %v1894, %v1895 = gpu.shuffle xor %v1893, %v955, %v262 : f32
                %v1896 = arith.addf %v1893, %v1894 fastmath<contract> : f32
                %v1897 = arith.divui %v14, %v16 : i64
                %v1898 = arith.remui %v14, %v16 : i64
                %v1899 = arith.cmpi ult, %v1898, %v23 : i64
                %v1900 = arith.addi %v23, %v24 : i64
                %v1901 = arith.muli %v1897, %v1 : i64
                %v1902 = arith.addi %v1901, %v1900 : i64
                %v1903 = arith.muli %v1902, %v965 : i64
                %v1904 = arith.addi %v1903, %v1722 : i64
                scf.if %v1899 {
                  %v1905 = llvm.getelementptr %v49[%v1904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1896, %v1905 : f32, !llvm.ptr
                }
                %v1906 = arith.muli %v24, %v140 : i64
                %v1907 = arith.subi %v1723, %v109 : i64
                %v1908 = arith.addi %v1906, %v1907 : i64
                %v1909 = llvm.getelementptr %v53[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1910 = llvm.load %v1909 : !llvm.ptr -> f32
                %v1911 = arith.mulf %v1910, %v1766 fastmath<contract> : f32
                %v1912 = arith.constant 8 : i64
                %v1913 = arith.addi %v1912, %v24 : i64
                %v1914 = arith.muli %v1913, %v140 : i64
                %v1915 = arith.subi %v1723, %v109 : i64
                %v1916 = arith.addi %v1914, %v1915 : i64
                %v1917 = llvm.getelementptr %v53[%v1916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
                %v1919 = arith.mulf %v1918, %v1768 fastmath<contract> : f32
                %v1920 = arith.addf %v1911, %v1919 fastmath<contract> : f32
                llvm.store %v1920, %v839 : f32, !llvm.ptr
                %v1921 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1779) : (f32) -> f32
                %v1922 = arith.mulf %v277, %v1921 fastmath<contract> : f32
                %v1923 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1922) : (f32) -> f32
                llvm.store %v1923, %v42 : f32, !llvm.ptr
                %v1924 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1800) : (f32) -> f32
                %v1925 = arith.mulf %v277, %v1924 fastmath<contract> : f32
                %v1926 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1925) : (f32) -> f32
                llvm.store %v1926, %v43 : f32, !llvm.ptr
              }
              %v1927 = llvm.load %v839 : !llvm.ptr -> f32
              %v1928 = arith.addi %v346, %v328 : i64
              %v1929 = arith.cmpi slt, %v1714, %v850 : i32
              %v1930 = arith.cmpi eq, %v1714, %v856 : i32
              %v1931 = arith.addi %v348, %v663 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v1929 {
                %v1932 = arith.addi %v109, %v1928 : i64
                %v1933 = arith.muli %v24, %v140 : i64
                %v1934 = arith.subi %v1932, %v109 : i64
                %v1935 = arith.addi %v1933, %v1934 : i64
                %v1936 = llvm.getelementptr %v51[%v1935] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
                %v1938 = arith.muli %v38, %v288 : i64
                %v1939 = arith.muli %v1932, %v287 : i64
                %v1940 = arith.addi %v1938, %v1939 : i64
                %v1941 = arith.muli %v36, %v286 : i64
                %v1942 = arith.addi %v1940, %v1941 : i64
                %v1943 = arith.muli %v34, %v2 : i64
                %v1944 = arith.addi %v1942, %v1943 : i64
                %v1945 = llvm.getelementptr %dy_o[%v1944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1946 = llvm.load %v1945 : !llvm.ptr -> f32
                %v1947 = arith.mulf %v1937, %v1946 fastmath<contract> : f32
                %v1948 = llvm.load %v40 : !llvm.ptr -> f32
                %v1949 = llvm.load %v42 : !llvm.ptr -> f32
                %v1950 = arith.mulf %v1949, %v1948 fastmath<contract> : f32
                %v1951 = arith.addf %v1947, %v1950 fastmath<contract> : f32
                llvm.store %v1951, %v40 : f32, !llvm.ptr
                %v1952 = arith.constant 8 : i64
                %v1953 = arith.addi %v1952, %v24 : i64
                %v1954 = arith.muli %v1953, %v140 : i64
                %v1955 = arith.subi %v1932, %v109 : i64
                %v1956 = arith.addi %v1954, %v1955 : i64
                %v1957 = llvm.getelementptr %v51[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
                %v1959 = arith.mulf %v1958, %v1946 fastmath<contract> : f32
                %v1960 = llvm.load %v41 : !llvm.ptr -> f32
                %v1961 = llvm.load %v43 : !llvm.ptr -> f32
                %v1962 = arith.mulf %v1961, %v1960 fastmath<contract> : f32
                %v1963 = arith.addf %v1959, %v1962 fastmath<contract> : f32
                llvm.store %v1963, %v41 : f32, !llvm.ptr
                %v1964 = arith.mulf %v519, %v1946 fastmath<contract> : f32
                %v1965 = arith.mulf %v544, %v1946 fastmath<contract> : f32
                %v1966 = arith.muli %v38, %v288 : i64
                %v1967 = arith.muli %v1932, %v287 : i64
                %v1968 = arith.addi %v1966, %v1967 : i64
                %v1969 = arith.muli %v36, %v286 : i64
                %v1970 = arith.addi %v1968, %v1969 : i64
                %v1971 = arith.muli %v34, %v2 : i64
                %v1972 = arith.addi %v1970, %v1971 : i64
                %v1973 = llvm.getelementptr %in_v[%v1972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
                %v1975 = llvm.load %v40 : !llvm.ptr -> f32
                %v1976 = arith.mulf %v1974, %v1975 fastmath<contract> : f32
                %v1977 = llvm.load %v41 : !llvm.ptr -> f32
                %v1978 = arith.mulf %v1974, %v1977 fastmath<contract> : f32
                %v1979 = arith.muli %v24, %v140 : i64
                %v1980 = arith.subi %v1932, %v109 : i64
                %v1981 = arith.addi %v1979, %v1980 : i64
                %v1982 = llvm.getelementptr %v55[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
                %v1984 = arith.negf %v1983 : f32
                %v1985 = arith.mulf %v1984, %v272 fastmath<contract> : f32
                %v1986 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1985) : (f32) -> f32
                %v1987 = arith.addf %v57, %v1986 fastmath<contract> : f32
                %v1988 = arith.divf %v57, %v1987 : f32
                %v1989 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1988) : (f32) -> f32
                %v1990 = arith.mulf %v919, %v1989 fastmath<contract> : f32
                %v1991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1990) : (f32) -> f32
                %v1992 = arith.mulf %v461, %v1975 fastmath<contract> : f32
                %v1993 = arith.mulf %v277, %v1992 fastmath<contract> : f32
                %v1994 = arith.mulf %v1991, %v1993 fastmath<contract> : f32
                %v1995 = arith.subf %v57, %v1988 fastmath<contract> : f32
                %v1996 = arith.mulf %v1988, %v1995 fastmath<contract> : f32
                %v1997 = arith.mulf %v1994, %v1996 fastmath<contract> : f32
                %v1998 = arith.constant 8 : i64
                %v1999 = arith.addi %v1998, %v24 : i64
                %v2000 = arith.muli %v1999, %v140 : i64
                %v2001 = arith.subi %v1932, %v109 : i64
                %v2002 = arith.addi %v2000, %v2001 : i64
                %v2003 = llvm.getelementptr %v55[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
                %v2005 = arith.negf %v2004 : f32
                %v2006 = arith.mulf %v2005, %v272 fastmath<contract> : f32
                %v2007 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2006) : (f32) -> f32
                %v2008 = arith.addf %v57, %v2007 fastmath<contract> : f32
                %v2009 = arith.divf %v57, %v2008 : f32
                %v2010 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2009) : (f32) -> f32
                %v2011 = arith.mulf %v919, %v2010 fastmath<contract> : f32
                %v2012 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2011) : (f32) -> f32
                %v2013 = arith.mulf %v486, %v1977 fastmath<contract> : f32
                %v2014 = arith.mulf %v277, %v2013 fastmath<contract> : f32
                %v2015 = arith.mulf %v2012, %v2014 fastmath<contract> : f32
                %v2016 = arith.subf %v57, %v2009 fastmath<contract> : f32
                %v2017 = arith.mulf %v2009, %v2016 fastmath<contract> : f32
                %v2018 = arith.mulf %v2015, %v2017 fastmath<contract> : f32
                %v2019 = arith.select %v28, %v1964, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2020, %v2021 = gpu.shuffle xor %v2019, %v951, %v262 : f32
                %v2022 = arith.addf %v2019, %v2020 fastmath<contract> : f32
                %v2023, %v2024 = gpu.shuffle xor %v2022, %v955, %v262 : f32
                %v2025 = arith.addf %v2022, %v2023 fastmath<contract> : f32
                %v2026 = arith.divui %v14, %v16 : i64
                %v2027 = arith.remui %v14, %v16 : i64
                %v2028 = arith.cmpi ult, %v2027, %v23 : i64
                %v2029 = arith.addi %v58, %v24 : i64
                %v2030 = arith.muli %v2026, %v1 : i64
                %v2031 = arith.addi %v2030, %v2029 : i64
                %v2032 = arith.muli %v2031, %v965 : i64
                %v2033 = arith.addi %v2032, %v1931 : i64
                scf.if %v2028 {
                  %v2034 = llvm.getelementptr %v45[%v2033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2025, %v2034 : f32, !llvm.ptr
                }
                %v2035 = arith.select %v28, %v1965, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2036, %v2037 = gpu.shuffle xor %v2035, %v951, %v262 : f32
                %v2038 = arith.addf %v2035, %v2036 fastmath<contract> : f32
                %v2039, %v2040 = gpu.shuffle xor %v2038, %v955, %v262 : f32
                %v2041 = arith.addf %v2038, %v2039 fastmath<contract> : f32
                %v2042 = arith.divui %v14, %v16 : i64
                %v2043 = arith.remui %v14, %v16 : i64
                %v2044 = arith.cmpi ult, %v2043, %v23 : i64
                %v2045 = arith.addi %v23, %v24 : i64
                %v2046 = arith.muli %v2042, %v1 : i64
                %v2047 = arith.addi %v2046, %v2045 : i64
                %v2048 = arith.muli %v2047, %v965 : i64
                %v2049 = arith.addi %v2048, %v1931 : i64
                scf.if %v2044 {
                  %v2050 = llvm.getelementptr %v45[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2041, %v2050 : f32, !llvm.ptr
                }
                %v2051 = arith.select %v28, %v1976, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2052, %v2053 = gpu.shuffle xor %v2051, %v951, %v262 : f32
                %v2054 = arith.addf %v2051, %v2052 fastmath<contract> : f32
                %v2055, %v2056 = gpu.shuffle xor %v2054, %v955, %v262 : f32
                %v2057 = arith.addf %v2054, %v2055 fastmath<contract> : f32
                %v2058 = arith.divui %v14, %v16 : i64
                %v2059 = arith.remui %v14, %v16 : i64
                %v2060 = arith.cmpi ult, %v2059, %v23 : i64
                %v2061 = arith.addi %v58, %v24 : i64
                %v2062 = arith.muli %v2058, %v1 : i64
                %v2063 = arith.addi %v2062, %v2061 : i64
                %v2064 = arith.muli %v2063, %v965 : i64
                %v2065 = arith.addi %v2064, %v1931 : i64
                scf.if %v2060 {
                  %v2066 = llvm.getelementptr %v47[%v2065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2057, %v2066 : f32, !llvm.ptr
                }
                %v2067 = arith.select %v28, %v1978, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2068, %v2069 = gpu.shuffle xor %v2067, %v951, %v262 : f32
                %v2070 = arith.addf %v2067, %v2068 fastmath<contract> : f32
                %v2071, %v2072 = gpu.shuffle xor %v2070, %v955, %v262 : f32
                %v2073 = arith.addf %v2070, %v2071 fastmath<contract> : f32
                %v2074 = arith.divui %v14, %v16 : i64
                %v2075 = arith.remui %v14, %v16 : i64
                %v2076 = arith.cmpi ult, %v2075, %v23 : i64
                %v2077 = arith.addi %v23, %v24 : i64
                %v2078 = arith.muli %v2074, %v1 : i64
                %v2079 = arith.addi %v2078, %v2077 : i64
                %v2080 = arith.muli %v2079, %v965 : i64
                %v2081 = arith.addi %v2080, %v1931 : i64
                scf.if %v2076 {
                  %v2082 = llvm.getelementptr %v47[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2073, %v2082 : f32, !llvm.ptr
                }
                %v2083 = arith.select %v28, %v1997, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2084, %v2085 = gpu.shuffle xor %v2083, %v951, %v262 : f32
                %v2086 = arith.addf %v2083, %v2084 fastmath<contract> : f32
                %v2087, %v2088 = gpu.shuffle xor %v2086, %v955, %v262 : f32
                %v2089 = arith.addf %v2086, %v2087 fastmath<contract> : f32
                %v2090 = arith.divui %v14, %v16 : i64
                %v2091 = arith.remui %v14, %v16 : i64
                %v2092 = arith.cmpi ult, %v2091, %v23 : i64
                %v2093 = arith.addi %v58, %v24 : i64
                %v2094 = arith.muli %v2090, %v1 : i64
                %v2095 = arith.addi %v2094, %v2093 : i64
                %v2096 = arith.muli %v2095, %v965 : i64
                %v2097 = arith.addi %v2096, %v1931 : i64
                scf.if %v2092 {
                  %v2098 = llvm.getelementptr %v49[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2089, %v2098 : f32, !llvm.ptr
                }
                %v2099 = arith.select %v28, %v2018, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2100, %v2101 = gpu.shuffle xor %v2099, %v951, %v262 : f32
                %v2102 = arith.addf %v2099, %v2100 fastmath<contract> : f32
                %v2103, %v2104 = gpu.shuffle xor %v2102, %v955, %v262 : f32
                %v2105 = arith.addf %v2102, %v2103 fastmath<contract> : f32
                %v2106 = arith.divui %v14, %v16 : i64
                %v2107 = arith.remui %v14, %v16 : i64
                %v2108 = arith.cmpi ult, %v2107, %v23 : i64
                %v2109 = arith.addi %v23, %v24 : i64
                %v2110 = arith.muli %v2106, %v1 : i64
                %v2111 = arith.addi %v2110, %v2109 : i64
                %v2112 = arith.muli %v2111, %v965 : i64
                %v2113 = arith.addi %v2112, %v1931 : i64
                scf.if %v2108 {
                  %v2114 = llvm.getelementptr %v49[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2105, %v2114 : f32, !llvm.ptr
                }
                %v2115 = arith.muli %v24, %v140 : i64
                %v2116 = arith.subi %v1932, %v109 : i64
                %v2117 = arith.addi %v2115, %v2116 : i64
                %v2118 = llvm.getelementptr %v53[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
                %v2120 = arith.mulf %v2119, %v1975 fastmath<contract> : f32
                %v2121 = arith.constant 8 : i64
                %v2122 = arith.addi %v2121, %v24 : i64
                %v2123 = arith.muli %v2122, %v140 : i64
                %v2124 = arith.subi %v1932, %v109 : i64
                %v2125 = arith.addi %v2123, %v2124 : i64
                %v2126 = llvm.getelementptr %v53[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2127 = llvm.load %v2126 : !llvm.ptr -> f32
                %v2128 = arith.mulf %v2127, %v1977 fastmath<contract> : f32
                %v2129 = arith.addf %v2120, %v2128 fastmath<contract> : f32
                llvm.store %v2129, %v839 : f32, !llvm.ptr
                %v2130 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v1988) : (f32) -> f32
                %v2131 = arith.mulf %v277, %v2130 fastmath<contract> : f32
                %v2132 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2131) : (f32) -> f32
                llvm.store %v2132, %v42 : f32, !llvm.ptr
                %v2133 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2009) : (f32) -> f32
                %v2134 = arith.mulf %v277, %v2133 fastmath<contract> : f32
                %v2135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2134) : (f32) -> f32
                llvm.store %v2135, %v43 : f32, !llvm.ptr
              }
              %v2136 = llvm.load %v839 : !llvm.ptr -> f32
              %v2137 = arith.select %v842, %v2136, %v1927 : f32
              %v2138 = arith.select %v842, %v1927, %v2136 : f32
              %v2139, %v2140 = gpu.shuffle xor %v2137, %v1283, %v262 : f32
              %v2141 = arith.addf %v2138, %v2139 fastmath<contract> : f32
              %v2142 = arith.addi %v346, %v2 : i64
              %v2143 = arith.cmpi slt, %v1283, %v850 : i32
              %v2144 = arith.cmpi eq, %v1283, %v856 : i32
              %v2145 = arith.addi %v348, %v722 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v2143 {
                %v2146 = arith.addi %v109, %v2142 : i64
                %v2147 = arith.muli %v24, %v140 : i64
                %v2148 = arith.subi %v2146, %v109 : i64
                %v2149 = arith.addi %v2147, %v2148 : i64
                %v2150 = llvm.getelementptr %v51[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
                %v2152 = arith.muli %v38, %v288 : i64
                %v2153 = arith.muli %v2146, %v287 : i64
                %v2154 = arith.addi %v2152, %v2153 : i64
                %v2155 = arith.muli %v36, %v286 : i64
                %v2156 = arith.addi %v2154, %v2155 : i64
                %v2157 = arith.muli %v34, %v2 : i64
                %v2158 = arith.addi %v2156, %v2157 : i64
                %v2159 = llvm.getelementptr %dy_o[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2160 = llvm.load %v2159 : !llvm.ptr -> f32
                %v2161 = arith.mulf %v2151, %v2160 fastmath<contract> : f32
                %v2162 = llvm.load %v40 : !llvm.ptr -> f32
                %v2163 = llvm.load %v42 : !llvm.ptr -> f32
                %v2164 = arith.mulf %v2163, %v2162 fastmath<contract> : f32
                %v2165 = arith.addf %v2161, %v2164 fastmath<contract> : f32
                llvm.store %v2165, %v40 : f32, !llvm.ptr
                %v2166 = arith.constant 8 : i64
                %v2167 = arith.addi %v2166, %v24 : i64
                %v2168 = arith.muli %v2167, %v140 : i64
                %v2169 = arith.subi %v2146, %v109 : i64
                %v2170 = arith.addi %v2168, %v2169 : i64
                %v2171 = llvm.getelementptr %v51[%v2170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2172 = llvm.load %v2171 : !llvm.ptr -> f32
                %v2173 = arith.mulf %v2172, %v2160 fastmath<contract> : f32
                %v2174 = llvm.load %v41 : !llvm.ptr -> f32
                %v2175 = llvm.load %v43 : !llvm.ptr -> f32
                %v2176 = arith.mulf %v2175, %v2174 fastmath<contract> : f32
                %v2177 = arith.addf %v2173, %v2176 fastmath<contract> : f32
                llvm.store %v2177, %v41 : f32, !llvm.ptr
                %v2178 = arith.mulf %v461, %v2160 fastmath<contract> : f32
                %v2179 = arith.mulf %v486, %v2160 fastmath<contract> : f32
                %v2180 = arith.muli %v38, %v288 : i64
                %v2181 = arith.muli %v2146, %v287 : i64
                %v2182 = arith.addi %v2180, %v2181 : i64
                %v2183 = arith.muli %v36, %v286 : i64
                %v2184 = arith.addi %v2182, %v2183 : i64
                %v2185 = arith.muli %v34, %v2 : i64
                %v2186 = arith.addi %v2184, %v2185 : i64
                %v2187 = llvm.getelementptr %in_v[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2188 = llvm.load %v2187 : !llvm.ptr -> f32
                %v2189 = llvm.load %v40 : !llvm.ptr -> f32
                %v2190 = arith.mulf %v2188, %v2189 fastmath<contract> : f32
                %v2191 = llvm.load %v41 : !llvm.ptr -> f32
                %v2192 = arith.mulf %v2188, %v2191 fastmath<contract> : f32
                %v2193 = arith.muli %v24, %v140 : i64
                %v2194 = arith.subi %v2146, %v109 : i64
                %v2195 = arith.addi %v2193, %v2194 : i64
                %v2196 = llvm.getelementptr %v55[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2197 = llvm.load %v2196 : !llvm.ptr -> f32
                %v2198 = arith.negf %v2197 : f32
                %v2199 = arith.mulf %v2198, %v272 fastmath<contract> : f32
                %v2200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2199) : (f32) -> f32
                %v2201 = arith.addf %v57, %v2200 fastmath<contract> : f32
                %v2202 = arith.divf %v57, %v2201 : f32
                %v2203 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2202) : (f32) -> f32
                %v2204 = arith.mulf %v919, %v2203 fastmath<contract> : f32
                %v2205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2204) : (f32) -> f32
                %v2206 = arith.mulf %v403, %v2189 fastmath<contract> : f32
                %v2207 = arith.mulf %v277, %v2206 fastmath<contract> : f32
                %v2208 = arith.mulf %v2205, %v2207 fastmath<contract> : f32
                %v2209 = arith.subf %v57, %v2202 fastmath<contract> : f32
                %v2210 = arith.mulf %v2202, %v2209 fastmath<contract> : f32
                %v2211 = arith.mulf %v2208, %v2210 fastmath<contract> : f32
                %v2212 = arith.constant 8 : i64
                %v2213 = arith.addi %v2212, %v24 : i64
                %v2214 = arith.muli %v2213, %v140 : i64
                %v2215 = arith.subi %v2146, %v109 : i64
                %v2216 = arith.addi %v2214, %v2215 : i64
                %v2217 = llvm.getelementptr %v55[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2218 = llvm.load %v2217 : !llvm.ptr -> f32
                %v2219 = arith.negf %v2218 : f32
                %v2220 = arith.mulf %v2219, %v272 fastmath<contract> : f32
                %v2221 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2220) : (f32) -> f32
                %v2222 = arith.addf %v57, %v2221 fastmath<contract> : f32
                %v2223 = arith.divf %v57, %v2222 : f32
                %v2224 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2223) : (f32) -> f32
                %v2225 = arith.mulf %v919, %v2224 fastmath<contract> : f32
                %v2226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2225) : (f32) -> f32
                %v2227 = arith.mulf %v428, %v2191 fastmath<contract> : f32
                %v2228 = arith.mulf %v277, %v2227 fastmath<contract> : f32
                %v2229 = arith.mulf %v2226, %v2228 fastmath<contract> : f32
                %v2230 = arith.subf %v57, %v2223 fastmath<contract> : f32
                %v2231 = arith.mulf %v2223, %v2230 fastmath<contract> : f32
                %v2232 = arith.mulf %v2229, %v2231 fastmath<contract> : f32
                %v2233 = arith.select %v28, %v2178, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2234, %v2235 = gpu.shuffle xor %v2233, %v951, %v262 : f32
                %v2236 = arith.addf %v2233, %v2234 fastmath<contract> : f32
                %v2237, %v2238 = gpu.shuffle xor %v2236, %v955, %v262 : f32
                %v2239 = arith.addf %v2236, %v2237 fastmath<contract> : f32
                %v2240 = arith.divui %v14, %v16 : i64
                %v2241 = arith.remui %v14, %v16 : i64
                %v2242 = arith.cmpi ult, %v2241, %v23 : i64
                %v2243 = arith.addi %v58, %v24 : i64
                %v2244 = arith.muli %v2240, %v1 : i64
                %v2245 = arith.addi %v2244, %v2243 : i64
                %v2246 = arith.muli %v2245, %v965 : i64
                %v2247 = arith.addi %v2246, %v2145 : i64
                scf.if %v2242 {
                  %v2248 = llvm.getelementptr %v45[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2239, %v2248 : f32, !llvm.ptr
                }
                %v2249 = arith.select %v28, %v2179, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2250, %v2251 = gpu.shuffle xor %v2249, %v951, %v262 : f32
                %v2252 = arith.addf %v2249, %v2250 fastmath<contract> : f32
                %v2253, %v2254 = gpu.shuffle xor %v2252, %v955, %v262 : f32
                %v2255 = arith.addf %v2252, %v2253 fastmath<contract> : f32
                %v2256 = arith.divui %v14, %v16 : i64
                %v2257 = arith.remui %v14, %v16 : i64
                %v2258 = arith.cmpi ult, %v2257, %v23 : i64
                %v2259 = arith.addi %v23, %v24 : i64
                %v2260 = arith.muli %v2256, %v1 : i64
                %v2261 = arith.addi %v2260, %v2259 : i64
                %v2262 = arith.muli %v2261, %v965 : i64
                %v2263 = arith.addi %v2262, %v2145 : i64
                scf.if %v2258 {
                  %v2264 = llvm.getelementptr %v45[%v2263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2255, %v2264 : f32, !llvm.ptr
                }
                %v2265 = arith.select %v28, %v2190, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2266, %v2267 = gpu.shuffle xor %v2265, %v951, %v262 : f32
                %v2268 = arith.addf %v2265, %v2266 fastmath<contract> : f32
                %v2269, %v2270 = gpu.shuffle xor %v2268, %v955, %v262 : f32
                %v2271 = arith.addf %v2268, %v2269 fastmath<contract> : f32
                %v2272 = arith.divui %v14, %v16 : i64
                %v2273 = arith.remui %v14, %v16 : i64
                %v2274 = arith.cmpi ult, %v2273, %v23 : i64
                %v2275 = arith.addi %v58, %v24 : i64
                %v2276 = arith.muli %v2272, %v1 : i64
                %v2277 = arith.addi %v2276, %v2275 : i64
                %v2278 = arith.muli %v2277, %v965 : i64
                %v2279 = arith.addi %v2278, %v2145 : i64
                scf.if %v2274 {
                  %v2280 = llvm.getelementptr %v47[%v2279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2271, %v2280 : f32, !llvm.ptr
                }
                %v2281 = arith.select %v28, %v2192, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2282, %v2283 = gpu.shuffle xor %v2281, %v951, %v262 : f32
                %v2284 = arith.addf %v2281, %v2282 fastmath<contract> : f32
                %v2285, %v2286 = gpu.shuffle xor %v2284, %v955, %v262 : f32
                %v2287 = arith.addf %v2284, %v2285 fastmath<contract> : f32
                %v2288 = arith.divui %v14, %v16 : i64
                %v2289 = arith.remui %v14, %v16 : i64
                %v2290 = arith.cmpi ult, %v2289, %v23 : i64
                %v2291 = arith.addi %v23, %v24 : i64
                %v2292 = arith.muli %v2288, %v1 : i64
                %v2293 = arith.addi %v2292, %v2291 : i64
                %v2294 = arith.muli %v2293, %v965 : i64
                %v2295 = arith.addi %v2294, %v2145 : i64
                scf.if %v2290 {
                  %v2296 = llvm.getelementptr %v47[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2287, %v2296 : f32, !llvm.ptr
                }
                %v2297 = arith.select %v28, %v2211, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2298, %v2299 = gpu.shuffle xor %v2297, %v951, %v262 : f32
                %v2300 = arith.addf %v2297, %v2298 fastmath<contract> : f32
                %v2301, %v2302 = gpu.shuffle xor %v2300, %v955, %v262 : f32
                %v2303 = arith.addf %v2300, %v2301 fastmath<contract> : f32
                %v2304 = arith.divui %v14, %v16 : i64
                %v2305 = arith.remui %v14, %v16 : i64
                %v2306 = arith.cmpi ult, %v2305, %v23 : i64
                %v2307 = arith.addi %v58, %v24 : i64
                %v2308 = arith.muli %v2304, %v1 : i64
                %v2309 = arith.addi %v2308, %v2307 : i64
                %v2310 = arith.muli %v2309, %v965 : i64
                %v2311 = arith.addi %v2310, %v2145 : i64
                scf.if %v2306 {
                  %v2312 = llvm.getelementptr %v49[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2303, %v2312 : f32, !llvm.ptr
                }
                %v2313 = arith.select %v28, %v2232, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2314, %v2315 = gpu.shuffle xor %v2313, %v951, %v262 : f32
                %v2316 = arith.addf %v2313, %v2314 fastmath<contract> : f32
                %v2317, %v2318 = gpu.shuffle xor %v2316, %v955, %v262 : f32
                %v2319 = arith.addf %v2316, %v2317 fastmath<contract> : f32
                %v2320 = arith.divui %v14, %v16 : i64
                %v2321 = arith.remui %v14, %v16 : i64
                %v2322 = arith.cmpi ult, %v2321, %v23 : i64
                %v2323 = arith.addi %v23, %v24 : i64
                %v2324 = arith.muli %v2320, %v1 : i64
                %v2325 = arith.addi %v2324, %v2323 : i64
                %v2326 = arith.muli %v2325, %v965 : i64
                %v2327 = arith.addi %v2326, %v2145 : i64
                scf.if %v2322 {
                  %v2328 = llvm.getelementptr %v49[%v2327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2319, %v2328 : f32, !llvm.ptr
                }
                %v2329 = arith.muli %v24, %v140 : i64
                %v2330 = arith.subi %v2146, %v109 : i64
                %v2331 = arith.addi %v2329, %v2330 : i64
                %v2332 = llvm.getelementptr %v53[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2333 = llvm.load %v2332 : !llvm.ptr -> f32
                %v2334 = arith.mulf %v2333, %v2189 fastmath<contract> : f32
                %v2335 = arith.constant 8 : i64
                %v2336 = arith.addi %v2335, %v24 : i64
                %v2337 = arith.muli %v2336, %v140 : i64
                %v2338 = arith.subi %v2146, %v109 : i64
                %v2339 = arith.addi %v2337, %v2338 : i64
                %v2340 = llvm.getelementptr %v53[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2341 = llvm.load %v2340 : !llvm.ptr -> f32
                %v2342 = arith.mulf %v2341, %v2191 fastmath<contract> : f32
                %v2343 = arith.addf %v2334, %v2342 fastmath<contract> : f32
                llvm.store %v2343, %v839 : f32, !llvm.ptr
                %v2344 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2202) : (f32) -> f32
                %v2345 = arith.mulf %v277, %v2344 fastmath<contract> : f32
                %v2346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2345) : (f32) -> f32
                llvm.store %v2346, %v42 : f32, !llvm.ptr
                %v2347 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2223) : (f32) -> f32
                %v2348 = arith.mulf %v277, %v2347 fastmath<contract> : f32
                %v2349 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2348) : (f32) -> f32
                llvm.store %v2349, %v43 : f32, !llvm.ptr
              }
              %v2350 = llvm.load %v839 : !llvm.ptr -> f32
              %v2351 = arith.addi %v346, %v58 : i64
              %v2353 = arith.cmpi slt, %v2352, %v850 : i32
              %v2354 = arith.cmpi eq, %v2352, %v856 : i32
              %v2355 = arith.addi %v348, %v61 : i64
              llvm.store %v56, %v839 : f32, !llvm.ptr
              scf.if %v2353 {
                %v2356 = arith.addi %v109, %v2351 : i64
                %v2357 = arith.muli %v24, %v140 : i64
                %v2358 = arith.subi %v2356, %v109 : i64
                %v2359 = arith.addi %v2357, %v2358 : i64
                %v2360 = llvm.getelementptr %v51[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2361 = llvm.load %v2360 : !llvm.ptr -> f32
                %v2362 = arith.muli %v38, %v288 : i64
                %v2363 = arith.muli %v2356, %v287 : i64
                %v2364 = arith.addi %v2362, %v2363 : i64
                %v2365 = arith.muli %v36, %v286 : i64
                %v2366 = arith.addi %v2364, %v2365 : i64
                %v2367 = arith.muli %v34, %v2 : i64
                %v2368 = arith.addi %v2366, %v2367 : i64
                %v2369 = llvm.getelementptr %dy_o[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2370 = llvm.load %v2369 : !llvm.ptr -> f32
                %v2371 = arith.mulf %v2361, %v2370 fastmath<contract> : f32
                %v2372 = llvm.load %v40 : !llvm.ptr -> f32
                %v2373 = llvm.load %v42 : !llvm.ptr -> f32
                %v2374 = arith.mulf %v2373, %v2372 fastmath<contract> : f32
                %v2375 = arith.addf %v2371, %v2374 fastmath<contract> : f32
                llvm.store %v2375, %v40 : f32, !llvm.ptr
                %v2376 = arith.constant 8 : i64
                %v2377 = arith.addi %v2376, %v24 : i64
                %v2378 = arith.muli %v2377, %v140 : i64
                %v2379 = arith.subi %v2356, %v109 : i64
                %v2380 = arith.addi %v2378, %v2379 : i64
                %v2381 = llvm.getelementptr %v51[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2382 = llvm.load %v2381 : !llvm.ptr -> f32
                %v2383 = arith.mulf %v2382, %v2370 fastmath<contract> : f32
                %v2384 = llvm.load %v41 : !llvm.ptr -> f32
                %v2385 = llvm.load %v43 : !llvm.ptr -> f32
                %v2386 = arith.mulf %v2385, %v2384 fastmath<contract> : f32
                %v2387 = arith.addf %v2383, %v2386 fastmath<contract> : f32
                llvm.store %v2387, %v41 : f32, !llvm.ptr
                %v2388 = arith.mulf %v403, %v2370 fastmath<contract> : f32
                %v2389 = arith.mulf %v428, %v2370 fastmath<contract> : f32
                %v2390 = arith.muli %v38, %v288 : i64
                %v2391 = arith.muli %v2356, %v287 : i64
                %v2392 = arith.addi %v2390, %v2391 : i64
                %v2393 = arith.muli %v36, %v286 : i64
                %v2394 = arith.addi %v2392, %v2393 : i64
                %v2395 = arith.muli %v34, %v2 : i64
                %v2396 = arith.addi %v2394, %v2395 : i64
                %v2397 = llvm.getelementptr %in_v[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2398 = llvm.load %v2397 : !llvm.ptr -> f32
                %v2399 = llvm.load %v40 : !llvm.ptr -> f32
                %v2400 = arith.mulf %v2398, %v2399 fastmath<contract> : f32
                %v2401 = llvm.load %v41 : !llvm.ptr -> f32
                %v2402 = arith.mulf %v2398, %v2401 fastmath<contract> : f32
                %v2403 = arith.muli %v24, %v140 : i64
                %v2404 = arith.subi %v2356, %v109 : i64
                %v2405 = arith.addi %v2403, %v2404 : i64
                %v2406 = llvm.getelementptr %v55[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2407 = llvm.load %v2406 : !llvm.ptr -> f32
                %v2408 = arith.negf %v2407 : f32
                %v2409 = arith.mulf %v2408, %v272 fastmath<contract> : f32
                %v2410 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2409) : (f32) -> f32
                %v2411 = arith.addf %v57, %v2410 fastmath<contract> : f32
                %v2412 = arith.divf %v57, %v2411 : f32
                %v2413 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2412) : (f32) -> f32
                %v2414 = arith.mulf %v919, %v2413 fastmath<contract> : f32
                %v2415 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2414) : (f32) -> f32
                %v2416 = arith.mulf %v358, %v2399 fastmath<contract> : f32
                %v2417 = arith.mulf %v277, %v2416 fastmath<contract> : f32
                %v2418 = arith.mulf %v2415, %v2417 fastmath<contract> : f32
                %v2419 = arith.subf %v57, %v2412 fastmath<contract> : f32
                %v2420 = arith.mulf %v2412, %v2419 fastmath<contract> : f32
                %v2421 = arith.mulf %v2418, %v2420 fastmath<contract> : f32
                %v2422 = arith.constant 8 : i64
                %v2423 = arith.addi %v2422, %v24 : i64
                %v2424 = arith.muli %v2423, %v140 : i64
                %v2425 = arith.subi %v2356, %v109 : i64
                %v2426 = arith.addi %v2424, %v2425 : i64
                %v2427 = llvm.getelementptr %v55[%v2426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2428 = llvm.load %v2427 : !llvm.ptr -> f32
                %v2429 = arith.negf %v2428 : f32
                %v2430 = arith.mulf %v2429, %v272 fastmath<contract> : f32
                %v2431 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2430) : (f32) -> f32
                %v2432 = arith.addf %v57, %v2431 fastmath<contract> : f32
                %v2433 = arith.divf %v57, %v2432 : f32
                %v2434 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2433) : (f32) -> f32
                %v2435 = arith.mulf %v919, %v2434 fastmath<contract> : f32
                %v2436 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2435) : (f32) -> f32
                %v2437 = arith.mulf %v367, %v2401 fastmath<contract> : f32
                %v2438 = arith.mulf %v277, %v2437 fastmath<contract> : f32
                %v2439 = arith.mulf %v2436, %v2438 fastmath<contract> : f32
                %v2440 = arith.subf %v57, %v2433 fastmath<contract> : f32
                %v2441 = arith.mulf %v2433, %v2440 fastmath<contract> : f32
                %v2442 = arith.mulf %v2439, %v2441 fastmath<contract> : f32
                %v2443 = arith.select %v28, %v2388, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2444, %v2445 = gpu.shuffle xor %v2443, %v951, %v262 : f32
                %v2446 = arith.addf %v2443, %v2444 fastmath<contract> : f32
                %v2447, %v2448 = gpu.shuffle xor %v2446, %v955, %v262 : f32
                %v2449 = arith.addf %v2446, %v2447 fastmath<contract> : f32
                %v2450 = arith.divui %v14, %v16 : i64
                %v2451 = arith.remui %v14, %v16 : i64
                %v2452 = arith.cmpi ult, %v2451, %v23 : i64
                %v2453 = arith.addi %v58, %v24 : i64
                %v2454 = arith.muli %v2450, %v1 : i64
                %v2455 = arith.addi %v2454, %v2453 : i64
                %v2456 = arith.muli %v2455, %v965 : i64
                %v2457 = arith.addi %v2456, %v2355 : i64
                scf.if %v2452 {
                  %v2458 = llvm.getelementptr %v45[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2449, %v2458 : f32, !llvm.ptr
                }
                %v2459 = arith.select %v28, %v2389, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2460, %v2461 = gpu.shuffle xor %v2459, %v951, %v262 : f32
                %v2462 = arith.addf %v2459, %v2460 fastmath<contract> : f32
                %v2463, %v2464 = gpu.shuffle xor %v2462, %v955, %v262 : f32
                %v2465 = arith.addf %v2462, %v2463 fastmath<contract> : f32
                %v2466 = arith.divui %v14, %v16 : i64
                %v2467 = arith.remui %v14, %v16 : i64
                %v2468 = arith.cmpi ult, %v2467, %v23 : i64
                %v2469 = arith.addi %v23, %v24 : i64
                %v2470 = arith.muli %v2466, %v1 : i64
                %v2471 = arith.addi %v2470, %v2469 : i64
                %v2472 = arith.muli %v2471, %v965 : i64
                %v2473 = arith.addi %v2472, %v2355 : i64
                scf.if %v2468 {
                  %v2474 = llvm.getelementptr %v45[%v2473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2465, %v2474 : f32, !llvm.ptr
                }
                %v2475 = arith.select %v28, %v2400, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2476, %v2477 = gpu.shuffle xor %v2475, %v951, %v262 : f32
                %v2478 = arith.addf %v2475, %v2476 fastmath<contract> : f32
                %v2479, %v2480 = gpu.shuffle xor %v2478, %v955, %v262 : f32
                %v2481 = arith.addf %v2478, %v2479 fastmath<contract> : f32
                %v2482 = arith.divui %v14, %v16 : i64
                %v2483 = arith.remui %v14, %v16 : i64
                %v2484 = arith.cmpi ult, %v2483, %v23 : i64
                %v2485 = arith.addi %v58, %v24 : i64
                %v2486 = arith.muli %v2482, %v1 : i64
                %v2487 = arith.addi %v2486, %v2485 : i64
                %v2488 = arith.muli %v2487, %v965 : i64
                %v2489 = arith.addi %v2488, %v2355 : i64
                scf.if %v2484 {
                  %v2490 = llvm.getelementptr %v47[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2481, %v2490 : f32, !llvm.ptr
                }
                %v2491 = arith.select %v28, %v2402, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2492, %v2493 = gpu.shuffle xor %v2491, %v951, %v262 : f32
                %v2494 = arith.addf %v2491, %v2492 fastmath<contract> : f32
                %v2495, %v2496 = gpu.shuffle xor %v2494, %v955, %v262 : f32
                %v2497 = arith.addf %v2494, %v2495 fastmath<contract> : f32
                %v2498 = arith.divui %v14, %v16 : i64
                %v2499 = arith.remui %v14, %v16 : i64
                %v2500 = arith.cmpi ult, %v2499, %v23 : i64
                %v2501 = arith.addi %v23, %v24 : i64
                %v2502 = arith.muli %v2498, %v1 : i64
                %v2503 = arith.addi %v2502, %v2501 : i64
                %v2504 = arith.muli %v2503, %v965 : i64
                %v2505 = arith.addi %v2504, %v2355 : i64
                scf.if %v2500 {
                  %v2506 = llvm.getelementptr %v47[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2497, %v2506 : f32, !llvm.ptr
                }
                %v2507 = arith.select %v28, %v2421, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2508, %v2509 = gpu.shuffle xor %v2507, %v951, %v262 : f32
                %v2510 = arith.addf %v2507, %v2508 fastmath<contract> : f32
                %v2511, %v2512 = gpu.shuffle xor %v2510, %v955, %v262 : f32
                %v2513 = arith.addf %v2510, %v2511 fastmath<contract> : f32
                %v2514 = arith.divui %v14, %v16 : i64
                %v2515 = arith.remui %v14, %v16 : i64
                %v2516 = arith.cmpi ult, %v2515, %v23 : i64
                %v2517 = arith.addi %v58, %v24 : i64
                %v2518 = arith.muli %v2514, %v1 : i64
                %v2519 = arith.addi %v2518, %v2517 : i64
                %v2520 = arith.muli %v2519, %v965 : i64
                %v2521 = arith.addi %v2520, %v2355 : i64
                scf.if %v2516 {
                  %v2522 = llvm.getelementptr %v49[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2513, %v2522 : f32, !llvm.ptr
                }
                %v2523 = arith.select %v28, %v2442, %v56 : f32
                // sum over the warp's outer points: shuffles
                %v2524, %v2525 = gpu.shuffle xor %v2523, %v951, %v262 : f32
                %v2526 = arith.addf %v2523, %v2524 fastmath<contract> : f32
                %v2527, %v2528 = gpu.shuffle xor %v2526, %v955, %v262 : f32
                %v2529 = arith.addf %v2526, %v2527 fastmath<contract> : f32
                %v2530 = arith.divui %v14, %v16 : i64
                %v2531 = arith.remui %v14, %v16 : i64
                %v2532 = arith.cmpi ult, %v2531, %v23 : i64
                %v2533 = arith.addi %v23, %v24 : i64
                %v2534 = arith.muli %v2530, %v1 : i64
                %v2535 = arith.addi %v2534, %v2533 : i64
                %v2536 = arith.muli %v2535, %v965 : i64
                %v2537 = arith.addi %v2536, %v2355 : i64
                scf.if %v2532 {
                  %v2538 = llvm.getelementptr %v49[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v2529, %v2538 : f32, !llvm.ptr
                }
                %v2539 = arith.muli %v24, %v140 : i64
                %v2540 = arith.subi %v2356, %v109 : i64
                %v2541 = arith.addi %v2539, %v2540 : i64
                %v2542 = llvm.getelementptr %v53[%v2541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2543 = llvm.load %v2542 : !llvm.ptr -> f32
                %v2544 = arith.mulf %v2543, %v2399 fastmath<contract> : f32
                %v2545 = arith.constant 8 : i64
                %v2546 = arith.addi %v2545, %v24 : i64
                %v2547 = arith.muli %v2546, %v140 : i64
                %v2548 = arith.subi %v2356, %v109 : i64
                %v2549 = arith.addi %v2547, %v2548 : i64
                %v2550 = llvm.getelementptr %v53[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v2551 = llvm.load %v2550 : !llvm.ptr -> f32
                %v2552 = arith.mulf %v2551, %v2401 fastmath<contract> : f32
                %v2553 = arith.addf %v2544, %v2552 fastmath<contract> : f32
                llvm.store %v2553, %v839 : f32, !llvm.ptr
                %v2554 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2412) : (f32) -> f32
                %v2555 = arith.mulf %v277, %v2554 fastmath<contract> : f32
                %v2556 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2555) : (f32) -> f32
                llvm.store %v2556, %v42 : f32, !llvm.ptr
                %v2557 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v2433) : (f32) -> f32
                %v2558 = arith.mulf %v277, %v2557 fastmath<contract> : f32
                %v2559 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v2558) : (f32) -> f32
                llvm.store %v2559, %v43 : f32, !llvm.ptr
              }
              %v2560 = llvm.load %v839 : !llvm.ptr -> f32
              %v2561 = arith.select %v842, %v2560, %v2350 : f32
              %v2562 = arith.select %v842, %v2350, %v2560 : f32
              %v2563, %v2564 = gpu.shuffle xor %v2561, %v1283, %v262 : f32
              %v2565 = arith.addf %v2562, %v2563 fastmath<contract> : f32
              %v2566 = arith.select %v845, %v2565, %v2141 : f32
              %v2567 = arith.select %v845, %v2141, %v2565 : f32
              %v2568, %v2569 = gpu.shuffle xor %v2566, %v1714, %v262 : f32
              %v2570 = arith.addf %v2567, %v2568 fastmath<contract> : f32
              %v2571 = arith.select %v848, %v2570, %v1717 : f32
              %v2572 = arith.select %v848, %v1717, %v2570 : f32
              %v2573, %v2574 = gpu.shuffle xor %v2571, %v1498, %v262 : f32
              %v2575 = arith.addf %v2572, %v2573 fastmath<contract> : f32
              %v2576 = arith.addi %v346, %v24 : i64
              %v2577 = arith.cmpi slt, %v2576, %v111 : i64
              %v2578 = arith.andi %v28, %v2577 : i1
              scf.if %v2578 {
                %v2579 = arith.addi %v109, %v2576 : i64
                // the gradients of this lane's own step
                %v2580 = arith.muli %v38, %v288 : i64
                %v2581 = arith.muli %v2579, %v287 : i64
                %v2582 = arith.addi %v2580, %v2581 : i64
                %v2583 = arith.muli %v36, %v286 : i64
                %v2584 = arith.addi %v2582, %v2583 : i64
                %v2585 = arith.muli %v34, %v2 : i64
                %v2586 = arith.addi %v2584, %v2585 : i64
                %v2587 = llvm.getelementptr %dx_v[%v2586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                llvm.store %v2575, %v2587 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v2592 = arith.index_cast %v14 : i64 to index
          %v2593 = arith.index_cast %v116 : i64 to index
          %v2594 = arith.index_cast %v116 : i64 to index
          scf.for %v2595 = %v2592 to %v2593 step %v2594 {
            %v2596 = arith.index_cast %v2595 : index to i64
            %v2597 = arith.remui %v2596, %v1 : i64
            %v2598 = arith.divui %v2596, %v1 : i64
            %v2599 = arith.muli %v335, %v328 : i64
            %v2600 = arith.divui %v2597, %v23 : i64
            %v2601 = arith.addi %v2599, %v2600 : i64
            %v2602 = arith.cmpi slt, %v2601, %v113 : i64
            %v2603 = arith.subi %v113, %v2 : i64
            %v2604 = arith.subi %v2603, %v2601 : i64
            %v2605 = arith.remui %v2597, %v23 : i64
            %v2606 = arith.subi %v61, %v2605 : i64
            %v2607 = arith.muli %v2604, %v23 : i64
            %v2608 = arith.addi %v2607, %v2606 : i64
            %v2609 = arith.cmpi slt, %v2608, %v111 : i64
            %v2610 = arith.andi %v2602, %v2609 : i1
            scf.if %v2610 {
              %v2611 = arith.addi %v109, %v2608 : i64
              %v2612 = arith.muli %v58, %v1 : i64
              %v2613 = arith.addi %v2612, %v2598 : i64
              %v2614 = arith.muli %v2613, %v965 : i64
              %v2615 = arith.addi %v2614, %v2597 : i64
              %v2616 = llvm.getelementptr %v45[%v2615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2617 = llvm.load %v2616 : !llvm.ptr -> f32
              %v2618 = arith.muli %v2, %v1 : i64
              %v2619 = arith.addi %v2618, %v2598 : i64
              %v2620 = arith.muli %v2619, %v965 : i64
              %v2621 = arith.addi %v2620, %v2597 : i64
              %v2622 = llvm.getelementptr %v45[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
              %v2624 = arith.addf %v2617, %v2623 fastmath<contract> : f32
              %v2625 = arith.muli %v328, %v1 : i64
              %v2626 = arith.addi %v2625, %v2598 : i64
              %v2627 = arith.muli %v2626, %v965 : i64
              %v2628 = arith.addi %v2627, %v2597 : i64
              %v2629 = llvm.getelementptr %v45[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
              %v2631 = arith.addf %v2624, %v2630 fastmath<contract> : f32
              %v2632 = arith.muli %v545, %v1 : i64
              %v2633 = arith.addi %v2632, %v2598 : i64
              %v2634 = arith.muli %v2633, %v965 : i64
              %v2635 = arith.addi %v2634, %v2597 : i64
              %v2636 = llvm.getelementptr %v45[%v2635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
              %v2638 = arith.addf %v2631, %v2637 fastmath<contract> : f32
              %v2639 = arith.muli %v604, %v1 : i64
              %v2640 = arith.addi %v2639, %v2598 : i64
              %v2641 = arith.muli %v2640, %v965 : i64
              %v2642 = arith.addi %v2641, %v2597 : i64
              %v2643 = llvm.getelementptr %v45[%v2642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
              %v2645 = arith.addf %v2638, %v2644 fastmath<contract> : f32
              %v2646 = arith.muli %v663, %v1 : i64
              %v2647 = arith.addi %v2646, %v2598 : i64
              %v2648 = arith.muli %v2647, %v965 : i64
              %v2649 = arith.addi %v2648, %v2597 : i64
              %v2650 = llvm.getelementptr %v45[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2651 = llvm.load %v2650 : !llvm.ptr -> f32
              %v2652 = arith.addf %v2645, %v2651 fastmath<contract> : f32
              %v2653 = arith.muli %v722, %v1 : i64
              %v2654 = arith.addi %v2653, %v2598 : i64
              %v2655 = arith.muli %v2654, %v965 : i64
              %v2656 = arith.addi %v2655, %v2597 : i64
              %v2657 = llvm.getelementptr %v45[%v2656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
              %v2659 = arith.addf %v2652, %v2658 fastmath<contract> : f32
              %v2660 = arith.muli %v61, %v1 : i64
              %v2661 = arith.addi %v2660, %v2598 : i64
              %v2662 = arith.muli %v2661, %v965 : i64
              %v2663 = arith.addi %v2662, %v2597 : i64
              %v2664 = llvm.getelementptr %v45[%v2663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
              %v2666 = arith.addf %v2659, %v2665 fastmath<contract> : f32
              %v2667 = arith.remui %v2598, %v1 : i64
              %v2668 = arith.divui %v2598, %v1 : i64
              %v2669 = arith.muli %v38, %v130 : i64
              %v2670 = arith.muli %v2611, %v129 : i64
              %v2671 = arith.addi %v2669, %v2670 : i64
              %v2672 = arith.muli %v36, %v128 : i64
              %v2673 = arith.addi %v2671, %v2672 : i64
              %v2674 = arith.muli %v2667, %v2 : i64
              %v2675 = arith.addi %v2673, %v2674 : i64
              %v2676 = arith.muli %v22, %v2591 : i64
              %v2677 = arith.addi %v2676, %v2675 : i64
              %v2678 = llvm.getelementptr %part_q[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2666, %v2678 : f32, !llvm.ptr
            }
          }
          %v2683 = arith.index_cast %v14 : i64 to index
          %v2684 = arith.index_cast %v116 : i64 to index
          %v2685 = arith.index_cast %v116 : i64 to index
          scf.for %v2686 = %v2683 to %v2684 step %v2685 {
            %v2687 = arith.index_cast %v2686 : index to i64
            %v2688 = arith.remui %v2687, %v1 : i64
            %v2689 = arith.divui %v2687, %v1 : i64
            %v2690 = arith.muli %v335, %v328 : i64
            %v2691 = arith.divui %v2688, %v23 : i64
            %v2692 = arith.addi %v2690, %v2691 : i64
            %v2693 = arith.cmpi slt, %v2692, %v113 : i64
            %v2694 = arith.subi %v113, %v2 : i64
            %v2695 = arith.subi %v2694, %v2692 : i64
            %v2696 = arith.remui %v2688, %v23 : i64
            %v2697 = arith.subi %v61, %v2696 : i64
            %v2698 = arith.muli %v2695, %v23 : i64
            %v2699 = arith.addi %v2698, %v2697 : i64
            %v2700 = arith.cmpi slt, %v2699, %v111 : i64
            %v2701 = arith.andi %v2693, %v2700 : i1
            scf.if %v2701 {
              %v2702 = arith.addi %v109, %v2699 : i64
              %v2703 = arith.muli %v58, %v1 : i64
              %v2704 = arith.addi %v2703, %v2689 : i64
              %v2705 = arith.muli %v2704, %v965 : i64
              %v2706 = arith.addi %v2705, %v2688 : i64
              %v2707 = llvm.getelementptr %v47[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2708 = llvm.load %v2707 : !llvm.ptr -> f32
              %v2709 = arith.muli %v2, %v1 : i64
              %v2710 = arith.addi %v2709, %v2689 : i64
              %v2711 = arith.muli %v2710, %v965 : i64
              %v2712 = arith.addi %v2711, %v2688 : i64
              %v2713 = llvm.getelementptr %v47[%v2712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2714 = llvm.load %v2713 : !llvm.ptr -> f32
              %v2715 = arith.addf %v2708, %v2714 fastmath<contract> : f32
              %v2716 = arith.muli %v328, %v1 : i64
              %v2717 = arith.addi %v2716, %v2689 : i64
              %v2718 = arith.muli %v2717, %v965 : i64
              %v2719 = arith.addi %v2718, %v2688 : i64
              %v2720 = llvm.getelementptr %v47[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
              %v2722 = arith.addf %v2715, %v2721 fastmath<contract> : f32
              %v2723 = arith.muli %v545, %v1 : i64
              %v2724 = arith.addi %v2723, %v2689 : i64
              %v2725 = arith.muli %v2724, %v965 : i64
              %v2726 = arith.addi %v2725, %v2688 : i64
              %v2727 = llvm.getelementptr %v47[%v2726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
              %v2729 = arith.addf %v2722, %v2728 fastmath<contract> : f32
              %v2730 = arith.muli %v604, %v1 : i64
              %v2731 = arith.addi %v2730, %v2689 : i64
              %v2732 = arith.muli %v2731, %v965 : i64
              %v2733 = arith.addi %v2732, %v2688 : i64
              %v2734 = llvm.getelementptr %v47[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
              %v2736 = arith.addf %v2729, %v2735 fastmath<contract> : f32
              %v2737 = arith.muli %v663, %v1 : i64
              %v2738 = arith.addi %v2737, %v2689 : i64
              %v2739 = arith.muli %v2738, %v965 : i64
              %v2740 = arith.addi %v2739, %v2688 : i64
              %v2741 = llvm.getelementptr %v47[%v2740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2742 = llvm.load %v2741 : !llvm.ptr -> f32
              %v2743 = arith.addf %v2736, %v2742 fastmath<contract> : f32
              %v2744 = arith.muli %v722, %v1 : i64
              %v2745 = arith.addi %v2744, %v2689 : i64
              %v2746 = arith.muli %v2745, %v965 : i64
              %v2747 = arith.addi %v2746, %v2688 : i64
              %v2748 = llvm.getelementptr %v47[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
              %v2750 = arith.addf %v2743, %v2749 fastmath<contract> : f32
              %v2751 = arith.muli %v61, %v1 : i64
              %v2752 = arith.addi %v2751, %v2689 : i64
              %v2753 = arith.muli %v2752, %v965 : i64
              %v2754 = arith.addi %v2753, %v2688 : i64
              %v2755 = llvm.getelementptr %v47[%v2754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2756 = llvm.load %v2755 : !llvm.ptr -> f32
              %v2757 = arith.addf %v2750, %v2756 fastmath<contract> : f32
              %v2758 = arith.remui %v2689, %v1 : i64
              %v2759 = arith.divui %v2689, %v1 : i64
              %v2760 = arith.muli %v38, %v130 : i64
              %v2761 = arith.muli %v2702, %v129 : i64
              %v2762 = arith.addi %v2760, %v2761 : i64
              %v2763 = arith.muli %v36, %v128 : i64
              %v2764 = arith.addi %v2762, %v2763 : i64
              %v2765 = arith.muli %v2758, %v2 : i64
              %v2766 = arith.addi %v2764, %v2765 : i64
              %v2767 = arith.muli %v22, %v2682 : i64
              %v2768 = arith.addi %v2767, %v2766 : i64
              %v2769 = llvm.getelementptr %part_k[%v2768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2757, %v2769 : f32, !llvm.ptr
            }
          }
          %v2774 = arith.index_cast %v14 : i64 to index
          %v2775 = arith.index_cast %v116 : i64 to index
          %v2776 = arith.index_cast %v116 : i64 to index
          scf.for %v2777 = %v2774 to %v2775 step %v2776 {
            %v2778 = arith.index_cast %v2777 : index to i64
            %v2779 = arith.remui %v2778, %v1 : i64
            %v2780 = arith.divui %v2778, %v1 : i64
            %v2781 = arith.muli %v335, %v328 : i64
            %v2782 = arith.divui %v2779, %v23 : i64
            %v2783 = arith.addi %v2781, %v2782 : i64
            %v2784 = arith.cmpi slt, %v2783, %v113 : i64
            %v2785 = arith.subi %v113, %v2 : i64
            %v2786 = arith.subi %v2785, %v2783 : i64
            %v2787 = arith.remui %v2779, %v23 : i64
            %v2788 = arith.subi %v61, %v2787 : i64
            %v2789 = arith.muli %v2786, %v23 : i64
            %v2790 = arith.addi %v2789, %v2788 : i64
            %v2791 = arith.cmpi slt, %v2790, %v111 : i64
            %v2792 = arith.andi %v2784, %v2791 : i1
            scf.if %v2792 {
              %v2793 = arith.addi %v109, %v2790 : i64
              %v2794 = arith.muli %v58, %v1 : i64
              %v2795 = arith.addi %v2794, %v2780 : i64
              %v2796 = arith.muli %v2795, %v965 : i64
              %v2797 = arith.addi %v2796, %v2779 : i64
              %v2798 = llvm.getelementptr %v49[%v2797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2799 = llvm.load %v2798 : !llvm.ptr -> f32
              %v2800 = arith.muli %v2, %v1 : i64
              %v2801 = arith.addi %v2800, %v2780 : i64
              %v2802 = arith.muli %v2801, %v965 : i64
              %v2803 = arith.addi %v2802, %v2779 : i64
              %v2804 = llvm.getelementptr %v49[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2805 = llvm.load %v2804 : !llvm.ptr -> f32
              %v2806 = arith.addf %v2799, %v2805 fastmath<contract> : f32
              %v2807 = arith.muli %v328, %v1 : i64
              %v2808 = arith.addi %v2807, %v2780 : i64
              %v2809 = arith.muli %v2808, %v965 : i64
              %v2810 = arith.addi %v2809, %v2779 : i64
              %v2811 = llvm.getelementptr %v49[%v2810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2812 = llvm.load %v2811 : !llvm.ptr -> f32
              %v2813 = arith.addf %v2806, %v2812 fastmath<contract> : f32
              %v2814 = arith.muli %v545, %v1 : i64
              %v2815 = arith.addi %v2814, %v2780 : i64
              %v2816 = arith.muli %v2815, %v965 : i64
              %v2817 = arith.addi %v2816, %v2779 : i64
              %v2818 = llvm.getelementptr %v49[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2819 = llvm.load %v2818 : !llvm.ptr -> f32
              %v2820 = arith.addf %v2813, %v2819 fastmath<contract> : f32
              %v2821 = arith.muli %v604, %v1 : i64
              %v2822 = arith.addi %v2821, %v2780 : i64
              %v2823 = arith.muli %v2822, %v965 : i64
              %v2824 = arith.addi %v2823, %v2779 : i64
              %v2825 = llvm.getelementptr %v49[%v2824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
              %v2827 = arith.addf %v2820, %v2826 fastmath<contract> : f32
              %v2828 = arith.muli %v663, %v1 : i64
              %v2829 = arith.addi %v2828, %v2780 : i64
              %v2830 = arith.muli %v2829, %v965 : i64
              %v2831 = arith.addi %v2830, %v2779 : i64
              %v2832 = llvm.getelementptr %v49[%v2831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2833 = llvm.load %v2832 : !llvm.ptr -> f32
              %v2834 = arith.addf %v2827, %v2833 fastmath<contract> : f32
              %v2835 = arith.muli %v722, %v1 : i64
              %v2836 = arith.addi %v2835, %v2780 : i64
              %v2837 = arith.muli %v2836, %v965 : i64
              %v2838 = arith.addi %v2837, %v2779 : i64
              %v2839 = llvm.getelementptr %v49[%v2838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2840 = llvm.load %v2839 : !llvm.ptr -> f32
              %v2841 = arith.addf %v2834, %v2840 fastmath<contract> : f32
              %v2842 = arith.muli %v61, %v1 : i64
              %v2843 = arith.addi %v2842, %v2780 : i64
              %v2844 = arith.muli %v2843, %v965 : i64
              %v2845 = arith.addi %v2844, %v2779 : i64
              %v2846 = llvm.getelementptr %v49[%v2845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2847 = llvm.load %v2846 : !llvm.ptr -> f32
              %v2848 = arith.addf %v2841, %v2847 fastmath<contract> : f32
              %v2849 = arith.remui %v2780, %v1 : i64
              %v2850 = arith.divui %v2780, %v1 : i64
              %v2851 = arith.muli %v38, %v130 : i64
              %v2852 = arith.muli %v2793, %v129 : i64
              %v2853 = arith.addi %v2851, %v2852 : i64
              %v2854 = arith.muli %v36, %v128 : i64
              %v2855 = arith.addi %v2853, %v2854 : i64
              %v2856 = arith.muli %v2849, %v2 : i64
              %v2857 = arith.addi %v2855, %v2856 : i64
              %v2858 = arith.muli %v22, %v2773 : i64
              %v2859 = arith.addi %v2858, %v2857 : i64
              %v2860 = llvm.getelementptr %part_g[%v2859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2848, %v2860 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2861 = arith.constant true
      scf.if %v2861 {
      }
      gpu.return
    }
  }
}
