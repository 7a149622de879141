module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_s4d_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<64 x i64>
    llvm.mlir.global internal @smem_s4d_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<2112 x f32>
    gpu.func @s4d_chunk_reduce(%in_u: !llvm.ptr, %in_log_dt: !llvm.ptr, %in_A_log: !llvm.ptr, %in_Bp: !llvm.ptr, %in_Cp: !llvm.ptr, %in_Dskip: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v37 = llvm.mlir.addressof @rows_s4d_chunk_reduce : !llvm.ptr<3>
      %v38 = llvm.mlir.addressof @smem_s4d_chunk_reduce : !llvm.ptr<3>
      %v39 = arith.constant 255 : i64
      %v40 = arith.addi %size_L, %v39 : i64
      %v41 = arith.constant 256 : i64
      %v42 = arith.divui %v40, %v41 : i64
      %v47 = arith.constant 64 : i64
      %v62 = arith.constant 0 : i64
      %v63 = arith.muli %v2, %size_L : i64
      %v64 = arith.muli %v63, %size_D : i64
      %v73 = arith.constant 0x00000000 : f32
      %v74 = arith.constant 0x3F800000 : f32
      %v78 = arith.constant 32 : i64
      %v91 = arith.constant 33 : i64
      %v96 = arith.constant 2 : i64
      %v111 = arith.constant 4 : i64
      %v126 = arith.constant 6 : i64
      %v141 = arith.constant 8 : i64
      %v156 = arith.constant 10 : i64
      %v171 = arith.constant 12 : i64
      %v186 = arith.constant 14 : i64
      %v215 = arith.constant 18 : i64
      %v230 = arith.constant 20 : i64
      %v245 = arith.constant 22 : i64
      %v260 = arith.constant 24 : i64
      %v275 = arith.constant 26 : i64
      %v290 = arith.constant 28 : i64
      %v305 = arith.constant 30 : i64
      %v334 = arith.constant 34 : i64
      %v349 = arith.constant 36 : i64
      %v364 = arith.constant 38 : i64
      %v379 = arith.constant 40 : i64
      %v394 = arith.constant 42 : i64
      %v409 = arith.constant 44 : i64
      %v424 = arith.constant 46 : i64
      %v439 = arith.constant 48 : i64
      %v454 = arith.constant 50 : i64
      %v469 = arith.constant 52 : i64
      %v484 = arith.constant 54 : i64
      %v499 = arith.constant 56 : i64
      %v514 = arith.constant 58 : i64
      %v529 = arith.constant 60 : i64
      %v544 = arith.constant 62 : i64
      %v1058 = arith.constant 0x3FB8AA3B : f32
      %v1061 = arith.muli %v2, %v1 : i64
      %v1508 = arith.constant 128 : i64
      %v1516 = arith.constant 192 : i64
      %v1531 = arith.constant 320 : i64
      %v1539 = arith.constant 384 : i64
      %v1547 = arith.constant 448 : i64
      %v1555 = arith.constant 512 : i64
      %v1563 = arith.constant 576 : i64
      %v1571 = arith.constant 640 : i64
      %v1579 = arith.constant 704 : i64
      %v1587 = arith.constant 768 : i64
      %v1595 = arith.constant 832 : i64
      %v1603 = arith.constant 896 : i64
      %v1611 = arith.constant 960 : i64
      %v1619 = arith.constant 1024 : i64
      %v1627 = arith.constant 1088 : i64
      %v1635 = arith.constant 1152 : i64
      %v1643 = arith.constant 1216 : i64
      %v1651 = arith.constant 1280 : i64
      %v1659 = arith.constant 1344 : i64
      %v1667 = arith.constant 1408 : i64
      %v1675 = arith.constant 1472 : i64
      %v1683 = arith.constant 1536 : i64
      %v1691 = arith.constant 1600 : i64
      %v1699 = arith.constant 1664 : i64
      %v1707 = arith.constant 1728 : i64
      %v1715 = arith.constant 1792 : i64
      %v1723 = arith.constant 1856 : i64
      %v1731 = arith.constant 1920 : i64
      %v1739 = arith.constant 1984 : i64
      %v1782 = arith.constant 3 : i64
      %v1803 = arith.constant 5 : i64
      %v1824 = arith.constant 7 : i64
      %v1845 = arith.constant 9 : i64
      %v1866 = arith.constant 11 : i64
      %v1887 = arith.constant 13 : i64
      %v1908 = arith.constant 15 : i64
      %v43 = gpu.block_id x
      %v44 = gpu.thread_id x
      %v45 = arith.index_cast %v44 : index to i64
      %v46 = arith.index_cast %v43 : index to i64
      %v48 = arith.subi %v47, %v2 : i64
      %v49 = arith.addi %v4, %v48 : i64
      %v50 = arith.divui %v49, %v47 : i64
      %v51 = arith.divui %v46, %v50 : i64
      %v52 = arith.remui %v46, %v50 : i64
      %v53 = arith.muli %v52, %v47 : i64
      %v54 = arith.addi %v53, %v45 : i64
      %v55 = arith.cmpi slt, %v54, %v4 : i64
      %v56 = arith.subi %v4, %v2 : i64
      %v57 = arith.minsi %v54, %v56 : i64
      %v58 = arith.remui %v57, %size_D : i64
      %v59 = arith.divui %v57, %size_D : i64
      %v60 = arith.remui %v59, %size_B : i64
      %v61 = arith.divui %v59, %size_B : i64
      %v1055 = arith.muli %v58, %v2 : i64
      %v1056 = llvm.getelementptr %in_log_dt[%v1055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
      %v1059 = arith.mulf %v1057, %v1058 fastmath<contract> : f32
      %v1060 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1059) : (f32) -> f32
      %v1062 = arith.muli %v58, %v1061 : i64
      %v1063 = llvm.getelementptr %in_A_log[%v1062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1064 = llvm.load %v1063 : !llvm.ptr -> f32
      %v1065 = arith.mulf %v1064, %v1058 fastmath<contract> : f32
      %v1066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1065) : (f32) -> f32
      %v1067 = arith.negf %v1066 : f32
      %v1068 = arith.mulf %v1060, %v1067 fastmath<contract> : f32
      %v1069 = arith.mulf %v1068, %v1058 fastmath<contract> : f32
      %v1070 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1069) : (f32) -> f32
      %v1071 = arith.subf %v1070, %v74 fastmath<contract> : f32
      %v1072 = arith.divf %v1071, %v1067 : f32
      %v1073 = arith.muli %v58, %v1061 : i64
      %v1074 = llvm.getelementptr %in_Bp[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1075 = llvm.load %v1074 : !llvm.ptr -> f32
      %v1076 = arith.mulf %v1072, %v1075 fastmath<contract> : f32
      %v1089 = arith.muli %v58, %v1061 : i64
      %v1090 = arith.constant 1 : i64
      %v1091 = arith.muli %v1090, %v2 : i64
      %v1092 = arith.addi %v1089, %v1091 : i64
      %v1093 = llvm.getelementptr %in_A_log[%v1092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1094 = llvm.load %v1093 : !llvm.ptr -> f32
      %v1095 = arith.mulf %v1094, %v1058 fastmath<contract> : f32
      %v1096 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1095) : (f32) -> f32
      %v1097 = arith.negf %v1096 : f32
      %v1098 = arith.mulf %v1060, %v1097 fastmath<contract> : f32
      %v1099 = arith.mulf %v1098, %v1058 fastmath<contract> : f32
      %v1100 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1099) : (f32) -> f32
      %v1101 = arith.subf %v1100, %v74 fastmath<contract> : f32
      %v1102 = arith.divf %v1101, %v1097 : f32
      %v1103 = arith.muli %v58, %v1061 : i64
      %v1104 = arith.constant 1 : i64
      %v1105 = arith.muli %v1104, %v2 : i64
      %v1106 = arith.addi %v1103, %v1105 : i64
      %v1107 = llvm.getelementptr %in_Bp[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1108 = llvm.load %v1107 : !llvm.ptr -> f32
      %v1109 = arith.mulf %v1102, %v1108 fastmath<contract> : f32
      %v1116 = arith.muli %v58, %v1061 : i64
      %v1117 = arith.constant 2 : i64
      %v1118 = arith.muli %v1117, %v2 : i64
      %v1119 = arith.addi %v1116, %v1118 : i64
      %v1120 = llvm.getelementptr %in_A_log[%v1119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
      %v1122 = arith.mulf %v1121, %v1058 fastmath<contract> : f32
      %v1123 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1122) : (f32) -> f32
      %v1124 = arith.negf %v1123 : f32
      %v1125 = arith.mulf %v1060, %v1124 fastmath<contract> : f32
      %v1126 = arith.mulf %v1125, %v1058 fastmath<contract> : f32
      %v1127 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1126) : (f32) -> f32
      %v1128 = arith.subf %v1127, %v74 fastmath<contract> : f32
      %v1129 = arith.divf %v1128, %v1124 : f32
      %v1130 = arith.muli %v58, %v1061 : i64
      %v1131 = arith.constant 2 : i64
      %v1132 = arith.muli %v1131, %v2 : i64
      %v1133 = arith.addi %v1130, %v1132 : i64
      %v1134 = llvm.getelementptr %in_Bp[%v1133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
      %v1136 = arith.mulf %v1129, %v1135 fastmath<contract> : f32
      %v1143 = arith.muli %v58, %v1061 : i64
      %v1144 = arith.constant 3 : i64
      %v1145 = arith.muli %v1144, %v2 : i64
      %v1146 = arith.addi %v1143, %v1145 : i64
      %v1147 = llvm.getelementptr %in_A_log[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1148 = llvm.load %v1147 : !llvm.ptr -> f32
      %v1149 = arith.mulf %v1148, %v1058 fastmath<contract> : f32
      %v1150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1149) : (f32) -> f32
      %v1151 = arith.negf %v1150 : f32
      %v1152 = arith.mulf %v1060, %v1151 fastmath<contract> : f32
      %v1153 = arith.mulf %v1152, %v1058 fastmath<contract> : f32
      %v1154 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1153) : (f32) -> f32
      %v1155 = arith.subf %v1154, %v74 fastmath<contract> : f32
      %v1156 = arith.divf %v1155, %v1151 : f32
      %v1157 = arith.muli %v58, %v1061 : i64
      %v1158 = arith.constant 3 : i64
      %v1159 = arith.muli %v1158, %v2 : i64
      %v1160 = arith.addi %v1157, %v1159 : i64
      %v1161 = llvm.getelementptr %in_Bp[%v1160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
      %v1163 = arith.mulf %v1156, %v1162 fastmath<contract> : f32
      %v1170 = arith.muli %v58, %v1061 : i64
      %v1171 = arith.constant 4 : i64
      %v1172 = arith.muli %v1171, %v2 : i64
      %v1173 = arith.addi %v1170, %v1172 : i64
      %v1174 = llvm.getelementptr %in_A_log[%v1173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
      %v1176 = arith.mulf %v1175, %v1058 fastmath<contract> : f32
      %v1177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1176) : (f32) -> f32
      %v1178 = arith.negf %v1177 : f32
      %v1179 = arith.mulf %v1060, %v1178 fastmath<contract> : f32
      %v1180 = arith.mulf %v1179, %v1058 fastmath<contract> : f32
      %v1181 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1180) : (f32) -> f32
      %v1182 = arith.subf %v1181, %v74 fastmath<contract> : f32
      %v1183 = arith.divf %v1182, %v1178 : f32
      %v1184 = arith.muli %v58, %v1061 : i64
      %v1185 = arith.constant 4 : i64
      %v1186 = arith.muli %v1185, %v2 : i64
      %v1187 = arith.addi %v1184, %v1186 : i64
      %v1188 = llvm.getelementptr %in_Bp[%v1187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
      %v1190 = arith.mulf %v1183, %v1189 fastmath<contract> : f32
      %v1197 = arith.muli %v58, %v1061 : i64
      %v1198 = arith.constant 5 : i64
      %v1199 = arith.muli %v1198, %v2 : i64
      %v1200 = arith.addi %v1197, %v1199 : i64
      %v1201 = llvm.getelementptr %in_A_log[%v1200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
      %v1203 = arith.mulf %v1202, %v1058 fastmath<contract> : f32
      %v1204 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1203) : (f32) -> f32
      %v1205 = arith.negf %v1204 : f32
      %v1206 = arith.mulf %v1060, %v1205 fastmath<contract> : f32
      %v1207 = arith.mulf %v1206, %v1058 fastmath<contract> : f32
      %v1208 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1207) : (f32) -> f32
      %v1209 = arith.subf %v1208, %v74 fastmath<contract> : f32
      %v1210 = arith.divf %v1209, %v1205 : f32
      %v1211 = arith.muli %v58, %v1061 : i64
      %v1212 = arith.constant 5 : i64
      %v1213 = arith.muli %v1212, %v2 : i64
      %v1214 = arith.addi %v1211, %v1213 : i64
      %v1215 = llvm.getelementptr %in_Bp[%v1214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
      %v1217 = arith.mulf %v1210, %v1216 fastmath<contract> : f32
      %v1224 = arith.muli %v58, %v1061 : i64
      %v1225 = arith.constant 6 : i64
      %v1226 = arith.muli %v1225, %v2 : i64
      %v1227 = arith.addi %v1224, %v1226 : i64
      %v1228 = llvm.getelementptr %in_A_log[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
      %v1230 = arith.mulf %v1229, %v1058 fastmath<contract> : f32
      %v1231 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1230) : (f32) -> f32
      %v1232 = arith.negf %v1231 : f32
      %v1233 = arith.mulf %v1060, %v1232 fastmath<contract> : f32
      %v1234 = arith.mulf %v1233, %v1058 fastmath<contract> : f32
      %v1235 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1234) : (f32) -> f32
      %v1236 = arith.subf %v1235, %v74 fastmath<contract> : f32
      %v1237 = arith.divf %v1236, %v1232 : f32
      %v1238 = arith.muli %v58, %v1061 : i64
      %v1239 = arith.constant 6 : i64
      %v1240 = arith.muli %v1239, %v2 : i64
      %v1241 = arith.addi %v1238, %v1240 : i64
      %v1242 = llvm.getelementptr %in_Bp[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
      %v1244 = arith.mulf %v1237, %v1243 fastmath<contract> : f32
      %v1251 = arith.muli %v58, %v1061 : i64
      %v1252 = arith.constant 7 : i64
      %v1253 = arith.muli %v1252, %v2 : i64
      %v1254 = arith.addi %v1251, %v1253 : i64
      %v1255 = llvm.getelementptr %in_A_log[%v1254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
      %v1257 = arith.mulf %v1256, %v1058 fastmath<contract> : f32
      %v1258 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1257) : (f32) -> f32
      %v1259 = arith.negf %v1258 : f32
      %v1260 = arith.mulf %v1060, %v1259 fastmath<contract> : f32
      %v1261 = arith.mulf %v1260, %v1058 fastmath<contract> : f32
      %v1262 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1261) : (f32) -> f32
      %v1263 = arith.subf %v1262, %v74 fastmath<contract> : f32
      %v1264 = arith.divf %v1263, %v1259 : f32
      %v1265 = arith.muli %v58, %v1061 : i64
      %v1266 = arith.constant 7 : i64
      %v1267 = arith.muli %v1266, %v2 : i64
      %v1268 = arith.addi %v1265, %v1267 : i64
      %v1269 = llvm.getelementptr %in_Bp[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.mulf %v1264, %v1270 fastmath<contract> : f32
      %v1278 = arith.muli %v58, %v1061 : i64
      %v1279 = arith.constant 8 : i64
      %v1280 = arith.muli %v1279, %v2 : i64
      %v1281 = arith.addi %v1278, %v1280 : i64
      %v1282 = llvm.getelementptr %in_A_log[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1283 = llvm.load %v1282 : !llvm.ptr -> f32
      %v1284 = arith.mulf %v1283, %v1058 fastmath<contract> : f32
      %v1285 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1284) : (f32) -> f32
      %v1286 = arith.negf %v1285 : f32
      %v1287 = arith.mulf %v1060, %v1286 fastmath<contract> : f32
      %v1288 = arith.mulf %v1287, %v1058 fastmath<contract> : f32
      %v1289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1288) : (f32) -> f32
      %v1290 = arith.subf %v1289, %v74 fastmath<contract> : f32
      %v1291 = arith.divf %v1290, %v1286 : f32
      %v1292 = arith.muli %v58, %v1061 : i64
      %v1293 = arith.constant 8 : i64
      %v1294 = arith.muli %v1293, %v2 : i64
      %v1295 = arith.addi %v1292, %v1294 : i64
      %v1296 = llvm.getelementptr %in_Bp[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1297 = llvm.load %v1296 : !llvm.ptr -> f32
      %v1298 = arith.mulf %v1291, %v1297 fastmath<contract> : f32
      %v1305 = arith.muli %v58, %v1061 : i64
      %v1306 = arith.constant 9 : i64
      %v1307 = arith.muli %v1306, %v2 : i64
      %v1308 = arith.addi %v1305, %v1307 : i64
      %v1309 = llvm.getelementptr %in_A_log[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
      %v1311 = arith.mulf %v1310, %v1058 fastmath<contract> : f32
      %v1312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1311) : (f32) -> f32
      %v1313 = arith.negf %v1312 : f32
      %v1314 = arith.mulf %v1060, %v1313 fastmath<contract> : f32
      %v1315 = arith.mulf %v1314, %v1058 fastmath<contract> : f32
      %v1316 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1315) : (f32) -> f32
      %v1317 = arith.subf %v1316, %v74 fastmath<contract> : f32
      %v1318 = arith.divf %v1317, %v1313 : f32
      %v1319 = arith.muli %v58, %v1061 : i64
      %v1320 = arith.constant 9 : i64
      %v1321 = arith.muli %v1320, %v2 : i64
      %v1322 = arith.addi %v1319, %v1321 : i64
      %v1323 = llvm.getelementptr %in_Bp[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1324 = llvm.load %v1323 : !llvm.ptr -> f32
      %v1325 = arith.mulf %v1318, %v1324 fastmath<contract> : f32
      %v1332 = arith.muli %v58, %v1061 : i64
      %v1333 = arith.constant 10 : i64
      %v1334 = arith.muli %v1333, %v2 : i64
      %v1335 = arith.addi %v1332, %v1334 : i64
      %v1336 = llvm.getelementptr %in_A_log[%v1335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1337 = llvm.load %v1336 : !llvm.ptr -> f32
      %v1338 = arith.mulf %v1337, %v1058 fastmath<contract> : f32
      %v1339 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1338) : (f32) -> f32
      %v1340 = arith.negf %v1339 : f32
      %v1341 = arith.mulf %v1060, %v1340 fastmath<contract> : f32
      %v1342 = arith.mulf %v1341, %v1058 fastmath<contract> : f32
      %v1343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1342) : (f32) -> f32
      %v1344 = arith.subf %v1343, %v74 fastmath<contract> : f32
      %v1345 = arith.divf %v1344, %v1340 : f32
      %v1346 = arith.muli %v58, %v1061 : i64
      %v1347 = arith.constant 10 : i64
      %v1348 = arith.muli %v1347, %v2 : i64
      %v1349 = arith.addi %v1346, %v1348 : i64
      %v1350 = llvm.getelementptr %in_Bp[%v1349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1351 = llvm.load %v1350 : !llvm.ptr -> f32
      %v1352 = arith.mulf %v1345, %v1351 fastmath<contract> : f32
      %v1359 = arith.muli %v58, %v1061 : i64
      %v1360 = arith.constant 11 : i64
      %v1361 = arith.muli %v1360, %v2 : i64
      %v1362 = arith.addi %v1359, %v1361 : i64
      %v1363 = llvm.getelementptr %in_A_log[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
      %v1365 = arith.mulf %v1364, %v1058 fastmath<contract> : f32
      %v1366 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1365) : (f32) -> f32
      %v1367 = arith.negf %v1366 : f32
      %v1368 = arith.mulf %v1060, %v1367 fastmath<contract> : f32
      %v1369 = arith.mulf %v1368, %v1058 fastmath<contract> : f32
      %v1370 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1369) : (f32) -> f32
      %v1371 = arith.subf %v1370, %v74 fastmath<contract> : f32
      %v1372 = arith.divf %v1371, %v1367 : f32
      %v1373 = arith.muli %v58, %v1061 : i64
      %v1374 = arith.constant 11 : i64
      %v1375 = arith.muli %v1374, %v2 : i64
      %v1376 = arith.addi %v1373, %v1375 : i64
      %v1377 = llvm.getelementptr %in_Bp[%v1376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
      %v1379 = arith.mulf %v1372, %v1378 fastmath<contract> : f32
      %v1386 = arith.muli %v58, %v1061 : i64
      %v1387 = arith.constant 12 : i64
      %v1388 = arith.muli %v1387, %v2 : i64
      %v1389 = arith.addi %v1386, %v1388 : i64
      %v1390 = llvm.getelementptr %in_A_log[%v1389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
      %v1392 = arith.mulf %v1391, %v1058 fastmath<contract> : f32
      %v1393 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1392) : (f32) -> f32
      %v1394 = arith.negf %v1393 : f32
      %v1395 = arith.mulf %v1060, %v1394 fastmath<contract> : f32
      %v1396 = arith.mulf %v1395, %v1058 fastmath<contract> : f32
      %v1397 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1396) : (f32) -> f32
      %v1398 = arith.subf %v1397, %v74 fastmath<contract> : f32
      %v1399 = arith.divf %v1398, %v1394 : f32
      %v1400 = arith.muli %v58, %v1061 : i64
      %v1401 = arith.constant 12 : i64
      %v1402 = arith.muli %v1401, %v2 : i64
      %v1403 = arith.addi %v1400, %v1402 : i64
      %v1404 = llvm.getelementptr %in_Bp[%v1403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1405 = llvm.load %v1404 : !llvm.ptr -> f32
      %v1406 = arith.mulf %v1399, %v1405 fastmath<contract> : f32
      %v1413 = arith.muli %v58, %v1061 : i64
      %v1414 = arith.constant 13 : i64
      %v1415 = arith.muli %v1414, %v2 : i64
      %v1416 = arith.addi %v1413, %v1415 : i64
      %v1417 = llvm.getelementptr %in_A_log[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1418 = llvm.load %v1417 : !llvm.ptr -> f32
      %v1419 = arith.mulf %v1418, %v1058 fastmath<contract> : f32
      %v1420 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1419) : (f32) -> f32
      %v1421 = arith.negf %v1420 : f32
      %v1422 = arith.mulf %v1060, %v1421 fastmath<contract> : f32
      %v1423 = arith.mulf %v1422, %v1058 fastmath<contract> : f32
      %v1424 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1423) : (f32) -> f32
      %v1425 = arith.subf %v1424, %v74 fastmath<contract> : f32
      %v1426 = arith.divf %v1425, %v1421 : f32
      %v1427 = arith.muli %v58, %v1061 : i64
      %v1428 = arith.constant 13 : i64
      %v1429 = arith.muli %v1428, %v2 : i64
      %v1430 = arith.addi %v1427, %v1429 : i64
      %v1431 = llvm.getelementptr %in_Bp[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1432 = llvm.load %v1431 : !llvm.ptr -> f32
      %v1433 = arith.mulf %v1426, %v1432 fastmath<contract> : f32
      %v1440 = arith.muli %v58, %v1061 : i64
      %v1441 = arith.constant 14 : i64
      %v1442 = arith.muli %v1441, %v2 : i64
      %v1443 = arith.addi %v1440, %v1442 : i64
      %v1444 = llvm.getelementptr %in_A_log[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
      %v1446 = arith.mulf %v1445, %v1058 fastmath<contract> : f32
      %v1447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1446) : (f32) -> f32
      %v1448 = arith.negf %v1447 : f32
      %v1449 = arith.mulf %v1060, %v1448 fastmath<contract> : f32
      %v1450 = arith.mulf %v1449, %v1058 fastmath<contract> : f32
      %v1451 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1450) : (f32) -> f32
      %v1452 = arith.subf %v1451, %v74 fastmath<contract> : f32
      %v1453 = arith.divf %v1452, %v1448 : f32
      %v1454 = arith.muli %v58, %v1061 : i64
      %v1455 = arith.constant 14 : i64
      %v1456 = arith.muli %v1455, %v2 : i64
      %v1457 = arith.addi %v1454, %v1456 : i64
      %v1458 = llvm.getelementptr %in_Bp[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1459 = llvm.load %v1458 : !llvm.ptr -> f32
      %v1460 = arith.mulf %v1453, %v1459 fastmath<contract> : f32
      %v1467 = arith.muli %v58, %v1061 : i64
      %v1468 = arith.constant 15 : i64
      %v1469 = arith.muli %v1468, %v2 : i64
      %v1470 = arith.addi %v1467, %v1469 : i64
      %v1471 = llvm.getelementptr %in_A_log[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1472 = llvm.load %v1471 : !llvm.ptr -> f32
      %v1473 = arith.mulf %v1472, %v1058 fastmath<contract> : f32
      %v1474 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1473) : (f32) -> f32
      %v1475 = arith.negf %v1474 : f32
      %v1476 = arith.mulf %v1060, %v1475 fastmath<contract> : f32
      %v1477 = arith.mulf %v1476, %v1058 fastmath<contract> : f32
      %v1478 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v1477) : (f32) -> f32
      %v1479 = arith.subf %v1478, %v74 fastmath<contract> : f32
      %v1480 = arith.divf %v1479, %v1475 : f32
      %v1481 = arith.muli %v58, %v1061 : i64
      %v1482 = arith.constant 15 : i64
      %v1483 = arith.muli %v1482, %v2 : i64
      %v1484 = arith.addi %v1481, %v1483 : i64
      %v1485 = llvm.getelementptr %in_Bp[%v1484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
      %v1487 = arith.mulf %v1480, %v1486 fastmath<contract> : f32
      %v65 = arith.muli %v60, %v64 : i64
      %v66 = arith.muli %v58, %v63 : i64
      %v67 = arith.addi %v65, %v66 : i64
      %v68 = arith.muli %v62, %v2 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = arith.muli %v62, %v47 : i64
      %v71 = arith.addi %v70, %v45 : i64
      %v72 = llvm.getelementptr %v37[%v71] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v69, %v72 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v73, %v5 : f32, !llvm.ptr
      llvm.store %v73, %v6 : f32, !llvm.ptr
      llvm.store %v73, %v7 : f32, !llvm.ptr
      llvm.store %v73, %v8 : f32, !llvm.ptr
      llvm.store %v73, %v9 : f32, !llvm.ptr
      llvm.store %v73, %v10 : f32, !llvm.ptr
      llvm.store %v73, %v11 : f32, !llvm.ptr
      llvm.store %v73, %v12 : f32, !llvm.ptr
      llvm.store %v73, %v13 : f32, !llvm.ptr
      llvm.store %v73, %v14 : f32, !llvm.ptr
      llvm.store %v73, %v15 : f32, !llvm.ptr
      llvm.store %v73, %v16 : f32, !llvm.ptr
      llvm.store %v73, %v17 : f32, !llvm.ptr
      llvm.store %v73, %v18 : f32, !llvm.ptr
      llvm.store %v73, %v19 : f32, !llvm.ptr
      llvm.store %v73, %v20 : f32, !llvm.ptr
      llvm.store %v74, %v21 : f32, !llvm.ptr
      llvm.store %v74, %v22 : f32, !llvm.ptr
      llvm.store %v74, %v23 : f32, !llvm.ptr
      llvm.store %v74, %v24 : f32, !llvm.ptr
      llvm.store %v74, %v25 : f32, !llvm.ptr
      llvm.store %v74, %v26 : f32, !llvm.ptr
      llvm.store %v74, %v27 : f32, !llvm.ptr
      llvm.store %v74, %v28 : f32, !llvm.ptr
      llvm.store %v74, %v29 : f32, !llvm.ptr
      llvm.store %v74, %v30 : f32, !llvm.ptr
      llvm.store %v74, %v31 : f32, !llvm.ptr
      llvm.store %v74, %v32 : f32, !llvm.ptr
      llvm.store %v74, %v33 : f32, !llvm.ptr
      llvm.store %v74, %v34 : f32, !llvm.ptr
      llvm.store %v74, %v35 : f32, !llvm.ptr
      llvm.store %v74, %v36 : f32, !llvm.ptr
      %v75 = arith.muli %v51, %v41 : i64
      %v76 = arith.addi %v75, %v41 : i64
      %v77 = arith.minsi %v76, %size_L : i64
      // staged load of `u`'s first tile: read, then shared memory
      %v79 = arith.divui %v45, %v78 : i64
      %v80 = arith.remui %v45, %v78 : i64
      %v81 = arith.addi %v79, %v62 : i64
      %v82 = arith.constant true
      %v83 = arith.addi %v62, %v81 : i64
      %v84 = llvm.getelementptr %v37[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v85 = llvm.load %v84 : !llvm.ptr<3> -> i64
      %v86 = arith.addi %v75, %v80 : i64
      %v87 = arith.cmpi slt, %v86, %v77 : i64
      %v88 = arith.subi %size_L, %v2 : i64
      %v89 = arith.minsi %v86, %v88 : i64
      %v90 = arith.addi %v85, %v89 : i64
      %v92 = arith.muli %v83, %v91 : i64
      %v93 = arith.addi %v92, %v80 : i64
      %v94 = llvm.getelementptr %in_u[%v90] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v95 = llvm.load %v94 : !llvm.ptr -> f32
      %v97 = arith.addi %v79, %v96 : i64
      %v98 = arith.constant true
      %v99 = arith.addi %v62, %v97 : i64
      %v100 = llvm.getelementptr %v37[%v99] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v101 = llvm.load %v100 : !llvm.ptr<3> -> i64
      %v102 = arith.addi %v75, %v80 : i64
      %v103 = arith.cmpi slt, %v102, %v77 : i64
      %v104 = arith.subi %size_L, %v2 : i64
      %v105 = arith.minsi %v102, %v104 : i64
      %v106 = arith.addi %v101, %v105 : i64
      %v107 = arith.muli %v99, %v91 : i64
      %v108 = arith.addi %v107, %v80 : i64
      %v109 = llvm.getelementptr %in_u[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      %v112 = arith.addi %v79, %v111 : i64
      %v113 = arith.constant true
      %v114 = arith.addi %v62, %v112 : i64
      %v115 = llvm.getelementptr %v37[%v114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v116 = llvm.load %v115 : !llvm.ptr<3> -> i64
      %v117 = arith.addi %v75, %v80 : i64
      %v118 = arith.cmpi slt, %v117, %v77 : i64
      %v119 = arith.subi %size_L, %v2 : i64
      %v120 = arith.minsi %v117, %v119 : i64
      %v121 = arith.addi %v116, %v120 : i64
      %v122 = arith.muli %v114, %v91 : i64
      %v123 = arith.addi %v122, %v80 : i64
      %v124 = llvm.getelementptr %in_u[%v121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v125 = llvm.load %v124 : !llvm.ptr -> f32
      %v127 = arith.addi %v79, %v126 : i64
      %v128 = arith.constant true
      %v129 = arith.addi %v62, %v127 : i64
      %v130 = llvm.getelementptr %v37[%v129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v131 = llvm.load %v130 : !llvm.ptr<3> -> i64
      %v132 = arith.addi %v75, %v80 : i64
      %v133 = arith.cmpi slt, %v132, %v77 : i64
      %v134 = arith.subi %size_L, %v2 : i64
      %v135 = arith.minsi %v132, %v134 : i64
      %v136 = arith.addi %v131, %v135 : i64
      %v137 = arith.muli %v129, %v91 : i64
      %v138 = arith.addi %v137, %v80 : i64
      %v139 = llvm.getelementptr %in_u[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      %v142 = arith.addi %v79, %v141 : i64
      %v143 = arith.constant true
      %v144 = arith.addi %v62, %v142 : i64
      %v145 = llvm.getelementptr %v37[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
      %v147 = arith.addi %v75, %v80 : i64
      %v148 = arith.cmpi slt, %v147, %v77 : i64
      %v149 = arith.subi %size_L, %v2 : i64
      %v150 = arith.minsi %v147, %v149 : i64
      %v151 = arith.addi %v146, %v150 : i64
      %v152 = arith.muli %v144, %v91 : i64
      %v153 = arith.addi %v152, %v80 : i64
      %v154 = llvm.getelementptr %in_u[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v155 = llvm.load %v154 : !llvm.ptr -> f32
      %v157 = arith.addi %v79, %v156 : i64
      %v158 = arith.constant true
      %v159 = arith.addi %v62, %v157 : i64
      %v160 = llvm.getelementptr %v37[%v159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v161 = llvm.load %v160 : !llvm.ptr<3> -> i64
      %v162 = arith.addi %v75, %v80 : i64
      %v163 = arith.cmpi slt, %v162, %v77 : i64
      %v164 = arith.subi %size_L, %v2 : i64
      %v165 = arith.minsi %v162, %v164 : i64
      %v166 = arith.addi %v161, %v165 : i64
      %v167 = arith.muli %v159, %v91 : i64
      %v168 = arith.addi %v167, %v80 : i64
      %v169 = llvm.getelementptr %in_u[%v166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v170 = llvm.load %v169 : !llvm.ptr -> f32
      %v172 = arith.addi %v79, %v171 : i64
      %v173 = arith.constant true
      %v174 = arith.addi %v62, %v172 : i64
      %v175 = llvm.getelementptr %v37[%v174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v176 = llvm.load %v175 : !llvm.ptr<3> -> i64
      %v177 = arith.addi %v75, %v80 : i64
      %v178 = arith.cmpi slt, %v177, %v77 : i64
      %v179 = arith.subi %size_L, %v2 : i64
      %v180 = arith.minsi %v177, %v179 : i64
      %v181 = arith.addi %v176, %v180 : i64
      %v182 = arith.muli %v174, %v91 : i64
      %v183 = arith.addi %v182, %v80 : i64
      %v184 = llvm.getelementptr %in_u[%v181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v185 = llvm.load %v184 : !llvm.ptr -> f32
      %v187 = arith.addi %v79, %v186 : i64
      %v188 = arith.constant true
      %v189 = arith.addi %v62, %v187 : i64
      %v190 = llvm.getelementptr %v37[%v189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v191 = llvm.load %v190 : !llvm.ptr<3> -> i64
      %v192 = arith.addi %v75, %v80 : i64
      %v193 = arith.cmpi slt, %v192, %v77 : i64
      %v194 = arith.subi %size_L, %v2 : i64
      %v195 = arith.minsi %v192, %v194 : i64
      %v196 = arith.addi %v191, %v195 : i64
      %v197 = arith.muli %v189, %v91 : i64
      %v198 = arith.addi %v197, %v80 : i64
      %v199 = llvm.getelementptr %in_u[%v196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v200 = llvm.load %v199 : !llvm.ptr -> f32
      %v201 = arith.addi %v79, %v1 : i64
      %v202 = arith.constant true
      %v203 = arith.addi %v62, %v201 : i64
      %v204 = llvm.getelementptr %v37[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v205 = llvm.load %v204 : !llvm.ptr<3> -> i64
      %v206 = arith.addi %v75, %v80 : i64
      %v207 = arith.cmpi slt, %v206, %v77 : i64
      %v208 = arith.subi %size_L, %v2 : i64
      %v209 = arith.minsi %v206, %v208 : i64
      %v210 = arith.addi %v205, %v209 : i64
      %v211 = arith.muli %v203, %v91 : i64
      %v212 = arith.addi %v211, %v80 : i64
      %v213 = llvm.getelementptr %in_u[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v214 = llvm.load %v213 : !llvm.ptr -> f32
      %v216 = arith.addi %v79, %v215 : i64
      %v217 = arith.constant true
      %v218 = arith.addi %v62, %v216 : i64
      %v219 = llvm.getelementptr %v37[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
      %v221 = arith.addi %v75, %v80 : i64
      %v222 = arith.cmpi slt, %v221, %v77 : i64
      %v223 = arith.subi %size_L, %v2 : i64
      %v224 = arith.minsi %v221, %v223 : i64
      %v225 = arith.addi %v220, %v224 : i64
      %v226 = arith.muli %v218, %v91 : i64
      %v227 = arith.addi %v226, %v80 : i64
      %v228 = llvm.getelementptr %in_u[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v229 = llvm.load %v228 : !llvm.ptr -> f32
      %v231 = arith.addi %v79, %v230 : i64
      %v232 = arith.constant true
      %v233 = arith.addi %v62, %v231 : i64
      %v234 = llvm.getelementptr %v37[%v233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
      %v236 = arith.addi %v75, %v80 : i64
      %v237 = arith.cmpi slt, %v236, %v77 : i64
      %v238 = arith.subi %size_L, %v2 : i64
      %v239 = arith.minsi %v236, %v238 : i64
      %v240 = arith.addi %v235, %v239 : i64
      %v241 = arith.muli %v233, %v91 : i64
      %v242 = arith.addi %v241, %v80 : i64
      %v243 = llvm.getelementptr %in_u[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = llvm.load %v243 : !llvm.ptr -> f32
      %v246 = arith.addi %v79, %v245 : i64
      %v247 = arith.constant true
      %v248 = arith.addi %v62, %v246 : i64
      %v249 = llvm.getelementptr %v37[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v250 = llvm.load %v249 : !llvm.ptr<3> -> i64
      %v251 = arith.addi %v75, %v80 : i64
      %v252 = arith.cmpi slt, %v251, %v77 : i64
      %v253 = arith.subi %size_L, %v2 : i64
      %v254 = arith.minsi %v251, %v253 : i64
      %v255 = arith.addi %v250, %v254 : i64
      %v256 = arith.muli %v248, %v91 : i64
      %v257 = arith.addi %v256, %v80 : i64
      %v258 = llvm.getelementptr %in_u[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v259 = llvm.load %v258 : !llvm.ptr -> f32
      %v261 = arith.addi %v79, %v260 : i64
      %v262 = arith.constant true
      %v263 = arith.addi %v62, %v261 : i64
      %v264 = llvm.getelementptr %v37[%v263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v265 = llvm.load %v264 : !llvm.ptr<3> -> i64
      %v266 = arith.addi %v75, %v80 : i64
      %v267 = arith.cmpi slt, %v266, %v77 : i64
      %v268 = arith.subi %size_L, %v2 : i64
      %v269 = arith.minsi %v266, %v268 : i64
      %v270 = arith.addi %v265, %v269 : i64
      %v271 = arith.muli %v263, %v91 : i64
      %v272 = arith.addi %v271, %v80 : i64
      %v273 = llvm.getelementptr %in_u[%v270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v274 = llvm.load %v273 : !llvm.ptr -> f32
      %v276 = arith.addi %v79, %v275 : i64
      %v277 = arith.constant true
      %v278 = arith.addi %v62, %v276 : i64
      %v279 = llvm.getelementptr %v37[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v75, %v80 : i64
      %v282 = arith.cmpi slt, %v281, %v77 : i64
      %v283 = arith.subi %size_L, %v2 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.addi %v280, %v284 : i64
      %v286 = arith.muli %v278, %v91 : i64
      %v287 = arith.addi %v286, %v80 : i64
      %v288 = llvm.getelementptr %in_u[%v285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v289 = llvm.load %v288 : !llvm.ptr -> f32
      %v291 = arith.addi %v79, %v290 : i64
      %v292 = arith.constant true
      %v293 = arith.addi %v62, %v291 : i64
      %v294 = llvm.getelementptr %v37[%v293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v295 = llvm.load %v294 : !llvm.ptr<3> -> i64
      %v296 = arith.addi %v75, %v80 : i64
      %v297 = arith.cmpi slt, %v296, %v77 : i64
      %v298 = arith.subi %size_L, %v2 : i64
      %v299 = arith.minsi %v296, %v298 : i64
      %v300 = arith.addi %v295, %v299 : i64
      %v301 = arith.muli %v293, %v91 : i64
      %v302 = arith.addi %v301, %v80 : i64
      %v303 = llvm.getelementptr %in_u[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v304 = llvm.load %v303 : !llvm.ptr -> f32
      %v306 = arith.addi %v79, %v305 : i64
      %v307 = arith.constant true
      %v308 = arith.addi %v62, %v306 : i64
      %v309 = llvm.getelementptr %v37[%v308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v310 = llvm.load %v309 : !llvm.ptr<3> -> i64
      %v311 = arith.addi %v75, %v80 : i64
      %v312 = arith.cmpi slt, %v311, %v77 : i64
      %v313 = arith.subi %size_L, %v2 : i64
      %v314 = arith.minsi %v311, %v313 : i64
      %v315 = arith.addi %v310, %v314 : i64
      %v316 = arith.muli %v308, %v91 : i64
      %v317 = arith.addi %v316, %v80 : i64
      %v318 = llvm.getelementptr %in_u[%v315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v319 = llvm.load %v318 : !llvm.ptr -> f32
      %v320 = arith.addi %v79, %v78 : i64
      %v321 = arith.constant true
      %v322 = arith.addi %v62, %v320 : i64
      %v323 = llvm.getelementptr %v37[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v324 = llvm.load %v323 : !llvm.ptr<3> -> i64
      %v325 = arith.addi %v75, %v80 : i64
      %v326 = arith.cmpi slt, %v325, %v77 : i64
      %v327 = arith.subi %size_L, %v2 : i64
      %v328 = arith.minsi %v325, %v327 : i64
      %v329 = arith.addi %v324, %v328 : i64
      %v330 = arith.muli %v322, %v91 : i64
      %v331 = arith.addi %v330, %v80 : i64
      %v332 = llvm.getelementptr %in_u[%v329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v333 = llvm.load %v332 : !llvm.ptr -> f32
      %v335 = arith.addi %v79, %v334 : i64
      %v336 = arith.constant true
      %v337 = arith.addi %v62, %v335 : i64
      %v338 = llvm.getelementptr %v37[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v339 = llvm.load %v338 : !llvm.ptr<3> -> i64
      %v340 = arith.addi %v75, %v80 : i64
      %v341 = arith.cmpi slt, %v340, %v77 : i64
      %v342 = arith.subi %size_L, %v2 : i64
      %v343 = arith.minsi %v340, %v342 : i64
      %v344 = arith.addi %v339, %v343 : i64
      %v345 = arith.muli %v337, %v91 : i64
      %v346 = arith.addi %v345, %v80 : i64
      %v347 = llvm.getelementptr %in_u[%v344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v348 = llvm.load %v347 : !llvm.ptr -> f32
      %v350 = arith.addi %v79, %v349 : i64
      %v351 = arith.constant true
      %v352 = arith.addi %v62, %v350 : i64
      %v353 = llvm.getelementptr %v37[%v352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v75, %v80 : i64
      %v356 = arith.cmpi slt, %v355, %v77 : i64
      %v357 = arith.subi %size_L, %v2 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.addi %v354, %v358 : i64
      %v360 = arith.muli %v352, %v91 : i64
      %v361 = arith.addi %v360, %v80 : i64
      %v362 = llvm.getelementptr %in_u[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v365 = arith.addi %v79, %v364 : i64
      %v366 = arith.constant true
      %v367 = arith.addi %v62, %v365 : i64
      %v368 = llvm.getelementptr %v37[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v75, %v80 : i64
      %v371 = arith.cmpi slt, %v370, %v77 : i64
      %v372 = arith.subi %size_L, %v2 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.addi %v369, %v373 : i64
      %v375 = arith.muli %v367, %v91 : i64
      %v376 = arith.addi %v375, %v80 : i64
      %v377 = llvm.getelementptr %in_u[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v79, %v379 : i64
      %v381 = arith.constant true
      %v382 = arith.addi %v62, %v380 : i64
      %v383 = llvm.getelementptr %v37[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v75, %v80 : i64
      %v386 = arith.cmpi slt, %v385, %v77 : i64
      %v387 = arith.subi %size_L, %v2 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.addi %v384, %v388 : i64
      %v390 = arith.muli %v382, %v91 : i64
      %v391 = arith.addi %v390, %v80 : i64
      %v392 = llvm.getelementptr %in_u[%v389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v393 = llvm.load %v392 : !llvm.ptr -> f32
      %v395 = arith.addi %v79, %v394 : i64
      %v396 = arith.constant true
      %v397 = arith.addi %v62, %v395 : i64
      %v398 = llvm.getelementptr %v37[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v399 = llvm.load %v398 : !llvm.ptr<3> -> i64
      %v400 = arith.addi %v75, %v80 : i64
      %v401 = arith.cmpi slt, %v400, %v77 : i64
      %v402 = arith.subi %size_L, %v2 : i64
      %v403 = arith.minsi %v400, %v402 : i64
      %v404 = arith.addi %v399, %v403 : i64
      %v405 = arith.muli %v397, %v91 : i64
      %v406 = arith.addi %v405, %v80 : i64
      %v407 = llvm.getelementptr %in_u[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v408 = llvm.load %v407 : !llvm.ptr -> f32
      %v410 = arith.addi %v79, %v409 : i64
      %v411 = arith.constant true
      %v412 = arith.addi %v62, %v410 : i64
      %v413 = llvm.getelementptr %v37[%v412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v414 = llvm.load %v413 : !llvm.ptr<3> -> i64
      %v415 = arith.addi %v75, %v80 : i64
      %v416 = arith.cmpi slt, %v415, %v77 : i64
      %v417 = arith.subi %size_L, %v2 : i64
      %v418 = arith.minsi %v415, %v417 : i64
      %v419 = arith.addi %v414, %v418 : i64
      %v420 = arith.muli %v412, %v91 : i64
      %v421 = arith.addi %v420, %v80 : i64
      %v422 = llvm.getelementptr %in_u[%v419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v423 = llvm.load %v422 : !llvm.ptr -> f32
      %v425 = arith.addi %v79, %v424 : i64
      %v426 = arith.constant true
      %v427 = arith.addi %v62, %v425 : i64
      %v428 = llvm.getelementptr %v37[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.addi %v75, %v80 : i64
      %v431 = arith.cmpi slt, %v430, %v77 : i64
      %v432 = arith.subi %size_L, %v2 : i64
      %v433 = arith.minsi %v430, %v432 : i64
      %v434 = arith.addi %v429, %v433 : i64
      %v435 = arith.muli %v427, %v91 : i64
      %v436 = arith.addi %v435, %v80 : i64
      %v437 = llvm.getelementptr %in_u[%v434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v438 = llvm.load %v437 : !llvm.ptr -> f32
      %v440 = arith.addi %v79, %v439 : i64
      %v441 = arith.constant true
      %v442 = arith.addi %v62, %v440 : i64
      %v443 = llvm.getelementptr %v37[%v442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v444 = llvm.load %v443 : !llvm.ptr<3> -> i64
      %v445 = arith.addi %v75, %v80 : i64
      %v446 = arith.cmpi slt, %v445, %v77 : i64
      %v447 = arith.subi %size_L, %v2 : i64
      %v448 = arith.minsi %v445, %v447 : i64
      %v449 = arith.addi %v444, %v448 : i64
      %v450 = arith.muli %v442, %v91 : i64
      %v451 = arith.addi %v450, %v80 : i64
      %v452 = llvm.getelementptr %in_u[%v449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v453 = llvm.load %v452 : !llvm.ptr -> f32
      %v455 = arith.addi %v79, %v454 : i64
      %v456 = arith.constant true
      %v457 = arith.addi %v62, %v455 : i64
      %v458 = llvm.getelementptr %v37[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v459 = llvm.load %v458 : !llvm.ptr<3> -> i64
      %v460 = arith.addi %v75, %v80 : i64
      %v461 = arith.cmpi slt, %v460, %v77 : i64
      %v462 = arith.subi %size_L, %v2 : i64
      %v463 = arith.minsi %v460, %v462 : i64
      %v464 = arith.addi %v459, %v463 : i64
      %v465 = arith.muli %v457, %v91 : i64
      %v466 = arith.addi %v465, %v80 : i64
      %v467 = llvm.getelementptr %in_u[%v464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v468 = llvm.load %v467 : !llvm.ptr -> f32
      %v470 = arith.addi %v79, %v469 : i64
      %v471 = arith.constant true
      %v472 = arith.addi %v62, %v470 : i64
      %v473 = llvm.getelementptr %v37[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.addi %v75, %v80 : i64
      %v476 = arith.cmpi slt, %v475, %v77 : i64
      %v477 = arith.subi %size_L, %v2 : i64
      %v478 = arith.minsi %v475, %v477 : i64
      %v479 = arith.addi %v474, %v478 : i64
      %v480 = arith.muli %v472, %v91 : i64
      %v481 = arith.addi %v480, %v80 : i64
      %v482 = llvm.getelementptr %in_u[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = llvm.load %v482 : !llvm.ptr -> f32
      %v485 = arith.addi %v79, %v484 : i64
      %v486 = arith.constant true
      %v487 = arith.addi %v62, %v485 : i64
      %v488 = llvm.getelementptr %v37[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v75, %v80 : i64
      %v491 = arith.cmpi slt, %v490, %v77 : i64
      %v492 = arith.subi %size_L, %v2 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.addi %v489, %v493 : i64
      %v495 = arith.muli %v487, %v91 : i64
      %v496 = arith.addi %v495, %v80 : i64
      %v497 = llvm.getelementptr %in_u[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v500 = arith.addi %v79, %v499 : i64
      %v501 = arith.constant true
      %v502 = arith.addi %v62, %v500 : i64
      %v503 = llvm.getelementptr %v37[%v502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v504 = llvm.load %v503 : !llvm.ptr<3> -> i64
      %v505 = arith.addi %v75, %v80 : i64
      %v506 = arith.cmpi slt, %v505, %v77 : i64
      %v507 = arith.subi %size_L, %v2 : i64
      %v508 = arith.minsi %v505, %v507 : i64
      %v509 = arith.addi %v504, %v508 : i64
      %v510 = arith.muli %v502, %v91 : i64
      %v511 = arith.addi %v510, %v80 : i64
      %v512 = llvm.getelementptr %in_u[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = llvm.load %v512 : !llvm.ptr -> f32
      %v515 = arith.addi %v79, %v514 : i64
      %v516 = arith.constant true
      %v517 = arith.addi %v62, %v515 : i64
      %v518 = llvm.getelementptr %v37[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v519 = llvm.load %v518 : !llvm.ptr<3> -> i64
      %v520 = arith.addi %v75, %v80 : i64
      %v521 = arith.cmpi slt, %v520, %v77 : i64
      %v522 = arith.subi %size_L, %v2 : i64
      %v523 = arith.minsi %v520, %v522 : i64
      %v524 = arith.addi %v519, %v523 : i64
      %v525 = arith.muli %v517, %v91 : i64
      %v526 = arith.addi %v525, %v80 : i64
      %v527 = llvm.getelementptr %in_u[%v524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v528 = llvm.load %v527 : !llvm.ptr -> f32
      %v530 = arith.addi %v79, %v529 : i64
      %v531 = arith.constant true
      %v532 = arith.addi %v62, %v530 : i64
      %v533 = llvm.getelementptr %v37[%v532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v534 = llvm.load %v533 : !llvm.ptr<3> -> i64
      %v535 = arith.addi %v75, %v80 : i64
      %v536 = arith.cmpi slt, %v535, %v77 : i64
      %v537 = arith.subi %size_L, %v2 : i64
      %v538 = arith.minsi %v535, %v537 : i64
      %v539 = arith.addi %v534, %v538 : i64
      %v540 = arith.muli %v532, %v91 : i64
      %v541 = arith.addi %v540, %v80 : i64
      %v542 = llvm.getelementptr %in_u[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v543 = llvm.load %v542 : !llvm.ptr -> f32
      %v545 = arith.addi %v79, %v544 : i64
      %v546 = arith.constant true
      %v547 = arith.addi %v62, %v545 : i64
      %v548 = llvm.getelementptr %v37[%v547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v549 = llvm.load %v548 : !llvm.ptr<3> -> i64
      %v550 = arith.addi %v75, %v80 : i64
      %v551 = arith.cmpi slt, %v550, %v77 : i64
      %v552 = arith.subi %size_L, %v2 : i64
      %v553 = arith.minsi %v550, %v552 : i64
      %v554 = arith.addi %v549, %v553 : i64
      %v555 = arith.muli %v547, %v91 : i64
      %v556 = arith.addi %v555, %v80 : i64
      %v557 = llvm.getelementptr %in_u[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v558 = llvm.load %v557 : !llvm.ptr -> f32
      scf.if %v82 {
        %v559 = llvm.getelementptr %v38[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v95, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v98 {
        %v560 = llvm.getelementptr %v38[%v108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v110, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v113 {
        %v561 = llvm.getelementptr %v38[%v123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v125, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v128 {
        %v562 = llvm.getelementptr %v38[%v138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v140, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v143 {
        %v563 = llvm.getelementptr %v38[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v155, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v158 {
        %v564 = llvm.getelementptr %v38[%v168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v170, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v173 {
        %v565 = llvm.getelementptr %v38[%v183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v185, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v188 {
        %v566 = llvm.getelementptr %v38[%v198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v200, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v202 {
        %v567 = llvm.getelementptr %v38[%v212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v214, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v217 {
        %v568 = llvm.getelementptr %v38[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v229, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v232 {
        %v569 = llvm.getelementptr %v38[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v244, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v247 {
        %v570 = llvm.getelementptr %v38[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v259, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v262 {
        %v571 = llvm.getelementptr %v38[%v272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v274, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v277 {
        %v572 = llvm.getelementptr %v38[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v289, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v292 {
        %v573 = llvm.getelementptr %v38[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v304, %v573 : f32, !llvm.ptr<3>
      }
      scf.if %v307 {
        %v574 = llvm.getelementptr %v38[%v317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v319, %v574 : f32, !llvm.ptr<3>
      }
      scf.if %v321 {
        %v575 = llvm.getelementptr %v38[%v331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v333, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v336 {
        %v576 = llvm.getelementptr %v38[%v346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v348, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v351 {
        %v577 = llvm.getelementptr %v38[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v366 {
        %v578 = llvm.getelementptr %v38[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v579 = llvm.getelementptr %v38[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v393, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v396 {
        %v580 = llvm.getelementptr %v38[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v408, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v411 {
        %v581 = llvm.getelementptr %v38[%v421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v423, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v426 {
        %v582 = llvm.getelementptr %v38[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v438, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v441 {
        %v583 = llvm.getelementptr %v38[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v453, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v456 {
        %v584 = llvm.getelementptr %v38[%v466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v468, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v471 {
        %v585 = llvm.getelementptr %v38[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v483, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v486 {
        %v586 = llvm.getelementptr %v38[%v496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v498, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v501 {
        %v587 = llvm.getelementptr %v38[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v513, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v516 {
        %v588 = llvm.getelementptr %v38[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v528, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v531 {
        %v589 = llvm.getelementptr %v38[%v541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v543, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v546 {
        %v590 = llvm.getelementptr %v38[%v556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v558, %v590 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      gpu.barrier
      %v591 = arith.index_cast %v75 : i64 to index
      %v592 = arith.index_cast %v77 : i64 to index
      %v593 = arith.index_cast %v78 : i64 to index
      scf.for %v594 = %v591 to %v592 step %v593 {
        %v595 = arith.index_cast %v594 : index to i64
        %v596 = arith.subi %v77, %v595 : i64
        %v597 = arith.minsi %v596, %v78 : i64
        %v598 = arith.addi %v595, %v78 : i64
        %v599 = arith.divui %v45, %v78 : i64
        %v600 = arith.remui %v45, %v78 : i64
        %v601 = arith.addi %v599, %v62 : i64
        %v602 = arith.constant true
        %v603 = arith.addi %v62, %v601 : i64
        %v604 = llvm.getelementptr %v37[%v603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v605 = llvm.load %v604 : !llvm.ptr<3> -> i64
        %v606 = arith.addi %v598, %v600 : i64
        %v607 = arith.cmpi slt, %v606, %v77 : i64
        %v608 = arith.subi %size_L, %v2 : i64
        %v609 = arith.minsi %v606, %v608 : i64
        %v610 = arith.addi %v605, %v609 : i64
        %v611 = arith.muli %v603, %v91 : i64
        %v612 = arith.addi %v611, %v600 : i64
        %v613 = llvm.getelementptr %in_u[%v610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v614 = llvm.load %v613 : !llvm.ptr -> f32
        %v615 = arith.addi %v599, %v96 : i64
        %v616 = arith.constant true
        %v617 = arith.addi %v62, %v615 : i64
        %v618 = llvm.getelementptr %v37[%v617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v619 = llvm.load %v618 : !llvm.ptr<3> -> i64
        %v620 = arith.addi %v598, %v600 : i64
        %v621 = arith.cmpi slt, %v620, %v77 : i64
        %v622 = arith.subi %size_L, %v2 : i64
        %v623 = arith.minsi %v620, %v622 : i64
        %v624 = arith.addi %v619, %v623 : i64
        %v625 = arith.muli %v617, %v91 : i64
        %v626 = arith.addi %v625, %v600 : i64
        %v627 = llvm.getelementptr %in_u[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v628 = llvm.load %v627 : !llvm.ptr -> f32
        %v629 = arith.addi %v599, %v111 : i64
        %v630 = arith.constant true
        %v631 = arith.addi %v62, %v629 : i64
        %v632 = llvm.getelementptr %v37[%v631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v633 = llvm.load %v632 : !llvm.ptr<3> -> i64
        %v634 = arith.addi %v598, %v600 : i64
        %v635 = arith.cmpi slt, %v634, %v77 : i64
        %v636 = arith.subi %size_L, %v2 : i64
        %v637 = arith.minsi %v634, %v636 : i64
        %v638 = arith.addi %v633, %v637 : i64
        %v639 = arith.muli %v631, %v91 : i64
        %v640 = arith.addi %v639, %v600 : i64
        %v641 = llvm.getelementptr %in_u[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v642 = llvm.load %v641 : !llvm.ptr -> f32
        %v643 = arith.addi %v599, %v126 : i64
        %v644 = arith.constant true
        %v645 = arith.addi %v62, %v643 : i64
        %v646 = llvm.getelementptr %v37[%v645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v647 = llvm.load %v646 : !llvm.ptr<3> -> i64
        %v648 = arith.addi %v598, %v600 : i64
        %v649 = arith.cmpi slt, %v648, %v77 : i64
        %v650 = arith.subi %size_L, %v2 : i64
        %v651 = arith.minsi %v648, %v650 : i64
        %v652 = arith.addi %v647, %v651 : i64
        %v653 = arith.muli %v645, %v91 : i64
        %v654 = arith.addi %v653, %v600 : i64
        %v655 = llvm.getelementptr %in_u[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v656 = llvm.load %v655 : !llvm.ptr -> f32
        %v657 = arith.addi %v599, %v141 : i64
        %v658 = arith.constant true
        %v659 = arith.addi %v62, %v657 : i64
        %v660 = llvm.getelementptr %v37[%v659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v661 = llvm.load %v660 : !llvm.ptr<3> -> i64
        %v662 = arith.addi %v598, %v600 : i64
        %v663 = arith.cmpi slt, %v662, %v77 : i64
        %v664 = arith.subi %size_L, %v2 : i64
        %v665 = arith.minsi %v662, %v664 : i64
        %v666 = arith.addi %v661, %v665 : i64
        %v667 = arith.muli %v659, %v91 : i64
        %v668 = arith.addi %v667, %v600 : i64
        %v669 = llvm.getelementptr %in_u[%v666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v670 = llvm.load %v669 : !llvm.ptr -> f32
        %v671 = arith.addi %v599, %v156 : i64
        %v672 = arith.constant true
        %v673 = arith.addi %v62, %v671 : i64
        %v674 = llvm.getelementptr %v37[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v675 = llvm.load %v674 : !llvm.ptr<3> -> i64
        %v676 = arith.addi %v598, %v600 : i64
        %v677 = arith.cmpi slt, %v676, %v77 : i64
        %v678 = arith.subi %size_L, %v2 : i64
        %v679 = arith.minsi %v676, %v678 : i64
        %v680 = arith.addi %v675, %v679 : i64
        %v681 = arith.muli %v673, %v91 : i64
        %v682 = arith.addi %v681, %v600 : i64
        %v683 = llvm.getelementptr %in_u[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v684 = llvm.load %v683 : !llvm.ptr -> f32
        %v685 = arith.addi %v599, %v171 : i64
        %v686 = arith.constant true
        %v687 = arith.addi %v62, %v685 : i64
        %v688 = llvm.getelementptr %v37[%v687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v689 = llvm.load %v688 : !llvm.ptr<3> -> i64
        %v690 = arith.addi %v598, %v600 : i64
        %v691 = arith.cmpi slt, %v690, %v77 : i64
        %v692 = arith.subi %size_L, %v2 : i64
        %v693 = arith.minsi %v690, %v692 : i64
        %v694 = arith.addi %v689, %v693 : i64
        %v695 = arith.muli %v687, %v91 : i64
        %v696 = arith.addi %v695, %v600 : i64
        %v697 = llvm.getelementptr %in_u[%v694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v698 = llvm.load %v697 : !llvm.ptr -> f32
        %v699 = arith.addi %v599, %v186 : i64
        %v700 = arith.constant true
        %v701 = arith.addi %v62, %v699 : i64
        %v702 = llvm.getelementptr %v37[%v701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v703 = llvm.load %v702 : !llvm.ptr<3> -> i64
        %v704 = arith.addi %v598, %v600 : i64
        %v705 = arith.cmpi slt, %v704, %v77 : i64
        %v706 = arith.subi %size_L, %v2 : i64
        %v707 = arith.minsi %v704, %v706 : i64
        %v708 = arith.addi %v703, %v707 : i64
        %v709 = arith.muli %v701, %v91 : i64
        %v710 = arith.addi %v709, %v600 : i64
        %v711 = llvm.getelementptr %in_u[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v712 = llvm.load %v711 : !llvm.ptr -> f32
        %v713 = arith.addi %v599, %v1 : i64
        %v714 = arith.constant true
        %v715 = arith.addi %v62, %v713 : i64
        %v716 = llvm.getelementptr %v37[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v717 = llvm.load %v716 : !llvm.ptr<3> -> i64
        %v718 = arith.addi %v598, %v600 : i64
        %v719 = arith.cmpi slt, %v718, %v77 : i64
        %v720 = arith.subi %size_L, %v2 : i64
        %v721 = arith.minsi %v718, %v720 : i64
        %v722 = arith.addi %v717, %v721 : i64
        %v723 = arith.muli %v715, %v91 : i64
        %v724 = arith.addi %v723, %v600 : i64
        %v725 = llvm.getelementptr %in_u[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v726 = llvm.load %v725 : !llvm.ptr -> f32
        %v727 = arith.addi %v599, %v215 : i64
        %v728 = arith.constant true
        %v729 = arith.addi %v62, %v727 : i64
        %v730 = llvm.getelementptr %v37[%v729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v731 = llvm.load %v730 : !llvm.ptr<3> -> i64
        %v732 = arith.addi %v598, %v600 : i64
        %v733 = arith.cmpi slt, %v732, %v77 : i64
        %v734 = arith.subi %size_L, %v2 : i64
        %v735 = arith.minsi %v732, %v734 : i64
        %v736 = arith.addi %v731, %v735 : i64
        %v737 = arith.muli %v729, %v91 : i64
        %v738 = arith.addi %v737, %v600 : i64
        %v739 = llvm.getelementptr %in_u[%v736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v740 = llvm.load %v739 : !llvm.ptr -> f32
        %v741 = arith.addi %v599, %v230 : i64
        %v742 = arith.constant true
        %v743 = arith.addi %v62, %v741 : i64
        %v744 = llvm.getelementptr %v37[%v743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v745 = llvm.load %v744 : !llvm.ptr<3> -> i64
        %v746 = arith.addi %v598, %v600 : i64
        %v747 = arith.cmpi slt, %v746, %v77 : i64
        %v748 = arith.subi %size_L, %v2 : i64
        %v749 = arith.minsi %v746, %v748 : i64
        %v750 = arith.addi %v745, %v749 : i64
        %v751 = arith.muli %v743, %v91 : i64
        %v752 = arith.addi %v751, %v600 : i64
        %v753 = llvm.getelementptr %in_u[%v750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v754 = llvm.load %v753 : !llvm.ptr -> f32
        %v755 = arith.addi %v599, %v245 : i64
        %v756 = arith.constant true
        %v757 = arith.addi %v62, %v755 : i64
        %v758 = llvm.getelementptr %v37[%v757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v759 = llvm.load %v758 : !llvm.ptr<3> -> i64
        %v760 = arith.addi %v598, %v600 : i64
        %v761 = arith.cmpi slt, %v760, %v77 : i64
        %v762 = arith.subi %size_L, %v2 : i64
        %v763 = arith.minsi %v760, %v762 : i64
        %v764 = arith.addi %v759, %v763 : i64
        %v765 = arith.muli %v757, %v91 : i64
        %v766 = arith.addi %v765, %v600 : i64
        %v767 = llvm.getelementptr %in_u[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v768 = llvm.load %v767 : !llvm.ptr -> f32
        %v769 = arith.addi %v599, %v260 : i64
        %v770 = arith.constant true
        %v771 = arith.addi %v62, %v769 : i64
        %v772 = llvm.getelementptr %v37[%v771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v773 = llvm.load %v772 : !llvm.ptr<3> -> i64
        %v774 = arith.addi %v598, %v600 : i64
        %v775 = arith.cmpi slt, %v774, %v77 : i64
        %v776 = arith.subi %size_L, %v2 : i64
        %v777 = arith.minsi %v774, %v776 : i64
        %v778 = arith.addi %v773, %v777 : i64
        %v779 = arith.muli %v771, %v91 : i64
        %v780 = arith.addi %v779, %v600 : i64
        %v781 = llvm.getelementptr %in_u[%v778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v782 = llvm.load %v781 : !llvm.ptr -> f32
        %v783 = arith.addi %v599, %v275 : i64
        %v784 = arith.constant true
        %v785 = arith.addi %v62, %v783 : i64
        %v786 = llvm.getelementptr %v37[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v787 = llvm.load %v786 : !llvm.ptr<3> -> i64
        %v788 = arith.addi %v598, %v600 : i64
        %v789 = arith.cmpi slt, %v788, %v77 : i64
        %v790 = arith.subi %size_L, %v2 : i64
        %v791 = arith.minsi %v788, %v790 : i64
        %v792 = arith.addi %v787, %v791 : i64
        %v793 = arith.muli %v785, %v91 : i64
        %v794 = arith.addi %v793, %v600 : i64
        %v795 = llvm.getelementptr %in_u[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v796 = llvm.load %v795 : !llvm.ptr -> f32
        %v797 = arith.addi %v599, %v290 : i64
        %v798 = arith.constant true
        %v799 = arith.addi %v62, %v797 : i64
        %v800 = llvm.getelementptr %v37[%v799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v801 = llvm.load %v800 : !llvm.ptr<3> -> i64
        %v802 = arith.addi %v598, %v600 : i64
        %v803 = arith.cmpi slt, %v802, %v77 : i64
        %v804 = arith.subi %size_L, %v2 : i64
        %v805 = arith.minsi %v802, %v804 : i64
        %v806 = arith.addi %v801, %v805 : i64
        %v807 = arith.muli %v799, %v91 : i64
        %v808 = arith.addi %v807, %v600 : i64
        %v809 = llvm.getelementptr %in_u[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v810 = llvm.load %v809 : !llvm.ptr -> f32
        %v811 = arith.addi %v599, %v305 : i64
        %v812 = arith.constant true
        %v813 = arith.addi %v62, %v811 : i64
        %v814 = llvm.getelementptr %v37[%v813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v815 = llvm.load %v814 : !llvm.ptr<3> -> i64
        %v816 = arith.addi %v598, %v600 : i64
        %v817 = arith.cmpi slt, %v816, %v77 : i64
        %v818 = arith.subi %size_L, %v2 : i64
        %v819 = arith.minsi %v816, %v818 : i64
        %v820 = arith.addi %v815, %v819 : i64
        %v821 = arith.muli %v813, %v91 : i64
        %v822 = arith.addi %v821, %v600 : i64
        %v823 = llvm.getelementptr %in_u[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v824 = llvm.load %v823 : !llvm.ptr -> f32
        %v825 = arith.addi %v599, %v78 : i64
        %v826 = arith.constant true
        %v827 = arith.addi %v62, %v825 : i64
        %v828 = llvm.getelementptr %v37[%v827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v829 = llvm.load %v828 : !llvm.ptr<3> -> i64
        %v830 = arith.addi %v598, %v600 : i64
        %v831 = arith.cmpi slt, %v830, %v77 : i64
        %v832 = arith.subi %size_L, %v2 : i64
        %v833 = arith.minsi %v830, %v832 : i64
        %v834 = arith.addi %v829, %v833 : i64
        %v835 = arith.muli %v827, %v91 : i64
        %v836 = arith.addi %v835, %v600 : i64
        %v837 = llvm.getelementptr %in_u[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v838 = llvm.load %v837 : !llvm.ptr -> f32
        %v839 = arith.addi %v599, %v334 : i64
        %v840 = arith.constant true
        %v841 = arith.addi %v62, %v839 : i64
        %v842 = llvm.getelementptr %v37[%v841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v843 = llvm.load %v842 : !llvm.ptr<3> -> i64
        %v844 = arith.addi %v598, %v600 : i64
        %v845 = arith.cmpi slt, %v844, %v77 : i64
        %v846 = arith.subi %size_L, %v2 : i64
        %v847 = arith.minsi %v844, %v846 : i64
        %v848 = arith.addi %v843, %v847 : i64
        %v849 = arith.muli %v841, %v91 : i64
        %v850 = arith.addi %v849, %v600 : i64
        %v851 = llvm.getelementptr %in_u[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v852 = llvm.load %v851 : !llvm.ptr -> f32
        %v853 = arith.addi %v599, %v349 : i64
        %v854 = arith.constant true
        %v855 = arith.addi %v62, %v853 : i64
        %v856 = llvm.getelementptr %v37[%v855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v857 = llvm.load %v856 : !llvm.ptr<3> -> i64
        %v858 = arith.addi %v598, %v600 : i64
        %v859 = arith.cmpi slt, %v858, %v77 : i64
        %v860 = arith.subi %size_L, %v2 : i64
        %v861 = arith.minsi %v858, %v860 : i64
        %v862 = arith.addi %v857, %v861 : i64
        %v863 = arith.muli %v855, %v91 : i64
        %v864 = arith.addi %v863, %v600 : i64
        %v865 = llvm.getelementptr %in_u[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v866 = llvm.load %v865 : !llvm.ptr -> f32
        %v867 = arith.addi %v599, %v364 : i64
        %v868 = arith.constant true
        %v869 = arith.addi %v62, %v867 : i64
        %v870 = llvm.getelementptr %v37[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v871 = llvm.load %v870 : !llvm.ptr<3> -> i64
        %v872 = arith.addi %v598, %v600 : i64
        %v873 = arith.cmpi slt, %v872, %v77 : i64
        %v874 = arith.subi %size_L, %v2 : i64
        %v875 = arith.minsi %v872, %v874 : i64
        %v876 = arith.addi %v871, %v875 : i64
        %v877 = arith.muli %v869, %v91 : i64
        %v878 = arith.addi %v877, %v600 : i64
        %v879 = llvm.getelementptr %in_u[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v880 = llvm.load %v879 : !llvm.ptr -> f32
        %v881 = arith.addi %v599, %v379 : i64
        %v882 = arith.constant true
        %v883 = arith.addi %v62, %v881 : i64
        %v884 = llvm.getelementptr %v37[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v885 = llvm.load %v884 : !llvm.ptr<3> -> i64
        %v886 = arith.addi %v598, %v600 : i64
        %v887 = arith.cmpi slt, %v886, %v77 : i64
        %v888 = arith.subi %size_L, %v2 : i64
        %v889 = arith.minsi %v886, %v888 : i64
        %v890 = arith.addi %v885, %v889 : i64
        %v891 = arith.muli %v883, %v91 : i64
        %v892 = arith.addi %v891, %v600 : i64
        %v893 = llvm.getelementptr %in_u[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v894 = llvm.load %v893 : !llvm.ptr -> f32
        %v895 = arith.addi %v599, %v394 : i64
        %v896 = arith.constant true
        %v897 = arith.addi %v62, %v895 : i64
        %v898 = llvm.getelementptr %v37[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v899 = llvm.load %v898 : !llvm.ptr<3> -> i64
        %v900 = arith.addi %v598, %v600 : i64
        %v901 = arith.cmpi slt, %v900, %v77 : i64
        %v902 = arith.subi %size_L, %v2 : i64
        %v903 = arith.minsi %v900, %v902 : i64
        %v904 = arith.addi %v899, %v903 : i64
        %v905 = arith.muli %v897, %v91 : i64
        %v906 = arith.addi %v905, %v600 : i64
        %v907 = llvm.getelementptr %in_u[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v908 = llvm.load %v907 : !llvm.ptr -> f32
        %v909 = arith.addi %v599, %v409 : i64
        %v910 = arith.constant true
        %v911 = arith.addi %v62, %v909 : i64
        %v912 = llvm.getelementptr %v37[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v913 = llvm.load %v912 : !llvm.ptr<3> -> i64
        %v914 = arith.addi %v598, %v600 : i64
        %v915 = arith.cmpi slt, %v914, %v77 : i64
        %v916 = arith.subi %size_L, %v2 : i64
        %v917 = arith.minsi %v914, %v916 : i64
        %v918 = arith.addi %v913, %v917 : i64
        %v919 = arith.muli %v911, %v91 : i64
        %v920 = arith.addi %v919, %v600 : i64
        %v921 = llvm.getelementptr %in_u[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v922 = llvm.load %v921 : !llvm.ptr -> f32
        %v923 = arith.addi %v599, %v424 : i64
        %v924 = arith.constant true
        %v925 = arith.addi %v62, %v923 : i64
        %v926 = llvm.getelementptr %v37[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v927 = llvm.load %v926 : !llvm.ptr<3> -> i64
        %v928 = arith.addi %v598, %v600 : i64
        %v929 = arith.cmpi slt, %v928, %v77 : i64
        %v930 = arith.subi %size_L, %v2 : i64
        %v931 = arith.minsi %v928, %v930 : i64
        %v932 = arith.addi %v927, %v931 : i64
        %v933 = arith.muli %v925, %v91 : i64
        %v934 = arith.addi %v933, %v600 : i64
        %v935 = llvm.getelementptr %in_u[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v936 = llvm.load %v935 : !llvm.ptr -> f32
        %v937 = arith.addi %v599, %v439 : i64
        %v938 = arith.constant true
        %v939 = arith.addi %v62, %v937 : i64
        %v940 = llvm.getelementptr %v37[%v939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v941 = llvm.load %v940 : !llvm.ptr<3> -> i64
        %v942 = arith.addi %v598, %v600 : i64
        %v943 = arith.cmpi slt, %v942, %v77 : i64
        %v944 = arith.subi %size_L, %v2 : i64
        %v945 = arith.minsi %v942, %v944 : i64
        %v946 = arith.addi %v941, %v945 : i64
        %v947 = arith.muli %v939, %v91 : i64
        %v948 = arith.addi %v947, %v600 : i64
        %v949 = llvm.getelementptr %in_u[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v950 = llvm.load %v949 : !llvm.ptr -> f32
        %v951 = arith.addi %v599, %v454 : i64
        %v952 = arith.constant true
        %v953 = arith.addi %v62, %v951 : i64
        %v954 = llvm.getelementptr %v37[%v953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v955 = llvm.load %v954 : !llvm.ptr<3> -> i64
        %v956 = arith.addi %v598, %v600 : i64
        %v957 = arith.cmpi slt, %v956, %v77 : i64
        %v958 = arith.subi %size_L, %v2 : i64
        %v959 = arith.minsi %v956, %v958 : i64
        %v960 = arith.addi %v955, %v959 : i64
        %v961 = arith.muli %v953, %v91 : i64
        %v962 = arith.addi %v961, %v600 : i64
        %v963 = llvm.getelementptr %in_u[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v964 = llvm.load %v963 : !llvm.ptr -> f32
        %v965 = arith.addi %v599, %v469 : i64
        %v966 = arith.constant true
        %v967 = arith.addi %v62, %v965 : i64
        %v968 = llvm.getelementptr %v37[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v969 = llvm.load %v968 : !llvm.ptr<3> -> i64
        %v970 = arith.addi %v598, %v600 : i64
        %v971 = arith.cmpi slt, %v970, %v77 : i64
        %v972 = arith.subi %size_L, %v2 : i64
        %v973 = arith.minsi %v970, %v972 : i64
        %v974 = arith.addi %v969, %v973 : i64
        %v975 = arith.muli %v967, %v91 : i64
        %v976 = arith.addi %v975, %v600 : i64
        %v977 = llvm.getelementptr %in_u[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v978 = llvm.load %v977 : !llvm.ptr -> f32
        %v979 = arith.addi %v599, %v484 : i64
        %v980 = arith.constant true
        %v981 = arith.addi %v62, %v979 : i64
        %v982 = llvm.getelementptr %v37[%v981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v983 = llvm.load %v982 : !llvm.ptr<3> -> i64
        %v984 = arith.addi %v598, %v600 : i64
        %v985 = arith.cmpi slt, %v984, %v77 : i64
        %v986 = arith.subi %size_L, %v2 : i64
        %v987 = arith.minsi %v984, %v986 : i64
        %v988 = arith.addi %v983, %v987 : i64
        %v989 = arith.muli %v981, %v91 : i64
        %v990 = arith.addi %v989, %v600 : i64
        %v991 = llvm.getelementptr %in_u[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v992 = llvm.load %v991 : !llvm.ptr -> f32
        %v993 = arith.addi %v599, %v499 : i64
        %v994 = arith.constant true
        %v995 = arith.addi %v62, %v993 : i64
        %v996 = llvm.getelementptr %v37[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v997 = llvm.load %v996 : !llvm.ptr<3> -> i64
        %v998 = arith.addi %v598, %v600 : i64
        %v999 = arith.cmpi slt, %v998, %v77 : i64
        %v1000 = arith.subi %size_L, %v2 : i64
        %v1001 = arith.minsi %v998, %v1000 : i64
        %v1002 = arith.addi %v997, %v1001 : i64
        %v1003 = arith.muli %v995, %v91 : i64
        %v1004 = arith.addi %v1003, %v600 : i64
        %v1005 = llvm.getelementptr %in_u[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
        %v1007 = arith.addi %v599, %v514 : i64
        %v1008 = arith.constant true
        %v1009 = arith.addi %v62, %v1007 : i64
        %v1010 = llvm.getelementptr %v37[%v1009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1011 = llvm.load %v1010 : !llvm.ptr<3> -> i64
        %v1012 = arith.addi %v598, %v600 : i64
        %v1013 = arith.cmpi slt, %v1012, %v77 : i64
        %v1014 = arith.subi %size_L, %v2 : i64
        %v1015 = arith.minsi %v1012, %v1014 : i64
        %v1016 = arith.addi %v1011, %v1015 : i64
        %v1017 = arith.muli %v1009, %v91 : i64
        %v1018 = arith.addi %v1017, %v600 : i64
        %v1019 = llvm.getelementptr %in_u[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
        %v1021 = arith.addi %v599, %v529 : i64
        %v1022 = arith.constant true
        %v1023 = arith.addi %v62, %v1021 : i64
        %v1024 = llvm.getelementptr %v37[%v1023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1025 = llvm.load %v1024 : !llvm.ptr<3> -> i64
        %v1026 = arith.addi %v598, %v600 : i64
        %v1027 = arith.cmpi slt, %v1026, %v77 : i64
        %v1028 = arith.subi %size_L, %v2 : i64
        %v1029 = arith.minsi %v1026, %v1028 : i64
        %v1030 = arith.addi %v1025, %v1029 : i64
        %v1031 = arith.muli %v1023, %v91 : i64
        %v1032 = arith.addi %v1031, %v600 : i64
        %v1033 = llvm.getelementptr %in_u[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
        %v1035 = arith.addi %v599, %v544 : i64
        %v1036 = arith.constant true
        %v1037 = arith.addi %v62, %v1035 : i64
        %v1038 = llvm.getelementptr %v37[%v1037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1039 = llvm.load %v1038 : !llvm.ptr<3> -> i64
        %v1040 = arith.addi %v598, %v600 : i64
        %v1041 = arith.cmpi slt, %v1040, %v77 : i64
        %v1042 = arith.subi %size_L, %v2 : i64
        %v1043 = arith.minsi %v1040, %v1042 : i64
        %v1044 = arith.addi %v1039, %v1043 : i64
        %v1045 = arith.muli %v1037, %v91 : i64
        %v1046 = arith.addi %v1045, %v600 : i64
        %v1047 = llvm.getelementptr %in_u[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
        %v1049 = arith.index_cast %v62 : i64 to index
        %v1050 = arith.index_cast %v597 : i64 to index
        %v1051 = arith.index_cast %v2 : i64 to index
        scf.for %v1052 = %v1049 to %v1050 step %v1051 {
          %v1053 = arith.index_cast %v1052 : index to i64
          %v1054 = arith.addi %v595, %v1053 : i64
          %v1077 = arith.muli %v62, %v47 : i64
          %v1078 = arith.addi %v1077, %v45 : i64
          %v1079 = arith.muli %v1078, %v91 : i64
          %v1080 = arith.addi %v1079, %v1053 : i64
          %v1081 = llvm.getelementptr %v38[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v1082 = llvm.load %v1081 : !llvm.ptr<3> -> f32
          %v1083 = arith.mulf %v1076, %v1082 fastmath<contract> : f32
          %v1084 = llvm.load %v5 : !llvm.ptr -> f32
          %v1085 = arith.mulf %v1070, %v1084 fastmath<contract> : f32
          %v1086 = arith.addf %v1085, %v1083 fastmath<contract> : f32
          %v1087 = llvm.load %v21 : !llvm.ptr -> f32
          %v1088 = arith.mulf %v1070, %v1087 fastmath<contract> : f32
          %v1110 = arith.mulf %v1109, %v1082 fastmath<contract> : f32
          %v1111 = llvm.load %v6 : !llvm.ptr -> f32
          %v1112 = arith.mulf %v1100, %v1111 fastmath<contract> : f32
          %v1113 = arith.addf %v1112, %v1110 fastmath<contract> : f32
          %v1114 = llvm.load %v22 : !llvm.ptr -> f32
          %v1115 = arith.mulf %v1100, %v1114 fastmath<contract> : f32
          %v1137 = arith.mulf %v1136, %v1082 fastmath<contract> : f32
          %v1138 = llvm.load %v7 : !llvm.ptr -> f32
          %v1139 = arith.mulf %v1127, %v1138 fastmath<contract> : f32
          %v1140 = arith.addf %v1139, %v1137 fastmath<contract> : f32
          %v1141 = llvm.load %v23 : !llvm.ptr -> f32
          %v1142 = arith.mulf %v1127, %v1141 fastmath<contract> : f32
          %v1164 = arith.mulf %v1163, %v1082 fastmath<contract> : f32
          %v1165 = llvm.load %v8 : !llvm.ptr -> f32
          %v1166 = arith.mulf %v1154, %v1165 fastmath<contract> : f32
          %v1167 = arith.addf %v1166, %v1164 fastmath<contract> : f32
          %v1168 = llvm.load %v24 : !llvm.ptr -> f32
          %v1169 = arith.mulf %v1154, %v1168 fastmath<contract> : f32
          %v1191 = arith.mulf %v1190, %v1082 fastmath<contract> : f32
          %v1192 = llvm.load %v9 : !llvm.ptr -> f32
          %v1193 = arith.mulf %v1181, %v1192 fastmath<contract> : f32
          %v1194 = arith.addf %v1193, %v1191 fastmath<contract> : f32
          %v1195 = llvm.load %v25 : !llvm.ptr -> f32
          %v1196 = arith.mulf %v1181, %v1195 fastmath<contract> : f32
          %v1218 = arith.mulf %v1217, %v1082 fastmath<contract> : f32
          %v1219 = llvm.load %v10 : !llvm.ptr -> f32
          %v1220 = arith.mulf %v1208, %v1219 fastmath<contract> : f32
          %v1221 = arith.addf %v1220, %v1218 fastmath<contract> : f32
          %v1222 = llvm.load %v26 : !llvm.ptr -> f32
          %v1223 = arith.mulf %v1208, %v1222 fastmath<contract> : f32
          %v1245 = arith.mulf %v1244, %v1082 fastmath<contract> : f32
          %v1246 = llvm.load %v11 : !llvm.ptr -> f32
          %v1247 = arith.mulf %v1235, %v1246 fastmath<contract> : f32
          %v1248 = arith.addf %v1247, %v1245 fastmath<contract> : f32
          %v1249 = llvm.load %v27 : !llvm.ptr -> f32
          %v1250 = arith.mulf %v1235, %v1249 fastmath<contract> : f32
          %v1272 = arith.mulf %v1271, %v1082 fastmath<contract> : f32
          %v1273 = llvm.load %v12 : !llvm.ptr -> f32
          %v1274 = arith.mulf %v1262, %v1273 fastmath<contract> : f32
          %v1275 = arith.addf %v1274, %v1272 fastmath<contract> : f32
          %v1276 = llvm.load %v28 : !llvm.ptr -> f32
          %v1277 = arith.mulf %v1262, %v1276 fastmath<contract> : f32
          %v1299 = arith.mulf %v1298, %v1082 fastmath<contract> : f32
          %v1300 = llvm.load %v13 : !llvm.ptr -> f32
          %v1301 = arith.mulf %v1289, %v1300 fastmath<contract> : f32
          %v1302 = arith.addf %v1301, %v1299 fastmath<contract> : f32
          %v1303 = llvm.load %v29 : !llvm.ptr -> f32
          %v1304 = arith.mulf %v1289, %v1303 fastmath<contract> : f32
          %v1326 = arith.mulf %v1325, %v1082 fastmath<contract> : f32
          %v1327 = llvm.load %v14 : !llvm.ptr -> f32
          %v1328 = arith.mulf %v1316, %v1327 fastmath<contract> : f32
          %v1329 = arith.addf %v1328, %v1326 fastmath<contract> : f32
          %v1330 = llvm.load %v30 : !llvm.ptr -> f32
          %v1331 = arith.mulf %v1316, %v1330 fastmath<contract> : f32
          %v1353 = arith.mulf %v1352, %v1082 fastmath<contract> : f32
          %v1354 = llvm.load %v15 : !llvm.ptr -> f32
          %v1355 = arith.mulf %v1343, %v1354 fastmath<contract> : f32
          %v1356 = arith.addf %v1355, %v1353 fastmath<contract> : f32
          %v1357 = llvm.load %v31 : !llvm.ptr -> f32
          %v1358 = arith.mulf %v1343, %v1357 fastmath<contract> : f32
          %v1380 = arith.mulf %v1379, %v1082 fastmath<contract> : f32
          %v1381 = llvm.load %v16 : !llvm.ptr -> f32
          %v1382 = arith.mulf %v1370, %v1381 fastmath<contract> : f32
          %v1383 = arith.addf %v1382, %v1380 fastmath<contract> : f32
          %v1384 = llvm.load %v32 : !llvm.ptr -> f32
          %v1385 = arith.mulf %v1370, %v1384 fastmath<contract> : f32
          %v1407 = arith.mulf %v1406, %v1082 fastmath<contract> : f32
          %v1408 = llvm.load %v17 : !llvm.ptr -> f32
          %v1409 = arith.mulf %v1397, %v1408 fastmath<contract> : f32
          %v1410 = arith.addf %v1409, %v1407 fastmath<contract> : f32
          %v1411 = llvm.load %v33 : !llvm.ptr -> f32
          %v1412 = arith.mulf %v1397, %v1411 fastmath<contract> : f32
          %v1434 = arith.mulf %v1433, %v1082 fastmath<contract> : f32
          %v1435 = llvm.load %v18 : !llvm.ptr -> f32
          %v1436 = arith.mulf %v1424, %v1435 fastmath<contract> : f32
          %v1437 = arith.addf %v1436, %v1434 fastmath<contract> : f32
          %v1438 = llvm.load %v34 : !llvm.ptr -> f32
          %v1439 = arith.mulf %v1424, %v1438 fastmath<contract> : f32
          %v1461 = arith.mulf %v1460, %v1082 fastmath<contract> : f32
          %v1462 = llvm.load %v19 : !llvm.ptr -> f32
          %v1463 = arith.mulf %v1451, %v1462 fastmath<contract> : f32
          %v1464 = arith.addf %v1463, %v1461 fastmath<contract> : f32
          %v1465 = llvm.load %v35 : !llvm.ptr -> f32
          %v1466 = arith.mulf %v1451, %v1465 fastmath<contract> : f32
          %v1488 = arith.mulf %v1487, %v1082 fastmath<contract> : f32
          %v1489 = llvm.load %v20 : !llvm.ptr -> f32
          %v1490 = arith.mulf %v1478, %v1489 fastmath<contract> : f32
          %v1491 = arith.addf %v1490, %v1488 fastmath<contract> : f32
          %v1492 = llvm.load %v36 : !llvm.ptr -> f32
          %v1493 = arith.mulf %v1478, %v1492 fastmath<contract> : f32
          llvm.store %v1086, %v5 : f32, !llvm.ptr
          llvm.store %v1088, %v21 : f32, !llvm.ptr
          llvm.store %v1113, %v6 : f32, !llvm.ptr
          llvm.store %v1115, %v22 : f32, !llvm.ptr
          llvm.store %v1140, %v7 : f32, !llvm.ptr
          llvm.store %v1142, %v23 : f32, !llvm.ptr
          llvm.store %v1167, %v8 : f32, !llvm.ptr
          llvm.store %v1169, %v24 : f32, !llvm.ptr
          llvm.store %v1194, %v9 : f32, !llvm.ptr
          llvm.store %v1196, %v25 : f32, !llvm.ptr
          llvm.store %v1221, %v10 : f32, !llvm.ptr
          llvm.store %v1223, %v26 : f32, !llvm.ptr
          llvm.store %v1248, %v11 : f32, !llvm.ptr
          llvm.store %v1250, %v27 : f32, !llvm.ptr
          llvm.store %v1275, %v12 : f32, !llvm.ptr
          llvm.store %v1277, %v28 : f32, !llvm.ptr
          llvm.store %v1302, %v13 : f32, !llvm.ptr
          llvm.store %v1304, %v29 : f32, !llvm.ptr
          llvm.store %v1329, %v14 : f32, !llvm.ptr
          llvm.store %v1331, %v30 : f32, !llvm.ptr
          llvm.store %v1356, %v15 : f32, !llvm.ptr
          llvm.store %v1358, %v31 : f32, !llvm.ptr
          llvm.store %v1383, %v16 : f32, !llvm.ptr
          llvm.store %v1385, %v32 : f32, !llvm.ptr
          llvm.store %v1410, %v17 : f32, !llvm.ptr
          llvm.store %v1412, %v33 : f32, !llvm.ptr
          llvm.store %v1437, %v18 : f32, !llvm.ptr
          llvm.store %v1439, %v34 : f32, !llvm.ptr
          llvm.store %v1464, %v19 : f32, !llvm.ptr
          llvm.store %v1466, %v35 : f32, !llvm.ptr
          llvm.store %v1491, %v20 : f32, !llvm.ptr
          llvm.store %v1493, %v36 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1494 = arith.addi %v62, %v45 : i64
        %v1495 = arith.divui %v1494, %v78 : i64
        %v1496 = arith.remui %v1494, %v78 : i64
        %v1497 = arith.addi %v62, %v1495 : i64
        %v1498 = arith.muli %v1497, %v91 : i64
        %v1499 = arith.addi %v1498, %v1496 : i64
        %v1500 = llvm.getelementptr %v38[%v1499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v614, %v1500 : f32, !llvm.ptr<3>
        %v1501 = arith.addi %v47, %v45 : i64
        %v1502 = arith.divui %v1501, %v78 : i64
        %v1503 = arith.remui %v1501, %v78 : i64
        %v1504 = arith.addi %v62, %v1502 : i64
        %v1505 = arith.muli %v1504, %v91 : i64
        %v1506 = arith.addi %v1505, %v1503 : i64
        %v1507 = llvm.getelementptr %v38[%v1506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v628, %v1507 : f32, !llvm.ptr<3>
        %v1509 = arith.addi %v1508, %v45 : i64
        %v1510 = arith.divui %v1509, %v78 : i64
        %v1511 = arith.remui %v1509, %v78 : i64
        %v1512 = arith.addi %v62, %v1510 : i64
        %v1513 = arith.muli %v1512, %v91 : i64
        %v1514 = arith.addi %v1513, %v1511 : i64
        %v1515 = llvm.getelementptr %v38[%v1514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v642, %v1515 : f32, !llvm.ptr<3>
        %v1517 = arith.addi %v1516, %v45 : i64
        %v1518 = arith.divui %v1517, %v78 : i64
        %v1519 = arith.remui %v1517, %v78 : i64
        %v1520 = arith.addi %v62, %v1518 : i64
        %v1521 = arith.muli %v1520, %v91 : i64
        %v1522 = arith.addi %v1521, %v1519 : i64
        %v1523 = llvm.getelementptr %v38[%v1522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v656, %v1523 : f32, !llvm.ptr<3>
        %v1524 = arith.addi %v41, %v45 : i64
        %v1525 = arith.divui %v1524, %v78 : i64
        %v1526 = arith.remui %v1524, %v78 : i64
        %v1527 = arith.addi %v62, %v1525 : i64
        %v1528 = arith.muli %v1527, %v91 : i64
        %v1529 = arith.addi %v1528, %v1526 : i64
        %v1530 = llvm.getelementptr %v38[%v1529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v670, %v1530 : f32, !llvm.ptr<3>
        %v1532 = arith.addi %v1531, %v45 : i64
        %v1533 = arith.divui %v1532, %v78 : i64
        %v1534 = arith.remui %v1532, %v78 : i64
        %v1535 = arith.addi %v62, %v1533 : i64
        %v1536 = arith.muli %v1535, %v91 : i64
        %v1537 = arith.addi %v1536, %v1534 : i64
        %v1538 = llvm.getelementptr %v38[%v1537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v684, %v1538 : f32, !llvm.ptr<3>
        %v1540 = arith.addi %v1539, %v45 : i64
        %v1541 = arith.divui %v1540, %v78 : i64
        %v1542 = arith.remui %v1540, %v78 : i64
        %v1543 = arith.addi %v62, %v1541 : i64
        %v1544 = arith.muli %v1543, %v91 : i64
        %v1545 = arith.addi %v1544, %v1542 : i64
        %v1546 = llvm.getelementptr %v38[%v1545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v698, %v1546 : f32, !llvm.ptr<3>
        %v1548 = arith.addi %v1547, %v45 : i64
        %v1549 = arith.divui %v1548, %v78 : i64
        %v1550 = arith.remui %v1548, %v78 : i64
        %v1551 = arith.addi %v62, %v1549 : i64
        %v1552 = arith.muli %v1551, %v91 : i64
        %v1553 = arith.addi %v1552, %v1550 : i64
        %v1554 = llvm.getelementptr %v38[%v1553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v712, %v1554 : f32, !llvm.ptr<3>
        %v1556 = arith.addi %v1555, %v45 : i64
        %v1557 = arith.divui %v1556, %v78 : i64
        %v1558 = arith.remui %v1556, %v78 : i64
        %v1559 = arith.addi %v62, %v1557 : i64
        %v1560 = arith.muli %v1559, %v91 : i64
        %v1561 = arith.addi %v1560, %v1558 : i64
        %v1562 = llvm.getelementptr %v38[%v1561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v726, %v1562 : f32, !llvm.ptr<3>
        %v1564 = arith.addi %v1563, %v45 : i64
        %v1565 = arith.divui %v1564, %v78 : i64
        %v1566 = arith.remui %v1564, %v78 : i64
        %v1567 = arith.addi %v62, %v1565 : i64
        %v1568 = arith.muli %v1567, %v91 : i64
        %v1569 = arith.addi %v1568, %v1566 : i64
        %v1570 = llvm.getelementptr %v38[%v1569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v740, %v1570 : f32, !llvm.ptr<3>
        %v1572 = arith.addi %v1571, %v45 : i64
        %v1573 = arith.divui %v1572, %v78 : i64
        %v1574 = arith.remui %v1572, %v78 : i64
        %v1575 = arith.addi %v62, %v1573 : i64
        %v1576 = arith.muli %v1575, %v91 : i64
        %v1577 = arith.addi %v1576, %v1574 : i64
        %v1578 = llvm.getelementptr %v38[%v1577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v754, %v1578 : f32, !llvm.ptr<3>
        %v1580 = arith.addi %v1579, %v45 : i64
        %v1581 = arith.divui %v1580, %v78 : i64
        %v1582 = arith.remui %v1580, %v78 : i64
        %v1583 = arith.addi %v62, %v1581 : i64
        %v1584 = arith.muli %v1583, %v91 : i64
        %v1585 = arith.addi %v1584, %v1582 : i64
        %v1586 = llvm.getelementptr %v38[%v1585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v768, %v1586 : f32, !llvm.ptr<3>
        %v1588 = arith.addi %v1587, %v45 : i64
        %v1589 = arith.divui %v1588, %v78 : i64
        %v1590 = arith.remui %v1588, %v78 : i64
        %v1591 = arith.addi %v62, %v1589 : i64
        %v1592 = arith.muli %v1591, %v91 : i64
        %v1593 = arith.addi %v1592, %v1590 : i64
        %v1594 = llvm.getelementptr %v38[%v1593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v782, %v1594 : f32, !llvm.ptr<3>
        %v1596 = arith.addi %v1595, %v45 : i64
        %v1597 = arith.divui %v1596, %v78 : i64
        %v1598 = arith.remui %v1596, %v78 : i64
        %v1599 = arith.addi %v62, %v1597 : i64
        %v1600 = arith.muli %v1599, %v91 : i64
        %v1601 = arith.addi %v1600, %v1598 : i64
        %v1602 = llvm.getelementptr %v38[%v1601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v796, %v1602 : f32, !llvm.ptr<3>
        %v1604 = arith.addi %v1603, %v45 : i64
        %v1605 = arith.divui %v1604, %v78 : i64
        %v1606 = arith.remui %v1604, %v78 : i64
        %v1607 = arith.addi %v62, %v1605 : i64
        %v1608 = arith.muli %v1607, %v91 : i64
        %v1609 = arith.addi %v1608, %v1606 : i64
        %v1610 = llvm.getelementptr %v38[%v1609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v810, %v1610 : f32, !llvm.ptr<3>
        %v1612 = arith.addi %v1611, %v45 : i64
        %v1613 = arith.divui %v1612, %v78 : i64
        %v1614 = arith.remui %v1612, %v78 : i64
        %v1615 = arith.addi %v62, %v1613 : i64
        %v1616 = arith.muli %v1615, %v91 : i64
        %v1617 = arith.addi %v1616, %v1614 : i64
        %v1618 = llvm.getelementptr %v38[%v1617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v824, %v1618 : f32, !llvm.ptr<3>
        %v1620 = arith.addi %v1619, %v45 : i64
        %v1621 = arith.divui %v1620, %v78 : i64
        %v1622 = arith.remui %v1620, %v78 : i64
        %v1623 = arith.addi %v62, %v1621 : i64
        %v1624 = arith.muli %v1623, %v91 : i64
        %v1625 = arith.addi %v1624, %v1622 : i64
        %v1626 = llvm.getelementptr %v38[%v1625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v838, %v1626 : f32, !llvm.ptr<3>
        %v1628 = arith.addi %v1627, %v45 : i64
        %v1629 = arith.divui %v1628, %v78 : i64
        %v1630 = arith.remui %v1628, %v78 : i64
        %v1631 = arith.addi %v62, %v1629 : i64
        %v1632 = arith.muli %v1631, %v91 : i64
        %v1633 = arith.addi %v1632, %v1630 : i64
        %v1634 = llvm.getelementptr %v38[%v1633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v852, %v1634 : f32, !llvm.ptr<3>
        %v1636 = arith.addi %v1635, %v45 : i64
        %v1637 = arith.divui %v1636, %v78 : i64
        %v1638 = arith.remui %v1636, %v78 : i64
        %v1639 = arith.addi %v62, %v1637 : i64
        %v1640 = arith.muli %v1639, %v91 : i64
        %v1641 = arith.addi %v1640, %v1638 : i64
        %v1642 = llvm.getelementptr %v38[%v1641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v866, %v1642 : f32, !llvm.ptr<3>
        %v1644 = arith.addi %v1643, %v45 : i64
        %v1645 = arith.divui %v1644, %v78 : i64
        %v1646 = arith.remui %v1644, %v78 : i64
        %v1647 = arith.addi %v62, %v1645 : i64
        %v1648 = arith.muli %v1647, %v91 : i64
        %v1649 = arith.addi %v1648, %v1646 : i64
        %v1650 = llvm.getelementptr %v38[%v1649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v880, %v1650 : f32, !llvm.ptr<3>
        %v1652 = arith.addi %v1651, %v45 : i64
        %v1653 = arith.divui %v1652, %v78 : i64
        %v1654 = arith.remui %v1652, %v78 : i64
        %v1655 = arith.addi %v62, %v1653 : i64
        %v1656 = arith.muli %v1655, %v91 : i64
        %v1657 = arith.addi %v1656, %v1654 : i64
        %v1658 = llvm.getelementptr %v38[%v1657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v894, %v1658 : f32, !llvm.ptr<3>
        %v1660 = arith.addi %v1659, %v45 : i64
        %v1661 = arith.divui %v1660, %v78 : i64
        %v1662 = arith.remui %v1660, %v78 : i64
        %v1663 = arith.addi %v62, %v1661 : i64
        %v1664 = arith.muli %v1663, %v91 : i64
        %v1665 = arith.addi %v1664, %v1662 : i64
        %v1666 = llvm.getelementptr %v38[%v1665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v908, %v1666 : f32, !llvm.ptr<3>
        %v1668 = arith.addi %v1667, %v45 : i64
        %v1669 = arith.divui %v1668, %v78 : i64
        %v1670 = arith.remui %v1668, %v78 : i64
        %v1671 = arith.addi %v62, %v1669 : i64
        %v1672 = arith.muli %v1671, %v91 : i64
        %v1673 = arith.addi %v1672, %v1670 : i64
        %v1674 = llvm.getelementptr %v38[%v1673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v922, %v1674 : f32, !llvm.ptr<3>
        %v1676 = arith.addi %v1675, %v45 : i64
        %v1677 = arith.divui %v1676, %v78 : i64
        %v1678 = arith.remui %v1676, %v78 : i64
        %v1679 = arith.addi %v62, %v1677 : i64
        %v1680 = arith.muli %v1679, %v91 : i64
        %v1681 = arith.addi %v1680, %v1678 : i64
        %v1682 = llvm.getelementptr %v38[%v1681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v936, %v1682 : f32, !llvm.ptr<3>
        %v1684 = arith.addi %v1683, %v45 : i64
        %v1685 = arith.divui %v1684, %v78 : i64
        %v1686 = arith.remui %v1684, %v78 : i64
        %v1687 = arith.addi %v62, %v1685 : i64
        %v1688 = arith.muli %v1687, %v91 : i64
        %v1689 = arith.addi %v1688, %v1686 : i64
        %v1690 = llvm.getelementptr %v38[%v1689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v950, %v1690 : f32, !llvm.ptr<3>
        %v1692 = arith.addi %v1691, %v45 : i64
        %v1693 = arith.divui %v1692, %v78 : i64
        %v1694 = arith.remui %v1692, %v78 : i64
        %v1695 = arith.addi %v62, %v1693 : i64
        %v1696 = arith.muli %v1695, %v91 : i64
        %v1697 = arith.addi %v1696, %v1694 : i64
        %v1698 = llvm.getelementptr %v38[%v1697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v964, %v1698 : f32, !llvm.ptr<3>
        %v1700 = arith.addi %v1699, %v45 : i64
        %v1701 = arith.divui %v1700, %v78 : i64
        %v1702 = arith.remui %v1700, %v78 : i64
        %v1703 = arith.addi %v62, %v1701 : i64
        %v1704 = arith.muli %v1703, %v91 : i64
        %v1705 = arith.addi %v1704, %v1702 : i64
        %v1706 = llvm.getelementptr %v38[%v1705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v978, %v1706 : f32, !llvm.ptr<3>
        %v1708 = arith.addi %v1707, %v45 : i64
        %v1709 = arith.divui %v1708, %v78 : i64
        %v1710 = arith.remui %v1708, %v78 : i64
        %v1711 = arith.addi %v62, %v1709 : i64
        %v1712 = arith.muli %v1711, %v91 : i64
        %v1713 = arith.addi %v1712, %v1710 : i64
        %v1714 = llvm.getelementptr %v38[%v1713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v992, %v1714 : f32, !llvm.ptr<3>
        %v1716 = arith.addi %v1715, %v45 : i64
        %v1717 = arith.divui %v1716, %v78 : i64
        %v1718 = arith.remui %v1716, %v78 : i64
        %v1719 = arith.addi %v62, %v1717 : i64
        %v1720 = arith.muli %v1719, %v91 : i64
        %v1721 = arith.addi %v1720, %v1718 : i64
        %v1722 = llvm.getelementptr %v38[%v1721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1006, %v1722 : f32, !llvm.ptr<3>
        %v1724 = arith.addi %v1723, %v45 : i64
        %v1725 = arith.divui %v1724, %v78 : i64
        %v1726 = arith.remui %v1724, %v78 : i64
        %v1727 = arith.addi %v62, %v1725 : i64
        %v1728 = arith.muli %v1727, %v91 : i64
        %v1729 = arith.addi %v1728, %v1726 : i64
        %v1730 = llvm.getelementptr %v38[%v1729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1020, %v1730 : f32, !llvm.ptr<3>
        %v1732 = arith.addi %v1731, %v45 : i64
        %v1733 = arith.divui %v1732, %v78 : i64
        %v1734 = arith.remui %v1732, %v78 : i64
        %v1735 = arith.addi %v62, %v1733 : i64
        %v1736 = arith.muli %v1735, %v91 : i64
        %v1737 = arith.addi %v1736, %v1734 : i64
        %v1738 = llvm.getelementptr %v38[%v1737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1034, %v1738 : f32, !llvm.ptr<3>
        %v1740 = arith.addi %v1739, %v45 : i64
        %v1741 = arith.divui %v1740, %v78 : i64
        %v1742 = arith.remui %v1740, %v78 : i64
        %v1743 = arith.addi %v62, %v1741 : i64
        %v1744 = arith.muli %v1743, %v91 : i64
        %v1745 = arith.addi %v1744, %v1742 : i64
        %v1746 = llvm.getelementptr %v38[%v1745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1048, %v1746 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v55 {
        %v1747 = arith.muli %v51, %v4 : i64
        %v1748 = arith.subi %v4, %v2 : i64
        %v1749 = arith.minsi %v54, %v1748 : i64
        %v1750 = arith.addi %v1747, %v1749 : i64
        %v1751 = arith.muli %v1750, %v1 : i64
        %v1752 = arith.addi %v1751, %v62 : i64
        %v1753 = llvm.load %v21 : !llvm.ptr -> f32
        %v1754 = llvm.getelementptr %agga_h[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1753, %v1754 : f32, !llvm.ptr
        %v1755 = llvm.load %v5 : !llvm.ptr -> f32
        %v1756 = llvm.getelementptr %aggb_h[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1755, %v1756 : f32, !llvm.ptr
        %v1757 = arith.muli %v51, %v4 : i64
        %v1758 = arith.subi %v4, %v2 : i64
        %v1759 = arith.minsi %v54, %v1758 : i64
        %v1760 = arith.addi %v1757, %v1759 : i64
        %v1761 = arith.muli %v1760, %v1 : i64
        %v1762 = arith.addi %v1761, %v2 : i64
        %v1763 = llvm.load %v22 : !llvm.ptr -> f32
        %v1764 = llvm.getelementptr %agga_h[%v1762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1763, %v1764 : f32, !llvm.ptr
        %v1765 = llvm.load %v6 : !llvm.ptr -> f32
        %v1766 = llvm.getelementptr %aggb_h[%v1762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1765, %v1766 : f32, !llvm.ptr
        %v1767 = arith.muli %v51, %v4 : i64
        %v1768 = arith.subi %v4, %v2 : i64
        %v1769 = arith.minsi %v54, %v1768 : i64
        %v1770 = arith.addi %v1767, %v1769 : i64
        %v1771 = arith.muli %v1770, %v1 : i64
        %v1772 = arith.addi %v1771, %v96 : i64
        %v1773 = llvm.load %v23 : !llvm.ptr -> f32
        %v1774 = llvm.getelementptr %agga_h[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1773, %v1774 : f32, !llvm.ptr
        %v1775 = llvm.load %v7 : !llvm.ptr -> f32
        %v1776 = llvm.getelementptr %aggb_h[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1775, %v1776 : f32, !llvm.ptr
        %v1777 = arith.muli %v51, %v4 : i64
        %v1778 = arith.subi %v4, %v2 : i64
        %v1779 = arith.minsi %v54, %v1778 : i64
        %v1780 = arith.addi %v1777, %v1779 : i64
        %v1781 = arith.muli %v1780, %v1 : i64
        %v1783 = arith.addi %v1781, %v1782 : i64
        %v1784 = llvm.load %v24 : !llvm.ptr -> f32
        %v1785 = llvm.getelementptr %agga_h[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1784, %v1785 : f32, !llvm.ptr
        %v1786 = llvm.load %v8 : !llvm.ptr -> f32
        %v1787 = llvm.getelementptr %aggb_h[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1786, %v1787 : f32, !llvm.ptr
        %v1788 = arith.muli %v51, %v4 : i64
        %v1789 = arith.subi %v4, %v2 : i64
        %v1790 = arith.minsi %v54, %v1789 : i64
        %v1791 = arith.addi %v1788, %v1790 : i64
        %v1792 = arith.muli %v1791, %v1 : i64
        %v1793 = arith.addi %v1792, %v111 : i64
        %v1794 = llvm.load %v25 : !llvm.ptr -> f32
        %v1795 = llvm.getelementptr %agga_h[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1794, %v1795 : f32, !llvm.ptr
        %v1796 = llvm.load %v9 : !llvm.ptr -> f32
        %v1797 = llvm.getelementptr %aggb_h[%v1793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1796, %v1797 : f32, !llvm.ptr
        %v1798 = arith.muli %v51, %v4 : i64
        %v1799 = arith.subi %v4, %v2 : i64
        %v1800 = arith.minsi %v54, %v1799 : i64
        %v1801 = arith.addi %v1798, %v1800 : i64
        %v1802 = arith.muli %v1801, %v1 : i64
        %v1804 = arith.addi %v1802, %v1803 : i64
        %v1805 = llvm.load %v26 : !llvm.ptr -> f32
        %v1806 = llvm.getelementptr %agga_h[%v1804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1805, %v1806 : f32, !llvm.ptr
        %v1807 = llvm.load %v10 : !llvm.ptr -> f32
        %v1808 = llvm.getelementptr %aggb_h[%v1804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1807, %v1808 : f32, !llvm.ptr
        %v1809 = arith.muli %v51, %v4 : i64
        %v1810 = arith.subi %v4, %v2 : i64
        %v1811 = arith.minsi %v54, %v1810 : i64
        %v1812 = arith.addi %v1809, %v1811 : i64
        %v1813 = arith.muli %v1812, %v1 : i64
        %v1814 = arith.addi %v1813, %v126 : i64
        %v1815 = llvm.load %v27 : !llvm.ptr -> f32
        %v1816 = llvm.getelementptr %agga_h[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1815, %v1816 : f32, !llvm.ptr
        %v1817 = llvm.load %v11 : !llvm.ptr -> f32
        %v1818 = llvm.getelementptr %aggb_h[%v1814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1817, %v1818 : f32, !llvm.ptr
        %v1819 = arith.muli %v51, %v4 : i64
        %v1820 = arith.subi %v4, %v2 : i64
        %v1821 = arith.minsi %v54, %v1820 : i64
        %v1822 = arith.addi %v1819, %v1821 : i64
        %v1823 = arith.muli %v1822, %v1 : i64
        %v1825 = arith.addi %v1823, %v1824 : i64
        %v1826 = llvm.load %v28 : !llvm.ptr -> f32
        %v1827 = llvm.getelementptr %agga_h[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1826, %v1827 : f32, !llvm.ptr
        %v1828 = llvm.load %v12 : !llvm.ptr -> f32
        %v1829 = llvm.getelementptr %aggb_h[%v1825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1828, %v1829 : f32, !llvm.ptr
        %v1830 = arith.muli %v51, %v4 : i64
        %v1831 = arith.subi %v4, %v2 : i64
        %v1832 = arith.minsi %v54, %v1831 : i64
        %v1833 = arith.addi %v1830, %v1832 : i64
        %v1834 = arith.muli %v1833, %v1 : i64
        %v1835 = arith.addi %v1834, %v141 : i64
        %v1836 = llvm.load %v29 : !llvm.ptr -> f32
        %v1837 = llvm.getelementptr %agga_h[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1836, %v1837 : f32, !llvm.ptr
        %v1838 = llvm.load %v13 : !llvm.ptr -> f32
        %v1839 = llvm.getelementptr %aggb_h[%v1835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1838, %v1839 : f32, !llvm.ptr
        %v1840 = arith.muli %v51, %v4 : i64
        %v1841 = arith.subi %v4, %v2 : i64
        %v1842 = arith.minsi %v54, %v1841 : i64
        %v1843 = arith.addi %v1840, %v1842 : i64
        %v1844 = arith.muli %v1843, %v1 : i64
        %v1846 = arith.addi %v1844, %v1845 : i64
        %v1847 = llvm.load %v30 : !llvm.ptr -> f32
        %v1848 = llvm.getelementptr %agga_h[%v1846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1847, %v1848 : f32, !llvm.ptr
        %v1849 = llvm.load %v14 : !llvm.ptr -> f32
        %v1850 = llvm.getelementptr %aggb_h[%v1846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1849, %v1850 : f32, !llvm.ptr
        %v1851 = arith.muli %v51, %v4 : i64
        %v1852 = arith.subi %v4, %v2 : i64
        %v1853 = arith.minsi %v54, %v1852 : i64
        %v1854 = arith.addi %v1851, %v1853 : i64
        %v1855 = arith.muli %v1854, %v1 : i64
        %v1856 = arith.addi %v1855, %v156 : i64
        %v1857 = llvm.load %v31 : !llvm.ptr -> f32
        %v1858 = llvm.getelementptr %agga_h[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1857, %v1858 : f32, !llvm.ptr
        %v1859 = llvm.load %v15 : !llvm.ptr -> f32
        %v1860 = llvm.getelementptr %aggb_h[%v1856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1859, %v1860 : f32, !llvm.ptr
        %v1861 = arith.muli %v51, %v4 : i64
        %v1862 = arith.subi %v4, %v2 : i64
        %v1863 = arith.minsi %v54, %v1862 : i64
        %v1864 = arith.addi %v1861, %v1863 : i64
        %v1865 = arith.muli %v1864, %v1 : i64
        %v1867 = arith.addi %v1865, %v1866 : i64
        %v1868 = llvm.load %v32 : !llvm.ptr -> f32
        %v1869 = llvm.getelementptr %agga_h[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1868, %v1869 : f32, !llvm.ptr
        %v1870 = llvm.load %v16 : !llvm.ptr -> f32
        %v1871 = llvm.getelementptr %aggb_h[%v1867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1870, %v1871 : f32, !llvm.ptr
        %v1872 = arith.muli %v51, %v4 : i64
        %v1873 = arith.subi %v4, %v2 : i64
        %v1874 = arith.minsi %v54, %v1873 : i64
        %v1875 = arith.addi %v1872, %v1874 : i64
        %v1876 = arith.muli %v1875, %v1 : i64
        %v1877 = arith.addi %v1876, %v171 : i64
        %v1878 = llvm.load %v33 : !llvm.ptr -> f32
        %v1879 = llvm.getelementptr %agga_h[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1878, %v1879 : f32, !llvm.ptr
        %v1880 = llvm.load %v17 : !llvm.ptr -> f32
        %v1881 = llvm.getelementptr %aggb_h[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1880, %v1881 : f32, !llvm.ptr
        %v1882 = arith.muli %v51, %v4 : i64
        %v1883 = arith.subi %v4, %v2 : i64
        %v1884 = arith.minsi %v54, %v1883 : i64
        %v1885 = arith.addi %v1882, %v1884 : i64
        %v1886 = arith.muli %v1885, %v1 : i64
        %v1888 = arith.addi %v1886, %v1887 : i64
        %v1889 = llvm.load %v34 : !llvm.ptr -> f32
        %v1890 = llvm.getelementptr %agga_h[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1889, %v1890 : f32, !llvm.ptr
        %v1891 = llvm.load %v18 : !llvm.ptr -> f32
        %v1892 = llvm.getelementptr %aggb_h[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1891, %v1892 : f32, !llvm.ptr
        %v1893 = arith.muli %v51, %v4 : i64
        %v1894 = arith.subi %v4, %v2 : i64
        %v1895 = arith.minsi %v54, %v1894 : i64
        %v1896 = arith.addi %v1893, %v1895 : i64
        %v1897 = arith.muli %v1896, %v1 : i64
        %v1898 = arith.addi %v1897, %v186 : i64
        %v1899 = llvm.load %v35 : !llvm.ptr -> f32
        %v1900 = llvm.getelementptr %agga_h[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1899, %v1900 : f32, !llvm.ptr
        %v1901 = llvm.load %v19 : !llvm.ptr -> f32
        %v1902 = llvm.getelementptr %aggb_h[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1901, %v1902 : f32, !llvm.ptr
        %v1903 = arith.muli %v51, %v4 : i64
        %v1904 = arith.subi %v4, %v2 : i64
        %v1905 = arith.minsi %v54, %v1904 : i64
        %v1906 = arith.addi %v1903, %v1905 : i64
        %v1907 = arith.muli %v1906, %v1 : i64
        %v1909 = arith.addi %v1907, %v1908 : i64
        %v1910 = llvm.load %v36 : !llvm.ptr -> f32
        %v1911 = llvm.getelementptr %agga_h[%v1909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1910, %v1911 : f32, !llvm.ptr
        %v1912 = llvm.load %v20 : !llvm.ptr -> f32
        %v1913 = llvm.getelementptr %aggb_h[%v1909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v1912, %v1913 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
