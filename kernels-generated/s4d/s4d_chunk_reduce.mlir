module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s4d_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x i64>
    llvm.mlir.global internal @smem_s4d_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2112 x f32>
    gpu.func @s4d_chunk_reduce(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v36 = llvm.mlir.addressof @rows_s4d_chunk_reduce : !llvm.ptr<3>
      %v37 = llvm.mlir.addressof @smem_s4d_chunk_reduce : !llvm.ptr<3>
      %v38 = arith.constant 255 : i64
      %v39 = arith.addi %size_L, %v38 : i64
      %v40 = arith.constant 256 : i64
      %v41 = arith.divui %v39, %v40 : i64
      %v46 = arith.constant 64 : i64
      %v47 = arith.constant 63 : i64
      %v61 = arith.constant 0 : i64
      %v62 = arith.muli %size_L, %size_D : i64
      %v67 = arith.constant 0x00000000 : f32
      %v68 = arith.constant 0x3F800000 : f32
      %v72 = arith.constant 32 : i64
      %v83 = arith.constant 33 : i64
      %v88 = arith.constant 2 : i64
      %v102 = arith.constant 4 : i64
      %v116 = arith.constant 6 : i64
      %v130 = arith.constant 8 : i64
      %v144 = arith.constant 10 : i64
      %v158 = arith.constant 12 : i64
      %v172 = arith.constant 14 : i64
      %v199 = arith.constant 18 : i64
      %v213 = arith.constant 20 : i64
      %v227 = arith.constant 22 : i64
      %v241 = arith.constant 24 : i64
      %v255 = arith.constant 26 : i64
      %v269 = arith.constant 28 : i64
      %v283 = arith.constant 30 : i64
      %v310 = arith.constant 34 : i64
      %v324 = arith.constant 36 : i64
      %v338 = arith.constant 38 : i64
      %v352 = arith.constant 40 : i64
      %v366 = arith.constant 42 : i64
      %v380 = arith.constant 44 : i64
      %v394 = arith.constant 46 : i64
      %v408 = arith.constant 48 : i64
      %v422 = arith.constant 50 : i64
      %v436 = arith.constant 52 : i64
      %v450 = arith.constant 54 : i64
      %v464 = arith.constant 56 : i64
      %v478 = arith.constant 58 : i64
      %v492 = arith.constant 60 : i64
      %v506 = arith.constant 62 : i64
      %v985 = arith.constant 0x3FB8AA3B : f32
      %v1399 = arith.constant 128 : i64
      %v1406 = arith.constant 192 : i64
      %v1419 = arith.constant 320 : i64
      %v1426 = arith.constant 384 : i64
      %v1433 = arith.constant 448 : i64
      %v1440 = arith.constant 512 : i64
      %v1447 = arith.constant 576 : i64
      %v1454 = arith.constant 640 : i64
      %v1461 = arith.constant 704 : i64
      %v1468 = arith.constant 768 : i64
      %v1475 = arith.constant 832 : i64
      %v1482 = arith.constant 896 : i64
      %v1489 = arith.constant 960 : i64
      %v1496 = arith.constant 1024 : i64
      %v1503 = arith.constant 1088 : i64
      %v1510 = arith.constant 1152 : i64
      %v1517 = arith.constant 1216 : i64
      %v1524 = arith.constant 1280 : i64
      %v1531 = arith.constant 1344 : i64
      %v1538 = arith.constant 1408 : i64
      %v1545 = arith.constant 1472 : i64
      %v1552 = arith.constant 1536 : i64
      %v1559 = arith.constant 1600 : i64
      %v1566 = arith.constant 1664 : i64
      %v1573 = arith.constant 1728 : i64
      %v1580 = arith.constant 1792 : i64
      %v1587 = arith.constant 1856 : i64
      %v1594 = arith.constant 1920 : i64
      %v1601 = arith.constant 1984 : i64
      %v1642 = arith.constant 3 : i64
      %v1663 = arith.constant 5 : i64
      %v1684 = arith.constant 7 : i64
      %v1705 = arith.constant 9 : i64
      %v1726 = arith.constant 11 : i64
      %v1747 = arith.constant 13 : i64
      %v1768 = arith.constant 15 : i64
      %v42 = gpu.block_id x
      %v43 = gpu.thread_id x
      %v44 = arith.index_cast %v43 : index to i64
      %v45 = arith.index_cast %v42 : index to i64
      %v48 = arith.addi %v3, %v47 : i64
      %v49 = arith.divui %v48, %v46 : i64
      %v50 = arith.divui %v45, %v49 : i64
      %v51 = arith.remui %v45, %v49 : i64
      %v52 = arith.muli %v51, %v46 : i64
      %v53 = arith.addi %v52, %v44 : i64
      %v54 = arith.cmpi slt, %v53, %v3 : i64
      %v55 = arith.subi %v3, %v2 : i64
      %v56 = arith.minsi %v53, %v55 : i64
      %v57 = arith.remui %v56, %size_D : i64
      %v58 = arith.divui %v56, %size_D : i64
      %v59 = arith.remui %v58, %size_B : i64
      %v60 = arith.divui %v58, %size_B : i64
      %v983 = llvm.getelementptr %in_log_dt[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v984 = llvm.load %v983 : !llvm.ptr -> f32
      %v986 = arith.mulf %v984, %v985 fastmath<contract> : f32
      %v987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v986) : (f32) -> f32
      %v988 = arith.muli %v57, %v1 : i64
      %v989 = llvm.getelementptr %in_A_log[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v990 = llvm.load %v989 : !llvm.ptr -> f32
      %v991 = arith.mulf %v990, %v985 fastmath<contract> : f32
      %v992 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v991) : (f32) -> f32
      %v993 = arith.negf %v992 : f32
      %v994 = arith.mulf %v987, %v993 fastmath<contract> : f32
      %v995 = arith.mulf %v994, %v985 fastmath<contract> : f32
      %v996 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v995) : (f32) -> f32
      %v997 = arith.subf %v996, %v68 fastmath<contract> : f32
      %v998 = arith.divf %v997, %v993 : f32
      %v999 = arith.muli %v57, %v1 : i64
      %v1000 = llvm.getelementptr %in_Bp[%v999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
      %v1002 = arith.mulf %v998, %v1001 fastmath<contract> : f32
      %v1013 = arith.muli %v57, %v1 : i64
      %v1014 = arith.constant 1 : i64
      %v1015 = arith.addi %v1013, %v1014 : i64
      %v1016 = llvm.getelementptr %in_A_log[%v1015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1017 = llvm.load %v1016 : !llvm.ptr -> f32
      %v1018 = arith.mulf %v1017, %v985 fastmath<contract> : f32
      %v1019 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1018) : (f32) -> f32
      %v1020 = arith.negf %v1019 : f32
      %v1021 = arith.mulf %v987, %v1020 fastmath<contract> : f32
      %v1022 = arith.mulf %v1021, %v985 fastmath<contract> : f32
      %v1023 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1022) : (f32) -> f32
      %v1024 = arith.subf %v1023, %v68 fastmath<contract> : f32
      %v1025 = arith.divf %v1024, %v1020 : f32
      %v1026 = arith.muli %v57, %v1 : i64
      %v1027 = arith.constant 1 : i64
      %v1028 = arith.addi %v1026, %v1027 : i64
      %v1029 = llvm.getelementptr %in_Bp[%v1028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1030 = llvm.load %v1029 : !llvm.ptr -> f32
      %v1031 = arith.mulf %v1025, %v1030 fastmath<contract> : f32
      %v1038 = arith.muli %v57, %v1 : i64
      %v1039 = arith.constant 2 : i64
      %v1040 = arith.addi %v1038, %v1039 : i64
      %v1041 = llvm.getelementptr %in_A_log[%v1040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      %v1043 = arith.mulf %v1042, %v985 fastmath<contract> : f32
      %v1044 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1043) : (f32) -> f32
      %v1045 = arith.negf %v1044 : f32
      %v1046 = arith.mulf %v987, %v1045 fastmath<contract> : f32
      %v1047 = arith.mulf %v1046, %v985 fastmath<contract> : f32
      %v1048 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1047) : (f32) -> f32
      %v1049 = arith.subf %v1048, %v68 fastmath<contract> : f32
      %v1050 = arith.divf %v1049, %v1045 : f32
      %v1051 = arith.muli %v57, %v1 : i64
      %v1052 = arith.constant 2 : i64
      %v1053 = arith.addi %v1051, %v1052 : i64
      %v1054 = llvm.getelementptr %in_Bp[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1055 = llvm.load %v1054 : !llvm.ptr -> f32
      %v1056 = arith.mulf %v1050, %v1055 fastmath<contract> : f32
      %v1063 = arith.muli %v57, %v1 : i64
      %v1064 = arith.constant 3 : i64
      %v1065 = arith.addi %v1063, %v1064 : i64
      %v1066 = llvm.getelementptr %in_A_log[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
      %v1068 = arith.mulf %v1067, %v985 fastmath<contract> : f32
      %v1069 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1068) : (f32) -> f32
      %v1070 = arith.negf %v1069 : f32
      %v1071 = arith.mulf %v987, %v1070 fastmath<contract> : f32
      %v1072 = arith.mulf %v1071, %v985 fastmath<contract> : f32
      %v1073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1072) : (f32) -> f32
      %v1074 = arith.subf %v1073, %v68 fastmath<contract> : f32
      %v1075 = arith.divf %v1074, %v1070 : f32
      %v1076 = arith.muli %v57, %v1 : i64
      %v1077 = arith.constant 3 : i64
      %v1078 = arith.addi %v1076, %v1077 : i64
      %v1079 = llvm.getelementptr %in_Bp[%v1078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
      %v1081 = arith.mulf %v1075, %v1080 fastmath<contract> : f32
      %v1088 = arith.muli %v57, %v1 : i64
      %v1089 = arith.constant 4 : i64
      %v1090 = arith.addi %v1088, %v1089 : i64
      %v1091 = llvm.getelementptr %in_A_log[%v1090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1092 = llvm.load %v1091 : !llvm.ptr -> f32
      %v1093 = arith.mulf %v1092, %v985 fastmath<contract> : f32
      %v1094 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1093) : (f32) -> f32
      %v1095 = arith.negf %v1094 : f32
      %v1096 = arith.mulf %v987, %v1095 fastmath<contract> : f32
      %v1097 = arith.mulf %v1096, %v985 fastmath<contract> : f32
      %v1098 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1097) : (f32) -> f32
      %v1099 = arith.subf %v1098, %v68 fastmath<contract> : f32
      %v1100 = arith.divf %v1099, %v1095 : f32
      %v1101 = arith.muli %v57, %v1 : i64
      %v1102 = arith.constant 4 : i64
      %v1103 = arith.addi %v1101, %v1102 : i64
      %v1104 = llvm.getelementptr %in_Bp[%v1103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
      %v1106 = arith.mulf %v1100, %v1105 fastmath<contract> : f32
      %v1113 = arith.muli %v57, %v1 : i64
      %v1114 = arith.constant 5 : i64
      %v1115 = arith.addi %v1113, %v1114 : i64
      %v1116 = llvm.getelementptr %in_A_log[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
      %v1118 = arith.mulf %v1117, %v985 fastmath<contract> : f32
      %v1119 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1118) : (f32) -> f32
      %v1120 = arith.negf %v1119 : f32
      %v1121 = arith.mulf %v987, %v1120 fastmath<contract> : f32
      %v1122 = arith.mulf %v1121, %v985 fastmath<contract> : f32
      %v1123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1122) : (f32) -> f32
      %v1124 = arith.subf %v1123, %v68 fastmath<contract> : f32
      %v1125 = arith.divf %v1124, %v1120 : f32
      %v1126 = arith.muli %v57, %v1 : i64
      %v1127 = arith.constant 5 : i64
      %v1128 = arith.addi %v1126, %v1127 : i64
      %v1129 = llvm.getelementptr %in_Bp[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
      %v1131 = arith.mulf %v1125, %v1130 fastmath<contract> : f32
      %v1138 = arith.muli %v57, %v1 : i64
      %v1139 = arith.constant 6 : i64
      %v1140 = arith.addi %v1138, %v1139 : i64
      %v1141 = llvm.getelementptr %in_A_log[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1142 = llvm.load %v1141 : !llvm.ptr -> f32
      %v1143 = arith.mulf %v1142, %v985 fastmath<contract> : f32
      %v1144 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1143) : (f32) -> f32
      %v1145 = arith.negf %v1144 : f32
      %v1146 = arith.mulf %v987, %v1145 fastmath<contract> : f32
      %v1147 = arith.mulf %v1146, %v985 fastmath<contract> : f32
      %v1148 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1147) : (f32) -> f32
      %v1149 = arith.subf %v1148, %v68 fastmath<contract> : f32
      %v1150 = arith.divf %v1149, %v1145 : f32
      %v1151 = arith.muli %v57, %v1 : i64
      %v1152 = arith.constant 6 : i64
      %v1153 = arith.addi %v1151, %v1152 : i64
      %v1154 = llvm.getelementptr %in_Bp[%v1153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1155 = llvm.load %v1154 : !llvm.ptr -> f32
      %v1156 = arith.mulf %v1150, %v1155 fastmath<contract> : f32
      %v1163 = arith.muli %v57, %v1 : i64
      %v1164 = arith.constant 7 : i64
      %v1165 = arith.addi %v1163, %v1164 : i64
      %v1166 = llvm.getelementptr %in_A_log[%v1165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
      %v1168 = arith.mulf %v1167, %v985 fastmath<contract> : f32
      %v1169 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1168) : (f32) -> f32
      %v1170 = arith.negf %v1169 : f32
      %v1171 = arith.mulf %v987, %v1170 fastmath<contract> : f32
      %v1172 = arith.mulf %v1171, %v985 fastmath<contract> : f32
      %v1173 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1172) : (f32) -> f32
      %v1174 = arith.subf %v1173, %v68 fastmath<contract> : f32
      %v1175 = arith.divf %v1174, %v1170 : f32
      %v1176 = arith.muli %v57, %v1 : i64
      %v1177 = arith.constant 7 : i64
      %v1178 = arith.addi %v1176, %v1177 : i64
      %v1179 = llvm.getelementptr %in_Bp[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1180 = llvm.load %v1179 : !llvm.ptr -> f32
      %v1181 = arith.mulf %v1175, %v1180 fastmath<contract> : f32
      %v1188 = arith.muli %v57, %v1 : i64
      %v1189 = arith.constant 8 : i64
      %v1190 = arith.addi %v1188, %v1189 : i64
      %v1191 = llvm.getelementptr %in_A_log[%v1190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1192 = llvm.load %v1191 : !llvm.ptr -> f32
      %v1193 = arith.mulf %v1192, %v985 fastmath<contract> : f32
      %v1194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1193) : (f32) -> f32
      %v1195 = arith.negf %v1194 : f32
      %v1196 = arith.mulf %v987, %v1195 fastmath<contract> : f32
      %v1197 = arith.mulf %v1196, %v985 fastmath<contract> : f32
      %v1198 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1197) : (f32) -> f32
      %v1199 = arith.subf %v1198, %v68 fastmath<contract> : f32
      %v1200 = arith.divf %v1199, %v1195 : f32
      %v1201 = arith.muli %v57, %v1 : i64
      %v1202 = arith.constant 8 : i64
      %v1203 = arith.addi %v1201, %v1202 : i64
      %v1204 = llvm.getelementptr %in_Bp[%v1203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
      %v1206 = arith.mulf %v1200, %v1205 fastmath<contract> : f32
      %v1213 = arith.muli %v57, %v1 : i64
      %v1214 = arith.constant 9 : i64
      %v1215 = arith.addi %v1213, %v1214 : i64
      %v1216 = llvm.getelementptr %in_A_log[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
      %v1218 = arith.mulf %v1217, %v985 fastmath<contract> : f32
      %v1219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1218) : (f32) -> f32
      %v1220 = arith.negf %v1219 : f32
      %v1221 = arith.mulf %v987, %v1220 fastmath<contract> : f32
      %v1222 = arith.mulf %v1221, %v985 fastmath<contract> : f32
      %v1223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1222) : (f32) -> f32
      %v1224 = arith.subf %v1223, %v68 fastmath<contract> : f32
      %v1225 = arith.divf %v1224, %v1220 : f32
      %v1226 = arith.muli %v57, %v1 : i64
      %v1227 = arith.constant 9 : i64
      %v1228 = arith.addi %v1226, %v1227 : i64
      %v1229 = llvm.getelementptr %in_Bp[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
      %v1231 = arith.mulf %v1225, %v1230 fastmath<contract> : f32
      %v1238 = arith.muli %v57, %v1 : i64
      %v1239 = arith.constant 10 : i64
      %v1240 = arith.addi %v1238, %v1239 : i64
      %v1241 = llvm.getelementptr %in_A_log[%v1240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
      %v1243 = arith.mulf %v1242, %v985 fastmath<contract> : f32
      %v1244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1243) : (f32) -> f32
      %v1245 = arith.negf %v1244 : f32
      %v1246 = arith.mulf %v987, %v1245 fastmath<contract> : f32
      %v1247 = arith.mulf %v1246, %v985 fastmath<contract> : f32
      %v1248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1247) : (f32) -> f32
      %v1249 = arith.subf %v1248, %v68 fastmath<contract> : f32
      %v1250 = arith.divf %v1249, %v1245 : f32
      %v1251 = arith.muli %v57, %v1 : i64
      %v1252 = arith.constant 10 : i64
      %v1253 = arith.addi %v1251, %v1252 : i64
      %v1254 = llvm.getelementptr %in_Bp[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1255 = llvm.load %v1254 : !llvm.ptr -> f32
      %v1256 = arith.mulf %v1250, %v1255 fastmath<contract> : f32
      %v1263 = arith.muli %v57, %v1 : i64
      %v1264 = arith.constant 11 : i64
      %v1265 = arith.addi %v1263, %v1264 : i64
      %v1266 = llvm.getelementptr %in_A_log[%v1265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1267 = llvm.load %v1266 : !llvm.ptr -> f32
      %v1268 = arith.mulf %v1267, %v985 fastmath<contract> : f32
      %v1269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1268) : (f32) -> f32
      %v1270 = arith.negf %v1269 : f32
      %v1271 = arith.mulf %v987, %v1270 fastmath<contract> : f32
      %v1272 = arith.mulf %v1271, %v985 fastmath<contract> : f32
      %v1273 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1272) : (f32) -> f32
      %v1274 = arith.subf %v1273, %v68 fastmath<contract> : f32
      %v1275 = arith.divf %v1274, %v1270 : f32
      %v1276 = arith.muli %v57, %v1 : i64
      %v1277 = arith.constant 11 : i64
      %v1278 = arith.addi %v1276, %v1277 : i64
      %v1279 = llvm.getelementptr %in_Bp[%v1278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
      %v1281 = arith.mulf %v1275, %v1280 fastmath<contract> : f32
      %v1288 = arith.muli %v57, %v1 : i64
      %v1289 = arith.constant 12 : i64
      %v1290 = arith.addi %v1288, %v1289 : i64
      %v1291 = llvm.getelementptr %in_A_log[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
      %v1293 = arith.mulf %v1292, %v985 fastmath<contract> : f32
      %v1294 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1293) : (f32) -> f32
      %v1295 = arith.negf %v1294 : f32
      %v1296 = arith.mulf %v987, %v1295 fastmath<contract> : f32
      %v1297 = arith.mulf %v1296, %v985 fastmath<contract> : f32
      %v1298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1297) : (f32) -> f32
      %v1299 = arith.subf %v1298, %v68 fastmath<contract> : f32
      %v1300 = arith.divf %v1299, %v1295 : f32
      %v1301 = arith.muli %v57, %v1 : i64
      %v1302 = arith.constant 12 : i64
      %v1303 = arith.addi %v1301, %v1302 : i64
      %v1304 = llvm.getelementptr %in_Bp[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1305 = llvm.load %v1304 : !llvm.ptr -> f32
      %v1306 = arith.mulf %v1300, %v1305 fastmath<contract> : f32
      %v1313 = arith.muli %v57, %v1 : i64
      %v1314 = arith.constant 13 : i64
      %v1315 = arith.addi %v1313, %v1314 : i64
      %v1316 = llvm.getelementptr %in_A_log[%v1315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1317 = llvm.load %v1316 : !llvm.ptr -> f32
      %v1318 = arith.mulf %v1317, %v985 fastmath<contract> : f32
      %v1319 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1318) : (f32) -> f32
      %v1320 = arith.negf %v1319 : f32
      %v1321 = arith.mulf %v987, %v1320 fastmath<contract> : f32
      %v1322 = arith.mulf %v1321, %v985 fastmath<contract> : f32
      %v1323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1322) : (f32) -> f32
      %v1324 = arith.subf %v1323, %v68 fastmath<contract> : f32
      %v1325 = arith.divf %v1324, %v1320 : f32
      %v1326 = arith.muli %v57, %v1 : i64
      %v1327 = arith.constant 13 : i64
      %v1328 = arith.addi %v1326, %v1327 : i64
      %v1329 = llvm.getelementptr %in_Bp[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
      %v1331 = arith.mulf %v1325, %v1330 fastmath<contract> : f32
      %v1338 = arith.muli %v57, %v1 : i64
      %v1339 = arith.constant 14 : i64
      %v1340 = arith.addi %v1338, %v1339 : i64
      %v1341 = llvm.getelementptr %in_A_log[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1342 = llvm.load %v1341 : !llvm.ptr -> f32
      %v1343 = arith.mulf %v1342, %v985 fastmath<contract> : f32
      %v1344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1343) : (f32) -> f32
      %v1345 = arith.negf %v1344 : f32
      %v1346 = arith.mulf %v987, %v1345 fastmath<contract> : f32
      %v1347 = arith.mulf %v1346, %v985 fastmath<contract> : f32
      %v1348 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1347) : (f32) -> f32
      %v1349 = arith.subf %v1348, %v68 fastmath<contract> : f32
      %v1350 = arith.divf %v1349, %v1345 : f32
      %v1351 = arith.muli %v57, %v1 : i64
      %v1352 = arith.constant 14 : i64
      %v1353 = arith.addi %v1351, %v1352 : i64
      %v1354 = llvm.getelementptr %in_Bp[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
      %v1356 = arith.mulf %v1350, %v1355 fastmath<contract> : f32
      %v1363 = arith.muli %v57, %v1 : i64
      %v1364 = arith.constant 15 : i64
      %v1365 = arith.addi %v1363, %v1364 : i64
      %v1366 = llvm.getelementptr %in_A_log[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1367 = llvm.load %v1366 : !llvm.ptr -> f32
      %v1368 = arith.mulf %v1367, %v985 fastmath<contract> : f32
      %v1369 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1368) : (f32) -> f32
      %v1370 = arith.negf %v1369 : f32
      %v1371 = arith.mulf %v987, %v1370 fastmath<contract> : f32
      %v1372 = arith.mulf %v1371, %v985 fastmath<contract> : f32
      %v1373 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1372) : (f32) -> f32
      %v1374 = arith.subf %v1373, %v68 fastmath<contract> : f32
      %v1375 = arith.divf %v1374, %v1370 : f32
      %v1376 = arith.muli %v57, %v1 : i64
      %v1377 = arith.constant 15 : i64
      %v1378 = arith.addi %v1376, %v1377 : i64
      %v1379 = llvm.getelementptr %in_Bp[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1380 = llvm.load %v1379 : !llvm.ptr -> f32
      %v1381 = arith.mulf %v1375, %v1380 fastmath<contract> : f32
      %v63 = arith.muli %v59, %v62 : i64
      %v64 = arith.muli %v57, %size_L : i64
      %v65 = arith.addi %v63, %v64 : i64
      %v66 = llvm.getelementptr %v36[%v44] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v65, %v66 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v67, %v4 : f32, !llvm.ptr
      llvm.store %v67, %v5 : f32, !llvm.ptr
      llvm.store %v67, %v6 : f32, !llvm.ptr
      llvm.store %v67, %v7 : f32, !llvm.ptr
      llvm.store %v67, %v8 : f32, !llvm.ptr
      llvm.store %v67, %v9 : f32, !llvm.ptr
      llvm.store %v67, %v10 : f32, !llvm.ptr
      llvm.store %v67, %v11 : f32, !llvm.ptr
      llvm.store %v67, %v12 : f32, !llvm.ptr
      llvm.store %v67, %v13 : f32, !llvm.ptr
      llvm.store %v67, %v14 : f32, !llvm.ptr
      llvm.store %v67, %v15 : f32, !llvm.ptr
      llvm.store %v67, %v16 : f32, !llvm.ptr
      llvm.store %v67, %v17 : f32, !llvm.ptr
      llvm.store %v67, %v18 : f32, !llvm.ptr
      llvm.store %v67, %v19 : f32, !llvm.ptr
      llvm.store %v68, %v20 : f32, !llvm.ptr
      llvm.store %v68, %v21 : f32, !llvm.ptr
      llvm.store %v68, %v22 : f32, !llvm.ptr
      llvm.store %v68, %v23 : f32, !llvm.ptr
      llvm.store %v68, %v24 : f32, !llvm.ptr
      llvm.store %v68, %v25 : f32, !llvm.ptr
      llvm.store %v68, %v26 : f32, !llvm.ptr
      llvm.store %v68, %v27 : f32, !llvm.ptr
      llvm.store %v68, %v28 : f32, !llvm.ptr
      llvm.store %v68, %v29 : f32, !llvm.ptr
      llvm.store %v68, %v30 : f32, !llvm.ptr
      llvm.store %v68, %v31 : f32, !llvm.ptr
      llvm.store %v68, %v32 : f32, !llvm.ptr
      llvm.store %v68, %v33 : f32, !llvm.ptr
      llvm.store %v68, %v34 : f32, !llvm.ptr
      llvm.store %v68, %v35 : f32, !llvm.ptr
      %v69 = arith.muli %v50, %v40 : i64
      %v70 = arith.addi %v69, %v40 : i64
      %v71 = arith.minsi %v70, %size_L : i64
      // staged load of `u`'s first tile: read, then shared memory
      %v73 = arith.divui %v44, %v72 : i64
      %v74 = arith.remui %v44, %v72 : i64
      %v75 = arith.constant true
      %v76 = llvm.getelementptr %v36[%v73] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v77 = llvm.load %v76 : !llvm.ptr<3> -> i64
      %v78 = arith.addi %v69, %v74 : i64
      %v79 = arith.cmpi slt, %v78, %v71 : i64
      %v80 = arith.subi %size_L, %v2 : i64
      %v81 = arith.minsi %v78, %v80 : i64
      %v82 = arith.addi %v77, %v81 : i64
      %v84 = arith.muli %v73, %v83 : i64
      %v85 = arith.addi %v84, %v74 : i64
      %v86 = llvm.getelementptr %in_u[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v87 = llvm.load %v86 : !llvm.ptr -> f32
      %v89 = arith.addi %v73, %v88 : i64
      %v90 = arith.constant true
      %v91 = llvm.getelementptr %v36[%v89] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v92 = llvm.load %v91 : !llvm.ptr<3> -> i64
      %v93 = arith.addi %v69, %v74 : i64
      %v94 = arith.cmpi slt, %v93, %v71 : i64
      %v95 = arith.subi %size_L, %v2 : i64
      %v96 = arith.minsi %v93, %v95 : i64
      %v97 = arith.addi %v92, %v96 : i64
      %v98 = arith.muli %v89, %v83 : i64
      %v99 = arith.addi %v98, %v74 : i64
      %v100 = llvm.getelementptr %in_u[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v101 = llvm.load %v100 : !llvm.ptr -> f32
      %v103 = arith.addi %v73, %v102 : i64
      %v104 = arith.constant true
      %v105 = llvm.getelementptr %v36[%v103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v106 = llvm.load %v105 : !llvm.ptr<3> -> i64
      %v107 = arith.addi %v69, %v74 : i64
      %v108 = arith.cmpi slt, %v107, %v71 : i64
      %v109 = arith.subi %size_L, %v2 : i64
      %v110 = arith.minsi %v107, %v109 : i64
      %v111 = arith.addi %v106, %v110 : i64
      %v112 = arith.muli %v103, %v83 : i64
      %v113 = arith.addi %v112, %v74 : i64
      %v114 = llvm.getelementptr %in_u[%v111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v115 = llvm.load %v114 : !llvm.ptr -> f32
      %v117 = arith.addi %v73, %v116 : i64
      %v118 = arith.constant true
      %v119 = llvm.getelementptr %v36[%v117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v120 = llvm.load %v119 : !llvm.ptr<3> -> i64
      %v121 = arith.addi %v69, %v74 : i64
      %v122 = arith.cmpi slt, %v121, %v71 : i64
      %v123 = arith.subi %size_L, %v2 : i64
      %v124 = arith.minsi %v121, %v123 : i64
      %v125 = arith.addi %v120, %v124 : i64
      %v126 = arith.muli %v117, %v83 : i64
      %v127 = arith.addi %v126, %v74 : i64
      %v128 = llvm.getelementptr %in_u[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.load %v128 : !llvm.ptr -> f32
      %v131 = arith.addi %v73, %v130 : i64
      %v132 = arith.constant true
      %v133 = llvm.getelementptr %v36[%v131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v134 = llvm.load %v133 : !llvm.ptr<3> -> i64
      %v135 = arith.addi %v69, %v74 : i64
      %v136 = arith.cmpi slt, %v135, %v71 : i64
      %v137 = arith.subi %size_L, %v2 : i64
      %v138 = arith.minsi %v135, %v137 : i64
      %v139 = arith.addi %v134, %v138 : i64
      %v140 = arith.muli %v131, %v83 : i64
      %v141 = arith.addi %v140, %v74 : i64
      %v142 = llvm.getelementptr %in_u[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v143 = llvm.load %v142 : !llvm.ptr -> f32
      %v145 = arith.addi %v73, %v144 : i64
      %v146 = arith.constant true
      %v147 = llvm.getelementptr %v36[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v148 = llvm.load %v147 : !llvm.ptr<3> -> i64
      %v149 = arith.addi %v69, %v74 : i64
      %v150 = arith.cmpi slt, %v149, %v71 : i64
      %v151 = arith.subi %size_L, %v2 : i64
      %v152 = arith.minsi %v149, %v151 : i64
      %v153 = arith.addi %v148, %v152 : i64
      %v154 = arith.muli %v145, %v83 : i64
      %v155 = arith.addi %v154, %v74 : i64
      %v156 = llvm.getelementptr %in_u[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v157 = llvm.load %v156 : !llvm.ptr -> f32
      %v159 = arith.addi %v73, %v158 : i64
      %v160 = arith.constant true
      %v161 = llvm.getelementptr %v36[%v159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v162 = llvm.load %v161 : !llvm.ptr<3> -> i64
      %v163 = arith.addi %v69, %v74 : i64
      %v164 = arith.cmpi slt, %v163, %v71 : i64
      %v165 = arith.subi %size_L, %v2 : i64
      %v166 = arith.minsi %v163, %v165 : i64
      %v167 = arith.addi %v162, %v166 : i64
      %v168 = arith.muli %v159, %v83 : i64
      %v169 = arith.addi %v168, %v74 : i64
      %v170 = llvm.getelementptr %in_u[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v173 = arith.addi %v73, %v172 : i64
      %v174 = arith.constant true
      %v175 = llvm.getelementptr %v36[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v176 = llvm.load %v175 : !llvm.ptr<3> -> i64
      %v177 = arith.addi %v69, %v74 : i64
      %v178 = arith.cmpi slt, %v177, %v71 : i64
      %v179 = arith.subi %size_L, %v2 : i64
      %v180 = arith.minsi %v177, %v179 : i64
      %v181 = arith.addi %v176, %v180 : i64
      %v182 = arith.muli %v173, %v83 : i64
      %v183 = arith.addi %v182, %v74 : i64
      %v184 = llvm.getelementptr %in_u[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v185 = llvm.load %v184 : !llvm.ptr -> f32
      %v186 = arith.addi %v73, %v1 : i64
      %v187 = arith.constant true
      %v188 = llvm.getelementptr %v36[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v189 = llvm.load %v188 : !llvm.ptr<3> -> i64
      %v190 = arith.addi %v69, %v74 : i64
      %v191 = arith.cmpi slt, %v190, %v71 : i64
      %v192 = arith.subi %size_L, %v2 : i64
      %v193 = arith.minsi %v190, %v192 : i64
      %v194 = arith.addi %v189, %v193 : i64
      %v195 = arith.muli %v186, %v83 : i64
      %v196 = arith.addi %v195, %v74 : i64
      %v197 = llvm.getelementptr %in_u[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v198 = llvm.load %v197 : !llvm.ptr -> f32
      %v200 = arith.addi %v73, %v199 : i64
      %v201 = arith.constant true
      %v202 = llvm.getelementptr %v36[%v200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v203 = llvm.load %v202 : !llvm.ptr<3> -> i64
      %v204 = arith.addi %v69, %v74 : i64
      %v205 = arith.cmpi slt, %v204, %v71 : i64
      %v206 = arith.subi %size_L, %v2 : i64
      %v207 = arith.minsi %v204, %v206 : i64
      %v208 = arith.addi %v203, %v207 : i64
      %v209 = arith.muli %v200, %v83 : i64
      %v210 = arith.addi %v209, %v74 : i64
      %v211 = llvm.getelementptr %in_u[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v212 = llvm.load %v211 : !llvm.ptr -> f32
      %v214 = arith.addi %v73, %v213 : i64
      %v215 = arith.constant true
      %v216 = llvm.getelementptr %v36[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v217 = llvm.load %v216 : !llvm.ptr<3> -> i64
      %v218 = arith.addi %v69, %v74 : i64
      %v219 = arith.cmpi slt, %v218, %v71 : i64
      %v220 = arith.subi %size_L, %v2 : i64
      %v221 = arith.minsi %v218, %v220 : i64
      %v222 = arith.addi %v217, %v221 : i64
      %v223 = arith.muli %v214, %v83 : i64
      %v224 = arith.addi %v223, %v74 : i64
      %v225 = llvm.getelementptr %in_u[%v222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v226 = llvm.load %v225 : !llvm.ptr -> f32
      %v228 = arith.addi %v73, %v227 : i64
      %v229 = arith.constant true
      %v230 = llvm.getelementptr %v36[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v231 = llvm.load %v230 : !llvm.ptr<3> -> i64
      %v232 = arith.addi %v69, %v74 : i64
      %v233 = arith.cmpi slt, %v232, %v71 : i64
      %v234 = arith.subi %size_L, %v2 : i64
      %v235 = arith.minsi %v232, %v234 : i64
      %v236 = arith.addi %v231, %v235 : i64
      %v237 = arith.muli %v228, %v83 : i64
      %v238 = arith.addi %v237, %v74 : i64
      %v239 = llvm.getelementptr %in_u[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v240 = llvm.load %v239 : !llvm.ptr -> f32
      %v242 = arith.addi %v73, %v241 : i64
      %v243 = arith.constant true
      %v244 = llvm.getelementptr %v36[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v245 = llvm.load %v244 : !llvm.ptr<3> -> i64
      %v246 = arith.addi %v69, %v74 : i64
      %v247 = arith.cmpi slt, %v246, %v71 : i64
      %v248 = arith.subi %size_L, %v2 : i64
      %v249 = arith.minsi %v246, %v248 : i64
      %v250 = arith.addi %v245, %v249 : i64
      %v251 = arith.muli %v242, %v83 : i64
      %v252 = arith.addi %v251, %v74 : i64
      %v253 = llvm.getelementptr %in_u[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v254 = llvm.load %v253 : !llvm.ptr -> f32
      %v256 = arith.addi %v73, %v255 : i64
      %v257 = arith.constant true
      %v258 = llvm.getelementptr %v36[%v256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v259 = llvm.load %v258 : !llvm.ptr<3> -> i64
      %v260 = arith.addi %v69, %v74 : i64
      %v261 = arith.cmpi slt, %v260, %v71 : i64
      %v262 = arith.subi %size_L, %v2 : i64
      %v263 = arith.minsi %v260, %v262 : i64
      %v264 = arith.addi %v259, %v263 : i64
      %v265 = arith.muli %v256, %v83 : i64
      %v266 = arith.addi %v265, %v74 : i64
      %v267 = llvm.getelementptr %in_u[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v268 = llvm.load %v267 : !llvm.ptr -> f32
      %v270 = arith.addi %v73, %v269 : i64
      %v271 = arith.constant true
      %v272 = llvm.getelementptr %v36[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v69, %v74 : i64
      %v275 = arith.cmpi slt, %v274, %v71 : i64
      %v276 = arith.subi %size_L, %v2 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.addi %v273, %v277 : i64
      %v279 = arith.muli %v270, %v83 : i64
      %v280 = arith.addi %v279, %v74 : i64
      %v281 = llvm.getelementptr %in_u[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v282 = llvm.load %v281 : !llvm.ptr -> f32
      %v284 = arith.addi %v73, %v283 : i64
      %v285 = arith.constant true
      %v286 = llvm.getelementptr %v36[%v284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v287 = llvm.load %v286 : !llvm.ptr<3> -> i64
      %v288 = arith.addi %v69, %v74 : i64
      %v289 = arith.cmpi slt, %v288, %v71 : i64
      %v290 = arith.subi %size_L, %v2 : i64
      %v291 = arith.minsi %v288, %v290 : i64
      %v292 = arith.addi %v287, %v291 : i64
      %v293 = arith.muli %v284, %v83 : i64
      %v294 = arith.addi %v293, %v74 : i64
      %v295 = llvm.getelementptr %in_u[%v292] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v296 = llvm.load %v295 : !llvm.ptr -> f32
      %v297 = arith.addi %v73, %v72 : i64
      %v298 = arith.constant true
      %v299 = llvm.getelementptr %v36[%v297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v300 = llvm.load %v299 : !llvm.ptr<3> -> i64
      %v301 = arith.addi %v69, %v74 : i64
      %v302 = arith.cmpi slt, %v301, %v71 : i64
      %v303 = arith.subi %size_L, %v2 : i64
      %v304 = arith.minsi %v301, %v303 : i64
      %v305 = arith.addi %v300, %v304 : i64
      %v306 = arith.muli %v297, %v83 : i64
      %v307 = arith.addi %v306, %v74 : i64
      %v308 = llvm.getelementptr %in_u[%v305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v309 = llvm.load %v308 : !llvm.ptr -> f32
      %v311 = arith.addi %v73, %v310 : i64
      %v312 = arith.constant true
      %v313 = llvm.getelementptr %v36[%v311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v314 = llvm.load %v313 : !llvm.ptr<3> -> i64
      %v315 = arith.addi %v69, %v74 : i64
      %v316 = arith.cmpi slt, %v315, %v71 : i64
      %v317 = arith.subi %size_L, %v2 : i64
      %v318 = arith.minsi %v315, %v317 : i64
      %v319 = arith.addi %v314, %v318 : i64
      %v320 = arith.muli %v311, %v83 : i64
      %v321 = arith.addi %v320, %v74 : i64
      %v322 = llvm.getelementptr %in_u[%v319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v323 = llvm.load %v322 : !llvm.ptr -> f32
      %v325 = arith.addi %v73, %v324 : i64
      %v326 = arith.constant true
      %v327 = llvm.getelementptr %v36[%v325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v328 = llvm.load %v327 : !llvm.ptr<3> -> i64
      %v329 = arith.addi %v69, %v74 : i64
      %v330 = arith.cmpi slt, %v329, %v71 : i64
      %v331 = arith.subi %size_L, %v2 : i64
      %v332 = arith.minsi %v329, %v331 : i64
      %v333 = arith.addi %v328, %v332 : i64
      %v334 = arith.muli %v325, %v83 : i64
      %v335 = arith.addi %v334, %v74 : i64
      %v336 = llvm.getelementptr %in_u[%v333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v337 = llvm.load %v336 : !llvm.ptr -> f32
      %v339 = arith.addi %v73, %v338 : i64
      %v340 = arith.constant true
      %v341 = llvm.getelementptr %v36[%v339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v342 = llvm.load %v341 : !llvm.ptr<3> -> i64
      %v343 = arith.addi %v69, %v74 : i64
      %v344 = arith.cmpi slt, %v343, %v71 : i64
      %v345 = arith.subi %size_L, %v2 : i64
      %v346 = arith.minsi %v343, %v345 : i64
      %v347 = arith.addi %v342, %v346 : i64
      %v348 = arith.muli %v339, %v83 : i64
      %v349 = arith.addi %v348, %v74 : i64
      %v350 = llvm.getelementptr %in_u[%v347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v351 = llvm.load %v350 : !llvm.ptr -> f32
      %v353 = arith.addi %v73, %v352 : i64
      %v354 = arith.constant true
      %v355 = llvm.getelementptr %v36[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v356 = llvm.load %v355 : !llvm.ptr<3> -> i64
      %v357 = arith.addi %v69, %v74 : i64
      %v358 = arith.cmpi slt, %v357, %v71 : i64
      %v359 = arith.subi %size_L, %v2 : i64
      %v360 = arith.minsi %v357, %v359 : i64
      %v361 = arith.addi %v356, %v360 : i64
      %v362 = arith.muli %v353, %v83 : i64
      %v363 = arith.addi %v362, %v74 : i64
      %v364 = llvm.getelementptr %in_u[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = llvm.load %v364 : !llvm.ptr -> f32
      %v367 = arith.addi %v73, %v366 : i64
      %v368 = arith.constant true
      %v369 = llvm.getelementptr %v36[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v370 = llvm.load %v369 : !llvm.ptr<3> -> i64
      %v371 = arith.addi %v69, %v74 : i64
      %v372 = arith.cmpi slt, %v371, %v71 : i64
      %v373 = arith.subi %size_L, %v2 : i64
      %v374 = arith.minsi %v371, %v373 : i64
      %v375 = arith.addi %v370, %v374 : i64
      %v376 = arith.muli %v367, %v83 : i64
      %v377 = arith.addi %v376, %v74 : i64
      %v378 = llvm.getelementptr %in_u[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = llvm.load %v378 : !llvm.ptr -> f32
      %v381 = arith.addi %v73, %v380 : i64
      %v382 = arith.constant true
      %v383 = llvm.getelementptr %v36[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v69, %v74 : i64
      %v386 = arith.cmpi slt, %v385, %v71 : i64
      %v387 = arith.subi %size_L, %v2 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v381, %v83 : i64
      %v391 = arith.addi %v390, %v74 : i64
      %v392 = llvm.getelementptr %in_u[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v73, %v394 : i64
      %v396 = arith.constant true
      %v397 = llvm.getelementptr %v36[%v395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v398 = llvm.load %v397 : !llvm.ptr<3> -> i64
      %v399 = arith.addi %v69, %v74 : i64
      %v400 = arith.cmpi slt, %v399, %v71 : i64
      %v401 = arith.subi %size_L, %v2 : i64
      %v402 = arith.minsi %v399, %v401 : i64
      %v403 = arith.addi %v398, %v402 : i64
      %v404 = arith.muli %v395, %v83 : i64
      %v405 = arith.addi %v404, %v74 : i64
      %v406 = llvm.getelementptr %in_u[%v403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v407 = llvm.load %v406 : !llvm.ptr -> f32
      %v409 = arith.addi %v73, %v408 : i64
      %v410 = arith.constant true
      %v411 = llvm.getelementptr %v36[%v409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v412 = llvm.load %v411 : !llvm.ptr<3> -> i64
      %v413 = arith.addi %v69, %v74 : i64
      %v414 = arith.cmpi slt, %v413, %v71 : i64
      %v415 = arith.subi %size_L, %v2 : i64
      %v416 = arith.minsi %v413, %v415 : i64
      %v417 = arith.addi %v412, %v416 : i64
      %v418 = arith.muli %v409, %v83 : i64
      %v419 = arith.addi %v418, %v74 : i64
      %v420 = llvm.getelementptr %in_u[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = llvm.load %v420 : !llvm.ptr -> f32
      %v423 = arith.addi %v73, %v422 : i64
      %v424 = arith.constant true
      %v425 = llvm.getelementptr %v36[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v426 = llvm.load %v425 : !llvm.ptr<3> -> i64
      %v427 = arith.addi %v69, %v74 : i64
      %v428 = arith.cmpi slt, %v427, %v71 : i64
      %v429 = arith.subi %size_L, %v2 : i64
      %v430 = arith.minsi %v427, %v429 : i64
      %v431 = arith.addi %v426, %v430 : i64
      %v432 = arith.muli %v423, %v83 : i64
      %v433 = arith.addi %v432, %v74 : i64
      %v434 = llvm.getelementptr %in_u[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v435 = llvm.load %v434 : !llvm.ptr -> f32
      %v437 = arith.addi %v73, %v436 : i64
      %v438 = arith.constant true
      %v439 = llvm.getelementptr %v36[%v437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v440 = llvm.load %v439 : !llvm.ptr<3> -> i64
      %v441 = arith.addi %v69, %v74 : i64
      %v442 = arith.cmpi slt, %v441, %v71 : i64
      %v443 = arith.subi %size_L, %v2 : i64
      %v444 = arith.minsi %v441, %v443 : i64
      %v445 = arith.addi %v440, %v444 : i64
      %v446 = arith.muli %v437, %v83 : i64
      %v447 = arith.addi %v446, %v74 : i64
      %v448 = llvm.getelementptr %in_u[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v449 = llvm.load %v448 : !llvm.ptr -> f32
      %v451 = arith.addi %v73, %v450 : i64
      %v452 = arith.constant true
      %v453 = llvm.getelementptr %v36[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v454 = llvm.load %v453 : !llvm.ptr<3> -> i64
      %v455 = arith.addi %v69, %v74 : i64
      %v456 = arith.cmpi slt, %v455, %v71 : i64
      %v457 = arith.subi %size_L, %v2 : i64
      %v458 = arith.minsi %v455, %v457 : i64
      %v459 = arith.addi %v454, %v458 : i64
      %v460 = arith.muli %v451, %v83 : i64
      %v461 = arith.addi %v460, %v74 : i64
      %v462 = llvm.getelementptr %in_u[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = llvm.load %v462 : !llvm.ptr -> f32
      %v465 = arith.addi %v73, %v464 : i64
      %v466 = arith.constant true
      %v467 = llvm.getelementptr %v36[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v468 = llvm.load %v467 : !llvm.ptr<3> -> i64
      %v469 = arith.addi %v69, %v74 : i64
      %v470 = arith.cmpi slt, %v469, %v71 : i64
      %v471 = arith.subi %size_L, %v2 : i64
      %v472 = arith.minsi %v469, %v471 : i64
      %v473 = arith.addi %v468, %v472 : i64
      %v474 = arith.muli %v465, %v83 : i64
      %v475 = arith.addi %v474, %v74 : i64
      %v476 = llvm.getelementptr %in_u[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v477 = llvm.load %v476 : !llvm.ptr -> f32
      %v479 = arith.addi %v73, %v478 : i64
      %v480 = arith.constant true
      %v481 = llvm.getelementptr %v36[%v479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.addi %v69, %v74 : i64
      %v484 = arith.cmpi slt, %v483, %v71 : i64
      %v485 = arith.subi %size_L, %v2 : i64
      %v486 = arith.minsi %v483, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v479, %v83 : i64
      %v489 = arith.addi %v488, %v74 : i64
      %v490 = llvm.getelementptr %in_u[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v73, %v492 : i64
      %v494 = arith.constant true
      %v495 = llvm.getelementptr %v36[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v496 = llvm.load %v495 : !llvm.ptr<3> -> i64
      %v497 = arith.addi %v69, %v74 : i64
      %v498 = arith.cmpi slt, %v497, %v71 : i64
      %v499 = arith.subi %size_L, %v2 : i64
      %v500 = arith.minsi %v497, %v499 : i64
      %v501 = arith.addi %v496, %v500 : i64
      %v502 = arith.muli %v493, %v83 : i64
      %v503 = arith.addi %v502, %v74 : i64
      %v504 = llvm.getelementptr %in_u[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v505 = llvm.load %v504 : !llvm.ptr -> f32
      %v507 = arith.addi %v73, %v506 : i64
      %v508 = arith.constant true
      %v509 = llvm.getelementptr %v36[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v510 = llvm.load %v509 : !llvm.ptr<3> -> i64
      %v511 = arith.addi %v69, %v74 : i64
      %v512 = arith.cmpi slt, %v511, %v71 : i64
      %v513 = arith.subi %size_L, %v2 : i64
      %v514 = arith.minsi %v511, %v513 : i64
      %v515 = arith.addi %v510, %v514 : i64
      %v516 = arith.muli %v507, %v83 : i64
      %v517 = arith.addi %v516, %v74 : i64
      %v518 = llvm.getelementptr %in_u[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v519 = llvm.load %v518 : !llvm.ptr -> f32
      scf.if %v75 {
        %v520 = llvm.getelementptr %v37[%v85] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v87, %v520 : f32, !llvm.ptr<3>
      }
      scf.if %v90 {
        %v521 = llvm.getelementptr %v37[%v99] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v101, %v521 : f32, !llvm.ptr<3>
      }
      scf.if %v104 {
        %v522 = llvm.getelementptr %v37[%v113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v115, %v522 : f32, !llvm.ptr<3>
      }
      scf.if %v118 {
        %v523 = llvm.getelementptr %v37[%v127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v129, %v523 : f32, !llvm.ptr<3>
      }
      scf.if %v132 {
        %v524 = llvm.getelementptr %v37[%v141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v143, %v524 : f32, !llvm.ptr<3>
      }
      scf.if %v146 {
        %v525 = llvm.getelementptr %v37[%v155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v157, %v525 : f32, !llvm.ptr<3>
      }
      scf.if %v160 {
        %v526 = llvm.getelementptr %v37[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v171, %v526 : f32, !llvm.ptr<3>
      }
      scf.if %v174 {
        %v527 = llvm.getelementptr %v37[%v183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v185, %v527 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v528 = llvm.getelementptr %v37[%v196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v198, %v528 : f32, !llvm.ptr<3>
      }
      scf.if %v201 {
        %v529 = llvm.getelementptr %v37[%v210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v212, %v529 : f32, !llvm.ptr<3>
      }
      scf.if %v215 {
        %v530 = llvm.getelementptr %v37[%v224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v226, %v530 : f32, !llvm.ptr<3>
      }
      scf.if %v229 {
        %v531 = llvm.getelementptr %v37[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v240, %v531 : f32, !llvm.ptr<3>
      }
      scf.if %v243 {
        %v532 = llvm.getelementptr %v37[%v252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v254, %v532 : f32, !llvm.ptr<3>
      }
      scf.if %v257 {
        %v533 = llvm.getelementptr %v37[%v266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v268, %v533 : f32, !llvm.ptr<3>
      }
      scf.if %v271 {
        %v534 = llvm.getelementptr %v37[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v282, %v534 : f32, !llvm.ptr<3>
      }
      scf.if %v285 {
        %v535 = llvm.getelementptr %v37[%v294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v296, %v535 : f32, !llvm.ptr<3>
      }
      scf.if %v298 {
        %v536 = llvm.getelementptr %v37[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v309, %v536 : f32, !llvm.ptr<3>
      }
      scf.if %v312 {
        %v537 = llvm.getelementptr %v37[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v323, %v537 : f32, !llvm.ptr<3>
      }
      scf.if %v326 {
        %v538 = llvm.getelementptr %v37[%v335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v337, %v538 : f32, !llvm.ptr<3>
      }
      scf.if %v340 {
        %v539 = llvm.getelementptr %v37[%v349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v351, %v539 : f32, !llvm.ptr<3>
      }
      scf.if %v354 {
        %v540 = llvm.getelementptr %v37[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v365, %v540 : f32, !llvm.ptr<3>
      }
      scf.if %v368 {
        %v541 = llvm.getelementptr %v37[%v377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v379, %v541 : f32, !llvm.ptr<3>
      }
      scf.if %v382 {
        %v542 = llvm.getelementptr %v37[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v543 = llvm.getelementptr %v37[%v405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v407, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v410 {
        %v544 = llvm.getelementptr %v37[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v421, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v424 {
        %v545 = llvm.getelementptr %v37[%v433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v435, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v438 {
        %v546 = llvm.getelementptr %v37[%v447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v449, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v452 {
        %v547 = llvm.getelementptr %v37[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v463, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v466 {
        %v548 = llvm.getelementptr %v37[%v475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v477, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v480 {
        %v549 = llvm.getelementptr %v37[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v550 = llvm.getelementptr %v37[%v503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v505, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v508 {
        %v551 = llvm.getelementptr %v37[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v519, %v551 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      gpu.barrier
      %v552 = arith.index_cast %v69 : i64 to index
      %v553 = arith.index_cast %v71 : i64 to index
      %v554 = arith.index_cast %v72 : i64 to index
      scf.for %v555 = %v552 to %v553 step %v554 {
        %v556 = arith.index_cast %v555 : index to i64
        %v557 = arith.subi %v71, %v556 : i64
        %v558 = arith.minsi %v557, %v72 : i64
        %v559 = arith.addi %v556, %v72 : i64
        %v560 = arith.divui %v44, %v72 : i64
        %v561 = arith.remui %v44, %v72 : i64
        %v562 = arith.constant true
        %v563 = llvm.getelementptr %v36[%v560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v564 = llvm.load %v563 : !llvm.ptr<3> -> i64
        %v565 = arith.addi %v559, %v561 : i64
        %v566 = arith.cmpi slt, %v565, %v71 : i64
        %v567 = arith.subi %size_L, %v2 : i64
        %v568 = arith.minsi %v565, %v567 : i64
        %v569 = arith.addi %v564, %v568 : i64
        %v570 = arith.muli %v560, %v83 : i64
        %v571 = arith.addi %v570, %v561 : i64
        %v572 = llvm.getelementptr %in_u[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v573 = llvm.load %v572 : !llvm.ptr -> f32
        %v574 = arith.addi %v560, %v88 : i64
        %v575 = arith.constant true
        %v576 = llvm.getelementptr %v36[%v574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v577 = llvm.load %v576 : !llvm.ptr<3> -> i64
        %v578 = arith.addi %v559, %v561 : i64
        %v579 = arith.cmpi slt, %v578, %v71 : i64
        %v580 = arith.subi %size_L, %v2 : i64
        %v581 = arith.minsi %v578, %v580 : i64
        %v582 = arith.addi %v577, %v581 : i64
        %v583 = arith.muli %v574, %v83 : i64
        %v584 = arith.addi %v583, %v561 : i64
        %v585 = llvm.getelementptr %in_u[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v586 = llvm.load %v585 : !llvm.ptr -> f32
        %v587 = arith.addi %v560, %v102 : i64
        %v588 = arith.constant true
        %v589 = llvm.getelementptr %v36[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v590 = llvm.load %v589 : !llvm.ptr<3> -> i64
        %v591 = arith.addi %v559, %v561 : i64
        %v592 = arith.cmpi slt, %v591, %v71 : i64
        %v593 = arith.subi %size_L, %v2 : i64
        %v594 = arith.minsi %v591, %v593 : i64
        %v595 = arith.addi %v590, %v594 : i64
        %v596 = arith.muli %v587, %v83 : i64
        %v597 = arith.addi %v596, %v561 : i64
        %v598 = llvm.getelementptr %in_u[%v595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v599 = llvm.load %v598 : !llvm.ptr -> f32
        %v600 = arith.addi %v560, %v116 : i64
        %v601 = arith.constant true
        %v602 = llvm.getelementptr %v36[%v600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v603 = llvm.load %v602 : !llvm.ptr<3> -> i64
        %v604 = arith.addi %v559, %v561 : i64
        %v605 = arith.cmpi slt, %v604, %v71 : i64
        %v606 = arith.subi %size_L, %v2 : i64
        %v607 = arith.minsi %v604, %v606 : i64
        %v608 = arith.addi %v603, %v607 : i64
        %v609 = arith.muli %v600, %v83 : i64
        %v610 = arith.addi %v609, %v561 : i64
        %v611 = llvm.getelementptr %in_u[%v608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v612 = llvm.load %v611 : !llvm.ptr -> f32
        %v613 = arith.addi %v560, %v130 : i64
        %v614 = arith.constant true
        %v615 = llvm.getelementptr %v36[%v613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v616 = llvm.load %v615 : !llvm.ptr<3> -> i64
        %v617 = arith.addi %v559, %v561 : i64
        %v618 = arith.cmpi slt, %v617, %v71 : i64
        %v619 = arith.subi %size_L, %v2 : i64
        %v620 = arith.minsi %v617, %v619 : i64
        %v621 = arith.addi %v616, %v620 : i64
        %v622 = arith.muli %v613, %v83 : i64
        %v623 = arith.addi %v622, %v561 : i64
        %v624 = llvm.getelementptr %in_u[%v621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v625 = llvm.load %v624 : !llvm.ptr -> f32
        %v626 = arith.addi %v560, %v144 : i64
        %v627 = arith.constant true
        %v628 = llvm.getelementptr %v36[%v626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v629 = llvm.load %v628 : !llvm.ptr<3> -> i64
        %v630 = arith.addi %v559, %v561 : i64
        %v631 = arith.cmpi slt, %v630, %v71 : i64
        %v632 = arith.subi %size_L, %v2 : i64
        %v633 = arith.minsi %v630, %v632 : i64
        %v634 = arith.addi %v629, %v633 : i64
        %v635 = arith.muli %v626, %v83 : i64
        %v636 = arith.addi %v635, %v561 : i64
        %v637 = llvm.getelementptr %in_u[%v634] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v638 = llvm.load %v637 : !llvm.ptr -> f32
        %v639 = arith.addi %v560, %v158 : i64
        %v640 = arith.constant true
        %v641 = llvm.getelementptr %v36[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v642 = llvm.load %v641 : !llvm.ptr<3> -> i64
        %v643 = arith.addi %v559, %v561 : i64
        %v644 = arith.cmpi slt, %v643, %v71 : i64
        %v645 = arith.subi %size_L, %v2 : i64
        %v646 = arith.minsi %v643, %v645 : i64
        %v647 = arith.addi %v642, %v646 : i64
        %v648 = arith.muli %v639, %v83 : i64
        %v649 = arith.addi %v648, %v561 : i64
        %v650 = llvm.getelementptr %in_u[%v647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v651 = llvm.load %v650 : !llvm.ptr -> f32
        %v652 = arith.addi %v560, %v172 : i64
        %v653 = arith.constant true
        %v654 = llvm.getelementptr %v36[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v655 = llvm.load %v654 : !llvm.ptr<3> -> i64
        %v656 = arith.addi %v559, %v561 : i64
        %v657 = arith.cmpi slt, %v656, %v71 : i64
        %v658 = arith.subi %size_L, %v2 : i64
        %v659 = arith.minsi %v656, %v658 : i64
        %v660 = arith.addi %v655, %v659 : i64
        %v661 = arith.muli %v652, %v83 : i64
        %v662 = arith.addi %v661, %v561 : i64
        %v663 = llvm.getelementptr %in_u[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v664 = llvm.load %v663 : !llvm.ptr -> f32
        %v665 = arith.addi %v560, %v1 : i64
        %v666 = arith.constant true
        %v667 = llvm.getelementptr %v36[%v665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v668 = llvm.load %v667 : !llvm.ptr<3> -> i64
        %v669 = arith.addi %v559, %v561 : i64
        %v670 = arith.cmpi slt, %v669, %v71 : i64
        %v671 = arith.subi %size_L, %v2 : i64
        %v672 = arith.minsi %v669, %v671 : i64
        %v673 = arith.addi %v668, %v672 : i64
        %v674 = arith.muli %v665, %v83 : i64
        %v675 = arith.addi %v674, %v561 : i64
        %v676 = llvm.getelementptr %in_u[%v673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v677 = llvm.load %v676 : !llvm.ptr -> f32
        %v678 = arith.addi %v560, %v199 : i64
        %v679 = arith.constant true
        %v680 = llvm.getelementptr %v36[%v678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v681 = llvm.load %v680 : !llvm.ptr<3> -> i64
        %v682 = arith.addi %v559, %v561 : i64
        %v683 = arith.cmpi slt, %v682, %v71 : i64
        %v684 = arith.subi %size_L, %v2 : i64
        %v685 = arith.minsi %v682, %v684 : i64
        %v686 = arith.addi %v681, %v685 : i64
        %v687 = arith.muli %v678, %v83 : i64
        %v688 = arith.addi %v687, %v561 : i64
        %v689 = llvm.getelementptr %in_u[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v690 = llvm.load %v689 : !llvm.ptr -> f32
        %v691 = arith.addi %v560, %v213 : i64
        %v692 = arith.constant true
        %v693 = llvm.getelementptr %v36[%v691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v694 = llvm.load %v693 : !llvm.ptr<3> -> i64
        %v695 = arith.addi %v559, %v561 : i64
        %v696 = arith.cmpi slt, %v695, %v71 : i64
        %v697 = arith.subi %size_L, %v2 : i64
        %v698 = arith.minsi %v695, %v697 : i64
        %v699 = arith.addi %v694, %v698 : i64
        %v700 = arith.muli %v691, %v83 : i64
        %v701 = arith.addi %v700, %v561 : i64
        %v702 = llvm.getelementptr %in_u[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v703 = llvm.load %v702 : !llvm.ptr -> f32
        %v704 = arith.addi %v560, %v227 : i64
        %v705 = arith.constant true
        %v706 = llvm.getelementptr %v36[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v707 = llvm.load %v706 : !llvm.ptr<3> -> i64
        %v708 = arith.addi %v559, %v561 : i64
        %v709 = arith.cmpi slt, %v708, %v71 : i64
        %v710 = arith.subi %size_L, %v2 : i64
        %v711 = arith.minsi %v708, %v710 : i64
        %v712 = arith.addi %v707, %v711 : i64
        %v713 = arith.muli %v704, %v83 : i64
        %v714 = arith.addi %v713, %v561 : i64
        %v715 = llvm.getelementptr %in_u[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v716 = llvm.load %v715 : !llvm.ptr -> f32
        %v717 = arith.addi %v560, %v241 : i64
        %v718 = arith.constant true
        %v719 = llvm.getelementptr %v36[%v717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v720 = llvm.load %v719 : !llvm.ptr<3> -> i64
        %v721 = arith.addi %v559, %v561 : i64
        %v722 = arith.cmpi slt, %v721, %v71 : i64
        %v723 = arith.subi %size_L, %v2 : i64
        %v724 = arith.minsi %v721, %v723 : i64
        %v725 = arith.addi %v720, %v724 : i64
        %v726 = arith.muli %v717, %v83 : i64
        %v727 = arith.addi %v726, %v561 : i64
        %v728 = llvm.getelementptr %in_u[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v729 = llvm.load %v728 : !llvm.ptr -> f32
        %v730 = arith.addi %v560, %v255 : i64
        %v731 = arith.constant true
        %v732 = llvm.getelementptr %v36[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v733 = llvm.load %v732 : !llvm.ptr<3> -> i64
        %v734 = arith.addi %v559, %v561 : i64
        %v735 = arith.cmpi slt, %v734, %v71 : i64
        %v736 = arith.subi %size_L, %v2 : i64
        %v737 = arith.minsi %v734, %v736 : i64
        %v738 = arith.addi %v733, %v737 : i64
        %v739 = arith.muli %v730, %v83 : i64
        %v740 = arith.addi %v739, %v561 : i64
        %v741 = llvm.getelementptr %in_u[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v742 = llvm.load %v741 : !llvm.ptr -> f32
        %v743 = arith.addi %v560, %v269 : i64
        %v744 = arith.constant true
        %v745 = llvm.getelementptr %v36[%v743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v746 = llvm.load %v745 : !llvm.ptr<3> -> i64
        %v747 = arith.addi %v559, %v561 : i64
        %v748 = arith.cmpi slt, %v747, %v71 : i64
        %v749 = arith.subi %size_L, %v2 : i64
        %v750 = arith.minsi %v747, %v749 : i64
        %v751 = arith.addi %v746, %v750 : i64
        %v752 = arith.muli %v743, %v83 : i64
        %v753 = arith.addi %v752, %v561 : i64
        %v754 = llvm.getelementptr %in_u[%v751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v755 = llvm.load %v754 : !llvm.ptr -> f32
        %v756 = arith.addi %v560, %v283 : i64
        %v757 = arith.constant true
        %v758 = llvm.getelementptr %v36[%v756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v759 = llvm.load %v758 : !llvm.ptr<3> -> i64
        %v760 = arith.addi %v559, %v561 : i64
        %v761 = arith.cmpi slt, %v760, %v71 : i64
        %v762 = arith.subi %size_L, %v2 : i64
        %v763 = arith.minsi %v760, %v762 : i64
        %v764 = arith.addi %v759, %v763 : i64
        %v765 = arith.muli %v756, %v83 : i64
        %v766 = arith.addi %v765, %v561 : i64
        %v767 = llvm.getelementptr %in_u[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v768 = llvm.load %v767 : !llvm.ptr -> f32
        %v769 = arith.addi %v560, %v72 : i64
        %v770 = arith.constant true
        %v771 = llvm.getelementptr %v36[%v769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v772 = llvm.load %v771 : !llvm.ptr<3> -> i64
        %v773 = arith.addi %v559, %v561 : i64
        %v774 = arith.cmpi slt, %v773, %v71 : i64
        %v775 = arith.subi %size_L, %v2 : i64
        %v776 = arith.minsi %v773, %v775 : i64
        %v777 = arith.addi %v772, %v776 : i64
        %v778 = arith.muli %v769, %v83 : i64
        %v779 = arith.addi %v778, %v561 : i64
        %v780 = llvm.getelementptr %in_u[%v777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v781 = llvm.load %v780 : !llvm.ptr -> f32
        %v782 = arith.addi %v560, %v310 : i64
        %v783 = arith.constant true
        %v784 = llvm.getelementptr %v36[%v782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v785 = llvm.load %v784 : !llvm.ptr<3> -> i64
        %v786 = arith.addi %v559, %v561 : i64
        %v787 = arith.cmpi slt, %v786, %v71 : i64
        %v788 = arith.subi %size_L, %v2 : i64
        %v789 = arith.minsi %v786, %v788 : i64
        %v790 = arith.addi %v785, %v789 : i64
        %v791 = arith.muli %v782, %v83 : i64
        %v792 = arith.addi %v791, %v561 : i64
        %v793 = llvm.getelementptr %in_u[%v790] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v794 = llvm.load %v793 : !llvm.ptr -> f32
        %v795 = arith.addi %v560, %v324 : i64
        %v796 = arith.constant true
        %v797 = llvm.getelementptr %v36[%v795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v798 = llvm.load %v797 : !llvm.ptr<3> -> i64
        %v799 = arith.addi %v559, %v561 : i64
        %v800 = arith.cmpi slt, %v799, %v71 : i64
        %v801 = arith.subi %size_L, %v2 : i64
        %v802 = arith.minsi %v799, %v801 : i64
        %v803 = arith.addi %v798, %v802 : i64
        %v804 = arith.muli %v795, %v83 : i64
        %v805 = arith.addi %v804, %v561 : i64
        %v806 = llvm.getelementptr %in_u[%v803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v807 = llvm.load %v806 : !llvm.ptr -> f32
        %v808 = arith.addi %v560, %v338 : i64
        %v809 = arith.constant true
        %v810 = llvm.getelementptr %v36[%v808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v811 = llvm.load %v810 : !llvm.ptr<3> -> i64
        %v812 = arith.addi %v559, %v561 : i64
        %v813 = arith.cmpi slt, %v812, %v71 : i64
        %v814 = arith.subi %size_L, %v2 : i64
        %v815 = arith.minsi %v812, %v814 : i64
        %v816 = arith.addi %v811, %v815 : i64
        %v817 = arith.muli %v808, %v83 : i64
        %v818 = arith.addi %v817, %v561 : i64
        %v819 = llvm.getelementptr %in_u[%v816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v820 = llvm.load %v819 : !llvm.ptr -> f32
        %v821 = arith.addi %v560, %v352 : i64
        %v822 = arith.constant true
        %v823 = llvm.getelementptr %v36[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v824 = llvm.load %v823 : !llvm.ptr<3> -> i64
        %v825 = arith.addi %v559, %v561 : i64
        %v826 = arith.cmpi slt, %v825, %v71 : i64
        %v827 = arith.subi %size_L, %v2 : i64
        %v828 = arith.minsi %v825, %v827 : i64
        %v829 = arith.addi %v824, %v828 : i64
        %v830 = arith.muli %v821, %v83 : i64
        %v831 = arith.addi %v830, %v561 : i64
        %v832 = llvm.getelementptr %in_u[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v833 = llvm.load %v832 : !llvm.ptr -> f32
        %v834 = arith.addi %v560, %v366 : i64
        %v835 = arith.constant true
        %v836 = llvm.getelementptr %v36[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
        %v838 = arith.addi %v559, %v561 : i64
        %v839 = arith.cmpi slt, %v838, %v71 : i64
        %v840 = arith.subi %size_L, %v2 : i64
        %v841 = arith.minsi %v838, %v840 : i64
        %v842 = arith.addi %v837, %v841 : i64
        %v843 = arith.muli %v834, %v83 : i64
        %v844 = arith.addi %v843, %v561 : i64
        %v845 = llvm.getelementptr %in_u[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v846 = llvm.load %v845 : !llvm.ptr -> f32
        %v847 = arith.addi %v560, %v380 : i64
        %v848 = arith.constant true
        %v849 = llvm.getelementptr %v36[%v847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v850 = llvm.load %v849 : !llvm.ptr<3> -> i64
        %v851 = arith.addi %v559, %v561 : i64
        %v852 = arith.cmpi slt, %v851, %v71 : i64
        %v853 = arith.subi %size_L, %v2 : i64
        %v854 = arith.minsi %v851, %v853 : i64
        %v855 = arith.addi %v850, %v854 : i64
        %v856 = arith.muli %v847, %v83 : i64
        %v857 = arith.addi %v856, %v561 : i64
        %v858 = llvm.getelementptr %in_u[%v855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v859 = llvm.load %v858 : !llvm.ptr -> f32
        %v860 = arith.addi %v560, %v394 : i64
        %v861 = arith.constant true
        %v862 = llvm.getelementptr %v36[%v860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v863 = llvm.load %v862 : !llvm.ptr<3> -> i64
        %v864 = arith.addi %v559, %v561 : i64
        %v865 = arith.cmpi slt, %v864, %v71 : i64
        %v866 = arith.subi %size_L, %v2 : i64
        %v867 = arith.minsi %v864, %v866 : i64
        %v868 = arith.addi %v863, %v867 : i64
        %v869 = arith.muli %v860, %v83 : i64
        %v870 = arith.addi %v869, %v561 : i64
        %v871 = llvm.getelementptr %in_u[%v868] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v872 = llvm.load %v871 : !llvm.ptr -> f32
        %v873 = arith.addi %v560, %v408 : i64
        %v874 = arith.constant true
        %v875 = llvm.getelementptr %v36[%v873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v876 = llvm.load %v875 : !llvm.ptr<3> -> i64
        %v877 = arith.addi %v559, %v561 : i64
        %v878 = arith.cmpi slt, %v877, %v71 : i64
        %v879 = arith.subi %size_L, %v2 : i64
        %v880 = arith.minsi %v877, %v879 : i64
        %v881 = arith.addi %v876, %v880 : i64
        %v882 = arith.muli %v873, %v83 : i64
        %v883 = arith.addi %v882, %v561 : i64
        %v884 = llvm.getelementptr %in_u[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v885 = llvm.load %v884 : !llvm.ptr -> f32
        %v886 = arith.addi %v560, %v422 : i64
        %v887 = arith.constant true
        %v888 = llvm.getelementptr %v36[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v889 = llvm.load %v888 : !llvm.ptr<3> -> i64
        %v890 = arith.addi %v559, %v561 : i64
        %v891 = arith.cmpi slt, %v890, %v71 : i64
        %v892 = arith.subi %size_L, %v2 : i64
        %v893 = arith.minsi %v890, %v892 : i64
        %v894 = arith.addi %v889, %v893 : i64
        %v895 = arith.muli %v886, %v83 : i64
        %v896 = arith.addi %v895, %v561 : i64
        %v897 = llvm.getelementptr %in_u[%v894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v898 = llvm.load %v897 : !llvm.ptr -> f32
        %v899 = arith.addi %v560, %v436 : i64
        %v900 = arith.constant true
        %v901 = llvm.getelementptr %v36[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v902 = llvm.load %v901 : !llvm.ptr<3> -> i64
        %v903 = arith.addi %v559, %v561 : i64
        %v904 = arith.cmpi slt, %v903, %v71 : i64
        %v905 = arith.subi %size_L, %v2 : i64
        %v906 = arith.minsi %v903, %v905 : i64
        %v907 = arith.addi %v902, %v906 : i64
        %v908 = arith.muli %v899, %v83 : i64
        %v909 = arith.addi %v908, %v561 : i64
        %v910 = llvm.getelementptr %in_u[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v911 = llvm.load %v910 : !llvm.ptr -> f32
        %v912 = arith.addi %v560, %v450 : i64
        %v913 = arith.constant true
        %v914 = llvm.getelementptr %v36[%v912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v915 = llvm.load %v914 : !llvm.ptr<3> -> i64
        %v916 = arith.addi %v559, %v561 : i64
        %v917 = arith.cmpi slt, %v916, %v71 : i64
        %v918 = arith.subi %size_L, %v2 : i64
        %v919 = arith.minsi %v916, %v918 : i64
        %v920 = arith.addi %v915, %v919 : i64
        %v921 = arith.muli %v912, %v83 : i64
        %v922 = arith.addi %v921, %v561 : i64
        %v923 = llvm.getelementptr %in_u[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v924 = llvm.load %v923 : !llvm.ptr -> f32
        %v925 = arith.addi %v560, %v464 : i64
        %v926 = arith.constant true
        %v927 = llvm.getelementptr %v36[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v928 = llvm.load %v927 : !llvm.ptr<3> -> i64
        %v929 = arith.addi %v559, %v561 : i64
        %v930 = arith.cmpi slt, %v929, %v71 : i64
        %v931 = arith.subi %size_L, %v2 : i64
        %v932 = arith.minsi %v929, %v931 : i64
        %v933 = arith.addi %v928, %v932 : i64
        %v934 = arith.muli %v925, %v83 : i64
        %v935 = arith.addi %v934, %v561 : i64
        %v936 = llvm.getelementptr %in_u[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v937 = llvm.load %v936 : !llvm.ptr -> f32
        %v938 = arith.addi %v560, %v478 : i64
        %v939 = arith.constant true
        %v940 = llvm.getelementptr %v36[%v938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v941 = llvm.load %v940 : !llvm.ptr<3> -> i64
        %v942 = arith.addi %v559, %v561 : i64
        %v943 = arith.cmpi slt, %v942, %v71 : i64
        %v944 = arith.subi %size_L, %v2 : i64
        %v945 = arith.minsi %v942, %v944 : i64
        %v946 = arith.addi %v941, %v945 : i64
        %v947 = arith.muli %v938, %v83 : i64
        %v948 = arith.addi %v947, %v561 : i64
        %v949 = llvm.getelementptr %in_u[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v950 = llvm.load %v949 : !llvm.ptr -> f32
        %v951 = arith.addi %v560, %v492 : i64
        %v952 = arith.constant true
        %v953 = llvm.getelementptr %v36[%v951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v954 = llvm.load %v953 : !llvm.ptr<3> -> i64
        %v955 = arith.addi %v559, %v561 : i64
        %v956 = arith.cmpi slt, %v955, %v71 : i64
        %v957 = arith.subi %size_L, %v2 : i64
        %v958 = arith.minsi %v955, %v957 : i64
        %v959 = arith.addi %v954, %v958 : i64
        %v960 = arith.muli %v951, %v83 : i64
        %v961 = arith.addi %v960, %v561 : i64
        %v962 = llvm.getelementptr %in_u[%v959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v963 = llvm.load %v962 : !llvm.ptr -> f32
        %v964 = arith.addi %v560, %v506 : i64
        %v965 = arith.constant true
        %v966 = llvm.getelementptr %v36[%v964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v967 = llvm.load %v966 : !llvm.ptr<3> -> i64
        %v968 = arith.addi %v559, %v561 : i64
        %v969 = arith.cmpi slt, %v968, %v71 : i64
        %v970 = arith.subi %size_L, %v2 : i64
        %v971 = arith.minsi %v968, %v970 : i64
        %v972 = arith.addi %v967, %v971 : i64
        %v973 = arith.muli %v964, %v83 : i64
        %v974 = arith.addi %v973, %v561 : i64
        %v975 = llvm.getelementptr %in_u[%v972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v976 = llvm.load %v975 : !llvm.ptr -> f32
        %v977 = arith.index_cast %v61 : i64 to index
        %v978 = arith.index_cast %v558 : i64 to index
        %v979 = arith.index_cast %v2 : i64 to index
        scf.for %v980 = %v977 to %v978 step %v979 {
          %v981 = arith.index_cast %v980 : index to i64
          %v982 = arith.addi %v556, %v981 : i64
          %v1003 = arith.muli %v44, %v83 : i64
          %v1004 = arith.addi %v1003, %v981 : i64
          %v1005 = llvm.getelementptr %v37[%v1004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1006 = llvm.load %v1005 : !llvm.ptr<3> -> f32
          %v1007 = arith.mulf %v1002, %v1006 fastmath<contract> : f32
          %v1008 = llvm.load %v4 : !llvm.ptr -> f32
          %v1009 = arith.mulf %v996, %v1008 fastmath<contract> : f32
          %v1010 = arith.addf %v1009, %v1007 fastmath<contract> : f32
          %v1011 = llvm.load %v20 : !llvm.ptr -> f32
          %v1012 = arith.mulf %v996, %v1011 fastmath<contract> : f32
          %v1032 = arith.mulf %v1031, %v1006 fastmath<contract> : f32
          %v1033 = llvm.load %v5 : !llvm.ptr -> f32
          %v1034 = arith.mulf %v1023, %v1033 fastmath<contract> : f32
          %v1035 = arith.addf %v1034, %v1032 fastmath<contract> : f32
          %v1036 = llvm.load %v21 : !llvm.ptr -> f32
          %v1037 = arith.mulf %v1023, %v1036 fastmath<contract> : f32
          %v1057 = arith.mulf %v1056, %v1006 fastmath<contract> : f32
          %v1058 = llvm.load %v6 : !llvm.ptr -> f32
          %v1059 = arith.mulf %v1048, %v1058 fastmath<contract> : f32
          %v1060 = arith.addf %v1059, %v1057 fastmath<contract> : f32
          %v1061 = llvm.load %v22 : !llvm.ptr -> f32
          %v1062 = arith.mulf %v1048, %v1061 fastmath<contract> : f32
          %v1082 = arith.mulf %v1081, %v1006 fastmath<contract> : f32
          %v1083 = llvm.load %v7 : !llvm.ptr -> f32
          %v1084 = arith.mulf %v1073, %v1083 fastmath<contract> : f32
          %v1085 = arith.addf %v1084, %v1082 fastmath<contract> : f32
          %v1086 = llvm.load %v23 : !llvm.ptr -> f32
          %v1087 = arith.mulf %v1073, %v1086 fastmath<contract> : f32
          %v1107 = arith.mulf %v1106, %v1006 fastmath<contract> : f32
          %v1108 = llvm.load %v8 : !llvm.ptr -> f32
          %v1109 = arith.mulf %v1098, %v1108 fastmath<contract> : f32
          %v1110 = arith.addf %v1109, %v1107 fastmath<contract> : f32
          %v1111 = llvm.load %v24 : !llvm.ptr -> f32
          %v1112 = arith.mulf %v1098, %v1111 fastmath<contract> : f32
          %v1132 = arith.mulf %v1131, %v1006 fastmath<contract> : f32
          %v1133 = llvm.load %v9 : !llvm.ptr -> f32
          %v1134 = arith.mulf %v1123, %v1133 fastmath<contract> : f32
          %v1135 = arith.addf %v1134, %v1132 fastmath<contract> : f32
          %v1136 = llvm.load %v25 : !llvm.ptr -> f32
          %v1137 = arith.mulf %v1123, %v1136 fastmath<contract> : f32
          %v1157 = arith.mulf %v1156, %v1006 fastmath<contract> : f32
          %v1158 = llvm.load %v10 : !llvm.ptr -> f32
          %v1159 = arith.mulf %v1148, %v1158 fastmath<contract> : f32
          %v1160 = arith.addf %v1159, %v1157 fastmath<contract> : f32
          %v1161 = llvm.load %v26 : !llvm.ptr -> f32
          %v1162 = arith.mulf %v1148, %v1161 fastmath<contract> : f32
          %v1182 = arith.mulf %v1181, %v1006 fastmath<contract> : f32
          %v1183 = llvm.load %v11 : !llvm.ptr -> f32
          %v1184 = arith.mulf %v1173, %v1183 fastmath<contract> : f32
          %v1185 = arith.addf %v1184, %v1182 fastmath<contract> : f32
          %v1186 = llvm.load %v27 : !llvm.ptr -> f32
          %v1187 = arith.mulf %v1173, %v1186 fastmath<contract> : f32
          %v1207 = arith.mulf %v1206, %v1006 fastmath<contract> : f32
          %v1208 = llvm.load %v12 : !llvm.ptr -> f32
          %v1209 = arith.mulf %v1198, %v1208 fastmath<contract> : f32
          %v1210 = arith.addf %v1209, %v1207 fastmath<contract> : f32
          %v1211 = llvm.load %v28 : !llvm.ptr -> f32
          %v1212 = arith.mulf %v1198, %v1211 fastmath<contract> : f32
          %v1232 = arith.mulf %v1231, %v1006 fastmath<contract> : f32
          %v1233 = llvm.load %v13 : !llvm.ptr -> f32
          %v1234 = arith.mulf %v1223, %v1233 fastmath<contract> : f32
          %v1235 = arith.addf %v1234, %v1232 fastmath<contract> : f32
          %v1236 = llvm.load %v29 : !llvm.ptr -> f32
          %v1237 = arith.mulf %v1223, %v1236 fastmath<contract> : f32
          %v1257 = arith.mulf %v1256, %v1006 fastmath<contract> : f32
          %v1258 = llvm.load %v14 : !llvm.ptr -> f32
          %v1259 = arith.mulf %v1248, %v1258 fastmath<contract> : f32
          %v1260 = arith.addf %v1259, %v1257 fastmath<contract> : f32
          %v1261 = llvm.load %v30 : !llvm.ptr -> f32
          %v1262 = arith.mulf %v1248, %v1261 fastmath<contract> : f32
          %v1282 = arith.mulf %v1281, %v1006 fastmath<contract> : f32
          %v1283 = llvm.load %v15 : !llvm.ptr -> f32
          %v1284 = arith.mulf %v1273, %v1283 fastmath<contract> : f32
          %v1285 = arith.addf %v1284, %v1282 fastmath<contract> : f32
          %v1286 = llvm.load %v31 : !llvm.ptr -> f32
          %v1287 = arith.mulf %v1273, %v1286 fastmath<contract> : f32
          %v1307 = arith.mulf %v1306, %v1006 fastmath<contract> : f32
          %v1308 = llvm.load %v16 : !llvm.ptr -> f32
          %v1309 = arith.mulf %v1298, %v1308 fastmath<contract> : f32
          %v1310 = arith.addf %v1309, %v1307 fastmath<contract> : f32
          %v1311 = llvm.load %v32 : !llvm.ptr -> f32
          %v1312 = arith.mulf %v1298, %v1311 fastmath<contract> : f32
          %v1332 = arith.mulf %v1331, %v1006 fastmath<contract> : f32
          %v1333 = llvm.load %v17 : !llvm.ptr -> f32
          %v1334 = arith.mulf %v1323, %v1333 fastmath<contract> : f32
          %v1335 = arith.addf %v1334, %v1332 fastmath<contract> : f32
          %v1336 = llvm.load %v33 : !llvm.ptr -> f32
          %v1337 = arith.mulf %v1323, %v1336 fastmath<contract> : f32
          %v1357 = arith.mulf %v1356, %v1006 fastmath<contract> : f32
          %v1358 = llvm.load %v18 : !llvm.ptr -> f32
          %v1359 = arith.mulf %v1348, %v1358 fastmath<contract> : f32
          %v1360 = arith.addf %v1359, %v1357 fastmath<contract> : f32
          %v1361 = llvm.load %v34 : !llvm.ptr -> f32
          %v1362 = arith.mulf %v1348, %v1361 fastmath<contract> : f32
          %v1382 = arith.mulf %v1381, %v1006 fastmath<contract> : f32
          %v1383 = llvm.load %v19 : !llvm.ptr -> f32
          %v1384 = arith.mulf %v1373, %v1383 fastmath<contract> : f32
          %v1385 = arith.addf %v1384, %v1382 fastmath<contract> : f32
          %v1386 = llvm.load %v35 : !llvm.ptr -> f32
          %v1387 = arith.mulf %v1373, %v1386 fastmath<contract> : f32
          llvm.store %v1010, %v4 : f32, !llvm.ptr
          llvm.store %v1012, %v20 : f32, !llvm.ptr
          llvm.store %v1035, %v5 : f32, !llvm.ptr
          llvm.store %v1037, %v21 : f32, !llvm.ptr
          llvm.store %v1060, %v6 : f32, !llvm.ptr
          llvm.store %v1062, %v22 : f32, !llvm.ptr
          llvm.store %v1085, %v7 : f32, !llvm.ptr
          llvm.store %v1087, %v23 : f32, !llvm.ptr
          llvm.store %v1110, %v8 : f32, !llvm.ptr
          llvm.store %v1112, %v24 : f32, !llvm.ptr
          llvm.store %v1135, %v9 : f32, !llvm.ptr
          llvm.store %v1137, %v25 : f32, !llvm.ptr
          llvm.store %v1160, %v10 : f32, !llvm.ptr
          llvm.store %v1162, %v26 : f32, !llvm.ptr
          llvm.store %v1185, %v11 : f32, !llvm.ptr
          llvm.store %v1187, %v27 : f32, !llvm.ptr
          llvm.store %v1210, %v12 : f32, !llvm.ptr
          llvm.store %v1212, %v28 : f32, !llvm.ptr
          llvm.store %v1235, %v13 : f32, !llvm.ptr
          llvm.store %v1237, %v29 : f32, !llvm.ptr
          llvm.store %v1260, %v14 : f32, !llvm.ptr
          llvm.store %v1262, %v30 : f32, !llvm.ptr
          llvm.store %v1285, %v15 : f32, !llvm.ptr
          llvm.store %v1287, %v31 : f32, !llvm.ptr
          llvm.store %v1310, %v16 : f32, !llvm.ptr
          llvm.store %v1312, %v32 : f32, !llvm.ptr
          llvm.store %v1335, %v17 : f32, !llvm.ptr
          llvm.store %v1337, %v33 : f32, !llvm.ptr
          llvm.store %v1360, %v18 : f32, !llvm.ptr
          llvm.store %v1362, %v34 : f32, !llvm.ptr
          llvm.store %v1385, %v19 : f32, !llvm.ptr
          llvm.store %v1387, %v35 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1388 = arith.divui %v44, %v72 : i64
        %v1389 = arith.remui %v44, %v72 : i64
        %v1390 = arith.muli %v1388, %v83 : i64
        %v1391 = arith.addi %v1390, %v1389 : i64
        %v1392 = llvm.getelementptr %v37[%v1391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v573, %v1392 : f32, !llvm.ptr<3>
        %v1393 = arith.addi %v46, %v44 : i64
        %v1394 = arith.divui %v1393, %v72 : i64
        %v1395 = arith.remui %v1393, %v72 : i64
        %v1396 = arith.muli %v1394, %v83 : i64
        %v1397 = arith.addi %v1396, %v1395 : i64
        %v1398 = llvm.getelementptr %v37[%v1397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v586, %v1398 : f32, !llvm.ptr<3>
        %v1400 = arith.addi %v1399, %v44 : i64
        %v1401 = arith.divui %v1400, %v72 : i64
        %v1402 = arith.remui %v1400, %v72 : i64
        %v1403 = arith.muli %v1401, %v83 : i64
        %v1404 = arith.addi %v1403, %v1402 : i64
        %v1405 = llvm.getelementptr %v37[%v1404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v599, %v1405 : f32, !llvm.ptr<3>
        %v1407 = arith.addi %v1406, %v44 : i64
        %v1408 = arith.divui %v1407, %v72 : i64
        %v1409 = arith.remui %v1407, %v72 : i64
        %v1410 = arith.muli %v1408, %v83 : i64
        %v1411 = arith.addi %v1410, %v1409 : i64
        %v1412 = llvm.getelementptr %v37[%v1411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v612, %v1412 : f32, !llvm.ptr<3>
        %v1413 = arith.addi %v40, %v44 : i64
        %v1414 = arith.divui %v1413, %v72 : i64
        %v1415 = arith.remui %v1413, %v72 : i64
        %v1416 = arith.muli %v1414, %v83 : i64
        %v1417 = arith.addi %v1416, %v1415 : i64
        %v1418 = llvm.getelementptr %v37[%v1417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v625, %v1418 : f32, !llvm.ptr<3>
        %v1420 = arith.addi %v1419, %v44 : i64
        %v1421 = arith.divui %v1420, %v72 : i64
        %v1422 = arith.remui %v1420, %v72 : i64
        %v1423 = arith.muli %v1421, %v83 : i64
        %v1424 = arith.addi %v1423, %v1422 : i64
        %v1425 = llvm.getelementptr %v37[%v1424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v638, %v1425 : f32, !llvm.ptr<3>
        %v1427 = arith.addi %v1426, %v44 : i64
        %v1428 = arith.divui %v1427, %v72 : i64
        %v1429 = arith.remui %v1427, %v72 : i64
        %v1430 = arith.muli %v1428, %v83 : i64
        %v1431 = arith.addi %v1430, %v1429 : i64
        %v1432 = llvm.getelementptr %v37[%v1431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v651, %v1432 : f32, !llvm.ptr<3>
        %v1434 = arith.addi %v1433, %v44 : i64
        %v1435 = arith.divui %v1434, %v72 : i64
        %v1436 = arith.remui %v1434, %v72 : i64
        %v1437 = arith.muli %v1435, %v83 : i64
        %v1438 = arith.addi %v1437, %v1436 : i64
        %v1439 = llvm.getelementptr %v37[%v1438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v664, %v1439 : f32, !llvm.ptr<3>
        %v1441 = arith.addi %v1440, %v44 : i64
        %v1442 = arith.divui %v1441, %v72 : i64
        %v1443 = arith.remui %v1441, %v72 : i64
        %v1444 = arith.muli %v1442, %v83 : i64
        %v1445 = arith.addi %v1444, %v1443 : i64
        %v1446 = llvm.getelementptr %v37[%v1445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v677, %v1446 : f32, !llvm.ptr<3>
        %v1448 = arith.addi %v1447, %v44 : i64
        %v1449 = arith.divui %v1448, %v72 : i64
        %v1450 = arith.remui %v1448, %v72 : i64
        %v1451 = arith.muli %v1449, %v83 : i64
        %v1452 = arith.addi %v1451, %v1450 : i64
        %v1453 = llvm.getelementptr %v37[%v1452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v690, %v1453 : f32, !llvm.ptr<3>
        %v1455 = arith.addi %v1454, %v44 : i64
        %v1456 = arith.divui %v1455, %v72 : i64
        %v1457 = arith.remui %v1455, %v72 : i64
        %v1458 = arith.muli %v1456, %v83 : i64
        %v1459 = arith.addi %v1458, %v1457 : i64
        %v1460 = llvm.getelementptr %v37[%v1459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v703, %v1460 : f32, !llvm.ptr<3>
        %v1462 = arith.addi %v1461, %v44 : i64
        %v1463 = arith.divui %v1462, %v72 : i64
        %v1464 = arith.remui %v1462, %v72 : i64
        %v1465 = arith.muli %v1463, %v83 : i64
        %v1466 = arith.addi %v1465, %v1464 : i64
        %v1467 = llvm.getelementptr %v37[%v1466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v716, %v1467 : f32, !llvm.ptr<3>
        %v1469 = arith.addi %v1468, %v44 : i64
        %v1470 = arith.divui %v1469, %v72 : i64
        %v1471 = arith.remui %v1469, %v72 : i64
        %v1472 = arith.muli %v1470, %v83 : i64
        %v1473 = arith.addi %v1472, %v1471 : i64
        %v1474 = llvm.getelementptr %v37[%v1473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v729, %v1474 : f32, !llvm.ptr<3>
        %v1476 = arith.addi %v1475, %v44 : i64
        %v1477 = arith.divui %v1476, %v72 : i64
        %v1478 = arith.remui %v1476, %v72 : i64
        %v1479 = arith.muli %v1477, %v83 : i64
        %v1480 = arith.addi %v1479, %v1478 : i64
        %v1481 = llvm.getelementptr %v37[%v1480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v742, %v1481 : f32, !llvm.ptr<3>
        %v1483 = arith.addi %v1482, %v44 : i64
        %v1484 = arith.divui %v1483, %v72 : i64
        %v1485 = arith.remui %v1483, %v72 : i64
        %v1486 = arith.muli %v1484, %v83 : i64
        %v1487 = arith.addi %v1486, %v1485 : i64
        %v1488 = llvm.getelementptr %v37[%v1487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v755, %v1488 : f32, !llvm.ptr<3>
        %v1490 = arith.addi %v1489, %v44 : i64
        %v1491 = arith.divui %v1490, %v72 : i64
        %v1492 = arith.remui %v1490, %v72 : i64
        %v1493 = arith.muli %v1491, %v83 : i64
        %v1494 = arith.addi %v1493, %v1492 : i64
        %v1495 = llvm.getelementptr %v37[%v1494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v768, %v1495 : f32, !llvm.ptr<3>
        %v1497 = arith.addi %v1496, %v44 : i64
        %v1498 = arith.divui %v1497, %v72 : i64
        %v1499 = arith.remui %v1497, %v72 : i64
        %v1500 = arith.muli %v1498, %v83 : i64
        %v1501 = arith.addi %v1500, %v1499 : i64
        %v1502 = llvm.getelementptr %v37[%v1501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v781, %v1502 : f32, !llvm.ptr<3>
        %v1504 = arith.addi %v1503, %v44 : i64
        %v1505 = arith.divui %v1504, %v72 : i64
        %v1506 = arith.remui %v1504, %v72 : i64
        %v1507 = arith.muli %v1505, %v83 : i64
        %v1508 = arith.addi %v1507, %v1506 : i64
        %v1509 = llvm.getelementptr %v37[%v1508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v794, %v1509 : f32, !llvm.ptr<3>
        %v1511 = arith.addi %v1510, %v44 : i64
        %v1512 = arith.divui %v1511, %v72 : i64
        %v1513 = arith.remui %v1511, %v72 : i64
        %v1514 = arith.muli %v1512, %v83 : i64
        %v1515 = arith.addi %v1514, %v1513 : i64
        %v1516 = llvm.getelementptr %v37[%v1515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v807, %v1516 : f32, !llvm.ptr<3>
        %v1518 = arith.addi %v1517, %v44 : i64
        %v1519 = arith.divui %v1518, %v72 : i64
        %v1520 = arith.remui %v1518, %v72 : i64
        %v1521 = arith.muli %v1519, %v83 : i64
        %v1522 = arith.addi %v1521, %v1520 : i64
        %v1523 = llvm.getelementptr %v37[%v1522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v820, %v1523 : f32, !llvm.ptr<3>
        %v1525 = arith.addi %v1524, %v44 : i64
        %v1526 = arith.divui %v1525, %v72 : i64
        %v1527 = arith.remui %v1525, %v72 : i64
        %v1528 = arith.muli %v1526, %v83 : i64
        %v1529 = arith.addi %v1528, %v1527 : i64
        %v1530 = llvm.getelementptr %v37[%v1529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v833, %v1530 : f32, !llvm.ptr<3>
        %v1532 = arith.addi %v1531, %v44 : i64
        %v1533 = arith.divui %v1532, %v72 : i64
        %v1534 = arith.remui %v1532, %v72 : i64
        %v1535 = arith.muli %v1533, %v83 : i64
        %v1536 = arith.addi %v1535, %v1534 : i64
        %v1537 = llvm.getelementptr %v37[%v1536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v846, %v1537 : f32, !llvm.ptr<3>
        %v1539 = arith.addi %v1538, %v44 : i64
        %v1540 = arith.divui %v1539, %v72 : i64
        %v1541 = arith.remui %v1539, %v72 : i64
        %v1542 = arith.muli %v1540, %v83 : i64
        %v1543 = arith.addi %v1542, %v1541 : i64
        %v1544 = llvm.getelementptr %v37[%v1543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v859, %v1544 : f32, !llvm.ptr<3>
        %v1546 = arith.addi %v1545, %v44 : i64
        %v1547 = arith.divui %v1546, %v72 : i64
        %v1548 = arith.remui %v1546, %v72 : i64
        %v1549 = arith.muli %v1547, %v83 : i64
        %v1550 = arith.addi %v1549, %v1548 : i64
        %v1551 = llvm.getelementptr %v37[%v1550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v872, %v1551 : f32, !llvm.ptr<3>
        %v1553 = arith.addi %v1552, %v44 : i64
        %v1554 = arith.divui %v1553, %v72 : i64
        %v1555 = arith.remui %v1553, %v72 : i64
        %v1556 = arith.muli %v1554, %v83 : i64
        %v1557 = arith.addi %v1556, %v1555 : i64
        %v1558 = llvm.getelementptr %v37[%v1557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v885, %v1558 : f32, !llvm.ptr<3>
        %v1560 = arith.addi %v1559, %v44 : i64
        %v1561 = arith.divui %v1560, %v72 : i64
        %v1562 = arith.remui %v1560, %v72 : i64
        %v1563 = arith.muli %v1561, %v83 : i64
        %v1564 = arith.addi %v1563, %v1562 : i64
        %v1565 = llvm.getelementptr %v37[%v1564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v898, %v1565 : f32, !llvm.ptr<3>
        %v1567 = arith.addi %v1566, %v44 : i64
        %v1568 = arith.divui %v1567, %v72 : i64
        %v1569 = arith.remui %v1567, %v72 : i64
        %v1570 = arith.muli %v1568, %v83 : i64
        %v1571 = arith.addi %v1570, %v1569 : i64
        %v1572 = llvm.getelementptr %v37[%v1571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v911, %v1572 : f32, !llvm.ptr<3>
        %v1574 = arith.addi %v1573, %v44 : i64
        %v1575 = arith.divui %v1574, %v72 : i64
        %v1576 = arith.remui %v1574, %v72 : i64
        %v1577 = arith.muli %v1575, %v83 : i64
        %v1578 = arith.addi %v1577, %v1576 : i64
        %v1579 = llvm.getelementptr %v37[%v1578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v924, %v1579 : f32, !llvm.ptr<3>
        %v1581 = arith.addi %v1580, %v44 : i64
        %v1582 = arith.divui %v1581, %v72 : i64
        %v1583 = arith.remui %v1581, %v72 : i64
        %v1584 = arith.muli %v1582, %v83 : i64
        %v1585 = arith.addi %v1584, %v1583 : i64
        %v1586 = llvm.getelementptr %v37[%v1585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v937, %v1586 : f32, !llvm.ptr<3>
        %v1588 = arith.addi %v1587, %v44 : i64
        %v1589 = arith.divui %v1588, %v72 : i64
        %v1590 = arith.remui %v1588, %v72 : i64
        %v1591 = arith.muli %v1589, %v83 : i64
        %v1592 = arith.addi %v1591, %v1590 : i64
        %v1593 = llvm.getelementptr %v37[%v1592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v950, %v1593 : f32, !llvm.ptr<3>
        %v1595 = arith.addi %v1594, %v44 : i64
        %v1596 = arith.divui %v1595, %v72 : i64
        %v1597 = arith.remui %v1595, %v72 : i64
        %v1598 = arith.muli %v1596, %v83 : i64
        %v1599 = arith.addi %v1598, %v1597 : i64
        %v1600 = llvm.getelementptr %v37[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v963, %v1600 : f32, !llvm.ptr<3>
        %v1602 = arith.addi %v1601, %v44 : i64
        %v1603 = arith.divui %v1602, %v72 : i64
        %v1604 = arith.remui %v1602, %v72 : i64
        %v1605 = arith.muli %v1603, %v83 : i64
        %v1606 = arith.addi %v1605, %v1604 : i64
        %v1607 = llvm.getelementptr %v37[%v1606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v976, %v1607 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v54 {
        %v1608 = arith.muli %v50, %v3 : i64
        %v1609 = arith.subi %v3, %v2 : i64
        %v1610 = arith.minsi %v53, %v1609 : i64
        %v1611 = arith.addi %v1608, %v1610 : i64
        %v1612 = arith.muli %v1611, %v1 : i64
        %v1613 = llvm.load %v20 : !llvm.ptr -> f32
        %v1614 = llvm.getelementptr %agga_h[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1613, %v1614 : f32, !llvm.ptr
        %v1615 = llvm.load %v4 : !llvm.ptr -> f32
        %v1616 = llvm.getelementptr %aggb_h[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1615, %v1616 : f32, !llvm.ptr
        %v1617 = arith.muli %v50, %v3 : i64
        %v1618 = arith.subi %v3, %v2 : i64
        %v1619 = arith.minsi %v53, %v1618 : i64
        %v1620 = arith.addi %v1617, %v1619 : i64
        %v1621 = arith.muli %v1620, %v1 : i64
        %v1622 = arith.addi %v1621, %v2 : i64
        %v1623 = llvm.load %v21 : !llvm.ptr -> f32
        %v1624 = llvm.getelementptr %agga_h[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1623, %v1624 : f32, !llvm.ptr
        %v1625 = llvm.load %v5 : !llvm.ptr -> f32
        %v1626 = llvm.getelementptr %aggb_h[%v1622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1625, %v1626 : f32, !llvm.ptr
        %v1627 = arith.muli %v50, %v3 : i64
        %v1628 = arith.subi %v3, %v2 : i64
        %v1629 = arith.minsi %v53, %v1628 : i64
        %v1630 = arith.addi %v1627, %v1629 : i64
        %v1631 = arith.muli %v1630, %v1 : i64
        %v1632 = arith.addi %v1631, %v88 : i64
        %v1633 = llvm.load %v22 : !llvm.ptr -> f32
        %v1634 = llvm.getelementptr %agga_h[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1633, %v1634 : f32, !llvm.ptr
        %v1635 = llvm.load %v6 : !llvm.ptr -> f32
        %v1636 = llvm.getelementptr %aggb_h[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1635, %v1636 : f32, !llvm.ptr
        %v1637 = arith.muli %v50, %v3 : i64
        %v1638 = arith.subi %v3, %v2 : i64
        %v1639 = arith.minsi %v53, %v1638 : i64
        %v1640 = arith.addi %v1637, %v1639 : i64
        %v1641 = arith.muli %v1640, %v1 : i64
        %v1643 = arith.addi %v1641, %v1642 : i64
        %v1644 = llvm.load %v23 : !llvm.ptr -> f32
        %v1645 = llvm.getelementptr %agga_h[%v1643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1644, %v1645 : f32, !llvm.ptr
        %v1646 = llvm.load %v7 : !llvm.ptr -> f32
        %v1647 = llvm.getelementptr %aggb_h[%v1643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1646, %v1647 : f32, !llvm.ptr
        %v1648 = arith.muli %v50, %v3 : i64
        %v1649 = arith.subi %v3, %v2 : i64
        %v1650 = arith.minsi %v53, %v1649 : i64
        %v1651 = arith.addi %v1648, %v1650 : i64
        %v1652 = arith.muli %v1651, %v1 : i64
        %v1653 = arith.addi %v1652, %v102 : i64
        %v1654 = llvm.load %v24 : !llvm.ptr -> f32
        %v1655 = llvm.getelementptr %agga_h[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1654, %v1655 : f32, !llvm.ptr
        %v1656 = llvm.load %v8 : !llvm.ptr -> f32
        %v1657 = llvm.getelementptr %aggb_h[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1656, %v1657 : f32, !llvm.ptr
        %v1658 = arith.muli %v50, %v3 : i64
        %v1659 = arith.subi %v3, %v2 : i64
        %v1660 = arith.minsi %v53, %v1659 : i64
        %v1661 = arith.addi %v1658, %v1660 : i64
        %v1662 = arith.muli %v1661, %v1 : i64
        %v1664 = arith.addi %v1662, %v1663 : i64
        %v1665 = llvm.load %v25 : !llvm.ptr -> f32
        %v1666 = llvm.getelementptr %agga_h[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1665, %v1666 : f32, !llvm.ptr
        %v1667 = llvm.load %v9 : !llvm.ptr -> f32
        %v1668 = llvm.getelementptr %aggb_h[%v1664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1667, %v1668 : f32, !llvm.ptr
        %v1669 = arith.muli %v50, %v3 : i64
        %v1670 = arith.subi %v3, %v2 : i64
        %v1671 = arith.minsi %v53, %v1670 : i64
        %v1672 = arith.addi %v1669, %v1671 : i64
        %v1673 = arith.muli %v1672, %v1 : i64
        %v1674 = arith.addi %v1673, %v116 : i64
        %v1675 = llvm.load %v26 : !llvm.ptr -> f32
        %v1676 = llvm.getelementptr %agga_h[%v1674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1675, %v1676 : f32, !llvm.ptr
        %v1677 = llvm.load %v10 : !llvm.ptr -> f32
        %v1678 = llvm.getelementptr %aggb_h[%v1674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1677, %v1678 : f32, !llvm.ptr
        %v1679 = arith.muli %v50, %v3 : i64
        %v1680 = arith.subi %v3, %v2 : i64
        %v1681 = arith.minsi %v53, %v1680 : i64
        %v1682 = arith.addi %v1679, %v1681 : i64
        %v1683 = arith.muli %v1682, %v1 : i64
        %v1685 = arith.addi %v1683, %v1684 : i64
        %v1686 = llvm.load %v27 : !llvm.ptr -> f32
        %v1687 = llvm.getelementptr %agga_h[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1686, %v1687 : f32, !llvm.ptr
        %v1688 = llvm.load %v11 : !llvm.ptr -> f32
        %v1689 = llvm.getelementptr %aggb_h[%v1685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1688, %v1689 : f32, !llvm.ptr
        %v1690 = arith.muli %v50, %v3 : i64
        %v1691 = arith.subi %v3, %v2 : i64
        %v1692 = arith.minsi %v53, %v1691 : i64
        %v1693 = arith.addi %v1690, %v1692 : i64
        %v1694 = arith.muli %v1693, %v1 : i64
        %v1695 = arith.addi %v1694, %v130 : i64
        %v1696 = llvm.load %v28 : !llvm.ptr -> f32
        %v1697 = llvm.getelementptr %agga_h[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1696, %v1697 : f32, !llvm.ptr
        %v1698 = llvm.load %v12 : !llvm.ptr -> f32
        %v1699 = llvm.getelementptr %aggb_h[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1698, %v1699 : f32, !llvm.ptr
        %v1700 = arith.muli %v50, %v3 : i64
        %v1701 = arith.subi %v3, %v2 : i64
        %v1702 = arith.minsi %v53, %v1701 : i64
        %v1703 = arith.addi %v1700, %v1702 : i64
        %v1704 = arith.muli %v1703, %v1 : i64
        %v1706 = arith.addi %v1704, %v1705 : i64
        %v1707 = llvm.load %v29 : !llvm.ptr -> f32
        %v1708 = llvm.getelementptr %agga_h[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1707, %v1708 : f32, !llvm.ptr
        %v1709 = llvm.load %v13 : !llvm.ptr -> f32
        %v1710 = llvm.getelementptr %aggb_h[%v1706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1709, %v1710 : f32, !llvm.ptr
        %v1711 = arith.muli %v50, %v3 : i64
        %v1712 = arith.subi %v3, %v2 : i64
        %v1713 = arith.minsi %v53, %v1712 : i64
        %v1714 = arith.addi %v1711, %v1713 : i64
        %v1715 = arith.muli %v1714, %v1 : i64
        %v1716 = arith.addi %v1715, %v144 : i64
        %v1717 = llvm.load %v30 : !llvm.ptr -> f32
        %v1718 = llvm.getelementptr %agga_h[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1717, %v1718 : f32, !llvm.ptr
        %v1719 = llvm.load %v14 : !llvm.ptr -> f32
        %v1720 = llvm.getelementptr %aggb_h[%v1716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1719, %v1720 : f32, !llvm.ptr
        %v1721 = arith.muli %v50, %v3 : i64
        %v1722 = arith.subi %v3, %v2 : i64
        %v1723 = arith.minsi %v53, %v1722 : i64
        %v1724 = arith.addi %v1721, %v1723 : i64
        %v1725 = arith.muli %v1724, %v1 : i64
        %v1727 = arith.addi %v1725, %v1726 : i64
        %v1728 = llvm.load %v31 : !llvm.ptr -> f32
        %v1729 = llvm.getelementptr %agga_h[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1728, %v1729 : f32, !llvm.ptr
        %v1730 = llvm.load %v15 : !llvm.ptr -> f32
        %v1731 = llvm.getelementptr %aggb_h[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1730, %v1731 : f32, !llvm.ptr
        %v1732 = arith.muli %v50, %v3 : i64
        %v1733 = arith.subi %v3, %v2 : i64
        %v1734 = arith.minsi %v53, %v1733 : i64
        %v1735 = arith.addi %v1732, %v1734 : i64
        %v1736 = arith.muli %v1735, %v1 : i64
        %v1737 = arith.addi %v1736, %v158 : i64
        %v1738 = llvm.load %v32 : !llvm.ptr -> f32
        %v1739 = llvm.getelementptr %agga_h[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1738, %v1739 : f32, !llvm.ptr
        %v1740 = llvm.load %v16 : !llvm.ptr -> f32
        %v1741 = llvm.getelementptr %aggb_h[%v1737] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1740, %v1741 : f32, !llvm.ptr
        %v1742 = arith.muli %v50, %v3 : i64
        %v1743 = arith.subi %v3, %v2 : i64
        %v1744 = arith.minsi %v53, %v1743 : i64
        %v1745 = arith.addi %v1742, %v1744 : i64
        %v1746 = arith.muli %v1745, %v1 : i64
        %v1748 = arith.addi %v1746, %v1747 : i64
        %v1749 = llvm.load %v33 : !llvm.ptr -> f32
        %v1750 = llvm.getelementptr %agga_h[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1749, %v1750 : f32, !llvm.ptr
        %v1751 = llvm.load %v17 : !llvm.ptr -> f32
        %v1752 = llvm.getelementptr %aggb_h[%v1748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1751, %v1752 : f32, !llvm.ptr
        %v1753 = arith.muli %v50, %v3 : i64
        %v1754 = arith.subi %v3, %v2 : i64
        %v1755 = arith.minsi %v53, %v1754 : i64
        %v1756 = arith.addi %v1753, %v1755 : i64
        %v1757 = arith.muli %v1756, %v1 : i64
        %v1758 = arith.addi %v1757, %v172 : i64
        %v1759 = llvm.load %v34 : !llvm.ptr -> f32
        %v1760 = llvm.getelementptr %agga_h[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1759, %v1760 : f32, !llvm.ptr
        %v1761 = llvm.load %v18 : !llvm.ptr -> f32
        %v1762 = llvm.getelementptr %aggb_h[%v1758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1761, %v1762 : f32, !llvm.ptr
        %v1763 = arith.muli %v50, %v3 : i64
        %v1764 = arith.subi %v3, %v2 : i64
        %v1765 = arith.minsi %v53, %v1764 : i64
        %v1766 = arith.addi %v1763, %v1765 : i64
        %v1767 = arith.muli %v1766, %v1 : i64
        %v1769 = arith.addi %v1767, %v1768 : i64
        %v1770 = llvm.load %v35 : !llvm.ptr -> f32
        %v1771 = llvm.getelementptr %agga_h[%v1769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1770, %v1771 : f32, !llvm.ptr
        %v1772 = llvm.load %v19 : !llvm.ptr -> f32
        %v1773 = llvm.getelementptr %aggb_h[%v1769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1772, %v1773 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
