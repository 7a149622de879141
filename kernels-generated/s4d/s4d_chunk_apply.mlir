module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s4d_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_s4d_chunk_apply() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @s4d_chunk_apply(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %carry_h: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 1 : i64
      %v3 = arith.muli %size_B, %size_D : i64
      %v4 = llvm.alloca %v2 x f32 : (i64) -> !llvm.ptr
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
      %v20 = llvm.mlir.addressof @rows_s4d_chunk_apply : !llvm.ptr<3>
      %v21 = llvm.mlir.addressof @smem_s4d_chunk_apply : !llvm.ptr<3>
      %v22 = arith.constant 255 : i64
      %v23 = arith.addi %size_L, %v22 : i64
      %v24 = arith.constant 256 : i64
      %v25 = arith.divui %v23, %v24 : i64
      %v30 = arith.constant 64 : i64
      %v31 = arith.constant 63 : i64
      %v45 = arith.constant 0 : i64
      %v46 = arith.muli %size_L, %size_D : i64
      %v54 = arith.constant -1 : i64
      %v78 = arith.constant 2 : i64
      %v87 = arith.constant 3 : i64
      %v96 = arith.constant 4 : i64
      %v105 = arith.constant 5 : i64
      %v114 = arith.constant 6 : i64
      %v123 = arith.constant 7 : i64
      %v132 = arith.constant 8 : i64
      %v141 = arith.constant 9 : i64
      %v150 = arith.constant 10 : i64
      %v159 = arith.constant 11 : i64
      %v168 = arith.constant 12 : i64
      %v177 = arith.constant 13 : i64
      %v186 = arith.constant 14 : i64
      %v195 = arith.constant 15 : i64
      %v202 = arith.constant 32 : i64
      %v213 = arith.constant 33 : i64
      %v322 = arith.constant 18 : i64
      %v336 = arith.constant 20 : i64
      %v350 = arith.constant 22 : i64
      %v364 = arith.constant 24 : i64
      %v378 = arith.constant 26 : i64
      %v392 = arith.constant 28 : i64
      %v406 = arith.constant 30 : i64
      %v433 = arith.constant 34 : i64
      %v447 = arith.constant 36 : i64
      %v461 = arith.constant 38 : i64
      %v475 = arith.constant 40 : i64
      %v489 = arith.constant 42 : i64
      %v503 = arith.constant 44 : i64
      %v517 = arith.constant 46 : i64
      %v531 = arith.constant 48 : i64
      %v545 = arith.constant 50 : i64
      %v559 = arith.constant 52 : i64
      %v573 = arith.constant 54 : i64
      %v587 = arith.constant 56 : i64
      %v601 = arith.constant 58 : i64
      %v615 = arith.constant 60 : i64
      %v629 = arith.constant 62 : i64
      %v686 = arith.muli %size_B, %size_D : i64
      %v687 = arith.muli %v686, %v1 : i64
      %v690 = arith.muli %v1, %size_D : i64
      %v1244 = arith.constant 0x3FB8AA3B : f32
      %v1256 = arith.constant 0x3F800000 : f32
      %v1760 = arith.constant 128 : i64
      %v1767 = arith.constant 192 : i64
      %v1780 = arith.constant 320 : i64
      %v1787 = arith.constant 384 : i64
      %v1794 = arith.constant 448 : i64
      %v1801 = arith.constant 512 : i64
      %v1808 = arith.constant 576 : i64
      %v1815 = arith.constant 640 : i64
      %v1822 = arith.constant 704 : i64
      %v1829 = arith.constant 768 : i64
      %v1836 = arith.constant 832 : i64
      %v1843 = arith.constant 896 : i64
      %v1850 = arith.constant 960 : i64
      %v1857 = arith.constant 1024 : i64
      %v1864 = arith.constant 1088 : i64
      %v1871 = arith.constant 1152 : i64
      %v1878 = arith.constant 1216 : i64
      %v1885 = arith.constant 1280 : i64
      %v1892 = arith.constant 1344 : i64
      %v1899 = arith.constant 1408 : i64
      %v1906 = arith.constant 1472 : i64
      %v1913 = arith.constant 1536 : i64
      %v1920 = arith.constant 1600 : i64
      %v1927 = arith.constant 1664 : i64
      %v1934 = arith.constant 1728 : i64
      %v1941 = arith.constant 1792 : i64
      %v1948 = arith.constant 1856 : i64
      %v1955 = arith.constant 1920 : i64
      %v1962 = arith.constant 1984 : i64
      %v26 = gpu.block_id x
      %v27 = gpu.thread_id x
      %v28 = arith.index_cast %v27 : index to i64
      %v29 = arith.index_cast %v26 : index to i64
      %v32 = arith.addi %v3, %v31 : i64
      %v33 = arith.divui %v32, %v30 : i64
      %v34 = arith.divui %v29, %v33 : i64
      %v35 = arith.remui %v29, %v33 : i64
      %v36 = arith.muli %v35, %v30 : i64
      %v37 = arith.addi %v36, %v28 : i64
      %v38 = arith.cmpi slt, %v37, %v3 : i64
      %v39 = arith.subi %v3, %v2 : i64
      %v40 = arith.minsi %v37, %v39 : i64
      %v41 = arith.remui %v40, %size_D : i64
      %v42 = arith.divui %v40, %size_D : i64
      %v43 = arith.remui %v42, %size_B : i64
      %v44 = arith.divui %v42, %size_B : i64
      %v1242 = llvm.getelementptr %in_log_dt[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
      %v1245 = arith.mulf %v1243, %v1244 fastmath<contract> : f32
      %v1246 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1245) : (f32) -> f32
      %v1247 = arith.muli %v41, %v1 : i64
      %v1248 = llvm.getelementptr %in_A_log[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1249 = llvm.load %v1248 : !llvm.ptr -> f32
      %v1250 = arith.mulf %v1249, %v1244 fastmath<contract> : f32
      %v1251 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1250) : (f32) -> f32
      %v1252 = arith.negf %v1251 : f32
      %v1253 = arith.mulf %v1246, %v1252 fastmath<contract> : f32
      %v1254 = arith.mulf %v1253, %v1244 fastmath<contract> : f32
      %v1255 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1254) : (f32) -> f32
      %v1257 = arith.subf %v1255, %v1256 fastmath<contract> : f32
      %v1258 = arith.divf %v1257, %v1252 : f32
      %v1259 = arith.muli %v41, %v1 : i64
      %v1260 = llvm.getelementptr %in_Bp[%v1259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
      %v1262 = arith.mulf %v1258, %v1261 fastmath<contract> : f32
      %v1271 = arith.muli %v41, %v1 : i64
      %v1272 = arith.constant 1 : i64
      %v1273 = arith.addi %v1271, %v1272 : i64
      %v1274 = llvm.getelementptr %in_A_log[%v1273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1275 = llvm.load %v1274 : !llvm.ptr -> f32
      %v1276 = arith.mulf %v1275, %v1244 fastmath<contract> : f32
      %v1277 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1276) : (f32) -> f32
      %v1278 = arith.negf %v1277 : f32
      %v1279 = arith.mulf %v1246, %v1278 fastmath<contract> : f32
      %v1280 = arith.mulf %v1279, %v1244 fastmath<contract> : f32
      %v1281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1280) : (f32) -> f32
      %v1282 = arith.subf %v1281, %v1256 fastmath<contract> : f32
      %v1283 = arith.divf %v1282, %v1278 : f32
      %v1284 = arith.muli %v41, %v1 : i64
      %v1285 = arith.constant 1 : i64
      %v1286 = arith.addi %v1284, %v1285 : i64
      %v1287 = llvm.getelementptr %in_Bp[%v1286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1288 = llvm.load %v1287 : !llvm.ptr -> f32
      %v1289 = arith.mulf %v1283, %v1288 fastmath<contract> : f32
      %v1294 = arith.muli %v41, %v1 : i64
      %v1295 = arith.constant 2 : i64
      %v1296 = arith.addi %v1294, %v1295 : i64
      %v1297 = llvm.getelementptr %in_A_log[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
      %v1299 = arith.mulf %v1298, %v1244 fastmath<contract> : f32
      %v1300 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1299) : (f32) -> f32
      %v1301 = arith.negf %v1300 : f32
      %v1302 = arith.mulf %v1246, %v1301 fastmath<contract> : f32
      %v1303 = arith.mulf %v1302, %v1244 fastmath<contract> : f32
      %v1304 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1303) : (f32) -> f32
      %v1305 = arith.subf %v1304, %v1256 fastmath<contract> : f32
      %v1306 = arith.divf %v1305, %v1301 : f32
      %v1307 = arith.muli %v41, %v1 : i64
      %v1308 = arith.constant 2 : i64
      %v1309 = arith.addi %v1307, %v1308 : i64
      %v1310 = llvm.getelementptr %in_Bp[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1311 = llvm.load %v1310 : !llvm.ptr -> f32
      %v1312 = arith.mulf %v1306, %v1311 fastmath<contract> : f32
      %v1317 = arith.muli %v41, %v1 : i64
      %v1318 = arith.constant 3 : i64
      %v1319 = arith.addi %v1317, %v1318 : i64
      %v1320 = llvm.getelementptr %in_A_log[%v1319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
      %v1322 = arith.mulf %v1321, %v1244 fastmath<contract> : f32
      %v1323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1322) : (f32) -> f32
      %v1324 = arith.negf %v1323 : f32
      %v1325 = arith.mulf %v1246, %v1324 fastmath<contract> : f32
      %v1326 = arith.mulf %v1325, %v1244 fastmath<contract> : f32
      %v1327 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1326) : (f32) -> f32
      %v1328 = arith.subf %v1327, %v1256 fastmath<contract> : f32
      %v1329 = arith.divf %v1328, %v1324 : f32
      %v1330 = arith.muli %v41, %v1 : i64
      %v1331 = arith.constant 3 : i64
      %v1332 = arith.addi %v1330, %v1331 : i64
      %v1333 = llvm.getelementptr %in_Bp[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1334 = llvm.load %v1333 : !llvm.ptr -> f32
      %v1335 = arith.mulf %v1329, %v1334 fastmath<contract> : f32
      %v1340 = arith.muli %v41, %v1 : i64
      %v1341 = arith.constant 4 : i64
      %v1342 = arith.addi %v1340, %v1341 : i64
      %v1343 = llvm.getelementptr %in_A_log[%v1342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
      %v1345 = arith.mulf %v1344, %v1244 fastmath<contract> : f32
      %v1346 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1345) : (f32) -> f32
      %v1347 = arith.negf %v1346 : f32
      %v1348 = arith.mulf %v1246, %v1347 fastmath<contract> : f32
      %v1349 = arith.mulf %v1348, %v1244 fastmath<contract> : f32
      %v1350 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1349) : (f32) -> f32
      %v1351 = arith.subf %v1350, %v1256 fastmath<contract> : f32
      %v1352 = arith.divf %v1351, %v1347 : f32
      %v1353 = arith.muli %v41, %v1 : i64
      %v1354 = arith.constant 4 : i64
      %v1355 = arith.addi %v1353, %v1354 : i64
      %v1356 = llvm.getelementptr %in_Bp[%v1355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
      %v1358 = arith.mulf %v1352, %v1357 fastmath<contract> : f32
      %v1363 = arith.muli %v41, %v1 : i64
      %v1364 = arith.constant 5 : i64
      %v1365 = arith.addi %v1363, %v1364 : i64
      %v1366 = llvm.getelementptr %in_A_log[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1367 = llvm.load %v1366 : !llvm.ptr -> f32
      %v1368 = arith.mulf %v1367, %v1244 fastmath<contract> : f32
      %v1369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1368) : (f32) -> f32
      %v1370 = arith.negf %v1369 : f32
      %v1371 = arith.mulf %v1246, %v1370 fastmath<contract> : f32
      %v1372 = arith.mulf %v1371, %v1244 fastmath<contract> : f32
      %v1373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1372) : (f32) -> f32
      %v1374 = arith.subf %v1373, %v1256 fastmath<contract> : f32
      %v1375 = arith.divf %v1374, %v1370 : f32
      %v1376 = arith.muli %v41, %v1 : i64
      %v1377 = arith.constant 5 : i64
      %v1378 = arith.addi %v1376, %v1377 : i64
      %v1379 = llvm.getelementptr %in_Bp[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
      %v1381 = arith.mulf %v1375, %v1380 fastmath<contract> : f32
      %v1386 = arith.muli %v41, %v1 : i64
      %v1387 = arith.constant 6 : i64
      %v1388 = arith.addi %v1386, %v1387 : i64
      %v1389 = llvm.getelementptr %in_A_log[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
      %v1391 = arith.mulf %v1390, %v1244 fastmath<contract> : f32
      %v1392 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1391) : (f32) -> f32
      %v1393 = arith.negf %v1392 : f32
      %v1394 = arith.mulf %v1246, %v1393 fastmath<contract> : f32
      %v1395 = arith.mulf %v1394, %v1244 fastmath<contract> : f32
      %v1396 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1395) : (f32) -> f32
      %v1397 = arith.subf %v1396, %v1256 fastmath<contract> : f32
      %v1398 = arith.divf %v1397, %v1393 : f32
      %v1399 = arith.muli %v41, %v1 : i64
      %v1400 = arith.constant 6 : i64
      %v1401 = arith.addi %v1399, %v1400 : i64
      %v1402 = llvm.getelementptr %in_Bp[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1403 = llvm.load %v1402 : !llvm.ptr -> f32
      %v1404 = arith.mulf %v1398, %v1403 fastmath<contract> : f32
      %v1409 = arith.muli %v41, %v1 : i64
      %v1410 = arith.constant 7 : i64
      %v1411 = arith.addi %v1409, %v1410 : i64
      %v1412 = llvm.getelementptr %in_A_log[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
      %v1414 = arith.mulf %v1413, %v1244 fastmath<contract> : f32
      %v1415 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1414) : (f32) -> f32
      %v1416 = arith.negf %v1415 : f32
      %v1417 = arith.mulf %v1246, %v1416 fastmath<contract> : f32
      %v1418 = arith.mulf %v1417, %v1244 fastmath<contract> : f32
      %v1419 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1418) : (f32) -> f32
      %v1420 = arith.subf %v1419, %v1256 fastmath<contract> : f32
      %v1421 = arith.divf %v1420, %v1416 : f32
      %v1422 = arith.muli %v41, %v1 : i64
      %v1423 = arith.constant 7 : i64
      %v1424 = arith.addi %v1422, %v1423 : i64
      %v1425 = llvm.getelementptr %in_Bp[%v1424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
      %v1427 = arith.mulf %v1421, %v1426 fastmath<contract> : f32
      %v1432 = arith.muli %v41, %v1 : i64
      %v1433 = arith.constant 8 : i64
      %v1434 = arith.addi %v1432, %v1433 : i64
      %v1435 = llvm.getelementptr %in_A_log[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1436 = llvm.load %v1435 : !llvm.ptr -> f32
      %v1437 = arith.mulf %v1436, %v1244 fastmath<contract> : f32
      %v1438 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1437) : (f32) -> f32
      %v1439 = arith.negf %v1438 : f32
      %v1440 = arith.mulf %v1246, %v1439 fastmath<contract> : f32
      %v1441 = arith.mulf %v1440, %v1244 fastmath<contract> : f32
      %v1442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1441) : (f32) -> f32
      %v1443 = arith.subf %v1442, %v1256 fastmath<contract> : f32
      %v1444 = arith.divf %v1443, %v1439 : f32
      %v1445 = arith.muli %v41, %v1 : i64
      %v1446 = arith.constant 8 : i64
      %v1447 = arith.addi %v1445, %v1446 : i64
      %v1448 = llvm.getelementptr %in_Bp[%v1447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1449 = llvm.load %v1448 : !llvm.ptr -> f32
      %v1450 = arith.mulf %v1444, %v1449 fastmath<contract> : f32
      %v1455 = arith.muli %v41, %v1 : i64
      %v1456 = arith.constant 9 : i64
      %v1457 = arith.addi %v1455, %v1456 : i64
      %v1458 = llvm.getelementptr %in_A_log[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1459 = llvm.load %v1458 : !llvm.ptr -> f32
      %v1460 = arith.mulf %v1459, %v1244 fastmath<contract> : f32
      %v1461 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1460) : (f32) -> f32
      %v1462 = arith.negf %v1461 : f32
      %v1463 = arith.mulf %v1246, %v1462 fastmath<contract> : f32
      %v1464 = arith.mulf %v1463, %v1244 fastmath<contract> : f32
      %v1465 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1464) : (f32) -> f32
      %v1466 = arith.subf %v1465, %v1256 fastmath<contract> : f32
      %v1467 = arith.divf %v1466, %v1462 : f32
      %v1468 = arith.muli %v41, %v1 : i64
      %v1469 = arith.constant 9 : i64
      %v1470 = arith.addi %v1468, %v1469 : i64
      %v1471 = llvm.getelementptr %in_Bp[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
      %v1473 = arith.mulf %v1467, %v1472 fastmath<contract> : f32
      %v1478 = arith.muli %v41, %v1 : i64
      %v1479 = arith.constant 10 : i64
      %v1480 = arith.addi %v1478, %v1479 : i64
      %v1481 = llvm.getelementptr %in_A_log[%v1480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
      %v1483 = arith.mulf %v1482, %v1244 fastmath<contract> : f32
      %v1484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1483) : (f32) -> f32
      %v1485 = arith.negf %v1484 : f32
      %v1486 = arith.mulf %v1246, %v1485 fastmath<contract> : f32
      %v1487 = arith.mulf %v1486, %v1244 fastmath<contract> : f32
      %v1488 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1487) : (f32) -> f32
      %v1489 = arith.subf %v1488, %v1256 fastmath<contract> : f32
      %v1490 = arith.divf %v1489, %v1485 : f32
      %v1491 = arith.muli %v41, %v1 : i64
      %v1492 = arith.constant 10 : i64
      %v1493 = arith.addi %v1491, %v1492 : i64
      %v1494 = llvm.getelementptr %in_Bp[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
      %v1496 = arith.mulf %v1490, %v1495 fastmath<contract> : f32
      %v1501 = arith.muli %v41, %v1 : i64
      %v1502 = arith.constant 11 : i64
      %v1503 = arith.addi %v1501, %v1502 : i64
      %v1504 = llvm.getelementptr %in_A_log[%v1503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
      %v1506 = arith.mulf %v1505, %v1244 fastmath<contract> : f32
      %v1507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1506) : (f32) -> f32
      %v1508 = arith.negf %v1507 : f32
      %v1509 = arith.mulf %v1246, %v1508 fastmath<contract> : f32
      %v1510 = arith.mulf %v1509, %v1244 fastmath<contract> : f32
      %v1511 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1510) : (f32) -> f32
      %v1512 = arith.subf %v1511, %v1256 fastmath<contract> : f32
      %v1513 = arith.divf %v1512, %v1508 : f32
      %v1514 = arith.muli %v41, %v1 : i64
      %v1515 = arith.constant 11 : i64
      %v1516 = arith.addi %v1514, %v1515 : i64
      %v1517 = llvm.getelementptr %in_Bp[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
      %v1519 = arith.mulf %v1513, %v1518 fastmath<contract> : f32
      %v1524 = arith.muli %v41, %v1 : i64
      %v1525 = arith.constant 12 : i64
      %v1526 = arith.addi %v1524, %v1525 : i64
      %v1527 = llvm.getelementptr %in_A_log[%v1526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1528 = llvm.load %v1527 : !llvm.ptr -> f32
      %v1529 = arith.mulf %v1528, %v1244 fastmath<contract> : f32
      %v1530 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1529) : (f32) -> f32
      %v1531 = arith.negf %v1530 : f32
      %v1532 = arith.mulf %v1246, %v1531 fastmath<contract> : f32
      %v1533 = arith.mulf %v1532, %v1244 fastmath<contract> : f32
      %v1534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1533) : (f32) -> f32
      %v1535 = arith.subf %v1534, %v1256 fastmath<contract> : f32
      %v1536 = arith.divf %v1535, %v1531 : f32
      %v1537 = arith.muli %v41, %v1 : i64
      %v1538 = arith.constant 12 : i64
      %v1539 = arith.addi %v1537, %v1538 : i64
      %v1540 = llvm.getelementptr %in_Bp[%v1539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1541 = llvm.load %v1540 : !llvm.ptr -> f32
      %v1542 = arith.mulf %v1536, %v1541 fastmath<contract> : f32
      %v1547 = arith.muli %v41, %v1 : i64
      %v1548 = arith.constant 13 : i64
      %v1549 = arith.addi %v1547, %v1548 : i64
      %v1550 = llvm.getelementptr %in_A_log[%v1549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1551 = llvm.load %v1550 : !llvm.ptr -> f32
      %v1552 = arith.mulf %v1551, %v1244 fastmath<contract> : f32
      %v1553 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1552) : (f32) -> f32
      %v1554 = arith.negf %v1553 : f32
      %v1555 = arith.mulf %v1246, %v1554 fastmath<contract> : f32
      %v1556 = arith.mulf %v1555, %v1244 fastmath<contract> : f32
      %v1557 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1556) : (f32) -> f32
      %v1558 = arith.subf %v1557, %v1256 fastmath<contract> : f32
      %v1559 = arith.divf %v1558, %v1554 : f32
      %v1560 = arith.muli %v41, %v1 : i64
      %v1561 = arith.constant 13 : i64
      %v1562 = arith.addi %v1560, %v1561 : i64
      %v1563 = llvm.getelementptr %in_Bp[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
      %v1565 = arith.mulf %v1559, %v1564 fastmath<contract> : f32
      %v1570 = arith.muli %v41, %v1 : i64
      %v1571 = arith.constant 14 : i64
      %v1572 = arith.addi %v1570, %v1571 : i64
      %v1573 = llvm.getelementptr %in_A_log[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
      %v1575 = arith.mulf %v1574, %v1244 fastmath<contract> : f32
      %v1576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1575) : (f32) -> f32
      %v1577 = arith.negf %v1576 : f32
      %v1578 = arith.mulf %v1246, %v1577 fastmath<contract> : f32
      %v1579 = arith.mulf %v1578, %v1244 fastmath<contract> : f32
      %v1580 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1579) : (f32) -> f32
      %v1581 = arith.subf %v1580, %v1256 fastmath<contract> : f32
      %v1582 = arith.divf %v1581, %v1577 : f32
      %v1583 = arith.muli %v41, %v1 : i64
      %v1584 = arith.constant 14 : i64
      %v1585 = arith.addi %v1583, %v1584 : i64
      %v1586 = llvm.getelementptr %in_Bp[%v1585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
      %v1588 = arith.mulf %v1582, %v1587 fastmath<contract> : f32
      %v1593 = arith.muli %v41, %v1 : i64
      %v1594 = arith.constant 15 : i64
      %v1595 = arith.addi %v1593, %v1594 : i64
      %v1596 = llvm.getelementptr %in_A_log[%v1595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1597 = llvm.load %v1596 : !llvm.ptr -> f32
      %v1598 = arith.mulf %v1597, %v1244 fastmath<contract> : f32
      %v1599 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1598) : (f32) -> f32
      %v1600 = arith.negf %v1599 : f32
      %v1601 = arith.mulf %v1246, %v1600 fastmath<contract> : f32
      %v1602 = arith.mulf %v1601, %v1244 fastmath<contract> : f32
      %v1603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1602) : (f32) -> f32
      %v1604 = arith.subf %v1603, %v1256 fastmath<contract> : f32
      %v1605 = arith.divf %v1604, %v1600 : f32
      %v1606 = arith.muli %v41, %v1 : i64
      %v1607 = arith.constant 15 : i64
      %v1608 = arith.addi %v1606, %v1607 : i64
      %v1609 = llvm.getelementptr %in_Bp[%v1608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
      %v1611 = arith.mulf %v1605, %v1610 fastmath<contract> : f32
      %v1616 = arith.muli %v41, %v1 : i64
      %v1617 = llvm.getelementptr %in_Cp[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1618 = llvm.load %v1617 : !llvm.ptr -> f32
      %v1621 = arith.muli %v41, %v1 : i64
      %v1622 = arith.constant 1 : i64
      %v1623 = arith.addi %v1621, %v1622 : i64
      %v1624 = llvm.getelementptr %in_Cp[%v1623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
      %v1629 = arith.muli %v41, %v1 : i64
      %v1630 = arith.constant 2 : i64
      %v1631 = arith.addi %v1629, %v1630 : i64
      %v1632 = llvm.getelementptr %in_Cp[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1633 = llvm.load %v1632 : !llvm.ptr -> f32
      %v1637 = arith.muli %v41, %v1 : i64
      %v1638 = arith.constant 3 : i64
      %v1639 = arith.addi %v1637, %v1638 : i64
      %v1640 = llvm.getelementptr %in_Cp[%v1639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1641 = llvm.load %v1640 : !llvm.ptr -> f32
      %v1645 = arith.muli %v41, %v1 : i64
      %v1646 = arith.constant 4 : i64
      %v1647 = arith.addi %v1645, %v1646 : i64
      %v1648 = llvm.getelementptr %in_Cp[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
      %v1653 = arith.muli %v41, %v1 : i64
      %v1654 = arith.constant 5 : i64
      %v1655 = arith.addi %v1653, %v1654 : i64
      %v1656 = llvm.getelementptr %in_Cp[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
      %v1661 = arith.muli %v41, %v1 : i64
      %v1662 = arith.constant 6 : i64
      %v1663 = arith.addi %v1661, %v1662 : i64
      %v1664 = llvm.getelementptr %in_Cp[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
      %v1669 = arith.muli %v41, %v1 : i64
      %v1670 = arith.constant 7 : i64
      %v1671 = arith.addi %v1669, %v1670 : i64
      %v1672 = llvm.getelementptr %in_Cp[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1673 = llvm.load %v1672 : !llvm.ptr -> f32
      %v1677 = arith.muli %v41, %v1 : i64
      %v1678 = arith.constant 8 : i64
      %v1679 = arith.addi %v1677, %v1678 : i64
      %v1680 = llvm.getelementptr %in_Cp[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1681 = llvm.load %v1680 : !llvm.ptr -> f32
      %v1685 = arith.muli %v41, %v1 : i64
      %v1686 = arith.constant 9 : i64
      %v1687 = arith.addi %v1685, %v1686 : i64
      %v1688 = llvm.getelementptr %in_Cp[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1689 = llvm.load %v1688 : !llvm.ptr -> f32
      %v1693 = arith.muli %v41, %v1 : i64
      %v1694 = arith.constant 10 : i64
      %v1695 = arith.addi %v1693, %v1694 : i64
      %v1696 = llvm.getelementptr %in_Cp[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
      %v1701 = arith.muli %v41, %v1 : i64
      %v1702 = arith.constant 11 : i64
      %v1703 = arith.addi %v1701, %v1702 : i64
      %v1704 = llvm.getelementptr %in_Cp[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1705 = llvm.load %v1704 : !llvm.ptr -> f32
      %v1709 = arith.muli %v41, %v1 : i64
      %v1710 = arith.constant 12 : i64
      %v1711 = arith.addi %v1709, %v1710 : i64
      %v1712 = llvm.getelementptr %in_Cp[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1713 = llvm.load %v1712 : !llvm.ptr -> f32
      %v1717 = arith.muli %v41, %v1 : i64
      %v1718 = arith.constant 13 : i64
      %v1719 = arith.addi %v1717, %v1718 : i64
      %v1720 = llvm.getelementptr %in_Cp[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1721 = llvm.load %v1720 : !llvm.ptr -> f32
      %v1725 = arith.muli %v41, %v1 : i64
      %v1726 = arith.constant 14 : i64
      %v1727 = arith.addi %v1725, %v1726 : i64
      %v1728 = llvm.getelementptr %in_Cp[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
      %v1733 = arith.muli %v41, %v1 : i64
      %v1734 = arith.constant 15 : i64
      %v1735 = arith.addi %v1733, %v1734 : i64
      %v1736 = llvm.getelementptr %in_Cp[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
      %v1741 = llvm.getelementptr %in_Dskip[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
      %v47 = arith.muli %v43, %v46 : i64
      %v48 = arith.muli %v41, %size_L : i64
      %v49 = arith.addi %v47, %v48 : i64
      %v50 = llvm.getelementptr %v20[%v28] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v49, %v50 : i64, !llvm.ptr<3>
      %v51 = arith.muli %v43, %v46 : i64
      %v52 = arith.muli %v41, %size_L : i64
      %v53 = arith.addi %v51, %v52 : i64
      %v55 = arith.select %v38, %v53, %v54 : i64
      %v56 = arith.addi %v30, %v28 : i64
      %v57 = llvm.getelementptr %v20[%v56] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v55, %v57 : i64, !llvm.ptr<3>
      gpu.barrier
      %v58 = arith.muli %v34, %v3 : i64
      %v59 = arith.subi %v3, %v2 : i64
      %v60 = arith.minsi %v37, %v59 : i64
      %v61 = arith.addi %v58, %v60 : i64
      %v62 = arith.muli %v61, %v1 : i64
      %v63 = llvm.getelementptr %carry_h[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v64 = llvm.load %v63 : !llvm.ptr -> f32
      llvm.store %v64, %v4 : f32, !llvm.ptr
      %v65 = arith.muli %v34, %v3 : i64
      %v66 = arith.subi %v3, %v2 : i64
      %v67 = arith.minsi %v37, %v66 : i64
      %v68 = arith.addi %v65, %v67 : i64
      %v69 = arith.muli %v68, %v1 : i64
      %v70 = arith.addi %v69, %v2 : i64
      %v71 = llvm.getelementptr %carry_h[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v72 = llvm.load %v71 : !llvm.ptr -> f32
      llvm.store %v72, %v5 : f32, !llvm.ptr
      %v73 = arith.muli %v34, %v3 : i64
      %v74 = arith.subi %v3, %v2 : i64
      %v75 = arith.minsi %v37, %v74 : i64
      %v76 = arith.addi %v73, %v75 : i64
      %v77 = arith.muli %v76, %v1 : i64
      %v79 = arith.addi %v77, %v78 : i64
      %v80 = llvm.getelementptr %carry_h[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      llvm.store %v81, %v6 : f32, !llvm.ptr
      %v82 = arith.muli %v34, %v3 : i64
      %v83 = arith.subi %v3, %v2 : i64
      %v84 = arith.minsi %v37, %v83 : i64
      %v85 = arith.addi %v82, %v84 : i64
      %v86 = arith.muli %v85, %v1 : i64
      %v88 = arith.addi %v86, %v87 : i64
      %v89 = llvm.getelementptr %carry_h[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v90 = llvm.load %v89 : !llvm.ptr -> f32
      llvm.store %v90, %v7 : f32, !llvm.ptr
      %v91 = arith.muli %v34, %v3 : i64
      %v92 = arith.subi %v3, %v2 : i64
      %v93 = arith.minsi %v37, %v92 : i64
      %v94 = arith.addi %v91, %v93 : i64
      %v95 = arith.muli %v94, %v1 : i64
      %v97 = arith.addi %v95, %v96 : i64
      %v98 = llvm.getelementptr %carry_h[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v99 = llvm.load %v98 : !llvm.ptr -> f32
      llvm.store %v99, %v8 : f32, !llvm.ptr
      %v100 = arith.muli %v34, %v3 : i64
      %v101 = arith.subi %v3, %v2 : i64
      %v102 = arith.minsi %v37, %v101 : i64
      %v103 = arith.addi %v100, %v102 : i64
      %v104 = arith.muli %v103, %v1 : i64
      %v106 = arith.addi %v104, %v105 : i64
      %v107 = llvm.getelementptr %carry_h[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v108 = llvm.load %v107 : !llvm.ptr -> f32
      llvm.store %v108, %v9 : f32, !llvm.ptr
      %v109 = arith.muli %v34, %v3 : i64
      %v110 = arith.subi %v3, %v2 : i64
      %v111 = arith.minsi %v37, %v110 : i64
      %v112 = arith.addi %v109, %v111 : i64
      %v113 = arith.muli %v112, %v1 : i64
      %v115 = arith.addi %v113, %v114 : i64
      %v116 = llvm.getelementptr %carry_h[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v117 = llvm.load %v116 : !llvm.ptr -> f32
      llvm.store %v117, %v10 : f32, !llvm.ptr
      %v118 = arith.muli %v34, %v3 : i64
      %v119 = arith.subi %v3, %v2 : i64
      %v120 = arith.minsi %v37, %v119 : i64
      %v121 = arith.addi %v118, %v120 : i64
      %v122 = arith.muli %v121, %v1 : i64
      %v124 = arith.addi %v122, %v123 : i64
      %v125 = llvm.getelementptr %carry_h[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      llvm.store %v126, %v11 : f32, !llvm.ptr
      %v127 = arith.muli %v34, %v3 : i64
      %v128 = arith.subi %v3, %v2 : i64
      %v129 = arith.minsi %v37, %v128 : i64
      %v130 = arith.addi %v127, %v129 : i64
      %v131 = arith.muli %v130, %v1 : i64
      %v133 = arith.addi %v131, %v132 : i64
      %v134 = llvm.getelementptr %carry_h[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v135 = llvm.load %v134 : !llvm.ptr -> f32
      llvm.store %v135, %v12 : f32, !llvm.ptr
      %v136 = arith.muli %v34, %v3 : i64
      %v137 = arith.subi %v3, %v2 : i64
      %v138 = arith.minsi %v37, %v137 : i64
      %v139 = arith.addi %v136, %v138 : i64
      %v140 = arith.muli %v139, %v1 : i64
      %v142 = arith.addi %v140, %v141 : i64
      %v143 = llvm.getelementptr %carry_h[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v144 = llvm.load %v143 : !llvm.ptr -> f32
      llvm.store %v144, %v13 : f32, !llvm.ptr
      %v145 = arith.muli %v34, %v3 : i64
      %v146 = arith.subi %v3, %v2 : i64
      %v147 = arith.minsi %v37, %v146 : i64
      %v148 = arith.addi %v145, %v147 : i64
      %v149 = arith.muli %v148, %v1 : i64
      %v151 = arith.addi %v149, %v150 : i64
      %v152 = llvm.getelementptr %carry_h[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v153 = llvm.load %v152 : !llvm.ptr -> f32
      llvm.store %v153, %v14 : f32, !llvm.ptr
      %v154 = arith.muli %v34, %v3 : i64
      %v155 = arith.subi %v3, %v2 : i64
      %v156 = arith.minsi %v37, %v155 : i64
      %v157 = arith.addi %v154, %v156 : i64
      %v158 = arith.muli %v157, %v1 : i64
      %v160 = arith.addi %v158, %v159 : i64
      %v161 = llvm.getelementptr %carry_h[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v162 = llvm.load %v161 : !llvm.ptr -> f32
      llvm.store %v162, %v15 : f32, !llvm.ptr
      %v163 = arith.muli %v34, %v3 : i64
      %v164 = arith.subi %v3, %v2 : i64
      %v165 = arith.minsi %v37, %v164 : i64
      %v166 = arith.addi %v163, %v165 : i64
      %v167 = arith.muli %v166, %v1 : i64
      %v169 = arith.addi %v167, %v168 : i64
      %v170 = llvm.getelementptr %carry_h[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      llvm.store %v171, %v16 : f32, !llvm.ptr
      %v172 = arith.muli %v34, %v3 : i64
      %v173 = arith.subi %v3, %v2 : i64
      %v174 = arith.minsi %v37, %v173 : i64
      %v175 = arith.addi %v172, %v174 : i64
      %v176 = arith.muli %v175, %v1 : i64
      %v178 = arith.addi %v176, %v177 : i64
      %v179 = llvm.getelementptr %carry_h[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v180 = llvm.load %v179 : !llvm.ptr -> f32
      llvm.store %v180, %v17 : f32, !llvm.ptr
      %v181 = arith.muli %v34, %v3 : i64
      %v182 = arith.subi %v3, %v2 : i64
      %v183 = arith.minsi %v37, %v182 : i64
      %v184 = arith.addi %v181, %v183 : i64
      %v185 = arith.muli %v184, %v1 : i64
      %v187 = arith.addi %v185, %v186 : i64
      %v188 = llvm.getelementptr %carry_h[%v187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v189 = llvm.load %v188 : !llvm.ptr -> f32
      llvm.store %v189, %v18 : f32, !llvm.ptr
      %v190 = arith.muli %v34, %v3 : i64
      %v191 = arith.subi %v3, %v2 : i64
      %v192 = arith.minsi %v37, %v191 : i64
      %v193 = arith.addi %v190, %v192 : i64
      %v194 = arith.muli %v193, %v1 : i64
      %v196 = arith.addi %v194, %v195 : i64
      %v197 = llvm.getelementptr %carry_h[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v198 = llvm.load %v197 : !llvm.ptr -> f32
      llvm.store %v198, %v19 : f32, !llvm.ptr
      %v199 = arith.muli %v34, %v24 : i64
      %v200 = arith.addi %v199, %v24 : i64
      %v201 = arith.minsi %v200, %size_L : i64
      // staged load of `u`'s first tile: read, then shared memory
      %v203 = arith.divui %v28, %v202 : i64
      %v204 = arith.remui %v28, %v202 : i64
      %v205 = arith.constant true
      %v206 = llvm.getelementptr %v20[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v207 = llvm.load %v206 : !llvm.ptr<3> -> i64
      %v208 = arith.addi %v199, %v204 : i64
      %v209 = arith.cmpi slt, %v208, %v201 : i64
      %v210 = arith.subi %size_L, %v2 : i64
      %v211 = arith.minsi %v208, %v210 : i64
      %v212 = arith.addi %v207, %v211 : i64
      %v214 = arith.muli %v203, %v213 : i64
      %v215 = arith.addi %v214, %v204 : i64
      %v216 = llvm.getelementptr %in_u[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v217 = llvm.load %v216 : !llvm.ptr -> f32
      %v218 = arith.addi %v203, %v78 : i64
      %v219 = arith.constant true
      %v220 = llvm.getelementptr %v20[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v221 = llvm.load %v220 : !llvm.ptr<3> -> i64
      %v222 = arith.addi %v199, %v204 : i64
      %v223 = arith.cmpi slt, %v222, %v201 : i64
      %v224 = arith.subi %size_L, %v2 : i64
      %v225 = arith.minsi %v222, %v224 : i64
      %v226 = arith.addi %v221, %v225 : i64
      %v227 = arith.muli %v218, %v213 : i64
      %v228 = arith.addi %v227, %v204 : i64
      %v229 = llvm.getelementptr %in_u[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v230 = llvm.load %v229 : !llvm.ptr -> f32
      %v231 = arith.addi %v203, %v96 : i64
      %v232 = arith.constant true
      %v233 = llvm.getelementptr %v20[%v231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v234 = llvm.load %v233 : !llvm.ptr<3> -> i64
      %v235 = arith.addi %v199, %v204 : i64
      %v236 = arith.cmpi slt, %v235, %v201 : i64
      %v237 = arith.subi %size_L, %v2 : i64
      %v238 = arith.minsi %v235, %v237 : i64
      %v239 = arith.addi %v234, %v238 : i64
      %v240 = arith.muli %v231, %v213 : i64
      %v241 = arith.addi %v240, %v204 : i64
      %v242 = llvm.getelementptr %in_u[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v243 = llvm.load %v242 : !llvm.ptr -> f32
      %v244 = arith.addi %v203, %v114 : i64
      %v245 = arith.constant true
      %v246 = llvm.getelementptr %v20[%v244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v247 = llvm.load %v246 : !llvm.ptr<3> -> i64
      %v248 = arith.addi %v199, %v204 : i64
      %v249 = arith.cmpi slt, %v248, %v201 : i64
      %v250 = arith.subi %size_L, %v2 : i64
      %v251 = arith.minsi %v248, %v250 : i64
      %v252 = arith.addi %v247, %v251 : i64
      %v253 = arith.muli %v244, %v213 : i64
      %v254 = arith.addi %v253, %v204 : i64
      %v255 = llvm.getelementptr %in_u[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v256 = llvm.load %v255 : !llvm.ptr -> f32
      %v257 = arith.addi %v203, %v132 : i64
      %v258 = arith.constant true
      %v259 = llvm.getelementptr %v20[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v260 = llvm.load %v259 : !llvm.ptr<3> -> i64
      %v261 = arith.addi %v199, %v204 : i64
      %v262 = arith.cmpi slt, %v261, %v201 : i64
      %v263 = arith.subi %size_L, %v2 : i64
      %v264 = arith.minsi %v261, %v263 : i64
      %v265 = arith.addi %v260, %v264 : i64
      %v266 = arith.muli %v257, %v213 : i64
      %v267 = arith.addi %v266, %v204 : i64
      %v268 = llvm.getelementptr %in_u[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v269 = llvm.load %v268 : !llvm.ptr -> f32
      %v270 = arith.addi %v203, %v150 : i64
      %v271 = arith.constant true
      %v272 = llvm.getelementptr %v20[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v199, %v204 : i64
      %v275 = arith.cmpi slt, %v274, %v201 : i64
      %v276 = arith.subi %size_L, %v2 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v270, %v213 : i64
      %v280 = arith.addi %v279, %v204 : i64
      %v281 = llvm.getelementptr %in_u[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v283 = arith.addi %v203, %v168 : i64
      %v284 = arith.constant true
      %v285 = llvm.getelementptr %v20[%v283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v286 = llvm.load %v285 : !llvm.ptr<3> -> i64
      %v287 = arith.addi %v199, %v204 : i64
      %v288 = arith.cmpi slt, %v287, %v201 : i64
      %v289 = arith.subi %size_L, %v2 : i64
      %v290 = arith.minsi %v287, %v289 : i64
      %v291 = arith.addi %v286, %v290 : i64
      %v292 = arith.muli %v283, %v213 : i64
      %v293 = arith.addi %v292, %v204 : i64
      %v294 = llvm.getelementptr %in_u[%v291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v295 = llvm.load %v294 : !llvm.ptr -> f32
      %v296 = arith.addi %v203, %v186 : i64
      %v297 = arith.constant true
      %v298 = llvm.getelementptr %v20[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v299 = llvm.load %v298 : !llvm.ptr<3> -> i64
      %v300 = arith.addi %v199, %v204 : i64
      %v301 = arith.cmpi slt, %v300, %v201 : i64
      %v302 = arith.subi %size_L, %v2 : i64
      %v303 = arith.minsi %v300, %v302 : i64
      %v304 = arith.addi %v299, %v303 : i64
      %v305 = arith.muli %v296, %v213 : i64
      %v306 = arith.addi %v305, %v204 : i64
      %v307 = llvm.getelementptr %in_u[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v308 = llvm.load %v307 : !llvm.ptr -> f32
      %v309 = arith.addi %v203, %v1 : i64
      %v310 = arith.constant true
      %v311 = llvm.getelementptr %v20[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v312 = llvm.load %v311 : !llvm.ptr<3> -> i64
      %v313 = arith.addi %v199, %v204 : i64
      %v314 = arith.cmpi slt, %v313, %v201 : i64
      %v315 = arith.subi %size_L, %v2 : i64
      %v316 = arith.minsi %v313, %v315 : i64
      %v317 = arith.addi %v312, %v316 : i64
      %v318 = arith.muli %v309, %v213 : i64
      %v319 = arith.addi %v318, %v204 : i64
      %v320 = llvm.getelementptr %in_u[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v321 = llvm.load %v320 : !llvm.ptr -> f32
      %v323 = arith.addi %v203, %v322 : i64
      %v324 = arith.constant true
      %v325 = llvm.getelementptr %v20[%v323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v326 = llvm.load %v325 : !llvm.ptr<3> -> i64
      %v327 = arith.addi %v199, %v204 : i64
      %v328 = arith.cmpi slt, %v327, %v201 : i64
      %v329 = arith.subi %size_L, %v2 : i64
      %v330 = arith.minsi %v327, %v329 : i64
      %v331 = arith.addi %v326, %v330 : i64
      %v332 = arith.muli %v323, %v213 : i64
      %v333 = arith.addi %v332, %v204 : i64
      %v334 = llvm.getelementptr %in_u[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = llvm.load %v334 : !llvm.ptr -> f32
      %v337 = arith.addi %v203, %v336 : i64
      %v338 = arith.constant true
      %v339 = llvm.getelementptr %v20[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v340 = llvm.load %v339 : !llvm.ptr<3> -> i64
      %v341 = arith.addi %v199, %v204 : i64
      %v342 = arith.cmpi slt, %v341, %v201 : i64
      %v343 = arith.subi %size_L, %v2 : i64
      %v344 = arith.minsi %v341, %v343 : i64
      %v345 = arith.addi %v340, %v344 : i64
      %v346 = arith.muli %v337, %v213 : i64
      %v347 = arith.addi %v346, %v204 : i64
      %v348 = llvm.getelementptr %in_u[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v349 = llvm.load %v348 : !llvm.ptr -> f32
      %v351 = arith.addi %v203, %v350 : i64
      %v352 = arith.constant true
      %v353 = llvm.getelementptr %v20[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v199, %v204 : i64
      %v356 = arith.cmpi slt, %v355, %v201 : i64
      %v357 = arith.subi %size_L, %v2 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.addi %v354, %v358 : i64
      %v360 = arith.muli %v351, %v213 : i64
      %v361 = arith.addi %v360, %v204 : i64
      %v362 = llvm.getelementptr %in_u[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v365 = arith.addi %v203, %v364 : i64
      %v366 = arith.constant true
      %v367 = llvm.getelementptr %v20[%v365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v368 = llvm.load %v367 : !llvm.ptr<3> -> i64
      %v369 = arith.addi %v199, %v204 : i64
      %v370 = arith.cmpi slt, %v369, %v201 : i64
      %v371 = arith.subi %size_L, %v2 : i64
      %v372 = arith.minsi %v369, %v371 : i64
      %v373 = arith.addi %v368, %v372 : i64
      %v374 = arith.muli %v365, %v213 : i64
      %v375 = arith.addi %v374, %v204 : i64
      %v376 = llvm.getelementptr %in_u[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v377 = llvm.load %v376 : !llvm.ptr -> f32
      %v379 = arith.addi %v203, %v378 : i64
      %v380 = arith.constant true
      %v381 = llvm.getelementptr %v20[%v379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v382 = llvm.load %v381 : !llvm.ptr<3> -> i64
      %v383 = arith.addi %v199, %v204 : i64
      %v384 = arith.cmpi slt, %v383, %v201 : i64
      %v385 = arith.subi %size_L, %v2 : i64
      %v386 = arith.minsi %v383, %v385 : i64
      %v387 = arith.addi %v382, %v386 : i64
      %v388 = arith.muli %v379, %v213 : i64
      %v389 = arith.addi %v388, %v204 : i64
      %v390 = llvm.getelementptr %in_u[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = llvm.load %v390 : !llvm.ptr -> f32
      %v393 = arith.addi %v203, %v392 : i64
      %v394 = arith.constant true
      %v395 = llvm.getelementptr %v20[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v396 = llvm.load %v395 : !llvm.ptr<3> -> i64
      %v397 = arith.addi %v199, %v204 : i64
      %v398 = arith.cmpi slt, %v397, %v201 : i64
      %v399 = arith.subi %size_L, %v2 : i64
      %v400 = arith.minsi %v397, %v399 : i64
      %v401 = arith.addi %v396, %v400 : i64
      %v402 = arith.muli %v393, %v213 : i64
      %v403 = arith.addi %v402, %v204 : i64
      %v404 = llvm.getelementptr %in_u[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v405 = llvm.load %v404 : !llvm.ptr -> f32
      %v407 = arith.addi %v203, %v406 : i64
      %v408 = arith.constant true
      %v409 = llvm.getelementptr %v20[%v407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v410 = llvm.load %v409 : !llvm.ptr<3> -> i64
      %v411 = arith.addi %v199, %v204 : i64
      %v412 = arith.cmpi slt, %v411, %v201 : i64
      %v413 = arith.subi %size_L, %v2 : i64
      %v414 = arith.minsi %v411, %v413 : i64
      %v415 = arith.addi %v410, %v414 : i64
      %v416 = arith.muli %v407, %v213 : i64
      %v417 = arith.addi %v416, %v204 : i64
      %v418 = llvm.getelementptr %in_u[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v419 = llvm.load %v418 : !llvm.ptr -> f32
      %v420 = arith.addi %v203, %v202 : i64
      %v421 = arith.constant true
      %v422 = llvm.getelementptr %v20[%v420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v423 = llvm.load %v422 : !llvm.ptr<3> -> i64
      %v424 = arith.addi %v199, %v204 : i64
      %v425 = arith.cmpi slt, %v424, %v201 : i64
      %v426 = arith.subi %size_L, %v2 : i64
      %v427 = arith.minsi %v424, %v426 : i64
      %v428 = arith.addi %v423, %v427 : i64
      %v429 = arith.muli %v420, %v213 : i64
      %v430 = arith.addi %v429, %v204 : i64
      %v431 = llvm.getelementptr %in_u[%v428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v432 = llvm.load %v431 : !llvm.ptr -> f32
      %v434 = arith.addi %v203, %v433 : i64
      %v435 = arith.constant true
      %v436 = llvm.getelementptr %v20[%v434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v437 = llvm.load %v436 : !llvm.ptr<3> -> i64
      %v438 = arith.addi %v199, %v204 : i64
      %v439 = arith.cmpi slt, %v438, %v201 : i64
      %v440 = arith.subi %size_L, %v2 : i64
      %v441 = arith.minsi %v438, %v440 : i64
      %v442 = arith.addi %v437, %v441 : i64
      %v443 = arith.muli %v434, %v213 : i64
      %v444 = arith.addi %v443, %v204 : i64
      %v445 = llvm.getelementptr %in_u[%v442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v446 = llvm.load %v445 : !llvm.ptr -> f32
      %v448 = arith.addi %v203, %v447 : i64
      %v449 = arith.constant true
      %v450 = llvm.getelementptr %v20[%v448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v451 = llvm.load %v450 : !llvm.ptr<3> -> i64
      %v452 = arith.addi %v199, %v204 : i64
      %v453 = arith.cmpi slt, %v452, %v201 : i64
      %v454 = arith.subi %size_L, %v2 : i64
      %v455 = arith.minsi %v452, %v454 : i64
      %v456 = arith.addi %v451, %v455 : i64
      %v457 = arith.muli %v448, %v213 : i64
      %v458 = arith.addi %v457, %v204 : i64
      %v459 = llvm.getelementptr %in_u[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v460 = llvm.load %v459 : !llvm.ptr -> f32
      %v462 = arith.addi %v203, %v461 : i64
      %v463 = arith.constant true
      %v464 = llvm.getelementptr %v20[%v462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v465 = llvm.load %v464 : !llvm.ptr<3> -> i64
      %v466 = arith.addi %v199, %v204 : i64
      %v467 = arith.cmpi slt, %v466, %v201 : i64
      %v468 = arith.subi %size_L, %v2 : i64
      %v469 = arith.minsi %v466, %v468 : i64
      %v470 = arith.addi %v465, %v469 : i64
      %v471 = arith.muli %v462, %v213 : i64
      %v472 = arith.addi %v471, %v204 : i64
      %v473 = llvm.getelementptr %in_u[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v474 = llvm.load %v473 : !llvm.ptr -> f32
      %v476 = arith.addi %v203, %v475 : i64
      %v477 = arith.constant true
      %v478 = llvm.getelementptr %v20[%v476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v479 = llvm.load %v478 : !llvm.ptr<3> -> i64
      %v480 = arith.addi %v199, %v204 : i64
      %v481 = arith.cmpi slt, %v480, %v201 : i64
      %v482 = arith.subi %size_L, %v2 : i64
      %v483 = arith.minsi %v480, %v482 : i64
      %v484 = arith.addi %v479, %v483 : i64
      %v485 = arith.muli %v476, %v213 : i64
      %v486 = arith.addi %v485, %v204 : i64
      %v487 = llvm.getelementptr %in_u[%v484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v488 = llvm.load %v487 : !llvm.ptr -> f32
      %v490 = arith.addi %v203, %v489 : i64
      %v491 = arith.constant true
      %v492 = llvm.getelementptr %v20[%v490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v493 = llvm.load %v492 : !llvm.ptr<3> -> i64
      %v494 = arith.addi %v199, %v204 : i64
      %v495 = arith.cmpi slt, %v494, %v201 : i64
      %v496 = arith.subi %size_L, %v2 : i64
      %v497 = arith.minsi %v494, %v496 : i64
      %v498 = arith.addi %v493, %v497 : i64
      %v499 = arith.muli %v490, %v213 : i64
      %v500 = arith.addi %v499, %v204 : i64
      %v501 = llvm.getelementptr %in_u[%v498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v502 = llvm.load %v501 : !llvm.ptr -> f32
      %v504 = arith.addi %v203, %v503 : i64
      %v505 = arith.constant true
      %v506 = llvm.getelementptr %v20[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v507 = llvm.load %v506 : !llvm.ptr<3> -> i64
      %v508 = arith.addi %v199, %v204 : i64
      %v509 = arith.cmpi slt, %v508, %v201 : i64
      %v510 = arith.subi %size_L, %v2 : i64
      %v511 = arith.minsi %v508, %v510 : i64
      %v512 = arith.addi %v507, %v511 : i64
      %v513 = arith.muli %v504, %v213 : i64
      %v514 = arith.addi %v513, %v204 : i64
      %v515 = llvm.getelementptr %in_u[%v512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v516 = llvm.load %v515 : !llvm.ptr -> f32
      %v518 = arith.addi %v203, %v517 : i64
      %v519 = arith.constant true
      %v520 = llvm.getelementptr %v20[%v518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v521 = llvm.load %v520 : !llvm.ptr<3> -> i64
      %v522 = arith.addi %v199, %v204 : i64
      %v523 = arith.cmpi slt, %v522, %v201 : i64
      %v524 = arith.subi %size_L, %v2 : i64
      %v525 = arith.minsi %v522, %v524 : i64
      %v526 = arith.addi %v521, %v525 : i64
      %v527 = arith.muli %v518, %v213 : i64
      %v528 = arith.addi %v527, %v204 : i64
      %v529 = llvm.getelementptr %in_u[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v530 = llvm.load %v529 : !llvm.ptr -> f32
      %v532 = arith.addi %v203, %v531 : i64
      %v533 = arith.constant true
      %v534 = llvm.getelementptr %v20[%v532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v535 = llvm.load %v534 : !llvm.ptr<3> -> i64
      %v536 = arith.addi %v199, %v204 : i64
      %v537 = arith.cmpi slt, %v536, %v201 : i64
      %v538 = arith.subi %size_L, %v2 : i64
      %v539 = arith.minsi %v536, %v538 : i64
      %v540 = arith.addi %v535, %v539 : i64
      %v541 = arith.muli %v532, %v213 : i64
      %v542 = arith.addi %v541, %v204 : i64
      %v543 = llvm.getelementptr %in_u[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v544 = llvm.load %v543 : !llvm.ptr -> f32
      %v546 = arith.addi %v203, %v545 : i64
      %v547 = arith.constant true
      %v548 = llvm.getelementptr %v20[%v546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v549 = llvm.load %v548 : !llvm.ptr<3> -> i64
      %v550 = arith.addi %v199, %v204 : i64
      %v551 = arith.cmpi slt, %v550, %v201 : i64
      %v552 = arith.subi %size_L, %v2 : i64
      %v553 = arith.minsi %v550, %v552 : i64
      %v554 = arith.addi %v549, %v553 : i64
      %v555 = arith.muli %v546, %v213 : i64
      %v556 = arith.addi %v555, %v204 : i64
      %v557 = llvm.getelementptr %in_u[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v558 = llvm.load %v557 : !llvm.ptr -> f32
      %v560 = arith.addi %v203, %v559 : i64
      %v561 = arith.constant true
      %v562 = llvm.getelementptr %v20[%v560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v563 = llvm.load %v562 : !llvm.ptr<3> -> i64
      %v564 = arith.addi %v199, %v204 : i64
      %v565 = arith.cmpi slt, %v564, %v201 : i64
      %v566 = arith.subi %size_L, %v2 : i64
      %v567 = arith.minsi %v564, %v566 : i64
      %v568 = arith.addi %v563, %v567 : i64
      %v569 = arith.muli %v560, %v213 : i64
      %v570 = arith.addi %v569, %v204 : i64
      %v571 = llvm.getelementptr %in_u[%v568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v572 = llvm.load %v571 : !llvm.ptr -> f32
      %v574 = arith.addi %v203, %v573 : i64
      %v575 = arith.constant true
      %v576 = llvm.getelementptr %v20[%v574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v577 = llvm.load %v576 : !llvm.ptr<3> -> i64
      %v578 = arith.addi %v199, %v204 : i64
      %v579 = arith.cmpi slt, %v578, %v201 : i64
      %v580 = arith.subi %size_L, %v2 : i64
      %v581 = arith.minsi %v578, %v580 : i64
      %v582 = arith.addi %v577, %v581 : i64
      %v583 = arith.muli %v574, %v213 : i64
      %v584 = arith.addi %v583, %v204 : i64
      %v585 = llvm.getelementptr %in_u[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v586 = llvm.load %v585 : !llvm.ptr -> f32
      %v588 = arith.addi %v203, %v587 : i64
      %v589 = arith.constant true
      %v590 = llvm.getelementptr %v20[%v588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v591 = llvm.load %v590 : !llvm.ptr<3> -> i64
      %v592 = arith.addi %v199, %v204 : i64
      %v593 = arith.cmpi slt, %v592, %v201 : i64
      %v594 = arith.subi %size_L, %v2 : i64
      %v595 = arith.minsi %v592, %v594 : i64
      %v596 = arith.addi %v591, %v595 : i64
      %v597 = arith.muli %v588, %v213 : i64
      %v598 = arith.addi %v597, %v204 : i64
      %v599 = llvm.getelementptr %in_u[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v600 = llvm.load %v599 : !llvm.ptr -> f32
      %v602 = arith.addi %v203, %v601 : i64
      %v603 = arith.constant true
      %v604 = llvm.getelementptr %v20[%v602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v605 = llvm.load %v604 : !llvm.ptr<3> -> i64
      %v606 = arith.addi %v199, %v204 : i64
      %v607 = arith.cmpi slt, %v606, %v201 : i64
      %v608 = arith.subi %size_L, %v2 : i64
      %v609 = arith.minsi %v606, %v608 : i64
      %v610 = arith.addi %v605, %v609 : i64
      %v611 = arith.muli %v602, %v213 : i64
      %v612 = arith.addi %v611, %v204 : i64
      %v613 = llvm.getelementptr %in_u[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v614 = llvm.load %v613 : !llvm.ptr -> f32
      %v616 = arith.addi %v203, %v615 : i64
      %v617 = arith.constant true
      %v618 = llvm.getelementptr %v20[%v616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v619 = llvm.load %v618 : !llvm.ptr<3> -> i64
      %v620 = arith.addi %v199, %v204 : i64
      %v621 = arith.cmpi slt, %v620, %v201 : i64
      %v622 = arith.subi %size_L, %v2 : i64
      %v623 = arith.minsi %v620, %v622 : i64
      %v624 = arith.addi %v619, %v623 : i64
      %v625 = arith.muli %v616, %v213 : i64
      %v626 = arith.addi %v625, %v204 : i64
      %v627 = llvm.getelementptr %in_u[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v628 = llvm.load %v627 : !llvm.ptr -> f32
      %v630 = arith.addi %v203, %v629 : i64
      %v631 = arith.constant true
      %v632 = llvm.getelementptr %v20[%v630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v633 = llvm.load %v632 : !llvm.ptr<3> -> i64
      %v634 = arith.addi %v199, %v204 : i64
      %v635 = arith.cmpi slt, %v634, %v201 : i64
      %v636 = arith.subi %size_L, %v2 : i64
      %v637 = arith.minsi %v634, %v636 : i64
      %v638 = arith.addi %v633, %v637 : i64
      %v639 = arith.muli %v630, %v213 : i64
      %v640 = arith.addi %v639, %v204 : i64
      %v641 = llvm.getelementptr %in_u[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v642 = llvm.load %v641 : !llvm.ptr -> f32
      scf.if %v205 {
        %v643 = llvm.getelementptr %v21[%v215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v217, %v643 : f32, !llvm.ptr<3>
      }
      scf.if %v219 {
        %v644 = llvm.getelementptr %v21[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v230, %v644 : f32, !llvm.ptr<3>
      }
      scf.if %v232 {
        %v645 = llvm.getelementptr %v21[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v243, %v645 : f32, !llvm.ptr<3>
      }
      scf.if %v245 {
        %v646 = llvm.getelementptr %v21[%v254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v256, %v646 : f32, !llvm.ptr<3>
      }
      scf.if %v258 {
        %v647 = llvm.getelementptr %v21[%v267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v269, %v647 : f32, !llvm.ptr<3>
      }
      scf.if %v271 {
        %v648 = llvm.getelementptr %v21[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v648 : f32, !llvm.ptr<3>
      }
      scf.if %v284 {
        %v649 = llvm.getelementptr %v21[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v295, %v649 : f32, !llvm.ptr<3>
      }
      scf.if %v297 {
        %v650 = llvm.getelementptr %v21[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v308, %v650 : f32, !llvm.ptr<3>
      }
      scf.if %v310 {
        %v651 = llvm.getelementptr %v21[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v321, %v651 : f32, !llvm.ptr<3>
      }
      scf.if %v324 {
        %v652 = llvm.getelementptr %v21[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v335, %v652 : f32, !llvm.ptr<3>
      }
      scf.if %v338 {
        %v653 = llvm.getelementptr %v21[%v347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v349, %v653 : f32, !llvm.ptr<3>
      }
      scf.if %v352 {
        %v654 = llvm.getelementptr %v21[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v654 : f32, !llvm.ptr<3>
      }
      scf.if %v366 {
        %v655 = llvm.getelementptr %v21[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v377, %v655 : f32, !llvm.ptr<3>
      }
      scf.if %v380 {
        %v656 = llvm.getelementptr %v21[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v391, %v656 : f32, !llvm.ptr<3>
      }
      scf.if %v394 {
        %v657 = llvm.getelementptr %v21[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v405, %v657 : f32, !llvm.ptr<3>
      }
      scf.if %v408 {
        %v658 = llvm.getelementptr %v21[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v419, %v658 : f32, !llvm.ptr<3>
      }
      scf.if %v421 {
        %v659 = llvm.getelementptr %v21[%v430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v432, %v659 : f32, !llvm.ptr<3>
      }
      scf.if %v435 {
        %v660 = llvm.getelementptr %v21[%v444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v446, %v660 : f32, !llvm.ptr<3>
      }
      scf.if %v449 {
        %v661 = llvm.getelementptr %v21[%v458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v460, %v661 : f32, !llvm.ptr<3>
      }
      scf.if %v463 {
        %v662 = llvm.getelementptr %v21[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v474, %v662 : f32, !llvm.ptr<3>
      }
      scf.if %v477 {
        %v663 = llvm.getelementptr %v21[%v486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v488, %v663 : f32, !llvm.ptr<3>
      }
      scf.if %v491 {
        %v664 = llvm.getelementptr %v21[%v500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v502, %v664 : f32, !llvm.ptr<3>
      }
      scf.if %v505 {
        %v665 = llvm.getelementptr %v21[%v514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v516, %v665 : f32, !llvm.ptr<3>
      }
      scf.if %v519 {
        %v666 = llvm.getelementptr %v21[%v528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v530, %v666 : f32, !llvm.ptr<3>
      }
      scf.if %v533 {
        %v667 = llvm.getelementptr %v21[%v542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v544, %v667 : f32, !llvm.ptr<3>
      }
      scf.if %v547 {
        %v668 = llvm.getelementptr %v21[%v556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v558, %v668 : f32, !llvm.ptr<3>
      }
      scf.if %v561 {
        %v669 = llvm.getelementptr %v21[%v570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v572, %v669 : f32, !llvm.ptr<3>
      }
      scf.if %v575 {
        %v670 = llvm.getelementptr %v21[%v584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v586, %v670 : f32, !llvm.ptr<3>
      }
      scf.if %v589 {
        %v671 = llvm.getelementptr %v21[%v598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v600, %v671 : f32, !llvm.ptr<3>
      }
      scf.if %v603 {
        %v672 = llvm.getelementptr %v21[%v612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v614, %v672 : f32, !llvm.ptr<3>
      }
      scf.if %v617 {
        %v673 = llvm.getelementptr %v21[%v626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v628, %v673 : f32, !llvm.ptr<3>
      }
      scf.if %v631 {
        %v674 = llvm.getelementptr %v21[%v640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v642, %v674 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      gpu.barrier
      %v675 = arith.index_cast %v199 : i64 to index
      %v676 = arith.index_cast %v201 : i64 to index
      %v677 = arith.index_cast %v202 : i64 to index
      scf.for %v678 = %v675 to %v676 step %v677 {
        %v679 = arith.index_cast %v678 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v680 = arith.remui %v679, %v30 : i64
        %v681 = arith.cmpi eq, %v680, %v45 : i64
        %v682 = arith.andi %v681, %v38 : i1
        scf.if %v682 {
          %v683 = arith.divui %v679, %v30 : i64
          %v684 = llvm.mlir.zero : !llvm.ptr
          %v685 = llvm.icmp "ne" %ckpt_h, %v684 : !llvm.ptr
          scf.if %v685 {
            %v688 = arith.muli %v683, %v687 : i64
            %v689 = llvm.load %v4 : !llvm.ptr -> f32
            %v691 = arith.muli %v43, %v690 : i64
            %v692 = arith.muli %v41, %v1 : i64
            %v693 = arith.addi %v691, %v692 : i64
            %v694 = arith.addi %v688, %v693 : i64
            %v695 = llvm.getelementptr %ckpt_h[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v689, %v695 : f32, !llvm.ptr
            %v696 = llvm.load %v5 : !llvm.ptr -> f32
            %v697 = arith.muli %v43, %v690 : i64
            %v698 = arith.muli %v41, %v1 : i64
            %v699 = arith.addi %v697, %v698 : i64
            %v700 = arith.constant 1 : i64
            %v701 = arith.addi %v699, %v700 : i64
            %v702 = arith.addi %v688, %v701 : i64
            %v703 = llvm.getelementptr %ckpt_h[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v696, %v703 : f32, !llvm.ptr
            %v704 = llvm.load %v6 : !llvm.ptr -> f32
            %v705 = arith.muli %v43, %v690 : i64
            %v706 = arith.muli %v41, %v1 : i64
            %v707 = arith.addi %v705, %v706 : i64
            %v708 = arith.constant 2 : i64
            %v709 = arith.addi %v707, %v708 : i64
            %v710 = arith.addi %v688, %v709 : i64
            %v711 = llvm.getelementptr %ckpt_h[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v704, %v711 : f32, !llvm.ptr
            %v712 = llvm.load %v7 : !llvm.ptr -> f32
            %v713 = arith.muli %v43, %v690 : i64
            %v714 = arith.muli %v41, %v1 : i64
            %v715 = arith.addi %v713, %v714 : i64
            %v716 = arith.constant 3 : i64
            %v717 = arith.addi %v715, %v716 : i64
            %v718 = arith.addi %v688, %v717 : i64
            %v719 = llvm.getelementptr %ckpt_h[%v718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v712, %v719 : f32, !llvm.ptr
            %v720 = llvm.load %v8 : !llvm.ptr -> f32
            %v721 = arith.muli %v43, %v690 : i64
            %v722 = arith.muli %v41, %v1 : i64
            %v723 = arith.addi %v721, %v722 : i64
            %v724 = arith.constant 4 : i64
            %v725 = arith.addi %v723, %v724 : i64
            %v726 = arith.addi %v688, %v725 : i64
            %v727 = llvm.getelementptr %ckpt_h[%v726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v720, %v727 : f32, !llvm.ptr
            %v728 = llvm.load %v9 : !llvm.ptr -> f32
            %v729 = arith.muli %v43, %v690 : i64
            %v730 = arith.muli %v41, %v1 : i64
            %v731 = arith.addi %v729, %v730 : i64
            %v732 = arith.constant 5 : i64
            %v733 = arith.addi %v731, %v732 : i64
            %v734 = arith.addi %v688, %v733 : i64
            %v735 = llvm.getelementptr %ckpt_h[%v734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v728, %v735 : f32, !llvm.ptr
            %v736 = llvm.load %v10 : !llvm.ptr -> f32
            %v737 = arith.muli %v43, %v690 : i64
            %v738 = arith.muli %v41, %v1 : i64
            %v739 = arith.addi %v737, %v738 : i64
            %v740 = arith.constant 6 : i64
            %v741 = arith.addi %v739, %v740 : i64
            %v742 = arith.addi %v688, %v741 : i64
            %v743 = llvm.getelementptr %ckpt_h[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v736, %v743 : f32, !llvm.ptr
            %v744 = llvm.load %v11 : !llvm.ptr -> f32
            %v745 = arith.muli %v43, %v690 : i64
            %v746 = arith.muli %v41, %v1 : i64
            %v747 = arith.addi %v745, %v746 : i64
            %v748 = arith.constant 7 : i64
            %v749 = arith.addi %v747, %v748 : i64
            %v750 = arith.addi %v688, %v749 : i64
            %v751 = llvm.getelementptr %ckpt_h[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v744, %v751 : f32, !llvm.ptr
            %v752 = llvm.load %v12 : !llvm.ptr -> f32
            %v753 = arith.muli %v43, %v690 : i64
            %v754 = arith.muli %v41, %v1 : i64
            %v755 = arith.addi %v753, %v754 : i64
            %v756 = arith.constant 8 : i64
            %v757 = arith.addi %v755, %v756 : i64
            %v758 = arith.addi %v688, %v757 : i64
            %v759 = llvm.getelementptr %ckpt_h[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v752, %v759 : f32, !llvm.ptr
            %v760 = llvm.load %v13 : !llvm.ptr -> f32
            %v761 = arith.muli %v43, %v690 : i64
            %v762 = arith.muli %v41, %v1 : i64
            %v763 = arith.addi %v761, %v762 : i64
            %v764 = arith.constant 9 : i64
            %v765 = arith.addi %v763, %v764 : i64
            %v766 = arith.addi %v688, %v765 : i64
            %v767 = llvm.getelementptr %ckpt_h[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v760, %v767 : f32, !llvm.ptr
            %v768 = llvm.load %v14 : !llvm.ptr -> f32
            %v769 = arith.muli %v43, %v690 : i64
            %v770 = arith.muli %v41, %v1 : i64
            %v771 = arith.addi %v769, %v770 : i64
            %v772 = arith.constant 10 : i64
            %v773 = arith.addi %v771, %v772 : i64
            %v774 = arith.addi %v688, %v773 : i64
            %v775 = llvm.getelementptr %ckpt_h[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v768, %v775 : f32, !llvm.ptr
            %v776 = llvm.load %v15 : !llvm.ptr -> f32
            %v777 = arith.muli %v43, %v690 : i64
            %v778 = arith.muli %v41, %v1 : i64
            %v779 = arith.addi %v777, %v778 : i64
            %v780 = arith.constant 11 : i64
            %v781 = arith.addi %v779, %v780 : i64
            %v782 = arith.addi %v688, %v781 : i64
            %v783 = llvm.getelementptr %ckpt_h[%v782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v776, %v783 : f32, !llvm.ptr
            %v784 = llvm.load %v16 : !llvm.ptr -> f32
            %v785 = arith.muli %v43, %v690 : i64
            %v786 = arith.muli %v41, %v1 : i64
            %v787 = arith.addi %v785, %v786 : i64
            %v788 = arith.constant 12 : i64
            %v789 = arith.addi %v787, %v788 : i64
            %v790 = arith.addi %v688, %v789 : i64
            %v791 = llvm.getelementptr %ckpt_h[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v784, %v791 : f32, !llvm.ptr
            %v792 = llvm.load %v17 : !llvm.ptr -> f32
            %v793 = arith.muli %v43, %v690 : i64
            %v794 = arith.muli %v41, %v1 : i64
            %v795 = arith.addi %v793, %v794 : i64
            %v796 = arith.constant 13 : i64
            %v797 = arith.addi %v795, %v796 : i64
            %v798 = arith.addi %v688, %v797 : i64
            %v799 = llvm.getelementptr %ckpt_h[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v792, %v799 : f32, !llvm.ptr
            %v800 = llvm.load %v18 : !llvm.ptr -> f32
            %v801 = arith.muli %v43, %v690 : i64
            %v802 = arith.muli %v41, %v1 : i64
            %v803 = arith.addi %v801, %v802 : i64
            %v804 = arith.constant 14 : i64
            %v805 = arith.addi %v803, %v804 : i64
            %v806 = arith.addi %v688, %v805 : i64
            %v807 = llvm.getelementptr %ckpt_h[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v800, %v807 : f32, !llvm.ptr
            %v808 = llvm.load %v19 : !llvm.ptr -> f32
            %v809 = arith.muli %v43, %v690 : i64
            %v810 = arith.muli %v41, %v1 : i64
            %v811 = arith.addi %v809, %v810 : i64
            %v812 = arith.constant 15 : i64
            %v813 = arith.addi %v811, %v812 : i64
            %v814 = arith.addi %v688, %v813 : i64
            %v815 = llvm.getelementptr %ckpt_h[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v808, %v815 : f32, !llvm.ptr
          }
        }
        // end save
        %v816 = arith.subi %v201, %v679 : i64
        %v817 = arith.minsi %v816, %v202 : i64
        %v818 = arith.addi %v679, %v202 : i64
        %v819 = arith.divui %v28, %v202 : i64
        %v820 = arith.remui %v28, %v202 : i64
        %v821 = arith.constant true
        %v822 = llvm.getelementptr %v20[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v823 = llvm.load %v822 : !llvm.ptr<3> -> i64
        %v824 = arith.addi %v818, %v820 : i64
        %v825 = arith.cmpi slt, %v824, %v201 : i64
        %v826 = arith.subi %size_L, %v2 : i64
        %v827 = arith.minsi %v824, %v826 : i64
        %v828 = arith.addi %v823, %v827 : i64
        %v829 = arith.muli %v819, %v213 : i64
        %v830 = arith.addi %v829, %v820 : i64
        %v831 = llvm.getelementptr %in_u[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v832 = llvm.load %v831 : !llvm.ptr -> f32
        %v833 = arith.addi %v819, %v78 : i64
        %v834 = arith.constant true
        %v835 = llvm.getelementptr %v20[%v833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v836 = llvm.load %v835 : !llvm.ptr<3> -> i64
        %v837 = arith.addi %v818, %v820 : i64
        %v838 = arith.cmpi slt, %v837, %v201 : i64
        %v839 = arith.subi %size_L, %v2 : i64
        %v840 = arith.minsi %v837, %v839 : i64
        %v841 = arith.addi %v836, %v840 : i64
        %v842 = arith.muli %v833, %v213 : i64
        %v843 = arith.addi %v842, %v820 : i64
        %v844 = llvm.getelementptr %in_u[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v845 = llvm.load %v844 : !llvm.ptr -> f32
        %v846 = arith.addi %v819, %v96 : i64
        %v847 = arith.constant true
        %v848 = llvm.getelementptr %v20[%v846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v849 = llvm.load %v848 : !llvm.ptr<3> -> i64
        %v850 = arith.addi %v818, %v820 : i64
        %v851 = arith.cmpi slt, %v850, %v201 : i64
        %v852 = arith.subi %size_L, %v2 : i64
        %v853 = arith.minsi %v850, %v852 : i64
        %v854 = arith.addi %v849, %v853 : i64
        %v855 = arith.muli %v846, %v213 : i64
        %v856 = arith.addi %v855, %v820 : i64
        %v857 = llvm.getelementptr %in_u[%v854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v858 = llvm.load %v857 : !llvm.ptr -> f32
        %v859 = arith.addi %v819, %v114 : i64
        %v860 = arith.constant true
        %v861 = llvm.getelementptr %v20[%v859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v862 = llvm.load %v861 : !llvm.ptr<3> -> i64
        %v863 = arith.addi %v818, %v820 : i64
        %v864 = arith.cmpi slt, %v863, %v201 : i64
        %v865 = arith.subi %size_L, %v2 : i64
        %v866 = arith.minsi %v863, %v865 : i64
        %v867 = arith.addi %v862, %v866 : i64
        %v868 = arith.muli %v859, %v213 : i64
        %v869 = arith.addi %v868, %v820 : i64
        %v870 = llvm.getelementptr %in_u[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v871 = llvm.load %v870 : !llvm.ptr -> f32
        %v872 = arith.addi %v819, %v132 : i64
        %v873 = arith.constant true
        %v874 = llvm.getelementptr %v20[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v875 = llvm.load %v874 : !llvm.ptr<3> -> i64
        %v876 = arith.addi %v818, %v820 : i64
        %v877 = arith.cmpi slt, %v876, %v201 : i64
        %v878 = arith.subi %size_L, %v2 : i64
        %v879 = arith.minsi %v876, %v878 : i64
        %v880 = arith.addi %v875, %v879 : i64
        %v881 = arith.muli %v872, %v213 : i64
        %v882 = arith.addi %v881, %v820 : i64
        %v883 = llvm.getelementptr %in_u[%v880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v884 = llvm.load %v883 : !llvm.ptr -> f32
        %v885 = arith.addi %v819, %v150 : i64
        %v886 = arith.constant true
        %v887 = llvm.getelementptr %v20[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v888 = llvm.load %v887 : !llvm.ptr<3> -> i64
        %v889 = arith.addi %v818, %v820 : i64
        %v890 = arith.cmpi slt, %v889, %v201 : i64
        %v891 = arith.subi %size_L, %v2 : i64
        %v892 = arith.minsi %v889, %v891 : i64
        %v893 = arith.addi %v888, %v892 : i64
        %v894 = arith.muli %v885, %v213 : i64
        %v895 = arith.addi %v894, %v820 : i64
        %v896 = llvm.getelementptr %in_u[%v893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v897 = llvm.load %v896 : !llvm.ptr -> f32
        %v898 = arith.addi %v819, %v168 : i64
        %v899 = arith.constant true
        %v900 = llvm.getelementptr %v20[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v901 = llvm.load %v900 : !llvm.ptr<3> -> i64
        %v902 = arith.addi %v818, %v820 : i64
        %v903 = arith.cmpi slt, %v902, %v201 : i64
        %v904 = arith.subi %size_L, %v2 : i64
        %v905 = arith.minsi %v902, %v904 : i64
        %v906 = arith.addi %v901, %v905 : i64
        %v907 = arith.muli %v898, %v213 : i64
        %v908 = arith.addi %v907, %v820 : i64
        %v909 = llvm.getelementptr %in_u[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v910 = llvm.load %v909 : !llvm.ptr -> f32
        %v911 = arith.addi %v819, %v186 : i64
        %v912 = arith.constant true
        %v913 = llvm.getelementptr %v20[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v914 = llvm.load %v913 : !llvm.ptr<3> -> i64
        %v915 = arith.addi %v818, %v820 : i64
        %v916 = arith.cmpi slt, %v915, %v201 : i64
        %v917 = arith.subi %size_L, %v2 : i64
        %v918 = arith.minsi %v915, %v917 : i64
        %v919 = arith.addi %v914, %v918 : i64
        %v920 = arith.muli %v911, %v213 : i64
        %v921 = arith.addi %v920, %v820 : i64
        %v922 = llvm.getelementptr %in_u[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v923 = llvm.load %v922 : !llvm.ptr -> f32
        %v924 = arith.addi %v819, %v1 : i64
        %v925 = arith.constant true
        %v926 = llvm.getelementptr %v20[%v924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v927 = llvm.load %v926 : !llvm.ptr<3> -> i64
        %v928 = arith.addi %v818, %v820 : i64
        %v929 = arith.cmpi slt, %v928, %v201 : i64
        %v930 = arith.subi %size_L, %v2 : i64
        %v931 = arith.minsi %v928, %v930 : i64
        %v932 = arith.addi %v927, %v931 : i64
        %v933 = arith.muli %v924, %v213 : i64
        %v934 = arith.addi %v933, %v820 : i64
        %v935 = llvm.getelementptr %in_u[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v936 = llvm.load %v935 : !llvm.ptr -> f32
        %v937 = arith.addi %v819, %v322 : i64
        %v938 = arith.constant true
        %v939 = llvm.getelementptr %v20[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v940 = llvm.load %v939 : !llvm.ptr<3> -> i64
        %v941 = arith.addi %v818, %v820 : i64
        %v942 = arith.cmpi slt, %v941, %v201 : i64
        %v943 = arith.subi %size_L, %v2 : i64
        %v944 = arith.minsi %v941, %v943 : i64
        %v945 = arith.addi %v940, %v944 : i64
        %v946 = arith.muli %v937, %v213 : i64
        %v947 = arith.addi %v946, %v820 : i64
        %v948 = llvm.getelementptr %in_u[%v945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v949 = llvm.load %v948 : !llvm.ptr -> f32
        %v950 = arith.addi %v819, %v336 : i64
        %v951 = arith.constant true
        %v952 = llvm.getelementptr %v20[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v953 = llvm.load %v952 : !llvm.ptr<3> -> i64
        %v954 = arith.addi %v818, %v820 : i64
        %v955 = arith.cmpi slt, %v954, %v201 : i64
        %v956 = arith.subi %size_L, %v2 : i64
        %v957 = arith.minsi %v954, %v956 : i64
        %v958 = arith.addi %v953, %v957 : i64
        %v959 = arith.muli %v950, %v213 : i64
        %v960 = arith.addi %v959, %v820 : i64
        %v961 = llvm.getelementptr %in_u[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v962 = llvm.load %v961 : !llvm.ptr -> f32
        %v963 = arith.addi %v819, %v350 : i64
        %v964 = arith.constant true
        %v965 = llvm.getelementptr %v20[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v966 = llvm.load %v965 : !llvm.ptr<3> -> i64
        %v967 = arith.addi %v818, %v820 : i64
        %v968 = arith.cmpi slt, %v967, %v201 : i64
        %v969 = arith.subi %size_L, %v2 : i64
        %v970 = arith.minsi %v967, %v969 : i64
        %v971 = arith.addi %v966, %v970 : i64
        %v972 = arith.muli %v963, %v213 : i64
        %v973 = arith.addi %v972, %v820 : i64
        %v974 = llvm.getelementptr %in_u[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v975 = llvm.load %v974 : !llvm.ptr -> f32
        %v976 = arith.addi %v819, %v364 : i64
        %v977 = arith.constant true
        %v978 = llvm.getelementptr %v20[%v976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v979 = llvm.load %v978 : !llvm.ptr<3> -> i64
        %v980 = arith.addi %v818, %v820 : i64
        %v981 = arith.cmpi slt, %v980, %v201 : i64
        %v982 = arith.subi %size_L, %v2 : i64
        %v983 = arith.minsi %v980, %v982 : i64
        %v984 = arith.addi %v979, %v983 : i64
        %v985 = arith.muli %v976, %v213 : i64
        %v986 = arith.addi %v985, %v820 : i64
        %v987 = llvm.getelementptr %in_u[%v984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v988 = llvm.load %v987 : !llvm.ptr -> f32
        %v989 = arith.addi %v819, %v378 : i64
        %v990 = arith.constant true
        %v991 = llvm.getelementptr %v20[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v992 = llvm.load %v991 : !llvm.ptr<3> -> i64
        %v993 = arith.addi %v818, %v820 : i64
        %v994 = arith.cmpi slt, %v993, %v201 : i64
        %v995 = arith.subi %size_L, %v2 : i64
        %v996 = arith.minsi %v993, %v995 : i64
        %v997 = arith.addi %v992, %v996 : i64
        %v998 = arith.muli %v989, %v213 : i64
        %v999 = arith.addi %v998, %v820 : i64
        %v1000 = llvm.getelementptr %in_u[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
        %v1002 = arith.addi %v819, %v392 : i64
        %v1003 = arith.constant true
        %v1004 = llvm.getelementptr %v20[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1005 = llvm.load %v1004 : !llvm.ptr<3> -> i64
        %v1006 = arith.addi %v818, %v820 : i64
        %v1007 = arith.cmpi slt, %v1006, %v201 : i64
        %v1008 = arith.subi %size_L, %v2 : i64
        %v1009 = arith.minsi %v1006, %v1008 : i64
        %v1010 = arith.addi %v1005, %v1009 : i64
        %v1011 = arith.muli %v1002, %v213 : i64
        %v1012 = arith.addi %v1011, %v820 : i64
        %v1013 = llvm.getelementptr %in_u[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
        %v1015 = arith.addi %v819, %v406 : i64
        %v1016 = arith.constant true
        %v1017 = llvm.getelementptr %v20[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1018 = llvm.load %v1017 : !llvm.ptr<3> -> i64
        %v1019 = arith.addi %v818, %v820 : i64
        %v1020 = arith.cmpi slt, %v1019, %v201 : i64
        %v1021 = arith.subi %size_L, %v2 : i64
        %v1022 = arith.minsi %v1019, %v1021 : i64
        %v1023 = arith.addi %v1018, %v1022 : i64
        %v1024 = arith.muli %v1015, %v213 : i64
        %v1025 = arith.addi %v1024, %v820 : i64
        %v1026 = llvm.getelementptr %in_u[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
        %v1028 = arith.addi %v819, %v202 : i64
        %v1029 = arith.constant true
        %v1030 = llvm.getelementptr %v20[%v1028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1031 = llvm.load %v1030 : !llvm.ptr<3> -> i64
        %v1032 = arith.addi %v818, %v820 : i64
        %v1033 = arith.cmpi slt, %v1032, %v201 : i64
        %v1034 = arith.subi %size_L, %v2 : i64
        %v1035 = arith.minsi %v1032, %v1034 : i64
        %v1036 = arith.addi %v1031, %v1035 : i64
        %v1037 = arith.muli %v1028, %v213 : i64
        %v1038 = arith.addi %v1037, %v820 : i64
        %v1039 = llvm.getelementptr %in_u[%v1036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1040 = llvm.load %v1039 : !llvm.ptr -> f32
        %v1041 = arith.addi %v819, %v433 : i64
        %v1042 = arith.constant true
        %v1043 = llvm.getelementptr %v20[%v1041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1044 = llvm.load %v1043 : !llvm.ptr<3> -> i64
        %v1045 = arith.addi %v818, %v820 : i64
        %v1046 = arith.cmpi slt, %v1045, %v201 : i64
        %v1047 = arith.subi %size_L, %v2 : i64
        %v1048 = arith.minsi %v1045, %v1047 : i64
        %v1049 = arith.addi %v1044, %v1048 : i64
        %v1050 = arith.muli %v1041, %v213 : i64
        %v1051 = arith.addi %v1050, %v820 : i64
        %v1052 = llvm.getelementptr %in_u[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
        %v1054 = arith.addi %v819, %v447 : i64
        %v1055 = arith.constant true
        %v1056 = llvm.getelementptr %v20[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1057 = llvm.load %v1056 : !llvm.ptr<3> -> i64
        %v1058 = arith.addi %v818, %v820 : i64
        %v1059 = arith.cmpi slt, %v1058, %v201 : i64
        %v1060 = arith.subi %size_L, %v2 : i64
        %v1061 = arith.minsi %v1058, %v1060 : i64
        %v1062 = arith.addi %v1057, %v1061 : i64
        %v1063 = arith.muli %v1054, %v213 : i64
        %v1064 = arith.addi %v1063, %v820 : i64
        %v1065 = llvm.getelementptr %in_u[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1066 = llvm.load %v1065 : !llvm.ptr -> f32
        %v1067 = arith.addi %v819, %v461 : i64
        %v1068 = arith.constant true
        %v1069 = llvm.getelementptr %v20[%v1067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1070 = llvm.load %v1069 : !llvm.ptr<3> -> i64
        %v1071 = arith.addi %v818, %v820 : i64
        %v1072 = arith.cmpi slt, %v1071, %v201 : i64
        %v1073 = arith.subi %size_L, %v2 : i64
        %v1074 = arith.minsi %v1071, %v1073 : i64
        %v1075 = arith.addi %v1070, %v1074 : i64
        %v1076 = arith.muli %v1067, %v213 : i64
        %v1077 = arith.addi %v1076, %v820 : i64
        %v1078 = llvm.getelementptr %in_u[%v1075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1079 = llvm.load %v1078 : !llvm.ptr -> f32
        %v1080 = arith.addi %v819, %v475 : i64
        %v1081 = arith.constant true
        %v1082 = llvm.getelementptr %v20[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1083 = llvm.load %v1082 : !llvm.ptr<3> -> i64
        %v1084 = arith.addi %v818, %v820 : i64
        %v1085 = arith.cmpi slt, %v1084, %v201 : i64
        %v1086 = arith.subi %size_L, %v2 : i64
        %v1087 = arith.minsi %v1084, %v1086 : i64
        %v1088 = arith.addi %v1083, %v1087 : i64
        %v1089 = arith.muli %v1080, %v213 : i64
        %v1090 = arith.addi %v1089, %v820 : i64
        %v1091 = llvm.getelementptr %in_u[%v1088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
        %v1093 = arith.addi %v819, %v489 : i64
        %v1094 = arith.constant true
        %v1095 = llvm.getelementptr %v20[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
        %v1097 = arith.addi %v818, %v820 : i64
        %v1098 = arith.cmpi slt, %v1097, %v201 : i64
        %v1099 = arith.subi %size_L, %v2 : i64
        %v1100 = arith.minsi %v1097, %v1099 : i64
        %v1101 = arith.addi %v1096, %v1100 : i64
        %v1102 = arith.muli %v1093, %v213 : i64
        %v1103 = arith.addi %v1102, %v820 : i64
        %v1104 = llvm.getelementptr %in_u[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
        %v1106 = arith.addi %v819, %v503 : i64
        %v1107 = arith.constant true
        %v1108 = llvm.getelementptr %v20[%v1106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1109 = llvm.load %v1108 : !llvm.ptr<3> -> i64
        %v1110 = arith.addi %v818, %v820 : i64
        %v1111 = arith.cmpi slt, %v1110, %v201 : i64
        %v1112 = arith.subi %size_L, %v2 : i64
        %v1113 = arith.minsi %v1110, %v1112 : i64
        %v1114 = arith.addi %v1109, %v1113 : i64
        %v1115 = arith.muli %v1106, %v213 : i64
        %v1116 = arith.addi %v1115, %v820 : i64
        %v1117 = llvm.getelementptr %in_u[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
        %v1119 = arith.addi %v819, %v517 : i64
        %v1120 = arith.constant true
        %v1121 = llvm.getelementptr %v20[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1122 = llvm.load %v1121 : !llvm.ptr<3> -> i64
        %v1123 = arith.addi %v818, %v820 : i64
        %v1124 = arith.cmpi slt, %v1123, %v201 : i64
        %v1125 = arith.subi %size_L, %v2 : i64
        %v1126 = arith.minsi %v1123, %v1125 : i64
        %v1127 = arith.addi %v1122, %v1126 : i64
        %v1128 = arith.muli %v1119, %v213 : i64
        %v1129 = arith.addi %v1128, %v820 : i64
        %v1130 = llvm.getelementptr %in_u[%v1127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1131 = llvm.load %v1130 : !llvm.ptr -> f32
        %v1132 = arith.addi %v819, %v531 : i64
        %v1133 = arith.constant true
        %v1134 = llvm.getelementptr %v20[%v1132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
        %v1136 = arith.addi %v818, %v820 : i64
        %v1137 = arith.cmpi slt, %v1136, %v201 : i64
        %v1138 = arith.subi %size_L, %v2 : i64
        %v1139 = arith.minsi %v1136, %v1138 : i64
        %v1140 = arith.addi %v1135, %v1139 : i64
        %v1141 = arith.muli %v1132, %v213 : i64
        %v1142 = arith.addi %v1141, %v820 : i64
        %v1143 = llvm.getelementptr %in_u[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
        %v1145 = arith.addi %v819, %v545 : i64
        %v1146 = arith.constant true
        %v1147 = llvm.getelementptr %v20[%v1145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1148 = llvm.load %v1147 : !llvm.ptr<3> -> i64
        %v1149 = arith.addi %v818, %v820 : i64
        %v1150 = arith.cmpi slt, %v1149, %v201 : i64
        %v1151 = arith.subi %size_L, %v2 : i64
        %v1152 = arith.minsi %v1149, %v1151 : i64
        %v1153 = arith.addi %v1148, %v1152 : i64
        %v1154 = arith.muli %v1145, %v213 : i64
        %v1155 = arith.addi %v1154, %v820 : i64
        %v1156 = llvm.getelementptr %in_u[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
        %v1158 = arith.addi %v819, %v559 : i64
        %v1159 = arith.constant true
        %v1160 = llvm.getelementptr %v20[%v1158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1161 = llvm.load %v1160 : !llvm.ptr<3> -> i64
        %v1162 = arith.addi %v818, %v820 : i64
        %v1163 = arith.cmpi slt, %v1162, %v201 : i64
        %v1164 = arith.subi %size_L, %v2 : i64
        %v1165 = arith.minsi %v1162, %v1164 : i64
        %v1166 = arith.addi %v1161, %v1165 : i64
        %v1167 = arith.muli %v1158, %v213 : i64
        %v1168 = arith.addi %v1167, %v820 : i64
        %v1169 = llvm.getelementptr %in_u[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1170 = llvm.load %v1169 : !llvm.ptr -> f32
        %v1171 = arith.addi %v819, %v573 : i64
        %v1172 = arith.constant true
        %v1173 = llvm.getelementptr %v20[%v1171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1174 = llvm.load %v1173 : !llvm.ptr<3> -> i64
        %v1175 = arith.addi %v818, %v820 : i64
        %v1176 = arith.cmpi slt, %v1175, %v201 : i64
        %v1177 = arith.subi %size_L, %v2 : i64
        %v1178 = arith.minsi %v1175, %v1177 : i64
        %v1179 = arith.addi %v1174, %v1178 : i64
        %v1180 = arith.muli %v1171, %v213 : i64
        %v1181 = arith.addi %v1180, %v820 : i64
        %v1182 = llvm.getelementptr %in_u[%v1179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1183 = llvm.load %v1182 : !llvm.ptr -> f32
        %v1184 = arith.addi %v819, %v587 : i64
        %v1185 = arith.constant true
        %v1186 = llvm.getelementptr %v20[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1187 = llvm.load %v1186 : !llvm.ptr<3> -> i64
        %v1188 = arith.addi %v818, %v820 : i64
        %v1189 = arith.cmpi slt, %v1188, %v201 : i64
        %v1190 = arith.subi %size_L, %v2 : i64
        %v1191 = arith.minsi %v1188, %v1190 : i64
        %v1192 = arith.addi %v1187, %v1191 : i64
        %v1193 = arith.muli %v1184, %v213 : i64
        %v1194 = arith.addi %v1193, %v820 : i64
        %v1195 = llvm.getelementptr %in_u[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1196 = llvm.load %v1195 : !llvm.ptr -> f32
        %v1197 = arith.addi %v819, %v601 : i64
        %v1198 = arith.constant true
        %v1199 = llvm.getelementptr %v20[%v1197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1200 = llvm.load %v1199 : !llvm.ptr<3> -> i64
        %v1201 = arith.addi %v818, %v820 : i64
        %v1202 = arith.cmpi slt, %v1201, %v201 : i64
        %v1203 = arith.subi %size_L, %v2 : i64
        %v1204 = arith.minsi %v1201, %v1203 : i64
        %v1205 = arith.addi %v1200, %v1204 : i64
        %v1206 = arith.muli %v1197, %v213 : i64
        %v1207 = arith.addi %v1206, %v820 : i64
        %v1208 = llvm.getelementptr %in_u[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
        %v1210 = arith.addi %v819, %v615 : i64
        %v1211 = arith.constant true
        %v1212 = llvm.getelementptr %v20[%v1210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1213 = llvm.load %v1212 : !llvm.ptr<3> -> i64
        %v1214 = arith.addi %v818, %v820 : i64
        %v1215 = arith.cmpi slt, %v1214, %v201 : i64
        %v1216 = arith.subi %size_L, %v2 : i64
        %v1217 = arith.minsi %v1214, %v1216 : i64
        %v1218 = arith.addi %v1213, %v1217 : i64
        %v1219 = arith.muli %v1210, %v213 : i64
        %v1220 = arith.addi %v1219, %v820 : i64
        %v1221 = llvm.getelementptr %in_u[%v1218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1222 = llvm.load %v1221 : !llvm.ptr -> f32
        %v1223 = arith.addi %v819, %v629 : i64
        %v1224 = arith.constant true
        %v1225 = llvm.getelementptr %v20[%v1223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1226 = llvm.load %v1225 : !llvm.ptr<3> -> i64
        %v1227 = arith.addi %v818, %v820 : i64
        %v1228 = arith.cmpi slt, %v1227, %v201 : i64
        %v1229 = arith.subi %size_L, %v2 : i64
        %v1230 = arith.minsi %v1227, %v1229 : i64
        %v1231 = arith.addi %v1226, %v1230 : i64
        %v1232 = arith.muli %v1223, %v213 : i64
        %v1233 = arith.addi %v1232, %v820 : i64
        %v1234 = llvm.getelementptr %in_u[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
        %v1236 = arith.index_cast %v45 : i64 to index
        %v1237 = arith.index_cast %v817 : i64 to index
        %v1238 = arith.index_cast %v2 : i64 to index
        scf.for %v1239 = %v1236 to %v1237 step %v1238 {
          %v1240 = arith.index_cast %v1239 : index to i64
          %v1241 = arith.addi %v679, %v1240 : i64
          %v1263 = arith.muli %v28, %v213 : i64
          %v1264 = arith.addi %v1263, %v1240 : i64
          %v1265 = llvm.getelementptr %v21[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1266 = llvm.load %v1265 : !llvm.ptr<3> -> f32
          %v1267 = arith.mulf %v1262, %v1266 fastmath<contract> : f32
          %v1268 = llvm.load %v4 : !llvm.ptr -> f32
          %v1269 = arith.mulf %v1255, %v1268 fastmath<contract> : f32
          %v1270 = arith.addf %v1269, %v1267 fastmath<contract> : f32
          %v1290 = arith.mulf %v1289, %v1266 fastmath<contract> : f32
          %v1291 = llvm.load %v5 : !llvm.ptr -> f32
          %v1292 = arith.mulf %v1281, %v1291 fastmath<contract> : f32
          %v1293 = arith.addf %v1292, %v1290 fastmath<contract> : f32
          %v1313 = arith.mulf %v1312, %v1266 fastmath<contract> : f32
          %v1314 = llvm.load %v6 : !llvm.ptr -> f32
          %v1315 = arith.mulf %v1304, %v1314 fastmath<contract> : f32
          %v1316 = arith.addf %v1315, %v1313 fastmath<contract> : f32
          %v1336 = arith.mulf %v1335, %v1266 fastmath<contract> : f32
          %v1337 = llvm.load %v7 : !llvm.ptr -> f32
          %v1338 = arith.mulf %v1327, %v1337 fastmath<contract> : f32
          %v1339 = arith.addf %v1338, %v1336 fastmath<contract> : f32
          %v1359 = arith.mulf %v1358, %v1266 fastmath<contract> : f32
          %v1360 = llvm.load %v8 : !llvm.ptr -> f32
          %v1361 = arith.mulf %v1350, %v1360 fastmath<contract> : f32
          %v1362 = arith.addf %v1361, %v1359 fastmath<contract> : f32
          %v1382 = arith.mulf %v1381, %v1266 fastmath<contract> : f32
          %v1383 = llvm.load %v9 : !llvm.ptr -> f32
          %v1384 = arith.mulf %v1373, %v1383 fastmath<contract> : f32
          %v1385 = arith.addf %v1384, %v1382 fastmath<contract> : f32
          %v1405 = arith.mulf %v1404, %v1266 fastmath<contract> : f32
          %v1406 = llvm.load %v10 : !llvm.ptr -> f32
          %v1407 = arith.mulf %v1396, %v1406 fastmath<contract> : f32
          %v1408 = arith.addf %v1407, %v1405 fastmath<contract> : f32
          %v1428 = arith.mulf %v1427, %v1266 fastmath<contract> : f32
          %v1429 = llvm.load %v11 : !llvm.ptr -> f32
          %v1430 = arith.mulf %v1419, %v1429 fastmath<contract> : f32
          %v1431 = arith.addf %v1430, %v1428 fastmath<contract> : f32
          %v1451 = arith.mulf %v1450, %v1266 fastmath<contract> : f32
          %v1452 = llvm.load %v12 : !llvm.ptr -> f32
          %v1453 = arith.mulf %v1442, %v1452 fastmath<contract> : f32
          %v1454 = arith.addf %v1453, %v1451 fastmath<contract> : f32
          %v1474 = arith.mulf %v1473, %v1266 fastmath<contract> : f32
          %v1475 = llvm.load %v13 : !llvm.ptr -> f32
          %v1476 = arith.mulf %v1465, %v1475 fastmath<contract> : f32
          %v1477 = arith.addf %v1476, %v1474 fastmath<contract> : f32
          %v1497 = arith.mulf %v1496, %v1266 fastmath<contract> : f32
          %v1498 = llvm.load %v14 : !llvm.ptr -> f32
          %v1499 = arith.mulf %v1488, %v1498 fastmath<contract> : f32
          %v1500 = arith.addf %v1499, %v1497 fastmath<contract> : f32
          %v1520 = arith.mulf %v1519, %v1266 fastmath<contract> : f32
          %v1521 = llvm.load %v15 : !llvm.ptr -> f32
          %v1522 = arith.mulf %v1511, %v1521 fastmath<contract> : f32
          %v1523 = arith.addf %v1522, %v1520 fastmath<contract> : f32
          %v1543 = arith.mulf %v1542, %v1266 fastmath<contract> : f32
          %v1544 = llvm.load %v16 : !llvm.ptr -> f32
          %v1545 = arith.mulf %v1534, %v1544 fastmath<contract> : f32
          %v1546 = arith.addf %v1545, %v1543 fastmath<contract> : f32
          %v1566 = arith.mulf %v1565, %v1266 fastmath<contract> : f32
          %v1567 = llvm.load %v17 : !llvm.ptr -> f32
          %v1568 = arith.mulf %v1557, %v1567 fastmath<contract> : f32
          %v1569 = arith.addf %v1568, %v1566 fastmath<contract> : f32
          %v1589 = arith.mulf %v1588, %v1266 fastmath<contract> : f32
          %v1590 = llvm.load %v18 : !llvm.ptr -> f32
          %v1591 = arith.mulf %v1580, %v1590 fastmath<contract> : f32
          %v1592 = arith.addf %v1591, %v1589 fastmath<contract> : f32
          %v1612 = arith.mulf %v1611, %v1266 fastmath<contract> : f32
          %v1613 = llvm.load %v19 : !llvm.ptr -> f32
          %v1614 = arith.mulf %v1603, %v1613 fastmath<contract> : f32
          %v1615 = arith.addf %v1614, %v1612 fastmath<contract> : f32
          llvm.store %v1270, %v4 : f32, !llvm.ptr
          llvm.store %v1293, %v5 : f32, !llvm.ptr
          llvm.store %v1316, %v6 : f32, !llvm.ptr
          llvm.store %v1339, %v7 : f32, !llvm.ptr
          llvm.store %v1362, %v8 : f32, !llvm.ptr
          llvm.store %v1385, %v9 : f32, !llvm.ptr
          llvm.store %v1408, %v10 : f32, !llvm.ptr
          llvm.store %v1431, %v11 : f32, !llvm.ptr
          llvm.store %v1454, %v12 : f32, !llvm.ptr
          llvm.store %v1477, %v13 : f32, !llvm.ptr
          llvm.store %v1500, %v14 : f32, !llvm.ptr
          llvm.store %v1523, %v15 : f32, !llvm.ptr
          llvm.store %v1546, %v16 : f32, !llvm.ptr
          llvm.store %v1569, %v17 : f32, !llvm.ptr
          llvm.store %v1592, %v18 : f32, !llvm.ptr
          llvm.store %v1615, %v19 : f32, !llvm.ptr
          %v1619 = llvm.load %v4 : !llvm.ptr -> f32
          %v1620 = arith.mulf %v1618, %v1619 fastmath<contract> : f32
          %v1626 = llvm.load %v5 : !llvm.ptr -> f32
          %v1627 = arith.mulf %v1625, %v1626 fastmath<contract> : f32
          %v1628 = arith.addf %v1620, %v1627 fastmath<contract> : f32
          %v1634 = llvm.load %v6 : !llvm.ptr -> f32
          %v1635 = arith.mulf %v1633, %v1634 fastmath<contract> : f32
          %v1636 = arith.addf %v1628, %v1635 fastmath<contract> : f32
          %v1642 = llvm.load %v7 : !llvm.ptr -> f32
          %v1643 = arith.mulf %v1641, %v1642 fastmath<contract> : f32
          %v1644 = arith.addf %v1636, %v1643 fastmath<contract> : f32
          %v1650 = llvm.load %v8 : !llvm.ptr -> f32
          %v1651 = arith.mulf %v1649, %v1650 fastmath<contract> : f32
          %v1652 = arith.addf %v1644, %v1651 fastmath<contract> : f32
          %v1658 = llvm.load %v9 : !llvm.ptr -> f32
          %v1659 = arith.mulf %v1657, %v1658 fastmath<contract> : f32
          %v1660 = arith.addf %v1652, %v1659 fastmath<contract> : f32
          %v1666 = llvm.load %v10 : !llvm.ptr -> f32
          %v1667 = arith.mulf %v1665, %v1666 fastmath<contract> : f32
          %v1668 = arith.addf %v1660, %v1667 fastmath<contract> : f32
          %v1674 = llvm.load %v11 : !llvm.ptr -> f32
          %v1675 = arith.mulf %v1673, %v1674 fastmath<contract> : f32
          %v1676 = arith.addf %v1668, %v1675 fastmath<contract> : f32
          %v1682 = llvm.load %v12 : !llvm.ptr -> f32
          %v1683 = arith.mulf %v1681, %v1682 fastmath<contract> : f32
          %v1684 = arith.addf %v1676, %v1683 fastmath<contract> : f32
          %v1690 = llvm.load %v13 : !llvm.ptr -> f32
          %v1691 = arith.mulf %v1689, %v1690 fastmath<contract> : f32
          %v1692 = arith.addf %v1684, %v1691 fastmath<contract> : f32
          %v1698 = llvm.load %v14 : !llvm.ptr -> f32
          %v1699 = arith.mulf %v1697, %v1698 fastmath<contract> : f32
          %v1700 = arith.addf %v1692, %v1699 fastmath<contract> : f32
          %v1706 = llvm.load %v15 : !llvm.ptr -> f32
          %v1707 = arith.mulf %v1705, %v1706 fastmath<contract> : f32
          %v1708 = arith.addf %v1700, %v1707 fastmath<contract> : f32
          %v1714 = llvm.load %v16 : !llvm.ptr -> f32
          %v1715 = arith.mulf %v1713, %v1714 fastmath<contract> : f32
          %v1716 = arith.addf %v1708, %v1715 fastmath<contract> : f32
          %v1722 = llvm.load %v17 : !llvm.ptr -> f32
          %v1723 = arith.mulf %v1721, %v1722 fastmath<contract> : f32
          %v1724 = arith.addf %v1716, %v1723 fastmath<contract> : f32
          %v1730 = llvm.load %v18 : !llvm.ptr -> f32
          %v1731 = arith.mulf %v1729, %v1730 fastmath<contract> : f32
          %v1732 = arith.addf %v1724, %v1731 fastmath<contract> : f32
          %v1738 = llvm.load %v19 : !llvm.ptr -> f32
          %v1739 = arith.mulf %v1737, %v1738 fastmath<contract> : f32
          %v1740 = arith.addf %v1732, %v1739 fastmath<contract> : f32
          %v1743 = arith.mulf %v1266, %v1742 fastmath<contract> : f32
          %v1744 = arith.addf %v1740, %v1743 fastmath<contract> : f32
          %v1745 = arith.addi %v30, %v28 : i64
          %v1746 = arith.muli %v1745, %v213 : i64
          %v1747 = arith.addi %v1746, %v1240 : i64
          %v1748 = llvm.getelementptr %v21[%v1747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1744, %v1748 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1749 = arith.divui %v28, %v202 : i64
        %v1750 = arith.remui %v28, %v202 : i64
        %v1751 = arith.muli %v1749, %v213 : i64
        %v1752 = arith.addi %v1751, %v1750 : i64
        %v1753 = llvm.getelementptr %v21[%v1752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1753 : f32, !llvm.ptr<3>
        %v1754 = arith.addi %v30, %v28 : i64
        %v1755 = arith.divui %v1754, %v202 : i64
        %v1756 = arith.remui %v1754, %v202 : i64
        %v1757 = arith.muli %v1755, %v213 : i64
        %v1758 = arith.addi %v1757, %v1756 : i64
        %v1759 = llvm.getelementptr %v21[%v1758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v845, %v1759 : f32, !llvm.ptr<3>
        %v1761 = arith.addi %v1760, %v28 : i64
        %v1762 = arith.divui %v1761, %v202 : i64
        %v1763 = arith.remui %v1761, %v202 : i64
        %v1764 = arith.muli %v1762, %v213 : i64
        %v1765 = arith.addi %v1764, %v1763 : i64
        %v1766 = llvm.getelementptr %v21[%v1765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v858, %v1766 : f32, !llvm.ptr<3>
        %v1768 = arith.addi %v1767, %v28 : i64
        %v1769 = arith.divui %v1768, %v202 : i64
        %v1770 = arith.remui %v1768, %v202 : i64
        %v1771 = arith.muli %v1769, %v213 : i64
        %v1772 = arith.addi %v1771, %v1770 : i64
        %v1773 = llvm.getelementptr %v21[%v1772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v871, %v1773 : f32, !llvm.ptr<3>
        %v1774 = arith.addi %v24, %v28 : i64
        %v1775 = arith.divui %v1774, %v202 : i64
        %v1776 = arith.remui %v1774, %v202 : i64
        %v1777 = arith.muli %v1775, %v213 : i64
        %v1778 = arith.addi %v1777, %v1776 : i64
        %v1779 = llvm.getelementptr %v21[%v1778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v884, %v1779 : f32, !llvm.ptr<3>
        %v1781 = arith.addi %v1780, %v28 : i64
        %v1782 = arith.divui %v1781, %v202 : i64
        %v1783 = arith.remui %v1781, %v202 : i64
        %v1784 = arith.muli %v1782, %v213 : i64
        %v1785 = arith.addi %v1784, %v1783 : i64
        %v1786 = llvm.getelementptr %v21[%v1785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v897, %v1786 : f32, !llvm.ptr<3>
        %v1788 = arith.addi %v1787, %v28 : i64
        %v1789 = arith.divui %v1788, %v202 : i64
        %v1790 = arith.remui %v1788, %v202 : i64
        %v1791 = arith.muli %v1789, %v213 : i64
        %v1792 = arith.addi %v1791, %v1790 : i64
        %v1793 = llvm.getelementptr %v21[%v1792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v910, %v1793 : f32, !llvm.ptr<3>
        %v1795 = arith.addi %v1794, %v28 : i64
        %v1796 = arith.divui %v1795, %v202 : i64
        %v1797 = arith.remui %v1795, %v202 : i64
        %v1798 = arith.muli %v1796, %v213 : i64
        %v1799 = arith.addi %v1798, %v1797 : i64
        %v1800 = llvm.getelementptr %v21[%v1799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v923, %v1800 : f32, !llvm.ptr<3>
        %v1802 = arith.addi %v1801, %v28 : i64
        %v1803 = arith.divui %v1802, %v202 : i64
        %v1804 = arith.remui %v1802, %v202 : i64
        %v1805 = arith.muli %v1803, %v213 : i64
        %v1806 = arith.addi %v1805, %v1804 : i64
        %v1807 = llvm.getelementptr %v21[%v1806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v936, %v1807 : f32, !llvm.ptr<3>
        %v1809 = arith.addi %v1808, %v28 : i64
        %v1810 = arith.divui %v1809, %v202 : i64
        %v1811 = arith.remui %v1809, %v202 : i64
        %v1812 = arith.muli %v1810, %v213 : i64
        %v1813 = arith.addi %v1812, %v1811 : i64
        %v1814 = llvm.getelementptr %v21[%v1813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v949, %v1814 : f32, !llvm.ptr<3>
        %v1816 = arith.addi %v1815, %v28 : i64
        %v1817 = arith.divui %v1816, %v202 : i64
        %v1818 = arith.remui %v1816, %v202 : i64
        %v1819 = arith.muli %v1817, %v213 : i64
        %v1820 = arith.addi %v1819, %v1818 : i64
        %v1821 = llvm.getelementptr %v21[%v1820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v962, %v1821 : f32, !llvm.ptr<3>
        %v1823 = arith.addi %v1822, %v28 : i64
        %v1824 = arith.divui %v1823, %v202 : i64
        %v1825 = arith.remui %v1823, %v202 : i64
        %v1826 = arith.muli %v1824, %v213 : i64
        %v1827 = arith.addi %v1826, %v1825 : i64
        %v1828 = llvm.getelementptr %v21[%v1827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v975, %v1828 : f32, !llvm.ptr<3>
        %v1830 = arith.addi %v1829, %v28 : i64
        %v1831 = arith.divui %v1830, %v202 : i64
        %v1832 = arith.remui %v1830, %v202 : i64
        %v1833 = arith.muli %v1831, %v213 : i64
        %v1834 = arith.addi %v1833, %v1832 : i64
        %v1835 = llvm.getelementptr %v21[%v1834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v988, %v1835 : f32, !llvm.ptr<3>
        %v1837 = arith.addi %v1836, %v28 : i64
        %v1838 = arith.divui %v1837, %v202 : i64
        %v1839 = arith.remui %v1837, %v202 : i64
        %v1840 = arith.muli %v1838, %v213 : i64
        %v1841 = arith.addi %v1840, %v1839 : i64
        %v1842 = llvm.getelementptr %v21[%v1841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1001, %v1842 : f32, !llvm.ptr<3>
        %v1844 = arith.addi %v1843, %v28 : i64
        %v1845 = arith.divui %v1844, %v202 : i64
        %v1846 = arith.remui %v1844, %v202 : i64
        %v1847 = arith.muli %v1845, %v213 : i64
        %v1848 = arith.addi %v1847, %v1846 : i64
        %v1849 = llvm.getelementptr %v21[%v1848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1014, %v1849 : f32, !llvm.ptr<3>
        %v1851 = arith.addi %v1850, %v28 : i64
        %v1852 = arith.divui %v1851, %v202 : i64
        %v1853 = arith.remui %v1851, %v202 : i64
        %v1854 = arith.muli %v1852, %v213 : i64
        %v1855 = arith.addi %v1854, %v1853 : i64
        %v1856 = llvm.getelementptr %v21[%v1855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1027, %v1856 : f32, !llvm.ptr<3>
        %v1858 = arith.addi %v1857, %v28 : i64
        %v1859 = arith.divui %v1858, %v202 : i64
        %v1860 = arith.remui %v1858, %v202 : i64
        %v1861 = arith.muli %v1859, %v213 : i64
        %v1862 = arith.addi %v1861, %v1860 : i64
        %v1863 = llvm.getelementptr %v21[%v1862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1040, %v1863 : f32, !llvm.ptr<3>
        %v1865 = arith.addi %v1864, %v28 : i64
        %v1866 = arith.divui %v1865, %v202 : i64
        %v1867 = arith.remui %v1865, %v202 : i64
        %v1868 = arith.muli %v1866, %v213 : i64
        %v1869 = arith.addi %v1868, %v1867 : i64
        %v1870 = llvm.getelementptr %v21[%v1869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1053, %v1870 : f32, !llvm.ptr<3>
        %v1872 = arith.addi %v1871, %v28 : i64
        %v1873 = arith.divui %v1872, %v202 : i64
        %v1874 = arith.remui %v1872, %v202 : i64
        %v1875 = arith.muli %v1873, %v213 : i64
        %v1876 = arith.addi %v1875, %v1874 : i64
        %v1877 = llvm.getelementptr %v21[%v1876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1066, %v1877 : f32, !llvm.ptr<3>
        %v1879 = arith.addi %v1878, %v28 : i64
        %v1880 = arith.divui %v1879, %v202 : i64
        %v1881 = arith.remui %v1879, %v202 : i64
        %v1882 = arith.muli %v1880, %v213 : i64
        %v1883 = arith.addi %v1882, %v1881 : i64
        %v1884 = llvm.getelementptr %v21[%v1883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1079, %v1884 : f32, !llvm.ptr<3>
        %v1886 = arith.addi %v1885, %v28 : i64
        %v1887 = arith.divui %v1886, %v202 : i64
        %v1888 = arith.remui %v1886, %v202 : i64
        %v1889 = arith.muli %v1887, %v213 : i64
        %v1890 = arith.addi %v1889, %v1888 : i64
        %v1891 = llvm.getelementptr %v21[%v1890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1092, %v1891 : f32, !llvm.ptr<3>
        %v1893 = arith.addi %v1892, %v28 : i64
        %v1894 = arith.divui %v1893, %v202 : i64
        %v1895 = arith.remui %v1893, %v202 : i64
        %v1896 = arith.muli %v1894, %v213 : i64
        %v1897 = arith.addi %v1896, %v1895 : i64
        %v1898 = llvm.getelementptr %v21[%v1897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1105, %v1898 : f32, !llvm.ptr<3>
        %v1900 = arith.addi %v1899, %v28 : i64
        %v1901 = arith.divui %v1900, %v202 : i64
        %v1902 = arith.remui %v1900, %v202 : i64
        %v1903 = arith.muli %v1901, %v213 : i64
        %v1904 = arith.addi %v1903, %v1902 : i64
        %v1905 = llvm.getelementptr %v21[%v1904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1118, %v1905 : f32, !llvm.ptr<3>
        %v1907 = arith.addi %v1906, %v28 : i64
        %v1908 = arith.divui %v1907, %v202 : i64
        %v1909 = arith.remui %v1907, %v202 : i64
        %v1910 = arith.muli %v1908, %v213 : i64
        %v1911 = arith.addi %v1910, %v1909 : i64
        %v1912 = llvm.getelementptr %v21[%v1911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1131, %v1912 : f32, !llvm.ptr<3>
        %v1914 = arith.addi %v1913, %v28 : i64
        %v1915 = arith.divui %v1914, %v202 : i64
        %v1916 = arith.remui %v1914, %v202 : i64
        %v1917 = arith.muli %v1915, %v213 : i64
        %v1918 = arith.addi %v1917, %v1916 : i64
        %v1919 = llvm.getelementptr %v21[%v1918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v1919 : f32, !llvm.ptr<3>
        %v1921 = arith.addi %v1920, %v28 : i64
        %v1922 = arith.divui %v1921, %v202 : i64
        %v1923 = arith.remui %v1921, %v202 : i64
        %v1924 = arith.muli %v1922, %v213 : i64
        %v1925 = arith.addi %v1924, %v1923 : i64
        %v1926 = llvm.getelementptr %v21[%v1925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1157, %v1926 : f32, !llvm.ptr<3>
        %v1928 = arith.addi %v1927, %v28 : i64
        %v1929 = arith.divui %v1928, %v202 : i64
        %v1930 = arith.remui %v1928, %v202 : i64
        %v1931 = arith.muli %v1929, %v213 : i64
        %v1932 = arith.addi %v1931, %v1930 : i64
        %v1933 = llvm.getelementptr %v21[%v1932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1170, %v1933 : f32, !llvm.ptr<3>
        %v1935 = arith.addi %v1934, %v28 : i64
        %v1936 = arith.divui %v1935, %v202 : i64
        %v1937 = arith.remui %v1935, %v202 : i64
        %v1938 = arith.muli %v1936, %v213 : i64
        %v1939 = arith.addi %v1938, %v1937 : i64
        %v1940 = llvm.getelementptr %v21[%v1939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1183, %v1940 : f32, !llvm.ptr<3>
        %v1942 = arith.addi %v1941, %v28 : i64
        %v1943 = arith.divui %v1942, %v202 : i64
        %v1944 = arith.remui %v1942, %v202 : i64
        %v1945 = arith.muli %v1943, %v213 : i64
        %v1946 = arith.addi %v1945, %v1944 : i64
        %v1947 = llvm.getelementptr %v21[%v1946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1196, %v1947 : f32, !llvm.ptr<3>
        %v1949 = arith.addi %v1948, %v28 : i64
        %v1950 = arith.divui %v1949, %v202 : i64
        %v1951 = arith.remui %v1949, %v202 : i64
        %v1952 = arith.muli %v1950, %v213 : i64
        %v1953 = arith.addi %v1952, %v1951 : i64
        %v1954 = llvm.getelementptr %v21[%v1953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1209, %v1954 : f32, !llvm.ptr<3>
        %v1956 = arith.addi %v1955, %v28 : i64
        %v1957 = arith.divui %v1956, %v202 : i64
        %v1958 = arith.remui %v1956, %v202 : i64
        %v1959 = arith.muli %v1957, %v213 : i64
        %v1960 = arith.addi %v1959, %v1958 : i64
        %v1961 = llvm.getelementptr %v21[%v1960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1222, %v1961 : f32, !llvm.ptr<3>
        %v1963 = arith.addi %v1962, %v28 : i64
        %v1964 = arith.divui %v1963, %v202 : i64
        %v1965 = arith.remui %v1963, %v202 : i64
        %v1966 = arith.muli %v1964, %v213 : i64
        %v1967 = arith.addi %v1966, %v1965 : i64
        %v1968 = llvm.getelementptr %v21[%v1967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1235, %v1968 : f32, !llvm.ptr<3>
        %v1969 = arith.divui %v28, %v202 : i64
        %v1970 = arith.remui %v28, %v202 : i64
        %v1971 = arith.constant true
        %v1972 = arith.addi %v30, %v1969 : i64
        %v1973 = llvm.getelementptr %v20[%v1972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1974 = llvm.load %v1973 : !llvm.ptr<3> -> i64
        %v1975 = arith.addi %v679, %v1970 : i64
        %v1976 = arith.cmpi slt, %v1975, %v201 : i64
        %v1977 = arith.subi %size_L, %v2 : i64
        %v1978 = arith.minsi %v1975, %v1977 : i64
        %v1979 = arith.addi %v1974, %v1978 : i64
        %v1980 = arith.muli %v1972, %v213 : i64
        %v1981 = arith.addi %v1980, %v1970 : i64
        %v1982 = arith.cmpi sge, %v1974, %v45 : i64
        %v1983 = arith.andi %v1976, %v1982 : i1
        %v1984 = arith.andi %v1983, %v1971 : i1
        %v1985 = llvm.getelementptr %v21[%v1981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1986 = llvm.load %v1985 : !llvm.ptr<3> -> f32
        %v1987 = arith.addi %v1969, %v78 : i64
        %v1988 = arith.constant true
        %v1989 = arith.addi %v30, %v1987 : i64
        %v1990 = llvm.getelementptr %v20[%v1989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1991 = llvm.load %v1990 : !llvm.ptr<3> -> i64
        %v1992 = arith.addi %v679, %v1970 : i64
        %v1993 = arith.cmpi slt, %v1992, %v201 : i64
        %v1994 = arith.subi %size_L, %v2 : i64
        %v1995 = arith.minsi %v1992, %v1994 : i64
        %v1996 = arith.addi %v1991, %v1995 : i64
        %v1997 = arith.muli %v1989, %v213 : i64
        %v1998 = arith.addi %v1997, %v1970 : i64
        %v1999 = arith.cmpi sge, %v1991, %v45 : i64
        %v2000 = arith.andi %v1993, %v1999 : i1
        %v2001 = arith.andi %v2000, %v1988 : i1
        %v2002 = llvm.getelementptr %v21[%v1998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2003 = llvm.load %v2002 : !llvm.ptr<3> -> f32
        %v2004 = arith.addi %v1969, %v96 : i64
        %v2005 = arith.constant true
        %v2006 = arith.addi %v30, %v2004 : i64
        %v2007 = llvm.getelementptr %v20[%v2006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2008 = llvm.load %v2007 : !llvm.ptr<3> -> i64
        %v2009 = arith.addi %v679, %v1970 : i64
        %v2010 = arith.cmpi slt, %v2009, %v201 : i64
        %v2011 = arith.subi %size_L, %v2 : i64
        %v2012 = arith.minsi %v2009, %v2011 : i64
        %v2013 = arith.addi %v2008, %v2012 : i64
        %v2014 = arith.muli %v2006, %v213 : i64
        %v2015 = arith.addi %v2014, %v1970 : i64
        %v2016 = arith.cmpi sge, %v2008, %v45 : i64
        %v2017 = arith.andi %v2010, %v2016 : i1
        %v2018 = arith.andi %v2017, %v2005 : i1
        %v2019 = llvm.getelementptr %v21[%v2015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2020 = llvm.load %v2019 : !llvm.ptr<3> -> f32
        %v2021 = arith.addi %v1969, %v114 : i64
        %v2022 = arith.constant true
        %v2023 = arith.addi %v30, %v2021 : i64
        %v2024 = llvm.getelementptr %v20[%v2023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2025 = llvm.load %v2024 : !llvm.ptr<3> -> i64
        %v2026 = arith.addi %v679, %v1970 : i64
        %v2027 = arith.cmpi slt, %v2026, %v201 : i64
        %v2028 = arith.subi %size_L, %v2 : i64
        %v2029 = arith.minsi %v2026, %v2028 : i64
        %v2030 = arith.addi %v2025, %v2029 : i64
        %v2031 = arith.muli %v2023, %v213 : i64
        %v2032 = arith.addi %v2031, %v1970 : i64
        %v2033 = arith.cmpi sge, %v2025, %v45 : i64
        %v2034 = arith.andi %v2027, %v2033 : i1
        %v2035 = arith.andi %v2034, %v2022 : i1
        %v2036 = llvm.getelementptr %v21[%v2032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2037 = llvm.load %v2036 : !llvm.ptr<3> -> f32
        %v2038 = arith.addi %v1969, %v132 : i64
        %v2039 = arith.constant true
        %v2040 = arith.addi %v30, %v2038 : i64
        %v2041 = llvm.getelementptr %v20[%v2040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2042 = llvm.load %v2041 : !llvm.ptr<3> -> i64
        %v2043 = arith.addi %v679, %v1970 : i64
        %v2044 = arith.cmpi slt, %v2043, %v201 : i64
        %v2045 = arith.subi %size_L, %v2 : i64
        %v2046 = arith.minsi %v2043, %v2045 : i64
        %v2047 = arith.addi %v2042, %v2046 : i64
        %v2048 = arith.muli %v2040, %v213 : i64
        %v2049 = arith.addi %v2048, %v1970 : i64
        %v2050 = arith.cmpi sge, %v2042, %v45 : i64
        %v2051 = arith.andi %v2044, %v2050 : i1
        %v2052 = arith.andi %v2051, %v2039 : i1
        %v2053 = llvm.getelementptr %v21[%v2049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2054 = llvm.load %v2053 : !llvm.ptr<3> -> f32
        %v2055 = arith.addi %v1969, %v150 : i64
        %v2056 = arith.constant true
        %v2057 = arith.addi %v30, %v2055 : i64
        %v2058 = llvm.getelementptr %v20[%v2057] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2059 = llvm.load %v2058 : !llvm.ptr<3> -> i64
        %v2060 = arith.addi %v679, %v1970 : i64
        %v2061 = arith.cmpi slt, %v2060, %v201 : i64
        %v2062 = arith.subi %size_L, %v2 : i64
        %v2063 = arith.minsi %v2060, %v2062 : i64
        %v2064 = arith.addi %v2059, %v2063 : i64
        %v2065 = arith.muli %v2057, %v213 : i64
        %v2066 = arith.addi %v2065, %v1970 : i64
        %v2067 = arith.cmpi sge, %v2059, %v45 : i64
        %v2068 = arith.andi %v2061, %v2067 : i1
        %v2069 = arith.andi %v2068, %v2056 : i1
        %v2070 = llvm.getelementptr %v21[%v2066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2071 = llvm.load %v2070 : !llvm.ptr<3> -> f32
        %v2072 = arith.addi %v1969, %v168 : i64
        %v2073 = arith.constant true
        %v2074 = arith.addi %v30, %v2072 : i64
        %v2075 = llvm.getelementptr %v20[%v2074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2076 = llvm.load %v2075 : !llvm.ptr<3> -> i64
        %v2077 = arith.addi %v679, %v1970 : i64
        %v2078 = arith.cmpi slt, %v2077, %v201 : i64
        %v2079 = arith.subi %size_L, %v2 : i64
        %v2080 = arith.minsi %v2077, %v2079 : i64
        %v2081 = arith.addi %v2076, %v2080 : i64
        %v2082 = arith.muli %v2074, %v213 : i64
        %v2083 = arith.addi %v2082, %v1970 : i64
        %v2084 = arith.cmpi sge, %v2076, %v45 : i64
        %v2085 = arith.andi %v2078, %v2084 : i1
        %v2086 = arith.andi %v2085, %v2073 : i1
        %v2087 = llvm.getelementptr %v21[%v2083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2088 = llvm.load %v2087 : !llvm.ptr<3> -> f32
        %v2089 = arith.addi %v1969, %v186 : i64
        %v2090 = arith.constant true
        %v2091 = arith.addi %v30, %v2089 : i64
        %v2092 = llvm.getelementptr %v20[%v2091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2093 = llvm.load %v2092 : !llvm.ptr<3> -> i64
        %v2094 = arith.addi %v679, %v1970 : i64
        %v2095 = arith.cmpi slt, %v2094, %v201 : i64
        %v2096 = arith.subi %size_L, %v2 : i64
        %v2097 = arith.minsi %v2094, %v2096 : i64
        %v2098 = arith.addi %v2093, %v2097 : i64
        %v2099 = arith.muli %v2091, %v213 : i64
        %v2100 = arith.addi %v2099, %v1970 : i64
        %v2101 = arith.cmpi sge, %v2093, %v45 : i64
        %v2102 = arith.andi %v2095, %v2101 : i1
        %v2103 = arith.andi %v2102, %v2090 : i1
        %v2104 = llvm.getelementptr %v21[%v2100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2105 = llvm.load %v2104 : !llvm.ptr<3> -> f32
        %v2106 = arith.addi %v1969, %v1 : i64
        %v2107 = arith.constant true
        %v2108 = arith.addi %v30, %v2106 : i64
        %v2109 = llvm.getelementptr %v20[%v2108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2110 = llvm.load %v2109 : !llvm.ptr<3> -> i64
        %v2111 = arith.addi %v679, %v1970 : i64
        %v2112 = arith.cmpi slt, %v2111, %v201 : i64
        %v2113 = arith.subi %size_L, %v2 : i64
        %v2114 = arith.minsi %v2111, %v2113 : i64
        %v2115 = arith.addi %v2110, %v2114 : i64
        %v2116 = arith.muli %v2108, %v213 : i64
        %v2117 = arith.addi %v2116, %v1970 : i64
        %v2118 = arith.cmpi sge, %v2110, %v45 : i64
        %v2119 = arith.andi %v2112, %v2118 : i1
        %v2120 = arith.andi %v2119, %v2107 : i1
        %v2121 = llvm.getelementptr %v21[%v2117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2122 = llvm.load %v2121 : !llvm.ptr<3> -> f32
        %v2123 = arith.addi %v1969, %v322 : i64
        %v2124 = arith.constant true
        %v2125 = arith.addi %v30, %v2123 : i64
        %v2126 = llvm.getelementptr %v20[%v2125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2127 = llvm.load %v2126 : !llvm.ptr<3> -> i64
        %v2128 = arith.addi %v679, %v1970 : i64
        %v2129 = arith.cmpi slt, %v2128, %v201 : i64
        %v2130 = arith.subi %size_L, %v2 : i64
        %v2131 = arith.minsi %v2128, %v2130 : i64
        %v2132 = arith.addi %v2127, %v2131 : i64
        %v2133 = arith.muli %v2125, %v213 : i64
        %v2134 = arith.addi %v2133, %v1970 : i64
        %v2135 = arith.cmpi sge, %v2127, %v45 : i64
        %v2136 = arith.andi %v2129, %v2135 : i1
        %v2137 = arith.andi %v2136, %v2124 : i1
        %v2138 = llvm.getelementptr %v21[%v2134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2139 = llvm.load %v2138 : !llvm.ptr<3> -> f32
        %v2140 = arith.addi %v1969, %v336 : i64
        %v2141 = arith.constant true
        %v2142 = arith.addi %v30, %v2140 : i64
        %v2143 = llvm.getelementptr %v20[%v2142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2144 = llvm.load %v2143 : !llvm.ptr<3> -> i64
        %v2145 = arith.addi %v679, %v1970 : i64
        %v2146 = arith.cmpi slt, %v2145, %v201 : i64
        %v2147 = arith.subi %size_L, %v2 : i64
        %v2148 = arith.minsi %v2145, %v2147 : i64
        %v2149 = arith.addi %v2144, %v2148 : i64
        %v2150 = arith.muli %v2142, %v213 : i64
        %v2151 = arith.addi %v2150, %v1970 : i64
        %v2152 = arith.cmpi sge, %v2144, %v45 : i64
        %v2153 = arith.andi %v2146, %v2152 : i1
        %v2154 = arith.andi %v2153, %v2141 : i1
        %v2155 = llvm.getelementptr %v21[%v2151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2156 = llvm.load %v2155 : !llvm.ptr<3> -> f32
        %v2157 = arith.addi %v1969, %v350 : i64
        %v2158 = arith.constant true
        %v2159 = arith.addi %v30, %v2157 : i64
        %v2160 = llvm.getelementptr %v20[%v2159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2161 = llvm.load %v2160 : !llvm.ptr<3> -> i64
        %v2162 = arith.addi %v679, %v1970 : i64
        %v2163 = arith.cmpi slt, %v2162, %v201 : i64
        %v2164 = arith.subi %size_L, %v2 : i64
        %v2165 = arith.minsi %v2162, %v2164 : i64
        %v2166 = arith.addi %v2161, %v2165 : i64
        %v2167 = arith.muli %v2159, %v213 : i64
        %v2168 = arith.addi %v2167, %v1970 : i64
        %v2169 = arith.cmpi sge, %v2161, %v45 : i64
        %v2170 = arith.andi %v2163, %v2169 : i1
        %v2171 = arith.andi %v2170, %v2158 : i1
        %v2172 = llvm.getelementptr %v21[%v2168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2173 = llvm.load %v2172 : !llvm.ptr<3> -> f32
        %v2174 = arith.addi %v1969, %v364 : i64
        %v2175 = arith.constant true
        %v2176 = arith.addi %v30, %v2174 : i64
        %v2177 = llvm.getelementptr %v20[%v2176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2178 = llvm.load %v2177 : !llvm.ptr<3> -> i64
        %v2179 = arith.addi %v679, %v1970 : i64
        %v2180 = arith.cmpi slt, %v2179, %v201 : i64
        %v2181 = arith.subi %size_L, %v2 : i64
        %v2182 = arith.minsi %v2179, %v2181 : i64
        %v2183 = arith.addi %v2178, %v2182 : i64
        %v2184 = arith.muli %v2176, %v213 : i64
        %v2185 = arith.addi %v2184, %v1970 : i64
        %v2186 = arith.cmpi sge, %v2178, %v45 : i64
        %v2187 = arith.andi %v2180, %v2186 : i1
        %v2188 = arith.andi %v2187, %v2175 : i1
        %v2189 = llvm.getelementptr %v21[%v2185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2190 = llvm.load %v2189 : !llvm.ptr<3> -> f32
        %v2191 = arith.addi %v1969, %v378 : i64
        %v2192 = arith.constant true
        %v2193 = arith.addi %v30, %v2191 : i64
        %v2194 = llvm.getelementptr %v20[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2195 = llvm.load %v2194 : !llvm.ptr<3> -> i64
        %v2196 = arith.addi %v679, %v1970 : i64
        %v2197 = arith.cmpi slt, %v2196, %v201 : i64
        %v2198 = arith.subi %size_L, %v2 : i64
        %v2199 = arith.minsi %v2196, %v2198 : i64
        %v2200 = arith.addi %v2195, %v2199 : i64
        %v2201 = arith.muli %v2193, %v213 : i64
        %v2202 = arith.addi %v2201, %v1970 : i64
        %v2203 = arith.cmpi sge, %v2195, %v45 : i64
        %v2204 = arith.andi %v2197, %v2203 : i1
        %v2205 = arith.andi %v2204, %v2192 : i1
        %v2206 = llvm.getelementptr %v21[%v2202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2207 = llvm.load %v2206 : !llvm.ptr<3> -> f32
        %v2208 = arith.addi %v1969, %v392 : i64
        %v2209 = arith.constant true
        %v2210 = arith.addi %v30, %v2208 : i64
        %v2211 = llvm.getelementptr %v20[%v2210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2212 = llvm.load %v2211 : !llvm.ptr<3> -> i64
        %v2213 = arith.addi %v679, %v1970 : i64
        %v2214 = arith.cmpi slt, %v2213, %v201 : i64
        %v2215 = arith.subi %size_L, %v2 : i64
        %v2216 = arith.minsi %v2213, %v2215 : i64
        %v2217 = arith.addi %v2212, %v2216 : i64
        %v2218 = arith.muli %v2210, %v213 : i64
        %v2219 = arith.addi %v2218, %v1970 : i64
        %v2220 = arith.cmpi sge, %v2212, %v45 : i64
        %v2221 = arith.andi %v2214, %v2220 : i1
        %v2222 = arith.andi %v2221, %v2209 : i1
        %v2223 = llvm.getelementptr %v21[%v2219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2224 = llvm.load %v2223 : !llvm.ptr<3> -> f32
        %v2225 = arith.addi %v1969, %v406 : i64
        %v2226 = arith.constant true
        %v2227 = arith.addi %v30, %v2225 : i64
        %v2228 = llvm.getelementptr %v20[%v2227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2229 = llvm.load %v2228 : !llvm.ptr<3> -> i64
        %v2230 = arith.addi %v679, %v1970 : i64
        %v2231 = arith.cmpi slt, %v2230, %v201 : i64
        %v2232 = arith.subi %size_L, %v2 : i64
        %v2233 = arith.minsi %v2230, %v2232 : i64
        %v2234 = arith.addi %v2229, %v2233 : i64
        %v2235 = arith.muli %v2227, %v213 : i64
        %v2236 = arith.addi %v2235, %v1970 : i64
        %v2237 = arith.cmpi sge, %v2229, %v45 : i64
        %v2238 = arith.andi %v2231, %v2237 : i1
        %v2239 = arith.andi %v2238, %v2226 : i1
        %v2240 = llvm.getelementptr %v21[%v2236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2241 = llvm.load %v2240 : !llvm.ptr<3> -> f32
        %v2242 = arith.addi %v1969, %v202 : i64
        %v2243 = arith.constant true
        %v2244 = arith.addi %v30, %v2242 : i64
        %v2245 = llvm.getelementptr %v20[%v2244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2246 = llvm.load %v2245 : !llvm.ptr<3> -> i64
        %v2247 = arith.addi %v679, %v1970 : i64
        %v2248 = arith.cmpi slt, %v2247, %v201 : i64
        %v2249 = arith.subi %size_L, %v2 : i64
        %v2250 = arith.minsi %v2247, %v2249 : i64
        %v2251 = arith.addi %v2246, %v2250 : i64
        %v2252 = arith.muli %v2244, %v213 : i64
        %v2253 = arith.addi %v2252, %v1970 : i64
        %v2254 = arith.cmpi sge, %v2246, %v45 : i64
        %v2255 = arith.andi %v2248, %v2254 : i1
        %v2256 = arith.andi %v2255, %v2243 : i1
        %v2257 = llvm.getelementptr %v21[%v2253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2258 = llvm.load %v2257 : !llvm.ptr<3> -> f32
        %v2259 = arith.addi %v1969, %v433 : i64
        %v2260 = arith.constant true
        %v2261 = arith.addi %v30, %v2259 : i64
        %v2262 = llvm.getelementptr %v20[%v2261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2263 = llvm.load %v2262 : !llvm.ptr<3> -> i64
        %v2264 = arith.addi %v679, %v1970 : i64
        %v2265 = arith.cmpi slt, %v2264, %v201 : i64
        %v2266 = arith.subi %size_L, %v2 : i64
        %v2267 = arith.minsi %v2264, %v2266 : i64
        %v2268 = arith.addi %v2263, %v2267 : i64
        %v2269 = arith.muli %v2261, %v213 : i64
        %v2270 = arith.addi %v2269, %v1970 : i64
        %v2271 = arith.cmpi sge, %v2263, %v45 : i64
        %v2272 = arith.andi %v2265, %v2271 : i1
        %v2273 = arith.andi %v2272, %v2260 : i1
        %v2274 = llvm.getelementptr %v21[%v2270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2275 = llvm.load %v2274 : !llvm.ptr<3> -> f32
        %v2276 = arith.addi %v1969, %v447 : i64
        %v2277 = arith.constant true
        %v2278 = arith.addi %v30, %v2276 : i64
        %v2279 = llvm.getelementptr %v20[%v2278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2280 = llvm.load %v2279 : !llvm.ptr<3> -> i64
        %v2281 = arith.addi %v679, %v1970 : i64
        %v2282 = arith.cmpi slt, %v2281, %v201 : i64
        %v2283 = arith.subi %size_L, %v2 : i64
        %v2284 = arith.minsi %v2281, %v2283 : i64
        %v2285 = arith.addi %v2280, %v2284 : i64
        %v2286 = arith.muli %v2278, %v213 : i64
        %v2287 = arith.addi %v2286, %v1970 : i64
        %v2288 = arith.cmpi sge, %v2280, %v45 : i64
        %v2289 = arith.andi %v2282, %v2288 : i1
        %v2290 = arith.andi %v2289, %v2277 : i1
        %v2291 = llvm.getelementptr %v21[%v2287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2292 = llvm.load %v2291 : !llvm.ptr<3> -> f32
        %v2293 = arith.addi %v1969, %v461 : i64
        %v2294 = arith.constant true
        %v2295 = arith.addi %v30, %v2293 : i64
        %v2296 = llvm.getelementptr %v20[%v2295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2297 = llvm.load %v2296 : !llvm.ptr<3> -> i64
        %v2298 = arith.addi %v679, %v1970 : i64
        %v2299 = arith.cmpi slt, %v2298, %v201 : i64
        %v2300 = arith.subi %size_L, %v2 : i64
        %v2301 = arith.minsi %v2298, %v2300 : i64
        %v2302 = arith.addi %v2297, %v2301 : i64
        %v2303 = arith.muli %v2295, %v213 : i64
        %v2304 = arith.addi %v2303, %v1970 : i64
        %v2305 = arith.cmpi sge, %v2297, %v45 : i64
        %v2306 = arith.andi %v2299, %v2305 : i1
        %v2307 = arith.andi %v2306, %v2294 : i1
        %v2308 = llvm.getelementptr %v21[%v2304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2309 = llvm.load %v2308 : !llvm.ptr<3> -> f32
        %v2310 = arith.addi %v1969, %v475 : i64
        %v2311 = arith.constant true
        %v2312 = arith.addi %v30, %v2310 : i64
        %v2313 = llvm.getelementptr %v20[%v2312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2314 = llvm.load %v2313 : !llvm.ptr<3> -> i64
        %v2315 = arith.addi %v679, %v1970 : i64
        %v2316 = arith.cmpi slt, %v2315, %v201 : i64
        %v2317 = arith.subi %size_L, %v2 : i64
        %v2318 = arith.minsi %v2315, %v2317 : i64
        %v2319 = arith.addi %v2314, %v2318 : i64
        %v2320 = arith.muli %v2312, %v213 : i64
        %v2321 = arith.addi %v2320, %v1970 : i64
        %v2322 = arith.cmpi sge, %v2314, %v45 : i64
        %v2323 = arith.andi %v2316, %v2322 : i1
        %v2324 = arith.andi %v2323, %v2311 : i1
        %v2325 = llvm.getelementptr %v21[%v2321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2326 = llvm.load %v2325 : !llvm.ptr<3> -> f32
        %v2327 = arith.addi %v1969, %v489 : i64
        %v2328 = arith.constant true
        %v2329 = arith.addi %v30, %v2327 : i64
        %v2330 = llvm.getelementptr %v20[%v2329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2331 = llvm.load %v2330 : !llvm.ptr<3> -> i64
        %v2332 = arith.addi %v679, %v1970 : i64
        %v2333 = arith.cmpi slt, %v2332, %v201 : i64
        %v2334 = arith.subi %size_L, %v2 : i64
        %v2335 = arith.minsi %v2332, %v2334 : i64
        %v2336 = arith.addi %v2331, %v2335 : i64
        %v2337 = arith.muli %v2329, %v213 : i64
        %v2338 = arith.addi %v2337, %v1970 : i64
        %v2339 = arith.cmpi sge, %v2331, %v45 : i64
        %v2340 = arith.andi %v2333, %v2339 : i1
        %v2341 = arith.andi %v2340, %v2328 : i1
        %v2342 = llvm.getelementptr %v21[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2343 = llvm.load %v2342 : !llvm.ptr<3> -> f32
        %v2344 = arith.addi %v1969, %v503 : i64
        %v2345 = arith.constant true
        %v2346 = arith.addi %v30, %v2344 : i64
        %v2347 = llvm.getelementptr %v20[%v2346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2348 = llvm.load %v2347 : !llvm.ptr<3> -> i64
        %v2349 = arith.addi %v679, %v1970 : i64
        %v2350 = arith.cmpi slt, %v2349, %v201 : i64
        %v2351 = arith.subi %size_L, %v2 : i64
        %v2352 = arith.minsi %v2349, %v2351 : i64
        %v2353 = arith.addi %v2348, %v2352 : i64
        %v2354 = arith.muli %v2346, %v213 : i64
        %v2355 = arith.addi %v2354, %v1970 : i64
        %v2356 = arith.cmpi sge, %v2348, %v45 : i64
        %v2357 = arith.andi %v2350, %v2356 : i1
        %v2358 = arith.andi %v2357, %v2345 : i1
        %v2359 = llvm.getelementptr %v21[%v2355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2360 = llvm.load %v2359 : !llvm.ptr<3> -> f32
        %v2361 = arith.addi %v1969, %v517 : i64
        %v2362 = arith.constant true
        %v2363 = arith.addi %v30, %v2361 : i64
        %v2364 = llvm.getelementptr %v20[%v2363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2365 = llvm.load %v2364 : !llvm.ptr<3> -> i64
        %v2366 = arith.addi %v679, %v1970 : i64
        %v2367 = arith.cmpi slt, %v2366, %v201 : i64
        %v2368 = arith.subi %size_L, %v2 : i64
        %v2369 = arith.minsi %v2366, %v2368 : i64
        %v2370 = arith.addi %v2365, %v2369 : i64
        %v2371 = arith.muli %v2363, %v213 : i64
        %v2372 = arith.addi %v2371, %v1970 : i64
        %v2373 = arith.cmpi sge, %v2365, %v45 : i64
        %v2374 = arith.andi %v2367, %v2373 : i1
        %v2375 = arith.andi %v2374, %v2362 : i1
        %v2376 = llvm.getelementptr %v21[%v2372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2377 = llvm.load %v2376 : !llvm.ptr<3> -> f32
        %v2378 = arith.addi %v1969, %v531 : i64
        %v2379 = arith.constant true
        %v2380 = arith.addi %v30, %v2378 : i64
        %v2381 = llvm.getelementptr %v20[%v2380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2382 = llvm.load %v2381 : !llvm.ptr<3> -> i64
        %v2383 = arith.addi %v679, %v1970 : i64
        %v2384 = arith.cmpi slt, %v2383, %v201 : i64
        %v2385 = arith.subi %size_L, %v2 : i64
        %v2386 = arith.minsi %v2383, %v2385 : i64
        %v2387 = arith.addi %v2382, %v2386 : i64
        %v2388 = arith.muli %v2380, %v213 : i64
        %v2389 = arith.addi %v2388, %v1970 : i64
        %v2390 = arith.cmpi sge, %v2382, %v45 : i64
        %v2391 = arith.andi %v2384, %v2390 : i1
        %v2392 = arith.andi %v2391, %v2379 : i1
        %v2393 = llvm.getelementptr %v21[%v2389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2394 = llvm.load %v2393 : !llvm.ptr<3> -> f32
        %v2395 = arith.addi %v1969, %v545 : i64
        %v2396 = arith.constant true
        %v2397 = arith.addi %v30, %v2395 : i64
        %v2398 = llvm.getelementptr %v20[%v2397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2399 = llvm.load %v2398 : !llvm.ptr<3> -> i64
        %v2400 = arith.addi %v679, %v1970 : i64
        %v2401 = arith.cmpi slt, %v2400, %v201 : i64
        %v2402 = arith.subi %size_L, %v2 : i64
        %v2403 = arith.minsi %v2400, %v2402 : i64
        %v2404 = arith.addi %v2399, %v2403 : i64
        %v2405 = arith.muli %v2397, %v213 : i64
        %v2406 = arith.addi %v2405, %v1970 : i64
        %v2407 = arith.cmpi sge, %v2399, %v45 : i64
        %v2408 = arith.andi %v2401, %v2407 : i1
        %v2409 = arith.andi %v2408, %v2396 : i1
        %v2410 = llvm.getelementptr %v21[%v2406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2411 = llvm.load %v2410 : !llvm.ptr<3> -> f32
        %v2412 = arith.addi %v1969, %v559 : i64
        %v2413 = arith.constant true
        %v2414 = arith.addi %v30, %v2412 : i64
        %v2415 = llvm.getelementptr %v20[%v2414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2416 = llvm.load %v2415 : !llvm.ptr<3> -> i64
        %v2417 = arith.addi %v679, %v1970 : i64
        %v2418 = arith.cmpi slt, %v2417, %v201 : i64
        %v2419 = arith.subi %size_L, %v2 : i64
        %v2420 = arith.minsi %v2417, %v2419 : i64
        %v2421 = arith.addi %v2416, %v2420 : i64
        %v2422 = arith.muli %v2414, %v213 : i64
        %v2423 = arith.addi %v2422, %v1970 : i64
        %v2424 = arith.cmpi sge, %v2416, %v45 : i64
        %v2425 = arith.andi %v2418, %v2424 : i1
        %v2426 = arith.andi %v2425, %v2413 : i1
        %v2427 = llvm.getelementptr %v21[%v2423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2428 = llvm.load %v2427 : !llvm.ptr<3> -> f32
        %v2429 = arith.addi %v1969, %v573 : i64
        %v2430 = arith.constant true
        %v2431 = arith.addi %v30, %v2429 : i64
        %v2432 = llvm.getelementptr %v20[%v2431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2433 = llvm.load %v2432 : !llvm.ptr<3> -> i64
        %v2434 = arith.addi %v679, %v1970 : i64
        %v2435 = arith.cmpi slt, %v2434, %v201 : i64
        %v2436 = arith.subi %size_L, %v2 : i64
        %v2437 = arith.minsi %v2434, %v2436 : i64
        %v2438 = arith.addi %v2433, %v2437 : i64
        %v2439 = arith.muli %v2431, %v213 : i64
        %v2440 = arith.addi %v2439, %v1970 : i64
        %v2441 = arith.cmpi sge, %v2433, %v45 : i64
        %v2442 = arith.andi %v2435, %v2441 : i1
        %v2443 = arith.andi %v2442, %v2430 : i1
        %v2444 = llvm.getelementptr %v21[%v2440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2445 = llvm.load %v2444 : !llvm.ptr<3> -> f32
        %v2446 = arith.addi %v1969, %v587 : i64
        %v2447 = arith.constant true
        %v2448 = arith.addi %v30, %v2446 : i64
        %v2449 = llvm.getelementptr %v20[%v2448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2450 = llvm.load %v2449 : !llvm.ptr<3> -> i64
        %v2451 = arith.addi %v679, %v1970 : i64
        %v2452 = arith.cmpi slt, %v2451, %v201 : i64
        %v2453 = arith.subi %size_L, %v2 : i64
        %v2454 = arith.minsi %v2451, %v2453 : i64
        %v2455 = arith.addi %v2450, %v2454 : i64
        %v2456 = arith.muli %v2448, %v213 : i64
        %v2457 = arith.addi %v2456, %v1970 : i64
        %v2458 = arith.cmpi sge, %v2450, %v45 : i64
        %v2459 = arith.andi %v2452, %v2458 : i1
        %v2460 = arith.andi %v2459, %v2447 : i1
        %v2461 = llvm.getelementptr %v21[%v2457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2462 = llvm.load %v2461 : !llvm.ptr<3> -> f32
        %v2463 = arith.addi %v1969, %v601 : i64
        %v2464 = arith.constant true
        %v2465 = arith.addi %v30, %v2463 : i64
        %v2466 = llvm.getelementptr %v20[%v2465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2467 = llvm.load %v2466 : !llvm.ptr<3> -> i64
        %v2468 = arith.addi %v679, %v1970 : i64
        %v2469 = arith.cmpi slt, %v2468, %v201 : i64
        %v2470 = arith.subi %size_L, %v2 : i64
        %v2471 = arith.minsi %v2468, %v2470 : i64
        %v2472 = arith.addi %v2467, %v2471 : i64
        %v2473 = arith.muli %v2465, %v213 : i64
        %v2474 = arith.addi %v2473, %v1970 : i64
        %v2475 = arith.cmpi sge, %v2467, %v45 : i64
        %v2476 = arith.andi %v2469, %v2475 : i1
        %v2477 = arith.andi %v2476, %v2464 : i1
        %v2478 = llvm.getelementptr %v21[%v2474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2479 = llvm.load %v2478 : !llvm.ptr<3> -> f32
        %v2480 = arith.addi %v1969, %v615 : i64
        %v2481 = arith.constant true
        %v2482 = arith.addi %v30, %v2480 : i64
        %v2483 = llvm.getelementptr %v20[%v2482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2484 = llvm.load %v2483 : !llvm.ptr<3> -> i64
        %v2485 = arith.addi %v679, %v1970 : i64
        %v2486 = arith.cmpi slt, %v2485, %v201 : i64
        %v2487 = arith.subi %size_L, %v2 : i64
        %v2488 = arith.minsi %v2485, %v2487 : i64
        %v2489 = arith.addi %v2484, %v2488 : i64
        %v2490 = arith.muli %v2482, %v213 : i64
        %v2491 = arith.addi %v2490, %v1970 : i64
        %v2492 = arith.cmpi sge, %v2484, %v45 : i64
        %v2493 = arith.andi %v2486, %v2492 : i1
        %v2494 = arith.andi %v2493, %v2481 : i1
        %v2495 = llvm.getelementptr %v21[%v2491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2496 = llvm.load %v2495 : !llvm.ptr<3> -> f32
        %v2497 = arith.addi %v1969, %v629 : i64
        %v2498 = arith.constant true
        %v2499 = arith.addi %v30, %v2497 : i64
        %v2500 = llvm.getelementptr %v20[%v2499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2501 = llvm.load %v2500 : !llvm.ptr<3> -> i64
        %v2502 = arith.addi %v679, %v1970 : i64
        %v2503 = arith.cmpi slt, %v2502, %v201 : i64
        %v2504 = arith.subi %size_L, %v2 : i64
        %v2505 = arith.minsi %v2502, %v2504 : i64
        %v2506 = arith.addi %v2501, %v2505 : i64
        %v2507 = arith.muli %v2499, %v213 : i64
        %v2508 = arith.addi %v2507, %v1970 : i64
        %v2509 = arith.cmpi sge, %v2501, %v45 : i64
        %v2510 = arith.andi %v2503, %v2509 : i1
        %v2511 = arith.andi %v2510, %v2498 : i1
        %v2512 = llvm.getelementptr %v21[%v2508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2513 = llvm.load %v2512 : !llvm.ptr<3> -> f32
        scf.if %v1984 {
          %v2514 = llvm.getelementptr %out_y[%v1979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1986, %v2514 : f32, !llvm.ptr
        }
        scf.if %v2001 {
          %v2515 = llvm.getelementptr %out_y[%v1996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2003, %v2515 : f32, !llvm.ptr
        }
        scf.if %v2018 {
          %v2516 = llvm.getelementptr %out_y[%v2013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2020, %v2516 : f32, !llvm.ptr
        }
        scf.if %v2035 {
          %v2517 = llvm.getelementptr %out_y[%v2030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2037, %v2517 : f32, !llvm.ptr
        }
        scf.if %v2052 {
          %v2518 = llvm.getelementptr %out_y[%v2047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2054, %v2518 : f32, !llvm.ptr
        }
        scf.if %v2069 {
          %v2519 = llvm.getelementptr %out_y[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2071, %v2519 : f32, !llvm.ptr
        }
        scf.if %v2086 {
          %v2520 = llvm.getelementptr %out_y[%v2081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2088, %v2520 : f32, !llvm.ptr
        }
        scf.if %v2103 {
          %v2521 = llvm.getelementptr %out_y[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2105, %v2521 : f32, !llvm.ptr
        }
        scf.if %v2120 {
          %v2522 = llvm.getelementptr %out_y[%v2115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2122, %v2522 : f32, !llvm.ptr
        }
        scf.if %v2137 {
          %v2523 = llvm.getelementptr %out_y[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2139, %v2523 : f32, !llvm.ptr
        }
        scf.if %v2154 {
          %v2524 = llvm.getelementptr %out_y[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2156, %v2524 : f32, !llvm.ptr
        }
        scf.if %v2171 {
          %v2525 = llvm.getelementptr %out_y[%v2166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2173, %v2525 : f32, !llvm.ptr
        }
        scf.if %v2188 {
          %v2526 = llvm.getelementptr %out_y[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2190, %v2526 : f32, !llvm.ptr
        }
        scf.if %v2205 {
          %v2527 = llvm.getelementptr %out_y[%v2200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2207, %v2527 : f32, !llvm.ptr
        }
        scf.if %v2222 {
          %v2528 = llvm.getelementptr %out_y[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2224, %v2528 : f32, !llvm.ptr
        }
        scf.if %v2239 {
          %v2529 = llvm.getelementptr %out_y[%v2234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2241, %v2529 : f32, !llvm.ptr
        }
        scf.if %v2256 {
          %v2530 = llvm.getelementptr %out_y[%v2251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2258, %v2530 : f32, !llvm.ptr
        }
        scf.if %v2273 {
          %v2531 = llvm.getelementptr %out_y[%v2268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2275, %v2531 : f32, !llvm.ptr
        }
        scf.if %v2290 {
          %v2532 = llvm.getelementptr %out_y[%v2285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2292, %v2532 : f32, !llvm.ptr
        }
        scf.if %v2307 {
          %v2533 = llvm.getelementptr %out_y[%v2302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2309, %v2533 : f32, !llvm.ptr
        }
        scf.if %v2324 {
          %v2534 = llvm.getelementptr %out_y[%v2319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2326, %v2534 : f32, !llvm.ptr
        }
        scf.if %v2341 {
          %v2535 = llvm.getelementptr %out_y[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2343, %v2535 : f32, !llvm.ptr
        }
        scf.if %v2358 {
          %v2536 = llvm.getelementptr %out_y[%v2353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2360, %v2536 : f32, !llvm.ptr
        }
        scf.if %v2375 {
          %v2537 = llvm.getelementptr %out_y[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2377, %v2537 : f32, !llvm.ptr
        }
        scf.if %v2392 {
          %v2538 = llvm.getelementptr %out_y[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2394, %v2538 : f32, !llvm.ptr
        }
        scf.if %v2409 {
          %v2539 = llvm.getelementptr %out_y[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2411, %v2539 : f32, !llvm.ptr
        }
        scf.if %v2426 {
          %v2540 = llvm.getelementptr %out_y[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2428, %v2540 : f32, !llvm.ptr
        }
        scf.if %v2443 {
          %v2541 = llvm.getelementptr %out_y[%v2438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2445, %v2541 : f32, !llvm.ptr
        }
        scf.if %v2460 {
          %v2542 = llvm.getelementptr %out_y[%v2455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2462, %v2542 : f32, !llvm.ptr
        }
        scf.if %v2477 {
          %v2543 = llvm.getelementptr %out_y[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2479, %v2543 : f32, !llvm.ptr
        }
        scf.if %v2494 {
          %v2544 = llvm.getelementptr %out_y[%v2489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2496, %v2544 : f32, !llvm.ptr
        }
        scf.if %v2511 {
          %v2545 = llvm.getelementptr %out_y[%v2506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2513, %v2545 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v2546 = arith.subi %v25, %v2 : i64
      %v2547 = arith.cmpi eq, %v34, %v2546 : i64
      %v2548 = arith.andi %v38, %v2547 : i1
      gpu.return
    }
  }
}
