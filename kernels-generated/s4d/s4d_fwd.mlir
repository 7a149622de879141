module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s4d_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_s4d_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @s4d_fwd(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v21 = llvm.mlir.addressof @rows_s4d_fwd : !llvm.ptr<3>
      %v22 = llvm.mlir.addressof @smem_s4d_fwd : !llvm.ptr<3>
      %v23 = arith.constant 255 : i64
      %v24 = arith.addi %size_L, %v23 : i64
      %v25 = arith.constant 256 : i64
      %v26 = arith.divui %v24, %v25 : i64
      %v31 = arith.constant 64 : i64
      %v41 = arith.constant 0 : i64
      %v42 = arith.muli %v2, %size_L : i64
      %v43 = arith.muli %v42, %size_D : i64
      %v57 = arith.constant -1 : i64
      %v62 = arith.constant 0x00000000 : f32
      %v63 = arith.constant 32 : i64
      %v76 = arith.constant 33 : i64
      %v81 = arith.constant 2 : i64
      %v96 = arith.constant 4 : i64
      %v111 = arith.constant 6 : i64
      %v126 = arith.constant 8 : i64
      %v141 = arith.constant 10 : i64
      %v156 = arith.constant 12 : i64
      %v171 = arith.constant 14 : i64
      %v200 = arith.constant 18 : i64
      %v215 = arith.constant 20 : i64
      %v230 = arith.constant 22 : i64
      %v245 = arith.constant 24 : i64
      %v260 = arith.constant 26 : i64
      %v275 = arith.constant 28 : i64
      %v290 = arith.constant 30 : i64
      %v319 = arith.constant 34 : i64
      %v334 = arith.constant 36 : i64
      %v349 = arith.constant 38 : i64
      %v364 = arith.constant 40 : i64
      %v379 = arith.constant 42 : i64
      %v394 = arith.constant 44 : i64
      %v409 = arith.constant 46 : i64
      %v424 = arith.constant 48 : i64
      %v439 = arith.constant 50 : i64
      %v454 = arith.constant 52 : i64
      %v469 = arith.constant 54 : i64
      %v484 = arith.constant 56 : i64
      %v499 = arith.constant 58 : i64
      %v514 = arith.constant 60 : i64
      %v529 = arith.constant 62 : i64
      %v587 = arith.muli %v2, %size_B : i64
      %v588 = arith.muli %v587, %size_D : i64
      %v589 = arith.muli %v588, %v1 : i64
      %v592 = arith.muli %v2, %v1 : i64
      %v593 = arith.muli %v592, %size_D : i64
      %v1196 = arith.constant 0x3FB8AA3B : f32
      %v1199 = arith.muli %v2, %v1 : i64
      %v1209 = arith.constant 0x3F800000 : f32
      %v1765 = arith.constant 128 : i64
      %v1773 = arith.constant 192 : i64
      %v1788 = arith.constant 320 : i64
      %v1796 = arith.constant 384 : i64
      %v1804 = arith.constant 448 : i64
      %v1812 = arith.constant 512 : i64
      %v1820 = arith.constant 576 : i64
      %v1828 = arith.constant 640 : i64
      %v1836 = arith.constant 704 : i64
      %v1844 = arith.constant 768 : i64
      %v1852 = arith.constant 832 : i64
      %v1860 = arith.constant 896 : i64
      %v1868 = arith.constant 960 : i64
      %v1876 = arith.constant 1024 : i64
      %v1884 = arith.constant 1088 : i64
      %v1892 = arith.constant 1152 : i64
      %v1900 = arith.constant 1216 : i64
      %v1908 = arith.constant 1280 : i64
      %v1916 = arith.constant 1344 : i64
      %v1924 = arith.constant 1408 : i64
      %v1932 = arith.constant 1472 : i64
      %v1940 = arith.constant 1536 : i64
      %v1948 = arith.constant 1600 : i64
      %v1956 = arith.constant 1664 : i64
      %v1964 = arith.constant 1728 : i64
      %v1972 = arith.constant 1792 : i64
      %v1980 = arith.constant 1856 : i64
      %v1988 = arith.constant 1920 : i64
      %v1996 = arith.constant 1984 : i64
      %v27 = gpu.block_id x
      %v28 = gpu.thread_id x
      %v29 = arith.index_cast %v28 : index to i64
      %v30 = arith.index_cast %v27 : index to i64
      %v32 = arith.muli %v30, %v31 : i64
      %v33 = arith.addi %v32, %v29 : i64
      %v34 = arith.cmpi slt, %v33, %v4 : i64
      %v35 = arith.subi %v4, %v2 : i64
      %v36 = arith.minsi %v33, %v35 : i64
      %v37 = arith.remui %v36, %size_D : i64
      %v38 = arith.divui %v36, %size_D : i64
      %v39 = arith.remui %v38, %size_B : i64
      %v40 = arith.divui %v38, %size_B : i64
      %v1193 = arith.muli %v37, %v2 : i64
      %v1194 = llvm.getelementptr %in_log_dt[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
      %v1197 = arith.mulf %v1195, %v1196 fastmath<contract> : f32
      %v1198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1197) : (f32) -> f32
      %v1200 = arith.muli %v37, %v1199 : i64
      %v1201 = llvm.getelementptr %in_A_log[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
      %v1203 = arith.mulf %v1202, %v1196 fastmath<contract> : f32
      %v1204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1203) : (f32) -> f32
      %v1205 = arith.negf %v1204 : f32
      %v1206 = arith.mulf %v1198, %v1205 fastmath<contract> : f32
      %v1207 = arith.mulf %v1206, %v1196 fastmath<contract> : f32
      %v1208 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1207) : (f32) -> f32
      %v1210 = arith.subf %v1208, %v1209 fastmath<contract> : f32
      %v1211 = arith.divf %v1210, %v1205 : f32
      %v1212 = arith.muli %v37, %v1199 : i64
      %v1213 = llvm.getelementptr %in_Bp[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
      %v1215 = arith.mulf %v1211, %v1214 fastmath<contract> : f32
      %v1226 = arith.muli %v37, %v1199 : i64
      %v1227 = arith.constant 1 : i64
      %v1228 = arith.muli %v1227, %v2 : i64
      %v1229 = arith.addi %v1226, %v1228 : i64
      %v1230 = llvm.getelementptr %in_A_log[%v1229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
      %v1232 = arith.mulf %v1231, %v1196 fastmath<contract> : f32
      %v1233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1232) : (f32) -> f32
      %v1234 = arith.negf %v1233 : f32
      %v1235 = arith.mulf %v1198, %v1234 fastmath<contract> : f32
      %v1236 = arith.mulf %v1235, %v1196 fastmath<contract> : f32
      %v1237 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1236) : (f32) -> f32
      %v1238 = arith.subf %v1237, %v1209 fastmath<contract> : f32
      %v1239 = arith.divf %v1238, %v1234 : f32
      %v1240 = arith.muli %v37, %v1199 : i64
      %v1241 = arith.constant 1 : i64
      %v1242 = arith.muli %v1241, %v2 : i64
      %v1243 = arith.addi %v1240, %v1242 : i64
      %v1244 = llvm.getelementptr %in_Bp[%v1243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1245 = llvm.load %v1244 : !llvm.ptr -> f32
      %v1246 = arith.mulf %v1239, %v1245 fastmath<contract> : f32
      %v1251 = arith.muli %v37, %v1199 : i64
      %v1252 = arith.constant 2 : i64
      %v1253 = arith.muli %v1252, %v2 : i64
      %v1254 = arith.addi %v1251, %v1253 : i64
      %v1255 = llvm.getelementptr %in_A_log[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
      %v1257 = arith.mulf %v1256, %v1196 fastmath<contract> : f32
      %v1258 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1257) : (f32) -> f32
      %v1259 = arith.negf %v1258 : f32
      %v1260 = arith.mulf %v1198, %v1259 fastmath<contract> : f32
      %v1261 = arith.mulf %v1260, %v1196 fastmath<contract> : f32
      %v1262 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1261) : (f32) -> f32
      %v1263 = arith.subf %v1262, %v1209 fastmath<contract> : f32
      %v1264 = arith.divf %v1263, %v1259 : f32
      %v1265 = arith.muli %v37, %v1199 : i64
      %v1266 = arith.constant 2 : i64
      %v1267 = arith.muli %v1266, %v2 : i64
      %v1268 = arith.addi %v1265, %v1267 : i64
      %v1269 = llvm.getelementptr %in_Bp[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.mulf %v1264, %v1270 fastmath<contract> : f32
      %v1276 = arith.muli %v37, %v1199 : i64
      %v1277 = arith.constant 3 : i64
      %v1278 = arith.muli %v1277, %v2 : i64
      %v1279 = arith.addi %v1276, %v1278 : i64
      %v1280 = llvm.getelementptr %in_A_log[%v1279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1281 = llvm.load %v1280 : !llvm.ptr -> f32
      %v1282 = arith.mulf %v1281, %v1196 fastmath<contract> : f32
      %v1283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1282) : (f32) -> f32
      %v1284 = arith.negf %v1283 : f32
      %v1285 = arith.mulf %v1198, %v1284 fastmath<contract> : f32
      %v1286 = arith.mulf %v1285, %v1196 fastmath<contract> : f32
      %v1287 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1286) : (f32) -> f32
      %v1288 = arith.subf %v1287, %v1209 fastmath<contract> : f32
      %v1289 = arith.divf %v1288, %v1284 : f32
      %v1290 = arith.muli %v37, %v1199 : i64
      %v1291 = arith.constant 3 : i64
      %v1292 = arith.muli %v1291, %v2 : i64
      %v1293 = arith.addi %v1290, %v1292 : i64
      %v1294 = llvm.getelementptr %in_Bp[%v1293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
      %v1296 = arith.mulf %v1289, %v1295 fastmath<contract> : f32
      %v1301 = arith.muli %v37, %v1199 : i64
      %v1302 = arith.constant 4 : i64
      %v1303 = arith.muli %v1302, %v2 : i64
      %v1304 = arith.addi %v1301, %v1303 : i64
      %v1305 = llvm.getelementptr %in_A_log[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
      %v1307 = arith.mulf %v1306, %v1196 fastmath<contract> : f32
      %v1308 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1307) : (f32) -> f32
      %v1309 = arith.negf %v1308 : f32
      %v1310 = arith.mulf %v1198, %v1309 fastmath<contract> : f32
      %v1311 = arith.mulf %v1310, %v1196 fastmath<contract> : f32
      %v1312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1311) : (f32) -> f32
      %v1313 = arith.subf %v1312, %v1209 fastmath<contract> : f32
      %v1314 = arith.divf %v1313, %v1309 : f32
      %v1315 = arith.muli %v37, %v1199 : i64
      %v1316 = arith.constant 4 : i64
      %v1317 = arith.muli %v1316, %v2 : i64
      %v1318 = arith.addi %v1315, %v1317 : i64
      %v1319 = llvm.getelementptr %in_Bp[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1320 = llvm.load %v1319 : !llvm.ptr -> f32
      %v1321 = arith.mulf %v1314, %v1320 fastmath<contract> : f32
      %v1326 = arith.muli %v37, %v1199 : i64
      %v1327 = arith.constant 5 : i64
      %v1328 = arith.muli %v1327, %v2 : i64
      %v1329 = arith.addi %v1326, %v1328 : i64
      %v1330 = llvm.getelementptr %in_A_log[%v1329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1331 = llvm.load %v1330 : !llvm.ptr -> f32
      %v1332 = arith.mulf %v1331, %v1196 fastmath<contract> : f32
      %v1333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1332) : (f32) -> f32
      %v1334 = arith.negf %v1333 : f32
      %v1335 = arith.mulf %v1198, %v1334 fastmath<contract> : f32
      %v1336 = arith.mulf %v1335, %v1196 fastmath<contract> : f32
      %v1337 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1336) : (f32) -> f32
      %v1338 = arith.subf %v1337, %v1209 fastmath<contract> : f32
      %v1339 = arith.divf %v1338, %v1334 : f32
      %v1340 = arith.muli %v37, %v1199 : i64
      %v1341 = arith.constant 5 : i64
      %v1342 = arith.muli %v1341, %v2 : i64
      %v1343 = arith.addi %v1340, %v1342 : i64
      %v1344 = llvm.getelementptr %in_Bp[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
      %v1346 = arith.mulf %v1339, %v1345 fastmath<contract> : f32
      %v1351 = arith.muli %v37, %v1199 : i64
      %v1352 = arith.constant 6 : i64
      %v1353 = arith.muli %v1352, %v2 : i64
      %v1354 = arith.addi %v1351, %v1353 : i64
      %v1355 = llvm.getelementptr %in_A_log[%v1354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1356 = llvm.load %v1355 : !llvm.ptr -> f32
      %v1357 = arith.mulf %v1356, %v1196 fastmath<contract> : f32
      %v1358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1357) : (f32) -> f32
      %v1359 = arith.negf %v1358 : f32
      %v1360 = arith.mulf %v1198, %v1359 fastmath<contract> : f32
      %v1361 = arith.mulf %v1360, %v1196 fastmath<contract> : f32
      %v1362 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1361) : (f32) -> f32
      %v1363 = arith.subf %v1362, %v1209 fastmath<contract> : f32
      %v1364 = arith.divf %v1363, %v1359 : f32
      %v1365 = arith.muli %v37, %v1199 : i64
      %v1366 = arith.constant 6 : i64
      %v1367 = arith.muli %v1366, %v2 : i64
      %v1368 = arith.addi %v1365, %v1367 : i64
      %v1369 = llvm.getelementptr %in_Bp[%v1368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
      %v1371 = arith.mulf %v1364, %v1370 fastmath<contract> : f32
      %v1376 = arith.muli %v37, %v1199 : i64
      %v1377 = arith.constant 7 : i64
      %v1378 = arith.muli %v1377, %v2 : i64
      %v1379 = arith.addi %v1376, %v1378 : i64
      %v1380 = llvm.getelementptr %in_A_log[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
      %v1382 = arith.mulf %v1381, %v1196 fastmath<contract> : f32
      %v1383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1382) : (f32) -> f32
      %v1384 = arith.negf %v1383 : f32
      %v1385 = arith.mulf %v1198, %v1384 fastmath<contract> : f32
      %v1386 = arith.mulf %v1385, %v1196 fastmath<contract> : f32
      %v1387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1386) : (f32) -> f32
      %v1388 = arith.subf %v1387, %v1209 fastmath<contract> : f32
      %v1389 = arith.divf %v1388, %v1384 : f32
      %v1390 = arith.muli %v37, %v1199 : i64
      %v1391 = arith.constant 7 : i64
      %v1392 = arith.muli %v1391, %v2 : i64
      %v1393 = arith.addi %v1390, %v1392 : i64
      %v1394 = llvm.getelementptr %in_Bp[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1395 = llvm.load %v1394 : !llvm.ptr -> f32
      %v1396 = arith.mulf %v1389, %v1395 fastmath<contract> : f32
      %v1401 = arith.muli %v37, %v1199 : i64
      %v1402 = arith.constant 8 : i64
      %v1403 = arith.muli %v1402, %v2 : i64
      %v1404 = arith.addi %v1401, %v1403 : i64
      %v1405 = llvm.getelementptr %in_A_log[%v1404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
      %v1407 = arith.mulf %v1406, %v1196 fastmath<contract> : f32
      %v1408 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1407) : (f32) -> f32
      %v1409 = arith.negf %v1408 : f32
      %v1410 = arith.mulf %v1198, %v1409 fastmath<contract> : f32
      %v1411 = arith.mulf %v1410, %v1196 fastmath<contract> : f32
      %v1412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1411) : (f32) -> f32
      %v1413 = arith.subf %v1412, %v1209 fastmath<contract> : f32
      %v1414 = arith.divf %v1413, %v1409 : f32
      %v1415 = arith.muli %v37, %v1199 : i64
      %v1416 = arith.constant 8 : i64
      %v1417 = arith.muli %v1416, %v2 : i64
      %v1418 = arith.addi %v1415, %v1417 : i64
      %v1419 = llvm.getelementptr %in_Bp[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
      %v1421 = arith.mulf %v1414, %v1420 fastmath<contract> : f32
      %v1426 = arith.muli %v37, %v1199 : i64
      %v1427 = arith.constant 9 : i64
      %v1428 = arith.muli %v1427, %v2 : i64
      %v1429 = arith.addi %v1426, %v1428 : i64
      %v1430 = llvm.getelementptr %in_A_log[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1431 = llvm.load %v1430 : !llvm.ptr -> f32
      %v1432 = arith.mulf %v1431, %v1196 fastmath<contract> : f32
      %v1433 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1432) : (f32) -> f32
      %v1434 = arith.negf %v1433 : f32
      %v1435 = arith.mulf %v1198, %v1434 fastmath<contract> : f32
      %v1436 = arith.mulf %v1435, %v1196 fastmath<contract> : f32
      %v1437 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1436) : (f32) -> f32
      %v1438 = arith.subf %v1437, %v1209 fastmath<contract> : f32
      %v1439 = arith.divf %v1438, %v1434 : f32
      %v1440 = arith.muli %v37, %v1199 : i64
      %v1441 = arith.constant 9 : i64
      %v1442 = arith.muli %v1441, %v2 : i64
      %v1443 = arith.addi %v1440, %v1442 : i64
      %v1444 = llvm.getelementptr %in_Bp[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
      %v1446 = arith.mulf %v1439, %v1445 fastmath<contract> : f32
      %v1451 = arith.muli %v37, %v1199 : i64
      %v1452 = arith.constant 10 : i64
      %v1453 = arith.muli %v1452, %v2 : i64
      %v1454 = arith.addi %v1451, %v1453 : i64
      %v1455 = llvm.getelementptr %in_A_log[%v1454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
      %v1457 = arith.mulf %v1456, %v1196 fastmath<contract> : f32
      %v1458 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1457) : (f32) -> f32
      %v1459 = arith.negf %v1458 : f32
      %v1460 = arith.mulf %v1198, %v1459 fastmath<contract> : f32
      %v1461 = arith.mulf %v1460, %v1196 fastmath<contract> : f32
      %v1462 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1461) : (f32) -> f32
      %v1463 = arith.subf %v1462, %v1209 fastmath<contract> : f32
      %v1464 = arith.divf %v1463, %v1459 : f32
      %v1465 = arith.muli %v37, %v1199 : i64
      %v1466 = arith.constant 10 : i64
      %v1467 = arith.muli %v1466, %v2 : i64
      %v1468 = arith.addi %v1465, %v1467 : i64
      %v1469 = llvm.getelementptr %in_Bp[%v1468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1470 = llvm.load %v1469 : !llvm.ptr -> f32
      %v1471 = arith.mulf %v1464, %v1470 fastmath<contract> : f32
      %v1476 = arith.muli %v37, %v1199 : i64
      %v1477 = arith.constant 11 : i64
      %v1478 = arith.muli %v1477, %v2 : i64
      %v1479 = arith.addi %v1476, %v1478 : i64
      %v1480 = llvm.getelementptr %in_A_log[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
      %v1482 = arith.mulf %v1481, %v1196 fastmath<contract> : f32
      %v1483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1482) : (f32) -> f32
      %v1484 = arith.negf %v1483 : f32
      %v1485 = arith.mulf %v1198, %v1484 fastmath<contract> : f32
      %v1486 = arith.mulf %v1485, %v1196 fastmath<contract> : f32
      %v1487 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1486) : (f32) -> f32
      %v1488 = arith.subf %v1487, %v1209 fastmath<contract> : f32
      %v1489 = arith.divf %v1488, %v1484 : f32
      %v1490 = arith.muli %v37, %v1199 : i64
      %v1491 = arith.constant 11 : i64
      %v1492 = arith.muli %v1491, %v2 : i64
      %v1493 = arith.addi %v1490, %v1492 : i64
      %v1494 = llvm.getelementptr %in_Bp[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
      %v1496 = arith.mulf %v1489, %v1495 fastmath<contract> : f32
      %v1501 = arith.muli %v37, %v1199 : i64
      %v1502 = arith.constant 12 : i64
      %v1503 = arith.muli %v1502, %v2 : i64
      %v1504 = arith.addi %v1501, %v1503 : i64
      %v1505 = llvm.getelementptr %in_A_log[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1506 = llvm.load %v1505 : !llvm.ptr -> f32
      %v1507 = arith.mulf %v1506, %v1196 fastmath<contract> : f32
      %v1508 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1507) : (f32) -> f32
      %v1509 = arith.negf %v1508 : f32
      %v1510 = arith.mulf %v1198, %v1509 fastmath<contract> : f32
      %v1511 = arith.mulf %v1510, %v1196 fastmath<contract> : f32
      %v1512 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1511) : (f32) -> f32
      %v1513 = arith.subf %v1512, %v1209 fastmath<contract> : f32
      %v1514 = arith.divf %v1513, %v1509 : f32
      %v1515 = arith.muli %v37, %v1199 : i64
      %v1516 = arith.constant 12 : i64
      %v1517 = arith.muli %v1516, %v2 : i64
      %v1518 = arith.addi %v1515, %v1517 : i64
      %v1519 = llvm.getelementptr %in_Bp[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
      %v1521 = arith.mulf %v1514, %v1520 fastmath<contract> : f32
      %v1526 = arith.muli %v37, %v1199 : i64
      %v1527 = arith.constant 13 : i64
      %v1528 = arith.muli %v1527, %v2 : i64
      %v1529 = arith.addi %v1526, %v1528 : i64
      %v1530 = llvm.getelementptr %in_A_log[%v1529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
      %v1532 = arith.mulf %v1531, %v1196 fastmath<contract> : f32
      %v1533 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1532) : (f32) -> f32
      %v1534 = arith.negf %v1533 : f32
      %v1535 = arith.mulf %v1198, %v1534 fastmath<contract> : f32
      %v1536 = arith.mulf %v1535, %v1196 fastmath<contract> : f32
      %v1537 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1536) : (f32) -> f32
      %v1538 = arith.subf %v1537, %v1209 fastmath<contract> : f32
      %v1539 = arith.divf %v1538, %v1534 : f32
      %v1540 = arith.muli %v37, %v1199 : i64
      %v1541 = arith.constant 13 : i64
      %v1542 = arith.muli %v1541, %v2 : i64
      %v1543 = arith.addi %v1540, %v1542 : i64
      %v1544 = llvm.getelementptr %in_Bp[%v1543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
      %v1546 = arith.mulf %v1539, %v1545 fastmath<contract> : f32
      %v1551 = arith.muli %v37, %v1199 : i64
      %v1552 = arith.constant 14 : i64
      %v1553 = arith.muli %v1552, %v2 : i64
      %v1554 = arith.addi %v1551, %v1553 : i64
      %v1555 = llvm.getelementptr %in_A_log[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
      %v1557 = arith.mulf %v1556, %v1196 fastmath<contract> : f32
      %v1558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1557) : (f32) -> f32
      %v1559 = arith.negf %v1558 : f32
      %v1560 = arith.mulf %v1198, %v1559 fastmath<contract> : f32
      %v1561 = arith.mulf %v1560, %v1196 fastmath<contract> : f32
      %v1562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1561) : (f32) -> f32
      %v1563 = arith.subf %v1562, %v1209 fastmath<contract> : f32
      %v1564 = arith.divf %v1563, %v1559 : f32
      %v1565 = arith.muli %v37, %v1199 : i64
      %v1566 = arith.constant 14 : i64
      %v1567 = arith.muli %v1566, %v2 : i64
      %v1568 = arith.addi %v1565, %v1567 : i64
      %v1569 = llvm.getelementptr %in_Bp[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
      %v1571 = arith.mulf %v1564, %v1570 fastmath<contract> : f32
      %v1576 = arith.muli %v37, %v1199 : i64
      %v1577 = arith.constant 15 : i64
      %v1578 = arith.muli %v1577, %v2 : i64
      %v1579 = arith.addi %v1576, %v1578 : i64
      %v1580 = llvm.getelementptr %in_A_log[%v1579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
      %v1582 = arith.mulf %v1581, %v1196 fastmath<contract> : f32
      %v1583 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1582) : (f32) -> f32
      %v1584 = arith.negf %v1583 : f32
      %v1585 = arith.mulf %v1198, %v1584 fastmath<contract> : f32
      %v1586 = arith.mulf %v1585, %v1196 fastmath<contract> : f32
      %v1587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1586) : (f32) -> f32
      %v1588 = arith.subf %v1587, %v1209 fastmath<contract> : f32
      %v1589 = arith.divf %v1588, %v1584 : f32
      %v1590 = arith.muli %v37, %v1199 : i64
      %v1591 = arith.constant 15 : i64
      %v1592 = arith.muli %v1591, %v2 : i64
      %v1593 = arith.addi %v1590, %v1592 : i64
      %v1594 = llvm.getelementptr %in_Bp[%v1593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
      %v1596 = arith.mulf %v1589, %v1595 fastmath<contract> : f32
      %v1601 = arith.muli %v37, %v1199 : i64
      %v1602 = llvm.getelementptr %in_Cp[%v1601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1603 = llvm.load %v1602 : !llvm.ptr -> f32
      %v1606 = arith.muli %v37, %v1199 : i64
      %v1607 = arith.constant 1 : i64
      %v1608 = arith.muli %v1607, %v2 : i64
      %v1609 = arith.addi %v1606, %v1608 : i64
      %v1610 = llvm.getelementptr %in_Cp[%v1609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1611 = llvm.load %v1610 : !llvm.ptr -> f32
      %v1615 = arith.muli %v37, %v1199 : i64
      %v1616 = arith.constant 2 : i64
      %v1617 = arith.muli %v1616, %v2 : i64
      %v1618 = arith.addi %v1615, %v1617 : i64
      %v1619 = llvm.getelementptr %in_Cp[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
      %v1624 = arith.muli %v37, %v1199 : i64
      %v1625 = arith.constant 3 : i64
      %v1626 = arith.muli %v1625, %v2 : i64
      %v1627 = arith.addi %v1624, %v1626 : i64
      %v1628 = llvm.getelementptr %in_Cp[%v1627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1629 = llvm.load %v1628 : !llvm.ptr -> f32
      %v1633 = arith.muli %v37, %v1199 : i64
      %v1634 = arith.constant 4 : i64
      %v1635 = arith.muli %v1634, %v2 : i64
      %v1636 = arith.addi %v1633, %v1635 : i64
      %v1637 = llvm.getelementptr %in_Cp[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1638 = llvm.load %v1637 : !llvm.ptr -> f32
      %v1642 = arith.muli %v37, %v1199 : i64
      %v1643 = arith.constant 5 : i64
      %v1644 = arith.muli %v1643, %v2 : i64
      %v1645 = arith.addi %v1642, %v1644 : i64
      %v1646 = llvm.getelementptr %in_Cp[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
      %v1651 = arith.muli %v37, %v1199 : i64
      %v1652 = arith.constant 6 : i64
      %v1653 = arith.muli %v1652, %v2 : i64
      %v1654 = arith.addi %v1651, %v1653 : i64
      %v1655 = llvm.getelementptr %in_Cp[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1656 = llvm.load %v1655 : !llvm.ptr -> f32
      %v1660 = arith.muli %v37, %v1199 : i64
      %v1661 = arith.constant 7 : i64
      %v1662 = arith.muli %v1661, %v2 : i64
      %v1663 = arith.addi %v1660, %v1662 : i64
      %v1664 = llvm.getelementptr %in_Cp[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
      %v1669 = arith.muli %v37, %v1199 : i64
      %v1670 = arith.constant 8 : i64
      %v1671 = arith.muli %v1670, %v2 : i64
      %v1672 = arith.addi %v1669, %v1671 : i64
      %v1673 = llvm.getelementptr %in_Cp[%v1672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
      %v1678 = arith.muli %v37, %v1199 : i64
      %v1679 = arith.constant 9 : i64
      %v1680 = arith.muli %v1679, %v2 : i64
      %v1681 = arith.addi %v1678, %v1680 : i64
      %v1682 = llvm.getelementptr %in_Cp[%v1681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1683 = llvm.load %v1682 : !llvm.ptr -> f32
      %v1687 = arith.muli %v37, %v1199 : i64
      %v1688 = arith.constant 10 : i64
      %v1689 = arith.muli %v1688, %v2 : i64
      %v1690 = arith.addi %v1687, %v1689 : i64
      %v1691 = llvm.getelementptr %in_Cp[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1692 = llvm.load %v1691 : !llvm.ptr -> f32
      %v1696 = arith.muli %v37, %v1199 : i64
      %v1697 = arith.constant 11 : i64
      %v1698 = arith.muli %v1697, %v2 : i64
      %v1699 = arith.addi %v1696, %v1698 : i64
      %v1700 = llvm.getelementptr %in_Cp[%v1699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1701 = llvm.load %v1700 : !llvm.ptr -> f32
      %v1705 = arith.muli %v37, %v1199 : i64
      %v1706 = arith.constant 12 : i64
      %v1707 = arith.muli %v1706, %v2 : i64
      %v1708 = arith.addi %v1705, %v1707 : i64
      %v1709 = llvm.getelementptr %in_Cp[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1710 = llvm.load %v1709 : !llvm.ptr -> f32
      %v1714 = arith.muli %v37, %v1199 : i64
      %v1715 = arith.constant 13 : i64
      %v1716 = arith.muli %v1715, %v2 : i64
      %v1717 = arith.addi %v1714, %v1716 : i64
      %v1718 = llvm.getelementptr %in_Cp[%v1717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1719 = llvm.load %v1718 : !llvm.ptr -> f32
      %v1723 = arith.muli %v37, %v1199 : i64
      %v1724 = arith.constant 14 : i64
      %v1725 = arith.muli %v1724, %v2 : i64
      %v1726 = arith.addi %v1723, %v1725 : i64
      %v1727 = llvm.getelementptr %in_Cp[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1728 = llvm.load %v1727 : !llvm.ptr -> f32
      %v1732 = arith.muli %v37, %v1199 : i64
      %v1733 = arith.constant 15 : i64
      %v1734 = arith.muli %v1733, %v2 : i64
      %v1735 = arith.addi %v1732, %v1734 : i64
      %v1736 = llvm.getelementptr %in_Cp[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
      %v1741 = arith.muli %v37, %v2 : i64
      %v1742 = llvm.getelementptr %in_Dskip[%v1741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1743 = llvm.load %v1742 : !llvm.ptr -> f32
      %v44 = arith.muli %v39, %v43 : i64
      %v45 = arith.muli %v37, %v42 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v41, %v2 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v49 = arith.muli %v41, %v31 : i64
      %v50 = arith.addi %v49, %v29 : i64
      %v51 = llvm.getelementptr %v21[%v50] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v48, %v51 : i64, !llvm.ptr<3>
      %v52 = arith.muli %v39, %v43 : i64
      %v53 = arith.muli %v37, %v42 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v55 = arith.muli %v41, %v2 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v58 = arith.select %v34, %v56, %v57 : i64
      %v59 = arith.muli %v2, %v31 : i64
      %v60 = arith.addi %v59, %v29 : i64
      %v61 = llvm.getelementptr %v21[%v60] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v58, %v61 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v62, %v5 : f32, !llvm.ptr
      llvm.store %v62, %v6 : f32, !llvm.ptr
      llvm.store %v62, %v7 : f32, !llvm.ptr
      llvm.store %v62, %v8 : f32, !llvm.ptr
      llvm.store %v62, %v9 : f32, !llvm.ptr
      llvm.store %v62, %v10 : f32, !llvm.ptr
      llvm.store %v62, %v11 : f32, !llvm.ptr
      llvm.store %v62, %v12 : f32, !llvm.ptr
      llvm.store %v62, %v13 : f32, !llvm.ptr
      llvm.store %v62, %v14 : f32, !llvm.ptr
      llvm.store %v62, %v15 : f32, !llvm.ptr
      llvm.store %v62, %v16 : f32, !llvm.ptr
      llvm.store %v62, %v17 : f32, !llvm.ptr
      llvm.store %v62, %v18 : f32, !llvm.ptr
      llvm.store %v62, %v19 : f32, !llvm.ptr
      llvm.store %v62, %v20 : f32, !llvm.ptr
      // staged load of `u`'s first tile: read, then shared memory
      %v64 = arith.divui %v29, %v63 : i64
      %v65 = arith.remui %v29, %v63 : i64
      %v66 = arith.addi %v64, %v41 : i64
      %v67 = arith.constant true
      %v68 = arith.addi %v41, %v66 : i64
      %v69 = llvm.getelementptr %v21[%v68] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v70 = llvm.load %v69 : !llvm.ptr<3> -> i64
      %v71 = arith.addi %v41, %v65 : i64
      %v72 = arith.cmpi slt, %v71, %size_L : i64
      %v73 = arith.subi %size_L, %v2 : i64
      %v74 = arith.minsi %v71, %v73 : i64
      %v75 = arith.addi %v70, %v74 : i64
      %v77 = arith.muli %v68, %v76 : i64
      %v78 = arith.addi %v77, %v65 : i64
      %v79 = llvm.getelementptr %in_u[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v80 = llvm.load %v79 : !llvm.ptr -> f32
      %v82 = arith.addi %v64, %v81 : i64
      %v83 = arith.constant true
      %v84 = arith.addi %v41, %v82 : i64
      %v85 = llvm.getelementptr %v21[%v84] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v86 = llvm.load %v85 : !llvm.ptr<3> -> i64
      %v87 = arith.addi %v41, %v65 : i64
      %v88 = arith.cmpi slt, %v87, %size_L : i64
      %v89 = arith.subi %size_L, %v2 : i64
      %v90 = arith.minsi %v87, %v89 : i64
      %v91 = arith.addi %v86, %v90 : i64
      %v92 = arith.muli %v84, %v76 : i64
      %v93 = arith.addi %v92, %v65 : i64
      %v94 = llvm.getelementptr %in_u[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v95 = llvm.load %v94 : !llvm.ptr -> f32
      %v97 = arith.addi %v64, %v96 : i64
      %v98 = arith.constant true
      %v99 = arith.addi %v41, %v97 : i64
      %v100 = llvm.getelementptr %v21[%v99] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v101 = llvm.load %v100 : !llvm.ptr<3> -> i64
      %v102 = arith.addi %v41, %v65 : i64
      %v103 = arith.cmpi slt, %v102, %size_L : i64
      %v104 = arith.subi %size_L, %v2 : i64
      %v105 = arith.minsi %v102, %v104 : i64
      %v106 = arith.addi %v101, %v105 : i64
      %v107 = arith.muli %v99, %v76 : i64
      %v108 = arith.addi %v107, %v65 : i64
      %v109 = llvm.getelementptr %in_u[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      %v112 = arith.addi %v64, %v111 : i64
      %v113 = arith.constant true
      %v114 = arith.addi %v41, %v112 : i64
      %v115 = llvm.getelementptr %v21[%v114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v116 = llvm.load %v115 : !llvm.ptr<3> -> i64
      %v117 = arith.addi %v41, %v65 : i64
      %v118 = arith.cmpi slt, %v117, %size_L : i64
      %v119 = arith.subi %size_L, %v2 : i64
      %v120 = arith.minsi %v117, %v119 : i64
      %v121 = arith.addi %v116, %v120 : i64
      %v122 = arith.muli %v114, %v76 : i64
      %v123 = arith.addi %v122, %v65 : i64
      %v124 = llvm.getelementptr %in_u[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v125 = llvm.load %v124 : !llvm.ptr -> f32
      %v127 = arith.addi %v64, %v126 : i64
      %v128 = arith.constant true
      %v129 = arith.addi %v41, %v127 : i64
      %v130 = llvm.getelementptr %v21[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v131 = llvm.load %v130 : !llvm.ptr<3> -> i64
      %v132 = arith.addi %v41, %v65 : i64
      %v133 = arith.cmpi slt, %v132, %size_L : i64
      %v134 = arith.subi %size_L, %v2 : i64
      %v135 = arith.minsi %v132, %v134 : i64
      %v136 = arith.addi %v131, %v135 : i64
      %v137 = arith.muli %v129, %v76 : i64
      %v138 = arith.addi %v137, %v65 : i64
      %v139 = llvm.getelementptr %in_u[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      %v142 = arith.addi %v64, %v141 : i64
      %v143 = arith.constant true
      %v144 = arith.addi %v41, %v142 : i64
      %v145 = llvm.getelementptr %v21[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
      %v147 = arith.addi %v41, %v65 : i64
      %v148 = arith.cmpi slt, %v147, %size_L : i64
      %v149 = arith.subi %size_L, %v2 : i64
      %v150 = arith.minsi %v147, %v149 : i64
      %v151 = arith.addi %v146, %v150 : i64
      %v152 = arith.muli %v144, %v76 : i64
      %v153 = arith.addi %v152, %v65 : i64
      %v154 = llvm.getelementptr %in_u[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      %v157 = arith.addi %v64, %v156 : i64
      %v158 = arith.constant true
      %v159 = arith.addi %v41, %v157 : i64
      %v160 = llvm.getelementptr %v21[%v159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v161 = llvm.load %v160 : !llvm.ptr<3> -> i64
      %v162 = arith.addi %v41, %v65 : i64
      %v163 = arith.cmpi slt, %v162, %size_L : i64
      %v164 = arith.subi %size_L, %v2 : i64
      %v165 = arith.minsi %v162, %v164 : i64
      %v166 = arith.addi %v161, %v165 : i64
      %v167 = arith.muli %v159, %v76 : i64
      %v168 = arith.addi %v167, %v65 : i64
      %v169 = llvm.getelementptr %in_u[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = llvm.load %v169 : !llvm.ptr -> f32
      %v172 = arith.addi %v64, %v171 : i64
      %v173 = arith.constant true
      %v174 = arith.addi %v41, %v172 : i64
      %v175 = llvm.getelementptr %v21[%v174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v176 = llvm.load %v175 : !llvm.ptr<3> -> i64
      %v177 = arith.addi %v41, %v65 : i64
      %v178 = arith.cmpi slt, %v177, %size_L : i64
      %v179 = arith.subi %size_L, %v2 : i64
      %v180 = arith.minsi %v177, %v179 : i64
      %v181 = arith.addi %v176, %v180 : i64
      %v182 = arith.muli %v174, %v76 : i64
      %v183 = arith.addi %v182, %v65 : i64
      %v184 = llvm.getelementptr %in_u[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v185 = llvm.load %v184 : !llvm.ptr -> f32
      %v186 = arith.addi %v64, %v1 : i64
      %v187 = arith.constant true
      %v188 = arith.addi %v41, %v186 : i64
      %v189 = llvm.getelementptr %v21[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v190 = llvm.load %v189 : !llvm.ptr<3> -> i64
      %v191 = arith.addi %v41, %v65 : i64
      %v192 = arith.cmpi slt, %v191, %size_L : i64
      %v193 = arith.subi %size_L, %v2 : i64
      %v194 = arith.minsi %v191, %v193 : i64
      %v195 = arith.addi %v190, %v194 : i64
      %v196 = arith.muli %v188, %v76 : i64
      %v197 = arith.addi %v196, %v65 : i64
      %v198 = llvm.getelementptr %in_u[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v199 = llvm.load %v198 : !llvm.ptr -> f32
      %v201 = arith.addi %v64, %v200 : i64
      %v202 = arith.constant true
      %v203 = arith.addi %v41, %v201 : i64
      %v204 = llvm.getelementptr %v21[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v205 = llvm.load %v204 : !llvm.ptr<3> -> i64
      %v206 = arith.addi %v41, %v65 : i64
      %v207 = arith.cmpi slt, %v206, %size_L : i64
      %v208 = arith.subi %size_L, %v2 : i64
      %v209 = arith.minsi %v206, %v208 : i64
      %v210 = arith.addi %v205, %v209 : i64
      %v211 = arith.muli %v203, %v76 : i64
      %v212 = arith.addi %v211, %v65 : i64
      %v213 = llvm.getelementptr %in_u[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = llvm.load %v213 : !llvm.ptr -> f32
      %v216 = arith.addi %v64, %v215 : i64
      %v217 = arith.constant true
      %v218 = arith.addi %v41, %v216 : i64
      %v219 = llvm.getelementptr %v21[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
      %v221 = arith.addi %v41, %v65 : i64
      %v222 = arith.cmpi slt, %v221, %size_L : i64
      %v223 = arith.subi %size_L, %v2 : i64
      %v224 = arith.minsi %v221, %v223 : i64
      %v225 = arith.addi %v220, %v224 : i64
      %v226 = arith.muli %v218, %v76 : i64
      %v227 = arith.addi %v226, %v65 : i64
      %v228 = llvm.getelementptr %in_u[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v229 = llvm.load %v228 : !llvm.ptr -> f32
      %v231 = arith.addi %v64, %v230 : i64
      %v232 = arith.constant true
      %v233 = arith.addi %v41, %v231 : i64
      %v234 = llvm.getelementptr %v21[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
      %v236 = arith.addi %v41, %v65 : i64
      %v237 = arith.cmpi slt, %v236, %size_L : i64
      %v238 = arith.subi %size_L, %v2 : i64
      %v239 = arith.minsi %v236, %v238 : i64
      %v240 = arith.addi %v235, %v239 : i64
      %v241 = arith.muli %v233, %v76 : i64
      %v242 = arith.addi %v241, %v65 : i64
      %v243 = llvm.getelementptr %in_u[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = llvm.load %v243 : !llvm.ptr -> f32
      %v246 = arith.addi %v64, %v245 : i64
      %v247 = arith.constant true
      %v248 = arith.addi %v41, %v246 : i64
      %v249 = llvm.getelementptr %v21[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v250 = llvm.load %v249 : !llvm.ptr<3> -> i64
      %v251 = arith.addi %v41, %v65 : i64
      %v252 = arith.cmpi slt, %v251, %size_L : i64
      %v253 = arith.subi %size_L, %v2 : i64
      %v254 = arith.minsi %v251, %v253 : i64
      %v255 = arith.addi %v250, %v254 : i64
      %v256 = arith.muli %v248, %v76 : i64
      %v257 = arith.addi %v256, %v65 : i64
      %v258 = llvm.getelementptr %in_u[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v259 = llvm.load %v258 : !llvm.ptr -> f32
      %v261 = arith.addi %v64, %v260 : i64
      %v262 = arith.constant true
      %v263 = arith.addi %v41, %v261 : i64
      %v264 = llvm.getelementptr %v21[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v265 = llvm.load %v264 : !llvm.ptr<3> -> i64
      %v266 = arith.addi %v41, %v65 : i64
      %v267 = arith.cmpi slt, %v266, %size_L : i64
      %v268 = arith.subi %size_L, %v2 : i64
      %v269 = arith.minsi %v266, %v268 : i64
      %v270 = arith.addi %v265, %v269 : i64
      %v271 = arith.muli %v263, %v76 : i64
      %v272 = arith.addi %v271, %v65 : i64
      %v273 = llvm.getelementptr %in_u[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v274 = llvm.load %v273 : !llvm.ptr -> f32
      %v276 = arith.addi %v64, %v275 : i64
      %v277 = arith.constant true
      %v278 = arith.addi %v41, %v276 : i64
      %v279 = llvm.getelementptr %v21[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v41, %v65 : i64
      %v282 = arith.cmpi slt, %v281, %size_L : i64
      %v283 = arith.subi %size_L, %v2 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.addi %v280, %v284 : i64
      %v286 = arith.muli %v278, %v76 : i64
      %v287 = arith.addi %v286, %v65 : i64
      %v288 = llvm.getelementptr %in_u[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = llvm.load %v288 : !llvm.ptr -> f32
      %v291 = arith.addi %v64, %v290 : i64
      %v292 = arith.constant true
      %v293 = arith.addi %v41, %v291 : i64
      %v294 = llvm.getelementptr %v21[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v295 = llvm.load %v294 : !llvm.ptr<3> -> i64
      %v296 = arith.addi %v41, %v65 : i64
      %v297 = arith.cmpi slt, %v296, %size_L : i64
      %v298 = arith.subi %size_L, %v2 : i64
      %v299 = arith.minsi %v296, %v298 : i64
      %v300 = arith.addi %v295, %v299 : i64
      %v301 = arith.muli %v293, %v76 : i64
      %v302 = arith.addi %v301, %v65 : i64
      %v303 = llvm.getelementptr %in_u[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v304 = llvm.load %v303 : !llvm.ptr -> f32
      %v305 = arith.addi %v64, %v63 : i64
      %v306 = arith.constant true
      %v307 = arith.addi %v41, %v305 : i64
      %v308 = llvm.getelementptr %v21[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v309 = llvm.load %v308 : !llvm.ptr<3> -> i64
      %v310 = arith.addi %v41, %v65 : i64
      %v311 = arith.cmpi slt, %v310, %size_L : i64
      %v312 = arith.subi %size_L, %v2 : i64
      %v313 = arith.minsi %v310, %v312 : i64
      %v314 = arith.addi %v309, %v313 : i64
      %v315 = arith.muli %v307, %v76 : i64
      %v316 = arith.addi %v315, %v65 : i64
      %v317 = llvm.getelementptr %in_u[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v320 = arith.addi %v64, %v319 : i64
      %v321 = arith.constant true
      %v322 = arith.addi %v41, %v320 : i64
      %v323 = llvm.getelementptr %v21[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v324 = llvm.load %v323 : !llvm.ptr<3> -> i64
      %v325 = arith.addi %v41, %v65 : i64
      %v326 = arith.cmpi slt, %v325, %size_L : i64
      %v327 = arith.subi %size_L, %v2 : i64
      %v328 = arith.minsi %v325, %v327 : i64
      %v329 = arith.addi %v324, %v328 : i64
      %v330 = arith.muli %v322, %v76 : i64
      %v331 = arith.addi %v330, %v65 : i64
      %v332 = llvm.getelementptr %in_u[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = llvm.load %v332 : !llvm.ptr -> f32
      %v335 = arith.addi %v64, %v334 : i64
      %v336 = arith.constant true
      %v337 = arith.addi %v41, %v335 : i64
      %v338 = llvm.getelementptr %v21[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v339 = llvm.load %v338 : !llvm.ptr<3> -> i64
      %v340 = arith.addi %v41, %v65 : i64
      %v341 = arith.cmpi slt, %v340, %size_L : i64
      %v342 = arith.subi %size_L, %v2 : i64
      %v343 = arith.minsi %v340, %v342 : i64
      %v344 = arith.addi %v339, %v343 : i64
      %v345 = arith.muli %v337, %v76 : i64
      %v346 = arith.addi %v345, %v65 : i64
      %v347 = llvm.getelementptr %in_u[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v348 = llvm.load %v347 : !llvm.ptr -> f32
      %v350 = arith.addi %v64, %v349 : i64
      %v351 = arith.constant true
      %v352 = arith.addi %v41, %v350 : i64
      %v353 = llvm.getelementptr %v21[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v41, %v65 : i64
      %v356 = arith.cmpi slt, %v355, %size_L : i64
      %v357 = arith.subi %size_L, %v2 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.addi %v354, %v358 : i64
      %v360 = arith.muli %v352, %v76 : i64
      %v361 = arith.addi %v360, %v65 : i64
      %v362 = llvm.getelementptr %in_u[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v365 = arith.addi %v64, %v364 : i64
      %v366 = arith.constant true
      %v367 = arith.addi %v41, %v365 : i64
      %v368 = llvm.getelementptr %v21[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v41, %v65 : i64
      %v371 = arith.cmpi slt, %v370, %size_L : i64
      %v372 = arith.subi %size_L, %v2 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.addi %v369, %v373 : i64
      %v375 = arith.muli %v367, %v76 : i64
      %v376 = arith.addi %v375, %v65 : i64
      %v377 = llvm.getelementptr %in_u[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v64, %v379 : i64
      %v381 = arith.constant true
      %v382 = arith.addi %v41, %v380 : i64
      %v383 = llvm.getelementptr %v21[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v41, %v65 : i64
      %v386 = arith.cmpi slt, %v385, %size_L : i64
      %v387 = arith.subi %size_L, %v2 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v382, %v76 : i64
      %v391 = arith.addi %v390, %v65 : i64
      %v392 = llvm.getelementptr %in_u[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v64, %v394 : i64
      %v396 = arith.constant true
      %v397 = arith.addi %v41, %v395 : i64
      %v398 = llvm.getelementptr %v21[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v399 = llvm.load %v398 : !llvm.ptr<3> -> i64
      %v400 = arith.addi %v41, %v65 : i64
      %v401 = arith.cmpi slt, %v400, %size_L : i64
      %v402 = arith.subi %size_L, %v2 : i64
      %v403 = arith.minsi %v400, %v402 : i64
      %v404 = arith.addi %v399, %v403 : i64
      %v405 = arith.muli %v397, %v76 : i64
      %v406 = arith.addi %v405, %v65 : i64
      %v407 = llvm.getelementptr %in_u[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v408 = llvm.load %v407 : !llvm.ptr -> f32
      %v410 = arith.addi %v64, %v409 : i64
      %v411 = arith.constant true
      %v412 = arith.addi %v41, %v410 : i64
      %v413 = llvm.getelementptr %v21[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v414 = llvm.load %v413 : !llvm.ptr<3> -> i64
      %v415 = arith.addi %v41, %v65 : i64
      %v416 = arith.cmpi slt, %v415, %size_L : i64
      %v417 = arith.subi %size_L, %v2 : i64
      %v418 = arith.minsi %v415, %v417 : i64
      %v419 = arith.addi %v414, %v418 : i64
      %v420 = arith.muli %v412, %v76 : i64
      %v421 = arith.addi %v420, %v65 : i64
      %v422 = llvm.getelementptr %in_u[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v423 = llvm.load %v422 : !llvm.ptr -> f32
      %v425 = arith.addi %v64, %v424 : i64
      %v426 = arith.constant true
      %v427 = arith.addi %v41, %v425 : i64
      %v428 = llvm.getelementptr %v21[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.addi %v41, %v65 : i64
      %v431 = arith.cmpi slt, %v430, %size_L : i64
      %v432 = arith.subi %size_L, %v2 : i64
      %v433 = arith.minsi %v430, %v432 : i64
      %v434 = arith.addi %v429, %v433 : i64
      %v435 = arith.muli %v427, %v76 : i64
      %v436 = arith.addi %v435, %v65 : i64
      %v437 = llvm.getelementptr %in_u[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v438 = llvm.load %v437 : !llvm.ptr -> f32
      %v440 = arith.addi %v64, %v439 : i64
      %v441 = arith.constant true
      %v442 = arith.addi %v41, %v440 : i64
      %v443 = llvm.getelementptr %v21[%v442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v444 = llvm.load %v443 : !llvm.ptr<3> -> i64
      %v445 = arith.addi %v41, %v65 : i64
      %v446 = arith.cmpi slt, %v445, %size_L : i64
      %v447 = arith.subi %size_L, %v2 : i64
      %v448 = arith.minsi %v445, %v447 : i64
      %v449 = arith.addi %v444, %v448 : i64
      %v450 = arith.muli %v442, %v76 : i64
      %v451 = arith.addi %v450, %v65 : i64
      %v452 = llvm.getelementptr %in_u[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v453 = llvm.load %v452 : !llvm.ptr -> f32
      %v455 = arith.addi %v64, %v454 : i64
      %v456 = arith.constant true
      %v457 = arith.addi %v41, %v455 : i64
      %v458 = llvm.getelementptr %v21[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v459 = llvm.load %v458 : !llvm.ptr<3> -> i64
      %v460 = arith.addi %v41, %v65 : i64
      %v461 = arith.cmpi slt, %v460, %size_L : i64
      %v462 = arith.subi %size_L, %v2 : i64
      %v463 = arith.minsi %v460, %v462 : i64
      %v464 = arith.addi %v459, %v463 : i64
      %v465 = arith.muli %v457, %v76 : i64
      %v466 = arith.addi %v465, %v65 : i64
      %v467 = llvm.getelementptr %in_u[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v468 = llvm.load %v467 : !llvm.ptr -> f32
      %v470 = arith.addi %v64, %v469 : i64
      %v471 = arith.constant true
      %v472 = arith.addi %v41, %v470 : i64
      %v473 = llvm.getelementptr %v21[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.addi %v41, %v65 : i64
      %v476 = arith.cmpi slt, %v475, %size_L : i64
      %v477 = arith.subi %size_L, %v2 : i64
      %v478 = arith.minsi %v475, %v477 : i64
      %v479 = arith.addi %v474, %v478 : i64
      %v480 = arith.muli %v472, %v76 : i64
      %v481 = arith.addi %v480, %v65 : i64
      %v482 = llvm.getelementptr %in_u[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = llvm.load %v482 : !llvm.ptr -> f32
      %v485 = arith.addi %v64, %v484 : i64
      %v486 = arith.constant true
      %v487 = arith.addi %v41, %v485 : i64
      %v488 = llvm.getelementptr %v21[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v41, %v65 : i64
      %v491 = arith.cmpi slt, %v490, %size_L : i64
      %v492 = arith.subi %size_L, %v2 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.addi %v489, %v493 : i64
      %v495 = arith.muli %v487, %v76 : i64
      %v496 = arith.addi %v495, %v65 : i64
      %v497 = llvm.getelementptr %in_u[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v500 = arith.addi %v64, %v499 : i64
      %v501 = arith.constant true
      %v502 = arith.addi %v41, %v500 : i64
      %v503 = llvm.getelementptr %v21[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v504 = llvm.load %v503 : !llvm.ptr<3> -> i64
      %v505 = arith.addi %v41, %v65 : i64
      %v506 = arith.cmpi slt, %v505, %size_L : i64
      %v507 = arith.subi %size_L, %v2 : i64
      %v508 = arith.minsi %v505, %v507 : i64
      %v509 = arith.addi %v504, %v508 : i64
      %v510 = arith.muli %v502, %v76 : i64
      %v511 = arith.addi %v510, %v65 : i64
      %v512 = llvm.getelementptr %in_u[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = llvm.load %v512 : !llvm.ptr -> f32
      %v515 = arith.addi %v64, %v514 : i64
      %v516 = arith.constant true
      %v517 = arith.addi %v41, %v515 : i64
      %v518 = llvm.getelementptr %v21[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v519 = llvm.load %v518 : !llvm.ptr<3> -> i64
      %v520 = arith.addi %v41, %v65 : i64
      %v521 = arith.cmpi slt, %v520, %size_L : i64
      %v522 = arith.subi %size_L, %v2 : i64
      %v523 = arith.minsi %v520, %v522 : i64
      %v524 = arith.addi %v519, %v523 : i64
      %v525 = arith.muli %v517, %v76 : i64
      %v526 = arith.addi %v525, %v65 : i64
      %v527 = llvm.getelementptr %in_u[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v528 = llvm.load %v527 : !llvm.ptr -> f32
      %v530 = arith.addi %v64, %v529 : i64
      %v531 = arith.constant true
      %v532 = arith.addi %v41, %v530 : i64
      %v533 = llvm.getelementptr %v21[%v532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v534 = llvm.load %v533 : !llvm.ptr<3> -> i64
      %v535 = arith.addi %v41, %v65 : i64
      %v536 = arith.cmpi slt, %v535, %size_L : i64
      %v537 = arith.subi %size_L, %v2 : i64
      %v538 = arith.minsi %v535, %v537 : i64
      %v539 = arith.addi %v534, %v538 : i64
      %v540 = arith.muli %v532, %v76 : i64
      %v541 = arith.addi %v540, %v65 : i64
      %v542 = llvm.getelementptr %in_u[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v543 = llvm.load %v542 : !llvm.ptr -> f32
      scf.if %v67 {
        %v544 = llvm.getelementptr %v22[%v78] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v80, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v83 {
        %v545 = llvm.getelementptr %v22[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v95, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v98 {
        %v546 = llvm.getelementptr %v22[%v108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v110, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v113 {
        %v547 = llvm.getelementptr %v22[%v123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v125, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v128 {
        %v548 = llvm.getelementptr %v22[%v138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v140, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v143 {
        %v549 = llvm.getelementptr %v22[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v155, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v158 {
        %v550 = llvm.getelementptr %v22[%v168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v170, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v173 {
        %v551 = llvm.getelementptr %v22[%v183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v185, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v552 = llvm.getelementptr %v22[%v197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v199, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v202 {
        %v553 = llvm.getelementptr %v22[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v214, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v217 {
        %v554 = llvm.getelementptr %v22[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v229, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v232 {
        %v555 = llvm.getelementptr %v22[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v244, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v247 {
        %v556 = llvm.getelementptr %v22[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v259, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v262 {
        %v557 = llvm.getelementptr %v22[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v274, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v558 = llvm.getelementptr %v22[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v289, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v292 {
        %v559 = llvm.getelementptr %v22[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v304, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v306 {
        %v560 = llvm.getelementptr %v22[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v321 {
        %v561 = llvm.getelementptr %v22[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v333, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v336 {
        %v562 = llvm.getelementptr %v22[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v348, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v351 {
        %v563 = llvm.getelementptr %v22[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v366 {
        %v564 = llvm.getelementptr %v22[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v565 = llvm.getelementptr %v22[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v566 = llvm.getelementptr %v22[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v408, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v411 {
        %v567 = llvm.getelementptr %v22[%v421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v423, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v426 {
        %v568 = llvm.getelementptr %v22[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v438, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v441 {
        %v569 = llvm.getelementptr %v22[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v453, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v456 {
        %v570 = llvm.getelementptr %v22[%v466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v468, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v471 {
        %v571 = llvm.getelementptr %v22[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v483, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v486 {
        %v572 = llvm.getelementptr %v22[%v496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v498, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v501 {
        %v573 = llvm.getelementptr %v22[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v513, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v516 {
        %v574 = llvm.getelementptr %v22[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v528, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v531 {
        %v575 = llvm.getelementptr %v22[%v541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v543, %v575 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      gpu.barrier
      %v576 = arith.index_cast %v41 : i64 to index
      %v577 = arith.index_cast %size_L : i64 to index
      %v578 = arith.index_cast %v63 : i64 to index
      scf.for %v579 = %v576 to %v577 step %v578 {
        %v580 = arith.index_cast %v579 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v581 = arith.remui %v580, %v31 : i64
        %v582 = arith.cmpi eq, %v581, %v41 : i64
        %v583 = arith.andi %v582, %v34 : i1
        scf.if %v583 {
          %v584 = arith.divui %v580, %v31 : i64
          %v585 = llvm.mlir.zero : !llvm.ptr
          %v586 = llvm.icmp "ne" %ckpt_h, %v585 : !llvm.ptr
          scf.if %v586 {
            %v590 = arith.muli %v584, %v589 : i64
            %v591 = llvm.load %v5 : !llvm.ptr -> f32
            %v594 = arith.muli %v39, %v593 : i64
            %v595 = arith.muli %v37, %v592 : i64
            %v596 = arith.addi %v594, %v595 : i64
            %v597 = arith.addi %v590, %v596 : i64
            %v598 = llvm.getelementptr %ckpt_h[%v597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v591, %v598 : f32, !llvm.ptr
            %v599 = llvm.load %v6 : !llvm.ptr -> f32
            %v600 = arith.muli %v39, %v593 : i64
            %v601 = arith.muli %v37, %v592 : i64
            %v602 = arith.addi %v600, %v601 : i64
            %v603 = arith.constant 1 : i64
            %v604 = arith.muli %v603, %v2 : i64
            %v605 = arith.addi %v602, %v604 : i64
            %v606 = arith.addi %v590, %v605 : i64
            %v607 = llvm.getelementptr %ckpt_h[%v606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v599, %v607 : f32, !llvm.ptr
            %v608 = llvm.load %v7 : !llvm.ptr -> f32
            %v609 = arith.muli %v39, %v593 : i64
            %v610 = arith.muli %v37, %v592 : i64
            %v611 = arith.addi %v609, %v610 : i64
            %v612 = arith.constant 2 : i64
            %v613 = arith.muli %v612, %v2 : i64
            %v614 = arith.addi %v611, %v613 : i64
            %v615 = arith.addi %v590, %v614 : i64
            %v616 = llvm.getelementptr %ckpt_h[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v608, %v616 : f32, !llvm.ptr
            %v617 = llvm.load %v8 : !llvm.ptr -> f32
            %v618 = arith.muli %v39, %v593 : i64
            %v619 = arith.muli %v37, %v592 : i64
            %v620 = arith.addi %v618, %v619 : i64
            %v621 = arith.constant 3 : i64
            %v622 = arith.muli %v621, %v2 : i64
            %v623 = arith.addi %v620, %v622 : i64
            %v624 = arith.addi %v590, %v623 : i64
            %v625 = llvm.getelementptr %ckpt_h[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v617, %v625 : f32, !llvm.ptr
            %v626 = llvm.load %v9 : !llvm.ptr -> f32
            %v627 = arith.muli %v39, %v593 : i64
            %v628 = arith.muli %v37, %v592 : i64
            %v629 = arith.addi %v627, %v628 : i64
            %v630 = arith.constant 4 : i64
            %v631 = arith.muli %v630, %v2 : i64
            %v632 = arith.addi %v629, %v631 : i64
            %v633 = arith.addi %v590, %v632 : i64
            %v634 = llvm.getelementptr %ckpt_h[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v626, %v634 : f32, !llvm.ptr
            %v635 = llvm.load %v10 : !llvm.ptr -> f32
            %v636 = arith.muli %v39, %v593 : i64
            %v637 = arith.muli %v37, %v592 : i64
            %v638 = arith.addi %v636, %v637 : i64
            %v639 = arith.constant 5 : i64
            %v640 = arith.muli %v639, %v2 : i64
            %v641 = arith.addi %v638, %v640 : i64
            %v642 = arith.addi %v590, %v641 : i64
            %v643 = llvm.getelementptr %ckpt_h[%v642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v635, %v643 : f32, !llvm.ptr
            %v644 = llvm.load %v11 : !llvm.ptr -> f32
            %v645 = arith.muli %v39, %v593 : i64
            %v646 = arith.muli %v37, %v592 : i64
            %v647 = arith.addi %v645, %v646 : i64
            %v648 = arith.constant 6 : i64
            %v649 = arith.muli %v648, %v2 : i64
            %v650 = arith.addi %v647, %v649 : i64
            %v651 = arith.addi %v590, %v650 : i64
            %v652 = llvm.getelementptr %ckpt_h[%v651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v644, %v652 : f32, !llvm.ptr
            %v653 = llvm.load %v12 : !llvm.ptr -> f32
            %v654 = arith.muli %v39, %v593 : i64
            %v655 = arith.muli %v37, %v592 : i64
            %v656 = arith.addi %v654, %v655 : i64
            %v657 = arith.constant 7 : i64
            %v658 = arith.muli %v657, %v2 : i64
            %v659 = arith.addi %v656, %v658 : i64
            %v660 = arith.addi %v590, %v659 : i64
            %v661 = llvm.getelementptr %ckpt_h[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v653, %v661 : f32, !llvm.ptr
            %v662 = llvm.load %v13 : !llvm.ptr -> f32
            %v663 = arith.muli %v39, %v593 : i64
            %v664 = arith.muli %v37, %v592 : i64
            %v665 = arith.addi %v663, %v664 : i64
            %v666 = arith.constant 8 : i64
            %v667 = arith.muli %v666, %v2 : i64
            %v668 = arith.addi %v665, %v667 : i64
            %v669 = arith.addi %v590, %v668 : i64
            %v670 = llvm.getelementptr %ckpt_h[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v662, %v670 : f32, !llvm.ptr
            %v671 = llvm.load %v14 : !llvm.ptr -> f32
            %v672 = arith.muli %v39, %v593 : i64
            %v673 = arith.muli %v37, %v592 : i64
            %v674 = arith.addi %v672, %v673 : i64
            %v675 = arith.constant 9 : i64
            %v676 = arith.muli %v675, %v2 : i64
            %v677 = arith.addi %v674, %v676 : i64
            %v678 = arith.addi %v590, %v677 : i64
            %v679 = llvm.getelementptr %ckpt_h[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v671, %v679 : f32, !llvm.ptr
            %v680 = llvm.load %v15 : !llvm.ptr -> f32
            %v681 = arith.muli %v39, %v593 : i64
            %v682 = arith.muli %v37, %v592 : i64
            %v683 = arith.addi %v681, %v682 : i64
            %v684 = arith.constant 10 : i64
            %v685 = arith.muli %v684, %v2 : i64
            %v686 = arith.addi %v683, %v685 : i64
            %v687 = arith.addi %v590, %v686 : i64
            %v688 = llvm.getelementptr %ckpt_h[%v687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v680, %v688 : f32, !llvm.ptr
            %v689 = llvm.load %v16 : !llvm.ptr -> f32
            %v690 = arith.muli %v39, %v593 : i64
            %v691 = arith.muli %v37, %v592 : i64
            %v692 = arith.addi %v690, %v691 : i64
            %v693 = arith.constant 11 : i64
            %v694 = arith.muli %v693, %v2 : i64
            %v695 = arith.addi %v692, %v694 : i64
            %v696 = arith.addi %v590, %v695 : i64
            %v697 = llvm.getelementptr %ckpt_h[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v689, %v697 : f32, !llvm.ptr
            %v698 = llvm.load %v17 : !llvm.ptr -> f32
            %v699 = arith.muli %v39, %v593 : i64
            %v700 = arith.muli %v37, %v592 : i64
            %v701 = arith.addi %v699, %v700 : i64
            %v702 = arith.constant 12 : i64
            %v703 = arith.muli %v702, %v2 : i64
            %v704 = arith.addi %v701, %v703 : i64
            %v705 = arith.addi %v590, %v704 : i64
            %v706 = llvm.getelementptr %ckpt_h[%v705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v698, %v706 : f32, !llvm.ptr
            %v707 = llvm.load %v18 : !llvm.ptr -> f32
            %v708 = arith.muli %v39, %v593 : i64
            %v709 = arith.muli %v37, %v592 : i64
            %v710 = arith.addi %v708, %v709 : i64
            %v711 = arith.constant 13 : i64
            %v712 = arith.muli %v711, %v2 : i64
            %v713 = arith.addi %v710, %v712 : i64
            %v714 = arith.addi %v590, %v713 : i64
            %v715 = llvm.getelementptr %ckpt_h[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v707, %v715 : f32, !llvm.ptr
            %v716 = llvm.load %v19 : !llvm.ptr -> f32
            %v717 = arith.muli %v39, %v593 : i64
            %v718 = arith.muli %v37, %v592 : i64
            %v719 = arith.addi %v717, %v718 : i64
            %v720 = arith.constant 14 : i64
            %v721 = arith.muli %v720, %v2 : i64
            %v722 = arith.addi %v719, %v721 : i64
            %v723 = arith.addi %v590, %v722 : i64
            %v724 = llvm.getelementptr %ckpt_h[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v716, %v724 : f32, !llvm.ptr
            %v725 = llvm.load %v20 : !llvm.ptr -> f32
            %v726 = arith.muli %v39, %v593 : i64
            %v727 = arith.muli %v37, %v592 : i64
            %v728 = arith.addi %v726, %v727 : i64
            %v729 = arith.constant 15 : i64
            %v730 = arith.muli %v729, %v2 : i64
            %v731 = arith.addi %v728, %v730 : i64
            %v732 = arith.addi %v590, %v731 : i64
            %v733 = llvm.getelementptr %ckpt_h[%v732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v725, %v733 : f32, !llvm.ptr
          }
        }
        // end save
        %v734 = arith.subi %size_L, %v580 : i64
        %v735 = arith.minsi %v734, %v63 : i64
        %v736 = arith.addi %v580, %v63 : i64
        %v737 = arith.divui %v29, %v63 : i64
        %v738 = arith.remui %v29, %v63 : i64
        %v739 = arith.addi %v737, %v41 : i64
        %v740 = arith.constant true
        %v741 = arith.addi %v41, %v739 : i64
        %v742 = llvm.getelementptr %v21[%v741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v743 = llvm.load %v742 : !llvm.ptr<3> -> i64
        %v744 = arith.addi %v736, %v738 : i64
        %v745 = arith.cmpi slt, %v744, %size_L : i64
        %v746 = arith.subi %size_L, %v2 : i64
        %v747 = arith.minsi %v744, %v746 : i64
        %v748 = arith.addi %v743, %v747 : i64
        %v749 = arith.muli %v741, %v76 : i64
        %v750 = arith.addi %v749, %v738 : i64
        %v751 = llvm.getelementptr %in_u[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v752 = llvm.load %v751 : !llvm.ptr -> f32
        %v753 = arith.addi %v737, %v81 : i64
        %v754 = arith.constant true
        %v755 = arith.addi %v41, %v753 : i64
        %v756 = llvm.getelementptr %v21[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v757 = llvm.load %v756 : !llvm.ptr<3> -> i64
        %v758 = arith.addi %v736, %v738 : i64
        %v759 = arith.cmpi slt, %v758, %size_L : i64
        %v760 = arith.subi %size_L, %v2 : i64
        %v761 = arith.minsi %v758, %v760 : i64
        %v762 = arith.addi %v757, %v761 : i64
        %v763 = arith.muli %v755, %v76 : i64
        %v764 = arith.addi %v763, %v738 : i64
        %v765 = llvm.getelementptr %in_u[%v762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v766 = llvm.load %v765 : !llvm.ptr -> f32
        %v767 = arith.addi %v737, %v96 : i64
        %v768 = arith.constant true
        %v769 = arith.addi %v41, %v767 : i64
        %v770 = llvm.getelementptr %v21[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v771 = llvm.load %v770 : !llvm.ptr<3> -> i64
        %v772 = arith.addi %v736, %v738 : i64
        %v773 = arith.cmpi slt, %v772, %size_L : i64
        %v774 = arith.subi %size_L, %v2 : i64
        %v775 = arith.minsi %v772, %v774 : i64
        %v776 = arith.addi %v771, %v775 : i64
        %v777 = arith.muli %v769, %v76 : i64
        %v778 = arith.addi %v777, %v738 : i64
        %v779 = llvm.getelementptr %in_u[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v780 = llvm.load %v779 : !llvm.ptr -> f32
        %v781 = arith.addi %v737, %v111 : i64
        %v782 = arith.constant true
        %v783 = arith.addi %v41, %v781 : i64
        %v784 = llvm.getelementptr %v21[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v785 = llvm.load %v784 : !llvm.ptr<3> -> i64
        %v786 = arith.addi %v736, %v738 : i64
        %v787 = arith.cmpi slt, %v786, %size_L : i64
        %v788 = arith.subi %size_L, %v2 : i64
        %v789 = arith.minsi %v786, %v788 : i64
        %v790 = arith.addi %v785, %v789 : i64
        %v791 = arith.muli %v783, %v76 : i64
        %v792 = arith.addi %v791, %v738 : i64
        %v793 = llvm.getelementptr %in_u[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v794 = llvm.load %v793 : !llvm.ptr -> f32
        %v795 = arith.addi %v737, %v126 : i64
        %v796 = arith.constant true
        %v797 = arith.addi %v41, %v795 : i64
        %v798 = llvm.getelementptr %v21[%v797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v799 = llvm.load %v798 : !llvm.ptr<3> -> i64
        %v800 = arith.addi %v736, %v738 : i64
        %v801 = arith.cmpi slt, %v800, %size_L : i64
        %v802 = arith.subi %size_L, %v2 : i64
        %v803 = arith.minsi %v800, %v802 : i64
        %v804 = arith.addi %v799, %v803 : i64
        %v805 = arith.muli %v797, %v76 : i64
        %v806 = arith.addi %v805, %v738 : i64
        %v807 = llvm.getelementptr %in_u[%v804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v808 = llvm.load %v807 : !llvm.ptr -> f32
        %v809 = arith.addi %v737, %v141 : i64
        %v810 = arith.constant true
        %v811 = arith.addi %v41, %v809 : i64
        %v812 = llvm.getelementptr %v21[%v811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v813 = llvm.load %v812 : !llvm.ptr<3> -> i64
        %v814 = arith.addi %v736, %v738 : i64
        %v815 = arith.cmpi slt, %v814, %size_L : i64
        %v816 = arith.subi %size_L, %v2 : i64
        %v817 = arith.minsi %v814, %v816 : i64
        %v818 = arith.addi %v813, %v817 : i64
        %v819 = arith.muli %v811, %v76 : i64
        %v820 = arith.addi %v819, %v738 : i64
        %v821 = llvm.getelementptr %in_u[%v818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v822 = llvm.load %v821 : !llvm.ptr -> f32
        %v823 = arith.addi %v737, %v156 : i64
        %v824 = arith.constant true
        %v825 = arith.addi %v41, %v823 : i64
        %v826 = llvm.getelementptr %v21[%v825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v827 = llvm.load %v826 : !llvm.ptr<3> -> i64
        %v828 = arith.addi %v736, %v738 : i64
        %v829 = arith.cmpi slt, %v828, %size_L : i64
        %v830 = arith.subi %size_L, %v2 : i64
        %v831 = arith.minsi %v828, %v830 : i64
        %v832 = arith.addi %v827, %v831 : i64
        %v833 = arith.muli %v825, %v76 : i64
        %v834 = arith.addi %v833, %v738 : i64
        %v835 = llvm.getelementptr %in_u[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v836 = llvm.load %v835 : !llvm.ptr -> f32
        %v837 = arith.addi %v737, %v171 : i64
        %v838 = arith.constant true
        %v839 = arith.addi %v41, %v837 : i64
        %v840 = llvm.getelementptr %v21[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v841 = llvm.load %v840 : !llvm.ptr<3> -> i64
        %v842 = arith.addi %v736, %v738 : i64
        %v843 = arith.cmpi slt, %v842, %size_L : i64
        %v844 = arith.subi %size_L, %v2 : i64
        %v845 = arith.minsi %v842, %v844 : i64
        %v846 = arith.addi %v841, %v845 : i64
        %v847 = arith.muli %v839, %v76 : i64
        %v848 = arith.addi %v847, %v738 : i64
        %v849 = llvm.getelementptr %in_u[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v850 = llvm.load %v849 : !llvm.ptr -> f32
        %v851 = arith.addi %v737, %v1 : i64
        %v852 = arith.constant true
        %v853 = arith.addi %v41, %v851 : i64
        %v854 = llvm.getelementptr %v21[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v855 = llvm.load %v854 : !llvm.ptr<3> -> i64
        %v856 = arith.addi %v736, %v738 : i64
        %v857 = arith.cmpi slt, %v856, %size_L : i64
        %v858 = arith.subi %size_L, %v2 : i64
        %v859 = arith.minsi %v856, %v858 : i64
        %v860 = arith.addi %v855, %v859 : i64
        %v861 = arith.muli %v853, %v76 : i64
        %v862 = arith.addi %v861, %v738 : i64
        %v863 = llvm.getelementptr %in_u[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v864 = llvm.load %v863 : !llvm.ptr -> f32
        %v865 = arith.addi %v737, %v200 : i64
        %v866 = arith.constant true
        %v867 = arith.addi %v41, %v865 : i64
        %v868 = llvm.getelementptr %v21[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v869 = llvm.load %v868 : !llvm.ptr<3> -> i64
        %v870 = arith.addi %v736, %v738 : i64
        %v871 = arith.cmpi slt, %v870, %size_L : i64
        %v872 = arith.subi %size_L, %v2 : i64
        %v873 = arith.minsi %v870, %v872 : i64
        %v874 = arith.addi %v869, %v873 : i64
        %v875 = arith.muli %v867, %v76 : i64
        %v876 = arith.addi %v875, %v738 : i64
        %v877 = llvm.getelementptr %in_u[%v874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v878 = llvm.load %v877 : !llvm.ptr -> f32
        %v879 = arith.addi %v737, %v215 : i64
        %v880 = arith.constant true
        %v881 = arith.addi %v41, %v879 : i64
        %v882 = llvm.getelementptr %v21[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v883 = llvm.load %v882 : !llvm.ptr<3> -> i64
        %v884 = arith.addi %v736, %v738 : i64
        %v885 = arith.cmpi slt, %v884, %size_L : i64
        %v886 = arith.subi %size_L, %v2 : i64
        %v887 = arith.minsi %v884, %v886 : i64
        %v888 = arith.addi %v883, %v887 : i64
        %v889 = arith.muli %v881, %v76 : i64
        %v890 = arith.addi %v889, %v738 : i64
        %v891 = llvm.getelementptr %in_u[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v892 = llvm.load %v891 : !llvm.ptr -> f32
        %v893 = arith.addi %v737, %v230 : i64
        %v894 = arith.constant true
        %v895 = arith.addi %v41, %v893 : i64
        %v896 = llvm.getelementptr %v21[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
        %v898 = arith.addi %v736, %v738 : i64
        %v899 = arith.cmpi slt, %v898, %size_L : i64
        %v900 = arith.subi %size_L, %v2 : i64
        %v901 = arith.minsi %v898, %v900 : i64
        %v902 = arith.addi %v897, %v901 : i64
        %v903 = arith.muli %v895, %v76 : i64
        %v904 = arith.addi %v903, %v738 : i64
        %v905 = llvm.getelementptr %in_u[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v906 = llvm.load %v905 : !llvm.ptr -> f32
        %v907 = arith.addi %v737, %v245 : i64
        %v908 = arith.constant true
        %v909 = arith.addi %v41, %v907 : i64
        %v910 = llvm.getelementptr %v21[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v911 = llvm.load %v910 : !llvm.ptr<3> -> i64
        %v912 = arith.addi %v736, %v738 : i64
        %v913 = arith.cmpi slt, %v912, %size_L : i64
        %v914 = arith.subi %size_L, %v2 : i64
        %v915 = arith.minsi %v912, %v914 : i64
        %v916 = arith.addi %v911, %v915 : i64
        %v917 = arith.muli %v909, %v76 : i64
        %v918 = arith.addi %v917, %v738 : i64
        %v919 = llvm.getelementptr %in_u[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v920 = llvm.load %v919 : !llvm.ptr -> f32
        %v921 = arith.addi %v737, %v260 : i64
        %v922 = arith.constant true
        %v923 = arith.addi %v41, %v921 : i64
        %v924 = llvm.getelementptr %v21[%v923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v925 = llvm.load %v924 : !llvm.ptr<3> -> i64
        %v926 = arith.addi %v736, %v738 : i64
        %v927 = arith.cmpi slt, %v926, %size_L : i64
        %v928 = arith.subi %size_L, %v2 : i64
        %v929 = arith.minsi %v926, %v928 : i64
        %v930 = arith.addi %v925, %v929 : i64
        %v931 = arith.muli %v923, %v76 : i64
        %v932 = arith.addi %v931, %v738 : i64
        %v933 = llvm.getelementptr %in_u[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v934 = llvm.load %v933 : !llvm.ptr -> f32
        %v935 = arith.addi %v737, %v275 : i64
        %v936 = arith.constant true
        %v937 = arith.addi %v41, %v935 : i64
        %v938 = llvm.getelementptr %v21[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v939 = llvm.load %v938 : !llvm.ptr<3> -> i64
        %v940 = arith.addi %v736, %v738 : i64
        %v941 = arith.cmpi slt, %v940, %size_L : i64
        %v942 = arith.subi %size_L, %v2 : i64
        %v943 = arith.minsi %v940, %v942 : i64
        %v944 = arith.addi %v939, %v943 : i64
        %v945 = arith.muli %v937, %v76 : i64
        %v946 = arith.addi %v945, %v738 : i64
        %v947 = llvm.getelementptr %in_u[%v944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v948 = llvm.load %v947 : !llvm.ptr -> f32
        %v949 = arith.addi %v737, %v290 : i64
        %v950 = arith.constant true
        %v951 = arith.addi %v41, %v949 : i64
        %v952 = llvm.getelementptr %v21[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v953 = llvm.load %v952 : !llvm.ptr<3> -> i64
        %v954 = arith.addi %v736, %v738 : i64
        %v955 = arith.cmpi slt, %v954, %size_L : i64
        %v956 = arith.subi %size_L, %v2 : i64
        %v957 = arith.minsi %v954, %v956 : i64
        %v958 = arith.addi %v953, %v957 : i64
        %v959 = arith.muli %v951, %v76 : i64
        %v960 = arith.addi %v959, %v738 : i64
        %v961 = llvm.getelementptr %in_u[%v958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v962 = llvm.load %v961 : !llvm.ptr -> f32
        %v963 = arith.addi %v737, %v63 : i64
        %v964 = arith.constant true
        %v965 = arith.addi %v41, %v963 : i64
        %v966 = llvm.getelementptr %v21[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v967 = llvm.load %v966 : !llvm.ptr<3> -> i64
        %v968 = arith.addi %v736, %v738 : i64
        %v969 = arith.cmpi slt, %v968, %size_L : i64
        %v970 = arith.subi %size_L, %v2 : i64
        %v971 = arith.minsi %v968, %v970 : i64
        %v972 = arith.addi %v967, %v971 : i64
        %v973 = arith.muli %v965, %v76 : i64
        %v974 = arith.addi %v973, %v738 : i64
        %v975 = llvm.getelementptr %in_u[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v976 = llvm.load %v975 : !llvm.ptr -> f32
        %v977 = arith.addi %v737, %v319 : i64
        %v978 = arith.constant true
        %v979 = arith.addi %v41, %v977 : i64
        %v980 = llvm.getelementptr %v21[%v979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v981 = llvm.load %v980 : !llvm.ptr<3> -> i64
        %v982 = arith.addi %v736, %v738 : i64
        %v983 = arith.cmpi slt, %v982, %size_L : i64
        %v984 = arith.subi %size_L, %v2 : i64
        %v985 = arith.minsi %v982, %v984 : i64
        %v986 = arith.addi %v981, %v985 : i64
        %v987 = arith.muli %v979, %v76 : i64
        %v988 = arith.addi %v987, %v738 : i64
        %v989 = llvm.getelementptr %in_u[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v990 = llvm.load %v989 : !llvm.ptr -> f32
        %v991 = arith.addi %v737, %v334 : i64
        %v992 = arith.constant true
        %v993 = arith.addi %v41, %v991 : i64
        %v994 = llvm.getelementptr %v21[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v995 = llvm.load %v994 : !llvm.ptr<3> -> i64
        %v996 = arith.addi %v736, %v738 : i64
        %v997 = arith.cmpi slt, %v996, %size_L : i64
        %v998 = arith.subi %size_L, %v2 : i64
        %v999 = arith.minsi %v996, %v998 : i64
        %v1000 = arith.addi %v995, %v999 : i64
        %v1001 = arith.muli %v993, %v76 : i64
        %v1002 = arith.addi %v1001, %v738 : i64
        %v1003 = llvm.getelementptr %in_u[%v1000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1004 = llvm.load %v1003 : !llvm.ptr -> f32
        %v1005 = arith.addi %v737, %v349 : i64
        %v1006 = arith.constant true
        %v1007 = arith.addi %v41, %v1005 : i64
        %v1008 = llvm.getelementptr %v21[%v1007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1009 = llvm.load %v1008 : !llvm.ptr<3> -> i64
        %v1010 = arith.addi %v736, %v738 : i64
        %v1011 = arith.cmpi slt, %v1010, %size_L : i64
        %v1012 = arith.subi %size_L, %v2 : i64
        %v1013 = arith.minsi %v1010, %v1012 : i64
        %v1014 = arith.addi %v1009, %v1013 : i64
        %v1015 = arith.muli %v1007, %v76 : i64
        %v1016 = arith.addi %v1015, %v738 : i64
        %v1017 = llvm.getelementptr %in_u[%v1014] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1018 = llvm.load %v1017 : !llvm.ptr -> f32
        %v1019 = arith.addi %v737, %v364 : i64
        %v1020 = arith.constant true
        %v1021 = arith.addi %v41, %v1019 : i64
        %v1022 = llvm.getelementptr %v21[%v1021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1023 = llvm.load %v1022 : !llvm.ptr<3> -> i64
        %v1024 = arith.addi %v736, %v738 : i64
        %v1025 = arith.cmpi slt, %v1024, %size_L : i64
        %v1026 = arith.subi %size_L, %v2 : i64
        %v1027 = arith.minsi %v1024, %v1026 : i64
        %v1028 = arith.addi %v1023, %v1027 : i64
        %v1029 = arith.muli %v1021, %v76 : i64
        %v1030 = arith.addi %v1029, %v738 : i64
        %v1031 = llvm.getelementptr %in_u[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1032 = llvm.load %v1031 : !llvm.ptr -> f32
        %v1033 = arith.addi %v737, %v379 : i64
        %v1034 = arith.constant true
        %v1035 = arith.addi %v41, %v1033 : i64
        %v1036 = llvm.getelementptr %v21[%v1035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1037 = llvm.load %v1036 : !llvm.ptr<3> -> i64
        %v1038 = arith.addi %v736, %v738 : i64
        %v1039 = arith.cmpi slt, %v1038, %size_L : i64
        %v1040 = arith.subi %size_L, %v2 : i64
        %v1041 = arith.minsi %v1038, %v1040 : i64
        %v1042 = arith.addi %v1037, %v1041 : i64
        %v1043 = arith.muli %v1035, %v76 : i64
        %v1044 = arith.addi %v1043, %v738 : i64
        %v1045 = llvm.getelementptr %in_u[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1046 = llvm.load %v1045 : !llvm.ptr -> f32
        %v1047 = arith.addi %v737, %v394 : i64
        %v1048 = arith.constant true
        %v1049 = arith.addi %v41, %v1047 : i64
        %v1050 = llvm.getelementptr %v21[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1051 = llvm.load %v1050 : !llvm.ptr<3> -> i64
        %v1052 = arith.addi %v736, %v738 : i64
        %v1053 = arith.cmpi slt, %v1052, %size_L : i64
        %v1054 = arith.subi %size_L, %v2 : i64
        %v1055 = arith.minsi %v1052, %v1054 : i64
        %v1056 = arith.addi %v1051, %v1055 : i64
        %v1057 = arith.muli %v1049, %v76 : i64
        %v1058 = arith.addi %v1057, %v738 : i64
        %v1059 = llvm.getelementptr %in_u[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1060 = llvm.load %v1059 : !llvm.ptr -> f32
        %v1061 = arith.addi %v737, %v409 : i64
        %v1062 = arith.constant true
        %v1063 = arith.addi %v41, %v1061 : i64
        %v1064 = llvm.getelementptr %v21[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1065 = llvm.load %v1064 : !llvm.ptr<3> -> i64
        %v1066 = arith.addi %v736, %v738 : i64
        %v1067 = arith.cmpi slt, %v1066, %size_L : i64
        %v1068 = arith.subi %size_L, %v2 : i64
        %v1069 = arith.minsi %v1066, %v1068 : i64
        %v1070 = arith.addi %v1065, %v1069 : i64
        %v1071 = arith.muli %v1063, %v76 : i64
        %v1072 = arith.addi %v1071, %v738 : i64
        %v1073 = llvm.getelementptr %in_u[%v1070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1074 = llvm.load %v1073 : !llvm.ptr -> f32
        %v1075 = arith.addi %v737, %v424 : i64
        %v1076 = arith.constant true
        %v1077 = arith.addi %v41, %v1075 : i64
        %v1078 = llvm.getelementptr %v21[%v1077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1079 = llvm.load %v1078 : !llvm.ptr<3> -> i64
        %v1080 = arith.addi %v736, %v738 : i64
        %v1081 = arith.cmpi slt, %v1080, %size_L : i64
        %v1082 = arith.subi %size_L, %v2 : i64
        %v1083 = arith.minsi %v1080, %v1082 : i64
        %v1084 = arith.addi %v1079, %v1083 : i64
        %v1085 = arith.muli %v1077, %v76 : i64
        %v1086 = arith.addi %v1085, %v738 : i64
        %v1087 = llvm.getelementptr %in_u[%v1084] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
        %v1089 = arith.addi %v737, %v439 : i64
        %v1090 = arith.constant true
        %v1091 = arith.addi %v41, %v1089 : i64
        %v1092 = llvm.getelementptr %v21[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> i64
        %v1094 = arith.addi %v736, %v738 : i64
        %v1095 = arith.cmpi slt, %v1094, %size_L : i64
        %v1096 = arith.subi %size_L, %v2 : i64
        %v1097 = arith.minsi %v1094, %v1096 : i64
        %v1098 = arith.addi %v1093, %v1097 : i64
        %v1099 = arith.muli %v1091, %v76 : i64
        %v1100 = arith.addi %v1099, %v738 : i64
        %v1101 = llvm.getelementptr %in_u[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
        %v1103 = arith.addi %v737, %v454 : i64
        %v1104 = arith.constant true
        %v1105 = arith.addi %v41, %v1103 : i64
        %v1106 = llvm.getelementptr %v21[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
        %v1108 = arith.addi %v736, %v738 : i64
        %v1109 = arith.cmpi slt, %v1108, %size_L : i64
        %v1110 = arith.subi %size_L, %v2 : i64
        %v1111 = arith.minsi %v1108, %v1110 : i64
        %v1112 = arith.addi %v1107, %v1111 : i64
        %v1113 = arith.muli %v1105, %v76 : i64
        %v1114 = arith.addi %v1113, %v738 : i64
        %v1115 = llvm.getelementptr %in_u[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
        %v1117 = arith.addi %v737, %v469 : i64
        %v1118 = arith.constant true
        %v1119 = arith.addi %v41, %v1117 : i64
        %v1120 = llvm.getelementptr %v21[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1121 = llvm.load %v1120 : !llvm.ptr<3> -> i64
        %v1122 = arith.addi %v736, %v738 : i64
        %v1123 = arith.cmpi slt, %v1122, %size_L : i64
        %v1124 = arith.subi %size_L, %v2 : i64
        %v1125 = arith.minsi %v1122, %v1124 : i64
        %v1126 = arith.addi %v1121, %v1125 : i64
        %v1127 = arith.muli %v1119, %v76 : i64
        %v1128 = arith.addi %v1127, %v738 : i64
        %v1129 = llvm.getelementptr %in_u[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
        %v1131 = arith.addi %v737, %v484 : i64
        %v1132 = arith.constant true
        %v1133 = arith.addi %v41, %v1131 : i64
        %v1134 = llvm.getelementptr %v21[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
        %v1136 = arith.addi %v736, %v738 : i64
        %v1137 = arith.cmpi slt, %v1136, %size_L : i64
        %v1138 = arith.subi %size_L, %v2 : i64
        %v1139 = arith.minsi %v1136, %v1138 : i64
        %v1140 = arith.addi %v1135, %v1139 : i64
        %v1141 = arith.muli %v1133, %v76 : i64
        %v1142 = arith.addi %v1141, %v738 : i64
        %v1143 = llvm.getelementptr %in_u[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
        %v1145 = arith.addi %v737, %v499 : i64
        %v1146 = arith.constant true
        %v1147 = arith.addi %v41, %v1145 : i64
        %v1148 = llvm.getelementptr %v21[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1149 = llvm.load %v1148 : !llvm.ptr<3> -> i64
        %v1150 = arith.addi %v736, %v738 : i64
        %v1151 = arith.cmpi slt, %v1150, %size_L : i64
        %v1152 = arith.subi %size_L, %v2 : i64
        %v1153 = arith.minsi %v1150, %v1152 : i64
        %v1154 = arith.addi %v1149, %v1153 : i64
        %v1155 = arith.muli %v1147, %v76 : i64
        %v1156 = arith.addi %v1155, %v738 : i64
        %v1157 = llvm.getelementptr %in_u[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
        %v1159 = arith.addi %v737, %v514 : i64
        %v1160 = arith.constant true
        %v1161 = arith.addi %v41, %v1159 : i64
        %v1162 = llvm.getelementptr %v21[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
        %v1164 = arith.addi %v736, %v738 : i64
        %v1165 = arith.cmpi slt, %v1164, %size_L : i64
        %v1166 = arith.subi %size_L, %v2 : i64
        %v1167 = arith.minsi %v1164, %v1166 : i64
        %v1168 = arith.addi %v1163, %v1167 : i64
        %v1169 = arith.muli %v1161, %v76 : i64
        %v1170 = arith.addi %v1169, %v738 : i64
        %v1171 = llvm.getelementptr %in_u[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
        %v1173 = arith.addi %v737, %v529 : i64
        %v1174 = arith.constant true
        %v1175 = arith.addi %v41, %v1173 : i64
        %v1176 = llvm.getelementptr %v21[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
        %v1178 = arith.addi %v736, %v738 : i64
        %v1179 = arith.cmpi slt, %v1178, %size_L : i64
        %v1180 = arith.subi %size_L, %v2 : i64
        %v1181 = arith.minsi %v1178, %v1180 : i64
        %v1182 = arith.addi %v1177, %v1181 : i64
        %v1183 = arith.muli %v1175, %v76 : i64
        %v1184 = arith.addi %v1183, %v738 : i64
        %v1185 = llvm.getelementptr %in_u[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
        %v1187 = arith.index_cast %v41 : i64 to index
        %v1188 = arith.index_cast %v735 : i64 to index
        %v1189 = arith.index_cast %v2 : i64 to index
        scf.for %v1190 = %v1187 to %v1188 step %v1189 {
          %v1191 = arith.index_cast %v1190 : index to i64
          %v1192 = arith.addi %v580, %v1191 : i64
          %v1216 = arith.muli %v41, %v31 : i64
          %v1217 = arith.addi %v1216, %v29 : i64
          %v1218 = arith.muli %v1217, %v76 : i64
          %v1219 = arith.addi %v1218, %v1191 : i64
          %v1220 = llvm.getelementptr %v22[%v1219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1221 = llvm.load %v1220 : !llvm.ptr<3> -> f32
          %v1222 = arith.mulf %v1215, %v1221 fastmath<contract> : f32
          %v1223 = llvm.load %v5 : !llvm.ptr -> f32
          %v1224 = arith.mulf %v1208, %v1223 fastmath<contract> : f32
          %v1225 = arith.addf %v1224, %v1222 fastmath<contract> : f32
          %v1247 = arith.mulf %v1246, %v1221 fastmath<contract> : f32
          %v1248 = llvm.load %v6 : !llvm.ptr -> f32
          %v1249 = arith.mulf %v1237, %v1248 fastmath<contract> : f32
          %v1250 = arith.addf %v1249, %v1247 fastmath<contract> : f32
          %v1272 = arith.mulf %v1271, %v1221 fastmath<contract> : f32
          %v1273 = llvm.load %v7 : !llvm.ptr -> f32
          %v1274 = arith.mulf %v1262, %v1273 fastmath<contract> : f32
          %v1275 = arith.addf %v1274, %v1272 fastmath<contract> : f32
          %v1297 = arith.mulf %v1296, %v1221 fastmath<contract> : f32
          %v1298 = llvm.load %v8 : !llvm.ptr -> f32
          %v1299 = arith.mulf %v1287, %v1298 fastmath<contract> : f32
          %v1300 = arith.addf %v1299, %v1297 fastmath<contract> : f32
          %v1322 = arith.mulf %v1321, %v1221 fastmath<contract> : f32
          %v1323 = llvm.load %v9 : !llvm.ptr -> f32
          %v1324 = arith.mulf %v1312, %v1323 fastmath<contract> : f32
          %v1325 = arith.addf %v1324, %v1322 fastmath<contract> : f32
          %v1347 = arith.mulf %v1346, %v1221 fastmath<contract> : f32
          %v1348 = llvm.load %v10 : !llvm.ptr -> f32
          %v1349 = arith.mulf %v1337, %v1348 fastmath<contract> : f32
          %v1350 = arith.addf %v1349, %v1347 fastmath<contract> : f32
          %v1372 = arith.mulf %v1371, %v1221 fastmath<contract> : f32
          %v1373 = llvm.load %v11 : !llvm.ptr -> f32
          %v1374 = arith.mulf %v1362, %v1373 fastmath<contract> : f32
          %v1375 = arith.addf %v1374, %v1372 fastmath<contract> : f32
          %v1397 = arith.mulf %v1396, %v1221 fastmath<contract> : f32
          %v1398 = llvm.load %v12 : !llvm.ptr -> f32
          %v1399 = arith.mulf %v1387, %v1398 fastmath<contract> : f32
          %v1400 = arith.addf %v1399, %v1397 fastmath<contract> : f32
          %v1422 = arith.mulf %v1421, %v1221 fastmath<contract> : f32
          %v1423 = llvm.load %v13 : !llvm.ptr -> f32
          %v1424 = arith.mulf %v1412, %v1423 fastmath<contract> : f32
          %v1425 = arith.addf %v1424, %v1422 fastmath<contract> : f32
          %v1447 = arith.mulf %v1446, %v1221 fastmath<contract> : f32
          %v1448 = llvm.load %v14 : !llvm.ptr -> f32
          %v1449 = arith.mulf %v1437, %v1448 fastmath<contract> : f32
          %v1450 = arith.addf %v1449, %v1447 fastmath<contract> : f32
          %v1472 = arith.mulf %v1471, %v1221 fastmath<contract> : f32
          %v1473 = llvm.load %v15 : !llvm.ptr -> f32
          %v1474 = arith.mulf %v1462, %v1473 fastmath<contract> : f32
          %v1475 = arith.addf %v1474, %v1472 fastmath<contract> : f32
          %v1497 = arith.mulf %v1496, %v1221 fastmath<contract> : f32
          %v1498 = llvm.load %v16 : !llvm.ptr -> f32
          %v1499 = arith.mulf %v1487, %v1498 fastmath<contract> : f32
          %v1500 = arith.addf %v1499, %v1497 fastmath<contract> : f32
          %v1522 = arith.mulf %v1521, %v1221 fastmath<contract> : f32
          %v1523 = llvm.load %v17 : !llvm.ptr -> f32
          %v1524 = arith.mulf %v1512, %v1523 fastmath<contract> : f32
          %v1525 = arith.addf %v1524, %v1522 fastmath<contract> : f32
          %v1547 = arith.mulf %v1546, %v1221 fastmath<contract> : f32
          %v1548 = llvm.load %v18 : !llvm.ptr -> f32
          %v1549 = arith.mulf %v1537, %v1548 fastmath<contract> : f32
          %v1550 = arith.addf %v1549, %v1547 fastmath<contract> : f32
          %v1572 = arith.mulf %v1571, %v1221 fastmath<contract> : f32
          %v1573 = llvm.load %v19 : !llvm.ptr -> f32
          %v1574 = arith.mulf %v1562, %v1573 fastmath<contract> : f32
          %v1575 = arith.addf %v1574, %v1572 fastmath<contract> : f32
          %v1597 = arith.mulf %v1596, %v1221 fastmath<contract> : f32
          %v1598 = llvm.load %v20 : !llvm.ptr -> f32
          %v1599 = arith.mulf %v1587, %v1598 fastmath<contract> : f32
          %v1600 = arith.addf %v1599, %v1597 fastmath<contract> : f32
          llvm.store %v1225, %v5 : f32, !llvm.ptr
          llvm.store %v1250, %v6 : f32, !llvm.ptr
          llvm.store %v1275, %v7 : f32, !llvm.ptr
          llvm.store %v1300, %v8 : f32, !llvm.ptr
          llvm.store %v1325, %v9 : f32, !llvm.ptr
          llvm.store %v1350, %v10 : f32, !llvm.ptr
          llvm.store %v1375, %v11 : f32, !llvm.ptr
          llvm.store %v1400, %v12 : f32, !llvm.ptr
          llvm.store %v1425, %v13 : f32, !llvm.ptr
          llvm.store %v1450, %v14 : f32, !llvm.ptr
          llvm.store %v1475, %v15 : f32, !llvm.ptr
          llvm.store %v1500, %v16 : f32, !llvm.ptr
          llvm.store %v1525, %v17 : f32, !llvm.ptr
          llvm.store %v1550, %v18 : f32, !llvm.ptr
          llvm.store %v1575, %v19 : f32, !llvm.ptr
          llvm.store %v1600, %v20 : f32, !llvm.ptr
          %v1604 = llvm.load %v5 : !llvm.ptr -> f32
          %v1605 = arith.mulf %v1603, %v1604 fastmath<contract> : f32
          %v1612 = llvm.load %v6 : !llvm.ptr -> f32
          %v1613 = arith.mulf %v1611, %v1612 fastmath<contract> : f32
          %v1614 = arith.addf %v1605, %v1613 fastmath<contract> : f32
          %v1621 = llvm.load %v7 : !llvm.ptr -> f32
          %v1622 = arith.mulf %v1620, %v1621 fastmath<contract> : f32
          %v1623 = arith.addf %v1614, %v1622 fastmath<contract> : f32
          %v1630 = llvm.load %v8 : !llvm.ptr -> f32
          %v1631 = arith.mulf %v1629, %v1630 fastmath<contract> : f32
          %v1632 = arith.addf %v1623, %v1631 fastmath<contract> : f32
          %v1639 = llvm.load %v9 : !llvm.ptr -> f32
          %v1640 = arith.mulf %v1638, %v1639 fastmath<contract> : f32
          %v1641 = arith.addf %v1632, %v1640 fastmath<contract> : f32
          %v1648 = llvm.load %v10 : !llvm.ptr -> f32
          %v1649 = arith.mulf %v1647, %v1648 fastmath<contract> : f32
          %v1650 = arith.addf %v1641, %v1649 fastmath<contract> : f32
          %v1657 = llvm.load %v11 : !llvm.ptr -> f32
          %v1658 = arith.mulf %v1656, %v1657 fastmath<contract> : f32
          %v1659 = arith.addf %v1650, %v1658 fastmath<contract> : f32
          %v1666 = llvm.load %v12 : !llvm.ptr -> f32
          %v1667 = arith.mulf %v1665, %v1666 fastmath<contract> : f32
          %v1668 = arith.addf %v1659, %v1667 fastmath<contract> : f32
          %v1675 = llvm.load %v13 : !llvm.ptr -> f32
          %v1676 = arith.mulf %v1674, %v1675 fastmath<contract> : f32
          %v1677 = arith.addf %v1668, %v1676 fastmath<contract> : f32
          %v1684 = llvm.load %v14 : !llvm.ptr -> f32
          %v1685 = arith.mulf %v1683, %v1684 fastmath<contract> : f32
          %v1686 = arith.addf %v1677, %v1685 fastmath<contract> : f32
          %v1693 = llvm.load %v15 : !llvm.ptr -> f32
          %v1694 = arith.mulf %v1692, %v1693 fastmath<contract> : f32
          %v1695 = arith.addf %v1686, %v1694 fastmath<contract> : f32
          %v1702 = llvm.load %v16 : !llvm.ptr -> f32
          %v1703 = arith.mulf %v1701, %v1702 fastmath<contract> : f32
          %v1704 = arith.addf %v1695, %v1703 fastmath<contract> : f32
          %v1711 = llvm.load %v17 : !llvm.ptr -> f32
          %v1712 = arith.mulf %v1710, %v1711 fastmath<contract> : f32
          %v1713 = arith.addf %v1704, %v1712 fastmath<contract> : f32
          %v1720 = llvm.load %v18 : !llvm.ptr -> f32
          %v1721 = arith.mulf %v1719, %v1720 fastmath<contract> : f32
          %v1722 = arith.addf %v1713, %v1721 fastmath<contract> : f32
          %v1729 = llvm.load %v19 : !llvm.ptr -> f32
          %v1730 = arith.mulf %v1728, %v1729 fastmath<contract> : f32
          %v1731 = arith.addf %v1722, %v1730 fastmath<contract> : f32
          %v1738 = llvm.load %v20 : !llvm.ptr -> f32
          %v1739 = arith.mulf %v1737, %v1738 fastmath<contract> : f32
          %v1740 = arith.addf %v1731, %v1739 fastmath<contract> : f32
          %v1744 = arith.mulf %v1221, %v1743 fastmath<contract> : f32
          %v1745 = arith.addf %v1740, %v1744 fastmath<contract> : f32
          %v1746 = arith.muli %v2, %v31 : i64
          %v1747 = arith.addi %v1746, %v29 : i64
          %v1748 = arith.muli %v1747, %v76 : i64
          %v1749 = arith.addi %v1748, %v1191 : i64
          %v1750 = llvm.getelementptr %v22[%v1749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1745, %v1750 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1751 = arith.addi %v41, %v29 : i64
        %v1752 = arith.divui %v1751, %v63 : i64
        %v1753 = arith.remui %v1751, %v63 : i64
        %v1754 = arith.addi %v41, %v1752 : i64
        %v1755 = arith.muli %v1754, %v76 : i64
        %v1756 = arith.addi %v1755, %v1753 : i64
        %v1757 = llvm.getelementptr %v22[%v1756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v752, %v1757 : f32, !llvm.ptr<3>
        %v1758 = arith.addi %v31, %v29 : i64
        %v1759 = arith.divui %v1758, %v63 : i64
        %v1760 = arith.remui %v1758, %v63 : i64
        %v1761 = arith.addi %v41, %v1759 : i64
        %v1762 = arith.muli %v1761, %v76 : i64
        %v1763 = arith.addi %v1762, %v1760 : i64
        %v1764 = llvm.getelementptr %v22[%v1763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v766, %v1764 : f32, !llvm.ptr<3>
        %v1766 = arith.addi %v1765, %v29 : i64
        %v1767 = arith.divui %v1766, %v63 : i64
        %v1768 = arith.remui %v1766, %v63 : i64
        %v1769 = arith.addi %v41, %v1767 : i64
        %v1770 = arith.muli %v1769, %v76 : i64
        %v1771 = arith.addi %v1770, %v1768 : i64
        %v1772 = llvm.getelementptr %v22[%v1771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v780, %v1772 : f32, !llvm.ptr<3>
        %v1774 = arith.addi %v1773, %v29 : i64
        %v1775 = arith.divui %v1774, %v63 : i64
        %v1776 = arith.remui %v1774, %v63 : i64
        %v1777 = arith.addi %v41, %v1775 : i64
        %v1778 = arith.muli %v1777, %v76 : i64
        %v1779 = arith.addi %v1778, %v1776 : i64
        %v1780 = llvm.getelementptr %v22[%v1779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v794, %v1780 : f32, !llvm.ptr<3>
        %v1781 = arith.addi %v25, %v29 : i64
        %v1782 = arith.divui %v1781, %v63 : i64
        %v1783 = arith.remui %v1781, %v63 : i64
        %v1784 = arith.addi %v41, %v1782 : i64
        %v1785 = arith.muli %v1784, %v76 : i64
        %v1786 = arith.addi %v1785, %v1783 : i64
        %v1787 = llvm.getelementptr %v22[%v1786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v808, %v1787 : f32, !llvm.ptr<3>
        %v1789 = arith.addi %v1788, %v29 : i64
        %v1790 = arith.divui %v1789, %v63 : i64
        %v1791 = arith.remui %v1789, %v63 : i64
        %v1792 = arith.addi %v41, %v1790 : i64
        %v1793 = arith.muli %v1792, %v76 : i64
        %v1794 = arith.addi %v1793, %v1791 : i64
        %v1795 = llvm.getelementptr %v22[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v822, %v1795 : f32, !llvm.ptr<3>
        %v1797 = arith.addi %v1796, %v29 : i64
        %v1798 = arith.divui %v1797, %v63 : i64
        %v1799 = arith.remui %v1797, %v63 : i64
        %v1800 = arith.addi %v41, %v1798 : i64
        %v1801 = arith.muli %v1800, %v76 : i64
        %v1802 = arith.addi %v1801, %v1799 : i64
        %v1803 = llvm.getelementptr %v22[%v1802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v836, %v1803 : f32, !llvm.ptr<3>
        %v1805 = arith.addi %v1804, %v29 : i64
        %v1806 = arith.divui %v1805, %v63 : i64
        %v1807 = arith.remui %v1805, %v63 : i64
        %v1808 = arith.addi %v41, %v1806 : i64
        %v1809 = arith.muli %v1808, %v76 : i64
        %v1810 = arith.addi %v1809, %v1807 : i64
        %v1811 = llvm.getelementptr %v22[%v1810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v850, %v1811 : f32, !llvm.ptr<3>
        %v1813 = arith.addi %v1812, %v29 : i64
        %v1814 = arith.divui %v1813, %v63 : i64
        %v1815 = arith.remui %v1813, %v63 : i64
        %v1816 = arith.addi %v41, %v1814 : i64
        %v1817 = arith.muli %v1816, %v76 : i64
        %v1818 = arith.addi %v1817, %v1815 : i64
        %v1819 = llvm.getelementptr %v22[%v1818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v864, %v1819 : f32, !llvm.ptr<3>
        %v1821 = arith.addi %v1820, %v29 : i64
        %v1822 = arith.divui %v1821, %v63 : i64
        %v1823 = arith.remui %v1821, %v63 : i64
        %v1824 = arith.addi %v41, %v1822 : i64
        %v1825 = arith.muli %v1824, %v76 : i64
        %v1826 = arith.addi %v1825, %v1823 : i64
        %v1827 = llvm.getelementptr %v22[%v1826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v878, %v1827 : f32, !llvm.ptr<3>
        %v1829 = arith.addi %v1828, %v29 : i64
        %v1830 = arith.divui %v1829, %v63 : i64
        %v1831 = arith.remui %v1829, %v63 : i64
        %v1832 = arith.addi %v41, %v1830 : i64
        %v1833 = arith.muli %v1832, %v76 : i64
        %v1834 = arith.addi %v1833, %v1831 : i64
        %v1835 = llvm.getelementptr %v22[%v1834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v892, %v1835 : f32, !llvm.ptr<3>
        %v1837 = arith.addi %v1836, %v29 : i64
        %v1838 = arith.divui %v1837, %v63 : i64
        %v1839 = arith.remui %v1837, %v63 : i64
        %v1840 = arith.addi %v41, %v1838 : i64
        %v1841 = arith.muli %v1840, %v76 : i64
        %v1842 = arith.addi %v1841, %v1839 : i64
        %v1843 = llvm.getelementptr %v22[%v1842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v906, %v1843 : f32, !llvm.ptr<3>
        %v1845 = arith.addi %v1844, %v29 : i64
        %v1846 = arith.divui %v1845, %v63 : i64
        %v1847 = arith.remui %v1845, %v63 : i64
        %v1848 = arith.addi %v41, %v1846 : i64
        %v1849 = arith.muli %v1848, %v76 : i64
        %v1850 = arith.addi %v1849, %v1847 : i64
        %v1851 = llvm.getelementptr %v22[%v1850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v920, %v1851 : f32, !llvm.ptr<3>
        %v1853 = arith.addi %v1852, %v29 : i64
        %v1854 = arith.divui %v1853, %v63 : i64
        %v1855 = arith.remui %v1853, %v63 : i64
        %v1856 = arith.addi %v41, %v1854 : i64
        %v1857 = arith.muli %v1856, %v76 : i64
        %v1858 = arith.addi %v1857, %v1855 : i64
        %v1859 = llvm.getelementptr %v22[%v1858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v934, %v1859 : f32, !llvm.ptr<3>
        %v1861 = arith.addi %v1860, %v29 : i64
        %v1862 = arith.divui %v1861, %v63 : i64
        %v1863 = arith.remui %v1861, %v63 : i64
        %v1864 = arith.addi %v41, %v1862 : i64
        %v1865 = arith.muli %v1864, %v76 : i64
        %v1866 = arith.addi %v1865, %v1863 : i64
        %v1867 = llvm.getelementptr %v22[%v1866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v948, %v1867 : f32, !llvm.ptr<3>
        %v1869 = arith.addi %v1868, %v29 : i64
        %v1870 = arith.divui %v1869, %v63 : i64
        %v1871 = arith.remui %v1869, %v63 : i64
        %v1872 = arith.addi %v41, %v1870 : i64
        %v1873 = arith.muli %v1872, %v76 : i64
        %v1874 = arith.addi %v1873, %v1871 : i64
        %v1875 = llvm.getelementptr %v22[%v1874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v962, %v1875 : f32, !llvm.ptr<3>
        %v1877 = arith.addi %v1876, %v29 : i64
        %v1878 = arith.divui %v1877, %v63 : i64
        %v1879 = arith.remui %v1877, %v63 : i64
        %v1880 = arith.addi %v41, %v1878 : i64
        %v1881 = arith.muli %v1880, %v76 : i64
        %v1882 = arith.addi %v1881, %v1879 : i64
        %v1883 = llvm.getelementptr %v22[%v1882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v976, %v1883 : f32, !llvm.ptr<3>
        %v1885 = arith.addi %v1884, %v29 : i64
        %v1886 = arith.divui %v1885, %v63 : i64
        %v1887 = arith.remui %v1885, %v63 : i64
        %v1888 = arith.addi %v41, %v1886 : i64
        %v1889 = arith.muli %v1888, %v76 : i64
        %v1890 = arith.addi %v1889, %v1887 : i64
        %v1891 = llvm.getelementptr %v22[%v1890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v990, %v1891 : f32, !llvm.ptr<3>
        %v1893 = arith.addi %v1892, %v29 : i64
        %v1894 = arith.divui %v1893, %v63 : i64
        %v1895 = arith.remui %v1893, %v63 : i64
        %v1896 = arith.addi %v41, %v1894 : i64
        %v1897 = arith.muli %v1896, %v76 : i64
        %v1898 = arith.addi %v1897, %v1895 : i64
        %v1899 = llvm.getelementptr %v22[%v1898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1004, %v1899 : f32, !llvm.ptr<3>
        %v1901 = arith.addi %v1900, %v29 : i64
        %v1902 = arith.divui %v1901, %v63 : i64
        %v1903 = arith.remui %v1901, %v63 : i64
        %v1904 = arith.addi %v41, %v1902 : i64
        %v1905 = arith.muli %v1904, %v76 : i64
        %v1906 = arith.addi %v1905, %v1903 : i64
        %v1907 = llvm.getelementptr %v22[%v1906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1018, %v1907 : f32, !llvm.ptr<3>
        %v1909 = arith.addi %v1908, %v29 : i64
        %v1910 = arith.divui %v1909, %v63 : i64
        %v1911 = arith.remui %v1909, %v63 : i64
        %v1912 = arith.addi %v41, %v1910 : i64
        %v1913 = arith.muli %v1912, %v76 : i64
        %v1914 = arith.addi %v1913, %v1911 : i64
        %v1915 = llvm.getelementptr %v22[%v1914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1032, %v1915 : f32, !llvm.ptr<3>
        %v1917 = arith.addi %v1916, %v29 : i64
        %v1918 = arith.divui %v1917, %v63 : i64
        %v1919 = arith.remui %v1917, %v63 : i64
        %v1920 = arith.addi %v41, %v1918 : i64
        %v1921 = arith.muli %v1920, %v76 : i64
        %v1922 = arith.addi %v1921, %v1919 : i64
        %v1923 = llvm.getelementptr %v22[%v1922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1046, %v1923 : f32, !llvm.ptr<3>
        %v1925 = arith.addi %v1924, %v29 : i64
        %v1926 = arith.divui %v1925, %v63 : i64
        %v1927 = arith.remui %v1925, %v63 : i64
        %v1928 = arith.addi %v41, %v1926 : i64
        %v1929 = arith.muli %v1928, %v76 : i64
        %v1930 = arith.addi %v1929, %v1927 : i64
        %v1931 = llvm.getelementptr %v22[%v1930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1060, %v1931 : f32, !llvm.ptr<3>
        %v1933 = arith.addi %v1932, %v29 : i64
        %v1934 = arith.divui %v1933, %v63 : i64
        %v1935 = arith.remui %v1933, %v63 : i64
        %v1936 = arith.addi %v41, %v1934 : i64
        %v1937 = arith.muli %v1936, %v76 : i64
        %v1938 = arith.addi %v1937, %v1935 : i64
        %v1939 = llvm.getelementptr %v22[%v1938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1074, %v1939 : f32, !llvm.ptr<3>
        %v1941 = arith.addi %v1940, %v29 : i64
        %v1942 = arith.divui %v1941, %v63 : i64
        %v1943 = arith.remui %v1941, %v63 : i64
        %v1944 = arith.addi %v41, %v1942 : i64
        %v1945 = arith.muli %v1944, %v76 : i64
        %v1946 = arith.addi %v1945, %v1943 : i64
        %v1947 = llvm.getelementptr %v22[%v1946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1088, %v1947 : f32, !llvm.ptr<3>
        %v1949 = arith.addi %v1948, %v29 : i64
        %v1950 = arith.divui %v1949, %v63 : i64
        %v1951 = arith.remui %v1949, %v63 : i64
        %v1952 = arith.addi %v41, %v1950 : i64
        %v1953 = arith.muli %v1952, %v76 : i64
        %v1954 = arith.addi %v1953, %v1951 : i64
        %v1955 = llvm.getelementptr %v22[%v1954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1102, %v1955 : f32, !llvm.ptr<3>
        %v1957 = arith.addi %v1956, %v29 : i64
        %v1958 = arith.divui %v1957, %v63 : i64
        %v1959 = arith.remui %v1957, %v63 : i64
        %v1960 = arith.addi %v41, %v1958 : i64
        %v1961 = arith.muli %v1960, %v76 : i64
        %v1962 = arith.addi %v1961, %v1959 : i64
        %v1963 = llvm.getelementptr %v22[%v1962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1116, %v1963 : f32, !llvm.ptr<3>
        %v1965 = arith.addi %v1964, %v29 : i64
        %v1966 = arith.divui %v1965, %v63 : i64
        %v1967 = arith.remui %v1965, %v63 : i64
        %v1968 = arith.addi %v41, %v1966 : i64
        %v1969 = arith.muli %v1968, %v76 : i64
        %v1970 = arith.addi %v1969, %v1967 : i64
        %v1971 = llvm.getelementptr %v22[%v1970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1130, %v1971 : f32, !llvm.ptr<3>
        %v1973 = arith.addi %v1972, %v29 : i64
        %v1974 = arith.divui %v1973, %v63 : i64
        %v1975 = arith.remui %v1973, %v63 : i64
        %v1976 = arith.addi %v41, %v1974 : i64
        %v1977 = arith.muli %v1976, %v76 : i64
        %v1978 = arith.addi %v1977, %v1975 : i64
        %v1979 = llvm.getelementptr %v22[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v1979 : f32, !llvm.ptr<3>
        %v1981 = arith.addi %v1980, %v29 : i64
        %v1982 = arith.divui %v1981, %v63 : i64
        %v1983 = arith.remui %v1981, %v63 : i64
        %v1984 = arith.addi %v41, %v1982 : i64
        %v1985 = arith.muli %v1984, %v76 : i64
        %v1986 = arith.addi %v1985, %v1983 : i64
        %v1987 = llvm.getelementptr %v22[%v1986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1158, %v1987 : f32, !llvm.ptr<3>
        %v1989 = arith.addi %v1988, %v29 : i64
        %v1990 = arith.divui %v1989, %v63 : i64
        %v1991 = arith.remui %v1989, %v63 : i64
        %v1992 = arith.addi %v41, %v1990 : i64
        %v1993 = arith.muli %v1992, %v76 : i64
        %v1994 = arith.addi %v1993, %v1991 : i64
        %v1995 = llvm.getelementptr %v22[%v1994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v1995 : f32, !llvm.ptr<3>
        %v1997 = arith.addi %v1996, %v29 : i64
        %v1998 = arith.divui %v1997, %v63 : i64
        %v1999 = arith.remui %v1997, %v63 : i64
        %v2000 = arith.addi %v41, %v1998 : i64
        %v2001 = arith.muli %v2000, %v76 : i64
        %v2002 = arith.addi %v2001, %v1999 : i64
        %v2003 = llvm.getelementptr %v22[%v2002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1186, %v2003 : f32, !llvm.ptr<3>
        %v2004 = arith.divui %v29, %v63 : i64
        %v2005 = arith.remui %v29, %v63 : i64
        %v2006 = arith.addi %v2004, %v41 : i64
        %v2007 = arith.constant true
        %v2008 = arith.addi %v31, %v2006 : i64
        %v2009 = llvm.getelementptr %v21[%v2008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2010 = llvm.load %v2009 : !llvm.ptr<3> -> i64
        %v2011 = arith.addi %v580, %v2005 : i64
        %v2012 = arith.cmpi slt, %v2011, %size_L : i64
        %v2013 = arith.subi %size_L, %v2 : i64
        %v2014 = arith.minsi %v2011, %v2013 : i64
        %v2015 = arith.addi %v2010, %v2014 : i64
        %v2016 = arith.muli %v2008, %v76 : i64
        %v2017 = arith.addi %v2016, %v2005 : i64
        %v2018 = arith.cmpi sge, %v2010, %v41 : i64
        %v2019 = arith.andi %v2012, %v2018 : i1
        %v2020 = arith.andi %v2019, %v2007 : i1
        %v2021 = llvm.getelementptr %v22[%v2017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2022 = llvm.load %v2021 : !llvm.ptr<3> -> f32
        %v2023 = arith.addi %v2004, %v81 : i64
        %v2024 = arith.constant true
        %v2025 = arith.addi %v31, %v2023 : i64
        %v2026 = llvm.getelementptr %v21[%v2025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2027 = llvm.load %v2026 : !llvm.ptr<3> -> i64
        %v2028 = arith.addi %v580, %v2005 : i64
        %v2029 = arith.cmpi slt, %v2028, %size_L : i64
        %v2030 = arith.subi %size_L, %v2 : i64
        %v2031 = arith.minsi %v2028, %v2030 : i64
        %v2032 = arith.addi %v2027, %v2031 : i64
        %v2033 = arith.muli %v2025, %v76 : i64
        %v2034 = arith.addi %v2033, %v2005 : i64
        %v2035 = arith.cmpi sge, %v2027, %v41 : i64
        %v2036 = arith.andi %v2029, %v2035 : i1
        %v2037 = arith.andi %v2036, %v2024 : i1
        %v2038 = llvm.getelementptr %v22[%v2034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2039 = llvm.load %v2038 : !llvm.ptr<3> -> f32
        %v2040 = arith.addi %v2004, %v96 : i64
        %v2041 = arith.constant true
        %v2042 = arith.addi %v31, %v2040 : i64
        %v2043 = llvm.getelementptr %v21[%v2042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2044 = llvm.load %v2043 : !llvm.ptr<3> -> i64
        %v2045 = arith.addi %v580, %v2005 : i64
        %v2046 = arith.cmpi slt, %v2045, %size_L : i64
        %v2047 = arith.subi %size_L, %v2 : i64
        %v2048 = arith.minsi %v2045, %v2047 : i64
        %v2049 = arith.addi %v2044, %v2048 : i64
        %v2050 = arith.muli %v2042, %v76 : i64
        %v2051 = arith.addi %v2050, %v2005 : i64
        %v2052 = arith.cmpi sge, %v2044, %v41 : i64
        %v2053 = arith.andi %v2046, %v2052 : i1
        %v2054 = arith.andi %v2053, %v2041 : i1
        %v2055 = llvm.getelementptr %v22[%v2051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2056 = llvm.load %v2055 : !llvm.ptr<3> -> f32
        %v2057 = arith.addi %v2004, %v111 : i64
        %v2058 = arith.constant true
        %v2059 = arith.addi %v31, %v2057 : i64
        %v2060 = llvm.getelementptr %v21[%v2059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2061 = llvm.load %v2060 : !llvm.ptr<3> -> i64
        %v2062 = arith.addi %v580, %v2005 : i64
        %v2063 = arith.cmpi slt, %v2062, %size_L : i64
        %v2064 = arith.subi %size_L, %v2 : i64
        %v2065 = arith.minsi %v2062, %v2064 : i64
        %v2066 = arith.addi %v2061, %v2065 : i64
        %v2067 = arith.muli %v2059, %v76 : i64
        %v2068 = arith.addi %v2067, %v2005 : i64
        %v2069 = arith.cmpi sge, %v2061, %v41 : i64
        %v2070 = arith.andi %v2063, %v2069 : i1
        %v2071 = arith.andi %v2070, %v2058 : i1
        %v2072 = llvm.getelementptr %v22[%v2068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2073 = llvm.load %v2072 : !llvm.ptr<3> -> f32
        %v2074 = arith.addi %v2004, %v126 : i64
        %v2075 = arith.constant true
        %v2076 = arith.addi %v31, %v2074 : i64
        %v2077 = llvm.getelementptr %v21[%v2076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2078 = llvm.load %v2077 : !llvm.ptr<3> -> i64
        %v2079 = arith.addi %v580, %v2005 : i64
        %v2080 = arith.cmpi slt, %v2079, %size_L : i64
        %v2081 = arith.subi %size_L, %v2 : i64
        %v2082 = arith.minsi %v2079, %v2081 : i64
        %v2083 = arith.addi %v2078, %v2082 : i64
        %v2084 = arith.muli %v2076, %v76 : i64
        %v2085 = arith.addi %v2084, %v2005 : i64
        %v2086 = arith.cmpi sge, %v2078, %v41 : i64
        %v2087 = arith.andi %v2080, %v2086 : i1
        %v2088 = arith.andi %v2087, %v2075 : i1
        %v2089 = llvm.getelementptr %v22[%v2085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2090 = llvm.load %v2089 : !llvm.ptr<3> -> f32
        %v2091 = arith.addi %v2004, %v141 : i64
        %v2092 = arith.constant true
        %v2093 = arith.addi %v31, %v2091 : i64
        %v2094 = llvm.getelementptr %v21[%v2093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2095 = llvm.load %v2094 : !llvm.ptr<3> -> i64
        %v2096 = arith.addi %v580, %v2005 : i64
        %v2097 = arith.cmpi slt, %v2096, %size_L : i64
        %v2098 = arith.subi %size_L, %v2 : i64
        %v2099 = arith.minsi %v2096, %v2098 : i64
        %v2100 = arith.addi %v2095, %v2099 : i64
        %v2101 = arith.muli %v2093, %v76 : i64
        %v2102 = arith.addi %v2101, %v2005 : i64
        %v2103 = arith.cmpi sge, %v2095, %v41 : i64
        %v2104 = arith.andi %v2097, %v2103 : i1
        %v2105 = arith.andi %v2104, %v2092 : i1
        %v2106 = llvm.getelementptr %v22[%v2102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2107 = llvm.load %v2106 : !llvm.ptr<3> -> f32
        %v2108 = arith.addi %v2004, %v156 : i64
        %v2109 = arith.constant true
        %v2110 = arith.addi %v31, %v2108 : i64
        %v2111 = llvm.getelementptr %v21[%v2110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2112 = llvm.load %v2111 : !llvm.ptr<3> -> i64
        %v2113 = arith.addi %v580, %v2005 : i64
        %v2114 = arith.cmpi slt, %v2113, %size_L : i64
        %v2115 = arith.subi %size_L, %v2 : i64
        %v2116 = arith.minsi %v2113, %v2115 : i64
        %v2117 = arith.addi %v2112, %v2116 : i64
        %v2118 = arith.muli %v2110, %v76 : i64
        %v2119 = arith.addi %v2118, %v2005 : i64
        %v2120 = arith.cmpi sge, %v2112, %v41 : i64
        %v2121 = arith.andi %v2114, %v2120 : i1
        %v2122 = arith.andi %v2121, %v2109 : i1
        %v2123 = llvm.getelementptr %v22[%v2119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2124 = llvm.load %v2123 : !llvm.ptr<3> -> f32
        %v2125 = arith.addi %v2004, %v171 : i64
        %v2126 = arith.constant true
        %v2127 = arith.addi %v31, %v2125 : i64
        %v2128 = llvm.getelementptr %v21[%v2127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2129 = llvm.load %v2128 : !llvm.ptr<3> -> i64
        %v2130 = arith.addi %v580, %v2005 : i64
        %v2131 = arith.cmpi slt, %v2130, %size_L : i64
        %v2132 = arith.subi %size_L, %v2 : i64
        %v2133 = arith.minsi %v2130, %v2132 : i64
        %v2134 = arith.addi %v2129, %v2133 : i64
        %v2135 = arith.muli %v2127, %v76 : i64
        %v2136 = arith.addi %v2135, %v2005 : i64
        %v2137 = arith.cmpi sge, %v2129, %v41 : i64
        %v2138 = arith.andi %v2131, %v2137 : i1
        %v2139 = arith.andi %v2138, %v2126 : i1
        %v2140 = llvm.getelementptr %v22[%v2136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2141 = llvm.load %v2140 : !llvm.ptr<3> -> f32
        %v2142 = arith.addi %v2004, %v1 : i64
        %v2143 = arith.constant true
        %v2144 = arith.addi %v31, %v2142 : i64
        %v2145 = llvm.getelementptr %v21[%v2144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2146 = llvm.load %v2145 : !llvm.ptr<3> -> i64
        %v2147 = arith.addi %v580, %v2005 : i64
        %v2148 = arith.cmpi slt, %v2147, %size_L : i64
        %v2149 = arith.subi %size_L, %v2 : i64
        %v2150 = arith.minsi %v2147, %v2149 : i64
        %v2151 = arith.addi %v2146, %v2150 : i64
        %v2152 = arith.muli %v2144, %v76 : i64
        %v2153 = arith.addi %v2152, %v2005 : i64
        %v2154 = arith.cmpi sge, %v2146, %v41 : i64
        %v2155 = arith.andi %v2148, %v2154 : i1
        %v2156 = arith.andi %v2155, %v2143 : i1
        %v2157 = llvm.getelementptr %v22[%v2153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2158 = llvm.load %v2157 : !llvm.ptr<3> -> f32
        %v2159 = arith.addi %v2004, %v200 : i64
        %v2160 = arith.constant true
        %v2161 = arith.addi %v31, %v2159 : i64
        %v2162 = llvm.getelementptr %v21[%v2161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2163 = llvm.load %v2162 : !llvm.ptr<3> -> i64
        %v2164 = arith.addi %v580, %v2005 : i64
        %v2165 = arith.cmpi slt, %v2164, %size_L : i64
        %v2166 = arith.subi %size_L, %v2 : i64
        %v2167 = arith.minsi %v2164, %v2166 : i64
        %v2168 = arith.addi %v2163, %v2167 : i64
        %v2169 = arith.muli %v2161, %v76 : i64
        %v2170 = arith.addi %v2169, %v2005 : i64
        %v2171 = arith.cmpi sge, %v2163, %v41 : i64
        %v2172 = arith.andi %v2165, %v2171 : i1
        %v2173 = arith.andi %v2172, %v2160 : i1
        %v2174 = llvm.getelementptr %v22[%v2170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2175 = llvm.load %v2174 : !llvm.ptr<3> -> f32
        %v2176 = arith.addi %v2004, %v215 : i64
        %v2177 = arith.constant true
        %v2178 = arith.addi %v31, %v2176 : i64
        %v2179 = llvm.getelementptr %v21[%v2178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2180 = llvm.load %v2179 : !llvm.ptr<3> -> i64
        %v2181 = arith.addi %v580, %v2005 : i64
        %v2182 = arith.cmpi slt, %v2181, %size_L : i64
        %v2183 = arith.subi %size_L, %v2 : i64
        %v2184 = arith.minsi %v2181, %v2183 : i64
        %v2185 = arith.addi %v2180, %v2184 : i64
        %v2186 = arith.muli %v2178, %v76 : i64
        %v2187 = arith.addi %v2186, %v2005 : i64
        %v2188 = arith.cmpi sge, %v2180, %v41 : i64
        %v2189 = arith.andi %v2182, %v2188 : i1
        %v2190 = arith.andi %v2189, %v2177 : i1
        %v2191 = llvm.getelementptr %v22[%v2187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2192 = llvm.load %v2191 : !llvm.ptr<3> -> f32
        %v2193 = arith.addi %v2004, %v230 : i64
        %v2194 = arith.constant true
        %v2195 = arith.addi %v31, %v2193 : i64
        %v2196 = llvm.getelementptr %v21[%v2195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2197 = llvm.load %v2196 : !llvm.ptr<3> -> i64
        %v2198 = arith.addi %v580, %v2005 : i64
        %v2199 = arith.cmpi slt, %v2198, %size_L : i64
        %v2200 = arith.subi %size_L, %v2 : i64
        %v2201 = arith.minsi %v2198, %v2200 : i64
        %v2202 = arith.addi %v2197, %v2201 : i64
        %v2203 = arith.muli %v2195, %v76 : i64
        %v2204 = arith.addi %v2203, %v2005 : i64
        %v2205 = arith.cmpi sge, %v2197, %v41 : i64
        %v2206 = arith.andi %v2199, %v2205 : i1
        %v2207 = arith.andi %v2206, %v2194 : i1
        %v2208 = llvm.getelementptr %v22[%v2204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2209 = llvm.load %v2208 : !llvm.ptr<3> -> f32
        %v2210 = arith.addi %v2004, %v245 : i64
        %v2211 = arith.constant true
        %v2212 = arith.addi %v31, %v2210 : i64
        %v2213 = llvm.getelementptr %v21[%v2212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2214 = llvm.load %v2213 : !llvm.ptr<3> -> i64
        %v2215 = arith.addi %v580, %v2005 : i64
        %v2216 = arith.cmpi slt, %v2215, %size_L : i64
        %v2217 = arith.subi %size_L, %v2 : i64
        %v2218 = arith.minsi %v2215, %v2217 : i64
        %v2219 = arith.addi %v2214, %v2218 : i64
        %v2220 = arith.muli %v2212, %v76 : i64
        %v2221 = arith.addi %v2220, %v2005 : i64
        %v2222 = arith.cmpi sge, %v2214, %v41 : i64
        %v2223 = arith.andi %v2216, %v2222 : i1
        %v2224 = arith.andi %v2223, %v2211 : i1
        %v2225 = llvm.getelementptr %v22[%v2221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2226 = llvm.load %v2225 : !llvm.ptr<3> -> f32
        %v2227 = arith.addi %v2004, %v260 : i64
        %v2228 = arith.constant true
        %v2229 = arith.addi %v31, %v2227 : i64
        %v2230 = llvm.getelementptr %v21[%v2229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2231 = llvm.load %v2230 : !llvm.ptr<3> -> i64
        %v2232 = arith.addi %v580, %v2005 : i64
        %v2233 = arith.cmpi slt, %v2232, %size_L : i64
        %v2234 = arith.subi %size_L, %v2 : i64
        %v2235 = arith.minsi %v2232, %v2234 : i64
        %v2236 = arith.addi %v2231, %v2235 : i64
        %v2237 = arith.muli %v2229, %v76 : i64
        %v2238 = arith.addi %v2237, %v2005 : i64
        %v2239 = arith.cmpi sge, %v2231, %v41 : i64
        %v2240 = arith.andi %v2233, %v2239 : i1
        %v2241 = arith.andi %v2240, %v2228 : i1
        %v2242 = llvm.getelementptr %v22[%v2238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2243 = llvm.load %v2242 : !llvm.ptr<3> -> f32
        %v2244 = arith.addi %v2004, %v275 : i64
        %v2245 = arith.constant true
        %v2246 = arith.addi %v31, %v2244 : i64
        %v2247 = llvm.getelementptr %v21[%v2246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2248 = llvm.load %v2247 : !llvm.ptr<3> -> i64
        %v2249 = arith.addi %v580, %v2005 : i64
        %v2250 = arith.cmpi slt, %v2249, %size_L : i64
        %v2251 = arith.subi %size_L, %v2 : i64
        %v2252 = arith.minsi %v2249, %v2251 : i64
        %v2253 = arith.addi %v2248, %v2252 : i64
        %v2254 = arith.muli %v2246, %v76 : i64
        %v2255 = arith.addi %v2254, %v2005 : i64
        %v2256 = arith.cmpi sge, %v2248, %v41 : i64
        %v2257 = arith.andi %v2250, %v2256 : i1
        %v2258 = arith.andi %v2257, %v2245 : i1
        %v2259 = llvm.getelementptr %v22[%v2255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2260 = llvm.load %v2259 : !llvm.ptr<3> -> f32
        %v2261 = arith.addi %v2004, %v290 : i64
        %v2262 = arith.constant true
        %v2263 = arith.addi %v31, %v2261 : i64
        %v2264 = llvm.getelementptr %v21[%v2263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2265 = llvm.load %v2264 : !llvm.ptr<3> -> i64
        %v2266 = arith.addi %v580, %v2005 : i64
        %v2267 = arith.cmpi slt, %v2266, %size_L : i64
        %v2268 = arith.subi %size_L, %v2 : i64
        %v2269 = arith.minsi %v2266, %v2268 : i64
        %v2270 = arith.addi %v2265, %v2269 : i64
        %v2271 = arith.muli %v2263, %v76 : i64
        %v2272 = arith.addi %v2271, %v2005 : i64
        %v2273 = arith.cmpi sge, %v2265, %v41 : i64
        %v2274 = arith.andi %v2267, %v2273 : i1
        %v2275 = arith.andi %v2274, %v2262 : i1
        %v2276 = llvm.getelementptr %v22[%v2272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2277 = llvm.load %v2276 : !llvm.ptr<3> -> f32
        %v2278 = arith.addi %v2004, %v63 : i64
        %v2279 = arith.constant true
        %v2280 = arith.addi %v31, %v2278 : i64
        %v2281 = llvm.getelementptr %v21[%v2280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2282 = llvm.load %v2281 : !llvm.ptr<3> -> i64
        %v2283 = arith.addi %v580, %v2005 : i64
        %v2284 = arith.cmpi slt, %v2283, %size_L : i64
        %v2285 = arith.subi %size_L, %v2 : i64
        %v2286 = arith.minsi %v2283, %v2285 : i64
        %v2287 = arith.addi %v2282, %v2286 : i64
        %v2288 = arith.muli %v2280, %v76 : i64
        %v2289 = arith.addi %v2288, %v2005 : i64
        %v2290 = arith.cmpi sge, %v2282, %v41 : i64
        %v2291 = arith.andi %v2284, %v2290 : i1
        %v2292 = arith.andi %v2291, %v2279 : i1
        %v2293 = llvm.getelementptr %v22[%v2289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2294 = llvm.load %v2293 : !llvm.ptr<3> -> f32
        %v2295 = arith.addi %v2004, %v319 : i64
        %v2296 = arith.constant true
        %v2297 = arith.addi %v31, %v2295 : i64
        %v2298 = llvm.getelementptr %v21[%v2297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2299 = llvm.load %v2298 : !llvm.ptr<3> -> i64
        %v2300 = arith.addi %v580, %v2005 : i64
        %v2301 = arith.cmpi slt, %v2300, %size_L : i64
        %v2302 = arith.subi %size_L, %v2 : i64
        %v2303 = arith.minsi %v2300, %v2302 : i64
        %v2304 = arith.addi %v2299, %v2303 : i64
        %v2305 = arith.muli %v2297, %v76 : i64
        %v2306 = arith.addi %v2305, %v2005 : i64
        %v2307 = arith.cmpi sge, %v2299, %v41 : i64
        %v2308 = arith.andi %v2301, %v2307 : i1
        %v2309 = arith.andi %v2308, %v2296 : i1
        %v2310 = llvm.getelementptr %v22[%v2306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2311 = llvm.load %v2310 : !llvm.ptr<3> -> f32
        %v2312 = arith.addi %v2004, %v334 : i64
        %v2313 = arith.constant true
        %v2314 = arith.addi %v31, %v2312 : i64
        %v2315 = llvm.getelementptr %v21[%v2314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2316 = llvm.load %v2315 : !llvm.ptr<3> -> i64
        %v2317 = arith.addi %v580, %v2005 : i64
        %v2318 = arith.cmpi slt, %v2317, %size_L : i64
        %v2319 = arith.subi %size_L, %v2 : i64
        %v2320 = arith.minsi %v2317, %v2319 : i64
        %v2321 = arith.addi %v2316, %v2320 : i64
        %v2322 = arith.muli %v2314, %v76 : i64
        %v2323 = arith.addi %v2322, %v2005 : i64
        %v2324 = arith.cmpi sge, %v2316, %v41 : i64
        %v2325 = arith.andi %v2318, %v2324 : i1
        %v2326 = arith.andi %v2325, %v2313 : i1
        %v2327 = llvm.getelementptr %v22[%v2323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2328 = llvm.load %v2327 : !llvm.ptr<3> -> f32
        %v2329 = arith.addi %v2004, %v349 : i64
        %v2330 = arith.constant true
        %v2331 = arith.addi %v31, %v2329 : i64
        %v2332 = llvm.getelementptr %v21[%v2331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2333 = llvm.load %v2332 : !llvm.ptr<3> -> i64
        %v2334 = arith.addi %v580, %v2005 : i64
        %v2335 = arith.cmpi slt, %v2334, %size_L : i64
        %v2336 = arith.subi %size_L, %v2 : i64
        %v2337 = arith.minsi %v2334, %v2336 : i64
        %v2338 = arith.addi %v2333, %v2337 : i64
        %v2339 = arith.muli %v2331, %v76 : i64
        %v2340 = arith.addi %v2339, %v2005 : i64
        %v2341 = arith.cmpi sge, %v2333, %v41 : i64
        %v2342 = arith.andi %v2335, %v2341 : i1
        %v2343 = arith.andi %v2342, %v2330 : i1
        %v2344 = llvm.getelementptr %v22[%v2340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2345 = llvm.load %v2344 : !llvm.ptr<3> -> f32
        %v2346 = arith.addi %v2004, %v364 : i64
        %v2347 = arith.constant true
        %v2348 = arith.addi %v31, %v2346 : i64
        %v2349 = llvm.getelementptr %v21[%v2348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2350 = llvm.load %v2349 : !llvm.ptr<3> -> i64
        %v2351 = arith.addi %v580, %v2005 : i64
        %v2352 = arith.cmpi slt, %v2351, %size_L : i64
        %v2353 = arith.subi %size_L, %v2 : i64
        %v2354 = arith.minsi %v2351, %v2353 : i64
        %v2355 = arith.addi %v2350, %v2354 : i64
        %v2356 = arith.muli %v2348, %v76 : i64
        %v2357 = arith.addi %v2356, %v2005 : i64
        %v2358 = arith.cmpi sge, %v2350, %v41 : i64
        %v2359 = arith.andi %v2352, %v2358 : i1
        %v2360 = arith.andi %v2359, %v2347 : i1
        %v2361 = llvm.getelementptr %v22[%v2357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2362 = llvm.load %v2361 : !llvm.ptr<3> -> f32
        %v2363 = arith.addi %v2004, %v379 : i64
        %v2364 = arith.constant true
        %v2365 = arith.addi %v31, %v2363 : i64
        %v2366 = llvm.getelementptr %v21[%v2365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2367 = llvm.load %v2366 : !llvm.ptr<3> -> i64
        %v2368 = arith.addi %v580, %v2005 : i64
        %v2369 = arith.cmpi slt, %v2368, %size_L : i64
        %v2370 = arith.subi %size_L, %v2 : i64
        %v2371 = arith.minsi %v2368, %v2370 : i64
        %v2372 = arith.addi %v2367, %v2371 : i64
        %v2373 = arith.muli %v2365, %v76 : i64
        %v2374 = arith.addi %v2373, %v2005 : i64
        %v2375 = arith.cmpi sge, %v2367, %v41 : i64
        %v2376 = arith.andi %v2369, %v2375 : i1
        %v2377 = arith.andi %v2376, %v2364 : i1
        %v2378 = llvm.getelementptr %v22[%v2374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2379 = llvm.load %v2378 : !llvm.ptr<3> -> f32
        %v2380 = arith.addi %v2004, %v394 : i64
        %v2381 = arith.constant true
        %v2382 = arith.addi %v31, %v2380 : i64
        %v2383 = llvm.getelementptr %v21[%v2382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2384 = llvm.load %v2383 : !llvm.ptr<3> -> i64
        %v2385 = arith.addi %v580, %v2005 : i64
        %v2386 = arith.cmpi slt, %v2385, %size_L : i64
        %v2387 = arith.subi %size_L, %v2 : i64
        %v2388 = arith.minsi %v2385, %v2387 : i64
        %v2389 = arith.addi %v2384, %v2388 : i64
        %v2390 = arith.muli %v2382, %v76 : i64
        %v2391 = arith.addi %v2390, %v2005 : i64
        %v2392 = arith.cmpi sge, %v2384, %v41 : i64
        %v2393 = arith.andi %v2386, %v2392 : i1
        %v2394 = arith.andi %v2393, %v2381 : i1
        %v2395 = llvm.getelementptr %v22[%v2391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2396 = llvm.load %v2395 : !llvm.ptr<3> -> f32
        %v2397 = arith.addi %v2004, %v409 : i64
        %v2398 = arith.constant true
        %v2399 = arith.addi %v31, %v2397 : i64
        %v2400 = llvm.getelementptr %v21[%v2399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2401 = llvm.load %v2400 : !llvm.ptr<3> -> i64
        %v2402 = arith.addi %v580, %v2005 : i64
        %v2403 = arith.cmpi slt, %v2402, %size_L : i64
        %v2404 = arith.subi %size_L, %v2 : i64
        %v2405 = arith.minsi %v2402, %v2404 : i64
        %v2406 = arith.addi %v2401, %v2405 : i64
        %v2407 = arith.muli %v2399, %v76 : i64
        %v2408 = arith.addi %v2407, %v2005 : i64
        %v2409 = arith.cmpi sge, %v2401, %v41 : i64
        %v2410 = arith.andi %v2403, %v2409 : i1
        %v2411 = arith.andi %v2410, %v2398 : i1
        %v2412 = llvm.getelementptr %v22[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2413 = llvm.load %v2412 : !llvm.ptr<3> -> f32
        %v2414 = arith.addi %v2004, %v424 : i64
        %v2415 = arith.constant true
        %v2416 = arith.addi %v31, %v2414 : i64
        %v2417 = llvm.getelementptr %v21[%v2416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2418 = llvm.load %v2417 : !llvm.ptr<3> -> i64
        %v2419 = arith.addi %v580, %v2005 : i64
        %v2420 = arith.cmpi slt, %v2419, %size_L : i64
        %v2421 = arith.subi %size_L, %v2 : i64
        %v2422 = arith.minsi %v2419, %v2421 : i64
        %v2423 = arith.addi %v2418, %v2422 : i64
        %v2424 = arith.muli %v2416, %v76 : i64
        %v2425 = arith.addi %v2424, %v2005 : i64
        %v2426 = arith.cmpi sge, %v2418, %v41 : i64
        %v2427 = arith.andi %v2420, %v2426 : i1
        %v2428 = arith.andi %v2427, %v2415 : i1
        %v2429 = llvm.getelementptr %v22[%v2425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2430 = llvm.load %v2429 : !llvm.ptr<3> -> f32
        %v2431 = arith.addi %v2004, %v439 : i64
        %v2432 = arith.constant true
        %v2433 = arith.addi %v31, %v2431 : i64
        %v2434 = llvm.getelementptr %v21[%v2433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2435 = llvm.load %v2434 : !llvm.ptr<3> -> i64
        %v2436 = arith.addi %v580, %v2005 : i64
        %v2437 = arith.cmpi slt, %v2436, %size_L : i64
        %v2438 = arith.subi %size_L, %v2 : i64
        %v2439 = arith.minsi %v2436, %v2438 : i64
        %v2440 = arith.addi %v2435, %v2439 : i64
        %v2441 = arith.muli %v2433, %v76 : i64
        %v2442 = arith.addi %v2441, %v2005 : i64
        %v2443 = arith.cmpi sge, %v2435, %v41 : i64
        %v2444 = arith.andi %v2437, %v2443 : i1
        %v2445 = arith.andi %v2444, %v2432 : i1
        %v2446 = llvm.getelementptr %v22[%v2442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2447 = llvm.load %v2446 : !llvm.ptr<3> -> f32
        %v2448 = arith.addi %v2004, %v454 : i64
        %v2449 = arith.constant true
        %v2450 = arith.addi %v31, %v2448 : i64
        %v2451 = llvm.getelementptr %v21[%v2450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2452 = llvm.load %v2451 : !llvm.ptr<3> -> i64
        %v2453 = arith.addi %v580, %v2005 : i64
        %v2454 = arith.cmpi slt, %v2453, %size_L : i64
        %v2455 = arith.subi %size_L, %v2 : i64
        %v2456 = arith.minsi %v2453, %v2455 : i64
        %v2457 = arith.addi %v2452, %v2456 : i64
        %v2458 = arith.muli %v2450, %v76 : i64
        %v2459 = arith.addi %v2458, %v2005 : i64
        %v2460 = arith.cmpi sge, %v2452, %v41 : i64
        %v2461 = arith.andi %v2454, %v2460 : i1
        %v2462 = arith.andi %v2461, %v2449 : i1
        %v2463 = llvm.getelementptr %v22[%v2459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2464 = llvm.load %v2463 : !llvm.ptr<3> -> f32
        %v2465 = arith.addi %v2004, %v469 : i64
        %v2466 = arith.constant true
        %v2467 = arith.addi %v31, %v2465 : i64
        %v2468 = llvm.getelementptr %v21[%v2467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2469 = llvm.load %v2468 : !llvm.ptr<3> -> i64
        %v2470 = arith.addi %v580, %v2005 : i64
        %v2471 = arith.cmpi slt, %v2470, %size_L : i64
        %v2472 = arith.subi %size_L, %v2 : i64
        %v2473 = arith.minsi %v2470, %v2472 : i64
        %v2474 = arith.addi %v2469, %v2473 : i64
        %v2475 = arith.muli %v2467, %v76 : i64
        %v2476 = arith.addi %v2475, %v2005 : i64
        %v2477 = arith.cmpi sge, %v2469, %v41 : i64
        %v2478 = arith.andi %v2471, %v2477 : i1
        %v2479 = arith.andi %v2478, %v2466 : i1
        %v2480 = llvm.getelementptr %v22[%v2476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2481 = llvm.load %v2480 : !llvm.ptr<3> -> f32
        %v2482 = arith.addi %v2004, %v484 : i64
        %v2483 = arith.constant true
        %v2484 = arith.addi %v31, %v2482 : i64
        %v2485 = llvm.getelementptr %v21[%v2484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2486 = llvm.load %v2485 : !llvm.ptr<3> -> i64
        %v2487 = arith.addi %v580, %v2005 : i64
        %v2488 = arith.cmpi slt, %v2487, %size_L : i64
        %v2489 = arith.subi %size_L, %v2 : i64
        %v2490 = arith.minsi %v2487, %v2489 : i64
        %v2491 = arith.addi %v2486, %v2490 : i64
        %v2492 = arith.muli %v2484, %v76 : i64
        %v2493 = arith.addi %v2492, %v2005 : i64
        %v2494 = arith.cmpi sge, %v2486, %v41 : i64
        %v2495 = arith.andi %v2488, %v2494 : i1
        %v2496 = arith.andi %v2495, %v2483 : i1
        %v2497 = llvm.getelementptr %v22[%v2493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2498 = llvm.load %v2497 : !llvm.ptr<3> -> f32
        %v2499 = arith.addi %v2004, %v499 : i64
        %v2500 = arith.constant true
        %v2501 = arith.addi %v31, %v2499 : i64
        %v2502 = llvm.getelementptr %v21[%v2501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2503 = llvm.load %v2502 : !llvm.ptr<3> -> i64
        %v2504 = arith.addi %v580, %v2005 : i64
        %v2505 = arith.cmpi slt, %v2504, %size_L : i64
        %v2506 = arith.subi %size_L, %v2 : i64
        %v2507 = arith.minsi %v2504, %v2506 : i64
        %v2508 = arith.addi %v2503, %v2507 : i64
        %v2509 = arith.muli %v2501, %v76 : i64
        %v2510 = arith.addi %v2509, %v2005 : i64
        %v2511 = arith.cmpi sge, %v2503, %v41 : i64
        %v2512 = arith.andi %v2505, %v2511 : i1
        %v2513 = arith.andi %v2512, %v2500 : i1
        %v2514 = llvm.getelementptr %v22[%v2510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2515 = llvm.load %v2514 : !llvm.ptr<3> -> f32
        %v2516 = arith.addi %v2004, %v514 : i64
        %v2517 = arith.constant true
        %v2518 = arith.addi %v31, %v2516 : i64
        %v2519 = llvm.getelementptr %v21[%v2518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2520 = llvm.load %v2519 : !llvm.ptr<3> -> i64
        %v2521 = arith.addi %v580, %v2005 : i64
        %v2522 = arith.cmpi slt, %v2521, %size_L : i64
        %v2523 = arith.subi %size_L, %v2 : i64
        %v2524 = arith.minsi %v2521, %v2523 : i64
        %v2525 = arith.addi %v2520, %v2524 : i64
        %v2526 = arith.muli %v2518, %v76 : i64
        %v2527 = arith.addi %v2526, %v2005 : i64
        %v2528 = arith.cmpi sge, %v2520, %v41 : i64
        %v2529 = arith.andi %v2522, %v2528 : i1
        %v2530 = arith.andi %v2529, %v2517 : i1
        %v2531 = llvm.getelementptr %v22[%v2527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2532 = llvm.load %v2531 : !llvm.ptr<3> -> f32
        %v2533 = arith.addi %v2004, %v529 : i64
        %v2534 = arith.constant true
        %v2535 = arith.addi %v31, %v2533 : i64
        %v2536 = llvm.getelementptr %v21[%v2535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2537 = llvm.load %v2536 : !llvm.ptr<3> -> i64
        %v2538 = arith.addi %v580, %v2005 : i64
        %v2539 = arith.cmpi slt, %v2538, %size_L : i64
        %v2540 = arith.subi %size_L, %v2 : i64
        %v2541 = arith.minsi %v2538, %v2540 : i64
        %v2542 = arith.addi %v2537, %v2541 : i64
        %v2543 = arith.muli %v2535, %v76 : i64
        %v2544 = arith.addi %v2543, %v2005 : i64
        %v2545 = arith.cmpi sge, %v2537, %v41 : i64
        %v2546 = arith.andi %v2539, %v2545 : i1
        %v2547 = arith.andi %v2546, %v2534 : i1
        %v2548 = llvm.getelementptr %v22[%v2544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2549 = llvm.load %v2548 : !llvm.ptr<3> -> f32
        scf.if %v2020 {
          %v2550 = llvm.getelementptr %out_y[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2022, %v2550 : f32, !llvm.ptr
        }
        scf.if %v2037 {
          %v2551 = llvm.getelementptr %out_y[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2039, %v2551 : f32, !llvm.ptr
        }
        scf.if %v2054 {
          %v2552 = llvm.getelementptr %out_y[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2056, %v2552 : f32, !llvm.ptr
        }
        scf.if %v2071 {
          %v2553 = llvm.getelementptr %out_y[%v2066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2073, %v2553 : f32, !llvm.ptr
        }
        scf.if %v2088 {
          %v2554 = llvm.getelementptr %out_y[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2090, %v2554 : f32, !llvm.ptr
        }
        scf.if %v2105 {
          %v2555 = llvm.getelementptr %out_y[%v2100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2107, %v2555 : f32, !llvm.ptr
        }
        scf.if %v2122 {
          %v2556 = llvm.getelementptr %out_y[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2124, %v2556 : f32, !llvm.ptr
        }
        scf.if %v2139 {
          %v2557 = llvm.getelementptr %out_y[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2141, %v2557 : f32, !llvm.ptr
        }
        scf.if %v2156 {
          %v2558 = llvm.getelementptr %out_y[%v2151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2158, %v2558 : f32, !llvm.ptr
        }
        scf.if %v2173 {
          %v2559 = llvm.getelementptr %out_y[%v2168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2175, %v2559 : f32, !llvm.ptr
        }
        scf.if %v2190 {
          %v2560 = llvm.getelementptr %out_y[%v2185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2192, %v2560 : f32, !llvm.ptr
        }
        scf.if %v2207 {
          %v2561 = llvm.getelementptr %out_y[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2209, %v2561 : f32, !llvm.ptr
        }
        scf.if %v2224 {
          %v2562 = llvm.getelementptr %out_y[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2226, %v2562 : f32, !llvm.ptr
        }
        scf.if %v2241 {
          %v2563 = llvm.getelementptr %out_y[%v2236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2243, %v2563 : f32, !llvm.ptr
        }
        scf.if %v2258 {
          %v2564 = llvm.getelementptr %out_y[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2260, %v2564 : f32, !llvm.ptr
        }
        scf.if %v2275 {
          %v2565 = llvm.getelementptr %out_y[%v2270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2277, %v2565 : f32, !llvm.ptr
        }
        scf.if %v2292 {
          %v2566 = llvm.getelementptr %out_y[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2294, %v2566 : f32, !llvm.ptr
        }
        scf.if %v2309 {
          %v2567 = llvm.getelementptr %out_y[%v2304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2311, %v2567 : f32, !llvm.ptr
        }
        scf.if %v2326 {
          %v2568 = llvm.getelementptr %out_y[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2328, %v2568 : f32, !llvm.ptr
        }
        scf.if %v2343 {
          %v2569 = llvm.getelementptr %out_y[%v2338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2345, %v2569 : f32, !llvm.ptr
        }
        scf.if %v2360 {
          %v2570 = llvm.getelementptr %out_y[%v2355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2362, %v2570 : f32, !llvm.ptr
        }
        scf.if %v2377 {
          %v2571 = llvm.getelementptr %out_y[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2379, %v2571 : f32, !llvm.ptr
        }
        scf.if %v2394 {
          %v2572 = llvm.getelementptr %out_y[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2396, %v2572 : f32, !llvm.ptr
        }
        scf.if %v2411 {
          %v2573 = llvm.getelementptr %out_y[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2413, %v2573 : f32, !llvm.ptr
        }
        scf.if %v2428 {
          %v2574 = llvm.getelementptr %out_y[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2430, %v2574 : f32, !llvm.ptr
        }
        scf.if %v2445 {
          %v2575 = llvm.getelementptr %out_y[%v2440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2447, %v2575 : f32, !llvm.ptr
        }
        scf.if %v2462 {
          %v2576 = llvm.getelementptr %out_y[%v2457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2464, %v2576 : f32, !llvm.ptr
        }
        scf.if %v2479 {
          %v2577 = llvm.getelementptr %out_y[%v2474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2481, %v2577 : f32, !llvm.ptr
        }
        scf.if %v2496 {
          %v2578 = llvm.getelementptr %out_y[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2498, %v2578 : f32, !llvm.ptr
        }
        scf.if %v2513 {
          %v2579 = llvm.getelementptr %out_y[%v2508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2515, %v2579 : f32, !llvm.ptr
        }
        scf.if %v2530 {
          %v2580 = llvm.getelementptr %out_y[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2532, %v2580 : f32, !llvm.ptr
        }
        scf.if %v2547 {
          %v2581 = llvm.getelementptr %out_y[%v2542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2549, %v2581 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
