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
      %v89 = arith.muli %v88, %v1 : i64
      %v93 = arith.constant 0x3FB8AA3B : f32
      %v95 = arith.constant 1 : i64
      %v96 = arith.muli %v95, %size_D : i64
      %v97 = arith.muli %v96, %size_L : i64
      %v105 = arith.constant 1 : i64
      %v117 = arith.constant 0x3F317218 : f32
      %v119 = arith.constant 0x3E124925 : f32
      %v120 = arith.constant 0xBE2AAAAB : f32
      %v123 = arith.constant 0x3E4CCCCD : f32
      %v126 = arith.constant 0xBE800000 : f32
      %v129 = arith.constant 0x3EAAAAAB : f32
      %v132 = arith.constant 0xBF000000 : f32
      %v139 = arith.constant 0x3D800000 : f32
      %v145 = arith.constant 1 : i64
      %v146 = arith.muli %v145, %v1 : i64
      %v147 = arith.muli %v146, %size_L : i64
      %v513 = arith.constant 1 : i64
      %v517 = arith.constant 16 : i64
      %v519 = arith.constant 0 : i64
      %v526 = arith.constant 1 : i64
      %v530 = arith.constant 16 : i64
      %v532 = arith.constant 1 : i64
      %v539 = arith.constant 1 : i64
      %v543 = arith.constant 16 : i64
      %v545 = arith.constant 2 : i64
      %v552 = arith.constant 1 : i64
      %v556 = arith.constant 16 : i64
      %v558 = arith.constant 3 : i64
      %v565 = arith.constant 1 : i64
      %v569 = arith.constant 16 : i64
      %v571 = arith.constant 4 : i64
      %v578 = arith.constant 1 : i64
      %v582 = arith.constant 16 : i64
      %v584 = arith.constant 5 : i64
      %v591 = arith.constant 1 : i64
      %v595 = arith.constant 16 : i64
      %v597 = arith.constant 6 : i64
      %v604 = arith.constant 1 : i64
      %v608 = arith.constant 16 : i64
      %v610 = arith.constant 7 : i64
      %v617 = arith.constant 1 : i64
      %v621 = arith.constant 16 : i64
      %v623 = arith.constant 8 : i64
      %v630 = arith.constant 1 : i64
      %v634 = arith.constant 16 : i64
      %v636 = arith.constant 9 : i64
      %v643 = arith.constant 1 : i64
      %v647 = arith.constant 16 : i64
      %v649 = arith.constant 10 : i64
      %v656 = arith.constant 1 : i64
      %v660 = arith.constant 16 : i64
      %v662 = arith.constant 11 : i64
      %v669 = arith.constant 1 : i64
      %v673 = arith.constant 16 : i64
      %v675 = arith.constant 12 : i64
      %v682 = arith.constant 1 : i64
      %v686 = arith.constant 16 : i64
      %v688 = arith.constant 13 : i64
      %v695 = arith.constant 1 : i64
      %v699 = arith.constant 16 : i64
      %v701 = arith.constant 14 : i64
      %v708 = arith.constant 1 : i64
      %v712 = arith.constant 16 : i64
      %v714 = arith.constant 15 : i64
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
      %v90 = arith.muli %v61, %v89 : i64
      %v91 = llvm.getelementptr %in_A[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v92 = llvm.load %v91 : !llvm.ptr -> f32
      %v94 = arith.mulf %v92, %v93 : f32
      %v106 = arith.muli %v61, %v105 : i64
      %v107 = llvm.getelementptr %in_dt_bias[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v108 = llvm.load %v107 : !llvm.ptr -> f32
      %v167 = arith.muli %v61, %v89 : i64
      %v168 = arith.constant 1 : i64
      %v169 = arith.muli %v168, %v88 : i64
      %v170 = arith.addi %v167, %v169 : i64
      %v171 = llvm.getelementptr %in_A[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = llvm.load %v171 : !llvm.ptr -> f32
      %v173 = arith.mulf %v172, %v93 : f32
      %v190 = arith.muli %v61, %v89 : i64
      %v191 = arith.constant 2 : i64
      %v192 = arith.muli %v191, %v88 : i64
      %v193 = arith.addi %v190, %v192 : i64
      %v194 = llvm.getelementptr %in_A[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v195 = llvm.load %v194 : !llvm.ptr -> f32
      %v196 = arith.mulf %v195, %v93 : f32
      %v213 = arith.muli %v61, %v89 : i64
      %v214 = arith.constant 3 : i64
      %v215 = arith.muli %v214, %v88 : i64
      %v216 = arith.addi %v213, %v215 : i64
      %v217 = llvm.getelementptr %in_A[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v218 = llvm.load %v217 : !llvm.ptr -> f32
      %v219 = arith.mulf %v218, %v93 : f32
      %v236 = arith.muli %v61, %v89 : i64
      %v237 = arith.constant 4 : i64
      %v238 = arith.muli %v237, %v88 : i64
      %v239 = arith.addi %v236, %v238 : i64
      %v240 = llvm.getelementptr %in_A[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v241 = llvm.load %v240 : !llvm.ptr -> f32
      %v242 = arith.mulf %v241, %v93 : f32
      %v259 = arith.muli %v61, %v89 : i64
      %v260 = arith.constant 5 : i64
      %v261 = arith.muli %v260, %v88 : i64
      %v262 = arith.addi %v259, %v261 : i64
      %v263 = llvm.getelementptr %in_A[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v264 = llvm.load %v263 : !llvm.ptr -> f32
      %v265 = arith.mulf %v264, %v93 : f32
      %v282 = arith.muli %v61, %v89 : i64
      %v283 = arith.constant 6 : i64
      %v284 = arith.muli %v283, %v88 : i64
      %v285 = arith.addi %v282, %v284 : i64
      %v286 = llvm.getelementptr %in_A[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v287 = llvm.load %v286 : !llvm.ptr -> f32
      %v288 = arith.mulf %v287, %v93 : f32
      %v305 = arith.muli %v61, %v89 : i64
      %v306 = arith.constant 7 : i64
      %v307 = arith.muli %v306, %v88 : i64
      %v308 = arith.addi %v305, %v307 : i64
      %v309 = llvm.getelementptr %in_A[%v308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v310 = llvm.load %v309 : !llvm.ptr -> f32
      %v311 = arith.mulf %v310, %v93 : f32
      %v328 = arith.muli %v61, %v89 : i64
      %v329 = arith.constant 8 : i64
      %v330 = arith.muli %v329, %v88 : i64
      %v331 = arith.addi %v328, %v330 : i64
      %v332 = llvm.getelementptr %in_A[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = llvm.load %v332 : !llvm.ptr -> f32
      %v334 = arith.mulf %v333, %v93 : f32
      %v351 = arith.muli %v61, %v89 : i64
      %v352 = arith.constant 9 : i64
      %v353 = arith.muli %v352, %v88 : i64
      %v354 = arith.addi %v351, %v353 : i64
      %v355 = llvm.getelementptr %in_A[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v356 = llvm.load %v355 : !llvm.ptr -> f32
      %v357 = arith.mulf %v356, %v93 : f32
      %v374 = arith.muli %v61, %v89 : i64
      %v375 = arith.constant 10 : i64
      %v376 = arith.muli %v375, %v88 : i64
      %v377 = arith.addi %v374, %v376 : i64
      %v378 = llvm.getelementptr %in_A[%v377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = llvm.load %v378 : !llvm.ptr -> f32
      %v380 = arith.mulf %v379, %v93 : f32
      %v397 = arith.muli %v61, %v89 : i64
      %v398 = arith.constant 11 : i64
      %v399 = arith.muli %v398, %v88 : i64
      %v400 = arith.addi %v397, %v399 : i64
      %v401 = llvm.getelementptr %in_A[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v402 = llvm.load %v401 : !llvm.ptr -> f32
      %v403 = arith.mulf %v402, %v93 : f32
      %v420 = arith.muli %v61, %v89 : i64
      %v421 = arith.constant 12 : i64
      %v422 = arith.muli %v421, %v88 : i64
      %v423 = arith.addi %v420, %v422 : i64
      %v424 = llvm.getelementptr %in_A[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v425 = llvm.load %v424 : !llvm.ptr -> f32
      %v426 = arith.mulf %v425, %v93 : f32
      %v443 = arith.muli %v61, %v89 : i64
      %v444 = arith.constant 13 : i64
      %v445 = arith.muli %v444, %v88 : i64
      %v446 = arith.addi %v443, %v445 : i64
      %v447 = llvm.getelementptr %in_A[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v448 = llvm.load %v447 : !llvm.ptr -> f32
      %v449 = arith.mulf %v448, %v93 : f32
      %v466 = arith.muli %v61, %v89 : i64
      %v467 = arith.constant 14 : i64
      %v468 = arith.muli %v467, %v88 : i64
      %v469 = arith.addi %v466, %v468 : i64
      %v470 = llvm.getelementptr %in_A[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v471 = llvm.load %v470 : !llvm.ptr -> f32
      %v472 = arith.mulf %v471, %v93 : f32
      %v489 = arith.muli %v61, %v89 : i64
      %v490 = arith.constant 15 : i64
      %v491 = arith.muli %v490, %v88 : i64
      %v492 = arith.addi %v489, %v491 : i64
      %v493 = llvm.getelementptr %in_A[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v494 = llvm.load %v493 : !llvm.ptr -> f32
      %v495 = arith.mulf %v494, %v93 : f32
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
          %v98 = arith.muli %v63, %v97 : i64
          %v99 = arith.muli %v87, %v96 : i64
          %v100 = arith.addi %v98, %v99 : i64
          %v101 = arith.muli %v61, %v95 : i64
          %v102 = arith.addi %v100, %v101 : i64
          %v103 = llvm.getelementptr %in_delta[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          %v109 = arith.addf %v104, %v108 : f32
          %v110 = arith.maximumf %v109, %v65 : f32
          %v111 = llvm.call_intrinsic "llvm.fabs.f32"(%v109) : (f32) -> f32
          %v112 = arith.negf %v111 : f32
          %v113 = arith.mulf %v112, %v93 : f32
          %v114 = llvm.call_intrinsic "llvm.exp2.f32"(%v113) : (f32) -> f32
          %v115 = arith.addf %v66, %v114 : f32
          %v116 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v115) : (f32) -> f32
          %v118 = arith.mulf %v116, %v117 : f32
          %v121 = arith.mulf %v119, %v114 : f32
          %v122 = arith.addf %v121, %v120 : f32
          %v124 = arith.mulf %v122, %v114 : f32
          %v125 = arith.addf %v124, %v123 : f32
          %v127 = arith.mulf %v125, %v114 : f32
          %v128 = arith.addf %v127, %v126 : f32
          %v130 = arith.mulf %v128, %v114 : f32
          %v131 = arith.addf %v130, %v129 : f32
          %v133 = arith.mulf %v131, %v114 : f32
          %v134 = arith.addf %v133, %v132 : f32
          %v135 = arith.mulf %v134, %v114 : f32
          %v136 = arith.addf %v135, %v66 : f32
          %v137 = arith.mulf %v136, %v114 : f32
          %v138 = llvm.call_intrinsic "llvm.fabs.f32"(%v114) : (f32) -> f32
          %v140 = arith.cmpf olt, %v138, %v139 : f32
          %v141 = arith.select %v140, %v137, %v118 : f32
          %v142 = arith.addf %v110, %v141 : f32
          %v143 = arith.mulf %v142, %v94 : f32
          %v144 = llvm.call_intrinsic "llvm.exp2.f32"(%v143) : (f32) -> f32
          %v148 = arith.muli %v63, %v147 : i64
          %v149 = arith.muli %v87, %v146 : i64
          %v150 = arith.addi %v148, %v149 : i64
          %v151 = llvm.getelementptr %in_Bm[%v150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v152 = llvm.load %v151 : !llvm.ptr -> f32
          %v153 = arith.muli %v63, %v97 : i64
          %v154 = arith.muli %v87, %v96 : i64
          %v155 = arith.addi %v153, %v154 : i64
          %v156 = arith.muli %v61, %v95 : i64
          %v157 = arith.addi %v155, %v156 : i64
          %v158 = llvm.getelementptr %in_u[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v159 = llvm.load %v158 : !llvm.ptr -> f32
          %v160 = arith.mulf %v142, %v159 : f32
          %v161 = arith.mulf %v152, %v160 : f32
          %v162 = llvm.load %v6 : !llvm.ptr -> f32
          %v163 = arith.mulf %v144, %v162 : f32
          %v164 = arith.addf %v163, %v161 : f32
          %v165 = llvm.load %v23 : !llvm.ptr -> f32
          %v166 = arith.mulf %v144, %v165 : f32
          %v174 = arith.mulf %v142, %v173 : f32
          %v175 = llvm.call_intrinsic "llvm.exp2.f32"(%v174) : (f32) -> f32
          %v176 = arith.muli %v63, %v147 : i64
          %v177 = arith.muli %v87, %v146 : i64
          %v178 = arith.addi %v176, %v177 : i64
          %v179 = arith.constant 1 : i64
          %v180 = arith.muli %v179, %v145 : i64
          %v181 = arith.addi %v178, %v180 : i64
          %v182 = llvm.getelementptr %in_Bm[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v183 = llvm.load %v182 : !llvm.ptr -> f32
          %v184 = arith.mulf %v183, %v160 : f32
          %v185 = llvm.load %v7 : !llvm.ptr -> f32
          %v186 = arith.mulf %v175, %v185 : f32
          %v187 = arith.addf %v186, %v184 : f32
          %v188 = llvm.load %v24 : !llvm.ptr -> f32
          %v189 = arith.mulf %v175, %v188 : f32
          %v197 = arith.mulf %v142, %v196 : f32
          %v198 = llvm.call_intrinsic "llvm.exp2.f32"(%v197) : (f32) -> f32
          %v199 = arith.muli %v63, %v147 : i64
          %v200 = arith.muli %v87, %v146 : i64
          %v201 = arith.addi %v199, %v200 : i64
          %v202 = arith.constant 2 : i64
          %v203 = arith.muli %v202, %v145 : i64
          %v204 = arith.addi %v201, %v203 : i64
          %v205 = llvm.getelementptr %in_Bm[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v206 = llvm.load %v205 : !llvm.ptr -> f32
          %v207 = arith.mulf %v206, %v160 : f32
          %v208 = llvm.load %v8 : !llvm.ptr -> f32
          %v209 = arith.mulf %v198, %v208 : f32
          %v210 = arith.addf %v209, %v207 : f32
          %v211 = llvm.load %v25 : !llvm.ptr -> f32
          %v212 = arith.mulf %v198, %v211 : f32
          %v220 = arith.mulf %v142, %v219 : f32
          %v221 = llvm.call_intrinsic "llvm.exp2.f32"(%v220) : (f32) -> f32
          %v222 = arith.muli %v63, %v147 : i64
          %v223 = arith.muli %v87, %v146 : i64
          %v224 = arith.addi %v222, %v223 : i64
          %v225 = arith.constant 3 : i64
          %v226 = arith.muli %v225, %v145 : i64
          %v227 = arith.addi %v224, %v226 : i64
          %v228 = llvm.getelementptr %in_Bm[%v227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v229 = llvm.load %v228 : !llvm.ptr -> f32
          %v230 = arith.mulf %v229, %v160 : f32
          %v231 = llvm.load %v9 : !llvm.ptr -> f32
          %v232 = arith.mulf %v221, %v231 : f32
          %v233 = arith.addf %v232, %v230 : f32
          %v234 = llvm.load %v26 : !llvm.ptr -> f32
          %v235 = arith.mulf %v221, %v234 : f32
          %v243 = arith.mulf %v142, %v242 : f32
          %v244 = llvm.call_intrinsic "llvm.exp2.f32"(%v243) : (f32) -> f32
          %v245 = arith.muli %v63, %v147 : i64
          %v246 = arith.muli %v87, %v146 : i64
          %v247 = arith.addi %v245, %v246 : i64
          %v248 = arith.constant 4 : i64
          %v249 = arith.muli %v248, %v145 : i64
          %v250 = arith.addi %v247, %v249 : i64
          %v251 = llvm.getelementptr %in_Bm[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v252 = llvm.load %v251 : !llvm.ptr -> f32
          %v253 = arith.mulf %v252, %v160 : f32
          %v254 = llvm.load %v10 : !llvm.ptr -> f32
          %v255 = arith.mulf %v244, %v254 : f32
          %v256 = arith.addf %v255, %v253 : f32
          %v257 = llvm.load %v27 : !llvm.ptr -> f32
          %v258 = arith.mulf %v244, %v257 : f32
          %v266 = arith.mulf %v142, %v265 : f32
          %v267 = llvm.call_intrinsic "llvm.exp2.f32"(%v266) : (f32) -> f32
          %v268 = arith.muli %v63, %v147 : i64
          %v269 = arith.muli %v87, %v146 : i64
          %v270 = arith.addi %v268, %v269 : i64
          %v271 = arith.constant 5 : i64
          %v272 = arith.muli %v271, %v145 : i64
          %v273 = arith.addi %v270, %v272 : i64
          %v274 = llvm.getelementptr %in_Bm[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v275 = llvm.load %v274 : !llvm.ptr -> f32
          %v276 = arith.mulf %v275, %v160 : f32
          %v277 = llvm.load %v11 : !llvm.ptr -> f32
          %v278 = arith.mulf %v267, %v277 : f32
          %v279 = arith.addf %v278, %v276 : f32
          %v280 = llvm.load %v28 : !llvm.ptr -> f32
          %v281 = arith.mulf %v267, %v280 : f32
          %v289 = arith.mulf %v142, %v288 : f32
          %v290 = llvm.call_intrinsic "llvm.exp2.f32"(%v289) : (f32) -> f32
          %v291 = arith.muli %v63, %v147 : i64
          %v292 = arith.muli %v87, %v146 : i64
          %v293 = arith.addi %v291, %v292 : i64
          %v294 = arith.constant 6 : i64
          %v295 = arith.muli %v294, %v145 : i64
          %v296 = arith.addi %v293, %v295 : i64
          %v297 = llvm.getelementptr %in_Bm[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v298 = llvm.load %v297 : !llvm.ptr -> f32
          %v299 = arith.mulf %v298, %v160 : f32
          %v300 = llvm.load %v12 : !llvm.ptr -> f32
          %v301 = arith.mulf %v290, %v300 : f32
          %v302 = arith.addf %v301, %v299 : f32
          %v303 = llvm.load %v29 : !llvm.ptr -> f32
          %v304 = arith.mulf %v290, %v303 : f32
          %v312 = arith.mulf %v142, %v311 : f32
          %v313 = llvm.call_intrinsic "llvm.exp2.f32"(%v312) : (f32) -> f32
          %v314 = arith.muli %v63, %v147 : i64
          %v315 = arith.muli %v87, %v146 : i64
          %v316 = arith.addi %v314, %v315 : i64
          %v317 = arith.constant 7 : i64
          %v318 = arith.muli %v317, %v145 : i64
          %v319 = arith.addi %v316, %v318 : i64
          %v320 = llvm.getelementptr %in_Bm[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v321 = llvm.load %v320 : !llvm.ptr -> f32
          %v322 = arith.mulf %v321, %v160 : f32
          %v323 = llvm.load %v13 : !llvm.ptr -> f32
          %v324 = arith.mulf %v313, %v323 : f32
          %v325 = arith.addf %v324, %v322 : f32
          %v326 = llvm.load %v30 : !llvm.ptr -> f32
          %v327 = arith.mulf %v313, %v326 : f32
          %v335 = arith.mulf %v142, %v334 : f32
          %v336 = llvm.call_intrinsic "llvm.exp2.f32"(%v335) : (f32) -> f32
          %v337 = arith.muli %v63, %v147 : i64
          %v338 = arith.muli %v87, %v146 : i64
          %v339 = arith.addi %v337, %v338 : i64
          %v340 = arith.constant 8 : i64
          %v341 = arith.muli %v340, %v145 : i64
          %v342 = arith.addi %v339, %v341 : i64
          %v343 = llvm.getelementptr %in_Bm[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v344 = llvm.load %v343 : !llvm.ptr -> f32
          %v345 = arith.mulf %v344, %v160 : f32
          %v346 = llvm.load %v14 : !llvm.ptr -> f32
          %v347 = arith.mulf %v336, %v346 : f32
          %v348 = arith.addf %v347, %v345 : f32
          %v349 = llvm.load %v31 : !llvm.ptr -> f32
          %v350 = arith.mulf %v336, %v349 : f32
          %v358 = arith.mulf %v142, %v357 : f32
          %v359 = llvm.call_intrinsic "llvm.exp2.f32"(%v358) : (f32) -> f32
          %v360 = arith.muli %v63, %v147 : i64
          %v361 = arith.muli %v87, %v146 : i64
          %v362 = arith.addi %v360, %v361 : i64
          %v363 = arith.constant 9 : i64
          %v364 = arith.muli %v363, %v145 : i64
          %v365 = arith.addi %v362, %v364 : i64
          %v366 = llvm.getelementptr %in_Bm[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v367 = llvm.load %v366 : !llvm.ptr -> f32
          %v368 = arith.mulf %v367, %v160 : f32
          %v369 = llvm.load %v15 : !llvm.ptr -> f32
          %v370 = arith.mulf %v359, %v369 : f32
          %v371 = arith.addf %v370, %v368 : f32
          %v372 = llvm.load %v32 : !llvm.ptr -> f32
          %v373 = arith.mulf %v359, %v372 : f32
          %v381 = arith.mulf %v142, %v380 : f32
          %v382 = llvm.call_intrinsic "llvm.exp2.f32"(%v381) : (f32) -> f32
          %v383 = arith.muli %v63, %v147 : i64
          %v384 = arith.muli %v87, %v146 : i64
          %v385 = arith.addi %v383, %v384 : i64
          %v386 = arith.constant 10 : i64
          %v387 = arith.muli %v386, %v145 : i64
          %v388 = arith.addi %v385, %v387 : i64
          %v389 = llvm.getelementptr %in_Bm[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v390 = llvm.load %v389 : !llvm.ptr -> f32
          %v391 = arith.mulf %v390, %v160 : f32
          %v392 = llvm.load %v16 : !llvm.ptr -> f32
          %v393 = arith.mulf %v382, %v392 : f32
          %v394 = arith.addf %v393, %v391 : f32
          %v395 = llvm.load %v33 : !llvm.ptr -> f32
          %v396 = arith.mulf %v382, %v395 : f32
          %v404 = arith.mulf %v142, %v403 : f32
          %v405 = llvm.call_intrinsic "llvm.exp2.f32"(%v404) : (f32) -> f32
          %v406 = arith.muli %v63, %v147 : i64
          %v407 = arith.muli %v87, %v146 : i64
          %v408 = arith.addi %v406, %v407 : i64
          %v409 = arith.constant 11 : i64
          %v410 = arith.muli %v409, %v145 : i64
          %v411 = arith.addi %v408, %v410 : i64
          %v412 = llvm.getelementptr %in_Bm[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v413 = llvm.load %v412 : !llvm.ptr -> f32
          %v414 = arith.mulf %v413, %v160 : f32
          %v415 = llvm.load %v17 : !llvm.ptr -> f32
          %v416 = arith.mulf %v405, %v415 : f32
          %v417 = arith.addf %v416, %v414 : f32
          %v418 = llvm.load %v34 : !llvm.ptr -> f32
          %v419 = arith.mulf %v405, %v418 : f32
          %v427 = arith.mulf %v142, %v426 : f32
          %v428 = llvm.call_intrinsic "llvm.exp2.f32"(%v427) : (f32) -> f32
          %v429 = arith.muli %v63, %v147 : i64
          %v430 = arith.muli %v87, %v146 : i64
          %v431 = arith.addi %v429, %v430 : i64
          %v432 = arith.constant 12 : i64
          %v433 = arith.muli %v432, %v145 : i64
          %v434 = arith.addi %v431, %v433 : i64
          %v435 = llvm.getelementptr %in_Bm[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v436 = llvm.load %v435 : !llvm.ptr -> f32
          %v437 = arith.mulf %v436, %v160 : f32
          %v438 = llvm.load %v18 : !llvm.ptr -> f32
          %v439 = arith.mulf %v428, %v438 : f32
          %v440 = arith.addf %v439, %v437 : f32
          %v441 = llvm.load %v35 : !llvm.ptr -> f32
          %v442 = arith.mulf %v428, %v441 : f32
          %v450 = arith.mulf %v142, %v449 : f32
          %v451 = llvm.call_intrinsic "llvm.exp2.f32"(%v450) : (f32) -> f32
          %v452 = arith.muli %v63, %v147 : i64
          %v453 = arith.muli %v87, %v146 : i64
          %v454 = arith.addi %v452, %v453 : i64
          %v455 = arith.constant 13 : i64
          %v456 = arith.muli %v455, %v145 : i64
          %v457 = arith.addi %v454, %v456 : i64
          %v458 = llvm.getelementptr %in_Bm[%v457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v459 = llvm.load %v458 : !llvm.ptr -> f32
          %v460 = arith.mulf %v459, %v160 : f32
          %v461 = llvm.load %v19 : !llvm.ptr -> f32
          %v462 = arith.mulf %v451, %v461 : f32
          %v463 = arith.addf %v462, %v460 : f32
          %v464 = llvm.load %v36 : !llvm.ptr -> f32
          %v465 = arith.mulf %v451, %v464 : f32
          %v473 = arith.mulf %v142, %v472 : f32
          %v474 = llvm.call_intrinsic "llvm.exp2.f32"(%v473) : (f32) -> f32
          %v475 = arith.muli %v63, %v147 : i64
          %v476 = arith.muli %v87, %v146 : i64
          %v477 = arith.addi %v475, %v476 : i64
          %v478 = arith.constant 14 : i64
          %v479 = arith.muli %v478, %v145 : i64
          %v480 = arith.addi %v477, %v479 : i64
          %v481 = llvm.getelementptr %in_Bm[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v482 = llvm.load %v481 : !llvm.ptr -> f32
          %v483 = arith.mulf %v482, %v160 : f32
          %v484 = llvm.load %v20 : !llvm.ptr -> f32
          %v485 = arith.mulf %v474, %v484 : f32
          %v486 = arith.addf %v485, %v483 : f32
          %v487 = llvm.load %v37 : !llvm.ptr -> f32
          %v488 = arith.mulf %v474, %v487 : f32
          %v496 = arith.mulf %v142, %v495 : f32
          %v497 = llvm.call_intrinsic "llvm.exp2.f32"(%v496) : (f32) -> f32
          %v498 = arith.muli %v63, %v147 : i64
          %v499 = arith.muli %v87, %v146 : i64
          %v500 = arith.addi %v498, %v499 : i64
          %v501 = arith.constant 15 : i64
          %v502 = arith.muli %v501, %v145 : i64
          %v503 = arith.addi %v500, %v502 : i64
          %v504 = llvm.getelementptr %in_Bm[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v505 = llvm.load %v504 : !llvm.ptr -> f32
          %v506 = arith.mulf %v505, %v160 : f32
          %v507 = llvm.load %v21 : !llvm.ptr -> f32
          %v508 = arith.mulf %v497, %v507 : f32
          %v509 = arith.addf %v508, %v506 : f32
          %v510 = llvm.load %v38 : !llvm.ptr -> f32
          %v511 = arith.mulf %v497, %v510 : f32
          llvm.store %v164, %v6 : f32, !llvm.ptr
          llvm.store %v166, %v23 : f32, !llvm.ptr
          llvm.store %v187, %v7 : f32, !llvm.ptr
          llvm.store %v189, %v24 : f32, !llvm.ptr
          llvm.store %v210, %v8 : f32, !llvm.ptr
          llvm.store %v212, %v25 : f32, !llvm.ptr
          llvm.store %v233, %v9 : f32, !llvm.ptr
          llvm.store %v235, %v26 : f32, !llvm.ptr
          llvm.store %v256, %v10 : f32, !llvm.ptr
          llvm.store %v258, %v27 : f32, !llvm.ptr
          llvm.store %v279, %v11 : f32, !llvm.ptr
          llvm.store %v281, %v28 : f32, !llvm.ptr
          llvm.store %v302, %v12 : f32, !llvm.ptr
          llvm.store %v304, %v29 : f32, !llvm.ptr
          llvm.store %v325, %v13 : f32, !llvm.ptr
          llvm.store %v327, %v30 : f32, !llvm.ptr
          llvm.store %v348, %v14 : f32, !llvm.ptr
          llvm.store %v350, %v31 : f32, !llvm.ptr
          llvm.store %v371, %v15 : f32, !llvm.ptr
          llvm.store %v373, %v32 : f32, !llvm.ptr
          llvm.store %v394, %v16 : f32, !llvm.ptr
          llvm.store %v396, %v33 : f32, !llvm.ptr
          llvm.store %v417, %v17 : f32, !llvm.ptr
          llvm.store %v419, %v34 : f32, !llvm.ptr
          llvm.store %v440, %v18 : f32, !llvm.ptr
          llvm.store %v442, %v35 : f32, !llvm.ptr
          llvm.store %v463, %v19 : f32, !llvm.ptr
          llvm.store %v465, %v36 : f32, !llvm.ptr
          llvm.store %v486, %v20 : f32, !llvm.ptr
          llvm.store %v488, %v37 : f32, !llvm.ptr
          llvm.store %v509, %v21 : f32, !llvm.ptr
          llvm.store %v511, %v38 : f32, !llvm.ptr
        }
      }
      scf.if %v57 {
        %v512 = arith.muli %v53, %v4 : i64
        %v514 = arith.subi %v4, %v513 : i64
        %v515 = arith.minsi %v56, %v514 : i64
        %v516 = arith.addi %v512, %v515 : i64
        %v518 = arith.muli %v516, %v517 : i64
        %v520 = arith.addi %v518, %v519 : i64
        %v521 = llvm.load %v23 : !llvm.ptr -> f32
        %v522 = llvm.getelementptr %agga_h[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v521, %v522 : f32, !llvm.ptr
        %v523 = llvm.load %v6 : !llvm.ptr -> f32
        %v524 = llvm.getelementptr %aggb_h[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v523, %v524 : f32, !llvm.ptr
        %v525 = arith.muli %v53, %v4 : i64
        %v527 = arith.subi %v4, %v526 : i64
        %v528 = arith.minsi %v56, %v527 : i64
        %v529 = arith.addi %v525, %v528 : i64
        %v531 = arith.muli %v529, %v530 : i64
        %v533 = arith.addi %v531, %v532 : i64
        %v534 = llvm.load %v24 : !llvm.ptr -> f32
        %v535 = llvm.getelementptr %agga_h[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v534, %v535 : f32, !llvm.ptr
        %v536 = llvm.load %v7 : !llvm.ptr -> f32
        %v537 = llvm.getelementptr %aggb_h[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v536, %v537 : f32, !llvm.ptr
        %v538 = arith.muli %v53, %v4 : i64
        %v540 = arith.subi %v4, %v539 : i64
        %v541 = arith.minsi %v56, %v540 : i64
        %v542 = arith.addi %v538, %v541 : i64
        %v544 = arith.muli %v542, %v543 : i64
        %v546 = arith.addi %v544, %v545 : i64
        %v547 = llvm.load %v25 : !llvm.ptr -> f32
        %v548 = llvm.getelementptr %agga_h[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v547, %v548 : f32, !llvm.ptr
        %v549 = llvm.load %v8 : !llvm.ptr -> f32
        %v550 = llvm.getelementptr %aggb_h[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v549, %v550 : f32, !llvm.ptr
        %v551 = arith.muli %v53, %v4 : i64
        %v553 = arith.subi %v4, %v552 : i64
        %v554 = arith.minsi %v56, %v553 : i64
        %v555 = arith.addi %v551, %v554 : i64
        %v557 = arith.muli %v555, %v556 : i64
        %v559 = arith.addi %v557, %v558 : i64
        %v560 = llvm.load %v26 : !llvm.ptr -> f32
        %v561 = llvm.getelementptr %agga_h[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v560, %v561 : f32, !llvm.ptr
        %v562 = llvm.load %v9 : !llvm.ptr -> f32
        %v563 = llvm.getelementptr %aggb_h[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v562, %v563 : f32, !llvm.ptr
        %v564 = arith.muli %v53, %v4 : i64
        %v566 = arith.subi %v4, %v565 : i64
        %v567 = arith.minsi %v56, %v566 : i64
        %v568 = arith.addi %v564, %v567 : i64
        %v570 = arith.muli %v568, %v569 : i64
        %v572 = arith.addi %v570, %v571 : i64
        %v573 = llvm.load %v27 : !llvm.ptr -> f32
        %v574 = llvm.getelementptr %agga_h[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v573, %v574 : f32, !llvm.ptr
        %v575 = llvm.load %v10 : !llvm.ptr -> f32
        %v576 = llvm.getelementptr %aggb_h[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v575, %v576 : f32, !llvm.ptr
        %v577 = arith.muli %v53, %v4 : i64
        %v579 = arith.subi %v4, %v578 : i64
        %v580 = arith.minsi %v56, %v579 : i64
        %v581 = arith.addi %v577, %v580 : i64
        %v583 = arith.muli %v581, %v582 : i64
        %v585 = arith.addi %v583, %v584 : i64
        %v586 = llvm.load %v28 : !llvm.ptr -> f32
        %v587 = llvm.getelementptr %agga_h[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v586, %v587 : f32, !llvm.ptr
        %v588 = llvm.load %v11 : !llvm.ptr -> f32
        %v589 = llvm.getelementptr %aggb_h[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v588, %v589 : f32, !llvm.ptr
        %v590 = arith.muli %v53, %v4 : i64
        %v592 = arith.subi %v4, %v591 : i64
        %v593 = arith.minsi %v56, %v592 : i64
        %v594 = arith.addi %v590, %v593 : i64
        %v596 = arith.muli %v594, %v595 : i64
        %v598 = arith.addi %v596, %v597 : i64
        %v599 = llvm.load %v29 : !llvm.ptr -> f32
        %v600 = llvm.getelementptr %agga_h[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v599, %v600 : f32, !llvm.ptr
        %v601 = llvm.load %v12 : !llvm.ptr -> f32
        %v602 = llvm.getelementptr %aggb_h[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v601, %v602 : f32, !llvm.ptr
        %v603 = arith.muli %v53, %v4 : i64
        %v605 = arith.subi %v4, %v604 : i64
        %v606 = arith.minsi %v56, %v605 : i64
        %v607 = arith.addi %v603, %v606 : i64
        %v609 = arith.muli %v607, %v608 : i64
        %v611 = arith.addi %v609, %v610 : i64
        %v612 = llvm.load %v30 : !llvm.ptr -> f32
        %v613 = llvm.getelementptr %agga_h[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v612, %v613 : f32, !llvm.ptr
        %v614 = llvm.load %v13 : !llvm.ptr -> f32
        %v615 = llvm.getelementptr %aggb_h[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v614, %v615 : f32, !llvm.ptr
        %v616 = arith.muli %v53, %v4 : i64
        %v618 = arith.subi %v4, %v617 : i64
        %v619 = arith.minsi %v56, %v618 : i64
        %v620 = arith.addi %v616, %v619 : i64
        %v622 = arith.muli %v620, %v621 : i64
        %v624 = arith.addi %v622, %v623 : i64
        %v625 = llvm.load %v31 : !llvm.ptr -> f32
        %v626 = llvm.getelementptr %agga_h[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v625, %v626 : f32, !llvm.ptr
        %v627 = llvm.load %v14 : !llvm.ptr -> f32
        %v628 = llvm.getelementptr %aggb_h[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v627, %v628 : f32, !llvm.ptr
        %v629 = arith.muli %v53, %v4 : i64
        %v631 = arith.subi %v4, %v630 : i64
        %v632 = arith.minsi %v56, %v631 : i64
        %v633 = arith.addi %v629, %v632 : i64
        %v635 = arith.muli %v633, %v634 : i64
        %v637 = arith.addi %v635, %v636 : i64
        %v638 = llvm.load %v32 : !llvm.ptr -> f32
        %v639 = llvm.getelementptr %agga_h[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v638, %v639 : f32, !llvm.ptr
        %v640 = llvm.load %v15 : !llvm.ptr -> f32
        %v641 = llvm.getelementptr %aggb_h[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v640, %v641 : f32, !llvm.ptr
        %v642 = arith.muli %v53, %v4 : i64
        %v644 = arith.subi %v4, %v643 : i64
        %v645 = arith.minsi %v56, %v644 : i64
        %v646 = arith.addi %v642, %v645 : i64
        %v648 = arith.muli %v646, %v647 : i64
        %v650 = arith.addi %v648, %v649 : i64
        %v651 = llvm.load %v33 : !llvm.ptr -> f32
        %v652 = llvm.getelementptr %agga_h[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v651, %v652 : f32, !llvm.ptr
        %v653 = llvm.load %v16 : !llvm.ptr -> f32
        %v654 = llvm.getelementptr %aggb_h[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v653, %v654 : f32, !llvm.ptr
        %v655 = arith.muli %v53, %v4 : i64
        %v657 = arith.subi %v4, %v656 : i64
        %v658 = arith.minsi %v56, %v657 : i64
        %v659 = arith.addi %v655, %v658 : i64
        %v661 = arith.muli %v659, %v660 : i64
        %v663 = arith.addi %v661, %v662 : i64
        %v664 = llvm.load %v34 : !llvm.ptr -> f32
        %v665 = llvm.getelementptr %agga_h[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v664, %v665 : f32, !llvm.ptr
        %v666 = llvm.load %v17 : !llvm.ptr -> f32
        %v667 = llvm.getelementptr %aggb_h[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v666, %v667 : f32, !llvm.ptr
        %v668 = arith.muli %v53, %v4 : i64
        %v670 = arith.subi %v4, %v669 : i64
        %v671 = arith.minsi %v56, %v670 : i64
        %v672 = arith.addi %v668, %v671 : i64
        %v674 = arith.muli %v672, %v673 : i64
        %v676 = arith.addi %v674, %v675 : i64
        %v677 = llvm.load %v35 : !llvm.ptr -> f32
        %v678 = llvm.getelementptr %agga_h[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v677, %v678 : f32, !llvm.ptr
        %v679 = llvm.load %v18 : !llvm.ptr -> f32
        %v680 = llvm.getelementptr %aggb_h[%v676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v679, %v680 : f32, !llvm.ptr
        %v681 = arith.muli %v53, %v4 : i64
        %v683 = arith.subi %v4, %v682 : i64
        %v684 = arith.minsi %v56, %v683 : i64
        %v685 = arith.addi %v681, %v684 : i64
        %v687 = arith.muli %v685, %v686 : i64
        %v689 = arith.addi %v687, %v688 : i64
        %v690 = llvm.load %v36 : !llvm.ptr -> f32
        %v691 = llvm.getelementptr %agga_h[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v690, %v691 : f32, !llvm.ptr
        %v692 = llvm.load %v19 : !llvm.ptr -> f32
        %v693 = llvm.getelementptr %aggb_h[%v689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v692, %v693 : f32, !llvm.ptr
        %v694 = arith.muli %v53, %v4 : i64
        %v696 = arith.subi %v4, %v695 : i64
        %v697 = arith.minsi %v56, %v696 : i64
        %v698 = arith.addi %v694, %v697 : i64
        %v700 = arith.muli %v698, %v699 : i64
        %v702 = arith.addi %v700, %v701 : i64
        %v703 = llvm.load %v37 : !llvm.ptr -> f32
        %v704 = llvm.getelementptr %agga_h[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v703, %v704 : f32, !llvm.ptr
        %v705 = llvm.load %v20 : !llvm.ptr -> f32
        %v706 = llvm.getelementptr %aggb_h[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v705, %v706 : f32, !llvm.ptr
        %v707 = arith.muli %v53, %v4 : i64
        %v709 = arith.subi %v4, %v708 : i64
        %v710 = arith.minsi %v56, %v709 : i64
        %v711 = arith.addi %v707, %v710 : i64
        %v713 = arith.muli %v711, %v712 : i64
        %v715 = arith.addi %v713, %v714 : i64
        %v716 = llvm.load %v38 : !llvm.ptr -> f32
        %v717 = llvm.getelementptr %agga_h[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v716, %v717 : f32, !llvm.ptr
        %v718 = llvm.load %v21 : !llvm.ptr -> f32
        %v719 = llvm.getelementptr %aggb_h[%v715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v718, %v719 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
