module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @tile_mlstm_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @tile_mlstm_bwd_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<264 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_q() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_k() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_ig() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    llvm.mlir.global internal @rows_mlstm_bwd_fg() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<65 x f32>
    gpu.func @mlstm_bwd(%in_q: !llvm.ptr, %in_k: !llvm.ptr, %in_v: !llvm.ptr, %in_ig: !llvm.ptr, %in_fg: !llvm.ptr, %dy_o: !llvm.ptr, %ckpt_C: !llvm.ptr, %ckpt_n: !llvm.ptr, %scratch_C: !llvm.ptr, %scratch_n: !llvm.ptr, %part_q: !llvm.ptr, %part_k: !llvm.ptr, %dx_v: !llvm.ptr, %part_ig: !llvm.ptr, %part_fg: !llvm.ptr, %size_B: i64, %size_L: i64, %size_H: i64, %size_DK: i64, %size_DV: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 2 : i32} {
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
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = arith.constant 32 : i64
      %v29 = arith.constant 8 : i64
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.mlir.addressof @tile_mlstm_bwd_q : !llvm.ptr<3>
      %v55 = llvm.addrspacecast %v54 : !llvm.ptr<3> to !llvm.ptr
      %v56 = llvm.mlir.addressof @tile_mlstm_bwd_k : !llvm.ptr<3>
      %v57 = llvm.addrspacecast %v56 : !llvm.ptr<3> to !llvm.ptr
      %v58 = llvm.mlir.addressof @tile_mlstm_bwd_ig : !llvm.ptr<3>
      %v59 = llvm.addrspacecast %v58 : !llvm.ptr<3> to !llvm.ptr
      %v60 = llvm.mlir.addressof @tile_mlstm_bwd_fg : !llvm.ptr<3>
      %v61 = llvm.addrspacecast %v60 : !llvm.ptr<3> to !llvm.ptr
      %v62 = llvm.mlir.addressof @rows_mlstm_bwd_q : !llvm.ptr<3>
      %v63 = llvm.addrspacecast %v62 : !llvm.ptr<3> to !llvm.ptr
      %v64 = llvm.mlir.addressof @rows_mlstm_bwd_k : !llvm.ptr<3>
      %v65 = llvm.addrspacecast %v64 : !llvm.ptr<3> to !llvm.ptr
      %v66 = llvm.mlir.addressof @rows_mlstm_bwd_ig : !llvm.ptr<3>
      %v67 = llvm.addrspacecast %v66 : !llvm.ptr<3> to !llvm.ptr
      %v68 = llvm.mlir.addressof @rows_mlstm_bwd_fg : !llvm.ptr<3>
      %v69 = llvm.addrspacecast %v68 : !llvm.ptr<3> to !llvm.ptr
      %v70 = arith.constant 0x00000000 : f32
      %v71 = arith.constant 0x3F800000 : f32
      %v72 = arith.constant 0 : i64
      %v74 = arith.constant 64 : i64
      %v75 = arith.constant 4 : i64
      %v76 = arith.constant 3 : i64
      %v95 = arith.constant 1024 : i64
      %v96 = arith.constant 256 : i64
      %v108 = arith.muli %v2, %v1 : i64
      %v109 = arith.muli %v108, %size_H : i64
      %v110 = arith.muli %v109, %size_L : i64
      %v120 = arith.constant 65 : i64
      %v156 = arith.muli %v2, %size_H : i64
      %v157 = arith.muli %v156, %size_L : i64
      %v188 = arith.muli %v2, %size_B : i64
      %v189 = arith.muli %v188, %size_H : i64
      %v190 = arith.muli %v189, %v1 : i64
      %v191 = arith.muli %v190, %size_DV : i64
      %v193 = arith.muli %v2, %size_DV : i64
      %v194 = arith.muli %v193, %v1 : i64
      %v195 = arith.muli %v194, %size_H : i64
      %v206 = arith.muli %v2, %size_B : i64
      %v207 = arith.muli %v206, %size_H : i64
      %v208 = arith.muli %v207, %v1 : i64
      %v209 = arith.muli %v208, %size_DV : i64
      %v223 = arith.muli %v2, %size_B : i64
      %v224 = arith.muli %v223, %size_H : i64
      %v225 = arith.muli %v224, %v1 : i64
      %v227 = arith.muli %v2, %v1 : i64
      %v228 = arith.muli %v227, %size_H : i64
      %v237 = arith.muli %v2, %size_B : i64
      %v238 = arith.muli %v237, %size_H : i64
      %v239 = arith.muli %v238, %v1 : i64
      %v310 = arith.constant 0x3FB8AA3B : f32
      %v328 = arith.muli %v2, %size_DV : i64
      %v329 = arith.muli %v328, %size_H : i64
      %v330 = arith.muli %v329, %size_L : i64
      %v362 = arith.constant 7 : i64
      %v526 = arith.constant 2 : i64
      %v638 = arith.constant 2147483647 : i64
      %v642 = arith.constant 3 : i32
      %v671 = arith.constant 1 : i32
      %v672 = arith.constant 32 : i32
      %v676 = arith.constant 2 : i32
      %v680 = arith.constant 4 : i32
      %v717 = arith.constant 0xBF800000 : f32
      %v853 = arith.constant 8 : i32
      %v857 = arith.constant 16 : i32
      %v867 = arith.constant 33 : i64
      %v1548 = arith.constant 0 : i32
      %v1847 = arith.muli %v2, %size_B : i64
      %v1848 = arith.muli %v1847, %size_L : i64
      %v1849 = arith.muli %v1848, %size_H : i64
      %v1850 = arith.muli %v1849, %v1 : i64
      %v1851 = arith.constant 512 : i64
      %v1906 = arith.constant 5 : i64
      %v1914 = arith.constant 6 : i64
      %v1941 = arith.muli %v2, %size_B : i64
      %v1942 = arith.muli %v1941, %size_L : i64
      %v1943 = arith.muli %v1942, %size_H : i64
      %v1944 = arith.muli %v1943, %v1 : i64
      %v2032 = arith.muli %v2, %size_B : i64
      %v2033 = arith.muli %v2032, %size_L : i64
      %v2034 = arith.muli %v2033, %size_H : i64
      %v2118 = arith.muli %v2, %size_B : i64
      %v2119 = arith.muli %v2118, %size_L : i64
      %v2120 = arith.muli %v2119, %size_H : i64
      %v18 = gpu.block_id x
      %v19 = gpu.thread_id x
      %v20 = arith.index_cast %v19 : index to i64
      %v21 = arith.index_cast %v18 : index to i64
      %v23 = arith.subi %v22, %v2 : i64
      %v24 = arith.addi %size_DV, %v23 : i64
      %v25 = arith.divui %v24, %v22 : i64
      %v26 = arith.maxsi %v25, %v2 : i64
      %v27 = arith.divui %v21, %v26 : i64
      %v28 = arith.remui %v21, %v26 : i64
      %v30 = arith.remui %v20, %v29 : i64
      %v31 = arith.divui %v20, %v29 : i64
      %v32 = arith.muli %v28, %v22 : i64
      %v33 = arith.addi %v32, %v31 : i64
      %v34 = arith.cmpi slt, %v33, %size_DV : i64
      %v35 = arith.muli %v27, %size_DV : i64
      %v36 = arith.addi %v35, %v33 : i64
      %v37 = arith.subi %size_DV, %v2 : i64
      %v38 = arith.minsi %v33, %v37 : i64
      %v39 = arith.addi %v35, %v38 : i64
      %v40 = arith.remui %v39, %size_DV : i64
      %v41 = arith.divui %v39, %size_DV : i64
      %v42 = arith.remui %v41, %size_H : i64
      %v43 = arith.divui %v41, %size_H : i64
      %v44 = arith.remui %v43, %size_B : i64
      %v45 = arith.divui %v43, %size_B : i64
      llvm.store %v70, %v46 : f32, !llvm.ptr
      llvm.store %v70, %v47 : f32, !llvm.ptr
      llvm.store %v70, %v48 : f32, !llvm.ptr
      llvm.store %v70, %v49 : f32, !llvm.ptr
      llvm.store %v71, %v50 : f32, !llvm.ptr
      llvm.store %v71, %v51 : f32, !llvm.ptr
      llvm.store %v71, %v52 : f32, !llvm.ptr
      llvm.store %v71, %v53 : f32, !llvm.ptr
      %v73 = arith.cmpi eq, %size_L, %v72 : i64
      scf.if %v73 {
        llvm.store %v70, %v14 : f32, !llvm.ptr
        llvm.store %v70, %v15 : f32, !llvm.ptr
        llvm.store %v70, %v16 : f32, !llvm.ptr
        llvm.store %v70, %v17 : f32, !llvm.ptr
      }
      %v77 = arith.subi %v74, %v2 : i64
      %v78 = arith.addi %size_L, %v77 : i64
      %v79 = arith.divui %v78, %v74 : i64
      %v80 = arith.subi %v79, %v72 : i64
      %v81 = arith.maxsi %v80, %v72 : i64
      %v82 = arith.index_cast %v72 : i64 to index
      %v83 = arith.index_cast %v81 : i64 to index
      %v84 = arith.index_cast %v2 : i64 to index
      scf.for %v85 = %v82 to %v83 step %v84 {
        %v86 = arith.index_cast %v85 : index to i64
        %v87 = arith.subi %v79, %v2 : i64
        %v88 = arith.subi %v87, %v86 : i64
        %v89 = arith.muli %v88, %v74 : i64
        %v90 = arith.subi %size_L, %v89 : i64
        %v91 = arith.minsi %v90, %v74 : i64
        %v92 = arith.addi %v91, %v76 : i64
        %v93 = arith.divui %v92, %v75 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v94 = arith.subi %size_L, %v2 : i64
        %v97 = arith.index_cast %v20 : i64 to index
        %v98 = arith.index_cast %v95 : i64 to index
        %v99 = arith.index_cast %v96 : i64 to index
        scf.for %v100 = %v97 to %v98 step %v99 {
          %v101 = arith.index_cast %v100 : index to i64
          %v102 = arith.remui %v101, %v74 : i64
          %v103 = arith.divui %v101, %v74 : i64
          %v104 = arith.addi %v89, %v102 : i64
          %v105 = arith.minsi %v104, %v94 : i64
          %v106 = arith.remui %v103, %v1 : i64
          %v107 = arith.divui %v103, %v1 : i64
          %v111 = arith.muli %v44, %v110 : i64
          %v112 = arith.muli %v105, %v109 : i64
          %v113 = arith.addi %v111, %v112 : i64
          %v114 = arith.muli %v42, %v108 : i64
          %v115 = arith.addi %v113, %v114 : i64
          %v116 = arith.muli %v106, %v2 : i64
          %v117 = arith.addi %v115, %v116 : i64
          %v118 = llvm.getelementptr %in_q[%v117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v119 = llvm.load %v118 : !llvm.ptr -> f32
          %v121 = arith.muli %v103, %v120 : i64
          %v122 = arith.addi %v121, %v102 : i64
          %v123 = llvm.getelementptr %v63[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v119, %v123 : f32, !llvm.ptr
        }
        %v124 = arith.index_cast %v20 : i64 to index
        %v125 = arith.index_cast %v95 : i64 to index
        %v126 = arith.index_cast %v96 : i64 to index
        scf.for %v127 = %v124 to %v125 step %v126 {
          %v128 = arith.index_cast %v127 : index to i64
          %v129 = arith.remui %v128, %v74 : i64
          %v130 = arith.divui %v128, %v74 : i64
          %v131 = arith.addi %v89, %v129 : i64
          %v132 = arith.minsi %v131, %v94 : i64
          %v133 = arith.remui %v130, %v1 : i64
          %v134 = arith.divui %v130, %v1 : i64
          %v135 = arith.muli %v44, %v110 : i64
          %v136 = arith.muli %v132, %v109 : i64
          %v137 = arith.addi %v135, %v136 : i64
          %v138 = arith.muli %v42, %v108 : i64
          %v139 = arith.addi %v137, %v138 : i64
          %v140 = arith.muli %v133, %v2 : i64
          %v141 = arith.addi %v139, %v140 : i64
          %v142 = llvm.getelementptr %in_k[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v143 = llvm.load %v142 : !llvm.ptr -> f32
          %v144 = arith.muli %v130, %v120 : i64
          %v145 = arith.addi %v144, %v129 : i64
          %v146 = llvm.getelementptr %v65[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v143, %v146 : f32, !llvm.ptr
        }
        %v147 = arith.index_cast %v20 : i64 to index
        %v148 = arith.index_cast %v74 : i64 to index
        %v149 = arith.index_cast %v96 : i64 to index
        scf.for %v150 = %v147 to %v148 step %v149 {
          %v151 = arith.index_cast %v150 : index to i64
          %v152 = arith.remui %v151, %v74 : i64
          %v153 = arith.divui %v151, %v74 : i64
          %v154 = arith.addi %v89, %v152 : i64
          %v155 = arith.minsi %v154, %v94 : i64
          %v158 = arith.muli %v44, %v157 : i64
          %v159 = arith.muli %v155, %v156 : i64
          %v160 = arith.addi %v158, %v159 : i64
          %v161 = arith.muli %v42, %v2 : i64
          %v162 = arith.addi %v160, %v161 : i64
          %v163 = llvm.getelementptr %in_ig[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v164 = llvm.load %v163 : !llvm.ptr -> f32
          %v165 = arith.muli %v153, %v120 : i64
          %v166 = arith.addi %v165, %v152 : i64
          %v167 = llvm.getelementptr %v67[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v164, %v167 : f32, !llvm.ptr
        }
        %v168 = arith.index_cast %v20 : i64 to index
        %v169 = arith.index_cast %v74 : i64 to index
        %v170 = arith.index_cast %v96 : i64 to index
        scf.for %v171 = %v168 to %v169 step %v170 {
          %v172 = arith.index_cast %v171 : index to i64
          %v173 = arith.remui %v172, %v74 : i64
          %v174 = arith.divui %v172, %v74 : i64
          %v175 = arith.addi %v89, %v173 : i64
          %v176 = arith.minsi %v175, %v94 : i64
          %v177 = arith.muli %v44, %v157 : i64
          %v178 = arith.muli %v176, %v156 : i64
          %v179 = arith.addi %v177, %v178 : i64
          %v180 = arith.muli %v42, %v2 : i64
          %v181 = arith.addi %v179, %v180 : i64
          %v182 = llvm.getelementptr %in_fg[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.muli %v174, %v120 : i64
          %v185 = arith.addi %v184, %v173 : i64
          %v186 = llvm.getelementptr %v69[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v183, %v186 : f32, !llvm.ptr
        }
        gpu.barrier
        %v187 = arith.subi %v91, %v2 : i64
        %v192 = arith.muli %v88, %v191 : i64
        %v196 = arith.muli %v44, %v195 : i64
        %v197 = arith.muli %v42, %v194 : i64
        %v198 = arith.addi %v196, %v197 : i64
        %v199 = arith.muli %v30, %v193 : i64
        %v200 = arith.addi %v198, %v199 : i64
        %v201 = arith.muli %v40, %v2 : i64
        %v202 = arith.addi %v200, %v201 : i64
        %v203 = arith.addi %v192, %v202 : i64
        %v204 = llvm.getelementptr %ckpt_C[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v205 = llvm.load %v204 : !llvm.ptr -> f32
        llvm.store %v205, %v10 : f32, !llvm.ptr
        %v210 = arith.muli %v88, %v209 : i64
        %v211 = arith.muli %v44, %v195 : i64
        %v212 = arith.muli %v42, %v194 : i64
        %v213 = arith.addi %v211, %v212 : i64
        %v214 = arith.constant 8 : i64
        %v215 = arith.addi %v214, %v30 : i64
        %v216 = arith.muli %v215, %v193 : i64
        %v217 = arith.addi %v213, %v216 : i64
        %v218 = arith.muli %v40, %v2 : i64
        %v219 = arith.addi %v217, %v218 : i64
        %v220 = arith.addi %v210, %v219 : i64
        %v221 = llvm.getelementptr %ckpt_C[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v222 = llvm.load %v221 : !llvm.ptr -> f32
        llvm.store %v222, %v11 : f32, !llvm.ptr
        %v226 = arith.muli %v88, %v225 : i64
        %v229 = arith.muli %v44, %v228 : i64
        %v230 = arith.muli %v42, %v227 : i64
        %v231 = arith.addi %v229, %v230 : i64
        %v232 = arith.muli %v30, %v2 : i64
        %v233 = arith.addi %v231, %v232 : i64
        %v234 = arith.addi %v226, %v233 : i64
        %v235 = llvm.getelementptr %ckpt_n[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v236 = llvm.load %v235 : !llvm.ptr -> f32
        llvm.store %v236, %v12 : f32, !llvm.ptr
        %v240 = arith.muli %v88, %v239 : i64
        %v241 = arith.muli %v44, %v228 : i64
        %v242 = arith.muli %v42, %v227 : i64
        %v243 = arith.addi %v241, %v242 : i64
        %v244 = arith.constant 8 : i64
        %v245 = arith.addi %v244, %v30 : i64
        %v246 = arith.muli %v245, %v2 : i64
        %v247 = arith.addi %v243, %v246 : i64
        %v248 = arith.addi %v240, %v247 : i64
        %v249 = llvm.getelementptr %ckpt_n[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v250 = llvm.load %v249 : !llvm.ptr -> f32
        llvm.store %v250, %v13 : f32, !llvm.ptr
        // the state entering each group of the stretch
        %v251 = arith.index_cast %v72 : i64 to index
        %v252 = arith.index_cast %v93 : i64 to index
        %v253 = arith.index_cast %v2 : i64 to index
        scf.for %v254 = %v251 to %v252 step %v253 {
          %v255 = arith.index_cast %v254 : index to i64
          scf.if %v34 {
            %v256 = llvm.load %v10 : !llvm.ptr -> f32
            %v257 = arith.muli %v255, %v5 : i64
            %v258 = arith.subi %v5, %v2 : i64
            %v259 = arith.minsi %v36, %v258 : i64
            %v260 = arith.addi %v257, %v259 : i64
            %v261 = arith.muli %v260, %v1 : i64
            %v262 = arith.addi %v261, %v72 : i64
            %v263 = arith.addi %v262, %v30 : i64
            %v264 = llvm.getelementptr %scratch_C[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v256, %v264 : f32, !llvm.ptr
            %v265 = llvm.load %v11 : !llvm.ptr -> f32
            %v266 = arith.muli %v255, %v5 : i64
            %v267 = arith.subi %v5, %v2 : i64
            %v268 = arith.minsi %v36, %v267 : i64
            %v269 = arith.addi %v266, %v268 : i64
            %v270 = arith.muli %v269, %v1 : i64
            %v271 = arith.addi %v270, %v29 : i64
            %v272 = arith.addi %v271, %v30 : i64
            %v273 = llvm.getelementptr %scratch_C[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v265, %v273 : f32, !llvm.ptr
            %v274 = llvm.load %v12 : !llvm.ptr -> f32
            %v275 = arith.muli %v255, %v5 : i64
            %v276 = arith.subi %v5, %v2 : i64
            %v277 = arith.minsi %v36, %v276 : i64
            %v278 = arith.addi %v275, %v277 : i64
            %v279 = arith.muli %v278, %v1 : i64
            %v280 = arith.addi %v279, %v72 : i64
            %v281 = arith.addi %v280, %v30 : i64
            %v282 = llvm.getelementptr %scratch_n[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v274, %v282 : f32, !llvm.ptr
            %v283 = llvm.load %v13 : !llvm.ptr -> f32
            %v284 = arith.muli %v255, %v5 : i64
            %v285 = arith.subi %v5, %v2 : i64
            %v286 = arith.minsi %v36, %v285 : i64
            %v287 = arith.addi %v284, %v286 : i64
            %v288 = arith.muli %v287, %v1 : i64
            %v289 = arith.addi %v288, %v29 : i64
            %v290 = arith.addi %v289, %v30 : i64
            %v291 = llvm.getelementptr %scratch_n[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v283, %v291 : f32, !llvm.ptr
          }
          %v292 = arith.muli %v255, %v75 : i64
          %v293 = arith.subi %v91, %v292 : i64
          %v294 = arith.trunci %v293 : i64 to i32
          %v295 = arith.index_cast %v72 : i64 to index
          %v296 = arith.index_cast %v75 : i64 to index
          %v297 = arith.index_cast %v2 : i64 to index
          scf.for %v298 = %v295 to %v296 step %v297 {
            %v299 = arith.index_cast %v298 : index to i64
            %v300 = arith.trunci %v299 : i64 to i32
            %v301 = arith.addi %v292, %v299 : i64
            %v302 = arith.cmpi slt, %v300, %v294 : i32
            scf.if %v302 {
              %v303 = arith.addi %v89, %v301 : i64
              %v304 = arith.muli %v72, %v120 : i64
              %v305 = arith.subi %v303, %v89 : i64
              %v306 = arith.addi %v304, %v305 : i64
              %v307 = llvm.getelementptr %v69[%v306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v308 = llvm.load %v307 : !llvm.ptr -> f32
              %v309 = arith.negf %v308 : f32
              %v311 = arith.mulf %v309, %v310 fastmath<contract> : f32
              %v312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v311) : (f32) -> f32
              %v313 = arith.addf %v71, %v312 fastmath<contract> : f32
              %v314 = arith.divf %v71, %v313 : f32
              %v315 = arith.muli %v72, %v120 : i64
              %v316 = arith.subi %v303, %v89 : i64
              %v317 = arith.addi %v315, %v316 : i64
              %v318 = llvm.getelementptr %v67[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v319 = llvm.load %v318 : !llvm.ptr -> f32
              %v320 = arith.mulf %v319, %v310 fastmath<contract> : f32
              %v321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v320) : (f32) -> f32
              %v322 = arith.muli %v30, %v120 : i64
              %v323 = arith.subi %v303, %v89 : i64
              %v324 = arith.addi %v322, %v323 : i64
              %v325 = llvm.getelementptr %v65[%v324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v326 = llvm.load %v325 : !llvm.ptr -> f32
              %v327 = arith.mulf %v321, %v326 fastmath<contract> : f32
              %v331 = arith.muli %v44, %v330 : i64
              %v332 = arith.muli %v303, %v329 : i64
              %v333 = arith.addi %v331, %v332 : i64
              %v334 = arith.muli %v42, %v328 : i64
              %v335 = arith.addi %v333, %v334 : i64
              %v336 = arith.muli %v40, %v2 : i64
              %v337 = arith.addi %v335, %v336 : i64
              %v338 = llvm.getelementptr %in_v[%v337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v339 = llvm.load %v338 : !llvm.ptr -> f32
              %v340 = arith.mulf %v327, %v339 fastmath<contract> : f32
              %v341 = llvm.load %v10 : !llvm.ptr -> f32
              %v342 = arith.mulf %v314, %v341 fastmath<contract> : f32
              %v343 = arith.addf %v342, %v340 fastmath<contract> : f32
              llvm.store %v343, %v10 : f32, !llvm.ptr
              %v344 = arith.constant 8 : i64
              %v345 = arith.addi %v344, %v30 : i64
              %v346 = arith.muli %v345, %v120 : i64
              %v347 = arith.subi %v303, %v89 : i64
              %v348 = arith.addi %v346, %v347 : i64
              %v349 = llvm.getelementptr %v65[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v350 = llvm.load %v349 : !llvm.ptr -> f32
              %v351 = arith.mulf %v321, %v350 fastmath<contract> : f32
              %v352 = arith.mulf %v351, %v339 fastmath<contract> : f32
              %v353 = llvm.load %v11 : !llvm.ptr -> f32
              %v354 = arith.mulf %v314, %v353 fastmath<contract> : f32
              %v355 = arith.addf %v354, %v352 fastmath<contract> : f32
              llvm.store %v355, %v11 : f32, !llvm.ptr
              %v356 = llvm.load %v12 : !llvm.ptr -> f32
              %v357 = arith.mulf %v314, %v356 fastmath<contract> : f32
              %v358 = arith.addf %v357, %v327 fastmath<contract> : f32
              llvm.store %v358, %v12 : f32, !llvm.ptr
              %v359 = llvm.load %v13 : !llvm.ptr -> f32
              %v360 = arith.mulf %v314, %v359 fastmath<contract> : f32
              %v361 = arith.addf %v360, %v351 fastmath<contract> : f32
              llvm.store %v361, %v13 : f32, !llvm.ptr
            }
          }
        }
        %v363 = arith.addi %v93, %v362 : i64
        %v364 = arith.divui %v363, %v29 : i64
        %v365 = arith.index_cast %v72 : i64 to index
        %v366 = arith.index_cast %v364 : i64 to index
        %v367 = arith.index_cast %v2 : i64 to index
        scf.for %v368 = %v365 to %v366 step %v367 {
          %v369 = arith.index_cast %v368 : index to i64
          %v370 = arith.muli %v369, %v29 : i64
          %v371 = arith.addi %v370, %v29 : i64
          %v372 = arith.index_cast %v370 : i64 to index
          %v373 = arith.index_cast %v371 : i64 to index
          %v374 = arith.index_cast %v2 : i64 to index
          scf.for %v375 = %v372 to %v373 step %v374 {
            %v376 = arith.index_cast %v375 : index to i64
            %v377 = arith.cmpi slt, %v376, %v93 : i64
            scf.if %v377 {
              %v378 = arith.subi %v93, %v2 : i64
              %v379 = arith.subi %v378, %v376 : i64
              %v380 = arith.muli %v379, %v75 : i64
              %v381 = arith.remui %v376, %v29 : i64
              %v382 = arith.muli %v381, %v75 : i64
              %v383 = arith.subi %v91, %v2 : i64
              %v384 = arith.muli %v379, %v5 : i64
              %v385 = arith.subi %v5, %v2 : i64
              %v386 = arith.minsi %v36, %v385 : i64
              %v387 = arith.addi %v384, %v386 : i64
              %v388 = arith.muli %v387, %v1 : i64
              %v389 = arith.addi %v388, %v72 : i64
              %v390 = arith.addi %v389, %v30 : i64
              %v391 = llvm.getelementptr %scratch_C[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v392 = llvm.load %v391 : !llvm.ptr -> f32
              %v393 = arith.muli %v379, %v5 : i64
              %v394 = arith.subi %v5, %v2 : i64
              %v395 = arith.minsi %v36, %v394 : i64
              %v396 = arith.addi %v393, %v395 : i64
              %v397 = arith.muli %v396, %v1 : i64
              %v398 = arith.addi %v397, %v29 : i64
              %v399 = arith.addi %v398, %v30 : i64
              %v400 = llvm.getelementptr %scratch_C[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v401 = llvm.load %v400 : !llvm.ptr -> f32
              %v402 = arith.muli %v379, %v5 : i64
              %v403 = arith.subi %v5, %v2 : i64
              %v404 = arith.minsi %v36, %v403 : i64
              %v405 = arith.addi %v402, %v404 : i64
              %v406 = arith.muli %v405, %v1 : i64
              %v407 = arith.addi %v406, %v72 : i64
              %v408 = arith.addi %v407, %v30 : i64
              %v409 = llvm.getelementptr %scratch_n[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v410 = llvm.load %v409 : !llvm.ptr -> f32
              %v411 = arith.muli %v379, %v5 : i64
              %v412 = arith.subi %v5, %v2 : i64
              %v413 = arith.minsi %v36, %v412 : i64
              %v414 = arith.addi %v411, %v413 : i64
              %v415 = arith.muli %v414, %v1 : i64
              %v416 = arith.addi %v415, %v29 : i64
              %v417 = arith.addi %v416, %v30 : i64
              %v418 = llvm.getelementptr %scratch_n[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v419 = llvm.load %v418 : !llvm.ptr -> f32
              // the group's states, recomputed into registers
              %v420 = arith.addi %v380, %v72 : i64
              %v421 = arith.minsi %v420, %v383 : i64
              %v422 = arith.addi %v89, %v421 : i64
              %v423 = arith.muli %v72, %v120 : i64
              %v424 = arith.subi %v422, %v89 : i64
              %v425 = arith.addi %v423, %v424 : i64
              %v426 = llvm.getelementptr %v69[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v427 = llvm.load %v426 : !llvm.ptr -> f32
              %v428 = arith.negf %v427 : f32
              %v429 = arith.mulf %v428, %v310 fastmath<contract> : f32
              %v430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v429) : (f32) -> f32
              %v431 = arith.addf %v71, %v430 fastmath<contract> : f32
              %v432 = arith.divf %v71, %v431 : f32
              %v433 = arith.muli %v72, %v120 : i64
              %v434 = arith.subi %v422, %v89 : i64
              %v435 = arith.addi %v433, %v434 : i64
              %v436 = llvm.getelementptr %v67[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v437 = llvm.load %v436 : !llvm.ptr -> f32
              %v438 = arith.mulf %v437, %v310 fastmath<contract> : f32
              %v439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v438) : (f32) -> f32
              %v440 = arith.muli %v30, %v120 : i64
              %v441 = arith.subi %v422, %v89 : i64
              %v442 = arith.addi %v440, %v441 : i64
              %v443 = llvm.getelementptr %v65[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v444 = llvm.load %v443 : !llvm.ptr -> f32
              %v445 = arith.mulf %v439, %v444 fastmath<contract> : f32
              %v446 = arith.muli %v44, %v330 : i64
              %v447 = arith.muli %v422, %v329 : i64
              %v448 = arith.addi %v446, %v447 : i64
              %v449 = arith.muli %v42, %v328 : i64
              %v450 = arith.addi %v448, %v449 : i64
              %v451 = arith.muli %v40, %v2 : i64
              %v452 = arith.addi %v450, %v451 : i64
              %v453 = llvm.getelementptr %in_v[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v454 = llvm.load %v453 : !llvm.ptr -> f32
              %v455 = arith.mulf %v445, %v454 fastmath<contract> : f32
              %v456 = arith.mulf %v432, %v392 fastmath<contract> : f32
              %v457 = arith.addf %v456, %v455 fastmath<contract> : f32
              %v458 = arith.constant 8 : i64
              %v459 = arith.addi %v458, %v30 : i64
              %v460 = arith.muli %v459, %v120 : i64
              %v461 = arith.subi %v422, %v89 : i64
              %v462 = arith.addi %v460, %v461 : i64
              %v463 = llvm.getelementptr %v65[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v464 = llvm.load %v463 : !llvm.ptr -> f32
              %v465 = arith.mulf %v439, %v464 fastmath<contract> : f32
              %v466 = arith.mulf %v465, %v454 fastmath<contract> : f32
              %v467 = arith.mulf %v432, %v401 fastmath<contract> : f32
              %v468 = arith.addf %v467, %v466 fastmath<contract> : f32
              %v469 = arith.mulf %v432, %v410 fastmath<contract> : f32
              %v470 = arith.addf %v469, %v445 fastmath<contract> : f32
              %v471 = arith.mulf %v432, %v419 fastmath<contract> : f32
              %v472 = arith.addf %v471, %v465 fastmath<contract> : f32
              %v473 = arith.addi %v380, %v2 : i64
              %v474 = arith.minsi %v473, %v383 : i64
              %v475 = arith.addi %v89, %v474 : i64
              %v476 = arith.muli %v72, %v120 : i64
              %v477 = arith.subi %v475, %v89 : i64
              %v478 = arith.addi %v476, %v477 : i64
              %v479 = llvm.getelementptr %v69[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v480 = llvm.load %v479 : !llvm.ptr -> f32
              %v481 = arith.negf %v480 : f32
              %v482 = arith.mulf %v481, %v310 fastmath<contract> : f32
              %v483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v482) : (f32) -> f32
              %v484 = arith.addf %v71, %v483 fastmath<contract> : f32
              %v485 = arith.divf %v71, %v484 : f32
              %v486 = arith.muli %v72, %v120 : i64
              %v487 = arith.subi %v475, %v89 : i64
              %v488 = arith.addi %v486, %v487 : i64
              %v489 = llvm.getelementptr %v67[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v490 = llvm.load %v489 : !llvm.ptr -> f32
              %v491 = arith.mulf %v490, %v310 fastmath<contract> : f32
              %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
              %v493 = arith.muli %v30, %v120 : i64
              %v494 = arith.subi %v475, %v89 : i64
              %v495 = arith.addi %v493, %v494 : i64
              %v496 = llvm.getelementptr %v65[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v497 = llvm.load %v496 : !llvm.ptr -> f32
              %v498 = arith.mulf %v492, %v497 fastmath<contract> : f32
              %v499 = arith.muli %v44, %v330 : i64
              %v500 = arith.muli %v475, %v329 : i64
              %v501 = arith.addi %v499, %v500 : i64
              %v502 = arith.muli %v42, %v328 : i64
              %v503 = arith.addi %v501, %v502 : i64
              %v504 = arith.muli %v40, %v2 : i64
              %v505 = arith.addi %v503, %v504 : i64
              %v506 = llvm.getelementptr %in_v[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v507 = llvm.load %v506 : !llvm.ptr -> f32
              %v508 = arith.mulf %v498, %v507 fastmath<contract> : f32
              %v509 = arith.mulf %v485, %v457 fastmath<contract> : f32
              %v510 = arith.addf %v509, %v508 fastmath<contract> : f32
              %v511 = arith.constant 8 : i64
              %v512 = arith.addi %v511, %v30 : i64
              %v513 = arith.muli %v512, %v120 : i64
              %v514 = arith.subi %v475, %v89 : i64
              %v515 = arith.addi %v513, %v514 : i64
              %v516 = llvm.getelementptr %v65[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v517 = llvm.load %v516 : !llvm.ptr -> f32
              %v518 = arith.mulf %v492, %v517 fastmath<contract> : f32
              %v519 = arith.mulf %v518, %v507 fastmath<contract> : f32
              %v520 = arith.mulf %v485, %v468 fastmath<contract> : f32
              %v521 = arith.addf %v520, %v519 fastmath<contract> : f32
              %v522 = arith.mulf %v485, %v470 fastmath<contract> : f32
              %v523 = arith.addf %v522, %v498 fastmath<contract> : f32
              %v524 = arith.mulf %v485, %v472 fastmath<contract> : f32
              %v525 = arith.addf %v524, %v518 fastmath<contract> : f32
              %v527 = arith.addi %v380, %v526 : i64
              %v528 = arith.minsi %v527, %v383 : i64
              %v529 = arith.addi %v89, %v528 : i64
              %v530 = arith.muli %v72, %v120 : i64
              %v531 = arith.subi %v529, %v89 : i64
              %v532 = arith.addi %v530, %v531 : i64
              %v533 = llvm.getelementptr %v69[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v534 = llvm.load %v533 : !llvm.ptr -> f32
              %v535 = arith.negf %v534 : f32
              %v536 = arith.mulf %v535, %v310 fastmath<contract> : f32
              %v537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v536) : (f32) -> f32
              %v538 = arith.addf %v71, %v537 fastmath<contract> : f32
              %v539 = arith.divf %v71, %v538 : f32
              %v540 = arith.muli %v72, %v120 : i64
              %v541 = arith.subi %v529, %v89 : i64
              %v542 = arith.addi %v540, %v541 : i64
              %v543 = llvm.getelementptr %v67[%v542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v544 = llvm.load %v543 : !llvm.ptr -> f32
              %v545 = arith.mulf %v544, %v310 fastmath<contract> : f32
              %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
              %v547 = arith.muli %v30, %v120 : i64
              %v548 = arith.subi %v529, %v89 : i64
              %v549 = arith.addi %v547, %v548 : i64
              %v550 = llvm.getelementptr %v65[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v551 = llvm.load %v550 : !llvm.ptr -> f32
              %v552 = arith.mulf %v546, %v551 fastmath<contract> : f32
              %v553 = arith.muli %v44, %v330 : i64
              %v554 = arith.muli %v529, %v329 : i64
              %v555 = arith.addi %v553, %v554 : i64
              %v556 = arith.muli %v42, %v328 : i64
              %v557 = arith.addi %v555, %v556 : i64
              %v558 = arith.muli %v40, %v2 : i64
              %v559 = arith.addi %v557, %v558 : i64
              %v560 = llvm.getelementptr %in_v[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v561 = llvm.load %v560 : !llvm.ptr -> f32
              %v562 = arith.mulf %v552, %v561 fastmath<contract> : f32
              %v563 = arith.mulf %v539, %v510 fastmath<contract> : f32
              %v564 = arith.addf %v563, %v562 fastmath<contract> : f32
              %v565 = arith.constant 8 : i64
              %v566 = arith.addi %v565, %v30 : i64
              %v567 = arith.muli %v566, %v120 : i64
              %v568 = arith.subi %v529, %v89 : i64
              %v569 = arith.addi %v567, %v568 : i64
              %v570 = llvm.getelementptr %v65[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v571 = llvm.load %v570 : !llvm.ptr -> f32
              %v572 = arith.mulf %v546, %v571 fastmath<contract> : f32
              %v573 = arith.mulf %v572, %v561 fastmath<contract> : f32
              %v574 = arith.mulf %v539, %v521 fastmath<contract> : f32
              %v575 = arith.addf %v574, %v573 fastmath<contract> : f32
              %v576 = arith.mulf %v539, %v523 fastmath<contract> : f32
              %v577 = arith.addf %v576, %v552 fastmath<contract> : f32
              %v578 = arith.mulf %v539, %v525 fastmath<contract> : f32
              %v579 = arith.addf %v578, %v572 fastmath<contract> : f32
              %v580 = arith.addi %v380, %v76 : i64
              %v581 = arith.minsi %v580, %v383 : i64
              %v582 = arith.addi %v89, %v581 : i64
              %v583 = arith.muli %v72, %v120 : i64
              %v584 = arith.subi %v582, %v89 : i64
              %v585 = arith.addi %v583, %v584 : i64
              %v586 = llvm.getelementptr %v69[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v587 = llvm.load %v586 : !llvm.ptr -> f32
              %v588 = arith.negf %v587 : f32
              %v589 = arith.mulf %v588, %v310 fastmath<contract> : f32
              %v590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v589) : (f32) -> f32
              %v591 = arith.addf %v71, %v590 fastmath<contract> : f32
              %v592 = arith.divf %v71, %v591 : f32
              %v593 = arith.muli %v72, %v120 : i64
              %v594 = arith.subi %v582, %v89 : i64
              %v595 = arith.addi %v593, %v594 : i64
              %v596 = llvm.getelementptr %v67[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v597 = llvm.load %v596 : !llvm.ptr -> f32
              %v598 = arith.mulf %v597, %v310 fastmath<contract> : f32
              %v599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v598) : (f32) -> f32
              %v600 = arith.muli %v30, %v120 : i64
              %v601 = arith.subi %v582, %v89 : i64
              %v602 = arith.addi %v600, %v601 : i64
              %v603 = llvm.getelementptr %v65[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v604 = llvm.load %v603 : !llvm.ptr -> f32
              %v605 = arith.mulf %v599, %v604 fastmath<contract> : f32
              %v606 = arith.muli %v44, %v330 : i64
              %v607 = arith.muli %v582, %v329 : i64
              %v608 = arith.addi %v606, %v607 : i64
              %v609 = arith.muli %v42, %v328 : i64
              %v610 = arith.addi %v608, %v609 : i64
              %v611 = arith.muli %v40, %v2 : i64
              %v612 = arith.addi %v610, %v611 : i64
              %v613 = llvm.getelementptr %in_v[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v614 = llvm.load %v613 : !llvm.ptr -> f32
              %v615 = arith.mulf %v605, %v614 fastmath<contract> : f32
              %v616 = arith.mulf %v592, %v564 fastmath<contract> : f32
              %v617 = arith.addf %v616, %v615 fastmath<contract> : f32
              %v618 = arith.constant 8 : i64
              %v619 = arith.addi %v618, %v30 : i64
              %v620 = arith.muli %v619, %v120 : i64
              %v621 = arith.subi %v582, %v89 : i64
              %v622 = arith.addi %v620, %v621 : i64
              %v623 = llvm.getelementptr %v65[%v622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v624 = llvm.load %v623 : !llvm.ptr -> f32
              %v625 = arith.mulf %v599, %v624 fastmath<contract> : f32
              %v626 = arith.mulf %v625, %v614 fastmath<contract> : f32
              %v627 = arith.mulf %v592, %v575 fastmath<contract> : f32
              %v628 = arith.addf %v627, %v626 fastmath<contract> : f32
              %v629 = arith.mulf %v592, %v577 fastmath<contract> : f32
              %v630 = arith.addf %v629, %v605 fastmath<contract> : f32
              %v631 = arith.mulf %v592, %v579 fastmath<contract> : f32
              %v632 = arith.addf %v631, %v625 fastmath<contract> : f32
              %v633 = arith.subi %v91, %v380 : i64
              %v634 = arith.trunci %v633 : i64 to i32
              %v635 = arith.subi %size_L, %v2 : i64
              %v636 = arith.addi %v89, %v380 : i64
              %v637 = arith.subi %v635, %v636 : i64
              %v639 = arith.minsi %v637, %v638 : i64
              %v640 = arith.trunci %v639 : i64 to i32
              %v641 = arith.addi %v380, %v76 : i64
              %v643 = arith.cmpi slt, %v642, %v634 : i32
              %v644 = arith.cmpi eq, %v642, %v640 : i32
              %v645 = arith.addi %v382, %v72 : i64
              scf.if %v643 {
                %v646 = arith.addi %v89, %v641 : i64
                %v647 = arith.muli %v30, %v120 : i64
                %v648 = arith.subi %v646, %v89 : i64
                %v649 = arith.addi %v647, %v648 : i64
                %v650 = llvm.getelementptr %v63[%v649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v651 = llvm.load %v650 : !llvm.ptr -> f32
                %v652 = arith.muli %v44, %v330 : i64
                %v653 = arith.muli %v646, %v329 : i64
                %v654 = arith.addi %v652, %v653 : i64
                %v655 = arith.muli %v42, %v328 : i64
                %v656 = arith.addi %v654, %v655 : i64
                %v657 = arith.muli %v40, %v2 : i64
                %v658 = arith.addi %v656, %v657 : i64
                %v659 = llvm.getelementptr %dy_o[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v660 = llvm.load %v659 : !llvm.ptr -> f32
                %v661 = arith.mulf %v651, %v630 fastmath<contract> : f32
                %v662 = arith.constant 8 : i64
                %v663 = arith.addi %v662, %v30 : i64
                %v664 = arith.muli %v663, %v120 : i64
                %v665 = arith.subi %v646, %v89 : i64
                %v666 = arith.addi %v664, %v665 : i64
                %v667 = llvm.getelementptr %v63[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v668 = llvm.load %v667 : !llvm.ptr -> f32
                %v669 = arith.mulf %v668, %v632 fastmath<contract> : f32
                %v670 = arith.addf %v661, %v669 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v673, %v674 = gpu.shuffle xor %v670, %v671, %v672 : f32
                %v675 = arith.addf %v670, %v673 fastmath<contract> : f32
                %v677, %v678 = gpu.shuffle xor %v675, %v676, %v672 : f32
                %v679 = arith.addf %v675, %v677 fastmath<contract> : f32
                %v681, %v682 = gpu.shuffle xor %v679, %v680, %v672 : f32
                %v683 = arith.addf %v679, %v681 fastmath<contract> : f32
                // end sum over the lanes
                %v684 = llvm.call_intrinsic "llvm.fabs.f32"(%v683) : (f32) -> f32
                %v685 = arith.maximumf %v71, %v684 : f32
                %v686 = arith.divf %v660, %v685 : f32
                %v687 = arith.mulf %v651, %v686 fastmath<contract> : f32
                %v688 = llvm.load %v46 : !llvm.ptr -> f32
                %v689 = llvm.load %v50 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v688 fastmath<contract> : f32
                %v691 = arith.addf %v687, %v690 fastmath<contract> : f32
                llvm.store %v691, %v46 : f32, !llvm.ptr
                %v692 = arith.mulf %v668, %v686 fastmath<contract> : f32
                %v693 = llvm.load %v47 : !llvm.ptr -> f32
                %v694 = llvm.load %v51 : !llvm.ptr -> f32
                %v695 = arith.mulf %v694, %v693 fastmath<contract> : f32
                %v696 = arith.addf %v692, %v695 fastmath<contract> : f32
                llvm.store %v696, %v47 : f32, !llvm.ptr
                %v697 = arith.mulf %v651, %v617 fastmath<contract> : f32
                %v698 = arith.mulf %v668, %v628 fastmath<contract> : f32
                %v699 = arith.addf %v697, %v698 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v700, %v701 = gpu.shuffle xor %v699, %v671, %v672 : f32
                %v702 = arith.addf %v699, %v700 fastmath<contract> : f32
                %v703, %v704 = gpu.shuffle xor %v702, %v676, %v672 : f32
                %v705 = arith.addf %v702, %v703 fastmath<contract> : f32
                %v706, %v707 = gpu.shuffle xor %v705, %v680, %v672 : f32
                %v708 = arith.addf %v705, %v706 fastmath<contract> : f32
                // end sum over the lanes
                %v709 = arith.divf %v708, %v685 : f32
                %v710 = arith.divf %v709, %v685 : f32
                %v711 = arith.mulf %v660, %v710 fastmath<contract> : f32
                %v712 = arith.negf %v711 : f32
                %v713 = arith.cmpf oge, %v71, %v684 : f32
                %v714 = arith.select %v713, %v71, %v70 : f32
                %v715 = arith.subf %v71, %v714 fastmath<contract> : f32
                %v716 = arith.mulf %v712, %v715 fastmath<contract> : f32
                %v718 = arith.cmpf olt, %v683, %v70 : f32
                %v719 = arith.select %v718, %v717, %v70 : f32
                %v720 = arith.cmpf ogt, %v683, %v70 : f32
                %v721 = arith.select %v720, %v71, %v719 : f32
                %v722 = arith.mulf %v716, %v721 fastmath<contract> : f32
                %v723 = arith.mulf %v651, %v722 fastmath<contract> : f32
                %v724 = llvm.load %v48 : !llvm.ptr -> f32
                %v725 = llvm.load %v52 : !llvm.ptr -> f32
                %v726 = arith.mulf %v725, %v724 fastmath<contract> : f32
                %v727 = arith.addf %v723, %v726 fastmath<contract> : f32
                llvm.store %v727, %v48 : f32, !llvm.ptr
                %v728 = arith.mulf %v668, %v722 fastmath<contract> : f32
                %v729 = llvm.load %v49 : !llvm.ptr -> f32
                %v730 = llvm.load %v53 : !llvm.ptr -> f32
                %v731 = arith.mulf %v730, %v729 fastmath<contract> : f32
                %v732 = arith.addf %v728, %v731 fastmath<contract> : f32
                llvm.store %v732, %v49 : f32, !llvm.ptr
                scf.if %v644 {
                }
                %v733 = arith.mulf %v630, %v722 fastmath<contract> : f32
                %v734 = arith.mulf %v617, %v686 fastmath<contract> : f32
                %v735 = arith.addf %v733, %v734 fastmath<contract> : f32
                %v736 = arith.mulf %v632, %v722 fastmath<contract> : f32
                %v737 = arith.mulf %v628, %v686 fastmath<contract> : f32
                %v738 = arith.addf %v736, %v737 fastmath<contract> : f32
                %v739 = arith.muli %v72, %v120 : i64
                %v740 = arith.subi %v646, %v89 : i64
                %v741 = arith.addi %v739, %v740 : i64
                %v742 = llvm.getelementptr %v67[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v743 = llvm.load %v742 : !llvm.ptr -> f32
                %v744 = arith.mulf %v743, %v310 fastmath<contract> : f32
                %v745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v744) : (f32) -> f32
                %v746 = llvm.load %v48 : !llvm.ptr -> f32
                %v747 = arith.muli %v44, %v330 : i64
                %v748 = arith.muli %v646, %v329 : i64
                %v749 = arith.addi %v747, %v748 : i64
                %v750 = arith.muli %v42, %v328 : i64
                %v751 = arith.addi %v749, %v750 : i64
                %v752 = arith.muli %v40, %v2 : i64
                %v753 = arith.addi %v751, %v752 : i64
                %v754 = llvm.getelementptr %in_v[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v755 = llvm.load %v754 : !llvm.ptr -> f32
                %v756 = llvm.load %v46 : !llvm.ptr -> f32
                %v757 = arith.mulf %v755, %v756 fastmath<contract> : f32
                %v758 = arith.addf %v746, %v757 fastmath<contract> : f32
                %v759 = arith.mulf %v745, %v758 fastmath<contract> : f32
                %v760 = llvm.load %v49 : !llvm.ptr -> f32
                %v761 = llvm.load %v47 : !llvm.ptr -> f32
                %v762 = arith.mulf %v755, %v761 fastmath<contract> : f32
                %v763 = arith.addf %v760, %v762 fastmath<contract> : f32
                %v764 = arith.mulf %v745, %v763 fastmath<contract> : f32
                %v765 = arith.muli %v30, %v120 : i64
                %v766 = arith.subi %v646, %v89 : i64
                %v767 = arith.addi %v765, %v766 : i64
                %v768 = llvm.getelementptr %v65[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v769 = llvm.load %v768 : !llvm.ptr -> f32
                %v770 = arith.mulf %v745, %v769 fastmath<contract> : f32
                %v771 = arith.mulf %v770, %v756 fastmath<contract> : f32
                %v772 = arith.constant 8 : i64
                %v773 = arith.addi %v772, %v30 : i64
                %v774 = arith.muli %v773, %v120 : i64
                %v775 = arith.subi %v646, %v89 : i64
                %v776 = arith.addi %v774, %v775 : i64
                %v777 = llvm.getelementptr %v65[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v778 = llvm.load %v777 : !llvm.ptr -> f32
                %v779 = arith.mulf %v745, %v778 fastmath<contract> : f32
                %v780 = arith.mulf %v779, %v761 fastmath<contract> : f32
                %v781 = arith.addf %v771, %v780 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v782, %v783 = gpu.shuffle xor %v781, %v671, %v672 : f32
                %v784 = arith.addf %v781, %v782 fastmath<contract> : f32
                %v785, %v786 = gpu.shuffle xor %v784, %v676, %v672 : f32
                %v787 = arith.addf %v784, %v785 fastmath<contract> : f32
                %v788, %v789 = gpu.shuffle xor %v787, %v680, %v672 : f32
                %v790 = arith.addf %v787, %v788 fastmath<contract> : f32
                // end sum over the lanes
                %v791 = arith.cmpi eq, %v30, %v72 : i64
                %v792 = arith.andi %v34, %v791 : i1
                scf.if %v792 {
                  %v793 = arith.muli %v44, %v330 : i64
                  %v794 = arith.muli %v646, %v329 : i64
                  %v795 = arith.addi %v793, %v794 : i64
                  %v796 = arith.muli %v42, %v328 : i64
                  %v797 = arith.addi %v795, %v796 : i64
                  %v798 = arith.muli %v40, %v2 : i64
                  %v799 = arith.addi %v797, %v798 : i64
                  %v800 = llvm.getelementptr %dx_v[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v790, %v800 : f32, !llvm.ptr
                }
                %v801 = arith.mulf %v769, %v758 fastmath<contract> : f32
                %v802 = arith.mulf %v778, %v763 fastmath<contract> : f32
                %v803 = arith.addf %v801, %v802 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v804, %v805 = gpu.shuffle xor %v803, %v671, %v672 : f32
                %v806 = arith.addf %v803, %v804 fastmath<contract> : f32
                %v807, %v808 = gpu.shuffle xor %v806, %v676, %v672 : f32
                %v809 = arith.addf %v806, %v807 fastmath<contract> : f32
                %v810, %v811 = gpu.shuffle xor %v809, %v680, %v672 : f32
                %v812 = arith.addf %v809, %v810 fastmath<contract> : f32
                // end sum over the lanes
                %v813 = arith.mulf %v745, %v812 fastmath<contract> : f32
                %v814 = arith.mulf %v564, %v756 fastmath<contract> : f32
                %v815 = arith.mulf %v575, %v761 fastmath<contract> : f32
                %v816 = arith.addf %v814, %v815 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v817, %v818 = gpu.shuffle xor %v816, %v671, %v672 : f32
                %v819 = arith.addf %v816, %v817 fastmath<contract> : f32
                %v820, %v821 = gpu.shuffle xor %v819, %v676, %v672 : f32
                %v822 = arith.addf %v819, %v820 fastmath<contract> : f32
                %v823, %v824 = gpu.shuffle xor %v822, %v680, %v672 : f32
                %v825 = arith.addf %v822, %v823 fastmath<contract> : f32
                // end sum over the lanes
                %v826 = arith.mulf %v577, %v746 fastmath<contract> : f32
                %v827 = arith.mulf %v579, %v760 fastmath<contract> : f32
                %v828 = arith.addf %v826, %v827 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v829, %v830 = gpu.shuffle xor %v828, %v671, %v672 : f32
                %v831 = arith.addf %v828, %v829 fastmath<contract> : f32
                %v832, %v833 = gpu.shuffle xor %v831, %v676, %v672 : f32
                %v834 = arith.addf %v831, %v832 fastmath<contract> : f32
                %v835, %v836 = gpu.shuffle xor %v834, %v680, %v672 : f32
                %v837 = arith.addf %v834, %v835 fastmath<contract> : f32
                // end sum over the lanes
                %v838 = arith.addf %v825, %v837 fastmath<contract> : f32
                %v839 = arith.muli %v72, %v120 : i64
                %v840 = arith.subi %v646, %v89 : i64
                %v841 = arith.addi %v839, %v840 : i64
                %v842 = llvm.getelementptr %v69[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v843 = llvm.load %v842 : !llvm.ptr -> f32
                %v844 = arith.negf %v843 : f32
                %v845 = arith.mulf %v844, %v310 fastmath<contract> : f32
                %v846 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v845) : (f32) -> f32
                %v847 = arith.addf %v71, %v846 fastmath<contract> : f32
                %v848 = arith.divf %v71, %v847 : f32
                %v849 = arith.subf %v71, %v848 fastmath<contract> : f32
                %v850 = arith.mulf %v848, %v849 fastmath<contract> : f32
                %v851 = arith.mulf %v838, %v850 fastmath<contract> : f32
                %v852 = arith.select %v34, %v735, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v854, %v855 = gpu.shuffle xor %v852, %v853, %v672 : f32
                %v856 = arith.addf %v852, %v854 fastmath<contract> : f32
                %v858, %v859 = gpu.shuffle xor %v856, %v857, %v672 : f32
                %v860 = arith.addf %v856, %v858 fastmath<contract> : f32
                %v861 = arith.divui %v20, %v22 : i64
                %v862 = arith.remui %v20, %v22 : i64
                %v863 = arith.cmpi ult, %v862, %v29 : i64
                %v864 = arith.addi %v72, %v30 : i64
                %v865 = arith.muli %v861, %v1 : i64
                %v866 = arith.addi %v865, %v864 : i64
                %v868 = arith.muli %v866, %v867 : i64
                %v869 = arith.addi %v868, %v645 : i64
                scf.if %v863 {
                  %v870 = llvm.getelementptr %v55[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v860, %v870 : f32, !llvm.ptr
                }
                %v871 = arith.select %v34, %v738, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v872, %v873 = gpu.shuffle xor %v871, %v853, %v672 : f32
                %v874 = arith.addf %v871, %v872 fastmath<contract> : f32
                %v875, %v876 = gpu.shuffle xor %v874, %v857, %v672 : f32
                %v877 = arith.addf %v874, %v875 fastmath<contract> : f32
                %v878 = arith.divui %v20, %v22 : i64
                %v879 = arith.remui %v20, %v22 : i64
                %v880 = arith.cmpi ult, %v879, %v29 : i64
                %v881 = arith.addi %v29, %v30 : i64
                %v882 = arith.muli %v878, %v1 : i64
                %v883 = arith.addi %v882, %v881 : i64
                %v884 = arith.muli %v883, %v867 : i64
                %v885 = arith.addi %v884, %v645 : i64
                scf.if %v880 {
                  %v886 = llvm.getelementptr %v55[%v885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v877, %v886 : f32, !llvm.ptr
                }
                %v887 = arith.select %v34, %v759, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v888, %v889 = gpu.shuffle xor %v887, %v853, %v672 : f32
                %v890 = arith.addf %v887, %v888 fastmath<contract> : f32
                %v891, %v892 = gpu.shuffle xor %v890, %v857, %v672 : f32
                %v893 = arith.addf %v890, %v891 fastmath<contract> : f32
                %v894 = arith.divui %v20, %v22 : i64
                %v895 = arith.remui %v20, %v22 : i64
                %v896 = arith.cmpi ult, %v895, %v29 : i64
                %v897 = arith.addi %v72, %v30 : i64
                %v898 = arith.muli %v894, %v1 : i64
                %v899 = arith.addi %v898, %v897 : i64
                %v900 = arith.muli %v899, %v867 : i64
                %v901 = arith.addi %v900, %v645 : i64
                scf.if %v896 {
                  %v902 = llvm.getelementptr %v57[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v893, %v902 : f32, !llvm.ptr
                }
                %v903 = arith.select %v34, %v764, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v904, %v905 = gpu.shuffle xor %v903, %v853, %v672 : f32
                %v906 = arith.addf %v903, %v904 fastmath<contract> : f32
                %v907, %v908 = gpu.shuffle xor %v906, %v857, %v672 : f32
                %v909 = arith.addf %v906, %v907 fastmath<contract> : f32
                %v910 = arith.divui %v20, %v22 : i64
                %v911 = arith.remui %v20, %v22 : i64
                %v912 = arith.cmpi ult, %v911, %v29 : i64
                %v913 = arith.addi %v29, %v30 : i64
                %v914 = arith.muli %v910, %v1 : i64
                %v915 = arith.addi %v914, %v913 : i64
                %v916 = arith.muli %v915, %v867 : i64
                %v917 = arith.addi %v916, %v645 : i64
                scf.if %v912 {
                  %v918 = llvm.getelementptr %v57[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v909, %v918 : f32, !llvm.ptr
                }
                %v919 = arith.select %v34, %v813, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v920, %v921 = gpu.shuffle xor %v919, %v853, %v672 : f32
                %v922 = arith.addf %v919, %v920 fastmath<contract> : f32
                %v923, %v924 = gpu.shuffle xor %v922, %v857, %v672 : f32
                %v925 = arith.addf %v922, %v923 fastmath<contract> : f32
                %v926 = arith.divui %v20, %v22 : i64
                %v927 = arith.remui %v20, %v22 : i64
                %v928 = arith.cmpi ult, %v927, %v2 : i64
                %v929 = arith.muli %v926, %v2 : i64
                %v930 = arith.addi %v929, %v72 : i64
                %v931 = arith.muli %v930, %v867 : i64
                %v932 = arith.addi %v931, %v645 : i64
                scf.if %v928 {
                  %v933 = llvm.getelementptr %v59[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v925, %v933 : f32, !llvm.ptr
                }
                %v934 = arith.select %v34, %v851, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v935, %v936 = gpu.shuffle xor %v934, %v853, %v672 : f32
                %v937 = arith.addf %v934, %v935 fastmath<contract> : f32
                %v938, %v939 = gpu.shuffle xor %v937, %v857, %v672 : f32
                %v940 = arith.addf %v937, %v938 fastmath<contract> : f32
                %v941 = arith.divui %v20, %v22 : i64
                %v942 = arith.remui %v20, %v22 : i64
                %v943 = arith.cmpi ult, %v942, %v2 : i64
                %v944 = arith.muli %v941, %v2 : i64
                %v945 = arith.addi %v944, %v72 : i64
                %v946 = arith.muli %v945, %v867 : i64
                %v947 = arith.addi %v946, %v645 : i64
                scf.if %v943 {
                  %v948 = llvm.getelementptr %v61[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v940, %v948 : f32, !llvm.ptr
                }
                llvm.store %v848, %v50 : f32, !llvm.ptr
                llvm.store %v848, %v51 : f32, !llvm.ptr
                llvm.store %v848, %v52 : f32, !llvm.ptr
                llvm.store %v848, %v53 : f32, !llvm.ptr
              }
              %v949 = arith.addi %v380, %v526 : i64
              %v950 = arith.cmpi slt, %v676, %v634 : i32
              %v951 = arith.cmpi eq, %v676, %v640 : i32
              %v952 = arith.addi %v382, %v2 : i64
              scf.if %v950 {
                %v953 = arith.addi %v89, %v949 : i64
                %v954 = arith.muli %v30, %v120 : i64
                %v955 = arith.subi %v953, %v89 : i64
                %v956 = arith.addi %v954, %v955 : i64
                %v957 = llvm.getelementptr %v63[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v958 = llvm.load %v957 : !llvm.ptr -> f32
                %v959 = arith.muli %v44, %v330 : i64
                %v960 = arith.muli %v953, %v329 : i64
                %v961 = arith.addi %v959, %v960 : i64
                %v962 = arith.muli %v42, %v328 : i64
                %v963 = arith.addi %v961, %v962 : i64
                %v964 = arith.muli %v40, %v2 : i64
                %v965 = arith.addi %v963, %v964 : i64
                %v966 = llvm.getelementptr %dy_o[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v967 = llvm.load %v966 : !llvm.ptr -> f32
                %v968 = arith.mulf %v958, %v577 fastmath<contract> : f32
                %v969 = arith.constant 8 : i64
                %v970 = arith.addi %v969, %v30 : i64
                %v971 = arith.muli %v970, %v120 : i64
                %v972 = arith.subi %v953, %v89 : i64
                %v973 = arith.addi %v971, %v972 : i64
                %v974 = llvm.getelementptr %v63[%v973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v975 = llvm.load %v974 : !llvm.ptr -> f32
                %v976 = arith.mulf %v975, %v579 fastmath<contract> : f32
                %v977 = arith.addf %v968, %v976 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v978, %v979 = gpu.shuffle xor %v977, %v671, %v672 : f32
                %v980 = arith.addf %v977, %v978 fastmath<contract> : f32
                %v981, %v982 = gpu.shuffle xor %v980, %v676, %v672 : f32
                %v983 = arith.addf %v980, %v981 fastmath<contract> : f32
                %v984, %v985 = gpu.shuffle xor %v983, %v680, %v672 : f32
                %v986 = arith.addf %v983, %v984 fastmath<contract> : f32
                // end sum over the lanes
                %v987 = llvm.call_intrinsic "llvm.fabs.f32"(%v986) : (f32) -> f32
                %v988 = arith.maximumf %v71, %v987 : f32
                %v989 = arith.divf %v967, %v988 : f32
                %v990 = arith.mulf %v958, %v989 fastmath<contract> : f32
                %v991 = llvm.load %v46 : !llvm.ptr -> f32
                %v992 = llvm.load %v50 : !llvm.ptr -> f32
                %v993 = arith.mulf %v992, %v991 fastmath<contract> : f32
                %v994 = arith.addf %v990, %v993 fastmath<contract> : f32
                llvm.store %v994, %v46 : f32, !llvm.ptr
                %v995 = arith.mulf %v975, %v989 fastmath<contract> : f32
                %v996 = llvm.load %v47 : !llvm.ptr -> f32
                %v997 = llvm.load %v51 : !llvm.ptr -> f32
                %v998 = arith.mulf %v997, %v996 fastmath<contract> : f32
                %v999 = arith.addf %v995, %v998 fastmath<contract> : f32
                llvm.store %v999, %v47 : f32, !llvm.ptr
                %v1000 = arith.mulf %v958, %v564 fastmath<contract> : f32
                %v1001 = arith.mulf %v975, %v575 fastmath<contract> : f32
                %v1002 = arith.addf %v1000, %v1001 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1003, %v1004 = gpu.shuffle xor %v1002, %v671, %v672 : f32
                %v1005 = arith.addf %v1002, %v1003 fastmath<contract> : f32
                %v1006, %v1007 = gpu.shuffle xor %v1005, %v676, %v672 : f32
                %v1008 = arith.addf %v1005, %v1006 fastmath<contract> : f32
                %v1009, %v1010 = gpu.shuffle xor %v1008, %v680, %v672 : f32
                %v1011 = arith.addf %v1008, %v1009 fastmath<contract> : f32
                // end sum over the lanes
                %v1012 = arith.divf %v1011, %v988 : f32
                %v1013 = arith.divf %v1012, %v988 : f32
                %v1014 = arith.mulf %v967, %v1013 fastmath<contract> : f32
                %v1015 = arith.negf %v1014 : f32
                %v1016 = arith.cmpf oge, %v71, %v987 : f32
                %v1017 = arith.select %v1016, %v71, %v70 : f32
                %v1018 = arith.subf %v71, %v1017 fastmath<contract> : f32
                %v1019 = arith.mulf %v1015, %v1018 fastmath<contract> : f32
                %v1020 = arith.cmpf olt, %v986, %v70 : f32
                %v1021 = arith.select %v1020, %v717, %v70 : f32
                %v1022 = arith.cmpf ogt, %v986, %v70 : f32
                %v1023 = arith.select %v1022, %v71, %v1021 : f32
                %v1024 = arith.mulf %v1019, %v1023 fastmath<contract> : f32
                %v1025 = arith.mulf %v958, %v1024 fastmath<contract> : f32
                %v1026 = llvm.load %v48 : !llvm.ptr -> f32
                %v1027 = llvm.load %v52 : !llvm.ptr -> f32
                %v1028 = arith.mulf %v1027, %v1026 fastmath<contract> : f32
                %v1029 = arith.addf %v1025, %v1028 fastmath<contract> : f32
                llvm.store %v1029, %v48 : f32, !llvm.ptr
                %v1030 = arith.mulf %v975, %v1024 fastmath<contract> : f32
                %v1031 = llvm.load %v49 : !llvm.ptr -> f32
                %v1032 = llvm.load %v53 : !llvm.ptr -> f32
                %v1033 = arith.mulf %v1032, %v1031 fastmath<contract> : f32
                %v1034 = arith.addf %v1030, %v1033 fastmath<contract> : f32
                llvm.store %v1034, %v49 : f32, !llvm.ptr
                scf.if %v951 {
                }
                %v1035 = arith.mulf %v577, %v1024 fastmath<contract> : f32
                %v1036 = arith.mulf %v564, %v989 fastmath<contract> : f32
                %v1037 = arith.addf %v1035, %v1036 fastmath<contract> : f32
                %v1038 = arith.mulf %v579, %v1024 fastmath<contract> : f32
                %v1039 = arith.mulf %v575, %v989 fastmath<contract> : f32
                %v1040 = arith.addf %v1038, %v1039 fastmath<contract> : f32
                %v1041 = arith.muli %v72, %v120 : i64
                %v1042 = arith.subi %v953, %v89 : i64
                %v1043 = arith.addi %v1041, %v1042 : i64
                %v1044 = llvm.getelementptr %v67[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1045 = llvm.load %v1044 : !llvm.ptr -> f32
                %v1046 = arith.mulf %v1045, %v310 fastmath<contract> : f32
                %v1047 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1046) : (f32) -> f32
                %v1048 = llvm.load %v48 : !llvm.ptr -> f32
                %v1049 = arith.muli %v44, %v330 : i64
                %v1050 = arith.muli %v953, %v329 : i64
                %v1051 = arith.addi %v1049, %v1050 : i64
                %v1052 = arith.muli %v42, %v328 : i64
                %v1053 = arith.addi %v1051, %v1052 : i64
                %v1054 = arith.muli %v40, %v2 : i64
                %v1055 = arith.addi %v1053, %v1054 : i64
                %v1056 = llvm.getelementptr %in_v[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
                %v1058 = llvm.load %v46 : !llvm.ptr -> f32
                %v1059 = arith.mulf %v1057, %v1058 fastmath<contract> : f32
                %v1060 = arith.addf %v1048, %v1059 fastmath<contract> : f32
                %v1061 = arith.mulf %v1047, %v1060 fastmath<contract> : f32
                %v1062 = llvm.load %v49 : !llvm.ptr -> f32
                %v1063 = llvm.load %v47 : !llvm.ptr -> f32
                %v1064 = arith.mulf %v1057, %v1063 fastmath<contract> : f32
                %v1065 = arith.addf %v1062, %v1064 fastmath<contract> : f32
                %v1066 = arith.mulf %v1047, %v1065 fastmath<contract> : f32
                %v1067 = arith.muli %v30, %v120 : i64
                %v1068 = arith.subi %v953, %v89 : i64
                %v1069 = arith.addi %v1067, %v1068 : i64
                %v1070 = llvm.getelementptr %v65[%v1069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1071 = llvm.load %v1070 : !llvm.ptr -> f32
                %v1072 = arith.mulf %v1047, %v1071 fastmath<contract> : f32
                %v1073 = arith.mulf %v1072, %v1058 fastmath<contract> : f32
                %v1074 = arith.constant 8 : i64
                %v1075 = arith.addi %v1074, %v30 : i64
                %v1076 = arith.muli %v1075, %v120 : i64
                %v1077 = arith.subi %v953, %v89 : i64
                %v1078 = arith.addi %v1076, %v1077 : i64
                %v1079 = llvm.getelementptr %v65[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
                %v1081 = arith.mulf %v1047, %v1080 fastmath<contract> : f32
                %v1082 = arith.mulf %v1081, %v1063 fastmath<contract> : f32
                %v1083 = arith.addf %v1073, %v1082 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1084, %v1085 = gpu.shuffle xor %v1083, %v671, %v672 : f32
                %v1086 = arith.addf %v1083, %v1084 fastmath<contract> : f32
                %v1087, %v1088 = gpu.shuffle xor %v1086, %v676, %v672 : f32
                %v1089 = arith.addf %v1086, %v1087 fastmath<contract> : f32
                %v1090, %v1091 = gpu.shuffle xor %v1089, %v680, %v672 : f32
                %v1092 = arith.addf %v1089, %v1090 fastmath<contract> : f32
                // end sum over the lanes
                %v1093 = arith.cmpi eq, %v30, %v72 : i64
                %v1094 = arith.andi %v34, %v1093 : i1
                scf.if %v1094 {
                  %v1095 = arith.muli %v44, %v330 : i64
                  %v1096 = arith.muli %v953, %v329 : i64
                  %v1097 = arith.addi %v1095, %v1096 : i64
                  %v1098 = arith.muli %v42, %v328 : i64
                  %v1099 = arith.addi %v1097, %v1098 : i64
                  %v1100 = arith.muli %v40, %v2 : i64
                  %v1101 = arith.addi %v1099, %v1100 : i64
                  %v1102 = llvm.getelementptr %dx_v[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1092, %v1102 : f32, !llvm.ptr
                }
                %v1103 = arith.mulf %v1071, %v1060 fastmath<contract> : f32
                %v1104 = arith.mulf %v1080, %v1065 fastmath<contract> : f32
                %v1105 = arith.addf %v1103, %v1104 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1106, %v1107 = gpu.shuffle xor %v1105, %v671, %v672 : f32
                %v1108 = arith.addf %v1105, %v1106 fastmath<contract> : f32
                %v1109, %v1110 = gpu.shuffle xor %v1108, %v676, %v672 : f32
                %v1111 = arith.addf %v1108, %v1109 fastmath<contract> : f32
                %v1112, %v1113 = gpu.shuffle xor %v1111, %v680, %v672 : f32
                %v1114 = arith.addf %v1111, %v1112 fastmath<contract> : f32
                // end sum over the lanes
                %v1115 = arith.mulf %v1047, %v1114 fastmath<contract> : f32
                %v1116 = arith.mulf %v510, %v1058 fastmath<contract> : f32
                %v1117 = arith.mulf %v521, %v1063 fastmath<contract> : f32
                %v1118 = arith.addf %v1116, %v1117 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1119, %v1120 = gpu.shuffle xor %v1118, %v671, %v672 : f32
                %v1121 = arith.addf %v1118, %v1119 fastmath<contract> : f32
                %v1122, %v1123 = gpu.shuffle xor %v1121, %v676, %v672 : f32
                %v1124 = arith.addf %v1121, %v1122 fastmath<contract> : f32
                %v1125, %v1126 = gpu.shuffle xor %v1124, %v680, %v672 : f32
                %v1127 = arith.addf %v1124, %v1125 fastmath<contract> : f32
                // end sum over the lanes
                %v1128 = arith.mulf %v523, %v1048 fastmath<contract> : f32
                %v1129 = arith.mulf %v525, %v1062 fastmath<contract> : f32
                %v1130 = arith.addf %v1128, %v1129 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1131, %v1132 = gpu.shuffle xor %v1130, %v671, %v672 : f32
                %v1133 = arith.addf %v1130, %v1131 fastmath<contract> : f32
                %v1134, %v1135 = gpu.shuffle xor %v1133, %v676, %v672 : f32
                %v1136 = arith.addf %v1133, %v1134 fastmath<contract> : f32
                %v1137, %v1138 = gpu.shuffle xor %v1136, %v680, %v672 : f32
                %v1139 = arith.addf %v1136, %v1137 fastmath<contract> : f32
                // end sum over the lanes
                %v1140 = arith.addf %v1127, %v1139 fastmath<contract> : f32
                %v1141 = arith.muli %v72, %v120 : i64
                %v1142 = arith.subi %v953, %v89 : i64
                %v1143 = arith.addi %v1141, %v1142 : i64
                %v1144 = llvm.getelementptr %v69[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1145 = llvm.load %v1144 : !llvm.ptr -> f32
                %v1146 = arith.negf %v1145 : f32
                %v1147 = arith.mulf %v1146, %v310 fastmath<contract> : f32
                %v1148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1147) : (f32) -> f32
                %v1149 = arith.addf %v71, %v1148 fastmath<contract> : f32
                %v1150 = arith.divf %v71, %v1149 : f32
                %v1151 = arith.subf %v71, %v1150 fastmath<contract> : f32
                %v1152 = arith.mulf %v1150, %v1151 fastmath<contract> : f32
                %v1153 = arith.mulf %v1140, %v1152 fastmath<contract> : f32
                %v1154 = arith.select %v34, %v1037, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1155, %v1156 = gpu.shuffle xor %v1154, %v853, %v672 : f32
                %v1157 = arith.addf %v1154, %v1155 fastmath<contract> : f32
                %v1158, %v1159 = gpu.shuffle xor %v1157, %v857, %v672 : f32
                %v1160 = arith.addf %v1157, %v1158 fastmath<contract> : f32
                %v1161 = arith.divui %v20, %v22 : i64
                %v1162 = arith.remui %v20, %v22 : i64
                %v1163 = arith.cmpi ult, %v1162, %v29 : i64
                %v1164 = arith.addi %v72, %v30 : i64
                %v1165 = arith.muli %v1161, %v1 : i64
                %v1166 = arith.addi %v1165, %v1164 : i64
                %v1167 = arith.muli %v1166, %v867 : i64
                %v1168 = arith.addi %v1167, %v952 : i64
                scf.if %v1163 {
                  %v1169 = llvm.getelementptr %v55[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1160, %v1169 : f32, !llvm.ptr
                }
                %v1170 = arith.select %v34, %v1040, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1171, %v1172 = gpu.shuffle xor %v1170, %v853, %v672 : f32
                %v1173 = arith.addf %v1170, %v1171 fastmath<contract> : f32
                %v1174, %v1175 = gpu.shuffle xor %v1173, %v857, %v672 : f32
                %v1176 = arith.addf %v1173, %v1174 fastmath<contract> : f32
                %v1177 = arith.divui %v20, %v22 : i64
                %v1178 = arith.remui %v20, %v22 : i64
                %v1179 = arith.cmpi ult, %v1178, %v29 : i64
                %v1180 = arith.addi %v29, %v30 : i64
                %v1181 = arith.muli %v1177, %v1 : i64
                %v1182 = arith.addi %v1181, %v1180 : i64
                %v1183 = arith.muli %v1182, %v867 : i64
                %v1184 = arith.addi %v1183, %v952 : i64
                scf.if %v1179 {
                  %v1185 = llvm.getelementptr %v55[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1176, %v1185 : f32, !llvm.ptr
                }
                %v1186 = arith.select %v34, %v1061, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1187, %v1188 = gpu.shuffle xor %v1186, %v853, %v672 : f32
                %v1189 = arith.addf %v1186, %v1187 fastmath<contract> : f32
                %v1190, %v1191 = gpu.shuffle xor %v1189, %v857, %v672 : f32
                %v1192 = arith.addf %v1189, %v1190 fastmath<contract> : f32
                %v1193 = arith.divui %v20, %v22 : i64
                %v1194 = arith.remui %v20, %v22 : i64
                %v1195 = arith.cmpi ult, %v1194, %v29 : i64
                %v1196 = arith.addi %v72, %v30 : i64
                %v1197 = arith.muli %v1193, %v1 : i64
                %v1198 = arith.addi %v1197, %v1196 : i64
                %v1199 = arith.muli %v1198, %v867 : i64
                %v1200 = arith.addi %v1199, %v952 : i64
                scf.if %v1195 {
                  %v1201 = llvm.getelementptr %v57[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1192, %v1201 : f32, !llvm.ptr
                }
                %v1202 = arith.select %v34, %v1066, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1203, %v1204 = gpu.shuffle xor %v1202, %v853, %v672 : f32
                %v1205 = arith.addf %v1202, %v1203 fastmath<contract> : f32
                %v1206, %v1207 = gpu.shuffle xor %v1205, %v857, %v672 : f32
                %v1208 = arith.addf %v1205, %v1206 fastmath<contract> : f32
                %v1209 = arith.divui %v20, %v22 : i64
                %v1210 = arith.remui %v20, %v22 : i64
                %v1211 = arith.cmpi ult, %v1210, %v29 : i64
                %v1212 = arith.addi %v29, %v30 : i64
                %v1213 = arith.muli %v1209, %v1 : i64
                %v1214 = arith.addi %v1213, %v1212 : i64
                %v1215 = arith.muli %v1214, %v867 : i64
                %v1216 = arith.addi %v1215, %v952 : i64
                scf.if %v1211 {
                  %v1217 = llvm.getelementptr %v57[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1208, %v1217 : f32, !llvm.ptr
                }
                %v1218 = arith.select %v34, %v1115, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1219, %v1220 = gpu.shuffle xor %v1218, %v853, %v672 : f32
                %v1221 = arith.addf %v1218, %v1219 fastmath<contract> : f32
                %v1222, %v1223 = gpu.shuffle xor %v1221, %v857, %v672 : f32
                %v1224 = arith.addf %v1221, %v1222 fastmath<contract> : f32
                %v1225 = arith.divui %v20, %v22 : i64
                %v1226 = arith.remui %v20, %v22 : i64
                %v1227 = arith.cmpi ult, %v1226, %v2 : i64
                %v1228 = arith.muli %v1225, %v2 : i64
                %v1229 = arith.addi %v1228, %v72 : i64
                %v1230 = arith.muli %v1229, %v867 : i64
                %v1231 = arith.addi %v1230, %v952 : i64
                scf.if %v1227 {
                  %v1232 = llvm.getelementptr %v59[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1224, %v1232 : f32, !llvm.ptr
                }
                %v1233 = arith.select %v34, %v1153, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1234, %v1235 = gpu.shuffle xor %v1233, %v853, %v672 : f32
                %v1236 = arith.addf %v1233, %v1234 fastmath<contract> : f32
                %v1237, %v1238 = gpu.shuffle xor %v1236, %v857, %v672 : f32
                %v1239 = arith.addf %v1236, %v1237 fastmath<contract> : f32
                %v1240 = arith.divui %v20, %v22 : i64
                %v1241 = arith.remui %v20, %v22 : i64
                %v1242 = arith.cmpi ult, %v1241, %v2 : i64
                %v1243 = arith.muli %v1240, %v2 : i64
                %v1244 = arith.addi %v1243, %v72 : i64
                %v1245 = arith.muli %v1244, %v867 : i64
                %v1246 = arith.addi %v1245, %v952 : i64
                scf.if %v1242 {
                  %v1247 = llvm.getelementptr %v61[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1239, %v1247 : f32, !llvm.ptr
                }
                llvm.store %v1150, %v50 : f32, !llvm.ptr
                llvm.store %v1150, %v51 : f32, !llvm.ptr
                llvm.store %v1150, %v52 : f32, !llvm.ptr
                llvm.store %v1150, %v53 : f32, !llvm.ptr
              }
              %v1248 = arith.addi %v380, %v2 : i64
              %v1249 = arith.cmpi slt, %v671, %v634 : i32
              %v1250 = arith.cmpi eq, %v671, %v640 : i32
              %v1251 = arith.addi %v382, %v526 : i64
              scf.if %v1249 {
                %v1252 = arith.addi %v89, %v1248 : i64
                %v1253 = arith.muli %v30, %v120 : i64
                %v1254 = arith.subi %v1252, %v89 : i64
                %v1255 = arith.addi %v1253, %v1254 : i64
                %v1256 = llvm.getelementptr %v63[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
                %v1258 = arith.muli %v44, %v330 : i64
                %v1259 = arith.muli %v1252, %v329 : i64
                %v1260 = arith.addi %v1258, %v1259 : i64
                %v1261 = arith.muli %v42, %v328 : i64
                %v1262 = arith.addi %v1260, %v1261 : i64
                %v1263 = arith.muli %v40, %v2 : i64
                %v1264 = arith.addi %v1262, %v1263 : i64
                %v1265 = llvm.getelementptr %dy_o[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
                %v1267 = arith.mulf %v1257, %v523 fastmath<contract> : f32
                %v1268 = arith.constant 8 : i64
                %v1269 = arith.addi %v1268, %v30 : i64
                %v1270 = arith.muli %v1269, %v120 : i64
                %v1271 = arith.subi %v1252, %v89 : i64
                %v1272 = arith.addi %v1270, %v1271 : i64
                %v1273 = llvm.getelementptr %v63[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1274 = llvm.load %v1273 : !llvm.ptr -> f32
                %v1275 = arith.mulf %v1274, %v525 fastmath<contract> : f32
                %v1276 = arith.addf %v1267, %v1275 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1277, %v1278 = gpu.shuffle xor %v1276, %v671, %v672 : f32
                %v1279 = arith.addf %v1276, %v1277 fastmath<contract> : f32
                %v1280, %v1281 = gpu.shuffle xor %v1279, %v676, %v672 : f32
                %v1282 = arith.addf %v1279, %v1280 fastmath<contract> : f32
                %v1283, %v1284 = gpu.shuffle xor %v1282, %v680, %v672 : f32
                %v1285 = arith.addf %v1282, %v1283 fastmath<contract> : f32
                // end sum over the lanes
                %v1286 = llvm.call_intrinsic "llvm.fabs.f32"(%v1285) : (f32) -> f32
                %v1287 = arith.maximumf %v71, %v1286 : f32
                %v1288 = arith.divf %v1266, %v1287 : f32
                %v1289 = arith.mulf %v1257, %v1288 fastmath<contract> : f32
                %v1290 = llvm.load %v46 : !llvm.ptr -> f32
                %v1291 = llvm.load %v50 : !llvm.ptr -> f32
                %v1292 = arith.mulf %v1291, %v1290 fastmath<contract> : f32
                %v1293 = arith.addf %v1289, %v1292 fastmath<contract> : f32
                llvm.store %v1293, %v46 : f32, !llvm.ptr
                %v1294 = arith.mulf %v1274, %v1288 fastmath<contract> : f32
                %v1295 = llvm.load %v47 : !llvm.ptr -> f32
                %v1296 = llvm.load %v51 : !llvm.ptr -> f32
                %v1297 = arith.mulf %v1296, %v1295 fastmath<contract> : f32
                %v1298 = arith.addf %v1294, %v1297 fastmath<contract> : f32
                llvm.store %v1298, %v47 : f32, !llvm.ptr
                %v1299 = arith.mulf %v1257, %v510 fastmath<contract> : f32
                %v1300 = arith.mulf %v1274, %v521 fastmath<contract> : f32
                %v1301 = arith.addf %v1299, %v1300 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1302, %v1303 = gpu.shuffle xor %v1301, %v671, %v672 : f32
                %v1304 = arith.addf %v1301, %v1302 fastmath<contract> : f32
                %v1305, %v1306 = gpu.shuffle xor %v1304, %v676, %v672 : f32
                %v1307 = arith.addf %v1304, %v1305 fastmath<contract> : f32
                %v1308, %v1309 = gpu.shuffle xor %v1307, %v680, %v672 : f32
                %v1310 = arith.addf %v1307, %v1308 fastmath<contract> : f32
                // end sum over the lanes
                %v1311 = arith.divf %v1310, %v1287 : f32
                %v1312 = arith.divf %v1311, %v1287 : f32
                %v1313 = arith.mulf %v1266, %v1312 fastmath<contract> : f32
                %v1314 = arith.negf %v1313 : f32
                %v1315 = arith.cmpf oge, %v71, %v1286 : f32
                %v1316 = arith.select %v1315, %v71, %v70 : f32
                %v1317 = arith.subf %v71, %v1316 fastmath<contract> : f32
                %v1318 = arith.mulf %v1314, %v1317 fastmath<contract> : f32
                %v1319 = arith.cmpf olt, %v1285, %v70 : f32
                %v1320 = arith.select %v1319, %v717, %v70 : f32
                %v1321 = arith.cmpf ogt, %v1285, %v70 : f32
                %v1322 = arith.select %v1321, %v71, %v1320 : f32
                %v1323 = arith.mulf %v1318, %v1322 fastmath<contract> : f32
                %v1324 = arith.mulf %v1257, %v1323 fastmath<contract> : f32
                %v1325 = llvm.load %v48 : !llvm.ptr -> f32
                %v1326 = llvm.load %v52 : !llvm.ptr -> f32
                %v1327 = arith.mulf %v1326, %v1325 fastmath<contract> : f32
                %v1328 = arith.addf %v1324, %v1327 fastmath<contract> : f32
                llvm.store %v1328, %v48 : f32, !llvm.ptr
                %v1329 = arith.mulf %v1274, %v1323 fastmath<contract> : f32
                %v1330 = llvm.load %v49 : !llvm.ptr -> f32
                %v1331 = llvm.load %v53 : !llvm.ptr -> f32
                %v1332 = arith.mulf %v1331, %v1330 fastmath<contract> : f32
                %v1333 = arith.addf %v1329, %v1332 fastmath<contract> : f32
                llvm.store %v1333, %v49 : f32, !llvm.ptr
                scf.if %v1250 {
                }
                %v1334 = arith.mulf %v523, %v1323 fastmath<contract> : f32
                %v1335 = arith.mulf %v510, %v1288 fastmath<contract> : f32
                %v1336 = arith.addf %v1334, %v1335 fastmath<contract> : f32
                %v1337 = arith.mulf %v525, %v1323 fastmath<contract> : f32
                %v1338 = arith.mulf %v521, %v1288 fastmath<contract> : f32
                %v1339 = arith.addf %v1337, %v1338 fastmath<contract> : f32
                %v1340 = arith.muli %v72, %v120 : i64
                %v1341 = arith.subi %v1252, %v89 : i64
                %v1342 = arith.addi %v1340, %v1341 : i64
                %v1343 = llvm.getelementptr %v67[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
                %v1345 = arith.mulf %v1344, %v310 fastmath<contract> : f32
                %v1346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1345) : (f32) -> f32
                %v1347 = llvm.load %v48 : !llvm.ptr -> f32
                %v1348 = arith.muli %v44, %v330 : i64
                %v1349 = arith.muli %v1252, %v329 : i64
                %v1350 = arith.addi %v1348, %v1349 : i64
                %v1351 = arith.muli %v42, %v328 : i64
                %v1352 = arith.addi %v1350, %v1351 : i64
                %v1353 = arith.muli %v40, %v2 : i64
                %v1354 = arith.addi %v1352, %v1353 : i64
                %v1355 = llvm.getelementptr %in_v[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
                %v1357 = llvm.load %v46 : !llvm.ptr -> f32
                %v1358 = arith.mulf %v1356, %v1357 fastmath<contract> : f32
                %v1359 = arith.addf %v1347, %v1358 fastmath<contract> : f32
                %v1360 = arith.mulf %v1346, %v1359 fastmath<contract> : f32
                %v1361 = llvm.load %v49 : !llvm.ptr -> f32
                %v1362 = llvm.load %v47 : !llvm.ptr -> f32
                %v1363 = arith.mulf %v1356, %v1362 fastmath<contract> : f32
                %v1364 = arith.addf %v1361, %v1363 fastmath<contract> : f32
                %v1365 = arith.mulf %v1346, %v1364 fastmath<contract> : f32
                %v1366 = arith.muli %v30, %v120 : i64
                %v1367 = arith.subi %v1252, %v89 : i64
                %v1368 = arith.addi %v1366, %v1367 : i64
                %v1369 = llvm.getelementptr %v65[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
                %v1371 = arith.mulf %v1346, %v1370 fastmath<contract> : f32
                %v1372 = arith.mulf %v1371, %v1357 fastmath<contract> : f32
                %v1373 = arith.constant 8 : i64
                %v1374 = arith.addi %v1373, %v30 : i64
                %v1375 = arith.muli %v1374, %v120 : i64
                %v1376 = arith.subi %v1252, %v89 : i64
                %v1377 = arith.addi %v1375, %v1376 : i64
                %v1378 = llvm.getelementptr %v65[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1379 = llvm.load %v1378 : !llvm.ptr -> f32
                %v1380 = arith.mulf %v1346, %v1379 fastmath<contract> : f32
                %v1381 = arith.mulf %v1380, %v1362 fastmath<contract> : f32
                %v1382 = arith.addf %v1372, %v1381 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1383, %v1384 = gpu.shuffle xor %v1382, %v671, %v672 : f32
                %v1385 = arith.addf %v1382, %v1383 fastmath<contract> : f32
                %v1386, %v1387 = gpu.shuffle xor %v1385, %v676, %v672 : f32
                %v1388 = arith.addf %v1385, %v1386 fastmath<contract> : f32
                %v1389, %v1390 = gpu.shuffle xor %v1388, %v680, %v672 : f32
                %v1391 = arith.addf %v1388, %v1389 fastmath<contract> : f32
                // end sum over the lanes
                %v1392 = arith.cmpi eq, %v30, %v72 : i64
                %v1393 = arith.andi %v34, %v1392 : i1
                scf.if %v1393 {
                  %v1394 = arith.muli %v44, %v330 : i64
                  %v1395 = arith.muli %v1252, %v329 : i64
                  %v1396 = arith.addi %v1394, %v1395 : i64
                  %v1397 = arith.muli %v42, %v328 : i64
                  %v1398 = arith.addi %v1396, %v1397 : i64
                  %v1399 = arith.muli %v40, %v2 : i64
                  %v1400 = arith.addi %v1398, %v1399 : i64
                  %v1401 = llvm.getelementptr %dx_v[%v1400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1391, %v1401 : f32, !llvm.ptr
                }
                %v1402 = arith.mulf %v1370, %v1359 fastmath<contract> : f32
                %v1403 = arith.mulf %v1379, %v1364 fastmath<contract> : f32
                %v1404 = arith.addf %v1402, %v1403 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1405, %v1406 = gpu.shuffle xor %v1404, %v671, %v672 : f32
                %v1407 = arith.addf %v1404, %v1405 fastmath<contract> : f32
                %v1408, %v1409 = gpu.shuffle xor %v1407, %v676, %v672 : f32
                %v1410 = arith.addf %v1407, %v1408 fastmath<contract> : f32
                %v1411, %v1412 = gpu.shuffle xor %v1410, %v680, %v672 : f32
                %v1413 = arith.addf %v1410, %v1411 fastmath<contract> : f32
                // end sum over the lanes
                %v1414 = arith.mulf %v1346, %v1413 fastmath<contract> : f32
                %v1415 = arith.mulf %v457, %v1357 fastmath<contract> : f32
                %v1416 = arith.mulf %v468, %v1362 fastmath<contract> : f32
                %v1417 = arith.addf %v1415, %v1416 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1418, %v1419 = gpu.shuffle xor %v1417, %v671, %v672 : f32
                %v1420 = arith.addf %v1417, %v1418 fastmath<contract> : f32
                %v1421, %v1422 = gpu.shuffle xor %v1420, %v676, %v672 : f32
                %v1423 = arith.addf %v1420, %v1421 fastmath<contract> : f32
                %v1424, %v1425 = gpu.shuffle xor %v1423, %v680, %v672 : f32
                %v1426 = arith.addf %v1423, %v1424 fastmath<contract> : f32
                // end sum over the lanes
                %v1427 = arith.mulf %v470, %v1347 fastmath<contract> : f32
                %v1428 = arith.mulf %v472, %v1361 fastmath<contract> : f32
                %v1429 = arith.addf %v1427, %v1428 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1430, %v1431 = gpu.shuffle xor %v1429, %v671, %v672 : f32
                %v1432 = arith.addf %v1429, %v1430 fastmath<contract> : f32
                %v1433, %v1434 = gpu.shuffle xor %v1432, %v676, %v672 : f32
                %v1435 = arith.addf %v1432, %v1433 fastmath<contract> : f32
                %v1436, %v1437 = gpu.shuffle xor %v1435, %v680, %v672 : f32
                %v1438 = arith.addf %v1435, %v1436 fastmath<contract> : f32
                // end sum over the lanes
                %v1439 = arith.addf %v1426, %v1438 fastmath<contract> : f32
                %v1440 = arith.muli %v72, %v120 : i64
                %v1441 = arith.subi %v1252, %v89 : i64
                %v1442 = arith.addi %v1440, %v1441 : i64
                %v1443 = llvm.getelementptr %v69[%v1442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1444 = llvm.load %v1443 : !llvm.ptr -> f32
                %v1445 = arith.negf %v1444 : f32
                %v1446 = arith.mulf %v1445, %v310 fastmath<contract> : f32
                %v1447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1446) : (f32) -> f32
                %v1448 = arith.addf %v71, %v1447 fastmath<contract> : f32
                %v1449 = arith.divf %v71, %v1448 : f32
                %v1450 = arith.subf %v71, %v1449 fastmath<contract> : f32
                %v1451 = arith.mulf %v1449, %v1450 fastmath<contract> : f32
                %v1452 = arith.mulf %v1439, %v1451 fastmath<contract> : f32
                %v1453 = arith.select %v34, %v1336, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1454, %v1455 = gpu.shuffle xor %v1453, %v853, %v672 : f32
                %v1456 = arith.addf %v1453, %v1454 fastmath<contract> : f32
                %v1457, %v1458 = gpu.shuffle xor %v1456, %v857, %v672 : f32
                %v1459 = arith.addf %v1456, %v1457 fastmath<contract> : f32
                %v1460 = arith.divui %v20, %v22 : i64
                %v1461 = arith.remui %v20, %v22 : i64
                %v1462 = arith.cmpi ult, %v1461, %v29 : i64
                %v1463 = arith.addi %v72, %v30 : i64
                %v1464 = arith.muli %v1460, %v1 : i64
                %v1465 = arith.addi %v1464, %v1463 : i64
                %v1466 = arith.muli %v1465, %v867 : i64
                %v1467 = arith.addi %v1466, %v1251 : i64
                scf.if %v1462 {
                  %v1468 = llvm.getelementptr %v55[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1459, %v1468 : f32, !llvm.ptr
                }
                %v1469 = arith.select %v34, %v1339, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1470, %v1471 = gpu.shuffle xor %v1469, %v853, %v672 : f32
                %v1472 = arith.addf %v1469, %v1470 fastmath<contract> : f32
                %v1473, %v1474 = gpu.shuffle xor %v1472, %v857, %v672 : f32
                %v1475 = arith.addf %v1472, %v1473 fastmath<contract> : f32
                %v1476 = arith.divui %v20, %v22 : i64
                %v1477 = arith.remui %v20, %v22 : i64
                %v1478 = arith.cmpi ult, %v1477, %v29 : i64
                %v1479 = arith.addi %v29, %v30 : i64
                %v1480 = arith.muli %v1476, %v1 : i64
                %v1481 = arith.addi %v1480, %v1479 : i64
                %v1482 = arith.muli %v1481, %v867 : i64
                %v1483 = arith.addi %v1482, %v1251 : i64
                scf.if %v1478 {
                  %v1484 = llvm.getelementptr %v55[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1475, %v1484 : f32, !llvm.ptr
                }
                %v1485 = arith.select %v34, %v1360, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1486, %v1487 = gpu.shuffle xor %v1485, %v853, %v672 : f32
                %v1488 = arith.addf %v1485, %v1486 fastmath<contract> : f32
                %v1489, %v1490 = gpu.shuffle xor %v1488, %v857, %v672 : f32
                %v1491 = arith.addf %v1488, %v1489 fastmath<contract> : f32
                %v1492 = arith.divui %v20, %v22 : i64
                %v1493 = arith.remui %v20, %v22 : i64
                %v1494 = arith.cmpi ult, %v1493, %v29 : i64
                %v1495 = arith.addi %v72, %v30 : i64
                %v1496 = arith.muli %v1492, %v1 : i64
                %v1497 = arith.addi %v1496, %v1495 : i64
                %v1498 = arith.muli %v1497, %v867 : i64
                %v1499 = arith.addi %v1498, %v1251 : i64
                scf.if %v1494 {
                  %v1500 = llvm.getelementptr %v57[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1491, %v1500 : f32, !llvm.ptr
                }
                %v1501 = arith.select %v34, %v1365, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1502, %v1503 = gpu.shuffle xor %v1501, %v853, %v672 : f32
                %v1504 = arith.addf %v1501, %v1502 fastmath<contract> : f32
                %v1505, %v1506 = gpu.shuffle xor %v1504, %v857, %v672 : f32
                %v1507 = arith.addf %v1504, %v1505 fastmath<contract> : f32
                %v1508 = arith.divui %v20, %v22 : i64
                %v1509 = arith.remui %v20, %v22 : i64
                %v1510 = arith.cmpi ult, %v1509, %v29 : i64
                %v1511 = arith.addi %v29, %v30 : i64
                %v1512 = arith.muli %v1508, %v1 : i64
                %v1513 = arith.addi %v1512, %v1511 : i64
                %v1514 = arith.muli %v1513, %v867 : i64
                %v1515 = arith.addi %v1514, %v1251 : i64
                scf.if %v1510 {
                  %v1516 = llvm.getelementptr %v57[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1507, %v1516 : f32, !llvm.ptr
                }
                %v1517 = arith.select %v34, %v1414, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1518, %v1519 = gpu.shuffle xor %v1517, %v853, %v672 : f32
                %v1520 = arith.addf %v1517, %v1518 fastmath<contract> : f32
                %v1521, %v1522 = gpu.shuffle xor %v1520, %v857, %v672 : f32
                %v1523 = arith.addf %v1520, %v1521 fastmath<contract> : f32
                %v1524 = arith.divui %v20, %v22 : i64
                %v1525 = arith.remui %v20, %v22 : i64
                %v1526 = arith.cmpi ult, %v1525, %v2 : i64
                %v1527 = arith.muli %v1524, %v2 : i64
                %v1528 = arith.addi %v1527, %v72 : i64
                %v1529 = arith.muli %v1528, %v867 : i64
                %v1530 = arith.addi %v1529, %v1251 : i64
                scf.if %v1526 {
                  %v1531 = llvm.getelementptr %v59[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1523, %v1531 : f32, !llvm.ptr
                }
                %v1532 = arith.select %v34, %v1452, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1533, %v1534 = gpu.shuffle xor %v1532, %v853, %v672 : f32
                %v1535 = arith.addf %v1532, %v1533 fastmath<contract> : f32
                %v1536, %v1537 = gpu.shuffle xor %v1535, %v857, %v672 : f32
                %v1538 = arith.addf %v1535, %v1536 fastmath<contract> : f32
                %v1539 = arith.divui %v20, %v22 : i64
                %v1540 = arith.remui %v20, %v22 : i64
                %v1541 = arith.cmpi ult, %v1540, %v2 : i64
                %v1542 = arith.muli %v1539, %v2 : i64
                %v1543 = arith.addi %v1542, %v72 : i64
                %v1544 = arith.muli %v1543, %v867 : i64
                %v1545 = arith.addi %v1544, %v1251 : i64
                scf.if %v1541 {
                  %v1546 = llvm.getelementptr %v61[%v1545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1538, %v1546 : f32, !llvm.ptr
                }
                llvm.store %v1449, %v50 : f32, !llvm.ptr
                llvm.store %v1449, %v51 : f32, !llvm.ptr
                llvm.store %v1449, %v52 : f32, !llvm.ptr
                llvm.store %v1449, %v53 : f32, !llvm.ptr
              }
              %v1547 = arith.addi %v380, %v72 : i64
              %v1549 = arith.cmpi slt, %v1548, %v634 : i32
              %v1550 = arith.cmpi eq, %v1548, %v640 : i32
              %v1551 = arith.addi %v382, %v76 : i64
              scf.if %v1549 {
                %v1552 = arith.addi %v89, %v1547 : i64
                %v1553 = arith.muli %v30, %v120 : i64
                %v1554 = arith.subi %v1552, %v89 : i64
                %v1555 = arith.addi %v1553, %v1554 : i64
                %v1556 = llvm.getelementptr %v63[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1557 = llvm.load %v1556 : !llvm.ptr -> f32
                %v1558 = arith.muli %v44, %v330 : i64
                %v1559 = arith.muli %v1552, %v329 : i64
                %v1560 = arith.addi %v1558, %v1559 : i64
                %v1561 = arith.muli %v42, %v328 : i64
                %v1562 = arith.addi %v1560, %v1561 : i64
                %v1563 = arith.muli %v40, %v2 : i64
                %v1564 = arith.addi %v1562, %v1563 : i64
                %v1565 = llvm.getelementptr %dy_o[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
                %v1567 = arith.mulf %v1557, %v470 fastmath<contract> : f32
                %v1568 = arith.constant 8 : i64
                %v1569 = arith.addi %v1568, %v30 : i64
                %v1570 = arith.muli %v1569, %v120 : i64
                %v1571 = arith.subi %v1552, %v89 : i64
                %v1572 = arith.addi %v1570, %v1571 : i64
                %v1573 = llvm.getelementptr %v63[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
                %v1575 = arith.mulf %v1574, %v472 fastmath<contract> : f32
                %v1576 = arith.addf %v1567, %v1575 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1577, %v1578 = gpu.shuffle xor %v1576, %v671, %v672 : f32
                %v1579 = arith.addf %v1576, %v1577 fastmath<contract> : f32
                %v1580, %v1581 = gpu.shuffle xor %v1579, %v676, %v672 : f32
                %v1582 = arith.addf %v1579, %v1580 fastmath<contract> : f32
                %v1583, %v1584 = gpu.shuffle xor %v1582, %v680, %v672 : f32
                %v1585 = arith.addf %v1582, %v1583 fastmath<contract> : f32
                // end sum over the lanes
                %v1586 = llvm.call_intrinsic "llvm.fabs.f32"(%v1585) : (f32) -> f32
                %v1587 = arith.maximumf %v71, %v1586 : f32
                %v1588 = arith.divf %v1566, %v1587 : f32
                %v1589 = arith.mulf %v1557, %v1588 fastmath<contract> : f32
                %v1590 = llvm.load %v46 : !llvm.ptr -> f32
                %v1591 = llvm.load %v50 : !llvm.ptr -> f32
                %v1592 = arith.mulf %v1591, %v1590 fastmath<contract> : f32
                %v1593 = arith.addf %v1589, %v1592 fastmath<contract> : f32
                llvm.store %v1593, %v46 : f32, !llvm.ptr
                %v1594 = arith.mulf %v1574, %v1588 fastmath<contract> : f32
                %v1595 = llvm.load %v47 : !llvm.ptr -> f32
                %v1596 = llvm.load %v51 : !llvm.ptr -> f32
                %v1597 = arith.mulf %v1596, %v1595 fastmath<contract> : f32
                %v1598 = arith.addf %v1594, %v1597 fastmath<contract> : f32
                llvm.store %v1598, %v47 : f32, !llvm.ptr
                %v1599 = arith.mulf %v1557, %v457 fastmath<contract> : f32
                %v1600 = arith.mulf %v1574, %v468 fastmath<contract> : f32
                %v1601 = arith.addf %v1599, %v1600 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1602, %v1603 = gpu.shuffle xor %v1601, %v671, %v672 : f32
                %v1604 = arith.addf %v1601, %v1602 fastmath<contract> : f32
                %v1605, %v1606 = gpu.shuffle xor %v1604, %v676, %v672 : f32
                %v1607 = arith.addf %v1604, %v1605 fastmath<contract> : f32
                %v1608, %v1609 = gpu.shuffle xor %v1607, %v680, %v672 : f32
                %v1610 = arith.addf %v1607, %v1608 fastmath<contract> : f32
                // end sum over the lanes
                %v1611 = arith.divf %v1610, %v1587 : f32
                %v1612 = arith.divf %v1611, %v1587 : f32
                %v1613 = arith.mulf %v1566, %v1612 fastmath<contract> : f32
                %v1614 = arith.negf %v1613 : f32
                %v1615 = arith.cmpf oge, %v71, %v1586 : f32
                %v1616 = arith.select %v1615, %v71, %v70 : f32
                %v1617 = arith.subf %v71, %v1616 fastmath<contract> : f32
                %v1618 = arith.mulf %v1614, %v1617 fastmath<contract> : f32
                %v1619 = arith.cmpf olt, %v1585, %v70 : f32
                %v1620 = arith.select %v1619, %v717, %v70 : f32
                %v1621 = arith.cmpf ogt, %v1585, %v70 : f32
                %v1622 = arith.select %v1621, %v71, %v1620 : f32
                %v1623 = arith.mulf %v1618, %v1622 fastmath<contract> : f32
                %v1624 = arith.mulf %v1557, %v1623 fastmath<contract> : f32
                %v1625 = llvm.load %v48 : !llvm.ptr -> f32
                %v1626 = llvm.load %v52 : !llvm.ptr -> f32
                %v1627 = arith.mulf %v1626, %v1625 fastmath<contract> : f32
                %v1628 = arith.addf %v1624, %v1627 fastmath<contract> : f32
                llvm.store %v1628, %v48 : f32, !llvm.ptr
                %v1629 = arith.mulf %v1574, %v1623 fastmath<contract> : f32
                %v1630 = llvm.load %v49 : !llvm.ptr -> f32
                %v1631 = llvm.load %v53 : !llvm.ptr -> f32
                %v1632 = arith.mulf %v1631, %v1630 fastmath<contract> : f32
                %v1633 = arith.addf %v1629, %v1632 fastmath<contract> : f32
                llvm.store %v1633, %v49 : f32, !llvm.ptr
                scf.if %v1550 {
                }
                %v1634 = arith.mulf %v470, %v1623 fastmath<contract> : f32
                %v1635 = arith.mulf %v457, %v1588 fastmath<contract> : f32
                %v1636 = arith.addf %v1634, %v1635 fastmath<contract> : f32
                %v1637 = arith.mulf %v472, %v1623 fastmath<contract> : f32
                %v1638 = arith.mulf %v468, %v1588 fastmath<contract> : f32
                %v1639 = arith.addf %v1637, %v1638 fastmath<contract> : f32
                %v1640 = arith.muli %v72, %v120 : i64
                %v1641 = arith.subi %v1552, %v89 : i64
                %v1642 = arith.addi %v1640, %v1641 : i64
                %v1643 = llvm.getelementptr %v67[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1644 = llvm.load %v1643 : !llvm.ptr -> f32
                %v1645 = arith.mulf %v1644, %v310 fastmath<contract> : f32
                %v1646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1645) : (f32) -> f32
                %v1647 = llvm.load %v48 : !llvm.ptr -> f32
                %v1648 = arith.muli %v44, %v330 : i64
                %v1649 = arith.muli %v1552, %v329 : i64
                %v1650 = arith.addi %v1648, %v1649 : i64
                %v1651 = arith.muli %v42, %v328 : i64
                %v1652 = arith.addi %v1650, %v1651 : i64
                %v1653 = arith.muli %v40, %v2 : i64
                %v1654 = arith.addi %v1652, %v1653 : i64
                %v1655 = llvm.getelementptr %in_v[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
                %v1657 = llvm.load %v46 : !llvm.ptr -> f32
                %v1658 = arith.mulf %v1656, %v1657 fastmath<contract> : f32
                %v1659 = arith.addf %v1647, %v1658 fastmath<contract> : f32
                %v1660 = arith.mulf %v1646, %v1659 fastmath<contract> : f32
                %v1661 = llvm.load %v49 : !llvm.ptr -> f32
                %v1662 = llvm.load %v47 : !llvm.ptr -> f32
                %v1663 = arith.mulf %v1656, %v1662 fastmath<contract> : f32
                %v1664 = arith.addf %v1661, %v1663 fastmath<contract> : f32
                %v1665 = arith.mulf %v1646, %v1664 fastmath<contract> : f32
                %v1666 = arith.muli %v30, %v120 : i64
                %v1667 = arith.subi %v1552, %v89 : i64
                %v1668 = arith.addi %v1666, %v1667 : i64
                %v1669 = llvm.getelementptr %v65[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1670 = llvm.load %v1669 : !llvm.ptr -> f32
                %v1671 = arith.mulf %v1646, %v1670 fastmath<contract> : f32
                %v1672 = arith.mulf %v1671, %v1657 fastmath<contract> : f32
                %v1673 = arith.constant 8 : i64
                %v1674 = arith.addi %v1673, %v30 : i64
                %v1675 = arith.muli %v1674, %v120 : i64
                %v1676 = arith.subi %v1552, %v89 : i64
                %v1677 = arith.addi %v1675, %v1676 : i64
                %v1678 = llvm.getelementptr %v65[%v1677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
                %v1680 = arith.mulf %v1646, %v1679 fastmath<contract> : f32
                %v1681 = arith.mulf %v1680, %v1662 fastmath<contract> : f32
                %v1682 = arith.addf %v1672, %v1681 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1683, %v1684 = gpu.shuffle xor %v1682, %v671, %v672 : f32
                %v1685 = arith.addf %v1682, %v1683 fastmath<contract> : f32
                %v1686, %v1687 = gpu.shuffle xor %v1685, %v676, %v672 : f32
                %v1688 = arith.addf %v1685, %v1686 fastmath<contract> : f32
                %v1689, %v1690 = gpu.shuffle xor %v1688, %v680, %v672 : f32
                %v1691 = arith.addf %v1688, %v1689 fastmath<contract> : f32
                // end sum over the lanes
                %v1692 = arith.cmpi eq, %v30, %v72 : i64
                %v1693 = arith.andi %v34, %v1692 : i1
                scf.if %v1693 {
                  %v1694 = arith.muli %v44, %v330 : i64
                  %v1695 = arith.muli %v1552, %v329 : i64
                  %v1696 = arith.addi %v1694, %v1695 : i64
                  %v1697 = arith.muli %v42, %v328 : i64
                  %v1698 = arith.addi %v1696, %v1697 : i64
                  %v1699 = arith.muli %v40, %v2 : i64
                  %v1700 = arith.addi %v1698, %v1699 : i64
                  %v1701 = llvm.getelementptr %dx_v[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1691, %v1701 : f32, !llvm.ptr
                }
                %v1702 = arith.mulf %v1670, %v1659 fastmath<contract> : f32
                %v1703 = arith.mulf %v1679, %v1664 fastmath<contract> : f32
                %v1704 = arith.addf %v1702, %v1703 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1705, %v1706 = gpu.shuffle xor %v1704, %v671, %v672 : f32
                %v1707 = arith.addf %v1704, %v1705 fastmath<contract> : f32
                %v1708, %v1709 = gpu.shuffle xor %v1707, %v676, %v672 : f32
                %v1710 = arith.addf %v1707, %v1708 fastmath<contract> : f32
                %v1711, %v1712 = gpu.shuffle xor %v1710, %v680, %v672 : f32
                %v1713 = arith.addf %v1710, %v1711 fastmath<contract> : f32
                // end sum over the lanes
                %v1714 = arith.mulf %v1646, %v1713 fastmath<contract> : f32
                %v1715 = arith.mulf %v392, %v1657 fastmath<contract> : f32
                %v1716 = arith.mulf %v401, %v1662 fastmath<contract> : f32
                %v1717 = arith.addf %v1715, %v1716 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1718, %v1719 = gpu.shuffle xor %v1717, %v671, %v672 : f32
                %v1720 = arith.addf %v1717, %v1718 fastmath<contract> : f32
                %v1721, %v1722 = gpu.shuffle xor %v1720, %v676, %v672 : f32
                %v1723 = arith.addf %v1720, %v1721 fastmath<contract> : f32
                %v1724, %v1725 = gpu.shuffle xor %v1723, %v680, %v672 : f32
                %v1726 = arith.addf %v1723, %v1724 fastmath<contract> : f32
                // end sum over the lanes
                %v1727 = arith.mulf %v410, %v1647 fastmath<contract> : f32
                %v1728 = arith.mulf %v419, %v1661 fastmath<contract> : f32
                %v1729 = arith.addf %v1727, %v1728 fastmath<contract> : f32
                // sum over the lanes: butterfly shuffles, every lane gets the total
                %v1730, %v1731 = gpu.shuffle xor %v1729, %v671, %v672 : f32
                %v1732 = arith.addf %v1729, %v1730 fastmath<contract> : f32
                %v1733, %v1734 = gpu.shuffle xor %v1732, %v676, %v672 : f32
                %v1735 = arith.addf %v1732, %v1733 fastmath<contract> : f32
                %v1736, %v1737 = gpu.shuffle xor %v1735, %v680, %v672 : f32
                %v1738 = arith.addf %v1735, %v1736 fastmath<contract> : f32
                // end sum over the lanes
                %v1739 = arith.addf %v1726, %v1738 fastmath<contract> : f32
                %v1740 = arith.muli %v72, %v120 : i64
                %v1741 = arith.subi %v1552, %v89 : i64
                %v1742 = arith.addi %v1740, %v1741 : i64
                %v1743 = llvm.getelementptr %v69[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v1744 = llvm.load %v1743 : !llvm.ptr -> f32
                %v1745 = arith.negf %v1744 : f32
                %v1746 = arith.mulf %v1745, %v310 fastmath<contract> : f32
                %v1747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1746) : (f32) -> f32
                %v1748 = arith.addf %v71, %v1747 fastmath<contract> : f32
                %v1749 = arith.divf %v71, %v1748 : f32
                %v1750 = arith.subf %v71, %v1749 fastmath<contract> : f32
                %v1751 = arith.mulf %v1749, %v1750 fastmath<contract> : f32
                %v1752 = arith.mulf %v1739, %v1751 fastmath<contract> : f32
                %v1753 = arith.select %v34, %v1636, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1754, %v1755 = gpu.shuffle xor %v1753, %v853, %v672 : f32
                %v1756 = arith.addf %v1753, %v1754 fastmath<contract> : f32
                %v1757, %v1758 = gpu.shuffle xor %v1756, %v857, %v672 : f32
                %v1759 = arith.addf %v1756, %v1757 fastmath<contract> : f32
                %v1760 = arith.divui %v20, %v22 : i64
                %v1761 = arith.remui %v20, %v22 : i64
                %v1762 = arith.cmpi ult, %v1761, %v29 : i64
                %v1763 = arith.addi %v72, %v30 : i64
                %v1764 = arith.muli %v1760, %v1 : i64
                %v1765 = arith.addi %v1764, %v1763 : i64
                %v1766 = arith.muli %v1765, %v867 : i64
                %v1767 = arith.addi %v1766, %v1551 : i64
                scf.if %v1762 {
                  %v1768 = llvm.getelementptr %v55[%v1767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1759, %v1768 : f32, !llvm.ptr
                }
                %v1769 = arith.select %v34, %v1639, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1770, %v1771 = gpu.shuffle xor %v1769, %v853, %v672 : f32
                %v1772 = arith.addf %v1769, %v1770 fastmath<contract> : f32
                %v1773, %v1774 = gpu.shuffle xor %v1772, %v857, %v672 : f32
                %v1775 = arith.addf %v1772, %v1773 fastmath<contract> : f32
                %v1776 = arith.divui %v20, %v22 : i64
                %v1777 = arith.remui %v20, %v22 : i64
                %v1778 = arith.cmpi ult, %v1777, %v29 : i64
                %v1779 = arith.addi %v29, %v30 : i64
                %v1780 = arith.muli %v1776, %v1 : i64
                %v1781 = arith.addi %v1780, %v1779 : i64
                %v1782 = arith.muli %v1781, %v867 : i64
                %v1783 = arith.addi %v1782, %v1551 : i64
                scf.if %v1778 {
                  %v1784 = llvm.getelementptr %v55[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1775, %v1784 : f32, !llvm.ptr
                }
                %v1785 = arith.select %v34, %v1660, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1786, %v1787 = gpu.shuffle xor %v1785, %v853, %v672 : f32
                %v1788 = arith.addf %v1785, %v1786 fastmath<contract> : f32
                %v1789, %v1790 = gpu.shuffle xor %v1788, %v857, %v672 : f32
                %v1791 = arith.addf %v1788, %v1789 fastmath<contract> : f32
                %v1792 = arith.divui %v20, %v22 : i64
                %v1793 = arith.remui %v20, %v22 : i64
                %v1794 = arith.cmpi ult, %v1793, %v29 : i64
                %v1795 = arith.addi %v72, %v30 : i64
                %v1796 = arith.muli %v1792, %v1 : i64
                %v1797 = arith.addi %v1796, %v1795 : i64
                %v1798 = arith.muli %v1797, %v867 : i64
                %v1799 = arith.addi %v1798, %v1551 : i64
                scf.if %v1794 {
                  %v1800 = llvm.getelementptr %v57[%v1799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1791, %v1800 : f32, !llvm.ptr
                }
                %v1801 = arith.select %v34, %v1665, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1802, %v1803 = gpu.shuffle xor %v1801, %v853, %v672 : f32
                %v1804 = arith.addf %v1801, %v1802 fastmath<contract> : f32
                %v1805, %v1806 = gpu.shuffle xor %v1804, %v857, %v672 : f32
                %v1807 = arith.addf %v1804, %v1805 fastmath<contract> : f32
                %v1808 = arith.divui %v20, %v22 : i64
                %v1809 = arith.remui %v20, %v22 : i64
                %v1810 = arith.cmpi ult, %v1809, %v29 : i64
                %v1811 = arith.addi %v29, %v30 : i64
                %v1812 = arith.muli %v1808, %v1 : i64
                %v1813 = arith.addi %v1812, %v1811 : i64
                %v1814 = arith.muli %v1813, %v867 : i64
                %v1815 = arith.addi %v1814, %v1551 : i64
                scf.if %v1810 {
                  %v1816 = llvm.getelementptr %v57[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1807, %v1816 : f32, !llvm.ptr
                }
                %v1817 = arith.select %v34, %v1714, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1818, %v1819 = gpu.shuffle xor %v1817, %v853, %v672 : f32
                %v1820 = arith.addf %v1817, %v1818 fastmath<contract> : f32
                %v1821, %v1822 = gpu.shuffle xor %v1820, %v857, %v672 : f32
                %v1823 = arith.addf %v1820, %v1821 fastmath<contract> : f32
                %v1824 = arith.divui %v20, %v22 : i64
                %v1825 = arith.remui %v20, %v22 : i64
                %v1826 = arith.cmpi ult, %v1825, %v2 : i64
                %v1827 = arith.muli %v1824, %v2 : i64
                %v1828 = arith.addi %v1827, %v72 : i64
                %v1829 = arith.muli %v1828, %v867 : i64
                %v1830 = arith.addi %v1829, %v1551 : i64
                scf.if %v1826 {
                  %v1831 = llvm.getelementptr %v59[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1823, %v1831 : f32, !llvm.ptr
                }
                %v1832 = arith.select %v34, %v1752, %v70 : f32
                // sum over the warp's outer points: shuffles
                %v1833, %v1834 = gpu.shuffle xor %v1832, %v853, %v672 : f32
                %v1835 = arith.addf %v1832, %v1833 fastmath<contract> : f32
                %v1836, %v1837 = gpu.shuffle xor %v1835, %v857, %v672 : f32
                %v1838 = arith.addf %v1835, %v1836 fastmath<contract> : f32
                %v1839 = arith.divui %v20, %v22 : i64
                %v1840 = arith.remui %v20, %v22 : i64
                %v1841 = arith.cmpi ult, %v1840, %v2 : i64
                %v1842 = arith.muli %v1839, %v2 : i64
                %v1843 = arith.addi %v1842, %v72 : i64
                %v1844 = arith.muli %v1843, %v867 : i64
                %v1845 = arith.addi %v1844, %v1551 : i64
                scf.if %v1841 {
                  %v1846 = llvm.getelementptr %v61[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  llvm.store %v1838, %v1846 : f32, !llvm.ptr
                }
                llvm.store %v1749, %v50 : f32, !llvm.ptr
                llvm.store %v1749, %v51 : f32, !llvm.ptr
                llvm.store %v1749, %v52 : f32, !llvm.ptr
                llvm.store %v1749, %v53 : f32, !llvm.ptr
              }
            }
          }
          gpu.barrier
          %v1852 = arith.index_cast %v20 : i64 to index
          %v1853 = arith.index_cast %v1851 : i64 to index
          %v1854 = arith.index_cast %v96 : i64 to index
          scf.for %v1855 = %v1852 to %v1853 step %v1854 {
            %v1856 = arith.index_cast %v1855 : index to i64
            %v1857 = arith.remui %v1856, %v22 : i64
            %v1858 = arith.divui %v1856, %v22 : i64
            %v1859 = arith.muli %v369, %v29 : i64
            %v1860 = arith.divui %v1857, %v75 : i64
            %v1861 = arith.addi %v1859, %v1860 : i64
            %v1862 = arith.cmpi slt, %v1861, %v93 : i64
            %v1863 = arith.subi %v93, %v2 : i64
            %v1864 = arith.subi %v1863, %v1861 : i64
            %v1865 = arith.remui %v1857, %v75 : i64
            %v1866 = arith.subi %v76, %v1865 : i64
            %v1867 = arith.muli %v1864, %v75 : i64
            %v1868 = arith.addi %v1867, %v1866 : i64
            %v1869 = arith.cmpi slt, %v1868, %v91 : i64
            %v1870 = arith.andi %v1862, %v1869 : i1
            scf.if %v1870 {
              %v1871 = arith.addi %v89, %v1868 : i64
              %v1872 = arith.muli %v72, %v1 : i64
              %v1873 = arith.addi %v1872, %v1858 : i64
              %v1874 = arith.muli %v1873, %v867 : i64
              %v1875 = arith.addi %v1874, %v1857 : i64
              %v1876 = llvm.getelementptr %v55[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
              %v1878 = arith.muli %v2, %v1 : i64
              %v1879 = arith.addi %v1878, %v1858 : i64
              %v1880 = arith.muli %v1879, %v867 : i64
              %v1881 = arith.addi %v1880, %v1857 : i64
              %v1882 = llvm.getelementptr %v55[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1883 = llvm.load %v1882 : !llvm.ptr -> f32
              %v1884 = arith.addf %v1877, %v1883 fastmath<contract> : f32
              %v1885 = arith.muli %v526, %v1 : i64
              %v1886 = arith.addi %v1885, %v1858 : i64
              %v1887 = arith.muli %v1886, %v867 : i64
              %v1888 = arith.addi %v1887, %v1857 : i64
              %v1889 = llvm.getelementptr %v55[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
              %v1891 = arith.addf %v1884, %v1890 fastmath<contract> : f32
              %v1892 = arith.muli %v76, %v1 : i64
              %v1893 = arith.addi %v1892, %v1858 : i64
              %v1894 = arith.muli %v1893, %v867 : i64
              %v1895 = arith.addi %v1894, %v1857 : i64
              %v1896 = llvm.getelementptr %v55[%v1895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1897 = llvm.load %v1896 : !llvm.ptr -> f32
              %v1898 = arith.addf %v1891, %v1897 fastmath<contract> : f32
              %v1899 = arith.muli %v75, %v1 : i64
              %v1900 = arith.addi %v1899, %v1858 : i64
              %v1901 = arith.muli %v1900, %v867 : i64
              %v1902 = arith.addi %v1901, %v1857 : i64
              %v1903 = llvm.getelementptr %v55[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1904 = llvm.load %v1903 : !llvm.ptr -> f32
              %v1905 = arith.addf %v1898, %v1904 fastmath<contract> : f32
              %v1907 = arith.muli %v1906, %v1 : i64
              %v1908 = arith.addi %v1907, %v1858 : i64
              %v1909 = arith.muli %v1908, %v867 : i64
              %v1910 = arith.addi %v1909, %v1857 : i64
              %v1911 = llvm.getelementptr %v55[%v1910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
              %v1913 = arith.addf %v1905, %v1912 fastmath<contract> : f32
              %v1915 = arith.muli %v1914, %v1 : i64
              %v1916 = arith.addi %v1915, %v1858 : i64
              %v1917 = arith.muli %v1916, %v867 : i64
              %v1918 = arith.addi %v1917, %v1857 : i64
              %v1919 = llvm.getelementptr %v55[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
              %v1921 = arith.addf %v1913, %v1920 fastmath<contract> : f32
              %v1922 = arith.muli %v362, %v1 : i64
              %v1923 = arith.addi %v1922, %v1858 : i64
              %v1924 = arith.muli %v1923, %v867 : i64
              %v1925 = arith.addi %v1924, %v1857 : i64
              %v1926 = llvm.getelementptr %v55[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1927 = llvm.load %v1926 : !llvm.ptr -> f32
              %v1928 = arith.addf %v1921, %v1927 fastmath<contract> : f32
              %v1929 = arith.remui %v1858, %v1 : i64
              %v1930 = arith.divui %v1858, %v1 : i64
              %v1931 = arith.muli %v44, %v110 : i64
              %v1932 = arith.muli %v1871, %v109 : i64
              %v1933 = arith.addi %v1931, %v1932 : i64
              %v1934 = arith.muli %v42, %v108 : i64
              %v1935 = arith.addi %v1933, %v1934 : i64
              %v1936 = arith.muli %v1929, %v2 : i64
              %v1937 = arith.addi %v1935, %v1936 : i64
              %v1938 = arith.muli %v28, %v1850 : i64
              %v1939 = arith.addi %v1938, %v1937 : i64
              %v1940 = llvm.getelementptr %part_q[%v1939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v1928, %v1940 : f32, !llvm.ptr
            }
          }
          %v1945 = arith.index_cast %v20 : i64 to index
          %v1946 = arith.index_cast %v1851 : i64 to index
          %v1947 = arith.index_cast %v96 : i64 to index
          scf.for %v1948 = %v1945 to %v1946 step %v1947 {
            %v1949 = arith.index_cast %v1948 : index to i64
            %v1950 = arith.remui %v1949, %v22 : i64
            %v1951 = arith.divui %v1949, %v22 : i64
            %v1952 = arith.muli %v369, %v29 : i64
            %v1953 = arith.divui %v1950, %v75 : i64
            %v1954 = arith.addi %v1952, %v1953 : i64
            %v1955 = arith.cmpi slt, %v1954, %v93 : i64
            %v1956 = arith.subi %v93, %v2 : i64
            %v1957 = arith.subi %v1956, %v1954 : i64
            %v1958 = arith.remui %v1950, %v75 : i64
            %v1959 = arith.subi %v76, %v1958 : i64
            %v1960 = arith.muli %v1957, %v75 : i64
            %v1961 = arith.addi %v1960, %v1959 : i64
            %v1962 = arith.cmpi slt, %v1961, %v91 : i64
            %v1963 = arith.andi %v1955, %v1962 : i1
            scf.if %v1963 {
              %v1964 = arith.addi %v89, %v1961 : i64
              %v1965 = arith.muli %v72, %v1 : i64
              %v1966 = arith.addi %v1965, %v1951 : i64
              %v1967 = arith.muli %v1966, %v867 : i64
              %v1968 = arith.addi %v1967, %v1950 : i64
              %v1969 = llvm.getelementptr %v57[%v1968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1970 = llvm.load %v1969 : !llvm.ptr -> f32
              %v1971 = arith.muli %v2, %v1 : i64
              %v1972 = arith.addi %v1971, %v1951 : i64
              %v1973 = arith.muli %v1972, %v867 : i64
              %v1974 = arith.addi %v1973, %v1950 : i64
              %v1975 = llvm.getelementptr %v57[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1976 = llvm.load %v1975 : !llvm.ptr -> f32
              %v1977 = arith.addf %v1970, %v1976 fastmath<contract> : f32
              %v1978 = arith.muli %v526, %v1 : i64
              %v1979 = arith.addi %v1978, %v1951 : i64
              %v1980 = arith.muli %v1979, %v867 : i64
              %v1981 = arith.addi %v1980, %v1950 : i64
              %v1982 = llvm.getelementptr %v57[%v1981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
              %v1984 = arith.addf %v1977, %v1983 fastmath<contract> : f32
              %v1985 = arith.muli %v76, %v1 : i64
              %v1986 = arith.addi %v1985, %v1951 : i64
              %v1987 = arith.muli %v1986, %v867 : i64
              %v1988 = arith.addi %v1987, %v1950 : i64
              %v1989 = llvm.getelementptr %v57[%v1988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1990 = llvm.load %v1989 : !llvm.ptr -> f32
              %v1991 = arith.addf %v1984, %v1990 fastmath<contract> : f32
              %v1992 = arith.muli %v75, %v1 : i64
              %v1993 = arith.addi %v1992, %v1951 : i64
              %v1994 = arith.muli %v1993, %v867 : i64
              %v1995 = arith.addi %v1994, %v1950 : i64
              %v1996 = llvm.getelementptr %v57[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
              %v1998 = arith.addf %v1991, %v1997 fastmath<contract> : f32
              %v1999 = arith.muli %v1906, %v1 : i64
              %v2000 = arith.addi %v1999, %v1951 : i64
              %v2001 = arith.muli %v2000, %v867 : i64
              %v2002 = arith.addi %v2001, %v1950 : i64
              %v2003 = llvm.getelementptr %v57[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2004 = llvm.load %v2003 : !llvm.ptr -> f32
              %v2005 = arith.addf %v1998, %v2004 fastmath<contract> : f32
              %v2006 = arith.muli %v1914, %v1 : i64
              %v2007 = arith.addi %v2006, %v1951 : i64
              %v2008 = arith.muli %v2007, %v867 : i64
              %v2009 = arith.addi %v2008, %v1950 : i64
              %v2010 = llvm.getelementptr %v57[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2011 = llvm.load %v2010 : !llvm.ptr -> f32
              %v2012 = arith.addf %v2005, %v2011 fastmath<contract> : f32
              %v2013 = arith.muli %v362, %v1 : i64
              %v2014 = arith.addi %v2013, %v1951 : i64
              %v2015 = arith.muli %v2014, %v867 : i64
              %v2016 = arith.addi %v2015, %v1950 : i64
              %v2017 = llvm.getelementptr %v57[%v2016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2018 = llvm.load %v2017 : !llvm.ptr -> f32
              %v2019 = arith.addf %v2012, %v2018 fastmath<contract> : f32
              %v2020 = arith.remui %v1951, %v1 : i64
              %v2021 = arith.divui %v1951, %v1 : i64
              %v2022 = arith.muli %v44, %v110 : i64
              %v2023 = arith.muli %v1964, %v109 : i64
              %v2024 = arith.addi %v2022, %v2023 : i64
              %v2025 = arith.muli %v42, %v108 : i64
              %v2026 = arith.addi %v2024, %v2025 : i64
              %v2027 = arith.muli %v2020, %v2 : i64
              %v2028 = arith.addi %v2026, %v2027 : i64
              %v2029 = arith.muli %v28, %v1944 : i64
              %v2030 = arith.addi %v2029, %v2028 : i64
              %v2031 = llvm.getelementptr %part_k[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2019, %v2031 : f32, !llvm.ptr
            }
          }
          %v2035 = arith.index_cast %v20 : i64 to index
          %v2036 = arith.index_cast %v22 : i64 to index
          %v2037 = arith.index_cast %v96 : i64 to index
          scf.for %v2038 = %v2035 to %v2036 step %v2037 {
            %v2039 = arith.index_cast %v2038 : index to i64
            %v2040 = arith.remui %v2039, %v22 : i64
            %v2041 = arith.divui %v2039, %v22 : i64
            %v2042 = arith.muli %v369, %v29 : i64
            %v2043 = arith.divui %v2040, %v75 : i64
            %v2044 = arith.addi %v2042, %v2043 : i64
            %v2045 = arith.cmpi slt, %v2044, %v93 : i64
            %v2046 = arith.subi %v93, %v2 : i64
            %v2047 = arith.subi %v2046, %v2044 : i64
            %v2048 = arith.remui %v2040, %v75 : i64
            %v2049 = arith.subi %v76, %v2048 : i64
            %v2050 = arith.muli %v2047, %v75 : i64
            %v2051 = arith.addi %v2050, %v2049 : i64
            %v2052 = arith.cmpi slt, %v2051, %v91 : i64
            %v2053 = arith.andi %v2045, %v2052 : i1
            scf.if %v2053 {
              %v2054 = arith.addi %v89, %v2051 : i64
              %v2055 = arith.muli %v72, %v2 : i64
              %v2056 = arith.addi %v2055, %v2041 : i64
              %v2057 = arith.muli %v2056, %v867 : i64
              %v2058 = arith.addi %v2057, %v2040 : i64
              %v2059 = llvm.getelementptr %v59[%v2058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2060 = llvm.load %v2059 : !llvm.ptr -> f32
              %v2061 = arith.muli %v2, %v2 : i64
              %v2062 = arith.addi %v2061, %v2041 : i64
              %v2063 = arith.muli %v2062, %v867 : i64
              %v2064 = arith.addi %v2063, %v2040 : i64
              %v2065 = llvm.getelementptr %v59[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2066 = llvm.load %v2065 : !llvm.ptr -> f32
              %v2067 = arith.addf %v2060, %v2066 fastmath<contract> : f32
              %v2068 = arith.muli %v526, %v2 : i64
              %v2069 = arith.addi %v2068, %v2041 : i64
              %v2070 = arith.muli %v2069, %v867 : i64
              %v2071 = arith.addi %v2070, %v2040 : i64
              %v2072 = llvm.getelementptr %v59[%v2071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
              %v2074 = arith.addf %v2067, %v2073 fastmath<contract> : f32
              %v2075 = arith.muli %v76, %v2 : i64
              %v2076 = arith.addi %v2075, %v2041 : i64
              %v2077 = arith.muli %v2076, %v867 : i64
              %v2078 = arith.addi %v2077, %v2040 : i64
              %v2079 = llvm.getelementptr %v59[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2080 = llvm.load %v2079 : !llvm.ptr -> f32
              %v2081 = arith.addf %v2074, %v2080 fastmath<contract> : f32
              %v2082 = arith.muli %v75, %v2 : i64
              %v2083 = arith.addi %v2082, %v2041 : i64
              %v2084 = arith.muli %v2083, %v867 : i64
              %v2085 = arith.addi %v2084, %v2040 : i64
              %v2086 = llvm.getelementptr %v59[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
              %v2088 = arith.addf %v2081, %v2087 fastmath<contract> : f32
              %v2089 = arith.muli %v1906, %v2 : i64
              %v2090 = arith.addi %v2089, %v2041 : i64
              %v2091 = arith.muli %v2090, %v867 : i64
              %v2092 = arith.addi %v2091, %v2040 : i64
              %v2093 = llvm.getelementptr %v59[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2094 = llvm.load %v2093 : !llvm.ptr -> f32
              %v2095 = arith.addf %v2088, %v2094 fastmath<contract> : f32
              %v2096 = arith.muli %v1914, %v2 : i64
              %v2097 = arith.addi %v2096, %v2041 : i64
              %v2098 = arith.muli %v2097, %v867 : i64
              %v2099 = arith.addi %v2098, %v2040 : i64
              %v2100 = llvm.getelementptr %v59[%v2099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2101 = llvm.load %v2100 : !llvm.ptr -> f32
              %v2102 = arith.addf %v2095, %v2101 fastmath<contract> : f32
              %v2103 = arith.muli %v362, %v2 : i64
              %v2104 = arith.addi %v2103, %v2041 : i64
              %v2105 = arith.muli %v2104, %v867 : i64
              %v2106 = arith.addi %v2105, %v2040 : i64
              %v2107 = llvm.getelementptr %v59[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2108 = llvm.load %v2107 : !llvm.ptr -> f32
              %v2109 = arith.addf %v2102, %v2108 fastmath<contract> : f32
              %v2110 = arith.muli %v44, %v157 : i64
              %v2111 = arith.muli %v2054, %v156 : i64
              %v2112 = arith.addi %v2110, %v2111 : i64
              %v2113 = arith.muli %v42, %v2 : i64
              %v2114 = arith.addi %v2112, %v2113 : i64
              %v2115 = arith.muli %v28, %v2034 : i64
              %v2116 = arith.addi %v2115, %v2114 : i64
              %v2117 = llvm.getelementptr %part_ig[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2109, %v2117 : f32, !llvm.ptr
            }
          }
          %v2121 = arith.index_cast %v20 : i64 to index
          %v2122 = arith.index_cast %v22 : i64 to index
          %v2123 = arith.index_cast %v96 : i64 to index
          scf.for %v2124 = %v2121 to %v2122 step %v2123 {
            %v2125 = arith.index_cast %v2124 : index to i64
            %v2126 = arith.remui %v2125, %v22 : i64
            %v2127 = arith.divui %v2125, %v22 : i64
            %v2128 = arith.muli %v369, %v29 : i64
            %v2129 = arith.divui %v2126, %v75 : i64
            %v2130 = arith.addi %v2128, %v2129 : i64
            %v2131 = arith.cmpi slt, %v2130, %v93 : i64
            %v2132 = arith.subi %v93, %v2 : i64
            %v2133 = arith.subi %v2132, %v2130 : i64
            %v2134 = arith.remui %v2126, %v75 : i64
            %v2135 = arith.subi %v76, %v2134 : i64
            %v2136 = arith.muli %v2133, %v75 : i64
            %v2137 = arith.addi %v2136, %v2135 : i64
            %v2138 = arith.cmpi slt, %v2137, %v91 : i64
            %v2139 = arith.andi %v2131, %v2138 : i1
            scf.if %v2139 {
              %v2140 = arith.addi %v89, %v2137 : i64
              %v2141 = arith.muli %v72, %v2 : i64
              %v2142 = arith.addi %v2141, %v2127 : i64
              %v2143 = arith.muli %v2142, %v867 : i64
              %v2144 = arith.addi %v2143, %v2126 : i64
              %v2145 = llvm.getelementptr %v61[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2146 = llvm.load %v2145 : !llvm.ptr -> f32
              %v2147 = arith.muli %v2, %v2 : i64
              %v2148 = arith.addi %v2147, %v2127 : i64
              %v2149 = arith.muli %v2148, %v867 : i64
              %v2150 = arith.addi %v2149, %v2126 : i64
              %v2151 = llvm.getelementptr %v61[%v2150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
              %v2153 = arith.addf %v2146, %v2152 fastmath<contract> : f32
              %v2154 = arith.muli %v526, %v2 : i64
              %v2155 = arith.addi %v2154, %v2127 : i64
              %v2156 = arith.muli %v2155, %v867 : i64
              %v2157 = arith.addi %v2156, %v2126 : i64
              %v2158 = llvm.getelementptr %v61[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
              %v2160 = arith.addf %v2153, %v2159 fastmath<contract> : f32
              %v2161 = arith.muli %v76, %v2 : i64
              %v2162 = arith.addi %v2161, %v2127 : i64
              %v2163 = arith.muli %v2162, %v867 : i64
              %v2164 = arith.addi %v2163, %v2126 : i64
              %v2165 = llvm.getelementptr %v61[%v2164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
              %v2167 = arith.addf %v2160, %v2166 fastmath<contract> : f32
              %v2168 = arith.muli %v75, %v2 : i64
              %v2169 = arith.addi %v2168, %v2127 : i64
              %v2170 = arith.muli %v2169, %v867 : i64
              %v2171 = arith.addi %v2170, %v2126 : i64
              %v2172 = llvm.getelementptr %v61[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2173 = llvm.load %v2172 : !llvm.ptr -> f32
              %v2174 = arith.addf %v2167, %v2173 fastmath<contract> : f32
              %v2175 = arith.muli %v1906, %v2 : i64
              %v2176 = arith.addi %v2175, %v2127 : i64
              %v2177 = arith.muli %v2176, %v867 : i64
              %v2178 = arith.addi %v2177, %v2126 : i64
              %v2179 = llvm.getelementptr %v61[%v2178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
              %v2181 = arith.addf %v2174, %v2180 fastmath<contract> : f32
              %v2182 = arith.muli %v1914, %v2 : i64
              %v2183 = arith.addi %v2182, %v2127 : i64
              %v2184 = arith.muli %v2183, %v867 : i64
              %v2185 = arith.addi %v2184, %v2126 : i64
              %v2186 = llvm.getelementptr %v61[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2187 = llvm.load %v2186 : !llvm.ptr -> f32
              %v2188 = arith.addf %v2181, %v2187 fastmath<contract> : f32
              %v2189 = arith.muli %v362, %v2 : i64
              %v2190 = arith.addi %v2189, %v2127 : i64
              %v2191 = arith.muli %v2190, %v867 : i64
              %v2192 = arith.addi %v2191, %v2126 : i64
              %v2193 = llvm.getelementptr %v61[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
              %v2195 = arith.addf %v2188, %v2194 fastmath<contract> : f32
              %v2196 = arith.muli %v44, %v157 : i64
              %v2197 = arith.muli %v2140, %v156 : i64
              %v2198 = arith.addi %v2196, %v2197 : i64
              %v2199 = arith.muli %v42, %v2 : i64
              %v2200 = arith.addi %v2198, %v2199 : i64
              %v2201 = arith.muli %v28, %v2120 : i64
              %v2202 = arith.addi %v2201, %v2200 : i64
              %v2203 = llvm.getelementptr %part_fg[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v2195, %v2203 : f32, !llvm.ptr
            }
          }
          gpu.barrier
        }
      }
      %v2204 = arith.constant true
      scf.if %v2204 {
      }
      gpu.return
    }
  }
}
