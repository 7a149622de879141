module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_selective_scan_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v917 = arith.muli %v916, %size_L : i64
      %v918 = arith.muli %v917, %size_D : i64
      %v926 = arith.constant 1 : i64
      %v934 = arith.constant 0x3FB8AA3B : f32
      %v939 = arith.constant 0x3F317218 : f32
      %v941 = arith.constant 0x3E124925 : f32
      %v943 = arith.constant 0xBE2AAAAB : f32
      %v946 = arith.constant 0x3E4CCCCD : f32
      %v949 = arith.constant 0xBE800000 : f32
      %v952 = arith.constant 0x3EAAAAAB : f32
      %v955 = arith.constant 0xBF000000 : f32
      %v961 = arith.constant 0x3D800000 : f32
      %v965 = arith.constant 1 : i64
      %v966 = arith.muli %v965, %v1 : i64
      %v973 = arith.constant 1 : i64
      %v974 = arith.muli %v973, %size_L : i64
      %v975 = arith.muli %v974, %v1 : i64
      %v994 = arith.constant 1 : i64
      %v998 = arith.constant 16 : i64
      %v1000 = arith.constant 0 : i64
      %v1025 = arith.constant 1 : i64
      %v1029 = arith.constant 16 : i64
      %v1031 = arith.constant 1 : i64
      %v1056 = arith.constant 1 : i64
      %v1060 = arith.constant 16 : i64
      %v1062 = arith.constant 2 : i64
      %v1087 = arith.constant 1 : i64
      %v1091 = arith.constant 16 : i64
      %v1093 = arith.constant 3 : i64
      %v1118 = arith.constant 1 : i64
      %v1122 = arith.constant 16 : i64
      %v1124 = arith.constant 4 : i64
      %v1149 = arith.constant 1 : i64
      %v1153 = arith.constant 16 : i64
      %v1155 = arith.constant 5 : i64
      %v1180 = arith.constant 1 : i64
      %v1184 = arith.constant 16 : i64
      %v1186 = arith.constant 6 : i64
      %v1211 = arith.constant 1 : i64
      %v1215 = arith.constant 16 : i64
      %v1217 = arith.constant 7 : i64
      %v1242 = arith.constant 1 : i64
      %v1246 = arith.constant 16 : i64
      %v1248 = arith.constant 8 : i64
      %v1273 = arith.constant 1 : i64
      %v1277 = arith.constant 16 : i64
      %v1279 = arith.constant 9 : i64
      %v1304 = arith.constant 1 : i64
      %v1308 = arith.constant 16 : i64
      %v1310 = arith.constant 10 : i64
      %v1335 = arith.constant 1 : i64
      %v1339 = arith.constant 16 : i64
      %v1341 = arith.constant 11 : i64
      %v1366 = arith.constant 1 : i64
      %v1370 = arith.constant 16 : i64
      %v1372 = arith.constant 12 : i64
      %v1397 = arith.constant 1 : i64
      %v1401 = arith.constant 16 : i64
      %v1403 = arith.constant 13 : i64
      %v1428 = arith.constant 1 : i64
      %v1432 = arith.constant 16 : i64
      %v1434 = arith.constant 14 : i64
      %v1459 = arith.constant 1 : i64
      %v1463 = arith.constant 16 : i64
      %v1465 = arith.constant 15 : i64
      %v2145 = arith.constant 1 : i64
      %v2149 = arith.constant 16 : i64
      %v2151 = arith.constant 0 : i64
      %v2155 = arith.constant 1 : i64
      %v2156 = arith.muli %v2155, %size_B : i64
      %v2157 = arith.muli %v2156, %size_D : i64
      %v2158 = arith.muli %v2157, %v1 : i64
      %v2180 = arith.constant 1 : i64
      %v2184 = arith.constant 16 : i64
      %v2186 = arith.constant 1 : i64
      %v2190 = arith.constant 1 : i64
      %v2191 = arith.muli %v2190, %size_B : i64
      %v2192 = arith.muli %v2191, %size_D : i64
      %v2193 = arith.muli %v2192, %v1 : i64
      %v2219 = arith.constant 1 : i64
      %v2223 = arith.constant 16 : i64
      %v2225 = arith.constant 2 : i64
      %v2229 = arith.constant 1 : i64
      %v2230 = arith.muli %v2229, %size_B : i64
      %v2231 = arith.muli %v2230, %size_D : i64
      %v2232 = arith.muli %v2231, %v1 : i64
      %v2258 = arith.constant 1 : i64
      %v2262 = arith.constant 16 : i64
      %v2264 = arith.constant 3 : i64
      %v2268 = arith.constant 1 : i64
      %v2269 = arith.muli %v2268, %size_B : i64
      %v2270 = arith.muli %v2269, %size_D : i64
      %v2271 = arith.muli %v2270, %v1 : i64
      %v2297 = arith.constant 1 : i64
      %v2301 = arith.constant 16 : i64
      %v2303 = arith.constant 4 : i64
      %v2307 = arith.constant 1 : i64
      %v2308 = arith.muli %v2307, %size_B : i64
      %v2309 = arith.muli %v2308, %size_D : i64
      %v2310 = arith.muli %v2309, %v1 : i64
      %v2336 = arith.constant 1 : i64
      %v2340 = arith.constant 16 : i64
      %v2342 = arith.constant 5 : i64
      %v2346 = arith.constant 1 : i64
      %v2347 = arith.muli %v2346, %size_B : i64
      %v2348 = arith.muli %v2347, %size_D : i64
      %v2349 = arith.muli %v2348, %v1 : i64
      %v2375 = arith.constant 1 : i64
      %v2379 = arith.constant 16 : i64
      %v2381 = arith.constant 6 : i64
      %v2385 = arith.constant 1 : i64
      %v2386 = arith.muli %v2385, %size_B : i64
      %v2387 = arith.muli %v2386, %size_D : i64
      %v2388 = arith.muli %v2387, %v1 : i64
      %v2414 = arith.constant 1 : i64
      %v2418 = arith.constant 16 : i64
      %v2420 = arith.constant 7 : i64
      %v2424 = arith.constant 1 : i64
      %v2425 = arith.muli %v2424, %size_B : i64
      %v2426 = arith.muli %v2425, %size_D : i64
      %v2427 = arith.muli %v2426, %v1 : i64
      %v2453 = arith.constant 1 : i64
      %v2457 = arith.constant 16 : i64
      %v2459 = arith.constant 8 : i64
      %v2463 = arith.constant 1 : i64
      %v2464 = arith.muli %v2463, %size_B : i64
      %v2465 = arith.muli %v2464, %size_D : i64
      %v2466 = arith.muli %v2465, %v1 : i64
      %v2492 = arith.constant 1 : i64
      %v2496 = arith.constant 16 : i64
      %v2498 = arith.constant 9 : i64
      %v2502 = arith.constant 1 : i64
      %v2503 = arith.muli %v2502, %size_B : i64
      %v2504 = arith.muli %v2503, %size_D : i64
      %v2505 = arith.muli %v2504, %v1 : i64
      %v2531 = arith.constant 1 : i64
      %v2535 = arith.constant 16 : i64
      %v2537 = arith.constant 10 : i64
      %v2541 = arith.constant 1 : i64
      %v2542 = arith.muli %v2541, %size_B : i64
      %v2543 = arith.muli %v2542, %size_D : i64
      %v2544 = arith.muli %v2543, %v1 : i64
      %v2570 = arith.constant 1 : i64
      %v2574 = arith.constant 16 : i64
      %v2576 = arith.constant 11 : i64
      %v2580 = arith.constant 1 : i64
      %v2581 = arith.muli %v2580, %size_B : i64
      %v2582 = arith.muli %v2581, %size_D : i64
      %v2583 = arith.muli %v2582, %v1 : i64
      %v2609 = arith.constant 1 : i64
      %v2613 = arith.constant 16 : i64
      %v2615 = arith.constant 12 : i64
      %v2619 = arith.constant 1 : i64
      %v2620 = arith.muli %v2619, %size_B : i64
      %v2621 = arith.muli %v2620, %size_D : i64
      %v2622 = arith.muli %v2621, %v1 : i64
      %v2648 = arith.constant 1 : i64
      %v2652 = arith.constant 16 : i64
      %v2654 = arith.constant 13 : i64
      %v2658 = arith.constant 1 : i64
      %v2659 = arith.muli %v2658, %size_B : i64
      %v2660 = arith.muli %v2659, %size_D : i64
      %v2661 = arith.muli %v2660, %v1 : i64
      %v2687 = arith.constant 1 : i64
      %v2691 = arith.constant 16 : i64
      %v2693 = arith.constant 14 : i64
      %v2697 = arith.constant 1 : i64
      %v2698 = arith.muli %v2697, %size_B : i64
      %v2699 = arith.muli %v2698, %size_D : i64
      %v2700 = arith.muli %v2699, %v1 : i64
      %v2726 = arith.constant 1 : i64
      %v2730 = arith.constant 16 : i64
      %v2732 = arith.constant 15 : i64
      %v2736 = arith.constant 1 : i64
      %v2737 = arith.muli %v2736, %size_B : i64
      %v2738 = arith.muli %v2737, %size_D : i64
      %v2739 = arith.muli %v2738, %v1 : i64
      %v2769 = arith.constant 1 : i64
      %v2773 = arith.constant 16 : i64
      %v2775 = arith.constant 0 : i64
      %v2781 = arith.constant 1 : i64
      %v2785 = arith.constant 16 : i64
      %v2787 = arith.constant 1 : i64
      %v2794 = arith.constant 1 : i64
      %v2798 = arith.constant 16 : i64
      %v2800 = arith.constant 2 : i64
      %v2807 = arith.constant 1 : i64
      %v2811 = arith.constant 16 : i64
      %v2813 = arith.constant 3 : i64
      %v2820 = arith.constant 1 : i64
      %v2824 = arith.constant 16 : i64
      %v2826 = arith.constant 4 : i64
      %v2833 = arith.constant 1 : i64
      %v2837 = arith.constant 16 : i64
      %v2839 = arith.constant 5 : i64
      %v2846 = arith.constant 1 : i64
      %v2850 = arith.constant 16 : i64
      %v2852 = arith.constant 6 : i64
      %v2859 = arith.constant 1 : i64
      %v2863 = arith.constant 16 : i64
      %v2865 = arith.constant 7 : i64
      %v2872 = arith.constant 1 : i64
      %v2876 = arith.constant 16 : i64
      %v2878 = arith.constant 8 : i64
      %v2885 = arith.constant 1 : i64
      %v2889 = arith.constant 16 : i64
      %v2891 = arith.constant 9 : i64
      %v2898 = arith.constant 1 : i64
      %v2902 = arith.constant 16 : i64
      %v2904 = arith.constant 10 : i64
      %v2911 = arith.constant 1 : i64
      %v2915 = arith.constant 16 : i64
      %v2917 = arith.constant 11 : i64
      %v2924 = arith.constant 1 : i64
      %v2928 = arith.constant 16 : i64
      %v2930 = arith.constant 12 : i64
      %v2937 = arith.constant 1 : i64
      %v2941 = arith.constant 16 : i64
      %v2943 = arith.constant 13 : i64
      %v2950 = arith.constant 1 : i64
      %v2954 = arith.constant 16 : i64
      %v2956 = arith.constant 14 : i64
      %v2963 = arith.constant 1 : i64
      %v2967 = arith.constant 16 : i64
      %v2969 = arith.constant 15 : i64
      %v3076 = arith.constant 16 : i64
      %v3077 = arith.constant 0 : i64
      %v3084 = arith.constant 16 : i64
      %v3085 = arith.constant 1 : i64
      %v3092 = arith.constant 16 : i64
      %v3093 = arith.constant 2 : i64
      %v3100 = arith.constant 16 : i64
      %v3101 = arith.constant 3 : i64
      %v3108 = arith.constant 16 : i64
      %v3109 = arith.constant 4 : i64
      %v3116 = arith.constant 16 : i64
      %v3117 = arith.constant 5 : i64
      %v3124 = arith.constant 16 : i64
      %v3125 = arith.constant 6 : i64
      %v3132 = arith.constant 16 : i64
      %v3133 = arith.constant 7 : i64
      %v3140 = arith.constant 16 : i64
      %v3141 = arith.constant 8 : i64
      %v3148 = arith.constant 16 : i64
      %v3149 = arith.constant 9 : i64
      %v3156 = arith.constant 16 : i64
      %v3157 = arith.constant 10 : i64
      %v3164 = arith.constant 16 : i64
      %v3165 = arith.constant 11 : i64
      %v3172 = arith.constant 16 : i64
      %v3173 = arith.constant 12 : i64
      %v3180 = arith.constant 16 : i64
      %v3181 = arith.constant 13 : i64
      %v3188 = arith.constant 16 : i64
      %v3189 = arith.constant 14 : i64
      %v3196 = arith.constant 16 : i64
      %v3197 = arith.constant 15 : i64
      %v3205 = arith.constant 16 : i64
      %v3206 = arith.constant 0 : i64
      %v3214 = arith.constant 16 : i64
      %v3215 = arith.constant 1 : i64
      %v3223 = arith.constant 16 : i64
      %v3224 = arith.constant 2 : i64
      %v3232 = arith.constant 16 : i64
      %v3233 = arith.constant 3 : i64
      %v3241 = arith.constant 16 : i64
      %v3242 = arith.constant 4 : i64
      %v3250 = arith.constant 16 : i64
      %v3251 = arith.constant 5 : i64
      %v3259 = arith.constant 16 : i64
      %v3260 = arith.constant 6 : i64
      %v3268 = arith.constant 16 : i64
      %v3269 = arith.constant 7 : i64
      %v3277 = arith.constant 16 : i64
      %v3278 = arith.constant 8 : i64
      %v3286 = arith.constant 16 : i64
      %v3287 = arith.constant 9 : i64
      %v3295 = arith.constant 16 : i64
      %v3296 = arith.constant 10 : i64
      %v3304 = arith.constant 16 : i64
      %v3305 = arith.constant 11 : i64
      %v3313 = arith.constant 16 : i64
      %v3314 = arith.constant 12 : i64
      %v3322 = arith.constant 16 : i64
      %v3323 = arith.constant 13 : i64
      %v3331 = arith.constant 16 : i64
      %v3332 = arith.constant 14 : i64
      %v3340 = arith.constant 16 : i64
      %v3341 = arith.constant 15 : i64
      %v3531 = arith.constant 16 : i64
      %v3532 = arith.constant 0 : i64
      %v3537 = arith.constant 16 : i64
      %v3538 = arith.constant 1 : i64
      %v3543 = arith.constant 16 : i64
      %v3544 = arith.constant 2 : i64
      %v3549 = arith.constant 16 : i64
      %v3550 = arith.constant 3 : i64
      %v3555 = arith.constant 16 : i64
      %v3556 = arith.constant 4 : i64
      %v3561 = arith.constant 16 : i64
      %v3562 = arith.constant 5 : i64
      %v3567 = arith.constant 16 : i64
      %v3568 = arith.constant 6 : i64
      %v3573 = arith.constant 16 : i64
      %v3574 = arith.constant 7 : i64
      %v3579 = arith.constant 16 : i64
      %v3580 = arith.constant 8 : i64
      %v3585 = arith.constant 16 : i64
      %v3586 = arith.constant 9 : i64
      %v3591 = arith.constant 16 : i64
      %v3592 = arith.constant 10 : i64
      %v3597 = arith.constant 16 : i64
      %v3598 = arith.constant 11 : i64
      %v3603 = arith.constant 16 : i64
      %v3604 = arith.constant 12 : i64
      %v3609 = arith.constant 16 : i64
      %v3610 = arith.constant 13 : i64
      %v3615 = arith.constant 16 : i64
      %v3616 = arith.constant 14 : i64
      %v3621 = arith.constant 16 : i64
      %v3622 = arith.constant 15 : i64
      %v3627 = arith.constant 1 : i64
      %v3628 = arith.constant 0 : i64
      %v3633 = arith.constant 1 : i64
      %v3634 = arith.constant 0 : i64
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
          %v920 = arith.muli %v67, %v917 : i64
          %v921 = arith.addi %v919, %v920 : i64
          %v922 = arith.muli %v915, %v916 : i64
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
          %v942 = arith.mulf %v941, %v936 : f32
          %v944 = arith.addf %v942, %v943 : f32
          %v945 = arith.mulf %v944, %v936 : f32
          %v947 = arith.addf %v945, %v946 : f32
          %v948 = arith.mulf %v947, %v936 : f32
          %v950 = arith.addf %v948, %v949 : f32
          %v951 = arith.mulf %v950, %v936 : f32
          %v953 = arith.addf %v951, %v952 : f32
          %v954 = arith.mulf %v953, %v936 : f32
          %v956 = arith.addf %v954, %v955 : f32
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
          %v977 = arith.muli %v915, %v973 : i64
          %v978 = arith.addi %v976, %v977 : i64
          %v979 = llvm.getelementptr %in_Bm[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v980 = llvm.load %v979 : !llvm.ptr -> f32
          %v981 = arith.muli %v69, %v918 : i64
          %v982 = arith.muli %v67, %v917 : i64
          %v983 = arith.addi %v981, %v982 : i64
          %v984 = arith.muli %v915, %v916 : i64
          %v985 = arith.addi %v983, %v984 : i64
          %v986 = llvm.getelementptr %in_u[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v987 = llvm.load %v986 : !llvm.ptr -> f32
          %v988 = arith.mulf %v964, %v987 : f32
          %v989 = arith.mulf %v980, %v988 : f32
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
          %v1013 = arith.constant 1 : i64
          %v1014 = arith.muli %v1013, %v974 : i64
          %v1015 = arith.addi %v1012, %v1014 : i64
          %v1016 = arith.muli %v915, %v973 : i64
          %v1017 = arith.addi %v1015, %v1016 : i64
          %v1018 = llvm.getelementptr %in_Bm[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1019 = llvm.load %v1018 : !llvm.ptr -> f32
          %v1020 = arith.mulf %v1019, %v988 : f32
          %v1021 = llvm.load %v24 : !llvm.ptr -> f32
          %v1022 = arith.mulf %v1011, %v1021 : f32
          %v1023 = arith.addf %v1022, %v1020 : f32
          scf.if %v63 {
            %v1024 = arith.muli %v914, %v4 : i64
            %v1026 = arith.subi %v4, %v1025 : i64
            %v1027 = arith.minsi %v62, %v1026 : i64
            %v1028 = arith.addi %v1024, %v1027 : i64
            %v1030 = arith.muli %v1028, %v1029 : i64
            %v1032 = arith.addi %v1030, %v1031 : i64
            %v1033 = llvm.getelementptr %scratch_h[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1023, %v1033 : f32, !llvm.ptr
          }
          llvm.store %v1023, %v24 : f32, !llvm.ptr
          %v1034 = arith.muli %v67, %v966 : i64
          %v1035 = arith.constant 2 : i64
          %v1036 = arith.muli %v1035, %v965 : i64
          %v1037 = arith.addi %v1034, %v1036 : i64
          %v1038 = llvm.getelementptr %in_A[%v1037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
          %v1040 = arith.mulf %v964, %v1039 : f32
          %v1041 = arith.mulf %v1040, %v934 : f32
          %v1042 = llvm.call_intrinsic "llvm.exp2.f32"(%v1041) : (f32) -> f32
          %v1043 = arith.muli %v69, %v975 : i64
          %v1044 = arith.constant 2 : i64
          %v1045 = arith.muli %v1044, %v974 : i64
          %v1046 = arith.addi %v1043, %v1045 : i64
          %v1047 = arith.muli %v915, %v973 : i64
          %v1048 = arith.addi %v1046, %v1047 : i64
          %v1049 = llvm.getelementptr %in_Bm[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
          %v1051 = arith.mulf %v1050, %v988 : f32
          %v1052 = llvm.load %v25 : !llvm.ptr -> f32
          %v1053 = arith.mulf %v1042, %v1052 : f32
          %v1054 = arith.addf %v1053, %v1051 : f32
          scf.if %v63 {
            %v1055 = arith.muli %v914, %v4 : i64
            %v1057 = arith.subi %v4, %v1056 : i64
            %v1058 = arith.minsi %v62, %v1057 : i64
            %v1059 = arith.addi %v1055, %v1058 : i64
            %v1061 = arith.muli %v1059, %v1060 : i64
            %v1063 = arith.addi %v1061, %v1062 : i64
            %v1064 = llvm.getelementptr %scratch_h[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1054, %v1064 : f32, !llvm.ptr
          }
          llvm.store %v1054, %v25 : f32, !llvm.ptr
          %v1065 = arith.muli %v67, %v966 : i64
          %v1066 = arith.constant 3 : i64
          %v1067 = arith.muli %v1066, %v965 : i64
          %v1068 = arith.addi %v1065, %v1067 : i64
          %v1069 = llvm.getelementptr %in_A[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
          %v1071 = arith.mulf %v964, %v1070 : f32
          %v1072 = arith.mulf %v1071, %v934 : f32
          %v1073 = llvm.call_intrinsic "llvm.exp2.f32"(%v1072) : (f32) -> f32
          %v1074 = arith.muli %v69, %v975 : i64
          %v1075 = arith.constant 3 : i64
          %v1076 = arith.muli %v1075, %v974 : i64
          %v1077 = arith.addi %v1074, %v1076 : i64
          %v1078 = arith.muli %v915, %v973 : i64
          %v1079 = arith.addi %v1077, %v1078 : i64
          %v1080 = llvm.getelementptr %in_Bm[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
          %v1082 = arith.mulf %v1081, %v988 : f32
          %v1083 = llvm.load %v26 : !llvm.ptr -> f32
          %v1084 = arith.mulf %v1073, %v1083 : f32
          %v1085 = arith.addf %v1084, %v1082 : f32
          scf.if %v63 {
            %v1086 = arith.muli %v914, %v4 : i64
            %v1088 = arith.subi %v4, %v1087 : i64
            %v1089 = arith.minsi %v62, %v1088 : i64
            %v1090 = arith.addi %v1086, %v1089 : i64
            %v1092 = arith.muli %v1090, %v1091 : i64
            %v1094 = arith.addi %v1092, %v1093 : i64
            %v1095 = llvm.getelementptr %scratch_h[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1085, %v1095 : f32, !llvm.ptr
          }
          llvm.store %v1085, %v26 : f32, !llvm.ptr
          %v1096 = arith.muli %v67, %v966 : i64
          %v1097 = arith.constant 4 : i64
          %v1098 = arith.muli %v1097, %v965 : i64
          %v1099 = arith.addi %v1096, %v1098 : i64
          %v1100 = llvm.getelementptr %in_A[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1101 = llvm.load %v1100 : !llvm.ptr -> f32
          %v1102 = arith.mulf %v964, %v1101 : f32
          %v1103 = arith.mulf %v1102, %v934 : f32
          %v1104 = llvm.call_intrinsic "llvm.exp2.f32"(%v1103) : (f32) -> f32
          %v1105 = arith.muli %v69, %v975 : i64
          %v1106 = arith.constant 4 : i64
          %v1107 = arith.muli %v1106, %v974 : i64
          %v1108 = arith.addi %v1105, %v1107 : i64
          %v1109 = arith.muli %v915, %v973 : i64
          %v1110 = arith.addi %v1108, %v1109 : i64
          %v1111 = llvm.getelementptr %in_Bm[%v1110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
          %v1113 = arith.mulf %v1112, %v988 : f32
          %v1114 = llvm.load %v27 : !llvm.ptr -> f32
          %v1115 = arith.mulf %v1104, %v1114 : f32
          %v1116 = arith.addf %v1115, %v1113 : f32
          scf.if %v63 {
            %v1117 = arith.muli %v914, %v4 : i64
            %v1119 = arith.subi %v4, %v1118 : i64
            %v1120 = arith.minsi %v62, %v1119 : i64
            %v1121 = arith.addi %v1117, %v1120 : i64
            %v1123 = arith.muli %v1121, %v1122 : i64
            %v1125 = arith.addi %v1123, %v1124 : i64
            %v1126 = llvm.getelementptr %scratch_h[%v1125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1116, %v1126 : f32, !llvm.ptr
          }
          llvm.store %v1116, %v27 : f32, !llvm.ptr
          %v1127 = arith.muli %v67, %v966 : i64
          %v1128 = arith.constant 5 : i64
          %v1129 = arith.muli %v1128, %v965 : i64
          %v1130 = arith.addi %v1127, %v1129 : i64
          %v1131 = llvm.getelementptr %in_A[%v1130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
          %v1133 = arith.mulf %v964, %v1132 : f32
          %v1134 = arith.mulf %v1133, %v934 : f32
          %v1135 = llvm.call_intrinsic "llvm.exp2.f32"(%v1134) : (f32) -> f32
          %v1136 = arith.muli %v69, %v975 : i64
          %v1137 = arith.constant 5 : i64
          %v1138 = arith.muli %v1137, %v974 : i64
          %v1139 = arith.addi %v1136, %v1138 : i64
          %v1140 = arith.muli %v915, %v973 : i64
          %v1141 = arith.addi %v1139, %v1140 : i64
          %v1142 = llvm.getelementptr %in_Bm[%v1141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1143 = llvm.load %v1142 : !llvm.ptr -> f32
          %v1144 = arith.mulf %v1143, %v988 : f32
          %v1145 = llvm.load %v28 : !llvm.ptr -> f32
          %v1146 = arith.mulf %v1135, %v1145 : f32
          %v1147 = arith.addf %v1146, %v1144 : f32
          scf.if %v63 {
            %v1148 = arith.muli %v914, %v4 : i64
            %v1150 = arith.subi %v4, %v1149 : i64
            %v1151 = arith.minsi %v62, %v1150 : i64
            %v1152 = arith.addi %v1148, %v1151 : i64
            %v1154 = arith.muli %v1152, %v1153 : i64
            %v1156 = arith.addi %v1154, %v1155 : i64
            %v1157 = llvm.getelementptr %scratch_h[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1147, %v1157 : f32, !llvm.ptr
          }
          llvm.store %v1147, %v28 : f32, !llvm.ptr
          %v1158 = arith.muli %v67, %v966 : i64
          %v1159 = arith.constant 6 : i64
          %v1160 = arith.muli %v1159, %v965 : i64
          %v1161 = arith.addi %v1158, %v1160 : i64
          %v1162 = llvm.getelementptr %in_A[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1163 = llvm.load %v1162 : !llvm.ptr -> f32
          %v1164 = arith.mulf %v964, %v1163 : f32
          %v1165 = arith.mulf %v1164, %v934 : f32
          %v1166 = llvm.call_intrinsic "llvm.exp2.f32"(%v1165) : (f32) -> f32
          %v1167 = arith.muli %v69, %v975 : i64
          %v1168 = arith.constant 6 : i64
          %v1169 = arith.muli %v1168, %v974 : i64
          %v1170 = arith.addi %v1167, %v1169 : i64
          %v1171 = arith.muli %v915, %v973 : i64
          %v1172 = arith.addi %v1170, %v1171 : i64
          %v1173 = llvm.getelementptr %in_Bm[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
          %v1175 = arith.mulf %v1174, %v988 : f32
          %v1176 = llvm.load %v29 : !llvm.ptr -> f32
          %v1177 = arith.mulf %v1166, %v1176 : f32
          %v1178 = arith.addf %v1177, %v1175 : f32
          scf.if %v63 {
            %v1179 = arith.muli %v914, %v4 : i64
            %v1181 = arith.subi %v4, %v1180 : i64
            %v1182 = arith.minsi %v62, %v1181 : i64
            %v1183 = arith.addi %v1179, %v1182 : i64
            %v1185 = arith.muli %v1183, %v1184 : i64
            %v1187 = arith.addi %v1185, %v1186 : i64
            %v1188 = llvm.getelementptr %scratch_h[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1178, %v1188 : f32, !llvm.ptr
          }
          llvm.store %v1178, %v29 : f32, !llvm.ptr
          %v1189 = arith.muli %v67, %v966 : i64
          %v1190 = arith.constant 7 : i64
          %v1191 = arith.muli %v1190, %v965 : i64
          %v1192 = arith.addi %v1189, %v1191 : i64
          %v1193 = llvm.getelementptr %in_A[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
          %v1195 = arith.mulf %v964, %v1194 : f32
          %v1196 = arith.mulf %v1195, %v934 : f32
          %v1197 = llvm.call_intrinsic "llvm.exp2.f32"(%v1196) : (f32) -> f32
          %v1198 = arith.muli %v69, %v975 : i64
          %v1199 = arith.constant 7 : i64
          %v1200 = arith.muli %v1199, %v974 : i64
          %v1201 = arith.addi %v1198, %v1200 : i64
          %v1202 = arith.muli %v915, %v973 : i64
          %v1203 = arith.addi %v1201, %v1202 : i64
          %v1204 = llvm.getelementptr %in_Bm[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
          %v1206 = arith.mulf %v1205, %v988 : f32
          %v1207 = llvm.load %v30 : !llvm.ptr -> f32
          %v1208 = arith.mulf %v1197, %v1207 : f32
          %v1209 = arith.addf %v1208, %v1206 : f32
          scf.if %v63 {
            %v1210 = arith.muli %v914, %v4 : i64
            %v1212 = arith.subi %v4, %v1211 : i64
            %v1213 = arith.minsi %v62, %v1212 : i64
            %v1214 = arith.addi %v1210, %v1213 : i64
            %v1216 = arith.muli %v1214, %v1215 : i64
            %v1218 = arith.addi %v1216, %v1217 : i64
            %v1219 = llvm.getelementptr %scratch_h[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1209, %v1219 : f32, !llvm.ptr
          }
          llvm.store %v1209, %v30 : f32, !llvm.ptr
          %v1220 = arith.muli %v67, %v966 : i64
          %v1221 = arith.constant 8 : i64
          %v1222 = arith.muli %v1221, %v965 : i64
          %v1223 = arith.addi %v1220, %v1222 : i64
          %v1224 = llvm.getelementptr %in_A[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
          %v1226 = arith.mulf %v964, %v1225 : f32
          %v1227 = arith.mulf %v1226, %v934 : f32
          %v1228 = llvm.call_intrinsic "llvm.exp2.f32"(%v1227) : (f32) -> f32
          %v1229 = arith.muli %v69, %v975 : i64
          %v1230 = arith.constant 8 : i64
          %v1231 = arith.muli %v1230, %v974 : i64
          %v1232 = arith.addi %v1229, %v1231 : i64
          %v1233 = arith.muli %v915, %v973 : i64
          %v1234 = arith.addi %v1232, %v1233 : i64
          %v1235 = llvm.getelementptr %in_Bm[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
          %v1237 = arith.mulf %v1236, %v988 : f32
          %v1238 = llvm.load %v31 : !llvm.ptr -> f32
          %v1239 = arith.mulf %v1228, %v1238 : f32
          %v1240 = arith.addf %v1239, %v1237 : f32
          scf.if %v63 {
            %v1241 = arith.muli %v914, %v4 : i64
            %v1243 = arith.subi %v4, %v1242 : i64
            %v1244 = arith.minsi %v62, %v1243 : i64
            %v1245 = arith.addi %v1241, %v1244 : i64
            %v1247 = arith.muli %v1245, %v1246 : i64
            %v1249 = arith.addi %v1247, %v1248 : i64
            %v1250 = llvm.getelementptr %scratch_h[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1240, %v1250 : f32, !llvm.ptr
          }
          llvm.store %v1240, %v31 : f32, !llvm.ptr
          %v1251 = arith.muli %v67, %v966 : i64
          %v1252 = arith.constant 9 : i64
          %v1253 = arith.muli %v1252, %v965 : i64
          %v1254 = arith.addi %v1251, %v1253 : i64
          %v1255 = llvm.getelementptr %in_A[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
          %v1257 = arith.mulf %v964, %v1256 : f32
          %v1258 = arith.mulf %v1257, %v934 : f32
          %v1259 = llvm.call_intrinsic "llvm.exp2.f32"(%v1258) : (f32) -> f32
          %v1260 = arith.muli %v69, %v975 : i64
          %v1261 = arith.constant 9 : i64
          %v1262 = arith.muli %v1261, %v974 : i64
          %v1263 = arith.addi %v1260, %v1262 : i64
          %v1264 = arith.muli %v915, %v973 : i64
          %v1265 = arith.addi %v1263, %v1264 : i64
          %v1266 = llvm.getelementptr %in_Bm[%v1265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1267 = llvm.load %v1266 : !llvm.ptr -> f32
          %v1268 = arith.mulf %v1267, %v988 : f32
          %v1269 = llvm.load %v32 : !llvm.ptr -> f32
          %v1270 = arith.mulf %v1259, %v1269 : f32
          %v1271 = arith.addf %v1270, %v1268 : f32
          scf.if %v63 {
            %v1272 = arith.muli %v914, %v4 : i64
            %v1274 = arith.subi %v4, %v1273 : i64
            %v1275 = arith.minsi %v62, %v1274 : i64
            %v1276 = arith.addi %v1272, %v1275 : i64
            %v1278 = arith.muli %v1276, %v1277 : i64
            %v1280 = arith.addi %v1278, %v1279 : i64
            %v1281 = llvm.getelementptr %scratch_h[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1271, %v1281 : f32, !llvm.ptr
          }
          llvm.store %v1271, %v32 : f32, !llvm.ptr
          %v1282 = arith.muli %v67, %v966 : i64
          %v1283 = arith.constant 10 : i64
          %v1284 = arith.muli %v1283, %v965 : i64
          %v1285 = arith.addi %v1282, %v1284 : i64
          %v1286 = llvm.getelementptr %in_A[%v1285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
          %v1288 = arith.mulf %v964, %v1287 : f32
          %v1289 = arith.mulf %v1288, %v934 : f32
          %v1290 = llvm.call_intrinsic "llvm.exp2.f32"(%v1289) : (f32) -> f32
          %v1291 = arith.muli %v69, %v975 : i64
          %v1292 = arith.constant 10 : i64
          %v1293 = arith.muli %v1292, %v974 : i64
          %v1294 = arith.addi %v1291, %v1293 : i64
          %v1295 = arith.muli %v915, %v973 : i64
          %v1296 = arith.addi %v1294, %v1295 : i64
          %v1297 = llvm.getelementptr %in_Bm[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
          %v1299 = arith.mulf %v1298, %v988 : f32
          %v1300 = llvm.load %v33 : !llvm.ptr -> f32
          %v1301 = arith.mulf %v1290, %v1300 : f32
          %v1302 = arith.addf %v1301, %v1299 : f32
          scf.if %v63 {
            %v1303 = arith.muli %v914, %v4 : i64
            %v1305 = arith.subi %v4, %v1304 : i64
            %v1306 = arith.minsi %v62, %v1305 : i64
            %v1307 = arith.addi %v1303, %v1306 : i64
            %v1309 = arith.muli %v1307, %v1308 : i64
            %v1311 = arith.addi %v1309, %v1310 : i64
            %v1312 = llvm.getelementptr %scratch_h[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1302, %v1312 : f32, !llvm.ptr
          }
          llvm.store %v1302, %v33 : f32, !llvm.ptr
          %v1313 = arith.muli %v67, %v966 : i64
          %v1314 = arith.constant 11 : i64
          %v1315 = arith.muli %v1314, %v965 : i64
          %v1316 = arith.addi %v1313, %v1315 : i64
          %v1317 = llvm.getelementptr %in_A[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
          %v1319 = arith.mulf %v964, %v1318 : f32
          %v1320 = arith.mulf %v1319, %v934 : f32
          %v1321 = llvm.call_intrinsic "llvm.exp2.f32"(%v1320) : (f32) -> f32
          %v1322 = arith.muli %v69, %v975 : i64
          %v1323 = arith.constant 11 : i64
          %v1324 = arith.muli %v1323, %v974 : i64
          %v1325 = arith.addi %v1322, %v1324 : i64
          %v1326 = arith.muli %v915, %v973 : i64
          %v1327 = arith.addi %v1325, %v1326 : i64
          %v1328 = llvm.getelementptr %in_Bm[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
          %v1330 = arith.mulf %v1329, %v988 : f32
          %v1331 = llvm.load %v34 : !llvm.ptr -> f32
          %v1332 = arith.mulf %v1321, %v1331 : f32
          %v1333 = arith.addf %v1332, %v1330 : f32
          scf.if %v63 {
            %v1334 = arith.muli %v914, %v4 : i64
            %v1336 = arith.subi %v4, %v1335 : i64
            %v1337 = arith.minsi %v62, %v1336 : i64
            %v1338 = arith.addi %v1334, %v1337 : i64
            %v1340 = arith.muli %v1338, %v1339 : i64
            %v1342 = arith.addi %v1340, %v1341 : i64
            %v1343 = llvm.getelementptr %scratch_h[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1333, %v1343 : f32, !llvm.ptr
          }
          llvm.store %v1333, %v34 : f32, !llvm.ptr
          %v1344 = arith.muli %v67, %v966 : i64
          %v1345 = arith.constant 12 : i64
          %v1346 = arith.muli %v1345, %v965 : i64
          %v1347 = arith.addi %v1344, %v1346 : i64
          %v1348 = llvm.getelementptr %in_A[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1349 = llvm.load %v1348 : !llvm.ptr -> f32
          %v1350 = arith.mulf %v964, %v1349 : f32
          %v1351 = arith.mulf %v1350, %v934 : f32
          %v1352 = llvm.call_intrinsic "llvm.exp2.f32"(%v1351) : (f32) -> f32
          %v1353 = arith.muli %v69, %v975 : i64
          %v1354 = arith.constant 12 : i64
          %v1355 = arith.muli %v1354, %v974 : i64
          %v1356 = arith.addi %v1353, %v1355 : i64
          %v1357 = arith.muli %v915, %v973 : i64
          %v1358 = arith.addi %v1356, %v1357 : i64
          %v1359 = llvm.getelementptr %in_Bm[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
          %v1361 = arith.mulf %v1360, %v988 : f32
          %v1362 = llvm.load %v35 : !llvm.ptr -> f32
          %v1363 = arith.mulf %v1352, %v1362 : f32
          %v1364 = arith.addf %v1363, %v1361 : f32
          scf.if %v63 {
            %v1365 = arith.muli %v914, %v4 : i64
            %v1367 = arith.subi %v4, %v1366 : i64
            %v1368 = arith.minsi %v62, %v1367 : i64
            %v1369 = arith.addi %v1365, %v1368 : i64
            %v1371 = arith.muli %v1369, %v1370 : i64
            %v1373 = arith.addi %v1371, %v1372 : i64
            %v1374 = llvm.getelementptr %scratch_h[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1364, %v1374 : f32, !llvm.ptr
          }
          llvm.store %v1364, %v35 : f32, !llvm.ptr
          %v1375 = arith.muli %v67, %v966 : i64
          %v1376 = arith.constant 13 : i64
          %v1377 = arith.muli %v1376, %v965 : i64
          %v1378 = arith.addi %v1375, %v1377 : i64
          %v1379 = llvm.getelementptr %in_A[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
          %v1381 = arith.mulf %v964, %v1380 : f32
          %v1382 = arith.mulf %v1381, %v934 : f32
          %v1383 = llvm.call_intrinsic "llvm.exp2.f32"(%v1382) : (f32) -> f32
          %v1384 = arith.muli %v69, %v975 : i64
          %v1385 = arith.constant 13 : i64
          %v1386 = arith.muli %v1385, %v974 : i64
          %v1387 = arith.addi %v1384, %v1386 : i64
          %v1388 = arith.muli %v915, %v973 : i64
          %v1389 = arith.addi %v1387, %v1388 : i64
          %v1390 = llvm.getelementptr %in_Bm[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
          %v1392 = arith.mulf %v1391, %v988 : f32
          %v1393 = llvm.load %v36 : !llvm.ptr -> f32
          %v1394 = arith.mulf %v1383, %v1393 : f32
          %v1395 = arith.addf %v1394, %v1392 : f32
          scf.if %v63 {
            %v1396 = arith.muli %v914, %v4 : i64
            %v1398 = arith.subi %v4, %v1397 : i64
            %v1399 = arith.minsi %v62, %v1398 : i64
            %v1400 = arith.addi %v1396, %v1399 : i64
            %v1402 = arith.muli %v1400, %v1401 : i64
            %v1404 = arith.addi %v1402, %v1403 : i64
            %v1405 = llvm.getelementptr %scratch_h[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1395, %v1405 : f32, !llvm.ptr
          }
          llvm.store %v1395, %v36 : f32, !llvm.ptr
          %v1406 = arith.muli %v67, %v966 : i64
          %v1407 = arith.constant 14 : i64
          %v1408 = arith.muli %v1407, %v965 : i64
          %v1409 = arith.addi %v1406, %v1408 : i64
          %v1410 = llvm.getelementptr %in_A[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
          %v1412 = arith.mulf %v964, %v1411 : f32
          %v1413 = arith.mulf %v1412, %v934 : f32
          %v1414 = llvm.call_intrinsic "llvm.exp2.f32"(%v1413) : (f32) -> f32
          %v1415 = arith.muli %v69, %v975 : i64
          %v1416 = arith.constant 14 : i64
          %v1417 = arith.muli %v1416, %v974 : i64
          %v1418 = arith.addi %v1415, %v1417 : i64
          %v1419 = arith.muli %v915, %v973 : i64
          %v1420 = arith.addi %v1418, %v1419 : i64
          %v1421 = llvm.getelementptr %in_Bm[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
          %v1423 = arith.mulf %v1422, %v988 : f32
          %v1424 = llvm.load %v37 : !llvm.ptr -> f32
          %v1425 = arith.mulf %v1414, %v1424 : f32
          %v1426 = arith.addf %v1425, %v1423 : f32
          scf.if %v63 {
            %v1427 = arith.muli %v914, %v4 : i64
            %v1429 = arith.subi %v4, %v1428 : i64
            %v1430 = arith.minsi %v62, %v1429 : i64
            %v1431 = arith.addi %v1427, %v1430 : i64
            %v1433 = arith.muli %v1431, %v1432 : i64
            %v1435 = arith.addi %v1433, %v1434 : i64
            %v1436 = llvm.getelementptr %scratch_h[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1426, %v1436 : f32, !llvm.ptr
          }
          llvm.store %v1426, %v37 : f32, !llvm.ptr
          %v1437 = arith.muli %v67, %v966 : i64
          %v1438 = arith.constant 15 : i64
          %v1439 = arith.muli %v1438, %v965 : i64
          %v1440 = arith.addi %v1437, %v1439 : i64
          %v1441 = llvm.getelementptr %in_A[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1442 = llvm.load %v1441 : !llvm.ptr -> f32
          %v1443 = arith.mulf %v964, %v1442 : f32
          %v1444 = arith.mulf %v1443, %v934 : f32
          %v1445 = llvm.call_intrinsic "llvm.exp2.f32"(%v1444) : (f32) -> f32
          %v1446 = arith.muli %v69, %v975 : i64
          %v1447 = arith.constant 15 : i64
          %v1448 = arith.muli %v1447, %v974 : i64
          %v1449 = arith.addi %v1446, %v1448 : i64
          %v1450 = arith.muli %v915, %v973 : i64
          %v1451 = arith.addi %v1449, %v1450 : i64
          %v1452 = llvm.getelementptr %in_Bm[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
          %v1454 = arith.mulf %v1453, %v988 : f32
          %v1455 = llvm.load %v38 : !llvm.ptr -> f32
          %v1456 = arith.mulf %v1445, %v1455 : f32
          %v1457 = arith.addf %v1456, %v1454 : f32
          scf.if %v63 {
            %v1458 = arith.muli %v914, %v4 : i64
            %v1460 = arith.subi %v4, %v1459 : i64
            %v1461 = arith.minsi %v62, %v1460 : i64
            %v1462 = arith.addi %v1458, %v1461 : i64
            %v1464 = arith.muli %v1462, %v1463 : i64
            %v1466 = arith.addi %v1464, %v1465 : i64
            %v1467 = llvm.getelementptr %scratch_h[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1457, %v1467 : f32, !llvm.ptr
          }
          llvm.store %v1457, %v38 : f32, !llvm.ptr
        }
        %v1468 = arith.index_cast %v340 : i64 to index
        %v1469 = arith.index_cast %v688 : i64 to index
        %v1470 = arith.index_cast %v339 : i64 to index
        scf.for %v1471 = %v1468 to %v1469 step %v1470 {
          %v1472 = arith.index_cast %v1471 : index to i64
          %v1473 = arith.subi %v688, %v339 : i64
          %v1474 = arith.subi %v1473, %v1472 : i64
          %v1475 = arith.addi %v686, %v1474 : i64
          %v1476 = arith.cmpi eq, %v1474, %v340 : i64
          %v1477 = arith.subi %v1474, %v339 : i64
          %v1478 = arith.maxsi %v1477, %v340 : i64
          %v1479 = arith.muli %v69, %v975 : i64
          %v1480 = arith.muli %v1475, %v973 : i64
          %v1481 = arith.addi %v1479, %v1480 : i64
          %v1482 = llvm.getelementptr %in_Cm[%v1481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
          %v1484 = arith.muli %v69, %v918 : i64
          %v1485 = arith.muli %v67, %v917 : i64
          %v1486 = arith.addi %v1484, %v1485 : i64
          %v1487 = arith.muli %v1475, %v916 : i64
          %v1488 = arith.addi %v1486, %v1487 : i64
          %v1489 = llvm.getelementptr %in_z[%v1488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
          %v1491 = arith.negf %v1490 : f32
          %v1492 = arith.mulf %v1491, %v934 : f32
          %v1493 = llvm.call_intrinsic "llvm.exp2.f32"(%v1492) : (f32) -> f32
          %v1494 = arith.addf %v337, %v1493 : f32
          %v1495 = arith.divf %v337, %v1494 : f32
          %v1496 = arith.mulf %v1490, %v1495 : f32
          %v1497 = arith.muli %v69, %v918 : i64
          %v1498 = arith.muli %v67, %v917 : i64
          %v1499 = arith.addi %v1497, %v1498 : i64
          %v1500 = arith.muli %v1475, %v916 : i64
          %v1501 = arith.addi %v1499, %v1500 : i64
          %v1502 = llvm.getelementptr %dy_y[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
          %v1504 = arith.mulf %v1496, %v1503 : f32
          %v1505 = arith.mulf %v1483, %v1504 : f32
          %v1506 = llvm.load %v75 : !llvm.ptr -> f32
          %v1507 = llvm.load %v139 : !llvm.ptr -> f32
          %v1508 = arith.mulf %v1507, %v1506 : f32
          %v1509 = arith.addf %v1505, %v1508 : f32
          llvm.store %v1509, %v75 : f32, !llvm.ptr
          %v1510 = arith.muli %v69, %v975 : i64
          %v1511 = arith.constant 1 : i64
          %v1512 = arith.muli %v1511, %v974 : i64
          %v1513 = arith.addi %v1510, %v1512 : i64
          %v1514 = arith.muli %v1475, %v973 : i64
          %v1515 = arith.addi %v1513, %v1514 : i64
          %v1516 = llvm.getelementptr %in_Cm[%v1515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1517 = llvm.load %v1516 : !llvm.ptr -> f32
          %v1518 = arith.mulf %v1496, %v1503 : f32
          %v1519 = arith.mulf %v1517, %v1518 : f32
          %v1520 = llvm.load %v79 : !llvm.ptr -> f32
          %v1521 = llvm.load %v143 : !llvm.ptr -> f32
          %v1522 = arith.mulf %v1521, %v1520 : f32
          %v1523 = arith.addf %v1519, %v1522 : f32
          llvm.store %v1523, %v79 : f32, !llvm.ptr
          %v1524 = arith.muli %v69, %v975 : i64
          %v1525 = arith.constant 2 : i64
          %v1526 = arith.muli %v1525, %v974 : i64
          %v1527 = arith.addi %v1524, %v1526 : i64
          %v1528 = arith.muli %v1475, %v973 : i64
          %v1529 = arith.addi %v1527, %v1528 : i64
          %v1530 = llvm.getelementptr %in_Cm[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
          %v1532 = arith.mulf %v1496, %v1503 : f32
          %v1533 = arith.mulf %v1531, %v1532 : f32
          %v1534 = llvm.load %v83 : !llvm.ptr -> f32
          %v1535 = llvm.load %v147 : !llvm.ptr -> f32
          %v1536 = arith.mulf %v1535, %v1534 : f32
          %v1537 = arith.addf %v1533, %v1536 : f32
          llvm.store %v1537, %v83 : f32, !llvm.ptr
          %v1538 = arith.muli %v69, %v975 : i64
          %v1539 = arith.constant 3 : i64
          %v1540 = arith.muli %v1539, %v974 : i64
          %v1541 = arith.addi %v1538, %v1540 : i64
          %v1542 = arith.muli %v1475, %v973 : i64
          %v1543 = arith.addi %v1541, %v1542 : i64
          %v1544 = llvm.getelementptr %in_Cm[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
          %v1546 = arith.mulf %v1496, %v1503 : f32
          %v1547 = arith.mulf %v1545, %v1546 : f32
          %v1548 = llvm.load %v87 : !llvm.ptr -> f32
          %v1549 = llvm.load %v151 : !llvm.ptr -> f32
          %v1550 = arith.mulf %v1549, %v1548 : f32
          %v1551 = arith.addf %v1547, %v1550 : f32
          llvm.store %v1551, %v87 : f32, !llvm.ptr
          %v1552 = arith.muli %v69, %v975 : i64
          %v1553 = arith.constant 4 : i64
          %v1554 = arith.muli %v1553, %v974 : i64
          %v1555 = arith.addi %v1552, %v1554 : i64
          %v1556 = arith.muli %v1475, %v973 : i64
          %v1557 = arith.addi %v1555, %v1556 : i64
          %v1558 = llvm.getelementptr %in_Cm[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
          %v1560 = arith.mulf %v1496, %v1503 : f32
          %v1561 = arith.mulf %v1559, %v1560 : f32
          %v1562 = llvm.load %v91 : !llvm.ptr -> f32
          %v1563 = llvm.load %v155 : !llvm.ptr -> f32
          %v1564 = arith.mulf %v1563, %v1562 : f32
          %v1565 = arith.addf %v1561, %v1564 : f32
          llvm.store %v1565, %v91 : f32, !llvm.ptr
          %v1566 = arith.muli %v69, %v975 : i64
          %v1567 = arith.constant 5 : i64
          %v1568 = arith.muli %v1567, %v974 : i64
          %v1569 = arith.addi %v1566, %v1568 : i64
          %v1570 = arith.muli %v1475, %v973 : i64
          %v1571 = arith.addi %v1569, %v1570 : i64
          %v1572 = llvm.getelementptr %in_Cm[%v1571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
          %v1574 = arith.mulf %v1496, %v1503 : f32
          %v1575 = arith.mulf %v1573, %v1574 : f32
          %v1576 = llvm.load %v95 : !llvm.ptr -> f32
          %v1577 = llvm.load %v159 : !llvm.ptr -> f32
          %v1578 = arith.mulf %v1577, %v1576 : f32
          %v1579 = arith.addf %v1575, %v1578 : f32
          llvm.store %v1579, %v95 : f32, !llvm.ptr
          %v1580 = arith.muli %v69, %v975 : i64
          %v1581 = arith.constant 6 : i64
          %v1582 = arith.muli %v1581, %v974 : i64
          %v1583 = arith.addi %v1580, %v1582 : i64
          %v1584 = arith.muli %v1475, %v973 : i64
          %v1585 = arith.addi %v1583, %v1584 : i64
          %v1586 = llvm.getelementptr %in_Cm[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
          %v1588 = arith.mulf %v1496, %v1503 : f32
          %v1589 = arith.mulf %v1587, %v1588 : f32
          %v1590 = llvm.load %v99 : !llvm.ptr -> f32
          %v1591 = llvm.load %v163 : !llvm.ptr -> f32
          %v1592 = arith.mulf %v1591, %v1590 : f32
          %v1593 = arith.addf %v1589, %v1592 : f32
          llvm.store %v1593, %v99 : f32, !llvm.ptr
          %v1594 = arith.muli %v69, %v975 : i64
          %v1595 = arith.constant 7 : i64
          %v1596 = arith.muli %v1595, %v974 : i64
          %v1597 = arith.addi %v1594, %v1596 : i64
          %v1598 = arith.muli %v1475, %v973 : i64
          %v1599 = arith.addi %v1597, %v1598 : i64
          %v1600 = llvm.getelementptr %in_Cm[%v1599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
          %v1602 = arith.mulf %v1496, %v1503 : f32
          %v1603 = arith.mulf %v1601, %v1602 : f32
          %v1604 = llvm.load %v103 : !llvm.ptr -> f32
          %v1605 = llvm.load %v167 : !llvm.ptr -> f32
          %v1606 = arith.mulf %v1605, %v1604 : f32
          %v1607 = arith.addf %v1603, %v1606 : f32
          llvm.store %v1607, %v103 : f32, !llvm.ptr
          %v1608 = arith.muli %v69, %v975 : i64
          %v1609 = arith.constant 8 : i64
          %v1610 = arith.muli %v1609, %v974 : i64
          %v1611 = arith.addi %v1608, %v1610 : i64
          %v1612 = arith.muli %v1475, %v973 : i64
          %v1613 = arith.addi %v1611, %v1612 : i64
          %v1614 = llvm.getelementptr %in_Cm[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1615 = llvm.load %v1614 : !llvm.ptr -> f32
          %v1616 = arith.mulf %v1496, %v1503 : f32
          %v1617 = arith.mulf %v1615, %v1616 : f32
          %v1618 = llvm.load %v107 : !llvm.ptr -> f32
          %v1619 = llvm.load %v171 : !llvm.ptr -> f32
          %v1620 = arith.mulf %v1619, %v1618 : f32
          %v1621 = arith.addf %v1617, %v1620 : f32
          llvm.store %v1621, %v107 : f32, !llvm.ptr
          %v1622 = arith.muli %v69, %v975 : i64
          %v1623 = arith.constant 9 : i64
          %v1624 = arith.muli %v1623, %v974 : i64
          %v1625 = arith.addi %v1622, %v1624 : i64
          %v1626 = arith.muli %v1475, %v973 : i64
          %v1627 = arith.addi %v1625, %v1626 : i64
          %v1628 = llvm.getelementptr %in_Cm[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1629 = llvm.load %v1628 : !llvm.ptr -> f32
          %v1630 = arith.mulf %v1496, %v1503 : f32
          %v1631 = arith.mulf %v1629, %v1630 : f32
          %v1632 = llvm.load %v111 : !llvm.ptr -> f32
          %v1633 = llvm.load %v175 : !llvm.ptr -> f32
          %v1634 = arith.mulf %v1633, %v1632 : f32
          %v1635 = arith.addf %v1631, %v1634 : f32
          llvm.store %v1635, %v111 : f32, !llvm.ptr
          %v1636 = arith.muli %v69, %v975 : i64
          %v1637 = arith.constant 10 : i64
          %v1638 = arith.muli %v1637, %v974 : i64
          %v1639 = arith.addi %v1636, %v1638 : i64
          %v1640 = arith.muli %v1475, %v973 : i64
          %v1641 = arith.addi %v1639, %v1640 : i64
          %v1642 = llvm.getelementptr %in_Cm[%v1641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1643 = llvm.load %v1642 : !llvm.ptr -> f32
          %v1644 = arith.mulf %v1496, %v1503 : f32
          %v1645 = arith.mulf %v1643, %v1644 : f32
          %v1646 = llvm.load %v115 : !llvm.ptr -> f32
          %v1647 = llvm.load %v179 : !llvm.ptr -> f32
          %v1648 = arith.mulf %v1647, %v1646 : f32
          %v1649 = arith.addf %v1645, %v1648 : f32
          llvm.store %v1649, %v115 : f32, !llvm.ptr
          %v1650 = arith.muli %v69, %v975 : i64
          %v1651 = arith.constant 11 : i64
          %v1652 = arith.muli %v1651, %v974 : i64
          %v1653 = arith.addi %v1650, %v1652 : i64
          %v1654 = arith.muli %v1475, %v973 : i64
          %v1655 = arith.addi %v1653, %v1654 : i64
          %v1656 = llvm.getelementptr %in_Cm[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
          %v1658 = arith.mulf %v1496, %v1503 : f32
          %v1659 = arith.mulf %v1657, %v1658 : f32
          %v1660 = llvm.load %v119 : !llvm.ptr -> f32
          %v1661 = llvm.load %v183 : !llvm.ptr -> f32
          %v1662 = arith.mulf %v1661, %v1660 : f32
          %v1663 = arith.addf %v1659, %v1662 : f32
          llvm.store %v1663, %v119 : f32, !llvm.ptr
          %v1664 = arith.muli %v69, %v975 : i64
          %v1665 = arith.constant 12 : i64
          %v1666 = arith.muli %v1665, %v974 : i64
          %v1667 = arith.addi %v1664, %v1666 : i64
          %v1668 = arith.muli %v1475, %v973 : i64
          %v1669 = arith.addi %v1667, %v1668 : i64
          %v1670 = llvm.getelementptr %in_Cm[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1671 = llvm.load %v1670 : !llvm.ptr -> f32
          %v1672 = arith.mulf %v1496, %v1503 : f32
          %v1673 = arith.mulf %v1671, %v1672 : f32
          %v1674 = llvm.load %v123 : !llvm.ptr -> f32
          %v1675 = llvm.load %v187 : !llvm.ptr -> f32
          %v1676 = arith.mulf %v1675, %v1674 : f32
          %v1677 = arith.addf %v1673, %v1676 : f32
          llvm.store %v1677, %v123 : f32, !llvm.ptr
          %v1678 = arith.muli %v69, %v975 : i64
          %v1679 = arith.constant 13 : i64
          %v1680 = arith.muli %v1679, %v974 : i64
          %v1681 = arith.addi %v1678, %v1680 : i64
          %v1682 = arith.muli %v1475, %v973 : i64
          %v1683 = arith.addi %v1681, %v1682 : i64
          %v1684 = llvm.getelementptr %in_Cm[%v1683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1685 = llvm.load %v1684 : !llvm.ptr -> f32
          %v1686 = arith.mulf %v1496, %v1503 : f32
          %v1687 = arith.mulf %v1685, %v1686 : f32
          %v1688 = llvm.load %v127 : !llvm.ptr -> f32
          %v1689 = llvm.load %v191 : !llvm.ptr -> f32
          %v1690 = arith.mulf %v1689, %v1688 : f32
          %v1691 = arith.addf %v1687, %v1690 : f32
          llvm.store %v1691, %v127 : f32, !llvm.ptr
          %v1692 = arith.muli %v69, %v975 : i64
          %v1693 = arith.constant 14 : i64
          %v1694 = arith.muli %v1693, %v974 : i64
          %v1695 = arith.addi %v1692, %v1694 : i64
          %v1696 = arith.muli %v1475, %v973 : i64
          %v1697 = arith.addi %v1695, %v1696 : i64
          %v1698 = llvm.getelementptr %in_Cm[%v1697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1699 = llvm.load %v1698 : !llvm.ptr -> f32
          %v1700 = arith.mulf %v1496, %v1503 : f32
          %v1701 = arith.mulf %v1699, %v1700 : f32
          %v1702 = llvm.load %v131 : !llvm.ptr -> f32
          %v1703 = llvm.load %v195 : !llvm.ptr -> f32
          %v1704 = arith.mulf %v1703, %v1702 : f32
          %v1705 = arith.addf %v1701, %v1704 : f32
          llvm.store %v1705, %v131 : f32, !llvm.ptr
          %v1706 = arith.muli %v69, %v975 : i64
          %v1707 = arith.constant 15 : i64
          %v1708 = arith.muli %v1707, %v974 : i64
          %v1709 = arith.addi %v1706, %v1708 : i64
          %v1710 = arith.muli %v1475, %v973 : i64
          %v1711 = arith.addi %v1709, %v1710 : i64
          %v1712 = llvm.getelementptr %in_Cm[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1713 = llvm.load %v1712 : !llvm.ptr -> f32
          %v1714 = arith.mulf %v1496, %v1503 : f32
          %v1715 = arith.mulf %v1713, %v1714 : f32
          %v1716 = llvm.load %v135 : !llvm.ptr -> f32
          %v1717 = llvm.load %v199 : !llvm.ptr -> f32
          %v1718 = arith.mulf %v1717, %v1716 : f32
          %v1719 = arith.addf %v1715, %v1718 : f32
          llvm.store %v1719, %v135 : f32, !llvm.ptr
          %v1720 = arith.cmpi eq, %v1475, %v344 : i64
          scf.if %v1720 {
            %v1721 = arith.muli %v69, %v348 : i64
            %v1722 = arith.muli %v67, %v347 : i64
            %v1723 = arith.addi %v1721, %v1722 : i64
            %v1724 = llvm.getelementptr %dy_h_last[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1725 = llvm.load %v1724 : !llvm.ptr -> f32
            %v1726 = llvm.load %v75 : !llvm.ptr -> f32
            %v1727 = arith.addf %v1726, %v1725 : f32
            llvm.store %v1727, %v75 : f32, !llvm.ptr
            %v1728 = arith.muli %v69, %v348 : i64
            %v1729 = arith.muli %v67, %v347 : i64
            %v1730 = arith.addi %v1728, %v1729 : i64
            %v1731 = arith.constant 1 : i64
            %v1732 = arith.muli %v1731, %v346 : i64
            %v1733 = arith.addi %v1730, %v1732 : i64
            %v1734 = llvm.getelementptr %dy_h_last[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1735 = llvm.load %v1734 : !llvm.ptr -> f32
            %v1736 = llvm.load %v79 : !llvm.ptr -> f32
            %v1737 = arith.addf %v1736, %v1735 : f32
            llvm.store %v1737, %v79 : f32, !llvm.ptr
            %v1738 = arith.muli %v69, %v348 : i64
            %v1739 = arith.muli %v67, %v347 : i64
            %v1740 = arith.addi %v1738, %v1739 : i64
            %v1741 = arith.constant 2 : i64
            %v1742 = arith.muli %v1741, %v346 : i64
            %v1743 = arith.addi %v1740, %v1742 : i64
            %v1744 = llvm.getelementptr %dy_h_last[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1745 = llvm.load %v1744 : !llvm.ptr -> f32
            %v1746 = llvm.load %v83 : !llvm.ptr -> f32
            %v1747 = arith.addf %v1746, %v1745 : f32
            llvm.store %v1747, %v83 : f32, !llvm.ptr
            %v1748 = arith.muli %v69, %v348 : i64
            %v1749 = arith.muli %v67, %v347 : i64
            %v1750 = arith.addi %v1748, %v1749 : i64
            %v1751 = arith.constant 3 : i64
            %v1752 = arith.muli %v1751, %v346 : i64
            %v1753 = arith.addi %v1750, %v1752 : i64
            %v1754 = llvm.getelementptr %dy_h_last[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
            %v1756 = llvm.load %v87 : !llvm.ptr -> f32
            %v1757 = arith.addf %v1756, %v1755 : f32
            llvm.store %v1757, %v87 : f32, !llvm.ptr
            %v1758 = arith.muli %v69, %v348 : i64
            %v1759 = arith.muli %v67, %v347 : i64
            %v1760 = arith.addi %v1758, %v1759 : i64
            %v1761 = arith.constant 4 : i64
            %v1762 = arith.muli %v1761, %v346 : i64
            %v1763 = arith.addi %v1760, %v1762 : i64
            %v1764 = llvm.getelementptr %dy_h_last[%v1763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1765 = llvm.load %v1764 : !llvm.ptr -> f32
            %v1766 = llvm.load %v91 : !llvm.ptr -> f32
            %v1767 = arith.addf %v1766, %v1765 : f32
            llvm.store %v1767, %v91 : f32, !llvm.ptr
            %v1768 = arith.muli %v69, %v348 : i64
            %v1769 = arith.muli %v67, %v347 : i64
            %v1770 = arith.addi %v1768, %v1769 : i64
            %v1771 = arith.constant 5 : i64
            %v1772 = arith.muli %v1771, %v346 : i64
            %v1773 = arith.addi %v1770, %v1772 : i64
            %v1774 = llvm.getelementptr %dy_h_last[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1775 = llvm.load %v1774 : !llvm.ptr -> f32
            %v1776 = llvm.load %v95 : !llvm.ptr -> f32
            %v1777 = arith.addf %v1776, %v1775 : f32
            llvm.store %v1777, %v95 : f32, !llvm.ptr
            %v1778 = arith.muli %v69, %v348 : i64
            %v1779 = arith.muli %v67, %v347 : i64
            %v1780 = arith.addi %v1778, %v1779 : i64
            %v1781 = arith.constant 6 : i64
            %v1782 = arith.muli %v1781, %v346 : i64
            %v1783 = arith.addi %v1780, %v1782 : i64
            %v1784 = llvm.getelementptr %dy_h_last[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1785 = llvm.load %v1784 : !llvm.ptr -> f32
            %v1786 = llvm.load %v99 : !llvm.ptr -> f32
            %v1787 = arith.addf %v1786, %v1785 : f32
            llvm.store %v1787, %v99 : f32, !llvm.ptr
            %v1788 = arith.muli %v69, %v348 : i64
            %v1789 = arith.muli %v67, %v347 : i64
            %v1790 = arith.addi %v1788, %v1789 : i64
            %v1791 = arith.constant 7 : i64
            %v1792 = arith.muli %v1791, %v346 : i64
            %v1793 = arith.addi %v1790, %v1792 : i64
            %v1794 = llvm.getelementptr %dy_h_last[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1795 = llvm.load %v1794 : !llvm.ptr -> f32
            %v1796 = llvm.load %v103 : !llvm.ptr -> f32
            %v1797 = arith.addf %v1796, %v1795 : f32
            llvm.store %v1797, %v103 : f32, !llvm.ptr
            %v1798 = arith.muli %v69, %v348 : i64
            %v1799 = arith.muli %v67, %v347 : i64
            %v1800 = arith.addi %v1798, %v1799 : i64
            %v1801 = arith.constant 8 : i64
            %v1802 = arith.muli %v1801, %v346 : i64
            %v1803 = arith.addi %v1800, %v1802 : i64
            %v1804 = llvm.getelementptr %dy_h_last[%v1803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1805 = llvm.load %v1804 : !llvm.ptr -> f32
            %v1806 = llvm.load %v107 : !llvm.ptr -> f32
            %v1807 = arith.addf %v1806, %v1805 : f32
            llvm.store %v1807, %v107 : f32, !llvm.ptr
            %v1808 = arith.muli %v69, %v348 : i64
            %v1809 = arith.muli %v67, %v347 : i64
            %v1810 = arith.addi %v1808, %v1809 : i64
            %v1811 = arith.constant 9 : i64
            %v1812 = arith.muli %v1811, %v346 : i64
            %v1813 = arith.addi %v1810, %v1812 : i64
            %v1814 = llvm.getelementptr %dy_h_last[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1815 = llvm.load %v1814 : !llvm.ptr -> f32
            %v1816 = llvm.load %v111 : !llvm.ptr -> f32
            %v1817 = arith.addf %v1816, %v1815 : f32
            llvm.store %v1817, %v111 : f32, !llvm.ptr
            %v1818 = arith.muli %v69, %v348 : i64
            %v1819 = arith.muli %v67, %v347 : i64
            %v1820 = arith.addi %v1818, %v1819 : i64
            %v1821 = arith.constant 10 : i64
            %v1822 = arith.muli %v1821, %v346 : i64
            %v1823 = arith.addi %v1820, %v1822 : i64
            %v1824 = llvm.getelementptr %dy_h_last[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1825 = llvm.load %v1824 : !llvm.ptr -> f32
            %v1826 = llvm.load %v115 : !llvm.ptr -> f32
            %v1827 = arith.addf %v1826, %v1825 : f32
            llvm.store %v1827, %v115 : f32, !llvm.ptr
            %v1828 = arith.muli %v69, %v348 : i64
            %v1829 = arith.muli %v67, %v347 : i64
            %v1830 = arith.addi %v1828, %v1829 : i64
            %v1831 = arith.constant 11 : i64
            %v1832 = arith.muli %v1831, %v346 : i64
            %v1833 = arith.addi %v1830, %v1832 : i64
            %v1834 = llvm.getelementptr %dy_h_last[%v1833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1835 = llvm.load %v1834 : !llvm.ptr -> f32
            %v1836 = llvm.load %v119 : !llvm.ptr -> f32
            %v1837 = arith.addf %v1836, %v1835 : f32
            llvm.store %v1837, %v119 : f32, !llvm.ptr
            %v1838 = arith.muli %v69, %v348 : i64
            %v1839 = arith.muli %v67, %v347 : i64
            %v1840 = arith.addi %v1838, %v1839 : i64
            %v1841 = arith.constant 12 : i64
            %v1842 = arith.muli %v1841, %v346 : i64
            %v1843 = arith.addi %v1840, %v1842 : i64
            %v1844 = llvm.getelementptr %dy_h_last[%v1843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1845 = llvm.load %v1844 : !llvm.ptr -> f32
            %v1846 = llvm.load %v123 : !llvm.ptr -> f32
            %v1847 = arith.addf %v1846, %v1845 : f32
            llvm.store %v1847, %v123 : f32, !llvm.ptr
            %v1848 = arith.muli %v69, %v348 : i64
            %v1849 = arith.muli %v67, %v347 : i64
            %v1850 = arith.addi %v1848, %v1849 : i64
            %v1851 = arith.constant 13 : i64
            %v1852 = arith.muli %v1851, %v346 : i64
            %v1853 = arith.addi %v1850, %v1852 : i64
            %v1854 = llvm.getelementptr %dy_h_last[%v1853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1855 = llvm.load %v1854 : !llvm.ptr -> f32
            %v1856 = llvm.load %v127 : !llvm.ptr -> f32
            %v1857 = arith.addf %v1856, %v1855 : f32
            llvm.store %v1857, %v127 : f32, !llvm.ptr
            %v1858 = arith.muli %v69, %v348 : i64
            %v1859 = arith.muli %v67, %v347 : i64
            %v1860 = arith.addi %v1858, %v1859 : i64
            %v1861 = arith.constant 14 : i64
            %v1862 = arith.muli %v1861, %v346 : i64
            %v1863 = arith.addi %v1860, %v1862 : i64
            %v1864 = llvm.getelementptr %dy_h_last[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1865 = llvm.load %v1864 : !llvm.ptr -> f32
            %v1866 = llvm.load %v131 : !llvm.ptr -> f32
            %v1867 = arith.addf %v1866, %v1865 : f32
            llvm.store %v1867, %v131 : f32, !llvm.ptr
            %v1868 = arith.muli %v69, %v348 : i64
            %v1869 = arith.muli %v67, %v347 : i64
            %v1870 = arith.addi %v1868, %v1869 : i64
            %v1871 = arith.constant 15 : i64
            %v1872 = arith.muli %v1871, %v346 : i64
            %v1873 = arith.addi %v1870, %v1872 : i64
            %v1874 = llvm.getelementptr %dy_h_last[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1875 = llvm.load %v1874 : !llvm.ptr -> f32
            %v1876 = llvm.load %v135 : !llvm.ptr -> f32
            %v1877 = arith.addf %v1876, %v1875 : f32
            llvm.store %v1877, %v135 : f32, !llvm.ptr
          }
          %v1878 = arith.muli %v67, %v926 : i64
          %v1879 = llvm.getelementptr %in_Dskip[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
          %v1881 = arith.mulf %v1496, %v1503 : f32
          %v1882 = arith.mulf %v1880, %v1881 : f32
          %v1883 = arith.muli %v69, %v918 : i64
          %v1884 = arith.muli %v67, %v917 : i64
          %v1885 = arith.addi %v1883, %v1884 : i64
          %v1886 = arith.muli %v1475, %v916 : i64
          %v1887 = arith.addi %v1885, %v1886 : i64
          %v1888 = llvm.getelementptr %in_delta[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1889 = llvm.load %v1888 : !llvm.ptr -> f32
          %v1890 = arith.muli %v67, %v926 : i64
          %v1891 = llvm.getelementptr %in_dt_bias[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
          %v1893 = arith.addf %v1889, %v1892 : f32
          %v1894 = arith.maximumf %v1893, %v336 : f32
          %v1895 = llvm.call_intrinsic "llvm.fabs.f32"(%v1893) : (f32) -> f32
          %v1896 = arith.negf %v1895 : f32
          %v1897 = arith.mulf %v1896, %v934 : f32
          %v1898 = llvm.call_intrinsic "llvm.exp2.f32"(%v1897) : (f32) -> f32
          %v1899 = arith.addf %v337, %v1898 : f32
          %v1900 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v1899) : (f32) -> f32
          %v1901 = arith.mulf %v1900, %v939 : f32
          %v1902 = arith.mulf %v941, %v1898 : f32
          %v1903 = arith.addf %v1902, %v943 : f32
          %v1904 = arith.mulf %v1903, %v1898 : f32
          %v1905 = arith.addf %v1904, %v946 : f32
          %v1906 = arith.mulf %v1905, %v1898 : f32
          %v1907 = arith.addf %v1906, %v949 : f32
          %v1908 = arith.mulf %v1907, %v1898 : f32
          %v1909 = arith.addf %v1908, %v952 : f32
          %v1910 = arith.mulf %v1909, %v1898 : f32
          %v1911 = arith.addf %v1910, %v955 : f32
          %v1912 = arith.mulf %v1911, %v1898 : f32
          %v1913 = arith.addf %v1912, %v337 : f32
          %v1914 = arith.mulf %v1913, %v1898 : f32
          %v1915 = llvm.call_intrinsic "llvm.fabs.f32"(%v1898) : (f32) -> f32
          %v1916 = arith.cmpf olt, %v1915, %v961 : f32
          %v1917 = arith.select %v1916, %v1914, %v1901 : f32
          %v1918 = arith.addf %v1894, %v1917 : f32
          %v1919 = arith.muli %v69, %v975 : i64
          %v1920 = arith.muli %v1475, %v973 : i64
          %v1921 = arith.addi %v1919, %v1920 : i64
          %v1922 = llvm.getelementptr %in_Bm[%v1921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1923 = llvm.load %v1922 : !llvm.ptr -> f32
          %v1924 = llvm.load %v75 : !llvm.ptr -> f32
          %v1925 = arith.mulf %v1923, %v1924 : f32
          %v1926 = arith.muli %v69, %v975 : i64
          %v1927 = arith.constant 1 : i64
          %v1928 = arith.muli %v1927, %v974 : i64
          %v1929 = arith.addi %v1926, %v1928 : i64
          %v1930 = arith.muli %v1475, %v973 : i64
          %v1931 = arith.addi %v1929, %v1930 : i64
          %v1932 = llvm.getelementptr %in_Bm[%v1931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
          %v1934 = llvm.load %v79 : !llvm.ptr -> f32
          %v1935 = arith.mulf %v1933, %v1934 : f32
          %v1936 = arith.addf %v1925, %v1935 : f32
          %v1937 = arith.muli %v69, %v975 : i64
          %v1938 = arith.constant 2 : i64
          %v1939 = arith.muli %v1938, %v974 : i64
          %v1940 = arith.addi %v1937, %v1939 : i64
          %v1941 = arith.muli %v1475, %v973 : i64
          %v1942 = arith.addi %v1940, %v1941 : i64
          %v1943 = llvm.getelementptr %in_Bm[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1944 = llvm.load %v1943 : !llvm.ptr -> f32
          %v1945 = llvm.load %v83 : !llvm.ptr -> f32
          %v1946 = arith.mulf %v1944, %v1945 : f32
          %v1947 = arith.addf %v1936, %v1946 : f32
          %v1948 = arith.muli %v69, %v975 : i64
          %v1949 = arith.constant 3 : i64
          %v1950 = arith.muli %v1949, %v974 : i64
          %v1951 = arith.addi %v1948, %v1950 : i64
          %v1952 = arith.muli %v1475, %v973 : i64
          %v1953 = arith.addi %v1951, %v1952 : i64
          %v1954 = llvm.getelementptr %in_Bm[%v1953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1955 = llvm.load %v1954 : !llvm.ptr -> f32
          %v1956 = llvm.load %v87 : !llvm.ptr -> f32
          %v1957 = arith.mulf %v1955, %v1956 : f32
          %v1958 = arith.addf %v1947, %v1957 : f32
          %v1959 = arith.muli %v69, %v975 : i64
          %v1960 = arith.constant 4 : i64
          %v1961 = arith.muli %v1960, %v974 : i64
          %v1962 = arith.addi %v1959, %v1961 : i64
          %v1963 = arith.muli %v1475, %v973 : i64
          %v1964 = arith.addi %v1962, %v1963 : i64
          %v1965 = llvm.getelementptr %in_Bm[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
          %v1967 = llvm.load %v91 : !llvm.ptr -> f32
          %v1968 = arith.mulf %v1966, %v1967 : f32
          %v1969 = arith.addf %v1958, %v1968 : f32
          %v1970 = arith.muli %v69, %v975 : i64
          %v1971 = arith.constant 5 : i64
          %v1972 = arith.muli %v1971, %v974 : i64
          %v1973 = arith.addi %v1970, %v1972 : i64
          %v1974 = arith.muli %v1475, %v973 : i64
          %v1975 = arith.addi %v1973, %v1974 : i64
          %v1976 = llvm.getelementptr %in_Bm[%v1975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1977 = llvm.load %v1976 : !llvm.ptr -> f32
          %v1978 = llvm.load %v95 : !llvm.ptr -> f32
          %v1979 = arith.mulf %v1977, %v1978 : f32
          %v1980 = arith.addf %v1969, %v1979 : f32
          %v1981 = arith.muli %v69, %v975 : i64
          %v1982 = arith.constant 6 : i64
          %v1983 = arith.muli %v1982, %v974 : i64
          %v1984 = arith.addi %v1981, %v1983 : i64
          %v1985 = arith.muli %v1475, %v973 : i64
          %v1986 = arith.addi %v1984, %v1985 : i64
          %v1987 = llvm.getelementptr %in_Bm[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
          %v1989 = llvm.load %v99 : !llvm.ptr -> f32
          %v1990 = arith.mulf %v1988, %v1989 : f32
          %v1991 = arith.addf %v1980, %v1990 : f32
          %v1992 = arith.muli %v69, %v975 : i64
          %v1993 = arith.constant 7 : i64
          %v1994 = arith.muli %v1993, %v974 : i64
          %v1995 = arith.addi %v1992, %v1994 : i64
          %v1996 = arith.muli %v1475, %v973 : i64
          %v1997 = arith.addi %v1995, %v1996 : i64
          %v1998 = llvm.getelementptr %in_Bm[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1999 = llvm.load %v1998 : !llvm.ptr -> f32
          %v2000 = llvm.load %v103 : !llvm.ptr -> f32
          %v2001 = arith.mulf %v1999, %v2000 : f32
          %v2002 = arith.addf %v1991, %v2001 : f32
          %v2003 = arith.muli %v69, %v975 : i64
          %v2004 = arith.constant 8 : i64
          %v2005 = arith.muli %v2004, %v974 : i64
          %v2006 = arith.addi %v2003, %v2005 : i64
          %v2007 = arith.muli %v1475, %v973 : i64
          %v2008 = arith.addi %v2006, %v2007 : i64
          %v2009 = llvm.getelementptr %in_Bm[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2010 = llvm.load %v2009 : !llvm.ptr -> f32
          %v2011 = llvm.load %v107 : !llvm.ptr -> f32
          %v2012 = arith.mulf %v2010, %v2011 : f32
          %v2013 = arith.addf %v2002, %v2012 : f32
          %v2014 = arith.muli %v69, %v975 : i64
          %v2015 = arith.constant 9 : i64
          %v2016 = arith.muli %v2015, %v974 : i64
          %v2017 = arith.addi %v2014, %v2016 : i64
          %v2018 = arith.muli %v1475, %v973 : i64
          %v2019 = arith.addi %v2017, %v2018 : i64
          %v2020 = llvm.getelementptr %in_Bm[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2021 = llvm.load %v2020 : !llvm.ptr -> f32
          %v2022 = llvm.load %v111 : !llvm.ptr -> f32
          %v2023 = arith.mulf %v2021, %v2022 : f32
          %v2024 = arith.addf %v2013, %v2023 : f32
          %v2025 = arith.muli %v69, %v975 : i64
          %v2026 = arith.constant 10 : i64
          %v2027 = arith.muli %v2026, %v974 : i64
          %v2028 = arith.addi %v2025, %v2027 : i64
          %v2029 = arith.muli %v1475, %v973 : i64
          %v2030 = arith.addi %v2028, %v2029 : i64
          %v2031 = llvm.getelementptr %in_Bm[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
          %v2033 = llvm.load %v115 : !llvm.ptr -> f32
          %v2034 = arith.mulf %v2032, %v2033 : f32
          %v2035 = arith.addf %v2024, %v2034 : f32
          %v2036 = arith.muli %v69, %v975 : i64
          %v2037 = arith.constant 11 : i64
          %v2038 = arith.muli %v2037, %v974 : i64
          %v2039 = arith.addi %v2036, %v2038 : i64
          %v2040 = arith.muli %v1475, %v973 : i64
          %v2041 = arith.addi %v2039, %v2040 : i64
          %v2042 = llvm.getelementptr %in_Bm[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2043 = llvm.load %v2042 : !llvm.ptr -> f32
          %v2044 = llvm.load %v119 : !llvm.ptr -> f32
          %v2045 = arith.mulf %v2043, %v2044 : f32
          %v2046 = arith.addf %v2035, %v2045 : f32
          %v2047 = arith.muli %v69, %v975 : i64
          %v2048 = arith.constant 12 : i64
          %v2049 = arith.muli %v2048, %v974 : i64
          %v2050 = arith.addi %v2047, %v2049 : i64
          %v2051 = arith.muli %v1475, %v973 : i64
          %v2052 = arith.addi %v2050, %v2051 : i64
          %v2053 = llvm.getelementptr %in_Bm[%v2052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2054 = llvm.load %v2053 : !llvm.ptr -> f32
          %v2055 = llvm.load %v123 : !llvm.ptr -> f32
          %v2056 = arith.mulf %v2054, %v2055 : f32
          %v2057 = arith.addf %v2046, %v2056 : f32
          %v2058 = arith.muli %v69, %v975 : i64
          %v2059 = arith.constant 13 : i64
          %v2060 = arith.muli %v2059, %v974 : i64
          %v2061 = arith.addi %v2058, %v2060 : i64
          %v2062 = arith.muli %v1475, %v973 : i64
          %v2063 = arith.addi %v2061, %v2062 : i64
          %v2064 = llvm.getelementptr %in_Bm[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2065 = llvm.load %v2064 : !llvm.ptr -> f32
          %v2066 = llvm.load %v127 : !llvm.ptr -> f32
          %v2067 = arith.mulf %v2065, %v2066 : f32
          %v2068 = arith.addf %v2057, %v2067 : f32
          %v2069 = arith.muli %v69, %v975 : i64
          %v2070 = arith.constant 14 : i64
          %v2071 = arith.muli %v2070, %v974 : i64
          %v2072 = arith.addi %v2069, %v2071 : i64
          %v2073 = arith.muli %v1475, %v973 : i64
          %v2074 = arith.addi %v2072, %v2073 : i64
          %v2075 = llvm.getelementptr %in_Bm[%v2074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2076 = llvm.load %v2075 : !llvm.ptr -> f32
          %v2077 = llvm.load %v131 : !llvm.ptr -> f32
          %v2078 = arith.mulf %v2076, %v2077 : f32
          %v2079 = arith.addf %v2068, %v2078 : f32
          %v2080 = arith.muli %v69, %v975 : i64
          %v2081 = arith.constant 15 : i64
          %v2082 = arith.muli %v2081, %v974 : i64
          %v2083 = arith.addi %v2080, %v2082 : i64
          %v2084 = arith.muli %v1475, %v973 : i64
          %v2085 = arith.addi %v2083, %v2084 : i64
          %v2086 = llvm.getelementptr %in_Bm[%v2085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
          %v2088 = llvm.load %v135 : !llvm.ptr -> f32
          %v2089 = arith.mulf %v2087, %v2088 : f32
          %v2090 = arith.addf %v2079, %v2089 : f32
          %v2091 = arith.mulf %v1918, %v2090 : f32
          %v2092 = arith.addf %v1882, %v2091 : f32
          scf.if %v63 {
            %v2093 = arith.muli %v69, %v918 : i64
            %v2094 = arith.muli %v67, %v917 : i64
            %v2095 = arith.addi %v2093, %v2094 : i64
            %v2096 = arith.muli %v1475, %v916 : i64
            %v2097 = arith.addi %v2095, %v2096 : i64
            %v2098 = llvm.getelementptr %dx_u[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2092, %v2098 : f32, !llvm.ptr
          }
          %v2099 = arith.muli %v69, %v918 : i64
          %v2100 = arith.muli %v67, %v917 : i64
          %v2101 = arith.addi %v2099, %v2100 : i64
          %v2102 = arith.muli %v1475, %v916 : i64
          %v2103 = arith.addi %v2101, %v2102 : i64
          %v2104 = llvm.getelementptr %in_u[%v2103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2105 = llvm.load %v2104 : !llvm.ptr -> f32
          %v2106 = arith.mulf %v1923, %v1924 : f32
          %v2107 = arith.mulf %v1933, %v1934 : f32
          %v2108 = arith.addf %v2106, %v2107 : f32
          %v2109 = arith.mulf %v1944, %v1945 : f32
          %v2110 = arith.addf %v2108, %v2109 : f32
          %v2111 = arith.mulf %v1955, %v1956 : f32
          %v2112 = arith.addf %v2110, %v2111 : f32
          %v2113 = arith.mulf %v1966, %v1967 : f32
          %v2114 = arith.addf %v2112, %v2113 : f32
          %v2115 = arith.mulf %v1977, %v1978 : f32
          %v2116 = arith.addf %v2114, %v2115 : f32
          %v2117 = arith.mulf %v1988, %v1989 : f32
          %v2118 = arith.addf %v2116, %v2117 : f32
          %v2119 = arith.mulf %v1999, %v2000 : f32
          %v2120 = arith.addf %v2118, %v2119 : f32
          %v2121 = arith.mulf %v2010, %v2011 : f32
          %v2122 = arith.addf %v2120, %v2121 : f32
          %v2123 = arith.mulf %v2021, %v2022 : f32
          %v2124 = arith.addf %v2122, %v2123 : f32
          %v2125 = arith.mulf %v2032, %v2033 : f32
          %v2126 = arith.addf %v2124, %v2125 : f32
          %v2127 = arith.mulf %v2043, %v2044 : f32
          %v2128 = arith.addf %v2126, %v2127 : f32
          %v2129 = arith.mulf %v2054, %v2055 : f32
          %v2130 = arith.addf %v2128, %v2129 : f32
          %v2131 = arith.mulf %v2065, %v2066 : f32
          %v2132 = arith.addf %v2130, %v2131 : f32
          %v2133 = arith.mulf %v2076, %v2077 : f32
          %v2134 = arith.addf %v2132, %v2133 : f32
          %v2135 = arith.mulf %v2087, %v2088 : f32
          %v2136 = arith.addf %v2134, %v2135 : f32
          %v2137 = arith.mulf %v2105, %v2136 : f32
          %v2138 = arith.muli %v67, %v966 : i64
          %v2139 = llvm.getelementptr %in_A[%v2138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2140 = llvm.load %v2139 : !llvm.ptr -> f32
          %v2141 = arith.mulf %v1918, %v2140 : f32
          %v2142 = arith.mulf %v2141, %v934 : f32
          %v2143 = llvm.call_intrinsic "llvm.exp2.f32"(%v2142) : (f32) -> f32
          %v2144 = arith.muli %v1478, %v4 : i64
          %v2146 = arith.subi %v4, %v2145 : i64
          %v2147 = arith.minsi %v62, %v2146 : i64
          %v2148 = arith.addi %v2144, %v2147 : i64
          %v2150 = arith.muli %v2148, %v2149 : i64
          %v2152 = arith.addi %v2150, %v2151 : i64
          %v2153 = llvm.getelementptr %scratch_h[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2154 = llvm.load %v2153 : !llvm.ptr -> f32
          %v2159 = arith.muli %v685, %v2158 : i64
          %v2160 = arith.muli %v69, %v348 : i64
          %v2161 = arith.muli %v67, %v347 : i64
          %v2162 = arith.addi %v2160, %v2161 : i64
          %v2163 = arith.addi %v2159, %v2162 : i64
          %v2164 = llvm.getelementptr %ckpt_h[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2165 = llvm.load %v2164 : !llvm.ptr -> f32
          %v2166 = arith.select %v1476, %v2165, %v2154 : f32
          %v2167 = arith.mulf %v2166, %v1924 : f32
          %v2168 = arith.mulf %v2140, %v2167 : f32
          %v2169 = arith.mulf %v2143, %v2168 : f32
          %v2170 = arith.muli %v67, %v966 : i64
          %v2171 = arith.constant 1 : i64
          %v2172 = arith.muli %v2171, %v965 : i64
          %v2173 = arith.addi %v2170, %v2172 : i64
          %v2174 = llvm.getelementptr %in_A[%v2173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
          %v2176 = arith.mulf %v1918, %v2175 : f32
          %v2177 = arith.mulf %v2176, %v934 : f32
          %v2178 = llvm.call_intrinsic "llvm.exp2.f32"(%v2177) : (f32) -> f32
          %v2179 = arith.muli %v1478, %v4 : i64
          %v2181 = arith.subi %v4, %v2180 : i64
          %v2182 = arith.minsi %v62, %v2181 : i64
          %v2183 = arith.addi %v2179, %v2182 : i64
          %v2185 = arith.muli %v2183, %v2184 : i64
          %v2187 = arith.addi %v2185, %v2186 : i64
          %v2188 = llvm.getelementptr %scratch_h[%v2187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2189 = llvm.load %v2188 : !llvm.ptr -> f32
          %v2194 = arith.muli %v685, %v2193 : i64
          %v2195 = arith.muli %v69, %v348 : i64
          %v2196 = arith.muli %v67, %v347 : i64
          %v2197 = arith.addi %v2195, %v2196 : i64
          %v2198 = arith.constant 1 : i64
          %v2199 = arith.muli %v2198, %v346 : i64
          %v2200 = arith.addi %v2197, %v2199 : i64
          %v2201 = arith.addi %v2194, %v2200 : i64
          %v2202 = llvm.getelementptr %ckpt_h[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2203 = llvm.load %v2202 : !llvm.ptr -> f32
          %v2204 = arith.select %v1476, %v2203, %v2189 : f32
          %v2205 = arith.mulf %v2204, %v1934 : f32
          %v2206 = arith.mulf %v2175, %v2205 : f32
          %v2207 = arith.mulf %v2178, %v2206 : f32
          %v2208 = arith.addf %v2169, %v2207 : f32
          %v2209 = arith.muli %v67, %v966 : i64
          %v2210 = arith.constant 2 : i64
          %v2211 = arith.muli %v2210, %v965 : i64
          %v2212 = arith.addi %v2209, %v2211 : i64
          %v2213 = llvm.getelementptr %in_A[%v2212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2214 = llvm.load %v2213 : !llvm.ptr -> f32
          %v2215 = arith.mulf %v1918, %v2214 : f32
          %v2216 = arith.mulf %v2215, %v934 : f32
          %v2217 = llvm.call_intrinsic "llvm.exp2.f32"(%v2216) : (f32) -> f32
          %v2218 = arith.muli %v1478, %v4 : i64
          %v2220 = arith.subi %v4, %v2219 : i64
          %v2221 = arith.minsi %v62, %v2220 : i64
          %v2222 = arith.addi %v2218, %v2221 : i64
          %v2224 = arith.muli %v2222, %v2223 : i64
          %v2226 = arith.addi %v2224, %v2225 : i64
          %v2227 = llvm.getelementptr %scratch_h[%v2226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
          %v2233 = arith.muli %v685, %v2232 : i64
          %v2234 = arith.muli %v69, %v348 : i64
          %v2235 = arith.muli %v67, %v347 : i64
          %v2236 = arith.addi %v2234, %v2235 : i64
          %v2237 = arith.constant 2 : i64
          %v2238 = arith.muli %v2237, %v346 : i64
          %v2239 = arith.addi %v2236, %v2238 : i64
          %v2240 = arith.addi %v2233, %v2239 : i64
          %v2241 = llvm.getelementptr %ckpt_h[%v2240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2242 = llvm.load %v2241 : !llvm.ptr -> f32
          %v2243 = arith.select %v1476, %v2242, %v2228 : f32
          %v2244 = arith.mulf %v2243, %v1945 : f32
          %v2245 = arith.mulf %v2214, %v2244 : f32
          %v2246 = arith.mulf %v2217, %v2245 : f32
          %v2247 = arith.addf %v2208, %v2246 : f32
          %v2248 = arith.muli %v67, %v966 : i64
          %v2249 = arith.constant 3 : i64
          %v2250 = arith.muli %v2249, %v965 : i64
          %v2251 = arith.addi %v2248, %v2250 : i64
          %v2252 = llvm.getelementptr %in_A[%v2251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2253 = llvm.load %v2252 : !llvm.ptr -> f32
          %v2254 = arith.mulf %v1918, %v2253 : f32
          %v2255 = arith.mulf %v2254, %v934 : f32
          %v2256 = llvm.call_intrinsic "llvm.exp2.f32"(%v2255) : (f32) -> f32
          %v2257 = arith.muli %v1478, %v4 : i64
          %v2259 = arith.subi %v4, %v2258 : i64
          %v2260 = arith.minsi %v62, %v2259 : i64
          %v2261 = arith.addi %v2257, %v2260 : i64
          %v2263 = arith.muli %v2261, %v2262 : i64
          %v2265 = arith.addi %v2263, %v2264 : i64
          %v2266 = llvm.getelementptr %scratch_h[%v2265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2267 = llvm.load %v2266 : !llvm.ptr -> f32
          %v2272 = arith.muli %v685, %v2271 : i64
          %v2273 = arith.muli %v69, %v348 : i64
          %v2274 = arith.muli %v67, %v347 : i64
          %v2275 = arith.addi %v2273, %v2274 : i64
          %v2276 = arith.constant 3 : i64
          %v2277 = arith.muli %v2276, %v346 : i64
          %v2278 = arith.addi %v2275, %v2277 : i64
          %v2279 = arith.addi %v2272, %v2278 : i64
          %v2280 = llvm.getelementptr %ckpt_h[%v2279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2281 = llvm.load %v2280 : !llvm.ptr -> f32
          %v2282 = arith.select %v1476, %v2281, %v2267 : f32
          %v2283 = arith.mulf %v2282, %v1956 : f32
          %v2284 = arith.mulf %v2253, %v2283 : f32
          %v2285 = arith.mulf %v2256, %v2284 : f32
          %v2286 = arith.addf %v2247, %v2285 : f32
          %v2287 = arith.muli %v67, %v966 : i64
          %v2288 = arith.constant 4 : i64
          %v2289 = arith.muli %v2288, %v965 : i64
          %v2290 = arith.addi %v2287, %v2289 : i64
          %v2291 = llvm.getelementptr %in_A[%v2290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
          %v2293 = arith.mulf %v1918, %v2292 : f32
          %v2294 = arith.mulf %v2293, %v934 : f32
          %v2295 = llvm.call_intrinsic "llvm.exp2.f32"(%v2294) : (f32) -> f32
          %v2296 = arith.muli %v1478, %v4 : i64
          %v2298 = arith.subi %v4, %v2297 : i64
          %v2299 = arith.minsi %v62, %v2298 : i64
          %v2300 = arith.addi %v2296, %v2299 : i64
          %v2302 = arith.muli %v2300, %v2301 : i64
          %v2304 = arith.addi %v2302, %v2303 : i64
          %v2305 = llvm.getelementptr %scratch_h[%v2304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2306 = llvm.load %v2305 : !llvm.ptr -> f32
          %v2311 = arith.muli %v685, %v2310 : i64
          %v2312 = arith.muli %v69, %v348 : i64
          %v2313 = arith.muli %v67, %v347 : i64
          %v2314 = arith.addi %v2312, %v2313 : i64
          %v2315 = arith.constant 4 : i64
          %v2316 = arith.muli %v2315, %v346 : i64
          %v2317 = arith.addi %v2314, %v2316 : i64
          %v2318 = arith.addi %v2311, %v2317 : i64
          %v2319 = llvm.getelementptr %ckpt_h[%v2318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
          %v2321 = arith.select %v1476, %v2320, %v2306 : f32
          %v2322 = arith.mulf %v2321, %v1967 : f32
          %v2323 = arith.mulf %v2292, %v2322 : f32
          %v2324 = arith.mulf %v2295, %v2323 : f32
          %v2325 = arith.addf %v2286, %v2324 : f32
          %v2326 = arith.muli %v67, %v966 : i64
          %v2327 = arith.constant 5 : i64
          %v2328 = arith.muli %v2327, %v965 : i64
          %v2329 = arith.addi %v2326, %v2328 : i64
          %v2330 = llvm.getelementptr %in_A[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2331 = llvm.load %v2330 : !llvm.ptr -> f32
          %v2332 = arith.mulf %v1918, %v2331 : f32
          %v2333 = arith.mulf %v2332, %v934 : f32
          %v2334 = llvm.call_intrinsic "llvm.exp2.f32"(%v2333) : (f32) -> f32
          %v2335 = arith.muli %v1478, %v4 : i64
          %v2337 = arith.subi %v4, %v2336 : i64
          %v2338 = arith.minsi %v62, %v2337 : i64
          %v2339 = arith.addi %v2335, %v2338 : i64
          %v2341 = arith.muli %v2339, %v2340 : i64
          %v2343 = arith.addi %v2341, %v2342 : i64
          %v2344 = llvm.getelementptr %scratch_h[%v2343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2345 = llvm.load %v2344 : !llvm.ptr -> f32
          %v2350 = arith.muli %v685, %v2349 : i64
          %v2351 = arith.muli %v69, %v348 : i64
          %v2352 = arith.muli %v67, %v347 : i64
          %v2353 = arith.addi %v2351, %v2352 : i64
          %v2354 = arith.constant 5 : i64
          %v2355 = arith.muli %v2354, %v346 : i64
          %v2356 = arith.addi %v2353, %v2355 : i64
          %v2357 = arith.addi %v2350, %v2356 : i64
          %v2358 = llvm.getelementptr %ckpt_h[%v2357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2359 = llvm.load %v2358 : !llvm.ptr -> f32
          %v2360 = arith.select %v1476, %v2359, %v2345 : f32
          %v2361 = arith.mulf %v2360, %v1978 : f32
          %v2362 = arith.mulf %v2331, %v2361 : f32
          %v2363 = arith.mulf %v2334, %v2362 : f32
          %v2364 = arith.addf %v2325, %v2363 : f32
          %v2365 = arith.muli %v67, %v966 : i64
          %v2366 = arith.constant 6 : i64
          %v2367 = arith.muli %v2366, %v965 : i64
          %v2368 = arith.addi %v2365, %v2367 : i64
          %v2369 = llvm.getelementptr %in_A[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2370 = llvm.load %v2369 : !llvm.ptr -> f32
          %v2371 = arith.mulf %v1918, %v2370 : f32
          %v2372 = arith.mulf %v2371, %v934 : f32
          %v2373 = llvm.call_intrinsic "llvm.exp2.f32"(%v2372) : (f32) -> f32
          %v2374 = arith.muli %v1478, %v4 : i64
          %v2376 = arith.subi %v4, %v2375 : i64
          %v2377 = arith.minsi %v62, %v2376 : i64
          %v2378 = arith.addi %v2374, %v2377 : i64
          %v2380 = arith.muli %v2378, %v2379 : i64
          %v2382 = arith.addi %v2380, %v2381 : i64
          %v2383 = llvm.getelementptr %scratch_h[%v2382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2384 = llvm.load %v2383 : !llvm.ptr -> f32
          %v2389 = arith.muli %v685, %v2388 : i64
          %v2390 = arith.muli %v69, %v348 : i64
          %v2391 = arith.muli %v67, %v347 : i64
          %v2392 = arith.addi %v2390, %v2391 : i64
          %v2393 = arith.constant 6 : i64
          %v2394 = arith.muli %v2393, %v346 : i64
          %v2395 = arith.addi %v2392, %v2394 : i64
          %v2396 = arith.addi %v2389, %v2395 : i64
          %v2397 = llvm.getelementptr %ckpt_h[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2398 = llvm.load %v2397 : !llvm.ptr -> f32
          %v2399 = arith.select %v1476, %v2398, %v2384 : f32
          %v2400 = arith.mulf %v2399, %v1989 : f32
          %v2401 = arith.mulf %v2370, %v2400 : f32
          %v2402 = arith.mulf %v2373, %v2401 : f32
          %v2403 = arith.addf %v2364, %v2402 : f32
          %v2404 = arith.muli %v67, %v966 : i64
          %v2405 = arith.constant 7 : i64
          %v2406 = arith.muli %v2405, %v965 : i64
          %v2407 = arith.addi %v2404, %v2406 : i64
          %v2408 = llvm.getelementptr %in_A[%v2407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2409 = llvm.load %v2408 : !llvm.ptr -> f32
          %v2410 = arith.mulf %v1918, %v2409 : f32
          %v2411 = arith.mulf %v2410, %v934 : f32
          %v2412 = llvm.call_intrinsic "llvm.exp2.f32"(%v2411) : (f32) -> f32
          %v2413 = arith.muli %v1478, %v4 : i64
          %v2415 = arith.subi %v4, %v2414 : i64
          %v2416 = arith.minsi %v62, %v2415 : i64
          %v2417 = arith.addi %v2413, %v2416 : i64
          %v2419 = arith.muli %v2417, %v2418 : i64
          %v2421 = arith.addi %v2419, %v2420 : i64
          %v2422 = llvm.getelementptr %scratch_h[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2423 = llvm.load %v2422 : !llvm.ptr -> f32
          %v2428 = arith.muli %v685, %v2427 : i64
          %v2429 = arith.muli %v69, %v348 : i64
          %v2430 = arith.muli %v67, %v347 : i64
          %v2431 = arith.addi %v2429, %v2430 : i64
          %v2432 = arith.constant 7 : i64
          %v2433 = arith.muli %v2432, %v346 : i64
          %v2434 = arith.addi %v2431, %v2433 : i64
          %v2435 = arith.addi %v2428, %v2434 : i64
          %v2436 = llvm.getelementptr %ckpt_h[%v2435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2437 = llvm.load %v2436 : !llvm.ptr -> f32
          %v2438 = arith.select %v1476, %v2437, %v2423 : f32
          %v2439 = arith.mulf %v2438, %v2000 : f32
          %v2440 = arith.mulf %v2409, %v2439 : f32
          %v2441 = arith.mulf %v2412, %v2440 : f32
          %v2442 = arith.addf %v2403, %v2441 : f32
          %v2443 = arith.muli %v67, %v966 : i64
          %v2444 = arith.constant 8 : i64
          %v2445 = arith.muli %v2444, %v965 : i64
          %v2446 = arith.addi %v2443, %v2445 : i64
          %v2447 = llvm.getelementptr %in_A[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2448 = llvm.load %v2447 : !llvm.ptr -> f32
          %v2449 = arith.mulf %v1918, %v2448 : f32
          %v2450 = arith.mulf %v2449, %v934 : f32
          %v2451 = llvm.call_intrinsic "llvm.exp2.f32"(%v2450) : (f32) -> f32
          %v2452 = arith.muli %v1478, %v4 : i64
          %v2454 = arith.subi %v4, %v2453 : i64
          %v2455 = arith.minsi %v62, %v2454 : i64
          %v2456 = arith.addi %v2452, %v2455 : i64
          %v2458 = arith.muli %v2456, %v2457 : i64
          %v2460 = arith.addi %v2458, %v2459 : i64
          %v2461 = llvm.getelementptr %scratch_h[%v2460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2462 = llvm.load %v2461 : !llvm.ptr -> f32
          %v2467 = arith.muli %v685, %v2466 : i64
          %v2468 = arith.muli %v69, %v348 : i64
          %v2469 = arith.muli %v67, %v347 : i64
          %v2470 = arith.addi %v2468, %v2469 : i64
          %v2471 = arith.constant 8 : i64
          %v2472 = arith.muli %v2471, %v346 : i64
          %v2473 = arith.addi %v2470, %v2472 : i64
          %v2474 = arith.addi %v2467, %v2473 : i64
          %v2475 = llvm.getelementptr %ckpt_h[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2476 = llvm.load %v2475 : !llvm.ptr -> f32
          %v2477 = arith.select %v1476, %v2476, %v2462 : f32
          %v2478 = arith.mulf %v2477, %v2011 : f32
          %v2479 = arith.mulf %v2448, %v2478 : f32
          %v2480 = arith.mulf %v2451, %v2479 : f32
          %v2481 = arith.addf %v2442, %v2480 : f32
          %v2482 = arith.muli %v67, %v966 : i64
          %v2483 = arith.constant 9 : i64
          %v2484 = arith.muli %v2483, %v965 : i64
          %v2485 = arith.addi %v2482, %v2484 : i64
          %v2486 = llvm.getelementptr %in_A[%v2485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2487 = llvm.load %v2486 : !llvm.ptr -> f32
          %v2488 = arith.mulf %v1918, %v2487 : f32
          %v2489 = arith.mulf %v2488, %v934 : f32
          %v2490 = llvm.call_intrinsic "llvm.exp2.f32"(%v2489) : (f32) -> f32
          %v2491 = arith.muli %v1478, %v4 : i64
          %v2493 = arith.subi %v4, %v2492 : i64
          %v2494 = arith.minsi %v62, %v2493 : i64
          %v2495 = arith.addi %v2491, %v2494 : i64
          %v2497 = arith.muli %v2495, %v2496 : i64
          %v2499 = arith.addi %v2497, %v2498 : i64
          %v2500 = llvm.getelementptr %scratch_h[%v2499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2501 = llvm.load %v2500 : !llvm.ptr -> f32
          %v2506 = arith.muli %v685, %v2505 : i64
          %v2507 = arith.muli %v69, %v348 : i64
          %v2508 = arith.muli %v67, %v347 : i64
          %v2509 = arith.addi %v2507, %v2508 : i64
          %v2510 = arith.constant 9 : i64
          %v2511 = arith.muli %v2510, %v346 : i64
          %v2512 = arith.addi %v2509, %v2511 : i64
          %v2513 = arith.addi %v2506, %v2512 : i64
          %v2514 = llvm.getelementptr %ckpt_h[%v2513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2515 = llvm.load %v2514 : !llvm.ptr -> f32
          %v2516 = arith.select %v1476, %v2515, %v2501 : f32
          %v2517 = arith.mulf %v2516, %v2022 : f32
          %v2518 = arith.mulf %v2487, %v2517 : f32
          %v2519 = arith.mulf %v2490, %v2518 : f32
          %v2520 = arith.addf %v2481, %v2519 : f32
          %v2521 = arith.muli %v67, %v966 : i64
          %v2522 = arith.constant 10 : i64
          %v2523 = arith.muli %v2522, %v965 : i64
          %v2524 = arith.addi %v2521, %v2523 : i64
          %v2525 = llvm.getelementptr %in_A[%v2524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2526 = llvm.load %v2525 : !llvm.ptr -> f32
          %v2527 = arith.mulf %v1918, %v2526 : f32
          %v2528 = arith.mulf %v2527, %v934 : f32
          %v2529 = llvm.call_intrinsic "llvm.exp2.f32"(%v2528) : (f32) -> f32
          %v2530 = arith.muli %v1478, %v4 : i64
          %v2532 = arith.subi %v4, %v2531 : i64
          %v2533 = arith.minsi %v62, %v2532 : i64
          %v2534 = arith.addi %v2530, %v2533 : i64
          %v2536 = arith.muli %v2534, %v2535 : i64
          %v2538 = arith.addi %v2536, %v2537 : i64
          %v2539 = llvm.getelementptr %scratch_h[%v2538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2540 = llvm.load %v2539 : !llvm.ptr -> f32
          %v2545 = arith.muli %v685, %v2544 : i64
          %v2546 = arith.muli %v69, %v348 : i64
          %v2547 = arith.muli %v67, %v347 : i64
          %v2548 = arith.addi %v2546, %v2547 : i64
          %v2549 = arith.constant 10 : i64
          %v2550 = arith.muli %v2549, %v346 : i64
          %v2551 = arith.addi %v2548, %v2550 : i64
          %v2552 = arith.addi %v2545, %v2551 : i64
          %v2553 = llvm.getelementptr %ckpt_h[%v2552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2554 = llvm.load %v2553 : !llvm.ptr -> f32
          %v2555 = arith.select %v1476, %v2554, %v2540 : f32
          %v2556 = arith.mulf %v2555, %v2033 : f32
          %v2557 = arith.mulf %v2526, %v2556 : f32
          %v2558 = arith.mulf %v2529, %v2557 : f32
          %v2559 = arith.addf %v2520, %v2558 : f32
          %v2560 = arith.muli %v67, %v966 : i64
          %v2561 = arith.constant 11 : i64
          %v2562 = arith.muli %v2561, %v965 : i64
          %v2563 = arith.addi %v2560, %v2562 : i64
          %v2564 = llvm.getelementptr %in_A[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
          %v2566 = arith.mulf %v1918, %v2565 : f32
          %v2567 = arith.mulf %v2566, %v934 : f32
          %v2568 = llvm.call_intrinsic "llvm.exp2.f32"(%v2567) : (f32) -> f32
          %v2569 = arith.muli %v1478, %v4 : i64
          %v2571 = arith.subi %v4, %v2570 : i64
          %v2572 = arith.minsi %v62, %v2571 : i64
          %v2573 = arith.addi %v2569, %v2572 : i64
          %v2575 = arith.muli %v2573, %v2574 : i64
          %v2577 = arith.addi %v2575, %v2576 : i64
          %v2578 = llvm.getelementptr %scratch_h[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2579 = llvm.load %v2578 : !llvm.ptr -> f32
          %v2584 = arith.muli %v685, %v2583 : i64
          %v2585 = arith.muli %v69, %v348 : i64
          %v2586 = arith.muli %v67, %v347 : i64
          %v2587 = arith.addi %v2585, %v2586 : i64
          %v2588 = arith.constant 11 : i64
          %v2589 = arith.muli %v2588, %v346 : i64
          %v2590 = arith.addi %v2587, %v2589 : i64
          %v2591 = arith.addi %v2584, %v2590 : i64
          %v2592 = llvm.getelementptr %ckpt_h[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2593 = llvm.load %v2592 : !llvm.ptr -> f32
          %v2594 = arith.select %v1476, %v2593, %v2579 : f32
          %v2595 = arith.mulf %v2594, %v2044 : f32
          %v2596 = arith.mulf %v2565, %v2595 : f32
          %v2597 = arith.mulf %v2568, %v2596 : f32
          %v2598 = arith.addf %v2559, %v2597 : f32
          %v2599 = arith.muli %v67, %v966 : i64
          %v2600 = arith.constant 12 : i64
          %v2601 = arith.muli %v2600, %v965 : i64
          %v2602 = arith.addi %v2599, %v2601 : i64
          %v2603 = llvm.getelementptr %in_A[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2604 = llvm.load %v2603 : !llvm.ptr -> f32
          %v2605 = arith.mulf %v1918, %v2604 : f32
          %v2606 = arith.mulf %v2605, %v934 : f32
          %v2607 = llvm.call_intrinsic "llvm.exp2.f32"(%v2606) : (f32) -> f32
          %v2608 = arith.muli %v1478, %v4 : i64
          %v2610 = arith.subi %v4, %v2609 : i64
          %v2611 = arith.minsi %v62, %v2610 : i64
          %v2612 = arith.addi %v2608, %v2611 : i64
          %v2614 = arith.muli %v2612, %v2613 : i64
          %v2616 = arith.addi %v2614, %v2615 : i64
          %v2617 = llvm.getelementptr %scratch_h[%v2616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2618 = llvm.load %v2617 : !llvm.ptr -> f32
          %v2623 = arith.muli %v685, %v2622 : i64
          %v2624 = arith.muli %v69, %v348 : i64
          %v2625 = arith.muli %v67, %v347 : i64
          %v2626 = arith.addi %v2624, %v2625 : i64
          %v2627 = arith.constant 12 : i64
          %v2628 = arith.muli %v2627, %v346 : i64
          %v2629 = arith.addi %v2626, %v2628 : i64
          %v2630 = arith.addi %v2623, %v2629 : i64
          %v2631 = llvm.getelementptr %ckpt_h[%v2630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2632 = llvm.load %v2631 : !llvm.ptr -> f32
          %v2633 = arith.select %v1476, %v2632, %v2618 : f32
          %v2634 = arith.mulf %v2633, %v2055 : f32
          %v2635 = arith.mulf %v2604, %v2634 : f32
          %v2636 = arith.mulf %v2607, %v2635 : f32
          %v2637 = arith.addf %v2598, %v2636 : f32
          %v2638 = arith.muli %v67, %v966 : i64
          %v2639 = arith.constant 13 : i64
          %v2640 = arith.muli %v2639, %v965 : i64
          %v2641 = arith.addi %v2638, %v2640 : i64
          %v2642 = llvm.getelementptr %in_A[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2643 = llvm.load %v2642 : !llvm.ptr -> f32
          %v2644 = arith.mulf %v1918, %v2643 : f32
          %v2645 = arith.mulf %v2644, %v934 : f32
          %v2646 = llvm.call_intrinsic "llvm.exp2.f32"(%v2645) : (f32) -> f32
          %v2647 = arith.muli %v1478, %v4 : i64
          %v2649 = arith.subi %v4, %v2648 : i64
          %v2650 = arith.minsi %v62, %v2649 : i64
          %v2651 = arith.addi %v2647, %v2650 : i64
          %v2653 = arith.muli %v2651, %v2652 : i64
          %v2655 = arith.addi %v2653, %v2654 : i64
          %v2656 = llvm.getelementptr %scratch_h[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
          %v2662 = arith.muli %v685, %v2661 : i64
          %v2663 = arith.muli %v69, %v348 : i64
          %v2664 = arith.muli %v67, %v347 : i64
          %v2665 = arith.addi %v2663, %v2664 : i64
          %v2666 = arith.constant 13 : i64
          %v2667 = arith.muli %v2666, %v346 : i64
          %v2668 = arith.addi %v2665, %v2667 : i64
          %v2669 = arith.addi %v2662, %v2668 : i64
          %v2670 = llvm.getelementptr %ckpt_h[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
          %v2672 = arith.select %v1476, %v2671, %v2657 : f32
          %v2673 = arith.mulf %v2672, %v2066 : f32
          %v2674 = arith.mulf %v2643, %v2673 : f32
          %v2675 = arith.mulf %v2646, %v2674 : f32
          %v2676 = arith.addf %v2637, %v2675 : f32
          %v2677 = arith.muli %v67, %v966 : i64
          %v2678 = arith.constant 14 : i64
          %v2679 = arith.muli %v2678, %v965 : i64
          %v2680 = arith.addi %v2677, %v2679 : i64
          %v2681 = llvm.getelementptr %in_A[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2682 = llvm.load %v2681 : !llvm.ptr -> f32
          %v2683 = arith.mulf %v1918, %v2682 : f32
          %v2684 = arith.mulf %v2683, %v934 : f32
          %v2685 = llvm.call_intrinsic "llvm.exp2.f32"(%v2684) : (f32) -> f32
          %v2686 = arith.muli %v1478, %v4 : i64
          %v2688 = arith.subi %v4, %v2687 : i64
          %v2689 = arith.minsi %v62, %v2688 : i64
          %v2690 = arith.addi %v2686, %v2689 : i64
          %v2692 = arith.muli %v2690, %v2691 : i64
          %v2694 = arith.addi %v2692, %v2693 : i64
          %v2695 = llvm.getelementptr %scratch_h[%v2694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2696 = llvm.load %v2695 : !llvm.ptr -> f32
          %v2701 = arith.muli %v685, %v2700 : i64
          %v2702 = arith.muli %v69, %v348 : i64
          %v2703 = arith.muli %v67, %v347 : i64
          %v2704 = arith.addi %v2702, %v2703 : i64
          %v2705 = arith.constant 14 : i64
          %v2706 = arith.muli %v2705, %v346 : i64
          %v2707 = arith.addi %v2704, %v2706 : i64
          %v2708 = arith.addi %v2701, %v2707 : i64
          %v2709 = llvm.getelementptr %ckpt_h[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
          %v2711 = arith.select %v1476, %v2710, %v2696 : f32
          %v2712 = arith.mulf %v2711, %v2077 : f32
          %v2713 = arith.mulf %v2682, %v2712 : f32
          %v2714 = arith.mulf %v2685, %v2713 : f32
          %v2715 = arith.addf %v2676, %v2714 : f32
          %v2716 = arith.muli %v67, %v966 : i64
          %v2717 = arith.constant 15 : i64
          %v2718 = arith.muli %v2717, %v965 : i64
          %v2719 = arith.addi %v2716, %v2718 : i64
          %v2720 = llvm.getelementptr %in_A[%v2719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
          %v2722 = arith.mulf %v1918, %v2721 : f32
          %v2723 = arith.mulf %v2722, %v934 : f32
          %v2724 = llvm.call_intrinsic "llvm.exp2.f32"(%v2723) : (f32) -> f32
          %v2725 = arith.muli %v1478, %v4 : i64
          %v2727 = arith.subi %v4, %v2726 : i64
          %v2728 = arith.minsi %v62, %v2727 : i64
          %v2729 = arith.addi %v2725, %v2728 : i64
          %v2731 = arith.muli %v2729, %v2730 : i64
          %v2733 = arith.addi %v2731, %v2732 : i64
          %v2734 = llvm.getelementptr %scratch_h[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2735 = llvm.load %v2734 : !llvm.ptr -> f32
          %v2740 = arith.muli %v685, %v2739 : i64
          %v2741 = arith.muli %v69, %v348 : i64
          %v2742 = arith.muli %v67, %v347 : i64
          %v2743 = arith.addi %v2741, %v2742 : i64
          %v2744 = arith.constant 15 : i64
          %v2745 = arith.muli %v2744, %v346 : i64
          %v2746 = arith.addi %v2743, %v2745 : i64
          %v2747 = arith.addi %v2740, %v2746 : i64
          %v2748 = llvm.getelementptr %ckpt_h[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2749 = llvm.load %v2748 : !llvm.ptr -> f32
          %v2750 = arith.select %v1476, %v2749, %v2735 : f32
          %v2751 = arith.mulf %v2750, %v2088 : f32
          %v2752 = arith.mulf %v2721, %v2751 : f32
          %v2753 = arith.mulf %v2724, %v2752 : f32
          %v2754 = arith.addf %v2715, %v2753 : f32
          %v2755 = arith.addf %v2137, %v2754 : f32
          %v2756 = arith.negf %v1893 : f32
          %v2757 = arith.mulf %v2756, %v934 : f32
          %v2758 = llvm.call_intrinsic "llvm.exp2.f32"(%v2757) : (f32) -> f32
          %v2759 = arith.addf %v337, %v2758 : f32
          %v2760 = arith.divf %v337, %v2759 : f32
          %v2761 = arith.mulf %v2755, %v2760 : f32
          scf.if %v63 {
            %v2762 = arith.muli %v69, %v918 : i64
            %v2763 = arith.muli %v67, %v917 : i64
            %v2764 = arith.addi %v2762, %v2763 : i64
            %v2765 = arith.muli %v1475, %v916 : i64
            %v2766 = arith.addi %v2764, %v2765 : i64
            %v2767 = llvm.getelementptr %dx_delta[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2761, %v2767 : f32, !llvm.ptr
          }
          %v2768 = arith.muli %v1474, %v4 : i64
          %v2770 = arith.subi %v4, %v2769 : i64
          %v2771 = arith.minsi %v62, %v2770 : i64
          %v2772 = arith.addi %v2768, %v2771 : i64
          %v2774 = arith.muli %v2772, %v2773 : i64
          %v2776 = arith.addi %v2774, %v2775 : i64
          %v2777 = llvm.getelementptr %scratch_h[%v2776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2778 = llvm.load %v2777 : !llvm.ptr -> f32
          %v2779 = arith.mulf %v1483, %v2778 : f32
          %v2780 = arith.muli %v1474, %v4 : i64
          %v2782 = arith.subi %v4, %v2781 : i64
          %v2783 = arith.minsi %v62, %v2782 : i64
          %v2784 = arith.addi %v2780, %v2783 : i64
          %v2786 = arith.muli %v2784, %v2785 : i64
          %v2788 = arith.addi %v2786, %v2787 : i64
          %v2789 = llvm.getelementptr %scratch_h[%v2788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2790 = llvm.load %v2789 : !llvm.ptr -> f32
          %v2791 = arith.mulf %v1517, %v2790 : f32
          %v2792 = arith.addf %v2779, %v2791 : f32
          %v2793 = arith.muli %v1474, %v4 : i64
          %v2795 = arith.subi %v4, %v2794 : i64
          %v2796 = arith.minsi %v62, %v2795 : i64
          %v2797 = arith.addi %v2793, %v2796 : i64
          %v2799 = arith.muli %v2797, %v2798 : i64
          %v2801 = arith.addi %v2799, %v2800 : i64
          %v2802 = llvm.getelementptr %scratch_h[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2803 = llvm.load %v2802 : !llvm.ptr -> f32
          %v2804 = arith.mulf %v1531, %v2803 : f32
          %v2805 = arith.addf %v2792, %v2804 : f32
          %v2806 = arith.muli %v1474, %v4 : i64
          %v2808 = arith.subi %v4, %v2807 : i64
          %v2809 = arith.minsi %v62, %v2808 : i64
          %v2810 = arith.addi %v2806, %v2809 : i64
          %v2812 = arith.muli %v2810, %v2811 : i64
          %v2814 = arith.addi %v2812, %v2813 : i64
          %v2815 = llvm.getelementptr %scratch_h[%v2814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
          %v2817 = arith.mulf %v1545, %v2816 : f32
          %v2818 = arith.addf %v2805, %v2817 : f32
          %v2819 = arith.muli %v1474, %v4 : i64
          %v2821 = arith.subi %v4, %v2820 : i64
          %v2822 = arith.minsi %v62, %v2821 : i64
          %v2823 = arith.addi %v2819, %v2822 : i64
          %v2825 = arith.muli %v2823, %v2824 : i64
          %v2827 = arith.addi %v2825, %v2826 : i64
          %v2828 = llvm.getelementptr %scratch_h[%v2827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2829 = llvm.load %v2828 : !llvm.ptr -> f32
          %v2830 = arith.mulf %v1559, %v2829 : f32
          %v2831 = arith.addf %v2818, %v2830 : f32
          %v2832 = arith.muli %v1474, %v4 : i64
          %v2834 = arith.subi %v4, %v2833 : i64
          %v2835 = arith.minsi %v62, %v2834 : i64
          %v2836 = arith.addi %v2832, %v2835 : i64
          %v2838 = arith.muli %v2836, %v2837 : i64
          %v2840 = arith.addi %v2838, %v2839 : i64
          %v2841 = llvm.getelementptr %scratch_h[%v2840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2842 = llvm.load %v2841 : !llvm.ptr -> f32
          %v2843 = arith.mulf %v1573, %v2842 : f32
          %v2844 = arith.addf %v2831, %v2843 : f32
          %v2845 = arith.muli %v1474, %v4 : i64
          %v2847 = arith.subi %v4, %v2846 : i64
          %v2848 = arith.minsi %v62, %v2847 : i64
          %v2849 = arith.addi %v2845, %v2848 : i64
          %v2851 = arith.muli %v2849, %v2850 : i64
          %v2853 = arith.addi %v2851, %v2852 : i64
          %v2854 = llvm.getelementptr %scratch_h[%v2853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2855 = llvm.load %v2854 : !llvm.ptr -> f32
          %v2856 = arith.mulf %v1587, %v2855 : f32
          %v2857 = arith.addf %v2844, %v2856 : f32
          %v2858 = arith.muli %v1474, %v4 : i64
          %v2860 = arith.subi %v4, %v2859 : i64
          %v2861 = arith.minsi %v62, %v2860 : i64
          %v2862 = arith.addi %v2858, %v2861 : i64
          %v2864 = arith.muli %v2862, %v2863 : i64
          %v2866 = arith.addi %v2864, %v2865 : i64
          %v2867 = llvm.getelementptr %scratch_h[%v2866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2868 = llvm.load %v2867 : !llvm.ptr -> f32
          %v2869 = arith.mulf %v1601, %v2868 : f32
          %v2870 = arith.addf %v2857, %v2869 : f32
          %v2871 = arith.muli %v1474, %v4 : i64
          %v2873 = arith.subi %v4, %v2872 : i64
          %v2874 = arith.minsi %v62, %v2873 : i64
          %v2875 = arith.addi %v2871, %v2874 : i64
          %v2877 = arith.muli %v2875, %v2876 : i64
          %v2879 = arith.addi %v2877, %v2878 : i64
          %v2880 = llvm.getelementptr %scratch_h[%v2879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2881 = llvm.load %v2880 : !llvm.ptr -> f32
          %v2882 = arith.mulf %v1615, %v2881 : f32
          %v2883 = arith.addf %v2870, %v2882 : f32
          %v2884 = arith.muli %v1474, %v4 : i64
          %v2886 = arith.subi %v4, %v2885 : i64
          %v2887 = arith.minsi %v62, %v2886 : i64
          %v2888 = arith.addi %v2884, %v2887 : i64
          %v2890 = arith.muli %v2888, %v2889 : i64
          %v2892 = arith.addi %v2890, %v2891 : i64
          %v2893 = llvm.getelementptr %scratch_h[%v2892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2894 = llvm.load %v2893 : !llvm.ptr -> f32
          %v2895 = arith.mulf %v1629, %v2894 : f32
          %v2896 = arith.addf %v2883, %v2895 : f32
          %v2897 = arith.muli %v1474, %v4 : i64
          %v2899 = arith.subi %v4, %v2898 : i64
          %v2900 = arith.minsi %v62, %v2899 : i64
          %v2901 = arith.addi %v2897, %v2900 : i64
          %v2903 = arith.muli %v2901, %v2902 : i64
          %v2905 = arith.addi %v2903, %v2904 : i64
          %v2906 = llvm.getelementptr %scratch_h[%v2905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2907 = llvm.load %v2906 : !llvm.ptr -> f32
          %v2908 = arith.mulf %v1643, %v2907 : f32
          %v2909 = arith.addf %v2896, %v2908 : f32
          %v2910 = arith.muli %v1474, %v4 : i64
          %v2912 = arith.subi %v4, %v2911 : i64
          %v2913 = arith.minsi %v62, %v2912 : i64
          %v2914 = arith.addi %v2910, %v2913 : i64
          %v2916 = arith.muli %v2914, %v2915 : i64
          %v2918 = arith.addi %v2916, %v2917 : i64
          %v2919 = llvm.getelementptr %scratch_h[%v2918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2920 = llvm.load %v2919 : !llvm.ptr -> f32
          %v2921 = arith.mulf %v1657, %v2920 : f32
          %v2922 = arith.addf %v2909, %v2921 : f32
          %v2923 = arith.muli %v1474, %v4 : i64
          %v2925 = arith.subi %v4, %v2924 : i64
          %v2926 = arith.minsi %v62, %v2925 : i64
          %v2927 = arith.addi %v2923, %v2926 : i64
          %v2929 = arith.muli %v2927, %v2928 : i64
          %v2931 = arith.addi %v2929, %v2930 : i64
          %v2932 = llvm.getelementptr %scratch_h[%v2931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2933 = llvm.load %v2932 : !llvm.ptr -> f32
          %v2934 = arith.mulf %v1671, %v2933 : f32
          %v2935 = arith.addf %v2922, %v2934 : f32
          %v2936 = arith.muli %v1474, %v4 : i64
          %v2938 = arith.subi %v4, %v2937 : i64
          %v2939 = arith.minsi %v62, %v2938 : i64
          %v2940 = arith.addi %v2936, %v2939 : i64
          %v2942 = arith.muli %v2940, %v2941 : i64
          %v2944 = arith.addi %v2942, %v2943 : i64
          %v2945 = llvm.getelementptr %scratch_h[%v2944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2946 = llvm.load %v2945 : !llvm.ptr -> f32
          %v2947 = arith.mulf %v1685, %v2946 : f32
          %v2948 = arith.addf %v2935, %v2947 : f32
          %v2949 = arith.muli %v1474, %v4 : i64
          %v2951 = arith.subi %v4, %v2950 : i64
          %v2952 = arith.minsi %v62, %v2951 : i64
          %v2953 = arith.addi %v2949, %v2952 : i64
          %v2955 = arith.muli %v2953, %v2954 : i64
          %v2957 = arith.addi %v2955, %v2956 : i64
          %v2958 = llvm.getelementptr %scratch_h[%v2957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2959 = llvm.load %v2958 : !llvm.ptr -> f32
          %v2960 = arith.mulf %v1699, %v2959 : f32
          %v2961 = arith.addf %v2948, %v2960 : f32
          %v2962 = arith.muli %v1474, %v4 : i64
          %v2964 = arith.subi %v4, %v2963 : i64
          %v2965 = arith.minsi %v62, %v2964 : i64
          %v2966 = arith.addi %v2962, %v2965 : i64
          %v2968 = arith.muli %v2966, %v2967 : i64
          %v2970 = arith.addi %v2968, %v2969 : i64
          %v2971 = llvm.getelementptr %scratch_h[%v2970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2972 = llvm.load %v2971 : !llvm.ptr -> f32
          %v2973 = arith.mulf %v1713, %v2972 : f32
          %v2974 = arith.addf %v2961, %v2973 : f32
          %v2975 = arith.mulf %v2105, %v1880 : f32
          %v2976 = arith.addf %v2974, %v2975 : f32
          %v2977 = arith.mulf %v2976, %v1503 : f32
          %v2978 = arith.negf %v1490 : f32
          %v2979 = arith.mulf %v2978, %v934 : f32
          %v2980 = llvm.call_intrinsic "llvm.exp2.f32"(%v2979) : (f32) -> f32
          %v2981 = arith.addf %v337, %v2980 : f32
          %v2982 = arith.divf %v337, %v2981 : f32
          %v2983 = arith.subf %v337, %v2982 : f32
          %v2984 = arith.mulf %v1490, %v2983 : f32
          %v2985 = arith.addf %v337, %v2984 : f32
          %v2986 = arith.mulf %v2982, %v2985 : f32
          %v2987 = arith.mulf %v2977, %v2986 : f32
          scf.if %v63 {
            %v2988 = arith.muli %v69, %v918 : i64
            %v2989 = arith.muli %v67, %v917 : i64
            %v2990 = arith.addi %v2988, %v2989 : i64
            %v2991 = arith.muli %v1475, %v916 : i64
            %v2992 = arith.addi %v2990, %v2991 : i64
            %v2993 = llvm.getelementptr %dx_z[%v2992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2987, %v2993 : f32, !llvm.ptr
          }
          %v2994 = arith.mulf %v2166, %v1924 : f32
          %v2995 = arith.mulf %v2143, %v2994 : f32
          %v2996 = arith.mulf %v1918, %v2995 : f32
          %v2997 = llvm.load %v203 : !llvm.ptr -> f32
          %v2998 = arith.addf %v2997, %v2996 : f32
          llvm.store %v2998, %v203 : f32, !llvm.ptr
          %v2999 = arith.mulf %v2204, %v1934 : f32
          %v3000 = arith.mulf %v2178, %v2999 : f32
          %v3001 = arith.mulf %v1918, %v3000 : f32
          %v3002 = llvm.load %v207 : !llvm.ptr -> f32
          %v3003 = arith.addf %v3002, %v3001 : f32
          llvm.store %v3003, %v207 : f32, !llvm.ptr
          %v3004 = arith.mulf %v2243, %v1945 : f32
          %v3005 = arith.mulf %v2217, %v3004 : f32
          %v3006 = arith.mulf %v1918, %v3005 : f32
          %v3007 = llvm.load %v211 : !llvm.ptr -> f32
          %v3008 = arith.addf %v3007, %v3006 : f32
          llvm.store %v3008, %v211 : f32, !llvm.ptr
          %v3009 = arith.mulf %v2282, %v1956 : f32
          %v3010 = arith.mulf %v2256, %v3009 : f32
          %v3011 = arith.mulf %v1918, %v3010 : f32
          %v3012 = llvm.load %v215 : !llvm.ptr -> f32
          %v3013 = arith.addf %v3012, %v3011 : f32
          llvm.store %v3013, %v215 : f32, !llvm.ptr
          %v3014 = arith.mulf %v2321, %v1967 : f32
          %v3015 = arith.mulf %v2295, %v3014 : f32
          %v3016 = arith.mulf %v1918, %v3015 : f32
          %v3017 = llvm.load %v219 : !llvm.ptr -> f32
          %v3018 = arith.addf %v3017, %v3016 : f32
          llvm.store %v3018, %v219 : f32, !llvm.ptr
          %v3019 = arith.mulf %v2360, %v1978 : f32
          %v3020 = arith.mulf %v2334, %v3019 : f32
          %v3021 = arith.mulf %v1918, %v3020 : f32
          %v3022 = llvm.load %v223 : !llvm.ptr -> f32
          %v3023 = arith.addf %v3022, %v3021 : f32
          llvm.store %v3023, %v223 : f32, !llvm.ptr
          %v3024 = arith.mulf %v2399, %v1989 : f32
          %v3025 = arith.mulf %v2373, %v3024 : f32
          %v3026 = arith.mulf %v1918, %v3025 : f32
          %v3027 = llvm.load %v227 : !llvm.ptr -> f32
          %v3028 = arith.addf %v3027, %v3026 : f32
          llvm.store %v3028, %v227 : f32, !llvm.ptr
          %v3029 = arith.mulf %v2438, %v2000 : f32
          %v3030 = arith.mulf %v2412, %v3029 : f32
          %v3031 = arith.mulf %v1918, %v3030 : f32
          %v3032 = llvm.load %v231 : !llvm.ptr -> f32
          %v3033 = arith.addf %v3032, %v3031 : f32
          llvm.store %v3033, %v231 : f32, !llvm.ptr
          %v3034 = arith.mulf %v2477, %v2011 : f32
          %v3035 = arith.mulf %v2451, %v3034 : f32
          %v3036 = arith.mulf %v1918, %v3035 : f32
          %v3037 = llvm.load %v235 : !llvm.ptr -> f32
          %v3038 = arith.addf %v3037, %v3036 : f32
          llvm.store %v3038, %v235 : f32, !llvm.ptr
          %v3039 = arith.mulf %v2516, %v2022 : f32
          %v3040 = arith.mulf %v2490, %v3039 : f32
          %v3041 = arith.mulf %v1918, %v3040 : f32
          %v3042 = llvm.load %v239 : !llvm.ptr -> f32
          %v3043 = arith.addf %v3042, %v3041 : f32
          llvm.store %v3043, %v239 : f32, !llvm.ptr
          %v3044 = arith.mulf %v2555, %v2033 : f32
          %v3045 = arith.mulf %v2529, %v3044 : f32
          %v3046 = arith.mulf %v1918, %v3045 : f32
          %v3047 = llvm.load %v243 : !llvm.ptr -> f32
          %v3048 = arith.addf %v3047, %v3046 : f32
          llvm.store %v3048, %v243 : f32, !llvm.ptr
          %v3049 = arith.mulf %v2594, %v2044 : f32
          %v3050 = arith.mulf %v2568, %v3049 : f32
          %v3051 = arith.mulf %v1918, %v3050 : f32
          %v3052 = llvm.load %v247 : !llvm.ptr -> f32
          %v3053 = arith.addf %v3052, %v3051 : f32
          llvm.store %v3053, %v247 : f32, !llvm.ptr
          %v3054 = arith.mulf %v2633, %v2055 : f32
          %v3055 = arith.mulf %v2607, %v3054 : f32
          %v3056 = arith.mulf %v1918, %v3055 : f32
          %v3057 = llvm.load %v251 : !llvm.ptr -> f32
          %v3058 = arith.addf %v3057, %v3056 : f32
          llvm.store %v3058, %v251 : f32, !llvm.ptr
          %v3059 = arith.mulf %v2672, %v2066 : f32
          %v3060 = arith.mulf %v2646, %v3059 : f32
          %v3061 = arith.mulf %v1918, %v3060 : f32
          %v3062 = llvm.load %v255 : !llvm.ptr -> f32
          %v3063 = arith.addf %v3062, %v3061 : f32
          llvm.store %v3063, %v255 : f32, !llvm.ptr
          %v3064 = arith.mulf %v2711, %v2077 : f32
          %v3065 = arith.mulf %v2685, %v3064 : f32
          %v3066 = arith.mulf %v1918, %v3065 : f32
          %v3067 = llvm.load %v259 : !llvm.ptr -> f32
          %v3068 = arith.addf %v3067, %v3066 : f32
          llvm.store %v3068, %v259 : f32, !llvm.ptr
          %v3069 = arith.mulf %v2750, %v2088 : f32
          %v3070 = arith.mulf %v2724, %v3069 : f32
          %v3071 = arith.mulf %v1918, %v3070 : f32
          %v3072 = llvm.load %v263 : !llvm.ptr -> f32
          %v3073 = arith.addf %v3072, %v3071 : f32
          llvm.store %v3073, %v263 : f32, !llvm.ptr
          %v3074 = arith.mulf %v1918, %v2105 : f32
          %v3075 = arith.mulf %v3074, %v1924 : f32
          scf.if %v63 {
            %v3078 = arith.muli %v62, %v3076 : i64
            %v3079 = arith.addi %v3078, %v3077 : i64
            %v3080 = arith.muli %v3079, %size_L : i64
            %v3081 = arith.addi %v3080, %v1475 : i64
            %v3082 = llvm.getelementptr %part_Bm[%v3081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3075, %v3082 : f32, !llvm.ptr
          }
          %v3083 = arith.mulf %v3074, %v1934 : f32
          scf.if %v63 {
            %v3086 = arith.muli %v62, %v3084 : i64
            %v3087 = arith.addi %v3086, %v3085 : i64
            %v3088 = arith.muli %v3087, %size_L : i64
            %v3089 = arith.addi %v3088, %v1475 : i64
            %v3090 = llvm.getelementptr %part_Bm[%v3089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3083, %v3090 : f32, !llvm.ptr
          }
          %v3091 = arith.mulf %v3074, %v1945 : f32
          scf.if %v63 {
            %v3094 = arith.muli %v62, %v3092 : i64
            %v3095 = arith.addi %v3094, %v3093 : i64
            %v3096 = arith.muli %v3095, %size_L : i64
            %v3097 = arith.addi %v3096, %v1475 : i64
            %v3098 = llvm.getelementptr %part_Bm[%v3097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3091, %v3098 : f32, !llvm.ptr
          }
          %v3099 = arith.mulf %v3074, %v1956 : f32
          scf.if %v63 {
            %v3102 = arith.muli %v62, %v3100 : i64
            %v3103 = arith.addi %v3102, %v3101 : i64
            %v3104 = arith.muli %v3103, %size_L : i64
            %v3105 = arith.addi %v3104, %v1475 : i64
            %v3106 = llvm.getelementptr %part_Bm[%v3105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3099, %v3106 : f32, !llvm.ptr
          }
          %v3107 = arith.mulf %v3074, %v1967 : f32
          scf.if %v63 {
            %v3110 = arith.muli %v62, %v3108 : i64
            %v3111 = arith.addi %v3110, %v3109 : i64
            %v3112 = arith.muli %v3111, %size_L : i64
            %v3113 = arith.addi %v3112, %v1475 : i64
            %v3114 = llvm.getelementptr %part_Bm[%v3113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3107, %v3114 : f32, !llvm.ptr
          }
          %v3115 = arith.mulf %v3074, %v1978 : f32
          scf.if %v63 {
            %v3118 = arith.muli %v62, %v3116 : i64
            %v3119 = arith.addi %v3118, %v3117 : i64
            %v3120 = arith.muli %v3119, %size_L : i64
            %v3121 = arith.addi %v3120, %v1475 : i64
            %v3122 = llvm.getelementptr %part_Bm[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3115, %v3122 : f32, !llvm.ptr
          }
          %v3123 = arith.mulf %v3074, %v1989 : f32
          scf.if %v63 {
            %v3126 = arith.muli %v62, %v3124 : i64
            %v3127 = arith.addi %v3126, %v3125 : i64
            %v3128 = arith.muli %v3127, %size_L : i64
            %v3129 = arith.addi %v3128, %v1475 : i64
            %v3130 = llvm.getelementptr %part_Bm[%v3129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3123, %v3130 : f32, !llvm.ptr
          }
          %v3131 = arith.mulf %v3074, %v2000 : f32
          scf.if %v63 {
            %v3134 = arith.muli %v62, %v3132 : i64
            %v3135 = arith.addi %v3134, %v3133 : i64
            %v3136 = arith.muli %v3135, %size_L : i64
            %v3137 = arith.addi %v3136, %v1475 : i64
            %v3138 = llvm.getelementptr %part_Bm[%v3137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3131, %v3138 : f32, !llvm.ptr
          }
          %v3139 = arith.mulf %v3074, %v2011 : f32
          scf.if %v63 {
            %v3142 = arith.muli %v62, %v3140 : i64
            %v3143 = arith.addi %v3142, %v3141 : i64
            %v3144 = arith.muli %v3143, %size_L : i64
            %v3145 = arith.addi %v3144, %v1475 : i64
            %v3146 = llvm.getelementptr %part_Bm[%v3145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3139, %v3146 : f32, !llvm.ptr
          }
          %v3147 = arith.mulf %v3074, %v2022 : f32
          scf.if %v63 {
            %v3150 = arith.muli %v62, %v3148 : i64
            %v3151 = arith.addi %v3150, %v3149 : i64
            %v3152 = arith.muli %v3151, %size_L : i64
            %v3153 = arith.addi %v3152, %v1475 : i64
            %v3154 = llvm.getelementptr %part_Bm[%v3153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3147, %v3154 : f32, !llvm.ptr
          }
          %v3155 = arith.mulf %v3074, %v2033 : f32
          scf.if %v63 {
            %v3158 = arith.muli %v62, %v3156 : i64
            %v3159 = arith.addi %v3158, %v3157 : i64
            %v3160 = arith.muli %v3159, %size_L : i64
            %v3161 = arith.addi %v3160, %v1475 : i64
            %v3162 = llvm.getelementptr %part_Bm[%v3161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3155, %v3162 : f32, !llvm.ptr
          }
          %v3163 = arith.mulf %v3074, %v2044 : f32
          scf.if %v63 {
            %v3166 = arith.muli %v62, %v3164 : i64
            %v3167 = arith.addi %v3166, %v3165 : i64
            %v3168 = arith.muli %v3167, %size_L : i64
            %v3169 = arith.addi %v3168, %v1475 : i64
            %v3170 = llvm.getelementptr %part_Bm[%v3169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3163, %v3170 : f32, !llvm.ptr
          }
          %v3171 = arith.mulf %v3074, %v2055 : f32
          scf.if %v63 {
            %v3174 = arith.muli %v62, %v3172 : i64
            %v3175 = arith.addi %v3174, %v3173 : i64
            %v3176 = arith.muli %v3175, %size_L : i64
            %v3177 = arith.addi %v3176, %v1475 : i64
            %v3178 = llvm.getelementptr %part_Bm[%v3177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3171, %v3178 : f32, !llvm.ptr
          }
          %v3179 = arith.mulf %v3074, %v2066 : f32
          scf.if %v63 {
            %v3182 = arith.muli %v62, %v3180 : i64
            %v3183 = arith.addi %v3182, %v3181 : i64
            %v3184 = arith.muli %v3183, %size_L : i64
            %v3185 = arith.addi %v3184, %v1475 : i64
            %v3186 = llvm.getelementptr %part_Bm[%v3185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3179, %v3186 : f32, !llvm.ptr
          }
          %v3187 = arith.mulf %v3074, %v2077 : f32
          scf.if %v63 {
            %v3190 = arith.muli %v62, %v3188 : i64
            %v3191 = arith.addi %v3190, %v3189 : i64
            %v3192 = arith.muli %v3191, %size_L : i64
            %v3193 = arith.addi %v3192, %v1475 : i64
            %v3194 = llvm.getelementptr %part_Bm[%v3193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3187, %v3194 : f32, !llvm.ptr
          }
          %v3195 = arith.mulf %v3074, %v2088 : f32
          scf.if %v63 {
            %v3198 = arith.muli %v62, %v3196 : i64
            %v3199 = arith.addi %v3198, %v3197 : i64
            %v3200 = arith.muli %v3199, %size_L : i64
            %v3201 = arith.addi %v3200, %v1475 : i64
            %v3202 = llvm.getelementptr %part_Bm[%v3201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3195, %v3202 : f32, !llvm.ptr
          }
          %v3203 = arith.mulf %v1496, %v1503 : f32
          %v3204 = arith.mulf %v2778, %v3203 : f32
          scf.if %v63 {
            %v3207 = arith.muli %v62, %v3205 : i64
            %v3208 = arith.addi %v3207, %v3206 : i64
            %v3209 = arith.muli %v3208, %size_L : i64
            %v3210 = arith.addi %v3209, %v1475 : i64
            %v3211 = llvm.getelementptr %part_Cm[%v3210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3204, %v3211 : f32, !llvm.ptr
          }
          %v3212 = arith.mulf %v1496, %v1503 : f32
          %v3213 = arith.mulf %v2790, %v3212 : f32
          scf.if %v63 {
            %v3216 = arith.muli %v62, %v3214 : i64
            %v3217 = arith.addi %v3216, %v3215 : i64
            %v3218 = arith.muli %v3217, %size_L : i64
            %v3219 = arith.addi %v3218, %v1475 : i64
            %v3220 = llvm.getelementptr %part_Cm[%v3219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3213, %v3220 : f32, !llvm.ptr
          }
          %v3221 = arith.mulf %v1496, %v1503 : f32
          %v3222 = arith.mulf %v2803, %v3221 : f32
          scf.if %v63 {
            %v3225 = arith.muli %v62, %v3223 : i64
            %v3226 = arith.addi %v3225, %v3224 : i64
            %v3227 = arith.muli %v3226, %size_L : i64
            %v3228 = arith.addi %v3227, %v1475 : i64
            %v3229 = llvm.getelementptr %part_Cm[%v3228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3222, %v3229 : f32, !llvm.ptr
          }
          %v3230 = arith.mulf %v1496, %v1503 : f32
          %v3231 = arith.mulf %v2816, %v3230 : f32
          scf.if %v63 {
            %v3234 = arith.muli %v62, %v3232 : i64
            %v3235 = arith.addi %v3234, %v3233 : i64
            %v3236 = arith.muli %v3235, %size_L : i64
            %v3237 = arith.addi %v3236, %v1475 : i64
            %v3238 = llvm.getelementptr %part_Cm[%v3237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3231, %v3238 : f32, !llvm.ptr
          }
          %v3239 = arith.mulf %v1496, %v1503 : f32
          %v3240 = arith.mulf %v2829, %v3239 : f32
          scf.if %v63 {
            %v3243 = arith.muli %v62, %v3241 : i64
            %v3244 = arith.addi %v3243, %v3242 : i64
            %v3245 = arith.muli %v3244, %size_L : i64
            %v3246 = arith.addi %v3245, %v1475 : i64
            %v3247 = llvm.getelementptr %part_Cm[%v3246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3240, %v3247 : f32, !llvm.ptr
          }
          %v3248 = arith.mulf %v1496, %v1503 : f32
          %v3249 = arith.mulf %v2842, %v3248 : f32
          scf.if %v63 {
            %v3252 = arith.muli %v62, %v3250 : i64
            %v3253 = arith.addi %v3252, %v3251 : i64
            %v3254 = arith.muli %v3253, %size_L : i64
            %v3255 = arith.addi %v3254, %v1475 : i64
            %v3256 = llvm.getelementptr %part_Cm[%v3255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3249, %v3256 : f32, !llvm.ptr
          }
          %v3257 = arith.mulf %v1496, %v1503 : f32
          %v3258 = arith.mulf %v2855, %v3257 : f32
          scf.if %v63 {
            %v3261 = arith.muli %v62, %v3259 : i64
            %v3262 = arith.addi %v3261, %v3260 : i64
            %v3263 = arith.muli %v3262, %size_L : i64
            %v3264 = arith.addi %v3263, %v1475 : i64
            %v3265 = llvm.getelementptr %part_Cm[%v3264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3258, %v3265 : f32, !llvm.ptr
          }
          %v3266 = arith.mulf %v1496, %v1503 : f32
          %v3267 = arith.mulf %v2868, %v3266 : f32
          scf.if %v63 {
            %v3270 = arith.muli %v62, %v3268 : i64
            %v3271 = arith.addi %v3270, %v3269 : i64
            %v3272 = arith.muli %v3271, %size_L : i64
            %v3273 = arith.addi %v3272, %v1475 : i64
            %v3274 = llvm.getelementptr %part_Cm[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3267, %v3274 : f32, !llvm.ptr
          }
          %v3275 = arith.mulf %v1496, %v1503 : f32
          %v3276 = arith.mulf %v2881, %v3275 : f32
          scf.if %v63 {
            %v3279 = arith.muli %v62, %v3277 : i64
            %v3280 = arith.addi %v3279, %v3278 : i64
            %v3281 = arith.muli %v3280, %size_L : i64
            %v3282 = arith.addi %v3281, %v1475 : i64
            %v3283 = llvm.getelementptr %part_Cm[%v3282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3276, %v3283 : f32, !llvm.ptr
          }
          %v3284 = arith.mulf %v1496, %v1503 : f32
          %v3285 = arith.mulf %v2894, %v3284 : f32
          scf.if %v63 {
            %v3288 = arith.muli %v62, %v3286 : i64
            %v3289 = arith.addi %v3288, %v3287 : i64
            %v3290 = arith.muli %v3289, %size_L : i64
            %v3291 = arith.addi %v3290, %v1475 : i64
            %v3292 = llvm.getelementptr %part_Cm[%v3291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3285, %v3292 : f32, !llvm.ptr
          }
          %v3293 = arith.mulf %v1496, %v1503 : f32
          %v3294 = arith.mulf %v2907, %v3293 : f32
          scf.if %v63 {
            %v3297 = arith.muli %v62, %v3295 : i64
            %v3298 = arith.addi %v3297, %v3296 : i64
            %v3299 = arith.muli %v3298, %size_L : i64
            %v3300 = arith.addi %v3299, %v1475 : i64
            %v3301 = llvm.getelementptr %part_Cm[%v3300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3294, %v3301 : f32, !llvm.ptr
          }
          %v3302 = arith.mulf %v1496, %v1503 : f32
          %v3303 = arith.mulf %v2920, %v3302 : f32
          scf.if %v63 {
            %v3306 = arith.muli %v62, %v3304 : i64
            %v3307 = arith.addi %v3306, %v3305 : i64
            %v3308 = arith.muli %v3307, %size_L : i64
            %v3309 = arith.addi %v3308, %v1475 : i64
            %v3310 = llvm.getelementptr %part_Cm[%v3309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3303, %v3310 : f32, !llvm.ptr
          }
          %v3311 = arith.mulf %v1496, %v1503 : f32
          %v3312 = arith.mulf %v2933, %v3311 : f32
          scf.if %v63 {
            %v3315 = arith.muli %v62, %v3313 : i64
            %v3316 = arith.addi %v3315, %v3314 : i64
            %v3317 = arith.muli %v3316, %size_L : i64
            %v3318 = arith.addi %v3317, %v1475 : i64
            %v3319 = llvm.getelementptr %part_Cm[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3312, %v3319 : f32, !llvm.ptr
          }
          %v3320 = arith.mulf %v1496, %v1503 : f32
          %v3321 = arith.mulf %v2946, %v3320 : f32
          scf.if %v63 {
            %v3324 = arith.muli %v62, %v3322 : i64
            %v3325 = arith.addi %v3324, %v3323 : i64
            %v3326 = arith.muli %v3325, %size_L : i64
            %v3327 = arith.addi %v3326, %v1475 : i64
            %v3328 = llvm.getelementptr %part_Cm[%v3327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3321, %v3328 : f32, !llvm.ptr
          }
          %v3329 = arith.mulf %v1496, %v1503 : f32
          %v3330 = arith.mulf %v2959, %v3329 : f32
          scf.if %v63 {
            %v3333 = arith.muli %v62, %v3331 : i64
            %v3334 = arith.addi %v3333, %v3332 : i64
            %v3335 = arith.muli %v3334, %size_L : i64
            %v3336 = arith.addi %v3335, %v1475 : i64
            %v3337 = llvm.getelementptr %part_Cm[%v3336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3330, %v3337 : f32, !llvm.ptr
          }
          %v3338 = arith.mulf %v1496, %v1503 : f32
          %v3339 = arith.mulf %v2972, %v3338 : f32
          scf.if %v63 {
            %v3342 = arith.muli %v62, %v3340 : i64
            %v3343 = arith.addi %v3342, %v3341 : i64
            %v3344 = arith.muli %v3343, %size_L : i64
            %v3345 = arith.addi %v3344, %v1475 : i64
            %v3346 = llvm.getelementptr %part_Cm[%v3345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3339, %v3346 : f32, !llvm.ptr
          }
          %v3347 = arith.mulf %v1496, %v1503 : f32
          %v3348 = arith.mulf %v2105, %v3347 : f32
          %v3349 = llvm.load %v267 : !llvm.ptr -> f32
          %v3350 = arith.addf %v3349, %v3348 : f32
          llvm.store %v3350, %v267 : f32, !llvm.ptr
          %v3351 = arith.mulf %v1923, %v1924 : f32
          %v3352 = arith.mulf %v1933, %v1934 : f32
          %v3353 = arith.addf %v3351, %v3352 : f32
          %v3354 = arith.mulf %v1944, %v1945 : f32
          %v3355 = arith.addf %v3353, %v3354 : f32
          %v3356 = arith.mulf %v1955, %v1956 : f32
          %v3357 = arith.addf %v3355, %v3356 : f32
          %v3358 = arith.mulf %v1966, %v1967 : f32
          %v3359 = arith.addf %v3357, %v3358 : f32
          %v3360 = arith.mulf %v1977, %v1978 : f32
          %v3361 = arith.addf %v3359, %v3360 : f32
          %v3362 = arith.mulf %v1988, %v1989 : f32
          %v3363 = arith.addf %v3361, %v3362 : f32
          %v3364 = arith.mulf %v1999, %v2000 : f32
          %v3365 = arith.addf %v3363, %v3364 : f32
          %v3366 = arith.mulf %v2010, %v2011 : f32
          %v3367 = arith.addf %v3365, %v3366 : f32
          %v3368 = arith.mulf %v2021, %v2022 : f32
          %v3369 = arith.addf %v3367, %v3368 : f32
          %v3370 = arith.mulf %v2032, %v2033 : f32
          %v3371 = arith.addf %v3369, %v3370 : f32
          %v3372 = arith.mulf %v2043, %v2044 : f32
          %v3373 = arith.addf %v3371, %v3372 : f32
          %v3374 = arith.mulf %v2054, %v2055 : f32
          %v3375 = arith.addf %v3373, %v3374 : f32
          %v3376 = arith.mulf %v2065, %v2066 : f32
          %v3377 = arith.addf %v3375, %v3376 : f32
          %v3378 = arith.mulf %v2076, %v2077 : f32
          %v3379 = arith.addf %v3377, %v3378 : f32
          %v3380 = arith.mulf %v2087, %v2088 : f32
          %v3381 = arith.addf %v3379, %v3380 : f32
          %v3382 = arith.mulf %v2105, %v3381 : f32
          %v3383 = arith.mulf %v2166, %v1924 : f32
          %v3384 = arith.mulf %v2140, %v3383 : f32
          %v3385 = arith.mulf %v2143, %v3384 : f32
          %v3386 = arith.mulf %v2204, %v1934 : f32
          %v3387 = arith.mulf %v2175, %v3386 : f32
          %v3388 = arith.mulf %v2178, %v3387 : f32
          %v3389 = arith.addf %v3385, %v3388 : f32
          %v3390 = arith.mulf %v2243, %v1945 : f32
          %v3391 = arith.mulf %v2214, %v3390 : f32
          %v3392 = arith.mulf %v2217, %v3391 : f32
          %v3393 = arith.addf %v3389, %v3392 : f32
          %v3394 = arith.mulf %v2282, %v1956 : f32
          %v3395 = arith.mulf %v2253, %v3394 : f32
          %v3396 = arith.mulf %v2256, %v3395 : f32
          %v3397 = arith.addf %v3393, %v3396 : f32
          %v3398 = arith.mulf %v2321, %v1967 : f32
          %v3399 = arith.mulf %v2292, %v3398 : f32
          %v3400 = arith.mulf %v2295, %v3399 : f32
          %v3401 = arith.addf %v3397, %v3400 : f32
          %v3402 = arith.mulf %v2360, %v1978 : f32
          %v3403 = arith.mulf %v2331, %v3402 : f32
          %v3404 = arith.mulf %v2334, %v3403 : f32
          %v3405 = arith.addf %v3401, %v3404 : f32
          %v3406 = arith.mulf %v2399, %v1989 : f32
          %v3407 = arith.mulf %v2370, %v3406 : f32
          %v3408 = arith.mulf %v2373, %v3407 : f32
          %v3409 = arith.addf %v3405, %v3408 : f32
          %v3410 = arith.mulf %v2438, %v2000 : f32
          %v3411 = arith.mulf %v2409, %v3410 : f32
          %v3412 = arith.mulf %v2412, %v3411 : f32
          %v3413 = arith.addf %v3409, %v3412 : f32
          %v3414 = arith.mulf %v2477, %v2011 : f32
          %v3415 = arith.mulf %v2448, %v3414 : f32
          %v3416 = arith.mulf %v2451, %v3415 : f32
          %v3417 = arith.addf %v3413, %v3416 : f32
          %v3418 = arith.mulf %v2516, %v2022 : f32
          %v3419 = arith.mulf %v2487, %v3418 : f32
          %v3420 = arith.mulf %v2490, %v3419 : f32
          %v3421 = arith.addf %v3417, %v3420 : f32
          %v3422 = arith.mulf %v2555, %v2033 : f32
          %v3423 = arith.mulf %v2526, %v3422 : f32
          %v3424 = arith.mulf %v2529, %v3423 : f32
          %v3425 = arith.addf %v3421, %v3424 : f32
          %v3426 = arith.mulf %v2594, %v2044 : f32
          %v3427 = arith.mulf %v2565, %v3426 : f32
          %v3428 = arith.mulf %v2568, %v3427 : f32
          %v3429 = arith.addf %v3425, %v3428 : f32
          %v3430 = arith.mulf %v2633, %v2055 : f32
          %v3431 = arith.mulf %v2604, %v3430 : f32
          %v3432 = arith.mulf %v2607, %v3431 : f32
          %v3433 = arith.addf %v3429, %v3432 : f32
          %v3434 = arith.mulf %v2672, %v2066 : f32
          %v3435 = arith.mulf %v2643, %v3434 : f32
          %v3436 = arith.mulf %v2646, %v3435 : f32
          %v3437 = arith.addf %v3433, %v3436 : f32
          %v3438 = arith.mulf %v2711, %v2077 : f32
          %v3439 = arith.mulf %v2682, %v3438 : f32
          %v3440 = arith.mulf %v2685, %v3439 : f32
          %v3441 = arith.addf %v3437, %v3440 : f32
          %v3442 = arith.mulf %v2750, %v2088 : f32
          %v3443 = arith.mulf %v2721, %v3442 : f32
          %v3444 = arith.mulf %v2724, %v3443 : f32
          %v3445 = arith.addf %v3441, %v3444 : f32
          %v3446 = arith.addf %v3382, %v3445 : f32
          %v3447 = arith.mulf %v3446, %v2760 : f32
          %v3448 = llvm.load %v271 : !llvm.ptr -> f32
          %v3449 = arith.addf %v3448, %v3447 : f32
          llvm.store %v3449, %v271 : f32, !llvm.ptr
          llvm.store %v2143, %v139 : f32, !llvm.ptr
          llvm.store %v2178, %v143 : f32, !llvm.ptr
          llvm.store %v2217, %v147 : f32, !llvm.ptr
          llvm.store %v2256, %v151 : f32, !llvm.ptr
          llvm.store %v2295, %v155 : f32, !llvm.ptr
          llvm.store %v2334, %v159 : f32, !llvm.ptr
          llvm.store %v2373, %v163 : f32, !llvm.ptr
          llvm.store %v2412, %v167 : f32, !llvm.ptr
          llvm.store %v2451, %v171 : f32, !llvm.ptr
          llvm.store %v2490, %v175 : f32, !llvm.ptr
          llvm.store %v2529, %v179 : f32, !llvm.ptr
          llvm.store %v2568, %v183 : f32, !llvm.ptr
          llvm.store %v2607, %v187 : f32, !llvm.ptr
          llvm.store %v2646, %v191 : f32, !llvm.ptr
          llvm.store %v2685, %v195 : f32, !llvm.ptr
          llvm.store %v2724, %v199 : f32, !llvm.ptr
        }
      }
      %v3450 = llvm.load %v75 : !llvm.ptr -> f32
      %v3451 = llvm.load %v139 : !llvm.ptr -> f32
      %v3452 = arith.mulf %v3451, %v3450 : f32
      %v3453 = llvm.load %v275 : !llvm.ptr -> f32
      %v3454 = arith.addf %v3453, %v3452 : f32
      llvm.store %v3454, %v275 : f32, !llvm.ptr
      %v3455 = llvm.load %v79 : !llvm.ptr -> f32
      %v3456 = llvm.load %v143 : !llvm.ptr -> f32
      %v3457 = arith.mulf %v3456, %v3455 : f32
      %v3458 = llvm.load %v279 : !llvm.ptr -> f32
      %v3459 = arith.addf %v3458, %v3457 : f32
      llvm.store %v3459, %v279 : f32, !llvm.ptr
      %v3460 = llvm.load %v83 : !llvm.ptr -> f32
      %v3461 = llvm.load %v147 : !llvm.ptr -> f32
      %v3462 = arith.mulf %v3461, %v3460 : f32
      %v3463 = llvm.load %v283 : !llvm.ptr -> f32
      %v3464 = arith.addf %v3463, %v3462 : f32
      llvm.store %v3464, %v283 : f32, !llvm.ptr
      %v3465 = llvm.load %v87 : !llvm.ptr -> f32
      %v3466 = llvm.load %v151 : !llvm.ptr -> f32
      %v3467 = arith.mulf %v3466, %v3465 : f32
      %v3468 = llvm.load %v287 : !llvm.ptr -> f32
      %v3469 = arith.addf %v3468, %v3467 : f32
      llvm.store %v3469, %v287 : f32, !llvm.ptr
      %v3470 = llvm.load %v91 : !llvm.ptr -> f32
      %v3471 = llvm.load %v155 : !llvm.ptr -> f32
      %v3472 = arith.mulf %v3471, %v3470 : f32
      %v3473 = llvm.load %v291 : !llvm.ptr -> f32
      %v3474 = arith.addf %v3473, %v3472 : f32
      llvm.store %v3474, %v291 : f32, !llvm.ptr
      %v3475 = llvm.load %v95 : !llvm.ptr -> f32
      %v3476 = llvm.load %v159 : !llvm.ptr -> f32
      %v3477 = arith.mulf %v3476, %v3475 : f32
      %v3478 = llvm.load %v295 : !llvm.ptr -> f32
      %v3479 = arith.addf %v3478, %v3477 : f32
      llvm.store %v3479, %v295 : f32, !llvm.ptr
      %v3480 = llvm.load %v99 : !llvm.ptr -> f32
      %v3481 = llvm.load %v163 : !llvm.ptr -> f32
      %v3482 = arith.mulf %v3481, %v3480 : f32
      %v3483 = llvm.load %v299 : !llvm.ptr -> f32
      %v3484 = arith.addf %v3483, %v3482 : f32
      llvm.store %v3484, %v299 : f32, !llvm.ptr
      %v3485 = llvm.load %v103 : !llvm.ptr -> f32
      %v3486 = llvm.load %v167 : !llvm.ptr -> f32
      %v3487 = arith.mulf %v3486, %v3485 : f32
      %v3488 = llvm.load %v303 : !llvm.ptr -> f32
      %v3489 = arith.addf %v3488, %v3487 : f32
      llvm.store %v3489, %v303 : f32, !llvm.ptr
      %v3490 = llvm.load %v107 : !llvm.ptr -> f32
      %v3491 = llvm.load %v171 : !llvm.ptr -> f32
      %v3492 = arith.mulf %v3491, %v3490 : f32
      %v3493 = llvm.load %v307 : !llvm.ptr -> f32
      %v3494 = arith.addf %v3493, %v3492 : f32
      llvm.store %v3494, %v307 : f32, !llvm.ptr
      %v3495 = llvm.load %v111 : !llvm.ptr -> f32
      %v3496 = llvm.load %v175 : !llvm.ptr -> f32
      %v3497 = arith.mulf %v3496, %v3495 : f32
      %v3498 = llvm.load %v311 : !llvm.ptr -> f32
      %v3499 = arith.addf %v3498, %v3497 : f32
      llvm.store %v3499, %v311 : f32, !llvm.ptr
      %v3500 = llvm.load %v115 : !llvm.ptr -> f32
      %v3501 = llvm.load %v179 : !llvm.ptr -> f32
      %v3502 = arith.mulf %v3501, %v3500 : f32
      %v3503 = llvm.load %v315 : !llvm.ptr -> f32
      %v3504 = arith.addf %v3503, %v3502 : f32
      llvm.store %v3504, %v315 : f32, !llvm.ptr
      %v3505 = llvm.load %v119 : !llvm.ptr -> f32
      %v3506 = llvm.load %v183 : !llvm.ptr -> f32
      %v3507 = arith.mulf %v3506, %v3505 : f32
      %v3508 = llvm.load %v319 : !llvm.ptr -> f32
      %v3509 = arith.addf %v3508, %v3507 : f32
      llvm.store %v3509, %v319 : f32, !llvm.ptr
      %v3510 = llvm.load %v123 : !llvm.ptr -> f32
      %v3511 = llvm.load %v187 : !llvm.ptr -> f32
      %v3512 = arith.mulf %v3511, %v3510 : f32
      %v3513 = llvm.load %v323 : !llvm.ptr -> f32
      %v3514 = arith.addf %v3513, %v3512 : f32
      llvm.store %v3514, %v323 : f32, !llvm.ptr
      %v3515 = llvm.load %v127 : !llvm.ptr -> f32
      %v3516 = llvm.load %v191 : !llvm.ptr -> f32
      %v3517 = arith.mulf %v3516, %v3515 : f32
      %v3518 = llvm.load %v327 : !llvm.ptr -> f32
      %v3519 = arith.addf %v3518, %v3517 : f32
      llvm.store %v3519, %v327 : f32, !llvm.ptr
      %v3520 = llvm.load %v131 : !llvm.ptr -> f32
      %v3521 = llvm.load %v195 : !llvm.ptr -> f32
      %v3522 = arith.mulf %v3521, %v3520 : f32
      %v3523 = llvm.load %v331 : !llvm.ptr -> f32
      %v3524 = arith.addf %v3523, %v3522 : f32
      llvm.store %v3524, %v331 : f32, !llvm.ptr
      %v3525 = llvm.load %v135 : !llvm.ptr -> f32
      %v3526 = llvm.load %v199 : !llvm.ptr -> f32
      %v3527 = arith.mulf %v3526, %v3525 : f32
      %v3528 = llvm.load %v335 : !llvm.ptr -> f32
      %v3529 = arith.addf %v3528, %v3527 : f32
      llvm.store %v3529, %v335 : f32, !llvm.ptr
      scf.if %v63 {
        %v3530 = llvm.load %v203 : !llvm.ptr -> f32
        %v3533 = arith.muli %v62, %v3531 : i64
        %v3534 = arith.addi %v3533, %v3532 : i64
        %v3535 = llvm.getelementptr %part_A[%v3534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3530, %v3535 : f32, !llvm.ptr
        %v3536 = llvm.load %v207 : !llvm.ptr -> f32
        %v3539 = arith.muli %v62, %v3537 : i64
        %v3540 = arith.addi %v3539, %v3538 : i64
        %v3541 = llvm.getelementptr %part_A[%v3540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3536, %v3541 : f32, !llvm.ptr
        %v3542 = llvm.load %v211 : !llvm.ptr -> f32
        %v3545 = arith.muli %v62, %v3543 : i64
        %v3546 = arith.addi %v3545, %v3544 : i64
        %v3547 = llvm.getelementptr %part_A[%v3546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3542, %v3547 : f32, !llvm.ptr
        %v3548 = llvm.load %v215 : !llvm.ptr -> f32
        %v3551 = arith.muli %v62, %v3549 : i64
        %v3552 = arith.addi %v3551, %v3550 : i64
        %v3553 = llvm.getelementptr %part_A[%v3552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3548, %v3553 : f32, !llvm.ptr
        %v3554 = llvm.load %v219 : !llvm.ptr -> f32
        %v3557 = arith.muli %v62, %v3555 : i64
        %v3558 = arith.addi %v3557, %v3556 : i64
        %v3559 = llvm.getelementptr %part_A[%v3558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3554, %v3559 : f32, !llvm.ptr
        %v3560 = llvm.load %v223 : !llvm.ptr -> f32
        %v3563 = arith.muli %v62, %v3561 : i64
        %v3564 = arith.addi %v3563, %v3562 : i64
        %v3565 = llvm.getelementptr %part_A[%v3564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3560, %v3565 : f32, !llvm.ptr
        %v3566 = llvm.load %v227 : !llvm.ptr -> f32
        %v3569 = arith.muli %v62, %v3567 : i64
        %v3570 = arith.addi %v3569, %v3568 : i64
        %v3571 = llvm.getelementptr %part_A[%v3570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3566, %v3571 : f32, !llvm.ptr
        %v3572 = llvm.load %v231 : !llvm.ptr -> f32
        %v3575 = arith.muli %v62, %v3573 : i64
        %v3576 = arith.addi %v3575, %v3574 : i64
        %v3577 = llvm.getelementptr %part_A[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3572, %v3577 : f32, !llvm.ptr
        %v3578 = llvm.load %v235 : !llvm.ptr -> f32
        %v3581 = arith.muli %v62, %v3579 : i64
        %v3582 = arith.addi %v3581, %v3580 : i64
        %v3583 = llvm.getelementptr %part_A[%v3582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3578, %v3583 : f32, !llvm.ptr
        %v3584 = llvm.load %v239 : !llvm.ptr -> f32
        %v3587 = arith.muli %v62, %v3585 : i64
        %v3588 = arith.addi %v3587, %v3586 : i64
        %v3589 = llvm.getelementptr %part_A[%v3588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3584, %v3589 : f32, !llvm.ptr
        %v3590 = llvm.load %v243 : !llvm.ptr -> f32
        %v3593 = arith.muli %v62, %v3591 : i64
        %v3594 = arith.addi %v3593, %v3592 : i64
        %v3595 = llvm.getelementptr %part_A[%v3594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3590, %v3595 : f32, !llvm.ptr
        %v3596 = llvm.load %v247 : !llvm.ptr -> f32
        %v3599 = arith.muli %v62, %v3597 : i64
        %v3600 = arith.addi %v3599, %v3598 : i64
        %v3601 = llvm.getelementptr %part_A[%v3600] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3596, %v3601 : f32, !llvm.ptr
        %v3602 = llvm.load %v251 : !llvm.ptr -> f32
        %v3605 = arith.muli %v62, %v3603 : i64
        %v3606 = arith.addi %v3605, %v3604 : i64
        %v3607 = llvm.getelementptr %part_A[%v3606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3602, %v3607 : f32, !llvm.ptr
        %v3608 = llvm.load %v255 : !llvm.ptr -> f32
        %v3611 = arith.muli %v62, %v3609 : i64
        %v3612 = arith.addi %v3611, %v3610 : i64
        %v3613 = llvm.getelementptr %part_A[%v3612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3608, %v3613 : f32, !llvm.ptr
        %v3614 = llvm.load %v259 : !llvm.ptr -> f32
        %v3617 = arith.muli %v62, %v3615 : i64
        %v3618 = arith.addi %v3617, %v3616 : i64
        %v3619 = llvm.getelementptr %part_A[%v3618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3614, %v3619 : f32, !llvm.ptr
        %v3620 = llvm.load %v263 : !llvm.ptr -> f32
        %v3623 = arith.muli %v62, %v3621 : i64
        %v3624 = arith.addi %v3623, %v3622 : i64
        %v3625 = llvm.getelementptr %part_A[%v3624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3620, %v3625 : f32, !llvm.ptr
        %v3626 = llvm.load %v267 : !llvm.ptr -> f32
        %v3629 = arith.muli %v62, %v3627 : i64
        %v3630 = arith.addi %v3629, %v3628 : i64
        %v3631 = llvm.getelementptr %part_Dskip[%v3630] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3626, %v3631 : f32, !llvm.ptr
        %v3632 = llvm.load %v271 : !llvm.ptr -> f32
        %v3635 = arith.muli %v62, %v3633 : i64
        %v3636 = arith.addi %v3635, %v3634 : i64
        %v3637 = llvm.getelementptr %part_dt_bias[%v3636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3632, %v3637 : f32, !llvm.ptr
        %v3638 = llvm.load %v275 : !llvm.ptr -> f32
        %v3639 = arith.muli %v69, %v348 : i64
        %v3640 = arith.muli %v67, %v347 : i64
        %v3641 = arith.addi %v3639, %v3640 : i64
        %v3642 = llvm.getelementptr %dx_h0[%v3641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3638, %v3642 : f32, !llvm.ptr
        %v3643 = llvm.load %v279 : !llvm.ptr -> f32
        %v3644 = arith.muli %v69, %v348 : i64
        %v3645 = arith.muli %v67, %v347 : i64
        %v3646 = arith.addi %v3644, %v3645 : i64
        %v3647 = arith.constant 1 : i64
        %v3648 = arith.muli %v3647, %v346 : i64
        %v3649 = arith.addi %v3646, %v3648 : i64
        %v3650 = llvm.getelementptr %dx_h0[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3643, %v3650 : f32, !llvm.ptr
        %v3651 = llvm.load %v283 : !llvm.ptr -> f32
        %v3652 = arith.muli %v69, %v348 : i64
        %v3653 = arith.muli %v67, %v347 : i64
        %v3654 = arith.addi %v3652, %v3653 : i64
        %v3655 = arith.constant 2 : i64
        %v3656 = arith.muli %v3655, %v346 : i64
        %v3657 = arith.addi %v3654, %v3656 : i64
        %v3658 = llvm.getelementptr %dx_h0[%v3657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3651, %v3658 : f32, !llvm.ptr
        %v3659 = llvm.load %v287 : !llvm.ptr -> f32
        %v3660 = arith.muli %v69, %v348 : i64
        %v3661 = arith.muli %v67, %v347 : i64
        %v3662 = arith.addi %v3660, %v3661 : i64
        %v3663 = arith.constant 3 : i64
        %v3664 = arith.muli %v3663, %v346 : i64
        %v3665 = arith.addi %v3662, %v3664 : i64
        %v3666 = llvm.getelementptr %dx_h0[%v3665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3659, %v3666 : f32, !llvm.ptr
        %v3667 = llvm.load %v291 : !llvm.ptr -> f32
        %v3668 = arith.muli %v69, %v348 : i64
        %v3669 = arith.muli %v67, %v347 : i64
        %v3670 = arith.addi %v3668, %v3669 : i64
        %v3671 = arith.constant 4 : i64
        %v3672 = arith.muli %v3671, %v346 : i64
        %v3673 = arith.addi %v3670, %v3672 : i64
        %v3674 = llvm.getelementptr %dx_h0[%v3673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3667, %v3674 : f32, !llvm.ptr
        %v3675 = llvm.load %v295 : !llvm.ptr -> f32
        %v3676 = arith.muli %v69, %v348 : i64
        %v3677 = arith.muli %v67, %v347 : i64
        %v3678 = arith.addi %v3676, %v3677 : i64
        %v3679 = arith.constant 5 : i64
        %v3680 = arith.muli %v3679, %v346 : i64
        %v3681 = arith.addi %v3678, %v3680 : i64
        %v3682 = llvm.getelementptr %dx_h0[%v3681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3675, %v3682 : f32, !llvm.ptr
        %v3683 = llvm.load %v299 : !llvm.ptr -> f32
        %v3684 = arith.muli %v69, %v348 : i64
        %v3685 = arith.muli %v67, %v347 : i64
        %v3686 = arith.addi %v3684, %v3685 : i64
        %v3687 = arith.constant 6 : i64
        %v3688 = arith.muli %v3687, %v346 : i64
        %v3689 = arith.addi %v3686, %v3688 : i64
        %v3690 = llvm.getelementptr %dx_h0[%v3689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3683, %v3690 : f32, !llvm.ptr
        %v3691 = llvm.load %v303 : !llvm.ptr -> f32
        %v3692 = arith.muli %v69, %v348 : i64
        %v3693 = arith.muli %v67, %v347 : i64
        %v3694 = arith.addi %v3692, %v3693 : i64
        %v3695 = arith.constant 7 : i64
        %v3696 = arith.muli %v3695, %v346 : i64
        %v3697 = arith.addi %v3694, %v3696 : i64
        %v3698 = llvm.getelementptr %dx_h0[%v3697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3691, %v3698 : f32, !llvm.ptr
        %v3699 = llvm.load %v307 : !llvm.ptr -> f32
        %v3700 = arith.muli %v69, %v348 : i64
        %v3701 = arith.muli %v67, %v347 : i64
        %v3702 = arith.addi %v3700, %v3701 : i64
        %v3703 = arith.constant 8 : i64
        %v3704 = arith.muli %v3703, %v346 : i64
        %v3705 = arith.addi %v3702, %v3704 : i64
        %v3706 = llvm.getelementptr %dx_h0[%v3705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3699, %v3706 : f32, !llvm.ptr
        %v3707 = llvm.load %v311 : !llvm.ptr -> f32
        %v3708 = arith.muli %v69, %v348 : i64
        %v3709 = arith.muli %v67, %v347 : i64
        %v3710 = arith.addi %v3708, %v3709 : i64
        %v3711 = arith.constant 9 : i64
        %v3712 = arith.muli %v3711, %v346 : i64
        %v3713 = arith.addi %v3710, %v3712 : i64
        %v3714 = llvm.getelementptr %dx_h0[%v3713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3707, %v3714 : f32, !llvm.ptr
        %v3715 = llvm.load %v315 : !llvm.ptr -> f32
        %v3716 = arith.muli %v69, %v348 : i64
        %v3717 = arith.muli %v67, %v347 : i64
        %v3718 = arith.addi %v3716, %v3717 : i64
        %v3719 = arith.constant 10 : i64
        %v3720 = arith.muli %v3719, %v346 : i64
        %v3721 = arith.addi %v3718, %v3720 : i64
        %v3722 = llvm.getelementptr %dx_h0[%v3721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3715, %v3722 : f32, !llvm.ptr
        %v3723 = llvm.load %v319 : !llvm.ptr -> f32
        %v3724 = arith.muli %v69, %v348 : i64
        %v3725 = arith.muli %v67, %v347 : i64
        %v3726 = arith.addi %v3724, %v3725 : i64
        %v3727 = arith.constant 11 : i64
        %v3728 = arith.muli %v3727, %v346 : i64
        %v3729 = arith.addi %v3726, %v3728 : i64
        %v3730 = llvm.getelementptr %dx_h0[%v3729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3723, %v3730 : f32, !llvm.ptr
        %v3731 = llvm.load %v323 : !llvm.ptr -> f32
        %v3732 = arith.muli %v69, %v348 : i64
        %v3733 = arith.muli %v67, %v347 : i64
        %v3734 = arith.addi %v3732, %v3733 : i64
        %v3735 = arith.constant 12 : i64
        %v3736 = arith.muli %v3735, %v346 : i64
        %v3737 = arith.addi %v3734, %v3736 : i64
        %v3738 = llvm.getelementptr %dx_h0[%v3737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3731, %v3738 : f32, !llvm.ptr
        %v3739 = llvm.load %v327 : !llvm.ptr -> f32
        %v3740 = arith.muli %v69, %v348 : i64
        %v3741 = arith.muli %v67, %v347 : i64
        %v3742 = arith.addi %v3740, %v3741 : i64
        %v3743 = arith.constant 13 : i64
        %v3744 = arith.muli %v3743, %v346 : i64
        %v3745 = arith.addi %v3742, %v3744 : i64
        %v3746 = llvm.getelementptr %dx_h0[%v3745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3739, %v3746 : f32, !llvm.ptr
        %v3747 = llvm.load %v331 : !llvm.ptr -> f32
        %v3748 = arith.muli %v69, %v348 : i64
        %v3749 = arith.muli %v67, %v347 : i64
        %v3750 = arith.addi %v3748, %v3749 : i64
        %v3751 = arith.constant 14 : i64
        %v3752 = arith.muli %v3751, %v346 : i64
        %v3753 = arith.addi %v3750, %v3752 : i64
        %v3754 = llvm.getelementptr %dx_h0[%v3753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3747, %v3754 : f32, !llvm.ptr
        %v3755 = llvm.load %v335 : !llvm.ptr -> f32
        %v3756 = arith.muli %v69, %v348 : i64
        %v3757 = arith.muli %v67, %v347 : i64
        %v3758 = arith.addi %v3756, %v3757 : i64
        %v3759 = arith.constant 15 : i64
        %v3760 = arith.muli %v3759, %v346 : i64
        %v3761 = arith.addi %v3758, %v3760 : i64
        %v3762 = llvm.getelementptr %dx_h0[%v3761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3755, %v3762 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
