module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_bwd_sum_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_bwd_sum(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %segsum_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel attributes {nvvm.maxntid = array<i32: 256, 1, 1>, nvvm.minctasm = 3 : i32} {
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
      %v14 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = arith.constant 64 : i64
      %v25 = arith.constant 63 : i64
      %v36 = arith.constant 4 : i64
      %v54 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v56 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Bm : !llvm.ptr<3>
      %v73 = llvm.addrspacecast %v72 : !llvm.ptr<3> to !llvm.ptr
      %v74 = llvm.mlir.addressof @rows_selective_scan_bwd_sum_Cm : !llvm.ptr<3>
      %v75 = llvm.addrspacecast %v74 : !llvm.ptr<3> to !llvm.ptr
      %v76 = arith.constant 0x00000000 : f32
      %v77 = arith.constant 0x3F800000 : f32
      %v78 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v82 = arith.constant 0 : i64
      %v84 = arith.muli %v1, %size_D : i64
      %v165 = arith.constant 3 : i64
      %v204 = arith.constant 1024 : i64
      %v216 = arith.muli %v1, %size_L : i64
      %v223 = arith.constant 65 : i64
      %v268 = arith.muli %size_D, %size_L : i64
      %v281 = arith.constant 0x3FB8AA3B : f32
      %v286 = arith.constant 0x3F317218 : f32
      %v288 = arith.constant 0x3E124925 : f32
      %v290 = arith.constant 0xBE2AAAAB : f32
      %v293 = arith.constant 0x3E4CCCCD : f32
      %v296 = arith.constant 0xBE800000 : f32
      %v299 = arith.constant 0x3EAAAAAB : f32
      %v302 = arith.constant 0xBF000000 : f32
      %v308 = arith.constant 0x3D800000 : f32
      %v350 = arith.constant 2147483647 : i64
      %v354 = arith.constant 3 : i32
      %v357 = arith.constant 32 : i32
      %v502 = arith.constant 2 : i64
      %v504 = arith.constant 2 : i32
      %v630 = arith.constant 1 : i32
      %v755 = arith.constant 0 : i32
      %v1513 = arith.constant 8 : i64
      %v1544 = arith.constant 12 : i64
      %v20 = gpu.block_id x
      %v21 = gpu.thread_id x
      %v22 = arith.index_cast %v21 : index to i64
      %v23 = arith.index_cast %v20 : index to i64
      %v26 = arith.addi %size_D, %v25 : i64
      %v27 = arith.divui %v26, %v24 : i64
      %v28 = arith.maxsi %v27, %v2 : i64
      %v29 = arith.maxsi %size_D, %v2 : i64
      %v30 = arith.divui %v3, %v29 : i64
      %v31 = arith.muli %v30, %v28 : i64
      %v32 = arith.divui %v23, %v31 : i64
      %v33 = arith.remui %v23, %v31 : i64
      %v34 = arith.divui %v33, %v28 : i64
      %v35 = arith.remui %v33, %v28 : i64
      %v37 = arith.remui %v22, %v36 : i64
      %v38 = arith.divui %v22, %v36 : i64
      %v39 = arith.muli %v35, %v24 : i64
      %v40 = arith.addi %v39, %v38 : i64
      %v41 = arith.cmpi slt, %v40, %size_D : i64
      %v42 = arith.muli %v34, %size_D : i64
      %v43 = arith.addi %v42, %v40 : i64
      %v44 = arith.subi %size_D, %v2 : i64
      %v45 = arith.minsi %v40, %v44 : i64
      %v46 = arith.addi %v42, %v45 : i64
      %v47 = arith.remui %v46, %size_D : i64
      %v48 = arith.divui %v46, %size_D : i64
      %v49 = arith.remui %v48, %size_B : i64
      %v50 = arith.divui %v48, %size_B : i64
      %v168 = arith.trunci %v22 : i64 to i32
      %v169 = arith.constant 28 : i32
      %v170 = arith.andi %v168, %v169 : i32
      %v171 = arith.constant 0 : i32
      %v172 = arith.ori %v170, %v171 : i32
      %v173 = arith.constant 0 : i64
      %v174 = arith.cmpi eq, %v37, %v173 : i64
      %v175 = arith.constant 1 : i32
      %v176 = arith.ori %v170, %v175 : i32
      %v177 = arith.constant 1 : i64
      %v178 = arith.cmpi eq, %v37, %v177 : i64
      %v179 = arith.constant 2 : i32
      %v180 = arith.ori %v170, %v179 : i32
      %v181 = arith.constant 2 : i64
      %v182 = arith.cmpi eq, %v37, %v181 : i64
      %v183 = arith.constant 3 : i32
      %v184 = arith.ori %v170, %v183 : i32
      %v185 = arith.constant 3 : i64
      %v186 = arith.cmpi eq, %v37, %v185 : i64
      %v275 = llvm.getelementptr %in_dt_bias[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v276 = llvm.load %v275 : !llvm.ptr -> f32
      %v468 = arith.muli %v47, %v1 : i64
      %v469 = arith.addi %v468, %v37 : i64
      %v470 = llvm.getelementptr %in_A[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v471 = llvm.load %v470 : !llvm.ptr -> f32
      %v472 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v475 = arith.muli %v47, %v1 : i64
      %v476 = arith.constant 4 : i64
      %v477 = arith.addi %v476, %v37 : i64
      %v478 = arith.addi %v475, %v477 : i64
      %v479 = llvm.getelementptr %in_A[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v480 = llvm.load %v479 : !llvm.ptr -> f32
      %v481 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v484 = arith.muli %v47, %v1 : i64
      %v485 = arith.constant 8 : i64
      %v486 = arith.addi %v485, %v37 : i64
      %v487 = arith.addi %v484, %v486 : i64
      %v488 = llvm.getelementptr %in_A[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v489 = llvm.load %v488 : !llvm.ptr -> f32
      %v490 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v493 = arith.muli %v47, %v1 : i64
      %v494 = arith.constant 12 : i64
      %v495 = arith.addi %v494, %v37 : i64
      %v496 = arith.addi %v493, %v495 : i64
      %v497 = llvm.getelementptr %in_A[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v499 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v617 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v620 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v623 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v626 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v743 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v746 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v749 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v752 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v868 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v871 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v874 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v877 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v1069 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v1072 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v1075 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v1078 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v1194 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v1197 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v1200 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v1203 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v1319 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v1322 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v1325 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v1328 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v1443 = arith.mulf %v471, %v281 fastmath<contract> : f32
      %v1446 = arith.mulf %v480, %v281 fastmath<contract> : f32
      %v1449 = arith.mulf %v489, %v281 fastmath<contract> : f32
      %v1452 = arith.mulf %v498, %v281 fastmath<contract> : f32
      %v51 = arith.muli %v32, %v36 : i64
      %v52 = arith.addi %v51, %v36 : i64
      %v53 = arith.muli %v32, %v3 : i64
      llvm.store %v76, %v54 : f32, !llvm.ptr
      llvm.store %v76, %v55 : f32, !llvm.ptr
      llvm.store %v76, %v56 : f32, !llvm.ptr
      llvm.store %v76, %v57 : f32, !llvm.ptr
      llvm.store %v77, %v58 : f32, !llvm.ptr
      llvm.store %v77, %v59 : f32, !llvm.ptr
      llvm.store %v77, %v60 : f32, !llvm.ptr
      llvm.store %v77, %v61 : f32, !llvm.ptr
      llvm.store %v76, %v62 : f32, !llvm.ptr
      llvm.store %v76, %v63 : f32, !llvm.ptr
      llvm.store %v76, %v64 : f32, !llvm.ptr
      llvm.store %v76, %v65 : f32, !llvm.ptr
      llvm.store %v76, %v66 : f32, !llvm.ptr
      llvm.store %v76, %v67 : f32, !llvm.ptr
      llvm.store %v76, %v68 : f32, !llvm.ptr
      llvm.store %v76, %v69 : f32, !llvm.ptr
      llvm.store %v76, %v70 : f32, !llvm.ptr
      llvm.store %v76, %v71 : f32, !llvm.ptr
      llvm.store %v77, %v78 : f32, !llvm.ptr
      llvm.store %v77, %v79 : f32, !llvm.ptr
      llvm.store %v77, %v80 : f32, !llvm.ptr
      llvm.store %v77, %v81 : f32, !llvm.ptr
      %v83 = arith.cmpi eq, %size_L, %v82 : i64
      scf.if %v83 {
        %v85 = arith.muli %v49, %v84 : i64
        %v86 = arith.muli %v47, %v1 : i64
        %v87 = arith.addi %v85, %v86 : i64
        %v88 = arith.addi %v87, %v37 : i64
        %v89 = llvm.mlir.zero : !llvm.ptr
        %v90 = llvm.icmp "ne" %in_h0, %v89 : !llvm.ptr
        %v91 = scf.if %v90 -> (f32) {
          %v92 = llvm.getelementptr %in_h0[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v93 = llvm.load %v92 : !llvm.ptr -> f32
          scf.yield %v93 : f32
        } else {
          scf.yield %v76 : f32
        }
        llvm.store %v91, %v16 : f32, !llvm.ptr
        %v94 = arith.muli %v49, %v84 : i64
        %v95 = arith.muli %v47, %v1 : i64
        %v96 = arith.addi %v94, %v95 : i64
        %v97 = arith.constant 4 : i64
        %v98 = arith.addi %v97, %v37 : i64
        %v99 = arith.addi %v96, %v98 : i64
        %v100 = llvm.mlir.zero : !llvm.ptr
        %v101 = llvm.icmp "ne" %in_h0, %v100 : !llvm.ptr
        %v102 = scf.if %v101 -> (f32) {
          %v103 = llvm.getelementptr %in_h0[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          scf.yield %v104 : f32
        } else {
          scf.yield %v76 : f32
        }
        llvm.store %v102, %v17 : f32, !llvm.ptr
        %v105 = arith.muli %v49, %v84 : i64
        %v106 = arith.muli %v47, %v1 : i64
        %v107 = arith.addi %v105, %v106 : i64
        %v108 = arith.constant 8 : i64
        %v109 = arith.addi %v108, %v37 : i64
        %v110 = arith.addi %v107, %v109 : i64
        %v111 = llvm.mlir.zero : !llvm.ptr
        %v112 = llvm.icmp "ne" %in_h0, %v111 : !llvm.ptr
        %v113 = scf.if %v112 -> (f32) {
          %v114 = llvm.getelementptr %in_h0[%v110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v115 = llvm.load %v114 : !llvm.ptr -> f32
          scf.yield %v115 : f32
        } else {
          scf.yield %v76 : f32
        }
        llvm.store %v113, %v18 : f32, !llvm.ptr
        %v116 = arith.muli %v49, %v84 : i64
        %v117 = arith.muli %v47, %v1 : i64
        %v118 = arith.addi %v116, %v117 : i64
        %v119 = arith.constant 12 : i64
        %v120 = arith.addi %v119, %v37 : i64
        %v121 = arith.addi %v118, %v120 : i64
        %v122 = llvm.mlir.zero : !llvm.ptr
        %v123 = llvm.icmp "ne" %in_h0, %v122 : !llvm.ptr
        %v124 = scf.if %v123 -> (f32) {
          %v125 = llvm.getelementptr %in_h0[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v126 = llvm.load %v125 : !llvm.ptr -> f32
          scf.yield %v126 : f32
        } else {
          scf.yield %v76 : f32
        }
        llvm.store %v124, %v19 : f32, !llvm.ptr
        %v127 = arith.muli %v49, %v84 : i64
        %v128 = arith.muli %v47, %v1 : i64
        %v129 = arith.addi %v127, %v128 : i64
        %v130 = arith.addi %v129, %v37 : i64
        %v131 = llvm.getelementptr %dy_h_last[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v132 = llvm.load %v131 : !llvm.ptr -> f32
        %v133 = llvm.load %v54 : !llvm.ptr -> f32
        %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
        llvm.store %v134, %v54 : f32, !llvm.ptr
        %v135 = arith.muli %v49, %v84 : i64
        %v136 = arith.muli %v47, %v1 : i64
        %v137 = arith.addi %v135, %v136 : i64
        %v138 = arith.constant 4 : i64
        %v139 = arith.addi %v138, %v37 : i64
        %v140 = arith.addi %v137, %v139 : i64
        %v141 = llvm.getelementptr %dy_h_last[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v142 = llvm.load %v141 : !llvm.ptr -> f32
        %v143 = llvm.load %v55 : !llvm.ptr -> f32
        %v144 = arith.addf %v143, %v142 fastmath<contract> : f32
        llvm.store %v144, %v55 : f32, !llvm.ptr
        %v145 = arith.muli %v49, %v84 : i64
        %v146 = arith.muli %v47, %v1 : i64
        %v147 = arith.addi %v145, %v146 : i64
        %v148 = arith.constant 8 : i64
        %v149 = arith.addi %v148, %v37 : i64
        %v150 = arith.addi %v147, %v149 : i64
        %v151 = llvm.getelementptr %dy_h_last[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v152 = llvm.load %v151 : !llvm.ptr -> f32
        %v153 = llvm.load %v56 : !llvm.ptr -> f32
        %v154 = arith.addf %v153, %v152 fastmath<contract> : f32
        llvm.store %v154, %v56 : f32, !llvm.ptr
        %v155 = arith.muli %v49, %v84 : i64
        %v156 = arith.muli %v47, %v1 : i64
        %v157 = arith.addi %v155, %v156 : i64
        %v158 = arith.constant 12 : i64
        %v159 = arith.addi %v158, %v37 : i64
        %v160 = arith.addi %v157, %v159 : i64
        %v161 = llvm.getelementptr %dy_h_last[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v162 = llvm.load %v161 : !llvm.ptr -> f32
        %v163 = llvm.load %v57 : !llvm.ptr -> f32
        %v164 = arith.addf %v163, %v162 fastmath<contract> : f32
        llvm.store %v164, %v57 : f32, !llvm.ptr
      }
      %v166 = arith.addi %size_L, %v25 : i64
      %v167 = arith.divui %v166, %v24 : i64
      %v187 = arith.minsi %v52, %v167 : i64
      %v188 = arith.muli %v32, %v1 : i64
      %v189 = arith.subi %v187, %v51 : i64
      %v190 = arith.maxsi %v189, %v82 : i64
      %v191 = arith.index_cast %v82 : i64 to index
      %v192 = arith.index_cast %v190 : i64 to index
      %v193 = arith.index_cast %v2 : i64 to index
      scf.for %v194 = %v191 to %v192 step %v193 {
        %v195 = arith.index_cast %v194 : index to i64
        %v196 = arith.subi %v187, %v2 : i64
        %v197 = arith.subi %v196, %v195 : i64
        %v198 = arith.muli %v197, %v24 : i64
        %v199 = arith.subi %size_L, %v198 : i64
        %v200 = arith.minsi %v199, %v24 : i64
        %v201 = arith.addi %v200, %v165 : i64
        %v202 = arith.divui %v201, %v36 : i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v203 = arith.subi %size_L, %v2 : i64
        %v205 = arith.index_cast %v22 : i64 to index
        %v206 = arith.index_cast %v204 : i64 to index
        %v207 = arith.index_cast %v6 : i64 to index
        scf.for %v208 = %v205 to %v206 step %v207 {
          %v209 = arith.index_cast %v208 : index to i64
          %v210 = arith.remui %v209, %v24 : i64
          %v211 = arith.divui %v209, %v24 : i64
          %v212 = arith.addi %v198, %v210 : i64
          %v213 = arith.minsi %v212, %v203 : i64
          %v214 = arith.remui %v211, %v1 : i64
          %v215 = arith.divui %v211, %v1 : i64
          %v217 = arith.muli %v49, %v216 : i64
          %v218 = arith.muli %v213, %v1 : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v220 = arith.addi %v219, %v214 : i64
          %v221 = llvm.getelementptr %in_Bm[%v220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v222 = llvm.load %v221 : !llvm.ptr -> f32
          %v224 = arith.muli %v211, %v223 : i64
          %v225 = arith.addi %v224, %v210 : i64
          %v226 = llvm.getelementptr %v73[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v222, %v226 : f32, !llvm.ptr
        }
        %v227 = arith.index_cast %v22 : i64 to index
        %v228 = arith.index_cast %v204 : i64 to index
        %v229 = arith.index_cast %v6 : i64 to index
        scf.for %v230 = %v227 to %v228 step %v229 {
          %v231 = arith.index_cast %v230 : index to i64
          %v232 = arith.remui %v231, %v24 : i64
          %v233 = arith.divui %v231, %v24 : i64
          %v234 = arith.addi %v198, %v232 : i64
          %v235 = arith.minsi %v234, %v203 : i64
          %v236 = arith.remui %v233, %v1 : i64
          %v237 = arith.divui %v233, %v1 : i64
          %v238 = arith.muli %v49, %v216 : i64
          %v239 = arith.muli %v235, %v1 : i64
          %v240 = arith.addi %v238, %v239 : i64
          %v241 = arith.addi %v240, %v236 : i64
          %v242 = llvm.getelementptr %in_Cm[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v243 = llvm.load %v242 : !llvm.ptr -> f32
          %v244 = arith.muli %v233, %v223 : i64
          %v245 = arith.addi %v244, %v232 : i64
          %v246 = llvm.getelementptr %v75[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v243, %v246 : f32, !llvm.ptr
        }
        gpu.barrier
        %v247 = arith.index_cast %v82 : i64 to index
        %v248 = arith.index_cast %v2 : i64 to index
        %v249 = arith.index_cast %v2 : i64 to index
        scf.for %v250 = %v247 to %v248 step %v249 {
          %v251 = arith.index_cast %v250 : index to i64
          %v252 = arith.index_cast %v82 : i64 to index
          %v253 = arith.index_cast %v202 : i64 to index
          %v254 = arith.index_cast %v2 : i64 to index
          scf.for %v255 = %v252 to %v253 step %v254 {
            %v256 = arith.index_cast %v255 : index to i64
            %v257 = arith.cmpi slt, %v256, %v202 : i64
            scf.if %v257 {
              %v258 = arith.subi %v202, %v2 : i64
              %v259 = arith.subi %v258, %v256 : i64
              %v260 = arith.muli %v259, %v36 : i64
              %v261 = arith.addi %v188, %v259 : i64
              %v262 = arith.addi %v260, %v36 : i64
              %v263 = arith.cmpi sle, %v262, %v200 : i64
              scf.if %v263 {
                %v264 = arith.subi %v200, %v2 : i64
                %v265 = arith.addi %v260, %v37 : i64
                %v266 = arith.minsi %v265, %v264 : i64
                %v267 = arith.addi %v198, %v266 : i64
                %v269 = arith.muli %v49, %v268 : i64
                %v270 = arith.muli %v267, %size_D : i64
                %v271 = arith.addi %v269, %v270 : i64
                %v272 = arith.addi %v271, %v47 : i64
                %v273 = llvm.getelementptr %in_delta[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v274 = llvm.load %v273 : !llvm.ptr -> f32
                %v277 = arith.addf %v274, %v276 fastmath<contract> : f32
                %v278 = arith.maximumf %v277, %v76 : f32
                %v279 = llvm.call_intrinsic "llvm.fabs.f32"(%v277) : (f32) -> f32
                %v280 = arith.negf %v279 : f32
                %v282 = arith.mulf %v280, %v281 fastmath<contract> : f32
                %v283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v282) : (f32) -> f32
                %v284 = arith.addf %v77, %v283 fastmath<contract> : f32
                %v285 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v284) : (f32) -> f32
                %v287 = arith.mulf %v285, %v286 fastmath<contract> : f32
                %v289 = arith.mulf %v288, %v283 fastmath<contract> : f32
                %v291 = arith.addf %v289, %v290 fastmath<contract> : f32
                %v292 = arith.mulf %v291, %v283 fastmath<contract> : f32
                %v294 = arith.addf %v292, %v293 fastmath<contract> : f32
                %v295 = arith.mulf %v294, %v283 fastmath<contract> : f32
                %v297 = arith.addf %v295, %v296 fastmath<contract> : f32
                %v298 = arith.mulf %v297, %v283 fastmath<contract> : f32
                %v300 = arith.addf %v298, %v299 fastmath<contract> : f32
                %v301 = arith.mulf %v300, %v283 fastmath<contract> : f32
                %v303 = arith.addf %v301, %v302 fastmath<contract> : f32
                %v304 = arith.mulf %v303, %v283 fastmath<contract> : f32
                %v305 = arith.addf %v304, %v77 fastmath<contract> : f32
                %v306 = arith.mulf %v305, %v283 fastmath<contract> : f32
                %v307 = llvm.call_intrinsic "llvm.fabs.f32"(%v283) : (f32) -> f32
                %v309 = arith.cmpf olt, %v307, %v308 : f32
                %v310 = arith.select %v309, %v306, %v287 : f32
                %v311 = arith.addf %v278, %v310 fastmath<contract> : f32
                %v312 = arith.muli %v49, %v268 : i64
                %v313 = arith.muli %v267, %size_D : i64
                %v314 = arith.addi %v312, %v313 : i64
                %v315 = arith.addi %v314, %v47 : i64
                %v316 = llvm.getelementptr %in_u[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v317 = llvm.load %v316 : !llvm.ptr -> f32
                %v318 = arith.mulf %v311, %v317 fastmath<contract> : f32
                %v319 = arith.muli %v49, %v268 : i64
                %v320 = arith.muli %v267, %size_D : i64
                %v321 = arith.addi %v319, %v320 : i64
                %v322 = arith.addi %v321, %v47 : i64
                %v323 = llvm.getelementptr %in_z[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v324 = llvm.load %v323 : !llvm.ptr -> f32
                %v325 = arith.negf %v324 : f32
                %v326 = arith.mulf %v325, %v281 fastmath<contract> : f32
                %v327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v326) : (f32) -> f32
                %v328 = arith.addf %v77, %v327 fastmath<contract> : f32
                %v329 = arith.divf %v77, %v328 : f32
                %v330 = arith.mulf %v324, %v329 fastmath<contract> : f32
                %v331 = arith.negf %v324 : f32
                %v332 = arith.mulf %v331, %v281 fastmath<contract> : f32
                %v333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v332) : (f32) -> f32
                %v334 = arith.addf %v77, %v333 fastmath<contract> : f32
                %v335 = arith.divf %v77, %v334 : f32
                %v336 = arith.subf %v77, %v335 fastmath<contract> : f32
                %v337 = arith.mulf %v324, %v336 fastmath<contract> : f32
                %v338 = arith.addf %v77, %v337 fastmath<contract> : f32
                %v339 = arith.mulf %v335, %v338 fastmath<contract> : f32
                %v340 = arith.negf %v277 : f32
                %v341 = arith.mulf %v340, %v281 fastmath<contract> : f32
                %v342 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v341) : (f32) -> f32
                %v343 = arith.addf %v77, %v342 fastmath<contract> : f32
                %v344 = arith.divf %v77, %v343 : f32
                // the group's states, recomputed into registers
                %v345 = arith.subi %v200, %v260 : i64
                %v346 = arith.trunci %v345 : i64 to i32
                %v347 = arith.subi %size_L, %v2 : i64
                %v348 = arith.addi %v198, %v260 : i64
                %v349 = arith.subi %v347, %v348 : i64
                %v351 = arith.minsi %v349, %v350 : i64
                %v352 = arith.trunci %v351 : i64 to i32
                %v353 = arith.addi %v260, %v165 : i64
                %v355 = arith.cmpi slt, %v354, %v346 : i32
                %v356 = arith.cmpi eq, %v354, %v352 : i32
                %v358, %v359 = gpu.shuffle idx %v311, %v184, %v357 : f32
                %v360, %v361 = gpu.shuffle idx %v318, %v184, %v357 : f32
                %v362, %v363 = gpu.shuffle idx %v330, %v184, %v357 : f32
                %v364, %v365 = gpu.shuffle idx %v339, %v184, %v357 : f32
                %v366, %v367 = gpu.shuffle idx %v344, %v184, %v357 : f32
                %v368 = arith.addi %v198, %v353 : i64
                %v369 = arith.muli %v37, %v223 : i64
                %v370 = arith.subi %v368, %v198 : i64
                %v371 = arith.addi %v369, %v370 : i64
                %v372 = llvm.getelementptr %v75[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v373 = llvm.load %v372 : !llvm.ptr -> f32
                %v374 = arith.muli %v49, %v268 : i64
                %v375 = arith.muli %v368, %size_D : i64
                %v376 = arith.addi %v374, %v375 : i64
                %v377 = arith.addi %v376, %v47 : i64
                %v378 = llvm.getelementptr %dy_y[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v379 = llvm.load %v378 : !llvm.ptr -> f32
                %v380 = arith.mulf %v362, %v379 fastmath<contract> : f32
                %v381 = arith.mulf %v373, %v380 fastmath<contract> : f32
                %v382 = llvm.load %v54 : !llvm.ptr -> f32
                %v383 = llvm.load %v58 : !llvm.ptr -> f32
                %v384 = arith.mulf %v383, %v382 fastmath<contract> : f32
                %v385 = arith.addf %v381, %v384 fastmath<contract> : f32
                llvm.store %v385, %v54 : f32, !llvm.ptr
                %v386 = llvm.load %v78 : !llvm.ptr -> f32
                %v387 = arith.mulf %v386, %v383 fastmath<contract> : f32
                llvm.store %v387, %v78 : f32, !llvm.ptr
                %v388 = arith.constant 4 : i64
                %v389 = arith.addi %v388, %v37 : i64
                %v390 = arith.muli %v389, %v223 : i64
                %v391 = arith.subi %v368, %v198 : i64
                %v392 = arith.addi %v390, %v391 : i64
                %v393 = llvm.getelementptr %v75[%v392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v394 = llvm.load %v393 : !llvm.ptr -> f32
                %v395 = arith.mulf %v394, %v380 fastmath<contract> : f32
                %v396 = llvm.load %v55 : !llvm.ptr -> f32
                %v397 = llvm.load %v59 : !llvm.ptr -> f32
                %v398 = arith.mulf %v397, %v396 fastmath<contract> : f32
                %v399 = arith.addf %v395, %v398 fastmath<contract> : f32
                llvm.store %v399, %v55 : f32, !llvm.ptr
                %v400 = llvm.load %v79 : !llvm.ptr -> f32
                %v401 = arith.mulf %v400, %v397 fastmath<contract> : f32
                llvm.store %v401, %v79 : f32, !llvm.ptr
                %v402 = arith.constant 8 : i64
                %v403 = arith.addi %v402, %v37 : i64
                %v404 = arith.muli %v403, %v223 : i64
                %v405 = arith.subi %v368, %v198 : i64
                %v406 = arith.addi %v404, %v405 : i64
                %v407 = llvm.getelementptr %v75[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v408 = llvm.load %v407 : !llvm.ptr -> f32
                %v409 = arith.mulf %v408, %v380 fastmath<contract> : f32
                %v410 = llvm.load %v56 : !llvm.ptr -> f32
                %v411 = llvm.load %v60 : !llvm.ptr -> f32
                %v412 = arith.mulf %v411, %v410 fastmath<contract> : f32
                %v413 = arith.addf %v409, %v412 fastmath<contract> : f32
                llvm.store %v413, %v56 : f32, !llvm.ptr
                %v414 = llvm.load %v80 : !llvm.ptr -> f32
                %v415 = arith.mulf %v414, %v411 fastmath<contract> : f32
                llvm.store %v415, %v80 : f32, !llvm.ptr
                %v416 = arith.constant 12 : i64
                %v417 = arith.addi %v416, %v37 : i64
                %v418 = arith.muli %v417, %v223 : i64
                %v419 = arith.subi %v368, %v198 : i64
                %v420 = arith.addi %v418, %v419 : i64
                %v421 = llvm.getelementptr %v75[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v422 = llvm.load %v421 : !llvm.ptr -> f32
                %v423 = arith.mulf %v422, %v380 fastmath<contract> : f32
                %v424 = llvm.load %v57 : !llvm.ptr -> f32
                %v425 = llvm.load %v61 : !llvm.ptr -> f32
                %v426 = arith.mulf %v425, %v424 fastmath<contract> : f32
                %v427 = arith.addf %v423, %v426 fastmath<contract> : f32
                llvm.store %v427, %v57 : f32, !llvm.ptr
                %v428 = llvm.load %v81 : !llvm.ptr -> f32
                %v429 = arith.mulf %v428, %v425 fastmath<contract> : f32
                llvm.store %v429, %v81 : f32, !llvm.ptr
                scf.if %v356 {
                  %v430 = arith.muli %v49, %v84 : i64
                  %v431 = arith.muli %v47, %v1 : i64
                  %v432 = arith.addi %v430, %v431 : i64
                  %v433 = arith.addi %v432, %v37 : i64
                  %v434 = llvm.getelementptr %dy_h_last[%v433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v435 = llvm.load %v434 : !llvm.ptr -> f32
                  %v436 = llvm.load %v54 : !llvm.ptr -> f32
                  %v437 = arith.addf %v436, %v435 fastmath<contract> : f32
                  llvm.store %v437, %v54 : f32, !llvm.ptr
                  %v438 = arith.muli %v49, %v84 : i64
                  %v439 = arith.muli %v47, %v1 : i64
                  %v440 = arith.addi %v438, %v439 : i64
                  %v441 = arith.constant 4 : i64
                  %v442 = arith.addi %v441, %v37 : i64
                  %v443 = arith.addi %v440, %v442 : i64
                  %v444 = llvm.getelementptr %dy_h_last[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v445 = llvm.load %v444 : !llvm.ptr -> f32
                  %v446 = llvm.load %v55 : !llvm.ptr -> f32
                  %v447 = arith.addf %v446, %v445 fastmath<contract> : f32
                  llvm.store %v447, %v55 : f32, !llvm.ptr
                  %v448 = arith.muli %v49, %v84 : i64
                  %v449 = arith.muli %v47, %v1 : i64
                  %v450 = arith.addi %v448, %v449 : i64
                  %v451 = arith.constant 8 : i64
                  %v452 = arith.addi %v451, %v37 : i64
                  %v453 = arith.addi %v450, %v452 : i64
                  %v454 = llvm.getelementptr %dy_h_last[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v455 = llvm.load %v454 : !llvm.ptr -> f32
                  %v456 = llvm.load %v56 : !llvm.ptr -> f32
                  %v457 = arith.addf %v456, %v455 fastmath<contract> : f32
                  llvm.store %v457, %v56 : f32, !llvm.ptr
                  %v458 = arith.muli %v49, %v84 : i64
                  %v459 = arith.muli %v47, %v1 : i64
                  %v460 = arith.addi %v458, %v459 : i64
                  %v461 = arith.constant 12 : i64
                  %v462 = arith.addi %v461, %v37 : i64
                  %v463 = arith.addi %v460, %v462 : i64
                  %v464 = llvm.getelementptr %dy_h_last[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v465 = llvm.load %v464 : !llvm.ptr -> f32
                  %v466 = llvm.load %v57 : !llvm.ptr -> f32
                  %v467 = arith.addf %v466, %v465 fastmath<contract> : f32
                  llvm.store %v467, %v57 : f32, !llvm.ptr
                }
                %v473 = arith.mulf %v358, %v472 fastmath<contract> : f32
                %v474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v473) : (f32) -> f32
                llvm.store %v474, %v58 : f32, !llvm.ptr
                %v482 = arith.mulf %v358, %v481 fastmath<contract> : f32
                %v483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v482) : (f32) -> f32
                llvm.store %v483, %v59 : f32, !llvm.ptr
                %v491 = arith.mulf %v358, %v490 fastmath<contract> : f32
                %v492 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v491) : (f32) -> f32
                llvm.store %v492, %v60 : f32, !llvm.ptr
                %v500 = arith.mulf %v358, %v499 fastmath<contract> : f32
                %v501 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v500) : (f32) -> f32
                llvm.store %v501, %v61 : f32, !llvm.ptr
                %v503 = arith.addi %v260, %v502 : i64
                %v505 = arith.cmpi slt, %v504, %v346 : i32
                %v506 = arith.cmpi eq, %v504, %v352 : i32
                %v507, %v508 = gpu.shuffle idx %v311, %v180, %v357 : f32
                %v509, %v510 = gpu.shuffle idx %v318, %v180, %v357 : f32
                %v511, %v512 = gpu.shuffle idx %v330, %v180, %v357 : f32
                %v513, %v514 = gpu.shuffle idx %v339, %v180, %v357 : f32
                %v515, %v516 = gpu.shuffle idx %v344, %v180, %v357 : f32
                %v517 = arith.addi %v198, %v503 : i64
                %v518 = arith.muli %v37, %v223 : i64
                %v519 = arith.subi %v517, %v198 : i64
                %v520 = arith.addi %v518, %v519 : i64
                %v521 = llvm.getelementptr %v75[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v522 = llvm.load %v521 : !llvm.ptr -> f32
                %v523 = arith.muli %v49, %v268 : i64
                %v524 = arith.muli %v517, %size_D : i64
                %v525 = arith.addi %v523, %v524 : i64
                %v526 = arith.addi %v525, %v47 : i64
                %v527 = llvm.getelementptr %dy_y[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v528 = llvm.load %v527 : !llvm.ptr -> f32
                %v529 = arith.mulf %v511, %v528 fastmath<contract> : f32
                %v530 = arith.mulf %v522, %v529 fastmath<contract> : f32
                %v531 = llvm.load %v54 : !llvm.ptr -> f32
                %v532 = llvm.load %v58 : !llvm.ptr -> f32
                %v533 = arith.mulf %v532, %v531 fastmath<contract> : f32
                %v534 = arith.addf %v530, %v533 fastmath<contract> : f32
                llvm.store %v534, %v54 : f32, !llvm.ptr
                %v535 = llvm.load %v78 : !llvm.ptr -> f32
                %v536 = arith.mulf %v535, %v532 fastmath<contract> : f32
                llvm.store %v536, %v78 : f32, !llvm.ptr
                %v537 = arith.constant 4 : i64
                %v538 = arith.addi %v537, %v37 : i64
                %v539 = arith.muli %v538, %v223 : i64
                %v540 = arith.subi %v517, %v198 : i64
                %v541 = arith.addi %v539, %v540 : i64
                %v542 = llvm.getelementptr %v75[%v541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v543 = llvm.load %v542 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v529 fastmath<contract> : f32
                %v545 = llvm.load %v55 : !llvm.ptr -> f32
                %v546 = llvm.load %v59 : !llvm.ptr -> f32
                %v547 = arith.mulf %v546, %v545 fastmath<contract> : f32
                %v548 = arith.addf %v544, %v547 fastmath<contract> : f32
                llvm.store %v548, %v55 : f32, !llvm.ptr
                %v549 = llvm.load %v79 : !llvm.ptr -> f32
                %v550 = arith.mulf %v549, %v546 fastmath<contract> : f32
                llvm.store %v550, %v79 : f32, !llvm.ptr
                %v551 = arith.constant 8 : i64
                %v552 = arith.addi %v551, %v37 : i64
                %v553 = arith.muli %v552, %v223 : i64
                %v554 = arith.subi %v517, %v198 : i64
                %v555 = arith.addi %v553, %v554 : i64
                %v556 = llvm.getelementptr %v75[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v557 = llvm.load %v556 : !llvm.ptr -> f32
                %v558 = arith.mulf %v557, %v529 fastmath<contract> : f32
                %v559 = llvm.load %v56 : !llvm.ptr -> f32
                %v560 = llvm.load %v60 : !llvm.ptr -> f32
                %v561 = arith.mulf %v560, %v559 fastmath<contract> : f32
                %v562 = arith.addf %v558, %v561 fastmath<contract> : f32
                llvm.store %v562, %v56 : f32, !llvm.ptr
                %v563 = llvm.load %v80 : !llvm.ptr -> f32
                %v564 = arith.mulf %v563, %v560 fastmath<contract> : f32
                llvm.store %v564, %v80 : f32, !llvm.ptr
                %v565 = arith.constant 12 : i64
                %v566 = arith.addi %v565, %v37 : i64
                %v567 = arith.muli %v566, %v223 : i64
                %v568 = arith.subi %v517, %v198 : i64
                %v569 = arith.addi %v567, %v568 : i64
                %v570 = llvm.getelementptr %v75[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v571 = llvm.load %v570 : !llvm.ptr -> f32
                %v572 = arith.mulf %v571, %v529 fastmath<contract> : f32
                %v573 = llvm.load %v57 : !llvm.ptr -> f32
                %v574 = llvm.load %v61 : !llvm.ptr -> f32
                %v575 = arith.mulf %v574, %v573 fastmath<contract> : f32
                %v576 = arith.addf %v572, %v575 fastmath<contract> : f32
                llvm.store %v576, %v57 : f32, !llvm.ptr
                %v577 = llvm.load %v81 : !llvm.ptr -> f32
                %v578 = arith.mulf %v577, %v574 fastmath<contract> : f32
                llvm.store %v578, %v81 : f32, !llvm.ptr
                scf.if %v506 {
                  %v579 = arith.muli %v49, %v84 : i64
                  %v580 = arith.muli %v47, %v1 : i64
                  %v581 = arith.addi %v579, %v580 : i64
                  %v582 = arith.addi %v581, %v37 : i64
                  %v583 = llvm.getelementptr %dy_h_last[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v584 = llvm.load %v583 : !llvm.ptr -> f32
                  %v585 = llvm.load %v54 : !llvm.ptr -> f32
                  %v586 = arith.addf %v585, %v584 fastmath<contract> : f32
                  llvm.store %v586, %v54 : f32, !llvm.ptr
                  %v587 = arith.muli %v49, %v84 : i64
                  %v588 = arith.muli %v47, %v1 : i64
                  %v589 = arith.addi %v587, %v588 : i64
                  %v590 = arith.constant 4 : i64
                  %v591 = arith.addi %v590, %v37 : i64
                  %v592 = arith.addi %v589, %v591 : i64
                  %v593 = llvm.getelementptr %dy_h_last[%v592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v594 = llvm.load %v593 : !llvm.ptr -> f32
                  %v595 = llvm.load %v55 : !llvm.ptr -> f32
                  %v596 = arith.addf %v595, %v594 fastmath<contract> : f32
                  llvm.store %v596, %v55 : f32, !llvm.ptr
                  %v597 = arith.muli %v49, %v84 : i64
                  %v598 = arith.muli %v47, %v1 : i64
                  %v599 = arith.addi %v597, %v598 : i64
                  %v600 = arith.constant 8 : i64
                  %v601 = arith.addi %v600, %v37 : i64
                  %v602 = arith.addi %v599, %v601 : i64
                  %v603 = llvm.getelementptr %dy_h_last[%v602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v604 = llvm.load %v603 : !llvm.ptr -> f32
                  %v605 = llvm.load %v56 : !llvm.ptr -> f32
                  %v606 = arith.addf %v605, %v604 fastmath<contract> : f32
                  llvm.store %v606, %v56 : f32, !llvm.ptr
                  %v607 = arith.muli %v49, %v84 : i64
                  %v608 = arith.muli %v47, %v1 : i64
                  %v609 = arith.addi %v607, %v608 : i64
                  %v610 = arith.constant 12 : i64
                  %v611 = arith.addi %v610, %v37 : i64
                  %v612 = arith.addi %v609, %v611 : i64
                  %v613 = llvm.getelementptr %dy_h_last[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v614 = llvm.load %v613 : !llvm.ptr -> f32
                  %v615 = llvm.load %v57 : !llvm.ptr -> f32
                  %v616 = arith.addf %v615, %v614 fastmath<contract> : f32
                  llvm.store %v616, %v57 : f32, !llvm.ptr
                }
                %v618 = arith.mulf %v507, %v617 fastmath<contract> : f32
                %v619 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v618) : (f32) -> f32
                llvm.store %v619, %v58 : f32, !llvm.ptr
                %v621 = arith.mulf %v507, %v620 fastmath<contract> : f32
                %v622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v621) : (f32) -> f32
                llvm.store %v622, %v59 : f32, !llvm.ptr
                %v624 = arith.mulf %v507, %v623 fastmath<contract> : f32
                %v625 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v624) : (f32) -> f32
                llvm.store %v625, %v60 : f32, !llvm.ptr
                %v627 = arith.mulf %v507, %v626 fastmath<contract> : f32
                %v628 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v627) : (f32) -> f32
                llvm.store %v628, %v61 : f32, !llvm.ptr
                %v629 = arith.addi %v260, %v2 : i64
                %v631 = arith.cmpi slt, %v630, %v346 : i32
                %v632 = arith.cmpi eq, %v630, %v352 : i32
                %v633, %v634 = gpu.shuffle idx %v311, %v176, %v357 : f32
                %v635, %v636 = gpu.shuffle idx %v318, %v176, %v357 : f32
                %v637, %v638 = gpu.shuffle idx %v330, %v176, %v357 : f32
                %v639, %v640 = gpu.shuffle idx %v339, %v176, %v357 : f32
                %v641, %v642 = gpu.shuffle idx %v344, %v176, %v357 : f32
                %v643 = arith.addi %v198, %v629 : i64
                %v644 = arith.muli %v37, %v223 : i64
                %v645 = arith.subi %v643, %v198 : i64
                %v646 = arith.addi %v644, %v645 : i64
                %v647 = llvm.getelementptr %v75[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v648 = llvm.load %v647 : !llvm.ptr -> f32
                %v649 = arith.muli %v49, %v268 : i64
                %v650 = arith.muli %v643, %size_D : i64
                %v651 = arith.addi %v649, %v650 : i64
                %v652 = arith.addi %v651, %v47 : i64
                %v653 = llvm.getelementptr %dy_y[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v654 = llvm.load %v653 : !llvm.ptr -> f32
                %v655 = arith.mulf %v637, %v654 fastmath<contract> : f32
                %v656 = arith.mulf %v648, %v655 fastmath<contract> : f32
                %v657 = llvm.load %v54 : !llvm.ptr -> f32
                %v658 = llvm.load %v58 : !llvm.ptr -> f32
                %v659 = arith.mulf %v658, %v657 fastmath<contract> : f32
                %v660 = arith.addf %v656, %v659 fastmath<contract> : f32
                llvm.store %v660, %v54 : f32, !llvm.ptr
                %v661 = llvm.load %v78 : !llvm.ptr -> f32
                %v662 = arith.mulf %v661, %v658 fastmath<contract> : f32
                llvm.store %v662, %v78 : f32, !llvm.ptr
                %v663 = arith.constant 4 : i64
                %v664 = arith.addi %v663, %v37 : i64
                %v665 = arith.muli %v664, %v223 : i64
                %v666 = arith.subi %v643, %v198 : i64
                %v667 = arith.addi %v665, %v666 : i64
                %v668 = llvm.getelementptr %v75[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v669 = llvm.load %v668 : !llvm.ptr -> f32
                %v670 = arith.mulf %v669, %v655 fastmath<contract> : f32
                %v671 = llvm.load %v55 : !llvm.ptr -> f32
                %v672 = llvm.load %v59 : !llvm.ptr -> f32
                %v673 = arith.mulf %v672, %v671 fastmath<contract> : f32
                %v674 = arith.addf %v670, %v673 fastmath<contract> : f32
                llvm.store %v674, %v55 : f32, !llvm.ptr
                %v675 = llvm.load %v79 : !llvm.ptr -> f32
                %v676 = arith.mulf %v675, %v672 fastmath<contract> : f32
                llvm.store %v676, %v79 : f32, !llvm.ptr
                %v677 = arith.constant 8 : i64
                %v678 = arith.addi %v677, %v37 : i64
                %v679 = arith.muli %v678, %v223 : i64
                %v680 = arith.subi %v643, %v198 : i64
                %v681 = arith.addi %v679, %v680 : i64
                %v682 = llvm.getelementptr %v75[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v683 = llvm.load %v682 : !llvm.ptr -> f32
                %v684 = arith.mulf %v683, %v655 fastmath<contract> : f32
                %v685 = llvm.load %v56 : !llvm.ptr -> f32
                %v686 = llvm.load %v60 : !llvm.ptr -> f32
                %v687 = arith.mulf %v686, %v685 fastmath<contract> : f32
                %v688 = arith.addf %v684, %v687 fastmath<contract> : f32
                llvm.store %v688, %v56 : f32, !llvm.ptr
                %v689 = llvm.load %v80 : !llvm.ptr -> f32
                %v690 = arith.mulf %v689, %v686 fastmath<contract> : f32
                llvm.store %v690, %v80 : f32, !llvm.ptr
                %v691 = arith.constant 12 : i64
                %v692 = arith.addi %v691, %v37 : i64
                %v693 = arith.muli %v692, %v223 : i64
                %v694 = arith.subi %v643, %v198 : i64
                %v695 = arith.addi %v693, %v694 : i64
                %v696 = llvm.getelementptr %v75[%v695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v697 = llvm.load %v696 : !llvm.ptr -> f32
                %v698 = arith.mulf %v697, %v655 fastmath<contract> : f32
                %v699 = llvm.load %v57 : !llvm.ptr -> f32
                %v700 = llvm.load %v61 : !llvm.ptr -> f32
                %v701 = arith.mulf %v700, %v699 fastmath<contract> : f32
                %v702 = arith.addf %v698, %v701 fastmath<contract> : f32
                llvm.store %v702, %v57 : f32, !llvm.ptr
                %v703 = llvm.load %v81 : !llvm.ptr -> f32
                %v704 = arith.mulf %v703, %v700 fastmath<contract> : f32
                llvm.store %v704, %v81 : f32, !llvm.ptr
                scf.if %v632 {
                  %v705 = arith.muli %v49, %v84 : i64
                  %v706 = arith.muli %v47, %v1 : i64
                  %v707 = arith.addi %v705, %v706 : i64
                  %v708 = arith.addi %v707, %v37 : i64
                  %v709 = llvm.getelementptr %dy_h_last[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v710 = llvm.load %v709 : !llvm.ptr -> f32
                  %v711 = llvm.load %v54 : !llvm.ptr -> f32
                  %v712 = arith.addf %v711, %v710 fastmath<contract> : f32
                  llvm.store %v712, %v54 : f32, !llvm.ptr
                  %v713 = arith.muli %v49, %v84 : i64
                  %v714 = arith.muli %v47, %v1 : i64
                  %v715 = arith.addi %v713, %v714 : i64
                  %v716 = arith.constant 4 : i64
                  %v717 = arith.addi %v716, %v37 : i64
                  %v718 = arith.addi %v715, %v717 : i64
                  %v719 = llvm.getelementptr %dy_h_last[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v720 = llvm.load %v719 : !llvm.ptr -> f32
                  %v721 = llvm.load %v55 : !llvm.ptr -> f32
                  %v722 = arith.addf %v721, %v720 fastmath<contract> : f32
                  llvm.store %v722, %v55 : f32, !llvm.ptr
                  %v723 = arith.muli %v49, %v84 : i64
                  %v724 = arith.muli %v47, %v1 : i64
                  %v725 = arith.addi %v723, %v724 : i64
                  %v726 = arith.constant 8 : i64
                  %v727 = arith.addi %v726, %v37 : i64
                  %v728 = arith.addi %v725, %v727 : i64
                  %v729 = llvm.getelementptr %dy_h_last[%v728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v730 = llvm.load %v729 : !llvm.ptr -> f32
                  %v731 = llvm.load %v56 : !llvm.ptr -> f32
                  %v732 = arith.addf %v731, %v730 fastmath<contract> : f32
                  llvm.store %v732, %v56 : f32, !llvm.ptr
                  %v733 = arith.muli %v49, %v84 : i64
                  %v734 = arith.muli %v47, %v1 : i64
                  %v735 = arith.addi %v733, %v734 : i64
                  %v736 = arith.constant 12 : i64
                  %v737 = arith.addi %v736, %v37 : i64
                  %v738 = arith.addi %v735, %v737 : i64
                  %v739 = llvm.getelementptr %dy_h_last[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v740 = llvm.load %v739 : !llvm.ptr -> f32
                  %v741 = llvm.load %v57 : !llvm.ptr -> f32
                  %v742 = arith.addf %v741, %v740 fastmath<contract> : f32
                  llvm.store %v742, %v57 : f32, !llvm.ptr
                }
                %v744 = arith.mulf %v633, %v743 fastmath<contract> : f32
                %v745 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v744) : (f32) -> f32
                llvm.store %v745, %v58 : f32, !llvm.ptr
                %v747 = arith.mulf %v633, %v746 fastmath<contract> : f32
                %v748 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v747) : (f32) -> f32
                llvm.store %v748, %v59 : f32, !llvm.ptr
                %v750 = arith.mulf %v633, %v749 fastmath<contract> : f32
                %v751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v750) : (f32) -> f32
                llvm.store %v751, %v60 : f32, !llvm.ptr
                %v753 = arith.mulf %v633, %v752 fastmath<contract> : f32
                %v754 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v753) : (f32) -> f32
                llvm.store %v754, %v61 : f32, !llvm.ptr
                %v756 = arith.cmpi slt, %v755, %v346 : i32
                %v757 = arith.cmpi eq, %v755, %v352 : i32
                %v758, %v759 = gpu.shuffle idx %v311, %v172, %v357 : f32
                %v760, %v761 = gpu.shuffle idx %v318, %v172, %v357 : f32
                %v762, %v763 = gpu.shuffle idx %v330, %v172, %v357 : f32
                %v764, %v765 = gpu.shuffle idx %v339, %v172, %v357 : f32
                %v766, %v767 = gpu.shuffle idx %v344, %v172, %v357 : f32
                %v768 = arith.addi %v198, %v260 : i64
                %v769 = arith.muli %v37, %v223 : i64
                %v770 = arith.subi %v768, %v198 : i64
                %v771 = arith.addi %v769, %v770 : i64
                %v772 = llvm.getelementptr %v75[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v773 = llvm.load %v772 : !llvm.ptr -> f32
                %v774 = arith.muli %v49, %v268 : i64
                %v775 = arith.muli %v768, %size_D : i64
                %v776 = arith.addi %v774, %v775 : i64
                %v777 = arith.addi %v776, %v47 : i64
                %v778 = llvm.getelementptr %dy_y[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v779 = llvm.load %v778 : !llvm.ptr -> f32
                %v780 = arith.mulf %v762, %v779 fastmath<contract> : f32
                %v781 = arith.mulf %v773, %v780 fastmath<contract> : f32
                %v782 = llvm.load %v54 : !llvm.ptr -> f32
                %v783 = llvm.load %v58 : !llvm.ptr -> f32
                %v784 = arith.mulf %v783, %v782 fastmath<contract> : f32
                %v785 = arith.addf %v781, %v784 fastmath<contract> : f32
                llvm.store %v785, %v54 : f32, !llvm.ptr
                %v786 = llvm.load %v78 : !llvm.ptr -> f32
                %v787 = arith.mulf %v786, %v783 fastmath<contract> : f32
                llvm.store %v787, %v78 : f32, !llvm.ptr
                %v788 = arith.constant 4 : i64
                %v789 = arith.addi %v788, %v37 : i64
                %v790 = arith.muli %v789, %v223 : i64
                %v791 = arith.subi %v768, %v198 : i64
                %v792 = arith.addi %v790, %v791 : i64
                %v793 = llvm.getelementptr %v75[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v794 = llvm.load %v793 : !llvm.ptr -> f32
                %v795 = arith.mulf %v794, %v780 fastmath<contract> : f32
                %v796 = llvm.load %v55 : !llvm.ptr -> f32
                %v797 = llvm.load %v59 : !llvm.ptr -> f32
                %v798 = arith.mulf %v797, %v796 fastmath<contract> : f32
                %v799 = arith.addf %v795, %v798 fastmath<contract> : f32
                llvm.store %v799, %v55 : f32, !llvm.ptr
                %v800 = llvm.load %v79 : !llvm.ptr -> f32
                %v801 = arith.mulf %v800, %v797 fastmath<contract> : f32
                llvm.store %v801, %v79 : f32, !llvm.ptr
                %v802 = arith.constant 8 : i64
                %v803 = arith.addi %v802, %v37 : i64
                %v804 = arith.muli %v803, %v223 : i64
                %v805 = arith.subi %v768, %v198 : i64
                %v806 = arith.addi %v804, %v805 : i64
                %v807 = llvm.getelementptr %v75[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v808 = llvm.load %v807 : !llvm.ptr -> f32
                %v809 = arith.mulf %v808, %v780 fastmath<contract> : f32
                %v810 = llvm.load %v56 : !llvm.ptr -> f32
                %v811 = llvm.load %v60 : !llvm.ptr -> f32
                %v812 = arith.mulf %v811, %v810 fastmath<contract> : f32
                %v813 = arith.addf %v809, %v812 fastmath<contract> : f32
                llvm.store %v813, %v56 : f32, !llvm.ptr
                %v814 = llvm.load %v80 : !llvm.ptr -> f32
                %v815 = arith.mulf %v814, %v811 fastmath<contract> : f32
                llvm.store %v815, %v80 : f32, !llvm.ptr
                %v816 = arith.constant 12 : i64
                %v817 = arith.addi %v816, %v37 : i64
                %v818 = arith.muli %v817, %v223 : i64
                %v819 = arith.subi %v768, %v198 : i64
                %v820 = arith.addi %v818, %v819 : i64
                %v821 = llvm.getelementptr %v75[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v822 = llvm.load %v821 : !llvm.ptr -> f32
                %v823 = arith.mulf %v822, %v780 fastmath<contract> : f32
                %v824 = llvm.load %v57 : !llvm.ptr -> f32
                %v825 = llvm.load %v61 : !llvm.ptr -> f32
                %v826 = arith.mulf %v825, %v824 fastmath<contract> : f32
                %v827 = arith.addf %v823, %v826 fastmath<contract> : f32
                llvm.store %v827, %v57 : f32, !llvm.ptr
                %v828 = llvm.load %v81 : !llvm.ptr -> f32
                %v829 = arith.mulf %v828, %v825 fastmath<contract> : f32
                llvm.store %v829, %v81 : f32, !llvm.ptr
                scf.if %v757 {
                  %v830 = arith.muli %v49, %v84 : i64
                  %v831 = arith.muli %v47, %v1 : i64
                  %v832 = arith.addi %v830, %v831 : i64
                  %v833 = arith.addi %v832, %v37 : i64
                  %v834 = llvm.getelementptr %dy_h_last[%v833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v835 = llvm.load %v834 : !llvm.ptr -> f32
                  %v836 = llvm.load %v54 : !llvm.ptr -> f32
                  %v837 = arith.addf %v836, %v835 fastmath<contract> : f32
                  llvm.store %v837, %v54 : f32, !llvm.ptr
                  %v838 = arith.muli %v49, %v84 : i64
                  %v839 = arith.muli %v47, %v1 : i64
                  %v840 = arith.addi %v838, %v839 : i64
                  %v841 = arith.constant 4 : i64
                  %v842 = arith.addi %v841, %v37 : i64
                  %v843 = arith.addi %v840, %v842 : i64
                  %v844 = llvm.getelementptr %dy_h_last[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v845 = llvm.load %v844 : !llvm.ptr -> f32
                  %v846 = llvm.load %v55 : !llvm.ptr -> f32
                  %v847 = arith.addf %v846, %v845 fastmath<contract> : f32
                  llvm.store %v847, %v55 : f32, !llvm.ptr
                  %v848 = arith.muli %v49, %v84 : i64
                  %v849 = arith.muli %v47, %v1 : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = arith.constant 8 : i64
                  %v852 = arith.addi %v851, %v37 : i64
                  %v853 = arith.addi %v850, %v852 : i64
                  %v854 = llvm.getelementptr %dy_h_last[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v855 = llvm.load %v854 : !llvm.ptr -> f32
                  %v856 = llvm.load %v56 : !llvm.ptr -> f32
                  %v857 = arith.addf %v856, %v855 fastmath<contract> : f32
                  llvm.store %v857, %v56 : f32, !llvm.ptr
                  %v858 = arith.muli %v49, %v84 : i64
                  %v859 = arith.muli %v47, %v1 : i64
                  %v860 = arith.addi %v858, %v859 : i64
                  %v861 = arith.constant 12 : i64
                  %v862 = arith.addi %v861, %v37 : i64
                  %v863 = arith.addi %v860, %v862 : i64
                  %v864 = llvm.getelementptr %dy_h_last[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v865 = llvm.load %v864 : !llvm.ptr -> f32
                  %v866 = llvm.load %v57 : !llvm.ptr -> f32
                  %v867 = arith.addf %v866, %v865 fastmath<contract> : f32
                  llvm.store %v867, %v57 : f32, !llvm.ptr
                }
                %v869 = arith.mulf %v758, %v868 fastmath<contract> : f32
                %v870 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v869) : (f32) -> f32
                llvm.store %v870, %v58 : f32, !llvm.ptr
                %v872 = arith.mulf %v758, %v871 fastmath<contract> : f32
                %v873 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v872) : (f32) -> f32
                llvm.store %v873, %v59 : f32, !llvm.ptr
                %v875 = arith.mulf %v758, %v874 fastmath<contract> : f32
                %v876 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v875) : (f32) -> f32
                llvm.store %v876, %v60 : f32, !llvm.ptr
                %v878 = arith.mulf %v758, %v877 fastmath<contract> : f32
                %v879 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v878) : (f32) -> f32
                llvm.store %v879, %v61 : f32, !llvm.ptr
              } else {
                %v880 = arith.subi %v200, %v2 : i64
                %v881 = arith.addi %v260, %v37 : i64
                %v882 = arith.minsi %v881, %v880 : i64
                %v883 = arith.addi %v198, %v882 : i64
                %v884 = arith.muli %v49, %v268 : i64
                %v885 = arith.muli %v883, %size_D : i64
                %v886 = arith.addi %v884, %v885 : i64
                %v887 = arith.addi %v886, %v47 : i64
                %v888 = llvm.getelementptr %in_delta[%v887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v889 = llvm.load %v888 : !llvm.ptr -> f32
                %v890 = arith.addf %v889, %v276 fastmath<contract> : f32
                %v891 = arith.maximumf %v890, %v76 : f32
                %v892 = llvm.call_intrinsic "llvm.fabs.f32"(%v890) : (f32) -> f32
                %v893 = arith.negf %v892 : f32
                %v894 = arith.mulf %v893, %v281 fastmath<contract> : f32
                %v895 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v894) : (f32) -> f32
                %v896 = arith.addf %v77, %v895 fastmath<contract> : f32
                %v897 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v896) : (f32) -> f32
                %v898 = arith.mulf %v897, %v286 fastmath<contract> : f32
                %v899 = arith.mulf %v288, %v895 fastmath<contract> : f32
                %v900 = arith.addf %v899, %v290 fastmath<contract> : f32
                %v901 = arith.mulf %v900, %v895 fastmath<contract> : f32
                %v902 = arith.addf %v901, %v293 fastmath<contract> : f32
                %v903 = arith.mulf %v902, %v895 fastmath<contract> : f32
                %v904 = arith.addf %v903, %v296 fastmath<contract> : f32
                %v905 = arith.mulf %v904, %v895 fastmath<contract> : f32
                %v906 = arith.addf %v905, %v299 fastmath<contract> : f32
                %v907 = arith.mulf %v906, %v895 fastmath<contract> : f32
                %v908 = arith.addf %v907, %v302 fastmath<contract> : f32
                %v909 = arith.mulf %v908, %v895 fastmath<contract> : f32
                %v910 = arith.addf %v909, %v77 fastmath<contract> : f32
                %v911 = arith.mulf %v910, %v895 fastmath<contract> : f32
                %v912 = llvm.call_intrinsic "llvm.fabs.f32"(%v895) : (f32) -> f32
                %v913 = arith.cmpf olt, %v912, %v308 : f32
                %v914 = arith.select %v913, %v911, %v898 : f32
                %v915 = arith.addf %v891, %v914 fastmath<contract> : f32
                %v916 = arith.muli %v49, %v268 : i64
                %v917 = arith.muli %v883, %size_D : i64
                %v918 = arith.addi %v916, %v917 : i64
                %v919 = arith.addi %v918, %v47 : i64
                %v920 = llvm.getelementptr %in_u[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v921 = llvm.load %v920 : !llvm.ptr -> f32
                %v922 = arith.mulf %v915, %v921 fastmath<contract> : f32
                %v923 = arith.muli %v49, %v268 : i64
                %v924 = arith.muli %v883, %size_D : i64
                %v925 = arith.addi %v923, %v924 : i64
                %v926 = arith.addi %v925, %v47 : i64
                %v927 = llvm.getelementptr %in_z[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v928 = llvm.load %v927 : !llvm.ptr -> f32
                %v929 = arith.negf %v928 : f32
                %v930 = arith.mulf %v929, %v281 fastmath<contract> : f32
                %v931 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v930) : (f32) -> f32
                %v932 = arith.addf %v77, %v931 fastmath<contract> : f32
                %v933 = arith.divf %v77, %v932 : f32
                %v934 = arith.mulf %v928, %v933 fastmath<contract> : f32
                %v935 = arith.negf %v928 : f32
                %v936 = arith.mulf %v935, %v281 fastmath<contract> : f32
                %v937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v936) : (f32) -> f32
                %v938 = arith.addf %v77, %v937 fastmath<contract> : f32
                %v939 = arith.divf %v77, %v938 : f32
                %v940 = arith.subf %v77, %v939 fastmath<contract> : f32
                %v941 = arith.mulf %v928, %v940 fastmath<contract> : f32
                %v942 = arith.addf %v77, %v941 fastmath<contract> : f32
                %v943 = arith.mulf %v939, %v942 fastmath<contract> : f32
                %v944 = arith.negf %v890 : f32
                %v945 = arith.mulf %v944, %v281 fastmath<contract> : f32
                %v946 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v945) : (f32) -> f32
                %v947 = arith.addf %v77, %v946 fastmath<contract> : f32
                %v948 = arith.divf %v77, %v947 : f32
                // the group's states, recomputed into registers
                %v949 = arith.subi %v200, %v260 : i64
                %v950 = arith.trunci %v949 : i64 to i32
                %v951 = arith.subi %size_L, %v2 : i64
                %v952 = arith.addi %v198, %v260 : i64
                %v953 = arith.subi %v951, %v952 : i64
                %v954 = arith.minsi %v953, %v350 : i64
                %v955 = arith.trunci %v954 : i64 to i32
                %v956 = arith.addi %v260, %v165 : i64
                %v957 = arith.cmpi slt, %v354, %v950 : i32
                %v958 = arith.cmpi eq, %v354, %v955 : i32
                %v959, %v960 = gpu.shuffle idx %v915, %v184, %v357 : f32
                %v961, %v962 = gpu.shuffle idx %v922, %v184, %v357 : f32
                %v963, %v964 = gpu.shuffle idx %v934, %v184, %v357 : f32
                %v965, %v966 = gpu.shuffle idx %v943, %v184, %v357 : f32
                %v967, %v968 = gpu.shuffle idx %v948, %v184, %v357 : f32
                scf.if %v957 {
                  %v969 = arith.addi %v198, %v956 : i64
                  %v970 = arith.muli %v37, %v223 : i64
                  %v971 = arith.subi %v969, %v198 : i64
                  %v972 = arith.addi %v970, %v971 : i64
                  %v973 = llvm.getelementptr %v75[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v974 = llvm.load %v973 : !llvm.ptr -> f32
                  %v975 = arith.muli %v49, %v268 : i64
                  %v976 = arith.muli %v969, %size_D : i64
                  %v977 = arith.addi %v975, %v976 : i64
                  %v978 = arith.addi %v977, %v47 : i64
                  %v979 = llvm.getelementptr %dy_y[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v980 = llvm.load %v979 : !llvm.ptr -> f32
                  %v981 = arith.mulf %v963, %v980 fastmath<contract> : f32
                  %v982 = arith.mulf %v974, %v981 fastmath<contract> : f32
                  %v983 = llvm.load %v54 : !llvm.ptr -> f32
                  %v984 = llvm.load %v58 : !llvm.ptr -> f32
                  %v985 = arith.mulf %v984, %v983 fastmath<contract> : f32
                  %v986 = arith.addf %v982, %v985 fastmath<contract> : f32
                  llvm.store %v986, %v54 : f32, !llvm.ptr
                  %v987 = llvm.load %v78 : !llvm.ptr -> f32
                  %v988 = arith.mulf %v987, %v984 fastmath<contract> : f32
                  llvm.store %v988, %v78 : f32, !llvm.ptr
                  %v989 = arith.constant 4 : i64
                  %v990 = arith.addi %v989, %v37 : i64
                  %v991 = arith.muli %v990, %v223 : i64
                  %v992 = arith.subi %v969, %v198 : i64
                  %v993 = arith.addi %v991, %v992 : i64
                  %v994 = llvm.getelementptr %v75[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v995 = llvm.load %v994 : !llvm.ptr -> f32
                  %v996 = arith.mulf %v995, %v981 fastmath<contract> : f32
                  %v997 = llvm.load %v55 : !llvm.ptr -> f32
                  %v998 = llvm.load %v59 : !llvm.ptr -> f32
                  %v999 = arith.mulf %v998, %v997 fastmath<contract> : f32
                  %v1000 = arith.addf %v996, %v999 fastmath<contract> : f32
                  llvm.store %v1000, %v55 : f32, !llvm.ptr
                  %v1001 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1002 = arith.mulf %v1001, %v998 fastmath<contract> : f32
                  llvm.store %v1002, %v79 : f32, !llvm.ptr
                  %v1003 = arith.constant 8 : i64
                  %v1004 = arith.addi %v1003, %v37 : i64
                  %v1005 = arith.muli %v1004, %v223 : i64
                  %v1006 = arith.subi %v969, %v198 : i64
                  %v1007 = arith.addi %v1005, %v1006 : i64
                  %v1008 = llvm.getelementptr %v75[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
                  %v1010 = arith.mulf %v1009, %v981 fastmath<contract> : f32
                  %v1011 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1012 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1013 = arith.mulf %v1012, %v1011 fastmath<contract> : f32
                  %v1014 = arith.addf %v1010, %v1013 fastmath<contract> : f32
                  llvm.store %v1014, %v56 : f32, !llvm.ptr
                  %v1015 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1016 = arith.mulf %v1015, %v1012 fastmath<contract> : f32
                  llvm.store %v1016, %v80 : f32, !llvm.ptr
                  %v1017 = arith.constant 12 : i64
                  %v1018 = arith.addi %v1017, %v37 : i64
                  %v1019 = arith.muli %v1018, %v223 : i64
                  %v1020 = arith.subi %v969, %v198 : i64
                  %v1021 = arith.addi %v1019, %v1020 : i64
                  %v1022 = llvm.getelementptr %v75[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
                  %v1024 = arith.mulf %v1023, %v981 fastmath<contract> : f32
                  %v1025 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1026 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1027 = arith.mulf %v1026, %v1025 fastmath<contract> : f32
                  %v1028 = arith.addf %v1024, %v1027 fastmath<contract> : f32
                  llvm.store %v1028, %v57 : f32, !llvm.ptr
                  %v1029 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1030 = arith.mulf %v1029, %v1026 fastmath<contract> : f32
                  llvm.store %v1030, %v81 : f32, !llvm.ptr
                  scf.if %v958 {
                    %v1031 = arith.muli %v49, %v84 : i64
                    %v1032 = arith.muli %v47, %v1 : i64
                    %v1033 = arith.addi %v1031, %v1032 : i64
                    %v1034 = arith.addi %v1033, %v37 : i64
                    %v1035 = llvm.getelementptr %dy_h_last[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
                    %v1037 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1038 = arith.addf %v1037, %v1036 fastmath<contract> : f32
                    llvm.store %v1038, %v54 : f32, !llvm.ptr
                    %v1039 = arith.muli %v49, %v84 : i64
                    %v1040 = arith.muli %v47, %v1 : i64
                    %v1041 = arith.addi %v1039, %v1040 : i64
                    %v1042 = arith.constant 4 : i64
                    %v1043 = arith.addi %v1042, %v37 : i64
                    %v1044 = arith.addi %v1041, %v1043 : i64
                    %v1045 = llvm.getelementptr %dy_h_last[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1046 = llvm.load %v1045 : !llvm.ptr -> f32
                    %v1047 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1048 = arith.addf %v1047, %v1046 fastmath<contract> : f32
                    llvm.store %v1048, %v55 : f32, !llvm.ptr
                    %v1049 = arith.muli %v49, %v84 : i64
                    %v1050 = arith.muli %v47, %v1 : i64
                    %v1051 = arith.addi %v1049, %v1050 : i64
                    %v1052 = arith.constant 8 : i64
                    %v1053 = arith.addi %v1052, %v37 : i64
                    %v1054 = arith.addi %v1051, %v1053 : i64
                    %v1055 = llvm.getelementptr %dy_h_last[%v1054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1056 = llvm.load %v1055 : !llvm.ptr -> f32
                    %v1057 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1058 = arith.addf %v1057, %v1056 fastmath<contract> : f32
                    llvm.store %v1058, %v56 : f32, !llvm.ptr
                    %v1059 = arith.muli %v49, %v84 : i64
                    %v1060 = arith.muli %v47, %v1 : i64
                    %v1061 = arith.addi %v1059, %v1060 : i64
                    %v1062 = arith.constant 12 : i64
                    %v1063 = arith.addi %v1062, %v37 : i64
                    %v1064 = arith.addi %v1061, %v1063 : i64
                    %v1065 = llvm.getelementptr %dy_h_last[%v1064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1066 = llvm.load %v1065 : !llvm.ptr -> f32
                    %v1067 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1068 = arith.addf %v1067, %v1066 fastmath<contract> : f32
                    llvm.store %v1068, %v57 : f32, !llvm.ptr
                  }
                  %v1070 = arith.mulf %v959, %v1069 fastmath<contract> : f32
                  %v1071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1070) : (f32) -> f32
                  llvm.store %v1071, %v58 : f32, !llvm.ptr
                  %v1073 = arith.mulf %v959, %v1072 fastmath<contract> : f32
                  %v1074 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1073) : (f32) -> f32
                  llvm.store %v1074, %v59 : f32, !llvm.ptr
                  %v1076 = arith.mulf %v959, %v1075 fastmath<contract> : f32
                  %v1077 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1076) : (f32) -> f32
                  llvm.store %v1077, %v60 : f32, !llvm.ptr
                  %v1079 = arith.mulf %v959, %v1078 fastmath<contract> : f32
                  %v1080 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1079) : (f32) -> f32
                  llvm.store %v1080, %v61 : f32, !llvm.ptr
                }
                %v1081 = arith.addi %v260, %v502 : i64
                %v1082 = arith.cmpi slt, %v504, %v950 : i32
                %v1083 = arith.cmpi eq, %v504, %v955 : i32
                %v1084, %v1085 = gpu.shuffle idx %v915, %v180, %v357 : f32
                %v1086, %v1087 = gpu.shuffle idx %v922, %v180, %v357 : f32
                %v1088, %v1089 = gpu.shuffle idx %v934, %v180, %v357 : f32
                %v1090, %v1091 = gpu.shuffle idx %v943, %v180, %v357 : f32
                %v1092, %v1093 = gpu.shuffle idx %v948, %v180, %v357 : f32
                scf.if %v1082 {
                  %v1094 = arith.addi %v198, %v1081 : i64
                  %v1095 = arith.muli %v37, %v223 : i64
                  %v1096 = arith.subi %v1094, %v198 : i64
                  %v1097 = arith.addi %v1095, %v1096 : i64
                  %v1098 = llvm.getelementptr %v75[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
                  %v1100 = arith.muli %v49, %v268 : i64
                  %v1101 = arith.muli %v1094, %size_D : i64
                  %v1102 = arith.addi %v1100, %v1101 : i64
                  %v1103 = arith.addi %v1102, %v47 : i64
                  %v1104 = llvm.getelementptr %dy_y[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
                  %v1106 = arith.mulf %v1088, %v1105 fastmath<contract> : f32
                  %v1107 = arith.mulf %v1099, %v1106 fastmath<contract> : f32
                  %v1108 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1109 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1110 = arith.mulf %v1109, %v1108 fastmath<contract> : f32
                  %v1111 = arith.addf %v1107, %v1110 fastmath<contract> : f32
                  llvm.store %v1111, %v54 : f32, !llvm.ptr
                  %v1112 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1113 = arith.mulf %v1112, %v1109 fastmath<contract> : f32
                  llvm.store %v1113, %v78 : f32, !llvm.ptr
                  %v1114 = arith.constant 4 : i64
                  %v1115 = arith.addi %v1114, %v37 : i64
                  %v1116 = arith.muli %v1115, %v223 : i64
                  %v1117 = arith.subi %v1094, %v198 : i64
                  %v1118 = arith.addi %v1116, %v1117 : i64
                  %v1119 = llvm.getelementptr %v75[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                  %v1121 = arith.mulf %v1120, %v1106 fastmath<contract> : f32
                  %v1122 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1123 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1124 = arith.mulf %v1123, %v1122 fastmath<contract> : f32
                  %v1125 = arith.addf %v1121, %v1124 fastmath<contract> : f32
                  llvm.store %v1125, %v55 : f32, !llvm.ptr
                  %v1126 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1127 = arith.mulf %v1126, %v1123 fastmath<contract> : f32
                  llvm.store %v1127, %v79 : f32, !llvm.ptr
                  %v1128 = arith.constant 8 : i64
                  %v1129 = arith.addi %v1128, %v37 : i64
                  %v1130 = arith.muli %v1129, %v223 : i64
                  %v1131 = arith.subi %v1094, %v198 : i64
                  %v1132 = arith.addi %v1130, %v1131 : i64
                  %v1133 = llvm.getelementptr %v75[%v1132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
                  %v1135 = arith.mulf %v1134, %v1106 fastmath<contract> : f32
                  %v1136 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1137 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1138 = arith.mulf %v1137, %v1136 fastmath<contract> : f32
                  %v1139 = arith.addf %v1135, %v1138 fastmath<contract> : f32
                  llvm.store %v1139, %v56 : f32, !llvm.ptr
                  %v1140 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1141 = arith.mulf %v1140, %v1137 fastmath<contract> : f32
                  llvm.store %v1141, %v80 : f32, !llvm.ptr
                  %v1142 = arith.constant 12 : i64
                  %v1143 = arith.addi %v1142, %v37 : i64
                  %v1144 = arith.muli %v1143, %v223 : i64
                  %v1145 = arith.subi %v1094, %v198 : i64
                  %v1146 = arith.addi %v1144, %v1145 : i64
                  %v1147 = llvm.getelementptr %v75[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
                  %v1149 = arith.mulf %v1148, %v1106 fastmath<contract> : f32
                  %v1150 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1151 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1152 = arith.mulf %v1151, %v1150 fastmath<contract> : f32
                  %v1153 = arith.addf %v1149, %v1152 fastmath<contract> : f32
                  llvm.store %v1153, %v57 : f32, !llvm.ptr
                  %v1154 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1155 = arith.mulf %v1154, %v1151 fastmath<contract> : f32
                  llvm.store %v1155, %v81 : f32, !llvm.ptr
                  scf.if %v1083 {
                    %v1156 = arith.muli %v49, %v84 : i64
                    %v1157 = arith.muli %v47, %v1 : i64
                    %v1158 = arith.addi %v1156, %v1157 : i64
                    %v1159 = arith.addi %v1158, %v37 : i64
                    %v1160 = llvm.getelementptr %dy_h_last[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
                    %v1162 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1163 = arith.addf %v1162, %v1161 fastmath<contract> : f32
                    llvm.store %v1163, %v54 : f32, !llvm.ptr
                    %v1164 = arith.muli %v49, %v84 : i64
                    %v1165 = arith.muli %v47, %v1 : i64
                    %v1166 = arith.addi %v1164, %v1165 : i64
                    %v1167 = arith.constant 4 : i64
                    %v1168 = arith.addi %v1167, %v37 : i64
                    %v1169 = arith.addi %v1166, %v1168 : i64
                    %v1170 = llvm.getelementptr %dy_h_last[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
                    %v1172 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1173 = arith.addf %v1172, %v1171 fastmath<contract> : f32
                    llvm.store %v1173, %v55 : f32, !llvm.ptr
                    %v1174 = arith.muli %v49, %v84 : i64
                    %v1175 = arith.muli %v47, %v1 : i64
                    %v1176 = arith.addi %v1174, %v1175 : i64
                    %v1177 = arith.constant 8 : i64
                    %v1178 = arith.addi %v1177, %v37 : i64
                    %v1179 = arith.addi %v1176, %v1178 : i64
                    %v1180 = llvm.getelementptr %dy_h_last[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
                    %v1182 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1183 = arith.addf %v1182, %v1181 fastmath<contract> : f32
                    llvm.store %v1183, %v56 : f32, !llvm.ptr
                    %v1184 = arith.muli %v49, %v84 : i64
                    %v1185 = arith.muli %v47, %v1 : i64
                    %v1186 = arith.addi %v1184, %v1185 : i64
                    %v1187 = arith.constant 12 : i64
                    %v1188 = arith.addi %v1187, %v37 : i64
                    %v1189 = arith.addi %v1186, %v1188 : i64
                    %v1190 = llvm.getelementptr %dy_h_last[%v1189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1191 = llvm.load %v1190 : !llvm.ptr -> f32
                    %v1192 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1193 = arith.addf %v1192, %v1191 fastmath<contract> : f32
                    llvm.store %v1193, %v57 : f32, !llvm.ptr
                  }
                  %v1195 = arith.mulf %v1084, %v1194 fastmath<contract> : f32
                  %v1196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1195) : (f32) -> f32
                  llvm.store %v1196, %v58 : f32, !llvm.ptr
                  %v1198 = arith.mulf %v1084, %v1197 fastmath<contract> : f32
                  %v1199 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1198) : (f32) -> f32
                  llvm.store %v1199, %v59 : f32, !llvm.ptr
                  %v1201 = arith.mulf %v1084, %v1200 fastmath<contract> : f32
                  %v1202 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1201) : (f32) -> f32
                  llvm.store %v1202, %v60 : f32, !llvm.ptr
                  %v1204 = arith.mulf %v1084, %v1203 fastmath<contract> : f32
                  %v1205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1204) : (f32) -> f32
                  llvm.store %v1205, %v61 : f32, !llvm.ptr
                }
                %v1206 = arith.addi %v260, %v2 : i64
                %v1207 = arith.cmpi slt, %v630, %v950 : i32
                %v1208 = arith.cmpi eq, %v630, %v955 : i32
                %v1209, %v1210 = gpu.shuffle idx %v915, %v176, %v357 : f32
                %v1211, %v1212 = gpu.shuffle idx %v922, %v176, %v357 : f32
                %v1213, %v1214 = gpu.shuffle idx %v934, %v176, %v357 : f32
                %v1215, %v1216 = gpu.shuffle idx %v943, %v176, %v357 : f32
                %v1217, %v1218 = gpu.shuffle idx %v948, %v176, %v357 : f32
                scf.if %v1207 {
                  %v1219 = arith.addi %v198, %v1206 : i64
                  %v1220 = arith.muli %v37, %v223 : i64
                  %v1221 = arith.subi %v1219, %v198 : i64
                  %v1222 = arith.addi %v1220, %v1221 : i64
                  %v1223 = llvm.getelementptr %v75[%v1222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1224 = llvm.load %v1223 : !llvm.ptr -> f32
                  %v1225 = arith.muli %v49, %v268 : i64
                  %v1226 = arith.muli %v1219, %size_D : i64
                  %v1227 = arith.addi %v1225, %v1226 : i64
                  %v1228 = arith.addi %v1227, %v47 : i64
                  %v1229 = llvm.getelementptr %dy_y[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
                  %v1231 = arith.mulf %v1213, %v1230 fastmath<contract> : f32
                  %v1232 = arith.mulf %v1224, %v1231 fastmath<contract> : f32
                  %v1233 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1234 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1235 = arith.mulf %v1234, %v1233 fastmath<contract> : f32
                  %v1236 = arith.addf %v1232, %v1235 fastmath<contract> : f32
                  llvm.store %v1236, %v54 : f32, !llvm.ptr
                  %v1237 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1238 = arith.mulf %v1237, %v1234 fastmath<contract> : f32
                  llvm.store %v1238, %v78 : f32, !llvm.ptr
                  %v1239 = arith.constant 4 : i64
                  %v1240 = arith.addi %v1239, %v37 : i64
                  %v1241 = arith.muli %v1240, %v223 : i64
                  %v1242 = arith.subi %v1219, %v198 : i64
                  %v1243 = arith.addi %v1241, %v1242 : i64
                  %v1244 = llvm.getelementptr %v75[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1245 = llvm.load %v1244 : !llvm.ptr -> f32
                  %v1246 = arith.mulf %v1245, %v1231 fastmath<contract> : f32
                  %v1247 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1248 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1249 = arith.mulf %v1248, %v1247 fastmath<contract> : f32
                  %v1250 = arith.addf %v1246, %v1249 fastmath<contract> : f32
                  llvm.store %v1250, %v55 : f32, !llvm.ptr
                  %v1251 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1252 = arith.mulf %v1251, %v1248 fastmath<contract> : f32
                  llvm.store %v1252, %v79 : f32, !llvm.ptr
                  %v1253 = arith.constant 8 : i64
                  %v1254 = arith.addi %v1253, %v37 : i64
                  %v1255 = arith.muli %v1254, %v223 : i64
                  %v1256 = arith.subi %v1219, %v198 : i64
                  %v1257 = arith.addi %v1255, %v1256 : i64
                  %v1258 = llvm.getelementptr %v75[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
                  %v1260 = arith.mulf %v1259, %v1231 fastmath<contract> : f32
                  %v1261 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1262 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1263 = arith.mulf %v1262, %v1261 fastmath<contract> : f32
                  %v1264 = arith.addf %v1260, %v1263 fastmath<contract> : f32
                  llvm.store %v1264, %v56 : f32, !llvm.ptr
                  %v1265 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1266 = arith.mulf %v1265, %v1262 fastmath<contract> : f32
                  llvm.store %v1266, %v80 : f32, !llvm.ptr
                  %v1267 = arith.constant 12 : i64
                  %v1268 = arith.addi %v1267, %v37 : i64
                  %v1269 = arith.muli %v1268, %v223 : i64
                  %v1270 = arith.subi %v1219, %v198 : i64
                  %v1271 = arith.addi %v1269, %v1270 : i64
                  %v1272 = llvm.getelementptr %v75[%v1271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
                  %v1274 = arith.mulf %v1273, %v1231 fastmath<contract> : f32
                  %v1275 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1276 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1277 = arith.mulf %v1276, %v1275 fastmath<contract> : f32
                  %v1278 = arith.addf %v1274, %v1277 fastmath<contract> : f32
                  llvm.store %v1278, %v57 : f32, !llvm.ptr
                  %v1279 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1280 = arith.mulf %v1279, %v1276 fastmath<contract> : f32
                  llvm.store %v1280, %v81 : f32, !llvm.ptr
                  scf.if %v1208 {
                    %v1281 = arith.muli %v49, %v84 : i64
                    %v1282 = arith.muli %v47, %v1 : i64
                    %v1283 = arith.addi %v1281, %v1282 : i64
                    %v1284 = arith.addi %v1283, %v37 : i64
                    %v1285 = llvm.getelementptr %dy_h_last[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
                    %v1287 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1288 = arith.addf %v1287, %v1286 fastmath<contract> : f32
                    llvm.store %v1288, %v54 : f32, !llvm.ptr
                    %v1289 = arith.muli %v49, %v84 : i64
                    %v1290 = arith.muli %v47, %v1 : i64
                    %v1291 = arith.addi %v1289, %v1290 : i64
                    %v1292 = arith.constant 4 : i64
                    %v1293 = arith.addi %v1292, %v37 : i64
                    %v1294 = arith.addi %v1291, %v1293 : i64
                    %v1295 = llvm.getelementptr %dy_h_last[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
                    %v1297 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1298 = arith.addf %v1297, %v1296 fastmath<contract> : f32
                    llvm.store %v1298, %v55 : f32, !llvm.ptr
                    %v1299 = arith.muli %v49, %v84 : i64
                    %v1300 = arith.muli %v47, %v1 : i64
                    %v1301 = arith.addi %v1299, %v1300 : i64
                    %v1302 = arith.constant 8 : i64
                    %v1303 = arith.addi %v1302, %v37 : i64
                    %v1304 = arith.addi %v1301, %v1303 : i64
                    %v1305 = llvm.getelementptr %dy_h_last[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
                    %v1307 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1308 = arith.addf %v1307, %v1306 fastmath<contract> : f32
                    llvm.store %v1308, %v56 : f32, !llvm.ptr
                    %v1309 = arith.muli %v49, %v84 : i64
                    %v1310 = arith.muli %v47, %v1 : i64
                    %v1311 = arith.addi %v1309, %v1310 : i64
                    %v1312 = arith.constant 12 : i64
                    %v1313 = arith.addi %v1312, %v37 : i64
                    %v1314 = arith.addi %v1311, %v1313 : i64
                    %v1315 = llvm.getelementptr %dy_h_last[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1316 = llvm.load %v1315 : !llvm.ptr -> f32
                    %v1317 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1318 = arith.addf %v1317, %v1316 fastmath<contract> : f32
                    llvm.store %v1318, %v57 : f32, !llvm.ptr
                  }
                  %v1320 = arith.mulf %v1209, %v1319 fastmath<contract> : f32
                  %v1321 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1320) : (f32) -> f32
                  llvm.store %v1321, %v58 : f32, !llvm.ptr
                  %v1323 = arith.mulf %v1209, %v1322 fastmath<contract> : f32
                  %v1324 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1323) : (f32) -> f32
                  llvm.store %v1324, %v59 : f32, !llvm.ptr
                  %v1326 = arith.mulf %v1209, %v1325 fastmath<contract> : f32
                  %v1327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1326) : (f32) -> f32
                  llvm.store %v1327, %v60 : f32, !llvm.ptr
                  %v1329 = arith.mulf %v1209, %v1328 fastmath<contract> : f32
                  %v1330 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1329) : (f32) -> f32
                  llvm.store %v1330, %v61 : f32, !llvm.ptr
                }
                %v1331 = arith.cmpi slt, %v755, %v950 : i32
                %v1332 = arith.cmpi eq, %v755, %v955 : i32
                %v1333, %v1334 = gpu.shuffle idx %v915, %v172, %v357 : f32
                %v1335, %v1336 = gpu.shuffle idx %v922, %v172, %v357 : f32
                %v1337, %v1338 = gpu.shuffle idx %v934, %v172, %v357 : f32
                %v1339, %v1340 = gpu.shuffle idx %v943, %v172, %v357 : f32
                %v1341, %v1342 = gpu.shuffle idx %v948, %v172, %v357 : f32
                scf.if %v1331 {
                  %v1343 = arith.addi %v198, %v260 : i64
                  %v1344 = arith.muli %v37, %v223 : i64
                  %v1345 = arith.subi %v1343, %v198 : i64
                  %v1346 = arith.addi %v1344, %v1345 : i64
                  %v1347 = llvm.getelementptr %v75[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
                  %v1349 = arith.muli %v49, %v268 : i64
                  %v1350 = arith.muli %v1343, %size_D : i64
                  %v1351 = arith.addi %v1349, %v1350 : i64
                  %v1352 = arith.addi %v1351, %v47 : i64
                  %v1353 = llvm.getelementptr %dy_y[%v1352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
                  %v1355 = arith.mulf %v1337, %v1354 fastmath<contract> : f32
                  %v1356 = arith.mulf %v1348, %v1355 fastmath<contract> : f32
                  %v1357 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1358 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1359 = arith.mulf %v1358, %v1357 fastmath<contract> : f32
                  %v1360 = arith.addf %v1356, %v1359 fastmath<contract> : f32
                  llvm.store %v1360, %v54 : f32, !llvm.ptr
                  %v1361 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1362 = arith.mulf %v1361, %v1358 fastmath<contract> : f32
                  llvm.store %v1362, %v78 : f32, !llvm.ptr
                  %v1363 = arith.constant 4 : i64
                  %v1364 = arith.addi %v1363, %v37 : i64
                  %v1365 = arith.muli %v1364, %v223 : i64
                  %v1366 = arith.subi %v1343, %v198 : i64
                  %v1367 = arith.addi %v1365, %v1366 : i64
                  %v1368 = llvm.getelementptr %v75[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
                  %v1370 = arith.mulf %v1369, %v1355 fastmath<contract> : f32
                  %v1371 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1372 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1373 = arith.mulf %v1372, %v1371 fastmath<contract> : f32
                  %v1374 = arith.addf %v1370, %v1373 fastmath<contract> : f32
                  llvm.store %v1374, %v55 : f32, !llvm.ptr
                  %v1375 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1376 = arith.mulf %v1375, %v1372 fastmath<contract> : f32
                  llvm.store %v1376, %v79 : f32, !llvm.ptr
                  %v1377 = arith.constant 8 : i64
                  %v1378 = arith.addi %v1377, %v37 : i64
                  %v1379 = arith.muli %v1378, %v223 : i64
                  %v1380 = arith.subi %v1343, %v198 : i64
                  %v1381 = arith.addi %v1379, %v1380 : i64
                  %v1382 = llvm.getelementptr %v75[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
                  %v1384 = arith.mulf %v1383, %v1355 fastmath<contract> : f32
                  %v1385 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1386 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1387 = arith.mulf %v1386, %v1385 fastmath<contract> : f32
                  %v1388 = arith.addf %v1384, %v1387 fastmath<contract> : f32
                  llvm.store %v1388, %v56 : f32, !llvm.ptr
                  %v1389 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1390 = arith.mulf %v1389, %v1386 fastmath<contract> : f32
                  llvm.store %v1390, %v80 : f32, !llvm.ptr
                  %v1391 = arith.constant 12 : i64
                  %v1392 = arith.addi %v1391, %v37 : i64
                  %v1393 = arith.muli %v1392, %v223 : i64
                  %v1394 = arith.subi %v1343, %v198 : i64
                  %v1395 = arith.addi %v1393, %v1394 : i64
                  %v1396 = llvm.getelementptr %v75[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
                  %v1398 = arith.mulf %v1397, %v1355 fastmath<contract> : f32
                  %v1399 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1400 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1401 = arith.mulf %v1400, %v1399 fastmath<contract> : f32
                  %v1402 = arith.addf %v1398, %v1401 fastmath<contract> : f32
                  llvm.store %v1402, %v57 : f32, !llvm.ptr
                  %v1403 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1404 = arith.mulf %v1403, %v1400 fastmath<contract> : f32
                  llvm.store %v1404, %v81 : f32, !llvm.ptr
                  scf.if %v1332 {
                    %v1405 = arith.muli %v49, %v84 : i64
                    %v1406 = arith.muli %v47, %v1 : i64
                    %v1407 = arith.addi %v1405, %v1406 : i64
                    %v1408 = arith.addi %v1407, %v37 : i64
                    %v1409 = llvm.getelementptr %dy_h_last[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
                    %v1411 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1412 = arith.addf %v1411, %v1410 fastmath<contract> : f32
                    llvm.store %v1412, %v54 : f32, !llvm.ptr
                    %v1413 = arith.muli %v49, %v84 : i64
                    %v1414 = arith.muli %v47, %v1 : i64
                    %v1415 = arith.addi %v1413, %v1414 : i64
                    %v1416 = arith.constant 4 : i64
                    %v1417 = arith.addi %v1416, %v37 : i64
                    %v1418 = arith.addi %v1415, %v1417 : i64
                    %v1419 = llvm.getelementptr %dy_h_last[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
                    %v1421 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1422 = arith.addf %v1421, %v1420 fastmath<contract> : f32
                    llvm.store %v1422, %v55 : f32, !llvm.ptr
                    %v1423 = arith.muli %v49, %v84 : i64
                    %v1424 = arith.muli %v47, %v1 : i64
                    %v1425 = arith.addi %v1423, %v1424 : i64
                    %v1426 = arith.constant 8 : i64
                    %v1427 = arith.addi %v1426, %v37 : i64
                    %v1428 = arith.addi %v1425, %v1427 : i64
                    %v1429 = llvm.getelementptr %dy_h_last[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
                    %v1431 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1432 = arith.addf %v1431, %v1430 fastmath<contract> : f32
                    llvm.store %v1432, %v56 : f32, !llvm.ptr
                    %v1433 = arith.muli %v49, %v84 : i64
                    %v1434 = arith.muli %v47, %v1 : i64
                    %v1435 = arith.addi %v1433, %v1434 : i64
                    %v1436 = arith.constant 12 : i64
                    %v1437 = arith.addi %v1436, %v37 : i64
                    %v1438 = arith.addi %v1435, %v1437 : i64
                    %v1439 = llvm.getelementptr %dy_h_last[%v1438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1440 = llvm.load %v1439 : !llvm.ptr -> f32
                    %v1441 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1442 = arith.addf %v1441, %v1440 fastmath<contract> : f32
                    llvm.store %v1442, %v57 : f32, !llvm.ptr
                  }
                  %v1444 = arith.mulf %v1333, %v1443 fastmath<contract> : f32
                  %v1445 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1444) : (f32) -> f32
                  llvm.store %v1445, %v58 : f32, !llvm.ptr
                  %v1447 = arith.mulf %v1333, %v1446 fastmath<contract> : f32
                  %v1448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1447) : (f32) -> f32
                  llvm.store %v1448, %v59 : f32, !llvm.ptr
                  %v1450 = arith.mulf %v1333, %v1449 fastmath<contract> : f32
                  %v1451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1450) : (f32) -> f32
                  llvm.store %v1451, %v60 : f32, !llvm.ptr
                  %v1453 = arith.mulf %v1333, %v1452 fastmath<contract> : f32
                  %v1454 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1453) : (f32) -> f32
                  llvm.store %v1454, %v61 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v41 {
        %v1455 = llvm.load %v54 : !llvm.ptr -> f32
        %v1456 = arith.muli %v32, %v1 : i64
        %v1457 = arith.addi %v1456, %v37 : i64
        %v1458 = arith.muli %v1457, %v3 : i64
        %v1459 = arith.subi %v3, %v2 : i64
        %v1460 = arith.minsi %v43, %v1459 : i64
        %v1461 = arith.addi %v1458, %v1460 : i64
        %v1462 = llvm.getelementptr %segsum_h[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1455, %v1462 : f32, !llvm.ptr
        %v1463 = llvm.load %v78 : !llvm.ptr -> f32
        %v1464 = arith.addi %v7, %v32 : i64
        %v1465 = arith.muli %v1464, %v1 : i64
        %v1466 = arith.addi %v1465, %v37 : i64
        %v1467 = arith.muli %v1466, %v3 : i64
        %v1468 = arith.subi %v3, %v2 : i64
        %v1469 = arith.minsi %v43, %v1468 : i64
        %v1470 = arith.addi %v1467, %v1469 : i64
        %v1471 = llvm.getelementptr %segsum_h[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1463, %v1471 : f32, !llvm.ptr
        %v1472 = llvm.load %v58 : !llvm.ptr -> f32
        %v1473 = arith.muli %v502, %v7 : i64
        %v1474 = arith.addi %v1473, %v32 : i64
        %v1475 = arith.muli %v1474, %v1 : i64
        %v1476 = arith.addi %v1475, %v37 : i64
        %v1477 = arith.muli %v1476, %v3 : i64
        %v1478 = arith.subi %v3, %v2 : i64
        %v1479 = arith.minsi %v43, %v1478 : i64
        %v1480 = arith.addi %v1477, %v1479 : i64
        %v1481 = llvm.getelementptr %segsum_h[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1472, %v1481 : f32, !llvm.ptr
        %v1482 = llvm.load %v55 : !llvm.ptr -> f32
        %v1483 = arith.addi %v36, %v37 : i64
        %v1484 = arith.muli %v32, %v1 : i64
        %v1485 = arith.addi %v1484, %v1483 : i64
        %v1486 = arith.muli %v1485, %v3 : i64
        %v1487 = arith.subi %v3, %v2 : i64
        %v1488 = arith.minsi %v43, %v1487 : i64
        %v1489 = arith.addi %v1486, %v1488 : i64
        %v1490 = llvm.getelementptr %segsum_h[%v1489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1482, %v1490 : f32, !llvm.ptr
        %v1491 = llvm.load %v79 : !llvm.ptr -> f32
        %v1492 = arith.addi %v36, %v37 : i64
        %v1493 = arith.addi %v7, %v32 : i64
        %v1494 = arith.muli %v1493, %v1 : i64
        %v1495 = arith.addi %v1494, %v1492 : i64
        %v1496 = arith.muli %v1495, %v3 : i64
        %v1497 = arith.subi %v3, %v2 : i64
        %v1498 = arith.minsi %v43, %v1497 : i64
        %v1499 = arith.addi %v1496, %v1498 : i64
        %v1500 = llvm.getelementptr %segsum_h[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1491, %v1500 : f32, !llvm.ptr
        %v1501 = llvm.load %v59 : !llvm.ptr -> f32
        %v1502 = arith.addi %v36, %v37 : i64
        %v1503 = arith.muli %v502, %v7 : i64
        %v1504 = arith.addi %v1503, %v32 : i64
        %v1505 = arith.muli %v1504, %v1 : i64
        %v1506 = arith.addi %v1505, %v1502 : i64
        %v1507 = arith.muli %v1506, %v3 : i64
        %v1508 = arith.subi %v3, %v2 : i64
        %v1509 = arith.minsi %v43, %v1508 : i64
        %v1510 = arith.addi %v1507, %v1509 : i64
        %v1511 = llvm.getelementptr %segsum_h[%v1510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1501, %v1511 : f32, !llvm.ptr
        %v1512 = llvm.load %v56 : !llvm.ptr -> f32
        %v1514 = arith.addi %v1513, %v37 : i64
        %v1515 = arith.muli %v32, %v1 : i64
        %v1516 = arith.addi %v1515, %v1514 : i64
        %v1517 = arith.muli %v1516, %v3 : i64
        %v1518 = arith.subi %v3, %v2 : i64
        %v1519 = arith.minsi %v43, %v1518 : i64
        %v1520 = arith.addi %v1517, %v1519 : i64
        %v1521 = llvm.getelementptr %segsum_h[%v1520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1512, %v1521 : f32, !llvm.ptr
        %v1522 = llvm.load %v80 : !llvm.ptr -> f32
        %v1523 = arith.addi %v1513, %v37 : i64
        %v1524 = arith.addi %v7, %v32 : i64
        %v1525 = arith.muli %v1524, %v1 : i64
        %v1526 = arith.addi %v1525, %v1523 : i64
        %v1527 = arith.muli %v1526, %v3 : i64
        %v1528 = arith.subi %v3, %v2 : i64
        %v1529 = arith.minsi %v43, %v1528 : i64
        %v1530 = arith.addi %v1527, %v1529 : i64
        %v1531 = llvm.getelementptr %segsum_h[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1522, %v1531 : f32, !llvm.ptr
        %v1532 = llvm.load %v60 : !llvm.ptr -> f32
        %v1533 = arith.addi %v1513, %v37 : i64
        %v1534 = arith.muli %v502, %v7 : i64
        %v1535 = arith.addi %v1534, %v32 : i64
        %v1536 = arith.muli %v1535, %v1 : i64
        %v1537 = arith.addi %v1536, %v1533 : i64
        %v1538 = arith.muli %v1537, %v3 : i64
        %v1539 = arith.subi %v3, %v2 : i64
        %v1540 = arith.minsi %v43, %v1539 : i64
        %v1541 = arith.addi %v1538, %v1540 : i64
        %v1542 = llvm.getelementptr %segsum_h[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1532, %v1542 : f32, !llvm.ptr
        %v1543 = llvm.load %v57 : !llvm.ptr -> f32
        %v1545 = arith.addi %v1544, %v37 : i64
        %v1546 = arith.muli %v32, %v1 : i64
        %v1547 = arith.addi %v1546, %v1545 : i64
        %v1548 = arith.muli %v1547, %v3 : i64
        %v1549 = arith.subi %v3, %v2 : i64
        %v1550 = arith.minsi %v43, %v1549 : i64
        %v1551 = arith.addi %v1548, %v1550 : i64
        %v1552 = llvm.getelementptr %segsum_h[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1543, %v1552 : f32, !llvm.ptr
        %v1553 = llvm.load %v81 : !llvm.ptr -> f32
        %v1554 = arith.addi %v1544, %v37 : i64
        %v1555 = arith.addi %v7, %v32 : i64
        %v1556 = arith.muli %v1555, %v1 : i64
        %v1557 = arith.addi %v1556, %v1554 : i64
        %v1558 = arith.muli %v1557, %v3 : i64
        %v1559 = arith.subi %v3, %v2 : i64
        %v1560 = arith.minsi %v43, %v1559 : i64
        %v1561 = arith.addi %v1558, %v1560 : i64
        %v1562 = llvm.getelementptr %segsum_h[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1553, %v1562 : f32, !llvm.ptr
        %v1563 = llvm.load %v61 : !llvm.ptr -> f32
        %v1564 = arith.addi %v1544, %v37 : i64
        %v1565 = arith.muli %v502, %v7 : i64
        %v1566 = arith.addi %v1565, %v32 : i64
        %v1567 = arith.muli %v1566, %v1 : i64
        %v1568 = arith.addi %v1567, %v1564 : i64
        %v1569 = arith.muli %v1568, %v3 : i64
        %v1570 = arith.subi %v3, %v2 : i64
        %v1571 = arith.minsi %v43, %v1570 : i64
        %v1572 = arith.addi %v1569, %v1571 : i64
        %v1573 = llvm.getelementptr %segsum_h[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1563, %v1573 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
