module attributes {gpu.container_module} {
  gpu.module @linrec {
    gpu.func @s4d_bwd(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %dy_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %scratch_h: !llvm.ptr, %dx_u: !llvm.ptr, %part_log_dt: !llvm.ptr, %part_A_log: !llvm.ptr, %part_Bp: !llvm.ptr, %part_Cp: !llvm.ptr, %part_Dskip: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v56 = arith.constant 1 : i64
      %v57 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v58 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v59 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v60 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v63 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v64 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v65 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v66 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v67 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v68 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v69 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v70 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v71 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v72 = llvm.alloca %v56 x f32 : (i64) -> !llvm.ptr
      %v73 = arith.constant 1 : i64
      %v74 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v75 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v76 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v77 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v78 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v79 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v80 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v81 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v82 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v83 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v84 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v87 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v88 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v89 = llvm.alloca %v73 x f32 : (i64) -> !llvm.ptr
      %v90 = arith.constant 1 : i64
      %v91 = llvm.alloca %v90 x f32 : (i64) -> !llvm.ptr
      %v92 = arith.constant 1 : i64
      %v93 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v94 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v95 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v96 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v97 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v98 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v99 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v100 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v101 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v102 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v103 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v104 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v105 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v106 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v107 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v108 = llvm.alloca %v92 x f32 : (i64) -> !llvm.ptr
      %v109 = arith.constant 1 : i64
      %v110 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v111 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v112 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v113 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v114 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v115 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v116 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v117 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v118 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v119 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v120 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v121 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v122 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v123 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v124 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v125 = llvm.alloca %v109 x f32 : (i64) -> !llvm.ptr
      %v126 = arith.constant 1 : i64
      %v127 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v128 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v129 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v130 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v131 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v132 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v133 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v134 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v135 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v136 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v137 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v138 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v139 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v140 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v141 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v142 = llvm.alloca %v126 x f32 : (i64) -> !llvm.ptr
      %v143 = arith.constant 1 : i64
      %v144 = llvm.alloca %v143 x f32 : (i64) -> !llvm.ptr
      %v149 = arith.constant 64 : i64
      %v153 = arith.constant 1 : i64
      %v160 = arith.constant 0x00000000 : f32
      %v161 = arith.constant 0x3F800000 : f32
      %v162 = arith.constant 64 : i64
      %v163 = arith.constant 1 : i64
      %v164 = arith.constant 0 : i64
      %v180 = arith.constant 1 : i64
      %v181 = arith.muli %v180, %size_B : i64
      %v182 = arith.muli %v181, %size_D : i64
      %v183 = arith.muli %v182, %v1 : i64
      %v185 = arith.constant 1 : i64
      %v186 = arith.muli %v185, %v1 : i64
      %v187 = arith.muli %v186, %size_D : i64
      %v194 = arith.constant 1 : i64
      %v195 = arith.muli %v194, %size_B : i64
      %v196 = arith.muli %v195, %size_D : i64
      %v197 = arith.muli %v196, %v1 : i64
      %v208 = arith.constant 1 : i64
      %v209 = arith.muli %v208, %size_B : i64
      %v210 = arith.muli %v209, %size_D : i64
      %v211 = arith.muli %v210, %v1 : i64
      %v222 = arith.constant 1 : i64
      %v223 = arith.muli %v222, %size_B : i64
      %v224 = arith.muli %v223, %size_D : i64
      %v225 = arith.muli %v224, %v1 : i64
      %v236 = arith.constant 1 : i64
      %v237 = arith.muli %v236, %size_B : i64
      %v238 = arith.muli %v237, %size_D : i64
      %v239 = arith.muli %v238, %v1 : i64
      %v250 = arith.constant 1 : i64
      %v251 = arith.muli %v250, %size_B : i64
      %v252 = arith.muli %v251, %size_D : i64
      %v253 = arith.muli %v252, %v1 : i64
      %v264 = arith.constant 1 : i64
      %v265 = arith.muli %v264, %size_B : i64
      %v266 = arith.muli %v265, %size_D : i64
      %v267 = arith.muli %v266, %v1 : i64
      %v278 = arith.constant 1 : i64
      %v279 = arith.muli %v278, %size_B : i64
      %v280 = arith.muli %v279, %size_D : i64
      %v281 = arith.muli %v280, %v1 : i64
      %v292 = arith.constant 1 : i64
      %v293 = arith.muli %v292, %size_B : i64
      %v294 = arith.muli %v293, %size_D : i64
      %v295 = arith.muli %v294, %v1 : i64
      %v306 = arith.constant 1 : i64
      %v307 = arith.muli %v306, %size_B : i64
      %v308 = arith.muli %v307, %size_D : i64
      %v309 = arith.muli %v308, %v1 : i64
      %v320 = arith.constant 1 : i64
      %v321 = arith.muli %v320, %size_B : i64
      %v322 = arith.muli %v321, %size_D : i64
      %v323 = arith.muli %v322, %v1 : i64
      %v334 = arith.constant 1 : i64
      %v335 = arith.muli %v334, %size_B : i64
      %v336 = arith.muli %v335, %size_D : i64
      %v337 = arith.muli %v336, %v1 : i64
      %v348 = arith.constant 1 : i64
      %v349 = arith.muli %v348, %size_B : i64
      %v350 = arith.muli %v349, %size_D : i64
      %v351 = arith.muli %v350, %v1 : i64
      %v362 = arith.constant 1 : i64
      %v363 = arith.muli %v362, %size_B : i64
      %v364 = arith.muli %v363, %size_D : i64
      %v365 = arith.muli %v364, %v1 : i64
      %v376 = arith.constant 1 : i64
      %v377 = arith.muli %v376, %size_B : i64
      %v378 = arith.muli %v377, %size_D : i64
      %v379 = arith.muli %v378, %v1 : i64
      %v390 = arith.constant 1 : i64
      %v391 = arith.muli %v390, %size_B : i64
      %v392 = arith.muli %v391, %size_D : i64
      %v393 = arith.muli %v392, %v1 : i64
      %v410 = arith.constant 1 : i64
      %v414 = arith.constant 0x3FB8AA3B : f32
      %v417 = arith.constant 1 : i64
      %v418 = arith.muli %v417, %v1 : i64
      %v434 = arith.constant 1 : i64
      %v435 = arith.muli %v434, %size_L : i64
      %v436 = arith.muli %v435, %size_D : i64
      %v448 = arith.constant 16 : i64
      %v449 = arith.constant 0 : i64
      %v453 = arith.constant 1 : i64
      %v483 = arith.constant 16 : i64
      %v484 = arith.constant 1 : i64
      %v488 = arith.constant 1 : i64
      %v518 = arith.constant 16 : i64
      %v519 = arith.constant 2 : i64
      %v523 = arith.constant 1 : i64
      %v553 = arith.constant 16 : i64
      %v554 = arith.constant 3 : i64
      %v558 = arith.constant 1 : i64
      %v588 = arith.constant 16 : i64
      %v589 = arith.constant 4 : i64
      %v593 = arith.constant 1 : i64
      %v623 = arith.constant 16 : i64
      %v624 = arith.constant 5 : i64
      %v628 = arith.constant 1 : i64
      %v658 = arith.constant 16 : i64
      %v659 = arith.constant 6 : i64
      %v663 = arith.constant 1 : i64
      %v693 = arith.constant 16 : i64
      %v694 = arith.constant 7 : i64
      %v698 = arith.constant 1 : i64
      %v728 = arith.constant 16 : i64
      %v729 = arith.constant 8 : i64
      %v733 = arith.constant 1 : i64
      %v763 = arith.constant 16 : i64
      %v764 = arith.constant 9 : i64
      %v768 = arith.constant 1 : i64
      %v798 = arith.constant 16 : i64
      %v799 = arith.constant 10 : i64
      %v803 = arith.constant 1 : i64
      %v833 = arith.constant 16 : i64
      %v834 = arith.constant 11 : i64
      %v838 = arith.constant 1 : i64
      %v868 = arith.constant 16 : i64
      %v869 = arith.constant 12 : i64
      %v873 = arith.constant 1 : i64
      %v903 = arith.constant 16 : i64
      %v904 = arith.constant 13 : i64
      %v908 = arith.constant 1 : i64
      %v938 = arith.constant 16 : i64
      %v939 = arith.constant 14 : i64
      %v943 = arith.constant 1 : i64
      %v973 = arith.constant 16 : i64
      %v974 = arith.constant 15 : i64
      %v978 = arith.constant 1 : i64
      %v1233 = arith.constant 16 : i64
      %v1234 = arith.constant 0 : i64
      %v1238 = arith.constant 1 : i64
      %v1244 = arith.constant 1 : i64
      %v1245 = arith.muli %v1244, %size_B : i64
      %v1246 = arith.muli %v1245, %size_D : i64
      %v1247 = arith.muli %v1246, %v1 : i64
      %v1270 = arith.constant 16 : i64
      %v1271 = arith.constant 1 : i64
      %v1275 = arith.constant 1 : i64
      %v1281 = arith.constant 1 : i64
      %v1282 = arith.muli %v1281, %size_B : i64
      %v1283 = arith.muli %v1282, %size_D : i64
      %v1284 = arith.muli %v1283, %v1 : i64
      %v1304 = arith.constant 16 : i64
      %v1305 = arith.constant 2 : i64
      %v1309 = arith.constant 1 : i64
      %v1315 = arith.constant 1 : i64
      %v1316 = arith.muli %v1315, %size_B : i64
      %v1317 = arith.muli %v1316, %size_D : i64
      %v1318 = arith.muli %v1317, %v1 : i64
      %v1338 = arith.constant 16 : i64
      %v1339 = arith.constant 3 : i64
      %v1343 = arith.constant 1 : i64
      %v1349 = arith.constant 1 : i64
      %v1350 = arith.muli %v1349, %size_B : i64
      %v1351 = arith.muli %v1350, %size_D : i64
      %v1352 = arith.muli %v1351, %v1 : i64
      %v1372 = arith.constant 16 : i64
      %v1373 = arith.constant 4 : i64
      %v1377 = arith.constant 1 : i64
      %v1383 = arith.constant 1 : i64
      %v1384 = arith.muli %v1383, %size_B : i64
      %v1385 = arith.muli %v1384, %size_D : i64
      %v1386 = arith.muli %v1385, %v1 : i64
      %v1406 = arith.constant 16 : i64
      %v1407 = arith.constant 5 : i64
      %v1411 = arith.constant 1 : i64
      %v1417 = arith.constant 1 : i64
      %v1418 = arith.muli %v1417, %size_B : i64
      %v1419 = arith.muli %v1418, %size_D : i64
      %v1420 = arith.muli %v1419, %v1 : i64
      %v1440 = arith.constant 16 : i64
      %v1441 = arith.constant 6 : i64
      %v1445 = arith.constant 1 : i64
      %v1451 = arith.constant 1 : i64
      %v1452 = arith.muli %v1451, %size_B : i64
      %v1453 = arith.muli %v1452, %size_D : i64
      %v1454 = arith.muli %v1453, %v1 : i64
      %v1474 = arith.constant 16 : i64
      %v1475 = arith.constant 7 : i64
      %v1479 = arith.constant 1 : i64
      %v1485 = arith.constant 1 : i64
      %v1486 = arith.muli %v1485, %size_B : i64
      %v1487 = arith.muli %v1486, %size_D : i64
      %v1488 = arith.muli %v1487, %v1 : i64
      %v1508 = arith.constant 16 : i64
      %v1509 = arith.constant 8 : i64
      %v1513 = arith.constant 1 : i64
      %v1519 = arith.constant 1 : i64
      %v1520 = arith.muli %v1519, %size_B : i64
      %v1521 = arith.muli %v1520, %size_D : i64
      %v1522 = arith.muli %v1521, %v1 : i64
      %v1542 = arith.constant 16 : i64
      %v1543 = arith.constant 9 : i64
      %v1547 = arith.constant 1 : i64
      %v1553 = arith.constant 1 : i64
      %v1554 = arith.muli %v1553, %size_B : i64
      %v1555 = arith.muli %v1554, %size_D : i64
      %v1556 = arith.muli %v1555, %v1 : i64
      %v1576 = arith.constant 16 : i64
      %v1577 = arith.constant 10 : i64
      %v1581 = arith.constant 1 : i64
      %v1587 = arith.constant 1 : i64
      %v1588 = arith.muli %v1587, %size_B : i64
      %v1589 = arith.muli %v1588, %size_D : i64
      %v1590 = arith.muli %v1589, %v1 : i64
      %v1610 = arith.constant 16 : i64
      %v1611 = arith.constant 11 : i64
      %v1615 = arith.constant 1 : i64
      %v1621 = arith.constant 1 : i64
      %v1622 = arith.muli %v1621, %size_B : i64
      %v1623 = arith.muli %v1622, %size_D : i64
      %v1624 = arith.muli %v1623, %v1 : i64
      %v1644 = arith.constant 16 : i64
      %v1645 = arith.constant 12 : i64
      %v1649 = arith.constant 1 : i64
      %v1655 = arith.constant 1 : i64
      %v1656 = arith.muli %v1655, %size_B : i64
      %v1657 = arith.muli %v1656, %size_D : i64
      %v1658 = arith.muli %v1657, %v1 : i64
      %v1678 = arith.constant 16 : i64
      %v1679 = arith.constant 13 : i64
      %v1683 = arith.constant 1 : i64
      %v1689 = arith.constant 1 : i64
      %v1690 = arith.muli %v1689, %size_B : i64
      %v1691 = arith.muli %v1690, %size_D : i64
      %v1692 = arith.muli %v1691, %v1 : i64
      %v1712 = arith.constant 16 : i64
      %v1713 = arith.constant 14 : i64
      %v1717 = arith.constant 1 : i64
      %v1723 = arith.constant 1 : i64
      %v1724 = arith.muli %v1723, %size_B : i64
      %v1725 = arith.muli %v1724, %size_D : i64
      %v1726 = arith.muli %v1725, %v1 : i64
      %v1746 = arith.constant 16 : i64
      %v1747 = arith.constant 15 : i64
      %v1751 = arith.constant 1 : i64
      %v1757 = arith.constant 1 : i64
      %v1758 = arith.muli %v1757, %size_B : i64
      %v1759 = arith.muli %v1758, %size_D : i64
      %v1760 = arith.muli %v1759, %v1 : i64
      %v2119 = arith.constant 16 : i64
      %v2120 = arith.constant 0 : i64
      %v2124 = arith.constant 1 : i64
      %v2133 = arith.constant 16 : i64
      %v2134 = arith.constant 1 : i64
      %v2138 = arith.constant 1 : i64
      %v2147 = arith.constant 16 : i64
      %v2148 = arith.constant 2 : i64
      %v2152 = arith.constant 1 : i64
      %v2161 = arith.constant 16 : i64
      %v2162 = arith.constant 3 : i64
      %v2166 = arith.constant 1 : i64
      %v2175 = arith.constant 16 : i64
      %v2176 = arith.constant 4 : i64
      %v2180 = arith.constant 1 : i64
      %v2189 = arith.constant 16 : i64
      %v2190 = arith.constant 5 : i64
      %v2194 = arith.constant 1 : i64
      %v2203 = arith.constant 16 : i64
      %v2204 = arith.constant 6 : i64
      %v2208 = arith.constant 1 : i64
      %v2217 = arith.constant 16 : i64
      %v2218 = arith.constant 7 : i64
      %v2222 = arith.constant 1 : i64
      %v2231 = arith.constant 16 : i64
      %v2232 = arith.constant 8 : i64
      %v2236 = arith.constant 1 : i64
      %v2245 = arith.constant 16 : i64
      %v2246 = arith.constant 9 : i64
      %v2250 = arith.constant 1 : i64
      %v2259 = arith.constant 16 : i64
      %v2260 = arith.constant 10 : i64
      %v2264 = arith.constant 1 : i64
      %v2273 = arith.constant 16 : i64
      %v2274 = arith.constant 11 : i64
      %v2278 = arith.constant 1 : i64
      %v2287 = arith.constant 16 : i64
      %v2288 = arith.constant 12 : i64
      %v2292 = arith.constant 1 : i64
      %v2301 = arith.constant 16 : i64
      %v2302 = arith.constant 13 : i64
      %v2306 = arith.constant 1 : i64
      %v2315 = arith.constant 16 : i64
      %v2316 = arith.constant 14 : i64
      %v2320 = arith.constant 1 : i64
      %v2329 = arith.constant 16 : i64
      %v2330 = arith.constant 15 : i64
      %v2334 = arith.constant 1 : i64
      %v2347 = arith.constant 1 : i64
      %v2348 = arith.constant 0 : i64
      %v2353 = arith.constant 16 : i64
      %v2354 = arith.constant 0 : i64
      %v2359 = arith.constant 16 : i64
      %v2360 = arith.constant 1 : i64
      %v2365 = arith.constant 16 : i64
      %v2366 = arith.constant 2 : i64
      %v2371 = arith.constant 16 : i64
      %v2372 = arith.constant 3 : i64
      %v2377 = arith.constant 16 : i64
      %v2378 = arith.constant 4 : i64
      %v2383 = arith.constant 16 : i64
      %v2384 = arith.constant 5 : i64
      %v2389 = arith.constant 16 : i64
      %v2390 = arith.constant 6 : i64
      %v2395 = arith.constant 16 : i64
      %v2396 = arith.constant 7 : i64
      %v2401 = arith.constant 16 : i64
      %v2402 = arith.constant 8 : i64
      %v2407 = arith.constant 16 : i64
      %v2408 = arith.constant 9 : i64
      %v2413 = arith.constant 16 : i64
      %v2414 = arith.constant 10 : i64
      %v2419 = arith.constant 16 : i64
      %v2420 = arith.constant 11 : i64
      %v2425 = arith.constant 16 : i64
      %v2426 = arith.constant 12 : i64
      %v2431 = arith.constant 16 : i64
      %v2432 = arith.constant 13 : i64
      %v2437 = arith.constant 16 : i64
      %v2438 = arith.constant 14 : i64
      %v2443 = arith.constant 16 : i64
      %v2444 = arith.constant 15 : i64
      %v2449 = arith.constant 16 : i64
      %v2450 = arith.constant 0 : i64
      %v2455 = arith.constant 16 : i64
      %v2456 = arith.constant 1 : i64
      %v2461 = arith.constant 16 : i64
      %v2462 = arith.constant 2 : i64
      %v2467 = arith.constant 16 : i64
      %v2468 = arith.constant 3 : i64
      %v2473 = arith.constant 16 : i64
      %v2474 = arith.constant 4 : i64
      %v2479 = arith.constant 16 : i64
      %v2480 = arith.constant 5 : i64
      %v2485 = arith.constant 16 : i64
      %v2486 = arith.constant 6 : i64
      %v2491 = arith.constant 16 : i64
      %v2492 = arith.constant 7 : i64
      %v2497 = arith.constant 16 : i64
      %v2498 = arith.constant 8 : i64
      %v2503 = arith.constant 16 : i64
      %v2504 = arith.constant 9 : i64
      %v2509 = arith.constant 16 : i64
      %v2510 = arith.constant 10 : i64
      %v2515 = arith.constant 16 : i64
      %v2516 = arith.constant 11 : i64
      %v2521 = arith.constant 16 : i64
      %v2522 = arith.constant 12 : i64
      %v2527 = arith.constant 16 : i64
      %v2528 = arith.constant 13 : i64
      %v2533 = arith.constant 16 : i64
      %v2534 = arith.constant 14 : i64
      %v2539 = arith.constant 16 : i64
      %v2540 = arith.constant 15 : i64
      %v2545 = arith.constant 16 : i64
      %v2546 = arith.constant 0 : i64
      %v2551 = arith.constant 16 : i64
      %v2552 = arith.constant 1 : i64
      %v2557 = arith.constant 16 : i64
      %v2558 = arith.constant 2 : i64
      %v2563 = arith.constant 16 : i64
      %v2564 = arith.constant 3 : i64
      %v2569 = arith.constant 16 : i64
      %v2570 = arith.constant 4 : i64
      %v2575 = arith.constant 16 : i64
      %v2576 = arith.constant 5 : i64
      %v2581 = arith.constant 16 : i64
      %v2582 = arith.constant 6 : i64
      %v2587 = arith.constant 16 : i64
      %v2588 = arith.constant 7 : i64
      %v2593 = arith.constant 16 : i64
      %v2594 = arith.constant 8 : i64
      %v2599 = arith.constant 16 : i64
      %v2600 = arith.constant 9 : i64
      %v2605 = arith.constant 16 : i64
      %v2606 = arith.constant 10 : i64
      %v2611 = arith.constant 16 : i64
      %v2612 = arith.constant 11 : i64
      %v2617 = arith.constant 16 : i64
      %v2618 = arith.constant 12 : i64
      %v2623 = arith.constant 16 : i64
      %v2624 = arith.constant 13 : i64
      %v2629 = arith.constant 16 : i64
      %v2630 = arith.constant 14 : i64
      %v2635 = arith.constant 16 : i64
      %v2636 = arith.constant 15 : i64
      %v2641 = arith.constant 1 : i64
      %v2642 = arith.constant 0 : i64
      %v145 = gpu.block_id x
      %v146 = gpu.thread_id x
      %v147 = arith.index_cast %v146 : index to i64
      %v148 = arith.index_cast %v145 : index to i64
      %v150 = arith.muli %v148, %v149 : i64
      %v151 = arith.addi %v150, %v147 : i64
      %v152 = arith.cmpi slt, %v151, %v4 : i64
      %v154 = arith.subi %v4, %v153 : i64
      %v155 = arith.minsi %v151, %v154 : i64
      %v156 = arith.remui %v155, %size_D : i64
      %v157 = arith.divui %v155, %size_D : i64
      %v158 = arith.remui %v157, %size_B : i64
      %v159 = arith.divui %v157, %size_B : i64
      %v411 = arith.muli %v156, %v410 : i64
      %v412 = llvm.getelementptr %in_log_dt[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v413 = llvm.load %v412 : !llvm.ptr -> f32
      %v415 = arith.mulf %v413, %v414 : f32
      %v416 = llvm.call_intrinsic "llvm.exp2.f32"(%v415) : (f32) -> f32
      %v419 = arith.muli %v156, %v418 : i64
      %v420 = llvm.getelementptr %in_A_log[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = llvm.load %v420 : !llvm.ptr -> f32
      %v422 = arith.mulf %v421, %v414 : f32
      %v423 = llvm.call_intrinsic "llvm.exp2.f32"(%v422) : (f32) -> f32
      %v424 = arith.negf %v423 : f32
      %v425 = arith.mulf %v416, %v424 : f32
      %v426 = arith.mulf %v425, %v414 : f32
      %v427 = llvm.call_intrinsic "llvm.exp2.f32"(%v426) : (f32) -> f32
      %v428 = arith.subf %v427, %v161 : f32
      %v429 = arith.divf %v428, %v424 : f32
      %v430 = arith.muli %v156, %v418 : i64
      %v431 = llvm.getelementptr %in_Bp[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v432 = llvm.load %v431 : !llvm.ptr -> f32
      %v433 = arith.mulf %v429, %v432 : f32
      %v458 = arith.muli %v156, %v418 : i64
      %v459 = arith.constant 1 : i64
      %v460 = arith.muli %v459, %v417 : i64
      %v461 = arith.addi %v458, %v460 : i64
      %v462 = llvm.getelementptr %in_A_log[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = llvm.load %v462 : !llvm.ptr -> f32
      %v464 = arith.mulf %v463, %v414 : f32
      %v465 = llvm.call_intrinsic "llvm.exp2.f32"(%v464) : (f32) -> f32
      %v466 = arith.negf %v465 : f32
      %v467 = arith.mulf %v416, %v466 : f32
      %v468 = arith.mulf %v467, %v414 : f32
      %v469 = llvm.call_intrinsic "llvm.exp2.f32"(%v468) : (f32) -> f32
      %v470 = arith.subf %v469, %v161 : f32
      %v471 = arith.divf %v470, %v466 : f32
      %v472 = arith.muli %v156, %v418 : i64
      %v473 = arith.constant 1 : i64
      %v474 = arith.muli %v473, %v417 : i64
      %v475 = arith.addi %v472, %v474 : i64
      %v476 = llvm.getelementptr %in_Bp[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v477 = llvm.load %v476 : !llvm.ptr -> f32
      %v478 = arith.mulf %v471, %v477 : f32
      %v493 = arith.muli %v156, %v418 : i64
      %v494 = arith.constant 2 : i64
      %v495 = arith.muli %v494, %v417 : i64
      %v496 = arith.addi %v493, %v495 : i64
      %v497 = llvm.getelementptr %in_A_log[%v496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v499 = arith.mulf %v498, %v414 : f32
      %v500 = llvm.call_intrinsic "llvm.exp2.f32"(%v499) : (f32) -> f32
      %v501 = arith.negf %v500 : f32
      %v502 = arith.mulf %v416, %v501 : f32
      %v503 = arith.mulf %v502, %v414 : f32
      %v504 = llvm.call_intrinsic "llvm.exp2.f32"(%v503) : (f32) -> f32
      %v505 = arith.subf %v504, %v161 : f32
      %v506 = arith.divf %v505, %v501 : f32
      %v507 = arith.muli %v156, %v418 : i64
      %v508 = arith.constant 2 : i64
      %v509 = arith.muli %v508, %v417 : i64
      %v510 = arith.addi %v507, %v509 : i64
      %v511 = llvm.getelementptr %in_Bp[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v512 = llvm.load %v511 : !llvm.ptr -> f32
      %v513 = arith.mulf %v506, %v512 : f32
      %v528 = arith.muli %v156, %v418 : i64
      %v529 = arith.constant 3 : i64
      %v530 = arith.muli %v529, %v417 : i64
      %v531 = arith.addi %v528, %v530 : i64
      %v532 = llvm.getelementptr %in_A_log[%v531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v533 = llvm.load %v532 : !llvm.ptr -> f32
      %v534 = arith.mulf %v533, %v414 : f32
      %v535 = llvm.call_intrinsic "llvm.exp2.f32"(%v534) : (f32) -> f32
      %v536 = arith.negf %v535 : f32
      %v537 = arith.mulf %v416, %v536 : f32
      %v538 = arith.mulf %v537, %v414 : f32
      %v539 = llvm.call_intrinsic "llvm.exp2.f32"(%v538) : (f32) -> f32
      %v540 = arith.subf %v539, %v161 : f32
      %v541 = arith.divf %v540, %v536 : f32
      %v542 = arith.muli %v156, %v418 : i64
      %v543 = arith.constant 3 : i64
      %v544 = arith.muli %v543, %v417 : i64
      %v545 = arith.addi %v542, %v544 : i64
      %v546 = llvm.getelementptr %in_Bp[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v547 = llvm.load %v546 : !llvm.ptr -> f32
      %v548 = arith.mulf %v541, %v547 : f32
      %v563 = arith.muli %v156, %v418 : i64
      %v564 = arith.constant 4 : i64
      %v565 = arith.muli %v564, %v417 : i64
      %v566 = arith.addi %v563, %v565 : i64
      %v567 = llvm.getelementptr %in_A_log[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v568 = llvm.load %v567 : !llvm.ptr -> f32
      %v569 = arith.mulf %v568, %v414 : f32
      %v570 = llvm.call_intrinsic "llvm.exp2.f32"(%v569) : (f32) -> f32
      %v571 = arith.negf %v570 : f32
      %v572 = arith.mulf %v416, %v571 : f32
      %v573 = arith.mulf %v572, %v414 : f32
      %v574 = llvm.call_intrinsic "llvm.exp2.f32"(%v573) : (f32) -> f32
      %v575 = arith.subf %v574, %v161 : f32
      %v576 = arith.divf %v575, %v571 : f32
      %v577 = arith.muli %v156, %v418 : i64
      %v578 = arith.constant 4 : i64
      %v579 = arith.muli %v578, %v417 : i64
      %v580 = arith.addi %v577, %v579 : i64
      %v581 = llvm.getelementptr %in_Bp[%v580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v582 = llvm.load %v581 : !llvm.ptr -> f32
      %v583 = arith.mulf %v576, %v582 : f32
      %v598 = arith.muli %v156, %v418 : i64
      %v599 = arith.constant 5 : i64
      %v600 = arith.muli %v599, %v417 : i64
      %v601 = arith.addi %v598, %v600 : i64
      %v602 = llvm.getelementptr %in_A_log[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v603 = llvm.load %v602 : !llvm.ptr -> f32
      %v604 = arith.mulf %v603, %v414 : f32
      %v605 = llvm.call_intrinsic "llvm.exp2.f32"(%v604) : (f32) -> f32
      %v606 = arith.negf %v605 : f32
      %v607 = arith.mulf %v416, %v606 : f32
      %v608 = arith.mulf %v607, %v414 : f32
      %v609 = llvm.call_intrinsic "llvm.exp2.f32"(%v608) : (f32) -> f32
      %v610 = arith.subf %v609, %v161 : f32
      %v611 = arith.divf %v610, %v606 : f32
      %v612 = arith.muli %v156, %v418 : i64
      %v613 = arith.constant 5 : i64
      %v614 = arith.muli %v613, %v417 : i64
      %v615 = arith.addi %v612, %v614 : i64
      %v616 = llvm.getelementptr %in_Bp[%v615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v617 = llvm.load %v616 : !llvm.ptr -> f32
      %v618 = arith.mulf %v611, %v617 : f32
      %v633 = arith.muli %v156, %v418 : i64
      %v634 = arith.constant 6 : i64
      %v635 = arith.muli %v634, %v417 : i64
      %v636 = arith.addi %v633, %v635 : i64
      %v637 = llvm.getelementptr %in_A_log[%v636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v638 = llvm.load %v637 : !llvm.ptr -> f32
      %v639 = arith.mulf %v638, %v414 : f32
      %v640 = llvm.call_intrinsic "llvm.exp2.f32"(%v639) : (f32) -> f32
      %v641 = arith.negf %v640 : f32
      %v642 = arith.mulf %v416, %v641 : f32
      %v643 = arith.mulf %v642, %v414 : f32
      %v644 = llvm.call_intrinsic "llvm.exp2.f32"(%v643) : (f32) -> f32
      %v645 = arith.subf %v644, %v161 : f32
      %v646 = arith.divf %v645, %v641 : f32
      %v647 = arith.muli %v156, %v418 : i64
      %v648 = arith.constant 6 : i64
      %v649 = arith.muli %v648, %v417 : i64
      %v650 = arith.addi %v647, %v649 : i64
      %v651 = llvm.getelementptr %in_Bp[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v652 = llvm.load %v651 : !llvm.ptr -> f32
      %v653 = arith.mulf %v646, %v652 : f32
      %v668 = arith.muli %v156, %v418 : i64
      %v669 = arith.constant 7 : i64
      %v670 = arith.muli %v669, %v417 : i64
      %v671 = arith.addi %v668, %v670 : i64
      %v672 = llvm.getelementptr %in_A_log[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v673 = llvm.load %v672 : !llvm.ptr -> f32
      %v674 = arith.mulf %v673, %v414 : f32
      %v675 = llvm.call_intrinsic "llvm.exp2.f32"(%v674) : (f32) -> f32
      %v676 = arith.negf %v675 : f32
      %v677 = arith.mulf %v416, %v676 : f32
      %v678 = arith.mulf %v677, %v414 : f32
      %v679 = llvm.call_intrinsic "llvm.exp2.f32"(%v678) : (f32) -> f32
      %v680 = arith.subf %v679, %v161 : f32
      %v681 = arith.divf %v680, %v676 : f32
      %v682 = arith.muli %v156, %v418 : i64
      %v683 = arith.constant 7 : i64
      %v684 = arith.muli %v683, %v417 : i64
      %v685 = arith.addi %v682, %v684 : i64
      %v686 = llvm.getelementptr %in_Bp[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v687 = llvm.load %v686 : !llvm.ptr -> f32
      %v688 = arith.mulf %v681, %v687 : f32
      %v703 = arith.muli %v156, %v418 : i64
      %v704 = arith.constant 8 : i64
      %v705 = arith.muli %v704, %v417 : i64
      %v706 = arith.addi %v703, %v705 : i64
      %v707 = llvm.getelementptr %in_A_log[%v706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v708 = llvm.load %v707 : !llvm.ptr -> f32
      %v709 = arith.mulf %v708, %v414 : f32
      %v710 = llvm.call_intrinsic "llvm.exp2.f32"(%v709) : (f32) -> f32
      %v711 = arith.negf %v710 : f32
      %v712 = arith.mulf %v416, %v711 : f32
      %v713 = arith.mulf %v712, %v414 : f32
      %v714 = llvm.call_intrinsic "llvm.exp2.f32"(%v713) : (f32) -> f32
      %v715 = arith.subf %v714, %v161 : f32
      %v716 = arith.divf %v715, %v711 : f32
      %v717 = arith.muli %v156, %v418 : i64
      %v718 = arith.constant 8 : i64
      %v719 = arith.muli %v718, %v417 : i64
      %v720 = arith.addi %v717, %v719 : i64
      %v721 = llvm.getelementptr %in_Bp[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v722 = llvm.load %v721 : !llvm.ptr -> f32
      %v723 = arith.mulf %v716, %v722 : f32
      %v738 = arith.muli %v156, %v418 : i64
      %v739 = arith.constant 9 : i64
      %v740 = arith.muli %v739, %v417 : i64
      %v741 = arith.addi %v738, %v740 : i64
      %v742 = llvm.getelementptr %in_A_log[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v743 = llvm.load %v742 : !llvm.ptr -> f32
      %v744 = arith.mulf %v743, %v414 : f32
      %v745 = llvm.call_intrinsic "llvm.exp2.f32"(%v744) : (f32) -> f32
      %v746 = arith.negf %v745 : f32
      %v747 = arith.mulf %v416, %v746 : f32
      %v748 = arith.mulf %v747, %v414 : f32
      %v749 = llvm.call_intrinsic "llvm.exp2.f32"(%v748) : (f32) -> f32
      %v750 = arith.subf %v749, %v161 : f32
      %v751 = arith.divf %v750, %v746 : f32
      %v752 = arith.muli %v156, %v418 : i64
      %v753 = arith.constant 9 : i64
      %v754 = arith.muli %v753, %v417 : i64
      %v755 = arith.addi %v752, %v754 : i64
      %v756 = llvm.getelementptr %in_Bp[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v757 = llvm.load %v756 : !llvm.ptr -> f32
      %v758 = arith.mulf %v751, %v757 : f32
      %v773 = arith.muli %v156, %v418 : i64
      %v774 = arith.constant 10 : i64
      %v775 = arith.muli %v774, %v417 : i64
      %v776 = arith.addi %v773, %v775 : i64
      %v777 = llvm.getelementptr %in_A_log[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v778 = llvm.load %v777 : !llvm.ptr -> f32
      %v779 = arith.mulf %v778, %v414 : f32
      %v780 = llvm.call_intrinsic "llvm.exp2.f32"(%v779) : (f32) -> f32
      %v781 = arith.negf %v780 : f32
      %v782 = arith.mulf %v416, %v781 : f32
      %v783 = arith.mulf %v782, %v414 : f32
      %v784 = llvm.call_intrinsic "llvm.exp2.f32"(%v783) : (f32) -> f32
      %v785 = arith.subf %v784, %v161 : f32
      %v786 = arith.divf %v785, %v781 : f32
      %v787 = arith.muli %v156, %v418 : i64
      %v788 = arith.constant 10 : i64
      %v789 = arith.muli %v788, %v417 : i64
      %v790 = arith.addi %v787, %v789 : i64
      %v791 = llvm.getelementptr %in_Bp[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v792 = llvm.load %v791 : !llvm.ptr -> f32
      %v793 = arith.mulf %v786, %v792 : f32
      %v808 = arith.muli %v156, %v418 : i64
      %v809 = arith.constant 11 : i64
      %v810 = arith.muli %v809, %v417 : i64
      %v811 = arith.addi %v808, %v810 : i64
      %v812 = llvm.getelementptr %in_A_log[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v813 = llvm.load %v812 : !llvm.ptr -> f32
      %v814 = arith.mulf %v813, %v414 : f32
      %v815 = llvm.call_intrinsic "llvm.exp2.f32"(%v814) : (f32) -> f32
      %v816 = arith.negf %v815 : f32
      %v817 = arith.mulf %v416, %v816 : f32
      %v818 = arith.mulf %v817, %v414 : f32
      %v819 = llvm.call_intrinsic "llvm.exp2.f32"(%v818) : (f32) -> f32
      %v820 = arith.subf %v819, %v161 : f32
      %v821 = arith.divf %v820, %v816 : f32
      %v822 = arith.muli %v156, %v418 : i64
      %v823 = arith.constant 11 : i64
      %v824 = arith.muli %v823, %v417 : i64
      %v825 = arith.addi %v822, %v824 : i64
      %v826 = llvm.getelementptr %in_Bp[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v827 = llvm.load %v826 : !llvm.ptr -> f32
      %v828 = arith.mulf %v821, %v827 : f32
      %v843 = arith.muli %v156, %v418 : i64
      %v844 = arith.constant 12 : i64
      %v845 = arith.muli %v844, %v417 : i64
      %v846 = arith.addi %v843, %v845 : i64
      %v847 = llvm.getelementptr %in_A_log[%v846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v848 = llvm.load %v847 : !llvm.ptr -> f32
      %v849 = arith.mulf %v848, %v414 : f32
      %v850 = llvm.call_intrinsic "llvm.exp2.f32"(%v849) : (f32) -> f32
      %v851 = arith.negf %v850 : f32
      %v852 = arith.mulf %v416, %v851 : f32
      %v853 = arith.mulf %v852, %v414 : f32
      %v854 = llvm.call_intrinsic "llvm.exp2.f32"(%v853) : (f32) -> f32
      %v855 = arith.subf %v854, %v161 : f32
      %v856 = arith.divf %v855, %v851 : f32
      %v857 = arith.muli %v156, %v418 : i64
      %v858 = arith.constant 12 : i64
      %v859 = arith.muli %v858, %v417 : i64
      %v860 = arith.addi %v857, %v859 : i64
      %v861 = llvm.getelementptr %in_Bp[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v862 = llvm.load %v861 : !llvm.ptr -> f32
      %v863 = arith.mulf %v856, %v862 : f32
      %v878 = arith.muli %v156, %v418 : i64
      %v879 = arith.constant 13 : i64
      %v880 = arith.muli %v879, %v417 : i64
      %v881 = arith.addi %v878, %v880 : i64
      %v882 = llvm.getelementptr %in_A_log[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v883 = llvm.load %v882 : !llvm.ptr -> f32
      %v884 = arith.mulf %v883, %v414 : f32
      %v885 = llvm.call_intrinsic "llvm.exp2.f32"(%v884) : (f32) -> f32
      %v886 = arith.negf %v885 : f32
      %v887 = arith.mulf %v416, %v886 : f32
      %v888 = arith.mulf %v887, %v414 : f32
      %v889 = llvm.call_intrinsic "llvm.exp2.f32"(%v888) : (f32) -> f32
      %v890 = arith.subf %v889, %v161 : f32
      %v891 = arith.divf %v890, %v886 : f32
      %v892 = arith.muli %v156, %v418 : i64
      %v893 = arith.constant 13 : i64
      %v894 = arith.muli %v893, %v417 : i64
      %v895 = arith.addi %v892, %v894 : i64
      %v896 = llvm.getelementptr %in_Bp[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v897 = llvm.load %v896 : !llvm.ptr -> f32
      %v898 = arith.mulf %v891, %v897 : f32
      %v913 = arith.muli %v156, %v418 : i64
      %v914 = arith.constant 14 : i64
      %v915 = arith.muli %v914, %v417 : i64
      %v916 = arith.addi %v913, %v915 : i64
      %v917 = llvm.getelementptr %in_A_log[%v916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v918 = llvm.load %v917 : !llvm.ptr -> f32
      %v919 = arith.mulf %v918, %v414 : f32
      %v920 = llvm.call_intrinsic "llvm.exp2.f32"(%v919) : (f32) -> f32
      %v921 = arith.negf %v920 : f32
      %v922 = arith.mulf %v416, %v921 : f32
      %v923 = arith.mulf %v922, %v414 : f32
      %v924 = llvm.call_intrinsic "llvm.exp2.f32"(%v923) : (f32) -> f32
      %v925 = arith.subf %v924, %v161 : f32
      %v926 = arith.divf %v925, %v921 : f32
      %v927 = arith.muli %v156, %v418 : i64
      %v928 = arith.constant 14 : i64
      %v929 = arith.muli %v928, %v417 : i64
      %v930 = arith.addi %v927, %v929 : i64
      %v931 = llvm.getelementptr %in_Bp[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v932 = llvm.load %v931 : !llvm.ptr -> f32
      %v933 = arith.mulf %v926, %v932 : f32
      %v948 = arith.muli %v156, %v418 : i64
      %v949 = arith.constant 15 : i64
      %v950 = arith.muli %v949, %v417 : i64
      %v951 = arith.addi %v948, %v950 : i64
      %v952 = llvm.getelementptr %in_A_log[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v953 = llvm.load %v952 : !llvm.ptr -> f32
      %v954 = arith.mulf %v953, %v414 : f32
      %v955 = llvm.call_intrinsic "llvm.exp2.f32"(%v954) : (f32) -> f32
      %v956 = arith.negf %v955 : f32
      %v957 = arith.mulf %v416, %v956 : f32
      %v958 = arith.mulf %v957, %v414 : f32
      %v959 = llvm.call_intrinsic "llvm.exp2.f32"(%v958) : (f32) -> f32
      %v960 = arith.subf %v959, %v161 : f32
      %v961 = arith.divf %v960, %v956 : f32
      %v962 = arith.muli %v156, %v418 : i64
      %v963 = arith.constant 15 : i64
      %v964 = arith.muli %v963, %v417 : i64
      %v965 = arith.addi %v962, %v964 : i64
      %v966 = llvm.getelementptr %in_Bp[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v967 = llvm.load %v966 : !llvm.ptr -> f32
      %v968 = arith.mulf %v961, %v967 : f32
      %v994 = arith.muli %v156, %v418 : i64
      %v995 = llvm.getelementptr %in_Cp[%v994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v996 = llvm.load %v995 : !llvm.ptr -> f32
      %v1009 = arith.muli %v156, %v418 : i64
      %v1010 = arith.constant 1 : i64
      %v1011 = arith.muli %v1010, %v417 : i64
      %v1012 = arith.addi %v1009, %v1011 : i64
      %v1013 = llvm.getelementptr %in_Cp[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
      %v1020 = arith.muli %v156, %v418 : i64
      %v1021 = arith.constant 2 : i64
      %v1022 = arith.muli %v1021, %v417 : i64
      %v1023 = arith.addi %v1020, %v1022 : i64
      %v1024 = llvm.getelementptr %in_Cp[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
      %v1031 = arith.muli %v156, %v418 : i64
      %v1032 = arith.constant 3 : i64
      %v1033 = arith.muli %v1032, %v417 : i64
      %v1034 = arith.addi %v1031, %v1033 : i64
      %v1035 = llvm.getelementptr %in_Cp[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
      %v1042 = arith.muli %v156, %v418 : i64
      %v1043 = arith.constant 4 : i64
      %v1044 = arith.muli %v1043, %v417 : i64
      %v1045 = arith.addi %v1042, %v1044 : i64
      %v1046 = llvm.getelementptr %in_Cp[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1047 = llvm.load %v1046 : !llvm.ptr -> f32
      %v1053 = arith.muli %v156, %v418 : i64
      %v1054 = arith.constant 5 : i64
      %v1055 = arith.muli %v1054, %v417 : i64
      %v1056 = arith.addi %v1053, %v1055 : i64
      %v1057 = llvm.getelementptr %in_Cp[%v1056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1058 = llvm.load %v1057 : !llvm.ptr -> f32
      %v1064 = arith.muli %v156, %v418 : i64
      %v1065 = arith.constant 6 : i64
      %v1066 = arith.muli %v1065, %v417 : i64
      %v1067 = arith.addi %v1064, %v1066 : i64
      %v1068 = llvm.getelementptr %in_Cp[%v1067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1069 = llvm.load %v1068 : !llvm.ptr -> f32
      %v1075 = arith.muli %v156, %v418 : i64
      %v1076 = arith.constant 7 : i64
      %v1077 = arith.muli %v1076, %v417 : i64
      %v1078 = arith.addi %v1075, %v1077 : i64
      %v1079 = llvm.getelementptr %in_Cp[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
      %v1086 = arith.muli %v156, %v418 : i64
      %v1087 = arith.constant 8 : i64
      %v1088 = arith.muli %v1087, %v417 : i64
      %v1089 = arith.addi %v1086, %v1088 : i64
      %v1090 = llvm.getelementptr %in_Cp[%v1089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
      %v1097 = arith.muli %v156, %v418 : i64
      %v1098 = arith.constant 9 : i64
      %v1099 = arith.muli %v1098, %v417 : i64
      %v1100 = arith.addi %v1097, %v1099 : i64
      %v1101 = llvm.getelementptr %in_Cp[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
      %v1108 = arith.muli %v156, %v418 : i64
      %v1109 = arith.constant 10 : i64
      %v1110 = arith.muli %v1109, %v417 : i64
      %v1111 = arith.addi %v1108, %v1110 : i64
      %v1112 = llvm.getelementptr %in_Cp[%v1111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1113 = llvm.load %v1112 : !llvm.ptr -> f32
      %v1119 = arith.muli %v156, %v418 : i64
      %v1120 = arith.constant 11 : i64
      %v1121 = arith.muli %v1120, %v417 : i64
      %v1122 = arith.addi %v1119, %v1121 : i64
      %v1123 = llvm.getelementptr %in_Cp[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1124 = llvm.load %v1123 : !llvm.ptr -> f32
      %v1130 = arith.muli %v156, %v418 : i64
      %v1131 = arith.constant 12 : i64
      %v1132 = arith.muli %v1131, %v417 : i64
      %v1133 = arith.addi %v1130, %v1132 : i64
      %v1134 = llvm.getelementptr %in_Cp[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
      %v1141 = arith.muli %v156, %v418 : i64
      %v1142 = arith.constant 13 : i64
      %v1143 = arith.muli %v1142, %v417 : i64
      %v1144 = arith.addi %v1141, %v1143 : i64
      %v1145 = llvm.getelementptr %in_Cp[%v1144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
      %v1152 = arith.muli %v156, %v418 : i64
      %v1153 = arith.constant 14 : i64
      %v1154 = arith.muli %v1153, %v417 : i64
      %v1155 = arith.addi %v1152, %v1154 : i64
      %v1156 = llvm.getelementptr %in_Cp[%v1155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1157 = llvm.load %v1156 : !llvm.ptr -> f32
      %v1163 = arith.muli %v156, %v418 : i64
      %v1164 = arith.constant 15 : i64
      %v1165 = arith.muli %v1164, %v417 : i64
      %v1166 = arith.addi %v1163, %v1165 : i64
      %v1167 = llvm.getelementptr %in_Cp[%v1166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
      %v1175 = arith.muli %v156, %v410 : i64
      %v1176 = llvm.getelementptr %in_Dskip[%v1175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1177 = llvm.load %v1176 : !llvm.ptr -> f32
      %v1785 = arith.divf %v429, %v424 : f32
      %v1802 = arith.divf %v471, %v466 : f32
      %v1819 = arith.divf %v506, %v501 : f32
      %v1836 = arith.divf %v541, %v536 : f32
      %v1853 = arith.divf %v576, %v571 : f32
      %v1870 = arith.divf %v611, %v606 : f32
      %v1887 = arith.divf %v646, %v641 : f32
      %v1904 = arith.divf %v681, %v676 : f32
      %v1921 = arith.divf %v716, %v711 : f32
      %v1938 = arith.divf %v751, %v746 : f32
      %v1955 = arith.divf %v786, %v781 : f32
      %v1972 = arith.divf %v821, %v816 : f32
      %v1989 = arith.divf %v856, %v851 : f32
      %v2006 = arith.divf %v891, %v886 : f32
      %v2023 = arith.divf %v926, %v921 : f32
      %v2040 = arith.divf %v961, %v956 : f32
      llvm.store %v160, %v57 : f32, !llvm.ptr
      llvm.store %v160, %v58 : f32, !llvm.ptr
      llvm.store %v160, %v59 : f32, !llvm.ptr
      llvm.store %v160, %v60 : f32, !llvm.ptr
      llvm.store %v160, %v61 : f32, !llvm.ptr
      llvm.store %v160, %v62 : f32, !llvm.ptr
      llvm.store %v160, %v63 : f32, !llvm.ptr
      llvm.store %v160, %v64 : f32, !llvm.ptr
      llvm.store %v160, %v65 : f32, !llvm.ptr
      llvm.store %v160, %v66 : f32, !llvm.ptr
      llvm.store %v160, %v67 : f32, !llvm.ptr
      llvm.store %v160, %v68 : f32, !llvm.ptr
      llvm.store %v160, %v69 : f32, !llvm.ptr
      llvm.store %v160, %v70 : f32, !llvm.ptr
      llvm.store %v160, %v71 : f32, !llvm.ptr
      llvm.store %v160, %v72 : f32, !llvm.ptr
      llvm.store %v161, %v74 : f32, !llvm.ptr
      llvm.store %v161, %v75 : f32, !llvm.ptr
      llvm.store %v161, %v76 : f32, !llvm.ptr
      llvm.store %v161, %v77 : f32, !llvm.ptr
      llvm.store %v161, %v78 : f32, !llvm.ptr
      llvm.store %v161, %v79 : f32, !llvm.ptr
      llvm.store %v161, %v80 : f32, !llvm.ptr
      llvm.store %v161, %v81 : f32, !llvm.ptr
      llvm.store %v161, %v82 : f32, !llvm.ptr
      llvm.store %v161, %v83 : f32, !llvm.ptr
      llvm.store %v161, %v84 : f32, !llvm.ptr
      llvm.store %v161, %v85 : f32, !llvm.ptr
      llvm.store %v161, %v86 : f32, !llvm.ptr
      llvm.store %v161, %v87 : f32, !llvm.ptr
      llvm.store %v161, %v88 : f32, !llvm.ptr
      llvm.store %v161, %v89 : f32, !llvm.ptr
      llvm.store %v160, %v91 : f32, !llvm.ptr
      llvm.store %v160, %v93 : f32, !llvm.ptr
      llvm.store %v160, %v94 : f32, !llvm.ptr
      llvm.store %v160, %v95 : f32, !llvm.ptr
      llvm.store %v160, %v96 : f32, !llvm.ptr
      llvm.store %v160, %v97 : f32, !llvm.ptr
      llvm.store %v160, %v98 : f32, !llvm.ptr
      llvm.store %v160, %v99 : f32, !llvm.ptr
      llvm.store %v160, %v100 : f32, !llvm.ptr
      llvm.store %v160, %v101 : f32, !llvm.ptr
      llvm.store %v160, %v102 : f32, !llvm.ptr
      llvm.store %v160, %v103 : f32, !llvm.ptr
      llvm.store %v160, %v104 : f32, !llvm.ptr
      llvm.store %v160, %v105 : f32, !llvm.ptr
      llvm.store %v160, %v106 : f32, !llvm.ptr
      llvm.store %v160, %v107 : f32, !llvm.ptr
      llvm.store %v160, %v108 : f32, !llvm.ptr
      llvm.store %v160, %v110 : f32, !llvm.ptr
      llvm.store %v160, %v111 : f32, !llvm.ptr
      llvm.store %v160, %v112 : f32, !llvm.ptr
      llvm.store %v160, %v113 : f32, !llvm.ptr
      llvm.store %v160, %v114 : f32, !llvm.ptr
      llvm.store %v160, %v115 : f32, !llvm.ptr
      llvm.store %v160, %v116 : f32, !llvm.ptr
      llvm.store %v160, %v117 : f32, !llvm.ptr
      llvm.store %v160, %v118 : f32, !llvm.ptr
      llvm.store %v160, %v119 : f32, !llvm.ptr
      llvm.store %v160, %v120 : f32, !llvm.ptr
      llvm.store %v160, %v121 : f32, !llvm.ptr
      llvm.store %v160, %v122 : f32, !llvm.ptr
      llvm.store %v160, %v123 : f32, !llvm.ptr
      llvm.store %v160, %v124 : f32, !llvm.ptr
      llvm.store %v160, %v125 : f32, !llvm.ptr
      llvm.store %v160, %v127 : f32, !llvm.ptr
      llvm.store %v160, %v128 : f32, !llvm.ptr
      llvm.store %v160, %v129 : f32, !llvm.ptr
      llvm.store %v160, %v130 : f32, !llvm.ptr
      llvm.store %v160, %v131 : f32, !llvm.ptr
      llvm.store %v160, %v132 : f32, !llvm.ptr
      llvm.store %v160, %v133 : f32, !llvm.ptr
      llvm.store %v160, %v134 : f32, !llvm.ptr
      llvm.store %v160, %v135 : f32, !llvm.ptr
      llvm.store %v160, %v136 : f32, !llvm.ptr
      llvm.store %v160, %v137 : f32, !llvm.ptr
      llvm.store %v160, %v138 : f32, !llvm.ptr
      llvm.store %v160, %v139 : f32, !llvm.ptr
      llvm.store %v160, %v140 : f32, !llvm.ptr
      llvm.store %v160, %v141 : f32, !llvm.ptr
      llvm.store %v160, %v142 : f32, !llvm.ptr
      llvm.store %v160, %v144 : f32, !llvm.ptr
      %v165 = arith.subi %v162, %v163 : i64
      %v166 = arith.addi %size_L, %v165 : i64
      %v167 = arith.divui %v166, %v162 : i64
      %v168 = arith.subi %size_L, %v163 : i64
      %v169 = arith.cmpi eq, %size_L, %v164 : i64
      scf.if %v169 {
        llvm.store %v160, %v40 : f32, !llvm.ptr
        llvm.store %v160, %v41 : f32, !llvm.ptr
        llvm.store %v160, %v42 : f32, !llvm.ptr
        llvm.store %v160, %v43 : f32, !llvm.ptr
        llvm.store %v160, %v44 : f32, !llvm.ptr
        llvm.store %v160, %v45 : f32, !llvm.ptr
        llvm.store %v160, %v46 : f32, !llvm.ptr
        llvm.store %v160, %v47 : f32, !llvm.ptr
        llvm.store %v160, %v48 : f32, !llvm.ptr
        llvm.store %v160, %v49 : f32, !llvm.ptr
        llvm.store %v160, %v50 : f32, !llvm.ptr
        llvm.store %v160, %v51 : f32, !llvm.ptr
        llvm.store %v160, %v52 : f32, !llvm.ptr
        llvm.store %v160, %v53 : f32, !llvm.ptr
        llvm.store %v160, %v54 : f32, !llvm.ptr
        llvm.store %v160, %v55 : f32, !llvm.ptr
      }
      %v170 = arith.index_cast %v164 : i64 to index
      %v171 = arith.index_cast %v167 : i64 to index
      %v172 = arith.index_cast %v163 : i64 to index
      scf.for %v173 = %v170 to %v171 step %v172 {
        %v174 = arith.index_cast %v173 : index to i64
        %v175 = arith.subi %v167, %v163 : i64
        %v176 = arith.subi %v175, %v174 : i64
        %v177 = arith.muli %v176, %v162 : i64
        %v178 = arith.subi %size_L, %v177 : i64
        %v179 = arith.minsi %v178, %v162 : i64
        %v184 = arith.muli %v176, %v183 : i64
        %v188 = arith.muli %v158, %v187 : i64
        %v189 = arith.muli %v156, %v186 : i64
        %v190 = arith.addi %v188, %v189 : i64
        %v191 = arith.addi %v184, %v190 : i64
        %v192 = llvm.getelementptr %ckpt_h[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v193 = llvm.load %v192 : !llvm.ptr -> f32
        llvm.store %v193, %v23 : f32, !llvm.ptr
        %v198 = arith.muli %v176, %v197 : i64
        %v199 = arith.muli %v158, %v187 : i64
        %v200 = arith.muli %v156, %v186 : i64
        %v201 = arith.addi %v199, %v200 : i64
        %v202 = arith.constant 1 : i64
        %v203 = arith.muli %v202, %v185 : i64
        %v204 = arith.addi %v201, %v203 : i64
        %v205 = arith.addi %v198, %v204 : i64
        %v206 = llvm.getelementptr %ckpt_h[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v207 = llvm.load %v206 : !llvm.ptr -> f32
        llvm.store %v207, %v24 : f32, !llvm.ptr
        %v212 = arith.muli %v176, %v211 : i64
        %v213 = arith.muli %v158, %v187 : i64
        %v214 = arith.muli %v156, %v186 : i64
        %v215 = arith.addi %v213, %v214 : i64
        %v216 = arith.constant 2 : i64
        %v217 = arith.muli %v216, %v185 : i64
        %v218 = arith.addi %v215, %v217 : i64
        %v219 = arith.addi %v212, %v218 : i64
        %v220 = llvm.getelementptr %ckpt_h[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v221 = llvm.load %v220 : !llvm.ptr -> f32
        llvm.store %v221, %v25 : f32, !llvm.ptr
        %v226 = arith.muli %v176, %v225 : i64
        %v227 = arith.muli %v158, %v187 : i64
        %v228 = arith.muli %v156, %v186 : i64
        %v229 = arith.addi %v227, %v228 : i64
        %v230 = arith.constant 3 : i64
        %v231 = arith.muli %v230, %v185 : i64
        %v232 = arith.addi %v229, %v231 : i64
        %v233 = arith.addi %v226, %v232 : i64
        %v234 = llvm.getelementptr %ckpt_h[%v233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v235 = llvm.load %v234 : !llvm.ptr -> f32
        llvm.store %v235, %v26 : f32, !llvm.ptr
        %v240 = arith.muli %v176, %v239 : i64
        %v241 = arith.muli %v158, %v187 : i64
        %v242 = arith.muli %v156, %v186 : i64
        %v243 = arith.addi %v241, %v242 : i64
        %v244 = arith.constant 4 : i64
        %v245 = arith.muli %v244, %v185 : i64
        %v246 = arith.addi %v243, %v245 : i64
        %v247 = arith.addi %v240, %v246 : i64
        %v248 = llvm.getelementptr %ckpt_h[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v249 = llvm.load %v248 : !llvm.ptr -> f32
        llvm.store %v249, %v27 : f32, !llvm.ptr
        %v254 = arith.muli %v176, %v253 : i64
        %v255 = arith.muli %v158, %v187 : i64
        %v256 = arith.muli %v156, %v186 : i64
        %v257 = arith.addi %v255, %v256 : i64
        %v258 = arith.constant 5 : i64
        %v259 = arith.muli %v258, %v185 : i64
        %v260 = arith.addi %v257, %v259 : i64
        %v261 = arith.addi %v254, %v260 : i64
        %v262 = llvm.getelementptr %ckpt_h[%v261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v263 = llvm.load %v262 : !llvm.ptr -> f32
        llvm.store %v263, %v28 : f32, !llvm.ptr
        %v268 = arith.muli %v176, %v267 : i64
        %v269 = arith.muli %v158, %v187 : i64
        %v270 = arith.muli %v156, %v186 : i64
        %v271 = arith.addi %v269, %v270 : i64
        %v272 = arith.constant 6 : i64
        %v273 = arith.muli %v272, %v185 : i64
        %v274 = arith.addi %v271, %v273 : i64
        %v275 = arith.addi %v268, %v274 : i64
        %v276 = llvm.getelementptr %ckpt_h[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v277 = llvm.load %v276 : !llvm.ptr -> f32
        llvm.store %v277, %v29 : f32, !llvm.ptr
        %v282 = arith.muli %v176, %v281 : i64
        %v283 = arith.muli %v158, %v187 : i64
        %v284 = arith.muli %v156, %v186 : i64
        %v285 = arith.addi %v283, %v284 : i64
        %v286 = arith.constant 7 : i64
        %v287 = arith.muli %v286, %v185 : i64
        %v288 = arith.addi %v285, %v287 : i64
        %v289 = arith.addi %v282, %v288 : i64
        %v290 = llvm.getelementptr %ckpt_h[%v289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v291 = llvm.load %v290 : !llvm.ptr -> f32
        llvm.store %v291, %v30 : f32, !llvm.ptr
        %v296 = arith.muli %v176, %v295 : i64
        %v297 = arith.muli %v158, %v187 : i64
        %v298 = arith.muli %v156, %v186 : i64
        %v299 = arith.addi %v297, %v298 : i64
        %v300 = arith.constant 8 : i64
        %v301 = arith.muli %v300, %v185 : i64
        %v302 = arith.addi %v299, %v301 : i64
        %v303 = arith.addi %v296, %v302 : i64
        %v304 = llvm.getelementptr %ckpt_h[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v305 = llvm.load %v304 : !llvm.ptr -> f32
        llvm.store %v305, %v31 : f32, !llvm.ptr
        %v310 = arith.muli %v176, %v309 : i64
        %v311 = arith.muli %v158, %v187 : i64
        %v312 = arith.muli %v156, %v186 : i64
        %v313 = arith.addi %v311, %v312 : i64
        %v314 = arith.constant 9 : i64
        %v315 = arith.muli %v314, %v185 : i64
        %v316 = arith.addi %v313, %v315 : i64
        %v317 = arith.addi %v310, %v316 : i64
        %v318 = llvm.getelementptr %ckpt_h[%v317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v319 = llvm.load %v318 : !llvm.ptr -> f32
        llvm.store %v319, %v32 : f32, !llvm.ptr
        %v324 = arith.muli %v176, %v323 : i64
        %v325 = arith.muli %v158, %v187 : i64
        %v326 = arith.muli %v156, %v186 : i64
        %v327 = arith.addi %v325, %v326 : i64
        %v328 = arith.constant 10 : i64
        %v329 = arith.muli %v328, %v185 : i64
        %v330 = arith.addi %v327, %v329 : i64
        %v331 = arith.addi %v324, %v330 : i64
        %v332 = llvm.getelementptr %ckpt_h[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v333 = llvm.load %v332 : !llvm.ptr -> f32
        llvm.store %v333, %v33 : f32, !llvm.ptr
        %v338 = arith.muli %v176, %v337 : i64
        %v339 = arith.muli %v158, %v187 : i64
        %v340 = arith.muli %v156, %v186 : i64
        %v341 = arith.addi %v339, %v340 : i64
        %v342 = arith.constant 11 : i64
        %v343 = arith.muli %v342, %v185 : i64
        %v344 = arith.addi %v341, %v343 : i64
        %v345 = arith.addi %v338, %v344 : i64
        %v346 = llvm.getelementptr %ckpt_h[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v347 = llvm.load %v346 : !llvm.ptr -> f32
        llvm.store %v347, %v34 : f32, !llvm.ptr
        %v352 = arith.muli %v176, %v351 : i64
        %v353 = arith.muli %v158, %v187 : i64
        %v354 = arith.muli %v156, %v186 : i64
        %v355 = arith.addi %v353, %v354 : i64
        %v356 = arith.constant 12 : i64
        %v357 = arith.muli %v356, %v185 : i64
        %v358 = arith.addi %v355, %v357 : i64
        %v359 = arith.addi %v352, %v358 : i64
        %v360 = llvm.getelementptr %ckpt_h[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v361 = llvm.load %v360 : !llvm.ptr -> f32
        llvm.store %v361, %v35 : f32, !llvm.ptr
        %v366 = arith.muli %v176, %v365 : i64
        %v367 = arith.muli %v158, %v187 : i64
        %v368 = arith.muli %v156, %v186 : i64
        %v369 = arith.addi %v367, %v368 : i64
        %v370 = arith.constant 13 : i64
        %v371 = arith.muli %v370, %v185 : i64
        %v372 = arith.addi %v369, %v371 : i64
        %v373 = arith.addi %v366, %v372 : i64
        %v374 = llvm.getelementptr %ckpt_h[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v375 = llvm.load %v374 : !llvm.ptr -> f32
        llvm.store %v375, %v36 : f32, !llvm.ptr
        %v380 = arith.muli %v176, %v379 : i64
        %v381 = arith.muli %v158, %v187 : i64
        %v382 = arith.muli %v156, %v186 : i64
        %v383 = arith.addi %v381, %v382 : i64
        %v384 = arith.constant 14 : i64
        %v385 = arith.muli %v384, %v185 : i64
        %v386 = arith.addi %v383, %v385 : i64
        %v387 = arith.addi %v380, %v386 : i64
        %v388 = llvm.getelementptr %ckpt_h[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v389 = llvm.load %v388 : !llvm.ptr -> f32
        llvm.store %v389, %v37 : f32, !llvm.ptr
        %v394 = arith.muli %v176, %v393 : i64
        %v395 = arith.muli %v158, %v187 : i64
        %v396 = arith.muli %v156, %v186 : i64
        %v397 = arith.addi %v395, %v396 : i64
        %v398 = arith.constant 15 : i64
        %v399 = arith.muli %v398, %v185 : i64
        %v400 = arith.addi %v397, %v399 : i64
        %v401 = arith.addi %v394, %v400 : i64
        %v402 = llvm.getelementptr %ckpt_h[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v403 = llvm.load %v402 : !llvm.ptr -> f32
        llvm.store %v403, %v38 : f32, !llvm.ptr
        %v404 = arith.index_cast %v164 : i64 to index
        %v405 = arith.index_cast %v179 : i64 to index
        %v406 = arith.index_cast %v163 : i64 to index
        scf.for %v407 = %v404 to %v405 step %v406 {
          %v408 = arith.index_cast %v407 : index to i64
          %v409 = arith.addi %v177, %v408 : i64
          %v437 = arith.muli %v158, %v436 : i64
          %v438 = arith.muli %v156, %v435 : i64
          %v439 = arith.addi %v437, %v438 : i64
          %v440 = arith.muli %v409, %v434 : i64
          %v441 = arith.addi %v439, %v440 : i64
          %v442 = llvm.getelementptr %in_u[%v441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v443 = llvm.load %v442 : !llvm.ptr -> f32
          %v444 = arith.mulf %v433, %v443 : f32
          %v445 = llvm.load %v23 : !llvm.ptr -> f32
          %v446 = arith.mulf %v427, %v445 : f32
          %v447 = arith.addf %v446, %v444 : f32
          scf.if %v152 {
            %v450 = arith.muli %v408, %v448 : i64
            %v451 = arith.addi %v450, %v449 : i64
            %v452 = arith.muli %v451, %v4 : i64
            %v454 = arith.subi %v4, %v453 : i64
            %v455 = arith.minsi %v151, %v454 : i64
            %v456 = arith.addi %v452, %v455 : i64
            %v457 = llvm.getelementptr %scratch_h[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v447, %v457 : f32, !llvm.ptr
          }
          llvm.store %v447, %v23 : f32, !llvm.ptr
          %v479 = arith.mulf %v478, %v443 : f32
          %v480 = llvm.load %v24 : !llvm.ptr -> f32
          %v481 = arith.mulf %v469, %v480 : f32
          %v482 = arith.addf %v481, %v479 : f32
          scf.if %v152 {
            %v485 = arith.muli %v408, %v483 : i64
            %v486 = arith.addi %v485, %v484 : i64
            %v487 = arith.muli %v486, %v4 : i64
            %v489 = arith.subi %v4, %v488 : i64
            %v490 = arith.minsi %v151, %v489 : i64
            %v491 = arith.addi %v487, %v490 : i64
            %v492 = llvm.getelementptr %scratch_h[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v482, %v492 : f32, !llvm.ptr
          }
          llvm.store %v482, %v24 : f32, !llvm.ptr
          %v514 = arith.mulf %v513, %v443 : f32
          %v515 = llvm.load %v25 : !llvm.ptr -> f32
          %v516 = arith.mulf %v504, %v515 : f32
          %v517 = arith.addf %v516, %v514 : f32
          scf.if %v152 {
            %v520 = arith.muli %v408, %v518 : i64
            %v521 = arith.addi %v520, %v519 : i64
            %v522 = arith.muli %v521, %v4 : i64
            %v524 = arith.subi %v4, %v523 : i64
            %v525 = arith.minsi %v151, %v524 : i64
            %v526 = arith.addi %v522, %v525 : i64
            %v527 = llvm.getelementptr %scratch_h[%v526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v517, %v527 : f32, !llvm.ptr
          }
          llvm.store %v517, %v25 : f32, !llvm.ptr
          %v549 = arith.mulf %v548, %v443 : f32
          %v550 = llvm.load %v26 : !llvm.ptr -> f32
          %v551 = arith.mulf %v539, %v550 : f32
          %v552 = arith.addf %v551, %v549 : f32
          scf.if %v152 {
            %v555 = arith.muli %v408, %v553 : i64
            %v556 = arith.addi %v555, %v554 : i64
            %v557 = arith.muli %v556, %v4 : i64
            %v559 = arith.subi %v4, %v558 : i64
            %v560 = arith.minsi %v151, %v559 : i64
            %v561 = arith.addi %v557, %v560 : i64
            %v562 = llvm.getelementptr %scratch_h[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v552, %v562 : f32, !llvm.ptr
          }
          llvm.store %v552, %v26 : f32, !llvm.ptr
          %v584 = arith.mulf %v583, %v443 : f32
          %v585 = llvm.load %v27 : !llvm.ptr -> f32
          %v586 = arith.mulf %v574, %v585 : f32
          %v587 = arith.addf %v586, %v584 : f32
          scf.if %v152 {
            %v590 = arith.muli %v408, %v588 : i64
            %v591 = arith.addi %v590, %v589 : i64
            %v592 = arith.muli %v591, %v4 : i64
            %v594 = arith.subi %v4, %v593 : i64
            %v595 = arith.minsi %v151, %v594 : i64
            %v596 = arith.addi %v592, %v595 : i64
            %v597 = llvm.getelementptr %scratch_h[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v587, %v597 : f32, !llvm.ptr
          }
          llvm.store %v587, %v27 : f32, !llvm.ptr
          %v619 = arith.mulf %v618, %v443 : f32
          %v620 = llvm.load %v28 : !llvm.ptr -> f32
          %v621 = arith.mulf %v609, %v620 : f32
          %v622 = arith.addf %v621, %v619 : f32
          scf.if %v152 {
            %v625 = arith.muli %v408, %v623 : i64
            %v626 = arith.addi %v625, %v624 : i64
            %v627 = arith.muli %v626, %v4 : i64
            %v629 = arith.subi %v4, %v628 : i64
            %v630 = arith.minsi %v151, %v629 : i64
            %v631 = arith.addi %v627, %v630 : i64
            %v632 = llvm.getelementptr %scratch_h[%v631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v622, %v632 : f32, !llvm.ptr
          }
          llvm.store %v622, %v28 : f32, !llvm.ptr
          %v654 = arith.mulf %v653, %v443 : f32
          %v655 = llvm.load %v29 : !llvm.ptr -> f32
          %v656 = arith.mulf %v644, %v655 : f32
          %v657 = arith.addf %v656, %v654 : f32
          scf.if %v152 {
            %v660 = arith.muli %v408, %v658 : i64
            %v661 = arith.addi %v660, %v659 : i64
            %v662 = arith.muli %v661, %v4 : i64
            %v664 = arith.subi %v4, %v663 : i64
            %v665 = arith.minsi %v151, %v664 : i64
            %v666 = arith.addi %v662, %v665 : i64
            %v667 = llvm.getelementptr %scratch_h[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v657, %v667 : f32, !llvm.ptr
          }
          llvm.store %v657, %v29 : f32, !llvm.ptr
          %v689 = arith.mulf %v688, %v443 : f32
          %v690 = llvm.load %v30 : !llvm.ptr -> f32
          %v691 = arith.mulf %v679, %v690 : f32
          %v692 = arith.addf %v691, %v689 : f32
          scf.if %v152 {
            %v695 = arith.muli %v408, %v693 : i64
            %v696 = arith.addi %v695, %v694 : i64
            %v697 = arith.muli %v696, %v4 : i64
            %v699 = arith.subi %v4, %v698 : i64
            %v700 = arith.minsi %v151, %v699 : i64
            %v701 = arith.addi %v697, %v700 : i64
            %v702 = llvm.getelementptr %scratch_h[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v692, %v702 : f32, !llvm.ptr
          }
          llvm.store %v692, %v30 : f32, !llvm.ptr
          %v724 = arith.mulf %v723, %v443 : f32
          %v725 = llvm.load %v31 : !llvm.ptr -> f32
          %v726 = arith.mulf %v714, %v725 : f32
          %v727 = arith.addf %v726, %v724 : f32
          scf.if %v152 {
            %v730 = arith.muli %v408, %v728 : i64
            %v731 = arith.addi %v730, %v729 : i64
            %v732 = arith.muli %v731, %v4 : i64
            %v734 = arith.subi %v4, %v733 : i64
            %v735 = arith.minsi %v151, %v734 : i64
            %v736 = arith.addi %v732, %v735 : i64
            %v737 = llvm.getelementptr %scratch_h[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v727, %v737 : f32, !llvm.ptr
          }
          llvm.store %v727, %v31 : f32, !llvm.ptr
          %v759 = arith.mulf %v758, %v443 : f32
          %v760 = llvm.load %v32 : !llvm.ptr -> f32
          %v761 = arith.mulf %v749, %v760 : f32
          %v762 = arith.addf %v761, %v759 : f32
          scf.if %v152 {
            %v765 = arith.muli %v408, %v763 : i64
            %v766 = arith.addi %v765, %v764 : i64
            %v767 = arith.muli %v766, %v4 : i64
            %v769 = arith.subi %v4, %v768 : i64
            %v770 = arith.minsi %v151, %v769 : i64
            %v771 = arith.addi %v767, %v770 : i64
            %v772 = llvm.getelementptr %scratch_h[%v771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v762, %v772 : f32, !llvm.ptr
          }
          llvm.store %v762, %v32 : f32, !llvm.ptr
          %v794 = arith.mulf %v793, %v443 : f32
          %v795 = llvm.load %v33 : !llvm.ptr -> f32
          %v796 = arith.mulf %v784, %v795 : f32
          %v797 = arith.addf %v796, %v794 : f32
          scf.if %v152 {
            %v800 = arith.muli %v408, %v798 : i64
            %v801 = arith.addi %v800, %v799 : i64
            %v802 = arith.muli %v801, %v4 : i64
            %v804 = arith.subi %v4, %v803 : i64
            %v805 = arith.minsi %v151, %v804 : i64
            %v806 = arith.addi %v802, %v805 : i64
            %v807 = llvm.getelementptr %scratch_h[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v797, %v807 : f32, !llvm.ptr
          }
          llvm.store %v797, %v33 : f32, !llvm.ptr
          %v829 = arith.mulf %v828, %v443 : f32
          %v830 = llvm.load %v34 : !llvm.ptr -> f32
          %v831 = arith.mulf %v819, %v830 : f32
          %v832 = arith.addf %v831, %v829 : f32
          scf.if %v152 {
            %v835 = arith.muli %v408, %v833 : i64
            %v836 = arith.addi %v835, %v834 : i64
            %v837 = arith.muli %v836, %v4 : i64
            %v839 = arith.subi %v4, %v838 : i64
            %v840 = arith.minsi %v151, %v839 : i64
            %v841 = arith.addi %v837, %v840 : i64
            %v842 = llvm.getelementptr %scratch_h[%v841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v832, %v842 : f32, !llvm.ptr
          }
          llvm.store %v832, %v34 : f32, !llvm.ptr
          %v864 = arith.mulf %v863, %v443 : f32
          %v865 = llvm.load %v35 : !llvm.ptr -> f32
          %v866 = arith.mulf %v854, %v865 : f32
          %v867 = arith.addf %v866, %v864 : f32
          scf.if %v152 {
            %v870 = arith.muli %v408, %v868 : i64
            %v871 = arith.addi %v870, %v869 : i64
            %v872 = arith.muli %v871, %v4 : i64
            %v874 = arith.subi %v4, %v873 : i64
            %v875 = arith.minsi %v151, %v874 : i64
            %v876 = arith.addi %v872, %v875 : i64
            %v877 = llvm.getelementptr %scratch_h[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v867, %v877 : f32, !llvm.ptr
          }
          llvm.store %v867, %v35 : f32, !llvm.ptr
          %v899 = arith.mulf %v898, %v443 : f32
          %v900 = llvm.load %v36 : !llvm.ptr -> f32
          %v901 = arith.mulf %v889, %v900 : f32
          %v902 = arith.addf %v901, %v899 : f32
          scf.if %v152 {
            %v905 = arith.muli %v408, %v903 : i64
            %v906 = arith.addi %v905, %v904 : i64
            %v907 = arith.muli %v906, %v4 : i64
            %v909 = arith.subi %v4, %v908 : i64
            %v910 = arith.minsi %v151, %v909 : i64
            %v911 = arith.addi %v907, %v910 : i64
            %v912 = llvm.getelementptr %scratch_h[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v902, %v912 : f32, !llvm.ptr
          }
          llvm.store %v902, %v36 : f32, !llvm.ptr
          %v934 = arith.mulf %v933, %v443 : f32
          %v935 = llvm.load %v37 : !llvm.ptr -> f32
          %v936 = arith.mulf %v924, %v935 : f32
          %v937 = arith.addf %v936, %v934 : f32
          scf.if %v152 {
            %v940 = arith.muli %v408, %v938 : i64
            %v941 = arith.addi %v940, %v939 : i64
            %v942 = arith.muli %v941, %v4 : i64
            %v944 = arith.subi %v4, %v943 : i64
            %v945 = arith.minsi %v151, %v944 : i64
            %v946 = arith.addi %v942, %v945 : i64
            %v947 = llvm.getelementptr %scratch_h[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v937, %v947 : f32, !llvm.ptr
          }
          llvm.store %v937, %v37 : f32, !llvm.ptr
          %v969 = arith.mulf %v968, %v443 : f32
          %v970 = llvm.load %v38 : !llvm.ptr -> f32
          %v971 = arith.mulf %v959, %v970 : f32
          %v972 = arith.addf %v971, %v969 : f32
          scf.if %v152 {
            %v975 = arith.muli %v408, %v973 : i64
            %v976 = arith.addi %v975, %v974 : i64
            %v977 = arith.muli %v976, %v4 : i64
            %v979 = arith.subi %v4, %v978 : i64
            %v980 = arith.minsi %v151, %v979 : i64
            %v981 = arith.addi %v977, %v980 : i64
            %v982 = llvm.getelementptr %scratch_h[%v981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v972, %v982 : f32, !llvm.ptr
          }
          llvm.store %v972, %v38 : f32, !llvm.ptr
        }
        %v983 = arith.index_cast %v164 : i64 to index
        %v984 = arith.index_cast %v179 : i64 to index
        %v985 = arith.index_cast %v163 : i64 to index
        scf.for %v986 = %v983 to %v984 step %v985 {
          %v987 = arith.index_cast %v986 : index to i64
          %v988 = arith.subi %v179, %v163 : i64
          %v989 = arith.subi %v988, %v987 : i64
          %v990 = arith.addi %v177, %v989 : i64
          %v991 = arith.cmpi eq, %v989, %v164 : i64
          %v992 = arith.subi %v989, %v163 : i64
          %v993 = arith.maxsi %v992, %v164 : i64
          %v997 = arith.muli %v158, %v436 : i64
          %v998 = arith.muli %v156, %v435 : i64
          %v999 = arith.addi %v997, %v998 : i64
          %v1000 = arith.muli %v990, %v434 : i64
          %v1001 = arith.addi %v999, %v1000 : i64
          %v1002 = llvm.getelementptr %dy_y[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1003 = llvm.load %v1002 : !llvm.ptr -> f32
          %v1004 = arith.mulf %v996, %v1003 : f32
          %v1005 = llvm.load %v57 : !llvm.ptr -> f32
          %v1006 = llvm.load %v74 : !llvm.ptr -> f32
          %v1007 = arith.mulf %v1006, %v1005 : f32
          %v1008 = arith.addf %v1004, %v1007 : f32
          llvm.store %v1008, %v57 : f32, !llvm.ptr
          %v1015 = arith.mulf %v1014, %v1003 : f32
          %v1016 = llvm.load %v58 : !llvm.ptr -> f32
          %v1017 = llvm.load %v75 : !llvm.ptr -> f32
          %v1018 = arith.mulf %v1017, %v1016 : f32
          %v1019 = arith.addf %v1015, %v1018 : f32
          llvm.store %v1019, %v58 : f32, !llvm.ptr
          %v1026 = arith.mulf %v1025, %v1003 : f32
          %v1027 = llvm.load %v59 : !llvm.ptr -> f32
          %v1028 = llvm.load %v76 : !llvm.ptr -> f32
          %v1029 = arith.mulf %v1028, %v1027 : f32
          %v1030 = arith.addf %v1026, %v1029 : f32
          llvm.store %v1030, %v59 : f32, !llvm.ptr
          %v1037 = arith.mulf %v1036, %v1003 : f32
          %v1038 = llvm.load %v60 : !llvm.ptr -> f32
          %v1039 = llvm.load %v77 : !llvm.ptr -> f32
          %v1040 = arith.mulf %v1039, %v1038 : f32
          %v1041 = arith.addf %v1037, %v1040 : f32
          llvm.store %v1041, %v60 : f32, !llvm.ptr
          %v1048 = arith.mulf %v1047, %v1003 : f32
          %v1049 = llvm.load %v61 : !llvm.ptr -> f32
          %v1050 = llvm.load %v78 : !llvm.ptr -> f32
          %v1051 = arith.mulf %v1050, %v1049 : f32
          %v1052 = arith.addf %v1048, %v1051 : f32
          llvm.store %v1052, %v61 : f32, !llvm.ptr
          %v1059 = arith.mulf %v1058, %v1003 : f32
          %v1060 = llvm.load %v62 : !llvm.ptr -> f32
          %v1061 = llvm.load %v79 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v1061, %v1060 : f32
          %v1063 = arith.addf %v1059, %v1062 : f32
          llvm.store %v1063, %v62 : f32, !llvm.ptr
          %v1070 = arith.mulf %v1069, %v1003 : f32
          %v1071 = llvm.load %v63 : !llvm.ptr -> f32
          %v1072 = llvm.load %v80 : !llvm.ptr -> f32
          %v1073 = arith.mulf %v1072, %v1071 : f32
          %v1074 = arith.addf %v1070, %v1073 : f32
          llvm.store %v1074, %v63 : f32, !llvm.ptr
          %v1081 = arith.mulf %v1080, %v1003 : f32
          %v1082 = llvm.load %v64 : !llvm.ptr -> f32
          %v1083 = llvm.load %v81 : !llvm.ptr -> f32
          %v1084 = arith.mulf %v1083, %v1082 : f32
          %v1085 = arith.addf %v1081, %v1084 : f32
          llvm.store %v1085, %v64 : f32, !llvm.ptr
          %v1092 = arith.mulf %v1091, %v1003 : f32
          %v1093 = llvm.load %v65 : !llvm.ptr -> f32
          %v1094 = llvm.load %v82 : !llvm.ptr -> f32
          %v1095 = arith.mulf %v1094, %v1093 : f32
          %v1096 = arith.addf %v1092, %v1095 : f32
          llvm.store %v1096, %v65 : f32, !llvm.ptr
          %v1103 = arith.mulf %v1102, %v1003 : f32
          %v1104 = llvm.load %v66 : !llvm.ptr -> f32
          %v1105 = llvm.load %v83 : !llvm.ptr -> f32
          %v1106 = arith.mulf %v1105, %v1104 : f32
          %v1107 = arith.addf %v1103, %v1106 : f32
          llvm.store %v1107, %v66 : f32, !llvm.ptr
          %v1114 = arith.mulf %v1113, %v1003 : f32
          %v1115 = llvm.load %v67 : !llvm.ptr -> f32
          %v1116 = llvm.load %v84 : !llvm.ptr -> f32
          %v1117 = arith.mulf %v1116, %v1115 : f32
          %v1118 = arith.addf %v1114, %v1117 : f32
          llvm.store %v1118, %v67 : f32, !llvm.ptr
          %v1125 = arith.mulf %v1124, %v1003 : f32
          %v1126 = llvm.load %v68 : !llvm.ptr -> f32
          %v1127 = llvm.load %v85 : !llvm.ptr -> f32
          %v1128 = arith.mulf %v1127, %v1126 : f32
          %v1129 = arith.addf %v1125, %v1128 : f32
          llvm.store %v1129, %v68 : f32, !llvm.ptr
          %v1136 = arith.mulf %v1135, %v1003 : f32
          %v1137 = llvm.load %v69 : !llvm.ptr -> f32
          %v1138 = llvm.load %v86 : !llvm.ptr -> f32
          %v1139 = arith.mulf %v1138, %v1137 : f32
          %v1140 = arith.addf %v1136, %v1139 : f32
          llvm.store %v1140, %v69 : f32, !llvm.ptr
          %v1147 = arith.mulf %v1146, %v1003 : f32
          %v1148 = llvm.load %v70 : !llvm.ptr -> f32
          %v1149 = llvm.load %v87 : !llvm.ptr -> f32
          %v1150 = arith.mulf %v1149, %v1148 : f32
          %v1151 = arith.addf %v1147, %v1150 : f32
          llvm.store %v1151, %v70 : f32, !llvm.ptr
          %v1158 = arith.mulf %v1157, %v1003 : f32
          %v1159 = llvm.load %v71 : !llvm.ptr -> f32
          %v1160 = llvm.load %v88 : !llvm.ptr -> f32
          %v1161 = arith.mulf %v1160, %v1159 : f32
          %v1162 = arith.addf %v1158, %v1161 : f32
          llvm.store %v1162, %v71 : f32, !llvm.ptr
          %v1169 = arith.mulf %v1168, %v1003 : f32
          %v1170 = llvm.load %v72 : !llvm.ptr -> f32
          %v1171 = llvm.load %v89 : !llvm.ptr -> f32
          %v1172 = arith.mulf %v1171, %v1170 : f32
          %v1173 = arith.addf %v1169, %v1172 : f32
          llvm.store %v1173, %v72 : f32, !llvm.ptr
          %v1174 = arith.cmpi eq, %v990, %v168 : i64
          scf.if %v1174 {
          }
          %v1178 = arith.mulf %v1177, %v1003 : f32
          %v1179 = llvm.load %v57 : !llvm.ptr -> f32
          %v1180 = arith.mulf %v433, %v1179 : f32
          %v1181 = llvm.load %v58 : !llvm.ptr -> f32
          %v1182 = arith.mulf %v478, %v1181 : f32
          %v1183 = arith.addf %v1180, %v1182 : f32
          %v1184 = llvm.load %v59 : !llvm.ptr -> f32
          %v1185 = arith.mulf %v513, %v1184 : f32
          %v1186 = arith.addf %v1183, %v1185 : f32
          %v1187 = llvm.load %v60 : !llvm.ptr -> f32
          %v1188 = arith.mulf %v548, %v1187 : f32
          %v1189 = arith.addf %v1186, %v1188 : f32
          %v1190 = llvm.load %v61 : !llvm.ptr -> f32
          %v1191 = arith.mulf %v583, %v1190 : f32
          %v1192 = arith.addf %v1189, %v1191 : f32
          %v1193 = llvm.load %v62 : !llvm.ptr -> f32
          %v1194 = arith.mulf %v618, %v1193 : f32
          %v1195 = arith.addf %v1192, %v1194 : f32
          %v1196 = llvm.load %v63 : !llvm.ptr -> f32
          %v1197 = arith.mulf %v653, %v1196 : f32
          %v1198 = arith.addf %v1195, %v1197 : f32
          %v1199 = llvm.load %v64 : !llvm.ptr -> f32
          %v1200 = arith.mulf %v688, %v1199 : f32
          %v1201 = arith.addf %v1198, %v1200 : f32
          %v1202 = llvm.load %v65 : !llvm.ptr -> f32
          %v1203 = arith.mulf %v723, %v1202 : f32
          %v1204 = arith.addf %v1201, %v1203 : f32
          %v1205 = llvm.load %v66 : !llvm.ptr -> f32
          %v1206 = arith.mulf %v758, %v1205 : f32
          %v1207 = arith.addf %v1204, %v1206 : f32
          %v1208 = llvm.load %v67 : !llvm.ptr -> f32
          %v1209 = arith.mulf %v793, %v1208 : f32
          %v1210 = arith.addf %v1207, %v1209 : f32
          %v1211 = llvm.load %v68 : !llvm.ptr -> f32
          %v1212 = arith.mulf %v828, %v1211 : f32
          %v1213 = arith.addf %v1210, %v1212 : f32
          %v1214 = llvm.load %v69 : !llvm.ptr -> f32
          %v1215 = arith.mulf %v863, %v1214 : f32
          %v1216 = arith.addf %v1213, %v1215 : f32
          %v1217 = llvm.load %v70 : !llvm.ptr -> f32
          %v1218 = arith.mulf %v898, %v1217 : f32
          %v1219 = arith.addf %v1216, %v1218 : f32
          %v1220 = llvm.load %v71 : !llvm.ptr -> f32
          %v1221 = arith.mulf %v933, %v1220 : f32
          %v1222 = arith.addf %v1219, %v1221 : f32
          %v1223 = llvm.load %v72 : !llvm.ptr -> f32
          %v1224 = arith.mulf %v968, %v1223 : f32
          %v1225 = arith.addf %v1222, %v1224 : f32
          %v1226 = arith.addf %v1178, %v1225 : f32
          scf.if %v152 {
            %v1227 = arith.muli %v158, %v436 : i64
            %v1228 = arith.muli %v156, %v435 : i64
            %v1229 = arith.addi %v1227, %v1228 : i64
            %v1230 = arith.muli %v990, %v434 : i64
            %v1231 = arith.addi %v1229, %v1230 : i64
            %v1232 = llvm.getelementptr %dx_u[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1226, %v1232 : f32, !llvm.ptr
          }
          %v1235 = arith.muli %v993, %v1233 : i64
          %v1236 = arith.addi %v1235, %v1234 : i64
          %v1237 = arith.muli %v1236, %v4 : i64
          %v1239 = arith.subi %v4, %v1238 : i64
          %v1240 = arith.minsi %v151, %v1239 : i64
          %v1241 = arith.addi %v1237, %v1240 : i64
          %v1242 = llvm.getelementptr %scratch_h[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
          %v1248 = arith.muli %v176, %v1247 : i64
          %v1249 = arith.muli %v158, %v187 : i64
          %v1250 = arith.muli %v156, %v186 : i64
          %v1251 = arith.addi %v1249, %v1250 : i64
          %v1252 = arith.addi %v1248, %v1251 : i64
          %v1253 = llvm.getelementptr %ckpt_h[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1254 = llvm.load %v1253 : !llvm.ptr -> f32
          %v1255 = arith.select %v991, %v1254, %v1243 : f32
          %v1256 = arith.mulf %v1255, %v1179 : f32
          %v1257 = arith.muli %v158, %v436 : i64
          %v1258 = arith.muli %v156, %v435 : i64
          %v1259 = arith.addi %v1257, %v1258 : i64
          %v1260 = arith.muli %v990, %v434 : i64
          %v1261 = arith.addi %v1259, %v1260 : i64
          %v1262 = llvm.getelementptr %in_u[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
          %v1264 = arith.mulf %v1263, %v1179 : f32
          %v1265 = arith.mulf %v432, %v1264 : f32
          %v1266 = arith.divf %v1265, %v424 : f32
          %v1267 = arith.addf %v1256, %v1266 : f32
          %v1268 = arith.mulf %v427, %v1267 : f32
          %v1269 = arith.mulf %v424, %v1268 : f32
          %v1272 = arith.muli %v993, %v1270 : i64
          %v1273 = arith.addi %v1272, %v1271 : i64
          %v1274 = arith.muli %v1273, %v4 : i64
          %v1276 = arith.subi %v4, %v1275 : i64
          %v1277 = arith.minsi %v151, %v1276 : i64
          %v1278 = arith.addi %v1274, %v1277 : i64
          %v1279 = llvm.getelementptr %scratch_h[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
          %v1285 = arith.muli %v176, %v1284 : i64
          %v1286 = arith.muli %v158, %v187 : i64
          %v1287 = arith.muli %v156, %v186 : i64
          %v1288 = arith.addi %v1286, %v1287 : i64
          %v1289 = arith.constant 1 : i64
          %v1290 = arith.muli %v1289, %v185 : i64
          %v1291 = arith.addi %v1288, %v1290 : i64
          %v1292 = arith.addi %v1285, %v1291 : i64
          %v1293 = llvm.getelementptr %ckpt_h[%v1292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
          %v1295 = arith.select %v991, %v1294, %v1280 : f32
          %v1296 = arith.mulf %v1295, %v1181 : f32
          %v1297 = arith.mulf %v1263, %v1181 : f32
          %v1298 = arith.mulf %v477, %v1297 : f32
          %v1299 = arith.divf %v1298, %v466 : f32
          %v1300 = arith.addf %v1296, %v1299 : f32
          %v1301 = arith.mulf %v469, %v1300 : f32
          %v1302 = arith.mulf %v466, %v1301 : f32
          %v1303 = arith.addf %v1269, %v1302 : f32
          %v1306 = arith.muli %v993, %v1304 : i64
          %v1307 = arith.addi %v1306, %v1305 : i64
          %v1308 = arith.muli %v1307, %v4 : i64
          %v1310 = arith.subi %v4, %v1309 : i64
          %v1311 = arith.minsi %v151, %v1310 : i64
          %v1312 = arith.addi %v1308, %v1311 : i64
          %v1313 = llvm.getelementptr %scratch_h[%v1312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1314 = llvm.load %v1313 : !llvm.ptr -> f32
          %v1319 = arith.muli %v176, %v1318 : i64
          %v1320 = arith.muli %v158, %v187 : i64
          %v1321 = arith.muli %v156, %v186 : i64
          %v1322 = arith.addi %v1320, %v1321 : i64
          %v1323 = arith.constant 2 : i64
          %v1324 = arith.muli %v1323, %v185 : i64
          %v1325 = arith.addi %v1322, %v1324 : i64
          %v1326 = arith.addi %v1319, %v1325 : i64
          %v1327 = llvm.getelementptr %ckpt_h[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1328 = llvm.load %v1327 : !llvm.ptr -> f32
          %v1329 = arith.select %v991, %v1328, %v1314 : f32
          %v1330 = arith.mulf %v1329, %v1184 : f32
          %v1331 = arith.mulf %v1263, %v1184 : f32
          %v1332 = arith.mulf %v512, %v1331 : f32
          %v1333 = arith.divf %v1332, %v501 : f32
          %v1334 = arith.addf %v1330, %v1333 : f32
          %v1335 = arith.mulf %v504, %v1334 : f32
          %v1336 = arith.mulf %v501, %v1335 : f32
          %v1337 = arith.addf %v1303, %v1336 : f32
          %v1340 = arith.muli %v993, %v1338 : i64
          %v1341 = arith.addi %v1340, %v1339 : i64
          %v1342 = arith.muli %v1341, %v4 : i64
          %v1344 = arith.subi %v4, %v1343 : i64
          %v1345 = arith.minsi %v151, %v1344 : i64
          %v1346 = arith.addi %v1342, %v1345 : i64
          %v1347 = llvm.getelementptr %scratch_h[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1348 = llvm.load %v1347 : !llvm.ptr -> f32
          %v1353 = arith.muli %v176, %v1352 : i64
          %v1354 = arith.muli %v158, %v187 : i64
          %v1355 = arith.muli %v156, %v186 : i64
          %v1356 = arith.addi %v1354, %v1355 : i64
          %v1357 = arith.constant 3 : i64
          %v1358 = arith.muli %v1357, %v185 : i64
          %v1359 = arith.addi %v1356, %v1358 : i64
          %v1360 = arith.addi %v1353, %v1359 : i64
          %v1361 = llvm.getelementptr %ckpt_h[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
          %v1363 = arith.select %v991, %v1362, %v1348 : f32
          %v1364 = arith.mulf %v1363, %v1187 : f32
          %v1365 = arith.mulf %v1263, %v1187 : f32
          %v1366 = arith.mulf %v547, %v1365 : f32
          %v1367 = arith.divf %v1366, %v536 : f32
          %v1368 = arith.addf %v1364, %v1367 : f32
          %v1369 = arith.mulf %v539, %v1368 : f32
          %v1370 = arith.mulf %v536, %v1369 : f32
          %v1371 = arith.addf %v1337, %v1370 : f32
          %v1374 = arith.muli %v993, %v1372 : i64
          %v1375 = arith.addi %v1374, %v1373 : i64
          %v1376 = arith.muli %v1375, %v4 : i64
          %v1378 = arith.subi %v4, %v1377 : i64
          %v1379 = arith.minsi %v151, %v1378 : i64
          %v1380 = arith.addi %v1376, %v1379 : i64
          %v1381 = llvm.getelementptr %scratch_h[%v1380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
          %v1387 = arith.muli %v176, %v1386 : i64
          %v1388 = arith.muli %v158, %v187 : i64
          %v1389 = arith.muli %v156, %v186 : i64
          %v1390 = arith.addi %v1388, %v1389 : i64
          %v1391 = arith.constant 4 : i64
          %v1392 = arith.muli %v1391, %v185 : i64
          %v1393 = arith.addi %v1390, %v1392 : i64
          %v1394 = arith.addi %v1387, %v1393 : i64
          %v1395 = llvm.getelementptr %ckpt_h[%v1394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
          %v1397 = arith.select %v991, %v1396, %v1382 : f32
          %v1398 = arith.mulf %v1397, %v1190 : f32
          %v1399 = arith.mulf %v1263, %v1190 : f32
          %v1400 = arith.mulf %v582, %v1399 : f32
          %v1401 = arith.divf %v1400, %v571 : f32
          %v1402 = arith.addf %v1398, %v1401 : f32
          %v1403 = arith.mulf %v574, %v1402 : f32
          %v1404 = arith.mulf %v571, %v1403 : f32
          %v1405 = arith.addf %v1371, %v1404 : f32
          %v1408 = arith.muli %v993, %v1406 : i64
          %v1409 = arith.addi %v1408, %v1407 : i64
          %v1410 = arith.muli %v1409, %v4 : i64
          %v1412 = arith.subi %v4, %v1411 : i64
          %v1413 = arith.minsi %v151, %v1412 : i64
          %v1414 = arith.addi %v1410, %v1413 : i64
          %v1415 = llvm.getelementptr %scratch_h[%v1414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1416 = llvm.load %v1415 : !llvm.ptr -> f32
          %v1421 = arith.muli %v176, %v1420 : i64
          %v1422 = arith.muli %v158, %v187 : i64
          %v1423 = arith.muli %v156, %v186 : i64
          %v1424 = arith.addi %v1422, %v1423 : i64
          %v1425 = arith.constant 5 : i64
          %v1426 = arith.muli %v1425, %v185 : i64
          %v1427 = arith.addi %v1424, %v1426 : i64
          %v1428 = arith.addi %v1421, %v1427 : i64
          %v1429 = llvm.getelementptr %ckpt_h[%v1428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
          %v1431 = arith.select %v991, %v1430, %v1416 : f32
          %v1432 = arith.mulf %v1431, %v1193 : f32
          %v1433 = arith.mulf %v1263, %v1193 : f32
          %v1434 = arith.mulf %v617, %v1433 : f32
          %v1435 = arith.divf %v1434, %v606 : f32
          %v1436 = arith.addf %v1432, %v1435 : f32
          %v1437 = arith.mulf %v609, %v1436 : f32
          %v1438 = arith.mulf %v606, %v1437 : f32
          %v1439 = arith.addf %v1405, %v1438 : f32
          %v1442 = arith.muli %v993, %v1440 : i64
          %v1443 = arith.addi %v1442, %v1441 : i64
          %v1444 = arith.muli %v1443, %v4 : i64
          %v1446 = arith.subi %v4, %v1445 : i64
          %v1447 = arith.minsi %v151, %v1446 : i64
          %v1448 = arith.addi %v1444, %v1447 : i64
          %v1449 = llvm.getelementptr %scratch_h[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
          %v1455 = arith.muli %v176, %v1454 : i64
          %v1456 = arith.muli %v158, %v187 : i64
          %v1457 = arith.muli %v156, %v186 : i64
          %v1458 = arith.addi %v1456, %v1457 : i64
          %v1459 = arith.constant 6 : i64
          %v1460 = arith.muli %v1459, %v185 : i64
          %v1461 = arith.addi %v1458, %v1460 : i64
          %v1462 = arith.addi %v1455, %v1461 : i64
          %v1463 = llvm.getelementptr %ckpt_h[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1464 = llvm.load %v1463 : !llvm.ptr -> f32
          %v1465 = arith.select %v991, %v1464, %v1450 : f32
          %v1466 = arith.mulf %v1465, %v1196 : f32
          %v1467 = arith.mulf %v1263, %v1196 : f32
          %v1468 = arith.mulf %v652, %v1467 : f32
          %v1469 = arith.divf %v1468, %v641 : f32
          %v1470 = arith.addf %v1466, %v1469 : f32
          %v1471 = arith.mulf %v644, %v1470 : f32
          %v1472 = arith.mulf %v641, %v1471 : f32
          %v1473 = arith.addf %v1439, %v1472 : f32
          %v1476 = arith.muli %v993, %v1474 : i64
          %v1477 = arith.addi %v1476, %v1475 : i64
          %v1478 = arith.muli %v1477, %v4 : i64
          %v1480 = arith.subi %v4, %v1479 : i64
          %v1481 = arith.minsi %v151, %v1480 : i64
          %v1482 = arith.addi %v1478, %v1481 : i64
          %v1483 = llvm.getelementptr %scratch_h[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
          %v1489 = arith.muli %v176, %v1488 : i64
          %v1490 = arith.muli %v158, %v187 : i64
          %v1491 = arith.muli %v156, %v186 : i64
          %v1492 = arith.addi %v1490, %v1491 : i64
          %v1493 = arith.constant 7 : i64
          %v1494 = arith.muli %v1493, %v185 : i64
          %v1495 = arith.addi %v1492, %v1494 : i64
          %v1496 = arith.addi %v1489, %v1495 : i64
          %v1497 = llvm.getelementptr %ckpt_h[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1498 = llvm.load %v1497 : !llvm.ptr -> f32
          %v1499 = arith.select %v991, %v1498, %v1484 : f32
          %v1500 = arith.mulf %v1499, %v1199 : f32
          %v1501 = arith.mulf %v1263, %v1199 : f32
          %v1502 = arith.mulf %v687, %v1501 : f32
          %v1503 = arith.divf %v1502, %v676 : f32
          %v1504 = arith.addf %v1500, %v1503 : f32
          %v1505 = arith.mulf %v679, %v1504 : f32
          %v1506 = arith.mulf %v676, %v1505 : f32
          %v1507 = arith.addf %v1473, %v1506 : f32
          %v1510 = arith.muli %v993, %v1508 : i64
          %v1511 = arith.addi %v1510, %v1509 : i64
          %v1512 = arith.muli %v1511, %v4 : i64
          %v1514 = arith.subi %v4, %v1513 : i64
          %v1515 = arith.minsi %v151, %v1514 : i64
          %v1516 = arith.addi %v1512, %v1515 : i64
          %v1517 = llvm.getelementptr %scratch_h[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
          %v1523 = arith.muli %v176, %v1522 : i64
          %v1524 = arith.muli %v158, %v187 : i64
          %v1525 = arith.muli %v156, %v186 : i64
          %v1526 = arith.addi %v1524, %v1525 : i64
          %v1527 = arith.constant 8 : i64
          %v1528 = arith.muli %v1527, %v185 : i64
          %v1529 = arith.addi %v1526, %v1528 : i64
          %v1530 = arith.addi %v1523, %v1529 : i64
          %v1531 = llvm.getelementptr %ckpt_h[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
          %v1533 = arith.select %v991, %v1532, %v1518 : f32
          %v1534 = arith.mulf %v1533, %v1202 : f32
          %v1535 = arith.mulf %v1263, %v1202 : f32
          %v1536 = arith.mulf %v722, %v1535 : f32
          %v1537 = arith.divf %v1536, %v711 : f32
          %v1538 = arith.addf %v1534, %v1537 : f32
          %v1539 = arith.mulf %v714, %v1538 : f32
          %v1540 = arith.mulf %v711, %v1539 : f32
          %v1541 = arith.addf %v1507, %v1540 : f32
          %v1544 = arith.muli %v993, %v1542 : i64
          %v1545 = arith.addi %v1544, %v1543 : i64
          %v1546 = arith.muli %v1545, %v4 : i64
          %v1548 = arith.subi %v4, %v1547 : i64
          %v1549 = arith.minsi %v151, %v1548 : i64
          %v1550 = arith.addi %v1546, %v1549 : i64
          %v1551 = llvm.getelementptr %scratch_h[%v1550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
          %v1557 = arith.muli %v176, %v1556 : i64
          %v1558 = arith.muli %v158, %v187 : i64
          %v1559 = arith.muli %v156, %v186 : i64
          %v1560 = arith.addi %v1558, %v1559 : i64
          %v1561 = arith.constant 9 : i64
          %v1562 = arith.muli %v1561, %v185 : i64
          %v1563 = arith.addi %v1560, %v1562 : i64
          %v1564 = arith.addi %v1557, %v1563 : i64
          %v1565 = llvm.getelementptr %ckpt_h[%v1564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1566 = llvm.load %v1565 : !llvm.ptr -> f32
          %v1567 = arith.select %v991, %v1566, %v1552 : f32
          %v1568 = arith.mulf %v1567, %v1205 : f32
          %v1569 = arith.mulf %v1263, %v1205 : f32
          %v1570 = arith.mulf %v757, %v1569 : f32
          %v1571 = arith.divf %v1570, %v746 : f32
          %v1572 = arith.addf %v1568, %v1571 : f32
          %v1573 = arith.mulf %v749, %v1572 : f32
          %v1574 = arith.mulf %v746, %v1573 : f32
          %v1575 = arith.addf %v1541, %v1574 : f32
          %v1578 = arith.muli %v993, %v1576 : i64
          %v1579 = arith.addi %v1578, %v1577 : i64
          %v1580 = arith.muli %v1579, %v4 : i64
          %v1582 = arith.subi %v4, %v1581 : i64
          %v1583 = arith.minsi %v151, %v1582 : i64
          %v1584 = arith.addi %v1580, %v1583 : i64
          %v1585 = llvm.getelementptr %scratch_h[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1586 = llvm.load %v1585 : !llvm.ptr -> f32
          %v1591 = arith.muli %v176, %v1590 : i64
          %v1592 = arith.muli %v158, %v187 : i64
          %v1593 = arith.muli %v156, %v186 : i64
          %v1594 = arith.addi %v1592, %v1593 : i64
          %v1595 = arith.constant 10 : i64
          %v1596 = arith.muli %v1595, %v185 : i64
          %v1597 = arith.addi %v1594, %v1596 : i64
          %v1598 = arith.addi %v1591, %v1597 : i64
          %v1599 = llvm.getelementptr %ckpt_h[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1600 = llvm.load %v1599 : !llvm.ptr -> f32
          %v1601 = arith.select %v991, %v1600, %v1586 : f32
          %v1602 = arith.mulf %v1601, %v1208 : f32
          %v1603 = arith.mulf %v1263, %v1208 : f32
          %v1604 = arith.mulf %v792, %v1603 : f32
          %v1605 = arith.divf %v1604, %v781 : f32
          %v1606 = arith.addf %v1602, %v1605 : f32
          %v1607 = arith.mulf %v784, %v1606 : f32
          %v1608 = arith.mulf %v781, %v1607 : f32
          %v1609 = arith.addf %v1575, %v1608 : f32
          %v1612 = arith.muli %v993, %v1610 : i64
          %v1613 = arith.addi %v1612, %v1611 : i64
          %v1614 = arith.muli %v1613, %v4 : i64
          %v1616 = arith.subi %v4, %v1615 : i64
          %v1617 = arith.minsi %v151, %v1616 : i64
          %v1618 = arith.addi %v1614, %v1617 : i64
          %v1619 = llvm.getelementptr %scratch_h[%v1618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
          %v1625 = arith.muli %v176, %v1624 : i64
          %v1626 = arith.muli %v158, %v187 : i64
          %v1627 = arith.muli %v156, %v186 : i64
          %v1628 = arith.addi %v1626, %v1627 : i64
          %v1629 = arith.constant 11 : i64
          %v1630 = arith.muli %v1629, %v185 : i64
          %v1631 = arith.addi %v1628, %v1630 : i64
          %v1632 = arith.addi %v1625, %v1631 : i64
          %v1633 = llvm.getelementptr %ckpt_h[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1634 = llvm.load %v1633 : !llvm.ptr -> f32
          %v1635 = arith.select %v991, %v1634, %v1620 : f32
          %v1636 = arith.mulf %v1635, %v1211 : f32
          %v1637 = arith.mulf %v1263, %v1211 : f32
          %v1638 = arith.mulf %v827, %v1637 : f32
          %v1639 = arith.divf %v1638, %v816 : f32
          %v1640 = arith.addf %v1636, %v1639 : f32
          %v1641 = arith.mulf %v819, %v1640 : f32
          %v1642 = arith.mulf %v816, %v1641 : f32
          %v1643 = arith.addf %v1609, %v1642 : f32
          %v1646 = arith.muli %v993, %v1644 : i64
          %v1647 = arith.addi %v1646, %v1645 : i64
          %v1648 = arith.muli %v1647, %v4 : i64
          %v1650 = arith.subi %v4, %v1649 : i64
          %v1651 = arith.minsi %v151, %v1650 : i64
          %v1652 = arith.addi %v1648, %v1651 : i64
          %v1653 = llvm.getelementptr %scratch_h[%v1652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1654 = llvm.load %v1653 : !llvm.ptr -> f32
          %v1659 = arith.muli %v176, %v1658 : i64
          %v1660 = arith.muli %v158, %v187 : i64
          %v1661 = arith.muli %v156, %v186 : i64
          %v1662 = arith.addi %v1660, %v1661 : i64
          %v1663 = arith.constant 12 : i64
          %v1664 = arith.muli %v1663, %v185 : i64
          %v1665 = arith.addi %v1662, %v1664 : i64
          %v1666 = arith.addi %v1659, %v1665 : i64
          %v1667 = llvm.getelementptr %ckpt_h[%v1666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1668 = llvm.load %v1667 : !llvm.ptr -> f32
          %v1669 = arith.select %v991, %v1668, %v1654 : f32
          %v1670 = arith.mulf %v1669, %v1214 : f32
          %v1671 = arith.mulf %v1263, %v1214 : f32
          %v1672 = arith.mulf %v862, %v1671 : f32
          %v1673 = arith.divf %v1672, %v851 : f32
          %v1674 = arith.addf %v1670, %v1673 : f32
          %v1675 = arith.mulf %v854, %v1674 : f32
          %v1676 = arith.mulf %v851, %v1675 : f32
          %v1677 = arith.addf %v1643, %v1676 : f32
          %v1680 = arith.muli %v993, %v1678 : i64
          %v1681 = arith.addi %v1680, %v1679 : i64
          %v1682 = arith.muli %v1681, %v4 : i64
          %v1684 = arith.subi %v4, %v1683 : i64
          %v1685 = arith.minsi %v151, %v1684 : i64
          %v1686 = arith.addi %v1682, %v1685 : i64
          %v1687 = llvm.getelementptr %scratch_h[%v1686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1688 = llvm.load %v1687 : !llvm.ptr -> f32
          %v1693 = arith.muli %v176, %v1692 : i64
          %v1694 = arith.muli %v158, %v187 : i64
          %v1695 = arith.muli %v156, %v186 : i64
          %v1696 = arith.addi %v1694, %v1695 : i64
          %v1697 = arith.constant 13 : i64
          %v1698 = arith.muli %v1697, %v185 : i64
          %v1699 = arith.addi %v1696, %v1698 : i64
          %v1700 = arith.addi %v1693, %v1699 : i64
          %v1701 = llvm.getelementptr %ckpt_h[%v1700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
          %v1703 = arith.select %v991, %v1702, %v1688 : f32
          %v1704 = arith.mulf %v1703, %v1217 : f32
          %v1705 = arith.mulf %v1263, %v1217 : f32
          %v1706 = arith.mulf %v897, %v1705 : f32
          %v1707 = arith.divf %v1706, %v886 : f32
          %v1708 = arith.addf %v1704, %v1707 : f32
          %v1709 = arith.mulf %v889, %v1708 : f32
          %v1710 = arith.mulf %v886, %v1709 : f32
          %v1711 = arith.addf %v1677, %v1710 : f32
          %v1714 = arith.muli %v993, %v1712 : i64
          %v1715 = arith.addi %v1714, %v1713 : i64
          %v1716 = arith.muli %v1715, %v4 : i64
          %v1718 = arith.subi %v4, %v1717 : i64
          %v1719 = arith.minsi %v151, %v1718 : i64
          %v1720 = arith.addi %v1716, %v1719 : i64
          %v1721 = llvm.getelementptr %scratch_h[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
          %v1727 = arith.muli %v176, %v1726 : i64
          %v1728 = arith.muli %v158, %v187 : i64
          %v1729 = arith.muli %v156, %v186 : i64
          %v1730 = arith.addi %v1728, %v1729 : i64
          %v1731 = arith.constant 14 : i64
          %v1732 = arith.muli %v1731, %v185 : i64
          %v1733 = arith.addi %v1730, %v1732 : i64
          %v1734 = arith.addi %v1727, %v1733 : i64
          %v1735 = llvm.getelementptr %ckpt_h[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
          %v1737 = arith.select %v991, %v1736, %v1722 : f32
          %v1738 = arith.mulf %v1737, %v1220 : f32
          %v1739 = arith.mulf %v1263, %v1220 : f32
          %v1740 = arith.mulf %v932, %v1739 : f32
          %v1741 = arith.divf %v1740, %v921 : f32
          %v1742 = arith.addf %v1738, %v1741 : f32
          %v1743 = arith.mulf %v924, %v1742 : f32
          %v1744 = arith.mulf %v921, %v1743 : f32
          %v1745 = arith.addf %v1711, %v1744 : f32
          %v1748 = arith.muli %v993, %v1746 : i64
          %v1749 = arith.addi %v1748, %v1747 : i64
          %v1750 = arith.muli %v1749, %v4 : i64
          %v1752 = arith.subi %v4, %v1751 : i64
          %v1753 = arith.minsi %v151, %v1752 : i64
          %v1754 = arith.addi %v1750, %v1753 : i64
          %v1755 = llvm.getelementptr %scratch_h[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1756 = llvm.load %v1755 : !llvm.ptr -> f32
          %v1761 = arith.muli %v176, %v1760 : i64
          %v1762 = arith.muli %v158, %v187 : i64
          %v1763 = arith.muli %v156, %v186 : i64
          %v1764 = arith.addi %v1762, %v1763 : i64
          %v1765 = arith.constant 15 : i64
          %v1766 = arith.muli %v1765, %v185 : i64
          %v1767 = arith.addi %v1764, %v1766 : i64
          %v1768 = arith.addi %v1761, %v1767 : i64
          %v1769 = llvm.getelementptr %ckpt_h[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
          %v1771 = arith.select %v991, %v1770, %v1756 : f32
          %v1772 = arith.mulf %v1771, %v1223 : f32
          %v1773 = arith.mulf %v1263, %v1223 : f32
          %v1774 = arith.mulf %v967, %v1773 : f32
          %v1775 = arith.divf %v1774, %v956 : f32
          %v1776 = arith.addf %v1772, %v1775 : f32
          %v1777 = arith.mulf %v959, %v1776 : f32
          %v1778 = arith.mulf %v956, %v1777 : f32
          %v1779 = arith.addf %v1745, %v1778 : f32
          %v1780 = arith.mulf %v416, %v1779 : f32
          %v1781 = llvm.load %v91 : !llvm.ptr -> f32
          %v1782 = arith.addf %v1781, %v1780 : f32
          llvm.store %v1782, %v91 : f32, !llvm.ptr
          %v1783 = arith.mulf %v1263, %v1179 : f32
          %v1784 = arith.mulf %v432, %v1783 : f32
          %v1786 = arith.mulf %v1784, %v1785 : f32
          %v1787 = arith.negf %v1786 : f32
          %v1788 = arith.mulf %v1255, %v1179 : f32
          %v1789 = arith.mulf %v1263, %v1179 : f32
          %v1790 = arith.mulf %v432, %v1789 : f32
          %v1791 = arith.divf %v1790, %v424 : f32
          %v1792 = arith.addf %v1788, %v1791 : f32
          %v1793 = arith.mulf %v427, %v1792 : f32
          %v1794 = arith.mulf %v416, %v1793 : f32
          %v1795 = arith.addf %v1787, %v1794 : f32
          %v1796 = arith.negf %v1795 : f32
          %v1797 = arith.mulf %v423, %v1796 : f32
          %v1798 = llvm.load %v93 : !llvm.ptr -> f32
          %v1799 = arith.addf %v1798, %v1797 : f32
          llvm.store %v1799, %v93 : f32, !llvm.ptr
          %v1800 = arith.mulf %v1263, %v1181 : f32
          %v1801 = arith.mulf %v477, %v1800 : f32
          %v1803 = arith.mulf %v1801, %v1802 : f32
          %v1804 = arith.negf %v1803 : f32
          %v1805 = arith.mulf %v1295, %v1181 : f32
          %v1806 = arith.mulf %v1263, %v1181 : f32
          %v1807 = arith.mulf %v477, %v1806 : f32
          %v1808 = arith.divf %v1807, %v466 : f32
          %v1809 = arith.addf %v1805, %v1808 : f32
          %v1810 = arith.mulf %v469, %v1809 : f32
          %v1811 = arith.mulf %v416, %v1810 : f32
          %v1812 = arith.addf %v1804, %v1811 : f32
          %v1813 = arith.negf %v1812 : f32
          %v1814 = arith.mulf %v465, %v1813 : f32
          %v1815 = llvm.load %v94 : !llvm.ptr -> f32
          %v1816 = arith.addf %v1815, %v1814 : f32
          llvm.store %v1816, %v94 : f32, !llvm.ptr
          %v1817 = arith.mulf %v1263, %v1184 : f32
          %v1818 = arith.mulf %v512, %v1817 : f32
          %v1820 = arith.mulf %v1818, %v1819 : f32
          %v1821 = arith.negf %v1820 : f32
          %v1822 = arith.mulf %v1329, %v1184 : f32
          %v1823 = arith.mulf %v1263, %v1184 : f32
          %v1824 = arith.mulf %v512, %v1823 : f32
          %v1825 = arith.divf %v1824, %v501 : f32
          %v1826 = arith.addf %v1822, %v1825 : f32
          %v1827 = arith.mulf %v504, %v1826 : f32
          %v1828 = arith.mulf %v416, %v1827 : f32
          %v1829 = arith.addf %v1821, %v1828 : f32
          %v1830 = arith.negf %v1829 : f32
          %v1831 = arith.mulf %v500, %v1830 : f32
          %v1832 = llvm.load %v95 : !llvm.ptr -> f32
          %v1833 = arith.addf %v1832, %v1831 : f32
          llvm.store %v1833, %v95 : f32, !llvm.ptr
          %v1834 = arith.mulf %v1263, %v1187 : f32
          %v1835 = arith.mulf %v547, %v1834 : f32
          %v1837 = arith.mulf %v1835, %v1836 : f32
          %v1838 = arith.negf %v1837 : f32
          %v1839 = arith.mulf %v1363, %v1187 : f32
          %v1840 = arith.mulf %v1263, %v1187 : f32
          %v1841 = arith.mulf %v547, %v1840 : f32
          %v1842 = arith.divf %v1841, %v536 : f32
          %v1843 = arith.addf %v1839, %v1842 : f32
          %v1844 = arith.mulf %v539, %v1843 : f32
          %v1845 = arith.mulf %v416, %v1844 : f32
          %v1846 = arith.addf %v1838, %v1845 : f32
          %v1847 = arith.negf %v1846 : f32
          %v1848 = arith.mulf %v535, %v1847 : f32
          %v1849 = llvm.load %v96 : !llvm.ptr -> f32
          %v1850 = arith.addf %v1849, %v1848 : f32
          llvm.store %v1850, %v96 : f32, !llvm.ptr
          %v1851 = arith.mulf %v1263, %v1190 : f32
          %v1852 = arith.mulf %v582, %v1851 : f32
          %v1854 = arith.mulf %v1852, %v1853 : f32
          %v1855 = arith.negf %v1854 : f32
          %v1856 = arith.mulf %v1397, %v1190 : f32
          %v1857 = arith.mulf %v1263, %v1190 : f32
          %v1858 = arith.mulf %v582, %v1857 : f32
          %v1859 = arith.divf %v1858, %v571 : f32
          %v1860 = arith.addf %v1856, %v1859 : f32
          %v1861 = arith.mulf %v574, %v1860 : f32
          %v1862 = arith.mulf %v416, %v1861 : f32
          %v1863 = arith.addf %v1855, %v1862 : f32
          %v1864 = arith.negf %v1863 : f32
          %v1865 = arith.mulf %v570, %v1864 : f32
          %v1866 = llvm.load %v97 : !llvm.ptr -> f32
          %v1867 = arith.addf %v1866, %v1865 : f32
          llvm.store %v1867, %v97 : f32, !llvm.ptr
          %v1868 = arith.mulf %v1263, %v1193 : f32
          %v1869 = arith.mulf %v617, %v1868 : f32
          %v1871 = arith.mulf %v1869, %v1870 : f32
          %v1872 = arith.negf %v1871 : f32
          %v1873 = arith.mulf %v1431, %v1193 : f32
          %v1874 = arith.mulf %v1263, %v1193 : f32
          %v1875 = arith.mulf %v617, %v1874 : f32
          %v1876 = arith.divf %v1875, %v606 : f32
          %v1877 = arith.addf %v1873, %v1876 : f32
          %v1878 = arith.mulf %v609, %v1877 : f32
          %v1879 = arith.mulf %v416, %v1878 : f32
          %v1880 = arith.addf %v1872, %v1879 : f32
          %v1881 = arith.negf %v1880 : f32
          %v1882 = arith.mulf %v605, %v1881 : f32
          %v1883 = llvm.load %v98 : !llvm.ptr -> f32
          %v1884 = arith.addf %v1883, %v1882 : f32
          llvm.store %v1884, %v98 : f32, !llvm.ptr
          %v1885 = arith.mulf %v1263, %v1196 : f32
          %v1886 = arith.mulf %v652, %v1885 : f32
          %v1888 = arith.mulf %v1886, %v1887 : f32
          %v1889 = arith.negf %v1888 : f32
          %v1890 = arith.mulf %v1465, %v1196 : f32
          %v1891 = arith.mulf %v1263, %v1196 : f32
          %v1892 = arith.mulf %v652, %v1891 : f32
          %v1893 = arith.divf %v1892, %v641 : f32
          %v1894 = arith.addf %v1890, %v1893 : f32
          %v1895 = arith.mulf %v644, %v1894 : f32
          %v1896 = arith.mulf %v416, %v1895 : f32
          %v1897 = arith.addf %v1889, %v1896 : f32
          %v1898 = arith.negf %v1897 : f32
          %v1899 = arith.mulf %v640, %v1898 : f32
          %v1900 = llvm.load %v99 : !llvm.ptr -> f32
          %v1901 = arith.addf %v1900, %v1899 : f32
          llvm.store %v1901, %v99 : f32, !llvm.ptr
          %v1902 = arith.mulf %v1263, %v1199 : f32
          %v1903 = arith.mulf %v687, %v1902 : f32
          %v1905 = arith.mulf %v1903, %v1904 : f32
          %v1906 = arith.negf %v1905 : f32
          %v1907 = arith.mulf %v1499, %v1199 : f32
          %v1908 = arith.mulf %v1263, %v1199 : f32
          %v1909 = arith.mulf %v687, %v1908 : f32
          %v1910 = arith.divf %v1909, %v676 : f32
          %v1911 = arith.addf %v1907, %v1910 : f32
          %v1912 = arith.mulf %v679, %v1911 : f32
          %v1913 = arith.mulf %v416, %v1912 : f32
          %v1914 = arith.addf %v1906, %v1913 : f32
          %v1915 = arith.negf %v1914 : f32
          %v1916 = arith.mulf %v675, %v1915 : f32
          %v1917 = llvm.load %v100 : !llvm.ptr -> f32
          %v1918 = arith.addf %v1917, %v1916 : f32
          llvm.store %v1918, %v100 : f32, !llvm.ptr
          %v1919 = arith.mulf %v1263, %v1202 : f32
          %v1920 = arith.mulf %v722, %v1919 : f32
          %v1922 = arith.mulf %v1920, %v1921 : f32
          %v1923 = arith.negf %v1922 : f32
          %v1924 = arith.mulf %v1533, %v1202 : f32
          %v1925 = arith.mulf %v1263, %v1202 : f32
          %v1926 = arith.mulf %v722, %v1925 : f32
          %v1927 = arith.divf %v1926, %v711 : f32
          %v1928 = arith.addf %v1924, %v1927 : f32
          %v1929 = arith.mulf %v714, %v1928 : f32
          %v1930 = arith.mulf %v416, %v1929 : f32
          %v1931 = arith.addf %v1923, %v1930 : f32
          %v1932 = arith.negf %v1931 : f32
          %v1933 = arith.mulf %v710, %v1932 : f32
          %v1934 = llvm.load %v101 : !llvm.ptr -> f32
          %v1935 = arith.addf %v1934, %v1933 : f32
          llvm.store %v1935, %v101 : f32, !llvm.ptr
          %v1936 = arith.mulf %v1263, %v1205 : f32
          %v1937 = arith.mulf %v757, %v1936 : f32
          %v1939 = arith.mulf %v1937, %v1938 : f32
          %v1940 = arith.negf %v1939 : f32
          %v1941 = arith.mulf %v1567, %v1205 : f32
          %v1942 = arith.mulf %v1263, %v1205 : f32
          %v1943 = arith.mulf %v757, %v1942 : f32
          %v1944 = arith.divf %v1943, %v746 : f32
          %v1945 = arith.addf %v1941, %v1944 : f32
          %v1946 = arith.mulf %v749, %v1945 : f32
          %v1947 = arith.mulf %v416, %v1946 : f32
          %v1948 = arith.addf %v1940, %v1947 : f32
          %v1949 = arith.negf %v1948 : f32
          %v1950 = arith.mulf %v745, %v1949 : f32
          %v1951 = llvm.load %v102 : !llvm.ptr -> f32
          %v1952 = arith.addf %v1951, %v1950 : f32
          llvm.store %v1952, %v102 : f32, !llvm.ptr
          %v1953 = arith.mulf %v1263, %v1208 : f32
          %v1954 = arith.mulf %v792, %v1953 : f32
          %v1956 = arith.mulf %v1954, %v1955 : f32
          %v1957 = arith.negf %v1956 : f32
          %v1958 = arith.mulf %v1601, %v1208 : f32
          %v1959 = arith.mulf %v1263, %v1208 : f32
          %v1960 = arith.mulf %v792, %v1959 : f32
          %v1961 = arith.divf %v1960, %v781 : f32
          %v1962 = arith.addf %v1958, %v1961 : f32
          %v1963 = arith.mulf %v784, %v1962 : f32
          %v1964 = arith.mulf %v416, %v1963 : f32
          %v1965 = arith.addf %v1957, %v1964 : f32
          %v1966 = arith.negf %v1965 : f32
          %v1967 = arith.mulf %v780, %v1966 : f32
          %v1968 = llvm.load %v103 : !llvm.ptr -> f32
          %v1969 = arith.addf %v1968, %v1967 : f32
          llvm.store %v1969, %v103 : f32, !llvm.ptr
          %v1970 = arith.mulf %v1263, %v1211 : f32
          %v1971 = arith.mulf %v827, %v1970 : f32
          %v1973 = arith.mulf %v1971, %v1972 : f32
          %v1974 = arith.negf %v1973 : f32
          %v1975 = arith.mulf %v1635, %v1211 : f32
          %v1976 = arith.mulf %v1263, %v1211 : f32
          %v1977 = arith.mulf %v827, %v1976 : f32
          %v1978 = arith.divf %v1977, %v816 : f32
          %v1979 = arith.addf %v1975, %v1978 : f32
          %v1980 = arith.mulf %v819, %v1979 : f32
          %v1981 = arith.mulf %v416, %v1980 : f32
          %v1982 = arith.addf %v1974, %v1981 : f32
          %v1983 = arith.negf %v1982 : f32
          %v1984 = arith.mulf %v815, %v1983 : f32
          %v1985 = llvm.load %v104 : !llvm.ptr -> f32
          %v1986 = arith.addf %v1985, %v1984 : f32
          llvm.store %v1986, %v104 : f32, !llvm.ptr
          %v1987 = arith.mulf %v1263, %v1214 : f32
          %v1988 = arith.mulf %v862, %v1987 : f32
          %v1990 = arith.mulf %v1988, %v1989 : f32
          %v1991 = arith.negf %v1990 : f32
          %v1992 = arith.mulf %v1669, %v1214 : f32
          %v1993 = arith.mulf %v1263, %v1214 : f32
          %v1994 = arith.mulf %v862, %v1993 : f32
          %v1995 = arith.divf %v1994, %v851 : f32
          %v1996 = arith.addf %v1992, %v1995 : f32
          %v1997 = arith.mulf %v854, %v1996 : f32
          %v1998 = arith.mulf %v416, %v1997 : f32
          %v1999 = arith.addf %v1991, %v1998 : f32
          %v2000 = arith.negf %v1999 : f32
          %v2001 = arith.mulf %v850, %v2000 : f32
          %v2002 = llvm.load %v105 : !llvm.ptr -> f32
          %v2003 = arith.addf %v2002, %v2001 : f32
          llvm.store %v2003, %v105 : f32, !llvm.ptr
          %v2004 = arith.mulf %v1263, %v1217 : f32
          %v2005 = arith.mulf %v897, %v2004 : f32
          %v2007 = arith.mulf %v2005, %v2006 : f32
          %v2008 = arith.negf %v2007 : f32
          %v2009 = arith.mulf %v1703, %v1217 : f32
          %v2010 = arith.mulf %v1263, %v1217 : f32
          %v2011 = arith.mulf %v897, %v2010 : f32
          %v2012 = arith.divf %v2011, %v886 : f32
          %v2013 = arith.addf %v2009, %v2012 : f32
          %v2014 = arith.mulf %v889, %v2013 : f32
          %v2015 = arith.mulf %v416, %v2014 : f32
          %v2016 = arith.addf %v2008, %v2015 : f32
          %v2017 = arith.negf %v2016 : f32
          %v2018 = arith.mulf %v885, %v2017 : f32
          %v2019 = llvm.load %v106 : !llvm.ptr -> f32
          %v2020 = arith.addf %v2019, %v2018 : f32
          llvm.store %v2020, %v106 : f32, !llvm.ptr
          %v2021 = arith.mulf %v1263, %v1220 : f32
          %v2022 = arith.mulf %v932, %v2021 : f32
          %v2024 = arith.mulf %v2022, %v2023 : f32
          %v2025 = arith.negf %v2024 : f32
          %v2026 = arith.mulf %v1737, %v1220 : f32
          %v2027 = arith.mulf %v1263, %v1220 : f32
          %v2028 = arith.mulf %v932, %v2027 : f32
          %v2029 = arith.divf %v2028, %v921 : f32
          %v2030 = arith.addf %v2026, %v2029 : f32
          %v2031 = arith.mulf %v924, %v2030 : f32
          %v2032 = arith.mulf %v416, %v2031 : f32
          %v2033 = arith.addf %v2025, %v2032 : f32
          %v2034 = arith.negf %v2033 : f32
          %v2035 = arith.mulf %v920, %v2034 : f32
          %v2036 = llvm.load %v107 : !llvm.ptr -> f32
          %v2037 = arith.addf %v2036, %v2035 : f32
          llvm.store %v2037, %v107 : f32, !llvm.ptr
          %v2038 = arith.mulf %v1263, %v1223 : f32
          %v2039 = arith.mulf %v967, %v2038 : f32
          %v2041 = arith.mulf %v2039, %v2040 : f32
          %v2042 = arith.negf %v2041 : f32
          %v2043 = arith.mulf %v1771, %v1223 : f32
          %v2044 = arith.mulf %v1263, %v1223 : f32
          %v2045 = arith.mulf %v967, %v2044 : f32
          %v2046 = arith.divf %v2045, %v956 : f32
          %v2047 = arith.addf %v2043, %v2046 : f32
          %v2048 = arith.mulf %v959, %v2047 : f32
          %v2049 = arith.mulf %v416, %v2048 : f32
          %v2050 = arith.addf %v2042, %v2049 : f32
          %v2051 = arith.negf %v2050 : f32
          %v2052 = arith.mulf %v955, %v2051 : f32
          %v2053 = llvm.load %v108 : !llvm.ptr -> f32
          %v2054 = arith.addf %v2053, %v2052 : f32
          llvm.store %v2054, %v108 : f32, !llvm.ptr
          %v2055 = arith.mulf %v1263, %v1179 : f32
          %v2056 = arith.mulf %v429, %v2055 : f32
          %v2057 = llvm.load %v110 : !llvm.ptr -> f32
          %v2058 = arith.addf %v2057, %v2056 : f32
          llvm.store %v2058, %v110 : f32, !llvm.ptr
          %v2059 = arith.mulf %v1263, %v1181 : f32
          %v2060 = arith.mulf %v471, %v2059 : f32
          %v2061 = llvm.load %v111 : !llvm.ptr -> f32
          %v2062 = arith.addf %v2061, %v2060 : f32
          llvm.store %v2062, %v111 : f32, !llvm.ptr
          %v2063 = arith.mulf %v1263, %v1184 : f32
          %v2064 = arith.mulf %v506, %v2063 : f32
          %v2065 = llvm.load %v112 : !llvm.ptr -> f32
          %v2066 = arith.addf %v2065, %v2064 : f32
          llvm.store %v2066, %v112 : f32, !llvm.ptr
          %v2067 = arith.mulf %v1263, %v1187 : f32
          %v2068 = arith.mulf %v541, %v2067 : f32
          %v2069 = llvm.load %v113 : !llvm.ptr -> f32
          %v2070 = arith.addf %v2069, %v2068 : f32
          llvm.store %v2070, %v113 : f32, !llvm.ptr
          %v2071 = arith.mulf %v1263, %v1190 : f32
          %v2072 = arith.mulf %v576, %v2071 : f32
          %v2073 = llvm.load %v114 : !llvm.ptr -> f32
          %v2074 = arith.addf %v2073, %v2072 : f32
          llvm.store %v2074, %v114 : f32, !llvm.ptr
          %v2075 = arith.mulf %v1263, %v1193 : f32
          %v2076 = arith.mulf %v611, %v2075 : f32
          %v2077 = llvm.load %v115 : !llvm.ptr -> f32
          %v2078 = arith.addf %v2077, %v2076 : f32
          llvm.store %v2078, %v115 : f32, !llvm.ptr
          %v2079 = arith.mulf %v1263, %v1196 : f32
          %v2080 = arith.mulf %v646, %v2079 : f32
          %v2081 = llvm.load %v116 : !llvm.ptr -> f32
          %v2082 = arith.addf %v2081, %v2080 : f32
          llvm.store %v2082, %v116 : f32, !llvm.ptr
          %v2083 = arith.mulf %v1263, %v1199 : f32
          %v2084 = arith.mulf %v681, %v2083 : f32
          %v2085 = llvm.load %v117 : !llvm.ptr -> f32
          %v2086 = arith.addf %v2085, %v2084 : f32
          llvm.store %v2086, %v117 : f32, !llvm.ptr
          %v2087 = arith.mulf %v1263, %v1202 : f32
          %v2088 = arith.mulf %v716, %v2087 : f32
          %v2089 = llvm.load %v118 : !llvm.ptr -> f32
          %v2090 = arith.addf %v2089, %v2088 : f32
          llvm.store %v2090, %v118 : f32, !llvm.ptr
          %v2091 = arith.mulf %v1263, %v1205 : f32
          %v2092 = arith.mulf %v751, %v2091 : f32
          %v2093 = llvm.load %v119 : !llvm.ptr -> f32
          %v2094 = arith.addf %v2093, %v2092 : f32
          llvm.store %v2094, %v119 : f32, !llvm.ptr
          %v2095 = arith.mulf %v1263, %v1208 : f32
          %v2096 = arith.mulf %v786, %v2095 : f32
          %v2097 = llvm.load %v120 : !llvm.ptr -> f32
          %v2098 = arith.addf %v2097, %v2096 : f32
          llvm.store %v2098, %v120 : f32, !llvm.ptr
          %v2099 = arith.mulf %v1263, %v1211 : f32
          %v2100 = arith.mulf %v821, %v2099 : f32
          %v2101 = llvm.load %v121 : !llvm.ptr -> f32
          %v2102 = arith.addf %v2101, %v2100 : f32
          llvm.store %v2102, %v121 : f32, !llvm.ptr
          %v2103 = arith.mulf %v1263, %v1214 : f32
          %v2104 = arith.mulf %v856, %v2103 : f32
          %v2105 = llvm.load %v122 : !llvm.ptr -> f32
          %v2106 = arith.addf %v2105, %v2104 : f32
          llvm.store %v2106, %v122 : f32, !llvm.ptr
          %v2107 = arith.mulf %v1263, %v1217 : f32
          %v2108 = arith.mulf %v891, %v2107 : f32
          %v2109 = llvm.load %v123 : !llvm.ptr -> f32
          %v2110 = arith.addf %v2109, %v2108 : f32
          llvm.store %v2110, %v123 : f32, !llvm.ptr
          %v2111 = arith.mulf %v1263, %v1220 : f32
          %v2112 = arith.mulf %v926, %v2111 : f32
          %v2113 = llvm.load %v124 : !llvm.ptr -> f32
          %v2114 = arith.addf %v2113, %v2112 : f32
          llvm.store %v2114, %v124 : f32, !llvm.ptr
          %v2115 = arith.mulf %v1263, %v1223 : f32
          %v2116 = arith.mulf %v961, %v2115 : f32
          %v2117 = llvm.load %v125 : !llvm.ptr -> f32
          %v2118 = arith.addf %v2117, %v2116 : f32
          llvm.store %v2118, %v125 : f32, !llvm.ptr
          %v2121 = arith.muli %v989, %v2119 : i64
          %v2122 = arith.addi %v2121, %v2120 : i64
          %v2123 = arith.muli %v2122, %v4 : i64
          %v2125 = arith.subi %v4, %v2124 : i64
          %v2126 = arith.minsi %v151, %v2125 : i64
          %v2127 = arith.addi %v2123, %v2126 : i64
          %v2128 = llvm.getelementptr %scratch_h[%v2127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2129 = llvm.load %v2128 : !llvm.ptr -> f32
          %v2130 = arith.mulf %v2129, %v1003 : f32
          %v2131 = llvm.load %v127 : !llvm.ptr -> f32
          %v2132 = arith.addf %v2131, %v2130 : f32
          llvm.store %v2132, %v127 : f32, !llvm.ptr
          %v2135 = arith.muli %v989, %v2133 : i64
          %v2136 = arith.addi %v2135, %v2134 : i64
          %v2137 = arith.muli %v2136, %v4 : i64
          %v2139 = arith.subi %v4, %v2138 : i64
          %v2140 = arith.minsi %v151, %v2139 : i64
          %v2141 = arith.addi %v2137, %v2140 : i64
          %v2142 = llvm.getelementptr %scratch_h[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
          %v2144 = arith.mulf %v2143, %v1003 : f32
          %v2145 = llvm.load %v128 : !llvm.ptr -> f32
          %v2146 = arith.addf %v2145, %v2144 : f32
          llvm.store %v2146, %v128 : f32, !llvm.ptr
          %v2149 = arith.muli %v989, %v2147 : i64
          %v2150 = arith.addi %v2149, %v2148 : i64
          %v2151 = arith.muli %v2150, %v4 : i64
          %v2153 = arith.subi %v4, %v2152 : i64
          %v2154 = arith.minsi %v151, %v2153 : i64
          %v2155 = arith.addi %v2151, %v2154 : i64
          %v2156 = llvm.getelementptr %scratch_h[%v2155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
          %v2158 = arith.mulf %v2157, %v1003 : f32
          %v2159 = llvm.load %v129 : !llvm.ptr -> f32
          %v2160 = arith.addf %v2159, %v2158 : f32
          llvm.store %v2160, %v129 : f32, !llvm.ptr
          %v2163 = arith.muli %v989, %v2161 : i64
          %v2164 = arith.addi %v2163, %v2162 : i64
          %v2165 = arith.muli %v2164, %v4 : i64
          %v2167 = arith.subi %v4, %v2166 : i64
          %v2168 = arith.minsi %v151, %v2167 : i64
          %v2169 = arith.addi %v2165, %v2168 : i64
          %v2170 = llvm.getelementptr %scratch_h[%v2169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2171 = llvm.load %v2170 : !llvm.ptr -> f32
          %v2172 = arith.mulf %v2171, %v1003 : f32
          %v2173 = llvm.load %v130 : !llvm.ptr -> f32
          %v2174 = arith.addf %v2173, %v2172 : f32
          llvm.store %v2174, %v130 : f32, !llvm.ptr
          %v2177 = arith.muli %v989, %v2175 : i64
          %v2178 = arith.addi %v2177, %v2176 : i64
          %v2179 = arith.muli %v2178, %v4 : i64
          %v2181 = arith.subi %v4, %v2180 : i64
          %v2182 = arith.minsi %v151, %v2181 : i64
          %v2183 = arith.addi %v2179, %v2182 : i64
          %v2184 = llvm.getelementptr %scratch_h[%v2183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
          %v2186 = arith.mulf %v2185, %v1003 : f32
          %v2187 = llvm.load %v131 : !llvm.ptr -> f32
          %v2188 = arith.addf %v2187, %v2186 : f32
          llvm.store %v2188, %v131 : f32, !llvm.ptr
          %v2191 = arith.muli %v989, %v2189 : i64
          %v2192 = arith.addi %v2191, %v2190 : i64
          %v2193 = arith.muli %v2192, %v4 : i64
          %v2195 = arith.subi %v4, %v2194 : i64
          %v2196 = arith.minsi %v151, %v2195 : i64
          %v2197 = arith.addi %v2193, %v2196 : i64
          %v2198 = llvm.getelementptr %scratch_h[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
          %v2200 = arith.mulf %v2199, %v1003 : f32
          %v2201 = llvm.load %v132 : !llvm.ptr -> f32
          %v2202 = arith.addf %v2201, %v2200 : f32
          llvm.store %v2202, %v132 : f32, !llvm.ptr
          %v2205 = arith.muli %v989, %v2203 : i64
          %v2206 = arith.addi %v2205, %v2204 : i64
          %v2207 = arith.muli %v2206, %v4 : i64
          %v2209 = arith.subi %v4, %v2208 : i64
          %v2210 = arith.minsi %v151, %v2209 : i64
          %v2211 = arith.addi %v2207, %v2210 : i64
          %v2212 = llvm.getelementptr %scratch_h[%v2211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
          %v2214 = arith.mulf %v2213, %v1003 : f32
          %v2215 = llvm.load %v133 : !llvm.ptr -> f32
          %v2216 = arith.addf %v2215, %v2214 : f32
          llvm.store %v2216, %v133 : f32, !llvm.ptr
          %v2219 = arith.muli %v989, %v2217 : i64
          %v2220 = arith.addi %v2219, %v2218 : i64
          %v2221 = arith.muli %v2220, %v4 : i64
          %v2223 = arith.subi %v4, %v2222 : i64
          %v2224 = arith.minsi %v151, %v2223 : i64
          %v2225 = arith.addi %v2221, %v2224 : i64
          %v2226 = llvm.getelementptr %scratch_h[%v2225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2227 = llvm.load %v2226 : !llvm.ptr -> f32
          %v2228 = arith.mulf %v2227, %v1003 : f32
          %v2229 = llvm.load %v134 : !llvm.ptr -> f32
          %v2230 = arith.addf %v2229, %v2228 : f32
          llvm.store %v2230, %v134 : f32, !llvm.ptr
          %v2233 = arith.muli %v989, %v2231 : i64
          %v2234 = arith.addi %v2233, %v2232 : i64
          %v2235 = arith.muli %v2234, %v4 : i64
          %v2237 = arith.subi %v4, %v2236 : i64
          %v2238 = arith.minsi %v151, %v2237 : i64
          %v2239 = arith.addi %v2235, %v2238 : i64
          %v2240 = llvm.getelementptr %scratch_h[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
          %v2242 = arith.mulf %v2241, %v1003 : f32
          %v2243 = llvm.load %v135 : !llvm.ptr -> f32
          %v2244 = arith.addf %v2243, %v2242 : f32
          llvm.store %v2244, %v135 : f32, !llvm.ptr
          %v2247 = arith.muli %v989, %v2245 : i64
          %v2248 = arith.addi %v2247, %v2246 : i64
          %v2249 = arith.muli %v2248, %v4 : i64
          %v2251 = arith.subi %v4, %v2250 : i64
          %v2252 = arith.minsi %v151, %v2251 : i64
          %v2253 = arith.addi %v2249, %v2252 : i64
          %v2254 = llvm.getelementptr %scratch_h[%v2253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2255 = llvm.load %v2254 : !llvm.ptr -> f32
          %v2256 = arith.mulf %v2255, %v1003 : f32
          %v2257 = llvm.load %v136 : !llvm.ptr -> f32
          %v2258 = arith.addf %v2257, %v2256 : f32
          llvm.store %v2258, %v136 : f32, !llvm.ptr
          %v2261 = arith.muli %v989, %v2259 : i64
          %v2262 = arith.addi %v2261, %v2260 : i64
          %v2263 = arith.muli %v2262, %v4 : i64
          %v2265 = arith.subi %v4, %v2264 : i64
          %v2266 = arith.minsi %v151, %v2265 : i64
          %v2267 = arith.addi %v2263, %v2266 : i64
          %v2268 = llvm.getelementptr %scratch_h[%v2267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2269 = llvm.load %v2268 : !llvm.ptr -> f32
          %v2270 = arith.mulf %v2269, %v1003 : f32
          %v2271 = llvm.load %v137 : !llvm.ptr -> f32
          %v2272 = arith.addf %v2271, %v2270 : f32
          llvm.store %v2272, %v137 : f32, !llvm.ptr
          %v2275 = arith.muli %v989, %v2273 : i64
          %v2276 = arith.addi %v2275, %v2274 : i64
          %v2277 = arith.muli %v2276, %v4 : i64
          %v2279 = arith.subi %v4, %v2278 : i64
          %v2280 = arith.minsi %v151, %v2279 : i64
          %v2281 = arith.addi %v2277, %v2280 : i64
          %v2282 = llvm.getelementptr %scratch_h[%v2281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2283 = llvm.load %v2282 : !llvm.ptr -> f32
          %v2284 = arith.mulf %v2283, %v1003 : f32
          %v2285 = llvm.load %v138 : !llvm.ptr -> f32
          %v2286 = arith.addf %v2285, %v2284 : f32
          llvm.store %v2286, %v138 : f32, !llvm.ptr
          %v2289 = arith.muli %v989, %v2287 : i64
          %v2290 = arith.addi %v2289, %v2288 : i64
          %v2291 = arith.muli %v2290, %v4 : i64
          %v2293 = arith.subi %v4, %v2292 : i64
          %v2294 = arith.minsi %v151, %v2293 : i64
          %v2295 = arith.addi %v2291, %v2294 : i64
          %v2296 = llvm.getelementptr %scratch_h[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2297 = llvm.load %v2296 : !llvm.ptr -> f32
          %v2298 = arith.mulf %v2297, %v1003 : f32
          %v2299 = llvm.load %v139 : !llvm.ptr -> f32
          %v2300 = arith.addf %v2299, %v2298 : f32
          llvm.store %v2300, %v139 : f32, !llvm.ptr
          %v2303 = arith.muli %v989, %v2301 : i64
          %v2304 = arith.addi %v2303, %v2302 : i64
          %v2305 = arith.muli %v2304, %v4 : i64
          %v2307 = arith.subi %v4, %v2306 : i64
          %v2308 = arith.minsi %v151, %v2307 : i64
          %v2309 = arith.addi %v2305, %v2308 : i64
          %v2310 = llvm.getelementptr %scratch_h[%v2309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2311 = llvm.load %v2310 : !llvm.ptr -> f32
          %v2312 = arith.mulf %v2311, %v1003 : f32
          %v2313 = llvm.load %v140 : !llvm.ptr -> f32
          %v2314 = arith.addf %v2313, %v2312 : f32
          llvm.store %v2314, %v140 : f32, !llvm.ptr
          %v2317 = arith.muli %v989, %v2315 : i64
          %v2318 = arith.addi %v2317, %v2316 : i64
          %v2319 = arith.muli %v2318, %v4 : i64
          %v2321 = arith.subi %v4, %v2320 : i64
          %v2322 = arith.minsi %v151, %v2321 : i64
          %v2323 = arith.addi %v2319, %v2322 : i64
          %v2324 = llvm.getelementptr %scratch_h[%v2323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
          %v2326 = arith.mulf %v2325, %v1003 : f32
          %v2327 = llvm.load %v141 : !llvm.ptr -> f32
          %v2328 = arith.addf %v2327, %v2326 : f32
          llvm.store %v2328, %v141 : f32, !llvm.ptr
          %v2331 = arith.muli %v989, %v2329 : i64
          %v2332 = arith.addi %v2331, %v2330 : i64
          %v2333 = arith.muli %v2332, %v4 : i64
          %v2335 = arith.subi %v4, %v2334 : i64
          %v2336 = arith.minsi %v151, %v2335 : i64
          %v2337 = arith.addi %v2333, %v2336 : i64
          %v2338 = llvm.getelementptr %scratch_h[%v2337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2339 = llvm.load %v2338 : !llvm.ptr -> f32
          %v2340 = arith.mulf %v2339, %v1003 : f32
          %v2341 = llvm.load %v142 : !llvm.ptr -> f32
          %v2342 = arith.addf %v2341, %v2340 : f32
          llvm.store %v2342, %v142 : f32, !llvm.ptr
          %v2343 = arith.mulf %v1263, %v1003 : f32
          %v2344 = llvm.load %v144 : !llvm.ptr -> f32
          %v2345 = arith.addf %v2344, %v2343 : f32
          llvm.store %v2345, %v144 : f32, !llvm.ptr
          llvm.store %v427, %v74 : f32, !llvm.ptr
          llvm.store %v469, %v75 : f32, !llvm.ptr
          llvm.store %v504, %v76 : f32, !llvm.ptr
          llvm.store %v539, %v77 : f32, !llvm.ptr
          llvm.store %v574, %v78 : f32, !llvm.ptr
          llvm.store %v609, %v79 : f32, !llvm.ptr
          llvm.store %v644, %v80 : f32, !llvm.ptr
          llvm.store %v679, %v81 : f32, !llvm.ptr
          llvm.store %v714, %v82 : f32, !llvm.ptr
          llvm.store %v749, %v83 : f32, !llvm.ptr
          llvm.store %v784, %v84 : f32, !llvm.ptr
          llvm.store %v819, %v85 : f32, !llvm.ptr
          llvm.store %v854, %v86 : f32, !llvm.ptr
          llvm.store %v889, %v87 : f32, !llvm.ptr
          llvm.store %v924, %v88 : f32, !llvm.ptr
          llvm.store %v959, %v89 : f32, !llvm.ptr
        }
      }
      scf.if %v152 {
        %v2346 = llvm.load %v91 : !llvm.ptr -> f32
        %v2349 = arith.muli %v151, %v2347 : i64
        %v2350 = arith.addi %v2349, %v2348 : i64
        %v2351 = llvm.getelementptr %part_log_dt[%v2350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2346, %v2351 : f32, !llvm.ptr
        %v2352 = llvm.load %v93 : !llvm.ptr -> f32
        %v2355 = arith.muli %v151, %v2353 : i64
        %v2356 = arith.addi %v2355, %v2354 : i64
        %v2357 = llvm.getelementptr %part_A_log[%v2356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2352, %v2357 : f32, !llvm.ptr
        %v2358 = llvm.load %v94 : !llvm.ptr -> f32
        %v2361 = arith.muli %v151, %v2359 : i64
        %v2362 = arith.addi %v2361, %v2360 : i64
        %v2363 = llvm.getelementptr %part_A_log[%v2362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2358, %v2363 : f32, !llvm.ptr
        %v2364 = llvm.load %v95 : !llvm.ptr -> f32
        %v2367 = arith.muli %v151, %v2365 : i64
        %v2368 = arith.addi %v2367, %v2366 : i64
        %v2369 = llvm.getelementptr %part_A_log[%v2368] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2364, %v2369 : f32, !llvm.ptr
        %v2370 = llvm.load %v96 : !llvm.ptr -> f32
        %v2373 = arith.muli %v151, %v2371 : i64
        %v2374 = arith.addi %v2373, %v2372 : i64
        %v2375 = llvm.getelementptr %part_A_log[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2370, %v2375 : f32, !llvm.ptr
        %v2376 = llvm.load %v97 : !llvm.ptr -> f32
        %v2379 = arith.muli %v151, %v2377 : i64
        %v2380 = arith.addi %v2379, %v2378 : i64
        %v2381 = llvm.getelementptr %part_A_log[%v2380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2376, %v2381 : f32, !llvm.ptr
        %v2382 = llvm.load %v98 : !llvm.ptr -> f32
        %v2385 = arith.muli %v151, %v2383 : i64
        %v2386 = arith.addi %v2385, %v2384 : i64
        %v2387 = llvm.getelementptr %part_A_log[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2382, %v2387 : f32, !llvm.ptr
        %v2388 = llvm.load %v99 : !llvm.ptr -> f32
        %v2391 = arith.muli %v151, %v2389 : i64
        %v2392 = arith.addi %v2391, %v2390 : i64
        %v2393 = llvm.getelementptr %part_A_log[%v2392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2388, %v2393 : f32, !llvm.ptr
        %v2394 = llvm.load %v100 : !llvm.ptr -> f32
        %v2397 = arith.muli %v151, %v2395 : i64
        %v2398 = arith.addi %v2397, %v2396 : i64
        %v2399 = llvm.getelementptr %part_A_log[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2394, %v2399 : f32, !llvm.ptr
        %v2400 = llvm.load %v101 : !llvm.ptr -> f32
        %v2403 = arith.muli %v151, %v2401 : i64
        %v2404 = arith.addi %v2403, %v2402 : i64
        %v2405 = llvm.getelementptr %part_A_log[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2400, %v2405 : f32, !llvm.ptr
        %v2406 = llvm.load %v102 : !llvm.ptr -> f32
        %v2409 = arith.muli %v151, %v2407 : i64
        %v2410 = arith.addi %v2409, %v2408 : i64
        %v2411 = llvm.getelementptr %part_A_log[%v2410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2406, %v2411 : f32, !llvm.ptr
        %v2412 = llvm.load %v103 : !llvm.ptr -> f32
        %v2415 = arith.muli %v151, %v2413 : i64
        %v2416 = arith.addi %v2415, %v2414 : i64
        %v2417 = llvm.getelementptr %part_A_log[%v2416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2412, %v2417 : f32, !llvm.ptr
        %v2418 = llvm.load %v104 : !llvm.ptr -> f32
        %v2421 = arith.muli %v151, %v2419 : i64
        %v2422 = arith.addi %v2421, %v2420 : i64
        %v2423 = llvm.getelementptr %part_A_log[%v2422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2418, %v2423 : f32, !llvm.ptr
        %v2424 = llvm.load %v105 : !llvm.ptr -> f32
        %v2427 = arith.muli %v151, %v2425 : i64
        %v2428 = arith.addi %v2427, %v2426 : i64
        %v2429 = llvm.getelementptr %part_A_log[%v2428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2424, %v2429 : f32, !llvm.ptr
        %v2430 = llvm.load %v106 : !llvm.ptr -> f32
        %v2433 = arith.muli %v151, %v2431 : i64
        %v2434 = arith.addi %v2433, %v2432 : i64
        %v2435 = llvm.getelementptr %part_A_log[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2430, %v2435 : f32, !llvm.ptr
        %v2436 = llvm.load %v107 : !llvm.ptr -> f32
        %v2439 = arith.muli %v151, %v2437 : i64
        %v2440 = arith.addi %v2439, %v2438 : i64
        %v2441 = llvm.getelementptr %part_A_log[%v2440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2436, %v2441 : f32, !llvm.ptr
        %v2442 = llvm.load %v108 : !llvm.ptr -> f32
        %v2445 = arith.muli %v151, %v2443 : i64
        %v2446 = arith.addi %v2445, %v2444 : i64
        %v2447 = llvm.getelementptr %part_A_log[%v2446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2442, %v2447 : f32, !llvm.ptr
        %v2448 = llvm.load %v110 : !llvm.ptr -> f32
        %v2451 = arith.muli %v151, %v2449 : i64
        %v2452 = arith.addi %v2451, %v2450 : i64
        %v2453 = llvm.getelementptr %part_Bp[%v2452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2448, %v2453 : f32, !llvm.ptr
        %v2454 = llvm.load %v111 : !llvm.ptr -> f32
        %v2457 = arith.muli %v151, %v2455 : i64
        %v2458 = arith.addi %v2457, %v2456 : i64
        %v2459 = llvm.getelementptr %part_Bp[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2454, %v2459 : f32, !llvm.ptr
        %v2460 = llvm.load %v112 : !llvm.ptr -> f32
        %v2463 = arith.muli %v151, %v2461 : i64
        %v2464 = arith.addi %v2463, %v2462 : i64
        %v2465 = llvm.getelementptr %part_Bp[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2460, %v2465 : f32, !llvm.ptr
        %v2466 = llvm.load %v113 : !llvm.ptr -> f32
        %v2469 = arith.muli %v151, %v2467 : i64
        %v2470 = arith.addi %v2469, %v2468 : i64
        %v2471 = llvm.getelementptr %part_Bp[%v2470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2466, %v2471 : f32, !llvm.ptr
        %v2472 = llvm.load %v114 : !llvm.ptr -> f32
        %v2475 = arith.muli %v151, %v2473 : i64
        %v2476 = arith.addi %v2475, %v2474 : i64
        %v2477 = llvm.getelementptr %part_Bp[%v2476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2472, %v2477 : f32, !llvm.ptr
        %v2478 = llvm.load %v115 : !llvm.ptr -> f32
        %v2481 = arith.muli %v151, %v2479 : i64
        %v2482 = arith.addi %v2481, %v2480 : i64
        %v2483 = llvm.getelementptr %part_Bp[%v2482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2478, %v2483 : f32, !llvm.ptr
        %v2484 = llvm.load %v116 : !llvm.ptr -> f32
        %v2487 = arith.muli %v151, %v2485 : i64
        %v2488 = arith.addi %v2487, %v2486 : i64
        %v2489 = llvm.getelementptr %part_Bp[%v2488] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2484, %v2489 : f32, !llvm.ptr
        %v2490 = llvm.load %v117 : !llvm.ptr -> f32
        %v2493 = arith.muli %v151, %v2491 : i64
        %v2494 = arith.addi %v2493, %v2492 : i64
        %v2495 = llvm.getelementptr %part_Bp[%v2494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2490, %v2495 : f32, !llvm.ptr
        %v2496 = llvm.load %v118 : !llvm.ptr -> f32
        %v2499 = arith.muli %v151, %v2497 : i64
        %v2500 = arith.addi %v2499, %v2498 : i64
        %v2501 = llvm.getelementptr %part_Bp[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2496, %v2501 : f32, !llvm.ptr
        %v2502 = llvm.load %v119 : !llvm.ptr -> f32
        %v2505 = arith.muli %v151, %v2503 : i64
        %v2506 = arith.addi %v2505, %v2504 : i64
        %v2507 = llvm.getelementptr %part_Bp[%v2506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2502, %v2507 : f32, !llvm.ptr
        %v2508 = llvm.load %v120 : !llvm.ptr -> f32
        %v2511 = arith.muli %v151, %v2509 : i64
        %v2512 = arith.addi %v2511, %v2510 : i64
        %v2513 = llvm.getelementptr %part_Bp[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2508, %v2513 : f32, !llvm.ptr
        %v2514 = llvm.load %v121 : !llvm.ptr -> f32
        %v2517 = arith.muli %v151, %v2515 : i64
        %v2518 = arith.addi %v2517, %v2516 : i64
        %v2519 = llvm.getelementptr %part_Bp[%v2518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2514, %v2519 : f32, !llvm.ptr
        %v2520 = llvm.load %v122 : !llvm.ptr -> f32
        %v2523 = arith.muli %v151, %v2521 : i64
        %v2524 = arith.addi %v2523, %v2522 : i64
        %v2525 = llvm.getelementptr %part_Bp[%v2524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2520, %v2525 : f32, !llvm.ptr
        %v2526 = llvm.load %v123 : !llvm.ptr -> f32
        %v2529 = arith.muli %v151, %v2527 : i64
        %v2530 = arith.addi %v2529, %v2528 : i64
        %v2531 = llvm.getelementptr %part_Bp[%v2530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2526, %v2531 : f32, !llvm.ptr
        %v2532 = llvm.load %v124 : !llvm.ptr -> f32
        %v2535 = arith.muli %v151, %v2533 : i64
        %v2536 = arith.addi %v2535, %v2534 : i64
        %v2537 = llvm.getelementptr %part_Bp[%v2536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2532, %v2537 : f32, !llvm.ptr
        %v2538 = llvm.load %v125 : !llvm.ptr -> f32
        %v2541 = arith.muli %v151, %v2539 : i64
        %v2542 = arith.addi %v2541, %v2540 : i64
        %v2543 = llvm.getelementptr %part_Bp[%v2542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2538, %v2543 : f32, !llvm.ptr
        %v2544 = llvm.load %v127 : !llvm.ptr -> f32
        %v2547 = arith.muli %v151, %v2545 : i64
        %v2548 = arith.addi %v2547, %v2546 : i64
        %v2549 = llvm.getelementptr %part_Cp[%v2548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2544, %v2549 : f32, !llvm.ptr
        %v2550 = llvm.load %v128 : !llvm.ptr -> f32
        %v2553 = arith.muli %v151, %v2551 : i64
        %v2554 = arith.addi %v2553, %v2552 : i64
        %v2555 = llvm.getelementptr %part_Cp[%v2554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2550, %v2555 : f32, !llvm.ptr
        %v2556 = llvm.load %v129 : !llvm.ptr -> f32
        %v2559 = arith.muli %v151, %v2557 : i64
        %v2560 = arith.addi %v2559, %v2558 : i64
        %v2561 = llvm.getelementptr %part_Cp[%v2560] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2556, %v2561 : f32, !llvm.ptr
        %v2562 = llvm.load %v130 : !llvm.ptr -> f32
        %v2565 = arith.muli %v151, %v2563 : i64
        %v2566 = arith.addi %v2565, %v2564 : i64
        %v2567 = llvm.getelementptr %part_Cp[%v2566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2562, %v2567 : f32, !llvm.ptr
        %v2568 = llvm.load %v131 : !llvm.ptr -> f32
        %v2571 = arith.muli %v151, %v2569 : i64
        %v2572 = arith.addi %v2571, %v2570 : i64
        %v2573 = llvm.getelementptr %part_Cp[%v2572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2568, %v2573 : f32, !llvm.ptr
        %v2574 = llvm.load %v132 : !llvm.ptr -> f32
        %v2577 = arith.muli %v151, %v2575 : i64
        %v2578 = arith.addi %v2577, %v2576 : i64
        %v2579 = llvm.getelementptr %part_Cp[%v2578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2574, %v2579 : f32, !llvm.ptr
        %v2580 = llvm.load %v133 : !llvm.ptr -> f32
        %v2583 = arith.muli %v151, %v2581 : i64
        %v2584 = arith.addi %v2583, %v2582 : i64
        %v2585 = llvm.getelementptr %part_Cp[%v2584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2580, %v2585 : f32, !llvm.ptr
        %v2586 = llvm.load %v134 : !llvm.ptr -> f32
        %v2589 = arith.muli %v151, %v2587 : i64
        %v2590 = arith.addi %v2589, %v2588 : i64
        %v2591 = llvm.getelementptr %part_Cp[%v2590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2586, %v2591 : f32, !llvm.ptr
        %v2592 = llvm.load %v135 : !llvm.ptr -> f32
        %v2595 = arith.muli %v151, %v2593 : i64
        %v2596 = arith.addi %v2595, %v2594 : i64
        %v2597 = llvm.getelementptr %part_Cp[%v2596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2592, %v2597 : f32, !llvm.ptr
        %v2598 = llvm.load %v136 : !llvm.ptr -> f32
        %v2601 = arith.muli %v151, %v2599 : i64
        %v2602 = arith.addi %v2601, %v2600 : i64
        %v2603 = llvm.getelementptr %part_Cp[%v2602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2598, %v2603 : f32, !llvm.ptr
        %v2604 = llvm.load %v137 : !llvm.ptr -> f32
        %v2607 = arith.muli %v151, %v2605 : i64
        %v2608 = arith.addi %v2607, %v2606 : i64
        %v2609 = llvm.getelementptr %part_Cp[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2604, %v2609 : f32, !llvm.ptr
        %v2610 = llvm.load %v138 : !llvm.ptr -> f32
        %v2613 = arith.muli %v151, %v2611 : i64
        %v2614 = arith.addi %v2613, %v2612 : i64
        %v2615 = llvm.getelementptr %part_Cp[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2610, %v2615 : f32, !llvm.ptr
        %v2616 = llvm.load %v139 : !llvm.ptr -> f32
        %v2619 = arith.muli %v151, %v2617 : i64
        %v2620 = arith.addi %v2619, %v2618 : i64
        %v2621 = llvm.getelementptr %part_Cp[%v2620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2616, %v2621 : f32, !llvm.ptr
        %v2622 = llvm.load %v140 : !llvm.ptr -> f32
        %v2625 = arith.muli %v151, %v2623 : i64
        %v2626 = arith.addi %v2625, %v2624 : i64
        %v2627 = llvm.getelementptr %part_Cp[%v2626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2622, %v2627 : f32, !llvm.ptr
        %v2628 = llvm.load %v141 : !llvm.ptr -> f32
        %v2631 = arith.muli %v151, %v2629 : i64
        %v2632 = arith.addi %v2631, %v2630 : i64
        %v2633 = llvm.getelementptr %part_Cp[%v2632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2628, %v2633 : f32, !llvm.ptr
        %v2634 = llvm.load %v142 : !llvm.ptr -> f32
        %v2637 = arith.muli %v151, %v2635 : i64
        %v2638 = arith.addi %v2637, %v2636 : i64
        %v2639 = llvm.getelementptr %part_Cp[%v2638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2634, %v2639 : f32, !llvm.ptr
        %v2640 = llvm.load %v144 : !llvm.ptr -> f32
        %v2643 = arith.muli %v151, %v2641 : i64
        %v2644 = arith.addi %v2643, %v2642 : i64
        %v2645 = llvm.getelementptr %part_Dskip[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v2640, %v2645 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
