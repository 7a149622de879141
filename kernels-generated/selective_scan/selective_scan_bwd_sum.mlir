module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v59 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Bm : !llvm.ptr<3>
      %v60 = llvm.addrspacecast %v59 : !llvm.ptr<3> to !llvm.ptr
      %v61 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Cm : !llvm.ptr<3>
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
      %v184 = arith.constant 65 : i64
      %v229 = arith.muli %size_L, %size_D : i64
      %v242 = arith.constant 0x3FB8AA3B : f32
      %v247 = arith.constant 0x3F317218 : f32
      %v249 = arith.constant 0x3E124925 : f32
      %v251 = arith.constant 0xBE2AAAAB : f32
      %v254 = arith.constant 0x3E4CCCCD : f32
      %v257 = arith.constant 0xBE800000 : f32
      %v260 = arith.constant 0x3EAAAAAB : f32
      %v263 = arith.constant 0xBF000000 : f32
      %v269 = arith.constant 0x3D800000 : f32
      %v311 = arith.constant 2147483647 : i64
      %v315 = arith.constant 7 : i32
      %v318 = arith.constant 32 : i32
      %v397 = arith.constant 6 : i64
      %v399 = arith.constant 6 : i32
      %v470 = arith.constant 5 : i64
      %v472 = arith.constant 5 : i32
      %v544 = arith.constant 4 : i32
      %v615 = arith.constant 3 : i64
      %v617 = arith.constant 3 : i32
      %v688 = arith.constant 2 : i64
      %v690 = arith.constant 2 : i32
      %v762 = arith.constant 1 : i32
      %v833 = arith.constant 0 : i32
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
      %v236 = llvm.getelementptr %in_dt_bias[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v237 = llvm.load %v236 : !llvm.ptr -> f32
      %v381 = arith.muli %v41, %v1 : i64
      %v382 = arith.addi %v381, %v31 : i64
      %v383 = llvm.getelementptr %in_A[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v384 = llvm.load %v383 : !llvm.ptr -> f32
      %v385 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v388 = arith.muli %v41, %v1 : i64
      %v389 = arith.constant 8 : i64
      %v390 = arith.addi %v389, %v31 : i64
      %v391 = arith.addi %v388, %v390 : i64
      %v392 = llvm.getelementptr %in_A[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v394 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v464 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v467 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v537 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v540 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v609 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v612 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v682 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v685 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v755 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v758 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v827 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v830 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v898 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v901 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1045 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1048 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1116 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1119 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1187 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1190 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1258 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1261 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1329 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1332 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1400 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1403 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1471 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1474 = arith.mulf %v393, %v242 fastmath<contract> : f32
      %v1541 = arith.mulf %v384, %v242 fastmath<contract> : f32
      %v1544 = arith.mulf %v393, %v242 fastmath<contract> : f32
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
        %v94 = llvm.getelementptr %dy_h_last[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v104 = llvm.getelementptr %dy_h_last[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v181 = arith.addi %v180, %v174 : i64
          %v182 = llvm.getelementptr %in_Bm[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v185 = arith.muli %v172, %v184 : i64
          %v186 = arith.addi %v185, %v171 : i64
          %v187 = llvm.getelementptr %v60[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v183, %v187 : f32, !llvm.ptr
        }
        %v188 = arith.index_cast %v16 : i64 to index
        %v189 = arith.index_cast %v165 : i64 to index
        %v190 = arith.index_cast %v6 : i64 to index
        scf.for %v191 = %v188 to %v189 step %v190 {
          %v192 = arith.index_cast %v191 : index to i64
          %v193 = arith.remui %v192, %v108 : i64
          %v194 = arith.divui %v192, %v108 : i64
          %v195 = arith.addi %v159, %v193 : i64
          %v196 = arith.minsi %v195, %v164 : i64
          %v197 = arith.remui %v194, %v1 : i64
          %v198 = arith.divui %v194, %v1 : i64
          %v199 = arith.muli %v43, %v177 : i64
          %v200 = arith.muli %v197, %size_L : i64
          %v201 = arith.addi %v199, %v200 : i64
          %v202 = arith.addi %v201, %v196 : i64
          %v203 = llvm.getelementptr %in_Cm[%v202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v204 = llvm.load %v203 : !llvm.ptr -> f32
          %v205 = arith.muli %v194, %v184 : i64
          %v206 = arith.addi %v205, %v193 : i64
          %v207 = llvm.getelementptr %v62[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v204, %v207 : f32, !llvm.ptr
        }
        gpu.barrier
        %v208 = arith.index_cast %v67 : i64 to index
        %v209 = arith.index_cast %v2 : i64 to index
        %v210 = arith.index_cast %v2 : i64 to index
        scf.for %v211 = %v208 to %v209 step %v210 {
          %v212 = arith.index_cast %v211 : index to i64
          %v213 = arith.index_cast %v67 : i64 to index
          %v214 = arith.index_cast %v163 : i64 to index
          %v215 = arith.index_cast %v2 : i64 to index
          scf.for %v216 = %v213 to %v214 step %v215 {
            %v217 = arith.index_cast %v216 : index to i64
            %v218 = arith.cmpi slt, %v217, %v163 : i64
            scf.if %v218 {
              %v219 = arith.subi %v163, %v2 : i64
              %v220 = arith.subi %v219, %v217 : i64
              %v221 = arith.muli %v220, %v30 : i64
              %v222 = arith.addi %v149, %v220 : i64
              %v223 = arith.addi %v221, %v30 : i64
              %v224 = arith.cmpi sle, %v223, %v161 : i64
              scf.if %v224 {
                %v225 = arith.subi %v161, %v2 : i64
                %v226 = arith.addi %v221, %v31 : i64
                %v227 = arith.minsi %v226, %v225 : i64
                %v228 = arith.addi %v159, %v227 : i64
                %v230 = arith.muli %v43, %v229 : i64
                %v231 = arith.muli %v41, %size_L : i64
                %v232 = arith.addi %v230, %v231 : i64
                %v233 = arith.addi %v232, %v228 : i64
                %v234 = llvm.getelementptr %in_delta[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v235 = llvm.load %v234 : !llvm.ptr -> f32
                %v238 = arith.addf %v235, %v237 fastmath<contract> : f32
                %v239 = arith.maximumf %v238, %v63 : f32
                %v240 = llvm.call_intrinsic "llvm.fabs.f32"(%v238) : (f32) -> f32
                %v241 = arith.negf %v240 : f32
                %v243 = arith.mulf %v241, %v242 fastmath<contract> : f32
                %v244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v243) : (f32) -> f32
                %v245 = arith.addf %v64, %v244 fastmath<contract> : f32
                %v246 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v245) : (f32) -> f32
                %v248 = arith.mulf %v246, %v247 fastmath<contract> : f32
                %v250 = arith.mulf %v249, %v244 fastmath<contract> : f32
                %v252 = arith.addf %v250, %v251 fastmath<contract> : f32
                %v253 = arith.mulf %v252, %v244 fastmath<contract> : f32
                %v255 = arith.addf %v253, %v254 fastmath<contract> : f32
                %v256 = arith.mulf %v255, %v244 fastmath<contract> : f32
                %v258 = arith.addf %v256, %v257 fastmath<contract> : f32
                %v259 = arith.mulf %v258, %v244 fastmath<contract> : f32
                %v261 = arith.addf %v259, %v260 fastmath<contract> : f32
                %v262 = arith.mulf %v261, %v244 fastmath<contract> : f32
                %v264 = arith.addf %v262, %v263 fastmath<contract> : f32
                %v265 = arith.mulf %v264, %v244 fastmath<contract> : f32
                %v266 = arith.addf %v265, %v64 fastmath<contract> : f32
                %v267 = arith.mulf %v266, %v244 fastmath<contract> : f32
                %v268 = llvm.call_intrinsic "llvm.fabs.f32"(%v244) : (f32) -> f32
                %v270 = arith.cmpf olt, %v268, %v269 : f32
                %v271 = arith.select %v270, %v267, %v248 : f32
                %v272 = arith.addf %v239, %v271 fastmath<contract> : f32
                %v273 = arith.muli %v43, %v229 : i64
                %v274 = arith.muli %v41, %size_L : i64
                %v275 = arith.addi %v273, %v274 : i64
                %v276 = arith.addi %v275, %v228 : i64
                %v277 = llvm.getelementptr %in_u[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v278 = llvm.load %v277 : !llvm.ptr -> f32
                %v279 = arith.mulf %v272, %v278 fastmath<contract> : f32
                %v280 = arith.muli %v43, %v229 : i64
                %v281 = arith.muli %v41, %size_L : i64
                %v282 = arith.addi %v280, %v281 : i64
                %v283 = arith.addi %v282, %v228 : i64
                %v284 = llvm.getelementptr %in_z[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v285 = llvm.load %v284 : !llvm.ptr -> f32
                %v286 = arith.negf %v285 : f32
                %v287 = arith.mulf %v286, %v242 fastmath<contract> : f32
                %v288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v287) : (f32) -> f32
                %v289 = arith.addf %v64, %v288 fastmath<contract> : f32
                %v290 = arith.divf %v64, %v289 : f32
                %v291 = arith.mulf %v285, %v290 fastmath<contract> : f32
                %v292 = arith.negf %v285 : f32
                %v293 = arith.mulf %v292, %v242 fastmath<contract> : f32
                %v294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v293) : (f32) -> f32
                %v295 = arith.addf %v64, %v294 fastmath<contract> : f32
                %v296 = arith.divf %v64, %v295 : f32
                %v297 = arith.subf %v64, %v296 fastmath<contract> : f32
                %v298 = arith.mulf %v285, %v297 fastmath<contract> : f32
                %v299 = arith.addf %v64, %v298 fastmath<contract> : f32
                %v300 = arith.mulf %v296, %v299 fastmath<contract> : f32
                %v301 = arith.negf %v238 : f32
                %v302 = arith.mulf %v301, %v242 fastmath<contract> : f32
                %v303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v302) : (f32) -> f32
                %v304 = arith.addf %v64, %v303 fastmath<contract> : f32
                %v305 = arith.divf %v64, %v304 : f32
                // the group's states, recomputed into registers
                %v306 = arith.subi %v161, %v221 : i64
                %v307 = arith.trunci %v306 : i64 to i32
                %v308 = arith.subi %size_L, %v2 : i64
                %v309 = arith.addi %v159, %v221 : i64
                %v310 = arith.subi %v308, %v309 : i64
                %v312 = arith.minsi %v310, %v311 : i64
                %v313 = arith.trunci %v312 : i64 to i32
                %v314 = arith.addi %v221, %v109 : i64
                %v316 = arith.cmpi slt, %v315, %v307 : i32
                %v317 = arith.cmpi eq, %v315, %v313 : i32
                %v319, %v320 = gpu.shuffle idx %v272, %v145, %v318 : f32
                %v321, %v322 = gpu.shuffle idx %v279, %v145, %v318 : f32
                %v323, %v324 = gpu.shuffle idx %v291, %v145, %v318 : f32
                %v325, %v326 = gpu.shuffle idx %v300, %v145, %v318 : f32
                %v327, %v328 = gpu.shuffle idx %v305, %v145, %v318 : f32
                %v329 = arith.addi %v159, %v314 : i64
                %v330 = arith.muli %v31, %v184 : i64
                %v331 = arith.subi %v329, %v159 : i64
                %v332 = arith.addi %v330, %v331 : i64
                %v333 = llvm.getelementptr %v62[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v334 = llvm.load %v333 : !llvm.ptr -> f32
                %v335 = arith.muli %v43, %v229 : i64
                %v336 = arith.muli %v41, %size_L : i64
                %v337 = arith.addi %v335, %v336 : i64
                %v338 = arith.addi %v337, %v329 : i64
                %v339 = llvm.getelementptr %dy_y[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v340 = llvm.load %v339 : !llvm.ptr -> f32
                %v341 = arith.mulf %v323, %v340 fastmath<contract> : f32
                %v342 = arith.mulf %v334, %v341 fastmath<contract> : f32
                %v343 = llvm.load %v49 : !llvm.ptr -> f32
                %v344 = llvm.load %v51 : !llvm.ptr -> f32
                %v345 = arith.mulf %v344, %v343 fastmath<contract> : f32
                %v346 = arith.addf %v342, %v345 fastmath<contract> : f32
                llvm.store %v346, %v49 : f32, !llvm.ptr
                %v347 = llvm.load %v65 : !llvm.ptr -> f32
                %v348 = arith.mulf %v347, %v344 fastmath<contract> : f32
                llvm.store %v348, %v65 : f32, !llvm.ptr
                %v349 = arith.constant 8 : i64
                %v350 = arith.addi %v349, %v31 : i64
                %v351 = arith.muli %v350, %v184 : i64
                %v352 = arith.subi %v329, %v159 : i64
                %v353 = arith.addi %v351, %v352 : i64
                %v354 = llvm.getelementptr %v62[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v355 = llvm.load %v354 : !llvm.ptr -> f32
                %v356 = arith.mulf %v355, %v341 fastmath<contract> : f32
                %v357 = llvm.load %v50 : !llvm.ptr -> f32
                %v358 = llvm.load %v52 : !llvm.ptr -> f32
                %v359 = arith.mulf %v358, %v357 fastmath<contract> : f32
                %v360 = arith.addf %v356, %v359 fastmath<contract> : f32
                llvm.store %v360, %v50 : f32, !llvm.ptr
                %v361 = llvm.load %v66 : !llvm.ptr -> f32
                %v362 = arith.mulf %v361, %v358 fastmath<contract> : f32
                llvm.store %v362, %v66 : f32, !llvm.ptr
                scf.if %v317 {
                  %v363 = arith.muli %v43, %v69 : i64
                  %v364 = arith.muli %v41, %v1 : i64
                  %v365 = arith.addi %v363, %v364 : i64
                  %v366 = arith.addi %v365, %v31 : i64
                  %v367 = llvm.getelementptr %dy_h_last[%v366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v368 = llvm.load %v367 : !llvm.ptr -> f32
                  %v369 = llvm.load %v49 : !llvm.ptr -> f32
                  %v370 = arith.addf %v369, %v368 fastmath<contract> : f32
                  llvm.store %v370, %v49 : f32, !llvm.ptr
                  %v371 = arith.muli %v43, %v69 : i64
                  %v372 = arith.muli %v41, %v1 : i64
                  %v373 = arith.addi %v371, %v372 : i64
                  %v374 = arith.constant 8 : i64
                  %v375 = arith.addi %v374, %v31 : i64
                  %v376 = arith.addi %v373, %v375 : i64
                  %v377 = llvm.getelementptr %dy_h_last[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v378 = llvm.load %v377 : !llvm.ptr -> f32
                  %v379 = llvm.load %v50 : !llvm.ptr -> f32
                  %v380 = arith.addf %v379, %v378 fastmath<contract> : f32
                  llvm.store %v380, %v50 : f32, !llvm.ptr
                }
                %v386 = arith.mulf %v319, %v385 fastmath<contract> : f32
                %v387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v386) : (f32) -> f32
                llvm.store %v387, %v51 : f32, !llvm.ptr
                %v395 = arith.mulf %v319, %v394 fastmath<contract> : f32
                %v396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v395) : (f32) -> f32
                llvm.store %v396, %v52 : f32, !llvm.ptr
                %v398 = arith.addi %v221, %v397 : i64
                %v400 = arith.cmpi slt, %v399, %v307 : i32
                %v401 = arith.cmpi eq, %v399, %v313 : i32
                %v402, %v403 = gpu.shuffle idx %v272, %v141, %v318 : f32
                %v404, %v405 = gpu.shuffle idx %v279, %v141, %v318 : f32
                %v406, %v407 = gpu.shuffle idx %v291, %v141, %v318 : f32
                %v408, %v409 = gpu.shuffle idx %v300, %v141, %v318 : f32
                %v410, %v411 = gpu.shuffle idx %v305, %v141, %v318 : f32
                %v412 = arith.addi %v159, %v398 : i64
                %v413 = arith.muli %v31, %v184 : i64
                %v414 = arith.subi %v412, %v159 : i64
                %v415 = arith.addi %v413, %v414 : i64
                %v416 = llvm.getelementptr %v62[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v417 = llvm.load %v416 : !llvm.ptr -> f32
                %v418 = arith.muli %v43, %v229 : i64
                %v419 = arith.muli %v41, %size_L : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = arith.addi %v420, %v412 : i64
                %v422 = llvm.getelementptr %dy_y[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v423 = llvm.load %v422 : !llvm.ptr -> f32
                %v424 = arith.mulf %v406, %v423 fastmath<contract> : f32
                %v425 = arith.mulf %v417, %v424 fastmath<contract> : f32
                %v426 = llvm.load %v49 : !llvm.ptr -> f32
                %v427 = llvm.load %v51 : !llvm.ptr -> f32
                %v428 = arith.mulf %v427, %v426 fastmath<contract> : f32
                %v429 = arith.addf %v425, %v428 fastmath<contract> : f32
                llvm.store %v429, %v49 : f32, !llvm.ptr
                %v430 = llvm.load %v65 : !llvm.ptr -> f32
                %v431 = arith.mulf %v430, %v427 fastmath<contract> : f32
                llvm.store %v431, %v65 : f32, !llvm.ptr
                %v432 = arith.constant 8 : i64
                %v433 = arith.addi %v432, %v31 : i64
                %v434 = arith.muli %v433, %v184 : i64
                %v435 = arith.subi %v412, %v159 : i64
                %v436 = arith.addi %v434, %v435 : i64
                %v437 = llvm.getelementptr %v62[%v436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v438 = llvm.load %v437 : !llvm.ptr -> f32
                %v439 = arith.mulf %v438, %v424 fastmath<contract> : f32
                %v440 = llvm.load %v50 : !llvm.ptr -> f32
                %v441 = llvm.load %v52 : !llvm.ptr -> f32
                %v442 = arith.mulf %v441, %v440 fastmath<contract> : f32
                %v443 = arith.addf %v439, %v442 fastmath<contract> : f32
                llvm.store %v443, %v50 : f32, !llvm.ptr
                %v444 = llvm.load %v66 : !llvm.ptr -> f32
                %v445 = arith.mulf %v444, %v441 fastmath<contract> : f32
                llvm.store %v445, %v66 : f32, !llvm.ptr
                scf.if %v401 {
                  %v446 = arith.muli %v43, %v69 : i64
                  %v447 = arith.muli %v41, %v1 : i64
                  %v448 = arith.addi %v446, %v447 : i64
                  %v449 = arith.addi %v448, %v31 : i64
                  %v450 = llvm.getelementptr %dy_h_last[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v451 = llvm.load %v450 : !llvm.ptr -> f32
                  %v452 = llvm.load %v49 : !llvm.ptr -> f32
                  %v453 = arith.addf %v452, %v451 fastmath<contract> : f32
                  llvm.store %v453, %v49 : f32, !llvm.ptr
                  %v454 = arith.muli %v43, %v69 : i64
                  %v455 = arith.muli %v41, %v1 : i64
                  %v456 = arith.addi %v454, %v455 : i64
                  %v457 = arith.constant 8 : i64
                  %v458 = arith.addi %v457, %v31 : i64
                  %v459 = arith.addi %v456, %v458 : i64
                  %v460 = llvm.getelementptr %dy_h_last[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v461 = llvm.load %v460 : !llvm.ptr -> f32
                  %v462 = llvm.load %v50 : !llvm.ptr -> f32
                  %v463 = arith.addf %v462, %v461 fastmath<contract> : f32
                  llvm.store %v463, %v50 : f32, !llvm.ptr
                }
                %v465 = arith.mulf %v402, %v464 fastmath<contract> : f32
                %v466 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v465) : (f32) -> f32
                llvm.store %v466, %v51 : f32, !llvm.ptr
                %v468 = arith.mulf %v402, %v467 fastmath<contract> : f32
                %v469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v468) : (f32) -> f32
                llvm.store %v469, %v52 : f32, !llvm.ptr
                %v471 = arith.addi %v221, %v470 : i64
                %v473 = arith.cmpi slt, %v472, %v307 : i32
                %v474 = arith.cmpi eq, %v472, %v313 : i32
                %v475, %v476 = gpu.shuffle idx %v272, %v137, %v318 : f32
                %v477, %v478 = gpu.shuffle idx %v279, %v137, %v318 : f32
                %v479, %v480 = gpu.shuffle idx %v291, %v137, %v318 : f32
                %v481, %v482 = gpu.shuffle idx %v300, %v137, %v318 : f32
                %v483, %v484 = gpu.shuffle idx %v305, %v137, %v318 : f32
                %v485 = arith.addi %v159, %v471 : i64
                %v486 = arith.muli %v31, %v184 : i64
                %v487 = arith.subi %v485, %v159 : i64
                %v488 = arith.addi %v486, %v487 : i64
                %v489 = llvm.getelementptr %v62[%v488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v490 = llvm.load %v489 : !llvm.ptr -> f32
                %v491 = arith.muli %v43, %v229 : i64
                %v492 = arith.muli %v41, %size_L : i64
                %v493 = arith.addi %v491, %v492 : i64
                %v494 = arith.addi %v493, %v485 : i64
                %v495 = llvm.getelementptr %dy_y[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v496 = llvm.load %v495 : !llvm.ptr -> f32
                %v497 = arith.mulf %v479, %v496 fastmath<contract> : f32
                %v498 = arith.mulf %v490, %v497 fastmath<contract> : f32
                %v499 = llvm.load %v49 : !llvm.ptr -> f32
                %v500 = llvm.load %v51 : !llvm.ptr -> f32
                %v501 = arith.mulf %v500, %v499 fastmath<contract> : f32
                %v502 = arith.addf %v498, %v501 fastmath<contract> : f32
                llvm.store %v502, %v49 : f32, !llvm.ptr
                %v503 = llvm.load %v65 : !llvm.ptr -> f32
                %v504 = arith.mulf %v503, %v500 fastmath<contract> : f32
                llvm.store %v504, %v65 : f32, !llvm.ptr
                %v505 = arith.constant 8 : i64
                %v506 = arith.addi %v505, %v31 : i64
                %v507 = arith.muli %v506, %v184 : i64
                %v508 = arith.subi %v485, %v159 : i64
                %v509 = arith.addi %v507, %v508 : i64
                %v510 = llvm.getelementptr %v62[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v511 = llvm.load %v510 : !llvm.ptr -> f32
                %v512 = arith.mulf %v511, %v497 fastmath<contract> : f32
                %v513 = llvm.load %v50 : !llvm.ptr -> f32
                %v514 = llvm.load %v52 : !llvm.ptr -> f32
                %v515 = arith.mulf %v514, %v513 fastmath<contract> : f32
                %v516 = arith.addf %v512, %v515 fastmath<contract> : f32
                llvm.store %v516, %v50 : f32, !llvm.ptr
                %v517 = llvm.load %v66 : !llvm.ptr -> f32
                %v518 = arith.mulf %v517, %v514 fastmath<contract> : f32
                llvm.store %v518, %v66 : f32, !llvm.ptr
                scf.if %v474 {
                  %v519 = arith.muli %v43, %v69 : i64
                  %v520 = arith.muli %v41, %v1 : i64
                  %v521 = arith.addi %v519, %v520 : i64
                  %v522 = arith.addi %v521, %v31 : i64
                  %v523 = llvm.getelementptr %dy_h_last[%v522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v524 = llvm.load %v523 : !llvm.ptr -> f32
                  %v525 = llvm.load %v49 : !llvm.ptr -> f32
                  %v526 = arith.addf %v525, %v524 fastmath<contract> : f32
                  llvm.store %v526, %v49 : f32, !llvm.ptr
                  %v527 = arith.muli %v43, %v69 : i64
                  %v528 = arith.muli %v41, %v1 : i64
                  %v529 = arith.addi %v527, %v528 : i64
                  %v530 = arith.constant 8 : i64
                  %v531 = arith.addi %v530, %v31 : i64
                  %v532 = arith.addi %v529, %v531 : i64
                  %v533 = llvm.getelementptr %dy_h_last[%v532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v534 = llvm.load %v533 : !llvm.ptr -> f32
                  %v535 = llvm.load %v50 : !llvm.ptr -> f32
                  %v536 = arith.addf %v535, %v534 fastmath<contract> : f32
                  llvm.store %v536, %v50 : f32, !llvm.ptr
                }
                %v538 = arith.mulf %v475, %v537 fastmath<contract> : f32
                %v539 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v538) : (f32) -> f32
                llvm.store %v539, %v51 : f32, !llvm.ptr
                %v541 = arith.mulf %v475, %v540 fastmath<contract> : f32
                %v542 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v541) : (f32) -> f32
                llvm.store %v542, %v52 : f32, !llvm.ptr
                %v543 = arith.addi %v221, %v45 : i64
                %v545 = arith.cmpi slt, %v544, %v307 : i32
                %v546 = arith.cmpi eq, %v544, %v313 : i32
                %v547, %v548 = gpu.shuffle idx %v272, %v133, %v318 : f32
                %v549, %v550 = gpu.shuffle idx %v279, %v133, %v318 : f32
                %v551, %v552 = gpu.shuffle idx %v291, %v133, %v318 : f32
                %v553, %v554 = gpu.shuffle idx %v300, %v133, %v318 : f32
                %v555, %v556 = gpu.shuffle idx %v305, %v133, %v318 : f32
                %v557 = arith.addi %v159, %v543 : i64
                %v558 = arith.muli %v31, %v184 : i64
                %v559 = arith.subi %v557, %v159 : i64
                %v560 = arith.addi %v558, %v559 : i64
                %v561 = llvm.getelementptr %v62[%v560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v562 = llvm.load %v561 : !llvm.ptr -> f32
                %v563 = arith.muli %v43, %v229 : i64
                %v564 = arith.muli %v41, %size_L : i64
                %v565 = arith.addi %v563, %v564 : i64
                %v566 = arith.addi %v565, %v557 : i64
                %v567 = llvm.getelementptr %dy_y[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v568 = llvm.load %v567 : !llvm.ptr -> f32
                %v569 = arith.mulf %v551, %v568 fastmath<contract> : f32
                %v570 = arith.mulf %v562, %v569 fastmath<contract> : f32
                %v571 = llvm.load %v49 : !llvm.ptr -> f32
                %v572 = llvm.load %v51 : !llvm.ptr -> f32
                %v573 = arith.mulf %v572, %v571 fastmath<contract> : f32
                %v574 = arith.addf %v570, %v573 fastmath<contract> : f32
                llvm.store %v574, %v49 : f32, !llvm.ptr
                %v575 = llvm.load %v65 : !llvm.ptr -> f32
                %v576 = arith.mulf %v575, %v572 fastmath<contract> : f32
                llvm.store %v576, %v65 : f32, !llvm.ptr
                %v577 = arith.constant 8 : i64
                %v578 = arith.addi %v577, %v31 : i64
                %v579 = arith.muli %v578, %v184 : i64
                %v580 = arith.subi %v557, %v159 : i64
                %v581 = arith.addi %v579, %v580 : i64
                %v582 = llvm.getelementptr %v62[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v583 = llvm.load %v582 : !llvm.ptr -> f32
                %v584 = arith.mulf %v583, %v569 fastmath<contract> : f32
                %v585 = llvm.load %v50 : !llvm.ptr -> f32
                %v586 = llvm.load %v52 : !llvm.ptr -> f32
                %v587 = arith.mulf %v586, %v585 fastmath<contract> : f32
                %v588 = arith.addf %v584, %v587 fastmath<contract> : f32
                llvm.store %v588, %v50 : f32, !llvm.ptr
                %v589 = llvm.load %v66 : !llvm.ptr -> f32
                %v590 = arith.mulf %v589, %v586 fastmath<contract> : f32
                llvm.store %v590, %v66 : f32, !llvm.ptr
                scf.if %v546 {
                  %v591 = arith.muli %v43, %v69 : i64
                  %v592 = arith.muli %v41, %v1 : i64
                  %v593 = arith.addi %v591, %v592 : i64
                  %v594 = arith.addi %v593, %v31 : i64
                  %v595 = llvm.getelementptr %dy_h_last[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v596 = llvm.load %v595 : !llvm.ptr -> f32
                  %v597 = llvm.load %v49 : !llvm.ptr -> f32
                  %v598 = arith.addf %v597, %v596 fastmath<contract> : f32
                  llvm.store %v598, %v49 : f32, !llvm.ptr
                  %v599 = arith.muli %v43, %v69 : i64
                  %v600 = arith.muli %v41, %v1 : i64
                  %v601 = arith.addi %v599, %v600 : i64
                  %v602 = arith.constant 8 : i64
                  %v603 = arith.addi %v602, %v31 : i64
                  %v604 = arith.addi %v601, %v603 : i64
                  %v605 = llvm.getelementptr %dy_h_last[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v606 = llvm.load %v605 : !llvm.ptr -> f32
                  %v607 = llvm.load %v50 : !llvm.ptr -> f32
                  %v608 = arith.addf %v607, %v606 fastmath<contract> : f32
                  llvm.store %v608, %v50 : f32, !llvm.ptr
                }
                %v610 = arith.mulf %v547, %v609 fastmath<contract> : f32
                %v611 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v610) : (f32) -> f32
                llvm.store %v611, %v51 : f32, !llvm.ptr
                %v613 = arith.mulf %v547, %v612 fastmath<contract> : f32
                %v614 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v613) : (f32) -> f32
                llvm.store %v614, %v52 : f32, !llvm.ptr
                %v616 = arith.addi %v221, %v615 : i64
                %v618 = arith.cmpi slt, %v617, %v307 : i32
                %v619 = arith.cmpi eq, %v617, %v313 : i32
                %v620, %v621 = gpu.shuffle idx %v272, %v129, %v318 : f32
                %v622, %v623 = gpu.shuffle idx %v279, %v129, %v318 : f32
                %v624, %v625 = gpu.shuffle idx %v291, %v129, %v318 : f32
                %v626, %v627 = gpu.shuffle idx %v300, %v129, %v318 : f32
                %v628, %v629 = gpu.shuffle idx %v305, %v129, %v318 : f32
                %v630 = arith.addi %v159, %v616 : i64
                %v631 = arith.muli %v31, %v184 : i64
                %v632 = arith.subi %v630, %v159 : i64
                %v633 = arith.addi %v631, %v632 : i64
                %v634 = llvm.getelementptr %v62[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v635 = llvm.load %v634 : !llvm.ptr -> f32
                %v636 = arith.muli %v43, %v229 : i64
                %v637 = arith.muli %v41, %size_L : i64
                %v638 = arith.addi %v636, %v637 : i64
                %v639 = arith.addi %v638, %v630 : i64
                %v640 = llvm.getelementptr %dy_y[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v641 = llvm.load %v640 : !llvm.ptr -> f32
                %v642 = arith.mulf %v624, %v641 fastmath<contract> : f32
                %v643 = arith.mulf %v635, %v642 fastmath<contract> : f32
                %v644 = llvm.load %v49 : !llvm.ptr -> f32
                %v645 = llvm.load %v51 : !llvm.ptr -> f32
                %v646 = arith.mulf %v645, %v644 fastmath<contract> : f32
                %v647 = arith.addf %v643, %v646 fastmath<contract> : f32
                llvm.store %v647, %v49 : f32, !llvm.ptr
                %v648 = llvm.load %v65 : !llvm.ptr -> f32
                %v649 = arith.mulf %v648, %v645 fastmath<contract> : f32
                llvm.store %v649, %v65 : f32, !llvm.ptr
                %v650 = arith.constant 8 : i64
                %v651 = arith.addi %v650, %v31 : i64
                %v652 = arith.muli %v651, %v184 : i64
                %v653 = arith.subi %v630, %v159 : i64
                %v654 = arith.addi %v652, %v653 : i64
                %v655 = llvm.getelementptr %v62[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.mulf %v656, %v642 fastmath<contract> : f32
                %v658 = llvm.load %v50 : !llvm.ptr -> f32
                %v659 = llvm.load %v52 : !llvm.ptr -> f32
                %v660 = arith.mulf %v659, %v658 fastmath<contract> : f32
                %v661 = arith.addf %v657, %v660 fastmath<contract> : f32
                llvm.store %v661, %v50 : f32, !llvm.ptr
                %v662 = llvm.load %v66 : !llvm.ptr -> f32
                %v663 = arith.mulf %v662, %v659 fastmath<contract> : f32
                llvm.store %v663, %v66 : f32, !llvm.ptr
                scf.if %v619 {
                  %v664 = arith.muli %v43, %v69 : i64
                  %v665 = arith.muli %v41, %v1 : i64
                  %v666 = arith.addi %v664, %v665 : i64
                  %v667 = arith.addi %v666, %v31 : i64
                  %v668 = llvm.getelementptr %dy_h_last[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v669 = llvm.load %v668 : !llvm.ptr -> f32
                  %v670 = llvm.load %v49 : !llvm.ptr -> f32
                  %v671 = arith.addf %v670, %v669 fastmath<contract> : f32
                  llvm.store %v671, %v49 : f32, !llvm.ptr
                  %v672 = arith.muli %v43, %v69 : i64
                  %v673 = arith.muli %v41, %v1 : i64
                  %v674 = arith.addi %v672, %v673 : i64
                  %v675 = arith.constant 8 : i64
                  %v676 = arith.addi %v675, %v31 : i64
                  %v677 = arith.addi %v674, %v676 : i64
                  %v678 = llvm.getelementptr %dy_h_last[%v677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v679 = llvm.load %v678 : !llvm.ptr -> f32
                  %v680 = llvm.load %v50 : !llvm.ptr -> f32
                  %v681 = arith.addf %v680, %v679 fastmath<contract> : f32
                  llvm.store %v681, %v50 : f32, !llvm.ptr
                }
                %v683 = arith.mulf %v620, %v682 fastmath<contract> : f32
                %v684 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v683) : (f32) -> f32
                llvm.store %v684, %v51 : f32, !llvm.ptr
                %v686 = arith.mulf %v620, %v685 fastmath<contract> : f32
                %v687 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v686) : (f32) -> f32
                llvm.store %v687, %v52 : f32, !llvm.ptr
                %v689 = arith.addi %v221, %v688 : i64
                %v691 = arith.cmpi slt, %v690, %v307 : i32
                %v692 = arith.cmpi eq, %v690, %v313 : i32
                %v693, %v694 = gpu.shuffle idx %v272, %v125, %v318 : f32
                %v695, %v696 = gpu.shuffle idx %v279, %v125, %v318 : f32
                %v697, %v698 = gpu.shuffle idx %v291, %v125, %v318 : f32
                %v699, %v700 = gpu.shuffle idx %v300, %v125, %v318 : f32
                %v701, %v702 = gpu.shuffle idx %v305, %v125, %v318 : f32
                %v703 = arith.addi %v159, %v689 : i64
                %v704 = arith.muli %v31, %v184 : i64
                %v705 = arith.subi %v703, %v159 : i64
                %v706 = arith.addi %v704, %v705 : i64
                %v707 = llvm.getelementptr %v62[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v708 = llvm.load %v707 : !llvm.ptr -> f32
                %v709 = arith.muli %v43, %v229 : i64
                %v710 = arith.muli %v41, %size_L : i64
                %v711 = arith.addi %v709, %v710 : i64
                %v712 = arith.addi %v711, %v703 : i64
                %v713 = llvm.getelementptr %dy_y[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v714 = llvm.load %v713 : !llvm.ptr -> f32
                %v715 = arith.mulf %v697, %v714 fastmath<contract> : f32
                %v716 = arith.mulf %v708, %v715 fastmath<contract> : f32
                %v717 = llvm.load %v49 : !llvm.ptr -> f32
                %v718 = llvm.load %v51 : !llvm.ptr -> f32
                %v719 = arith.mulf %v718, %v717 fastmath<contract> : f32
                %v720 = arith.addf %v716, %v719 fastmath<contract> : f32
                llvm.store %v720, %v49 : f32, !llvm.ptr
                %v721 = llvm.load %v65 : !llvm.ptr -> f32
                %v722 = arith.mulf %v721, %v718 fastmath<contract> : f32
                llvm.store %v722, %v65 : f32, !llvm.ptr
                %v723 = arith.constant 8 : i64
                %v724 = arith.addi %v723, %v31 : i64
                %v725 = arith.muli %v724, %v184 : i64
                %v726 = arith.subi %v703, %v159 : i64
                %v727 = arith.addi %v725, %v726 : i64
                %v728 = llvm.getelementptr %v62[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v729 = llvm.load %v728 : !llvm.ptr -> f32
                %v730 = arith.mulf %v729, %v715 fastmath<contract> : f32
                %v731 = llvm.load %v50 : !llvm.ptr -> f32
                %v732 = llvm.load %v52 : !llvm.ptr -> f32
                %v733 = arith.mulf %v732, %v731 fastmath<contract> : f32
                %v734 = arith.addf %v730, %v733 fastmath<contract> : f32
                llvm.store %v734, %v50 : f32, !llvm.ptr
                %v735 = llvm.load %v66 : !llvm.ptr -> f32
                %v736 = arith.mulf %v735, %v732 fastmath<contract> : f32
                llvm.store %v736, %v66 : f32, !llvm.ptr
                scf.if %v692 {
                  %v737 = arith.muli %v43, %v69 : i64
                  %v738 = arith.muli %v41, %v1 : i64
                  %v739 = arith.addi %v737, %v738 : i64
                  %v740 = arith.addi %v739, %v31 : i64
                  %v741 = llvm.getelementptr %dy_h_last[%v740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v742 = llvm.load %v741 : !llvm.ptr -> f32
                  %v743 = llvm.load %v49 : !llvm.ptr -> f32
                  %v744 = arith.addf %v743, %v742 fastmath<contract> : f32
                  llvm.store %v744, %v49 : f32, !llvm.ptr
                  %v745 = arith.muli %v43, %v69 : i64
                  %v746 = arith.muli %v41, %v1 : i64
                  %v747 = arith.addi %v745, %v746 : i64
                  %v748 = arith.constant 8 : i64
                  %v749 = arith.addi %v748, %v31 : i64
                  %v750 = arith.addi %v747, %v749 : i64
                  %v751 = llvm.getelementptr %dy_h_last[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v752 = llvm.load %v751 : !llvm.ptr -> f32
                  %v753 = llvm.load %v50 : !llvm.ptr -> f32
                  %v754 = arith.addf %v753, %v752 fastmath<contract> : f32
                  llvm.store %v754, %v50 : f32, !llvm.ptr
                }
                %v756 = arith.mulf %v693, %v755 fastmath<contract> : f32
                %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
                llvm.store %v757, %v51 : f32, !llvm.ptr
                %v759 = arith.mulf %v693, %v758 fastmath<contract> : f32
                %v760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v759) : (f32) -> f32
                llvm.store %v760, %v52 : f32, !llvm.ptr
                %v761 = arith.addi %v221, %v2 : i64
                %v763 = arith.cmpi slt, %v762, %v307 : i32
                %v764 = arith.cmpi eq, %v762, %v313 : i32
                %v765, %v766 = gpu.shuffle idx %v272, %v121, %v318 : f32
                %v767, %v768 = gpu.shuffle idx %v279, %v121, %v318 : f32
                %v769, %v770 = gpu.shuffle idx %v291, %v121, %v318 : f32
                %v771, %v772 = gpu.shuffle idx %v300, %v121, %v318 : f32
                %v773, %v774 = gpu.shuffle idx %v305, %v121, %v318 : f32
                %v775 = arith.addi %v159, %v761 : i64
                %v776 = arith.muli %v31, %v184 : i64
                %v777 = arith.subi %v775, %v159 : i64
                %v778 = arith.addi %v776, %v777 : i64
                %v779 = llvm.getelementptr %v62[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v780 = llvm.load %v779 : !llvm.ptr -> f32
                %v781 = arith.muli %v43, %v229 : i64
                %v782 = arith.muli %v41, %size_L : i64
                %v783 = arith.addi %v781, %v782 : i64
                %v784 = arith.addi %v783, %v775 : i64
                %v785 = llvm.getelementptr %dy_y[%v784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v786 = llvm.load %v785 : !llvm.ptr -> f32
                %v787 = arith.mulf %v769, %v786 fastmath<contract> : f32
                %v788 = arith.mulf %v780, %v787 fastmath<contract> : f32
                %v789 = llvm.load %v49 : !llvm.ptr -> f32
                %v790 = llvm.load %v51 : !llvm.ptr -> f32
                %v791 = arith.mulf %v790, %v789 fastmath<contract> : f32
                %v792 = arith.addf %v788, %v791 fastmath<contract> : f32
                llvm.store %v792, %v49 : f32, !llvm.ptr
                %v793 = llvm.load %v65 : !llvm.ptr -> f32
                %v794 = arith.mulf %v793, %v790 fastmath<contract> : f32
                llvm.store %v794, %v65 : f32, !llvm.ptr
                %v795 = arith.constant 8 : i64
                %v796 = arith.addi %v795, %v31 : i64
                %v797 = arith.muli %v796, %v184 : i64
                %v798 = arith.subi %v775, %v159 : i64
                %v799 = arith.addi %v797, %v798 : i64
                %v800 = llvm.getelementptr %v62[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v801 = llvm.load %v800 : !llvm.ptr -> f32
                %v802 = arith.mulf %v801, %v787 fastmath<contract> : f32
                %v803 = llvm.load %v50 : !llvm.ptr -> f32
                %v804 = llvm.load %v52 : !llvm.ptr -> f32
                %v805 = arith.mulf %v804, %v803 fastmath<contract> : f32
                %v806 = arith.addf %v802, %v805 fastmath<contract> : f32
                llvm.store %v806, %v50 : f32, !llvm.ptr
                %v807 = llvm.load %v66 : !llvm.ptr -> f32
                %v808 = arith.mulf %v807, %v804 fastmath<contract> : f32
                llvm.store %v808, %v66 : f32, !llvm.ptr
                scf.if %v764 {
                  %v809 = arith.muli %v43, %v69 : i64
                  %v810 = arith.muli %v41, %v1 : i64
                  %v811 = arith.addi %v809, %v810 : i64
                  %v812 = arith.addi %v811, %v31 : i64
                  %v813 = llvm.getelementptr %dy_h_last[%v812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v814 = llvm.load %v813 : !llvm.ptr -> f32
                  %v815 = llvm.load %v49 : !llvm.ptr -> f32
                  %v816 = arith.addf %v815, %v814 fastmath<contract> : f32
                  llvm.store %v816, %v49 : f32, !llvm.ptr
                  %v817 = arith.muli %v43, %v69 : i64
                  %v818 = arith.muli %v41, %v1 : i64
                  %v819 = arith.addi %v817, %v818 : i64
                  %v820 = arith.constant 8 : i64
                  %v821 = arith.addi %v820, %v31 : i64
                  %v822 = arith.addi %v819, %v821 : i64
                  %v823 = llvm.getelementptr %dy_h_last[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v824 = llvm.load %v823 : !llvm.ptr -> f32
                  %v825 = llvm.load %v50 : !llvm.ptr -> f32
                  %v826 = arith.addf %v825, %v824 fastmath<contract> : f32
                  llvm.store %v826, %v50 : f32, !llvm.ptr
                }
                %v828 = arith.mulf %v765, %v827 fastmath<contract> : f32
                %v829 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v828) : (f32) -> f32
                llvm.store %v829, %v51 : f32, !llvm.ptr
                %v831 = arith.mulf %v765, %v830 fastmath<contract> : f32
                %v832 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v831) : (f32) -> f32
                llvm.store %v832, %v52 : f32, !llvm.ptr
                %v834 = arith.cmpi slt, %v833, %v307 : i32
                %v835 = arith.cmpi eq, %v833, %v313 : i32
                %v836, %v837 = gpu.shuffle idx %v272, %v117, %v318 : f32
                %v838, %v839 = gpu.shuffle idx %v279, %v117, %v318 : f32
                %v840, %v841 = gpu.shuffle idx %v291, %v117, %v318 : f32
                %v842, %v843 = gpu.shuffle idx %v300, %v117, %v318 : f32
                %v844, %v845 = gpu.shuffle idx %v305, %v117, %v318 : f32
                %v846 = arith.addi %v159, %v221 : i64
                %v847 = arith.muli %v31, %v184 : i64
                %v848 = arith.subi %v846, %v159 : i64
                %v849 = arith.addi %v847, %v848 : i64
                %v850 = llvm.getelementptr %v62[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v851 = llvm.load %v850 : !llvm.ptr -> f32
                %v852 = arith.muli %v43, %v229 : i64
                %v853 = arith.muli %v41, %size_L : i64
                %v854 = arith.addi %v852, %v853 : i64
                %v855 = arith.addi %v854, %v846 : i64
                %v856 = llvm.getelementptr %dy_y[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v857 = llvm.load %v856 : !llvm.ptr -> f32
                %v858 = arith.mulf %v840, %v857 fastmath<contract> : f32
                %v859 = arith.mulf %v851, %v858 fastmath<contract> : f32
                %v860 = llvm.load %v49 : !llvm.ptr -> f32
                %v861 = llvm.load %v51 : !llvm.ptr -> f32
                %v862 = arith.mulf %v861, %v860 fastmath<contract> : f32
                %v863 = arith.addf %v859, %v862 fastmath<contract> : f32
                llvm.store %v863, %v49 : f32, !llvm.ptr
                %v864 = llvm.load %v65 : !llvm.ptr -> f32
                %v865 = arith.mulf %v864, %v861 fastmath<contract> : f32
                llvm.store %v865, %v65 : f32, !llvm.ptr
                %v866 = arith.constant 8 : i64
                %v867 = arith.addi %v866, %v31 : i64
                %v868 = arith.muli %v867, %v184 : i64
                %v869 = arith.subi %v846, %v159 : i64
                %v870 = arith.addi %v868, %v869 : i64
                %v871 = llvm.getelementptr %v62[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v872 = llvm.load %v871 : !llvm.ptr -> f32
                %v873 = arith.mulf %v872, %v858 fastmath<contract> : f32
                %v874 = llvm.load %v50 : !llvm.ptr -> f32
                %v875 = llvm.load %v52 : !llvm.ptr -> f32
                %v876 = arith.mulf %v875, %v874 fastmath<contract> : f32
                %v877 = arith.addf %v873, %v876 fastmath<contract> : f32
                llvm.store %v877, %v50 : f32, !llvm.ptr
                %v878 = llvm.load %v66 : !llvm.ptr -> f32
                %v879 = arith.mulf %v878, %v875 fastmath<contract> : f32
                llvm.store %v879, %v66 : f32, !llvm.ptr
                scf.if %v835 {
                  %v880 = arith.muli %v43, %v69 : i64
                  %v881 = arith.muli %v41, %v1 : i64
                  %v882 = arith.addi %v880, %v881 : i64
                  %v883 = arith.addi %v882, %v31 : i64
                  %v884 = llvm.getelementptr %dy_h_last[%v883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v885 = llvm.load %v884 : !llvm.ptr -> f32
                  %v886 = llvm.load %v49 : !llvm.ptr -> f32
                  %v887 = arith.addf %v886, %v885 fastmath<contract> : f32
                  llvm.store %v887, %v49 : f32, !llvm.ptr
                  %v888 = arith.muli %v43, %v69 : i64
                  %v889 = arith.muli %v41, %v1 : i64
                  %v890 = arith.addi %v888, %v889 : i64
                  %v891 = arith.constant 8 : i64
                  %v892 = arith.addi %v891, %v31 : i64
                  %v893 = arith.addi %v890, %v892 : i64
                  %v894 = llvm.getelementptr %dy_h_last[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v895 = llvm.load %v894 : !llvm.ptr -> f32
                  %v896 = llvm.load %v50 : !llvm.ptr -> f32
                  %v897 = arith.addf %v896, %v895 fastmath<contract> : f32
                  llvm.store %v897, %v50 : f32, !llvm.ptr
                }
                %v899 = arith.mulf %v836, %v898 fastmath<contract> : f32
                %v900 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v899) : (f32) -> f32
                llvm.store %v900, %v51 : f32, !llvm.ptr
                %v902 = arith.mulf %v836, %v901 fastmath<contract> : f32
                %v903 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v902) : (f32) -> f32
                llvm.store %v903, %v52 : f32, !llvm.ptr
              } else {
                %v904 = arith.subi %v161, %v2 : i64
                %v905 = arith.addi %v221, %v31 : i64
                %v906 = arith.minsi %v905, %v904 : i64
                %v907 = arith.addi %v159, %v906 : i64
                %v908 = arith.muli %v43, %v229 : i64
                %v909 = arith.muli %v41, %size_L : i64
                %v910 = arith.addi %v908, %v909 : i64
                %v911 = arith.addi %v910, %v907 : i64
                %v912 = llvm.getelementptr %in_delta[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v913 = llvm.load %v912 : !llvm.ptr -> f32
                %v914 = arith.addf %v913, %v237 fastmath<contract> : f32
                %v915 = arith.maximumf %v914, %v63 : f32
                %v916 = llvm.call_intrinsic "llvm.fabs.f32"(%v914) : (f32) -> f32
                %v917 = arith.negf %v916 : f32
                %v918 = arith.mulf %v917, %v242 fastmath<contract> : f32
                %v919 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v918) : (f32) -> f32
                %v920 = arith.addf %v64, %v919 fastmath<contract> : f32
                %v921 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v920) : (f32) -> f32
                %v922 = arith.mulf %v921, %v247 fastmath<contract> : f32
                %v923 = arith.mulf %v249, %v919 fastmath<contract> : f32
                %v924 = arith.addf %v923, %v251 fastmath<contract> : f32
                %v925 = arith.mulf %v924, %v919 fastmath<contract> : f32
                %v926 = arith.addf %v925, %v254 fastmath<contract> : f32
                %v927 = arith.mulf %v926, %v919 fastmath<contract> : f32
                %v928 = arith.addf %v927, %v257 fastmath<contract> : f32
                %v929 = arith.mulf %v928, %v919 fastmath<contract> : f32
                %v930 = arith.addf %v929, %v260 fastmath<contract> : f32
                %v931 = arith.mulf %v930, %v919 fastmath<contract> : f32
                %v932 = arith.addf %v931, %v263 fastmath<contract> : f32
                %v933 = arith.mulf %v932, %v919 fastmath<contract> : f32
                %v934 = arith.addf %v933, %v64 fastmath<contract> : f32
                %v935 = arith.mulf %v934, %v919 fastmath<contract> : f32
                %v936 = llvm.call_intrinsic "llvm.fabs.f32"(%v919) : (f32) -> f32
                %v937 = arith.cmpf olt, %v936, %v269 : f32
                %v938 = arith.select %v937, %v935, %v922 : f32
                %v939 = arith.addf %v915, %v938 fastmath<contract> : f32
                %v940 = arith.muli %v43, %v229 : i64
                %v941 = arith.muli %v41, %size_L : i64
                %v942 = arith.addi %v940, %v941 : i64
                %v943 = arith.addi %v942, %v907 : i64
                %v944 = llvm.getelementptr %in_u[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v945 = llvm.load %v944 : !llvm.ptr -> f32
                %v946 = arith.mulf %v939, %v945 fastmath<contract> : f32
                %v947 = arith.muli %v43, %v229 : i64
                %v948 = arith.muli %v41, %size_L : i64
                %v949 = arith.addi %v947, %v948 : i64
                %v950 = arith.addi %v949, %v907 : i64
                %v951 = llvm.getelementptr %in_z[%v950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v952 = llvm.load %v951 : !llvm.ptr -> f32
                %v953 = arith.negf %v952 : f32
                %v954 = arith.mulf %v953, %v242 fastmath<contract> : f32
                %v955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v954) : (f32) -> f32
                %v956 = arith.addf %v64, %v955 fastmath<contract> : f32
                %v957 = arith.divf %v64, %v956 : f32
                %v958 = arith.mulf %v952, %v957 fastmath<contract> : f32
                %v959 = arith.negf %v952 : f32
                %v960 = arith.mulf %v959, %v242 fastmath<contract> : f32
                %v961 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v960) : (f32) -> f32
                %v962 = arith.addf %v64, %v961 fastmath<contract> : f32
                %v963 = arith.divf %v64, %v962 : f32
                %v964 = arith.subf %v64, %v963 fastmath<contract> : f32
                %v965 = arith.mulf %v952, %v964 fastmath<contract> : f32
                %v966 = arith.addf %v64, %v965 fastmath<contract> : f32
                %v967 = arith.mulf %v963, %v966 fastmath<contract> : f32
                %v968 = arith.negf %v914 : f32
                %v969 = arith.mulf %v968, %v242 fastmath<contract> : f32
                %v970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v969) : (f32) -> f32
                %v971 = arith.addf %v64, %v970 fastmath<contract> : f32
                %v972 = arith.divf %v64, %v971 : f32
                // the group's states, recomputed into registers
                %v973 = arith.subi %v161, %v221 : i64
                %v974 = arith.trunci %v973 : i64 to i32
                %v975 = arith.subi %size_L, %v2 : i64
                %v976 = arith.addi %v159, %v221 : i64
                %v977 = arith.subi %v975, %v976 : i64
                %v978 = arith.minsi %v977, %v311 : i64
                %v979 = arith.trunci %v978 : i64 to i32
                %v980 = arith.addi %v221, %v109 : i64
                %v981 = arith.cmpi slt, %v315, %v974 : i32
                %v982 = arith.cmpi eq, %v315, %v979 : i32
                %v983, %v984 = gpu.shuffle idx %v939, %v145, %v318 : f32
                %v985, %v986 = gpu.shuffle idx %v946, %v145, %v318 : f32
                %v987, %v988 = gpu.shuffle idx %v958, %v145, %v318 : f32
                %v989, %v990 = gpu.shuffle idx %v967, %v145, %v318 : f32
                %v991, %v992 = gpu.shuffle idx %v972, %v145, %v318 : f32
                scf.if %v981 {
                  %v993 = arith.addi %v159, %v980 : i64
                  %v994 = arith.muli %v31, %v184 : i64
                  %v995 = arith.subi %v993, %v159 : i64
                  %v996 = arith.addi %v994, %v995 : i64
                  %v997 = llvm.getelementptr %v62[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v998 = llvm.load %v997 : !llvm.ptr -> f32
                  %v999 = arith.muli %v43, %v229 : i64
                  %v1000 = arith.muli %v41, %size_L : i64
                  %v1001 = arith.addi %v999, %v1000 : i64
                  %v1002 = arith.addi %v1001, %v993 : i64
                  %v1003 = llvm.getelementptr %dy_y[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
                  %v1005 = arith.mulf %v987, %v1004 fastmath<contract> : f32
                  %v1006 = arith.mulf %v998, %v1005 fastmath<contract> : f32
                  %v1007 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1008 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1009 = arith.mulf %v1008, %v1007 fastmath<contract> : f32
                  %v1010 = arith.addf %v1006, %v1009 fastmath<contract> : f32
                  llvm.store %v1010, %v49 : f32, !llvm.ptr
                  %v1011 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1012 = arith.mulf %v1011, %v1008 fastmath<contract> : f32
                  llvm.store %v1012, %v65 : f32, !llvm.ptr
                  %v1013 = arith.constant 8 : i64
                  %v1014 = arith.addi %v1013, %v31 : i64
                  %v1015 = arith.muli %v1014, %v184 : i64
                  %v1016 = arith.subi %v993, %v159 : i64
                  %v1017 = arith.addi %v1015, %v1016 : i64
                  %v1018 = llvm.getelementptr %v62[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
                  %v1020 = arith.mulf %v1019, %v1005 fastmath<contract> : f32
                  %v1021 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1022 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1023 = arith.mulf %v1022, %v1021 fastmath<contract> : f32
                  %v1024 = arith.addf %v1020, %v1023 fastmath<contract> : f32
                  llvm.store %v1024, %v50 : f32, !llvm.ptr
                  %v1025 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1026 = arith.mulf %v1025, %v1022 fastmath<contract> : f32
                  llvm.store %v1026, %v66 : f32, !llvm.ptr
                  scf.if %v982 {
                    %v1027 = arith.muli %v43, %v69 : i64
                    %v1028 = arith.muli %v41, %v1 : i64
                    %v1029 = arith.addi %v1027, %v1028 : i64
                    %v1030 = arith.addi %v1029, %v31 : i64
                    %v1031 = llvm.getelementptr %dy_h_last[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1032 = llvm.load %v1031 : !llvm.ptr -> f32
                    %v1033 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1034 = arith.addf %v1033, %v1032 fastmath<contract> : f32
                    llvm.store %v1034, %v49 : f32, !llvm.ptr
                    %v1035 = arith.muli %v43, %v69 : i64
                    %v1036 = arith.muli %v41, %v1 : i64
                    %v1037 = arith.addi %v1035, %v1036 : i64
                    %v1038 = arith.constant 8 : i64
                    %v1039 = arith.addi %v1038, %v31 : i64
                    %v1040 = arith.addi %v1037, %v1039 : i64
                    %v1041 = llvm.getelementptr %dy_h_last[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
                    %v1043 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1044 = arith.addf %v1043, %v1042 fastmath<contract> : f32
                    llvm.store %v1044, %v50 : f32, !llvm.ptr
                  }
                  %v1046 = arith.mulf %v983, %v1045 fastmath<contract> : f32
                  %v1047 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1046) : (f32) -> f32
                  llvm.store %v1047, %v51 : f32, !llvm.ptr
                  %v1049 = arith.mulf %v983, %v1048 fastmath<contract> : f32
                  %v1050 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1049) : (f32) -> f32
                  llvm.store %v1050, %v52 : f32, !llvm.ptr
                }
                %v1051 = arith.addi %v221, %v397 : i64
                %v1052 = arith.cmpi slt, %v399, %v974 : i32
                %v1053 = arith.cmpi eq, %v399, %v979 : i32
                %v1054, %v1055 = gpu.shuffle idx %v939, %v141, %v318 : f32
                %v1056, %v1057 = gpu.shuffle idx %v946, %v141, %v318 : f32
                %v1058, %v1059 = gpu.shuffle idx %v958, %v141, %v318 : f32
                %v1060, %v1061 = gpu.shuffle idx %v967, %v141, %v318 : f32
                %v1062, %v1063 = gpu.shuffle idx %v972, %v141, %v318 : f32
                scf.if %v1052 {
                  %v1064 = arith.addi %v159, %v1051 : i64
                  %v1065 = arith.muli %v31, %v184 : i64
                  %v1066 = arith.subi %v1064, %v159 : i64
                  %v1067 = arith.addi %v1065, %v1066 : i64
                  %v1068 = llvm.getelementptr %v62[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1069 = llvm.load %v1068 : !llvm.ptr -> f32
                  %v1070 = arith.muli %v43, %v229 : i64
                  %v1071 = arith.muli %v41, %size_L : i64
                  %v1072 = arith.addi %v1070, %v1071 : i64
                  %v1073 = arith.addi %v1072, %v1064 : i64
                  %v1074 = llvm.getelementptr %dy_y[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
                  %v1076 = arith.mulf %v1058, %v1075 fastmath<contract> : f32
                  %v1077 = arith.mulf %v1069, %v1076 fastmath<contract> : f32
                  %v1078 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1079 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1080 = arith.mulf %v1079, %v1078 fastmath<contract> : f32
                  %v1081 = arith.addf %v1077, %v1080 fastmath<contract> : f32
                  llvm.store %v1081, %v49 : f32, !llvm.ptr
                  %v1082 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1083 = arith.mulf %v1082, %v1079 fastmath<contract> : f32
                  llvm.store %v1083, %v65 : f32, !llvm.ptr
                  %v1084 = arith.constant 8 : i64
                  %v1085 = arith.addi %v1084, %v31 : i64
                  %v1086 = arith.muli %v1085, %v184 : i64
                  %v1087 = arith.subi %v1064, %v159 : i64
                  %v1088 = arith.addi %v1086, %v1087 : i64
                  %v1089 = llvm.getelementptr %v62[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
                  %v1091 = arith.mulf %v1090, %v1076 fastmath<contract> : f32
                  %v1092 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1093 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1094 = arith.mulf %v1093, %v1092 fastmath<contract> : f32
                  %v1095 = arith.addf %v1091, %v1094 fastmath<contract> : f32
                  llvm.store %v1095, %v50 : f32, !llvm.ptr
                  %v1096 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1097 = arith.mulf %v1096, %v1093 fastmath<contract> : f32
                  llvm.store %v1097, %v66 : f32, !llvm.ptr
                  scf.if %v1053 {
                    %v1098 = arith.muli %v43, %v69 : i64
                    %v1099 = arith.muli %v41, %v1 : i64
                    %v1100 = arith.addi %v1098, %v1099 : i64
                    %v1101 = arith.addi %v1100, %v31 : i64
                    %v1102 = llvm.getelementptr %dy_h_last[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1103 = llvm.load %v1102 : !llvm.ptr -> f32
                    %v1104 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1105 = arith.addf %v1104, %v1103 fastmath<contract> : f32
                    llvm.store %v1105, %v49 : f32, !llvm.ptr
                    %v1106 = arith.muli %v43, %v69 : i64
                    %v1107 = arith.muli %v41, %v1 : i64
                    %v1108 = arith.addi %v1106, %v1107 : i64
                    %v1109 = arith.constant 8 : i64
                    %v1110 = arith.addi %v1109, %v31 : i64
                    %v1111 = arith.addi %v1108, %v1110 : i64
                    %v1112 = llvm.getelementptr %dy_h_last[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                    %v1114 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1115 = arith.addf %v1114, %v1113 fastmath<contract> : f32
                    llvm.store %v1115, %v50 : f32, !llvm.ptr
                  }
                  %v1117 = arith.mulf %v1054, %v1116 fastmath<contract> : f32
                  %v1118 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1117) : (f32) -> f32
                  llvm.store %v1118, %v51 : f32, !llvm.ptr
                  %v1120 = arith.mulf %v1054, %v1119 fastmath<contract> : f32
                  %v1121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1120) : (f32) -> f32
                  llvm.store %v1121, %v52 : f32, !llvm.ptr
                }
                %v1122 = arith.addi %v221, %v470 : i64
                %v1123 = arith.cmpi slt, %v472, %v974 : i32
                %v1124 = arith.cmpi eq, %v472, %v979 : i32
                %v1125, %v1126 = gpu.shuffle idx %v939, %v137, %v318 : f32
                %v1127, %v1128 = gpu.shuffle idx %v946, %v137, %v318 : f32
                %v1129, %v1130 = gpu.shuffle idx %v958, %v137, %v318 : f32
                %v1131, %v1132 = gpu.shuffle idx %v967, %v137, %v318 : f32
                %v1133, %v1134 = gpu.shuffle idx %v972, %v137, %v318 : f32
                scf.if %v1123 {
                  %v1135 = arith.addi %v159, %v1122 : i64
                  %v1136 = arith.muli %v31, %v184 : i64
                  %v1137 = arith.subi %v1135, %v159 : i64
                  %v1138 = arith.addi %v1136, %v1137 : i64
                  %v1139 = llvm.getelementptr %v62[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
                  %v1141 = arith.muli %v43, %v229 : i64
                  %v1142 = arith.muli %v41, %size_L : i64
                  %v1143 = arith.addi %v1141, %v1142 : i64
                  %v1144 = arith.addi %v1143, %v1135 : i64
                  %v1145 = llvm.getelementptr %dy_y[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
                  %v1147 = arith.mulf %v1129, %v1146 fastmath<contract> : f32
                  %v1148 = arith.mulf %v1140, %v1147 fastmath<contract> : f32
                  %v1149 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1150 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1151 = arith.mulf %v1150, %v1149 fastmath<contract> : f32
                  %v1152 = arith.addf %v1148, %v1151 fastmath<contract> : f32
                  llvm.store %v1152, %v49 : f32, !llvm.ptr
                  %v1153 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1154 = arith.mulf %v1153, %v1150 fastmath<contract> : f32
                  llvm.store %v1154, %v65 : f32, !llvm.ptr
                  %v1155 = arith.constant 8 : i64
                  %v1156 = arith.addi %v1155, %v31 : i64
                  %v1157 = arith.muli %v1156, %v184 : i64
                  %v1158 = arith.subi %v1135, %v159 : i64
                  %v1159 = arith.addi %v1157, %v1158 : i64
                  %v1160 = llvm.getelementptr %v62[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                  %v1162 = arith.mulf %v1161, %v1147 fastmath<contract> : f32
                  %v1163 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1164 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1165 = arith.mulf %v1164, %v1163 fastmath<contract> : f32
                  %v1166 = arith.addf %v1162, %v1165 fastmath<contract> : f32
                  llvm.store %v1166, %v50 : f32, !llvm.ptr
                  %v1167 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1168 = arith.mulf %v1167, %v1164 fastmath<contract> : f32
                  llvm.store %v1168, %v66 : f32, !llvm.ptr
                  scf.if %v1124 {
                    %v1169 = arith.muli %v43, %v69 : i64
                    %v1170 = arith.muli %v41, %v1 : i64
                    %v1171 = arith.addi %v1169, %v1170 : i64
                    %v1172 = arith.addi %v1171, %v31 : i64
                    %v1173 = llvm.getelementptr %dy_h_last[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
                    %v1175 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1176 = arith.addf %v1175, %v1174 fastmath<contract> : f32
                    llvm.store %v1176, %v49 : f32, !llvm.ptr
                    %v1177 = arith.muli %v43, %v69 : i64
                    %v1178 = arith.muli %v41, %v1 : i64
                    %v1179 = arith.addi %v1177, %v1178 : i64
                    %v1180 = arith.constant 8 : i64
                    %v1181 = arith.addi %v1180, %v31 : i64
                    %v1182 = arith.addi %v1179, %v1181 : i64
                    %v1183 = llvm.getelementptr %dy_h_last[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
                    %v1185 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1186 = arith.addf %v1185, %v1184 fastmath<contract> : f32
                    llvm.store %v1186, %v50 : f32, !llvm.ptr
                  }
                  %v1188 = arith.mulf %v1125, %v1187 fastmath<contract> : f32
                  %v1189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1188) : (f32) -> f32
                  llvm.store %v1189, %v51 : f32, !llvm.ptr
                  %v1191 = arith.mulf %v1125, %v1190 fastmath<contract> : f32
                  %v1192 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1191) : (f32) -> f32
                  llvm.store %v1192, %v52 : f32, !llvm.ptr
                }
                %v1193 = arith.addi %v221, %v45 : i64
                %v1194 = arith.cmpi slt, %v544, %v974 : i32
                %v1195 = arith.cmpi eq, %v544, %v979 : i32
                %v1196, %v1197 = gpu.shuffle idx %v939, %v133, %v318 : f32
                %v1198, %v1199 = gpu.shuffle idx %v946, %v133, %v318 : f32
                %v1200, %v1201 = gpu.shuffle idx %v958, %v133, %v318 : f32
                %v1202, %v1203 = gpu.shuffle idx %v967, %v133, %v318 : f32
                %v1204, %v1205 = gpu.shuffle idx %v972, %v133, %v318 : f32
                scf.if %v1194 {
                  %v1206 = arith.addi %v159, %v1193 : i64
                  %v1207 = arith.muli %v31, %v184 : i64
                  %v1208 = arith.subi %v1206, %v159 : i64
                  %v1209 = arith.addi %v1207, %v1208 : i64
                  %v1210 = llvm.getelementptr %v62[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
                  %v1212 = arith.muli %v43, %v229 : i64
                  %v1213 = arith.muli %v41, %size_L : i64
                  %v1214 = arith.addi %v1212, %v1213 : i64
                  %v1215 = arith.addi %v1214, %v1206 : i64
                  %v1216 = llvm.getelementptr %dy_y[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
                  %v1218 = arith.mulf %v1200, %v1217 fastmath<contract> : f32
                  %v1219 = arith.mulf %v1211, %v1218 fastmath<contract> : f32
                  %v1220 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1221 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1222 = arith.mulf %v1221, %v1220 fastmath<contract> : f32
                  %v1223 = arith.addf %v1219, %v1222 fastmath<contract> : f32
                  llvm.store %v1223, %v49 : f32, !llvm.ptr
                  %v1224 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1225 = arith.mulf %v1224, %v1221 fastmath<contract> : f32
                  llvm.store %v1225, %v65 : f32, !llvm.ptr
                  %v1226 = arith.constant 8 : i64
                  %v1227 = arith.addi %v1226, %v31 : i64
                  %v1228 = arith.muli %v1227, %v184 : i64
                  %v1229 = arith.subi %v1206, %v159 : i64
                  %v1230 = arith.addi %v1228, %v1229 : i64
                  %v1231 = llvm.getelementptr %v62[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
                  %v1233 = arith.mulf %v1232, %v1218 fastmath<contract> : f32
                  %v1234 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1235 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1236 = arith.mulf %v1235, %v1234 fastmath<contract> : f32
                  %v1237 = arith.addf %v1233, %v1236 fastmath<contract> : f32
                  llvm.store %v1237, %v50 : f32, !llvm.ptr
                  %v1238 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1239 = arith.mulf %v1238, %v1235 fastmath<contract> : f32
                  llvm.store %v1239, %v66 : f32, !llvm.ptr
                  scf.if %v1195 {
                    %v1240 = arith.muli %v43, %v69 : i64
                    %v1241 = arith.muli %v41, %v1 : i64
                    %v1242 = arith.addi %v1240, %v1241 : i64
                    %v1243 = arith.addi %v1242, %v31 : i64
                    %v1244 = llvm.getelementptr %dy_h_last[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1245 = llvm.load %v1244 : !llvm.ptr -> f32
                    %v1246 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1247 = arith.addf %v1246, %v1245 fastmath<contract> : f32
                    llvm.store %v1247, %v49 : f32, !llvm.ptr
                    %v1248 = arith.muli %v43, %v69 : i64
                    %v1249 = arith.muli %v41, %v1 : i64
                    %v1250 = arith.addi %v1248, %v1249 : i64
                    %v1251 = arith.constant 8 : i64
                    %v1252 = arith.addi %v1251, %v31 : i64
                    %v1253 = arith.addi %v1250, %v1252 : i64
                    %v1254 = llvm.getelementptr %dy_h_last[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1255 = llvm.load %v1254 : !llvm.ptr -> f32
                    %v1256 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1257 = arith.addf %v1256, %v1255 fastmath<contract> : f32
                    llvm.store %v1257, %v50 : f32, !llvm.ptr
                  }
                  %v1259 = arith.mulf %v1196, %v1258 fastmath<contract> : f32
                  %v1260 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1259) : (f32) -> f32
                  llvm.store %v1260, %v51 : f32, !llvm.ptr
                  %v1262 = arith.mulf %v1196, %v1261 fastmath<contract> : f32
                  %v1263 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1262) : (f32) -> f32
                  llvm.store %v1263, %v52 : f32, !llvm.ptr
                }
                %v1264 = arith.addi %v221, %v615 : i64
                %v1265 = arith.cmpi slt, %v617, %v974 : i32
                %v1266 = arith.cmpi eq, %v617, %v979 : i32
                %v1267, %v1268 = gpu.shuffle idx %v939, %v129, %v318 : f32
                %v1269, %v1270 = gpu.shuffle idx %v946, %v129, %v318 : f32
                %v1271, %v1272 = gpu.shuffle idx %v958, %v129, %v318 : f32
                %v1273, %v1274 = gpu.shuffle idx %v967, %v129, %v318 : f32
                %v1275, %v1276 = gpu.shuffle idx %v972, %v129, %v318 : f32
                scf.if %v1265 {
                  %v1277 = arith.addi %v159, %v1264 : i64
                  %v1278 = arith.muli %v31, %v184 : i64
                  %v1279 = arith.subi %v1277, %v159 : i64
                  %v1280 = arith.addi %v1278, %v1279 : i64
                  %v1281 = llvm.getelementptr %v62[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1282 = llvm.load %v1281 : !llvm.ptr -> f32
                  %v1283 = arith.muli %v43, %v229 : i64
                  %v1284 = arith.muli %v41, %size_L : i64
                  %v1285 = arith.addi %v1283, %v1284 : i64
                  %v1286 = arith.addi %v1285, %v1277 : i64
                  %v1287 = llvm.getelementptr %dy_y[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
                  %v1289 = arith.mulf %v1271, %v1288 fastmath<contract> : f32
                  %v1290 = arith.mulf %v1282, %v1289 fastmath<contract> : f32
                  %v1291 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1292 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1293 = arith.mulf %v1292, %v1291 fastmath<contract> : f32
                  %v1294 = arith.addf %v1290, %v1293 fastmath<contract> : f32
                  llvm.store %v1294, %v49 : f32, !llvm.ptr
                  %v1295 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1296 = arith.mulf %v1295, %v1292 fastmath<contract> : f32
                  llvm.store %v1296, %v65 : f32, !llvm.ptr
                  %v1297 = arith.constant 8 : i64
                  %v1298 = arith.addi %v1297, %v31 : i64
                  %v1299 = arith.muli %v1298, %v184 : i64
                  %v1300 = arith.subi %v1277, %v159 : i64
                  %v1301 = arith.addi %v1299, %v1300 : i64
                  %v1302 = llvm.getelementptr %v62[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1303 = llvm.load %v1302 : !llvm.ptr -> f32
                  %v1304 = arith.mulf %v1303, %v1289 fastmath<contract> : f32
                  %v1305 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1306 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1307 = arith.mulf %v1306, %v1305 fastmath<contract> : f32
                  %v1308 = arith.addf %v1304, %v1307 fastmath<contract> : f32
                  llvm.store %v1308, %v50 : f32, !llvm.ptr
                  %v1309 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1310 = arith.mulf %v1309, %v1306 fastmath<contract> : f32
                  llvm.store %v1310, %v66 : f32, !llvm.ptr
                  scf.if %v1266 {
                    %v1311 = arith.muli %v43, %v69 : i64
                    %v1312 = arith.muli %v41, %v1 : i64
                    %v1313 = arith.addi %v1311, %v1312 : i64
                    %v1314 = arith.addi %v1313, %v31 : i64
                    %v1315 = llvm.getelementptr %dy_h_last[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1316 = llvm.load %v1315 : !llvm.ptr -> f32
                    %v1317 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1318 = arith.addf %v1317, %v1316 fastmath<contract> : f32
                    llvm.store %v1318, %v49 : f32, !llvm.ptr
                    %v1319 = arith.muli %v43, %v69 : i64
                    %v1320 = arith.muli %v41, %v1 : i64
                    %v1321 = arith.addi %v1319, %v1320 : i64
                    %v1322 = arith.constant 8 : i64
                    %v1323 = arith.addi %v1322, %v31 : i64
                    %v1324 = arith.addi %v1321, %v1323 : i64
                    %v1325 = llvm.getelementptr %dy_h_last[%v1324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
                    %v1327 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1328 = arith.addf %v1327, %v1326 fastmath<contract> : f32
                    llvm.store %v1328, %v50 : f32, !llvm.ptr
                  }
                  %v1330 = arith.mulf %v1267, %v1329 fastmath<contract> : f32
                  %v1331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1330) : (f32) -> f32
                  llvm.store %v1331, %v51 : f32, !llvm.ptr
                  %v1333 = arith.mulf %v1267, %v1332 fastmath<contract> : f32
                  %v1334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1333) : (f32) -> f32
                  llvm.store %v1334, %v52 : f32, !llvm.ptr
                }
                %v1335 = arith.addi %v221, %v688 : i64
                %v1336 = arith.cmpi slt, %v690, %v974 : i32
                %v1337 = arith.cmpi eq, %v690, %v979 : i32
                %v1338, %v1339 = gpu.shuffle idx %v939, %v125, %v318 : f32
                %v1340, %v1341 = gpu.shuffle idx %v946, %v125, %v318 : f32
                %v1342, %v1343 = gpu.shuffle idx %v958, %v125, %v318 : f32
                %v1344, %v1345 = gpu.shuffle idx %v967, %v125, %v318 : f32
                %v1346, %v1347 = gpu.shuffle idx %v972, %v125, %v318 : f32
                scf.if %v1336 {
                  %v1348 = arith.addi %v159, %v1335 : i64
                  %v1349 = arith.muli %v31, %v184 : i64
                  %v1350 = arith.subi %v1348, %v159 : i64
                  %v1351 = arith.addi %v1349, %v1350 : i64
                  %v1352 = llvm.getelementptr %v62[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1353 = llvm.load %v1352 : !llvm.ptr -> f32
                  %v1354 = arith.muli %v43, %v229 : i64
                  %v1355 = arith.muli %v41, %size_L : i64
                  %v1356 = arith.addi %v1354, %v1355 : i64
                  %v1357 = arith.addi %v1356, %v1348 : i64
                  %v1358 = llvm.getelementptr %dy_y[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
                  %v1360 = arith.mulf %v1342, %v1359 fastmath<contract> : f32
                  %v1361 = arith.mulf %v1353, %v1360 fastmath<contract> : f32
                  %v1362 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1363 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1364 = arith.mulf %v1363, %v1362 fastmath<contract> : f32
                  %v1365 = arith.addf %v1361, %v1364 fastmath<contract> : f32
                  llvm.store %v1365, %v49 : f32, !llvm.ptr
                  %v1366 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1367 = arith.mulf %v1366, %v1363 fastmath<contract> : f32
                  llvm.store %v1367, %v65 : f32, !llvm.ptr
                  %v1368 = arith.constant 8 : i64
                  %v1369 = arith.addi %v1368, %v31 : i64
                  %v1370 = arith.muli %v1369, %v184 : i64
                  %v1371 = arith.subi %v1348, %v159 : i64
                  %v1372 = arith.addi %v1370, %v1371 : i64
                  %v1373 = llvm.getelementptr %v62[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1374 = llvm.load %v1373 : !llvm.ptr -> f32
                  %v1375 = arith.mulf %v1374, %v1360 fastmath<contract> : f32
                  %v1376 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1377 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1378 = arith.mulf %v1377, %v1376 fastmath<contract> : f32
                  %v1379 = arith.addf %v1375, %v1378 fastmath<contract> : f32
                  llvm.store %v1379, %v50 : f32, !llvm.ptr
                  %v1380 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1381 = arith.mulf %v1380, %v1377 fastmath<contract> : f32
                  llvm.store %v1381, %v66 : f32, !llvm.ptr
                  scf.if %v1337 {
                    %v1382 = arith.muli %v43, %v69 : i64
                    %v1383 = arith.muli %v41, %v1 : i64
                    %v1384 = arith.addi %v1382, %v1383 : i64
                    %v1385 = arith.addi %v1384, %v31 : i64
                    %v1386 = llvm.getelementptr %dy_h_last[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1387 = llvm.load %v1386 : !llvm.ptr -> f32
                    %v1388 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1389 = arith.addf %v1388, %v1387 fastmath<contract> : f32
                    llvm.store %v1389, %v49 : f32, !llvm.ptr
                    %v1390 = arith.muli %v43, %v69 : i64
                    %v1391 = arith.muli %v41, %v1 : i64
                    %v1392 = arith.addi %v1390, %v1391 : i64
                    %v1393 = arith.constant 8 : i64
                    %v1394 = arith.addi %v1393, %v31 : i64
                    %v1395 = arith.addi %v1392, %v1394 : i64
                    %v1396 = llvm.getelementptr %dy_h_last[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                    %v1398 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1399 = arith.addf %v1398, %v1397 fastmath<contract> : f32
                    llvm.store %v1399, %v50 : f32, !llvm.ptr
                  }
                  %v1401 = arith.mulf %v1338, %v1400 fastmath<contract> : f32
                  %v1402 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1401) : (f32) -> f32
                  llvm.store %v1402, %v51 : f32, !llvm.ptr
                  %v1404 = arith.mulf %v1338, %v1403 fastmath<contract> : f32
                  %v1405 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1404) : (f32) -> f32
                  llvm.store %v1405, %v52 : f32, !llvm.ptr
                }
                %v1406 = arith.addi %v221, %v2 : i64
                %v1407 = arith.cmpi slt, %v762, %v974 : i32
                %v1408 = arith.cmpi eq, %v762, %v979 : i32
                %v1409, %v1410 = gpu.shuffle idx %v939, %v121, %v318 : f32
                %v1411, %v1412 = gpu.shuffle idx %v946, %v121, %v318 : f32
                %v1413, %v1414 = gpu.shuffle idx %v958, %v121, %v318 : f32
                %v1415, %v1416 = gpu.shuffle idx %v967, %v121, %v318 : f32
                %v1417, %v1418 = gpu.shuffle idx %v972, %v121, %v318 : f32
                scf.if %v1407 {
                  %v1419 = arith.addi %v159, %v1406 : i64
                  %v1420 = arith.muli %v31, %v184 : i64
                  %v1421 = arith.subi %v1419, %v159 : i64
                  %v1422 = arith.addi %v1420, %v1421 : i64
                  %v1423 = llvm.getelementptr %v62[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
                  %v1425 = arith.muli %v43, %v229 : i64
                  %v1426 = arith.muli %v41, %size_L : i64
                  %v1427 = arith.addi %v1425, %v1426 : i64
                  %v1428 = arith.addi %v1427, %v1419 : i64
                  %v1429 = llvm.getelementptr %dy_y[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
                  %v1431 = arith.mulf %v1413, %v1430 fastmath<contract> : f32
                  %v1432 = arith.mulf %v1424, %v1431 fastmath<contract> : f32
                  %v1433 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1434 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1435 = arith.mulf %v1434, %v1433 fastmath<contract> : f32
                  %v1436 = arith.addf %v1432, %v1435 fastmath<contract> : f32
                  llvm.store %v1436, %v49 : f32, !llvm.ptr
                  %v1437 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1438 = arith.mulf %v1437, %v1434 fastmath<contract> : f32
                  llvm.store %v1438, %v65 : f32, !llvm.ptr
                  %v1439 = arith.constant 8 : i64
                  %v1440 = arith.addi %v1439, %v31 : i64
                  %v1441 = arith.muli %v1440, %v184 : i64
                  %v1442 = arith.subi %v1419, %v159 : i64
                  %v1443 = arith.addi %v1441, %v1442 : i64
                  %v1444 = llvm.getelementptr %v62[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
                  %v1446 = arith.mulf %v1445, %v1431 fastmath<contract> : f32
                  %v1447 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1448 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1449 = arith.mulf %v1448, %v1447 fastmath<contract> : f32
                  %v1450 = arith.addf %v1446, %v1449 fastmath<contract> : f32
                  llvm.store %v1450, %v50 : f32, !llvm.ptr
                  %v1451 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1452 = arith.mulf %v1451, %v1448 fastmath<contract> : f32
                  llvm.store %v1452, %v66 : f32, !llvm.ptr
                  scf.if %v1408 {
                    %v1453 = arith.muli %v43, %v69 : i64
                    %v1454 = arith.muli %v41, %v1 : i64
                    %v1455 = arith.addi %v1453, %v1454 : i64
                    %v1456 = arith.addi %v1455, %v31 : i64
                    %v1457 = llvm.getelementptr %dy_h_last[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
                    %v1459 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1460 = arith.addf %v1459, %v1458 fastmath<contract> : f32
                    llvm.store %v1460, %v49 : f32, !llvm.ptr
                    %v1461 = arith.muli %v43, %v69 : i64
                    %v1462 = arith.muli %v41, %v1 : i64
                    %v1463 = arith.addi %v1461, %v1462 : i64
                    %v1464 = arith.constant 8 : i64
                    %v1465 = arith.addi %v1464, %v31 : i64
                    %v1466 = arith.addi %v1463, %v1465 : i64
                    %v1467 = llvm.getelementptr %dy_h_last[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
                    %v1469 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1470 = arith.addf %v1469, %v1468 fastmath<contract> : f32
                    llvm.store %v1470, %v50 : f32, !llvm.ptr
                  }
                  %v1472 = arith.mulf %v1409, %v1471 fastmath<contract> : f32
                  %v1473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1472) : (f32) -> f32
                  llvm.store %v1473, %v51 : f32, !llvm.ptr
                  %v1475 = arith.mulf %v1409, %v1474 fastmath<contract> : f32
                  %v1476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1475) : (f32) -> f32
                  llvm.store %v1476, %v52 : f32, !llvm.ptr
                }
                %v1477 = arith.cmpi slt, %v833, %v974 : i32
                %v1478 = arith.cmpi eq, %v833, %v979 : i32
                %v1479, %v1480 = gpu.shuffle idx %v939, %v117, %v318 : f32
                %v1481, %v1482 = gpu.shuffle idx %v946, %v117, %v318 : f32
                %v1483, %v1484 = gpu.shuffle idx %v958, %v117, %v318 : f32
                %v1485, %v1486 = gpu.shuffle idx %v967, %v117, %v318 : f32
                %v1487, %v1488 = gpu.shuffle idx %v972, %v117, %v318 : f32
                scf.if %v1477 {
                  %v1489 = arith.addi %v159, %v221 : i64
                  %v1490 = arith.muli %v31, %v184 : i64
                  %v1491 = arith.subi %v1489, %v159 : i64
                  %v1492 = arith.addi %v1490, %v1491 : i64
                  %v1493 = llvm.getelementptr %v62[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
                  %v1495 = arith.muli %v43, %v229 : i64
                  %v1496 = arith.muli %v41, %size_L : i64
                  %v1497 = arith.addi %v1495, %v1496 : i64
                  %v1498 = arith.addi %v1497, %v1489 : i64
                  %v1499 = llvm.getelementptr %dy_y[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
                  %v1501 = arith.mulf %v1483, %v1500 fastmath<contract> : f32
                  %v1502 = arith.mulf %v1494, %v1501 fastmath<contract> : f32
                  %v1503 = llvm.load %v49 : !llvm.ptr -> f32
                  %v1504 = llvm.load %v51 : !llvm.ptr -> f32
                  %v1505 = arith.mulf %v1504, %v1503 fastmath<contract> : f32
                  %v1506 = arith.addf %v1502, %v1505 fastmath<contract> : f32
                  llvm.store %v1506, %v49 : f32, !llvm.ptr
                  %v1507 = llvm.load %v65 : !llvm.ptr -> f32
                  %v1508 = arith.mulf %v1507, %v1504 fastmath<contract> : f32
                  llvm.store %v1508, %v65 : f32, !llvm.ptr
                  %v1509 = arith.constant 8 : i64
                  %v1510 = arith.addi %v1509, %v31 : i64
                  %v1511 = arith.muli %v1510, %v184 : i64
                  %v1512 = arith.subi %v1489, %v159 : i64
                  %v1513 = arith.addi %v1511, %v1512 : i64
                  %v1514 = llvm.getelementptr %v62[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1515 = llvm.load %v1514 : !llvm.ptr -> f32
                  %v1516 = arith.mulf %v1515, %v1501 fastmath<contract> : f32
                  %v1517 = llvm.load %v50 : !llvm.ptr -> f32
                  %v1518 = llvm.load %v52 : !llvm.ptr -> f32
                  %v1519 = arith.mulf %v1518, %v1517 fastmath<contract> : f32
                  %v1520 = arith.addf %v1516, %v1519 fastmath<contract> : f32
                  llvm.store %v1520, %v50 : f32, !llvm.ptr
                  %v1521 = llvm.load %v66 : !llvm.ptr -> f32
                  %v1522 = arith.mulf %v1521, %v1518 fastmath<contract> : f32
                  llvm.store %v1522, %v66 : f32, !llvm.ptr
                  scf.if %v1478 {
                    %v1523 = arith.muli %v43, %v69 : i64
                    %v1524 = arith.muli %v41, %v1 : i64
                    %v1525 = arith.addi %v1523, %v1524 : i64
                    %v1526 = arith.addi %v1525, %v31 : i64
                    %v1527 = llvm.getelementptr %dy_h_last[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
                    %v1529 = llvm.load %v49 : !llvm.ptr -> f32
                    %v1530 = arith.addf %v1529, %v1528 fastmath<contract> : f32
                    llvm.store %v1530, %v49 : f32, !llvm.ptr
                    %v1531 = arith.muli %v43, %v69 : i64
                    %v1532 = arith.muli %v41, %v1 : i64
                    %v1533 = arith.addi %v1531, %v1532 : i64
                    %v1534 = arith.constant 8 : i64
                    %v1535 = arith.addi %v1534, %v31 : i64
                    %v1536 = arith.addi %v1533, %v1535 : i64
                    %v1537 = llvm.getelementptr %dy_h_last[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
                    %v1539 = llvm.load %v50 : !llvm.ptr -> f32
                    %v1540 = arith.addf %v1539, %v1538 fastmath<contract> : f32
                    llvm.store %v1540, %v50 : f32, !llvm.ptr
                  }
                  %v1542 = arith.mulf %v1479, %v1541 fastmath<contract> : f32
                  %v1543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1542) : (f32) -> f32
                  llvm.store %v1543, %v51 : f32, !llvm.ptr
                  %v1545 = arith.mulf %v1479, %v1544 fastmath<contract> : f32
                  %v1546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1545) : (f32) -> f32
                  llvm.store %v1546, %v52 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v35 {
        %v1547 = llvm.load %v49 : !llvm.ptr -> f32
        %v1548 = arith.muli %v26, %v1 : i64
        %v1549 = arith.addi %v1548, %v31 : i64
        %v1550 = arith.muli %v1549, %v3 : i64
        %v1551 = arith.subi %v3, %v2 : i64
        %v1552 = arith.minsi %v37, %v1551 : i64
        %v1553 = arith.addi %v1550, %v1552 : i64
        %v1554 = llvm.getelementptr %segsum_h[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1547, %v1554 : f32, !llvm.ptr
        %v1555 = llvm.load %v65 : !llvm.ptr -> f32
        %v1556 = arith.addi %v7, %v26 : i64
        %v1557 = arith.muli %v1556, %v1 : i64
        %v1558 = arith.addi %v1557, %v31 : i64
        %v1559 = arith.muli %v1558, %v3 : i64
        %v1560 = arith.subi %v3, %v2 : i64
        %v1561 = arith.minsi %v37, %v1560 : i64
        %v1562 = arith.addi %v1559, %v1561 : i64
        %v1563 = llvm.getelementptr %segsum_h[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1555, %v1563 : f32, !llvm.ptr
        %v1564 = llvm.load %v51 : !llvm.ptr -> f32
        %v1565 = arith.muli %v688, %v7 : i64
        %v1566 = arith.addi %v1565, %v26 : i64
        %v1567 = arith.muli %v1566, %v1 : i64
        %v1568 = arith.addi %v1567, %v31 : i64
        %v1569 = arith.muli %v1568, %v3 : i64
        %v1570 = arith.subi %v3, %v2 : i64
        %v1571 = arith.minsi %v37, %v1570 : i64
        %v1572 = arith.addi %v1569, %v1571 : i64
        %v1573 = llvm.getelementptr %segsum_h[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1564, %v1573 : f32, !llvm.ptr
        %v1574 = llvm.load %v50 : !llvm.ptr -> f32
        %v1575 = arith.addi %v30, %v31 : i64
        %v1576 = arith.muli %v26, %v1 : i64
        %v1577 = arith.addi %v1576, %v1575 : i64
        %v1578 = arith.muli %v1577, %v3 : i64
        %v1579 = arith.subi %v3, %v2 : i64
        %v1580 = arith.minsi %v37, %v1579 : i64
        %v1581 = arith.addi %v1578, %v1580 : i64
        %v1582 = llvm.getelementptr %segsum_h[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1574, %v1582 : f32, !llvm.ptr
        %v1583 = llvm.load %v66 : !llvm.ptr -> f32
        %v1584 = arith.addi %v30, %v31 : i64
        %v1585 = arith.addi %v7, %v26 : i64
        %v1586 = arith.muli %v1585, %v1 : i64
        %v1587 = arith.addi %v1586, %v1584 : i64
        %v1588 = arith.muli %v1587, %v3 : i64
        %v1589 = arith.subi %v3, %v2 : i64
        %v1590 = arith.minsi %v37, %v1589 : i64
        %v1591 = arith.addi %v1588, %v1590 : i64
        %v1592 = llvm.getelementptr %segsum_h[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1583, %v1592 : f32, !llvm.ptr
        %v1593 = llvm.load %v52 : !llvm.ptr -> f32
        %v1594 = arith.addi %v30, %v31 : i64
        %v1595 = arith.muli %v688, %v7 : i64
        %v1596 = arith.addi %v1595, %v26 : i64
        %v1597 = arith.muli %v1596, %v1 : i64
        %v1598 = arith.addi %v1597, %v1594 : i64
        %v1599 = arith.muli %v1598, %v3 : i64
        %v1600 = arith.subi %v3, %v2 : i64
        %v1601 = arith.minsi %v37, %v1600 : i64
        %v1602 = arith.addi %v1599, %v1601 : i64
        %v1603 = llvm.getelementptr %segsum_h[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1593, %v1603 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
