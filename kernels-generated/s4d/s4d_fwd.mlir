module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s4d_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<128 x i64>
    llvm.mlir.global internal @smem_s4d_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<4224 x f32>
    gpu.func @s4d_fwd(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %out_y: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v20 = llvm.mlir.addressof @rows_s4d_fwd : !llvm.ptr<3>
      %v21 = llvm.mlir.addressof @smem_s4d_fwd : !llvm.ptr<3>
      %v22 = arith.constant 255 : i64
      %v23 = arith.addi %size_L, %v22 : i64
      %v24 = arith.constant 256 : i64
      %v25 = arith.divui %v23, %v24 : i64
      %v30 = arith.constant 64 : i64
      %v40 = arith.constant 0 : i64
      %v41 = arith.muli %size_L, %size_D : i64
      %v49 = arith.constant -1 : i64
      %v53 = arith.constant 0x00000000 : f32
      %v54 = arith.constant 32 : i64
      %v64 = arith.constant 33 : i64
      %v69 = arith.constant 2 : i64
      %v82 = arith.constant 4 : i64
      %v95 = arith.constant 6 : i64
      %v108 = arith.constant 8 : i64
      %v121 = arith.constant 10 : i64
      %v134 = arith.constant 12 : i64
      %v147 = arith.constant 14 : i64
      %v172 = arith.constant 18 : i64
      %v185 = arith.constant 20 : i64
      %v198 = arith.constant 22 : i64
      %v211 = arith.constant 24 : i64
      %v224 = arith.constant 26 : i64
      %v237 = arith.constant 28 : i64
      %v250 = arith.constant 30 : i64
      %v275 = arith.constant 34 : i64
      %v288 = arith.constant 36 : i64
      %v301 = arith.constant 38 : i64
      %v314 = arith.constant 40 : i64
      %v327 = arith.constant 42 : i64
      %v340 = arith.constant 44 : i64
      %v353 = arith.constant 46 : i64
      %v366 = arith.constant 48 : i64
      %v379 = arith.constant 50 : i64
      %v392 = arith.constant 52 : i64
      %v405 = arith.constant 54 : i64
      %v418 = arith.constant 56 : i64
      %v431 = arith.constant 58 : i64
      %v444 = arith.constant 60 : i64
      %v457 = arith.constant 62 : i64
      %v513 = arith.muli %size_B, %size_D : i64
      %v514 = arith.muli %v513, %v1 : i64
      %v517 = arith.muli %v1, %size_D : i64
      %v1071 = arith.constant 0x3FB8AA3B : f32
      %v1083 = arith.constant 0x3F800000 : f32
      %v1587 = arith.constant 128 : i64
      %v1594 = arith.constant 192 : i64
      %v1607 = arith.constant 320 : i64
      %v1614 = arith.constant 384 : i64
      %v1621 = arith.constant 448 : i64
      %v1628 = arith.constant 512 : i64
      %v1635 = arith.constant 576 : i64
      %v1642 = arith.constant 640 : i64
      %v1649 = arith.constant 704 : i64
      %v1656 = arith.constant 768 : i64
      %v1663 = arith.constant 832 : i64
      %v1670 = arith.constant 896 : i64
      %v1677 = arith.constant 960 : i64
      %v1684 = arith.constant 1024 : i64
      %v1691 = arith.constant 1088 : i64
      %v1698 = arith.constant 1152 : i64
      %v1705 = arith.constant 1216 : i64
      %v1712 = arith.constant 1280 : i64
      %v1719 = arith.constant 1344 : i64
      %v1726 = arith.constant 1408 : i64
      %v1733 = arith.constant 1472 : i64
      %v1740 = arith.constant 1536 : i64
      %v1747 = arith.constant 1600 : i64
      %v1754 = arith.constant 1664 : i64
      %v1761 = arith.constant 1728 : i64
      %v1768 = arith.constant 1792 : i64
      %v1775 = arith.constant 1856 : i64
      %v1782 = arith.constant 1920 : i64
      %v1789 = arith.constant 1984 : i64
      %v26 = gpu.block_id x
      %v27 = gpu.thread_id x
      %v28 = arith.index_cast %v27 : index to i64
      %v29 = arith.index_cast %v26 : index to i64
      %v31 = arith.muli %v29, %v30 : i64
      %v32 = arith.addi %v31, %v28 : i64
      %v33 = arith.cmpi slt, %v32, %v3 : i64
      %v34 = arith.subi %v3, %v2 : i64
      %v35 = arith.minsi %v32, %v34 : i64
      %v36 = arith.remui %v35, %size_D : i64
      %v37 = arith.divui %v35, %size_D : i64
      %v38 = arith.remui %v37, %size_B : i64
      %v39 = arith.divui %v37, %size_B : i64
      %v1069 = llvm.getelementptr %in_log_dt[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
      %v1072 = arith.mulf %v1070, %v1071 fastmath<contract> : f32
      %v1073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1072) : (f32) -> f32
      %v1074 = arith.muli %v36, %v1 : i64
      %v1075 = llvm.getelementptr %in_A_log[%v1074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
      %v1077 = arith.mulf %v1076, %v1071 fastmath<contract> : f32
      %v1078 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1077) : (f32) -> f32
      %v1079 = arith.negf %v1078 : f32
      %v1080 = arith.mulf %v1073, %v1079 fastmath<contract> : f32
      %v1081 = arith.mulf %v1080, %v1071 fastmath<contract> : f32
      %v1082 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1081) : (f32) -> f32
      %v1084 = arith.subf %v1082, %v1083 fastmath<contract> : f32
      %v1085 = arith.divf %v1084, %v1079 : f32
      %v1086 = arith.muli %v36, %v1 : i64
      %v1087 = llvm.getelementptr %in_Bp[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1088 = llvm.load %v1087 : !llvm.ptr -> f32
      %v1089 = arith.mulf %v1085, %v1088 fastmath<contract> : f32
      %v1098 = arith.muli %v36, %v1 : i64
      %v1099 = arith.constant 1 : i64
      %v1100 = arith.addi %v1098, %v1099 : i64
      %v1101 = llvm.getelementptr %in_A_log[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
      %v1103 = arith.mulf %v1102, %v1071 fastmath<contract> : f32
      %v1104 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1103) : (f32) -> f32
      %v1105 = arith.negf %v1104 : f32
      %v1106 = arith.mulf %v1073, %v1105 fastmath<contract> : f32
      %v1107 = arith.mulf %v1106, %v1071 fastmath<contract> : f32
      %v1108 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1107) : (f32) -> f32
      %v1109 = arith.subf %v1108, %v1083 fastmath<contract> : f32
      %v1110 = arith.divf %v1109, %v1105 : f32
      %v1111 = arith.muli %v36, %v1 : i64
      %v1112 = arith.constant 1 : i64
      %v1113 = arith.addi %v1111, %v1112 : i64
      %v1114 = llvm.getelementptr %in_Bp[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1115 = llvm.load %v1114 : !llvm.ptr -> f32
      %v1116 = arith.mulf %v1110, %v1115 fastmath<contract> : f32
      %v1121 = arith.muli %v36, %v1 : i64
      %v1122 = arith.constant 2 : i64
      %v1123 = arith.addi %v1121, %v1122 : i64
      %v1124 = llvm.getelementptr %in_A_log[%v1123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
      %v1126 = arith.mulf %v1125, %v1071 fastmath<contract> : f32
      %v1127 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1126) : (f32) -> f32
      %v1128 = arith.negf %v1127 : f32
      %v1129 = arith.mulf %v1073, %v1128 fastmath<contract> : f32
      %v1130 = arith.mulf %v1129, %v1071 fastmath<contract> : f32
      %v1131 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1130) : (f32) -> f32
      %v1132 = arith.subf %v1131, %v1083 fastmath<contract> : f32
      %v1133 = arith.divf %v1132, %v1128 : f32
      %v1134 = arith.muli %v36, %v1 : i64
      %v1135 = arith.constant 2 : i64
      %v1136 = arith.addi %v1134, %v1135 : i64
      %v1137 = llvm.getelementptr %in_Bp[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1138 = llvm.load %v1137 : !llvm.ptr -> f32
      %v1139 = arith.mulf %v1133, %v1138 fastmath<contract> : f32
      %v1144 = arith.muli %v36, %v1 : i64
      %v1145 = arith.constant 3 : i64
      %v1146 = arith.addi %v1144, %v1145 : i64
      %v1147 = llvm.getelementptr %in_A_log[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
      %v1149 = arith.mulf %v1148, %v1071 fastmath<contract> : f32
      %v1150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1149) : (f32) -> f32
      %v1151 = arith.negf %v1150 : f32
      %v1152 = arith.mulf %v1073, %v1151 fastmath<contract> : f32
      %v1153 = arith.mulf %v1152, %v1071 fastmath<contract> : f32
      %v1154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1153) : (f32) -> f32
      %v1155 = arith.subf %v1154, %v1083 fastmath<contract> : f32
      %v1156 = arith.divf %v1155, %v1151 : f32
      %v1157 = arith.muli %v36, %v1 : i64
      %v1158 = arith.constant 3 : i64
      %v1159 = arith.addi %v1157, %v1158 : i64
      %v1160 = llvm.getelementptr %in_Bp[%v1159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
      %v1162 = arith.mulf %v1156, %v1161 fastmath<contract> : f32
      %v1167 = arith.muli %v36, %v1 : i64
      %v1168 = arith.constant 4 : i64
      %v1169 = arith.addi %v1167, %v1168 : i64
      %v1170 = llvm.getelementptr %in_A_log[%v1169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
      %v1172 = arith.mulf %v1171, %v1071 fastmath<contract> : f32
      %v1173 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1172) : (f32) -> f32
      %v1174 = arith.negf %v1173 : f32
      %v1175 = arith.mulf %v1073, %v1174 fastmath<contract> : f32
      %v1176 = arith.mulf %v1175, %v1071 fastmath<contract> : f32
      %v1177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1176) : (f32) -> f32
      %v1178 = arith.subf %v1177, %v1083 fastmath<contract> : f32
      %v1179 = arith.divf %v1178, %v1174 : f32
      %v1180 = arith.muli %v36, %v1 : i64
      %v1181 = arith.constant 4 : i64
      %v1182 = arith.addi %v1180, %v1181 : i64
      %v1183 = llvm.getelementptr %in_Bp[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1184 = llvm.load %v1183 : !llvm.ptr -> f32
      %v1185 = arith.mulf %v1179, %v1184 fastmath<contract> : f32
      %v1190 = arith.muli %v36, %v1 : i64
      %v1191 = arith.constant 5 : i64
      %v1192 = arith.addi %v1190, %v1191 : i64
      %v1193 = llvm.getelementptr %in_A_log[%v1192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1194 = llvm.load %v1193 : !llvm.ptr -> f32
      %v1195 = arith.mulf %v1194, %v1071 fastmath<contract> : f32
      %v1196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1195) : (f32) -> f32
      %v1197 = arith.negf %v1196 : f32
      %v1198 = arith.mulf %v1073, %v1197 fastmath<contract> : f32
      %v1199 = arith.mulf %v1198, %v1071 fastmath<contract> : f32
      %v1200 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1199) : (f32) -> f32
      %v1201 = arith.subf %v1200, %v1083 fastmath<contract> : f32
      %v1202 = arith.divf %v1201, %v1197 : f32
      %v1203 = arith.muli %v36, %v1 : i64
      %v1204 = arith.constant 5 : i64
      %v1205 = arith.addi %v1203, %v1204 : i64
      %v1206 = llvm.getelementptr %in_Bp[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1207 = llvm.load %v1206 : !llvm.ptr -> f32
      %v1208 = arith.mulf %v1202, %v1207 fastmath<contract> : f32
      %v1213 = arith.muli %v36, %v1 : i64
      %v1214 = arith.constant 6 : i64
      %v1215 = arith.addi %v1213, %v1214 : i64
      %v1216 = llvm.getelementptr %in_A_log[%v1215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
      %v1218 = arith.mulf %v1217, %v1071 fastmath<contract> : f32
      %v1219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1218) : (f32) -> f32
      %v1220 = arith.negf %v1219 : f32
      %v1221 = arith.mulf %v1073, %v1220 fastmath<contract> : f32
      %v1222 = arith.mulf %v1221, %v1071 fastmath<contract> : f32
      %v1223 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1222) : (f32) -> f32
      %v1224 = arith.subf %v1223, %v1083 fastmath<contract> : f32
      %v1225 = arith.divf %v1224, %v1220 : f32
      %v1226 = arith.muli %v36, %v1 : i64
      %v1227 = arith.constant 6 : i64
      %v1228 = arith.addi %v1226, %v1227 : i64
      %v1229 = llvm.getelementptr %in_Bp[%v1228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
      %v1231 = arith.mulf %v1225, %v1230 fastmath<contract> : f32
      %v1236 = arith.muli %v36, %v1 : i64
      %v1237 = arith.constant 7 : i64
      %v1238 = arith.addi %v1236, %v1237 : i64
      %v1239 = llvm.getelementptr %in_A_log[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1240 = llvm.load %v1239 : !llvm.ptr -> f32
      %v1241 = arith.mulf %v1240, %v1071 fastmath<contract> : f32
      %v1242 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1241) : (f32) -> f32
      %v1243 = arith.negf %v1242 : f32
      %v1244 = arith.mulf %v1073, %v1243 fastmath<contract> : f32
      %v1245 = arith.mulf %v1244, %v1071 fastmath<contract> : f32
      %v1246 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1245) : (f32) -> f32
      %v1247 = arith.subf %v1246, %v1083 fastmath<contract> : f32
      %v1248 = arith.divf %v1247, %v1243 : f32
      %v1249 = arith.muli %v36, %v1 : i64
      %v1250 = arith.constant 7 : i64
      %v1251 = arith.addi %v1249, %v1250 : i64
      %v1252 = llvm.getelementptr %in_Bp[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
      %v1254 = arith.mulf %v1248, %v1253 fastmath<contract> : f32
      %v1259 = arith.muli %v36, %v1 : i64
      %v1260 = arith.constant 8 : i64
      %v1261 = arith.addi %v1259, %v1260 : i64
      %v1262 = llvm.getelementptr %in_A_log[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1263 = llvm.load %v1262 : !llvm.ptr -> f32
      %v1264 = arith.mulf %v1263, %v1071 fastmath<contract> : f32
      %v1265 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1264) : (f32) -> f32
      %v1266 = arith.negf %v1265 : f32
      %v1267 = arith.mulf %v1073, %v1266 fastmath<contract> : f32
      %v1268 = arith.mulf %v1267, %v1071 fastmath<contract> : f32
      %v1269 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1268) : (f32) -> f32
      %v1270 = arith.subf %v1269, %v1083 fastmath<contract> : f32
      %v1271 = arith.divf %v1270, %v1266 : f32
      %v1272 = arith.muli %v36, %v1 : i64
      %v1273 = arith.constant 8 : i64
      %v1274 = arith.addi %v1272, %v1273 : i64
      %v1275 = llvm.getelementptr %in_Bp[%v1274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
      %v1277 = arith.mulf %v1271, %v1276 fastmath<contract> : f32
      %v1282 = arith.muli %v36, %v1 : i64
      %v1283 = arith.constant 9 : i64
      %v1284 = arith.addi %v1282, %v1283 : i64
      %v1285 = llvm.getelementptr %in_A_log[%v1284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1286 = llvm.load %v1285 : !llvm.ptr -> f32
      %v1287 = arith.mulf %v1286, %v1071 fastmath<contract> : f32
      %v1288 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1287) : (f32) -> f32
      %v1289 = arith.negf %v1288 : f32
      %v1290 = arith.mulf %v1073, %v1289 fastmath<contract> : f32
      %v1291 = arith.mulf %v1290, %v1071 fastmath<contract> : f32
      %v1292 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1291) : (f32) -> f32
      %v1293 = arith.subf %v1292, %v1083 fastmath<contract> : f32
      %v1294 = arith.divf %v1293, %v1289 : f32
      %v1295 = arith.muli %v36, %v1 : i64
      %v1296 = arith.constant 9 : i64
      %v1297 = arith.addi %v1295, %v1296 : i64
      %v1298 = llvm.getelementptr %in_Bp[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
      %v1300 = arith.mulf %v1294, %v1299 fastmath<contract> : f32
      %v1305 = arith.muli %v36, %v1 : i64
      %v1306 = arith.constant 10 : i64
      %v1307 = arith.addi %v1305, %v1306 : i64
      %v1308 = llvm.getelementptr %in_A_log[%v1307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1309 = llvm.load %v1308 : !llvm.ptr -> f32
      %v1310 = arith.mulf %v1309, %v1071 fastmath<contract> : f32
      %v1311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1310) : (f32) -> f32
      %v1312 = arith.negf %v1311 : f32
      %v1313 = arith.mulf %v1073, %v1312 fastmath<contract> : f32
      %v1314 = arith.mulf %v1313, %v1071 fastmath<contract> : f32
      %v1315 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1314) : (f32) -> f32
      %v1316 = arith.subf %v1315, %v1083 fastmath<contract> : f32
      %v1317 = arith.divf %v1316, %v1312 : f32
      %v1318 = arith.muli %v36, %v1 : i64
      %v1319 = arith.constant 10 : i64
      %v1320 = arith.addi %v1318, %v1319 : i64
      %v1321 = llvm.getelementptr %in_Bp[%v1320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
      %v1323 = arith.mulf %v1317, %v1322 fastmath<contract> : f32
      %v1328 = arith.muli %v36, %v1 : i64
      %v1329 = arith.constant 11 : i64
      %v1330 = arith.addi %v1328, %v1329 : i64
      %v1331 = llvm.getelementptr %in_A_log[%v1330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
      %v1333 = arith.mulf %v1332, %v1071 fastmath<contract> : f32
      %v1334 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1333) : (f32) -> f32
      %v1335 = arith.negf %v1334 : f32
      %v1336 = arith.mulf %v1073, %v1335 fastmath<contract> : f32
      %v1337 = arith.mulf %v1336, %v1071 fastmath<contract> : f32
      %v1338 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1337) : (f32) -> f32
      %v1339 = arith.subf %v1338, %v1083 fastmath<contract> : f32
      %v1340 = arith.divf %v1339, %v1335 : f32
      %v1341 = arith.muli %v36, %v1 : i64
      %v1342 = arith.constant 11 : i64
      %v1343 = arith.addi %v1341, %v1342 : i64
      %v1344 = llvm.getelementptr %in_Bp[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
      %v1346 = arith.mulf %v1340, %v1345 fastmath<contract> : f32
      %v1351 = arith.muli %v36, %v1 : i64
      %v1352 = arith.constant 12 : i64
      %v1353 = arith.addi %v1351, %v1352 : i64
      %v1354 = llvm.getelementptr %in_A_log[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
      %v1356 = arith.mulf %v1355, %v1071 fastmath<contract> : f32
      %v1357 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1356) : (f32) -> f32
      %v1358 = arith.negf %v1357 : f32
      %v1359 = arith.mulf %v1073, %v1358 fastmath<contract> : f32
      %v1360 = arith.mulf %v1359, %v1071 fastmath<contract> : f32
      %v1361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1360) : (f32) -> f32
      %v1362 = arith.subf %v1361, %v1083 fastmath<contract> : f32
      %v1363 = arith.divf %v1362, %v1358 : f32
      %v1364 = arith.muli %v36, %v1 : i64
      %v1365 = arith.constant 12 : i64
      %v1366 = arith.addi %v1364, %v1365 : i64
      %v1367 = llvm.getelementptr %in_Bp[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
      %v1369 = arith.mulf %v1363, %v1368 fastmath<contract> : f32
      %v1374 = arith.muli %v36, %v1 : i64
      %v1375 = arith.constant 13 : i64
      %v1376 = arith.addi %v1374, %v1375 : i64
      %v1377 = llvm.getelementptr %in_A_log[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
      %v1379 = arith.mulf %v1378, %v1071 fastmath<contract> : f32
      %v1380 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1379) : (f32) -> f32
      %v1381 = arith.negf %v1380 : f32
      %v1382 = arith.mulf %v1073, %v1381 fastmath<contract> : f32
      %v1383 = arith.mulf %v1382, %v1071 fastmath<contract> : f32
      %v1384 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1383) : (f32) -> f32
      %v1385 = arith.subf %v1384, %v1083 fastmath<contract> : f32
      %v1386 = arith.divf %v1385, %v1381 : f32
      %v1387 = arith.muli %v36, %v1 : i64
      %v1388 = arith.constant 13 : i64
      %v1389 = arith.addi %v1387, %v1388 : i64
      %v1390 = llvm.getelementptr %in_Bp[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
      %v1392 = arith.mulf %v1386, %v1391 fastmath<contract> : f32
      %v1397 = arith.muli %v36, %v1 : i64
      %v1398 = arith.constant 14 : i64
      %v1399 = arith.addi %v1397, %v1398 : i64
      %v1400 = llvm.getelementptr %in_A_log[%v1399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1401 = llvm.load %v1400 : !llvm.ptr -> f32
      %v1402 = arith.mulf %v1401, %v1071 fastmath<contract> : f32
      %v1403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1402) : (f32) -> f32
      %v1404 = arith.negf %v1403 : f32
      %v1405 = arith.mulf %v1073, %v1404 fastmath<contract> : f32
      %v1406 = arith.mulf %v1405, %v1071 fastmath<contract> : f32
      %v1407 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1406) : (f32) -> f32
      %v1408 = arith.subf %v1407, %v1083 fastmath<contract> : f32
      %v1409 = arith.divf %v1408, %v1404 : f32
      %v1410 = arith.muli %v36, %v1 : i64
      %v1411 = arith.constant 14 : i64
      %v1412 = arith.addi %v1410, %v1411 : i64
      %v1413 = llvm.getelementptr %in_Bp[%v1412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1414 = llvm.load %v1413 : !llvm.ptr -> f32
      %v1415 = arith.mulf %v1409, %v1414 fastmath<contract> : f32
      %v1420 = arith.muli %v36, %v1 : i64
      %v1421 = arith.constant 15 : i64
      %v1422 = arith.addi %v1420, %v1421 : i64
      %v1423 = llvm.getelementptr %in_A_log[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
      %v1425 = arith.mulf %v1424, %v1071 fastmath<contract> : f32
      %v1426 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1425) : (f32) -> f32
      %v1427 = arith.negf %v1426 : f32
      %v1428 = arith.mulf %v1073, %v1427 fastmath<contract> : f32
      %v1429 = arith.mulf %v1428, %v1071 fastmath<contract> : f32
      %v1430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1429) : (f32) -> f32
      %v1431 = arith.subf %v1430, %v1083 fastmath<contract> : f32
      %v1432 = arith.divf %v1431, %v1427 : f32
      %v1433 = arith.muli %v36, %v1 : i64
      %v1434 = arith.constant 15 : i64
      %v1435 = arith.addi %v1433, %v1434 : i64
      %v1436 = llvm.getelementptr %in_Bp[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
      %v1438 = arith.mulf %v1432, %v1437 fastmath<contract> : f32
      %v1443 = arith.muli %v36, %v1 : i64
      %v1444 = llvm.getelementptr %in_Cp[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
      %v1448 = arith.muli %v36, %v1 : i64
      %v1449 = arith.constant 1 : i64
      %v1450 = arith.addi %v1448, %v1449 : i64
      %v1451 = llvm.getelementptr %in_Cp[%v1450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
      %v1456 = arith.muli %v36, %v1 : i64
      %v1457 = arith.constant 2 : i64
      %v1458 = arith.addi %v1456, %v1457 : i64
      %v1459 = llvm.getelementptr %in_Cp[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
      %v1464 = arith.muli %v36, %v1 : i64
      %v1465 = arith.constant 3 : i64
      %v1466 = arith.addi %v1464, %v1465 : i64
      %v1467 = llvm.getelementptr %in_Cp[%v1466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1468 = llvm.load %v1467 : !llvm.ptr -> f32
      %v1472 = arith.muli %v36, %v1 : i64
      %v1473 = arith.constant 4 : i64
      %v1474 = arith.addi %v1472, %v1473 : i64
      %v1475 = llvm.getelementptr %in_Cp[%v1474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1476 = llvm.load %v1475 : !llvm.ptr -> f32
      %v1480 = arith.muli %v36, %v1 : i64
      %v1481 = arith.constant 5 : i64
      %v1482 = arith.addi %v1480, %v1481 : i64
      %v1483 = llvm.getelementptr %in_Cp[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1484 = llvm.load %v1483 : !llvm.ptr -> f32
      %v1488 = arith.muli %v36, %v1 : i64
      %v1489 = arith.constant 6 : i64
      %v1490 = arith.addi %v1488, %v1489 : i64
      %v1491 = llvm.getelementptr %in_Cp[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1492 = llvm.load %v1491 : !llvm.ptr -> f32
      %v1496 = arith.muli %v36, %v1 : i64
      %v1497 = arith.constant 7 : i64
      %v1498 = arith.addi %v1496, %v1497 : i64
      %v1499 = llvm.getelementptr %in_Cp[%v1498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
      %v1504 = arith.muli %v36, %v1 : i64
      %v1505 = arith.constant 8 : i64
      %v1506 = arith.addi %v1504, %v1505 : i64
      %v1507 = llvm.getelementptr %in_Cp[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
      %v1512 = arith.muli %v36, %v1 : i64
      %v1513 = arith.constant 9 : i64
      %v1514 = arith.addi %v1512, %v1513 : i64
      %v1515 = llvm.getelementptr %in_Cp[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1516 = llvm.load %v1515 : !llvm.ptr -> f32
      %v1520 = arith.muli %v36, %v1 : i64
      %v1521 = arith.constant 10 : i64
      %v1522 = arith.addi %v1520, %v1521 : i64
      %v1523 = llvm.getelementptr %in_Cp[%v1522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1524 = llvm.load %v1523 : !llvm.ptr -> f32
      %v1528 = arith.muli %v36, %v1 : i64
      %v1529 = arith.constant 11 : i64
      %v1530 = arith.addi %v1528, %v1529 : i64
      %v1531 = llvm.getelementptr %in_Cp[%v1530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
      %v1536 = arith.muli %v36, %v1 : i64
      %v1537 = arith.constant 12 : i64
      %v1538 = arith.addi %v1536, %v1537 : i64
      %v1539 = llvm.getelementptr %in_Cp[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
      %v1544 = arith.muli %v36, %v1 : i64
      %v1545 = arith.constant 13 : i64
      %v1546 = arith.addi %v1544, %v1545 : i64
      %v1547 = llvm.getelementptr %in_Cp[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1548 = llvm.load %v1547 : !llvm.ptr -> f32
      %v1552 = arith.muli %v36, %v1 : i64
      %v1553 = arith.constant 14 : i64
      %v1554 = arith.addi %v1552, %v1553 : i64
      %v1555 = llvm.getelementptr %in_Cp[%v1554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1556 = llvm.load %v1555 : !llvm.ptr -> f32
      %v1560 = arith.muli %v36, %v1 : i64
      %v1561 = arith.constant 15 : i64
      %v1562 = arith.addi %v1560, %v1561 : i64
      %v1563 = llvm.getelementptr %in_Cp[%v1562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1564 = llvm.load %v1563 : !llvm.ptr -> f32
      %v1568 = llvm.getelementptr %in_Dskip[%v36] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1569 = llvm.load %v1568 : !llvm.ptr -> f32
      %v42 = arith.muli %v38, %v41 : i64
      %v43 = arith.muli %v36, %size_L : i64
      %v44 = arith.addi %v42, %v43 : i64
      %v45 = llvm.getelementptr %v20[%v28] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v44, %v45 : i64, !llvm.ptr<3>
      %v46 = arith.muli %v38, %v41 : i64
      %v47 = arith.muli %v36, %size_L : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v50 = arith.select %v33, %v48, %v49 : i64
      %v51 = arith.addi %v30, %v28 : i64
      %v52 = llvm.getelementptr %v20[%v51] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v50, %v52 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v53, %v4 : f32, !llvm.ptr
      llvm.store %v53, %v5 : f32, !llvm.ptr
      llvm.store %v53, %v6 : f32, !llvm.ptr
      llvm.store %v53, %v7 : f32, !llvm.ptr
      llvm.store %v53, %v8 : f32, !llvm.ptr
      llvm.store %v53, %v9 : f32, !llvm.ptr
      llvm.store %v53, %v10 : f32, !llvm.ptr
      llvm.store %v53, %v11 : f32, !llvm.ptr
      llvm.store %v53, %v12 : f32, !llvm.ptr
      llvm.store %v53, %v13 : f32, !llvm.ptr
      llvm.store %v53, %v14 : f32, !llvm.ptr
      llvm.store %v53, %v15 : f32, !llvm.ptr
      llvm.store %v53, %v16 : f32, !llvm.ptr
      llvm.store %v53, %v17 : f32, !llvm.ptr
      llvm.store %v53, %v18 : f32, !llvm.ptr
      llvm.store %v53, %v19 : f32, !llvm.ptr
      // staged load of `u`'s first tile: read, then shared memory
      %v55 = arith.divui %v28, %v54 : i64
      %v56 = arith.remui %v28, %v54 : i64
      %v57 = arith.constant true
      %v58 = llvm.getelementptr %v20[%v55] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v59 = llvm.load %v58 : !llvm.ptr<3> -> i64
      %v60 = arith.cmpi slt, %v56, %size_L : i64
      %v61 = arith.subi %size_L, %v2 : i64
      %v62 = arith.minsi %v56, %v61 : i64
      %v63 = arith.addi %v59, %v62 : i64
      %v65 = arith.muli %v55, %v64 : i64
      %v66 = arith.addi %v65, %v56 : i64
      %v67 = llvm.getelementptr %in_u[%v63] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v68 = llvm.load %v67 : !llvm.ptr -> f32
      %v70 = arith.addi %v55, %v69 : i64
      %v71 = arith.constant true
      %v72 = llvm.getelementptr %v20[%v70] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v73 = llvm.load %v72 : !llvm.ptr<3> -> i64
      %v74 = arith.cmpi slt, %v56, %size_L : i64
      %v75 = arith.subi %size_L, %v2 : i64
      %v76 = arith.minsi %v56, %v75 : i64
      %v77 = arith.addi %v73, %v76 : i64
      %v78 = arith.muli %v70, %v64 : i64
      %v79 = arith.addi %v78, %v56 : i64
      %v80 = llvm.getelementptr %in_u[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v81 = llvm.load %v80 : !llvm.ptr -> f32
      %v83 = arith.addi %v55, %v82 : i64
      %v84 = arith.constant true
      %v85 = llvm.getelementptr %v20[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v86 = llvm.load %v85 : !llvm.ptr<3> -> i64
      %v87 = arith.cmpi slt, %v56, %size_L : i64
      %v88 = arith.subi %size_L, %v2 : i64
      %v89 = arith.minsi %v56, %v88 : i64
      %v90 = arith.addi %v86, %v89 : i64
      %v91 = arith.muli %v83, %v64 : i64
      %v92 = arith.addi %v91, %v56 : i64
      %v93 = llvm.getelementptr %in_u[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v94 = llvm.load %v93 : !llvm.ptr -> f32
      %v96 = arith.addi %v55, %v95 : i64
      %v97 = arith.constant true
      %v98 = llvm.getelementptr %v20[%v96] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v99 = llvm.load %v98 : !llvm.ptr<3> -> i64
      %v100 = arith.cmpi slt, %v56, %size_L : i64
      %v101 = arith.subi %size_L, %v2 : i64
      %v102 = arith.minsi %v56, %v101 : i64
      %v103 = arith.addi %v99, %v102 : i64
      %v104 = arith.muli %v96, %v64 : i64
      %v105 = arith.addi %v104, %v56 : i64
      %v106 = llvm.getelementptr %in_u[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v107 = llvm.load %v106 : !llvm.ptr -> f32
      %v109 = arith.addi %v55, %v108 : i64
      %v110 = arith.constant true
      %v111 = llvm.getelementptr %v20[%v109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v112 = llvm.load %v111 : !llvm.ptr<3> -> i64
      %v113 = arith.cmpi slt, %v56, %size_L : i64
      %v114 = arith.subi %size_L, %v2 : i64
      %v115 = arith.minsi %v56, %v114 : i64
      %v116 = arith.addi %v112, %v115 : i64
      %v117 = arith.muli %v109, %v64 : i64
      %v118 = arith.addi %v117, %v56 : i64
      %v119 = llvm.getelementptr %in_u[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v120 = llvm.load %v119 : !llvm.ptr -> f32
      %v122 = arith.addi %v55, %v121 : i64
      %v123 = arith.constant true
      %v124 = llvm.getelementptr %v20[%v122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v125 = llvm.load %v124 : !llvm.ptr<3> -> i64
      %v126 = arith.cmpi slt, %v56, %size_L : i64
      %v127 = arith.subi %size_L, %v2 : i64
      %v128 = arith.minsi %v56, %v127 : i64
      %v129 = arith.addi %v125, %v128 : i64
      %v130 = arith.muli %v122, %v64 : i64
      %v131 = arith.addi %v130, %v56 : i64
      %v132 = llvm.getelementptr %in_u[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v133 = llvm.load %v132 : !llvm.ptr -> f32
      %v135 = arith.addi %v55, %v134 : i64
      %v136 = arith.constant true
      %v137 = llvm.getelementptr %v20[%v135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v138 = llvm.load %v137 : !llvm.ptr<3> -> i64
      %v139 = arith.cmpi slt, %v56, %size_L : i64
      %v140 = arith.subi %size_L, %v2 : i64
      %v141 = arith.minsi %v56, %v140 : i64
      %v142 = arith.addi %v138, %v141 : i64
      %v143 = arith.muli %v135, %v64 : i64
      %v144 = arith.addi %v143, %v56 : i64
      %v145 = llvm.getelementptr %in_u[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v146 = llvm.load %v145 : !llvm.ptr -> f32
      %v148 = arith.addi %v55, %v147 : i64
      %v149 = arith.constant true
      %v150 = llvm.getelementptr %v20[%v148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v151 = llvm.load %v150 : !llvm.ptr<3> -> i64
      %v152 = arith.cmpi slt, %v56, %size_L : i64
      %v153 = arith.subi %size_L, %v2 : i64
      %v154 = arith.minsi %v56, %v153 : i64
      %v155 = arith.addi %v151, %v154 : i64
      %v156 = arith.muli %v148, %v64 : i64
      %v157 = arith.addi %v156, %v56 : i64
      %v158 = llvm.getelementptr %in_u[%v155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v159 = llvm.load %v158 : !llvm.ptr -> f32
      %v160 = arith.addi %v55, %v1 : i64
      %v161 = arith.constant true
      %v162 = llvm.getelementptr %v20[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v163 = llvm.load %v162 : !llvm.ptr<3> -> i64
      %v164 = arith.cmpi slt, %v56, %size_L : i64
      %v165 = arith.subi %size_L, %v2 : i64
      %v166 = arith.minsi %v56, %v165 : i64
      %v167 = arith.addi %v163, %v166 : i64
      %v168 = arith.muli %v160, %v64 : i64
      %v169 = arith.addi %v168, %v56 : i64
      %v170 = llvm.getelementptr %in_u[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v173 = arith.addi %v55, %v172 : i64
      %v174 = arith.constant true
      %v175 = llvm.getelementptr %v20[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v176 = llvm.load %v175 : !llvm.ptr<3> -> i64
      %v177 = arith.cmpi slt, %v56, %size_L : i64
      %v178 = arith.subi %size_L, %v2 : i64
      %v179 = arith.minsi %v56, %v178 : i64
      %v180 = arith.addi %v176, %v179 : i64
      %v181 = arith.muli %v173, %v64 : i64
      %v182 = arith.addi %v181, %v56 : i64
      %v183 = llvm.getelementptr %in_u[%v180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v184 = llvm.load %v183 : !llvm.ptr -> f32
      %v186 = arith.addi %v55, %v185 : i64
      %v187 = arith.constant true
      %v188 = llvm.getelementptr %v20[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v189 = llvm.load %v188 : !llvm.ptr<3> -> i64
      %v190 = arith.cmpi slt, %v56, %size_L : i64
      %v191 = arith.subi %size_L, %v2 : i64
      %v192 = arith.minsi %v56, %v191 : i64
      %v193 = arith.addi %v189, %v192 : i64
      %v194 = arith.muli %v186, %v64 : i64
      %v195 = arith.addi %v194, %v56 : i64
      %v196 = llvm.getelementptr %in_u[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v199 = arith.addi %v55, %v198 : i64
      %v200 = arith.constant true
      %v201 = llvm.getelementptr %v20[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v202 = llvm.load %v201 : !llvm.ptr<3> -> i64
      %v203 = arith.cmpi slt, %v56, %size_L : i64
      %v204 = arith.subi %size_L, %v2 : i64
      %v205 = arith.minsi %v56, %v204 : i64
      %v206 = arith.addi %v202, %v205 : i64
      %v207 = arith.muli %v199, %v64 : i64
      %v208 = arith.addi %v207, %v56 : i64
      %v209 = llvm.getelementptr %in_u[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v210 = llvm.load %v209 : !llvm.ptr -> f32
      %v212 = arith.addi %v55, %v211 : i64
      %v213 = arith.constant true
      %v214 = llvm.getelementptr %v20[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v215 = llvm.load %v214 : !llvm.ptr<3> -> i64
      %v216 = arith.cmpi slt, %v56, %size_L : i64
      %v217 = arith.subi %size_L, %v2 : i64
      %v218 = arith.minsi %v56, %v217 : i64
      %v219 = arith.addi %v215, %v218 : i64
      %v220 = arith.muli %v212, %v64 : i64
      %v221 = arith.addi %v220, %v56 : i64
      %v222 = llvm.getelementptr %in_u[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v223 = llvm.load %v222 : !llvm.ptr -> f32
      %v225 = arith.addi %v55, %v224 : i64
      %v226 = arith.constant true
      %v227 = llvm.getelementptr %v20[%v225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v228 = llvm.load %v227 : !llvm.ptr<3> -> i64
      %v229 = arith.cmpi slt, %v56, %size_L : i64
      %v230 = arith.subi %size_L, %v2 : i64
      %v231 = arith.minsi %v56, %v230 : i64
      %v232 = arith.addi %v228, %v231 : i64
      %v233 = arith.muli %v225, %v64 : i64
      %v234 = arith.addi %v233, %v56 : i64
      %v235 = llvm.getelementptr %in_u[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v236 = llvm.load %v235 : !llvm.ptr -> f32
      %v238 = arith.addi %v55, %v237 : i64
      %v239 = arith.constant true
      %v240 = llvm.getelementptr %v20[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v241 = llvm.load %v240 : !llvm.ptr<3> -> i64
      %v242 = arith.cmpi slt, %v56, %size_L : i64
      %v243 = arith.subi %size_L, %v2 : i64
      %v244 = arith.minsi %v56, %v243 : i64
      %v245 = arith.addi %v241, %v244 : i64
      %v246 = arith.muli %v238, %v64 : i64
      %v247 = arith.addi %v246, %v56 : i64
      %v248 = llvm.getelementptr %in_u[%v245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v249 = llvm.load %v248 : !llvm.ptr -> f32
      %v251 = arith.addi %v55, %v250 : i64
      %v252 = arith.constant true
      %v253 = llvm.getelementptr %v20[%v251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v254 = llvm.load %v253 : !llvm.ptr<3> -> i64
      %v255 = arith.cmpi slt, %v56, %size_L : i64
      %v256 = arith.subi %size_L, %v2 : i64
      %v257 = arith.minsi %v56, %v256 : i64
      %v258 = arith.addi %v254, %v257 : i64
      %v259 = arith.muli %v251, %v64 : i64
      %v260 = arith.addi %v259, %v56 : i64
      %v261 = llvm.getelementptr %in_u[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v262 = llvm.load %v261 : !llvm.ptr -> f32
      %v263 = arith.addi %v55, %v54 : i64
      %v264 = arith.constant true
      %v265 = llvm.getelementptr %v20[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v266 = llvm.load %v265 : !llvm.ptr<3> -> i64
      %v267 = arith.cmpi slt, %v56, %size_L : i64
      %v268 = arith.subi %size_L, %v2 : i64
      %v269 = arith.minsi %v56, %v268 : i64
      %v270 = arith.addi %v266, %v269 : i64
      %v271 = arith.muli %v263, %v64 : i64
      %v272 = arith.addi %v271, %v56 : i64
      %v273 = llvm.getelementptr %in_u[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v274 = llvm.load %v273 : !llvm.ptr -> f32
      %v276 = arith.addi %v55, %v275 : i64
      %v277 = arith.constant true
      %v278 = llvm.getelementptr %v20[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v279 = llvm.load %v278 : !llvm.ptr<3> -> i64
      %v280 = arith.cmpi slt, %v56, %size_L : i64
      %v281 = arith.subi %size_L, %v2 : i64
      %v282 = arith.minsi %v56, %v281 : i64
      %v283 = arith.addi %v279, %v282 : i64
      %v284 = arith.muli %v276, %v64 : i64
      %v285 = arith.addi %v284, %v56 : i64
      %v286 = llvm.getelementptr %in_u[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v287 = llvm.load %v286 : !llvm.ptr -> f32
      %v289 = arith.addi %v55, %v288 : i64
      %v290 = arith.constant true
      %v291 = llvm.getelementptr %v20[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v292 = llvm.load %v291 : !llvm.ptr<3> -> i64
      %v293 = arith.cmpi slt, %v56, %size_L : i64
      %v294 = arith.subi %size_L, %v2 : i64
      %v295 = arith.minsi %v56, %v294 : i64
      %v296 = arith.addi %v292, %v295 : i64
      %v297 = arith.muli %v289, %v64 : i64
      %v298 = arith.addi %v297, %v56 : i64
      %v299 = llvm.getelementptr %in_u[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v300 = llvm.load %v299 : !llvm.ptr -> f32
      %v302 = arith.addi %v55, %v301 : i64
      %v303 = arith.constant true
      %v304 = llvm.getelementptr %v20[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v305 = llvm.load %v304 : !llvm.ptr<3> -> i64
      %v306 = arith.cmpi slt, %v56, %size_L : i64
      %v307 = arith.subi %size_L, %v2 : i64
      %v308 = arith.minsi %v56, %v307 : i64
      %v309 = arith.addi %v305, %v308 : i64
      %v310 = arith.muli %v302, %v64 : i64
      %v311 = arith.addi %v310, %v56 : i64
      %v312 = llvm.getelementptr %in_u[%v309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v313 = llvm.load %v312 : !llvm.ptr -> f32
      %v315 = arith.addi %v55, %v314 : i64
      %v316 = arith.constant true
      %v317 = llvm.getelementptr %v20[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v318 = llvm.load %v317 : !llvm.ptr<3> -> i64
      %v319 = arith.cmpi slt, %v56, %size_L : i64
      %v320 = arith.subi %size_L, %v2 : i64
      %v321 = arith.minsi %v56, %v320 : i64
      %v322 = arith.addi %v318, %v321 : i64
      %v323 = arith.muli %v315, %v64 : i64
      %v324 = arith.addi %v323, %v56 : i64
      %v325 = llvm.getelementptr %in_u[%v322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v326 = llvm.load %v325 : !llvm.ptr -> f32
      %v328 = arith.addi %v55, %v327 : i64
      %v329 = arith.constant true
      %v330 = llvm.getelementptr %v20[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v331 = llvm.load %v330 : !llvm.ptr<3> -> i64
      %v332 = arith.cmpi slt, %v56, %size_L : i64
      %v333 = arith.subi %size_L, %v2 : i64
      %v334 = arith.minsi %v56, %v333 : i64
      %v335 = arith.addi %v331, %v334 : i64
      %v336 = arith.muli %v328, %v64 : i64
      %v337 = arith.addi %v336, %v56 : i64
      %v338 = llvm.getelementptr %in_u[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v339 = llvm.load %v338 : !llvm.ptr -> f32
      %v341 = arith.addi %v55, %v340 : i64
      %v342 = arith.constant true
      %v343 = llvm.getelementptr %v20[%v341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v344 = llvm.load %v343 : !llvm.ptr<3> -> i64
      %v345 = arith.cmpi slt, %v56, %size_L : i64
      %v346 = arith.subi %size_L, %v2 : i64
      %v347 = arith.minsi %v56, %v346 : i64
      %v348 = arith.addi %v344, %v347 : i64
      %v349 = arith.muli %v341, %v64 : i64
      %v350 = arith.addi %v349, %v56 : i64
      %v351 = llvm.getelementptr %in_u[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v352 = llvm.load %v351 : !llvm.ptr -> f32
      %v354 = arith.addi %v55, %v353 : i64
      %v355 = arith.constant true
      %v356 = llvm.getelementptr %v20[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v357 = llvm.load %v356 : !llvm.ptr<3> -> i64
      %v358 = arith.cmpi slt, %v56, %size_L : i64
      %v359 = arith.subi %size_L, %v2 : i64
      %v360 = arith.minsi %v56, %v359 : i64
      %v361 = arith.addi %v357, %v360 : i64
      %v362 = arith.muli %v354, %v64 : i64
      %v363 = arith.addi %v362, %v56 : i64
      %v364 = llvm.getelementptr %in_u[%v361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v365 = llvm.load %v364 : !llvm.ptr -> f32
      %v367 = arith.addi %v55, %v366 : i64
      %v368 = arith.constant true
      %v369 = llvm.getelementptr %v20[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v370 = llvm.load %v369 : !llvm.ptr<3> -> i64
      %v371 = arith.cmpi slt, %v56, %size_L : i64
      %v372 = arith.subi %size_L, %v2 : i64
      %v373 = arith.minsi %v56, %v372 : i64
      %v374 = arith.addi %v370, %v373 : i64
      %v375 = arith.muli %v367, %v64 : i64
      %v376 = arith.addi %v375, %v56 : i64
      %v377 = llvm.getelementptr %in_u[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v55, %v379 : i64
      %v381 = arith.constant true
      %v382 = llvm.getelementptr %v20[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v383 = llvm.load %v382 : !llvm.ptr<3> -> i64
      %v384 = arith.cmpi slt, %v56, %size_L : i64
      %v385 = arith.subi %size_L, %v2 : i64
      %v386 = arith.minsi %v56, %v385 : i64
      %v387 = arith.addi %v383, %v386 : i64
      %v388 = arith.muli %v380, %v64 : i64
      %v389 = arith.addi %v388, %v56 : i64
      %v390 = llvm.getelementptr %in_u[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = llvm.load %v390 : !llvm.ptr -> f32
      %v393 = arith.addi %v55, %v392 : i64
      %v394 = arith.constant true
      %v395 = llvm.getelementptr %v20[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v396 = llvm.load %v395 : !llvm.ptr<3> -> i64
      %v397 = arith.cmpi slt, %v56, %size_L : i64
      %v398 = arith.subi %size_L, %v2 : i64
      %v399 = arith.minsi %v56, %v398 : i64
      %v400 = arith.addi %v396, %v399 : i64
      %v401 = arith.muli %v393, %v64 : i64
      %v402 = arith.addi %v401, %v56 : i64
      %v403 = llvm.getelementptr %in_u[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v404 = llvm.load %v403 : !llvm.ptr -> f32
      %v406 = arith.addi %v55, %v405 : i64
      %v407 = arith.constant true
      %v408 = llvm.getelementptr %v20[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v409 = llvm.load %v408 : !llvm.ptr<3> -> i64
      %v410 = arith.cmpi slt, %v56, %size_L : i64
      %v411 = arith.subi %size_L, %v2 : i64
      %v412 = arith.minsi %v56, %v411 : i64
      %v413 = arith.addi %v409, %v412 : i64
      %v414 = arith.muli %v406, %v64 : i64
      %v415 = arith.addi %v414, %v56 : i64
      %v416 = llvm.getelementptr %in_u[%v413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v417 = llvm.load %v416 : !llvm.ptr -> f32
      %v419 = arith.addi %v55, %v418 : i64
      %v420 = arith.constant true
      %v421 = llvm.getelementptr %v20[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v422 = llvm.load %v421 : !llvm.ptr<3> -> i64
      %v423 = arith.cmpi slt, %v56, %size_L : i64
      %v424 = arith.subi %size_L, %v2 : i64
      %v425 = arith.minsi %v56, %v424 : i64
      %v426 = arith.addi %v422, %v425 : i64
      %v427 = arith.muli %v419, %v64 : i64
      %v428 = arith.addi %v427, %v56 : i64
      %v429 = llvm.getelementptr %in_u[%v426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v430 = llvm.load %v429 : !llvm.ptr -> f32
      %v432 = arith.addi %v55, %v431 : i64
      %v433 = arith.constant true
      %v434 = llvm.getelementptr %v20[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v435 = llvm.load %v434 : !llvm.ptr<3> -> i64
      %v436 = arith.cmpi slt, %v56, %size_L : i64
      %v437 = arith.subi %size_L, %v2 : i64
      %v438 = arith.minsi %v56, %v437 : i64
      %v439 = arith.addi %v435, %v438 : i64
      %v440 = arith.muli %v432, %v64 : i64
      %v441 = arith.addi %v440, %v56 : i64
      %v442 = llvm.getelementptr %in_u[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = llvm.load %v442 : !llvm.ptr -> f32
      %v445 = arith.addi %v55, %v444 : i64
      %v446 = arith.constant true
      %v447 = llvm.getelementptr %v20[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v448 = llvm.load %v447 : !llvm.ptr<3> -> i64
      %v449 = arith.cmpi slt, %v56, %size_L : i64
      %v450 = arith.subi %size_L, %v2 : i64
      %v451 = arith.minsi %v56, %v450 : i64
      %v452 = arith.addi %v448, %v451 : i64
      %v453 = arith.muli %v445, %v64 : i64
      %v454 = arith.addi %v453, %v56 : i64
      %v455 = llvm.getelementptr %in_u[%v452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v456 = llvm.load %v455 : !llvm.ptr -> f32
      %v458 = arith.addi %v55, %v457 : i64
      %v459 = arith.constant true
      %v460 = llvm.getelementptr %v20[%v458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v461 = llvm.load %v460 : !llvm.ptr<3> -> i64
      %v462 = arith.cmpi slt, %v56, %size_L : i64
      %v463 = arith.subi %size_L, %v2 : i64
      %v464 = arith.minsi %v56, %v463 : i64
      %v465 = arith.addi %v461, %v464 : i64
      %v466 = arith.muli %v458, %v64 : i64
      %v467 = arith.addi %v466, %v56 : i64
      %v468 = llvm.getelementptr %in_u[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = llvm.load %v468 : !llvm.ptr -> f32
      scf.if %v57 {
        %v470 = llvm.getelementptr %v21[%v66] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v68, %v470 : f32, !llvm.ptr<3>
      }
      scf.if %v71 {
        %v471 = llvm.getelementptr %v21[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v81, %v471 : f32, !llvm.ptr<3>
      }
      scf.if %v84 {
        %v472 = llvm.getelementptr %v21[%v92] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v94, %v472 : f32, !llvm.ptr<3>
      }
      scf.if %v97 {
        %v473 = llvm.getelementptr %v21[%v105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v107, %v473 : f32, !llvm.ptr<3>
      }
      scf.if %v110 {
        %v474 = llvm.getelementptr %v21[%v118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v120, %v474 : f32, !llvm.ptr<3>
      }
      scf.if %v123 {
        %v475 = llvm.getelementptr %v21[%v131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v133, %v475 : f32, !llvm.ptr<3>
      }
      scf.if %v136 {
        %v476 = llvm.getelementptr %v21[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v146, %v476 : f32, !llvm.ptr<3>
      }
      scf.if %v149 {
        %v477 = llvm.getelementptr %v21[%v157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v159, %v477 : f32, !llvm.ptr<3>
      }
      scf.if %v161 {
        %v478 = llvm.getelementptr %v21[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v171, %v478 : f32, !llvm.ptr<3>
      }
      scf.if %v174 {
        %v479 = llvm.getelementptr %v21[%v182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v184, %v479 : f32, !llvm.ptr<3>
      }
      scf.if %v187 {
        %v480 = llvm.getelementptr %v21[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v197, %v480 : f32, !llvm.ptr<3>
      }
      scf.if %v200 {
        %v481 = llvm.getelementptr %v21[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v210, %v481 : f32, !llvm.ptr<3>
      }
      scf.if %v213 {
        %v482 = llvm.getelementptr %v21[%v221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v223, %v482 : f32, !llvm.ptr<3>
      }
      scf.if %v226 {
        %v483 = llvm.getelementptr %v21[%v234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v236, %v483 : f32, !llvm.ptr<3>
      }
      scf.if %v239 {
        %v484 = llvm.getelementptr %v21[%v247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v249, %v484 : f32, !llvm.ptr<3>
      }
      scf.if %v252 {
        %v485 = llvm.getelementptr %v21[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v262, %v485 : f32, !llvm.ptr<3>
      }
      scf.if %v264 {
        %v486 = llvm.getelementptr %v21[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v274, %v486 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v487 = llvm.getelementptr %v21[%v285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v287, %v487 : f32, !llvm.ptr<3>
      }
      scf.if %v290 {
        %v488 = llvm.getelementptr %v21[%v298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v300, %v488 : f32, !llvm.ptr<3>
      }
      scf.if %v303 {
        %v489 = llvm.getelementptr %v21[%v311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v313, %v489 : f32, !llvm.ptr<3>
      }
      scf.if %v316 {
        %v490 = llvm.getelementptr %v21[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v326, %v490 : f32, !llvm.ptr<3>
      }
      scf.if %v329 {
        %v491 = llvm.getelementptr %v21[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v339, %v491 : f32, !llvm.ptr<3>
      }
      scf.if %v342 {
        %v492 = llvm.getelementptr %v21[%v350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v352, %v492 : f32, !llvm.ptr<3>
      }
      scf.if %v355 {
        %v493 = llvm.getelementptr %v21[%v363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v365, %v493 : f32, !llvm.ptr<3>
      }
      scf.if %v368 {
        %v494 = llvm.getelementptr %v21[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v494 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v495 = llvm.getelementptr %v21[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v391, %v495 : f32, !llvm.ptr<3>
      }
      scf.if %v394 {
        %v496 = llvm.getelementptr %v21[%v402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v404, %v496 : f32, !llvm.ptr<3>
      }
      scf.if %v407 {
        %v497 = llvm.getelementptr %v21[%v415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v417, %v497 : f32, !llvm.ptr<3>
      }
      scf.if %v420 {
        %v498 = llvm.getelementptr %v21[%v428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v430, %v498 : f32, !llvm.ptr<3>
      }
      scf.if %v433 {
        %v499 = llvm.getelementptr %v21[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v443, %v499 : f32, !llvm.ptr<3>
      }
      scf.if %v446 {
        %v500 = llvm.getelementptr %v21[%v454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v456, %v500 : f32, !llvm.ptr<3>
      }
      scf.if %v459 {
        %v501 = llvm.getelementptr %v21[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v469, %v501 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      gpu.barrier
      %v502 = arith.index_cast %v40 : i64 to index
      %v503 = arith.index_cast %size_L : i64 to index
      %v504 = arith.index_cast %v54 : i64 to index
      scf.for %v505 = %v502 to %v503 step %v504 {
        %v506 = arith.index_cast %v505 : index to i64
        // save the states at checkpoint steps (when given somewhere to save them)
        %v507 = arith.remui %v506, %v30 : i64
        %v508 = arith.cmpi eq, %v507, %v40 : i64
        %v509 = arith.andi %v508, %v33 : i1
        scf.if %v509 {
          %v510 = arith.divui %v506, %v30 : i64
          %v511 = llvm.mlir.zero : !llvm.ptr
          %v512 = llvm.icmp "ne" %ckpt_h, %v511 : !llvm.ptr
          scf.if %v512 {
            %v515 = arith.muli %v510, %v514 : i64
            %v516 = llvm.load %v4 : !llvm.ptr -> f32
            %v518 = arith.muli %v38, %v517 : i64
            %v519 = arith.muli %v36, %v1 : i64
            %v520 = arith.addi %v518, %v519 : i64
            %v521 = arith.addi %v515, %v520 : i64
            %v522 = llvm.getelementptr %ckpt_h[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v516, %v522 : f32, !llvm.ptr
            %v523 = llvm.load %v5 : !llvm.ptr -> f32
            %v524 = arith.muli %v38, %v517 : i64
            %v525 = arith.muli %v36, %v1 : i64
            %v526 = arith.addi %v524, %v525 : i64
            %v527 = arith.constant 1 : i64
            %v528 = arith.addi %v526, %v527 : i64
            %v529 = arith.addi %v515, %v528 : i64
            %v530 = llvm.getelementptr %ckpt_h[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v523, %v530 : f32, !llvm.ptr
            %v531 = llvm.load %v6 : !llvm.ptr -> f32
            %v532 = arith.muli %v38, %v517 : i64
            %v533 = arith.muli %v36, %v1 : i64
            %v534 = arith.addi %v532, %v533 : i64
            %v535 = arith.constant 2 : i64
            %v536 = arith.addi %v534, %v535 : i64
            %v537 = arith.addi %v515, %v536 : i64
            %v538 = llvm.getelementptr %ckpt_h[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v531, %v538 : f32, !llvm.ptr
            %v539 = llvm.load %v7 : !llvm.ptr -> f32
            %v540 = arith.muli %v38, %v517 : i64
            %v541 = arith.muli %v36, %v1 : i64
            %v542 = arith.addi %v540, %v541 : i64
            %v543 = arith.constant 3 : i64
            %v544 = arith.addi %v542, %v543 : i64
            %v545 = arith.addi %v515, %v544 : i64
            %v546 = llvm.getelementptr %ckpt_h[%v545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v539, %v546 : f32, !llvm.ptr
            %v547 = llvm.load %v8 : !llvm.ptr -> f32
            %v548 = arith.muli %v38, %v517 : i64
            %v549 = arith.muli %v36, %v1 : i64
            %v550 = arith.addi %v548, %v549 : i64
            %v551 = arith.constant 4 : i64
            %v552 = arith.addi %v550, %v551 : i64
            %v553 = arith.addi %v515, %v552 : i64
            %v554 = llvm.getelementptr %ckpt_h[%v553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v547, %v554 : f32, !llvm.ptr
            %v555 = llvm.load %v9 : !llvm.ptr -> f32
            %v556 = arith.muli %v38, %v517 : i64
            %v557 = arith.muli %v36, %v1 : i64
            %v558 = arith.addi %v556, %v557 : i64
            %v559 = arith.constant 5 : i64
            %v560 = arith.addi %v558, %v559 : i64
            %v561 = arith.addi %v515, %v560 : i64
            %v562 = llvm.getelementptr %ckpt_h[%v561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v555, %v562 : f32, !llvm.ptr
            %v563 = llvm.load %v10 : !llvm.ptr -> f32
            %v564 = arith.muli %v38, %v517 : i64
            %v565 = arith.muli %v36, %v1 : i64
            %v566 = arith.addi %v564, %v565 : i64
            %v567 = arith.constant 6 : i64
            %v568 = arith.addi %v566, %v567 : i64
            %v569 = arith.addi %v515, %v568 : i64
            %v570 = llvm.getelementptr %ckpt_h[%v569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v563, %v570 : f32, !llvm.ptr
            %v571 = llvm.load %v11 : !llvm.ptr -> f32
            %v572 = arith.muli %v38, %v517 : i64
            %v573 = arith.muli %v36, %v1 : i64
            %v574 = arith.addi %v572, %v573 : i64
            %v575 = arith.constant 7 : i64
            %v576 = arith.addi %v574, %v575 : i64
            %v577 = arith.addi %v515, %v576 : i64
            %v578 = llvm.getelementptr %ckpt_h[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v571, %v578 : f32, !llvm.ptr
            %v579 = llvm.load %v12 : !llvm.ptr -> f32
            %v580 = arith.muli %v38, %v517 : i64
            %v581 = arith.muli %v36, %v1 : i64
            %v582 = arith.addi %v580, %v581 : i64
            %v583 = arith.constant 8 : i64
            %v584 = arith.addi %v582, %v583 : i64
            %v585 = arith.addi %v515, %v584 : i64
            %v586 = llvm.getelementptr %ckpt_h[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v579, %v586 : f32, !llvm.ptr
            %v587 = llvm.load %v13 : !llvm.ptr -> f32
            %v588 = arith.muli %v38, %v517 : i64
            %v589 = arith.muli %v36, %v1 : i64
            %v590 = arith.addi %v588, %v589 : i64
            %v591 = arith.constant 9 : i64
            %v592 = arith.addi %v590, %v591 : i64
            %v593 = arith.addi %v515, %v592 : i64
            %v594 = llvm.getelementptr %ckpt_h[%v593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v587, %v594 : f32, !llvm.ptr
            %v595 = llvm.load %v14 : !llvm.ptr -> f32
            %v596 = arith.muli %v38, %v517 : i64
            %v597 = arith.muli %v36, %v1 : i64
            %v598 = arith.addi %v596, %v597 : i64
            %v599 = arith.constant 10 : i64
            %v600 = arith.addi %v598, %v599 : i64
            %v601 = arith.addi %v515, %v600 : i64
            %v602 = llvm.getelementptr %ckpt_h[%v601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v595, %v602 : f32, !llvm.ptr
            %v603 = llvm.load %v15 : !llvm.ptr -> f32
            %v604 = arith.muli %v38, %v517 : i64
            %v605 = arith.muli %v36, %v1 : i64
            %v606 = arith.addi %v604, %v605 : i64
            %v607 = arith.constant 11 : i64
            %v608 = arith.addi %v606, %v607 : i64
            %v609 = arith.addi %v515, %v608 : i64
            %v610 = llvm.getelementptr %ckpt_h[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v603, %v610 : f32, !llvm.ptr
            %v611 = llvm.load %v16 : !llvm.ptr -> f32
            %v612 = arith.muli %v38, %v517 : i64
            %v613 = arith.muli %v36, %v1 : i64
            %v614 = arith.addi %v612, %v613 : i64
            %v615 = arith.constant 12 : i64
            %v616 = arith.addi %v614, %v615 : i64
            %v617 = arith.addi %v515, %v616 : i64
            %v618 = llvm.getelementptr %ckpt_h[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v611, %v618 : f32, !llvm.ptr
            %v619 = llvm.load %v17 : !llvm.ptr -> f32
            %v620 = arith.muli %v38, %v517 : i64
            %v621 = arith.muli %v36, %v1 : i64
            %v622 = arith.addi %v620, %v621 : i64
            %v623 = arith.constant 13 : i64
            %v624 = arith.addi %v622, %v623 : i64
            %v625 = arith.addi %v515, %v624 : i64
            %v626 = llvm.getelementptr %ckpt_h[%v625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v619, %v626 : f32, !llvm.ptr
            %v627 = llvm.load %v18 : !llvm.ptr -> f32
            %v628 = arith.muli %v38, %v517 : i64
            %v629 = arith.muli %v36, %v1 : i64
            %v630 = arith.addi %v628, %v629 : i64
            %v631 = arith.constant 14 : i64
            %v632 = arith.addi %v630, %v631 : i64
            %v633 = arith.addi %v515, %v632 : i64
            %v634 = llvm.getelementptr %ckpt_h[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v627, %v634 : f32, !llvm.ptr
            %v635 = llvm.load %v19 : !llvm.ptr -> f32
            %v636 = arith.muli %v38, %v517 : i64
            %v637 = arith.muli %v36, %v1 : i64
            %v638 = arith.addi %v636, %v637 : i64
            %v639 = arith.constant 15 : i64
            %v640 = arith.addi %v638, %v639 : i64
            %v641 = arith.addi %v515, %v640 : i64
            %v642 = llvm.getelementptr %ckpt_h[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v635, %v642 : f32, !llvm.ptr
          }
        }
        // end save
        %v643 = arith.subi %size_L, %v506 : i64
        %v644 = arith.minsi %v643, %v54 : i64
        %v645 = arith.addi %v506, %v54 : i64
        %v646 = arith.divui %v28, %v54 : i64
        %v647 = arith.remui %v28, %v54 : i64
        %v648 = arith.constant true
        %v649 = llvm.getelementptr %v20[%v646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v650 = llvm.load %v649 : !llvm.ptr<3> -> i64
        %v651 = arith.addi %v645, %v647 : i64
        %v652 = arith.cmpi slt, %v651, %size_L : i64
        %v653 = arith.subi %size_L, %v2 : i64
        %v654 = arith.minsi %v651, %v653 : i64
        %v655 = arith.addi %v650, %v654 : i64
        %v656 = arith.muli %v646, %v64 : i64
        %v657 = arith.addi %v656, %v647 : i64
        %v658 = llvm.getelementptr %in_u[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v659 = llvm.load %v658 : !llvm.ptr -> f32
        %v660 = arith.addi %v646, %v69 : i64
        %v661 = arith.constant true
        %v662 = llvm.getelementptr %v20[%v660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v663 = llvm.load %v662 : !llvm.ptr<3> -> i64
        %v664 = arith.addi %v645, %v647 : i64
        %v665 = arith.cmpi slt, %v664, %size_L : i64
        %v666 = arith.subi %size_L, %v2 : i64
        %v667 = arith.minsi %v664, %v666 : i64
        %v668 = arith.addi %v663, %v667 : i64
        %v669 = arith.muli %v660, %v64 : i64
        %v670 = arith.addi %v669, %v647 : i64
        %v671 = llvm.getelementptr %in_u[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v672 = llvm.load %v671 : !llvm.ptr -> f32
        %v673 = arith.addi %v646, %v82 : i64
        %v674 = arith.constant true
        %v675 = llvm.getelementptr %v20[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v676 = llvm.load %v675 : !llvm.ptr<3> -> i64
        %v677 = arith.addi %v645, %v647 : i64
        %v678 = arith.cmpi slt, %v677, %size_L : i64
        %v679 = arith.subi %size_L, %v2 : i64
        %v680 = arith.minsi %v677, %v679 : i64
        %v681 = arith.addi %v676, %v680 : i64
        %v682 = arith.muli %v673, %v64 : i64
        %v683 = arith.addi %v682, %v647 : i64
        %v684 = llvm.getelementptr %in_u[%v681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v685 = llvm.load %v684 : !llvm.ptr -> f32
        %v686 = arith.addi %v646, %v95 : i64
        %v687 = arith.constant true
        %v688 = llvm.getelementptr %v20[%v686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v689 = llvm.load %v688 : !llvm.ptr<3> -> i64
        %v690 = arith.addi %v645, %v647 : i64
        %v691 = arith.cmpi slt, %v690, %size_L : i64
        %v692 = arith.subi %size_L, %v2 : i64
        %v693 = arith.minsi %v690, %v692 : i64
        %v694 = arith.addi %v689, %v693 : i64
        %v695 = arith.muli %v686, %v64 : i64
        %v696 = arith.addi %v695, %v647 : i64
        %v697 = llvm.getelementptr %in_u[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v698 = llvm.load %v697 : !llvm.ptr -> f32
        %v699 = arith.addi %v646, %v108 : i64
        %v700 = arith.constant true
        %v701 = llvm.getelementptr %v20[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v702 = llvm.load %v701 : !llvm.ptr<3> -> i64
        %v703 = arith.addi %v645, %v647 : i64
        %v704 = arith.cmpi slt, %v703, %size_L : i64
        %v705 = arith.subi %size_L, %v2 : i64
        %v706 = arith.minsi %v703, %v705 : i64
        %v707 = arith.addi %v702, %v706 : i64
        %v708 = arith.muli %v699, %v64 : i64
        %v709 = arith.addi %v708, %v647 : i64
        %v710 = llvm.getelementptr %in_u[%v707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v711 = llvm.load %v710 : !llvm.ptr -> f32
        %v712 = arith.addi %v646, %v121 : i64
        %v713 = arith.constant true
        %v714 = llvm.getelementptr %v20[%v712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v715 = llvm.load %v714 : !llvm.ptr<3> -> i64
        %v716 = arith.addi %v645, %v647 : i64
        %v717 = arith.cmpi slt, %v716, %size_L : i64
        %v718 = arith.subi %size_L, %v2 : i64
        %v719 = arith.minsi %v716, %v718 : i64
        %v720 = arith.addi %v715, %v719 : i64
        %v721 = arith.muli %v712, %v64 : i64
        %v722 = arith.addi %v721, %v647 : i64
        %v723 = llvm.getelementptr %in_u[%v720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v724 = llvm.load %v723 : !llvm.ptr -> f32
        %v725 = arith.addi %v646, %v134 : i64
        %v726 = arith.constant true
        %v727 = llvm.getelementptr %v20[%v725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v728 = llvm.load %v727 : !llvm.ptr<3> -> i64
        %v729 = arith.addi %v645, %v647 : i64
        %v730 = arith.cmpi slt, %v729, %size_L : i64
        %v731 = arith.subi %size_L, %v2 : i64
        %v732 = arith.minsi %v729, %v731 : i64
        %v733 = arith.addi %v728, %v732 : i64
        %v734 = arith.muli %v725, %v64 : i64
        %v735 = arith.addi %v734, %v647 : i64
        %v736 = llvm.getelementptr %in_u[%v733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v737 = llvm.load %v736 : !llvm.ptr -> f32
        %v738 = arith.addi %v646, %v147 : i64
        %v739 = arith.constant true
        %v740 = llvm.getelementptr %v20[%v738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v741 = llvm.load %v740 : !llvm.ptr<3> -> i64
        %v742 = arith.addi %v645, %v647 : i64
        %v743 = arith.cmpi slt, %v742, %size_L : i64
        %v744 = arith.subi %size_L, %v2 : i64
        %v745 = arith.minsi %v742, %v744 : i64
        %v746 = arith.addi %v741, %v745 : i64
        %v747 = arith.muli %v738, %v64 : i64
        %v748 = arith.addi %v747, %v647 : i64
        %v749 = llvm.getelementptr %in_u[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v750 = llvm.load %v749 : !llvm.ptr -> f32
        %v751 = arith.addi %v646, %v1 : i64
        %v752 = arith.constant true
        %v753 = llvm.getelementptr %v20[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v754 = llvm.load %v753 : !llvm.ptr<3> -> i64
        %v755 = arith.addi %v645, %v647 : i64
        %v756 = arith.cmpi slt, %v755, %size_L : i64
        %v757 = arith.subi %size_L, %v2 : i64
        %v758 = arith.minsi %v755, %v757 : i64
        %v759 = arith.addi %v754, %v758 : i64
        %v760 = arith.muli %v751, %v64 : i64
        %v761 = arith.addi %v760, %v647 : i64
        %v762 = llvm.getelementptr %in_u[%v759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v763 = llvm.load %v762 : !llvm.ptr -> f32
        %v764 = arith.addi %v646, %v172 : i64
        %v765 = arith.constant true
        %v766 = llvm.getelementptr %v20[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
        %v768 = arith.addi %v645, %v647 : i64
        %v769 = arith.cmpi slt, %v768, %size_L : i64
        %v770 = arith.subi %size_L, %v2 : i64
        %v771 = arith.minsi %v768, %v770 : i64
        %v772 = arith.addi %v767, %v771 : i64
        %v773 = arith.muli %v764, %v64 : i64
        %v774 = arith.addi %v773, %v647 : i64
        %v775 = llvm.getelementptr %in_u[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v776 = llvm.load %v775 : !llvm.ptr -> f32
        %v777 = arith.addi %v646, %v185 : i64
        %v778 = arith.constant true
        %v779 = llvm.getelementptr %v20[%v777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v780 = llvm.load %v779 : !llvm.ptr<3> -> i64
        %v781 = arith.addi %v645, %v647 : i64
        %v782 = arith.cmpi slt, %v781, %size_L : i64
        %v783 = arith.subi %size_L, %v2 : i64
        %v784 = arith.minsi %v781, %v783 : i64
        %v785 = arith.addi %v780, %v784 : i64
        %v786 = arith.muli %v777, %v64 : i64
        %v787 = arith.addi %v786, %v647 : i64
        %v788 = llvm.getelementptr %in_u[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v789 = llvm.load %v788 : !llvm.ptr -> f32
        %v790 = arith.addi %v646, %v198 : i64
        %v791 = arith.constant true
        %v792 = llvm.getelementptr %v20[%v790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v793 = llvm.load %v792 : !llvm.ptr<3> -> i64
        %v794 = arith.addi %v645, %v647 : i64
        %v795 = arith.cmpi slt, %v794, %size_L : i64
        %v796 = arith.subi %size_L, %v2 : i64
        %v797 = arith.minsi %v794, %v796 : i64
        %v798 = arith.addi %v793, %v797 : i64
        %v799 = arith.muli %v790, %v64 : i64
        %v800 = arith.addi %v799, %v647 : i64
        %v801 = llvm.getelementptr %in_u[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v802 = llvm.load %v801 : !llvm.ptr -> f32
        %v803 = arith.addi %v646, %v211 : i64
        %v804 = arith.constant true
        %v805 = llvm.getelementptr %v20[%v803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v806 = llvm.load %v805 : !llvm.ptr<3> -> i64
        %v807 = arith.addi %v645, %v647 : i64
        %v808 = arith.cmpi slt, %v807, %size_L : i64
        %v809 = arith.subi %size_L, %v2 : i64
        %v810 = arith.minsi %v807, %v809 : i64
        %v811 = arith.addi %v806, %v810 : i64
        %v812 = arith.muli %v803, %v64 : i64
        %v813 = arith.addi %v812, %v647 : i64
        %v814 = llvm.getelementptr %in_u[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v815 = llvm.load %v814 : !llvm.ptr -> f32
        %v816 = arith.addi %v646, %v224 : i64
        %v817 = arith.constant true
        %v818 = llvm.getelementptr %v20[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v819 = llvm.load %v818 : !llvm.ptr<3> -> i64
        %v820 = arith.addi %v645, %v647 : i64
        %v821 = arith.cmpi slt, %v820, %size_L : i64
        %v822 = arith.subi %size_L, %v2 : i64
        %v823 = arith.minsi %v820, %v822 : i64
        %v824 = arith.addi %v819, %v823 : i64
        %v825 = arith.muli %v816, %v64 : i64
        %v826 = arith.addi %v825, %v647 : i64
        %v827 = llvm.getelementptr %in_u[%v824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v828 = llvm.load %v827 : !llvm.ptr -> f32
        %v829 = arith.addi %v646, %v237 : i64
        %v830 = arith.constant true
        %v831 = llvm.getelementptr %v20[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v832 = llvm.load %v831 : !llvm.ptr<3> -> i64
        %v833 = arith.addi %v645, %v647 : i64
        %v834 = arith.cmpi slt, %v833, %size_L : i64
        %v835 = arith.subi %size_L, %v2 : i64
        %v836 = arith.minsi %v833, %v835 : i64
        %v837 = arith.addi %v832, %v836 : i64
        %v838 = arith.muli %v829, %v64 : i64
        %v839 = arith.addi %v838, %v647 : i64
        %v840 = llvm.getelementptr %in_u[%v837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v841 = llvm.load %v840 : !llvm.ptr -> f32
        %v842 = arith.addi %v646, %v250 : i64
        %v843 = arith.constant true
        %v844 = llvm.getelementptr %v20[%v842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v845 = llvm.load %v844 : !llvm.ptr<3> -> i64
        %v846 = arith.addi %v645, %v647 : i64
        %v847 = arith.cmpi slt, %v846, %size_L : i64
        %v848 = arith.subi %size_L, %v2 : i64
        %v849 = arith.minsi %v846, %v848 : i64
        %v850 = arith.addi %v845, %v849 : i64
        %v851 = arith.muli %v842, %v64 : i64
        %v852 = arith.addi %v851, %v647 : i64
        %v853 = llvm.getelementptr %in_u[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v854 = llvm.load %v853 : !llvm.ptr -> f32
        %v855 = arith.addi %v646, %v54 : i64
        %v856 = arith.constant true
        %v857 = llvm.getelementptr %v20[%v855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v858 = llvm.load %v857 : !llvm.ptr<3> -> i64
        %v859 = arith.addi %v645, %v647 : i64
        %v860 = arith.cmpi slt, %v859, %size_L : i64
        %v861 = arith.subi %size_L, %v2 : i64
        %v862 = arith.minsi %v859, %v861 : i64
        %v863 = arith.addi %v858, %v862 : i64
        %v864 = arith.muli %v855, %v64 : i64
        %v865 = arith.addi %v864, %v647 : i64
        %v866 = llvm.getelementptr %in_u[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v867 = llvm.load %v866 : !llvm.ptr -> f32
        %v868 = arith.addi %v646, %v275 : i64
        %v869 = arith.constant true
        %v870 = llvm.getelementptr %v20[%v868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v871 = llvm.load %v870 : !llvm.ptr<3> -> i64
        %v872 = arith.addi %v645, %v647 : i64
        %v873 = arith.cmpi slt, %v872, %size_L : i64
        %v874 = arith.subi %size_L, %v2 : i64
        %v875 = arith.minsi %v872, %v874 : i64
        %v876 = arith.addi %v871, %v875 : i64
        %v877 = arith.muli %v868, %v64 : i64
        %v878 = arith.addi %v877, %v647 : i64
        %v879 = llvm.getelementptr %in_u[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v880 = llvm.load %v879 : !llvm.ptr -> f32
        %v881 = arith.addi %v646, %v288 : i64
        %v882 = arith.constant true
        %v883 = llvm.getelementptr %v20[%v881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v884 = llvm.load %v883 : !llvm.ptr<3> -> i64
        %v885 = arith.addi %v645, %v647 : i64
        %v886 = arith.cmpi slt, %v885, %size_L : i64
        %v887 = arith.subi %size_L, %v2 : i64
        %v888 = arith.minsi %v885, %v887 : i64
        %v889 = arith.addi %v884, %v888 : i64
        %v890 = arith.muli %v881, %v64 : i64
        %v891 = arith.addi %v890, %v647 : i64
        %v892 = llvm.getelementptr %in_u[%v889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v893 = llvm.load %v892 : !llvm.ptr -> f32
        %v894 = arith.addi %v646, %v301 : i64
        %v895 = arith.constant true
        %v896 = llvm.getelementptr %v20[%v894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
        %v898 = arith.addi %v645, %v647 : i64
        %v899 = arith.cmpi slt, %v898, %size_L : i64
        %v900 = arith.subi %size_L, %v2 : i64
        %v901 = arith.minsi %v898, %v900 : i64
        %v902 = arith.addi %v897, %v901 : i64
        %v903 = arith.muli %v894, %v64 : i64
        %v904 = arith.addi %v903, %v647 : i64
        %v905 = llvm.getelementptr %in_u[%v902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v906 = llvm.load %v905 : !llvm.ptr -> f32
        %v907 = arith.addi %v646, %v314 : i64
        %v908 = arith.constant true
        %v909 = llvm.getelementptr %v20[%v907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v910 = llvm.load %v909 : !llvm.ptr<3> -> i64
        %v911 = arith.addi %v645, %v647 : i64
        %v912 = arith.cmpi slt, %v911, %size_L : i64
        %v913 = arith.subi %size_L, %v2 : i64
        %v914 = arith.minsi %v911, %v913 : i64
        %v915 = arith.addi %v910, %v914 : i64
        %v916 = arith.muli %v907, %v64 : i64
        %v917 = arith.addi %v916, %v647 : i64
        %v918 = llvm.getelementptr %in_u[%v915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v919 = llvm.load %v918 : !llvm.ptr -> f32
        %v920 = arith.addi %v646, %v327 : i64
        %v921 = arith.constant true
        %v922 = llvm.getelementptr %v20[%v920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v923 = llvm.load %v922 : !llvm.ptr<3> -> i64
        %v924 = arith.addi %v645, %v647 : i64
        %v925 = arith.cmpi slt, %v924, %size_L : i64
        %v926 = arith.subi %size_L, %v2 : i64
        %v927 = arith.minsi %v924, %v926 : i64
        %v928 = arith.addi %v923, %v927 : i64
        %v929 = arith.muli %v920, %v64 : i64
        %v930 = arith.addi %v929, %v647 : i64
        %v931 = llvm.getelementptr %in_u[%v928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v932 = llvm.load %v931 : !llvm.ptr -> f32
        %v933 = arith.addi %v646, %v340 : i64
        %v934 = arith.constant true
        %v935 = llvm.getelementptr %v20[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v936 = llvm.load %v935 : !llvm.ptr<3> -> i64
        %v937 = arith.addi %v645, %v647 : i64
        %v938 = arith.cmpi slt, %v937, %size_L : i64
        %v939 = arith.subi %size_L, %v2 : i64
        %v940 = arith.minsi %v937, %v939 : i64
        %v941 = arith.addi %v936, %v940 : i64
        %v942 = arith.muli %v933, %v64 : i64
        %v943 = arith.addi %v942, %v647 : i64
        %v944 = llvm.getelementptr %in_u[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v945 = llvm.load %v944 : !llvm.ptr -> f32
        %v946 = arith.addi %v646, %v353 : i64
        %v947 = arith.constant true
        %v948 = llvm.getelementptr %v20[%v946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
        %v950 = arith.addi %v645, %v647 : i64
        %v951 = arith.cmpi slt, %v950, %size_L : i64
        %v952 = arith.subi %size_L, %v2 : i64
        %v953 = arith.minsi %v950, %v952 : i64
        %v954 = arith.addi %v949, %v953 : i64
        %v955 = arith.muli %v946, %v64 : i64
        %v956 = arith.addi %v955, %v647 : i64
        %v957 = llvm.getelementptr %in_u[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v958 = llvm.load %v957 : !llvm.ptr -> f32
        %v959 = arith.addi %v646, %v366 : i64
        %v960 = arith.constant true
        %v961 = llvm.getelementptr %v20[%v959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v962 = llvm.load %v961 : !llvm.ptr<3> -> i64
        %v963 = arith.addi %v645, %v647 : i64
        %v964 = arith.cmpi slt, %v963, %size_L : i64
        %v965 = arith.subi %size_L, %v2 : i64
        %v966 = arith.minsi %v963, %v965 : i64
        %v967 = arith.addi %v962, %v966 : i64
        %v968 = arith.muli %v959, %v64 : i64
        %v969 = arith.addi %v968, %v647 : i64
        %v970 = llvm.getelementptr %in_u[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v971 = llvm.load %v970 : !llvm.ptr -> f32
        %v972 = arith.addi %v646, %v379 : i64
        %v973 = arith.constant true
        %v974 = llvm.getelementptr %v20[%v972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v975 = llvm.load %v974 : !llvm.ptr<3> -> i64
        %v976 = arith.addi %v645, %v647 : i64
        %v977 = arith.cmpi slt, %v976, %size_L : i64
        %v978 = arith.subi %size_L, %v2 : i64
        %v979 = arith.minsi %v976, %v978 : i64
        %v980 = arith.addi %v975, %v979 : i64
        %v981 = arith.muli %v972, %v64 : i64
        %v982 = arith.addi %v981, %v647 : i64
        %v983 = llvm.getelementptr %in_u[%v980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v984 = llvm.load %v983 : !llvm.ptr -> f32
        %v985 = arith.addi %v646, %v392 : i64
        %v986 = arith.constant true
        %v987 = llvm.getelementptr %v20[%v985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v988 = llvm.load %v987 : !llvm.ptr<3> -> i64
        %v989 = arith.addi %v645, %v647 : i64
        %v990 = arith.cmpi slt, %v989, %size_L : i64
        %v991 = arith.subi %size_L, %v2 : i64
        %v992 = arith.minsi %v989, %v991 : i64
        %v993 = arith.addi %v988, %v992 : i64
        %v994 = arith.muli %v985, %v64 : i64
        %v995 = arith.addi %v994, %v647 : i64
        %v996 = llvm.getelementptr %in_u[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v997 = llvm.load %v996 : !llvm.ptr -> f32
        %v998 = arith.addi %v646, %v405 : i64
        %v999 = arith.constant true
        %v1000 = llvm.getelementptr %v20[%v998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1001 = llvm.load %v1000 : !llvm.ptr<3> -> i64
        %v1002 = arith.addi %v645, %v647 : i64
        %v1003 = arith.cmpi slt, %v1002, %size_L : i64
        %v1004 = arith.subi %size_L, %v2 : i64
        %v1005 = arith.minsi %v1002, %v1004 : i64
        %v1006 = arith.addi %v1001, %v1005 : i64
        %v1007 = arith.muli %v998, %v64 : i64
        %v1008 = arith.addi %v1007, %v647 : i64
        %v1009 = llvm.getelementptr %in_u[%v1006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1010 = llvm.load %v1009 : !llvm.ptr -> f32
        %v1011 = arith.addi %v646, %v418 : i64
        %v1012 = arith.constant true
        %v1013 = llvm.getelementptr %v20[%v1011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1014 = llvm.load %v1013 : !llvm.ptr<3> -> i64
        %v1015 = arith.addi %v645, %v647 : i64
        %v1016 = arith.cmpi slt, %v1015, %size_L : i64
        %v1017 = arith.subi %size_L, %v2 : i64
        %v1018 = arith.minsi %v1015, %v1017 : i64
        %v1019 = arith.addi %v1014, %v1018 : i64
        %v1020 = arith.muli %v1011, %v64 : i64
        %v1021 = arith.addi %v1020, %v647 : i64
        %v1022 = llvm.getelementptr %in_u[%v1019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1023 = llvm.load %v1022 : !llvm.ptr -> f32
        %v1024 = arith.addi %v646, %v431 : i64
        %v1025 = arith.constant true
        %v1026 = llvm.getelementptr %v20[%v1024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1027 = llvm.load %v1026 : !llvm.ptr<3> -> i64
        %v1028 = arith.addi %v645, %v647 : i64
        %v1029 = arith.cmpi slt, %v1028, %size_L : i64
        %v1030 = arith.subi %size_L, %v2 : i64
        %v1031 = arith.minsi %v1028, %v1030 : i64
        %v1032 = arith.addi %v1027, %v1031 : i64
        %v1033 = arith.muli %v1024, %v64 : i64
        %v1034 = arith.addi %v1033, %v647 : i64
        %v1035 = llvm.getelementptr %in_u[%v1032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1036 = llvm.load %v1035 : !llvm.ptr -> f32
        %v1037 = arith.addi %v646, %v444 : i64
        %v1038 = arith.constant true
        %v1039 = llvm.getelementptr %v20[%v1037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1040 = llvm.load %v1039 : !llvm.ptr<3> -> i64
        %v1041 = arith.addi %v645, %v647 : i64
        %v1042 = arith.cmpi slt, %v1041, %size_L : i64
        %v1043 = arith.subi %size_L, %v2 : i64
        %v1044 = arith.minsi %v1041, %v1043 : i64
        %v1045 = arith.addi %v1040, %v1044 : i64
        %v1046 = arith.muli %v1037, %v64 : i64
        %v1047 = arith.addi %v1046, %v647 : i64
        %v1048 = llvm.getelementptr %in_u[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
        %v1050 = arith.addi %v646, %v457 : i64
        %v1051 = arith.constant true
        %v1052 = llvm.getelementptr %v20[%v1050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1053 = llvm.load %v1052 : !llvm.ptr<3> -> i64
        %v1054 = arith.addi %v645, %v647 : i64
        %v1055 = arith.cmpi slt, %v1054, %size_L : i64
        %v1056 = arith.subi %size_L, %v2 : i64
        %v1057 = arith.minsi %v1054, %v1056 : i64
        %v1058 = arith.addi %v1053, %v1057 : i64
        %v1059 = arith.muli %v1050, %v64 : i64
        %v1060 = arith.addi %v1059, %v647 : i64
        %v1061 = llvm.getelementptr %in_u[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
        %v1063 = arith.index_cast %v40 : i64 to index
        %v1064 = arith.index_cast %v644 : i64 to index
        %v1065 = arith.index_cast %v2 : i64 to index
        scf.for %v1066 = %v1063 to %v1064 step %v1065 {
          %v1067 = arith.index_cast %v1066 : index to i64
          %v1068 = arith.addi %v506, %v1067 : i64
          %v1090 = arith.muli %v28, %v64 : i64
          %v1091 = arith.addi %v1090, %v1067 : i64
          %v1092 = llvm.getelementptr %v21[%v1091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1093 = llvm.load %v1092 : !llvm.ptr<3> -> f32
          %v1094 = arith.mulf %v1089, %v1093 fastmath<contract> : f32
          %v1095 = llvm.load %v4 : !llvm.ptr -> f32
          %v1096 = arith.mulf %v1082, %v1095 fastmath<contract> : f32
          %v1097 = arith.addf %v1096, %v1094 fastmath<contract> : f32
          %v1117 = arith.mulf %v1116, %v1093 fastmath<contract> : f32
          %v1118 = llvm.load %v5 : !llvm.ptr -> f32
          %v1119 = arith.mulf %v1108, %v1118 fastmath<contract> : f32
          %v1120 = arith.addf %v1119, %v1117 fastmath<contract> : f32
          %v1140 = arith.mulf %v1139, %v1093 fastmath<contract> : f32
          %v1141 = llvm.load %v6 : !llvm.ptr -> f32
          %v1142 = arith.mulf %v1131, %v1141 fastmath<contract> : f32
          %v1143 = arith.addf %v1142, %v1140 fastmath<contract> : f32
          %v1163 = arith.mulf %v1162, %v1093 fastmath<contract> : f32
          %v1164 = llvm.load %v7 : !llvm.ptr -> f32
          %v1165 = arith.mulf %v1154, %v1164 fastmath<contract> : f32
          %v1166 = arith.addf %v1165, %v1163 fastmath<contract> : f32
          %v1186 = arith.mulf %v1185, %v1093 fastmath<contract> : f32
          %v1187 = llvm.load %v8 : !llvm.ptr -> f32
          %v1188 = arith.mulf %v1177, %v1187 fastmath<contract> : f32
          %v1189 = arith.addf %v1188, %v1186 fastmath<contract> : f32
          %v1209 = arith.mulf %v1208, %v1093 fastmath<contract> : f32
          %v1210 = llvm.load %v9 : !llvm.ptr -> f32
          %v1211 = arith.mulf %v1200, %v1210 fastmath<contract> : f32
          %v1212 = arith.addf %v1211, %v1209 fastmath<contract> : f32
          %v1232 = arith.mulf %v1231, %v1093 fastmath<contract> : f32
          %v1233 = llvm.load %v10 : !llvm.ptr -> f32
          %v1234 = arith.mulf %v1223, %v1233 fastmath<contract> : f32
          %v1235 = arith.addf %v1234, %v1232 fastmath<contract> : f32
          %v1255 = arith.mulf %v1254, %v1093 fastmath<contract> : f32
          %v1256 = llvm.load %v11 : !llvm.ptr -> f32
          %v1257 = arith.mulf %v1246, %v1256 fastmath<contract> : f32
          %v1258 = arith.addf %v1257, %v1255 fastmath<contract> : f32
          %v1278 = arith.mulf %v1277, %v1093 fastmath<contract> : f32
          %v1279 = llvm.load %v12 : !llvm.ptr -> f32
          %v1280 = arith.mulf %v1269, %v1279 fastmath<contract> : f32
          %v1281 = arith.addf %v1280, %v1278 fastmath<contract> : f32
          %v1301 = arith.mulf %v1300, %v1093 fastmath<contract> : f32
          %v1302 = llvm.load %v13 : !llvm.ptr -> f32
          %v1303 = arith.mulf %v1292, %v1302 fastmath<contract> : f32
          %v1304 = arith.addf %v1303, %v1301 fastmath<contract> : f32
          %v1324 = arith.mulf %v1323, %v1093 fastmath<contract> : f32
          %v1325 = llvm.load %v14 : !llvm.ptr -> f32
          %v1326 = arith.mulf %v1315, %v1325 fastmath<contract> : f32
          %v1327 = arith.addf %v1326, %v1324 fastmath<contract> : f32
          %v1347 = arith.mulf %v1346, %v1093 fastmath<contract> : f32
          %v1348 = llvm.load %v15 : !llvm.ptr -> f32
          %v1349 = arith.mulf %v1338, %v1348 fastmath<contract> : f32
          %v1350 = arith.addf %v1349, %v1347 fastmath<contract> : f32
          %v1370 = arith.mulf %v1369, %v1093 fastmath<contract> : f32
          %v1371 = llvm.load %v16 : !llvm.ptr -> f32
          %v1372 = arith.mulf %v1361, %v1371 fastmath<contract> : f32
          %v1373 = arith.addf %v1372, %v1370 fastmath<contract> : f32
          %v1393 = arith.mulf %v1392, %v1093 fastmath<contract> : f32
          %v1394 = llvm.load %v17 : !llvm.ptr -> f32
          %v1395 = arith.mulf %v1384, %v1394 fastmath<contract> : f32
          %v1396 = arith.addf %v1395, %v1393 fastmath<contract> : f32
          %v1416 = arith.mulf %v1415, %v1093 fastmath<contract> : f32
          %v1417 = llvm.load %v18 : !llvm.ptr -> f32
          %v1418 = arith.mulf %v1407, %v1417 fastmath<contract> : f32
          %v1419 = arith.addf %v1418, %v1416 fastmath<contract> : f32
          %v1439 = arith.mulf %v1438, %v1093 fastmath<contract> : f32
          %v1440 = llvm.load %v19 : !llvm.ptr -> f32
          %v1441 = arith.mulf %v1430, %v1440 fastmath<contract> : f32
          %v1442 = arith.addf %v1441, %v1439 fastmath<contract> : f32
          llvm.store %v1097, %v4 : f32, !llvm.ptr
          llvm.store %v1120, %v5 : f32, !llvm.ptr
          llvm.store %v1143, %v6 : f32, !llvm.ptr
          llvm.store %v1166, %v7 : f32, !llvm.ptr
          llvm.store %v1189, %v8 : f32, !llvm.ptr
          llvm.store %v1212, %v9 : f32, !llvm.ptr
          llvm.store %v1235, %v10 : f32, !llvm.ptr
          llvm.store %v1258, %v11 : f32, !llvm.ptr
          llvm.store %v1281, %v12 : f32, !llvm.ptr
          llvm.store %v1304, %v13 : f32, !llvm.ptr
          llvm.store %v1327, %v14 : f32, !llvm.ptr
          llvm.store %v1350, %v15 : f32, !llvm.ptr
          llvm.store %v1373, %v16 : f32, !llvm.ptr
          llvm.store %v1396, %v17 : f32, !llvm.ptr
          llvm.store %v1419, %v18 : f32, !llvm.ptr
          llvm.store %v1442, %v19 : f32, !llvm.ptr
          %v1446 = llvm.load %v4 : !llvm.ptr -> f32
          %v1447 = arith.mulf %v1445, %v1446 fastmath<contract> : f32
          %v1453 = llvm.load %v5 : !llvm.ptr -> f32
          %v1454 = arith.mulf %v1452, %v1453 fastmath<contract> : f32
          %v1455 = arith.addf %v1447, %v1454 fastmath<contract> : f32
          %v1461 = llvm.load %v6 : !llvm.ptr -> f32
          %v1462 = arith.mulf %v1460, %v1461 fastmath<contract> : f32
          %v1463 = arith.addf %v1455, %v1462 fastmath<contract> : f32
          %v1469 = llvm.load %v7 : !llvm.ptr -> f32
          %v1470 = arith.mulf %v1468, %v1469 fastmath<contract> : f32
          %v1471 = arith.addf %v1463, %v1470 fastmath<contract> : f32
          %v1477 = llvm.load %v8 : !llvm.ptr -> f32
          %v1478 = arith.mulf %v1476, %v1477 fastmath<contract> : f32
          %v1479 = arith.addf %v1471, %v1478 fastmath<contract> : f32
          %v1485 = llvm.load %v9 : !llvm.ptr -> f32
          %v1486 = arith.mulf %v1484, %v1485 fastmath<contract> : f32
          %v1487 = arith.addf %v1479, %v1486 fastmath<contract> : f32
          %v1493 = llvm.load %v10 : !llvm.ptr -> f32
          %v1494 = arith.mulf %v1492, %v1493 fastmath<contract> : f32
          %v1495 = arith.addf %v1487, %v1494 fastmath<contract> : f32
          %v1501 = llvm.load %v11 : !llvm.ptr -> f32
          %v1502 = arith.mulf %v1500, %v1501 fastmath<contract> : f32
          %v1503 = arith.addf %v1495, %v1502 fastmath<contract> : f32
          %v1509 = llvm.load %v12 : !llvm.ptr -> f32
          %v1510 = arith.mulf %v1508, %v1509 fastmath<contract> : f32
          %v1511 = arith.addf %v1503, %v1510 fastmath<contract> : f32
          %v1517 = llvm.load %v13 : !llvm.ptr -> f32
          %v1518 = arith.mulf %v1516, %v1517 fastmath<contract> : f32
          %v1519 = arith.addf %v1511, %v1518 fastmath<contract> : f32
          %v1525 = llvm.load %v14 : !llvm.ptr -> f32
          %v1526 = arith.mulf %v1524, %v1525 fastmath<contract> : f32
          %v1527 = arith.addf %v1519, %v1526 fastmath<contract> : f32
          %v1533 = llvm.load %v15 : !llvm.ptr -> f32
          %v1534 = arith.mulf %v1532, %v1533 fastmath<contract> : f32
          %v1535 = arith.addf %v1527, %v1534 fastmath<contract> : f32
          %v1541 = llvm.load %v16 : !llvm.ptr -> f32
          %v1542 = arith.mulf %v1540, %v1541 fastmath<contract> : f32
          %v1543 = arith.addf %v1535, %v1542 fastmath<contract> : f32
          %v1549 = llvm.load %v17 : !llvm.ptr -> f32
          %v1550 = arith.mulf %v1548, %v1549 fastmath<contract> : f32
          %v1551 = arith.addf %v1543, %v1550 fastmath<contract> : f32
          %v1557 = llvm.load %v18 : !llvm.ptr -> f32
          %v1558 = arith.mulf %v1556, %v1557 fastmath<contract> : f32
          %v1559 = arith.addf %v1551, %v1558 fastmath<contract> : f32
          %v1565 = llvm.load %v19 : !llvm.ptr -> f32
          %v1566 = arith.mulf %v1564, %v1565 fastmath<contract> : f32
          %v1567 = arith.addf %v1559, %v1566 fastmath<contract> : f32
          %v1570 = arith.mulf %v1093, %v1569 fastmath<contract> : f32
          %v1571 = arith.addf %v1567, %v1570 fastmath<contract> : f32
          %v1572 = arith.addi %v30, %v28 : i64
          %v1573 = arith.muli %v1572, %v64 : i64
          %v1574 = arith.addi %v1573, %v1067 : i64
          %v1575 = llvm.getelementptr %v21[%v1574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v1571, %v1575 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v1576 = arith.divui %v28, %v54 : i64
        %v1577 = arith.remui %v28, %v54 : i64
        %v1578 = arith.muli %v1576, %v64 : i64
        %v1579 = arith.addi %v1578, %v1577 : i64
        %v1580 = llvm.getelementptr %v21[%v1579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v659, %v1580 : f32, !llvm.ptr<3>
        %v1581 = arith.addi %v30, %v28 : i64
        %v1582 = arith.divui %v1581, %v54 : i64
        %v1583 = arith.remui %v1581, %v54 : i64
        %v1584 = arith.muli %v1582, %v64 : i64
        %v1585 = arith.addi %v1584, %v1583 : i64
        %v1586 = llvm.getelementptr %v21[%v1585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v672, %v1586 : f32, !llvm.ptr<3>
        %v1588 = arith.addi %v1587, %v28 : i64
        %v1589 = arith.divui %v1588, %v54 : i64
        %v1590 = arith.remui %v1588, %v54 : i64
        %v1591 = arith.muli %v1589, %v64 : i64
        %v1592 = arith.addi %v1591, %v1590 : i64
        %v1593 = llvm.getelementptr %v21[%v1592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v685, %v1593 : f32, !llvm.ptr<3>
        %v1595 = arith.addi %v1594, %v28 : i64
        %v1596 = arith.divui %v1595, %v54 : i64
        %v1597 = arith.remui %v1595, %v54 : i64
        %v1598 = arith.muli %v1596, %v64 : i64
        %v1599 = arith.addi %v1598, %v1597 : i64
        %v1600 = llvm.getelementptr %v21[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v698, %v1600 : f32, !llvm.ptr<3>
        %v1601 = arith.addi %v24, %v28 : i64
        %v1602 = arith.divui %v1601, %v54 : i64
        %v1603 = arith.remui %v1601, %v54 : i64
        %v1604 = arith.muli %v1602, %v64 : i64
        %v1605 = arith.addi %v1604, %v1603 : i64
        %v1606 = llvm.getelementptr %v21[%v1605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v711, %v1606 : f32, !llvm.ptr<3>
        %v1608 = arith.addi %v1607, %v28 : i64
        %v1609 = arith.divui %v1608, %v54 : i64
        %v1610 = arith.remui %v1608, %v54 : i64
        %v1611 = arith.muli %v1609, %v64 : i64
        %v1612 = arith.addi %v1611, %v1610 : i64
        %v1613 = llvm.getelementptr %v21[%v1612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v724, %v1613 : f32, !llvm.ptr<3>
        %v1615 = arith.addi %v1614, %v28 : i64
        %v1616 = arith.divui %v1615, %v54 : i64
        %v1617 = arith.remui %v1615, %v54 : i64
        %v1618 = arith.muli %v1616, %v64 : i64
        %v1619 = arith.addi %v1618, %v1617 : i64
        %v1620 = llvm.getelementptr %v21[%v1619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v737, %v1620 : f32, !llvm.ptr<3>
        %v1622 = arith.addi %v1621, %v28 : i64
        %v1623 = arith.divui %v1622, %v54 : i64
        %v1624 = arith.remui %v1622, %v54 : i64
        %v1625 = arith.muli %v1623, %v64 : i64
        %v1626 = arith.addi %v1625, %v1624 : i64
        %v1627 = llvm.getelementptr %v21[%v1626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v750, %v1627 : f32, !llvm.ptr<3>
        %v1629 = arith.addi %v1628, %v28 : i64
        %v1630 = arith.divui %v1629, %v54 : i64
        %v1631 = arith.remui %v1629, %v54 : i64
        %v1632 = arith.muli %v1630, %v64 : i64
        %v1633 = arith.addi %v1632, %v1631 : i64
        %v1634 = llvm.getelementptr %v21[%v1633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v763, %v1634 : f32, !llvm.ptr<3>
        %v1636 = arith.addi %v1635, %v28 : i64
        %v1637 = arith.divui %v1636, %v54 : i64
        %v1638 = arith.remui %v1636, %v54 : i64
        %v1639 = arith.muli %v1637, %v64 : i64
        %v1640 = arith.addi %v1639, %v1638 : i64
        %v1641 = llvm.getelementptr %v21[%v1640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1641 : f32, !llvm.ptr<3>
        %v1643 = arith.addi %v1642, %v28 : i64
        %v1644 = arith.divui %v1643, %v54 : i64
        %v1645 = arith.remui %v1643, %v54 : i64
        %v1646 = arith.muli %v1644, %v64 : i64
        %v1647 = arith.addi %v1646, %v1645 : i64
        %v1648 = llvm.getelementptr %v21[%v1647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v789, %v1648 : f32, !llvm.ptr<3>
        %v1650 = arith.addi %v1649, %v28 : i64
        %v1651 = arith.divui %v1650, %v54 : i64
        %v1652 = arith.remui %v1650, %v54 : i64
        %v1653 = arith.muli %v1651, %v64 : i64
        %v1654 = arith.addi %v1653, %v1652 : i64
        %v1655 = llvm.getelementptr %v21[%v1654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v802, %v1655 : f32, !llvm.ptr<3>
        %v1657 = arith.addi %v1656, %v28 : i64
        %v1658 = arith.divui %v1657, %v54 : i64
        %v1659 = arith.remui %v1657, %v54 : i64
        %v1660 = arith.muli %v1658, %v64 : i64
        %v1661 = arith.addi %v1660, %v1659 : i64
        %v1662 = llvm.getelementptr %v21[%v1661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v815, %v1662 : f32, !llvm.ptr<3>
        %v1664 = arith.addi %v1663, %v28 : i64
        %v1665 = arith.divui %v1664, %v54 : i64
        %v1666 = arith.remui %v1664, %v54 : i64
        %v1667 = arith.muli %v1665, %v64 : i64
        %v1668 = arith.addi %v1667, %v1666 : i64
        %v1669 = llvm.getelementptr %v21[%v1668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v828, %v1669 : f32, !llvm.ptr<3>
        %v1671 = arith.addi %v1670, %v28 : i64
        %v1672 = arith.divui %v1671, %v54 : i64
        %v1673 = arith.remui %v1671, %v54 : i64
        %v1674 = arith.muli %v1672, %v64 : i64
        %v1675 = arith.addi %v1674, %v1673 : i64
        %v1676 = llvm.getelementptr %v21[%v1675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v841, %v1676 : f32, !llvm.ptr<3>
        %v1678 = arith.addi %v1677, %v28 : i64
        %v1679 = arith.divui %v1678, %v54 : i64
        %v1680 = arith.remui %v1678, %v54 : i64
        %v1681 = arith.muli %v1679, %v64 : i64
        %v1682 = arith.addi %v1681, %v1680 : i64
        %v1683 = llvm.getelementptr %v21[%v1682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v854, %v1683 : f32, !llvm.ptr<3>
        %v1685 = arith.addi %v1684, %v28 : i64
        %v1686 = arith.divui %v1685, %v54 : i64
        %v1687 = arith.remui %v1685, %v54 : i64
        %v1688 = arith.muli %v1686, %v64 : i64
        %v1689 = arith.addi %v1688, %v1687 : i64
        %v1690 = llvm.getelementptr %v21[%v1689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v867, %v1690 : f32, !llvm.ptr<3>
        %v1692 = arith.addi %v1691, %v28 : i64
        %v1693 = arith.divui %v1692, %v54 : i64
        %v1694 = arith.remui %v1692, %v54 : i64
        %v1695 = arith.muli %v1693, %v64 : i64
        %v1696 = arith.addi %v1695, %v1694 : i64
        %v1697 = llvm.getelementptr %v21[%v1696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v880, %v1697 : f32, !llvm.ptr<3>
        %v1699 = arith.addi %v1698, %v28 : i64
        %v1700 = arith.divui %v1699, %v54 : i64
        %v1701 = arith.remui %v1699, %v54 : i64
        %v1702 = arith.muli %v1700, %v64 : i64
        %v1703 = arith.addi %v1702, %v1701 : i64
        %v1704 = llvm.getelementptr %v21[%v1703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v893, %v1704 : f32, !llvm.ptr<3>
        %v1706 = arith.addi %v1705, %v28 : i64
        %v1707 = arith.divui %v1706, %v54 : i64
        %v1708 = arith.remui %v1706, %v54 : i64
        %v1709 = arith.muli %v1707, %v64 : i64
        %v1710 = arith.addi %v1709, %v1708 : i64
        %v1711 = llvm.getelementptr %v21[%v1710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v906, %v1711 : f32, !llvm.ptr<3>
        %v1713 = arith.addi %v1712, %v28 : i64
        %v1714 = arith.divui %v1713, %v54 : i64
        %v1715 = arith.remui %v1713, %v54 : i64
        %v1716 = arith.muli %v1714, %v64 : i64
        %v1717 = arith.addi %v1716, %v1715 : i64
        %v1718 = llvm.getelementptr %v21[%v1717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v919, %v1718 : f32, !llvm.ptr<3>
        %v1720 = arith.addi %v1719, %v28 : i64
        %v1721 = arith.divui %v1720, %v54 : i64
        %v1722 = arith.remui %v1720, %v54 : i64
        %v1723 = arith.muli %v1721, %v64 : i64
        %v1724 = arith.addi %v1723, %v1722 : i64
        %v1725 = llvm.getelementptr %v21[%v1724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v932, %v1725 : f32, !llvm.ptr<3>
        %v1727 = arith.addi %v1726, %v28 : i64
        %v1728 = arith.divui %v1727, %v54 : i64
        %v1729 = arith.remui %v1727, %v54 : i64
        %v1730 = arith.muli %v1728, %v64 : i64
        %v1731 = arith.addi %v1730, %v1729 : i64
        %v1732 = llvm.getelementptr %v21[%v1731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v945, %v1732 : f32, !llvm.ptr<3>
        %v1734 = arith.addi %v1733, %v28 : i64
        %v1735 = arith.divui %v1734, %v54 : i64
        %v1736 = arith.remui %v1734, %v54 : i64
        %v1737 = arith.muli %v1735, %v64 : i64
        %v1738 = arith.addi %v1737, %v1736 : i64
        %v1739 = llvm.getelementptr %v21[%v1738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v958, %v1739 : f32, !llvm.ptr<3>
        %v1741 = arith.addi %v1740, %v28 : i64
        %v1742 = arith.divui %v1741, %v54 : i64
        %v1743 = arith.remui %v1741, %v54 : i64
        %v1744 = arith.muli %v1742, %v64 : i64
        %v1745 = arith.addi %v1744, %v1743 : i64
        %v1746 = llvm.getelementptr %v21[%v1745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v971, %v1746 : f32, !llvm.ptr<3>
        %v1748 = arith.addi %v1747, %v28 : i64
        %v1749 = arith.divui %v1748, %v54 : i64
        %v1750 = arith.remui %v1748, %v54 : i64
        %v1751 = arith.muli %v1749, %v64 : i64
        %v1752 = arith.addi %v1751, %v1750 : i64
        %v1753 = llvm.getelementptr %v21[%v1752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v984, %v1753 : f32, !llvm.ptr<3>
        %v1755 = arith.addi %v1754, %v28 : i64
        %v1756 = arith.divui %v1755, %v54 : i64
        %v1757 = arith.remui %v1755, %v54 : i64
        %v1758 = arith.muli %v1756, %v64 : i64
        %v1759 = arith.addi %v1758, %v1757 : i64
        %v1760 = llvm.getelementptr %v21[%v1759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v997, %v1760 : f32, !llvm.ptr<3>
        %v1762 = arith.addi %v1761, %v28 : i64
        %v1763 = arith.divui %v1762, %v54 : i64
        %v1764 = arith.remui %v1762, %v54 : i64
        %v1765 = arith.muli %v1763, %v64 : i64
        %v1766 = arith.addi %v1765, %v1764 : i64
        %v1767 = llvm.getelementptr %v21[%v1766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1010, %v1767 : f32, !llvm.ptr<3>
        %v1769 = arith.addi %v1768, %v28 : i64
        %v1770 = arith.divui %v1769, %v54 : i64
        %v1771 = arith.remui %v1769, %v54 : i64
        %v1772 = arith.muli %v1770, %v64 : i64
        %v1773 = arith.addi %v1772, %v1771 : i64
        %v1774 = llvm.getelementptr %v21[%v1773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1023, %v1774 : f32, !llvm.ptr<3>
        %v1776 = arith.addi %v1775, %v28 : i64
        %v1777 = arith.divui %v1776, %v54 : i64
        %v1778 = arith.remui %v1776, %v54 : i64
        %v1779 = arith.muli %v1777, %v64 : i64
        %v1780 = arith.addi %v1779, %v1778 : i64
        %v1781 = llvm.getelementptr %v21[%v1780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1036, %v1781 : f32, !llvm.ptr<3>
        %v1783 = arith.addi %v1782, %v28 : i64
        %v1784 = arith.divui %v1783, %v54 : i64
        %v1785 = arith.remui %v1783, %v54 : i64
        %v1786 = arith.muli %v1784, %v64 : i64
        %v1787 = arith.addi %v1786, %v1785 : i64
        %v1788 = llvm.getelementptr %v21[%v1787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1049, %v1788 : f32, !llvm.ptr<3>
        %v1790 = arith.addi %v1789, %v28 : i64
        %v1791 = arith.divui %v1790, %v54 : i64
        %v1792 = arith.remui %v1790, %v54 : i64
        %v1793 = arith.muli %v1791, %v64 : i64
        %v1794 = arith.addi %v1793, %v1792 : i64
        %v1795 = llvm.getelementptr %v21[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1062, %v1795 : f32, !llvm.ptr<3>
        %v1796 = arith.divui %v28, %v54 : i64
        %v1797 = arith.remui %v28, %v54 : i64
        %v1798 = arith.constant true
        %v1799 = arith.addi %v30, %v1796 : i64
        %v1800 = llvm.getelementptr %v20[%v1799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1801 = llvm.load %v1800 : !llvm.ptr<3> -> i64
        %v1802 = arith.addi %v506, %v1797 : i64
        %v1803 = arith.cmpi slt, %v1802, %size_L : i64
        %v1804 = arith.subi %size_L, %v2 : i64
        %v1805 = arith.minsi %v1802, %v1804 : i64
        %v1806 = arith.addi %v1801, %v1805 : i64
        %v1807 = arith.muli %v1799, %v64 : i64
        %v1808 = arith.addi %v1807, %v1797 : i64
        %v1809 = arith.cmpi sge, %v1801, %v40 : i64
        %v1810 = arith.andi %v1803, %v1809 : i1
        %v1811 = arith.andi %v1810, %v1798 : i1
        %v1812 = llvm.getelementptr %v21[%v1808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1813 = llvm.load %v1812 : !llvm.ptr<3> -> f32
        %v1814 = arith.addi %v1796, %v69 : i64
        %v1815 = arith.constant true
        %v1816 = arith.addi %v30, %v1814 : i64
        %v1817 = llvm.getelementptr %v20[%v1816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1818 = llvm.load %v1817 : !llvm.ptr<3> -> i64
        %v1819 = arith.addi %v506, %v1797 : i64
        %v1820 = arith.cmpi slt, %v1819, %size_L : i64
        %v1821 = arith.subi %size_L, %v2 : i64
        %v1822 = arith.minsi %v1819, %v1821 : i64
        %v1823 = arith.addi %v1818, %v1822 : i64
        %v1824 = arith.muli %v1816, %v64 : i64
        %v1825 = arith.addi %v1824, %v1797 : i64
        %v1826 = arith.cmpi sge, %v1818, %v40 : i64
        %v1827 = arith.andi %v1820, %v1826 : i1
        %v1828 = arith.andi %v1827, %v1815 : i1
        %v1829 = llvm.getelementptr %v21[%v1825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1830 = llvm.load %v1829 : !llvm.ptr<3> -> f32
        %v1831 = arith.addi %v1796, %v82 : i64
        %v1832 = arith.constant true
        %v1833 = arith.addi %v30, %v1831 : i64
        %v1834 = llvm.getelementptr %v20[%v1833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1835 = llvm.load %v1834 : !llvm.ptr<3> -> i64
        %v1836 = arith.addi %v506, %v1797 : i64
        %v1837 = arith.cmpi slt, %v1836, %size_L : i64
        %v1838 = arith.subi %size_L, %v2 : i64
        %v1839 = arith.minsi %v1836, %v1838 : i64
        %v1840 = arith.addi %v1835, %v1839 : i64
        %v1841 = arith.muli %v1833, %v64 : i64
        %v1842 = arith.addi %v1841, %v1797 : i64
        %v1843 = arith.cmpi sge, %v1835, %v40 : i64
        %v1844 = arith.andi %v1837, %v1843 : i1
        %v1845 = arith.andi %v1844, %v1832 : i1
        %v1846 = llvm.getelementptr %v21[%v1842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1847 = llvm.load %v1846 : !llvm.ptr<3> -> f32
        %v1848 = arith.addi %v1796, %v95 : i64
        %v1849 = arith.constant true
        %v1850 = arith.addi %v30, %v1848 : i64
        %v1851 = llvm.getelementptr %v20[%v1850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1852 = llvm.load %v1851 : !llvm.ptr<3> -> i64
        %v1853 = arith.addi %v506, %v1797 : i64
        %v1854 = arith.cmpi slt, %v1853, %size_L : i64
        %v1855 = arith.subi %size_L, %v2 : i64
        %v1856 = arith.minsi %v1853, %v1855 : i64
        %v1857 = arith.addi %v1852, %v1856 : i64
        %v1858 = arith.muli %v1850, %v64 : i64
        %v1859 = arith.addi %v1858, %v1797 : i64
        %v1860 = arith.cmpi sge, %v1852, %v40 : i64
        %v1861 = arith.andi %v1854, %v1860 : i1
        %v1862 = arith.andi %v1861, %v1849 : i1
        %v1863 = llvm.getelementptr %v21[%v1859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1864 = llvm.load %v1863 : !llvm.ptr<3> -> f32
        %v1865 = arith.addi %v1796, %v108 : i64
        %v1866 = arith.constant true
        %v1867 = arith.addi %v30, %v1865 : i64
        %v1868 = llvm.getelementptr %v20[%v1867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1869 = llvm.load %v1868 : !llvm.ptr<3> -> i64
        %v1870 = arith.addi %v506, %v1797 : i64
        %v1871 = arith.cmpi slt, %v1870, %size_L : i64
        %v1872 = arith.subi %size_L, %v2 : i64
        %v1873 = arith.minsi %v1870, %v1872 : i64
        %v1874 = arith.addi %v1869, %v1873 : i64
        %v1875 = arith.muli %v1867, %v64 : i64
        %v1876 = arith.addi %v1875, %v1797 : i64
        %v1877 = arith.cmpi sge, %v1869, %v40 : i64
        %v1878 = arith.andi %v1871, %v1877 : i1
        %v1879 = arith.andi %v1878, %v1866 : i1
        %v1880 = llvm.getelementptr %v21[%v1876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1881 = llvm.load %v1880 : !llvm.ptr<3> -> f32
        %v1882 = arith.addi %v1796, %v121 : i64
        %v1883 = arith.constant true
        %v1884 = arith.addi %v30, %v1882 : i64
        %v1885 = llvm.getelementptr %v20[%v1884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1886 = llvm.load %v1885 : !llvm.ptr<3> -> i64
        %v1887 = arith.addi %v506, %v1797 : i64
        %v1888 = arith.cmpi slt, %v1887, %size_L : i64
        %v1889 = arith.subi %size_L, %v2 : i64
        %v1890 = arith.minsi %v1887, %v1889 : i64
        %v1891 = arith.addi %v1886, %v1890 : i64
        %v1892 = arith.muli %v1884, %v64 : i64
        %v1893 = arith.addi %v1892, %v1797 : i64
        %v1894 = arith.cmpi sge, %v1886, %v40 : i64
        %v1895 = arith.andi %v1888, %v1894 : i1
        %v1896 = arith.andi %v1895, %v1883 : i1
        %v1897 = llvm.getelementptr %v21[%v1893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1898 = llvm.load %v1897 : !llvm.ptr<3> -> f32
        %v1899 = arith.addi %v1796, %v134 : i64
        %v1900 = arith.constant true
        %v1901 = arith.addi %v30, %v1899 : i64
        %v1902 = llvm.getelementptr %v20[%v1901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1903 = llvm.load %v1902 : !llvm.ptr<3> -> i64
        %v1904 = arith.addi %v506, %v1797 : i64
        %v1905 = arith.cmpi slt, %v1904, %size_L : i64
        %v1906 = arith.subi %size_L, %v2 : i64
        %v1907 = arith.minsi %v1904, %v1906 : i64
        %v1908 = arith.addi %v1903, %v1907 : i64
        %v1909 = arith.muli %v1901, %v64 : i64
        %v1910 = arith.addi %v1909, %v1797 : i64
        %v1911 = arith.cmpi sge, %v1903, %v40 : i64
        %v1912 = arith.andi %v1905, %v1911 : i1
        %v1913 = arith.andi %v1912, %v1900 : i1
        %v1914 = llvm.getelementptr %v21[%v1910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1915 = llvm.load %v1914 : !llvm.ptr<3> -> f32
        %v1916 = arith.addi %v1796, %v147 : i64
        %v1917 = arith.constant true
        %v1918 = arith.addi %v30, %v1916 : i64
        %v1919 = llvm.getelementptr %v20[%v1918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1920 = llvm.load %v1919 : !llvm.ptr<3> -> i64
        %v1921 = arith.addi %v506, %v1797 : i64
        %v1922 = arith.cmpi slt, %v1921, %size_L : i64
        %v1923 = arith.subi %size_L, %v2 : i64
        %v1924 = arith.minsi %v1921, %v1923 : i64
        %v1925 = arith.addi %v1920, %v1924 : i64
        %v1926 = arith.muli %v1918, %v64 : i64
        %v1927 = arith.addi %v1926, %v1797 : i64
        %v1928 = arith.cmpi sge, %v1920, %v40 : i64
        %v1929 = arith.andi %v1922, %v1928 : i1
        %v1930 = arith.andi %v1929, %v1917 : i1
        %v1931 = llvm.getelementptr %v21[%v1927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1932 = llvm.load %v1931 : !llvm.ptr<3> -> f32
        %v1933 = arith.addi %v1796, %v1 : i64
        %v1934 = arith.constant true
        %v1935 = arith.addi %v30, %v1933 : i64
        %v1936 = llvm.getelementptr %v20[%v1935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1937 = llvm.load %v1936 : !llvm.ptr<3> -> i64
        %v1938 = arith.addi %v506, %v1797 : i64
        %v1939 = arith.cmpi slt, %v1938, %size_L : i64
        %v1940 = arith.subi %size_L, %v2 : i64
        %v1941 = arith.minsi %v1938, %v1940 : i64
        %v1942 = arith.addi %v1937, %v1941 : i64
        %v1943 = arith.muli %v1935, %v64 : i64
        %v1944 = arith.addi %v1943, %v1797 : i64
        %v1945 = arith.cmpi sge, %v1937, %v40 : i64
        %v1946 = arith.andi %v1939, %v1945 : i1
        %v1947 = arith.andi %v1946, %v1934 : i1
        %v1948 = llvm.getelementptr %v21[%v1944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1949 = llvm.load %v1948 : !llvm.ptr<3> -> f32
        %v1950 = arith.addi %v1796, %v172 : i64
        %v1951 = arith.constant true
        %v1952 = arith.addi %v30, %v1950 : i64
        %v1953 = llvm.getelementptr %v20[%v1952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1954 = llvm.load %v1953 : !llvm.ptr<3> -> i64
        %v1955 = arith.addi %v506, %v1797 : i64
        %v1956 = arith.cmpi slt, %v1955, %size_L : i64
        %v1957 = arith.subi %size_L, %v2 : i64
        %v1958 = arith.minsi %v1955, %v1957 : i64
        %v1959 = arith.addi %v1954, %v1958 : i64
        %v1960 = arith.muli %v1952, %v64 : i64
        %v1961 = arith.addi %v1960, %v1797 : i64
        %v1962 = arith.cmpi sge, %v1954, %v40 : i64
        %v1963 = arith.andi %v1956, %v1962 : i1
        %v1964 = arith.andi %v1963, %v1951 : i1
        %v1965 = llvm.getelementptr %v21[%v1961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1966 = llvm.load %v1965 : !llvm.ptr<3> -> f32
        %v1967 = arith.addi %v1796, %v185 : i64
        %v1968 = arith.constant true
        %v1969 = arith.addi %v30, %v1967 : i64
        %v1970 = llvm.getelementptr %v20[%v1969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1971 = llvm.load %v1970 : !llvm.ptr<3> -> i64
        %v1972 = arith.addi %v506, %v1797 : i64
        %v1973 = arith.cmpi slt, %v1972, %size_L : i64
        %v1974 = arith.subi %size_L, %v2 : i64
        %v1975 = arith.minsi %v1972, %v1974 : i64
        %v1976 = arith.addi %v1971, %v1975 : i64
        %v1977 = arith.muli %v1969, %v64 : i64
        %v1978 = arith.addi %v1977, %v1797 : i64
        %v1979 = arith.cmpi sge, %v1971, %v40 : i64
        %v1980 = arith.andi %v1973, %v1979 : i1
        %v1981 = arith.andi %v1980, %v1968 : i1
        %v1982 = llvm.getelementptr %v21[%v1978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v1983 = llvm.load %v1982 : !llvm.ptr<3> -> f32
        %v1984 = arith.addi %v1796, %v198 : i64
        %v1985 = arith.constant true
        %v1986 = arith.addi %v30, %v1984 : i64
        %v1987 = llvm.getelementptr %v20[%v1986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1988 = llvm.load %v1987 : !llvm.ptr<3> -> i64
        %v1989 = arith.addi %v506, %v1797 : i64
        %v1990 = arith.cmpi slt, %v1989, %size_L : i64
        %v1991 = arith.subi %size_L, %v2 : i64
        %v1992 = arith.minsi %v1989, %v1991 : i64
        %v1993 = arith.addi %v1988, %v1992 : i64
        %v1994 = arith.muli %v1986, %v64 : i64
        %v1995 = arith.addi %v1994, %v1797 : i64
        %v1996 = arith.cmpi sge, %v1988, %v40 : i64
        %v1997 = arith.andi %v1990, %v1996 : i1
        %v1998 = arith.andi %v1997, %v1985 : i1
        %v1999 = llvm.getelementptr %v21[%v1995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2000 = llvm.load %v1999 : !llvm.ptr<3> -> f32
        %v2001 = arith.addi %v1796, %v211 : i64
        %v2002 = arith.constant true
        %v2003 = arith.addi %v30, %v2001 : i64
        %v2004 = llvm.getelementptr %v20[%v2003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2005 = llvm.load %v2004 : !llvm.ptr<3> -> i64
        %v2006 = arith.addi %v506, %v1797 : i64
        %v2007 = arith.cmpi slt, %v2006, %size_L : i64
        %v2008 = arith.subi %size_L, %v2 : i64
        %v2009 = arith.minsi %v2006, %v2008 : i64
        %v2010 = arith.addi %v2005, %v2009 : i64
        %v2011 = arith.muli %v2003, %v64 : i64
        %v2012 = arith.addi %v2011, %v1797 : i64
        %v2013 = arith.cmpi sge, %v2005, %v40 : i64
        %v2014 = arith.andi %v2007, %v2013 : i1
        %v2015 = arith.andi %v2014, %v2002 : i1
        %v2016 = llvm.getelementptr %v21[%v2012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2017 = llvm.load %v2016 : !llvm.ptr<3> -> f32
        %v2018 = arith.addi %v1796, %v224 : i64
        %v2019 = arith.constant true
        %v2020 = arith.addi %v30, %v2018 : i64
        %v2021 = llvm.getelementptr %v20[%v2020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2022 = llvm.load %v2021 : !llvm.ptr<3> -> i64
        %v2023 = arith.addi %v506, %v1797 : i64
        %v2024 = arith.cmpi slt, %v2023, %size_L : i64
        %v2025 = arith.subi %size_L, %v2 : i64
        %v2026 = arith.minsi %v2023, %v2025 : i64
        %v2027 = arith.addi %v2022, %v2026 : i64
        %v2028 = arith.muli %v2020, %v64 : i64
        %v2029 = arith.addi %v2028, %v1797 : i64
        %v2030 = arith.cmpi sge, %v2022, %v40 : i64
        %v2031 = arith.andi %v2024, %v2030 : i1
        %v2032 = arith.andi %v2031, %v2019 : i1
        %v2033 = llvm.getelementptr %v21[%v2029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2034 = llvm.load %v2033 : !llvm.ptr<3> -> f32
        %v2035 = arith.addi %v1796, %v237 : i64
        %v2036 = arith.constant true
        %v2037 = arith.addi %v30, %v2035 : i64
        %v2038 = llvm.getelementptr %v20[%v2037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2039 = llvm.load %v2038 : !llvm.ptr<3> -> i64
        %v2040 = arith.addi %v506, %v1797 : i64
        %v2041 = arith.cmpi slt, %v2040, %size_L : i64
        %v2042 = arith.subi %size_L, %v2 : i64
        %v2043 = arith.minsi %v2040, %v2042 : i64
        %v2044 = arith.addi %v2039, %v2043 : i64
        %v2045 = arith.muli %v2037, %v64 : i64
        %v2046 = arith.addi %v2045, %v1797 : i64
        %v2047 = arith.cmpi sge, %v2039, %v40 : i64
        %v2048 = arith.andi %v2041, %v2047 : i1
        %v2049 = arith.andi %v2048, %v2036 : i1
        %v2050 = llvm.getelementptr %v21[%v2046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2051 = llvm.load %v2050 : !llvm.ptr<3> -> f32
        %v2052 = arith.addi %v1796, %v250 : i64
        %v2053 = arith.constant true
        %v2054 = arith.addi %v30, %v2052 : i64
        %v2055 = llvm.getelementptr %v20[%v2054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2056 = llvm.load %v2055 : !llvm.ptr<3> -> i64
        %v2057 = arith.addi %v506, %v1797 : i64
        %v2058 = arith.cmpi slt, %v2057, %size_L : i64
        %v2059 = arith.subi %size_L, %v2 : i64
        %v2060 = arith.minsi %v2057, %v2059 : i64
        %v2061 = arith.addi %v2056, %v2060 : i64
        %v2062 = arith.muli %v2054, %v64 : i64
        %v2063 = arith.addi %v2062, %v1797 : i64
        %v2064 = arith.cmpi sge, %v2056, %v40 : i64
        %v2065 = arith.andi %v2058, %v2064 : i1
        %v2066 = arith.andi %v2065, %v2053 : i1
        %v2067 = llvm.getelementptr %v21[%v2063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2068 = llvm.load %v2067 : !llvm.ptr<3> -> f32
        %v2069 = arith.addi %v1796, %v54 : i64
        %v2070 = arith.constant true
        %v2071 = arith.addi %v30, %v2069 : i64
        %v2072 = llvm.getelementptr %v20[%v2071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2073 = llvm.load %v2072 : !llvm.ptr<3> -> i64
        %v2074 = arith.addi %v506, %v1797 : i64
        %v2075 = arith.cmpi slt, %v2074, %size_L : i64
        %v2076 = arith.subi %size_L, %v2 : i64
        %v2077 = arith.minsi %v2074, %v2076 : i64
        %v2078 = arith.addi %v2073, %v2077 : i64
        %v2079 = arith.muli %v2071, %v64 : i64
        %v2080 = arith.addi %v2079, %v1797 : i64
        %v2081 = arith.cmpi sge, %v2073, %v40 : i64
        %v2082 = arith.andi %v2075, %v2081 : i1
        %v2083 = arith.andi %v2082, %v2070 : i1
        %v2084 = llvm.getelementptr %v21[%v2080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2085 = llvm.load %v2084 : !llvm.ptr<3> -> f32
        %v2086 = arith.addi %v1796, %v275 : i64
        %v2087 = arith.constant true
        %v2088 = arith.addi %v30, %v2086 : i64
        %v2089 = llvm.getelementptr %v20[%v2088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2090 = llvm.load %v2089 : !llvm.ptr<3> -> i64
        %v2091 = arith.addi %v506, %v1797 : i64
        %v2092 = arith.cmpi slt, %v2091, %size_L : i64
        %v2093 = arith.subi %size_L, %v2 : i64
        %v2094 = arith.minsi %v2091, %v2093 : i64
        %v2095 = arith.addi %v2090, %v2094 : i64
        %v2096 = arith.muli %v2088, %v64 : i64
        %v2097 = arith.addi %v2096, %v1797 : i64
        %v2098 = arith.cmpi sge, %v2090, %v40 : i64
        %v2099 = arith.andi %v2092, %v2098 : i1
        %v2100 = arith.andi %v2099, %v2087 : i1
        %v2101 = llvm.getelementptr %v21[%v2097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2102 = llvm.load %v2101 : !llvm.ptr<3> -> f32
        %v2103 = arith.addi %v1796, %v288 : i64
        %v2104 = arith.constant true
        %v2105 = arith.addi %v30, %v2103 : i64
        %v2106 = llvm.getelementptr %v20[%v2105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2107 = llvm.load %v2106 : !llvm.ptr<3> -> i64
        %v2108 = arith.addi %v506, %v1797 : i64
        %v2109 = arith.cmpi slt, %v2108, %size_L : i64
        %v2110 = arith.subi %size_L, %v2 : i64
        %v2111 = arith.minsi %v2108, %v2110 : i64
        %v2112 = arith.addi %v2107, %v2111 : i64
        %v2113 = arith.muli %v2105, %v64 : i64
        %v2114 = arith.addi %v2113, %v1797 : i64
        %v2115 = arith.cmpi sge, %v2107, %v40 : i64
        %v2116 = arith.andi %v2109, %v2115 : i1
        %v2117 = arith.andi %v2116, %v2104 : i1
        %v2118 = llvm.getelementptr %v21[%v2114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2119 = llvm.load %v2118 : !llvm.ptr<3> -> f32
        %v2120 = arith.addi %v1796, %v301 : i64
        %v2121 = arith.constant true
        %v2122 = arith.addi %v30, %v2120 : i64
        %v2123 = llvm.getelementptr %v20[%v2122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2124 = llvm.load %v2123 : !llvm.ptr<3> -> i64
        %v2125 = arith.addi %v506, %v1797 : i64
        %v2126 = arith.cmpi slt, %v2125, %size_L : i64
        %v2127 = arith.subi %size_L, %v2 : i64
        %v2128 = arith.minsi %v2125, %v2127 : i64
        %v2129 = arith.addi %v2124, %v2128 : i64
        %v2130 = arith.muli %v2122, %v64 : i64
        %v2131 = arith.addi %v2130, %v1797 : i64
        %v2132 = arith.cmpi sge, %v2124, %v40 : i64
        %v2133 = arith.andi %v2126, %v2132 : i1
        %v2134 = arith.andi %v2133, %v2121 : i1
        %v2135 = llvm.getelementptr %v21[%v2131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2136 = llvm.load %v2135 : !llvm.ptr<3> -> f32
        %v2137 = arith.addi %v1796, %v314 : i64
        %v2138 = arith.constant true
        %v2139 = arith.addi %v30, %v2137 : i64
        %v2140 = llvm.getelementptr %v20[%v2139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2141 = llvm.load %v2140 : !llvm.ptr<3> -> i64
        %v2142 = arith.addi %v506, %v1797 : i64
        %v2143 = arith.cmpi slt, %v2142, %size_L : i64
        %v2144 = arith.subi %size_L, %v2 : i64
        %v2145 = arith.minsi %v2142, %v2144 : i64
        %v2146 = arith.addi %v2141, %v2145 : i64
        %v2147 = arith.muli %v2139, %v64 : i64
        %v2148 = arith.addi %v2147, %v1797 : i64
        %v2149 = arith.cmpi sge, %v2141, %v40 : i64
        %v2150 = arith.andi %v2143, %v2149 : i1
        %v2151 = arith.andi %v2150, %v2138 : i1
        %v2152 = llvm.getelementptr %v21[%v2148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2153 = llvm.load %v2152 : !llvm.ptr<3> -> f32
        %v2154 = arith.addi %v1796, %v327 : i64
        %v2155 = arith.constant true
        %v2156 = arith.addi %v30, %v2154 : i64
        %v2157 = llvm.getelementptr %v20[%v2156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2158 = llvm.load %v2157 : !llvm.ptr<3> -> i64
        %v2159 = arith.addi %v506, %v1797 : i64
        %v2160 = arith.cmpi slt, %v2159, %size_L : i64
        %v2161 = arith.subi %size_L, %v2 : i64
        %v2162 = arith.minsi %v2159, %v2161 : i64
        %v2163 = arith.addi %v2158, %v2162 : i64
        %v2164 = arith.muli %v2156, %v64 : i64
        %v2165 = arith.addi %v2164, %v1797 : i64
        %v2166 = arith.cmpi sge, %v2158, %v40 : i64
        %v2167 = arith.andi %v2160, %v2166 : i1
        %v2168 = arith.andi %v2167, %v2155 : i1
        %v2169 = llvm.getelementptr %v21[%v2165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2170 = llvm.load %v2169 : !llvm.ptr<3> -> f32
        %v2171 = arith.addi %v1796, %v340 : i64
        %v2172 = arith.constant true
        %v2173 = arith.addi %v30, %v2171 : i64
        %v2174 = llvm.getelementptr %v20[%v2173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2175 = llvm.load %v2174 : !llvm.ptr<3> -> i64
        %v2176 = arith.addi %v506, %v1797 : i64
        %v2177 = arith.cmpi slt, %v2176, %size_L : i64
        %v2178 = arith.subi %size_L, %v2 : i64
        %v2179 = arith.minsi %v2176, %v2178 : i64
        %v2180 = arith.addi %v2175, %v2179 : i64
        %v2181 = arith.muli %v2173, %v64 : i64
        %v2182 = arith.addi %v2181, %v1797 : i64
        %v2183 = arith.cmpi sge, %v2175, %v40 : i64
        %v2184 = arith.andi %v2177, %v2183 : i1
        %v2185 = arith.andi %v2184, %v2172 : i1
        %v2186 = llvm.getelementptr %v21[%v2182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2187 = llvm.load %v2186 : !llvm.ptr<3> -> f32
        %v2188 = arith.addi %v1796, %v353 : i64
        %v2189 = arith.constant true
        %v2190 = arith.addi %v30, %v2188 : i64
        %v2191 = llvm.getelementptr %v20[%v2190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2192 = llvm.load %v2191 : !llvm.ptr<3> -> i64
        %v2193 = arith.addi %v506, %v1797 : i64
        %v2194 = arith.cmpi slt, %v2193, %size_L : i64
        %v2195 = arith.subi %size_L, %v2 : i64
        %v2196 = arith.minsi %v2193, %v2195 : i64
        %v2197 = arith.addi %v2192, %v2196 : i64
        %v2198 = arith.muli %v2190, %v64 : i64
        %v2199 = arith.addi %v2198, %v1797 : i64
        %v2200 = arith.cmpi sge, %v2192, %v40 : i64
        %v2201 = arith.andi %v2194, %v2200 : i1
        %v2202 = arith.andi %v2201, %v2189 : i1
        %v2203 = llvm.getelementptr %v21[%v2199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2204 = llvm.load %v2203 : !llvm.ptr<3> -> f32
        %v2205 = arith.addi %v1796, %v366 : i64
        %v2206 = arith.constant true
        %v2207 = arith.addi %v30, %v2205 : i64
        %v2208 = llvm.getelementptr %v20[%v2207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2209 = llvm.load %v2208 : !llvm.ptr<3> -> i64
        %v2210 = arith.addi %v506, %v1797 : i64
        %v2211 = arith.cmpi slt, %v2210, %size_L : i64
        %v2212 = arith.subi %size_L, %v2 : i64
        %v2213 = arith.minsi %v2210, %v2212 : i64
        %v2214 = arith.addi %v2209, %v2213 : i64
        %v2215 = arith.muli %v2207, %v64 : i64
        %v2216 = arith.addi %v2215, %v1797 : i64
        %v2217 = arith.cmpi sge, %v2209, %v40 : i64
        %v2218 = arith.andi %v2211, %v2217 : i1
        %v2219 = arith.andi %v2218, %v2206 : i1
        %v2220 = llvm.getelementptr %v21[%v2216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2221 = llvm.load %v2220 : !llvm.ptr<3> -> f32
        %v2222 = arith.addi %v1796, %v379 : i64
        %v2223 = arith.constant true
        %v2224 = arith.addi %v30, %v2222 : i64
        %v2225 = llvm.getelementptr %v20[%v2224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2226 = llvm.load %v2225 : !llvm.ptr<3> -> i64
        %v2227 = arith.addi %v506, %v1797 : i64
        %v2228 = arith.cmpi slt, %v2227, %size_L : i64
        %v2229 = arith.subi %size_L, %v2 : i64
        %v2230 = arith.minsi %v2227, %v2229 : i64
        %v2231 = arith.addi %v2226, %v2230 : i64
        %v2232 = arith.muli %v2224, %v64 : i64
        %v2233 = arith.addi %v2232, %v1797 : i64
        %v2234 = arith.cmpi sge, %v2226, %v40 : i64
        %v2235 = arith.andi %v2228, %v2234 : i1
        %v2236 = arith.andi %v2235, %v2223 : i1
        %v2237 = llvm.getelementptr %v21[%v2233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2238 = llvm.load %v2237 : !llvm.ptr<3> -> f32
        %v2239 = arith.addi %v1796, %v392 : i64
        %v2240 = arith.constant true
        %v2241 = arith.addi %v30, %v2239 : i64
        %v2242 = llvm.getelementptr %v20[%v2241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2243 = llvm.load %v2242 : !llvm.ptr<3> -> i64
        %v2244 = arith.addi %v506, %v1797 : i64
        %v2245 = arith.cmpi slt, %v2244, %size_L : i64
        %v2246 = arith.subi %size_L, %v2 : i64
        %v2247 = arith.minsi %v2244, %v2246 : i64
        %v2248 = arith.addi %v2243, %v2247 : i64
        %v2249 = arith.muli %v2241, %v64 : i64
        %v2250 = arith.addi %v2249, %v1797 : i64
        %v2251 = arith.cmpi sge, %v2243, %v40 : i64
        %v2252 = arith.andi %v2245, %v2251 : i1
        %v2253 = arith.andi %v2252, %v2240 : i1
        %v2254 = llvm.getelementptr %v21[%v2250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2255 = llvm.load %v2254 : !llvm.ptr<3> -> f32
        %v2256 = arith.addi %v1796, %v405 : i64
        %v2257 = arith.constant true
        %v2258 = arith.addi %v30, %v2256 : i64
        %v2259 = llvm.getelementptr %v20[%v2258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2260 = llvm.load %v2259 : !llvm.ptr<3> -> i64
        %v2261 = arith.addi %v506, %v1797 : i64
        %v2262 = arith.cmpi slt, %v2261, %size_L : i64
        %v2263 = arith.subi %size_L, %v2 : i64
        %v2264 = arith.minsi %v2261, %v2263 : i64
        %v2265 = arith.addi %v2260, %v2264 : i64
        %v2266 = arith.muli %v2258, %v64 : i64
        %v2267 = arith.addi %v2266, %v1797 : i64
        %v2268 = arith.cmpi sge, %v2260, %v40 : i64
        %v2269 = arith.andi %v2262, %v2268 : i1
        %v2270 = arith.andi %v2269, %v2257 : i1
        %v2271 = llvm.getelementptr %v21[%v2267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2272 = llvm.load %v2271 : !llvm.ptr<3> -> f32
        %v2273 = arith.addi %v1796, %v418 : i64
        %v2274 = arith.constant true
        %v2275 = arith.addi %v30, %v2273 : i64
        %v2276 = llvm.getelementptr %v20[%v2275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2277 = llvm.load %v2276 : !llvm.ptr<3> -> i64
        %v2278 = arith.addi %v506, %v1797 : i64
        %v2279 = arith.cmpi slt, %v2278, %size_L : i64
        %v2280 = arith.subi %size_L, %v2 : i64
        %v2281 = arith.minsi %v2278, %v2280 : i64
        %v2282 = arith.addi %v2277, %v2281 : i64
        %v2283 = arith.muli %v2275, %v64 : i64
        %v2284 = arith.addi %v2283, %v1797 : i64
        %v2285 = arith.cmpi sge, %v2277, %v40 : i64
        %v2286 = arith.andi %v2279, %v2285 : i1
        %v2287 = arith.andi %v2286, %v2274 : i1
        %v2288 = llvm.getelementptr %v21[%v2284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2289 = llvm.load %v2288 : !llvm.ptr<3> -> f32
        %v2290 = arith.addi %v1796, %v431 : i64
        %v2291 = arith.constant true
        %v2292 = arith.addi %v30, %v2290 : i64
        %v2293 = llvm.getelementptr %v20[%v2292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2294 = llvm.load %v2293 : !llvm.ptr<3> -> i64
        %v2295 = arith.addi %v506, %v1797 : i64
        %v2296 = arith.cmpi slt, %v2295, %size_L : i64
        %v2297 = arith.subi %size_L, %v2 : i64
        %v2298 = arith.minsi %v2295, %v2297 : i64
        %v2299 = arith.addi %v2294, %v2298 : i64
        %v2300 = arith.muli %v2292, %v64 : i64
        %v2301 = arith.addi %v2300, %v1797 : i64
        %v2302 = arith.cmpi sge, %v2294, %v40 : i64
        %v2303 = arith.andi %v2296, %v2302 : i1
        %v2304 = arith.andi %v2303, %v2291 : i1
        %v2305 = llvm.getelementptr %v21[%v2301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2306 = llvm.load %v2305 : !llvm.ptr<3> -> f32
        %v2307 = arith.addi %v1796, %v444 : i64
        %v2308 = arith.constant true
        %v2309 = arith.addi %v30, %v2307 : i64
        %v2310 = llvm.getelementptr %v20[%v2309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2311 = llvm.load %v2310 : !llvm.ptr<3> -> i64
        %v2312 = arith.addi %v506, %v1797 : i64
        %v2313 = arith.cmpi slt, %v2312, %size_L : i64
        %v2314 = arith.subi %size_L, %v2 : i64
        %v2315 = arith.minsi %v2312, %v2314 : i64
        %v2316 = arith.addi %v2311, %v2315 : i64
        %v2317 = arith.muli %v2309, %v64 : i64
        %v2318 = arith.addi %v2317, %v1797 : i64
        %v2319 = arith.cmpi sge, %v2311, %v40 : i64
        %v2320 = arith.andi %v2313, %v2319 : i1
        %v2321 = arith.andi %v2320, %v2308 : i1
        %v2322 = llvm.getelementptr %v21[%v2318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2323 = llvm.load %v2322 : !llvm.ptr<3> -> f32
        %v2324 = arith.addi %v1796, %v457 : i64
        %v2325 = arith.constant true
        %v2326 = arith.addi %v30, %v2324 : i64
        %v2327 = llvm.getelementptr %v20[%v2326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2328 = llvm.load %v2327 : !llvm.ptr<3> -> i64
        %v2329 = arith.addi %v506, %v1797 : i64
        %v2330 = arith.cmpi slt, %v2329, %size_L : i64
        %v2331 = arith.subi %size_L, %v2 : i64
        %v2332 = arith.minsi %v2329, %v2331 : i64
        %v2333 = arith.addi %v2328, %v2332 : i64
        %v2334 = arith.muli %v2326, %v64 : i64
        %v2335 = arith.addi %v2334, %v1797 : i64
        %v2336 = arith.cmpi sge, %v2328, %v40 : i64
        %v2337 = arith.andi %v2330, %v2336 : i1
        %v2338 = arith.andi %v2337, %v2325 : i1
        %v2339 = llvm.getelementptr %v21[%v2335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v2340 = llvm.load %v2339 : !llvm.ptr<3> -> f32
        scf.if %v1811 {
          %v2341 = llvm.getelementptr %out_y[%v1806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1813, %v2341 : f32, !llvm.ptr
        }
        scf.if %v1828 {
          %v2342 = llvm.getelementptr %out_y[%v1823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1830, %v2342 : f32, !llvm.ptr
        }
        scf.if %v1845 {
          %v2343 = llvm.getelementptr %out_y[%v1840] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1847, %v2343 : f32, !llvm.ptr
        }
        scf.if %v1862 {
          %v2344 = llvm.getelementptr %out_y[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1864, %v2344 : f32, !llvm.ptr
        }
        scf.if %v1879 {
          %v2345 = llvm.getelementptr %out_y[%v1874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1881, %v2345 : f32, !llvm.ptr
        }
        scf.if %v1896 {
          %v2346 = llvm.getelementptr %out_y[%v1891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1898, %v2346 : f32, !llvm.ptr
        }
        scf.if %v1913 {
          %v2347 = llvm.getelementptr %out_y[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1915, %v2347 : f32, !llvm.ptr
        }
        scf.if %v1930 {
          %v2348 = llvm.getelementptr %out_y[%v1925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1932, %v2348 : f32, !llvm.ptr
        }
        scf.if %v1947 {
          %v2349 = llvm.getelementptr %out_y[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1949, %v2349 : f32, !llvm.ptr
        }
        scf.if %v1964 {
          %v2350 = llvm.getelementptr %out_y[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1966, %v2350 : f32, !llvm.ptr
        }
        scf.if %v1981 {
          %v2351 = llvm.getelementptr %out_y[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1983, %v2351 : f32, !llvm.ptr
        }
        scf.if %v1998 {
          %v2352 = llvm.getelementptr %out_y[%v1993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2000, %v2352 : f32, !llvm.ptr
        }
        scf.if %v2015 {
          %v2353 = llvm.getelementptr %out_y[%v2010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2017, %v2353 : f32, !llvm.ptr
        }
        scf.if %v2032 {
          %v2354 = llvm.getelementptr %out_y[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2034, %v2354 : f32, !llvm.ptr
        }
        scf.if %v2049 {
          %v2355 = llvm.getelementptr %out_y[%v2044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2051, %v2355 : f32, !llvm.ptr
        }
        scf.if %v2066 {
          %v2356 = llvm.getelementptr %out_y[%v2061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2068, %v2356 : f32, !llvm.ptr
        }
        scf.if %v2083 {
          %v2357 = llvm.getelementptr %out_y[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2085, %v2357 : f32, !llvm.ptr
        }
        scf.if %v2100 {
          %v2358 = llvm.getelementptr %out_y[%v2095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2102, %v2358 : f32, !llvm.ptr
        }
        scf.if %v2117 {
          %v2359 = llvm.getelementptr %out_y[%v2112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2119, %v2359 : f32, !llvm.ptr
        }
        scf.if %v2134 {
          %v2360 = llvm.getelementptr %out_y[%v2129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2136, %v2360 : f32, !llvm.ptr
        }
        scf.if %v2151 {
          %v2361 = llvm.getelementptr %out_y[%v2146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2153, %v2361 : f32, !llvm.ptr
        }
        scf.if %v2168 {
          %v2362 = llvm.getelementptr %out_y[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2170, %v2362 : f32, !llvm.ptr
        }
        scf.if %v2185 {
          %v2363 = llvm.getelementptr %out_y[%v2180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2187, %v2363 : f32, !llvm.ptr
        }
        scf.if %v2202 {
          %v2364 = llvm.getelementptr %out_y[%v2197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2204, %v2364 : f32, !llvm.ptr
        }
        scf.if %v2219 {
          %v2365 = llvm.getelementptr %out_y[%v2214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2221, %v2365 : f32, !llvm.ptr
        }
        scf.if %v2236 {
          %v2366 = llvm.getelementptr %out_y[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2238, %v2366 : f32, !llvm.ptr
        }
        scf.if %v2253 {
          %v2367 = llvm.getelementptr %out_y[%v2248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2255, %v2367 : f32, !llvm.ptr
        }
        scf.if %v2270 {
          %v2368 = llvm.getelementptr %out_y[%v2265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2272, %v2368 : f32, !llvm.ptr
        }
        scf.if %v2287 {
          %v2369 = llvm.getelementptr %out_y[%v2282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2289, %v2369 : f32, !llvm.ptr
        }
        scf.if %v2304 {
          %v2370 = llvm.getelementptr %out_y[%v2299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2306, %v2370 : f32, !llvm.ptr
        }
        scf.if %v2321 {
          %v2371 = llvm.getelementptr %out_y[%v2316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2323, %v2371 : f32, !llvm.ptr
        }
        scf.if %v2338 {
          %v2372 = llvm.getelementptr %out_y[%v2333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v2340, %v2372 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      gpu.return
    }
  }
}
