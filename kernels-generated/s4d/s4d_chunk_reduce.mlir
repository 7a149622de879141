module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s4d_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x i64>
    llvm.mlir.global internal @smem_s4d_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2112 x f32>
    gpu.func @s4d_chunk_reduce(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v39 = llvm.mlir.addressof @rows_s4d_chunk_reduce : !llvm.ptr<3>
      %v40 = llvm.mlir.addressof @smem_s4d_chunk_reduce : !llvm.ptr<3>
      %v41 = arith.constant 255 : i64
      %v42 = arith.addi %size_L, %v41 : i64
      %v43 = arith.constant 256 : i64
      %v44 = arith.divui %v42, %v43 : i64
      %v45 = arith.muli %v44, %v4 : i64
      %v50 = arith.constant 64 : i64
      %v51 = arith.constant 1 : i64
      %v60 = arith.constant 1 : i64
      %v67 = arith.constant 0 : i64
      %v68 = arith.constant 1 : i64
      %v69 = arith.muli %v68, %size_L : i64
      %v70 = arith.muli %v69, %size_D : i64
      %v76 = arith.constant 64 : i64
      %v77 = arith.constant 0 : i64
      %v81 = arith.constant 0x00000000 : f32
      %v82 = arith.constant 0x3F800000 : f32
      %v83 = arith.constant 256 : i64
      %v87 = arith.constant 32 : i64
      %v94 = arith.constant 32 : i64
      %v96 = arith.constant 0 : i64
      %v97 = arith.constant 2048 : i64
      %v99 = arith.constant 0 : i64
      %v102 = arith.constant 2048 : i64
      %v103 = arith.constant 2047 : i64
      %v106 = arith.constant 32 : i64
      %v109 = arith.constant 0 : i64
      %v115 = arith.constant 1 : i64
      %v119 = arith.constant 33 : i64
      %v124 = arith.constant 2048 : i64
      %v126 = arith.constant 64 : i64
      %v129 = arith.constant 2048 : i64
      %v130 = arith.constant 2047 : i64
      %v133 = arith.constant 32 : i64
      %v136 = arith.constant 0 : i64
      %v142 = arith.constant 1 : i64
      %v146 = arith.constant 33 : i64
      %v151 = arith.constant 2048 : i64
      %v153 = arith.constant 128 : i64
      %v156 = arith.constant 2048 : i64
      %v157 = arith.constant 2047 : i64
      %v160 = arith.constant 32 : i64
      %v163 = arith.constant 0 : i64
      %v169 = arith.constant 1 : i64
      %v173 = arith.constant 33 : i64
      %v178 = arith.constant 2048 : i64
      %v180 = arith.constant 192 : i64
      %v183 = arith.constant 2048 : i64
      %v184 = arith.constant 2047 : i64
      %v187 = arith.constant 32 : i64
      %v190 = arith.constant 0 : i64
      %v196 = arith.constant 1 : i64
      %v200 = arith.constant 33 : i64
      %v205 = arith.constant 2048 : i64
      %v207 = arith.constant 256 : i64
      %v210 = arith.constant 2048 : i64
      %v211 = arith.constant 2047 : i64
      %v214 = arith.constant 32 : i64
      %v217 = arith.constant 0 : i64
      %v223 = arith.constant 1 : i64
      %v227 = arith.constant 33 : i64
      %v232 = arith.constant 2048 : i64
      %v234 = arith.constant 320 : i64
      %v237 = arith.constant 2048 : i64
      %v238 = arith.constant 2047 : i64
      %v241 = arith.constant 32 : i64
      %v244 = arith.constant 0 : i64
      %v250 = arith.constant 1 : i64
      %v254 = arith.constant 33 : i64
      %v259 = arith.constant 2048 : i64
      %v261 = arith.constant 384 : i64
      %v264 = arith.constant 2048 : i64
      %v265 = arith.constant 2047 : i64
      %v268 = arith.constant 32 : i64
      %v271 = arith.constant 0 : i64
      %v277 = arith.constant 1 : i64
      %v281 = arith.constant 33 : i64
      %v286 = arith.constant 2048 : i64
      %v288 = arith.constant 448 : i64
      %v291 = arith.constant 2048 : i64
      %v292 = arith.constant 2047 : i64
      %v295 = arith.constant 32 : i64
      %v298 = arith.constant 0 : i64
      %v304 = arith.constant 1 : i64
      %v308 = arith.constant 33 : i64
      %v313 = arith.constant 2048 : i64
      %v315 = arith.constant 512 : i64
      %v318 = arith.constant 2048 : i64
      %v319 = arith.constant 2047 : i64
      %v322 = arith.constant 32 : i64
      %v325 = arith.constant 0 : i64
      %v331 = arith.constant 1 : i64
      %v335 = arith.constant 33 : i64
      %v340 = arith.constant 2048 : i64
      %v342 = arith.constant 576 : i64
      %v345 = arith.constant 2048 : i64
      %v346 = arith.constant 2047 : i64
      %v349 = arith.constant 32 : i64
      %v352 = arith.constant 0 : i64
      %v358 = arith.constant 1 : i64
      %v362 = arith.constant 33 : i64
      %v367 = arith.constant 2048 : i64
      %v369 = arith.constant 640 : i64
      %v372 = arith.constant 2048 : i64
      %v373 = arith.constant 2047 : i64
      %v376 = arith.constant 32 : i64
      %v379 = arith.constant 0 : i64
      %v385 = arith.constant 1 : i64
      %v389 = arith.constant 33 : i64
      %v394 = arith.constant 2048 : i64
      %v396 = arith.constant 704 : i64
      %v399 = arith.constant 2048 : i64
      %v400 = arith.constant 2047 : i64
      %v403 = arith.constant 32 : i64
      %v406 = arith.constant 0 : i64
      %v412 = arith.constant 1 : i64
      %v416 = arith.constant 33 : i64
      %v421 = arith.constant 2048 : i64
      %v423 = arith.constant 768 : i64
      %v426 = arith.constant 2048 : i64
      %v427 = arith.constant 2047 : i64
      %v430 = arith.constant 32 : i64
      %v433 = arith.constant 0 : i64
      %v439 = arith.constant 1 : i64
      %v443 = arith.constant 33 : i64
      %v448 = arith.constant 2048 : i64
      %v450 = arith.constant 832 : i64
      %v453 = arith.constant 2048 : i64
      %v454 = arith.constant 2047 : i64
      %v457 = arith.constant 32 : i64
      %v460 = arith.constant 0 : i64
      %v466 = arith.constant 1 : i64
      %v470 = arith.constant 33 : i64
      %v475 = arith.constant 2048 : i64
      %v477 = arith.constant 896 : i64
      %v480 = arith.constant 2048 : i64
      %v481 = arith.constant 2047 : i64
      %v484 = arith.constant 32 : i64
      %v487 = arith.constant 0 : i64
      %v493 = arith.constant 1 : i64
      %v497 = arith.constant 33 : i64
      %v502 = arith.constant 2048 : i64
      %v504 = arith.constant 960 : i64
      %v507 = arith.constant 2048 : i64
      %v508 = arith.constant 2047 : i64
      %v511 = arith.constant 32 : i64
      %v514 = arith.constant 0 : i64
      %v520 = arith.constant 1 : i64
      %v524 = arith.constant 33 : i64
      %v529 = arith.constant 2048 : i64
      %v531 = arith.constant 1024 : i64
      %v534 = arith.constant 2048 : i64
      %v535 = arith.constant 2047 : i64
      %v538 = arith.constant 32 : i64
      %v541 = arith.constant 0 : i64
      %v547 = arith.constant 1 : i64
      %v551 = arith.constant 33 : i64
      %v556 = arith.constant 2048 : i64
      %v558 = arith.constant 1088 : i64
      %v561 = arith.constant 2048 : i64
      %v562 = arith.constant 2047 : i64
      %v565 = arith.constant 32 : i64
      %v568 = arith.constant 0 : i64
      %v574 = arith.constant 1 : i64
      %v578 = arith.constant 33 : i64
      %v583 = arith.constant 2048 : i64
      %v585 = arith.constant 1152 : i64
      %v588 = arith.constant 2048 : i64
      %v589 = arith.constant 2047 : i64
      %v592 = arith.constant 32 : i64
      %v595 = arith.constant 0 : i64
      %v601 = arith.constant 1 : i64
      %v605 = arith.constant 33 : i64
      %v610 = arith.constant 2048 : i64
      %v612 = arith.constant 1216 : i64
      %v615 = arith.constant 2048 : i64
      %v616 = arith.constant 2047 : i64
      %v619 = arith.constant 32 : i64
      %v622 = arith.constant 0 : i64
      %v628 = arith.constant 1 : i64
      %v632 = arith.constant 33 : i64
      %v637 = arith.constant 2048 : i64
      %v639 = arith.constant 1280 : i64
      %v642 = arith.constant 2048 : i64
      %v643 = arith.constant 2047 : i64
      %v646 = arith.constant 32 : i64
      %v649 = arith.constant 0 : i64
      %v655 = arith.constant 1 : i64
      %v659 = arith.constant 33 : i64
      %v664 = arith.constant 2048 : i64
      %v666 = arith.constant 1344 : i64
      %v669 = arith.constant 2048 : i64
      %v670 = arith.constant 2047 : i64
      %v673 = arith.constant 32 : i64
      %v676 = arith.constant 0 : i64
      %v682 = arith.constant 1 : i64
      %v686 = arith.constant 33 : i64
      %v691 = arith.constant 2048 : i64
      %v693 = arith.constant 1408 : i64
      %v696 = arith.constant 2048 : i64
      %v697 = arith.constant 2047 : i64
      %v700 = arith.constant 32 : i64
      %v703 = arith.constant 0 : i64
      %v709 = arith.constant 1 : i64
      %v713 = arith.constant 33 : i64
      %v718 = arith.constant 2048 : i64
      %v720 = arith.constant 1472 : i64
      %v723 = arith.constant 2048 : i64
      %v724 = arith.constant 2047 : i64
      %v727 = arith.constant 32 : i64
      %v730 = arith.constant 0 : i64
      %v736 = arith.constant 1 : i64
      %v740 = arith.constant 33 : i64
      %v745 = arith.constant 2048 : i64
      %v747 = arith.constant 1536 : i64
      %v750 = arith.constant 2048 : i64
      %v751 = arith.constant 2047 : i64
      %v754 = arith.constant 32 : i64
      %v757 = arith.constant 0 : i64
      %v763 = arith.constant 1 : i64
      %v767 = arith.constant 33 : i64
      %v772 = arith.constant 2048 : i64
      %v774 = arith.constant 1600 : i64
      %v777 = arith.constant 2048 : i64
      %v778 = arith.constant 2047 : i64
      %v781 = arith.constant 32 : i64
      %v784 = arith.constant 0 : i64
      %v790 = arith.constant 1 : i64
      %v794 = arith.constant 33 : i64
      %v799 = arith.constant 2048 : i64
      %v801 = arith.constant 1664 : i64
      %v804 = arith.constant 2048 : i64
      %v805 = arith.constant 2047 : i64
      %v808 = arith.constant 32 : i64
      %v811 = arith.constant 0 : i64
      %v817 = arith.constant 1 : i64
      %v821 = arith.constant 33 : i64
      %v826 = arith.constant 2048 : i64
      %v828 = arith.constant 1728 : i64
      %v831 = arith.constant 2048 : i64
      %v832 = arith.constant 2047 : i64
      %v835 = arith.constant 32 : i64
      %v838 = arith.constant 0 : i64
      %v844 = arith.constant 1 : i64
      %v848 = arith.constant 33 : i64
      %v853 = arith.constant 2048 : i64
      %v855 = arith.constant 1792 : i64
      %v858 = arith.constant 2048 : i64
      %v859 = arith.constant 2047 : i64
      %v862 = arith.constant 32 : i64
      %v865 = arith.constant 0 : i64
      %v871 = arith.constant 1 : i64
      %v875 = arith.constant 33 : i64
      %v880 = arith.constant 2048 : i64
      %v882 = arith.constant 1856 : i64
      %v885 = arith.constant 2048 : i64
      %v886 = arith.constant 2047 : i64
      %v889 = arith.constant 32 : i64
      %v892 = arith.constant 0 : i64
      %v898 = arith.constant 1 : i64
      %v902 = arith.constant 33 : i64
      %v907 = arith.constant 2048 : i64
      %v909 = arith.constant 1920 : i64
      %v912 = arith.constant 2048 : i64
      %v913 = arith.constant 2047 : i64
      %v916 = arith.constant 32 : i64
      %v919 = arith.constant 0 : i64
      %v925 = arith.constant 1 : i64
      %v929 = arith.constant 33 : i64
      %v934 = arith.constant 2048 : i64
      %v936 = arith.constant 1984 : i64
      %v939 = arith.constant 2048 : i64
      %v940 = arith.constant 2047 : i64
      %v943 = arith.constant 32 : i64
      %v946 = arith.constant 0 : i64
      %v952 = arith.constant 1 : i64
      %v956 = arith.constant 33 : i64
      %v993 = arith.constant 0 : i64
      %v994 = arith.constant 1 : i64
      %v1001 = arith.constant 1 : i64
      %v1005 = arith.constant 0x3FB8AA3B : f32
      %v1008 = arith.constant 1 : i64
      %v1009 = arith.muli %v1008, %v1 : i64
      %v1025 = arith.constant 0 : i64
      %v1026 = arith.constant 64 : i64
      %v1027 = arith.constant 33 : i64
      %v1445 = arith.constant 16 : i64
      %v1446 = arith.constant 0 : i64
      %v1450 = arith.constant 1 : i64
      %v1458 = arith.constant 16 : i64
      %v1459 = arith.constant 1 : i64
      %v1463 = arith.constant 1 : i64
      %v1471 = arith.constant 16 : i64
      %v1472 = arith.constant 2 : i64
      %v1476 = arith.constant 1 : i64
      %v1484 = arith.constant 16 : i64
      %v1485 = arith.constant 3 : i64
      %v1489 = arith.constant 1 : i64
      %v1497 = arith.constant 16 : i64
      %v1498 = arith.constant 4 : i64
      %v1502 = arith.constant 1 : i64
      %v1510 = arith.constant 16 : i64
      %v1511 = arith.constant 5 : i64
      %v1515 = arith.constant 1 : i64
      %v1523 = arith.constant 16 : i64
      %v1524 = arith.constant 6 : i64
      %v1528 = arith.constant 1 : i64
      %v1536 = arith.constant 16 : i64
      %v1537 = arith.constant 7 : i64
      %v1541 = arith.constant 1 : i64
      %v1549 = arith.constant 16 : i64
      %v1550 = arith.constant 8 : i64
      %v1554 = arith.constant 1 : i64
      %v1562 = arith.constant 16 : i64
      %v1563 = arith.constant 9 : i64
      %v1567 = arith.constant 1 : i64
      %v1575 = arith.constant 16 : i64
      %v1576 = arith.constant 10 : i64
      %v1580 = arith.constant 1 : i64
      %v1588 = arith.constant 16 : i64
      %v1589 = arith.constant 11 : i64
      %v1593 = arith.constant 1 : i64
      %v1601 = arith.constant 16 : i64
      %v1602 = arith.constant 12 : i64
      %v1606 = arith.constant 1 : i64
      %v1614 = arith.constant 16 : i64
      %v1615 = arith.constant 13 : i64
      %v1619 = arith.constant 1 : i64
      %v1627 = arith.constant 16 : i64
      %v1628 = arith.constant 14 : i64
      %v1632 = arith.constant 1 : i64
      %v1640 = arith.constant 16 : i64
      %v1641 = arith.constant 15 : i64
      %v1645 = arith.constant 1 : i64
      %v46 = gpu.block_id x
      %v47 = gpu.thread_id x
      %v48 = arith.index_cast %v47 : index to i64
      %v49 = arith.index_cast %v46 : index to i64
      %v52 = arith.subi %v50, %v51 : i64
      %v53 = arith.addi %v4, %v52 : i64
      %v54 = arith.divui %v53, %v50 : i64
      %v55 = arith.divui %v49, %v54 : i64
      %v56 = arith.remui %v49, %v54 : i64
      %v57 = arith.muli %v56, %v50 : i64
      %v58 = arith.addi %v57, %v48 : i64
      %v59 = arith.cmpi slt, %v58, %v4 : i64
      %v61 = arith.subi %v4, %v60 : i64
      %v62 = arith.minsi %v58, %v61 : i64
      %v63 = arith.remui %v62, %size_D : i64
      %v64 = arith.divui %v62, %size_D : i64
      %v65 = arith.remui %v64, %size_B : i64
      %v66 = arith.divui %v64, %size_B : i64
      %v1002 = arith.muli %v63, %v1001 : i64
      %v1003 = llvm.getelementptr %in_log_dt[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
      %v1006 = arith.mulf %v1004, %v1005 : f32
      %v1007 = llvm.call_intrinsic "llvm.exp2.f32"(%v1006) : (f32) -> f32
      %v1010 = arith.muli %v63, %v1009 : i64
      %v1011 = llvm.getelementptr %in_A_log[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
      %v1013 = arith.mulf %v1012, %v1005 : f32
      %v1014 = llvm.call_intrinsic "llvm.exp2.f32"(%v1013) : (f32) -> f32
      %v1015 = arith.negf %v1014 : f32
      %v1016 = arith.mulf %v1007, %v1015 : f32
      %v1017 = arith.mulf %v1016, %v1005 : f32
      %v1018 = llvm.call_intrinsic "llvm.exp2.f32"(%v1017) : (f32) -> f32
      %v1019 = arith.subf %v1018, %v82 : f32
      %v1020 = arith.divf %v1019, %v1015 : f32
      %v1021 = arith.muli %v63, %v1009 : i64
      %v1022 = llvm.getelementptr %in_Bp[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
      %v1024 = arith.mulf %v1020, %v1023 : f32
      %v1040 = arith.muli %v63, %v1009 : i64
      %v1041 = arith.constant 1 : i64
      %v1042 = arith.muli %v1041, %v1008 : i64
      %v1043 = arith.addi %v1040, %v1042 : i64
      %v1044 = llvm.getelementptr %in_A_log[%v1043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1045 = llvm.load %v1044 : !llvm.ptr -> f32
      %v1046 = arith.mulf %v1045, %v1005 : f32
      %v1047 = llvm.call_intrinsic "llvm.exp2.f32"(%v1046) : (f32) -> f32
      %v1048 = arith.negf %v1047 : f32
      %v1049 = arith.mulf %v1007, %v1048 : f32
      %v1050 = arith.mulf %v1049, %v1005 : f32
      %v1051 = llvm.call_intrinsic "llvm.exp2.f32"(%v1050) : (f32) -> f32
      %v1052 = arith.subf %v1051, %v82 : f32
      %v1053 = arith.divf %v1052, %v1048 : f32
      %v1054 = arith.muli %v63, %v1009 : i64
      %v1055 = arith.constant 1 : i64
      %v1056 = arith.muli %v1055, %v1008 : i64
      %v1057 = arith.addi %v1054, %v1056 : i64
      %v1058 = llvm.getelementptr %in_Bp[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1059 = llvm.load %v1058 : !llvm.ptr -> f32
      %v1060 = arith.mulf %v1053, %v1059 : f32
      %v1067 = arith.muli %v63, %v1009 : i64
      %v1068 = arith.constant 2 : i64
      %v1069 = arith.muli %v1068, %v1008 : i64
      %v1070 = arith.addi %v1067, %v1069 : i64
      %v1071 = llvm.getelementptr %in_A_log[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
      %v1073 = arith.mulf %v1072, %v1005 : f32
      %v1074 = llvm.call_intrinsic "llvm.exp2.f32"(%v1073) : (f32) -> f32
      %v1075 = arith.negf %v1074 : f32
      %v1076 = arith.mulf %v1007, %v1075 : f32
      %v1077 = arith.mulf %v1076, %v1005 : f32
      %v1078 = llvm.call_intrinsic "llvm.exp2.f32"(%v1077) : (f32) -> f32
      %v1079 = arith.subf %v1078, %v82 : f32
      %v1080 = arith.divf %v1079, %v1075 : f32
      %v1081 = arith.muli %v63, %v1009 : i64
      %v1082 = arith.constant 2 : i64
      %v1083 = arith.muli %v1082, %v1008 : i64
      %v1084 = arith.addi %v1081, %v1083 : i64
      %v1085 = llvm.getelementptr %in_Bp[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1086 = llvm.load %v1085 : !llvm.ptr -> f32
      %v1087 = arith.mulf %v1080, %v1086 : f32
      %v1094 = arith.muli %v63, %v1009 : i64
      %v1095 = arith.constant 3 : i64
      %v1096 = arith.muli %v1095, %v1008 : i64
      %v1097 = arith.addi %v1094, %v1096 : i64
      %v1098 = llvm.getelementptr %in_A_log[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1099 = llvm.load %v1098 : !llvm.ptr -> f32
      %v1100 = arith.mulf %v1099, %v1005 : f32
      %v1101 = llvm.call_intrinsic "llvm.exp2.f32"(%v1100) : (f32) -> f32
      %v1102 = arith.negf %v1101 : f32
      %v1103 = arith.mulf %v1007, %v1102 : f32
      %v1104 = arith.mulf %v1103, %v1005 : f32
      %v1105 = llvm.call_intrinsic "llvm.exp2.f32"(%v1104) : (f32) -> f32
      %v1106 = arith.subf %v1105, %v82 : f32
      %v1107 = arith.divf %v1106, %v1102 : f32
      %v1108 = arith.muli %v63, %v1009 : i64
      %v1109 = arith.constant 3 : i64
      %v1110 = arith.muli %v1109, %v1008 : i64
      %v1111 = arith.addi %v1108, %v1110 : i64
      %v1112 = llvm.getelementptr %in_Bp[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
      %v1114 = arith.mulf %v1107, %v1113 : f32
      %v1121 = arith.muli %v63, %v1009 : i64
      %v1122 = arith.constant 4 : i64
      %v1123 = arith.muli %v1122, %v1008 : i64
      %v1124 = arith.addi %v1121, %v1123 : i64
      %v1125 = llvm.getelementptr %in_A_log[%v1124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1126 = llvm.load %v1125 : !llvm.ptr -> f32
      %v1127 = arith.mulf %v1126, %v1005 : f32
      %v1128 = llvm.call_intrinsic "llvm.exp2.f32"(%v1127) : (f32) -> f32
      %v1129 = arith.negf %v1128 : f32
      %v1130 = arith.mulf %v1007, %v1129 : f32
      %v1131 = arith.mulf %v1130, %v1005 : f32
      %v1132 = llvm.call_intrinsic "llvm.exp2.f32"(%v1131) : (f32) -> f32
      %v1133 = arith.subf %v1132, %v82 : f32
      %v1134 = arith.divf %v1133, %v1129 : f32
      %v1135 = arith.muli %v63, %v1009 : i64
      %v1136 = arith.constant 4 : i64
      %v1137 = arith.muli %v1136, %v1008 : i64
      %v1138 = arith.addi %v1135, %v1137 : i64
      %v1139 = llvm.getelementptr %in_Bp[%v1138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
      %v1141 = arith.mulf %v1134, %v1140 : f32
      %v1148 = arith.muli %v63, %v1009 : i64
      %v1149 = arith.constant 5 : i64
      %v1150 = arith.muli %v1149, %v1008 : i64
      %v1151 = arith.addi %v1148, %v1150 : i64
      %v1152 = llvm.getelementptr %in_A_log[%v1151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
      %v1154 = arith.mulf %v1153, %v1005 : f32
      %v1155 = llvm.call_intrinsic "llvm.exp2.f32"(%v1154) : (f32) -> f32
      %v1156 = arith.negf %v1155 : f32
      %v1157 = arith.mulf %v1007, %v1156 : f32
      %v1158 = arith.mulf %v1157, %v1005 : f32
      %v1159 = llvm.call_intrinsic "llvm.exp2.f32"(%v1158) : (f32) -> f32
      %v1160 = arith.subf %v1159, %v82 : f32
      %v1161 = arith.divf %v1160, %v1156 : f32
      %v1162 = arith.muli %v63, %v1009 : i64
      %v1163 = arith.constant 5 : i64
      %v1164 = arith.muli %v1163, %v1008 : i64
      %v1165 = arith.addi %v1162, %v1164 : i64
      %v1166 = llvm.getelementptr %in_Bp[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
      %v1168 = arith.mulf %v1161, %v1167 : f32
      %v1175 = arith.muli %v63, %v1009 : i64
      %v1176 = arith.constant 6 : i64
      %v1177 = arith.muli %v1176, %v1008 : i64
      %v1178 = arith.addi %v1175, %v1177 : i64
      %v1179 = llvm.getelementptr %in_A_log[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1180 = llvm.load %v1179 : !llvm.ptr -> f32
      %v1181 = arith.mulf %v1180, %v1005 : f32
      %v1182 = llvm.call_intrinsic "llvm.exp2.f32"(%v1181) : (f32) -> f32
      %v1183 = arith.negf %v1182 : f32
      %v1184 = arith.mulf %v1007, %v1183 : f32
      %v1185 = arith.mulf %v1184, %v1005 : f32
      %v1186 = llvm.call_intrinsic "llvm.exp2.f32"(%v1185) : (f32) -> f32
      %v1187 = arith.subf %v1186, %v82 : f32
      %v1188 = arith.divf %v1187, %v1183 : f32
      %v1189 = arith.muli %v63, %v1009 : i64
      %v1190 = arith.constant 6 : i64
      %v1191 = arith.muli %v1190, %v1008 : i64
      %v1192 = arith.addi %v1189, %v1191 : i64
      %v1193 = llvm.getelementptr %in_Bp[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
      %v1195 = arith.mulf %v1188, %v1194 : f32
      %v1202 = arith.muli %v63, %v1009 : i64
      %v1203 = arith.constant 7 : i64
      %v1204 = arith.muli %v1203, %v1008 : i64
      %v1205 = arith.addi %v1202, %v1204 : i64
      %v1206 = llvm.getelementptr %in_A_log[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
      %v1208 = arith.mulf %v1207, %v1005 : f32
      %v1209 = llvm.call_intrinsic "llvm.exp2.f32"(%v1208) : (f32) -> f32
      %v1210 = arith.negf %v1209 : f32
      %v1211 = arith.mulf %v1007, %v1210 : f32
      %v1212 = arith.mulf %v1211, %v1005 : f32
      %v1213 = llvm.call_intrinsic "llvm.exp2.f32"(%v1212) : (f32) -> f32
      %v1214 = arith.subf %v1213, %v82 : f32
      %v1215 = arith.divf %v1214, %v1210 : f32
      %v1216 = arith.muli %v63, %v1009 : i64
      %v1217 = arith.constant 7 : i64
      %v1218 = arith.muli %v1217, %v1008 : i64
      %v1219 = arith.addi %v1216, %v1218 : i64
      %v1220 = llvm.getelementptr %in_Bp[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1221 = llvm.load %v1220 : !llvm.ptr -> f32
      %v1222 = arith.mulf %v1215, %v1221 : f32
      %v1229 = arith.muli %v63, %v1009 : i64
      %v1230 = arith.constant 8 : i64
      %v1231 = arith.muli %v1230, %v1008 : i64
      %v1232 = arith.addi %v1229, %v1231 : i64
      %v1233 = llvm.getelementptr %in_A_log[%v1232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1234 = llvm.load %v1233 : !llvm.ptr -> f32
      %v1235 = arith.mulf %v1234, %v1005 : f32
      %v1236 = llvm.call_intrinsic "llvm.exp2.f32"(%v1235) : (f32) -> f32
      %v1237 = arith.negf %v1236 : f32
      %v1238 = arith.mulf %v1007, %v1237 : f32
      %v1239 = arith.mulf %v1238, %v1005 : f32
      %v1240 = llvm.call_intrinsic "llvm.exp2.f32"(%v1239) : (f32) -> f32
      %v1241 = arith.subf %v1240, %v82 : f32
      %v1242 = arith.divf %v1241, %v1237 : f32
      %v1243 = arith.muli %v63, %v1009 : i64
      %v1244 = arith.constant 8 : i64
      %v1245 = arith.muli %v1244, %v1008 : i64
      %v1246 = arith.addi %v1243, %v1245 : i64
      %v1247 = llvm.getelementptr %in_Bp[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1248 = llvm.load %v1247 : !llvm.ptr -> f32
      %v1249 = arith.mulf %v1242, %v1248 : f32
      %v1256 = arith.muli %v63, %v1009 : i64
      %v1257 = arith.constant 9 : i64
      %v1258 = arith.muli %v1257, %v1008 : i64
      %v1259 = arith.addi %v1256, %v1258 : i64
      %v1260 = llvm.getelementptr %in_A_log[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
      %v1262 = arith.mulf %v1261, %v1005 : f32
      %v1263 = llvm.call_intrinsic "llvm.exp2.f32"(%v1262) : (f32) -> f32
      %v1264 = arith.negf %v1263 : f32
      %v1265 = arith.mulf %v1007, %v1264 : f32
      %v1266 = arith.mulf %v1265, %v1005 : f32
      %v1267 = llvm.call_intrinsic "llvm.exp2.f32"(%v1266) : (f32) -> f32
      %v1268 = arith.subf %v1267, %v82 : f32
      %v1269 = arith.divf %v1268, %v1264 : f32
      %v1270 = arith.muli %v63, %v1009 : i64
      %v1271 = arith.constant 9 : i64
      %v1272 = arith.muli %v1271, %v1008 : i64
      %v1273 = arith.addi %v1270, %v1272 : i64
      %v1274 = llvm.getelementptr %in_Bp[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
      %v1276 = arith.mulf %v1269, %v1275 : f32
      %v1283 = arith.muli %v63, %v1009 : i64
      %v1284 = arith.constant 10 : i64
      %v1285 = arith.muli %v1284, %v1008 : i64
      %v1286 = arith.addi %v1283, %v1285 : i64
      %v1287 = llvm.getelementptr %in_A_log[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
      %v1289 = arith.mulf %v1288, %v1005 : f32
      %v1290 = llvm.call_intrinsic "llvm.exp2.f32"(%v1289) : (f32) -> f32
      %v1291 = arith.negf %v1290 : f32
      %v1292 = arith.mulf %v1007, %v1291 : f32
      %v1293 = arith.mulf %v1292, %v1005 : f32
      %v1294 = llvm.call_intrinsic "llvm.exp2.f32"(%v1293) : (f32) -> f32
      %v1295 = arith.subf %v1294, %v82 : f32
      %v1296 = arith.divf %v1295, %v1291 : f32
      %v1297 = arith.muli %v63, %v1009 : i64
      %v1298 = arith.constant 10 : i64
      %v1299 = arith.muli %v1298, %v1008 : i64
      %v1300 = arith.addi %v1297, %v1299 : i64
      %v1301 = llvm.getelementptr %in_Bp[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
      %v1303 = arith.mulf %v1296, %v1302 : f32
      %v1310 = arith.muli %v63, %v1009 : i64
      %v1311 = arith.constant 11 : i64
      %v1312 = arith.muli %v1311, %v1008 : i64
      %v1313 = arith.addi %v1310, %v1312 : i64
      %v1314 = llvm.getelementptr %in_A_log[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
      %v1316 = arith.mulf %v1315, %v1005 : f32
      %v1317 = llvm.call_intrinsic "llvm.exp2.f32"(%v1316) : (f32) -> f32
      %v1318 = arith.negf %v1317 : f32
      %v1319 = arith.mulf %v1007, %v1318 : f32
      %v1320 = arith.mulf %v1319, %v1005 : f32
      %v1321 = llvm.call_intrinsic "llvm.exp2.f32"(%v1320) : (f32) -> f32
      %v1322 = arith.subf %v1321, %v82 : f32
      %v1323 = arith.divf %v1322, %v1318 : f32
      %v1324 = arith.muli %v63, %v1009 : i64
      %v1325 = arith.constant 11 : i64
      %v1326 = arith.muli %v1325, %v1008 : i64
      %v1327 = arith.addi %v1324, %v1326 : i64
      %v1328 = llvm.getelementptr %in_Bp[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
      %v1330 = arith.mulf %v1323, %v1329 : f32
      %v1337 = arith.muli %v63, %v1009 : i64
      %v1338 = arith.constant 12 : i64
      %v1339 = arith.muli %v1338, %v1008 : i64
      %v1340 = arith.addi %v1337, %v1339 : i64
      %v1341 = llvm.getelementptr %in_A_log[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
      %v1343 = arith.mulf %v1342, %v1005 : f32
      %v1344 = llvm.call_intrinsic "llvm.exp2.f32"(%v1343) : (f32) -> f32
      %v1345 = arith.negf %v1344 : f32
      %v1346 = arith.mulf %v1007, %v1345 : f32
      %v1347 = arith.mulf %v1346, %v1005 : f32
      %v1348 = llvm.call_intrinsic "llvm.exp2.f32"(%v1347) : (f32) -> f32
      %v1349 = arith.subf %v1348, %v82 : f32
      %v1350 = arith.divf %v1349, %v1345 : f32
      %v1351 = arith.muli %v63, %v1009 : i64
      %v1352 = arith.constant 12 : i64
      %v1353 = arith.muli %v1352, %v1008 : i64
      %v1354 = arith.addi %v1351, %v1353 : i64
      %v1355 = llvm.getelementptr %in_Bp[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
      %v1357 = arith.mulf %v1350, %v1356 : f32
      %v1364 = arith.muli %v63, %v1009 : i64
      %v1365 = arith.constant 13 : i64
      %v1366 = arith.muli %v1365, %v1008 : i64
      %v1367 = arith.addi %v1364, %v1366 : i64
      %v1368 = llvm.getelementptr %in_A_log[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
      %v1370 = arith.mulf %v1369, %v1005 : f32
      %v1371 = llvm.call_intrinsic "llvm.exp2.f32"(%v1370) : (f32) -> f32
      %v1372 = arith.negf %v1371 : f32
      %v1373 = arith.mulf %v1007, %v1372 : f32
      %v1374 = arith.mulf %v1373, %v1005 : f32
      %v1375 = llvm.call_intrinsic "llvm.exp2.f32"(%v1374) : (f32) -> f32
      %v1376 = arith.subf %v1375, %v82 : f32
      %v1377 = arith.divf %v1376, %v1372 : f32
      %v1378 = arith.muli %v63, %v1009 : i64
      %v1379 = arith.constant 13 : i64
      %v1380 = arith.muli %v1379, %v1008 : i64
      %v1381 = arith.addi %v1378, %v1380 : i64
      %v1382 = llvm.getelementptr %in_Bp[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
      %v1384 = arith.mulf %v1377, %v1383 : f32
      %v1391 = arith.muli %v63, %v1009 : i64
      %v1392 = arith.constant 14 : i64
      %v1393 = arith.muli %v1392, %v1008 : i64
      %v1394 = arith.addi %v1391, %v1393 : i64
      %v1395 = llvm.getelementptr %in_A_log[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
      %v1397 = arith.mulf %v1396, %v1005 : f32
      %v1398 = llvm.call_intrinsic "llvm.exp2.f32"(%v1397) : (f32) -> f32
      %v1399 = arith.negf %v1398 : f32
      %v1400 = arith.mulf %v1007, %v1399 : f32
      %v1401 = arith.mulf %v1400, %v1005 : f32
      %v1402 = llvm.call_intrinsic "llvm.exp2.f32"(%v1401) : (f32) -> f32
      %v1403 = arith.subf %v1402, %v82 : f32
      %v1404 = arith.divf %v1403, %v1399 : f32
      %v1405 = arith.muli %v63, %v1009 : i64
      %v1406 = arith.constant 14 : i64
      %v1407 = arith.muli %v1406, %v1008 : i64
      %v1408 = arith.addi %v1405, %v1407 : i64
      %v1409 = llvm.getelementptr %in_Bp[%v1408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
      %v1411 = arith.mulf %v1404, %v1410 : f32
      %v1418 = arith.muli %v63, %v1009 : i64
      %v1419 = arith.constant 15 : i64
      %v1420 = arith.muli %v1419, %v1008 : i64
      %v1421 = arith.addi %v1418, %v1420 : i64
      %v1422 = llvm.getelementptr %in_A_log[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1423 = llvm.load %v1422 : !llvm.ptr -> f32
      %v1424 = arith.mulf %v1423, %v1005 : f32
      %v1425 = llvm.call_intrinsic "llvm.exp2.f32"(%v1424) : (f32) -> f32
      %v1426 = arith.negf %v1425 : f32
      %v1427 = arith.mulf %v1007, %v1426 : f32
      %v1428 = arith.mulf %v1427, %v1005 : f32
      %v1429 = llvm.call_intrinsic "llvm.exp2.f32"(%v1428) : (f32) -> f32
      %v1430 = arith.subf %v1429, %v82 : f32
      %v1431 = arith.divf %v1430, %v1426 : f32
      %v1432 = arith.muli %v63, %v1009 : i64
      %v1433 = arith.constant 15 : i64
      %v1434 = arith.muli %v1433, %v1008 : i64
      %v1435 = arith.addi %v1432, %v1434 : i64
      %v1436 = llvm.getelementptr %in_Bp[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
      %v1438 = arith.mulf %v1431, %v1437 : f32
      %v71 = arith.muli %v65, %v70 : i64
      %v72 = arith.muli %v63, %v69 : i64
      %v73 = arith.addi %v71, %v72 : i64
      %v74 = arith.muli %v67, %v68 : i64
      %v75 = arith.addi %v73, %v74 : i64
      %v78 = arith.muli %v77, %v76 : i64
      %v79 = arith.addi %v78, %v48 : i64
      %v80 = llvm.getelementptr %v39[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v75, %v80 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v81, %v6 : f32, !llvm.ptr
      llvm.store %v81, %v7 : f32, !llvm.ptr
      llvm.store %v81, %v8 : f32, !llvm.ptr
      llvm.store %v81, %v9 : f32, !llvm.ptr
      llvm.store %v81, %v10 : f32, !llvm.ptr
      llvm.store %v81, %v11 : f32, !llvm.ptr
      llvm.store %v81, %v12 : f32, !llvm.ptr
      llvm.store %v81, %v13 : f32, !llvm.ptr
      llvm.store %v81, %v14 : f32, !llvm.ptr
      llvm.store %v81, %v15 : f32, !llvm.ptr
      llvm.store %v81, %v16 : f32, !llvm.ptr
      llvm.store %v81, %v17 : f32, !llvm.ptr
      llvm.store %v81, %v18 : f32, !llvm.ptr
      llvm.store %v81, %v19 : f32, !llvm.ptr
      llvm.store %v81, %v20 : f32, !llvm.ptr
      llvm.store %v81, %v21 : f32, !llvm.ptr
      llvm.store %v82, %v23 : f32, !llvm.ptr
      llvm.store %v82, %v24 : f32, !llvm.ptr
      llvm.store %v82, %v25 : f32, !llvm.ptr
      llvm.store %v82, %v26 : f32, !llvm.ptr
      llvm.store %v82, %v27 : f32, !llvm.ptr
      llvm.store %v82, %v28 : f32, !llvm.ptr
      llvm.store %v82, %v29 : f32, !llvm.ptr
      llvm.store %v82, %v30 : f32, !llvm.ptr
      llvm.store %v82, %v31 : f32, !llvm.ptr
      llvm.store %v82, %v32 : f32, !llvm.ptr
      llvm.store %v82, %v33 : f32, !llvm.ptr
      llvm.store %v82, %v34 : f32, !llvm.ptr
      llvm.store %v82, %v35 : f32, !llvm.ptr
      llvm.store %v82, %v36 : f32, !llvm.ptr
      llvm.store %v82, %v37 : f32, !llvm.ptr
      llvm.store %v82, %v38 : f32, !llvm.ptr
      %v84 = arith.muli %v55, %v83 : i64
      %v85 = arith.addi %v84, %v83 : i64
      %v86 = arith.minsi %v85, %size_L : i64
      %v88 = arith.index_cast %v84 : i64 to index
      %v89 = arith.index_cast %v86 : i64 to index
      %v90 = arith.index_cast %v87 : i64 to index
      scf.for %v91 = %v88 to %v89 step %v90 {
        %v92 = arith.index_cast %v91 : index to i64
        %v93 = arith.subi %v86, %v92 : i64
        %v95 = arith.minsi %v93, %v94 : i64
        %v98 = arith.muli %v96, %v97 : i64
        %v100 = arith.addi %v98, %v99 : i64
        %v101 = arith.addi %v100, %v48 : i64
        %v104 = arith.minsi %v101, %v103 : i64
        %v105 = arith.cmpi slt, %v101, %v102 : i64
        %v107 = arith.divui %v104, %v106 : i64
        %v108 = arith.remui %v104, %v106 : i64
        %v110 = arith.addi %v109, %v107 : i64
        %v111 = llvm.getelementptr %v39[%v110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v112 = llvm.load %v111 : !llvm.ptr<3> -> i64
        %v113 = arith.addi %v92, %v108 : i64
        %v114 = arith.cmpi slt, %v113, %v86 : i64
        %v116 = arith.subi %size_L, %v115 : i64
        %v117 = arith.minsi %v113, %v116 : i64
        %v118 = arith.addi %v112, %v117 : i64
        %v120 = arith.muli %v110, %v119 : i64
        %v121 = arith.addi %v120, %v108 : i64
        %v122 = llvm.getelementptr %in_u[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v123 = llvm.load %v122 : !llvm.ptr -> f32
        %v125 = arith.muli %v96, %v124 : i64
        %v127 = arith.addi %v125, %v126 : i64
        %v128 = arith.addi %v127, %v48 : i64
        %v131 = arith.minsi %v128, %v130 : i64
        %v132 = arith.cmpi slt, %v128, %v129 : i64
        %v134 = arith.divui %v131, %v133 : i64
        %v135 = arith.remui %v131, %v133 : i64
        %v137 = arith.addi %v136, %v134 : i64
        %v138 = llvm.getelementptr %v39[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v139 = llvm.load %v138 : !llvm.ptr<3> -> i64
        %v140 = arith.addi %v92, %v135 : i64
        %v141 = arith.cmpi slt, %v140, %v86 : i64
        %v143 = arith.subi %size_L, %v142 : i64
        %v144 = arith.minsi %v140, %v143 : i64
        %v145 = arith.addi %v139, %v144 : i64
        %v147 = arith.muli %v137, %v146 : i64
        %v148 = arith.addi %v147, %v135 : i64
        %v149 = llvm.getelementptr %in_u[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v150 = llvm.load %v149 : !llvm.ptr -> f32
        %v152 = arith.muli %v96, %v151 : i64
        %v154 = arith.addi %v152, %v153 : i64
        %v155 = arith.addi %v154, %v48 : i64
        %v158 = arith.minsi %v155, %v157 : i64
        %v159 = arith.cmpi slt, %v155, %v156 : i64
        %v161 = arith.divui %v158, %v160 : i64
        %v162 = arith.remui %v158, %v160 : i64
        %v164 = arith.addi %v163, %v161 : i64
        %v165 = llvm.getelementptr %v39[%v164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v166 = llvm.load %v165 : !llvm.ptr<3> -> i64
        %v167 = arith.addi %v92, %v162 : i64
        %v168 = arith.cmpi slt, %v167, %v86 : i64
        %v170 = arith.subi %size_L, %v169 : i64
        %v171 = arith.minsi %v167, %v170 : i64
        %v172 = arith.addi %v166, %v171 : i64
        %v174 = arith.muli %v164, %v173 : i64
        %v175 = arith.addi %v174, %v162 : i64
        %v176 = llvm.getelementptr %in_u[%v172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v177 = llvm.load %v176 : !llvm.ptr -> f32
        %v179 = arith.muli %v96, %v178 : i64
        %v181 = arith.addi %v179, %v180 : i64
        %v182 = arith.addi %v181, %v48 : i64
        %v185 = arith.minsi %v182, %v184 : i64
        %v186 = arith.cmpi slt, %v182, %v183 : i64
        %v188 = arith.divui %v185, %v187 : i64
        %v189 = arith.remui %v185, %v187 : i64
        %v191 = arith.addi %v190, %v188 : i64
        %v192 = llvm.getelementptr %v39[%v191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v193 = llvm.load %v192 : !llvm.ptr<3> -> i64
        %v194 = arith.addi %v92, %v189 : i64
        %v195 = arith.cmpi slt, %v194, %v86 : i64
        %v197 = arith.subi %size_L, %v196 : i64
        %v198 = arith.minsi %v194, %v197 : i64
        %v199 = arith.addi %v193, %v198 : i64
        %v201 = arith.muli %v191, %v200 : i64
        %v202 = arith.addi %v201, %v189 : i64
        %v203 = llvm.getelementptr %in_u[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v204 = llvm.load %v203 : !llvm.ptr -> f32
        %v206 = arith.muli %v96, %v205 : i64
        %v208 = arith.addi %v206, %v207 : i64
        %v209 = arith.addi %v208, %v48 : i64
        %v212 = arith.minsi %v209, %v211 : i64
        %v213 = arith.cmpi slt, %v209, %v210 : i64
        %v215 = arith.divui %v212, %v214 : i64
        %v216 = arith.remui %v212, %v214 : i64
        %v218 = arith.addi %v217, %v215 : i64
        %v219 = llvm.getelementptr %v39[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
        %v221 = arith.addi %v92, %v216 : i64
        %v222 = arith.cmpi slt, %v221, %v86 : i64
        %v224 = arith.subi %size_L, %v223 : i64
        %v225 = arith.minsi %v221, %v224 : i64
        %v226 = arith.addi %v220, %v225 : i64
        %v228 = arith.muli %v218, %v227 : i64
        %v229 = arith.addi %v228, %v216 : i64
        %v230 = llvm.getelementptr %in_u[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v231 = llvm.load %v230 : !llvm.ptr -> f32
        %v233 = arith.muli %v96, %v232 : i64
        %v235 = arith.addi %v233, %v234 : i64
        %v236 = arith.addi %v235, %v48 : i64
        %v239 = arith.minsi %v236, %v238 : i64
        %v240 = arith.cmpi slt, %v236, %v237 : i64
        %v242 = arith.divui %v239, %v241 : i64
        %v243 = arith.remui %v239, %v241 : i64
        %v245 = arith.addi %v244, %v242 : i64
        %v246 = llvm.getelementptr %v39[%v245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v247 = llvm.load %v246 : !llvm.ptr<3> -> i64
        %v248 = arith.addi %v92, %v243 : i64
        %v249 = arith.cmpi slt, %v248, %v86 : i64
        %v251 = arith.subi %size_L, %v250 : i64
        %v252 = arith.minsi %v248, %v251 : i64
        %v253 = arith.addi %v247, %v252 : i64
        %v255 = arith.muli %v245, %v254 : i64
        %v256 = arith.addi %v255, %v243 : i64
        %v257 = llvm.getelementptr %in_u[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v258 = llvm.load %v257 : !llvm.ptr -> f32
        %v260 = arith.muli %v96, %v259 : i64
        %v262 = arith.addi %v260, %v261 : i64
        %v263 = arith.addi %v262, %v48 : i64
        %v266 = arith.minsi %v263, %v265 : i64
        %v267 = arith.cmpi slt, %v263, %v264 : i64
        %v269 = arith.divui %v266, %v268 : i64
        %v270 = arith.remui %v266, %v268 : i64
        %v272 = arith.addi %v271, %v269 : i64
        %v273 = llvm.getelementptr %v39[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v274 = llvm.load %v273 : !llvm.ptr<3> -> i64
        %v275 = arith.addi %v92, %v270 : i64
        %v276 = arith.cmpi slt, %v275, %v86 : i64
        %v278 = arith.subi %size_L, %v277 : i64
        %v279 = arith.minsi %v275, %v278 : i64
        %v280 = arith.addi %v274, %v279 : i64
        %v282 = arith.muli %v272, %v281 : i64
        %v283 = arith.addi %v282, %v270 : i64
        %v284 = llvm.getelementptr %in_u[%v280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v285 = llvm.load %v284 : !llvm.ptr -> f32
        %v287 = arith.muli %v96, %v286 : i64
        %v289 = arith.addi %v287, %v288 : i64
        %v290 = arith.addi %v289, %v48 : i64
        %v293 = arith.minsi %v290, %v292 : i64
        %v294 = arith.cmpi slt, %v290, %v291 : i64
        %v296 = arith.divui %v293, %v295 : i64
        %v297 = arith.remui %v293, %v295 : i64
        %v299 = arith.addi %v298, %v296 : i64
        %v300 = llvm.getelementptr %v39[%v299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v301 = llvm.load %v300 : !llvm.ptr<3> -> i64
        %v302 = arith.addi %v92, %v297 : i64
        %v303 = arith.cmpi slt, %v302, %v86 : i64
        %v305 = arith.subi %size_L, %v304 : i64
        %v306 = arith.minsi %v302, %v305 : i64
        %v307 = arith.addi %v301, %v306 : i64
        %v309 = arith.muli %v299, %v308 : i64
        %v310 = arith.addi %v309, %v297 : i64
        %v311 = llvm.getelementptr %in_u[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v312 = llvm.load %v311 : !llvm.ptr -> f32
        %v314 = arith.muli %v96, %v313 : i64
        %v316 = arith.addi %v314, %v315 : i64
        %v317 = arith.addi %v316, %v48 : i64
        %v320 = arith.minsi %v317, %v319 : i64
        %v321 = arith.cmpi slt, %v317, %v318 : i64
        %v323 = arith.divui %v320, %v322 : i64
        %v324 = arith.remui %v320, %v322 : i64
        %v326 = arith.addi %v325, %v323 : i64
        %v327 = llvm.getelementptr %v39[%v326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v328 = llvm.load %v327 : !llvm.ptr<3> -> i64
        %v329 = arith.addi %v92, %v324 : i64
        %v330 = arith.cmpi slt, %v329, %v86 : i64
        %v332 = arith.subi %size_L, %v331 : i64
        %v333 = arith.minsi %v329, %v332 : i64
        %v334 = arith.addi %v328, %v333 : i64
        %v336 = arith.muli %v326, %v335 : i64
        %v337 = arith.addi %v336, %v324 : i64
        %v338 = llvm.getelementptr %in_u[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v339 = llvm.load %v338 : !llvm.ptr -> f32
        %v341 = arith.muli %v96, %v340 : i64
        %v343 = arith.addi %v341, %v342 : i64
        %v344 = arith.addi %v343, %v48 : i64
        %v347 = arith.minsi %v344, %v346 : i64
        %v348 = arith.cmpi slt, %v344, %v345 : i64
        %v350 = arith.divui %v347, %v349 : i64
        %v351 = arith.remui %v347, %v349 : i64
        %v353 = arith.addi %v352, %v350 : i64
        %v354 = llvm.getelementptr %v39[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v355 = llvm.load %v354 : !llvm.ptr<3> -> i64
        %v356 = arith.addi %v92, %v351 : i64
        %v357 = arith.cmpi slt, %v356, %v86 : i64
        %v359 = arith.subi %size_L, %v358 : i64
        %v360 = arith.minsi %v356, %v359 : i64
        %v361 = arith.addi %v355, %v360 : i64
        %v363 = arith.muli %v353, %v362 : i64
        %v364 = arith.addi %v363, %v351 : i64
        %v365 = llvm.getelementptr %in_u[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v366 = llvm.load %v365 : !llvm.ptr -> f32
        %v368 = arith.muli %v96, %v367 : i64
        %v370 = arith.addi %v368, %v369 : i64
        %v371 = arith.addi %v370, %v48 : i64
        %v374 = arith.minsi %v371, %v373 : i64
        %v375 = arith.cmpi slt, %v371, %v372 : i64
        %v377 = arith.divui %v374, %v376 : i64
        %v378 = arith.remui %v374, %v376 : i64
        %v380 = arith.addi %v379, %v377 : i64
        %v381 = llvm.getelementptr %v39[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v382 = llvm.load %v381 : !llvm.ptr<3> -> i64
        %v383 = arith.addi %v92, %v378 : i64
        %v384 = arith.cmpi slt, %v383, %v86 : i64
        %v386 = arith.subi %size_L, %v385 : i64
        %v387 = arith.minsi %v383, %v386 : i64
        %v388 = arith.addi %v382, %v387 : i64
        %v390 = arith.muli %v380, %v389 : i64
        %v391 = arith.addi %v390, %v378 : i64
        %v392 = llvm.getelementptr %in_u[%v388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v393 = llvm.load %v392 : !llvm.ptr -> f32
        %v395 = arith.muli %v96, %v394 : i64
        %v397 = arith.addi %v395, %v396 : i64
        %v398 = arith.addi %v397, %v48 : i64
        %v401 = arith.minsi %v398, %v400 : i64
        %v402 = arith.cmpi slt, %v398, %v399 : i64
        %v404 = arith.divui %v401, %v403 : i64
        %v405 = arith.remui %v401, %v403 : i64
        %v407 = arith.addi %v406, %v404 : i64
        %v408 = llvm.getelementptr %v39[%v407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v409 = llvm.load %v408 : !llvm.ptr<3> -> i64
        %v410 = arith.addi %v92, %v405 : i64
        %v411 = arith.cmpi slt, %v410, %v86 : i64
        %v413 = arith.subi %size_L, %v412 : i64
        %v414 = arith.minsi %v410, %v413 : i64
        %v415 = arith.addi %v409, %v414 : i64
        %v417 = arith.muli %v407, %v416 : i64
        %v418 = arith.addi %v417, %v405 : i64
        %v419 = llvm.getelementptr %in_u[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v420 = llvm.load %v419 : !llvm.ptr -> f32
        %v422 = arith.muli %v96, %v421 : i64
        %v424 = arith.addi %v422, %v423 : i64
        %v425 = arith.addi %v424, %v48 : i64
        %v428 = arith.minsi %v425, %v427 : i64
        %v429 = arith.cmpi slt, %v425, %v426 : i64
        %v431 = arith.divui %v428, %v430 : i64
        %v432 = arith.remui %v428, %v430 : i64
        %v434 = arith.addi %v433, %v431 : i64
        %v435 = llvm.getelementptr %v39[%v434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v436 = llvm.load %v435 : !llvm.ptr<3> -> i64
        %v437 = arith.addi %v92, %v432 : i64
        %v438 = arith.cmpi slt, %v437, %v86 : i64
        %v440 = arith.subi %size_L, %v439 : i64
        %v441 = arith.minsi %v437, %v440 : i64
        %v442 = arith.addi %v436, %v441 : i64
        %v444 = arith.muli %v434, %v443 : i64
        %v445 = arith.addi %v444, %v432 : i64
        %v446 = llvm.getelementptr %in_u[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v447 = llvm.load %v446 : !llvm.ptr -> f32
        %v449 = arith.muli %v96, %v448 : i64
        %v451 = arith.addi %v449, %v450 : i64
        %v452 = arith.addi %v451, %v48 : i64
        %v455 = arith.minsi %v452, %v454 : i64
        %v456 = arith.cmpi slt, %v452, %v453 : i64
        %v458 = arith.divui %v455, %v457 : i64
        %v459 = arith.remui %v455, %v457 : i64
        %v461 = arith.addi %v460, %v458 : i64
        %v462 = llvm.getelementptr %v39[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v463 = llvm.load %v462 : !llvm.ptr<3> -> i64
        %v464 = arith.addi %v92, %v459 : i64
        %v465 = arith.cmpi slt, %v464, %v86 : i64
        %v467 = arith.subi %size_L, %v466 : i64
        %v468 = arith.minsi %v464, %v467 : i64
        %v469 = arith.addi %v463, %v468 : i64
        %v471 = arith.muli %v461, %v470 : i64
        %v472 = arith.addi %v471, %v459 : i64
        %v473 = llvm.getelementptr %in_u[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v474 = llvm.load %v473 : !llvm.ptr -> f32
        %v476 = arith.muli %v96, %v475 : i64
        %v478 = arith.addi %v476, %v477 : i64
        %v479 = arith.addi %v478, %v48 : i64
        %v482 = arith.minsi %v479, %v481 : i64
        %v483 = arith.cmpi slt, %v479, %v480 : i64
        %v485 = arith.divui %v482, %v484 : i64
        %v486 = arith.remui %v482, %v484 : i64
        %v488 = arith.addi %v487, %v485 : i64
        %v489 = llvm.getelementptr %v39[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v490 = llvm.load %v489 : !llvm.ptr<3> -> i64
        %v491 = arith.addi %v92, %v486 : i64
        %v492 = arith.cmpi slt, %v491, %v86 : i64
        %v494 = arith.subi %size_L, %v493 : i64
        %v495 = arith.minsi %v491, %v494 : i64
        %v496 = arith.addi %v490, %v495 : i64
        %v498 = arith.muli %v488, %v497 : i64
        %v499 = arith.addi %v498, %v486 : i64
        %v500 = llvm.getelementptr %in_u[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v501 = llvm.load %v500 : !llvm.ptr -> f32
        %v503 = arith.muli %v96, %v502 : i64
        %v505 = arith.addi %v503, %v504 : i64
        %v506 = arith.addi %v505, %v48 : i64
        %v509 = arith.minsi %v506, %v508 : i64
        %v510 = arith.cmpi slt, %v506, %v507 : i64
        %v512 = arith.divui %v509, %v511 : i64
        %v513 = arith.remui %v509, %v511 : i64
        %v515 = arith.addi %v514, %v512 : i64
        %v516 = llvm.getelementptr %v39[%v515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v517 = llvm.load %v516 : !llvm.ptr<3> -> i64
        %v518 = arith.addi %v92, %v513 : i64
        %v519 = arith.cmpi slt, %v518, %v86 : i64
        %v521 = arith.subi %size_L, %v520 : i64
        %v522 = arith.minsi %v518, %v521 : i64
        %v523 = arith.addi %v517, %v522 : i64
        %v525 = arith.muli %v515, %v524 : i64
        %v526 = arith.addi %v525, %v513 : i64
        %v527 = llvm.getelementptr %in_u[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v528 = llvm.load %v527 : !llvm.ptr -> f32
        %v530 = arith.muli %v96, %v529 : i64
        %v532 = arith.addi %v530, %v531 : i64
        %v533 = arith.addi %v532, %v48 : i64
        %v536 = arith.minsi %v533, %v535 : i64
        %v537 = arith.cmpi slt, %v533, %v534 : i64
        %v539 = arith.divui %v536, %v538 : i64
        %v540 = arith.remui %v536, %v538 : i64
        %v542 = arith.addi %v541, %v539 : i64
        %v543 = llvm.getelementptr %v39[%v542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v544 = llvm.load %v543 : !llvm.ptr<3> -> i64
        %v545 = arith.addi %v92, %v540 : i64
        %v546 = arith.cmpi slt, %v545, %v86 : i64
        %v548 = arith.subi %size_L, %v547 : i64
        %v549 = arith.minsi %v545, %v548 : i64
        %v550 = arith.addi %v544, %v549 : i64
        %v552 = arith.muli %v542, %v551 : i64
        %v553 = arith.addi %v552, %v540 : i64
        %v554 = llvm.getelementptr %in_u[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v555 = llvm.load %v554 : !llvm.ptr -> f32
        %v557 = arith.muli %v96, %v556 : i64
        %v559 = arith.addi %v557, %v558 : i64
        %v560 = arith.addi %v559, %v48 : i64
        %v563 = arith.minsi %v560, %v562 : i64
        %v564 = arith.cmpi slt, %v560, %v561 : i64
        %v566 = arith.divui %v563, %v565 : i64
        %v567 = arith.remui %v563, %v565 : i64
        %v569 = arith.addi %v568, %v566 : i64
        %v570 = llvm.getelementptr %v39[%v569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v571 = llvm.load %v570 : !llvm.ptr<3> -> i64
        %v572 = arith.addi %v92, %v567 : i64
        %v573 = arith.cmpi slt, %v572, %v86 : i64
        %v575 = arith.subi %size_L, %v574 : i64
        %v576 = arith.minsi %v572, %v575 : i64
        %v577 = arith.addi %v571, %v576 : i64
        %v579 = arith.muli %v569, %v578 : i64
        %v580 = arith.addi %v579, %v567 : i64
        %v581 = llvm.getelementptr %in_u[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v582 = llvm.load %v581 : !llvm.ptr -> f32
        %v584 = arith.muli %v96, %v583 : i64
        %v586 = arith.addi %v584, %v585 : i64
        %v587 = arith.addi %v586, %v48 : i64
        %v590 = arith.minsi %v587, %v589 : i64
        %v591 = arith.cmpi slt, %v587, %v588 : i64
        %v593 = arith.divui %v590, %v592 : i64
        %v594 = arith.remui %v590, %v592 : i64
        %v596 = arith.addi %v595, %v593 : i64
        %v597 = llvm.getelementptr %v39[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v598 = llvm.load %v597 : !llvm.ptr<3> -> i64
        %v599 = arith.addi %v92, %v594 : i64
        %v600 = arith.cmpi slt, %v599, %v86 : i64
        %v602 = arith.subi %size_L, %v601 : i64
        %v603 = arith.minsi %v599, %v602 : i64
        %v604 = arith.addi %v598, %v603 : i64
        %v606 = arith.muli %v596, %v605 : i64
        %v607 = arith.addi %v606, %v594 : i64
        %v608 = llvm.getelementptr %in_u[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v609 = llvm.load %v608 : !llvm.ptr -> f32
        %v611 = arith.muli %v96, %v610 : i64
        %v613 = arith.addi %v611, %v612 : i64
        %v614 = arith.addi %v613, %v48 : i64
        %v617 = arith.minsi %v614, %v616 : i64
        %v618 = arith.cmpi slt, %v614, %v615 : i64
        %v620 = arith.divui %v617, %v619 : i64
        %v621 = arith.remui %v617, %v619 : i64
        %v623 = arith.addi %v622, %v620 : i64
        %v624 = llvm.getelementptr %v39[%v623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v625 = llvm.load %v624 : !llvm.ptr<3> -> i64
        %v626 = arith.addi %v92, %v621 : i64
        %v627 = arith.cmpi slt, %v626, %v86 : i64
        %v629 = arith.subi %size_L, %v628 : i64
        %v630 = arith.minsi %v626, %v629 : i64
        %v631 = arith.addi %v625, %v630 : i64
        %v633 = arith.muli %v623, %v632 : i64
        %v634 = arith.addi %v633, %v621 : i64
        %v635 = llvm.getelementptr %in_u[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v636 = llvm.load %v635 : !llvm.ptr -> f32
        %v638 = arith.muli %v96, %v637 : i64
        %v640 = arith.addi %v638, %v639 : i64
        %v641 = arith.addi %v640, %v48 : i64
        %v644 = arith.minsi %v641, %v643 : i64
        %v645 = arith.cmpi slt, %v641, %v642 : i64
        %v647 = arith.divui %v644, %v646 : i64
        %v648 = arith.remui %v644, %v646 : i64
        %v650 = arith.addi %v649, %v647 : i64
        %v651 = llvm.getelementptr %v39[%v650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v652 = llvm.load %v651 : !llvm.ptr<3> -> i64
        %v653 = arith.addi %v92, %v648 : i64
        %v654 = arith.cmpi slt, %v653, %v86 : i64
        %v656 = arith.subi %size_L, %v655 : i64
        %v657 = arith.minsi %v653, %v656 : i64
        %v658 = arith.addi %v652, %v657 : i64
        %v660 = arith.muli %v650, %v659 : i64
        %v661 = arith.addi %v660, %v648 : i64
        %v662 = llvm.getelementptr %in_u[%v658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v663 = llvm.load %v662 : !llvm.ptr -> f32
        %v665 = arith.muli %v96, %v664 : i64
        %v667 = arith.addi %v665, %v666 : i64
        %v668 = arith.addi %v667, %v48 : i64
        %v671 = arith.minsi %v668, %v670 : i64
        %v672 = arith.cmpi slt, %v668, %v669 : i64
        %v674 = arith.divui %v671, %v673 : i64
        %v675 = arith.remui %v671, %v673 : i64
        %v677 = arith.addi %v676, %v674 : i64
        %v678 = llvm.getelementptr %v39[%v677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v679 = llvm.load %v678 : !llvm.ptr<3> -> i64
        %v680 = arith.addi %v92, %v675 : i64
        %v681 = arith.cmpi slt, %v680, %v86 : i64
        %v683 = arith.subi %size_L, %v682 : i64
        %v684 = arith.minsi %v680, %v683 : i64
        %v685 = arith.addi %v679, %v684 : i64
        %v687 = arith.muli %v677, %v686 : i64
        %v688 = arith.addi %v687, %v675 : i64
        %v689 = llvm.getelementptr %in_u[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v690 = llvm.load %v689 : !llvm.ptr -> f32
        %v692 = arith.muli %v96, %v691 : i64
        %v694 = arith.addi %v692, %v693 : i64
        %v695 = arith.addi %v694, %v48 : i64
        %v698 = arith.minsi %v695, %v697 : i64
        %v699 = arith.cmpi slt, %v695, %v696 : i64
        %v701 = arith.divui %v698, %v700 : i64
        %v702 = arith.remui %v698, %v700 : i64
        %v704 = arith.addi %v703, %v701 : i64
        %v705 = llvm.getelementptr %v39[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v706 = llvm.load %v705 : !llvm.ptr<3> -> i64
        %v707 = arith.addi %v92, %v702 : i64
        %v708 = arith.cmpi slt, %v707, %v86 : i64
        %v710 = arith.subi %size_L, %v709 : i64
        %v711 = arith.minsi %v707, %v710 : i64
        %v712 = arith.addi %v706, %v711 : i64
        %v714 = arith.muli %v704, %v713 : i64
        %v715 = arith.addi %v714, %v702 : i64
        %v716 = llvm.getelementptr %in_u[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v717 = llvm.load %v716 : !llvm.ptr -> f32
        %v719 = arith.muli %v96, %v718 : i64
        %v721 = arith.addi %v719, %v720 : i64
        %v722 = arith.addi %v721, %v48 : i64
        %v725 = arith.minsi %v722, %v724 : i64
        %v726 = arith.cmpi slt, %v722, %v723 : i64
        %v728 = arith.divui %v725, %v727 : i64
        %v729 = arith.remui %v725, %v727 : i64
        %v731 = arith.addi %v730, %v728 : i64
        %v732 = llvm.getelementptr %v39[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v733 = llvm.load %v732 : !llvm.ptr<3> -> i64
        %v734 = arith.addi %v92, %v729 : i64
        %v735 = arith.cmpi slt, %v734, %v86 : i64
        %v737 = arith.subi %size_L, %v736 : i64
        %v738 = arith.minsi %v734, %v737 : i64
        %v739 = arith.addi %v733, %v738 : i64
        %v741 = arith.muli %v731, %v740 : i64
        %v742 = arith.addi %v741, %v729 : i64
        %v743 = llvm.getelementptr %in_u[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v744 = llvm.load %v743 : !llvm.ptr -> f32
        %v746 = arith.muli %v96, %v745 : i64
        %v748 = arith.addi %v746, %v747 : i64
        %v749 = arith.addi %v748, %v48 : i64
        %v752 = arith.minsi %v749, %v751 : i64
        %v753 = arith.cmpi slt, %v749, %v750 : i64
        %v755 = arith.divui %v752, %v754 : i64
        %v756 = arith.remui %v752, %v754 : i64
        %v758 = arith.addi %v757, %v755 : i64
        %v759 = llvm.getelementptr %v39[%v758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v760 = llvm.load %v759 : !llvm.ptr<3> -> i64
        %v761 = arith.addi %v92, %v756 : i64
        %v762 = arith.cmpi slt, %v761, %v86 : i64
        %v764 = arith.subi %size_L, %v763 : i64
        %v765 = arith.minsi %v761, %v764 : i64
        %v766 = arith.addi %v760, %v765 : i64
        %v768 = arith.muli %v758, %v767 : i64
        %v769 = arith.addi %v768, %v756 : i64
        %v770 = llvm.getelementptr %in_u[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v771 = llvm.load %v770 : !llvm.ptr -> f32
        %v773 = arith.muli %v96, %v772 : i64
        %v775 = arith.addi %v773, %v774 : i64
        %v776 = arith.addi %v775, %v48 : i64
        %v779 = arith.minsi %v776, %v778 : i64
        %v780 = arith.cmpi slt, %v776, %v777 : i64
        %v782 = arith.divui %v779, %v781 : i64
        %v783 = arith.remui %v779, %v781 : i64
        %v785 = arith.addi %v784, %v782 : i64
        %v786 = llvm.getelementptr %v39[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v787 = llvm.load %v786 : !llvm.ptr<3> -> i64
        %v788 = arith.addi %v92, %v783 : i64
        %v789 = arith.cmpi slt, %v788, %v86 : i64
        %v791 = arith.subi %size_L, %v790 : i64
        %v792 = arith.minsi %v788, %v791 : i64
        %v793 = arith.addi %v787, %v792 : i64
        %v795 = arith.muli %v785, %v794 : i64
        %v796 = arith.addi %v795, %v783 : i64
        %v797 = llvm.getelementptr %in_u[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v798 = llvm.load %v797 : !llvm.ptr -> f32
        %v800 = arith.muli %v96, %v799 : i64
        %v802 = arith.addi %v800, %v801 : i64
        %v803 = arith.addi %v802, %v48 : i64
        %v806 = arith.minsi %v803, %v805 : i64
        %v807 = arith.cmpi slt, %v803, %v804 : i64
        %v809 = arith.divui %v806, %v808 : i64
        %v810 = arith.remui %v806, %v808 : i64
        %v812 = arith.addi %v811, %v809 : i64
        %v813 = llvm.getelementptr %v39[%v812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v814 = llvm.load %v813 : !llvm.ptr<3> -> i64
        %v815 = arith.addi %v92, %v810 : i64
        %v816 = arith.cmpi slt, %v815, %v86 : i64
        %v818 = arith.subi %size_L, %v817 : i64
        %v819 = arith.minsi %v815, %v818 : i64
        %v820 = arith.addi %v814, %v819 : i64
        %v822 = arith.muli %v812, %v821 : i64
        %v823 = arith.addi %v822, %v810 : i64
        %v824 = llvm.getelementptr %in_u[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v825 = llvm.load %v824 : !llvm.ptr -> f32
        %v827 = arith.muli %v96, %v826 : i64
        %v829 = arith.addi %v827, %v828 : i64
        %v830 = arith.addi %v829, %v48 : i64
        %v833 = arith.minsi %v830, %v832 : i64
        %v834 = arith.cmpi slt, %v830, %v831 : i64
        %v836 = arith.divui %v833, %v835 : i64
        %v837 = arith.remui %v833, %v835 : i64
        %v839 = arith.addi %v838, %v836 : i64
        %v840 = llvm.getelementptr %v39[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v841 = llvm.load %v840 : !llvm.ptr<3> -> i64
        %v842 = arith.addi %v92, %v837 : i64
        %v843 = arith.cmpi slt, %v842, %v86 : i64
        %v845 = arith.subi %size_L, %v844 : i64
        %v846 = arith.minsi %v842, %v845 : i64
        %v847 = arith.addi %v841, %v846 : i64
        %v849 = arith.muli %v839, %v848 : i64
        %v850 = arith.addi %v849, %v837 : i64
        %v851 = llvm.getelementptr %in_u[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v852 = llvm.load %v851 : !llvm.ptr -> f32
        %v854 = arith.muli %v96, %v853 : i64
        %v856 = arith.addi %v854, %v855 : i64
        %v857 = arith.addi %v856, %v48 : i64
        %v860 = arith.minsi %v857, %v859 : i64
        %v861 = arith.cmpi slt, %v857, %v858 : i64
        %v863 = arith.divui %v860, %v862 : i64
        %v864 = arith.remui %v860, %v862 : i64
        %v866 = arith.addi %v865, %v863 : i64
        %v867 = llvm.getelementptr %v39[%v866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v868 = llvm.load %v867 : !llvm.ptr<3> -> i64
        %v869 = arith.addi %v92, %v864 : i64
        %v870 = arith.cmpi slt, %v869, %v86 : i64
        %v872 = arith.subi %size_L, %v871 : i64
        %v873 = arith.minsi %v869, %v872 : i64
        %v874 = arith.addi %v868, %v873 : i64
        %v876 = arith.muli %v866, %v875 : i64
        %v877 = arith.addi %v876, %v864 : i64
        %v878 = llvm.getelementptr %in_u[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v879 = llvm.load %v878 : !llvm.ptr -> f32
        %v881 = arith.muli %v96, %v880 : i64
        %v883 = arith.addi %v881, %v882 : i64
        %v884 = arith.addi %v883, %v48 : i64
        %v887 = arith.minsi %v884, %v886 : i64
        %v888 = arith.cmpi slt, %v884, %v885 : i64
        %v890 = arith.divui %v887, %v889 : i64
        %v891 = arith.remui %v887, %v889 : i64
        %v893 = arith.addi %v892, %v890 : i64
        %v894 = llvm.getelementptr %v39[%v893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v895 = llvm.load %v894 : !llvm.ptr<3> -> i64
        %v896 = arith.addi %v92, %v891 : i64
        %v897 = arith.cmpi slt, %v896, %v86 : i64
        %v899 = arith.subi %size_L, %v898 : i64
        %v900 = arith.minsi %v896, %v899 : i64
        %v901 = arith.addi %v895, %v900 : i64
        %v903 = arith.muli %v893, %v902 : i64
        %v904 = arith.addi %v903, %v891 : i64
        %v905 = llvm.getelementptr %in_u[%v901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v906 = llvm.load %v905 : !llvm.ptr -> f32
        %v908 = arith.muli %v96, %v907 : i64
        %v910 = arith.addi %v908, %v909 : i64
        %v911 = arith.addi %v910, %v48 : i64
        %v914 = arith.minsi %v911, %v913 : i64
        %v915 = arith.cmpi slt, %v911, %v912 : i64
        %v917 = arith.divui %v914, %v916 : i64
        %v918 = arith.remui %v914, %v916 : i64
        %v920 = arith.addi %v919, %v917 : i64
        %v921 = llvm.getelementptr %v39[%v920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v922 = llvm.load %v921 : !llvm.ptr<3> -> i64
        %v923 = arith.addi %v92, %v918 : i64
        %v924 = arith.cmpi slt, %v923, %v86 : i64
        %v926 = arith.subi %size_L, %v925 : i64
        %v927 = arith.minsi %v923, %v926 : i64
        %v928 = arith.addi %v922, %v927 : i64
        %v930 = arith.muli %v920, %v929 : i64
        %v931 = arith.addi %v930, %v918 : i64
        %v932 = llvm.getelementptr %in_u[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v933 = llvm.load %v932 : !llvm.ptr -> f32
        %v935 = arith.muli %v96, %v934 : i64
        %v937 = arith.addi %v935, %v936 : i64
        %v938 = arith.addi %v937, %v48 : i64
        %v941 = arith.minsi %v938, %v940 : i64
        %v942 = arith.cmpi slt, %v938, %v939 : i64
        %v944 = arith.divui %v941, %v943 : i64
        %v945 = arith.remui %v941, %v943 : i64
        %v947 = arith.addi %v946, %v944 : i64
        %v948 = llvm.getelementptr %v39[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
        %v950 = arith.addi %v92, %v945 : i64
        %v951 = arith.cmpi slt, %v950, %v86 : i64
        %v953 = arith.subi %size_L, %v952 : i64
        %v954 = arith.minsi %v950, %v953 : i64
        %v955 = arith.addi %v949, %v954 : i64
        %v957 = arith.muli %v947, %v956 : i64
        %v958 = arith.addi %v957, %v945 : i64
        %v959 = llvm.getelementptr %in_u[%v955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v960 = llvm.load %v959 : !llvm.ptr -> f32
        scf.if %v105 {
          %v961 = llvm.getelementptr %v40[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v123, %v961 : f32, !llvm.ptr<3>
        }
        scf.if %v132 {
          %v962 = llvm.getelementptr %v40[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v150, %v962 : f32, !llvm.ptr<3>
        }
        scf.if %v159 {
          %v963 = llvm.getelementptr %v40[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v177, %v963 : f32, !llvm.ptr<3>
        }
        scf.if %v186 {
          %v964 = llvm.getelementptr %v40[%v202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v204, %v964 : f32, !llvm.ptr<3>
        }
        scf.if %v213 {
          %v965 = llvm.getelementptr %v40[%v229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v231, %v965 : f32, !llvm.ptr<3>
        }
        scf.if %v240 {
          %v966 = llvm.getelementptr %v40[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v258, %v966 : f32, !llvm.ptr<3>
        }
        scf.if %v267 {
          %v967 = llvm.getelementptr %v40[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v285, %v967 : f32, !llvm.ptr<3>
        }
        scf.if %v294 {
          %v968 = llvm.getelementptr %v40[%v310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v312, %v968 : f32, !llvm.ptr<3>
        }
        scf.if %v321 {
          %v969 = llvm.getelementptr %v40[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v339, %v969 : f32, !llvm.ptr<3>
        }
        scf.if %v348 {
          %v970 = llvm.getelementptr %v40[%v364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v366, %v970 : f32, !llvm.ptr<3>
        }
        scf.if %v375 {
          %v971 = llvm.getelementptr %v40[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v393, %v971 : f32, !llvm.ptr<3>
        }
        scf.if %v402 {
          %v972 = llvm.getelementptr %v40[%v418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v420, %v972 : f32, !llvm.ptr<3>
        }
        scf.if %v429 {
          %v973 = llvm.getelementptr %v40[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v447, %v973 : f32, !llvm.ptr<3>
        }
        scf.if %v456 {
          %v974 = llvm.getelementptr %v40[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v474, %v974 : f32, !llvm.ptr<3>
        }
        scf.if %v483 {
          %v975 = llvm.getelementptr %v40[%v499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v501, %v975 : f32, !llvm.ptr<3>
        }
        scf.if %v510 {
          %v976 = llvm.getelementptr %v40[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v528, %v976 : f32, !llvm.ptr<3>
        }
        scf.if %v537 {
          %v977 = llvm.getelementptr %v40[%v553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v555, %v977 : f32, !llvm.ptr<3>
        }
        scf.if %v564 {
          %v978 = llvm.getelementptr %v40[%v580] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v582, %v978 : f32, !llvm.ptr<3>
        }
        scf.if %v591 {
          %v979 = llvm.getelementptr %v40[%v607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v609, %v979 : f32, !llvm.ptr<3>
        }
        scf.if %v618 {
          %v980 = llvm.getelementptr %v40[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v636, %v980 : f32, !llvm.ptr<3>
        }
        scf.if %v645 {
          %v981 = llvm.getelementptr %v40[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v663, %v981 : f32, !llvm.ptr<3>
        }
        scf.if %v672 {
          %v982 = llvm.getelementptr %v40[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v690, %v982 : f32, !llvm.ptr<3>
        }
        scf.if %v699 {
          %v983 = llvm.getelementptr %v40[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v717, %v983 : f32, !llvm.ptr<3>
        }
        scf.if %v726 {
          %v984 = llvm.getelementptr %v40[%v742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v744, %v984 : f32, !llvm.ptr<3>
        }
        scf.if %v753 {
          %v985 = llvm.getelementptr %v40[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v771, %v985 : f32, !llvm.ptr<3>
        }
        scf.if %v780 {
          %v986 = llvm.getelementptr %v40[%v796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v798, %v986 : f32, !llvm.ptr<3>
        }
        scf.if %v807 {
          %v987 = llvm.getelementptr %v40[%v823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v825, %v987 : f32, !llvm.ptr<3>
        }
        scf.if %v834 {
          %v988 = llvm.getelementptr %v40[%v850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v852, %v988 : f32, !llvm.ptr<3>
        }
        scf.if %v861 {
          %v989 = llvm.getelementptr %v40[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v879, %v989 : f32, !llvm.ptr<3>
        }
        scf.if %v888 {
          %v990 = llvm.getelementptr %v40[%v904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v906, %v990 : f32, !llvm.ptr<3>
        }
        scf.if %v915 {
          %v991 = llvm.getelementptr %v40[%v931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v933, %v991 : f32, !llvm.ptr<3>
        }
        scf.if %v942 {
          %v992 = llvm.getelementptr %v40[%v958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v960, %v992 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v995 = arith.index_cast %v993 : i64 to index
        %v996 = arith.index_cast %v95 : i64 to index
        %v997 = arith.index_cast %v994 : i64 to index
        scf.for %v998 = %v995 to %v996 step %v997 {
          %v999 = arith.index_cast %v998 : index to i64
          %v1000 = arith.addi %v92, %v999 : i64
          %v1028 = arith.muli %v1025, %v1026 : i64
          %v1029 = arith.addi %v1028, %v48 : i64
          %v1030 = arith.muli %v1029, %v1027 : i64
          %v1031 = arith.addi %v1030, %v999 : i64
          %v1032 = llvm.getelementptr %v40[%v1031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1033 = llvm.load %v1032 : !llvm.ptr<3> -> f32
          %v1034 = arith.mulf %v1024, %v1033 : f32
          %v1035 = llvm.load %v6 : !llvm.ptr -> f32
          %v1036 = arith.mulf %v1018, %v1035 : f32
          %v1037 = arith.addf %v1036, %v1034 : f32
          %v1038 = llvm.load %v23 : !llvm.ptr -> f32
          %v1039 = arith.mulf %v1018, %v1038 : f32
          %v1061 = arith.mulf %v1060, %v1033 : f32
          %v1062 = llvm.load %v7 : !llvm.ptr -> f32
          %v1063 = arith.mulf %v1051, %v1062 : f32
          %v1064 = arith.addf %v1063, %v1061 : f32
          %v1065 = llvm.load %v24 : !llvm.ptr -> f32
          %v1066 = arith.mulf %v1051, %v1065 : f32
          %v1088 = arith.mulf %v1087, %v1033 : f32
          %v1089 = llvm.load %v8 : !llvm.ptr -> f32
          %v1090 = arith.mulf %v1078, %v1089 : f32
          %v1091 = arith.addf %v1090, %v1088 : f32
          %v1092 = llvm.load %v25 : !llvm.ptr -> f32
          %v1093 = arith.mulf %v1078, %v1092 : f32
          %v1115 = arith.mulf %v1114, %v1033 : f32
          %v1116 = llvm.load %v9 : !llvm.ptr -> f32
          %v1117 = arith.mulf %v1105, %v1116 : f32
          %v1118 = arith.addf %v1117, %v1115 : f32
          %v1119 = llvm.load %v26 : !llvm.ptr -> f32
          %v1120 = arith.mulf %v1105, %v1119 : f32
          %v1142 = arith.mulf %v1141, %v1033 : f32
          %v1143 = llvm.load %v10 : !llvm.ptr -> f32
          %v1144 = arith.mulf %v1132, %v1143 : f32
          %v1145 = arith.addf %v1144, %v1142 : f32
          %v1146 = llvm.load %v27 : !llvm.ptr -> f32
          %v1147 = arith.mulf %v1132, %v1146 : f32
          %v1169 = arith.mulf %v1168, %v1033 : f32
          %v1170 = llvm.load %v11 : !llvm.ptr -> f32
          %v1171 = arith.mulf %v1159, %v1170 : f32
          %v1172 = arith.addf %v1171, %v1169 : f32
          %v1173 = llvm.load %v28 : !llvm.ptr -> f32
          %v1174 = arith.mulf %v1159, %v1173 : f32
          %v1196 = arith.mulf %v1195, %v1033 : f32
          %v1197 = llvm.load %v12 : !llvm.ptr -> f32
          %v1198 = arith.mulf %v1186, %v1197 : f32
          %v1199 = arith.addf %v1198, %v1196 : f32
          %v1200 = llvm.load %v29 : !llvm.ptr -> f32
          %v1201 = arith.mulf %v1186, %v1200 : f32
          %v1223 = arith.mulf %v1222, %v1033 : f32
          %v1224 = llvm.load %v13 : !llvm.ptr -> f32
          %v1225 = arith.mulf %v1213, %v1224 : f32
          %v1226 = arith.addf %v1225, %v1223 : f32
          %v1227 = llvm.load %v30 : !llvm.ptr -> f32
          %v1228 = arith.mulf %v1213, %v1227 : f32
          %v1250 = arith.mulf %v1249, %v1033 : f32
          %v1251 = llvm.load %v14 : !llvm.ptr -> f32
          %v1252 = arith.mulf %v1240, %v1251 : f32
          %v1253 = arith.addf %v1252, %v1250 : f32
          %v1254 = llvm.load %v31 : !llvm.ptr -> f32
          %v1255 = arith.mulf %v1240, %v1254 : f32
          %v1277 = arith.mulf %v1276, %v1033 : f32
          %v1278 = llvm.load %v15 : !llvm.ptr -> f32
          %v1279 = arith.mulf %v1267, %v1278 : f32
          %v1280 = arith.addf %v1279, %v1277 : f32
          %v1281 = llvm.load %v32 : !llvm.ptr -> f32
          %v1282 = arith.mulf %v1267, %v1281 : f32
          %v1304 = arith.mulf %v1303, %v1033 : f32
          %v1305 = llvm.load %v16 : !llvm.ptr -> f32
          %v1306 = arith.mulf %v1294, %v1305 : f32
          %v1307 = arith.addf %v1306, %v1304 : f32
          %v1308 = llvm.load %v33 : !llvm.ptr -> f32
          %v1309 = arith.mulf %v1294, %v1308 : f32
          %v1331 = arith.mulf %v1330, %v1033 : f32
          %v1332 = llvm.load %v17 : !llvm.ptr -> f32
          %v1333 = arith.mulf %v1321, %v1332 : f32
          %v1334 = arith.addf %v1333, %v1331 : f32
          %v1335 = llvm.load %v34 : !llvm.ptr -> f32
          %v1336 = arith.mulf %v1321, %v1335 : f32
          %v1358 = arith.mulf %v1357, %v1033 : f32
          %v1359 = llvm.load %v18 : !llvm.ptr -> f32
          %v1360 = arith.mulf %v1348, %v1359 : f32
          %v1361 = arith.addf %v1360, %v1358 : f32
          %v1362 = llvm.load %v35 : !llvm.ptr -> f32
          %v1363 = arith.mulf %v1348, %v1362 : f32
          %v1385 = arith.mulf %v1384, %v1033 : f32
          %v1386 = llvm.load %v19 : !llvm.ptr -> f32
          %v1387 = arith.mulf %v1375, %v1386 : f32
          %v1388 = arith.addf %v1387, %v1385 : f32
          %v1389 = llvm.load %v36 : !llvm.ptr -> f32
          %v1390 = arith.mulf %v1375, %v1389 : f32
          %v1412 = arith.mulf %v1411, %v1033 : f32
          %v1413 = llvm.load %v20 : !llvm.ptr -> f32
          %v1414 = arith.mulf %v1402, %v1413 : f32
          %v1415 = arith.addf %v1414, %v1412 : f32
          %v1416 = llvm.load %v37 : !llvm.ptr -> f32
          %v1417 = arith.mulf %v1402, %v1416 : f32
          %v1439 = arith.mulf %v1438, %v1033 : f32
          %v1440 = llvm.load %v21 : !llvm.ptr -> f32
          %v1441 = arith.mulf %v1429, %v1440 : f32
          %v1442 = arith.addf %v1441, %v1439 : f32
          %v1443 = llvm.load %v38 : !llvm.ptr -> f32
          %v1444 = arith.mulf %v1429, %v1443 : f32
          llvm.store %v1037, %v6 : f32, !llvm.ptr
          llvm.store %v1039, %v23 : f32, !llvm.ptr
          llvm.store %v1064, %v7 : f32, !llvm.ptr
          llvm.store %v1066, %v24 : f32, !llvm.ptr
          llvm.store %v1091, %v8 : f32, !llvm.ptr
          llvm.store %v1093, %v25 : f32, !llvm.ptr
          llvm.store %v1118, %v9 : f32, !llvm.ptr
          llvm.store %v1120, %v26 : f32, !llvm.ptr
          llvm.store %v1145, %v10 : f32, !llvm.ptr
          llvm.store %v1147, %v27 : f32, !llvm.ptr
          llvm.store %v1172, %v11 : f32, !llvm.ptr
          llvm.store %v1174, %v28 : f32, !llvm.ptr
          llvm.store %v1199, %v12 : f32, !llvm.ptr
          llvm.store %v1201, %v29 : f32, !llvm.ptr
          llvm.store %v1226, %v13 : f32, !llvm.ptr
          llvm.store %v1228, %v30 : f32, !llvm.ptr
          llvm.store %v1253, %v14 : f32, !llvm.ptr
          llvm.store %v1255, %v31 : f32, !llvm.ptr
          llvm.store %v1280, %v15 : f32, !llvm.ptr
          llvm.store %v1282, %v32 : f32, !llvm.ptr
          llvm.store %v1307, %v16 : f32, !llvm.ptr
          llvm.store %v1309, %v33 : f32, !llvm.ptr
          llvm.store %v1334, %v17 : f32, !llvm.ptr
          llvm.store %v1336, %v34 : f32, !llvm.ptr
          llvm.store %v1361, %v18 : f32, !llvm.ptr
          llvm.store %v1363, %v35 : f32, !llvm.ptr
          llvm.store %v1388, %v19 : f32, !llvm.ptr
          llvm.store %v1390, %v36 : f32, !llvm.ptr
          llvm.store %v1415, %v20 : f32, !llvm.ptr
          llvm.store %v1417, %v37 : f32, !llvm.ptr
          llvm.store %v1442, %v21 : f32, !llvm.ptr
          llvm.store %v1444, %v38 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      scf.if %v59 {
        %v1447 = arith.muli %v55, %v1445 : i64
        %v1448 = arith.addi %v1447, %v1446 : i64
        %v1449 = arith.muli %v1448, %v4 : i64
        %v1451 = arith.subi %v4, %v1450 : i64
        %v1452 = arith.minsi %v58, %v1451 : i64
        %v1453 = arith.addi %v1449, %v1452 : i64
        %v1454 = llvm.load %v23 : !llvm.ptr -> f32
        %v1455 = llvm.getelementptr %agga_h[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1454, %v1455 : f32, !llvm.ptr
        %v1456 = llvm.load %v6 : !llvm.ptr -> f32
        %v1457 = llvm.getelementptr %aggb_h[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1456, %v1457 : f32, !llvm.ptr
        %v1460 = arith.muli %v55, %v1458 : i64
        %v1461 = arith.addi %v1460, %v1459 : i64
        %v1462 = arith.muli %v1461, %v4 : i64
        %v1464 = arith.subi %v4, %v1463 : i64
        %v1465 = arith.minsi %v58, %v1464 : i64
        %v1466 = arith.addi %v1462, %v1465 : i64
        %v1467 = llvm.load %v24 : !llvm.ptr -> f32
        %v1468 = llvm.getelementptr %agga_h[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1467, %v1468 : f32, !llvm.ptr
        %v1469 = llvm.load %v7 : !llvm.ptr -> f32
        %v1470 = llvm.getelementptr %aggb_h[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1469, %v1470 : f32, !llvm.ptr
        %v1473 = arith.muli %v55, %v1471 : i64
        %v1474 = arith.addi %v1473, %v1472 : i64
        %v1475 = arith.muli %v1474, %v4 : i64
        %v1477 = arith.subi %v4, %v1476 : i64
        %v1478 = arith.minsi %v58, %v1477 : i64
        %v1479 = arith.addi %v1475, %v1478 : i64
        %v1480 = llvm.load %v25 : !llvm.ptr -> f32
        %v1481 = llvm.getelementptr %agga_h[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1480, %v1481 : f32, !llvm.ptr
        %v1482 = llvm.load %v8 : !llvm.ptr -> f32
        %v1483 = llvm.getelementptr %aggb_h[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1482, %v1483 : f32, !llvm.ptr
        %v1486 = arith.muli %v55, %v1484 : i64
        %v1487 = arith.addi %v1486, %v1485 : i64
        %v1488 = arith.muli %v1487, %v4 : i64
        %v1490 = arith.subi %v4, %v1489 : i64
        %v1491 = arith.minsi %v58, %v1490 : i64
        %v1492 = arith.addi %v1488, %v1491 : i64
        %v1493 = llvm.load %v26 : !llvm.ptr -> f32
        %v1494 = llvm.getelementptr %agga_h[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1493, %v1494 : f32, !llvm.ptr
        %v1495 = llvm.load %v9 : !llvm.ptr -> f32
        %v1496 = llvm.getelementptr %aggb_h[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1495, %v1496 : f32, !llvm.ptr
        %v1499 = arith.muli %v55, %v1497 : i64
        %v1500 = arith.addi %v1499, %v1498 : i64
        %v1501 = arith.muli %v1500, %v4 : i64
        %v1503 = arith.subi %v4, %v1502 : i64
        %v1504 = arith.minsi %v58, %v1503 : i64
        %v1505 = arith.addi %v1501, %v1504 : i64
        %v1506 = llvm.load %v27 : !llvm.ptr -> f32
        %v1507 = llvm.getelementptr %agga_h[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1506, %v1507 : f32, !llvm.ptr
        %v1508 = llvm.load %v10 : !llvm.ptr -> f32
        %v1509 = llvm.getelementptr %aggb_h[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1508, %v1509 : f32, !llvm.ptr
        %v1512 = arith.muli %v55, %v1510 : i64
        %v1513 = arith.addi %v1512, %v1511 : i64
        %v1514 = arith.muli %v1513, %v4 : i64
        %v1516 = arith.subi %v4, %v1515 : i64
        %v1517 = arith.minsi %v58, %v1516 : i64
        %v1518 = arith.addi %v1514, %v1517 : i64
        %v1519 = llvm.load %v28 : !llvm.ptr -> f32
        %v1520 = llvm.getelementptr %agga_h[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1519, %v1520 : f32, !llvm.ptr
        %v1521 = llvm.load %v11 : !llvm.ptr -> f32
        %v1522 = llvm.getelementptr %aggb_h[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1521, %v1522 : f32, !llvm.ptr
        %v1525 = arith.muli %v55, %v1523 : i64
        %v1526 = arith.addi %v1525, %v1524 : i64
        %v1527 = arith.muli %v1526, %v4 : i64
        %v1529 = arith.subi %v4, %v1528 : i64
        %v1530 = arith.minsi %v58, %v1529 : i64
        %v1531 = arith.addi %v1527, %v1530 : i64
        %v1532 = llvm.load %v29 : !llvm.ptr -> f32
        %v1533 = llvm.getelementptr %agga_h[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1532, %v1533 : f32, !llvm.ptr
        %v1534 = llvm.load %v12 : !llvm.ptr -> f32
        %v1535 = llvm.getelementptr %aggb_h[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1534, %v1535 : f32, !llvm.ptr
        %v1538 = arith.muli %v55, %v1536 : i64
        %v1539 = arith.addi %v1538, %v1537 : i64
        %v1540 = arith.muli %v1539, %v4 : i64
        %v1542 = arith.subi %v4, %v1541 : i64
        %v1543 = arith.minsi %v58, %v1542 : i64
        %v1544 = arith.addi %v1540, %v1543 : i64
        %v1545 = llvm.load %v30 : !llvm.ptr -> f32
        %v1546 = llvm.getelementptr %agga_h[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1545, %v1546 : f32, !llvm.ptr
        %v1547 = llvm.load %v13 : !llvm.ptr -> f32
        %v1548 = llvm.getelementptr %aggb_h[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1547, %v1548 : f32, !llvm.ptr
        %v1551 = arith.muli %v55, %v1549 : i64
        %v1552 = arith.addi %v1551, %v1550 : i64
        %v1553 = arith.muli %v1552, %v4 : i64
        %v1555 = arith.subi %v4, %v1554 : i64
        %v1556 = arith.minsi %v58, %v1555 : i64
        %v1557 = arith.addi %v1553, %v1556 : i64
        %v1558 = llvm.load %v31 : !llvm.ptr -> f32
        %v1559 = llvm.getelementptr %agga_h[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1558, %v1559 : f32, !llvm.ptr
        %v1560 = llvm.load %v14 : !llvm.ptr -> f32
        %v1561 = llvm.getelementptr %aggb_h[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1560, %v1561 : f32, !llvm.ptr
        %v1564 = arith.muli %v55, %v1562 : i64
        %v1565 = arith.addi %v1564, %v1563 : i64
        %v1566 = arith.muli %v1565, %v4 : i64
        %v1568 = arith.subi %v4, %v1567 : i64
        %v1569 = arith.minsi %v58, %v1568 : i64
        %v1570 = arith.addi %v1566, %v1569 : i64
        %v1571 = llvm.load %v32 : !llvm.ptr -> f32
        %v1572 = llvm.getelementptr %agga_h[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1571, %v1572 : f32, !llvm.ptr
        %v1573 = llvm.load %v15 : !llvm.ptr -> f32
        %v1574 = llvm.getelementptr %aggb_h[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1573, %v1574 : f32, !llvm.ptr
        %v1577 = arith.muli %v55, %v1575 : i64
        %v1578 = arith.addi %v1577, %v1576 : i64
        %v1579 = arith.muli %v1578, %v4 : i64
        %v1581 = arith.subi %v4, %v1580 : i64
        %v1582 = arith.minsi %v58, %v1581 : i64
        %v1583 = arith.addi %v1579, %v1582 : i64
        %v1584 = llvm.load %v33 : !llvm.ptr -> f32
        %v1585 = llvm.getelementptr %agga_h[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1584, %v1585 : f32, !llvm.ptr
        %v1586 = llvm.load %v16 : !llvm.ptr -> f32
        %v1587 = llvm.getelementptr %aggb_h[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1586, %v1587 : f32, !llvm.ptr
        %v1590 = arith.muli %v55, %v1588 : i64
        %v1591 = arith.addi %v1590, %v1589 : i64
        %v1592 = arith.muli %v1591, %v4 : i64
        %v1594 = arith.subi %v4, %v1593 : i64
        %v1595 = arith.minsi %v58, %v1594 : i64
        %v1596 = arith.addi %v1592, %v1595 : i64
        %v1597 = llvm.load %v34 : !llvm.ptr -> f32
        %v1598 = llvm.getelementptr %agga_h[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1597, %v1598 : f32, !llvm.ptr
        %v1599 = llvm.load %v17 : !llvm.ptr -> f32
        %v1600 = llvm.getelementptr %aggb_h[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1599, %v1600 : f32, !llvm.ptr
        %v1603 = arith.muli %v55, %v1601 : i64
        %v1604 = arith.addi %v1603, %v1602 : i64
        %v1605 = arith.muli %v1604, %v4 : i64
        %v1607 = arith.subi %v4, %v1606 : i64
        %v1608 = arith.minsi %v58, %v1607 : i64
        %v1609 = arith.addi %v1605, %v1608 : i64
        %v1610 = llvm.load %v35 : !llvm.ptr -> f32
        %v1611 = llvm.getelementptr %agga_h[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1610, %v1611 : f32, !llvm.ptr
        %v1612 = llvm.load %v18 : !llvm.ptr -> f32
        %v1613 = llvm.getelementptr %aggb_h[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1612, %v1613 : f32, !llvm.ptr
        %v1616 = arith.muli %v55, %v1614 : i64
        %v1617 = arith.addi %v1616, %v1615 : i64
        %v1618 = arith.muli %v1617, %v4 : i64
        %v1620 = arith.subi %v4, %v1619 : i64
        %v1621 = arith.minsi %v58, %v1620 : i64
        %v1622 = arith.addi %v1618, %v1621 : i64
        %v1623 = llvm.load %v36 : !llvm.ptr -> f32
        %v1624 = llvm.getelementptr %agga_h[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1623, %v1624 : f32, !llvm.ptr
        %v1625 = llvm.load %v19 : !llvm.ptr -> f32
        %v1626 = llvm.getelementptr %aggb_h[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1625, %v1626 : f32, !llvm.ptr
        %v1629 = arith.muli %v55, %v1627 : i64
        %v1630 = arith.addi %v1629, %v1628 : i64
        %v1631 = arith.muli %v1630, %v4 : i64
        %v1633 = arith.subi %v4, %v1632 : i64
        %v1634 = arith.minsi %v58, %v1633 : i64
        %v1635 = arith.addi %v1631, %v1634 : i64
        %v1636 = llvm.load %v37 : !llvm.ptr -> f32
        %v1637 = llvm.getelementptr %agga_h[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1636, %v1637 : f32, !llvm.ptr
        %v1638 = llvm.load %v20 : !llvm.ptr -> f32
        %v1639 = llvm.getelementptr %aggb_h[%v1635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1638, %v1639 : f32, !llvm.ptr
        %v1642 = arith.muli %v55, %v1640 : i64
        %v1643 = arith.addi %v1642, %v1641 : i64
        %v1644 = arith.muli %v1643, %v4 : i64
        %v1646 = arith.subi %v4, %v1645 : i64
        %v1647 = arith.minsi %v58, %v1646 : i64
        %v1648 = arith.addi %v1644, %v1647 : i64
        %v1649 = llvm.load %v38 : !llvm.ptr -> f32
        %v1650 = llvm.getelementptr %agga_h[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1649, %v1650 : f32, !llvm.ptr
        %v1651 = llvm.load %v21 : !llvm.ptr -> f32
        %v1652 = llvm.getelementptr %aggb_h[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1651, %v1652 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
