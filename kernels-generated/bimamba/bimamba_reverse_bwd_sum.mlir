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
      %v72 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Bm : !llvm.ptr<3>
      %v73 = llvm.addrspacecast %v72 : !llvm.ptr<3> to !llvm.ptr
      %v74 = llvm.mlir.addressof @rows_bimamba_reverse_bwd_sum_Cm : !llvm.ptr<3>
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
      %v216 = arith.muli %size_L, %v1 : i64
      %v220 = arith.subi %size_L, %v2 : i64
      %v225 = arith.constant 65 : i64
      %v271 = arith.muli %size_L, %size_D : i64
      %v285 = arith.constant 0x3FB8AA3B : f32
      %v290 = arith.constant 0x3F317218 : f32
      %v292 = arith.constant 0x3E124925 : f32
      %v294 = arith.constant 0xBE2AAAAB : f32
      %v297 = arith.constant 0x3E4CCCCD : f32
      %v300 = arith.constant 0xBE800000 : f32
      %v303 = arith.constant 0x3EAAAAAB : f32
      %v306 = arith.constant 0xBF000000 : f32
      %v312 = arith.constant 0x3D800000 : f32
      %v356 = arith.constant 2147483647 : i64
      %v360 = arith.constant 3 : i32
      %v363 = arith.constant 32 : i32
      %v509 = arith.constant 2 : i64
      %v511 = arith.constant 2 : i32
      %v638 = arith.constant 1 : i32
      %v764 = arith.constant 0 : i32
      %v1530 = arith.constant 8 : i64
      %v1561 = arith.constant 12 : i64
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
      %v279 = llvm.getelementptr %in_dt_bias[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v280 = llvm.load %v279 : !llvm.ptr -> f32
      %v475 = arith.muli %v47, %v1 : i64
      %v476 = arith.addi %v475, %v37 : i64
      %v477 = llvm.getelementptr %in_A[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v478 = llvm.load %v477 : !llvm.ptr -> f32
      %v479 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v482 = arith.muli %v47, %v1 : i64
      %v483 = arith.constant 4 : i64
      %v484 = arith.addi %v483, %v37 : i64
      %v485 = arith.addi %v482, %v484 : i64
      %v486 = llvm.getelementptr %in_A[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v487 = llvm.load %v486 : !llvm.ptr -> f32
      %v488 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v491 = arith.muli %v47, %v1 : i64
      %v492 = arith.constant 8 : i64
      %v493 = arith.addi %v492, %v37 : i64
      %v494 = arith.addi %v491, %v493 : i64
      %v495 = llvm.getelementptr %in_A[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v496 = llvm.load %v495 : !llvm.ptr -> f32
      %v497 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v500 = arith.muli %v47, %v1 : i64
      %v501 = arith.constant 12 : i64
      %v502 = arith.addi %v501, %v37 : i64
      %v503 = arith.addi %v500, %v502 : i64
      %v504 = llvm.getelementptr %in_A[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v505 = llvm.load %v504 : !llvm.ptr -> f32
      %v506 = arith.mulf %v505, %v285 fastmath<contract> : f32
      %v625 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v628 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v631 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v634 = arith.mulf %v505, %v285 fastmath<contract> : f32
      %v752 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v755 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v758 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v761 = arith.mulf %v505, %v285 fastmath<contract> : f32
      %v878 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v881 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v884 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v887 = arith.mulf %v505, %v285 fastmath<contract> : f32
      %v1083 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v1086 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v1089 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v1092 = arith.mulf %v505, %v285 fastmath<contract> : f32
      %v1209 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v1212 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v1215 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v1218 = arith.mulf %v505, %v285 fastmath<contract> : f32
      %v1335 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v1338 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v1341 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v1344 = arith.mulf %v505, %v285 fastmath<contract> : f32
      %v1460 = arith.mulf %v478, %v285 fastmath<contract> : f32
      %v1463 = arith.mulf %v487, %v285 fastmath<contract> : f32
      %v1466 = arith.mulf %v496, %v285 fastmath<contract> : f32
      %v1469 = arith.mulf %v505, %v285 fastmath<contract> : f32
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
        %v131 = llvm.getelementptr %dy_h_first[%v130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v141 = llvm.getelementptr %dy_h_first[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v151 = llvm.getelementptr %dy_h_first[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
        %v161 = llvm.getelementptr %dy_h_first[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
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
          %v218 = arith.muli %v214, %size_L : i64
          %v219 = arith.addi %v217, %v218 : i64
          %v221 = arith.subi %v220, %v213 : i64
          %v222 = arith.addi %v219, %v221 : i64
          %v223 = llvm.getelementptr %in_Bm[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v224 = llvm.load %v223 : !llvm.ptr -> f32
          %v226 = arith.muli %v211, %v225 : i64
          %v227 = arith.addi %v226, %v210 : i64
          %v228 = llvm.getelementptr %v73[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v224, %v228 : f32, !llvm.ptr
        }
        %v229 = arith.index_cast %v22 : i64 to index
        %v230 = arith.index_cast %v204 : i64 to index
        %v231 = arith.index_cast %v6 : i64 to index
        scf.for %v232 = %v229 to %v230 step %v231 {
          %v233 = arith.index_cast %v232 : index to i64
          %v234 = arith.remui %v233, %v24 : i64
          %v235 = arith.divui %v233, %v24 : i64
          %v236 = arith.addi %v198, %v234 : i64
          %v237 = arith.minsi %v236, %v203 : i64
          %v238 = arith.remui %v235, %v1 : i64
          %v239 = arith.divui %v235, %v1 : i64
          %v240 = arith.muli %v49, %v216 : i64
          %v241 = arith.muli %v238, %size_L : i64
          %v242 = arith.addi %v240, %v241 : i64
          %v243 = arith.subi %v220, %v237 : i64
          %v244 = arith.addi %v242, %v243 : i64
          %v245 = llvm.getelementptr %in_Cm[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v246 = llvm.load %v245 : !llvm.ptr -> f32
          %v247 = arith.muli %v235, %v225 : i64
          %v248 = arith.addi %v247, %v234 : i64
          %v249 = llvm.getelementptr %v75[%v248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v246, %v249 : f32, !llvm.ptr
        }
        gpu.barrier
        %v250 = arith.index_cast %v82 : i64 to index
        %v251 = arith.index_cast %v2 : i64 to index
        %v252 = arith.index_cast %v2 : i64 to index
        scf.for %v253 = %v250 to %v251 step %v252 {
          %v254 = arith.index_cast %v253 : index to i64
          %v255 = arith.index_cast %v82 : i64 to index
          %v256 = arith.index_cast %v202 : i64 to index
          %v257 = arith.index_cast %v2 : i64 to index
          scf.for %v258 = %v255 to %v256 step %v257 {
            %v259 = arith.index_cast %v258 : index to i64
            %v260 = arith.cmpi slt, %v259, %v202 : i64
            scf.if %v260 {
              %v261 = arith.subi %v202, %v2 : i64
              %v262 = arith.subi %v261, %v259 : i64
              %v263 = arith.muli %v262, %v36 : i64
              %v264 = arith.addi %v188, %v262 : i64
              %v265 = arith.addi %v263, %v36 : i64
              %v266 = arith.cmpi sle, %v265, %v200 : i64
              scf.if %v266 {
                %v267 = arith.subi %v200, %v2 : i64
                %v268 = arith.addi %v263, %v37 : i64
                %v269 = arith.minsi %v268, %v267 : i64
                %v270 = arith.addi %v198, %v269 : i64
                %v272 = arith.muli %v49, %v271 : i64
                %v273 = arith.muli %v47, %size_L : i64
                %v274 = arith.addi %v272, %v273 : i64
                %v275 = arith.subi %v220, %v270 : i64
                %v276 = arith.addi %v274, %v275 : i64
                %v277 = llvm.getelementptr %in_delta[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v278 = llvm.load %v277 : !llvm.ptr -> f32
                %v281 = arith.addf %v278, %v280 fastmath<contract> : f32
                %v282 = arith.maximumf %v281, %v76 : f32
                %v283 = llvm.call_intrinsic "llvm.fabs.f32"(%v281) : (f32) -> f32
                %v284 = arith.negf %v283 : f32
                %v286 = arith.mulf %v284, %v285 fastmath<contract> : f32
                %v287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v286) : (f32) -> f32
                %v288 = arith.addf %v77, %v287 fastmath<contract> : f32
                %v289 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v288) : (f32) -> f32
                %v291 = arith.mulf %v289, %v290 fastmath<contract> : f32
                %v293 = arith.mulf %v292, %v287 fastmath<contract> : f32
                %v295 = arith.addf %v293, %v294 fastmath<contract> : f32
                %v296 = arith.mulf %v295, %v287 fastmath<contract> : f32
                %v298 = arith.addf %v296, %v297 fastmath<contract> : f32
                %v299 = arith.mulf %v298, %v287 fastmath<contract> : f32
                %v301 = arith.addf %v299, %v300 fastmath<contract> : f32
                %v302 = arith.mulf %v301, %v287 fastmath<contract> : f32
                %v304 = arith.addf %v302, %v303 fastmath<contract> : f32
                %v305 = arith.mulf %v304, %v287 fastmath<contract> : f32
                %v307 = arith.addf %v305, %v306 fastmath<contract> : f32
                %v308 = arith.mulf %v307, %v287 fastmath<contract> : f32
                %v309 = arith.addf %v308, %v77 fastmath<contract> : f32
                %v310 = arith.mulf %v309, %v287 fastmath<contract> : f32
                %v311 = llvm.call_intrinsic "llvm.fabs.f32"(%v287) : (f32) -> f32
                %v313 = arith.cmpf olt, %v311, %v312 : f32
                %v314 = arith.select %v313, %v310, %v291 : f32
                %v315 = arith.addf %v282, %v314 fastmath<contract> : f32
                %v316 = arith.muli %v49, %v271 : i64
                %v317 = arith.muli %v47, %size_L : i64
                %v318 = arith.addi %v316, %v317 : i64
                %v319 = arith.subi %v220, %v270 : i64
                %v320 = arith.addi %v318, %v319 : i64
                %v321 = llvm.getelementptr %in_u[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v322 = llvm.load %v321 : !llvm.ptr -> f32
                %v323 = arith.mulf %v315, %v322 fastmath<contract> : f32
                %v324 = arith.muli %v49, %v271 : i64
                %v325 = arith.muli %v47, %size_L : i64
                %v326 = arith.addi %v324, %v325 : i64
                %v327 = arith.subi %v220, %v270 : i64
                %v328 = arith.addi %v326, %v327 : i64
                %v329 = llvm.getelementptr %in_z[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v330 = llvm.load %v329 : !llvm.ptr -> f32
                %v331 = arith.negf %v330 : f32
                %v332 = arith.mulf %v331, %v285 fastmath<contract> : f32
                %v333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v332) : (f32) -> f32
                %v334 = arith.addf %v77, %v333 fastmath<contract> : f32
                %v335 = arith.divf %v77, %v334 : f32
                %v336 = arith.mulf %v330, %v335 fastmath<contract> : f32
                %v337 = arith.negf %v330 : f32
                %v338 = arith.mulf %v337, %v285 fastmath<contract> : f32
                %v339 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v338) : (f32) -> f32
                %v340 = arith.addf %v77, %v339 fastmath<contract> : f32
                %v341 = arith.divf %v77, %v340 : f32
                %v342 = arith.subf %v77, %v341 fastmath<contract> : f32
                %v343 = arith.mulf %v330, %v342 fastmath<contract> : f32
                %v344 = arith.addf %v77, %v343 fastmath<contract> : f32
                %v345 = arith.mulf %v341, %v344 fastmath<contract> : f32
                %v346 = arith.negf %v281 : f32
                %v347 = arith.mulf %v346, %v285 fastmath<contract> : f32
                %v348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v347) : (f32) -> f32
                %v349 = arith.addf %v77, %v348 fastmath<contract> : f32
                %v350 = arith.divf %v77, %v349 : f32
                // the group's states, recomputed into registers
                %v351 = arith.subi %v200, %v263 : i64
                %v352 = arith.trunci %v351 : i64 to i32
                %v353 = arith.subi %size_L, %v2 : i64
                %v354 = arith.addi %v198, %v263 : i64
                %v355 = arith.subi %v353, %v354 : i64
                %v357 = arith.minsi %v355, %v356 : i64
                %v358 = arith.trunci %v357 : i64 to i32
                %v359 = arith.addi %v263, %v165 : i64
                %v361 = arith.cmpi slt, %v360, %v352 : i32
                %v362 = arith.cmpi eq, %v360, %v358 : i32
                %v364, %v365 = gpu.shuffle idx %v315, %v184, %v363 : f32
                %v366, %v367 = gpu.shuffle idx %v323, %v184, %v363 : f32
                %v368, %v369 = gpu.shuffle idx %v336, %v184, %v363 : f32
                %v370, %v371 = gpu.shuffle idx %v345, %v184, %v363 : f32
                %v372, %v373 = gpu.shuffle idx %v350, %v184, %v363 : f32
                %v374 = arith.addi %v198, %v359 : i64
                %v375 = arith.muli %v37, %v225 : i64
                %v376 = arith.subi %v374, %v198 : i64
                %v377 = arith.addi %v375, %v376 : i64
                %v378 = llvm.getelementptr %v75[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v379 = llvm.load %v378 : !llvm.ptr -> f32
                %v380 = arith.muli %v49, %v271 : i64
                %v381 = arith.muli %v47, %size_L : i64
                %v382 = arith.addi %v380, %v381 : i64
                %v383 = arith.subi %v220, %v374 : i64
                %v384 = arith.addi %v382, %v383 : i64
                %v385 = llvm.getelementptr %dy_y[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v386 = llvm.load %v385 : !llvm.ptr -> f32
                %v387 = arith.mulf %v368, %v386 fastmath<contract> : f32
                %v388 = arith.mulf %v379, %v387 fastmath<contract> : f32
                %v389 = llvm.load %v54 : !llvm.ptr -> f32
                %v390 = llvm.load %v58 : !llvm.ptr -> f32
                %v391 = arith.mulf %v390, %v389 fastmath<contract> : f32
                %v392 = arith.addf %v388, %v391 fastmath<contract> : f32
                llvm.store %v392, %v54 : f32, !llvm.ptr
                %v393 = llvm.load %v78 : !llvm.ptr -> f32
                %v394 = arith.mulf %v393, %v390 fastmath<contract> : f32
                llvm.store %v394, %v78 : f32, !llvm.ptr
                %v395 = arith.constant 4 : i64
                %v396 = arith.addi %v395, %v37 : i64
                %v397 = arith.muli %v396, %v225 : i64
                %v398 = arith.subi %v374, %v198 : i64
                %v399 = arith.addi %v397, %v398 : i64
                %v400 = llvm.getelementptr %v75[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v401 = llvm.load %v400 : !llvm.ptr -> f32
                %v402 = arith.mulf %v401, %v387 fastmath<contract> : f32
                %v403 = llvm.load %v55 : !llvm.ptr -> f32
                %v404 = llvm.load %v59 : !llvm.ptr -> f32
                %v405 = arith.mulf %v404, %v403 fastmath<contract> : f32
                %v406 = arith.addf %v402, %v405 fastmath<contract> : f32
                llvm.store %v406, %v55 : f32, !llvm.ptr
                %v407 = llvm.load %v79 : !llvm.ptr -> f32
                %v408 = arith.mulf %v407, %v404 fastmath<contract> : f32
                llvm.store %v408, %v79 : f32, !llvm.ptr
                %v409 = arith.constant 8 : i64
                %v410 = arith.addi %v409, %v37 : i64
                %v411 = arith.muli %v410, %v225 : i64
                %v412 = arith.subi %v374, %v198 : i64
                %v413 = arith.addi %v411, %v412 : i64
                %v414 = llvm.getelementptr %v75[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v415 = llvm.load %v414 : !llvm.ptr -> f32
                %v416 = arith.mulf %v415, %v387 fastmath<contract> : f32
                %v417 = llvm.load %v56 : !llvm.ptr -> f32
                %v418 = llvm.load %v60 : !llvm.ptr -> f32
                %v419 = arith.mulf %v418, %v417 fastmath<contract> : f32
                %v420 = arith.addf %v416, %v419 fastmath<contract> : f32
                llvm.store %v420, %v56 : f32, !llvm.ptr
                %v421 = llvm.load %v80 : !llvm.ptr -> f32
                %v422 = arith.mulf %v421, %v418 fastmath<contract> : f32
                llvm.store %v422, %v80 : f32, !llvm.ptr
                %v423 = arith.constant 12 : i64
                %v424 = arith.addi %v423, %v37 : i64
                %v425 = arith.muli %v424, %v225 : i64
                %v426 = arith.subi %v374, %v198 : i64
                %v427 = arith.addi %v425, %v426 : i64
                %v428 = llvm.getelementptr %v75[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v429 = llvm.load %v428 : !llvm.ptr -> f32
                %v430 = arith.mulf %v429, %v387 fastmath<contract> : f32
                %v431 = llvm.load %v57 : !llvm.ptr -> f32
                %v432 = llvm.load %v61 : !llvm.ptr -> f32
                %v433 = arith.mulf %v432, %v431 fastmath<contract> : f32
                %v434 = arith.addf %v430, %v433 fastmath<contract> : f32
                llvm.store %v434, %v57 : f32, !llvm.ptr
                %v435 = llvm.load %v81 : !llvm.ptr -> f32
                %v436 = arith.mulf %v435, %v432 fastmath<contract> : f32
                llvm.store %v436, %v81 : f32, !llvm.ptr
                scf.if %v362 {
                  %v437 = arith.muli %v49, %v84 : i64
                  %v438 = arith.muli %v47, %v1 : i64
                  %v439 = arith.addi %v437, %v438 : i64
                  %v440 = arith.addi %v439, %v37 : i64
                  %v441 = llvm.getelementptr %dy_h_first[%v440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v442 = llvm.load %v441 : !llvm.ptr -> f32
                  %v443 = llvm.load %v54 : !llvm.ptr -> f32
                  %v444 = arith.addf %v443, %v442 fastmath<contract> : f32
                  llvm.store %v444, %v54 : f32, !llvm.ptr
                  %v445 = arith.muli %v49, %v84 : i64
                  %v446 = arith.muli %v47, %v1 : i64
                  %v447 = arith.addi %v445, %v446 : i64
                  %v448 = arith.constant 4 : i64
                  %v449 = arith.addi %v448, %v37 : i64
                  %v450 = arith.addi %v447, %v449 : i64
                  %v451 = llvm.getelementptr %dy_h_first[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v452 = llvm.load %v451 : !llvm.ptr -> f32
                  %v453 = llvm.load %v55 : !llvm.ptr -> f32
                  %v454 = arith.addf %v453, %v452 fastmath<contract> : f32
                  llvm.store %v454, %v55 : f32, !llvm.ptr
                  %v455 = arith.muli %v49, %v84 : i64
                  %v456 = arith.muli %v47, %v1 : i64
                  %v457 = arith.addi %v455, %v456 : i64
                  %v458 = arith.constant 8 : i64
                  %v459 = arith.addi %v458, %v37 : i64
                  %v460 = arith.addi %v457, %v459 : i64
                  %v461 = llvm.getelementptr %dy_h_first[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v462 = llvm.load %v461 : !llvm.ptr -> f32
                  %v463 = llvm.load %v56 : !llvm.ptr -> f32
                  %v464 = arith.addf %v463, %v462 fastmath<contract> : f32
                  llvm.store %v464, %v56 : f32, !llvm.ptr
                  %v465 = arith.muli %v49, %v84 : i64
                  %v466 = arith.muli %v47, %v1 : i64
                  %v467 = arith.addi %v465, %v466 : i64
                  %v468 = arith.constant 12 : i64
                  %v469 = arith.addi %v468, %v37 : i64
                  %v470 = arith.addi %v467, %v469 : i64
                  %v471 = llvm.getelementptr %dy_h_first[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v472 = llvm.load %v471 : !llvm.ptr -> f32
                  %v473 = llvm.load %v57 : !llvm.ptr -> f32
                  %v474 = arith.addf %v473, %v472 fastmath<contract> : f32
                  llvm.store %v474, %v57 : f32, !llvm.ptr
                }
                %v480 = arith.mulf %v364, %v479 fastmath<contract> : f32
                %v481 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v480) : (f32) -> f32
                llvm.store %v481, %v58 : f32, !llvm.ptr
                %v489 = arith.mulf %v364, %v488 fastmath<contract> : f32
                %v490 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v489) : (f32) -> f32
                llvm.store %v490, %v59 : f32, !llvm.ptr
                %v498 = arith.mulf %v364, %v497 fastmath<contract> : f32
                %v499 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v498) : (f32) -> f32
                llvm.store %v499, %v60 : f32, !llvm.ptr
                %v507 = arith.mulf %v364, %v506 fastmath<contract> : f32
                %v508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v507) : (f32) -> f32
                llvm.store %v508, %v61 : f32, !llvm.ptr
                %v510 = arith.addi %v263, %v509 : i64
                %v512 = arith.cmpi slt, %v511, %v352 : i32
                %v513 = arith.cmpi eq, %v511, %v358 : i32
                %v514, %v515 = gpu.shuffle idx %v315, %v180, %v363 : f32
                %v516, %v517 = gpu.shuffle idx %v323, %v180, %v363 : f32
                %v518, %v519 = gpu.shuffle idx %v336, %v180, %v363 : f32
                %v520, %v521 = gpu.shuffle idx %v345, %v180, %v363 : f32
                %v522, %v523 = gpu.shuffle idx %v350, %v180, %v363 : f32
                %v524 = arith.addi %v198, %v510 : i64
                %v525 = arith.muli %v37, %v225 : i64
                %v526 = arith.subi %v524, %v198 : i64
                %v527 = arith.addi %v525, %v526 : i64
                %v528 = llvm.getelementptr %v75[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v529 = llvm.load %v528 : !llvm.ptr -> f32
                %v530 = arith.muli %v49, %v271 : i64
                %v531 = arith.muli %v47, %size_L : i64
                %v532 = arith.addi %v530, %v531 : i64
                %v533 = arith.subi %v220, %v524 : i64
                %v534 = arith.addi %v532, %v533 : i64
                %v535 = llvm.getelementptr %dy_y[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v536 = llvm.load %v535 : !llvm.ptr -> f32
                %v537 = arith.mulf %v518, %v536 fastmath<contract> : f32
                %v538 = arith.mulf %v529, %v537 fastmath<contract> : f32
                %v539 = llvm.load %v54 : !llvm.ptr -> f32
                %v540 = llvm.load %v58 : !llvm.ptr -> f32
                %v541 = arith.mulf %v540, %v539 fastmath<contract> : f32
                %v542 = arith.addf %v538, %v541 fastmath<contract> : f32
                llvm.store %v542, %v54 : f32, !llvm.ptr
                %v543 = llvm.load %v78 : !llvm.ptr -> f32
                %v544 = arith.mulf %v543, %v540 fastmath<contract> : f32
                llvm.store %v544, %v78 : f32, !llvm.ptr
                %v545 = arith.constant 4 : i64
                %v546 = arith.addi %v545, %v37 : i64
                %v547 = arith.muli %v546, %v225 : i64
                %v548 = arith.subi %v524, %v198 : i64
                %v549 = arith.addi %v547, %v548 : i64
                %v550 = llvm.getelementptr %v75[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v551 = llvm.load %v550 : !llvm.ptr -> f32
                %v552 = arith.mulf %v551, %v537 fastmath<contract> : f32
                %v553 = llvm.load %v55 : !llvm.ptr -> f32
                %v554 = llvm.load %v59 : !llvm.ptr -> f32
                %v555 = arith.mulf %v554, %v553 fastmath<contract> : f32
                %v556 = arith.addf %v552, %v555 fastmath<contract> : f32
                llvm.store %v556, %v55 : f32, !llvm.ptr
                %v557 = llvm.load %v79 : !llvm.ptr -> f32
                %v558 = arith.mulf %v557, %v554 fastmath<contract> : f32
                llvm.store %v558, %v79 : f32, !llvm.ptr
                %v559 = arith.constant 8 : i64
                %v560 = arith.addi %v559, %v37 : i64
                %v561 = arith.muli %v560, %v225 : i64
                %v562 = arith.subi %v524, %v198 : i64
                %v563 = arith.addi %v561, %v562 : i64
                %v564 = llvm.getelementptr %v75[%v563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v565 = llvm.load %v564 : !llvm.ptr -> f32
                %v566 = arith.mulf %v565, %v537 fastmath<contract> : f32
                %v567 = llvm.load %v56 : !llvm.ptr -> f32
                %v568 = llvm.load %v60 : !llvm.ptr -> f32
                %v569 = arith.mulf %v568, %v567 fastmath<contract> : f32
                %v570 = arith.addf %v566, %v569 fastmath<contract> : f32
                llvm.store %v570, %v56 : f32, !llvm.ptr
                %v571 = llvm.load %v80 : !llvm.ptr -> f32
                %v572 = arith.mulf %v571, %v568 fastmath<contract> : f32
                llvm.store %v572, %v80 : f32, !llvm.ptr
                %v573 = arith.constant 12 : i64
                %v574 = arith.addi %v573, %v37 : i64
                %v575 = arith.muli %v574, %v225 : i64
                %v576 = arith.subi %v524, %v198 : i64
                %v577 = arith.addi %v575, %v576 : i64
                %v578 = llvm.getelementptr %v75[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v579 = llvm.load %v578 : !llvm.ptr -> f32
                %v580 = arith.mulf %v579, %v537 fastmath<contract> : f32
                %v581 = llvm.load %v57 : !llvm.ptr -> f32
                %v582 = llvm.load %v61 : !llvm.ptr -> f32
                %v583 = arith.mulf %v582, %v581 fastmath<contract> : f32
                %v584 = arith.addf %v580, %v583 fastmath<contract> : f32
                llvm.store %v584, %v57 : f32, !llvm.ptr
                %v585 = llvm.load %v81 : !llvm.ptr -> f32
                %v586 = arith.mulf %v585, %v582 fastmath<contract> : f32
                llvm.store %v586, %v81 : f32, !llvm.ptr
                scf.if %v513 {
                  %v587 = arith.muli %v49, %v84 : i64
                  %v588 = arith.muli %v47, %v1 : i64
                  %v589 = arith.addi %v587, %v588 : i64
                  %v590 = arith.addi %v589, %v37 : i64
                  %v591 = llvm.getelementptr %dy_h_first[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v592 = llvm.load %v591 : !llvm.ptr -> f32
                  %v593 = llvm.load %v54 : !llvm.ptr -> f32
                  %v594 = arith.addf %v593, %v592 fastmath<contract> : f32
                  llvm.store %v594, %v54 : f32, !llvm.ptr
                  %v595 = arith.muli %v49, %v84 : i64
                  %v596 = arith.muli %v47, %v1 : i64
                  %v597 = arith.addi %v595, %v596 : i64
                  %v598 = arith.constant 4 : i64
                  %v599 = arith.addi %v598, %v37 : i64
                  %v600 = arith.addi %v597, %v599 : i64
                  %v601 = llvm.getelementptr %dy_h_first[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v602 = llvm.load %v601 : !llvm.ptr -> f32
                  %v603 = llvm.load %v55 : !llvm.ptr -> f32
                  %v604 = arith.addf %v603, %v602 fastmath<contract> : f32
                  llvm.store %v604, %v55 : f32, !llvm.ptr
                  %v605 = arith.muli %v49, %v84 : i64
                  %v606 = arith.muli %v47, %v1 : i64
                  %v607 = arith.addi %v605, %v606 : i64
                  %v608 = arith.constant 8 : i64
                  %v609 = arith.addi %v608, %v37 : i64
                  %v610 = arith.addi %v607, %v609 : i64
                  %v611 = llvm.getelementptr %dy_h_first[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v612 = llvm.load %v611 : !llvm.ptr -> f32
                  %v613 = llvm.load %v56 : !llvm.ptr -> f32
                  %v614 = arith.addf %v613, %v612 fastmath<contract> : f32
                  llvm.store %v614, %v56 : f32, !llvm.ptr
                  %v615 = arith.muli %v49, %v84 : i64
                  %v616 = arith.muli %v47, %v1 : i64
                  %v617 = arith.addi %v615, %v616 : i64
                  %v618 = arith.constant 12 : i64
                  %v619 = arith.addi %v618, %v37 : i64
                  %v620 = arith.addi %v617, %v619 : i64
                  %v621 = llvm.getelementptr %dy_h_first[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v622 = llvm.load %v621 : !llvm.ptr -> f32
                  %v623 = llvm.load %v57 : !llvm.ptr -> f32
                  %v624 = arith.addf %v623, %v622 fastmath<contract> : f32
                  llvm.store %v624, %v57 : f32, !llvm.ptr
                }
                %v626 = arith.mulf %v514, %v625 fastmath<contract> : f32
                %v627 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v626) : (f32) -> f32
                llvm.store %v627, %v58 : f32, !llvm.ptr
                %v629 = arith.mulf %v514, %v628 fastmath<contract> : f32
                %v630 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v629) : (f32) -> f32
                llvm.store %v630, %v59 : f32, !llvm.ptr
                %v632 = arith.mulf %v514, %v631 fastmath<contract> : f32
                %v633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v632) : (f32) -> f32
                llvm.store %v633, %v60 : f32, !llvm.ptr
                %v635 = arith.mulf %v514, %v634 fastmath<contract> : f32
                %v636 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v635) : (f32) -> f32
                llvm.store %v636, %v61 : f32, !llvm.ptr
                %v637 = arith.addi %v263, %v2 : i64
                %v639 = arith.cmpi slt, %v638, %v352 : i32
                %v640 = arith.cmpi eq, %v638, %v358 : i32
                %v641, %v642 = gpu.shuffle idx %v315, %v176, %v363 : f32
                %v643, %v644 = gpu.shuffle idx %v323, %v176, %v363 : f32
                %v645, %v646 = gpu.shuffle idx %v336, %v176, %v363 : f32
                %v647, %v648 = gpu.shuffle idx %v345, %v176, %v363 : f32
                %v649, %v650 = gpu.shuffle idx %v350, %v176, %v363 : f32
                %v651 = arith.addi %v198, %v637 : i64
                %v652 = arith.muli %v37, %v225 : i64
                %v653 = arith.subi %v651, %v198 : i64
                %v654 = arith.addi %v652, %v653 : i64
                %v655 = llvm.getelementptr %v75[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v656 = llvm.load %v655 : !llvm.ptr -> f32
                %v657 = arith.muli %v49, %v271 : i64
                %v658 = arith.muli %v47, %size_L : i64
                %v659 = arith.addi %v657, %v658 : i64
                %v660 = arith.subi %v220, %v651 : i64
                %v661 = arith.addi %v659, %v660 : i64
                %v662 = llvm.getelementptr %dy_y[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v663 = llvm.load %v662 : !llvm.ptr -> f32
                %v664 = arith.mulf %v645, %v663 fastmath<contract> : f32
                %v665 = arith.mulf %v656, %v664 fastmath<contract> : f32
                %v666 = llvm.load %v54 : !llvm.ptr -> f32
                %v667 = llvm.load %v58 : !llvm.ptr -> f32
                %v668 = arith.mulf %v667, %v666 fastmath<contract> : f32
                %v669 = arith.addf %v665, %v668 fastmath<contract> : f32
                llvm.store %v669, %v54 : f32, !llvm.ptr
                %v670 = llvm.load %v78 : !llvm.ptr -> f32
                %v671 = arith.mulf %v670, %v667 fastmath<contract> : f32
                llvm.store %v671, %v78 : f32, !llvm.ptr
                %v672 = arith.constant 4 : i64
                %v673 = arith.addi %v672, %v37 : i64
                %v674 = arith.muli %v673, %v225 : i64
                %v675 = arith.subi %v651, %v198 : i64
                %v676 = arith.addi %v674, %v675 : i64
                %v677 = llvm.getelementptr %v75[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v678 = llvm.load %v677 : !llvm.ptr -> f32
                %v679 = arith.mulf %v678, %v664 fastmath<contract> : f32
                %v680 = llvm.load %v55 : !llvm.ptr -> f32
                %v681 = llvm.load %v59 : !llvm.ptr -> f32
                %v682 = arith.mulf %v681, %v680 fastmath<contract> : f32
                %v683 = arith.addf %v679, %v682 fastmath<contract> : f32
                llvm.store %v683, %v55 : f32, !llvm.ptr
                %v684 = llvm.load %v79 : !llvm.ptr -> f32
                %v685 = arith.mulf %v684, %v681 fastmath<contract> : f32
                llvm.store %v685, %v79 : f32, !llvm.ptr
                %v686 = arith.constant 8 : i64
                %v687 = arith.addi %v686, %v37 : i64
                %v688 = arith.muli %v687, %v225 : i64
                %v689 = arith.subi %v651, %v198 : i64
                %v690 = arith.addi %v688, %v689 : i64
                %v691 = llvm.getelementptr %v75[%v690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v692 = llvm.load %v691 : !llvm.ptr -> f32
                %v693 = arith.mulf %v692, %v664 fastmath<contract> : f32
                %v694 = llvm.load %v56 : !llvm.ptr -> f32
                %v695 = llvm.load %v60 : !llvm.ptr -> f32
                %v696 = arith.mulf %v695, %v694 fastmath<contract> : f32
                %v697 = arith.addf %v693, %v696 fastmath<contract> : f32
                llvm.store %v697, %v56 : f32, !llvm.ptr
                %v698 = llvm.load %v80 : !llvm.ptr -> f32
                %v699 = arith.mulf %v698, %v695 fastmath<contract> : f32
                llvm.store %v699, %v80 : f32, !llvm.ptr
                %v700 = arith.constant 12 : i64
                %v701 = arith.addi %v700, %v37 : i64
                %v702 = arith.muli %v701, %v225 : i64
                %v703 = arith.subi %v651, %v198 : i64
                %v704 = arith.addi %v702, %v703 : i64
                %v705 = llvm.getelementptr %v75[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v706 = llvm.load %v705 : !llvm.ptr -> f32
                %v707 = arith.mulf %v706, %v664 fastmath<contract> : f32
                %v708 = llvm.load %v57 : !llvm.ptr -> f32
                %v709 = llvm.load %v61 : !llvm.ptr -> f32
                %v710 = arith.mulf %v709, %v708 fastmath<contract> : f32
                %v711 = arith.addf %v707, %v710 fastmath<contract> : f32
                llvm.store %v711, %v57 : f32, !llvm.ptr
                %v712 = llvm.load %v81 : !llvm.ptr -> f32
                %v713 = arith.mulf %v712, %v709 fastmath<contract> : f32
                llvm.store %v713, %v81 : f32, !llvm.ptr
                scf.if %v640 {
                  %v714 = arith.muli %v49, %v84 : i64
                  %v715 = arith.muli %v47, %v1 : i64
                  %v716 = arith.addi %v714, %v715 : i64
                  %v717 = arith.addi %v716, %v37 : i64
                  %v718 = llvm.getelementptr %dy_h_first[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v719 = llvm.load %v718 : !llvm.ptr -> f32
                  %v720 = llvm.load %v54 : !llvm.ptr -> f32
                  %v721 = arith.addf %v720, %v719 fastmath<contract> : f32
                  llvm.store %v721, %v54 : f32, !llvm.ptr
                  %v722 = arith.muli %v49, %v84 : i64
                  %v723 = arith.muli %v47, %v1 : i64
                  %v724 = arith.addi %v722, %v723 : i64
                  %v725 = arith.constant 4 : i64
                  %v726 = arith.addi %v725, %v37 : i64
                  %v727 = arith.addi %v724, %v726 : i64
                  %v728 = llvm.getelementptr %dy_h_first[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v729 = llvm.load %v728 : !llvm.ptr -> f32
                  %v730 = llvm.load %v55 : !llvm.ptr -> f32
                  %v731 = arith.addf %v730, %v729 fastmath<contract> : f32
                  llvm.store %v731, %v55 : f32, !llvm.ptr
                  %v732 = arith.muli %v49, %v84 : i64
                  %v733 = arith.muli %v47, %v1 : i64
                  %v734 = arith.addi %v732, %v733 : i64
                  %v735 = arith.constant 8 : i64
                  %v736 = arith.addi %v735, %v37 : i64
                  %v737 = arith.addi %v734, %v736 : i64
                  %v738 = llvm.getelementptr %dy_h_first[%v737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v739 = llvm.load %v738 : !llvm.ptr -> f32
                  %v740 = llvm.load %v56 : !llvm.ptr -> f32
                  %v741 = arith.addf %v740, %v739 fastmath<contract> : f32
                  llvm.store %v741, %v56 : f32, !llvm.ptr
                  %v742 = arith.muli %v49, %v84 : i64
                  %v743 = arith.muli %v47, %v1 : i64
                  %v744 = arith.addi %v742, %v743 : i64
                  %v745 = arith.constant 12 : i64
                  %v746 = arith.addi %v745, %v37 : i64
                  %v747 = arith.addi %v744, %v746 : i64
                  %v748 = llvm.getelementptr %dy_h_first[%v747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v749 = llvm.load %v748 : !llvm.ptr -> f32
                  %v750 = llvm.load %v57 : !llvm.ptr -> f32
                  %v751 = arith.addf %v750, %v749 fastmath<contract> : f32
                  llvm.store %v751, %v57 : f32, !llvm.ptr
                }
                %v753 = arith.mulf %v641, %v752 fastmath<contract> : f32
                %v754 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v753) : (f32) -> f32
                llvm.store %v754, %v58 : f32, !llvm.ptr
                %v756 = arith.mulf %v641, %v755 fastmath<contract> : f32
                %v757 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v756) : (f32) -> f32
                llvm.store %v757, %v59 : f32, !llvm.ptr
                %v759 = arith.mulf %v641, %v758 fastmath<contract> : f32
                %v760 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v759) : (f32) -> f32
                llvm.store %v760, %v60 : f32, !llvm.ptr
                %v762 = arith.mulf %v641, %v761 fastmath<contract> : f32
                %v763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v762) : (f32) -> f32
                llvm.store %v763, %v61 : f32, !llvm.ptr
                %v765 = arith.cmpi slt, %v764, %v352 : i32
                %v766 = arith.cmpi eq, %v764, %v358 : i32
                %v767, %v768 = gpu.shuffle idx %v315, %v172, %v363 : f32
                %v769, %v770 = gpu.shuffle idx %v323, %v172, %v363 : f32
                %v771, %v772 = gpu.shuffle idx %v336, %v172, %v363 : f32
                %v773, %v774 = gpu.shuffle idx %v345, %v172, %v363 : f32
                %v775, %v776 = gpu.shuffle idx %v350, %v172, %v363 : f32
                %v777 = arith.addi %v198, %v263 : i64
                %v778 = arith.muli %v37, %v225 : i64
                %v779 = arith.subi %v777, %v198 : i64
                %v780 = arith.addi %v778, %v779 : i64
                %v781 = llvm.getelementptr %v75[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v782 = llvm.load %v781 : !llvm.ptr -> f32
                %v783 = arith.muli %v49, %v271 : i64
                %v784 = arith.muli %v47, %size_L : i64
                %v785 = arith.addi %v783, %v784 : i64
                %v786 = arith.subi %v220, %v777 : i64
                %v787 = arith.addi %v785, %v786 : i64
                %v788 = llvm.getelementptr %dy_y[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v789 = llvm.load %v788 : !llvm.ptr -> f32
                %v790 = arith.mulf %v771, %v789 fastmath<contract> : f32
                %v791 = arith.mulf %v782, %v790 fastmath<contract> : f32
                %v792 = llvm.load %v54 : !llvm.ptr -> f32
                %v793 = llvm.load %v58 : !llvm.ptr -> f32
                %v794 = arith.mulf %v793, %v792 fastmath<contract> : f32
                %v795 = arith.addf %v791, %v794 fastmath<contract> : f32
                llvm.store %v795, %v54 : f32, !llvm.ptr
                %v796 = llvm.load %v78 : !llvm.ptr -> f32
                %v797 = arith.mulf %v796, %v793 fastmath<contract> : f32
                llvm.store %v797, %v78 : f32, !llvm.ptr
                %v798 = arith.constant 4 : i64
                %v799 = arith.addi %v798, %v37 : i64
                %v800 = arith.muli %v799, %v225 : i64
                %v801 = arith.subi %v777, %v198 : i64
                %v802 = arith.addi %v800, %v801 : i64
                %v803 = llvm.getelementptr %v75[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v804 = llvm.load %v803 : !llvm.ptr -> f32
                %v805 = arith.mulf %v804, %v790 fastmath<contract> : f32
                %v806 = llvm.load %v55 : !llvm.ptr -> f32
                %v807 = llvm.load %v59 : !llvm.ptr -> f32
                %v808 = arith.mulf %v807, %v806 fastmath<contract> : f32
                %v809 = arith.addf %v805, %v808 fastmath<contract> : f32
                llvm.store %v809, %v55 : f32, !llvm.ptr
                %v810 = llvm.load %v79 : !llvm.ptr -> f32
                %v811 = arith.mulf %v810, %v807 fastmath<contract> : f32
                llvm.store %v811, %v79 : f32, !llvm.ptr
                %v812 = arith.constant 8 : i64
                %v813 = arith.addi %v812, %v37 : i64
                %v814 = arith.muli %v813, %v225 : i64
                %v815 = arith.subi %v777, %v198 : i64
                %v816 = arith.addi %v814, %v815 : i64
                %v817 = llvm.getelementptr %v75[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v818 = llvm.load %v817 : !llvm.ptr -> f32
                %v819 = arith.mulf %v818, %v790 fastmath<contract> : f32
                %v820 = llvm.load %v56 : !llvm.ptr -> f32
                %v821 = llvm.load %v60 : !llvm.ptr -> f32
                %v822 = arith.mulf %v821, %v820 fastmath<contract> : f32
                %v823 = arith.addf %v819, %v822 fastmath<contract> : f32
                llvm.store %v823, %v56 : f32, !llvm.ptr
                %v824 = llvm.load %v80 : !llvm.ptr -> f32
                %v825 = arith.mulf %v824, %v821 fastmath<contract> : f32
                llvm.store %v825, %v80 : f32, !llvm.ptr
                %v826 = arith.constant 12 : i64
                %v827 = arith.addi %v826, %v37 : i64
                %v828 = arith.muli %v827, %v225 : i64
                %v829 = arith.subi %v777, %v198 : i64
                %v830 = arith.addi %v828, %v829 : i64
                %v831 = llvm.getelementptr %v75[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v832 = llvm.load %v831 : !llvm.ptr -> f32
                %v833 = arith.mulf %v832, %v790 fastmath<contract> : f32
                %v834 = llvm.load %v57 : !llvm.ptr -> f32
                %v835 = llvm.load %v61 : !llvm.ptr -> f32
                %v836 = arith.mulf %v835, %v834 fastmath<contract> : f32
                %v837 = arith.addf %v833, %v836 fastmath<contract> : f32
                llvm.store %v837, %v57 : f32, !llvm.ptr
                %v838 = llvm.load %v81 : !llvm.ptr -> f32
                %v839 = arith.mulf %v838, %v835 fastmath<contract> : f32
                llvm.store %v839, %v81 : f32, !llvm.ptr
                scf.if %v766 {
                  %v840 = arith.muli %v49, %v84 : i64
                  %v841 = arith.muli %v47, %v1 : i64
                  %v842 = arith.addi %v840, %v841 : i64
                  %v843 = arith.addi %v842, %v37 : i64
                  %v844 = llvm.getelementptr %dy_h_first[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v845 = llvm.load %v844 : !llvm.ptr -> f32
                  %v846 = llvm.load %v54 : !llvm.ptr -> f32
                  %v847 = arith.addf %v846, %v845 fastmath<contract> : f32
                  llvm.store %v847, %v54 : f32, !llvm.ptr
                  %v848 = arith.muli %v49, %v84 : i64
                  %v849 = arith.muli %v47, %v1 : i64
                  %v850 = arith.addi %v848, %v849 : i64
                  %v851 = arith.constant 4 : i64
                  %v852 = arith.addi %v851, %v37 : i64
                  %v853 = arith.addi %v850, %v852 : i64
                  %v854 = llvm.getelementptr %dy_h_first[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v855 = llvm.load %v854 : !llvm.ptr -> f32
                  %v856 = llvm.load %v55 : !llvm.ptr -> f32
                  %v857 = arith.addf %v856, %v855 fastmath<contract> : f32
                  llvm.store %v857, %v55 : f32, !llvm.ptr
                  %v858 = arith.muli %v49, %v84 : i64
                  %v859 = arith.muli %v47, %v1 : i64
                  %v860 = arith.addi %v858, %v859 : i64
                  %v861 = arith.constant 8 : i64
                  %v862 = arith.addi %v861, %v37 : i64
                  %v863 = arith.addi %v860, %v862 : i64
                  %v864 = llvm.getelementptr %dy_h_first[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v865 = llvm.load %v864 : !llvm.ptr -> f32
                  %v866 = llvm.load %v56 : !llvm.ptr -> f32
                  %v867 = arith.addf %v866, %v865 fastmath<contract> : f32
                  llvm.store %v867, %v56 : f32, !llvm.ptr
                  %v868 = arith.muli %v49, %v84 : i64
                  %v869 = arith.muli %v47, %v1 : i64
                  %v870 = arith.addi %v868, %v869 : i64
                  %v871 = arith.constant 12 : i64
                  %v872 = arith.addi %v871, %v37 : i64
                  %v873 = arith.addi %v870, %v872 : i64
                  %v874 = llvm.getelementptr %dy_h_first[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v875 = llvm.load %v874 : !llvm.ptr -> f32
                  %v876 = llvm.load %v57 : !llvm.ptr -> f32
                  %v877 = arith.addf %v876, %v875 fastmath<contract> : f32
                  llvm.store %v877, %v57 : f32, !llvm.ptr
                }
                %v879 = arith.mulf %v767, %v878 fastmath<contract> : f32
                %v880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v879) : (f32) -> f32
                llvm.store %v880, %v58 : f32, !llvm.ptr
                %v882 = arith.mulf %v767, %v881 fastmath<contract> : f32
                %v883 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v882) : (f32) -> f32
                llvm.store %v883, %v59 : f32, !llvm.ptr
                %v885 = arith.mulf %v767, %v884 fastmath<contract> : f32
                %v886 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v885) : (f32) -> f32
                llvm.store %v886, %v60 : f32, !llvm.ptr
                %v888 = arith.mulf %v767, %v887 fastmath<contract> : f32
                %v889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v888) : (f32) -> f32
                llvm.store %v889, %v61 : f32, !llvm.ptr
              } else {
                %v890 = arith.subi %v200, %v2 : i64
                %v891 = arith.addi %v263, %v37 : i64
                %v892 = arith.minsi %v891, %v890 : i64
                %v893 = arith.addi %v198, %v892 : i64
                %v894 = arith.muli %v49, %v271 : i64
                %v895 = arith.muli %v47, %size_L : i64
                %v896 = arith.addi %v894, %v895 : i64
                %v897 = arith.subi %v220, %v893 : i64
                %v898 = arith.addi %v896, %v897 : i64
                %v899 = llvm.getelementptr %in_delta[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v900 = llvm.load %v899 : !llvm.ptr -> f32
                %v901 = arith.addf %v900, %v280 fastmath<contract> : f32
                %v902 = arith.maximumf %v901, %v76 : f32
                %v903 = llvm.call_intrinsic "llvm.fabs.f32"(%v901) : (f32) -> f32
                %v904 = arith.negf %v903 : f32
                %v905 = arith.mulf %v904, %v285 fastmath<contract> : f32
                %v906 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v905) : (f32) -> f32
                %v907 = arith.addf %v77, %v906 fastmath<contract> : f32
                %v908 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v907) : (f32) -> f32
                %v909 = arith.mulf %v908, %v290 fastmath<contract> : f32
                %v910 = arith.mulf %v292, %v906 fastmath<contract> : f32
                %v911 = arith.addf %v910, %v294 fastmath<contract> : f32
                %v912 = arith.mulf %v911, %v906 fastmath<contract> : f32
                %v913 = arith.addf %v912, %v297 fastmath<contract> : f32
                %v914 = arith.mulf %v913, %v906 fastmath<contract> : f32
                %v915 = arith.addf %v914, %v300 fastmath<contract> : f32
                %v916 = arith.mulf %v915, %v906 fastmath<contract> : f32
                %v917 = arith.addf %v916, %v303 fastmath<contract> : f32
                %v918 = arith.mulf %v917, %v906 fastmath<contract> : f32
                %v919 = arith.addf %v918, %v306 fastmath<contract> : f32
                %v920 = arith.mulf %v919, %v906 fastmath<contract> : f32
                %v921 = arith.addf %v920, %v77 fastmath<contract> : f32
                %v922 = arith.mulf %v921, %v906 fastmath<contract> : f32
                %v923 = llvm.call_intrinsic "llvm.fabs.f32"(%v906) : (f32) -> f32
                %v924 = arith.cmpf olt, %v923, %v312 : f32
                %v925 = arith.select %v924, %v922, %v909 : f32
                %v926 = arith.addf %v902, %v925 fastmath<contract> : f32
                %v927 = arith.muli %v49, %v271 : i64
                %v928 = arith.muli %v47, %size_L : i64
                %v929 = arith.addi %v927, %v928 : i64
                %v930 = arith.subi %v220, %v893 : i64
                %v931 = arith.addi %v929, %v930 : i64
                %v932 = llvm.getelementptr %in_u[%v931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v933 = llvm.load %v932 : !llvm.ptr -> f32
                %v934 = arith.mulf %v926, %v933 fastmath<contract> : f32
                %v935 = arith.muli %v49, %v271 : i64
                %v936 = arith.muli %v47, %size_L : i64
                %v937 = arith.addi %v935, %v936 : i64
                %v938 = arith.subi %v220, %v893 : i64
                %v939 = arith.addi %v937, %v938 : i64
                %v940 = llvm.getelementptr %in_z[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v941 = llvm.load %v940 : !llvm.ptr -> f32
                %v942 = arith.negf %v941 : f32
                %v943 = arith.mulf %v942, %v285 fastmath<contract> : f32
                %v944 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v943) : (f32) -> f32
                %v945 = arith.addf %v77, %v944 fastmath<contract> : f32
                %v946 = arith.divf %v77, %v945 : f32
                %v947 = arith.mulf %v941, %v946 fastmath<contract> : f32
                %v948 = arith.negf %v941 : f32
                %v949 = arith.mulf %v948, %v285 fastmath<contract> : f32
                %v950 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v949) : (f32) -> f32
                %v951 = arith.addf %v77, %v950 fastmath<contract> : f32
                %v952 = arith.divf %v77, %v951 : f32
                %v953 = arith.subf %v77, %v952 fastmath<contract> : f32
                %v954 = arith.mulf %v941, %v953 fastmath<contract> : f32
                %v955 = arith.addf %v77, %v954 fastmath<contract> : f32
                %v956 = arith.mulf %v952, %v955 fastmath<contract> : f32
                %v957 = arith.negf %v901 : f32
                %v958 = arith.mulf %v957, %v285 fastmath<contract> : f32
                %v959 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v958) : (f32) -> f32
                %v960 = arith.addf %v77, %v959 fastmath<contract> : f32
                %v961 = arith.divf %v77, %v960 : f32
                // the group's states, recomputed into registers
                %v962 = arith.subi %v200, %v263 : i64
                %v963 = arith.trunci %v962 : i64 to i32
                %v964 = arith.subi %size_L, %v2 : i64
                %v965 = arith.addi %v198, %v263 : i64
                %v966 = arith.subi %v964, %v965 : i64
                %v967 = arith.minsi %v966, %v356 : i64
                %v968 = arith.trunci %v967 : i64 to i32
                %v969 = arith.addi %v263, %v165 : i64
                %v970 = arith.cmpi slt, %v360, %v963 : i32
                %v971 = arith.cmpi eq, %v360, %v968 : i32
                %v972, %v973 = gpu.shuffle idx %v926, %v184, %v363 : f32
                %v974, %v975 = gpu.shuffle idx %v934, %v184, %v363 : f32
                %v976, %v977 = gpu.shuffle idx %v947, %v184, %v363 : f32
                %v978, %v979 = gpu.shuffle idx %v956, %v184, %v363 : f32
                %v980, %v981 = gpu.shuffle idx %v961, %v184, %v363 : f32
                scf.if %v970 {
                  %v982 = arith.addi %v198, %v969 : i64
                  %v983 = arith.muli %v37, %v225 : i64
                  %v984 = arith.subi %v982, %v198 : i64
                  %v985 = arith.addi %v983, %v984 : i64
                  %v986 = llvm.getelementptr %v75[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v987 = llvm.load %v986 : !llvm.ptr -> f32
                  %v988 = arith.muli %v49, %v271 : i64
                  %v989 = arith.muli %v47, %size_L : i64
                  %v990 = arith.addi %v988, %v989 : i64
                  %v991 = arith.subi %v220, %v982 : i64
                  %v992 = arith.addi %v990, %v991 : i64
                  %v993 = llvm.getelementptr %dy_y[%v992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v994 = llvm.load %v993 : !llvm.ptr -> f32
                  %v995 = arith.mulf %v976, %v994 fastmath<contract> : f32
                  %v996 = arith.mulf %v987, %v995 fastmath<contract> : f32
                  %v997 = llvm.load %v54 : !llvm.ptr -> f32
                  %v998 = llvm.load %v58 : !llvm.ptr -> f32
                  %v999 = arith.mulf %v998, %v997 fastmath<contract> : f32
                  %v1000 = arith.addf %v996, %v999 fastmath<contract> : f32
                  llvm.store %v1000, %v54 : f32, !llvm.ptr
                  %v1001 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1002 = arith.mulf %v1001, %v998 fastmath<contract> : f32
                  llvm.store %v1002, %v78 : f32, !llvm.ptr
                  %v1003 = arith.constant 4 : i64
                  %v1004 = arith.addi %v1003, %v37 : i64
                  %v1005 = arith.muli %v1004, %v225 : i64
                  %v1006 = arith.subi %v982, %v198 : i64
                  %v1007 = arith.addi %v1005, %v1006 : i64
                  %v1008 = llvm.getelementptr %v75[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1009 = llvm.load %v1008 : !llvm.ptr -> f32
                  %v1010 = arith.mulf %v1009, %v995 fastmath<contract> : f32
                  %v1011 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1012 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1013 = arith.mulf %v1012, %v1011 fastmath<contract> : f32
                  %v1014 = arith.addf %v1010, %v1013 fastmath<contract> : f32
                  llvm.store %v1014, %v55 : f32, !llvm.ptr
                  %v1015 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1016 = arith.mulf %v1015, %v1012 fastmath<contract> : f32
                  llvm.store %v1016, %v79 : f32, !llvm.ptr
                  %v1017 = arith.constant 8 : i64
                  %v1018 = arith.addi %v1017, %v37 : i64
                  %v1019 = arith.muli %v1018, %v225 : i64
                  %v1020 = arith.subi %v982, %v198 : i64
                  %v1021 = arith.addi %v1019, %v1020 : i64
                  %v1022 = llvm.getelementptr %v75[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
                  %v1024 = arith.mulf %v1023, %v995 fastmath<contract> : f32
                  %v1025 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1026 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1027 = arith.mulf %v1026, %v1025 fastmath<contract> : f32
                  %v1028 = arith.addf %v1024, %v1027 fastmath<contract> : f32
                  llvm.store %v1028, %v56 : f32, !llvm.ptr
                  %v1029 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1030 = arith.mulf %v1029, %v1026 fastmath<contract> : f32
                  llvm.store %v1030, %v80 : f32, !llvm.ptr
                  %v1031 = arith.constant 12 : i64
                  %v1032 = arith.addi %v1031, %v37 : i64
                  %v1033 = arith.muli %v1032, %v225 : i64
                  %v1034 = arith.subi %v982, %v198 : i64
                  %v1035 = arith.addi %v1033, %v1034 : i64
                  %v1036 = llvm.getelementptr %v75[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1037 = llvm.load %v1036 : !llvm.ptr -> f32
                  %v1038 = arith.mulf %v1037, %v995 fastmath<contract> : f32
                  %v1039 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1040 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1041 = arith.mulf %v1040, %v1039 fastmath<contract> : f32
                  %v1042 = arith.addf %v1038, %v1041 fastmath<contract> : f32
                  llvm.store %v1042, %v57 : f32, !llvm.ptr
                  %v1043 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1044 = arith.mulf %v1043, %v1040 fastmath<contract> : f32
                  llvm.store %v1044, %v81 : f32, !llvm.ptr
                  scf.if %v971 {
                    %v1045 = arith.muli %v49, %v84 : i64
                    %v1046 = arith.muli %v47, %v1 : i64
                    %v1047 = arith.addi %v1045, %v1046 : i64
                    %v1048 = arith.addi %v1047, %v37 : i64
                    %v1049 = llvm.getelementptr %dy_h_first[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
                    %v1051 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1052 = arith.addf %v1051, %v1050 fastmath<contract> : f32
                    llvm.store %v1052, %v54 : f32, !llvm.ptr
                    %v1053 = arith.muli %v49, %v84 : i64
                    %v1054 = arith.muli %v47, %v1 : i64
                    %v1055 = arith.addi %v1053, %v1054 : i64
                    %v1056 = arith.constant 4 : i64
                    %v1057 = arith.addi %v1056, %v37 : i64
                    %v1058 = arith.addi %v1055, %v1057 : i64
                    %v1059 = llvm.getelementptr %dy_h_first[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
                    %v1061 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1062 = arith.addf %v1061, %v1060 fastmath<contract> : f32
                    llvm.store %v1062, %v55 : f32, !llvm.ptr
                    %v1063 = arith.muli %v49, %v84 : i64
                    %v1064 = arith.muli %v47, %v1 : i64
                    %v1065 = arith.addi %v1063, %v1064 : i64
                    %v1066 = arith.constant 8 : i64
                    %v1067 = arith.addi %v1066, %v37 : i64
                    %v1068 = arith.addi %v1065, %v1067 : i64
                    %v1069 = llvm.getelementptr %dy_h_first[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
                    %v1071 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1072 = arith.addf %v1071, %v1070 fastmath<contract> : f32
                    llvm.store %v1072, %v56 : f32, !llvm.ptr
                    %v1073 = arith.muli %v49, %v84 : i64
                    %v1074 = arith.muli %v47, %v1 : i64
                    %v1075 = arith.addi %v1073, %v1074 : i64
                    %v1076 = arith.constant 12 : i64
                    %v1077 = arith.addi %v1076, %v37 : i64
                    %v1078 = arith.addi %v1075, %v1077 : i64
                    %v1079 = llvm.getelementptr %dy_h_first[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
                    %v1081 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1082 = arith.addf %v1081, %v1080 fastmath<contract> : f32
                    llvm.store %v1082, %v57 : f32, !llvm.ptr
                  }
                  %v1084 = arith.mulf %v972, %v1083 fastmath<contract> : f32
                  %v1085 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1084) : (f32) -> f32
                  llvm.store %v1085, %v58 : f32, !llvm.ptr
                  %v1087 = arith.mulf %v972, %v1086 fastmath<contract> : f32
                  %v1088 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1087) : (f32) -> f32
                  llvm.store %v1088, %v59 : f32, !llvm.ptr
                  %v1090 = arith.mulf %v972, %v1089 fastmath<contract> : f32
                  %v1091 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1090) : (f32) -> f32
                  llvm.store %v1091, %v60 : f32, !llvm.ptr
                  %v1093 = arith.mulf %v972, %v1092 fastmath<contract> : f32
                  %v1094 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1093) : (f32) -> f32
                  llvm.store %v1094, %v61 : f32, !llvm.ptr
                }
                %v1095 = arith.addi %v263, %v509 : i64
                %v1096 = arith.cmpi slt, %v511, %v963 : i32
                %v1097 = arith.cmpi eq, %v511, %v968 : i32
                %v1098, %v1099 = gpu.shuffle idx %v926, %v180, %v363 : f32
                %v1100, %v1101 = gpu.shuffle idx %v934, %v180, %v363 : f32
                %v1102, %v1103 = gpu.shuffle idx %v947, %v180, %v363 : f32
                %v1104, %v1105 = gpu.shuffle idx %v956, %v180, %v363 : f32
                %v1106, %v1107 = gpu.shuffle idx %v961, %v180, %v363 : f32
                scf.if %v1096 {
                  %v1108 = arith.addi %v198, %v1095 : i64
                  %v1109 = arith.muli %v37, %v225 : i64
                  %v1110 = arith.subi %v1108, %v198 : i64
                  %v1111 = arith.addi %v1109, %v1110 : i64
                  %v1112 = llvm.getelementptr %v75[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
                  %v1114 = arith.muli %v49, %v271 : i64
                  %v1115 = arith.muli %v47, %size_L : i64
                  %v1116 = arith.addi %v1114, %v1115 : i64
                  %v1117 = arith.subi %v220, %v1108 : i64
                  %v1118 = arith.addi %v1116, %v1117 : i64
                  %v1119 = llvm.getelementptr %dy_y[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
                  %v1121 = arith.mulf %v1102, %v1120 fastmath<contract> : f32
                  %v1122 = arith.mulf %v1113, %v1121 fastmath<contract> : f32
                  %v1123 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1124 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1125 = arith.mulf %v1124, %v1123 fastmath<contract> : f32
                  %v1126 = arith.addf %v1122, %v1125 fastmath<contract> : f32
                  llvm.store %v1126, %v54 : f32, !llvm.ptr
                  %v1127 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1128 = arith.mulf %v1127, %v1124 fastmath<contract> : f32
                  llvm.store %v1128, %v78 : f32, !llvm.ptr
                  %v1129 = arith.constant 4 : i64
                  %v1130 = arith.addi %v1129, %v37 : i64
                  %v1131 = arith.muli %v1130, %v225 : i64
                  %v1132 = arith.subi %v1108, %v198 : i64
                  %v1133 = arith.addi %v1131, %v1132 : i64
                  %v1134 = llvm.getelementptr %v75[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
                  %v1136 = arith.mulf %v1135, %v1121 fastmath<contract> : f32
                  %v1137 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1138 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1139 = arith.mulf %v1138, %v1137 fastmath<contract> : f32
                  %v1140 = arith.addf %v1136, %v1139 fastmath<contract> : f32
                  llvm.store %v1140, %v55 : f32, !llvm.ptr
                  %v1141 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1142 = arith.mulf %v1141, %v1138 fastmath<contract> : f32
                  llvm.store %v1142, %v79 : f32, !llvm.ptr
                  %v1143 = arith.constant 8 : i64
                  %v1144 = arith.addi %v1143, %v37 : i64
                  %v1145 = arith.muli %v1144, %v225 : i64
                  %v1146 = arith.subi %v1108, %v198 : i64
                  %v1147 = arith.addi %v1145, %v1146 : i64
                  %v1148 = llvm.getelementptr %v75[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
                  %v1150 = arith.mulf %v1149, %v1121 fastmath<contract> : f32
                  %v1151 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1152 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1153 = arith.mulf %v1152, %v1151 fastmath<contract> : f32
                  %v1154 = arith.addf %v1150, %v1153 fastmath<contract> : f32
                  llvm.store %v1154, %v56 : f32, !llvm.ptr
                  %v1155 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1156 = arith.mulf %v1155, %v1152 fastmath<contract> : f32
                  llvm.store %v1156, %v80 : f32, !llvm.ptr
                  %v1157 = arith.constant 12 : i64
                  %v1158 = arith.addi %v1157, %v37 : i64
                  %v1159 = arith.muli %v1158, %v225 : i64
                  %v1160 = arith.subi %v1108, %v198 : i64
                  %v1161 = arith.addi %v1159, %v1160 : i64
                  %v1162 = llvm.getelementptr %v75[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
                  %v1164 = arith.mulf %v1163, %v1121 fastmath<contract> : f32
                  %v1165 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1166 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1167 = arith.mulf %v1166, %v1165 fastmath<contract> : f32
                  %v1168 = arith.addf %v1164, %v1167 fastmath<contract> : f32
                  llvm.store %v1168, %v57 : f32, !llvm.ptr
                  %v1169 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1170 = arith.mulf %v1169, %v1166 fastmath<contract> : f32
                  llvm.store %v1170, %v81 : f32, !llvm.ptr
                  scf.if %v1097 {
                    %v1171 = arith.muli %v49, %v84 : i64
                    %v1172 = arith.muli %v47, %v1 : i64
                    %v1173 = arith.addi %v1171, %v1172 : i64
                    %v1174 = arith.addi %v1173, %v37 : i64
                    %v1175 = llvm.getelementptr %dy_h_first[%v1174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1176 = llvm.load %v1175 : !llvm.ptr -> f32
                    %v1177 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1178 = arith.addf %v1177, %v1176 fastmath<contract> : f32
                    llvm.store %v1178, %v54 : f32, !llvm.ptr
                    %v1179 = arith.muli %v49, %v84 : i64
                    %v1180 = arith.muli %v47, %v1 : i64
                    %v1181 = arith.addi %v1179, %v1180 : i64
                    %v1182 = arith.constant 4 : i64
                    %v1183 = arith.addi %v1182, %v37 : i64
                    %v1184 = arith.addi %v1181, %v1183 : i64
                    %v1185 = llvm.getelementptr %dy_h_first[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
                    %v1187 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1188 = arith.addf %v1187, %v1186 fastmath<contract> : f32
                    llvm.store %v1188, %v55 : f32, !llvm.ptr
                    %v1189 = arith.muli %v49, %v84 : i64
                    %v1190 = arith.muli %v47, %v1 : i64
                    %v1191 = arith.addi %v1189, %v1190 : i64
                    %v1192 = arith.constant 8 : i64
                    %v1193 = arith.addi %v1192, %v37 : i64
                    %v1194 = arith.addi %v1191, %v1193 : i64
                    %v1195 = llvm.getelementptr %dy_h_first[%v1194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
                    %v1197 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1198 = arith.addf %v1197, %v1196 fastmath<contract> : f32
                    llvm.store %v1198, %v56 : f32, !llvm.ptr
                    %v1199 = arith.muli %v49, %v84 : i64
                    %v1200 = arith.muli %v47, %v1 : i64
                    %v1201 = arith.addi %v1199, %v1200 : i64
                    %v1202 = arith.constant 12 : i64
                    %v1203 = arith.addi %v1202, %v37 : i64
                    %v1204 = arith.addi %v1201, %v1203 : i64
                    %v1205 = llvm.getelementptr %dy_h_first[%v1204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1206 = llvm.load %v1205 : !llvm.ptr -> f32
                    %v1207 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1208 = arith.addf %v1207, %v1206 fastmath<contract> : f32
                    llvm.store %v1208, %v57 : f32, !llvm.ptr
                  }
                  %v1210 = arith.mulf %v1098, %v1209 fastmath<contract> : f32
                  %v1211 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1210) : (f32) -> f32
                  llvm.store %v1211, %v58 : f32, !llvm.ptr
                  %v1213 = arith.mulf %v1098, %v1212 fastmath<contract> : f32
                  %v1214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1213) : (f32) -> f32
                  llvm.store %v1214, %v59 : f32, !llvm.ptr
                  %v1216 = arith.mulf %v1098, %v1215 fastmath<contract> : f32
                  %v1217 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1216) : (f32) -> f32
                  llvm.store %v1217, %v60 : f32, !llvm.ptr
                  %v1219 = arith.mulf %v1098, %v1218 fastmath<contract> : f32
                  %v1220 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1219) : (f32) -> f32
                  llvm.store %v1220, %v61 : f32, !llvm.ptr
                }
                %v1221 = arith.addi %v263, %v2 : i64
                %v1222 = arith.cmpi slt, %v638, %v963 : i32
                %v1223 = arith.cmpi eq, %v638, %v968 : i32
                %v1224, %v1225 = gpu.shuffle idx %v926, %v176, %v363 : f32
                %v1226, %v1227 = gpu.shuffle idx %v934, %v176, %v363 : f32
                %v1228, %v1229 = gpu.shuffle idx %v947, %v176, %v363 : f32
                %v1230, %v1231 = gpu.shuffle idx %v956, %v176, %v363 : f32
                %v1232, %v1233 = gpu.shuffle idx %v961, %v176, %v363 : f32
                scf.if %v1222 {
                  %v1234 = arith.addi %v198, %v1221 : i64
                  %v1235 = arith.muli %v37, %v225 : i64
                  %v1236 = arith.subi %v1234, %v198 : i64
                  %v1237 = arith.addi %v1235, %v1236 : i64
                  %v1238 = llvm.getelementptr %v75[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1239 = llvm.load %v1238 : !llvm.ptr -> f32
                  %v1240 = arith.muli %v49, %v271 : i64
                  %v1241 = arith.muli %v47, %size_L : i64
                  %v1242 = arith.addi %v1240, %v1241 : i64
                  %v1243 = arith.subi %v220, %v1234 : i64
                  %v1244 = arith.addi %v1242, %v1243 : i64
                  %v1245 = llvm.getelementptr %dy_y[%v1244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
                  %v1247 = arith.mulf %v1228, %v1246 fastmath<contract> : f32
                  %v1248 = arith.mulf %v1239, %v1247 fastmath<contract> : f32
                  %v1249 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1250 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1251 = arith.mulf %v1250, %v1249 fastmath<contract> : f32
                  %v1252 = arith.addf %v1248, %v1251 fastmath<contract> : f32
                  llvm.store %v1252, %v54 : f32, !llvm.ptr
                  %v1253 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1254 = arith.mulf %v1253, %v1250 fastmath<contract> : f32
                  llvm.store %v1254, %v78 : f32, !llvm.ptr
                  %v1255 = arith.constant 4 : i64
                  %v1256 = arith.addi %v1255, %v37 : i64
                  %v1257 = arith.muli %v1256, %v225 : i64
                  %v1258 = arith.subi %v1234, %v198 : i64
                  %v1259 = arith.addi %v1257, %v1258 : i64
                  %v1260 = llvm.getelementptr %v75[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
                  %v1262 = arith.mulf %v1261, %v1247 fastmath<contract> : f32
                  %v1263 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1264 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1265 = arith.mulf %v1264, %v1263 fastmath<contract> : f32
                  %v1266 = arith.addf %v1262, %v1265 fastmath<contract> : f32
                  llvm.store %v1266, %v55 : f32, !llvm.ptr
                  %v1267 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1268 = arith.mulf %v1267, %v1264 fastmath<contract> : f32
                  llvm.store %v1268, %v79 : f32, !llvm.ptr
                  %v1269 = arith.constant 8 : i64
                  %v1270 = arith.addi %v1269, %v37 : i64
                  %v1271 = arith.muli %v1270, %v225 : i64
                  %v1272 = arith.subi %v1234, %v198 : i64
                  %v1273 = arith.addi %v1271, %v1272 : i64
                  %v1274 = llvm.getelementptr %v75[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
                  %v1276 = arith.mulf %v1275, %v1247 fastmath<contract> : f32
                  %v1277 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1278 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1279 = arith.mulf %v1278, %v1277 fastmath<contract> : f32
                  %v1280 = arith.addf %v1276, %v1279 fastmath<contract> : f32
                  llvm.store %v1280, %v56 : f32, !llvm.ptr
                  %v1281 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1282 = arith.mulf %v1281, %v1278 fastmath<contract> : f32
                  llvm.store %v1282, %v80 : f32, !llvm.ptr
                  %v1283 = arith.constant 12 : i64
                  %v1284 = arith.addi %v1283, %v37 : i64
                  %v1285 = arith.muli %v1284, %v225 : i64
                  %v1286 = arith.subi %v1234, %v198 : i64
                  %v1287 = arith.addi %v1285, %v1286 : i64
                  %v1288 = llvm.getelementptr %v75[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1289 = llvm.load %v1288 : !llvm.ptr -> f32
                  %v1290 = arith.mulf %v1289, %v1247 fastmath<contract> : f32
                  %v1291 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1292 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1293 = arith.mulf %v1292, %v1291 fastmath<contract> : f32
                  %v1294 = arith.addf %v1290, %v1293 fastmath<contract> : f32
                  llvm.store %v1294, %v57 : f32, !llvm.ptr
                  %v1295 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1296 = arith.mulf %v1295, %v1292 fastmath<contract> : f32
                  llvm.store %v1296, %v81 : f32, !llvm.ptr
                  scf.if %v1223 {
                    %v1297 = arith.muli %v49, %v84 : i64
                    %v1298 = arith.muli %v47, %v1 : i64
                    %v1299 = arith.addi %v1297, %v1298 : i64
                    %v1300 = arith.addi %v1299, %v37 : i64
                    %v1301 = llvm.getelementptr %dy_h_first[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
                    %v1303 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1304 = arith.addf %v1303, %v1302 fastmath<contract> : f32
                    llvm.store %v1304, %v54 : f32, !llvm.ptr
                    %v1305 = arith.muli %v49, %v84 : i64
                    %v1306 = arith.muli %v47, %v1 : i64
                    %v1307 = arith.addi %v1305, %v1306 : i64
                    %v1308 = arith.constant 4 : i64
                    %v1309 = arith.addi %v1308, %v37 : i64
                    %v1310 = arith.addi %v1307, %v1309 : i64
                    %v1311 = llvm.getelementptr %dy_h_first[%v1310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
                    %v1313 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1314 = arith.addf %v1313, %v1312 fastmath<contract> : f32
                    llvm.store %v1314, %v55 : f32, !llvm.ptr
                    %v1315 = arith.muli %v49, %v84 : i64
                    %v1316 = arith.muli %v47, %v1 : i64
                    %v1317 = arith.addi %v1315, %v1316 : i64
                    %v1318 = arith.constant 8 : i64
                    %v1319 = arith.addi %v1318, %v37 : i64
                    %v1320 = arith.addi %v1317, %v1319 : i64
                    %v1321 = llvm.getelementptr %dy_h_first[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
                    %v1323 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1324 = arith.addf %v1323, %v1322 fastmath<contract> : f32
                    llvm.store %v1324, %v56 : f32, !llvm.ptr
                    %v1325 = arith.muli %v49, %v84 : i64
                    %v1326 = arith.muli %v47, %v1 : i64
                    %v1327 = arith.addi %v1325, %v1326 : i64
                    %v1328 = arith.constant 12 : i64
                    %v1329 = arith.addi %v1328, %v37 : i64
                    %v1330 = arith.addi %v1327, %v1329 : i64
                    %v1331 = llvm.getelementptr %dy_h_first[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
                    %v1333 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1334 = arith.addf %v1333, %v1332 fastmath<contract> : f32
                    llvm.store %v1334, %v57 : f32, !llvm.ptr
                  }
                  %v1336 = arith.mulf %v1224, %v1335 fastmath<contract> : f32
                  %v1337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1336) : (f32) -> f32
                  llvm.store %v1337, %v58 : f32, !llvm.ptr
                  %v1339 = arith.mulf %v1224, %v1338 fastmath<contract> : f32
                  %v1340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1339) : (f32) -> f32
                  llvm.store %v1340, %v59 : f32, !llvm.ptr
                  %v1342 = arith.mulf %v1224, %v1341 fastmath<contract> : f32
                  %v1343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1342) : (f32) -> f32
                  llvm.store %v1343, %v60 : f32, !llvm.ptr
                  %v1345 = arith.mulf %v1224, %v1344 fastmath<contract> : f32
                  %v1346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1345) : (f32) -> f32
                  llvm.store %v1346, %v61 : f32, !llvm.ptr
                }
                %v1347 = arith.cmpi slt, %v764, %v963 : i32
                %v1348 = arith.cmpi eq, %v764, %v968 : i32
                %v1349, %v1350 = gpu.shuffle idx %v926, %v172, %v363 : f32
                %v1351, %v1352 = gpu.shuffle idx %v934, %v172, %v363 : f32
                %v1353, %v1354 = gpu.shuffle idx %v947, %v172, %v363 : f32
                %v1355, %v1356 = gpu.shuffle idx %v956, %v172, %v363 : f32
                %v1357, %v1358 = gpu.shuffle idx %v961, %v172, %v363 : f32
                scf.if %v1347 {
                  %v1359 = arith.addi %v198, %v263 : i64
                  %v1360 = arith.muli %v37, %v225 : i64
                  %v1361 = arith.subi %v1359, %v198 : i64
                  %v1362 = arith.addi %v1360, %v1361 : i64
                  %v1363 = llvm.getelementptr %v75[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
                  %v1365 = arith.muli %v49, %v271 : i64
                  %v1366 = arith.muli %v47, %size_L : i64
                  %v1367 = arith.addi %v1365, %v1366 : i64
                  %v1368 = arith.subi %v220, %v1359 : i64
                  %v1369 = arith.addi %v1367, %v1368 : i64
                  %v1370 = llvm.getelementptr %dy_y[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
                  %v1372 = arith.mulf %v1353, %v1371 fastmath<contract> : f32
                  %v1373 = arith.mulf %v1364, %v1372 fastmath<contract> : f32
                  %v1374 = llvm.load %v54 : !llvm.ptr -> f32
                  %v1375 = llvm.load %v58 : !llvm.ptr -> f32
                  %v1376 = arith.mulf %v1375, %v1374 fastmath<contract> : f32
                  %v1377 = arith.addf %v1373, %v1376 fastmath<contract> : f32
                  llvm.store %v1377, %v54 : f32, !llvm.ptr
                  %v1378 = llvm.load %v78 : !llvm.ptr -> f32
                  %v1379 = arith.mulf %v1378, %v1375 fastmath<contract> : f32
                  llvm.store %v1379, %v78 : f32, !llvm.ptr
                  %v1380 = arith.constant 4 : i64
                  %v1381 = arith.addi %v1380, %v37 : i64
                  %v1382 = arith.muli %v1381, %v225 : i64
                  %v1383 = arith.subi %v1359, %v198 : i64
                  %v1384 = arith.addi %v1382, %v1383 : i64
                  %v1385 = llvm.getelementptr %v75[%v1384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1386 = llvm.load %v1385 : !llvm.ptr -> f32
                  %v1387 = arith.mulf %v1386, %v1372 fastmath<contract> : f32
                  %v1388 = llvm.load %v55 : !llvm.ptr -> f32
                  %v1389 = llvm.load %v59 : !llvm.ptr -> f32
                  %v1390 = arith.mulf %v1389, %v1388 fastmath<contract> : f32
                  %v1391 = arith.addf %v1387, %v1390 fastmath<contract> : f32
                  llvm.store %v1391, %v55 : f32, !llvm.ptr
                  %v1392 = llvm.load %v79 : !llvm.ptr -> f32
                  %v1393 = arith.mulf %v1392, %v1389 fastmath<contract> : f32
                  llvm.store %v1393, %v79 : f32, !llvm.ptr
                  %v1394 = arith.constant 8 : i64
                  %v1395 = arith.addi %v1394, %v37 : i64
                  %v1396 = arith.muli %v1395, %v225 : i64
                  %v1397 = arith.subi %v1359, %v198 : i64
                  %v1398 = arith.addi %v1396, %v1397 : i64
                  %v1399 = llvm.getelementptr %v75[%v1398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1400 = llvm.load %v1399 : !llvm.ptr -> f32
                  %v1401 = arith.mulf %v1400, %v1372 fastmath<contract> : f32
                  %v1402 = llvm.load %v56 : !llvm.ptr -> f32
                  %v1403 = llvm.load %v60 : !llvm.ptr -> f32
                  %v1404 = arith.mulf %v1403, %v1402 fastmath<contract> : f32
                  %v1405 = arith.addf %v1401, %v1404 fastmath<contract> : f32
                  llvm.store %v1405, %v56 : f32, !llvm.ptr
                  %v1406 = llvm.load %v80 : !llvm.ptr -> f32
                  %v1407 = arith.mulf %v1406, %v1403 fastmath<contract> : f32
                  llvm.store %v1407, %v80 : f32, !llvm.ptr
                  %v1408 = arith.constant 12 : i64
                  %v1409 = arith.addi %v1408, %v37 : i64
                  %v1410 = arith.muli %v1409, %v225 : i64
                  %v1411 = arith.subi %v1359, %v198 : i64
                  %v1412 = arith.addi %v1410, %v1411 : i64
                  %v1413 = llvm.getelementptr %v75[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                  %v1414 = llvm.load %v1413 : !llvm.ptr -> f32
                  %v1415 = arith.mulf %v1414, %v1372 fastmath<contract> : f32
                  %v1416 = llvm.load %v57 : !llvm.ptr -> f32
                  %v1417 = llvm.load %v61 : !llvm.ptr -> f32
                  %v1418 = arith.mulf %v1417, %v1416 fastmath<contract> : f32
                  %v1419 = arith.addf %v1415, %v1418 fastmath<contract> : f32
                  llvm.store %v1419, %v57 : f32, !llvm.ptr
                  %v1420 = llvm.load %v81 : !llvm.ptr -> f32
                  %v1421 = arith.mulf %v1420, %v1417 fastmath<contract> : f32
                  llvm.store %v1421, %v81 : f32, !llvm.ptr
                  scf.if %v1348 {
                    %v1422 = arith.muli %v49, %v84 : i64
                    %v1423 = arith.muli %v47, %v1 : i64
                    %v1424 = arith.addi %v1422, %v1423 : i64
                    %v1425 = arith.addi %v1424, %v37 : i64
                    %v1426 = llvm.getelementptr %dy_h_first[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
                    %v1428 = llvm.load %v54 : !llvm.ptr -> f32
                    %v1429 = arith.addf %v1428, %v1427 fastmath<contract> : f32
                    llvm.store %v1429, %v54 : f32, !llvm.ptr
                    %v1430 = arith.muli %v49, %v84 : i64
                    %v1431 = arith.muli %v47, %v1 : i64
                    %v1432 = arith.addi %v1430, %v1431 : i64
                    %v1433 = arith.constant 4 : i64
                    %v1434 = arith.addi %v1433, %v37 : i64
                    %v1435 = arith.addi %v1432, %v1434 : i64
                    %v1436 = llvm.getelementptr %dy_h_first[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
                    %v1438 = llvm.load %v55 : !llvm.ptr -> f32
                    %v1439 = arith.addf %v1438, %v1437 fastmath<contract> : f32
                    llvm.store %v1439, %v55 : f32, !llvm.ptr
                    %v1440 = arith.muli %v49, %v84 : i64
                    %v1441 = arith.muli %v47, %v1 : i64
                    %v1442 = arith.addi %v1440, %v1441 : i64
                    %v1443 = arith.constant 8 : i64
                    %v1444 = arith.addi %v1443, %v37 : i64
                    %v1445 = arith.addi %v1442, %v1444 : i64
                    %v1446 = llvm.getelementptr %dy_h_first[%v1445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
                    %v1448 = llvm.load %v56 : !llvm.ptr -> f32
                    %v1449 = arith.addf %v1448, %v1447 fastmath<contract> : f32
                    llvm.store %v1449, %v56 : f32, !llvm.ptr
                    %v1450 = arith.muli %v49, %v84 : i64
                    %v1451 = arith.muli %v47, %v1 : i64
                    %v1452 = arith.addi %v1450, %v1451 : i64
                    %v1453 = arith.constant 12 : i64
                    %v1454 = arith.addi %v1453, %v37 : i64
                    %v1455 = arith.addi %v1452, %v1454 : i64
                    %v1456 = llvm.getelementptr %dy_h_first[%v1455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                    %v1457 = llvm.load %v1456 : !llvm.ptr -> f32
                    %v1458 = llvm.load %v57 : !llvm.ptr -> f32
                    %v1459 = arith.addf %v1458, %v1457 fastmath<contract> : f32
                    llvm.store %v1459, %v57 : f32, !llvm.ptr
                  }
                  %v1461 = arith.mulf %v1349, %v1460 fastmath<contract> : f32
                  %v1462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1461) : (f32) -> f32
                  llvm.store %v1462, %v58 : f32, !llvm.ptr
                  %v1464 = arith.mulf %v1349, %v1463 fastmath<contract> : f32
                  %v1465 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1464) : (f32) -> f32
                  llvm.store %v1465, %v59 : f32, !llvm.ptr
                  %v1467 = arith.mulf %v1349, %v1466 fastmath<contract> : f32
                  %v1468 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1467) : (f32) -> f32
                  llvm.store %v1468, %v60 : f32, !llvm.ptr
                  %v1470 = arith.mulf %v1349, %v1469 fastmath<contract> : f32
                  %v1471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1470) : (f32) -> f32
                  llvm.store %v1471, %v61 : f32, !llvm.ptr
                }
              }
            }
          }
        }
      }
      scf.if %v41 {
        %v1472 = llvm.load %v54 : !llvm.ptr -> f32
        %v1473 = arith.muli %v32, %v1 : i64
        %v1474 = arith.addi %v1473, %v37 : i64
        %v1475 = arith.muli %v1474, %v3 : i64
        %v1476 = arith.subi %v3, %v2 : i64
        %v1477 = arith.minsi %v43, %v1476 : i64
        %v1478 = arith.addi %v1475, %v1477 : i64
        %v1479 = llvm.getelementptr %segsum_h[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1472, %v1479 : f32, !llvm.ptr
        %v1480 = llvm.load %v78 : !llvm.ptr -> f32
        %v1481 = arith.addi %v7, %v32 : i64
        %v1482 = arith.muli %v1481, %v1 : i64
        %v1483 = arith.addi %v1482, %v37 : i64
        %v1484 = arith.muli %v1483, %v3 : i64
        %v1485 = arith.subi %v3, %v2 : i64
        %v1486 = arith.minsi %v43, %v1485 : i64
        %v1487 = arith.addi %v1484, %v1486 : i64
        %v1488 = llvm.getelementptr %segsum_h[%v1487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1480, %v1488 : f32, !llvm.ptr
        %v1489 = llvm.load %v58 : !llvm.ptr -> f32
        %v1490 = arith.muli %v509, %v7 : i64
        %v1491 = arith.addi %v1490, %v32 : i64
        %v1492 = arith.muli %v1491, %v1 : i64
        %v1493 = arith.addi %v1492, %v37 : i64
        %v1494 = arith.muli %v1493, %v3 : i64
        %v1495 = arith.subi %v3, %v2 : i64
        %v1496 = arith.minsi %v43, %v1495 : i64
        %v1497 = arith.addi %v1494, %v1496 : i64
        %v1498 = llvm.getelementptr %segsum_h[%v1497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1489, %v1498 : f32, !llvm.ptr
        %v1499 = llvm.load %v55 : !llvm.ptr -> f32
        %v1500 = arith.addi %v36, %v37 : i64
        %v1501 = arith.muli %v32, %v1 : i64
        %v1502 = arith.addi %v1501, %v1500 : i64
        %v1503 = arith.muli %v1502, %v3 : i64
        %v1504 = arith.subi %v3, %v2 : i64
        %v1505 = arith.minsi %v43, %v1504 : i64
        %v1506 = arith.addi %v1503, %v1505 : i64
        %v1507 = llvm.getelementptr %segsum_h[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1499, %v1507 : f32, !llvm.ptr
        %v1508 = llvm.load %v79 : !llvm.ptr -> f32
        %v1509 = arith.addi %v36, %v37 : i64
        %v1510 = arith.addi %v7, %v32 : i64
        %v1511 = arith.muli %v1510, %v1 : i64
        %v1512 = arith.addi %v1511, %v1509 : i64
        %v1513 = arith.muli %v1512, %v3 : i64
        %v1514 = arith.subi %v3, %v2 : i64
        %v1515 = arith.minsi %v43, %v1514 : i64
        %v1516 = arith.addi %v1513, %v1515 : i64
        %v1517 = llvm.getelementptr %segsum_h[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1508, %v1517 : f32, !llvm.ptr
        %v1518 = llvm.load %v59 : !llvm.ptr -> f32
        %v1519 = arith.addi %v36, %v37 : i64
        %v1520 = arith.muli %v509, %v7 : i64
        %v1521 = arith.addi %v1520, %v32 : i64
        %v1522 = arith.muli %v1521, %v1 : i64
        %v1523 = arith.addi %v1522, %v1519 : i64
        %v1524 = arith.muli %v1523, %v3 : i64
        %v1525 = arith.subi %v3, %v2 : i64
        %v1526 = arith.minsi %v43, %v1525 : i64
        %v1527 = arith.addi %v1524, %v1526 : i64
        %v1528 = llvm.getelementptr %segsum_h[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1518, %v1528 : f32, !llvm.ptr
        %v1529 = llvm.load %v56 : !llvm.ptr -> f32
        %v1531 = arith.addi %v1530, %v37 : i64
        %v1532 = arith.muli %v32, %v1 : i64
        %v1533 = arith.addi %v1532, %v1531 : i64
        %v1534 = arith.muli %v1533, %v3 : i64
        %v1535 = arith.subi %v3, %v2 : i64
        %v1536 = arith.minsi %v43, %v1535 : i64
        %v1537 = arith.addi %v1534, %v1536 : i64
        %v1538 = llvm.getelementptr %segsum_h[%v1537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1529, %v1538 : f32, !llvm.ptr
        %v1539 = llvm.load %v80 : !llvm.ptr -> f32
        %v1540 = arith.addi %v1530, %v37 : i64
        %v1541 = arith.addi %v7, %v32 : i64
        %v1542 = arith.muli %v1541, %v1 : i64
        %v1543 = arith.addi %v1542, %v1540 : i64
        %v1544 = arith.muli %v1543, %v3 : i64
        %v1545 = arith.subi %v3, %v2 : i64
        %v1546 = arith.minsi %v43, %v1545 : i64
        %v1547 = arith.addi %v1544, %v1546 : i64
        %v1548 = llvm.getelementptr %segsum_h[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1539, %v1548 : f32, !llvm.ptr
        %v1549 = llvm.load %v60 : !llvm.ptr -> f32
        %v1550 = arith.addi %v1530, %v37 : i64
        %v1551 = arith.muli %v509, %v7 : i64
        %v1552 = arith.addi %v1551, %v32 : i64
        %v1553 = arith.muli %v1552, %v1 : i64
        %v1554 = arith.addi %v1553, %v1550 : i64
        %v1555 = arith.muli %v1554, %v3 : i64
        %v1556 = arith.subi %v3, %v2 : i64
        %v1557 = arith.minsi %v43, %v1556 : i64
        %v1558 = arith.addi %v1555, %v1557 : i64
        %v1559 = llvm.getelementptr %segsum_h[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1549, %v1559 : f32, !llvm.ptr
        %v1560 = llvm.load %v57 : !llvm.ptr -> f32
        %v1562 = arith.addi %v1561, %v37 : i64
        %v1563 = arith.muli %v32, %v1 : i64
        %v1564 = arith.addi %v1563, %v1562 : i64
        %v1565 = arith.muli %v1564, %v3 : i64
        %v1566 = arith.subi %v3, %v2 : i64
        %v1567 = arith.minsi %v43, %v1566 : i64
        %v1568 = arith.addi %v1565, %v1567 : i64
        %v1569 = llvm.getelementptr %segsum_h[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1560, %v1569 : f32, !llvm.ptr
        %v1570 = llvm.load %v81 : !llvm.ptr -> f32
        %v1571 = arith.addi %v1561, %v37 : i64
        %v1572 = arith.addi %v7, %v32 : i64
        %v1573 = arith.muli %v1572, %v1 : i64
        %v1574 = arith.addi %v1573, %v1571 : i64
        %v1575 = arith.muli %v1574, %v3 : i64
        %v1576 = arith.subi %v3, %v2 : i64
        %v1577 = arith.minsi %v43, %v1576 : i64
        %v1578 = arith.addi %v1575, %v1577 : i64
        %v1579 = llvm.getelementptr %segsum_h[%v1578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1570, %v1579 : f32, !llvm.ptr
        %v1580 = llvm.load %v61 : !llvm.ptr -> f32
        %v1581 = arith.addi %v1561, %v37 : i64
        %v1582 = arith.muli %v509, %v7 : i64
        %v1583 = arith.addi %v1582, %v32 : i64
        %v1584 = arith.muli %v1583, %v1 : i64
        %v1585 = arith.addi %v1584, %v1581 : i64
        %v1586 = arith.muli %v1585, %v3 : i64
        %v1587 = arith.subi %v3, %v2 : i64
        %v1588 = arith.minsi %v43, %v1587 : i64
        %v1589 = arith.addi %v1586, %v1588 : i64
        %v1590 = llvm.getelementptr %segsum_h[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1580, %v1590 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
