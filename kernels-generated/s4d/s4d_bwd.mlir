module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @slots_s4d_bwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<5248 x f32>
    gpu.func @s4d_bwd(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %part_log_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bp: !llvm.ptr, %part_Cp: !llvm.ptr, %part_Dskip: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v67 = llvm.mlir.addressof @slots_s4d_bwd : !llvm.ptr<3>
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
      %v331 = arith.constant 4224 : i64
      %v335 = arith.constant 4288 : i64
      %v339 = arith.constant 4352 : i64
      %v343 = arith.constant 4416 : i64
      %v347 = arith.constant 4480 : i64
      %v351 = arith.constant 4544 : i64
      %v355 = arith.constant 4608 : i64
      %v359 = arith.constant 4672 : i64
      %v363 = arith.constant 4736 : i64
      %v367 = arith.constant 4800 : i64
      %v371 = arith.constant 4864 : i64
      %v375 = arith.constant 4928 : i64
      %v379 = arith.constant 4992 : i64
      %v383 = arith.constant 5056 : i64
      %v387 = arith.constant 5120 : i64
      %v391 = arith.constant 5184 : i64
      %v395 = arith.constant 0x00000000 : f32
      %v396 = arith.constant 0x3F800000 : f32
      %v412 = arith.muli %v2, %size_B : i64
      %v413 = arith.muli %v412, %size_D : i64
      %v414 = arith.muli %v413, %v1 : i64
      %v416 = arith.muli %v2, %v1 : i64
      %v417 = arith.muli %v416, %size_D : i64
      %v424 = arith.muli %v2, %size_B : i64
      %v425 = arith.muli %v424, %size_D : i64
      %v426 = arith.muli %v425, %v1 : i64
      %v437 = arith.muli %v2, %size_B : i64
      %v438 = arith.muli %v437, %size_D : i64
      %v439 = arith.muli %v438, %v1 : i64
      %v450 = arith.muli %v2, %size_B : i64
      %v451 = arith.muli %v450, %size_D : i64
      %v452 = arith.muli %v451, %v1 : i64
      %v463 = arith.muli %v2, %size_B : i64
      %v464 = arith.muli %v463, %size_D : i64
      %v465 = arith.muli %v464, %v1 : i64
      %v476 = arith.muli %v2, %size_B : i64
      %v477 = arith.muli %v476, %size_D : i64
      %v478 = arith.muli %v477, %v1 : i64
      %v489 = arith.muli %v2, %size_B : i64
      %v490 = arith.muli %v489, %size_D : i64
      %v491 = arith.muli %v490, %v1 : i64
      %v502 = arith.muli %v2, %size_B : i64
      %v503 = arith.muli %v502, %size_D : i64
      %v504 = arith.muli %v503, %v1 : i64
      %v515 = arith.muli %v2, %size_B : i64
      %v516 = arith.muli %v515, %size_D : i64
      %v517 = arith.muli %v516, %v1 : i64
      %v528 = arith.muli %v2, %size_B : i64
      %v529 = arith.muli %v528, %size_D : i64
      %v530 = arith.muli %v529, %v1 : i64
      %v541 = arith.muli %v2, %size_B : i64
      %v542 = arith.muli %v541, %size_D : i64
      %v543 = arith.muli %v542, %v1 : i64
      %v554 = arith.muli %v2, %size_B : i64
      %v555 = arith.muli %v554, %size_D : i64
      %v556 = arith.muli %v555, %v1 : i64
      %v567 = arith.muli %v2, %size_B : i64
      %v568 = arith.muli %v567, %size_D : i64
      %v569 = arith.muli %v568, %v1 : i64
      %v580 = arith.muli %v2, %size_B : i64
      %v581 = arith.muli %v580, %size_D : i64
      %v582 = arith.muli %v581, %v1 : i64
      %v593 = arith.muli %v2, %size_B : i64
      %v594 = arith.muli %v593, %size_D : i64
      %v595 = arith.muli %v594, %v1 : i64
      %v606 = arith.muli %v2, %size_B : i64
      %v607 = arith.muli %v606, %size_D : i64
      %v608 = arith.muli %v607, %v1 : i64
      %v628 = arith.constant 0x3FB8AA3B : f32
      %v631 = arith.muli %v2, %v1 : i64
      %v647 = arith.muli %v2, %size_L : i64
      %v648 = arith.muli %v647, %size_D : i64
      %v729 = arith.constant 2 : i64
      %v762 = arith.constant 3 : i64
      %v795 = arith.constant 4 : i64
      %v828 = arith.constant 5 : i64
      %v861 = arith.constant 6 : i64
      %v894 = arith.constant 7 : i64
      %v927 = arith.constant 8 : i64
      %v960 = arith.constant 9 : i64
      %v993 = arith.constant 10 : i64
      %v1026 = arith.constant 11 : i64
      %v1059 = arith.constant 12 : i64
      %v1092 = arith.constant 13 : i64
      %v1125 = arith.constant 14 : i64
      %v1158 = arith.constant 15 : i64
      %v1754 = arith.muli %v2, %size_B : i64
      %v1755 = arith.muli %v1754, %size_D : i64
      %v1756 = arith.muli %v1755, %v1 : i64
      %v1787 = arith.muli %v2, %size_B : i64
      %v1788 = arith.muli %v1787, %size_D : i64
      %v1789 = arith.muli %v1788, %v1 : i64
      %v1817 = arith.muli %v2, %size_B : i64
      %v1818 = arith.muli %v1817, %size_D : i64
      %v1819 = arith.muli %v1818, %v1 : i64
      %v1847 = arith.muli %v2, %size_B : i64
      %v1848 = arith.muli %v1847, %size_D : i64
      %v1849 = arith.muli %v1848, %v1 : i64
      %v1877 = arith.muli %v2, %size_B : i64
      %v1878 = arith.muli %v1877, %size_D : i64
      %v1879 = arith.muli %v1878, %v1 : i64
      %v1907 = arith.muli %v2, %size_B : i64
      %v1908 = arith.muli %v1907, %size_D : i64
      %v1909 = arith.muli %v1908, %v1 : i64
      %v1937 = arith.muli %v2, %size_B : i64
      %v1938 = arith.muli %v1937, %size_D : i64
      %v1939 = arith.muli %v1938, %v1 : i64
      %v1967 = arith.muli %v2, %size_B : i64
      %v1968 = arith.muli %v1967, %size_D : i64
      %v1969 = arith.muli %v1968, %v1 : i64
      %v1997 = arith.muli %v2, %size_B : i64
      %v1998 = arith.muli %v1997, %size_D : i64
      %v1999 = arith.muli %v1998, %v1 : i64
      %v2027 = arith.muli %v2, %size_B : i64
      %v2028 = arith.muli %v2027, %size_D : i64
      %v2029 = arith.muli %v2028, %v1 : i64
      %v2057 = arith.muli %v2, %size_B : i64
      %v2058 = arith.muli %v2057, %size_D : i64
      %v2059 = arith.muli %v2058, %v1 : i64
      %v2087 = arith.muli %v2, %size_B : i64
      %v2088 = arith.muli %v2087, %size_D : i64
      %v2089 = arith.muli %v2088, %v1 : i64
      %v2117 = arith.muli %v2, %size_B : i64
      %v2118 = arith.muli %v2117, %size_D : i64
      %v2119 = arith.muli %v2118, %v1 : i64
      %v2147 = arith.muli %v2, %size_B : i64
      %v2148 = arith.muli %v2147, %size_D : i64
      %v2149 = arith.muli %v2148, %v1 : i64
      %v2177 = arith.muli %v2, %size_B : i64
      %v2178 = arith.muli %v2177, %size_D : i64
      %v2179 = arith.muli %v2178, %v1 : i64
      %v2207 = arith.muli %v2, %size_B : i64
      %v2208 = arith.muli %v2207, %size_D : i64
      %v2209 = arith.muli %v2208, %v1 : i64
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
      %v332 = arith.addi %v331, %v55 : i64
      %v333 = llvm.getelementptr %v67[%v332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v334 = llvm.addrspacecast %v333 : !llvm.ptr<3> to !llvm.ptr
      %v336 = arith.addi %v335, %v55 : i64
      %v337 = llvm.getelementptr %v67[%v336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v338 = llvm.addrspacecast %v337 : !llvm.ptr<3> to !llvm.ptr
      %v340 = arith.addi %v339, %v55 : i64
      %v341 = llvm.getelementptr %v67[%v340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v342 = llvm.addrspacecast %v341 : !llvm.ptr<3> to !llvm.ptr
      %v344 = arith.addi %v343, %v55 : i64
      %v345 = llvm.getelementptr %v67[%v344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v346 = llvm.addrspacecast %v345 : !llvm.ptr<3> to !llvm.ptr
      %v348 = arith.addi %v347, %v55 : i64
      %v349 = llvm.getelementptr %v67[%v348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v350 = llvm.addrspacecast %v349 : !llvm.ptr<3> to !llvm.ptr
      %v352 = arith.addi %v351, %v55 : i64
      %v353 = llvm.getelementptr %v67[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v354 = llvm.addrspacecast %v353 : !llvm.ptr<3> to !llvm.ptr
      %v356 = arith.addi %v355, %v55 : i64
      %v357 = llvm.getelementptr %v67[%v356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v358 = llvm.addrspacecast %v357 : !llvm.ptr<3> to !llvm.ptr
      %v360 = arith.addi %v359, %v55 : i64
      %v361 = llvm.getelementptr %v67[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v362 = llvm.addrspacecast %v361 : !llvm.ptr<3> to !llvm.ptr
      %v364 = arith.addi %v363, %v55 : i64
      %v365 = llvm.getelementptr %v67[%v364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v366 = llvm.addrspacecast %v365 : !llvm.ptr<3> to !llvm.ptr
      %v368 = arith.addi %v367, %v55 : i64
      %v369 = llvm.getelementptr %v67[%v368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v370 = llvm.addrspacecast %v369 : !llvm.ptr<3> to !llvm.ptr
      %v372 = arith.addi %v371, %v55 : i64
      %v373 = llvm.getelementptr %v67[%v372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v374 = llvm.addrspacecast %v373 : !llvm.ptr<3> to !llvm.ptr
      %v376 = arith.addi %v375, %v55 : i64
      %v377 = llvm.getelementptr %v67[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v378 = llvm.addrspacecast %v377 : !llvm.ptr<3> to !llvm.ptr
      %v380 = arith.addi %v379, %v55 : i64
      %v381 = llvm.getelementptr %v67[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v382 = llvm.addrspacecast %v381 : !llvm.ptr<3> to !llvm.ptr
      %v384 = arith.addi %v383, %v55 : i64
      %v385 = llvm.getelementptr %v67[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v386 = llvm.addrspacecast %v385 : !llvm.ptr<3> to !llvm.ptr
      %v388 = arith.addi %v387, %v55 : i64
      %v389 = llvm.getelementptr %v67[%v388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v390 = llvm.addrspacecast %v389 : !llvm.ptr<3> to !llvm.ptr
      %v392 = arith.addi %v391, %v55 : i64
      %v393 = llvm.getelementptr %v67[%v392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
      %v394 = llvm.addrspacecast %v393 : !llvm.ptr<3> to !llvm.ptr
      llvm.store %v395, %v71 : f32, !llvm.ptr
      llvm.store %v395, %v74 : f32, !llvm.ptr
      llvm.store %v395, %v78 : f32, !llvm.ptr
      llvm.store %v395, %v82 : f32, !llvm.ptr
      llvm.store %v395, %v86 : f32, !llvm.ptr
      llvm.store %v395, %v90 : f32, !llvm.ptr
      llvm.store %v395, %v94 : f32, !llvm.ptr
      llvm.store %v395, %v98 : f32, !llvm.ptr
      llvm.store %v395, %v102 : f32, !llvm.ptr
      llvm.store %v395, %v106 : f32, !llvm.ptr
      llvm.store %v395, %v110 : f32, !llvm.ptr
      llvm.store %v395, %v114 : f32, !llvm.ptr
      llvm.store %v395, %v118 : f32, !llvm.ptr
      llvm.store %v395, %v122 : f32, !llvm.ptr
      llvm.store %v395, %v126 : f32, !llvm.ptr
      llvm.store %v395, %v130 : f32, !llvm.ptr
      llvm.store %v396, %v134 : f32, !llvm.ptr
      llvm.store %v396, %v138 : f32, !llvm.ptr
      llvm.store %v396, %v142 : f32, !llvm.ptr
      llvm.store %v396, %v146 : f32, !llvm.ptr
      llvm.store %v396, %v150 : f32, !llvm.ptr
      llvm.store %v396, %v154 : f32, !llvm.ptr
      llvm.store %v396, %v158 : f32, !llvm.ptr
      llvm.store %v396, %v162 : f32, !llvm.ptr
      llvm.store %v396, %v166 : f32, !llvm.ptr
      llvm.store %v396, %v170 : f32, !llvm.ptr
      llvm.store %v396, %v174 : f32, !llvm.ptr
      llvm.store %v396, %v178 : f32, !llvm.ptr
      llvm.store %v396, %v182 : f32, !llvm.ptr
      llvm.store %v396, %v186 : f32, !llvm.ptr
      llvm.store %v396, %v190 : f32, !llvm.ptr
      llvm.store %v396, %v194 : f32, !llvm.ptr
      llvm.store %v395, %v198 : f32, !llvm.ptr
      llvm.store %v395, %v202 : f32, !llvm.ptr
      llvm.store %v395, %v206 : f32, !llvm.ptr
      llvm.store %v395, %v210 : f32, !llvm.ptr
      llvm.store %v395, %v214 : f32, !llvm.ptr
      llvm.store %v395, %v218 : f32, !llvm.ptr
      llvm.store %v395, %v222 : f32, !llvm.ptr
      llvm.store %v395, %v226 : f32, !llvm.ptr
      llvm.store %v395, %v230 : f32, !llvm.ptr
      llvm.store %v395, %v234 : f32, !llvm.ptr
      llvm.store %v395, %v238 : f32, !llvm.ptr
      llvm.store %v395, %v242 : f32, !llvm.ptr
      llvm.store %v395, %v246 : f32, !llvm.ptr
      llvm.store %v395, %v250 : f32, !llvm.ptr
      llvm.store %v395, %v254 : f32, !llvm.ptr
      llvm.store %v395, %v258 : f32, !llvm.ptr
      llvm.store %v395, %v262 : f32, !llvm.ptr
      llvm.store %v395, %v266 : f32, !llvm.ptr
      llvm.store %v395, %v270 : f32, !llvm.ptr
      llvm.store %v395, %v274 : f32, !llvm.ptr
      llvm.store %v395, %v278 : f32, !llvm.ptr
      llvm.store %v395, %v282 : f32, !llvm.ptr
      llvm.store %v395, %v286 : f32, !llvm.ptr
      llvm.store %v395, %v290 : f32, !llvm.ptr
      llvm.store %v395, %v294 : f32, !llvm.ptr
      llvm.store %v395, %v298 : f32, !llvm.ptr
      llvm.store %v395, %v302 : f32, !llvm.ptr
      llvm.store %v395, %v306 : f32, !llvm.ptr
      llvm.store %v395, %v310 : f32, !llvm.ptr
      llvm.store %v395, %v314 : f32, !llvm.ptr
      llvm.store %v395, %v318 : f32, !llvm.ptr
      llvm.store %v395, %v322 : f32, !llvm.ptr
      llvm.store %v395, %v326 : f32, !llvm.ptr
      llvm.store %v395, %v330 : f32, !llvm.ptr
      llvm.store %v395, %v334 : f32, !llvm.ptr
      llvm.store %v395, %v338 : f32, !llvm.ptr
      llvm.store %v395, %v342 : f32, !llvm.ptr
      llvm.store %v395, %v346 : f32, !llvm.ptr
      llvm.store %v395, %v350 : f32, !llvm.ptr
      llvm.store %v395, %v354 : f32, !llvm.ptr
      llvm.store %v395, %v358 : f32, !llvm.ptr
      llvm.store %v395, %v362 : f32, !llvm.ptr
      llvm.store %v395, %v366 : f32, !llvm.ptr
      llvm.store %v395, %v370 : f32, !llvm.ptr
      llvm.store %v395, %v374 : f32, !llvm.ptr
      llvm.store %v395, %v378 : f32, !llvm.ptr
      llvm.store %v395, %v382 : f32, !llvm.ptr
      llvm.store %v395, %v386 : f32, !llvm.ptr
      llvm.store %v395, %v390 : f32, !llvm.ptr
      llvm.store %v395, %v394 : f32, !llvm.ptr
      %v397 = arith.subi %v57, %v2 : i64
      %v398 = arith.addi %size_L, %v397 : i64
      %v399 = arith.divui %v398, %v57 : i64
      %v400 = arith.subi %size_L, %v2 : i64
      %v401 = arith.cmpi eq, %size_L, %v68 : i64
      scf.if %v401 {
        llvm.store %v395, %v37 : f32, !llvm.ptr
        llvm.store %v395, %v38 : f32, !llvm.ptr
        llvm.store %v395, %v39 : f32, !llvm.ptr
        llvm.store %v395, %v40 : f32, !llvm.ptr
        llvm.store %v395, %v41 : f32, !llvm.ptr
        llvm.store %v395, %v42 : f32, !llvm.ptr
        llvm.store %v395, %v43 : f32, !llvm.ptr
        llvm.store %v395, %v44 : f32, !llvm.ptr
        llvm.store %v395, %v45 : f32, !llvm.ptr
        llvm.store %v395, %v46 : f32, !llvm.ptr
        llvm.store %v395, %v47 : f32, !llvm.ptr
        llvm.store %v395, %v48 : f32, !llvm.ptr
        llvm.store %v395, %v49 : f32, !llvm.ptr
        llvm.store %v395, %v50 : f32, !llvm.ptr
        llvm.store %v395, %v51 : f32, !llvm.ptr
        llvm.store %v395, %v52 : f32, !llvm.ptr
      }
      %v402 = arith.index_cast %v68 : i64 to index
      %v403 = arith.index_cast %v399 : i64 to index
      %v404 = arith.index_cast %v2 : i64 to index
      scf.for %v405 = %v402 to %v403 step %v404 {
        %v406 = arith.index_cast %v405 : index to i64
        %v407 = arith.subi %v399, %v2 : i64
        %v408 = arith.subi %v407, %v406 : i64
        %v409 = arith.muli %v408, %v57 : i64
        %v410 = arith.subi %size_L, %v409 : i64
        %v411 = arith.minsi %v410, %v57 : i64
        %v415 = arith.muli %v408, %v414 : i64
        %v418 = arith.muli %v65, %v417 : i64
        %v419 = arith.muli %v63, %v416 : i64
        %v420 = arith.addi %v418, %v419 : i64
        %v421 = arith.addi %v415, %v420 : i64
        %v422 = llvm.getelementptr %ckpt_h[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v423 = llvm.load %v422 : !llvm.ptr -> f32
        llvm.store %v423, %v21 : f32, !llvm.ptr
        %v427 = arith.muli %v408, %v426 : i64
        %v428 = arith.muli %v65, %v417 : i64
        %v429 = arith.muli %v63, %v416 : i64
        %v430 = arith.addi %v428, %v429 : i64
        %v431 = arith.constant 1 : i64
        %v432 = arith.muli %v431, %v2 : i64
        %v433 = arith.addi %v430, %v432 : i64
        %v434 = arith.addi %v427, %v433 : i64
        %v435 = llvm.getelementptr %ckpt_h[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v436 = llvm.load %v435 : !llvm.ptr -> f32
        llvm.store %v436, %v22 : f32, !llvm.ptr
        %v440 = arith.muli %v408, %v439 : i64
        %v441 = arith.muli %v65, %v417 : i64
        %v442 = arith.muli %v63, %v416 : i64
        %v443 = arith.addi %v441, %v442 : i64
        %v444 = arith.constant 2 : i64
        %v445 = arith.muli %v444, %v2 : i64
        %v446 = arith.addi %v443, %v445 : i64
        %v447 = arith.addi %v440, %v446 : i64
        %v448 = llvm.getelementptr %ckpt_h[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v449 = llvm.load %v448 : !llvm.ptr -> f32
        llvm.store %v449, %v23 : f32, !llvm.ptr
        %v453 = arith.muli %v408, %v452 : i64
        %v454 = arith.muli %v65, %v417 : i64
        %v455 = arith.muli %v63, %v416 : i64
        %v456 = arith.addi %v454, %v455 : i64
        %v457 = arith.constant 3 : i64
        %v458 = arith.muli %v457, %v2 : i64
        %v459 = arith.addi %v456, %v458 : i64
        %v460 = arith.addi %v453, %v459 : i64
        %v461 = llvm.getelementptr %ckpt_h[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v462 = llvm.load %v461 : !llvm.ptr -> f32
        llvm.store %v462, %v24 : f32, !llvm.ptr
        %v466 = arith.muli %v408, %v465 : i64
        %v467 = arith.muli %v65, %v417 : i64
        %v468 = arith.muli %v63, %v416 : i64
        %v469 = arith.addi %v467, %v468 : i64
        %v470 = arith.constant 4 : i64
        %v471 = arith.muli %v470, %v2 : i64
        %v472 = arith.addi %v469, %v471 : i64
        %v473 = arith.addi %v466, %v472 : i64
        %v474 = llvm.getelementptr %ckpt_h[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v475 = llvm.load %v474 : !llvm.ptr -> f32
        llvm.store %v475, %v25 : f32, !llvm.ptr
        %v479 = arith.muli %v408, %v478 : i64
        %v480 = arith.muli %v65, %v417 : i64
        %v481 = arith.muli %v63, %v416 : i64
        %v482 = arith.addi %v480, %v481 : i64
        %v483 = arith.constant 5 : i64
        %v484 = arith.muli %v483, %v2 : i64
        %v485 = arith.addi %v482, %v484 : i64
        %v486 = arith.addi %v479, %v485 : i64
        %v487 = llvm.getelementptr %ckpt_h[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v488 = llvm.load %v487 : !llvm.ptr -> f32
        llvm.store %v488, %v26 : f32, !llvm.ptr
        %v492 = arith.muli %v408, %v491 : i64
        %v493 = arith.muli %v65, %v417 : i64
        %v494 = arith.muli %v63, %v416 : i64
        %v495 = arith.addi %v493, %v494 : i64
        %v496 = arith.constant 6 : i64
        %v497 = arith.muli %v496, %v2 : i64
        %v498 = arith.addi %v495, %v497 : i64
        %v499 = arith.addi %v492, %v498 : i64
        %v500 = llvm.getelementptr %ckpt_h[%v499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v501 = llvm.load %v500 : !llvm.ptr -> f32
        llvm.store %v501, %v27 : f32, !llvm.ptr
        %v505 = arith.muli %v408, %v504 : i64
        %v506 = arith.muli %v65, %v417 : i64
        %v507 = arith.muli %v63, %v416 : i64
        %v508 = arith.addi %v506, %v507 : i64
        %v509 = arith.constant 7 : i64
        %v510 = arith.muli %v509, %v2 : i64
        %v511 = arith.addi %v508, %v510 : i64
        %v512 = arith.addi %v505, %v511 : i64
        %v513 = llvm.getelementptr %ckpt_h[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v514 = llvm.load %v513 : !llvm.ptr -> f32
        llvm.store %v514, %v28 : f32, !llvm.ptr
        %v518 = arith.muli %v408, %v517 : i64
        %v519 = arith.muli %v65, %v417 : i64
        %v520 = arith.muli %v63, %v416 : i64
        %v521 = arith.addi %v519, %v520 : i64
        %v522 = arith.constant 8 : i64
        %v523 = arith.muli %v522, %v2 : i64
        %v524 = arith.addi %v521, %v523 : i64
        %v525 = arith.addi %v518, %v524 : i64
        %v526 = llvm.getelementptr %ckpt_h[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v527 = llvm.load %v526 : !llvm.ptr -> f32
        llvm.store %v527, %v29 : f32, !llvm.ptr
        %v531 = arith.muli %v408, %v530 : i64
        %v532 = arith.muli %v65, %v417 : i64
        %v533 = arith.muli %v63, %v416 : i64
        %v534 = arith.addi %v532, %v533 : i64
        %v535 = arith.constant 9 : i64
        %v536 = arith.muli %v535, %v2 : i64
        %v537 = arith.addi %v534, %v536 : i64
        %v538 = arith.addi %v531, %v537 : i64
        %v539 = llvm.getelementptr %ckpt_h[%v538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v540 = llvm.load %v539 : !llvm.ptr -> f32
        llvm.store %v540, %v30 : f32, !llvm.ptr
        %v544 = arith.muli %v408, %v543 : i64
        %v545 = arith.muli %v65, %v417 : i64
        %v546 = arith.muli %v63, %v416 : i64
        %v547 = arith.addi %v545, %v546 : i64
        %v548 = arith.constant 10 : i64
        %v549 = arith.muli %v548, %v2 : i64
        %v550 = arith.addi %v547, %v549 : i64
        %v551 = arith.addi %v544, %v550 : i64
        %v552 = llvm.getelementptr %ckpt_h[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v553 = llvm.load %v552 : !llvm.ptr -> f32
        llvm.store %v553, %v31 : f32, !llvm.ptr
        %v557 = arith.muli %v408, %v556 : i64
        %v558 = arith.muli %v65, %v417 : i64
        %v559 = arith.muli %v63, %v416 : i64
        %v560 = arith.addi %v558, %v559 : i64
        %v561 = arith.constant 11 : i64
        %v562 = arith.muli %v561, %v2 : i64
        %v563 = arith.addi %v560, %v562 : i64
        %v564 = arith.addi %v557, %v563 : i64
        %v565 = llvm.getelementptr %ckpt_h[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v566 = llvm.load %v565 : !llvm.ptr -> f32
        llvm.store %v566, %v32 : f32, !llvm.ptr
        %v570 = arith.muli %v408, %v569 : i64
        %v571 = arith.muli %v65, %v417 : i64
        %v572 = arith.muli %v63, %v416 : i64
        %v573 = arith.addi %v571, %v572 : i64
        %v574 = arith.constant 12 : i64
        %v575 = arith.muli %v574, %v2 : i64
        %v576 = arith.addi %v573, %v575 : i64
        %v577 = arith.addi %v570, %v576 : i64
        %v578 = llvm.getelementptr %ckpt_h[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v579 = llvm.load %v578 : !llvm.ptr -> f32
        llvm.store %v579, %v33 : f32, !llvm.ptr
        %v583 = arith.muli %v408, %v582 : i64
        %v584 = arith.muli %v65, %v417 : i64
        %v585 = arith.muli %v63, %v416 : i64
        %v586 = arith.addi %v584, %v585 : i64
        %v587 = arith.constant 13 : i64
        %v588 = arith.muli %v587, %v2 : i64
        %v589 = arith.addi %v586, %v588 : i64
        %v590 = arith.addi %v583, %v589 : i64
        %v591 = llvm.getelementptr %ckpt_h[%v590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v592 = llvm.load %v591 : !llvm.ptr -> f32
        llvm.store %v592, %v34 : f32, !llvm.ptr
        %v596 = arith.muli %v408, %v595 : i64
        %v597 = arith.muli %v65, %v417 : i64
        %v598 = arith.muli %v63, %v416 : i64
        %v599 = arith.addi %v597, %v598 : i64
        %v600 = arith.constant 14 : i64
        %v601 = arith.muli %v600, %v2 : i64
        %v602 = arith.addi %v599, %v601 : i64
        %v603 = arith.addi %v596, %v602 : i64
        %v604 = llvm.getelementptr %ckpt_h[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v605 = llvm.load %v604 : !llvm.ptr -> f32
        llvm.store %v605, %v35 : f32, !llvm.ptr
        %v609 = arith.muli %v408, %v608 : i64
        %v610 = arith.muli %v65, %v417 : i64
        %v611 = arith.muli %v63, %v416 : i64
        %v612 = arith.addi %v610, %v611 : i64
        %v613 = arith.constant 15 : i64
        %v614 = arith.muli %v613, %v2 : i64
        %v615 = arith.addi %v612, %v614 : i64
        %v616 = arith.addi %v609, %v615 : i64
        %v617 = llvm.getelementptr %ckpt_h[%v616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v618 = llvm.load %v617 : !llvm.ptr -> f32
        llvm.store %v618, %v36 : f32, !llvm.ptr
        %v619 = arith.index_cast %v68 : i64 to index
        %v620 = arith.index_cast %v411 : i64 to index
        %v621 = arith.index_cast %v2 : i64 to index
        scf.for %v622 = %v619 to %v620 step %v621 {
          %v623 = arith.index_cast %v622 : index to i64
          %v624 = arith.addi %v409, %v623 : i64
          %v625 = arith.muli %v63, %v2 : i64
          %v626 = llvm.getelementptr %in_log_dt[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v627 = llvm.load %v626 : !llvm.ptr -> f32
          %v629 = arith.mulf %v627, %v628 : f32
          %v630 = llvm.call_intrinsic "llvm.exp2.f32"(%v629) : (f32) -> f32
          %v632 = arith.muli %v63, %v631 : i64
          %v633 = llvm.getelementptr %in_A_log[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v634 = llvm.load %v633 : !llvm.ptr -> f32
          %v635 = arith.mulf %v634, %v628 : f32
          %v636 = llvm.call_intrinsic "llvm.exp2.f32"(%v635) : (f32) -> f32
          %v637 = arith.negf %v636 : f32
          %v638 = arith.mulf %v630, %v637 : f32
          %v639 = arith.mulf %v638, %v628 : f32
          %v640 = llvm.call_intrinsic "llvm.exp2.f32"(%v639) : (f32) -> f32
          %v641 = arith.subf %v640, %v396 : f32
          %v642 = arith.divf %v641, %v637 : f32
          %v643 = arith.muli %v63, %v631 : i64
          %v644 = llvm.getelementptr %in_Bp[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v645 = llvm.load %v644 : !llvm.ptr -> f32
          %v646 = arith.mulf %v642, %v645 : f32
          %v649 = arith.muli %v65, %v648 : i64
          %v650 = arith.muli %v63, %v647 : i64
          %v651 = arith.addi %v649, %v650 : i64
          %v652 = arith.muli %v624, %v2 : i64
          %v653 = arith.addi %v651, %v652 : i64
          %v654 = llvm.getelementptr %in_u[%v653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v655 = llvm.load %v654 : !llvm.ptr -> f32
          %v656 = arith.mulf %v646, %v655 : f32
          %v657 = llvm.load %v21 : !llvm.ptr -> f32
          %v658 = arith.mulf %v640, %v657 : f32
          %v659 = arith.addf %v658, %v656 : f32
          scf.if %v60 {
            %v660 = arith.muli %v623, %v4 : i64
            %v661 = arith.subi %v4, %v2 : i64
            %v662 = arith.minsi %v59, %v661 : i64
            %v663 = arith.addi %v660, %v662 : i64
            %v664 = arith.muli %v663, %v1 : i64
            %v665 = arith.addi %v664, %v68 : i64
            %v666 = llvm.getelementptr %scratch_h[%v665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v659, %v666 : f32, !llvm.ptr
          }
          llvm.store %v659, %v21 : f32, !llvm.ptr
          %v667 = arith.muli %v63, %v631 : i64
          %v668 = arith.constant 1 : i64
          %v669 = arith.muli %v668, %v2 : i64
          %v670 = arith.addi %v667, %v669 : i64
          %v671 = llvm.getelementptr %in_A_log[%v670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v672 = llvm.load %v671 : !llvm.ptr -> f32
          %v673 = arith.mulf %v672, %v628 : f32
          %v674 = llvm.call_intrinsic "llvm.exp2.f32"(%v673) : (f32) -> f32
          %v675 = arith.negf %v674 : f32
          %v676 = arith.mulf %v630, %v675 : f32
          %v677 = arith.mulf %v676, %v628 : f32
          %v678 = llvm.call_intrinsic "llvm.exp2.f32"(%v677) : (f32) -> f32
          %v679 = arith.subf %v678, %v396 : f32
          %v680 = arith.divf %v679, %v675 : f32
          %v681 = arith.muli %v63, %v631 : i64
          %v682 = arith.constant 1 : i64
          %v683 = arith.muli %v682, %v2 : i64
          %v684 = arith.addi %v681, %v683 : i64
          %v685 = llvm.getelementptr %in_Bp[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v686 = llvm.load %v685 : !llvm.ptr -> f32
          %v687 = arith.mulf %v680, %v686 : f32
          %v688 = arith.mulf %v687, %v655 : f32
          %v689 = llvm.load %v22 : !llvm.ptr -> f32
          %v690 = arith.mulf %v678, %v689 : f32
          %v691 = arith.addf %v690, %v688 : f32
          scf.if %v60 {
            %v692 = arith.muli %v623, %v4 : i64
            %v693 = arith.subi %v4, %v2 : i64
            %v694 = arith.minsi %v59, %v693 : i64
            %v695 = arith.addi %v692, %v694 : i64
            %v696 = arith.muli %v695, %v1 : i64
            %v697 = arith.addi %v696, %v2 : i64
            %v698 = llvm.getelementptr %scratch_h[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v691, %v698 : f32, !llvm.ptr
          }
          llvm.store %v691, %v22 : f32, !llvm.ptr
          %v699 = arith.muli %v63, %v631 : i64
          %v700 = arith.constant 2 : i64
          %v701 = arith.muli %v700, %v2 : i64
          %v702 = arith.addi %v699, %v701 : i64
          %v703 = llvm.getelementptr %in_A_log[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v704 = llvm.load %v703 : !llvm.ptr -> f32
          %v705 = arith.mulf %v704, %v628 : f32
          %v706 = llvm.call_intrinsic "llvm.exp2.f32"(%v705) : (f32) -> f32
          %v707 = arith.negf %v706 : f32
          %v708 = arith.mulf %v630, %v707 : f32
          %v709 = arith.mulf %v708, %v628 : f32
          %v710 = llvm.call_intrinsic "llvm.exp2.f32"(%v709) : (f32) -> f32
          %v711 = arith.subf %v710, %v396 : f32
          %v712 = arith.divf %v711, %v707 : f32
          %v713 = arith.muli %v63, %v631 : i64
          %v714 = arith.constant 2 : i64
          %v715 = arith.muli %v714, %v2 : i64
          %v716 = arith.addi %v713, %v715 : i64
          %v717 = llvm.getelementptr %in_Bp[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v718 = llvm.load %v717 : !llvm.ptr -> f32
          %v719 = arith.mulf %v712, %v718 : f32
          %v720 = arith.mulf %v719, %v655 : f32
          %v721 = llvm.load %v23 : !llvm.ptr -> f32
          %v722 = arith.mulf %v710, %v721 : f32
          %v723 = arith.addf %v722, %v720 : f32
          scf.if %v60 {
            %v724 = arith.muli %v623, %v4 : i64
            %v725 = arith.subi %v4, %v2 : i64
            %v726 = arith.minsi %v59, %v725 : i64
            %v727 = arith.addi %v724, %v726 : i64
            %v728 = arith.muli %v727, %v1 : i64
            %v730 = arith.addi %v728, %v729 : i64
            %v731 = llvm.getelementptr %scratch_h[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v723, %v731 : f32, !llvm.ptr
          }
          llvm.store %v723, %v23 : f32, !llvm.ptr
          %v732 = arith.muli %v63, %v631 : i64
          %v733 = arith.constant 3 : i64
          %v734 = arith.muli %v733, %v2 : i64
          %v735 = arith.addi %v732, %v734 : i64
          %v736 = llvm.getelementptr %in_A_log[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v737 = llvm.load %v736 : !llvm.ptr -> f32
          %v738 = arith.mulf %v737, %v628 : f32
          %v739 = llvm.call_intrinsic "llvm.exp2.f32"(%v738) : (f32) -> f32
          %v740 = arith.negf %v739 : f32
          %v741 = arith.mulf %v630, %v740 : f32
          %v742 = arith.mulf %v741, %v628 : f32
          %v743 = llvm.call_intrinsic "llvm.exp2.f32"(%v742) : (f32) -> f32
          %v744 = arith.subf %v743, %v396 : f32
          %v745 = arith.divf %v744, %v740 : f32
          %v746 = arith.muli %v63, %v631 : i64
          %v747 = arith.constant 3 : i64
          %v748 = arith.muli %v747, %v2 : i64
          %v749 = arith.addi %v746, %v748 : i64
          %v750 = llvm.getelementptr %in_Bp[%v749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v751 = llvm.load %v750 : !llvm.ptr -> f32
          %v752 = arith.mulf %v745, %v751 : f32
          %v753 = arith.mulf %v752, %v655 : f32
          %v754 = llvm.load %v24 : !llvm.ptr -> f32
          %v755 = arith.mulf %v743, %v754 : f32
          %v756 = arith.addf %v755, %v753 : f32
          scf.if %v60 {
            %v757 = arith.muli %v623, %v4 : i64
            %v758 = arith.subi %v4, %v2 : i64
            %v759 = arith.minsi %v59, %v758 : i64
            %v760 = arith.addi %v757, %v759 : i64
            %v761 = arith.muli %v760, %v1 : i64
            %v763 = arith.addi %v761, %v762 : i64
            %v764 = llvm.getelementptr %scratch_h[%v763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v756, %v764 : f32, !llvm.ptr
          }
          llvm.store %v756, %v24 : f32, !llvm.ptr
          %v765 = arith.muli %v63, %v631 : i64
          %v766 = arith.constant 4 : i64
          %v767 = arith.muli %v766, %v2 : i64
          %v768 = arith.addi %v765, %v767 : i64
          %v769 = llvm.getelementptr %in_A_log[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v770 = llvm.load %v769 : !llvm.ptr -> f32
          %v771 = arith.mulf %v770, %v628 : f32
          %v772 = llvm.call_intrinsic "llvm.exp2.f32"(%v771) : (f32) -> f32
          %v773 = arith.negf %v772 : f32
          %v774 = arith.mulf %v630, %v773 : f32
          %v775 = arith.mulf %v774, %v628 : f32
          %v776 = llvm.call_intrinsic "llvm.exp2.f32"(%v775) : (f32) -> f32
          %v777 = arith.subf %v776, %v396 : f32
          %v778 = arith.divf %v777, %v773 : f32
          %v779 = arith.muli %v63, %v631 : i64
          %v780 = arith.constant 4 : i64
          %v781 = arith.muli %v780, %v2 : i64
          %v782 = arith.addi %v779, %v781 : i64
          %v783 = llvm.getelementptr %in_Bp[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v784 = llvm.load %v783 : !llvm.ptr -> f32
          %v785 = arith.mulf %v778, %v784 : f32
          %v786 = arith.mulf %v785, %v655 : f32
          %v787 = llvm.load %v25 : !llvm.ptr -> f32
          %v788 = arith.mulf %v776, %v787 : f32
          %v789 = arith.addf %v788, %v786 : f32
          scf.if %v60 {
            %v790 = arith.muli %v623, %v4 : i64
            %v791 = arith.subi %v4, %v2 : i64
            %v792 = arith.minsi %v59, %v791 : i64
            %v793 = arith.addi %v790, %v792 : i64
            %v794 = arith.muli %v793, %v1 : i64
            %v796 = arith.addi %v794, %v795 : i64
            %v797 = llvm.getelementptr %scratch_h[%v796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v789, %v797 : f32, !llvm.ptr
          }
          llvm.store %v789, %v25 : f32, !llvm.ptr
          %v798 = arith.muli %v63, %v631 : i64
          %v799 = arith.constant 5 : i64
          %v800 = arith.muli %v799, %v2 : i64
          %v801 = arith.addi %v798, %v800 : i64
          %v802 = llvm.getelementptr %in_A_log[%v801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v803 = llvm.load %v802 : !llvm.ptr -> f32
          %v804 = arith.mulf %v803, %v628 : f32
          %v805 = llvm.call_intrinsic "llvm.exp2.f32"(%v804) : (f32) -> f32
          %v806 = arith.negf %v805 : f32
          %v807 = arith.mulf %v630, %v806 : f32
          %v808 = arith.mulf %v807, %v628 : f32
          %v809 = llvm.call_intrinsic "llvm.exp2.f32"(%v808) : (f32) -> f32
          %v810 = arith.subf %v809, %v396 : f32
          %v811 = arith.divf %v810, %v806 : f32
          %v812 = arith.muli %v63, %v631 : i64
          %v813 = arith.constant 5 : i64
          %v814 = arith.muli %v813, %v2 : i64
          %v815 = arith.addi %v812, %v814 : i64
          %v816 = llvm.getelementptr %in_Bp[%v815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v817 = llvm.load %v816 : !llvm.ptr -> f32
          %v818 = arith.mulf %v811, %v817 : f32
          %v819 = arith.mulf %v818, %v655 : f32
          %v820 = llvm.load %v26 : !llvm.ptr -> f32
          %v821 = arith.mulf %v809, %v820 : f32
          %v822 = arith.addf %v821, %v819 : f32
          scf.if %v60 {
            %v823 = arith.muli %v623, %v4 : i64
            %v824 = arith.subi %v4, %v2 : i64
            %v825 = arith.minsi %v59, %v824 : i64
            %v826 = arith.addi %v823, %v825 : i64
            %v827 = arith.muli %v826, %v1 : i64
            %v829 = arith.addi %v827, %v828 : i64
            %v830 = llvm.getelementptr %scratch_h[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v822, %v830 : f32, !llvm.ptr
          }
          llvm.store %v822, %v26 : f32, !llvm.ptr
          %v831 = arith.muli %v63, %v631 : i64
          %v832 = arith.constant 6 : i64
          %v833 = arith.muli %v832, %v2 : i64
          %v834 = arith.addi %v831, %v833 : i64
          %v835 = llvm.getelementptr %in_A_log[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v836 = llvm.load %v835 : !llvm.ptr -> f32
          %v837 = arith.mulf %v836, %v628 : f32
          %v838 = llvm.call_intrinsic "llvm.exp2.f32"(%v837) : (f32) -> f32
          %v839 = arith.negf %v838 : f32
          %v840 = arith.mulf %v630, %v839 : f32
          %v841 = arith.mulf %v840, %v628 : f32
          %v842 = llvm.call_intrinsic "llvm.exp2.f32"(%v841) : (f32) -> f32
          %v843 = arith.subf %v842, %v396 : f32
          %v844 = arith.divf %v843, %v839 : f32
          %v845 = arith.muli %v63, %v631 : i64
          %v846 = arith.constant 6 : i64
          %v847 = arith.muli %v846, %v2 : i64
          %v848 = arith.addi %v845, %v847 : i64
          %v849 = llvm.getelementptr %in_Bp[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v850 = llvm.load %v849 : !llvm.ptr -> f32
          %v851 = arith.mulf %v844, %v850 : f32
          %v852 = arith.mulf %v851, %v655 : f32
          %v853 = llvm.load %v27 : !llvm.ptr -> f32
          %v854 = arith.mulf %v842, %v853 : f32
          %v855 = arith.addf %v854, %v852 : f32
          scf.if %v60 {
            %v856 = arith.muli %v623, %v4 : i64
            %v857 = arith.subi %v4, %v2 : i64
            %v858 = arith.minsi %v59, %v857 : i64
            %v859 = arith.addi %v856, %v858 : i64
            %v860 = arith.muli %v859, %v1 : i64
            %v862 = arith.addi %v860, %v861 : i64
            %v863 = llvm.getelementptr %scratch_h[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v855, %v863 : f32, !llvm.ptr
          }
          llvm.store %v855, %v27 : f32, !llvm.ptr
          %v864 = arith.muli %v63, %v631 : i64
          %v865 = arith.constant 7 : i64
          %v866 = arith.muli %v865, %v2 : i64
          %v867 = arith.addi %v864, %v866 : i64
          %v868 = llvm.getelementptr %in_A_log[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v869 = llvm.load %v868 : !llvm.ptr -> f32
          %v870 = arith.mulf %v869, %v628 : f32
          %v871 = llvm.call_intrinsic "llvm.exp2.f32"(%v870) : (f32) -> f32
          %v872 = arith.negf %v871 : f32
          %v873 = arith.mulf %v630, %v872 : f32
          %v874 = arith.mulf %v873, %v628 : f32
          %v875 = llvm.call_intrinsic "llvm.exp2.f32"(%v874) : (f32) -> f32
          %v876 = arith.subf %v875, %v396 : f32
          %v877 = arith.divf %v876, %v872 : f32
          %v878 = arith.muli %v63, %v631 : i64
          %v879 = arith.constant 7 : i64
          %v880 = arith.muli %v879, %v2 : i64
          %v881 = arith.addi %v878, %v880 : i64
          %v882 = llvm.getelementptr %in_Bp[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v883 = llvm.load %v882 : !llvm.ptr -> f32
          %v884 = arith.mulf %v877, %v883 : f32
          %v885 = arith.mulf %v884, %v655 : f32
          %v886 = llvm.load %v28 : !llvm.ptr -> f32
          %v887 = arith.mulf %v875, %v886 : f32
          %v888 = arith.addf %v887, %v885 : f32
          scf.if %v60 {
            %v889 = arith.muli %v623, %v4 : i64
            %v890 = arith.subi %v4, %v2 : i64
            %v891 = arith.minsi %v59, %v890 : i64
            %v892 = arith.addi %v889, %v891 : i64
            %v893 = arith.muli %v892, %v1 : i64
            %v895 = arith.addi %v893, %v894 : i64
            %v896 = llvm.getelementptr %scratch_h[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v888, %v896 : f32, !llvm.ptr
          }
          llvm.store %v888, %v28 : f32, !llvm.ptr
          %v897 = arith.muli %v63, %v631 : i64
          %v898 = arith.constant 8 : i64
          %v899 = arith.muli %v898, %v2 : i64
          %v900 = arith.addi %v897, %v899 : i64
          %v901 = llvm.getelementptr %in_A_log[%v900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v902 = llvm.load %v901 : !llvm.ptr -> f32
          %v903 = arith.mulf %v902, %v628 : f32
          %v904 = llvm.call_intrinsic "llvm.exp2.f32"(%v903) : (f32) -> f32
          %v905 = arith.negf %v904 : f32
          %v906 = arith.mulf %v630, %v905 : f32
          %v907 = arith.mulf %v906, %v628 : f32
          %v908 = llvm.call_intrinsic "llvm.exp2.f32"(%v907) : (f32) -> f32
          %v909 = arith.subf %v908, %v396 : f32
          %v910 = arith.divf %v909, %v905 : f32
          %v911 = arith.muli %v63, %v631 : i64
          %v912 = arith.constant 8 : i64
          %v913 = arith.muli %v912, %v2 : i64
          %v914 = arith.addi %v911, %v913 : i64
          %v915 = llvm.getelementptr %in_Bp[%v914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v916 = llvm.load %v915 : !llvm.ptr -> f32
          %v917 = arith.mulf %v910, %v916 : f32
          %v918 = arith.mulf %v917, %v655 : f32
          %v919 = llvm.load %v29 : !llvm.ptr -> f32
          %v920 = arith.mulf %v908, %v919 : f32
          %v921 = arith.addf %v920, %v918 : f32
          scf.if %v60 {
            %v922 = arith.muli %v623, %v4 : i64
            %v923 = arith.subi %v4, %v2 : i64
            %v924 = arith.minsi %v59, %v923 : i64
            %v925 = arith.addi %v922, %v924 : i64
            %v926 = arith.muli %v925, %v1 : i64
            %v928 = arith.addi %v926, %v927 : i64
            %v929 = llvm.getelementptr %scratch_h[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v921, %v929 : f32, !llvm.ptr
          }
          llvm.store %v921, %v29 : f32, !llvm.ptr
          %v930 = arith.muli %v63, %v631 : i64
          %v931 = arith.constant 9 : i64
          %v932 = arith.muli %v931, %v2 : i64
          %v933 = arith.addi %v930, %v932 : i64
          %v934 = llvm.getelementptr %in_A_log[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v935 = llvm.load %v934 : !llvm.ptr -> f32
          %v936 = arith.mulf %v935, %v628 : f32
          %v937 = llvm.call_intrinsic "llvm.exp2.f32"(%v936) : (f32) -> f32
          %v938 = arith.negf %v937 : f32
          %v939 = arith.mulf %v630, %v938 : f32
          %v940 = arith.mulf %v939, %v628 : f32
          %v941 = llvm.call_intrinsic "llvm.exp2.f32"(%v940) : (f32) -> f32
          %v942 = arith.subf %v941, %v396 : f32
          %v943 = arith.divf %v942, %v938 : f32
          %v944 = arith.muli %v63, %v631 : i64
          %v945 = arith.constant 9 : i64
          %v946 = arith.muli %v945, %v2 : i64
          %v947 = arith.addi %v944, %v946 : i64
          %v948 = llvm.getelementptr %in_Bp[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v949 = llvm.load %v948 : !llvm.ptr -> f32
          %v950 = arith.mulf %v943, %v949 : f32
          %v951 = arith.mulf %v950, %v655 : f32
          %v952 = llvm.load %v30 : !llvm.ptr -> f32
          %v953 = arith.mulf %v941, %v952 : f32
          %v954 = arith.addf %v953, %v951 : f32
          scf.if %v60 {
            %v955 = arith.muli %v623, %v4 : i64
            %v956 = arith.subi %v4, %v2 : i64
            %v957 = arith.minsi %v59, %v956 : i64
            %v958 = arith.addi %v955, %v957 : i64
            %v959 = arith.muli %v958, %v1 : i64
            %v961 = arith.addi %v959, %v960 : i64
            %v962 = llvm.getelementptr %scratch_h[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v954, %v962 : f32, !llvm.ptr
          }
          llvm.store %v954, %v30 : f32, !llvm.ptr
          %v963 = arith.muli %v63, %v631 : i64
          %v964 = arith.constant 10 : i64
          %v965 = arith.muli %v964, %v2 : i64
          %v966 = arith.addi %v963, %v965 : i64
          %v967 = llvm.getelementptr %in_A_log[%v966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v968 = llvm.load %v967 : !llvm.ptr -> f32
          %v969 = arith.mulf %v968, %v628 : f32
          %v970 = llvm.call_intrinsic "llvm.exp2.f32"(%v969) : (f32) -> f32
          %v971 = arith.negf %v970 : f32
          %v972 = arith.mulf %v630, %v971 : f32
          %v973 = arith.mulf %v972, %v628 : f32
          %v974 = llvm.call_intrinsic "llvm.exp2.f32"(%v973) : (f32) -> f32
          %v975 = arith.subf %v974, %v396 : f32
          %v976 = arith.divf %v975, %v971 : f32
          %v977 = arith.muli %v63, %v631 : i64
          %v978 = arith.constant 10 : i64
          %v979 = arith.muli %v978, %v2 : i64
          %v980 = arith.addi %v977, %v979 : i64
          %v981 = llvm.getelementptr %in_Bp[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v982 = llvm.load %v981 : !llvm.ptr -> f32
          %v983 = arith.mulf %v976, %v982 : f32
          %v984 = arith.mulf %v983, %v655 : f32
          %v985 = llvm.load %v31 : !llvm.ptr -> f32
          %v986 = arith.mulf %v974, %v985 : f32
          %v987 = arith.addf %v986, %v984 : f32
          scf.if %v60 {
            %v988 = arith.muli %v623, %v4 : i64
            %v989 = arith.subi %v4, %v2 : i64
            %v990 = arith.minsi %v59, %v989 : i64
            %v991 = arith.addi %v988, %v990 : i64
            %v992 = arith.muli %v991, %v1 : i64
            %v994 = arith.addi %v992, %v993 : i64
            %v995 = llvm.getelementptr %scratch_h[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v987, %v995 : f32, !llvm.ptr
          }
          llvm.store %v987, %v31 : f32, !llvm.ptr
          %v996 = arith.muli %v63, %v631 : i64
          %v997 = arith.constant 11 : i64
          %v998 = arith.muli %v997, %v2 : i64
          %v999 = arith.addi %v996, %v998 : i64
          %v1000 = llvm.getelementptr %in_A_log[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
          %v1002 = arith.mulf %v1001, %v628 : f32
          %v1003 = llvm.call_intrinsic "llvm.exp2.f32"(%v1002) : (f32) -> f32
          %v1004 = arith.negf %v1003 : f32
          %v1005 = arith.mulf %v630, %v1004 : f32
          %v1006 = arith.mulf %v1005, %v628 : f32
          %v1007 = llvm.call_intrinsic "llvm.exp2.f32"(%v1006) : (f32) -> f32
          %v1008 = arith.subf %v1007, %v396 : f32
          %v1009 = arith.divf %v1008, %v1004 : f32
          %v1010 = arith.muli %v63, %v631 : i64
          %v1011 = arith.constant 11 : i64
          %v1012 = arith.muli %v1011, %v2 : i64
          %v1013 = arith.addi %v1010, %v1012 : i64
          %v1014 = llvm.getelementptr %in_Bp[%v1013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1015 = llvm.load %v1014 : !llvm.ptr -> f32
          %v1016 = arith.mulf %v1009, %v1015 : f32
          %v1017 = arith.mulf %v1016, %v655 : f32
          %v1018 = llvm.load %v32 : !llvm.ptr -> f32
          %v1019 = arith.mulf %v1007, %v1018 : f32
          %v1020 = arith.addf %v1019, %v1017 : f32
          scf.if %v60 {
            %v1021 = arith.muli %v623, %v4 : i64
            %v1022 = arith.subi %v4, %v2 : i64
            %v1023 = arith.minsi %v59, %v1022 : i64
            %v1024 = arith.addi %v1021, %v1023 : i64
            %v1025 = arith.muli %v1024, %v1 : i64
            %v1027 = arith.addi %v1025, %v1026 : i64
            %v1028 = llvm.getelementptr %scratch_h[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1020, %v1028 : f32, !llvm.ptr
          }
          llvm.store %v1020, %v32 : f32, !llvm.ptr
          %v1029 = arith.muli %v63, %v631 : i64
          %v1030 = arith.constant 12 : i64
          %v1031 = arith.muli %v1030, %v2 : i64
          %v1032 = arith.addi %v1029, %v1031 : i64
          %v1033 = llvm.getelementptr %in_A_log[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
          %v1035 = arith.mulf %v1034, %v628 : f32
          %v1036 = llvm.call_intrinsic "llvm.exp2.f32"(%v1035) : (f32) -> f32
          %v1037 = arith.negf %v1036 : f32
          %v1038 = arith.mulf %v630, %v1037 : f32
          %v1039 = arith.mulf %v1038, %v628 : f32
          %v1040 = llvm.call_intrinsic "llvm.exp2.f32"(%v1039) : (f32) -> f32
          %v1041 = arith.subf %v1040, %v396 : f32
          %v1042 = arith.divf %v1041, %v1037 : f32
          %v1043 = arith.muli %v63, %v631 : i64
          %v1044 = arith.constant 12 : i64
          %v1045 = arith.muli %v1044, %v2 : i64
          %v1046 = arith.addi %v1043, %v1045 : i64
          %v1047 = llvm.getelementptr %in_Bp[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
          %v1049 = arith.mulf %v1042, %v1048 : f32
          %v1050 = arith.mulf %v1049, %v655 : f32
          %v1051 = llvm.load %v33 : !llvm.ptr -> f32
          %v1052 = arith.mulf %v1040, %v1051 : f32
          %v1053 = arith.addf %v1052, %v1050 : f32
          scf.if %v60 {
            %v1054 = arith.muli %v623, %v4 : i64
            %v1055 = arith.subi %v4, %v2 : i64
            %v1056 = arith.minsi %v59, %v1055 : i64
            %v1057 = arith.addi %v1054, %v1056 : i64
            %v1058 = arith.muli %v1057, %v1 : i64
            %v1060 = arith.addi %v1058, %v1059 : i64
            %v1061 = llvm.getelementptr %scratch_h[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1053, %v1061 : f32, !llvm.ptr
          }
          llvm.store %v1053, %v33 : f32, !llvm.ptr
          %v1062 = arith.muli %v63, %v631 : i64
          %v1063 = arith.constant 13 : i64
          %v1064 = arith.muli %v1063, %v2 : i64
          %v1065 = arith.addi %v1062, %v1064 : i64
          %v1066 = llvm.getelementptr %in_A_log[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
          %v1068 = arith.mulf %v1067, %v628 : f32
          %v1069 = llvm.call_intrinsic "llvm.exp2.f32"(%v1068) : (f32) -> f32
          %v1070 = arith.negf %v1069 : f32
          %v1071 = arith.mulf %v630, %v1070 : f32
          %v1072 = arith.mulf %v1071, %v628 : f32
          %v1073 = llvm.call_intrinsic "llvm.exp2.f32"(%v1072) : (f32) -> f32
          %v1074 = arith.subf %v1073, %v396 : f32
          %v1075 = arith.divf %v1074, %v1070 : f32
          %v1076 = arith.muli %v63, %v631 : i64
          %v1077 = arith.constant 13 : i64
          %v1078 = arith.muli %v1077, %v2 : i64
          %v1079 = arith.addi %v1076, %v1078 : i64
          %v1080 = llvm.getelementptr %in_Bp[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1081 = llvm.load %v1080 : !llvm.ptr -> f32
          %v1082 = arith.mulf %v1075, %v1081 : f32
          %v1083 = arith.mulf %v1082, %v655 : f32
          %v1084 = llvm.load %v34 : !llvm.ptr -> f32
          %v1085 = arith.mulf %v1073, %v1084 : f32
          %v1086 = arith.addf %v1085, %v1083 : f32
          scf.if %v60 {
            %v1087 = arith.muli %v623, %v4 : i64
            %v1088 = arith.subi %v4, %v2 : i64
            %v1089 = arith.minsi %v59, %v1088 : i64
            %v1090 = arith.addi %v1087, %v1089 : i64
            %v1091 = arith.muli %v1090, %v1 : i64
            %v1093 = arith.addi %v1091, %v1092 : i64
            %v1094 = llvm.getelementptr %scratch_h[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1086, %v1094 : f32, !llvm.ptr
          }
          llvm.store %v1086, %v34 : f32, !llvm.ptr
          %v1095 = arith.muli %v63, %v631 : i64
          %v1096 = arith.constant 14 : i64
          %v1097 = arith.muli %v1096, %v2 : i64
          %v1098 = arith.addi %v1095, %v1097 : i64
          %v1099 = llvm.getelementptr %in_A_log[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1100 = llvm.load %v1099 : !llvm.ptr -> f32
          %v1101 = arith.mulf %v1100, %v628 : f32
          %v1102 = llvm.call_intrinsic "llvm.exp2.f32"(%v1101) : (f32) -> f32
          %v1103 = arith.negf %v1102 : f32
          %v1104 = arith.mulf %v630, %v1103 : f32
          %v1105 = arith.mulf %v1104, %v628 : f32
          %v1106 = llvm.call_intrinsic "llvm.exp2.f32"(%v1105) : (f32) -> f32
          %v1107 = arith.subf %v1106, %v396 : f32
          %v1108 = arith.divf %v1107, %v1103 : f32
          %v1109 = arith.muli %v63, %v631 : i64
          %v1110 = arith.constant 14 : i64
          %v1111 = arith.muli %v1110, %v2 : i64
          %v1112 = arith.addi %v1109, %v1111 : i64
          %v1113 = llvm.getelementptr %in_Bp[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1114 = llvm.load %v1113 : !llvm.ptr -> f32
          %v1115 = arith.mulf %v1108, %v1114 : f32
          %v1116 = arith.mulf %v1115, %v655 : f32
          %v1117 = llvm.load %v35 : !llvm.ptr -> f32
          %v1118 = arith.mulf %v1106, %v1117 : f32
          %v1119 = arith.addf %v1118, %v1116 : f32
          scf.if %v60 {
            %v1120 = arith.muli %v623, %v4 : i64
            %v1121 = arith.subi %v4, %v2 : i64
            %v1122 = arith.minsi %v59, %v1121 : i64
            %v1123 = arith.addi %v1120, %v1122 : i64
            %v1124 = arith.muli %v1123, %v1 : i64
            %v1126 = arith.addi %v1124, %v1125 : i64
            %v1127 = llvm.getelementptr %scratch_h[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1119, %v1127 : f32, !llvm.ptr
          }
          llvm.store %v1119, %v35 : f32, !llvm.ptr
          %v1128 = arith.muli %v63, %v631 : i64
          %v1129 = arith.constant 15 : i64
          %v1130 = arith.muli %v1129, %v2 : i64
          %v1131 = arith.addi %v1128, %v1130 : i64
          %v1132 = llvm.getelementptr %in_A_log[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
          %v1134 = arith.mulf %v1133, %v628 : f32
          %v1135 = llvm.call_intrinsic "llvm.exp2.f32"(%v1134) : (f32) -> f32
          %v1136 = arith.negf %v1135 : f32
          %v1137 = arith.mulf %v630, %v1136 : f32
          %v1138 = arith.mulf %v1137, %v628 : f32
          %v1139 = llvm.call_intrinsic "llvm.exp2.f32"(%v1138) : (f32) -> f32
          %v1140 = arith.subf %v1139, %v396 : f32
          %v1141 = arith.divf %v1140, %v1136 : f32
          %v1142 = arith.muli %v63, %v631 : i64
          %v1143 = arith.constant 15 : i64
          %v1144 = arith.muli %v1143, %v2 : i64
          %v1145 = arith.addi %v1142, %v1144 : i64
          %v1146 = llvm.getelementptr %in_Bp[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
          %v1148 = arith.mulf %v1141, %v1147 : f32
          %v1149 = arith.mulf %v1148, %v655 : f32
          %v1150 = llvm.load %v36 : !llvm.ptr -> f32
          %v1151 = arith.mulf %v1139, %v1150 : f32
          %v1152 = arith.addf %v1151, %v1149 : f32
          scf.if %v60 {
            %v1153 = arith.muli %v623, %v4 : i64
            %v1154 = arith.subi %v4, %v2 : i64
            %v1155 = arith.minsi %v59, %v1154 : i64
            %v1156 = arith.addi %v1153, %v1155 : i64
            %v1157 = arith.muli %v1156, %v1 : i64
            %v1159 = arith.addi %v1157, %v1158 : i64
            %v1160 = llvm.getelementptr %scratch_h[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1152, %v1160 : f32, !llvm.ptr
          }
          llvm.store %v1152, %v36 : f32, !llvm.ptr
        }
        %v1161 = arith.index_cast %v68 : i64 to index
        %v1162 = arith.index_cast %v411 : i64 to index
        %v1163 = arith.index_cast %v2 : i64 to index
        scf.for %v1164 = %v1161 to %v1162 step %v1163 {
          %v1165 = arith.index_cast %v1164 : index to i64
          %v1166 = arith.subi %v411, %v2 : i64
          %v1167 = arith.subi %v1166, %v1165 : i64
          %v1168 = arith.addi %v409, %v1167 : i64
          %v1169 = arith.cmpi eq, %v1167, %v68 : i64
          %v1170 = arith.subi %v1167, %v2 : i64
          %v1171 = arith.maxsi %v1170, %v68 : i64
          %v1172 = arith.muli %v63, %v631 : i64
          %v1173 = llvm.getelementptr %in_Cp[%v1172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
          %v1175 = arith.muli %v65, %v648 : i64
          %v1176 = arith.muli %v63, %v647 : i64
          %v1177 = arith.addi %v1175, %v1176 : i64
          %v1178 = arith.muli %v1168, %v2 : i64
          %v1179 = arith.addi %v1177, %v1178 : i64
          %v1180 = llvm.getelementptr %dy_y[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
          %v1182 = arith.mulf %v1174, %v1181 : f32
          %v1183 = llvm.load %v71 : !llvm.ptr -> f32
          %v1184 = llvm.load %v134 : !llvm.ptr -> f32
          %v1185 = arith.mulf %v1184, %v1183 : f32
          %v1186 = arith.addf %v1182, %v1185 : f32
          llvm.store %v1186, %v71 : f32, !llvm.ptr
          %v1187 = arith.muli %v63, %v631 : i64
          %v1188 = arith.constant 1 : i64
          %v1189 = arith.muli %v1188, %v2 : i64
          %v1190 = arith.addi %v1187, %v1189 : i64
          %v1191 = llvm.getelementptr %in_Cp[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
          %v1193 = arith.mulf %v1192, %v1181 : f32
          %v1194 = llvm.load %v74 : !llvm.ptr -> f32
          %v1195 = llvm.load %v138 : !llvm.ptr -> f32
          %v1196 = arith.mulf %v1195, %v1194 : f32
          %v1197 = arith.addf %v1193, %v1196 : f32
          llvm.store %v1197, %v74 : f32, !llvm.ptr
          %v1198 = arith.muli %v63, %v631 : i64
          %v1199 = arith.constant 2 : i64
          %v1200 = arith.muli %v1199, %v2 : i64
          %v1201 = arith.addi %v1198, %v1200 : i64
          %v1202 = llvm.getelementptr %in_Cp[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
          %v1204 = arith.mulf %v1203, %v1181 : f32
          %v1205 = llvm.load %v78 : !llvm.ptr -> f32
          %v1206 = llvm.load %v142 : !llvm.ptr -> f32
          %v1207 = arith.mulf %v1206, %v1205 : f32
          %v1208 = arith.addf %v1204, %v1207 : f32
          llvm.store %v1208, %v78 : f32, !llvm.ptr
          %v1209 = arith.muli %v63, %v631 : i64
          %v1210 = arith.constant 3 : i64
          %v1211 = arith.muli %v1210, %v2 : i64
          %v1212 = arith.addi %v1209, %v1211 : i64
          %v1213 = llvm.getelementptr %in_Cp[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
          %v1215 = arith.mulf %v1214, %v1181 : f32
          %v1216 = llvm.load %v82 : !llvm.ptr -> f32
          %v1217 = llvm.load %v146 : !llvm.ptr -> f32
          %v1218 = arith.mulf %v1217, %v1216 : f32
          %v1219 = arith.addf %v1215, %v1218 : f32
          llvm.store %v1219, %v82 : f32, !llvm.ptr
          %v1220 = arith.muli %v63, %v631 : i64
          %v1221 = arith.constant 4 : i64
          %v1222 = arith.muli %v1221, %v2 : i64
          %v1223 = arith.addi %v1220, %v1222 : i64
          %v1224 = llvm.getelementptr %in_Cp[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
          %v1226 = arith.mulf %v1225, %v1181 : f32
          %v1227 = llvm.load %v86 : !llvm.ptr -> f32
          %v1228 = llvm.load %v150 : !llvm.ptr -> f32
          %v1229 = arith.mulf %v1228, %v1227 : f32
          %v1230 = arith.addf %v1226, %v1229 : f32
          llvm.store %v1230, %v86 : f32, !llvm.ptr
          %v1231 = arith.muli %v63, %v631 : i64
          %v1232 = arith.constant 5 : i64
          %v1233 = arith.muli %v1232, %v2 : i64
          %v1234 = arith.addi %v1231, %v1233 : i64
          %v1235 = llvm.getelementptr %in_Cp[%v1234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1236 = llvm.load %v1235 : !llvm.ptr -> f32
          %v1237 = arith.mulf %v1236, %v1181 : f32
          %v1238 = llvm.load %v90 : !llvm.ptr -> f32
          %v1239 = llvm.load %v154 : !llvm.ptr -> f32
          %v1240 = arith.mulf %v1239, %v1238 : f32
          %v1241 = arith.addf %v1237, %v1240 : f32
          llvm.store %v1241, %v90 : f32, !llvm.ptr
          %v1242 = arith.muli %v63, %v631 : i64
          %v1243 = arith.constant 6 : i64
          %v1244 = arith.muli %v1243, %v2 : i64
          %v1245 = arith.addi %v1242, %v1244 : i64
          %v1246 = llvm.getelementptr %in_Cp[%v1245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1247 = llvm.load %v1246 : !llvm.ptr -> f32
          %v1248 = arith.mulf %v1247, %v1181 : f32
          %v1249 = llvm.load %v94 : !llvm.ptr -> f32
          %v1250 = llvm.load %v158 : !llvm.ptr -> f32
          %v1251 = arith.mulf %v1250, %v1249 : f32
          %v1252 = arith.addf %v1248, %v1251 : f32
          llvm.store %v1252, %v94 : f32, !llvm.ptr
          %v1253 = arith.muli %v63, %v631 : i64
          %v1254 = arith.constant 7 : i64
          %v1255 = arith.muli %v1254, %v2 : i64
          %v1256 = arith.addi %v1253, %v1255 : i64
          %v1257 = llvm.getelementptr %in_Cp[%v1256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1258 = llvm.load %v1257 : !llvm.ptr -> f32
          %v1259 = arith.mulf %v1258, %v1181 : f32
          %v1260 = llvm.load %v98 : !llvm.ptr -> f32
          %v1261 = llvm.load %v162 : !llvm.ptr -> f32
          %v1262 = arith.mulf %v1261, %v1260 : f32
          %v1263 = arith.addf %v1259, %v1262 : f32
          llvm.store %v1263, %v98 : f32, !llvm.ptr
          %v1264 = arith.muli %v63, %v631 : i64
          %v1265 = arith.constant 8 : i64
          %v1266 = arith.muli %v1265, %v2 : i64
          %v1267 = arith.addi %v1264, %v1266 : i64
          %v1268 = llvm.getelementptr %in_Cp[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
          %v1270 = arith.mulf %v1269, %v1181 : f32
          %v1271 = llvm.load %v102 : !llvm.ptr -> f32
          %v1272 = llvm.load %v166 : !llvm.ptr -> f32
          %v1273 = arith.mulf %v1272, %v1271 : f32
          %v1274 = arith.addf %v1270, %v1273 : f32
          llvm.store %v1274, %v102 : f32, !llvm.ptr
          %v1275 = arith.muli %v63, %v631 : i64
          %v1276 = arith.constant 9 : i64
          %v1277 = arith.muli %v1276, %v2 : i64
          %v1278 = arith.addi %v1275, %v1277 : i64
          %v1279 = llvm.getelementptr %in_Cp[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
          %v1281 = arith.mulf %v1280, %v1181 : f32
          %v1282 = llvm.load %v106 : !llvm.ptr -> f32
          %v1283 = llvm.load %v170 : !llvm.ptr -> f32
          %v1284 = arith.mulf %v1283, %v1282 : f32
          %v1285 = arith.addf %v1281, %v1284 : f32
          llvm.store %v1285, %v106 : f32, !llvm.ptr
          %v1286 = arith.muli %v63, %v631 : i64
          %v1287 = arith.constant 10 : i64
          %v1288 = arith.muli %v1287, %v2 : i64
          %v1289 = arith.addi %v1286, %v1288 : i64
          %v1290 = llvm.getelementptr %in_Cp[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
          %v1292 = arith.mulf %v1291, %v1181 : f32
          %v1293 = llvm.load %v110 : !llvm.ptr -> f32
          %v1294 = llvm.load %v174 : !llvm.ptr -> f32
          %v1295 = arith.mulf %v1294, %v1293 : f32
          %v1296 = arith.addf %v1292, %v1295 : f32
          llvm.store %v1296, %v110 : f32, !llvm.ptr
          %v1297 = arith.muli %v63, %v631 : i64
          %v1298 = arith.constant 11 : i64
          %v1299 = arith.muli %v1298, %v2 : i64
          %v1300 = arith.addi %v1297, %v1299 : i64
          %v1301 = llvm.getelementptr %in_Cp[%v1300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
          %v1303 = arith.mulf %v1302, %v1181 : f32
          %v1304 = llvm.load %v114 : !llvm.ptr -> f32
          %v1305 = llvm.load %v178 : !llvm.ptr -> f32
          %v1306 = arith.mulf %v1305, %v1304 : f32
          %v1307 = arith.addf %v1303, %v1306 : f32
          llvm.store %v1307, %v114 : f32, !llvm.ptr
          %v1308 = arith.muli %v63, %v631 : i64
          %v1309 = arith.constant 12 : i64
          %v1310 = arith.muli %v1309, %v2 : i64
          %v1311 = arith.addi %v1308, %v1310 : i64
          %v1312 = llvm.getelementptr %in_Cp[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
          %v1314 = arith.mulf %v1313, %v1181 : f32
          %v1315 = llvm.load %v118 : !llvm.ptr -> f32
          %v1316 = llvm.load %v182 : !llvm.ptr -> f32
          %v1317 = arith.mulf %v1316, %v1315 : f32
          %v1318 = arith.addf %v1314, %v1317 : f32
          llvm.store %v1318, %v118 : f32, !llvm.ptr
          %v1319 = arith.muli %v63, %v631 : i64
          %v1320 = arith.constant 13 : i64
          %v1321 = arith.muli %v1320, %v2 : i64
          %v1322 = arith.addi %v1319, %v1321 : i64
          %v1323 = llvm.getelementptr %in_Cp[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
          %v1325 = arith.mulf %v1324, %v1181 : f32
          %v1326 = llvm.load %v122 : !llvm.ptr -> f32
          %v1327 = llvm.load %v186 : !llvm.ptr -> f32
          %v1328 = arith.mulf %v1327, %v1326 : f32
          %v1329 = arith.addf %v1325, %v1328 : f32
          llvm.store %v1329, %v122 : f32, !llvm.ptr
          %v1330 = arith.muli %v63, %v631 : i64
          %v1331 = arith.constant 14 : i64
          %v1332 = arith.muli %v1331, %v2 : i64
          %v1333 = arith.addi %v1330, %v1332 : i64
          %v1334 = llvm.getelementptr %in_Cp[%v1333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1335 = llvm.load %v1334 : !llvm.ptr -> f32
          %v1336 = arith.mulf %v1335, %v1181 : f32
          %v1337 = llvm.load %v126 : !llvm.ptr -> f32
          %v1338 = llvm.load %v190 : !llvm.ptr -> f32
          %v1339 = arith.mulf %v1338, %v1337 : f32
          %v1340 = arith.addf %v1336, %v1339 : f32
          llvm.store %v1340, %v126 : f32, !llvm.ptr
          %v1341 = arith.muli %v63, %v631 : i64
          %v1342 = arith.constant 15 : i64
          %v1343 = arith.muli %v1342, %v2 : i64
          %v1344 = arith.addi %v1341, %v1343 : i64
          %v1345 = llvm.getelementptr %in_Cp[%v1344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1346 = llvm.load %v1345 : !llvm.ptr -> f32
          %v1347 = arith.mulf %v1346, %v1181 : f32
          %v1348 = llvm.load %v130 : !llvm.ptr -> f32
          %v1349 = llvm.load %v194 : !llvm.ptr -> f32
          %v1350 = arith.mulf %v1349, %v1348 : f32
          %v1351 = arith.addf %v1347, %v1350 : f32
          llvm.store %v1351, %v130 : f32, !llvm.ptr
          %v1352 = arith.cmpi eq, %v1168, %v400 : i64
          scf.if %v1352 {
          }
          %v1353 = arith.muli %v63, %v2 : i64
          %v1354 = llvm.getelementptr %in_Dskip[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
          %v1356 = arith.mulf %v1355, %v1181 : f32
          %v1357 = arith.muli %v63, %v2 : i64
          %v1358 = llvm.getelementptr %in_log_dt[%v1357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1359 = llvm.load %v1358 : !llvm.ptr -> f32
          %v1360 = arith.mulf %v1359, %v628 : f32
          %v1361 = llvm.call_intrinsic "llvm.exp2.f32"(%v1360) : (f32) -> f32
          %v1362 = arith.muli %v63, %v631 : i64
          %v1363 = llvm.getelementptr %in_A_log[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
          %v1365 = arith.mulf %v1364, %v628 : f32
          %v1366 = llvm.call_intrinsic "llvm.exp2.f32"(%v1365) : (f32) -> f32
          %v1367 = arith.negf %v1366 : f32
          %v1368 = arith.mulf %v1361, %v1367 : f32
          %v1369 = arith.mulf %v1368, %v628 : f32
          %v1370 = llvm.call_intrinsic "llvm.exp2.f32"(%v1369) : (f32) -> f32
          %v1371 = arith.subf %v1370, %v396 : f32
          %v1372 = arith.divf %v1371, %v1367 : f32
          %v1373 = arith.muli %v63, %v631 : i64
          %v1374 = llvm.getelementptr %in_Bp[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
          %v1376 = arith.mulf %v1372, %v1375 : f32
          %v1377 = llvm.load %v71 : !llvm.ptr -> f32
          %v1378 = arith.mulf %v1376, %v1377 : f32
          %v1379 = arith.muli %v63, %v631 : i64
          %v1380 = arith.constant 1 : i64
          %v1381 = arith.muli %v1380, %v2 : i64
          %v1382 = arith.addi %v1379, %v1381 : i64
          %v1383 = llvm.getelementptr %in_A_log[%v1382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1384 = llvm.load %v1383 : !llvm.ptr -> f32
          %v1385 = arith.mulf %v1384, %v628 : f32
          %v1386 = llvm.call_intrinsic "llvm.exp2.f32"(%v1385) : (f32) -> f32
          %v1387 = arith.negf %v1386 : f32
          %v1388 = arith.mulf %v1361, %v1387 : f32
          %v1389 = arith.mulf %v1388, %v628 : f32
          %v1390 = llvm.call_intrinsic "llvm.exp2.f32"(%v1389) : (f32) -> f32
          %v1391 = arith.subf %v1390, %v396 : f32
          %v1392 = arith.divf %v1391, %v1387 : f32
          %v1393 = arith.muli %v63, %v631 : i64
          %v1394 = arith.constant 1 : i64
          %v1395 = arith.muli %v1394, %v2 : i64
          %v1396 = arith.addi %v1393, %v1395 : i64
          %v1397 = llvm.getelementptr %in_Bp[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1398 = llvm.load %v1397 : !llvm.ptr -> f32
          %v1399 = arith.mulf %v1392, %v1398 : f32
          %v1400 = llvm.load %v74 : !llvm.ptr -> f32
          %v1401 = arith.mulf %v1399, %v1400 : f32
          %v1402 = arith.addf %v1378, %v1401 : f32
          %v1403 = arith.muli %v63, %v631 : i64
          %v1404 = arith.constant 2 : i64
          %v1405 = arith.muli %v1404, %v2 : i64
          %v1406 = arith.addi %v1403, %v1405 : i64
          %v1407 = llvm.getelementptr %in_A_log[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1408 = llvm.load %v1407 : !llvm.ptr -> f32
          %v1409 = arith.mulf %v1408, %v628 : f32
          %v1410 = llvm.call_intrinsic "llvm.exp2.f32"(%v1409) : (f32) -> f32
          %v1411 = arith.negf %v1410 : f32
          %v1412 = arith.mulf %v1361, %v1411 : f32
          %v1413 = arith.mulf %v1412, %v628 : f32
          %v1414 = llvm.call_intrinsic "llvm.exp2.f32"(%v1413) : (f32) -> f32
          %v1415 = arith.subf %v1414, %v396 : f32
          %v1416 = arith.divf %v1415, %v1411 : f32
          %v1417 = arith.muli %v63, %v631 : i64
          %v1418 = arith.constant 2 : i64
          %v1419 = arith.muli %v1418, %v2 : i64
          %v1420 = arith.addi %v1417, %v1419 : i64
          %v1421 = llvm.getelementptr %in_Bp[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
          %v1423 = arith.mulf %v1416, %v1422 : f32
          %v1424 = llvm.load %v78 : !llvm.ptr -> f32
          %v1425 = arith.mulf %v1423, %v1424 : f32
          %v1426 = arith.addf %v1402, %v1425 : f32
          %v1427 = arith.muli %v63, %v631 : i64
          %v1428 = arith.constant 3 : i64
          %v1429 = arith.muli %v1428, %v2 : i64
          %v1430 = arith.addi %v1427, %v1429 : i64
          %v1431 = llvm.getelementptr %in_A_log[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
          %v1433 = arith.mulf %v1432, %v628 : f32
          %v1434 = llvm.call_intrinsic "llvm.exp2.f32"(%v1433) : (f32) -> f32
          %v1435 = arith.negf %v1434 : f32
          %v1436 = arith.mulf %v1361, %v1435 : f32
          %v1437 = arith.mulf %v1436, %v628 : f32
          %v1438 = llvm.call_intrinsic "llvm.exp2.f32"(%v1437) : (f32) -> f32
          %v1439 = arith.subf %v1438, %v396 : f32
          %v1440 = arith.divf %v1439, %v1435 : f32
          %v1441 = arith.muli %v63, %v631 : i64
          %v1442 = arith.constant 3 : i64
          %v1443 = arith.muli %v1442, %v2 : i64
          %v1444 = arith.addi %v1441, %v1443 : i64
          %v1445 = llvm.getelementptr %in_Bp[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1446 = llvm.load %v1445 : !llvm.ptr -> f32
          %v1447 = arith.mulf %v1440, %v1446 : f32
          %v1448 = llvm.load %v82 : !llvm.ptr -> f32
          %v1449 = arith.mulf %v1447, %v1448 : f32
          %v1450 = arith.addf %v1426, %v1449 : f32
          %v1451 = arith.muli %v63, %v631 : i64
          %v1452 = arith.constant 4 : i64
          %v1453 = arith.muli %v1452, %v2 : i64
          %v1454 = arith.addi %v1451, %v1453 : i64
          %v1455 = llvm.getelementptr %in_A_log[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
          %v1457 = arith.mulf %v1456, %v628 : f32
          %v1458 = llvm.call_intrinsic "llvm.exp2.f32"(%v1457) : (f32) -> f32
          %v1459 = arith.negf %v1458 : f32
          %v1460 = arith.mulf %v1361, %v1459 : f32
          %v1461 = arith.mulf %v1460, %v628 : f32
          %v1462 = llvm.call_intrinsic "llvm.exp2.f32"(%v1461) : (f32) -> f32
          %v1463 = arith.subf %v1462, %v396 : f32
          %v1464 = arith.divf %v1463, %v1459 : f32
          %v1465 = arith.muli %v63, %v631 : i64
          %v1466 = arith.constant 4 : i64
          %v1467 = arith.muli %v1466, %v2 : i64
          %v1468 = arith.addi %v1465, %v1467 : i64
          %v1469 = llvm.getelementptr %in_Bp[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
          %v1471 = arith.mulf %v1464, %v1470 : f32
          %v1472 = llvm.load %v86 : !llvm.ptr -> f32
          %v1473 = arith.mulf %v1471, %v1472 : f32
          %v1474 = arith.addf %v1450, %v1473 : f32
          %v1475 = arith.muli %v63, %v631 : i64
          %v1476 = arith.constant 5 : i64
          %v1477 = arith.muli %v1476, %v2 : i64
          %v1478 = arith.addi %v1475, %v1477 : i64
          %v1479 = llvm.getelementptr %in_A_log[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
          %v1481 = arith.mulf %v1480, %v628 : f32
          %v1482 = llvm.call_intrinsic "llvm.exp2.f32"(%v1481) : (f32) -> f32
          %v1483 = arith.negf %v1482 : f32
          %v1484 = arith.mulf %v1361, %v1483 : f32
          %v1485 = arith.mulf %v1484, %v628 : f32
          %v1486 = llvm.call_intrinsic "llvm.exp2.f32"(%v1485) : (f32) -> f32
          %v1487 = arith.subf %v1486, %v396 : f32
          %v1488 = arith.divf %v1487, %v1483 : f32
          %v1489 = arith.muli %v63, %v631 : i64
          %v1490 = arith.constant 5 : i64
          %v1491 = arith.muli %v1490, %v2 : i64
          %v1492 = arith.addi %v1489, %v1491 : i64
          %v1493 = llvm.getelementptr %in_Bp[%v1492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
          %v1495 = arith.mulf %v1488, %v1494 : f32
          %v1496 = llvm.load %v90 : !llvm.ptr -> f32
          %v1497 = arith.mulf %v1495, %v1496 : f32
          %v1498 = arith.addf %v1474, %v1497 : f32
          %v1499 = arith.muli %v63, %v631 : i64
          %v1500 = arith.constant 6 : i64
          %v1501 = arith.muli %v1500, %v2 : i64
          %v1502 = arith.addi %v1499, %v1501 : i64
          %v1503 = llvm.getelementptr %in_A_log[%v1502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
          %v1505 = arith.mulf %v1504, %v628 : f32
          %v1506 = llvm.call_intrinsic "llvm.exp2.f32"(%v1505) : (f32) -> f32
          %v1507 = arith.negf %v1506 : f32
          %v1508 = arith.mulf %v1361, %v1507 : f32
          %v1509 = arith.mulf %v1508, %v628 : f32
          %v1510 = llvm.call_intrinsic "llvm.exp2.f32"(%v1509) : (f32) -> f32
          %v1511 = arith.subf %v1510, %v396 : f32
          %v1512 = arith.divf %v1511, %v1507 : f32
          %v1513 = arith.muli %v63, %v631 : i64
          %v1514 = arith.constant 6 : i64
          %v1515 = arith.muli %v1514, %v2 : i64
          %v1516 = arith.addi %v1513, %v1515 : i64
          %v1517 = llvm.getelementptr %in_Bp[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
          %v1519 = arith.mulf %v1512, %v1518 : f32
          %v1520 = llvm.load %v94 : !llvm.ptr -> f32
          %v1521 = arith.mulf %v1519, %v1520 : f32
          %v1522 = arith.addf %v1498, %v1521 : f32
          %v1523 = arith.muli %v63, %v631 : i64
          %v1524 = arith.constant 7 : i64
          %v1525 = arith.muli %v1524, %v2 : i64
          %v1526 = arith.addi %v1523, %v1525 : i64
          %v1527 = llvm.getelementptr %in_A_log[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
          %v1529 = arith.mulf %v1528, %v628 : f32
          %v1530 = llvm.call_intrinsic "llvm.exp2.f32"(%v1529) : (f32) -> f32
          %v1531 = arith.negf %v1530 : f32
          %v1532 = arith.mulf %v1361, %v1531 : f32
          %v1533 = arith.mulf %v1532, %v628 : f32
          %v1534 = llvm.call_intrinsic "llvm.exp2.f32"(%v1533) : (f32) -> f32
          %v1535 = arith.subf %v1534, %v396 : f32
          %v1536 = arith.divf %v1535, %v1531 : f32
          %v1537 = arith.muli %v63, %v631 : i64
          %v1538 = arith.constant 7 : i64
          %v1539 = arith.muli %v1538, %v2 : i64
          %v1540 = arith.addi %v1537, %v1539 : i64
          %v1541 = llvm.getelementptr %in_Bp[%v1540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
          %v1543 = arith.mulf %v1536, %v1542 : f32
          %v1544 = llvm.load %v98 : !llvm.ptr -> f32
          %v1545 = arith.mulf %v1543, %v1544 : f32
          %v1546 = arith.addf %v1522, %v1545 : f32
          %v1547 = arith.muli %v63, %v631 : i64
          %v1548 = arith.constant 8 : i64
          %v1549 = arith.muli %v1548, %v2 : i64
          %v1550 = arith.addi %v1547, %v1549 : i64
          %v1551 = llvm.getelementptr %in_A_log[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
          %v1553 = arith.mulf %v1552, %v628 : f32
          %v1554 = llvm.call_intrinsic "llvm.exp2.f32"(%v1553) : (f32) -> f32
          %v1555 = arith.negf %v1554 : f32
          %v1556 = arith.mulf %v1361, %v1555 : f32
          %v1557 = arith.mulf %v1556, %v628 : f32
          %v1558 = llvm.call_intrinsic "llvm.exp2.f32"(%v1557) : (f32) -> f32
          %v1559 = arith.subf %v1558, %v396 : f32
          %v1560 = arith.divf %v1559, %v1555 : f32
          %v1561 = arith.muli %v63, %v631 : i64
          %v1562 = arith.constant 8 : i64
          %v1563 = arith.muli %v1562, %v2 : i64
          %v1564 = arith.addi %v1561, %v1563 : i64
          %v1565 = llvm.getelementptr %in_Bp[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
          %v1567 = arith.mulf %v1560, %v1566 : f32
          %v1568 = llvm.load %v102 : !llvm.ptr -> f32
          %v1569 = arith.mulf %v1567, %v1568 : f32
          %v1570 = arith.addf %v1546, %v1569 : f32
          %v1571 = arith.muli %v63, %v631 : i64
          %v1572 = arith.constant 9 : i64
          %v1573 = arith.muli %v1572, %v2 : i64
          %v1574 = arith.addi %v1571, %v1573 : i64
          %v1575 = llvm.getelementptr %in_A_log[%v1574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
          %v1577 = arith.mulf %v1576, %v628 : f32
          %v1578 = llvm.call_intrinsic "llvm.exp2.f32"(%v1577) : (f32) -> f32
          %v1579 = arith.negf %v1578 : f32
          %v1580 = arith.mulf %v1361, %v1579 : f32
          %v1581 = arith.mulf %v1580, %v628 : f32
          %v1582 = llvm.call_intrinsic "llvm.exp2.f32"(%v1581) : (f32) -> f32
          %v1583 = arith.subf %v1582, %v396 : f32
          %v1584 = arith.divf %v1583, %v1579 : f32
          %v1585 = arith.muli %v63, %v631 : i64
          %v1586 = arith.constant 9 : i64
          %v1587 = arith.muli %v1586, %v2 : i64
          %v1588 = arith.addi %v1585, %v1587 : i64
          %v1589 = llvm.getelementptr %in_Bp[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1590 = llvm.load %v1589 : !llvm.ptr -> f32
          %v1591 = arith.mulf %v1584, %v1590 : f32
          %v1592 = llvm.load %v106 : !llvm.ptr -> f32
          %v1593 = arith.mulf %v1591, %v1592 : f32
          %v1594 = arith.addf %v1570, %v1593 : f32
          %v1595 = arith.muli %v63, %v631 : i64
          %v1596 = arith.constant 10 : i64
          %v1597 = arith.muli %v1596, %v2 : i64
          %v1598 = arith.addi %v1595, %v1597 : i64
          %v1599 = llvm.getelementptr %in_A_log[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1600 = llvm.load %v1599 : !llvm.ptr -> f32
          %v1601 = arith.mulf %v1600, %v628 : f32
          %v1602 = llvm.call_intrinsic "llvm.exp2.f32"(%v1601) : (f32) -> f32
          %v1603 = arith.negf %v1602 : f32
          %v1604 = arith.mulf %v1361, %v1603 : f32
          %v1605 = arith.mulf %v1604, %v628 : f32
          %v1606 = llvm.call_intrinsic "llvm.exp2.f32"(%v1605) : (f32) -> f32
          %v1607 = arith.subf %v1606, %v396 : f32
          %v1608 = arith.divf %v1607, %v1603 : f32
          %v1609 = arith.muli %v63, %v631 : i64
          %v1610 = arith.constant 10 : i64
          %v1611 = arith.muli %v1610, %v2 : i64
          %v1612 = arith.addi %v1609, %v1611 : i64
          %v1613 = llvm.getelementptr %in_Bp[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1614 = llvm.load %v1613 : !llvm.ptr -> f32
          %v1615 = arith.mulf %v1608, %v1614 : f32
          %v1616 = llvm.load %v110 : !llvm.ptr -> f32
          %v1617 = arith.mulf %v1615, %v1616 : f32
          %v1618 = arith.addf %v1594, %v1617 : f32
          %v1619 = arith.muli %v63, %v631 : i64
          %v1620 = arith.constant 11 : i64
          %v1621 = arith.muli %v1620, %v2 : i64
          %v1622 = arith.addi %v1619, %v1621 : i64
          %v1623 = llvm.getelementptr %in_A_log[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1624 = llvm.load %v1623 : !llvm.ptr -> f32
          %v1625 = arith.mulf %v1624, %v628 : f32
          %v1626 = llvm.call_intrinsic "llvm.exp2.f32"(%v1625) : (f32) -> f32
          %v1627 = arith.negf %v1626 : f32
          %v1628 = arith.mulf %v1361, %v1627 : f32
          %v1629 = arith.mulf %v1628, %v628 : f32
          %v1630 = llvm.call_intrinsic "llvm.exp2.f32"(%v1629) : (f32) -> f32
          %v1631 = arith.subf %v1630, %v396 : f32
          %v1632 = arith.divf %v1631, %v1627 : f32
          %v1633 = arith.muli %v63, %v631 : i64
          %v1634 = arith.constant 11 : i64
          %v1635 = arith.muli %v1634, %v2 : i64
          %v1636 = arith.addi %v1633, %v1635 : i64
          %v1637 = llvm.getelementptr %in_Bp[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
          %v1639 = arith.mulf %v1632, %v1638 : f32
          %v1640 = llvm.load %v114 : !llvm.ptr -> f32
          %v1641 = arith.mulf %v1639, %v1640 : f32
          %v1642 = arith.addf %v1618, %v1641 : f32
          %v1643 = arith.muli %v63, %v631 : i64
          %v1644 = arith.constant 12 : i64
          %v1645 = arith.muli %v1644, %v2 : i64
          %v1646 = arith.addi %v1643, %v1645 : i64
          %v1647 = llvm.getelementptr %in_A_log[%v1646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1648 = llvm.load %v1647 : !llvm.ptr -> f32
          %v1649 = arith.mulf %v1648, %v628 : f32
          %v1650 = llvm.call_intrinsic "llvm.exp2.f32"(%v1649) : (f32) -> f32
          %v1651 = arith.negf %v1650 : f32
          %v1652 = arith.mulf %v1361, %v1651 : f32
          %v1653 = arith.mulf %v1652, %v628 : f32
          %v1654 = llvm.call_intrinsic "llvm.exp2.f32"(%v1653) : (f32) -> f32
          %v1655 = arith.subf %v1654, %v396 : f32
          %v1656 = arith.divf %v1655, %v1651 : f32
          %v1657 = arith.muli %v63, %v631 : i64
          %v1658 = arith.constant 12 : i64
          %v1659 = arith.muli %v1658, %v2 : i64
          %v1660 = arith.addi %v1657, %v1659 : i64
          %v1661 = llvm.getelementptr %in_Bp[%v1660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1662 = llvm.load %v1661 : !llvm.ptr -> f32
          %v1663 = arith.mulf %v1656, %v1662 : f32
          %v1664 = llvm.load %v118 : !llvm.ptr -> f32
          %v1665 = arith.mulf %v1663, %v1664 : f32
          %v1666 = arith.addf %v1642, %v1665 : f32
          %v1667 = arith.muli %v63, %v631 : i64
          %v1668 = arith.constant 13 : i64
          %v1669 = arith.muli %v1668, %v2 : i64
          %v1670 = arith.addi %v1667, %v1669 : i64
          %v1671 = llvm.getelementptr %in_A_log[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
          %v1673 = arith.mulf %v1672, %v628 : f32
          %v1674 = llvm.call_intrinsic "llvm.exp2.f32"(%v1673) : (f32) -> f32
          %v1675 = arith.negf %v1674 : f32
          %v1676 = arith.mulf %v1361, %v1675 : f32
          %v1677 = arith.mulf %v1676, %v628 : f32
          %v1678 = llvm.call_intrinsic "llvm.exp2.f32"(%v1677) : (f32) -> f32
          %v1679 = arith.subf %v1678, %v396 : f32
          %v1680 = arith.divf %v1679, %v1675 : f32
          %v1681 = arith.muli %v63, %v631 : i64
          %v1682 = arith.constant 13 : i64
          %v1683 = arith.muli %v1682, %v2 : i64
          %v1684 = arith.addi %v1681, %v1683 : i64
          %v1685 = llvm.getelementptr %in_Bp[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
          %v1687 = arith.mulf %v1680, %v1686 : f32
          %v1688 = llvm.load %v122 : !llvm.ptr -> f32
          %v1689 = arith.mulf %v1687, %v1688 : f32
          %v1690 = arith.addf %v1666, %v1689 : f32
          %v1691 = arith.muli %v63, %v631 : i64
          %v1692 = arith.constant 14 : i64
          %v1693 = arith.muli %v1692, %v2 : i64
          %v1694 = arith.addi %v1691, %v1693 : i64
          %v1695 = llvm.getelementptr %in_A_log[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1696 = llvm.load %v1695 : !llvm.ptr -> f32
          %v1697 = arith.mulf %v1696, %v628 : f32
          %v1698 = llvm.call_intrinsic "llvm.exp2.f32"(%v1697) : (f32) -> f32
          %v1699 = arith.negf %v1698 : f32
          %v1700 = arith.mulf %v1361, %v1699 : f32
          %v1701 = arith.mulf %v1700, %v628 : f32
          %v1702 = llvm.call_intrinsic "llvm.exp2.f32"(%v1701) : (f32) -> f32
          %v1703 = arith.subf %v1702, %v396 : f32
          %v1704 = arith.divf %v1703, %v1699 : f32
          %v1705 = arith.muli %v63, %v631 : i64
          %v1706 = arith.constant 14 : i64
          %v1707 = arith.muli %v1706, %v2 : i64
          %v1708 = arith.addi %v1705, %v1707 : i64
          %v1709 = llvm.getelementptr %in_Bp[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
          %v1711 = arith.mulf %v1704, %v1710 : f32
          %v1712 = llvm.load %v126 : !llvm.ptr -> f32
          %v1713 = arith.mulf %v1711, %v1712 : f32
          %v1714 = arith.addf %v1690, %v1713 : f32
          %v1715 = arith.muli %v63, %v631 : i64
          %v1716 = arith.constant 15 : i64
          %v1717 = arith.muli %v1716, %v2 : i64
          %v1718 = arith.addi %v1715, %v1717 : i64
          %v1719 = llvm.getelementptr %in_A_log[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1720 = llvm.load %v1719 : !llvm.ptr -> f32
          %v1721 = arith.mulf %v1720, %v628 : f32
          %v1722 = llvm.call_intrinsic "llvm.exp2.f32"(%v1721) : (f32) -> f32
          %v1723 = arith.negf %v1722 : f32
          %v1724 = arith.mulf %v1361, %v1723 : f32
          %v1725 = arith.mulf %v1724, %v628 : f32
          %v1726 = llvm.call_intrinsic "llvm.exp2.f32"(%v1725) : (f32) -> f32
          %v1727 = arith.subf %v1726, %v396 : f32
          %v1728 = arith.divf %v1727, %v1723 : f32
          %v1729 = arith.muli %v63, %v631 : i64
          %v1730 = arith.constant 15 : i64
          %v1731 = arith.muli %v1730, %v2 : i64
          %v1732 = arith.addi %v1729, %v1731 : i64
          %v1733 = llvm.getelementptr %in_Bp[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1734 = llvm.load %v1733 : !llvm.ptr -> f32
          %v1735 = arith.mulf %v1728, %v1734 : f32
          %v1736 = llvm.load %v130 : !llvm.ptr -> f32
          %v1737 = arith.mulf %v1735, %v1736 : f32
          %v1738 = arith.addf %v1714, %v1737 : f32
          %v1739 = arith.addf %v1356, %v1738 : f32
          scf.if %v60 {
            %v1740 = arith.muli %v65, %v648 : i64
            %v1741 = arith.muli %v63, %v647 : i64
            %v1742 = arith.addi %v1740, %v1741 : i64
            %v1743 = arith.muli %v1168, %v2 : i64
            %v1744 = arith.addi %v1742, %v1743 : i64
            %v1745 = llvm.getelementptr %dx_u[%v1744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1739, %v1745 : f32, !llvm.ptr
          }
          %v1746 = arith.muli %v1171, %v4 : i64
          %v1747 = arith.subi %v4, %v2 : i64
          %v1748 = arith.minsi %v59, %v1747 : i64
          %v1749 = arith.addi %v1746, %v1748 : i64
          %v1750 = arith.muli %v1749, %v1 : i64
          %v1751 = arith.addi %v1750, %v68 : i64
          %v1752 = llvm.getelementptr %scratch_h[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1753 = llvm.load %v1752 : !llvm.ptr -> f32
          %v1757 = arith.muli %v408, %v1756 : i64
          %v1758 = arith.muli %v65, %v417 : i64
          %v1759 = arith.muli %v63, %v416 : i64
          %v1760 = arith.addi %v1758, %v1759 : i64
          %v1761 = arith.addi %v1757, %v1760 : i64
          %v1762 = llvm.getelementptr %ckpt_h[%v1761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
          %v1764 = arith.select %v1169, %v1763, %v1753 : f32
          %v1765 = arith.mulf %v1764, %v1377 : f32
          %v1766 = arith.muli %v65, %v648 : i64
          %v1767 = arith.muli %v63, %v647 : i64
          %v1768 = arith.addi %v1766, %v1767 : i64
          %v1769 = arith.muli %v1168, %v2 : i64
          %v1770 = arith.addi %v1768, %v1769 : i64
          %v1771 = llvm.getelementptr %in_u[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
          %v1773 = arith.mulf %v1772, %v1377 : f32
          %v1774 = arith.mulf %v1375, %v1773 : f32
          %v1775 = arith.divf %v1774, %v1367 : f32
          %v1776 = arith.addf %v1765, %v1775 : f32
          %v1777 = arith.mulf %v1367, %v1370 : f32
          %v1778 = arith.mulf %v1776, %v1777 : f32
          %v1779 = arith.muli %v1171, %v4 : i64
          %v1780 = arith.subi %v4, %v2 : i64
          %v1781 = arith.minsi %v59, %v1780 : i64
          %v1782 = arith.addi %v1779, %v1781 : i64
          %v1783 = arith.muli %v1782, %v1 : i64
          %v1784 = arith.addi %v1783, %v2 : i64
          %v1785 = llvm.getelementptr %scratch_h[%v1784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1786 = llvm.load %v1785 : !llvm.ptr -> f32
          %v1790 = arith.muli %v408, %v1789 : i64
          %v1791 = arith.muli %v65, %v417 : i64
          %v1792 = arith.muli %v63, %v416 : i64
          %v1793 = arith.addi %v1791, %v1792 : i64
          %v1794 = arith.constant 1 : i64
          %v1795 = arith.muli %v1794, %v2 : i64
          %v1796 = arith.addi %v1793, %v1795 : i64
          %v1797 = arith.addi %v1790, %v1796 : i64
          %v1798 = llvm.getelementptr %ckpt_h[%v1797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1799 = llvm.load %v1798 : !llvm.ptr -> f32
          %v1800 = arith.select %v1169, %v1799, %v1786 : f32
          %v1801 = arith.mulf %v1800, %v1400 : f32
          %v1802 = arith.mulf %v1772, %v1400 : f32
          %v1803 = arith.mulf %v1398, %v1802 : f32
          %v1804 = arith.divf %v1803, %v1387 : f32
          %v1805 = arith.addf %v1801, %v1804 : f32
          %v1806 = arith.mulf %v1387, %v1390 : f32
          %v1807 = arith.mulf %v1805, %v1806 : f32
          %v1808 = arith.addf %v1778, %v1807 : f32
          %v1809 = arith.muli %v1171, %v4 : i64
          %v1810 = arith.subi %v4, %v2 : i64
          %v1811 = arith.minsi %v59, %v1810 : i64
          %v1812 = arith.addi %v1809, %v1811 : i64
          %v1813 = arith.muli %v1812, %v1 : i64
          %v1814 = arith.addi %v1813, %v729 : i64
          %v1815 = llvm.getelementptr %scratch_h[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1816 = llvm.load %v1815 : !llvm.ptr -> f32
          %v1820 = arith.muli %v408, %v1819 : i64
          %v1821 = arith.muli %v65, %v417 : i64
          %v1822 = arith.muli %v63, %v416 : i64
          %v1823 = arith.addi %v1821, %v1822 : i64
          %v1824 = arith.constant 2 : i64
          %v1825 = arith.muli %v1824, %v2 : i64
          %v1826 = arith.addi %v1823, %v1825 : i64
          %v1827 = arith.addi %v1820, %v1826 : i64
          %v1828 = llvm.getelementptr %ckpt_h[%v1827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1829 = llvm.load %v1828 : !llvm.ptr -> f32
          %v1830 = arith.select %v1169, %v1829, %v1816 : f32
          %v1831 = arith.mulf %v1830, %v1424 : f32
          %v1832 = arith.mulf %v1772, %v1424 : f32
          %v1833 = arith.mulf %v1422, %v1832 : f32
          %v1834 = arith.divf %v1833, %v1411 : f32
          %v1835 = arith.addf %v1831, %v1834 : f32
          %v1836 = arith.mulf %v1411, %v1414 : f32
          %v1837 = arith.mulf %v1835, %v1836 : f32
          %v1838 = arith.addf %v1808, %v1837 : f32
          %v1839 = arith.muli %v1171, %v4 : i64
          %v1840 = arith.subi %v4, %v2 : i64
          %v1841 = arith.minsi %v59, %v1840 : i64
          %v1842 = arith.addi %v1839, %v1841 : i64
          %v1843 = arith.muli %v1842, %v1 : i64
          %v1844 = arith.addi %v1843, %v762 : i64
          %v1845 = llvm.getelementptr %scratch_h[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1846 = llvm.load %v1845 : !llvm.ptr -> f32
          %v1850 = arith.muli %v408, %v1849 : i64
          %v1851 = arith.muli %v65, %v417 : i64
          %v1852 = arith.muli %v63, %v416 : i64
          %v1853 = arith.addi %v1851, %v1852 : i64
          %v1854 = arith.constant 3 : i64
          %v1855 = arith.muli %v1854, %v2 : i64
          %v1856 = arith.addi %v1853, %v1855 : i64
          %v1857 = arith.addi %v1850, %v1856 : i64
          %v1858 = llvm.getelementptr %ckpt_h[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1859 = llvm.load %v1858 : !llvm.ptr -> f32
          %v1860 = arith.select %v1169, %v1859, %v1846 : f32
          %v1861 = arith.mulf %v1860, %v1448 : f32
          %v1862 = arith.mulf %v1772, %v1448 : f32
          %v1863 = arith.mulf %v1446, %v1862 : f32
          %v1864 = arith.divf %v1863, %v1435 : f32
          %v1865 = arith.addf %v1861, %v1864 : f32
          %v1866 = arith.mulf %v1435, %v1438 : f32
          %v1867 = arith.mulf %v1865, %v1866 : f32
          %v1868 = arith.addf %v1838, %v1867 : f32
          %v1869 = arith.muli %v1171, %v4 : i64
          %v1870 = arith.subi %v4, %v2 : i64
          %v1871 = arith.minsi %v59, %v1870 : i64
          %v1872 = arith.addi %v1869, %v1871 : i64
          %v1873 = arith.muli %v1872, %v1 : i64
          %v1874 = arith.addi %v1873, %v795 : i64
          %v1875 = llvm.getelementptr %scratch_h[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
          %v1880 = arith.muli %v408, %v1879 : i64
          %v1881 = arith.muli %v65, %v417 : i64
          %v1882 = arith.muli %v63, %v416 : i64
          %v1883 = arith.addi %v1881, %v1882 : i64
          %v1884 = arith.constant 4 : i64
          %v1885 = arith.muli %v1884, %v2 : i64
          %v1886 = arith.addi %v1883, %v1885 : i64
          %v1887 = arith.addi %v1880, %v1886 : i64
          %v1888 = llvm.getelementptr %ckpt_h[%v1887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1889 = llvm.load %v1888 : !llvm.ptr -> f32
          %v1890 = arith.select %v1169, %v1889, %v1876 : f32
          %v1891 = arith.mulf %v1890, %v1472 : f32
          %v1892 = arith.mulf %v1772, %v1472 : f32
          %v1893 = arith.mulf %v1470, %v1892 : f32
          %v1894 = arith.divf %v1893, %v1459 : f32
          %v1895 = arith.addf %v1891, %v1894 : f32
          %v1896 = arith.mulf %v1459, %v1462 : f32
          %v1897 = arith.mulf %v1895, %v1896 : f32
          %v1898 = arith.addf %v1868, %v1897 : f32
          %v1899 = arith.muli %v1171, %v4 : i64
          %v1900 = arith.subi %v4, %v2 : i64
          %v1901 = arith.minsi %v59, %v1900 : i64
          %v1902 = arith.addi %v1899, %v1901 : i64
          %v1903 = arith.muli %v1902, %v1 : i64
          %v1904 = arith.addi %v1903, %v828 : i64
          %v1905 = llvm.getelementptr %scratch_h[%v1904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1906 = llvm.load %v1905 : !llvm.ptr -> f32
          %v1910 = arith.muli %v408, %v1909 : i64
          %v1911 = arith.muli %v65, %v417 : i64
          %v1912 = arith.muli %v63, %v416 : i64
          %v1913 = arith.addi %v1911, %v1912 : i64
          %v1914 = arith.constant 5 : i64
          %v1915 = arith.muli %v1914, %v2 : i64
          %v1916 = arith.addi %v1913, %v1915 : i64
          %v1917 = arith.addi %v1910, %v1916 : i64
          %v1918 = llvm.getelementptr %ckpt_h[%v1917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
          %v1920 = arith.select %v1169, %v1919, %v1906 : f32
          %v1921 = arith.mulf %v1920, %v1496 : f32
          %v1922 = arith.mulf %v1772, %v1496 : f32
          %v1923 = arith.mulf %v1494, %v1922 : f32
          %v1924 = arith.divf %v1923, %v1483 : f32
          %v1925 = arith.addf %v1921, %v1924 : f32
          %v1926 = arith.mulf %v1483, %v1486 : f32
          %v1927 = arith.mulf %v1925, %v1926 : f32
          %v1928 = arith.addf %v1898, %v1927 : f32
          %v1929 = arith.muli %v1171, %v4 : i64
          %v1930 = arith.subi %v4, %v2 : i64
          %v1931 = arith.minsi %v59, %v1930 : i64
          %v1932 = arith.addi %v1929, %v1931 : i64
          %v1933 = arith.muli %v1932, %v1 : i64
          %v1934 = arith.addi %v1933, %v861 : i64
          %v1935 = llvm.getelementptr %scratch_h[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1936 = llvm.load %v1935 : !llvm.ptr -> f32
          %v1940 = arith.muli %v408, %v1939 : i64
          %v1941 = arith.muli %v65, %v417 : i64
          %v1942 = arith.muli %v63, %v416 : i64
          %v1943 = arith.addi %v1941, %v1942 : i64
          %v1944 = arith.constant 6 : i64
          %v1945 = arith.muli %v1944, %v2 : i64
          %v1946 = arith.addi %v1943, %v1945 : i64
          %v1947 = arith.addi %v1940, %v1946 : i64
          %v1948 = llvm.getelementptr %ckpt_h[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1949 = llvm.load %v1948 : !llvm.ptr -> f32
          %v1950 = arith.select %v1169, %v1949, %v1936 : f32
          %v1951 = arith.mulf %v1950, %v1520 : f32
          %v1952 = arith.mulf %v1772, %v1520 : f32
          %v1953 = arith.mulf %v1518, %v1952 : f32
          %v1954 = arith.divf %v1953, %v1507 : f32
          %v1955 = arith.addf %v1951, %v1954 : f32
          %v1956 = arith.mulf %v1507, %v1510 : f32
          %v1957 = arith.mulf %v1955, %v1956 : f32
          %v1958 = arith.addf %v1928, %v1957 : f32
          %v1959 = arith.muli %v1171, %v4 : i64
          %v1960 = arith.subi %v4, %v2 : i64
          %v1961 = arith.minsi %v59, %v1960 : i64
          %v1962 = arith.addi %v1959, %v1961 : i64
          %v1963 = arith.muli %v1962, %v1 : i64
          %v1964 = arith.addi %v1963, %v894 : i64
          %v1965 = llvm.getelementptr %scratch_h[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
          %v1970 = arith.muli %v408, %v1969 : i64
          %v1971 = arith.muli %v65, %v417 : i64
          %v1972 = arith.muli %v63, %v416 : i64
          %v1973 = arith.addi %v1971, %v1972 : i64
          %v1974 = arith.constant 7 : i64
          %v1975 = arith.muli %v1974, %v2 : i64
          %v1976 = arith.addi %v1973, %v1975 : i64
          %v1977 = arith.addi %v1970, %v1976 : i64
          %v1978 = llvm.getelementptr %ckpt_h[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1979 = llvm.load %v1978 : !llvm.ptr -> f32
          %v1980 = arith.select %v1169, %v1979, %v1966 : f32
          %v1981 = arith.mulf %v1980, %v1544 : f32
          %v1982 = arith.mulf %v1772, %v1544 : f32
          %v1983 = arith.mulf %v1542, %v1982 : f32
          %v1984 = arith.divf %v1983, %v1531 : f32
          %v1985 = arith.addf %v1981, %v1984 : f32
          %v1986 = arith.mulf %v1531, %v1534 : f32
          %v1987 = arith.mulf %v1985, %v1986 : f32
          %v1988 = arith.addf %v1958, %v1987 : f32
          %v1989 = arith.muli %v1171, %v4 : i64
          %v1990 = arith.subi %v4, %v2 : i64
          %v1991 = arith.minsi %v59, %v1990 : i64
          %v1992 = arith.addi %v1989, %v1991 : i64
          %v1993 = arith.muli %v1992, %v1 : i64
          %v1994 = arith.addi %v1993, %v927 : i64
          %v1995 = llvm.getelementptr %scratch_h[%v1994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1996 = llvm.load %v1995 : !llvm.ptr -> f32
          %v2000 = arith.muli %v408, %v1999 : i64
          %v2001 = arith.muli %v65, %v417 : i64
          %v2002 = arith.muli %v63, %v416 : i64
          %v2003 = arith.addi %v2001, %v2002 : i64
          %v2004 = arith.constant 8 : i64
          %v2005 = arith.muli %v2004, %v2 : i64
          %v2006 = arith.addi %v2003, %v2005 : i64
          %v2007 = arith.addi %v2000, %v2006 : i64
          %v2008 = llvm.getelementptr %ckpt_h[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2009 = llvm.load %v2008 : !llvm.ptr -> f32
          %v2010 = arith.select %v1169, %v2009, %v1996 : f32
          %v2011 = arith.mulf %v2010, %v1568 : f32
          %v2012 = arith.mulf %v1772, %v1568 : f32
          %v2013 = arith.mulf %v1566, %v2012 : f32
          %v2014 = arith.divf %v2013, %v1555 : f32
          %v2015 = arith.addf %v2011, %v2014 : f32
          %v2016 = arith.mulf %v1555, %v1558 : f32
          %v2017 = arith.mulf %v2015, %v2016 : f32
          %v2018 = arith.addf %v1988, %v2017 : f32
          %v2019 = arith.muli %v1171, %v4 : i64
          %v2020 = arith.subi %v4, %v2 : i64
          %v2021 = arith.minsi %v59, %v2020 : i64
          %v2022 = arith.addi %v2019, %v2021 : i64
          %v2023 = arith.muli %v2022, %v1 : i64
          %v2024 = arith.addi %v2023, %v960 : i64
          %v2025 = llvm.getelementptr %scratch_h[%v2024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2026 = llvm.load %v2025 : !llvm.ptr -> f32
          %v2030 = arith.muli %v408, %v2029 : i64
          %v2031 = arith.muli %v65, %v417 : i64
          %v2032 = arith.muli %v63, %v416 : i64
          %v2033 = arith.addi %v2031, %v2032 : i64
          %v2034 = arith.constant 9 : i64
          %v2035 = arith.muli %v2034, %v2 : i64
          %v2036 = arith.addi %v2033, %v2035 : i64
          %v2037 = arith.addi %v2030, %v2036 : i64
          %v2038 = llvm.getelementptr %ckpt_h[%v2037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2039 = llvm.load %v2038 : !llvm.ptr -> f32
          %v2040 = arith.select %v1169, %v2039, %v2026 : f32
          %v2041 = arith.mulf %v2040, %v1592 : f32
          %v2042 = arith.mulf %v1772, %v1592 : f32
          %v2043 = arith.mulf %v1590, %v2042 : f32
          %v2044 = arith.divf %v2043, %v1579 : f32
          %v2045 = arith.addf %v2041, %v2044 : f32
          %v2046 = arith.mulf %v1579, %v1582 : f32
          %v2047 = arith.mulf %v2045, %v2046 : f32
          %v2048 = arith.addf %v2018, %v2047 : f32
          %v2049 = arith.muli %v1171, %v4 : i64
          %v2050 = arith.subi %v4, %v2 : i64
          %v2051 = arith.minsi %v59, %v2050 : i64
          %v2052 = arith.addi %v2049, %v2051 : i64
          %v2053 = arith.muli %v2052, %v1 : i64
          %v2054 = arith.addi %v2053, %v993 : i64
          %v2055 = llvm.getelementptr %scratch_h[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2056 = llvm.load %v2055 : !llvm.ptr -> f32
          %v2060 = arith.muli %v408, %v2059 : i64
          %v2061 = arith.muli %v65, %v417 : i64
          %v2062 = arith.muli %v63, %v416 : i64
          %v2063 = arith.addi %v2061, %v2062 : i64
          %v2064 = arith.constant 10 : i64
          %v2065 = arith.muli %v2064, %v2 : i64
          %v2066 = arith.addi %v2063, %v2065 : i64
          %v2067 = arith.addi %v2060, %v2066 : i64
          %v2068 = llvm.getelementptr %ckpt_h[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
          %v2070 = arith.select %v1169, %v2069, %v2056 : f32
          %v2071 = arith.mulf %v2070, %v1616 : f32
          %v2072 = arith.mulf %v1772, %v1616 : f32
          %v2073 = arith.mulf %v1614, %v2072 : f32
          %v2074 = arith.divf %v2073, %v1603 : f32
          %v2075 = arith.addf %v2071, %v2074 : f32
          %v2076 = arith.mulf %v1603, %v1606 : f32
          %v2077 = arith.mulf %v2075, %v2076 : f32
          %v2078 = arith.addf %v2048, %v2077 : f32
          %v2079 = arith.muli %v1171, %v4 : i64
          %v2080 = arith.subi %v4, %v2 : i64
          %v2081 = arith.minsi %v59, %v2080 : i64
          %v2082 = arith.addi %v2079, %v2081 : i64
          %v2083 = arith.muli %v2082, %v1 : i64
          %v2084 = arith.addi %v2083, %v1026 : i64
          %v2085 = llvm.getelementptr %scratch_h[%v2084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
          %v2090 = arith.muli %v408, %v2089 : i64
          %v2091 = arith.muli %v65, %v417 : i64
          %v2092 = arith.muli %v63, %v416 : i64
          %v2093 = arith.addi %v2091, %v2092 : i64
          %v2094 = arith.constant 11 : i64
          %v2095 = arith.muli %v2094, %v2 : i64
          %v2096 = arith.addi %v2093, %v2095 : i64
          %v2097 = arith.addi %v2090, %v2096 : i64
          %v2098 = llvm.getelementptr %ckpt_h[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
          %v2100 = arith.select %v1169, %v2099, %v2086 : f32
          %v2101 = arith.mulf %v2100, %v1640 : f32
          %v2102 = arith.mulf %v1772, %v1640 : f32
          %v2103 = arith.mulf %v1638, %v2102 : f32
          %v2104 = arith.divf %v2103, %v1627 : f32
          %v2105 = arith.addf %v2101, %v2104 : f32
          %v2106 = arith.mulf %v1627, %v1630 : f32
          %v2107 = arith.mulf %v2105, %v2106 : f32
          %v2108 = arith.addf %v2078, %v2107 : f32
          %v2109 = arith.muli %v1171, %v4 : i64
          %v2110 = arith.subi %v4, %v2 : i64
          %v2111 = arith.minsi %v59, %v2110 : i64
          %v2112 = arith.addi %v2109, %v2111 : i64
          %v2113 = arith.muli %v2112, %v1 : i64
          %v2114 = arith.addi %v2113, %v1059 : i64
          %v2115 = llvm.getelementptr %scratch_h[%v2114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2116 = llvm.load %v2115 : !llvm.ptr -> f32
          %v2120 = arith.muli %v408, %v2119 : i64
          %v2121 = arith.muli %v65, %v417 : i64
          %v2122 = arith.muli %v63, %v416 : i64
          %v2123 = arith.addi %v2121, %v2122 : i64
          %v2124 = arith.constant 12 : i64
          %v2125 = arith.muli %v2124, %v2 : i64
          %v2126 = arith.addi %v2123, %v2125 : i64
          %v2127 = arith.addi %v2120, %v2126 : i64
          %v2128 = llvm.getelementptr %ckpt_h[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2129 = llvm.load %v2128 : !llvm.ptr -> f32
          %v2130 = arith.select %v1169, %v2129, %v2116 : f32
          %v2131 = arith.mulf %v2130, %v1664 : f32
          %v2132 = arith.mulf %v1772, %v1664 : f32
          %v2133 = arith.mulf %v1662, %v2132 : f32
          %v2134 = arith.divf %v2133, %v1651 : f32
          %v2135 = arith.addf %v2131, %v2134 : f32
          %v2136 = arith.mulf %v1651, %v1654 : f32
          %v2137 = arith.mulf %v2135, %v2136 : f32
          %v2138 = arith.addf %v2108, %v2137 : f32
          %v2139 = arith.muli %v1171, %v4 : i64
          %v2140 = arith.subi %v4, %v2 : i64
          %v2141 = arith.minsi %v59, %v2140 : i64
          %v2142 = arith.addi %v2139, %v2141 : i64
          %v2143 = arith.muli %v2142, %v1 : i64
          %v2144 = arith.addi %v2143, %v1092 : i64
          %v2145 = llvm.getelementptr %scratch_h[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2146 = llvm.load %v2145 : !llvm.ptr -> f32
          %v2150 = arith.muli %v408, %v2149 : i64
          %v2151 = arith.muli %v65, %v417 : i64
          %v2152 = arith.muli %v63, %v416 : i64
          %v2153 = arith.addi %v2151, %v2152 : i64
          %v2154 = arith.constant 13 : i64
          %v2155 = arith.muli %v2154, %v2 : i64
          %v2156 = arith.addi %v2153, %v2155 : i64
          %v2157 = arith.addi %v2150, %v2156 : i64
          %v2158 = llvm.getelementptr %ckpt_h[%v2157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2159 = llvm.load %v2158 : !llvm.ptr -> f32
          %v2160 = arith.select %v1169, %v2159, %v2146 : f32
          %v2161 = arith.mulf %v2160, %v1688 : f32
          %v2162 = arith.mulf %v1772, %v1688 : f32
          %v2163 = arith.mulf %v1686, %v2162 : f32
          %v2164 = arith.divf %v2163, %v1675 : f32
          %v2165 = arith.addf %v2161, %v2164 : f32
          %v2166 = arith.mulf %v1675, %v1678 : f32
          %v2167 = arith.mulf %v2165, %v2166 : f32
          %v2168 = arith.addf %v2138, %v2167 : f32
          %v2169 = arith.muli %v1171, %v4 : i64
          %v2170 = arith.subi %v4, %v2 : i64
          %v2171 = arith.minsi %v59, %v2170 : i64
          %v2172 = arith.addi %v2169, %v2171 : i64
          %v2173 = arith.muli %v2172, %v1 : i64
          %v2174 = arith.addi %v2173, %v1125 : i64
          %v2175 = llvm.getelementptr %scratch_h[%v2174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
          %v2180 = arith.muli %v408, %v2179 : i64
          %v2181 = arith.muli %v65, %v417 : i64
          %v2182 = arith.muli %v63, %v416 : i64
          %v2183 = arith.addi %v2181, %v2182 : i64
          %v2184 = arith.constant 14 : i64
          %v2185 = arith.muli %v2184, %v2 : i64
          %v2186 = arith.addi %v2183, %v2185 : i64
          %v2187 = arith.addi %v2180, %v2186 : i64
          %v2188 = llvm.getelementptr %ckpt_h[%v2187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2189 = llvm.load %v2188 : !llvm.ptr -> f32
          %v2190 = arith.select %v1169, %v2189, %v2176 : f32
          %v2191 = arith.mulf %v2190, %v1712 : f32
          %v2192 = arith.mulf %v1772, %v1712 : f32
          %v2193 = arith.mulf %v1710, %v2192 : f32
          %v2194 = arith.divf %v2193, %v1699 : f32
          %v2195 = arith.addf %v2191, %v2194 : f32
          %v2196 = arith.mulf %v1699, %v1702 : f32
          %v2197 = arith.mulf %v2195, %v2196 : f32
          %v2198 = arith.addf %v2168, %v2197 : f32
          %v2199 = arith.muli %v1171, %v4 : i64
          %v2200 = arith.subi %v4, %v2 : i64
          %v2201 = arith.minsi %v59, %v2200 : i64
          %v2202 = arith.addi %v2199, %v2201 : i64
          %v2203 = arith.muli %v2202, %v1 : i64
          %v2204 = arith.addi %v2203, %v1158 : i64
          %v2205 = llvm.getelementptr %scratch_h[%v2204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2206 = llvm.load %v2205 : !llvm.ptr -> f32
          %v2210 = arith.muli %v408, %v2209 : i64
          %v2211 = arith.muli %v65, %v417 : i64
          %v2212 = arith.muli %v63, %v416 : i64
          %v2213 = arith.addi %v2211, %v2212 : i64
          %v2214 = arith.constant 15 : i64
          %v2215 = arith.muli %v2214, %v2 : i64
          %v2216 = arith.addi %v2213, %v2215 : i64
          %v2217 = arith.addi %v2210, %v2216 : i64
          %v2218 = llvm.getelementptr %ckpt_h[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2219 = llvm.load %v2218 : !llvm.ptr -> f32
          %v2220 = arith.select %v1169, %v2219, %v2206 : f32
          %v2221 = arith.mulf %v2220, %v1736 : f32
          %v2222 = arith.mulf %v1772, %v1736 : f32
          %v2223 = arith.mulf %v1734, %v2222 : f32
          %v2224 = arith.divf %v2223, %v1723 : f32
          %v2225 = arith.addf %v2221, %v2224 : f32
          %v2226 = arith.mulf %v1723, %v1726 : f32
          %v2227 = arith.mulf %v2225, %v2226 : f32
          %v2228 = arith.addf %v2198, %v2227 : f32
          %v2229 = arith.mulf %v1361, %v2228 : f32
          %v2230 = llvm.load %v198 : !llvm.ptr -> f32
          %v2231 = arith.addf %v2230, %v2229 : f32
          llvm.store %v2231, %v198 : f32, !llvm.ptr
          %v2232 = arith.divf %v1372, %v1367 : f32
          %v2233 = arith.mulf %v1375, %v2232 : f32
          %v2234 = arith.mulf %v1773, %v2233 : f32
          %v2235 = arith.negf %v2234 : f32
          %v2236 = arith.mulf %v1361, %v1370 : f32
          %v2237 = arith.mulf %v1776, %v2236 : f32
          %v2238 = arith.addf %v2235, %v2237 : f32
          %v2239 = arith.negf %v2238 : f32
          %v2240 = arith.mulf %v1366, %v2239 : f32
          %v2241 = llvm.load %v202 : !llvm.ptr -> f32
          %v2242 = arith.addf %v2241, %v2240 : f32
          llvm.store %v2242, %v202 : f32, !llvm.ptr
          %v2243 = arith.divf %v1392, %v1387 : f32
          %v2244 = arith.mulf %v1398, %v2243 : f32
          %v2245 = arith.mulf %v1802, %v2244 : f32
          %v2246 = arith.negf %v2245 : f32
          %v2247 = arith.mulf %v1361, %v1390 : f32
          %v2248 = arith.mulf %v1805, %v2247 : f32
          %v2249 = arith.addf %v2246, %v2248 : f32
          %v2250 = arith.negf %v2249 : f32
          %v2251 = arith.mulf %v1386, %v2250 : f32
          %v2252 = llvm.load %v206 : !llvm.ptr -> f32
          %v2253 = arith.addf %v2252, %v2251 : f32
          llvm.store %v2253, %v206 : f32, !llvm.ptr
          %v2254 = arith.divf %v1416, %v1411 : f32
          %v2255 = arith.mulf %v1422, %v2254 : f32
          %v2256 = arith.mulf %v1832, %v2255 : f32
          %v2257 = arith.negf %v2256 : f32
          %v2258 = arith.mulf %v1361, %v1414 : f32
          %v2259 = arith.mulf %v1835, %v2258 : f32
          %v2260 = arith.addf %v2257, %v2259 : f32
          %v2261 = arith.negf %v2260 : f32
          %v2262 = arith.mulf %v1410, %v2261 : f32
          %v2263 = llvm.load %v210 : !llvm.ptr -> f32
          %v2264 = arith.addf %v2263, %v2262 : f32
          llvm.store %v2264, %v210 : f32, !llvm.ptr
          %v2265 = arith.divf %v1440, %v1435 : f32
          %v2266 = arith.mulf %v1446, %v2265 : f32
          %v2267 = arith.mulf %v1862, %v2266 : f32
          %v2268 = arith.negf %v2267 : f32
          %v2269 = arith.mulf %v1361, %v1438 : f32
          %v2270 = arith.mulf %v1865, %v2269 : f32
          %v2271 = arith.addf %v2268, %v2270 : f32
          %v2272 = arith.negf %v2271 : f32
          %v2273 = arith.mulf %v1434, %v2272 : f32
          %v2274 = llvm.load %v214 : !llvm.ptr -> f32
          %v2275 = arith.addf %v2274, %v2273 : f32
          llvm.store %v2275, %v214 : f32, !llvm.ptr
          %v2276 = arith.divf %v1464, %v1459 : f32
          %v2277 = arith.mulf %v1470, %v2276 : f32
          %v2278 = arith.mulf %v1892, %v2277 : f32
          %v2279 = arith.negf %v2278 : f32
          %v2280 = arith.mulf %v1361, %v1462 : f32
          %v2281 = arith.mulf %v1895, %v2280 : f32
          %v2282 = arith.addf %v2279, %v2281 : f32
          %v2283 = arith.negf %v2282 : f32
          %v2284 = arith.mulf %v1458, %v2283 : f32
          %v2285 = llvm.load %v218 : !llvm.ptr -> f32
          %v2286 = arith.addf %v2285, %v2284 : f32
          llvm.store %v2286, %v218 : f32, !llvm.ptr
          %v2287 = arith.divf %v1488, %v1483 : f32
          %v2288 = arith.mulf %v1494, %v2287 : f32
          %v2289 = arith.mulf %v1922, %v2288 : f32
          %v2290 = arith.negf %v2289 : f32
          %v2291 = arith.mulf %v1361, %v1486 : f32
          %v2292 = arith.mulf %v1925, %v2291 : f32
          %v2293 = arith.addf %v2290, %v2292 : f32
          %v2294 = arith.negf %v2293 : f32
          %v2295 = arith.mulf %v1482, %v2294 : f32
          %v2296 = llvm.load %v222 : !llvm.ptr -> f32
          %v2297 = arith.addf %v2296, %v2295 : f32
          llvm.store %v2297, %v222 : f32, !llvm.ptr
          %v2298 = arith.divf %v1512, %v1507 : f32
          %v2299 = arith.mulf %v1518, %v2298 : f32
          %v2300 = arith.mulf %v1952, %v2299 : f32
          %v2301 = arith.negf %v2300 : f32
          %v2302 = arith.mulf %v1361, %v1510 : f32
          %v2303 = arith.mulf %v1955, %v2302 : f32
          %v2304 = arith.addf %v2301, %v2303 : f32
          %v2305 = arith.negf %v2304 : f32
          %v2306 = arith.mulf %v1506, %v2305 : f32
          %v2307 = llvm.load %v226 : !llvm.ptr -> f32
          %v2308 = arith.addf %v2307, %v2306 : f32
          llvm.store %v2308, %v226 : f32, !llvm.ptr
          %v2309 = arith.divf %v1536, %v1531 : f32
          %v2310 = arith.mulf %v1542, %v2309 : f32
          %v2311 = arith.mulf %v1982, %v2310 : f32
          %v2312 = arith.negf %v2311 : f32
          %v2313 = arith.mulf %v1361, %v1534 : f32
          %v2314 = arith.mulf %v1985, %v2313 : f32
          %v2315 = arith.addf %v2312, %v2314 : f32
          %v2316 = arith.negf %v2315 : f32
          %v2317 = arith.mulf %v1530, %v2316 : f32
          %v2318 = llvm.load %v230 : !llvm.ptr -> f32
          %v2319 = arith.addf %v2318, %v2317 : f32
          llvm.store %v2319, %v230 : f32, !llvm.ptr
          %v2320 = arith.divf %v1560, %v1555 : f32
          %v2321 = arith.mulf %v1566, %v2320 : f32
          %v2322 = arith.mulf %v2012, %v2321 : f32
          %v2323 = arith.negf %v2322 : f32
          %v2324 = arith.mulf %v1361, %v1558 : f32
          %v2325 = arith.mulf %v2015, %v2324 : f32
          %v2326 = arith.addf %v2323, %v2325 : f32
          %v2327 = arith.negf %v2326 : f32
          %v2328 = arith.mulf %v1554, %v2327 : f32
          %v2329 = llvm.load %v234 : !llvm.ptr -> f32
          %v2330 = arith.addf %v2329, %v2328 : f32
          llvm.store %v2330, %v234 : f32, !llvm.ptr
          %v2331 = arith.divf %v1584, %v1579 : f32
          %v2332 = arith.mulf %v1590, %v2331 : f32
          %v2333 = arith.mulf %v2042, %v2332 : f32
          %v2334 = arith.negf %v2333 : f32
          %v2335 = arith.mulf %v1361, %v1582 : f32
          %v2336 = arith.mulf %v2045, %v2335 : f32
          %v2337 = arith.addf %v2334, %v2336 : f32
          %v2338 = arith.negf %v2337 : f32
          %v2339 = arith.mulf %v1578, %v2338 : f32
          %v2340 = llvm.load %v238 : !llvm.ptr -> f32
          %v2341 = arith.addf %v2340, %v2339 : f32
          llvm.store %v2341, %v238 : f32, !llvm.ptr
          %v2342 = arith.divf %v1608, %v1603 : f32
          %v2343 = arith.mulf %v1614, %v2342 : f32
          %v2344 = arith.mulf %v2072, %v2343 : f32
          %v2345 = arith.negf %v2344 : f32
          %v2346 = arith.mulf %v1361, %v1606 : f32
          %v2347 = arith.mulf %v2075, %v2346 : f32
          %v2348 = arith.addf %v2345, %v2347 : f32
          %v2349 = arith.negf %v2348 : f32
          %v2350 = arith.mulf %v1602, %v2349 : f32
          %v2351 = llvm.load %v242 : !llvm.ptr -> f32
          %v2352 = arith.addf %v2351, %v2350 : f32
          llvm.store %v2352, %v242 : f32, !llvm.ptr
          %v2353 = arith.divf %v1632, %v1627 : f32
          %v2354 = arith.mulf %v1638, %v2353 : f32
          %v2355 = arith.mulf %v2102, %v2354 : f32
          %v2356 = arith.negf %v2355 : f32
          %v2357 = arith.mulf %v1361, %v1630 : f32
          %v2358 = arith.mulf %v2105, %v2357 : f32
          %v2359 = arith.addf %v2356, %v2358 : f32
          %v2360 = arith.negf %v2359 : f32
          %v2361 = arith.mulf %v1626, %v2360 : f32
          %v2362 = llvm.load %v246 : !llvm.ptr -> f32
          %v2363 = arith.addf %v2362, %v2361 : f32
          llvm.store %v2363, %v246 : f32, !llvm.ptr
          %v2364 = arith.divf %v1656, %v1651 : f32
          %v2365 = arith.mulf %v1662, %v2364 : f32
          %v2366 = arith.mulf %v2132, %v2365 : f32
          %v2367 = arith.negf %v2366 : f32
          %v2368 = arith.mulf %v1361, %v1654 : f32
          %v2369 = arith.mulf %v2135, %v2368 : f32
          %v2370 = arith.addf %v2367, %v2369 : f32
          %v2371 = arith.negf %v2370 : f32
          %v2372 = arith.mulf %v1650, %v2371 : f32
          %v2373 = llvm.load %v250 : !llvm.ptr -> f32
          %v2374 = arith.addf %v2373, %v2372 : f32
          llvm.store %v2374, %v250 : f32, !llvm.ptr
          %v2375 = arith.divf %v1680, %v1675 : f32
          %v2376 = arith.mulf %v1686, %v2375 : f32
          %v2377 = arith.mulf %v2162, %v2376 : f32
          %v2378 = arith.negf %v2377 : f32
          %v2379 = arith.mulf %v1361, %v1678 : f32
          %v2380 = arith.mulf %v2165, %v2379 : f32
          %v2381 = arith.addf %v2378, %v2380 : f32
          %v2382 = arith.negf %v2381 : f32
          %v2383 = arith.mulf %v1674, %v2382 : f32
          %v2384 = llvm.load %v254 : !llvm.ptr -> f32
          %v2385 = arith.addf %v2384, %v2383 : f32
          llvm.store %v2385, %v254 : f32, !llvm.ptr
          %v2386 = arith.divf %v1704, %v1699 : f32
          %v2387 = arith.mulf %v1710, %v2386 : f32
          %v2388 = arith.mulf %v2192, %v2387 : f32
          %v2389 = arith.negf %v2388 : f32
          %v2390 = arith.mulf %v1361, %v1702 : f32
          %v2391 = arith.mulf %v2195, %v2390 : f32
          %v2392 = arith.addf %v2389, %v2391 : f32
          %v2393 = arith.negf %v2392 : f32
          %v2394 = arith.mulf %v1698, %v2393 : f32
          %v2395 = llvm.load %v258 : !llvm.ptr -> f32
          %v2396 = arith.addf %v2395, %v2394 : f32
          llvm.store %v2396, %v258 : f32, !llvm.ptr
          %v2397 = arith.divf %v1728, %v1723 : f32
          %v2398 = arith.mulf %v1734, %v2397 : f32
          %v2399 = arith.mulf %v2222, %v2398 : f32
          %v2400 = arith.negf %v2399 : f32
          %v2401 = arith.mulf %v1361, %v1726 : f32
          %v2402 = arith.mulf %v2225, %v2401 : f32
          %v2403 = arith.addf %v2400, %v2402 : f32
          %v2404 = arith.negf %v2403 : f32
          %v2405 = arith.mulf %v1722, %v2404 : f32
          %v2406 = llvm.load %v262 : !llvm.ptr -> f32
          %v2407 = arith.addf %v2406, %v2405 : f32
          llvm.store %v2407, %v262 : f32, !llvm.ptr
          %v2408 = arith.mulf %v1372, %v1773 : f32
          %v2409 = llvm.load %v266 : !llvm.ptr -> f32
          %v2410 = arith.addf %v2409, %v2408 : f32
          llvm.store %v2410, %v266 : f32, !llvm.ptr
          %v2411 = arith.mulf %v1392, %v1802 : f32
          %v2412 = llvm.load %v270 : !llvm.ptr -> f32
          %v2413 = arith.addf %v2412, %v2411 : f32
          llvm.store %v2413, %v270 : f32, !llvm.ptr
          %v2414 = arith.mulf %v1416, %v1832 : f32
          %v2415 = llvm.load %v274 : !llvm.ptr -> f32
          %v2416 = arith.addf %v2415, %v2414 : f32
          llvm.store %v2416, %v274 : f32, !llvm.ptr
          %v2417 = arith.mulf %v1440, %v1862 : f32
          %v2418 = llvm.load %v278 : !llvm.ptr -> f32
          %v2419 = arith.addf %v2418, %v2417 : f32
          llvm.store %v2419, %v278 : f32, !llvm.ptr
          %v2420 = arith.mulf %v1464, %v1892 : f32
          %v2421 = llvm.load %v282 : !llvm.ptr -> f32
          %v2422 = arith.addf %v2421, %v2420 : f32
          llvm.store %v2422, %v282 : f32, !llvm.ptr
          %v2423 = arith.mulf %v1488, %v1922 : f32
          %v2424 = llvm.load %v286 : !llvm.ptr -> f32
          %v2425 = arith.addf %v2424, %v2423 : f32
          llvm.store %v2425, %v286 : f32, !llvm.ptr
          %v2426 = arith.mulf %v1512, %v1952 : f32
          %v2427 = llvm.load %v290 : !llvm.ptr -> f32
          %v2428 = arith.addf %v2427, %v2426 : f32
          llvm.store %v2428, %v290 : f32, !llvm.ptr
          %v2429 = arith.mulf %v1536, %v1982 : f32
          %v2430 = llvm.load %v294 : !llvm.ptr -> f32
          %v2431 = arith.addf %v2430, %v2429 : f32
          llvm.store %v2431, %v294 : f32, !llvm.ptr
          %v2432 = arith.mulf %v1560, %v2012 : f32
          %v2433 = llvm.load %v298 : !llvm.ptr -> f32
          %v2434 = arith.addf %v2433, %v2432 : f32
          llvm.store %v2434, %v298 : f32, !llvm.ptr
          %v2435 = arith.mulf %v1584, %v2042 : f32
          %v2436 = llvm.load %v302 : !llvm.ptr -> f32
          %v2437 = arith.addf %v2436, %v2435 : f32
          llvm.store %v2437, %v302 : f32, !llvm.ptr
          %v2438 = arith.mulf %v1608, %v2072 : f32
          %v2439 = llvm.load %v306 : !llvm.ptr -> f32
          %v2440 = arith.addf %v2439, %v2438 : f32
          llvm.store %v2440, %v306 : f32, !llvm.ptr
          %v2441 = arith.mulf %v1632, %v2102 : f32
          %v2442 = llvm.load %v310 : !llvm.ptr -> f32
          %v2443 = arith.addf %v2442, %v2441 : f32
          llvm.store %v2443, %v310 : f32, !llvm.ptr
          %v2444 = arith.mulf %v1656, %v2132 : f32
          %v2445 = llvm.load %v314 : !llvm.ptr -> f32
          %v2446 = arith.addf %v2445, %v2444 : f32
          llvm.store %v2446, %v314 : f32, !llvm.ptr
          %v2447 = arith.mulf %v1680, %v2162 : f32
          %v2448 = llvm.load %v318 : !llvm.ptr -> f32
          %v2449 = arith.addf %v2448, %v2447 : f32
          llvm.store %v2449, %v318 : f32, !llvm.ptr
          %v2450 = arith.mulf %v1704, %v2192 : f32
          %v2451 = llvm.load %v322 : !llvm.ptr -> f32
          %v2452 = arith.addf %v2451, %v2450 : f32
          llvm.store %v2452, %v322 : f32, !llvm.ptr
          %v2453 = arith.mulf %v1728, %v2222 : f32
          %v2454 = llvm.load %v326 : !llvm.ptr -> f32
          %v2455 = arith.addf %v2454, %v2453 : f32
          llvm.store %v2455, %v326 : f32, !llvm.ptr
          %v2456 = arith.muli %v1167, %v4 : i64
          %v2457 = arith.subi %v4, %v2 : i64
          %v2458 = arith.minsi %v59, %v2457 : i64
          %v2459 = arith.addi %v2456, %v2458 : i64
          %v2460 = arith.muli %v2459, %v1 : i64
          %v2461 = arith.addi %v2460, %v68 : i64
          %v2462 = llvm.getelementptr %scratch_h[%v2461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2463 = llvm.load %v2462 : !llvm.ptr -> f32
          %v2464 = arith.mulf %v2463, %v1181 : f32
          %v2465 = llvm.load %v330 : !llvm.ptr -> f32
          %v2466 = arith.addf %v2465, %v2464 : f32
          llvm.store %v2466, %v330 : f32, !llvm.ptr
          %v2467 = arith.muli %v1167, %v4 : i64
          %v2468 = arith.subi %v4, %v2 : i64
          %v2469 = arith.minsi %v59, %v2468 : i64
          %v2470 = arith.addi %v2467, %v2469 : i64
          %v2471 = arith.muli %v2470, %v1 : i64
          %v2472 = arith.addi %v2471, %v2 : i64
          %v2473 = llvm.getelementptr %scratch_h[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2474 = llvm.load %v2473 : !llvm.ptr -> f32
          %v2475 = arith.mulf %v2474, %v1181 : f32
          %v2476 = llvm.load %v334 : !llvm.ptr -> f32
          %v2477 = arith.addf %v2476, %v2475 : f32
          llvm.store %v2477, %v334 : f32, !llvm.ptr
          %v2478 = arith.muli %v1167, %v4 : i64
          %v2479 = arith.subi %v4, %v2 : i64
          %v2480 = arith.minsi %v59, %v2479 : i64
          %v2481 = arith.addi %v2478, %v2480 : i64
          %v2482 = arith.muli %v2481, %v1 : i64
          %v2483 = arith.addi %v2482, %v729 : i64
          %v2484 = llvm.getelementptr %scratch_h[%v2483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2485 = llvm.load %v2484 : !llvm.ptr -> f32
          %v2486 = arith.mulf %v2485, %v1181 : f32
          %v2487 = llvm.load %v338 : !llvm.ptr -> f32
          %v2488 = arith.addf %v2487, %v2486 : f32
          llvm.store %v2488, %v338 : f32, !llvm.ptr
          %v2489 = arith.muli %v1167, %v4 : i64
          %v2490 = arith.subi %v4, %v2 : i64
          %v2491 = arith.minsi %v59, %v2490 : i64
          %v2492 = arith.addi %v2489, %v2491 : i64
          %v2493 = arith.muli %v2492, %v1 : i64
          %v2494 = arith.addi %v2493, %v762 : i64
          %v2495 = llvm.getelementptr %scratch_h[%v2494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2496 = llvm.load %v2495 : !llvm.ptr -> f32
          %v2497 = arith.mulf %v2496, %v1181 : f32
          %v2498 = llvm.load %v342 : !llvm.ptr -> f32
          %v2499 = arith.addf %v2498, %v2497 : f32
          llvm.store %v2499, %v342 : f32, !llvm.ptr
          %v2500 = arith.muli %v1167, %v4 : i64
          %v2501 = arith.subi %v4, %v2 : i64
          %v2502 = arith.minsi %v59, %v2501 : i64
          %v2503 = arith.addi %v2500, %v2502 : i64
          %v2504 = arith.muli %v2503, %v1 : i64
          %v2505 = arith.addi %v2504, %v795 : i64
          %v2506 = llvm.getelementptr %scratch_h[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2507 = llvm.load %v2506 : !llvm.ptr -> f32
          %v2508 = arith.mulf %v2507, %v1181 : f32
          %v2509 = llvm.load %v346 : !llvm.ptr -> f32
          %v2510 = arith.addf %v2509, %v2508 : f32
          llvm.store %v2510, %v346 : f32, !llvm.ptr
          %v2511 = arith.muli %v1167, %v4 : i64
          %v2512 = arith.subi %v4, %v2 : i64
          %v2513 = arith.minsi %v59, %v2512 : i64
          %v2514 = arith.addi %v2511, %v2513 : i64
          %v2515 = arith.muli %v2514, %v1 : i64
          %v2516 = arith.addi %v2515, %v828 : i64
          %v2517 = llvm.getelementptr %scratch_h[%v2516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2518 = llvm.load %v2517 : !llvm.ptr -> f32
          %v2519 = arith.mulf %v2518, %v1181 : f32
          %v2520 = llvm.load %v350 : !llvm.ptr -> f32
          %v2521 = arith.addf %v2520, %v2519 : f32
          llvm.store %v2521, %v350 : f32, !llvm.ptr
          %v2522 = arith.muli %v1167, %v4 : i64
          %v2523 = arith.subi %v4, %v2 : i64
          %v2524 = arith.minsi %v59, %v2523 : i64
          %v2525 = arith.addi %v2522, %v2524 : i64
          %v2526 = arith.muli %v2525, %v1 : i64
          %v2527 = arith.addi %v2526, %v861 : i64
          %v2528 = llvm.getelementptr %scratch_h[%v2527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2529 = llvm.load %v2528 : !llvm.ptr -> f32
          %v2530 = arith.mulf %v2529, %v1181 : f32
          %v2531 = llvm.load %v354 : !llvm.ptr -> f32
          %v2532 = arith.addf %v2531, %v2530 : f32
          llvm.store %v2532, %v354 : f32, !llvm.ptr
          %v2533 = arith.muli %v1167, %v4 : i64
          %v2534 = arith.subi %v4, %v2 : i64
          %v2535 = arith.minsi %v59, %v2534 : i64
          %v2536 = arith.addi %v2533, %v2535 : i64
          %v2537 = arith.muli %v2536, %v1 : i64
          %v2538 = arith.addi %v2537, %v894 : i64
          %v2539 = llvm.getelementptr %scratch_h[%v2538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2540 = llvm.load %v2539 : !llvm.ptr -> f32
          %v2541 = arith.mulf %v2540, %v1181 : f32
          %v2542 = llvm.load %v358 : !llvm.ptr -> f32
          %v2543 = arith.addf %v2542, %v2541 : f32
          llvm.store %v2543, %v358 : f32, !llvm.ptr
          %v2544 = arith.muli %v1167, %v4 : i64
          %v2545 = arith.subi %v4, %v2 : i64
          %v2546 = arith.minsi %v59, %v2545 : i64
          %v2547 = arith.addi %v2544, %v2546 : i64
          %v2548 = arith.muli %v2547, %v1 : i64
          %v2549 = arith.addi %v2548, %v927 : i64
          %v2550 = llvm.getelementptr %scratch_h[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2551 = llvm.load %v2550 : !llvm.ptr -> f32
          %v2552 = arith.mulf %v2551, %v1181 : f32
          %v2553 = llvm.load %v362 : !llvm.ptr -> f32
          %v2554 = arith.addf %v2553, %v2552 : f32
          llvm.store %v2554, %v362 : f32, !llvm.ptr
          %v2555 = arith.muli %v1167, %v4 : i64
          %v2556 = arith.subi %v4, %v2 : i64
          %v2557 = arith.minsi %v59, %v2556 : i64
          %v2558 = arith.addi %v2555, %v2557 : i64
          %v2559 = arith.muli %v2558, %v1 : i64
          %v2560 = arith.addi %v2559, %v960 : i64
          %v2561 = llvm.getelementptr %scratch_h[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2562 = llvm.load %v2561 : !llvm.ptr -> f32
          %v2563 = arith.mulf %v2562, %v1181 : f32
          %v2564 = llvm.load %v366 : !llvm.ptr -> f32
          %v2565 = arith.addf %v2564, %v2563 : f32
          llvm.store %v2565, %v366 : f32, !llvm.ptr
          %v2566 = arith.muli %v1167, %v4 : i64
          %v2567 = arith.subi %v4, %v2 : i64
          %v2568 = arith.minsi %v59, %v2567 : i64
          %v2569 = arith.addi %v2566, %v2568 : i64
          %v2570 = arith.muli %v2569, %v1 : i64
          %v2571 = arith.addi %v2570, %v993 : i64
          %v2572 = llvm.getelementptr %scratch_h[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
          %v2574 = arith.mulf %v2573, %v1181 : f32
          %v2575 = llvm.load %v370 : !llvm.ptr -> f32
          %v2576 = arith.addf %v2575, %v2574 : f32
          llvm.store %v2576, %v370 : f32, !llvm.ptr
          %v2577 = arith.muli %v1167, %v4 : i64
          %v2578 = arith.subi %v4, %v2 : i64
          %v2579 = arith.minsi %v59, %v2578 : i64
          %v2580 = arith.addi %v2577, %v2579 : i64
          %v2581 = arith.muli %v2580, %v1 : i64
          %v2582 = arith.addi %v2581, %v1026 : i64
          %v2583 = llvm.getelementptr %scratch_h[%v2582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
          %v2585 = arith.mulf %v2584, %v1181 : f32
          %v2586 = llvm.load %v374 : !llvm.ptr -> f32
          %v2587 = arith.addf %v2586, %v2585 : f32
          llvm.store %v2587, %v374 : f32, !llvm.ptr
          %v2588 = arith.muli %v1167, %v4 : i64
          %v2589 = arith.subi %v4, %v2 : i64
          %v2590 = arith.minsi %v59, %v2589 : i64
          %v2591 = arith.addi %v2588, %v2590 : i64
          %v2592 = arith.muli %v2591, %v1 : i64
          %v2593 = arith.addi %v2592, %v1059 : i64
          %v2594 = llvm.getelementptr %scratch_h[%v2593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2595 = llvm.load %v2594 : !llvm.ptr -> f32
          %v2596 = arith.mulf %v2595, %v1181 : f32
          %v2597 = llvm.load %v378 : !llvm.ptr -> f32
          %v2598 = arith.addf %v2597, %v2596 : f32
          llvm.store %v2598, %v378 : f32, !llvm.ptr
          %v2599 = arith.muli %v1167, %v4 : i64
          %v2600 = arith.subi %v4, %v2 : i64
          %v2601 = arith.minsi %v59, %v2600 : i64
          %v2602 = arith.addi %v2599, %v2601 : i64
          %v2603 = arith.muli %v2602, %v1 : i64
          %v2604 = arith.addi %v2603, %v1092 : i64
          %v2605 = llvm.getelementptr %scratch_h[%v2604] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2606 = llvm.load %v2605 : !llvm.ptr -> f32
          %v2607 = arith.mulf %v2606, %v1181 : f32
          %v2608 = llvm.load %v382 : !llvm.ptr -> f32
          %v2609 = arith.addf %v2608, %v2607 : f32
          llvm.store %v2609, %v382 : f32, !llvm.ptr
          %v2610 = arith.muli %v1167, %v4 : i64
          %v2611 = arith.subi %v4, %v2 : i64
          %v2612 = arith.minsi %v59, %v2611 : i64
          %v2613 = arith.addi %v2610, %v2612 : i64
          %v2614 = arith.muli %v2613, %v1 : i64
          %v2615 = arith.addi %v2614, %v1125 : i64
          %v2616 = llvm.getelementptr %scratch_h[%v2615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2617 = llvm.load %v2616 : !llvm.ptr -> f32
          %v2618 = arith.mulf %v2617, %v1181 : f32
          %v2619 = llvm.load %v386 : !llvm.ptr -> f32
          %v2620 = arith.addf %v2619, %v2618 : f32
          llvm.store %v2620, %v386 : f32, !llvm.ptr
          %v2621 = arith.muli %v1167, %v4 : i64
          %v2622 = arith.subi %v4, %v2 : i64
          %v2623 = arith.minsi %v59, %v2622 : i64
          %v2624 = arith.addi %v2621, %v2623 : i64
          %v2625 = arith.muli %v2624, %v1 : i64
          %v2626 = arith.addi %v2625, %v1158 : i64
          %v2627 = llvm.getelementptr %scratch_h[%v2626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2628 = llvm.load %v2627 : !llvm.ptr -> f32
          %v2629 = arith.mulf %v2628, %v1181 : f32
          %v2630 = llvm.load %v390 : !llvm.ptr -> f32
          %v2631 = arith.addf %v2630, %v2629 : f32
          llvm.store %v2631, %v390 : f32, !llvm.ptr
          %v2632 = arith.mulf %v1772, %v1181 : f32
          %v2633 = llvm.load %v394 : !llvm.ptr -> f32
          %v2634 = arith.addf %v2633, %v2632 : f32
          llvm.store %v2634, %v394 : f32, !llvm.ptr
          llvm.store %v1370, %v134 : f32, !llvm.ptr
          llvm.store %v1390, %v138 : f32, !llvm.ptr
          llvm.store %v1414, %v142 : f32, !llvm.ptr
          llvm.store %v1438, %v146 : f32, !llvm.ptr
          llvm.store %v1462, %v150 : f32, !llvm.ptr
          llvm.store %v1486, %v154 : f32, !llvm.ptr
          llvm.store %v1510, %v158 : f32, !llvm.ptr
          llvm.store %v1534, %v162 : f32, !llvm.ptr
          llvm.store %v1558, %v166 : f32, !llvm.ptr
          llvm.store %v1582, %v170 : f32, !llvm.ptr
          llvm.store %v1606, %v174 : f32, !llvm.ptr
          llvm.store %v1630, %v178 : f32, !llvm.ptr
          llvm.store %v1654, %v182 : f32, !llvm.ptr
          llvm.store %v1678, %v186 : f32, !llvm.ptr
          llvm.store %v1702, %v190 : f32, !llvm.ptr
          llvm.store %v1726, %v194 : f32, !llvm.ptr
        }
      }
      scf.if %v60 {
        %v2635 = llvm.load %v198 : !llvm.ptr -> f32
        %v2636 = arith.muli %v59, %v2 : i64
        %v2637 = arith.addi %v2636, %v68 : i64
        %v2638 = llvm.getelementptr %part_log_dt[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2635, %v2638 : f32, !llvm.ptr
        %v2639 = llvm.load %v202 : !llvm.ptr -> f32
        %v2640 = arith.muli %v59, %v1 : i64
        %v2641 = arith.addi %v2640, %v68 : i64
        %v2642 = llvm.getelementptr %part_A_log[%v2641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2639, %v2642 : f32, !llvm.ptr
        %v2643 = llvm.load %v206 : !llvm.ptr -> f32
        %v2644 = arith.muli %v59, %v1 : i64
        %v2645 = arith.addi %v2644, %v2 : i64
        %v2646 = llvm.getelementptr %part_A_log[%v2645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2643, %v2646 : f32, !llvm.ptr
        %v2647 = llvm.load %v210 : !llvm.ptr -> f32
        %v2648 = arith.muli %v59, %v1 : i64
        %v2649 = arith.addi %v2648, %v729 : i64
        %v2650 = llvm.getelementptr %part_A_log[%v2649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2647, %v2650 : f32, !llvm.ptr
        %v2651 = llvm.load %v214 : !llvm.ptr -> f32
        %v2652 = arith.muli %v59, %v1 : i64
        %v2653 = arith.addi %v2652, %v762 : i64
        %v2654 = llvm.getelementptr %part_A_log[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2651, %v2654 : f32, !llvm.ptr
        %v2655 = llvm.load %v218 : !llvm.ptr -> f32
        %v2656 = arith.muli %v59, %v1 : i64
        %v2657 = arith.addi %v2656, %v795 : i64
        %v2658 = llvm.getelementptr %part_A_log[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2655, %v2658 : f32, !llvm.ptr
        %v2659 = llvm.load %v222 : !llvm.ptr -> f32
        %v2660 = arith.muli %v59, %v1 : i64
        %v2661 = arith.addi %v2660, %v828 : i64
        %v2662 = llvm.getelementptr %part_A_log[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2659, %v2662 : f32, !llvm.ptr
        %v2663 = llvm.load %v226 : !llvm.ptr -> f32
        %v2664 = arith.muli %v59, %v1 : i64
        %v2665 = arith.addi %v2664, %v861 : i64
        %v2666 = llvm.getelementptr %part_A_log[%v2665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2663, %v2666 : f32, !llvm.ptr
        %v2667 = llvm.load %v230 : !llvm.ptr -> f32
        %v2668 = arith.muli %v59, %v1 : i64
        %v2669 = arith.addi %v2668, %v894 : i64
        %v2670 = llvm.getelementptr %part_A_log[%v2669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2667, %v2670 : f32, !llvm.ptr
        %v2671 = llvm.load %v234 : !llvm.ptr -> f32
        %v2672 = arith.muli %v59, %v1 : i64
        %v2673 = arith.addi %v2672, %v927 : i64
        %v2674 = llvm.getelementptr %part_A_log[%v2673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2671, %v2674 : f32, !llvm.ptr
        %v2675 = llvm.load %v238 : !llvm.ptr -> f32
        %v2676 = arith.muli %v59, %v1 : i64
        %v2677 = arith.addi %v2676, %v960 : i64
        %v2678 = llvm.getelementptr %part_A_log[%v2677] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2675, %v2678 : f32, !llvm.ptr
        %v2679 = llvm.load %v242 : !llvm.ptr -> f32
        %v2680 = arith.muli %v59, %v1 : i64
        %v2681 = arith.addi %v2680, %v993 : i64
        %v2682 = llvm.getelementptr %part_A_log[%v2681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2679, %v2682 : f32, !llvm.ptr
        %v2683 = llvm.load %v246 : !llvm.ptr -> f32
        %v2684 = arith.muli %v59, %v1 : i64
        %v2685 = arith.addi %v2684, %v1026 : i64
        %v2686 = llvm.getelementptr %part_A_log[%v2685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2683, %v2686 : f32, !llvm.ptr
        %v2687 = llvm.load %v250 : !llvm.ptr -> f32
        %v2688 = arith.muli %v59, %v1 : i64
        %v2689 = arith.addi %v2688, %v1059 : i64
        %v2690 = llvm.getelementptr %part_A_log[%v2689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2687, %v2690 : f32, !llvm.ptr
        %v2691 = llvm.load %v254 : !llvm.ptr -> f32
        %v2692 = arith.muli %v59, %v1 : i64
        %v2693 = arith.addi %v2692, %v1092 : i64
        %v2694 = llvm.getelementptr %part_A_log[%v2693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2691, %v2694 : f32, !llvm.ptr
        %v2695 = llvm.load %v258 : !llvm.ptr -> f32
        %v2696 = arith.muli %v59, %v1 : i64
        %v2697 = arith.addi %v2696, %v1125 : i64
        %v2698 = llvm.getelementptr %part_A_log[%v2697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2695, %v2698 : f32, !llvm.ptr
        %v2699 = llvm.load %v262 : !llvm.ptr -> f32
        %v2700 = arith.muli %v59, %v1 : i64
        %v2701 = arith.addi %v2700, %v1158 : i64
        %v2702 = llvm.getelementptr %part_A_log[%v2701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2699, %v2702 : f32, !llvm.ptr
        %v2703 = llvm.load %v266 : !llvm.ptr -> f32
        %v2704 = arith.muli %v59, %v1 : i64
        %v2705 = arith.addi %v2704, %v68 : i64
        %v2706 = llvm.getelementptr %part_Bp[%v2705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2703, %v2706 : f32, !llvm.ptr
        %v2707 = llvm.load %v270 : !llvm.ptr -> f32
        %v2708 = arith.muli %v59, %v1 : i64
        %v2709 = arith.addi %v2708, %v2 : i64
        %v2710 = llvm.getelementptr %part_Bp[%v2709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2707, %v2710 : f32, !llvm.ptr
        %v2711 = llvm.load %v274 : !llvm.ptr -> f32
        %v2712 = arith.muli %v59, %v1 : i64
        %v2713 = arith.addi %v2712, %v729 : i64
        %v2714 = llvm.getelementptr %part_Bp[%v2713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2711, %v2714 : f32, !llvm.ptr
        %v2715 = llvm.load %v278 : !llvm.ptr -> f32
        %v2716 = arith.muli %v59, %v1 : i64
        %v2717 = arith.addi %v2716, %v762 : i64
        %v2718 = llvm.getelementptr %part_Bp[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2715, %v2718 : f32, !llvm.ptr
        %v2719 = llvm.load %v282 : !llvm.ptr -> f32
        %v2720 = arith.muli %v59, %v1 : i64
        %v2721 = arith.addi %v2720, %v795 : i64
        %v2722 = llvm.getelementptr %part_Bp[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2719, %v2722 : f32, !llvm.ptr
        %v2723 = llvm.load %v286 : !llvm.ptr -> f32
        %v2724 = arith.muli %v59, %v1 : i64
        %v2725 = arith.addi %v2724, %v828 : i64
        %v2726 = llvm.getelementptr %part_Bp[%v2725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2723, %v2726 : f32, !llvm.ptr
        %v2727 = llvm.load %v290 : !llvm.ptr -> f32
        %v2728 = arith.muli %v59, %v1 : i64
        %v2729 = arith.addi %v2728, %v861 : i64
        %v2730 = llvm.getelementptr %part_Bp[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2727, %v2730 : f32, !llvm.ptr
        %v2731 = llvm.load %v294 : !llvm.ptr -> f32
        %v2732 = arith.muli %v59, %v1 : i64
        %v2733 = arith.addi %v2732, %v894 : i64
        %v2734 = llvm.getelementptr %part_Bp[%v2733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2731, %v2734 : f32, !llvm.ptr
        %v2735 = llvm.load %v298 : !llvm.ptr -> f32
        %v2736 = arith.muli %v59, %v1 : i64
        %v2737 = arith.addi %v2736, %v927 : i64
        %v2738 = llvm.getelementptr %part_Bp[%v2737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2735, %v2738 : f32, !llvm.ptr
        %v2739 = llvm.load %v302 : !llvm.ptr -> f32
        %v2740 = arith.muli %v59, %v1 : i64
        %v2741 = arith.addi %v2740, %v960 : i64
        %v2742 = llvm.getelementptr %part_Bp[%v2741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2739, %v2742 : f32, !llvm.ptr
        %v2743 = llvm.load %v306 : !llvm.ptr -> f32
        %v2744 = arith.muli %v59, %v1 : i64
        %v2745 = arith.addi %v2744, %v993 : i64
        %v2746 = llvm.getelementptr %part_Bp[%v2745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2743, %v2746 : f32, !llvm.ptr
        %v2747 = llvm.load %v310 : !llvm.ptr -> f32
        %v2748 = arith.muli %v59, %v1 : i64
        %v2749 = arith.addi %v2748, %v1026 : i64
        %v2750 = llvm.getelementptr %part_Bp[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2747, %v2750 : f32, !llvm.ptr
        %v2751 = llvm.load %v314 : !llvm.ptr -> f32
        %v2752 = arith.muli %v59, %v1 : i64
        %v2753 = arith.addi %v2752, %v1059 : i64
        %v2754 = llvm.getelementptr %part_Bp[%v2753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2751, %v2754 : f32, !llvm.ptr
        %v2755 = llvm.load %v318 : !llvm.ptr -> f32
        %v2756 = arith.muli %v59, %v1 : i64
        %v2757 = arith.addi %v2756, %v1092 : i64
        %v2758 = llvm.getelementptr %part_Bp[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2755, %v2758 : f32, !llvm.ptr
        %v2759 = llvm.load %v322 : !llvm.ptr -> f32
        %v2760 = arith.muli %v59, %v1 : i64
        %v2761 = arith.addi %v2760, %v1125 : i64
        %v2762 = llvm.getelementptr %part_Bp[%v2761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2759, %v2762 : f32, !llvm.ptr
        %v2763 = llvm.load %v326 : !llvm.ptr -> f32
        %v2764 = arith.muli %v59, %v1 : i64
        %v2765 = arith.addi %v2764, %v1158 : i64
        %v2766 = llvm.getelementptr %part_Bp[%v2765] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2763, %v2766 : f32, !llvm.ptr
        %v2767 = llvm.load %v330 : !llvm.ptr -> f32
        %v2768 = arith.muli %v59, %v1 : i64
        %v2769 = arith.addi %v2768, %v68 : i64
        %v2770 = llvm.getelementptr %part_Cp[%v2769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2767, %v2770 : f32, !llvm.ptr
        %v2771 = llvm.load %v334 : !llvm.ptr -> f32
        %v2772 = arith.muli %v59, %v1 : i64
        %v2773 = arith.addi %v2772, %v2 : i64
        %v2774 = llvm.getelementptr %part_Cp[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2771, %v2774 : f32, !llvm.ptr
        %v2775 = llvm.load %v338 : !llvm.ptr -> f32
        %v2776 = arith.muli %v59, %v1 : i64
        %v2777 = arith.addi %v2776, %v729 : i64
        %v2778 = llvm.getelementptr %part_Cp[%v2777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2775, %v2778 : f32, !llvm.ptr
        %v2779 = llvm.load %v342 : !llvm.ptr -> f32
        %v2780 = arith.muli %v59, %v1 : i64
        %v2781 = arith.addi %v2780, %v762 : i64
        %v2782 = llvm.getelementptr %part_Cp[%v2781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2779, %v2782 : f32, !llvm.ptr
        %v2783 = llvm.load %v346 : !llvm.ptr -> f32
        %v2784 = arith.muli %v59, %v1 : i64
        %v2785 = arith.addi %v2784, %v795 : i64
        %v2786 = llvm.getelementptr %part_Cp[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2783, %v2786 : f32, !llvm.ptr
        %v2787 = llvm.load %v350 : !llvm.ptr -> f32
        %v2788 = arith.muli %v59, %v1 : i64
        %v2789 = arith.addi %v2788, %v828 : i64
        %v2790 = llvm.getelementptr %part_Cp[%v2789] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2787, %v2790 : f32, !llvm.ptr
        %v2791 = llvm.load %v354 : !llvm.ptr -> f32
        %v2792 = arith.muli %v59, %v1 : i64
        %v2793 = arith.addi %v2792, %v861 : i64
        %v2794 = llvm.getelementptr %part_Cp[%v2793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2791, %v2794 : f32, !llvm.ptr
        %v2795 = llvm.load %v358 : !llvm.ptr -> f32
        %v2796 = arith.muli %v59, %v1 : i64
        %v2797 = arith.addi %v2796, %v894 : i64
        %v2798 = llvm.getelementptr %part_Cp[%v2797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2795, %v2798 : f32, !llvm.ptr
        %v2799 = llvm.load %v362 : !llvm.ptr -> f32
        %v2800 = arith.muli %v59, %v1 : i64
        %v2801 = arith.addi %v2800, %v927 : i64
        %v2802 = llvm.getelementptr %part_Cp[%v2801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2799, %v2802 : f32, !llvm.ptr
        %v2803 = llvm.load %v366 : !llvm.ptr -> f32
        %v2804 = arith.muli %v59, %v1 : i64
        %v2805 = arith.addi %v2804, %v960 : i64
        %v2806 = llvm.getelementptr %part_Cp[%v2805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2803, %v2806 : f32, !llvm.ptr
        %v2807 = llvm.load %v370 : !llvm.ptr -> f32
        %v2808 = arith.muli %v59, %v1 : i64
        %v2809 = arith.addi %v2808, %v993 : i64
        %v2810 = llvm.getelementptr %part_Cp[%v2809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2807, %v2810 : f32, !llvm.ptr
        %v2811 = llvm.load %v374 : !llvm.ptr -> f32
        %v2812 = arith.muli %v59, %v1 : i64
        %v2813 = arith.addi %v2812, %v1026 : i64
        %v2814 = llvm.getelementptr %part_Cp[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2811, %v2814 : f32, !llvm.ptr
        %v2815 = llvm.load %v378 : !llvm.ptr -> f32
        %v2816 = arith.muli %v59, %v1 : i64
        %v2817 = arith.addi %v2816, %v1059 : i64
        %v2818 = llvm.getelementptr %part_Cp[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2815, %v2818 : f32, !llvm.ptr
        %v2819 = llvm.load %v382 : !llvm.ptr -> f32
        %v2820 = arith.muli %v59, %v1 : i64
        %v2821 = arith.addi %v2820, %v1092 : i64
        %v2822 = llvm.getelementptr %part_Cp[%v2821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2819, %v2822 : f32, !llvm.ptr
        %v2823 = llvm.load %v386 : !llvm.ptr -> f32
        %v2824 = arith.muli %v59, %v1 : i64
        %v2825 = arith.addi %v2824, %v1125 : i64
        %v2826 = llvm.getelementptr %part_Cp[%v2825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2823, %v2826 : f32, !llvm.ptr
        %v2827 = llvm.load %v390 : !llvm.ptr -> f32
        %v2828 = arith.muli %v59, %v1 : i64
        %v2829 = arith.addi %v2828, %v1158 : i64
        %v2830 = llvm.getelementptr %part_Cp[%v2829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2827, %v2830 : f32, !llvm.ptr
        %v2831 = llvm.load %v394 : !llvm.ptr -> f32
        %v2832 = arith.muli %v59, %v2 : i64
        %v2833 = arith.addi %v2832, %v68 : i64
        %v2834 = llvm.getelementptr %part_Dskip[%v2833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2831, %v2834 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
