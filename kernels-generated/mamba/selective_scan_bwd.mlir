module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_selective_scan_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
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
      %v39 = arith.constant 1 : i64
      %v40 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v53 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v54 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v55 = llvm.alloca %v39 x f32 : (i64) -> !llvm.ptr
      %v60 = arith.constant 64 : i64
      %v64 = arith.constant 1 : i64
      %v71 = llvm.mlir.addressof @slots_selective_scan_bwd : !llvm.ptr<3>
      %v72 = arith.constant 0 : i64
      %v76 = arith.constant 64 : i64
      %v80 = arith.constant 128 : i64
      %v84 = arith.constant 192 : i64
      %v88 = arith.constant 256 : i64
      %v92 = arith.constant 320 : i64
      %v96 = arith.constant 384 : i64
      %v100 = arith.constant 448 : i64
      %v104 = arith.constant 512 : i64
      %v108 = arith.constant 576 : i64
      %v112 = arith.constant 640 : i64
      %v116 = arith.constant 704 : i64
      %v120 = arith.constant 768 : i64
      %v124 = arith.constant 832 : i64
      %v128 = arith.constant 896 : i64
      %v132 = arith.constant 960 : i64
      %v136 = arith.constant 1024 : i64
      %v140 = arith.constant 1088 : i64
      %v144 = arith.constant 1152 : i64
      %v148 = arith.constant 1216 : i64
      %v152 = arith.constant 1280 : i64
      %v156 = arith.constant 1344 : i64
      %v160 = arith.constant 1408 : i64
      %v164 = arith.constant 1472 : i64
      %v168 = arith.constant 1536 : i64
      %v172 = arith.constant 1600 : i64
      %v176 = arith.constant 1664 : i64
      %v180 = arith.constant 1728 : i64
      %v184 = arith.constant 1792 : i64
      %v188 = arith.constant 1856 : i64
      %v192 = arith.constant 1920 : i64
      %v196 = arith.constant 1984 : i64
      %v200 = arith.constant 2048 : i64
      %v204 = arith.constant 2112 : i64
      %v208 = arith.constant 2176 : i64
      %v212 = arith.constant 2240 : i64
      %v216 = arith.constant 2304 : i64
      %v220 = arith.constant 2368 : i64
      %v224 = arith.constant 2432 : i64
      %v228 = arith.constant 2496 : i64
      %v232 = arith.constant 2560 : i64
      %v236 = arith.constant 2624 : i64
      %v240 = arith.constant 2688 : i64
      %v244 = arith.constant 2752 : i64
      %v248 = arith.constant 2816 : i64
      %v252 = arith.constant 2880 : i64
      %v256 = arith.constant 2944 : i64
      %v260 = arith.constant 3008 : i64
      %v264 = arith.constant 3072 : i64
      %v268 = arith.constant 3136 : i64
      %v272 = arith.constant 3200 : i64
      %v276 = arith.constant 3264 : i64
      %v280 = arith.constant 3328 : i64
      %v284 = arith.constant 3392 : i64
      %v288 = arith.constant 3456 : i64
      %v292 = arith.constant 3520 : i64
      %v296 = arith.constant 3584 : i64
      %v300 = arith.constant 3648 : i64
      %v304 = arith.constant 3712 : i64
      %v308 = arith.constant 3776 : i64
      %v312 = arith.constant 3840 : i64
      %v316 = arith.constant 3904 : i64
      %v320 = arith.constant 3968 : i64
      %v324 = arith.constant 4032 : i64
      %v328 = arith.constant 4096 : i64
      %v332 = arith.constant 4160 : i64
      %v336 = arith.constant 0x00000000 : f32
      %v337 = arith.constant 0x3F800000 : f32
      %v338 = arith.constant 64 : i64
      %v339 = arith.constant 1 : i64
      %v340 = arith.constant 0 : i64
      %v346 = arith.constant 1 : i64
      %v347 = arith.muli %v346, %v1 : i64
      %v348 = arith.muli %v347, %size_D : i64
      %v689 = arith.constant 1 : i64
      %v690 = arith.muli %v689, %size_B : i64
      %v691 = arith.muli %v690, %size_D : i64
      %v692 = arith.muli %v691, %v1 : i64
      %v700 = arith.constant 1 : i64
      %v701 = arith.muli %v700, %size_B : i64
      %v702 = arith.muli %v701, %size_D : i64
      %v703 = arith.muli %v702, %v1 : i64
      %v714 = arith.constant 1 : i64
      %v715 = arith.muli %v714, %size_B : i64
      %v716 = arith.muli %v715, %size_D : i64
      %v717 = arith.muli %v716, %v1 : i64
      %v728 = arith.constant 1 : i64
      %v729 = arith.muli %v728, %size_B : i64
      %v730 = arith.muli %v729, %size_D : i64
      %v731 = arith.muli %v730, %v1 : i64
      %v742 = arith.constant 1 : i64
      %v743 = arith.muli %v742, %size_B : i64
      %v744 = arith.muli %v743, %size_D : i64
      %v745 = arith.muli %v744, %v1 : i64
      %v756 = arith.constant 1 : i64
      %v757 = arith.muli %v756, %size_B : i64
      %v758 = arith.muli %v757, %size_D : i64
      %v759 = arith.muli %v758, %v1 : i64
      %v770 = arith.constant 1 : i64
      %v771 = arith.muli %v770, %size_B : i64
      %v772 = arith.muli %v771, %size_D : i64
      %v773 = arith.muli %v772, %v1 : i64
      %v784 = arith.constant 1 : i64
      %v785 = arith.muli %v784, %size_B : i64
      %v786 = arith.muli %v785, %size_D : i64
      %v787 = arith.muli %v786, %v1 : i64
      %v798 = arith.constant 1 : i64
      %v799 = arith.muli %v798, %size_B : i64
      %v800 = arith.muli %v799, %size_D : i64
      %v801 = arith.muli %v800, %v1 : i64
      %v812 = arith.constant 1 : i64
      %v813 = arith.muli %v812, %size_B : i64
      %v814 = arith.muli %v813, %size_D : i64
      %v815 = arith.muli %v814, %v1 : i64
      %v826 = arith.constant 1 : i64
      %v827 = arith.muli %v826, %size_B : i64
      %v828 = arith.muli %v827, %size_D : i64
      %v829 = arith.muli %v828, %v1 : i64
      %v840 = arith.constant 1 : i64
      %v841 = arith.muli %v840, %size_B : i64
      %v842 = arith.muli %v841, %size_D : i64
      %v843 = arith.muli %v842, %v1 : i64
      %v854 = arith.constant 1 : i64
      %v855 = arith.muli %v854, %size_B : i64
      %v856 = arith.muli %v855, %size_D : i64
      %v857 = arith.muli %v856, %v1 : i64
      %v868 = arith.constant 1 : i64
      %v869 = arith.muli %v868, %size_B : i64
      %v870 = arith.muli %v869, %size_D : i64
      %v871 = arith.muli %v870, %v1 : i64
      %v882 = arith.constant 1 : i64
      %v883 = arith.muli %v882, %size_B : i64
      %v884 = arith.muli %v883, %size_D : i64
      %v885 = arith.muli %v884, %v1 : i64
      %v896 = arith.constant 1 : i64
      %v897 = arith.muli %v896, %size_B : i64
      %v898 = arith.muli %v897, %size_D : i64
      %v899 = arith.muli %v898, %v1 : i64
      %v916 = arith.constant 1 : i64
      %v917 = arith.muli %v916, %size_D : i64
      %v918 = arith.muli %v917, %size_L : i64
      %v926 = arith.constant 1 : i64
      %v934 = arith.constant 0x3FB8AA3B : f32
      %v939 = arith.constant 0x3F317218 : f32
      %v941 = arith.constant 0x3E124925 : f32
      %v942 = arith.constant 0xBE2AAAAB : f32
      %v945 = arith.constant 0x3E4CCCCD : f32
      %v948 = arith.constant 0xBE800000 : f32
      %v951 = arith.constant 0x3EAAAAAB : f32
      %v954 = arith.constant 0xBF000000 : f32
      %v961 = arith.constant 0x3D800000 : f32
      %v965 = arith.constant 1 : i64
      %v966 = arith.muli %v965, %v1 : i64
      %v973 = arith.constant 1 : i64
      %v974 = arith.muli %v973, %v1 : i64
      %v975 = arith.muli %v974, %size_L : i64
      %v994 = arith.constant 1 : i64
      %v998 = arith.constant 16 : i64
      %v1000 = arith.constant 0 : i64
      %v1026 = arith.constant 1 : i64
      %v1030 = arith.constant 16 : i64
      %v1032 = arith.constant 1 : i64
      %v1058 = arith.constant 1 : i64
      %v1062 = arith.constant 16 : i64
      %v1064 = arith.constant 2 : i64
      %v1090 = arith.constant 1 : i64
      %v1094 = arith.constant 16 : i64
      %v1096 = arith.constant 3 : i64
      %v1122 = arith.constant 1 : i64
      %v1126 = arith.constant 16 : i64
      %v1128 = arith.constant 4 : i64
      %v1154 = arith.constant 1 : i64
      %v1158 = arith.constant 16 : i64
      %v1160 = arith.constant 5 : i64
      %v1186 = arith.constant 1 : i64
      %v1190 = arith.constant 16 : i64
      %v1192 = arith.constant 6 : i64
      %v1218 = arith.constant 1 : i64
      %v1222 = arith.constant 16 : i64
      %v1224 = arith.constant 7 : i64
      %v1250 = arith.constant 1 : i64
      %v1254 = arith.constant 16 : i64
      %v1256 = arith.constant 8 : i64
      %v1282 = arith.constant 1 : i64
      %v1286 = arith.constant 16 : i64
      %v1288 = arith.constant 9 : i64
      %v1314 = arith.constant 1 : i64
      %v1318 = arith.constant 16 : i64
      %v1320 = arith.constant 10 : i64
      %v1346 = arith.constant 1 : i64
      %v1350 = arith.constant 16 : i64
      %v1352 = arith.constant 11 : i64
      %v1378 = arith.constant 1 : i64
      %v1382 = arith.constant 16 : i64
      %v1384 = arith.constant 12 : i64
      %v1410 = arith.constant 1 : i64
      %v1414 = arith.constant 16 : i64
      %v1416 = arith.constant 13 : i64
      %v1442 = arith.constant 1 : i64
      %v1446 = arith.constant 16 : i64
      %v1448 = arith.constant 14 : i64
      %v1474 = arith.constant 1 : i64
      %v1478 = arith.constant 16 : i64
      %v1480 = arith.constant 15 : i64
      %v2190 = arith.constant 1 : i64
      %v2194 = arith.constant 16 : i64
      %v2196 = arith.constant 0 : i64
      %v2200 = arith.constant 1 : i64
      %v2201 = arith.muli %v2200, %size_B : i64
      %v2202 = arith.muli %v2201, %size_D : i64
      %v2203 = arith.muli %v2202, %v1 : i64
      %v2225 = arith.constant 1 : i64
      %v2229 = arith.constant 16 : i64
      %v2231 = arith.constant 1 : i64
      %v2235 = arith.constant 1 : i64
      %v2236 = arith.muli %v2235, %size_B : i64
      %v2237 = arith.muli %v2236, %size_D : i64
      %v2238 = arith.muli %v2237, %v1 : i64
      %v2264 = arith.constant 1 : i64
      %v2268 = arith.constant 16 : i64
      %v2270 = arith.constant 2 : i64
      %v2274 = arith.constant 1 : i64
      %v2275 = arith.muli %v2274, %size_B : i64
      %v2276 = arith.muli %v2275, %size_D : i64
      %v2277 = arith.muli %v2276, %v1 : i64
      %v2303 = arith.constant 1 : i64
      %v2307 = arith.constant 16 : i64
      %v2309 = arith.constant 3 : i64
      %v2313 = arith.constant 1 : i64
      %v2314 = arith.muli %v2313, %size_B : i64
      %v2315 = arith.muli %v2314, %size_D : i64
      %v2316 = arith.muli %v2315, %v1 : i64
      %v2342 = arith.constant 1 : i64
      %v2346 = arith.constant 16 : i64
      %v2348 = arith.constant 4 : i64
      %v2352 = arith.constant 1 : i64
      %v2353 = arith.muli %v2352, %size_B : i64
      %v2354 = arith.muli %v2353, %size_D : i64
      %v2355 = arith.muli %v2354, %v1 : i64
      %v2381 = arith.constant 1 : i64
      %v2385 = arith.constant 16 : i64
      %v2387 = arith.constant 5 : i64
      %v2391 = arith.constant 1 : i64
      %v2392 = arith.muli %v2391, %size_B : i64
      %v2393 = arith.muli %v2392, %size_D : i64
      %v2394 = arith.muli %v2393, %v1 : i64
      %v2420 = arith.constant 1 : i64
      %v2424 = arith.constant 16 : i64
      %v2426 = arith.constant 6 : i64
      %v2430 = arith.constant 1 : i64
      %v2431 = arith.muli %v2430, %size_B : i64
      %v2432 = arith.muli %v2431, %size_D : i64
      %v2433 = arith.muli %v2432, %v1 : i64
      %v2459 = arith.constant 1 : i64
      %v2463 = arith.constant 16 : i64
      %v2465 = arith.constant 7 : i64
      %v2469 = arith.constant 1 : i64
      %v2470 = arith.muli %v2469, %size_B : i64
      %v2471 = arith.muli %v2470, %size_D : i64
      %v2472 = arith.muli %v2471, %v1 : i64
      %v2498 = arith.constant 1 : i64
      %v2502 = arith.constant 16 : i64
      %v2504 = arith.constant 8 : i64
      %v2508 = arith.constant 1 : i64
      %v2509 = arith.muli %v2508, %size_B : i64
      %v2510 = arith.muli %v2509, %size_D : i64
      %v2511 = arith.muli %v2510, %v1 : i64
      %v2537 = arith.constant 1 : i64
      %v2541 = arith.constant 16 : i64
      %v2543 = arith.constant 9 : i64
      %v2547 = arith.constant 1 : i64
      %v2548 = arith.muli %v2547, %size_B : i64
      %v2549 = arith.muli %v2548, %size_D : i64
      %v2550 = arith.muli %v2549, %v1 : i64
      %v2576 = arith.constant 1 : i64
      %v2580 = arith.constant 16 : i64
      %v2582 = arith.constant 10 : i64
      %v2586 = arith.constant 1 : i64
      %v2587 = arith.muli %v2586, %size_B : i64
      %v2588 = arith.muli %v2587, %size_D : i64
      %v2589 = arith.muli %v2588, %v1 : i64
      %v2615 = arith.constant 1 : i64
      %v2619 = arith.constant 16 : i64
      %v2621 = arith.constant 11 : i64
      %v2625 = arith.constant 1 : i64
      %v2626 = arith.muli %v2625, %size_B : i64
      %v2627 = arith.muli %v2626, %size_D : i64
      %v2628 = arith.muli %v2627, %v1 : i64
      %v2654 = arith.constant 1 : i64
      %v2658 = arith.constant 16 : i64
      %v2660 = arith.constant 12 : i64
      %v2664 = arith.constant 1 : i64
      %v2665 = arith.muli %v2664, %size_B : i64
      %v2666 = arith.muli %v2665, %size_D : i64
      %v2667 = arith.muli %v2666, %v1 : i64
      %v2693 = arith.constant 1 : i64
      %v2697 = arith.constant 16 : i64
      %v2699 = arith.constant 13 : i64
      %v2703 = arith.constant 1 : i64
      %v2704 = arith.muli %v2703, %size_B : i64
      %v2705 = arith.muli %v2704, %size_D : i64
      %v2706 = arith.muli %v2705, %v1 : i64
      %v2732 = arith.constant 1 : i64
      %v2736 = arith.constant 16 : i64
      %v2738 = arith.constant 14 : i64
      %v2742 = arith.constant 1 : i64
      %v2743 = arith.muli %v2742, %size_B : i64
      %v2744 = arith.muli %v2743, %size_D : i64
      %v2745 = arith.muli %v2744, %v1 : i64
      %v2771 = arith.constant 1 : i64
      %v2775 = arith.constant 16 : i64
      %v2777 = arith.constant 15 : i64
      %v2781 = arith.constant 1 : i64
      %v2782 = arith.muli %v2781, %size_B : i64
      %v2783 = arith.muli %v2782, %size_D : i64
      %v2784 = arith.muli %v2783, %v1 : i64
      %v2814 = arith.constant 1 : i64
      %v2818 = arith.constant 16 : i64
      %v2820 = arith.constant 0 : i64
      %v2826 = arith.constant 1 : i64
      %v2830 = arith.constant 16 : i64
      %v2832 = arith.constant 1 : i64
      %v2839 = arith.constant 1 : i64
      %v2843 = arith.constant 16 : i64
      %v2845 = arith.constant 2 : i64
      %v2852 = arith.constant 1 : i64
      %v2856 = arith.constant 16 : i64
      %v2858 = arith.constant 3 : i64
      %v2865 = arith.constant 1 : i64
      %v2869 = arith.constant 16 : i64
      %v2871 = arith.constant 4 : i64
      %v2878 = arith.constant 1 : i64
      %v2882 = arith.constant 16 : i64
      %v2884 = arith.constant 5 : i64
      %v2891 = arith.constant 1 : i64
      %v2895 = arith.constant 16 : i64
      %v2897 = arith.constant 6 : i64
      %v2904 = arith.constant 1 : i64
      %v2908 = arith.constant 16 : i64
      %v2910 = arith.constant 7 : i64
      %v2917 = arith.constant 1 : i64
      %v2921 = arith.constant 16 : i64
      %v2923 = arith.constant 8 : i64
      %v2930 = arith.constant 1 : i64
      %v2934 = arith.constant 16 : i64
      %v2936 = arith.constant 9 : i64
      %v2943 = arith.constant 1 : i64
      %v2947 = arith.constant 16 : i64
      %v2949 = arith.constant 10 : i64
      %v2956 = arith.constant 1 : i64
      %v2960 = arith.constant 16 : i64
      %v2962 = arith.constant 11 : i64
      %v2969 = arith.constant 1 : i64
      %v2973 = arith.constant 16 : i64
      %v2975 = arith.constant 12 : i64
      %v2982 = arith.constant 1 : i64
      %v2986 = arith.constant 16 : i64
      %v2988 = arith.constant 13 : i64
      %v2995 = arith.constant 1 : i64
      %v2999 = arith.constant 16 : i64
      %v3001 = arith.constant 14 : i64
      %v3008 = arith.constant 1 : i64
      %v3012 = arith.constant 16 : i64
      %v3014 = arith.constant 15 : i64
      %v3121 = arith.constant 16 : i64
      %v3122 = arith.constant 0 : i64
      %v3130 = arith.constant 16 : i64
      %v3131 = arith.constant 1 : i64
      %v3139 = arith.constant 16 : i64
      %v3140 = arith.constant 2 : i64
      %v3148 = arith.constant 16 : i64
      %v3149 = arith.constant 3 : i64
      %v3157 = arith.constant 16 : i64
      %v3158 = arith.constant 4 : i64
      %v3166 = arith.constant 16 : i64
      %v3167 = arith.constant 5 : i64
      %v3175 = arith.constant 16 : i64
      %v3176 = arith.constant 6 : i64
      %v3184 = arith.constant 16 : i64
      %v3185 = arith.constant 7 : i64
      %v3193 = arith.constant 16 : i64
      %v3194 = arith.constant 8 : i64
      %v3202 = arith.constant 16 : i64
      %v3203 = arith.constant 9 : i64
      %v3211 = arith.constant 16 : i64
      %v3212 = arith.constant 10 : i64
      %v3220 = arith.constant 16 : i64
      %v3221 = arith.constant 11 : i64
      %v3229 = arith.constant 16 : i64
      %v3230 = arith.constant 12 : i64
      %v3238 = arith.constant 16 : i64
      %v3239 = arith.constant 13 : i64
      %v3247 = arith.constant 16 : i64
      %v3248 = arith.constant 14 : i64
      %v3256 = arith.constant 16 : i64
      %v3257 = arith.constant 15 : i64
      %v3265 = arith.constant 16 : i64
      %v3266 = arith.constant 0 : i64
      %v3274 = arith.constant 16 : i64
      %v3275 = arith.constant 1 : i64
      %v3283 = arith.constant 16 : i64
      %v3284 = arith.constant 2 : i64
      %v3292 = arith.constant 16 : i64
      %v3293 = arith.constant 3 : i64
      %v3301 = arith.constant 16 : i64
      %v3302 = arith.constant 4 : i64
      %v3310 = arith.constant 16 : i64
      %v3311 = arith.constant 5 : i64
      %v3319 = arith.constant 16 : i64
      %v3320 = arith.constant 6 : i64
      %v3328 = arith.constant 16 : i64
      %v3329 = arith.constant 7 : i64
      %v3337 = arith.constant 16 : i64
      %v3338 = arith.constant 8 : i64
      %v3346 = arith.constant 16 : i64
      %v3347 = arith.constant 9 : i64
      %v3355 = arith.constant 16 : i64
      %v3356 = arith.constant 10 : i64
      %v3364 = arith.constant 16 : i64
      %v3365 = arith.constant 11 : i64
      %v3373 = arith.constant 16 : i64
      %v3374 = arith.constant 12 : i64
      %v3382 = arith.constant 16 : i64
      %v3383 = arith.constant 13 : i64
      %v3391 = arith.constant 16 : i64
      %v3392 = arith.constant 14 : i64
      %v3400 = arith.constant 16 : i64
      %v3401 = arith.constant 15 : i64
      %v3606 = arith.constant 16 : i64
      %v3607 = arith.constant 0 : i64
      %v3612 = arith.constant 16 : i64
      %v3613 = arith.constant 1 : i64
      %v3618 = arith.constant 16 : i64
      %v3619 = arith.constant 2 : i64
      %v3624 = arith.constant 16 : i64
      %v3625 = arith.constant 3 : i64
      %v3630 = arith.constant 16 : i64
      %v3631 = arith.constant 4 : i64
      %v3636 = arith.constant 16 : i64
      %v3637 = arith.constant 5 : i64
      %v3642 = arith.constant 16 : i64
      %v3643 = arith.constant 6 : i64
      %v3648 = arith.constant 16 : i64
      %v3649 = arith.constant 7 : i64
      %v3654 = arith.constant 16 : i64
      %v3655 = arith.constant 8 : i64
      %v3660 = arith.constant 16 : i64
      %v3661 = arith.constant 9 : i64
      %v3666 = arith.constant 16 : i64
      %v3667 = arith.constant 10 : i64
      %v3672 = arith.constant 16 : i64
      %v3673 = arith.constant 11 : i64
      %v3678 = arith.constant 16 : i64
      %v3679 = arith.constant 12 : i64
      %v3684 = arith.constant 16 : i64
      %v3685 = arith.constant 13 : i64
      %v3690 = arith.constant 16 : i64
      %v3691 = arith.constant 14 : i64
      %v3696 = arith.constant 16 : i64
      %v3697 = arith.constant 15 : i64
      %v3702 = arith.constant 1 : i64
      %v3703 = arith.constant 0 : i64
      %v3708 = arith.constant 1 : i64
      %v3709 = arith.constant 0 : i64
      %v56 = gpu.block_id x
      %v57 = gpu.thread_id x
      %v58 = arith.index_cast %v57 : index to i64
      %v59 = arith.index_cast %v56 : index to i64
      %v61 = arith.muli %v59, %v60 : i64
      %v62 = arith.addi %v61, %v58 : i64
      %v63 = arith.cmpi slt, %v62, %v4 : i64
      %v65 = arith.subi %v4, %v64 : i64
      %v66 = arith.minsi %v62, %v65 : i64
      %v67 = arith.remui %v66, %size_D : i64
      %v68 = arith.divui %v66, %size_D : i64
      %v69 = arith.remui %v68, %size_B : i64
      %v70 = arith.divui %v68, %size_B : i64
      %v73 = arith.addi %v72, %v58 : i64
      %v74 = llvm.getelementptr %v71[%v73] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v75 = llvm.addrspacecast %v74 : !llvm.ptr<3> to !llvm.ptr
      %v77 = arith.addi %v76, %v58 : i64
      %v78 = llvm.getelementptr %v71[%v77] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v79 = llvm.addrspacecast %v78 : !llvm.ptr<3> to !llvm.ptr
      %v81 = arith.addi %v80, %v58 : i64
      %v82 = llvm.getelementptr %v71[%v81] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v83 = llvm.addrspacecast %v82 : !llvm.ptr<3> to !llvm.ptr
      %v85 = arith.addi %v84, %v58 : i64
      %v86 = llvm.getelementptr %v71[%v85] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v87 = llvm.addrspacecast %v86 : !llvm.ptr<3> to !llvm.ptr
      %v89 = arith.addi %v88, %v58 : i64
      %v90 = llvm.getelementptr %v71[%v89] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v91 = llvm.addrspacecast %v90 : !llvm.ptr<3> to !llvm.ptr
      %v93 = arith.addi %v92, %v58 : i64
      %v94 = llvm.getelementptr %v71[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v95 = llvm.addrspacecast %v94 : !llvm.ptr<3> to !llvm.ptr
      %v97 = arith.addi %v96, %v58 : i64
      %v98 = llvm.getelementptr %v71[%v97] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v99 = llvm.addrspacecast %v98 : !llvm.ptr<3> to !llvm.ptr
      %v101 = arith.addi %v100, %v58 : i64
      %v102 = llvm.getelementptr %v71[%v101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v103 = llvm.addrspacecast %v102 : !llvm.ptr<3> to !llvm.ptr
      %v105 = arith.addi %v104, %v58 : i64
      %v106 = llvm.getelementptr %v71[%v105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v107 = llvm.addrspacecast %v106 : !llvm.ptr<3> to !llvm.ptr
      %v109 = arith.addi %v108, %v58 : i64
      %v110 = llvm.getelementptr %v71[%v109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v111 = llvm.addrspacecast %v110 : !llvm.ptr<3> to !llvm.ptr
      %v113 = arith.addi %v112, %v58 : i64
      %v114 = llvm.getelementptr %v71[%v113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v115 = llvm.addrspacecast %v114 : !llvm.ptr<3> to !llvm.ptr
      %v117 = arith.addi %v116, %v58 : i64
      %v118 = llvm.getelementptr %v71[%v117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v119 = llvm.addrspacecast %v118 : !llvm.ptr<3> to !llvm.ptr
      %v121 = arith.addi %v120, %v58 : i64
      %v122 = llvm.getelementptr %v71[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v123 = llvm.addrspacecast %v122 : !llvm.ptr<3> to !llvm.ptr
      %v125 = arith.addi %v124, %v58 : i64
      %v126 = llvm.getelementptr %v71[%v125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v127 = llvm.addrspacecast %v126 : !llvm.ptr<3> to !llvm.ptr
      %v129 = arith.addi %v128, %v58 : i64
      %v130 = llvm.getelementptr %v71[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v131 = llvm.addrspacecast %v130 : !llvm.ptr<3> to !llvm.ptr
      %v133 = arith.addi %v132, %v58 : i64
      %v134 = llvm.getelementptr %v71[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v135 = llvm.addrspacecast %v134 : !llvm.ptr<3> to !llvm.ptr
      %v137 = arith.addi %v136, %v58 : i64
      %v138 = llvm.getelementptr %v71[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v139 = llvm.addrspacecast %v138 : !llvm.ptr<3> to !llvm.ptr
      %v141 = arith.addi %v140, %v58 : i64
      %v142 = llvm.getelementptr %v71[%v141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v143 = llvm.addrspacecast %v142 : !llvm.ptr<3> to !llvm.ptr
      %v145 = arith.addi %v144, %v58 : i64
      %v146 = llvm.getelementptr %v71[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v147 = llvm.addrspacecast %v146 : !llvm.ptr<3> to !llvm.ptr
      %v149 = arith.addi %v148, %v58 : i64
      %v150 = llvm.getelementptr %v71[%v149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v151 = llvm.addrspacecast %v150 : !llvm.ptr<3> to !llvm.ptr
      %v153 = arith.addi %v152, %v58 : i64
      %v154 = llvm.getelementptr %v71[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v155 = llvm.addrspacecast %v154 : !llvm.ptr<3> to !llvm.ptr
      %v157 = arith.addi %v156, %v58 : i64
      %v158 = llvm.getelementptr %v71[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v159 = llvm.addrspacecast %v158 : !llvm.ptr<3> to !llvm.ptr
      %v161 = arith.addi %v160, %v58 : i64
      %v162 = llvm.getelementptr %v71[%v161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v163 = llvm.addrspacecast %v162 : !llvm.ptr<3> to !llvm.ptr
      %v165 = arith.addi %v164, %v58 : i64
      %v166 = llvm.getelementptr %v71[%v165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v167 = llvm.addrspacecast %v166 : !llvm.ptr<3> to !llvm.ptr
      %v169 = arith.addi %v168, %v58 : i64
      %v170 = llvm.getelementptr %v71[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v171 = llvm.addrspacecast %v170 : !llvm.ptr<3> to !llvm.ptr
      %v173 = arith.addi %v172, %v58 : i64
      %v174 = llvm.getelementptr %v71[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v175 = llvm.addrspacecast %v174 : !llvm.ptr<3> to !llvm.ptr
      %v177 = arith.addi %v176, %v58 : i64
      %v178 = llvm.getelementptr %v71[%v177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v179 = llvm.addrspacecast %v178 : !llvm.ptr<3> to !llvm.ptr
      %v181 = arith.addi %v180, %v58 : i64
      %v182 = llvm.getelementptr %v71[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v183 = llvm.addrspacecast %v182 : !llvm.ptr<3> to !llvm.ptr
      %v185 = arith.addi %v184, %v58 : i64
      %v186 = llvm.getelementptr %v71[%v185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v187 = llvm.addrspacecast %v186 : !llvm.ptr<3> to !llvm.ptr
      %v189 = arith.addi %v188, %v58 : i64
      %v190 = llvm.getelementptr %v71[%v189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v191 = llvm.addrspacecast %v190 : !llvm.ptr<3> to !llvm.ptr
      %v193 = arith.addi %v192, %v58 : i64
      %v194 = llvm.getelementptr %v71[%v193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v195 = llvm.addrspacecast %v194 : !llvm.ptr<3> to !llvm.ptr
      %v197 = arith.addi %v196, %v58 : i64
      %v198 = llvm.getelementptr %v71[%v197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v199 = llvm.addrspacecast %v198 : !llvm.ptr<3> to !llvm.ptr
      %v201 = arith.addi %v200, %v58 : i64
      %v202 = llvm.getelementptr %v71[%v201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v203 = llvm.addrspacecast %v202 : !llvm.ptr<3> to !llvm.ptr
      %v205 = arith.addi %v204, %v58 : i64
      %v206 = llvm.getelementptr %v71[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v207 = llvm.addrspacecast %v206 : !llvm.ptr<3> to !llvm.ptr
      %v209 = arith.addi %v208, %v58 : i64
      %v210 = llvm.getelementptr %v71[%v209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v211 = llvm.addrspacecast %v210 : !llvm.ptr<3> to !llvm.ptr
      %v213 = arith.addi %v212, %v58 : i64
      %v214 = llvm.getelementptr %v71[%v213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v215 = llvm.addrspacecast %v214 : !llvm.ptr<3> to !llvm.ptr
      %v217 = arith.addi %v216, %v58 : i64
      %v218 = llvm.getelementptr %v71[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v219 = llvm.addrspacecast %v218 : !llvm.ptr<3> to !llvm.ptr
      %v221 = arith.addi %v220, %v58 : i64
      %v222 = llvm.getelementptr %v71[%v221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v223 = llvm.addrspacecast %v222 : !llvm.ptr<3> to !llvm.ptr
      %v225 = arith.addi %v224, %v58 : i64
      %v226 = llvm.getelementptr %v71[%v225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v227 = llvm.addrspacecast %v226 : !llvm.ptr<3> to !llvm.ptr
      %v229 = arith.addi %v228, %v58 : i64
      %v230 = llvm.getelementptr %v71[%v229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v231 = llvm.addrspacecast %v230 : !llvm.ptr<3> to !llvm.ptr
      %v233 = arith.addi %v232, %v58 : i64
      %v234 = llvm.getelementptr %v71[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v235 = llvm.addrspacecast %v234 : !llvm.ptr<3> to !llvm.ptr
      %v237 = arith.addi %v236, %v58 : i64
      %v238 = llvm.getelementptr %v71[%v237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v239 = llvm.addrspacecast %v238 : !llvm.ptr<3> to !llvm.ptr
      %v241 = arith.addi %v240, %v58 : i64
      %v242 = llvm.getelementptr %v71[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v243 = llvm.addrspacecast %v242 : !llvm.ptr<3> to !llvm.ptr
      %v245 = arith.addi %v244, %v58 : i64
      %v246 = llvm.getelementptr %v71[%v245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v247 = llvm.addrspacecast %v246 : !llvm.ptr<3> to !llvm.ptr
      %v249 = arith.addi %v248, %v58 : i64
      %v250 = llvm.getelementptr %v71[%v249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v251 = llvm.addrspacecast %v250 : !llvm.ptr<3> to !llvm.ptr
      %v253 = arith.addi %v252, %v58 : i64
      %v254 = llvm.getelementptr %v71[%v253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v255 = llvm.addrspacecast %v254 : !llvm.ptr<3> to !llvm.ptr
      %v257 = arith.addi %v256, %v58 : i64
      %v258 = llvm.getelementptr %v71[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v259 = llvm.addrspacecast %v258 : !llvm.ptr<3> to !llvm.ptr
      %v261 = arith.addi %v260, %v58 : i64
      %v262 = llvm.getelementptr %v71[%v261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v263 = llvm.addrspacecast %v262 : !llvm.ptr<3> to !llvm.ptr
      %v265 = arith.addi %v264, %v58 : i64
      %v266 = llvm.getelementptr %v71[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v267 = llvm.addrspacecast %v266 : !llvm.ptr<3> to !llvm.ptr
      %v269 = arith.addi %v268, %v58 : i64
      %v270 = llvm.getelementptr %v71[%v269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v271 = llvm.addrspacecast %v270 : !llvm.ptr<3> to !llvm.ptr
      %v273 = arith.addi %v272, %v58 : i64
      %v274 = llvm.getelementptr %v71[%v273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v275 = llvm.addrspacecast %v274 : !llvm.ptr<3> to !llvm.ptr
      %v277 = arith.addi %v276, %v58 : i64
      %v278 = llvm.getelementptr %v71[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v279 = llvm.addrspacecast %v278 : !llvm.ptr<3> to !llvm.ptr
      %v281 = arith.addi %v280, %v58 : i64
      %v282 = llvm.getelementptr %v71[%v281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v283 = llvm.addrspacecast %v282 : !llvm.ptr<3> to !llvm.ptr
      %v285 = arith.addi %v284, %v58 : i64
      %v286 = llvm.getelementptr %v71[%v285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v287 = llvm.addrspacecast %v286 : !llvm.ptr<3> to !llvm.ptr
      %v289 = arith.addi %v288, %v58 : i64
      %v290 = llvm.getelementptr %v71[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v291 = llvm.addrspacecast %v290 : !llvm.ptr<3> to !llvm.ptr
      %v293 = arith.addi %v292, %v58 : i64
      %v294 = llvm.getelementptr %v71[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v295 = llvm.addrspacecast %v294 : !llvm.ptr<3> to !llvm.ptr
      %v297 = arith.addi %v296, %v58 : i64
      %v298 = llvm.getelementptr %v71[%v297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v299 = llvm.addrspacecast %v298 : !llvm.ptr<3> to !llvm.ptr
      %v301 = arith.addi %v300, %v58 : i64
      %v302 = llvm.getelementptr %v71[%v301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v303 = llvm.addrspacecast %v302 : !llvm.ptr<3> to !llvm.ptr
      %v305 = arith.addi %v304, %v58 : i64
      %v306 = llvm.getelementptr %v71[%v305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v307 = llvm.addrspacecast %v306 : !llvm.ptr<3> to !llvm.ptr
      %v309 = arith.addi %v308, %v58 : i64
      %v310 = llvm.getelementptr %v71[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v311 = llvm.addrspacecast %v310 : !llvm.ptr<3> to !llvm.ptr
      %v313 = arith.addi %v312, %v58 : i64
      %v314 = llvm.getelementptr %v71[%v313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v315 = llvm.addrspacecast %v314 : !llvm.ptr<3> to !llvm.ptr
      %v317 = arith.addi %v316, %v58 : i64
      %v318 = llvm.getelementptr %v71[%v317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v319 = llvm.addrspacecast %v318 : !llvm.ptr<3> to !llvm.ptr
      %v321 = arith.addi %v320, %v58 : i64
      %v322 = llvm.getelementptr %v71[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v323 = llvm.addrspacecast %v322 : !llvm.ptr<3> to !llvm.ptr
      %v325 = arith.addi %v324, %v58 : i64
      %v326 = llvm.getelementptr %v71[%v325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v327 = llvm.addrspacecast %v326 : !llvm.ptr<3> to !llvm.ptr
      %v329 = arith.addi %v328, %v58 : i64
      %v330 = llvm.getelementptr %v71[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v331 = llvm.addrspacecast %v330 : !llvm.ptr<3> to !llvm.ptr
      %v333 = arith.addi %v332, %v58 : i64
      %v334 = llvm.getelementptr %v71[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v335 = llvm.addrspacecast %v334 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v336, %v75 : f32, !llvm.ptr
      llvm.store %v336, %v79 : f32, !llvm.ptr
      llvm.store %v336, %v83 : f32, !llvm.ptr
      llvm.store %v336, %v87 : f32, !llvm.ptr
      llvm.store %v336, %v91 : f32, !llvm.ptr
      llvm.store %v336, %v95 : f32, !llvm.ptr
      llvm.store %v336, %v99 : f32, !llvm.ptr
      llvm.store %v336, %v103 : f32, !llvm.ptr
      llvm.store %v336, %v107 : f32, !llvm.ptr
      llvm.store %v336, %v111 : f32, !llvm.ptr
      llvm.store %v336, %v115 : f32, !llvm.ptr
      llvm.store %v336, %v119 : f32, !llvm.ptr
      llvm.store %v336, %v123 : f32, !llvm.ptr
      llvm.store %v336, %v127 : f32, !llvm.ptr
      llvm.store %v336, %v131 : f32, !llvm.ptr
      llvm.store %v336, %v135 : f32, !llvm.ptr
      llvm.store %v337, %v139 : f32, !llvm.ptr
      llvm.store %v337, %v143 : f32, !llvm.ptr
      llvm.store %v337, %v147 : f32, !llvm.ptr
      llvm.store %v337, %v151 : f32, !llvm.ptr
      llvm.store %v337, %v155 : f32, !llvm.ptr
      llvm.store %v337, %v159 : f32, !llvm.ptr
      llvm.store %v337, %v163 : f32, !llvm.ptr
      llvm.store %v337, %v167 : f32, !llvm.ptr
      llvm.store %v337, %v171 : f32, !llvm.ptr
      llvm.store %v337, %v175 : f32, !llvm.ptr
      llvm.store %v337, %v179 : f32, !llvm.ptr
      llvm.store %v337, %v183 : f32, !llvm.ptr
      llvm.store %v337, %v187 : f32, !llvm.ptr
      llvm.store %v337, %v191 : f32, !llvm.ptr
      llvm.store %v337, %v195 : f32, !llvm.ptr
      llvm.store %v337, %v199 : f32, !llvm.ptr
      llvm.store %v336, %v203 : f32, !llvm.ptr
      llvm.store %v336, %v207 : f32, !llvm.ptr
      llvm.store %v336, %v211 : f32, !llvm.ptr
      llvm.store %v336, %v215 : f32, !llvm.ptr
      llvm.store %v336, %v219 : f32, !llvm.ptr
      llvm.store %v336, %v223 : f32, !llvm.ptr
      llvm.store %v336, %v227 : f32, !llvm.ptr
      llvm.store %v336, %v231 : f32, !llvm.ptr
      llvm.store %v336, %v235 : f32, !llvm.ptr
      llvm.store %v336, %v239 : f32, !llvm.ptr
      llvm.store %v336, %v243 : f32, !llvm.ptr
      llvm.store %v336, %v247 : f32, !llvm.ptr
      llvm.store %v336, %v251 : f32, !llvm.ptr
      llvm.store %v336, %v255 : f32, !llvm.ptr
      llvm.store %v336, %v259 : f32, !llvm.ptr
      llvm.store %v336, %v263 : f32, !llvm.ptr
      llvm.store %v336, %v267 : f32, !llvm.ptr
      llvm.store %v336, %v271 : f32, !llvm.ptr
      llvm.store %v336, %v275 : f32, !llvm.ptr
      llvm.store %v336, %v279 : f32, !llvm.ptr
      llvm.store %v336, %v283 : f32, !llvm.ptr
      llvm.store %v336, %v287 : f32, !llvm.ptr
      llvm.store %v336, %v291 : f32, !llvm.ptr
      llvm.store %v336, %v295 : f32, !llvm.ptr
      llvm.store %v336, %v299 : f32, !llvm.ptr
      llvm.store %v336, %v303 : f32, !llvm.ptr
      llvm.store %v336, %v307 : f32, !llvm.ptr
      llvm.store %v336, %v311 : f32, !llvm.ptr
      llvm.store %v336, %v315 : f32, !llvm.ptr
      llvm.store %v336, %v319 : f32, !llvm.ptr
      llvm.store %v336, %v323 : f32, !llvm.ptr
      llvm.store %v336, %v327 : f32, !llvm.ptr
      llvm.store %v336, %v331 : f32, !llvm.ptr
      llvm.store %v336, %v335 : f32, !llvm.ptr
      %v341 = arith.subi %v338, %v339 : i64
      %v342 = arith.addi %size_L, %v341 : i64
      %v343 = arith.divui %v342, %v338 : i64
      %v344 = arith.subi %size_L, %v339 : i64
      %v345 = arith.cmpi eq, %size_L, %v340 : i64
      scf.if %v345 {
        %v349 = arith.muli %v69, %v348 : i64
        %v350 = arith.muli %v67, %v347 : i64
        %v351 = arith.addi %v349, %v350 : i64
        %v352 = llvm.mlir.zero : !llvm.ptr
        %v353 = llvm.icmp "ne" %in_h0, %v352 : !llvm.ptr
        %v354 = scf.if %v353 -> (f32) {
          %v355 = llvm.getelementptr %in_h0[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v356 = llvm.load %v355 : !llvm.ptr -> f32
          scf.yield %v356 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v354, %v40 : f32, !llvm.ptr
        %v357 = arith.muli %v69, %v348 : i64
        %v358 = arith.muli %v67, %v347 : i64
        %v359 = arith.addi %v357, %v358 : i64
        %v360 = arith.constant 1 : i64
        %v361 = arith.muli %v360, %v346 : i64
        %v362 = arith.addi %v359, %v361 : i64
        %v363 = llvm.mlir.zero : !llvm.ptr
        %v364 = llvm.icmp "ne" %in_h0, %v363 : !llvm.ptr
        %v365 = scf.if %v364 -> (f32) {
          %v366 = llvm.getelementptr %in_h0[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v367 = llvm.load %v366 : !llvm.ptr -> f32
          scf.yield %v367 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v365, %v41 : f32, !llvm.ptr
        %v368 = arith.muli %v69, %v348 : i64
        %v369 = arith.muli %v67, %v347 : i64
        %v370 = arith.addi %v368, %v369 : i64
        %v371 = arith.constant 2 : i64
        %v372 = arith.muli %v371, %v346 : i64
        %v373 = arith.addi %v370, %v372 : i64
        %v374 = llvm.mlir.zero : !llvm.ptr
        %v375 = llvm.icmp "ne" %in_h0, %v374 : !llvm.ptr
        %v376 = scf.if %v375 -> (f32) {
          %v377 = llvm.getelementptr %in_h0[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v378 = llvm.load %v377 : !llvm.ptr -> f32
          scf.yield %v378 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v376, %v42 : f32, !llvm.ptr
        %v379 = arith.muli %v69, %v348 : i64
        %v380 = arith.muli %v67, %v347 : i64
        %v381 = arith.addi %v379, %v380 : i64
        %v382 = arith.constant 3 : i64
        %v383 = arith.muli %v382, %v346 : i64
        %v384 = arith.addi %v381, %v383 : i64
        %v385 = llvm.mlir.zero : !llvm.ptr
        %v386 = llvm.icmp "ne" %in_h0, %v385 : !llvm.ptr
        %v387 = scf.if %v386 -> (f32) {
          %v388 = llvm.getelementptr %in_h0[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v389 = llvm.load %v388 : !llvm.ptr -> f32
          scf.yield %v389 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v387, %v43 : f32, !llvm.ptr
        %v390 = arith.muli %v69, %v348 : i64
        %v391 = arith.muli %v67, %v347 : i64
        %v392 = arith.addi %v390, %v391 : i64
        %v393 = arith.constant 4 : i64
        %v394 = arith.muli %v393, %v346 : i64
        %v395 = arith.addi %v392, %v394 : i64
        %v396 = llvm.mlir.zero : !llvm.ptr
        %v397 = llvm.icmp "ne" %in_h0, %v396 : !llvm.ptr
        %v398 = scf.if %v397 -> (f32) {
          %v399 = llvm.getelementptr %in_h0[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v400 = llvm.load %v399 : !llvm.ptr -> f32
          scf.yield %v400 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v398, %v44 : f32, !llvm.ptr
        %v401 = arith.muli %v69, %v348 : i64
        %v402 = arith.muli %v67, %v347 : i64
        %v403 = arith.addi %v401, %v402 : i64
        %v404 = arith.constant 5 : i64
        %v405 = arith.muli %v404, %v346 : i64
        %v406 = arith.addi %v403, %v405 : i64
        %v407 = llvm.mlir.zero : !llvm.ptr
        %v408 = llvm.icmp "ne" %in_h0, %v407 : !llvm.ptr
        %v409 = scf.if %v408 -> (f32) {
          %v410 = llvm.getelementptr %in_h0[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v411 = llvm.load %v410 : !llvm.ptr -> f32
          scf.yield %v411 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v409, %v45 : f32, !llvm.ptr
        %v412 = arith.muli %v69, %v348 : i64
        %v413 = arith.muli %v67, %v347 : i64
        %v414 = arith.addi %v412, %v413 : i64
        %v415 = arith.constant 6 : i64
        %v416 = arith.muli %v415, %v346 : i64
        %v417 = arith.addi %v414, %v416 : i64
        %v418 = llvm.mlir.zero : !llvm.ptr
        %v419 = llvm.icmp "ne" %in_h0, %v418 : !llvm.ptr
        %v420 = scf.if %v419 -> (f32) {
          %v421 = llvm.getelementptr %in_h0[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v422 = llvm.load %v421 : !llvm.ptr -> f32
          scf.yield %v422 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v420, %v46 : f32, !llvm.ptr
        %v423 = arith.muli %v69, %v348 : i64
        %v424 = arith.muli %v67, %v347 : i64
        %v425 = arith.addi %v423, %v424 : i64
        %v426 = arith.constant 7 : i64
        %v427 = arith.muli %v426, %v346 : i64
        %v428 = arith.addi %v425, %v427 : i64
        %v429 = llvm.mlir.zero : !llvm.ptr
        %v430 = llvm.icmp "ne" %in_h0, %v429 : !llvm.ptr
        %v431 = scf.if %v430 -> (f32) {
          %v432 = llvm.getelementptr %in_h0[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v433 = llvm.load %v432 : !llvm.ptr -> f32
          scf.yield %v433 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v431, %v47 : f32, !llvm.ptr
        %v434 = arith.muli %v69, %v348 : i64
        %v435 = arith.muli %v67, %v347 : i64
        %v436 = arith.addi %v434, %v435 : i64
        %v437 = arith.constant 8 : i64
        %v438 = arith.muli %v437, %v346 : i64
        %v439 = arith.addi %v436, %v438 : i64
        %v440 = llvm.mlir.zero : !llvm.ptr
        %v441 = llvm.icmp "ne" %in_h0, %v440 : !llvm.ptr
        %v442 = scf.if %v441 -> (f32) {
          %v443 = llvm.getelementptr %in_h0[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v444 = llvm.load %v443 : !llvm.ptr -> f32
          scf.yield %v444 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v442, %v48 : f32, !llvm.ptr
        %v445 = arith.muli %v69, %v348 : i64
        %v446 = arith.muli %v67, %v347 : i64
        %v447 = arith.addi %v445, %v446 : i64
        %v448 = arith.constant 9 : i64
        %v449 = arith.muli %v448, %v346 : i64
        %v450 = arith.addi %v447, %v449 : i64
        %v451 = llvm.mlir.zero : !llvm.ptr
        %v452 = llvm.icmp "ne" %in_h0, %v451 : !llvm.ptr
        %v453 = scf.if %v452 -> (f32) {
          %v454 = llvm.getelementptr %in_h0[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v455 = llvm.load %v454 : !llvm.ptr -> f32
          scf.yield %v455 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v453, %v49 : f32, !llvm.ptr
        %v456 = arith.muli %v69, %v348 : i64
        %v457 = arith.muli %v67, %v347 : i64
        %v458 = arith.addi %v456, %v457 : i64
        %v459 = arith.constant 10 : i64
        %v460 = arith.muli %v459, %v346 : i64
        %v461 = arith.addi %v458, %v460 : i64
        %v462 = llvm.mlir.zero : !llvm.ptr
        %v463 = llvm.icmp "ne" %in_h0, %v462 : !llvm.ptr
        %v464 = scf.if %v463 -> (f32) {
          %v465 = llvm.getelementptr %in_h0[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v466 = llvm.load %v465 : !llvm.ptr -> f32
          scf.yield %v466 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v464, %v50 : f32, !llvm.ptr
        %v467 = arith.muli %v69, %v348 : i64
        %v468 = arith.muli %v67, %v347 : i64
        %v469 = arith.addi %v467, %v468 : i64
        %v470 = arith.constant 11 : i64
        %v471 = arith.muli %v470, %v346 : i64
        %v472 = arith.addi %v469, %v471 : i64
        %v473 = llvm.mlir.zero : !llvm.ptr
        %v474 = llvm.icmp "ne" %in_h0, %v473 : !llvm.ptr
        %v475 = scf.if %v474 -> (f32) {
          %v476 = llvm.getelementptr %in_h0[%v472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v477 = llvm.load %v476 : !llvm.ptr -> f32
          scf.yield %v477 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v475, %v51 : f32, !llvm.ptr
        %v478 = arith.muli %v69, %v348 : i64
        %v479 = arith.muli %v67, %v347 : i64
        %v480 = arith.addi %v478, %v479 : i64
        %v481 = arith.constant 12 : i64
        %v482 = arith.muli %v481, %v346 : i64
        %v483 = arith.addi %v480, %v482 : i64
        %v484 = llvm.mlir.zero : !llvm.ptr
        %v485 = llvm.icmp "ne" %in_h0, %v484 : !llvm.ptr
        %v486 = scf.if %v485 -> (f32) {
          %v487 = llvm.getelementptr %in_h0[%v483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v488 = llvm.load %v487 : !llvm.ptr -> f32
          scf.yield %v488 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v486, %v52 : f32, !llvm.ptr
        %v489 = arith.muli %v69, %v348 : i64
        %v490 = arith.muli %v67, %v347 : i64
        %v491 = arith.addi %v489, %v490 : i64
        %v492 = arith.constant 13 : i64
        %v493 = arith.muli %v492, %v346 : i64
        %v494 = arith.addi %v491, %v493 : i64
        %v495 = llvm.mlir.zero : !llvm.ptr
        %v496 = llvm.icmp "ne" %in_h0, %v495 : !llvm.ptr
        %v497 = scf.if %v496 -> (f32) {
          %v498 = llvm.getelementptr %in_h0[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v499 = llvm.load %v498 : !llvm.ptr -> f32
          scf.yield %v499 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v497, %v53 : f32, !llvm.ptr
        %v500 = arith.muli %v69, %v348 : i64
        %v501 = arith.muli %v67, %v347 : i64
        %v502 = arith.addi %v500, %v501 : i64
        %v503 = arith.constant 14 : i64
        %v504 = arith.muli %v503, %v346 : i64
        %v505 = arith.addi %v502, %v504 : i64
        %v506 = llvm.mlir.zero : !llvm.ptr
        %v507 = llvm.icmp "ne" %in_h0, %v506 : !llvm.ptr
        %v508 = scf.if %v507 -> (f32) {
          %v509 = llvm.getelementptr %in_h0[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v510 = llvm.load %v509 : !llvm.ptr -> f32
          scf.yield %v510 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v508, %v54 : f32, !llvm.ptr
        %v511 = arith.muli %v69, %v348 : i64
        %v512 = arith.muli %v67, %v347 : i64
        %v513 = arith.addi %v511, %v512 : i64
        %v514 = arith.constant 15 : i64
        %v515 = arith.muli %v514, %v346 : i64
        %v516 = arith.addi %v513, %v515 : i64
        %v517 = llvm.mlir.zero : !llvm.ptr
        %v518 = llvm.icmp "ne" %in_h0, %v517 : !llvm.ptr
        %v519 = scf.if %v518 -> (f32) {
          %v520 = llvm.getelementptr %in_h0[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v521 = llvm.load %v520 : !llvm.ptr -> f32
          scf.yield %v521 : f32
        } else {
          scf.yield %v336 : f32
        }
        llvm.store %v519, %v55 : f32, !llvm.ptr
        %v522 = arith.muli %v69, %v348 : i64
        %v523 = arith.muli %v67, %v347 : i64
        %v524 = arith.addi %v522, %v523 : i64
        %v525 = llvm.getelementptr %dy_h_last[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v526 = llvm.load %v525 : !llvm.ptr -> f32
        %v527 = llvm.load %v75 : !llvm.ptr -> f32
        %v528 = arith.addf %v527, %v526 : f32
        llvm.store %v528, %v75 : f32, !llvm.ptr
        %v529 = arith.muli %v69, %v348 : i64
        %v530 = arith.muli %v67, %v347 : i64
        %v531 = arith.addi %v529, %v530 : i64
        %v532 = arith.constant 1 : i64
        %v533 = arith.muli %v532, %v346 : i64
        %v534 = arith.addi %v531, %v533 : i64
        %v535 = llvm.getelementptr %dy_h_last[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v536 = llvm.load %v535 : !llvm.ptr -> f32
        %v537 = llvm.load %v79 : !llvm.ptr -> f32
        %v538 = arith.addf %v537, %v536 : f32
        llvm.store %v538, %v79 : f32, !llvm.ptr
        %v539 = arith.muli %v69, %v348 : i64
        %v540 = arith.muli %v67, %v347 : i64
        %v541 = arith.addi %v539, %v540 : i64
        %v542 = arith.constant 2 : i64
        %v543 = arith.muli %v542, %v346 : i64
        %v544 = arith.addi %v541, %v543 : i64
        %v545 = llvm.getelementptr %dy_h_last[%v544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v546 = llvm.load %v545 : !llvm.ptr -> f32
        %v547 = llvm.load %v83 : !llvm.ptr -> f32
        %v548 = arith.addf %v547, %v546 : f32
        llvm.store %v548, %v83 : f32, !llvm.ptr
        %v549 = arith.muli %v69, %v348 : i64
        %v550 = arith.muli %v67, %v347 : i64
        %v551 = arith.addi %v549, %v550 : i64
        %v552 = arith.constant 3 : i64
        %v553 = arith.muli %v552, %v346 : i64
        %v554 = arith.addi %v551, %v553 : i64
        %v555 = llvm.getelementptr %dy_h_last[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v556 = llvm.load %v555 : !llvm.ptr -> f32
        %v557 = llvm.load %v87 : !llvm.ptr -> f32
        %v558 = arith.addf %v557, %v556 : f32
        llvm.store %v558, %v87 : f32, !llvm.ptr
        %v559 = arith.muli %v69, %v348 : i64
        %v560 = arith.muli %v67, %v347 : i64
        %v561 = arith.addi %v559, %v560 : i64
        %v562 = arith.constant 4 : i64
        %v563 = arith.muli %v562, %v346 : i64
        %v564 = arith.addi %v561, %v563 : i64
        %v565 = llvm.getelementptr %dy_h_last[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v566 = llvm.load %v565 : !llvm.ptr -> f32
        %v567 = llvm.load %v91 : !llvm.ptr -> f32
        %v568 = arith.addf %v567, %v566 : f32
        llvm.store %v568, %v91 : f32, !llvm.ptr
        %v569 = arith.muli %v69, %v348 : i64
        %v570 = arith.muli %v67, %v347 : i64
        %v571 = arith.addi %v569, %v570 : i64
        %v572 = arith.constant 5 : i64
        %v573 = arith.muli %v572, %v346 : i64
        %v574 = arith.addi %v571, %v573 : i64
        %v575 = llvm.getelementptr %dy_h_last[%v574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v576 = llvm.load %v575 : !llvm.ptr -> f32
        %v577 = llvm.load %v95 : !llvm.ptr -> f32
        %v578 = arith.addf %v577, %v576 : f32
        llvm.store %v578, %v95 : f32, !llvm.ptr
        %v579 = arith.muli %v69, %v348 : i64
        %v580 = arith.muli %v67, %v347 : i64
        %v581 = arith.addi %v579, %v580 : i64
        %v582 = arith.constant 6 : i64
        %v583 = arith.muli %v582, %v346 : i64
        %v584 = arith.addi %v581, %v583 : i64
        %v585 = llvm.getelementptr %dy_h_last[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v586 = llvm.load %v585 : !llvm.ptr -> f32
        %v587 = llvm.load %v99 : !llvm.ptr -> f32
        %v588 = arith.addf %v587, %v586 : f32
        llvm.store %v588, %v99 : f32, !llvm.ptr
        %v589 = arith.muli %v69, %v348 : i64
        %v590 = arith.muli %v67, %v347 : i64
        %v591 = arith.addi %v589, %v590 : i64
        %v592 = arith.constant 7 : i64
        %v593 = arith.muli %v592, %v346 : i64
        %v594 = arith.addi %v591, %v593 : i64
        %v595 = llvm.getelementptr %dy_h_last[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v596 = llvm.load %v595 : !llvm.ptr -> f32
        %v597 = llvm.load %v103 : !llvm.ptr -> f32
        %v598 = arith.addf %v597, %v596 : f32
        llvm.store %v598, %v103 : f32, !llvm.ptr
        %v599 = arith.muli %v69, %v348 : i64
        %v600 = arith.muli %v67, %v347 : i64
        %v601 = arith.addi %v599, %v600 : i64
        %v602 = arith.constant 8 : i64
        %v603 = arith.muli %v602, %v346 : i64
        %v604 = arith.addi %v601, %v603 : i64
        %v605 = llvm.getelementptr %dy_h_last[%v604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v606 = llvm.load %v605 : !llvm.ptr -> f32
        %v607 = llvm.load %v107 : !llvm.ptr -> f32
        %v608 = arith.addf %v607, %v606 : f32
        llvm.store %v608, %v107 : f32, !llvm.ptr
        %v609 = arith.muli %v69, %v348 : i64
        %v610 = arith.muli %v67, %v347 : i64
        %v611 = arith.addi %v609, %v610 : i64
        %v612 = arith.constant 9 : i64
        %v613 = arith.muli %v612, %v346 : i64
        %v614 = arith.addi %v611, %v613 : i64
        %v615 = llvm.getelementptr %dy_h_last[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v616 = llvm.load %v615 : !llvm.ptr -> f32
        %v617 = llvm.load %v111 : !llvm.ptr -> f32
        %v618 = arith.addf %v617, %v616 : f32
        llvm.store %v618, %v111 : f32, !llvm.ptr
        %v619 = arith.muli %v69, %v348 : i64
        %v620 = arith.muli %v67, %v347 : i64
        %v621 = arith.addi %v619, %v620 : i64
        %v622 = arith.constant 10 : i64
        %v623 = arith.muli %v622, %v346 : i64
        %v624 = arith.addi %v621, %v623 : i64
        %v625 = llvm.getelementptr %dy_h_last[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v626 = llvm.load %v625 : !llvm.ptr -> f32
        %v627 = llvm.load %v115 : !llvm.ptr -> f32
        %v628 = arith.addf %v627, %v626 : f32
        llvm.store %v628, %v115 : f32, !llvm.ptr
        %v629 = arith.muli %v69, %v348 : i64
        %v630 = arith.muli %v67, %v347 : i64
        %v631 = arith.addi %v629, %v630 : i64
        %v632 = arith.constant 11 : i64
        %v633 = arith.muli %v632, %v346 : i64
        %v634 = arith.addi %v631, %v633 : i64
        %v635 = llvm.getelementptr %dy_h_last[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v636 = llvm.load %v635 : !llvm.ptr -> f32
        %v637 = llvm.load %v119 : !llvm.ptr -> f32
        %v638 = arith.addf %v637, %v636 : f32
        llvm.store %v638, %v119 : f32, !llvm.ptr
        %v639 = arith.muli %v69, %v348 : i64
        %v640 = arith.muli %v67, %v347 : i64
        %v641 = arith.addi %v639, %v640 : i64
        %v642 = arith.constant 12 : i64
        %v643 = arith.muli %v642, %v346 : i64
        %v644 = arith.addi %v641, %v643 : i64
        %v645 = llvm.getelementptr %dy_h_last[%v644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v646 = llvm.load %v645 : !llvm.ptr -> f32
        %v647 = llvm.load %v123 : !llvm.ptr -> f32
        %v648 = arith.addf %v647, %v646 : f32
        llvm.store %v648, %v123 : f32, !llvm.ptr
        %v649 = arith.muli %v69, %v348 : i64
        %v650 = arith.muli %v67, %v347 : i64
        %v651 = arith.addi %v649, %v650 : i64
        %v652 = arith.constant 13 : i64
        %v653 = arith.muli %v652, %v346 : i64
        %v654 = arith.addi %v651, %v653 : i64
        %v655 = llvm.getelementptr %dy_h_last[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v656 = llvm.load %v655 : !llvm.ptr -> f32
        %v657 = llvm.load %v127 : !llvm.ptr -> f32
        %v658 = arith.addf %v657, %v656 : f32
        llvm.store %v658, %v127 : f32, !llvm.ptr
        %v659 = arith.muli %v69, %v348 : i64
        %v660 = arith.muli %v67, %v347 : i64
        %v661 = arith.addi %v659, %v660 : i64
        %v662 = arith.constant 14 : i64
        %v663 = arith.muli %v662, %v346 : i64
        %v664 = arith.addi %v661, %v663 : i64
        %v665 = llvm.getelementptr %dy_h_last[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v666 = llvm.load %v665 : !llvm.ptr -> f32
        %v667 = llvm.load %v131 : !llvm.ptr -> f32
        %v668 = arith.addf %v667, %v666 : f32
        llvm.store %v668, %v131 : f32, !llvm.ptr
        %v669 = arith.muli %v69, %v348 : i64
        %v670 = arith.muli %v67, %v347 : i64
        %v671 = arith.addi %v669, %v670 : i64
        %v672 = arith.constant 15 : i64
        %v673 = arith.muli %v672, %v346 : i64
        %v674 = arith.addi %v671, %v673 : i64
        %v675 = llvm.getelementptr %dy_h_last[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v676 = llvm.load %v675 : !llvm.ptr -> f32
        %v677 = llvm.load %v135 : !llvm.ptr -> f32
        %v678 = arith.addf %v677, %v676 : f32
        llvm.store %v678, %v135 : f32, !llvm.ptr
      }
      %v679 = arith.index_cast %v340 : i64 to index
      %v680 = arith.index_cast %v343 : i64 to index
      %v681 = arith.index_cast %v339 : i64 to index
      scf.for %v682 = %v679 to %v680 step %v681 {
        %v683 = arith.index_cast %v682 : index to i64
        %v684 = arith.subi %v343, %v339 : i64
        %v685 = arith.subi %v684, %v683 : i64
        %v686 = arith.muli %v685, %v338 : i64
        %v687 = arith.subi %size_L, %v686 : i64
        %v688 = arith.minsi %v687, %v338 : i64
        %v693 = arith.muli %v685, %v692 : i64
        %v694 = arith.muli %v69, %v348 : i64
        %v695 = arith.muli %v67, %v347 : i64
        %v696 = arith.addi %v694, %v695 : i64
        %v697 = arith.addi %v693, %v696 : i64
        %v698 = llvm.getelementptr %ckpt_h[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v699 = llvm.load %v698 : !llvm.ptr -> f32
        llvm.store %v699, %v23 : f32, !llvm.ptr
        %v704 = arith.muli %v685, %v703 : i64
        %v705 = arith.muli %v69, %v348 : i64
        %v706 = arith.muli %v67, %v347 : i64
        %v707 = arith.addi %v705, %v706 : i64
        %v708 = arith.constant 1 : i64
        %v709 = arith.muli %v708, %v346 : i64
        %v710 = arith.addi %v707, %v709 : i64
        %v711 = arith.addi %v704, %v710 : i64
        %v712 = llvm.getelementptr %ckpt_h[%v711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v713 = llvm.load %v712 : !llvm.ptr -> f32
        llvm.store %v713, %v24 : f32, !llvm.ptr
        %v718 = arith.muli %v685, %v717 : i64
        %v719 = arith.muli %v69, %v348 : i64
        %v720 = arith.muli %v67, %v347 : i64
        %v721 = arith.addi %v719, %v720 : i64
        %v722 = arith.constant 2 : i64
        %v723 = arith.muli %v722, %v346 : i64
        %v724 = arith.addi %v721, %v723 : i64
        %v725 = arith.addi %v718, %v724 : i64
        %v726 = llvm.getelementptr %ckpt_h[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v727 = llvm.load %v726 : !llvm.ptr -> f32
        llvm.store %v727, %v25 : f32, !llvm.ptr
        %v732 = arith.muli %v685, %v731 : i64
        %v733 = arith.muli %v69, %v348 : i64
        %v734 = arith.muli %v67, %v347 : i64
        %v735 = arith.addi %v733, %v734 : i64
        %v736 = arith.constant 3 : i64
        %v737 = arith.muli %v736, %v346 : i64
        %v738 = arith.addi %v735, %v737 : i64
        %v739 = arith.addi %v732, %v738 : i64
        %v740 = llvm.getelementptr %ckpt_h[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v741 = llvm.load %v740 : !llvm.ptr -> f32
        llvm.store %v741, %v26 : f32, !llvm.ptr
        %v746 = arith.muli %v685, %v745 : i64
        %v747 = arith.muli %v69, %v348 : i64
        %v748 = arith.muli %v67, %v347 : i64
        %v749 = arith.addi %v747, %v748 : i64
        %v750 = arith.constant 4 : i64
        %v751 = arith.muli %v750, %v346 : i64
        %v752 = arith.addi %v749, %v751 : i64
        %v753 = arith.addi %v746, %v752 : i64
        %v754 = llvm.getelementptr %ckpt_h[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v755 = llvm.load %v754 : !llvm.ptr -> f32
        llvm.store %v755, %v27 : f32, !llvm.ptr
        %v760 = arith.muli %v685, %v759 : i64
        %v761 = arith.muli %v69, %v348 : i64
        %v762 = arith.muli %v67, %v347 : i64
        %v763 = arith.addi %v761, %v762 : i64
        %v764 = arith.constant 5 : i64
        %v765 = arith.muli %v764, %v346 : i64
        %v766 = arith.addi %v763, %v765 : i64
        %v767 = arith.addi %v760, %v766 : i64
        %v768 = llvm.getelementptr %ckpt_h[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v769 = llvm.load %v768 : !llvm.ptr -> f32
        llvm.store %v769, %v28 : f32, !llvm.ptr
        %v774 = arith.muli %v685, %v773 : i64
        %v775 = arith.muli %v69, %v348 : i64
        %v776 = arith.muli %v67, %v347 : i64
        %v777 = arith.addi %v775, %v776 : i64
        %v778 = arith.constant 6 : i64
        %v779 = arith.muli %v778, %v346 : i64
        %v780 = arith.addi %v777, %v779 : i64
        %v781 = arith.addi %v774, %v780 : i64
        %v782 = llvm.getelementptr %ckpt_h[%v781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v783 = llvm.load %v782 : !llvm.ptr -> f32
        llvm.store %v783, %v29 : f32, !llvm.ptr
        %v788 = arith.muli %v685, %v787 : i64
        %v789 = arith.muli %v69, %v348 : i64
        %v790 = arith.muli %v67, %v347 : i64
        %v791 = arith.addi %v789, %v790 : i64
        %v792 = arith.constant 7 : i64
        %v793 = arith.muli %v792, %v346 : i64
        %v794 = arith.addi %v791, %v793 : i64
        %v795 = arith.addi %v788, %v794 : i64
        %v796 = llvm.getelementptr %ckpt_h[%v795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v797 = llvm.load %v796 : !llvm.ptr -> f32
        llvm.store %v797, %v30 : f32, !llvm.ptr
        %v802 = arith.muli %v685, %v801 : i64
        %v803 = arith.muli %v69, %v348 : i64
        %v804 = arith.muli %v67, %v347 : i64
        %v805 = arith.addi %v803, %v804 : i64
        %v806 = arith.constant 8 : i64
        %v807 = arith.muli %v806, %v346 : i64
        %v808 = arith.addi %v805, %v807 : i64
        %v809 = arith.addi %v802, %v808 : i64
        %v810 = llvm.getelementptr %ckpt_h[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v811 = llvm.load %v810 : !llvm.ptr -> f32
        llvm.store %v811, %v31 : f32, !llvm.ptr
        %v816 = arith.muli %v685, %v815 : i64
        %v817 = arith.muli %v69, %v348 : i64
        %v818 = arith.muli %v67, %v347 : i64
        %v819 = arith.addi %v817, %v818 : i64
        %v820 = arith.constant 9 : i64
        %v821 = arith.muli %v820, %v346 : i64
        %v822 = arith.addi %v819, %v821 : i64
        %v823 = arith.addi %v816, %v822 : i64
        %v824 = llvm.getelementptr %ckpt_h[%v823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v825 = llvm.load %v824 : !llvm.ptr -> f32
        llvm.store %v825, %v32 : f32, !llvm.ptr
        %v830 = arith.muli %v685, %v829 : i64
        %v831 = arith.muli %v69, %v348 : i64
        %v832 = arith.muli %v67, %v347 : i64
        %v833 = arith.addi %v831, %v832 : i64
        %v834 = arith.constant 10 : i64
        %v835 = arith.muli %v834, %v346 : i64
        %v836 = arith.addi %v833, %v835 : i64
        %v837 = arith.addi %v830, %v836 : i64
        %v838 = llvm.getelementptr %ckpt_h[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v839 = llvm.load %v838 : !llvm.ptr -> f32
        llvm.store %v839, %v33 : f32, !llvm.ptr
        %v844 = arith.muli %v685, %v843 : i64
        %v845 = arith.muli %v69, %v348 : i64
        %v846 = arith.muli %v67, %v347 : i64
        %v847 = arith.addi %v845, %v846 : i64
        %v848 = arith.constant 11 : i64
        %v849 = arith.muli %v848, %v346 : i64
        %v850 = arith.addi %v847, %v849 : i64
        %v851 = arith.addi %v844, %v850 : i64
        %v852 = llvm.getelementptr %ckpt_h[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v853 = llvm.load %v852 : !llvm.ptr -> f32
        llvm.store %v853, %v34 : f32, !llvm.ptr
        %v858 = arith.muli %v685, %v857 : i64
        %v859 = arith.muli %v69, %v348 : i64
        %v860 = arith.muli %v67, %v347 : i64
        %v861 = arith.addi %v859, %v860 : i64
        %v862 = arith.constant 12 : i64
        %v863 = arith.muli %v862, %v346 : i64
        %v864 = arith.addi %v861, %v863 : i64
        %v865 = arith.addi %v858, %v864 : i64
        %v866 = llvm.getelementptr %ckpt_h[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v867 = llvm.load %v866 : !llvm.ptr -> f32
        llvm.store %v867, %v35 : f32, !llvm.ptr
        %v872 = arith.muli %v685, %v871 : i64
        %v873 = arith.muli %v69, %v348 : i64
        %v874 = arith.muli %v67, %v347 : i64
        %v875 = arith.addi %v873, %v874 : i64
        %v876 = arith.constant 13 : i64
        %v877 = arith.muli %v876, %v346 : i64
        %v878 = arith.addi %v875, %v877 : i64
        %v879 = arith.addi %v872, %v878 : i64
        %v880 = llvm.getelementptr %ckpt_h[%v879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v881 = llvm.load %v880 : !llvm.ptr -> f32
        llvm.store %v881, %v36 : f32, !llvm.ptr
        %v886 = arith.muli %v685, %v885 : i64
        %v887 = arith.muli %v69, %v348 : i64
        %v888 = arith.muli %v67, %v347 : i64
        %v889 = arith.addi %v887, %v888 : i64
        %v890 = arith.constant 14 : i64
        %v891 = arith.muli %v890, %v346 : i64
        %v892 = arith.addi %v889, %v891 : i64
        %v893 = arith.addi %v886, %v892 : i64
        %v894 = llvm.getelementptr %ckpt_h[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v895 = llvm.load %v894 : !llvm.ptr -> f32
        llvm.store %v895, %v37 : f32, !llvm.ptr
        %v900 = arith.muli %v685, %v899 : i64
        %v901 = arith.muli %v69, %v348 : i64
        %v902 = arith.muli %v67, %v347 : i64
        %v903 = arith.addi %v901, %v902 : i64
        %v904 = arith.constant 15 : i64
        %v905 = arith.muli %v904, %v346 : i64
        %v906 = arith.addi %v903, %v905 : i64
        %v907 = arith.addi %v900, %v906 : i64
        %v908 = llvm.getelementptr %ckpt_h[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v909 = llvm.load %v908 : !llvm.ptr -> f32
        llvm.store %v909, %v38 : f32, !llvm.ptr
        %v910 = arith.index_cast %v340 : i64 to index
        %v911 = arith.index_cast %v688 : i64 to index
        %v912 = arith.index_cast %v339 : i64 to index
        scf.for %v913 = %v910 to %v911 step %v912 {
          %v914 = arith.index_cast %v913 : index to i64
          %v915 = arith.addi %v686, %v914 : i64
          %v919 = arith.muli %v69, %v918 : i64
          %v920 = arith.muli %v915, %v917 : i64
          %v921 = arith.addi %v919, %v920 : i64
          %v922 = arith.muli %v67, %v916 : i64
          %v923 = arith.addi %v921, %v922 : i64
          %v924 = llvm.getelementptr %in_delta[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v925 = llvm.load %v924 : !llvm.ptr -> f32
          %v927 = arith.muli %v67, %v926 : i64
          %v928 = llvm.getelementptr %in_dt_bias[%v927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v929 = llvm.load %v928 : !llvm.ptr -> f32
          %v930 = arith.addf %v925, %v929 : f32
          %v931 = arith.maximumf %v930, %v336 : f32
          %v932 = llvm.call_intrinsic "llvm.fabs.f32"(%v930) : (f32) -> f32
          %v933 = arith.negf %v932 : f32
          %v935 = arith.mulf %v933, %v934 : f32
          %v936 = llvm.call_intrinsic "llvm.exp2.f32"(%v935) : (f32) -> f32
          %v937 = arith.addf %v337, %v936 : f32
          %v938 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v937) : (f32) -> f32
          %v940 = arith.mulf %v938, %v939 : f32
          %v943 = arith.mulf %v941, %v936 : f32
          %v944 = arith.addf %v943, %v942 : f32
          %v946 = arith.mulf %v944, %v936 : f32
          %v947 = arith.addf %v946, %v945 : f32
          %v949 = arith.mulf %v947, %v936 : f32
          %v950 = arith.addf %v949, %v948 : f32
          %v952 = arith.mulf %v950, %v936 : f32
          %v953 = arith.addf %v952, %v951 : f32
          %v955 = arith.mulf %v953, %v936 : f32
          %v956 = arith.addf %v955, %v954 : f32
          %v957 = arith.mulf %v956, %v936 : f32
          %v958 = arith.addf %v957, %v337 : f32
          %v959 = arith.mulf %v958, %v936 : f32
          %v960 = llvm.call_intrinsic "llvm.fabs.f32"(%v936) : (f32) -> f32
          %v962 = arith.cmpf olt, %v960, %v961 : f32
          %v963 = arith.select %v962, %v959, %v940 : f32
          %v964 = arith.addf %v931, %v963 : f32
          %v967 = arith.muli %v67, %v966 : i64
          %v968 = llvm.getelementptr %in_A[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v969 = llvm.load %v968 : !llvm.ptr -> f32
          %v970 = arith.mulf %v964, %v969 : f32
          %v971 = arith.mulf %v970, %v934 : f32
          %v972 = llvm.call_intrinsic "llvm.exp2.f32"(%v971) : (f32) -> f32
          %v976 = arith.muli %v69, %v975 : i64
          %v977 = arith.muli %v915, %v974 : i64
          %v978 = arith.addi %v976, %v977 : i64
          %v979 = llvm.getelementptr %in_Bm[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v980 = llvm.load %v979 : !llvm.ptr -> f32
          %v981 = arith.mulf %v964, %v980 : f32
          %v982 = arith.muli %v69, %v918 : i64
          %v983 = arith.muli %v915, %v917 : i64
          %v984 = arith.addi %v982, %v983 : i64
          %v985 = arith.muli %v67, %v916 : i64
          %v986 = arith.addi %v984, %v985 : i64
          %v987 = llvm.getelementptr %in_u[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v988 = llvm.load %v987 : !llvm.ptr -> f32
          %v989 = arith.mulf %v981, %v988 : f32
          %v990 = llvm.load %v23 : !llvm.ptr -> f32
          %v991 = arith.mulf %v972, %v990 : f32
          %v992 = arith.addf %v991, %v989 : f32
          scf.if %v63 {
            %v993 = arith.muli %v914, %v4 : i64
            %v995 = arith.subi %v4, %v994 : i64
            %v996 = arith.minsi %v62, %v995 : i64
            %v997 = arith.addi %v993, %v996 : i64
            %v999 = arith.muli %v997, %v998 : i64
            %v1001 = arith.addi %v999, %v1000 : i64
            %v1002 = llvm.getelementptr %scratch_h[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v992, %v1002 : f32, !llvm.ptr
          }
          llvm.store %v992, %v23 : f32, !llvm.ptr
          %v1003 = arith.muli %v67, %v966 : i64
          %v1004 = arith.constant 1 : i64
          %v1005 = arith.muli %v1004, %v965 : i64
          %v1006 = arith.addi %v1003, %v1005 : i64
          %v1007 = llvm.getelementptr %in_A[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
          %v1009 = arith.mulf %v964, %v1008 : f32
          %v1010 = arith.mulf %v1009, %v934 : f32
          %v1011 = llvm.call_intrinsic "llvm.exp2.f32"(%v1010) : (f32) -> f32
          %v1012 = arith.muli %v69, %v975 : i64
          %v1013 = arith.muli %v915, %v974 : i64
          %v1014 = arith.addi %v1012, %v1013 : i64
          %v1015 = arith.constant 1 : i64
          %v1016 = arith.muli %v1015, %v973 : i64
          %v1017 = arith.addi %v1014, %v1016 : i64
          %v1018 = llvm.getelementptr %in_Bm[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
          %v1020 = arith.mulf %v964, %v1019 : f32
          %v1021 = arith.mulf %v1020, %v988 : f32
          %v1022 = llvm.load %v24 : !llvm.ptr -> f32
          %v1023 = arith.mulf %v1011, %v1022 : f32
          %v1024 = arith.addf %v1023, %v1021 : f32
          scf.if %v63 {
            %v1025 = arith.muli %v914, %v4 : i64
            %v1027 = arith.subi %v4, %v1026 : i64
            %v1028 = arith.minsi %v62, %v1027 : i64
            %v1029 = arith.addi %v1025, %v1028 : i64
            %v1031 = arith.muli %v1029, %v1030 : i64
            %v1033 = arith.addi %v1031, %v1032 : i64
            %v1034 = llvm.getelementptr %scratch_h[%v1033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1024, %v1034 : f32, !llvm.ptr
          }
          llvm.store %v1024, %v24 : f32, !llvm.ptr
          %v1035 = arith.muli %v67, %v966 : i64
          %v1036 = arith.constant 2 : i64
          %v1037 = arith.muli %v1036, %v965 : i64
          %v1038 = arith.addi %v1035, %v1037 : i64
          %v1039 = llvm.getelementptr %in_A[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
          %v1041 = arith.mulf %v964, %v1040 : f32
          %v1042 = arith.mulf %v1041, %v934 : f32
          %v1043 = llvm.call_intrinsic "llvm.exp2.f32"(%v1042) : (f32) -> f32
          %v1044 = arith.muli %v69, %v975 : i64
          %v1045 = arith.muli %v915, %v974 : i64
          %v1046 = arith.addi %v1044, %v1045 : i64
          %v1047 = arith.constant 2 : i64
          %v1048 = arith.muli %v1047, %v973 : i64
          %v1049 = arith.addi %v1046, %v1048 : i64
          %v1050 = llvm.getelementptr %in_Bm[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
          %v1052 = arith.mulf %v964, %v1051 : f32
          %v1053 = arith.mulf %v1052, %v988 : f32
          %v1054 = llvm.load %v25 : !llvm.ptr -> f32
          %v1055 = arith.mulf %v1043, %v1054 : f32
          %v1056 = arith.addf %v1055, %v1053 : f32
          scf.if %v63 {
            %v1057 = arith.muli %v914, %v4 : i64
            %v1059 = arith.subi %v4, %v1058 : i64
            %v1060 = arith.minsi %v62, %v1059 : i64
            %v1061 = arith.addi %v1057, %v1060 : i64
            %v1063 = arith.muli %v1061, %v1062 : i64
            %v1065 = arith.addi %v1063, %v1064 : i64
            %v1066 = llvm.getelementptr %scratch_h[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1056, %v1066 : f32, !llvm.ptr
          }
          llvm.store %v1056, %v25 : f32, !llvm.ptr
          %v1067 = arith.muli %v67, %v966 : i64
          %v1068 = arith.constant 3 : i64
          %v1069 = arith.muli %v1068, %v965 : i64
          %v1070 = arith.addi %v1067, %v1069 : i64
          %v1071 = llvm.getelementptr %in_A[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
          %v1073 = arith.mulf %v964, %v1072 : f32
          %v1074 = arith.mulf %v1073, %v934 : f32
          %v1075 = llvm.call_intrinsic "llvm.exp2.f32"(%v1074) : (f32) -> f32
          %v1076 = arith.muli %v69, %v975 : i64
          %v1077 = arith.muli %v915, %v974 : i64
          %v1078 = arith.addi %v1076, %v1077 : i64
          %v1079 = arith.constant 3 : i64
          %v1080 = arith.muli %v1079, %v973 : i64
          %v1081 = arith.addi %v1078, %v1080 : i64
          %v1082 = llvm.getelementptr %in_Bm[%v1081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
          %v1084 = arith.mulf %v964, %v1083 : f32
          %v1085 = arith.mulf %v1084, %v988 : f32
          %v1086 = llvm.load %v26 : !llvm.ptr -> f32
          %v1087 = arith.mulf %v1075, %v1086 : f32
          %v1088 = arith.addf %v1087, %v1085 : f32
          scf.if %v63 {
            %v1089 = arith.muli %v914, %v4 : i64
            %v1091 = arith.subi %v4, %v1090 : i64
            %v1092 = arith.minsi %v62, %v1091 : i64
            %v1093 = arith.addi %v1089, %v1092 : i64
            %v1095 = arith.muli %v1093, %v1094 : i64
            %v1097 = arith.addi %v1095, %v1096 : i64
            %v1098 = llvm.getelementptr %scratch_h[%v1097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1088, %v1098 : f32, !llvm.ptr
          }
          llvm.store %v1088, %v26 : f32, !llvm.ptr
          %v1099 = arith.muli %v67, %v966 : i64
          %v1100 = arith.constant 4 : i64
          %v1101 = arith.muli %v1100, %v965 : i64
          %v1102 = arith.addi %v1099, %v1101 : i64
          %v1103 = llvm.getelementptr %in_A[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
          %v1105 = arith.mulf %v964, %v1104 : f32
          %v1106 = arith.mulf %v1105, %v934 : f32
          %v1107 = llvm.call_intrinsic "llvm.exp2.f32"(%v1106) : (f32) -> f32
          %v1108 = arith.muli %v69, %v975 : i64
          %v1109 = arith.muli %v915, %v974 : i64
          %v1110 = arith.addi %v1108, %v1109 : i64
          %v1111 = arith.constant 4 : i64
          %v1112 = arith.muli %v1111, %v973 : i64
          %v1113 = arith.addi %v1110, %v1112 : i64
          %v1114 = llvm.getelementptr %in_Bm[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1115 = llvm.load %v1114 : !llvm.ptr -> f32
          %v1116 = arith.mulf %v964, %v1115 : f32
          %v1117 = arith.mulf %v1116, %v988 : f32
          %v1118 = llvm.load %v27 : !llvm.ptr -> f32
          %v1119 = arith.mulf %v1107, %v1118 : f32
          %v1120 = arith.addf %v1119, %v1117 : f32
          scf.if %v63 {
            %v1121 = arith.muli %v914, %v4 : i64
            %v1123 = arith.subi %v4, %v1122 : i64
            %v1124 = arith.minsi %v62, %v1123 : i64
            %v1125 = arith.addi %v1121, %v1124 : i64
            %v1127 = arith.muli %v1125, %v1126 : i64
            %v1129 = arith.addi %v1127, %v1128 : i64
            %v1130 = llvm.getelementptr %scratch_h[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1120, %v1130 : f32, !llvm.ptr
          }
          llvm.store %v1120, %v27 : f32, !llvm.ptr
          %v1131 = arith.muli %v67, %v966 : i64
          %v1132 = arith.constant 5 : i64
          %v1133 = arith.muli %v1132, %v965 : i64
          %v1134 = arith.addi %v1131, %v1133 : i64
          %v1135 = llvm.getelementptr %in_A[%v1134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1136 = llvm.load %v1135 : !llvm.ptr -> f32
          %v1137 = arith.mulf %v964, %v1136 : f32
          %v1138 = arith.mulf %v1137, %v934 : f32
          %v1139 = llvm.call_intrinsic "llvm.exp2.f32"(%v1138) : (f32) -> f32
          %v1140 = arith.muli %v69, %v975 : i64
          %v1141 = arith.muli %v915, %v974 : i64
          %v1142 = arith.addi %v1140, %v1141 : i64
          %v1143 = arith.constant 5 : i64
          %v1144 = arith.muli %v1143, %v973 : i64
          %v1145 = arith.addi %v1142, %v1144 : i64
          %v1146 = llvm.getelementptr %in_Bm[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
          %v1148 = arith.mulf %v964, %v1147 : f32
          %v1149 = arith.mulf %v1148, %v988 : f32
          %v1150 = llvm.load %v28 : !llvm.ptr -> f32
          %v1151 = arith.mulf %v1139, %v1150 : f32
          %v1152 = arith.addf %v1151, %v1149 : f32
          scf.if %v63 {
            %v1153 = arith.muli %v914, %v4 : i64
            %v1155 = arith.subi %v4, %v1154 : i64
            %v1156 = arith.minsi %v62, %v1155 : i64
            %v1157 = arith.addi %v1153, %v1156 : i64
            %v1159 = arith.muli %v1157, %v1158 : i64
            %v1161 = arith.addi %v1159, %v1160 : i64
            %v1162 = llvm.getelementptr %scratch_h[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1152, %v1162 : f32, !llvm.ptr
          }
          llvm.store %v1152, %v28 : f32, !llvm.ptr
          %v1163 = arith.muli %v67, %v966 : i64
          %v1164 = arith.constant 6 : i64
          %v1165 = arith.muli %v1164, %v965 : i64
          %v1166 = arith.addi %v1163, %v1165 : i64
          %v1167 = llvm.getelementptr %in_A[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
          %v1169 = arith.mulf %v964, %v1168 : f32
          %v1170 = arith.mulf %v1169, %v934 : f32
          %v1171 = llvm.call_intrinsic "llvm.exp2.f32"(%v1170) : (f32) -> f32
          %v1172 = arith.muli %v69, %v975 : i64
          %v1173 = arith.muli %v915, %v974 : i64
          %v1174 = arith.addi %v1172, %v1173 : i64
          %v1175 = arith.constant 6 : i64
          %v1176 = arith.muli %v1175, %v973 : i64
          %v1177 = arith.addi %v1174, %v1176 : i64
          %v1178 = llvm.getelementptr %in_Bm[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1179 = llvm.load %v1178 : !llvm.ptr -> f32
          %v1180 = arith.mulf %v964, %v1179 : f32
          %v1181 = arith.mulf %v1180, %v988 : f32
          %v1182 = llvm.load %v29 : !llvm.ptr -> f32
          %v1183 = arith.mulf %v1171, %v1182 : f32
          %v1184 = arith.addf %v1183, %v1181 : f32
          scf.if %v63 {
            %v1185 = arith.muli %v914, %v4 : i64
            %v1187 = arith.subi %v4, %v1186 : i64
            %v1188 = arith.minsi %v62, %v1187 : i64
            %v1189 = arith.addi %v1185, %v1188 : i64
            %v1191 = arith.muli %v1189, %v1190 : i64
            %v1193 = arith.addi %v1191, %v1192 : i64
            %v1194 = llvm.getelementptr %scratch_h[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1184, %v1194 : f32, !llvm.ptr
          }
          llvm.store %v1184, %v29 : f32, !llvm.ptr
          %v1195 = arith.muli %v67, %v966 : i64
          %v1196 = arith.constant 7 : i64
          %v1197 = arith.muli %v1196, %v965 : i64
          %v1198 = arith.addi %v1195, %v1197 : i64
          %v1199 = llvm.getelementptr %in_A[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
          %v1201 = arith.mulf %v964, %v1200 : f32
          %v1202 = arith.mulf %v1201, %v934 : f32
          %v1203 = llvm.call_intrinsic "llvm.exp2.f32"(%v1202) : (f32) -> f32
          %v1204 = arith.muli %v69, %v975 : i64
          %v1205 = arith.muli %v915, %v974 : i64
          %v1206 = arith.addi %v1204, %v1205 : i64
          %v1207 = arith.constant 7 : i64
          %v1208 = arith.muli %v1207, %v973 : i64
          %v1209 = arith.addi %v1206, %v1208 : i64
          %v1210 = llvm.getelementptr %in_Bm[%v1209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1211 = llvm.load %v1210 : !llvm.ptr -> f32
          %v1212 = arith.mulf %v964, %v1211 : f32
          %v1213 = arith.mulf %v1212, %v988 : f32
          %v1214 = llvm.load %v30 : !llvm.ptr -> f32
          %v1215 = arith.mulf %v1203, %v1214 : f32
          %v1216 = arith.addf %v1215, %v1213 : f32
          scf.if %v63 {
            %v1217 = arith.muli %v914, %v4 : i64
            %v1219 = arith.subi %v4, %v1218 : i64
            %v1220 = arith.minsi %v62, %v1219 : i64
            %v1221 = arith.addi %v1217, %v1220 : i64
            %v1223 = arith.muli %v1221, %v1222 : i64
            %v1225 = arith.addi %v1223, %v1224 : i64
            %v1226 = llvm.getelementptr %scratch_h[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1216, %v1226 : f32, !llvm.ptr
          }
          llvm.store %v1216, %v30 : f32, !llvm.ptr
          %v1227 = arith.muli %v67, %v966 : i64
          %v1228 = arith.constant 8 : i64
          %v1229 = arith.muli %v1228, %v965 : i64
          %v1230 = arith.addi %v1227, %v1229 : i64
          %v1231 = llvm.getelementptr %in_A[%v1230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1232 = llvm.load %v1231 : !llvm.ptr -> f32
          %v1233 = arith.mulf %v964, %v1232 : f32
          %v1234 = arith.mulf %v1233, %v934 : f32
          %v1235 = llvm.call_intrinsic "llvm.exp2.f32"(%v1234) : (f32) -> f32
          %v1236 = arith.muli %v69, %v975 : i64
          %v1237 = arith.muli %v915, %v974 : i64
          %v1238 = arith.addi %v1236, %v1237 : i64
          %v1239 = arith.constant 8 : i64
          %v1240 = arith.muli %v1239, %v973 : i64
          %v1241 = arith.addi %v1238, %v1240 : i64
          %v1242 = llvm.getelementptr %in_Bm[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
          %v1244 = arith.mulf %v964, %v1243 : f32
          %v1245 = arith.mulf %v1244, %v988 : f32
          %v1246 = llvm.load %v31 : !llvm.ptr -> f32
          %v1247 = arith.mulf %v1235, %v1246 : f32
          %v1248 = arith.addf %v1247, %v1245 : f32
          scf.if %v63 {
            %v1249 = arith.muli %v914, %v4 : i64
            %v1251 = arith.subi %v4, %v1250 : i64
            %v1252 = arith.minsi %v62, %v1251 : i64
            %v1253 = arith.addi %v1249, %v1252 : i64
            %v1255 = arith.muli %v1253, %v1254 : i64
            %v1257 = arith.addi %v1255, %v1256 : i64
            %v1258 = llvm.getelementptr %scratch_h[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1248, %v1258 : f32, !llvm.ptr
          }
          llvm.store %v1248, %v31 : f32, !llvm.ptr
          %v1259 = arith.muli %v67, %v966 : i64
          %v1260 = arith.constant 9 : i64
          %v1261 = arith.muli %v1260, %v965 : i64
          %v1262 = arith.addi %v1259, %v1261 : i64
          %v1263 = llvm.getelementptr %in_A[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1264 = llvm.load %v1263 : !llvm.ptr -> f32
          %v1265 = arith.mulf %v964, %v1264 : f32
          %v1266 = arith.mulf %v1265, %v934 : f32
          %v1267 = llvm.call_intrinsic "llvm.exp2.f32"(%v1266) : (f32) -> f32
          %v1268 = arith.muli %v69, %v975 : i64
          %v1269 = arith.muli %v915, %v974 : i64
          %v1270 = arith.addi %v1268, %v1269 : i64
          %v1271 = arith.constant 9 : i64
          %v1272 = arith.muli %v1271, %v973 : i64
          %v1273 = arith.addi %v1270, %v1272 : i64
          %v1274 = llvm.getelementptr %in_Bm[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
          %v1276 = arith.mulf %v964, %v1275 : f32
          %v1277 = arith.mulf %v1276, %v988 : f32
          %v1278 = llvm.load %v32 : !llvm.ptr -> f32
          %v1279 = arith.mulf %v1267, %v1278 : f32
          %v1280 = arith.addf %v1279, %v1277 : f32
          scf.if %v63 {
            %v1281 = arith.muli %v914, %v4 : i64
            %v1283 = arith.subi %v4, %v1282 : i64
            %v1284 = arith.minsi %v62, %v1283 : i64
            %v1285 = arith.addi %v1281, %v1284 : i64
            %v1287 = arith.muli %v1285, %v1286 : i64
            %v1289 = arith.addi %v1287, %v1288 : i64
            %v1290 = llvm.getelementptr %scratch_h[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1280, %v1290 : f32, !llvm.ptr
          }
          llvm.store %v1280, %v32 : f32, !llvm.ptr
          %v1291 = arith.muli %v67, %v966 : i64
          %v1292 = arith.constant 10 : i64
          %v1293 = arith.muli %v1292, %v965 : i64
          %v1294 = arith.addi %v1291, %v1293 : i64
          %v1295 = llvm.getelementptr %in_A[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
          %v1297 = arith.mulf %v964, %v1296 : f32
          %v1298 = arith.mulf %v1297, %v934 : f32
          %v1299 = llvm.call_intrinsic "llvm.exp2.f32"(%v1298) : (f32) -> f32
          %v1300 = arith.muli %v69, %v975 : i64
          %v1301 = arith.muli %v915, %v974 : i64
          %v1302 = arith.addi %v1300, %v1301 : i64
          %v1303 = arith.constant 10 : i64
          %v1304 = arith.muli %v1303, %v973 : i64
          %v1305 = arith.addi %v1302, %v1304 : i64
          %v1306 = llvm.getelementptr %in_Bm[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1307 = llvm.load %v1306 : !llvm.ptr -> f32
          %v1308 = arith.mulf %v964, %v1307 : f32
          %v1309 = arith.mulf %v1308, %v988 : f32
          %v1310 = llvm.load %v33 : !llvm.ptr -> f32
          %v1311 = arith.mulf %v1299, %v1310 : f32
          %v1312 = arith.addf %v1311, %v1309 : f32
          scf.if %v63 {
            %v1313 = arith.muli %v914, %v4 : i64
            %v1315 = arith.subi %v4, %v1314 : i64
            %v1316 = arith.minsi %v62, %v1315 : i64
            %v1317 = arith.addi %v1313, %v1316 : i64
            %v1319 = arith.muli %v1317, %v1318 : i64
            %v1321 = arith.addi %v1319, %v1320 : i64
            %v1322 = llvm.getelementptr %scratch_h[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1312, %v1322 : f32, !llvm.ptr
          }
          llvm.store %v1312, %v33 : f32, !llvm.ptr
          %v1323 = arith.muli %v67, %v966 : i64
          %v1324 = arith.constant 11 : i64
          %v1325 = arith.muli %v1324, %v965 : i64
          %v1326 = arith.addi %v1323, %v1325 : i64
          %v1327 = llvm.getelementptr %in_A[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
          %v1329 = arith.mulf %v964, %v1328 : f32
          %v1330 = arith.mulf %v1329, %v934 : f32
          %v1331 = llvm.call_intrinsic "llvm.exp2.f32"(%v1330) : (f32) -> f32
          %v1332 = arith.muli %v69, %v975 : i64
          %v1333 = arith.muli %v915, %v974 : i64
          %v1334 = arith.addi %v1332, %v1333 : i64
          %v1335 = arith.constant 11 : i64
          %v1336 = arith.muli %v1335, %v973 : i64
          %v1337 = arith.addi %v1334, %v1336 : i64
          %v1338 = llvm.getelementptr %in_Bm[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1339 = llvm.load %v1338 : !llvm.ptr -> f32
          %v1340 = arith.mulf %v964, %v1339 : f32
          %v1341 = arith.mulf %v1340, %v988 : f32
          %v1342 = llvm.load %v34 : !llvm.ptr -> f32
          %v1343 = arith.mulf %v1331, %v1342 : f32
          %v1344 = arith.addf %v1343, %v1341 : f32
          scf.if %v63 {
            %v1345 = arith.muli %v914, %v4 : i64
            %v1347 = arith.subi %v4, %v1346 : i64
            %v1348 = arith.minsi %v62, %v1347 : i64
            %v1349 = arith.addi %v1345, %v1348 : i64
            %v1351 = arith.muli %v1349, %v1350 : i64
            %v1353 = arith.addi %v1351, %v1352 : i64
            %v1354 = llvm.getelementptr %scratch_h[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1344, %v1354 : f32, !llvm.ptr
          }
          llvm.store %v1344, %v34 : f32, !llvm.ptr
          %v1355 = arith.muli %v67, %v966 : i64
          %v1356 = arith.constant 12 : i64
          %v1357 = arith.muli %v1356, %v965 : i64
          %v1358 = arith.addi %v1355, %v1357 : i64
          %v1359 = llvm.getelementptr %in_A[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
          %v1361 = arith.mulf %v964, %v1360 : f32
          %v1362 = arith.mulf %v1361, %v934 : f32
          %v1363 = llvm.call_intrinsic "llvm.exp2.f32"(%v1362) : (f32) -> f32
          %v1364 = arith.muli %v69, %v975 : i64
          %v1365 = arith.muli %v915, %v974 : i64
          %v1366 = arith.addi %v1364, %v1365 : i64
          %v1367 = arith.constant 12 : i64
          %v1368 = arith.muli %v1367, %v973 : i64
          %v1369 = arith.addi %v1366, %v1368 : i64
          %v1370 = llvm.getelementptr %in_Bm[%v1369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
          %v1372 = arith.mulf %v964, %v1371 : f32
          %v1373 = arith.mulf %v1372, %v988 : f32
          %v1374 = llvm.load %v35 : !llvm.ptr -> f32
          %v1375 = arith.mulf %v1363, %v1374 : f32
          %v1376 = arith.addf %v1375, %v1373 : f32
          scf.if %v63 {
            %v1377 = arith.muli %v914, %v4 : i64
            %v1379 = arith.subi %v4, %v1378 : i64
            %v1380 = arith.minsi %v62, %v1379 : i64
            %v1381 = arith.addi %v1377, %v1380 : i64
            %v1383 = arith.muli %v1381, %v1382 : i64
            %v1385 = arith.addi %v1383, %v1384 : i64
            %v1386 = llvm.getelementptr %scratch_h[%v1385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1376, %v1386 : f32, !llvm.ptr
          }
          llvm.store %v1376, %v35 : f32, !llvm.ptr
          %v1387 = arith.muli %v67, %v966 : i64
          %v1388 = arith.constant 13 : i64
          %v1389 = arith.muli %v1388, %v965 : i64
          %v1390 = arith.addi %v1387, %v1389 : i64
          %v1391 = llvm.getelementptr %in_A[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
          %v1393 = arith.mulf %v964, %v1392 : f32
          %v1394 = arith.mulf %v1393, %v934 : f32
          %v1395 = llvm.call_intrinsic "llvm.exp2.f32"(%v1394) : (f32) -> f32
          %v1396 = arith.muli %v69, %v975 : i64
          %v1397 = arith.muli %v915, %v974 : i64
          %v1398 = arith.addi %v1396, %v1397 : i64
          %v1399 = arith.constant 13 : i64
          %v1400 = arith.muli %v1399, %v973 : i64
          %v1401 = arith.addi %v1398, %v1400 : i64
          %v1402 = llvm.getelementptr %in_Bm[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
          %v1404 = arith.mulf %v964, %v1403 : f32
          %v1405 = arith.mulf %v1404, %v988 : f32
          %v1406 = llvm.load %v36 : !llvm.ptr -> f32
          %v1407 = arith.mulf %v1395, %v1406 : f32
          %v1408 = arith.addf %v1407, %v1405 : f32
          scf.if %v63 {
            %v1409 = arith.muli %v914, %v4 : i64
            %v1411 = arith.subi %v4, %v1410 : i64
            %v1412 = arith.minsi %v62, %v1411 : i64
            %v1413 = arith.addi %v1409, %v1412 : i64
            %v1415 = arith.muli %v1413, %v1414 : i64
            %v1417 = arith.addi %v1415, %v1416 : i64
            %v1418 = llvm.getelementptr %scratch_h[%v1417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1408, %v1418 : f32, !llvm.ptr
          }
          llvm.store %v1408, %v36 : f32, !llvm.ptr
          %v1419 = arith.muli %v67, %v966 : i64
          %v1420 = arith.constant 14 : i64
          %v1421 = arith.muli %v1420, %v965 : i64
          %v1422 = arith.addi %v1419, %v1421 : i64
          %v1423 = llvm.getelementptr %in_A[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
          %v1425 = arith.mulf %v964, %v1424 : f32
          %v1426 = arith.mulf %v1425, %v934 : f32
          %v1427 = llvm.call_intrinsic "llvm.exp2.f32"(%v1426) : (f32) -> f32
          %v1428 = arith.muli %v69, %v975 : i64
          %v1429 = arith.muli %v915, %v974 : i64
          %v1430 = arith.addi %v1428, %v1429 : i64
          %v1431 = arith.constant 14 : i64
          %v1432 = arith.muli %v1431, %v973 : i64
          %v1433 = arith.addi %v1430, %v1432 : i64
          %v1434 = llvm.getelementptr %in_Bm[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
          %v1436 = arith.mulf %v964, %v1435 : f32
          %v1437 = arith.mulf %v1436, %v988 : f32
          %v1438 = llvm.load %v37 : !llvm.ptr -> f32
          %v1439 = arith.mulf %v1427, %v1438 : f32
          %v1440 = arith.addf %v1439, %v1437 : f32
          scf.if %v63 {
            %v1441 = arith.muli %v914, %v4 : i64
            %v1443 = arith.subi %v4, %v1442 : i64
            %v1444 = arith.minsi %v62, %v1443 : i64
            %v1445 = arith.addi %v1441, %v1444 : i64
            %v1447 = arith.muli %v1445, %v1446 : i64
            %v1449 = arith.addi %v1447, %v1448 : i64
            %v1450 = llvm.getelementptr %scratch_h[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1440, %v1450 : f32, !llvm.ptr
          }
          llvm.store %v1440, %v37 : f32, !llvm.ptr
          %v1451 = arith.muli %v67, %v966 : i64
          %v1452 = arith.constant 15 : i64
          %v1453 = arith.muli %v1452, %v965 : i64
          %v1454 = arith.addi %v1451, %v1453 : i64
          %v1455 = llvm.getelementptr %in_A[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
          %v1457 = arith.mulf %v964, %v1456 : f32
          %v1458 = arith.mulf %v1457, %v934 : f32
          %v1459 = llvm.call_intrinsic "llvm.exp2.f32"(%v1458) : (f32) -> f32
          %v1460 = arith.muli %v69, %v975 : i64
          %v1461 = arith.muli %v915, %v974 : i64
          %v1462 = arith.addi %v1460, %v1461 : i64
          %v1463 = arith.constant 15 : i64
          %v1464 = arith.muli %v1463, %v973 : i64
          %v1465 = arith.addi %v1462, %v1464 : i64
          %v1466 = llvm.getelementptr %in_Bm[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
          %v1468 = arith.mulf %v964, %v1467 : f32
          %v1469 = arith.mulf %v1468, %v988 : f32
          %v1470 = llvm.load %v38 : !llvm.ptr -> f32
          %v1471 = arith.mulf %v1459, %v1470 : f32
          %v1472 = arith.addf %v1471, %v1469 : f32
          scf.if %v63 {
            %v1473 = arith.muli %v914, %v4 : i64
            %v1475 = arith.subi %v4, %v1474 : i64
            %v1476 = arith.minsi %v62, %v1475 : i64
            %v1477 = arith.addi %v1473, %v1476 : i64
            %v1479 = arith.muli %v1477, %v1478 : i64
            %v1481 = arith.addi %v1479, %v1480 : i64
            %v1482 = llvm.getelementptr %scratch_h[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1472, %v1482 : f32, !llvm.ptr
          }
          llvm.store %v1472, %v38 : f32, !llvm.ptr
        }
        %v1483 = arith.index_cast %v340 : i64 to index
        %v1484 = arith.index_cast %v688 : i64 to index
        %v1485 = arith.index_cast %v339 : i64 to index
        scf.for %v1486 = %v1483 to %v1484 step %v1485 {
          %v1487 = arith.index_cast %v1486 : index to i64
          %v1488 = arith.subi %v688, %v339 : i64
          %v1489 = arith.subi %v1488, %v1487 : i64
          %v1490 = arith.addi %v686, %v1489 : i64
          %v1491 = arith.cmpi eq, %v1489, %v340 : i64
          %v1492 = arith.subi %v1489, %v339 : i64
          %v1493 = arith.maxsi %v1492, %v340 : i64
          %v1494 = arith.muli %v69, %v975 : i64
          %v1495 = arith.muli %v1490, %v974 : i64
          %v1496 = arith.addi %v1494, %v1495 : i64
          %v1497 = llvm.getelementptr %in_Cm[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1498 = llvm.load %v1497 : !llvm.ptr -> f32
          %v1499 = arith.muli %v69, %v918 : i64
          %v1500 = arith.muli %v1490, %v917 : i64
          %v1501 = arith.addi %v1499, %v1500 : i64
          %v1502 = arith.muli %v67, %v916 : i64
          %v1503 = arith.addi %v1501, %v1502 : i64
          %v1504 = llvm.getelementptr %in_z[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
          %v1506 = arith.negf %v1505 : f32
          %v1507 = arith.mulf %v1506, %v934 : f32
          %v1508 = llvm.call_intrinsic "llvm.exp2.f32"(%v1507) : (f32) -> f32
          %v1509 = arith.addf %v337, %v1508 : f32
          %v1510 = arith.divf %v337, %v1509 : f32
          %v1511 = arith.mulf %v1505, %v1510 : f32
          %v1512 = arith.muli %v69, %v918 : i64
          %v1513 = arith.muli %v1490, %v917 : i64
          %v1514 = arith.addi %v1512, %v1513 : i64
          %v1515 = arith.muli %v67, %v916 : i64
          %v1516 = arith.addi %v1514, %v1515 : i64
          %v1517 = llvm.getelementptr %dy_y[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
          %v1519 = arith.mulf %v1511, %v1518 : f32
          %v1520 = arith.mulf %v1498, %v1519 : f32
          %v1521 = llvm.load %v75 : !llvm.ptr -> f32
          %v1522 = llvm.load %v139 : !llvm.ptr -> f32
          %v1523 = arith.mulf %v1522, %v1521 : f32
          %v1524 = arith.addf %v1520, %v1523 : f32
          llvm.store %v1524, %v75 : f32, !llvm.ptr
          %v1525 = arith.muli %v69, %v975 : i64
          %v1526 = arith.muli %v1490, %v974 : i64
          %v1527 = arith.addi %v1525, %v1526 : i64
          %v1528 = arith.constant 1 : i64
          %v1529 = arith.muli %v1528, %v973 : i64
          %v1530 = arith.addi %v1527, %v1529 : i64
          %v1531 = llvm.getelementptr %in_Cm[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
          %v1533 = arith.mulf %v1511, %v1518 : f32
          %v1534 = arith.mulf %v1532, %v1533 : f32
          %v1535 = llvm.load %v79 : !llvm.ptr -> f32
          %v1536 = llvm.load %v143 : !llvm.ptr -> f32
          %v1537 = arith.mulf %v1536, %v1535 : f32
          %v1538 = arith.addf %v1534, %v1537 : f32
          llvm.store %v1538, %v79 : f32, !llvm.ptr
          %v1539 = arith.muli %v69, %v975 : i64
          %v1540 = arith.muli %v1490, %v974 : i64
          %v1541 = arith.addi %v1539, %v1540 : i64
          %v1542 = arith.constant 2 : i64
          %v1543 = arith.muli %v1542, %v973 : i64
          %v1544 = arith.addi %v1541, %v1543 : i64
          %v1545 = llvm.getelementptr %in_Cm[%v1544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
          %v1547 = arith.mulf %v1511, %v1518 : f32
          %v1548 = arith.mulf %v1546, %v1547 : f32
          %v1549 = llvm.load %v83 : !llvm.ptr -> f32
          %v1550 = llvm.load %v147 : !llvm.ptr -> f32
          %v1551 = arith.mulf %v1550, %v1549 : f32
          %v1552 = arith.addf %v1548, %v1551 : f32
          llvm.store %v1552, %v83 : f32, !llvm.ptr
          %v1553 = arith.muli %v69, %v975 : i64
          %v1554 = arith.muli %v1490, %v974 : i64
          %v1555 = arith.addi %v1553, %v1554 : i64
          %v1556 = arith.constant 3 : i64
          %v1557 = arith.muli %v1556, %v973 : i64
          %v1558 = arith.addi %v1555, %v1557 : i64
          %v1559 = llvm.getelementptr %in_Cm[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
          %v1561 = arith.mulf %v1511, %v1518 : f32
          %v1562 = arith.mulf %v1560, %v1561 : f32
          %v1563 = llvm.load %v87 : !llvm.ptr -> f32
          %v1564 = llvm.load %v151 : !llvm.ptr -> f32
          %v1565 = arith.mulf %v1564, %v1563 : f32
          %v1566 = arith.addf %v1562, %v1565 : f32
          llvm.store %v1566, %v87 : f32, !llvm.ptr
          %v1567 = arith.muli %v69, %v975 : i64
          %v1568 = arith.muli %v1490, %v974 : i64
          %v1569 = arith.addi %v1567, %v1568 : i64
          %v1570 = arith.constant 4 : i64
          %v1571 = arith.muli %v1570, %v973 : i64
          %v1572 = arith.addi %v1569, %v1571 : i64
          %v1573 = llvm.getelementptr %in_Cm[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
          %v1575 = arith.mulf %v1511, %v1518 : f32
          %v1576 = arith.mulf %v1574, %v1575 : f32
          %v1577 = llvm.load %v91 : !llvm.ptr -> f32
          %v1578 = llvm.load %v155 : !llvm.ptr -> f32
          %v1579 = arith.mulf %v1578, %v1577 : f32
          %v1580 = arith.addf %v1576, %v1579 : f32
          llvm.store %v1580, %v91 : f32, !llvm.ptr
          %v1581 = arith.muli %v69, %v975 : i64
          %v1582 = arith.muli %v1490, %v974 : i64
          %v1583 = arith.addi %v1581, %v1582 : i64
          %v1584 = arith.constant 5 : i64
          %v1585 = arith.muli %v1584, %v973 : i64
          %v1586 = arith.addi %v1583, %v1585 : i64
          %v1587 = llvm.getelementptr %in_Cm[%v1586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
          %v1589 = arith.mulf %v1511, %v1518 : f32
          %v1590 = arith.mulf %v1588, %v1589 : f32
          %v1591 = llvm.load %v95 : !llvm.ptr -> f32
          %v1592 = llvm.load %v159 : !llvm.ptr -> f32
          %v1593 = arith.mulf %v1592, %v1591 : f32
          %v1594 = arith.addf %v1590, %v1593 : f32
          llvm.store %v1594, %v95 : f32, !llvm.ptr
          %v1595 = arith.muli %v69, %v975 : i64
          %v1596 = arith.muli %v1490, %v974 : i64
          %v1597 = arith.addi %v1595, %v1596 : i64
          %v1598 = arith.constant 6 : i64
          %v1599 = arith.muli %v1598, %v973 : i64
          %v1600 = arith.addi %v1597, %v1599 : i64
          %v1601 = llvm.getelementptr %in_Cm[%v1600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
          %v1603 = arith.mulf %v1511, %v1518 : f32
          %v1604 = arith.mulf %v1602, %v1603 : f32
          %v1605 = llvm.load %v99 : !llvm.ptr -> f32
          %v1606 = llvm.load %v163 : !llvm.ptr -> f32
          %v1607 = arith.mulf %v1606, %v1605 : f32
          %v1608 = arith.addf %v1604, %v1607 : f32
          llvm.store %v1608, %v99 : f32, !llvm.ptr
          %v1609 = arith.muli %v69, %v975 : i64
          %v1610 = arith.muli %v1490, %v974 : i64
          %v1611 = arith.addi %v1609, %v1610 : i64
          %v1612 = arith.constant 7 : i64
          %v1613 = arith.muli %v1612, %v973 : i64
          %v1614 = arith.addi %v1611, %v1613 : i64
          %v1615 = llvm.getelementptr %in_Cm[%v1614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
          %v1617 = arith.mulf %v1511, %v1518 : f32
          %v1618 = arith.mulf %v1616, %v1617 : f32
          %v1619 = llvm.load %v103 : !llvm.ptr -> f32
          %v1620 = llvm.load %v167 : !llvm.ptr -> f32
          %v1621 = arith.mulf %v1620, %v1619 : f32
          %v1622 = arith.addf %v1618, %v1621 : f32
          llvm.store %v1622, %v103 : f32, !llvm.ptr
          %v1623 = arith.muli %v69, %v975 : i64
          %v1624 = arith.muli %v1490, %v974 : i64
          %v1625 = arith.addi %v1623, %v1624 : i64
          %v1626 = arith.constant 8 : i64
          %v1627 = arith.muli %v1626, %v973 : i64
          %v1628 = arith.addi %v1625, %v1627 : i64
          %v1629 = llvm.getelementptr %in_Cm[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
          %v1631 = arith.mulf %v1511, %v1518 : f32
          %v1632 = arith.mulf %v1630, %v1631 : f32
          %v1633 = llvm.load %v107 : !llvm.ptr -> f32
          %v1634 = llvm.load %v171 : !llvm.ptr -> f32
          %v1635 = arith.mulf %v1634, %v1633 : f32
          %v1636 = arith.addf %v1632, %v1635 : f32
          llvm.store %v1636, %v107 : f32, !llvm.ptr
          %v1637 = arith.muli %v69, %v975 : i64
          %v1638 = arith.muli %v1490, %v974 : i64
          %v1639 = arith.addi %v1637, %v1638 : i64
          %v1640 = arith.constant 9 : i64
          %v1641 = arith.muli %v1640, %v973 : i64
          %v1642 = arith.addi %v1639, %v1641 : i64
          %v1643 = llvm.getelementptr %in_Cm[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1644 = llvm.load %v1643 : !llvm.ptr -> f32
          %v1645 = arith.mulf %v1511, %v1518 : f32
          %v1646 = arith.mulf %v1644, %v1645 : f32
          %v1647 = llvm.load %v111 : !llvm.ptr -> f32
          %v1648 = llvm.load %v175 : !llvm.ptr -> f32
          %v1649 = arith.mulf %v1648, %v1647 : f32
          %v1650 = arith.addf %v1646, %v1649 : f32
          llvm.store %v1650, %v111 : f32, !llvm.ptr
          %v1651 = arith.muli %v69, %v975 : i64
          %v1652 = arith.muli %v1490, %v974 : i64
          %v1653 = arith.addi %v1651, %v1652 : i64
          %v1654 = arith.constant 10 : i64
          %v1655 = arith.muli %v1654, %v973 : i64
          %v1656 = arith.addi %v1653, %v1655 : i64
          %v1657 = llvm.getelementptr %in_Cm[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
          %v1659 = arith.mulf %v1511, %v1518 : f32
          %v1660 = arith.mulf %v1658, %v1659 : f32
          %v1661 = llvm.load %v115 : !llvm.ptr -> f32
          %v1662 = llvm.load %v179 : !llvm.ptr -> f32
          %v1663 = arith.mulf %v1662, %v1661 : f32
          %v1664 = arith.addf %v1660, %v1663 : f32
          llvm.store %v1664, %v115 : f32, !llvm.ptr
          %v1665 = arith.muli %v69, %v975 : i64
          %v1666 = arith.muli %v1490, %v974 : i64
          %v1667 = arith.addi %v1665, %v1666 : i64
          %v1668 = arith.constant 11 : i64
          %v1669 = arith.muli %v1668, %v973 : i64
          %v1670 = arith.addi %v1667, %v1669 : i64
          %v1671 = llvm.getelementptr %in_Cm[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
          %v1673 = arith.mulf %v1511, %v1518 : f32
          %v1674 = arith.mulf %v1672, %v1673 : f32
          %v1675 = llvm.load %v119 : !llvm.ptr -> f32
          %v1676 = llvm.load %v183 : !llvm.ptr -> f32
          %v1677 = arith.mulf %v1676, %v1675 : f32
          %v1678 = arith.addf %v1674, %v1677 : f32
          llvm.store %v1678, %v119 : f32, !llvm.ptr
          %v1679 = arith.muli %v69, %v975 : i64
          %v1680 = arith.muli %v1490, %v974 : i64
          %v1681 = arith.addi %v1679, %v1680 : i64
          %v1682 = arith.constant 12 : i64
          %v1683 = arith.muli %v1682, %v973 : i64
          %v1684 = arith.addi %v1681, %v1683 : i64
          %v1685 = llvm.getelementptr %in_Cm[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
          %v1687 = arith.mulf %v1511, %v1518 : f32
          %v1688 = arith.mulf %v1686, %v1687 : f32
          %v1689 = llvm.load %v123 : !llvm.ptr -> f32
          %v1690 = llvm.load %v187 : !llvm.ptr -> f32
          %v1691 = arith.mulf %v1690, %v1689 : f32
          %v1692 = arith.addf %v1688, %v1691 : f32
          llvm.store %v1692, %v123 : f32, !llvm.ptr
          %v1693 = arith.muli %v69, %v975 : i64
          %v1694 = arith.muli %v1490, %v974 : i64
          %v1695 = arith.addi %v1693, %v1694 : i64
          %v1696 = arith.constant 13 : i64
          %v1697 = arith.muli %v1696, %v973 : i64
          %v1698 = arith.addi %v1695, %v1697 : i64
          %v1699 = llvm.getelementptr %in_Cm[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1700 = llvm.load %v1699 : !llvm.ptr -> f32
          %v1701 = arith.mulf %v1511, %v1518 : f32
          %v1702 = arith.mulf %v1700, %v1701 : f32
          %v1703 = llvm.load %v127 : !llvm.ptr -> f32
          %v1704 = llvm.load %v191 : !llvm.ptr -> f32
          %v1705 = arith.mulf %v1704, %v1703 : f32
          %v1706 = arith.addf %v1702, %v1705 : f32
          llvm.store %v1706, %v127 : f32, !llvm.ptr
          %v1707 = arith.muli %v69, %v975 : i64
          %v1708 = arith.muli %v1490, %v974 : i64
          %v1709 = arith.addi %v1707, %v1708 : i64
          %v1710 = arith.constant 14 : i64
          %v1711 = arith.muli %v1710, %v973 : i64
          %v1712 = arith.addi %v1709, %v1711 : i64
          %v1713 = llvm.getelementptr %in_Cm[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1714 = llvm.load %v1713 : !llvm.ptr -> f32
          %v1715 = arith.mulf %v1511, %v1518 : f32
          %v1716 = arith.mulf %v1714, %v1715 : f32
          %v1717 = llvm.load %v131 : !llvm.ptr -> f32
          %v1718 = llvm.load %v195 : !llvm.ptr -> f32
          %v1719 = arith.mulf %v1718, %v1717 : f32
          %v1720 = arith.addf %v1716, %v1719 : f32
          llvm.store %v1720, %v131 : f32, !llvm.ptr
          %v1721 = arith.muli %v69, %v975 : i64
          %v1722 = arith.muli %v1490, %v974 : i64
          %v1723 = arith.addi %v1721, %v1722 : i64
          %v1724 = arith.constant 15 : i64
          %v1725 = arith.muli %v1724, %v973 : i64
          %v1726 = arith.addi %v1723, %v1725 : i64
          %v1727 = llvm.getelementptr %in_Cm[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
          %v1729 = arith.mulf %v1511, %v1518 : f32
          %v1730 = arith.mulf %v1728, %v1729 : f32
          %v1731 = llvm.load %v135 : !llvm.ptr -> f32
          %v1732 = llvm.load %v199 : !llvm.ptr -> f32
          %v1733 = arith.mulf %v1732, %v1731 : f32
          %v1734 = arith.addf %v1730, %v1733 : f32
          llvm.store %v1734, %v135 : f32, !llvm.ptr
          %v1735 = arith.cmpi eq, %v1490, %v344 : i64
          scf.if %v1735 {
            %v1736 = arith.muli %v69, %v348 : i64
            %v1737 = arith.muli %v67, %v347 : i64
            %v1738 = arith.addi %v1736, %v1737 : i64
            %v1739 = llvm.getelementptr %dy_h_last[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1740 = llvm.load %v1739 : !llvm.ptr -> f32
            %v1741 = llvm.load %v75 : !llvm.ptr -> f32
            %v1742 = arith.addf %v1741, %v1740 : f32
            llvm.store %v1742, %v75 : f32, !llvm.ptr
            %v1743 = arith.muli %v69, %v348 : i64
            %v1744 = arith.muli %v67, %v347 : i64
            %v1745 = arith.addi %v1743, %v1744 : i64
            %v1746 = arith.constant 1 : i64
            %v1747 = arith.muli %v1746, %v346 : i64
            %v1748 = arith.addi %v1745, %v1747 : i64
            %v1749 = llvm.getelementptr %dy_h_last[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
            %v1751 = llvm.load %v79 : !llvm.ptr -> f32
            %v1752 = arith.addf %v1751, %v1750 : f32
            llvm.store %v1752, %v79 : f32, !llvm.ptr
            %v1753 = arith.muli %v69, %v348 : i64
            %v1754 = arith.muli %v67, %v347 : i64
            %v1755 = arith.addi %v1753, %v1754 : i64
            %v1756 = arith.constant 2 : i64
            %v1757 = arith.muli %v1756, %v346 : i64
            %v1758 = arith.addi %v1755, %v1757 : i64
            %v1759 = llvm.getelementptr %dy_h_last[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1760 = llvm.load %v1759 : !llvm.ptr -> f32
            %v1761 = llvm.load %v83 : !llvm.ptr -> f32
            %v1762 = arith.addf %v1761, %v1760 : f32
            llvm.store %v1762, %v83 : f32, !llvm.ptr
            %v1763 = arith.muli %v69, %v348 : i64
            %v1764 = arith.muli %v67, %v347 : i64
            %v1765 = arith.addi %v1763, %v1764 : i64
            %v1766 = arith.constant 3 : i64
            %v1767 = arith.muli %v1766, %v346 : i64
            %v1768 = arith.addi %v1765, %v1767 : i64
            %v1769 = llvm.getelementptr %dy_h_last[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
            %v1771 = llvm.load %v87 : !llvm.ptr -> f32
            %v1772 = arith.addf %v1771, %v1770 : f32
            llvm.store %v1772, %v87 : f32, !llvm.ptr
            %v1773 = arith.muli %v69, %v348 : i64
            %v1774 = arith.muli %v67, %v347 : i64
            %v1775 = arith.addi %v1773, %v1774 : i64
            %v1776 = arith.constant 4 : i64
            %v1777 = arith.muli %v1776, %v346 : i64
            %v1778 = arith.addi %v1775, %v1777 : i64
            %v1779 = llvm.getelementptr %dy_h_last[%v1778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1780 = llvm.load %v1779 : !llvm.ptr -> f32
            %v1781 = llvm.load %v91 : !llvm.ptr -> f32
            %v1782 = arith.addf %v1781, %v1780 : f32
            llvm.store %v1782, %v91 : f32, !llvm.ptr
            %v1783 = arith.muli %v69, %v348 : i64
            %v1784 = arith.muli %v67, %v347 : i64
            %v1785 = arith.addi %v1783, %v1784 : i64
            %v1786 = arith.constant 5 : i64
            %v1787 = arith.muli %v1786, %v346 : i64
            %v1788 = arith.addi %v1785, %v1787 : i64
            %v1789 = llvm.getelementptr %dy_h_last[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1790 = llvm.load %v1789 : !llvm.ptr -> f32
            %v1791 = llvm.load %v95 : !llvm.ptr -> f32
            %v1792 = arith.addf %v1791, %v1790 : f32
            llvm.store %v1792, %v95 : f32, !llvm.ptr
            %v1793 = arith.muli %v69, %v348 : i64
            %v1794 = arith.muli %v67, %v347 : i64
            %v1795 = arith.addi %v1793, %v1794 : i64
            %v1796 = arith.constant 6 : i64
            %v1797 = arith.muli %v1796, %v346 : i64
            %v1798 = arith.addi %v1795, %v1797 : i64
            %v1799 = llvm.getelementptr %dy_h_last[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1800 = llvm.load %v1799 : !llvm.ptr -> f32
            %v1801 = llvm.load %v99 : !llvm.ptr -> f32
            %v1802 = arith.addf %v1801, %v1800 : f32
            llvm.store %v1802, %v99 : f32, !llvm.ptr
            %v1803 = arith.muli %v69, %v348 : i64
            %v1804 = arith.muli %v67, %v347 : i64
            %v1805 = arith.addi %v1803, %v1804 : i64
            %v1806 = arith.constant 7 : i64
            %v1807 = arith.muli %v1806, %v346 : i64
            %v1808 = arith.addi %v1805, %v1807 : i64
            %v1809 = llvm.getelementptr %dy_h_last[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
            %v1811 = llvm.load %v103 : !llvm.ptr -> f32
            %v1812 = arith.addf %v1811, %v1810 : f32
            llvm.store %v1812, %v103 : f32, !llvm.ptr
            %v1813 = arith.muli %v69, %v348 : i64
            %v1814 = arith.muli %v67, %v347 : i64
            %v1815 = arith.addi %v1813, %v1814 : i64
            %v1816 = arith.constant 8 : i64
            %v1817 = arith.muli %v1816, %v346 : i64
            %v1818 = arith.addi %v1815, %v1817 : i64
            %v1819 = llvm.getelementptr %dy_h_last[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
            %v1821 = llvm.load %v107 : !llvm.ptr -> f32
            %v1822 = arith.addf %v1821, %v1820 : f32
            llvm.store %v1822, %v107 : f32, !llvm.ptr
            %v1823 = arith.muli %v69, %v348 : i64
            %v1824 = arith.muli %v67, %v347 : i64
            %v1825 = arith.addi %v1823, %v1824 : i64
            %v1826 = arith.constant 9 : i64
            %v1827 = arith.muli %v1826, %v346 : i64
            %v1828 = arith.addi %v1825, %v1827 : i64
            %v1829 = llvm.getelementptr %dy_h_last[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1830 = llvm.load %v1829 : !llvm.ptr -> f32
            %v1831 = llvm.load %v111 : !llvm.ptr -> f32
            %v1832 = arith.addf %v1831, %v1830 : f32
            llvm.store %v1832, %v111 : f32, !llvm.ptr
            %v1833 = arith.muli %v69, %v348 : i64
            %v1834 = arith.muli %v67, %v347 : i64
            %v1835 = arith.addi %v1833, %v1834 : i64
            %v1836 = arith.constant 10 : i64
            %v1837 = arith.muli %v1836, %v346 : i64
            %v1838 = arith.addi %v1835, %v1837 : i64
            %v1839 = llvm.getelementptr %dy_h_last[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
            %v1841 = llvm.load %v115 : !llvm.ptr -> f32
            %v1842 = arith.addf %v1841, %v1840 : f32
            llvm.store %v1842, %v115 : f32, !llvm.ptr
            %v1843 = arith.muli %v69, %v348 : i64
            %v1844 = arith.muli %v67, %v347 : i64
            %v1845 = arith.addi %v1843, %v1844 : i64
            %v1846 = arith.constant 11 : i64
            %v1847 = arith.muli %v1846, %v346 : i64
            %v1848 = arith.addi %v1845, %v1847 : i64
            %v1849 = llvm.getelementptr %dy_h_last[%v1848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1850 = llvm.load %v1849 : !llvm.ptr -> f32
            %v1851 = llvm.load %v119 : !llvm.ptr -> f32
            %v1852 = arith.addf %v1851, %v1850 : f32
            llvm.store %v1852, %v119 : f32, !llvm.ptr
            %v1853 = arith.muli %v69, %v348 : i64
            %v1854 = arith.muli %v67, %v347 : i64
            %v1855 = arith.addi %v1853, %v1854 : i64
            %v1856 = arith.constant 12 : i64
            %v1857 = arith.muli %v1856, %v346 : i64
            %v1858 = arith.addi %v1855, %v1857 : i64
            %v1859 = llvm.getelementptr %dy_h_last[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
            %v1861 = llvm.load %v123 : !llvm.ptr -> f32
            %v1862 = arith.addf %v1861, %v1860 : f32
            llvm.store %v1862, %v123 : f32, !llvm.ptr
            %v1863 = arith.muli %v69, %v348 : i64
            %v1864 = arith.muli %v67, %v347 : i64
            %v1865 = arith.addi %v1863, %v1864 : i64
            %v1866 = arith.constant 13 : i64
            %v1867 = arith.muli %v1866, %v346 : i64
            %v1868 = arith.addi %v1865, %v1867 : i64
            %v1869 = llvm.getelementptr %dy_h_last[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1870 = llvm.load %v1869 : !llvm.ptr -> f32
            %v1871 = llvm.load %v127 : !llvm.ptr -> f32
            %v1872 = arith.addf %v1871, %v1870 : f32
            llvm.store %v1872, %v127 : f32, !llvm.ptr
            %v1873 = arith.muli %v69, %v348 : i64
            %v1874 = arith.muli %v67, %v347 : i64
            %v1875 = arith.addi %v1873, %v1874 : i64
            %v1876 = arith.constant 14 : i64
            %v1877 = arith.muli %v1876, %v346 : i64
            %v1878 = arith.addi %v1875, %v1877 : i64
            %v1879 = llvm.getelementptr %dy_h_last[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
            %v1881 = llvm.load %v131 : !llvm.ptr -> f32
            %v1882 = arith.addf %v1881, %v1880 : f32
            llvm.store %v1882, %v131 : f32, !llvm.ptr
            %v1883 = arith.muli %v69, %v348 : i64
            %v1884 = arith.muli %v67, %v347 : i64
            %v1885 = arith.addi %v1883, %v1884 : i64
            %v1886 = arith.constant 15 : i64
            %v1887 = arith.muli %v1886, %v346 : i64
            %v1888 = arith.addi %v1885, %v1887 : i64
            %v1889 = llvm.getelementptr %dy_h_last[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
            %v1891 = llvm.load %v135 : !llvm.ptr -> f32
            %v1892 = arith.addf %v1891, %v1890 : f32
            llvm.store %v1892, %v135 : f32, !llvm.ptr
          }
          %v1893 = arith.muli %v67, %v926 : i64
          %v1894 = llvm.getelementptr %in_Dskip[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1895 = llvm.load %v1894 : !llvm.ptr -> f32
          %v1896 = arith.mulf %v1511, %v1518 : f32
          %v1897 = arith.mulf %v1895, %v1896 : f32
          %v1898 = arith.muli %v69, %v918 : i64
          %v1899 = arith.muli %v1490, %v917 : i64
          %v1900 = arith.addi %v1898, %v1899 : i64
          %v1901 = arith.muli %v67, %v916 : i64
          %v1902 = arith.addi %v1900, %v1901 : i64
          %v1903 = llvm.getelementptr %in_delta[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1904 = llvm.load %v1903 : !llvm.ptr -> f32
          %v1905 = arith.muli %v67, %v926 : i64
          %v1906 = llvm.getelementptr %in_dt_bias[%v1905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1907 = llvm.load %v1906 : !llvm.ptr -> f32
          %v1908 = arith.addf %v1904, %v1907 : f32
          %v1909 = arith.maximumf %v1908, %v336 : f32
          %v1910 = llvm.call_intrinsic "llvm.fabs.f32"(%v1908) : (f32) -> f32
          %v1911 = arith.negf %v1910 : f32
          %v1912 = arith.mulf %v1911, %v934 : f32
          %v1913 = llvm.call_intrinsic "llvm.exp2.f32"(%v1912) : (f32) -> f32
          %v1914 = arith.addf %v337, %v1913 : f32
          %v1915 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v1914) : (f32) -> f32
          %v1916 = arith.mulf %v1915, %v939 : f32
          %v1917 = arith.mulf %v941, %v1913 : f32
          %v1918 = arith.addf %v1917, %v942 : f32
          %v1919 = arith.mulf %v1918, %v1913 : f32
          %v1920 = arith.addf %v1919, %v945 : f32
          %v1921 = arith.mulf %v1920, %v1913 : f32
          %v1922 = arith.addf %v1921, %v948 : f32
          %v1923 = arith.mulf %v1922, %v1913 : f32
          %v1924 = arith.addf %v1923, %v951 : f32
          %v1925 = arith.mulf %v1924, %v1913 : f32
          %v1926 = arith.addf %v1925, %v954 : f32
          %v1927 = arith.mulf %v1926, %v1913 : f32
          %v1928 = arith.addf %v1927, %v337 : f32
          %v1929 = arith.mulf %v1928, %v1913 : f32
          %v1930 = llvm.call_intrinsic "llvm.fabs.f32"(%v1913) : (f32) -> f32
          %v1931 = arith.cmpf olt, %v1930, %v961 : f32
          %v1932 = arith.select %v1931, %v1929, %v1916 : f32
          %v1933 = arith.addf %v1909, %v1932 : f32
          %v1934 = arith.muli %v69, %v975 : i64
          %v1935 = arith.muli %v1490, %v974 : i64
          %v1936 = arith.addi %v1934, %v1935 : i64
          %v1937 = llvm.getelementptr %in_Bm[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1938 = llvm.load %v1937 : !llvm.ptr -> f32
          %v1939 = arith.mulf %v1933, %v1938 : f32
          %v1940 = llvm.load %v75 : !llvm.ptr -> f32
          %v1941 = arith.mulf %v1939, %v1940 : f32
          %v1942 = arith.muli %v69, %v975 : i64
          %v1943 = arith.muli %v1490, %v974 : i64
          %v1944 = arith.addi %v1942, %v1943 : i64
          %v1945 = arith.constant 1 : i64
          %v1946 = arith.muli %v1945, %v973 : i64
          %v1947 = arith.addi %v1944, %v1946 : i64
          %v1948 = llvm.getelementptr %in_Bm[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
          %v1950 = arith.mulf %v1933, %v1949 : f32
          %v1951 = llvm.load %v79 : !llvm.ptr -> f32
          %v1952 = arith.mulf %v1950, %v1951 : f32
          %v1953 = arith.addf %v1941, %v1952 : f32
          %v1954 = arith.muli %v69, %v975 : i64
          %v1955 = arith.muli %v1490, %v974 : i64
          %v1956 = arith.addi %v1954, %v1955 : i64
          %v1957 = arith.constant 2 : i64
          %v1958 = arith.muli %v1957, %v973 : i64
          %v1959 = arith.addi %v1956, %v1958 : i64
          %v1960 = llvm.getelementptr %in_Bm[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1961 = llvm.load %v1960 : !llvm.ptr -> f32
          %v1962 = arith.mulf %v1933, %v1961 : f32
          %v1963 = llvm.load %v83 : !llvm.ptr -> f32
          %v1964 = arith.mulf %v1962, %v1963 : f32
          %v1965 = arith.addf %v1953, %v1964 : f32
          %v1966 = arith.muli %v69, %v975 : i64
          %v1967 = arith.muli %v1490, %v974 : i64
          %v1968 = arith.addi %v1966, %v1967 : i64
          %v1969 = arith.constant 3 : i64
          %v1970 = arith.muli %v1969, %v973 : i64
          %v1971 = arith.addi %v1968, %v1970 : i64
          %v1972 = llvm.getelementptr %in_Bm[%v1971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1973 = llvm.load %v1972 : !llvm.ptr -> f32
          %v1974 = arith.mulf %v1933, %v1973 : f32
          %v1975 = llvm.load %v87 : !llvm.ptr -> f32
          %v1976 = arith.mulf %v1974, %v1975 : f32
          %v1977 = arith.addf %v1965, %v1976 : f32
          %v1978 = arith.muli %v69, %v975 : i64
          %v1979 = arith.muli %v1490, %v974 : i64
          %v1980 = arith.addi %v1978, %v1979 : i64
          %v1981 = arith.constant 4 : i64
          %v1982 = arith.muli %v1981, %v973 : i64
          %v1983 = arith.addi %v1980, %v1982 : i64
          %v1984 = llvm.getelementptr %in_Bm[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1985 = llvm.load %v1984 : !llvm.ptr -> f32
          %v1986 = arith.mulf %v1933, %v1985 : f32
          %v1987 = llvm.load %v91 : !llvm.ptr -> f32
          %v1988 = arith.mulf %v1986, %v1987 : f32
          %v1989 = arith.addf %v1977, %v1988 : f32
          %v1990 = arith.muli %v69, %v975 : i64
          %v1991 = arith.muli %v1490, %v974 : i64
          %v1992 = arith.addi %v1990, %v1991 : i64
          %v1993 = arith.constant 5 : i64
          %v1994 = arith.muli %v1993, %v973 : i64
          %v1995 = arith.addi %v1992, %v1994 : i64
          %v1996 = llvm.getelementptr %in_Bm[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
          %v1998 = arith.mulf %v1933, %v1997 : f32
          %v1999 = llvm.load %v95 : !llvm.ptr -> f32
          %v2000 = arith.mulf %v1998, %v1999 : f32
          %v2001 = arith.addf %v1989, %v2000 : f32
          %v2002 = arith.muli %v69, %v975 : i64
          %v2003 = arith.muli %v1490, %v974 : i64
          %v2004 = arith.addi %v2002, %v2003 : i64
          %v2005 = arith.constant 6 : i64
          %v2006 = arith.muli %v2005, %v973 : i64
          %v2007 = arith.addi %v2004, %v2006 : i64
          %v2008 = llvm.getelementptr %in_Bm[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2009 = llvm.load %v2008 : !llvm.ptr -> f32
          %v2010 = arith.mulf %v1933, %v2009 : f32
          %v2011 = llvm.load %v99 : !llvm.ptr -> f32
          %v2012 = arith.mulf %v2010, %v2011 : f32
          %v2013 = arith.addf %v2001, %v2012 : f32
          %v2014 = arith.muli %v69, %v975 : i64
          %v2015 = arith.muli %v1490, %v974 : i64
          %v2016 = arith.addi %v2014, %v2015 : i64
          %v2017 = arith.constant 7 : i64
          %v2018 = arith.muli %v2017, %v973 : i64
          %v2019 = arith.addi %v2016, %v2018 : i64
          %v2020 = llvm.getelementptr %in_Bm[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2021 = llvm.load %v2020 : !llvm.ptr -> f32
          %v2022 = arith.mulf %v1933, %v2021 : f32
          %v2023 = llvm.load %v103 : !llvm.ptr -> f32
          %v2024 = arith.mulf %v2022, %v2023 : f32
          %v2025 = arith.addf %v2013, %v2024 : f32
          %v2026 = arith.muli %v69, %v975 : i64
          %v2027 = arith.muli %v1490, %v974 : i64
          %v2028 = arith.addi %v2026, %v2027 : i64
          %v2029 = arith.constant 8 : i64
          %v2030 = arith.muli %v2029, %v973 : i64
          %v2031 = arith.addi %v2028, %v2030 : i64
          %v2032 = llvm.getelementptr %in_Bm[%v2031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2033 = llvm.load %v2032 : !llvm.ptr -> f32
          %v2034 = arith.mulf %v1933, %v2033 : f32
          %v2035 = llvm.load %v107 : !llvm.ptr -> f32
          %v2036 = arith.mulf %v2034, %v2035 : f32
          %v2037 = arith.addf %v2025, %v2036 : f32
          %v2038 = arith.muli %v69, %v975 : i64
          %v2039 = arith.muli %v1490, %v974 : i64
          %v2040 = arith.addi %v2038, %v2039 : i64
          %v2041 = arith.constant 9 : i64
          %v2042 = arith.muli %v2041, %v973 : i64
          %v2043 = arith.addi %v2040, %v2042 : i64
          %v2044 = llvm.getelementptr %in_Bm[%v2043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
          %v2046 = arith.mulf %v1933, %v2045 : f32
          %v2047 = llvm.load %v111 : !llvm.ptr -> f32
          %v2048 = arith.mulf %v2046, %v2047 : f32
          %v2049 = arith.addf %v2037, %v2048 : f32
          %v2050 = arith.muli %v69, %v975 : i64
          %v2051 = arith.muli %v1490, %v974 : i64
          %v2052 = arith.addi %v2050, %v2051 : i64
          %v2053 = arith.constant 10 : i64
          %v2054 = arith.muli %v2053, %v973 : i64
          %v2055 = arith.addi %v2052, %v2054 : i64
          %v2056 = llvm.getelementptr %in_Bm[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
          %v2058 = arith.mulf %v1933, %v2057 : f32
          %v2059 = llvm.load %v115 : !llvm.ptr -> f32
          %v2060 = arith.mulf %v2058, %v2059 : f32
          %v2061 = arith.addf %v2049, %v2060 : f32
          %v2062 = arith.muli %v69, %v975 : i64
          %v2063 = arith.muli %v1490, %v974 : i64
          %v2064 = arith.addi %v2062, %v2063 : i64
          %v2065 = arith.constant 11 : i64
          %v2066 = arith.muli %v2065, %v973 : i64
          %v2067 = arith.addi %v2064, %v2066 : i64
          %v2068 = llvm.getelementptr %in_Bm[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
          %v2070 = arith.mulf %v1933, %v2069 : f32
          %v2071 = llvm.load %v119 : !llvm.ptr -> f32
          %v2072 = arith.mulf %v2070, %v2071 : f32
          %v2073 = arith.addf %v2061, %v2072 : f32
          %v2074 = arith.muli %v69, %v975 : i64
          %v2075 = arith.muli %v1490, %v974 : i64
          %v2076 = arith.addi %v2074, %v2075 : i64
          %v2077 = arith.constant 12 : i64
          %v2078 = arith.muli %v2077, %v973 : i64
          %v2079 = arith.addi %v2076, %v2078 : i64
          %v2080 = llvm.getelementptr %in_Bm[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2081 = llvm.load %v2080 : !llvm.ptr -> f32
          %v2082 = arith.mulf %v1933, %v2081 : f32
          %v2083 = llvm.load %v123 : !llvm.ptr -> f32
          %v2084 = arith.mulf %v2082, %v2083 : f32
          %v2085 = arith.addf %v2073, %v2084 : f32
          %v2086 = arith.muli %v69, %v975 : i64
          %v2087 = arith.muli %v1490, %v974 : i64
          %v2088 = arith.addi %v2086, %v2087 : i64
          %v2089 = arith.constant 13 : i64
          %v2090 = arith.muli %v2089, %v973 : i64
          %v2091 = arith.addi %v2088, %v2090 : i64
          %v2092 = llvm.getelementptr %in_Bm[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2093 = llvm.load %v2092 : !llvm.ptr -> f32
          %v2094 = arith.mulf %v1933, %v2093 : f32
          %v2095 = llvm.load %v127 : !llvm.ptr -> f32
          %v2096 = arith.mulf %v2094, %v2095 : f32
          %v2097 = arith.addf %v2085, %v2096 : f32
          %v2098 = arith.muli %v69, %v975 : i64
          %v2099 = arith.muli %v1490, %v974 : i64
          %v2100 = arith.addi %v2098, %v2099 : i64
          %v2101 = arith.constant 14 : i64
          %v2102 = arith.muli %v2101, %v973 : i64
          %v2103 = arith.addi %v2100, %v2102 : i64
          %v2104 = llvm.getelementptr %in_Bm[%v2103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2105 = llvm.load %v2104 : !llvm.ptr -> f32
          %v2106 = arith.mulf %v1933, %v2105 : f32
          %v2107 = llvm.load %v131 : !llvm.ptr -> f32
          %v2108 = arith.mulf %v2106, %v2107 : f32
          %v2109 = arith.addf %v2097, %v2108 : f32
          %v2110 = arith.muli %v69, %v975 : i64
          %v2111 = arith.muli %v1490, %v974 : i64
          %v2112 = arith.addi %v2110, %v2111 : i64
          %v2113 = arith.constant 15 : i64
          %v2114 = arith.muli %v2113, %v973 : i64
          %v2115 = arith.addi %v2112, %v2114 : i64
          %v2116 = llvm.getelementptr %in_Bm[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
          %v2118 = arith.mulf %v1933, %v2117 : f32
          %v2119 = llvm.load %v135 : !llvm.ptr -> f32
          %v2120 = arith.mulf %v2118, %v2119 : f32
          %v2121 = arith.addf %v2109, %v2120 : f32
          %v2122 = arith.addf %v1897, %v2121 : f32
          scf.if %v63 {
            %v2123 = arith.muli %v69, %v918 : i64
            %v2124 = arith.muli %v1490, %v917 : i64
            %v2125 = arith.addi %v2123, %v2124 : i64
            %v2126 = arith.muli %v67, %v916 : i64
            %v2127 = arith.addi %v2125, %v2126 : i64
            %v2128 = llvm.getelementptr %dx_u[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2122, %v2128 : f32, !llvm.ptr
          }
          %v2129 = arith.muli %v69, %v918 : i64
          %v2130 = arith.muli %v1490, %v917 : i64
          %v2131 = arith.addi %v2129, %v2130 : i64
          %v2132 = arith.muli %v67, %v916 : i64
          %v2133 = arith.addi %v2131, %v2132 : i64
          %v2134 = llvm.getelementptr %in_u[%v2133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2135 = llvm.load %v2134 : !llvm.ptr -> f32
          %v2136 = arith.mulf %v2135, %v1940 : f32
          %v2137 = arith.mulf %v1938, %v2136 : f32
          %v2138 = arith.mulf %v2135, %v1951 : f32
          %v2139 = arith.mulf %v1949, %v2138 : f32
          %v2140 = arith.addf %v2137, %v2139 : f32
          %v2141 = arith.mulf %v2135, %v1963 : f32
          %v2142 = arith.mulf %v1961, %v2141 : f32
          %v2143 = arith.addf %v2140, %v2142 : f32
          %v2144 = arith.mulf %v2135, %v1975 : f32
          %v2145 = arith.mulf %v1973, %v2144 : f32
          %v2146 = arith.addf %v2143, %v2145 : f32
          %v2147 = arith.mulf %v2135, %v1987 : f32
          %v2148 = arith.mulf %v1985, %v2147 : f32
          %v2149 = arith.addf %v2146, %v2148 : f32
          %v2150 = arith.mulf %v2135, %v1999 : f32
          %v2151 = arith.mulf %v1997, %v2150 : f32
          %v2152 = arith.addf %v2149, %v2151 : f32
          %v2153 = arith.mulf %v2135, %v2011 : f32
          %v2154 = arith.mulf %v2009, %v2153 : f32
          %v2155 = arith.addf %v2152, %v2154 : f32
          %v2156 = arith.mulf %v2135, %v2023 : f32
          %v2157 = arith.mulf %v2021, %v2156 : f32
          %v2158 = arith.addf %v2155, %v2157 : f32
          %v2159 = arith.mulf %v2135, %v2035 : f32
          %v2160 = arith.mulf %v2033, %v2159 : f32
          %v2161 = arith.addf %v2158, %v2160 : f32
          %v2162 = arith.mulf %v2135, %v2047 : f32
          %v2163 = arith.mulf %v2045, %v2162 : f32
          %v2164 = arith.addf %v2161, %v2163 : f32
          %v2165 = arith.mulf %v2135, %v2059 : f32
          %v2166 = arith.mulf %v2057, %v2165 : f32
          %v2167 = arith.addf %v2164, %v2166 : f32
          %v2168 = arith.mulf %v2135, %v2071 : f32
          %v2169 = arith.mulf %v2069, %v2168 : f32
          %v2170 = arith.addf %v2167, %v2169 : f32
          %v2171 = arith.mulf %v2135, %v2083 : f32
          %v2172 = arith.mulf %v2081, %v2171 : f32
          %v2173 = arith.addf %v2170, %v2172 : f32
          %v2174 = arith.mulf %v2135, %v2095 : f32
          %v2175 = arith.mulf %v2093, %v2174 : f32
          %v2176 = arith.addf %v2173, %v2175 : f32
          %v2177 = arith.mulf %v2135, %v2107 : f32
          %v2178 = arith.mulf %v2105, %v2177 : f32
          %v2179 = arith.addf %v2176, %v2178 : f32
          %v2180 = arith.mulf %v2135, %v2119 : f32
          %v2181 = arith.mulf %v2117, %v2180 : f32
          %v2182 = arith.addf %v2179, %v2181 : f32
          %v2183 = arith.muli %v67, %v966 : i64
          %v2184 = llvm.getelementptr %in_A[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
          %v2186 = arith.mulf %v1933, %v2185 : f32
          %v2187 = arith.mulf %v2186, %v934 : f32
          %v2188 = llvm.call_intrinsic "llvm.exp2.f32"(%v2187) : (f32) -> f32
          %v2189 = arith.muli %v1493, %v4 : i64
          %v2191 = arith.subi %v4, %v2190 : i64
          %v2192 = arith.minsi %v62, %v2191 : i64
          %v2193 = arith.addi %v2189, %v2192 : i64
          %v2195 = arith.muli %v2193, %v2194 : i64
          %v2197 = arith.addi %v2195, %v2196 : i64
          %v2198 = llvm.getelementptr %scratch_h[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
          %v2204 = arith.muli %v685, %v2203 : i64
          %v2205 = arith.muli %v69, %v348 : i64
          %v2206 = arith.muli %v67, %v347 : i64
          %v2207 = arith.addi %v2205, %v2206 : i64
          %v2208 = arith.addi %v2204, %v2207 : i64
          %v2209 = llvm.getelementptr %ckpt_h[%v2208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2210 = llvm.load %v2209 : !llvm.ptr -> f32
          %v2211 = arith.select %v1491, %v2210, %v2199 : f32
          %v2212 = arith.mulf %v2211, %v1940 : f32
          %v2213 = arith.mulf %v2188, %v2212 : f32
          %v2214 = arith.mulf %v2185, %v2213 : f32
          %v2215 = arith.muli %v67, %v966 : i64
          %v2216 = arith.constant 1 : i64
          %v2217 = arith.muli %v2216, %v965 : i64
          %v2218 = arith.addi %v2215, %v2217 : i64
          %v2219 = llvm.getelementptr %in_A[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
          %v2221 = arith.mulf %v1933, %v2220 : f32
          %v2222 = arith.mulf %v2221, %v934 : f32
          %v2223 = llvm.call_intrinsic "llvm.exp2.f32"(%v2222) : (f32) -> f32
          %v2224 = arith.muli %v1493, %v4 : i64
          %v2226 = arith.subi %v4, %v2225 : i64
          %v2227 = arith.minsi %v62, %v2226 : i64
          %v2228 = arith.addi %v2224, %v2227 : i64
          %v2230 = arith.muli %v2228, %v2229 : i64
          %v2232 = arith.addi %v2230, %v2231 : i64
          %v2233 = llvm.getelementptr %scratch_h[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2234 = llvm.load %v2233 : !llvm.ptr -> f32
          %v2239 = arith.muli %v685, %v2238 : i64
          %v2240 = arith.muli %v69, %v348 : i64
          %v2241 = arith.muli %v67, %v347 : i64
          %v2242 = arith.addi %v2240, %v2241 : i64
          %v2243 = arith.constant 1 : i64
          %v2244 = arith.muli %v2243, %v346 : i64
          %v2245 = arith.addi %v2242, %v2244 : i64
          %v2246 = arith.addi %v2239, %v2245 : i64
          %v2247 = llvm.getelementptr %ckpt_h[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
          %v2249 = arith.select %v1491, %v2248, %v2234 : f32
          %v2250 = arith.mulf %v2249, %v1951 : f32
          %v2251 = arith.mulf %v2223, %v2250 : f32
          %v2252 = arith.mulf %v2220, %v2251 : f32
          %v2253 = arith.addf %v2214, %v2252 : f32
          %v2254 = arith.muli %v67, %v966 : i64
          %v2255 = arith.constant 2 : i64
          %v2256 = arith.muli %v2255, %v965 : i64
          %v2257 = arith.addi %v2254, %v2256 : i64
          %v2258 = llvm.getelementptr %in_A[%v2257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
          %v2260 = arith.mulf %v1933, %v2259 : f32
          %v2261 = arith.mulf %v2260, %v934 : f32
          %v2262 = llvm.call_intrinsic "llvm.exp2.f32"(%v2261) : (f32) -> f32
          %v2263 = arith.muli %v1493, %v4 : i64
          %v2265 = arith.subi %v4, %v2264 : i64
          %v2266 = arith.minsi %v62, %v2265 : i64
          %v2267 = arith.addi %v2263, %v2266 : i64
          %v2269 = arith.muli %v2267, %v2268 : i64
          %v2271 = arith.addi %v2269, %v2270 : i64
          %v2272 = llvm.getelementptr %scratch_h[%v2271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
          %v2278 = arith.muli %v685, %v2277 : i64
          %v2279 = arith.muli %v69, %v348 : i64
          %v2280 = arith.muli %v67, %v347 : i64
          %v2281 = arith.addi %v2279, %v2280 : i64
          %v2282 = arith.constant 2 : i64
          %v2283 = arith.muli %v2282, %v346 : i64
          %v2284 = arith.addi %v2281, %v2283 : i64
          %v2285 = arith.addi %v2278, %v2284 : i64
          %v2286 = llvm.getelementptr %ckpt_h[%v2285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2287 = llvm.load %v2286 : !llvm.ptr -> f32
          %v2288 = arith.select %v1491, %v2287, %v2273 : f32
          %v2289 = arith.mulf %v2288, %v1963 : f32
          %v2290 = arith.mulf %v2262, %v2289 : f32
          %v2291 = arith.mulf %v2259, %v2290 : f32
          %v2292 = arith.addf %v2253, %v2291 : f32
          %v2293 = arith.muli %v67, %v966 : i64
          %v2294 = arith.constant 3 : i64
          %v2295 = arith.muli %v2294, %v965 : i64
          %v2296 = arith.addi %v2293, %v2295 : i64
          %v2297 = llvm.getelementptr %in_A[%v2296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2298 = llvm.load %v2297 : !llvm.ptr -> f32
          %v2299 = arith.mulf %v1933, %v2298 : f32
          %v2300 = arith.mulf %v2299, %v934 : f32
          %v2301 = llvm.call_intrinsic "llvm.exp2.f32"(%v2300) : (f32) -> f32
          %v2302 = arith.muli %v1493, %v4 : i64
          %v2304 = arith.subi %v4, %v2303 : i64
          %v2305 = arith.minsi %v62, %v2304 : i64
          %v2306 = arith.addi %v2302, %v2305 : i64
          %v2308 = arith.muli %v2306, %v2307 : i64
          %v2310 = arith.addi %v2308, %v2309 : i64
          %v2311 = llvm.getelementptr %scratch_h[%v2310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2312 = llvm.load %v2311 : !llvm.ptr -> f32
          %v2317 = arith.muli %v685, %v2316 : i64
          %v2318 = arith.muli %v69, %v348 : i64
          %v2319 = arith.muli %v67, %v347 : i64
          %v2320 = arith.addi %v2318, %v2319 : i64
          %v2321 = arith.constant 3 : i64
          %v2322 = arith.muli %v2321, %v346 : i64
          %v2323 = arith.addi %v2320, %v2322 : i64
          %v2324 = arith.addi %v2317, %v2323 : i64
          %v2325 = llvm.getelementptr %ckpt_h[%v2324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2326 = llvm.load %v2325 : !llvm.ptr -> f32
          %v2327 = arith.select %v1491, %v2326, %v2312 : f32
          %v2328 = arith.mulf %v2327, %v1975 : f32
          %v2329 = arith.mulf %v2301, %v2328 : f32
          %v2330 = arith.mulf %v2298, %v2329 : f32
          %v2331 = arith.addf %v2292, %v2330 : f32
          %v2332 = arith.muli %v67, %v966 : i64
          %v2333 = arith.constant 4 : i64
          %v2334 = arith.muli %v2333, %v965 : i64
          %v2335 = arith.addi %v2332, %v2334 : i64
          %v2336 = llvm.getelementptr %in_A[%v2335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2337 = llvm.load %v2336 : !llvm.ptr -> f32
          %v2338 = arith.mulf %v1933, %v2337 : f32
          %v2339 = arith.mulf %v2338, %v934 : f32
          %v2340 = llvm.call_intrinsic "llvm.exp2.f32"(%v2339) : (f32) -> f32
          %v2341 = arith.muli %v1493, %v4 : i64
          %v2343 = arith.subi %v4, %v2342 : i64
          %v2344 = arith.minsi %v62, %v2343 : i64
          %v2345 = arith.addi %v2341, %v2344 : i64
          %v2347 = arith.muli %v2345, %v2346 : i64
          %v2349 = arith.addi %v2347, %v2348 : i64
          %v2350 = llvm.getelementptr %scratch_h[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2351 = llvm.load %v2350 : !llvm.ptr -> f32
          %v2356 = arith.muli %v685, %v2355 : i64
          %v2357 = arith.muli %v69, %v348 : i64
          %v2358 = arith.muli %v67, %v347 : i64
          %v2359 = arith.addi %v2357, %v2358 : i64
          %v2360 = arith.constant 4 : i64
          %v2361 = arith.muli %v2360, %v346 : i64
          %v2362 = arith.addi %v2359, %v2361 : i64
          %v2363 = arith.addi %v2356, %v2362 : i64
          %v2364 = llvm.getelementptr %ckpt_h[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
          %v2366 = arith.select %v1491, %v2365, %v2351 : f32
          %v2367 = arith.mulf %v2366, %v1987 : f32
          %v2368 = arith.mulf %v2340, %v2367 : f32
          %v2369 = arith.mulf %v2337, %v2368 : f32
          %v2370 = arith.addf %v2331, %v2369 : f32
          %v2371 = arith.muli %v67, %v966 : i64
          %v2372 = arith.constant 5 : i64
          %v2373 = arith.muli %v2372, %v965 : i64
          %v2374 = arith.addi %v2371, %v2373 : i64
          %v2375 = llvm.getelementptr %in_A[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2376 = llvm.load %v2375 : !llvm.ptr -> f32
          %v2377 = arith.mulf %v1933, %v2376 : f32
          %v2378 = arith.mulf %v2377, %v934 : f32
          %v2379 = llvm.call_intrinsic "llvm.exp2.f32"(%v2378) : (f32) -> f32
          %v2380 = arith.muli %v1493, %v4 : i64
          %v2382 = arith.subi %v4, %v2381 : i64
          %v2383 = arith.minsi %v62, %v2382 : i64
          %v2384 = arith.addi %v2380, %v2383 : i64
          %v2386 = arith.muli %v2384, %v2385 : i64
          %v2388 = arith.addi %v2386, %v2387 : i64
          %v2389 = llvm.getelementptr %scratch_h[%v2388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
          %v2395 = arith.muli %v685, %v2394 : i64
          %v2396 = arith.muli %v69, %v348 : i64
          %v2397 = arith.muli %v67, %v347 : i64
          %v2398 = arith.addi %v2396, %v2397 : i64
          %v2399 = arith.constant 5 : i64
          %v2400 = arith.muli %v2399, %v346 : i64
          %v2401 = arith.addi %v2398, %v2400 : i64
          %v2402 = arith.addi %v2395, %v2401 : i64
          %v2403 = llvm.getelementptr %ckpt_h[%v2402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
          %v2405 = arith.select %v1491, %v2404, %v2390 : f32
          %v2406 = arith.mulf %v2405, %v1999 : f32
          %v2407 = arith.mulf %v2379, %v2406 : f32
          %v2408 = arith.mulf %v2376, %v2407 : f32
          %v2409 = arith.addf %v2370, %v2408 : f32
          %v2410 = arith.muli %v67, %v966 : i64
          %v2411 = arith.constant 6 : i64
          %v2412 = arith.muli %v2411, %v965 : i64
          %v2413 = arith.addi %v2410, %v2412 : i64
          %v2414 = llvm.getelementptr %in_A[%v2413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2415 = llvm.load %v2414 : !llvm.ptr -> f32
          %v2416 = arith.mulf %v1933, %v2415 : f32
          %v2417 = arith.mulf %v2416, %v934 : f32
          %v2418 = llvm.call_intrinsic "llvm.exp2.f32"(%v2417) : (f32) -> f32
          %v2419 = arith.muli %v1493, %v4 : i64
          %v2421 = arith.subi %v4, %v2420 : i64
          %v2422 = arith.minsi %v62, %v2421 : i64
          %v2423 = arith.addi %v2419, %v2422 : i64
          %v2425 = arith.muli %v2423, %v2424 : i64
          %v2427 = arith.addi %v2425, %v2426 : i64
          %v2428 = llvm.getelementptr %scratch_h[%v2427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2429 = llvm.load %v2428 : !llvm.ptr -> f32
          %v2434 = arith.muli %v685, %v2433 : i64
          %v2435 = arith.muli %v69, %v348 : i64
          %v2436 = arith.muli %v67, %v347 : i64
          %v2437 = arith.addi %v2435, %v2436 : i64
          %v2438 = arith.constant 6 : i64
          %v2439 = arith.muli %v2438, %v346 : i64
          %v2440 = arith.addi %v2437, %v2439 : i64
          %v2441 = arith.addi %v2434, %v2440 : i64
          %v2442 = llvm.getelementptr %ckpt_h[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2443 = llvm.load %v2442 : !llvm.ptr -> f32
          %v2444 = arith.select %v1491, %v2443, %v2429 : f32
          %v2445 = arith.mulf %v2444, %v2011 : f32
          %v2446 = arith.mulf %v2418, %v2445 : f32
          %v2447 = arith.mulf %v2415, %v2446 : f32
          %v2448 = arith.addf %v2409, %v2447 : f32
          %v2449 = arith.muli %v67, %v966 : i64
          %v2450 = arith.constant 7 : i64
          %v2451 = arith.muli %v2450, %v965 : i64
          %v2452 = arith.addi %v2449, %v2451 : i64
          %v2453 = llvm.getelementptr %in_A[%v2452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2454 = llvm.load %v2453 : !llvm.ptr -> f32
          %v2455 = arith.mulf %v1933, %v2454 : f32
          %v2456 = arith.mulf %v2455, %v934 : f32
          %v2457 = llvm.call_intrinsic "llvm.exp2.f32"(%v2456) : (f32) -> f32
          %v2458 = arith.muli %v1493, %v4 : i64
          %v2460 = arith.subi %v4, %v2459 : i64
          %v2461 = arith.minsi %v62, %v2460 : i64
          %v2462 = arith.addi %v2458, %v2461 : i64
          %v2464 = arith.muli %v2462, %v2463 : i64
          %v2466 = arith.addi %v2464, %v2465 : i64
          %v2467 = llvm.getelementptr %scratch_h[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2468 = llvm.load %v2467 : !llvm.ptr -> f32
          %v2473 = arith.muli %v685, %v2472 : i64
          %v2474 = arith.muli %v69, %v348 : i64
          %v2475 = arith.muli %v67, %v347 : i64
          %v2476 = arith.addi %v2474, %v2475 : i64
          %v2477 = arith.constant 7 : i64
          %v2478 = arith.muli %v2477, %v346 : i64
          %v2479 = arith.addi %v2476, %v2478 : i64
          %v2480 = arith.addi %v2473, %v2479 : i64
          %v2481 = llvm.getelementptr %ckpt_h[%v2480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2482 = llvm.load %v2481 : !llvm.ptr -> f32
          %v2483 = arith.select %v1491, %v2482, %v2468 : f32
          %v2484 = arith.mulf %v2483, %v2023 : f32
          %v2485 = arith.mulf %v2457, %v2484 : f32
          %v2486 = arith.mulf %v2454, %v2485 : f32
          %v2487 = arith.addf %v2448, %v2486 : f32
          %v2488 = arith.muli %v67, %v966 : i64
          %v2489 = arith.constant 8 : i64
          %v2490 = arith.muli %v2489, %v965 : i64
          %v2491 = arith.addi %v2488, %v2490 : i64
          %v2492 = llvm.getelementptr %in_A[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2493 = llvm.load %v2492 : !llvm.ptr -> f32
          %v2494 = arith.mulf %v1933, %v2493 : f32
          %v2495 = arith.mulf %v2494, %v934 : f32
          %v2496 = llvm.call_intrinsic "llvm.exp2.f32"(%v2495) : (f32) -> f32
          %v2497 = arith.muli %v1493, %v4 : i64
          %v2499 = arith.subi %v4, %v2498 : i64
          %v2500 = arith.minsi %v62, %v2499 : i64
          %v2501 = arith.addi %v2497, %v2500 : i64
          %v2503 = arith.muli %v2501, %v2502 : i64
          %v2505 = arith.addi %v2503, %v2504 : i64
          %v2506 = llvm.getelementptr %scratch_h[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2507 = llvm.load %v2506 : !llvm.ptr -> f32
          %v2512 = arith.muli %v685, %v2511 : i64
          %v2513 = arith.muli %v69, %v348 : i64
          %v2514 = arith.muli %v67, %v347 : i64
          %v2515 = arith.addi %v2513, %v2514 : i64
          %v2516 = arith.constant 8 : i64
          %v2517 = arith.muli %v2516, %v346 : i64
          %v2518 = arith.addi %v2515, %v2517 : i64
          %v2519 = arith.addi %v2512, %v2518 : i64
          %v2520 = llvm.getelementptr %ckpt_h[%v2519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2521 = llvm.load %v2520 : !llvm.ptr -> f32
          %v2522 = arith.select %v1491, %v2521, %v2507 : f32
          %v2523 = arith.mulf %v2522, %v2035 : f32
          %v2524 = arith.mulf %v2496, %v2523 : f32
          %v2525 = arith.mulf %v2493, %v2524 : f32
          %v2526 = arith.addf %v2487, %v2525 : f32
          %v2527 = arith.muli %v67, %v966 : i64
          %v2528 = arith.constant 9 : i64
          %v2529 = arith.muli %v2528, %v965 : i64
          %v2530 = arith.addi %v2527, %v2529 : i64
          %v2531 = llvm.getelementptr %in_A[%v2530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2532 = llvm.load %v2531 : !llvm.ptr -> f32
          %v2533 = arith.mulf %v1933, %v2532 : f32
          %v2534 = arith.mulf %v2533, %v934 : f32
          %v2535 = llvm.call_intrinsic "llvm.exp2.f32"(%v2534) : (f32) -> f32
          %v2536 = arith.muli %v1493, %v4 : i64
          %v2538 = arith.subi %v4, %v2537 : i64
          %v2539 = arith.minsi %v62, %v2538 : i64
          %v2540 = arith.addi %v2536, %v2539 : i64
          %v2542 = arith.muli %v2540, %v2541 : i64
          %v2544 = arith.addi %v2542, %v2543 : i64
          %v2545 = llvm.getelementptr %scratch_h[%v2544] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2546 = llvm.load %v2545 : !llvm.ptr -> f32
          %v2551 = arith.muli %v685, %v2550 : i64
          %v2552 = arith.muli %v69, %v348 : i64
          %v2553 = arith.muli %v67, %v347 : i64
          %v2554 = arith.addi %v2552, %v2553 : i64
          %v2555 = arith.constant 9 : i64
          %v2556 = arith.muli %v2555, %v346 : i64
          %v2557 = arith.addi %v2554, %v2556 : i64
          %v2558 = arith.addi %v2551, %v2557 : i64
          %v2559 = llvm.getelementptr %ckpt_h[%v2558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2560 = llvm.load %v2559 : !llvm.ptr -> f32
          %v2561 = arith.select %v1491, %v2560, %v2546 : f32
          %v2562 = arith.mulf %v2561, %v2047 : f32
          %v2563 = arith.mulf %v2535, %v2562 : f32
          %v2564 = arith.mulf %v2532, %v2563 : f32
          %v2565 = arith.addf %v2526, %v2564 : f32
          %v2566 = arith.muli %v67, %v966 : i64
          %v2567 = arith.constant 10 : i64
          %v2568 = arith.muli %v2567, %v965 : i64
          %v2569 = arith.addi %v2566, %v2568 : i64
          %v2570 = llvm.getelementptr %in_A[%v2569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2571 = llvm.load %v2570 : !llvm.ptr -> f32
          %v2572 = arith.mulf %v1933, %v2571 : f32
          %v2573 = arith.mulf %v2572, %v934 : f32
          %v2574 = llvm.call_intrinsic "llvm.exp2.f32"(%v2573) : (f32) -> f32
          %v2575 = arith.muli %v1493, %v4 : i64
          %v2577 = arith.subi %v4, %v2576 : i64
          %v2578 = arith.minsi %v62, %v2577 : i64
          %v2579 = arith.addi %v2575, %v2578 : i64
          %v2581 = arith.muli %v2579, %v2580 : i64
          %v2583 = arith.addi %v2581, %v2582 : i64
          %v2584 = llvm.getelementptr %scratch_h[%v2583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2585 = llvm.load %v2584 : !llvm.ptr -> f32
          %v2590 = arith.muli %v685, %v2589 : i64
          %v2591 = arith.muli %v69, %v348 : i64
          %v2592 = arith.muli %v67, %v347 : i64
          %v2593 = arith.addi %v2591, %v2592 : i64
          %v2594 = arith.constant 10 : i64
          %v2595 = arith.muli %v2594, %v346 : i64
          %v2596 = arith.addi %v2593, %v2595 : i64
          %v2597 = arith.addi %v2590, %v2596 : i64
          %v2598 = llvm.getelementptr %ckpt_h[%v2597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
          %v2600 = arith.select %v1491, %v2599, %v2585 : f32
          %v2601 = arith.mulf %v2600, %v2059 : f32
          %v2602 = arith.mulf %v2574, %v2601 : f32
          %v2603 = arith.mulf %v2571, %v2602 : f32
          %v2604 = arith.addf %v2565, %v2603 : f32
          %v2605 = arith.muli %v67, %v966 : i64
          %v2606 = arith.constant 11 : i64
          %v2607 = arith.muli %v2606, %v965 : i64
          %v2608 = arith.addi %v2605, %v2607 : i64
          %v2609 = llvm.getelementptr %in_A[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2610 = llvm.load %v2609 : !llvm.ptr -> f32
          %v2611 = arith.mulf %v1933, %v2610 : f32
          %v2612 = arith.mulf %v2611, %v934 : f32
          %v2613 = llvm.call_intrinsic "llvm.exp2.f32"(%v2612) : (f32) -> f32
          %v2614 = arith.muli %v1493, %v4 : i64
          %v2616 = arith.subi %v4, %v2615 : i64
          %v2617 = arith.minsi %v62, %v2616 : i64
          %v2618 = arith.addi %v2614, %v2617 : i64
          %v2620 = arith.muli %v2618, %v2619 : i64
          %v2622 = arith.addi %v2620, %v2621 : i64
          %v2623 = llvm.getelementptr %scratch_h[%v2622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2624 = llvm.load %v2623 : !llvm.ptr -> f32
          %v2629 = arith.muli %v685, %v2628 : i64
          %v2630 = arith.muli %v69, %v348 : i64
          %v2631 = arith.muli %v67, %v347 : i64
          %v2632 = arith.addi %v2630, %v2631 : i64
          %v2633 = arith.constant 11 : i64
          %v2634 = arith.muli %v2633, %v346 : i64
          %v2635 = arith.addi %v2632, %v2634 : i64
          %v2636 = arith.addi %v2629, %v2635 : i64
          %v2637 = llvm.getelementptr %ckpt_h[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2638 = llvm.load %v2637 : !llvm.ptr -> f32
          %v2639 = arith.select %v1491, %v2638, %v2624 : f32
          %v2640 = arith.mulf %v2639, %v2071 : f32
          %v2641 = arith.mulf %v2613, %v2640 : f32
          %v2642 = arith.mulf %v2610, %v2641 : f32
          %v2643 = arith.addf %v2604, %v2642 : f32
          %v2644 = arith.muli %v67, %v966 : i64
          %v2645 = arith.constant 12 : i64
          %v2646 = arith.muli %v2645, %v965 : i64
          %v2647 = arith.addi %v2644, %v2646 : i64
          %v2648 = llvm.getelementptr %in_A[%v2647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2649 = llvm.load %v2648 : !llvm.ptr -> f32
          %v2650 = arith.mulf %v1933, %v2649 : f32
          %v2651 = arith.mulf %v2650, %v934 : f32
          %v2652 = llvm.call_intrinsic "llvm.exp2.f32"(%v2651) : (f32) -> f32
          %v2653 = arith.muli %v1493, %v4 : i64
          %v2655 = arith.subi %v4, %v2654 : i64
          %v2656 = arith.minsi %v62, %v2655 : i64
          %v2657 = arith.addi %v2653, %v2656 : i64
          %v2659 = arith.muli %v2657, %v2658 : i64
          %v2661 = arith.addi %v2659, %v2660 : i64
          %v2662 = llvm.getelementptr %scratch_h[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2663 = llvm.load %v2662 : !llvm.ptr -> f32
          %v2668 = arith.muli %v685, %v2667 : i64
          %v2669 = arith.muli %v69, %v348 : i64
          %v2670 = arith.muli %v67, %v347 : i64
          %v2671 = arith.addi %v2669, %v2670 : i64
          %v2672 = arith.constant 12 : i64
          %v2673 = arith.muli %v2672, %v346 : i64
          %v2674 = arith.addi %v2671, %v2673 : i64
          %v2675 = arith.addi %v2668, %v2674 : i64
          %v2676 = llvm.getelementptr %ckpt_h[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2677 = llvm.load %v2676 : !llvm.ptr -> f32
          %v2678 = arith.select %v1491, %v2677, %v2663 : f32
          %v2679 = arith.mulf %v2678, %v2083 : f32
          %v2680 = arith.mulf %v2652, %v2679 : f32
          %v2681 = arith.mulf %v2649, %v2680 : f32
          %v2682 = arith.addf %v2643, %v2681 : f32
          %v2683 = arith.muli %v67, %v966 : i64
          %v2684 = arith.constant 13 : i64
          %v2685 = arith.muli %v2684, %v965 : i64
          %v2686 = arith.addi %v2683, %v2685 : i64
          %v2687 = llvm.getelementptr %in_A[%v2686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2688 = llvm.load %v2687 : !llvm.ptr -> f32
          %v2689 = arith.mulf %v1933, %v2688 : f32
          %v2690 = arith.mulf %v2689, %v934 : f32
          %v2691 = llvm.call_intrinsic "llvm.exp2.f32"(%v2690) : (f32) -> f32
          %v2692 = arith.muli %v1493, %v4 : i64
          %v2694 = arith.subi %v4, %v2693 : i64
          %v2695 = arith.minsi %v62, %v2694 : i64
          %v2696 = arith.addi %v2692, %v2695 : i64
          %v2698 = arith.muli %v2696, %v2697 : i64
          %v2700 = arith.addi %v2698, %v2699 : i64
          %v2701 = llvm.getelementptr %scratch_h[%v2700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2702 = llvm.load %v2701 : !llvm.ptr -> f32
          %v2707 = arith.muli %v685, %v2706 : i64
          %v2708 = arith.muli %v69, %v348 : i64
          %v2709 = arith.muli %v67, %v347 : i64
          %v2710 = arith.addi %v2708, %v2709 : i64
          %v2711 = arith.constant 13 : i64
          %v2712 = arith.muli %v2711, %v346 : i64
          %v2713 = arith.addi %v2710, %v2712 : i64
          %v2714 = arith.addi %v2707, %v2713 : i64
          %v2715 = llvm.getelementptr %ckpt_h[%v2714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2716 = llvm.load %v2715 : !llvm.ptr -> f32
          %v2717 = arith.select %v1491, %v2716, %v2702 : f32
          %v2718 = arith.mulf %v2717, %v2095 : f32
          %v2719 = arith.mulf %v2691, %v2718 : f32
          %v2720 = arith.mulf %v2688, %v2719 : f32
          %v2721 = arith.addf %v2682, %v2720 : f32
          %v2722 = arith.muli %v67, %v966 : i64
          %v2723 = arith.constant 14 : i64
          %v2724 = arith.muli %v2723, %v965 : i64
          %v2725 = arith.addi %v2722, %v2724 : i64
          %v2726 = llvm.getelementptr %in_A[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
          %v2728 = arith.mulf %v1933, %v2727 : f32
          %v2729 = arith.mulf %v2728, %v934 : f32
          %v2730 = llvm.call_intrinsic "llvm.exp2.f32"(%v2729) : (f32) -> f32
          %v2731 = arith.muli %v1493, %v4 : i64
          %v2733 = arith.subi %v4, %v2732 : i64
          %v2734 = arith.minsi %v62, %v2733 : i64
          %v2735 = arith.addi %v2731, %v2734 : i64
          %v2737 = arith.muli %v2735, %v2736 : i64
          %v2739 = arith.addi %v2737, %v2738 : i64
          %v2740 = llvm.getelementptr %scratch_h[%v2739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2741 = llvm.load %v2740 : !llvm.ptr -> f32
          %v2746 = arith.muli %v685, %v2745 : i64
          %v2747 = arith.muli %v69, %v348 : i64
          %v2748 = arith.muli %v67, %v347 : i64
          %v2749 = arith.addi %v2747, %v2748 : i64
          %v2750 = arith.constant 14 : i64
          %v2751 = arith.muli %v2750, %v346 : i64
          %v2752 = arith.addi %v2749, %v2751 : i64
          %v2753 = arith.addi %v2746, %v2752 : i64
          %v2754 = llvm.getelementptr %ckpt_h[%v2753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2755 = llvm.load %v2754 : !llvm.ptr -> f32
          %v2756 = arith.select %v1491, %v2755, %v2741 : f32
          %v2757 = arith.mulf %v2756, %v2107 : f32
          %v2758 = arith.mulf %v2730, %v2757 : f32
          %v2759 = arith.mulf %v2727, %v2758 : f32
          %v2760 = arith.addf %v2721, %v2759 : f32
          %v2761 = arith.muli %v67, %v966 : i64
          %v2762 = arith.constant 15 : i64
          %v2763 = arith.muli %v2762, %v965 : i64
          %v2764 = arith.addi %v2761, %v2763 : i64
          %v2765 = llvm.getelementptr %in_A[%v2764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2766 = llvm.load %v2765 : !llvm.ptr -> f32
          %v2767 = arith.mulf %v1933, %v2766 : f32
          %v2768 = arith.mulf %v2767, %v934 : f32
          %v2769 = llvm.call_intrinsic "llvm.exp2.f32"(%v2768) : (f32) -> f32
          %v2770 = arith.muli %v1493, %v4 : i64
          %v2772 = arith.subi %v4, %v2771 : i64
          %v2773 = arith.minsi %v62, %v2772 : i64
          %v2774 = arith.addi %v2770, %v2773 : i64
          %v2776 = arith.muli %v2774, %v2775 : i64
          %v2778 = arith.addi %v2776, %v2777 : i64
          %v2779 = llvm.getelementptr %scratch_h[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2780 = llvm.load %v2779 : !llvm.ptr -> f32
          %v2785 = arith.muli %v685, %v2784 : i64
          %v2786 = arith.muli %v69, %v348 : i64
          %v2787 = arith.muli %v67, %v347 : i64
          %v2788 = arith.addi %v2786, %v2787 : i64
          %v2789 = arith.constant 15 : i64
          %v2790 = arith.muli %v2789, %v346 : i64
          %v2791 = arith.addi %v2788, %v2790 : i64
          %v2792 = arith.addi %v2785, %v2791 : i64
          %v2793 = llvm.getelementptr %ckpt_h[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2794 = llvm.load %v2793 : !llvm.ptr -> f32
          %v2795 = arith.select %v1491, %v2794, %v2780 : f32
          %v2796 = arith.mulf %v2795, %v2119 : f32
          %v2797 = arith.mulf %v2769, %v2796 : f32
          %v2798 = arith.mulf %v2766, %v2797 : f32
          %v2799 = arith.addf %v2760, %v2798 : f32
          %v2800 = arith.addf %v2182, %v2799 : f32
          %v2801 = arith.negf %v1908 : f32
          %v2802 = arith.mulf %v2801, %v934 : f32
          %v2803 = llvm.call_intrinsic "llvm.exp2.f32"(%v2802) : (f32) -> f32
          %v2804 = arith.addf %v337, %v2803 : f32
          %v2805 = arith.divf %v337, %v2804 : f32
          %v2806 = arith.mulf %v2800, %v2805 : f32
          scf.if %v63 {
            %v2807 = arith.muli %v69, %v918 : i64
            %v2808 = arith.muli %v1490, %v917 : i64
            %v2809 = arith.addi %v2807, %v2808 : i64
            %v2810 = arith.muli %v67, %v916 : i64
            %v2811 = arith.addi %v2809, %v2810 : i64
            %v2812 = llvm.getelementptr %dx_delta[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2806, %v2812 : f32, !llvm.ptr
          }
          %v2813 = arith.muli %v1489, %v4 : i64
          %v2815 = arith.subi %v4, %v2814 : i64
          %v2816 = arith.minsi %v62, %v2815 : i64
          %v2817 = arith.addi %v2813, %v2816 : i64
          %v2819 = arith.muli %v2817, %v2818 : i64
          %v2821 = arith.addi %v2819, %v2820 : i64
          %v2822 = llvm.getelementptr %scratch_h[%v2821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2823 = llvm.load %v2822 : !llvm.ptr -> f32
          %v2824 = arith.mulf %v1498, %v2823 : f32
          %v2825 = arith.muli %v1489, %v4 : i64
          %v2827 = arith.subi %v4, %v2826 : i64
          %v2828 = arith.minsi %v62, %v2827 : i64
          %v2829 = arith.addi %v2825, %v2828 : i64
          %v2831 = arith.muli %v2829, %v2830 : i64
          %v2833 = arith.addi %v2831, %v2832 : i64
          %v2834 = llvm.getelementptr %scratch_h[%v2833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2835 = llvm.load %v2834 : !llvm.ptr -> f32
          %v2836 = arith.mulf %v1532, %v2835 : f32
          %v2837 = arith.addf %v2824, %v2836 : f32
          %v2838 = arith.muli %v1489, %v4 : i64
          %v2840 = arith.subi %v4, %v2839 : i64
          %v2841 = arith.minsi %v62, %v2840 : i64
          %v2842 = arith.addi %v2838, %v2841 : i64
          %v2844 = arith.muli %v2842, %v2843 : i64
          %v2846 = arith.addi %v2844, %v2845 : i64
          %v2847 = llvm.getelementptr %scratch_h[%v2846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2848 = llvm.load %v2847 : !llvm.ptr -> f32
          %v2849 = arith.mulf %v1546, %v2848 : f32
          %v2850 = arith.addf %v2837, %v2849 : f32
          %v2851 = arith.muli %v1489, %v4 : i64
          %v2853 = arith.subi %v4, %v2852 : i64
          %v2854 = arith.minsi %v62, %v2853 : i64
          %v2855 = arith.addi %v2851, %v2854 : i64
          %v2857 = arith.muli %v2855, %v2856 : i64
          %v2859 = arith.addi %v2857, %v2858 : i64
          %v2860 = llvm.getelementptr %scratch_h[%v2859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2861 = llvm.load %v2860 : !llvm.ptr -> f32
          %v2862 = arith.mulf %v1560, %v2861 : f32
          %v2863 = arith.addf %v2850, %v2862 : f32
          %v2864 = arith.muli %v1489, %v4 : i64
          %v2866 = arith.subi %v4, %v2865 : i64
          %v2867 = arith.minsi %v62, %v2866 : i64
          %v2868 = arith.addi %v2864, %v2867 : i64
          %v2870 = arith.muli %v2868, %v2869 : i64
          %v2872 = arith.addi %v2870, %v2871 : i64
          %v2873 = llvm.getelementptr %scratch_h[%v2872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2874 = llvm.load %v2873 : !llvm.ptr -> f32
          %v2875 = arith.mulf %v1574, %v2874 : f32
          %v2876 = arith.addf %v2863, %v2875 : f32
          %v2877 = arith.muli %v1489, %v4 : i64
          %v2879 = arith.subi %v4, %v2878 : i64
          %v2880 = arith.minsi %v62, %v2879 : i64
          %v2881 = arith.addi %v2877, %v2880 : i64
          %v2883 = arith.muli %v2881, %v2882 : i64
          %v2885 = arith.addi %v2883, %v2884 : i64
          %v2886 = llvm.getelementptr %scratch_h[%v2885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2887 = llvm.load %v2886 : !llvm.ptr -> f32
          %v2888 = arith.mulf %v1588, %v2887 : f32
          %v2889 = arith.addf %v2876, %v2888 : f32
          %v2890 = arith.muli %v1489, %v4 : i64
          %v2892 = arith.subi %v4, %v2891 : i64
          %v2893 = arith.minsi %v62, %v2892 : i64
          %v2894 = arith.addi %v2890, %v2893 : i64
          %v2896 = arith.muli %v2894, %v2895 : i64
          %v2898 = arith.addi %v2896, %v2897 : i64
          %v2899 = llvm.getelementptr %scratch_h[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2900 = llvm.load %v2899 : !llvm.ptr -> f32
          %v2901 = arith.mulf %v1602, %v2900 : f32
          %v2902 = arith.addf %v2889, %v2901 : f32
          %v2903 = arith.muli %v1489, %v4 : i64
          %v2905 = arith.subi %v4, %v2904 : i64
          %v2906 = arith.minsi %v62, %v2905 : i64
          %v2907 = arith.addi %v2903, %v2906 : i64
          %v2909 = arith.muli %v2907, %v2908 : i64
          %v2911 = arith.addi %v2909, %v2910 : i64
          %v2912 = llvm.getelementptr %scratch_h[%v2911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2913 = llvm.load %v2912 : !llvm.ptr -> f32
          %v2914 = arith.mulf %v1616, %v2913 : f32
          %v2915 = arith.addf %v2902, %v2914 : f32
          %v2916 = arith.muli %v1489, %v4 : i64
          %v2918 = arith.subi %v4, %v2917 : i64
          %v2919 = arith.minsi %v62, %v2918 : i64
          %v2920 = arith.addi %v2916, %v2919 : i64
          %v2922 = arith.muli %v2920, %v2921 : i64
          %v2924 = arith.addi %v2922, %v2923 : i64
          %v2925 = llvm.getelementptr %scratch_h[%v2924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2926 = llvm.load %v2925 : !llvm.ptr -> f32
          %v2927 = arith.mulf %v1630, %v2926 : f32
          %v2928 = arith.addf %v2915, %v2927 : f32
          %v2929 = arith.muli %v1489, %v4 : i64
          %v2931 = arith.subi %v4, %v2930 : i64
          %v2932 = arith.minsi %v62, %v2931 : i64
          %v2933 = arith.addi %v2929, %v2932 : i64
          %v2935 = arith.muli %v2933, %v2934 : i64
          %v2937 = arith.addi %v2935, %v2936 : i64
          %v2938 = llvm.getelementptr %scratch_h[%v2937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2939 = llvm.load %v2938 : !llvm.ptr -> f32
          %v2940 = arith.mulf %v1644, %v2939 : f32
          %v2941 = arith.addf %v2928, %v2940 : f32
          %v2942 = arith.muli %v1489, %v4 : i64
          %v2944 = arith.subi %v4, %v2943 : i64
          %v2945 = arith.minsi %v62, %v2944 : i64
          %v2946 = arith.addi %v2942, %v2945 : i64
          %v2948 = arith.muli %v2946, %v2947 : i64
          %v2950 = arith.addi %v2948, %v2949 : i64
          %v2951 = llvm.getelementptr %scratch_h[%v2950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2952 = llvm.load %v2951 : !llvm.ptr -> f32
          %v2953 = arith.mulf %v1658, %v2952 : f32
          %v2954 = arith.addf %v2941, %v2953 : f32
          %v2955 = arith.muli %v1489, %v4 : i64
          %v2957 = arith.subi %v4, %v2956 : i64
          %v2958 = arith.minsi %v62, %v2957 : i64
          %v2959 = arith.addi %v2955, %v2958 : i64
          %v2961 = arith.muli %v2959, %v2960 : i64
          %v2963 = arith.addi %v2961, %v2962 : i64
          %v2964 = llvm.getelementptr %scratch_h[%v2963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2965 = llvm.load %v2964 : !llvm.ptr -> f32
          %v2966 = arith.mulf %v1672, %v2965 : f32
          %v2967 = arith.addf %v2954, %v2966 : f32
          %v2968 = arith.muli %v1489, %v4 : i64
          %v2970 = arith.subi %v4, %v2969 : i64
          %v2971 = arith.minsi %v62, %v2970 : i64
          %v2972 = arith.addi %v2968, %v2971 : i64
          %v2974 = arith.muli %v2972, %v2973 : i64
          %v2976 = arith.addi %v2974, %v2975 : i64
          %v2977 = llvm.getelementptr %scratch_h[%v2976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2978 = llvm.load %v2977 : !llvm.ptr -> f32
          %v2979 = arith.mulf %v1686, %v2978 : f32
          %v2980 = arith.addf %v2967, %v2979 : f32
          %v2981 = arith.muli %v1489, %v4 : i64
          %v2983 = arith.subi %v4, %v2982 : i64
          %v2984 = arith.minsi %v62, %v2983 : i64
          %v2985 = arith.addi %v2981, %v2984 : i64
          %v2987 = arith.muli %v2985, %v2986 : i64
          %v2989 = arith.addi %v2987, %v2988 : i64
          %v2990 = llvm.getelementptr %scratch_h[%v2989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2991 = llvm.load %v2990 : !llvm.ptr -> f32
          %v2992 = arith.mulf %v1700, %v2991 : f32
          %v2993 = arith.addf %v2980, %v2992 : f32
          %v2994 = arith.muli %v1489, %v4 : i64
          %v2996 = arith.subi %v4, %v2995 : i64
          %v2997 = arith.minsi %v62, %v2996 : i64
          %v2998 = arith.addi %v2994, %v2997 : i64
          %v3000 = arith.muli %v2998, %v2999 : i64
          %v3002 = arith.addi %v3000, %v3001 : i64
          %v3003 = llvm.getelementptr %scratch_h[%v3002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3004 = llvm.load %v3003 : !llvm.ptr -> f32
          %v3005 = arith.mulf %v1714, %v3004 : f32
          %v3006 = arith.addf %v2993, %v3005 : f32
          %v3007 = arith.muli %v1489, %v4 : i64
          %v3009 = arith.subi %v4, %v3008 : i64
          %v3010 = arith.minsi %v62, %v3009 : i64
          %v3011 = arith.addi %v3007, %v3010 : i64
          %v3013 = arith.muli %v3011, %v3012 : i64
          %v3015 = arith.addi %v3013, %v3014 : i64
          %v3016 = llvm.getelementptr %scratch_h[%v3015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3017 = llvm.load %v3016 : !llvm.ptr -> f32
          %v3018 = arith.mulf %v1728, %v3017 : f32
          %v3019 = arith.addf %v3006, %v3018 : f32
          %v3020 = arith.mulf %v2135, %v1895 : f32
          %v3021 = arith.addf %v3019, %v3020 : f32
          %v3022 = arith.mulf %v3021, %v1518 : f32
          %v3023 = arith.negf %v1505 : f32
          %v3024 = arith.mulf %v3023, %v934 : f32
          %v3025 = llvm.call_intrinsic "llvm.exp2.f32"(%v3024) : (f32) -> f32
          %v3026 = arith.addf %v337, %v3025 : f32
          %v3027 = arith.divf %v337, %v3026 : f32
          %v3028 = arith.subf %v337, %v3027 : f32
          %v3029 = arith.mulf %v1505, %v3028 : f32
          %v3030 = arith.addf %v337, %v3029 : f32
          %v3031 = arith.mulf %v3027, %v3030 : f32
          %v3032 = arith.mulf %v3022, %v3031 : f32
          scf.if %v63 {
            %v3033 = arith.muli %v69, %v918 : i64
            %v3034 = arith.muli %v1490, %v917 : i64
            %v3035 = arith.addi %v3033, %v3034 : i64
            %v3036 = arith.muli %v67, %v916 : i64
            %v3037 = arith.addi %v3035, %v3036 : i64
            %v3038 = llvm.getelementptr %dx_z[%v3037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3032, %v3038 : f32, !llvm.ptr
          }
          %v3039 = arith.mulf %v2211, %v1940 : f32
          %v3040 = arith.mulf %v2188, %v3039 : f32
          %v3041 = arith.mulf %v1933, %v3040 : f32
          %v3042 = llvm.load %v203 : !llvm.ptr -> f32
          %v3043 = arith.addf %v3042, %v3041 : f32
          llvm.store %v3043, %v203 : f32, !llvm.ptr
          %v3044 = arith.mulf %v2249, %v1951 : f32
          %v3045 = arith.mulf %v2223, %v3044 : f32
          %v3046 = arith.mulf %v1933, %v3045 : f32
          %v3047 = llvm.load %v207 : !llvm.ptr -> f32
          %v3048 = arith.addf %v3047, %v3046 : f32
          llvm.store %v3048, %v207 : f32, !llvm.ptr
          %v3049 = arith.mulf %v2288, %v1963 : f32
          %v3050 = arith.mulf %v2262, %v3049 : f32
          %v3051 = arith.mulf %v1933, %v3050 : f32
          %v3052 = llvm.load %v211 : !llvm.ptr -> f32
          %v3053 = arith.addf %v3052, %v3051 : f32
          llvm.store %v3053, %v211 : f32, !llvm.ptr
          %v3054 = arith.mulf %v2327, %v1975 : f32
          %v3055 = arith.mulf %v2301, %v3054 : f32
          %v3056 = arith.mulf %v1933, %v3055 : f32
          %v3057 = llvm.load %v215 : !llvm.ptr -> f32
          %v3058 = arith.addf %v3057, %v3056 : f32
          llvm.store %v3058, %v215 : f32, !llvm.ptr
          %v3059 = arith.mulf %v2366, %v1987 : f32
          %v3060 = arith.mulf %v2340, %v3059 : f32
          %v3061 = arith.mulf %v1933, %v3060 : f32
          %v3062 = llvm.load %v219 : !llvm.ptr -> f32
          %v3063 = arith.addf %v3062, %v3061 : f32
          llvm.store %v3063, %v219 : f32, !llvm.ptr
          %v3064 = arith.mulf %v2405, %v1999 : f32
          %v3065 = arith.mulf %v2379, %v3064 : f32
          %v3066 = arith.mulf %v1933, %v3065 : f32
          %v3067 = llvm.load %v223 : !llvm.ptr -> f32
          %v3068 = arith.addf %v3067, %v3066 : f32
          llvm.store %v3068, %v223 : f32, !llvm.ptr
          %v3069 = arith.mulf %v2444, %v2011 : f32
          %v3070 = arith.mulf %v2418, %v3069 : f32
          %v3071 = arith.mulf %v1933, %v3070 : f32
          %v3072 = llvm.load %v227 : !llvm.ptr -> f32
          %v3073 = arith.addf %v3072, %v3071 : f32
          llvm.store %v3073, %v227 : f32, !llvm.ptr
          %v3074 = arith.mulf %v2483, %v2023 : f32
          %v3075 = arith.mulf %v2457, %v3074 : f32
          %v3076 = arith.mulf %v1933, %v3075 : f32
          %v3077 = llvm.load %v231 : !llvm.ptr -> f32
          %v3078 = arith.addf %v3077, %v3076 : f32
          llvm.store %v3078, %v231 : f32, !llvm.ptr
          %v3079 = arith.mulf %v2522, %v2035 : f32
          %v3080 = arith.mulf %v2496, %v3079 : f32
          %v3081 = arith.mulf %v1933, %v3080 : f32
          %v3082 = llvm.load %v235 : !llvm.ptr -> f32
          %v3083 = arith.addf %v3082, %v3081 : f32
          llvm.store %v3083, %v235 : f32, !llvm.ptr
          %v3084 = arith.mulf %v2561, %v2047 : f32
          %v3085 = arith.mulf %v2535, %v3084 : f32
          %v3086 = arith.mulf %v1933, %v3085 : f32
          %v3087 = llvm.load %v239 : !llvm.ptr -> f32
          %v3088 = arith.addf %v3087, %v3086 : f32
          llvm.store %v3088, %v239 : f32, !llvm.ptr
          %v3089 = arith.mulf %v2600, %v2059 : f32
          %v3090 = arith.mulf %v2574, %v3089 : f32
          %v3091 = arith.mulf %v1933, %v3090 : f32
          %v3092 = llvm.load %v243 : !llvm.ptr -> f32
          %v3093 = arith.addf %v3092, %v3091 : f32
          llvm.store %v3093, %v243 : f32, !llvm.ptr
          %v3094 = arith.mulf %v2639, %v2071 : f32
          %v3095 = arith.mulf %v2613, %v3094 : f32
          %v3096 = arith.mulf %v1933, %v3095 : f32
          %v3097 = llvm.load %v247 : !llvm.ptr -> f32
          %v3098 = arith.addf %v3097, %v3096 : f32
          llvm.store %v3098, %v247 : f32, !llvm.ptr
          %v3099 = arith.mulf %v2678, %v2083 : f32
          %v3100 = arith.mulf %v2652, %v3099 : f32
          %v3101 = arith.mulf %v1933, %v3100 : f32
          %v3102 = llvm.load %v251 : !llvm.ptr -> f32
          %v3103 = arith.addf %v3102, %v3101 : f32
          llvm.store %v3103, %v251 : f32, !llvm.ptr
          %v3104 = arith.mulf %v2717, %v2095 : f32
          %v3105 = arith.mulf %v2691, %v3104 : f32
          %v3106 = arith.mulf %v1933, %v3105 : f32
          %v3107 = llvm.load %v255 : !llvm.ptr -> f32
          %v3108 = arith.addf %v3107, %v3106 : f32
          llvm.store %v3108, %v255 : f32, !llvm.ptr
          %v3109 = arith.mulf %v2756, %v2107 : f32
          %v3110 = arith.mulf %v2730, %v3109 : f32
          %v3111 = arith.mulf %v1933, %v3110 : f32
          %v3112 = llvm.load %v259 : !llvm.ptr -> f32
          %v3113 = arith.addf %v3112, %v3111 : f32
          llvm.store %v3113, %v259 : f32, !llvm.ptr
          %v3114 = arith.mulf %v2795, %v2119 : f32
          %v3115 = arith.mulf %v2769, %v3114 : f32
          %v3116 = arith.mulf %v1933, %v3115 : f32
          %v3117 = llvm.load %v263 : !llvm.ptr -> f32
          %v3118 = arith.addf %v3117, %v3116 : f32
          llvm.store %v3118, %v263 : f32, !llvm.ptr
          %v3119 = arith.mulf %v2135, %v1940 : f32
          %v3120 = arith.mulf %v1933, %v3119 : f32
          scf.if %v63 {
            %v3123 = arith.muli %v62, %v3121 : i64
            %v3124 = arith.addi %v3123, %v3122 : i64
            %v3125 = arith.muli %v3124, %size_L : i64
            %v3126 = arith.addi %v3125, %v1490 : i64
            %v3127 = llvm.getelementptr %part_Bm[%v3126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3120, %v3127 : f32, !llvm.ptr
          }
          %v3128 = arith.mulf %v2135, %v1951 : f32
          %v3129 = arith.mulf %v1933, %v3128 : f32
          scf.if %v63 {
            %v3132 = arith.muli %v62, %v3130 : i64
            %v3133 = arith.addi %v3132, %v3131 : i64
            %v3134 = arith.muli %v3133, %size_L : i64
            %v3135 = arith.addi %v3134, %v1490 : i64
            %v3136 = llvm.getelementptr %part_Bm[%v3135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3129, %v3136 : f32, !llvm.ptr
          }
          %v3137 = arith.mulf %v2135, %v1963 : f32
          %v3138 = arith.mulf %v1933, %v3137 : f32
          scf.if %v63 {
            %v3141 = arith.muli %v62, %v3139 : i64
            %v3142 = arith.addi %v3141, %v3140 : i64
            %v3143 = arith.muli %v3142, %size_L : i64
            %v3144 = arith.addi %v3143, %v1490 : i64
            %v3145 = llvm.getelementptr %part_Bm[%v3144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3138, %v3145 : f32, !llvm.ptr
          }
          %v3146 = arith.mulf %v2135, %v1975 : f32
          %v3147 = arith.mulf %v1933, %v3146 : f32
          scf.if %v63 {
            %v3150 = arith.muli %v62, %v3148 : i64
            %v3151 = arith.addi %v3150, %v3149 : i64
            %v3152 = arith.muli %v3151, %size_L : i64
            %v3153 = arith.addi %v3152, %v1490 : i64
            %v3154 = llvm.getelementptr %part_Bm[%v3153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3147, %v3154 : f32, !llvm.ptr
          }
          %v3155 = arith.mulf %v2135, %v1987 : f32
          %v3156 = arith.mulf %v1933, %v3155 : f32
          scf.if %v63 {
            %v3159 = arith.muli %v62, %v3157 : i64
            %v3160 = arith.addi %v3159, %v3158 : i64
            %v3161 = arith.muli %v3160, %size_L : i64
            %v3162 = arith.addi %v3161, %v1490 : i64
            %v3163 = llvm.getelementptr %part_Bm[%v3162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3156, %v3163 : f32, !llvm.ptr
          }
          %v3164 = arith.mulf %v2135, %v1999 : f32
          %v3165 = arith.mulf %v1933, %v3164 : f32
          scf.if %v63 {
            %v3168 = arith.muli %v62, %v3166 : i64
            %v3169 = arith.addi %v3168, %v3167 : i64
            %v3170 = arith.muli %v3169, %size_L : i64
            %v3171 = arith.addi %v3170, %v1490 : i64
            %v3172 = llvm.getelementptr %part_Bm[%v3171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3165, %v3172 : f32, !llvm.ptr
          }
          %v3173 = arith.mulf %v2135, %v2011 : f32
          %v3174 = arith.mulf %v1933, %v3173 : f32
          scf.if %v63 {
            %v3177 = arith.muli %v62, %v3175 : i64
            %v3178 = arith.addi %v3177, %v3176 : i64
            %v3179 = arith.muli %v3178, %size_L : i64
            %v3180 = arith.addi %v3179, %v1490 : i64
            %v3181 = llvm.getelementptr %part_Bm[%v3180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3174, %v3181 : f32, !llvm.ptr
          }
          %v3182 = arith.mulf %v2135, %v2023 : f32
          %v3183 = arith.mulf %v1933, %v3182 : f32
          scf.if %v63 {
            %v3186 = arith.muli %v62, %v3184 : i64
            %v3187 = arith.addi %v3186, %v3185 : i64
            %v3188 = arith.muli %v3187, %size_L : i64
            %v3189 = arith.addi %v3188, %v1490 : i64
            %v3190 = llvm.getelementptr %part_Bm[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3183, %v3190 : f32, !llvm.ptr
          }
          %v3191 = arith.mulf %v2135, %v2035 : f32
          %v3192 = arith.mulf %v1933, %v3191 : f32
          scf.if %v63 {
            %v3195 = arith.muli %v62, %v3193 : i64
            %v3196 = arith.addi %v3195, %v3194 : i64
            %v3197 = arith.muli %v3196, %size_L : i64
            %v3198 = arith.addi %v3197, %v1490 : i64
            %v3199 = llvm.getelementptr %part_Bm[%v3198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3192, %v3199 : f32, !llvm.ptr
          }
          %v3200 = arith.mulf %v2135, %v2047 : f32
          %v3201 = arith.mulf %v1933, %v3200 : f32
          scf.if %v63 {
            %v3204 = arith.muli %v62, %v3202 : i64
            %v3205 = arith.addi %v3204, %v3203 : i64
            %v3206 = arith.muli %v3205, %size_L : i64
            %v3207 = arith.addi %v3206, %v1490 : i64
            %v3208 = llvm.getelementptr %part_Bm[%v3207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3201, %v3208 : f32, !llvm.ptr
          }
          %v3209 = arith.mulf %v2135, %v2059 : f32
          %v3210 = arith.mulf %v1933, %v3209 : f32
          scf.if %v63 {
            %v3213 = arith.muli %v62, %v3211 : i64
            %v3214 = arith.addi %v3213, %v3212 : i64
            %v3215 = arith.muli %v3214, %size_L : i64
            %v3216 = arith.addi %v3215, %v1490 : i64
            %v3217 = llvm.getelementptr %part_Bm[%v3216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3210, %v3217 : f32, !llvm.ptr
          }
          %v3218 = arith.mulf %v2135, %v2071 : f32
          %v3219 = arith.mulf %v1933, %v3218 : f32
          scf.if %v63 {
            %v3222 = arith.muli %v62, %v3220 : i64
            %v3223 = arith.addi %v3222, %v3221 : i64
            %v3224 = arith.muli %v3223, %size_L : i64
            %v3225 = arith.addi %v3224, %v1490 : i64
            %v3226 = llvm.getelementptr %part_Bm[%v3225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3219, %v3226 : f32, !llvm.ptr
          }
          %v3227 = arith.mulf %v2135, %v2083 : f32
          %v3228 = arith.mulf %v1933, %v3227 : f32
          scf.if %v63 {
            %v3231 = arith.muli %v62, %v3229 : i64
            %v3232 = arith.addi %v3231, %v3230 : i64
            %v3233 = arith.muli %v3232, %size_L : i64
            %v3234 = arith.addi %v3233, %v1490 : i64
            %v3235 = llvm.getelementptr %part_Bm[%v3234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3228, %v3235 : f32, !llvm.ptr
          }
          %v3236 = arith.mulf %v2135, %v2095 : f32
          %v3237 = arith.mulf %v1933, %v3236 : f32
          scf.if %v63 {
            %v3240 = arith.muli %v62, %v3238 : i64
            %v3241 = arith.addi %v3240, %v3239 : i64
            %v3242 = arith.muli %v3241, %size_L : i64
            %v3243 = arith.addi %v3242, %v1490 : i64
            %v3244 = llvm.getelementptr %part_Bm[%v3243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3237, %v3244 : f32, !llvm.ptr
          }
          %v3245 = arith.mulf %v2135, %v2107 : f32
          %v3246 = arith.mulf %v1933, %v3245 : f32
          scf.if %v63 {
            %v3249 = arith.muli %v62, %v3247 : i64
            %v3250 = arith.addi %v3249, %v3248 : i64
            %v3251 = arith.muli %v3250, %size_L : i64
            %v3252 = arith.addi %v3251, %v1490 : i64
            %v3253 = llvm.getelementptr %part_Bm[%v3252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3246, %v3253 : f32, !llvm.ptr
          }
          %v3254 = arith.mulf %v2135, %v2119 : f32
          %v3255 = arith.mulf %v1933, %v3254 : f32
          scf.if %v63 {
            %v3258 = arith.muli %v62, %v3256 : i64
            %v3259 = arith.addi %v3258, %v3257 : i64
            %v3260 = arith.muli %v3259, %size_L : i64
            %v3261 = arith.addi %v3260, %v1490 : i64
            %v3262 = llvm.getelementptr %part_Bm[%v3261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3255, %v3262 : f32, !llvm.ptr
          }
          %v3263 = arith.mulf %v1511, %v1518 : f32
          %v3264 = arith.mulf %v2823, %v3263 : f32
          scf.if %v63 {
            %v3267 = arith.muli %v62, %v3265 : i64
            %v3268 = arith.addi %v3267, %v3266 : i64
            %v3269 = arith.muli %v3268, %size_L : i64
            %v3270 = arith.addi %v3269, %v1490 : i64
            %v3271 = llvm.getelementptr %part_Cm[%v3270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3264, %v3271 : f32, !llvm.ptr
          }
          %v3272 = arith.mulf %v1511, %v1518 : f32
          %v3273 = arith.mulf %v2835, %v3272 : f32
          scf.if %v63 {
            %v3276 = arith.muli %v62, %v3274 : i64
            %v3277 = arith.addi %v3276, %v3275 : i64
            %v3278 = arith.muli %v3277, %size_L : i64
            %v3279 = arith.addi %v3278, %v1490 : i64
            %v3280 = llvm.getelementptr %part_Cm[%v3279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3273, %v3280 : f32, !llvm.ptr
          }
          %v3281 = arith.mulf %v1511, %v1518 : f32
          %v3282 = arith.mulf %v2848, %v3281 : f32
          scf.if %v63 {
            %v3285 = arith.muli %v62, %v3283 : i64
            %v3286 = arith.addi %v3285, %v3284 : i64
            %v3287 = arith.muli %v3286, %size_L : i64
            %v3288 = arith.addi %v3287, %v1490 : i64
            %v3289 = llvm.getelementptr %part_Cm[%v3288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3282, %v3289 : f32, !llvm.ptr
          }
          %v3290 = arith.mulf %v1511, %v1518 : f32
          %v3291 = arith.mulf %v2861, %v3290 : f32
          scf.if %v63 {
            %v3294 = arith.muli %v62, %v3292 : i64
            %v3295 = arith.addi %v3294, %v3293 : i64
            %v3296 = arith.muli %v3295, %size_L : i64
            %v3297 = arith.addi %v3296, %v1490 : i64
            %v3298 = llvm.getelementptr %part_Cm[%v3297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3291, %v3298 : f32, !llvm.ptr
          }
          %v3299 = arith.mulf %v1511, %v1518 : f32
          %v3300 = arith.mulf %v2874, %v3299 : f32
          scf.if %v63 {
            %v3303 = arith.muli %v62, %v3301 : i64
            %v3304 = arith.addi %v3303, %v3302 : i64
            %v3305 = arith.muli %v3304, %size_L : i64
            %v3306 = arith.addi %v3305, %v1490 : i64
            %v3307 = llvm.getelementptr %part_Cm[%v3306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3300, %v3307 : f32, !llvm.ptr
          }
          %v3308 = arith.mulf %v1511, %v1518 : f32
          %v3309 = arith.mulf %v2887, %v3308 : f32
          scf.if %v63 {
            %v3312 = arith.muli %v62, %v3310 : i64
            %v3313 = arith.addi %v3312, %v3311 : i64
            %v3314 = arith.muli %v3313, %size_L : i64
            %v3315 = arith.addi %v3314, %v1490 : i64
            %v3316 = llvm.getelementptr %part_Cm[%v3315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3309, %v3316 : f32, !llvm.ptr
          }
          %v3317 = arith.mulf %v1511, %v1518 : f32
          %v3318 = arith.mulf %v2900, %v3317 : f32
          scf.if %v63 {
            %v3321 = arith.muli %v62, %v3319 : i64
            %v3322 = arith.addi %v3321, %v3320 : i64
            %v3323 = arith.muli %v3322, %size_L : i64
            %v3324 = arith.addi %v3323, %v1490 : i64
            %v3325 = llvm.getelementptr %part_Cm[%v3324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3318, %v3325 : f32, !llvm.ptr
          }
          %v3326 = arith.mulf %v1511, %v1518 : f32
          %v3327 = arith.mulf %v2913, %v3326 : f32
          scf.if %v63 {
            %v3330 = arith.muli %v62, %v3328 : i64
            %v3331 = arith.addi %v3330, %v3329 : i64
            %v3332 = arith.muli %v3331, %size_L : i64
            %v3333 = arith.addi %v3332, %v1490 : i64
            %v3334 = llvm.getelementptr %part_Cm[%v3333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3327, %v3334 : f32, !llvm.ptr
          }
          %v3335 = arith.mulf %v1511, %v1518 : f32
          %v3336 = arith.mulf %v2926, %v3335 : f32
          scf.if %v63 {
            %v3339 = arith.muli %v62, %v3337 : i64
            %v3340 = arith.addi %v3339, %v3338 : i64
            %v3341 = arith.muli %v3340, %size_L : i64
            %v3342 = arith.addi %v3341, %v1490 : i64
            %v3343 = llvm.getelementptr %part_Cm[%v3342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3336, %v3343 : f32, !llvm.ptr
          }
          %v3344 = arith.mulf %v1511, %v1518 : f32
          %v3345 = arith.mulf %v2939, %v3344 : f32
          scf.if %v63 {
            %v3348 = arith.muli %v62, %v3346 : i64
            %v3349 = arith.addi %v3348, %v3347 : i64
            %v3350 = arith.muli %v3349, %size_L : i64
            %v3351 = arith.addi %v3350, %v1490 : i64
            %v3352 = llvm.getelementptr %part_Cm[%v3351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3345, %v3352 : f32, !llvm.ptr
          }
          %v3353 = arith.mulf %v1511, %v1518 : f32
          %v3354 = arith.mulf %v2952, %v3353 : f32
          scf.if %v63 {
            %v3357 = arith.muli %v62, %v3355 : i64
            %v3358 = arith.addi %v3357, %v3356 : i64
            %v3359 = arith.muli %v3358, %size_L : i64
            %v3360 = arith.addi %v3359, %v1490 : i64
            %v3361 = llvm.getelementptr %part_Cm[%v3360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3354, %v3361 : f32, !llvm.ptr
          }
          %v3362 = arith.mulf %v1511, %v1518 : f32
          %v3363 = arith.mulf %v2965, %v3362 : f32
          scf.if %v63 {
            %v3366 = arith.muli %v62, %v3364 : i64
            %v3367 = arith.addi %v3366, %v3365 : i64
            %v3368 = arith.muli %v3367, %size_L : i64
            %v3369 = arith.addi %v3368, %v1490 : i64
            %v3370 = llvm.getelementptr %part_Cm[%v3369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3363, %v3370 : f32, !llvm.ptr
          }
          %v3371 = arith.mulf %v1511, %v1518 : f32
          %v3372 = arith.mulf %v2978, %v3371 : f32
          scf.if %v63 {
            %v3375 = arith.muli %v62, %v3373 : i64
            %v3376 = arith.addi %v3375, %v3374 : i64
            %v3377 = arith.muli %v3376, %size_L : i64
            %v3378 = arith.addi %v3377, %v1490 : i64
            %v3379 = llvm.getelementptr %part_Cm[%v3378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3372, %v3379 : f32, !llvm.ptr
          }
          %v3380 = arith.mulf %v1511, %v1518 : f32
          %v3381 = arith.mulf %v2991, %v3380 : f32
          scf.if %v63 {
            %v3384 = arith.muli %v62, %v3382 : i64
            %v3385 = arith.addi %v3384, %v3383 : i64
            %v3386 = arith.muli %v3385, %size_L : i64
            %v3387 = arith.addi %v3386, %v1490 : i64
            %v3388 = llvm.getelementptr %part_Cm[%v3387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3381, %v3388 : f32, !llvm.ptr
          }
          %v3389 = arith.mulf %v1511, %v1518 : f32
          %v3390 = arith.mulf %v3004, %v3389 : f32
          scf.if %v63 {
            %v3393 = arith.muli %v62, %v3391 : i64
            %v3394 = arith.addi %v3393, %v3392 : i64
            %v3395 = arith.muli %v3394, %size_L : i64
            %v3396 = arith.addi %v3395, %v1490 : i64
            %v3397 = llvm.getelementptr %part_Cm[%v3396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3390, %v3397 : f32, !llvm.ptr
          }
          %v3398 = arith.mulf %v1511, %v1518 : f32
          %v3399 = arith.mulf %v3017, %v3398 : f32
          scf.if %v63 {
            %v3402 = arith.muli %v62, %v3400 : i64
            %v3403 = arith.addi %v3402, %v3401 : i64
            %v3404 = arith.muli %v3403, %size_L : i64
            %v3405 = arith.addi %v3404, %v1490 : i64
            %v3406 = llvm.getelementptr %part_Cm[%v3405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3399, %v3406 : f32, !llvm.ptr
          }
          %v3407 = arith.mulf %v1511, %v1518 : f32
          %v3408 = arith.mulf %v2135, %v3407 : f32
          %v3409 = llvm.load %v267 : !llvm.ptr -> f32
          %v3410 = arith.addf %v3409, %v3408 : f32
          llvm.store %v3410, %v267 : f32, !llvm.ptr
          %v3411 = arith.mulf %v2135, %v1940 : f32
          %v3412 = arith.mulf %v1938, %v3411 : f32
          %v3413 = arith.mulf %v2135, %v1951 : f32
          %v3414 = arith.mulf %v1949, %v3413 : f32
          %v3415 = arith.addf %v3412, %v3414 : f32
          %v3416 = arith.mulf %v2135, %v1963 : f32
          %v3417 = arith.mulf %v1961, %v3416 : f32
          %v3418 = arith.addf %v3415, %v3417 : f32
          %v3419 = arith.mulf %v2135, %v1975 : f32
          %v3420 = arith.mulf %v1973, %v3419 : f32
          %v3421 = arith.addf %v3418, %v3420 : f32
          %v3422 = arith.mulf %v2135, %v1987 : f32
          %v3423 = arith.mulf %v1985, %v3422 : f32
          %v3424 = arith.addf %v3421, %v3423 : f32
          %v3425 = arith.mulf %v2135, %v1999 : f32
          %v3426 = arith.mulf %v1997, %v3425 : f32
          %v3427 = arith.addf %v3424, %v3426 : f32
          %v3428 = arith.mulf %v2135, %v2011 : f32
          %v3429 = arith.mulf %v2009, %v3428 : f32
          %v3430 = arith.addf %v3427, %v3429 : f32
          %v3431 = arith.mulf %v2135, %v2023 : f32
          %v3432 = arith.mulf %v2021, %v3431 : f32
          %v3433 = arith.addf %v3430, %v3432 : f32
          %v3434 = arith.mulf %v2135, %v2035 : f32
          %v3435 = arith.mulf %v2033, %v3434 : f32
          %v3436 = arith.addf %v3433, %v3435 : f32
          %v3437 = arith.mulf %v2135, %v2047 : f32
          %v3438 = arith.mulf %v2045, %v3437 : f32
          %v3439 = arith.addf %v3436, %v3438 : f32
          %v3440 = arith.mulf %v2135, %v2059 : f32
          %v3441 = arith.mulf %v2057, %v3440 : f32
          %v3442 = arith.addf %v3439, %v3441 : f32
          %v3443 = arith.mulf %v2135, %v2071 : f32
          %v3444 = arith.mulf %v2069, %v3443 : f32
          %v3445 = arith.addf %v3442, %v3444 : f32
          %v3446 = arith.mulf %v2135, %v2083 : f32
          %v3447 = arith.mulf %v2081, %v3446 : f32
          %v3448 = arith.addf %v3445, %v3447 : f32
          %v3449 = arith.mulf %v2135, %v2095 : f32
          %v3450 = arith.mulf %v2093, %v3449 : f32
          %v3451 = arith.addf %v3448, %v3450 : f32
          %v3452 = arith.mulf %v2135, %v2107 : f32
          %v3453 = arith.mulf %v2105, %v3452 : f32
          %v3454 = arith.addf %v3451, %v3453 : f32
          %v3455 = arith.mulf %v2135, %v2119 : f32
          %v3456 = arith.mulf %v2117, %v3455 : f32
          %v3457 = arith.addf %v3454, %v3456 : f32
          %v3458 = arith.mulf %v2211, %v1940 : f32
          %v3459 = arith.mulf %v2188, %v3458 : f32
          %v3460 = arith.mulf %v2185, %v3459 : f32
          %v3461 = arith.mulf %v2249, %v1951 : f32
          %v3462 = arith.mulf %v2223, %v3461 : f32
          %v3463 = arith.mulf %v2220, %v3462 : f32
          %v3464 = arith.addf %v3460, %v3463 : f32
          %v3465 = arith.mulf %v2288, %v1963 : f32
          %v3466 = arith.mulf %v2262, %v3465 : f32
          %v3467 = arith.mulf %v2259, %v3466 : f32
          %v3468 = arith.addf %v3464, %v3467 : f32
          %v3469 = arith.mulf %v2327, %v1975 : f32
          %v3470 = arith.mulf %v2301, %v3469 : f32
          %v3471 = arith.mulf %v2298, %v3470 : f32
          %v3472 = arith.addf %v3468, %v3471 : f32
          %v3473 = arith.mulf %v2366, %v1987 : f32
          %v3474 = arith.mulf %v2340, %v3473 : f32
          %v3475 = arith.mulf %v2337, %v3474 : f32
          %v3476 = arith.addf %v3472, %v3475 : f32
          %v3477 = arith.mulf %v2405, %v1999 : f32
          %v3478 = arith.mulf %v2379, %v3477 : f32
          %v3479 = arith.mulf %v2376, %v3478 : f32
          %v3480 = arith.addf %v3476, %v3479 : f32
          %v3481 = arith.mulf %v2444, %v2011 : f32
          %v3482 = arith.mulf %v2418, %v3481 : f32
          %v3483 = arith.mulf %v2415, %v3482 : f32
          %v3484 = arith.addf %v3480, %v3483 : f32
          %v3485 = arith.mulf %v2483, %v2023 : f32
          %v3486 = arith.mulf %v2457, %v3485 : f32
          %v3487 = arith.mulf %v2454, %v3486 : f32
          %v3488 = arith.addf %v3484, %v3487 : f32
          %v3489 = arith.mulf %v2522, %v2035 : f32
          %v3490 = arith.mulf %v2496, %v3489 : f32
          %v3491 = arith.mulf %v2493, %v3490 : f32
          %v3492 = arith.addf %v3488, %v3491 : f32
          %v3493 = arith.mulf %v2561, %v2047 : f32
          %v3494 = arith.mulf %v2535, %v3493 : f32
          %v3495 = arith.mulf %v2532, %v3494 : f32
          %v3496 = arith.addf %v3492, %v3495 : f32
          %v3497 = arith.mulf %v2600, %v2059 : f32
          %v3498 = arith.mulf %v2574, %v3497 : f32
          %v3499 = arith.mulf %v2571, %v3498 : f32
          %v3500 = arith.addf %v3496, %v3499 : f32
          %v3501 = arith.mulf %v2639, %v2071 : f32
          %v3502 = arith.mulf %v2613, %v3501 : f32
          %v3503 = arith.mulf %v2610, %v3502 : f32
          %v3504 = arith.addf %v3500, %v3503 : f32
          %v3505 = arith.mulf %v2678, %v2083 : f32
          %v3506 = arith.mulf %v2652, %v3505 : f32
          %v3507 = arith.mulf %v2649, %v3506 : f32
          %v3508 = arith.addf %v3504, %v3507 : f32
          %v3509 = arith.mulf %v2717, %v2095 : f32
          %v3510 = arith.mulf %v2691, %v3509 : f32
          %v3511 = arith.mulf %v2688, %v3510 : f32
          %v3512 = arith.addf %v3508, %v3511 : f32
          %v3513 = arith.mulf %v2756, %v2107 : f32
          %v3514 = arith.mulf %v2730, %v3513 : f32
          %v3515 = arith.mulf %v2727, %v3514 : f32
          %v3516 = arith.addf %v3512, %v3515 : f32
          %v3517 = arith.mulf %v2795, %v2119 : f32
          %v3518 = arith.mulf %v2769, %v3517 : f32
          %v3519 = arith.mulf %v2766, %v3518 : f32
          %v3520 = arith.addf %v3516, %v3519 : f32
          %v3521 = arith.addf %v3457, %v3520 : f32
          %v3522 = arith.mulf %v3521, %v2805 : f32
          %v3523 = llvm.load %v271 : !llvm.ptr -> f32
          %v3524 = arith.addf %v3523, %v3522 : f32
          llvm.store %v3524, %v271 : f32, !llvm.ptr
          llvm.store %v2188, %v139 : f32, !llvm.ptr
          llvm.store %v2223, %v143 : f32, !llvm.ptr
          llvm.store %v2262, %v147 : f32, !llvm.ptr
          llvm.store %v2301, %v151 : f32, !llvm.ptr
          llvm.store %v2340, %v155 : f32, !llvm.ptr
          llvm.store %v2379, %v159 : f32, !llvm.ptr
          llvm.store %v2418, %v163 : f32, !llvm.ptr
          llvm.store %v2457, %v167 : f32, !llvm.ptr
          llvm.store %v2496, %v171 : f32, !llvm.ptr
          llvm.store %v2535, %v175 : f32, !llvm.ptr
          llvm.store %v2574, %v179 : f32, !llvm.ptr
          llvm.store %v2613, %v183 : f32, !llvm.ptr
          llvm.store %v2652, %v187 : f32, !llvm.ptr
          llvm.store %v2691, %v191 : f32, !llvm.ptr
          llvm.store %v2730, %v195 : f32, !llvm.ptr
          llvm.store %v2769, %v199 : f32, !llvm.ptr
        }
      }
      %v3525 = llvm.load %v75 : !llvm.ptr -> f32
      %v3526 = llvm.load %v139 : !llvm.ptr -> f32
      %v3527 = arith.mulf %v3526, %v3525 : f32
      %v3528 = llvm.load %v275 : !llvm.ptr -> f32
      %v3529 = arith.addf %v3528, %v3527 : f32
      llvm.store %v3529, %v275 : f32, !llvm.ptr
      %v3530 = llvm.load %v79 : !llvm.ptr -> f32
      %v3531 = llvm.load %v143 : !llvm.ptr -> f32
      %v3532 = arith.mulf %v3531, %v3530 : f32
      %v3533 = llvm.load %v279 : !llvm.ptr -> f32
      %v3534 = arith.addf %v3533, %v3532 : f32
      llvm.store %v3534, %v279 : f32, !llvm.ptr
      %v3535 = llvm.load %v83 : !llvm.ptr -> f32
      %v3536 = llvm.load %v147 : !llvm.ptr -> f32
      %v3537 = arith.mulf %v3536, %v3535 : f32
      %v3538 = llvm.load %v283 : !llvm.ptr -> f32
      %v3539 = arith.addf %v3538, %v3537 : f32
      llvm.store %v3539, %v283 : f32, !llvm.ptr
      %v3540 = llvm.load %v87 : !llvm.ptr -> f32
      %v3541 = llvm.load %v151 : !llvm.ptr -> f32
      %v3542 = arith.mulf %v3541, %v3540 : f32
      %v3543 = llvm.load %v287 : !llvm.ptr -> f32
      %v3544 = arith.addf %v3543, %v3542 : f32
      llvm.store %v3544, %v287 : f32, !llvm.ptr
      %v3545 = llvm.load %v91 : !llvm.ptr -> f32
      %v3546 = llvm.load %v155 : !llvm.ptr -> f32
      %v3547 = arith.mulf %v3546, %v3545 : f32
      %v3548 = llvm.load %v291 : !llvm.ptr -> f32
      %v3549 = arith.addf %v3548, %v3547 : f32
      llvm.store %v3549, %v291 : f32, !llvm.ptr
      %v3550 = llvm.load %v95 : !llvm.ptr -> f32
      %v3551 = llvm.load %v159 : !llvm.ptr -> f32
      %v3552 = arith.mulf %v3551, %v3550 : f32
      %v3553 = llvm.load %v295 : !llvm.ptr -> f32
      %v3554 = arith.addf %v3553, %v3552 : f32
      llvm.store %v3554, %v295 : f32, !llvm.ptr
      %v3555 = llvm.load %v99 : !llvm.ptr -> f32
      %v3556 = llvm.load %v163 : !llvm.ptr -> f32
      %v3557 = arith.mulf %v3556, %v3555 : f32
      %v3558 = llvm.load %v299 : !llvm.ptr -> f32
      %v3559 = arith.addf %v3558, %v3557 : f32
      llvm.store %v3559, %v299 : f32, !llvm.ptr
      %v3560 = llvm.load %v103 : !llvm.ptr -> f32
      %v3561 = llvm.load %v167 : !llvm.ptr -> f32
      %v3562 = arith.mulf %v3561, %v3560 : f32
      %v3563 = llvm.load %v303 : !llvm.ptr -> f32
      %v3564 = arith.addf %v3563, %v3562 : f32
      llvm.store %v3564, %v303 : f32, !llvm.ptr
      %v3565 = llvm.load %v107 : !llvm.ptr -> f32
      %v3566 = llvm.load %v171 : !llvm.ptr -> f32
      %v3567 = arith.mulf %v3566, %v3565 : f32
      %v3568 = llvm.load %v307 : !llvm.ptr -> f32
      %v3569 = arith.addf %v3568, %v3567 : f32
      llvm.store %v3569, %v307 : f32, !llvm.ptr
      %v3570 = llvm.load %v111 : !llvm.ptr -> f32
      %v3571 = llvm.load %v175 : !llvm.ptr -> f32
      %v3572 = arith.mulf %v3571, %v3570 : f32
      %v3573 = llvm.load %v311 : !llvm.ptr -> f32
      %v3574 = arith.addf %v3573, %v3572 : f32
      llvm.store %v3574, %v311 : f32, !llvm.ptr
      %v3575 = llvm.load %v115 : !llvm.ptr -> f32
      %v3576 = llvm.load %v179 : !llvm.ptr -> f32
      %v3577 = arith.mulf %v3576, %v3575 : f32
      %v3578 = llvm.load %v315 : !llvm.ptr -> f32
      %v3579 = arith.addf %v3578, %v3577 : f32
      llvm.store %v3579, %v315 : f32, !llvm.ptr
      %v3580 = llvm.load %v119 : !llvm.ptr -> f32
      %v3581 = llvm.load %v183 : !llvm.ptr -> f32
      %v3582 = arith.mulf %v3581, %v3580 : f32
      %v3583 = llvm.load %v319 : !llvm.ptr -> f32
      %v3584 = arith.addf %v3583, %v3582 : f32
      llvm.store %v3584, %v319 : f32, !llvm.ptr
      %v3585 = llvm.load %v123 : !llvm.ptr -> f32
      %v3586 = llvm.load %v187 : !llvm.ptr -> f32
      %v3587 = arith.mulf %v3586, %v3585 : f32
      %v3588 = llvm.load %v323 : !llvm.ptr -> f32
      %v3589 = arith.addf %v3588, %v3587 : f32
      llvm.store %v3589, %v323 : f32, !llvm.ptr
      %v3590 = llvm.load %v127 : !llvm.ptr -> f32
      %v3591 = llvm.load %v191 : !llvm.ptr -> f32
      %v3592 = arith.mulf %v3591, %v3590 : f32
      %v3593 = llvm.load %v327 : !llvm.ptr -> f32
      %v3594 = arith.addf %v3593, %v3592 : f32
      llvm.store %v3594, %v327 : f32, !llvm.ptr
      %v3595 = llvm.load %v131 : !llvm.ptr -> f32
      %v3596 = llvm.load %v195 : !llvm.ptr -> f32
      %v3597 = arith.mulf %v3596, %v3595 : f32
      %v3598 = llvm.load %v331 : !llvm.ptr -> f32
      %v3599 = arith.addf %v3598, %v3597 : f32
      llvm.store %v3599, %v331 : f32, !llvm.ptr
      %v3600 = llvm.load %v135 : !llvm.ptr -> f32
      %v3601 = llvm.load %v199 : !llvm.ptr -> f32
      %v3602 = arith.mulf %v3601, %v3600 : f32
      %v3603 = llvm.load %v335 : !llvm.ptr -> f32
      %v3604 = arith.addf %v3603, %v3602 : f32
      llvm.store %v3604, %v335 : f32, !llvm.ptr
      scf.if %v63 {
        %v3605 = llvm.load %v203 : !llvm.ptr -> f32
        %v3608 = arith.muli %v62, %v3606 : i64
        %v3609 = arith.addi %v3608, %v3607 : i64
        %v3610 = llvm.getelementptr %part_A[%v3609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3605, %v3610 : f32, !llvm.ptr
        %v3611 = llvm.load %v207 : !llvm.ptr -> f32
        %v3614 = arith.muli %v62, %v3612 : i64
        %v3615 = arith.addi %v3614, %v3613 : i64
        %v3616 = llvm.getelementptr %part_A[%v3615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3611, %v3616 : f32, !llvm.ptr
        %v3617 = llvm.load %v211 : !llvm.ptr -> f32
        %v3620 = arith.muli %v62, %v3618 : i64
        %v3621 = arith.addi %v3620, %v3619 : i64
        %v3622 = llvm.getelementptr %part_A[%v3621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3617, %v3622 : f32, !llvm.ptr
        %v3623 = llvm.load %v215 : !llvm.ptr -> f32
        %v3626 = arith.muli %v62, %v3624 : i64
        %v3627 = arith.addi %v3626, %v3625 : i64
        %v3628 = llvm.getelementptr %part_A[%v3627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3623, %v3628 : f32, !llvm.ptr
        %v3629 = llvm.load %v219 : !llvm.ptr -> f32
        %v3632 = arith.muli %v62, %v3630 : i64
        %v3633 = arith.addi %v3632, %v3631 : i64
        %v3634 = llvm.getelementptr %part_A[%v3633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3629, %v3634 : f32, !llvm.ptr
        %v3635 = llvm.load %v223 : !llvm.ptr -> f32
        %v3638 = arith.muli %v62, %v3636 : i64
        %v3639 = arith.addi %v3638, %v3637 : i64
        %v3640 = llvm.getelementptr %part_A[%v3639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3635, %v3640 : f32, !llvm.ptr
        %v3641 = llvm.load %v227 : !llvm.ptr -> f32
        %v3644 = arith.muli %v62, %v3642 : i64
        %v3645 = arith.addi %v3644, %v3643 : i64
        %v3646 = llvm.getelementptr %part_A[%v3645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3641, %v3646 : f32, !llvm.ptr
        %v3647 = llvm.load %v231 : !llvm.ptr -> f32
        %v3650 = arith.muli %v62, %v3648 : i64
        %v3651 = arith.addi %v3650, %v3649 : i64
        %v3652 = llvm.getelementptr %part_A[%v3651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3647, %v3652 : f32, !llvm.ptr
        %v3653 = llvm.load %v235 : !llvm.ptr -> f32
        %v3656 = arith.muli %v62, %v3654 : i64
        %v3657 = arith.addi %v3656, %v3655 : i64
        %v3658 = llvm.getelementptr %part_A[%v3657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3653, %v3658 : f32, !llvm.ptr
        %v3659 = llvm.load %v239 : !llvm.ptr -> f32
        %v3662 = arith.muli %v62, %v3660 : i64
        %v3663 = arith.addi %v3662, %v3661 : i64
        %v3664 = llvm.getelementptr %part_A[%v3663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3659, %v3664 : f32, !llvm.ptr
        %v3665 = llvm.load %v243 : !llvm.ptr -> f32
        %v3668 = arith.muli %v62, %v3666 : i64
        %v3669 = arith.addi %v3668, %v3667 : i64
        %v3670 = llvm.getelementptr %part_A[%v3669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3665, %v3670 : f32, !llvm.ptr
        %v3671 = llvm.load %v247 : !llvm.ptr -> f32
        %v3674 = arith.muli %v62, %v3672 : i64
        %v3675 = arith.addi %v3674, %v3673 : i64
        %v3676 = llvm.getelementptr %part_A[%v3675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3671, %v3676 : f32, !llvm.ptr
        %v3677 = llvm.load %v251 : !llvm.ptr -> f32
        %v3680 = arith.muli %v62, %v3678 : i64
        %v3681 = arith.addi %v3680, %v3679 : i64
        %v3682 = llvm.getelementptr %part_A[%v3681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3677, %v3682 : f32, !llvm.ptr
        %v3683 = llvm.load %v255 : !llvm.ptr -> f32
        %v3686 = arith.muli %v62, %v3684 : i64
        %v3687 = arith.addi %v3686, %v3685 : i64
        %v3688 = llvm.getelementptr %part_A[%v3687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3683, %v3688 : f32, !llvm.ptr
        %v3689 = llvm.load %v259 : !llvm.ptr -> f32
        %v3692 = arith.muli %v62, %v3690 : i64
        %v3693 = arith.addi %v3692, %v3691 : i64
        %v3694 = llvm.getelementptr %part_A[%v3693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3689, %v3694 : f32, !llvm.ptr
        %v3695 = llvm.load %v263 : !llvm.ptr -> f32
        %v3698 = arith.muli %v62, %v3696 : i64
        %v3699 = arith.addi %v3698, %v3697 : i64
        %v3700 = llvm.getelementptr %part_A[%v3699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3695, %v3700 : f32, !llvm.ptr
        %v3701 = llvm.load %v267 : !llvm.ptr -> f32
        %v3704 = arith.muli %v62, %v3702 : i64
        %v3705 = arith.addi %v3704, %v3703 : i64
        %v3706 = llvm.getelementptr %part_Dskip[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3701, %v3706 : f32, !llvm.ptr
        %v3707 = llvm.load %v271 : !llvm.ptr -> f32
        %v3710 = arith.muli %v62, %v3708 : i64
        %v3711 = arith.addi %v3710, %v3709 : i64
        %v3712 = llvm.getelementptr %part_dt_bias[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3707, %v3712 : f32, !llvm.ptr
        %v3713 = llvm.load %v275 : !llvm.ptr -> f32
        %v3714 = arith.muli %v69, %v348 : i64
        %v3715 = arith.muli %v67, %v347 : i64
        %v3716 = arith.addi %v3714, %v3715 : i64
        %v3717 = llvm.getelementptr %dx_h0[%v3716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3713, %v3717 : f32, !llvm.ptr
        %v3718 = llvm.load %v279 : !llvm.ptr -> f32
        %v3719 = arith.muli %v69, %v348 : i64
        %v3720 = arith.muli %v67, %v347 : i64
        %v3721 = arith.addi %v3719, %v3720 : i64
        %v3722 = arith.constant 1 : i64
        %v3723 = arith.muli %v3722, %v346 : i64
        %v3724 = arith.addi %v3721, %v3723 : i64
        %v3725 = llvm.getelementptr %dx_h0[%v3724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3718, %v3725 : f32, !llvm.ptr
        %v3726 = llvm.load %v283 : !llvm.ptr -> f32
        %v3727 = arith.muli %v69, %v348 : i64
        %v3728 = arith.muli %v67, %v347 : i64
        %v3729 = arith.addi %v3727, %v3728 : i64
        %v3730 = arith.constant 2 : i64
        %v3731 = arith.muli %v3730, %v346 : i64
        %v3732 = arith.addi %v3729, %v3731 : i64
        %v3733 = llvm.getelementptr %dx_h0[%v3732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3726, %v3733 : f32, !llvm.ptr
        %v3734 = llvm.load %v287 : !llvm.ptr -> f32
        %v3735 = arith.muli %v69, %v348 : i64
        %v3736 = arith.muli %v67, %v347 : i64
        %v3737 = arith.addi %v3735, %v3736 : i64
        %v3738 = arith.constant 3 : i64
        %v3739 = arith.muli %v3738, %v346 : i64
        %v3740 = arith.addi %v3737, %v3739 : i64
        %v3741 = llvm.getelementptr %dx_h0[%v3740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3734, %v3741 : f32, !llvm.ptr
        %v3742 = llvm.load %v291 : !llvm.ptr -> f32
        %v3743 = arith.muli %v69, %v348 : i64
        %v3744 = arith.muli %v67, %v347 : i64
        %v3745 = arith.addi %v3743, %v3744 : i64
        %v3746 = arith.constant 4 : i64
        %v3747 = arith.muli %v3746, %v346 : i64
        %v3748 = arith.addi %v3745, %v3747 : i64
        %v3749 = llvm.getelementptr %dx_h0[%v3748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3742, %v3749 : f32, !llvm.ptr
        %v3750 = llvm.load %v295 : !llvm.ptr -> f32
        %v3751 = arith.muli %v69, %v348 : i64
        %v3752 = arith.muli %v67, %v347 : i64
        %v3753 = arith.addi %v3751, %v3752 : i64
        %v3754 = arith.constant 5 : i64
        %v3755 = arith.muli %v3754, %v346 : i64
        %v3756 = arith.addi %v3753, %v3755 : i64
        %v3757 = llvm.getelementptr %dx_h0[%v3756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3750, %v3757 : f32, !llvm.ptr
        %v3758 = llvm.load %v299 : !llvm.ptr -> f32
        %v3759 = arith.muli %v69, %v348 : i64
        %v3760 = arith.muli %v67, %v347 : i64
        %v3761 = arith.addi %v3759, %v3760 : i64
        %v3762 = arith.constant 6 : i64
        %v3763 = arith.muli %v3762, %v346 : i64
        %v3764 = arith.addi %v3761, %v3763 : i64
        %v3765 = llvm.getelementptr %dx_h0[%v3764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3758, %v3765 : f32, !llvm.ptr
        %v3766 = llvm.load %v303 : !llvm.ptr -> f32
        %v3767 = arith.muli %v69, %v348 : i64
        %v3768 = arith.muli %v67, %v347 : i64
        %v3769 = arith.addi %v3767, %v3768 : i64
        %v3770 = arith.constant 7 : i64
        %v3771 = arith.muli %v3770, %v346 : i64
        %v3772 = arith.addi %v3769, %v3771 : i64
        %v3773 = llvm.getelementptr %dx_h0[%v3772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3766, %v3773 : f32, !llvm.ptr
        %v3774 = llvm.load %v307 : !llvm.ptr -> f32
        %v3775 = arith.muli %v69, %v348 : i64
        %v3776 = arith.muli %v67, %v347 : i64
        %v3777 = arith.addi %v3775, %v3776 : i64
        %v3778 = arith.constant 8 : i64
        %v3779 = arith.muli %v3778, %v346 : i64
        %v3780 = arith.addi %v3777, %v3779 : i64
        %v3781 = llvm.getelementptr %dx_h0[%v3780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3774, %v3781 : f32, !llvm.ptr
        %v3782 = llvm.load %v311 : !llvm.ptr -> f32
        %v3783 = arith.muli %v69, %v348 : i64
        %v3784 = arith.muli %v67, %v347 : i64
        %v3785 = arith.addi %v3783, %v3784 : i64
        %v3786 = arith.constant 9 : i64
        %v3787 = arith.muli %v3786, %v346 : i64
        %v3788 = arith.addi %v3785, %v3787 : i64
        %v3789 = llvm.getelementptr %dx_h0[%v3788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3782, %v3789 : f32, !llvm.ptr
        %v3790 = llvm.load %v315 : !llvm.ptr -> f32
        %v3791 = arith.muli %v69, %v348 : i64
        %v3792 = arith.muli %v67, %v347 : i64
        %v3793 = arith.addi %v3791, %v3792 : i64
        %v3794 = arith.constant 10 : i64
        %v3795 = arith.muli %v3794, %v346 : i64
        %v3796 = arith.addi %v3793, %v3795 : i64
        %v3797 = llvm.getelementptr %dx_h0[%v3796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3790, %v3797 : f32, !llvm.ptr
        %v3798 = llvm.load %v319 : !llvm.ptr -> f32
        %v3799 = arith.muli %v69, %v348 : i64
        %v3800 = arith.muli %v67, %v347 : i64
        %v3801 = arith.addi %v3799, %v3800 : i64
        %v3802 = arith.constant 11 : i64
        %v3803 = arith.muli %v3802, %v346 : i64
        %v3804 = arith.addi %v3801, %v3803 : i64
        %v3805 = llvm.getelementptr %dx_h0[%v3804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3798, %v3805 : f32, !llvm.ptr
        %v3806 = llvm.load %v323 : !llvm.ptr -> f32
        %v3807 = arith.muli %v69, %v348 : i64
        %v3808 = arith.muli %v67, %v347 : i64
        %v3809 = arith.addi %v3807, %v3808 : i64
        %v3810 = arith.constant 12 : i64
        %v3811 = arith.muli %v3810, %v346 : i64
        %v3812 = arith.addi %v3809, %v3811 : i64
        %v3813 = llvm.getelementptr %dx_h0[%v3812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3806, %v3813 : f32, !llvm.ptr
        %v3814 = llvm.load %v327 : !llvm.ptr -> f32
        %v3815 = arith.muli %v69, %v348 : i64
        %v3816 = arith.muli %v67, %v347 : i64
        %v3817 = arith.addi %v3815, %v3816 : i64
        %v3818 = arith.constant 13 : i64
        %v3819 = arith.muli %v3818, %v346 : i64
        %v3820 = arith.addi %v3817, %v3819 : i64
        %v3821 = llvm.getelementptr %dx_h0[%v3820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3814, %v3821 : f32, !llvm.ptr
        %v3822 = llvm.load %v331 : !llvm.ptr -> f32
        %v3823 = arith.muli %v69, %v348 : i64
        %v3824 = arith.muli %v67, %v347 : i64
        %v3825 = arith.addi %v3823, %v3824 : i64
        %v3826 = arith.constant 14 : i64
        %v3827 = arith.muli %v3826, %v346 : i64
        %v3828 = arith.addi %v3825, %v3827 : i64
        %v3829 = llvm.getelementptr %dx_h0[%v3828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3822, %v3829 : f32, !llvm.ptr
        %v3830 = llvm.load %v335 : !llvm.ptr -> f32
        %v3831 = arith.muli %v69, %v348 : i64
        %v3832 = arith.muli %v67, %v347 : i64
        %v3833 = arith.addi %v3831, %v3832 : i64
        %v3834 = arith.constant 15 : i64
        %v3835 = arith.muli %v3834, %v346 : i64
        %v3836 = arith.addi %v3833, %v3835 : i64
        %v3837 = llvm.getelementptr %dx_h0[%v3836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3830, %v3837 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
