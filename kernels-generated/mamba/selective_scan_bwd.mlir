module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_selective_scan_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_L: i64, %size_D: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %v2, %size_B : i64
      %v4 = arith.muli %v3, %size_D : i64
      %v5 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v6 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v7 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v20 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v21 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v22 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v23 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v27 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v28 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v30 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v31 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v32 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v33 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v36 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v38 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v39 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v40 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v43 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v44 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v45 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v46 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v47 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v48 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v49 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v50 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v51 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v52 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
      %v57 = arith.constant 64 : i64
      %v67 = llvm.mlir.addressof @slots_selective_scan_bwd : !llvm.ptr<3>
      %v68 = arith.constant 0 : i64
      %v75 = arith.constant 128 : i64
      %v79 = arith.constant 192 : i64
      %v83 = arith.constant 256 : i64
      %v87 = arith.constant 320 : i64
      %v91 = arith.constant 384 : i64
      %v95 = arith.constant 448 : i64
      %v99 = arith.constant 512 : i64
      %v103 = arith.constant 576 : i64
      %v107 = arith.constant 640 : i64
      %v111 = arith.constant 704 : i64
      %v115 = arith.constant 768 : i64
      %v119 = arith.constant 832 : i64
      %v123 = arith.constant 896 : i64
      %v127 = arith.constant 960 : i64
      %v131 = arith.constant 1024 : i64
      %v135 = arith.constant 1088 : i64
      %v139 = arith.constant 1152 : i64
      %v143 = arith.constant 1216 : i64
      %v147 = arith.constant 1280 : i64
      %v151 = arith.constant 1344 : i64
      %v155 = arith.constant 1408 : i64
      %v159 = arith.constant 1472 : i64
      %v163 = arith.constant 1536 : i64
      %v167 = arith.constant 1600 : i64
      %v171 = arith.constant 1664 : i64
      %v175 = arith.constant 1728 : i64
      %v179 = arith.constant 1792 : i64
      %v183 = arith.constant 1856 : i64
      %v187 = arith.constant 1920 : i64
      %v191 = arith.constant 1984 : i64
      %v195 = arith.constant 2048 : i64
      %v199 = arith.constant 2112 : i64
      %v203 = arith.constant 2176 : i64
      %v207 = arith.constant 2240 : i64
      %v211 = arith.constant 2304 : i64
      %v215 = arith.constant 2368 : i64
      %v219 = arith.constant 2432 : i64
      %v223 = arith.constant 2496 : i64
      %v227 = arith.constant 2560 : i64
      %v231 = arith.constant 2624 : i64
      %v235 = arith.constant 2688 : i64
      %v239 = arith.constant 2752 : i64
      %v243 = arith.constant 2816 : i64
      %v247 = arith.constant 2880 : i64
      %v251 = arith.constant 2944 : i64
      %v255 = arith.constant 3008 : i64
      %v259 = arith.constant 3072 : i64
      %v263 = arith.constant 3136 : i64
      %v267 = arith.constant 3200 : i64
      %v271 = arith.constant 3264 : i64
      %v275 = arith.constant 3328 : i64
      %v279 = arith.constant 3392 : i64
      %v283 = arith.constant 3456 : i64
      %v287 = arith.constant 3520 : i64
      %v291 = arith.constant 3584 : i64
      %v295 = arith.constant 3648 : i64
      %v299 = arith.constant 3712 : i64
      %v303 = arith.constant 3776 : i64
      %v307 = arith.constant 3840 : i64
      %v311 = arith.constant 3904 : i64
      %v315 = arith.constant 3968 : i64
      %v319 = arith.constant 4032 : i64
      %v323 = arith.constant 4096 : i64
      %v327 = arith.constant 4160 : i64
      %v331 = arith.constant 0x00000000 : f32
      %v332 = arith.constant 0x3F800000 : f32
      %v338 = arith.muli %v2, %v1 : i64
      %v339 = arith.muli %v338, %size_D : i64
      %v680 = arith.muli %v2, %size_B : i64
      %v681 = arith.muli %v680, %size_D : i64
      %v682 = arith.muli %v681, %v1 : i64
      %v690 = arith.muli %v2, %size_B : i64
      %v691 = arith.muli %v690, %size_D : i64
      %v692 = arith.muli %v691, %v1 : i64
      %v703 = arith.muli %v2, %size_B : i64
      %v704 = arith.muli %v703, %size_D : i64
      %v705 = arith.muli %v704, %v1 : i64
      %v716 = arith.muli %v2, %size_B : i64
      %v717 = arith.muli %v716, %size_D : i64
      %v718 = arith.muli %v717, %v1 : i64
      %v729 = arith.muli %v2, %size_B : i64
      %v730 = arith.muli %v729, %size_D : i64
      %v731 = arith.muli %v730, %v1 : i64
      %v742 = arith.muli %v2, %size_B : i64
      %v743 = arith.muli %v742, %size_D : i64
      %v744 = arith.muli %v743, %v1 : i64
      %v755 = arith.muli %v2, %size_B : i64
      %v756 = arith.muli %v755, %size_D : i64
      %v757 = arith.muli %v756, %v1 : i64
      %v768 = arith.muli %v2, %size_B : i64
      %v769 = arith.muli %v768, %size_D : i64
      %v770 = arith.muli %v769, %v1 : i64
      %v781 = arith.muli %v2, %size_B : i64
      %v782 = arith.muli %v781, %size_D : i64
      %v783 = arith.muli %v782, %v1 : i64
      %v794 = arith.muli %v2, %size_B : i64
      %v795 = arith.muli %v794, %size_D : i64
      %v796 = arith.muli %v795, %v1 : i64
      %v807 = arith.muli %v2, %size_B : i64
      %v808 = arith.muli %v807, %size_D : i64
      %v809 = arith.muli %v808, %v1 : i64
      %v820 = arith.muli %v2, %size_B : i64
      %v821 = arith.muli %v820, %size_D : i64
      %v822 = arith.muli %v821, %v1 : i64
      %v833 = arith.muli %v2, %size_B : i64
      %v834 = arith.muli %v833, %size_D : i64
      %v835 = arith.muli %v834, %v1 : i64
      %v846 = arith.muli %v2, %size_B : i64
      %v847 = arith.muli %v846, %size_D : i64
      %v848 = arith.muli %v847, %v1 : i64
      %v859 = arith.muli %v2, %size_B : i64
      %v860 = arith.muli %v859, %size_D : i64
      %v861 = arith.muli %v860, %v1 : i64
      %v872 = arith.muli %v2, %size_B : i64
      %v873 = arith.muli %v872, %size_D : i64
      %v874 = arith.muli %v873, %v1 : i64
      %v891 = arith.muli %v2, %size_D : i64
      %v892 = arith.muli %v891, %size_L : i64
      %v907 = arith.constant 0x3FB8AA3B : f32
      %v912 = arith.constant 0x3F317218 : f32
      %v914 = arith.constant 0x3E124925 : f32
      %v916 = arith.constant 0xBE2AAAAB : f32
      %v919 = arith.constant 0x3E4CCCCD : f32
      %v922 = arith.constant 0xBE800000 : f32
      %v925 = arith.constant 0x3EAAAAAB : f32
      %v928 = arith.constant 0xBF000000 : f32
      %v934 = arith.constant 0x3D800000 : f32
      %v938 = arith.muli %v2, %v1 : i64
      %v945 = arith.muli %v2, %v1 : i64
      %v946 = arith.muli %v945, %size_L : i64
      %v1025 = arith.constant 2 : i64
      %v1054 = arith.constant 3 : i64
      %v1083 = arith.constant 4 : i64
      %v1112 = arith.constant 5 : i64
      %v1141 = arith.constant 6 : i64
      %v1170 = arith.constant 7 : i64
      %v1199 = arith.constant 8 : i64
      %v1228 = arith.constant 9 : i64
      %v1257 = arith.constant 10 : i64
      %v1286 = arith.constant 11 : i64
      %v1315 = arith.constant 12 : i64
      %v1344 = arith.constant 13 : i64
      %v1373 = arith.constant 14 : i64
      %v1402 = arith.constant 15 : i64
      %v2042 = arith.muli %v2, %size_B : i64
      %v2043 = arith.muli %v2042, %size_D : i64
      %v2044 = arith.muli %v2043, %v1 : i64
      %v2073 = arith.muli %v2, %size_B : i64
      %v2074 = arith.muli %v2073, %size_D : i64
      %v2075 = arith.muli %v2074, %v1 : i64
      %v2108 = arith.muli %v2, %size_B : i64
      %v2109 = arith.muli %v2108, %size_D : i64
      %v2110 = arith.muli %v2109, %v1 : i64
      %v2143 = arith.muli %v2, %size_B : i64
      %v2144 = arith.muli %v2143, %size_D : i64
      %v2145 = arith.muli %v2144, %v1 : i64
      %v2178 = arith.muli %v2, %size_B : i64
      %v2179 = arith.muli %v2178, %size_D : i64
      %v2180 = arith.muli %v2179, %v1 : i64
      %v2213 = arith.muli %v2, %size_B : i64
      %v2214 = arith.muli %v2213, %size_D : i64
      %v2215 = arith.muli %v2214, %v1 : i64
      %v2248 = arith.muli %v2, %size_B : i64
      %v2249 = arith.muli %v2248, %size_D : i64
      %v2250 = arith.muli %v2249, %v1 : i64
      %v2283 = arith.muli %v2, %size_B : i64
      %v2284 = arith.muli %v2283, %size_D : i64
      %v2285 = arith.muli %v2284, %v1 : i64
      %v2318 = arith.muli %v2, %size_B : i64
      %v2319 = arith.muli %v2318, %size_D : i64
      %v2320 = arith.muli %v2319, %v1 : i64
      %v2353 = arith.muli %v2, %size_B : i64
      %v2354 = arith.muli %v2353, %size_D : i64
      %v2355 = arith.muli %v2354, %v1 : i64
      %v2388 = arith.muli %v2, %size_B : i64
      %v2389 = arith.muli %v2388, %size_D : i64
      %v2390 = arith.muli %v2389, %v1 : i64
      %v2423 = arith.muli %v2, %size_B : i64
      %v2424 = arith.muli %v2423, %size_D : i64
      %v2425 = arith.muli %v2424, %v1 : i64
      %v2458 = arith.muli %v2, %size_B : i64
      %v2459 = arith.muli %v2458, %size_D : i64
      %v2460 = arith.muli %v2459, %v1 : i64
      %v2493 = arith.muli %v2, %size_B : i64
      %v2494 = arith.muli %v2493, %size_D : i64
      %v2495 = arith.muli %v2494, %v1 : i64
      %v2528 = arith.muli %v2, %size_B : i64
      %v2529 = arith.muli %v2528, %size_D : i64
      %v2530 = arith.muli %v2529, %v1 : i64
      %v2563 = arith.muli %v2, %size_B : i64
      %v2564 = arith.muli %v2563, %size_D : i64
      %v2565 = arith.muli %v2564, %v1 : i64
      %v53 = gpu.block_id x
      %v54 = gpu.thread_id x
      %v55 = arith.index_cast %v54 : index to i64
      %v56 = arith.index_cast %v53 : index to i64
      %v58 = arith.muli %v56, %v57 : i64
      %v59 = arith.addi %v58, %v55 : i64
      %v60 = arith.cmpi slt, %v59, %v4 : i64
      %v61 = arith.subi %v4, %v2 : i64
      %v62 = arith.minsi %v59, %v61 : i64
      %v63 = arith.remui %v62, %size_D : i64
      %v64 = arith.divui %v62, %size_D : i64
      %v65 = arith.remui %v64, %size_B : i64
      %v66 = arith.divui %v64, %size_B : i64
      %v69 = arith.addi %v68, %v55 : i64
      %v70 = llvm.getelementptr %v67[%v69] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v71 = llvm.addrspacecast %v70 : !llvm.ptr<3> to !llvm.ptr
      %v72 = arith.addi %v57, %v55 : i64
      %v73 = llvm.getelementptr %v67[%v72] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v74 = llvm.addrspacecast %v73 : !llvm.ptr<3> to !llvm.ptr
      %v76 = arith.addi %v75, %v55 : i64
      %v77 = llvm.getelementptr %v67[%v76] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v78 = llvm.addrspacecast %v77 : !llvm.ptr<3> to !llvm.ptr
      %v80 = arith.addi %v79, %v55 : i64
      %v81 = llvm.getelementptr %v67[%v80] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v82 = llvm.addrspacecast %v81 : !llvm.ptr<3> to !llvm.ptr
      %v84 = arith.addi %v83, %v55 : i64
      %v85 = llvm.getelementptr %v67[%v84] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v86 = llvm.addrspacecast %v85 : !llvm.ptr<3> to !llvm.ptr
      %v88 = arith.addi %v87, %v55 : i64
      %v89 = llvm.getelementptr %v67[%v88] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v90 = llvm.addrspacecast %v89 : !llvm.ptr<3> to !llvm.ptr
      %v92 = arith.addi %v91, %v55 : i64
      %v93 = llvm.getelementptr %v67[%v92] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v94 = llvm.addrspacecast %v93 : !llvm.ptr<3> to !llvm.ptr
      %v96 = arith.addi %v95, %v55 : i64
      %v97 = llvm.getelementptr %v67[%v96] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v98 = llvm.addrspacecast %v97 : !llvm.ptr<3> to !llvm.ptr
      %v100 = arith.addi %v99, %v55 : i64
      %v101 = llvm.getelementptr %v67[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v102 = llvm.addrspacecast %v101 : !llvm.ptr<3> to !llvm.ptr
      %v104 = arith.addi %v103, %v55 : i64
      %v105 = llvm.getelementptr %v67[%v104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v106 = llvm.addrspacecast %v105 : !llvm.ptr<3> to !llvm.ptr
      %v108 = arith.addi %v107, %v55 : i64
      %v109 = llvm.getelementptr %v67[%v108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v110 = llvm.addrspacecast %v109 : !llvm.ptr<3> to !llvm.ptr
      %v112 = arith.addi %v111, %v55 : i64
      %v113 = llvm.getelementptr %v67[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v114 = llvm.addrspacecast %v113 : !llvm.ptr<3> to !llvm.ptr
      %v116 = arith.addi %v115, %v55 : i64
      %v117 = llvm.getelementptr %v67[%v116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v118 = llvm.addrspacecast %v117 : !llvm.ptr<3> to !llvm.ptr
      %v120 = arith.addi %v119, %v55 : i64
      %v121 = llvm.getelementptr %v67[%v120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v122 = llvm.addrspacecast %v121 : !llvm.ptr<3> to !llvm.ptr
      %v124 = arith.addi %v123, %v55 : i64
      %v125 = llvm.getelementptr %v67[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v126 = llvm.addrspacecast %v125 : !llvm.ptr<3> to !llvm.ptr
      %v128 = arith.addi %v127, %v55 : i64
      %v129 = llvm.getelementptr %v67[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v130 = llvm.addrspacecast %v129 : !llvm.ptr<3> to !llvm.ptr
      %v132 = arith.addi %v131, %v55 : i64
      %v133 = llvm.getelementptr %v67[%v132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v134 = llvm.addrspacecast %v133 : !llvm.ptr<3> to !llvm.ptr
      %v136 = arith.addi %v135, %v55 : i64
      %v137 = llvm.getelementptr %v67[%v136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v138 = llvm.addrspacecast %v137 : !llvm.ptr<3> to !llvm.ptr
      %v140 = arith.addi %v139, %v55 : i64
      %v141 = llvm.getelementptr %v67[%v140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v142 = llvm.addrspacecast %v141 : !llvm.ptr<3> to !llvm.ptr
      %v144 = arith.addi %v143, %v55 : i64
      %v145 = llvm.getelementptr %v67[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v146 = llvm.addrspacecast %v145 : !llvm.ptr<3> to !llvm.ptr
      %v148 = arith.addi %v147, %v55 : i64
      %v149 = llvm.getelementptr %v67[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v150 = llvm.addrspacecast %v149 : !llvm.ptr<3> to !llvm.ptr
      %v152 = arith.addi %v151, %v55 : i64
      %v153 = llvm.getelementptr %v67[%v152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v154 = llvm.addrspacecast %v153 : !llvm.ptr<3> to !llvm.ptr
      %v156 = arith.addi %v155, %v55 : i64
      %v157 = llvm.getelementptr %v67[%v156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v158 = llvm.addrspacecast %v157 : !llvm.ptr<3> to !llvm.ptr
      %v160 = arith.addi %v159, %v55 : i64
      %v161 = llvm.getelementptr %v67[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v162 = llvm.addrspacecast %v161 : !llvm.ptr<3> to !llvm.ptr
      %v164 = arith.addi %v163, %v55 : i64
      %v165 = llvm.getelementptr %v67[%v164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v166 = llvm.addrspacecast %v165 : !llvm.ptr<3> to !llvm.ptr
      %v168 = arith.addi %v167, %v55 : i64
      %v169 = llvm.getelementptr %v67[%v168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v170 = llvm.addrspacecast %v169 : !llvm.ptr<3> to !llvm.ptr
      %v172 = arith.addi %v171, %v55 : i64
      %v173 = llvm.getelementptr %v67[%v172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v174 = llvm.addrspacecast %v173 : !llvm.ptr<3> to !llvm.ptr
      %v176 = arith.addi %v175, %v55 : i64
      %v177 = llvm.getelementptr %v67[%v176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v178 = llvm.addrspacecast %v177 : !llvm.ptr<3> to !llvm.ptr
      %v180 = arith.addi %v179, %v55 : i64
      %v181 = llvm.getelementptr %v67[%v180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v182 = llvm.addrspacecast %v181 : !llvm.ptr<3> to !llvm.ptr
      %v184 = arith.addi %v183, %v55 : i64
      %v185 = llvm.getelementptr %v67[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v186 = llvm.addrspacecast %v185 : !llvm.ptr<3> to !llvm.ptr
      %v188 = arith.addi %v187, %v55 : i64
      %v189 = llvm.getelementptr %v67[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v190 = llvm.addrspacecast %v189 : !llvm.ptr<3> to !llvm.ptr
      %v192 = arith.addi %v191, %v55 : i64
      %v193 = llvm.getelementptr %v67[%v192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v194 = llvm.addrspacecast %v193 : !llvm.ptr<3> to !llvm.ptr
      %v196 = arith.addi %v195, %v55 : i64
      %v197 = llvm.getelementptr %v67[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v198 = llvm.addrspacecast %v197 : !llvm.ptr<3> to !llvm.ptr
      %v200 = arith.addi %v199, %v55 : i64
      %v201 = llvm.getelementptr %v67[%v200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v202 = llvm.addrspacecast %v201 : !llvm.ptr<3> to !llvm.ptr
      %v204 = arith.addi %v203, %v55 : i64
      %v205 = llvm.getelementptr %v67[%v204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v206 = llvm.addrspacecast %v205 : !llvm.ptr<3> to !llvm.ptr
      %v208 = arith.addi %v207, %v55 : i64
      %v209 = llvm.getelementptr %v67[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v210 = llvm.addrspacecast %v209 : !llvm.ptr<3> to !llvm.ptr
      %v212 = arith.addi %v211, %v55 : i64
      %v213 = llvm.getelementptr %v67[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v214 = llvm.addrspacecast %v213 : !llvm.ptr<3> to !llvm.ptr
      %v216 = arith.addi %v215, %v55 : i64
      %v217 = llvm.getelementptr %v67[%v216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v218 = llvm.addrspacecast %v217 : !llvm.ptr<3> to !llvm.ptr
      %v220 = arith.addi %v219, %v55 : i64
      %v221 = llvm.getelementptr %v67[%v220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v222 = llvm.addrspacecast %v221 : !llvm.ptr<3> to !llvm.ptr
      %v224 = arith.addi %v223, %v55 : i64
      %v225 = llvm.getelementptr %v67[%v224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v226 = llvm.addrspacecast %v225 : !llvm.ptr<3> to !llvm.ptr
      %v228 = arith.addi %v227, %v55 : i64
      %v229 = llvm.getelementptr %v67[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v230 = llvm.addrspacecast %v229 : !llvm.ptr<3> to !llvm.ptr
      %v232 = arith.addi %v231, %v55 : i64
      %v233 = llvm.getelementptr %v67[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v234 = llvm.addrspacecast %v233 : !llvm.ptr<3> to !llvm.ptr
      %v236 = arith.addi %v235, %v55 : i64
      %v237 = llvm.getelementptr %v67[%v236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v238 = llvm.addrspacecast %v237 : !llvm.ptr<3> to !llvm.ptr
      %v240 = arith.addi %v239, %v55 : i64
      %v241 = llvm.getelementptr %v67[%v240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v242 = llvm.addrspacecast %v241 : !llvm.ptr<3> to !llvm.ptr
      %v244 = arith.addi %v243, %v55 : i64
      %v245 = llvm.getelementptr %v67[%v244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v246 = llvm.addrspacecast %v245 : !llvm.ptr<3> to !llvm.ptr
      %v248 = arith.addi %v247, %v55 : i64
      %v249 = llvm.getelementptr %v67[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v250 = llvm.addrspacecast %v249 : !llvm.ptr<3> to !llvm.ptr
      %v252 = arith.addi %v251, %v55 : i64
      %v253 = llvm.getelementptr %v67[%v252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v254 = llvm.addrspacecast %v253 : !llvm.ptr<3> to !llvm.ptr
      %v256 = arith.addi %v255, %v55 : i64
      %v257 = llvm.getelementptr %v67[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v258 = llvm.addrspacecast %v257 : !llvm.ptr<3> to !llvm.ptr
      %v260 = arith.addi %v259, %v55 : i64
      %v261 = llvm.getelementptr %v67[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v262 = llvm.addrspacecast %v261 : !llvm.ptr<3> to !llvm.ptr
      %v264 = arith.addi %v263, %v55 : i64
      %v265 = llvm.getelementptr %v67[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v266 = llvm.addrspacecast %v265 : !llvm.ptr<3> to !llvm.ptr
      %v268 = arith.addi %v267, %v55 : i64
      %v269 = llvm.getelementptr %v67[%v268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v270 = llvm.addrspacecast %v269 : !llvm.ptr<3> to !llvm.ptr
      %v272 = arith.addi %v271, %v55 : i64
      %v273 = llvm.getelementptr %v67[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v274 = llvm.addrspacecast %v273 : !llvm.ptr<3> to !llvm.ptr
      %v276 = arith.addi %v275, %v55 : i64
      %v277 = llvm.getelementptr %v67[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v278 = llvm.addrspacecast %v277 : !llvm.ptr<3> to !llvm.ptr
      %v280 = arith.addi %v279, %v55 : i64
      %v281 = llvm.getelementptr %v67[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v282 = llvm.addrspacecast %v281 : !llvm.ptr<3> to !llvm.ptr
      %v284 = arith.addi %v283, %v55 : i64
      %v285 = llvm.getelementptr %v67[%v284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v286 = llvm.addrspacecast %v285 : !llvm.ptr<3> to !llvm.ptr
      %v288 = arith.addi %v287, %v55 : i64
      %v289 = llvm.getelementptr %v67[%v288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v290 = llvm.addrspacecast %v289 : !llvm.ptr<3> to !llvm.ptr
      %v292 = arith.addi %v291, %v55 : i64
      %v293 = llvm.getelementptr %v67[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v294 = llvm.addrspacecast %v293 : !llvm.ptr<3> to !llvm.ptr
      %v296 = arith.addi %v295, %v55 : i64
      %v297 = llvm.getelementptr %v67[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v298 = llvm.addrspacecast %v297 : !llvm.ptr<3> to !llvm.ptr
      %v300 = arith.addi %v299, %v55 : i64
      %v301 = llvm.getelementptr %v67[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v302 = llvm.addrspacecast %v301 : !llvm.ptr<3> to !llvm.ptr
      %v304 = arith.addi %v303, %v55 : i64
      %v305 = llvm.getelementptr %v67[%v304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v306 = llvm.addrspacecast %v305 : !llvm.ptr<3> to !llvm.ptr
      %v308 = arith.addi %v307, %v55 : i64
      %v309 = llvm.getelementptr %v67[%v308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v310 = llvm.addrspacecast %v309 : !llvm.ptr<3> to !llvm.ptr
      %v312 = arith.addi %v311, %v55 : i64
      %v313 = llvm.getelementptr %v67[%v312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v314 = llvm.addrspacecast %v313 : !llvm.ptr<3> to !llvm.ptr
      %v316 = arith.addi %v315, %v55 : i64
      %v317 = llvm.getelementptr %v67[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v318 = llvm.addrspacecast %v317 : !llvm.ptr<3> to !llvm.ptr
      %v320 = arith.addi %v319, %v55 : i64
      %v321 = llvm.getelementptr %v67[%v320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v322 = llvm.addrspacecast %v321 : !llvm.ptr<3> to !llvm.ptr
      %v324 = arith.addi %v323, %v55 : i64
      %v325 = llvm.getelementptr %v67[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v326 = llvm.addrspacecast %v325 : !llvm.ptr<3> to !llvm.ptr
      %v328 = arith.addi %v327, %v55 : i64
      %v329 = llvm.getelementptr %v67[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v330 = llvm.addrspacecast %v329 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v331, %v71 : f32, !llvm.ptr
      llvm.store %v331, %v74 : f32, !llvm.ptr
      llvm.store %v331, %v78 : f32, !llvm.ptr
      llvm.store %v331, %v82 : f32, !llvm.ptr
      llvm.store %v331, %v86 : f32, !llvm.ptr
      llvm.store %v331, %v90 : f32, !llvm.ptr
      llvm.store %v331, %v94 : f32, !llvm.ptr
      llvm.store %v331, %v98 : f32, !llvm.ptr
      llvm.store %v331, %v102 : f32, !llvm.ptr
      llvm.store %v331, %v106 : f32, !llvm.ptr
      llvm.store %v331, %v110 : f32, !llvm.ptr
      llvm.store %v331, %v114 : f32, !llvm.ptr
      llvm.store %v331, %v118 : f32, !llvm.ptr
      llvm.store %v331, %v122 : f32, !llvm.ptr
      llvm.store %v331, %v126 : f32, !llvm.ptr
      llvm.store %v331, %v130 : f32, !llvm.ptr
      llvm.store %v332, %v134 : f32, !llvm.ptr
      llvm.store %v332, %v138 : f32, !llvm.ptr
      llvm.store %v332, %v142 : f32, !llvm.ptr
      llvm.store %v332, %v146 : f32, !llvm.ptr
      llvm.store %v332, %v150 : f32, !llvm.ptr
      llvm.store %v332, %v154 : f32, !llvm.ptr
      llvm.store %v332, %v158 : f32, !llvm.ptr
      llvm.store %v332, %v162 : f32, !llvm.ptr
      llvm.store %v332, %v166 : f32, !llvm.ptr
      llvm.store %v332, %v170 : f32, !llvm.ptr
      llvm.store %v332, %v174 : f32, !llvm.ptr
      llvm.store %v332, %v178 : f32, !llvm.ptr
      llvm.store %v332, %v182 : f32, !llvm.ptr
      llvm.store %v332, %v186 : f32, !llvm.ptr
      llvm.store %v332, %v190 : f32, !llvm.ptr
      llvm.store %v332, %v194 : f32, !llvm.ptr
      llvm.store %v331, %v198 : f32, !llvm.ptr
      llvm.store %v331, %v202 : f32, !llvm.ptr
      llvm.store %v331, %v206 : f32, !llvm.ptr
      llvm.store %v331, %v210 : f32, !llvm.ptr
      llvm.store %v331, %v214 : f32, !llvm.ptr
      llvm.store %v331, %v218 : f32, !llvm.ptr
      llvm.store %v331, %v222 : f32, !llvm.ptr
      llvm.store %v331, %v226 : f32, !llvm.ptr
      llvm.store %v331, %v230 : f32, !llvm.ptr
      llvm.store %v331, %v234 : f32, !llvm.ptr
      llvm.store %v331, %v238 : f32, !llvm.ptr
      llvm.store %v331, %v242 : f32, !llvm.ptr
      llvm.store %v331, %v246 : f32, !llvm.ptr
      llvm.store %v331, %v250 : f32, !llvm.ptr
      llvm.store %v331, %v254 : f32, !llvm.ptr
      llvm.store %v331, %v258 : f32, !llvm.ptr
      llvm.store %v331, %v262 : f32, !llvm.ptr
      llvm.store %v331, %v266 : f32, !llvm.ptr
      llvm.store %v331, %v270 : f32, !llvm.ptr
      llvm.store %v331, %v274 : f32, !llvm.ptr
      llvm.store %v331, %v278 : f32, !llvm.ptr
      llvm.store %v331, %v282 : f32, !llvm.ptr
      llvm.store %v331, %v286 : f32, !llvm.ptr
      llvm.store %v331, %v290 : f32, !llvm.ptr
      llvm.store %v331, %v294 : f32, !llvm.ptr
      llvm.store %v331, %v298 : f32, !llvm.ptr
      llvm.store %v331, %v302 : f32, !llvm.ptr
      llvm.store %v331, %v306 : f32, !llvm.ptr
      llvm.store %v331, %v310 : f32, !llvm.ptr
      llvm.store %v331, %v314 : f32, !llvm.ptr
      llvm.store %v331, %v318 : f32, !llvm.ptr
      llvm.store %v331, %v322 : f32, !llvm.ptr
      llvm.store %v331, %v326 : f32, !llvm.ptr
      llvm.store %v331, %v330 : f32, !llvm.ptr
      %v333 = arith.subi %v57, %v2 : i64
      %v334 = arith.addi %size_L, %v333 : i64
      %v335 = arith.divui %v334, %v57 : i64
      %v336 = arith.subi %size_L, %v2 : i64
      %v337 = arith.cmpi eq, %size_L, %v68 : i64
      scf.if %v337 {
        %v340 = arith.muli %v65, %v339 : i64
        %v341 = arith.muli %v63, %v338 : i64
        %v342 = arith.addi %v340, %v341 : i64
        %v343 = llvm.mlir.zero : !llvm.ptr
        %v344 = llvm.icmp "ne" %in_h0, %v343 : !llvm.ptr
        %v345 = scf.if %v344 -> (f32) {
          %v346 = llvm.getelementptr %in_h0[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v347 = llvm.load %v346 : !llvm.ptr -> f32
          scf.yield %v347 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v345, %v37 : f32, !llvm.ptr
        %v348 = arith.muli %v65, %v339 : i64
        %v349 = arith.muli %v63, %v338 : i64
        %v350 = arith.addi %v348, %v349 : i64
        %v351 = arith.constant 1 : i64
        %v352 = arith.muli %v351, %v2 : i64
        %v353 = arith.addi %v350, %v352 : i64
        %v354 = llvm.mlir.zero : !llvm.ptr
        %v355 = llvm.icmp "ne" %in_h0, %v354 : !llvm.ptr
        %v356 = scf.if %v355 -> (f32) {
          %v357 = llvm.getelementptr %in_h0[%v353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v358 = llvm.load %v357 : !llvm.ptr -> f32
          scf.yield %v358 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v356, %v38 : f32, !llvm.ptr
        %v359 = arith.muli %v65, %v339 : i64
        %v360 = arith.muli %v63, %v338 : i64
        %v361 = arith.addi %v359, %v360 : i64
        %v362 = arith.constant 2 : i64
        %v363 = arith.muli %v362, %v2 : i64
        %v364 = arith.addi %v361, %v363 : i64
        %v365 = llvm.mlir.zero : !llvm.ptr
        %v366 = llvm.icmp "ne" %in_h0, %v365 : !llvm.ptr
        %v367 = scf.if %v366 -> (f32) {
          %v368 = llvm.getelementptr %in_h0[%v364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v369 = llvm.load %v368 : !llvm.ptr -> f32
          scf.yield %v369 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v367, %v39 : f32, !llvm.ptr
        %v370 = arith.muli %v65, %v339 : i64
        %v371 = arith.muli %v63, %v338 : i64
        %v372 = arith.addi %v370, %v371 : i64
        %v373 = arith.constant 3 : i64
        %v374 = arith.muli %v373, %v2 : i64
        %v375 = arith.addi %v372, %v374 : i64
        %v376 = llvm.mlir.zero : !llvm.ptr
        %v377 = llvm.icmp "ne" %in_h0, %v376 : !llvm.ptr
        %v378 = scf.if %v377 -> (f32) {
          %v379 = llvm.getelementptr %in_h0[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v380 = llvm.load %v379 : !llvm.ptr -> f32
          scf.yield %v380 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v378, %v40 : f32, !llvm.ptr
        %v381 = arith.muli %v65, %v339 : i64
        %v382 = arith.muli %v63, %v338 : i64
        %v383 = arith.addi %v381, %v382 : i64
        %v384 = arith.constant 4 : i64
        %v385 = arith.muli %v384, %v2 : i64
        %v386 = arith.addi %v383, %v385 : i64
        %v387 = llvm.mlir.zero : !llvm.ptr
        %v388 = llvm.icmp "ne" %in_h0, %v387 : !llvm.ptr
        %v389 = scf.if %v388 -> (f32) {
          %v390 = llvm.getelementptr %in_h0[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v391 = llvm.load %v390 : !llvm.ptr -> f32
          scf.yield %v391 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v389, %v41 : f32, !llvm.ptr
        %v392 = arith.muli %v65, %v339 : i64
        %v393 = arith.muli %v63, %v338 : i64
        %v394 = arith.addi %v392, %v393 : i64
        %v395 = arith.constant 5 : i64
        %v396 = arith.muli %v395, %v2 : i64
        %v397 = arith.addi %v394, %v396 : i64
        %v398 = llvm.mlir.zero : !llvm.ptr
        %v399 = llvm.icmp "ne" %in_h0, %v398 : !llvm.ptr
        %v400 = scf.if %v399 -> (f32) {
          %v401 = llvm.getelementptr %in_h0[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v402 = llvm.load %v401 : !llvm.ptr -> f32
          scf.yield %v402 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v400, %v42 : f32, !llvm.ptr
        %v403 = arith.muli %v65, %v339 : i64
        %v404 = arith.muli %v63, %v338 : i64
        %v405 = arith.addi %v403, %v404 : i64
        %v406 = arith.constant 6 : i64
        %v407 = arith.muli %v406, %v2 : i64
        %v408 = arith.addi %v405, %v407 : i64
        %v409 = llvm.mlir.zero : !llvm.ptr
        %v410 = llvm.icmp "ne" %in_h0, %v409 : !llvm.ptr
        %v411 = scf.if %v410 -> (f32) {
          %v412 = llvm.getelementptr %in_h0[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v413 = llvm.load %v412 : !llvm.ptr -> f32
          scf.yield %v413 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v411, %v43 : f32, !llvm.ptr
        %v414 = arith.muli %v65, %v339 : i64
        %v415 = arith.muli %v63, %v338 : i64
        %v416 = arith.addi %v414, %v415 : i64
        %v417 = arith.constant 7 : i64
        %v418 = arith.muli %v417, %v2 : i64
        %v419 = arith.addi %v416, %v418 : i64
        %v420 = llvm.mlir.zero : !llvm.ptr
        %v421 = llvm.icmp "ne" %in_h0, %v420 : !llvm.ptr
        %v422 = scf.if %v421 -> (f32) {
          %v423 = llvm.getelementptr %in_h0[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v424 = llvm.load %v423 : !llvm.ptr -> f32
          scf.yield %v424 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v422, %v44 : f32, !llvm.ptr
        %v425 = arith.muli %v65, %v339 : i64
        %v426 = arith.muli %v63, %v338 : i64
        %v427 = arith.addi %v425, %v426 : i64
        %v428 = arith.constant 8 : i64
        %v429 = arith.muli %v428, %v2 : i64
        %v430 = arith.addi %v427, %v429 : i64
        %v431 = llvm.mlir.zero : !llvm.ptr
        %v432 = llvm.icmp "ne" %in_h0, %v431 : !llvm.ptr
        %v433 = scf.if %v432 -> (f32) {
          %v434 = llvm.getelementptr %in_h0[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v435 = llvm.load %v434 : !llvm.ptr -> f32
          scf.yield %v435 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v433, %v45 : f32, !llvm.ptr
        %v436 = arith.muli %v65, %v339 : i64
        %v437 = arith.muli %v63, %v338 : i64
        %v438 = arith.addi %v436, %v437 : i64
        %v439 = arith.constant 9 : i64
        %v440 = arith.muli %v439, %v2 : i64
        %v441 = arith.addi %v438, %v440 : i64
        %v442 = llvm.mlir.zero : !llvm.ptr
        %v443 = llvm.icmp "ne" %in_h0, %v442 : !llvm.ptr
        %v444 = scf.if %v443 -> (f32) {
          %v445 = llvm.getelementptr %in_h0[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v446 = llvm.load %v445 : !llvm.ptr -> f32
          scf.yield %v446 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v444, %v46 : f32, !llvm.ptr
        %v447 = arith.muli %v65, %v339 : i64
        %v448 = arith.muli %v63, %v338 : i64
        %v449 = arith.addi %v447, %v448 : i64
        %v450 = arith.constant 10 : i64
        %v451 = arith.muli %v450, %v2 : i64
        %v452 = arith.addi %v449, %v451 : i64
        %v453 = llvm.mlir.zero : !llvm.ptr
        %v454 = llvm.icmp "ne" %in_h0, %v453 : !llvm.ptr
        %v455 = scf.if %v454 -> (f32) {
          %v456 = llvm.getelementptr %in_h0[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v457 = llvm.load %v456 : !llvm.ptr -> f32
          scf.yield %v457 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v455, %v47 : f32, !llvm.ptr
        %v458 = arith.muli %v65, %v339 : i64
        %v459 = arith.muli %v63, %v338 : i64
        %v460 = arith.addi %v458, %v459 : i64
        %v461 = arith.constant 11 : i64
        %v462 = arith.muli %v461, %v2 : i64
        %v463 = arith.addi %v460, %v462 : i64
        %v464 = llvm.mlir.zero : !llvm.ptr
        %v465 = llvm.icmp "ne" %in_h0, %v464 : !llvm.ptr
        %v466 = scf.if %v465 -> (f32) {
          %v467 = llvm.getelementptr %in_h0[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v468 = llvm.load %v467 : !llvm.ptr -> f32
          scf.yield %v468 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v466, %v48 : f32, !llvm.ptr
        %v469 = arith.muli %v65, %v339 : i64
        %v470 = arith.muli %v63, %v338 : i64
        %v471 = arith.addi %v469, %v470 : i64
        %v472 = arith.constant 12 : i64
        %v473 = arith.muli %v472, %v2 : i64
        %v474 = arith.addi %v471, %v473 : i64
        %v475 = llvm.mlir.zero : !llvm.ptr
        %v476 = llvm.icmp "ne" %in_h0, %v475 : !llvm.ptr
        %v477 = scf.if %v476 -> (f32) {
          %v478 = llvm.getelementptr %in_h0[%v474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v479 = llvm.load %v478 : !llvm.ptr -> f32
          scf.yield %v479 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v477, %v49 : f32, !llvm.ptr
        %v480 = arith.muli %v65, %v339 : i64
        %v481 = arith.muli %v63, %v338 : i64
        %v482 = arith.addi %v480, %v481 : i64
        %v483 = arith.constant 13 : i64
        %v484 = arith.muli %v483, %v2 : i64
        %v485 = arith.addi %v482, %v484 : i64
        %v486 = llvm.mlir.zero : !llvm.ptr
        %v487 = llvm.icmp "ne" %in_h0, %v486 : !llvm.ptr
        %v488 = scf.if %v487 -> (f32) {
          %v489 = llvm.getelementptr %in_h0[%v485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v490 = llvm.load %v489 : !llvm.ptr -> f32
          scf.yield %v490 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v488, %v50 : f32, !llvm.ptr
        %v491 = arith.muli %v65, %v339 : i64
        %v492 = arith.muli %v63, %v338 : i64
        %v493 = arith.addi %v491, %v492 : i64
        %v494 = arith.constant 14 : i64
        %v495 = arith.muli %v494, %v2 : i64
        %v496 = arith.addi %v493, %v495 : i64
        %v497 = llvm.mlir.zero : !llvm.ptr
        %v498 = llvm.icmp "ne" %in_h0, %v497 : !llvm.ptr
        %v499 = scf.if %v498 -> (f32) {
          %v500 = llvm.getelementptr %in_h0[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v501 = llvm.load %v500 : !llvm.ptr -> f32
          scf.yield %v501 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v499, %v51 : f32, !llvm.ptr
        %v502 = arith.muli %v65, %v339 : i64
        %v503 = arith.muli %v63, %v338 : i64
        %v504 = arith.addi %v502, %v503 : i64
        %v505 = arith.constant 15 : i64
        %v506 = arith.muli %v505, %v2 : i64
        %v507 = arith.addi %v504, %v506 : i64
        %v508 = llvm.mlir.zero : !llvm.ptr
        %v509 = llvm.icmp "ne" %in_h0, %v508 : !llvm.ptr
        %v510 = scf.if %v509 -> (f32) {
          %v511 = llvm.getelementptr %in_h0[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v512 = llvm.load %v511 : !llvm.ptr -> f32
          scf.yield %v512 : f32
        } else {
          scf.yield %v331 : f32
        }
        llvm.store %v510, %v52 : f32, !llvm.ptr
        %v513 = arith.muli %v65, %v339 : i64
        %v514 = arith.muli %v63, %v338 : i64
        %v515 = arith.addi %v513, %v514 : i64
        %v516 = llvm.getelementptr %dy_h_last[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v517 = llvm.load %v516 : !llvm.ptr -> f32
        %v518 = llvm.load %v71 : !llvm.ptr -> f32
        %v519 = arith.addf %v518, %v517 : f32
        llvm.store %v519, %v71 : f32, !llvm.ptr
        %v520 = arith.muli %v65, %v339 : i64
        %v521 = arith.muli %v63, %v338 : i64
        %v522 = arith.addi %v520, %v521 : i64
        %v523 = arith.constant 1 : i64
        %v524 = arith.muli %v523, %v2 : i64
        %v525 = arith.addi %v522, %v524 : i64
        %v526 = llvm.getelementptr %dy_h_last[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v527 = llvm.load %v526 : !llvm.ptr -> f32
        %v528 = llvm.load %v74 : !llvm.ptr -> f32
        %v529 = arith.addf %v528, %v527 : f32
        llvm.store %v529, %v74 : f32, !llvm.ptr
        %v530 = arith.muli %v65, %v339 : i64
        %v531 = arith.muli %v63, %v338 : i64
        %v532 = arith.addi %v530, %v531 : i64
        %v533 = arith.constant 2 : i64
        %v534 = arith.muli %v533, %v2 : i64
        %v535 = arith.addi %v532, %v534 : i64
        %v536 = llvm.getelementptr %dy_h_last[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v537 = llvm.load %v536 : !llvm.ptr -> f32
        %v538 = llvm.load %v78 : !llvm.ptr -> f32
        %v539 = arith.addf %v538, %v537 : f32
        llvm.store %v539, %v78 : f32, !llvm.ptr
        %v540 = arith.muli %v65, %v339 : i64
        %v541 = arith.muli %v63, %v338 : i64
        %v542 = arith.addi %v540, %v541 : i64
        %v543 = arith.constant 3 : i64
        %v544 = arith.muli %v543, %v2 : i64
        %v545 = arith.addi %v542, %v544 : i64
        %v546 = llvm.getelementptr %dy_h_last[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v547 = llvm.load %v546 : !llvm.ptr -> f32
        %v548 = llvm.load %v82 : !llvm.ptr -> f32
        %v549 = arith.addf %v548, %v547 : f32
        llvm.store %v549, %v82 : f32, !llvm.ptr
        %v550 = arith.muli %v65, %v339 : i64
        %v551 = arith.muli %v63, %v338 : i64
        %v552 = arith.addi %v550, %v551 : i64
        %v553 = arith.constant 4 : i64
        %v554 = arith.muli %v553, %v2 : i64
        %v555 = arith.addi %v552, %v554 : i64
        %v556 = llvm.getelementptr %dy_h_last[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v557 = llvm.load %v556 : !llvm.ptr -> f32
        %v558 = llvm.load %v86 : !llvm.ptr -> f32
        %v559 = arith.addf %v558, %v557 : f32
        llvm.store %v559, %v86 : f32, !llvm.ptr
        %v560 = arith.muli %v65, %v339 : i64
        %v561 = arith.muli %v63, %v338 : i64
        %v562 = arith.addi %v560, %v561 : i64
        %v563 = arith.constant 5 : i64
        %v564 = arith.muli %v563, %v2 : i64
        %v565 = arith.addi %v562, %v564 : i64
        %v566 = llvm.getelementptr %dy_h_last[%v565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v567 = llvm.load %v566 : !llvm.ptr -> f32
        %v568 = llvm.load %v90 : !llvm.ptr -> f32
        %v569 = arith.addf %v568, %v567 : f32
        llvm.store %v569, %v90 : f32, !llvm.ptr
        %v570 = arith.muli %v65, %v339 : i64
        %v571 = arith.muli %v63, %v338 : i64
        %v572 = arith.addi %v570, %v571 : i64
        %v573 = arith.constant 6 : i64
        %v574 = arith.muli %v573, %v2 : i64
        %v575 = arith.addi %v572, %v574 : i64
        %v576 = llvm.getelementptr %dy_h_last[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v577 = llvm.load %v576 : !llvm.ptr -> f32
        %v578 = llvm.load %v94 : !llvm.ptr -> f32
        %v579 = arith.addf %v578, %v577 : f32
        llvm.store %v579, %v94 : f32, !llvm.ptr
        %v580 = arith.muli %v65, %v339 : i64
        %v581 = arith.muli %v63, %v338 : i64
        %v582 = arith.addi %v580, %v581 : i64
        %v583 = arith.constant 7 : i64
        %v584 = arith.muli %v583, %v2 : i64
        %v585 = arith.addi %v582, %v584 : i64
        %v586 = llvm.getelementptr %dy_h_last[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v587 = llvm.load %v586 : !llvm.ptr -> f32
        %v588 = llvm.load %v98 : !llvm.ptr -> f32
        %v589 = arith.addf %v588, %v587 : f32
        llvm.store %v589, %v98 : f32, !llvm.ptr
        %v590 = arith.muli %v65, %v339 : i64
        %v591 = arith.muli %v63, %v338 : i64
        %v592 = arith.addi %v590, %v591 : i64
        %v593 = arith.constant 8 : i64
        %v594 = arith.muli %v593, %v2 : i64
        %v595 = arith.addi %v592, %v594 : i64
        %v596 = llvm.getelementptr %dy_h_last[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v597 = llvm.load %v596 : !llvm.ptr -> f32
        %v598 = llvm.load %v102 : !llvm.ptr -> f32
        %v599 = arith.addf %v598, %v597 : f32
        llvm.store %v599, %v102 : f32, !llvm.ptr
        %v600 = arith.muli %v65, %v339 : i64
        %v601 = arith.muli %v63, %v338 : i64
        %v602 = arith.addi %v600, %v601 : i64
        %v603 = arith.constant 9 : i64
        %v604 = arith.muli %v603, %v2 : i64
        %v605 = arith.addi %v602, %v604 : i64
        %v606 = llvm.getelementptr %dy_h_last[%v605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v607 = llvm.load %v606 : !llvm.ptr -> f32
        %v608 = llvm.load %v106 : !llvm.ptr -> f32
        %v609 = arith.addf %v608, %v607 : f32
        llvm.store %v609, %v106 : f32, !llvm.ptr
        %v610 = arith.muli %v65, %v339 : i64
        %v611 = arith.muli %v63, %v338 : i64
        %v612 = arith.addi %v610, %v611 : i64
        %v613 = arith.constant 10 : i64
        %v614 = arith.muli %v613, %v2 : i64
        %v615 = arith.addi %v612, %v614 : i64
        %v616 = llvm.getelementptr %dy_h_last[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v617 = llvm.load %v616 : !llvm.ptr -> f32
        %v618 = llvm.load %v110 : !llvm.ptr -> f32
        %v619 = arith.addf %v618, %v617 : f32
        llvm.store %v619, %v110 : f32, !llvm.ptr
        %v620 = arith.muli %v65, %v339 : i64
        %v621 = arith.muli %v63, %v338 : i64
        %v622 = arith.addi %v620, %v621 : i64
        %v623 = arith.constant 11 : i64
        %v624 = arith.muli %v623, %v2 : i64
        %v625 = arith.addi %v622, %v624 : i64
        %v626 = llvm.getelementptr %dy_h_last[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v627 = llvm.load %v626 : !llvm.ptr -> f32
        %v628 = llvm.load %v114 : !llvm.ptr -> f32
        %v629 = arith.addf %v628, %v627 : f32
        llvm.store %v629, %v114 : f32, !llvm.ptr
        %v630 = arith.muli %v65, %v339 : i64
        %v631 = arith.muli %v63, %v338 : i64
        %v632 = arith.addi %v630, %v631 : i64
        %v633 = arith.constant 12 : i64
        %v634 = arith.muli %v633, %v2 : i64
        %v635 = arith.addi %v632, %v634 : i64
        %v636 = llvm.getelementptr %dy_h_last[%v635] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v637 = llvm.load %v636 : !llvm.ptr -> f32
        %v638 = llvm.load %v118 : !llvm.ptr -> f32
        %v639 = arith.addf %v638, %v637 : f32
        llvm.store %v639, %v118 : f32, !llvm.ptr
        %v640 = arith.muli %v65, %v339 : i64
        %v641 = arith.muli %v63, %v338 : i64
        %v642 = arith.addi %v640, %v641 : i64
        %v643 = arith.constant 13 : i64
        %v644 = arith.muli %v643, %v2 : i64
        %v645 = arith.addi %v642, %v644 : i64
        %v646 = llvm.getelementptr %dy_h_last[%v645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v647 = llvm.load %v646 : !llvm.ptr -> f32
        %v648 = llvm.load %v122 : !llvm.ptr -> f32
        %v649 = arith.addf %v648, %v647 : f32
        llvm.store %v649, %v122 : f32, !llvm.ptr
        %v650 = arith.muli %v65, %v339 : i64
        %v651 = arith.muli %v63, %v338 : i64
        %v652 = arith.addi %v650, %v651 : i64
        %v653 = arith.constant 14 : i64
        %v654 = arith.muli %v653, %v2 : i64
        %v655 = arith.addi %v652, %v654 : i64
        %v656 = llvm.getelementptr %dy_h_last[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v657 = llvm.load %v656 : !llvm.ptr -> f32
        %v658 = llvm.load %v126 : !llvm.ptr -> f32
        %v659 = arith.addf %v658, %v657 : f32
        llvm.store %v659, %v126 : f32, !llvm.ptr
        %v660 = arith.muli %v65, %v339 : i64
        %v661 = arith.muli %v63, %v338 : i64
        %v662 = arith.addi %v660, %v661 : i64
        %v663 = arith.constant 15 : i64
        %v664 = arith.muli %v663, %v2 : i64
        %v665 = arith.addi %v662, %v664 : i64
        %v666 = llvm.getelementptr %dy_h_last[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v667 = llvm.load %v666 : !llvm.ptr -> f32
        %v668 = llvm.load %v130 : !llvm.ptr -> f32
        %v669 = arith.addf %v668, %v667 : f32
        llvm.store %v669, %v130 : f32, !llvm.ptr
      }
      %v670 = arith.index_cast %v68 : i64 to index
      %v671 = arith.index_cast %v335 : i64 to index
      %v672 = arith.index_cast %v2 : i64 to index
      scf.for %v673 = %v670 to %v671 step %v672 {
        %v674 = arith.index_cast %v673 : index to i64
        %v675 = arith.subi %v335, %v2 : i64
        %v676 = arith.subi %v675, %v674 : i64
        %v677 = arith.muli %v676, %v57 : i64
        %v678 = arith.subi %size_L, %v677 : i64
        %v679 = arith.minsi %v678, %v57 : i64
        %v683 = arith.muli %v676, %v682 : i64
        %v684 = arith.muli %v65, %v339 : i64
        %v685 = arith.muli %v63, %v338 : i64
        %v686 = arith.addi %v684, %v685 : i64
        %v687 = arith.addi %v683, %v686 : i64
        %v688 = llvm.getelementptr %ckpt_h[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v689 = llvm.load %v688 : !llvm.ptr -> f32
        llvm.store %v689, %v21 : f32, !llvm.ptr
        %v693 = arith.muli %v676, %v692 : i64
        %v694 = arith.muli %v65, %v339 : i64
        %v695 = arith.muli %v63, %v338 : i64
        %v696 = arith.addi %v694, %v695 : i64
        %v697 = arith.constant 1 : i64
        %v698 = arith.muli %v697, %v2 : i64
        %v699 = arith.addi %v696, %v698 : i64
        %v700 = arith.addi %v693, %v699 : i64
        %v701 = llvm.getelementptr %ckpt_h[%v700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v702 = llvm.load %v701 : !llvm.ptr -> f32
        llvm.store %v702, %v22 : f32, !llvm.ptr
        %v706 = arith.muli %v676, %v705 : i64
        %v707 = arith.muli %v65, %v339 : i64
        %v708 = arith.muli %v63, %v338 : i64
        %v709 = arith.addi %v707, %v708 : i64
        %v710 = arith.constant 2 : i64
        %v711 = arith.muli %v710, %v2 : i64
        %v712 = arith.addi %v709, %v711 : i64
        %v713 = arith.addi %v706, %v712 : i64
        %v714 = llvm.getelementptr %ckpt_h[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v715 = llvm.load %v714 : !llvm.ptr -> f32
        llvm.store %v715, %v23 : f32, !llvm.ptr
        %v719 = arith.muli %v676, %v718 : i64
        %v720 = arith.muli %v65, %v339 : i64
        %v721 = arith.muli %v63, %v338 : i64
        %v722 = arith.addi %v720, %v721 : i64
        %v723 = arith.constant 3 : i64
        %v724 = arith.muli %v723, %v2 : i64
        %v725 = arith.addi %v722, %v724 : i64
        %v726 = arith.addi %v719, %v725 : i64
        %v727 = llvm.getelementptr %ckpt_h[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v728 = llvm.load %v727 : !llvm.ptr -> f32
        llvm.store %v728, %v24 : f32, !llvm.ptr
        %v732 = arith.muli %v676, %v731 : i64
        %v733 = arith.muli %v65, %v339 : i64
        %v734 = arith.muli %v63, %v338 : i64
        %v735 = arith.addi %v733, %v734 : i64
        %v736 = arith.constant 4 : i64
        %v737 = arith.muli %v736, %v2 : i64
        %v738 = arith.addi %v735, %v737 : i64
        %v739 = arith.addi %v732, %v738 : i64
        %v740 = llvm.getelementptr %ckpt_h[%v739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v741 = llvm.load %v740 : !llvm.ptr -> f32
        llvm.store %v741, %v25 : f32, !llvm.ptr
        %v745 = arith.muli %v676, %v744 : i64
        %v746 = arith.muli %v65, %v339 : i64
        %v747 = arith.muli %v63, %v338 : i64
        %v748 = arith.addi %v746, %v747 : i64
        %v749 = arith.constant 5 : i64
        %v750 = arith.muli %v749, %v2 : i64
        %v751 = arith.addi %v748, %v750 : i64
        %v752 = arith.addi %v745, %v751 : i64
        %v753 = llvm.getelementptr %ckpt_h[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v754 = llvm.load %v753 : !llvm.ptr -> f32
        llvm.store %v754, %v26 : f32, !llvm.ptr
        %v758 = arith.muli %v676, %v757 : i64
        %v759 = arith.muli %v65, %v339 : i64
        %v760 = arith.muli %v63, %v338 : i64
        %v761 = arith.addi %v759, %v760 : i64
        %v762 = arith.constant 6 : i64
        %v763 = arith.muli %v762, %v2 : i64
        %v764 = arith.addi %v761, %v763 : i64
        %v765 = arith.addi %v758, %v764 : i64
        %v766 = llvm.getelementptr %ckpt_h[%v765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v767 = llvm.load %v766 : !llvm.ptr -> f32
        llvm.store %v767, %v27 : f32, !llvm.ptr
        %v771 = arith.muli %v676, %v770 : i64
        %v772 = arith.muli %v65, %v339 : i64
        %v773 = arith.muli %v63, %v338 : i64
        %v774 = arith.addi %v772, %v773 : i64
        %v775 = arith.constant 7 : i64
        %v776 = arith.muli %v775, %v2 : i64
        %v777 = arith.addi %v774, %v776 : i64
        %v778 = arith.addi %v771, %v777 : i64
        %v779 = llvm.getelementptr %ckpt_h[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v780 = llvm.load %v779 : !llvm.ptr -> f32
        llvm.store %v780, %v28 : f32, !llvm.ptr
        %v784 = arith.muli %v676, %v783 : i64
        %v785 = arith.muli %v65, %v339 : i64
        %v786 = arith.muli %v63, %v338 : i64
        %v787 = arith.addi %v785, %v786 : i64
        %v788 = arith.constant 8 : i64
        %v789 = arith.muli %v788, %v2 : i64
        %v790 = arith.addi %v787, %v789 : i64
        %v791 = arith.addi %v784, %v790 : i64
        %v792 = llvm.getelementptr %ckpt_h[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v793 = llvm.load %v792 : !llvm.ptr -> f32
        llvm.store %v793, %v29 : f32, !llvm.ptr
        %v797 = arith.muli %v676, %v796 : i64
        %v798 = arith.muli %v65, %v339 : i64
        %v799 = arith.muli %v63, %v338 : i64
        %v800 = arith.addi %v798, %v799 : i64
        %v801 = arith.constant 9 : i64
        %v802 = arith.muli %v801, %v2 : i64
        %v803 = arith.addi %v800, %v802 : i64
        %v804 = arith.addi %v797, %v803 : i64
        %v805 = llvm.getelementptr %ckpt_h[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v806 = llvm.load %v805 : !llvm.ptr -> f32
        llvm.store %v806, %v30 : f32, !llvm.ptr
        %v810 = arith.muli %v676, %v809 : i64
        %v811 = arith.muli %v65, %v339 : i64
        %v812 = arith.muli %v63, %v338 : i64
        %v813 = arith.addi %v811, %v812 : i64
        %v814 = arith.constant 10 : i64
        %v815 = arith.muli %v814, %v2 : i64
        %v816 = arith.addi %v813, %v815 : i64
        %v817 = arith.addi %v810, %v816 : i64
        %v818 = llvm.getelementptr %ckpt_h[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v819 = llvm.load %v818 : !llvm.ptr -> f32
        llvm.store %v819, %v31 : f32, !llvm.ptr
        %v823 = arith.muli %v676, %v822 : i64
        %v824 = arith.muli %v65, %v339 : i64
        %v825 = arith.muli %v63, %v338 : i64
        %v826 = arith.addi %v824, %v825 : i64
        %v827 = arith.constant 11 : i64
        %v828 = arith.muli %v827, %v2 : i64
        %v829 = arith.addi %v826, %v828 : i64
        %v830 = arith.addi %v823, %v829 : i64
        %v831 = llvm.getelementptr %ckpt_h[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v832 = llvm.load %v831 : !llvm.ptr -> f32
        llvm.store %v832, %v32 : f32, !llvm.ptr
        %v836 = arith.muli %v676, %v835 : i64
        %v837 = arith.muli %v65, %v339 : i64
        %v838 = arith.muli %v63, %v338 : i64
        %v839 = arith.addi %v837, %v838 : i64
        %v840 = arith.constant 12 : i64
        %v841 = arith.muli %v840, %v2 : i64
        %v842 = arith.addi %v839, %v841 : i64
        %v843 = arith.addi %v836, %v842 : i64
        %v844 = llvm.getelementptr %ckpt_h[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v845 = llvm.load %v844 : !llvm.ptr -> f32
        llvm.store %v845, %v33 : f32, !llvm.ptr
        %v849 = arith.muli %v676, %v848 : i64
        %v850 = arith.muli %v65, %v339 : i64
        %v851 = arith.muli %v63, %v338 : i64
        %v852 = arith.addi %v850, %v851 : i64
        %v853 = arith.constant 13 : i64
        %v854 = arith.muli %v853, %v2 : i64
        %v855 = arith.addi %v852, %v854 : i64
        %v856 = arith.addi %v849, %v855 : i64
        %v857 = llvm.getelementptr %ckpt_h[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v858 = llvm.load %v857 : !llvm.ptr -> f32
        llvm.store %v858, %v34 : f32, !llvm.ptr
        %v862 = arith.muli %v676, %v861 : i64
        %v863 = arith.muli %v65, %v339 : i64
        %v864 = arith.muli %v63, %v338 : i64
        %v865 = arith.addi %v863, %v864 : i64
        %v866 = arith.constant 14 : i64
        %v867 = arith.muli %v866, %v2 : i64
        %v868 = arith.addi %v865, %v867 : i64
        %v869 = arith.addi %v862, %v868 : i64
        %v870 = llvm.getelementptr %ckpt_h[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v871 = llvm.load %v870 : !llvm.ptr -> f32
        llvm.store %v871, %v35 : f32, !llvm.ptr
        %v875 = arith.muli %v676, %v874 : i64
        %v876 = arith.muli %v65, %v339 : i64
        %v877 = arith.muli %v63, %v338 : i64
        %v878 = arith.addi %v876, %v877 : i64
        %v879 = arith.constant 15 : i64
        %v880 = arith.muli %v879, %v2 : i64
        %v881 = arith.addi %v878, %v880 : i64
        %v882 = arith.addi %v875, %v881 : i64
        %v883 = llvm.getelementptr %ckpt_h[%v882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v884 = llvm.load %v883 : !llvm.ptr -> f32
        llvm.store %v884, %v36 : f32, !llvm.ptr
        %v885 = arith.index_cast %v68 : i64 to index
        %v886 = arith.index_cast %v679 : i64 to index
        %v887 = arith.index_cast %v2 : i64 to index
        scf.for %v888 = %v885 to %v886 step %v887 {
          %v889 = arith.index_cast %v888 : index to i64
          %v890 = arith.addi %v677, %v889 : i64
          %v893 = arith.muli %v65, %v892 : i64
          %v894 = arith.muli %v890, %v891 : i64
          %v895 = arith.addi %v893, %v894 : i64
          %v896 = arith.muli %v63, %v2 : i64
          %v897 = arith.addi %v895, %v896 : i64
          %v898 = llvm.getelementptr %in_delta[%v897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v899 = llvm.load %v898 : !llvm.ptr -> f32
          %v900 = arith.muli %v63, %v2 : i64
          %v901 = llvm.getelementptr %in_dt_bias[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v902 = llvm.load %v901 : !llvm.ptr -> f32
          %v903 = arith.addf %v899, %v902 : f32
          %v904 = arith.maximumf %v903, %v331 : f32
          %v905 = llvm.call_intrinsic "llvm.fabs.f32"(%v903) : (f32) -> f32
          %v906 = arith.negf %v905 : f32
          %v908 = arith.mulf %v906, %v907 : f32
          %v909 = llvm.call_intrinsic "llvm.exp2.f32"(%v908) : (f32) -> f32
          %v910 = arith.addf %v332, %v909 : f32
          %v911 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v910) : (f32) -> f32
          %v913 = arith.mulf %v911, %v912 : f32
          %v915 = arith.mulf %v914, %v909 : f32
          %v917 = arith.addf %v915, %v916 : f32
          %v918 = arith.mulf %v917, %v909 : f32
          %v920 = arith.addf %v918, %v919 : f32
          %v921 = arith.mulf %v920, %v909 : f32
          %v923 = arith.addf %v921, %v922 : f32
          %v924 = arith.mulf %v923, %v909 : f32
          %v926 = arith.addf %v924, %v925 : f32
          %v927 = arith.mulf %v926, %v909 : f32
          %v929 = arith.addf %v927, %v928 : f32
          %v930 = arith.mulf %v929, %v909 : f32
          %v931 = arith.addf %v930, %v332 : f32
          %v932 = arith.mulf %v931, %v909 : f32
          %v933 = llvm.call_intrinsic "llvm.fabs.f32"(%v909) : (f32) -> f32
          %v935 = arith.cmpf olt, %v933, %v934 : f32
          %v936 = arith.select %v935, %v932, %v913 : f32
          %v937 = arith.addf %v904, %v936 : f32
          %v939 = arith.muli %v63, %v938 : i64
          %v940 = llvm.getelementptr %in_A[%v939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v941 = llvm.load %v940 : !llvm.ptr -> f32
          %v942 = arith.mulf %v937, %v941 : f32
          %v943 = arith.mulf %v942, %v907 : f32
          %v944 = llvm.call_intrinsic "llvm.exp2.f32"(%v943) : (f32) -> f32
          %v947 = arith.muli %v65, %v946 : i64
          %v948 = arith.muli %v890, %v945 : i64
          %v949 = arith.addi %v947, %v948 : i64
          %v950 = llvm.getelementptr %in_Bm[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v951 = llvm.load %v950 : !llvm.ptr -> f32
          %v952 = arith.muli %v65, %v892 : i64
          %v953 = arith.muli %v890, %v891 : i64
          %v954 = arith.addi %v952, %v953 : i64
          %v955 = arith.muli %v63, %v2 : i64
          %v956 = arith.addi %v954, %v955 : i64
          %v957 = llvm.getelementptr %in_u[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v958 = llvm.load %v957 : !llvm.ptr -> f32
          %v959 = arith.mulf %v937, %v958 : f32
          %v960 = arith.mulf %v951, %v959 : f32
          %v961 = llvm.load %v21 : !llvm.ptr -> f32
          %v962 = arith.mulf %v944, %v961 : f32
          %v963 = arith.addf %v962, %v960 : f32
          scf.if %v60 {
            %v964 = arith.muli %v889, %v4 : i64
            %v965 = arith.subi %v4, %v2 : i64
            %v966 = arith.minsi %v59, %v965 : i64
            %v967 = arith.addi %v964, %v966 : i64
            %v968 = arith.muli %v967, %v1 : i64
            %v969 = arith.addi %v968, %v68 : i64
            %v970 = llvm.getelementptr %scratch_h[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v963, %v970 : f32, !llvm.ptr
          }
          llvm.store %v963, %v21 : f32, !llvm.ptr
          %v971 = arith.muli %v63, %v938 : i64
          %v972 = arith.constant 1 : i64
          %v973 = arith.muli %v972, %v2 : i64
          %v974 = arith.addi %v971, %v973 : i64
          %v975 = llvm.getelementptr %in_A[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v976 = llvm.load %v975 : !llvm.ptr -> f32
          %v977 = arith.mulf %v937, %v976 : f32
          %v978 = arith.mulf %v977, %v907 : f32
          %v979 = llvm.call_intrinsic "llvm.exp2.f32"(%v978) : (f32) -> f32
          %v980 = arith.muli %v65, %v946 : i64
          %v981 = arith.muli %v890, %v945 : i64
          %v982 = arith.addi %v980, %v981 : i64
          %v983 = arith.constant 1 : i64
          %v984 = arith.muli %v983, %v2 : i64
          %v985 = arith.addi %v982, %v984 : i64
          %v986 = llvm.getelementptr %in_Bm[%v985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v987 = llvm.load %v986 : !llvm.ptr -> f32
          %v988 = arith.mulf %v987, %v959 : f32
          %v989 = llvm.load %v22 : !llvm.ptr -> f32
          %v990 = arith.mulf %v979, %v989 : f32
          %v991 = arith.addf %v990, %v988 : f32
          scf.if %v60 {
            %v992 = arith.muli %v889, %v4 : i64
            %v993 = arith.subi %v4, %v2 : i64
            %v994 = arith.minsi %v59, %v993 : i64
            %v995 = arith.addi %v992, %v994 : i64
            %v996 = arith.muli %v995, %v1 : i64
            %v997 = arith.addi %v996, %v2 : i64
            %v998 = llvm.getelementptr %scratch_h[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v991, %v998 : f32, !llvm.ptr
          }
          llvm.store %v991, %v22 : f32, !llvm.ptr
          %v999 = arith.muli %v63, %v938 : i64
          %v1000 = arith.constant 2 : i64
          %v1001 = arith.muli %v1000, %v2 : i64
          %v1002 = arith.addi %v999, %v1001 : i64
          %v1003 = llvm.getelementptr %in_A[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
          %v1005 = arith.mulf %v937, %v1004 : f32
          %v1006 = arith.mulf %v1005, %v907 : f32
          %v1007 = llvm.call_intrinsic "llvm.exp2.f32"(%v1006) : (f32) -> f32
          %v1008 = arith.muli %v65, %v946 : i64
          %v1009 = arith.muli %v890, %v945 : i64
          %v1010 = arith.addi %v1008, %v1009 : i64
          %v1011 = arith.constant 2 : i64
          %v1012 = arith.muli %v1011, %v2 : i64
          %v1013 = arith.addi %v1010, %v1012 : i64
          %v1014 = llvm.getelementptr %in_Bm[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1015 = llvm.load %v1014 : !llvm.ptr -> f32
          %v1016 = arith.mulf %v1015, %v959 : f32
          %v1017 = llvm.load %v23 : !llvm.ptr -> f32
          %v1018 = arith.mulf %v1007, %v1017 : f32
          %v1019 = arith.addf %v1018, %v1016 : f32
          scf.if %v60 {
            %v1020 = arith.muli %v889, %v4 : i64
            %v1021 = arith.subi %v4, %v2 : i64
            %v1022 = arith.minsi %v59, %v1021 : i64
            %v1023 = arith.addi %v1020, %v1022 : i64
            %v1024 = arith.muli %v1023, %v1 : i64
            %v1026 = arith.addi %v1024, %v1025 : i64
            %v1027 = llvm.getelementptr %scratch_h[%v1026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1019, %v1027 : f32, !llvm.ptr
          }
          llvm.store %v1019, %v23 : f32, !llvm.ptr
          %v1028 = arith.muli %v63, %v938 : i64
          %v1029 = arith.constant 3 : i64
          %v1030 = arith.muli %v1029, %v2 : i64
          %v1031 = arith.addi %v1028, %v1030 : i64
          %v1032 = llvm.getelementptr %in_A[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1033 = llvm.load %v1032 : !llvm.ptr -> f32
          %v1034 = arith.mulf %v937, %v1033 : f32
          %v1035 = arith.mulf %v1034, %v907 : f32
          %v1036 = llvm.call_intrinsic "llvm.exp2.f32"(%v1035) : (f32) -> f32
          %v1037 = arith.muli %v65, %v946 : i64
          %v1038 = arith.muli %v890, %v945 : i64
          %v1039 = arith.addi %v1037, %v1038 : i64
          %v1040 = arith.constant 3 : i64
          %v1041 = arith.muli %v1040, %v2 : i64
          %v1042 = arith.addi %v1039, %v1041 : i64
          %v1043 = llvm.getelementptr %in_Bm[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1044 = llvm.load %v1043 : !llvm.ptr -> f32
          %v1045 = arith.mulf %v1044, %v959 : f32
          %v1046 = llvm.load %v24 : !llvm.ptr -> f32
          %v1047 = arith.mulf %v1036, %v1046 : f32
          %v1048 = arith.addf %v1047, %v1045 : f32
          scf.if %v60 {
            %v1049 = arith.muli %v889, %v4 : i64
            %v1050 = arith.subi %v4, %v2 : i64
            %v1051 = arith.minsi %v59, %v1050 : i64
            %v1052 = arith.addi %v1049, %v1051 : i64
            %v1053 = arith.muli %v1052, %v1 : i64
            %v1055 = arith.addi %v1053, %v1054 : i64
            %v1056 = llvm.getelementptr %scratch_h[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1048, %v1056 : f32, !llvm.ptr
          }
          llvm.store %v1048, %v24 : f32, !llvm.ptr
          %v1057 = arith.muli %v63, %v938 : i64
          %v1058 = arith.constant 4 : i64
          %v1059 = arith.muli %v1058, %v2 : i64
          %v1060 = arith.addi %v1057, %v1059 : i64
          %v1061 = llvm.getelementptr %in_A[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
          %v1063 = arith.mulf %v937, %v1062 : f32
          %v1064 = arith.mulf %v1063, %v907 : f32
          %v1065 = llvm.call_intrinsic "llvm.exp2.f32"(%v1064) : (f32) -> f32
          %v1066 = arith.muli %v65, %v946 : i64
          %v1067 = arith.muli %v890, %v945 : i64
          %v1068 = arith.addi %v1066, %v1067 : i64
          %v1069 = arith.constant 4 : i64
          %v1070 = arith.muli %v1069, %v2 : i64
          %v1071 = arith.addi %v1068, %v1070 : i64
          %v1072 = llvm.getelementptr %in_Bm[%v1071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1073 = llvm.load %v1072 : !llvm.ptr -> f32
          %v1074 = arith.mulf %v1073, %v959 : f32
          %v1075 = llvm.load %v25 : !llvm.ptr -> f32
          %v1076 = arith.mulf %v1065, %v1075 : f32
          %v1077 = arith.addf %v1076, %v1074 : f32
          scf.if %v60 {
            %v1078 = arith.muli %v889, %v4 : i64
            %v1079 = arith.subi %v4, %v2 : i64
            %v1080 = arith.minsi %v59, %v1079 : i64
            %v1081 = arith.addi %v1078, %v1080 : i64
            %v1082 = arith.muli %v1081, %v1 : i64
            %v1084 = arith.addi %v1082, %v1083 : i64
            %v1085 = llvm.getelementptr %scratch_h[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1077, %v1085 : f32, !llvm.ptr
          }
          llvm.store %v1077, %v25 : f32, !llvm.ptr
          %v1086 = arith.muli %v63, %v938 : i64
          %v1087 = arith.constant 5 : i64
          %v1088 = arith.muli %v1087, %v2 : i64
          %v1089 = arith.addi %v1086, %v1088 : i64
          %v1090 = llvm.getelementptr %in_A[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
          %v1092 = arith.mulf %v937, %v1091 : f32
          %v1093 = arith.mulf %v1092, %v907 : f32
          %v1094 = llvm.call_intrinsic "llvm.exp2.f32"(%v1093) : (f32) -> f32
          %v1095 = arith.muli %v65, %v946 : i64
          %v1096 = arith.muli %v890, %v945 : i64
          %v1097 = arith.addi %v1095, %v1096 : i64
          %v1098 = arith.constant 5 : i64
          %v1099 = arith.muli %v1098, %v2 : i64
          %v1100 = arith.addi %v1097, %v1099 : i64
          %v1101 = llvm.getelementptr %in_Bm[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
          %v1103 = arith.mulf %v1102, %v959 : f32
          %v1104 = llvm.load %v26 : !llvm.ptr -> f32
          %v1105 = arith.mulf %v1094, %v1104 : f32
          %v1106 = arith.addf %v1105, %v1103 : f32
          scf.if %v60 {
            %v1107 = arith.muli %v889, %v4 : i64
            %v1108 = arith.subi %v4, %v2 : i64
            %v1109 = arith.minsi %v59, %v1108 : i64
            %v1110 = arith.addi %v1107, %v1109 : i64
            %v1111 = arith.muli %v1110, %v1 : i64
            %v1113 = arith.addi %v1111, %v1112 : i64
            %v1114 = llvm.getelementptr %scratch_h[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1106, %v1114 : f32, !llvm.ptr
          }
          llvm.store %v1106, %v26 : f32, !llvm.ptr
          %v1115 = arith.muli %v63, %v938 : i64
          %v1116 = arith.constant 6 : i64
          %v1117 = arith.muli %v1116, %v2 : i64
          %v1118 = arith.addi %v1115, %v1117 : i64
          %v1119 = llvm.getelementptr %in_A[%v1118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1120 = llvm.load %v1119 : !llvm.ptr -> f32
          %v1121 = arith.mulf %v937, %v1120 : f32
          %v1122 = arith.mulf %v1121, %v907 : f32
          %v1123 = llvm.call_intrinsic "llvm.exp2.f32"(%v1122) : (f32) -> f32
          %v1124 = arith.muli %v65, %v946 : i64
          %v1125 = arith.muli %v890, %v945 : i64
          %v1126 = arith.addi %v1124, %v1125 : i64
          %v1127 = arith.constant 6 : i64
          %v1128 = arith.muli %v1127, %v2 : i64
          %v1129 = arith.addi %v1126, %v1128 : i64
          %v1130 = llvm.getelementptr %in_Bm[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
          %v1132 = arith.mulf %v1131, %v959 : f32
          %v1133 = llvm.load %v27 : !llvm.ptr -> f32
          %v1134 = arith.mulf %v1123, %v1133 : f32
          %v1135 = arith.addf %v1134, %v1132 : f32
          scf.if %v60 {
            %v1136 = arith.muli %v889, %v4 : i64
            %v1137 = arith.subi %v4, %v2 : i64
            %v1138 = arith.minsi %v59, %v1137 : i64
            %v1139 = arith.addi %v1136, %v1138 : i64
            %v1140 = arith.muli %v1139, %v1 : i64
            %v1142 = arith.addi %v1140, %v1141 : i64
            %v1143 = llvm.getelementptr %scratch_h[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1135, %v1143 : f32, !llvm.ptr
          }
          llvm.store %v1135, %v27 : f32, !llvm.ptr
          %v1144 = arith.muli %v63, %v938 : i64
          %v1145 = arith.constant 7 : i64
          %v1146 = arith.muli %v1145, %v2 : i64
          %v1147 = arith.addi %v1144, %v1146 : i64
          %v1148 = llvm.getelementptr %in_A[%v1147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
          %v1150 = arith.mulf %v937, %v1149 : f32
          %v1151 = arith.mulf %v1150, %v907 : f32
          %v1152 = llvm.call_intrinsic "llvm.exp2.f32"(%v1151) : (f32) -> f32
          %v1153 = arith.muli %v65, %v946 : i64
          %v1154 = arith.muli %v890, %v945 : i64
          %v1155 = arith.addi %v1153, %v1154 : i64
          %v1156 = arith.constant 7 : i64
          %v1157 = arith.muli %v1156, %v2 : i64
          %v1158 = arith.addi %v1155, %v1157 : i64
          %v1159 = llvm.getelementptr %in_Bm[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
          %v1161 = arith.mulf %v1160, %v959 : f32
          %v1162 = llvm.load %v28 : !llvm.ptr -> f32
          %v1163 = arith.mulf %v1152, %v1162 : f32
          %v1164 = arith.addf %v1163, %v1161 : f32
          scf.if %v60 {
            %v1165 = arith.muli %v889, %v4 : i64
            %v1166 = arith.subi %v4, %v2 : i64
            %v1167 = arith.minsi %v59, %v1166 : i64
            %v1168 = arith.addi %v1165, %v1167 : i64
            %v1169 = arith.muli %v1168, %v1 : i64
            %v1171 = arith.addi %v1169, %v1170 : i64
            %v1172 = llvm.getelementptr %scratch_h[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1164, %v1172 : f32, !llvm.ptr
          }
          llvm.store %v1164, %v28 : f32, !llvm.ptr
          %v1173 = arith.muli %v63, %v938 : i64
          %v1174 = arith.constant 8 : i64
          %v1175 = arith.muli %v1174, %v2 : i64
          %v1176 = arith.addi %v1173, %v1175 : i64
          %v1177 = llvm.getelementptr %in_A[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1178 = llvm.load %v1177 : !llvm.ptr -> f32
          %v1179 = arith.mulf %v937, %v1178 : f32
          %v1180 = arith.mulf %v1179, %v907 : f32
          %v1181 = llvm.call_intrinsic "llvm.exp2.f32"(%v1180) : (f32) -> f32
          %v1182 = arith.muli %v65, %v946 : i64
          %v1183 = arith.muli %v890, %v945 : i64
          %v1184 = arith.addi %v1182, %v1183 : i64
          %v1185 = arith.constant 8 : i64
          %v1186 = arith.muli %v1185, %v2 : i64
          %v1187 = arith.addi %v1184, %v1186 : i64
          %v1188 = llvm.getelementptr %in_Bm[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
          %v1190 = arith.mulf %v1189, %v959 : f32
          %v1191 = llvm.load %v29 : !llvm.ptr -> f32
          %v1192 = arith.mulf %v1181, %v1191 : f32
          %v1193 = arith.addf %v1192, %v1190 : f32
          scf.if %v60 {
            %v1194 = arith.muli %v889, %v4 : i64
            %v1195 = arith.subi %v4, %v2 : i64
            %v1196 = arith.minsi %v59, %v1195 : i64
            %v1197 = arith.addi %v1194, %v1196 : i64
            %v1198 = arith.muli %v1197, %v1 : i64
            %v1200 = arith.addi %v1198, %v1199 : i64
            %v1201 = llvm.getelementptr %scratch_h[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1193, %v1201 : f32, !llvm.ptr
          }
          llvm.store %v1193, %v29 : f32, !llvm.ptr
          %v1202 = arith.muli %v63, %v938 : i64
          %v1203 = arith.constant 9 : i64
          %v1204 = arith.muli %v1203, %v2 : i64
          %v1205 = arith.addi %v1202, %v1204 : i64
          %v1206 = llvm.getelementptr %in_A[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
          %v1208 = arith.mulf %v937, %v1207 : f32
          %v1209 = arith.mulf %v1208, %v907 : f32
          %v1210 = llvm.call_intrinsic "llvm.exp2.f32"(%v1209) : (f32) -> f32
          %v1211 = arith.muli %v65, %v946 : i64
          %v1212 = arith.muli %v890, %v945 : i64
          %v1213 = arith.addi %v1211, %v1212 : i64
          %v1214 = arith.constant 9 : i64
          %v1215 = arith.muli %v1214, %v2 : i64
          %v1216 = arith.addi %v1213, %v1215 : i64
          %v1217 = llvm.getelementptr %in_Bm[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1218 = llvm.load %v1217 : !llvm.ptr -> f32
          %v1219 = arith.mulf %v1218, %v959 : f32
          %v1220 = llvm.load %v30 : !llvm.ptr -> f32
          %v1221 = arith.mulf %v1210, %v1220 : f32
          %v1222 = arith.addf %v1221, %v1219 : f32
          scf.if %v60 {
            %v1223 = arith.muli %v889, %v4 : i64
            %v1224 = arith.subi %v4, %v2 : i64
            %v1225 = arith.minsi %v59, %v1224 : i64
            %v1226 = arith.addi %v1223, %v1225 : i64
            %v1227 = arith.muli %v1226, %v1 : i64
            %v1229 = arith.addi %v1227, %v1228 : i64
            %v1230 = llvm.getelementptr %scratch_h[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1222, %v1230 : f32, !llvm.ptr
          }
          llvm.store %v1222, %v30 : f32, !llvm.ptr
          %v1231 = arith.muli %v63, %v938 : i64
          %v1232 = arith.constant 10 : i64
          %v1233 = arith.muli %v1232, %v2 : i64
          %v1234 = arith.addi %v1231, %v1233 : i64
          %v1235 = llvm.getelementptr %in_A[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
          %v1237 = arith.mulf %v937, %v1236 : f32
          %v1238 = arith.mulf %v1237, %v907 : f32
          %v1239 = llvm.call_intrinsic "llvm.exp2.f32"(%v1238) : (f32) -> f32
          %v1240 = arith.muli %v65, %v946 : i64
          %v1241 = arith.muli %v890, %v945 : i64
          %v1242 = arith.addi %v1240, %v1241 : i64
          %v1243 = arith.constant 10 : i64
          %v1244 = arith.muli %v1243, %v2 : i64
          %v1245 = arith.addi %v1242, %v1244 : i64
          %v1246 = llvm.getelementptr %in_Bm[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
          %v1248 = arith.mulf %v1247, %v959 : f32
          %v1249 = llvm.load %v31 : !llvm.ptr -> f32
          %v1250 = arith.mulf %v1239, %v1249 : f32
          %v1251 = arith.addf %v1250, %v1248 : f32
          scf.if %v60 {
            %v1252 = arith.muli %v889, %v4 : i64
            %v1253 = arith.subi %v4, %v2 : i64
            %v1254 = arith.minsi %v59, %v1253 : i64
            %v1255 = arith.addi %v1252, %v1254 : i64
            %v1256 = arith.muli %v1255, %v1 : i64
            %v1258 = arith.addi %v1256, %v1257 : i64
            %v1259 = llvm.getelementptr %scratch_h[%v1258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1251, %v1259 : f32, !llvm.ptr
          }
          llvm.store %v1251, %v31 : f32, !llvm.ptr
          %v1260 = arith.muli %v63, %v938 : i64
          %v1261 = arith.constant 11 : i64
          %v1262 = arith.muli %v1261, %v2 : i64
          %v1263 = arith.addi %v1260, %v1262 : i64
          %v1264 = llvm.getelementptr %in_A[%v1263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
          %v1266 = arith.mulf %v937, %v1265 : f32
          %v1267 = arith.mulf %v1266, %v907 : f32
          %v1268 = llvm.call_intrinsic "llvm.exp2.f32"(%v1267) : (f32) -> f32
          %v1269 = arith.muli %v65, %v946 : i64
          %v1270 = arith.muli %v890, %v945 : i64
          %v1271 = arith.addi %v1269, %v1270 : i64
          %v1272 = arith.constant 11 : i64
          %v1273 = arith.muli %v1272, %v2 : i64
          %v1274 = arith.addi %v1271, %v1273 : i64
          %v1275 = llvm.getelementptr %in_Bm[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
          %v1277 = arith.mulf %v1276, %v959 : f32
          %v1278 = llvm.load %v32 : !llvm.ptr -> f32
          %v1279 = arith.mulf %v1268, %v1278 : f32
          %v1280 = arith.addf %v1279, %v1277 : f32
          scf.if %v60 {
            %v1281 = arith.muli %v889, %v4 : i64
            %v1282 = arith.subi %v4, %v2 : i64
            %v1283 = arith.minsi %v59, %v1282 : i64
            %v1284 = arith.addi %v1281, %v1283 : i64
            %v1285 = arith.muli %v1284, %v1 : i64
            %v1287 = arith.addi %v1285, %v1286 : i64
            %v1288 = llvm.getelementptr %scratch_h[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1280, %v1288 : f32, !llvm.ptr
          }
          llvm.store %v1280, %v32 : f32, !llvm.ptr
          %v1289 = arith.muli %v63, %v938 : i64
          %v1290 = arith.constant 12 : i64
          %v1291 = arith.muli %v1290, %v2 : i64
          %v1292 = arith.addi %v1289, %v1291 : i64
          %v1293 = llvm.getelementptr %in_A[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
          %v1295 = arith.mulf %v937, %v1294 : f32
          %v1296 = arith.mulf %v1295, %v907 : f32
          %v1297 = llvm.call_intrinsic "llvm.exp2.f32"(%v1296) : (f32) -> f32
          %v1298 = arith.muli %v65, %v946 : i64
          %v1299 = arith.muli %v890, %v945 : i64
          %v1300 = arith.addi %v1298, %v1299 : i64
          %v1301 = arith.constant 12 : i64
          %v1302 = arith.muli %v1301, %v2 : i64
          %v1303 = arith.addi %v1300, %v1302 : i64
          %v1304 = llvm.getelementptr %in_Bm[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1305 = llvm.load %v1304 : !llvm.ptr -> f32
          %v1306 = arith.mulf %v1305, %v959 : f32
          %v1307 = llvm.load %v33 : !llvm.ptr -> f32
          %v1308 = arith.mulf %v1297, %v1307 : f32
          %v1309 = arith.addf %v1308, %v1306 : f32
          scf.if %v60 {
            %v1310 = arith.muli %v889, %v4 : i64
            %v1311 = arith.subi %v4, %v2 : i64
            %v1312 = arith.minsi %v59, %v1311 : i64
            %v1313 = arith.addi %v1310, %v1312 : i64
            %v1314 = arith.muli %v1313, %v1 : i64
            %v1316 = arith.addi %v1314, %v1315 : i64
            %v1317 = llvm.getelementptr %scratch_h[%v1316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1309, %v1317 : f32, !llvm.ptr
          }
          llvm.store %v1309, %v33 : f32, !llvm.ptr
          %v1318 = arith.muli %v63, %v938 : i64
          %v1319 = arith.constant 13 : i64
          %v1320 = arith.muli %v1319, %v2 : i64
          %v1321 = arith.addi %v1318, %v1320 : i64
          %v1322 = llvm.getelementptr %in_A[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1323 = llvm.load %v1322 : !llvm.ptr -> f32
          %v1324 = arith.mulf %v937, %v1323 : f32
          %v1325 = arith.mulf %v1324, %v907 : f32
          %v1326 = llvm.call_intrinsic "llvm.exp2.f32"(%v1325) : (f32) -> f32
          %v1327 = arith.muli %v65, %v946 : i64
          %v1328 = arith.muli %v890, %v945 : i64
          %v1329 = arith.addi %v1327, %v1328 : i64
          %v1330 = arith.constant 13 : i64
          %v1331 = arith.muli %v1330, %v2 : i64
          %v1332 = arith.addi %v1329, %v1331 : i64
          %v1333 = llvm.getelementptr %in_Bm[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
          %v1335 = arith.mulf %v1334, %v959 : f32
          %v1336 = llvm.load %v34 : !llvm.ptr -> f32
          %v1337 = arith.mulf %v1326, %v1336 : f32
          %v1338 = arith.addf %v1337, %v1335 : f32
          scf.if %v60 {
            %v1339 = arith.muli %v889, %v4 : i64
            %v1340 = arith.subi %v4, %v2 : i64
            %v1341 = arith.minsi %v59, %v1340 : i64
            %v1342 = arith.addi %v1339, %v1341 : i64
            %v1343 = arith.muli %v1342, %v1 : i64
            %v1345 = arith.addi %v1343, %v1344 : i64
            %v1346 = llvm.getelementptr %scratch_h[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1338, %v1346 : f32, !llvm.ptr
          }
          llvm.store %v1338, %v34 : f32, !llvm.ptr
          %v1347 = arith.muli %v63, %v938 : i64
          %v1348 = arith.constant 14 : i64
          %v1349 = arith.muli %v1348, %v2 : i64
          %v1350 = arith.addi %v1347, %v1349 : i64
          %v1351 = llvm.getelementptr %in_A[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1352 = llvm.load %v1351 : !llvm.ptr -> f32
          %v1353 = arith.mulf %v937, %v1352 : f32
          %v1354 = arith.mulf %v1353, %v907 : f32
          %v1355 = llvm.call_intrinsic "llvm.exp2.f32"(%v1354) : (f32) -> f32
          %v1356 = arith.muli %v65, %v946 : i64
          %v1357 = arith.muli %v890, %v945 : i64
          %v1358 = arith.addi %v1356, %v1357 : i64
          %v1359 = arith.constant 14 : i64
          %v1360 = arith.muli %v1359, %v2 : i64
          %v1361 = arith.addi %v1358, %v1360 : i64
          %v1362 = llvm.getelementptr %in_Bm[%v1361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
          %v1364 = arith.mulf %v1363, %v959 : f32
          %v1365 = llvm.load %v35 : !llvm.ptr -> f32
          %v1366 = arith.mulf %v1355, %v1365 : f32
          %v1367 = arith.addf %v1366, %v1364 : f32
          scf.if %v60 {
            %v1368 = arith.muli %v889, %v4 : i64
            %v1369 = arith.subi %v4, %v2 : i64
            %v1370 = arith.minsi %v59, %v1369 : i64
            %v1371 = arith.addi %v1368, %v1370 : i64
            %v1372 = arith.muli %v1371, %v1 : i64
            %v1374 = arith.addi %v1372, %v1373 : i64
            %v1375 = llvm.getelementptr %scratch_h[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1367, %v1375 : f32, !llvm.ptr
          }
          llvm.store %v1367, %v35 : f32, !llvm.ptr
          %v1376 = arith.muli %v63, %v938 : i64
          %v1377 = arith.constant 15 : i64
          %v1378 = arith.muli %v1377, %v2 : i64
          %v1379 = arith.addi %v1376, %v1378 : i64
          %v1380 = llvm.getelementptr %in_A[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
          %v1382 = arith.mulf %v937, %v1381 : f32
          %v1383 = arith.mulf %v1382, %v907 : f32
          %v1384 = llvm.call_intrinsic "llvm.exp2.f32"(%v1383) : (f32) -> f32
          %v1385 = arith.muli %v65, %v946 : i64
          %v1386 = arith.muli %v890, %v945 : i64
          %v1387 = arith.addi %v1385, %v1386 : i64
          %v1388 = arith.constant 15 : i64
          %v1389 = arith.muli %v1388, %v2 : i64
          %v1390 = arith.addi %v1387, %v1389 : i64
          %v1391 = llvm.getelementptr %in_Bm[%v1390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
          %v1393 = arith.mulf %v1392, %v959 : f32
          %v1394 = llvm.load %v36 : !llvm.ptr -> f32
          %v1395 = arith.mulf %v1384, %v1394 : f32
          %v1396 = arith.addf %v1395, %v1393 : f32
          scf.if %v60 {
            %v1397 = arith.muli %v889, %v4 : i64
            %v1398 = arith.subi %v4, %v2 : i64
            %v1399 = arith.minsi %v59, %v1398 : i64
            %v1400 = arith.addi %v1397, %v1399 : i64
            %v1401 = arith.muli %v1400, %v1 : i64
            %v1403 = arith.addi %v1401, %v1402 : i64
            %v1404 = llvm.getelementptr %scratch_h[%v1403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1396, %v1404 : f32, !llvm.ptr
          }
          llvm.store %v1396, %v36 : f32, !llvm.ptr
        }
        %v1405 = arith.index_cast %v68 : i64 to index
        %v1406 = arith.index_cast %v679 : i64 to index
        %v1407 = arith.index_cast %v2 : i64 to index
        scf.for %v1408 = %v1405 to %v1406 step %v1407 {
          %v1409 = arith.index_cast %v1408 : index to i64
          %v1410 = arith.subi %v679, %v2 : i64
          %v1411 = arith.subi %v1410, %v1409 : i64
          %v1412 = arith.addi %v677, %v1411 : i64
          %v1413 = arith.cmpi eq, %v1411, %v68 : i64
          %v1414 = arith.subi %v1411, %v2 : i64
          %v1415 = arith.maxsi %v1414, %v68 : i64
          %v1416 = arith.muli %v65, %v946 : i64
          %v1417 = arith.muli %v1412, %v945 : i64
          %v1418 = arith.addi %v1416, %v1417 : i64
          %v1419 = llvm.getelementptr %in_Cm[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
          %v1421 = arith.muli %v65, %v892 : i64
          %v1422 = arith.muli %v1412, %v891 : i64
          %v1423 = arith.addi %v1421, %v1422 : i64
          %v1424 = arith.muli %v63, %v2 : i64
          %v1425 = arith.addi %v1423, %v1424 : i64
          %v1426 = llvm.getelementptr %in_z[%v1425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
          %v1428 = arith.negf %v1427 : f32
          %v1429 = arith.mulf %v1428, %v907 : f32
          %v1430 = llvm.call_intrinsic "llvm.exp2.f32"(%v1429) : (f32) -> f32
          %v1431 = arith.addf %v332, %v1430 : f32
          %v1432 = arith.divf %v332, %v1431 : f32
          %v1433 = arith.mulf %v1427, %v1432 : f32
          %v1434 = arith.muli %v65, %v892 : i64
          %v1435 = arith.muli %v1412, %v891 : i64
          %v1436 = arith.addi %v1434, %v1435 : i64
          %v1437 = arith.muli %v63, %v2 : i64
          %v1438 = arith.addi %v1436, %v1437 : i64
          %v1439 = llvm.getelementptr %dy_y[%v1438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1440 = llvm.load %v1439 : !llvm.ptr -> f32
          %v1441 = arith.mulf %v1433, %v1440 : f32
          %v1442 = arith.mulf %v1420, %v1441 : f32
          %v1443 = llvm.load %v71 : !llvm.ptr -> f32
          %v1444 = llvm.load %v134 : !llvm.ptr -> f32
          %v1445 = arith.mulf %v1444, %v1443 : f32
          %v1446 = arith.addf %v1442, %v1445 : f32
          llvm.store %v1446, %v71 : f32, !llvm.ptr
          %v1447 = arith.muli %v65, %v946 : i64
          %v1448 = arith.muli %v1412, %v945 : i64
          %v1449 = arith.addi %v1447, %v1448 : i64
          %v1450 = arith.constant 1 : i64
          %v1451 = arith.muli %v1450, %v2 : i64
          %v1452 = arith.addi %v1449, %v1451 : i64
          %v1453 = llvm.getelementptr %in_Cm[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
          %v1455 = arith.mulf %v1454, %v1441 : f32
          %v1456 = llvm.load %v74 : !llvm.ptr -> f32
          %v1457 = llvm.load %v138 : !llvm.ptr -> f32
          %v1458 = arith.mulf %v1457, %v1456 : f32
          %v1459 = arith.addf %v1455, %v1458 : f32
          llvm.store %v1459, %v74 : f32, !llvm.ptr
          %v1460 = arith.muli %v65, %v946 : i64
          %v1461 = arith.muli %v1412, %v945 : i64
          %v1462 = arith.addi %v1460, %v1461 : i64
          %v1463 = arith.constant 2 : i64
          %v1464 = arith.muli %v1463, %v2 : i64
          %v1465 = arith.addi %v1462, %v1464 : i64
          %v1466 = llvm.getelementptr %in_Cm[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
          %v1468 = arith.mulf %v1467, %v1441 : f32
          %v1469 = llvm.load %v78 : !llvm.ptr -> f32
          %v1470 = llvm.load %v142 : !llvm.ptr -> f32
          %v1471 = arith.mulf %v1470, %v1469 : f32
          %v1472 = arith.addf %v1468, %v1471 : f32
          llvm.store %v1472, %v78 : f32, !llvm.ptr
          %v1473 = arith.muli %v65, %v946 : i64
          %v1474 = arith.muli %v1412, %v945 : i64
          %v1475 = arith.addi %v1473, %v1474 : i64
          %v1476 = arith.constant 3 : i64
          %v1477 = arith.muli %v1476, %v2 : i64
          %v1478 = arith.addi %v1475, %v1477 : i64
          %v1479 = llvm.getelementptr %in_Cm[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
          %v1481 = arith.mulf %v1480, %v1441 : f32
          %v1482 = llvm.load %v82 : !llvm.ptr -> f32
          %v1483 = llvm.load %v146 : !llvm.ptr -> f32
          %v1484 = arith.mulf %v1483, %v1482 : f32
          %v1485 = arith.addf %v1481, %v1484 : f32
          llvm.store %v1485, %v82 : f32, !llvm.ptr
          %v1486 = arith.muli %v65, %v946 : i64
          %v1487 = arith.muli %v1412, %v945 : i64
          %v1488 = arith.addi %v1486, %v1487 : i64
          %v1489 = arith.constant 4 : i64
          %v1490 = arith.muli %v1489, %v2 : i64
          %v1491 = arith.addi %v1488, %v1490 : i64
          %v1492 = llvm.getelementptr %in_Cm[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1493 = llvm.load %v1492 : !llvm.ptr -> f32
          %v1494 = arith.mulf %v1493, %v1441 : f32
          %v1495 = llvm.load %v86 : !llvm.ptr -> f32
          %v1496 = llvm.load %v150 : !llvm.ptr -> f32
          %v1497 = arith.mulf %v1496, %v1495 : f32
          %v1498 = arith.addf %v1494, %v1497 : f32
          llvm.store %v1498, %v86 : f32, !llvm.ptr
          %v1499 = arith.muli %v65, %v946 : i64
          %v1500 = arith.muli %v1412, %v945 : i64
          %v1501 = arith.addi %v1499, %v1500 : i64
          %v1502 = arith.constant 5 : i64
          %v1503 = arith.muli %v1502, %v2 : i64
          %v1504 = arith.addi %v1501, %v1503 : i64
          %v1505 = llvm.getelementptr %in_Cm[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1506 = llvm.load %v1505 : !llvm.ptr -> f32
          %v1507 = arith.mulf %v1506, %v1441 : f32
          %v1508 = llvm.load %v90 : !llvm.ptr -> f32
          %v1509 = llvm.load %v154 : !llvm.ptr -> f32
          %v1510 = arith.mulf %v1509, %v1508 : f32
          %v1511 = arith.addf %v1507, %v1510 : f32
          llvm.store %v1511, %v90 : f32, !llvm.ptr
          %v1512 = arith.muli %v65, %v946 : i64
          %v1513 = arith.muli %v1412, %v945 : i64
          %v1514 = arith.addi %v1512, %v1513 : i64
          %v1515 = arith.constant 6 : i64
          %v1516 = arith.muli %v1515, %v2 : i64
          %v1517 = arith.addi %v1514, %v1516 : i64
          %v1518 = llvm.getelementptr %in_Cm[%v1517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1519 = llvm.load %v1518 : !llvm.ptr -> f32
          %v1520 = arith.mulf %v1519, %v1441 : f32
          %v1521 = llvm.load %v94 : !llvm.ptr -> f32
          %v1522 = llvm.load %v158 : !llvm.ptr -> f32
          %v1523 = arith.mulf %v1522, %v1521 : f32
          %v1524 = arith.addf %v1520, %v1523 : f32
          llvm.store %v1524, %v94 : f32, !llvm.ptr
          %v1525 = arith.muli %v65, %v946 : i64
          %v1526 = arith.muli %v1412, %v945 : i64
          %v1527 = arith.addi %v1525, %v1526 : i64
          %v1528 = arith.constant 7 : i64
          %v1529 = arith.muli %v1528, %v2 : i64
          %v1530 = arith.addi %v1527, %v1529 : i64
          %v1531 = llvm.getelementptr %in_Cm[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
          %v1533 = arith.mulf %v1532, %v1441 : f32
          %v1534 = llvm.load %v98 : !llvm.ptr -> f32
          %v1535 = llvm.load %v162 : !llvm.ptr -> f32
          %v1536 = arith.mulf %v1535, %v1534 : f32
          %v1537 = arith.addf %v1533, %v1536 : f32
          llvm.store %v1537, %v98 : f32, !llvm.ptr
          %v1538 = arith.muli %v65, %v946 : i64
          %v1539 = arith.muli %v1412, %v945 : i64
          %v1540 = arith.addi %v1538, %v1539 : i64
          %v1541 = arith.constant 8 : i64
          %v1542 = arith.muli %v1541, %v2 : i64
          %v1543 = arith.addi %v1540, %v1542 : i64
          %v1544 = llvm.getelementptr %in_Cm[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
          %v1546 = arith.mulf %v1545, %v1441 : f32
          %v1547 = llvm.load %v102 : !llvm.ptr -> f32
          %v1548 = llvm.load %v166 : !llvm.ptr -> f32
          %v1549 = arith.mulf %v1548, %v1547 : f32
          %v1550 = arith.addf %v1546, %v1549 : f32
          llvm.store %v1550, %v102 : f32, !llvm.ptr
          %v1551 = arith.muli %v65, %v946 : i64
          %v1552 = arith.muli %v1412, %v945 : i64
          %v1553 = arith.addi %v1551, %v1552 : i64
          %v1554 = arith.constant 9 : i64
          %v1555 = arith.muli %v1554, %v2 : i64
          %v1556 = arith.addi %v1553, %v1555 : i64
          %v1557 = llvm.getelementptr %in_Cm[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1558 = llvm.load %v1557 : !llvm.ptr -> f32
          %v1559 = arith.mulf %v1558, %v1441 : f32
          %v1560 = llvm.load %v106 : !llvm.ptr -> f32
          %v1561 = llvm.load %v170 : !llvm.ptr -> f32
          %v1562 = arith.mulf %v1561, %v1560 : f32
          %v1563 = arith.addf %v1559, %v1562 : f32
          llvm.store %v1563, %v106 : f32, !llvm.ptr
          %v1564 = arith.muli %v65, %v946 : i64
          %v1565 = arith.muli %v1412, %v945 : i64
          %v1566 = arith.addi %v1564, %v1565 : i64
          %v1567 = arith.constant 10 : i64
          %v1568 = arith.muli %v1567, %v2 : i64
          %v1569 = arith.addi %v1566, %v1568 : i64
          %v1570 = llvm.getelementptr %in_Cm[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1571 = llvm.load %v1570 : !llvm.ptr -> f32
          %v1572 = arith.mulf %v1571, %v1441 : f32
          %v1573 = llvm.load %v110 : !llvm.ptr -> f32
          %v1574 = llvm.load %v174 : !llvm.ptr -> f32
          %v1575 = arith.mulf %v1574, %v1573 : f32
          %v1576 = arith.addf %v1572, %v1575 : f32
          llvm.store %v1576, %v110 : f32, !llvm.ptr
          %v1577 = arith.muli %v65, %v946 : i64
          %v1578 = arith.muli %v1412, %v945 : i64
          %v1579 = arith.addi %v1577, %v1578 : i64
          %v1580 = arith.constant 11 : i64
          %v1581 = arith.muli %v1580, %v2 : i64
          %v1582 = arith.addi %v1579, %v1581 : i64
          %v1583 = llvm.getelementptr %in_Cm[%v1582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1584 = llvm.load %v1583 : !llvm.ptr -> f32
          %v1585 = arith.mulf %v1584, %v1441 : f32
          %v1586 = llvm.load %v114 : !llvm.ptr -> f32
          %v1587 = llvm.load %v178 : !llvm.ptr -> f32
          %v1588 = arith.mulf %v1587, %v1586 : f32
          %v1589 = arith.addf %v1585, %v1588 : f32
          llvm.store %v1589, %v114 : f32, !llvm.ptr
          %v1590 = arith.muli %v65, %v946 : i64
          %v1591 = arith.muli %v1412, %v945 : i64
          %v1592 = arith.addi %v1590, %v1591 : i64
          %v1593 = arith.constant 12 : i64
          %v1594 = arith.muli %v1593, %v2 : i64
          %v1595 = arith.addi %v1592, %v1594 : i64
          %v1596 = llvm.getelementptr %in_Cm[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
          %v1598 = arith.mulf %v1597, %v1441 : f32
          %v1599 = llvm.load %v118 : !llvm.ptr -> f32
          %v1600 = llvm.load %v182 : !llvm.ptr -> f32
          %v1601 = arith.mulf %v1600, %v1599 : f32
          %v1602 = arith.addf %v1598, %v1601 : f32
          llvm.store %v1602, %v118 : f32, !llvm.ptr
          %v1603 = arith.muli %v65, %v946 : i64
          %v1604 = arith.muli %v1412, %v945 : i64
          %v1605 = arith.addi %v1603, %v1604 : i64
          %v1606 = arith.constant 13 : i64
          %v1607 = arith.muli %v1606, %v2 : i64
          %v1608 = arith.addi %v1605, %v1607 : i64
          %v1609 = llvm.getelementptr %in_Cm[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
          %v1611 = arith.mulf %v1610, %v1441 : f32
          %v1612 = llvm.load %v122 : !llvm.ptr -> f32
          %v1613 = llvm.load %v186 : !llvm.ptr -> f32
          %v1614 = arith.mulf %v1613, %v1612 : f32
          %v1615 = arith.addf %v1611, %v1614 : f32
          llvm.store %v1615, %v122 : f32, !llvm.ptr
          %v1616 = arith.muli %v65, %v946 : i64
          %v1617 = arith.muli %v1412, %v945 : i64
          %v1618 = arith.addi %v1616, %v1617 : i64
          %v1619 = arith.constant 14 : i64
          %v1620 = arith.muli %v1619, %v2 : i64
          %v1621 = arith.addi %v1618, %v1620 : i64
          %v1622 = llvm.getelementptr %in_Cm[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1623 = llvm.load %v1622 : !llvm.ptr -> f32
          %v1624 = arith.mulf %v1623, %v1441 : f32
          %v1625 = llvm.load %v126 : !llvm.ptr -> f32
          %v1626 = llvm.load %v190 : !llvm.ptr -> f32
          %v1627 = arith.mulf %v1626, %v1625 : f32
          %v1628 = arith.addf %v1624, %v1627 : f32
          llvm.store %v1628, %v126 : f32, !llvm.ptr
          %v1629 = arith.muli %v65, %v946 : i64
          %v1630 = arith.muli %v1412, %v945 : i64
          %v1631 = arith.addi %v1629, %v1630 : i64
          %v1632 = arith.constant 15 : i64
          %v1633 = arith.muli %v1632, %v2 : i64
          %v1634 = arith.addi %v1631, %v1633 : i64
          %v1635 = llvm.getelementptr %in_Cm[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1636 = llvm.load %v1635 : !llvm.ptr -> f32
          %v1637 = arith.mulf %v1636, %v1441 : f32
          %v1638 = llvm.load %v130 : !llvm.ptr -> f32
          %v1639 = llvm.load %v194 : !llvm.ptr -> f32
          %v1640 = arith.mulf %v1639, %v1638 : f32
          %v1641 = arith.addf %v1637, %v1640 : f32
          llvm.store %v1641, %v130 : f32, !llvm.ptr
          %v1642 = arith.cmpi eq, %v1412, %v336 : i64
          scf.if %v1642 {
            %v1643 = arith.muli %v65, %v339 : i64
            %v1644 = arith.muli %v63, %v338 : i64
            %v1645 = arith.addi %v1643, %v1644 : i64
            %v1646 = llvm.getelementptr %dy_h_last[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
            %v1648 = llvm.load %v71 : !llvm.ptr -> f32
            %v1649 = arith.addf %v1648, %v1647 : f32
            llvm.store %v1649, %v71 : f32, !llvm.ptr
            %v1650 = arith.muli %v65, %v339 : i64
            %v1651 = arith.muli %v63, %v338 : i64
            %v1652 = arith.addi %v1650, %v1651 : i64
            %v1653 = arith.constant 1 : i64
            %v1654 = arith.muli %v1653, %v2 : i64
            %v1655 = arith.addi %v1652, %v1654 : i64
            %v1656 = llvm.getelementptr %dy_h_last[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
            %v1658 = llvm.load %v74 : !llvm.ptr -> f32
            %v1659 = arith.addf %v1658, %v1657 : f32
            llvm.store %v1659, %v74 : f32, !llvm.ptr
            %v1660 = arith.muli %v65, %v339 : i64
            %v1661 = arith.muli %v63, %v338 : i64
            %v1662 = arith.addi %v1660, %v1661 : i64
            %v1663 = arith.constant 2 : i64
            %v1664 = arith.muli %v1663, %v2 : i64
            %v1665 = arith.addi %v1662, %v1664 : i64
            %v1666 = llvm.getelementptr %dy_h_last[%v1665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1667 = llvm.load %v1666 : !llvm.ptr -> f32
            %v1668 = llvm.load %v78 : !llvm.ptr -> f32
            %v1669 = arith.addf %v1668, %v1667 : f32
            llvm.store %v1669, %v78 : f32, !llvm.ptr
            %v1670 = arith.muli %v65, %v339 : i64
            %v1671 = arith.muli %v63, %v338 : i64
            %v1672 = arith.addi %v1670, %v1671 : i64
            %v1673 = arith.constant 3 : i64
            %v1674 = arith.muli %v1673, %v2 : i64
            %v1675 = arith.addi %v1672, %v1674 : i64
            %v1676 = llvm.getelementptr %dy_h_last[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1677 = llvm.load %v1676 : !llvm.ptr -> f32
            %v1678 = llvm.load %v82 : !llvm.ptr -> f32
            %v1679 = arith.addf %v1678, %v1677 : f32
            llvm.store %v1679, %v82 : f32, !llvm.ptr
            %v1680 = arith.muli %v65, %v339 : i64
            %v1681 = arith.muli %v63, %v338 : i64
            %v1682 = arith.addi %v1680, %v1681 : i64
            %v1683 = arith.constant 4 : i64
            %v1684 = arith.muli %v1683, %v2 : i64
            %v1685 = arith.addi %v1682, %v1684 : i64
            %v1686 = llvm.getelementptr %dy_h_last[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1687 = llvm.load %v1686 : !llvm.ptr -> f32
            %v1688 = llvm.load %v86 : !llvm.ptr -> f32
            %v1689 = arith.addf %v1688, %v1687 : f32
            llvm.store %v1689, %v86 : f32, !llvm.ptr
            %v1690 = arith.muli %v65, %v339 : i64
            %v1691 = arith.muli %v63, %v338 : i64
            %v1692 = arith.addi %v1690, %v1691 : i64
            %v1693 = arith.constant 5 : i64
            %v1694 = arith.muli %v1693, %v2 : i64
            %v1695 = arith.addi %v1692, %v1694 : i64
            %v1696 = llvm.getelementptr %dy_h_last[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
            %v1698 = llvm.load %v90 : !llvm.ptr -> f32
            %v1699 = arith.addf %v1698, %v1697 : f32
            llvm.store %v1699, %v90 : f32, !llvm.ptr
            %v1700 = arith.muli %v65, %v339 : i64
            %v1701 = arith.muli %v63, %v338 : i64
            %v1702 = arith.addi %v1700, %v1701 : i64
            %v1703 = arith.constant 6 : i64
            %v1704 = arith.muli %v1703, %v2 : i64
            %v1705 = arith.addi %v1702, %v1704 : i64
            %v1706 = llvm.getelementptr %dy_h_last[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
            %v1708 = llvm.load %v94 : !llvm.ptr -> f32
            %v1709 = arith.addf %v1708, %v1707 : f32
            llvm.store %v1709, %v94 : f32, !llvm.ptr
            %v1710 = arith.muli %v65, %v339 : i64
            %v1711 = arith.muli %v63, %v338 : i64
            %v1712 = arith.addi %v1710, %v1711 : i64
            %v1713 = arith.constant 7 : i64
            %v1714 = arith.muli %v1713, %v2 : i64
            %v1715 = arith.addi %v1712, %v1714 : i64
            %v1716 = llvm.getelementptr %dy_h_last[%v1715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1717 = llvm.load %v1716 : !llvm.ptr -> f32
            %v1718 = llvm.load %v98 : !llvm.ptr -> f32
            %v1719 = arith.addf %v1718, %v1717 : f32
            llvm.store %v1719, %v98 : f32, !llvm.ptr
            %v1720 = arith.muli %v65, %v339 : i64
            %v1721 = arith.muli %v63, %v338 : i64
            %v1722 = arith.addi %v1720, %v1721 : i64
            %v1723 = arith.constant 8 : i64
            %v1724 = arith.muli %v1723, %v2 : i64
            %v1725 = arith.addi %v1722, %v1724 : i64
            %v1726 = llvm.getelementptr %dy_h_last[%v1725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1727 = llvm.load %v1726 : !llvm.ptr -> f32
            %v1728 = llvm.load %v102 : !llvm.ptr -> f32
            %v1729 = arith.addf %v1728, %v1727 : f32
            llvm.store %v1729, %v102 : f32, !llvm.ptr
            %v1730 = arith.muli %v65, %v339 : i64
            %v1731 = arith.muli %v63, %v338 : i64
            %v1732 = arith.addi %v1730, %v1731 : i64
            %v1733 = arith.constant 9 : i64
            %v1734 = arith.muli %v1733, %v2 : i64
            %v1735 = arith.addi %v1732, %v1734 : i64
            %v1736 = llvm.getelementptr %dy_h_last[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
            %v1738 = llvm.load %v106 : !llvm.ptr -> f32
            %v1739 = arith.addf %v1738, %v1737 : f32
            llvm.store %v1739, %v106 : f32, !llvm.ptr
            %v1740 = arith.muli %v65, %v339 : i64
            %v1741 = arith.muli %v63, %v338 : i64
            %v1742 = arith.addi %v1740, %v1741 : i64
            %v1743 = arith.constant 10 : i64
            %v1744 = arith.muli %v1743, %v2 : i64
            %v1745 = arith.addi %v1742, %v1744 : i64
            %v1746 = llvm.getelementptr %dy_h_last[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1747 = llvm.load %v1746 : !llvm.ptr -> f32
            %v1748 = llvm.load %v110 : !llvm.ptr -> f32
            %v1749 = arith.addf %v1748, %v1747 : f32
            llvm.store %v1749, %v110 : f32, !llvm.ptr
            %v1750 = arith.muli %v65, %v339 : i64
            %v1751 = arith.muli %v63, %v338 : i64
            %v1752 = arith.addi %v1750, %v1751 : i64
            %v1753 = arith.constant 11 : i64
            %v1754 = arith.muli %v1753, %v2 : i64
            %v1755 = arith.addi %v1752, %v1754 : i64
            %v1756 = llvm.getelementptr %dy_h_last[%v1755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1757 = llvm.load %v1756 : !llvm.ptr -> f32
            %v1758 = llvm.load %v114 : !llvm.ptr -> f32
            %v1759 = arith.addf %v1758, %v1757 : f32
            llvm.store %v1759, %v114 : f32, !llvm.ptr
            %v1760 = arith.muli %v65, %v339 : i64
            %v1761 = arith.muli %v63, %v338 : i64
            %v1762 = arith.addi %v1760, %v1761 : i64
            %v1763 = arith.constant 12 : i64
            %v1764 = arith.muli %v1763, %v2 : i64
            %v1765 = arith.addi %v1762, %v1764 : i64
            %v1766 = llvm.getelementptr %dy_h_last[%v1765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1767 = llvm.load %v1766 : !llvm.ptr -> f32
            %v1768 = llvm.load %v118 : !llvm.ptr -> f32
            %v1769 = arith.addf %v1768, %v1767 : f32
            llvm.store %v1769, %v118 : f32, !llvm.ptr
            %v1770 = arith.muli %v65, %v339 : i64
            %v1771 = arith.muli %v63, %v338 : i64
            %v1772 = arith.addi %v1770, %v1771 : i64
            %v1773 = arith.constant 13 : i64
            %v1774 = arith.muli %v1773, %v2 : i64
            %v1775 = arith.addi %v1772, %v1774 : i64
            %v1776 = llvm.getelementptr %dy_h_last[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1777 = llvm.load %v1776 : !llvm.ptr -> f32
            %v1778 = llvm.load %v122 : !llvm.ptr -> f32
            %v1779 = arith.addf %v1778, %v1777 : f32
            llvm.store %v1779, %v122 : f32, !llvm.ptr
            %v1780 = arith.muli %v65, %v339 : i64
            %v1781 = arith.muli %v63, %v338 : i64
            %v1782 = arith.addi %v1780, %v1781 : i64
            %v1783 = arith.constant 14 : i64
            %v1784 = arith.muli %v1783, %v2 : i64
            %v1785 = arith.addi %v1782, %v1784 : i64
            %v1786 = llvm.getelementptr %dy_h_last[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
            %v1788 = llvm.load %v126 : !llvm.ptr -> f32
            %v1789 = arith.addf %v1788, %v1787 : f32
            llvm.store %v1789, %v126 : f32, !llvm.ptr
            %v1790 = arith.muli %v65, %v339 : i64
            %v1791 = arith.muli %v63, %v338 : i64
            %v1792 = arith.addi %v1790, %v1791 : i64
            %v1793 = arith.constant 15 : i64
            %v1794 = arith.muli %v1793, %v2 : i64
            %v1795 = arith.addi %v1792, %v1794 : i64
            %v1796 = llvm.getelementptr %dy_h_last[%v1795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1797 = llvm.load %v1796 : !llvm.ptr -> f32
            %v1798 = llvm.load %v130 : !llvm.ptr -> f32
            %v1799 = arith.addf %v1798, %v1797 : f32
            llvm.store %v1799, %v130 : f32, !llvm.ptr
          }
          %v1800 = arith.muli %v63, %v2 : i64
          %v1801 = llvm.getelementptr %in_Dskip[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
          %v1803 = arith.mulf %v1802, %v1441 : f32
          %v1804 = arith.muli %v65, %v892 : i64
          %v1805 = arith.muli %v1412, %v891 : i64
          %v1806 = arith.addi %v1804, %v1805 : i64
          %v1807 = arith.muli %v63, %v2 : i64
          %v1808 = arith.addi %v1806, %v1807 : i64
          %v1809 = llvm.getelementptr %in_delta[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1810 = llvm.load %v1809 : !llvm.ptr -> f32
          %v1811 = arith.muli %v63, %v2 : i64
          %v1812 = llvm.getelementptr %in_dt_bias[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1813 = llvm.load %v1812 : !llvm.ptr -> f32
          %v1814 = arith.addf %v1810, %v1813 : f32
          %v1815 = arith.maximumf %v1814, %v331 : f32
          %v1816 = llvm.call_intrinsic "llvm.fabs.f32"(%v1814) : (f32) -> f32
          %v1817 = arith.negf %v1816 : f32
          %v1818 = arith.mulf %v1817, %v907 : f32
          %v1819 = llvm.call_intrinsic "llvm.exp2.f32"(%v1818) : (f32) -> f32
          %v1820 = arith.addf %v332, %v1819 : f32
          %v1821 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v1820) : (f32) -> f32
          %v1822 = arith.mulf %v1821, %v912 : f32
          %v1823 = arith.mulf %v914, %v1819 : f32
          %v1824 = arith.addf %v1823, %v916 : f32
          %v1825 = arith.mulf %v1824, %v1819 : f32
          %v1826 = arith.addf %v1825, %v919 : f32
          %v1827 = arith.mulf %v1826, %v1819 : f32
          %v1828 = arith.addf %v1827, %v922 : f32
          %v1829 = arith.mulf %v1828, %v1819 : f32
          %v1830 = arith.addf %v1829, %v925 : f32
          %v1831 = arith.mulf %v1830, %v1819 : f32
          %v1832 = arith.addf %v1831, %v928 : f32
          %v1833 = arith.mulf %v1832, %v1819 : f32
          %v1834 = arith.addf %v1833, %v332 : f32
          %v1835 = arith.mulf %v1834, %v1819 : f32
          %v1836 = llvm.call_intrinsic "llvm.fabs.f32"(%v1819) : (f32) -> f32
          %v1837 = arith.cmpf olt, %v1836, %v934 : f32
          %v1838 = arith.select %v1837, %v1835, %v1822 : f32
          %v1839 = arith.addf %v1815, %v1838 : f32
          %v1840 = arith.muli %v65, %v946 : i64
          %v1841 = arith.muli %v1412, %v945 : i64
          %v1842 = arith.addi %v1840, %v1841 : i64
          %v1843 = llvm.getelementptr %in_Bm[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1844 = llvm.load %v1843 : !llvm.ptr -> f32
          %v1845 = llvm.load %v71 : !llvm.ptr -> f32
          %v1846 = arith.mulf %v1844, %v1845 : f32
          %v1847 = arith.muli %v65, %v946 : i64
          %v1848 = arith.muli %v1412, %v945 : i64
          %v1849 = arith.addi %v1847, %v1848 : i64
          %v1850 = arith.constant 1 : i64
          %v1851 = arith.muli %v1850, %v2 : i64
          %v1852 = arith.addi %v1849, %v1851 : i64
          %v1853 = llvm.getelementptr %in_Bm[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
          %v1855 = llvm.load %v74 : !llvm.ptr -> f32
          %v1856 = arith.mulf %v1854, %v1855 : f32
          %v1857 = arith.addf %v1846, %v1856 : f32
          %v1858 = arith.muli %v65, %v946 : i64
          %v1859 = arith.muli %v1412, %v945 : i64
          %v1860 = arith.addi %v1858, %v1859 : i64
          %v1861 = arith.constant 2 : i64
          %v1862 = arith.muli %v1861, %v2 : i64
          %v1863 = arith.addi %v1860, %v1862 : i64
          %v1864 = llvm.getelementptr %in_Bm[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1865 = llvm.load %v1864 : !llvm.ptr -> f32
          %v1866 = llvm.load %v78 : !llvm.ptr -> f32
          %v1867 = arith.mulf %v1865, %v1866 : f32
          %v1868 = arith.addf %v1857, %v1867 : f32
          %v1869 = arith.muli %v65, %v946 : i64
          %v1870 = arith.muli %v1412, %v945 : i64
          %v1871 = arith.addi %v1869, %v1870 : i64
          %v1872 = arith.constant 3 : i64
          %v1873 = arith.muli %v1872, %v2 : i64
          %v1874 = arith.addi %v1871, %v1873 : i64
          %v1875 = llvm.getelementptr %in_Bm[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
          %v1877 = llvm.load %v82 : !llvm.ptr -> f32
          %v1878 = arith.mulf %v1876, %v1877 : f32
          %v1879 = arith.addf %v1868, %v1878 : f32
          %v1880 = arith.muli %v65, %v946 : i64
          %v1881 = arith.muli %v1412, %v945 : i64
          %v1882 = arith.addi %v1880, %v1881 : i64
          %v1883 = arith.constant 4 : i64
          %v1884 = arith.muli %v1883, %v2 : i64
          %v1885 = arith.addi %v1882, %v1884 : i64
          %v1886 = llvm.getelementptr %in_Bm[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1887 = llvm.load %v1886 : !llvm.ptr -> f32
          %v1888 = llvm.load %v86 : !llvm.ptr -> f32
          %v1889 = arith.mulf %v1887, %v1888 : f32
          %v1890 = arith.addf %v1879, %v1889 : f32
          %v1891 = arith.muli %v65, %v946 : i64
          %v1892 = arith.muli %v1412, %v945 : i64
          %v1893 = arith.addi %v1891, %v1892 : i64
          %v1894 = arith.constant 5 : i64
          %v1895 = arith.muli %v1894, %v2 : i64
          %v1896 = arith.addi %v1893, %v1895 : i64
          %v1897 = llvm.getelementptr %in_Bm[%v1896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1898 = llvm.load %v1897 : !llvm.ptr -> f32
          %v1899 = llvm.load %v90 : !llvm.ptr -> f32
          %v1900 = arith.mulf %v1898, %v1899 : f32
          %v1901 = arith.addf %v1890, %v1900 : f32
          %v1902 = arith.muli %v65, %v946 : i64
          %v1903 = arith.muli %v1412, %v945 : i64
          %v1904 = arith.addi %v1902, %v1903 : i64
          %v1905 = arith.constant 6 : i64
          %v1906 = arith.muli %v1905, %v2 : i64
          %v1907 = arith.addi %v1904, %v1906 : i64
          %v1908 = llvm.getelementptr %in_Bm[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1909 = llvm.load %v1908 : !llvm.ptr -> f32
          %v1910 = llvm.load %v94 : !llvm.ptr -> f32
          %v1911 = arith.mulf %v1909, %v1910 : f32
          %v1912 = arith.addf %v1901, %v1911 : f32
          %v1913 = arith.muli %v65, %v946 : i64
          %v1914 = arith.muli %v1412, %v945 : i64
          %v1915 = arith.addi %v1913, %v1914 : i64
          %v1916 = arith.constant 7 : i64
          %v1917 = arith.muli %v1916, %v2 : i64
          %v1918 = arith.addi %v1915, %v1917 : i64
          %v1919 = llvm.getelementptr %in_Bm[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1920 = llvm.load %v1919 : !llvm.ptr -> f32
          %v1921 = llvm.load %v98 : !llvm.ptr -> f32
          %v1922 = arith.mulf %v1920, %v1921 : f32
          %v1923 = arith.addf %v1912, %v1922 : f32
          %v1924 = arith.muli %v65, %v946 : i64
          %v1925 = arith.muli %v1412, %v945 : i64
          %v1926 = arith.addi %v1924, %v1925 : i64
          %v1927 = arith.constant 8 : i64
          %v1928 = arith.muli %v1927, %v2 : i64
          %v1929 = arith.addi %v1926, %v1928 : i64
          %v1930 = llvm.getelementptr %in_Bm[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1931 = llvm.load %v1930 : !llvm.ptr -> f32
          %v1932 = llvm.load %v102 : !llvm.ptr -> f32
          %v1933 = arith.mulf %v1931, %v1932 : f32
          %v1934 = arith.addf %v1923, %v1933 : f32
          %v1935 = arith.muli %v65, %v946 : i64
          %v1936 = arith.muli %v1412, %v945 : i64
          %v1937 = arith.addi %v1935, %v1936 : i64
          %v1938 = arith.constant 9 : i64
          %v1939 = arith.muli %v1938, %v2 : i64
          %v1940 = arith.addi %v1937, %v1939 : i64
          %v1941 = llvm.getelementptr %in_Bm[%v1940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1942 = llvm.load %v1941 : !llvm.ptr -> f32
          %v1943 = llvm.load %v106 : !llvm.ptr -> f32
          %v1944 = arith.mulf %v1942, %v1943 : f32
          %v1945 = arith.addf %v1934, %v1944 : f32
          %v1946 = arith.muli %v65, %v946 : i64
          %v1947 = arith.muli %v1412, %v945 : i64
          %v1948 = arith.addi %v1946, %v1947 : i64
          %v1949 = arith.constant 10 : i64
          %v1950 = arith.muli %v1949, %v2 : i64
          %v1951 = arith.addi %v1948, %v1950 : i64
          %v1952 = llvm.getelementptr %in_Bm[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1953 = llvm.load %v1952 : !llvm.ptr -> f32
          %v1954 = llvm.load %v110 : !llvm.ptr -> f32
          %v1955 = arith.mulf %v1953, %v1954 : f32
          %v1956 = arith.addf %v1945, %v1955 : f32
          %v1957 = arith.muli %v65, %v946 : i64
          %v1958 = arith.muli %v1412, %v945 : i64
          %v1959 = arith.addi %v1957, %v1958 : i64
          %v1960 = arith.constant 11 : i64
          %v1961 = arith.muli %v1960, %v2 : i64
          %v1962 = arith.addi %v1959, %v1961 : i64
          %v1963 = llvm.getelementptr %in_Bm[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
          %v1965 = llvm.load %v114 : !llvm.ptr -> f32
          %v1966 = arith.mulf %v1964, %v1965 : f32
          %v1967 = arith.addf %v1956, %v1966 : f32
          %v1968 = arith.muli %v65, %v946 : i64
          %v1969 = arith.muli %v1412, %v945 : i64
          %v1970 = arith.addi %v1968, %v1969 : i64
          %v1971 = arith.constant 12 : i64
          %v1972 = arith.muli %v1971, %v2 : i64
          %v1973 = arith.addi %v1970, %v1972 : i64
          %v1974 = llvm.getelementptr %in_Bm[%v1973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1975 = llvm.load %v1974 : !llvm.ptr -> f32
          %v1976 = llvm.load %v118 : !llvm.ptr -> f32
          %v1977 = arith.mulf %v1975, %v1976 : f32
          %v1978 = arith.addf %v1967, %v1977 : f32
          %v1979 = arith.muli %v65, %v946 : i64
          %v1980 = arith.muli %v1412, %v945 : i64
          %v1981 = arith.addi %v1979, %v1980 : i64
          %v1982 = arith.constant 13 : i64
          %v1983 = arith.muli %v1982, %v2 : i64
          %v1984 = arith.addi %v1981, %v1983 : i64
          %v1985 = llvm.getelementptr %in_Bm[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1986 = llvm.load %v1985 : !llvm.ptr -> f32
          %v1987 = llvm.load %v122 : !llvm.ptr -> f32
          %v1988 = arith.mulf %v1986, %v1987 : f32
          %v1989 = arith.addf %v1978, %v1988 : f32
          %v1990 = arith.muli %v65, %v946 : i64
          %v1991 = arith.muli %v1412, %v945 : i64
          %v1992 = arith.addi %v1990, %v1991 : i64
          %v1993 = arith.constant 14 : i64
          %v1994 = arith.muli %v1993, %v2 : i64
          %v1995 = arith.addi %v1992, %v1994 : i64
          %v1996 = llvm.getelementptr %in_Bm[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
          %v1998 = llvm.load %v126 : !llvm.ptr -> f32
          %v1999 = arith.mulf %v1997, %v1998 : f32
          %v2000 = arith.addf %v1989, %v1999 : f32
          %v2001 = arith.muli %v65, %v946 : i64
          %v2002 = arith.muli %v1412, %v945 : i64
          %v2003 = arith.addi %v2001, %v2002 : i64
          %v2004 = arith.constant 15 : i64
          %v2005 = arith.muli %v2004, %v2 : i64
          %v2006 = arith.addi %v2003, %v2005 : i64
          %v2007 = llvm.getelementptr %in_Bm[%v2006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
          %v2009 = llvm.load %v130 : !llvm.ptr -> f32
          %v2010 = arith.mulf %v2008, %v2009 : f32
          %v2011 = arith.addf %v2000, %v2010 : f32
          %v2012 = arith.mulf %v1839, %v2011 : f32
          %v2013 = arith.addf %v1803, %v2012 : f32
          scf.if %v60 {
            %v2014 = arith.muli %v65, %v892 : i64
            %v2015 = arith.muli %v1412, %v891 : i64
            %v2016 = arith.addi %v2014, %v2015 : i64
            %v2017 = arith.muli %v63, %v2 : i64
            %v2018 = arith.addi %v2016, %v2017 : i64
            %v2019 = llvm.getelementptr %dx_u[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2013, %v2019 : f32, !llvm.ptr
          }
          %v2020 = arith.muli %v65, %v892 : i64
          %v2021 = arith.muli %v1412, %v891 : i64
          %v2022 = arith.addi %v2020, %v2021 : i64
          %v2023 = arith.muli %v63, %v2 : i64
          %v2024 = arith.addi %v2022, %v2023 : i64
          %v2025 = llvm.getelementptr %in_u[%v2024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2026 = llvm.load %v2025 : !llvm.ptr -> f32
          %v2027 = arith.mulf %v2026, %v2011 : f32
          %v2028 = arith.muli %v63, %v938 : i64
          %v2029 = llvm.getelementptr %in_A[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
          %v2031 = arith.mulf %v1839, %v2030 : f32
          %v2032 = arith.mulf %v2031, %v907 : f32
          %v2033 = llvm.call_intrinsic "llvm.exp2.f32"(%v2032) : (f32) -> f32
          %v2034 = arith.muli %v1415, %v4 : i64
          %v2035 = arith.subi %v4, %v2 : i64
          %v2036 = arith.minsi %v59, %v2035 : i64
          %v2037 = arith.addi %v2034, %v2036 : i64
          %v2038 = arith.muli %v2037, %v1 : i64
          %v2039 = arith.addi %v2038, %v68 : i64
          %v2040 = llvm.getelementptr %scratch_h[%v2039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
          %v2045 = arith.muli %v676, %v2044 : i64
          %v2046 = arith.muli %v65, %v339 : i64
          %v2047 = arith.muli %v63, %v338 : i64
          %v2048 = arith.addi %v2046, %v2047 : i64
          %v2049 = arith.addi %v2045, %v2048 : i64
          %v2050 = llvm.getelementptr %ckpt_h[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
          %v2052 = arith.select %v1413, %v2051, %v2041 : f32
          %v2053 = arith.mulf %v2052, %v1845 : f32
          %v2054 = arith.mulf %v2030, %v2053 : f32
          %v2055 = arith.mulf %v2033, %v2054 : f32
          %v2056 = arith.muli %v63, %v938 : i64
          %v2057 = arith.constant 1 : i64
          %v2058 = arith.muli %v2057, %v2 : i64
          %v2059 = arith.addi %v2056, %v2058 : i64
          %v2060 = llvm.getelementptr %in_A[%v2059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
          %v2062 = arith.mulf %v1839, %v2061 : f32
          %v2063 = arith.mulf %v2062, %v907 : f32
          %v2064 = llvm.call_intrinsic "llvm.exp2.f32"(%v2063) : (f32) -> f32
          %v2065 = arith.muli %v1415, %v4 : i64
          %v2066 = arith.subi %v4, %v2 : i64
          %v2067 = arith.minsi %v59, %v2066 : i64
          %v2068 = arith.addi %v2065, %v2067 : i64
          %v2069 = arith.muli %v2068, %v1 : i64
          %v2070 = arith.addi %v2069, %v2 : i64
          %v2071 = llvm.getelementptr %scratch_h[%v2070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
          %v2076 = arith.muli %v676, %v2075 : i64
          %v2077 = arith.muli %v65, %v339 : i64
          %v2078 = arith.muli %v63, %v338 : i64
          %v2079 = arith.addi %v2077, %v2078 : i64
          %v2080 = arith.constant 1 : i64
          %v2081 = arith.muli %v2080, %v2 : i64
          %v2082 = arith.addi %v2079, %v2081 : i64
          %v2083 = arith.addi %v2076, %v2082 : i64
          %v2084 = llvm.getelementptr %ckpt_h[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2085 = llvm.load %v2084 : !llvm.ptr -> f32
          %v2086 = arith.select %v1413, %v2085, %v2072 : f32
          %v2087 = arith.mulf %v2086, %v1855 : f32
          %v2088 = arith.mulf %v2061, %v2087 : f32
          %v2089 = arith.mulf %v2064, %v2088 : f32
          %v2090 = arith.addf %v2055, %v2089 : f32
          %v2091 = arith.muli %v63, %v938 : i64
          %v2092 = arith.constant 2 : i64
          %v2093 = arith.muli %v2092, %v2 : i64
          %v2094 = arith.addi %v2091, %v2093 : i64
          %v2095 = llvm.getelementptr %in_A[%v2094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2096 = llvm.load %v2095 : !llvm.ptr -> f32
          %v2097 = arith.mulf %v1839, %v2096 : f32
          %v2098 = arith.mulf %v2097, %v907 : f32
          %v2099 = llvm.call_intrinsic "llvm.exp2.f32"(%v2098) : (f32) -> f32
          %v2100 = arith.muli %v1415, %v4 : i64
          %v2101 = arith.subi %v4, %v2 : i64
          %v2102 = arith.minsi %v59, %v2101 : i64
          %v2103 = arith.addi %v2100, %v2102 : i64
          %v2104 = arith.muli %v2103, %v1 : i64
          %v2105 = arith.addi %v2104, %v1025 : i64
          %v2106 = llvm.getelementptr %scratch_h[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
          %v2111 = arith.muli %v676, %v2110 : i64
          %v2112 = arith.muli %v65, %v339 : i64
          %v2113 = arith.muli %v63, %v338 : i64
          %v2114 = arith.addi %v2112, %v2113 : i64
          %v2115 = arith.constant 2 : i64
          %v2116 = arith.muli %v2115, %v2 : i64
          %v2117 = arith.addi %v2114, %v2116 : i64
          %v2118 = arith.addi %v2111, %v2117 : i64
          %v2119 = llvm.getelementptr %ckpt_h[%v2118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2120 = llvm.load %v2119 : !llvm.ptr -> f32
          %v2121 = arith.select %v1413, %v2120, %v2107 : f32
          %v2122 = arith.mulf %v2121, %v1866 : f32
          %v2123 = arith.mulf %v2096, %v2122 : f32
          %v2124 = arith.mulf %v2099, %v2123 : f32
          %v2125 = arith.addf %v2090, %v2124 : f32
          %v2126 = arith.muli %v63, %v938 : i64
          %v2127 = arith.constant 3 : i64
          %v2128 = arith.muli %v2127, %v2 : i64
          %v2129 = arith.addi %v2126, %v2128 : i64
          %v2130 = llvm.getelementptr %in_A[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2131 = llvm.load %v2130 : !llvm.ptr -> f32
          %v2132 = arith.mulf %v1839, %v2131 : f32
          %v2133 = arith.mulf %v2132, %v907 : f32
          %v2134 = llvm.call_intrinsic "llvm.exp2.f32"(%v2133) : (f32) -> f32
          %v2135 = arith.muli %v1415, %v4 : i64
          %v2136 = arith.subi %v4, %v2 : i64
          %v2137 = arith.minsi %v59, %v2136 : i64
          %v2138 = arith.addi %v2135, %v2137 : i64
          %v2139 = arith.muli %v2138, %v1 : i64
          %v2140 = arith.addi %v2139, %v1054 : i64
          %v2141 = llvm.getelementptr %scratch_h[%v2140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2142 = llvm.load %v2141 : !llvm.ptr -> f32
          %v2146 = arith.muli %v676, %v2145 : i64
          %v2147 = arith.muli %v65, %v339 : i64
          %v2148 = arith.muli %v63, %v338 : i64
          %v2149 = arith.addi %v2147, %v2148 : i64
          %v2150 = arith.constant 3 : i64
          %v2151 = arith.muli %v2150, %v2 : i64
          %v2152 = arith.addi %v2149, %v2151 : i64
          %v2153 = arith.addi %v2146, %v2152 : i64
          %v2154 = llvm.getelementptr %ckpt_h[%v2153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2155 = llvm.load %v2154 : !llvm.ptr -> f32
          %v2156 = arith.select %v1413, %v2155, %v2142 : f32
          %v2157 = arith.mulf %v2156, %v1877 : f32
          %v2158 = arith.mulf %v2131, %v2157 : f32
          %v2159 = arith.mulf %v2134, %v2158 : f32
          %v2160 = arith.addf %v2125, %v2159 : f32
          %v2161 = arith.muli %v63, %v938 : i64
          %v2162 = arith.constant 4 : i64
          %v2163 = arith.muli %v2162, %v2 : i64
          %v2164 = arith.addi %v2161, %v2163 : i64
          %v2165 = llvm.getelementptr %in_A[%v2164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
          %v2167 = arith.mulf %v1839, %v2166 : f32
          %v2168 = arith.mulf %v2167, %v907 : f32
          %v2169 = llvm.call_intrinsic "llvm.exp2.f32"(%v2168) : (f32) -> f32
          %v2170 = arith.muli %v1415, %v4 : i64
          %v2171 = arith.subi %v4, %v2 : i64
          %v2172 = arith.minsi %v59, %v2171 : i64
          %v2173 = arith.addi %v2170, %v2172 : i64
          %v2174 = arith.muli %v2173, %v1 : i64
          %v2175 = arith.addi %v2174, %v1083 : i64
          %v2176 = llvm.getelementptr %scratch_h[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2177 = llvm.load %v2176 : !llvm.ptr -> f32
          %v2181 = arith.muli %v676, %v2180 : i64
          %v2182 = arith.muli %v65, %v339 : i64
          %v2183 = arith.muli %v63, %v338 : i64
          %v2184 = arith.addi %v2182, %v2183 : i64
          %v2185 = arith.constant 4 : i64
          %v2186 = arith.muli %v2185, %v2 : i64
          %v2187 = arith.addi %v2184, %v2186 : i64
          %v2188 = arith.addi %v2181, %v2187 : i64
          %v2189 = llvm.getelementptr %ckpt_h[%v2188] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
          %v2191 = arith.select %v1413, %v2190, %v2177 : f32
          %v2192 = arith.mulf %v2191, %v1888 : f32
          %v2193 = arith.mulf %v2166, %v2192 : f32
          %v2194 = arith.mulf %v2169, %v2193 : f32
          %v2195 = arith.addf %v2160, %v2194 : f32
          %v2196 = arith.muli %v63, %v938 : i64
          %v2197 = arith.constant 5 : i64
          %v2198 = arith.muli %v2197, %v2 : i64
          %v2199 = arith.addi %v2196, %v2198 : i64
          %v2200 = llvm.getelementptr %in_A[%v2199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2201 = llvm.load %v2200 : !llvm.ptr -> f32
          %v2202 = arith.mulf %v1839, %v2201 : f32
          %v2203 = arith.mulf %v2202, %v907 : f32
          %v2204 = llvm.call_intrinsic "llvm.exp2.f32"(%v2203) : (f32) -> f32
          %v2205 = arith.muli %v1415, %v4 : i64
          %v2206 = arith.subi %v4, %v2 : i64
          %v2207 = arith.minsi %v59, %v2206 : i64
          %v2208 = arith.addi %v2205, %v2207 : i64
          %v2209 = arith.muli %v2208, %v1 : i64
          %v2210 = arith.addi %v2209, %v1112 : i64
          %v2211 = llvm.getelementptr %scratch_h[%v2210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2212 = llvm.load %v2211 : !llvm.ptr -> f32
          %v2216 = arith.muli %v676, %v2215 : i64
          %v2217 = arith.muli %v65, %v339 : i64
          %v2218 = arith.muli %v63, %v338 : i64
          %v2219 = arith.addi %v2217, %v2218 : i64
          %v2220 = arith.constant 5 : i64
          %v2221 = arith.muli %v2220, %v2 : i64
          %v2222 = arith.addi %v2219, %v2221 : i64
          %v2223 = arith.addi %v2216, %v2222 : i64
          %v2224 = llvm.getelementptr %ckpt_h[%v2223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2225 = llvm.load %v2224 : !llvm.ptr -> f32
          %v2226 = arith.select %v1413, %v2225, %v2212 : f32
          %v2227 = arith.mulf %v2226, %v1899 : f32
          %v2228 = arith.mulf %v2201, %v2227 : f32
          %v2229 = arith.mulf %v2204, %v2228 : f32
          %v2230 = arith.addf %v2195, %v2229 : f32
          %v2231 = arith.muli %v63, %v938 : i64
          %v2232 = arith.constant 6 : i64
          %v2233 = arith.muli %v2232, %v2 : i64
          %v2234 = arith.addi %v2231, %v2233 : i64
          %v2235 = llvm.getelementptr %in_A[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2236 = llvm.load %v2235 : !llvm.ptr -> f32
          %v2237 = arith.mulf %v1839, %v2236 : f32
          %v2238 = arith.mulf %v2237, %v907 : f32
          %v2239 = llvm.call_intrinsic "llvm.exp2.f32"(%v2238) : (f32) -> f32
          %v2240 = arith.muli %v1415, %v4 : i64
          %v2241 = arith.subi %v4, %v2 : i64
          %v2242 = arith.minsi %v59, %v2241 : i64
          %v2243 = arith.addi %v2240, %v2242 : i64
          %v2244 = arith.muli %v2243, %v1 : i64
          %v2245 = arith.addi %v2244, %v1141 : i64
          %v2246 = llvm.getelementptr %scratch_h[%v2245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2247 = llvm.load %v2246 : !llvm.ptr -> f32
          %v2251 = arith.muli %v676, %v2250 : i64
          %v2252 = arith.muli %v65, %v339 : i64
          %v2253 = arith.muli %v63, %v338 : i64
          %v2254 = arith.addi %v2252, %v2253 : i64
          %v2255 = arith.constant 6 : i64
          %v2256 = arith.muli %v2255, %v2 : i64
          %v2257 = arith.addi %v2254, %v2256 : i64
          %v2258 = arith.addi %v2251, %v2257 : i64
          %v2259 = llvm.getelementptr %ckpt_h[%v2258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2260 = llvm.load %v2259 : !llvm.ptr -> f32
          %v2261 = arith.select %v1413, %v2260, %v2247 : f32
          %v2262 = arith.mulf %v2261, %v1910 : f32
          %v2263 = arith.mulf %v2236, %v2262 : f32
          %v2264 = arith.mulf %v2239, %v2263 : f32
          %v2265 = arith.addf %v2230, %v2264 : f32
          %v2266 = arith.muli %v63, %v938 : i64
          %v2267 = arith.constant 7 : i64
          %v2268 = arith.muli %v2267, %v2 : i64
          %v2269 = arith.addi %v2266, %v2268 : i64
          %v2270 = llvm.getelementptr %in_A[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2271 = llvm.load %v2270 : !llvm.ptr -> f32
          %v2272 = arith.mulf %v1839, %v2271 : f32
          %v2273 = arith.mulf %v2272, %v907 : f32
          %v2274 = llvm.call_intrinsic "llvm.exp2.f32"(%v2273) : (f32) -> f32
          %v2275 = arith.muli %v1415, %v4 : i64
          %v2276 = arith.subi %v4, %v2 : i64
          %v2277 = arith.minsi %v59, %v2276 : i64
          %v2278 = arith.addi %v2275, %v2277 : i64
          %v2279 = arith.muli %v2278, %v1 : i64
          %v2280 = arith.addi %v2279, %v1170 : i64
          %v2281 = llvm.getelementptr %scratch_h[%v2280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2282 = llvm.load %v2281 : !llvm.ptr -> f32
          %v2286 = arith.muli %v676, %v2285 : i64
          %v2287 = arith.muli %v65, %v339 : i64
          %v2288 = arith.muli %v63, %v338 : i64
          %v2289 = arith.addi %v2287, %v2288 : i64
          %v2290 = arith.constant 7 : i64
          %v2291 = arith.muli %v2290, %v2 : i64
          %v2292 = arith.addi %v2289, %v2291 : i64
          %v2293 = arith.addi %v2286, %v2292 : i64
          %v2294 = llvm.getelementptr %ckpt_h[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2295 = llvm.load %v2294 : !llvm.ptr -> f32
          %v2296 = arith.select %v1413, %v2295, %v2282 : f32
          %v2297 = arith.mulf %v2296, %v1921 : f32
          %v2298 = arith.mulf %v2271, %v2297 : f32
          %v2299 = arith.mulf %v2274, %v2298 : f32
          %v2300 = arith.addf %v2265, %v2299 : f32
          %v2301 = arith.muli %v63, %v938 : i64
          %v2302 = arith.constant 8 : i64
          %v2303 = arith.muli %v2302, %v2 : i64
          %v2304 = arith.addi %v2301, %v2303 : i64
          %v2305 = llvm.getelementptr %in_A[%v2304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2306 = llvm.load %v2305 : !llvm.ptr -> f32
          %v2307 = arith.mulf %v1839, %v2306 : f32
          %v2308 = arith.mulf %v2307, %v907 : f32
          %v2309 = llvm.call_intrinsic "llvm.exp2.f32"(%v2308) : (f32) -> f32
          %v2310 = arith.muli %v1415, %v4 : i64
          %v2311 = arith.subi %v4, %v2 : i64
          %v2312 = arith.minsi %v59, %v2311 : i64
          %v2313 = arith.addi %v2310, %v2312 : i64
          %v2314 = arith.muli %v2313, %v1 : i64
          %v2315 = arith.addi %v2314, %v1199 : i64
          %v2316 = llvm.getelementptr %scratch_h[%v2315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2317 = llvm.load %v2316 : !llvm.ptr -> f32
          %v2321 = arith.muli %v676, %v2320 : i64
          %v2322 = arith.muli %v65, %v339 : i64
          %v2323 = arith.muli %v63, %v338 : i64
          %v2324 = arith.addi %v2322, %v2323 : i64
          %v2325 = arith.constant 8 : i64
          %v2326 = arith.muli %v2325, %v2 : i64
          %v2327 = arith.addi %v2324, %v2326 : i64
          %v2328 = arith.addi %v2321, %v2327 : i64
          %v2329 = llvm.getelementptr %ckpt_h[%v2328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2330 = llvm.load %v2329 : !llvm.ptr -> f32
          %v2331 = arith.select %v1413, %v2330, %v2317 : f32
          %v2332 = arith.mulf %v2331, %v1932 : f32
          %v2333 = arith.mulf %v2306, %v2332 : f32
          %v2334 = arith.mulf %v2309, %v2333 : f32
          %v2335 = arith.addf %v2300, %v2334 : f32
          %v2336 = arith.muli %v63, %v938 : i64
          %v2337 = arith.constant 9 : i64
          %v2338 = arith.muli %v2337, %v2 : i64
          %v2339 = arith.addi %v2336, %v2338 : i64
          %v2340 = llvm.getelementptr %in_A[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2341 = llvm.load %v2340 : !llvm.ptr -> f32
          %v2342 = arith.mulf %v1839, %v2341 : f32
          %v2343 = arith.mulf %v2342, %v907 : f32
          %v2344 = llvm.call_intrinsic "llvm.exp2.f32"(%v2343) : (f32) -> f32
          %v2345 = arith.muli %v1415, %v4 : i64
          %v2346 = arith.subi %v4, %v2 : i64
          %v2347 = arith.minsi %v59, %v2346 : i64
          %v2348 = arith.addi %v2345, %v2347 : i64
          %v2349 = arith.muli %v2348, %v1 : i64
          %v2350 = arith.addi %v2349, %v1228 : i64
          %v2351 = llvm.getelementptr %scratch_h[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2352 = llvm.load %v2351 : !llvm.ptr -> f32
          %v2356 = arith.muli %v676, %v2355 : i64
          %v2357 = arith.muli %v65, %v339 : i64
          %v2358 = arith.muli %v63, %v338 : i64
          %v2359 = arith.addi %v2357, %v2358 : i64
          %v2360 = arith.constant 9 : i64
          %v2361 = arith.muli %v2360, %v2 : i64
          %v2362 = arith.addi %v2359, %v2361 : i64
          %v2363 = arith.addi %v2356, %v2362 : i64
          %v2364 = llvm.getelementptr %ckpt_h[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
          %v2366 = arith.select %v1413, %v2365, %v2352 : f32
          %v2367 = arith.mulf %v2366, %v1943 : f32
          %v2368 = arith.mulf %v2341, %v2367 : f32
          %v2369 = arith.mulf %v2344, %v2368 : f32
          %v2370 = arith.addf %v2335, %v2369 : f32
          %v2371 = arith.muli %v63, %v938 : i64
          %v2372 = arith.constant 10 : i64
          %v2373 = arith.muli %v2372, %v2 : i64
          %v2374 = arith.addi %v2371, %v2373 : i64
          %v2375 = llvm.getelementptr %in_A[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2376 = llvm.load %v2375 : !llvm.ptr -> f32
          %v2377 = arith.mulf %v1839, %v2376 : f32
          %v2378 = arith.mulf %v2377, %v907 : f32
          %v2379 = llvm.call_intrinsic "llvm.exp2.f32"(%v2378) : (f32) -> f32
          %v2380 = arith.muli %v1415, %v4 : i64
          %v2381 = arith.subi %v4, %v2 : i64
          %v2382 = arith.minsi %v59, %v2381 : i64
          %v2383 = arith.addi %v2380, %v2382 : i64
          %v2384 = arith.muli %v2383, %v1 : i64
          %v2385 = arith.addi %v2384, %v1257 : i64
          %v2386 = llvm.getelementptr %scratch_h[%v2385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2387 = llvm.load %v2386 : !llvm.ptr -> f32
          %v2391 = arith.muli %v676, %v2390 : i64
          %v2392 = arith.muli %v65, %v339 : i64
          %v2393 = arith.muli %v63, %v338 : i64
          %v2394 = arith.addi %v2392, %v2393 : i64
          %v2395 = arith.constant 10 : i64
          %v2396 = arith.muli %v2395, %v2 : i64
          %v2397 = arith.addi %v2394, %v2396 : i64
          %v2398 = arith.addi %v2391, %v2397 : i64
          %v2399 = llvm.getelementptr %ckpt_h[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
          %v2401 = arith.select %v1413, %v2400, %v2387 : f32
          %v2402 = arith.mulf %v2401, %v1954 : f32
          %v2403 = arith.mulf %v2376, %v2402 : f32
          %v2404 = arith.mulf %v2379, %v2403 : f32
          %v2405 = arith.addf %v2370, %v2404 : f32
          %v2406 = arith.muli %v63, %v938 : i64
          %v2407 = arith.constant 11 : i64
          %v2408 = arith.muli %v2407, %v2 : i64
          %v2409 = arith.addi %v2406, %v2408 : i64
          %v2410 = llvm.getelementptr %in_A[%v2409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2411 = llvm.load %v2410 : !llvm.ptr -> f32
          %v2412 = arith.mulf %v1839, %v2411 : f32
          %v2413 = arith.mulf %v2412, %v907 : f32
          %v2414 = llvm.call_intrinsic "llvm.exp2.f32"(%v2413) : (f32) -> f32
          %v2415 = arith.muli %v1415, %v4 : i64
          %v2416 = arith.subi %v4, %v2 : i64
          %v2417 = arith.minsi %v59, %v2416 : i64
          %v2418 = arith.addi %v2415, %v2417 : i64
          %v2419 = arith.muli %v2418, %v1 : i64
          %v2420 = arith.addi %v2419, %v1286 : i64
          %v2421 = llvm.getelementptr %scratch_h[%v2420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2422 = llvm.load %v2421 : !llvm.ptr -> f32
          %v2426 = arith.muli %v676, %v2425 : i64
          %v2427 = arith.muli %v65, %v339 : i64
          %v2428 = arith.muli %v63, %v338 : i64
          %v2429 = arith.addi %v2427, %v2428 : i64
          %v2430 = arith.constant 11 : i64
          %v2431 = arith.muli %v2430, %v2 : i64
          %v2432 = arith.addi %v2429, %v2431 : i64
          %v2433 = arith.addi %v2426, %v2432 : i64
          %v2434 = llvm.getelementptr %ckpt_h[%v2433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2435 = llvm.load %v2434 : !llvm.ptr -> f32
          %v2436 = arith.select %v1413, %v2435, %v2422 : f32
          %v2437 = arith.mulf %v2436, %v1965 : f32
          %v2438 = arith.mulf %v2411, %v2437 : f32
          %v2439 = arith.mulf %v2414, %v2438 : f32
          %v2440 = arith.addf %v2405, %v2439 : f32
          %v2441 = arith.muli %v63, %v938 : i64
          %v2442 = arith.constant 12 : i64
          %v2443 = arith.muli %v2442, %v2 : i64
          %v2444 = arith.addi %v2441, %v2443 : i64
          %v2445 = llvm.getelementptr %in_A[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2446 = llvm.load %v2445 : !llvm.ptr -> f32
          %v2447 = arith.mulf %v1839, %v2446 : f32
          %v2448 = arith.mulf %v2447, %v907 : f32
          %v2449 = llvm.call_intrinsic "llvm.exp2.f32"(%v2448) : (f32) -> f32
          %v2450 = arith.muli %v1415, %v4 : i64
          %v2451 = arith.subi %v4, %v2 : i64
          %v2452 = arith.minsi %v59, %v2451 : i64
          %v2453 = arith.addi %v2450, %v2452 : i64
          %v2454 = arith.muli %v2453, %v1 : i64
          %v2455 = arith.addi %v2454, %v1315 : i64
          %v2456 = llvm.getelementptr %scratch_h[%v2455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2457 = llvm.load %v2456 : !llvm.ptr -> f32
          %v2461 = arith.muli %v676, %v2460 : i64
          %v2462 = arith.muli %v65, %v339 : i64
          %v2463 = arith.muli %v63, %v338 : i64
          %v2464 = arith.addi %v2462, %v2463 : i64
          %v2465 = arith.constant 12 : i64
          %v2466 = arith.muli %v2465, %v2 : i64
          %v2467 = arith.addi %v2464, %v2466 : i64
          %v2468 = arith.addi %v2461, %v2467 : i64
          %v2469 = llvm.getelementptr %ckpt_h[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2470 = llvm.load %v2469 : !llvm.ptr -> f32
          %v2471 = arith.select %v1413, %v2470, %v2457 : f32
          %v2472 = arith.mulf %v2471, %v1976 : f32
          %v2473 = arith.mulf %v2446, %v2472 : f32
          %v2474 = arith.mulf %v2449, %v2473 : f32
          %v2475 = arith.addf %v2440, %v2474 : f32
          %v2476 = arith.muli %v63, %v938 : i64
          %v2477 = arith.constant 13 : i64
          %v2478 = arith.muli %v2477, %v2 : i64
          %v2479 = arith.addi %v2476, %v2478 : i64
          %v2480 = llvm.getelementptr %in_A[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2481 = llvm.load %v2480 : !llvm.ptr -> f32
          %v2482 = arith.mulf %v1839, %v2481 : f32
          %v2483 = arith.mulf %v2482, %v907 : f32
          %v2484 = llvm.call_intrinsic "llvm.exp2.f32"(%v2483) : (f32) -> f32
          %v2485 = arith.muli %v1415, %v4 : i64
          %v2486 = arith.subi %v4, %v2 : i64
          %v2487 = arith.minsi %v59, %v2486 : i64
          %v2488 = arith.addi %v2485, %v2487 : i64
          %v2489 = arith.muli %v2488, %v1 : i64
          %v2490 = arith.addi %v2489, %v1344 : i64
          %v2491 = llvm.getelementptr %scratch_h[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2492 = llvm.load %v2491 : !llvm.ptr -> f32
          %v2496 = arith.muli %v676, %v2495 : i64
          %v2497 = arith.muli %v65, %v339 : i64
          %v2498 = arith.muli %v63, %v338 : i64
          %v2499 = arith.addi %v2497, %v2498 : i64
          %v2500 = arith.constant 13 : i64
          %v2501 = arith.muli %v2500, %v2 : i64
          %v2502 = arith.addi %v2499, %v2501 : i64
          %v2503 = arith.addi %v2496, %v2502 : i64
          %v2504 = llvm.getelementptr %ckpt_h[%v2503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2505 = llvm.load %v2504 : !llvm.ptr -> f32
          %v2506 = arith.select %v1413, %v2505, %v2492 : f32
          %v2507 = arith.mulf %v2506, %v1987 : f32
          %v2508 = arith.mulf %v2481, %v2507 : f32
          %v2509 = arith.mulf %v2484, %v2508 : f32
          %v2510 = arith.addf %v2475, %v2509 : f32
          %v2511 = arith.muli %v63, %v938 : i64
          %v2512 = arith.constant 14 : i64
          %v2513 = arith.muli %v2512, %v2 : i64
          %v2514 = arith.addi %v2511, %v2513 : i64
          %v2515 = llvm.getelementptr %in_A[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2516 = llvm.load %v2515 : !llvm.ptr -> f32
          %v2517 = arith.mulf %v1839, %v2516 : f32
          %v2518 = arith.mulf %v2517, %v907 : f32
          %v2519 = llvm.call_intrinsic "llvm.exp2.f32"(%v2518) : (f32) -> f32
          %v2520 = arith.muli %v1415, %v4 : i64
          %v2521 = arith.subi %v4, %v2 : i64
          %v2522 = arith.minsi %v59, %v2521 : i64
          %v2523 = arith.addi %v2520, %v2522 : i64
          %v2524 = arith.muli %v2523, %v1 : i64
          %v2525 = arith.addi %v2524, %v1373 : i64
          %v2526 = llvm.getelementptr %scratch_h[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2527 = llvm.load %v2526 : !llvm.ptr -> f32
          %v2531 = arith.muli %v676, %v2530 : i64
          %v2532 = arith.muli %v65, %v339 : i64
          %v2533 = arith.muli %v63, %v338 : i64
          %v2534 = arith.addi %v2532, %v2533 : i64
          %v2535 = arith.constant 14 : i64
          %v2536 = arith.muli %v2535, %v2 : i64
          %v2537 = arith.addi %v2534, %v2536 : i64
          %v2538 = arith.addi %v2531, %v2537 : i64
          %v2539 = llvm.getelementptr %ckpt_h[%v2538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2540 = llvm.load %v2539 : !llvm.ptr -> f32
          %v2541 = arith.select %v1413, %v2540, %v2527 : f32
          %v2542 = arith.mulf %v2541, %v1998 : f32
          %v2543 = arith.mulf %v2516, %v2542 : f32
          %v2544 = arith.mulf %v2519, %v2543 : f32
          %v2545 = arith.addf %v2510, %v2544 : f32
          %v2546 = arith.muli %v63, %v938 : i64
          %v2547 = arith.constant 15 : i64
          %v2548 = arith.muli %v2547, %v2 : i64
          %v2549 = arith.addi %v2546, %v2548 : i64
          %v2550 = llvm.getelementptr %in_A[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2551 = llvm.load %v2550 : !llvm.ptr -> f32
          %v2552 = arith.mulf %v1839, %v2551 : f32
          %v2553 = arith.mulf %v2552, %v907 : f32
          %v2554 = llvm.call_intrinsic "llvm.exp2.f32"(%v2553) : (f32) -> f32
          %v2555 = arith.muli %v1415, %v4 : i64
          %v2556 = arith.subi %v4, %v2 : i64
          %v2557 = arith.minsi %v59, %v2556 : i64
          %v2558 = arith.addi %v2555, %v2557 : i64
          %v2559 = arith.muli %v2558, %v1 : i64
          %v2560 = arith.addi %v2559, %v1402 : i64
          %v2561 = llvm.getelementptr %scratch_h[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
          %v2566 = arith.muli %v676, %v2565 : i64
          %v2567 = arith.muli %v65, %v339 : i64
          %v2568 = arith.muli %v63, %v338 : i64
          %v2569 = arith.addi %v2567, %v2568 : i64
          %v2570 = arith.constant 15 : i64
          %v2571 = arith.muli %v2570, %v2 : i64
          %v2572 = arith.addi %v2569, %v2571 : i64
          %v2573 = arith.addi %v2566, %v2572 : i64
          %v2574 = llvm.getelementptr %ckpt_h[%v2573] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2575 = llvm.load %v2574 : !llvm.ptr -> f32
          %v2576 = arith.select %v1413, %v2575, %v2562 : f32
          %v2577 = arith.mulf %v2576, %v2009 : f32
          %v2578 = arith.mulf %v2551, %v2577 : f32
          %v2579 = arith.mulf %v2554, %v2578 : f32
          %v2580 = arith.addf %v2545, %v2579 : f32
          %v2581 = arith.addf %v2027, %v2580 : f32
          %v2582 = arith.negf %v1814 : f32
          %v2583 = arith.mulf %v2582, %v907 : f32
          %v2584 = llvm.call_intrinsic "llvm.exp2.f32"(%v2583) : (f32) -> f32
          %v2585 = arith.addf %v332, %v2584 : f32
          %v2586 = arith.divf %v332, %v2585 : f32
          %v2587 = arith.mulf %v2581, %v2586 : f32
          scf.if %v60 {
            %v2588 = arith.muli %v65, %v892 : i64
            %v2589 = arith.muli %v1412, %v891 : i64
            %v2590 = arith.addi %v2588, %v2589 : i64
            %v2591 = arith.muli %v63, %v2 : i64
            %v2592 = arith.addi %v2590, %v2591 : i64
            %v2593 = llvm.getelementptr %dx_delta[%v2592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2587, %v2593 : f32, !llvm.ptr
          }
          %v2594 = arith.muli %v1411, %v4 : i64
          %v2595 = arith.subi %v4, %v2 : i64
          %v2596 = arith.minsi %v59, %v2595 : i64
          %v2597 = arith.addi %v2594, %v2596 : i64
          %v2598 = arith.muli %v2597, %v1 : i64
          %v2599 = arith.addi %v2598, %v68 : i64
          %v2600 = llvm.getelementptr %scratch_h[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2601 = llvm.load %v2600 : !llvm.ptr -> f32
          %v2602 = arith.mulf %v1420, %v2601 : f32
          %v2603 = arith.muli %v1411, %v4 : i64
          %v2604 = arith.subi %v4, %v2 : i64
          %v2605 = arith.minsi %v59, %v2604 : i64
          %v2606 = arith.addi %v2603, %v2605 : i64
          %v2607 = arith.muli %v2606, %v1 : i64
          %v2608 = arith.addi %v2607, %v2 : i64
          %v2609 = llvm.getelementptr %scratch_h[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2610 = llvm.load %v2609 : !llvm.ptr -> f32
          %v2611 = arith.mulf %v1454, %v2610 : f32
          %v2612 = arith.addf %v2602, %v2611 : f32
          %v2613 = arith.muli %v1411, %v4 : i64
          %v2614 = arith.subi %v4, %v2 : i64
          %v2615 = arith.minsi %v59, %v2614 : i64
          %v2616 = arith.addi %v2613, %v2615 : i64
          %v2617 = arith.muli %v2616, %v1 : i64
          %v2618 = arith.addi %v2617, %v1025 : i64
          %v2619 = llvm.getelementptr %scratch_h[%v2618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2620 = llvm.load %v2619 : !llvm.ptr -> f32
          %v2621 = arith.mulf %v1467, %v2620 : f32
          %v2622 = arith.addf %v2612, %v2621 : f32
          %v2623 = arith.muli %v1411, %v4 : i64
          %v2624 = arith.subi %v4, %v2 : i64
          %v2625 = arith.minsi %v59, %v2624 : i64
          %v2626 = arith.addi %v2623, %v2625 : i64
          %v2627 = arith.muli %v2626, %v1 : i64
          %v2628 = arith.addi %v2627, %v1054 : i64
          %v2629 = llvm.getelementptr %scratch_h[%v2628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
          %v2631 = arith.mulf %v1480, %v2630 : f32
          %v2632 = arith.addf %v2622, %v2631 : f32
          %v2633 = arith.muli %v1411, %v4 : i64
          %v2634 = arith.subi %v4, %v2 : i64
          %v2635 = arith.minsi %v59, %v2634 : i64
          %v2636 = arith.addi %v2633, %v2635 : i64
          %v2637 = arith.muli %v2636, %v1 : i64
          %v2638 = arith.addi %v2637, %v1083 : i64
          %v2639 = llvm.getelementptr %scratch_h[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
          %v2641 = arith.mulf %v1493, %v2640 : f32
          %v2642 = arith.addf %v2632, %v2641 : f32
          %v2643 = arith.muli %v1411, %v4 : i64
          %v2644 = arith.subi %v4, %v2 : i64
          %v2645 = arith.minsi %v59, %v2644 : i64
          %v2646 = arith.addi %v2643, %v2645 : i64
          %v2647 = arith.muli %v2646, %v1 : i64
          %v2648 = arith.addi %v2647, %v1112 : i64
          %v2649 = llvm.getelementptr %scratch_h[%v2648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
          %v2651 = arith.mulf %v1506, %v2650 : f32
          %v2652 = arith.addf %v2642, %v2651 : f32
          %v2653 = arith.muli %v1411, %v4 : i64
          %v2654 = arith.subi %v4, %v2 : i64
          %v2655 = arith.minsi %v59, %v2654 : i64
          %v2656 = arith.addi %v2653, %v2655 : i64
          %v2657 = arith.muli %v2656, %v1 : i64
          %v2658 = arith.addi %v2657, %v1141 : i64
          %v2659 = llvm.getelementptr %scratch_h[%v2658] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2660 = llvm.load %v2659 : !llvm.ptr -> f32
          %v2661 = arith.mulf %v1519, %v2660 : f32
          %v2662 = arith.addf %v2652, %v2661 : f32
          %v2663 = arith.muli %v1411, %v4 : i64
          %v2664 = arith.subi %v4, %v2 : i64
          %v2665 = arith.minsi %v59, %v2664 : i64
          %v2666 = arith.addi %v2663, %v2665 : i64
          %v2667 = arith.muli %v2666, %v1 : i64
          %v2668 = arith.addi %v2667, %v1170 : i64
          %v2669 = llvm.getelementptr %scratch_h[%v2668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2670 = llvm.load %v2669 : !llvm.ptr -> f32
          %v2671 = arith.mulf %v1532, %v2670 : f32
          %v2672 = arith.addf %v2662, %v2671 : f32
          %v2673 = arith.muli %v1411, %v4 : i64
          %v2674 = arith.subi %v4, %v2 : i64
          %v2675 = arith.minsi %v59, %v2674 : i64
          %v2676 = arith.addi %v2673, %v2675 : i64
          %v2677 = arith.muli %v2676, %v1 : i64
          %v2678 = arith.addi %v2677, %v1199 : i64
          %v2679 = llvm.getelementptr %scratch_h[%v2678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2680 = llvm.load %v2679 : !llvm.ptr -> f32
          %v2681 = arith.mulf %v1545, %v2680 : f32
          %v2682 = arith.addf %v2672, %v2681 : f32
          %v2683 = arith.muli %v1411, %v4 : i64
          %v2684 = arith.subi %v4, %v2 : i64
          %v2685 = arith.minsi %v59, %v2684 : i64
          %v2686 = arith.addi %v2683, %v2685 : i64
          %v2687 = arith.muli %v2686, %v1 : i64
          %v2688 = arith.addi %v2687, %v1228 : i64
          %v2689 = llvm.getelementptr %scratch_h[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2690 = llvm.load %v2689 : !llvm.ptr -> f32
          %v2691 = arith.mulf %v1558, %v2690 : f32
          %v2692 = arith.addf %v2682, %v2691 : f32
          %v2693 = arith.muli %v1411, %v4 : i64
          %v2694 = arith.subi %v4, %v2 : i64
          %v2695 = arith.minsi %v59, %v2694 : i64
          %v2696 = arith.addi %v2693, %v2695 : i64
          %v2697 = arith.muli %v2696, %v1 : i64
          %v2698 = arith.addi %v2697, %v1257 : i64
          %v2699 = llvm.getelementptr %scratch_h[%v2698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2700 = llvm.load %v2699 : !llvm.ptr -> f32
          %v2701 = arith.mulf %v1571, %v2700 : f32
          %v2702 = arith.addf %v2692, %v2701 : f32
          %v2703 = arith.muli %v1411, %v4 : i64
          %v2704 = arith.subi %v4, %v2 : i64
          %v2705 = arith.minsi %v59, %v2704 : i64
          %v2706 = arith.addi %v2703, %v2705 : i64
          %v2707 = arith.muli %v2706, %v1 : i64
          %v2708 = arith.addi %v2707, %v1286 : i64
          %v2709 = llvm.getelementptr %scratch_h[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
          %v2711 = arith.mulf %v1584, %v2710 : f32
          %v2712 = arith.addf %v2702, %v2711 : f32
          %v2713 = arith.muli %v1411, %v4 : i64
          %v2714 = arith.subi %v4, %v2 : i64
          %v2715 = arith.minsi %v59, %v2714 : i64
          %v2716 = arith.addi %v2713, %v2715 : i64
          %v2717 = arith.muli %v2716, %v1 : i64
          %v2718 = arith.addi %v2717, %v1315 : i64
          %v2719 = llvm.getelementptr %scratch_h[%v2718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
          %v2721 = arith.mulf %v1597, %v2720 : f32
          %v2722 = arith.addf %v2712, %v2721 : f32
          %v2723 = arith.muli %v1411, %v4 : i64
          %v2724 = arith.subi %v4, %v2 : i64
          %v2725 = arith.minsi %v59, %v2724 : i64
          %v2726 = arith.addi %v2723, %v2725 : i64
          %v2727 = arith.muli %v2726, %v1 : i64
          %v2728 = arith.addi %v2727, %v1344 : i64
          %v2729 = llvm.getelementptr %scratch_h[%v2728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2730 = llvm.load %v2729 : !llvm.ptr -> f32
          %v2731 = arith.mulf %v1610, %v2730 : f32
          %v2732 = arith.addf %v2722, %v2731 : f32
          %v2733 = arith.muli %v1411, %v4 : i64
          %v2734 = arith.subi %v4, %v2 : i64
          %v2735 = arith.minsi %v59, %v2734 : i64
          %v2736 = arith.addi %v2733, %v2735 : i64
          %v2737 = arith.muli %v2736, %v1 : i64
          %v2738 = arith.addi %v2737, %v1373 : i64
          %v2739 = llvm.getelementptr %scratch_h[%v2738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2740 = llvm.load %v2739 : !llvm.ptr -> f32
          %v2741 = arith.mulf %v1623, %v2740 : f32
          %v2742 = arith.addf %v2732, %v2741 : f32
          %v2743 = arith.muli %v1411, %v4 : i64
          %v2744 = arith.subi %v4, %v2 : i64
          %v2745 = arith.minsi %v59, %v2744 : i64
          %v2746 = arith.addi %v2743, %v2745 : i64
          %v2747 = arith.muli %v2746, %v1 : i64
          %v2748 = arith.addi %v2747, %v1402 : i64
          %v2749 = llvm.getelementptr %scratch_h[%v2748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2750 = llvm.load %v2749 : !llvm.ptr -> f32
          %v2751 = arith.mulf %v1636, %v2750 : f32
          %v2752 = arith.addf %v2742, %v2751 : f32
          %v2753 = arith.mulf %v2026, %v1802 : f32
          %v2754 = arith.addf %v2752, %v2753 : f32
          %v2755 = arith.mulf %v2754, %v1440 : f32
          %v2756 = arith.negf %v1427 : f32
          %v2757 = arith.mulf %v2756, %v907 : f32
          %v2758 = llvm.call_intrinsic "llvm.exp2.f32"(%v2757) : (f32) -> f32
          %v2759 = arith.addf %v332, %v2758 : f32
          %v2760 = arith.divf %v332, %v2759 : f32
          %v2761 = arith.subf %v332, %v2760 : f32
          %v2762 = arith.mulf %v1427, %v2761 : f32
          %v2763 = arith.addf %v332, %v2762 : f32
          %v2764 = arith.mulf %v2760, %v2763 : f32
          %v2765 = arith.mulf %v2755, %v2764 : f32
          scf.if %v60 {
            %v2766 = arith.muli %v65, %v892 : i64
            %v2767 = arith.muli %v1412, %v891 : i64
            %v2768 = arith.addi %v2766, %v2767 : i64
            %v2769 = arith.muli %v63, %v2 : i64
            %v2770 = arith.addi %v2768, %v2769 : i64
            %v2771 = llvm.getelementptr %dx_z[%v2770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2765, %v2771 : f32, !llvm.ptr
          }
          %v2772 = arith.mulf %v2033, %v2053 : f32
          %v2773 = arith.mulf %v1839, %v2772 : f32
          %v2774 = llvm.load %v198 : !llvm.ptr -> f32
          %v2775 = arith.addf %v2774, %v2773 : f32
          llvm.store %v2775, %v198 : f32, !llvm.ptr
          %v2776 = arith.mulf %v2064, %v2087 : f32
          %v2777 = arith.mulf %v1839, %v2776 : f32
          %v2778 = llvm.load %v202 : !llvm.ptr -> f32
          %v2779 = arith.addf %v2778, %v2777 : f32
          llvm.store %v2779, %v202 : f32, !llvm.ptr
          %v2780 = arith.mulf %v2099, %v2122 : f32
          %v2781 = arith.mulf %v1839, %v2780 : f32
          %v2782 = llvm.load %v206 : !llvm.ptr -> f32
          %v2783 = arith.addf %v2782, %v2781 : f32
          llvm.store %v2783, %v206 : f32, !llvm.ptr
          %v2784 = arith.mulf %v2134, %v2157 : f32
          %v2785 = arith.mulf %v1839, %v2784 : f32
          %v2786 = llvm.load %v210 : !llvm.ptr -> f32
          %v2787 = arith.addf %v2786, %v2785 : f32
          llvm.store %v2787, %v210 : f32, !llvm.ptr
          %v2788 = arith.mulf %v2169, %v2192 : f32
          %v2789 = arith.mulf %v1839, %v2788 : f32
          %v2790 = llvm.load %v214 : !llvm.ptr -> f32
          %v2791 = arith.addf %v2790, %v2789 : f32
          llvm.store %v2791, %v214 : f32, !llvm.ptr
          %v2792 = arith.mulf %v2204, %v2227 : f32
          %v2793 = arith.mulf %v1839, %v2792 : f32
          %v2794 = llvm.load %v218 : !llvm.ptr -> f32
          %v2795 = arith.addf %v2794, %v2793 : f32
          llvm.store %v2795, %v218 : f32, !llvm.ptr
          %v2796 = arith.mulf %v2239, %v2262 : f32
          %v2797 = arith.mulf %v1839, %v2796 : f32
          %v2798 = llvm.load %v222 : !llvm.ptr -> f32
          %v2799 = arith.addf %v2798, %v2797 : f32
          llvm.store %v2799, %v222 : f32, !llvm.ptr
          %v2800 = arith.mulf %v2274, %v2297 : f32
          %v2801 = arith.mulf %v1839, %v2800 : f32
          %v2802 = llvm.load %v226 : !llvm.ptr -> f32
          %v2803 = arith.addf %v2802, %v2801 : f32
          llvm.store %v2803, %v226 : f32, !llvm.ptr
          %v2804 = arith.mulf %v2309, %v2332 : f32
          %v2805 = arith.mulf %v1839, %v2804 : f32
          %v2806 = llvm.load %v230 : !llvm.ptr -> f32
          %v2807 = arith.addf %v2806, %v2805 : f32
          llvm.store %v2807, %v230 : f32, !llvm.ptr
          %v2808 = arith.mulf %v2344, %v2367 : f32
          %v2809 = arith.mulf %v1839, %v2808 : f32
          %v2810 = llvm.load %v234 : !llvm.ptr -> f32
          %v2811 = arith.addf %v2810, %v2809 : f32
          llvm.store %v2811, %v234 : f32, !llvm.ptr
          %v2812 = arith.mulf %v2379, %v2402 : f32
          %v2813 = arith.mulf %v1839, %v2812 : f32
          %v2814 = llvm.load %v238 : !llvm.ptr -> f32
          %v2815 = arith.addf %v2814, %v2813 : f32
          llvm.store %v2815, %v238 : f32, !llvm.ptr
          %v2816 = arith.mulf %v2414, %v2437 : f32
          %v2817 = arith.mulf %v1839, %v2816 : f32
          %v2818 = llvm.load %v242 : !llvm.ptr -> f32
          %v2819 = arith.addf %v2818, %v2817 : f32
          llvm.store %v2819, %v242 : f32, !llvm.ptr
          %v2820 = arith.mulf %v2449, %v2472 : f32
          %v2821 = arith.mulf %v1839, %v2820 : f32
          %v2822 = llvm.load %v246 : !llvm.ptr -> f32
          %v2823 = arith.addf %v2822, %v2821 : f32
          llvm.store %v2823, %v246 : f32, !llvm.ptr
          %v2824 = arith.mulf %v2484, %v2507 : f32
          %v2825 = arith.mulf %v1839, %v2824 : f32
          %v2826 = llvm.load %v250 : !llvm.ptr -> f32
          %v2827 = arith.addf %v2826, %v2825 : f32
          llvm.store %v2827, %v250 : f32, !llvm.ptr
          %v2828 = arith.mulf %v2519, %v2542 : f32
          %v2829 = arith.mulf %v1839, %v2828 : f32
          %v2830 = llvm.load %v254 : !llvm.ptr -> f32
          %v2831 = arith.addf %v2830, %v2829 : f32
          llvm.store %v2831, %v254 : f32, !llvm.ptr
          %v2832 = arith.mulf %v2554, %v2577 : f32
          %v2833 = arith.mulf %v1839, %v2832 : f32
          %v2834 = llvm.load %v258 : !llvm.ptr -> f32
          %v2835 = arith.addf %v2834, %v2833 : f32
          llvm.store %v2835, %v258 : f32, !llvm.ptr
          %v2836 = arith.mulf %v1839, %v2026 : f32
          %v2837 = arith.mulf %v2836, %v1845 : f32
          scf.if %v60 {
            %v2838 = arith.muli %v59, %v1 : i64
            %v2839 = arith.addi %v2838, %v68 : i64
            %v2840 = arith.muli %v2839, %size_L : i64
            %v2841 = arith.addi %v2840, %v1412 : i64
            %v2842 = llvm.getelementptr %part_Bm[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2837, %v2842 : f32, !llvm.ptr
          }
          %v2843 = arith.mulf %v2836, %v1855 : f32
          scf.if %v60 {
            %v2844 = arith.muli %v59, %v1 : i64
            %v2845 = arith.addi %v2844, %v2 : i64
            %v2846 = arith.muli %v2845, %size_L : i64
            %v2847 = arith.addi %v2846, %v1412 : i64
            %v2848 = llvm.getelementptr %part_Bm[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2843, %v2848 : f32, !llvm.ptr
          }
          %v2849 = arith.mulf %v2836, %v1866 : f32
          scf.if %v60 {
            %v2850 = arith.muli %v59, %v1 : i64
            %v2851 = arith.addi %v2850, %v1025 : i64
            %v2852 = arith.muli %v2851, %size_L : i64
            %v2853 = arith.addi %v2852, %v1412 : i64
            %v2854 = llvm.getelementptr %part_Bm[%v2853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2849, %v2854 : f32, !llvm.ptr
          }
          %v2855 = arith.mulf %v2836, %v1877 : f32
          scf.if %v60 {
            %v2856 = arith.muli %v59, %v1 : i64
            %v2857 = arith.addi %v2856, %v1054 : i64
            %v2858 = arith.muli %v2857, %size_L : i64
            %v2859 = arith.addi %v2858, %v1412 : i64
            %v2860 = llvm.getelementptr %part_Bm[%v2859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2855, %v2860 : f32, !llvm.ptr
          }
          %v2861 = arith.mulf %v2836, %v1888 : f32
          scf.if %v60 {
            %v2862 = arith.muli %v59, %v1 : i64
            %v2863 = arith.addi %v2862, %v1083 : i64
            %v2864 = arith.muli %v2863, %size_L : i64
            %v2865 = arith.addi %v2864, %v1412 : i64
            %v2866 = llvm.getelementptr %part_Bm[%v2865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2861, %v2866 : f32, !llvm.ptr
          }
          %v2867 = arith.mulf %v2836, %v1899 : f32
          scf.if %v60 {
            %v2868 = arith.muli %v59, %v1 : i64
            %v2869 = arith.addi %v2868, %v1112 : i64
            %v2870 = arith.muli %v2869, %size_L : i64
            %v2871 = arith.addi %v2870, %v1412 : i64
            %v2872 = llvm.getelementptr %part_Bm[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2867, %v2872 : f32, !llvm.ptr
          }
          %v2873 = arith.mulf %v2836, %v1910 : f32
          scf.if %v60 {
            %v2874 = arith.muli %v59, %v1 : i64
            %v2875 = arith.addi %v2874, %v1141 : i64
            %v2876 = arith.muli %v2875, %size_L : i64
            %v2877 = arith.addi %v2876, %v1412 : i64
            %v2878 = llvm.getelementptr %part_Bm[%v2877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2873, %v2878 : f32, !llvm.ptr
          }
          %v2879 = arith.mulf %v2836, %v1921 : f32
          scf.if %v60 {
            %v2880 = arith.muli %v59, %v1 : i64
            %v2881 = arith.addi %v2880, %v1170 : i64
            %v2882 = arith.muli %v2881, %size_L : i64
            %v2883 = arith.addi %v2882, %v1412 : i64
            %v2884 = llvm.getelementptr %part_Bm[%v2883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2879, %v2884 : f32, !llvm.ptr
          }
          %v2885 = arith.mulf %v2836, %v1932 : f32
          scf.if %v60 {
            %v2886 = arith.muli %v59, %v1 : i64
            %v2887 = arith.addi %v2886, %v1199 : i64
            %v2888 = arith.muli %v2887, %size_L : i64
            %v2889 = arith.addi %v2888, %v1412 : i64
            %v2890 = llvm.getelementptr %part_Bm[%v2889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2885, %v2890 : f32, !llvm.ptr
          }
          %v2891 = arith.mulf %v2836, %v1943 : f32
          scf.if %v60 {
            %v2892 = arith.muli %v59, %v1 : i64
            %v2893 = arith.addi %v2892, %v1228 : i64
            %v2894 = arith.muli %v2893, %size_L : i64
            %v2895 = arith.addi %v2894, %v1412 : i64
            %v2896 = llvm.getelementptr %part_Bm[%v2895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2891, %v2896 : f32, !llvm.ptr
          }
          %v2897 = arith.mulf %v2836, %v1954 : f32
          scf.if %v60 {
            %v2898 = arith.muli %v59, %v1 : i64
            %v2899 = arith.addi %v2898, %v1257 : i64
            %v2900 = arith.muli %v2899, %size_L : i64
            %v2901 = arith.addi %v2900, %v1412 : i64
            %v2902 = llvm.getelementptr %part_Bm[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2897, %v2902 : f32, !llvm.ptr
          }
          %v2903 = arith.mulf %v2836, %v1965 : f32
          scf.if %v60 {
            %v2904 = arith.muli %v59, %v1 : i64
            %v2905 = arith.addi %v2904, %v1286 : i64
            %v2906 = arith.muli %v2905, %size_L : i64
            %v2907 = arith.addi %v2906, %v1412 : i64
            %v2908 = llvm.getelementptr %part_Bm[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2903, %v2908 : f32, !llvm.ptr
          }
          %v2909 = arith.mulf %v2836, %v1976 : f32
          scf.if %v60 {
            %v2910 = arith.muli %v59, %v1 : i64
            %v2911 = arith.addi %v2910, %v1315 : i64
            %v2912 = arith.muli %v2911, %size_L : i64
            %v2913 = arith.addi %v2912, %v1412 : i64
            %v2914 = llvm.getelementptr %part_Bm[%v2913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2909, %v2914 : f32, !llvm.ptr
          }
          %v2915 = arith.mulf %v2836, %v1987 : f32
          scf.if %v60 {
            %v2916 = arith.muli %v59, %v1 : i64
            %v2917 = arith.addi %v2916, %v1344 : i64
            %v2918 = arith.muli %v2917, %size_L : i64
            %v2919 = arith.addi %v2918, %v1412 : i64
            %v2920 = llvm.getelementptr %part_Bm[%v2919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2915, %v2920 : f32, !llvm.ptr
          }
          %v2921 = arith.mulf %v2836, %v1998 : f32
          scf.if %v60 {
            %v2922 = arith.muli %v59, %v1 : i64
            %v2923 = arith.addi %v2922, %v1373 : i64
            %v2924 = arith.muli %v2923, %size_L : i64
            %v2925 = arith.addi %v2924, %v1412 : i64
            %v2926 = llvm.getelementptr %part_Bm[%v2925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2921, %v2926 : f32, !llvm.ptr
          }
          %v2927 = arith.mulf %v2836, %v2009 : f32
          scf.if %v60 {
            %v2928 = arith.muli %v59, %v1 : i64
            %v2929 = arith.addi %v2928, %v1402 : i64
            %v2930 = arith.muli %v2929, %size_L : i64
            %v2931 = arith.addi %v2930, %v1412 : i64
            %v2932 = llvm.getelementptr %part_Bm[%v2931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2927, %v2932 : f32, !llvm.ptr
          }
          %v2933 = arith.mulf %v2601, %v1441 : f32
          scf.if %v60 {
            %v2934 = arith.muli %v59, %v1 : i64
            %v2935 = arith.addi %v2934, %v68 : i64
            %v2936 = arith.muli %v2935, %size_L : i64
            %v2937 = arith.addi %v2936, %v1412 : i64
            %v2938 = llvm.getelementptr %part_Cm[%v2937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2933, %v2938 : f32, !llvm.ptr
          }
          %v2939 = arith.mulf %v2610, %v1441 : f32
          scf.if %v60 {
            %v2940 = arith.muli %v59, %v1 : i64
            %v2941 = arith.addi %v2940, %v2 : i64
            %v2942 = arith.muli %v2941, %size_L : i64
            %v2943 = arith.addi %v2942, %v1412 : i64
            %v2944 = llvm.getelementptr %part_Cm[%v2943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2939, %v2944 : f32, !llvm.ptr
          }
          %v2945 = arith.mulf %v2620, %v1441 : f32
          scf.if %v60 {
            %v2946 = arith.muli %v59, %v1 : i64
            %v2947 = arith.addi %v2946, %v1025 : i64
            %v2948 = arith.muli %v2947, %size_L : i64
            %v2949 = arith.addi %v2948, %v1412 : i64
            %v2950 = llvm.getelementptr %part_Cm[%v2949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2945, %v2950 : f32, !llvm.ptr
          }
          %v2951 = arith.mulf %v2630, %v1441 : f32
          scf.if %v60 {
            %v2952 = arith.muli %v59, %v1 : i64
            %v2953 = arith.addi %v2952, %v1054 : i64
            %v2954 = arith.muli %v2953, %size_L : i64
            %v2955 = arith.addi %v2954, %v1412 : i64
            %v2956 = llvm.getelementptr %part_Cm[%v2955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2951, %v2956 : f32, !llvm.ptr
          }
          %v2957 = arith.mulf %v2640, %v1441 : f32
          scf.if %v60 {
            %v2958 = arith.muli %v59, %v1 : i64
            %v2959 = arith.addi %v2958, %v1083 : i64
            %v2960 = arith.muli %v2959, %size_L : i64
            %v2961 = arith.addi %v2960, %v1412 : i64
            %v2962 = llvm.getelementptr %part_Cm[%v2961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2957, %v2962 : f32, !llvm.ptr
          }
          %v2963 = arith.mulf %v2650, %v1441 : f32
          scf.if %v60 {
            %v2964 = arith.muli %v59, %v1 : i64
            %v2965 = arith.addi %v2964, %v1112 : i64
            %v2966 = arith.muli %v2965, %size_L : i64
            %v2967 = arith.addi %v2966, %v1412 : i64
            %v2968 = llvm.getelementptr %part_Cm[%v2967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2963, %v2968 : f32, !llvm.ptr
          }
          %v2969 = arith.mulf %v2660, %v1441 : f32
          scf.if %v60 {
            %v2970 = arith.muli %v59, %v1 : i64
            %v2971 = arith.addi %v2970, %v1141 : i64
            %v2972 = arith.muli %v2971, %size_L : i64
            %v2973 = arith.addi %v2972, %v1412 : i64
            %v2974 = llvm.getelementptr %part_Cm[%v2973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2969, %v2974 : f32, !llvm.ptr
          }
          %v2975 = arith.mulf %v2670, %v1441 : f32
          scf.if %v60 {
            %v2976 = arith.muli %v59, %v1 : i64
            %v2977 = arith.addi %v2976, %v1170 : i64
            %v2978 = arith.muli %v2977, %size_L : i64
            %v2979 = arith.addi %v2978, %v1412 : i64
            %v2980 = llvm.getelementptr %part_Cm[%v2979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2975, %v2980 : f32, !llvm.ptr
          }
          %v2981 = arith.mulf %v2680, %v1441 : f32
          scf.if %v60 {
            %v2982 = arith.muli %v59, %v1 : i64
            %v2983 = arith.addi %v2982, %v1199 : i64
            %v2984 = arith.muli %v2983, %size_L : i64
            %v2985 = arith.addi %v2984, %v1412 : i64
            %v2986 = llvm.getelementptr %part_Cm[%v2985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2981, %v2986 : f32, !llvm.ptr
          }
          %v2987 = arith.mulf %v2690, %v1441 : f32
          scf.if %v60 {
            %v2988 = arith.muli %v59, %v1 : i64
            %v2989 = arith.addi %v2988, %v1228 : i64
            %v2990 = arith.muli %v2989, %size_L : i64
            %v2991 = arith.addi %v2990, %v1412 : i64
            %v2992 = llvm.getelementptr %part_Cm[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2987, %v2992 : f32, !llvm.ptr
          }
          %v2993 = arith.mulf %v2700, %v1441 : f32
          scf.if %v60 {
            %v2994 = arith.muli %v59, %v1 : i64
            %v2995 = arith.addi %v2994, %v1257 : i64
            %v2996 = arith.muli %v2995, %size_L : i64
            %v2997 = arith.addi %v2996, %v1412 : i64
            %v2998 = llvm.getelementptr %part_Cm[%v2997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2993, %v2998 : f32, !llvm.ptr
          }
          %v2999 = arith.mulf %v2710, %v1441 : f32
          scf.if %v60 {
            %v3000 = arith.muli %v59, %v1 : i64
            %v3001 = arith.addi %v3000, %v1286 : i64
            %v3002 = arith.muli %v3001, %size_L : i64
            %v3003 = arith.addi %v3002, %v1412 : i64
            %v3004 = llvm.getelementptr %part_Cm[%v3003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2999, %v3004 : f32, !llvm.ptr
          }
          %v3005 = arith.mulf %v2720, %v1441 : f32
          scf.if %v60 {
            %v3006 = arith.muli %v59, %v1 : i64
            %v3007 = arith.addi %v3006, %v1315 : i64
            %v3008 = arith.muli %v3007, %size_L : i64
            %v3009 = arith.addi %v3008, %v1412 : i64
            %v3010 = llvm.getelementptr %part_Cm[%v3009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3005, %v3010 : f32, !llvm.ptr
          }
          %v3011 = arith.mulf %v2730, %v1441 : f32
          scf.if %v60 {
            %v3012 = arith.muli %v59, %v1 : i64
            %v3013 = arith.addi %v3012, %v1344 : i64
            %v3014 = arith.muli %v3013, %size_L : i64
            %v3015 = arith.addi %v3014, %v1412 : i64
            %v3016 = llvm.getelementptr %part_Cm[%v3015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3011, %v3016 : f32, !llvm.ptr
          }
          %v3017 = arith.mulf %v2740, %v1441 : f32
          scf.if %v60 {
            %v3018 = arith.muli %v59, %v1 : i64
            %v3019 = arith.addi %v3018, %v1373 : i64
            %v3020 = arith.muli %v3019, %size_L : i64
            %v3021 = arith.addi %v3020, %v1412 : i64
            %v3022 = llvm.getelementptr %part_Cm[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3017, %v3022 : f32, !llvm.ptr
          }
          %v3023 = arith.mulf %v2750, %v1441 : f32
          scf.if %v60 {
            %v3024 = arith.muli %v59, %v1 : i64
            %v3025 = arith.addi %v3024, %v1402 : i64
            %v3026 = arith.muli %v3025, %size_L : i64
            %v3027 = arith.addi %v3026, %v1412 : i64
            %v3028 = llvm.getelementptr %part_Cm[%v3027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3023, %v3028 : f32, !llvm.ptr
          }
          %v3029 = arith.mulf %v2026, %v1441 : f32
          %v3030 = llvm.load %v262 : !llvm.ptr -> f32
          %v3031 = arith.addf %v3030, %v3029 : f32
          llvm.store %v3031, %v262 : f32, !llvm.ptr
          %v3032 = llvm.load %v266 : !llvm.ptr -> f32
          %v3033 = arith.addf %v3032, %v2587 : f32
          llvm.store %v3033, %v266 : f32, !llvm.ptr
          llvm.store %v2033, %v134 : f32, !llvm.ptr
          llvm.store %v2064, %v138 : f32, !llvm.ptr
          llvm.store %v2099, %v142 : f32, !llvm.ptr
          llvm.store %v2134, %v146 : f32, !llvm.ptr
          llvm.store %v2169, %v150 : f32, !llvm.ptr
          llvm.store %v2204, %v154 : f32, !llvm.ptr
          llvm.store %v2239, %v158 : f32, !llvm.ptr
          llvm.store %v2274, %v162 : f32, !llvm.ptr
          llvm.store %v2309, %v166 : f32, !llvm.ptr
          llvm.store %v2344, %v170 : f32, !llvm.ptr
          llvm.store %v2379, %v174 : f32, !llvm.ptr
          llvm.store %v2414, %v178 : f32, !llvm.ptr
          llvm.store %v2449, %v182 : f32, !llvm.ptr
          llvm.store %v2484, %v186 : f32, !llvm.ptr
          llvm.store %v2519, %v190 : f32, !llvm.ptr
          llvm.store %v2554, %v194 : f32, !llvm.ptr
        }
      }
      %v3034 = llvm.load %v71 : !llvm.ptr -> f32
      %v3035 = llvm.load %v134 : !llvm.ptr -> f32
      %v3036 = arith.mulf %v3035, %v3034 : f32
      %v3037 = llvm.load %v270 : !llvm.ptr -> f32
      %v3038 = arith.addf %v3037, %v3036 : f32
      llvm.store %v3038, %v270 : f32, !llvm.ptr
      %v3039 = llvm.load %v74 : !llvm.ptr -> f32
      %v3040 = llvm.load %v138 : !llvm.ptr -> f32
      %v3041 = arith.mulf %v3040, %v3039 : f32
      %v3042 = llvm.load %v274 : !llvm.ptr -> f32
      %v3043 = arith.addf %v3042, %v3041 : f32
      llvm.store %v3043, %v274 : f32, !llvm.ptr
      %v3044 = llvm.load %v78 : !llvm.ptr -> f32
      %v3045 = llvm.load %v142 : !llvm.ptr -> f32
      %v3046 = arith.mulf %v3045, %v3044 : f32
      %v3047 = llvm.load %v278 : !llvm.ptr -> f32
      %v3048 = arith.addf %v3047, %v3046 : f32
      llvm.store %v3048, %v278 : f32, !llvm.ptr
      %v3049 = llvm.load %v82 : !llvm.ptr -> f32
      %v3050 = llvm.load %v146 : !llvm.ptr -> f32
      %v3051 = arith.mulf %v3050, %v3049 : f32
      %v3052 = llvm.load %v282 : !llvm.ptr -> f32
      %v3053 = arith.addf %v3052, %v3051 : f32
      llvm.store %v3053, %v282 : f32, !llvm.ptr
      %v3054 = llvm.load %v86 : !llvm.ptr -> f32
      %v3055 = llvm.load %v150 : !llvm.ptr -> f32
      %v3056 = arith.mulf %v3055, %v3054 : f32
      %v3057 = llvm.load %v286 : !llvm.ptr -> f32
      %v3058 = arith.addf %v3057, %v3056 : f32
      llvm.store %v3058, %v286 : f32, !llvm.ptr
      %v3059 = llvm.load %v90 : !llvm.ptr -> f32
      %v3060 = llvm.load %v154 : !llvm.ptr -> f32
      %v3061 = arith.mulf %v3060, %v3059 : f32
      %v3062 = llvm.load %v290 : !llvm.ptr -> f32
      %v3063 = arith.addf %v3062, %v3061 : f32
      llvm.store %v3063, %v290 : f32, !llvm.ptr
      %v3064 = llvm.load %v94 : !llvm.ptr -> f32
      %v3065 = llvm.load %v158 : !llvm.ptr -> f32
      %v3066 = arith.mulf %v3065, %v3064 : f32
      %v3067 = llvm.load %v294 : !llvm.ptr -> f32
      %v3068 = arith.addf %v3067, %v3066 : f32
      llvm.store %v3068, %v294 : f32, !llvm.ptr
      %v3069 = llvm.load %v98 : !llvm.ptr -> f32
      %v3070 = llvm.load %v162 : !llvm.ptr -> f32
      %v3071 = arith.mulf %v3070, %v3069 : f32
      %v3072 = llvm.load %v298 : !llvm.ptr -> f32
      %v3073 = arith.addf %v3072, %v3071 : f32
      llvm.store %v3073, %v298 : f32, !llvm.ptr
      %v3074 = llvm.load %v102 : !llvm.ptr -> f32
      %v3075 = llvm.load %v166 : !llvm.ptr -> f32
      %v3076 = arith.mulf %v3075, %v3074 : f32
      %v3077 = llvm.load %v302 : !llvm.ptr -> f32
      %v3078 = arith.addf %v3077, %v3076 : f32
      llvm.store %v3078, %v302 : f32, !llvm.ptr
      %v3079 = llvm.load %v106 : !llvm.ptr -> f32
      %v3080 = llvm.load %v170 : !llvm.ptr -> f32
      %v3081 = arith.mulf %v3080, %v3079 : f32
      %v3082 = llvm.load %v306 : !llvm.ptr -> f32
      %v3083 = arith.addf %v3082, %v3081 : f32
      llvm.store %v3083, %v306 : f32, !llvm.ptr
      %v3084 = llvm.load %v110 : !llvm.ptr -> f32
      %v3085 = llvm.load %v174 : !llvm.ptr -> f32
      %v3086 = arith.mulf %v3085, %v3084 : f32
      %v3087 = llvm.load %v310 : !llvm.ptr -> f32
      %v3088 = arith.addf %v3087, %v3086 : f32
      llvm.store %v3088, %v310 : f32, !llvm.ptr
      %v3089 = llvm.load %v114 : !llvm.ptr -> f32
      %v3090 = llvm.load %v178 : !llvm.ptr -> f32
      %v3091 = arith.mulf %v3090, %v3089 : f32
      %v3092 = llvm.load %v314 : !llvm.ptr -> f32
      %v3093 = arith.addf %v3092, %v3091 : f32
      llvm.store %v3093, %v314 : f32, !llvm.ptr
      %v3094 = llvm.load %v118 : !llvm.ptr -> f32
      %v3095 = llvm.load %v182 : !llvm.ptr -> f32
      %v3096 = arith.mulf %v3095, %v3094 : f32
      %v3097 = llvm.load %v318 : !llvm.ptr -> f32
      %v3098 = arith.addf %v3097, %v3096 : f32
      llvm.store %v3098, %v318 : f32, !llvm.ptr
      %v3099 = llvm.load %v122 : !llvm.ptr -> f32
      %v3100 = llvm.load %v186 : !llvm.ptr -> f32
      %v3101 = arith.mulf %v3100, %v3099 : f32
      %v3102 = llvm.load %v322 : !llvm.ptr -> f32
      %v3103 = arith.addf %v3102, %v3101 : f32
      llvm.store %v3103, %v322 : f32, !llvm.ptr
      %v3104 = llvm.load %v126 : !llvm.ptr -> f32
      %v3105 = llvm.load %v190 : !llvm.ptr -> f32
      %v3106 = arith.mulf %v3105, %v3104 : f32
      %v3107 = llvm.load %v326 : !llvm.ptr -> f32
      %v3108 = arith.addf %v3107, %v3106 : f32
      llvm.store %v3108, %v326 : f32, !llvm.ptr
      %v3109 = llvm.load %v130 : !llvm.ptr -> f32
      %v3110 = llvm.load %v194 : !llvm.ptr -> f32
      %v3111 = arith.mulf %v3110, %v3109 : f32
      %v3112 = llvm.load %v330 : !llvm.ptr -> f32
      %v3113 = arith.addf %v3112, %v3111 : f32
      llvm.store %v3113, %v330 : f32, !llvm.ptr
      scf.if %v60 {
        %v3114 = llvm.load %v198 : !llvm.ptr -> f32
        %v3115 = arith.muli %v59, %v1 : i64
        %v3116 = arith.addi %v3115, %v68 : i64
        %v3117 = llvm.getelementptr %part_A[%v3116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3114, %v3117 : f32, !llvm.ptr
        %v3118 = llvm.load %v202 : !llvm.ptr -> f32
        %v3119 = arith.muli %v59, %v1 : i64
        %v3120 = arith.addi %v3119, %v2 : i64
        %v3121 = llvm.getelementptr %part_A[%v3120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3118, %v3121 : f32, !llvm.ptr
        %v3122 = llvm.load %v206 : !llvm.ptr -> f32
        %v3123 = arith.muli %v59, %v1 : i64
        %v3124 = arith.addi %v3123, %v1025 : i64
        %v3125 = llvm.getelementptr %part_A[%v3124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3122, %v3125 : f32, !llvm.ptr
        %v3126 = llvm.load %v210 : !llvm.ptr -> f32
        %v3127 = arith.muli %v59, %v1 : i64
        %v3128 = arith.addi %v3127, %v1054 : i64
        %v3129 = llvm.getelementptr %part_A[%v3128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3126, %v3129 : f32, !llvm.ptr
        %v3130 = llvm.load %v214 : !llvm.ptr -> f32
        %v3131 = arith.muli %v59, %v1 : i64
        %v3132 = arith.addi %v3131, %v1083 : i64
        %v3133 = llvm.getelementptr %part_A[%v3132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3130, %v3133 : f32, !llvm.ptr
        %v3134 = llvm.load %v218 : !llvm.ptr -> f32
        %v3135 = arith.muli %v59, %v1 : i64
        %v3136 = arith.addi %v3135, %v1112 : i64
        %v3137 = llvm.getelementptr %part_A[%v3136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3134, %v3137 : f32, !llvm.ptr
        %v3138 = llvm.load %v222 : !llvm.ptr -> f32
        %v3139 = arith.muli %v59, %v1 : i64
        %v3140 = arith.addi %v3139, %v1141 : i64
        %v3141 = llvm.getelementptr %part_A[%v3140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3138, %v3141 : f32, !llvm.ptr
        %v3142 = llvm.load %v226 : !llvm.ptr -> f32
        %v3143 = arith.muli %v59, %v1 : i64
        %v3144 = arith.addi %v3143, %v1170 : i64
        %v3145 = llvm.getelementptr %part_A[%v3144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3142, %v3145 : f32, !llvm.ptr
        %v3146 = llvm.load %v230 : !llvm.ptr -> f32
        %v3147 = arith.muli %v59, %v1 : i64
        %v3148 = arith.addi %v3147, %v1199 : i64
        %v3149 = llvm.getelementptr %part_A[%v3148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3146, %v3149 : f32, !llvm.ptr
        %v3150 = llvm.load %v234 : !llvm.ptr -> f32
        %v3151 = arith.muli %v59, %v1 : i64
        %v3152 = arith.addi %v3151, %v1228 : i64
        %v3153 = llvm.getelementptr %part_A[%v3152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3150, %v3153 : f32, !llvm.ptr
        %v3154 = llvm.load %v238 : !llvm.ptr -> f32
        %v3155 = arith.muli %v59, %v1 : i64
        %v3156 = arith.addi %v3155, %v1257 : i64
        %v3157 = llvm.getelementptr %part_A[%v3156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3154, %v3157 : f32, !llvm.ptr
        %v3158 = llvm.load %v242 : !llvm.ptr -> f32
        %v3159 = arith.muli %v59, %v1 : i64
        %v3160 = arith.addi %v3159, %v1286 : i64
        %v3161 = llvm.getelementptr %part_A[%v3160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3158, %v3161 : f32, !llvm.ptr
        %v3162 = llvm.load %v246 : !llvm.ptr -> f32
        %v3163 = arith.muli %v59, %v1 : i64
        %v3164 = arith.addi %v3163, %v1315 : i64
        %v3165 = llvm.getelementptr %part_A[%v3164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3162, %v3165 : f32, !llvm.ptr
        %v3166 = llvm.load %v250 : !llvm.ptr -> f32
        %v3167 = arith.muli %v59, %v1 : i64
        %v3168 = arith.addi %v3167, %v1344 : i64
        %v3169 = llvm.getelementptr %part_A[%v3168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3166, %v3169 : f32, !llvm.ptr
        %v3170 = llvm.load %v254 : !llvm.ptr -> f32
        %v3171 = arith.muli %v59, %v1 : i64
        %v3172 = arith.addi %v3171, %v1373 : i64
        %v3173 = llvm.getelementptr %part_A[%v3172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3170, %v3173 : f32, !llvm.ptr
        %v3174 = llvm.load %v258 : !llvm.ptr -> f32
        %v3175 = arith.muli %v59, %v1 : i64
        %v3176 = arith.addi %v3175, %v1402 : i64
        %v3177 = llvm.getelementptr %part_A[%v3176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3174, %v3177 : f32, !llvm.ptr
        %v3178 = llvm.load %v262 : !llvm.ptr -> f32
        %v3179 = arith.muli %v59, %v2 : i64
        %v3180 = arith.addi %v3179, %v68 : i64
        %v3181 = llvm.getelementptr %part_Dskip[%v3180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3178, %v3181 : f32, !llvm.ptr
        %v3182 = llvm.load %v266 : !llvm.ptr -> f32
        %v3183 = arith.muli %v59, %v2 : i64
        %v3184 = arith.addi %v3183, %v68 : i64
        %v3185 = llvm.getelementptr %part_dt_bias[%v3184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3182, %v3185 : f32, !llvm.ptr
        %v3186 = llvm.load %v270 : !llvm.ptr -> f32
        %v3187 = arith.muli %v65, %v339 : i64
        %v3188 = arith.muli %v63, %v338 : i64
        %v3189 = arith.addi %v3187, %v3188 : i64
        %v3190 = llvm.getelementptr %dx_h0[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3186, %v3190 : f32, !llvm.ptr
        %v3191 = llvm.load %v274 : !llvm.ptr -> f32
        %v3192 = arith.muli %v65, %v339 : i64
        %v3193 = arith.muli %v63, %v338 : i64
        %v3194 = arith.addi %v3192, %v3193 : i64
        %v3195 = arith.constant 1 : i64
        %v3196 = arith.muli %v3195, %v2 : i64
        %v3197 = arith.addi %v3194, %v3196 : i64
        %v3198 = llvm.getelementptr %dx_h0[%v3197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3191, %v3198 : f32, !llvm.ptr
        %v3199 = llvm.load %v278 : !llvm.ptr -> f32
        %v3200 = arith.muli %v65, %v339 : i64
        %v3201 = arith.muli %v63, %v338 : i64
        %v3202 = arith.addi %v3200, %v3201 : i64
        %v3203 = arith.constant 2 : i64
        %v3204 = arith.muli %v3203, %v2 : i64
        %v3205 = arith.addi %v3202, %v3204 : i64
        %v3206 = llvm.getelementptr %dx_h0[%v3205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3199, %v3206 : f32, !llvm.ptr
        %v3207 = llvm.load %v282 : !llvm.ptr -> f32
        %v3208 = arith.muli %v65, %v339 : i64
        %v3209 = arith.muli %v63, %v338 : i64
        %v3210 = arith.addi %v3208, %v3209 : i64
        %v3211 = arith.constant 3 : i64
        %v3212 = arith.muli %v3211, %v2 : i64
        %v3213 = arith.addi %v3210, %v3212 : i64
        %v3214 = llvm.getelementptr %dx_h0[%v3213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3207, %v3214 : f32, !llvm.ptr
        %v3215 = llvm.load %v286 : !llvm.ptr -> f32
        %v3216 = arith.muli %v65, %v339 : i64
        %v3217 = arith.muli %v63, %v338 : i64
        %v3218 = arith.addi %v3216, %v3217 : i64
        %v3219 = arith.constant 4 : i64
        %v3220 = arith.muli %v3219, %v2 : i64
        %v3221 = arith.addi %v3218, %v3220 : i64
        %v3222 = llvm.getelementptr %dx_h0[%v3221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3215, %v3222 : f32, !llvm.ptr
        %v3223 = llvm.load %v290 : !llvm.ptr -> f32
        %v3224 = arith.muli %v65, %v339 : i64
        %v3225 = arith.muli %v63, %v338 : i64
        %v3226 = arith.addi %v3224, %v3225 : i64
        %v3227 = arith.constant 5 : i64
        %v3228 = arith.muli %v3227, %v2 : i64
        %v3229 = arith.addi %v3226, %v3228 : i64
        %v3230 = llvm.getelementptr %dx_h0[%v3229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3223, %v3230 : f32, !llvm.ptr
        %v3231 = llvm.load %v294 : !llvm.ptr -> f32
        %v3232 = arith.muli %v65, %v339 : i64
        %v3233 = arith.muli %v63, %v338 : i64
        %v3234 = arith.addi %v3232, %v3233 : i64
        %v3235 = arith.constant 6 : i64
        %v3236 = arith.muli %v3235, %v2 : i64
        %v3237 = arith.addi %v3234, %v3236 : i64
        %v3238 = llvm.getelementptr %dx_h0[%v3237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3231, %v3238 : f32, !llvm.ptr
        %v3239 = llvm.load %v298 : !llvm.ptr -> f32
        %v3240 = arith.muli %v65, %v339 : i64
        %v3241 = arith.muli %v63, %v338 : i64
        %v3242 = arith.addi %v3240, %v3241 : i64
        %v3243 = arith.constant 7 : i64
        %v3244 = arith.muli %v3243, %v2 : i64
        %v3245 = arith.addi %v3242, %v3244 : i64
        %v3246 = llvm.getelementptr %dx_h0[%v3245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3239, %v3246 : f32, !llvm.ptr
        %v3247 = llvm.load %v302 : !llvm.ptr -> f32
        %v3248 = arith.muli %v65, %v339 : i64
        %v3249 = arith.muli %v63, %v338 : i64
        %v3250 = arith.addi %v3248, %v3249 : i64
        %v3251 = arith.constant 8 : i64
        %v3252 = arith.muli %v3251, %v2 : i64
        %v3253 = arith.addi %v3250, %v3252 : i64
        %v3254 = llvm.getelementptr %dx_h0[%v3253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3247, %v3254 : f32, !llvm.ptr
        %v3255 = llvm.load %v306 : !llvm.ptr -> f32
        %v3256 = arith.muli %v65, %v339 : i64
        %v3257 = arith.muli %v63, %v338 : i64
        %v3258 = arith.addi %v3256, %v3257 : i64
        %v3259 = arith.constant 9 : i64
        %v3260 = arith.muli %v3259, %v2 : i64
        %v3261 = arith.addi %v3258, %v3260 : i64
        %v3262 = llvm.getelementptr %dx_h0[%v3261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3255, %v3262 : f32, !llvm.ptr
        %v3263 = llvm.load %v310 : !llvm.ptr -> f32
        %v3264 = arith.muli %v65, %v339 : i64
        %v3265 = arith.muli %v63, %v338 : i64
        %v3266 = arith.addi %v3264, %v3265 : i64
        %v3267 = arith.constant 10 : i64
        %v3268 = arith.muli %v3267, %v2 : i64
        %v3269 = arith.addi %v3266, %v3268 : i64
        %v3270 = llvm.getelementptr %dx_h0[%v3269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3263, %v3270 : f32, !llvm.ptr
        %v3271 = llvm.load %v314 : !llvm.ptr -> f32
        %v3272 = arith.muli %v65, %v339 : i64
        %v3273 = arith.muli %v63, %v338 : i64
        %v3274 = arith.addi %v3272, %v3273 : i64
        %v3275 = arith.constant 11 : i64
        %v3276 = arith.muli %v3275, %v2 : i64
        %v3277 = arith.addi %v3274, %v3276 : i64
        %v3278 = llvm.getelementptr %dx_h0[%v3277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3271, %v3278 : f32, !llvm.ptr
        %v3279 = llvm.load %v318 : !llvm.ptr -> f32
        %v3280 = arith.muli %v65, %v339 : i64
        %v3281 = arith.muli %v63, %v338 : i64
        %v3282 = arith.addi %v3280, %v3281 : i64
        %v3283 = arith.constant 12 : i64
        %v3284 = arith.muli %v3283, %v2 : i64
        %v3285 = arith.addi %v3282, %v3284 : i64
        %v3286 = llvm.getelementptr %dx_h0[%v3285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3279, %v3286 : f32, !llvm.ptr
        %v3287 = llvm.load %v322 : !llvm.ptr -> f32
        %v3288 = arith.muli %v65, %v339 : i64
        %v3289 = arith.muli %v63, %v338 : i64
        %v3290 = arith.addi %v3288, %v3289 : i64
        %v3291 = arith.constant 13 : i64
        %v3292 = arith.muli %v3291, %v2 : i64
        %v3293 = arith.addi %v3290, %v3292 : i64
        %v3294 = llvm.getelementptr %dx_h0[%v3293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3287, %v3294 : f32, !llvm.ptr
        %v3295 = llvm.load %v326 : !llvm.ptr -> f32
        %v3296 = arith.muli %v65, %v339 : i64
        %v3297 = arith.muli %v63, %v338 : i64
        %v3298 = arith.addi %v3296, %v3297 : i64
        %v3299 = arith.constant 14 : i64
        %v3300 = arith.muli %v3299, %v2 : i64
        %v3301 = arith.addi %v3298, %v3300 : i64
        %v3302 = llvm.getelementptr %dx_h0[%v3301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3295, %v3302 : f32, !llvm.ptr
        %v3303 = llvm.load %v330 : !llvm.ptr -> f32
        %v3304 = arith.muli %v65, %v339 : i64
        %v3305 = arith.muli %v63, %v338 : i64
        %v3306 = arith.addi %v3304, %v3305 : i64
        %v3307 = arith.constant 15 : i64
        %v3308 = arith.muli %v3307, %v2 : i64
        %v3309 = arith.addi %v3306, %v3308 : i64
        %v3310 = llvm.getelementptr %dx_h0[%v3309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3303, %v3310 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
