module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_ema_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x i64>
    llvm.mlir.global internal @smem_ema_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2112 x f32>
    gpu.func @ema_chunk_reduce(%in_x: !llvm.ptr, %in_w: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_D : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v6 = arith.constant 1 : i64
      %v7 = llvm.alloca %v6 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @rows_ema_chunk_reduce : !llvm.ptr<3>
      %v9 = llvm.mlir.addressof @smem_ema_chunk_reduce : !llvm.ptr<3>
      %v10 = arith.constant 255 : i64
      %v11 = arith.addi %size_L, %v10 : i64
      %v12 = arith.constant 256 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v14 = arith.muli %v13, %v3 : i64
      %v19 = arith.constant 64 : i64
      %v20 = arith.constant 1 : i64
      %v29 = arith.constant 1 : i64
      %v36 = arith.constant 0 : i64
      %v37 = arith.constant 1 : i64
      %v38 = arith.muli %v37, %size_L : i64
      %v39 = arith.muli %v38, %size_D : i64
      %v45 = arith.constant 64 : i64
      %v46 = arith.constant 0 : i64
      %v50 = arith.constant 0x00000000 : f32
      %v51 = arith.constant 0x3F800000 : f32
      %v52 = arith.constant 256 : i64
      %v56 = arith.constant 32 : i64
      %v63 = arith.constant 32 : i64
      %v65 = arith.constant 0 : i64
      %v66 = arith.constant 2048 : i64
      %v68 = arith.constant 0 : i64
      %v71 = arith.constant 2048 : i64
      %v72 = arith.constant 2047 : i64
      %v75 = arith.constant 32 : i64
      %v78 = arith.constant 0 : i64
      %v84 = arith.constant 1 : i64
      %v88 = arith.constant 33 : i64
      %v93 = arith.constant 2048 : i64
      %v95 = arith.constant 64 : i64
      %v98 = arith.constant 2048 : i64
      %v99 = arith.constant 2047 : i64
      %v102 = arith.constant 32 : i64
      %v105 = arith.constant 0 : i64
      %v111 = arith.constant 1 : i64
      %v115 = arith.constant 33 : i64
      %v120 = arith.constant 2048 : i64
      %v122 = arith.constant 128 : i64
      %v125 = arith.constant 2048 : i64
      %v126 = arith.constant 2047 : i64
      %v129 = arith.constant 32 : i64
      %v132 = arith.constant 0 : i64
      %v138 = arith.constant 1 : i64
      %v142 = arith.constant 33 : i64
      %v147 = arith.constant 2048 : i64
      %v149 = arith.constant 192 : i64
      %v152 = arith.constant 2048 : i64
      %v153 = arith.constant 2047 : i64
      %v156 = arith.constant 32 : i64
      %v159 = arith.constant 0 : i64
      %v165 = arith.constant 1 : i64
      %v169 = arith.constant 33 : i64
      %v174 = arith.constant 2048 : i64
      %v176 = arith.constant 256 : i64
      %v179 = arith.constant 2048 : i64
      %v180 = arith.constant 2047 : i64
      %v183 = arith.constant 32 : i64
      %v186 = arith.constant 0 : i64
      %v192 = arith.constant 1 : i64
      %v196 = arith.constant 33 : i64
      %v201 = arith.constant 2048 : i64
      %v203 = arith.constant 320 : i64
      %v206 = arith.constant 2048 : i64
      %v207 = arith.constant 2047 : i64
      %v210 = arith.constant 32 : i64
      %v213 = arith.constant 0 : i64
      %v219 = arith.constant 1 : i64
      %v223 = arith.constant 33 : i64
      %v228 = arith.constant 2048 : i64
      %v230 = arith.constant 384 : i64
      %v233 = arith.constant 2048 : i64
      %v234 = arith.constant 2047 : i64
      %v237 = arith.constant 32 : i64
      %v240 = arith.constant 0 : i64
      %v246 = arith.constant 1 : i64
      %v250 = arith.constant 33 : i64
      %v255 = arith.constant 2048 : i64
      %v257 = arith.constant 448 : i64
      %v260 = arith.constant 2048 : i64
      %v261 = arith.constant 2047 : i64
      %v264 = arith.constant 32 : i64
      %v267 = arith.constant 0 : i64
      %v273 = arith.constant 1 : i64
      %v277 = arith.constant 33 : i64
      %v282 = arith.constant 2048 : i64
      %v284 = arith.constant 512 : i64
      %v287 = arith.constant 2048 : i64
      %v288 = arith.constant 2047 : i64
      %v291 = arith.constant 32 : i64
      %v294 = arith.constant 0 : i64
      %v300 = arith.constant 1 : i64
      %v304 = arith.constant 33 : i64
      %v309 = arith.constant 2048 : i64
      %v311 = arith.constant 576 : i64
      %v314 = arith.constant 2048 : i64
      %v315 = arith.constant 2047 : i64
      %v318 = arith.constant 32 : i64
      %v321 = arith.constant 0 : i64
      %v327 = arith.constant 1 : i64
      %v331 = arith.constant 33 : i64
      %v336 = arith.constant 2048 : i64
      %v338 = arith.constant 640 : i64
      %v341 = arith.constant 2048 : i64
      %v342 = arith.constant 2047 : i64
      %v345 = arith.constant 32 : i64
      %v348 = arith.constant 0 : i64
      %v354 = arith.constant 1 : i64
      %v358 = arith.constant 33 : i64
      %v363 = arith.constant 2048 : i64
      %v365 = arith.constant 704 : i64
      %v368 = arith.constant 2048 : i64
      %v369 = arith.constant 2047 : i64
      %v372 = arith.constant 32 : i64
      %v375 = arith.constant 0 : i64
      %v381 = arith.constant 1 : i64
      %v385 = arith.constant 33 : i64
      %v390 = arith.constant 2048 : i64
      %v392 = arith.constant 768 : i64
      %v395 = arith.constant 2048 : i64
      %v396 = arith.constant 2047 : i64
      %v399 = arith.constant 32 : i64
      %v402 = arith.constant 0 : i64
      %v408 = arith.constant 1 : i64
      %v412 = arith.constant 33 : i64
      %v417 = arith.constant 2048 : i64
      %v419 = arith.constant 832 : i64
      %v422 = arith.constant 2048 : i64
      %v423 = arith.constant 2047 : i64
      %v426 = arith.constant 32 : i64
      %v429 = arith.constant 0 : i64
      %v435 = arith.constant 1 : i64
      %v439 = arith.constant 33 : i64
      %v444 = arith.constant 2048 : i64
      %v446 = arith.constant 896 : i64
      %v449 = arith.constant 2048 : i64
      %v450 = arith.constant 2047 : i64
      %v453 = arith.constant 32 : i64
      %v456 = arith.constant 0 : i64
      %v462 = arith.constant 1 : i64
      %v466 = arith.constant 33 : i64
      %v471 = arith.constant 2048 : i64
      %v473 = arith.constant 960 : i64
      %v476 = arith.constant 2048 : i64
      %v477 = arith.constant 2047 : i64
      %v480 = arith.constant 32 : i64
      %v483 = arith.constant 0 : i64
      %v489 = arith.constant 1 : i64
      %v493 = arith.constant 33 : i64
      %v498 = arith.constant 2048 : i64
      %v500 = arith.constant 1024 : i64
      %v503 = arith.constant 2048 : i64
      %v504 = arith.constant 2047 : i64
      %v507 = arith.constant 32 : i64
      %v510 = arith.constant 0 : i64
      %v516 = arith.constant 1 : i64
      %v520 = arith.constant 33 : i64
      %v525 = arith.constant 2048 : i64
      %v527 = arith.constant 1088 : i64
      %v530 = arith.constant 2048 : i64
      %v531 = arith.constant 2047 : i64
      %v534 = arith.constant 32 : i64
      %v537 = arith.constant 0 : i64
      %v543 = arith.constant 1 : i64
      %v547 = arith.constant 33 : i64
      %v552 = arith.constant 2048 : i64
      %v554 = arith.constant 1152 : i64
      %v557 = arith.constant 2048 : i64
      %v558 = arith.constant 2047 : i64
      %v561 = arith.constant 32 : i64
      %v564 = arith.constant 0 : i64
      %v570 = arith.constant 1 : i64
      %v574 = arith.constant 33 : i64
      %v579 = arith.constant 2048 : i64
      %v581 = arith.constant 1216 : i64
      %v584 = arith.constant 2048 : i64
      %v585 = arith.constant 2047 : i64
      %v588 = arith.constant 32 : i64
      %v591 = arith.constant 0 : i64
      %v597 = arith.constant 1 : i64
      %v601 = arith.constant 33 : i64
      %v606 = arith.constant 2048 : i64
      %v608 = arith.constant 1280 : i64
      %v611 = arith.constant 2048 : i64
      %v612 = arith.constant 2047 : i64
      %v615 = arith.constant 32 : i64
      %v618 = arith.constant 0 : i64
      %v624 = arith.constant 1 : i64
      %v628 = arith.constant 33 : i64
      %v633 = arith.constant 2048 : i64
      %v635 = arith.constant 1344 : i64
      %v638 = arith.constant 2048 : i64
      %v639 = arith.constant 2047 : i64
      %v642 = arith.constant 32 : i64
      %v645 = arith.constant 0 : i64
      %v651 = arith.constant 1 : i64
      %v655 = arith.constant 33 : i64
      %v660 = arith.constant 2048 : i64
      %v662 = arith.constant 1408 : i64
      %v665 = arith.constant 2048 : i64
      %v666 = arith.constant 2047 : i64
      %v669 = arith.constant 32 : i64
      %v672 = arith.constant 0 : i64
      %v678 = arith.constant 1 : i64
      %v682 = arith.constant 33 : i64
      %v687 = arith.constant 2048 : i64
      %v689 = arith.constant 1472 : i64
      %v692 = arith.constant 2048 : i64
      %v693 = arith.constant 2047 : i64
      %v696 = arith.constant 32 : i64
      %v699 = arith.constant 0 : i64
      %v705 = arith.constant 1 : i64
      %v709 = arith.constant 33 : i64
      %v714 = arith.constant 2048 : i64
      %v716 = arith.constant 1536 : i64
      %v719 = arith.constant 2048 : i64
      %v720 = arith.constant 2047 : i64
      %v723 = arith.constant 32 : i64
      %v726 = arith.constant 0 : i64
      %v732 = arith.constant 1 : i64
      %v736 = arith.constant 33 : i64
      %v741 = arith.constant 2048 : i64
      %v743 = arith.constant 1600 : i64
      %v746 = arith.constant 2048 : i64
      %v747 = arith.constant 2047 : i64
      %v750 = arith.constant 32 : i64
      %v753 = arith.constant 0 : i64
      %v759 = arith.constant 1 : i64
      %v763 = arith.constant 33 : i64
      %v768 = arith.constant 2048 : i64
      %v770 = arith.constant 1664 : i64
      %v773 = arith.constant 2048 : i64
      %v774 = arith.constant 2047 : i64
      %v777 = arith.constant 32 : i64
      %v780 = arith.constant 0 : i64
      %v786 = arith.constant 1 : i64
      %v790 = arith.constant 33 : i64
      %v795 = arith.constant 2048 : i64
      %v797 = arith.constant 1728 : i64
      %v800 = arith.constant 2048 : i64
      %v801 = arith.constant 2047 : i64
      %v804 = arith.constant 32 : i64
      %v807 = arith.constant 0 : i64
      %v813 = arith.constant 1 : i64
      %v817 = arith.constant 33 : i64
      %v822 = arith.constant 2048 : i64
      %v824 = arith.constant 1792 : i64
      %v827 = arith.constant 2048 : i64
      %v828 = arith.constant 2047 : i64
      %v831 = arith.constant 32 : i64
      %v834 = arith.constant 0 : i64
      %v840 = arith.constant 1 : i64
      %v844 = arith.constant 33 : i64
      %v849 = arith.constant 2048 : i64
      %v851 = arith.constant 1856 : i64
      %v854 = arith.constant 2048 : i64
      %v855 = arith.constant 2047 : i64
      %v858 = arith.constant 32 : i64
      %v861 = arith.constant 0 : i64
      %v867 = arith.constant 1 : i64
      %v871 = arith.constant 33 : i64
      %v876 = arith.constant 2048 : i64
      %v878 = arith.constant 1920 : i64
      %v881 = arith.constant 2048 : i64
      %v882 = arith.constant 2047 : i64
      %v885 = arith.constant 32 : i64
      %v888 = arith.constant 0 : i64
      %v894 = arith.constant 1 : i64
      %v898 = arith.constant 33 : i64
      %v903 = arith.constant 2048 : i64
      %v905 = arith.constant 1984 : i64
      %v908 = arith.constant 2048 : i64
      %v909 = arith.constant 2047 : i64
      %v912 = arith.constant 32 : i64
      %v915 = arith.constant 0 : i64
      %v921 = arith.constant 1 : i64
      %v925 = arith.constant 33 : i64
      %v962 = arith.constant 0 : i64
      %v963 = arith.constant 1 : i64
      %v970 = arith.constant 1 : i64
      %v975 = arith.constant 0x3FB8AA3B : f32
      %v981 = arith.constant 0 : i64
      %v982 = arith.constant 64 : i64
      %v983 = arith.constant 33 : i64
      %v996 = arith.constant 1 : i64
      %v997 = arith.constant 0 : i64
      %v1001 = arith.constant 1 : i64
      %v15 = gpu.block_id x
      %v16 = gpu.thread_id x
      %v17 = arith.index_cast %v16 : index to i64
      %v18 = arith.index_cast %v15 : index to i64
      %v21 = arith.subi %v19, %v20 : i64
      %v22 = arith.addi %v3, %v21 : i64
      %v23 = arith.divui %v22, %v19 : i64
      %v24 = arith.divui %v18, %v23 : i64
      %v25 = arith.remui %v18, %v23 : i64
      %v26 = arith.muli %v25, %v19 : i64
      %v27 = arith.addi %v26, %v17 : i64
      %v28 = arith.cmpi slt, %v27, %v3 : i64
      %v30 = arith.subi %v3, %v29 : i64
      %v31 = arith.minsi %v27, %v30 : i64
      %v32 = arith.remui %v31, %size_D : i64
      %v33 = arith.divui %v31, %size_D : i64
      %v34 = arith.remui %v33, %size_B : i64
      %v35 = arith.divui %v33, %size_B : i64
      %v971 = arith.muli %v32, %v970 : i64
      %v972 = llvm.getelementptr %in_w[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v973 = llvm.load %v972 : !llvm.ptr -> f32
      %v974 = arith.negf %v973 : f32
      %v976 = arith.mulf %v974, %v975 : f32
      %v977 = llvm.call_intrinsic "llvm.exp2.f32"(%v976) : (f32) -> f32
      %v978 = arith.addf %v51, %v977 : f32
      %v979 = arith.divf %v51, %v978 : f32
      %v980 = arith.subf %v51, %v979 : f32
      %v40 = arith.muli %v34, %v39 : i64
      %v41 = arith.muli %v32, %v38 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.muli %v36, %v37 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v47 = arith.muli %v46, %v45 : i64
      %v48 = arith.addi %v47, %v17 : i64
      %v49 = llvm.getelementptr %v8[%v48] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v44, %v49 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v50, %v5 : f32, !llvm.ptr
      llvm.store %v51, %v7 : f32, !llvm.ptr
      %v53 = arith.muli %v24, %v52 : i64
      %v54 = arith.addi %v53, %v52 : i64
      %v55 = arith.minsi %v54, %size_L : i64
      %v57 = arith.index_cast %v53 : i64 to index
      %v58 = arith.index_cast %v55 : i64 to index
      %v59 = arith.index_cast %v56 : i64 to index
      scf.for %v60 = %v57 to %v58 step %v59 {
        %v61 = arith.index_cast %v60 : index to i64
        %v62 = arith.subi %v55, %v61 : i64
        %v64 = arith.minsi %v62, %v63 : i64
        %v67 = arith.muli %v65, %v66 : i64
        %v69 = arith.addi %v67, %v68 : i64
        %v70 = arith.addi %v69, %v17 : i64
        %v73 = arith.minsi %v70, %v72 : i64
        %v74 = arith.cmpi slt, %v70, %v71 : i64
        %v76 = arith.divui %v73, %v75 : i64
        %v77 = arith.remui %v73, %v75 : i64
        %v79 = arith.addi %v78, %v76 : i64
        %v80 = llvm.getelementptr %v8[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v81 = llvm.load %v80 : !llvm.ptr<3> -> i64
        %v82 = arith.addi %v61, %v77 : i64
        %v83 = arith.cmpi slt, %v82, %v55 : i64
        %v85 = arith.subi %size_L, %v84 : i64
        %v86 = arith.minsi %v82, %v85 : i64
        %v87 = arith.addi %v81, %v86 : i64
        %v89 = arith.muli %v79, %v88 : i64
        %v90 = arith.addi %v89, %v77 : i64
        %v91 = llvm.getelementptr %in_x[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v92 = llvm.load %v91 : !llvm.ptr -> f32
        %v94 = arith.muli %v65, %v93 : i64
        %v96 = arith.addi %v94, %v95 : i64
        %v97 = arith.addi %v96, %v17 : i64
        %v100 = arith.minsi %v97, %v99 : i64
        %v101 = arith.cmpi slt, %v97, %v98 : i64
        %v103 = arith.divui %v100, %v102 : i64
        %v104 = arith.remui %v100, %v102 : i64
        %v106 = arith.addi %v105, %v103 : i64
        %v107 = llvm.getelementptr %v8[%v106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v108 = llvm.load %v107 : !llvm.ptr<3> -> i64
        %v109 = arith.addi %v61, %v104 : i64
        %v110 = arith.cmpi slt, %v109, %v55 : i64
        %v112 = arith.subi %size_L, %v111 : i64
        %v113 = arith.minsi %v109, %v112 : i64
        %v114 = arith.addi %v108, %v113 : i64
        %v116 = arith.muli %v106, %v115 : i64
        %v117 = arith.addi %v116, %v104 : i64
        %v118 = llvm.getelementptr %in_x[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v119 = llvm.load %v118 : !llvm.ptr -> f32
        %v121 = arith.muli %v65, %v120 : i64
        %v123 = arith.addi %v121, %v122 : i64
        %v124 = arith.addi %v123, %v17 : i64
        %v127 = arith.minsi %v124, %v126 : i64
        %v128 = arith.cmpi slt, %v124, %v125 : i64
        %v130 = arith.divui %v127, %v129 : i64
        %v131 = arith.remui %v127, %v129 : i64
        %v133 = arith.addi %v132, %v130 : i64
        %v134 = llvm.getelementptr %v8[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v135 = llvm.load %v134 : !llvm.ptr<3> -> i64
        %v136 = arith.addi %v61, %v131 : i64
        %v137 = arith.cmpi slt, %v136, %v55 : i64
        %v139 = arith.subi %size_L, %v138 : i64
        %v140 = arith.minsi %v136, %v139 : i64
        %v141 = arith.addi %v135, %v140 : i64
        %v143 = arith.muli %v133, %v142 : i64
        %v144 = arith.addi %v143, %v131 : i64
        %v145 = llvm.getelementptr %in_x[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v146 = llvm.load %v145 : !llvm.ptr -> f32
        %v148 = arith.muli %v65, %v147 : i64
        %v150 = arith.addi %v148, %v149 : i64
        %v151 = arith.addi %v150, %v17 : i64
        %v154 = arith.minsi %v151, %v153 : i64
        %v155 = arith.cmpi slt, %v151, %v152 : i64
        %v157 = arith.divui %v154, %v156 : i64
        %v158 = arith.remui %v154, %v156 : i64
        %v160 = arith.addi %v159, %v157 : i64
        %v161 = llvm.getelementptr %v8[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v162 = llvm.load %v161 : !llvm.ptr<3> -> i64
        %v163 = arith.addi %v61, %v158 : i64
        %v164 = arith.cmpi slt, %v163, %v55 : i64
        %v166 = arith.subi %size_L, %v165 : i64
        %v167 = arith.minsi %v163, %v166 : i64
        %v168 = arith.addi %v162, %v167 : i64
        %v170 = arith.muli %v160, %v169 : i64
        %v171 = arith.addi %v170, %v158 : i64
        %v172 = llvm.getelementptr %in_x[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v173 = llvm.load %v172 : !llvm.ptr -> f32
        %v175 = arith.muli %v65, %v174 : i64
        %v177 = arith.addi %v175, %v176 : i64
        %v178 = arith.addi %v177, %v17 : i64
        %v181 = arith.minsi %v178, %v180 : i64
        %v182 = arith.cmpi slt, %v178, %v179 : i64
        %v184 = arith.divui %v181, %v183 : i64
        %v185 = arith.remui %v181, %v183 : i64
        %v187 = arith.addi %v186, %v184 : i64
        %v188 = llvm.getelementptr %v8[%v187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v189 = llvm.load %v188 : !llvm.ptr<3> -> i64
        %v190 = arith.addi %v61, %v185 : i64
        %v191 = arith.cmpi slt, %v190, %v55 : i64
        %v193 = arith.subi %size_L, %v192 : i64
        %v194 = arith.minsi %v190, %v193 : i64
        %v195 = arith.addi %v189, %v194 : i64
        %v197 = arith.muli %v187, %v196 : i64
        %v198 = arith.addi %v197, %v185 : i64
        %v199 = llvm.getelementptr %in_x[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v200 = llvm.load %v199 : !llvm.ptr -> f32
        %v202 = arith.muli %v65, %v201 : i64
        %v204 = arith.addi %v202, %v203 : i64
        %v205 = arith.addi %v204, %v17 : i64
        %v208 = arith.minsi %v205, %v207 : i64
        %v209 = arith.cmpi slt, %v205, %v206 : i64
        %v211 = arith.divui %v208, %v210 : i64
        %v212 = arith.remui %v208, %v210 : i64
        %v214 = arith.addi %v213, %v211 : i64
        %v215 = llvm.getelementptr %v8[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v216 = llvm.load %v215 : !llvm.ptr<3> -> i64
        %v217 = arith.addi %v61, %v212 : i64
        %v218 = arith.cmpi slt, %v217, %v55 : i64
        %v220 = arith.subi %size_L, %v219 : i64
        %v221 = arith.minsi %v217, %v220 : i64
        %v222 = arith.addi %v216, %v221 : i64
        %v224 = arith.muli %v214, %v223 : i64
        %v225 = arith.addi %v224, %v212 : i64
        %v226 = llvm.getelementptr %in_x[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v227 = llvm.load %v226 : !llvm.ptr -> f32
        %v229 = arith.muli %v65, %v228 : i64
        %v231 = arith.addi %v229, %v230 : i64
        %v232 = arith.addi %v231, %v17 : i64
        %v235 = arith.minsi %v232, %v234 : i64
        %v236 = arith.cmpi slt, %v232, %v233 : i64
        %v238 = arith.divui %v235, %v237 : i64
        %v239 = arith.remui %v235, %v237 : i64
        %v241 = arith.addi %v240, %v238 : i64
        %v242 = llvm.getelementptr %v8[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v243 = llvm.load %v242 : !llvm.ptr<3> -> i64
        %v244 = arith.addi %v61, %v239 : i64
        %v245 = arith.cmpi slt, %v244, %v55 : i64
        %v247 = arith.subi %size_L, %v246 : i64
        %v248 = arith.minsi %v244, %v247 : i64
        %v249 = arith.addi %v243, %v248 : i64
        %v251 = arith.muli %v241, %v250 : i64
        %v252 = arith.addi %v251, %v239 : i64
        %v253 = llvm.getelementptr %in_x[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v254 = llvm.load %v253 : !llvm.ptr -> f32
        %v256 = arith.muli %v65, %v255 : i64
        %v258 = arith.addi %v256, %v257 : i64
        %v259 = arith.addi %v258, %v17 : i64
        %v262 = arith.minsi %v259, %v261 : i64
        %v263 = arith.cmpi slt, %v259, %v260 : i64
        %v265 = arith.divui %v262, %v264 : i64
        %v266 = arith.remui %v262, %v264 : i64
        %v268 = arith.addi %v267, %v265 : i64
        %v269 = llvm.getelementptr %v8[%v268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v270 = llvm.load %v269 : !llvm.ptr<3> -> i64
        %v271 = arith.addi %v61, %v266 : i64
        %v272 = arith.cmpi slt, %v271, %v55 : i64
        %v274 = arith.subi %size_L, %v273 : i64
        %v275 = arith.minsi %v271, %v274 : i64
        %v276 = arith.addi %v270, %v275 : i64
        %v278 = arith.muli %v268, %v277 : i64
        %v279 = arith.addi %v278, %v266 : i64
        %v280 = llvm.getelementptr %in_x[%v276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v281 = llvm.load %v280 : !llvm.ptr -> f32
        %v283 = arith.muli %v65, %v282 : i64
        %v285 = arith.addi %v283, %v284 : i64
        %v286 = arith.addi %v285, %v17 : i64
        %v289 = arith.minsi %v286, %v288 : i64
        %v290 = arith.cmpi slt, %v286, %v287 : i64
        %v292 = arith.divui %v289, %v291 : i64
        %v293 = arith.remui %v289, %v291 : i64
        %v295 = arith.addi %v294, %v292 : i64
        %v296 = llvm.getelementptr %v8[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v297 = llvm.load %v296 : !llvm.ptr<3> -> i64
        %v298 = arith.addi %v61, %v293 : i64
        %v299 = arith.cmpi slt, %v298, %v55 : i64
        %v301 = arith.subi %size_L, %v300 : i64
        %v302 = arith.minsi %v298, %v301 : i64
        %v303 = arith.addi %v297, %v302 : i64
        %v305 = arith.muli %v295, %v304 : i64
        %v306 = arith.addi %v305, %v293 : i64
        %v307 = llvm.getelementptr %in_x[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v308 = llvm.load %v307 : !llvm.ptr -> f32
        %v310 = arith.muli %v65, %v309 : i64
        %v312 = arith.addi %v310, %v311 : i64
        %v313 = arith.addi %v312, %v17 : i64
        %v316 = arith.minsi %v313, %v315 : i64
        %v317 = arith.cmpi slt, %v313, %v314 : i64
        %v319 = arith.divui %v316, %v318 : i64
        %v320 = arith.remui %v316, %v318 : i64
        %v322 = arith.addi %v321, %v319 : i64
        %v323 = llvm.getelementptr %v8[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v324 = llvm.load %v323 : !llvm.ptr<3> -> i64
        %v325 = arith.addi %v61, %v320 : i64
        %v326 = arith.cmpi slt, %v325, %v55 : i64
        %v328 = arith.subi %size_L, %v327 : i64
        %v329 = arith.minsi %v325, %v328 : i64
        %v330 = arith.addi %v324, %v329 : i64
        %v332 = arith.muli %v322, %v331 : i64
        %v333 = arith.addi %v332, %v320 : i64
        %v334 = llvm.getelementptr %in_x[%v330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v335 = llvm.load %v334 : !llvm.ptr -> f32
        %v337 = arith.muli %v65, %v336 : i64
        %v339 = arith.addi %v337, %v338 : i64
        %v340 = arith.addi %v339, %v17 : i64
        %v343 = arith.minsi %v340, %v342 : i64
        %v344 = arith.cmpi slt, %v340, %v341 : i64
        %v346 = arith.divui %v343, %v345 : i64
        %v347 = arith.remui %v343, %v345 : i64
        %v349 = arith.addi %v348, %v346 : i64
        %v350 = llvm.getelementptr %v8[%v349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v351 = llvm.load %v350 : !llvm.ptr<3> -> i64
        %v352 = arith.addi %v61, %v347 : i64
        %v353 = arith.cmpi slt, %v352, %v55 : i64
        %v355 = arith.subi %size_L, %v354 : i64
        %v356 = arith.minsi %v352, %v355 : i64
        %v357 = arith.addi %v351, %v356 : i64
        %v359 = arith.muli %v349, %v358 : i64
        %v360 = arith.addi %v359, %v347 : i64
        %v361 = llvm.getelementptr %in_x[%v357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v362 = llvm.load %v361 : !llvm.ptr -> f32
        %v364 = arith.muli %v65, %v363 : i64
        %v366 = arith.addi %v364, %v365 : i64
        %v367 = arith.addi %v366, %v17 : i64
        %v370 = arith.minsi %v367, %v369 : i64
        %v371 = arith.cmpi slt, %v367, %v368 : i64
        %v373 = arith.divui %v370, %v372 : i64
        %v374 = arith.remui %v370, %v372 : i64
        %v376 = arith.addi %v375, %v373 : i64
        %v377 = llvm.getelementptr %v8[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v378 = llvm.load %v377 : !llvm.ptr<3> -> i64
        %v379 = arith.addi %v61, %v374 : i64
        %v380 = arith.cmpi slt, %v379, %v55 : i64
        %v382 = arith.subi %size_L, %v381 : i64
        %v383 = arith.minsi %v379, %v382 : i64
        %v384 = arith.addi %v378, %v383 : i64
        %v386 = arith.muli %v376, %v385 : i64
        %v387 = arith.addi %v386, %v374 : i64
        %v388 = llvm.getelementptr %in_x[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v389 = llvm.load %v388 : !llvm.ptr -> f32
        %v391 = arith.muli %v65, %v390 : i64
        %v393 = arith.addi %v391, %v392 : i64
        %v394 = arith.addi %v393, %v17 : i64
        %v397 = arith.minsi %v394, %v396 : i64
        %v398 = arith.cmpi slt, %v394, %v395 : i64
        %v400 = arith.divui %v397, %v399 : i64
        %v401 = arith.remui %v397, %v399 : i64
        %v403 = arith.addi %v402, %v400 : i64
        %v404 = llvm.getelementptr %v8[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v405 = llvm.load %v404 : !llvm.ptr<3> -> i64
        %v406 = arith.addi %v61, %v401 : i64
        %v407 = arith.cmpi slt, %v406, %v55 : i64
        %v409 = arith.subi %size_L, %v408 : i64
        %v410 = arith.minsi %v406, %v409 : i64
        %v411 = arith.addi %v405, %v410 : i64
        %v413 = arith.muli %v403, %v412 : i64
        %v414 = arith.addi %v413, %v401 : i64
        %v415 = llvm.getelementptr %in_x[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v416 = llvm.load %v415 : !llvm.ptr -> f32
        %v418 = arith.muli %v65, %v417 : i64
        %v420 = arith.addi %v418, %v419 : i64
        %v421 = arith.addi %v420, %v17 : i64
        %v424 = arith.minsi %v421, %v423 : i64
        %v425 = arith.cmpi slt, %v421, %v422 : i64
        %v427 = arith.divui %v424, %v426 : i64
        %v428 = arith.remui %v424, %v426 : i64
        %v430 = arith.addi %v429, %v427 : i64
        %v431 = llvm.getelementptr %v8[%v430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v432 = llvm.load %v431 : !llvm.ptr<3> -> i64
        %v433 = arith.addi %v61, %v428 : i64
        %v434 = arith.cmpi slt, %v433, %v55 : i64
        %v436 = arith.subi %size_L, %v435 : i64
        %v437 = arith.minsi %v433, %v436 : i64
        %v438 = arith.addi %v432, %v437 : i64
        %v440 = arith.muli %v430, %v439 : i64
        %v441 = arith.addi %v440, %v428 : i64
        %v442 = llvm.getelementptr %in_x[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v443 = llvm.load %v442 : !llvm.ptr -> f32
        %v445 = arith.muli %v65, %v444 : i64
        %v447 = arith.addi %v445, %v446 : i64
        %v448 = arith.addi %v447, %v17 : i64
        %v451 = arith.minsi %v448, %v450 : i64
        %v452 = arith.cmpi slt, %v448, %v449 : i64
        %v454 = arith.divui %v451, %v453 : i64
        %v455 = arith.remui %v451, %v453 : i64
        %v457 = arith.addi %v456, %v454 : i64
        %v458 = llvm.getelementptr %v8[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v459 = llvm.load %v458 : !llvm.ptr<3> -> i64
        %v460 = arith.addi %v61, %v455 : i64
        %v461 = arith.cmpi slt, %v460, %v55 : i64
        %v463 = arith.subi %size_L, %v462 : i64
        %v464 = arith.minsi %v460, %v463 : i64
        %v465 = arith.addi %v459, %v464 : i64
        %v467 = arith.muli %v457, %v466 : i64
        %v468 = arith.addi %v467, %v455 : i64
        %v469 = llvm.getelementptr %in_x[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v470 = llvm.load %v469 : !llvm.ptr -> f32
        %v472 = arith.muli %v65, %v471 : i64
        %v474 = arith.addi %v472, %v473 : i64
        %v475 = arith.addi %v474, %v17 : i64
        %v478 = arith.minsi %v475, %v477 : i64
        %v479 = arith.cmpi slt, %v475, %v476 : i64
        %v481 = arith.divui %v478, %v480 : i64
        %v482 = arith.remui %v478, %v480 : i64
        %v484 = arith.addi %v483, %v481 : i64
        %v485 = llvm.getelementptr %v8[%v484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v486 = llvm.load %v485 : !llvm.ptr<3> -> i64
        %v487 = arith.addi %v61, %v482 : i64
        %v488 = arith.cmpi slt, %v487, %v55 : i64
        %v490 = arith.subi %size_L, %v489 : i64
        %v491 = arith.minsi %v487, %v490 : i64
        %v492 = arith.addi %v486, %v491 : i64
        %v494 = arith.muli %v484, %v493 : i64
        %v495 = arith.addi %v494, %v482 : i64
        %v496 = llvm.getelementptr %in_x[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v497 = llvm.load %v496 : !llvm.ptr -> f32
        %v499 = arith.muli %v65, %v498 : i64
        %v501 = arith.addi %v499, %v500 : i64
        %v502 = arith.addi %v501, %v17 : i64
        %v505 = arith.minsi %v502, %v504 : i64
        %v506 = arith.cmpi slt, %v502, %v503 : i64
        %v508 = arith.divui %v505, %v507 : i64
        %v509 = arith.remui %v505, %v507 : i64
        %v511 = arith.addi %v510, %v508 : i64
        %v512 = llvm.getelementptr %v8[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v513 = llvm.load %v512 : !llvm.ptr<3> -> i64
        %v514 = arith.addi %v61, %v509 : i64
        %v515 = arith.cmpi slt, %v514, %v55 : i64
        %v517 = arith.subi %size_L, %v516 : i64
        %v518 = arith.minsi %v514, %v517 : i64
        %v519 = arith.addi %v513, %v518 : i64
        %v521 = arith.muli %v511, %v520 : i64
        %v522 = arith.addi %v521, %v509 : i64
        %v523 = llvm.getelementptr %in_x[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v524 = llvm.load %v523 : !llvm.ptr -> f32
        %v526 = arith.muli %v65, %v525 : i64
        %v528 = arith.addi %v526, %v527 : i64
        %v529 = arith.addi %v528, %v17 : i64
        %v532 = arith.minsi %v529, %v531 : i64
        %v533 = arith.cmpi slt, %v529, %v530 : i64
        %v535 = arith.divui %v532, %v534 : i64
        %v536 = arith.remui %v532, %v534 : i64
        %v538 = arith.addi %v537, %v535 : i64
        %v539 = llvm.getelementptr %v8[%v538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v540 = llvm.load %v539 : !llvm.ptr<3> -> i64
        %v541 = arith.addi %v61, %v536 : i64
        %v542 = arith.cmpi slt, %v541, %v55 : i64
        %v544 = arith.subi %size_L, %v543 : i64
        %v545 = arith.minsi %v541, %v544 : i64
        %v546 = arith.addi %v540, %v545 : i64
        %v548 = arith.muli %v538, %v547 : i64
        %v549 = arith.addi %v548, %v536 : i64
        %v550 = llvm.getelementptr %in_x[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v551 = llvm.load %v550 : !llvm.ptr -> f32
        %v553 = arith.muli %v65, %v552 : i64
        %v555 = arith.addi %v553, %v554 : i64
        %v556 = arith.addi %v555, %v17 : i64
        %v559 = arith.minsi %v556, %v558 : i64
        %v560 = arith.cmpi slt, %v556, %v557 : i64
        %v562 = arith.divui %v559, %v561 : i64
        %v563 = arith.remui %v559, %v561 : i64
        %v565 = arith.addi %v564, %v562 : i64
        %v566 = llvm.getelementptr %v8[%v565] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v567 = llvm.load %v566 : !llvm.ptr<3> -> i64
        %v568 = arith.addi %v61, %v563 : i64
        %v569 = arith.cmpi slt, %v568, %v55 : i64
        %v571 = arith.subi %size_L, %v570 : i64
        %v572 = arith.minsi %v568, %v571 : i64
        %v573 = arith.addi %v567, %v572 : i64
        %v575 = arith.muli %v565, %v574 : i64
        %v576 = arith.addi %v575, %v563 : i64
        %v577 = llvm.getelementptr %in_x[%v573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v578 = llvm.load %v577 : !llvm.ptr -> f32
        %v580 = arith.muli %v65, %v579 : i64
        %v582 = arith.addi %v580, %v581 : i64
        %v583 = arith.addi %v582, %v17 : i64
        %v586 = arith.minsi %v583, %v585 : i64
        %v587 = arith.cmpi slt, %v583, %v584 : i64
        %v589 = arith.divui %v586, %v588 : i64
        %v590 = arith.remui %v586, %v588 : i64
        %v592 = arith.addi %v591, %v589 : i64
        %v593 = llvm.getelementptr %v8[%v592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v594 = llvm.load %v593 : !llvm.ptr<3> -> i64
        %v595 = arith.addi %v61, %v590 : i64
        %v596 = arith.cmpi slt, %v595, %v55 : i64
        %v598 = arith.subi %size_L, %v597 : i64
        %v599 = arith.minsi %v595, %v598 : i64
        %v600 = arith.addi %v594, %v599 : i64
        %v602 = arith.muli %v592, %v601 : i64
        %v603 = arith.addi %v602, %v590 : i64
        %v604 = llvm.getelementptr %in_x[%v600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v605 = llvm.load %v604 : !llvm.ptr -> f32
        %v607 = arith.muli %v65, %v606 : i64
        %v609 = arith.addi %v607, %v608 : i64
        %v610 = arith.addi %v609, %v17 : i64
        %v613 = arith.minsi %v610, %v612 : i64
        %v614 = arith.cmpi slt, %v610, %v611 : i64
        %v616 = arith.divui %v613, %v615 : i64
        %v617 = arith.remui %v613, %v615 : i64
        %v619 = arith.addi %v618, %v616 : i64
        %v620 = llvm.getelementptr %v8[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v621 = llvm.load %v620 : !llvm.ptr<3> -> i64
        %v622 = arith.addi %v61, %v617 : i64
        %v623 = arith.cmpi slt, %v622, %v55 : i64
        %v625 = arith.subi %size_L, %v624 : i64
        %v626 = arith.minsi %v622, %v625 : i64
        %v627 = arith.addi %v621, %v626 : i64
        %v629 = arith.muli %v619, %v628 : i64
        %v630 = arith.addi %v629, %v617 : i64
        %v631 = llvm.getelementptr %in_x[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v632 = llvm.load %v631 : !llvm.ptr -> f32
        %v634 = arith.muli %v65, %v633 : i64
        %v636 = arith.addi %v634, %v635 : i64
        %v637 = arith.addi %v636, %v17 : i64
        %v640 = arith.minsi %v637, %v639 : i64
        %v641 = arith.cmpi slt, %v637, %v638 : i64
        %v643 = arith.divui %v640, %v642 : i64
        %v644 = arith.remui %v640, %v642 : i64
        %v646 = arith.addi %v645, %v643 : i64
        %v647 = llvm.getelementptr %v8[%v646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v648 = llvm.load %v647 : !llvm.ptr<3> -> i64
        %v649 = arith.addi %v61, %v644 : i64
        %v650 = arith.cmpi slt, %v649, %v55 : i64
        %v652 = arith.subi %size_L, %v651 : i64
        %v653 = arith.minsi %v649, %v652 : i64
        %v654 = arith.addi %v648, %v653 : i64
        %v656 = arith.muli %v646, %v655 : i64
        %v657 = arith.addi %v656, %v644 : i64
        %v658 = llvm.getelementptr %in_x[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v659 = llvm.load %v658 : !llvm.ptr -> f32
        %v661 = arith.muli %v65, %v660 : i64
        %v663 = arith.addi %v661, %v662 : i64
        %v664 = arith.addi %v663, %v17 : i64
        %v667 = arith.minsi %v664, %v666 : i64
        %v668 = arith.cmpi slt, %v664, %v665 : i64
        %v670 = arith.divui %v667, %v669 : i64
        %v671 = arith.remui %v667, %v669 : i64
        %v673 = arith.addi %v672, %v670 : i64
        %v674 = llvm.getelementptr %v8[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v675 = llvm.load %v674 : !llvm.ptr<3> -> i64
        %v676 = arith.addi %v61, %v671 : i64
        %v677 = arith.cmpi slt, %v676, %v55 : i64
        %v679 = arith.subi %size_L, %v678 : i64
        %v680 = arith.minsi %v676, %v679 : i64
        %v681 = arith.addi %v675, %v680 : i64
        %v683 = arith.muli %v673, %v682 : i64
        %v684 = arith.addi %v683, %v671 : i64
        %v685 = llvm.getelementptr %in_x[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v686 = llvm.load %v685 : !llvm.ptr -> f32
        %v688 = arith.muli %v65, %v687 : i64
        %v690 = arith.addi %v688, %v689 : i64
        %v691 = arith.addi %v690, %v17 : i64
        %v694 = arith.minsi %v691, %v693 : i64
        %v695 = arith.cmpi slt, %v691, %v692 : i64
        %v697 = arith.divui %v694, %v696 : i64
        %v698 = arith.remui %v694, %v696 : i64
        %v700 = arith.addi %v699, %v697 : i64
        %v701 = llvm.getelementptr %v8[%v700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v702 = llvm.load %v701 : !llvm.ptr<3> -> i64
        %v703 = arith.addi %v61, %v698 : i64
        %v704 = arith.cmpi slt, %v703, %v55 : i64
        %v706 = arith.subi %size_L, %v705 : i64
        %v707 = arith.minsi %v703, %v706 : i64
        %v708 = arith.addi %v702, %v707 : i64
        %v710 = arith.muli %v700, %v709 : i64
        %v711 = arith.addi %v710, %v698 : i64
        %v712 = llvm.getelementptr %in_x[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v713 = llvm.load %v712 : !llvm.ptr -> f32
        %v715 = arith.muli %v65, %v714 : i64
        %v717 = arith.addi %v715, %v716 : i64
        %v718 = arith.addi %v717, %v17 : i64
        %v721 = arith.minsi %v718, %v720 : i64
        %v722 = arith.cmpi slt, %v718, %v719 : i64
        %v724 = arith.divui %v721, %v723 : i64
        %v725 = arith.remui %v721, %v723 : i64
        %v727 = arith.addi %v726, %v724 : i64
        %v728 = llvm.getelementptr %v8[%v727] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v729 = llvm.load %v728 : !llvm.ptr<3> -> i64
        %v730 = arith.addi %v61, %v725 : i64
        %v731 = arith.cmpi slt, %v730, %v55 : i64
        %v733 = arith.subi %size_L, %v732 : i64
        %v734 = arith.minsi %v730, %v733 : i64
        %v735 = arith.addi %v729, %v734 : i64
        %v737 = arith.muli %v727, %v736 : i64
        %v738 = arith.addi %v737, %v725 : i64
        %v739 = llvm.getelementptr %in_x[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v740 = llvm.load %v739 : !llvm.ptr -> f32
        %v742 = arith.muli %v65, %v741 : i64
        %v744 = arith.addi %v742, %v743 : i64
        %v745 = arith.addi %v744, %v17 : i64
        %v748 = arith.minsi %v745, %v747 : i64
        %v749 = arith.cmpi slt, %v745, %v746 : i64
        %v751 = arith.divui %v748, %v750 : i64
        %v752 = arith.remui %v748, %v750 : i64
        %v754 = arith.addi %v753, %v751 : i64
        %v755 = llvm.getelementptr %v8[%v754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v756 = llvm.load %v755 : !llvm.ptr<3> -> i64
        %v757 = arith.addi %v61, %v752 : i64
        %v758 = arith.cmpi slt, %v757, %v55 : i64
        %v760 = arith.subi %size_L, %v759 : i64
        %v761 = arith.minsi %v757, %v760 : i64
        %v762 = arith.addi %v756, %v761 : i64
        %v764 = arith.muli %v754, %v763 : i64
        %v765 = arith.addi %v764, %v752 : i64
        %v766 = llvm.getelementptr %in_x[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v767 = llvm.load %v766 : !llvm.ptr -> f32
        %v769 = arith.muli %v65, %v768 : i64
        %v771 = arith.addi %v769, %v770 : i64
        %v772 = arith.addi %v771, %v17 : i64
        %v775 = arith.minsi %v772, %v774 : i64
        %v776 = arith.cmpi slt, %v772, %v773 : i64
        %v778 = arith.divui %v775, %v777 : i64
        %v779 = arith.remui %v775, %v777 : i64
        %v781 = arith.addi %v780, %v778 : i64
        %v782 = llvm.getelementptr %v8[%v781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v783 = llvm.load %v782 : !llvm.ptr<3> -> i64
        %v784 = arith.addi %v61, %v779 : i64
        %v785 = arith.cmpi slt, %v784, %v55 : i64
        %v787 = arith.subi %size_L, %v786 : i64
        %v788 = arith.minsi %v784, %v787 : i64
        %v789 = arith.addi %v783, %v788 : i64
        %v791 = arith.muli %v781, %v790 : i64
        %v792 = arith.addi %v791, %v779 : i64
        %v793 = llvm.getelementptr %in_x[%v789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v794 = llvm.load %v793 : !llvm.ptr -> f32
        %v796 = arith.muli %v65, %v795 : i64
        %v798 = arith.addi %v796, %v797 : i64
        %v799 = arith.addi %v798, %v17 : i64
        %v802 = arith.minsi %v799, %v801 : i64
        %v803 = arith.cmpi slt, %v799, %v800 : i64
        %v805 = arith.divui %v802, %v804 : i64
        %v806 = arith.remui %v802, %v804 : i64
        %v808 = arith.addi %v807, %v805 : i64
        %v809 = llvm.getelementptr %v8[%v808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v810 = llvm.load %v809 : !llvm.ptr<3> -> i64
        %v811 = arith.addi %v61, %v806 : i64
        %v812 = arith.cmpi slt, %v811, %v55 : i64
        %v814 = arith.subi %size_L, %v813 : i64
        %v815 = arith.minsi %v811, %v814 : i64
        %v816 = arith.addi %v810, %v815 : i64
        %v818 = arith.muli %v808, %v817 : i64
        %v819 = arith.addi %v818, %v806 : i64
        %v820 = llvm.getelementptr %in_x[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v821 = llvm.load %v820 : !llvm.ptr -> f32
        %v823 = arith.muli %v65, %v822 : i64
        %v825 = arith.addi %v823, %v824 : i64
        %v826 = arith.addi %v825, %v17 : i64
        %v829 = arith.minsi %v826, %v828 : i64
        %v830 = arith.cmpi slt, %v826, %v827 : i64
        %v832 = arith.divui %v829, %v831 : i64
        %v833 = arith.remui %v829, %v831 : i64
        %v835 = arith.addi %v834, %v832 : i64
        %v836 = llvm.getelementptr %v8[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
        %v838 = arith.addi %v61, %v833 : i64
        %v839 = arith.cmpi slt, %v838, %v55 : i64
        %v841 = arith.subi %size_L, %v840 : i64
        %v842 = arith.minsi %v838, %v841 : i64
        %v843 = arith.addi %v837, %v842 : i64
        %v845 = arith.muli %v835, %v844 : i64
        %v846 = arith.addi %v845, %v833 : i64
        %v847 = llvm.getelementptr %in_x[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v848 = llvm.load %v847 : !llvm.ptr -> f32
        %v850 = arith.muli %v65, %v849 : i64
        %v852 = arith.addi %v850, %v851 : i64
        %v853 = arith.addi %v852, %v17 : i64
        %v856 = arith.minsi %v853, %v855 : i64
        %v857 = arith.cmpi slt, %v853, %v854 : i64
        %v859 = arith.divui %v856, %v858 : i64
        %v860 = arith.remui %v856, %v858 : i64
        %v862 = arith.addi %v861, %v859 : i64
        %v863 = llvm.getelementptr %v8[%v862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v864 = llvm.load %v863 : !llvm.ptr<3> -> i64
        %v865 = arith.addi %v61, %v860 : i64
        %v866 = arith.cmpi slt, %v865, %v55 : i64
        %v868 = arith.subi %size_L, %v867 : i64
        %v869 = arith.minsi %v865, %v868 : i64
        %v870 = arith.addi %v864, %v869 : i64
        %v872 = arith.muli %v862, %v871 : i64
        %v873 = arith.addi %v872, %v860 : i64
        %v874 = llvm.getelementptr %in_x[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v875 = llvm.load %v874 : !llvm.ptr -> f32
        %v877 = arith.muli %v65, %v876 : i64
        %v879 = arith.addi %v877, %v878 : i64
        %v880 = arith.addi %v879, %v17 : i64
        %v883 = arith.minsi %v880, %v882 : i64
        %v884 = arith.cmpi slt, %v880, %v881 : i64
        %v886 = arith.divui %v883, %v885 : i64
        %v887 = arith.remui %v883, %v885 : i64
        %v889 = arith.addi %v888, %v886 : i64
        %v890 = llvm.getelementptr %v8[%v889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v891 = llvm.load %v890 : !llvm.ptr<3> -> i64
        %v892 = arith.addi %v61, %v887 : i64
        %v893 = arith.cmpi slt, %v892, %v55 : i64
        %v895 = arith.subi %size_L, %v894 : i64
        %v896 = arith.minsi %v892, %v895 : i64
        %v897 = arith.addi %v891, %v896 : i64
        %v899 = arith.muli %v889, %v898 : i64
        %v900 = arith.addi %v899, %v887 : i64
        %v901 = llvm.getelementptr %in_x[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v902 = llvm.load %v901 : !llvm.ptr -> f32
        %v904 = arith.muli %v65, %v903 : i64
        %v906 = arith.addi %v904, %v905 : i64
        %v907 = arith.addi %v906, %v17 : i64
        %v910 = arith.minsi %v907, %v909 : i64
        %v911 = arith.cmpi slt, %v907, %v908 : i64
        %v913 = arith.divui %v910, %v912 : i64
        %v914 = arith.remui %v910, %v912 : i64
        %v916 = arith.addi %v915, %v913 : i64
        %v917 = llvm.getelementptr %v8[%v916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v918 = llvm.load %v917 : !llvm.ptr<3> -> i64
        %v919 = arith.addi %v61, %v914 : i64
        %v920 = arith.cmpi slt, %v919, %v55 : i64
        %v922 = arith.subi %size_L, %v921 : i64
        %v923 = arith.minsi %v919, %v922 : i64
        %v924 = arith.addi %v918, %v923 : i64
        %v926 = arith.muli %v916, %v925 : i64
        %v927 = arith.addi %v926, %v914 : i64
        %v928 = llvm.getelementptr %in_x[%v924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v929 = llvm.load %v928 : !llvm.ptr -> f32
        scf.if %v74 {
          %v930 = llvm.getelementptr %v9[%v90] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v92, %v930 : f32, !llvm.ptr<3>
        }
        scf.if %v101 {
          %v931 = llvm.getelementptr %v9[%v117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v119, %v931 : f32, !llvm.ptr<3>
        }
        scf.if %v128 {
          %v932 = llvm.getelementptr %v9[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v146, %v932 : f32, !llvm.ptr<3>
        }
        scf.if %v155 {
          %v933 = llvm.getelementptr %v9[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v173, %v933 : f32, !llvm.ptr<3>
        }
        scf.if %v182 {
          %v934 = llvm.getelementptr %v9[%v198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v200, %v934 : f32, !llvm.ptr<3>
        }
        scf.if %v209 {
          %v935 = llvm.getelementptr %v9[%v225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v227, %v935 : f32, !llvm.ptr<3>
        }
        scf.if %v236 {
          %v936 = llvm.getelementptr %v9[%v252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v254, %v936 : f32, !llvm.ptr<3>
        }
        scf.if %v263 {
          %v937 = llvm.getelementptr %v9[%v279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v281, %v937 : f32, !llvm.ptr<3>
        }
        scf.if %v290 {
          %v938 = llvm.getelementptr %v9[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v308, %v938 : f32, !llvm.ptr<3>
        }
        scf.if %v317 {
          %v939 = llvm.getelementptr %v9[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v335, %v939 : f32, !llvm.ptr<3>
        }
        scf.if %v344 {
          %v940 = llvm.getelementptr %v9[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v362, %v940 : f32, !llvm.ptr<3>
        }
        scf.if %v371 {
          %v941 = llvm.getelementptr %v9[%v387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v389, %v941 : f32, !llvm.ptr<3>
        }
        scf.if %v398 {
          %v942 = llvm.getelementptr %v9[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v416, %v942 : f32, !llvm.ptr<3>
        }
        scf.if %v425 {
          %v943 = llvm.getelementptr %v9[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v443, %v943 : f32, !llvm.ptr<3>
        }
        scf.if %v452 {
          %v944 = llvm.getelementptr %v9[%v468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v470, %v944 : f32, !llvm.ptr<3>
        }
        scf.if %v479 {
          %v945 = llvm.getelementptr %v9[%v495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v497, %v945 : f32, !llvm.ptr<3>
        }
        scf.if %v506 {
          %v946 = llvm.getelementptr %v9[%v522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v524, %v946 : f32, !llvm.ptr<3>
        }
        scf.if %v533 {
          %v947 = llvm.getelementptr %v9[%v549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v551, %v947 : f32, !llvm.ptr<3>
        }
        scf.if %v560 {
          %v948 = llvm.getelementptr %v9[%v576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v578, %v948 : f32, !llvm.ptr<3>
        }
        scf.if %v587 {
          %v949 = llvm.getelementptr %v9[%v603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v605, %v949 : f32, !llvm.ptr<3>
        }
        scf.if %v614 {
          %v950 = llvm.getelementptr %v9[%v630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v632, %v950 : f32, !llvm.ptr<3>
        }
        scf.if %v641 {
          %v951 = llvm.getelementptr %v9[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v659, %v951 : f32, !llvm.ptr<3>
        }
        scf.if %v668 {
          %v952 = llvm.getelementptr %v9[%v684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v686, %v952 : f32, !llvm.ptr<3>
        }
        scf.if %v695 {
          %v953 = llvm.getelementptr %v9[%v711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v713, %v953 : f32, !llvm.ptr<3>
        }
        scf.if %v722 {
          %v954 = llvm.getelementptr %v9[%v738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v740, %v954 : f32, !llvm.ptr<3>
        }
        scf.if %v749 {
          %v955 = llvm.getelementptr %v9[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v767, %v955 : f32, !llvm.ptr<3>
        }
        scf.if %v776 {
          %v956 = llvm.getelementptr %v9[%v792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v794, %v956 : f32, !llvm.ptr<3>
        }
        scf.if %v803 {
          %v957 = llvm.getelementptr %v9[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v821, %v957 : f32, !llvm.ptr<3>
        }
        scf.if %v830 {
          %v958 = llvm.getelementptr %v9[%v846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v848, %v958 : f32, !llvm.ptr<3>
        }
        scf.if %v857 {
          %v959 = llvm.getelementptr %v9[%v873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v875, %v959 : f32, !llvm.ptr<3>
        }
        scf.if %v884 {
          %v960 = llvm.getelementptr %v9[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v902, %v960 : f32, !llvm.ptr<3>
        }
        scf.if %v911 {
          %v961 = llvm.getelementptr %v9[%v927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v929, %v961 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v964 = arith.index_cast %v962 : i64 to index
        %v965 = arith.index_cast %v64 : i64 to index
        %v966 = arith.index_cast %v963 : i64 to index
        scf.for %v967 = %v964 to %v965 step %v966 {
          %v968 = arith.index_cast %v967 : index to i64
          %v969 = arith.addi %v61, %v968 : i64
          %v984 = arith.muli %v981, %v982 : i64
          %v985 = arith.addi %v984, %v17 : i64
          %v986 = arith.muli %v985, %v983 : i64
          %v987 = arith.addi %v986, %v968 : i64
          %v988 = llvm.getelementptr %v9[%v987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v989 = llvm.load %v988 : !llvm.ptr<3> -> f32
          %v990 = arith.mulf %v980, %v989 : f32
          %v991 = llvm.load %v5 : !llvm.ptr -> f32
          %v992 = arith.mulf %v979, %v991 : f32
          %v993 = arith.addf %v992, %v990 : f32
          %v994 = llvm.load %v7 : !llvm.ptr -> f32
          %v995 = arith.mulf %v979, %v994 : f32
          llvm.store %v993, %v5 : f32, !llvm.ptr
          llvm.store %v995, %v7 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      scf.if %v28 {
        %v998 = arith.muli %v24, %v996 : i64
        %v999 = arith.addi %v998, %v997 : i64
        %v1000 = arith.muli %v999, %v3 : i64
        %v1002 = arith.subi %v3, %v1001 : i64
        %v1003 = arith.minsi %v27, %v1002 : i64
        %v1004 = arith.addi %v1000, %v1003 : i64
        %v1005 = llvm.load %v7 : !llvm.ptr -> f32
        %v1006 = llvm.getelementptr %agga_h[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1005, %v1006 : f32, !llvm.ptr
        %v1007 = llvm.load %v5 : !llvm.ptr -> f32
        %v1008 = llvm.getelementptr %aggb_h[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1007, %v1008 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
