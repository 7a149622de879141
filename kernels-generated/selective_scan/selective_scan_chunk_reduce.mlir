module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @selective_scan_chunk_reduce(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v39 = llvm.mlir.addressof @rows_selective_scan_chunk_reduce : !llvm.ptr<3>
      %v40 = llvm.mlir.addressof @smem_selective_scan_chunk_reduce : !llvm.ptr<3>
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
      %v86 = arith.constant 64 : i64
      %v87 = arith.constant 1 : i64
      %v96 = arith.constant 64 : i64
      %v97 = arith.constant 2 : i64
      %v101 = arith.constant 0x00000000 : f32
      %v102 = arith.constant 0x3F800000 : f32
      %v103 = arith.constant 256 : i64
      %v107 = arith.constant 32 : i64
      %v114 = arith.constant 32 : i64
      %v116 = arith.constant 0 : i64
      %v117 = arith.constant 2048 : i64
      %v119 = arith.constant 0 : i64
      %v122 = arith.constant 2048 : i64
      %v123 = arith.constant 2047 : i64
      %v126 = arith.constant 32 : i64
      %v129 = arith.constant 0 : i64
      %v135 = arith.constant 1 : i64
      %v139 = arith.constant 33 : i64
      %v144 = arith.constant 2048 : i64
      %v146 = arith.constant 64 : i64
      %v149 = arith.constant 2048 : i64
      %v150 = arith.constant 2047 : i64
      %v153 = arith.constant 32 : i64
      %v156 = arith.constant 0 : i64
      %v162 = arith.constant 1 : i64
      %v166 = arith.constant 33 : i64
      %v171 = arith.constant 2048 : i64
      %v173 = arith.constant 128 : i64
      %v176 = arith.constant 2048 : i64
      %v177 = arith.constant 2047 : i64
      %v180 = arith.constant 32 : i64
      %v183 = arith.constant 0 : i64
      %v189 = arith.constant 1 : i64
      %v193 = arith.constant 33 : i64
      %v198 = arith.constant 2048 : i64
      %v200 = arith.constant 192 : i64
      %v203 = arith.constant 2048 : i64
      %v204 = arith.constant 2047 : i64
      %v207 = arith.constant 32 : i64
      %v210 = arith.constant 0 : i64
      %v216 = arith.constant 1 : i64
      %v220 = arith.constant 33 : i64
      %v225 = arith.constant 2048 : i64
      %v227 = arith.constant 256 : i64
      %v230 = arith.constant 2048 : i64
      %v231 = arith.constant 2047 : i64
      %v234 = arith.constant 32 : i64
      %v237 = arith.constant 0 : i64
      %v243 = arith.constant 1 : i64
      %v247 = arith.constant 33 : i64
      %v252 = arith.constant 2048 : i64
      %v254 = arith.constant 320 : i64
      %v257 = arith.constant 2048 : i64
      %v258 = arith.constant 2047 : i64
      %v261 = arith.constant 32 : i64
      %v264 = arith.constant 0 : i64
      %v270 = arith.constant 1 : i64
      %v274 = arith.constant 33 : i64
      %v279 = arith.constant 2048 : i64
      %v281 = arith.constant 384 : i64
      %v284 = arith.constant 2048 : i64
      %v285 = arith.constant 2047 : i64
      %v288 = arith.constant 32 : i64
      %v291 = arith.constant 0 : i64
      %v297 = arith.constant 1 : i64
      %v301 = arith.constant 33 : i64
      %v306 = arith.constant 2048 : i64
      %v308 = arith.constant 448 : i64
      %v311 = arith.constant 2048 : i64
      %v312 = arith.constant 2047 : i64
      %v315 = arith.constant 32 : i64
      %v318 = arith.constant 0 : i64
      %v324 = arith.constant 1 : i64
      %v328 = arith.constant 33 : i64
      %v333 = arith.constant 2048 : i64
      %v335 = arith.constant 512 : i64
      %v338 = arith.constant 2048 : i64
      %v339 = arith.constant 2047 : i64
      %v342 = arith.constant 32 : i64
      %v345 = arith.constant 0 : i64
      %v351 = arith.constant 1 : i64
      %v355 = arith.constant 33 : i64
      %v360 = arith.constant 2048 : i64
      %v362 = arith.constant 576 : i64
      %v365 = arith.constant 2048 : i64
      %v366 = arith.constant 2047 : i64
      %v369 = arith.constant 32 : i64
      %v372 = arith.constant 0 : i64
      %v378 = arith.constant 1 : i64
      %v382 = arith.constant 33 : i64
      %v387 = arith.constant 2048 : i64
      %v389 = arith.constant 640 : i64
      %v392 = arith.constant 2048 : i64
      %v393 = arith.constant 2047 : i64
      %v396 = arith.constant 32 : i64
      %v399 = arith.constant 0 : i64
      %v405 = arith.constant 1 : i64
      %v409 = arith.constant 33 : i64
      %v414 = arith.constant 2048 : i64
      %v416 = arith.constant 704 : i64
      %v419 = arith.constant 2048 : i64
      %v420 = arith.constant 2047 : i64
      %v423 = arith.constant 32 : i64
      %v426 = arith.constant 0 : i64
      %v432 = arith.constant 1 : i64
      %v436 = arith.constant 33 : i64
      %v441 = arith.constant 2048 : i64
      %v443 = arith.constant 768 : i64
      %v446 = arith.constant 2048 : i64
      %v447 = arith.constant 2047 : i64
      %v450 = arith.constant 32 : i64
      %v453 = arith.constant 0 : i64
      %v459 = arith.constant 1 : i64
      %v463 = arith.constant 33 : i64
      %v468 = arith.constant 2048 : i64
      %v470 = arith.constant 832 : i64
      %v473 = arith.constant 2048 : i64
      %v474 = arith.constant 2047 : i64
      %v477 = arith.constant 32 : i64
      %v480 = arith.constant 0 : i64
      %v486 = arith.constant 1 : i64
      %v490 = arith.constant 33 : i64
      %v495 = arith.constant 2048 : i64
      %v497 = arith.constant 896 : i64
      %v500 = arith.constant 2048 : i64
      %v501 = arith.constant 2047 : i64
      %v504 = arith.constant 32 : i64
      %v507 = arith.constant 0 : i64
      %v513 = arith.constant 1 : i64
      %v517 = arith.constant 33 : i64
      %v522 = arith.constant 2048 : i64
      %v524 = arith.constant 960 : i64
      %v527 = arith.constant 2048 : i64
      %v528 = arith.constant 2047 : i64
      %v531 = arith.constant 32 : i64
      %v534 = arith.constant 0 : i64
      %v540 = arith.constant 1 : i64
      %v544 = arith.constant 33 : i64
      %v549 = arith.constant 2048 : i64
      %v551 = arith.constant 1024 : i64
      %v554 = arith.constant 2048 : i64
      %v555 = arith.constant 2047 : i64
      %v558 = arith.constant 32 : i64
      %v561 = arith.constant 0 : i64
      %v567 = arith.constant 1 : i64
      %v571 = arith.constant 33 : i64
      %v576 = arith.constant 2048 : i64
      %v578 = arith.constant 1088 : i64
      %v581 = arith.constant 2048 : i64
      %v582 = arith.constant 2047 : i64
      %v585 = arith.constant 32 : i64
      %v588 = arith.constant 0 : i64
      %v594 = arith.constant 1 : i64
      %v598 = arith.constant 33 : i64
      %v603 = arith.constant 2048 : i64
      %v605 = arith.constant 1152 : i64
      %v608 = arith.constant 2048 : i64
      %v609 = arith.constant 2047 : i64
      %v612 = arith.constant 32 : i64
      %v615 = arith.constant 0 : i64
      %v621 = arith.constant 1 : i64
      %v625 = arith.constant 33 : i64
      %v630 = arith.constant 2048 : i64
      %v632 = arith.constant 1216 : i64
      %v635 = arith.constant 2048 : i64
      %v636 = arith.constant 2047 : i64
      %v639 = arith.constant 32 : i64
      %v642 = arith.constant 0 : i64
      %v648 = arith.constant 1 : i64
      %v652 = arith.constant 33 : i64
      %v657 = arith.constant 2048 : i64
      %v659 = arith.constant 1280 : i64
      %v662 = arith.constant 2048 : i64
      %v663 = arith.constant 2047 : i64
      %v666 = arith.constant 32 : i64
      %v669 = arith.constant 0 : i64
      %v675 = arith.constant 1 : i64
      %v679 = arith.constant 33 : i64
      %v684 = arith.constant 2048 : i64
      %v686 = arith.constant 1344 : i64
      %v689 = arith.constant 2048 : i64
      %v690 = arith.constant 2047 : i64
      %v693 = arith.constant 32 : i64
      %v696 = arith.constant 0 : i64
      %v702 = arith.constant 1 : i64
      %v706 = arith.constant 33 : i64
      %v711 = arith.constant 2048 : i64
      %v713 = arith.constant 1408 : i64
      %v716 = arith.constant 2048 : i64
      %v717 = arith.constant 2047 : i64
      %v720 = arith.constant 32 : i64
      %v723 = arith.constant 0 : i64
      %v729 = arith.constant 1 : i64
      %v733 = arith.constant 33 : i64
      %v738 = arith.constant 2048 : i64
      %v740 = arith.constant 1472 : i64
      %v743 = arith.constant 2048 : i64
      %v744 = arith.constant 2047 : i64
      %v747 = arith.constant 32 : i64
      %v750 = arith.constant 0 : i64
      %v756 = arith.constant 1 : i64
      %v760 = arith.constant 33 : i64
      %v765 = arith.constant 2048 : i64
      %v767 = arith.constant 1536 : i64
      %v770 = arith.constant 2048 : i64
      %v771 = arith.constant 2047 : i64
      %v774 = arith.constant 32 : i64
      %v777 = arith.constant 0 : i64
      %v783 = arith.constant 1 : i64
      %v787 = arith.constant 33 : i64
      %v792 = arith.constant 2048 : i64
      %v794 = arith.constant 1600 : i64
      %v797 = arith.constant 2048 : i64
      %v798 = arith.constant 2047 : i64
      %v801 = arith.constant 32 : i64
      %v804 = arith.constant 0 : i64
      %v810 = arith.constant 1 : i64
      %v814 = arith.constant 33 : i64
      %v819 = arith.constant 2048 : i64
      %v821 = arith.constant 1664 : i64
      %v824 = arith.constant 2048 : i64
      %v825 = arith.constant 2047 : i64
      %v828 = arith.constant 32 : i64
      %v831 = arith.constant 0 : i64
      %v837 = arith.constant 1 : i64
      %v841 = arith.constant 33 : i64
      %v846 = arith.constant 2048 : i64
      %v848 = arith.constant 1728 : i64
      %v851 = arith.constant 2048 : i64
      %v852 = arith.constant 2047 : i64
      %v855 = arith.constant 32 : i64
      %v858 = arith.constant 0 : i64
      %v864 = arith.constant 1 : i64
      %v868 = arith.constant 33 : i64
      %v873 = arith.constant 2048 : i64
      %v875 = arith.constant 1792 : i64
      %v878 = arith.constant 2048 : i64
      %v879 = arith.constant 2047 : i64
      %v882 = arith.constant 32 : i64
      %v885 = arith.constant 0 : i64
      %v891 = arith.constant 1 : i64
      %v895 = arith.constant 33 : i64
      %v900 = arith.constant 2048 : i64
      %v902 = arith.constant 1856 : i64
      %v905 = arith.constant 2048 : i64
      %v906 = arith.constant 2047 : i64
      %v909 = arith.constant 32 : i64
      %v912 = arith.constant 0 : i64
      %v918 = arith.constant 1 : i64
      %v922 = arith.constant 33 : i64
      %v927 = arith.constant 2048 : i64
      %v929 = arith.constant 1920 : i64
      %v932 = arith.constant 2048 : i64
      %v933 = arith.constant 2047 : i64
      %v936 = arith.constant 32 : i64
      %v939 = arith.constant 0 : i64
      %v945 = arith.constant 1 : i64
      %v949 = arith.constant 33 : i64
      %v954 = arith.constant 2048 : i64
      %v956 = arith.constant 1984 : i64
      %v959 = arith.constant 2048 : i64
      %v960 = arith.constant 2047 : i64
      %v963 = arith.constant 32 : i64
      %v966 = arith.constant 0 : i64
      %v972 = arith.constant 1 : i64
      %v976 = arith.constant 33 : i64
      %v1013 = arith.constant 0 : i64
      %v1014 = arith.constant 2048 : i64
      %v1016 = arith.constant 0 : i64
      %v1019 = arith.constant 2048 : i64
      %v1020 = arith.constant 2047 : i64
      %v1023 = arith.constant 32 : i64
      %v1026 = arith.constant 64 : i64
      %v1032 = arith.constant 1 : i64
      %v1036 = arith.constant 33 : i64
      %v1041 = arith.constant 2048 : i64
      %v1043 = arith.constant 64 : i64
      %v1046 = arith.constant 2048 : i64
      %v1047 = arith.constant 2047 : i64
      %v1050 = arith.constant 32 : i64
      %v1053 = arith.constant 64 : i64
      %v1059 = arith.constant 1 : i64
      %v1063 = arith.constant 33 : i64
      %v1068 = arith.constant 2048 : i64
      %v1070 = arith.constant 128 : i64
      %v1073 = arith.constant 2048 : i64
      %v1074 = arith.constant 2047 : i64
      %v1077 = arith.constant 32 : i64
      %v1080 = arith.constant 64 : i64
      %v1086 = arith.constant 1 : i64
      %v1090 = arith.constant 33 : i64
      %v1095 = arith.constant 2048 : i64
      %v1097 = arith.constant 192 : i64
      %v1100 = arith.constant 2048 : i64
      %v1101 = arith.constant 2047 : i64
      %v1104 = arith.constant 32 : i64
      %v1107 = arith.constant 64 : i64
      %v1113 = arith.constant 1 : i64
      %v1117 = arith.constant 33 : i64
      %v1122 = arith.constant 2048 : i64
      %v1124 = arith.constant 256 : i64
      %v1127 = arith.constant 2048 : i64
      %v1128 = arith.constant 2047 : i64
      %v1131 = arith.constant 32 : i64
      %v1134 = arith.constant 64 : i64
      %v1140 = arith.constant 1 : i64
      %v1144 = arith.constant 33 : i64
      %v1149 = arith.constant 2048 : i64
      %v1151 = arith.constant 320 : i64
      %v1154 = arith.constant 2048 : i64
      %v1155 = arith.constant 2047 : i64
      %v1158 = arith.constant 32 : i64
      %v1161 = arith.constant 64 : i64
      %v1167 = arith.constant 1 : i64
      %v1171 = arith.constant 33 : i64
      %v1176 = arith.constant 2048 : i64
      %v1178 = arith.constant 384 : i64
      %v1181 = arith.constant 2048 : i64
      %v1182 = arith.constant 2047 : i64
      %v1185 = arith.constant 32 : i64
      %v1188 = arith.constant 64 : i64
      %v1194 = arith.constant 1 : i64
      %v1198 = arith.constant 33 : i64
      %v1203 = arith.constant 2048 : i64
      %v1205 = arith.constant 448 : i64
      %v1208 = arith.constant 2048 : i64
      %v1209 = arith.constant 2047 : i64
      %v1212 = arith.constant 32 : i64
      %v1215 = arith.constant 64 : i64
      %v1221 = arith.constant 1 : i64
      %v1225 = arith.constant 33 : i64
      %v1230 = arith.constant 2048 : i64
      %v1232 = arith.constant 512 : i64
      %v1235 = arith.constant 2048 : i64
      %v1236 = arith.constant 2047 : i64
      %v1239 = arith.constant 32 : i64
      %v1242 = arith.constant 64 : i64
      %v1248 = arith.constant 1 : i64
      %v1252 = arith.constant 33 : i64
      %v1257 = arith.constant 2048 : i64
      %v1259 = arith.constant 576 : i64
      %v1262 = arith.constant 2048 : i64
      %v1263 = arith.constant 2047 : i64
      %v1266 = arith.constant 32 : i64
      %v1269 = arith.constant 64 : i64
      %v1275 = arith.constant 1 : i64
      %v1279 = arith.constant 33 : i64
      %v1284 = arith.constant 2048 : i64
      %v1286 = arith.constant 640 : i64
      %v1289 = arith.constant 2048 : i64
      %v1290 = arith.constant 2047 : i64
      %v1293 = arith.constant 32 : i64
      %v1296 = arith.constant 64 : i64
      %v1302 = arith.constant 1 : i64
      %v1306 = arith.constant 33 : i64
      %v1311 = arith.constant 2048 : i64
      %v1313 = arith.constant 704 : i64
      %v1316 = arith.constant 2048 : i64
      %v1317 = arith.constant 2047 : i64
      %v1320 = arith.constant 32 : i64
      %v1323 = arith.constant 64 : i64
      %v1329 = arith.constant 1 : i64
      %v1333 = arith.constant 33 : i64
      %v1338 = arith.constant 2048 : i64
      %v1340 = arith.constant 768 : i64
      %v1343 = arith.constant 2048 : i64
      %v1344 = arith.constant 2047 : i64
      %v1347 = arith.constant 32 : i64
      %v1350 = arith.constant 64 : i64
      %v1356 = arith.constant 1 : i64
      %v1360 = arith.constant 33 : i64
      %v1365 = arith.constant 2048 : i64
      %v1367 = arith.constant 832 : i64
      %v1370 = arith.constant 2048 : i64
      %v1371 = arith.constant 2047 : i64
      %v1374 = arith.constant 32 : i64
      %v1377 = arith.constant 64 : i64
      %v1383 = arith.constant 1 : i64
      %v1387 = arith.constant 33 : i64
      %v1392 = arith.constant 2048 : i64
      %v1394 = arith.constant 896 : i64
      %v1397 = arith.constant 2048 : i64
      %v1398 = arith.constant 2047 : i64
      %v1401 = arith.constant 32 : i64
      %v1404 = arith.constant 64 : i64
      %v1410 = arith.constant 1 : i64
      %v1414 = arith.constant 33 : i64
      %v1419 = arith.constant 2048 : i64
      %v1421 = arith.constant 960 : i64
      %v1424 = arith.constant 2048 : i64
      %v1425 = arith.constant 2047 : i64
      %v1428 = arith.constant 32 : i64
      %v1431 = arith.constant 64 : i64
      %v1437 = arith.constant 1 : i64
      %v1441 = arith.constant 33 : i64
      %v1446 = arith.constant 2048 : i64
      %v1448 = arith.constant 1024 : i64
      %v1451 = arith.constant 2048 : i64
      %v1452 = arith.constant 2047 : i64
      %v1455 = arith.constant 32 : i64
      %v1458 = arith.constant 64 : i64
      %v1464 = arith.constant 1 : i64
      %v1468 = arith.constant 33 : i64
      %v1473 = arith.constant 2048 : i64
      %v1475 = arith.constant 1088 : i64
      %v1478 = arith.constant 2048 : i64
      %v1479 = arith.constant 2047 : i64
      %v1482 = arith.constant 32 : i64
      %v1485 = arith.constant 64 : i64
      %v1491 = arith.constant 1 : i64
      %v1495 = arith.constant 33 : i64
      %v1500 = arith.constant 2048 : i64
      %v1502 = arith.constant 1152 : i64
      %v1505 = arith.constant 2048 : i64
      %v1506 = arith.constant 2047 : i64
      %v1509 = arith.constant 32 : i64
      %v1512 = arith.constant 64 : i64
      %v1518 = arith.constant 1 : i64
      %v1522 = arith.constant 33 : i64
      %v1527 = arith.constant 2048 : i64
      %v1529 = arith.constant 1216 : i64
      %v1532 = arith.constant 2048 : i64
      %v1533 = arith.constant 2047 : i64
      %v1536 = arith.constant 32 : i64
      %v1539 = arith.constant 64 : i64
      %v1545 = arith.constant 1 : i64
      %v1549 = arith.constant 33 : i64
      %v1554 = arith.constant 2048 : i64
      %v1556 = arith.constant 1280 : i64
      %v1559 = arith.constant 2048 : i64
      %v1560 = arith.constant 2047 : i64
      %v1563 = arith.constant 32 : i64
      %v1566 = arith.constant 64 : i64
      %v1572 = arith.constant 1 : i64
      %v1576 = arith.constant 33 : i64
      %v1581 = arith.constant 2048 : i64
      %v1583 = arith.constant 1344 : i64
      %v1586 = arith.constant 2048 : i64
      %v1587 = arith.constant 2047 : i64
      %v1590 = arith.constant 32 : i64
      %v1593 = arith.constant 64 : i64
      %v1599 = arith.constant 1 : i64
      %v1603 = arith.constant 33 : i64
      %v1608 = arith.constant 2048 : i64
      %v1610 = arith.constant 1408 : i64
      %v1613 = arith.constant 2048 : i64
      %v1614 = arith.constant 2047 : i64
      %v1617 = arith.constant 32 : i64
      %v1620 = arith.constant 64 : i64
      %v1626 = arith.constant 1 : i64
      %v1630 = arith.constant 33 : i64
      %v1635 = arith.constant 2048 : i64
      %v1637 = arith.constant 1472 : i64
      %v1640 = arith.constant 2048 : i64
      %v1641 = arith.constant 2047 : i64
      %v1644 = arith.constant 32 : i64
      %v1647 = arith.constant 64 : i64
      %v1653 = arith.constant 1 : i64
      %v1657 = arith.constant 33 : i64
      %v1662 = arith.constant 2048 : i64
      %v1664 = arith.constant 1536 : i64
      %v1667 = arith.constant 2048 : i64
      %v1668 = arith.constant 2047 : i64
      %v1671 = arith.constant 32 : i64
      %v1674 = arith.constant 64 : i64
      %v1680 = arith.constant 1 : i64
      %v1684 = arith.constant 33 : i64
      %v1689 = arith.constant 2048 : i64
      %v1691 = arith.constant 1600 : i64
      %v1694 = arith.constant 2048 : i64
      %v1695 = arith.constant 2047 : i64
      %v1698 = arith.constant 32 : i64
      %v1701 = arith.constant 64 : i64
      %v1707 = arith.constant 1 : i64
      %v1711 = arith.constant 33 : i64
      %v1716 = arith.constant 2048 : i64
      %v1718 = arith.constant 1664 : i64
      %v1721 = arith.constant 2048 : i64
      %v1722 = arith.constant 2047 : i64
      %v1725 = arith.constant 32 : i64
      %v1728 = arith.constant 64 : i64
      %v1734 = arith.constant 1 : i64
      %v1738 = arith.constant 33 : i64
      %v1743 = arith.constant 2048 : i64
      %v1745 = arith.constant 1728 : i64
      %v1748 = arith.constant 2048 : i64
      %v1749 = arith.constant 2047 : i64
      %v1752 = arith.constant 32 : i64
      %v1755 = arith.constant 64 : i64
      %v1761 = arith.constant 1 : i64
      %v1765 = arith.constant 33 : i64
      %v1770 = arith.constant 2048 : i64
      %v1772 = arith.constant 1792 : i64
      %v1775 = arith.constant 2048 : i64
      %v1776 = arith.constant 2047 : i64
      %v1779 = arith.constant 32 : i64
      %v1782 = arith.constant 64 : i64
      %v1788 = arith.constant 1 : i64
      %v1792 = arith.constant 33 : i64
      %v1797 = arith.constant 2048 : i64
      %v1799 = arith.constant 1856 : i64
      %v1802 = arith.constant 2048 : i64
      %v1803 = arith.constant 2047 : i64
      %v1806 = arith.constant 32 : i64
      %v1809 = arith.constant 64 : i64
      %v1815 = arith.constant 1 : i64
      %v1819 = arith.constant 33 : i64
      %v1824 = arith.constant 2048 : i64
      %v1826 = arith.constant 1920 : i64
      %v1829 = arith.constant 2048 : i64
      %v1830 = arith.constant 2047 : i64
      %v1833 = arith.constant 32 : i64
      %v1836 = arith.constant 64 : i64
      %v1842 = arith.constant 1 : i64
      %v1846 = arith.constant 33 : i64
      %v1851 = arith.constant 2048 : i64
      %v1853 = arith.constant 1984 : i64
      %v1856 = arith.constant 2048 : i64
      %v1857 = arith.constant 2047 : i64
      %v1860 = arith.constant 32 : i64
      %v1863 = arith.constant 64 : i64
      %v1869 = arith.constant 1 : i64
      %v1873 = arith.constant 33 : i64
      %v1910 = arith.constant 0 : i64
      %v1911 = arith.constant 2048 : i64
      %v1913 = arith.constant 0 : i64
      %v1916 = arith.constant 2048 : i64
      %v1917 = arith.constant 2047 : i64
      %v1920 = arith.constant 32 : i64
      %v1923 = arith.constant 128 : i64
      %v1929 = arith.constant 1 : i64
      %v1933 = arith.constant 33 : i64
      %v1938 = arith.constant 2048 : i64
      %v1940 = arith.constant 64 : i64
      %v1943 = arith.constant 2048 : i64
      %v1944 = arith.constant 2047 : i64
      %v1947 = arith.constant 32 : i64
      %v1950 = arith.constant 128 : i64
      %v1956 = arith.constant 1 : i64
      %v1960 = arith.constant 33 : i64
      %v1965 = arith.constant 2048 : i64
      %v1967 = arith.constant 128 : i64
      %v1970 = arith.constant 2048 : i64
      %v1971 = arith.constant 2047 : i64
      %v1974 = arith.constant 32 : i64
      %v1977 = arith.constant 128 : i64
      %v1983 = arith.constant 1 : i64
      %v1987 = arith.constant 33 : i64
      %v1992 = arith.constant 2048 : i64
      %v1994 = arith.constant 192 : i64
      %v1997 = arith.constant 2048 : i64
      %v1998 = arith.constant 2047 : i64
      %v2001 = arith.constant 32 : i64
      %v2004 = arith.constant 128 : i64
      %v2010 = arith.constant 1 : i64
      %v2014 = arith.constant 33 : i64
      %v2019 = arith.constant 2048 : i64
      %v2021 = arith.constant 256 : i64
      %v2024 = arith.constant 2048 : i64
      %v2025 = arith.constant 2047 : i64
      %v2028 = arith.constant 32 : i64
      %v2031 = arith.constant 128 : i64
      %v2037 = arith.constant 1 : i64
      %v2041 = arith.constant 33 : i64
      %v2046 = arith.constant 2048 : i64
      %v2048 = arith.constant 320 : i64
      %v2051 = arith.constant 2048 : i64
      %v2052 = arith.constant 2047 : i64
      %v2055 = arith.constant 32 : i64
      %v2058 = arith.constant 128 : i64
      %v2064 = arith.constant 1 : i64
      %v2068 = arith.constant 33 : i64
      %v2073 = arith.constant 2048 : i64
      %v2075 = arith.constant 384 : i64
      %v2078 = arith.constant 2048 : i64
      %v2079 = arith.constant 2047 : i64
      %v2082 = arith.constant 32 : i64
      %v2085 = arith.constant 128 : i64
      %v2091 = arith.constant 1 : i64
      %v2095 = arith.constant 33 : i64
      %v2100 = arith.constant 2048 : i64
      %v2102 = arith.constant 448 : i64
      %v2105 = arith.constant 2048 : i64
      %v2106 = arith.constant 2047 : i64
      %v2109 = arith.constant 32 : i64
      %v2112 = arith.constant 128 : i64
      %v2118 = arith.constant 1 : i64
      %v2122 = arith.constant 33 : i64
      %v2127 = arith.constant 2048 : i64
      %v2129 = arith.constant 512 : i64
      %v2132 = arith.constant 2048 : i64
      %v2133 = arith.constant 2047 : i64
      %v2136 = arith.constant 32 : i64
      %v2139 = arith.constant 128 : i64
      %v2145 = arith.constant 1 : i64
      %v2149 = arith.constant 33 : i64
      %v2154 = arith.constant 2048 : i64
      %v2156 = arith.constant 576 : i64
      %v2159 = arith.constant 2048 : i64
      %v2160 = arith.constant 2047 : i64
      %v2163 = arith.constant 32 : i64
      %v2166 = arith.constant 128 : i64
      %v2172 = arith.constant 1 : i64
      %v2176 = arith.constant 33 : i64
      %v2181 = arith.constant 2048 : i64
      %v2183 = arith.constant 640 : i64
      %v2186 = arith.constant 2048 : i64
      %v2187 = arith.constant 2047 : i64
      %v2190 = arith.constant 32 : i64
      %v2193 = arith.constant 128 : i64
      %v2199 = arith.constant 1 : i64
      %v2203 = arith.constant 33 : i64
      %v2208 = arith.constant 2048 : i64
      %v2210 = arith.constant 704 : i64
      %v2213 = arith.constant 2048 : i64
      %v2214 = arith.constant 2047 : i64
      %v2217 = arith.constant 32 : i64
      %v2220 = arith.constant 128 : i64
      %v2226 = arith.constant 1 : i64
      %v2230 = arith.constant 33 : i64
      %v2235 = arith.constant 2048 : i64
      %v2237 = arith.constant 768 : i64
      %v2240 = arith.constant 2048 : i64
      %v2241 = arith.constant 2047 : i64
      %v2244 = arith.constant 32 : i64
      %v2247 = arith.constant 128 : i64
      %v2253 = arith.constant 1 : i64
      %v2257 = arith.constant 33 : i64
      %v2262 = arith.constant 2048 : i64
      %v2264 = arith.constant 832 : i64
      %v2267 = arith.constant 2048 : i64
      %v2268 = arith.constant 2047 : i64
      %v2271 = arith.constant 32 : i64
      %v2274 = arith.constant 128 : i64
      %v2280 = arith.constant 1 : i64
      %v2284 = arith.constant 33 : i64
      %v2289 = arith.constant 2048 : i64
      %v2291 = arith.constant 896 : i64
      %v2294 = arith.constant 2048 : i64
      %v2295 = arith.constant 2047 : i64
      %v2298 = arith.constant 32 : i64
      %v2301 = arith.constant 128 : i64
      %v2307 = arith.constant 1 : i64
      %v2311 = arith.constant 33 : i64
      %v2316 = arith.constant 2048 : i64
      %v2318 = arith.constant 960 : i64
      %v2321 = arith.constant 2048 : i64
      %v2322 = arith.constant 2047 : i64
      %v2325 = arith.constant 32 : i64
      %v2328 = arith.constant 128 : i64
      %v2334 = arith.constant 1 : i64
      %v2338 = arith.constant 33 : i64
      %v2343 = arith.constant 2048 : i64
      %v2345 = arith.constant 1024 : i64
      %v2348 = arith.constant 2048 : i64
      %v2349 = arith.constant 2047 : i64
      %v2352 = arith.constant 32 : i64
      %v2355 = arith.constant 128 : i64
      %v2361 = arith.constant 1 : i64
      %v2365 = arith.constant 33 : i64
      %v2370 = arith.constant 2048 : i64
      %v2372 = arith.constant 1088 : i64
      %v2375 = arith.constant 2048 : i64
      %v2376 = arith.constant 2047 : i64
      %v2379 = arith.constant 32 : i64
      %v2382 = arith.constant 128 : i64
      %v2388 = arith.constant 1 : i64
      %v2392 = arith.constant 33 : i64
      %v2397 = arith.constant 2048 : i64
      %v2399 = arith.constant 1152 : i64
      %v2402 = arith.constant 2048 : i64
      %v2403 = arith.constant 2047 : i64
      %v2406 = arith.constant 32 : i64
      %v2409 = arith.constant 128 : i64
      %v2415 = arith.constant 1 : i64
      %v2419 = arith.constant 33 : i64
      %v2424 = arith.constant 2048 : i64
      %v2426 = arith.constant 1216 : i64
      %v2429 = arith.constant 2048 : i64
      %v2430 = arith.constant 2047 : i64
      %v2433 = arith.constant 32 : i64
      %v2436 = arith.constant 128 : i64
      %v2442 = arith.constant 1 : i64
      %v2446 = arith.constant 33 : i64
      %v2451 = arith.constant 2048 : i64
      %v2453 = arith.constant 1280 : i64
      %v2456 = arith.constant 2048 : i64
      %v2457 = arith.constant 2047 : i64
      %v2460 = arith.constant 32 : i64
      %v2463 = arith.constant 128 : i64
      %v2469 = arith.constant 1 : i64
      %v2473 = arith.constant 33 : i64
      %v2478 = arith.constant 2048 : i64
      %v2480 = arith.constant 1344 : i64
      %v2483 = arith.constant 2048 : i64
      %v2484 = arith.constant 2047 : i64
      %v2487 = arith.constant 32 : i64
      %v2490 = arith.constant 128 : i64
      %v2496 = arith.constant 1 : i64
      %v2500 = arith.constant 33 : i64
      %v2505 = arith.constant 2048 : i64
      %v2507 = arith.constant 1408 : i64
      %v2510 = arith.constant 2048 : i64
      %v2511 = arith.constant 2047 : i64
      %v2514 = arith.constant 32 : i64
      %v2517 = arith.constant 128 : i64
      %v2523 = arith.constant 1 : i64
      %v2527 = arith.constant 33 : i64
      %v2532 = arith.constant 2048 : i64
      %v2534 = arith.constant 1472 : i64
      %v2537 = arith.constant 2048 : i64
      %v2538 = arith.constant 2047 : i64
      %v2541 = arith.constant 32 : i64
      %v2544 = arith.constant 128 : i64
      %v2550 = arith.constant 1 : i64
      %v2554 = arith.constant 33 : i64
      %v2559 = arith.constant 2048 : i64
      %v2561 = arith.constant 1536 : i64
      %v2564 = arith.constant 2048 : i64
      %v2565 = arith.constant 2047 : i64
      %v2568 = arith.constant 32 : i64
      %v2571 = arith.constant 128 : i64
      %v2577 = arith.constant 1 : i64
      %v2581 = arith.constant 33 : i64
      %v2586 = arith.constant 2048 : i64
      %v2588 = arith.constant 1600 : i64
      %v2591 = arith.constant 2048 : i64
      %v2592 = arith.constant 2047 : i64
      %v2595 = arith.constant 32 : i64
      %v2598 = arith.constant 128 : i64
      %v2604 = arith.constant 1 : i64
      %v2608 = arith.constant 33 : i64
      %v2613 = arith.constant 2048 : i64
      %v2615 = arith.constant 1664 : i64
      %v2618 = arith.constant 2048 : i64
      %v2619 = arith.constant 2047 : i64
      %v2622 = arith.constant 32 : i64
      %v2625 = arith.constant 128 : i64
      %v2631 = arith.constant 1 : i64
      %v2635 = arith.constant 33 : i64
      %v2640 = arith.constant 2048 : i64
      %v2642 = arith.constant 1728 : i64
      %v2645 = arith.constant 2048 : i64
      %v2646 = arith.constant 2047 : i64
      %v2649 = arith.constant 32 : i64
      %v2652 = arith.constant 128 : i64
      %v2658 = arith.constant 1 : i64
      %v2662 = arith.constant 33 : i64
      %v2667 = arith.constant 2048 : i64
      %v2669 = arith.constant 1792 : i64
      %v2672 = arith.constant 2048 : i64
      %v2673 = arith.constant 2047 : i64
      %v2676 = arith.constant 32 : i64
      %v2679 = arith.constant 128 : i64
      %v2685 = arith.constant 1 : i64
      %v2689 = arith.constant 33 : i64
      %v2694 = arith.constant 2048 : i64
      %v2696 = arith.constant 1856 : i64
      %v2699 = arith.constant 2048 : i64
      %v2700 = arith.constant 2047 : i64
      %v2703 = arith.constant 32 : i64
      %v2706 = arith.constant 128 : i64
      %v2712 = arith.constant 1 : i64
      %v2716 = arith.constant 33 : i64
      %v2721 = arith.constant 2048 : i64
      %v2723 = arith.constant 1920 : i64
      %v2726 = arith.constant 2048 : i64
      %v2727 = arith.constant 2047 : i64
      %v2730 = arith.constant 32 : i64
      %v2733 = arith.constant 128 : i64
      %v2739 = arith.constant 1 : i64
      %v2743 = arith.constant 33 : i64
      %v2748 = arith.constant 2048 : i64
      %v2750 = arith.constant 1984 : i64
      %v2753 = arith.constant 2048 : i64
      %v2754 = arith.constant 2047 : i64
      %v2757 = arith.constant 32 : i64
      %v2760 = arith.constant 128 : i64
      %v2766 = arith.constant 1 : i64
      %v2770 = arith.constant 33 : i64
      %v2807 = arith.constant 0 : i64
      %v2808 = arith.constant 1 : i64
      %v2815 = arith.constant 1 : i64
      %v2816 = arith.constant 64 : i64
      %v2817 = arith.constant 33 : i64
      %v2824 = arith.constant 1 : i64
      %v2832 = arith.constant 0x3FB8AA3B : f32
      %v2837 = arith.constant 0x3F317218 : f32
      %v2839 = arith.constant 0x3E124925 : f32
      %v2840 = arith.constant 0xBE2AAAAB : f32
      %v2843 = arith.constant 0x3E4CCCCD : f32
      %v2846 = arith.constant 0xBE800000 : f32
      %v2849 = arith.constant 0x3EAAAAAB : f32
      %v2852 = arith.constant 0xBF000000 : f32
      %v2859 = arith.constant 0x3D800000 : f32
      %v2863 = arith.constant 1 : i64
      %v2864 = arith.muli %v2863, %v1 : i64
      %v2871 = arith.constant 1 : i64
      %v2872 = arith.muli %v2871, %size_L : i64
      %v2873 = arith.muli %v2872, %v1 : i64
      %v2880 = arith.constant 0 : i64
      %v2881 = arith.constant 64 : i64
      %v2882 = arith.constant 33 : i64
      %v3256 = arith.constant 1 : i64
      %v3260 = arith.constant 16 : i64
      %v3262 = arith.constant 0 : i64
      %v3269 = arith.constant 1 : i64
      %v3273 = arith.constant 16 : i64
      %v3275 = arith.constant 1 : i64
      %v3282 = arith.constant 1 : i64
      %v3286 = arith.constant 16 : i64
      %v3288 = arith.constant 2 : i64
      %v3295 = arith.constant 1 : i64
      %v3299 = arith.constant 16 : i64
      %v3301 = arith.constant 3 : i64
      %v3308 = arith.constant 1 : i64
      %v3312 = arith.constant 16 : i64
      %v3314 = arith.constant 4 : i64
      %v3321 = arith.constant 1 : i64
      %v3325 = arith.constant 16 : i64
      %v3327 = arith.constant 5 : i64
      %v3334 = arith.constant 1 : i64
      %v3338 = arith.constant 16 : i64
      %v3340 = arith.constant 6 : i64
      %v3347 = arith.constant 1 : i64
      %v3351 = arith.constant 16 : i64
      %v3353 = arith.constant 7 : i64
      %v3360 = arith.constant 1 : i64
      %v3364 = arith.constant 16 : i64
      %v3366 = arith.constant 8 : i64
      %v3373 = arith.constant 1 : i64
      %v3377 = arith.constant 16 : i64
      %v3379 = arith.constant 9 : i64
      %v3386 = arith.constant 1 : i64
      %v3390 = arith.constant 16 : i64
      %v3392 = arith.constant 10 : i64
      %v3399 = arith.constant 1 : i64
      %v3403 = arith.constant 16 : i64
      %v3405 = arith.constant 11 : i64
      %v3412 = arith.constant 1 : i64
      %v3416 = arith.constant 16 : i64
      %v3418 = arith.constant 12 : i64
      %v3425 = arith.constant 1 : i64
      %v3429 = arith.constant 16 : i64
      %v3431 = arith.constant 13 : i64
      %v3438 = arith.constant 1 : i64
      %v3442 = arith.constant 16 : i64
      %v3444 = arith.constant 14 : i64
      %v3451 = arith.constant 1 : i64
      %v3455 = arith.constant 16 : i64
      %v3457 = arith.constant 15 : i64
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
      %v2825 = arith.muli %v63, %v2824 : i64
      %v2826 = llvm.getelementptr %in_dt_bias[%v2825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2827 = llvm.load %v2826 : !llvm.ptr -> f32
      %v2865 = arith.muli %v63, %v2864 : i64
      %v2866 = llvm.getelementptr %in_A[%v2865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2867 = llvm.load %v2866 : !llvm.ptr -> f32
      %v2895 = arith.muli %v63, %v2864 : i64
      %v2896 = arith.constant 1 : i64
      %v2897 = arith.muli %v2896, %v2863 : i64
      %v2898 = arith.addi %v2895, %v2897 : i64
      %v2899 = llvm.getelementptr %in_A[%v2898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2900 = llvm.load %v2899 : !llvm.ptr -> f32
      %v2919 = arith.muli %v63, %v2864 : i64
      %v2920 = arith.constant 2 : i64
      %v2921 = arith.muli %v2920, %v2863 : i64
      %v2922 = arith.addi %v2919, %v2921 : i64
      %v2923 = llvm.getelementptr %in_A[%v2922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2924 = llvm.load %v2923 : !llvm.ptr -> f32
      %v2943 = arith.muli %v63, %v2864 : i64
      %v2944 = arith.constant 3 : i64
      %v2945 = arith.muli %v2944, %v2863 : i64
      %v2946 = arith.addi %v2943, %v2945 : i64
      %v2947 = llvm.getelementptr %in_A[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2948 = llvm.load %v2947 : !llvm.ptr -> f32
      %v2967 = arith.muli %v63, %v2864 : i64
      %v2968 = arith.constant 4 : i64
      %v2969 = arith.muli %v2968, %v2863 : i64
      %v2970 = arith.addi %v2967, %v2969 : i64
      %v2971 = llvm.getelementptr %in_A[%v2970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2972 = llvm.load %v2971 : !llvm.ptr -> f32
      %v2991 = arith.muli %v63, %v2864 : i64
      %v2992 = arith.constant 5 : i64
      %v2993 = arith.muli %v2992, %v2863 : i64
      %v2994 = arith.addi %v2991, %v2993 : i64
      %v2995 = llvm.getelementptr %in_A[%v2994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v2996 = llvm.load %v2995 : !llvm.ptr -> f32
      %v3015 = arith.muli %v63, %v2864 : i64
      %v3016 = arith.constant 6 : i64
      %v3017 = arith.muli %v3016, %v2863 : i64
      %v3018 = arith.addi %v3015, %v3017 : i64
      %v3019 = llvm.getelementptr %in_A[%v3018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3020 = llvm.load %v3019 : !llvm.ptr -> f32
      %v3039 = arith.muli %v63, %v2864 : i64
      %v3040 = arith.constant 7 : i64
      %v3041 = arith.muli %v3040, %v2863 : i64
      %v3042 = arith.addi %v3039, %v3041 : i64
      %v3043 = llvm.getelementptr %in_A[%v3042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3044 = llvm.load %v3043 : !llvm.ptr -> f32
      %v3063 = arith.muli %v63, %v2864 : i64
      %v3064 = arith.constant 8 : i64
      %v3065 = arith.muli %v3064, %v2863 : i64
      %v3066 = arith.addi %v3063, %v3065 : i64
      %v3067 = llvm.getelementptr %in_A[%v3066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3068 = llvm.load %v3067 : !llvm.ptr -> f32
      %v3087 = arith.muli %v63, %v2864 : i64
      %v3088 = arith.constant 9 : i64
      %v3089 = arith.muli %v3088, %v2863 : i64
      %v3090 = arith.addi %v3087, %v3089 : i64
      %v3091 = llvm.getelementptr %in_A[%v3090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3092 = llvm.load %v3091 : !llvm.ptr -> f32
      %v3111 = arith.muli %v63, %v2864 : i64
      %v3112 = arith.constant 10 : i64
      %v3113 = arith.muli %v3112, %v2863 : i64
      %v3114 = arith.addi %v3111, %v3113 : i64
      %v3115 = llvm.getelementptr %in_A[%v3114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3116 = llvm.load %v3115 : !llvm.ptr -> f32
      %v3135 = arith.muli %v63, %v2864 : i64
      %v3136 = arith.constant 11 : i64
      %v3137 = arith.muli %v3136, %v2863 : i64
      %v3138 = arith.addi %v3135, %v3137 : i64
      %v3139 = llvm.getelementptr %in_A[%v3138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3140 = llvm.load %v3139 : !llvm.ptr -> f32
      %v3159 = arith.muli %v63, %v2864 : i64
      %v3160 = arith.constant 12 : i64
      %v3161 = arith.muli %v3160, %v2863 : i64
      %v3162 = arith.addi %v3159, %v3161 : i64
      %v3163 = llvm.getelementptr %in_A[%v3162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3164 = llvm.load %v3163 : !llvm.ptr -> f32
      %v3183 = arith.muli %v63, %v2864 : i64
      %v3184 = arith.constant 13 : i64
      %v3185 = arith.muli %v3184, %v2863 : i64
      %v3186 = arith.addi %v3183, %v3185 : i64
      %v3187 = llvm.getelementptr %in_A[%v3186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3188 = llvm.load %v3187 : !llvm.ptr -> f32
      %v3207 = arith.muli %v63, %v2864 : i64
      %v3208 = arith.constant 14 : i64
      %v3209 = arith.muli %v3208, %v2863 : i64
      %v3210 = arith.addi %v3207, %v3209 : i64
      %v3211 = llvm.getelementptr %in_A[%v3210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3212 = llvm.load %v3211 : !llvm.ptr -> f32
      %v3231 = arith.muli %v63, %v2864 : i64
      %v3232 = arith.constant 15 : i64
      %v3233 = arith.muli %v3232, %v2863 : i64
      %v3234 = arith.addi %v3231, %v3233 : i64
      %v3235 = llvm.getelementptr %in_A[%v3234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3236 = llvm.load %v3235 : !llvm.ptr -> f32
      %v71 = arith.muli %v65, %v70 : i64
      %v72 = arith.muli %v63, %v69 : i64
      %v73 = arith.addi %v71, %v72 : i64
      %v74 = arith.muli %v67, %v68 : i64
      %v75 = arith.addi %v73, %v74 : i64
      %v78 = arith.muli %v77, %v76 : i64
      %v79 = arith.addi %v78, %v48 : i64
      %v80 = llvm.getelementptr %v39[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v75, %v80 : i64, !llvm.ptr<3>
      %v81 = arith.muli %v65, %v70 : i64
      %v82 = arith.muli %v63, %v69 : i64
      %v83 = arith.addi %v81, %v82 : i64
      %v84 = arith.muli %v67, %v68 : i64
      %v85 = arith.addi %v83, %v84 : i64
      %v88 = arith.muli %v87, %v86 : i64
      %v89 = arith.addi %v88, %v48 : i64
      %v90 = llvm.getelementptr %v39[%v89] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v85, %v90 : i64, !llvm.ptr<3>
      %v91 = arith.muli %v65, %v70 : i64
      %v92 = arith.muli %v63, %v69 : i64
      %v93 = arith.addi %v91, %v92 : i64
      %v94 = arith.muli %v67, %v68 : i64
      %v95 = arith.addi %v93, %v94 : i64
      %v98 = arith.muli %v97, %v96 : i64
      %v99 = arith.addi %v98, %v48 : i64
      %v100 = llvm.getelementptr %v39[%v99] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v95, %v100 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v101, %v6 : f32, !llvm.ptr
      llvm.store %v101, %v7 : f32, !llvm.ptr
      llvm.store %v101, %v8 : f32, !llvm.ptr
      llvm.store %v101, %v9 : f32, !llvm.ptr
      llvm.store %v101, %v10 : f32, !llvm.ptr
      llvm.store %v101, %v11 : f32, !llvm.ptr
      llvm.store %v101, %v12 : f32, !llvm.ptr
      llvm.store %v101, %v13 : f32, !llvm.ptr
      llvm.store %v101, %v14 : f32, !llvm.ptr
      llvm.store %v101, %v15 : f32, !llvm.ptr
      llvm.store %v101, %v16 : f32, !llvm.ptr
      llvm.store %v101, %v17 : f32, !llvm.ptr
      llvm.store %v101, %v18 : f32, !llvm.ptr
      llvm.store %v101, %v19 : f32, !llvm.ptr
      llvm.store %v101, %v20 : f32, !llvm.ptr
      llvm.store %v101, %v21 : f32, !llvm.ptr
      llvm.store %v102, %v23 : f32, !llvm.ptr
      llvm.store %v102, %v24 : f32, !llvm.ptr
      llvm.store %v102, %v25 : f32, !llvm.ptr
      llvm.store %v102, %v26 : f32, !llvm.ptr
      llvm.store %v102, %v27 : f32, !llvm.ptr
      llvm.store %v102, %v28 : f32, !llvm.ptr
      llvm.store %v102, %v29 : f32, !llvm.ptr
      llvm.store %v102, %v30 : f32, !llvm.ptr
      llvm.store %v102, %v31 : f32, !llvm.ptr
      llvm.store %v102, %v32 : f32, !llvm.ptr
      llvm.store %v102, %v33 : f32, !llvm.ptr
      llvm.store %v102, %v34 : f32, !llvm.ptr
      llvm.store %v102, %v35 : f32, !llvm.ptr
      llvm.store %v102, %v36 : f32, !llvm.ptr
      llvm.store %v102, %v37 : f32, !llvm.ptr
      llvm.store %v102, %v38 : f32, !llvm.ptr
      %v104 = arith.muli %v55, %v103 : i64
      %v105 = arith.addi %v104, %v103 : i64
      %v106 = arith.minsi %v105, %size_L : i64
      %v108 = arith.index_cast %v104 : i64 to index
      %v109 = arith.index_cast %v106 : i64 to index
      %v110 = arith.index_cast %v107 : i64 to index
      scf.for %v111 = %v108 to %v109 step %v110 {
        %v112 = arith.index_cast %v111 : index to i64
        %v113 = arith.subi %v106, %v112 : i64
        %v115 = arith.minsi %v113, %v114 : i64
        %v118 = arith.muli %v116, %v117 : i64
        %v120 = arith.addi %v118, %v119 : i64
        %v121 = arith.addi %v120, %v48 : i64
        %v124 = arith.minsi %v121, %v123 : i64
        %v125 = arith.cmpi slt, %v121, %v122 : i64
        %v127 = arith.divui %v124, %v126 : i64
        %v128 = arith.remui %v124, %v126 : i64
        %v130 = arith.addi %v129, %v127 : i64
        %v131 = llvm.getelementptr %v39[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v132 = llvm.load %v131 : !llvm.ptr<3> -> i64
        %v133 = arith.addi %v112, %v128 : i64
        %v134 = arith.cmpi slt, %v133, %v106 : i64
        %v136 = arith.subi %size_L, %v135 : i64
        %v137 = arith.minsi %v133, %v136 : i64
        %v138 = arith.addi %v132, %v137 : i64
        %v140 = arith.muli %v130, %v139 : i64
        %v141 = arith.addi %v140, %v128 : i64
        %v142 = llvm.getelementptr %in_u[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v143 = llvm.load %v142 : !llvm.ptr -> f32
        %v145 = arith.muli %v116, %v144 : i64
        %v147 = arith.addi %v145, %v146 : i64
        %v148 = arith.addi %v147, %v48 : i64
        %v151 = arith.minsi %v148, %v150 : i64
        %v152 = arith.cmpi slt, %v148, %v149 : i64
        %v154 = arith.divui %v151, %v153 : i64
        %v155 = arith.remui %v151, %v153 : i64
        %v157 = arith.addi %v156, %v154 : i64
        %v158 = llvm.getelementptr %v39[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v159 = llvm.load %v158 : !llvm.ptr<3> -> i64
        %v160 = arith.addi %v112, %v155 : i64
        %v161 = arith.cmpi slt, %v160, %v106 : i64
        %v163 = arith.subi %size_L, %v162 : i64
        %v164 = arith.minsi %v160, %v163 : i64
        %v165 = arith.addi %v159, %v164 : i64
        %v167 = arith.muli %v157, %v166 : i64
        %v168 = arith.addi %v167, %v155 : i64
        %v169 = llvm.getelementptr %in_u[%v165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v170 = llvm.load %v169 : !llvm.ptr -> f32
        %v172 = arith.muli %v116, %v171 : i64
        %v174 = arith.addi %v172, %v173 : i64
        %v175 = arith.addi %v174, %v48 : i64
        %v178 = arith.minsi %v175, %v177 : i64
        %v179 = arith.cmpi slt, %v175, %v176 : i64
        %v181 = arith.divui %v178, %v180 : i64
        %v182 = arith.remui %v178, %v180 : i64
        %v184 = arith.addi %v183, %v181 : i64
        %v185 = llvm.getelementptr %v39[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v186 = llvm.load %v185 : !llvm.ptr<3> -> i64
        %v187 = arith.addi %v112, %v182 : i64
        %v188 = arith.cmpi slt, %v187, %v106 : i64
        %v190 = arith.subi %size_L, %v189 : i64
        %v191 = arith.minsi %v187, %v190 : i64
        %v192 = arith.addi %v186, %v191 : i64
        %v194 = arith.muli %v184, %v193 : i64
        %v195 = arith.addi %v194, %v182 : i64
        %v196 = llvm.getelementptr %in_u[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v197 = llvm.load %v196 : !llvm.ptr -> f32
        %v199 = arith.muli %v116, %v198 : i64
        %v201 = arith.addi %v199, %v200 : i64
        %v202 = arith.addi %v201, %v48 : i64
        %v205 = arith.minsi %v202, %v204 : i64
        %v206 = arith.cmpi slt, %v202, %v203 : i64
        %v208 = arith.divui %v205, %v207 : i64
        %v209 = arith.remui %v205, %v207 : i64
        %v211 = arith.addi %v210, %v208 : i64
        %v212 = llvm.getelementptr %v39[%v211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v213 = llvm.load %v212 : !llvm.ptr<3> -> i64
        %v214 = arith.addi %v112, %v209 : i64
        %v215 = arith.cmpi slt, %v214, %v106 : i64
        %v217 = arith.subi %size_L, %v216 : i64
        %v218 = arith.minsi %v214, %v217 : i64
        %v219 = arith.addi %v213, %v218 : i64
        %v221 = arith.muli %v211, %v220 : i64
        %v222 = arith.addi %v221, %v209 : i64
        %v223 = llvm.getelementptr %in_u[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v224 = llvm.load %v223 : !llvm.ptr -> f32
        %v226 = arith.muli %v116, %v225 : i64
        %v228 = arith.addi %v226, %v227 : i64
        %v229 = arith.addi %v228, %v48 : i64
        %v232 = arith.minsi %v229, %v231 : i64
        %v233 = arith.cmpi slt, %v229, %v230 : i64
        %v235 = arith.divui %v232, %v234 : i64
        %v236 = arith.remui %v232, %v234 : i64
        %v238 = arith.addi %v237, %v235 : i64
        %v239 = llvm.getelementptr %v39[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v240 = llvm.load %v239 : !llvm.ptr<3> -> i64
        %v241 = arith.addi %v112, %v236 : i64
        %v242 = arith.cmpi slt, %v241, %v106 : i64
        %v244 = arith.subi %size_L, %v243 : i64
        %v245 = arith.minsi %v241, %v244 : i64
        %v246 = arith.addi %v240, %v245 : i64
        %v248 = arith.muli %v238, %v247 : i64
        %v249 = arith.addi %v248, %v236 : i64
        %v250 = llvm.getelementptr %in_u[%v246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v251 = llvm.load %v250 : !llvm.ptr -> f32
        %v253 = arith.muli %v116, %v252 : i64
        %v255 = arith.addi %v253, %v254 : i64
        %v256 = arith.addi %v255, %v48 : i64
        %v259 = arith.minsi %v256, %v258 : i64
        %v260 = arith.cmpi slt, %v256, %v257 : i64
        %v262 = arith.divui %v259, %v261 : i64
        %v263 = arith.remui %v259, %v261 : i64
        %v265 = arith.addi %v264, %v262 : i64
        %v266 = llvm.getelementptr %v39[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v267 = llvm.load %v266 : !llvm.ptr<3> -> i64
        %v268 = arith.addi %v112, %v263 : i64
        %v269 = arith.cmpi slt, %v268, %v106 : i64
        %v271 = arith.subi %size_L, %v270 : i64
        %v272 = arith.minsi %v268, %v271 : i64
        %v273 = arith.addi %v267, %v272 : i64
        %v275 = arith.muli %v265, %v274 : i64
        %v276 = arith.addi %v275, %v263 : i64
        %v277 = llvm.getelementptr %in_u[%v273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v278 = llvm.load %v277 : !llvm.ptr -> f32
        %v280 = arith.muli %v116, %v279 : i64
        %v282 = arith.addi %v280, %v281 : i64
        %v283 = arith.addi %v282, %v48 : i64
        %v286 = arith.minsi %v283, %v285 : i64
        %v287 = arith.cmpi slt, %v283, %v284 : i64
        %v289 = arith.divui %v286, %v288 : i64
        %v290 = arith.remui %v286, %v288 : i64
        %v292 = arith.addi %v291, %v289 : i64
        %v293 = llvm.getelementptr %v39[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v294 = llvm.load %v293 : !llvm.ptr<3> -> i64
        %v295 = arith.addi %v112, %v290 : i64
        %v296 = arith.cmpi slt, %v295, %v106 : i64
        %v298 = arith.subi %size_L, %v297 : i64
        %v299 = arith.minsi %v295, %v298 : i64
        %v300 = arith.addi %v294, %v299 : i64
        %v302 = arith.muli %v292, %v301 : i64
        %v303 = arith.addi %v302, %v290 : i64
        %v304 = llvm.getelementptr %in_u[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v305 = llvm.load %v304 : !llvm.ptr -> f32
        %v307 = arith.muli %v116, %v306 : i64
        %v309 = arith.addi %v307, %v308 : i64
        %v310 = arith.addi %v309, %v48 : i64
        %v313 = arith.minsi %v310, %v312 : i64
        %v314 = arith.cmpi slt, %v310, %v311 : i64
        %v316 = arith.divui %v313, %v315 : i64
        %v317 = arith.remui %v313, %v315 : i64
        %v319 = arith.addi %v318, %v316 : i64
        %v320 = llvm.getelementptr %v39[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v321 = llvm.load %v320 : !llvm.ptr<3> -> i64
        %v322 = arith.addi %v112, %v317 : i64
        %v323 = arith.cmpi slt, %v322, %v106 : i64
        %v325 = arith.subi %size_L, %v324 : i64
        %v326 = arith.minsi %v322, %v325 : i64
        %v327 = arith.addi %v321, %v326 : i64
        %v329 = arith.muli %v319, %v328 : i64
        %v330 = arith.addi %v329, %v317 : i64
        %v331 = llvm.getelementptr %in_u[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v332 = llvm.load %v331 : !llvm.ptr -> f32
        %v334 = arith.muli %v116, %v333 : i64
        %v336 = arith.addi %v334, %v335 : i64
        %v337 = arith.addi %v336, %v48 : i64
        %v340 = arith.minsi %v337, %v339 : i64
        %v341 = arith.cmpi slt, %v337, %v338 : i64
        %v343 = arith.divui %v340, %v342 : i64
        %v344 = arith.remui %v340, %v342 : i64
        %v346 = arith.addi %v345, %v343 : i64
        %v347 = llvm.getelementptr %v39[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v348 = llvm.load %v347 : !llvm.ptr<3> -> i64
        %v349 = arith.addi %v112, %v344 : i64
        %v350 = arith.cmpi slt, %v349, %v106 : i64
        %v352 = arith.subi %size_L, %v351 : i64
        %v353 = arith.minsi %v349, %v352 : i64
        %v354 = arith.addi %v348, %v353 : i64
        %v356 = arith.muli %v346, %v355 : i64
        %v357 = arith.addi %v356, %v344 : i64
        %v358 = llvm.getelementptr %in_u[%v354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v359 = llvm.load %v358 : !llvm.ptr -> f32
        %v361 = arith.muli %v116, %v360 : i64
        %v363 = arith.addi %v361, %v362 : i64
        %v364 = arith.addi %v363, %v48 : i64
        %v367 = arith.minsi %v364, %v366 : i64
        %v368 = arith.cmpi slt, %v364, %v365 : i64
        %v370 = arith.divui %v367, %v369 : i64
        %v371 = arith.remui %v367, %v369 : i64
        %v373 = arith.addi %v372, %v370 : i64
        %v374 = llvm.getelementptr %v39[%v373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v375 = llvm.load %v374 : !llvm.ptr<3> -> i64
        %v376 = arith.addi %v112, %v371 : i64
        %v377 = arith.cmpi slt, %v376, %v106 : i64
        %v379 = arith.subi %size_L, %v378 : i64
        %v380 = arith.minsi %v376, %v379 : i64
        %v381 = arith.addi %v375, %v380 : i64
        %v383 = arith.muli %v373, %v382 : i64
        %v384 = arith.addi %v383, %v371 : i64
        %v385 = llvm.getelementptr %in_u[%v381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v386 = llvm.load %v385 : !llvm.ptr -> f32
        %v388 = arith.muli %v116, %v387 : i64
        %v390 = arith.addi %v388, %v389 : i64
        %v391 = arith.addi %v390, %v48 : i64
        %v394 = arith.minsi %v391, %v393 : i64
        %v395 = arith.cmpi slt, %v391, %v392 : i64
        %v397 = arith.divui %v394, %v396 : i64
        %v398 = arith.remui %v394, %v396 : i64
        %v400 = arith.addi %v399, %v397 : i64
        %v401 = llvm.getelementptr %v39[%v400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v402 = llvm.load %v401 : !llvm.ptr<3> -> i64
        %v403 = arith.addi %v112, %v398 : i64
        %v404 = arith.cmpi slt, %v403, %v106 : i64
        %v406 = arith.subi %size_L, %v405 : i64
        %v407 = arith.minsi %v403, %v406 : i64
        %v408 = arith.addi %v402, %v407 : i64
        %v410 = arith.muli %v400, %v409 : i64
        %v411 = arith.addi %v410, %v398 : i64
        %v412 = llvm.getelementptr %in_u[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v413 = llvm.load %v412 : !llvm.ptr -> f32
        %v415 = arith.muli %v116, %v414 : i64
        %v417 = arith.addi %v415, %v416 : i64
        %v418 = arith.addi %v417, %v48 : i64
        %v421 = arith.minsi %v418, %v420 : i64
        %v422 = arith.cmpi slt, %v418, %v419 : i64
        %v424 = arith.divui %v421, %v423 : i64
        %v425 = arith.remui %v421, %v423 : i64
        %v427 = arith.addi %v426, %v424 : i64
        %v428 = llvm.getelementptr %v39[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
        %v430 = arith.addi %v112, %v425 : i64
        %v431 = arith.cmpi slt, %v430, %v106 : i64
        %v433 = arith.subi %size_L, %v432 : i64
        %v434 = arith.minsi %v430, %v433 : i64
        %v435 = arith.addi %v429, %v434 : i64
        %v437 = arith.muli %v427, %v436 : i64
        %v438 = arith.addi %v437, %v425 : i64
        %v439 = llvm.getelementptr %in_u[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v440 = llvm.load %v439 : !llvm.ptr -> f32
        %v442 = arith.muli %v116, %v441 : i64
        %v444 = arith.addi %v442, %v443 : i64
        %v445 = arith.addi %v444, %v48 : i64
        %v448 = arith.minsi %v445, %v447 : i64
        %v449 = arith.cmpi slt, %v445, %v446 : i64
        %v451 = arith.divui %v448, %v450 : i64
        %v452 = arith.remui %v448, %v450 : i64
        %v454 = arith.addi %v453, %v451 : i64
        %v455 = llvm.getelementptr %v39[%v454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v456 = llvm.load %v455 : !llvm.ptr<3> -> i64
        %v457 = arith.addi %v112, %v452 : i64
        %v458 = arith.cmpi slt, %v457, %v106 : i64
        %v460 = arith.subi %size_L, %v459 : i64
        %v461 = arith.minsi %v457, %v460 : i64
        %v462 = arith.addi %v456, %v461 : i64
        %v464 = arith.muli %v454, %v463 : i64
        %v465 = arith.addi %v464, %v452 : i64
        %v466 = llvm.getelementptr %in_u[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v467 = llvm.load %v466 : !llvm.ptr -> f32
        %v469 = arith.muli %v116, %v468 : i64
        %v471 = arith.addi %v469, %v470 : i64
        %v472 = arith.addi %v471, %v48 : i64
        %v475 = arith.minsi %v472, %v474 : i64
        %v476 = arith.cmpi slt, %v472, %v473 : i64
        %v478 = arith.divui %v475, %v477 : i64
        %v479 = arith.remui %v475, %v477 : i64
        %v481 = arith.addi %v480, %v478 : i64
        %v482 = llvm.getelementptr %v39[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v483 = llvm.load %v482 : !llvm.ptr<3> -> i64
        %v484 = arith.addi %v112, %v479 : i64
        %v485 = arith.cmpi slt, %v484, %v106 : i64
        %v487 = arith.subi %size_L, %v486 : i64
        %v488 = arith.minsi %v484, %v487 : i64
        %v489 = arith.addi %v483, %v488 : i64
        %v491 = arith.muli %v481, %v490 : i64
        %v492 = arith.addi %v491, %v479 : i64
        %v493 = llvm.getelementptr %in_u[%v489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v494 = llvm.load %v493 : !llvm.ptr -> f32
        %v496 = arith.muli %v116, %v495 : i64
        %v498 = arith.addi %v496, %v497 : i64
        %v499 = arith.addi %v498, %v48 : i64
        %v502 = arith.minsi %v499, %v501 : i64
        %v503 = arith.cmpi slt, %v499, %v500 : i64
        %v505 = arith.divui %v502, %v504 : i64
        %v506 = arith.remui %v502, %v504 : i64
        %v508 = arith.addi %v507, %v505 : i64
        %v509 = llvm.getelementptr %v39[%v508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v510 = llvm.load %v509 : !llvm.ptr<3> -> i64
        %v511 = arith.addi %v112, %v506 : i64
        %v512 = arith.cmpi slt, %v511, %v106 : i64
        %v514 = arith.subi %size_L, %v513 : i64
        %v515 = arith.minsi %v511, %v514 : i64
        %v516 = arith.addi %v510, %v515 : i64
        %v518 = arith.muli %v508, %v517 : i64
        %v519 = arith.addi %v518, %v506 : i64
        %v520 = llvm.getelementptr %in_u[%v516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v521 = llvm.load %v520 : !llvm.ptr -> f32
        %v523 = arith.muli %v116, %v522 : i64
        %v525 = arith.addi %v523, %v524 : i64
        %v526 = arith.addi %v525, %v48 : i64
        %v529 = arith.minsi %v526, %v528 : i64
        %v530 = arith.cmpi slt, %v526, %v527 : i64
        %v532 = arith.divui %v529, %v531 : i64
        %v533 = arith.remui %v529, %v531 : i64
        %v535 = arith.addi %v534, %v532 : i64
        %v536 = llvm.getelementptr %v39[%v535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v537 = llvm.load %v536 : !llvm.ptr<3> -> i64
        %v538 = arith.addi %v112, %v533 : i64
        %v539 = arith.cmpi slt, %v538, %v106 : i64
        %v541 = arith.subi %size_L, %v540 : i64
        %v542 = arith.minsi %v538, %v541 : i64
        %v543 = arith.addi %v537, %v542 : i64
        %v545 = arith.muli %v535, %v544 : i64
        %v546 = arith.addi %v545, %v533 : i64
        %v547 = llvm.getelementptr %in_u[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v548 = llvm.load %v547 : !llvm.ptr -> f32
        %v550 = arith.muli %v116, %v549 : i64
        %v552 = arith.addi %v550, %v551 : i64
        %v553 = arith.addi %v552, %v48 : i64
        %v556 = arith.minsi %v553, %v555 : i64
        %v557 = arith.cmpi slt, %v553, %v554 : i64
        %v559 = arith.divui %v556, %v558 : i64
        %v560 = arith.remui %v556, %v558 : i64
        %v562 = arith.addi %v561, %v559 : i64
        %v563 = llvm.getelementptr %v39[%v562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v564 = llvm.load %v563 : !llvm.ptr<3> -> i64
        %v565 = arith.addi %v112, %v560 : i64
        %v566 = arith.cmpi slt, %v565, %v106 : i64
        %v568 = arith.subi %size_L, %v567 : i64
        %v569 = arith.minsi %v565, %v568 : i64
        %v570 = arith.addi %v564, %v569 : i64
        %v572 = arith.muli %v562, %v571 : i64
        %v573 = arith.addi %v572, %v560 : i64
        %v574 = llvm.getelementptr %in_u[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v575 = llvm.load %v574 : !llvm.ptr -> f32
        %v577 = arith.muli %v116, %v576 : i64
        %v579 = arith.addi %v577, %v578 : i64
        %v580 = arith.addi %v579, %v48 : i64
        %v583 = arith.minsi %v580, %v582 : i64
        %v584 = arith.cmpi slt, %v580, %v581 : i64
        %v586 = arith.divui %v583, %v585 : i64
        %v587 = arith.remui %v583, %v585 : i64
        %v589 = arith.addi %v588, %v586 : i64
        %v590 = llvm.getelementptr %v39[%v589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v591 = llvm.load %v590 : !llvm.ptr<3> -> i64
        %v592 = arith.addi %v112, %v587 : i64
        %v593 = arith.cmpi slt, %v592, %v106 : i64
        %v595 = arith.subi %size_L, %v594 : i64
        %v596 = arith.minsi %v592, %v595 : i64
        %v597 = arith.addi %v591, %v596 : i64
        %v599 = arith.muli %v589, %v598 : i64
        %v600 = arith.addi %v599, %v587 : i64
        %v601 = llvm.getelementptr %in_u[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v602 = llvm.load %v601 : !llvm.ptr -> f32
        %v604 = arith.muli %v116, %v603 : i64
        %v606 = arith.addi %v604, %v605 : i64
        %v607 = arith.addi %v606, %v48 : i64
        %v610 = arith.minsi %v607, %v609 : i64
        %v611 = arith.cmpi slt, %v607, %v608 : i64
        %v613 = arith.divui %v610, %v612 : i64
        %v614 = arith.remui %v610, %v612 : i64
        %v616 = arith.addi %v615, %v613 : i64
        %v617 = llvm.getelementptr %v39[%v616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v618 = llvm.load %v617 : !llvm.ptr<3> -> i64
        %v619 = arith.addi %v112, %v614 : i64
        %v620 = arith.cmpi slt, %v619, %v106 : i64
        %v622 = arith.subi %size_L, %v621 : i64
        %v623 = arith.minsi %v619, %v622 : i64
        %v624 = arith.addi %v618, %v623 : i64
        %v626 = arith.muli %v616, %v625 : i64
        %v627 = arith.addi %v626, %v614 : i64
        %v628 = llvm.getelementptr %in_u[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v629 = llvm.load %v628 : !llvm.ptr -> f32
        %v631 = arith.muli %v116, %v630 : i64
        %v633 = arith.addi %v631, %v632 : i64
        %v634 = arith.addi %v633, %v48 : i64
        %v637 = arith.minsi %v634, %v636 : i64
        %v638 = arith.cmpi slt, %v634, %v635 : i64
        %v640 = arith.divui %v637, %v639 : i64
        %v641 = arith.remui %v637, %v639 : i64
        %v643 = arith.addi %v642, %v640 : i64
        %v644 = llvm.getelementptr %v39[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v645 = llvm.load %v644 : !llvm.ptr<3> -> i64
        %v646 = arith.addi %v112, %v641 : i64
        %v647 = arith.cmpi slt, %v646, %v106 : i64
        %v649 = arith.subi %size_L, %v648 : i64
        %v650 = arith.minsi %v646, %v649 : i64
        %v651 = arith.addi %v645, %v650 : i64
        %v653 = arith.muli %v643, %v652 : i64
        %v654 = arith.addi %v653, %v641 : i64
        %v655 = llvm.getelementptr %in_u[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v656 = llvm.load %v655 : !llvm.ptr -> f32
        %v658 = arith.muli %v116, %v657 : i64
        %v660 = arith.addi %v658, %v659 : i64
        %v661 = arith.addi %v660, %v48 : i64
        %v664 = arith.minsi %v661, %v663 : i64
        %v665 = arith.cmpi slt, %v661, %v662 : i64
        %v667 = arith.divui %v664, %v666 : i64
        %v668 = arith.remui %v664, %v666 : i64
        %v670 = arith.addi %v669, %v667 : i64
        %v671 = llvm.getelementptr %v39[%v670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v672 = llvm.load %v671 : !llvm.ptr<3> -> i64
        %v673 = arith.addi %v112, %v668 : i64
        %v674 = arith.cmpi slt, %v673, %v106 : i64
        %v676 = arith.subi %size_L, %v675 : i64
        %v677 = arith.minsi %v673, %v676 : i64
        %v678 = arith.addi %v672, %v677 : i64
        %v680 = arith.muli %v670, %v679 : i64
        %v681 = arith.addi %v680, %v668 : i64
        %v682 = llvm.getelementptr %in_u[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v683 = llvm.load %v682 : !llvm.ptr -> f32
        %v685 = arith.muli %v116, %v684 : i64
        %v687 = arith.addi %v685, %v686 : i64
        %v688 = arith.addi %v687, %v48 : i64
        %v691 = arith.minsi %v688, %v690 : i64
        %v692 = arith.cmpi slt, %v688, %v689 : i64
        %v694 = arith.divui %v691, %v693 : i64
        %v695 = arith.remui %v691, %v693 : i64
        %v697 = arith.addi %v696, %v694 : i64
        %v698 = llvm.getelementptr %v39[%v697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v699 = llvm.load %v698 : !llvm.ptr<3> -> i64
        %v700 = arith.addi %v112, %v695 : i64
        %v701 = arith.cmpi slt, %v700, %v106 : i64
        %v703 = arith.subi %size_L, %v702 : i64
        %v704 = arith.minsi %v700, %v703 : i64
        %v705 = arith.addi %v699, %v704 : i64
        %v707 = arith.muli %v697, %v706 : i64
        %v708 = arith.addi %v707, %v695 : i64
        %v709 = llvm.getelementptr %in_u[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v710 = llvm.load %v709 : !llvm.ptr -> f32
        %v712 = arith.muli %v116, %v711 : i64
        %v714 = arith.addi %v712, %v713 : i64
        %v715 = arith.addi %v714, %v48 : i64
        %v718 = arith.minsi %v715, %v717 : i64
        %v719 = arith.cmpi slt, %v715, %v716 : i64
        %v721 = arith.divui %v718, %v720 : i64
        %v722 = arith.remui %v718, %v720 : i64
        %v724 = arith.addi %v723, %v721 : i64
        %v725 = llvm.getelementptr %v39[%v724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v726 = llvm.load %v725 : !llvm.ptr<3> -> i64
        %v727 = arith.addi %v112, %v722 : i64
        %v728 = arith.cmpi slt, %v727, %v106 : i64
        %v730 = arith.subi %size_L, %v729 : i64
        %v731 = arith.minsi %v727, %v730 : i64
        %v732 = arith.addi %v726, %v731 : i64
        %v734 = arith.muli %v724, %v733 : i64
        %v735 = arith.addi %v734, %v722 : i64
        %v736 = llvm.getelementptr %in_u[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v737 = llvm.load %v736 : !llvm.ptr -> f32
        %v739 = arith.muli %v116, %v738 : i64
        %v741 = arith.addi %v739, %v740 : i64
        %v742 = arith.addi %v741, %v48 : i64
        %v745 = arith.minsi %v742, %v744 : i64
        %v746 = arith.cmpi slt, %v742, %v743 : i64
        %v748 = arith.divui %v745, %v747 : i64
        %v749 = arith.remui %v745, %v747 : i64
        %v751 = arith.addi %v750, %v748 : i64
        %v752 = llvm.getelementptr %v39[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v753 = llvm.load %v752 : !llvm.ptr<3> -> i64
        %v754 = arith.addi %v112, %v749 : i64
        %v755 = arith.cmpi slt, %v754, %v106 : i64
        %v757 = arith.subi %size_L, %v756 : i64
        %v758 = arith.minsi %v754, %v757 : i64
        %v759 = arith.addi %v753, %v758 : i64
        %v761 = arith.muli %v751, %v760 : i64
        %v762 = arith.addi %v761, %v749 : i64
        %v763 = llvm.getelementptr %in_u[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v764 = llvm.load %v763 : !llvm.ptr -> f32
        %v766 = arith.muli %v116, %v765 : i64
        %v768 = arith.addi %v766, %v767 : i64
        %v769 = arith.addi %v768, %v48 : i64
        %v772 = arith.minsi %v769, %v771 : i64
        %v773 = arith.cmpi slt, %v769, %v770 : i64
        %v775 = arith.divui %v772, %v774 : i64
        %v776 = arith.remui %v772, %v774 : i64
        %v778 = arith.addi %v777, %v775 : i64
        %v779 = llvm.getelementptr %v39[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v780 = llvm.load %v779 : !llvm.ptr<3> -> i64
        %v781 = arith.addi %v112, %v776 : i64
        %v782 = arith.cmpi slt, %v781, %v106 : i64
        %v784 = arith.subi %size_L, %v783 : i64
        %v785 = arith.minsi %v781, %v784 : i64
        %v786 = arith.addi %v780, %v785 : i64
        %v788 = arith.muli %v778, %v787 : i64
        %v789 = arith.addi %v788, %v776 : i64
        %v790 = llvm.getelementptr %in_u[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v791 = llvm.load %v790 : !llvm.ptr -> f32
        %v793 = arith.muli %v116, %v792 : i64
        %v795 = arith.addi %v793, %v794 : i64
        %v796 = arith.addi %v795, %v48 : i64
        %v799 = arith.minsi %v796, %v798 : i64
        %v800 = arith.cmpi slt, %v796, %v797 : i64
        %v802 = arith.divui %v799, %v801 : i64
        %v803 = arith.remui %v799, %v801 : i64
        %v805 = arith.addi %v804, %v802 : i64
        %v806 = llvm.getelementptr %v39[%v805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v807 = llvm.load %v806 : !llvm.ptr<3> -> i64
        %v808 = arith.addi %v112, %v803 : i64
        %v809 = arith.cmpi slt, %v808, %v106 : i64
        %v811 = arith.subi %size_L, %v810 : i64
        %v812 = arith.minsi %v808, %v811 : i64
        %v813 = arith.addi %v807, %v812 : i64
        %v815 = arith.muli %v805, %v814 : i64
        %v816 = arith.addi %v815, %v803 : i64
        %v817 = llvm.getelementptr %in_u[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v818 = llvm.load %v817 : !llvm.ptr -> f32
        %v820 = arith.muli %v116, %v819 : i64
        %v822 = arith.addi %v820, %v821 : i64
        %v823 = arith.addi %v822, %v48 : i64
        %v826 = arith.minsi %v823, %v825 : i64
        %v827 = arith.cmpi slt, %v823, %v824 : i64
        %v829 = arith.divui %v826, %v828 : i64
        %v830 = arith.remui %v826, %v828 : i64
        %v832 = arith.addi %v831, %v829 : i64
        %v833 = llvm.getelementptr %v39[%v832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v834 = llvm.load %v833 : !llvm.ptr<3> -> i64
        %v835 = arith.addi %v112, %v830 : i64
        %v836 = arith.cmpi slt, %v835, %v106 : i64
        %v838 = arith.subi %size_L, %v837 : i64
        %v839 = arith.minsi %v835, %v838 : i64
        %v840 = arith.addi %v834, %v839 : i64
        %v842 = arith.muli %v832, %v841 : i64
        %v843 = arith.addi %v842, %v830 : i64
        %v844 = llvm.getelementptr %in_u[%v840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v845 = llvm.load %v844 : !llvm.ptr -> f32
        %v847 = arith.muli %v116, %v846 : i64
        %v849 = arith.addi %v847, %v848 : i64
        %v850 = arith.addi %v849, %v48 : i64
        %v853 = arith.minsi %v850, %v852 : i64
        %v854 = arith.cmpi slt, %v850, %v851 : i64
        %v856 = arith.divui %v853, %v855 : i64
        %v857 = arith.remui %v853, %v855 : i64
        %v859 = arith.addi %v858, %v856 : i64
        %v860 = llvm.getelementptr %v39[%v859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v861 = llvm.load %v860 : !llvm.ptr<3> -> i64
        %v862 = arith.addi %v112, %v857 : i64
        %v863 = arith.cmpi slt, %v862, %v106 : i64
        %v865 = arith.subi %size_L, %v864 : i64
        %v866 = arith.minsi %v862, %v865 : i64
        %v867 = arith.addi %v861, %v866 : i64
        %v869 = arith.muli %v859, %v868 : i64
        %v870 = arith.addi %v869, %v857 : i64
        %v871 = llvm.getelementptr %in_u[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v872 = llvm.load %v871 : !llvm.ptr -> f32
        %v874 = arith.muli %v116, %v873 : i64
        %v876 = arith.addi %v874, %v875 : i64
        %v877 = arith.addi %v876, %v48 : i64
        %v880 = arith.minsi %v877, %v879 : i64
        %v881 = arith.cmpi slt, %v877, %v878 : i64
        %v883 = arith.divui %v880, %v882 : i64
        %v884 = arith.remui %v880, %v882 : i64
        %v886 = arith.addi %v885, %v883 : i64
        %v887 = llvm.getelementptr %v39[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v888 = llvm.load %v887 : !llvm.ptr<3> -> i64
        %v889 = arith.addi %v112, %v884 : i64
        %v890 = arith.cmpi slt, %v889, %v106 : i64
        %v892 = arith.subi %size_L, %v891 : i64
        %v893 = arith.minsi %v889, %v892 : i64
        %v894 = arith.addi %v888, %v893 : i64
        %v896 = arith.muli %v886, %v895 : i64
        %v897 = arith.addi %v896, %v884 : i64
        %v898 = llvm.getelementptr %in_u[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v899 = llvm.load %v898 : !llvm.ptr -> f32
        %v901 = arith.muli %v116, %v900 : i64
        %v903 = arith.addi %v901, %v902 : i64
        %v904 = arith.addi %v903, %v48 : i64
        %v907 = arith.minsi %v904, %v906 : i64
        %v908 = arith.cmpi slt, %v904, %v905 : i64
        %v910 = arith.divui %v907, %v909 : i64
        %v911 = arith.remui %v907, %v909 : i64
        %v913 = arith.addi %v912, %v910 : i64
        %v914 = llvm.getelementptr %v39[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v915 = llvm.load %v914 : !llvm.ptr<3> -> i64
        %v916 = arith.addi %v112, %v911 : i64
        %v917 = arith.cmpi slt, %v916, %v106 : i64
        %v919 = arith.subi %size_L, %v918 : i64
        %v920 = arith.minsi %v916, %v919 : i64
        %v921 = arith.addi %v915, %v920 : i64
        %v923 = arith.muli %v913, %v922 : i64
        %v924 = arith.addi %v923, %v911 : i64
        %v925 = llvm.getelementptr %in_u[%v921] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v926 = llvm.load %v925 : !llvm.ptr -> f32
        %v928 = arith.muli %v116, %v927 : i64
        %v930 = arith.addi %v928, %v929 : i64
        %v931 = arith.addi %v930, %v48 : i64
        %v934 = arith.minsi %v931, %v933 : i64
        %v935 = arith.cmpi slt, %v931, %v932 : i64
        %v937 = arith.divui %v934, %v936 : i64
        %v938 = arith.remui %v934, %v936 : i64
        %v940 = arith.addi %v939, %v937 : i64
        %v941 = llvm.getelementptr %v39[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v942 = llvm.load %v941 : !llvm.ptr<3> -> i64
        %v943 = arith.addi %v112, %v938 : i64
        %v944 = arith.cmpi slt, %v943, %v106 : i64
        %v946 = arith.subi %size_L, %v945 : i64
        %v947 = arith.minsi %v943, %v946 : i64
        %v948 = arith.addi %v942, %v947 : i64
        %v950 = arith.muli %v940, %v949 : i64
        %v951 = arith.addi %v950, %v938 : i64
        %v952 = llvm.getelementptr %in_u[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v953 = llvm.load %v952 : !llvm.ptr -> f32
        %v955 = arith.muli %v116, %v954 : i64
        %v957 = arith.addi %v955, %v956 : i64
        %v958 = arith.addi %v957, %v48 : i64
        %v961 = arith.minsi %v958, %v960 : i64
        %v962 = arith.cmpi slt, %v958, %v959 : i64
        %v964 = arith.divui %v961, %v963 : i64
        %v965 = arith.remui %v961, %v963 : i64
        %v967 = arith.addi %v966, %v964 : i64
        %v968 = llvm.getelementptr %v39[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v969 = llvm.load %v968 : !llvm.ptr<3> -> i64
        %v970 = arith.addi %v112, %v965 : i64
        %v971 = arith.cmpi slt, %v970, %v106 : i64
        %v973 = arith.subi %size_L, %v972 : i64
        %v974 = arith.minsi %v970, %v973 : i64
        %v975 = arith.addi %v969, %v974 : i64
        %v977 = arith.muli %v967, %v976 : i64
        %v978 = arith.addi %v977, %v965 : i64
        %v979 = llvm.getelementptr %in_u[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v980 = llvm.load %v979 : !llvm.ptr -> f32
        scf.if %v125 {
          %v981 = llvm.getelementptr %v40[%v141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v143, %v981 : f32, !llvm.ptr<3>
        }
        scf.if %v152 {
          %v982 = llvm.getelementptr %v40[%v168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v170, %v982 : f32, !llvm.ptr<3>
        }
        scf.if %v179 {
          %v983 = llvm.getelementptr %v40[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v197, %v983 : f32, !llvm.ptr<3>
        }
        scf.if %v206 {
          %v984 = llvm.getelementptr %v40[%v222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v224, %v984 : f32, !llvm.ptr<3>
        }
        scf.if %v233 {
          %v985 = llvm.getelementptr %v40[%v249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v251, %v985 : f32, !llvm.ptr<3>
        }
        scf.if %v260 {
          %v986 = llvm.getelementptr %v40[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v278, %v986 : f32, !llvm.ptr<3>
        }
        scf.if %v287 {
          %v987 = llvm.getelementptr %v40[%v303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v305, %v987 : f32, !llvm.ptr<3>
        }
        scf.if %v314 {
          %v988 = llvm.getelementptr %v40[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v332, %v988 : f32, !llvm.ptr<3>
        }
        scf.if %v341 {
          %v989 = llvm.getelementptr %v40[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v359, %v989 : f32, !llvm.ptr<3>
        }
        scf.if %v368 {
          %v990 = llvm.getelementptr %v40[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v386, %v990 : f32, !llvm.ptr<3>
        }
        scf.if %v395 {
          %v991 = llvm.getelementptr %v40[%v411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v413, %v991 : f32, !llvm.ptr<3>
        }
        scf.if %v422 {
          %v992 = llvm.getelementptr %v40[%v438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v440, %v992 : f32, !llvm.ptr<3>
        }
        scf.if %v449 {
          %v993 = llvm.getelementptr %v40[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v467, %v993 : f32, !llvm.ptr<3>
        }
        scf.if %v476 {
          %v994 = llvm.getelementptr %v40[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v494, %v994 : f32, !llvm.ptr<3>
        }
        scf.if %v503 {
          %v995 = llvm.getelementptr %v40[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v521, %v995 : f32, !llvm.ptr<3>
        }
        scf.if %v530 {
          %v996 = llvm.getelementptr %v40[%v546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v548, %v996 : f32, !llvm.ptr<3>
        }
        scf.if %v557 {
          %v997 = llvm.getelementptr %v40[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v575, %v997 : f32, !llvm.ptr<3>
        }
        scf.if %v584 {
          %v998 = llvm.getelementptr %v40[%v600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v602, %v998 : f32, !llvm.ptr<3>
        }
        scf.if %v611 {
          %v999 = llvm.getelementptr %v40[%v627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v629, %v999 : f32, !llvm.ptr<3>
        }
        scf.if %v638 {
          %v1000 = llvm.getelementptr %v40[%v654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v656, %v1000 : f32, !llvm.ptr<3>
        }
        scf.if %v665 {
          %v1001 = llvm.getelementptr %v40[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v683, %v1001 : f32, !llvm.ptr<3>
        }
        scf.if %v692 {
          %v1002 = llvm.getelementptr %v40[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v710, %v1002 : f32, !llvm.ptr<3>
        }
        scf.if %v719 {
          %v1003 = llvm.getelementptr %v40[%v735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v737, %v1003 : f32, !llvm.ptr<3>
        }
        scf.if %v746 {
          %v1004 = llvm.getelementptr %v40[%v762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v764, %v1004 : f32, !llvm.ptr<3>
        }
        scf.if %v773 {
          %v1005 = llvm.getelementptr %v40[%v789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v791, %v1005 : f32, !llvm.ptr<3>
        }
        scf.if %v800 {
          %v1006 = llvm.getelementptr %v40[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v818, %v1006 : f32, !llvm.ptr<3>
        }
        scf.if %v827 {
          %v1007 = llvm.getelementptr %v40[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v845, %v1007 : f32, !llvm.ptr<3>
        }
        scf.if %v854 {
          %v1008 = llvm.getelementptr %v40[%v870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v872, %v1008 : f32, !llvm.ptr<3>
        }
        scf.if %v881 {
          %v1009 = llvm.getelementptr %v40[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v899, %v1009 : f32, !llvm.ptr<3>
        }
        scf.if %v908 {
          %v1010 = llvm.getelementptr %v40[%v924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v926, %v1010 : f32, !llvm.ptr<3>
        }
        scf.if %v935 {
          %v1011 = llvm.getelementptr %v40[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v953, %v1011 : f32, !llvm.ptr<3>
        }
        scf.if %v962 {
          %v1012 = llvm.getelementptr %v40[%v978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v980, %v1012 : f32, !llvm.ptr<3>
        }
        %v1015 = arith.muli %v1013, %v1014 : i64
        %v1017 = arith.addi %v1015, %v1016 : i64
        %v1018 = arith.addi %v1017, %v48 : i64
        %v1021 = arith.minsi %v1018, %v1020 : i64
        %v1022 = arith.cmpi slt, %v1018, %v1019 : i64
        %v1024 = arith.divui %v1021, %v1023 : i64
        %v1025 = arith.remui %v1021, %v1023 : i64
        %v1027 = arith.addi %v1026, %v1024 : i64
        %v1028 = llvm.getelementptr %v39[%v1027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1029 = llvm.load %v1028 : !llvm.ptr<3> -> i64
        %v1030 = arith.addi %v112, %v1025 : i64
        %v1031 = arith.cmpi slt, %v1030, %v106 : i64
        %v1033 = arith.subi %size_L, %v1032 : i64
        %v1034 = arith.minsi %v1030, %v1033 : i64
        %v1035 = arith.addi %v1029, %v1034 : i64
        %v1037 = arith.muli %v1027, %v1036 : i64
        %v1038 = arith.addi %v1037, %v1025 : i64
        %v1039 = llvm.getelementptr %in_delta[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
        %v1042 = arith.muli %v1013, %v1041 : i64
        %v1044 = arith.addi %v1042, %v1043 : i64
        %v1045 = arith.addi %v1044, %v48 : i64
        %v1048 = arith.minsi %v1045, %v1047 : i64
        %v1049 = arith.cmpi slt, %v1045, %v1046 : i64
        %v1051 = arith.divui %v1048, %v1050 : i64
        %v1052 = arith.remui %v1048, %v1050 : i64
        %v1054 = arith.addi %v1053, %v1051 : i64
        %v1055 = llvm.getelementptr %v39[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1056 = llvm.load %v1055 : !llvm.ptr<3> -> i64
        %v1057 = arith.addi %v112, %v1052 : i64
        %v1058 = arith.cmpi slt, %v1057, %v106 : i64
        %v1060 = arith.subi %size_L, %v1059 : i64
        %v1061 = arith.minsi %v1057, %v1060 : i64
        %v1062 = arith.addi %v1056, %v1061 : i64
        %v1064 = arith.muli %v1054, %v1063 : i64
        %v1065 = arith.addi %v1064, %v1052 : i64
        %v1066 = llvm.getelementptr %in_delta[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
        %v1069 = arith.muli %v1013, %v1068 : i64
        %v1071 = arith.addi %v1069, %v1070 : i64
        %v1072 = arith.addi %v1071, %v48 : i64
        %v1075 = arith.minsi %v1072, %v1074 : i64
        %v1076 = arith.cmpi slt, %v1072, %v1073 : i64
        %v1078 = arith.divui %v1075, %v1077 : i64
        %v1079 = arith.remui %v1075, %v1077 : i64
        %v1081 = arith.addi %v1080, %v1078 : i64
        %v1082 = llvm.getelementptr %v39[%v1081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1083 = llvm.load %v1082 : !llvm.ptr<3> -> i64
        %v1084 = arith.addi %v112, %v1079 : i64
        %v1085 = arith.cmpi slt, %v1084, %v106 : i64
        %v1087 = arith.subi %size_L, %v1086 : i64
        %v1088 = arith.minsi %v1084, %v1087 : i64
        %v1089 = arith.addi %v1083, %v1088 : i64
        %v1091 = arith.muli %v1081, %v1090 : i64
        %v1092 = arith.addi %v1091, %v1079 : i64
        %v1093 = llvm.getelementptr %in_delta[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
        %v1096 = arith.muli %v1013, %v1095 : i64
        %v1098 = arith.addi %v1096, %v1097 : i64
        %v1099 = arith.addi %v1098, %v48 : i64
        %v1102 = arith.minsi %v1099, %v1101 : i64
        %v1103 = arith.cmpi slt, %v1099, %v1100 : i64
        %v1105 = arith.divui %v1102, %v1104 : i64
        %v1106 = arith.remui %v1102, %v1104 : i64
        %v1108 = arith.addi %v1107, %v1105 : i64
        %v1109 = llvm.getelementptr %v39[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1110 = llvm.load %v1109 : !llvm.ptr<3> -> i64
        %v1111 = arith.addi %v112, %v1106 : i64
        %v1112 = arith.cmpi slt, %v1111, %v106 : i64
        %v1114 = arith.subi %size_L, %v1113 : i64
        %v1115 = arith.minsi %v1111, %v1114 : i64
        %v1116 = arith.addi %v1110, %v1115 : i64
        %v1118 = arith.muli %v1108, %v1117 : i64
        %v1119 = arith.addi %v1118, %v1106 : i64
        %v1120 = llvm.getelementptr %in_delta[%v1116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
        %v1123 = arith.muli %v1013, %v1122 : i64
        %v1125 = arith.addi %v1123, %v1124 : i64
        %v1126 = arith.addi %v1125, %v48 : i64
        %v1129 = arith.minsi %v1126, %v1128 : i64
        %v1130 = arith.cmpi slt, %v1126, %v1127 : i64
        %v1132 = arith.divui %v1129, %v1131 : i64
        %v1133 = arith.remui %v1129, %v1131 : i64
        %v1135 = arith.addi %v1134, %v1132 : i64
        %v1136 = llvm.getelementptr %v39[%v1135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1137 = llvm.load %v1136 : !llvm.ptr<3> -> i64
        %v1138 = arith.addi %v112, %v1133 : i64
        %v1139 = arith.cmpi slt, %v1138, %v106 : i64
        %v1141 = arith.subi %size_L, %v1140 : i64
        %v1142 = arith.minsi %v1138, %v1141 : i64
        %v1143 = arith.addi %v1137, %v1142 : i64
        %v1145 = arith.muli %v1135, %v1144 : i64
        %v1146 = arith.addi %v1145, %v1133 : i64
        %v1147 = llvm.getelementptr %in_delta[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
        %v1150 = arith.muli %v1013, %v1149 : i64
        %v1152 = arith.addi %v1150, %v1151 : i64
        %v1153 = arith.addi %v1152, %v48 : i64
        %v1156 = arith.minsi %v1153, %v1155 : i64
        %v1157 = arith.cmpi slt, %v1153, %v1154 : i64
        %v1159 = arith.divui %v1156, %v1158 : i64
        %v1160 = arith.remui %v1156, %v1158 : i64
        %v1162 = arith.addi %v1161, %v1159 : i64
        %v1163 = llvm.getelementptr %v39[%v1162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1164 = llvm.load %v1163 : !llvm.ptr<3> -> i64
        %v1165 = arith.addi %v112, %v1160 : i64
        %v1166 = arith.cmpi slt, %v1165, %v106 : i64
        %v1168 = arith.subi %size_L, %v1167 : i64
        %v1169 = arith.minsi %v1165, %v1168 : i64
        %v1170 = arith.addi %v1164, %v1169 : i64
        %v1172 = arith.muli %v1162, %v1171 : i64
        %v1173 = arith.addi %v1172, %v1160 : i64
        %v1174 = llvm.getelementptr %in_delta[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
        %v1177 = arith.muli %v1013, %v1176 : i64
        %v1179 = arith.addi %v1177, %v1178 : i64
        %v1180 = arith.addi %v1179, %v48 : i64
        %v1183 = arith.minsi %v1180, %v1182 : i64
        %v1184 = arith.cmpi slt, %v1180, %v1181 : i64
        %v1186 = arith.divui %v1183, %v1185 : i64
        %v1187 = arith.remui %v1183, %v1185 : i64
        %v1189 = arith.addi %v1188, %v1186 : i64
        %v1190 = llvm.getelementptr %v39[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
        %v1192 = arith.addi %v112, %v1187 : i64
        %v1193 = arith.cmpi slt, %v1192, %v106 : i64
        %v1195 = arith.subi %size_L, %v1194 : i64
        %v1196 = arith.minsi %v1192, %v1195 : i64
        %v1197 = arith.addi %v1191, %v1196 : i64
        %v1199 = arith.muli %v1189, %v1198 : i64
        %v1200 = arith.addi %v1199, %v1187 : i64
        %v1201 = llvm.getelementptr %in_delta[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
        %v1204 = arith.muli %v1013, %v1203 : i64
        %v1206 = arith.addi %v1204, %v1205 : i64
        %v1207 = arith.addi %v1206, %v48 : i64
        %v1210 = arith.minsi %v1207, %v1209 : i64
        %v1211 = arith.cmpi slt, %v1207, %v1208 : i64
        %v1213 = arith.divui %v1210, %v1212 : i64
        %v1214 = arith.remui %v1210, %v1212 : i64
        %v1216 = arith.addi %v1215, %v1213 : i64
        %v1217 = llvm.getelementptr %v39[%v1216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1218 = llvm.load %v1217 : !llvm.ptr<3> -> i64
        %v1219 = arith.addi %v112, %v1214 : i64
        %v1220 = arith.cmpi slt, %v1219, %v106 : i64
        %v1222 = arith.subi %size_L, %v1221 : i64
        %v1223 = arith.minsi %v1219, %v1222 : i64
        %v1224 = arith.addi %v1218, %v1223 : i64
        %v1226 = arith.muli %v1216, %v1225 : i64
        %v1227 = arith.addi %v1226, %v1214 : i64
        %v1228 = llvm.getelementptr %in_delta[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
        %v1231 = arith.muli %v1013, %v1230 : i64
        %v1233 = arith.addi %v1231, %v1232 : i64
        %v1234 = arith.addi %v1233, %v48 : i64
        %v1237 = arith.minsi %v1234, %v1236 : i64
        %v1238 = arith.cmpi slt, %v1234, %v1235 : i64
        %v1240 = arith.divui %v1237, %v1239 : i64
        %v1241 = arith.remui %v1237, %v1239 : i64
        %v1243 = arith.addi %v1242, %v1240 : i64
        %v1244 = llvm.getelementptr %v39[%v1243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1245 = llvm.load %v1244 : !llvm.ptr<3> -> i64
        %v1246 = arith.addi %v112, %v1241 : i64
        %v1247 = arith.cmpi slt, %v1246, %v106 : i64
        %v1249 = arith.subi %size_L, %v1248 : i64
        %v1250 = arith.minsi %v1246, %v1249 : i64
        %v1251 = arith.addi %v1245, %v1250 : i64
        %v1253 = arith.muli %v1243, %v1252 : i64
        %v1254 = arith.addi %v1253, %v1241 : i64
        %v1255 = llvm.getelementptr %in_delta[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
        %v1258 = arith.muli %v1013, %v1257 : i64
        %v1260 = arith.addi %v1258, %v1259 : i64
        %v1261 = arith.addi %v1260, %v48 : i64
        %v1264 = arith.minsi %v1261, %v1263 : i64
        %v1265 = arith.cmpi slt, %v1261, %v1262 : i64
        %v1267 = arith.divui %v1264, %v1266 : i64
        %v1268 = arith.remui %v1264, %v1266 : i64
        %v1270 = arith.addi %v1269, %v1267 : i64
        %v1271 = llvm.getelementptr %v39[%v1270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1272 = llvm.load %v1271 : !llvm.ptr<3> -> i64
        %v1273 = arith.addi %v112, %v1268 : i64
        %v1274 = arith.cmpi slt, %v1273, %v106 : i64
        %v1276 = arith.subi %size_L, %v1275 : i64
        %v1277 = arith.minsi %v1273, %v1276 : i64
        %v1278 = arith.addi %v1272, %v1277 : i64
        %v1280 = arith.muli %v1270, %v1279 : i64
        %v1281 = arith.addi %v1280, %v1268 : i64
        %v1282 = llvm.getelementptr %in_delta[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
        %v1285 = arith.muli %v1013, %v1284 : i64
        %v1287 = arith.addi %v1285, %v1286 : i64
        %v1288 = arith.addi %v1287, %v48 : i64
        %v1291 = arith.minsi %v1288, %v1290 : i64
        %v1292 = arith.cmpi slt, %v1288, %v1289 : i64
        %v1294 = arith.divui %v1291, %v1293 : i64
        %v1295 = arith.remui %v1291, %v1293 : i64
        %v1297 = arith.addi %v1296, %v1294 : i64
        %v1298 = llvm.getelementptr %v39[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1299 = llvm.load %v1298 : !llvm.ptr<3> -> i64
        %v1300 = arith.addi %v112, %v1295 : i64
        %v1301 = arith.cmpi slt, %v1300, %v106 : i64
        %v1303 = arith.subi %size_L, %v1302 : i64
        %v1304 = arith.minsi %v1300, %v1303 : i64
        %v1305 = arith.addi %v1299, %v1304 : i64
        %v1307 = arith.muli %v1297, %v1306 : i64
        %v1308 = arith.addi %v1307, %v1295 : i64
        %v1309 = llvm.getelementptr %in_delta[%v1305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
        %v1312 = arith.muli %v1013, %v1311 : i64
        %v1314 = arith.addi %v1312, %v1313 : i64
        %v1315 = arith.addi %v1314, %v48 : i64
        %v1318 = arith.minsi %v1315, %v1317 : i64
        %v1319 = arith.cmpi slt, %v1315, %v1316 : i64
        %v1321 = arith.divui %v1318, %v1320 : i64
        %v1322 = arith.remui %v1318, %v1320 : i64
        %v1324 = arith.addi %v1323, %v1321 : i64
        %v1325 = llvm.getelementptr %v39[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1326 = llvm.load %v1325 : !llvm.ptr<3> -> i64
        %v1327 = arith.addi %v112, %v1322 : i64
        %v1328 = arith.cmpi slt, %v1327, %v106 : i64
        %v1330 = arith.subi %size_L, %v1329 : i64
        %v1331 = arith.minsi %v1327, %v1330 : i64
        %v1332 = arith.addi %v1326, %v1331 : i64
        %v1334 = arith.muli %v1324, %v1333 : i64
        %v1335 = arith.addi %v1334, %v1322 : i64
        %v1336 = llvm.getelementptr %in_delta[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
        %v1339 = arith.muli %v1013, %v1338 : i64
        %v1341 = arith.addi %v1339, %v1340 : i64
        %v1342 = arith.addi %v1341, %v48 : i64
        %v1345 = arith.minsi %v1342, %v1344 : i64
        %v1346 = arith.cmpi slt, %v1342, %v1343 : i64
        %v1348 = arith.divui %v1345, %v1347 : i64
        %v1349 = arith.remui %v1345, %v1347 : i64
        %v1351 = arith.addi %v1350, %v1348 : i64
        %v1352 = llvm.getelementptr %v39[%v1351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1353 = llvm.load %v1352 : !llvm.ptr<3> -> i64
        %v1354 = arith.addi %v112, %v1349 : i64
        %v1355 = arith.cmpi slt, %v1354, %v106 : i64
        %v1357 = arith.subi %size_L, %v1356 : i64
        %v1358 = arith.minsi %v1354, %v1357 : i64
        %v1359 = arith.addi %v1353, %v1358 : i64
        %v1361 = arith.muli %v1351, %v1360 : i64
        %v1362 = arith.addi %v1361, %v1349 : i64
        %v1363 = llvm.getelementptr %in_delta[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
        %v1366 = arith.muli %v1013, %v1365 : i64
        %v1368 = arith.addi %v1366, %v1367 : i64
        %v1369 = arith.addi %v1368, %v48 : i64
        %v1372 = arith.minsi %v1369, %v1371 : i64
        %v1373 = arith.cmpi slt, %v1369, %v1370 : i64
        %v1375 = arith.divui %v1372, %v1374 : i64
        %v1376 = arith.remui %v1372, %v1374 : i64
        %v1378 = arith.addi %v1377, %v1375 : i64
        %v1379 = llvm.getelementptr %v39[%v1378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1380 = llvm.load %v1379 : !llvm.ptr<3> -> i64
        %v1381 = arith.addi %v112, %v1376 : i64
        %v1382 = arith.cmpi slt, %v1381, %v106 : i64
        %v1384 = arith.subi %size_L, %v1383 : i64
        %v1385 = arith.minsi %v1381, %v1384 : i64
        %v1386 = arith.addi %v1380, %v1385 : i64
        %v1388 = arith.muli %v1378, %v1387 : i64
        %v1389 = arith.addi %v1388, %v1376 : i64
        %v1390 = llvm.getelementptr %in_delta[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
        %v1393 = arith.muli %v1013, %v1392 : i64
        %v1395 = arith.addi %v1393, %v1394 : i64
        %v1396 = arith.addi %v1395, %v48 : i64
        %v1399 = arith.minsi %v1396, %v1398 : i64
        %v1400 = arith.cmpi slt, %v1396, %v1397 : i64
        %v1402 = arith.divui %v1399, %v1401 : i64
        %v1403 = arith.remui %v1399, %v1401 : i64
        %v1405 = arith.addi %v1404, %v1402 : i64
        %v1406 = llvm.getelementptr %v39[%v1405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1407 = llvm.load %v1406 : !llvm.ptr<3> -> i64
        %v1408 = arith.addi %v112, %v1403 : i64
        %v1409 = arith.cmpi slt, %v1408, %v106 : i64
        %v1411 = arith.subi %size_L, %v1410 : i64
        %v1412 = arith.minsi %v1408, %v1411 : i64
        %v1413 = arith.addi %v1407, %v1412 : i64
        %v1415 = arith.muli %v1405, %v1414 : i64
        %v1416 = arith.addi %v1415, %v1403 : i64
        %v1417 = llvm.getelementptr %in_delta[%v1413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
        %v1420 = arith.muli %v1013, %v1419 : i64
        %v1422 = arith.addi %v1420, %v1421 : i64
        %v1423 = arith.addi %v1422, %v48 : i64
        %v1426 = arith.minsi %v1423, %v1425 : i64
        %v1427 = arith.cmpi slt, %v1423, %v1424 : i64
        %v1429 = arith.divui %v1426, %v1428 : i64
        %v1430 = arith.remui %v1426, %v1428 : i64
        %v1432 = arith.addi %v1431, %v1429 : i64
        %v1433 = llvm.getelementptr %v39[%v1432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1434 = llvm.load %v1433 : !llvm.ptr<3> -> i64
        %v1435 = arith.addi %v112, %v1430 : i64
        %v1436 = arith.cmpi slt, %v1435, %v106 : i64
        %v1438 = arith.subi %size_L, %v1437 : i64
        %v1439 = arith.minsi %v1435, %v1438 : i64
        %v1440 = arith.addi %v1434, %v1439 : i64
        %v1442 = arith.muli %v1432, %v1441 : i64
        %v1443 = arith.addi %v1442, %v1430 : i64
        %v1444 = llvm.getelementptr %in_delta[%v1440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
        %v1447 = arith.muli %v1013, %v1446 : i64
        %v1449 = arith.addi %v1447, %v1448 : i64
        %v1450 = arith.addi %v1449, %v48 : i64
        %v1453 = arith.minsi %v1450, %v1452 : i64
        %v1454 = arith.cmpi slt, %v1450, %v1451 : i64
        %v1456 = arith.divui %v1453, %v1455 : i64
        %v1457 = arith.remui %v1453, %v1455 : i64
        %v1459 = arith.addi %v1458, %v1456 : i64
        %v1460 = llvm.getelementptr %v39[%v1459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1461 = llvm.load %v1460 : !llvm.ptr<3> -> i64
        %v1462 = arith.addi %v112, %v1457 : i64
        %v1463 = arith.cmpi slt, %v1462, %v106 : i64
        %v1465 = arith.subi %size_L, %v1464 : i64
        %v1466 = arith.minsi %v1462, %v1465 : i64
        %v1467 = arith.addi %v1461, %v1466 : i64
        %v1469 = arith.muli %v1459, %v1468 : i64
        %v1470 = arith.addi %v1469, %v1457 : i64
        %v1471 = llvm.getelementptr %in_delta[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
        %v1474 = arith.muli %v1013, %v1473 : i64
        %v1476 = arith.addi %v1474, %v1475 : i64
        %v1477 = arith.addi %v1476, %v48 : i64
        %v1480 = arith.minsi %v1477, %v1479 : i64
        %v1481 = arith.cmpi slt, %v1477, %v1478 : i64
        %v1483 = arith.divui %v1480, %v1482 : i64
        %v1484 = arith.remui %v1480, %v1482 : i64
        %v1486 = arith.addi %v1485, %v1483 : i64
        %v1487 = llvm.getelementptr %v39[%v1486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1488 = llvm.load %v1487 : !llvm.ptr<3> -> i64
        %v1489 = arith.addi %v112, %v1484 : i64
        %v1490 = arith.cmpi slt, %v1489, %v106 : i64
        %v1492 = arith.subi %size_L, %v1491 : i64
        %v1493 = arith.minsi %v1489, %v1492 : i64
        %v1494 = arith.addi %v1488, %v1493 : i64
        %v1496 = arith.muli %v1486, %v1495 : i64
        %v1497 = arith.addi %v1496, %v1484 : i64
        %v1498 = llvm.getelementptr %in_delta[%v1494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1499 = llvm.load %v1498 : !llvm.ptr -> f32
        %v1501 = arith.muli %v1013, %v1500 : i64
        %v1503 = arith.addi %v1501, %v1502 : i64
        %v1504 = arith.addi %v1503, %v48 : i64
        %v1507 = arith.minsi %v1504, %v1506 : i64
        %v1508 = arith.cmpi slt, %v1504, %v1505 : i64
        %v1510 = arith.divui %v1507, %v1509 : i64
        %v1511 = arith.remui %v1507, %v1509 : i64
        %v1513 = arith.addi %v1512, %v1510 : i64
        %v1514 = llvm.getelementptr %v39[%v1513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1515 = llvm.load %v1514 : !llvm.ptr<3> -> i64
        %v1516 = arith.addi %v112, %v1511 : i64
        %v1517 = arith.cmpi slt, %v1516, %v106 : i64
        %v1519 = arith.subi %size_L, %v1518 : i64
        %v1520 = arith.minsi %v1516, %v1519 : i64
        %v1521 = arith.addi %v1515, %v1520 : i64
        %v1523 = arith.muli %v1513, %v1522 : i64
        %v1524 = arith.addi %v1523, %v1511 : i64
        %v1525 = llvm.getelementptr %in_delta[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1526 = llvm.load %v1525 : !llvm.ptr -> f32
        %v1528 = arith.muli %v1013, %v1527 : i64
        %v1530 = arith.addi %v1528, %v1529 : i64
        %v1531 = arith.addi %v1530, %v48 : i64
        %v1534 = arith.minsi %v1531, %v1533 : i64
        %v1535 = arith.cmpi slt, %v1531, %v1532 : i64
        %v1537 = arith.divui %v1534, %v1536 : i64
        %v1538 = arith.remui %v1534, %v1536 : i64
        %v1540 = arith.addi %v1539, %v1537 : i64
        %v1541 = llvm.getelementptr %v39[%v1540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1542 = llvm.load %v1541 : !llvm.ptr<3> -> i64
        %v1543 = arith.addi %v112, %v1538 : i64
        %v1544 = arith.cmpi slt, %v1543, %v106 : i64
        %v1546 = arith.subi %size_L, %v1545 : i64
        %v1547 = arith.minsi %v1543, %v1546 : i64
        %v1548 = arith.addi %v1542, %v1547 : i64
        %v1550 = arith.muli %v1540, %v1549 : i64
        %v1551 = arith.addi %v1550, %v1538 : i64
        %v1552 = llvm.getelementptr %in_delta[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1553 = llvm.load %v1552 : !llvm.ptr -> f32
        %v1555 = arith.muli %v1013, %v1554 : i64
        %v1557 = arith.addi %v1555, %v1556 : i64
        %v1558 = arith.addi %v1557, %v48 : i64
        %v1561 = arith.minsi %v1558, %v1560 : i64
        %v1562 = arith.cmpi slt, %v1558, %v1559 : i64
        %v1564 = arith.divui %v1561, %v1563 : i64
        %v1565 = arith.remui %v1561, %v1563 : i64
        %v1567 = arith.addi %v1566, %v1564 : i64
        %v1568 = llvm.getelementptr %v39[%v1567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1569 = llvm.load %v1568 : !llvm.ptr<3> -> i64
        %v1570 = arith.addi %v112, %v1565 : i64
        %v1571 = arith.cmpi slt, %v1570, %v106 : i64
        %v1573 = arith.subi %size_L, %v1572 : i64
        %v1574 = arith.minsi %v1570, %v1573 : i64
        %v1575 = arith.addi %v1569, %v1574 : i64
        %v1577 = arith.muli %v1567, %v1576 : i64
        %v1578 = arith.addi %v1577, %v1565 : i64
        %v1579 = llvm.getelementptr %in_delta[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1580 = llvm.load %v1579 : !llvm.ptr -> f32
        %v1582 = arith.muli %v1013, %v1581 : i64
        %v1584 = arith.addi %v1582, %v1583 : i64
        %v1585 = arith.addi %v1584, %v48 : i64
        %v1588 = arith.minsi %v1585, %v1587 : i64
        %v1589 = arith.cmpi slt, %v1585, %v1586 : i64
        %v1591 = arith.divui %v1588, %v1590 : i64
        %v1592 = arith.remui %v1588, %v1590 : i64
        %v1594 = arith.addi %v1593, %v1591 : i64
        %v1595 = llvm.getelementptr %v39[%v1594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1596 = llvm.load %v1595 : !llvm.ptr<3> -> i64
        %v1597 = arith.addi %v112, %v1592 : i64
        %v1598 = arith.cmpi slt, %v1597, %v106 : i64
        %v1600 = arith.subi %size_L, %v1599 : i64
        %v1601 = arith.minsi %v1597, %v1600 : i64
        %v1602 = arith.addi %v1596, %v1601 : i64
        %v1604 = arith.muli %v1594, %v1603 : i64
        %v1605 = arith.addi %v1604, %v1592 : i64
        %v1606 = llvm.getelementptr %in_delta[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
        %v1609 = arith.muli %v1013, %v1608 : i64
        %v1611 = arith.addi %v1609, %v1610 : i64
        %v1612 = arith.addi %v1611, %v48 : i64
        %v1615 = arith.minsi %v1612, %v1614 : i64
        %v1616 = arith.cmpi slt, %v1612, %v1613 : i64
        %v1618 = arith.divui %v1615, %v1617 : i64
        %v1619 = arith.remui %v1615, %v1617 : i64
        %v1621 = arith.addi %v1620, %v1618 : i64
        %v1622 = llvm.getelementptr %v39[%v1621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1623 = llvm.load %v1622 : !llvm.ptr<3> -> i64
        %v1624 = arith.addi %v112, %v1619 : i64
        %v1625 = arith.cmpi slt, %v1624, %v106 : i64
        %v1627 = arith.subi %size_L, %v1626 : i64
        %v1628 = arith.minsi %v1624, %v1627 : i64
        %v1629 = arith.addi %v1623, %v1628 : i64
        %v1631 = arith.muli %v1621, %v1630 : i64
        %v1632 = arith.addi %v1631, %v1619 : i64
        %v1633 = llvm.getelementptr %in_delta[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
        %v1636 = arith.muli %v1013, %v1635 : i64
        %v1638 = arith.addi %v1636, %v1637 : i64
        %v1639 = arith.addi %v1638, %v48 : i64
        %v1642 = arith.minsi %v1639, %v1641 : i64
        %v1643 = arith.cmpi slt, %v1639, %v1640 : i64
        %v1645 = arith.divui %v1642, %v1644 : i64
        %v1646 = arith.remui %v1642, %v1644 : i64
        %v1648 = arith.addi %v1647, %v1645 : i64
        %v1649 = llvm.getelementptr %v39[%v1648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1650 = llvm.load %v1649 : !llvm.ptr<3> -> i64
        %v1651 = arith.addi %v112, %v1646 : i64
        %v1652 = arith.cmpi slt, %v1651, %v106 : i64
        %v1654 = arith.subi %size_L, %v1653 : i64
        %v1655 = arith.minsi %v1651, %v1654 : i64
        %v1656 = arith.addi %v1650, %v1655 : i64
        %v1658 = arith.muli %v1648, %v1657 : i64
        %v1659 = arith.addi %v1658, %v1646 : i64
        %v1660 = llvm.getelementptr %in_delta[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1661 = llvm.load %v1660 : !llvm.ptr -> f32
        %v1663 = arith.muli %v1013, %v1662 : i64
        %v1665 = arith.addi %v1663, %v1664 : i64
        %v1666 = arith.addi %v1665, %v48 : i64
        %v1669 = arith.minsi %v1666, %v1668 : i64
        %v1670 = arith.cmpi slt, %v1666, %v1667 : i64
        %v1672 = arith.divui %v1669, %v1671 : i64
        %v1673 = arith.remui %v1669, %v1671 : i64
        %v1675 = arith.addi %v1674, %v1672 : i64
        %v1676 = llvm.getelementptr %v39[%v1675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1677 = llvm.load %v1676 : !llvm.ptr<3> -> i64
        %v1678 = arith.addi %v112, %v1673 : i64
        %v1679 = arith.cmpi slt, %v1678, %v106 : i64
        %v1681 = arith.subi %size_L, %v1680 : i64
        %v1682 = arith.minsi %v1678, %v1681 : i64
        %v1683 = arith.addi %v1677, %v1682 : i64
        %v1685 = arith.muli %v1675, %v1684 : i64
        %v1686 = arith.addi %v1685, %v1673 : i64
        %v1687 = llvm.getelementptr %in_delta[%v1683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1688 = llvm.load %v1687 : !llvm.ptr -> f32
        %v1690 = arith.muli %v1013, %v1689 : i64
        %v1692 = arith.addi %v1690, %v1691 : i64
        %v1693 = arith.addi %v1692, %v48 : i64
        %v1696 = arith.minsi %v1693, %v1695 : i64
        %v1697 = arith.cmpi slt, %v1693, %v1694 : i64
        %v1699 = arith.divui %v1696, %v1698 : i64
        %v1700 = arith.remui %v1696, %v1698 : i64
        %v1702 = arith.addi %v1701, %v1699 : i64
        %v1703 = llvm.getelementptr %v39[%v1702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1704 = llvm.load %v1703 : !llvm.ptr<3> -> i64
        %v1705 = arith.addi %v112, %v1700 : i64
        %v1706 = arith.cmpi slt, %v1705, %v106 : i64
        %v1708 = arith.subi %size_L, %v1707 : i64
        %v1709 = arith.minsi %v1705, %v1708 : i64
        %v1710 = arith.addi %v1704, %v1709 : i64
        %v1712 = arith.muli %v1702, %v1711 : i64
        %v1713 = arith.addi %v1712, %v1700 : i64
        %v1714 = llvm.getelementptr %in_delta[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1715 = llvm.load %v1714 : !llvm.ptr -> f32
        %v1717 = arith.muli %v1013, %v1716 : i64
        %v1719 = arith.addi %v1717, %v1718 : i64
        %v1720 = arith.addi %v1719, %v48 : i64
        %v1723 = arith.minsi %v1720, %v1722 : i64
        %v1724 = arith.cmpi slt, %v1720, %v1721 : i64
        %v1726 = arith.divui %v1723, %v1725 : i64
        %v1727 = arith.remui %v1723, %v1725 : i64
        %v1729 = arith.addi %v1728, %v1726 : i64
        %v1730 = llvm.getelementptr %v39[%v1729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1731 = llvm.load %v1730 : !llvm.ptr<3> -> i64
        %v1732 = arith.addi %v112, %v1727 : i64
        %v1733 = arith.cmpi slt, %v1732, %v106 : i64
        %v1735 = arith.subi %size_L, %v1734 : i64
        %v1736 = arith.minsi %v1732, %v1735 : i64
        %v1737 = arith.addi %v1731, %v1736 : i64
        %v1739 = arith.muli %v1729, %v1738 : i64
        %v1740 = arith.addi %v1739, %v1727 : i64
        %v1741 = llvm.getelementptr %in_delta[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
        %v1744 = arith.muli %v1013, %v1743 : i64
        %v1746 = arith.addi %v1744, %v1745 : i64
        %v1747 = arith.addi %v1746, %v48 : i64
        %v1750 = arith.minsi %v1747, %v1749 : i64
        %v1751 = arith.cmpi slt, %v1747, %v1748 : i64
        %v1753 = arith.divui %v1750, %v1752 : i64
        %v1754 = arith.remui %v1750, %v1752 : i64
        %v1756 = arith.addi %v1755, %v1753 : i64
        %v1757 = llvm.getelementptr %v39[%v1756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1758 = llvm.load %v1757 : !llvm.ptr<3> -> i64
        %v1759 = arith.addi %v112, %v1754 : i64
        %v1760 = arith.cmpi slt, %v1759, %v106 : i64
        %v1762 = arith.subi %size_L, %v1761 : i64
        %v1763 = arith.minsi %v1759, %v1762 : i64
        %v1764 = arith.addi %v1758, %v1763 : i64
        %v1766 = arith.muli %v1756, %v1765 : i64
        %v1767 = arith.addi %v1766, %v1754 : i64
        %v1768 = llvm.getelementptr %in_delta[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1769 = llvm.load %v1768 : !llvm.ptr -> f32
        %v1771 = arith.muli %v1013, %v1770 : i64
        %v1773 = arith.addi %v1771, %v1772 : i64
        %v1774 = arith.addi %v1773, %v48 : i64
        %v1777 = arith.minsi %v1774, %v1776 : i64
        %v1778 = arith.cmpi slt, %v1774, %v1775 : i64
        %v1780 = arith.divui %v1777, %v1779 : i64
        %v1781 = arith.remui %v1777, %v1779 : i64
        %v1783 = arith.addi %v1782, %v1780 : i64
        %v1784 = llvm.getelementptr %v39[%v1783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1785 = llvm.load %v1784 : !llvm.ptr<3> -> i64
        %v1786 = arith.addi %v112, %v1781 : i64
        %v1787 = arith.cmpi slt, %v1786, %v106 : i64
        %v1789 = arith.subi %size_L, %v1788 : i64
        %v1790 = arith.minsi %v1786, %v1789 : i64
        %v1791 = arith.addi %v1785, %v1790 : i64
        %v1793 = arith.muli %v1783, %v1792 : i64
        %v1794 = arith.addi %v1793, %v1781 : i64
        %v1795 = llvm.getelementptr %in_delta[%v1791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1796 = llvm.load %v1795 : !llvm.ptr -> f32
        %v1798 = arith.muli %v1013, %v1797 : i64
        %v1800 = arith.addi %v1798, %v1799 : i64
        %v1801 = arith.addi %v1800, %v48 : i64
        %v1804 = arith.minsi %v1801, %v1803 : i64
        %v1805 = arith.cmpi slt, %v1801, %v1802 : i64
        %v1807 = arith.divui %v1804, %v1806 : i64
        %v1808 = arith.remui %v1804, %v1806 : i64
        %v1810 = arith.addi %v1809, %v1807 : i64
        %v1811 = llvm.getelementptr %v39[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1812 = llvm.load %v1811 : !llvm.ptr<3> -> i64
        %v1813 = arith.addi %v112, %v1808 : i64
        %v1814 = arith.cmpi slt, %v1813, %v106 : i64
        %v1816 = arith.subi %size_L, %v1815 : i64
        %v1817 = arith.minsi %v1813, %v1816 : i64
        %v1818 = arith.addi %v1812, %v1817 : i64
        %v1820 = arith.muli %v1810, %v1819 : i64
        %v1821 = arith.addi %v1820, %v1808 : i64
        %v1822 = llvm.getelementptr %in_delta[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1823 = llvm.load %v1822 : !llvm.ptr -> f32
        %v1825 = arith.muli %v1013, %v1824 : i64
        %v1827 = arith.addi %v1825, %v1826 : i64
        %v1828 = arith.addi %v1827, %v48 : i64
        %v1831 = arith.minsi %v1828, %v1830 : i64
        %v1832 = arith.cmpi slt, %v1828, %v1829 : i64
        %v1834 = arith.divui %v1831, %v1833 : i64
        %v1835 = arith.remui %v1831, %v1833 : i64
        %v1837 = arith.addi %v1836, %v1834 : i64
        %v1838 = llvm.getelementptr %v39[%v1837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1839 = llvm.load %v1838 : !llvm.ptr<3> -> i64
        %v1840 = arith.addi %v112, %v1835 : i64
        %v1841 = arith.cmpi slt, %v1840, %v106 : i64
        %v1843 = arith.subi %size_L, %v1842 : i64
        %v1844 = arith.minsi %v1840, %v1843 : i64
        %v1845 = arith.addi %v1839, %v1844 : i64
        %v1847 = arith.muli %v1837, %v1846 : i64
        %v1848 = arith.addi %v1847, %v1835 : i64
        %v1849 = llvm.getelementptr %in_delta[%v1845] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1850 = llvm.load %v1849 : !llvm.ptr -> f32
        %v1852 = arith.muli %v1013, %v1851 : i64
        %v1854 = arith.addi %v1852, %v1853 : i64
        %v1855 = arith.addi %v1854, %v48 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.cmpi slt, %v1855, %v1856 : i64
        %v1861 = arith.divui %v1858, %v1860 : i64
        %v1862 = arith.remui %v1858, %v1860 : i64
        %v1864 = arith.addi %v1863, %v1861 : i64
        %v1865 = llvm.getelementptr %v39[%v1864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1866 = llvm.load %v1865 : !llvm.ptr<3> -> i64
        %v1867 = arith.addi %v112, %v1862 : i64
        %v1868 = arith.cmpi slt, %v1867, %v106 : i64
        %v1870 = arith.subi %size_L, %v1869 : i64
        %v1871 = arith.minsi %v1867, %v1870 : i64
        %v1872 = arith.addi %v1866, %v1871 : i64
        %v1874 = arith.muli %v1864, %v1873 : i64
        %v1875 = arith.addi %v1874, %v1862 : i64
        %v1876 = llvm.getelementptr %in_delta[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        scf.if %v1022 {
          %v1878 = llvm.getelementptr %v40[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1040, %v1878 : f32, !llvm.ptr<3>
        }
        scf.if %v1049 {
          %v1879 = llvm.getelementptr %v40[%v1065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1067, %v1879 : f32, !llvm.ptr<3>
        }
        scf.if %v1076 {
          %v1880 = llvm.getelementptr %v40[%v1092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1094, %v1880 : f32, !llvm.ptr<3>
        }
        scf.if %v1103 {
          %v1881 = llvm.getelementptr %v40[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1121, %v1881 : f32, !llvm.ptr<3>
        }
        scf.if %v1130 {
          %v1882 = llvm.getelementptr %v40[%v1146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1148, %v1882 : f32, !llvm.ptr<3>
        }
        scf.if %v1157 {
          %v1883 = llvm.getelementptr %v40[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1175, %v1883 : f32, !llvm.ptr<3>
        }
        scf.if %v1184 {
          %v1884 = llvm.getelementptr %v40[%v1200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1202, %v1884 : f32, !llvm.ptr<3>
        }
        scf.if %v1211 {
          %v1885 = llvm.getelementptr %v40[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1229, %v1885 : f32, !llvm.ptr<3>
        }
        scf.if %v1238 {
          %v1886 = llvm.getelementptr %v40[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1256, %v1886 : f32, !llvm.ptr<3>
        }
        scf.if %v1265 {
          %v1887 = llvm.getelementptr %v40[%v1281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1283, %v1887 : f32, !llvm.ptr<3>
        }
        scf.if %v1292 {
          %v1888 = llvm.getelementptr %v40[%v1308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1310, %v1888 : f32, !llvm.ptr<3>
        }
        scf.if %v1319 {
          %v1889 = llvm.getelementptr %v40[%v1335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1337, %v1889 : f32, !llvm.ptr<3>
        }
        scf.if %v1346 {
          %v1890 = llvm.getelementptr %v40[%v1362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1364, %v1890 : f32, !llvm.ptr<3>
        }
        scf.if %v1373 {
          %v1891 = llvm.getelementptr %v40[%v1389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1391, %v1891 : f32, !llvm.ptr<3>
        }
        scf.if %v1400 {
          %v1892 = llvm.getelementptr %v40[%v1416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1418, %v1892 : f32, !llvm.ptr<3>
        }
        scf.if %v1427 {
          %v1893 = llvm.getelementptr %v40[%v1443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1445, %v1893 : f32, !llvm.ptr<3>
        }
        scf.if %v1454 {
          %v1894 = llvm.getelementptr %v40[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1472, %v1894 : f32, !llvm.ptr<3>
        }
        scf.if %v1481 {
          %v1895 = llvm.getelementptr %v40[%v1497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1499, %v1895 : f32, !llvm.ptr<3>
        }
        scf.if %v1508 {
          %v1896 = llvm.getelementptr %v40[%v1524] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1526, %v1896 : f32, !llvm.ptr<3>
        }
        scf.if %v1535 {
          %v1897 = llvm.getelementptr %v40[%v1551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1553, %v1897 : f32, !llvm.ptr<3>
        }
        scf.if %v1562 {
          %v1898 = llvm.getelementptr %v40[%v1578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1580, %v1898 : f32, !llvm.ptr<3>
        }
        scf.if %v1589 {
          %v1899 = llvm.getelementptr %v40[%v1605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1607, %v1899 : f32, !llvm.ptr<3>
        }
        scf.if %v1616 {
          %v1900 = llvm.getelementptr %v40[%v1632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1634, %v1900 : f32, !llvm.ptr<3>
        }
        scf.if %v1643 {
          %v1901 = llvm.getelementptr %v40[%v1659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1661, %v1901 : f32, !llvm.ptr<3>
        }
        scf.if %v1670 {
          %v1902 = llvm.getelementptr %v40[%v1686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1688, %v1902 : f32, !llvm.ptr<3>
        }
        scf.if %v1697 {
          %v1903 = llvm.getelementptr %v40[%v1713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1715, %v1903 : f32, !llvm.ptr<3>
        }
        scf.if %v1724 {
          %v1904 = llvm.getelementptr %v40[%v1740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1742, %v1904 : f32, !llvm.ptr<3>
        }
        scf.if %v1751 {
          %v1905 = llvm.getelementptr %v40[%v1767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1769, %v1905 : f32, !llvm.ptr<3>
        }
        scf.if %v1778 {
          %v1906 = llvm.getelementptr %v40[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1796, %v1906 : f32, !llvm.ptr<3>
        }
        scf.if %v1805 {
          %v1907 = llvm.getelementptr %v40[%v1821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1823, %v1907 : f32, !llvm.ptr<3>
        }
        scf.if %v1832 {
          %v1908 = llvm.getelementptr %v40[%v1848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1850, %v1908 : f32, !llvm.ptr<3>
        }
        scf.if %v1859 {
          %v1909 = llvm.getelementptr %v40[%v1875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1877, %v1909 : f32, !llvm.ptr<3>
        }
        %v1912 = arith.muli %v1910, %v1911 : i64
        %v1914 = arith.addi %v1912, %v1913 : i64
        %v1915 = arith.addi %v1914, %v48 : i64
        %v1918 = arith.minsi %v1915, %v1917 : i64
        %v1919 = arith.cmpi slt, %v1915, %v1916 : i64
        %v1921 = arith.divui %v1918, %v1920 : i64
        %v1922 = arith.remui %v1918, %v1920 : i64
        %v1924 = arith.addi %v1923, %v1921 : i64
        %v1925 = llvm.getelementptr %v39[%v1924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1926 = llvm.load %v1925 : !llvm.ptr<3> -> i64
        %v1927 = arith.addi %v112, %v1922 : i64
        %v1928 = arith.cmpi slt, %v1927, %v106 : i64
        %v1930 = arith.subi %size_L, %v1929 : i64
        %v1931 = arith.minsi %v1927, %v1930 : i64
        %v1932 = arith.addi %v1926, %v1931 : i64
        %v1934 = arith.muli %v1924, %v1933 : i64
        %v1935 = arith.addi %v1934, %v1922 : i64
        %v1936 = llvm.getelementptr %in_z[%v1932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
        %v1939 = arith.muli %v1910, %v1938 : i64
        %v1941 = arith.addi %v1939, %v1940 : i64
        %v1942 = arith.addi %v1941, %v48 : i64
        %v1945 = arith.minsi %v1942, %v1944 : i64
        %v1946 = arith.cmpi slt, %v1942, %v1943 : i64
        %v1948 = arith.divui %v1945, %v1947 : i64
        %v1949 = arith.remui %v1945, %v1947 : i64
        %v1951 = arith.addi %v1950, %v1948 : i64
        %v1952 = llvm.getelementptr %v39[%v1951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1953 = llvm.load %v1952 : !llvm.ptr<3> -> i64
        %v1954 = arith.addi %v112, %v1949 : i64
        %v1955 = arith.cmpi slt, %v1954, %v106 : i64
        %v1957 = arith.subi %size_L, %v1956 : i64
        %v1958 = arith.minsi %v1954, %v1957 : i64
        %v1959 = arith.addi %v1953, %v1958 : i64
        %v1961 = arith.muli %v1951, %v1960 : i64
        %v1962 = arith.addi %v1961, %v1949 : i64
        %v1963 = llvm.getelementptr %in_z[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1964 = llvm.load %v1963 : !llvm.ptr -> f32
        %v1966 = arith.muli %v1910, %v1965 : i64
        %v1968 = arith.addi %v1966, %v1967 : i64
        %v1969 = arith.addi %v1968, %v48 : i64
        %v1972 = arith.minsi %v1969, %v1971 : i64
        %v1973 = arith.cmpi slt, %v1969, %v1970 : i64
        %v1975 = arith.divui %v1972, %v1974 : i64
        %v1976 = arith.remui %v1972, %v1974 : i64
        %v1978 = arith.addi %v1977, %v1975 : i64
        %v1979 = llvm.getelementptr %v39[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1980 = llvm.load %v1979 : !llvm.ptr<3> -> i64
        %v1981 = arith.addi %v112, %v1976 : i64
        %v1982 = arith.cmpi slt, %v1981, %v106 : i64
        %v1984 = arith.subi %size_L, %v1983 : i64
        %v1985 = arith.minsi %v1981, %v1984 : i64
        %v1986 = arith.addi %v1980, %v1985 : i64
        %v1988 = arith.muli %v1978, %v1987 : i64
        %v1989 = arith.addi %v1988, %v1976 : i64
        %v1990 = llvm.getelementptr %in_z[%v1986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1991 = llvm.load %v1990 : !llvm.ptr -> f32
        %v1993 = arith.muli %v1910, %v1992 : i64
        %v1995 = arith.addi %v1993, %v1994 : i64
        %v1996 = arith.addi %v1995, %v48 : i64
        %v1999 = arith.minsi %v1996, %v1998 : i64
        %v2000 = arith.cmpi slt, %v1996, %v1997 : i64
        %v2002 = arith.divui %v1999, %v2001 : i64
        %v2003 = arith.remui %v1999, %v2001 : i64
        %v2005 = arith.addi %v2004, %v2002 : i64
        %v2006 = llvm.getelementptr %v39[%v2005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2007 = llvm.load %v2006 : !llvm.ptr<3> -> i64
        %v2008 = arith.addi %v112, %v2003 : i64
        %v2009 = arith.cmpi slt, %v2008, %v106 : i64
        %v2011 = arith.subi %size_L, %v2010 : i64
        %v2012 = arith.minsi %v2008, %v2011 : i64
        %v2013 = arith.addi %v2007, %v2012 : i64
        %v2015 = arith.muli %v2005, %v2014 : i64
        %v2016 = arith.addi %v2015, %v2003 : i64
        %v2017 = llvm.getelementptr %in_z[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2018 = llvm.load %v2017 : !llvm.ptr -> f32
        %v2020 = arith.muli %v1910, %v2019 : i64
        %v2022 = arith.addi %v2020, %v2021 : i64
        %v2023 = arith.addi %v2022, %v48 : i64
        %v2026 = arith.minsi %v2023, %v2025 : i64
        %v2027 = arith.cmpi slt, %v2023, %v2024 : i64
        %v2029 = arith.divui %v2026, %v2028 : i64
        %v2030 = arith.remui %v2026, %v2028 : i64
        %v2032 = arith.addi %v2031, %v2029 : i64
        %v2033 = llvm.getelementptr %v39[%v2032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2034 = llvm.load %v2033 : !llvm.ptr<3> -> i64
        %v2035 = arith.addi %v112, %v2030 : i64
        %v2036 = arith.cmpi slt, %v2035, %v106 : i64
        %v2038 = arith.subi %size_L, %v2037 : i64
        %v2039 = arith.minsi %v2035, %v2038 : i64
        %v2040 = arith.addi %v2034, %v2039 : i64
        %v2042 = arith.muli %v2032, %v2041 : i64
        %v2043 = arith.addi %v2042, %v2030 : i64
        %v2044 = llvm.getelementptr %in_z[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
        %v2047 = arith.muli %v1910, %v2046 : i64
        %v2049 = arith.addi %v2047, %v2048 : i64
        %v2050 = arith.addi %v2049, %v48 : i64
        %v2053 = arith.minsi %v2050, %v2052 : i64
        %v2054 = arith.cmpi slt, %v2050, %v2051 : i64
        %v2056 = arith.divui %v2053, %v2055 : i64
        %v2057 = arith.remui %v2053, %v2055 : i64
        %v2059 = arith.addi %v2058, %v2056 : i64
        %v2060 = llvm.getelementptr %v39[%v2059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2061 = llvm.load %v2060 : !llvm.ptr<3> -> i64
        %v2062 = arith.addi %v112, %v2057 : i64
        %v2063 = arith.cmpi slt, %v2062, %v106 : i64
        %v2065 = arith.subi %size_L, %v2064 : i64
        %v2066 = arith.minsi %v2062, %v2065 : i64
        %v2067 = arith.addi %v2061, %v2066 : i64
        %v2069 = arith.muli %v2059, %v2068 : i64
        %v2070 = arith.addi %v2069, %v2057 : i64
        %v2071 = llvm.getelementptr %in_z[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
        %v2074 = arith.muli %v1910, %v2073 : i64
        %v2076 = arith.addi %v2074, %v2075 : i64
        %v2077 = arith.addi %v2076, %v48 : i64
        %v2080 = arith.minsi %v2077, %v2079 : i64
        %v2081 = arith.cmpi slt, %v2077, %v2078 : i64
        %v2083 = arith.divui %v2080, %v2082 : i64
        %v2084 = arith.remui %v2080, %v2082 : i64
        %v2086 = arith.addi %v2085, %v2083 : i64
        %v2087 = llvm.getelementptr %v39[%v2086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2088 = llvm.load %v2087 : !llvm.ptr<3> -> i64
        %v2089 = arith.addi %v112, %v2084 : i64
        %v2090 = arith.cmpi slt, %v2089, %v106 : i64
        %v2092 = arith.subi %size_L, %v2091 : i64
        %v2093 = arith.minsi %v2089, %v2092 : i64
        %v2094 = arith.addi %v2088, %v2093 : i64
        %v2096 = arith.muli %v2086, %v2095 : i64
        %v2097 = arith.addi %v2096, %v2084 : i64
        %v2098 = llvm.getelementptr %in_z[%v2094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2099 = llvm.load %v2098 : !llvm.ptr -> f32
        %v2101 = arith.muli %v1910, %v2100 : i64
        %v2103 = arith.addi %v2101, %v2102 : i64
        %v2104 = arith.addi %v2103, %v48 : i64
        %v2107 = arith.minsi %v2104, %v2106 : i64
        %v2108 = arith.cmpi slt, %v2104, %v2105 : i64
        %v2110 = arith.divui %v2107, %v2109 : i64
        %v2111 = arith.remui %v2107, %v2109 : i64
        %v2113 = arith.addi %v2112, %v2110 : i64
        %v2114 = llvm.getelementptr %v39[%v2113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2115 = llvm.load %v2114 : !llvm.ptr<3> -> i64
        %v2116 = arith.addi %v112, %v2111 : i64
        %v2117 = arith.cmpi slt, %v2116, %v106 : i64
        %v2119 = arith.subi %size_L, %v2118 : i64
        %v2120 = arith.minsi %v2116, %v2119 : i64
        %v2121 = arith.addi %v2115, %v2120 : i64
        %v2123 = arith.muli %v2113, %v2122 : i64
        %v2124 = arith.addi %v2123, %v2111 : i64
        %v2125 = llvm.getelementptr %in_z[%v2121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2126 = llvm.load %v2125 : !llvm.ptr -> f32
        %v2128 = arith.muli %v1910, %v2127 : i64
        %v2130 = arith.addi %v2128, %v2129 : i64
        %v2131 = arith.addi %v2130, %v48 : i64
        %v2134 = arith.minsi %v2131, %v2133 : i64
        %v2135 = arith.cmpi slt, %v2131, %v2132 : i64
        %v2137 = arith.divui %v2134, %v2136 : i64
        %v2138 = arith.remui %v2134, %v2136 : i64
        %v2140 = arith.addi %v2139, %v2137 : i64
        %v2141 = llvm.getelementptr %v39[%v2140] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2142 = llvm.load %v2141 : !llvm.ptr<3> -> i64
        %v2143 = arith.addi %v112, %v2138 : i64
        %v2144 = arith.cmpi slt, %v2143, %v106 : i64
        %v2146 = arith.subi %size_L, %v2145 : i64
        %v2147 = arith.minsi %v2143, %v2146 : i64
        %v2148 = arith.addi %v2142, %v2147 : i64
        %v2150 = arith.muli %v2140, %v2149 : i64
        %v2151 = arith.addi %v2150, %v2138 : i64
        %v2152 = llvm.getelementptr %in_z[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
        %v2155 = arith.muli %v1910, %v2154 : i64
        %v2157 = arith.addi %v2155, %v2156 : i64
        %v2158 = arith.addi %v2157, %v48 : i64
        %v2161 = arith.minsi %v2158, %v2160 : i64
        %v2162 = arith.cmpi slt, %v2158, %v2159 : i64
        %v2164 = arith.divui %v2161, %v2163 : i64
        %v2165 = arith.remui %v2161, %v2163 : i64
        %v2167 = arith.addi %v2166, %v2164 : i64
        %v2168 = llvm.getelementptr %v39[%v2167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2169 = llvm.load %v2168 : !llvm.ptr<3> -> i64
        %v2170 = arith.addi %v112, %v2165 : i64
        %v2171 = arith.cmpi slt, %v2170, %v106 : i64
        %v2173 = arith.subi %size_L, %v2172 : i64
        %v2174 = arith.minsi %v2170, %v2173 : i64
        %v2175 = arith.addi %v2169, %v2174 : i64
        %v2177 = arith.muli %v2167, %v2176 : i64
        %v2178 = arith.addi %v2177, %v2165 : i64
        %v2179 = llvm.getelementptr %in_z[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
        %v2182 = arith.muli %v1910, %v2181 : i64
        %v2184 = arith.addi %v2182, %v2183 : i64
        %v2185 = arith.addi %v2184, %v48 : i64
        %v2188 = arith.minsi %v2185, %v2187 : i64
        %v2189 = arith.cmpi slt, %v2185, %v2186 : i64
        %v2191 = arith.divui %v2188, %v2190 : i64
        %v2192 = arith.remui %v2188, %v2190 : i64
        %v2194 = arith.addi %v2193, %v2191 : i64
        %v2195 = llvm.getelementptr %v39[%v2194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2196 = llvm.load %v2195 : !llvm.ptr<3> -> i64
        %v2197 = arith.addi %v112, %v2192 : i64
        %v2198 = arith.cmpi slt, %v2197, %v106 : i64
        %v2200 = arith.subi %size_L, %v2199 : i64
        %v2201 = arith.minsi %v2197, %v2200 : i64
        %v2202 = arith.addi %v2196, %v2201 : i64
        %v2204 = arith.muli %v2194, %v2203 : i64
        %v2205 = arith.addi %v2204, %v2192 : i64
        %v2206 = llvm.getelementptr %in_z[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2207 = llvm.load %v2206 : !llvm.ptr -> f32
        %v2209 = arith.muli %v1910, %v2208 : i64
        %v2211 = arith.addi %v2209, %v2210 : i64
        %v2212 = arith.addi %v2211, %v48 : i64
        %v2215 = arith.minsi %v2212, %v2214 : i64
        %v2216 = arith.cmpi slt, %v2212, %v2213 : i64
        %v2218 = arith.divui %v2215, %v2217 : i64
        %v2219 = arith.remui %v2215, %v2217 : i64
        %v2221 = arith.addi %v2220, %v2218 : i64
        %v2222 = llvm.getelementptr %v39[%v2221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2223 = llvm.load %v2222 : !llvm.ptr<3> -> i64
        %v2224 = arith.addi %v112, %v2219 : i64
        %v2225 = arith.cmpi slt, %v2224, %v106 : i64
        %v2227 = arith.subi %size_L, %v2226 : i64
        %v2228 = arith.minsi %v2224, %v2227 : i64
        %v2229 = arith.addi %v2223, %v2228 : i64
        %v2231 = arith.muli %v2221, %v2230 : i64
        %v2232 = arith.addi %v2231, %v2219 : i64
        %v2233 = llvm.getelementptr %in_z[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2234 = llvm.load %v2233 : !llvm.ptr -> f32
        %v2236 = arith.muli %v1910, %v2235 : i64
        %v2238 = arith.addi %v2236, %v2237 : i64
        %v2239 = arith.addi %v2238, %v48 : i64
        %v2242 = arith.minsi %v2239, %v2241 : i64
        %v2243 = arith.cmpi slt, %v2239, %v2240 : i64
        %v2245 = arith.divui %v2242, %v2244 : i64
        %v2246 = arith.remui %v2242, %v2244 : i64
        %v2248 = arith.addi %v2247, %v2245 : i64
        %v2249 = llvm.getelementptr %v39[%v2248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2250 = llvm.load %v2249 : !llvm.ptr<3> -> i64
        %v2251 = arith.addi %v112, %v2246 : i64
        %v2252 = arith.cmpi slt, %v2251, %v106 : i64
        %v2254 = arith.subi %size_L, %v2253 : i64
        %v2255 = arith.minsi %v2251, %v2254 : i64
        %v2256 = arith.addi %v2250, %v2255 : i64
        %v2258 = arith.muli %v2248, %v2257 : i64
        %v2259 = arith.addi %v2258, %v2246 : i64
        %v2260 = llvm.getelementptr %in_z[%v2256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2261 = llvm.load %v2260 : !llvm.ptr -> f32
        %v2263 = arith.muli %v1910, %v2262 : i64
        %v2265 = arith.addi %v2263, %v2264 : i64
        %v2266 = arith.addi %v2265, %v48 : i64
        %v2269 = arith.minsi %v2266, %v2268 : i64
        %v2270 = arith.cmpi slt, %v2266, %v2267 : i64
        %v2272 = arith.divui %v2269, %v2271 : i64
        %v2273 = arith.remui %v2269, %v2271 : i64
        %v2275 = arith.addi %v2274, %v2272 : i64
        %v2276 = llvm.getelementptr %v39[%v2275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2277 = llvm.load %v2276 : !llvm.ptr<3> -> i64
        %v2278 = arith.addi %v112, %v2273 : i64
        %v2279 = arith.cmpi slt, %v2278, %v106 : i64
        %v2281 = arith.subi %size_L, %v2280 : i64
        %v2282 = arith.minsi %v2278, %v2281 : i64
        %v2283 = arith.addi %v2277, %v2282 : i64
        %v2285 = arith.muli %v2275, %v2284 : i64
        %v2286 = arith.addi %v2285, %v2273 : i64
        %v2287 = llvm.getelementptr %in_z[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
        %v2290 = arith.muli %v1910, %v2289 : i64
        %v2292 = arith.addi %v2290, %v2291 : i64
        %v2293 = arith.addi %v2292, %v48 : i64
        %v2296 = arith.minsi %v2293, %v2295 : i64
        %v2297 = arith.cmpi slt, %v2293, %v2294 : i64
        %v2299 = arith.divui %v2296, %v2298 : i64
        %v2300 = arith.remui %v2296, %v2298 : i64
        %v2302 = arith.addi %v2301, %v2299 : i64
        %v2303 = llvm.getelementptr %v39[%v2302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2304 = llvm.load %v2303 : !llvm.ptr<3> -> i64
        %v2305 = arith.addi %v112, %v2300 : i64
        %v2306 = arith.cmpi slt, %v2305, %v106 : i64
        %v2308 = arith.subi %size_L, %v2307 : i64
        %v2309 = arith.minsi %v2305, %v2308 : i64
        %v2310 = arith.addi %v2304, %v2309 : i64
        %v2312 = arith.muli %v2302, %v2311 : i64
        %v2313 = arith.addi %v2312, %v2300 : i64
        %v2314 = llvm.getelementptr %in_z[%v2310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
        %v2317 = arith.muli %v1910, %v2316 : i64
        %v2319 = arith.addi %v2317, %v2318 : i64
        %v2320 = arith.addi %v2319, %v48 : i64
        %v2323 = arith.minsi %v2320, %v2322 : i64
        %v2324 = arith.cmpi slt, %v2320, %v2321 : i64
        %v2326 = arith.divui %v2323, %v2325 : i64
        %v2327 = arith.remui %v2323, %v2325 : i64
        %v2329 = arith.addi %v2328, %v2326 : i64
        %v2330 = llvm.getelementptr %v39[%v2329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2331 = llvm.load %v2330 : !llvm.ptr<3> -> i64
        %v2332 = arith.addi %v112, %v2327 : i64
        %v2333 = arith.cmpi slt, %v2332, %v106 : i64
        %v2335 = arith.subi %size_L, %v2334 : i64
        %v2336 = arith.minsi %v2332, %v2335 : i64
        %v2337 = arith.addi %v2331, %v2336 : i64
        %v2339 = arith.muli %v2329, %v2338 : i64
        %v2340 = arith.addi %v2339, %v2327 : i64
        %v2341 = llvm.getelementptr %in_z[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2342 = llvm.load %v2341 : !llvm.ptr -> f32
        %v2344 = arith.muli %v1910, %v2343 : i64
        %v2346 = arith.addi %v2344, %v2345 : i64
        %v2347 = arith.addi %v2346, %v48 : i64
        %v2350 = arith.minsi %v2347, %v2349 : i64
        %v2351 = arith.cmpi slt, %v2347, %v2348 : i64
        %v2353 = arith.divui %v2350, %v2352 : i64
        %v2354 = arith.remui %v2350, %v2352 : i64
        %v2356 = arith.addi %v2355, %v2353 : i64
        %v2357 = llvm.getelementptr %v39[%v2356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2358 = llvm.load %v2357 : !llvm.ptr<3> -> i64
        %v2359 = arith.addi %v112, %v2354 : i64
        %v2360 = arith.cmpi slt, %v2359, %v106 : i64
        %v2362 = arith.subi %size_L, %v2361 : i64
        %v2363 = arith.minsi %v2359, %v2362 : i64
        %v2364 = arith.addi %v2358, %v2363 : i64
        %v2366 = arith.muli %v2356, %v2365 : i64
        %v2367 = arith.addi %v2366, %v2354 : i64
        %v2368 = llvm.getelementptr %in_z[%v2364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2369 = llvm.load %v2368 : !llvm.ptr -> f32
        %v2371 = arith.muli %v1910, %v2370 : i64
        %v2373 = arith.addi %v2371, %v2372 : i64
        %v2374 = arith.addi %v2373, %v48 : i64
        %v2377 = arith.minsi %v2374, %v2376 : i64
        %v2378 = arith.cmpi slt, %v2374, %v2375 : i64
        %v2380 = arith.divui %v2377, %v2379 : i64
        %v2381 = arith.remui %v2377, %v2379 : i64
        %v2383 = arith.addi %v2382, %v2380 : i64
        %v2384 = llvm.getelementptr %v39[%v2383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2385 = llvm.load %v2384 : !llvm.ptr<3> -> i64
        %v2386 = arith.addi %v112, %v2381 : i64
        %v2387 = arith.cmpi slt, %v2386, %v106 : i64
        %v2389 = arith.subi %size_L, %v2388 : i64
        %v2390 = arith.minsi %v2386, %v2389 : i64
        %v2391 = arith.addi %v2385, %v2390 : i64
        %v2393 = arith.muli %v2383, %v2392 : i64
        %v2394 = arith.addi %v2393, %v2381 : i64
        %v2395 = llvm.getelementptr %in_z[%v2391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2396 = llvm.load %v2395 : !llvm.ptr -> f32
        %v2398 = arith.muli %v1910, %v2397 : i64
        %v2400 = arith.addi %v2398, %v2399 : i64
        %v2401 = arith.addi %v2400, %v48 : i64
        %v2404 = arith.minsi %v2401, %v2403 : i64
        %v2405 = arith.cmpi slt, %v2401, %v2402 : i64
        %v2407 = arith.divui %v2404, %v2406 : i64
        %v2408 = arith.remui %v2404, %v2406 : i64
        %v2410 = arith.addi %v2409, %v2407 : i64
        %v2411 = llvm.getelementptr %v39[%v2410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2412 = llvm.load %v2411 : !llvm.ptr<3> -> i64
        %v2413 = arith.addi %v112, %v2408 : i64
        %v2414 = arith.cmpi slt, %v2413, %v106 : i64
        %v2416 = arith.subi %size_L, %v2415 : i64
        %v2417 = arith.minsi %v2413, %v2416 : i64
        %v2418 = arith.addi %v2412, %v2417 : i64
        %v2420 = arith.muli %v2410, %v2419 : i64
        %v2421 = arith.addi %v2420, %v2408 : i64
        %v2422 = llvm.getelementptr %in_z[%v2418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2423 = llvm.load %v2422 : !llvm.ptr -> f32
        %v2425 = arith.muli %v1910, %v2424 : i64
        %v2427 = arith.addi %v2425, %v2426 : i64
        %v2428 = arith.addi %v2427, %v48 : i64
        %v2431 = arith.minsi %v2428, %v2430 : i64
        %v2432 = arith.cmpi slt, %v2428, %v2429 : i64
        %v2434 = arith.divui %v2431, %v2433 : i64
        %v2435 = arith.remui %v2431, %v2433 : i64
        %v2437 = arith.addi %v2436, %v2434 : i64
        %v2438 = llvm.getelementptr %v39[%v2437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2439 = llvm.load %v2438 : !llvm.ptr<3> -> i64
        %v2440 = arith.addi %v112, %v2435 : i64
        %v2441 = arith.cmpi slt, %v2440, %v106 : i64
        %v2443 = arith.subi %size_L, %v2442 : i64
        %v2444 = arith.minsi %v2440, %v2443 : i64
        %v2445 = arith.addi %v2439, %v2444 : i64
        %v2447 = arith.muli %v2437, %v2446 : i64
        %v2448 = arith.addi %v2447, %v2435 : i64
        %v2449 = llvm.getelementptr %in_z[%v2445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2450 = llvm.load %v2449 : !llvm.ptr -> f32
        %v2452 = arith.muli %v1910, %v2451 : i64
        %v2454 = arith.addi %v2452, %v2453 : i64
        %v2455 = arith.addi %v2454, %v48 : i64
        %v2458 = arith.minsi %v2455, %v2457 : i64
        %v2459 = arith.cmpi slt, %v2455, %v2456 : i64
        %v2461 = arith.divui %v2458, %v2460 : i64
        %v2462 = arith.remui %v2458, %v2460 : i64
        %v2464 = arith.addi %v2463, %v2461 : i64
        %v2465 = llvm.getelementptr %v39[%v2464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2466 = llvm.load %v2465 : !llvm.ptr<3> -> i64
        %v2467 = arith.addi %v112, %v2462 : i64
        %v2468 = arith.cmpi slt, %v2467, %v106 : i64
        %v2470 = arith.subi %size_L, %v2469 : i64
        %v2471 = arith.minsi %v2467, %v2470 : i64
        %v2472 = arith.addi %v2466, %v2471 : i64
        %v2474 = arith.muli %v2464, %v2473 : i64
        %v2475 = arith.addi %v2474, %v2462 : i64
        %v2476 = llvm.getelementptr %in_z[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2477 = llvm.load %v2476 : !llvm.ptr -> f32
        %v2479 = arith.muli %v1910, %v2478 : i64
        %v2481 = arith.addi %v2479, %v2480 : i64
        %v2482 = arith.addi %v2481, %v48 : i64
        %v2485 = arith.minsi %v2482, %v2484 : i64
        %v2486 = arith.cmpi slt, %v2482, %v2483 : i64
        %v2488 = arith.divui %v2485, %v2487 : i64
        %v2489 = arith.remui %v2485, %v2487 : i64
        %v2491 = arith.addi %v2490, %v2488 : i64
        %v2492 = llvm.getelementptr %v39[%v2491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2493 = llvm.load %v2492 : !llvm.ptr<3> -> i64
        %v2494 = arith.addi %v112, %v2489 : i64
        %v2495 = arith.cmpi slt, %v2494, %v106 : i64
        %v2497 = arith.subi %size_L, %v2496 : i64
        %v2498 = arith.minsi %v2494, %v2497 : i64
        %v2499 = arith.addi %v2493, %v2498 : i64
        %v2501 = arith.muli %v2491, %v2500 : i64
        %v2502 = arith.addi %v2501, %v2489 : i64
        %v2503 = llvm.getelementptr %in_z[%v2499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2504 = llvm.load %v2503 : !llvm.ptr -> f32
        %v2506 = arith.muli %v1910, %v2505 : i64
        %v2508 = arith.addi %v2506, %v2507 : i64
        %v2509 = arith.addi %v2508, %v48 : i64
        %v2512 = arith.minsi %v2509, %v2511 : i64
        %v2513 = arith.cmpi slt, %v2509, %v2510 : i64
        %v2515 = arith.divui %v2512, %v2514 : i64
        %v2516 = arith.remui %v2512, %v2514 : i64
        %v2518 = arith.addi %v2517, %v2515 : i64
        %v2519 = llvm.getelementptr %v39[%v2518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2520 = llvm.load %v2519 : !llvm.ptr<3> -> i64
        %v2521 = arith.addi %v112, %v2516 : i64
        %v2522 = arith.cmpi slt, %v2521, %v106 : i64
        %v2524 = arith.subi %size_L, %v2523 : i64
        %v2525 = arith.minsi %v2521, %v2524 : i64
        %v2526 = arith.addi %v2520, %v2525 : i64
        %v2528 = arith.muli %v2518, %v2527 : i64
        %v2529 = arith.addi %v2528, %v2516 : i64
        %v2530 = llvm.getelementptr %in_z[%v2526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2531 = llvm.load %v2530 : !llvm.ptr -> f32
        %v2533 = arith.muli %v1910, %v2532 : i64
        %v2535 = arith.addi %v2533, %v2534 : i64
        %v2536 = arith.addi %v2535, %v48 : i64
        %v2539 = arith.minsi %v2536, %v2538 : i64
        %v2540 = arith.cmpi slt, %v2536, %v2537 : i64
        %v2542 = arith.divui %v2539, %v2541 : i64
        %v2543 = arith.remui %v2539, %v2541 : i64
        %v2545 = arith.addi %v2544, %v2542 : i64
        %v2546 = llvm.getelementptr %v39[%v2545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2547 = llvm.load %v2546 : !llvm.ptr<3> -> i64
        %v2548 = arith.addi %v112, %v2543 : i64
        %v2549 = arith.cmpi slt, %v2548, %v106 : i64
        %v2551 = arith.subi %size_L, %v2550 : i64
        %v2552 = arith.minsi %v2548, %v2551 : i64
        %v2553 = arith.addi %v2547, %v2552 : i64
        %v2555 = arith.muli %v2545, %v2554 : i64
        %v2556 = arith.addi %v2555, %v2543 : i64
        %v2557 = llvm.getelementptr %in_z[%v2553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2558 = llvm.load %v2557 : !llvm.ptr -> f32
        %v2560 = arith.muli %v1910, %v2559 : i64
        %v2562 = arith.addi %v2560, %v2561 : i64
        %v2563 = arith.addi %v2562, %v48 : i64
        %v2566 = arith.minsi %v2563, %v2565 : i64
        %v2567 = arith.cmpi slt, %v2563, %v2564 : i64
        %v2569 = arith.divui %v2566, %v2568 : i64
        %v2570 = arith.remui %v2566, %v2568 : i64
        %v2572 = arith.addi %v2571, %v2569 : i64
        %v2573 = llvm.getelementptr %v39[%v2572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2574 = llvm.load %v2573 : !llvm.ptr<3> -> i64
        %v2575 = arith.addi %v112, %v2570 : i64
        %v2576 = arith.cmpi slt, %v2575, %v106 : i64
        %v2578 = arith.subi %size_L, %v2577 : i64
        %v2579 = arith.minsi %v2575, %v2578 : i64
        %v2580 = arith.addi %v2574, %v2579 : i64
        %v2582 = arith.muli %v2572, %v2581 : i64
        %v2583 = arith.addi %v2582, %v2570 : i64
        %v2584 = llvm.getelementptr %in_z[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2585 = llvm.load %v2584 : !llvm.ptr -> f32
        %v2587 = arith.muli %v1910, %v2586 : i64
        %v2589 = arith.addi %v2587, %v2588 : i64
        %v2590 = arith.addi %v2589, %v48 : i64
        %v2593 = arith.minsi %v2590, %v2592 : i64
        %v2594 = arith.cmpi slt, %v2590, %v2591 : i64
        %v2596 = arith.divui %v2593, %v2595 : i64
        %v2597 = arith.remui %v2593, %v2595 : i64
        %v2599 = arith.addi %v2598, %v2596 : i64
        %v2600 = llvm.getelementptr %v39[%v2599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2601 = llvm.load %v2600 : !llvm.ptr<3> -> i64
        %v2602 = arith.addi %v112, %v2597 : i64
        %v2603 = arith.cmpi slt, %v2602, %v106 : i64
        %v2605 = arith.subi %size_L, %v2604 : i64
        %v2606 = arith.minsi %v2602, %v2605 : i64
        %v2607 = arith.addi %v2601, %v2606 : i64
        %v2609 = arith.muli %v2599, %v2608 : i64
        %v2610 = arith.addi %v2609, %v2597 : i64
        %v2611 = llvm.getelementptr %in_z[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
        %v2614 = arith.muli %v1910, %v2613 : i64
        %v2616 = arith.addi %v2614, %v2615 : i64
        %v2617 = arith.addi %v2616, %v48 : i64
        %v2620 = arith.minsi %v2617, %v2619 : i64
        %v2621 = arith.cmpi slt, %v2617, %v2618 : i64
        %v2623 = arith.divui %v2620, %v2622 : i64
        %v2624 = arith.remui %v2620, %v2622 : i64
        %v2626 = arith.addi %v2625, %v2623 : i64
        %v2627 = llvm.getelementptr %v39[%v2626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2628 = llvm.load %v2627 : !llvm.ptr<3> -> i64
        %v2629 = arith.addi %v112, %v2624 : i64
        %v2630 = arith.cmpi slt, %v2629, %v106 : i64
        %v2632 = arith.subi %size_L, %v2631 : i64
        %v2633 = arith.minsi %v2629, %v2632 : i64
        %v2634 = arith.addi %v2628, %v2633 : i64
        %v2636 = arith.muli %v2626, %v2635 : i64
        %v2637 = arith.addi %v2636, %v2624 : i64
        %v2638 = llvm.getelementptr %in_z[%v2634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2639 = llvm.load %v2638 : !llvm.ptr -> f32
        %v2641 = arith.muli %v1910, %v2640 : i64
        %v2643 = arith.addi %v2641, %v2642 : i64
        %v2644 = arith.addi %v2643, %v48 : i64
        %v2647 = arith.minsi %v2644, %v2646 : i64
        %v2648 = arith.cmpi slt, %v2644, %v2645 : i64
        %v2650 = arith.divui %v2647, %v2649 : i64
        %v2651 = arith.remui %v2647, %v2649 : i64
        %v2653 = arith.addi %v2652, %v2650 : i64
        %v2654 = llvm.getelementptr %v39[%v2653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2655 = llvm.load %v2654 : !llvm.ptr<3> -> i64
        %v2656 = arith.addi %v112, %v2651 : i64
        %v2657 = arith.cmpi slt, %v2656, %v106 : i64
        %v2659 = arith.subi %size_L, %v2658 : i64
        %v2660 = arith.minsi %v2656, %v2659 : i64
        %v2661 = arith.addi %v2655, %v2660 : i64
        %v2663 = arith.muli %v2653, %v2662 : i64
        %v2664 = arith.addi %v2663, %v2651 : i64
        %v2665 = llvm.getelementptr %in_z[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2666 = llvm.load %v2665 : !llvm.ptr -> f32
        %v2668 = arith.muli %v1910, %v2667 : i64
        %v2670 = arith.addi %v2668, %v2669 : i64
        %v2671 = arith.addi %v2670, %v48 : i64
        %v2674 = arith.minsi %v2671, %v2673 : i64
        %v2675 = arith.cmpi slt, %v2671, %v2672 : i64
        %v2677 = arith.divui %v2674, %v2676 : i64
        %v2678 = arith.remui %v2674, %v2676 : i64
        %v2680 = arith.addi %v2679, %v2677 : i64
        %v2681 = llvm.getelementptr %v39[%v2680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2682 = llvm.load %v2681 : !llvm.ptr<3> -> i64
        %v2683 = arith.addi %v112, %v2678 : i64
        %v2684 = arith.cmpi slt, %v2683, %v106 : i64
        %v2686 = arith.subi %size_L, %v2685 : i64
        %v2687 = arith.minsi %v2683, %v2686 : i64
        %v2688 = arith.addi %v2682, %v2687 : i64
        %v2690 = arith.muli %v2680, %v2689 : i64
        %v2691 = arith.addi %v2690, %v2678 : i64
        %v2692 = llvm.getelementptr %in_z[%v2688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2693 = llvm.load %v2692 : !llvm.ptr -> f32
        %v2695 = arith.muli %v1910, %v2694 : i64
        %v2697 = arith.addi %v2695, %v2696 : i64
        %v2698 = arith.addi %v2697, %v48 : i64
        %v2701 = arith.minsi %v2698, %v2700 : i64
        %v2702 = arith.cmpi slt, %v2698, %v2699 : i64
        %v2704 = arith.divui %v2701, %v2703 : i64
        %v2705 = arith.remui %v2701, %v2703 : i64
        %v2707 = arith.addi %v2706, %v2704 : i64
        %v2708 = llvm.getelementptr %v39[%v2707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2709 = llvm.load %v2708 : !llvm.ptr<3> -> i64
        %v2710 = arith.addi %v112, %v2705 : i64
        %v2711 = arith.cmpi slt, %v2710, %v106 : i64
        %v2713 = arith.subi %size_L, %v2712 : i64
        %v2714 = arith.minsi %v2710, %v2713 : i64
        %v2715 = arith.addi %v2709, %v2714 : i64
        %v2717 = arith.muli %v2707, %v2716 : i64
        %v2718 = arith.addi %v2717, %v2705 : i64
        %v2719 = llvm.getelementptr %in_z[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2720 = llvm.load %v2719 : !llvm.ptr -> f32
        %v2722 = arith.muli %v1910, %v2721 : i64
        %v2724 = arith.addi %v2722, %v2723 : i64
        %v2725 = arith.addi %v2724, %v48 : i64
        %v2728 = arith.minsi %v2725, %v2727 : i64
        %v2729 = arith.cmpi slt, %v2725, %v2726 : i64
        %v2731 = arith.divui %v2728, %v2730 : i64
        %v2732 = arith.remui %v2728, %v2730 : i64
        %v2734 = arith.addi %v2733, %v2731 : i64
        %v2735 = llvm.getelementptr %v39[%v2734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2736 = llvm.load %v2735 : !llvm.ptr<3> -> i64
        %v2737 = arith.addi %v112, %v2732 : i64
        %v2738 = arith.cmpi slt, %v2737, %v106 : i64
        %v2740 = arith.subi %size_L, %v2739 : i64
        %v2741 = arith.minsi %v2737, %v2740 : i64
        %v2742 = arith.addi %v2736, %v2741 : i64
        %v2744 = arith.muli %v2734, %v2743 : i64
        %v2745 = arith.addi %v2744, %v2732 : i64
        %v2746 = llvm.getelementptr %in_z[%v2742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2747 = llvm.load %v2746 : !llvm.ptr -> f32
        %v2749 = arith.muli %v1910, %v2748 : i64
        %v2751 = arith.addi %v2749, %v2750 : i64
        %v2752 = arith.addi %v2751, %v48 : i64
        %v2755 = arith.minsi %v2752, %v2754 : i64
        %v2756 = arith.cmpi slt, %v2752, %v2753 : i64
        %v2758 = arith.divui %v2755, %v2757 : i64
        %v2759 = arith.remui %v2755, %v2757 : i64
        %v2761 = arith.addi %v2760, %v2758 : i64
        %v2762 = llvm.getelementptr %v39[%v2761] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2763 = llvm.load %v2762 : !llvm.ptr<3> -> i64
        %v2764 = arith.addi %v112, %v2759 : i64
        %v2765 = arith.cmpi slt, %v2764, %v106 : i64
        %v2767 = arith.subi %size_L, %v2766 : i64
        %v2768 = arith.minsi %v2764, %v2767 : i64
        %v2769 = arith.addi %v2763, %v2768 : i64
        %v2771 = arith.muli %v2761, %v2770 : i64
        %v2772 = arith.addi %v2771, %v2759 : i64
        %v2773 = llvm.getelementptr %in_z[%v2769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2774 = llvm.load %v2773 : !llvm.ptr -> f32
        scf.if %v1919 {
          %v2775 = llvm.getelementptr %v40[%v1935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1937, %v2775 : f32, !llvm.ptr<3>
        }
        scf.if %v1946 {
          %v2776 = llvm.getelementptr %v40[%v1962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1964, %v2776 : f32, !llvm.ptr<3>
        }
        scf.if %v1973 {
          %v2777 = llvm.getelementptr %v40[%v1989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1991, %v2777 : f32, !llvm.ptr<3>
        }
        scf.if %v2000 {
          %v2778 = llvm.getelementptr %v40[%v2016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2018, %v2778 : f32, !llvm.ptr<3>
        }
        scf.if %v2027 {
          %v2779 = llvm.getelementptr %v40[%v2043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2045, %v2779 : f32, !llvm.ptr<3>
        }
        scf.if %v2054 {
          %v2780 = llvm.getelementptr %v40[%v2070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2072, %v2780 : f32, !llvm.ptr<3>
        }
        scf.if %v2081 {
          %v2781 = llvm.getelementptr %v40[%v2097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2099, %v2781 : f32, !llvm.ptr<3>
        }
        scf.if %v2108 {
          %v2782 = llvm.getelementptr %v40[%v2124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2126, %v2782 : f32, !llvm.ptr<3>
        }
        scf.if %v2135 {
          %v2783 = llvm.getelementptr %v40[%v2151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2153, %v2783 : f32, !llvm.ptr<3>
        }
        scf.if %v2162 {
          %v2784 = llvm.getelementptr %v40[%v2178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2180, %v2784 : f32, !llvm.ptr<3>
        }
        scf.if %v2189 {
          %v2785 = llvm.getelementptr %v40[%v2205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2207, %v2785 : f32, !llvm.ptr<3>
        }
        scf.if %v2216 {
          %v2786 = llvm.getelementptr %v40[%v2232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2234, %v2786 : f32, !llvm.ptr<3>
        }
        scf.if %v2243 {
          %v2787 = llvm.getelementptr %v40[%v2259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2261, %v2787 : f32, !llvm.ptr<3>
        }
        scf.if %v2270 {
          %v2788 = llvm.getelementptr %v40[%v2286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2288, %v2788 : f32, !llvm.ptr<3>
        }
        scf.if %v2297 {
          %v2789 = llvm.getelementptr %v40[%v2313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2315, %v2789 : f32, !llvm.ptr<3>
        }
        scf.if %v2324 {
          %v2790 = llvm.getelementptr %v40[%v2340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2342, %v2790 : f32, !llvm.ptr<3>
        }
        scf.if %v2351 {
          %v2791 = llvm.getelementptr %v40[%v2367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2369, %v2791 : f32, !llvm.ptr<3>
        }
        scf.if %v2378 {
          %v2792 = llvm.getelementptr %v40[%v2394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2396, %v2792 : f32, !llvm.ptr<3>
        }
        scf.if %v2405 {
          %v2793 = llvm.getelementptr %v40[%v2421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2423, %v2793 : f32, !llvm.ptr<3>
        }
        scf.if %v2432 {
          %v2794 = llvm.getelementptr %v40[%v2448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2450, %v2794 : f32, !llvm.ptr<3>
        }
        scf.if %v2459 {
          %v2795 = llvm.getelementptr %v40[%v2475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2477, %v2795 : f32, !llvm.ptr<3>
        }
        scf.if %v2486 {
          %v2796 = llvm.getelementptr %v40[%v2502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2504, %v2796 : f32, !llvm.ptr<3>
        }
        scf.if %v2513 {
          %v2797 = llvm.getelementptr %v40[%v2529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2531, %v2797 : f32, !llvm.ptr<3>
        }
        scf.if %v2540 {
          %v2798 = llvm.getelementptr %v40[%v2556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2558, %v2798 : f32, !llvm.ptr<3>
        }
        scf.if %v2567 {
          %v2799 = llvm.getelementptr %v40[%v2583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2585, %v2799 : f32, !llvm.ptr<3>
        }
        scf.if %v2594 {
          %v2800 = llvm.getelementptr %v40[%v2610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2612, %v2800 : f32, !llvm.ptr<3>
        }
        scf.if %v2621 {
          %v2801 = llvm.getelementptr %v40[%v2637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2639, %v2801 : f32, !llvm.ptr<3>
        }
        scf.if %v2648 {
          %v2802 = llvm.getelementptr %v40[%v2664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2666, %v2802 : f32, !llvm.ptr<3>
        }
        scf.if %v2675 {
          %v2803 = llvm.getelementptr %v40[%v2691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2693, %v2803 : f32, !llvm.ptr<3>
        }
        scf.if %v2702 {
          %v2804 = llvm.getelementptr %v40[%v2718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2720, %v2804 : f32, !llvm.ptr<3>
        }
        scf.if %v2729 {
          %v2805 = llvm.getelementptr %v40[%v2745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2747, %v2805 : f32, !llvm.ptr<3>
        }
        scf.if %v2756 {
          %v2806 = llvm.getelementptr %v40[%v2772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v2774, %v2806 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v2809 = arith.index_cast %v2807 : i64 to index
        %v2810 = arith.index_cast %v115 : i64 to index
        %v2811 = arith.index_cast %v2808 : i64 to index
        scf.for %v2812 = %v2809 to %v2810 step %v2811 {
          %v2813 = arith.index_cast %v2812 : index to i64
          %v2814 = arith.addi %v112, %v2813 : i64
          %v2818 = arith.muli %v2815, %v2816 : i64
          %v2819 = arith.addi %v2818, %v48 : i64
          %v2820 = arith.muli %v2819, %v2817 : i64
          %v2821 = arith.addi %v2820, %v2813 : i64
          %v2822 = llvm.getelementptr %v40[%v2821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2823 = llvm.load %v2822 : !llvm.ptr<3> -> f32
          %v2828 = arith.addf %v2823, %v2827 : f32
          %v2829 = arith.maximumf %v2828, %v101 : f32
          %v2830 = llvm.call_intrinsic "llvm.fabs.f32"(%v2828) : (f32) -> f32
          %v2831 = arith.negf %v2830 : f32
          %v2833 = arith.mulf %v2831, %v2832 : f32
          %v2834 = llvm.call_intrinsic "llvm.exp2.f32"(%v2833) : (f32) -> f32
          %v2835 = arith.addf %v102, %v2834 : f32
          %v2836 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v2835) : (f32) -> f32
          %v2838 = arith.mulf %v2836, %v2837 : f32
          %v2841 = arith.mulf %v2839, %v2834 : f32
          %v2842 = arith.addf %v2841, %v2840 : f32
          %v2844 = arith.mulf %v2842, %v2834 : f32
          %v2845 = arith.addf %v2844, %v2843 : f32
          %v2847 = arith.mulf %v2845, %v2834 : f32
          %v2848 = arith.addf %v2847, %v2846 : f32
          %v2850 = arith.mulf %v2848, %v2834 : f32
          %v2851 = arith.addf %v2850, %v2849 : f32
          %v2853 = arith.mulf %v2851, %v2834 : f32
          %v2854 = arith.addf %v2853, %v2852 : f32
          %v2855 = arith.mulf %v2854, %v2834 : f32
          %v2856 = arith.addf %v2855, %v102 : f32
          %v2857 = arith.mulf %v2856, %v2834 : f32
          %v2858 = llvm.call_intrinsic "llvm.fabs.f32"(%v2834) : (f32) -> f32
          %v2860 = arith.cmpf olt, %v2858, %v2859 : f32
          %v2861 = arith.select %v2860, %v2857, %v2838 : f32
          %v2862 = arith.addf %v2829, %v2861 : f32
          %v2868 = arith.mulf %v2862, %v2867 : f32
          %v2869 = arith.mulf %v2868, %v2832 : f32
          %v2870 = llvm.call_intrinsic "llvm.exp2.f32"(%v2869) : (f32) -> f32
          %v2874 = arith.muli %v65, %v2873 : i64
          %v2875 = arith.muli %v2814, %v2871 : i64
          %v2876 = arith.addi %v2874, %v2875 : i64
          %v2877 = llvm.getelementptr %in_Bm[%v2876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2878 = llvm.load %v2877 : !llvm.ptr -> f32
          %v2879 = arith.mulf %v2862, %v2878 : f32
          %v2883 = arith.muli %v2880, %v2881 : i64
          %v2884 = arith.addi %v2883, %v48 : i64
          %v2885 = arith.muli %v2884, %v2882 : i64
          %v2886 = arith.addi %v2885, %v2813 : i64
          %v2887 = llvm.getelementptr %v40[%v2886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v2888 = llvm.load %v2887 : !llvm.ptr<3> -> f32
          %v2889 = arith.mulf %v2879, %v2888 : f32
          %v2890 = llvm.load %v6 : !llvm.ptr -> f32
          %v2891 = arith.mulf %v2870, %v2890 : f32
          %v2892 = arith.addf %v2891, %v2889 : f32
          %v2893 = llvm.load %v23 : !llvm.ptr -> f32
          %v2894 = arith.mulf %v2870, %v2893 : f32
          %v2901 = arith.mulf %v2862, %v2900 : f32
          %v2902 = arith.mulf %v2901, %v2832 : f32
          %v2903 = llvm.call_intrinsic "llvm.exp2.f32"(%v2902) : (f32) -> f32
          %v2904 = arith.muli %v65, %v2873 : i64
          %v2905 = arith.constant 1 : i64
          %v2906 = arith.muli %v2905, %v2872 : i64
          %v2907 = arith.addi %v2904, %v2906 : i64
          %v2908 = arith.muli %v2814, %v2871 : i64
          %v2909 = arith.addi %v2907, %v2908 : i64
          %v2910 = llvm.getelementptr %in_Bm[%v2909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2911 = llvm.load %v2910 : !llvm.ptr -> f32
          %v2912 = arith.mulf %v2862, %v2911 : f32
          %v2913 = arith.mulf %v2912, %v2888 : f32
          %v2914 = llvm.load %v7 : !llvm.ptr -> f32
          %v2915 = arith.mulf %v2903, %v2914 : f32
          %v2916 = arith.addf %v2915, %v2913 : f32
          %v2917 = llvm.load %v24 : !llvm.ptr -> f32
          %v2918 = arith.mulf %v2903, %v2917 : f32
          %v2925 = arith.mulf %v2862, %v2924 : f32
          %v2926 = arith.mulf %v2925, %v2832 : f32
          %v2927 = llvm.call_intrinsic "llvm.exp2.f32"(%v2926) : (f32) -> f32
          %v2928 = arith.muli %v65, %v2873 : i64
          %v2929 = arith.constant 2 : i64
          %v2930 = arith.muli %v2929, %v2872 : i64
          %v2931 = arith.addi %v2928, %v2930 : i64
          %v2932 = arith.muli %v2814, %v2871 : i64
          %v2933 = arith.addi %v2931, %v2932 : i64
          %v2934 = llvm.getelementptr %in_Bm[%v2933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2935 = llvm.load %v2934 : !llvm.ptr -> f32
          %v2936 = arith.mulf %v2862, %v2935 : f32
          %v2937 = arith.mulf %v2936, %v2888 : f32
          %v2938 = llvm.load %v8 : !llvm.ptr -> f32
          %v2939 = arith.mulf %v2927, %v2938 : f32
          %v2940 = arith.addf %v2939, %v2937 : f32
          %v2941 = llvm.load %v25 : !llvm.ptr -> f32
          %v2942 = arith.mulf %v2927, %v2941 : f32
          %v2949 = arith.mulf %v2862, %v2948 : f32
          %v2950 = arith.mulf %v2949, %v2832 : f32
          %v2951 = llvm.call_intrinsic "llvm.exp2.f32"(%v2950) : (f32) -> f32
          %v2952 = arith.muli %v65, %v2873 : i64
          %v2953 = arith.constant 3 : i64
          %v2954 = arith.muli %v2953, %v2872 : i64
          %v2955 = arith.addi %v2952, %v2954 : i64
          %v2956 = arith.muli %v2814, %v2871 : i64
          %v2957 = arith.addi %v2955, %v2956 : i64
          %v2958 = llvm.getelementptr %in_Bm[%v2957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2959 = llvm.load %v2958 : !llvm.ptr -> f32
          %v2960 = arith.mulf %v2862, %v2959 : f32
          %v2961 = arith.mulf %v2960, %v2888 : f32
          %v2962 = llvm.load %v9 : !llvm.ptr -> f32
          %v2963 = arith.mulf %v2951, %v2962 : f32
          %v2964 = arith.addf %v2963, %v2961 : f32
          %v2965 = llvm.load %v26 : !llvm.ptr -> f32
          %v2966 = arith.mulf %v2951, %v2965 : f32
          %v2973 = arith.mulf %v2862, %v2972 : f32
          %v2974 = arith.mulf %v2973, %v2832 : f32
          %v2975 = llvm.call_intrinsic "llvm.exp2.f32"(%v2974) : (f32) -> f32
          %v2976 = arith.muli %v65, %v2873 : i64
          %v2977 = arith.constant 4 : i64
          %v2978 = arith.muli %v2977, %v2872 : i64
          %v2979 = arith.addi %v2976, %v2978 : i64
          %v2980 = arith.muli %v2814, %v2871 : i64
          %v2981 = arith.addi %v2979, %v2980 : i64
          %v2982 = llvm.getelementptr %in_Bm[%v2981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2983 = llvm.load %v2982 : !llvm.ptr -> f32
          %v2984 = arith.mulf %v2862, %v2983 : f32
          %v2985 = arith.mulf %v2984, %v2888 : f32
          %v2986 = llvm.load %v10 : !llvm.ptr -> f32
          %v2987 = arith.mulf %v2975, %v2986 : f32
          %v2988 = arith.addf %v2987, %v2985 : f32
          %v2989 = llvm.load %v27 : !llvm.ptr -> f32
          %v2990 = arith.mulf %v2975, %v2989 : f32
          %v2997 = arith.mulf %v2862, %v2996 : f32
          %v2998 = arith.mulf %v2997, %v2832 : f32
          %v2999 = llvm.call_intrinsic "llvm.exp2.f32"(%v2998) : (f32) -> f32
          %v3000 = arith.muli %v65, %v2873 : i64
          %v3001 = arith.constant 5 : i64
          %v3002 = arith.muli %v3001, %v2872 : i64
          %v3003 = arith.addi %v3000, %v3002 : i64
          %v3004 = arith.muli %v2814, %v2871 : i64
          %v3005 = arith.addi %v3003, %v3004 : i64
          %v3006 = llvm.getelementptr %in_Bm[%v3005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3007 = llvm.load %v3006 : !llvm.ptr -> f32
          %v3008 = arith.mulf %v2862, %v3007 : f32
          %v3009 = arith.mulf %v3008, %v2888 : f32
          %v3010 = llvm.load %v11 : !llvm.ptr -> f32
          %v3011 = arith.mulf %v2999, %v3010 : f32
          %v3012 = arith.addf %v3011, %v3009 : f32
          %v3013 = llvm.load %v28 : !llvm.ptr -> f32
          %v3014 = arith.mulf %v2999, %v3013 : f32
          %v3021 = arith.mulf %v2862, %v3020 : f32
          %v3022 = arith.mulf %v3021, %v2832 : f32
          %v3023 = llvm.call_intrinsic "llvm.exp2.f32"(%v3022) : (f32) -> f32
          %v3024 = arith.muli %v65, %v2873 : i64
          %v3025 = arith.constant 6 : i64
          %v3026 = arith.muli %v3025, %v2872 : i64
          %v3027 = arith.addi %v3024, %v3026 : i64
          %v3028 = arith.muli %v2814, %v2871 : i64
          %v3029 = arith.addi %v3027, %v3028 : i64
          %v3030 = llvm.getelementptr %in_Bm[%v3029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3031 = llvm.load %v3030 : !llvm.ptr -> f32
          %v3032 = arith.mulf %v2862, %v3031 : f32
          %v3033 = arith.mulf %v3032, %v2888 : f32
          %v3034 = llvm.load %v12 : !llvm.ptr -> f32
          %v3035 = arith.mulf %v3023, %v3034 : f32
          %v3036 = arith.addf %v3035, %v3033 : f32
          %v3037 = llvm.load %v29 : !llvm.ptr -> f32
          %v3038 = arith.mulf %v3023, %v3037 : f32
          %v3045 = arith.mulf %v2862, %v3044 : f32
          %v3046 = arith.mulf %v3045, %v2832 : f32
          %v3047 = llvm.call_intrinsic "llvm.exp2.f32"(%v3046) : (f32) -> f32
          %v3048 = arith.muli %v65, %v2873 : i64
          %v3049 = arith.constant 7 : i64
          %v3050 = arith.muli %v3049, %v2872 : i64
          %v3051 = arith.addi %v3048, %v3050 : i64
          %v3052 = arith.muli %v2814, %v2871 : i64
          %v3053 = arith.addi %v3051, %v3052 : i64
          %v3054 = llvm.getelementptr %in_Bm[%v3053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3055 = llvm.load %v3054 : !llvm.ptr -> f32
          %v3056 = arith.mulf %v2862, %v3055 : f32
          %v3057 = arith.mulf %v3056, %v2888 : f32
          %v3058 = llvm.load %v13 : !llvm.ptr -> f32
          %v3059 = arith.mulf %v3047, %v3058 : f32
          %v3060 = arith.addf %v3059, %v3057 : f32
          %v3061 = llvm.load %v30 : !llvm.ptr -> f32
          %v3062 = arith.mulf %v3047, %v3061 : f32
          %v3069 = arith.mulf %v2862, %v3068 : f32
          %v3070 = arith.mulf %v3069, %v2832 : f32
          %v3071 = llvm.call_intrinsic "llvm.exp2.f32"(%v3070) : (f32) -> f32
          %v3072 = arith.muli %v65, %v2873 : i64
          %v3073 = arith.constant 8 : i64
          %v3074 = arith.muli %v3073, %v2872 : i64
          %v3075 = arith.addi %v3072, %v3074 : i64
          %v3076 = arith.muli %v2814, %v2871 : i64
          %v3077 = arith.addi %v3075, %v3076 : i64
          %v3078 = llvm.getelementptr %in_Bm[%v3077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3079 = llvm.load %v3078 : !llvm.ptr -> f32
          %v3080 = arith.mulf %v2862, %v3079 : f32
          %v3081 = arith.mulf %v3080, %v2888 : f32
          %v3082 = llvm.load %v14 : !llvm.ptr -> f32
          %v3083 = arith.mulf %v3071, %v3082 : f32
          %v3084 = arith.addf %v3083, %v3081 : f32
          %v3085 = llvm.load %v31 : !llvm.ptr -> f32
          %v3086 = arith.mulf %v3071, %v3085 : f32
          %v3093 = arith.mulf %v2862, %v3092 : f32
          %v3094 = arith.mulf %v3093, %v2832 : f32
          %v3095 = llvm.call_intrinsic "llvm.exp2.f32"(%v3094) : (f32) -> f32
          %v3096 = arith.muli %v65, %v2873 : i64
          %v3097 = arith.constant 9 : i64
          %v3098 = arith.muli %v3097, %v2872 : i64
          %v3099 = arith.addi %v3096, %v3098 : i64
          %v3100 = arith.muli %v2814, %v2871 : i64
          %v3101 = arith.addi %v3099, %v3100 : i64
          %v3102 = llvm.getelementptr %in_Bm[%v3101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3103 = llvm.load %v3102 : !llvm.ptr -> f32
          %v3104 = arith.mulf %v2862, %v3103 : f32
          %v3105 = arith.mulf %v3104, %v2888 : f32
          %v3106 = llvm.load %v15 : !llvm.ptr -> f32
          %v3107 = arith.mulf %v3095, %v3106 : f32
          %v3108 = arith.addf %v3107, %v3105 : f32
          %v3109 = llvm.load %v32 : !llvm.ptr -> f32
          %v3110 = arith.mulf %v3095, %v3109 : f32
          %v3117 = arith.mulf %v2862, %v3116 : f32
          %v3118 = arith.mulf %v3117, %v2832 : f32
          %v3119 = llvm.call_intrinsic "llvm.exp2.f32"(%v3118) : (f32) -> f32
          %v3120 = arith.muli %v65, %v2873 : i64
          %v3121 = arith.constant 10 : i64
          %v3122 = arith.muli %v3121, %v2872 : i64
          %v3123 = arith.addi %v3120, %v3122 : i64
          %v3124 = arith.muli %v2814, %v2871 : i64
          %v3125 = arith.addi %v3123, %v3124 : i64
          %v3126 = llvm.getelementptr %in_Bm[%v3125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3127 = llvm.load %v3126 : !llvm.ptr -> f32
          %v3128 = arith.mulf %v2862, %v3127 : f32
          %v3129 = arith.mulf %v3128, %v2888 : f32
          %v3130 = llvm.load %v16 : !llvm.ptr -> f32
          %v3131 = arith.mulf %v3119, %v3130 : f32
          %v3132 = arith.addf %v3131, %v3129 : f32
          %v3133 = llvm.load %v33 : !llvm.ptr -> f32
          %v3134 = arith.mulf %v3119, %v3133 : f32
          %v3141 = arith.mulf %v2862, %v3140 : f32
          %v3142 = arith.mulf %v3141, %v2832 : f32
          %v3143 = llvm.call_intrinsic "llvm.exp2.f32"(%v3142) : (f32) -> f32
          %v3144 = arith.muli %v65, %v2873 : i64
          %v3145 = arith.constant 11 : i64
          %v3146 = arith.muli %v3145, %v2872 : i64
          %v3147 = arith.addi %v3144, %v3146 : i64
          %v3148 = arith.muli %v2814, %v2871 : i64
          %v3149 = arith.addi %v3147, %v3148 : i64
          %v3150 = llvm.getelementptr %in_Bm[%v3149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3151 = llvm.load %v3150 : !llvm.ptr -> f32
          %v3152 = arith.mulf %v2862, %v3151 : f32
          %v3153 = arith.mulf %v3152, %v2888 : f32
          %v3154 = llvm.load %v17 : !llvm.ptr -> f32
          %v3155 = arith.mulf %v3143, %v3154 : f32
          %v3156 = arith.addf %v3155, %v3153 : f32
          %v3157 = llvm.load %v34 : !llvm.ptr -> f32
          %v3158 = arith.mulf %v3143, %v3157 : f32
          %v3165 = arith.mulf %v2862, %v3164 : f32
          %v3166 = arith.mulf %v3165, %v2832 : f32
          %v3167 = llvm.call_intrinsic "llvm.exp2.f32"(%v3166) : (f32) -> f32
          %v3168 = arith.muli %v65, %v2873 : i64
          %v3169 = arith.constant 12 : i64
          %v3170 = arith.muli %v3169, %v2872 : i64
          %v3171 = arith.addi %v3168, %v3170 : i64
          %v3172 = arith.muli %v2814, %v2871 : i64
          %v3173 = arith.addi %v3171, %v3172 : i64
          %v3174 = llvm.getelementptr %in_Bm[%v3173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3175 = llvm.load %v3174 : !llvm.ptr -> f32
          %v3176 = arith.mulf %v2862, %v3175 : f32
          %v3177 = arith.mulf %v3176, %v2888 : f32
          %v3178 = llvm.load %v18 : !llvm.ptr -> f32
          %v3179 = arith.mulf %v3167, %v3178 : f32
          %v3180 = arith.addf %v3179, %v3177 : f32
          %v3181 = llvm.load %v35 : !llvm.ptr -> f32
          %v3182 = arith.mulf %v3167, %v3181 : f32
          %v3189 = arith.mulf %v2862, %v3188 : f32
          %v3190 = arith.mulf %v3189, %v2832 : f32
          %v3191 = llvm.call_intrinsic "llvm.exp2.f32"(%v3190) : (f32) -> f32
          %v3192 = arith.muli %v65, %v2873 : i64
          %v3193 = arith.constant 13 : i64
          %v3194 = arith.muli %v3193, %v2872 : i64
          %v3195 = arith.addi %v3192, %v3194 : i64
          %v3196 = arith.muli %v2814, %v2871 : i64
          %v3197 = arith.addi %v3195, %v3196 : i64
          %v3198 = llvm.getelementptr %in_Bm[%v3197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3199 = llvm.load %v3198 : !llvm.ptr -> f32
          %v3200 = arith.mulf %v2862, %v3199 : f32
          %v3201 = arith.mulf %v3200, %v2888 : f32
          %v3202 = llvm.load %v19 : !llvm.ptr -> f32
          %v3203 = arith.mulf %v3191, %v3202 : f32
          %v3204 = arith.addf %v3203, %v3201 : f32
          %v3205 = llvm.load %v36 : !llvm.ptr -> f32
          %v3206 = arith.mulf %v3191, %v3205 : f32
          %v3213 = arith.mulf %v2862, %v3212 : f32
          %v3214 = arith.mulf %v3213, %v2832 : f32
          %v3215 = llvm.call_intrinsic "llvm.exp2.f32"(%v3214) : (f32) -> f32
          %v3216 = arith.muli %v65, %v2873 : i64
          %v3217 = arith.constant 14 : i64
          %v3218 = arith.muli %v3217, %v2872 : i64
          %v3219 = arith.addi %v3216, %v3218 : i64
          %v3220 = arith.muli %v2814, %v2871 : i64
          %v3221 = arith.addi %v3219, %v3220 : i64
          %v3222 = llvm.getelementptr %in_Bm[%v3221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3223 = llvm.load %v3222 : !llvm.ptr -> f32
          %v3224 = arith.mulf %v2862, %v3223 : f32
          %v3225 = arith.mulf %v3224, %v2888 : f32
          %v3226 = llvm.load %v20 : !llvm.ptr -> f32
          %v3227 = arith.mulf %v3215, %v3226 : f32
          %v3228 = arith.addf %v3227, %v3225 : f32
          %v3229 = llvm.load %v37 : !llvm.ptr -> f32
          %v3230 = arith.mulf %v3215, %v3229 : f32
          %v3237 = arith.mulf %v2862, %v3236 : f32
          %v3238 = arith.mulf %v3237, %v2832 : f32
          %v3239 = llvm.call_intrinsic "llvm.exp2.f32"(%v3238) : (f32) -> f32
          %v3240 = arith.muli %v65, %v2873 : i64
          %v3241 = arith.constant 15 : i64
          %v3242 = arith.muli %v3241, %v2872 : i64
          %v3243 = arith.addi %v3240, %v3242 : i64
          %v3244 = arith.muli %v2814, %v2871 : i64
          %v3245 = arith.addi %v3243, %v3244 : i64
          %v3246 = llvm.getelementptr %in_Bm[%v3245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3247 = llvm.load %v3246 : !llvm.ptr -> f32
          %v3248 = arith.mulf %v2862, %v3247 : f32
          %v3249 = arith.mulf %v3248, %v2888 : f32
          %v3250 = llvm.load %v21 : !llvm.ptr -> f32
          %v3251 = arith.mulf %v3239, %v3250 : f32
          %v3252 = arith.addf %v3251, %v3249 : f32
          %v3253 = llvm.load %v38 : !llvm.ptr -> f32
          %v3254 = arith.mulf %v3239, %v3253 : f32
          llvm.store %v2892, %v6 : f32, !llvm.ptr
          llvm.store %v2894, %v23 : f32, !llvm.ptr
          llvm.store %v2916, %v7 : f32, !llvm.ptr
          llvm.store %v2918, %v24 : f32, !llvm.ptr
          llvm.store %v2940, %v8 : f32, !llvm.ptr
          llvm.store %v2942, %v25 : f32, !llvm.ptr
          llvm.store %v2964, %v9 : f32, !llvm.ptr
          llvm.store %v2966, %v26 : f32, !llvm.ptr
          llvm.store %v2988, %v10 : f32, !llvm.ptr
          llvm.store %v2990, %v27 : f32, !llvm.ptr
          llvm.store %v3012, %v11 : f32, !llvm.ptr
          llvm.store %v3014, %v28 : f32, !llvm.ptr
          llvm.store %v3036, %v12 : f32, !llvm.ptr
          llvm.store %v3038, %v29 : f32, !llvm.ptr
          llvm.store %v3060, %v13 : f32, !llvm.ptr
          llvm.store %v3062, %v30 : f32, !llvm.ptr
          llvm.store %v3084, %v14 : f32, !llvm.ptr
          llvm.store %v3086, %v31 : f32, !llvm.ptr
          llvm.store %v3108, %v15 : f32, !llvm.ptr
          llvm.store %v3110, %v32 : f32, !llvm.ptr
          llvm.store %v3132, %v16 : f32, !llvm.ptr
          llvm.store %v3134, %v33 : f32, !llvm.ptr
          llvm.store %v3156, %v17 : f32, !llvm.ptr
          llvm.store %v3158, %v34 : f32, !llvm.ptr
          llvm.store %v3180, %v18 : f32, !llvm.ptr
          llvm.store %v3182, %v35 : f32, !llvm.ptr
          llvm.store %v3204, %v19 : f32, !llvm.ptr
          llvm.store %v3206, %v36 : f32, !llvm.ptr
          llvm.store %v3228, %v20 : f32, !llvm.ptr
          llvm.store %v3230, %v37 : f32, !llvm.ptr
          llvm.store %v3252, %v21 : f32, !llvm.ptr
          llvm.store %v3254, %v38 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      scf.if %v59 {
        %v3255 = arith.muli %v55, %v4 : i64
        %v3257 = arith.subi %v4, %v3256 : i64
        %v3258 = arith.minsi %v58, %v3257 : i64
        %v3259 = arith.addi %v3255, %v3258 : i64
        %v3261 = arith.muli %v3259, %v3260 : i64
        %v3263 = arith.addi %v3261, %v3262 : i64
        %v3264 = llvm.load %v23 : !llvm.ptr -> f32
        %v3265 = llvm.getelementptr %agga_h[%v3263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3264, %v3265 : f32, !llvm.ptr
        %v3266 = llvm.load %v6 : !llvm.ptr -> f32
        %v3267 = llvm.getelementptr %aggb_h[%v3263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3266, %v3267 : f32, !llvm.ptr
        %v3268 = arith.muli %v55, %v4 : i64
        %v3270 = arith.subi %v4, %v3269 : i64
        %v3271 = arith.minsi %v58, %v3270 : i64
        %v3272 = arith.addi %v3268, %v3271 : i64
        %v3274 = arith.muli %v3272, %v3273 : i64
        %v3276 = arith.addi %v3274, %v3275 : i64
        %v3277 = llvm.load %v24 : !llvm.ptr -> f32
        %v3278 = llvm.getelementptr %agga_h[%v3276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3277, %v3278 : f32, !llvm.ptr
        %v3279 = llvm.load %v7 : !llvm.ptr -> f32
        %v3280 = llvm.getelementptr %aggb_h[%v3276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3279, %v3280 : f32, !llvm.ptr
        %v3281 = arith.muli %v55, %v4 : i64
        %v3283 = arith.subi %v4, %v3282 : i64
        %v3284 = arith.minsi %v58, %v3283 : i64
        %v3285 = arith.addi %v3281, %v3284 : i64
        %v3287 = arith.muli %v3285, %v3286 : i64
        %v3289 = arith.addi %v3287, %v3288 : i64
        %v3290 = llvm.load %v25 : !llvm.ptr -> f32
        %v3291 = llvm.getelementptr %agga_h[%v3289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3290, %v3291 : f32, !llvm.ptr
        %v3292 = llvm.load %v8 : !llvm.ptr -> f32
        %v3293 = llvm.getelementptr %aggb_h[%v3289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3292, %v3293 : f32, !llvm.ptr
        %v3294 = arith.muli %v55, %v4 : i64
        %v3296 = arith.subi %v4, %v3295 : i64
        %v3297 = arith.minsi %v58, %v3296 : i64
        %v3298 = arith.addi %v3294, %v3297 : i64
        %v3300 = arith.muli %v3298, %v3299 : i64
        %v3302 = arith.addi %v3300, %v3301 : i64
        %v3303 = llvm.load %v26 : !llvm.ptr -> f32
        %v3304 = llvm.getelementptr %agga_h[%v3302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3303, %v3304 : f32, !llvm.ptr
        %v3305 = llvm.load %v9 : !llvm.ptr -> f32
        %v3306 = llvm.getelementptr %aggb_h[%v3302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3305, %v3306 : f32, !llvm.ptr
        %v3307 = arith.muli %v55, %v4 : i64
        %v3309 = arith.subi %v4, %v3308 : i64
        %v3310 = arith.minsi %v58, %v3309 : i64
        %v3311 = arith.addi %v3307, %v3310 : i64
        %v3313 = arith.muli %v3311, %v3312 : i64
        %v3315 = arith.addi %v3313, %v3314 : i64
        %v3316 = llvm.load %v27 : !llvm.ptr -> f32
        %v3317 = llvm.getelementptr %agga_h[%v3315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3316, %v3317 : f32, !llvm.ptr
        %v3318 = llvm.load %v10 : !llvm.ptr -> f32
        %v3319 = llvm.getelementptr %aggb_h[%v3315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3318, %v3319 : f32, !llvm.ptr
        %v3320 = arith.muli %v55, %v4 : i64
        %v3322 = arith.subi %v4, %v3321 : i64
        %v3323 = arith.minsi %v58, %v3322 : i64
        %v3324 = arith.addi %v3320, %v3323 : i64
        %v3326 = arith.muli %v3324, %v3325 : i64
        %v3328 = arith.addi %v3326, %v3327 : i64
        %v3329 = llvm.load %v28 : !llvm.ptr -> f32
        %v3330 = llvm.getelementptr %agga_h[%v3328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3329, %v3330 : f32, !llvm.ptr
        %v3331 = llvm.load %v11 : !llvm.ptr -> f32
        %v3332 = llvm.getelementptr %aggb_h[%v3328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3331, %v3332 : f32, !llvm.ptr
        %v3333 = arith.muli %v55, %v4 : i64
        %v3335 = arith.subi %v4, %v3334 : i64
        %v3336 = arith.minsi %v58, %v3335 : i64
        %v3337 = arith.addi %v3333, %v3336 : i64
        %v3339 = arith.muli %v3337, %v3338 : i64
        %v3341 = arith.addi %v3339, %v3340 : i64
        %v3342 = llvm.load %v29 : !llvm.ptr -> f32
        %v3343 = llvm.getelementptr %agga_h[%v3341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3342, %v3343 : f32, !llvm.ptr
        %v3344 = llvm.load %v12 : !llvm.ptr -> f32
        %v3345 = llvm.getelementptr %aggb_h[%v3341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3344, %v3345 : f32, !llvm.ptr
        %v3346 = arith.muli %v55, %v4 : i64
        %v3348 = arith.subi %v4, %v3347 : i64
        %v3349 = arith.minsi %v58, %v3348 : i64
        %v3350 = arith.addi %v3346, %v3349 : i64
        %v3352 = arith.muli %v3350, %v3351 : i64
        %v3354 = arith.addi %v3352, %v3353 : i64
        %v3355 = llvm.load %v30 : !llvm.ptr -> f32
        %v3356 = llvm.getelementptr %agga_h[%v3354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3355, %v3356 : f32, !llvm.ptr
        %v3357 = llvm.load %v13 : !llvm.ptr -> f32
        %v3358 = llvm.getelementptr %aggb_h[%v3354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3357, %v3358 : f32, !llvm.ptr
        %v3359 = arith.muli %v55, %v4 : i64
        %v3361 = arith.subi %v4, %v3360 : i64
        %v3362 = arith.minsi %v58, %v3361 : i64
        %v3363 = arith.addi %v3359, %v3362 : i64
        %v3365 = arith.muli %v3363, %v3364 : i64
        %v3367 = arith.addi %v3365, %v3366 : i64
        %v3368 = llvm.load %v31 : !llvm.ptr -> f32
        %v3369 = llvm.getelementptr %agga_h[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3368, %v3369 : f32, !llvm.ptr
        %v3370 = llvm.load %v14 : !llvm.ptr -> f32
        %v3371 = llvm.getelementptr %aggb_h[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3370, %v3371 : f32, !llvm.ptr
        %v3372 = arith.muli %v55, %v4 : i64
        %v3374 = arith.subi %v4, %v3373 : i64
        %v3375 = arith.minsi %v58, %v3374 : i64
        %v3376 = arith.addi %v3372, %v3375 : i64
        %v3378 = arith.muli %v3376, %v3377 : i64
        %v3380 = arith.addi %v3378, %v3379 : i64
        %v3381 = llvm.load %v32 : !llvm.ptr -> f32
        %v3382 = llvm.getelementptr %agga_h[%v3380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3381, %v3382 : f32, !llvm.ptr
        %v3383 = llvm.load %v15 : !llvm.ptr -> f32
        %v3384 = llvm.getelementptr %aggb_h[%v3380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3383, %v3384 : f32, !llvm.ptr
        %v3385 = arith.muli %v55, %v4 : i64
        %v3387 = arith.subi %v4, %v3386 : i64
        %v3388 = arith.minsi %v58, %v3387 : i64
        %v3389 = arith.addi %v3385, %v3388 : i64
        %v3391 = arith.muli %v3389, %v3390 : i64
        %v3393 = arith.addi %v3391, %v3392 : i64
        %v3394 = llvm.load %v33 : !llvm.ptr -> f32
        %v3395 = llvm.getelementptr %agga_h[%v3393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3394, %v3395 : f32, !llvm.ptr
        %v3396 = llvm.load %v16 : !llvm.ptr -> f32
        %v3397 = llvm.getelementptr %aggb_h[%v3393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3396, %v3397 : f32, !llvm.ptr
        %v3398 = arith.muli %v55, %v4 : i64
        %v3400 = arith.subi %v4, %v3399 : i64
        %v3401 = arith.minsi %v58, %v3400 : i64
        %v3402 = arith.addi %v3398, %v3401 : i64
        %v3404 = arith.muli %v3402, %v3403 : i64
        %v3406 = arith.addi %v3404, %v3405 : i64
        %v3407 = llvm.load %v34 : !llvm.ptr -> f32
        %v3408 = llvm.getelementptr %agga_h[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3407, %v3408 : f32, !llvm.ptr
        %v3409 = llvm.load %v17 : !llvm.ptr -> f32
        %v3410 = llvm.getelementptr %aggb_h[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3409, %v3410 : f32, !llvm.ptr
        %v3411 = arith.muli %v55, %v4 : i64
        %v3413 = arith.subi %v4, %v3412 : i64
        %v3414 = arith.minsi %v58, %v3413 : i64
        %v3415 = arith.addi %v3411, %v3414 : i64
        %v3417 = arith.muli %v3415, %v3416 : i64
        %v3419 = arith.addi %v3417, %v3418 : i64
        %v3420 = llvm.load %v35 : !llvm.ptr -> f32
        %v3421 = llvm.getelementptr %agga_h[%v3419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3420, %v3421 : f32, !llvm.ptr
        %v3422 = llvm.load %v18 : !llvm.ptr -> f32
        %v3423 = llvm.getelementptr %aggb_h[%v3419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3422, %v3423 : f32, !llvm.ptr
        %v3424 = arith.muli %v55, %v4 : i64
        %v3426 = arith.subi %v4, %v3425 : i64
        %v3427 = arith.minsi %v58, %v3426 : i64
        %v3428 = arith.addi %v3424, %v3427 : i64
        %v3430 = arith.muli %v3428, %v3429 : i64
        %v3432 = arith.addi %v3430, %v3431 : i64
        %v3433 = llvm.load %v36 : !llvm.ptr -> f32
        %v3434 = llvm.getelementptr %agga_h[%v3432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3433, %v3434 : f32, !llvm.ptr
        %v3435 = llvm.load %v19 : !llvm.ptr -> f32
        %v3436 = llvm.getelementptr %aggb_h[%v3432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3435, %v3436 : f32, !llvm.ptr
        %v3437 = arith.muli %v55, %v4 : i64
        %v3439 = arith.subi %v4, %v3438 : i64
        %v3440 = arith.minsi %v58, %v3439 : i64
        %v3441 = arith.addi %v3437, %v3440 : i64
        %v3443 = arith.muli %v3441, %v3442 : i64
        %v3445 = arith.addi %v3443, %v3444 : i64
        %v3446 = llvm.load %v37 : !llvm.ptr -> f32
        %v3447 = llvm.getelementptr %agga_h[%v3445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3446, %v3447 : f32, !llvm.ptr
        %v3448 = llvm.load %v20 : !llvm.ptr -> f32
        %v3449 = llvm.getelementptr %aggb_h[%v3445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3448, %v3449 : f32, !llvm.ptr
        %v3450 = arith.muli %v55, %v4 : i64
        %v3452 = arith.subi %v4, %v3451 : i64
        %v3453 = arith.minsi %v58, %v3452 : i64
        %v3454 = arith.addi %v3450, %v3453 : i64
        %v3456 = arith.muli %v3454, %v3455 : i64
        %v3458 = arith.addi %v3456, %v3457 : i64
        %v3459 = llvm.load %v38 : !llvm.ptr -> f32
        %v3460 = llvm.getelementptr %agga_h[%v3458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3459, %v3460 : f32, !llvm.ptr
        %v3461 = llvm.load %v21 : !llvm.ptr -> f32
        %v3462 = llvm.getelementptr %aggb_h[%v3458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v3461, %v3462 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
