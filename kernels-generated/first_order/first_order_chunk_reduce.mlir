module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_first_order_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_first_order_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @first_order_chunk_reduce(%in_a: !llvm.ptr, %in_x: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_C: i64, %size_T: i64) kernel {
      %v1 = arith.constant 1 : i64
      %v2 = arith.muli %v1, %size_B : i64
      %v3 = arith.muli %v2, %size_C : i64
      %v4 = arith.constant 1 : i64
      %v5 = llvm.alloca %v4 x f32 : (i64) -> !llvm.ptr
      %v6 = arith.constant 1 : i64
      %v7 = llvm.alloca %v6 x f32 : (i64) -> !llvm.ptr
      %v8 = llvm.mlir.addressof @rows_first_order_chunk_reduce : !llvm.ptr<3>
      %v9 = llvm.mlir.addressof @smem_first_order_chunk_reduce : !llvm.ptr<3>
      %v10 = arith.constant 255 : i64
      %v11 = arith.addi %size_T, %v10 : i64
      %v12 = arith.constant 256 : i64
      %v13 = arith.divui %v11, %v12 : i64
      %v14 = arith.muli %v13, %v3 : i64
      %v19 = arith.constant 64 : i64
      %v20 = arith.constant 1 : i64
      %v29 = arith.constant 1 : i64
      %v36 = arith.constant 0 : i64
      %v37 = arith.constant 1 : i64
      %v38 = arith.muli %v37, %size_T : i64
      %v39 = arith.muli %v38, %size_C : i64
      %v45 = arith.constant 64 : i64
      %v46 = arith.constant 0 : i64
      %v55 = arith.constant 64 : i64
      %v56 = arith.constant 1 : i64
      %v60 = arith.constant 0x00000000 : f32
      %v61 = arith.constant 0x3F800000 : f32
      %v62 = arith.constant 256 : i64
      %v66 = arith.constant 32 : i64
      %v73 = arith.constant 32 : i64
      %v75 = arith.constant 0 : i64
      %v76 = arith.constant 2048 : i64
      %v78 = arith.constant 0 : i64
      %v81 = arith.constant 2048 : i64
      %v82 = arith.constant 2047 : i64
      %v85 = arith.constant 32 : i64
      %v88 = arith.constant 0 : i64
      %v94 = arith.constant 1 : i64
      %v98 = arith.constant 33 : i64
      %v103 = arith.constant 2048 : i64
      %v105 = arith.constant 64 : i64
      %v108 = arith.constant 2048 : i64
      %v109 = arith.constant 2047 : i64
      %v112 = arith.constant 32 : i64
      %v115 = arith.constant 0 : i64
      %v121 = arith.constant 1 : i64
      %v125 = arith.constant 33 : i64
      %v130 = arith.constant 2048 : i64
      %v132 = arith.constant 128 : i64
      %v135 = arith.constant 2048 : i64
      %v136 = arith.constant 2047 : i64
      %v139 = arith.constant 32 : i64
      %v142 = arith.constant 0 : i64
      %v148 = arith.constant 1 : i64
      %v152 = arith.constant 33 : i64
      %v157 = arith.constant 2048 : i64
      %v159 = arith.constant 192 : i64
      %v162 = arith.constant 2048 : i64
      %v163 = arith.constant 2047 : i64
      %v166 = arith.constant 32 : i64
      %v169 = arith.constant 0 : i64
      %v175 = arith.constant 1 : i64
      %v179 = arith.constant 33 : i64
      %v184 = arith.constant 2048 : i64
      %v186 = arith.constant 256 : i64
      %v189 = arith.constant 2048 : i64
      %v190 = arith.constant 2047 : i64
      %v193 = arith.constant 32 : i64
      %v196 = arith.constant 0 : i64
      %v202 = arith.constant 1 : i64
      %v206 = arith.constant 33 : i64
      %v211 = arith.constant 2048 : i64
      %v213 = arith.constant 320 : i64
      %v216 = arith.constant 2048 : i64
      %v217 = arith.constant 2047 : i64
      %v220 = arith.constant 32 : i64
      %v223 = arith.constant 0 : i64
      %v229 = arith.constant 1 : i64
      %v233 = arith.constant 33 : i64
      %v238 = arith.constant 2048 : i64
      %v240 = arith.constant 384 : i64
      %v243 = arith.constant 2048 : i64
      %v244 = arith.constant 2047 : i64
      %v247 = arith.constant 32 : i64
      %v250 = arith.constant 0 : i64
      %v256 = arith.constant 1 : i64
      %v260 = arith.constant 33 : i64
      %v265 = arith.constant 2048 : i64
      %v267 = arith.constant 448 : i64
      %v270 = arith.constant 2048 : i64
      %v271 = arith.constant 2047 : i64
      %v274 = arith.constant 32 : i64
      %v277 = arith.constant 0 : i64
      %v283 = arith.constant 1 : i64
      %v287 = arith.constant 33 : i64
      %v292 = arith.constant 2048 : i64
      %v294 = arith.constant 512 : i64
      %v297 = arith.constant 2048 : i64
      %v298 = arith.constant 2047 : i64
      %v301 = arith.constant 32 : i64
      %v304 = arith.constant 0 : i64
      %v310 = arith.constant 1 : i64
      %v314 = arith.constant 33 : i64
      %v319 = arith.constant 2048 : i64
      %v321 = arith.constant 576 : i64
      %v324 = arith.constant 2048 : i64
      %v325 = arith.constant 2047 : i64
      %v328 = arith.constant 32 : i64
      %v331 = arith.constant 0 : i64
      %v337 = arith.constant 1 : i64
      %v341 = arith.constant 33 : i64
      %v346 = arith.constant 2048 : i64
      %v348 = arith.constant 640 : i64
      %v351 = arith.constant 2048 : i64
      %v352 = arith.constant 2047 : i64
      %v355 = arith.constant 32 : i64
      %v358 = arith.constant 0 : i64
      %v364 = arith.constant 1 : i64
      %v368 = arith.constant 33 : i64
      %v373 = arith.constant 2048 : i64
      %v375 = arith.constant 704 : i64
      %v378 = arith.constant 2048 : i64
      %v379 = arith.constant 2047 : i64
      %v382 = arith.constant 32 : i64
      %v385 = arith.constant 0 : i64
      %v391 = arith.constant 1 : i64
      %v395 = arith.constant 33 : i64
      %v400 = arith.constant 2048 : i64
      %v402 = arith.constant 768 : i64
      %v405 = arith.constant 2048 : i64
      %v406 = arith.constant 2047 : i64
      %v409 = arith.constant 32 : i64
      %v412 = arith.constant 0 : i64
      %v418 = arith.constant 1 : i64
      %v422 = arith.constant 33 : i64
      %v427 = arith.constant 2048 : i64
      %v429 = arith.constant 832 : i64
      %v432 = arith.constant 2048 : i64
      %v433 = arith.constant 2047 : i64
      %v436 = arith.constant 32 : i64
      %v439 = arith.constant 0 : i64
      %v445 = arith.constant 1 : i64
      %v449 = arith.constant 33 : i64
      %v454 = arith.constant 2048 : i64
      %v456 = arith.constant 896 : i64
      %v459 = arith.constant 2048 : i64
      %v460 = arith.constant 2047 : i64
      %v463 = arith.constant 32 : i64
      %v466 = arith.constant 0 : i64
      %v472 = arith.constant 1 : i64
      %v476 = arith.constant 33 : i64
      %v481 = arith.constant 2048 : i64
      %v483 = arith.constant 960 : i64
      %v486 = arith.constant 2048 : i64
      %v487 = arith.constant 2047 : i64
      %v490 = arith.constant 32 : i64
      %v493 = arith.constant 0 : i64
      %v499 = arith.constant 1 : i64
      %v503 = arith.constant 33 : i64
      %v508 = arith.constant 2048 : i64
      %v510 = arith.constant 1024 : i64
      %v513 = arith.constant 2048 : i64
      %v514 = arith.constant 2047 : i64
      %v517 = arith.constant 32 : i64
      %v520 = arith.constant 0 : i64
      %v526 = arith.constant 1 : i64
      %v530 = arith.constant 33 : i64
      %v535 = arith.constant 2048 : i64
      %v537 = arith.constant 1088 : i64
      %v540 = arith.constant 2048 : i64
      %v541 = arith.constant 2047 : i64
      %v544 = arith.constant 32 : i64
      %v547 = arith.constant 0 : i64
      %v553 = arith.constant 1 : i64
      %v557 = arith.constant 33 : i64
      %v562 = arith.constant 2048 : i64
      %v564 = arith.constant 1152 : i64
      %v567 = arith.constant 2048 : i64
      %v568 = arith.constant 2047 : i64
      %v571 = arith.constant 32 : i64
      %v574 = arith.constant 0 : i64
      %v580 = arith.constant 1 : i64
      %v584 = arith.constant 33 : i64
      %v589 = arith.constant 2048 : i64
      %v591 = arith.constant 1216 : i64
      %v594 = arith.constant 2048 : i64
      %v595 = arith.constant 2047 : i64
      %v598 = arith.constant 32 : i64
      %v601 = arith.constant 0 : i64
      %v607 = arith.constant 1 : i64
      %v611 = arith.constant 33 : i64
      %v616 = arith.constant 2048 : i64
      %v618 = arith.constant 1280 : i64
      %v621 = arith.constant 2048 : i64
      %v622 = arith.constant 2047 : i64
      %v625 = arith.constant 32 : i64
      %v628 = arith.constant 0 : i64
      %v634 = arith.constant 1 : i64
      %v638 = arith.constant 33 : i64
      %v643 = arith.constant 2048 : i64
      %v645 = arith.constant 1344 : i64
      %v648 = arith.constant 2048 : i64
      %v649 = arith.constant 2047 : i64
      %v652 = arith.constant 32 : i64
      %v655 = arith.constant 0 : i64
      %v661 = arith.constant 1 : i64
      %v665 = arith.constant 33 : i64
      %v670 = arith.constant 2048 : i64
      %v672 = arith.constant 1408 : i64
      %v675 = arith.constant 2048 : i64
      %v676 = arith.constant 2047 : i64
      %v679 = arith.constant 32 : i64
      %v682 = arith.constant 0 : i64
      %v688 = arith.constant 1 : i64
      %v692 = arith.constant 33 : i64
      %v697 = arith.constant 2048 : i64
      %v699 = arith.constant 1472 : i64
      %v702 = arith.constant 2048 : i64
      %v703 = arith.constant 2047 : i64
      %v706 = arith.constant 32 : i64
      %v709 = arith.constant 0 : i64
      %v715 = arith.constant 1 : i64
      %v719 = arith.constant 33 : i64
      %v724 = arith.constant 2048 : i64
      %v726 = arith.constant 1536 : i64
      %v729 = arith.constant 2048 : i64
      %v730 = arith.constant 2047 : i64
      %v733 = arith.constant 32 : i64
      %v736 = arith.constant 0 : i64
      %v742 = arith.constant 1 : i64
      %v746 = arith.constant 33 : i64
      %v751 = arith.constant 2048 : i64
      %v753 = arith.constant 1600 : i64
      %v756 = arith.constant 2048 : i64
      %v757 = arith.constant 2047 : i64
      %v760 = arith.constant 32 : i64
      %v763 = arith.constant 0 : i64
      %v769 = arith.constant 1 : i64
      %v773 = arith.constant 33 : i64
      %v778 = arith.constant 2048 : i64
      %v780 = arith.constant 1664 : i64
      %v783 = arith.constant 2048 : i64
      %v784 = arith.constant 2047 : i64
      %v787 = arith.constant 32 : i64
      %v790 = arith.constant 0 : i64
      %v796 = arith.constant 1 : i64
      %v800 = arith.constant 33 : i64
      %v805 = arith.constant 2048 : i64
      %v807 = arith.constant 1728 : i64
      %v810 = arith.constant 2048 : i64
      %v811 = arith.constant 2047 : i64
      %v814 = arith.constant 32 : i64
      %v817 = arith.constant 0 : i64
      %v823 = arith.constant 1 : i64
      %v827 = arith.constant 33 : i64
      %v832 = arith.constant 2048 : i64
      %v834 = arith.constant 1792 : i64
      %v837 = arith.constant 2048 : i64
      %v838 = arith.constant 2047 : i64
      %v841 = arith.constant 32 : i64
      %v844 = arith.constant 0 : i64
      %v850 = arith.constant 1 : i64
      %v854 = arith.constant 33 : i64
      %v859 = arith.constant 2048 : i64
      %v861 = arith.constant 1856 : i64
      %v864 = arith.constant 2048 : i64
      %v865 = arith.constant 2047 : i64
      %v868 = arith.constant 32 : i64
      %v871 = arith.constant 0 : i64
      %v877 = arith.constant 1 : i64
      %v881 = arith.constant 33 : i64
      %v886 = arith.constant 2048 : i64
      %v888 = arith.constant 1920 : i64
      %v891 = arith.constant 2048 : i64
      %v892 = arith.constant 2047 : i64
      %v895 = arith.constant 32 : i64
      %v898 = arith.constant 0 : i64
      %v904 = arith.constant 1 : i64
      %v908 = arith.constant 33 : i64
      %v913 = arith.constant 2048 : i64
      %v915 = arith.constant 1984 : i64
      %v918 = arith.constant 2048 : i64
      %v919 = arith.constant 2047 : i64
      %v922 = arith.constant 32 : i64
      %v925 = arith.constant 0 : i64
      %v931 = arith.constant 1 : i64
      %v935 = arith.constant 33 : i64
      %v972 = arith.constant 0 : i64
      %v973 = arith.constant 2048 : i64
      %v975 = arith.constant 0 : i64
      %v978 = arith.constant 2048 : i64
      %v979 = arith.constant 2047 : i64
      %v982 = arith.constant 32 : i64
      %v985 = arith.constant 64 : i64
      %v991 = arith.constant 1 : i64
      %v995 = arith.constant 33 : i64
      %v1000 = arith.constant 2048 : i64
      %v1002 = arith.constant 64 : i64
      %v1005 = arith.constant 2048 : i64
      %v1006 = arith.constant 2047 : i64
      %v1009 = arith.constant 32 : i64
      %v1012 = arith.constant 64 : i64
      %v1018 = arith.constant 1 : i64
      %v1022 = arith.constant 33 : i64
      %v1027 = arith.constant 2048 : i64
      %v1029 = arith.constant 128 : i64
      %v1032 = arith.constant 2048 : i64
      %v1033 = arith.constant 2047 : i64
      %v1036 = arith.constant 32 : i64
      %v1039 = arith.constant 64 : i64
      %v1045 = arith.constant 1 : i64
      %v1049 = arith.constant 33 : i64
      %v1054 = arith.constant 2048 : i64
      %v1056 = arith.constant 192 : i64
      %v1059 = arith.constant 2048 : i64
      %v1060 = arith.constant 2047 : i64
      %v1063 = arith.constant 32 : i64
      %v1066 = arith.constant 64 : i64
      %v1072 = arith.constant 1 : i64
      %v1076 = arith.constant 33 : i64
      %v1081 = arith.constant 2048 : i64
      %v1083 = arith.constant 256 : i64
      %v1086 = arith.constant 2048 : i64
      %v1087 = arith.constant 2047 : i64
      %v1090 = arith.constant 32 : i64
      %v1093 = arith.constant 64 : i64
      %v1099 = arith.constant 1 : i64
      %v1103 = arith.constant 33 : i64
      %v1108 = arith.constant 2048 : i64
      %v1110 = arith.constant 320 : i64
      %v1113 = arith.constant 2048 : i64
      %v1114 = arith.constant 2047 : i64
      %v1117 = arith.constant 32 : i64
      %v1120 = arith.constant 64 : i64
      %v1126 = arith.constant 1 : i64
      %v1130 = arith.constant 33 : i64
      %v1135 = arith.constant 2048 : i64
      %v1137 = arith.constant 384 : i64
      %v1140 = arith.constant 2048 : i64
      %v1141 = arith.constant 2047 : i64
      %v1144 = arith.constant 32 : i64
      %v1147 = arith.constant 64 : i64
      %v1153 = arith.constant 1 : i64
      %v1157 = arith.constant 33 : i64
      %v1162 = arith.constant 2048 : i64
      %v1164 = arith.constant 448 : i64
      %v1167 = arith.constant 2048 : i64
      %v1168 = arith.constant 2047 : i64
      %v1171 = arith.constant 32 : i64
      %v1174 = arith.constant 64 : i64
      %v1180 = arith.constant 1 : i64
      %v1184 = arith.constant 33 : i64
      %v1189 = arith.constant 2048 : i64
      %v1191 = arith.constant 512 : i64
      %v1194 = arith.constant 2048 : i64
      %v1195 = arith.constant 2047 : i64
      %v1198 = arith.constant 32 : i64
      %v1201 = arith.constant 64 : i64
      %v1207 = arith.constant 1 : i64
      %v1211 = arith.constant 33 : i64
      %v1216 = arith.constant 2048 : i64
      %v1218 = arith.constant 576 : i64
      %v1221 = arith.constant 2048 : i64
      %v1222 = arith.constant 2047 : i64
      %v1225 = arith.constant 32 : i64
      %v1228 = arith.constant 64 : i64
      %v1234 = arith.constant 1 : i64
      %v1238 = arith.constant 33 : i64
      %v1243 = arith.constant 2048 : i64
      %v1245 = arith.constant 640 : i64
      %v1248 = arith.constant 2048 : i64
      %v1249 = arith.constant 2047 : i64
      %v1252 = arith.constant 32 : i64
      %v1255 = arith.constant 64 : i64
      %v1261 = arith.constant 1 : i64
      %v1265 = arith.constant 33 : i64
      %v1270 = arith.constant 2048 : i64
      %v1272 = arith.constant 704 : i64
      %v1275 = arith.constant 2048 : i64
      %v1276 = arith.constant 2047 : i64
      %v1279 = arith.constant 32 : i64
      %v1282 = arith.constant 64 : i64
      %v1288 = arith.constant 1 : i64
      %v1292 = arith.constant 33 : i64
      %v1297 = arith.constant 2048 : i64
      %v1299 = arith.constant 768 : i64
      %v1302 = arith.constant 2048 : i64
      %v1303 = arith.constant 2047 : i64
      %v1306 = arith.constant 32 : i64
      %v1309 = arith.constant 64 : i64
      %v1315 = arith.constant 1 : i64
      %v1319 = arith.constant 33 : i64
      %v1324 = arith.constant 2048 : i64
      %v1326 = arith.constant 832 : i64
      %v1329 = arith.constant 2048 : i64
      %v1330 = arith.constant 2047 : i64
      %v1333 = arith.constant 32 : i64
      %v1336 = arith.constant 64 : i64
      %v1342 = arith.constant 1 : i64
      %v1346 = arith.constant 33 : i64
      %v1351 = arith.constant 2048 : i64
      %v1353 = arith.constant 896 : i64
      %v1356 = arith.constant 2048 : i64
      %v1357 = arith.constant 2047 : i64
      %v1360 = arith.constant 32 : i64
      %v1363 = arith.constant 64 : i64
      %v1369 = arith.constant 1 : i64
      %v1373 = arith.constant 33 : i64
      %v1378 = arith.constant 2048 : i64
      %v1380 = arith.constant 960 : i64
      %v1383 = arith.constant 2048 : i64
      %v1384 = arith.constant 2047 : i64
      %v1387 = arith.constant 32 : i64
      %v1390 = arith.constant 64 : i64
      %v1396 = arith.constant 1 : i64
      %v1400 = arith.constant 33 : i64
      %v1405 = arith.constant 2048 : i64
      %v1407 = arith.constant 1024 : i64
      %v1410 = arith.constant 2048 : i64
      %v1411 = arith.constant 2047 : i64
      %v1414 = arith.constant 32 : i64
      %v1417 = arith.constant 64 : i64
      %v1423 = arith.constant 1 : i64
      %v1427 = arith.constant 33 : i64
      %v1432 = arith.constant 2048 : i64
      %v1434 = arith.constant 1088 : i64
      %v1437 = arith.constant 2048 : i64
      %v1438 = arith.constant 2047 : i64
      %v1441 = arith.constant 32 : i64
      %v1444 = arith.constant 64 : i64
      %v1450 = arith.constant 1 : i64
      %v1454 = arith.constant 33 : i64
      %v1459 = arith.constant 2048 : i64
      %v1461 = arith.constant 1152 : i64
      %v1464 = arith.constant 2048 : i64
      %v1465 = arith.constant 2047 : i64
      %v1468 = arith.constant 32 : i64
      %v1471 = arith.constant 64 : i64
      %v1477 = arith.constant 1 : i64
      %v1481 = arith.constant 33 : i64
      %v1486 = arith.constant 2048 : i64
      %v1488 = arith.constant 1216 : i64
      %v1491 = arith.constant 2048 : i64
      %v1492 = arith.constant 2047 : i64
      %v1495 = arith.constant 32 : i64
      %v1498 = arith.constant 64 : i64
      %v1504 = arith.constant 1 : i64
      %v1508 = arith.constant 33 : i64
      %v1513 = arith.constant 2048 : i64
      %v1515 = arith.constant 1280 : i64
      %v1518 = arith.constant 2048 : i64
      %v1519 = arith.constant 2047 : i64
      %v1522 = arith.constant 32 : i64
      %v1525 = arith.constant 64 : i64
      %v1531 = arith.constant 1 : i64
      %v1535 = arith.constant 33 : i64
      %v1540 = arith.constant 2048 : i64
      %v1542 = arith.constant 1344 : i64
      %v1545 = arith.constant 2048 : i64
      %v1546 = arith.constant 2047 : i64
      %v1549 = arith.constant 32 : i64
      %v1552 = arith.constant 64 : i64
      %v1558 = arith.constant 1 : i64
      %v1562 = arith.constant 33 : i64
      %v1567 = arith.constant 2048 : i64
      %v1569 = arith.constant 1408 : i64
      %v1572 = arith.constant 2048 : i64
      %v1573 = arith.constant 2047 : i64
      %v1576 = arith.constant 32 : i64
      %v1579 = arith.constant 64 : i64
      %v1585 = arith.constant 1 : i64
      %v1589 = arith.constant 33 : i64
      %v1594 = arith.constant 2048 : i64
      %v1596 = arith.constant 1472 : i64
      %v1599 = arith.constant 2048 : i64
      %v1600 = arith.constant 2047 : i64
      %v1603 = arith.constant 32 : i64
      %v1606 = arith.constant 64 : i64
      %v1612 = arith.constant 1 : i64
      %v1616 = arith.constant 33 : i64
      %v1621 = arith.constant 2048 : i64
      %v1623 = arith.constant 1536 : i64
      %v1626 = arith.constant 2048 : i64
      %v1627 = arith.constant 2047 : i64
      %v1630 = arith.constant 32 : i64
      %v1633 = arith.constant 64 : i64
      %v1639 = arith.constant 1 : i64
      %v1643 = arith.constant 33 : i64
      %v1648 = arith.constant 2048 : i64
      %v1650 = arith.constant 1600 : i64
      %v1653 = arith.constant 2048 : i64
      %v1654 = arith.constant 2047 : i64
      %v1657 = arith.constant 32 : i64
      %v1660 = arith.constant 64 : i64
      %v1666 = arith.constant 1 : i64
      %v1670 = arith.constant 33 : i64
      %v1675 = arith.constant 2048 : i64
      %v1677 = arith.constant 1664 : i64
      %v1680 = arith.constant 2048 : i64
      %v1681 = arith.constant 2047 : i64
      %v1684 = arith.constant 32 : i64
      %v1687 = arith.constant 64 : i64
      %v1693 = arith.constant 1 : i64
      %v1697 = arith.constant 33 : i64
      %v1702 = arith.constant 2048 : i64
      %v1704 = arith.constant 1728 : i64
      %v1707 = arith.constant 2048 : i64
      %v1708 = arith.constant 2047 : i64
      %v1711 = arith.constant 32 : i64
      %v1714 = arith.constant 64 : i64
      %v1720 = arith.constant 1 : i64
      %v1724 = arith.constant 33 : i64
      %v1729 = arith.constant 2048 : i64
      %v1731 = arith.constant 1792 : i64
      %v1734 = arith.constant 2048 : i64
      %v1735 = arith.constant 2047 : i64
      %v1738 = arith.constant 32 : i64
      %v1741 = arith.constant 64 : i64
      %v1747 = arith.constant 1 : i64
      %v1751 = arith.constant 33 : i64
      %v1756 = arith.constant 2048 : i64
      %v1758 = arith.constant 1856 : i64
      %v1761 = arith.constant 2048 : i64
      %v1762 = arith.constant 2047 : i64
      %v1765 = arith.constant 32 : i64
      %v1768 = arith.constant 64 : i64
      %v1774 = arith.constant 1 : i64
      %v1778 = arith.constant 33 : i64
      %v1783 = arith.constant 2048 : i64
      %v1785 = arith.constant 1920 : i64
      %v1788 = arith.constant 2048 : i64
      %v1789 = arith.constant 2047 : i64
      %v1792 = arith.constant 32 : i64
      %v1795 = arith.constant 64 : i64
      %v1801 = arith.constant 1 : i64
      %v1805 = arith.constant 33 : i64
      %v1810 = arith.constant 2048 : i64
      %v1812 = arith.constant 1984 : i64
      %v1815 = arith.constant 2048 : i64
      %v1816 = arith.constant 2047 : i64
      %v1819 = arith.constant 32 : i64
      %v1822 = arith.constant 64 : i64
      %v1828 = arith.constant 1 : i64
      %v1832 = arith.constant 33 : i64
      %v1869 = arith.constant 0 : i64
      %v1870 = arith.constant 1 : i64
      %v1877 = arith.constant 0 : i64
      %v1878 = arith.constant 64 : i64
      %v1879 = arith.constant 33 : i64
      %v1886 = arith.constant 1 : i64
      %v1887 = arith.constant 64 : i64
      %v1888 = arith.constant 33 : i64
      %v1900 = arith.constant 1 : i64
      %v1901 = arith.constant 0 : i64
      %v1905 = arith.constant 1 : i64
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
      %v32 = arith.remui %v31, %size_C : i64
      %v33 = arith.divui %v31, %size_C : i64
      %v34 = arith.remui %v33, %size_B : i64
      %v35 = arith.divui %v33, %size_B : i64
      %v40 = arith.muli %v34, %v39 : i64
      %v41 = arith.muli %v32, %v38 : i64
      %v42 = arith.addi %v40, %v41 : i64
      %v43 = arith.muli %v36, %v37 : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v47 = arith.muli %v46, %v45 : i64
      %v48 = arith.addi %v47, %v17 : i64
      %v49 = llvm.getelementptr %v8[%v48] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v44, %v49 : i64, !llvm.ptr<3>
      %v50 = arith.muli %v34, %v39 : i64
      %v51 = arith.muli %v32, %v38 : i64
      %v52 = arith.addi %v50, %v51 : i64
      %v53 = arith.muli %v36, %v37 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v57 = arith.muli %v56, %v55 : i64
      %v58 = arith.addi %v57, %v17 : i64
      %v59 = llvm.getelementptr %v8[%v58] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v54, %v59 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v60, %v5 : f32, !llvm.ptr
      llvm.store %v61, %v7 : f32, !llvm.ptr
      %v63 = arith.muli %v24, %v62 : i64
      %v64 = arith.addi %v63, %v62 : i64
      %v65 = arith.minsi %v64, %size_T : i64
      %v67 = arith.index_cast %v63 : i64 to index
      %v68 = arith.index_cast %v65 : i64 to index
      %v69 = arith.index_cast %v66 : i64 to index
      scf.for %v70 = %v67 to %v68 step %v69 {
        %v71 = arith.index_cast %v70 : index to i64
        %v72 = arith.subi %v65, %v71 : i64
        %v74 = arith.minsi %v72, %v73 : i64
        %v77 = arith.muli %v75, %v76 : i64
        %v79 = arith.addi %v77, %v78 : i64
        %v80 = arith.addi %v79, %v17 : i64
        %v83 = arith.minsi %v80, %v82 : i64
        %v84 = arith.cmpi slt, %v80, %v81 : i64
        %v86 = arith.divui %v83, %v85 : i64
        %v87 = arith.remui %v83, %v85 : i64
        %v89 = arith.addi %v88, %v86 : i64
        %v90 = llvm.getelementptr %v8[%v89] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v91 = llvm.load %v90 : !llvm.ptr<3> -> i64
        %v92 = arith.addi %v71, %v87 : i64
        %v93 = arith.cmpi slt, %v92, %v65 : i64
        %v95 = arith.subi %size_T, %v94 : i64
        %v96 = arith.minsi %v92, %v95 : i64
        %v97 = arith.addi %v91, %v96 : i64
        %v99 = arith.muli %v89, %v98 : i64
        %v100 = arith.addi %v99, %v87 : i64
        %v101 = llvm.getelementptr %in_a[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v102 = llvm.load %v101 : !llvm.ptr -> f32
        %v104 = arith.muli %v75, %v103 : i64
        %v106 = arith.addi %v104, %v105 : i64
        %v107 = arith.addi %v106, %v17 : i64
        %v110 = arith.minsi %v107, %v109 : i64
        %v111 = arith.cmpi slt, %v107, %v108 : i64
        %v113 = arith.divui %v110, %v112 : i64
        %v114 = arith.remui %v110, %v112 : i64
        %v116 = arith.addi %v115, %v113 : i64
        %v117 = llvm.getelementptr %v8[%v116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v118 = llvm.load %v117 : !llvm.ptr<3> -> i64
        %v119 = arith.addi %v71, %v114 : i64
        %v120 = arith.cmpi slt, %v119, %v65 : i64
        %v122 = arith.subi %size_T, %v121 : i64
        %v123 = arith.minsi %v119, %v122 : i64
        %v124 = arith.addi %v118, %v123 : i64
        %v126 = arith.muli %v116, %v125 : i64
        %v127 = arith.addi %v126, %v114 : i64
        %v128 = llvm.getelementptr %in_a[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v129 = llvm.load %v128 : !llvm.ptr -> f32
        %v131 = arith.muli %v75, %v130 : i64
        %v133 = arith.addi %v131, %v132 : i64
        %v134 = arith.addi %v133, %v17 : i64
        %v137 = arith.minsi %v134, %v136 : i64
        %v138 = arith.cmpi slt, %v134, %v135 : i64
        %v140 = arith.divui %v137, %v139 : i64
        %v141 = arith.remui %v137, %v139 : i64
        %v143 = arith.addi %v142, %v140 : i64
        %v144 = llvm.getelementptr %v8[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v145 = llvm.load %v144 : !llvm.ptr<3> -> i64
        %v146 = arith.addi %v71, %v141 : i64
        %v147 = arith.cmpi slt, %v146, %v65 : i64
        %v149 = arith.subi %size_T, %v148 : i64
        %v150 = arith.minsi %v146, %v149 : i64
        %v151 = arith.addi %v145, %v150 : i64
        %v153 = arith.muli %v143, %v152 : i64
        %v154 = arith.addi %v153, %v141 : i64
        %v155 = llvm.getelementptr %in_a[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v156 = llvm.load %v155 : !llvm.ptr -> f32
        %v158 = arith.muli %v75, %v157 : i64
        %v160 = arith.addi %v158, %v159 : i64
        %v161 = arith.addi %v160, %v17 : i64
        %v164 = arith.minsi %v161, %v163 : i64
        %v165 = arith.cmpi slt, %v161, %v162 : i64
        %v167 = arith.divui %v164, %v166 : i64
        %v168 = arith.remui %v164, %v166 : i64
        %v170 = arith.addi %v169, %v167 : i64
        %v171 = llvm.getelementptr %v8[%v170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v172 = llvm.load %v171 : !llvm.ptr<3> -> i64
        %v173 = arith.addi %v71, %v168 : i64
        %v174 = arith.cmpi slt, %v173, %v65 : i64
        %v176 = arith.subi %size_T, %v175 : i64
        %v177 = arith.minsi %v173, %v176 : i64
        %v178 = arith.addi %v172, %v177 : i64
        %v180 = arith.muli %v170, %v179 : i64
        %v181 = arith.addi %v180, %v168 : i64
        %v182 = llvm.getelementptr %in_a[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v183 = llvm.load %v182 : !llvm.ptr -> f32
        %v185 = arith.muli %v75, %v184 : i64
        %v187 = arith.addi %v185, %v186 : i64
        %v188 = arith.addi %v187, %v17 : i64
        %v191 = arith.minsi %v188, %v190 : i64
        %v192 = arith.cmpi slt, %v188, %v189 : i64
        %v194 = arith.divui %v191, %v193 : i64
        %v195 = arith.remui %v191, %v193 : i64
        %v197 = arith.addi %v196, %v194 : i64
        %v198 = llvm.getelementptr %v8[%v197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v199 = llvm.load %v198 : !llvm.ptr<3> -> i64
        %v200 = arith.addi %v71, %v195 : i64
        %v201 = arith.cmpi slt, %v200, %v65 : i64
        %v203 = arith.subi %size_T, %v202 : i64
        %v204 = arith.minsi %v200, %v203 : i64
        %v205 = arith.addi %v199, %v204 : i64
        %v207 = arith.muli %v197, %v206 : i64
        %v208 = arith.addi %v207, %v195 : i64
        %v209 = llvm.getelementptr %in_a[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v210 = llvm.load %v209 : !llvm.ptr -> f32
        %v212 = arith.muli %v75, %v211 : i64
        %v214 = arith.addi %v212, %v213 : i64
        %v215 = arith.addi %v214, %v17 : i64
        %v218 = arith.minsi %v215, %v217 : i64
        %v219 = arith.cmpi slt, %v215, %v216 : i64
        %v221 = arith.divui %v218, %v220 : i64
        %v222 = arith.remui %v218, %v220 : i64
        %v224 = arith.addi %v223, %v221 : i64
        %v225 = llvm.getelementptr %v8[%v224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v226 = llvm.load %v225 : !llvm.ptr<3> -> i64
        %v227 = arith.addi %v71, %v222 : i64
        %v228 = arith.cmpi slt, %v227, %v65 : i64
        %v230 = arith.subi %size_T, %v229 : i64
        %v231 = arith.minsi %v227, %v230 : i64
        %v232 = arith.addi %v226, %v231 : i64
        %v234 = arith.muli %v224, %v233 : i64
        %v235 = arith.addi %v234, %v222 : i64
        %v236 = llvm.getelementptr %in_a[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v237 = llvm.load %v236 : !llvm.ptr -> f32
        %v239 = arith.muli %v75, %v238 : i64
        %v241 = arith.addi %v239, %v240 : i64
        %v242 = arith.addi %v241, %v17 : i64
        %v245 = arith.minsi %v242, %v244 : i64
        %v246 = arith.cmpi slt, %v242, %v243 : i64
        %v248 = arith.divui %v245, %v247 : i64
        %v249 = arith.remui %v245, %v247 : i64
        %v251 = arith.addi %v250, %v248 : i64
        %v252 = llvm.getelementptr %v8[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v253 = llvm.load %v252 : !llvm.ptr<3> -> i64
        %v254 = arith.addi %v71, %v249 : i64
        %v255 = arith.cmpi slt, %v254, %v65 : i64
        %v257 = arith.subi %size_T, %v256 : i64
        %v258 = arith.minsi %v254, %v257 : i64
        %v259 = arith.addi %v253, %v258 : i64
        %v261 = arith.muli %v251, %v260 : i64
        %v262 = arith.addi %v261, %v249 : i64
        %v263 = llvm.getelementptr %in_a[%v259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v264 = llvm.load %v263 : !llvm.ptr -> f32
        %v266 = arith.muli %v75, %v265 : i64
        %v268 = arith.addi %v266, %v267 : i64
        %v269 = arith.addi %v268, %v17 : i64
        %v272 = arith.minsi %v269, %v271 : i64
        %v273 = arith.cmpi slt, %v269, %v270 : i64
        %v275 = arith.divui %v272, %v274 : i64
        %v276 = arith.remui %v272, %v274 : i64
        %v278 = arith.addi %v277, %v275 : i64
        %v279 = llvm.getelementptr %v8[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
        %v281 = arith.addi %v71, %v276 : i64
        %v282 = arith.cmpi slt, %v281, %v65 : i64
        %v284 = arith.subi %size_T, %v283 : i64
        %v285 = arith.minsi %v281, %v284 : i64
        %v286 = arith.addi %v280, %v285 : i64
        %v288 = arith.muli %v278, %v287 : i64
        %v289 = arith.addi %v288, %v276 : i64
        %v290 = llvm.getelementptr %in_a[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v291 = llvm.load %v290 : !llvm.ptr -> f32
        %v293 = arith.muli %v75, %v292 : i64
        %v295 = arith.addi %v293, %v294 : i64
        %v296 = arith.addi %v295, %v17 : i64
        %v299 = arith.minsi %v296, %v298 : i64
        %v300 = arith.cmpi slt, %v296, %v297 : i64
        %v302 = arith.divui %v299, %v301 : i64
        %v303 = arith.remui %v299, %v301 : i64
        %v305 = arith.addi %v304, %v302 : i64
        %v306 = llvm.getelementptr %v8[%v305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v307 = llvm.load %v306 : !llvm.ptr<3> -> i64
        %v308 = arith.addi %v71, %v303 : i64
        %v309 = arith.cmpi slt, %v308, %v65 : i64
        %v311 = arith.subi %size_T, %v310 : i64
        %v312 = arith.minsi %v308, %v311 : i64
        %v313 = arith.addi %v307, %v312 : i64
        %v315 = arith.muli %v305, %v314 : i64
        %v316 = arith.addi %v315, %v303 : i64
        %v317 = llvm.getelementptr %in_a[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v318 = llvm.load %v317 : !llvm.ptr -> f32
        %v320 = arith.muli %v75, %v319 : i64
        %v322 = arith.addi %v320, %v321 : i64
        %v323 = arith.addi %v322, %v17 : i64
        %v326 = arith.minsi %v323, %v325 : i64
        %v327 = arith.cmpi slt, %v323, %v324 : i64
        %v329 = arith.divui %v326, %v328 : i64
        %v330 = arith.remui %v326, %v328 : i64
        %v332 = arith.addi %v331, %v329 : i64
        %v333 = llvm.getelementptr %v8[%v332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v334 = llvm.load %v333 : !llvm.ptr<3> -> i64
        %v335 = arith.addi %v71, %v330 : i64
        %v336 = arith.cmpi slt, %v335, %v65 : i64
        %v338 = arith.subi %size_T, %v337 : i64
        %v339 = arith.minsi %v335, %v338 : i64
        %v340 = arith.addi %v334, %v339 : i64
        %v342 = arith.muli %v332, %v341 : i64
        %v343 = arith.addi %v342, %v330 : i64
        %v344 = llvm.getelementptr %in_a[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v345 = llvm.load %v344 : !llvm.ptr -> f32
        %v347 = arith.muli %v75, %v346 : i64
        %v349 = arith.addi %v347, %v348 : i64
        %v350 = arith.addi %v349, %v17 : i64
        %v353 = arith.minsi %v350, %v352 : i64
        %v354 = arith.cmpi slt, %v350, %v351 : i64
        %v356 = arith.divui %v353, %v355 : i64
        %v357 = arith.remui %v353, %v355 : i64
        %v359 = arith.addi %v358, %v356 : i64
        %v360 = llvm.getelementptr %v8[%v359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v361 = llvm.load %v360 : !llvm.ptr<3> -> i64
        %v362 = arith.addi %v71, %v357 : i64
        %v363 = arith.cmpi slt, %v362, %v65 : i64
        %v365 = arith.subi %size_T, %v364 : i64
        %v366 = arith.minsi %v362, %v365 : i64
        %v367 = arith.addi %v361, %v366 : i64
        %v369 = arith.muli %v359, %v368 : i64
        %v370 = arith.addi %v369, %v357 : i64
        %v371 = llvm.getelementptr %in_a[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v372 = llvm.load %v371 : !llvm.ptr -> f32
        %v374 = arith.muli %v75, %v373 : i64
        %v376 = arith.addi %v374, %v375 : i64
        %v377 = arith.addi %v376, %v17 : i64
        %v380 = arith.minsi %v377, %v379 : i64
        %v381 = arith.cmpi slt, %v377, %v378 : i64
        %v383 = arith.divui %v380, %v382 : i64
        %v384 = arith.remui %v380, %v382 : i64
        %v386 = arith.addi %v385, %v383 : i64
        %v387 = llvm.getelementptr %v8[%v386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v388 = llvm.load %v387 : !llvm.ptr<3> -> i64
        %v389 = arith.addi %v71, %v384 : i64
        %v390 = arith.cmpi slt, %v389, %v65 : i64
        %v392 = arith.subi %size_T, %v391 : i64
        %v393 = arith.minsi %v389, %v392 : i64
        %v394 = arith.addi %v388, %v393 : i64
        %v396 = arith.muli %v386, %v395 : i64
        %v397 = arith.addi %v396, %v384 : i64
        %v398 = llvm.getelementptr %in_a[%v394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v399 = llvm.load %v398 : !llvm.ptr -> f32
        %v401 = arith.muli %v75, %v400 : i64
        %v403 = arith.addi %v401, %v402 : i64
        %v404 = arith.addi %v403, %v17 : i64
        %v407 = arith.minsi %v404, %v406 : i64
        %v408 = arith.cmpi slt, %v404, %v405 : i64
        %v410 = arith.divui %v407, %v409 : i64
        %v411 = arith.remui %v407, %v409 : i64
        %v413 = arith.addi %v412, %v410 : i64
        %v414 = llvm.getelementptr %v8[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v415 = llvm.load %v414 : !llvm.ptr<3> -> i64
        %v416 = arith.addi %v71, %v411 : i64
        %v417 = arith.cmpi slt, %v416, %v65 : i64
        %v419 = arith.subi %size_T, %v418 : i64
        %v420 = arith.minsi %v416, %v419 : i64
        %v421 = arith.addi %v415, %v420 : i64
        %v423 = arith.muli %v413, %v422 : i64
        %v424 = arith.addi %v423, %v411 : i64
        %v425 = llvm.getelementptr %in_a[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v426 = llvm.load %v425 : !llvm.ptr -> f32
        %v428 = arith.muli %v75, %v427 : i64
        %v430 = arith.addi %v428, %v429 : i64
        %v431 = arith.addi %v430, %v17 : i64
        %v434 = arith.minsi %v431, %v433 : i64
        %v435 = arith.cmpi slt, %v431, %v432 : i64
        %v437 = arith.divui %v434, %v436 : i64
        %v438 = arith.remui %v434, %v436 : i64
        %v440 = arith.addi %v439, %v437 : i64
        %v441 = llvm.getelementptr %v8[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v442 = llvm.load %v441 : !llvm.ptr<3> -> i64
        %v443 = arith.addi %v71, %v438 : i64
        %v444 = arith.cmpi slt, %v443, %v65 : i64
        %v446 = arith.subi %size_T, %v445 : i64
        %v447 = arith.minsi %v443, %v446 : i64
        %v448 = arith.addi %v442, %v447 : i64
        %v450 = arith.muli %v440, %v449 : i64
        %v451 = arith.addi %v450, %v438 : i64
        %v452 = llvm.getelementptr %in_a[%v448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v453 = llvm.load %v452 : !llvm.ptr -> f32
        %v455 = arith.muli %v75, %v454 : i64
        %v457 = arith.addi %v455, %v456 : i64
        %v458 = arith.addi %v457, %v17 : i64
        %v461 = arith.minsi %v458, %v460 : i64
        %v462 = arith.cmpi slt, %v458, %v459 : i64
        %v464 = arith.divui %v461, %v463 : i64
        %v465 = arith.remui %v461, %v463 : i64
        %v467 = arith.addi %v466, %v464 : i64
        %v468 = llvm.getelementptr %v8[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v469 = llvm.load %v468 : !llvm.ptr<3> -> i64
        %v470 = arith.addi %v71, %v465 : i64
        %v471 = arith.cmpi slt, %v470, %v65 : i64
        %v473 = arith.subi %size_T, %v472 : i64
        %v474 = arith.minsi %v470, %v473 : i64
        %v475 = arith.addi %v469, %v474 : i64
        %v477 = arith.muli %v467, %v476 : i64
        %v478 = arith.addi %v477, %v465 : i64
        %v479 = llvm.getelementptr %in_a[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v480 = llvm.load %v479 : !llvm.ptr -> f32
        %v482 = arith.muli %v75, %v481 : i64
        %v484 = arith.addi %v482, %v483 : i64
        %v485 = arith.addi %v484, %v17 : i64
        %v488 = arith.minsi %v485, %v487 : i64
        %v489 = arith.cmpi slt, %v485, %v486 : i64
        %v491 = arith.divui %v488, %v490 : i64
        %v492 = arith.remui %v488, %v490 : i64
        %v494 = arith.addi %v493, %v491 : i64
        %v495 = llvm.getelementptr %v8[%v494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v496 = llvm.load %v495 : !llvm.ptr<3> -> i64
        %v497 = arith.addi %v71, %v492 : i64
        %v498 = arith.cmpi slt, %v497, %v65 : i64
        %v500 = arith.subi %size_T, %v499 : i64
        %v501 = arith.minsi %v497, %v500 : i64
        %v502 = arith.addi %v496, %v501 : i64
        %v504 = arith.muli %v494, %v503 : i64
        %v505 = arith.addi %v504, %v492 : i64
        %v506 = llvm.getelementptr %in_a[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v507 = llvm.load %v506 : !llvm.ptr -> f32
        %v509 = arith.muli %v75, %v508 : i64
        %v511 = arith.addi %v509, %v510 : i64
        %v512 = arith.addi %v511, %v17 : i64
        %v515 = arith.minsi %v512, %v514 : i64
        %v516 = arith.cmpi slt, %v512, %v513 : i64
        %v518 = arith.divui %v515, %v517 : i64
        %v519 = arith.remui %v515, %v517 : i64
        %v521 = arith.addi %v520, %v518 : i64
        %v522 = llvm.getelementptr %v8[%v521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v523 = llvm.load %v522 : !llvm.ptr<3> -> i64
        %v524 = arith.addi %v71, %v519 : i64
        %v525 = arith.cmpi slt, %v524, %v65 : i64
        %v527 = arith.subi %size_T, %v526 : i64
        %v528 = arith.minsi %v524, %v527 : i64
        %v529 = arith.addi %v523, %v528 : i64
        %v531 = arith.muli %v521, %v530 : i64
        %v532 = arith.addi %v531, %v519 : i64
        %v533 = llvm.getelementptr %in_a[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v534 = llvm.load %v533 : !llvm.ptr -> f32
        %v536 = arith.muli %v75, %v535 : i64
        %v538 = arith.addi %v536, %v537 : i64
        %v539 = arith.addi %v538, %v17 : i64
        %v542 = arith.minsi %v539, %v541 : i64
        %v543 = arith.cmpi slt, %v539, %v540 : i64
        %v545 = arith.divui %v542, %v544 : i64
        %v546 = arith.remui %v542, %v544 : i64
        %v548 = arith.addi %v547, %v545 : i64
        %v549 = llvm.getelementptr %v8[%v548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v550 = llvm.load %v549 : !llvm.ptr<3> -> i64
        %v551 = arith.addi %v71, %v546 : i64
        %v552 = arith.cmpi slt, %v551, %v65 : i64
        %v554 = arith.subi %size_T, %v553 : i64
        %v555 = arith.minsi %v551, %v554 : i64
        %v556 = arith.addi %v550, %v555 : i64
        %v558 = arith.muli %v548, %v557 : i64
        %v559 = arith.addi %v558, %v546 : i64
        %v560 = llvm.getelementptr %in_a[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v561 = llvm.load %v560 : !llvm.ptr -> f32
        %v563 = arith.muli %v75, %v562 : i64
        %v565 = arith.addi %v563, %v564 : i64
        %v566 = arith.addi %v565, %v17 : i64
        %v569 = arith.minsi %v566, %v568 : i64
        %v570 = arith.cmpi slt, %v566, %v567 : i64
        %v572 = arith.divui %v569, %v571 : i64
        %v573 = arith.remui %v569, %v571 : i64
        %v575 = arith.addi %v574, %v572 : i64
        %v576 = llvm.getelementptr %v8[%v575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v577 = llvm.load %v576 : !llvm.ptr<3> -> i64
        %v578 = arith.addi %v71, %v573 : i64
        %v579 = arith.cmpi slt, %v578, %v65 : i64
        %v581 = arith.subi %size_T, %v580 : i64
        %v582 = arith.minsi %v578, %v581 : i64
        %v583 = arith.addi %v577, %v582 : i64
        %v585 = arith.muli %v575, %v584 : i64
        %v586 = arith.addi %v585, %v573 : i64
        %v587 = llvm.getelementptr %in_a[%v583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v588 = llvm.load %v587 : !llvm.ptr -> f32
        %v590 = arith.muli %v75, %v589 : i64
        %v592 = arith.addi %v590, %v591 : i64
        %v593 = arith.addi %v592, %v17 : i64
        %v596 = arith.minsi %v593, %v595 : i64
        %v597 = arith.cmpi slt, %v593, %v594 : i64
        %v599 = arith.divui %v596, %v598 : i64
        %v600 = arith.remui %v596, %v598 : i64
        %v602 = arith.addi %v601, %v599 : i64
        %v603 = llvm.getelementptr %v8[%v602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v604 = llvm.load %v603 : !llvm.ptr<3> -> i64
        %v605 = arith.addi %v71, %v600 : i64
        %v606 = arith.cmpi slt, %v605, %v65 : i64
        %v608 = arith.subi %size_T, %v607 : i64
        %v609 = arith.minsi %v605, %v608 : i64
        %v610 = arith.addi %v604, %v609 : i64
        %v612 = arith.muli %v602, %v611 : i64
        %v613 = arith.addi %v612, %v600 : i64
        %v614 = llvm.getelementptr %in_a[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v615 = llvm.load %v614 : !llvm.ptr -> f32
        %v617 = arith.muli %v75, %v616 : i64
        %v619 = arith.addi %v617, %v618 : i64
        %v620 = arith.addi %v619, %v17 : i64
        %v623 = arith.minsi %v620, %v622 : i64
        %v624 = arith.cmpi slt, %v620, %v621 : i64
        %v626 = arith.divui %v623, %v625 : i64
        %v627 = arith.remui %v623, %v625 : i64
        %v629 = arith.addi %v628, %v626 : i64
        %v630 = llvm.getelementptr %v8[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v631 = llvm.load %v630 : !llvm.ptr<3> -> i64
        %v632 = arith.addi %v71, %v627 : i64
        %v633 = arith.cmpi slt, %v632, %v65 : i64
        %v635 = arith.subi %size_T, %v634 : i64
        %v636 = arith.minsi %v632, %v635 : i64
        %v637 = arith.addi %v631, %v636 : i64
        %v639 = arith.muli %v629, %v638 : i64
        %v640 = arith.addi %v639, %v627 : i64
        %v641 = llvm.getelementptr %in_a[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v642 = llvm.load %v641 : !llvm.ptr -> f32
        %v644 = arith.muli %v75, %v643 : i64
        %v646 = arith.addi %v644, %v645 : i64
        %v647 = arith.addi %v646, %v17 : i64
        %v650 = arith.minsi %v647, %v649 : i64
        %v651 = arith.cmpi slt, %v647, %v648 : i64
        %v653 = arith.divui %v650, %v652 : i64
        %v654 = arith.remui %v650, %v652 : i64
        %v656 = arith.addi %v655, %v653 : i64
        %v657 = llvm.getelementptr %v8[%v656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v658 = llvm.load %v657 : !llvm.ptr<3> -> i64
        %v659 = arith.addi %v71, %v654 : i64
        %v660 = arith.cmpi slt, %v659, %v65 : i64
        %v662 = arith.subi %size_T, %v661 : i64
        %v663 = arith.minsi %v659, %v662 : i64
        %v664 = arith.addi %v658, %v663 : i64
        %v666 = arith.muli %v656, %v665 : i64
        %v667 = arith.addi %v666, %v654 : i64
        %v668 = llvm.getelementptr %in_a[%v664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v669 = llvm.load %v668 : !llvm.ptr -> f32
        %v671 = arith.muli %v75, %v670 : i64
        %v673 = arith.addi %v671, %v672 : i64
        %v674 = arith.addi %v673, %v17 : i64
        %v677 = arith.minsi %v674, %v676 : i64
        %v678 = arith.cmpi slt, %v674, %v675 : i64
        %v680 = arith.divui %v677, %v679 : i64
        %v681 = arith.remui %v677, %v679 : i64
        %v683 = arith.addi %v682, %v680 : i64
        %v684 = llvm.getelementptr %v8[%v683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v685 = llvm.load %v684 : !llvm.ptr<3> -> i64
        %v686 = arith.addi %v71, %v681 : i64
        %v687 = arith.cmpi slt, %v686, %v65 : i64
        %v689 = arith.subi %size_T, %v688 : i64
        %v690 = arith.minsi %v686, %v689 : i64
        %v691 = arith.addi %v685, %v690 : i64
        %v693 = arith.muli %v683, %v692 : i64
        %v694 = arith.addi %v693, %v681 : i64
        %v695 = llvm.getelementptr %in_a[%v691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v696 = llvm.load %v695 : !llvm.ptr -> f32
        %v698 = arith.muli %v75, %v697 : i64
        %v700 = arith.addi %v698, %v699 : i64
        %v701 = arith.addi %v700, %v17 : i64
        %v704 = arith.minsi %v701, %v703 : i64
        %v705 = arith.cmpi slt, %v701, %v702 : i64
        %v707 = arith.divui %v704, %v706 : i64
        %v708 = arith.remui %v704, %v706 : i64
        %v710 = arith.addi %v709, %v707 : i64
        %v711 = llvm.getelementptr %v8[%v710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v712 = llvm.load %v711 : !llvm.ptr<3> -> i64
        %v713 = arith.addi %v71, %v708 : i64
        %v714 = arith.cmpi slt, %v713, %v65 : i64
        %v716 = arith.subi %size_T, %v715 : i64
        %v717 = arith.minsi %v713, %v716 : i64
        %v718 = arith.addi %v712, %v717 : i64
        %v720 = arith.muli %v710, %v719 : i64
        %v721 = arith.addi %v720, %v708 : i64
        %v722 = llvm.getelementptr %in_a[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v723 = llvm.load %v722 : !llvm.ptr -> f32
        %v725 = arith.muli %v75, %v724 : i64
        %v727 = arith.addi %v725, %v726 : i64
        %v728 = arith.addi %v727, %v17 : i64
        %v731 = arith.minsi %v728, %v730 : i64
        %v732 = arith.cmpi slt, %v728, %v729 : i64
        %v734 = arith.divui %v731, %v733 : i64
        %v735 = arith.remui %v731, %v733 : i64
        %v737 = arith.addi %v736, %v734 : i64
        %v738 = llvm.getelementptr %v8[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
        %v740 = arith.addi %v71, %v735 : i64
        %v741 = arith.cmpi slt, %v740, %v65 : i64
        %v743 = arith.subi %size_T, %v742 : i64
        %v744 = arith.minsi %v740, %v743 : i64
        %v745 = arith.addi %v739, %v744 : i64
        %v747 = arith.muli %v737, %v746 : i64
        %v748 = arith.addi %v747, %v735 : i64
        %v749 = llvm.getelementptr %in_a[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v750 = llvm.load %v749 : !llvm.ptr -> f32
        %v752 = arith.muli %v75, %v751 : i64
        %v754 = arith.addi %v752, %v753 : i64
        %v755 = arith.addi %v754, %v17 : i64
        %v758 = arith.minsi %v755, %v757 : i64
        %v759 = arith.cmpi slt, %v755, %v756 : i64
        %v761 = arith.divui %v758, %v760 : i64
        %v762 = arith.remui %v758, %v760 : i64
        %v764 = arith.addi %v763, %v761 : i64
        %v765 = llvm.getelementptr %v8[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v766 = llvm.load %v765 : !llvm.ptr<3> -> i64
        %v767 = arith.addi %v71, %v762 : i64
        %v768 = arith.cmpi slt, %v767, %v65 : i64
        %v770 = arith.subi %size_T, %v769 : i64
        %v771 = arith.minsi %v767, %v770 : i64
        %v772 = arith.addi %v766, %v771 : i64
        %v774 = arith.muli %v764, %v773 : i64
        %v775 = arith.addi %v774, %v762 : i64
        %v776 = llvm.getelementptr %in_a[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v777 = llvm.load %v776 : !llvm.ptr -> f32
        %v779 = arith.muli %v75, %v778 : i64
        %v781 = arith.addi %v779, %v780 : i64
        %v782 = arith.addi %v781, %v17 : i64
        %v785 = arith.minsi %v782, %v784 : i64
        %v786 = arith.cmpi slt, %v782, %v783 : i64
        %v788 = arith.divui %v785, %v787 : i64
        %v789 = arith.remui %v785, %v787 : i64
        %v791 = arith.addi %v790, %v788 : i64
        %v792 = llvm.getelementptr %v8[%v791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v793 = llvm.load %v792 : !llvm.ptr<3> -> i64
        %v794 = arith.addi %v71, %v789 : i64
        %v795 = arith.cmpi slt, %v794, %v65 : i64
        %v797 = arith.subi %size_T, %v796 : i64
        %v798 = arith.minsi %v794, %v797 : i64
        %v799 = arith.addi %v793, %v798 : i64
        %v801 = arith.muli %v791, %v800 : i64
        %v802 = arith.addi %v801, %v789 : i64
        %v803 = llvm.getelementptr %in_a[%v799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v804 = llvm.load %v803 : !llvm.ptr -> f32
        %v806 = arith.muli %v75, %v805 : i64
        %v808 = arith.addi %v806, %v807 : i64
        %v809 = arith.addi %v808, %v17 : i64
        %v812 = arith.minsi %v809, %v811 : i64
        %v813 = arith.cmpi slt, %v809, %v810 : i64
        %v815 = arith.divui %v812, %v814 : i64
        %v816 = arith.remui %v812, %v814 : i64
        %v818 = arith.addi %v817, %v815 : i64
        %v819 = llvm.getelementptr %v8[%v818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v820 = llvm.load %v819 : !llvm.ptr<3> -> i64
        %v821 = arith.addi %v71, %v816 : i64
        %v822 = arith.cmpi slt, %v821, %v65 : i64
        %v824 = arith.subi %size_T, %v823 : i64
        %v825 = arith.minsi %v821, %v824 : i64
        %v826 = arith.addi %v820, %v825 : i64
        %v828 = arith.muli %v818, %v827 : i64
        %v829 = arith.addi %v828, %v816 : i64
        %v830 = llvm.getelementptr %in_a[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v831 = llvm.load %v830 : !llvm.ptr -> f32
        %v833 = arith.muli %v75, %v832 : i64
        %v835 = arith.addi %v833, %v834 : i64
        %v836 = arith.addi %v835, %v17 : i64
        %v839 = arith.minsi %v836, %v838 : i64
        %v840 = arith.cmpi slt, %v836, %v837 : i64
        %v842 = arith.divui %v839, %v841 : i64
        %v843 = arith.remui %v839, %v841 : i64
        %v845 = arith.addi %v844, %v842 : i64
        %v846 = llvm.getelementptr %v8[%v845] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v847 = llvm.load %v846 : !llvm.ptr<3> -> i64
        %v848 = arith.addi %v71, %v843 : i64
        %v849 = arith.cmpi slt, %v848, %v65 : i64
        %v851 = arith.subi %size_T, %v850 : i64
        %v852 = arith.minsi %v848, %v851 : i64
        %v853 = arith.addi %v847, %v852 : i64
        %v855 = arith.muli %v845, %v854 : i64
        %v856 = arith.addi %v855, %v843 : i64
        %v857 = llvm.getelementptr %in_a[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v858 = llvm.load %v857 : !llvm.ptr -> f32
        %v860 = arith.muli %v75, %v859 : i64
        %v862 = arith.addi %v860, %v861 : i64
        %v863 = arith.addi %v862, %v17 : i64
        %v866 = arith.minsi %v863, %v865 : i64
        %v867 = arith.cmpi slt, %v863, %v864 : i64
        %v869 = arith.divui %v866, %v868 : i64
        %v870 = arith.remui %v866, %v868 : i64
        %v872 = arith.addi %v871, %v869 : i64
        %v873 = llvm.getelementptr %v8[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v874 = llvm.load %v873 : !llvm.ptr<3> -> i64
        %v875 = arith.addi %v71, %v870 : i64
        %v876 = arith.cmpi slt, %v875, %v65 : i64
        %v878 = arith.subi %size_T, %v877 : i64
        %v879 = arith.minsi %v875, %v878 : i64
        %v880 = arith.addi %v874, %v879 : i64
        %v882 = arith.muli %v872, %v881 : i64
        %v883 = arith.addi %v882, %v870 : i64
        %v884 = llvm.getelementptr %in_a[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v885 = llvm.load %v884 : !llvm.ptr -> f32
        %v887 = arith.muli %v75, %v886 : i64
        %v889 = arith.addi %v887, %v888 : i64
        %v890 = arith.addi %v889, %v17 : i64
        %v893 = arith.minsi %v890, %v892 : i64
        %v894 = arith.cmpi slt, %v890, %v891 : i64
        %v896 = arith.divui %v893, %v895 : i64
        %v897 = arith.remui %v893, %v895 : i64
        %v899 = arith.addi %v898, %v896 : i64
        %v900 = llvm.getelementptr %v8[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v901 = llvm.load %v900 : !llvm.ptr<3> -> i64
        %v902 = arith.addi %v71, %v897 : i64
        %v903 = arith.cmpi slt, %v902, %v65 : i64
        %v905 = arith.subi %size_T, %v904 : i64
        %v906 = arith.minsi %v902, %v905 : i64
        %v907 = arith.addi %v901, %v906 : i64
        %v909 = arith.muli %v899, %v908 : i64
        %v910 = arith.addi %v909, %v897 : i64
        %v911 = llvm.getelementptr %in_a[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v912 = llvm.load %v911 : !llvm.ptr -> f32
        %v914 = arith.muli %v75, %v913 : i64
        %v916 = arith.addi %v914, %v915 : i64
        %v917 = arith.addi %v916, %v17 : i64
        %v920 = arith.minsi %v917, %v919 : i64
        %v921 = arith.cmpi slt, %v917, %v918 : i64
        %v923 = arith.divui %v920, %v922 : i64
        %v924 = arith.remui %v920, %v922 : i64
        %v926 = arith.addi %v925, %v923 : i64
        %v927 = llvm.getelementptr %v8[%v926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v928 = llvm.load %v927 : !llvm.ptr<3> -> i64
        %v929 = arith.addi %v71, %v924 : i64
        %v930 = arith.cmpi slt, %v929, %v65 : i64
        %v932 = arith.subi %size_T, %v931 : i64
        %v933 = arith.minsi %v929, %v932 : i64
        %v934 = arith.addi %v928, %v933 : i64
        %v936 = arith.muli %v926, %v935 : i64
        %v937 = arith.addi %v936, %v924 : i64
        %v938 = llvm.getelementptr %in_a[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v939 = llvm.load %v938 : !llvm.ptr -> f32
        scf.if %v84 {
          %v940 = llvm.getelementptr %v9[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v102, %v940 : f32, !llvm.ptr<3>
        }
        scf.if %v111 {
          %v941 = llvm.getelementptr %v9[%v127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v129, %v941 : f32, !llvm.ptr<3>
        }
        scf.if %v138 {
          %v942 = llvm.getelementptr %v9[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v156, %v942 : f32, !llvm.ptr<3>
        }
        scf.if %v165 {
          %v943 = llvm.getelementptr %v9[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v183, %v943 : f32, !llvm.ptr<3>
        }
        scf.if %v192 {
          %v944 = llvm.getelementptr %v9[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v210, %v944 : f32, !llvm.ptr<3>
        }
        scf.if %v219 {
          %v945 = llvm.getelementptr %v9[%v235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v237, %v945 : f32, !llvm.ptr<3>
        }
        scf.if %v246 {
          %v946 = llvm.getelementptr %v9[%v262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v264, %v946 : f32, !llvm.ptr<3>
        }
        scf.if %v273 {
          %v947 = llvm.getelementptr %v9[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v291, %v947 : f32, !llvm.ptr<3>
        }
        scf.if %v300 {
          %v948 = llvm.getelementptr %v9[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v318, %v948 : f32, !llvm.ptr<3>
        }
        scf.if %v327 {
          %v949 = llvm.getelementptr %v9[%v343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v345, %v949 : f32, !llvm.ptr<3>
        }
        scf.if %v354 {
          %v950 = llvm.getelementptr %v9[%v370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v372, %v950 : f32, !llvm.ptr<3>
        }
        scf.if %v381 {
          %v951 = llvm.getelementptr %v9[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v399, %v951 : f32, !llvm.ptr<3>
        }
        scf.if %v408 {
          %v952 = llvm.getelementptr %v9[%v424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v426, %v952 : f32, !llvm.ptr<3>
        }
        scf.if %v435 {
          %v953 = llvm.getelementptr %v9[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v453, %v953 : f32, !llvm.ptr<3>
        }
        scf.if %v462 {
          %v954 = llvm.getelementptr %v9[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v480, %v954 : f32, !llvm.ptr<3>
        }
        scf.if %v489 {
          %v955 = llvm.getelementptr %v9[%v505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v507, %v955 : f32, !llvm.ptr<3>
        }
        scf.if %v516 {
          %v956 = llvm.getelementptr %v9[%v532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v534, %v956 : f32, !llvm.ptr<3>
        }
        scf.if %v543 {
          %v957 = llvm.getelementptr %v9[%v559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v561, %v957 : f32, !llvm.ptr<3>
        }
        scf.if %v570 {
          %v958 = llvm.getelementptr %v9[%v586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v588, %v958 : f32, !llvm.ptr<3>
        }
        scf.if %v597 {
          %v959 = llvm.getelementptr %v9[%v613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v615, %v959 : f32, !llvm.ptr<3>
        }
        scf.if %v624 {
          %v960 = llvm.getelementptr %v9[%v640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v642, %v960 : f32, !llvm.ptr<3>
        }
        scf.if %v651 {
          %v961 = llvm.getelementptr %v9[%v667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v669, %v961 : f32, !llvm.ptr<3>
        }
        scf.if %v678 {
          %v962 = llvm.getelementptr %v9[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v696, %v962 : f32, !llvm.ptr<3>
        }
        scf.if %v705 {
          %v963 = llvm.getelementptr %v9[%v721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v723, %v963 : f32, !llvm.ptr<3>
        }
        scf.if %v732 {
          %v964 = llvm.getelementptr %v9[%v748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v750, %v964 : f32, !llvm.ptr<3>
        }
        scf.if %v759 {
          %v965 = llvm.getelementptr %v9[%v775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v777, %v965 : f32, !llvm.ptr<3>
        }
        scf.if %v786 {
          %v966 = llvm.getelementptr %v9[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v804, %v966 : f32, !llvm.ptr<3>
        }
        scf.if %v813 {
          %v967 = llvm.getelementptr %v9[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v831, %v967 : f32, !llvm.ptr<3>
        }
        scf.if %v840 {
          %v968 = llvm.getelementptr %v9[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v858, %v968 : f32, !llvm.ptr<3>
        }
        scf.if %v867 {
          %v969 = llvm.getelementptr %v9[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v885, %v969 : f32, !llvm.ptr<3>
        }
        scf.if %v894 {
          %v970 = llvm.getelementptr %v9[%v910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v912, %v970 : f32, !llvm.ptr<3>
        }
        scf.if %v921 {
          %v971 = llvm.getelementptr %v9[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v939, %v971 : f32, !llvm.ptr<3>
        }
        %v974 = arith.muli %v972, %v973 : i64
        %v976 = arith.addi %v974, %v975 : i64
        %v977 = arith.addi %v976, %v17 : i64
        %v980 = arith.minsi %v977, %v979 : i64
        %v981 = arith.cmpi slt, %v977, %v978 : i64
        %v983 = arith.divui %v980, %v982 : i64
        %v984 = arith.remui %v980, %v982 : i64
        %v986 = arith.addi %v985, %v983 : i64
        %v987 = llvm.getelementptr %v8[%v986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v988 = llvm.load %v987 : !llvm.ptr<3> -> i64
        %v989 = arith.addi %v71, %v984 : i64
        %v990 = arith.cmpi slt, %v989, %v65 : i64
        %v992 = arith.subi %size_T, %v991 : i64
        %v993 = arith.minsi %v989, %v992 : i64
        %v994 = arith.addi %v988, %v993 : i64
        %v996 = arith.muli %v986, %v995 : i64
        %v997 = arith.addi %v996, %v984 : i64
        %v998 = llvm.getelementptr %in_x[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v999 = llvm.load %v998 : !llvm.ptr -> f32
        %v1001 = arith.muli %v972, %v1000 : i64
        %v1003 = arith.addi %v1001, %v1002 : i64
        %v1004 = arith.addi %v1003, %v17 : i64
        %v1007 = arith.minsi %v1004, %v1006 : i64
        %v1008 = arith.cmpi slt, %v1004, %v1005 : i64
        %v1010 = arith.divui %v1007, %v1009 : i64
        %v1011 = arith.remui %v1007, %v1009 : i64
        %v1013 = arith.addi %v1012, %v1010 : i64
        %v1014 = llvm.getelementptr %v8[%v1013] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1015 = llvm.load %v1014 : !llvm.ptr<3> -> i64
        %v1016 = arith.addi %v71, %v1011 : i64
        %v1017 = arith.cmpi slt, %v1016, %v65 : i64
        %v1019 = arith.subi %size_T, %v1018 : i64
        %v1020 = arith.minsi %v1016, %v1019 : i64
        %v1021 = arith.addi %v1015, %v1020 : i64
        %v1023 = arith.muli %v1013, %v1022 : i64
        %v1024 = arith.addi %v1023, %v1011 : i64
        %v1025 = llvm.getelementptr %in_x[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1026 = llvm.load %v1025 : !llvm.ptr -> f32
        %v1028 = arith.muli %v972, %v1027 : i64
        %v1030 = arith.addi %v1028, %v1029 : i64
        %v1031 = arith.addi %v1030, %v17 : i64
        %v1034 = arith.minsi %v1031, %v1033 : i64
        %v1035 = arith.cmpi slt, %v1031, %v1032 : i64
        %v1037 = arith.divui %v1034, %v1036 : i64
        %v1038 = arith.remui %v1034, %v1036 : i64
        %v1040 = arith.addi %v1039, %v1037 : i64
        %v1041 = llvm.getelementptr %v8[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1042 = llvm.load %v1041 : !llvm.ptr<3> -> i64
        %v1043 = arith.addi %v71, %v1038 : i64
        %v1044 = arith.cmpi slt, %v1043, %v65 : i64
        %v1046 = arith.subi %size_T, %v1045 : i64
        %v1047 = arith.minsi %v1043, %v1046 : i64
        %v1048 = arith.addi %v1042, %v1047 : i64
        %v1050 = arith.muli %v1040, %v1049 : i64
        %v1051 = arith.addi %v1050, %v1038 : i64
        %v1052 = llvm.getelementptr %in_x[%v1048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
        %v1055 = arith.muli %v972, %v1054 : i64
        %v1057 = arith.addi %v1055, %v1056 : i64
        %v1058 = arith.addi %v1057, %v17 : i64
        %v1061 = arith.minsi %v1058, %v1060 : i64
        %v1062 = arith.cmpi slt, %v1058, %v1059 : i64
        %v1064 = arith.divui %v1061, %v1063 : i64
        %v1065 = arith.remui %v1061, %v1063 : i64
        %v1067 = arith.addi %v1066, %v1064 : i64
        %v1068 = llvm.getelementptr %v8[%v1067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1069 = llvm.load %v1068 : !llvm.ptr<3> -> i64
        %v1070 = arith.addi %v71, %v1065 : i64
        %v1071 = arith.cmpi slt, %v1070, %v65 : i64
        %v1073 = arith.subi %size_T, %v1072 : i64
        %v1074 = arith.minsi %v1070, %v1073 : i64
        %v1075 = arith.addi %v1069, %v1074 : i64
        %v1077 = arith.muli %v1067, %v1076 : i64
        %v1078 = arith.addi %v1077, %v1065 : i64
        %v1079 = llvm.getelementptr %in_x[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
        %v1082 = arith.muli %v972, %v1081 : i64
        %v1084 = arith.addi %v1082, %v1083 : i64
        %v1085 = arith.addi %v1084, %v17 : i64
        %v1088 = arith.minsi %v1085, %v1087 : i64
        %v1089 = arith.cmpi slt, %v1085, %v1086 : i64
        %v1091 = arith.divui %v1088, %v1090 : i64
        %v1092 = arith.remui %v1088, %v1090 : i64
        %v1094 = arith.addi %v1093, %v1091 : i64
        %v1095 = llvm.getelementptr %v8[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
        %v1097 = arith.addi %v71, %v1092 : i64
        %v1098 = arith.cmpi slt, %v1097, %v65 : i64
        %v1100 = arith.subi %size_T, %v1099 : i64
        %v1101 = arith.minsi %v1097, %v1100 : i64
        %v1102 = arith.addi %v1096, %v1101 : i64
        %v1104 = arith.muli %v1094, %v1103 : i64
        %v1105 = arith.addi %v1104, %v1092 : i64
        %v1106 = llvm.getelementptr %in_x[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1107 = llvm.load %v1106 : !llvm.ptr -> f32
        %v1109 = arith.muli %v972, %v1108 : i64
        %v1111 = arith.addi %v1109, %v1110 : i64
        %v1112 = arith.addi %v1111, %v17 : i64
        %v1115 = arith.minsi %v1112, %v1114 : i64
        %v1116 = arith.cmpi slt, %v1112, %v1113 : i64
        %v1118 = arith.divui %v1115, %v1117 : i64
        %v1119 = arith.remui %v1115, %v1117 : i64
        %v1121 = arith.addi %v1120, %v1118 : i64
        %v1122 = llvm.getelementptr %v8[%v1121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1123 = llvm.load %v1122 : !llvm.ptr<3> -> i64
        %v1124 = arith.addi %v71, %v1119 : i64
        %v1125 = arith.cmpi slt, %v1124, %v65 : i64
        %v1127 = arith.subi %size_T, %v1126 : i64
        %v1128 = arith.minsi %v1124, %v1127 : i64
        %v1129 = arith.addi %v1123, %v1128 : i64
        %v1131 = arith.muli %v1121, %v1130 : i64
        %v1132 = arith.addi %v1131, %v1119 : i64
        %v1133 = llvm.getelementptr %in_x[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1134 = llvm.load %v1133 : !llvm.ptr -> f32
        %v1136 = arith.muli %v972, %v1135 : i64
        %v1138 = arith.addi %v1136, %v1137 : i64
        %v1139 = arith.addi %v1138, %v17 : i64
        %v1142 = arith.minsi %v1139, %v1141 : i64
        %v1143 = arith.cmpi slt, %v1139, %v1140 : i64
        %v1145 = arith.divui %v1142, %v1144 : i64
        %v1146 = arith.remui %v1142, %v1144 : i64
        %v1148 = arith.addi %v1147, %v1145 : i64
        %v1149 = llvm.getelementptr %v8[%v1148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1150 = llvm.load %v1149 : !llvm.ptr<3> -> i64
        %v1151 = arith.addi %v71, %v1146 : i64
        %v1152 = arith.cmpi slt, %v1151, %v65 : i64
        %v1154 = arith.subi %size_T, %v1153 : i64
        %v1155 = arith.minsi %v1151, %v1154 : i64
        %v1156 = arith.addi %v1150, %v1155 : i64
        %v1158 = arith.muli %v1148, %v1157 : i64
        %v1159 = arith.addi %v1158, %v1146 : i64
        %v1160 = llvm.getelementptr %in_x[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
        %v1163 = arith.muli %v972, %v1162 : i64
        %v1165 = arith.addi %v1163, %v1164 : i64
        %v1166 = arith.addi %v1165, %v17 : i64
        %v1169 = arith.minsi %v1166, %v1168 : i64
        %v1170 = arith.cmpi slt, %v1166, %v1167 : i64
        %v1172 = arith.divui %v1169, %v1171 : i64
        %v1173 = arith.remui %v1169, %v1171 : i64
        %v1175 = arith.addi %v1174, %v1172 : i64
        %v1176 = llvm.getelementptr %v8[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
        %v1178 = arith.addi %v71, %v1173 : i64
        %v1179 = arith.cmpi slt, %v1178, %v65 : i64
        %v1181 = arith.subi %size_T, %v1180 : i64
        %v1182 = arith.minsi %v1178, %v1181 : i64
        %v1183 = arith.addi %v1177, %v1182 : i64
        %v1185 = arith.muli %v1175, %v1184 : i64
        %v1186 = arith.addi %v1185, %v1173 : i64
        %v1187 = llvm.getelementptr %in_x[%v1183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
        %v1190 = arith.muli %v972, %v1189 : i64
        %v1192 = arith.addi %v1190, %v1191 : i64
        %v1193 = arith.addi %v1192, %v17 : i64
        %v1196 = arith.minsi %v1193, %v1195 : i64
        %v1197 = arith.cmpi slt, %v1193, %v1194 : i64
        %v1199 = arith.divui %v1196, %v1198 : i64
        %v1200 = arith.remui %v1196, %v1198 : i64
        %v1202 = arith.addi %v1201, %v1199 : i64
        %v1203 = llvm.getelementptr %v8[%v1202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1204 = llvm.load %v1203 : !llvm.ptr<3> -> i64
        %v1205 = arith.addi %v71, %v1200 : i64
        %v1206 = arith.cmpi slt, %v1205, %v65 : i64
        %v1208 = arith.subi %size_T, %v1207 : i64
        %v1209 = arith.minsi %v1205, %v1208 : i64
        %v1210 = arith.addi %v1204, %v1209 : i64
        %v1212 = arith.muli %v1202, %v1211 : i64
        %v1213 = arith.addi %v1212, %v1200 : i64
        %v1214 = llvm.getelementptr %in_x[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
        %v1217 = arith.muli %v972, %v1216 : i64
        %v1219 = arith.addi %v1217, %v1218 : i64
        %v1220 = arith.addi %v1219, %v17 : i64
        %v1223 = arith.minsi %v1220, %v1222 : i64
        %v1224 = arith.cmpi slt, %v1220, %v1221 : i64
        %v1226 = arith.divui %v1223, %v1225 : i64
        %v1227 = arith.remui %v1223, %v1225 : i64
        %v1229 = arith.addi %v1228, %v1226 : i64
        %v1230 = llvm.getelementptr %v8[%v1229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1231 = llvm.load %v1230 : !llvm.ptr<3> -> i64
        %v1232 = arith.addi %v71, %v1227 : i64
        %v1233 = arith.cmpi slt, %v1232, %v65 : i64
        %v1235 = arith.subi %size_T, %v1234 : i64
        %v1236 = arith.minsi %v1232, %v1235 : i64
        %v1237 = arith.addi %v1231, %v1236 : i64
        %v1239 = arith.muli %v1229, %v1238 : i64
        %v1240 = arith.addi %v1239, %v1227 : i64
        %v1241 = llvm.getelementptr %in_x[%v1237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
        %v1244 = arith.muli %v972, %v1243 : i64
        %v1246 = arith.addi %v1244, %v1245 : i64
        %v1247 = arith.addi %v1246, %v17 : i64
        %v1250 = arith.minsi %v1247, %v1249 : i64
        %v1251 = arith.cmpi slt, %v1247, %v1248 : i64
        %v1253 = arith.divui %v1250, %v1252 : i64
        %v1254 = arith.remui %v1250, %v1252 : i64
        %v1256 = arith.addi %v1255, %v1253 : i64
        %v1257 = llvm.getelementptr %v8[%v1256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1258 = llvm.load %v1257 : !llvm.ptr<3> -> i64
        %v1259 = arith.addi %v71, %v1254 : i64
        %v1260 = arith.cmpi slt, %v1259, %v65 : i64
        %v1262 = arith.subi %size_T, %v1261 : i64
        %v1263 = arith.minsi %v1259, %v1262 : i64
        %v1264 = arith.addi %v1258, %v1263 : i64
        %v1266 = arith.muli %v1256, %v1265 : i64
        %v1267 = arith.addi %v1266, %v1254 : i64
        %v1268 = llvm.getelementptr %in_x[%v1264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1269 = llvm.load %v1268 : !llvm.ptr -> f32
        %v1271 = arith.muli %v972, %v1270 : i64
        %v1273 = arith.addi %v1271, %v1272 : i64
        %v1274 = arith.addi %v1273, %v17 : i64
        %v1277 = arith.minsi %v1274, %v1276 : i64
        %v1278 = arith.cmpi slt, %v1274, %v1275 : i64
        %v1280 = arith.divui %v1277, %v1279 : i64
        %v1281 = arith.remui %v1277, %v1279 : i64
        %v1283 = arith.addi %v1282, %v1280 : i64
        %v1284 = llvm.getelementptr %v8[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1285 = llvm.load %v1284 : !llvm.ptr<3> -> i64
        %v1286 = arith.addi %v71, %v1281 : i64
        %v1287 = arith.cmpi slt, %v1286, %v65 : i64
        %v1289 = arith.subi %size_T, %v1288 : i64
        %v1290 = arith.minsi %v1286, %v1289 : i64
        %v1291 = arith.addi %v1285, %v1290 : i64
        %v1293 = arith.muli %v1283, %v1292 : i64
        %v1294 = arith.addi %v1293, %v1281 : i64
        %v1295 = llvm.getelementptr %in_x[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1296 = llvm.load %v1295 : !llvm.ptr -> f32
        %v1298 = arith.muli %v972, %v1297 : i64
        %v1300 = arith.addi %v1298, %v1299 : i64
        %v1301 = arith.addi %v1300, %v17 : i64
        %v1304 = arith.minsi %v1301, %v1303 : i64
        %v1305 = arith.cmpi slt, %v1301, %v1302 : i64
        %v1307 = arith.divui %v1304, %v1306 : i64
        %v1308 = arith.remui %v1304, %v1306 : i64
        %v1310 = arith.addi %v1309, %v1307 : i64
        %v1311 = llvm.getelementptr %v8[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1312 = llvm.load %v1311 : !llvm.ptr<3> -> i64
        %v1313 = arith.addi %v71, %v1308 : i64
        %v1314 = arith.cmpi slt, %v1313, %v65 : i64
        %v1316 = arith.subi %size_T, %v1315 : i64
        %v1317 = arith.minsi %v1313, %v1316 : i64
        %v1318 = arith.addi %v1312, %v1317 : i64
        %v1320 = arith.muli %v1310, %v1319 : i64
        %v1321 = arith.addi %v1320, %v1308 : i64
        %v1322 = llvm.getelementptr %in_x[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1323 = llvm.load %v1322 : !llvm.ptr -> f32
        %v1325 = arith.muli %v972, %v1324 : i64
        %v1327 = arith.addi %v1325, %v1326 : i64
        %v1328 = arith.addi %v1327, %v17 : i64
        %v1331 = arith.minsi %v1328, %v1330 : i64
        %v1332 = arith.cmpi slt, %v1328, %v1329 : i64
        %v1334 = arith.divui %v1331, %v1333 : i64
        %v1335 = arith.remui %v1331, %v1333 : i64
        %v1337 = arith.addi %v1336, %v1334 : i64
        %v1338 = llvm.getelementptr %v8[%v1337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1339 = llvm.load %v1338 : !llvm.ptr<3> -> i64
        %v1340 = arith.addi %v71, %v1335 : i64
        %v1341 = arith.cmpi slt, %v1340, %v65 : i64
        %v1343 = arith.subi %size_T, %v1342 : i64
        %v1344 = arith.minsi %v1340, %v1343 : i64
        %v1345 = arith.addi %v1339, %v1344 : i64
        %v1347 = arith.muli %v1337, %v1346 : i64
        %v1348 = arith.addi %v1347, %v1335 : i64
        %v1349 = llvm.getelementptr %in_x[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
        %v1352 = arith.muli %v972, %v1351 : i64
        %v1354 = arith.addi %v1352, %v1353 : i64
        %v1355 = arith.addi %v1354, %v17 : i64
        %v1358 = arith.minsi %v1355, %v1357 : i64
        %v1359 = arith.cmpi slt, %v1355, %v1356 : i64
        %v1361 = arith.divui %v1358, %v1360 : i64
        %v1362 = arith.remui %v1358, %v1360 : i64
        %v1364 = arith.addi %v1363, %v1361 : i64
        %v1365 = llvm.getelementptr %v8[%v1364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1366 = llvm.load %v1365 : !llvm.ptr<3> -> i64
        %v1367 = arith.addi %v71, %v1362 : i64
        %v1368 = arith.cmpi slt, %v1367, %v65 : i64
        %v1370 = arith.subi %size_T, %v1369 : i64
        %v1371 = arith.minsi %v1367, %v1370 : i64
        %v1372 = arith.addi %v1366, %v1371 : i64
        %v1374 = arith.muli %v1364, %v1373 : i64
        %v1375 = arith.addi %v1374, %v1362 : i64
        %v1376 = llvm.getelementptr %in_x[%v1372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1377 = llvm.load %v1376 : !llvm.ptr -> f32
        %v1379 = arith.muli %v972, %v1378 : i64
        %v1381 = arith.addi %v1379, %v1380 : i64
        %v1382 = arith.addi %v1381, %v17 : i64
        %v1385 = arith.minsi %v1382, %v1384 : i64
        %v1386 = arith.cmpi slt, %v1382, %v1383 : i64
        %v1388 = arith.divui %v1385, %v1387 : i64
        %v1389 = arith.remui %v1385, %v1387 : i64
        %v1391 = arith.addi %v1390, %v1388 : i64
        %v1392 = llvm.getelementptr %v8[%v1391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1393 = llvm.load %v1392 : !llvm.ptr<3> -> i64
        %v1394 = arith.addi %v71, %v1389 : i64
        %v1395 = arith.cmpi slt, %v1394, %v65 : i64
        %v1397 = arith.subi %size_T, %v1396 : i64
        %v1398 = arith.minsi %v1394, %v1397 : i64
        %v1399 = arith.addi %v1393, %v1398 : i64
        %v1401 = arith.muli %v1391, %v1400 : i64
        %v1402 = arith.addi %v1401, %v1389 : i64
        %v1403 = llvm.getelementptr %in_x[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1404 = llvm.load %v1403 : !llvm.ptr -> f32
        %v1406 = arith.muli %v972, %v1405 : i64
        %v1408 = arith.addi %v1406, %v1407 : i64
        %v1409 = arith.addi %v1408, %v17 : i64
        %v1412 = arith.minsi %v1409, %v1411 : i64
        %v1413 = arith.cmpi slt, %v1409, %v1410 : i64
        %v1415 = arith.divui %v1412, %v1414 : i64
        %v1416 = arith.remui %v1412, %v1414 : i64
        %v1418 = arith.addi %v1417, %v1415 : i64
        %v1419 = llvm.getelementptr %v8[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1420 = llvm.load %v1419 : !llvm.ptr<3> -> i64
        %v1421 = arith.addi %v71, %v1416 : i64
        %v1422 = arith.cmpi slt, %v1421, %v65 : i64
        %v1424 = arith.subi %size_T, %v1423 : i64
        %v1425 = arith.minsi %v1421, %v1424 : i64
        %v1426 = arith.addi %v1420, %v1425 : i64
        %v1428 = arith.muli %v1418, %v1427 : i64
        %v1429 = arith.addi %v1428, %v1416 : i64
        %v1430 = llvm.getelementptr %in_x[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
        %v1433 = arith.muli %v972, %v1432 : i64
        %v1435 = arith.addi %v1433, %v1434 : i64
        %v1436 = arith.addi %v1435, %v17 : i64
        %v1439 = arith.minsi %v1436, %v1438 : i64
        %v1440 = arith.cmpi slt, %v1436, %v1437 : i64
        %v1442 = arith.divui %v1439, %v1441 : i64
        %v1443 = arith.remui %v1439, %v1441 : i64
        %v1445 = arith.addi %v1444, %v1442 : i64
        %v1446 = llvm.getelementptr %v8[%v1445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1447 = llvm.load %v1446 : !llvm.ptr<3> -> i64
        %v1448 = arith.addi %v71, %v1443 : i64
        %v1449 = arith.cmpi slt, %v1448, %v65 : i64
        %v1451 = arith.subi %size_T, %v1450 : i64
        %v1452 = arith.minsi %v1448, %v1451 : i64
        %v1453 = arith.addi %v1447, %v1452 : i64
        %v1455 = arith.muli %v1445, %v1454 : i64
        %v1456 = arith.addi %v1455, %v1443 : i64
        %v1457 = llvm.getelementptr %in_x[%v1453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1458 = llvm.load %v1457 : !llvm.ptr -> f32
        %v1460 = arith.muli %v972, %v1459 : i64
        %v1462 = arith.addi %v1460, %v1461 : i64
        %v1463 = arith.addi %v1462, %v17 : i64
        %v1466 = arith.minsi %v1463, %v1465 : i64
        %v1467 = arith.cmpi slt, %v1463, %v1464 : i64
        %v1469 = arith.divui %v1466, %v1468 : i64
        %v1470 = arith.remui %v1466, %v1468 : i64
        %v1472 = arith.addi %v1471, %v1469 : i64
        %v1473 = llvm.getelementptr %v8[%v1472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1474 = llvm.load %v1473 : !llvm.ptr<3> -> i64
        %v1475 = arith.addi %v71, %v1470 : i64
        %v1476 = arith.cmpi slt, %v1475, %v65 : i64
        %v1478 = arith.subi %size_T, %v1477 : i64
        %v1479 = arith.minsi %v1475, %v1478 : i64
        %v1480 = arith.addi %v1474, %v1479 : i64
        %v1482 = arith.muli %v1472, %v1481 : i64
        %v1483 = arith.addi %v1482, %v1470 : i64
        %v1484 = llvm.getelementptr %in_x[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1485 = llvm.load %v1484 : !llvm.ptr -> f32
        %v1487 = arith.muli %v972, %v1486 : i64
        %v1489 = arith.addi %v1487, %v1488 : i64
        %v1490 = arith.addi %v1489, %v17 : i64
        %v1493 = arith.minsi %v1490, %v1492 : i64
        %v1494 = arith.cmpi slt, %v1490, %v1491 : i64
        %v1496 = arith.divui %v1493, %v1495 : i64
        %v1497 = arith.remui %v1493, %v1495 : i64
        %v1499 = arith.addi %v1498, %v1496 : i64
        %v1500 = llvm.getelementptr %v8[%v1499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1501 = llvm.load %v1500 : !llvm.ptr<3> -> i64
        %v1502 = arith.addi %v71, %v1497 : i64
        %v1503 = arith.cmpi slt, %v1502, %v65 : i64
        %v1505 = arith.subi %size_T, %v1504 : i64
        %v1506 = arith.minsi %v1502, %v1505 : i64
        %v1507 = arith.addi %v1501, %v1506 : i64
        %v1509 = arith.muli %v1499, %v1508 : i64
        %v1510 = arith.addi %v1509, %v1497 : i64
        %v1511 = llvm.getelementptr %in_x[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1512 = llvm.load %v1511 : !llvm.ptr -> f32
        %v1514 = arith.muli %v972, %v1513 : i64
        %v1516 = arith.addi %v1514, %v1515 : i64
        %v1517 = arith.addi %v1516, %v17 : i64
        %v1520 = arith.minsi %v1517, %v1519 : i64
        %v1521 = arith.cmpi slt, %v1517, %v1518 : i64
        %v1523 = arith.divui %v1520, %v1522 : i64
        %v1524 = arith.remui %v1520, %v1522 : i64
        %v1526 = arith.addi %v1525, %v1523 : i64
        %v1527 = llvm.getelementptr %v8[%v1526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1528 = llvm.load %v1527 : !llvm.ptr<3> -> i64
        %v1529 = arith.addi %v71, %v1524 : i64
        %v1530 = arith.cmpi slt, %v1529, %v65 : i64
        %v1532 = arith.subi %size_T, %v1531 : i64
        %v1533 = arith.minsi %v1529, %v1532 : i64
        %v1534 = arith.addi %v1528, %v1533 : i64
        %v1536 = arith.muli %v1526, %v1535 : i64
        %v1537 = arith.addi %v1536, %v1524 : i64
        %v1538 = llvm.getelementptr %in_x[%v1534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1539 = llvm.load %v1538 : !llvm.ptr -> f32
        %v1541 = arith.muli %v972, %v1540 : i64
        %v1543 = arith.addi %v1541, %v1542 : i64
        %v1544 = arith.addi %v1543, %v17 : i64
        %v1547 = arith.minsi %v1544, %v1546 : i64
        %v1548 = arith.cmpi slt, %v1544, %v1545 : i64
        %v1550 = arith.divui %v1547, %v1549 : i64
        %v1551 = arith.remui %v1547, %v1549 : i64
        %v1553 = arith.addi %v1552, %v1550 : i64
        %v1554 = llvm.getelementptr %v8[%v1553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1555 = llvm.load %v1554 : !llvm.ptr<3> -> i64
        %v1556 = arith.addi %v71, %v1551 : i64
        %v1557 = arith.cmpi slt, %v1556, %v65 : i64
        %v1559 = arith.subi %size_T, %v1558 : i64
        %v1560 = arith.minsi %v1556, %v1559 : i64
        %v1561 = arith.addi %v1555, %v1560 : i64
        %v1563 = arith.muli %v1553, %v1562 : i64
        %v1564 = arith.addi %v1563, %v1551 : i64
        %v1565 = llvm.getelementptr %in_x[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
        %v1568 = arith.muli %v972, %v1567 : i64
        %v1570 = arith.addi %v1568, %v1569 : i64
        %v1571 = arith.addi %v1570, %v17 : i64
        %v1574 = arith.minsi %v1571, %v1573 : i64
        %v1575 = arith.cmpi slt, %v1571, %v1572 : i64
        %v1577 = arith.divui %v1574, %v1576 : i64
        %v1578 = arith.remui %v1574, %v1576 : i64
        %v1580 = arith.addi %v1579, %v1577 : i64
        %v1581 = llvm.getelementptr %v8[%v1580] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1582 = llvm.load %v1581 : !llvm.ptr<3> -> i64
        %v1583 = arith.addi %v71, %v1578 : i64
        %v1584 = arith.cmpi slt, %v1583, %v65 : i64
        %v1586 = arith.subi %size_T, %v1585 : i64
        %v1587 = arith.minsi %v1583, %v1586 : i64
        %v1588 = arith.addi %v1582, %v1587 : i64
        %v1590 = arith.muli %v1580, %v1589 : i64
        %v1591 = arith.addi %v1590, %v1578 : i64
        %v1592 = llvm.getelementptr %in_x[%v1588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
        %v1595 = arith.muli %v972, %v1594 : i64
        %v1597 = arith.addi %v1595, %v1596 : i64
        %v1598 = arith.addi %v1597, %v17 : i64
        %v1601 = arith.minsi %v1598, %v1600 : i64
        %v1602 = arith.cmpi slt, %v1598, %v1599 : i64
        %v1604 = arith.divui %v1601, %v1603 : i64
        %v1605 = arith.remui %v1601, %v1603 : i64
        %v1607 = arith.addi %v1606, %v1604 : i64
        %v1608 = llvm.getelementptr %v8[%v1607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1609 = llvm.load %v1608 : !llvm.ptr<3> -> i64
        %v1610 = arith.addi %v71, %v1605 : i64
        %v1611 = arith.cmpi slt, %v1610, %v65 : i64
        %v1613 = arith.subi %size_T, %v1612 : i64
        %v1614 = arith.minsi %v1610, %v1613 : i64
        %v1615 = arith.addi %v1609, %v1614 : i64
        %v1617 = arith.muli %v1607, %v1616 : i64
        %v1618 = arith.addi %v1617, %v1605 : i64
        %v1619 = llvm.getelementptr %in_x[%v1615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
        %v1622 = arith.muli %v972, %v1621 : i64
        %v1624 = arith.addi %v1622, %v1623 : i64
        %v1625 = arith.addi %v1624, %v17 : i64
        %v1628 = arith.minsi %v1625, %v1627 : i64
        %v1629 = arith.cmpi slt, %v1625, %v1626 : i64
        %v1631 = arith.divui %v1628, %v1630 : i64
        %v1632 = arith.remui %v1628, %v1630 : i64
        %v1634 = arith.addi %v1633, %v1631 : i64
        %v1635 = llvm.getelementptr %v8[%v1634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1636 = llvm.load %v1635 : !llvm.ptr<3> -> i64
        %v1637 = arith.addi %v71, %v1632 : i64
        %v1638 = arith.cmpi slt, %v1637, %v65 : i64
        %v1640 = arith.subi %size_T, %v1639 : i64
        %v1641 = arith.minsi %v1637, %v1640 : i64
        %v1642 = arith.addi %v1636, %v1641 : i64
        %v1644 = arith.muli %v1634, %v1643 : i64
        %v1645 = arith.addi %v1644, %v1632 : i64
        %v1646 = llvm.getelementptr %in_x[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
        %v1649 = arith.muli %v972, %v1648 : i64
        %v1651 = arith.addi %v1649, %v1650 : i64
        %v1652 = arith.addi %v1651, %v17 : i64
        %v1655 = arith.minsi %v1652, %v1654 : i64
        %v1656 = arith.cmpi slt, %v1652, %v1653 : i64
        %v1658 = arith.divui %v1655, %v1657 : i64
        %v1659 = arith.remui %v1655, %v1657 : i64
        %v1661 = arith.addi %v1660, %v1658 : i64
        %v1662 = llvm.getelementptr %v8[%v1661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1663 = llvm.load %v1662 : !llvm.ptr<3> -> i64
        %v1664 = arith.addi %v71, %v1659 : i64
        %v1665 = arith.cmpi slt, %v1664, %v65 : i64
        %v1667 = arith.subi %size_T, %v1666 : i64
        %v1668 = arith.minsi %v1664, %v1667 : i64
        %v1669 = arith.addi %v1663, %v1668 : i64
        %v1671 = arith.muli %v1661, %v1670 : i64
        %v1672 = arith.addi %v1671, %v1659 : i64
        %v1673 = llvm.getelementptr %in_x[%v1669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
        %v1676 = arith.muli %v972, %v1675 : i64
        %v1678 = arith.addi %v1676, %v1677 : i64
        %v1679 = arith.addi %v1678, %v17 : i64
        %v1682 = arith.minsi %v1679, %v1681 : i64
        %v1683 = arith.cmpi slt, %v1679, %v1680 : i64
        %v1685 = arith.divui %v1682, %v1684 : i64
        %v1686 = arith.remui %v1682, %v1684 : i64
        %v1688 = arith.addi %v1687, %v1685 : i64
        %v1689 = llvm.getelementptr %v8[%v1688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1690 = llvm.load %v1689 : !llvm.ptr<3> -> i64
        %v1691 = arith.addi %v71, %v1686 : i64
        %v1692 = arith.cmpi slt, %v1691, %v65 : i64
        %v1694 = arith.subi %size_T, %v1693 : i64
        %v1695 = arith.minsi %v1691, %v1694 : i64
        %v1696 = arith.addi %v1690, %v1695 : i64
        %v1698 = arith.muli %v1688, %v1697 : i64
        %v1699 = arith.addi %v1698, %v1686 : i64
        %v1700 = llvm.getelementptr %in_x[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1701 = llvm.load %v1700 : !llvm.ptr -> f32
        %v1703 = arith.muli %v972, %v1702 : i64
        %v1705 = arith.addi %v1703, %v1704 : i64
        %v1706 = arith.addi %v1705, %v17 : i64
        %v1709 = arith.minsi %v1706, %v1708 : i64
        %v1710 = arith.cmpi slt, %v1706, %v1707 : i64
        %v1712 = arith.divui %v1709, %v1711 : i64
        %v1713 = arith.remui %v1709, %v1711 : i64
        %v1715 = arith.addi %v1714, %v1712 : i64
        %v1716 = llvm.getelementptr %v8[%v1715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1717 = llvm.load %v1716 : !llvm.ptr<3> -> i64
        %v1718 = arith.addi %v71, %v1713 : i64
        %v1719 = arith.cmpi slt, %v1718, %v65 : i64
        %v1721 = arith.subi %size_T, %v1720 : i64
        %v1722 = arith.minsi %v1718, %v1721 : i64
        %v1723 = arith.addi %v1717, %v1722 : i64
        %v1725 = arith.muli %v1715, %v1724 : i64
        %v1726 = arith.addi %v1725, %v1713 : i64
        %v1727 = llvm.getelementptr %in_x[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
        %v1730 = arith.muli %v972, %v1729 : i64
        %v1732 = arith.addi %v1730, %v1731 : i64
        %v1733 = arith.addi %v1732, %v17 : i64
        %v1736 = arith.minsi %v1733, %v1735 : i64
        %v1737 = arith.cmpi slt, %v1733, %v1734 : i64
        %v1739 = arith.divui %v1736, %v1738 : i64
        %v1740 = arith.remui %v1736, %v1738 : i64
        %v1742 = arith.addi %v1741, %v1739 : i64
        %v1743 = llvm.getelementptr %v8[%v1742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1744 = llvm.load %v1743 : !llvm.ptr<3> -> i64
        %v1745 = arith.addi %v71, %v1740 : i64
        %v1746 = arith.cmpi slt, %v1745, %v65 : i64
        %v1748 = arith.subi %size_T, %v1747 : i64
        %v1749 = arith.minsi %v1745, %v1748 : i64
        %v1750 = arith.addi %v1744, %v1749 : i64
        %v1752 = arith.muli %v1742, %v1751 : i64
        %v1753 = arith.addi %v1752, %v1740 : i64
        %v1754 = llvm.getelementptr %in_x[%v1750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1755 = llvm.load %v1754 : !llvm.ptr -> f32
        %v1757 = arith.muli %v972, %v1756 : i64
        %v1759 = arith.addi %v1757, %v1758 : i64
        %v1760 = arith.addi %v1759, %v17 : i64
        %v1763 = arith.minsi %v1760, %v1762 : i64
        %v1764 = arith.cmpi slt, %v1760, %v1761 : i64
        %v1766 = arith.divui %v1763, %v1765 : i64
        %v1767 = arith.remui %v1763, %v1765 : i64
        %v1769 = arith.addi %v1768, %v1766 : i64
        %v1770 = llvm.getelementptr %v8[%v1769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1771 = llvm.load %v1770 : !llvm.ptr<3> -> i64
        %v1772 = arith.addi %v71, %v1767 : i64
        %v1773 = arith.cmpi slt, %v1772, %v65 : i64
        %v1775 = arith.subi %size_T, %v1774 : i64
        %v1776 = arith.minsi %v1772, %v1775 : i64
        %v1777 = arith.addi %v1771, %v1776 : i64
        %v1779 = arith.muli %v1769, %v1778 : i64
        %v1780 = arith.addi %v1779, %v1767 : i64
        %v1781 = llvm.getelementptr %in_x[%v1777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1782 = llvm.load %v1781 : !llvm.ptr -> f32
        %v1784 = arith.muli %v972, %v1783 : i64
        %v1786 = arith.addi %v1784, %v1785 : i64
        %v1787 = arith.addi %v1786, %v17 : i64
        %v1790 = arith.minsi %v1787, %v1789 : i64
        %v1791 = arith.cmpi slt, %v1787, %v1788 : i64
        %v1793 = arith.divui %v1790, %v1792 : i64
        %v1794 = arith.remui %v1790, %v1792 : i64
        %v1796 = arith.addi %v1795, %v1793 : i64
        %v1797 = llvm.getelementptr %v8[%v1796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1798 = llvm.load %v1797 : !llvm.ptr<3> -> i64
        %v1799 = arith.addi %v71, %v1794 : i64
        %v1800 = arith.cmpi slt, %v1799, %v65 : i64
        %v1802 = arith.subi %size_T, %v1801 : i64
        %v1803 = arith.minsi %v1799, %v1802 : i64
        %v1804 = arith.addi %v1798, %v1803 : i64
        %v1806 = arith.muli %v1796, %v1805 : i64
        %v1807 = arith.addi %v1806, %v1794 : i64
        %v1808 = llvm.getelementptr %in_x[%v1804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1809 = llvm.load %v1808 : !llvm.ptr -> f32
        %v1811 = arith.muli %v972, %v1810 : i64
        %v1813 = arith.addi %v1811, %v1812 : i64
        %v1814 = arith.addi %v1813, %v17 : i64
        %v1817 = arith.minsi %v1814, %v1816 : i64
        %v1818 = arith.cmpi slt, %v1814, %v1815 : i64
        %v1820 = arith.divui %v1817, %v1819 : i64
        %v1821 = arith.remui %v1817, %v1819 : i64
        %v1823 = arith.addi %v1822, %v1820 : i64
        %v1824 = llvm.getelementptr %v8[%v1823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1825 = llvm.load %v1824 : !llvm.ptr<3> -> i64
        %v1826 = arith.addi %v71, %v1821 : i64
        %v1827 = arith.cmpi slt, %v1826, %v65 : i64
        %v1829 = arith.subi %size_T, %v1828 : i64
        %v1830 = arith.minsi %v1826, %v1829 : i64
        %v1831 = arith.addi %v1825, %v1830 : i64
        %v1833 = arith.muli %v1823, %v1832 : i64
        %v1834 = arith.addi %v1833, %v1821 : i64
        %v1835 = llvm.getelementptr %in_x[%v1831] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1836 = llvm.load %v1835 : !llvm.ptr -> f32
        scf.if %v981 {
          %v1837 = llvm.getelementptr %v9[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v999, %v1837 : f32, !llvm.ptr<3>
        }
        scf.if %v1008 {
          %v1838 = llvm.getelementptr %v9[%v1024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1026, %v1838 : f32, !llvm.ptr<3>
        }
        scf.if %v1035 {
          %v1839 = llvm.getelementptr %v9[%v1051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1053, %v1839 : f32, !llvm.ptr<3>
        }
        scf.if %v1062 {
          %v1840 = llvm.getelementptr %v9[%v1078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1080, %v1840 : f32, !llvm.ptr<3>
        }
        scf.if %v1089 {
          %v1841 = llvm.getelementptr %v9[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1107, %v1841 : f32, !llvm.ptr<3>
        }
        scf.if %v1116 {
          %v1842 = llvm.getelementptr %v9[%v1132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1134, %v1842 : f32, !llvm.ptr<3>
        }
        scf.if %v1143 {
          %v1843 = llvm.getelementptr %v9[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1161, %v1843 : f32, !llvm.ptr<3>
        }
        scf.if %v1170 {
          %v1844 = llvm.getelementptr %v9[%v1186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1188, %v1844 : f32, !llvm.ptr<3>
        }
        scf.if %v1197 {
          %v1845 = llvm.getelementptr %v9[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1215, %v1845 : f32, !llvm.ptr<3>
        }
        scf.if %v1224 {
          %v1846 = llvm.getelementptr %v9[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1242, %v1846 : f32, !llvm.ptr<3>
        }
        scf.if %v1251 {
          %v1847 = llvm.getelementptr %v9[%v1267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1269, %v1847 : f32, !llvm.ptr<3>
        }
        scf.if %v1278 {
          %v1848 = llvm.getelementptr %v9[%v1294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1296, %v1848 : f32, !llvm.ptr<3>
        }
        scf.if %v1305 {
          %v1849 = llvm.getelementptr %v9[%v1321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1323, %v1849 : f32, !llvm.ptr<3>
        }
        scf.if %v1332 {
          %v1850 = llvm.getelementptr %v9[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1350, %v1850 : f32, !llvm.ptr<3>
        }
        scf.if %v1359 {
          %v1851 = llvm.getelementptr %v9[%v1375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1377, %v1851 : f32, !llvm.ptr<3>
        }
        scf.if %v1386 {
          %v1852 = llvm.getelementptr %v9[%v1402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1404, %v1852 : f32, !llvm.ptr<3>
        }
        scf.if %v1413 {
          %v1853 = llvm.getelementptr %v9[%v1429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1431, %v1853 : f32, !llvm.ptr<3>
        }
        scf.if %v1440 {
          %v1854 = llvm.getelementptr %v9[%v1456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1458, %v1854 : f32, !llvm.ptr<3>
        }
        scf.if %v1467 {
          %v1855 = llvm.getelementptr %v9[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1485, %v1855 : f32, !llvm.ptr<3>
        }
        scf.if %v1494 {
          %v1856 = llvm.getelementptr %v9[%v1510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1512, %v1856 : f32, !llvm.ptr<3>
        }
        scf.if %v1521 {
          %v1857 = llvm.getelementptr %v9[%v1537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1539, %v1857 : f32, !llvm.ptr<3>
        }
        scf.if %v1548 {
          %v1858 = llvm.getelementptr %v9[%v1564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1566, %v1858 : f32, !llvm.ptr<3>
        }
        scf.if %v1575 {
          %v1859 = llvm.getelementptr %v9[%v1591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1593, %v1859 : f32, !llvm.ptr<3>
        }
        scf.if %v1602 {
          %v1860 = llvm.getelementptr %v9[%v1618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1620, %v1860 : f32, !llvm.ptr<3>
        }
        scf.if %v1629 {
          %v1861 = llvm.getelementptr %v9[%v1645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1647, %v1861 : f32, !llvm.ptr<3>
        }
        scf.if %v1656 {
          %v1862 = llvm.getelementptr %v9[%v1672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1674, %v1862 : f32, !llvm.ptr<3>
        }
        scf.if %v1683 {
          %v1863 = llvm.getelementptr %v9[%v1699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1701, %v1863 : f32, !llvm.ptr<3>
        }
        scf.if %v1710 {
          %v1864 = llvm.getelementptr %v9[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1728, %v1864 : f32, !llvm.ptr<3>
        }
        scf.if %v1737 {
          %v1865 = llvm.getelementptr %v9[%v1753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1755, %v1865 : f32, !llvm.ptr<3>
        }
        scf.if %v1764 {
          %v1866 = llvm.getelementptr %v9[%v1780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1782, %v1866 : f32, !llvm.ptr<3>
        }
        scf.if %v1791 {
          %v1867 = llvm.getelementptr %v9[%v1807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1809, %v1867 : f32, !llvm.ptr<3>
        }
        scf.if %v1818 {
          %v1868 = llvm.getelementptr %v9[%v1834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1836, %v1868 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1871 = arith.index_cast %v1869 : i64 to index
        %v1872 = arith.index_cast %v74 : i64 to index
        %v1873 = arith.index_cast %v1870 : i64 to index
        scf.for %v1874 = %v1871 to %v1872 step %v1873 {
          %v1875 = arith.index_cast %v1874 : index to i64
          %v1876 = arith.addi %v71, %v1875 : i64
          %v1880 = arith.muli %v1877, %v1878 : i64
          %v1881 = arith.addi %v1880, %v17 : i64
          %v1882 = arith.muli %v1881, %v1879 : i64
          %v1883 = arith.addi %v1882, %v1875 : i64
          %v1884 = llvm.getelementptr %v9[%v1883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1885 = llvm.load %v1884 : !llvm.ptr<3> -> f32
          %v1889 = arith.muli %v1886, %v1887 : i64
          %v1890 = arith.addi %v1889, %v17 : i64
          %v1891 = arith.muli %v1890, %v1888 : i64
          %v1892 = arith.addi %v1891, %v1875 : i64
          %v1893 = llvm.getelementptr %v9[%v1892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1894 = llvm.load %v1893 : !llvm.ptr<3> -> f32
          %v1895 = llvm.load %v5 : !llvm.ptr -> f32
          %v1896 = arith.mulf %v1885, %v1895 : f32
          %v1897 = arith.addf %v1896, %v1894 : f32
          %v1898 = llvm.load %v7 : !llvm.ptr -> f32
          %v1899 = arith.mulf %v1885, %v1898 : f32
          llvm.store %v1897, %v5 : f32, !llvm.ptr
          llvm.store %v1899, %v7 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      scf.if %v28 {
        %v1902 = arith.muli %v24, %v1900 : i64
        %v1903 = arith.addi %v1902, %v1901 : i64
        %v1904 = arith.muli %v1903, %v3 : i64
        %v1906 = arith.subi %v3, %v1905 : i64
        %v1907 = arith.minsi %v27, %v1906 : i64
        %v1908 = arith.addi %v1904, %v1907 : i64
        %v1909 = llvm.load %v7 : !llvm.ptr -> f32
        %v1910 = llvm.getelementptr %agga_h[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1909, %v1910 : f32, !llvm.ptr
        %v1911 = llvm.load %v5 : !llvm.ptr -> f32
        %v1912 = llvm.getelementptr %aggb_h[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1911, %v1912 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
