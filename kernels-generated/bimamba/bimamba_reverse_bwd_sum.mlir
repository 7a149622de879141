module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @bimamba_reverse_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = arith.constant 255 : i64
      %v5 = arith.addi %size_L, %v4 : i64
      %v6 = arith.constant 256 : i64
      %v7 = arith.divui %v5, %v6 : i64
      %v8 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = arith.constant 32 : i64
      %v19 = arith.constant 31 : i64
      %v30 = arith.constant 8 : i64
      %v45 = arith.constant 4 : i64
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Bm : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Cm : !llvm.ptr<3>
      %v62 = llvm.addrspacecast %v61 : !llvm.ptr<3> to !llvm.ptr
      %v63 = arith.constant 0x00000000 : f32
      %v64 = arith.constant 0x3F800000 : f32
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = arith.constant 0 : i64
      %v69 = arith.muli %v1, %size_D : i64
      %v108 = arith.constant 64 : i64
      %v109 = arith.constant 7 : i64
      %v110 = arith.constant 63 : i64
      %v165 = arith.constant 1024 : i64
      %v177 = arith.muli %size_L, %v1 : i64
      %v181 = arith.subi %size_L, %v2 : i64
      %v186 = arith.constant 65 : i64
      %v232 = arith.muli %size_L, %size_D : i64
      %v246 = arith.constant 0x3FB8AA3B : f32
      %v251 = arith.constant 0x3F317218 : f32
      %v253 = arith.constant 0x3E124925 : f32
      %v255 = arith.constant 0xBE2AAAAB : f32
      %v258 = arith.constant 0x3E4CCCCD : f32
      %v261 = arith.constant 0xBE800000 : f32
      %v264 = arith.constant 0x3EAAAAAB : f32
      %v267 = arith.constant 0xBF000000 : f32
      %v273 = arith.constant 0x3D800000 : f32
      %v317 = arith.constant 2147483647 : i64
      %v321 = arith.constant 7 : i32
      %v324 = arith.constant 32 : i32
      %v404 = arith.constant 6 : i64
      %v406 = arith.constant 6 : i32
      %v478 = arith.constant 5 : i64
      %v480 = arith.constant 5 : i32
      %v553 = arith.constant 4 : i32
      %v625 = arith.constant 3 : i64
      %v627 = arith.constant 3 : i32
      %v699 = arith.constant 2 : i64
      %v701 = arith.constant 2 : i32
      %v774 = arith.constant 1 : i32
      %v846 = arith.constant 0 : i32
      %v14 = gpu.block_id x
      %v15 = gpu.thread_id x
      %v16 = arith.index_cast %v15 : index to i64
      %v17 = arith.index_cast %v14 : index to i64
      %v20 = arith.addi %size_D, %v19 : i64
      %v21 = arith.divui %v20, %v18 : i64
      %v22 = arith.maxsi %v21, %v2 : i64
      %v23 = arith.maxsi %size_D, %v2 : i64
      %v24 = arith.divui %v3, %v23 : i64
      %v25 = arith.muli %v24, %v22 : i64
      %v26 = arith.divui %v17, %v25 : i64
      %v27 = arith.remui %v17, %v25 : i64
      %v28 = arith.divui %v27, %v22 : i64
      %v29 = arith.remui %v27, %v22 : i64
      %v31 = arith.remui %v16, %v30 : i64
      %v32 = arith.divui %v16, %v30 : i64
      %v33 = arith.muli %v29, %v18 : i64
      %v34 = arith.addi %v33, %v32 : i64
      %v35 = arith.cmpi slt, %v34, %size_D : i64
      %v36 = arith.muli %v28, %size_D : i64
      %v37 = arith.addi %v36, %v34 : i64
      %v38 = arith.subi %size_D, %v2 : i64
      %v39 = arith.minsi %v34, %v38 : i64
      %v40 = arith.addi %v36, %v39 : i64
      %v41 = arith.remui %v40, %size_D : i64
      %v42 = arith.divui %v40, %size_D : i64
      %v43 = arith.remui %v42, %size_B : i64
      %v44 = arith.divui %v42, %size_B : i64
      %v113 = arith.trunci %v16 : i64 to i32
      %v114 = arith.constant 24 : i32
      %v115 = arith.andi %v113, %v114 : i32
      %v116 = arith.constant 0 : i32
      %v117 = arith.ori %v115, %v116 : i32
      %v118 = arith.constant 0 : i64
      %v119 = arith.cmpi eq, %v31, %v118 : i64
      %v120 = arith.constant 1 : i32
      %v121 = arith.ori %v115, %v120 : i32
      %v122 = arith.constant 1 : i64
      %v123 = arith.cmpi eq, %v31, %v122 : i64
      %v124 = arith.constant 2 : i32
      %v125 = arith.ori %v115, %v124 : i32
      %v126 = arith.constant 2 : i64
      %v127 = arith.cmpi eq, %v31, %v126 : i64
      %v128 = arith.constant 3 : i32
      %v129 = arith.ori %v115, %v128 : i32
      %v130 = arith.constant 3 : i64
      %v131 = arith.cmpi eq, %v31, %v130 : i64
      %v132 = arith.constant 4 : i32
      %v133 = arith.ori %v115, %v132 : i32
      %v134 = arith.constant 4 : i64
      %v135 = arith.cmpi eq, %v31, %v134 : i64
      %v136 = arith.constant 5 : i32
      %v137 = arith.ori %v115, %v136 : i32
      %v138 = arith.constant 5 : i64
      %v139 = arith.cmpi eq, %v31, %v138 : i64
      %v140 = arith.constant 6 : i32
      %v141 = arith.ori %v115, %v140 : i32
      %v142 = arith.constant 6 : i64
      %v143 = arith.cmpi eq, %v31, %v142 : i64
      %v144 = arith.constant 7 : i32
      %v145 = arith.ori %v115, %v144 : i32
      %v146 = arith.constant 7 : i64
      %v147 = arith.cmpi eq, %v31, %v146 : i64
      %v240 = llvm.getelementptr %in_dt_bias[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v241 = llvm.load %v240 : !llvm.ptr -> f32
      %v388 = arith.muli %v41, %v1 : i64
      %v389 = arith.addi %v388, %v31 : i64
      %v390 = llvm.getelementptr %in_A[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = llvm.load %v390 : !llvm.ptr -> f32
      %v392 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v395 = arith.muli %v41, %v1 : i64
      %v396 = arith.constant 8 : i64
      %v397 = arith.addi %v396, %v31 : i64
      %v398 = arith.addi %v395, %v397 : i64
      %v399 = llvm.getelementptr %in_A[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v400 = llvm.load %v399 : !llvm.ptr -> f32
      %v401 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v472 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v475 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v546 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v549 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v619 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v622 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v693 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v696 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v767 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v770 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v840 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v843 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v912 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v915 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1063 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1066 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1135 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1138 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1207 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1210 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1279 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1282 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1351 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1354 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1423 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1426 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1495 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1498 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v1566 = arith.mulf %v391, %v246 fastmath<contract> : f32
      %v1569 = arith.mulf %v400, %v246 fastmath<contract> : f32
      %v46 = arith.muli %v26, %v45 : i64
      %v47 = arith.addi %v46, %v45 : i64
      %v48 = arith.muli %v26, %v3 : i64
      llvm.store %v63, %v49 : f32, !llvm.ptr
      llvm.store %v63, %v50 : f32, !llvm.ptr
      llvm.store %v64, %v51 : f32, !llvm.ptr
      llvm.store %v64, %v52 : f32, !llvm.ptr
      llvm.store %v63, %v53 : f32, !llvm.ptr
      llvm.store %v63, %v54 : f32, !llvm.ptr
      llvm.store %v63, %v55 : f32, !llvm.ptr
      llvm.store %v63, %v56 : f32, !llvm.ptr
      llvm.store %v63, %v57 : f32, !llvm.ptr
      llvm.store %v63, %v58 : f32, !llvm.ptr
      llvm.store %v64, %v65 : f32, !llvm.ptr
      llvm.store %v64, %v66 : f32, !llvm.ptr
      %v68 = arith.cmpi eq, %size_L, %v67 : i64
      scf.if %v68 {
        %v70 = arith.muli %v43, %v69 : i64
        %v71 = arith.muli %v41, %v1 : i64
        %v72 = arith.addi %v70, %v71 : i64
        %v73 = arith.addi %v72, %v31 : i64
        %v74 = llvm.mlir.zero : !llvm.ptr
        %v75 = llvm.icmp "ne" %in_h0, %v74 : !llvm.ptr
        %v76 = scf.if %v75 -> (f32) {
          %v77 = llvm.getelementptr %in_h0[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          scf.yield %v78 : f32
        } else {
          scf.yield %v63 : f32
        }
        llvm.store %v76, %v12 : f32, !llvm.ptr
        %v79 = arith.muli %v43, %v69 : i64
        %v80 = arith.muli %v41, %v1 : i64
        %v81 = arith.addi %v79, %v80 : i64
        %v82 = arith.constant 8 : i64
        %v83 = arith.addi %v82, %v31 : i64
        %v84 = arith.addi %v81, %v83 : i64
        %v85 = llvm.mlir.zero : !llvm.ptr
        %v86 = llvm.icmp "ne" %in_h0, %v85 : !llvm.ptr
        %v87 = scf.if %v86 -> (f32) {
          %v88 = llvm.getelementptr %in_h0[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v89 = llvm.load %v88 : !llvm.ptr -> f32
          scf.yield %v89 : f32
        } else {
          scf.yield %v63 : f32
        }
        llvm.store %v87, %v13 : f32, !llvm.ptr
        %v90 = arith.muli %v43, %v69 : i64
        %v91 = arith.muli %v41, %v1 : i64
        %v92 = arith.addi %v90, %v91 : i64
        %v93 = arith.addi %v92, %v31 : i64
        %v94 = llvm.getelementptr %dy_h_first[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v95 = llvm.load %v94 : !llvm.ptr -> f32
        %v96 = llvm.load %v49 : !llvm.ptr -> f32
        %v97 = arith.addf %v96, %v95 fastmath<contract> : f32
        llvm.store %v97, %v49 : f32, !llvm.ptr
        %v98 = arith.muli %v43, %v69 : i64
        %v99 = arith.muli %v41, %v1 : i64
        %v100 = arith.addi %v98, %v99 : i64
        %v101 = arith.constant 8 : i64
        %v102 = arith.addi %v101, %v31 : i64
        %v103 = arith.addi %v100, %v102 : i64
        %v104 = llvm.getelementptr %dy_h_first[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v105 = llvm.load %v104 : !llvm.ptr -> f32
        %v106 = llvm.load %v50 : !llvm.ptr -> f32
        %v107 = arith.addf %v106, %v105 fastmath<contract> : f32
        llvm.store %v107, %v50 : f32, !llvm.ptr
      }
      %v111 = arith.addi %size_L, %v110 : i64
      %v112 = arith.divui %v111, %v108 : i64
      %v148 = arith.minsi %v47, %v112 : i64
      %v149 = arith.muli %v26, %v30 : i64
      %v150 = arith.subi %v148, %v46 : i64
      %v151 = arith.maxsi %v150, %v67 : i64
      %v152 = arith.index_cast %v67 : i64 to index
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
        %v163 = arith.divui %v162, %v30 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v164 = arith.subi %size_L, %v2 : i64
        %v166 = arith.index_cast %v16 : i64 to index
        %v167 = arith.index_cast %v165 : i64 to index
        %v168 = arith.index_cast %v6 : i64 to index
        scf.for %v169 = %v166 to %v167 step %v168 {
          %v170 = arith.index_cast %v169 : index to i64
          %v171 = arith.remui %v170, %v108 : i64
          %v172 = arith.divui %v170, %v108 : i64
          %v173 = arith.addi %v159, %v171 : i64
          %v174 = arith.minsi %v173, %v164 : i64
          %v175 = arith.remui %v172, %v1 : i64
          %v176 = arith.divui %v172, %v1 : i64
          %v178 = arith.muli %v43, %v177 : i64
          %v179 = arith.muli %v175, %size_L : i64
          %v180 = arith.addi %v178, %v179 : i64
          %v182 = arith.subi %v181, %v174 : i64
          %v183 = arith.addi %v180, %v182 : i64
          %v184 = llvm.getelementptr %in_Bm[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v185 = llvm.load %v184 : !llvm.ptr -> f32
          %v187 = arith.muli %v172, %v186 : i64
          %v188 = arith.addi %v187, %v171 : i64
          %v189 = llvm.getelementptr %v60[%v188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v185, %v189 : f32, !llvm.ptr
        }
        %v190 = arith.index_cast %v16 : i64 to index
        %v191 = arith.index_cast %v165 : i64 to index
        %v192 = arith.index_cast %v6 : i64 to index
        scf.for %v193 = %v190 to %v191 step %v192 {
          %v194 = arith.index_cast %v193 : index to i64
          %v195 = arith.remui %v194, %v108 : i64
          %v196 = arith.divui %v194, %v108 : i64
          %v197 = arith.addi %v159, %v195 : i64
          %v198 = arith.minsi %v197, %v164 : i64
          %v199 = arith.remui %v196, %v1 : i64
          %v200 = arith.divui %v196, %v1 : i64
          %v201 = arith.muli %v43, %v177 : i64
          %v202 = arith.muli %v199, %size_L : i64
          %v203 = arith.addi %v201, %v202 : i64
          %v204 = arith.subi %v181, %v198 : i64
          %v205 = arith.addi %v203, %v204 : i64
          %v206 = llvm.getelementptr %in_Cm[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.muli %v196, %v186 : i64
          %v209 = arith.addi %v208, %v195 : i64
          %v210 = llvm.getelementptr %v62[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v207, %v210 : f32, !llvm.ptr
        }
        gpu.barrier
        %v211 = arith.index_cast %v67 : i64 to index
        %v212 = arith.index_cast %v2 : i64 to index
        %v213 = arith.index_cast %v2 : i64 to index
        scf.for %v214 = %v211 to %v212 step %v213 {
          %v215 = arith.index_cast %v214 : index to i64
          %v216 = arith.index_cast %v67 : i64 to index
          %v217 = arith.index_cast %v163 : i64 to index
          %v218 = arith.index_cast %v2 : i64 to index
          scf.for %v219 = %v216 to %v217 step %v218 {
            %v220 = arith.index_cast %v219 : index to i64
            %v221 = arith.cmpi slt, %v220, %v163 : i64
            scf.if %v221 {
              %v222 = arith.subi %v163, %v2 : i64
              %v223 = arith.subi %v222, %v220 : i64
              %v224 = arith.muli %v223, %v30 : i64
              %v225 = arith.addi %v149, %v223 : i64
              %v226 = arith.addi %v224, %v30 : i64
              %v227 = arith.cmpi sle, %v226, %v161 : i64
              scf.if %v227 {
                %v228 = arith.subi %v161, %v2 : i64
                %v229 = arith.addi %v224, %v31 : i64
                %v230 = arith.minsi %v229, %v228 : i64
                %v231 = arith.addi %v159, %v230 : i64
                %v233 = arith.muli %v43, %v232 : i64
                %v234 = arith.muli %v41, %size_L : i64
                %v235 = arith.addi %v233, %v234 : i64
                %v236 = arith.subi %v181, %v231 : i64
                %v237 = arith.addi %v235, %v236 : i64
                %v238 = llvm.getelementptr %in_delta[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v239 = llvm.load %v238 : !llvm.ptr -> f32
                %v242 = arith.addf %v239, %v241 fastmath<contract> : f32
                %v243 = arith.maximumf %v242, %v63 : f32
                %v244 = llvm.call_intrinsic "llvm.fabs.f32"(%v242) : (f32) -> f32
                %v245 = arith.negf %v244 : f32
                %v247 = arith.mulf %v245, %v246 fastmath<contract> : f32
                %v248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v247) : (f32) -> f32
                %v249 = arith.addf %v64, %v248 fastmath<contract> : f32
                %v250 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v249) : (f32) -> f32
                %v252 = arith.mulf %v250, %v251 fastmath<contract> : f32
                %v254 = arith.mulf %v253, %v248 fastmath<contract> : f32
                %v256 = arith.addf %v254, %v255 fastmath<contract> : f32
                %v257 = arith.mulf %v256, %v248 fastmath<contract> : f32
                %v259 = arith.addf %v257, %v258 fastmath<contract> : f32
                %v260 = arith.mulf %v259, %v248 fastmath<contract> : f32
                %v262 = arith.addf %v260, %v261 fastmath<contract> : f32
                %v263 = arith.mulf %v262, %v248 fastmath<contract> : f32
                %v265 = arith.addf %v263, %v264 fastmath<contract> : f32
                %v266 = arith.mulf %v265, %v248 fastmath<contract> : f32
                %v268 = arith.addf %v266, %v267 fastmath<contract> : f32
                %v269 = arith.mulf %v268, %v248 fastmath<contract> : f32
                %v270 = arith.addf %v269, %v64 fastmath<contract> : f32
                %v271 = arith.mulf %v270, %v248 fastmath<contract> : f32
                %v272 = llvm.call_intrinsic "llvm.fabs.f32"(%v248) : (f32) -> f32
                %v274 = arith.cmpf olt, %v272, %v273 : f32
                %v275 = arith.select %v274, %v271, %v252 : f32
                %v276 = arith.addf %v243, %v275 fastmath<contract> : f32
                %v277 = arith.muli %v43, %v232 : i64
                %v278 = arith.muli %v41, %size_L : i64
                %v279 = arith.addi %v277, %v278 : i64
                %v280 = arith.subi %v181, %v231 : i64
                %v281 = arith.addi %v279, %v280 : i64
                %v282 = llvm.getelementptr %in_u[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v283 = llvm.load %v282 : !llvm.ptr -> f32
                %v284 = arith.mulf %v276, %v283 fastmath<contract> : f32
                %v285 = arith.muli %v43, %v232 : i64
                %v286 = arith.muli %v41, %size_L : i64
                %v287 = arith.addi %v285, %v286 : i64
                %v288 = arith.subi %v181, %v231 : i64
                %v289 = arith.addi %v287, %v288 : i64
                %v290 = llvm.getelementptr %in_z[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v291 = llvm.load %v290 : !llvm.ptr -> f32
                %v292 = arith.negf %v291 : f32
                %v293 = arith.mulf %v292, %v246 fastmath<contract> : f32
                %v294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v293) : (f32) -> f32
                %v295 = arith.addf %v64, %v294 fastmath<contract> : f32
                %v296 = arith.divf %v64, %v295 : f32
                %v297 = arith.mulf %v291, %v296 fastmath<contract> : f32
                %v298 = arith.negf %v291 : f32
                %v299 = arith.mulf %v298, %v246 fastmath<contract> : f32
                %v300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v299) : (f32) -> f32
                %v301 = arith.addf %v64, %v300 fastmath<contract> : f32
                %v302 = arith.divf %v64, %v301 : f32
                %v303 = arith.subf %v64, %v302 fastmath<contract> : f32
                %v304 = arith.mulf %v291, %v303 fastmath<contract> : f32
                %v305 = arith.addf %v64, %v304 fastmath<contract> : f32
                %v306 = arith.mulf %v302, %v305 fastmath<contract> : f32
                %v307 = arith.negf %v242 : f32
                %v308 = arith.mulf %v307, %v246 fastmath<contract> : f32
                %v309 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v308) : (f32) -> f32
                %v310 = arith.addf %v64, %v309 fastmath<contract> : f32
                %v311 = arith.divf %v64, %v310 : f32
                // the group's states, recomputed into registers
                %v312 = arith.subi %v161, %v224 : i64
                %v313 = arith.trunci %v312 : i64 to i32
                %v314 = arith.subi %size_L, %v2 : i64
                %v315 = arith.addi %v159, %v224 : i64
                %v316 = arith.subi %v314, %v315 : i64
                %v318 = arith.minsi %v316, %v317 : i64
                %v319 = arith.trunci %v318 : i64 to i32
                %v320 = arith.addi %v224, %v109 : i64
                %v322 = arith.cmpi slt, %v321, %v313 : i32
                %v323 = arith.cmpi eq, %v321, %v319 : i32
                %v325, %v326 = gpu.shuffle idx %v276, %v145, %v324 : f32
                %v327, %v328 = gpu.shuffle idx %v284, %v145, %v324 : f32
                %v329, %v330 = gpu.shuffle idx %v297, %v145, %v324 : f32
                %v331, %v332 = gpu.shuffle idx %v306, %v145, %v324 : f32
                %v333, %v334 = gpu.shuffle idx %v311, %v145, %v324 : f32
                %v335 = arith.addi %v159, %v320 : i64
                %v336 = arith.muli %v31, %v186 : i64
                %v337 = arith.subi %v335, %v159 : i64
                %v338 = arith.addi %v336, %v337 : i64
                %v339 = llvm.getelementptr %v62[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = arith.muli %v43, %v232 : i64
                %v342 = arith.muli %v41, %size_L : i64
                %v343 = arith.addi %v341, %v342 : i64
                %v344 = arith.subi %v181, %v335 : i64
                %v345 = arith.addi %v343, %v344 : i64
                %v346 = llvm.getelementptr %dy_y[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v347 = llvm.load %v346 : !llvm.ptr -> f32
                %v348 = arith.mulf %v329, %v347 fastmath<contract> : f32
                %v349 = arith.mulf %v340, %v348 fastmath<contract> : f32
                %v350 = llvm.load %v49 : !llvm.ptr -> f32
                %v351 = llvm.load %v51 : !llvm.ptr -> f32
                %v352 = arith.mulf %v351, %v350 fastmath<contract> : f32
                %v353 = arith.addf %v349, %v352 fastmath<contract> : f32
                llvm.store %v353, %v49 : f32, !llvm.ptr
                %v354 = llvm.load %v65 : !llvm.ptr -> f32
                %v355 = arith.mulf %v354, %v351 fastmath<contract> : f32
                llvm.store %v355, %v65 : f32, !llvm.ptr
                %v356 = arith.constant 8 : i64
                %v357 = arith.addi %v356, %v31 : i64
                %v358 = arith.muli %v357, %v186 : i64
                %v359 = arith.subi %v335, %v159 : i64
                %v360 = arith.addi %v358, %v359 : i64
                %v361 = llvm.getelementptr %v62[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v362 = llvm.load %v361 : !llvm.ptr -> f32
                %v363 = arith.mulf %v362, %v348 fastmath<contract> : f32
                %v364 = llvm.load %v50 : !llvm.ptr -> f32
                %v365 = llvm.load %v52 : !llvm.ptr -> f32
                %v366 = arith.mulf %v365, %v364 fastmath<contract> : f32
                %v367 = arith.addf %v363, %v366 fastmath<contract> : f32
                llvm.store %v367, %v50 : f32, !llvm.ptr
                %v368 = llvm.load %v66 : !llvm.ptr -> f32
                %v369 = arith.mulf %v368, %v365 fastmath<contract> : f32
                llvm.store %v369, %v66 : f32, !llvm.ptr
                scf.if %v323 {
                  %v370 = arith.muli %v43, %v69 : i64
                  %v371 = arith.muli %v41, %v1 : i64
                  %v372 = arith.addi %v370, %v371 : i64
                  %v373 = arith.addi %v372, %v31 : i64
                  %v374 = llvm.getelementptr %dy_h_first[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v375 = llvm.load %v374 : !llvm.ptr -> f32
                  %v376 = llvm.load %v49 : !llvm.ptr -> f32
                  %v377 = arith.addf %v376, %v375 fastmath<contract> : f32
                  llvm.store %v377, %v49 : f32, !llvm.ptr
                  %v378 = arith.muli %v43, %v69 : i64
                  %v379 = arith.muli %v41, %v1 : i64
                  %v380 = arith.addi %v378, %v379 : i64
                  %v381 = arith.constant 8 : i64
                  %v382 = arith.addi %v381, %v31 : i64
                  %v383 = arith.addi %v380, %v382 : i64
                  %v384 = llvm.getelementptr %dy_h_first[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v385 = llvm.load %v384 : !llvm.ptr -> f32
                  %v386 = llvm.load %v50 : !llvm.ptr -> f32
                  %v387 = arith.addf %v386, %v385 fastmath<contract> : f32
                  llvm.store %v387, %v50 : f32, !llvm.ptr
                }
                %v393 = arith.mulf %v325, %v392 fastmath<contract> : f32
                %v394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v393) : (f32) -> f32
                llvm.store %v394, %v51 : f32, !llvm.ptr
                %v402 = arith.mulf %v325, %v401 fastmath<contract> : f32
                %v403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v402) : (f32) -> f32
                llvm.store %v403, %v52 : f32, !llvm.ptr
                %v405 = arith.addi %v224, %v404 : i64
                %v407 = arith.cmpi slt, %v406, %v313 : i32
                %v408 = arith.cmpi eq, %v406, %v319 : i32
                %v409, %v410 = gpu.shuffle idx %v276, %v141, %v324 : f32
                %v411, %v412 = gpu.shuffle idx %v284, %v141, %v324 : f32
                %v413, %v414 = gpu.shuffle idx %v297, %v141, %v324 : f32
                %v415, %v416 = gpu.shuffle idx %v306, %v141, %v324 : f32
                %v417, %v418 = gpu.shuffle idx %v311, %v141, %v324 : f32
                %v419 = arith.addi %v159, %v405 : i64
                %v420 = arith.muli %v31, %v186 : i64
                %v421 = arith.subi %v419, %v159 : i64
                %v422 = arith.addi %v420, %v421 : i64
                %v423 = llvm.getelementptr %v62[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v424 = llvm.load %v423 : !llvm.ptr -> f32
                %v425 = arith.muli %v43, %v232 : i64
                %v426 = arith.muli %v41, %size_L : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = arith.subi %v181, %v419 : i64
                %v429 = arith.addi %v427, %v428 : i64
                %v430 = llvm.getelementptr %dy_y[%v429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v431 = llvm.load %v430 : !llvm.ptr -> f32
                %v432 = arith.mulf %v413, %v431 fastmath<contract> : f32
                %v433 = arith.mulf %v424, %v432 fastmath<contract> : f32
                %v434 = llvm.load %v49 : !llvm.ptr -> f32
                %v435 = llvm.load %v51 : !llvm.ptr -> f32
                %v436 = arith.mulf %v435, %v434 fastmath<contract> : f32
                %v437 = arith.addf %v433, %v436 fastmath<contract> : f32
                llvm.store %v437, %v49 : f32, !llvm.ptr
                %v438 = llvm.load %v65 : !llvm.ptr -> f32
                %v439 = arith.mulf %v438, %v435 fastmath<contract> : f32
                llvm.store %v439, %v65 : f32, !llvm.ptr
                %v440 = arith.constant 8 : i64
                %v441 = arith.addi %v440, %v31 : i64
                %v442 = arith.muli %v441, %v186 : i64
                %v443 = arith.subi %v419, %v159 : i64
                %v444 = arith.addi %v442, %v443 : i64
                %v445 = llvm.getelementptr %v62[%v444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v446 = llvm.load %v445 : !llvm.ptr -> f32
                %v447 = arith.mulf %v446, %v432 fastmath<contract> : f32
                %v448 = llvm.load %v50 : !llvm.ptr -> f32
                %v449 = llvm.load %v52 : !llvm.ptr -> f32
                %v450 = arith.mulf %v449, %v448 fastmath<contract> : f32
                %v451 = arith.addf %v447, %v450 fastmath<contract> : f32
                llvm.store %v451, %v50 : f32, !llvm.ptr
                %v452 = llvm.load %v66 : !llvm.ptr -> f32
                %v453 = arith.mulf %v452, %v449 fastmath<contract> : f32
                llvm.store %v453, %v66 : f32, !llvm.ptr
                scf.if %v408 {
                  %v454 = arith.muli %v43, %v69 : i64
                  %v455 = arith.muli %v41, %v1 : i64
                  %v456 = arith.addi %v454, %v455 : i64
                  %v457 = arith.addi %v456, %v31 : i64
                  %v458 = llvm.getelementptr %dy_h_first[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v459 = llvm.load %v458 : !llvm.ptr -> f32
                  %v460 = llvm.load %v49 : !llvm.ptr -> f32
                  %v461 = arith.addf %v460, %v459 fastmath<contract> : f32
                  llvm.store %v461, %v49 : f32, !llvm.ptr
                  %v462 = arith.muli %v43, %v69 : i64
                  %v463 = arith.muli %v41, %v1 : i64
                  %v464 = arith.addi %v462, %v463 : i64
                  %v465 = arith.constant 8 : i64
                  %v466 = arith.addi %v465, %v31 : i64
                  %v467 = arith.addi %v464, %v466 : i64
                  %v468 = llvm.getelementptr %dy_h_first[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v469 = llvm.load %v468 : !llvm.ptr -> f32
                  %v470 = llvm.load %v50 : !llvm.ptr -> f32
                  %v471 = arith.addf %v470, %v469 fastmath<contract> : f32
                  llvm.store %v471, %v50 : f32, !llvm.ptr
                }
                %v473 = arith.mulf %v409, %v472 fastmath<contract> : f32
                %v474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v473) : (f32) -> f32
                llvm.store %v474, %v51 : f32, !llvm.ptr
                %v476 = arith.mulf %v409, %v475 fastmath<contract> : f32
                %v477 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v476) : (f32) -> f32
                llvm.store %v477, %v52 : f32, !llvm.ptr
                %v479 = arith.addi %v224, %v478 : i64
                %v481 = arith.cmpi slt, %v480, %v313 : i32
                %v482 = arith.cmpi eq, %v480, %v319 : i32
                %v483, %v484 = gpu.shuffle idx %v276, %v137, %v324 : f32
                %v485, %v486 = gpu.shuffle idx %v284, %v137, %v324 : f32
                %v487, %v488 = gpu.shuffle idx %v297, %v137, %v324 : f32
                %v489, %v490 = gpu.shuffle idx %v306, %v137, %v324 : f32
                %v491, %v492 = gpu.shuffle idx %v311, %v137, %v324 : f32
                %v493 = arith.addi %v159, %v479 : i64
                %v494 = arith.muli %v31, %v186 : i64
                %v495 = arith.subi %v493, %v159 : i64
                %v496 = arith.addi %v494, %v495 : i64
                %v497 = llvm.getelementptr %v62[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v498 = llvm.load %v497 : !llvm.ptr -> f32
                %v499 = arith.muli %v43, %v232 : i64
                %v500 = arith.muli %v41, %size_L : i64
                %v501 = arith.addi %v499, %v500 : i64
                %v502 = arith.subi %v181, %v493 : i64
                %v503 = arith.addi %v501, %v502 : i64
                %v504 = llvm.getelementptr %dy_y[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v505 = llvm.load %v504 : !llvm.ptr -> f32
                %v506 = arith.mulf %v487, %v505 fastmath<contract> : f32
                %v507 = arith.mulf %v498, %v506 fastmath<contract> : f32
                %v508 = llvm.load %v49 : !llvm.ptr -> f32
                %v509 = llvm.load %v51 : !llvm.ptr -> f32
                %v510 = arith.mulf %v509, %v508 fastmath<contract> : f32
                %v511 = arith.addf %v507, %v510 fastmath<contract> : f32
                llvm.store %v511, %v49 : f32, !llvm.ptr
                %v512 = llvm.load %v65 : !llvm.ptr -> f32
                %v513 = arith.mulf %v512, %v509 fastmath<contract> : f32
                llvm.store %v513, %v65 : f32, !llvm.ptr
                %v514 = arith.constant 8 : i64
                %v515 = arith.addi %v514, %v31 : i64
                %v516 = arith.muli %v515, %v186 : i64
                %v517 = arith.subi %v493, %v159 : i64
                %v518 = arith.addi %v516, %v517 : i64
                %v519 = llvm.getelementptr %v62[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v520 = llvm.load %v519 : !llvm.ptr -> f32
                %v521 = arith.mulf %v520, %v506 fastmath<contract> : f32
                %v522 = llvm.load %v50 : !llvm.ptr -> f32
                %v523 = llvm.load %v52 : !llvm.ptr -> f32
                %v524 = arith.mulf %v523, %v522 fastmath<contract> : f32
                %v525 = arith.addf %v521, %v524 fastmath<contract> : f32
                llvm.store %v525, %v50 : f32, !llvm.ptr
                %v526 = llvm.load %v66 : !llvm.ptr -> f32
                %v527 = arith.mulf %v526, %v523 fastmath<contract> : f32
                llvm.store %v527, %v66 : f32, !llvm.ptr
                scf.if %v482 {
                  %v528 = arith.muli %v43, %v69 : i64
                  %v529 = arith.muli %v41, %v1 : i64
                  %v530 = arith.addi %v528, %v529 : i64
                  %v531 = arith.addi %v530, %v31 : i64
                  %v532 = llvm.getelementptr %dy_h_first[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v533 = llvm.load %v532 : !llvm.ptr -> f32
                  %v534 = llvm.load %v49 : !llvm.ptr -> f32
                  %v535 = arith.addf %v534, %v533 fastmath<contract> : f32
                  llvm.store %v535, %v49 : f32, !llvm.ptr
                  %v536 = arith.muli %v43, %v69 : i64
                  %v537 = arith.muli %v41, %v1 : i64
                  %v538 = arith.addi %v536, %v537 : i64
                  %v539 = arith.constant 8 : i64
                  %v540 = arith.addi %v539, %v31 : i64
                  %v541 = arith.addi %v538, %v540 : i64
                  %v542 = llvm.getelementptr %dy_h_first[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v543 = llvm.load %v542 : !llvm.ptr -> f32
                  %v544 = llvm.load %v50 : !llvm.ptr -> f32
                  %v545 = arith.addf %v544, %v543 fastmath<contract> : f32
                  llvm.store %v545, %v50 : f32, !llvm.ptr
                }
                %v547 = arith.mulf %v483, %v546 fastmath<contract> : f32
                %v548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v547) : (f32) -> f32
                llvm.store %v548, %v51 : f32, !llvm.ptr
                %v550 = arith.mulf %v483, %v549 fastmath<contract> : f32
                %v551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v550) : (f32) -> f32
                llvm.store %v551, %v52 : f32, !llvm.ptr
                %v552 = arith.addi %v224, %v45 : i64
                %v554 = arith.cmpi slt, %v553, %v313 : i32
                %v555 = arith.cmpi eq, %v553, %v319 : i32
                %v556, %v557 = gpu.shuffle idx %v276, %v133, %v324 : f32
                %v558, %v559 = gpu.shuffle idx %v284, %v133, %v324 : f32
                %v560, %v561 = gpu.shuffle idx %v297, %v133, %v324 : f32
                %v562, %v563 = gpu.shuffle idx %v306, %v133, %v324 : f32
                %v564, %v565 = gpu.shuffle idx %v311, %v133, %v324 : f32
                %v566 = arith.addi %v159, %v552 : i64
                %v567 = arith.muli %v31, %v186 : i64
                %v568 = arith.subi %v566, %v159 : i64
                %v569 = arith.addi %v567, %v568 : i64
                %v570 = llvm.getelementptr %v62[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v571 = llvm.load %v570 : !llvm.ptr -> f32
                %v572 = arith.muli %v43, %v232 : i64
                %v573 = arith.muli %v41, %size_L : i64
                %v574 = arith.addi %v572, %v573 : i64
                %v575 = arith.subi %v181, %v566 : i64
                %v576 = arith.addi %v574, %v575 : i64
                %v577 = llvm.getelementptr %dy_y[%v576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v578 = llvm.load %v577 : !llvm.ptr -> f32
                %v579 = arith.mulf %v560, %v578 fastmath<contract> : f32
                %v580 = arith.mulf %v571, %v579 fastmath<contract> : f32
                %v581 = llvm.load %v49 : !llvm.ptr -> f32
                %v582 = llvm.load %v51 : !llvm.ptr -> f32
                %v583 = arith.mulf %v582, %v581 fastmath<contract> : f32
                %v584 = arith.addf %v580, %v583 fastmath<contract> : f32
                llvm.store %v584, %v49 : f32, !llvm.ptr
                %v585 = llvm.load %v65 : !llvm.ptr -> f32
                %v586 = arith.mulf %v585, %v582 fastmath<contract> : f32
                llvm.store %v586, %v65 : f32, !llvm.ptr
                %v587 = arith.constant 8 : i64
                %v588 = arith.addi %v587, %v31 : i64
                %v589 = arith.muli %v588, %v186 : i64
                %v590 = arith.subi %v566, %v159 : i64
                %v591 = arith.addi %v589, %v590 : i64
                %v592 = llvm.getelementptr %v62[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v593 = llvm.load %v592 : !llvm.ptr -> f32
                %v594 = arith.mulf %v593, %v579 fastmath<contract> : f32
                %v595 = llvm.load %v50 : !llvm.ptr -> f32
                %v596 = llvm.load %v52 : !llvm.ptr -> f32
                %v597 = arith.mulf %v596, %v595 fastmath<contract> : f32
                %v598 = arith.addf %v594, %v597 fastmath<contract> : f32
                llvm.store %v598, %v50 : f32, !llvm.ptr
                %v599 = llvm.load %v66 : !llvm.ptr -> f32
                %v600 = arith.mulf %v599, %v596 fastmath<contract> : f32
                llvm.store %v600, %v66 : f32, !llvm.ptr
                scf.if %v555 {
                  %v601 = arith.muli %v43, %v69 : i64
                  %v602 = arith.muli %v41, %v1 : i64
                  %v603 = arith.addi %v601, %v602 : i64
                  %v604 = arith.addi %v603, %v31 : i64
                  %v605 = llvm.getelementptr %dy_h_first[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v606 = llvm.load %v605 : !llvm.ptr -> f32
                  %v607 = llvm.load %v49 : !llvm.ptr -> f32
                  %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
                  llvm.store %v608, %v49 : f32, !llvm.ptr
                  %v609 = arith.muli %v43, %v69 : i64
                  %v610 = arith.muli %v41, %v1 : i64
                  %v611 = arith.addi %v609, %v610 : i64
                  %v612 = arith.constant 8 : i64
                  %v613 = arith.addi %v612, %v31 : i64
                  %v614 = arith.addi %v611, %v613 : i64
                  %v615 = llvm.getelementptr %dy_h_first[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v616 = llvm.load %v615 : !llvm.ptr -> f32
                  %v617 = llvm.load %v50 : !llvm.ptr -> f32
                  %v618 = arith.addf %v617, %v616 fastmath<contract> : f32
                  llvm.store %v618, %v50 : f32, !llvm.ptr
                }
                %v620 = arith.mulf %v556, %v619 fastmath<contract> : f32
                %v621 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v620) : (f32) -> f32
                llvm.store %v621, %v51 : f32, !llvm.ptr
                %v623 = arith.mulf %v556, %v622 fastmath<contract> : f32
                %v624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v623) : (f32) -> f32
                llvm.store %v624, %v52 : f32, !llvm.ptr
                %v626 = arith.addi %v224, %v625 : i64
                %v628 = arith.cmpi slt, %v627, %v313 : i32
                %v629 = arith.cmpi eq, %v627, %v319 : i32
                %v630, %v631 = gpu.shuffle idx %v276, %v129, %v324 : f32
                %v632, %v633 = gpu.shuffle idx %v284, %v129, %v324 : f32
                %v634, %v635 = gpu.shuffle idx %v297, %v129, %v324 : f32
                %v636, %v637 = gpu.shuffle idx %v306, %v129, %v324 : f32
                %v638, %v639 = gpu.shuffle idx %v311, %v129, %v324 : f32
                %v640 = arith.addi %v159, %v626 : i64
                %v641 = arith.muli %v31, %v186 : i64
                %v642 = arith.subi %v640, %v159 : i64
                %v643 = arith.addi %v641, %v642 : i64
                %v644 = llvm.getelementptr %v62[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v645 = llvm.load %v644 : !llvm.ptr -> f32
                %v646 = arith.muli %v43, %v232 : i64
                %v647 = arith.muli %v41, %size_L : i64
                %v648 = arith.addi %v646, %v647 : i64
                %v649 = arith.subi %v181, %v640 : i64
                %v650 = arith.addi %v648, %v649 : i64
                %v651 = llvm.getelementptr %dy_y[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v652 = llvm.load %v651 : !llvm.ptr -> f32
                %v653 = arith.mulf %v634, %v652 fastmath<contract> : f32
                %v654 = arith.mulf %v645, %v653 fastmath<contract> : f32
                %v655 = llvm.load %v49 : !llvm.ptr -> f32
                %v656 = llvm.load %v51 : !llvm.ptr -> f32
                %v657 = arith.mulf %v656, %v655 fastmath<contract> : f32
                %v658 = arith.addf %v654, %v657 fastmath<contract> : f32
                llvm.store %v658, %v49 : f32, !llvm.ptr
                %v659 = llvm.load %v65 : !llvm.ptr -> f32
                %v660 = arith.mulf %v659, %v656 fastmath<contract> : f32
                llvm.store %v660, %v65 : f32, !llvm.ptr
                %v661 = arith.constant 8 : i64
                %v662 = arith.addi %v661, %v31 : i64
                %v663 = arith.muli %v662, %v186 : i64
                %v664 = arith.subi %v640, %v159 : i64
                %v665 = arith.addi %v663, %v664 : i64
                %v666 = llvm.getelementptr %v62[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v667 = llvm.load %v666 : !llvm.ptr -> f32
                %v668 = arith.mulf %v667, %v653 fastmath<contract> : f32
                %v669 = llvm.load %v50 : !llvm.ptr -> f32
                %v670 = llvm.load %v52 : !llvm.ptr -> f32
                %v671 = arith.mulf %v670, %v669 fastmath<contract> : f32
                %v672 = arith.addf %v668, %v671 fastmath<contract> : f32
                llvm.store %v672, %v50 : f32, !llvm.ptr
                %v673 = llvm.load %v66 : !llvm.ptr -> f32
                %v674 = arith.mulf %v673, %v670 fastmath<contract> : f32
                llvm.store %v674, %v66 : f32, !llvm.ptr
                scf.if %v629 {
                  %v675 = arith.muli %v43, %v69 : i64
                  %v676 = arith.muli %v41, %v1 : i64
                  %v677 = arith.addi %v675, %v676 : i64
                  %v678 = arith.addi %v677, %v31 : i64
                  %v679 = llvm.getelementptr %dy_h_first[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v680 = llvm.load %v679 : !llvm.ptr -> f32
                  %v681 = llvm.load %v49 : !llvm.ptr -> f32
                  %v682 = arith.addf %v681, %v680 fastmath<contract> : f32
                  llvm.store %v682, %v49 : f32, !llvm.ptr
                  %v683 = arith.muli %v43, %v69 : i64
                  %v684 = arith.muli %v41, %v1 : i64
                  %v685 = arith.addi %v683, %v684 : i64
                  %v686 = arith.constant 8 : i64
                  %v687 = arith.addi %v686, %v31 : i64
                  %v688 = arith.addi %v685, %v687 : i64
                  %v689 = llvm.getelementptr %dy_h_first[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v690 = llvm.load %v689 : !llvm.ptr -> f32
                  %v691 = llvm.load %v50 : !llvm.ptr -> f32
                  %v692 = arith.addf %v691, %v690 fastmath<contract> : f32
                  llvm.store %v692, %v50 : f32, !llvm.ptr
                }
                %v694 = arith.mulf %v630, %v693 fastmath<contract> : f32
                %v695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v694) : (f32) -> f32
                llvm.store %v695, %v51 : f32, !llvm.ptr
                %v697 = arith.mulf %v630, %v696 fastmath<contract> : f32
                %v698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v697) : (f32) -> f32
                llvm.store %v698, %v52 : f32, !llvm.ptr
                %v700 = arith.addi %v224, %v699 : i64
                %v702 = arith.cmpi slt, %v701, %v313 : i32
                %v703 = arith.cmpi eq, %v701, %v319 : i32
                %v704, %v705 = gpu.shuffle idx %v276, %v125, %v324 : f32
                %v706, %v707 = gpu.shuffle idx %v284, %v125, %v324 : f32
                %v708, %v709 = gpu.shuffle idx %v297, %v125, %v324 : f32
                %v710, %v711 = gpu.shuffle idx %v306, %v125, %v324 : f32
                %v712, %v713 = gpu.shuffle idx %v311, %v125, %v324 : f32
                %v714 = arith.addi %v159, %v700 : i64
                %v715 = arith.muli %v31, %v186 : i64
                %v716 = arith.subi %v714, %v159 : i64
                %v717 = arith.addi %v715, %v716 : i64
                %v718 = llvm.getelementptr %v62[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v719 = llvm.load %v718 : !llvm.ptr -> f32
                %v720 = arith.muli %v43, %v232 : i64
                %v721 = arith.muli %v41, %size_L : i64
                %v722 = arith.addi %v720, %v721 : i64
                %v723 = arith.subi %v181, %v714 : i64
                %v724 = arith.addi %v722, %v723 : i64
                %v725 = llvm.getelementptr %dy_y[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v726 = llvm.load %v725 : !llvm.ptr -> f32
                %v727 = arith.mulf %v708, %v726 fastmath<contract> : f32
                %v728 = arith.mulf %v719, %v727 fastmath<contract> : f32
                %v729 = llvm.load %v49 : !llvm.ptr -> f32
                %v730 = llvm.load %v51 : !llvm.ptr -> f32
                %v731 = arith.mulf %v730, %v729 fastmath<contract> : f32
                %v732 = arith.addf %v728, %v731 fastmath<contract> : f32
                llvm.store %v732, %v49 : f32, !llvm.ptr
                %v733 = llvm.load %v65 : !llvm.ptr -> f32
                %v734 = arith.mulf %v733, %v730 fastmath<contract> : f32
                llvm.store %v734, %v65 : f32, !llvm.ptr
                %v735 = arith.constant 8 : i64
                %v736 = arith.addi %v735, %v31 : i64
                %v737 = arith.muli %v736, %v186 : i64
                %v738 = arith.subi %v714, %v159 : i64
                %v739 = arith.addi %v737, %v738 : i64
                %v740 = llvm.getelementptr %v62[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v741 = llvm.load %v740 : !llvm.ptr -> f32
                %v742 = arith.mulf %v741, %v727 fastmath<contract> : f32
                %v743 = llvm.load %v50 : !llvm.ptr -> f32
                %v744 = llvm.load %v52 : !llvm.ptr -> f32
                %v745 = arith.mulf %v744, %v743 fastmath<contract> : f32
                %v746 = arith.addf %v742, %v745 fastmath<contract> : f32
                llvm.store %v746, %v50 : f32, !llvm.ptr
                %v747 = llvm.load %v66 : !llvm.ptr -> f32
                %v748 = arith.mulf %v747, %v744 fastmath<contract> : f32
                llvm.store %v748, %v66 : f32, !llvm.ptr
                scf.if %v703 {
                  %v749 = arith.muli %v43, %v69 : i64
                  %v750 = arith.muli %v41, %v1 : i64
                  %v751 = arith.addi %v749, %v750 : i64
                  %v752 = arith.addi %v751, %v31 : i64
                  %v753 = llvm.getelementptr %dy_h_first[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v754 = llvm.load %v753 : !llvm.ptr -> f32
                  %v755 = llvm.load %v49 : !llvm.ptr -> f32
                  %v756 = arith.addf %v755, %v754 fastmath<contract> : f32
                  llvm.store %v756, %v49 : f32, !llvm.ptr
                  %v757 = arith.muli %v43, %v69 : i64
                  %v758 = arith.muli %v41, %v1 : i64
                  %v759 = arith.addi %v757, %v758 : i64
                  %v760 = arith.constant 8 : i64
                  %v761 = arith.addi %v760, %v31 : i64
                  %v762 = arith.addi %v759, %v761 : i64
                  %v763 = llvm.getelementptr %dy_h_first[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v764 = llvm.load %v763 : !llvm.ptr -> f32
                  %v765 = llvm.load %v50 : !llvm.ptr -> f32
                  %v766 = arith.addf %v765, %v764 fastmath<contract> : f32
                  llvm.store %v766, %v50 : f32, !llvm.ptr
                }
                %v768 = arith.mulf %v704, %v767 fastmath<contract> : f32
                %v769 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v768) : (f32) -> f32
                llvm.store %v769, %v51 : f32, !llvm.ptr
                %v771 = arith.mulf %v704, %v770 fastmath<contract> : f32
                %v772 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v771) : (f32) -> f32
                llvm.store %v772, %v52 : f32, !llvm.ptr
                %v773 = arith.addi %v224, %v2 : i64
                %v775 = arith.cmpi slt, %v774, %v313 : i32
                %v776 = arith.cmpi eq, %v774, %v319 : i32
                %v777, %v778 = gpu.shuffle idx %v276, %v121, %v324 : f32
                %v779, %v780 = gpu.shuffle idx %v284, %v121, %v324 : f32
                %v781, %v782 = gpu.shuffle idx %v297, %v121, %v324 : f32
                %v783, %v784 = gpu.shuffle idx %v306, %v121, %v324 : f32
                %v785, %v786 = gpu.shuffle idx %v311, %v121, %v324 : f32
                %v787 = arith.addi %v159, %v773 : i64
                %v788 = arith.muli %v31, %v186 : i64
                %v789 = arith.subi %v787, %v159 : i64
                %v790 = arith.addi %v788, %v789 : i64
                %v791 = llvm.getelementptr %v62[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v792 = llvm.load %v791 : !llvm.ptr -> f32
                %v793 = arith.muli %v43, %v232 : i64
                %v794 = arith.muli %v41, %size_L : i64
                %v795 = arith.addi %v793, %v794 : i64
                %v796 = arith.subi %v181, %v787 : i64
                %v797 = arith.addi %v795, %v796 : i64
                %v798 = llvm.getelementptr %dy_y[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v799 = llvm.load %v798 : !llvm.ptr -> f32
                %v800 = arith.mulf %v781, %v799 fastmath<contract> : f32
                %v801 = arith.mulf %v792, %v800 fastmath<contract> : f32
                %v802 = llvm.load %v49 : !llvm.ptr -> f32
                %v803 = llvm.load %v51 : !llvm.ptr -> f32
                %v804 = arith.mulf %v803, %v802 fastmath<contract> : f32
                %v805 = arith.addf %v801, %v804 fastmath<contract> : f32
                llvm.store %v805, %v49 : f32, !llvm.ptr
                %v806 = llvm.load %v65 : !llvm.ptr -> f32
                %v807 = arith.mulf %v806, %v803 fastmath<contract> : f32
                llvm.store %v807, %v65 : f32, !llvm.ptr
                %v808 = arith.constant 8 : i64
                %v809 = arith.addi %v808, %v31 : i64
                %v810 = arith.muli %v809, %v186 : i64
                %v811 = arith.subi %v787, %v159 : i64
                %v812 = arith.addi %v810, %v811 : i64
                %v813 = llvm.getelementptr %v62[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v814 = llvm.load %v813 : !llvm.ptr -> f32
                %v815 = arith.mulf %v814, %v800 fastmath<contract> : f32
                %v816 = llvm.load %v50 : !llvm.ptr -> f32
                %v817 = llvm.load %v52 : !llvm.ptr -> f32
                %v818 = arith.mulf %v817, %v816 fastmath<contract> : f32
                %v819 = arith.addf %v815, %v818 fastmath<contract> : f32
                llvm.store %v819, %v50 : f32, !llvm.ptr
                %v820 = llvm.load %v66 : !llvm.ptr -> f32
                %v821 = arith.mulf %v820, %v817 fastmath<contract> : f32
                llvm.store %v821, %v66 : f32, !llvm.ptr
                scf.if %v776 {
                  %v822 = arith.muli %v43, %v69 : i64
                  %v823 = arith.muli %v41, %v1 : i64
                  %v824 = arith.addi %v822, %v823 : i64
                  %v825 = arith.addi %v824, %v31 : i64
                  %v826 = llvm.getelementptr %dy_h_first[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v827 = llvm.load %v826 : !llvm.ptr -> f32
                  %v828 = llvm.load %v49 : !llvm.ptr -> f32
                  %v829 = arith.addf %v828, %v827 fastmath<contract> : f32
                  llvm.store %v829, %v49 : f32, !llvm.ptr
                  %v830 = arith.muli %v43, %v69 : i64
                  %v831 = arith.muli %v41, %v1 : i64
                  %v832 = arith.addi %v830, %v831 : i64
                  %v833 = arith.constant 8 : i64
                  %v834 = arith.addi %v833, %v31 : i64
                  %v835 = arith.addi %v832, %v834 : i64
                  %v836 = llvm.getelementptr %dy_h_first[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v837 = llvm.load %v836 : !llvm.ptr -> f32
                  %v838 = llvm.load %v50 : !llvm.ptr -> f32
                  %v839 = arith.addf %v838, %v837 fastmath<contract> : f32
                  llvm.store %v839, %v50 : f32, !llvm.ptr
                }
                %v841 = arith.mulf %v777, %v840 fastmath<contract> : f32
                %v842 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v841) : (f32) -> f32
                llvm.store %v842, %v51 : f32, !llvm.ptr
                %v844 = arith.mulf %v777, %v843 fastmath<contract> : f32
                %v845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v844) : (f32) -> f32
                llvm.store %v845, %v52 : f32, !llvm.ptr
                %v847 = arith.cmpi slt, %v846, %v313 : i32
                %v848 = arith.cmpi eq, %v846, %v319 : i32
                %v849, %v850 = gpu.shuffle idx %v276, %v117, %v324 : f32
                %v851, %v852 = gpu.shuffle idx %v284, %v117, %v324 : f32
                %v853, %v854 = gpu.shuffle idx %v297, %v117, %v324 : f32
                %v855, %v856 = gpu.shuffle idx %v306, %v117, %v324 : f32
                %v857, %v858 = gpu.shuffle idx %v311, %v117, %v324 : f32
                %v859 = arith.addi %v159, %v224 : i64
                %v860 = arith.muli %v31, %v186 : i64
                %v861 = arith.subi %v859, %v159 : i64
                %v862 = arith.addi %v860, %v861 : i64
                %v863 = llvm.getelementptr %v62[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v864 = llvm.load %v863 : !llvm.ptr -> f32
                %v865 = arith.muli %v43, %v232 : i64
                %v866 = arith.muli %v41, %size_L : i64
                %v867 = arith.addi %v865, %v866 : i64
                %v868 = arith.subi %v181, %v859 : i64
                %v869 = arith.addi %v867, %v868 : i64
                %v870 = llvm.getelementptr %dy_y[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v871 = llvm.load %v870 : !llvm.ptr -> f32
                %v872 = arith.mulf %v853, %v871 fastmath<contract> : f32
                %v873 = arith.mulf %v864, %v872 fastmath<contract> : f32
                %v874 = llvm.load %v49 : !llvm.ptr -> f32
                %v875 = llvm.load %v51 : !llvm.ptr -> f32
                %v876 = arith.mulf %v875, %v874 fastmath<contract> : f32
                %v877 = arith.addf %v873, %v876 fastmath<contract> : f32
                llvm.store %v877, %v49 : f32, !llvm.ptr
                %v878 = llvm.load %v65 : !llvm.ptr -> f32
                %v879 = arith.mulf %v878, %v875 fastmath<contract> : f32
                llvm.store %v879, %v65 : f32, !llvm.ptr
                %v880 = arith.constant 8 : i64
                %v881 = arith.addi %v880, %v31 : i64
                %v882 = arith.muli %v881, %v186 : i64
                %v883 = arith.subi %v859, %v159 : i64
                %v884 = arith.addi %v882, %v883 : i64
                %v885 = llvm.getelementptr %v62[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v886 = llvm.load %v885 : !llvm.ptr -> f32
                %v887 = arith.mulf %v886, %v872 fastmath<contract> : f32
                %v888 = llvm.load %v50 : !llvm.ptr -> f32
                %v889 = llvm.load %v52 : !llvm.ptr -> f32
                %v890 = arith.mulf %v889, %v888 fastmath<contract> : f32
                %v891 = arith.addf %v887, %v890 fastmath<contract> : f32
                llvm.store %v891, %v50 : f32, !llvm.ptr
                %v892 = llvm.load %v66 : !llvm.ptr -> f32
                %v893 = arith.mulf %v892, %v889 fastmath<contract> : f32
                llvm.store %v893, %v66 : f32, !llvm.ptr
                scf.if %v848 {
                  %v894 = arith.muli %v43, %v69 : i64
                  %v895 = arith.muli %v41, %v1 : i64
                  %v896 = arith.addi %v894, %v895 : i64
                  %v897 = arith.addi %v896, %v31 : i64
                  %v898 = llvm.getelementptr %dy_h_first[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v899 = llvm.load %v898 : !llvm.ptr -> f32
                  %v900 = llvm.load %v49 : !llvm.ptr -> f32
                  %v901 = arith.addf %v900, %v899 fastmath<contract> : f32
                  llvm.store %v901, %v49 : f32, !llvm.ptr
                  %v902 = arith.muli %v43, %v69 : i64
                  %v903 = arith.muli %v41, %v1 : i64
                  %v904 = arith.addi %v902, %v903 : i64
                  %v905 = arith.constant 8 : i64
                  %v906 = arith.addi %v905, %v31 : i64
                  %v907 = arith.addi %v904, %v906 : i64
                  %v908 = llvm.getelementptr %dy_h_first[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v909 = llvm.load %v908 : !llvm.ptr -> f32
                  %v910 = llvm.load %v50 : !llvm.ptr -> f32
                  %v911 = arith.addf %v910, %v909 fastmath<contract> : f32
                  llvm.store %v911, %v50 : f32, !llvm.ptr
                }
                %v913 = arith.mulf %v849, %v912 fastmath<contract> : f32
                %v914 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v913) : (f32) -> f32
                llvm.store %v914, %v51 : f32, !llvm.ptr
                %v916 = arith.mulf %v849, %v915 fastmath<contract> : f32
                %v917 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v916) : (f32) -> f32
                llvm.store %v917, %v52 : f32, !llvm.ptr
              } else {
                %v918 = arith.subi %v161, %v2 : i64
                %v919 = arith.addi %v224, %v31 : i64
                %v920 = arith.minsi %v919, %v918 : i64
                %v921 = arith.addi %v159, %v920 : i64
                %v922 = arith.muli %v43, %v232 : i64
                %v923 = arith.muli %v41, %size_L : i64
                %v924 = arith.addi %v922, %v923 : i64
                %v925 = arith.subi %v181, %v921 : i64
                %v926 = arith.addi %v924, %v925 : i64
                %v927 = llvm.getelementptr %in_delta[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v928 = llvm.load %v927 : !llvm.ptr -> f32
                %v929 = arith.addf %v928, %v241 fastmath<contract> : f32
                %v930 = arith.maximumf %v929, %v63 : f32
                %v931 = llvm.call_intrinsic "llvm.fabs.f32"(%v929) : (f32) -> f32
                %v932 = arith.negf %v931 : f32
                %v933 = arith.mulf %v932, %v246 fastmath<contract> : f32
                %v934 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v933) : (f32) -> f32
                %v935 = arith.addf %v64, %v934 fastmath<contract> : f32
                %v936 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v935) : (f32) -> f32
                %v937 = arith.mulf %v936, %v251 fastmath<contract> : f32
                %v938 = arith.mulf %v253, %v934 fastmath<contract> : f32
                %v939 = arith.addf %v938, %v255 fastmath<contract> : f32
                %v940 = arith.mulf %v939, %v934 fastmath<contract> : f32
                %v941 = arith.addf %v940, %v258 fastmath<contract> : f32
                %v942 = arith.mulf %v941, %v934 fastmath<contract> : f32
                %v943 = arith.addf %v942, %v261 fastmath<contract> : f32
                %v944 = arith.mulf %v943, %v934 fastmath<contract> : f32
                %v945 = arith.addf %v944, %v264 fastmath<contract> : f32
                %v946 = arith.mulf %v945, %v934 fastmath<contract> : f32
                %v947 = arith.addf %v946, %v267 fastmath<contract> : f32
                %v948 = arith.mulf %v947, %v934 fastmath<contract> : f32
                %v949 = arith.addf %v948, %v64 fastmath<contract> : f32
                %v950 = arith.mulf %v949, %v934 fastmath<contract> : f32
                %v951 = llvm.call_intrinsic "llvm.fabs.f32"(%v934) : (f32) -> f32
                %v952 = arith.cmpf olt, %v951, %v273 : f32
                %v953 = arith.select %v952, %v950, %v937 : f32
                %v954 = arith.addf %v930, %v953 fastmath<contract> : f32
                %v955 = arith.muli %v43, %v232 : i64
                %v956 = arith.muli %v41, %size_L : i64
                %v957 = arith.addi %v955, %v956 : i64
                %v958 = arith.subi %v181, %v921 : i64
                %v959 = arith.addi %v957, %v958 : i64
                %v960 = llvm.getelementptr %in_u[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v961 = llvm.load %v960 : !llvm.ptr -> f32
                %v962 = arith.mulf %v954, %v961 fastmath<contract> : f32
                %v963 = arith.muli %v43, %v232 : i64
                %v964 = arith.muli %v41, %size_L : i64
                %v965 = arith.addi %v963, %v964 : i64
                %v966 = arith.subi %v181, %v921 : i64
                %v967 = arith.addi %v965, %v966 : i64
                %v968 = llvm.getelementptr %in_z[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v969 = llvm.load %v968 : !llvm.ptr -> f32
                %v970 = arith.negf %v969 : f32
                %v971 = arith.mulf %v970, %v246 fastmath<contract> : f32
                %v972 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v971) : (f32) -> f32
                %v973 = arith.addf %v64, %v972 fastmath<contract> : f32
                %v974 = arith.divf %v64, %v973 : f32
                %v975 = arith.mulf %v969, %v974 fastmath<contract> : f32
                %v976 = arith.negf %v969 : f32
                %v977 = arith.mulf %v976, %v246 fastmath<contract> : f32
                %v978 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v977) : (f32) -> f32
                %v979 = arith.addf %v64, %v978 fastmath<contract> : f32
                %v980 = arith.divf %v64, %v979 : f32
                %v981 = arith.subf %v64, %v980 fastmath<contract> : f32
                %v982 = arith.mulf %v969, %v981 fastmath<contract> : f32
                %v983 = arith.addf %v64, %v982 fastmath<contract> : f32
                %v984 = arith.mulf %v980, %v983 fastmath<contract> : f32
                %v985 = arith.negf %v929 : f32
                %v986 = arith.mulf %v985, %v246 fastmath<contract> : f32
                %v987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v986) : (f32) -> f32
                %v988 = arith.addf %v64, %v987 fastmath<contract> : f32
                %v989 = arith.divf %v64, %v988 : f32
                // the group's states, recomputed into registers
                %v990 = arith.subi %v161, %v224 : i64
                %v991 = arith.trunci %v990 : i64 to i32
                %v992 = arith.subi %size_L, %v2 : i64
                %v993 = arith.addi %v159, %v224 : i64
                %v994 = arith.subi %v992, %v993 : i64
                %v995 = arith.minsi %v994, %v317 : i64
                %v996 = arith.trunci %v995 : i64 to i32
                %v997 = arith.addi %v224, %v109 : i64
                %v998 = arith.cmpi slt, %v321, %v991 : i32
                %v999 = arith.cmpi eq, %v321, %v996 : i32
                %v1000, %v1001 = gpu.shuffle idx %v954, %v145, %v324 : f32
                %v1002, %v1003 = gpu.shuffle idx %v962, %v145, %v324 : f32
                %v1004, %v1005 = gpu.shuffle idx %v975, %v145, %v324 : f32
                %v1006, %v1007 = gpu.shuffle idx %v984, %v145, %v324 : f32
                %v1008, %v1009 = gpu.shuffle idx %v989, %v145, %v324 : f32
                scf.if %v998 {
                  %v1010 = arith.addi %v159, %v997 : i64
                  %v1011 = arith.muli %v31, %v186 : i64
                  %v1012 = arith.subi %v1010, %v159 : i64
                  %v1013 = arith.addi %v1011, %v1012 : i64
                  %v1014 = llvm.getelementptr %v62[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1015 = llvm.load %v1014 : !llvm.ptr -> f32
                  %v1016 = arith.muli %v43, %v232 : i64
                  %v1017 = arith.muli %v41, %size_L : i64
                  %v1018 = arith.addi %v1016, %v1017 : i64
                  %v1019 = arith.subi %v181, %v1010 : i64
                  %v1020 = arith.addi %v1018, %v1019 : i64
                  %v1021 = llvm.getelementptr %dy_y[%v1020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
                  %v1023 = arith.mulf %v1004, %v1022 fastmath<contract> : f32
                  %v1024 = arith.mulf %v1015, %v1023 fastmath<contract> : f32
                  %v1025 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1026 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1027 = arith.mulf %v1026, %v1025 fastmath<contract> : f32
                  %v1028 = arith.addf %v1024, %v1027 fastmath<contract> : f32
                  llvm.store %v1028, %v49 : f32, !llvm.ptr
                  %v1029 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1030 = arith.mulf %v1029, %v1026 fastmath<contract> : f32
                  llvm.store %v1030, %v65 : f32, !llvm.ptr
                  %v1031 = arith.constant 8 : i64
                  %v1032 = arith.addi %v1031, %v31 : i64
                  %v1033 = arith.muli %v1032, %v186 : i64
                  %v1034 = arith.subi %v1010, %v159 : i64
                  %v1035 = arith.addi %v1033, %v1034 : i64
                  %v1036 = llvm.getelementptr %v62[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v1023 fastmath<contract> : f32
                  %v1039 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1040 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1041 = arith.mulf %v1040, %v1039 fastmath<contract> : f32
                  %v1042 = arith.addf %v1038, %v1041 fastmath<contract> : f32
                  llvm.store %v1042, %v50 : f32, !llvm.ptr
                  %v1043 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1044 = arith.mulf %v1043, %v1040 fastmath<contract> : f32
                  llvm.store %v1044, %v66 : f32, !llvm.ptr
                  scf.if %v999 {
                    %v1045 = arith.muli %v43, %v69 : i64
                    %v1046 = arith.muli %v41, %v1 : i64
                    %v1047 = arith.addi %v1045, %v1046 : i64
                    %v1048 = arith.addi %v1047, %v31 : i64
                    %v1049 = llvm.getelementptr %dy_h_first[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                    %v1051 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1052 = arith.addf %v1051, %v1050 fastmath<contract> : f32
                    llvm.store %v1052, %v49 : f32, !llvm.ptr
                    %v1053 = arith.muli %v43, %v69 : i64
                    %v1054 = arith.muli %v41, %v1 : i64
                    %v1055 = arith.addi %v1053, %v1054 : i64
                    %v1056 = arith.constant 8 : i64
                    %v1057 = arith.addi %v1056, %v31 : i64
                    %v1058 = arith.addi %v1055, %v1057 : i64
                    %v1059 = llvm.getelementptr %dy_h_first[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                    %v1061 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1062 = arith.addf %v1061, %v1060 fastmath<contract> : f32
                    llvm.store %v1062, %v50 : f32, !llvm.ptr
                  }
                  %v1064 = arith.mulf %v1000, %v1063 fastmath<contract> : f32
                  %v1065 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1064) : (f32) -> f32
                  llvm.store %v1065, %v51 : f32, !llvm.ptr
                  %v1067 = arith.mulf %v1000, %v1066 fastmath<contract> : f32
                  %v1068 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1067) : (f32) -> f32
                  llvm.store %v1068, %v52 : f32, !llvm.ptr
                }
                %v1069 = arith.addi %v224, %v404 : i64
                %v1070 = arith.cmpi slt, %v406, %v991 : i32
                %v1071 = arith.cmpi eq, %v406, %v996 : i32
                %v1072, %v1073 = gpu.shuffle idx %v954, %v141, %v324 : f32
                %v1074, %v1075 = gpu.shuffle idx %v962, %v141, %v324 : f32
                %v1076, %v1077 = gpu.shuffle idx %v975, %v141, %v324 : f32
                %v1078, %v1079 = gpu.shuffle idx %v984, %v141, %v324 : f32
                %v1080, %v1081 = gpu.shuffle idx %v989, %v141, %v324 : f32
                scf.if %v1070 {
                  %v1082 = arith.addi %v159, %v1069 : i64
                  %v1083 = arith.muli %v31, %v186 : i64
                  %v1084 = arith.subi %v1082, %v159 : i64
                  %v1085 = arith.addi %v1083, %v1084 : i64
                  %v1086 = llvm.getelementptr %v62[%v1085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
                  %v1088 = arith.muli %v43, %v232 : i64
                  %v1089 = arith.muli %v41, %size_L : i64
                  %v1090 = arith.addi %v1088, %v1089 : i64
                  %v1091 = arith.subi %v181, %v1082 : i64
                  %v1092 = arith.addi %v1090, %v1091 : i64
                  %v1093 = llvm.getelementptr %dy_y[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
                  %v1095 = arith.mulf %v1076, %v1094 fastmath<contract> : f32
                  %v1096 = arith.mulf %v1087, %v1095 fastmath<contract> : f32
                  %v1097 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1098 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1099 = arith.mulf %v1098, %v1097 fastmath<contract> : f32
                  %v1100 = arith.addf %v1096, %v1099 fastmath<contract> : f32
                  llvm.store %v1100, %v49 : f32, !llvm.ptr
                  %v1101 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1102 = arith.mulf %v1101, %v1098 fastmath<contract> : f32
                  llvm.store %v1102, %v65 : f32, !llvm.ptr
                  %v1103 = arith.constant 8 : i64
                  %v1104 = arith.addi %v1103, %v31 : i64
                  %v1105 = arith.muli %v1104, %v186 : i64
                  %v1106 = arith.subi %v1082, %v159 : i64
                  %v1107 = arith.addi %v1105, %v1106 : i64
                  %v1108 = llvm.getelementptr %v62[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1109 = llvm.load %v1108 : !llvm.ptr -> f32
                  %v1110 = arith.mulf %v1109, %v1095 fastmath<contract> : f32
                  %v1111 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1112 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1113 = arith.mulf %v1112, %v1111 fastmath<contract> : f32
                  %v1114 = arith.addf %v1110, %v1113 fastmath<contract> : f32
                  llvm.store %v1114, %v50 : f32, !llvm.ptr
                  %v1115 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1116 = arith.mulf %v1115, %v1112 fastmath<contract> : f32
                  llvm.store %v1116, %v66 : f32, !llvm.ptr
                  scf.if %v1071 {
                    %v1117 = arith.muli %v43, %v69 : i64
                    %v1118 = arith.muli %v41, %v1 : i64
                    %v1119 = arith.addi %v1117, %v1118 : i64
                    %v1120 = arith.addi %v1119, %v31 : i64
                    %v1121 = llvm.getelementptr %dy_h_first[%v1120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1122 = llvm.load %v1121 : !llvm.ptr -> f32
                    %v1123 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1124 = arith.addf %v1123, %v1122 fastmath<contract> : f32
                    llvm.store %v1124, %v49 : f32, !llvm.ptr
                    %v1125 = arith.muli %v43, %v69 : i64
                    %v1126 = arith.muli %v41, %v1 : i64
                    %v1127 = arith.addi %v1125, %v1126 : i64
                    %v1128 = arith.constant 8 : i64
                    %v1129 = arith.addi %v1128, %v31 : i64
                    %v1130 = arith.addi %v1127, %v1129 : i64
                    %v1131 = llvm.getelementptr %dy_h_first[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
                    %v1133 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1134 = arith.addf %v1133, %v1132 fastmath<contract> : f32
                    llvm.store %v1134, %v50 : f32, !llvm.ptr
                  }
                  %v1136 = arith.mulf %v1072, %v1135 fastmath<contract> : f32
                  %v1137 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1136) : (f32) -> f32
                  llvm.store %v1137, %v51 : f32, !llvm.ptr
                  %v1139 = arith.mulf %v1072, %v1138 fastmath<contract> : f32
                  %v1140 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1139) : (f32) -> f32
                  llvm.store %v1140, %v52 : f32, !llvm.ptr
                }
                %v1141 = arith.addi %v224, %v478 : i64
                %v1142 = arith.cmpi slt, %v480, %v991 : i32
                %v1143 = arith.cmpi eq, %v480, %v996 : i32
                %v1144, %v1145 = gpu.shuffle idx %v954, %v137, %v324 : f32
                %v1146, %v1147 = gpu.shuffle idx %v962, %v137, %v324 : f32
                %v1148, %v1149 = gpu.shuffle idx %v975, %v137, %v324 : f32
                %v1150, %v1151 = gpu.shuffle idx %v984, %v137, %v324 : f32
                %v1152, %v1153 = gpu.shuffle idx %v989, %v137, %v324 : f32
                scf.if %v1142 {
                  %v1154 = arith.addi %v159, %v1141 : i64
                  %v1155 = arith.muli %v31, %v186 : i64
                  %v1156 = arith.subi %v1154, %v159 : i64
                  %v1157 = arith.addi %v1155, %v1156 : i64
                  %v1158 = llvm.getelementptr %v62[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1159 = llvm.load %v1158 : !llvm.ptr -> f32
                  %v1160 = arith.muli %v43, %v232 : i64
                  %v1161 = arith.muli %v41, %size_L : i64
                  %v1162 = arith.addi %v1160, %v1161 : i64
                  %v1163 = arith.subi %v181, %v1154 : i64
                  %v1164 = arith.addi %v1162, %v1163 : i64
                  %v1165 = llvm.getelementptr %dy_y[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1166 = llvm.load %v1165 : !llvm.ptr -> f32
                  %v1167 = arith.mulf %v1148, %v1166 fastmath<contract> : f32
                  %v1168 = arith.mulf %v1159, %v1167 fastmath<contract> : f32
                  %v1169 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1170 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1171 = arith.mulf %v1170, %v1169 fastmath<contract> : f32
                  %v1172 = arith.addf %v1168, %v1171 fastmath<contract> : f32
                  llvm.store %v1172, %v49 : f32, !llvm.ptr
                  %v1173 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1174 = arith.mulf %v1173, %v1170 fastmath<contract> : f32
                  llvm.store %v1174, %v65 : f32, !llvm.ptr
                  %v1175 = arith.constant 8 : i64
                  %v1176 = arith.addi %v1175, %v31 : i64
                  %v1177 = arith.muli %v1176, %v186 : i64
                  %v1178 = arith.subi %v1154, %v159 : i64
                  %v1179 = arith.addi %v1177, %v1178 : i64
                  %v1180 = llvm.getelementptr %v62[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                  %v1182 = arith.mulf %v1181, %v1167 fastmath<contract> : f32
                  %v1183 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1184 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1185 = arith.mulf %v1184, %v1183 fastmath<contract> : f32
                  %v1186 = arith.addf %v1182, %v1185 fastmath<contract> : f32
                  llvm.store %v1186, %v50 : f32, !llvm.ptr
                  %v1187 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1188 = arith.mulf %v1187, %v1184 fastmath<contract> : f32
                  llvm.store %v1188, %v66 : f32, !llvm.ptr
                  scf.if %v1143 {
                    %v1189 = arith.muli %v43, %v69 : i64
                    %v1190 = arith.muli %v41, %v1 : i64
                    %v1191 = arith.addi %v1189, %v1190 : i64
                    %v1192 = arith.addi %v1191, %v31 : i64
                    %v1193 = llvm.getelementptr %dy_h_first[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
                    %v1195 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1196 = arith.addf %v1195, %v1194 fastmath<contract> : f32
                    llvm.store %v1196, %v49 : f32, !llvm.ptr
                    %v1197 = arith.muli %v43, %v69 : i64
                    %v1198 = arith.muli %v41, %v1 : i64
                    %v1199 = arith.addi %v1197, %v1198 : i64
                    %v1200 = arith.constant 8 : i64
                    %v1201 = arith.addi %v1200, %v31 : i64
                    %v1202 = arith.addi %v1199, %v1201 : i64
                    %v1203 = llvm.getelementptr %dy_h_first[%v1202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1204 = llvm.load %v1203 : !llvm.ptr -> f32
                    %v1205 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1206 = arith.addf %v1205, %v1204 fastmath<contract> : f32
                    llvm.store %v1206, %v50 : f32, !llvm.ptr
                  }
                  %v1208 = arith.mulf %v1144, %v1207 fastmath<contract> : f32
                  %v1209 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1208) : (f32) -> f32
                  llvm.store %v1209, %v51 : f32, !llvm.ptr
                  %v1211 = arith.mulf %v1144, %v1210 fastmath<contract> : f32
                  %v1212 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1211) : (f32) -> f32
                  llvm.store %v1212, %v52 : f32, !llvm.ptr
                }
                %v1213 = arith.addi %v224, %v45 : i64
                %v1214 = arith.cmpi slt, %v553, %v991 : i32
                %v1215 = arith.cmpi eq, %v553, %v996 : i32
                %v1216, %v1217 = gpu.shuffle idx %v954, %v133, %v324 : f32
                %v1218, %v1219 = gpu.shuffle idx %v962, %v133, %v324 : f32
                %v1220, %v1221 = gpu.shuffle idx %v975, %v133, %v324 : f32
                %v1222, %v1223 = gpu.shuffle idx %v984, %v133, %v324 : f32
                %v1224, %v1225 = gpu.shuffle idx %v989, %v133, %v324 : f32
                scf.if %v1214 {
                  %v1226 = arith.addi %v159, %v1213 : i64
                  %v1227 = arith.muli %v31, %v186 : i64
                  %v1228 = arith.subi %v1226, %v159 : i64
                  %v1229 = arith.addi %v1227, %v1228 : i64
                  %v1230 = llvm.getelementptr %v62[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
                  %v1232 = arith.muli %v43, %v232 : i64
                  %v1233 = arith.muli %v41, %size_L : i64
                  %v1234 = arith.addi %v1232, %v1233 : i64
                  %v1235 = arith.subi %v181, %v1226 : i64
                  %v1236 = arith.addi %v1234, %v1235 : i64
                  %v1237 = llvm.getelementptr %dy_y[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1238 = llvm.load %v1237 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1220, %v1238 fastmath<contract> : f32
                  %v1240 = arith.mulf %v1231, %v1239 fastmath<contract> : f32
                  %v1241 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1242 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1243 = arith.mulf %v1242, %v1241 fastmath<contract> : f32
                  %v1244 = arith.addf %v1240, %v1243 fastmath<contract> : f32
                  llvm.store %v1244, %v49 : f32, !llvm.ptr
                  %v1245 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1246 = arith.mulf %v1245, %v1242 fastmath<contract> : f32
                  llvm.store %v1246, %v65 : f32, !llvm.ptr
                  %v1247 = arith.constant 8 : i64
                  %v1248 = arith.addi %v1247, %v31 : i64
                  %v1249 = arith.muli %v1248, %v186 : i64
                  %v1250 = arith.subi %v1226, %v159 : i64
                  %v1251 = arith.addi %v1249, %v1250 : i64
                  %v1252 = llvm.getelementptr %v62[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
                  %v1254 = arith.mulf %v1253, %v1239 fastmath<contract> : f32
                  %v1255 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1256 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1257 = arith.mulf %v1256, %v1255 fastmath<contract> : f32
                  %v1258 = arith.addf %v1254, %v1257 fastmath<contract> : f32
                  llvm.store %v1258, %v50 : f32, !llvm.ptr
                  %v1259 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1260 = arith.mulf %v1259, %v1256 fastmath<contract> : f32
                  llvm.store %v1260, %v66 : f32, !llvm.ptr
                  scf.if %v1215 {
                    %v1261 = arith.muli %v43, %v69 : i64
                    %v1262 = arith.muli %v41, %v1 : i64
                    %v1263 = arith.addi %v1261, %v1262 : i64
                    %v1264 = arith.addi %v1263, %v31 : i64
                    %v1265 = llvm.getelementptr %dy_h_first[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
                    %v1267 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1268 = arith.addf %v1267, %v1266 fastmath<contract> : f32
                    llvm.store %v1268, %v49 : f32, !llvm.ptr
                    %v1269 = arith.muli %v43, %v69 : i64
                    %v1270 = arith.muli %v41, %v1 : i64
                    %v1271 = arith.addi %v1269, %v1270 : i64
                    %v1272 = arith.constant 8 : i64
                    %v1273 = arith.addi %v1272, %v31 : i64
                    %v1274 = arith.addi %v1271, %v1273 : i64
                    %v1275 = llvm.getelementptr %dy_h_first[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
                    %v1277 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1278 = arith.addf %v1277, %v1276 fastmath<contract> : f32
                    llvm.store %v1278, %v50 : f32, !llvm.ptr
                  }
                  %v1280 = arith.mulf %v1216, %v1279 fastmath<contract> : f32
                  %v1281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1280) : (f32) -> f32
                  llvm.store %v1281, %v51 : f32, !llvm.ptr
                  %v1283 = arith.mulf %v1216, %v1282 fastmath<contract> : f32
                  %v1284 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1283) : (f32) -> f32
                  llvm.store %v1284, %v52 : f32, !llvm.ptr
                }
                %v1285 = arith.addi %v224, %v625 : i64
                %v1286 = arith.cmpi slt, %v627, %v991 : i32
                %v1287 = arith.cmpi eq, %v627, %v996 : i32
                %v1288, %v1289 = gpu.shuffle idx %v954, %v129, %v324 : f32
                %v1290, %v1291 = gpu.shuffle idx %v962, %v129, %v324 : f32
                %v1292, %v1293 = gpu.shuffle idx %v975, %v129, %v324 : f32
                %v1294, %v1295 = gpu.shuffle idx %v984, %v129, %v324 : f32
                %v1296, %v1297 = gpu.shuffle idx %v989, %v129, %v324 : f32
                scf.if %v1286 {
                  %v1298 = arith.addi %v159, %v1285 : i64
                  %v1299 = arith.muli %v31, %v186 : i64
                  %v1300 = arith.subi %v1298, %v159 : i64
                  %v1301 = arith.addi %v1299, %v1300 : i64
                  %v1302 = llvm.getelementptr %v62[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
                  %v1304 = arith.muli %v43, %v232 : i64
                  %v1305 = arith.muli %v41, %size_L : i64
                  %v1306 = arith.addi %v1304, %v1305 : i64
                  %v1307 = arith.subi %v181, %v1298 : i64
                  %v1308 = arith.addi %v1306, %v1307 : i64
                  %v1309 = llvm.getelementptr %dy_y[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
                  %v1311 = arith.mulf %v1292, %v1310 fastmath<contract> : f32
                  %v1312 = arith.mulf %v1303, %v1311 fastmath<contract> : f32
                  %v1313 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1314 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1315 = arith.mulf %v1314, %v1313 fastmath<contract> : f32
                  %v1316 = arith.addf %v1312, %v1315 fastmath<contract> : f32
                  llvm.store %v1316, %v49 : f32, !llvm.ptr
                  %v1317 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1318 = arith.mulf %v1317, %v1314 fastmath<contract> : f32
                  llvm.store %v1318, %v65 : f32, !llvm.ptr
                  %v1319 = arith.constant 8 : i64
                  %v1320 = arith.addi %v1319, %v31 : i64
                  %v1321 = arith.muli %v1320, %v186 : i64
                  %v1322 = arith.subi %v1298, %v159 : i64
                  %v1323 = arith.addi %v1321, %v1322 : i64
                  %v1324 = llvm.getelementptr %v62[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1325 = llvm.load %v1324 : !llvm.ptr -> f32
                  %v1326 = arith.mulf %v1325, %v1311 fastmath<contract> : f32
                  %v1327 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1328 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1329 = arith.mulf %v1328, %v1327 fastmath<contract> : f32
                  %v1330 = arith.addf %v1326, %v1329 fastmath<contract> : f32
                  llvm.store %v1330, %v50 : f32, !llvm.ptr
                  %v1331 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1332 = arith.mulf %v1331, %v1328 fastmath<contract> : f32
                  llvm.store %v1332, %v66 : f32, !llvm.ptr
                  scf.if %v1287 {
                    %v1333 = arith.muli %v43, %v69 : i64
                    %v1334 = arith.muli %v41, %v1 : i64
                    %v1335 = arith.addi %v1333, %v1334 : i64
                    %v1336 = arith.addi %v1335, %v31 : i64
                    %v1337 = llvm.getelementptr %dy_h_first[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1338 = llvm.load %v1337 : !llvm.ptr -> f32
                    %v1339 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1340 = arith.addf %v1339, %v1338 fastmath<contract> : f32
                    llvm.store %v1340, %v49 : f32, !llvm.ptr
                    %v1341 = arith.muli %v43, %v69 : i64
                    %v1342 = arith.muli %v41, %v1 : i64
                    %v1343 = arith.addi %v1341, %v1342 : i64
                    %v1344 = arith.constant 8 : i64
                    %v1345 = arith.addi %v1344, %v31 : i64
                    %v1346 = arith.addi %v1343, %v1345 : i64
                    %v1347 = llvm.getelementptr %dy_h_first[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                    %v1349 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1350 = arith.addf %v1349, %v1348 fastmath<contract> : f32
                    llvm.store %v1350, %v50 : f32, !llvm.ptr
                  }
                  %v1352 = arith.mulf %v1288, %v1351 fastmath<contract> : f32
                  %v1353 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1352) : (f32) -> f32
                  llvm.store %v1353, %v51 : f32, !llvm.ptr
                  %v1355 = arith.mulf %v1288, %v1354 fastmath<contract> : f32
                  %v1356 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1355) : (f32) -> f32
                  llvm.store %v1356, %v52 : f32, !llvm.ptr
                }
                %v1357 = arith.addi %v224, %v699 : i64
                %v1358 = arith.cmpi slt, %v701, %v991 : i32
                %v1359 = arith.cmpi eq, %v701, %v996 : i32
                %v1360, %v1361 = gpu.shuffle idx %v954, %v125, %v324 : f32
                %v1362, %v1363 = gpu.shuffle idx %v962, %v125, %v324 : f32
                %v1364, %v1365 = gpu.shuffle idx %v975, %v125, %v324 : f32
                %v1366, %v1367 = gpu.shuffle idx %v984, %v125, %v324 : f32
                %v1368, %v1369 = gpu.shuffle idx %v989, %v125, %v324 : f32
                scf.if %v1358 {
                  %v1370 = arith.addi %v159, %v1357 : i64
                  %v1371 = arith.muli %v31, %v186 : i64
                  %v1372 = arith.subi %v1370, %v159 : i64
                  %v1373 = arith.addi %v1371, %v1372 : i64
                  %v1374 = llvm.getelementptr %v62[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
                  %v1376 = arith.muli %v43, %v232 : i64
                  %v1377 = arith.muli %v41, %size_L : i64
                  %v1378 = arith.addi %v1376, %v1377 : i64
                  %v1379 = arith.subi %v181, %v1370 : i64
                  %v1380 = arith.addi %v1378, %v1379 : i64
                  %v1381 = llvm.getelementptr %dy_y[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
                  %v1383 = arith.mulf %v1364, %v1382 fastmath<contract> : f32
                  %v1384 = arith.mulf %v1375, %v1383 fastmath<contract> : f32
                  %v1385 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1386 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1387 = arith.mulf %v1386, %v1385 fastmath<contract> : f32
                  %v1388 = arith.addf %v1384, %v1387 fastmath<contract> : f32
                  llvm.store %v1388, %v49 : f32, !llvm.ptr
                  %v1389 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1390 = arith.mulf %v1389, %v1386 fastmath<contract> : f32
                  llvm.store %v1390, %v65 : f32, !llvm.ptr
                  %v1391 = arith.constant 8 : i64
                  %v1392 = arith.addi %v1391, %v31 : i64
                  %v1393 = arith.muli %v1392, %v186 : i64
                  %v1394 = arith.subi %v1370, %v159 : i64
                  %v1395 = arith.addi %v1393, %v1394 : i64
                  %v1396 = llvm.getelementptr %v62[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                  %v1398 = arith.mulf %v1397, %v1383 fastmath<contract> : f32
                  %v1399 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1400 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1401 = arith.mulf %v1400, %v1399 fastmath<contract> : f32
                  %v1402 = arith.addf %v1398, %v1401 fastmath<contract> : f32
                  llvm.store %v1402, %v50 : f32, !llvm.ptr
                  %v1403 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1404 = arith.mulf %v1403, %v1400 fastmath<contract> : f32
                  llvm.store %v1404, %v66 : f32, !llvm.ptr
                  scf.if %v1359 {
                    %v1405 = arith.muli %v43, %v69 : i64
                    %v1406 = arith.muli %v41, %v1 : i64
                    %v1407 = arith.addi %v1405, %v1406 : i64
                    %v1408 = arith.addi %v1407, %v31 : i64
                    %v1409 = llvm.getelementptr %dy_h_first[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
                    %v1411 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1412 = arith.addf %v1411, %v1410 fastmath<contract> : f32
                    llvm.store %v1412, %v49 : f32, !llvm.ptr
                    %v1413 = arith.muli %v43, %v69 : i64
                    %v1414 = arith.muli %v41, %v1 : i64
                    %v1415 = arith.addi %v1413, %v1414 : i64
                    %v1416 = arith.constant 8 : i64
                    %v1417 = arith.addi %v1416, %v31 : i64
                    %v1418 = arith.addi %v1415, %v1417 : i64
                    %v1419 = llvm.getelementptr %dy_h_first[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
                    %v1421 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1422 = arith.addf %v1421, %v1420 fastmath<contract> : f32
                    llvm.store %v1422, %v50 : f32, !llvm.ptr
                  }
                  %v1424 = arith.mulf %v1360, %v1423 fastmath<contract> : f32
                  %v1425 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1424) : (f32) -> f32
                  llvm.store %v1425, %v51 : f32, !llvm.ptr
                  %v1427 = arith.mulf %v1360, %v1426 fastmath<contract> : f32
                  %v1428 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1427) : (f32) -> f32
                  llvm.store %v1428, %v52 : f32, !llvm.ptr
                }
                %v1429 = arith.addi %v224, %v2 : i64
                %v1430 = arith.cmpi slt, %v774, %v991 : i32
                %v1431 = arith.cmpi eq, %v774, %v996 : i32
                %v1432, %v1433 = gpu.shuffle idx %v954, %v121, %v324 : f32
                %v1434, %v1435 = gpu.shuffle idx %v962, %v121, %v324 : f32
                %v1436, %v1437 = gpu.shuffle idx %v975, %v121, %v324 : f32
                %v1438, %v1439 = gpu.shuffle idx %v984, %v121, %v324 : f32
                %v1440, %v1441 = gpu.shuffle idx %v989, %v121, %v324 : f32
                scf.if %v1430 {
                  %v1442 = arith.addi %v159, %v1429 : i64
                  %v1443 = arith.muli %v31, %v186 : i64
                  %v1444 = arith.subi %v1442, %v159 : i64
                  %v1445 = arith.addi %v1443, %v1444 : i64
                  %v1446 = llvm.getelementptr %v62[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
                  %v1448 = arith.muli %v43, %v232 : i64
                  %v1449 = arith.muli %v41, %size_L : i64
                  %v1450 = arith.addi %v1448, %v1449 : i64
                  %v1451 = arith.subi %v181, %v1442 : i64
                  %v1452 = arith.addi %v1450, %v1451 : i64
                  %v1453 = llvm.getelementptr %dy_y[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
                  %v1455 = arith.mulf %v1436, %v1454 fastmath<contract> : f32
                  %v1456 = arith.mulf %v1447, %v1455 fastmath<contract> : f32
                  %v1457 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1458 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1459 = arith.mulf %v1458, %v1457 fastmath<contract> : f32
                  %v1460 = arith.addf %v1456, %v1459 fastmath<contract> : f32
                  llvm.store %v1460, %v49 : f32, !llvm.ptr
                  %v1461 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1462 = arith.mulf %v1461, %v1458 fastmath<contract> : f32
                  llvm.store %v1462, %v65 : f32, !llvm.ptr
                  %v1463 = arith.constant 8 : i64
                  %v1464 = arith.addi %v1463, %v31 : i64
                  %v1465 = arith.muli %v1464, %v186 : i64
                  %v1466 = arith.subi %v1442, %v159 : i64
                  %v1467 = arith.addi %v1465, %v1466 : i64
                  %v1468 = llvm.getelementptr %v62[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
                  %v1470 = arith.mulf %v1469, %v1455 fastmath<contract> : f32
                  %v1471 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1472 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1473 = arith.mulf %v1472, %v1471 fastmath<contract> : f32
                  %v1474 = arith.addf %v1470, %v1473 fastmath<contract> : f32
                  llvm.store %v1474, %v50 : f32, !llvm.ptr
                  %v1475 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1476 = arith.mulf %v1475, %v1472 fastmath<contract> : f32
                  llvm.store %v1476, %v66 : f32, !llvm.ptr
                  scf.if %v1431 {
                    %v1477 = arith.muli %v43, %v69 : i64
                    %v1478 = arith.muli %v41, %v1 : i64
                    %v1479 = arith.addi %v1477, %v1478 : i64
                    %v1480 = arith.addi %v1479, %v31 : i64
                    %v1481 = llvm.getelementptr %dy_h_first[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
                    %v1483 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1484 = arith.addf %v1483, %v1482 fastmath<contract> : f32
                    llvm.store %v1484, %v49 : f32, !llvm.ptr
                    %v1485 = arith.muli %v43, %v69 : i64
                    %v1486 = arith.muli %v41, %v1 : i64
                    %v1487 = arith.addi %v1485, %v1486 : i64
                    %v1488 = arith.constant 8 : i64
                    %v1489 = arith.addi %v1488, %v31 : i64
                    %v1490 = arith.addi %v1487, %v1489 : i64
                    %v1491 = llvm.getelementptr %dy_h_first[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1492 = llvm.load %v1491 : !llvm.ptr -> f32
                    %v1493 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1494 = arith.addf %v1493, %v1492 fastmath<contract> : f32
                    llvm.store %v1494, %v50 : f32, !llvm.ptr
                  }
                  %v1496 = arith.mulf %v1432, %v1495 fastmath<contract> : f32
                  %v1497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1496) : (f32) -> f32
                  llvm.store %v1497, %v51 : f32, !llvm.ptr
                  %v1499 = arith.mulf %v1432, %v1498 fastmath<contract> : f32
                  %v1500 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1499) : (f32) -> f32
                  llvm.store %v1500, %v52 : f32, !llvm.ptr
                }
                %v1501 = arith.cmpi slt, %v846, %v991 : i32
                %v1502 = arith.cmpi eq, %v846, %v996 : i32
                %v1503, %v1504 = gpu.shuffle idx %v954, %v117, %v324 : f32
                %v1505, %v1506 = gpu.shuffle idx %v962, %v117, %v324 : f32
                %v1507, %v1508 = gpu.shuffle idx %v975, %v117, %v324 : f32
                %v1509, %v1510 = gpu.shuffle idx %v984, %v117, %v324 : f32
                %v1511, %v1512 = gpu.shuffle idx %v989, %v117, %v324 : f32
                scf.if %v1501 {
                  %v1513 = arith.addi %v159, %v224 : i64
                  %v1514 = arith.muli %v31, %v186 : i64
                  %v1515 = arith.subi %v1513, %v159 : i64
                  %v1516 = arith.addi %v1514, %v1515 : i64
                  %v1517 = llvm.getelementptr %v62[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
                  %v1519 = arith.muli %v43, %v232 : i64
                  %v1520 = arith.muli %v41, %size_L : i64
                  %v1521 = arith.addi %v1519, %v1520 : i64
                  %v1522 = arith.subi %v181, %v1513 : i64
                  %v1523 = arith.addi %v1521, %v1522 : i64
                  %v1524 = llvm.getelementptr %dy_y[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
                  %v1526 = arith.mulf %v1507, %v1525 fastmath<contract> : f32
                  %v1527 = arith.mulf %v1518, %v1526 fastmath<contract> : f32
                  %v1528 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1529 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1530 = arith.mulf %v1529, %v1528 fastmath<contract> : f32
                  %v1531 = arith.addf %v1527, %v1530 fastmath<contract> : f32
                  llvm.store %v1531, %v49 : f32, !llvm.ptr
                  %v1532 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1533 = arith.mulf %v1532, %v1529 fastmath<contract> : f32
                  llvm.store %v1533, %v65 : f32, !llvm.ptr
                  %v1534 = arith.constant 8 : i64
                  %v1535 = arith.addi %v1534, %v31 : i64
                  %v1536 = arith.muli %v1535, %v186 : i64
                  %v1537 = arith.subi %v1513, %v159 : i64
                  %v1538 = arith.addi %v1536, %v1537 : i64
                  %v1539 = llvm.getelementptr %v62[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
                  %v1541 = arith.mulf %v1540, %v1526 fastmath<contract> : f32
                  %v1542 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1543 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1544 = arith.mulf %v1543, %v1542 fastmath<contract> : f32
                  %v1545 = arith.addf %v1541, %v1544 fastmath<contract> : f32
                  llvm.store %v1545, %v50 : f32, !llvm.ptr
                  %v1546 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1547 = arith.mulf %v1546, %v1543 fastmath<contract> : f32
                  llvm.store %v1547, %v66 : f32, !llvm.ptr
                  scf.if %v1502 {
                    %v1548 = arith.muli %v43, %v69 : i64
                    %v1549 = arith.muli %v41, %v1 : i64
                    %v1550 = arith.addi %v1548, %v1549 : i64
                    %v1551 = arith.addi %v1550, %v31 : i64
                    %v1552 = llvm.getelementptr %dy_h_first[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1553 = llvm.load %v1552 : !llvm.ptr -> f32
                    %v1554 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1555 = arith.addf %v1554, %v1553 fastmath<contract> : f32
                    llvm.store %v1555, %v49 : f32, !llvm.ptr
                    %v1556 = arith.muli %v43, %v69 : i64
                    %v1557 = arith.muli %v41, %v1 : i64
                    %v1558 = arith.addi %v1556, %v1557 : i64
                    %v1559 = arith.constant 8 : i64
                    %v1560 = arith.addi %v1559, %v31 : i64
                    %v1561 = arith.addi %v1558, %v1560 : i64
                    %v1562 = llvm.getelementptr %dy_h_first[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1563 = llvm.load %v1562 : !llvm.ptr -> f32
                    %v1564 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1565 = arith.addf %v1564, %v1563 fastmath<contract> : f32
                    llvm.store %v1565, %v50 : f32, !llvm.ptr
                  }
                  %v1567 = arith.mulf %v1503, %v1566 fastmath<contract> : f32
                  %v1568 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1567) : (f32) -> f32
                  llvm.store %v1568, %v51 : f32, !llvm.ptr
                  %v1570 = arith.mulf %v1503, %v1569 fastmath<contract> : f32
                  %v1571 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1570) : (f32) -> f32
                  llvm.store %v1571, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v35 {
        %v1572 = llvm.load %v49 : !llvm.ptr -> f32
        %v1573 = arith.muli %v26, %v1 : i64
        %v1574 = arith.addi %v1573, %v31 : i64
        %v1575 = arith.muli %v1574, %v3 : i64
        %v1576 = arith.subi %v3, %v2 : i64
        %v1577 = arith.minsi %v37, %v1576 : i64
        %v1578 = arith.addi %v1575, %v1577 : i64
        %v1579 = llvm.getelementptr %segsum_h[%v1578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1572, %v1579 : f32, !llvm.ptr
        %v1580 = llvm.load %v65 : !llvm.ptr -> f32
        %v1581 = arith.addi %v7, %v26 : i64
        %v1582 = arith.muli %v1581, %v1 : i64
        %v1583 = arith.addi %v1582, %v31 : i64
        %v1584 = arith.muli %v1583, %v3 : i64
        %v1585 = arith.subi %v3, %v2 : i64
        %v1586 = arith.minsi %v37, %v1585 : i64
        %v1587 = arith.addi %v1584, %v1586 : i64
        %v1588 = llvm.getelementptr %segsum_h[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1580, %v1588 : f32, !llvm.ptr
        %v1589 = llvm.load %v51 : !llvm.ptr -> f32
        %v1590 = arith.muli %v699, %v7 : i64
        %v1591 = arith.addi %v1590, %v26 : i64
        %v1592 = arith.muli %v1591, %v1 : i64
        %v1593 = arith.addi %v1592, %v31 : i64
        %v1594 = arith.muli %v1593, %v3 : i64
        %v1595 = arith.subi %v3, %v2 : i64
        %v1596 = arith.minsi %v37, %v1595 : i64
        %v1597 = arith.addi %v1594, %v1596 : i64
        %v1598 = llvm.getelementptr %segsum_h[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1589, %v1598 : f32, !llvm.ptr
        %v1599 = llvm.load %v50 : !llvm.ptr -> f32
        %v1600 = arith.addi %v30, %v31 : i64
        %v1601 = arith.muli %v26, %v1 : i64
        %v1602 = arith.addi %v1601, %v1600 : i64
        %v1603 = arith.muli %v1602, %v3 : i64
        %v1604 = arith.subi %v3, %v2 : i64
        %v1605 = arith.minsi %v37, %v1604 : i64
        %v1606 = arith.addi %v1603, %v1605 : i64
        %v1607 = llvm.getelementptr %segsum_h[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1599, %v1607 : f32, !llvm.ptr
        %v1608 = llvm.load %v66 : !llvm.ptr -> f32
        %v1609 = arith.addi %v30, %v31 : i64
        %v1610 = arith.addi %v7, %v26 : i64
        %v1611 = arith.muli %v1610, %v1 : i64
        %v1612 = arith.addi %v1611, %v1609 : i64
        %v1613 = arith.muli %v1612, %v3 : i64
        %v1614 = arith.subi %v3, %v2 : i64
        %v1615 = arith.minsi %v37, %v1614 : i64
        %v1616 = arith.addi %v1613, %v1615 : i64
        %v1617 = llvm.getelementptr %segsum_h[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1608, %v1617 : f32, !llvm.ptr
        %v1618 = llvm.load %v52 : !llvm.ptr -> f32
        %v1619 = arith.addi %v30, %v31 : i64
        %v1620 = arith.muli %v699, %v7 : i64
        %v1621 = arith.addi %v1620, %v26 : i64
        %v1622 = arith.muli %v1621, %v1 : i64
        %v1623 = arith.addi %v1622, %v1619 : i64
        %v1624 = arith.muli %v1623, %v3 : i64
        %v1625 = arith.subi %v3, %v2 : i64
        %v1626 = arith.minsi %v37, %v1625 : i64
        %v1627 = arith.addi %v1624, %v1626 : i64
        %v1628 = llvm.getelementptr %segsum_h[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1618, %v1628 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
