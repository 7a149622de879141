module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @selective_scan_chunk_reduce(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = arith.constant 1 : i64
      %v6 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v9 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v10 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v11 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v12 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v13 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v14 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v15 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v16 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v17 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v18 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v19 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v20 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v5 x f32 : (i64) -> !llvm.ptr
      %v22 = arith.constant 1 : i64
      %v23 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v39 = arith.constant 63 : i64
      %v40 = arith.addi %size_L, %v39 : i64
      %v41 = arith.constant 64 : i64
      %v42 = arith.divui %v40, %v41 : i64
      %v43 = arith.muli %v42, %v4 : i64
      %v48 = arith.constant 64 : i64
      %v49 = arith.constant 1 : i64
      %v58 = arith.constant 1 : i64
      %v65 = arith.constant 0x00000000 : f32
      %v66 = arith.constant 0x3F800000 : f32
      %v67 = arith.constant 64 : i64
      %v71 = arith.constant 32 : i64
      %v78 = arith.constant 32 : i64
      %v80 = arith.constant 0 : i64
      %v81 = arith.constant 1 : i64
      %v88 = arith.constant 1 : i64
      %v89 = arith.muli %v88, %size_D : i64
      %v90 = arith.muli %v89, %size_L : i64
      %v98 = arith.constant 1 : i64
      %v106 = arith.constant 0x3FB8AA3B : f32
      %v111 = arith.constant 0x3F317218 : f32
      %v113 = arith.constant 0x3E124925 : f32
      %v114 = arith.constant 0xBE2AAAAB : f32
      %v117 = arith.constant 0x3E4CCCCD : f32
      %v120 = arith.constant 0xBE800000 : f32
      %v123 = arith.constant 0x3EAAAAAB : f32
      %v126 = arith.constant 0xBF000000 : f32
      %v133 = arith.constant 0x3D800000 : f32
      %v137 = arith.constant 1 : i64
      %v138 = arith.muli %v137, %v1 : i64
      %v145 = arith.constant 1 : i64
      %v146 = arith.muli %v145, %v1 : i64
      %v147 = arith.muli %v146, %size_L : i64
      %v528 = arith.constant 1 : i64
      %v532 = arith.constant 16 : i64
      %v534 = arith.constant 0 : i64
      %v541 = arith.constant 1 : i64
      %v545 = arith.constant 16 : i64
      %v547 = arith.constant 1 : i64
      %v554 = arith.constant 1 : i64
      %v558 = arith.constant 16 : i64
      %v560 = arith.constant 2 : i64
      %v567 = arith.constant 1 : i64
      %v571 = arith.constant 16 : i64
      %v573 = arith.constant 3 : i64
      %v580 = arith.constant 1 : i64
      %v584 = arith.constant 16 : i64
      %v586 = arith.constant 4 : i64
      %v593 = arith.constant 1 : i64
      %v597 = arith.constant 16 : i64
      %v599 = arith.constant 5 : i64
      %v606 = arith.constant 1 : i64
      %v610 = arith.constant 16 : i64
      %v612 = arith.constant 6 : i64
      %v619 = arith.constant 1 : i64
      %v623 = arith.constant 16 : i64
      %v625 = arith.constant 7 : i64
      %v632 = arith.constant 1 : i64
      %v636 = arith.constant 16 : i64
      %v638 = arith.constant 8 : i64
      %v645 = arith.constant 1 : i64
      %v649 = arith.constant 16 : i64
      %v651 = arith.constant 9 : i64
      %v658 = arith.constant 1 : i64
      %v662 = arith.constant 16 : i64
      %v664 = arith.constant 10 : i64
      %v671 = arith.constant 1 : i64
      %v675 = arith.constant 16 : i64
      %v677 = arith.constant 11 : i64
      %v684 = arith.constant 1 : i64
      %v688 = arith.constant 16 : i64
      %v690 = arith.constant 12 : i64
      %v697 = arith.constant 1 : i64
      %v701 = arith.constant 16 : i64
      %v703 = arith.constant 13 : i64
      %v710 = arith.constant 1 : i64
      %v714 = arith.constant 16 : i64
      %v716 = arith.constant 14 : i64
      %v723 = arith.constant 1 : i64
      %v727 = arith.constant 16 : i64
      %v729 = arith.constant 15 : i64
      %v44 = gpu.block_id x
      %v45 = gpu.thread_id x
      %v46 = arith.index_cast %v45 : index to i64
      %v47 = arith.index_cast %v44 : index to i64
      %v50 = arith.subi %v48, %v49 : i64
      %v51 = arith.addi %v4, %v50 : i64
      %v52 = arith.divui %v51, %v48 : i64
      %v53 = arith.divui %v47, %v52 : i64
      %v54 = arith.remui %v47, %v52 : i64
      %v55 = arith.muli %v54, %v48 : i64
      %v56 = arith.addi %v55, %v46 : i64
      %v57 = arith.cmpi slt, %v56, %v4 : i64
      %v59 = arith.subi %v4, %v58 : i64
      %v60 = arith.minsi %v56, %v59 : i64
      %v61 = arith.remui %v60, %size_D : i64
      %v62 = arith.divui %v60, %size_D : i64
      %v63 = arith.remui %v62, %size_B : i64
      %v64 = arith.divui %v62, %size_B : i64
      %v99 = arith.muli %v61, %v98 : i64
      %v100 = llvm.getelementptr %in_dt_bias[%v99] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v101 = llvm.load %v100 : !llvm.ptr -> f32
      %v139 = arith.muli %v61, %v138 : i64
      %v140 = llvm.getelementptr %in_A[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v167 = arith.muli %v61, %v138 : i64
      %v168 = arith.constant 1 : i64
      %v169 = arith.muli %v168, %v137 : i64
      %v170 = arith.addi %v167, %v169 : i64
      %v171 = llvm.getelementptr %in_A[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = llvm.load %v171 : !llvm.ptr -> f32
      %v191 = arith.muli %v61, %v138 : i64
      %v192 = arith.constant 2 : i64
      %v193 = arith.muli %v192, %v137 : i64
      %v194 = arith.addi %v191, %v193 : i64
      %v195 = llvm.getelementptr %in_A[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v196 = llvm.load %v195 : !llvm.ptr -> f32
      %v215 = arith.muli %v61, %v138 : i64
      %v216 = arith.constant 3 : i64
      %v217 = arith.muli %v216, %v137 : i64
      %v218 = arith.addi %v215, %v217 : i64
      %v219 = llvm.getelementptr %in_A[%v218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v220 = llvm.load %v219 : !llvm.ptr -> f32
      %v239 = arith.muli %v61, %v138 : i64
      %v240 = arith.constant 4 : i64
      %v241 = arith.muli %v240, %v137 : i64
      %v242 = arith.addi %v239, %v241 : i64
      %v243 = llvm.getelementptr %in_A[%v242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = llvm.load %v243 : !llvm.ptr -> f32
      %v263 = arith.muli %v61, %v138 : i64
      %v264 = arith.constant 5 : i64
      %v265 = arith.muli %v264, %v137 : i64
      %v266 = arith.addi %v263, %v265 : i64
      %v267 = llvm.getelementptr %in_A[%v266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v268 = llvm.load %v267 : !llvm.ptr -> f32
      %v287 = arith.muli %v61, %v138 : i64
      %v288 = arith.constant 6 : i64
      %v289 = arith.muli %v288, %v137 : i64
      %v290 = arith.addi %v287, %v289 : i64
      %v291 = llvm.getelementptr %in_A[%v290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v292 = llvm.load %v291 : !llvm.ptr -> f32
      %v311 = arith.muli %v61, %v138 : i64
      %v312 = arith.constant 7 : i64
      %v313 = arith.muli %v312, %v137 : i64
      %v314 = arith.addi %v311, %v313 : i64
      %v315 = llvm.getelementptr %in_A[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v316 = llvm.load %v315 : !llvm.ptr -> f32
      %v335 = arith.muli %v61, %v138 : i64
      %v336 = arith.constant 8 : i64
      %v337 = arith.muli %v336, %v137 : i64
      %v338 = arith.addi %v335, %v337 : i64
      %v339 = llvm.getelementptr %in_A[%v338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v340 = llvm.load %v339 : !llvm.ptr -> f32
      %v359 = arith.muli %v61, %v138 : i64
      %v360 = arith.constant 9 : i64
      %v361 = arith.muli %v360, %v137 : i64
      %v362 = arith.addi %v359, %v361 : i64
      %v363 = llvm.getelementptr %in_A[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v364 = llvm.load %v363 : !llvm.ptr -> f32
      %v383 = arith.muli %v61, %v138 : i64
      %v384 = arith.constant 10 : i64
      %v385 = arith.muli %v384, %v137 : i64
      %v386 = arith.addi %v383, %v385 : i64
      %v387 = llvm.getelementptr %in_A[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v388 = llvm.load %v387 : !llvm.ptr -> f32
      %v407 = arith.muli %v61, %v138 : i64
      %v408 = arith.constant 11 : i64
      %v409 = arith.muli %v408, %v137 : i64
      %v410 = arith.addi %v407, %v409 : i64
      %v411 = llvm.getelementptr %in_A[%v410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v412 = llvm.load %v411 : !llvm.ptr -> f32
      %v431 = arith.muli %v61, %v138 : i64
      %v432 = arith.constant 12 : i64
      %v433 = arith.muli %v432, %v137 : i64
      %v434 = arith.addi %v431, %v433 : i64
      %v435 = llvm.getelementptr %in_A[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v436 = llvm.load %v435 : !llvm.ptr -> f32
      %v455 = arith.muli %v61, %v138 : i64
      %v456 = arith.constant 13 : i64
      %v457 = arith.muli %v456, %v137 : i64
      %v458 = arith.addi %v455, %v457 : i64
      %v459 = llvm.getelementptr %in_A[%v458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v460 = llvm.load %v459 : !llvm.ptr -> f32
      %v479 = arith.muli %v61, %v138 : i64
      %v480 = arith.constant 14 : i64
      %v481 = arith.muli %v480, %v137 : i64
      %v482 = arith.addi %v479, %v481 : i64
      %v483 = llvm.getelementptr %in_A[%v482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v484 = llvm.load %v483 : !llvm.ptr -> f32
      %v503 = arith.muli %v61, %v138 : i64
      %v504 = arith.constant 15 : i64
      %v505 = arith.muli %v504, %v137 : i64
      %v506 = arith.addi %v503, %v505 : i64
      %v507 = llvm.getelementptr %in_A[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v508 = llvm.load %v507 : !llvm.ptr -> f32
      llvm.store %v65, %v6 : f32, !llvm.ptr
      llvm.store %v65, %v7 : f32, !llvm.ptr
      llvm.store %v65, %v8 : f32, !llvm.ptr
      llvm.store %v65, %v9 : f32, !llvm.ptr
      llvm.store %v65, %v10 : f32, !llvm.ptr
      llvm.store %v65, %v11 : f32, !llvm.ptr
      llvm.store %v65, %v12 : f32, !llvm.ptr
      llvm.store %v65, %v13 : f32, !llvm.ptr
      llvm.store %v65, %v14 : f32, !llvm.ptr
      llvm.store %v65, %v15 : f32, !llvm.ptr
      llvm.store %v65, %v16 : f32, !llvm.ptr
      llvm.store %v65, %v17 : f32, !llvm.ptr
      llvm.store %v65, %v18 : f32, !llvm.ptr
      llvm.store %v65, %v19 : f32, !llvm.ptr
      llvm.store %v65, %v20 : f32, !llvm.ptr
      llvm.store %v65, %v21 : f32, !llvm.ptr
      llvm.store %v66, %v23 : f32, !llvm.ptr
      llvm.store %v66, %v24 : f32, !llvm.ptr
      llvm.store %v66, %v25 : f32, !llvm.ptr
      llvm.store %v66, %v26 : f32, !llvm.ptr
      llvm.store %v66, %v27 : f32, !llvm.ptr
      llvm.store %v66, %v28 : f32, !llvm.ptr
      llvm.store %v66, %v29 : f32, !llvm.ptr
      llvm.store %v66, %v30 : f32, !llvm.ptr
      llvm.store %v66, %v31 : f32, !llvm.ptr
      llvm.store %v66, %v32 : f32, !llvm.ptr
      llvm.store %v66, %v33 : f32, !llvm.ptr
      llvm.store %v66, %v34 : f32, !llvm.ptr
      llvm.store %v66, %v35 : f32, !llvm.ptr
      llvm.store %v66, %v36 : f32, !llvm.ptr
      llvm.store %v66, %v37 : f32, !llvm.ptr
      llvm.store %v66, %v38 : f32, !llvm.ptr
      %v68 = arith.muli %v53, %v67 : i64
      %v69 = arith.addi %v68, %v67 : i64
      %v70 = arith.minsi %v69, %size_L : i64
      %v72 = arith.index_cast %v68 : i64 to index
      %v73 = arith.index_cast %v70 : i64 to index
      %v74 = arith.index_cast %v71 : i64 to index
      scf.for %v75 = %v72 to %v73 step %v74 {
        %v76 = arith.index_cast %v75 : index to i64
        %v77 = arith.subi %v70, %v76 : i64
        %v79 = arith.minsi %v77, %v78 : i64
        %v82 = arith.index_cast %v80 : i64 to index
        %v83 = arith.index_cast %v79 : i64 to index
        %v84 = arith.index_cast %v81 : i64 to index
        scf.for %v85 = %v82 to %v83 step %v84 {
          %v86 = arith.index_cast %v85 : index to i64
          %v87 = arith.addi %v76, %v86 : i64
          %v91 = arith.muli %v63, %v90 : i64
          %v92 = arith.muli %v87, %v89 : i64
          %v93 = arith.addi %v91, %v92 : i64
          %v94 = arith.muli %v61, %v88 : i64
          %v95 = arith.addi %v93, %v94 : i64
          %v96 = llvm.getelementptr %in_delta[%v95] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v97 = llvm.load %v96 : !llvm.ptr -> f32
          %v102 = arith.addf %v97, %v101 : f32
          %v103 = arith.maximumf %v102, %v65 : f32
          %v104 = llvm.call_intrinsic "llvm.fabs.f32"(%v102) : (f32) -> f32
          %v105 = arith.negf %v104 : f32
          %v107 = arith.mulf %v105, %v106 : f32
          %v108 = llvm.call_intrinsic "llvm.exp2.f32"(%v107) : (f32) -> f32
          %v109 = arith.addf %v66, %v108 : f32
          %v110 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v109) : (f32) -> f32
          %v112 = arith.mulf %v110, %v111 : f32
          %v115 = arith.mulf %v113, %v108 : f32
          %v116 = arith.addf %v115, %v114 : f32
          %v118 = arith.mulf %v116, %v108 : f32
          %v119 = arith.addf %v118, %v117 : f32
          %v121 = arith.mulf %v119, %v108 : f32
          %v122 = arith.addf %v121, %v120 : f32
          %v124 = arith.mulf %v122, %v108 : f32
          %v125 = arith.addf %v124, %v123 : f32
          %v127 = arith.mulf %v125, %v108 : f32
          %v128 = arith.addf %v127, %v126 : f32
          %v129 = arith.mulf %v128, %v108 : f32
          %v130 = arith.addf %v129, %v66 : f32
          %v131 = arith.mulf %v130, %v108 : f32
          %v132 = llvm.call_intrinsic "llvm.fabs.f32"(%v108) : (f32) -> f32
          %v134 = arith.cmpf olt, %v132, %v133 : f32
          %v135 = arith.select %v134, %v131, %v112 : f32
          %v136 = arith.addf %v103, %v135 : f32
          %v142 = arith.mulf %v136, %v141 : f32
          %v143 = arith.mulf %v142, %v106 : f32
          %v144 = llvm.call_intrinsic "llvm.exp2.f32"(%v143) : (f32) -> f32
          %v148 = arith.muli %v63, %v147 : i64
          %v149 = arith.muli %v87, %v146 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = llvm.getelementptr %in_Bm[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 : !llvm.ptr -> f32
          %v153 = arith.mulf %v136, %v152 : f32
          %v154 = arith.muli %v63, %v90 : i64
          %v155 = arith.muli %v87, %v89 : i64
          %v156 = arith.addi %v154, %v155 : i64
          %v157 = arith.muli %v61, %v88 : i64
          %v158 = arith.addi %v156, %v157 : i64
          %v159 = llvm.getelementptr %in_u[%v158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v160 = llvm.load %v159 : !llvm.ptr -> f32
          %v161 = arith.mulf %v153, %v160 : f32
          %v162 = llvm.load %v6 : !llvm.ptr -> f32
          %v163 = arith.mulf %v144, %v162 : f32
          %v164 = arith.addf %v163, %v161 : f32
          %v165 = llvm.load %v23 : !llvm.ptr -> f32
          %v166 = arith.mulf %v144, %v165 : f32
          %v173 = arith.mulf %v136, %v172 : f32
          %v174 = arith.mulf %v173, %v106 : f32
          %v175 = llvm.call_intrinsic "llvm.exp2.f32"(%v174) : (f32) -> f32
          %v176 = arith.muli %v63, %v147 : i64
          %v177 = arith.muli %v87, %v146 : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = arith.constant 1 : i64
          %v180 = arith.muli %v179, %v145 : i64
          %v181 = arith.addi %v178, %v180 : i64
          %v182 = llvm.getelementptr %in_Bm[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.mulf %v136, %v183 : f32
          %v185 = arith.mulf %v184, %v160 : f32
          %v186 = llvm.load %v7 : !llvm.ptr -> f32
          %v187 = arith.mulf %v175, %v186 : f32
          %v188 = arith.addf %v187, %v185 : f32
          %v189 = llvm.load %v24 : !llvm.ptr -> f32
          %v190 = arith.mulf %v175, %v189 : f32
          %v197 = arith.mulf %v136, %v196 : f32
          %v198 = arith.mulf %v197, %v106 : f32
          %v199 = llvm.call_intrinsic "llvm.exp2.f32"(%v198) : (f32) -> f32
          %v200 = arith.muli %v63, %v147 : i64
          %v201 = arith.muli %v87, %v146 : i64
          %v202 = arith.addi %v200, %v201 : i64
          %v203 = arith.constant 2 : i64
          %v204 = arith.muli %v203, %v145 : i64
          %v205 = arith.addi %v202, %v204 : i64
          %v206 = llvm.getelementptr %in_Bm[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v207 = llvm.load %v206 : !llvm.ptr -> f32
          %v208 = arith.mulf %v136, %v207 : f32
          %v209 = arith.mulf %v208, %v160 : f32
          %v210 = llvm.load %v8 : !llvm.ptr -> f32
          %v211 = arith.mulf %v199, %v210 : f32
          %v212 = arith.addf %v211, %v209 : f32
          %v213 = llvm.load %v25 : !llvm.ptr -> f32
          %v214 = arith.mulf %v199, %v213 : f32
          %v221 = arith.mulf %v136, %v220 : f32
          %v222 = arith.mulf %v221, %v106 : f32
          %v223 = llvm.call_intrinsic "llvm.exp2.f32"(%v222) : (f32) -> f32
          %v224 = arith.muli %v63, %v147 : i64
          %v225 = arith.muli %v87, %v146 : i64
          %v226 = arith.addi %v224, %v225 : i64
          %v227 = arith.constant 3 : i64
          %v228 = arith.muli %v227, %v145 : i64
          %v229 = arith.addi %v226, %v228 : i64
          %v230 = llvm.getelementptr %in_Bm[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v231 = llvm.load %v230 : !llvm.ptr -> f32
          %v232 = arith.mulf %v136, %v231 : f32
          %v233 = arith.mulf %v232, %v160 : f32
          %v234 = llvm.load %v9 : !llvm.ptr -> f32
          %v235 = arith.mulf %v223, %v234 : f32
          %v236 = arith.addf %v235, %v233 : f32
          %v237 = llvm.load %v26 : !llvm.ptr -> f32
          %v238 = arith.mulf %v223, %v237 : f32
          %v245 = arith.mulf %v136, %v244 : f32
          %v246 = arith.mulf %v245, %v106 : f32
          %v247 = llvm.call_intrinsic "llvm.exp2.f32"(%v246) : (f32) -> f32
          %v248 = arith.muli %v63, %v147 : i64
          %v249 = arith.muli %v87, %v146 : i64
          %v250 = arith.addi %v248, %v249 : i64
          %v251 = arith.constant 4 : i64
          %v252 = arith.muli %v251, %v145 : i64
          %v253 = arith.addi %v250, %v252 : i64
          %v254 = llvm.getelementptr %in_Bm[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v255 = llvm.load %v254 : !llvm.ptr -> f32
          %v256 = arith.mulf %v136, %v255 : f32
          %v257 = arith.mulf %v256, %v160 : f32
          %v258 = llvm.load %v10 : !llvm.ptr -> f32
          %v259 = arith.mulf %v247, %v258 : f32
          %v260 = arith.addf %v259, %v257 : f32
          %v261 = llvm.load %v27 : !llvm.ptr -> f32
          %v262 = arith.mulf %v247, %v261 : f32
          %v269 = arith.mulf %v136, %v268 : f32
          %v270 = arith.mulf %v269, %v106 : f32
          %v271 = llvm.call_intrinsic "llvm.exp2.f32"(%v270) : (f32) -> f32
          %v272 = arith.muli %v63, %v147 : i64
          %v273 = arith.muli %v87, %v146 : i64
          %v274 = arith.addi %v272, %v273 : i64
          %v275 = arith.constant 5 : i64
          %v276 = arith.muli %v275, %v145 : i64
          %v277 = arith.addi %v274, %v276 : i64
          %v278 = llvm.getelementptr %in_Bm[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v279 = llvm.load %v278 : !llvm.ptr -> f32
          %v280 = arith.mulf %v136, %v279 : f32
          %v281 = arith.mulf %v280, %v160 : f32
          %v282 = llvm.load %v11 : !llvm.ptr -> f32
          %v283 = arith.mulf %v271, %v282 : f32
          %v284 = arith.addf %v283, %v281 : f32
          %v285 = llvm.load %v28 : !llvm.ptr -> f32
          %v286 = arith.mulf %v271, %v285 : f32
          %v293 = arith.mulf %v136, %v292 : f32
          %v294 = arith.mulf %v293, %v106 : f32
          %v295 = llvm.call_intrinsic "llvm.exp2.f32"(%v294) : (f32) -> f32
          %v296 = arith.muli %v63, %v147 : i64
          %v297 = arith.muli %v87, %v146 : i64
          %v298 = arith.addi %v296, %v297 : i64
          %v299 = arith.constant 6 : i64
          %v300 = arith.muli %v299, %v145 : i64
          %v301 = arith.addi %v298, %v300 : i64
          %v302 = llvm.getelementptr %in_Bm[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v303 = llvm.load %v302 : !llvm.ptr -> f32
          %v304 = arith.mulf %v136, %v303 : f32
          %v305 = arith.mulf %v304, %v160 : f32
          %v306 = llvm.load %v12 : !llvm.ptr -> f32
          %v307 = arith.mulf %v295, %v306 : f32
          %v308 = arith.addf %v307, %v305 : f32
          %v309 = llvm.load %v29 : !llvm.ptr -> f32
          %v310 = arith.mulf %v295, %v309 : f32
          %v317 = arith.mulf %v136, %v316 : f32
          %v318 = arith.mulf %v317, %v106 : f32
          %v319 = llvm.call_intrinsic "llvm.exp2.f32"(%v318) : (f32) -> f32
          %v320 = arith.muli %v63, %v147 : i64
          %v321 = arith.muli %v87, %v146 : i64
          %v322 = arith.addi %v320, %v321 : i64
          %v323 = arith.constant 7 : i64
          %v324 = arith.muli %v323, %v145 : i64
          %v325 = arith.addi %v322, %v324 : i64
          %v326 = llvm.getelementptr %in_Bm[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v327 = llvm.load %v326 : !llvm.ptr -> f32
          %v328 = arith.mulf %v136, %v327 : f32
          %v329 = arith.mulf %v328, %v160 : f32
          %v330 = llvm.load %v13 : !llvm.ptr -> f32
          %v331 = arith.mulf %v319, %v330 : f32
          %v332 = arith.addf %v331, %v329 : f32
          %v333 = llvm.load %v30 : !llvm.ptr -> f32
          %v334 = arith.mulf %v319, %v333 : f32
          %v341 = arith.mulf %v136, %v340 : f32
          %v342 = arith.mulf %v341, %v106 : f32
          %v343 = llvm.call_intrinsic "llvm.exp2.f32"(%v342) : (f32) -> f32
          %v344 = arith.muli %v63, %v147 : i64
          %v345 = arith.muli %v87, %v146 : i64
          %v346 = arith.addi %v344, %v345 : i64
          %v347 = arith.constant 8 : i64
          %v348 = arith.muli %v347, %v145 : i64
          %v349 = arith.addi %v346, %v348 : i64
          %v350 = llvm.getelementptr %in_Bm[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v351 = llvm.load %v350 : !llvm.ptr -> f32
          %v352 = arith.mulf %v136, %v351 : f32
          %v353 = arith.mulf %v352, %v160 : f32
          %v354 = llvm.load %v14 : !llvm.ptr -> f32
          %v355 = arith.mulf %v343, %v354 : f32
          %v356 = arith.addf %v355, %v353 : f32
          %v357 = llvm.load %v31 : !llvm.ptr -> f32
          %v358 = arith.mulf %v343, %v357 : f32
          %v365 = arith.mulf %v136, %v364 : f32
          %v366 = arith.mulf %v365, %v106 : f32
          %v367 = llvm.call_intrinsic "llvm.exp2.f32"(%v366) : (f32) -> f32
          %v368 = arith.muli %v63, %v147 : i64
          %v369 = arith.muli %v87, %v146 : i64
          %v370 = arith.addi %v368, %v369 : i64
          %v371 = arith.constant 9 : i64
          %v372 = arith.muli %v371, %v145 : i64
          %v373 = arith.addi %v370, %v372 : i64
          %v374 = llvm.getelementptr %in_Bm[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v375 = llvm.load %v374 : !llvm.ptr -> f32
          %v376 = arith.mulf %v136, %v375 : f32
          %v377 = arith.mulf %v376, %v160 : f32
          %v378 = llvm.load %v15 : !llvm.ptr -> f32
          %v379 = arith.mulf %v367, %v378 : f32
          %v380 = arith.addf %v379, %v377 : f32
          %v381 = llvm.load %v32 : !llvm.ptr -> f32
          %v382 = arith.mulf %v367, %v381 : f32
          %v389 = arith.mulf %v136, %v388 : f32
          %v390 = arith.mulf %v389, %v106 : f32
          %v391 = llvm.call_intrinsic "llvm.exp2.f32"(%v390) : (f32) -> f32
          %v392 = arith.muli %v63, %v147 : i64
          %v393 = arith.muli %v87, %v146 : i64
          %v394 = arith.addi %v392, %v393 : i64
          %v395 = arith.constant 10 : i64
          %v396 = arith.muli %v395, %v145 : i64
          %v397 = arith.addi %v394, %v396 : i64
          %v398 = llvm.getelementptr %in_Bm[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v399 = llvm.load %v398 : !llvm.ptr -> f32
          %v400 = arith.mulf %v136, %v399 : f32
          %v401 = arith.mulf %v400, %v160 : f32
          %v402 = llvm.load %v16 : !llvm.ptr -> f32
          %v403 = arith.mulf %v391, %v402 : f32
          %v404 = arith.addf %v403, %v401 : f32
          %v405 = llvm.load %v33 : !llvm.ptr -> f32
          %v406 = arith.mulf %v391, %v405 : f32
          %v413 = arith.mulf %v136, %v412 : f32
          %v414 = arith.mulf %v413, %v106 : f32
          %v415 = llvm.call_intrinsic "llvm.exp2.f32"(%v414) : (f32) -> f32
          %v416 = arith.muli %v63, %v147 : i64
          %v417 = arith.muli %v87, %v146 : i64
          %v418 = arith.addi %v416, %v417 : i64
          %v419 = arith.constant 11 : i64
          %v420 = arith.muli %v419, %v145 : i64
          %v421 = arith.addi %v418, %v420 : i64
          %v422 = llvm.getelementptr %in_Bm[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v423 = llvm.load %v422 : !llvm.ptr -> f32
          %v424 = arith.mulf %v136, %v423 : f32
          %v425 = arith.mulf %v424, %v160 : f32
          %v426 = llvm.load %v17 : !llvm.ptr -> f32
          %v427 = arith.mulf %v415, %v426 : f32
          %v428 = arith.addf %v427, %v425 : f32
          %v429 = llvm.load %v34 : !llvm.ptr -> f32
          %v430 = arith.mulf %v415, %v429 : f32
          %v437 = arith.mulf %v136, %v436 : f32
          %v438 = arith.mulf %v437, %v106 : f32
          %v439 = llvm.call_intrinsic "llvm.exp2.f32"(%v438) : (f32) -> f32
          %v440 = arith.muli %v63, %v147 : i64
          %v441 = arith.muli %v87, %v146 : i64
          %v442 = arith.addi %v440, %v441 : i64
          %v443 = arith.constant 12 : i64
          %v444 = arith.muli %v443, %v145 : i64
          %v445 = arith.addi %v442, %v444 : i64
          %v446 = llvm.getelementptr %in_Bm[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v447 = llvm.load %v446 : !llvm.ptr -> f32
          %v448 = arith.mulf %v136, %v447 : f32
          %v449 = arith.mulf %v448, %v160 : f32
          %v450 = llvm.load %v18 : !llvm.ptr -> f32
          %v451 = arith.mulf %v439, %v450 : f32
          %v452 = arith.addf %v451, %v449 : f32
          %v453 = llvm.load %v35 : !llvm.ptr -> f32
          %v454 = arith.mulf %v439, %v453 : f32
          %v461 = arith.mulf %v136, %v460 : f32
          %v462 = arith.mulf %v461, %v106 : f32
          %v463 = llvm.call_intrinsic "llvm.exp2.f32"(%v462) : (f32) -> f32
          %v464 = arith.muli %v63, %v147 : i64
          %v465 = arith.muli %v87, %v146 : i64
          %v466 = arith.addi %v464, %v465 : i64
          %v467 = arith.constant 13 : i64
          %v468 = arith.muli %v467, %v145 : i64
          %v469 = arith.addi %v466, %v468 : i64
          %v470 = llvm.getelementptr %in_Bm[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v471 = llvm.load %v470 : !llvm.ptr -> f32
          %v472 = arith.mulf %v136, %v471 : f32
          %v473 = arith.mulf %v472, %v160 : f32
          %v474 = llvm.load %v19 : !llvm.ptr -> f32
          %v475 = arith.mulf %v463, %v474 : f32
          %v476 = arith.addf %v475, %v473 : f32
          %v477 = llvm.load %v36 : !llvm.ptr -> f32
          %v478 = arith.mulf %v463, %v477 : f32
          %v485 = arith.mulf %v136, %v484 : f32
          %v486 = arith.mulf %v485, %v106 : f32
          %v487 = llvm.call_intrinsic "llvm.exp2.f32"(%v486) : (f32) -> f32
          %v488 = arith.muli %v63, %v147 : i64
          %v489 = arith.muli %v87, %v146 : i64
          %v490 = arith.addi %v488, %v489 : i64
          %v491 = arith.constant 14 : i64
          %v492 = arith.muli %v491, %v145 : i64
          %v493 = arith.addi %v490, %v492 : i64
          %v494 = llvm.getelementptr %in_Bm[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v495 = llvm.load %v494 : !llvm.ptr -> f32
          %v496 = arith.mulf %v136, %v495 : f32
          %v497 = arith.mulf %v496, %v160 : f32
          %v498 = llvm.load %v20 : !llvm.ptr -> f32
          %v499 = arith.mulf %v487, %v498 : f32
          %v500 = arith.addf %v499, %v497 : f32
          %v501 = llvm.load %v37 : !llvm.ptr -> f32
          %v502 = arith.mulf %v487, %v501 : f32
          %v509 = arith.mulf %v136, %v508 : f32
          %v510 = arith.mulf %v509, %v106 : f32
          %v511 = llvm.call_intrinsic "llvm.exp2.f32"(%v510) : (f32) -> f32
          %v512 = arith.muli %v63, %v147 : i64
          %v513 = arith.muli %v87, %v146 : i64
          %v514 = arith.addi %v512, %v513 : i64
          %v515 = arith.constant 15 : i64
          %v516 = arith.muli %v515, %v145 : i64
          %v517 = arith.addi %v514, %v516 : i64
          %v518 = llvm.getelementptr %in_Bm[%v517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v519 = llvm.load %v518 : !llvm.ptr -> f32
          %v520 = arith.mulf %v136, %v519 : f32
          %v521 = arith.mulf %v520, %v160 : f32
          %v522 = llvm.load %v21 : !llvm.ptr -> f32
          %v523 = arith.mulf %v511, %v522 : f32
          %v524 = arith.addf %v523, %v521 : f32
          %v525 = llvm.load %v38 : !llvm.ptr -> f32
          %v526 = arith.mulf %v511, %v525 : f32
          llvm.store %v164, %v6 : f32, !llvm.ptr
          llvm.store %v166, %v23 : f32, !llvm.ptr
          llvm.store %v188, %v7 : f32, !llvm.ptr
          llvm.store %v190, %v24 : f32, !llvm.ptr
          llvm.store %v212, %v8 : f32, !llvm.ptr
          llvm.store %v214, %v25 : f32, !llvm.ptr
          llvm.store %v236, %v9 : f32, !llvm.ptr
          llvm.store %v238, %v26 : f32, !llvm.ptr
          llvm.store %v260, %v10 : f32, !llvm.ptr
          llvm.store %v262, %v27 : f32, !llvm.ptr
          llvm.store %v284, %v11 : f32, !llvm.ptr
          llvm.store %v286, %v28 : f32, !llvm.ptr
          llvm.store %v308, %v12 : f32, !llvm.ptr
          llvm.store %v310, %v29 : f32, !llvm.ptr
          llvm.store %v332, %v13 : f32, !llvm.ptr
          llvm.store %v334, %v30 : f32, !llvm.ptr
          llvm.store %v356, %v14 : f32, !llvm.ptr
          llvm.store %v358, %v31 : f32, !llvm.ptr
          llvm.store %v380, %v15 : f32, !llvm.ptr
          llvm.store %v382, %v32 : f32, !llvm.ptr
          llvm.store %v404, %v16 : f32, !llvm.ptr
          llvm.store %v406, %v33 : f32, !llvm.ptr
          llvm.store %v428, %v17 : f32, !llvm.ptr
          llvm.store %v430, %v34 : f32, !llvm.ptr
          llvm.store %v452, %v18 : f32, !llvm.ptr
          llvm.store %v454, %v35 : f32, !llvm.ptr
          llvm.store %v476, %v19 : f32, !llvm.ptr
          llvm.store %v478, %v36 : f32, !llvm.ptr
          llvm.store %v500, %v20 : f32, !llvm.ptr
          llvm.store %v502, %v37 : f32, !llvm.ptr
          llvm.store %v524, %v21 : f32, !llvm.ptr
          llvm.store %v526, %v38 : f32, !llvm.ptr
        }
      }
      scf.if %v57 {
        %v527 = arith.muli %v53, %v4 : i64
        %v529 = arith.subi %v4, %v528 : i64
        %v530 = arith.minsi %v56, %v529 : i64
        %v531 = arith.addi %v527, %v530 : i64
        %v533 = arith.muli %v531, %v532 : i64
        %v535 = arith.addi %v533, %v534 : i64
        %v536 = llvm.load %v23 : !llvm.ptr -> f32
        %v537 = llvm.getelementptr %agga_h[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v536, %v537 : f32, !llvm.ptr
        %v538 = llvm.load %v6 : !llvm.ptr -> f32
        %v539 = llvm.getelementptr %aggb_h[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v538, %v539 : f32, !llvm.ptr
        %v540 = arith.muli %v53, %v4 : i64
        %v542 = arith.subi %v4, %v541 : i64
        %v543 = arith.minsi %v56, %v542 : i64
        %v544 = arith.addi %v540, %v543 : i64
        %v546 = arith.muli %v544, %v545 : i64
        %v548 = arith.addi %v546, %v547 : i64
        %v549 = llvm.load %v24 : !llvm.ptr -> f32
        %v550 = llvm.getelementptr %agga_h[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v549, %v550 : f32, !llvm.ptr
        %v551 = llvm.load %v7 : !llvm.ptr -> f32
        %v552 = llvm.getelementptr %aggb_h[%v548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v551, %v552 : f32, !llvm.ptr
        %v553 = arith.muli %v53, %v4 : i64
        %v555 = arith.subi %v4, %v554 : i64
        %v556 = arith.minsi %v56, %v555 : i64
        %v557 = arith.addi %v553, %v556 : i64
        %v559 = arith.muli %v557, %v558 : i64
        %v561 = arith.addi %v559, %v560 : i64
        %v562 = llvm.load %v25 : !llvm.ptr -> f32
        %v563 = llvm.getelementptr %agga_h[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v562, %v563 : f32, !llvm.ptr
        %v564 = llvm.load %v8 : !llvm.ptr -> f32
        %v565 = llvm.getelementptr %aggb_h[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v564, %v565 : f32, !llvm.ptr
        %v566 = arith.muli %v53, %v4 : i64
        %v568 = arith.subi %v4, %v567 : i64
        %v569 = arith.minsi %v56, %v568 : i64
        %v570 = arith.addi %v566, %v569 : i64
        %v572 = arith.muli %v570, %v571 : i64
        %v574 = arith.addi %v572, %v573 : i64
        %v575 = llvm.load %v26 : !llvm.ptr -> f32
        %v576 = llvm.getelementptr %agga_h[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v575, %v576 : f32, !llvm.ptr
        %v577 = llvm.load %v9 : !llvm.ptr -> f32
        %v578 = llvm.getelementptr %aggb_h[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v577, %v578 : f32, !llvm.ptr
        %v579 = arith.muli %v53, %v4 : i64
        %v581 = arith.subi %v4, %v580 : i64
        %v582 = arith.minsi %v56, %v581 : i64
        %v583 = arith.addi %v579, %v582 : i64
        %v585 = arith.muli %v583, %v584 : i64
        %v587 = arith.addi %v585, %v586 : i64
        %v588 = llvm.load %v27 : !llvm.ptr -> f32
        %v589 = llvm.getelementptr %agga_h[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v588, %v589 : f32, !llvm.ptr
        %v590 = llvm.load %v10 : !llvm.ptr -> f32
        %v591 = llvm.getelementptr %aggb_h[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v590, %v591 : f32, !llvm.ptr
        %v592 = arith.muli %v53, %v4 : i64
        %v594 = arith.subi %v4, %v593 : i64
        %v595 = arith.minsi %v56, %v594 : i64
        %v596 = arith.addi %v592, %v595 : i64
        %v598 = arith.muli %v596, %v597 : i64
        %v600 = arith.addi %v598, %v599 : i64
        %v601 = llvm.load %v28 : !llvm.ptr -> f32
        %v602 = llvm.getelementptr %agga_h[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v601, %v602 : f32, !llvm.ptr
        %v603 = llvm.load %v11 : !llvm.ptr -> f32
        %v604 = llvm.getelementptr %aggb_h[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v603, %v604 : f32, !llvm.ptr
        %v605 = arith.muli %v53, %v4 : i64
        %v607 = arith.subi %v4, %v606 : i64
        %v608 = arith.minsi %v56, %v607 : i64
        %v609 = arith.addi %v605, %v608 : i64
        %v611 = arith.muli %v609, %v610 : i64
        %v613 = arith.addi %v611, %v612 : i64
        %v614 = llvm.load %v29 : !llvm.ptr -> f32
        %v615 = llvm.getelementptr %agga_h[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v614, %v615 : f32, !llvm.ptr
        %v616 = llvm.load %v12 : !llvm.ptr -> f32
        %v617 = llvm.getelementptr %aggb_h[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v616, %v617 : f32, !llvm.ptr
        %v618 = arith.muli %v53, %v4 : i64
        %v620 = arith.subi %v4, %v619 : i64
        %v621 = arith.minsi %v56, %v620 : i64
        %v622 = arith.addi %v618, %v621 : i64
        %v624 = arith.muli %v622, %v623 : i64
        %v626 = arith.addi %v624, %v625 : i64
        %v627 = llvm.load %v30 : !llvm.ptr -> f32
        %v628 = llvm.getelementptr %agga_h[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v627, %v628 : f32, !llvm.ptr
        %v629 = llvm.load %v13 : !llvm.ptr -> f32
        %v630 = llvm.getelementptr %aggb_h[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v629, %v630 : f32, !llvm.ptr
        %v631 = arith.muli %v53, %v4 : i64
        %v633 = arith.subi %v4, %v632 : i64
        %v634 = arith.minsi %v56, %v633 : i64
        %v635 = arith.addi %v631, %v634 : i64
        %v637 = arith.muli %v635, %v636 : i64
        %v639 = arith.addi %v637, %v638 : i64
        %v640 = llvm.load %v31 : !llvm.ptr -> f32
        %v641 = llvm.getelementptr %agga_h[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v640, %v641 : f32, !llvm.ptr
        %v642 = llvm.load %v14 : !llvm.ptr -> f32
        %v643 = llvm.getelementptr %aggb_h[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v642, %v643 : f32, !llvm.ptr
        %v644 = arith.muli %v53, %v4 : i64
        %v646 = arith.subi %v4, %v645 : i64
        %v647 = arith.minsi %v56, %v646 : i64
        %v648 = arith.addi %v644, %v647 : i64
        %v650 = arith.muli %v648, %v649 : i64
        %v652 = arith.addi %v650, %v651 : i64
        %v653 = llvm.load %v32 : !llvm.ptr -> f32
        %v654 = llvm.getelementptr %agga_h[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v653, %v654 : f32, !llvm.ptr
        %v655 = llvm.load %v15 : !llvm.ptr -> f32
        %v656 = llvm.getelementptr %aggb_h[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v655, %v656 : f32, !llvm.ptr
        %v657 = arith.muli %v53, %v4 : i64
        %v659 = arith.subi %v4, %v658 : i64
        %v660 = arith.minsi %v56, %v659 : i64
        %v661 = arith.addi %v657, %v660 : i64
        %v663 = arith.muli %v661, %v662 : i64
        %v665 = arith.addi %v663, %v664 : i64
        %v666 = llvm.load %v33 : !llvm.ptr -> f32
        %v667 = llvm.getelementptr %agga_h[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v666, %v667 : f32, !llvm.ptr
        %v668 = llvm.load %v16 : !llvm.ptr -> f32
        %v669 = llvm.getelementptr %aggb_h[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v668, %v669 : f32, !llvm.ptr
        %v670 = arith.muli %v53, %v4 : i64
        %v672 = arith.subi %v4, %v671 : i64
        %v673 = arith.minsi %v56, %v672 : i64
        %v674 = arith.addi %v670, %v673 : i64
        %v676 = arith.muli %v674, %v675 : i64
        %v678 = arith.addi %v676, %v677 : i64
        %v679 = llvm.load %v34 : !llvm.ptr -> f32
        %v680 = llvm.getelementptr %agga_h[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v679, %v680 : f32, !llvm.ptr
        %v681 = llvm.load %v17 : !llvm.ptr -> f32
        %v682 = llvm.getelementptr %aggb_h[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v681, %v682 : f32, !llvm.ptr
        %v683 = arith.muli %v53, %v4 : i64
        %v685 = arith.subi %v4, %v684 : i64
        %v686 = arith.minsi %v56, %v685 : i64
        %v687 = arith.addi %v683, %v686 : i64
        %v689 = arith.muli %v687, %v688 : i64
        %v691 = arith.addi %v689, %v690 : i64
        %v692 = llvm.load %v35 : !llvm.ptr -> f32
        %v693 = llvm.getelementptr %agga_h[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v692, %v693 : f32, !llvm.ptr
        %v694 = llvm.load %v18 : !llvm.ptr -> f32
        %v695 = llvm.getelementptr %aggb_h[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v694, %v695 : f32, !llvm.ptr
        %v696 = arith.muli %v53, %v4 : i64
        %v698 = arith.subi %v4, %v697 : i64
        %v699 = arith.minsi %v56, %v698 : i64
        %v700 = arith.addi %v696, %v699 : i64
        %v702 = arith.muli %v700, %v701 : i64
        %v704 = arith.addi %v702, %v703 : i64
        %v705 = llvm.load %v36 : !llvm.ptr -> f32
        %v706 = llvm.getelementptr %agga_h[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v705, %v706 : f32, !llvm.ptr
        %v707 = llvm.load %v19 : !llvm.ptr -> f32
        %v708 = llvm.getelementptr %aggb_h[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v707, %v708 : f32, !llvm.ptr
        %v709 = arith.muli %v53, %v4 : i64
        %v711 = arith.subi %v4, %v710 : i64
        %v712 = arith.minsi %v56, %v711 : i64
        %v713 = arith.addi %v709, %v712 : i64
        %v715 = arith.muli %v713, %v714 : i64
        %v717 = arith.addi %v715, %v716 : i64
        %v718 = llvm.load %v37 : !llvm.ptr -> f32
        %v719 = llvm.getelementptr %agga_h[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v718, %v719 : f32, !llvm.ptr
        %v720 = llvm.load %v20 : !llvm.ptr -> f32
        %v721 = llvm.getelementptr %aggb_h[%v717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v720, %v721 : f32, !llvm.ptr
        %v722 = arith.muli %v53, %v4 : i64
        %v724 = arith.subi %v4, %v723 : i64
        %v725 = arith.minsi %v56, %v724 : i64
        %v726 = arith.addi %v722, %v725 : i64
        %v728 = arith.muli %v726, %v727 : i64
        %v730 = arith.addi %v728, %v729 : i64
        %v731 = llvm.load %v38 : !llvm.ptr -> f32
        %v732 = llvm.getelementptr %agga_h[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v731, %v732 : f32, !llvm.ptr
        %v733 = llvm.load %v21 : !llvm.ptr -> f32
        %v734 = llvm.getelementptr %aggb_h[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v733, %v734 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
