module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_selective_scan_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @selective_scan_bwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %dy_y: !llvm.ptr, %dy_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %dx_delta: !llvm.ptr, %dx_z: !llvm.ptr, %part_A: !llvm.ptr, %part_Bm: !llvm.ptr, %part_Cm: !llvm.ptr, %part_Dskip: !llvm.ptr, %part_dt_bias: !llvm.ptr, %dx_h0: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v891 = arith.muli %v2, %size_L : i64
      %v892 = arith.muli %v891, %size_D : i64
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
      %v945 = arith.muli %v2, %size_L : i64
      %v946 = arith.muli %v945, %v1 : i64
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
      %v2089 = arith.muli %v2, %size_B : i64
      %v2090 = arith.muli %v2089, %size_D : i64
      %v2091 = arith.muli %v2090, %v1 : i64
      %v2120 = arith.muli %v2, %size_B : i64
      %v2121 = arith.muli %v2120, %size_D : i64
      %v2122 = arith.muli %v2121, %v1 : i64
      %v2155 = arith.muli %v2, %size_B : i64
      %v2156 = arith.muli %v2155, %size_D : i64
      %v2157 = arith.muli %v2156, %v1 : i64
      %v2190 = arith.muli %v2, %size_B : i64
      %v2191 = arith.muli %v2190, %size_D : i64
      %v2192 = arith.muli %v2191, %v1 : i64
      %v2225 = arith.muli %v2, %size_B : i64
      %v2226 = arith.muli %v2225, %size_D : i64
      %v2227 = arith.muli %v2226, %v1 : i64
      %v2260 = arith.muli %v2, %size_B : i64
      %v2261 = arith.muli %v2260, %size_D : i64
      %v2262 = arith.muli %v2261, %v1 : i64
      %v2295 = arith.muli %v2, %size_B : i64
      %v2296 = arith.muli %v2295, %size_D : i64
      %v2297 = arith.muli %v2296, %v1 : i64
      %v2330 = arith.muli %v2, %size_B : i64
      %v2331 = arith.muli %v2330, %size_D : i64
      %v2332 = arith.muli %v2331, %v1 : i64
      %v2365 = arith.muli %v2, %size_B : i64
      %v2366 = arith.muli %v2365, %size_D : i64
      %v2367 = arith.muli %v2366, %v1 : i64
      %v2400 = arith.muli %v2, %size_B : i64
      %v2401 = arith.muli %v2400, %size_D : i64
      %v2402 = arith.muli %v2401, %v1 : i64
      %v2435 = arith.muli %v2, %size_B : i64
      %v2436 = arith.muli %v2435, %size_D : i64
      %v2437 = arith.muli %v2436, %v1 : i64
      %v2470 = arith.muli %v2, %size_B : i64
      %v2471 = arith.muli %v2470, %size_D : i64
      %v2472 = arith.muli %v2471, %v1 : i64
      %v2505 = arith.muli %v2, %size_B : i64
      %v2506 = arith.muli %v2505, %size_D : i64
      %v2507 = arith.muli %v2506, %v1 : i64
      %v2540 = arith.muli %v2, %size_B : i64
      %v2541 = arith.muli %v2540, %size_D : i64
      %v2542 = arith.muli %v2541, %v1 : i64
      %v2575 = arith.muli %v2, %size_B : i64
      %v2576 = arith.muli %v2575, %size_D : i64
      %v2577 = arith.muli %v2576, %v1 : i64
      %v2610 = arith.muli %v2, %size_B : i64
      %v2611 = arith.muli %v2610, %size_D : i64
      %v2612 = arith.muli %v2611, %v1 : i64
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
          %v894 = arith.muli %v63, %v891 : i64
          %v895 = arith.addi %v893, %v894 : i64
          %v896 = arith.muli %v890, %v2 : i64
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
          %v948 = arith.muli %v890, %v2 : i64
          %v949 = arith.addi %v947, %v948 : i64
          %v950 = llvm.getelementptr %in_Bm[%v949] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v951 = llvm.load %v950 : !llvm.ptr -> f32
          %v952 = arith.muli %v65, %v892 : i64
          %v953 = arith.muli %v63, %v891 : i64
          %v954 = arith.addi %v952, %v953 : i64
          %v955 = arith.muli %v890, %v2 : i64
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
          %v981 = arith.constant 1 : i64
          %v982 = arith.muli %v981, %v945 : i64
          %v983 = arith.addi %v980, %v982 : i64
          %v984 = arith.muli %v890, %v2 : i64
          %v985 = arith.addi %v983, %v984 : i64
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
          %v1009 = arith.constant 2 : i64
          %v1010 = arith.muli %v1009, %v945 : i64
          %v1011 = arith.addi %v1008, %v1010 : i64
          %v1012 = arith.muli %v890, %v2 : i64
          %v1013 = arith.addi %v1011, %v1012 : i64
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
          %v1038 = arith.constant 3 : i64
          %v1039 = arith.muli %v1038, %v945 : i64
          %v1040 = arith.addi %v1037, %v1039 : i64
          %v1041 = arith.muli %v890, %v2 : i64
          %v1042 = arith.addi %v1040, %v1041 : i64
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
          %v1067 = arith.constant 4 : i64
          %v1068 = arith.muli %v1067, %v945 : i64
          %v1069 = arith.addi %v1066, %v1068 : i64
          %v1070 = arith.muli %v890, %v2 : i64
          %v1071 = arith.addi %v1069, %v1070 : i64
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
          %v1096 = arith.constant 5 : i64
          %v1097 = arith.muli %v1096, %v945 : i64
          %v1098 = arith.addi %v1095, %v1097 : i64
          %v1099 = arith.muli %v890, %v2 : i64
          %v1100 = arith.addi %v1098, %v1099 : i64
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
          %v1125 = arith.constant 6 : i64
          %v1126 = arith.muli %v1125, %v945 : i64
          %v1127 = arith.addi %v1124, %v1126 : i64
          %v1128 = arith.muli %v890, %v2 : i64
          %v1129 = arith.addi %v1127, %v1128 : i64
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
          %v1154 = arith.constant 7 : i64
          %v1155 = arith.muli %v1154, %v945 : i64
          %v1156 = arith.addi %v1153, %v1155 : i64
          %v1157 = arith.muli %v890, %v2 : i64
          %v1158 = arith.addi %v1156, %v1157 : i64
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
          %v1183 = arith.constant 8 : i64
          %v1184 = arith.muli %v1183, %v945 : i64
          %v1185 = arith.addi %v1182, %v1184 : i64
          %v1186 = arith.muli %v890, %v2 : i64
          %v1187 = arith.addi %v1185, %v1186 : i64
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
          %v1212 = arith.constant 9 : i64
          %v1213 = arith.muli %v1212, %v945 : i64
          %v1214 = arith.addi %v1211, %v1213 : i64
          %v1215 = arith.muli %v890, %v2 : i64
          %v1216 = arith.addi %v1214, %v1215 : i64
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
          %v1241 = arith.constant 10 : i64
          %v1242 = arith.muli %v1241, %v945 : i64
          %v1243 = arith.addi %v1240, %v1242 : i64
          %v1244 = arith.muli %v890, %v2 : i64
          %v1245 = arith.addi %v1243, %v1244 : i64
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
          %v1270 = arith.constant 11 : i64
          %v1271 = arith.muli %v1270, %v945 : i64
          %v1272 = arith.addi %v1269, %v1271 : i64
          %v1273 = arith.muli %v890, %v2 : i64
          %v1274 = arith.addi %v1272, %v1273 : i64
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
          %v1299 = arith.constant 12 : i64
          %v1300 = arith.muli %v1299, %v945 : i64
          %v1301 = arith.addi %v1298, %v1300 : i64
          %v1302 = arith.muli %v890, %v2 : i64
          %v1303 = arith.addi %v1301, %v1302 : i64
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
          %v1328 = arith.constant 13 : i64
          %v1329 = arith.muli %v1328, %v945 : i64
          %v1330 = arith.addi %v1327, %v1329 : i64
          %v1331 = arith.muli %v890, %v2 : i64
          %v1332 = arith.addi %v1330, %v1331 : i64
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
          %v1357 = arith.constant 14 : i64
          %v1358 = arith.muli %v1357, %v945 : i64
          %v1359 = arith.addi %v1356, %v1358 : i64
          %v1360 = arith.muli %v890, %v2 : i64
          %v1361 = arith.addi %v1359, %v1360 : i64
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
          %v1386 = arith.constant 15 : i64
          %v1387 = arith.muli %v1386, %v945 : i64
          %v1388 = arith.addi %v1385, %v1387 : i64
          %v1389 = arith.muli %v890, %v2 : i64
          %v1390 = arith.addi %v1388, %v1389 : i64
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
          %v1417 = arith.muli %v1412, %v2 : i64
          %v1418 = arith.addi %v1416, %v1417 : i64
          %v1419 = llvm.getelementptr %in_Cm[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
          %v1421 = arith.muli %v65, %v892 : i64
          %v1422 = arith.muli %v63, %v891 : i64
          %v1423 = arith.addi %v1421, %v1422 : i64
          %v1424 = arith.muli %v1412, %v2 : i64
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
          %v1435 = arith.muli %v63, %v891 : i64
          %v1436 = arith.addi %v1434, %v1435 : i64
          %v1437 = arith.muli %v1412, %v2 : i64
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
          %v1448 = arith.constant 1 : i64
          %v1449 = arith.muli %v1448, %v945 : i64
          %v1450 = arith.addi %v1447, %v1449 : i64
          %v1451 = arith.muli %v1412, %v2 : i64
          %v1452 = arith.addi %v1450, %v1451 : i64
          %v1453 = llvm.getelementptr %in_Cm[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1454 = llvm.load %v1453 : !llvm.ptr -> f32
          %v1455 = arith.mulf %v1433, %v1440 : f32
          %v1456 = arith.mulf %v1454, %v1455 : f32
          %v1457 = llvm.load %v74 : !llvm.ptr -> f32
          %v1458 = llvm.load %v138 : !llvm.ptr -> f32
          %v1459 = arith.mulf %v1458, %v1457 : f32
          %v1460 = arith.addf %v1456, %v1459 : f32
          llvm.store %v1460, %v74 : f32, !llvm.ptr
          %v1461 = arith.muli %v65, %v946 : i64
          %v1462 = arith.constant 2 : i64
          %v1463 = arith.muli %v1462, %v945 : i64
          %v1464 = arith.addi %v1461, %v1463 : i64
          %v1465 = arith.muli %v1412, %v2 : i64
          %v1466 = arith.addi %v1464, %v1465 : i64
          %v1467 = llvm.getelementptr %in_Cm[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
          %v1469 = arith.mulf %v1433, %v1440 : f32
          %v1470 = arith.mulf %v1468, %v1469 : f32
          %v1471 = llvm.load %v78 : !llvm.ptr -> f32
          %v1472 = llvm.load %v142 : !llvm.ptr -> f32
          %v1473 = arith.mulf %v1472, %v1471 : f32
          %v1474 = arith.addf %v1470, %v1473 : f32
          llvm.store %v1474, %v78 : f32, !llvm.ptr
          %v1475 = arith.muli %v65, %v946 : i64
          %v1476 = arith.constant 3 : i64
          %v1477 = arith.muli %v1476, %v945 : i64
          %v1478 = arith.addi %v1475, %v1477 : i64
          %v1479 = arith.muli %v1412, %v2 : i64
          %v1480 = arith.addi %v1478, %v1479 : i64
          %v1481 = llvm.getelementptr %in_Cm[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
          %v1483 = arith.mulf %v1433, %v1440 : f32
          %v1484 = arith.mulf %v1482, %v1483 : f32
          %v1485 = llvm.load %v82 : !llvm.ptr -> f32
          %v1486 = llvm.load %v146 : !llvm.ptr -> f32
          %v1487 = arith.mulf %v1486, %v1485 : f32
          %v1488 = arith.addf %v1484, %v1487 : f32
          llvm.store %v1488, %v82 : f32, !llvm.ptr
          %v1489 = arith.muli %v65, %v946 : i64
          %v1490 = arith.constant 4 : i64
          %v1491 = arith.muli %v1490, %v945 : i64
          %v1492 = arith.addi %v1489, %v1491 : i64
          %v1493 = arith.muli %v1412, %v2 : i64
          %v1494 = arith.addi %v1492, %v1493 : i64
          %v1495 = llvm.getelementptr %in_Cm[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1496 = llvm.load %v1495 : !llvm.ptr -> f32
          %v1497 = arith.mulf %v1433, %v1440 : f32
          %v1498 = arith.mulf %v1496, %v1497 : f32
          %v1499 = llvm.load %v86 : !llvm.ptr -> f32
          %v1500 = llvm.load %v150 : !llvm.ptr -> f32
          %v1501 = arith.mulf %v1500, %v1499 : f32
          %v1502 = arith.addf %v1498, %v1501 : f32
          llvm.store %v1502, %v86 : f32, !llvm.ptr
          %v1503 = arith.muli %v65, %v946 : i64
          %v1504 = arith.constant 5 : i64
          %v1505 = arith.muli %v1504, %v945 : i64
          %v1506 = arith.addi %v1503, %v1505 : i64
          %v1507 = arith.muli %v1412, %v2 : i64
          %v1508 = arith.addi %v1506, %v1507 : i64
          %v1509 = llvm.getelementptr %in_Cm[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
          %v1511 = arith.mulf %v1433, %v1440 : f32
          %v1512 = arith.mulf %v1510, %v1511 : f32
          %v1513 = llvm.load %v90 : !llvm.ptr -> f32
          %v1514 = llvm.load %v154 : !llvm.ptr -> f32
          %v1515 = arith.mulf %v1514, %v1513 : f32
          %v1516 = arith.addf %v1512, %v1515 : f32
          llvm.store %v1516, %v90 : f32, !llvm.ptr
          %v1517 = arith.muli %v65, %v946 : i64
          %v1518 = arith.constant 6 : i64
          %v1519 = arith.muli %v1518, %v945 : i64
          %v1520 = arith.addi %v1517, %v1519 : i64
          %v1521 = arith.muli %v1412, %v2 : i64
          %v1522 = arith.addi %v1520, %v1521 : i64
          %v1523 = llvm.getelementptr %in_Cm[%v1522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1524 = llvm.load %v1523 : !llvm.ptr -> f32
          %v1525 = arith.mulf %v1433, %v1440 : f32
          %v1526 = arith.mulf %v1524, %v1525 : f32
          %v1527 = llvm.load %v94 : !llvm.ptr -> f32
          %v1528 = llvm.load %v158 : !llvm.ptr -> f32
          %v1529 = arith.mulf %v1528, %v1527 : f32
          %v1530 = arith.addf %v1526, %v1529 : f32
          llvm.store %v1530, %v94 : f32, !llvm.ptr
          %v1531 = arith.muli %v65, %v946 : i64
          %v1532 = arith.constant 7 : i64
          %v1533 = arith.muli %v1532, %v945 : i64
          %v1534 = arith.addi %v1531, %v1533 : i64
          %v1535 = arith.muli %v1412, %v2 : i64
          %v1536 = arith.addi %v1534, %v1535 : i64
          %v1537 = llvm.getelementptr %in_Cm[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1538 = llvm.load %v1537 : !llvm.ptr -> f32
          %v1539 = arith.mulf %v1433, %v1440 : f32
          %v1540 = arith.mulf %v1538, %v1539 : f32
          %v1541 = llvm.load %v98 : !llvm.ptr -> f32
          %v1542 = llvm.load %v162 : !llvm.ptr -> f32
          %v1543 = arith.mulf %v1542, %v1541 : f32
          %v1544 = arith.addf %v1540, %v1543 : f32
          llvm.store %v1544, %v98 : f32, !llvm.ptr
          %v1545 = arith.muli %v65, %v946 : i64
          %v1546 = arith.constant 8 : i64
          %v1547 = arith.muli %v1546, %v945 : i64
          %v1548 = arith.addi %v1545, %v1547 : i64
          %v1549 = arith.muli %v1412, %v2 : i64
          %v1550 = arith.addi %v1548, %v1549 : i64
          %v1551 = llvm.getelementptr %in_Cm[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
          %v1553 = arith.mulf %v1433, %v1440 : f32
          %v1554 = arith.mulf %v1552, %v1553 : f32
          %v1555 = llvm.load %v102 : !llvm.ptr -> f32
          %v1556 = llvm.load %v166 : !llvm.ptr -> f32
          %v1557 = arith.mulf %v1556, %v1555 : f32
          %v1558 = arith.addf %v1554, %v1557 : f32
          llvm.store %v1558, %v102 : f32, !llvm.ptr
          %v1559 = arith.muli %v65, %v946 : i64
          %v1560 = arith.constant 9 : i64
          %v1561 = arith.muli %v1560, %v945 : i64
          %v1562 = arith.addi %v1559, %v1561 : i64
          %v1563 = arith.muli %v1412, %v2 : i64
          %v1564 = arith.addi %v1562, %v1563 : i64
          %v1565 = llvm.getelementptr %in_Cm[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
          %v1567 = arith.mulf %v1433, %v1440 : f32
          %v1568 = arith.mulf %v1566, %v1567 : f32
          %v1569 = llvm.load %v106 : !llvm.ptr -> f32
          %v1570 = llvm.load %v170 : !llvm.ptr -> f32
          %v1571 = arith.mulf %v1570, %v1569 : f32
          %v1572 = arith.addf %v1568, %v1571 : f32
          llvm.store %v1572, %v106 : f32, !llvm.ptr
          %v1573 = arith.muli %v65, %v946 : i64
          %v1574 = arith.constant 10 : i64
          %v1575 = arith.muli %v1574, %v945 : i64
          %v1576 = arith.addi %v1573, %v1575 : i64
          %v1577 = arith.muli %v1412, %v2 : i64
          %v1578 = arith.addi %v1576, %v1577 : i64
          %v1579 = llvm.getelementptr %in_Cm[%v1578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1580 = llvm.load %v1579 : !llvm.ptr -> f32
          %v1581 = arith.mulf %v1433, %v1440 : f32
          %v1582 = arith.mulf %v1580, %v1581 : f32
          %v1583 = llvm.load %v110 : !llvm.ptr -> f32
          %v1584 = llvm.load %v174 : !llvm.ptr -> f32
          %v1585 = arith.mulf %v1584, %v1583 : f32
          %v1586 = arith.addf %v1582, %v1585 : f32
          llvm.store %v1586, %v110 : f32, !llvm.ptr
          %v1587 = arith.muli %v65, %v946 : i64
          %v1588 = arith.constant 11 : i64
          %v1589 = arith.muli %v1588, %v945 : i64
          %v1590 = arith.addi %v1587, %v1589 : i64
          %v1591 = arith.muli %v1412, %v2 : i64
          %v1592 = arith.addi %v1590, %v1591 : i64
          %v1593 = llvm.getelementptr %in_Cm[%v1592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
          %v1595 = arith.mulf %v1433, %v1440 : f32
          %v1596 = arith.mulf %v1594, %v1595 : f32
          %v1597 = llvm.load %v114 : !llvm.ptr -> f32
          %v1598 = llvm.load %v178 : !llvm.ptr -> f32
          %v1599 = arith.mulf %v1598, %v1597 : f32
          %v1600 = arith.addf %v1596, %v1599 : f32
          llvm.store %v1600, %v114 : f32, !llvm.ptr
          %v1601 = arith.muli %v65, %v946 : i64
          %v1602 = arith.constant 12 : i64
          %v1603 = arith.muli %v1602, %v945 : i64
          %v1604 = arith.addi %v1601, %v1603 : i64
          %v1605 = arith.muli %v1412, %v2 : i64
          %v1606 = arith.addi %v1604, %v1605 : i64
          %v1607 = llvm.getelementptr %in_Cm[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1608 = llvm.load %v1607 : !llvm.ptr -> f32
          %v1609 = arith.mulf %v1433, %v1440 : f32
          %v1610 = arith.mulf %v1608, %v1609 : f32
          %v1611 = llvm.load %v118 : !llvm.ptr -> f32
          %v1612 = llvm.load %v182 : !llvm.ptr -> f32
          %v1613 = arith.mulf %v1612, %v1611 : f32
          %v1614 = arith.addf %v1610, %v1613 : f32
          llvm.store %v1614, %v118 : f32, !llvm.ptr
          %v1615 = arith.muli %v65, %v946 : i64
          %v1616 = arith.constant 13 : i64
          %v1617 = arith.muli %v1616, %v945 : i64
          %v1618 = arith.addi %v1615, %v1617 : i64
          %v1619 = arith.muli %v1412, %v2 : i64
          %v1620 = arith.addi %v1618, %v1619 : i64
          %v1621 = llvm.getelementptr %in_Cm[%v1620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1622 = llvm.load %v1621 : !llvm.ptr -> f32
          %v1623 = arith.mulf %v1433, %v1440 : f32
          %v1624 = arith.mulf %v1622, %v1623 : f32
          %v1625 = llvm.load %v122 : !llvm.ptr -> f32
          %v1626 = llvm.load %v186 : !llvm.ptr -> f32
          %v1627 = arith.mulf %v1626, %v1625 : f32
          %v1628 = arith.addf %v1624, %v1627 : f32
          llvm.store %v1628, %v122 : f32, !llvm.ptr
          %v1629 = arith.muli %v65, %v946 : i64
          %v1630 = arith.constant 14 : i64
          %v1631 = arith.muli %v1630, %v945 : i64
          %v1632 = arith.addi %v1629, %v1631 : i64
          %v1633 = arith.muli %v1412, %v2 : i64
          %v1634 = arith.addi %v1632, %v1633 : i64
          %v1635 = llvm.getelementptr %in_Cm[%v1634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1636 = llvm.load %v1635 : !llvm.ptr -> f32
          %v1637 = arith.mulf %v1433, %v1440 : f32
          %v1638 = arith.mulf %v1636, %v1637 : f32
          %v1639 = llvm.load %v126 : !llvm.ptr -> f32
          %v1640 = llvm.load %v190 : !llvm.ptr -> f32
          %v1641 = arith.mulf %v1640, %v1639 : f32
          %v1642 = arith.addf %v1638, %v1641 : f32
          llvm.store %v1642, %v126 : f32, !llvm.ptr
          %v1643 = arith.muli %v65, %v946 : i64
          %v1644 = arith.constant 15 : i64
          %v1645 = arith.muli %v1644, %v945 : i64
          %v1646 = arith.addi %v1643, %v1645 : i64
          %v1647 = arith.muli %v1412, %v2 : i64
          %v1648 = arith.addi %v1646, %v1647 : i64
          %v1649 = llvm.getelementptr %in_Cm[%v1648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1650 = llvm.load %v1649 : !llvm.ptr -> f32
          %v1651 = arith.mulf %v1433, %v1440 : f32
          %v1652 = arith.mulf %v1650, %v1651 : f32
          %v1653 = llvm.load %v130 : !llvm.ptr -> f32
          %v1654 = llvm.load %v194 : !llvm.ptr -> f32
          %v1655 = arith.mulf %v1654, %v1653 : f32
          %v1656 = arith.addf %v1652, %v1655 : f32
          llvm.store %v1656, %v130 : f32, !llvm.ptr
          %v1657 = arith.cmpi eq, %v1412, %v336 : i64
          scf.if %v1657 {
            %v1658 = arith.muli %v65, %v339 : i64
            %v1659 = arith.muli %v63, %v338 : i64
            %v1660 = arith.addi %v1658, %v1659 : i64
            %v1661 = llvm.getelementptr %dy_h_last[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1662 = llvm.load %v1661 : !llvm.ptr -> f32
            %v1663 = llvm.load %v71 : !llvm.ptr -> f32
            %v1664 = arith.addf %v1663, %v1662 : f32
            llvm.store %v1664, %v71 : f32, !llvm.ptr
            %v1665 = arith.muli %v65, %v339 : i64
            %v1666 = arith.muli %v63, %v338 : i64
            %v1667 = arith.addi %v1665, %v1666 : i64
            %v1668 = arith.constant 1 : i64
            %v1669 = arith.muli %v1668, %v2 : i64
            %v1670 = arith.addi %v1667, %v1669 : i64
            %v1671 = llvm.getelementptr %dy_h_last[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
            %v1673 = llvm.load %v74 : !llvm.ptr -> f32
            %v1674 = arith.addf %v1673, %v1672 : f32
            llvm.store %v1674, %v74 : f32, !llvm.ptr
            %v1675 = arith.muli %v65, %v339 : i64
            %v1676 = arith.muli %v63, %v338 : i64
            %v1677 = arith.addi %v1675, %v1676 : i64
            %v1678 = arith.constant 2 : i64
            %v1679 = arith.muli %v1678, %v2 : i64
            %v1680 = arith.addi %v1677, %v1679 : i64
            %v1681 = llvm.getelementptr %dy_h_last[%v1680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1682 = llvm.load %v1681 : !llvm.ptr -> f32
            %v1683 = llvm.load %v78 : !llvm.ptr -> f32
            %v1684 = arith.addf %v1683, %v1682 : f32
            llvm.store %v1684, %v78 : f32, !llvm.ptr
            %v1685 = arith.muli %v65, %v339 : i64
            %v1686 = arith.muli %v63, %v338 : i64
            %v1687 = arith.addi %v1685, %v1686 : i64
            %v1688 = arith.constant 3 : i64
            %v1689 = arith.muli %v1688, %v2 : i64
            %v1690 = arith.addi %v1687, %v1689 : i64
            %v1691 = llvm.getelementptr %dy_h_last[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
            %v1693 = llvm.load %v82 : !llvm.ptr -> f32
            %v1694 = arith.addf %v1693, %v1692 : f32
            llvm.store %v1694, %v82 : f32, !llvm.ptr
            %v1695 = arith.muli %v65, %v339 : i64
            %v1696 = arith.muli %v63, %v338 : i64
            %v1697 = arith.addi %v1695, %v1696 : i64
            %v1698 = arith.constant 4 : i64
            %v1699 = arith.muli %v1698, %v2 : i64
            %v1700 = arith.addi %v1697, %v1699 : i64
            %v1701 = llvm.getelementptr %dy_h_last[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
            %v1703 = llvm.load %v86 : !llvm.ptr -> f32
            %v1704 = arith.addf %v1703, %v1702 : f32
            llvm.store %v1704, %v86 : f32, !llvm.ptr
            %v1705 = arith.muli %v65, %v339 : i64
            %v1706 = arith.muli %v63, %v338 : i64
            %v1707 = arith.addi %v1705, %v1706 : i64
            %v1708 = arith.constant 5 : i64
            %v1709 = arith.muli %v1708, %v2 : i64
            %v1710 = arith.addi %v1707, %v1709 : i64
            %v1711 = llvm.getelementptr %dy_h_last[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
            %v1713 = llvm.load %v90 : !llvm.ptr -> f32
            %v1714 = arith.addf %v1713, %v1712 : f32
            llvm.store %v1714, %v90 : f32, !llvm.ptr
            %v1715 = arith.muli %v65, %v339 : i64
            %v1716 = arith.muli %v63, %v338 : i64
            %v1717 = arith.addi %v1715, %v1716 : i64
            %v1718 = arith.constant 6 : i64
            %v1719 = arith.muli %v1718, %v2 : i64
            %v1720 = arith.addi %v1717, %v1719 : i64
            %v1721 = llvm.getelementptr %dy_h_last[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
            %v1723 = llvm.load %v94 : !llvm.ptr -> f32
            %v1724 = arith.addf %v1723, %v1722 : f32
            llvm.store %v1724, %v94 : f32, !llvm.ptr
            %v1725 = arith.muli %v65, %v339 : i64
            %v1726 = arith.muli %v63, %v338 : i64
            %v1727 = arith.addi %v1725, %v1726 : i64
            %v1728 = arith.constant 7 : i64
            %v1729 = arith.muli %v1728, %v2 : i64
            %v1730 = arith.addi %v1727, %v1729 : i64
            %v1731 = llvm.getelementptr %dy_h_last[%v1730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1732 = llvm.load %v1731 : !llvm.ptr -> f32
            %v1733 = llvm.load %v98 : !llvm.ptr -> f32
            %v1734 = arith.addf %v1733, %v1732 : f32
            llvm.store %v1734, %v98 : f32, !llvm.ptr
            %v1735 = arith.muli %v65, %v339 : i64
            %v1736 = arith.muli %v63, %v338 : i64
            %v1737 = arith.addi %v1735, %v1736 : i64
            %v1738 = arith.constant 8 : i64
            %v1739 = arith.muli %v1738, %v2 : i64
            %v1740 = arith.addi %v1737, %v1739 : i64
            %v1741 = llvm.getelementptr %dy_h_last[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
            %v1743 = llvm.load %v102 : !llvm.ptr -> f32
            %v1744 = arith.addf %v1743, %v1742 : f32
            llvm.store %v1744, %v102 : f32, !llvm.ptr
            %v1745 = arith.muli %v65, %v339 : i64
            %v1746 = arith.muli %v63, %v338 : i64
            %v1747 = arith.addi %v1745, %v1746 : i64
            %v1748 = arith.constant 9 : i64
            %v1749 = arith.muli %v1748, %v2 : i64
            %v1750 = arith.addi %v1747, %v1749 : i64
            %v1751 = llvm.getelementptr %dy_h_last[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1752 = llvm.load %v1751 : !llvm.ptr -> f32
            %v1753 = llvm.load %v106 : !llvm.ptr -> f32
            %v1754 = arith.addf %v1753, %v1752 : f32
            llvm.store %v1754, %v106 : f32, !llvm.ptr
            %v1755 = arith.muli %v65, %v339 : i64
            %v1756 = arith.muli %v63, %v338 : i64
            %v1757 = arith.addi %v1755, %v1756 : i64
            %v1758 = arith.constant 10 : i64
            %v1759 = arith.muli %v1758, %v2 : i64
            %v1760 = arith.addi %v1757, %v1759 : i64
            %v1761 = llvm.getelementptr %dy_h_last[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1762 = llvm.load %v1761 : !llvm.ptr -> f32
            %v1763 = llvm.load %v110 : !llvm.ptr -> f32
            %v1764 = arith.addf %v1763, %v1762 : f32
            llvm.store %v1764, %v110 : f32, !llvm.ptr
            %v1765 = arith.muli %v65, %v339 : i64
            %v1766 = arith.muli %v63, %v338 : i64
            %v1767 = arith.addi %v1765, %v1766 : i64
            %v1768 = arith.constant 11 : i64
            %v1769 = arith.muli %v1768, %v2 : i64
            %v1770 = arith.addi %v1767, %v1769 : i64
            %v1771 = llvm.getelementptr %dy_h_last[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
            %v1773 = llvm.load %v114 : !llvm.ptr -> f32
            %v1774 = arith.addf %v1773, %v1772 : f32
            llvm.store %v1774, %v114 : f32, !llvm.ptr
            %v1775 = arith.muli %v65, %v339 : i64
            %v1776 = arith.muli %v63, %v338 : i64
            %v1777 = arith.addi %v1775, %v1776 : i64
            %v1778 = arith.constant 12 : i64
            %v1779 = arith.muli %v1778, %v2 : i64
            %v1780 = arith.addi %v1777, %v1779 : i64
            %v1781 = llvm.getelementptr %dy_h_last[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1782 = llvm.load %v1781 : !llvm.ptr -> f32
            %v1783 = llvm.load %v118 : !llvm.ptr -> f32
            %v1784 = arith.addf %v1783, %v1782 : f32
            llvm.store %v1784, %v118 : f32, !llvm.ptr
            %v1785 = arith.muli %v65, %v339 : i64
            %v1786 = arith.muli %v63, %v338 : i64
            %v1787 = arith.addi %v1785, %v1786 : i64
            %v1788 = arith.constant 13 : i64
            %v1789 = arith.muli %v1788, %v2 : i64
            %v1790 = arith.addi %v1787, %v1789 : i64
            %v1791 = llvm.getelementptr %dy_h_last[%v1790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
            %v1793 = llvm.load %v122 : !llvm.ptr -> f32
            %v1794 = arith.addf %v1793, %v1792 : f32
            llvm.store %v1794, %v122 : f32, !llvm.ptr
            %v1795 = arith.muli %v65, %v339 : i64
            %v1796 = arith.muli %v63, %v338 : i64
            %v1797 = arith.addi %v1795, %v1796 : i64
            %v1798 = arith.constant 14 : i64
            %v1799 = arith.muli %v1798, %v2 : i64
            %v1800 = arith.addi %v1797, %v1799 : i64
            %v1801 = llvm.getelementptr %dy_h_last[%v1800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
            %v1803 = llvm.load %v126 : !llvm.ptr -> f32
            %v1804 = arith.addf %v1803, %v1802 : f32
            llvm.store %v1804, %v126 : f32, !llvm.ptr
            %v1805 = arith.muli %v65, %v339 : i64
            %v1806 = arith.muli %v63, %v338 : i64
            %v1807 = arith.addi %v1805, %v1806 : i64
            %v1808 = arith.constant 15 : i64
            %v1809 = arith.muli %v1808, %v2 : i64
            %v1810 = arith.addi %v1807, %v1809 : i64
            %v1811 = llvm.getelementptr %dy_h_last[%v1810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v1812 = llvm.load %v1811 : !llvm.ptr -> f32
            %v1813 = llvm.load %v130 : !llvm.ptr -> f32
            %v1814 = arith.addf %v1813, %v1812 : f32
            llvm.store %v1814, %v130 : f32, !llvm.ptr
          }
          %v1815 = arith.muli %v63, %v2 : i64
          %v1816 = llvm.getelementptr %in_Dskip[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1817 = llvm.load %v1816 : !llvm.ptr -> f32
          %v1818 = arith.mulf %v1433, %v1440 : f32
          %v1819 = arith.mulf %v1817, %v1818 : f32
          %v1820 = arith.muli %v65, %v892 : i64
          %v1821 = arith.muli %v63, %v891 : i64
          %v1822 = arith.addi %v1820, %v1821 : i64
          %v1823 = arith.muli %v1412, %v2 : i64
          %v1824 = arith.addi %v1822, %v1823 : i64
          %v1825 = llvm.getelementptr %in_delta[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
          %v1827 = arith.muli %v63, %v2 : i64
          %v1828 = llvm.getelementptr %in_dt_bias[%v1827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1829 = llvm.load %v1828 : !llvm.ptr -> f32
          %v1830 = arith.addf %v1826, %v1829 : f32
          %v1831 = arith.maximumf %v1830, %v331 : f32
          %v1832 = llvm.call_intrinsic "llvm.fabs.f32"(%v1830) : (f32) -> f32
          %v1833 = arith.negf %v1832 : f32
          %v1834 = arith.mulf %v1833, %v907 : f32
          %v1835 = llvm.call_intrinsic "llvm.exp2.f32"(%v1834) : (f32) -> f32
          %v1836 = arith.addf %v332, %v1835 : f32
          %v1837 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v1836) : (f32) -> f32
          %v1838 = arith.mulf %v1837, %v912 : f32
          %v1839 = arith.mulf %v914, %v1835 : f32
          %v1840 = arith.addf %v1839, %v916 : f32
          %v1841 = arith.mulf %v1840, %v1835 : f32
          %v1842 = arith.addf %v1841, %v919 : f32
          %v1843 = arith.mulf %v1842, %v1835 : f32
          %v1844 = arith.addf %v1843, %v922 : f32
          %v1845 = arith.mulf %v1844, %v1835 : f32
          %v1846 = arith.addf %v1845, %v925 : f32
          %v1847 = arith.mulf %v1846, %v1835 : f32
          %v1848 = arith.addf %v1847, %v928 : f32
          %v1849 = arith.mulf %v1848, %v1835 : f32
          %v1850 = arith.addf %v1849, %v332 : f32
          %v1851 = arith.mulf %v1850, %v1835 : f32
          %v1852 = llvm.call_intrinsic "llvm.fabs.f32"(%v1835) : (f32) -> f32
          %v1853 = arith.cmpf olt, %v1852, %v934 : f32
          %v1854 = arith.select %v1853, %v1851, %v1838 : f32
          %v1855 = arith.addf %v1831, %v1854 : f32
          %v1856 = arith.muli %v65, %v946 : i64
          %v1857 = arith.muli %v1412, %v2 : i64
          %v1858 = arith.addi %v1856, %v1857 : i64
          %v1859 = llvm.getelementptr %in_Bm[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1860 = llvm.load %v1859 : !llvm.ptr -> f32
          %v1861 = llvm.load %v71 : !llvm.ptr -> f32
          %v1862 = arith.mulf %v1860, %v1861 : f32
          %v1863 = arith.muli %v65, %v946 : i64
          %v1864 = arith.constant 1 : i64
          %v1865 = arith.muli %v1864, %v945 : i64
          %v1866 = arith.addi %v1863, %v1865 : i64
          %v1867 = arith.muli %v1412, %v2 : i64
          %v1868 = arith.addi %v1866, %v1867 : i64
          %v1869 = llvm.getelementptr %in_Bm[%v1868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1870 = llvm.load %v1869 : !llvm.ptr -> f32
          %v1871 = llvm.load %v74 : !llvm.ptr -> f32
          %v1872 = arith.mulf %v1870, %v1871 : f32
          %v1873 = arith.addf %v1862, %v1872 : f32
          %v1874 = arith.muli %v65, %v946 : i64
          %v1875 = arith.constant 2 : i64
          %v1876 = arith.muli %v1875, %v945 : i64
          %v1877 = arith.addi %v1874, %v1876 : i64
          %v1878 = arith.muli %v1412, %v2 : i64
          %v1879 = arith.addi %v1877, %v1878 : i64
          %v1880 = llvm.getelementptr %in_Bm[%v1879] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1881 = llvm.load %v1880 : !llvm.ptr -> f32
          %v1882 = llvm.load %v78 : !llvm.ptr -> f32
          %v1883 = arith.mulf %v1881, %v1882 : f32
          %v1884 = arith.addf %v1873, %v1883 : f32
          %v1885 = arith.muli %v65, %v946 : i64
          %v1886 = arith.constant 3 : i64
          %v1887 = arith.muli %v1886, %v945 : i64
          %v1888 = arith.addi %v1885, %v1887 : i64
          %v1889 = arith.muli %v1412, %v2 : i64
          %v1890 = arith.addi %v1888, %v1889 : i64
          %v1891 = llvm.getelementptr %in_Bm[%v1890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
          %v1893 = llvm.load %v82 : !llvm.ptr -> f32
          %v1894 = arith.mulf %v1892, %v1893 : f32
          %v1895 = arith.addf %v1884, %v1894 : f32
          %v1896 = arith.muli %v65, %v946 : i64
          %v1897 = arith.constant 4 : i64
          %v1898 = arith.muli %v1897, %v945 : i64
          %v1899 = arith.addi %v1896, %v1898 : i64
          %v1900 = arith.muli %v1412, %v2 : i64
          %v1901 = arith.addi %v1899, %v1900 : i64
          %v1902 = llvm.getelementptr %in_Bm[%v1901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
          %v1904 = llvm.load %v86 : !llvm.ptr -> f32
          %v1905 = arith.mulf %v1903, %v1904 : f32
          %v1906 = arith.addf %v1895, %v1905 : f32
          %v1907 = arith.muli %v65, %v946 : i64
          %v1908 = arith.constant 5 : i64
          %v1909 = arith.muli %v1908, %v945 : i64
          %v1910 = arith.addi %v1907, %v1909 : i64
          %v1911 = arith.muli %v1412, %v2 : i64
          %v1912 = arith.addi %v1910, %v1911 : i64
          %v1913 = llvm.getelementptr %in_Bm[%v1912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1914 = llvm.load %v1913 : !llvm.ptr -> f32
          %v1915 = llvm.load %v90 : !llvm.ptr -> f32
          %v1916 = arith.mulf %v1914, %v1915 : f32
          %v1917 = arith.addf %v1906, %v1916 : f32
          %v1918 = arith.muli %v65, %v946 : i64
          %v1919 = arith.constant 6 : i64
          %v1920 = arith.muli %v1919, %v945 : i64
          %v1921 = arith.addi %v1918, %v1920 : i64
          %v1922 = arith.muli %v1412, %v2 : i64
          %v1923 = arith.addi %v1921, %v1922 : i64
          %v1924 = llvm.getelementptr %in_Bm[%v1923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1925 = llvm.load %v1924 : !llvm.ptr -> f32
          %v1926 = llvm.load %v94 : !llvm.ptr -> f32
          %v1927 = arith.mulf %v1925, %v1926 : f32
          %v1928 = arith.addf %v1917, %v1927 : f32
          %v1929 = arith.muli %v65, %v946 : i64
          %v1930 = arith.constant 7 : i64
          %v1931 = arith.muli %v1930, %v945 : i64
          %v1932 = arith.addi %v1929, %v1931 : i64
          %v1933 = arith.muli %v1412, %v2 : i64
          %v1934 = arith.addi %v1932, %v1933 : i64
          %v1935 = llvm.getelementptr %in_Bm[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
          %v1937 = llvm.load %v98 : !llvm.ptr -> f32
          %v1938 = arith.mulf %v1936, %v1937 : f32
          %v1939 = arith.addf %v1928, %v1938 : f32
          %v1940 = arith.muli %v65, %v946 : i64
          %v1941 = arith.constant 8 : i64
          %v1942 = arith.muli %v1941, %v945 : i64
          %v1943 = arith.addi %v1940, %v1942 : i64
          %v1944 = arith.muli %v1412, %v2 : i64
          %v1945 = arith.addi %v1943, %v1944 : i64
          %v1946 = llvm.getelementptr %in_Bm[%v1945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1947 = llvm.load %v1946 : !llvm.ptr -> f32
          %v1948 = llvm.load %v102 : !llvm.ptr -> f32
          %v1949 = arith.mulf %v1947, %v1948 : f32
          %v1950 = arith.addf %v1939, %v1949 : f32
          %v1951 = arith.muli %v65, %v946 : i64
          %v1952 = arith.constant 9 : i64
          %v1953 = arith.muli %v1952, %v945 : i64
          %v1954 = arith.addi %v1951, %v1953 : i64
          %v1955 = arith.muli %v1412, %v2 : i64
          %v1956 = arith.addi %v1954, %v1955 : i64
          %v1957 = llvm.getelementptr %in_Bm[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
          %v1959 = llvm.load %v106 : !llvm.ptr -> f32
          %v1960 = arith.mulf %v1958, %v1959 : f32
          %v1961 = arith.addf %v1950, %v1960 : f32
          %v1962 = arith.muli %v65, %v946 : i64
          %v1963 = arith.constant 10 : i64
          %v1964 = arith.muli %v1963, %v945 : i64
          %v1965 = arith.addi %v1962, %v1964 : i64
          %v1966 = arith.muli %v1412, %v2 : i64
          %v1967 = arith.addi %v1965, %v1966 : i64
          %v1968 = llvm.getelementptr %in_Bm[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1969 = llvm.load %v1968 : !llvm.ptr -> f32
          %v1970 = llvm.load %v110 : !llvm.ptr -> f32
          %v1971 = arith.mulf %v1969, %v1970 : f32
          %v1972 = arith.addf %v1961, %v1971 : f32
          %v1973 = arith.muli %v65, %v946 : i64
          %v1974 = arith.constant 11 : i64
          %v1975 = arith.muli %v1974, %v945 : i64
          %v1976 = arith.addi %v1973, %v1975 : i64
          %v1977 = arith.muli %v1412, %v2 : i64
          %v1978 = arith.addi %v1976, %v1977 : i64
          %v1979 = llvm.getelementptr %in_Bm[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
          %v1981 = llvm.load %v114 : !llvm.ptr -> f32
          %v1982 = arith.mulf %v1980, %v1981 : f32
          %v1983 = arith.addf %v1972, %v1982 : f32
          %v1984 = arith.muli %v65, %v946 : i64
          %v1985 = arith.constant 12 : i64
          %v1986 = arith.muli %v1985, %v945 : i64
          %v1987 = arith.addi %v1984, %v1986 : i64
          %v1988 = arith.muli %v1412, %v2 : i64
          %v1989 = arith.addi %v1987, %v1988 : i64
          %v1990 = llvm.getelementptr %in_Bm[%v1989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1991 = llvm.load %v1990 : !llvm.ptr -> f32
          %v1992 = llvm.load %v118 : !llvm.ptr -> f32
          %v1993 = arith.mulf %v1991, %v1992 : f32
          %v1994 = arith.addf %v1983, %v1993 : f32
          %v1995 = arith.muli %v65, %v946 : i64
          %v1996 = arith.constant 13 : i64
          %v1997 = arith.muli %v1996, %v945 : i64
          %v1998 = arith.addi %v1995, %v1997 : i64
          %v1999 = arith.muli %v1412, %v2 : i64
          %v2000 = arith.addi %v1998, %v1999 : i64
          %v2001 = llvm.getelementptr %in_Bm[%v2000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2002 = llvm.load %v2001 : !llvm.ptr -> f32
          %v2003 = llvm.load %v122 : !llvm.ptr -> f32
          %v2004 = arith.mulf %v2002, %v2003 : f32
          %v2005 = arith.addf %v1994, %v2004 : f32
          %v2006 = arith.muli %v65, %v946 : i64
          %v2007 = arith.constant 14 : i64
          %v2008 = arith.muli %v2007, %v945 : i64
          %v2009 = arith.addi %v2006, %v2008 : i64
          %v2010 = arith.muli %v1412, %v2 : i64
          %v2011 = arith.addi %v2009, %v2010 : i64
          %v2012 = llvm.getelementptr %in_Bm[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
          %v2014 = llvm.load %v126 : !llvm.ptr -> f32
          %v2015 = arith.mulf %v2013, %v2014 : f32
          %v2016 = arith.addf %v2005, %v2015 : f32
          %v2017 = arith.muli %v65, %v946 : i64
          %v2018 = arith.constant 15 : i64
          %v2019 = arith.muli %v2018, %v945 : i64
          %v2020 = arith.addi %v2017, %v2019 : i64
          %v2021 = arith.muli %v1412, %v2 : i64
          %v2022 = arith.addi %v2020, %v2021 : i64
          %v2023 = llvm.getelementptr %in_Bm[%v2022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2024 = llvm.load %v2023 : !llvm.ptr -> f32
          %v2025 = llvm.load %v130 : !llvm.ptr -> f32
          %v2026 = arith.mulf %v2024, %v2025 : f32
          %v2027 = arith.addf %v2016, %v2026 : f32
          %v2028 = arith.mulf %v1855, %v2027 : f32
          %v2029 = arith.addf %v1819, %v2028 : f32
          scf.if %v60 {
            %v2030 = arith.muli %v65, %v892 : i64
            %v2031 = arith.muli %v63, %v891 : i64
            %v2032 = arith.addi %v2030, %v2031 : i64
            %v2033 = arith.muli %v1412, %v2 : i64
            %v2034 = arith.addi %v2032, %v2033 : i64
            %v2035 = llvm.getelementptr %dx_u[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2029, %v2035 : f32, !llvm.ptr
          }
          %v2036 = arith.muli %v65, %v892 : i64
          %v2037 = arith.muli %v63, %v891 : i64
          %v2038 = arith.addi %v2036, %v2037 : i64
          %v2039 = arith.muli %v1412, %v2 : i64
          %v2040 = arith.addi %v2038, %v2039 : i64
          %v2041 = llvm.getelementptr %in_u[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2042 = llvm.load %v2041 : !llvm.ptr -> f32
          %v2043 = arith.mulf %v1860, %v1861 : f32
          %v2044 = arith.mulf %v1870, %v1871 : f32
          %v2045 = arith.addf %v2043, %v2044 : f32
          %v2046 = arith.mulf %v1881, %v1882 : f32
          %v2047 = arith.addf %v2045, %v2046 : f32
          %v2048 = arith.mulf %v1892, %v1893 : f32
          %v2049 = arith.addf %v2047, %v2048 : f32
          %v2050 = arith.mulf %v1903, %v1904 : f32
          %v2051 = arith.addf %v2049, %v2050 : f32
          %v2052 = arith.mulf %v1914, %v1915 : f32
          %v2053 = arith.addf %v2051, %v2052 : f32
          %v2054 = arith.mulf %v1925, %v1926 : f32
          %v2055 = arith.addf %v2053, %v2054 : f32
          %v2056 = arith.mulf %v1936, %v1937 : f32
          %v2057 = arith.addf %v2055, %v2056 : f32
          %v2058 = arith.mulf %v1947, %v1948 : f32
          %v2059 = arith.addf %v2057, %v2058 : f32
          %v2060 = arith.mulf %v1958, %v1959 : f32
          %v2061 = arith.addf %v2059, %v2060 : f32
          %v2062 = arith.mulf %v1969, %v1970 : f32
          %v2063 = arith.addf %v2061, %v2062 : f32
          %v2064 = arith.mulf %v1980, %v1981 : f32
          %v2065 = arith.addf %v2063, %v2064 : f32
          %v2066 = arith.mulf %v1991, %v1992 : f32
          %v2067 = arith.addf %v2065, %v2066 : f32
          %v2068 = arith.mulf %v2002, %v2003 : f32
          %v2069 = arith.addf %v2067, %v2068 : f32
          %v2070 = arith.mulf %v2013, %v2014 : f32
          %v2071 = arith.addf %v2069, %v2070 : f32
          %v2072 = arith.mulf %v2024, %v2025 : f32
          %v2073 = arith.addf %v2071, %v2072 : f32
          %v2074 = arith.mulf %v2042, %v2073 : f32
          %v2075 = arith.muli %v63, %v938 : i64
          %v2076 = llvm.getelementptr %in_A[%v2075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2077 = llvm.load %v2076 : !llvm.ptr -> f32
          %v2078 = arith.mulf %v1855, %v2077 : f32
          %v2079 = arith.mulf %v2078, %v907 : f32
          %v2080 = llvm.call_intrinsic "llvm.exp2.f32"(%v2079) : (f32) -> f32
          %v2081 = arith.muli %v1415, %v4 : i64
          %v2082 = arith.subi %v4, %v2 : i64
          %v2083 = arith.minsi %v59, %v2082 : i64
          %v2084 = arith.addi %v2081, %v2083 : i64
          %v2085 = arith.muli %v2084, %v1 : i64
          %v2086 = arith.addi %v2085, %v68 : i64
          %v2087 = llvm.getelementptr %scratch_h[%v2086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2088 = llvm.load %v2087 : !llvm.ptr -> f32
          %v2092 = arith.muli %v676, %v2091 : i64
          %v2093 = arith.muli %v65, %v339 : i64
          %v2094 = arith.muli %v63, %v338 : i64
          %v2095 = arith.addi %v2093, %v2094 : i64
          %v2096 = arith.addi %v2092, %v2095 : i64
          %v2097 = llvm.getelementptr %ckpt_h[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
          %v2099 = arith.select %v1413, %v2098, %v2088 : f32
          %v2100 = arith.mulf %v2099, %v1861 : f32
          %v2101 = arith.mulf %v2077, %v2100 : f32
          %v2102 = arith.mulf %v2080, %v2101 : f32
          %v2103 = arith.muli %v63, %v938 : i64
          %v2104 = arith.constant 1 : i64
          %v2105 = arith.muli %v2104, %v2 : i64
          %v2106 = arith.addi %v2103, %v2105 : i64
          %v2107 = llvm.getelementptr %in_A[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2108 = llvm.load %v2107 : !llvm.ptr -> f32
          %v2109 = arith.mulf %v1855, %v2108 : f32
          %v2110 = arith.mulf %v2109, %v907 : f32
          %v2111 = llvm.call_intrinsic "llvm.exp2.f32"(%v2110) : (f32) -> f32
          %v2112 = arith.muli %v1415, %v4 : i64
          %v2113 = arith.subi %v4, %v2 : i64
          %v2114 = arith.minsi %v59, %v2113 : i64
          %v2115 = arith.addi %v2112, %v2114 : i64
          %v2116 = arith.muli %v2115, %v1 : i64
          %v2117 = arith.addi %v2116, %v2 : i64
          %v2118 = llvm.getelementptr %scratch_h[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2119 = llvm.load %v2118 : !llvm.ptr -> f32
          %v2123 = arith.muli %v676, %v2122 : i64
          %v2124 = arith.muli %v65, %v339 : i64
          %v2125 = arith.muli %v63, %v338 : i64
          %v2126 = arith.addi %v2124, %v2125 : i64
          %v2127 = arith.constant 1 : i64
          %v2128 = arith.muli %v2127, %v2 : i64
          %v2129 = arith.addi %v2126, %v2128 : i64
          %v2130 = arith.addi %v2123, %v2129 : i64
          %v2131 = llvm.getelementptr %ckpt_h[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
          %v2133 = arith.select %v1413, %v2132, %v2119 : f32
          %v2134 = arith.mulf %v2133, %v1871 : f32
          %v2135 = arith.mulf %v2108, %v2134 : f32
          %v2136 = arith.mulf %v2111, %v2135 : f32
          %v2137 = arith.addf %v2102, %v2136 : f32
          %v2138 = arith.muli %v63, %v938 : i64
          %v2139 = arith.constant 2 : i64
          %v2140 = arith.muli %v2139, %v2 : i64
          %v2141 = arith.addi %v2138, %v2140 : i64
          %v2142 = llvm.getelementptr %in_A[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
          %v2144 = arith.mulf %v1855, %v2143 : f32
          %v2145 = arith.mulf %v2144, %v907 : f32
          %v2146 = llvm.call_intrinsic "llvm.exp2.f32"(%v2145) : (f32) -> f32
          %v2147 = arith.muli %v1415, %v4 : i64
          %v2148 = arith.subi %v4, %v2 : i64
          %v2149 = arith.minsi %v59, %v2148 : i64
          %v2150 = arith.addi %v2147, %v2149 : i64
          %v2151 = arith.muli %v2150, %v1 : i64
          %v2152 = arith.addi %v2151, %v1025 : i64
          %v2153 = llvm.getelementptr %scratch_h[%v2152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2154 = llvm.load %v2153 : !llvm.ptr -> f32
          %v2158 = arith.muli %v676, %v2157 : i64
          %v2159 = arith.muli %v65, %v339 : i64
          %v2160 = arith.muli %v63, %v338 : i64
          %v2161 = arith.addi %v2159, %v2160 : i64
          %v2162 = arith.constant 2 : i64
          %v2163 = arith.muli %v2162, %v2 : i64
          %v2164 = arith.addi %v2161, %v2163 : i64
          %v2165 = arith.addi %v2158, %v2164 : i64
          %v2166 = llvm.getelementptr %ckpt_h[%v2165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
          %v2168 = arith.select %v1413, %v2167, %v2154 : f32
          %v2169 = arith.mulf %v2168, %v1882 : f32
          %v2170 = arith.mulf %v2143, %v2169 : f32
          %v2171 = arith.mulf %v2146, %v2170 : f32
          %v2172 = arith.addf %v2137, %v2171 : f32
          %v2173 = arith.muli %v63, %v938 : i64
          %v2174 = arith.constant 3 : i64
          %v2175 = arith.muli %v2174, %v2 : i64
          %v2176 = arith.addi %v2173, %v2175 : i64
          %v2177 = llvm.getelementptr %in_A[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2178 = llvm.load %v2177 : !llvm.ptr -> f32
          %v2179 = arith.mulf %v1855, %v2178 : f32
          %v2180 = arith.mulf %v2179, %v907 : f32
          %v2181 = llvm.call_intrinsic "llvm.exp2.f32"(%v2180) : (f32) -> f32
          %v2182 = arith.muli %v1415, %v4 : i64
          %v2183 = arith.subi %v4, %v2 : i64
          %v2184 = arith.minsi %v59, %v2183 : i64
          %v2185 = arith.addi %v2182, %v2184 : i64
          %v2186 = arith.muli %v2185, %v1 : i64
          %v2187 = arith.addi %v2186, %v1054 : i64
          %v2188 = llvm.getelementptr %scratch_h[%v2187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2189 = llvm.load %v2188 : !llvm.ptr -> f32
          %v2193 = arith.muli %v676, %v2192 : i64
          %v2194 = arith.muli %v65, %v339 : i64
          %v2195 = arith.muli %v63, %v338 : i64
          %v2196 = arith.addi %v2194, %v2195 : i64
          %v2197 = arith.constant 3 : i64
          %v2198 = arith.muli %v2197, %v2 : i64
          %v2199 = arith.addi %v2196, %v2198 : i64
          %v2200 = arith.addi %v2193, %v2199 : i64
          %v2201 = llvm.getelementptr %ckpt_h[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2202 = llvm.load %v2201 : !llvm.ptr -> f32
          %v2203 = arith.select %v1413, %v2202, %v2189 : f32
          %v2204 = arith.mulf %v2203, %v1893 : f32
          %v2205 = arith.mulf %v2178, %v2204 : f32
          %v2206 = arith.mulf %v2181, %v2205 : f32
          %v2207 = arith.addf %v2172, %v2206 : f32
          %v2208 = arith.muli %v63, %v938 : i64
          %v2209 = arith.constant 4 : i64
          %v2210 = arith.muli %v2209, %v2 : i64
          %v2211 = arith.addi %v2208, %v2210 : i64
          %v2212 = llvm.getelementptr %in_A[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
          %v2214 = arith.mulf %v1855, %v2213 : f32
          %v2215 = arith.mulf %v2214, %v907 : f32
          %v2216 = llvm.call_intrinsic "llvm.exp2.f32"(%v2215) : (f32) -> f32
          %v2217 = arith.muli %v1415, %v4 : i64
          %v2218 = arith.subi %v4, %v2 : i64
          %v2219 = arith.minsi %v59, %v2218 : i64
          %v2220 = arith.addi %v2217, %v2219 : i64
          %v2221 = arith.muli %v2220, %v1 : i64
          %v2222 = arith.addi %v2221, %v1083 : i64
          %v2223 = llvm.getelementptr %scratch_h[%v2222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2224 = llvm.load %v2223 : !llvm.ptr -> f32
          %v2228 = arith.muli %v676, %v2227 : i64
          %v2229 = arith.muli %v65, %v339 : i64
          %v2230 = arith.muli %v63, %v338 : i64
          %v2231 = arith.addi %v2229, %v2230 : i64
          %v2232 = arith.constant 4 : i64
          %v2233 = arith.muli %v2232, %v2 : i64
          %v2234 = arith.addi %v2231, %v2233 : i64
          %v2235 = arith.addi %v2228, %v2234 : i64
          %v2236 = llvm.getelementptr %ckpt_h[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
          %v2238 = arith.select %v1413, %v2237, %v2224 : f32
          %v2239 = arith.mulf %v2238, %v1904 : f32
          %v2240 = arith.mulf %v2213, %v2239 : f32
          %v2241 = arith.mulf %v2216, %v2240 : f32
          %v2242 = arith.addf %v2207, %v2241 : f32
          %v2243 = arith.muli %v63, %v938 : i64
          %v2244 = arith.constant 5 : i64
          %v2245 = arith.muli %v2244, %v2 : i64
          %v2246 = arith.addi %v2243, %v2245 : i64
          %v2247 = llvm.getelementptr %in_A[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
          %v2249 = arith.mulf %v1855, %v2248 : f32
          %v2250 = arith.mulf %v2249, %v907 : f32
          %v2251 = llvm.call_intrinsic "llvm.exp2.f32"(%v2250) : (f32) -> f32
          %v2252 = arith.muli %v1415, %v4 : i64
          %v2253 = arith.subi %v4, %v2 : i64
          %v2254 = arith.minsi %v59, %v2253 : i64
          %v2255 = arith.addi %v2252, %v2254 : i64
          %v2256 = arith.muli %v2255, %v1 : i64
          %v2257 = arith.addi %v2256, %v1112 : i64
          %v2258 = llvm.getelementptr %scratch_h[%v2257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
          %v2263 = arith.muli %v676, %v2262 : i64
          %v2264 = arith.muli %v65, %v339 : i64
          %v2265 = arith.muli %v63, %v338 : i64
          %v2266 = arith.addi %v2264, %v2265 : i64
          %v2267 = arith.constant 5 : i64
          %v2268 = arith.muli %v2267, %v2 : i64
          %v2269 = arith.addi %v2266, %v2268 : i64
          %v2270 = arith.addi %v2263, %v2269 : i64
          %v2271 = llvm.getelementptr %ckpt_h[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2272 = llvm.load %v2271 : !llvm.ptr -> f32
          %v2273 = arith.select %v1413, %v2272, %v2259 : f32
          %v2274 = arith.mulf %v2273, %v1915 : f32
          %v2275 = arith.mulf %v2248, %v2274 : f32
          %v2276 = arith.mulf %v2251, %v2275 : f32
          %v2277 = arith.addf %v2242, %v2276 : f32
          %v2278 = arith.muli %v63, %v938 : i64
          %v2279 = arith.constant 6 : i64
          %v2280 = arith.muli %v2279, %v2 : i64
          %v2281 = arith.addi %v2278, %v2280 : i64
          %v2282 = llvm.getelementptr %in_A[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2283 = llvm.load %v2282 : !llvm.ptr -> f32
          %v2284 = arith.mulf %v1855, %v2283 : f32
          %v2285 = arith.mulf %v2284, %v907 : f32
          %v2286 = llvm.call_intrinsic "llvm.exp2.f32"(%v2285) : (f32) -> f32
          %v2287 = arith.muli %v1415, %v4 : i64
          %v2288 = arith.subi %v4, %v2 : i64
          %v2289 = arith.minsi %v59, %v2288 : i64
          %v2290 = arith.addi %v2287, %v2289 : i64
          %v2291 = arith.muli %v2290, %v1 : i64
          %v2292 = arith.addi %v2291, %v1141 : i64
          %v2293 = llvm.getelementptr %scratch_h[%v2292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2294 = llvm.load %v2293 : !llvm.ptr -> f32
          %v2298 = arith.muli %v676, %v2297 : i64
          %v2299 = arith.muli %v65, %v339 : i64
          %v2300 = arith.muli %v63, %v338 : i64
          %v2301 = arith.addi %v2299, %v2300 : i64
          %v2302 = arith.constant 6 : i64
          %v2303 = arith.muli %v2302, %v2 : i64
          %v2304 = arith.addi %v2301, %v2303 : i64
          %v2305 = arith.addi %v2298, %v2304 : i64
          %v2306 = llvm.getelementptr %ckpt_h[%v2305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
          %v2308 = arith.select %v1413, %v2307, %v2294 : f32
          %v2309 = arith.mulf %v2308, %v1926 : f32
          %v2310 = arith.mulf %v2283, %v2309 : f32
          %v2311 = arith.mulf %v2286, %v2310 : f32
          %v2312 = arith.addf %v2277, %v2311 : f32
          %v2313 = arith.muli %v63, %v938 : i64
          %v2314 = arith.constant 7 : i64
          %v2315 = arith.muli %v2314, %v2 : i64
          %v2316 = arith.addi %v2313, %v2315 : i64
          %v2317 = llvm.getelementptr %in_A[%v2316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2318 = llvm.load %v2317 : !llvm.ptr -> f32
          %v2319 = arith.mulf %v1855, %v2318 : f32
          %v2320 = arith.mulf %v2319, %v907 : f32
          %v2321 = llvm.call_intrinsic "llvm.exp2.f32"(%v2320) : (f32) -> f32
          %v2322 = arith.muli %v1415, %v4 : i64
          %v2323 = arith.subi %v4, %v2 : i64
          %v2324 = arith.minsi %v59, %v2323 : i64
          %v2325 = arith.addi %v2322, %v2324 : i64
          %v2326 = arith.muli %v2325, %v1 : i64
          %v2327 = arith.addi %v2326, %v1170 : i64
          %v2328 = llvm.getelementptr %scratch_h[%v2327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2329 = llvm.load %v2328 : !llvm.ptr -> f32
          %v2333 = arith.muli %v676, %v2332 : i64
          %v2334 = arith.muli %v65, %v339 : i64
          %v2335 = arith.muli %v63, %v338 : i64
          %v2336 = arith.addi %v2334, %v2335 : i64
          %v2337 = arith.constant 7 : i64
          %v2338 = arith.muli %v2337, %v2 : i64
          %v2339 = arith.addi %v2336, %v2338 : i64
          %v2340 = arith.addi %v2333, %v2339 : i64
          %v2341 = llvm.getelementptr %ckpt_h[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
          %v2343 = arith.select %v1413, %v2342, %v2329 : f32
          %v2344 = arith.mulf %v2343, %v1937 : f32
          %v2345 = arith.mulf %v2318, %v2344 : f32
          %v2346 = arith.mulf %v2321, %v2345 : f32
          %v2347 = arith.addf %v2312, %v2346 : f32
          %v2348 = arith.muli %v63, %v938 : i64
          %v2349 = arith.constant 8 : i64
          %v2350 = arith.muli %v2349, %v2 : i64
          %v2351 = arith.addi %v2348, %v2350 : i64
          %v2352 = llvm.getelementptr %in_A[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2353 = llvm.load %v2352 : !llvm.ptr -> f32
          %v2354 = arith.mulf %v1855, %v2353 : f32
          %v2355 = arith.mulf %v2354, %v907 : f32
          %v2356 = llvm.call_intrinsic "llvm.exp2.f32"(%v2355) : (f32) -> f32
          %v2357 = arith.muli %v1415, %v4 : i64
          %v2358 = arith.subi %v4, %v2 : i64
          %v2359 = arith.minsi %v59, %v2358 : i64
          %v2360 = arith.addi %v2357, %v2359 : i64
          %v2361 = arith.muli %v2360, %v1 : i64
          %v2362 = arith.addi %v2361, %v1199 : i64
          %v2363 = llvm.getelementptr %scratch_h[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2364 = llvm.load %v2363 : !llvm.ptr -> f32
          %v2368 = arith.muli %v676, %v2367 : i64
          %v2369 = arith.muli %v65, %v339 : i64
          %v2370 = arith.muli %v63, %v338 : i64
          %v2371 = arith.addi %v2369, %v2370 : i64
          %v2372 = arith.constant 8 : i64
          %v2373 = arith.muli %v2372, %v2 : i64
          %v2374 = arith.addi %v2371, %v2373 : i64
          %v2375 = arith.addi %v2368, %v2374 : i64
          %v2376 = llvm.getelementptr %ckpt_h[%v2375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2377 = llvm.load %v2376 : !llvm.ptr -> f32
          %v2378 = arith.select %v1413, %v2377, %v2364 : f32
          %v2379 = arith.mulf %v2378, %v1948 : f32
          %v2380 = arith.mulf %v2353, %v2379 : f32
          %v2381 = arith.mulf %v2356, %v2380 : f32
          %v2382 = arith.addf %v2347, %v2381 : f32
          %v2383 = arith.muli %v63, %v938 : i64
          %v2384 = arith.constant 9 : i64
          %v2385 = arith.muli %v2384, %v2 : i64
          %v2386 = arith.addi %v2383, %v2385 : i64
          %v2387 = llvm.getelementptr %in_A[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2388 = llvm.load %v2387 : !llvm.ptr -> f32
          %v2389 = arith.mulf %v1855, %v2388 : f32
          %v2390 = arith.mulf %v2389, %v907 : f32
          %v2391 = llvm.call_intrinsic "llvm.exp2.f32"(%v2390) : (f32) -> f32
          %v2392 = arith.muli %v1415, %v4 : i64
          %v2393 = arith.subi %v4, %v2 : i64
          %v2394 = arith.minsi %v59, %v2393 : i64
          %v2395 = arith.addi %v2392, %v2394 : i64
          %v2396 = arith.muli %v2395, %v1 : i64
          %v2397 = arith.addi %v2396, %v1228 : i64
          %v2398 = llvm.getelementptr %scratch_h[%v2397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2399 = llvm.load %v2398 : !llvm.ptr -> f32
          %v2403 = arith.muli %v676, %v2402 : i64
          %v2404 = arith.muli %v65, %v339 : i64
          %v2405 = arith.muli %v63, %v338 : i64
          %v2406 = arith.addi %v2404, %v2405 : i64
          %v2407 = arith.constant 9 : i64
          %v2408 = arith.muli %v2407, %v2 : i64
          %v2409 = arith.addi %v2406, %v2408 : i64
          %v2410 = arith.addi %v2403, %v2409 : i64
          %v2411 = llvm.getelementptr %ckpt_h[%v2410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2412 = llvm.load %v2411 : !llvm.ptr -> f32
          %v2413 = arith.select %v1413, %v2412, %v2399 : f32
          %v2414 = arith.mulf %v2413, %v1959 : f32
          %v2415 = arith.mulf %v2388, %v2414 : f32
          %v2416 = arith.mulf %v2391, %v2415 : f32
          %v2417 = arith.addf %v2382, %v2416 : f32
          %v2418 = arith.muli %v63, %v938 : i64
          %v2419 = arith.constant 10 : i64
          %v2420 = arith.muli %v2419, %v2 : i64
          %v2421 = arith.addi %v2418, %v2420 : i64
          %v2422 = llvm.getelementptr %in_A[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2423 = llvm.load %v2422 : !llvm.ptr -> f32
          %v2424 = arith.mulf %v1855, %v2423 : f32
          %v2425 = arith.mulf %v2424, %v907 : f32
          %v2426 = llvm.call_intrinsic "llvm.exp2.f32"(%v2425) : (f32) -> f32
          %v2427 = arith.muli %v1415, %v4 : i64
          %v2428 = arith.subi %v4, %v2 : i64
          %v2429 = arith.minsi %v59, %v2428 : i64
          %v2430 = arith.addi %v2427, %v2429 : i64
          %v2431 = arith.muli %v2430, %v1 : i64
          %v2432 = arith.addi %v2431, %v1257 : i64
          %v2433 = llvm.getelementptr %scratch_h[%v2432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2434 = llvm.load %v2433 : !llvm.ptr -> f32
          %v2438 = arith.muli %v676, %v2437 : i64
          %v2439 = arith.muli %v65, %v339 : i64
          %v2440 = arith.muli %v63, %v338 : i64
          %v2441 = arith.addi %v2439, %v2440 : i64
          %v2442 = arith.constant 10 : i64
          %v2443 = arith.muli %v2442, %v2 : i64
          %v2444 = arith.addi %v2441, %v2443 : i64
          %v2445 = arith.addi %v2438, %v2444 : i64
          %v2446 = llvm.getelementptr %ckpt_h[%v2445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2447 = llvm.load %v2446 : !llvm.ptr -> f32
          %v2448 = arith.select %v1413, %v2447, %v2434 : f32
          %v2449 = arith.mulf %v2448, %v1970 : f32
          %v2450 = arith.mulf %v2423, %v2449 : f32
          %v2451 = arith.mulf %v2426, %v2450 : f32
          %v2452 = arith.addf %v2417, %v2451 : f32
          %v2453 = arith.muli %v63, %v938 : i64
          %v2454 = arith.constant 11 : i64
          %v2455 = arith.muli %v2454, %v2 : i64
          %v2456 = arith.addi %v2453, %v2455 : i64
          %v2457 = llvm.getelementptr %in_A[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2458 = llvm.load %v2457 : !llvm.ptr -> f32
          %v2459 = arith.mulf %v1855, %v2458 : f32
          %v2460 = arith.mulf %v2459, %v907 : f32
          %v2461 = llvm.call_intrinsic "llvm.exp2.f32"(%v2460) : (f32) -> f32
          %v2462 = arith.muli %v1415, %v4 : i64
          %v2463 = arith.subi %v4, %v2 : i64
          %v2464 = arith.minsi %v59, %v2463 : i64
          %v2465 = arith.addi %v2462, %v2464 : i64
          %v2466 = arith.muli %v2465, %v1 : i64
          %v2467 = arith.addi %v2466, %v1286 : i64
          %v2468 = llvm.getelementptr %scratch_h[%v2467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2469 = llvm.load %v2468 : !llvm.ptr -> f32
          %v2473 = arith.muli %v676, %v2472 : i64
          %v2474 = arith.muli %v65, %v339 : i64
          %v2475 = arith.muli %v63, %v338 : i64
          %v2476 = arith.addi %v2474, %v2475 : i64
          %v2477 = arith.constant 11 : i64
          %v2478 = arith.muli %v2477, %v2 : i64
          %v2479 = arith.addi %v2476, %v2478 : i64
          %v2480 = arith.addi %v2473, %v2479 : i64
          %v2481 = llvm.getelementptr %ckpt_h[%v2480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2482 = llvm.load %v2481 : !llvm.ptr -> f32
          %v2483 = arith.select %v1413, %v2482, %v2469 : f32
          %v2484 = arith.mulf %v2483, %v1981 : f32
          %v2485 = arith.mulf %v2458, %v2484 : f32
          %v2486 = arith.mulf %v2461, %v2485 : f32
          %v2487 = arith.addf %v2452, %v2486 : f32
          %v2488 = arith.muli %v63, %v938 : i64
          %v2489 = arith.constant 12 : i64
          %v2490 = arith.muli %v2489, %v2 : i64
          %v2491 = arith.addi %v2488, %v2490 : i64
          %v2492 = llvm.getelementptr %in_A[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2493 = llvm.load %v2492 : !llvm.ptr -> f32
          %v2494 = arith.mulf %v1855, %v2493 : f32
          %v2495 = arith.mulf %v2494, %v907 : f32
          %v2496 = llvm.call_intrinsic "llvm.exp2.f32"(%v2495) : (f32) -> f32
          %v2497 = arith.muli %v1415, %v4 : i64
          %v2498 = arith.subi %v4, %v2 : i64
          %v2499 = arith.minsi %v59, %v2498 : i64
          %v2500 = arith.addi %v2497, %v2499 : i64
          %v2501 = arith.muli %v2500, %v1 : i64
          %v2502 = arith.addi %v2501, %v1315 : i64
          %v2503 = llvm.getelementptr %scratch_h[%v2502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2504 = llvm.load %v2503 : !llvm.ptr -> f32
          %v2508 = arith.muli %v676, %v2507 : i64
          %v2509 = arith.muli %v65, %v339 : i64
          %v2510 = arith.muli %v63, %v338 : i64
          %v2511 = arith.addi %v2509, %v2510 : i64
          %v2512 = arith.constant 12 : i64
          %v2513 = arith.muli %v2512, %v2 : i64
          %v2514 = arith.addi %v2511, %v2513 : i64
          %v2515 = arith.addi %v2508, %v2514 : i64
          %v2516 = llvm.getelementptr %ckpt_h[%v2515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2517 = llvm.load %v2516 : !llvm.ptr -> f32
          %v2518 = arith.select %v1413, %v2517, %v2504 : f32
          %v2519 = arith.mulf %v2518, %v1992 : f32
          %v2520 = arith.mulf %v2493, %v2519 : f32
          %v2521 = arith.mulf %v2496, %v2520 : f32
          %v2522 = arith.addf %v2487, %v2521 : f32
          %v2523 = arith.muli %v63, %v938 : i64
          %v2524 = arith.constant 13 : i64
          %v2525 = arith.muli %v2524, %v2 : i64
          %v2526 = arith.addi %v2523, %v2525 : i64
          %v2527 = llvm.getelementptr %in_A[%v2526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2528 = llvm.load %v2527 : !llvm.ptr -> f32
          %v2529 = arith.mulf %v1855, %v2528 : f32
          %v2530 = arith.mulf %v2529, %v907 : f32
          %v2531 = llvm.call_intrinsic "llvm.exp2.f32"(%v2530) : (f32) -> f32
          %v2532 = arith.muli %v1415, %v4 : i64
          %v2533 = arith.subi %v4, %v2 : i64
          %v2534 = arith.minsi %v59, %v2533 : i64
          %v2535 = arith.addi %v2532, %v2534 : i64
          %v2536 = arith.muli %v2535, %v1 : i64
          %v2537 = arith.addi %v2536, %v1344 : i64
          %v2538 = llvm.getelementptr %scratch_h[%v2537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
          %v2543 = arith.muli %v676, %v2542 : i64
          %v2544 = arith.muli %v65, %v339 : i64
          %v2545 = arith.muli %v63, %v338 : i64
          %v2546 = arith.addi %v2544, %v2545 : i64
          %v2547 = arith.constant 13 : i64
          %v2548 = arith.muli %v2547, %v2 : i64
          %v2549 = arith.addi %v2546, %v2548 : i64
          %v2550 = arith.addi %v2543, %v2549 : i64
          %v2551 = llvm.getelementptr %ckpt_h[%v2550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2552 = llvm.load %v2551 : !llvm.ptr -> f32
          %v2553 = arith.select %v1413, %v2552, %v2539 : f32
          %v2554 = arith.mulf %v2553, %v2003 : f32
          %v2555 = arith.mulf %v2528, %v2554 : f32
          %v2556 = arith.mulf %v2531, %v2555 : f32
          %v2557 = arith.addf %v2522, %v2556 : f32
          %v2558 = arith.muli %v63, %v938 : i64
          %v2559 = arith.constant 14 : i64
          %v2560 = arith.muli %v2559, %v2 : i64
          %v2561 = arith.addi %v2558, %v2560 : i64
          %v2562 = llvm.getelementptr %in_A[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2563 = llvm.load %v2562 : !llvm.ptr -> f32
          %v2564 = arith.mulf %v1855, %v2563 : f32
          %v2565 = arith.mulf %v2564, %v907 : f32
          %v2566 = llvm.call_intrinsic "llvm.exp2.f32"(%v2565) : (f32) -> f32
          %v2567 = arith.muli %v1415, %v4 : i64
          %v2568 = arith.subi %v4, %v2 : i64
          %v2569 = arith.minsi %v59, %v2568 : i64
          %v2570 = arith.addi %v2567, %v2569 : i64
          %v2571 = arith.muli %v2570, %v1 : i64
          %v2572 = arith.addi %v2571, %v1373 : i64
          %v2573 = llvm.getelementptr %scratch_h[%v2572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2574 = llvm.load %v2573 : !llvm.ptr -> f32
          %v2578 = arith.muli %v676, %v2577 : i64
          %v2579 = arith.muli %v65, %v339 : i64
          %v2580 = arith.muli %v63, %v338 : i64
          %v2581 = arith.addi %v2579, %v2580 : i64
          %v2582 = arith.constant 14 : i64
          %v2583 = arith.muli %v2582, %v2 : i64
          %v2584 = arith.addi %v2581, %v2583 : i64
          %v2585 = arith.addi %v2578, %v2584 : i64
          %v2586 = llvm.getelementptr %ckpt_h[%v2585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2587 = llvm.load %v2586 : !llvm.ptr -> f32
          %v2588 = arith.select %v1413, %v2587, %v2574 : f32
          %v2589 = arith.mulf %v2588, %v2014 : f32
          %v2590 = arith.mulf %v2563, %v2589 : f32
          %v2591 = arith.mulf %v2566, %v2590 : f32
          %v2592 = arith.addf %v2557, %v2591 : f32
          %v2593 = arith.muli %v63, %v938 : i64
          %v2594 = arith.constant 15 : i64
          %v2595 = arith.muli %v2594, %v2 : i64
          %v2596 = arith.addi %v2593, %v2595 : i64
          %v2597 = llvm.getelementptr %in_A[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
          %v2599 = arith.mulf %v1855, %v2598 : f32
          %v2600 = arith.mulf %v2599, %v907 : f32
          %v2601 = llvm.call_intrinsic "llvm.exp2.f32"(%v2600) : (f32) -> f32
          %v2602 = arith.muli %v1415, %v4 : i64
          %v2603 = arith.subi %v4, %v2 : i64
          %v2604 = arith.minsi %v59, %v2603 : i64
          %v2605 = arith.addi %v2602, %v2604 : i64
          %v2606 = arith.muli %v2605, %v1 : i64
          %v2607 = arith.addi %v2606, %v1402 : i64
          %v2608 = llvm.getelementptr %scratch_h[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2609 = llvm.load %v2608 : !llvm.ptr -> f32
          %v2613 = arith.muli %v676, %v2612 : i64
          %v2614 = arith.muli %v65, %v339 : i64
          %v2615 = arith.muli %v63, %v338 : i64
          %v2616 = arith.addi %v2614, %v2615 : i64
          %v2617 = arith.constant 15 : i64
          %v2618 = arith.muli %v2617, %v2 : i64
          %v2619 = arith.addi %v2616, %v2618 : i64
          %v2620 = arith.addi %v2613, %v2619 : i64
          %v2621 = llvm.getelementptr %ckpt_h[%v2620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2622 = llvm.load %v2621 : !llvm.ptr -> f32
          %v2623 = arith.select %v1413, %v2622, %v2609 : f32
          %v2624 = arith.mulf %v2623, %v2025 : f32
          %v2625 = arith.mulf %v2598, %v2624 : f32
          %v2626 = arith.mulf %v2601, %v2625 : f32
          %v2627 = arith.addf %v2592, %v2626 : f32
          %v2628 = arith.addf %v2074, %v2627 : f32
          %v2629 = arith.negf %v1830 : f32
          %v2630 = arith.mulf %v2629, %v907 : f32
          %v2631 = llvm.call_intrinsic "llvm.exp2.f32"(%v2630) : (f32) -> f32
          %v2632 = arith.addf %v332, %v2631 : f32
          %v2633 = arith.divf %v332, %v2632 : f32
          %v2634 = arith.mulf %v2628, %v2633 : f32
          scf.if %v60 {
            %v2635 = arith.muli %v65, %v892 : i64
            %v2636 = arith.muli %v63, %v891 : i64
            %v2637 = arith.addi %v2635, %v2636 : i64
            %v2638 = arith.muli %v1412, %v2 : i64
            %v2639 = arith.addi %v2637, %v2638 : i64
            %v2640 = llvm.getelementptr %dx_delta[%v2639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2634, %v2640 : f32, !llvm.ptr
          }
          %v2641 = arith.muli %v1411, %v4 : i64
          %v2642 = arith.subi %v4, %v2 : i64
          %v2643 = arith.minsi %v59, %v2642 : i64
          %v2644 = arith.addi %v2641, %v2643 : i64
          %v2645 = arith.muli %v2644, %v1 : i64
          %v2646 = arith.addi %v2645, %v68 : i64
          %v2647 = llvm.getelementptr %scratch_h[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2648 = llvm.load %v2647 : !llvm.ptr -> f32
          %v2649 = arith.mulf %v1420, %v2648 : f32
          %v2650 = arith.muli %v1411, %v4 : i64
          %v2651 = arith.subi %v4, %v2 : i64
          %v2652 = arith.minsi %v59, %v2651 : i64
          %v2653 = arith.addi %v2650, %v2652 : i64
          %v2654 = arith.muli %v2653, %v1 : i64
          %v2655 = arith.addi %v2654, %v2 : i64
          %v2656 = llvm.getelementptr %scratch_h[%v2655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
          %v2658 = arith.mulf %v1454, %v2657 : f32
          %v2659 = arith.addf %v2649, %v2658 : f32
          %v2660 = arith.muli %v1411, %v4 : i64
          %v2661 = arith.subi %v4, %v2 : i64
          %v2662 = arith.minsi %v59, %v2661 : i64
          %v2663 = arith.addi %v2660, %v2662 : i64
          %v2664 = arith.muli %v2663, %v1 : i64
          %v2665 = arith.addi %v2664, %v1025 : i64
          %v2666 = llvm.getelementptr %scratch_h[%v2665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2667 = llvm.load %v2666 : !llvm.ptr -> f32
          %v2668 = arith.mulf %v1468, %v2667 : f32
          %v2669 = arith.addf %v2659, %v2668 : f32
          %v2670 = arith.muli %v1411, %v4 : i64
          %v2671 = arith.subi %v4, %v2 : i64
          %v2672 = arith.minsi %v59, %v2671 : i64
          %v2673 = arith.addi %v2670, %v2672 : i64
          %v2674 = arith.muli %v2673, %v1 : i64
          %v2675 = arith.addi %v2674, %v1054 : i64
          %v2676 = llvm.getelementptr %scratch_h[%v2675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2677 = llvm.load %v2676 : !llvm.ptr -> f32
          %v2678 = arith.mulf %v1482, %v2677 : f32
          %v2679 = arith.addf %v2669, %v2678 : f32
          %v2680 = arith.muli %v1411, %v4 : i64
          %v2681 = arith.subi %v4, %v2 : i64
          %v2682 = arith.minsi %v59, %v2681 : i64
          %v2683 = arith.addi %v2680, %v2682 : i64
          %v2684 = arith.muli %v2683, %v1 : i64
          %v2685 = arith.addi %v2684, %v1083 : i64
          %v2686 = llvm.getelementptr %scratch_h[%v2685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2687 = llvm.load %v2686 : !llvm.ptr -> f32
          %v2688 = arith.mulf %v1496, %v2687 : f32
          %v2689 = arith.addf %v2679, %v2688 : f32
          %v2690 = arith.muli %v1411, %v4 : i64
          %v2691 = arith.subi %v4, %v2 : i64
          %v2692 = arith.minsi %v59, %v2691 : i64
          %v2693 = arith.addi %v2690, %v2692 : i64
          %v2694 = arith.muli %v2693, %v1 : i64
          %v2695 = arith.addi %v2694, %v1112 : i64
          %v2696 = llvm.getelementptr %scratch_h[%v2695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2697 = llvm.load %v2696 : !llvm.ptr -> f32
          %v2698 = arith.mulf %v1510, %v2697 : f32
          %v2699 = arith.addf %v2689, %v2698 : f32
          %v2700 = arith.muli %v1411, %v4 : i64
          %v2701 = arith.subi %v4, %v2 : i64
          %v2702 = arith.minsi %v59, %v2701 : i64
          %v2703 = arith.addi %v2700, %v2702 : i64
          %v2704 = arith.muli %v2703, %v1 : i64
          %v2705 = arith.addi %v2704, %v1141 : i64
          %v2706 = llvm.getelementptr %scratch_h[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2707 = llvm.load %v2706 : !llvm.ptr -> f32
          %v2708 = arith.mulf %v1524, %v2707 : f32
          %v2709 = arith.addf %v2699, %v2708 : f32
          %v2710 = arith.muli %v1411, %v4 : i64
          %v2711 = arith.subi %v4, %v2 : i64
          %v2712 = arith.minsi %v59, %v2711 : i64
          %v2713 = arith.addi %v2710, %v2712 : i64
          %v2714 = arith.muli %v2713, %v1 : i64
          %v2715 = arith.addi %v2714, %v1170 : i64
          %v2716 = llvm.getelementptr %scratch_h[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
          %v2718 = arith.mulf %v1538, %v2717 : f32
          %v2719 = arith.addf %v2709, %v2718 : f32
          %v2720 = arith.muli %v1411, %v4 : i64
          %v2721 = arith.subi %v4, %v2 : i64
          %v2722 = arith.minsi %v59, %v2721 : i64
          %v2723 = arith.addi %v2720, %v2722 : i64
          %v2724 = arith.muli %v2723, %v1 : i64
          %v2725 = arith.addi %v2724, %v1199 : i64
          %v2726 = llvm.getelementptr %scratch_h[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2727 = llvm.load %v2726 : !llvm.ptr -> f32
          %v2728 = arith.mulf %v1552, %v2727 : f32
          %v2729 = arith.addf %v2719, %v2728 : f32
          %v2730 = arith.muli %v1411, %v4 : i64
          %v2731 = arith.subi %v4, %v2 : i64
          %v2732 = arith.minsi %v59, %v2731 : i64
          %v2733 = arith.addi %v2730, %v2732 : i64
          %v2734 = arith.muli %v2733, %v1 : i64
          %v2735 = arith.addi %v2734, %v1228 : i64
          %v2736 = llvm.getelementptr %scratch_h[%v2735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2737 = llvm.load %v2736 : !llvm.ptr -> f32
          %v2738 = arith.mulf %v1566, %v2737 : f32
          %v2739 = arith.addf %v2729, %v2738 : f32
          %v2740 = arith.muli %v1411, %v4 : i64
          %v2741 = arith.subi %v4, %v2 : i64
          %v2742 = arith.minsi %v59, %v2741 : i64
          %v2743 = arith.addi %v2740, %v2742 : i64
          %v2744 = arith.muli %v2743, %v1 : i64
          %v2745 = arith.addi %v2744, %v1257 : i64
          %v2746 = llvm.getelementptr %scratch_h[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2747 = llvm.load %v2746 : !llvm.ptr -> f32
          %v2748 = arith.mulf %v1580, %v2747 : f32
          %v2749 = arith.addf %v2739, %v2748 : f32
          %v2750 = arith.muli %v1411, %v4 : i64
          %v2751 = arith.subi %v4, %v2 : i64
          %v2752 = arith.minsi %v59, %v2751 : i64
          %v2753 = arith.addi %v2750, %v2752 : i64
          %v2754 = arith.muli %v2753, %v1 : i64
          %v2755 = arith.addi %v2754, %v1286 : i64
          %v2756 = llvm.getelementptr %scratch_h[%v2755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2757 = llvm.load %v2756 : !llvm.ptr -> f32
          %v2758 = arith.mulf %v1594, %v2757 : f32
          %v2759 = arith.addf %v2749, %v2758 : f32
          %v2760 = arith.muli %v1411, %v4 : i64
          %v2761 = arith.subi %v4, %v2 : i64
          %v2762 = arith.minsi %v59, %v2761 : i64
          %v2763 = arith.addi %v2760, %v2762 : i64
          %v2764 = arith.muli %v2763, %v1 : i64
          %v2765 = arith.addi %v2764, %v1315 : i64
          %v2766 = llvm.getelementptr %scratch_h[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
          %v2768 = arith.mulf %v1608, %v2767 : f32
          %v2769 = arith.addf %v2759, %v2768 : f32
          %v2770 = arith.muli %v1411, %v4 : i64
          %v2771 = arith.subi %v4, %v2 : i64
          %v2772 = arith.minsi %v59, %v2771 : i64
          %v2773 = arith.addi %v2770, %v2772 : i64
          %v2774 = arith.muli %v2773, %v1 : i64
          %v2775 = arith.addi %v2774, %v1344 : i64
          %v2776 = llvm.getelementptr %scratch_h[%v2775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2777 = llvm.load %v2776 : !llvm.ptr -> f32
          %v2778 = arith.mulf %v1622, %v2777 : f32
          %v2779 = arith.addf %v2769, %v2778 : f32
          %v2780 = arith.muli %v1411, %v4 : i64
          %v2781 = arith.subi %v4, %v2 : i64
          %v2782 = arith.minsi %v59, %v2781 : i64
          %v2783 = arith.addi %v2780, %v2782 : i64
          %v2784 = arith.muli %v2783, %v1 : i64
          %v2785 = arith.addi %v2784, %v1373 : i64
          %v2786 = llvm.getelementptr %scratch_h[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2787 = llvm.load %v2786 : !llvm.ptr -> f32
          %v2788 = arith.mulf %v1636, %v2787 : f32
          %v2789 = arith.addf %v2779, %v2788 : f32
          %v2790 = arith.muli %v1411, %v4 : i64
          %v2791 = arith.subi %v4, %v2 : i64
          %v2792 = arith.minsi %v59, %v2791 : i64
          %v2793 = arith.addi %v2790, %v2792 : i64
          %v2794 = arith.muli %v2793, %v1 : i64
          %v2795 = arith.addi %v2794, %v1402 : i64
          %v2796 = llvm.getelementptr %scratch_h[%v2795] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2797 = llvm.load %v2796 : !llvm.ptr -> f32
          %v2798 = arith.mulf %v1650, %v2797 : f32
          %v2799 = arith.addf %v2789, %v2798 : f32
          %v2800 = arith.mulf %v2042, %v1817 : f32
          %v2801 = arith.addf %v2799, %v2800 : f32
          %v2802 = arith.mulf %v2801, %v1440 : f32
          %v2803 = arith.negf %v1427 : f32
          %v2804 = arith.mulf %v2803, %v907 : f32
          %v2805 = llvm.call_intrinsic "llvm.exp2.f32"(%v2804) : (f32) -> f32
          %v2806 = arith.addf %v332, %v2805 : f32
          %v2807 = arith.divf %v332, %v2806 : f32
          %v2808 = arith.subf %v332, %v2807 : f32
          %v2809 = arith.mulf %v1427, %v2808 : f32
          %v2810 = arith.addf %v332, %v2809 : f32
          %v2811 = arith.mulf %v2807, %v2810 : f32
          %v2812 = arith.mulf %v2802, %v2811 : f32
          scf.if %v60 {
            %v2813 = arith.muli %v65, %v892 : i64
            %v2814 = arith.muli %v63, %v891 : i64
            %v2815 = arith.addi %v2813, %v2814 : i64
            %v2816 = arith.muli %v1412, %v2 : i64
            %v2817 = arith.addi %v2815, %v2816 : i64
            %v2818 = llvm.getelementptr %dx_z[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2812, %v2818 : f32, !llvm.ptr
          }
          %v2819 = arith.mulf %v2099, %v1861 : f32
          %v2820 = arith.mulf %v2080, %v2819 : f32
          %v2821 = arith.mulf %v1855, %v2820 : f32
          %v2822 = llvm.load %v198 : !llvm.ptr -> f32
          %v2823 = arith.addf %v2822, %v2821 : f32
          llvm.store %v2823, %v198 : f32, !llvm.ptr
          %v2824 = arith.mulf %v2133, %v1871 : f32
          %v2825 = arith.mulf %v2111, %v2824 : f32
          %v2826 = arith.mulf %v1855, %v2825 : f32
          %v2827 = llvm.load %v202 : !llvm.ptr -> f32
          %v2828 = arith.addf %v2827, %v2826 : f32
          llvm.store %v2828, %v202 : f32, !llvm.ptr
          %v2829 = arith.mulf %v2168, %v1882 : f32
          %v2830 = arith.mulf %v2146, %v2829 : f32
          %v2831 = arith.mulf %v1855, %v2830 : f32
          %v2832 = llvm.load %v206 : !llvm.ptr -> f32
          %v2833 = arith.addf %v2832, %v2831 : f32
          llvm.store %v2833, %v206 : f32, !llvm.ptr
          %v2834 = arith.mulf %v2203, %v1893 : f32
          %v2835 = arith.mulf %v2181, %v2834 : f32
          %v2836 = arith.mulf %v1855, %v2835 : f32
          %v2837 = llvm.load %v210 : !llvm.ptr -> f32
          %v2838 = arith.addf %v2837, %v2836 : f32
          llvm.store %v2838, %v210 : f32, !llvm.ptr
          %v2839 = arith.mulf %v2238, %v1904 : f32
          %v2840 = arith.mulf %v2216, %v2839 : f32
          %v2841 = arith.mulf %v1855, %v2840 : f32
          %v2842 = llvm.load %v214 : !llvm.ptr -> f32
          %v2843 = arith.addf %v2842, %v2841 : f32
          llvm.store %v2843, %v214 : f32, !llvm.ptr
          %v2844 = arith.mulf %v2273, %v1915 : f32
          %v2845 = arith.mulf %v2251, %v2844 : f32
          %v2846 = arith.mulf %v1855, %v2845 : f32
          %v2847 = llvm.load %v218 : !llvm.ptr -> f32
          %v2848 = arith.addf %v2847, %v2846 : f32
          llvm.store %v2848, %v218 : f32, !llvm.ptr
          %v2849 = arith.mulf %v2308, %v1926 : f32
          %v2850 = arith.mulf %v2286, %v2849 : f32
          %v2851 = arith.mulf %v1855, %v2850 : f32
          %v2852 = llvm.load %v222 : !llvm.ptr -> f32
          %v2853 = arith.addf %v2852, %v2851 : f32
          llvm.store %v2853, %v222 : f32, !llvm.ptr
          %v2854 = arith.mulf %v2343, %v1937 : f32
          %v2855 = arith.mulf %v2321, %v2854 : f32
          %v2856 = arith.mulf %v1855, %v2855 : f32
          %v2857 = llvm.load %v226 : !llvm.ptr -> f32
          %v2858 = arith.addf %v2857, %v2856 : f32
          llvm.store %v2858, %v226 : f32, !llvm.ptr
          %v2859 = arith.mulf %v2378, %v1948 : f32
          %v2860 = arith.mulf %v2356, %v2859 : f32
          %v2861 = arith.mulf %v1855, %v2860 : f32
          %v2862 = llvm.load %v230 : !llvm.ptr -> f32
          %v2863 = arith.addf %v2862, %v2861 : f32
          llvm.store %v2863, %v230 : f32, !llvm.ptr
          %v2864 = arith.mulf %v2413, %v1959 : f32
          %v2865 = arith.mulf %v2391, %v2864 : f32
          %v2866 = arith.mulf %v1855, %v2865 : f32
          %v2867 = llvm.load %v234 : !llvm.ptr -> f32
          %v2868 = arith.addf %v2867, %v2866 : f32
          llvm.store %v2868, %v234 : f32, !llvm.ptr
          %v2869 = arith.mulf %v2448, %v1970 : f32
          %v2870 = arith.mulf %v2426, %v2869 : f32
          %v2871 = arith.mulf %v1855, %v2870 : f32
          %v2872 = llvm.load %v238 : !llvm.ptr -> f32
          %v2873 = arith.addf %v2872, %v2871 : f32
          llvm.store %v2873, %v238 : f32, !llvm.ptr
          %v2874 = arith.mulf %v2483, %v1981 : f32
          %v2875 = arith.mulf %v2461, %v2874 : f32
          %v2876 = arith.mulf %v1855, %v2875 : f32
          %v2877 = llvm.load %v242 : !llvm.ptr -> f32
          %v2878 = arith.addf %v2877, %v2876 : f32
          llvm.store %v2878, %v242 : f32, !llvm.ptr
          %v2879 = arith.mulf %v2518, %v1992 : f32
          %v2880 = arith.mulf %v2496, %v2879 : f32
          %v2881 = arith.mulf %v1855, %v2880 : f32
          %v2882 = llvm.load %v246 : !llvm.ptr -> f32
          %v2883 = arith.addf %v2882, %v2881 : f32
          llvm.store %v2883, %v246 : f32, !llvm.ptr
          %v2884 = arith.mulf %v2553, %v2003 : f32
          %v2885 = arith.mulf %v2531, %v2884 : f32
          %v2886 = arith.mulf %v1855, %v2885 : f32
          %v2887 = llvm.load %v250 : !llvm.ptr -> f32
          %v2888 = arith.addf %v2887, %v2886 : f32
          llvm.store %v2888, %v250 : f32, !llvm.ptr
          %v2889 = arith.mulf %v2588, %v2014 : f32
          %v2890 = arith.mulf %v2566, %v2889 : f32
          %v2891 = arith.mulf %v1855, %v2890 : f32
          %v2892 = llvm.load %v254 : !llvm.ptr -> f32
          %v2893 = arith.addf %v2892, %v2891 : f32
          llvm.store %v2893, %v254 : f32, !llvm.ptr
          %v2894 = arith.mulf %v2623, %v2025 : f32
          %v2895 = arith.mulf %v2601, %v2894 : f32
          %v2896 = arith.mulf %v1855, %v2895 : f32
          %v2897 = llvm.load %v258 : !llvm.ptr -> f32
          %v2898 = arith.addf %v2897, %v2896 : f32
          llvm.store %v2898, %v258 : f32, !llvm.ptr
          %v2899 = arith.mulf %v1855, %v2042 : f32
          %v2900 = arith.mulf %v2899, %v1861 : f32
          scf.if %v60 {
            %v2901 = arith.muli %v59, %v1 : i64
            %v2902 = arith.addi %v2901, %v68 : i64
            %v2903 = arith.muli %v2902, %size_L : i64
            %v2904 = arith.addi %v2903, %v1412 : i64
            %v2905 = llvm.getelementptr %part_Bm[%v2904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2900, %v2905 : f32, !llvm.ptr
          }
          %v2906 = arith.mulf %v2899, %v1871 : f32
          scf.if %v60 {
            %v2907 = arith.muli %v59, %v1 : i64
            %v2908 = arith.addi %v2907, %v2 : i64
            %v2909 = arith.muli %v2908, %size_L : i64
            %v2910 = arith.addi %v2909, %v1412 : i64
            %v2911 = llvm.getelementptr %part_Bm[%v2910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2906, %v2911 : f32, !llvm.ptr
          }
          %v2912 = arith.mulf %v2899, %v1882 : f32
          scf.if %v60 {
            %v2913 = arith.muli %v59, %v1 : i64
            %v2914 = arith.addi %v2913, %v1025 : i64
            %v2915 = arith.muli %v2914, %size_L : i64
            %v2916 = arith.addi %v2915, %v1412 : i64
            %v2917 = llvm.getelementptr %part_Bm[%v2916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2912, %v2917 : f32, !llvm.ptr
          }
          %v2918 = arith.mulf %v2899, %v1893 : f32
          scf.if %v60 {
            %v2919 = arith.muli %v59, %v1 : i64
            %v2920 = arith.addi %v2919, %v1054 : i64
            %v2921 = arith.muli %v2920, %size_L : i64
            %v2922 = arith.addi %v2921, %v1412 : i64
            %v2923 = llvm.getelementptr %part_Bm[%v2922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2918, %v2923 : f32, !llvm.ptr
          }
          %v2924 = arith.mulf %v2899, %v1904 : f32
          scf.if %v60 {
            %v2925 = arith.muli %v59, %v1 : i64
            %v2926 = arith.addi %v2925, %v1083 : i64
            %v2927 = arith.muli %v2926, %size_L : i64
            %v2928 = arith.addi %v2927, %v1412 : i64
            %v2929 = llvm.getelementptr %part_Bm[%v2928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2924, %v2929 : f32, !llvm.ptr
          }
          %v2930 = arith.mulf %v2899, %v1915 : f32
          scf.if %v60 {
            %v2931 = arith.muli %v59, %v1 : i64
            %v2932 = arith.addi %v2931, %v1112 : i64
            %v2933 = arith.muli %v2932, %size_L : i64
            %v2934 = arith.addi %v2933, %v1412 : i64
            %v2935 = llvm.getelementptr %part_Bm[%v2934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2930, %v2935 : f32, !llvm.ptr
          }
          %v2936 = arith.mulf %v2899, %v1926 : f32
          scf.if %v60 {
            %v2937 = arith.muli %v59, %v1 : i64
            %v2938 = arith.addi %v2937, %v1141 : i64
            %v2939 = arith.muli %v2938, %size_L : i64
            %v2940 = arith.addi %v2939, %v1412 : i64
            %v2941 = llvm.getelementptr %part_Bm[%v2940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2936, %v2941 : f32, !llvm.ptr
          }
          %v2942 = arith.mulf %v2899, %v1937 : f32
          scf.if %v60 {
            %v2943 = arith.muli %v59, %v1 : i64
            %v2944 = arith.addi %v2943, %v1170 : i64
            %v2945 = arith.muli %v2944, %size_L : i64
            %v2946 = arith.addi %v2945, %v1412 : i64
            %v2947 = llvm.getelementptr %part_Bm[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2942, %v2947 : f32, !llvm.ptr
          }
          %v2948 = arith.mulf %v2899, %v1948 : f32
          scf.if %v60 {
            %v2949 = arith.muli %v59, %v1 : i64
            %v2950 = arith.addi %v2949, %v1199 : i64
            %v2951 = arith.muli %v2950, %size_L : i64
            %v2952 = arith.addi %v2951, %v1412 : i64
            %v2953 = llvm.getelementptr %part_Bm[%v2952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2948, %v2953 : f32, !llvm.ptr
          }
          %v2954 = arith.mulf %v2899, %v1959 : f32
          scf.if %v60 {
            %v2955 = arith.muli %v59, %v1 : i64
            %v2956 = arith.addi %v2955, %v1228 : i64
            %v2957 = arith.muli %v2956, %size_L : i64
            %v2958 = arith.addi %v2957, %v1412 : i64
            %v2959 = llvm.getelementptr %part_Bm[%v2958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2954, %v2959 : f32, !llvm.ptr
          }
          %v2960 = arith.mulf %v2899, %v1970 : f32
          scf.if %v60 {
            %v2961 = arith.muli %v59, %v1 : i64
            %v2962 = arith.addi %v2961, %v1257 : i64
            %v2963 = arith.muli %v2962, %size_L : i64
            %v2964 = arith.addi %v2963, %v1412 : i64
            %v2965 = llvm.getelementptr %part_Bm[%v2964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2960, %v2965 : f32, !llvm.ptr
          }
          %v2966 = arith.mulf %v2899, %v1981 : f32
          scf.if %v60 {
            %v2967 = arith.muli %v59, %v1 : i64
            %v2968 = arith.addi %v2967, %v1286 : i64
            %v2969 = arith.muli %v2968, %size_L : i64
            %v2970 = arith.addi %v2969, %v1412 : i64
            %v2971 = llvm.getelementptr %part_Bm[%v2970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2966, %v2971 : f32, !llvm.ptr
          }
          %v2972 = arith.mulf %v2899, %v1992 : f32
          scf.if %v60 {
            %v2973 = arith.muli %v59, %v1 : i64
            %v2974 = arith.addi %v2973, %v1315 : i64
            %v2975 = arith.muli %v2974, %size_L : i64
            %v2976 = arith.addi %v2975, %v1412 : i64
            %v2977 = llvm.getelementptr %part_Bm[%v2976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2972, %v2977 : f32, !llvm.ptr
          }
          %v2978 = arith.mulf %v2899, %v2003 : f32
          scf.if %v60 {
            %v2979 = arith.muli %v59, %v1 : i64
            %v2980 = arith.addi %v2979, %v1344 : i64
            %v2981 = arith.muli %v2980, %size_L : i64
            %v2982 = arith.addi %v2981, %v1412 : i64
            %v2983 = llvm.getelementptr %part_Bm[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2978, %v2983 : f32, !llvm.ptr
          }
          %v2984 = arith.mulf %v2899, %v2014 : f32
          scf.if %v60 {
            %v2985 = arith.muli %v59, %v1 : i64
            %v2986 = arith.addi %v2985, %v1373 : i64
            %v2987 = arith.muli %v2986, %size_L : i64
            %v2988 = arith.addi %v2987, %v1412 : i64
            %v2989 = llvm.getelementptr %part_Bm[%v2988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2984, %v2989 : f32, !llvm.ptr
          }
          %v2990 = arith.mulf %v2899, %v2025 : f32
          scf.if %v60 {
            %v2991 = arith.muli %v59, %v1 : i64
            %v2992 = arith.addi %v2991, %v1402 : i64
            %v2993 = arith.muli %v2992, %size_L : i64
            %v2994 = arith.addi %v2993, %v1412 : i64
            %v2995 = llvm.getelementptr %part_Bm[%v2994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2990, %v2995 : f32, !llvm.ptr
          }
          %v2996 = arith.mulf %v1433, %v1440 : f32
          %v2997 = arith.mulf %v2648, %v2996 : f32
          scf.if %v60 {
            %v2998 = arith.muli %v59, %v1 : i64
            %v2999 = arith.addi %v2998, %v68 : i64
            %v3000 = arith.muli %v2999, %size_L : i64
            %v3001 = arith.addi %v3000, %v1412 : i64
            %v3002 = llvm.getelementptr %part_Cm[%v3001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v2997, %v3002 : f32, !llvm.ptr
          }
          %v3003 = arith.mulf %v1433, %v1440 : f32
          %v3004 = arith.mulf %v2657, %v3003 : f32
          scf.if %v60 {
            %v3005 = arith.muli %v59, %v1 : i64
            %v3006 = arith.addi %v3005, %v2 : i64
            %v3007 = arith.muli %v3006, %size_L : i64
            %v3008 = arith.addi %v3007, %v1412 : i64
            %v3009 = llvm.getelementptr %part_Cm[%v3008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3004, %v3009 : f32, !llvm.ptr
          }
          %v3010 = arith.mulf %v1433, %v1440 : f32
          %v3011 = arith.mulf %v2667, %v3010 : f32
          scf.if %v60 {
            %v3012 = arith.muli %v59, %v1 : i64
            %v3013 = arith.addi %v3012, %v1025 : i64
            %v3014 = arith.muli %v3013, %size_L : i64
            %v3015 = arith.addi %v3014, %v1412 : i64
            %v3016 = llvm.getelementptr %part_Cm[%v3015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3011, %v3016 : f32, !llvm.ptr
          }
          %v3017 = arith.mulf %v1433, %v1440 : f32
          %v3018 = arith.mulf %v2677, %v3017 : f32
          scf.if %v60 {
            %v3019 = arith.muli %v59, %v1 : i64
            %v3020 = arith.addi %v3019, %v1054 : i64
            %v3021 = arith.muli %v3020, %size_L : i64
            %v3022 = arith.addi %v3021, %v1412 : i64
            %v3023 = llvm.getelementptr %part_Cm[%v3022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3018, %v3023 : f32, !llvm.ptr
          }
          %v3024 = arith.mulf %v1433, %v1440 : f32
          %v3025 = arith.mulf %v2687, %v3024 : f32
          scf.if %v60 {
            %v3026 = arith.muli %v59, %v1 : i64
            %v3027 = arith.addi %v3026, %v1083 : i64
            %v3028 = arith.muli %v3027, %size_L : i64
            %v3029 = arith.addi %v3028, %v1412 : i64
            %v3030 = llvm.getelementptr %part_Cm[%v3029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3025, %v3030 : f32, !llvm.ptr
          }
          %v3031 = arith.mulf %v1433, %v1440 : f32
          %v3032 = arith.mulf %v2697, %v3031 : f32
          scf.if %v60 {
            %v3033 = arith.muli %v59, %v1 : i64
            %v3034 = arith.addi %v3033, %v1112 : i64
            %v3035 = arith.muli %v3034, %size_L : i64
            %v3036 = arith.addi %v3035, %v1412 : i64
            %v3037 = llvm.getelementptr %part_Cm[%v3036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3032, %v3037 : f32, !llvm.ptr
          }
          %v3038 = arith.mulf %v1433, %v1440 : f32
          %v3039 = arith.mulf %v2707, %v3038 : f32
          scf.if %v60 {
            %v3040 = arith.muli %v59, %v1 : i64
            %v3041 = arith.addi %v3040, %v1141 : i64
            %v3042 = arith.muli %v3041, %size_L : i64
            %v3043 = arith.addi %v3042, %v1412 : i64
            %v3044 = llvm.getelementptr %part_Cm[%v3043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3039, %v3044 : f32, !llvm.ptr
          }
          %v3045 = arith.mulf %v1433, %v1440 : f32
          %v3046 = arith.mulf %v2717, %v3045 : f32
          scf.if %v60 {
            %v3047 = arith.muli %v59, %v1 : i64
            %v3048 = arith.addi %v3047, %v1170 : i64
            %v3049 = arith.muli %v3048, %size_L : i64
            %v3050 = arith.addi %v3049, %v1412 : i64
            %v3051 = llvm.getelementptr %part_Cm[%v3050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3046, %v3051 : f32, !llvm.ptr
          }
          %v3052 = arith.mulf %v1433, %v1440 : f32
          %v3053 = arith.mulf %v2727, %v3052 : f32
          scf.if %v60 {
            %v3054 = arith.muli %v59, %v1 : i64
            %v3055 = arith.addi %v3054, %v1199 : i64
            %v3056 = arith.muli %v3055, %size_L : i64
            %v3057 = arith.addi %v3056, %v1412 : i64
            %v3058 = llvm.getelementptr %part_Cm[%v3057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3053, %v3058 : f32, !llvm.ptr
          }
          %v3059 = arith.mulf %v1433, %v1440 : f32
          %v3060 = arith.mulf %v2737, %v3059 : f32
          scf.if %v60 {
            %v3061 = arith.muli %v59, %v1 : i64
            %v3062 = arith.addi %v3061, %v1228 : i64
            %v3063 = arith.muli %v3062, %size_L : i64
            %v3064 = arith.addi %v3063, %v1412 : i64
            %v3065 = llvm.getelementptr %part_Cm[%v3064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3060, %v3065 : f32, !llvm.ptr
          }
          %v3066 = arith.mulf %v1433, %v1440 : f32
          %v3067 = arith.mulf %v2747, %v3066 : f32
          scf.if %v60 {
            %v3068 = arith.muli %v59, %v1 : i64
            %v3069 = arith.addi %v3068, %v1257 : i64
            %v3070 = arith.muli %v3069, %size_L : i64
            %v3071 = arith.addi %v3070, %v1412 : i64
            %v3072 = llvm.getelementptr %part_Cm[%v3071] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3067, %v3072 : f32, !llvm.ptr
          }
          %v3073 = arith.mulf %v1433, %v1440 : f32
          %v3074 = arith.mulf %v2757, %v3073 : f32
          scf.if %v60 {
            %v3075 = arith.muli %v59, %v1 : i64
            %v3076 = arith.addi %v3075, %v1286 : i64
            %v3077 = arith.muli %v3076, %size_L : i64
            %v3078 = arith.addi %v3077, %v1412 : i64
            %v3079 = llvm.getelementptr %part_Cm[%v3078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3074, %v3079 : f32, !llvm.ptr
          }
          %v3080 = arith.mulf %v1433, %v1440 : f32
          %v3081 = arith.mulf %v2767, %v3080 : f32
          scf.if %v60 {
            %v3082 = arith.muli %v59, %v1 : i64
            %v3083 = arith.addi %v3082, %v1315 : i64
            %v3084 = arith.muli %v3083, %size_L : i64
            %v3085 = arith.addi %v3084, %v1412 : i64
            %v3086 = llvm.getelementptr %part_Cm[%v3085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3081, %v3086 : f32, !llvm.ptr
          }
          %v3087 = arith.mulf %v1433, %v1440 : f32
          %v3088 = arith.mulf %v2777, %v3087 : f32
          scf.if %v60 {
            %v3089 = arith.muli %v59, %v1 : i64
            %v3090 = arith.addi %v3089, %v1344 : i64
            %v3091 = arith.muli %v3090, %size_L : i64
            %v3092 = arith.addi %v3091, %v1412 : i64
            %v3093 = llvm.getelementptr %part_Cm[%v3092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3088, %v3093 : f32, !llvm.ptr
          }
          %v3094 = arith.mulf %v1433, %v1440 : f32
          %v3095 = arith.mulf %v2787, %v3094 : f32
          scf.if %v60 {
            %v3096 = arith.muli %v59, %v1 : i64
            %v3097 = arith.addi %v3096, %v1373 : i64
            %v3098 = arith.muli %v3097, %size_L : i64
            %v3099 = arith.addi %v3098, %v1412 : i64
            %v3100 = llvm.getelementptr %part_Cm[%v3099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3095, %v3100 : f32, !llvm.ptr
          }
          %v3101 = arith.mulf %v1433, %v1440 : f32
          %v3102 = arith.mulf %v2797, %v3101 : f32
          scf.if %v60 {
            %v3103 = arith.muli %v59, %v1 : i64
            %v3104 = arith.addi %v3103, %v1402 : i64
            %v3105 = arith.muli %v3104, %size_L : i64
            %v3106 = arith.addi %v3105, %v1412 : i64
            %v3107 = llvm.getelementptr %part_Cm[%v3106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v3102, %v3107 : f32, !llvm.ptr
          }
          %v3108 = arith.mulf %v1433, %v1440 : f32
          %v3109 = arith.mulf %v2042, %v3108 : f32
          %v3110 = llvm.load %v262 : !llvm.ptr -> f32
          %v3111 = arith.addf %v3110, %v3109 : f32
          llvm.store %v3111, %v262 : f32, !llvm.ptr
          %v3112 = arith.mulf %v1860, %v1861 : f32
          %v3113 = arith.mulf %v1870, %v1871 : f32
          %v3114 = arith.addf %v3112, %v3113 : f32
          %v3115 = arith.mulf %v1881, %v1882 : f32
          %v3116 = arith.addf %v3114, %v3115 : f32
          %v3117 = arith.mulf %v1892, %v1893 : f32
          %v3118 = arith.addf %v3116, %v3117 : f32
          %v3119 = arith.mulf %v1903, %v1904 : f32
          %v3120 = arith.addf %v3118, %v3119 : f32
          %v3121 = arith.mulf %v1914, %v1915 : f32
          %v3122 = arith.addf %v3120, %v3121 : f32
          %v3123 = arith.mulf %v1925, %v1926 : f32
          %v3124 = arith.addf %v3122, %v3123 : f32
          %v3125 = arith.mulf %v1936, %v1937 : f32
          %v3126 = arith.addf %v3124, %v3125 : f32
          %v3127 = arith.mulf %v1947, %v1948 : f32
          %v3128 = arith.addf %v3126, %v3127 : f32
          %v3129 = arith.mulf %v1958, %v1959 : f32
          %v3130 = arith.addf %v3128, %v3129 : f32
          %v3131 = arith.mulf %v1969, %v1970 : f32
          %v3132 = arith.addf %v3130, %v3131 : f32
          %v3133 = arith.mulf %v1980, %v1981 : f32
          %v3134 = arith.addf %v3132, %v3133 : f32
          %v3135 = arith.mulf %v1991, %v1992 : f32
          %v3136 = arith.addf %v3134, %v3135 : f32
          %v3137 = arith.mulf %v2002, %v2003 : f32
          %v3138 = arith.addf %v3136, %v3137 : f32
          %v3139 = arith.mulf %v2013, %v2014 : f32
          %v3140 = arith.addf %v3138, %v3139 : f32
          %v3141 = arith.mulf %v2024, %v2025 : f32
          %v3142 = arith.addf %v3140, %v3141 : f32
          %v3143 = arith.mulf %v2042, %v3142 : f32
          %v3144 = arith.mulf %v2099, %v1861 : f32
          %v3145 = arith.mulf %v2077, %v3144 : f32
          %v3146 = arith.mulf %v2080, %v3145 : f32
          %v3147 = arith.mulf %v2133, %v1871 : f32
          %v3148 = arith.mulf %v2108, %v3147 : f32
          %v3149 = arith.mulf %v2111, %v3148 : f32
          %v3150 = arith.addf %v3146, %v3149 : f32
          %v3151 = arith.mulf %v2168, %v1882 : f32
          %v3152 = arith.mulf %v2143, %v3151 : f32
          %v3153 = arith.mulf %v2146, %v3152 : f32
          %v3154 = arith.addf %v3150, %v3153 : f32
          %v3155 = arith.mulf %v2203, %v1893 : f32
          %v3156 = arith.mulf %v2178, %v3155 : f32
          %v3157 = arith.mulf %v2181, %v3156 : f32
          %v3158 = arith.addf %v3154, %v3157 : f32
          %v3159 = arith.mulf %v2238, %v1904 : f32
          %v3160 = arith.mulf %v2213, %v3159 : f32
          %v3161 = arith.mulf %v2216, %v3160 : f32
          %v3162 = arith.addf %v3158, %v3161 : f32
          %v3163 = arith.mulf %v2273, %v1915 : f32
          %v3164 = arith.mulf %v2248, %v3163 : f32
          %v3165 = arith.mulf %v2251, %v3164 : f32
          %v3166 = arith.addf %v3162, %v3165 : f32
          %v3167 = arith.mulf %v2308, %v1926 : f32
          %v3168 = arith.mulf %v2283, %v3167 : f32
          %v3169 = arith.mulf %v2286, %v3168 : f32
          %v3170 = arith.addf %v3166, %v3169 : f32
          %v3171 = arith.mulf %v2343, %v1937 : f32
          %v3172 = arith.mulf %v2318, %v3171 : f32
          %v3173 = arith.mulf %v2321, %v3172 : f32
          %v3174 = arith.addf %v3170, %v3173 : f32
          %v3175 = arith.mulf %v2378, %v1948 : f32
          %v3176 = arith.mulf %v2353, %v3175 : f32
          %v3177 = arith.mulf %v2356, %v3176 : f32
          %v3178 = arith.addf %v3174, %v3177 : f32
          %v3179 = arith.mulf %v2413, %v1959 : f32
          %v3180 = arith.mulf %v2388, %v3179 : f32
          %v3181 = arith.mulf %v2391, %v3180 : f32
          %v3182 = arith.addf %v3178, %v3181 : f32
          %v3183 = arith.mulf %v2448, %v1970 : f32
          %v3184 = arith.mulf %v2423, %v3183 : f32
          %v3185 = arith.mulf %v2426, %v3184 : f32
          %v3186 = arith.addf %v3182, %v3185 : f32
          %v3187 = arith.mulf %v2483, %v1981 : f32
          %v3188 = arith.mulf %v2458, %v3187 : f32
          %v3189 = arith.mulf %v2461, %v3188 : f32
          %v3190 = arith.addf %v3186, %v3189 : f32
          %v3191 = arith.mulf %v2518, %v1992 : f32
          %v3192 = arith.mulf %v2493, %v3191 : f32
          %v3193 = arith.mulf %v2496, %v3192 : f32
          %v3194 = arith.addf %v3190, %v3193 : f32
          %v3195 = arith.mulf %v2553, %v2003 : f32
          %v3196 = arith.mulf %v2528, %v3195 : f32
          %v3197 = arith.mulf %v2531, %v3196 : f32
          %v3198 = arith.addf %v3194, %v3197 : f32
          %v3199 = arith.mulf %v2588, %v2014 : f32
          %v3200 = arith.mulf %v2563, %v3199 : f32
          %v3201 = arith.mulf %v2566, %v3200 : f32
          %v3202 = arith.addf %v3198, %v3201 : f32
          %v3203 = arith.mulf %v2623, %v2025 : f32
          %v3204 = arith.mulf %v2598, %v3203 : f32
          %v3205 = arith.mulf %v2601, %v3204 : f32
          %v3206 = arith.addf %v3202, %v3205 : f32
          %v3207 = arith.addf %v3143, %v3206 : f32
          %v3208 = arith.mulf %v3207, %v2633 : f32
          %v3209 = llvm.load %v266 : !llvm.ptr -> f32
          %v3210 = arith.addf %v3209, %v3208 : f32
          llvm.store %v3210, %v266 : f32, !llvm.ptr
          llvm.store %v2080, %v134 : f32, !llvm.ptr
          llvm.store %v2111, %v138 : f32, !llvm.ptr
          llvm.store %v2146, %v142 : f32, !llvm.ptr
          llvm.store %v2181, %v146 : f32, !llvm.ptr
          llvm.store %v2216, %v150 : f32, !llvm.ptr
          llvm.store %v2251, %v154 : f32, !llvm.ptr
          llvm.store %v2286, %v158 : f32, !llvm.ptr
          llvm.store %v2321, %v162 : f32, !llvm.ptr
          llvm.store %v2356, %v166 : f32, !llvm.ptr
          llvm.store %v2391, %v170 : f32, !llvm.ptr
          llvm.store %v2426, %v174 : f32, !llvm.ptr
          llvm.store %v2461, %v178 : f32, !llvm.ptr
          llvm.store %v2496, %v182 : f32, !llvm.ptr
          llvm.store %v2531, %v186 : f32, !llvm.ptr
          llvm.store %v2566, %v190 : f32, !llvm.ptr
          llvm.store %v2601, %v194 : f32, !llvm.ptr
        }
      }
      %v3211 = llvm.load %v71 : !llvm.ptr -> f32
      %v3212 = llvm.load %v134 : !llvm.ptr -> f32
      %v3213 = arith.mulf %v3212, %v3211 : f32
      %v3214 = llvm.load %v270 : !llvm.ptr -> f32
      %v3215 = arith.addf %v3214, %v3213 : f32
      llvm.store %v3215, %v270 : f32, !llvm.ptr
      %v3216 = llvm.load %v74 : !llvm.ptr -> f32
      %v3217 = llvm.load %v138 : !llvm.ptr -> f32
      %v3218 = arith.mulf %v3217, %v3216 : f32
      %v3219 = llvm.load %v274 : !llvm.ptr -> f32
      %v3220 = arith.addf %v3219, %v3218 : f32
      llvm.store %v3220, %v274 : f32, !llvm.ptr
      %v3221 = llvm.load %v78 : !llvm.ptr -> f32
      %v3222 = llvm.load %v142 : !llvm.ptr -> f32
      %v3223 = arith.mulf %v3222, %v3221 : f32
      %v3224 = llvm.load %v278 : !llvm.ptr -> f32
      %v3225 = arith.addf %v3224, %v3223 : f32
      llvm.store %v3225, %v278 : f32, !llvm.ptr
      %v3226 = llvm.load %v82 : !llvm.ptr -> f32
      %v3227 = llvm.load %v146 : !llvm.ptr -> f32
      %v3228 = arith.mulf %v3227, %v3226 : f32
      %v3229 = llvm.load %v282 : !llvm.ptr -> f32
      %v3230 = arith.addf %v3229, %v3228 : f32
      llvm.store %v3230, %v282 : f32, !llvm.ptr
      %v3231 = llvm.load %v86 : !llvm.ptr -> f32
      %v3232 = llvm.load %v150 : !llvm.ptr -> f32
      %v3233 = arith.mulf %v3232, %v3231 : f32
      %v3234 = llvm.load %v286 : !llvm.ptr -> f32
      %v3235 = arith.addf %v3234, %v3233 : f32
      llvm.store %v3235, %v286 : f32, !llvm.ptr
      %v3236 = llvm.load %v90 : !llvm.ptr -> f32
      %v3237 = llvm.load %v154 : !llvm.ptr -> f32
      %v3238 = arith.mulf %v3237, %v3236 : f32
      %v3239 = llvm.load %v290 : !llvm.ptr -> f32
      %v3240 = arith.addf %v3239, %v3238 : f32
      llvm.store %v3240, %v290 : f32, !llvm.ptr
      %v3241 = llvm.load %v94 : !llvm.ptr -> f32
      %v3242 = llvm.load %v158 : !llvm.ptr -> f32
      %v3243 = arith.mulf %v3242, %v3241 : f32
      %v3244 = llvm.load %v294 : !llvm.ptr -> f32
      %v3245 = arith.addf %v3244, %v3243 : f32
      llvm.store %v3245, %v294 : f32, !llvm.ptr
      %v3246 = llvm.load %v98 : !llvm.ptr -> f32
      %v3247 = llvm.load %v162 : !llvm.ptr -> f32
      %v3248 = arith.mulf %v3247, %v3246 : f32
      %v3249 = llvm.load %v298 : !llvm.ptr -> f32
      %v3250 = arith.addf %v3249, %v3248 : f32
      llvm.store %v3250, %v298 : f32, !llvm.ptr
      %v3251 = llvm.load %v102 : !llvm.ptr -> f32
      %v3252 = llvm.load %v166 : !llvm.ptr -> f32
      %v3253 = arith.mulf %v3252, %v3251 : f32
      %v3254 = llvm.load %v302 : !llvm.ptr -> f32
      %v3255 = arith.addf %v3254, %v3253 : f32
      llvm.store %v3255, %v302 : f32, !llvm.ptr
      %v3256 = llvm.load %v106 : !llvm.ptr -> f32
      %v3257 = llvm.load %v170 : !llvm.ptr -> f32
      %v3258 = arith.mulf %v3257, %v3256 : f32
      %v3259 = llvm.load %v306 : !llvm.ptr -> f32
      %v3260 = arith.addf %v3259, %v3258 : f32
      llvm.store %v3260, %v306 : f32, !llvm.ptr
      %v3261 = llvm.load %v110 : !llvm.ptr -> f32
      %v3262 = llvm.load %v174 : !llvm.ptr -> f32
      %v3263 = arith.mulf %v3262, %v3261 : f32
      %v3264 = llvm.load %v310 : !llvm.ptr -> f32
      %v3265 = arith.addf %v3264, %v3263 : f32
      llvm.store %v3265, %v310 : f32, !llvm.ptr
      %v3266 = llvm.load %v114 : !llvm.ptr -> f32
      %v3267 = llvm.load %v178 : !llvm.ptr -> f32
      %v3268 = arith.mulf %v3267, %v3266 : f32
      %v3269 = llvm.load %v314 : !llvm.ptr -> f32
      %v3270 = arith.addf %v3269, %v3268 : f32
      llvm.store %v3270, %v314 : f32, !llvm.ptr
      %v3271 = llvm.load %v118 : !llvm.ptr -> f32
      %v3272 = llvm.load %v182 : !llvm.ptr -> f32
      %v3273 = arith.mulf %v3272, %v3271 : f32
      %v3274 = llvm.load %v318 : !llvm.ptr -> f32
      %v3275 = arith.addf %v3274, %v3273 : f32
      llvm.store %v3275, %v318 : f32, !llvm.ptr
      %v3276 = llvm.load %v122 : !llvm.ptr -> f32
      %v3277 = llvm.load %v186 : !llvm.ptr -> f32
      %v3278 = arith.mulf %v3277, %v3276 : f32
      %v3279 = llvm.load %v322 : !llvm.ptr -> f32
      %v3280 = arith.addf %v3279, %v3278 : f32
      llvm.store %v3280, %v322 : f32, !llvm.ptr
      %v3281 = llvm.load %v126 : !llvm.ptr -> f32
      %v3282 = llvm.load %v190 : !llvm.ptr -> f32
      %v3283 = arith.mulf %v3282, %v3281 : f32
      %v3284 = llvm.load %v326 : !llvm.ptr -> f32
      %v3285 = arith.addf %v3284, %v3283 : f32
      llvm.store %v3285, %v326 : f32, !llvm.ptr
      %v3286 = llvm.load %v130 : !llvm.ptr -> f32
      %v3287 = llvm.load %v194 : !llvm.ptr -> f32
      %v3288 = arith.mulf %v3287, %v3286 : f32
      %v3289 = llvm.load %v330 : !llvm.ptr -> f32
      %v3290 = arith.addf %v3289, %v3288 : f32
      llvm.store %v3290, %v330 : f32, !llvm.ptr
      scf.if %v60 {
        %v3291 = llvm.load %v198 : !llvm.ptr -> f32
        %v3292 = arith.muli %v59, %v1 : i64
        %v3293 = arith.addi %v3292, %v68 : i64
        %v3294 = llvm.getelementptr %part_A[%v3293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3291, %v3294 : f32, !llvm.ptr
        %v3295 = llvm.load %v202 : !llvm.ptr -> f32
        %v3296 = arith.muli %v59, %v1 : i64
        %v3297 = arith.addi %v3296, %v2 : i64
        %v3298 = llvm.getelementptr %part_A[%v3297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3295, %v3298 : f32, !llvm.ptr
        %v3299 = llvm.load %v206 : !llvm.ptr -> f32
        %v3300 = arith.muli %v59, %v1 : i64
        %v3301 = arith.addi %v3300, %v1025 : i64
        %v3302 = llvm.getelementptr %part_A[%v3301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3299, %v3302 : f32, !llvm.ptr
        %v3303 = llvm.load %v210 : !llvm.ptr -> f32
        %v3304 = arith.muli %v59, %v1 : i64
        %v3305 = arith.addi %v3304, %v1054 : i64
        %v3306 = llvm.getelementptr %part_A[%v3305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3303, %v3306 : f32, !llvm.ptr
        %v3307 = llvm.load %v214 : !llvm.ptr -> f32
        %v3308 = arith.muli %v59, %v1 : i64
        %v3309 = arith.addi %v3308, %v1083 : i64
        %v3310 = llvm.getelementptr %part_A[%v3309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3307, %v3310 : f32, !llvm.ptr
        %v3311 = llvm.load %v218 : !llvm.ptr -> f32
        %v3312 = arith.muli %v59, %v1 : i64
        %v3313 = arith.addi %v3312, %v1112 : i64
        %v3314 = llvm.getelementptr %part_A[%v3313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3311, %v3314 : f32, !llvm.ptr
        %v3315 = llvm.load %v222 : !llvm.ptr -> f32
        %v3316 = arith.muli %v59, %v1 : i64
        %v3317 = arith.addi %v3316, %v1141 : i64
        %v3318 = llvm.getelementptr %part_A[%v3317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3315, %v3318 : f32, !llvm.ptr
        %v3319 = llvm.load %v226 : !llvm.ptr -> f32
        %v3320 = arith.muli %v59, %v1 : i64
        %v3321 = arith.addi %v3320, %v1170 : i64
        %v3322 = llvm.getelementptr %part_A[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3319, %v3322 : f32, !llvm.ptr
        %v3323 = llvm.load %v230 : !llvm.ptr -> f32
        %v3324 = arith.muli %v59, %v1 : i64
        %v3325 = arith.addi %v3324, %v1199 : i64
        %v3326 = llvm.getelementptr %part_A[%v3325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3323, %v3326 : f32, !llvm.ptr
        %v3327 = llvm.load %v234 : !llvm.ptr -> f32
        %v3328 = arith.muli %v59, %v1 : i64
        %v3329 = arith.addi %v3328, %v1228 : i64
        %v3330 = llvm.getelementptr %part_A[%v3329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3327, %v3330 : f32, !llvm.ptr
        %v3331 = llvm.load %v238 : !llvm.ptr -> f32
        %v3332 = arith.muli %v59, %v1 : i64
        %v3333 = arith.addi %v3332, %v1257 : i64
        %v3334 = llvm.getelementptr %part_A[%v3333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3331, %v3334 : f32, !llvm.ptr
        %v3335 = llvm.load %v242 : !llvm.ptr -> f32
        %v3336 = arith.muli %v59, %v1 : i64
        %v3337 = arith.addi %v3336, %v1286 : i64
        %v3338 = llvm.getelementptr %part_A[%v3337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3335, %v3338 : f32, !llvm.ptr
        %v3339 = llvm.load %v246 : !llvm.ptr -> f32
        %v3340 = arith.muli %v59, %v1 : i64
        %v3341 = arith.addi %v3340, %v1315 : i64
        %v3342 = llvm.getelementptr %part_A[%v3341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3339, %v3342 : f32, !llvm.ptr
        %v3343 = llvm.load %v250 : !llvm.ptr -> f32
        %v3344 = arith.muli %v59, %v1 : i64
        %v3345 = arith.addi %v3344, %v1344 : i64
        %v3346 = llvm.getelementptr %part_A[%v3345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3343, %v3346 : f32, !llvm.ptr
        %v3347 = llvm.load %v254 : !llvm.ptr -> f32
        %v3348 = arith.muli %v59, %v1 : i64
        %v3349 = arith.addi %v3348, %v1373 : i64
        %v3350 = llvm.getelementptr %part_A[%v3349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3347, %v3350 : f32, !llvm.ptr
        %v3351 = llvm.load %v258 : !llvm.ptr -> f32
        %v3352 = arith.muli %v59, %v1 : i64
        %v3353 = arith.addi %v3352, %v1402 : i64
        %v3354 = llvm.getelementptr %part_A[%v3353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3351, %v3354 : f32, !llvm.ptr
        %v3355 = llvm.load %v262 : !llvm.ptr -> f32
        %v3356 = arith.muli %v59, %v2 : i64
        %v3357 = arith.addi %v3356, %v68 : i64
        %v3358 = llvm.getelementptr %part_Dskip[%v3357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3355, %v3358 : f32, !llvm.ptr
        %v3359 = llvm.load %v266 : !llvm.ptr -> f32
        %v3360 = arith.muli %v59, %v2 : i64
        %v3361 = arith.addi %v3360, %v68 : i64
        %v3362 = llvm.getelementptr %part_dt_bias[%v3361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3359, %v3362 : f32, !llvm.ptr
        %v3363 = llvm.load %v270 : !llvm.ptr -> f32
        %v3364 = arith.muli %v65, %v339 : i64
        %v3365 = arith.muli %v63, %v338 : i64
        %v3366 = arith.addi %v3364, %v3365 : i64
        %v3367 = llvm.getelementptr %dx_h0[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3363, %v3367 : f32, !llvm.ptr
        %v3368 = llvm.load %v274 : !llvm.ptr -> f32
        %v3369 = arith.muli %v65, %v339 : i64
        %v3370 = arith.muli %v63, %v338 : i64
        %v3371 = arith.addi %v3369, %v3370 : i64
        %v3372 = arith.constant 1 : i64
        %v3373 = arith.muli %v3372, %v2 : i64
        %v3374 = arith.addi %v3371, %v3373 : i64
        %v3375 = llvm.getelementptr %dx_h0[%v3374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3368, %v3375 : f32, !llvm.ptr
        %v3376 = llvm.load %v278 : !llvm.ptr -> f32
        %v3377 = arith.muli %v65, %v339 : i64
        %v3378 = arith.muli %v63, %v338 : i64
        %v3379 = arith.addi %v3377, %v3378 : i64
        %v3380 = arith.constant 2 : i64
        %v3381 = arith.muli %v3380, %v2 : i64
        %v3382 = arith.addi %v3379, %v3381 : i64
        %v3383 = llvm.getelementptr %dx_h0[%v3382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3376, %v3383 : f32, !llvm.ptr
        %v3384 = llvm.load %v282 : !llvm.ptr -> f32
        %v3385 = arith.muli %v65, %v339 : i64
        %v3386 = arith.muli %v63, %v338 : i64
        %v3387 = arith.addi %v3385, %v3386 : i64
        %v3388 = arith.constant 3 : i64
        %v3389 = arith.muli %v3388, %v2 : i64
        %v3390 = arith.addi %v3387, %v3389 : i64
        %v3391 = llvm.getelementptr %dx_h0[%v3390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3384, %v3391 : f32, !llvm.ptr
        %v3392 = llvm.load %v286 : !llvm.ptr -> f32
        %v3393 = arith.muli %v65, %v339 : i64
        %v3394 = arith.muli %v63, %v338 : i64
        %v3395 = arith.addi %v3393, %v3394 : i64
        %v3396 = arith.constant 4 : i64
        %v3397 = arith.muli %v3396, %v2 : i64
        %v3398 = arith.addi %v3395, %v3397 : i64
        %v3399 = llvm.getelementptr %dx_h0[%v3398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3392, %v3399 : f32, !llvm.ptr
        %v3400 = llvm.load %v290 : !llvm.ptr -> f32
        %v3401 = arith.muli %v65, %v339 : i64
        %v3402 = arith.muli %v63, %v338 : i64
        %v3403 = arith.addi %v3401, %v3402 : i64
        %v3404 = arith.constant 5 : i64
        %v3405 = arith.muli %v3404, %v2 : i64
        %v3406 = arith.addi %v3403, %v3405 : i64
        %v3407 = llvm.getelementptr %dx_h0[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3400, %v3407 : f32, !llvm.ptr
        %v3408 = llvm.load %v294 : !llvm.ptr -> f32
        %v3409 = arith.muli %v65, %v339 : i64
        %v3410 = arith.muli %v63, %v338 : i64
        %v3411 = arith.addi %v3409, %v3410 : i64
        %v3412 = arith.constant 6 : i64
        %v3413 = arith.muli %v3412, %v2 : i64
        %v3414 = arith.addi %v3411, %v3413 : i64
        %v3415 = llvm.getelementptr %dx_h0[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3408, %v3415 : f32, !llvm.ptr
        %v3416 = llvm.load %v298 : !llvm.ptr -> f32
        %v3417 = arith.muli %v65, %v339 : i64
        %v3418 = arith.muli %v63, %v338 : i64
        %v3419 = arith.addi %v3417, %v3418 : i64
        %v3420 = arith.constant 7 : i64
        %v3421 = arith.muli %v3420, %v2 : i64
        %v3422 = arith.addi %v3419, %v3421 : i64
        %v3423 = llvm.getelementptr %dx_h0[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3416, %v3423 : f32, !llvm.ptr
        %v3424 = llvm.load %v302 : !llvm.ptr -> f32
        %v3425 = arith.muli %v65, %v339 : i64
        %v3426 = arith.muli %v63, %v338 : i64
        %v3427 = arith.addi %v3425, %v3426 : i64
        %v3428 = arith.constant 8 : i64
        %v3429 = arith.muli %v3428, %v2 : i64
        %v3430 = arith.addi %v3427, %v3429 : i64
        %v3431 = llvm.getelementptr %dx_h0[%v3430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3424, %v3431 : f32, !llvm.ptr
        %v3432 = llvm.load %v306 : !llvm.ptr -> f32
        %v3433 = arith.muli %v65, %v339 : i64
        %v3434 = arith.muli %v63, %v338 : i64
        %v3435 = arith.addi %v3433, %v3434 : i64
        %v3436 = arith.constant 9 : i64
        %v3437 = arith.muli %v3436, %v2 : i64
        %v3438 = arith.addi %v3435, %v3437 : i64
        %v3439 = llvm.getelementptr %dx_h0[%v3438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3432, %v3439 : f32, !llvm.ptr
        %v3440 = llvm.load %v310 : !llvm.ptr -> f32
        %v3441 = arith.muli %v65, %v339 : i64
        %v3442 = arith.muli %v63, %v338 : i64
        %v3443 = arith.addi %v3441, %v3442 : i64
        %v3444 = arith.constant 10 : i64
        %v3445 = arith.muli %v3444, %v2 : i64
        %v3446 = arith.addi %v3443, %v3445 : i64
        %v3447 = llvm.getelementptr %dx_h0[%v3446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3440, %v3447 : f32, !llvm.ptr
        %v3448 = llvm.load %v314 : !llvm.ptr -> f32
        %v3449 = arith.muli %v65, %v339 : i64
        %v3450 = arith.muli %v63, %v338 : i64
        %v3451 = arith.addi %v3449, %v3450 : i64
        %v3452 = arith.constant 11 : i64
        %v3453 = arith.muli %v3452, %v2 : i64
        %v3454 = arith.addi %v3451, %v3453 : i64
        %v3455 = llvm.getelementptr %dx_h0[%v3454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3448, %v3455 : f32, !llvm.ptr
        %v3456 = llvm.load %v318 : !llvm.ptr -> f32
        %v3457 = arith.muli %v65, %v339 : i64
        %v3458 = arith.muli %v63, %v338 : i64
        %v3459 = arith.addi %v3457, %v3458 : i64
        %v3460 = arith.constant 12 : i64
        %v3461 = arith.muli %v3460, %v2 : i64
        %v3462 = arith.addi %v3459, %v3461 : i64
        %v3463 = llvm.getelementptr %dx_h0[%v3462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3456, %v3463 : f32, !llvm.ptr
        %v3464 = llvm.load %v322 : !llvm.ptr -> f32
        %v3465 = arith.muli %v65, %v339 : i64
        %v3466 = arith.muli %v63, %v338 : i64
        %v3467 = arith.addi %v3465, %v3466 : i64
        %v3468 = arith.constant 13 : i64
        %v3469 = arith.muli %v3468, %v2 : i64
        %v3470 = arith.addi %v3467, %v3469 : i64
        %v3471 = llvm.getelementptr %dx_h0[%v3470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3464, %v3471 : f32, !llvm.ptr
        %v3472 = llvm.load %v326 : !llvm.ptr -> f32
        %v3473 = arith.muli %v65, %v339 : i64
        %v3474 = arith.muli %v63, %v338 : i64
        %v3475 = arith.addi %v3473, %v3474 : i64
        %v3476 = arith.constant 14 : i64
        %v3477 = arith.muli %v3476, %v2 : i64
        %v3478 = arith.addi %v3475, %v3477 : i64
        %v3479 = llvm.getelementptr %dx_h0[%v3478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3472, %v3479 : f32, !llvm.ptr
        %v3480 = llvm.load %v330 : !llvm.ptr -> f32
        %v3481 = arith.muli %v65, %v339 : i64
        %v3482 = arith.muli %v63, %v338 : i64
        %v3483 = arith.addi %v3481, %v3482 : i64
        %v3484 = arith.constant 15 : i64
        %v3485 = arith.muli %v3484, %v2 : i64
        %v3486 = arith.addi %v3483, %v3485 : i64
        %v3487 = llvm.getelementptr %dx_h0[%v3486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3480, %v3487 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
