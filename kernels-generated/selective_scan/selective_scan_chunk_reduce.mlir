module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    llvm.mlir.global internal @rows_selective_scan_chunk_reduce_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_chunk_reduce(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v37 = llvm.mlir.addressof @rows_selective_scan_chunk_reduce : !llvm.ptr<3>
      %v38 = llvm.mlir.addressof @smem_selective_scan_chunk_reduce : !llvm.ptr<3>
      %v39 = arith.constant 255 : i64
      %v40 = arith.addi %size_L, %v39 : i64
      %v41 = arith.constant 256 : i64
      %v42 = arith.divui %v40, %v41 : i64
      %v47 = arith.constant 64 : i64
      %v48 = arith.constant 63 : i64
      %v71 = llvm.mlir.addressof @rows_selective_scan_chunk_reduce_Bm : !llvm.ptr<3>
      %v72 = llvm.addrspacecast %v71 : !llvm.ptr<3> to !llvm.ptr
      %v73 = arith.constant 0 : i64
      %v74 = arith.muli %v2, %size_L : i64
      %v75 = arith.muli %v74, %size_D : i64
      %v97 = arith.constant 2 : i64
      %v101 = arith.constant 0x00000000 : f32
      %v102 = arith.constant 0x3F800000 : f32
      %v106 = arith.constant 32 : i64
      %v119 = arith.constant 33 : i64
      %v138 = arith.constant 4 : i64
      %v153 = arith.constant 6 : i64
      %v168 = arith.constant 8 : i64
      %v183 = arith.constant 10 : i64
      %v198 = arith.constant 12 : i64
      %v213 = arith.constant 14 : i64
      %v242 = arith.constant 18 : i64
      %v257 = arith.constant 20 : i64
      %v272 = arith.constant 22 : i64
      %v287 = arith.constant 24 : i64
      %v302 = arith.constant 26 : i64
      %v317 = arith.constant 28 : i64
      %v332 = arith.constant 30 : i64
      %v361 = arith.constant 34 : i64
      %v376 = arith.constant 36 : i64
      %v391 = arith.constant 38 : i64
      %v406 = arith.constant 40 : i64
      %v421 = arith.constant 42 : i64
      %v436 = arith.constant 44 : i64
      %v451 = arith.constant 46 : i64
      %v466 = arith.constant 48 : i64
      %v481 = arith.constant 50 : i64
      %v496 = arith.constant 52 : i64
      %v511 = arith.constant 54 : i64
      %v526 = arith.constant 56 : i64
      %v541 = arith.constant 58 : i64
      %v556 = arith.constant 60 : i64
      %v571 = arith.constant 62 : i64
      %v1104 = arith.constant 128 : i64
      %v1589 = arith.constant 512 : i64
      %v1601 = arith.muli %v2, %size_L : i64
      %v1602 = arith.muli %v1601, %v1 : i64
      %v1610 = arith.constant 65 : i64
      %v2992 = arith.constant 3 : i64
      %v3003 = arith.constant 5 : i64
      %v3014 = arith.constant 7 : i64
      %v3025 = arith.constant 9 : i64
      %v3036 = arith.constant 11 : i64
      %v3047 = arith.constant 13 : i64
      %v3058 = arith.constant 15 : i64
      %v3146 = arith.muli %v2, %v1 : i64
      %v3150 = arith.constant 0x3FB8AA3B : f32
      %v3169 = arith.constant 0x3F317218 : f32
      %v3171 = arith.constant 0x3E124925 : f32
      %v3173 = arith.constant 0xBE2AAAAB : f32
      %v3176 = arith.constant 0x3E4CCCCD : f32
      %v3179 = arith.constant 0xBE800000 : f32
      %v3182 = arith.constant 0x3EAAAAAB : f32
      %v3185 = arith.constant 0xBF000000 : f32
      %v3191 = arith.constant 0x3D800000 : f32
      %v3910 = arith.constant 192 : i64
      %v3925 = arith.constant 320 : i64
      %v3933 = arith.constant 384 : i64
      %v3941 = arith.constant 448 : i64
      %v3956 = arith.constant 576 : i64
      %v3964 = arith.constant 640 : i64
      %v3972 = arith.constant 704 : i64
      %v3980 = arith.constant 768 : i64
      %v3988 = arith.constant 832 : i64
      %v3996 = arith.constant 896 : i64
      %v4004 = arith.constant 960 : i64
      %v4012 = arith.constant 1024 : i64
      %v4020 = arith.constant 1088 : i64
      %v4028 = arith.constant 1152 : i64
      %v4036 = arith.constant 1216 : i64
      %v4044 = arith.constant 1280 : i64
      %v4052 = arith.constant 1344 : i64
      %v4060 = arith.constant 1408 : i64
      %v4068 = arith.constant 1472 : i64
      %v4076 = arith.constant 1536 : i64
      %v4084 = arith.constant 1600 : i64
      %v4092 = arith.constant 1664 : i64
      %v4100 = arith.constant 1728 : i64
      %v4108 = arith.constant 1792 : i64
      %v4116 = arith.constant 1856 : i64
      %v4124 = arith.constant 1920 : i64
      %v4132 = arith.constant 1984 : i64
      %v43 = gpu.block_id x
      %v44 = gpu.thread_id x
      %v45 = arith.index_cast %v44 : index to i64
      %v46 = arith.index_cast %v43 : index to i64
      %v49 = arith.addi %size_D, %v48 : i64
      %v50 = arith.divui %v49, %v47 : i64
      %v51 = arith.maxsi %v50, %v2 : i64
      %v52 = arith.maxsi %size_D, %v2 : i64
      %v53 = arith.divui %v4, %v52 : i64
      %v54 = arith.muli %v53, %v51 : i64
      %v55 = arith.divui %v46, %v54 : i64
      %v56 = arith.remui %v46, %v54 : i64
      %v57 = arith.divui %v56, %v51 : i64
      %v58 = arith.remui %v56, %v51 : i64
      %v59 = arith.muli %v58, %v47 : i64
      %v60 = arith.addi %v59, %v45 : i64
      %v61 = arith.cmpi slt, %v60, %size_D : i64
      %v62 = arith.muli %v57, %size_D : i64
      %v63 = arith.addi %v62, %v60 : i64
      %v64 = arith.subi %size_D, %v2 : i64
      %v65 = arith.minsi %v60, %v64 : i64
      %v66 = arith.addi %v62, %v65 : i64
      %v67 = arith.remui %v66, %size_D : i64
      %v68 = arith.divui %v66, %size_D : i64
      %v69 = arith.remui %v68, %size_B : i64
      %v70 = arith.divui %v68, %size_B : i64
      %v3147 = arith.muli %v67, %v3146 : i64
      %v3148 = llvm.getelementptr %in_A[%v3147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3149 = llvm.load %v3148 : !llvm.ptr -> f32
      %v3151 = arith.mulf %v3149, %v3150 fastmath<contract> : f32
      %v3158 = arith.muli %v67, %v2 : i64
      %v3159 = llvm.getelementptr %in_dt_bias[%v3158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3160 = llvm.load %v3159 : !llvm.ptr -> f32
      %v3210 = arith.muli %v67, %v3146 : i64
      %v3211 = arith.constant 1 : i64
      %v3212 = arith.muli %v3211, %v2 : i64
      %v3213 = arith.addi %v3210, %v3212 : i64
      %v3214 = llvm.getelementptr %in_A[%v3213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3215 = llvm.load %v3214 : !llvm.ptr -> f32
      %v3216 = arith.mulf %v3215, %v3150 fastmath<contract> : f32
      %v3225 = arith.muli %v67, %v3146 : i64
      %v3226 = arith.constant 2 : i64
      %v3227 = arith.muli %v3226, %v2 : i64
      %v3228 = arith.addi %v3225, %v3227 : i64
      %v3229 = llvm.getelementptr %in_A[%v3228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3230 = llvm.load %v3229 : !llvm.ptr -> f32
      %v3231 = arith.mulf %v3230, %v3150 fastmath<contract> : f32
      %v3240 = arith.muli %v67, %v3146 : i64
      %v3241 = arith.constant 3 : i64
      %v3242 = arith.muli %v3241, %v2 : i64
      %v3243 = arith.addi %v3240, %v3242 : i64
      %v3244 = llvm.getelementptr %in_A[%v3243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3245 = llvm.load %v3244 : !llvm.ptr -> f32
      %v3246 = arith.mulf %v3245, %v3150 fastmath<contract> : f32
      %v3255 = arith.muli %v67, %v3146 : i64
      %v3256 = arith.constant 4 : i64
      %v3257 = arith.muli %v3256, %v2 : i64
      %v3258 = arith.addi %v3255, %v3257 : i64
      %v3259 = llvm.getelementptr %in_A[%v3258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3260 = llvm.load %v3259 : !llvm.ptr -> f32
      %v3261 = arith.mulf %v3260, %v3150 fastmath<contract> : f32
      %v3270 = arith.muli %v67, %v3146 : i64
      %v3271 = arith.constant 5 : i64
      %v3272 = arith.muli %v3271, %v2 : i64
      %v3273 = arith.addi %v3270, %v3272 : i64
      %v3274 = llvm.getelementptr %in_A[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3275 = llvm.load %v3274 : !llvm.ptr -> f32
      %v3276 = arith.mulf %v3275, %v3150 fastmath<contract> : f32
      %v3285 = arith.muli %v67, %v3146 : i64
      %v3286 = arith.constant 6 : i64
      %v3287 = arith.muli %v3286, %v2 : i64
      %v3288 = arith.addi %v3285, %v3287 : i64
      %v3289 = llvm.getelementptr %in_A[%v3288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3290 = llvm.load %v3289 : !llvm.ptr -> f32
      %v3291 = arith.mulf %v3290, %v3150 fastmath<contract> : f32
      %v3300 = arith.muli %v67, %v3146 : i64
      %v3301 = arith.constant 7 : i64
      %v3302 = arith.muli %v3301, %v2 : i64
      %v3303 = arith.addi %v3300, %v3302 : i64
      %v3304 = llvm.getelementptr %in_A[%v3303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3305 = llvm.load %v3304 : !llvm.ptr -> f32
      %v3306 = arith.mulf %v3305, %v3150 fastmath<contract> : f32
      %v3315 = arith.muli %v67, %v3146 : i64
      %v3316 = arith.constant 8 : i64
      %v3317 = arith.muli %v3316, %v2 : i64
      %v3318 = arith.addi %v3315, %v3317 : i64
      %v3319 = llvm.getelementptr %in_A[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
      %v3321 = arith.mulf %v3320, %v3150 fastmath<contract> : f32
      %v3330 = arith.muli %v67, %v3146 : i64
      %v3331 = arith.constant 9 : i64
      %v3332 = arith.muli %v3331, %v2 : i64
      %v3333 = arith.addi %v3330, %v3332 : i64
      %v3334 = llvm.getelementptr %in_A[%v3333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3335 = llvm.load %v3334 : !llvm.ptr -> f32
      %v3336 = arith.mulf %v3335, %v3150 fastmath<contract> : f32
      %v3345 = arith.muli %v67, %v3146 : i64
      %v3346 = arith.constant 10 : i64
      %v3347 = arith.muli %v3346, %v2 : i64
      %v3348 = arith.addi %v3345, %v3347 : i64
      %v3349 = llvm.getelementptr %in_A[%v3348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3350 = llvm.load %v3349 : !llvm.ptr -> f32
      %v3351 = arith.mulf %v3350, %v3150 fastmath<contract> : f32
      %v3360 = arith.muli %v67, %v3146 : i64
      %v3361 = arith.constant 11 : i64
      %v3362 = arith.muli %v3361, %v2 : i64
      %v3363 = arith.addi %v3360, %v3362 : i64
      %v3364 = llvm.getelementptr %in_A[%v3363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3365 = llvm.load %v3364 : !llvm.ptr -> f32
      %v3366 = arith.mulf %v3365, %v3150 fastmath<contract> : f32
      %v3375 = arith.muli %v67, %v3146 : i64
      %v3376 = arith.constant 12 : i64
      %v3377 = arith.muli %v3376, %v2 : i64
      %v3378 = arith.addi %v3375, %v3377 : i64
      %v3379 = llvm.getelementptr %in_A[%v3378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3380 = llvm.load %v3379 : !llvm.ptr -> f32
      %v3381 = arith.mulf %v3380, %v3150 fastmath<contract> : f32
      %v3390 = arith.muli %v67, %v3146 : i64
      %v3391 = arith.constant 13 : i64
      %v3392 = arith.muli %v3391, %v2 : i64
      %v3393 = arith.addi %v3390, %v3392 : i64
      %v3394 = llvm.getelementptr %in_A[%v3393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3395 = llvm.load %v3394 : !llvm.ptr -> f32
      %v3396 = arith.mulf %v3395, %v3150 fastmath<contract> : f32
      %v3405 = arith.muli %v67, %v3146 : i64
      %v3406 = arith.constant 14 : i64
      %v3407 = arith.muli %v3406, %v2 : i64
      %v3408 = arith.addi %v3405, %v3407 : i64
      %v3409 = llvm.getelementptr %in_A[%v3408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3410 = llvm.load %v3409 : !llvm.ptr -> f32
      %v3411 = arith.mulf %v3410, %v3150 fastmath<contract> : f32
      %v3420 = arith.muli %v67, %v3146 : i64
      %v3421 = arith.constant 15 : i64
      %v3422 = arith.muli %v3421, %v2 : i64
      %v3423 = arith.addi %v3420, %v3422 : i64
      %v3424 = llvm.getelementptr %in_A[%v3423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3425 = llvm.load %v3424 : !llvm.ptr -> f32
      %v3426 = arith.mulf %v3425, %v3150 fastmath<contract> : f32
      %v3436 = arith.mulf %v3149, %v3150 fastmath<contract> : f32
      %v3484 = arith.mulf %v3215, %v3150 fastmath<contract> : f32
      %v3493 = arith.mulf %v3230, %v3150 fastmath<contract> : f32
      %v3502 = arith.mulf %v3245, %v3150 fastmath<contract> : f32
      %v3511 = arith.mulf %v3260, %v3150 fastmath<contract> : f32
      %v3520 = arith.mulf %v3275, %v3150 fastmath<contract> : f32
      %v3529 = arith.mulf %v3290, %v3150 fastmath<contract> : f32
      %v3538 = arith.mulf %v3305, %v3150 fastmath<contract> : f32
      %v3547 = arith.mulf %v3320, %v3150 fastmath<contract> : f32
      %v3556 = arith.mulf %v3335, %v3150 fastmath<contract> : f32
      %v3565 = arith.mulf %v3350, %v3150 fastmath<contract> : f32
      %v3574 = arith.mulf %v3365, %v3150 fastmath<contract> : f32
      %v3583 = arith.mulf %v3380, %v3150 fastmath<contract> : f32
      %v3592 = arith.mulf %v3395, %v3150 fastmath<contract> : f32
      %v3601 = arith.mulf %v3410, %v3150 fastmath<contract> : f32
      %v3610 = arith.mulf %v3425, %v3150 fastmath<contract> : f32
      %v3626 = arith.mulf %v3149, %v3150 fastmath<contract> : f32
      %v3679 = arith.mulf %v3215, %v3150 fastmath<contract> : f32
      %v3693 = arith.mulf %v3230, %v3150 fastmath<contract> : f32
      %v3707 = arith.mulf %v3245, %v3150 fastmath<contract> : f32
      %v3721 = arith.mulf %v3260, %v3150 fastmath<contract> : f32
      %v3735 = arith.mulf %v3275, %v3150 fastmath<contract> : f32
      %v3749 = arith.mulf %v3290, %v3150 fastmath<contract> : f32
      %v3763 = arith.mulf %v3305, %v3150 fastmath<contract> : f32
      %v3777 = arith.mulf %v3320, %v3150 fastmath<contract> : f32
      %v3791 = arith.mulf %v3335, %v3150 fastmath<contract> : f32
      %v3805 = arith.mulf %v3350, %v3150 fastmath<contract> : f32
      %v3819 = arith.mulf %v3365, %v3150 fastmath<contract> : f32
      %v3833 = arith.mulf %v3380, %v3150 fastmath<contract> : f32
      %v3847 = arith.mulf %v3395, %v3150 fastmath<contract> : f32
      %v3861 = arith.mulf %v3410, %v3150 fastmath<contract> : f32
      %v3875 = arith.mulf %v3425, %v3150 fastmath<contract> : f32
      %v76 = arith.muli %v69, %v75 : i64
      %v77 = arith.muli %v67, %v74 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = arith.muli %v73, %v2 : i64
      %v80 = arith.addi %v78, %v79 : i64
      %v81 = arith.muli %v73, %v47 : i64
      %v82 = arith.addi %v81, %v45 : i64
      %v83 = llvm.getelementptr %v37[%v82] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v80, %v83 : i64, !llvm.ptr<3>
      %v84 = arith.muli %v69, %v75 : i64
      %v85 = arith.muli %v67, %v74 : i64
      %v86 = arith.addi %v84, %v85 : i64
      %v87 = arith.muli %v73, %v2 : i64
      %v88 = arith.addi %v86, %v87 : i64
      %v89 = arith.muli %v2, %v47 : i64
      %v90 = arith.addi %v89, %v45 : i64
      %v91 = llvm.getelementptr %v37[%v90] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v88, %v91 : i64, !llvm.ptr<3>
      %v92 = arith.muli %v69, %v75 : i64
      %v93 = arith.muli %v67, %v74 : i64
      %v94 = arith.addi %v92, %v93 : i64
      %v95 = arith.muli %v73, %v2 : i64
      %v96 = arith.addi %v94, %v95 : i64
      %v98 = arith.muli %v97, %v47 : i64
      %v99 = arith.addi %v98, %v45 : i64
      %v100 = llvm.getelementptr %v37[%v99] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v96, %v100 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v101, %v5 : f32, !llvm.ptr
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
      llvm.store %v102, %v21 : f32, !llvm.ptr
      llvm.store %v102, %v22 : f32, !llvm.ptr
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
      %v103 = arith.muli %v55, %v41 : i64
      %v104 = arith.addi %v103, %v41 : i64
      %v105 = arith.minsi %v104, %size_L : i64
      // staged load of `u`'s first tile: read, then shared memory
      %v107 = arith.divui %v45, %v106 : i64
      %v108 = arith.remui %v45, %v106 : i64
      %v109 = arith.addi %v107, %v73 : i64
      %v110 = arith.constant true
      %v111 = arith.addi %v73, %v109 : i64
      %v112 = llvm.getelementptr %v37[%v111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v113 = llvm.load %v112 : !llvm.ptr<3> -> i64
      %v114 = arith.addi %v103, %v108 : i64
      %v115 = arith.cmpi slt, %v114, %v105 : i64
      %v116 = arith.subi %size_L, %v2 : i64
      %v117 = arith.minsi %v114, %v116 : i64
      %v118 = arith.addi %v113, %v117 : i64
      %v120 = arith.muli %v111, %v119 : i64
      %v121 = arith.addi %v120, %v108 : i64
      %v122 = llvm.getelementptr %in_u[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v123 = llvm.load %v122 : !llvm.ptr -> f32
      %v124 = arith.addi %v107, %v97 : i64
      %v125 = arith.constant true
      %v126 = arith.addi %v73, %v124 : i64
      %v127 = llvm.getelementptr %v37[%v126] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v128 = llvm.load %v127 : !llvm.ptr<3> -> i64
      %v129 = arith.addi %v103, %v108 : i64
      %v130 = arith.cmpi slt, %v129, %v105 : i64
      %v131 = arith.subi %size_L, %v2 : i64
      %v132 = arith.minsi %v129, %v131 : i64
      %v133 = arith.addi %v128, %v132 : i64
      %v134 = arith.muli %v126, %v119 : i64
      %v135 = arith.addi %v134, %v108 : i64
      %v136 = llvm.getelementptr %in_u[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v137 = llvm.load %v136 : !llvm.ptr -> f32
      %v139 = arith.addi %v107, %v138 : i64
      %v140 = arith.constant true
      %v141 = arith.addi %v73, %v139 : i64
      %v142 = llvm.getelementptr %v37[%v141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v143 = llvm.load %v142 : !llvm.ptr<3> -> i64
      %v144 = arith.addi %v103, %v108 : i64
      %v145 = arith.cmpi slt, %v144, %v105 : i64
      %v146 = arith.subi %size_L, %v2 : i64
      %v147 = arith.minsi %v144, %v146 : i64
      %v148 = arith.addi %v143, %v147 : i64
      %v149 = arith.muli %v141, %v119 : i64
      %v150 = arith.addi %v149, %v108 : i64
      %v151 = llvm.getelementptr %in_u[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v152 = llvm.load %v151 : !llvm.ptr -> f32
      %v154 = arith.addi %v107, %v153 : i64
      %v155 = arith.constant true
      %v156 = arith.addi %v73, %v154 : i64
      %v157 = llvm.getelementptr %v37[%v156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v158 = llvm.load %v157 : !llvm.ptr<3> -> i64
      %v159 = arith.addi %v103, %v108 : i64
      %v160 = arith.cmpi slt, %v159, %v105 : i64
      %v161 = arith.subi %size_L, %v2 : i64
      %v162 = arith.minsi %v159, %v161 : i64
      %v163 = arith.addi %v158, %v162 : i64
      %v164 = arith.muli %v156, %v119 : i64
      %v165 = arith.addi %v164, %v108 : i64
      %v166 = llvm.getelementptr %in_u[%v163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v167 = llvm.load %v166 : !llvm.ptr -> f32
      %v169 = arith.addi %v107, %v168 : i64
      %v170 = arith.constant true
      %v171 = arith.addi %v73, %v169 : i64
      %v172 = llvm.getelementptr %v37[%v171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v173 = llvm.load %v172 : !llvm.ptr<3> -> i64
      %v174 = arith.addi %v103, %v108 : i64
      %v175 = arith.cmpi slt, %v174, %v105 : i64
      %v176 = arith.subi %size_L, %v2 : i64
      %v177 = arith.minsi %v174, %v176 : i64
      %v178 = arith.addi %v173, %v177 : i64
      %v179 = arith.muli %v171, %v119 : i64
      %v180 = arith.addi %v179, %v108 : i64
      %v181 = llvm.getelementptr %in_u[%v178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v182 = llvm.load %v181 : !llvm.ptr -> f32
      %v184 = arith.addi %v107, %v183 : i64
      %v185 = arith.constant true
      %v186 = arith.addi %v73, %v184 : i64
      %v187 = llvm.getelementptr %v37[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v188 = llvm.load %v187 : !llvm.ptr<3> -> i64
      %v189 = arith.addi %v103, %v108 : i64
      %v190 = arith.cmpi slt, %v189, %v105 : i64
      %v191 = arith.subi %size_L, %v2 : i64
      %v192 = arith.minsi %v189, %v191 : i64
      %v193 = arith.addi %v188, %v192 : i64
      %v194 = arith.muli %v186, %v119 : i64
      %v195 = arith.addi %v194, %v108 : i64
      %v196 = llvm.getelementptr %in_u[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v199 = arith.addi %v107, %v198 : i64
      %v200 = arith.constant true
      %v201 = arith.addi %v73, %v199 : i64
      %v202 = llvm.getelementptr %v37[%v201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v203 = llvm.load %v202 : !llvm.ptr<3> -> i64
      %v204 = arith.addi %v103, %v108 : i64
      %v205 = arith.cmpi slt, %v204, %v105 : i64
      %v206 = arith.subi %size_L, %v2 : i64
      %v207 = arith.minsi %v204, %v206 : i64
      %v208 = arith.addi %v203, %v207 : i64
      %v209 = arith.muli %v201, %v119 : i64
      %v210 = arith.addi %v209, %v108 : i64
      %v211 = llvm.getelementptr %in_u[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v212 = llvm.load %v211 : !llvm.ptr -> f32
      %v214 = arith.addi %v107, %v213 : i64
      %v215 = arith.constant true
      %v216 = arith.addi %v73, %v214 : i64
      %v217 = llvm.getelementptr %v37[%v216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v218 = llvm.load %v217 : !llvm.ptr<3> -> i64
      %v219 = arith.addi %v103, %v108 : i64
      %v220 = arith.cmpi slt, %v219, %v105 : i64
      %v221 = arith.subi %size_L, %v2 : i64
      %v222 = arith.minsi %v219, %v221 : i64
      %v223 = arith.addi %v218, %v222 : i64
      %v224 = arith.muli %v216, %v119 : i64
      %v225 = arith.addi %v224, %v108 : i64
      %v226 = llvm.getelementptr %in_u[%v223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v227 = llvm.load %v226 : !llvm.ptr -> f32
      %v228 = arith.addi %v107, %v1 : i64
      %v229 = arith.constant true
      %v230 = arith.addi %v73, %v228 : i64
      %v231 = llvm.getelementptr %v37[%v230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v232 = llvm.load %v231 : !llvm.ptr<3> -> i64
      %v233 = arith.addi %v103, %v108 : i64
      %v234 = arith.cmpi slt, %v233, %v105 : i64
      %v235 = arith.subi %size_L, %v2 : i64
      %v236 = arith.minsi %v233, %v235 : i64
      %v237 = arith.addi %v232, %v236 : i64
      %v238 = arith.muli %v230, %v119 : i64
      %v239 = arith.addi %v238, %v108 : i64
      %v240 = llvm.getelementptr %in_u[%v237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v241 = llvm.load %v240 : !llvm.ptr -> f32
      %v243 = arith.addi %v107, %v242 : i64
      %v244 = arith.constant true
      %v245 = arith.addi %v73, %v243 : i64
      %v246 = llvm.getelementptr %v37[%v245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v247 = llvm.load %v246 : !llvm.ptr<3> -> i64
      %v248 = arith.addi %v103, %v108 : i64
      %v249 = arith.cmpi slt, %v248, %v105 : i64
      %v250 = arith.subi %size_L, %v2 : i64
      %v251 = arith.minsi %v248, %v250 : i64
      %v252 = arith.addi %v247, %v251 : i64
      %v253 = arith.muli %v245, %v119 : i64
      %v254 = arith.addi %v253, %v108 : i64
      %v255 = llvm.getelementptr %in_u[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v256 = llvm.load %v255 : !llvm.ptr -> f32
      %v258 = arith.addi %v107, %v257 : i64
      %v259 = arith.constant true
      %v260 = arith.addi %v73, %v258 : i64
      %v261 = llvm.getelementptr %v37[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v262 = llvm.load %v261 : !llvm.ptr<3> -> i64
      %v263 = arith.addi %v103, %v108 : i64
      %v264 = arith.cmpi slt, %v263, %v105 : i64
      %v265 = arith.subi %size_L, %v2 : i64
      %v266 = arith.minsi %v263, %v265 : i64
      %v267 = arith.addi %v262, %v266 : i64
      %v268 = arith.muli %v260, %v119 : i64
      %v269 = arith.addi %v268, %v108 : i64
      %v270 = llvm.getelementptr %in_u[%v267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v271 = llvm.load %v270 : !llvm.ptr -> f32
      %v273 = arith.addi %v107, %v272 : i64
      %v274 = arith.constant true
      %v275 = arith.addi %v73, %v273 : i64
      %v276 = llvm.getelementptr %v37[%v275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v277 = llvm.load %v276 : !llvm.ptr<3> -> i64
      %v278 = arith.addi %v103, %v108 : i64
      %v279 = arith.cmpi slt, %v278, %v105 : i64
      %v280 = arith.subi %size_L, %v2 : i64
      %v281 = arith.minsi %v278, %v280 : i64
      %v282 = arith.addi %v277, %v281 : i64
      %v283 = arith.muli %v275, %v119 : i64
      %v284 = arith.addi %v283, %v108 : i64
      %v285 = llvm.getelementptr %in_u[%v282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v286 = llvm.load %v285 : !llvm.ptr -> f32
      %v288 = arith.addi %v107, %v287 : i64
      %v289 = arith.constant true
      %v290 = arith.addi %v73, %v288 : i64
      %v291 = llvm.getelementptr %v37[%v290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v292 = llvm.load %v291 : !llvm.ptr<3> -> i64
      %v293 = arith.addi %v103, %v108 : i64
      %v294 = arith.cmpi slt, %v293, %v105 : i64
      %v295 = arith.subi %size_L, %v2 : i64
      %v296 = arith.minsi %v293, %v295 : i64
      %v297 = arith.addi %v292, %v296 : i64
      %v298 = arith.muli %v290, %v119 : i64
      %v299 = arith.addi %v298, %v108 : i64
      %v300 = llvm.getelementptr %in_u[%v297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v301 = llvm.load %v300 : !llvm.ptr -> f32
      %v303 = arith.addi %v107, %v302 : i64
      %v304 = arith.constant true
      %v305 = arith.addi %v73, %v303 : i64
      %v306 = llvm.getelementptr %v37[%v305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v307 = llvm.load %v306 : !llvm.ptr<3> -> i64
      %v308 = arith.addi %v103, %v108 : i64
      %v309 = arith.cmpi slt, %v308, %v105 : i64
      %v310 = arith.subi %size_L, %v2 : i64
      %v311 = arith.minsi %v308, %v310 : i64
      %v312 = arith.addi %v307, %v311 : i64
      %v313 = arith.muli %v305, %v119 : i64
      %v314 = arith.addi %v313, %v108 : i64
      %v315 = llvm.getelementptr %in_u[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v316 = llvm.load %v315 : !llvm.ptr -> f32
      %v318 = arith.addi %v107, %v317 : i64
      %v319 = arith.constant true
      %v320 = arith.addi %v73, %v318 : i64
      %v321 = llvm.getelementptr %v37[%v320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v322 = llvm.load %v321 : !llvm.ptr<3> -> i64
      %v323 = arith.addi %v103, %v108 : i64
      %v324 = arith.cmpi slt, %v323, %v105 : i64
      %v325 = arith.subi %size_L, %v2 : i64
      %v326 = arith.minsi %v323, %v325 : i64
      %v327 = arith.addi %v322, %v326 : i64
      %v328 = arith.muli %v320, %v119 : i64
      %v329 = arith.addi %v328, %v108 : i64
      %v330 = llvm.getelementptr %in_u[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v331 = llvm.load %v330 : !llvm.ptr -> f32
      %v333 = arith.addi %v107, %v332 : i64
      %v334 = arith.constant true
      %v335 = arith.addi %v73, %v333 : i64
      %v336 = llvm.getelementptr %v37[%v335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v337 = llvm.load %v336 : !llvm.ptr<3> -> i64
      %v338 = arith.addi %v103, %v108 : i64
      %v339 = arith.cmpi slt, %v338, %v105 : i64
      %v340 = arith.subi %size_L, %v2 : i64
      %v341 = arith.minsi %v338, %v340 : i64
      %v342 = arith.addi %v337, %v341 : i64
      %v343 = arith.muli %v335, %v119 : i64
      %v344 = arith.addi %v343, %v108 : i64
      %v345 = llvm.getelementptr %in_u[%v342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v346 = llvm.load %v345 : !llvm.ptr -> f32
      %v347 = arith.addi %v107, %v106 : i64
      %v348 = arith.constant true
      %v349 = arith.addi %v73, %v347 : i64
      %v350 = llvm.getelementptr %v37[%v349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v351 = llvm.load %v350 : !llvm.ptr<3> -> i64
      %v352 = arith.addi %v103, %v108 : i64
      %v353 = arith.cmpi slt, %v352, %v105 : i64
      %v354 = arith.subi %size_L, %v2 : i64
      %v355 = arith.minsi %v352, %v354 : i64
      %v356 = arith.addi %v351, %v355 : i64
      %v357 = arith.muli %v349, %v119 : i64
      %v358 = arith.addi %v357, %v108 : i64
      %v359 = llvm.getelementptr %in_u[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v360 = llvm.load %v359 : !llvm.ptr -> f32
      %v362 = arith.addi %v107, %v361 : i64
      %v363 = arith.constant true
      %v364 = arith.addi %v73, %v362 : i64
      %v365 = llvm.getelementptr %v37[%v364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v366 = llvm.load %v365 : !llvm.ptr<3> -> i64
      %v367 = arith.addi %v103, %v108 : i64
      %v368 = arith.cmpi slt, %v367, %v105 : i64
      %v369 = arith.subi %size_L, %v2 : i64
      %v370 = arith.minsi %v367, %v369 : i64
      %v371 = arith.addi %v366, %v370 : i64
      %v372 = arith.muli %v364, %v119 : i64
      %v373 = arith.addi %v372, %v108 : i64
      %v374 = llvm.getelementptr %in_u[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v375 = llvm.load %v374 : !llvm.ptr -> f32
      %v377 = arith.addi %v107, %v376 : i64
      %v378 = arith.constant true
      %v379 = arith.addi %v73, %v377 : i64
      %v380 = llvm.getelementptr %v37[%v379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v381 = llvm.load %v380 : !llvm.ptr<3> -> i64
      %v382 = arith.addi %v103, %v108 : i64
      %v383 = arith.cmpi slt, %v382, %v105 : i64
      %v384 = arith.subi %size_L, %v2 : i64
      %v385 = arith.minsi %v382, %v384 : i64
      %v386 = arith.addi %v381, %v385 : i64
      %v387 = arith.muli %v379, %v119 : i64
      %v388 = arith.addi %v387, %v108 : i64
      %v389 = llvm.getelementptr %in_u[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v390 = llvm.load %v389 : !llvm.ptr -> f32
      %v392 = arith.addi %v107, %v391 : i64
      %v393 = arith.constant true
      %v394 = arith.addi %v73, %v392 : i64
      %v395 = llvm.getelementptr %v37[%v394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v396 = llvm.load %v395 : !llvm.ptr<3> -> i64
      %v397 = arith.addi %v103, %v108 : i64
      %v398 = arith.cmpi slt, %v397, %v105 : i64
      %v399 = arith.subi %size_L, %v2 : i64
      %v400 = arith.minsi %v397, %v399 : i64
      %v401 = arith.addi %v396, %v400 : i64
      %v402 = arith.muli %v394, %v119 : i64
      %v403 = arith.addi %v402, %v108 : i64
      %v404 = llvm.getelementptr %in_u[%v401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v405 = llvm.load %v404 : !llvm.ptr -> f32
      %v407 = arith.addi %v107, %v406 : i64
      %v408 = arith.constant true
      %v409 = arith.addi %v73, %v407 : i64
      %v410 = llvm.getelementptr %v37[%v409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v411 = llvm.load %v410 : !llvm.ptr<3> -> i64
      %v412 = arith.addi %v103, %v108 : i64
      %v413 = arith.cmpi slt, %v412, %v105 : i64
      %v414 = arith.subi %size_L, %v2 : i64
      %v415 = arith.minsi %v412, %v414 : i64
      %v416 = arith.addi %v411, %v415 : i64
      %v417 = arith.muli %v409, %v119 : i64
      %v418 = arith.addi %v417, %v108 : i64
      %v419 = llvm.getelementptr %in_u[%v416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v420 = llvm.load %v419 : !llvm.ptr -> f32
      %v422 = arith.addi %v107, %v421 : i64
      %v423 = arith.constant true
      %v424 = arith.addi %v73, %v422 : i64
      %v425 = llvm.getelementptr %v37[%v424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v426 = llvm.load %v425 : !llvm.ptr<3> -> i64
      %v427 = arith.addi %v103, %v108 : i64
      %v428 = arith.cmpi slt, %v427, %v105 : i64
      %v429 = arith.subi %size_L, %v2 : i64
      %v430 = arith.minsi %v427, %v429 : i64
      %v431 = arith.addi %v426, %v430 : i64
      %v432 = arith.muli %v424, %v119 : i64
      %v433 = arith.addi %v432, %v108 : i64
      %v434 = llvm.getelementptr %in_u[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v435 = llvm.load %v434 : !llvm.ptr -> f32
      %v437 = arith.addi %v107, %v436 : i64
      %v438 = arith.constant true
      %v439 = arith.addi %v73, %v437 : i64
      %v440 = llvm.getelementptr %v37[%v439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v441 = llvm.load %v440 : !llvm.ptr<3> -> i64
      %v442 = arith.addi %v103, %v108 : i64
      %v443 = arith.cmpi slt, %v442, %v105 : i64
      %v444 = arith.subi %size_L, %v2 : i64
      %v445 = arith.minsi %v442, %v444 : i64
      %v446 = arith.addi %v441, %v445 : i64
      %v447 = arith.muli %v439, %v119 : i64
      %v448 = arith.addi %v447, %v108 : i64
      %v449 = llvm.getelementptr %in_u[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v450 = llvm.load %v449 : !llvm.ptr -> f32
      %v452 = arith.addi %v107, %v451 : i64
      %v453 = arith.constant true
      %v454 = arith.addi %v73, %v452 : i64
      %v455 = llvm.getelementptr %v37[%v454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v456 = llvm.load %v455 : !llvm.ptr<3> -> i64
      %v457 = arith.addi %v103, %v108 : i64
      %v458 = arith.cmpi slt, %v457, %v105 : i64
      %v459 = arith.subi %size_L, %v2 : i64
      %v460 = arith.minsi %v457, %v459 : i64
      %v461 = arith.addi %v456, %v460 : i64
      %v462 = arith.muli %v454, %v119 : i64
      %v463 = arith.addi %v462, %v108 : i64
      %v464 = llvm.getelementptr %in_u[%v461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v465 = llvm.load %v464 : !llvm.ptr -> f32
      %v467 = arith.addi %v107, %v466 : i64
      %v468 = arith.constant true
      %v469 = arith.addi %v73, %v467 : i64
      %v470 = llvm.getelementptr %v37[%v469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v471 = llvm.load %v470 : !llvm.ptr<3> -> i64
      %v472 = arith.addi %v103, %v108 : i64
      %v473 = arith.cmpi slt, %v472, %v105 : i64
      %v474 = arith.subi %size_L, %v2 : i64
      %v475 = arith.minsi %v472, %v474 : i64
      %v476 = arith.addi %v471, %v475 : i64
      %v477 = arith.muli %v469, %v119 : i64
      %v478 = arith.addi %v477, %v108 : i64
      %v479 = llvm.getelementptr %in_u[%v476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v480 = llvm.load %v479 : !llvm.ptr -> f32
      %v482 = arith.addi %v107, %v481 : i64
      %v483 = arith.constant true
      %v484 = arith.addi %v73, %v482 : i64
      %v485 = llvm.getelementptr %v37[%v484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v486 = llvm.load %v485 : !llvm.ptr<3> -> i64
      %v487 = arith.addi %v103, %v108 : i64
      %v488 = arith.cmpi slt, %v487, %v105 : i64
      %v489 = arith.subi %size_L, %v2 : i64
      %v490 = arith.minsi %v487, %v489 : i64
      %v491 = arith.addi %v486, %v490 : i64
      %v492 = arith.muli %v484, %v119 : i64
      %v493 = arith.addi %v492, %v108 : i64
      %v494 = llvm.getelementptr %in_u[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v495 = llvm.load %v494 : !llvm.ptr -> f32
      %v497 = arith.addi %v107, %v496 : i64
      %v498 = arith.constant true
      %v499 = arith.addi %v73, %v497 : i64
      %v500 = llvm.getelementptr %v37[%v499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v501 = llvm.load %v500 : !llvm.ptr<3> -> i64
      %v502 = arith.addi %v103, %v108 : i64
      %v503 = arith.cmpi slt, %v502, %v105 : i64
      %v504 = arith.subi %size_L, %v2 : i64
      %v505 = arith.minsi %v502, %v504 : i64
      %v506 = arith.addi %v501, %v505 : i64
      %v507 = arith.muli %v499, %v119 : i64
      %v508 = arith.addi %v507, %v108 : i64
      %v509 = llvm.getelementptr %in_u[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v510 = llvm.load %v509 : !llvm.ptr -> f32
      %v512 = arith.addi %v107, %v511 : i64
      %v513 = arith.constant true
      %v514 = arith.addi %v73, %v512 : i64
      %v515 = llvm.getelementptr %v37[%v514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v516 = llvm.load %v515 : !llvm.ptr<3> -> i64
      %v517 = arith.addi %v103, %v108 : i64
      %v518 = arith.cmpi slt, %v517, %v105 : i64
      %v519 = arith.subi %size_L, %v2 : i64
      %v520 = arith.minsi %v517, %v519 : i64
      %v521 = arith.addi %v516, %v520 : i64
      %v522 = arith.muli %v514, %v119 : i64
      %v523 = arith.addi %v522, %v108 : i64
      %v524 = llvm.getelementptr %in_u[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v525 = llvm.load %v524 : !llvm.ptr -> f32
      %v527 = arith.addi %v107, %v526 : i64
      %v528 = arith.constant true
      %v529 = arith.addi %v73, %v527 : i64
      %v530 = llvm.getelementptr %v37[%v529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v531 = llvm.load %v530 : !llvm.ptr<3> -> i64
      %v532 = arith.addi %v103, %v108 : i64
      %v533 = arith.cmpi slt, %v532, %v105 : i64
      %v534 = arith.subi %size_L, %v2 : i64
      %v535 = arith.minsi %v532, %v534 : i64
      %v536 = arith.addi %v531, %v535 : i64
      %v537 = arith.muli %v529, %v119 : i64
      %v538 = arith.addi %v537, %v108 : i64
      %v539 = llvm.getelementptr %in_u[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v540 = llvm.load %v539 : !llvm.ptr -> f32
      %v542 = arith.addi %v107, %v541 : i64
      %v543 = arith.constant true
      %v544 = arith.addi %v73, %v542 : i64
      %v545 = llvm.getelementptr %v37[%v544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v546 = llvm.load %v545 : !llvm.ptr<3> -> i64
      %v547 = arith.addi %v103, %v108 : i64
      %v548 = arith.cmpi slt, %v547, %v105 : i64
      %v549 = arith.subi %size_L, %v2 : i64
      %v550 = arith.minsi %v547, %v549 : i64
      %v551 = arith.addi %v546, %v550 : i64
      %v552 = arith.muli %v544, %v119 : i64
      %v553 = arith.addi %v552, %v108 : i64
      %v554 = llvm.getelementptr %in_u[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v555 = llvm.load %v554 : !llvm.ptr -> f32
      %v557 = arith.addi %v107, %v556 : i64
      %v558 = arith.constant true
      %v559 = arith.addi %v73, %v557 : i64
      %v560 = llvm.getelementptr %v37[%v559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v561 = llvm.load %v560 : !llvm.ptr<3> -> i64
      %v562 = arith.addi %v103, %v108 : i64
      %v563 = arith.cmpi slt, %v562, %v105 : i64
      %v564 = arith.subi %size_L, %v2 : i64
      %v565 = arith.minsi %v562, %v564 : i64
      %v566 = arith.addi %v561, %v565 : i64
      %v567 = arith.muli %v559, %v119 : i64
      %v568 = arith.addi %v567, %v108 : i64
      %v569 = llvm.getelementptr %in_u[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v570 = llvm.load %v569 : !llvm.ptr -> f32
      %v572 = arith.addi %v107, %v571 : i64
      %v573 = arith.constant true
      %v574 = arith.addi %v73, %v572 : i64
      %v575 = llvm.getelementptr %v37[%v574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v576 = llvm.load %v575 : !llvm.ptr<3> -> i64
      %v577 = arith.addi %v103, %v108 : i64
      %v578 = arith.cmpi slt, %v577, %v105 : i64
      %v579 = arith.subi %size_L, %v2 : i64
      %v580 = arith.minsi %v577, %v579 : i64
      %v581 = arith.addi %v576, %v580 : i64
      %v582 = arith.muli %v574, %v119 : i64
      %v583 = arith.addi %v582, %v108 : i64
      %v584 = llvm.getelementptr %in_u[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v585 = llvm.load %v584 : !llvm.ptr -> f32
      scf.if %v110 {
        %v586 = llvm.getelementptr %v38[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v123, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v125 {
        %v587 = llvm.getelementptr %v38[%v135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v137, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v140 {
        %v588 = llvm.getelementptr %v38[%v150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v152, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v155 {
        %v589 = llvm.getelementptr %v38[%v165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v167, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v170 {
        %v590 = llvm.getelementptr %v38[%v180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v182, %v590 : f32, !llvm.ptr<3>
      }
      scf.if %v185 {
        %v591 = llvm.getelementptr %v38[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v197, %v591 : f32, !llvm.ptr<3>
      }
      scf.if %v200 {
        %v592 = llvm.getelementptr %v38[%v210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v212, %v592 : f32, !llvm.ptr<3>
      }
      scf.if %v215 {
        %v593 = llvm.getelementptr %v38[%v225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v227, %v593 : f32, !llvm.ptr<3>
      }
      scf.if %v229 {
        %v594 = llvm.getelementptr %v38[%v239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v241, %v594 : f32, !llvm.ptr<3>
      }
      scf.if %v244 {
        %v595 = llvm.getelementptr %v38[%v254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v256, %v595 : f32, !llvm.ptr<3>
      }
      scf.if %v259 {
        %v596 = llvm.getelementptr %v38[%v269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v271, %v596 : f32, !llvm.ptr<3>
      }
      scf.if %v274 {
        %v597 = llvm.getelementptr %v38[%v284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v286, %v597 : f32, !llvm.ptr<3>
      }
      scf.if %v289 {
        %v598 = llvm.getelementptr %v38[%v299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v301, %v598 : f32, !llvm.ptr<3>
      }
      scf.if %v304 {
        %v599 = llvm.getelementptr %v38[%v314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v316, %v599 : f32, !llvm.ptr<3>
      }
      scf.if %v319 {
        %v600 = llvm.getelementptr %v38[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v331, %v600 : f32, !llvm.ptr<3>
      }
      scf.if %v334 {
        %v601 = llvm.getelementptr %v38[%v344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v346, %v601 : f32, !llvm.ptr<3>
      }
      scf.if %v348 {
        %v602 = llvm.getelementptr %v38[%v358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v360, %v602 : f32, !llvm.ptr<3>
      }
      scf.if %v363 {
        %v603 = llvm.getelementptr %v38[%v373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v375, %v603 : f32, !llvm.ptr<3>
      }
      scf.if %v378 {
        %v604 = llvm.getelementptr %v38[%v388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v390, %v604 : f32, !llvm.ptr<3>
      }
      scf.if %v393 {
        %v605 = llvm.getelementptr %v38[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v405, %v605 : f32, !llvm.ptr<3>
      }
      scf.if %v408 {
        %v606 = llvm.getelementptr %v38[%v418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v420, %v606 : f32, !llvm.ptr<3>
      }
      scf.if %v423 {
        %v607 = llvm.getelementptr %v38[%v433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v435, %v607 : f32, !llvm.ptr<3>
      }
      scf.if %v438 {
        %v608 = llvm.getelementptr %v38[%v448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v450, %v608 : f32, !llvm.ptr<3>
      }
      scf.if %v453 {
        %v609 = llvm.getelementptr %v38[%v463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v465, %v609 : f32, !llvm.ptr<3>
      }
      scf.if %v468 {
        %v610 = llvm.getelementptr %v38[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v480, %v610 : f32, !llvm.ptr<3>
      }
      scf.if %v483 {
        %v611 = llvm.getelementptr %v38[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v495, %v611 : f32, !llvm.ptr<3>
      }
      scf.if %v498 {
        %v612 = llvm.getelementptr %v38[%v508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v510, %v612 : f32, !llvm.ptr<3>
      }
      scf.if %v513 {
        %v613 = llvm.getelementptr %v38[%v523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v525, %v613 : f32, !llvm.ptr<3>
      }
      scf.if %v528 {
        %v614 = llvm.getelementptr %v38[%v538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v540, %v614 : f32, !llvm.ptr<3>
      }
      scf.if %v543 {
        %v615 = llvm.getelementptr %v38[%v553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v555, %v615 : f32, !llvm.ptr<3>
      }
      scf.if %v558 {
        %v616 = llvm.getelementptr %v38[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v570, %v616 : f32, !llvm.ptr<3>
      }
      scf.if %v573 {
        %v617 = llvm.getelementptr %v38[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v585, %v617 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v618 = arith.divui %v45, %v106 : i64
      %v619 = arith.remui %v45, %v106 : i64
      %v620 = arith.addi %v618, %v73 : i64
      %v621 = arith.constant true
      %v622 = arith.addi %v47, %v620 : i64
      %v623 = llvm.getelementptr %v37[%v622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v624 = llvm.load %v623 : !llvm.ptr<3> -> i64
      %v625 = arith.addi %v103, %v619 : i64
      %v626 = arith.cmpi slt, %v625, %v105 : i64
      %v627 = arith.subi %size_L, %v2 : i64
      %v628 = arith.minsi %v625, %v627 : i64
      %v629 = arith.addi %v624, %v628 : i64
      %v630 = arith.muli %v622, %v119 : i64
      %v631 = arith.addi %v630, %v619 : i64
      %v632 = llvm.getelementptr %in_delta[%v629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v633 = llvm.load %v632 : !llvm.ptr -> f32
      %v634 = arith.addi %v618, %v97 : i64
      %v635 = arith.constant true
      %v636 = arith.addi %v47, %v634 : i64
      %v637 = llvm.getelementptr %v37[%v636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v638 = llvm.load %v637 : !llvm.ptr<3> -> i64
      %v639 = arith.addi %v103, %v619 : i64
      %v640 = arith.cmpi slt, %v639, %v105 : i64
      %v641 = arith.subi %size_L, %v2 : i64
      %v642 = arith.minsi %v639, %v641 : i64
      %v643 = arith.addi %v638, %v642 : i64
      %v644 = arith.muli %v636, %v119 : i64
      %v645 = arith.addi %v644, %v619 : i64
      %v646 = llvm.getelementptr %in_delta[%v643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v647 = llvm.load %v646 : !llvm.ptr -> f32
      %v648 = arith.addi %v618, %v138 : i64
      %v649 = arith.constant true
      %v650 = arith.addi %v47, %v648 : i64
      %v651 = llvm.getelementptr %v37[%v650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v652 = llvm.load %v651 : !llvm.ptr<3> -> i64
      %v653 = arith.addi %v103, %v619 : i64
      %v654 = arith.cmpi slt, %v653, %v105 : i64
      %v655 = arith.subi %size_L, %v2 : i64
      %v656 = arith.minsi %v653, %v655 : i64
      %v657 = arith.addi %v652, %v656 : i64
      %v658 = arith.muli %v650, %v119 : i64
      %v659 = arith.addi %v658, %v619 : i64
      %v660 = llvm.getelementptr %in_delta[%v657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v661 = llvm.load %v660 : !llvm.ptr -> f32
      %v662 = arith.addi %v618, %v153 : i64
      %v663 = arith.constant true
      %v664 = arith.addi %v47, %v662 : i64
      %v665 = llvm.getelementptr %v37[%v664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v666 = llvm.load %v665 : !llvm.ptr<3> -> i64
      %v667 = arith.addi %v103, %v619 : i64
      %v668 = arith.cmpi slt, %v667, %v105 : i64
      %v669 = arith.subi %size_L, %v2 : i64
      %v670 = arith.minsi %v667, %v669 : i64
      %v671 = arith.addi %v666, %v670 : i64
      %v672 = arith.muli %v664, %v119 : i64
      %v673 = arith.addi %v672, %v619 : i64
      %v674 = llvm.getelementptr %in_delta[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v675 = llvm.load %v674 : !llvm.ptr -> f32
      %v676 = arith.addi %v618, %v168 : i64
      %v677 = arith.constant true
      %v678 = arith.addi %v47, %v676 : i64
      %v679 = llvm.getelementptr %v37[%v678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v680 = llvm.load %v679 : !llvm.ptr<3> -> i64
      %v681 = arith.addi %v103, %v619 : i64
      %v682 = arith.cmpi slt, %v681, %v105 : i64
      %v683 = arith.subi %size_L, %v2 : i64
      %v684 = arith.minsi %v681, %v683 : i64
      %v685 = arith.addi %v680, %v684 : i64
      %v686 = arith.muli %v678, %v119 : i64
      %v687 = arith.addi %v686, %v619 : i64
      %v688 = llvm.getelementptr %in_delta[%v685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v689 = llvm.load %v688 : !llvm.ptr -> f32
      %v690 = arith.addi %v618, %v183 : i64
      %v691 = arith.constant true
      %v692 = arith.addi %v47, %v690 : i64
      %v693 = llvm.getelementptr %v37[%v692] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v694 = llvm.load %v693 : !llvm.ptr<3> -> i64
      %v695 = arith.addi %v103, %v619 : i64
      %v696 = arith.cmpi slt, %v695, %v105 : i64
      %v697 = arith.subi %size_L, %v2 : i64
      %v698 = arith.minsi %v695, %v697 : i64
      %v699 = arith.addi %v694, %v698 : i64
      %v700 = arith.muli %v692, %v119 : i64
      %v701 = arith.addi %v700, %v619 : i64
      %v702 = llvm.getelementptr %in_delta[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v703 = llvm.load %v702 : !llvm.ptr -> f32
      %v704 = arith.addi %v618, %v198 : i64
      %v705 = arith.constant true
      %v706 = arith.addi %v47, %v704 : i64
      %v707 = llvm.getelementptr %v37[%v706] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v708 = llvm.load %v707 : !llvm.ptr<3> -> i64
      %v709 = arith.addi %v103, %v619 : i64
      %v710 = arith.cmpi slt, %v709, %v105 : i64
      %v711 = arith.subi %size_L, %v2 : i64
      %v712 = arith.minsi %v709, %v711 : i64
      %v713 = arith.addi %v708, %v712 : i64
      %v714 = arith.muli %v706, %v119 : i64
      %v715 = arith.addi %v714, %v619 : i64
      %v716 = llvm.getelementptr %in_delta[%v713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v717 = llvm.load %v716 : !llvm.ptr -> f32
      %v718 = arith.addi %v618, %v213 : i64
      %v719 = arith.constant true
      %v720 = arith.addi %v47, %v718 : i64
      %v721 = llvm.getelementptr %v37[%v720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v722 = llvm.load %v721 : !llvm.ptr<3> -> i64
      %v723 = arith.addi %v103, %v619 : i64
      %v724 = arith.cmpi slt, %v723, %v105 : i64
      %v725 = arith.subi %size_L, %v2 : i64
      %v726 = arith.minsi %v723, %v725 : i64
      %v727 = arith.addi %v722, %v726 : i64
      %v728 = arith.muli %v720, %v119 : i64
      %v729 = arith.addi %v728, %v619 : i64
      %v730 = llvm.getelementptr %in_delta[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v731 = llvm.load %v730 : !llvm.ptr -> f32
      %v732 = arith.addi %v618, %v1 : i64
      %v733 = arith.constant true
      %v734 = arith.addi %v47, %v732 : i64
      %v735 = llvm.getelementptr %v37[%v734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v736 = llvm.load %v735 : !llvm.ptr<3> -> i64
      %v737 = arith.addi %v103, %v619 : i64
      %v738 = arith.cmpi slt, %v737, %v105 : i64
      %v739 = arith.subi %size_L, %v2 : i64
      %v740 = arith.minsi %v737, %v739 : i64
      %v741 = arith.addi %v736, %v740 : i64
      %v742 = arith.muli %v734, %v119 : i64
      %v743 = arith.addi %v742, %v619 : i64
      %v744 = llvm.getelementptr %in_delta[%v741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v745 = llvm.load %v744 : !llvm.ptr -> f32
      %v746 = arith.addi %v618, %v242 : i64
      %v747 = arith.constant true
      %v748 = arith.addi %v47, %v746 : i64
      %v749 = llvm.getelementptr %v37[%v748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v750 = llvm.load %v749 : !llvm.ptr<3> -> i64
      %v751 = arith.addi %v103, %v619 : i64
      %v752 = arith.cmpi slt, %v751, %v105 : i64
      %v753 = arith.subi %size_L, %v2 : i64
      %v754 = arith.minsi %v751, %v753 : i64
      %v755 = arith.addi %v750, %v754 : i64
      %v756 = arith.muli %v748, %v119 : i64
      %v757 = arith.addi %v756, %v619 : i64
      %v758 = llvm.getelementptr %in_delta[%v755] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v759 = llvm.load %v758 : !llvm.ptr -> f32
      %v760 = arith.addi %v618, %v257 : i64
      %v761 = arith.constant true
      %v762 = arith.addi %v47, %v760 : i64
      %v763 = llvm.getelementptr %v37[%v762] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v764 = llvm.load %v763 : !llvm.ptr<3> -> i64
      %v765 = arith.addi %v103, %v619 : i64
      %v766 = arith.cmpi slt, %v765, %v105 : i64
      %v767 = arith.subi %size_L, %v2 : i64
      %v768 = arith.minsi %v765, %v767 : i64
      %v769 = arith.addi %v764, %v768 : i64
      %v770 = arith.muli %v762, %v119 : i64
      %v771 = arith.addi %v770, %v619 : i64
      %v772 = llvm.getelementptr %in_delta[%v769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v773 = llvm.load %v772 : !llvm.ptr -> f32
      %v774 = arith.addi %v618, %v272 : i64
      %v775 = arith.constant true
      %v776 = arith.addi %v47, %v774 : i64
      %v777 = llvm.getelementptr %v37[%v776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v778 = llvm.load %v777 : !llvm.ptr<3> -> i64
      %v779 = arith.addi %v103, %v619 : i64
      %v780 = arith.cmpi slt, %v779, %v105 : i64
      %v781 = arith.subi %size_L, %v2 : i64
      %v782 = arith.minsi %v779, %v781 : i64
      %v783 = arith.addi %v778, %v782 : i64
      %v784 = arith.muli %v776, %v119 : i64
      %v785 = arith.addi %v784, %v619 : i64
      %v786 = llvm.getelementptr %in_delta[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v787 = llvm.load %v786 : !llvm.ptr -> f32
      %v788 = arith.addi %v618, %v287 : i64
      %v789 = arith.constant true
      %v790 = arith.addi %v47, %v788 : i64
      %v791 = llvm.getelementptr %v37[%v790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v792 = llvm.load %v791 : !llvm.ptr<3> -> i64
      %v793 = arith.addi %v103, %v619 : i64
      %v794 = arith.cmpi slt, %v793, %v105 : i64
      %v795 = arith.subi %size_L, %v2 : i64
      %v796 = arith.minsi %v793, %v795 : i64
      %v797 = arith.addi %v792, %v796 : i64
      %v798 = arith.muli %v790, %v119 : i64
      %v799 = arith.addi %v798, %v619 : i64
      %v800 = llvm.getelementptr %in_delta[%v797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v801 = llvm.load %v800 : !llvm.ptr -> f32
      %v802 = arith.addi %v618, %v302 : i64
      %v803 = arith.constant true
      %v804 = arith.addi %v47, %v802 : i64
      %v805 = llvm.getelementptr %v37[%v804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v806 = llvm.load %v805 : !llvm.ptr<3> -> i64
      %v807 = arith.addi %v103, %v619 : i64
      %v808 = arith.cmpi slt, %v807, %v105 : i64
      %v809 = arith.subi %size_L, %v2 : i64
      %v810 = arith.minsi %v807, %v809 : i64
      %v811 = arith.addi %v806, %v810 : i64
      %v812 = arith.muli %v804, %v119 : i64
      %v813 = arith.addi %v812, %v619 : i64
      %v814 = llvm.getelementptr %in_delta[%v811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v815 = llvm.load %v814 : !llvm.ptr -> f32
      %v816 = arith.addi %v618, %v317 : i64
      %v817 = arith.constant true
      %v818 = arith.addi %v47, %v816 : i64
      %v819 = llvm.getelementptr %v37[%v818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v820 = llvm.load %v819 : !llvm.ptr<3> -> i64
      %v821 = arith.addi %v103, %v619 : i64
      %v822 = arith.cmpi slt, %v821, %v105 : i64
      %v823 = arith.subi %size_L, %v2 : i64
      %v824 = arith.minsi %v821, %v823 : i64
      %v825 = arith.addi %v820, %v824 : i64
      %v826 = arith.muli %v818, %v119 : i64
      %v827 = arith.addi %v826, %v619 : i64
      %v828 = llvm.getelementptr %in_delta[%v825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v829 = llvm.load %v828 : !llvm.ptr -> f32
      %v830 = arith.addi %v618, %v332 : i64
      %v831 = arith.constant true
      %v832 = arith.addi %v47, %v830 : i64
      %v833 = llvm.getelementptr %v37[%v832] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v834 = llvm.load %v833 : !llvm.ptr<3> -> i64
      %v835 = arith.addi %v103, %v619 : i64
      %v836 = arith.cmpi slt, %v835, %v105 : i64
      %v837 = arith.subi %size_L, %v2 : i64
      %v838 = arith.minsi %v835, %v837 : i64
      %v839 = arith.addi %v834, %v838 : i64
      %v840 = arith.muli %v832, %v119 : i64
      %v841 = arith.addi %v840, %v619 : i64
      %v842 = llvm.getelementptr %in_delta[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v843 = llvm.load %v842 : !llvm.ptr -> f32
      %v844 = arith.addi %v618, %v106 : i64
      %v845 = arith.constant true
      %v846 = arith.addi %v47, %v844 : i64
      %v847 = llvm.getelementptr %v37[%v846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v848 = llvm.load %v847 : !llvm.ptr<3> -> i64
      %v849 = arith.addi %v103, %v619 : i64
      %v850 = arith.cmpi slt, %v849, %v105 : i64
      %v851 = arith.subi %size_L, %v2 : i64
      %v852 = arith.minsi %v849, %v851 : i64
      %v853 = arith.addi %v848, %v852 : i64
      %v854 = arith.muli %v846, %v119 : i64
      %v855 = arith.addi %v854, %v619 : i64
      %v856 = llvm.getelementptr %in_delta[%v853] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v857 = llvm.load %v856 : !llvm.ptr -> f32
      %v858 = arith.addi %v618, %v361 : i64
      %v859 = arith.constant true
      %v860 = arith.addi %v47, %v858 : i64
      %v861 = llvm.getelementptr %v37[%v860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v862 = llvm.load %v861 : !llvm.ptr<3> -> i64
      %v863 = arith.addi %v103, %v619 : i64
      %v864 = arith.cmpi slt, %v863, %v105 : i64
      %v865 = arith.subi %size_L, %v2 : i64
      %v866 = arith.minsi %v863, %v865 : i64
      %v867 = arith.addi %v862, %v866 : i64
      %v868 = arith.muli %v860, %v119 : i64
      %v869 = arith.addi %v868, %v619 : i64
      %v870 = llvm.getelementptr %in_delta[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v871 = llvm.load %v870 : !llvm.ptr -> f32
      %v872 = arith.addi %v618, %v376 : i64
      %v873 = arith.constant true
      %v874 = arith.addi %v47, %v872 : i64
      %v875 = llvm.getelementptr %v37[%v874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v876 = llvm.load %v875 : !llvm.ptr<3> -> i64
      %v877 = arith.addi %v103, %v619 : i64
      %v878 = arith.cmpi slt, %v877, %v105 : i64
      %v879 = arith.subi %size_L, %v2 : i64
      %v880 = arith.minsi %v877, %v879 : i64
      %v881 = arith.addi %v876, %v880 : i64
      %v882 = arith.muli %v874, %v119 : i64
      %v883 = arith.addi %v882, %v619 : i64
      %v884 = llvm.getelementptr %in_delta[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v885 = llvm.load %v884 : !llvm.ptr -> f32
      %v886 = arith.addi %v618, %v391 : i64
      %v887 = arith.constant true
      %v888 = arith.addi %v47, %v886 : i64
      %v889 = llvm.getelementptr %v37[%v888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v890 = llvm.load %v889 : !llvm.ptr<3> -> i64
      %v891 = arith.addi %v103, %v619 : i64
      %v892 = arith.cmpi slt, %v891, %v105 : i64
      %v893 = arith.subi %size_L, %v2 : i64
      %v894 = arith.minsi %v891, %v893 : i64
      %v895 = arith.addi %v890, %v894 : i64
      %v896 = arith.muli %v888, %v119 : i64
      %v897 = arith.addi %v896, %v619 : i64
      %v898 = llvm.getelementptr %in_delta[%v895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v899 = llvm.load %v898 : !llvm.ptr -> f32
      %v900 = arith.addi %v618, %v406 : i64
      %v901 = arith.constant true
      %v902 = arith.addi %v47, %v900 : i64
      %v903 = llvm.getelementptr %v37[%v902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v904 = llvm.load %v903 : !llvm.ptr<3> -> i64
      %v905 = arith.addi %v103, %v619 : i64
      %v906 = arith.cmpi slt, %v905, %v105 : i64
      %v907 = arith.subi %size_L, %v2 : i64
      %v908 = arith.minsi %v905, %v907 : i64
      %v909 = arith.addi %v904, %v908 : i64
      %v910 = arith.muli %v902, %v119 : i64
      %v911 = arith.addi %v910, %v619 : i64
      %v912 = llvm.getelementptr %in_delta[%v909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v913 = llvm.load %v912 : !llvm.ptr -> f32
      %v914 = arith.addi %v618, %v421 : i64
      %v915 = arith.constant true
      %v916 = arith.addi %v47, %v914 : i64
      %v917 = llvm.getelementptr %v37[%v916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v918 = llvm.load %v917 : !llvm.ptr<3> -> i64
      %v919 = arith.addi %v103, %v619 : i64
      %v920 = arith.cmpi slt, %v919, %v105 : i64
      %v921 = arith.subi %size_L, %v2 : i64
      %v922 = arith.minsi %v919, %v921 : i64
      %v923 = arith.addi %v918, %v922 : i64
      %v924 = arith.muli %v916, %v119 : i64
      %v925 = arith.addi %v924, %v619 : i64
      %v926 = llvm.getelementptr %in_delta[%v923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v927 = llvm.load %v926 : !llvm.ptr -> f32
      %v928 = arith.addi %v618, %v436 : i64
      %v929 = arith.constant true
      %v930 = arith.addi %v47, %v928 : i64
      %v931 = llvm.getelementptr %v37[%v930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v932 = llvm.load %v931 : !llvm.ptr<3> -> i64
      %v933 = arith.addi %v103, %v619 : i64
      %v934 = arith.cmpi slt, %v933, %v105 : i64
      %v935 = arith.subi %size_L, %v2 : i64
      %v936 = arith.minsi %v933, %v935 : i64
      %v937 = arith.addi %v932, %v936 : i64
      %v938 = arith.muli %v930, %v119 : i64
      %v939 = arith.addi %v938, %v619 : i64
      %v940 = llvm.getelementptr %in_delta[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v941 = llvm.load %v940 : !llvm.ptr -> f32
      %v942 = arith.addi %v618, %v451 : i64
      %v943 = arith.constant true
      %v944 = arith.addi %v47, %v942 : i64
      %v945 = llvm.getelementptr %v37[%v944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v946 = llvm.load %v945 : !llvm.ptr<3> -> i64
      %v947 = arith.addi %v103, %v619 : i64
      %v948 = arith.cmpi slt, %v947, %v105 : i64
      %v949 = arith.subi %size_L, %v2 : i64
      %v950 = arith.minsi %v947, %v949 : i64
      %v951 = arith.addi %v946, %v950 : i64
      %v952 = arith.muli %v944, %v119 : i64
      %v953 = arith.addi %v952, %v619 : i64
      %v954 = llvm.getelementptr %in_delta[%v951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v955 = llvm.load %v954 : !llvm.ptr -> f32
      %v956 = arith.addi %v618, %v466 : i64
      %v957 = arith.constant true
      %v958 = arith.addi %v47, %v956 : i64
      %v959 = llvm.getelementptr %v37[%v958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v960 = llvm.load %v959 : !llvm.ptr<3> -> i64
      %v961 = arith.addi %v103, %v619 : i64
      %v962 = arith.cmpi slt, %v961, %v105 : i64
      %v963 = arith.subi %size_L, %v2 : i64
      %v964 = arith.minsi %v961, %v963 : i64
      %v965 = arith.addi %v960, %v964 : i64
      %v966 = arith.muli %v958, %v119 : i64
      %v967 = arith.addi %v966, %v619 : i64
      %v968 = llvm.getelementptr %in_delta[%v965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v969 = llvm.load %v968 : !llvm.ptr -> f32
      %v970 = arith.addi %v618, %v481 : i64
      %v971 = arith.constant true
      %v972 = arith.addi %v47, %v970 : i64
      %v973 = llvm.getelementptr %v37[%v972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v974 = llvm.load %v973 : !llvm.ptr<3> -> i64
      %v975 = arith.addi %v103, %v619 : i64
      %v976 = arith.cmpi slt, %v975, %v105 : i64
      %v977 = arith.subi %size_L, %v2 : i64
      %v978 = arith.minsi %v975, %v977 : i64
      %v979 = arith.addi %v974, %v978 : i64
      %v980 = arith.muli %v972, %v119 : i64
      %v981 = arith.addi %v980, %v619 : i64
      %v982 = llvm.getelementptr %in_delta[%v979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v983 = llvm.load %v982 : !llvm.ptr -> f32
      %v984 = arith.addi %v618, %v496 : i64
      %v985 = arith.constant true
      %v986 = arith.addi %v47, %v984 : i64
      %v987 = llvm.getelementptr %v37[%v986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v988 = llvm.load %v987 : !llvm.ptr<3> -> i64
      %v989 = arith.addi %v103, %v619 : i64
      %v990 = arith.cmpi slt, %v989, %v105 : i64
      %v991 = arith.subi %size_L, %v2 : i64
      %v992 = arith.minsi %v989, %v991 : i64
      %v993 = arith.addi %v988, %v992 : i64
      %v994 = arith.muli %v986, %v119 : i64
      %v995 = arith.addi %v994, %v619 : i64
      %v996 = llvm.getelementptr %in_delta[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v997 = llvm.load %v996 : !llvm.ptr -> f32
      %v998 = arith.addi %v618, %v511 : i64
      %v999 = arith.constant true
      %v1000 = arith.addi %v47, %v998 : i64
      %v1001 = llvm.getelementptr %v37[%v1000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1002 = llvm.load %v1001 : !llvm.ptr<3> -> i64
      %v1003 = arith.addi %v103, %v619 : i64
      %v1004 = arith.cmpi slt, %v1003, %v105 : i64
      %v1005 = arith.subi %size_L, %v2 : i64
      %v1006 = arith.minsi %v1003, %v1005 : i64
      %v1007 = arith.addi %v1002, %v1006 : i64
      %v1008 = arith.muli %v1000, %v119 : i64
      %v1009 = arith.addi %v1008, %v619 : i64
      %v1010 = llvm.getelementptr %in_delta[%v1007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1011 = llvm.load %v1010 : !llvm.ptr -> f32
      %v1012 = arith.addi %v618, %v526 : i64
      %v1013 = arith.constant true
      %v1014 = arith.addi %v47, %v1012 : i64
      %v1015 = llvm.getelementptr %v37[%v1014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1016 = llvm.load %v1015 : !llvm.ptr<3> -> i64
      %v1017 = arith.addi %v103, %v619 : i64
      %v1018 = arith.cmpi slt, %v1017, %v105 : i64
      %v1019 = arith.subi %size_L, %v2 : i64
      %v1020 = arith.minsi %v1017, %v1019 : i64
      %v1021 = arith.addi %v1016, %v1020 : i64
      %v1022 = arith.muli %v1014, %v119 : i64
      %v1023 = arith.addi %v1022, %v619 : i64
      %v1024 = llvm.getelementptr %in_delta[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
      %v1026 = arith.addi %v618, %v541 : i64
      %v1027 = arith.constant true
      %v1028 = arith.addi %v47, %v1026 : i64
      %v1029 = llvm.getelementptr %v37[%v1028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1030 = llvm.load %v1029 : !llvm.ptr<3> -> i64
      %v1031 = arith.addi %v103, %v619 : i64
      %v1032 = arith.cmpi slt, %v1031, %v105 : i64
      %v1033 = arith.subi %size_L, %v2 : i64
      %v1034 = arith.minsi %v1031, %v1033 : i64
      %v1035 = arith.addi %v1030, %v1034 : i64
      %v1036 = arith.muli %v1028, %v119 : i64
      %v1037 = arith.addi %v1036, %v619 : i64
      %v1038 = llvm.getelementptr %in_delta[%v1035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1039 = llvm.load %v1038 : !llvm.ptr -> f32
      %v1040 = arith.addi %v618, %v556 : i64
      %v1041 = arith.constant true
      %v1042 = arith.addi %v47, %v1040 : i64
      %v1043 = llvm.getelementptr %v37[%v1042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1044 = llvm.load %v1043 : !llvm.ptr<3> -> i64
      %v1045 = arith.addi %v103, %v619 : i64
      %v1046 = arith.cmpi slt, %v1045, %v105 : i64
      %v1047 = arith.subi %size_L, %v2 : i64
      %v1048 = arith.minsi %v1045, %v1047 : i64
      %v1049 = arith.addi %v1044, %v1048 : i64
      %v1050 = arith.muli %v1042, %v119 : i64
      %v1051 = arith.addi %v1050, %v619 : i64
      %v1052 = llvm.getelementptr %in_delta[%v1049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1053 = llvm.load %v1052 : !llvm.ptr -> f32
      %v1054 = arith.addi %v618, %v571 : i64
      %v1055 = arith.constant true
      %v1056 = arith.addi %v47, %v1054 : i64
      %v1057 = llvm.getelementptr %v37[%v1056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1058 = llvm.load %v1057 : !llvm.ptr<3> -> i64
      %v1059 = arith.addi %v103, %v619 : i64
      %v1060 = arith.cmpi slt, %v1059, %v105 : i64
      %v1061 = arith.subi %size_L, %v2 : i64
      %v1062 = arith.minsi %v1059, %v1061 : i64
      %v1063 = arith.addi %v1058, %v1062 : i64
      %v1064 = arith.muli %v1056, %v119 : i64
      %v1065 = arith.addi %v1064, %v619 : i64
      %v1066 = llvm.getelementptr %in_delta[%v1063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1067 = llvm.load %v1066 : !llvm.ptr -> f32
      scf.if %v621 {
        %v1068 = llvm.getelementptr %v38[%v631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v633, %v1068 : f32, !llvm.ptr<3>
      }
      scf.if %v635 {
        %v1069 = llvm.getelementptr %v38[%v645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v647, %v1069 : f32, !llvm.ptr<3>
      }
      scf.if %v649 {
        %v1070 = llvm.getelementptr %v38[%v659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v661, %v1070 : f32, !llvm.ptr<3>
      }
      scf.if %v663 {
        %v1071 = llvm.getelementptr %v38[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v675, %v1071 : f32, !llvm.ptr<3>
      }
      scf.if %v677 {
        %v1072 = llvm.getelementptr %v38[%v687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v689, %v1072 : f32, !llvm.ptr<3>
      }
      scf.if %v691 {
        %v1073 = llvm.getelementptr %v38[%v701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v703, %v1073 : f32, !llvm.ptr<3>
      }
      scf.if %v705 {
        %v1074 = llvm.getelementptr %v38[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v717, %v1074 : f32, !llvm.ptr<3>
      }
      scf.if %v719 {
        %v1075 = llvm.getelementptr %v38[%v729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v731, %v1075 : f32, !llvm.ptr<3>
      }
      scf.if %v733 {
        %v1076 = llvm.getelementptr %v38[%v743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v745, %v1076 : f32, !llvm.ptr<3>
      }
      scf.if %v747 {
        %v1077 = llvm.getelementptr %v38[%v757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v759, %v1077 : f32, !llvm.ptr<3>
      }
      scf.if %v761 {
        %v1078 = llvm.getelementptr %v38[%v771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v773, %v1078 : f32, !llvm.ptr<3>
      }
      scf.if %v775 {
        %v1079 = llvm.getelementptr %v38[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v787, %v1079 : f32, !llvm.ptr<3>
      }
      scf.if %v789 {
        %v1080 = llvm.getelementptr %v38[%v799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v801, %v1080 : f32, !llvm.ptr<3>
      }
      scf.if %v803 {
        %v1081 = llvm.getelementptr %v38[%v813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v815, %v1081 : f32, !llvm.ptr<3>
      }
      scf.if %v817 {
        %v1082 = llvm.getelementptr %v38[%v827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v829, %v1082 : f32, !llvm.ptr<3>
      }
      scf.if %v831 {
        %v1083 = llvm.getelementptr %v38[%v841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v843, %v1083 : f32, !llvm.ptr<3>
      }
      scf.if %v845 {
        %v1084 = llvm.getelementptr %v38[%v855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v857, %v1084 : f32, !llvm.ptr<3>
      }
      scf.if %v859 {
        %v1085 = llvm.getelementptr %v38[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v871, %v1085 : f32, !llvm.ptr<3>
      }
      scf.if %v873 {
        %v1086 = llvm.getelementptr %v38[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v885, %v1086 : f32, !llvm.ptr<3>
      }
      scf.if %v887 {
        %v1087 = llvm.getelementptr %v38[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v899, %v1087 : f32, !llvm.ptr<3>
      }
      scf.if %v901 {
        %v1088 = llvm.getelementptr %v38[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v913, %v1088 : f32, !llvm.ptr<3>
      }
      scf.if %v915 {
        %v1089 = llvm.getelementptr %v38[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v927, %v1089 : f32, !llvm.ptr<3>
      }
      scf.if %v929 {
        %v1090 = llvm.getelementptr %v38[%v939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v941, %v1090 : f32, !llvm.ptr<3>
      }
      scf.if %v943 {
        %v1091 = llvm.getelementptr %v38[%v953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v955, %v1091 : f32, !llvm.ptr<3>
      }
      scf.if %v957 {
        %v1092 = llvm.getelementptr %v38[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v969, %v1092 : f32, !llvm.ptr<3>
      }
      scf.if %v971 {
        %v1093 = llvm.getelementptr %v38[%v981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v983, %v1093 : f32, !llvm.ptr<3>
      }
      scf.if %v985 {
        %v1094 = llvm.getelementptr %v38[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v997, %v1094 : f32, !llvm.ptr<3>
      }
      scf.if %v999 {
        %v1095 = llvm.getelementptr %v38[%v1009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1011, %v1095 : f32, !llvm.ptr<3>
      }
      scf.if %v1013 {
        %v1096 = llvm.getelementptr %v38[%v1023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1025, %v1096 : f32, !llvm.ptr<3>
      }
      scf.if %v1027 {
        %v1097 = llvm.getelementptr %v38[%v1037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1039, %v1097 : f32, !llvm.ptr<3>
      }
      scf.if %v1041 {
        %v1098 = llvm.getelementptr %v38[%v1051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1053, %v1098 : f32, !llvm.ptr<3>
      }
      scf.if %v1055 {
        %v1099 = llvm.getelementptr %v38[%v1065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1067, %v1099 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1100 = arith.divui %v45, %v106 : i64
      %v1101 = arith.remui %v45, %v106 : i64
      %v1102 = arith.addi %v1100, %v73 : i64
      %v1103 = arith.constant true
      %v1105 = arith.addi %v1104, %v1102 : i64
      %v1106 = llvm.getelementptr %v37[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
      %v1108 = arith.addi %v103, %v1101 : i64
      %v1109 = arith.cmpi slt, %v1108, %v105 : i64
      %v1110 = arith.subi %size_L, %v2 : i64
      %v1111 = arith.minsi %v1108, %v1110 : i64
      %v1112 = arith.addi %v1107, %v1111 : i64
      %v1113 = arith.muli %v1105, %v119 : i64
      %v1114 = arith.addi %v1113, %v1101 : i64
      %v1115 = llvm.getelementptr %in_z[%v1112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1116 = llvm.load %v1115 : !llvm.ptr -> f32
      %v1117 = arith.addi %v1100, %v97 : i64
      %v1118 = arith.constant true
      %v1119 = arith.addi %v1104, %v1117 : i64
      %v1120 = llvm.getelementptr %v37[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1121 = llvm.load %v1120 : !llvm.ptr<3> -> i64
      %v1122 = arith.addi %v103, %v1101 : i64
      %v1123 = arith.cmpi slt, %v1122, %v105 : i64
      %v1124 = arith.subi %size_L, %v2 : i64
      %v1125 = arith.minsi %v1122, %v1124 : i64
      %v1126 = arith.addi %v1121, %v1125 : i64
      %v1127 = arith.muli %v1119, %v119 : i64
      %v1128 = arith.addi %v1127, %v1101 : i64
      %v1129 = llvm.getelementptr %in_z[%v1126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1130 = llvm.load %v1129 : !llvm.ptr -> f32
      %v1131 = arith.addi %v1100, %v138 : i64
      %v1132 = arith.constant true
      %v1133 = arith.addi %v1104, %v1131 : i64
      %v1134 = llvm.getelementptr %v37[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1135 = llvm.load %v1134 : !llvm.ptr<3> -> i64
      %v1136 = arith.addi %v103, %v1101 : i64
      %v1137 = arith.cmpi slt, %v1136, %v105 : i64
      %v1138 = arith.subi %size_L, %v2 : i64
      %v1139 = arith.minsi %v1136, %v1138 : i64
      %v1140 = arith.addi %v1135, %v1139 : i64
      %v1141 = arith.muli %v1133, %v119 : i64
      %v1142 = arith.addi %v1141, %v1101 : i64
      %v1143 = llvm.getelementptr %in_z[%v1140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1144 = llvm.load %v1143 : !llvm.ptr -> f32
      %v1145 = arith.addi %v1100, %v153 : i64
      %v1146 = arith.constant true
      %v1147 = arith.addi %v1104, %v1145 : i64
      %v1148 = llvm.getelementptr %v37[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1149 = llvm.load %v1148 : !llvm.ptr<3> -> i64
      %v1150 = arith.addi %v103, %v1101 : i64
      %v1151 = arith.cmpi slt, %v1150, %v105 : i64
      %v1152 = arith.subi %size_L, %v2 : i64
      %v1153 = arith.minsi %v1150, %v1152 : i64
      %v1154 = arith.addi %v1149, %v1153 : i64
      %v1155 = arith.muli %v1147, %v119 : i64
      %v1156 = arith.addi %v1155, %v1101 : i64
      %v1157 = llvm.getelementptr %in_z[%v1154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1158 = llvm.load %v1157 : !llvm.ptr -> f32
      %v1159 = arith.addi %v1100, %v168 : i64
      %v1160 = arith.constant true
      %v1161 = arith.addi %v1104, %v1159 : i64
      %v1162 = llvm.getelementptr %v37[%v1161] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1163 = llvm.load %v1162 : !llvm.ptr<3> -> i64
      %v1164 = arith.addi %v103, %v1101 : i64
      %v1165 = arith.cmpi slt, %v1164, %v105 : i64
      %v1166 = arith.subi %size_L, %v2 : i64
      %v1167 = arith.minsi %v1164, %v1166 : i64
      %v1168 = arith.addi %v1163, %v1167 : i64
      %v1169 = arith.muli %v1161, %v119 : i64
      %v1170 = arith.addi %v1169, %v1101 : i64
      %v1171 = llvm.getelementptr %in_z[%v1168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1172 = llvm.load %v1171 : !llvm.ptr -> f32
      %v1173 = arith.addi %v1100, %v183 : i64
      %v1174 = arith.constant true
      %v1175 = arith.addi %v1104, %v1173 : i64
      %v1176 = llvm.getelementptr %v37[%v1175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1177 = llvm.load %v1176 : !llvm.ptr<3> -> i64
      %v1178 = arith.addi %v103, %v1101 : i64
      %v1179 = arith.cmpi slt, %v1178, %v105 : i64
      %v1180 = arith.subi %size_L, %v2 : i64
      %v1181 = arith.minsi %v1178, %v1180 : i64
      %v1182 = arith.addi %v1177, %v1181 : i64
      %v1183 = arith.muli %v1175, %v119 : i64
      %v1184 = arith.addi %v1183, %v1101 : i64
      %v1185 = llvm.getelementptr %in_z[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
      %v1187 = arith.addi %v1100, %v198 : i64
      %v1188 = arith.constant true
      %v1189 = arith.addi %v1104, %v1187 : i64
      %v1190 = llvm.getelementptr %v37[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
      %v1192 = arith.addi %v103, %v1101 : i64
      %v1193 = arith.cmpi slt, %v1192, %v105 : i64
      %v1194 = arith.subi %size_L, %v2 : i64
      %v1195 = arith.minsi %v1192, %v1194 : i64
      %v1196 = arith.addi %v1191, %v1195 : i64
      %v1197 = arith.muli %v1189, %v119 : i64
      %v1198 = arith.addi %v1197, %v1101 : i64
      %v1199 = llvm.getelementptr %in_z[%v1196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1200 = llvm.load %v1199 : !llvm.ptr -> f32
      %v1201 = arith.addi %v1100, %v213 : i64
      %v1202 = arith.constant true
      %v1203 = arith.addi %v1104, %v1201 : i64
      %v1204 = llvm.getelementptr %v37[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1205 = llvm.load %v1204 : !llvm.ptr<3> -> i64
      %v1206 = arith.addi %v103, %v1101 : i64
      %v1207 = arith.cmpi slt, %v1206, %v105 : i64
      %v1208 = arith.subi %size_L, %v2 : i64
      %v1209 = arith.minsi %v1206, %v1208 : i64
      %v1210 = arith.addi %v1205, %v1209 : i64
      %v1211 = arith.muli %v1203, %v119 : i64
      %v1212 = arith.addi %v1211, %v1101 : i64
      %v1213 = llvm.getelementptr %in_z[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
      %v1215 = arith.addi %v1100, %v1 : i64
      %v1216 = arith.constant true
      %v1217 = arith.addi %v1104, %v1215 : i64
      %v1218 = llvm.getelementptr %v37[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1219 = llvm.load %v1218 : !llvm.ptr<3> -> i64
      %v1220 = arith.addi %v103, %v1101 : i64
      %v1221 = arith.cmpi slt, %v1220, %v105 : i64
      %v1222 = arith.subi %size_L, %v2 : i64
      %v1223 = arith.minsi %v1220, %v1222 : i64
      %v1224 = arith.addi %v1219, %v1223 : i64
      %v1225 = arith.muli %v1217, %v119 : i64
      %v1226 = arith.addi %v1225, %v1101 : i64
      %v1227 = llvm.getelementptr %in_z[%v1224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1228 = llvm.load %v1227 : !llvm.ptr -> f32
      %v1229 = arith.addi %v1100, %v242 : i64
      %v1230 = arith.constant true
      %v1231 = arith.addi %v1104, %v1229 : i64
      %v1232 = llvm.getelementptr %v37[%v1231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1233 = llvm.load %v1232 : !llvm.ptr<3> -> i64
      %v1234 = arith.addi %v103, %v1101 : i64
      %v1235 = arith.cmpi slt, %v1234, %v105 : i64
      %v1236 = arith.subi %size_L, %v2 : i64
      %v1237 = arith.minsi %v1234, %v1236 : i64
      %v1238 = arith.addi %v1233, %v1237 : i64
      %v1239 = arith.muli %v1231, %v119 : i64
      %v1240 = arith.addi %v1239, %v1101 : i64
      %v1241 = llvm.getelementptr %in_z[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
      %v1243 = arith.addi %v1100, %v257 : i64
      %v1244 = arith.constant true
      %v1245 = arith.addi %v1104, %v1243 : i64
      %v1246 = llvm.getelementptr %v37[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1247 = llvm.load %v1246 : !llvm.ptr<3> -> i64
      %v1248 = arith.addi %v103, %v1101 : i64
      %v1249 = arith.cmpi slt, %v1248, %v105 : i64
      %v1250 = arith.subi %size_L, %v2 : i64
      %v1251 = arith.minsi %v1248, %v1250 : i64
      %v1252 = arith.addi %v1247, %v1251 : i64
      %v1253 = arith.muli %v1245, %v119 : i64
      %v1254 = arith.addi %v1253, %v1101 : i64
      %v1255 = llvm.getelementptr %in_z[%v1252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1256 = llvm.load %v1255 : !llvm.ptr -> f32
      %v1257 = arith.addi %v1100, %v272 : i64
      %v1258 = arith.constant true
      %v1259 = arith.addi %v1104, %v1257 : i64
      %v1260 = llvm.getelementptr %v37[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1261 = llvm.load %v1260 : !llvm.ptr<3> -> i64
      %v1262 = arith.addi %v103, %v1101 : i64
      %v1263 = arith.cmpi slt, %v1262, %v105 : i64
      %v1264 = arith.subi %size_L, %v2 : i64
      %v1265 = arith.minsi %v1262, %v1264 : i64
      %v1266 = arith.addi %v1261, %v1265 : i64
      %v1267 = arith.muli %v1259, %v119 : i64
      %v1268 = arith.addi %v1267, %v1101 : i64
      %v1269 = llvm.getelementptr %in_z[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.addi %v1100, %v287 : i64
      %v1272 = arith.constant true
      %v1273 = arith.addi %v1104, %v1271 : i64
      %v1274 = llvm.getelementptr %v37[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
      %v1276 = arith.addi %v103, %v1101 : i64
      %v1277 = arith.cmpi slt, %v1276, %v105 : i64
      %v1278 = arith.subi %size_L, %v2 : i64
      %v1279 = arith.minsi %v1276, %v1278 : i64
      %v1280 = arith.addi %v1275, %v1279 : i64
      %v1281 = arith.muli %v1273, %v119 : i64
      %v1282 = arith.addi %v1281, %v1101 : i64
      %v1283 = llvm.getelementptr %in_z[%v1280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1284 = llvm.load %v1283 : !llvm.ptr -> f32
      %v1285 = arith.addi %v1100, %v302 : i64
      %v1286 = arith.constant true
      %v1287 = arith.addi %v1104, %v1285 : i64
      %v1288 = llvm.getelementptr %v37[%v1287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1289 = llvm.load %v1288 : !llvm.ptr<3> -> i64
      %v1290 = arith.addi %v103, %v1101 : i64
      %v1291 = arith.cmpi slt, %v1290, %v105 : i64
      %v1292 = arith.subi %size_L, %v2 : i64
      %v1293 = arith.minsi %v1290, %v1292 : i64
      %v1294 = arith.addi %v1289, %v1293 : i64
      %v1295 = arith.muli %v1287, %v119 : i64
      %v1296 = arith.addi %v1295, %v1101 : i64
      %v1297 = llvm.getelementptr %in_z[%v1294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1298 = llvm.load %v1297 : !llvm.ptr -> f32
      %v1299 = arith.addi %v1100, %v317 : i64
      %v1300 = arith.constant true
      %v1301 = arith.addi %v1104, %v1299 : i64
      %v1302 = llvm.getelementptr %v37[%v1301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1303 = llvm.load %v1302 : !llvm.ptr<3> -> i64
      %v1304 = arith.addi %v103, %v1101 : i64
      %v1305 = arith.cmpi slt, %v1304, %v105 : i64
      %v1306 = arith.subi %size_L, %v2 : i64
      %v1307 = arith.minsi %v1304, %v1306 : i64
      %v1308 = arith.addi %v1303, %v1307 : i64
      %v1309 = arith.muli %v1301, %v119 : i64
      %v1310 = arith.addi %v1309, %v1101 : i64
      %v1311 = llvm.getelementptr %in_z[%v1308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1312 = llvm.load %v1311 : !llvm.ptr -> f32
      %v1313 = arith.addi %v1100, %v332 : i64
      %v1314 = arith.constant true
      %v1315 = arith.addi %v1104, %v1313 : i64
      %v1316 = llvm.getelementptr %v37[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1317 = llvm.load %v1316 : !llvm.ptr<3> -> i64
      %v1318 = arith.addi %v103, %v1101 : i64
      %v1319 = arith.cmpi slt, %v1318, %v105 : i64
      %v1320 = arith.subi %size_L, %v2 : i64
      %v1321 = arith.minsi %v1318, %v1320 : i64
      %v1322 = arith.addi %v1317, %v1321 : i64
      %v1323 = arith.muli %v1315, %v119 : i64
      %v1324 = arith.addi %v1323, %v1101 : i64
      %v1325 = llvm.getelementptr %in_z[%v1322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1326 = llvm.load %v1325 : !llvm.ptr -> f32
      %v1327 = arith.addi %v1100, %v106 : i64
      %v1328 = arith.constant true
      %v1329 = arith.addi %v1104, %v1327 : i64
      %v1330 = llvm.getelementptr %v37[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1331 = llvm.load %v1330 : !llvm.ptr<3> -> i64
      %v1332 = arith.addi %v103, %v1101 : i64
      %v1333 = arith.cmpi slt, %v1332, %v105 : i64
      %v1334 = arith.subi %size_L, %v2 : i64
      %v1335 = arith.minsi %v1332, %v1334 : i64
      %v1336 = arith.addi %v1331, %v1335 : i64
      %v1337 = arith.muli %v1329, %v119 : i64
      %v1338 = arith.addi %v1337, %v1101 : i64
      %v1339 = llvm.getelementptr %in_z[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
      %v1341 = arith.addi %v1100, %v361 : i64
      %v1342 = arith.constant true
      %v1343 = arith.addi %v1104, %v1341 : i64
      %v1344 = llvm.getelementptr %v37[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
      %v1346 = arith.addi %v103, %v1101 : i64
      %v1347 = arith.cmpi slt, %v1346, %v105 : i64
      %v1348 = arith.subi %size_L, %v2 : i64
      %v1349 = arith.minsi %v1346, %v1348 : i64
      %v1350 = arith.addi %v1345, %v1349 : i64
      %v1351 = arith.muli %v1343, %v119 : i64
      %v1352 = arith.addi %v1351, %v1101 : i64
      %v1353 = llvm.getelementptr %in_z[%v1350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1354 = llvm.load %v1353 : !llvm.ptr -> f32
      %v1355 = arith.addi %v1100, %v376 : i64
      %v1356 = arith.constant true
      %v1357 = arith.addi %v1104, %v1355 : i64
      %v1358 = llvm.getelementptr %v37[%v1357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1359 = llvm.load %v1358 : !llvm.ptr<3> -> i64
      %v1360 = arith.addi %v103, %v1101 : i64
      %v1361 = arith.cmpi slt, %v1360, %v105 : i64
      %v1362 = arith.subi %size_L, %v2 : i64
      %v1363 = arith.minsi %v1360, %v1362 : i64
      %v1364 = arith.addi %v1359, %v1363 : i64
      %v1365 = arith.muli %v1357, %v119 : i64
      %v1366 = arith.addi %v1365, %v1101 : i64
      %v1367 = llvm.getelementptr %in_z[%v1364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1368 = llvm.load %v1367 : !llvm.ptr -> f32
      %v1369 = arith.addi %v1100, %v391 : i64
      %v1370 = arith.constant true
      %v1371 = arith.addi %v1104, %v1369 : i64
      %v1372 = llvm.getelementptr %v37[%v1371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1373 = llvm.load %v1372 : !llvm.ptr<3> -> i64
      %v1374 = arith.addi %v103, %v1101 : i64
      %v1375 = arith.cmpi slt, %v1374, %v105 : i64
      %v1376 = arith.subi %size_L, %v2 : i64
      %v1377 = arith.minsi %v1374, %v1376 : i64
      %v1378 = arith.addi %v1373, %v1377 : i64
      %v1379 = arith.muli %v1371, %v119 : i64
      %v1380 = arith.addi %v1379, %v1101 : i64
      %v1381 = llvm.getelementptr %in_z[%v1378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1382 = llvm.load %v1381 : !llvm.ptr -> f32
      %v1383 = arith.addi %v1100, %v406 : i64
      %v1384 = arith.constant true
      %v1385 = arith.addi %v1104, %v1383 : i64
      %v1386 = llvm.getelementptr %v37[%v1385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1387 = llvm.load %v1386 : !llvm.ptr<3> -> i64
      %v1388 = arith.addi %v103, %v1101 : i64
      %v1389 = arith.cmpi slt, %v1388, %v105 : i64
      %v1390 = arith.subi %size_L, %v2 : i64
      %v1391 = arith.minsi %v1388, %v1390 : i64
      %v1392 = arith.addi %v1387, %v1391 : i64
      %v1393 = arith.muli %v1385, %v119 : i64
      %v1394 = arith.addi %v1393, %v1101 : i64
      %v1395 = llvm.getelementptr %in_z[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
      %v1397 = arith.addi %v1100, %v421 : i64
      %v1398 = arith.constant true
      %v1399 = arith.addi %v1104, %v1397 : i64
      %v1400 = llvm.getelementptr %v37[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
      %v1402 = arith.addi %v103, %v1101 : i64
      %v1403 = arith.cmpi slt, %v1402, %v105 : i64
      %v1404 = arith.subi %size_L, %v2 : i64
      %v1405 = arith.minsi %v1402, %v1404 : i64
      %v1406 = arith.addi %v1401, %v1405 : i64
      %v1407 = arith.muli %v1399, %v119 : i64
      %v1408 = arith.addi %v1407, %v1101 : i64
      %v1409 = llvm.getelementptr %in_z[%v1406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1410 = llvm.load %v1409 : !llvm.ptr -> f32
      %v1411 = arith.addi %v1100, %v436 : i64
      %v1412 = arith.constant true
      %v1413 = arith.addi %v1104, %v1411 : i64
      %v1414 = llvm.getelementptr %v37[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1415 = llvm.load %v1414 : !llvm.ptr<3> -> i64
      %v1416 = arith.addi %v103, %v1101 : i64
      %v1417 = arith.cmpi slt, %v1416, %v105 : i64
      %v1418 = arith.subi %size_L, %v2 : i64
      %v1419 = arith.minsi %v1416, %v1418 : i64
      %v1420 = arith.addi %v1415, %v1419 : i64
      %v1421 = arith.muli %v1413, %v119 : i64
      %v1422 = arith.addi %v1421, %v1101 : i64
      %v1423 = llvm.getelementptr %in_z[%v1420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1424 = llvm.load %v1423 : !llvm.ptr -> f32
      %v1425 = arith.addi %v1100, %v451 : i64
      %v1426 = arith.constant true
      %v1427 = arith.addi %v1104, %v1425 : i64
      %v1428 = llvm.getelementptr %v37[%v1427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1429 = llvm.load %v1428 : !llvm.ptr<3> -> i64
      %v1430 = arith.addi %v103, %v1101 : i64
      %v1431 = arith.cmpi slt, %v1430, %v105 : i64
      %v1432 = arith.subi %size_L, %v2 : i64
      %v1433 = arith.minsi %v1430, %v1432 : i64
      %v1434 = arith.addi %v1429, %v1433 : i64
      %v1435 = arith.muli %v1427, %v119 : i64
      %v1436 = arith.addi %v1435, %v1101 : i64
      %v1437 = llvm.getelementptr %in_z[%v1434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1438 = llvm.load %v1437 : !llvm.ptr -> f32
      %v1439 = arith.addi %v1100, %v466 : i64
      %v1440 = arith.constant true
      %v1441 = arith.addi %v1104, %v1439 : i64
      %v1442 = llvm.getelementptr %v37[%v1441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1443 = llvm.load %v1442 : !llvm.ptr<3> -> i64
      %v1444 = arith.addi %v103, %v1101 : i64
      %v1445 = arith.cmpi slt, %v1444, %v105 : i64
      %v1446 = arith.subi %size_L, %v2 : i64
      %v1447 = arith.minsi %v1444, %v1446 : i64
      %v1448 = arith.addi %v1443, %v1447 : i64
      %v1449 = arith.muli %v1441, %v119 : i64
      %v1450 = arith.addi %v1449, %v1101 : i64
      %v1451 = llvm.getelementptr %in_z[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
      %v1453 = arith.addi %v1100, %v481 : i64
      %v1454 = arith.constant true
      %v1455 = arith.addi %v1104, %v1453 : i64
      %v1456 = llvm.getelementptr %v37[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> i64
      %v1458 = arith.addi %v103, %v1101 : i64
      %v1459 = arith.cmpi slt, %v1458, %v105 : i64
      %v1460 = arith.subi %size_L, %v2 : i64
      %v1461 = arith.minsi %v1458, %v1460 : i64
      %v1462 = arith.addi %v1457, %v1461 : i64
      %v1463 = arith.muli %v1455, %v119 : i64
      %v1464 = arith.addi %v1463, %v1101 : i64
      %v1465 = llvm.getelementptr %in_z[%v1462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1466 = llvm.load %v1465 : !llvm.ptr -> f32
      %v1467 = arith.addi %v1100, %v496 : i64
      %v1468 = arith.constant true
      %v1469 = arith.addi %v1104, %v1467 : i64
      %v1470 = llvm.getelementptr %v37[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1471 = llvm.load %v1470 : !llvm.ptr<3> -> i64
      %v1472 = arith.addi %v103, %v1101 : i64
      %v1473 = arith.cmpi slt, %v1472, %v105 : i64
      %v1474 = arith.subi %size_L, %v2 : i64
      %v1475 = arith.minsi %v1472, %v1474 : i64
      %v1476 = arith.addi %v1471, %v1475 : i64
      %v1477 = arith.muli %v1469, %v119 : i64
      %v1478 = arith.addi %v1477, %v1101 : i64
      %v1479 = llvm.getelementptr %in_z[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
      %v1481 = arith.addi %v1100, %v511 : i64
      %v1482 = arith.constant true
      %v1483 = arith.addi %v1104, %v1481 : i64
      %v1484 = llvm.getelementptr %v37[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1485 = llvm.load %v1484 : !llvm.ptr<3> -> i64
      %v1486 = arith.addi %v103, %v1101 : i64
      %v1487 = arith.cmpi slt, %v1486, %v105 : i64
      %v1488 = arith.subi %size_L, %v2 : i64
      %v1489 = arith.minsi %v1486, %v1488 : i64
      %v1490 = arith.addi %v1485, %v1489 : i64
      %v1491 = arith.muli %v1483, %v119 : i64
      %v1492 = arith.addi %v1491, %v1101 : i64
      %v1493 = llvm.getelementptr %in_z[%v1490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1494 = llvm.load %v1493 : !llvm.ptr -> f32
      %v1495 = arith.addi %v1100, %v526 : i64
      %v1496 = arith.constant true
      %v1497 = arith.addi %v1104, %v1495 : i64
      %v1498 = llvm.getelementptr %v37[%v1497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1499 = llvm.load %v1498 : !llvm.ptr<3> -> i64
      %v1500 = arith.addi %v103, %v1101 : i64
      %v1501 = arith.cmpi slt, %v1500, %v105 : i64
      %v1502 = arith.subi %size_L, %v2 : i64
      %v1503 = arith.minsi %v1500, %v1502 : i64
      %v1504 = arith.addi %v1499, %v1503 : i64
      %v1505 = arith.muli %v1497, %v119 : i64
      %v1506 = arith.addi %v1505, %v1101 : i64
      %v1507 = llvm.getelementptr %in_z[%v1504] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1508 = llvm.load %v1507 : !llvm.ptr -> f32
      %v1509 = arith.addi %v1100, %v541 : i64
      %v1510 = arith.constant true
      %v1511 = arith.addi %v1104, %v1509 : i64
      %v1512 = llvm.getelementptr %v37[%v1511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1513 = llvm.load %v1512 : !llvm.ptr<3> -> i64
      %v1514 = arith.addi %v103, %v1101 : i64
      %v1515 = arith.cmpi slt, %v1514, %v105 : i64
      %v1516 = arith.subi %size_L, %v2 : i64
      %v1517 = arith.minsi %v1514, %v1516 : i64
      %v1518 = arith.addi %v1513, %v1517 : i64
      %v1519 = arith.muli %v1511, %v119 : i64
      %v1520 = arith.addi %v1519, %v1101 : i64
      %v1521 = llvm.getelementptr %in_z[%v1518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1522 = llvm.load %v1521 : !llvm.ptr -> f32
      %v1523 = arith.addi %v1100, %v556 : i64
      %v1524 = arith.constant true
      %v1525 = arith.addi %v1104, %v1523 : i64
      %v1526 = llvm.getelementptr %v37[%v1525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1527 = llvm.load %v1526 : !llvm.ptr<3> -> i64
      %v1528 = arith.addi %v103, %v1101 : i64
      %v1529 = arith.cmpi slt, %v1528, %v105 : i64
      %v1530 = arith.subi %size_L, %v2 : i64
      %v1531 = arith.minsi %v1528, %v1530 : i64
      %v1532 = arith.addi %v1527, %v1531 : i64
      %v1533 = arith.muli %v1525, %v119 : i64
      %v1534 = arith.addi %v1533, %v1101 : i64
      %v1535 = llvm.getelementptr %in_z[%v1532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1536 = llvm.load %v1535 : !llvm.ptr -> f32
      %v1537 = arith.addi %v1100, %v571 : i64
      %v1538 = arith.constant true
      %v1539 = arith.addi %v1104, %v1537 : i64
      %v1540 = llvm.getelementptr %v37[%v1539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1541 = llvm.load %v1540 : !llvm.ptr<3> -> i64
      %v1542 = arith.addi %v103, %v1101 : i64
      %v1543 = arith.cmpi slt, %v1542, %v105 : i64
      %v1544 = arith.subi %size_L, %v2 : i64
      %v1545 = arith.minsi %v1542, %v1544 : i64
      %v1546 = arith.addi %v1541, %v1545 : i64
      %v1547 = arith.muli %v1539, %v119 : i64
      %v1548 = arith.addi %v1547, %v1101 : i64
      %v1549 = llvm.getelementptr %in_z[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
      scf.if %v1103 {
        %v1551 = llvm.getelementptr %v38[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1116, %v1551 : f32, !llvm.ptr<3>
      }
      scf.if %v1118 {
        %v1552 = llvm.getelementptr %v38[%v1128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1130, %v1552 : f32, !llvm.ptr<3>
      }
      scf.if %v1132 {
        %v1553 = llvm.getelementptr %v38[%v1142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1144, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1146 {
        %v1554 = llvm.getelementptr %v38[%v1156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1158, %v1554 : f32, !llvm.ptr<3>
      }
      scf.if %v1160 {
        %v1555 = llvm.getelementptr %v38[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1172, %v1555 : f32, !llvm.ptr<3>
      }
      scf.if %v1174 {
        %v1556 = llvm.getelementptr %v38[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1186, %v1556 : f32, !llvm.ptr<3>
      }
      scf.if %v1188 {
        %v1557 = llvm.getelementptr %v38[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1200, %v1557 : f32, !llvm.ptr<3>
      }
      scf.if %v1202 {
        %v1558 = llvm.getelementptr %v38[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1214, %v1558 : f32, !llvm.ptr<3>
      }
      scf.if %v1216 {
        %v1559 = llvm.getelementptr %v38[%v1226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1228, %v1559 : f32, !llvm.ptr<3>
      }
      scf.if %v1230 {
        %v1560 = llvm.getelementptr %v38[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1242, %v1560 : f32, !llvm.ptr<3>
      }
      scf.if %v1244 {
        %v1561 = llvm.getelementptr %v38[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1256, %v1561 : f32, !llvm.ptr<3>
      }
      scf.if %v1258 {
        %v1562 = llvm.getelementptr %v38[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1270, %v1562 : f32, !llvm.ptr<3>
      }
      scf.if %v1272 {
        %v1563 = llvm.getelementptr %v38[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1284, %v1563 : f32, !llvm.ptr<3>
      }
      scf.if %v1286 {
        %v1564 = llvm.getelementptr %v38[%v1296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1298, %v1564 : f32, !llvm.ptr<3>
      }
      scf.if %v1300 {
        %v1565 = llvm.getelementptr %v38[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1312, %v1565 : f32, !llvm.ptr<3>
      }
      scf.if %v1314 {
        %v1566 = llvm.getelementptr %v38[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1326, %v1566 : f32, !llvm.ptr<3>
      }
      scf.if %v1328 {
        %v1567 = llvm.getelementptr %v38[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1340, %v1567 : f32, !llvm.ptr<3>
      }
      scf.if %v1342 {
        %v1568 = llvm.getelementptr %v38[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1354, %v1568 : f32, !llvm.ptr<3>
      }
      scf.if %v1356 {
        %v1569 = llvm.getelementptr %v38[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1368, %v1569 : f32, !llvm.ptr<3>
      }
      scf.if %v1370 {
        %v1570 = llvm.getelementptr %v38[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1382, %v1570 : f32, !llvm.ptr<3>
      }
      scf.if %v1384 {
        %v1571 = llvm.getelementptr %v38[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1396, %v1571 : f32, !llvm.ptr<3>
      }
      scf.if %v1398 {
        %v1572 = llvm.getelementptr %v38[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1410, %v1572 : f32, !llvm.ptr<3>
      }
      scf.if %v1412 {
        %v1573 = llvm.getelementptr %v38[%v1422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1424, %v1573 : f32, !llvm.ptr<3>
      }
      scf.if %v1426 {
        %v1574 = llvm.getelementptr %v38[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1438, %v1574 : f32, !llvm.ptr<3>
      }
      scf.if %v1440 {
        %v1575 = llvm.getelementptr %v38[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1452, %v1575 : f32, !llvm.ptr<3>
      }
      scf.if %v1454 {
        %v1576 = llvm.getelementptr %v38[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1466, %v1576 : f32, !llvm.ptr<3>
      }
      scf.if %v1468 {
        %v1577 = llvm.getelementptr %v38[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1480, %v1577 : f32, !llvm.ptr<3>
      }
      scf.if %v1482 {
        %v1578 = llvm.getelementptr %v38[%v1492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1494, %v1578 : f32, !llvm.ptr<3>
      }
      scf.if %v1496 {
        %v1579 = llvm.getelementptr %v38[%v1506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1508, %v1579 : f32, !llvm.ptr<3>
      }
      scf.if %v1510 {
        %v1580 = llvm.getelementptr %v38[%v1520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1522, %v1580 : f32, !llvm.ptr<3>
      }
      scf.if %v1524 {
        %v1581 = llvm.getelementptr %v38[%v1534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1536, %v1581 : f32, !llvm.ptr<3>
      }
      scf.if %v1538 {
        %v1582 = llvm.getelementptr %v38[%v1548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1550, %v1582 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1583 = arith.index_cast %v103 : i64 to index
      %v1584 = arith.index_cast %v105 : i64 to index
      %v1585 = arith.index_cast %v106 : i64 to index
      scf.for %v1586 = %v1583 to %v1584 step %v1585 {
        %v1587 = arith.index_cast %v1586 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v1588 = arith.subi %size_L, %v2 : i64
        %v1590 = arith.index_cast %v45 : i64 to index
        %v1591 = arith.index_cast %v1589 : i64 to index
        %v1592 = arith.index_cast %v47 : i64 to index
        scf.for %v1593 = %v1590 to %v1591 step %v1592 {
          %v1594 = arith.index_cast %v1593 : index to i64
          %v1595 = arith.remui %v1594, %v106 : i64
          %v1596 = arith.divui %v1594, %v106 : i64
          %v1597 = arith.addi %v1587, %v1595 : i64
          %v1598 = arith.minsi %v1597, %v1588 : i64
          %v1599 = arith.remui %v1596, %v1 : i64
          %v1600 = arith.divui %v1596, %v1 : i64
          %v1603 = arith.muli %v69, %v1602 : i64
          %v1604 = arith.muli %v1599, %v1601 : i64
          %v1605 = arith.addi %v1603, %v1604 : i64
          %v1606 = arith.muli %v1598, %v2 : i64
          %v1607 = arith.addi %v1605, %v1606 : i64
          %v1608 = llvm.getelementptr %in_Bm[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1609 = llvm.load %v1608 : !llvm.ptr -> f32
          %v1611 = arith.muli %v1596, %v1610 : i64
          %v1612 = arith.addi %v1611, %v1595 : i64
          %v1613 = llvm.getelementptr %v72[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1609, %v1613 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1614 = arith.subi %v105, %v1587 : i64
        %v1615 = arith.minsi %v1614, %v106 : i64
        %v1616 = arith.addi %v1587, %v106 : i64
        %v1617 = arith.divui %v45, %v106 : i64
        %v1618 = arith.remui %v45, %v106 : i64
        %v1619 = arith.addi %v1617, %v73 : i64
        %v1620 = arith.constant true
        %v1621 = arith.addi %v73, %v1619 : i64
        %v1622 = llvm.getelementptr %v37[%v1621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1623 = llvm.load %v1622 : !llvm.ptr<3> -> i64
        %v1624 = arith.addi %v1616, %v1618 : i64
        %v1625 = arith.cmpi slt, %v1624, %v105 : i64
        %v1626 = arith.subi %size_L, %v2 : i64
        %v1627 = arith.minsi %v1624, %v1626 : i64
        %v1628 = arith.addi %v1623, %v1627 : i64
        %v1629 = arith.muli %v1621, %v119 : i64
        %v1630 = arith.addi %v1629, %v1618 : i64
        %v1631 = llvm.getelementptr %in_u[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1632 = llvm.load %v1631 : !llvm.ptr -> f32
        %v1633 = arith.addi %v1617, %v97 : i64
        %v1634 = arith.constant true
        %v1635 = arith.addi %v73, %v1633 : i64
        %v1636 = llvm.getelementptr %v37[%v1635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1637 = llvm.load %v1636 : !llvm.ptr<3> -> i64
        %v1638 = arith.addi %v1616, %v1618 : i64
        %v1639 = arith.cmpi slt, %v1638, %v105 : i64
        %v1640 = arith.subi %size_L, %v2 : i64
        %v1641 = arith.minsi %v1638, %v1640 : i64
        %v1642 = arith.addi %v1637, %v1641 : i64
        %v1643 = arith.muli %v1635, %v119 : i64
        %v1644 = arith.addi %v1643, %v1618 : i64
        %v1645 = llvm.getelementptr %in_u[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
        %v1647 = arith.addi %v1617, %v138 : i64
        %v1648 = arith.constant true
        %v1649 = arith.addi %v73, %v1647 : i64
        %v1650 = llvm.getelementptr %v37[%v1649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1651 = llvm.load %v1650 : !llvm.ptr<3> -> i64
        %v1652 = arith.addi %v1616, %v1618 : i64
        %v1653 = arith.cmpi slt, %v1652, %v105 : i64
        %v1654 = arith.subi %size_L, %v2 : i64
        %v1655 = arith.minsi %v1652, %v1654 : i64
        %v1656 = arith.addi %v1651, %v1655 : i64
        %v1657 = arith.muli %v1649, %v119 : i64
        %v1658 = arith.addi %v1657, %v1618 : i64
        %v1659 = llvm.getelementptr %in_u[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1660 = llvm.load %v1659 : !llvm.ptr -> f32
        %v1661 = arith.addi %v1617, %v153 : i64
        %v1662 = arith.constant true
        %v1663 = arith.addi %v73, %v1661 : i64
        %v1664 = llvm.getelementptr %v37[%v1663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1665 = llvm.load %v1664 : !llvm.ptr<3> -> i64
        %v1666 = arith.addi %v1616, %v1618 : i64
        %v1667 = arith.cmpi slt, %v1666, %v105 : i64
        %v1668 = arith.subi %size_L, %v2 : i64
        %v1669 = arith.minsi %v1666, %v1668 : i64
        %v1670 = arith.addi %v1665, %v1669 : i64
        %v1671 = arith.muli %v1663, %v119 : i64
        %v1672 = arith.addi %v1671, %v1618 : i64
        %v1673 = llvm.getelementptr %in_u[%v1670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1674 = llvm.load %v1673 : !llvm.ptr -> f32
        %v1675 = arith.addi %v1617, %v168 : i64
        %v1676 = arith.constant true
        %v1677 = arith.addi %v73, %v1675 : i64
        %v1678 = llvm.getelementptr %v37[%v1677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1679 = llvm.load %v1678 : !llvm.ptr<3> -> i64
        %v1680 = arith.addi %v1616, %v1618 : i64
        %v1681 = arith.cmpi slt, %v1680, %v105 : i64
        %v1682 = arith.subi %size_L, %v2 : i64
        %v1683 = arith.minsi %v1680, %v1682 : i64
        %v1684 = arith.addi %v1679, %v1683 : i64
        %v1685 = arith.muli %v1677, %v119 : i64
        %v1686 = arith.addi %v1685, %v1618 : i64
        %v1687 = llvm.getelementptr %in_u[%v1684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1688 = llvm.load %v1687 : !llvm.ptr -> f32
        %v1689 = arith.addi %v1617, %v183 : i64
        %v1690 = arith.constant true
        %v1691 = arith.addi %v73, %v1689 : i64
        %v1692 = llvm.getelementptr %v37[%v1691] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1693 = llvm.load %v1692 : !llvm.ptr<3> -> i64
        %v1694 = arith.addi %v1616, %v1618 : i64
        %v1695 = arith.cmpi slt, %v1694, %v105 : i64
        %v1696 = arith.subi %size_L, %v2 : i64
        %v1697 = arith.minsi %v1694, %v1696 : i64
        %v1698 = arith.addi %v1693, %v1697 : i64
        %v1699 = arith.muli %v1691, %v119 : i64
        %v1700 = arith.addi %v1699, %v1618 : i64
        %v1701 = llvm.getelementptr %in_u[%v1698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1702 = llvm.load %v1701 : !llvm.ptr -> f32
        %v1703 = arith.addi %v1617, %v198 : i64
        %v1704 = arith.constant true
        %v1705 = arith.addi %v73, %v1703 : i64
        %v1706 = llvm.getelementptr %v37[%v1705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1707 = llvm.load %v1706 : !llvm.ptr<3> -> i64
        %v1708 = arith.addi %v1616, %v1618 : i64
        %v1709 = arith.cmpi slt, %v1708, %v105 : i64
        %v1710 = arith.subi %size_L, %v2 : i64
        %v1711 = arith.minsi %v1708, %v1710 : i64
        %v1712 = arith.addi %v1707, %v1711 : i64
        %v1713 = arith.muli %v1705, %v119 : i64
        %v1714 = arith.addi %v1713, %v1618 : i64
        %v1715 = llvm.getelementptr %in_u[%v1712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1716 = llvm.load %v1715 : !llvm.ptr -> f32
        %v1717 = arith.addi %v1617, %v213 : i64
        %v1718 = arith.constant true
        %v1719 = arith.addi %v73, %v1717 : i64
        %v1720 = llvm.getelementptr %v37[%v1719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1721 = llvm.load %v1720 : !llvm.ptr<3> -> i64
        %v1722 = arith.addi %v1616, %v1618 : i64
        %v1723 = arith.cmpi slt, %v1722, %v105 : i64
        %v1724 = arith.subi %size_L, %v2 : i64
        %v1725 = arith.minsi %v1722, %v1724 : i64
        %v1726 = arith.addi %v1721, %v1725 : i64
        %v1727 = arith.muli %v1719, %v119 : i64
        %v1728 = arith.addi %v1727, %v1618 : i64
        %v1729 = llvm.getelementptr %in_u[%v1726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1730 = llvm.load %v1729 : !llvm.ptr -> f32
        %v1731 = arith.addi %v1617, %v1 : i64
        %v1732 = arith.constant true
        %v1733 = arith.addi %v73, %v1731 : i64
        %v1734 = llvm.getelementptr %v37[%v1733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1735 = llvm.load %v1734 : !llvm.ptr<3> -> i64
        %v1736 = arith.addi %v1616, %v1618 : i64
        %v1737 = arith.cmpi slt, %v1736, %v105 : i64
        %v1738 = arith.subi %size_L, %v2 : i64
        %v1739 = arith.minsi %v1736, %v1738 : i64
        %v1740 = arith.addi %v1735, %v1739 : i64
        %v1741 = arith.muli %v1733, %v119 : i64
        %v1742 = arith.addi %v1741, %v1618 : i64
        %v1743 = llvm.getelementptr %in_u[%v1740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1744 = llvm.load %v1743 : !llvm.ptr -> f32
        %v1745 = arith.addi %v1617, %v242 : i64
        %v1746 = arith.constant true
        %v1747 = arith.addi %v73, %v1745 : i64
        %v1748 = llvm.getelementptr %v37[%v1747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1749 = llvm.load %v1748 : !llvm.ptr<3> -> i64
        %v1750 = arith.addi %v1616, %v1618 : i64
        %v1751 = arith.cmpi slt, %v1750, %v105 : i64
        %v1752 = arith.subi %size_L, %v2 : i64
        %v1753 = arith.minsi %v1750, %v1752 : i64
        %v1754 = arith.addi %v1749, %v1753 : i64
        %v1755 = arith.muli %v1747, %v119 : i64
        %v1756 = arith.addi %v1755, %v1618 : i64
        %v1757 = llvm.getelementptr %in_u[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1758 = llvm.load %v1757 : !llvm.ptr -> f32
        %v1759 = arith.addi %v1617, %v257 : i64
        %v1760 = arith.constant true
        %v1761 = arith.addi %v73, %v1759 : i64
        %v1762 = llvm.getelementptr %v37[%v1761] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1763 = llvm.load %v1762 : !llvm.ptr<3> -> i64
        %v1764 = arith.addi %v1616, %v1618 : i64
        %v1765 = arith.cmpi slt, %v1764, %v105 : i64
        %v1766 = arith.subi %size_L, %v2 : i64
        %v1767 = arith.minsi %v1764, %v1766 : i64
        %v1768 = arith.addi %v1763, %v1767 : i64
        %v1769 = arith.muli %v1761, %v119 : i64
        %v1770 = arith.addi %v1769, %v1618 : i64
        %v1771 = llvm.getelementptr %in_u[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
        %v1773 = arith.addi %v1617, %v272 : i64
        %v1774 = arith.constant true
        %v1775 = arith.addi %v73, %v1773 : i64
        %v1776 = llvm.getelementptr %v37[%v1775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1777 = llvm.load %v1776 : !llvm.ptr<3> -> i64
        %v1778 = arith.addi %v1616, %v1618 : i64
        %v1779 = arith.cmpi slt, %v1778, %v105 : i64
        %v1780 = arith.subi %size_L, %v2 : i64
        %v1781 = arith.minsi %v1778, %v1780 : i64
        %v1782 = arith.addi %v1777, %v1781 : i64
        %v1783 = arith.muli %v1775, %v119 : i64
        %v1784 = arith.addi %v1783, %v1618 : i64
        %v1785 = llvm.getelementptr %in_u[%v1782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1786 = llvm.load %v1785 : !llvm.ptr -> f32
        %v1787 = arith.addi %v1617, %v287 : i64
        %v1788 = arith.constant true
        %v1789 = arith.addi %v73, %v1787 : i64
        %v1790 = llvm.getelementptr %v37[%v1789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1791 = llvm.load %v1790 : !llvm.ptr<3> -> i64
        %v1792 = arith.addi %v1616, %v1618 : i64
        %v1793 = arith.cmpi slt, %v1792, %v105 : i64
        %v1794 = arith.subi %size_L, %v2 : i64
        %v1795 = arith.minsi %v1792, %v1794 : i64
        %v1796 = arith.addi %v1791, %v1795 : i64
        %v1797 = arith.muli %v1789, %v119 : i64
        %v1798 = arith.addi %v1797, %v1618 : i64
        %v1799 = llvm.getelementptr %in_u[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1800 = llvm.load %v1799 : !llvm.ptr -> f32
        %v1801 = arith.addi %v1617, %v302 : i64
        %v1802 = arith.constant true
        %v1803 = arith.addi %v73, %v1801 : i64
        %v1804 = llvm.getelementptr %v37[%v1803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1805 = llvm.load %v1804 : !llvm.ptr<3> -> i64
        %v1806 = arith.addi %v1616, %v1618 : i64
        %v1807 = arith.cmpi slt, %v1806, %v105 : i64
        %v1808 = arith.subi %size_L, %v2 : i64
        %v1809 = arith.minsi %v1806, %v1808 : i64
        %v1810 = arith.addi %v1805, %v1809 : i64
        %v1811 = arith.muli %v1803, %v119 : i64
        %v1812 = arith.addi %v1811, %v1618 : i64
        %v1813 = llvm.getelementptr %in_u[%v1810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1814 = llvm.load %v1813 : !llvm.ptr -> f32
        %v1815 = arith.addi %v1617, %v317 : i64
        %v1816 = arith.constant true
        %v1817 = arith.addi %v73, %v1815 : i64
        %v1818 = llvm.getelementptr %v37[%v1817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1819 = llvm.load %v1818 : !llvm.ptr<3> -> i64
        %v1820 = arith.addi %v1616, %v1618 : i64
        %v1821 = arith.cmpi slt, %v1820, %v105 : i64
        %v1822 = arith.subi %size_L, %v2 : i64
        %v1823 = arith.minsi %v1820, %v1822 : i64
        %v1824 = arith.addi %v1819, %v1823 : i64
        %v1825 = arith.muli %v1817, %v119 : i64
        %v1826 = arith.addi %v1825, %v1618 : i64
        %v1827 = llvm.getelementptr %in_u[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
        %v1829 = arith.addi %v1617, %v332 : i64
        %v1830 = arith.constant true
        %v1831 = arith.addi %v73, %v1829 : i64
        %v1832 = llvm.getelementptr %v37[%v1831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1833 = llvm.load %v1832 : !llvm.ptr<3> -> i64
        %v1834 = arith.addi %v1616, %v1618 : i64
        %v1835 = arith.cmpi slt, %v1834, %v105 : i64
        %v1836 = arith.subi %size_L, %v2 : i64
        %v1837 = arith.minsi %v1834, %v1836 : i64
        %v1838 = arith.addi %v1833, %v1837 : i64
        %v1839 = arith.muli %v1831, %v119 : i64
        %v1840 = arith.addi %v1839, %v1618 : i64
        %v1841 = llvm.getelementptr %in_u[%v1838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1842 = llvm.load %v1841 : !llvm.ptr -> f32
        %v1843 = arith.addi %v1617, %v106 : i64
        %v1844 = arith.constant true
        %v1845 = arith.addi %v73, %v1843 : i64
        %v1846 = llvm.getelementptr %v37[%v1845] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1847 = llvm.load %v1846 : !llvm.ptr<3> -> i64
        %v1848 = arith.addi %v1616, %v1618 : i64
        %v1849 = arith.cmpi slt, %v1848, %v105 : i64
        %v1850 = arith.subi %size_L, %v2 : i64
        %v1851 = arith.minsi %v1848, %v1850 : i64
        %v1852 = arith.addi %v1847, %v1851 : i64
        %v1853 = arith.muli %v1845, %v119 : i64
        %v1854 = arith.addi %v1853, %v1618 : i64
        %v1855 = llvm.getelementptr %in_u[%v1852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1856 = llvm.load %v1855 : !llvm.ptr -> f32
        %v1857 = arith.addi %v1617, %v361 : i64
        %v1858 = arith.constant true
        %v1859 = arith.addi %v73, %v1857 : i64
        %v1860 = llvm.getelementptr %v37[%v1859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1861 = llvm.load %v1860 : !llvm.ptr<3> -> i64
        %v1862 = arith.addi %v1616, %v1618 : i64
        %v1863 = arith.cmpi slt, %v1862, %v105 : i64
        %v1864 = arith.subi %size_L, %v2 : i64
        %v1865 = arith.minsi %v1862, %v1864 : i64
        %v1866 = arith.addi %v1861, %v1865 : i64
        %v1867 = arith.muli %v1859, %v119 : i64
        %v1868 = arith.addi %v1867, %v1618 : i64
        %v1869 = llvm.getelementptr %in_u[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1870 = llvm.load %v1869 : !llvm.ptr -> f32
        %v1871 = arith.addi %v1617, %v376 : i64
        %v1872 = arith.constant true
        %v1873 = arith.addi %v73, %v1871 : i64
        %v1874 = llvm.getelementptr %v37[%v1873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1875 = llvm.load %v1874 : !llvm.ptr<3> -> i64
        %v1876 = arith.addi %v1616, %v1618 : i64
        %v1877 = arith.cmpi slt, %v1876, %v105 : i64
        %v1878 = arith.subi %size_L, %v2 : i64
        %v1879 = arith.minsi %v1876, %v1878 : i64
        %v1880 = arith.addi %v1875, %v1879 : i64
        %v1881 = arith.muli %v1873, %v119 : i64
        %v1882 = arith.addi %v1881, %v1618 : i64
        %v1883 = llvm.getelementptr %in_u[%v1880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1884 = llvm.load %v1883 : !llvm.ptr -> f32
        %v1885 = arith.addi %v1617, %v391 : i64
        %v1886 = arith.constant true
        %v1887 = arith.addi %v73, %v1885 : i64
        %v1888 = llvm.getelementptr %v37[%v1887] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1889 = llvm.load %v1888 : !llvm.ptr<3> -> i64
        %v1890 = arith.addi %v1616, %v1618 : i64
        %v1891 = arith.cmpi slt, %v1890, %v105 : i64
        %v1892 = arith.subi %size_L, %v2 : i64
        %v1893 = arith.minsi %v1890, %v1892 : i64
        %v1894 = arith.addi %v1889, %v1893 : i64
        %v1895 = arith.muli %v1887, %v119 : i64
        %v1896 = arith.addi %v1895, %v1618 : i64
        %v1897 = llvm.getelementptr %in_u[%v1894] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1898 = llvm.load %v1897 : !llvm.ptr -> f32
        %v1899 = arith.addi %v1617, %v406 : i64
        %v1900 = arith.constant true
        %v1901 = arith.addi %v73, %v1899 : i64
        %v1902 = llvm.getelementptr %v37[%v1901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1903 = llvm.load %v1902 : !llvm.ptr<3> -> i64
        %v1904 = arith.addi %v1616, %v1618 : i64
        %v1905 = arith.cmpi slt, %v1904, %v105 : i64
        %v1906 = arith.subi %size_L, %v2 : i64
        %v1907 = arith.minsi %v1904, %v1906 : i64
        %v1908 = arith.addi %v1903, %v1907 : i64
        %v1909 = arith.muli %v1901, %v119 : i64
        %v1910 = arith.addi %v1909, %v1618 : i64
        %v1911 = llvm.getelementptr %in_u[%v1908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1912 = llvm.load %v1911 : !llvm.ptr -> f32
        %v1913 = arith.addi %v1617, %v421 : i64
        %v1914 = arith.constant true
        %v1915 = arith.addi %v73, %v1913 : i64
        %v1916 = llvm.getelementptr %v37[%v1915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1917 = llvm.load %v1916 : !llvm.ptr<3> -> i64
        %v1918 = arith.addi %v1616, %v1618 : i64
        %v1919 = arith.cmpi slt, %v1918, %v105 : i64
        %v1920 = arith.subi %size_L, %v2 : i64
        %v1921 = arith.minsi %v1918, %v1920 : i64
        %v1922 = arith.addi %v1917, %v1921 : i64
        %v1923 = arith.muli %v1915, %v119 : i64
        %v1924 = arith.addi %v1923, %v1618 : i64
        %v1925 = llvm.getelementptr %in_u[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
        %v1927 = arith.addi %v1617, %v436 : i64
        %v1928 = arith.constant true
        %v1929 = arith.addi %v73, %v1927 : i64
        %v1930 = llvm.getelementptr %v37[%v1929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1931 = llvm.load %v1930 : !llvm.ptr<3> -> i64
        %v1932 = arith.addi %v1616, %v1618 : i64
        %v1933 = arith.cmpi slt, %v1932, %v105 : i64
        %v1934 = arith.subi %size_L, %v2 : i64
        %v1935 = arith.minsi %v1932, %v1934 : i64
        %v1936 = arith.addi %v1931, %v1935 : i64
        %v1937 = arith.muli %v1929, %v119 : i64
        %v1938 = arith.addi %v1937, %v1618 : i64
        %v1939 = llvm.getelementptr %in_u[%v1936] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1940 = llvm.load %v1939 : !llvm.ptr -> f32
        %v1941 = arith.addi %v1617, %v451 : i64
        %v1942 = arith.constant true
        %v1943 = arith.addi %v73, %v1941 : i64
        %v1944 = llvm.getelementptr %v37[%v1943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1945 = llvm.load %v1944 : !llvm.ptr<3> -> i64
        %v1946 = arith.addi %v1616, %v1618 : i64
        %v1947 = arith.cmpi slt, %v1946, %v105 : i64
        %v1948 = arith.subi %size_L, %v2 : i64
        %v1949 = arith.minsi %v1946, %v1948 : i64
        %v1950 = arith.addi %v1945, %v1949 : i64
        %v1951 = arith.muli %v1943, %v119 : i64
        %v1952 = arith.addi %v1951, %v1618 : i64
        %v1953 = llvm.getelementptr %in_u[%v1950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1954 = llvm.load %v1953 : !llvm.ptr -> f32
        %v1955 = arith.addi %v1617, %v466 : i64
        %v1956 = arith.constant true
        %v1957 = arith.addi %v73, %v1955 : i64
        %v1958 = llvm.getelementptr %v37[%v1957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1959 = llvm.load %v1958 : !llvm.ptr<3> -> i64
        %v1960 = arith.addi %v1616, %v1618 : i64
        %v1961 = arith.cmpi slt, %v1960, %v105 : i64
        %v1962 = arith.subi %size_L, %v2 : i64
        %v1963 = arith.minsi %v1960, %v1962 : i64
        %v1964 = arith.addi %v1959, %v1963 : i64
        %v1965 = arith.muli %v1957, %v119 : i64
        %v1966 = arith.addi %v1965, %v1618 : i64
        %v1967 = llvm.getelementptr %in_u[%v1964] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1968 = llvm.load %v1967 : !llvm.ptr -> f32
        %v1969 = arith.addi %v1617, %v481 : i64
        %v1970 = arith.constant true
        %v1971 = arith.addi %v73, %v1969 : i64
        %v1972 = llvm.getelementptr %v37[%v1971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1973 = llvm.load %v1972 : !llvm.ptr<3> -> i64
        %v1974 = arith.addi %v1616, %v1618 : i64
        %v1975 = arith.cmpi slt, %v1974, %v105 : i64
        %v1976 = arith.subi %size_L, %v2 : i64
        %v1977 = arith.minsi %v1974, %v1976 : i64
        %v1978 = arith.addi %v1973, %v1977 : i64
        %v1979 = arith.muli %v1971, %v119 : i64
        %v1980 = arith.addi %v1979, %v1618 : i64
        %v1981 = llvm.getelementptr %in_u[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1982 = llvm.load %v1981 : !llvm.ptr -> f32
        %v1983 = arith.addi %v1617, %v496 : i64
        %v1984 = arith.constant true
        %v1985 = arith.addi %v73, %v1983 : i64
        %v1986 = llvm.getelementptr %v37[%v1985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1987 = llvm.load %v1986 : !llvm.ptr<3> -> i64
        %v1988 = arith.addi %v1616, %v1618 : i64
        %v1989 = arith.cmpi slt, %v1988, %v105 : i64
        %v1990 = arith.subi %size_L, %v2 : i64
        %v1991 = arith.minsi %v1988, %v1990 : i64
        %v1992 = arith.addi %v1987, %v1991 : i64
        %v1993 = arith.muli %v1985, %v119 : i64
        %v1994 = arith.addi %v1993, %v1618 : i64
        %v1995 = llvm.getelementptr %in_u[%v1992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1996 = llvm.load %v1995 : !llvm.ptr -> f32
        %v1997 = arith.addi %v1617, %v511 : i64
        %v1998 = arith.constant true
        %v1999 = arith.addi %v73, %v1997 : i64
        %v2000 = llvm.getelementptr %v37[%v1999] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2001 = llvm.load %v2000 : !llvm.ptr<3> -> i64
        %v2002 = arith.addi %v1616, %v1618 : i64
        %v2003 = arith.cmpi slt, %v2002, %v105 : i64
        %v2004 = arith.subi %size_L, %v2 : i64
        %v2005 = arith.minsi %v2002, %v2004 : i64
        %v2006 = arith.addi %v2001, %v2005 : i64
        %v2007 = arith.muli %v1999, %v119 : i64
        %v2008 = arith.addi %v2007, %v1618 : i64
        %v2009 = llvm.getelementptr %in_u[%v2006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2010 = llvm.load %v2009 : !llvm.ptr -> f32
        %v2011 = arith.addi %v1617, %v526 : i64
        %v2012 = arith.constant true
        %v2013 = arith.addi %v73, %v2011 : i64
        %v2014 = llvm.getelementptr %v37[%v2013] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2015 = llvm.load %v2014 : !llvm.ptr<3> -> i64
        %v2016 = arith.addi %v1616, %v1618 : i64
        %v2017 = arith.cmpi slt, %v2016, %v105 : i64
        %v2018 = arith.subi %size_L, %v2 : i64
        %v2019 = arith.minsi %v2016, %v2018 : i64
        %v2020 = arith.addi %v2015, %v2019 : i64
        %v2021 = arith.muli %v2013, %v119 : i64
        %v2022 = arith.addi %v2021, %v1618 : i64
        %v2023 = llvm.getelementptr %in_u[%v2020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2024 = llvm.load %v2023 : !llvm.ptr -> f32
        %v2025 = arith.addi %v1617, %v541 : i64
        %v2026 = arith.constant true
        %v2027 = arith.addi %v73, %v2025 : i64
        %v2028 = llvm.getelementptr %v37[%v2027] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2029 = llvm.load %v2028 : !llvm.ptr<3> -> i64
        %v2030 = arith.addi %v1616, %v1618 : i64
        %v2031 = arith.cmpi slt, %v2030, %v105 : i64
        %v2032 = arith.subi %size_L, %v2 : i64
        %v2033 = arith.minsi %v2030, %v2032 : i64
        %v2034 = arith.addi %v2029, %v2033 : i64
        %v2035 = arith.muli %v2027, %v119 : i64
        %v2036 = arith.addi %v2035, %v1618 : i64
        %v2037 = llvm.getelementptr %in_u[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2038 = llvm.load %v2037 : !llvm.ptr -> f32
        %v2039 = arith.addi %v1617, %v556 : i64
        %v2040 = arith.constant true
        %v2041 = arith.addi %v73, %v2039 : i64
        %v2042 = llvm.getelementptr %v37[%v2041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2043 = llvm.load %v2042 : !llvm.ptr<3> -> i64
        %v2044 = arith.addi %v1616, %v1618 : i64
        %v2045 = arith.cmpi slt, %v2044, %v105 : i64
        %v2046 = arith.subi %size_L, %v2 : i64
        %v2047 = arith.minsi %v2044, %v2046 : i64
        %v2048 = arith.addi %v2043, %v2047 : i64
        %v2049 = arith.muli %v2041, %v119 : i64
        %v2050 = arith.addi %v2049, %v1618 : i64
        %v2051 = llvm.getelementptr %in_u[%v2048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2052 = llvm.load %v2051 : !llvm.ptr -> f32
        %v2053 = arith.addi %v1617, %v571 : i64
        %v2054 = arith.constant true
        %v2055 = arith.addi %v73, %v2053 : i64
        %v2056 = llvm.getelementptr %v37[%v2055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2057 = llvm.load %v2056 : !llvm.ptr<3> -> i64
        %v2058 = arith.addi %v1616, %v1618 : i64
        %v2059 = arith.cmpi slt, %v2058, %v105 : i64
        %v2060 = arith.subi %size_L, %v2 : i64
        %v2061 = arith.minsi %v2058, %v2060 : i64
        %v2062 = arith.addi %v2057, %v2061 : i64
        %v2063 = arith.muli %v2055, %v119 : i64
        %v2064 = arith.addi %v2063, %v1618 : i64
        %v2065 = llvm.getelementptr %in_u[%v2062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2066 = llvm.load %v2065 : !llvm.ptr -> f32
        %v2067 = arith.divui %v45, %v106 : i64
        %v2068 = arith.remui %v45, %v106 : i64
        %v2069 = arith.addi %v2067, %v73 : i64
        %v2070 = arith.constant true
        %v2071 = arith.addi %v47, %v2069 : i64
        %v2072 = llvm.getelementptr %v37[%v2071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2073 = llvm.load %v2072 : !llvm.ptr<3> -> i64
        %v2074 = arith.addi %v1616, %v2068 : i64
        %v2075 = arith.cmpi slt, %v2074, %v105 : i64
        %v2076 = arith.subi %size_L, %v2 : i64
        %v2077 = arith.minsi %v2074, %v2076 : i64
        %v2078 = arith.addi %v2073, %v2077 : i64
        %v2079 = arith.muli %v2071, %v119 : i64
        %v2080 = arith.addi %v2079, %v2068 : i64
        %v2081 = llvm.getelementptr %in_delta[%v2078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2082 = llvm.load %v2081 : !llvm.ptr -> f32
        %v2083 = arith.addi %v2067, %v97 : i64
        %v2084 = arith.constant true
        %v2085 = arith.addi %v47, %v2083 : i64
        %v2086 = llvm.getelementptr %v37[%v2085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2087 = llvm.load %v2086 : !llvm.ptr<3> -> i64
        %v2088 = arith.addi %v1616, %v2068 : i64
        %v2089 = arith.cmpi slt, %v2088, %v105 : i64
        %v2090 = arith.subi %size_L, %v2 : i64
        %v2091 = arith.minsi %v2088, %v2090 : i64
        %v2092 = arith.addi %v2087, %v2091 : i64
        %v2093 = arith.muli %v2085, %v119 : i64
        %v2094 = arith.addi %v2093, %v2068 : i64
        %v2095 = llvm.getelementptr %in_delta[%v2092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2096 = llvm.load %v2095 : !llvm.ptr -> f32
        %v2097 = arith.addi %v2067, %v138 : i64
        %v2098 = arith.constant true
        %v2099 = arith.addi %v47, %v2097 : i64
        %v2100 = llvm.getelementptr %v37[%v2099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2101 = llvm.load %v2100 : !llvm.ptr<3> -> i64
        %v2102 = arith.addi %v1616, %v2068 : i64
        %v2103 = arith.cmpi slt, %v2102, %v105 : i64
        %v2104 = arith.subi %size_L, %v2 : i64
        %v2105 = arith.minsi %v2102, %v2104 : i64
        %v2106 = arith.addi %v2101, %v2105 : i64
        %v2107 = arith.muli %v2099, %v119 : i64
        %v2108 = arith.addi %v2107, %v2068 : i64
        %v2109 = llvm.getelementptr %in_delta[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
        %v2111 = arith.addi %v2067, %v153 : i64
        %v2112 = arith.constant true
        %v2113 = arith.addi %v47, %v2111 : i64
        %v2114 = llvm.getelementptr %v37[%v2113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2115 = llvm.load %v2114 : !llvm.ptr<3> -> i64
        %v2116 = arith.addi %v1616, %v2068 : i64
        %v2117 = arith.cmpi slt, %v2116, %v105 : i64
        %v2118 = arith.subi %size_L, %v2 : i64
        %v2119 = arith.minsi %v2116, %v2118 : i64
        %v2120 = arith.addi %v2115, %v2119 : i64
        %v2121 = arith.muli %v2113, %v119 : i64
        %v2122 = arith.addi %v2121, %v2068 : i64
        %v2123 = llvm.getelementptr %in_delta[%v2120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2124 = llvm.load %v2123 : !llvm.ptr -> f32
        %v2125 = arith.addi %v2067, %v168 : i64
        %v2126 = arith.constant true
        %v2127 = arith.addi %v47, %v2125 : i64
        %v2128 = llvm.getelementptr %v37[%v2127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2129 = llvm.load %v2128 : !llvm.ptr<3> -> i64
        %v2130 = arith.addi %v1616, %v2068 : i64
        %v2131 = arith.cmpi slt, %v2130, %v105 : i64
        %v2132 = arith.subi %size_L, %v2 : i64
        %v2133 = arith.minsi %v2130, %v2132 : i64
        %v2134 = arith.addi %v2129, %v2133 : i64
        %v2135 = arith.muli %v2127, %v119 : i64
        %v2136 = arith.addi %v2135, %v2068 : i64
        %v2137 = llvm.getelementptr %in_delta[%v2134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2138 = llvm.load %v2137 : !llvm.ptr -> f32
        %v2139 = arith.addi %v2067, %v183 : i64
        %v2140 = arith.constant true
        %v2141 = arith.addi %v47, %v2139 : i64
        %v2142 = llvm.getelementptr %v37[%v2141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2143 = llvm.load %v2142 : !llvm.ptr<3> -> i64
        %v2144 = arith.addi %v1616, %v2068 : i64
        %v2145 = arith.cmpi slt, %v2144, %v105 : i64
        %v2146 = arith.subi %size_L, %v2 : i64
        %v2147 = arith.minsi %v2144, %v2146 : i64
        %v2148 = arith.addi %v2143, %v2147 : i64
        %v2149 = arith.muli %v2141, %v119 : i64
        %v2150 = arith.addi %v2149, %v2068 : i64
        %v2151 = llvm.getelementptr %in_delta[%v2148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2152 = llvm.load %v2151 : !llvm.ptr -> f32
        %v2153 = arith.addi %v2067, %v198 : i64
        %v2154 = arith.constant true
        %v2155 = arith.addi %v47, %v2153 : i64
        %v2156 = llvm.getelementptr %v37[%v2155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2157 = llvm.load %v2156 : !llvm.ptr<3> -> i64
        %v2158 = arith.addi %v1616, %v2068 : i64
        %v2159 = arith.cmpi slt, %v2158, %v105 : i64
        %v2160 = arith.subi %size_L, %v2 : i64
        %v2161 = arith.minsi %v2158, %v2160 : i64
        %v2162 = arith.addi %v2157, %v2161 : i64
        %v2163 = arith.muli %v2155, %v119 : i64
        %v2164 = arith.addi %v2163, %v2068 : i64
        %v2165 = llvm.getelementptr %in_delta[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
        %v2167 = arith.addi %v2067, %v213 : i64
        %v2168 = arith.constant true
        %v2169 = arith.addi %v47, %v2167 : i64
        %v2170 = llvm.getelementptr %v37[%v2169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2171 = llvm.load %v2170 : !llvm.ptr<3> -> i64
        %v2172 = arith.addi %v1616, %v2068 : i64
        %v2173 = arith.cmpi slt, %v2172, %v105 : i64
        %v2174 = arith.subi %size_L, %v2 : i64
        %v2175 = arith.minsi %v2172, %v2174 : i64
        %v2176 = arith.addi %v2171, %v2175 : i64
        %v2177 = arith.muli %v2169, %v119 : i64
        %v2178 = arith.addi %v2177, %v2068 : i64
        %v2179 = llvm.getelementptr %in_delta[%v2176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2180 = llvm.load %v2179 : !llvm.ptr -> f32
        %v2181 = arith.addi %v2067, %v1 : i64
        %v2182 = arith.constant true
        %v2183 = arith.addi %v47, %v2181 : i64
        %v2184 = llvm.getelementptr %v37[%v2183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2185 = llvm.load %v2184 : !llvm.ptr<3> -> i64
        %v2186 = arith.addi %v1616, %v2068 : i64
        %v2187 = arith.cmpi slt, %v2186, %v105 : i64
        %v2188 = arith.subi %size_L, %v2 : i64
        %v2189 = arith.minsi %v2186, %v2188 : i64
        %v2190 = arith.addi %v2185, %v2189 : i64
        %v2191 = arith.muli %v2183, %v119 : i64
        %v2192 = arith.addi %v2191, %v2068 : i64
        %v2193 = llvm.getelementptr %in_delta[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
        %v2195 = arith.addi %v2067, %v242 : i64
        %v2196 = arith.constant true
        %v2197 = arith.addi %v47, %v2195 : i64
        %v2198 = llvm.getelementptr %v37[%v2197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2199 = llvm.load %v2198 : !llvm.ptr<3> -> i64
        %v2200 = arith.addi %v1616, %v2068 : i64
        %v2201 = arith.cmpi slt, %v2200, %v105 : i64
        %v2202 = arith.subi %size_L, %v2 : i64
        %v2203 = arith.minsi %v2200, %v2202 : i64
        %v2204 = arith.addi %v2199, %v2203 : i64
        %v2205 = arith.muli %v2197, %v119 : i64
        %v2206 = arith.addi %v2205, %v2068 : i64
        %v2207 = llvm.getelementptr %in_delta[%v2204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2208 = llvm.load %v2207 : !llvm.ptr -> f32
        %v2209 = arith.addi %v2067, %v257 : i64
        %v2210 = arith.constant true
        %v2211 = arith.addi %v47, %v2209 : i64
        %v2212 = llvm.getelementptr %v37[%v2211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2213 = llvm.load %v2212 : !llvm.ptr<3> -> i64
        %v2214 = arith.addi %v1616, %v2068 : i64
        %v2215 = arith.cmpi slt, %v2214, %v105 : i64
        %v2216 = arith.subi %size_L, %v2 : i64
        %v2217 = arith.minsi %v2214, %v2216 : i64
        %v2218 = arith.addi %v2213, %v2217 : i64
        %v2219 = arith.muli %v2211, %v119 : i64
        %v2220 = arith.addi %v2219, %v2068 : i64
        %v2221 = llvm.getelementptr %in_delta[%v2218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2222 = llvm.load %v2221 : !llvm.ptr -> f32
        %v2223 = arith.addi %v2067, %v272 : i64
        %v2224 = arith.constant true
        %v2225 = arith.addi %v47, %v2223 : i64
        %v2226 = llvm.getelementptr %v37[%v2225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2227 = llvm.load %v2226 : !llvm.ptr<3> -> i64
        %v2228 = arith.addi %v1616, %v2068 : i64
        %v2229 = arith.cmpi slt, %v2228, %v105 : i64
        %v2230 = arith.subi %size_L, %v2 : i64
        %v2231 = arith.minsi %v2228, %v2230 : i64
        %v2232 = arith.addi %v2227, %v2231 : i64
        %v2233 = arith.muli %v2225, %v119 : i64
        %v2234 = arith.addi %v2233, %v2068 : i64
        %v2235 = llvm.getelementptr %in_delta[%v2232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2236 = llvm.load %v2235 : !llvm.ptr -> f32
        %v2237 = arith.addi %v2067, %v287 : i64
        %v2238 = arith.constant true
        %v2239 = arith.addi %v47, %v2237 : i64
        %v2240 = llvm.getelementptr %v37[%v2239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2241 = llvm.load %v2240 : !llvm.ptr<3> -> i64
        %v2242 = arith.addi %v1616, %v2068 : i64
        %v2243 = arith.cmpi slt, %v2242, %v105 : i64
        %v2244 = arith.subi %size_L, %v2 : i64
        %v2245 = arith.minsi %v2242, %v2244 : i64
        %v2246 = arith.addi %v2241, %v2245 : i64
        %v2247 = arith.muli %v2239, %v119 : i64
        %v2248 = arith.addi %v2247, %v2068 : i64
        %v2249 = llvm.getelementptr %in_delta[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2250 = llvm.load %v2249 : !llvm.ptr -> f32
        %v2251 = arith.addi %v2067, %v302 : i64
        %v2252 = arith.constant true
        %v2253 = arith.addi %v47, %v2251 : i64
        %v2254 = llvm.getelementptr %v37[%v2253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2255 = llvm.load %v2254 : !llvm.ptr<3> -> i64
        %v2256 = arith.addi %v1616, %v2068 : i64
        %v2257 = arith.cmpi slt, %v2256, %v105 : i64
        %v2258 = arith.subi %size_L, %v2 : i64
        %v2259 = arith.minsi %v2256, %v2258 : i64
        %v2260 = arith.addi %v2255, %v2259 : i64
        %v2261 = arith.muli %v2253, %v119 : i64
        %v2262 = arith.addi %v2261, %v2068 : i64
        %v2263 = llvm.getelementptr %in_delta[%v2260] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2264 = llvm.load %v2263 : !llvm.ptr -> f32
        %v2265 = arith.addi %v2067, %v317 : i64
        %v2266 = arith.constant true
        %v2267 = arith.addi %v47, %v2265 : i64
        %v2268 = llvm.getelementptr %v37[%v2267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2269 = llvm.load %v2268 : !llvm.ptr<3> -> i64
        %v2270 = arith.addi %v1616, %v2068 : i64
        %v2271 = arith.cmpi slt, %v2270, %v105 : i64
        %v2272 = arith.subi %size_L, %v2 : i64
        %v2273 = arith.minsi %v2270, %v2272 : i64
        %v2274 = arith.addi %v2269, %v2273 : i64
        %v2275 = arith.muli %v2267, %v119 : i64
        %v2276 = arith.addi %v2275, %v2068 : i64
        %v2277 = llvm.getelementptr %in_delta[%v2274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2278 = llvm.load %v2277 : !llvm.ptr -> f32
        %v2279 = arith.addi %v2067, %v332 : i64
        %v2280 = arith.constant true
        %v2281 = arith.addi %v47, %v2279 : i64
        %v2282 = llvm.getelementptr %v37[%v2281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2283 = llvm.load %v2282 : !llvm.ptr<3> -> i64
        %v2284 = arith.addi %v1616, %v2068 : i64
        %v2285 = arith.cmpi slt, %v2284, %v105 : i64
        %v2286 = arith.subi %size_L, %v2 : i64
        %v2287 = arith.minsi %v2284, %v2286 : i64
        %v2288 = arith.addi %v2283, %v2287 : i64
        %v2289 = arith.muli %v2281, %v119 : i64
        %v2290 = arith.addi %v2289, %v2068 : i64
        %v2291 = llvm.getelementptr %in_delta[%v2288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2292 = llvm.load %v2291 : !llvm.ptr -> f32
        %v2293 = arith.addi %v2067, %v106 : i64
        %v2294 = arith.constant true
        %v2295 = arith.addi %v47, %v2293 : i64
        %v2296 = llvm.getelementptr %v37[%v2295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2297 = llvm.load %v2296 : !llvm.ptr<3> -> i64
        %v2298 = arith.addi %v1616, %v2068 : i64
        %v2299 = arith.cmpi slt, %v2298, %v105 : i64
        %v2300 = arith.subi %size_L, %v2 : i64
        %v2301 = arith.minsi %v2298, %v2300 : i64
        %v2302 = arith.addi %v2297, %v2301 : i64
        %v2303 = arith.muli %v2295, %v119 : i64
        %v2304 = arith.addi %v2303, %v2068 : i64
        %v2305 = llvm.getelementptr %in_delta[%v2302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2306 = llvm.load %v2305 : !llvm.ptr -> f32
        %v2307 = arith.addi %v2067, %v361 : i64
        %v2308 = arith.constant true
        %v2309 = arith.addi %v47, %v2307 : i64
        %v2310 = llvm.getelementptr %v37[%v2309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2311 = llvm.load %v2310 : !llvm.ptr<3> -> i64
        %v2312 = arith.addi %v1616, %v2068 : i64
        %v2313 = arith.cmpi slt, %v2312, %v105 : i64
        %v2314 = arith.subi %size_L, %v2 : i64
        %v2315 = arith.minsi %v2312, %v2314 : i64
        %v2316 = arith.addi %v2311, %v2315 : i64
        %v2317 = arith.muli %v2309, %v119 : i64
        %v2318 = arith.addi %v2317, %v2068 : i64
        %v2319 = llvm.getelementptr %in_delta[%v2316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2320 = llvm.load %v2319 : !llvm.ptr -> f32
        %v2321 = arith.addi %v2067, %v376 : i64
        %v2322 = arith.constant true
        %v2323 = arith.addi %v47, %v2321 : i64
        %v2324 = llvm.getelementptr %v37[%v2323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2325 = llvm.load %v2324 : !llvm.ptr<3> -> i64
        %v2326 = arith.addi %v1616, %v2068 : i64
        %v2327 = arith.cmpi slt, %v2326, %v105 : i64
        %v2328 = arith.subi %size_L, %v2 : i64
        %v2329 = arith.minsi %v2326, %v2328 : i64
        %v2330 = arith.addi %v2325, %v2329 : i64
        %v2331 = arith.muli %v2323, %v119 : i64
        %v2332 = arith.addi %v2331, %v2068 : i64
        %v2333 = llvm.getelementptr %in_delta[%v2330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2334 = llvm.load %v2333 : !llvm.ptr -> f32
        %v2335 = arith.addi %v2067, %v391 : i64
        %v2336 = arith.constant true
        %v2337 = arith.addi %v47, %v2335 : i64
        %v2338 = llvm.getelementptr %v37[%v2337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2339 = llvm.load %v2338 : !llvm.ptr<3> -> i64
        %v2340 = arith.addi %v1616, %v2068 : i64
        %v2341 = arith.cmpi slt, %v2340, %v105 : i64
        %v2342 = arith.subi %size_L, %v2 : i64
        %v2343 = arith.minsi %v2340, %v2342 : i64
        %v2344 = arith.addi %v2339, %v2343 : i64
        %v2345 = arith.muli %v2337, %v119 : i64
        %v2346 = arith.addi %v2345, %v2068 : i64
        %v2347 = llvm.getelementptr %in_delta[%v2344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2348 = llvm.load %v2347 : !llvm.ptr -> f32
        %v2349 = arith.addi %v2067, %v406 : i64
        %v2350 = arith.constant true
        %v2351 = arith.addi %v47, %v2349 : i64
        %v2352 = llvm.getelementptr %v37[%v2351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2353 = llvm.load %v2352 : !llvm.ptr<3> -> i64
        %v2354 = arith.addi %v1616, %v2068 : i64
        %v2355 = arith.cmpi slt, %v2354, %v105 : i64
        %v2356 = arith.subi %size_L, %v2 : i64
        %v2357 = arith.minsi %v2354, %v2356 : i64
        %v2358 = arith.addi %v2353, %v2357 : i64
        %v2359 = arith.muli %v2351, %v119 : i64
        %v2360 = arith.addi %v2359, %v2068 : i64
        %v2361 = llvm.getelementptr %in_delta[%v2358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2362 = llvm.load %v2361 : !llvm.ptr -> f32
        %v2363 = arith.addi %v2067, %v421 : i64
        %v2364 = arith.constant true
        %v2365 = arith.addi %v47, %v2363 : i64
        %v2366 = llvm.getelementptr %v37[%v2365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2367 = llvm.load %v2366 : !llvm.ptr<3> -> i64
        %v2368 = arith.addi %v1616, %v2068 : i64
        %v2369 = arith.cmpi slt, %v2368, %v105 : i64
        %v2370 = arith.subi %size_L, %v2 : i64
        %v2371 = arith.minsi %v2368, %v2370 : i64
        %v2372 = arith.addi %v2367, %v2371 : i64
        %v2373 = arith.muli %v2365, %v119 : i64
        %v2374 = arith.addi %v2373, %v2068 : i64
        %v2375 = llvm.getelementptr %in_delta[%v2372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2376 = llvm.load %v2375 : !llvm.ptr -> f32
        %v2377 = arith.addi %v2067, %v436 : i64
        %v2378 = arith.constant true
        %v2379 = arith.addi %v47, %v2377 : i64
        %v2380 = llvm.getelementptr %v37[%v2379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2381 = llvm.load %v2380 : !llvm.ptr<3> -> i64
        %v2382 = arith.addi %v1616, %v2068 : i64
        %v2383 = arith.cmpi slt, %v2382, %v105 : i64
        %v2384 = arith.subi %size_L, %v2 : i64
        %v2385 = arith.minsi %v2382, %v2384 : i64
        %v2386 = arith.addi %v2381, %v2385 : i64
        %v2387 = arith.muli %v2379, %v119 : i64
        %v2388 = arith.addi %v2387, %v2068 : i64
        %v2389 = llvm.getelementptr %in_delta[%v2386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2390 = llvm.load %v2389 : !llvm.ptr -> f32
        %v2391 = arith.addi %v2067, %v451 : i64
        %v2392 = arith.constant true
        %v2393 = arith.addi %v47, %v2391 : i64
        %v2394 = llvm.getelementptr %v37[%v2393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2395 = llvm.load %v2394 : !llvm.ptr<3> -> i64
        %v2396 = arith.addi %v1616, %v2068 : i64
        %v2397 = arith.cmpi slt, %v2396, %v105 : i64
        %v2398 = arith.subi %size_L, %v2 : i64
        %v2399 = arith.minsi %v2396, %v2398 : i64
        %v2400 = arith.addi %v2395, %v2399 : i64
        %v2401 = arith.muli %v2393, %v119 : i64
        %v2402 = arith.addi %v2401, %v2068 : i64
        %v2403 = llvm.getelementptr %in_delta[%v2400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
        %v2405 = arith.addi %v2067, %v466 : i64
        %v2406 = arith.constant true
        %v2407 = arith.addi %v47, %v2405 : i64
        %v2408 = llvm.getelementptr %v37[%v2407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2409 = llvm.load %v2408 : !llvm.ptr<3> -> i64
        %v2410 = arith.addi %v1616, %v2068 : i64
        %v2411 = arith.cmpi slt, %v2410, %v105 : i64
        %v2412 = arith.subi %size_L, %v2 : i64
        %v2413 = arith.minsi %v2410, %v2412 : i64
        %v2414 = arith.addi %v2409, %v2413 : i64
        %v2415 = arith.muli %v2407, %v119 : i64
        %v2416 = arith.addi %v2415, %v2068 : i64
        %v2417 = llvm.getelementptr %in_delta[%v2414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2418 = llvm.load %v2417 : !llvm.ptr -> f32
        %v2419 = arith.addi %v2067, %v481 : i64
        %v2420 = arith.constant true
        %v2421 = arith.addi %v47, %v2419 : i64
        %v2422 = llvm.getelementptr %v37[%v2421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2423 = llvm.load %v2422 : !llvm.ptr<3> -> i64
        %v2424 = arith.addi %v1616, %v2068 : i64
        %v2425 = arith.cmpi slt, %v2424, %v105 : i64
        %v2426 = arith.subi %size_L, %v2 : i64
        %v2427 = arith.minsi %v2424, %v2426 : i64
        %v2428 = arith.addi %v2423, %v2427 : i64
        %v2429 = arith.muli %v2421, %v119 : i64
        %v2430 = arith.addi %v2429, %v2068 : i64
        %v2431 = llvm.getelementptr %in_delta[%v2428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2432 = llvm.load %v2431 : !llvm.ptr -> f32
        %v2433 = arith.addi %v2067, %v496 : i64
        %v2434 = arith.constant true
        %v2435 = arith.addi %v47, %v2433 : i64
        %v2436 = llvm.getelementptr %v37[%v2435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2437 = llvm.load %v2436 : !llvm.ptr<3> -> i64
        %v2438 = arith.addi %v1616, %v2068 : i64
        %v2439 = arith.cmpi slt, %v2438, %v105 : i64
        %v2440 = arith.subi %size_L, %v2 : i64
        %v2441 = arith.minsi %v2438, %v2440 : i64
        %v2442 = arith.addi %v2437, %v2441 : i64
        %v2443 = arith.muli %v2435, %v119 : i64
        %v2444 = arith.addi %v2443, %v2068 : i64
        %v2445 = llvm.getelementptr %in_delta[%v2442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2446 = llvm.load %v2445 : !llvm.ptr -> f32
        %v2447 = arith.addi %v2067, %v511 : i64
        %v2448 = arith.constant true
        %v2449 = arith.addi %v47, %v2447 : i64
        %v2450 = llvm.getelementptr %v37[%v2449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2451 = llvm.load %v2450 : !llvm.ptr<3> -> i64
        %v2452 = arith.addi %v1616, %v2068 : i64
        %v2453 = arith.cmpi slt, %v2452, %v105 : i64
        %v2454 = arith.subi %size_L, %v2 : i64
        %v2455 = arith.minsi %v2452, %v2454 : i64
        %v2456 = arith.addi %v2451, %v2455 : i64
        %v2457 = arith.muli %v2449, %v119 : i64
        %v2458 = arith.addi %v2457, %v2068 : i64
        %v2459 = llvm.getelementptr %in_delta[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
        %v2461 = arith.addi %v2067, %v526 : i64
        %v2462 = arith.constant true
        %v2463 = arith.addi %v47, %v2461 : i64
        %v2464 = llvm.getelementptr %v37[%v2463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2465 = llvm.load %v2464 : !llvm.ptr<3> -> i64
        %v2466 = arith.addi %v1616, %v2068 : i64
        %v2467 = arith.cmpi slt, %v2466, %v105 : i64
        %v2468 = arith.subi %size_L, %v2 : i64
        %v2469 = arith.minsi %v2466, %v2468 : i64
        %v2470 = arith.addi %v2465, %v2469 : i64
        %v2471 = arith.muli %v2463, %v119 : i64
        %v2472 = arith.addi %v2471, %v2068 : i64
        %v2473 = llvm.getelementptr %in_delta[%v2470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2474 = llvm.load %v2473 : !llvm.ptr -> f32
        %v2475 = arith.addi %v2067, %v541 : i64
        %v2476 = arith.constant true
        %v2477 = arith.addi %v47, %v2475 : i64
        %v2478 = llvm.getelementptr %v37[%v2477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2479 = llvm.load %v2478 : !llvm.ptr<3> -> i64
        %v2480 = arith.addi %v1616, %v2068 : i64
        %v2481 = arith.cmpi slt, %v2480, %v105 : i64
        %v2482 = arith.subi %size_L, %v2 : i64
        %v2483 = arith.minsi %v2480, %v2482 : i64
        %v2484 = arith.addi %v2479, %v2483 : i64
        %v2485 = arith.muli %v2477, %v119 : i64
        %v2486 = arith.addi %v2485, %v2068 : i64
        %v2487 = llvm.getelementptr %in_delta[%v2484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2488 = llvm.load %v2487 : !llvm.ptr -> f32
        %v2489 = arith.addi %v2067, %v556 : i64
        %v2490 = arith.constant true
        %v2491 = arith.addi %v47, %v2489 : i64
        %v2492 = llvm.getelementptr %v37[%v2491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2493 = llvm.load %v2492 : !llvm.ptr<3> -> i64
        %v2494 = arith.addi %v1616, %v2068 : i64
        %v2495 = arith.cmpi slt, %v2494, %v105 : i64
        %v2496 = arith.subi %size_L, %v2 : i64
        %v2497 = arith.minsi %v2494, %v2496 : i64
        %v2498 = arith.addi %v2493, %v2497 : i64
        %v2499 = arith.muli %v2491, %v119 : i64
        %v2500 = arith.addi %v2499, %v2068 : i64
        %v2501 = llvm.getelementptr %in_delta[%v2498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2502 = llvm.load %v2501 : !llvm.ptr -> f32
        %v2503 = arith.addi %v2067, %v571 : i64
        %v2504 = arith.constant true
        %v2505 = arith.addi %v47, %v2503 : i64
        %v2506 = llvm.getelementptr %v37[%v2505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2507 = llvm.load %v2506 : !llvm.ptr<3> -> i64
        %v2508 = arith.addi %v1616, %v2068 : i64
        %v2509 = arith.cmpi slt, %v2508, %v105 : i64
        %v2510 = arith.subi %size_L, %v2 : i64
        %v2511 = arith.minsi %v2508, %v2510 : i64
        %v2512 = arith.addi %v2507, %v2511 : i64
        %v2513 = arith.muli %v2505, %v119 : i64
        %v2514 = arith.addi %v2513, %v2068 : i64
        %v2515 = llvm.getelementptr %in_delta[%v2512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2516 = llvm.load %v2515 : !llvm.ptr -> f32
        %v2517 = arith.divui %v45, %v106 : i64
        %v2518 = arith.remui %v45, %v106 : i64
        %v2519 = arith.addi %v2517, %v73 : i64
        %v2520 = arith.constant true
        %v2521 = arith.addi %v1104, %v2519 : i64
        %v2522 = llvm.getelementptr %v37[%v2521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2523 = llvm.load %v2522 : !llvm.ptr<3> -> i64
        %v2524 = arith.addi %v1616, %v2518 : i64
        %v2525 = arith.cmpi slt, %v2524, %v105 : i64
        %v2526 = arith.subi %size_L, %v2 : i64
        %v2527 = arith.minsi %v2524, %v2526 : i64
        %v2528 = arith.addi %v2523, %v2527 : i64
        %v2529 = arith.muli %v2521, %v119 : i64
        %v2530 = arith.addi %v2529, %v2518 : i64
        %v2531 = llvm.getelementptr %in_z[%v2528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2532 = llvm.load %v2531 : !llvm.ptr -> f32
        %v2533 = arith.addi %v2517, %v97 : i64
        %v2534 = arith.constant true
        %v2535 = arith.addi %v1104, %v2533 : i64
        %v2536 = llvm.getelementptr %v37[%v2535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2537 = llvm.load %v2536 : !llvm.ptr<3> -> i64
        %v2538 = arith.addi %v1616, %v2518 : i64
        %v2539 = arith.cmpi slt, %v2538, %v105 : i64
        %v2540 = arith.subi %size_L, %v2 : i64
        %v2541 = arith.minsi %v2538, %v2540 : i64
        %v2542 = arith.addi %v2537, %v2541 : i64
        %v2543 = arith.muli %v2535, %v119 : i64
        %v2544 = arith.addi %v2543, %v2518 : i64
        %v2545 = llvm.getelementptr %in_z[%v2542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2546 = llvm.load %v2545 : !llvm.ptr -> f32
        %v2547 = arith.addi %v2517, %v138 : i64
        %v2548 = arith.constant true
        %v2549 = arith.addi %v1104, %v2547 : i64
        %v2550 = llvm.getelementptr %v37[%v2549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2551 = llvm.load %v2550 : !llvm.ptr<3> -> i64
        %v2552 = arith.addi %v1616, %v2518 : i64
        %v2553 = arith.cmpi slt, %v2552, %v105 : i64
        %v2554 = arith.subi %size_L, %v2 : i64
        %v2555 = arith.minsi %v2552, %v2554 : i64
        %v2556 = arith.addi %v2551, %v2555 : i64
        %v2557 = arith.muli %v2549, %v119 : i64
        %v2558 = arith.addi %v2557, %v2518 : i64
        %v2559 = llvm.getelementptr %in_z[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2560 = llvm.load %v2559 : !llvm.ptr -> f32
        %v2561 = arith.addi %v2517, %v153 : i64
        %v2562 = arith.constant true
        %v2563 = arith.addi %v1104, %v2561 : i64
        %v2564 = llvm.getelementptr %v37[%v2563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2565 = llvm.load %v2564 : !llvm.ptr<3> -> i64
        %v2566 = arith.addi %v1616, %v2518 : i64
        %v2567 = arith.cmpi slt, %v2566, %v105 : i64
        %v2568 = arith.subi %size_L, %v2 : i64
        %v2569 = arith.minsi %v2566, %v2568 : i64
        %v2570 = arith.addi %v2565, %v2569 : i64
        %v2571 = arith.muli %v2563, %v119 : i64
        %v2572 = arith.addi %v2571, %v2518 : i64
        %v2573 = llvm.getelementptr %in_z[%v2570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2574 = llvm.load %v2573 : !llvm.ptr -> f32
        %v2575 = arith.addi %v2517, %v168 : i64
        %v2576 = arith.constant true
        %v2577 = arith.addi %v1104, %v2575 : i64
        %v2578 = llvm.getelementptr %v37[%v2577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2579 = llvm.load %v2578 : !llvm.ptr<3> -> i64
        %v2580 = arith.addi %v1616, %v2518 : i64
        %v2581 = arith.cmpi slt, %v2580, %v105 : i64
        %v2582 = arith.subi %size_L, %v2 : i64
        %v2583 = arith.minsi %v2580, %v2582 : i64
        %v2584 = arith.addi %v2579, %v2583 : i64
        %v2585 = arith.muli %v2577, %v119 : i64
        %v2586 = arith.addi %v2585, %v2518 : i64
        %v2587 = llvm.getelementptr %in_z[%v2584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2588 = llvm.load %v2587 : !llvm.ptr -> f32
        %v2589 = arith.addi %v2517, %v183 : i64
        %v2590 = arith.constant true
        %v2591 = arith.addi %v1104, %v2589 : i64
        %v2592 = llvm.getelementptr %v37[%v2591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2593 = llvm.load %v2592 : !llvm.ptr<3> -> i64
        %v2594 = arith.addi %v1616, %v2518 : i64
        %v2595 = arith.cmpi slt, %v2594, %v105 : i64
        %v2596 = arith.subi %size_L, %v2 : i64
        %v2597 = arith.minsi %v2594, %v2596 : i64
        %v2598 = arith.addi %v2593, %v2597 : i64
        %v2599 = arith.muli %v2591, %v119 : i64
        %v2600 = arith.addi %v2599, %v2518 : i64
        %v2601 = llvm.getelementptr %in_z[%v2598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2602 = llvm.load %v2601 : !llvm.ptr -> f32
        %v2603 = arith.addi %v2517, %v198 : i64
        %v2604 = arith.constant true
        %v2605 = arith.addi %v1104, %v2603 : i64
        %v2606 = llvm.getelementptr %v37[%v2605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2607 = llvm.load %v2606 : !llvm.ptr<3> -> i64
        %v2608 = arith.addi %v1616, %v2518 : i64
        %v2609 = arith.cmpi slt, %v2608, %v105 : i64
        %v2610 = arith.subi %size_L, %v2 : i64
        %v2611 = arith.minsi %v2608, %v2610 : i64
        %v2612 = arith.addi %v2607, %v2611 : i64
        %v2613 = arith.muli %v2605, %v119 : i64
        %v2614 = arith.addi %v2613, %v2518 : i64
        %v2615 = llvm.getelementptr %in_z[%v2612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2616 = llvm.load %v2615 : !llvm.ptr -> f32
        %v2617 = arith.addi %v2517, %v213 : i64
        %v2618 = arith.constant true
        %v2619 = arith.addi %v1104, %v2617 : i64
        %v2620 = llvm.getelementptr %v37[%v2619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2621 = llvm.load %v2620 : !llvm.ptr<3> -> i64
        %v2622 = arith.addi %v1616, %v2518 : i64
        %v2623 = arith.cmpi slt, %v2622, %v105 : i64
        %v2624 = arith.subi %size_L, %v2 : i64
        %v2625 = arith.minsi %v2622, %v2624 : i64
        %v2626 = arith.addi %v2621, %v2625 : i64
        %v2627 = arith.muli %v2619, %v119 : i64
        %v2628 = arith.addi %v2627, %v2518 : i64
        %v2629 = llvm.getelementptr %in_z[%v2626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
        %v2631 = arith.addi %v2517, %v1 : i64
        %v2632 = arith.constant true
        %v2633 = arith.addi %v1104, %v2631 : i64
        %v2634 = llvm.getelementptr %v37[%v2633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2635 = llvm.load %v2634 : !llvm.ptr<3> -> i64
        %v2636 = arith.addi %v1616, %v2518 : i64
        %v2637 = arith.cmpi slt, %v2636, %v105 : i64
        %v2638 = arith.subi %size_L, %v2 : i64
        %v2639 = arith.minsi %v2636, %v2638 : i64
        %v2640 = arith.addi %v2635, %v2639 : i64
        %v2641 = arith.muli %v2633, %v119 : i64
        %v2642 = arith.addi %v2641, %v2518 : i64
        %v2643 = llvm.getelementptr %in_z[%v2640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
        %v2645 = arith.addi %v2517, %v242 : i64
        %v2646 = arith.constant true
        %v2647 = arith.addi %v1104, %v2645 : i64
        %v2648 = llvm.getelementptr %v37[%v2647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2649 = llvm.load %v2648 : !llvm.ptr<3> -> i64
        %v2650 = arith.addi %v1616, %v2518 : i64
        %v2651 = arith.cmpi slt, %v2650, %v105 : i64
        %v2652 = arith.subi %size_L, %v2 : i64
        %v2653 = arith.minsi %v2650, %v2652 : i64
        %v2654 = arith.addi %v2649, %v2653 : i64
        %v2655 = arith.muli %v2647, %v119 : i64
        %v2656 = arith.addi %v2655, %v2518 : i64
        %v2657 = llvm.getelementptr %in_z[%v2654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
        %v2659 = arith.addi %v2517, %v257 : i64
        %v2660 = arith.constant true
        %v2661 = arith.addi %v1104, %v2659 : i64
        %v2662 = llvm.getelementptr %v37[%v2661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2663 = llvm.load %v2662 : !llvm.ptr<3> -> i64
        %v2664 = arith.addi %v1616, %v2518 : i64
        %v2665 = arith.cmpi slt, %v2664, %v105 : i64
        %v2666 = arith.subi %size_L, %v2 : i64
        %v2667 = arith.minsi %v2664, %v2666 : i64
        %v2668 = arith.addi %v2663, %v2667 : i64
        %v2669 = arith.muli %v2661, %v119 : i64
        %v2670 = arith.addi %v2669, %v2518 : i64
        %v2671 = llvm.getelementptr %in_z[%v2668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
        %v2673 = arith.addi %v2517, %v272 : i64
        %v2674 = arith.constant true
        %v2675 = arith.addi %v1104, %v2673 : i64
        %v2676 = llvm.getelementptr %v37[%v2675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2677 = llvm.load %v2676 : !llvm.ptr<3> -> i64
        %v2678 = arith.addi %v1616, %v2518 : i64
        %v2679 = arith.cmpi slt, %v2678, %v105 : i64
        %v2680 = arith.subi %size_L, %v2 : i64
        %v2681 = arith.minsi %v2678, %v2680 : i64
        %v2682 = arith.addi %v2677, %v2681 : i64
        %v2683 = arith.muli %v2675, %v119 : i64
        %v2684 = arith.addi %v2683, %v2518 : i64
        %v2685 = llvm.getelementptr %in_z[%v2682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
        %v2687 = arith.addi %v2517, %v287 : i64
        %v2688 = arith.constant true
        %v2689 = arith.addi %v1104, %v2687 : i64
        %v2690 = llvm.getelementptr %v37[%v2689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2691 = llvm.load %v2690 : !llvm.ptr<3> -> i64
        %v2692 = arith.addi %v1616, %v2518 : i64
        %v2693 = arith.cmpi slt, %v2692, %v105 : i64
        %v2694 = arith.subi %size_L, %v2 : i64
        %v2695 = arith.minsi %v2692, %v2694 : i64
        %v2696 = arith.addi %v2691, %v2695 : i64
        %v2697 = arith.muli %v2689, %v119 : i64
        %v2698 = arith.addi %v2697, %v2518 : i64
        %v2699 = llvm.getelementptr %in_z[%v2696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2700 = llvm.load %v2699 : !llvm.ptr -> f32
        %v2701 = arith.addi %v2517, %v302 : i64
        %v2702 = arith.constant true
        %v2703 = arith.addi %v1104, %v2701 : i64
        %v2704 = llvm.getelementptr %v37[%v2703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2705 = llvm.load %v2704 : !llvm.ptr<3> -> i64
        %v2706 = arith.addi %v1616, %v2518 : i64
        %v2707 = arith.cmpi slt, %v2706, %v105 : i64
        %v2708 = arith.subi %size_L, %v2 : i64
        %v2709 = arith.minsi %v2706, %v2708 : i64
        %v2710 = arith.addi %v2705, %v2709 : i64
        %v2711 = arith.muli %v2703, %v119 : i64
        %v2712 = arith.addi %v2711, %v2518 : i64
        %v2713 = llvm.getelementptr %in_z[%v2710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2714 = llvm.load %v2713 : !llvm.ptr -> f32
        %v2715 = arith.addi %v2517, %v317 : i64
        %v2716 = arith.constant true
        %v2717 = arith.addi %v1104, %v2715 : i64
        %v2718 = llvm.getelementptr %v37[%v2717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2719 = llvm.load %v2718 : !llvm.ptr<3> -> i64
        %v2720 = arith.addi %v1616, %v2518 : i64
        %v2721 = arith.cmpi slt, %v2720, %v105 : i64
        %v2722 = arith.subi %size_L, %v2 : i64
        %v2723 = arith.minsi %v2720, %v2722 : i64
        %v2724 = arith.addi %v2719, %v2723 : i64
        %v2725 = arith.muli %v2717, %v119 : i64
        %v2726 = arith.addi %v2725, %v2518 : i64
        %v2727 = llvm.getelementptr %in_z[%v2724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
        %v2729 = arith.addi %v2517, %v332 : i64
        %v2730 = arith.constant true
        %v2731 = arith.addi %v1104, %v2729 : i64
        %v2732 = llvm.getelementptr %v37[%v2731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2733 = llvm.load %v2732 : !llvm.ptr<3> -> i64
        %v2734 = arith.addi %v1616, %v2518 : i64
        %v2735 = arith.cmpi slt, %v2734, %v105 : i64
        %v2736 = arith.subi %size_L, %v2 : i64
        %v2737 = arith.minsi %v2734, %v2736 : i64
        %v2738 = arith.addi %v2733, %v2737 : i64
        %v2739 = arith.muli %v2731, %v119 : i64
        %v2740 = arith.addi %v2739, %v2518 : i64
        %v2741 = llvm.getelementptr %in_z[%v2738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2742 = llvm.load %v2741 : !llvm.ptr -> f32
        %v2743 = arith.addi %v2517, %v106 : i64
        %v2744 = arith.constant true
        %v2745 = arith.addi %v1104, %v2743 : i64
        %v2746 = llvm.getelementptr %v37[%v2745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2747 = llvm.load %v2746 : !llvm.ptr<3> -> i64
        %v2748 = arith.addi %v1616, %v2518 : i64
        %v2749 = arith.cmpi slt, %v2748, %v105 : i64
        %v2750 = arith.subi %size_L, %v2 : i64
        %v2751 = arith.minsi %v2748, %v2750 : i64
        %v2752 = arith.addi %v2747, %v2751 : i64
        %v2753 = arith.muli %v2745, %v119 : i64
        %v2754 = arith.addi %v2753, %v2518 : i64
        %v2755 = llvm.getelementptr %in_z[%v2752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2756 = llvm.load %v2755 : !llvm.ptr -> f32
        %v2757 = arith.addi %v2517, %v361 : i64
        %v2758 = arith.constant true
        %v2759 = arith.addi %v1104, %v2757 : i64
        %v2760 = llvm.getelementptr %v37[%v2759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2761 = llvm.load %v2760 : !llvm.ptr<3> -> i64
        %v2762 = arith.addi %v1616, %v2518 : i64
        %v2763 = arith.cmpi slt, %v2762, %v105 : i64
        %v2764 = arith.subi %size_L, %v2 : i64
        %v2765 = arith.minsi %v2762, %v2764 : i64
        %v2766 = arith.addi %v2761, %v2765 : i64
        %v2767 = arith.muli %v2759, %v119 : i64
        %v2768 = arith.addi %v2767, %v2518 : i64
        %v2769 = llvm.getelementptr %in_z[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2770 = llvm.load %v2769 : !llvm.ptr -> f32
        %v2771 = arith.addi %v2517, %v376 : i64
        %v2772 = arith.constant true
        %v2773 = arith.addi %v1104, %v2771 : i64
        %v2774 = llvm.getelementptr %v37[%v2773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2775 = llvm.load %v2774 : !llvm.ptr<3> -> i64
        %v2776 = arith.addi %v1616, %v2518 : i64
        %v2777 = arith.cmpi slt, %v2776, %v105 : i64
        %v2778 = arith.subi %size_L, %v2 : i64
        %v2779 = arith.minsi %v2776, %v2778 : i64
        %v2780 = arith.addi %v2775, %v2779 : i64
        %v2781 = arith.muli %v2773, %v119 : i64
        %v2782 = arith.addi %v2781, %v2518 : i64
        %v2783 = llvm.getelementptr %in_z[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2784 = llvm.load %v2783 : !llvm.ptr -> f32
        %v2785 = arith.addi %v2517, %v391 : i64
        %v2786 = arith.constant true
        %v2787 = arith.addi %v1104, %v2785 : i64
        %v2788 = llvm.getelementptr %v37[%v2787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2789 = llvm.load %v2788 : !llvm.ptr<3> -> i64
        %v2790 = arith.addi %v1616, %v2518 : i64
        %v2791 = arith.cmpi slt, %v2790, %v105 : i64
        %v2792 = arith.subi %size_L, %v2 : i64
        %v2793 = arith.minsi %v2790, %v2792 : i64
        %v2794 = arith.addi %v2789, %v2793 : i64
        %v2795 = arith.muli %v2787, %v119 : i64
        %v2796 = arith.addi %v2795, %v2518 : i64
        %v2797 = llvm.getelementptr %in_z[%v2794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
        %v2799 = arith.addi %v2517, %v406 : i64
        %v2800 = arith.constant true
        %v2801 = arith.addi %v1104, %v2799 : i64
        %v2802 = llvm.getelementptr %v37[%v2801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2803 = llvm.load %v2802 : !llvm.ptr<3> -> i64
        %v2804 = arith.addi %v1616, %v2518 : i64
        %v2805 = arith.cmpi slt, %v2804, %v105 : i64
        %v2806 = arith.subi %size_L, %v2 : i64
        %v2807 = arith.minsi %v2804, %v2806 : i64
        %v2808 = arith.addi %v2803, %v2807 : i64
        %v2809 = arith.muli %v2801, %v119 : i64
        %v2810 = arith.addi %v2809, %v2518 : i64
        %v2811 = llvm.getelementptr %in_z[%v2808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2812 = llvm.load %v2811 : !llvm.ptr -> f32
        %v2813 = arith.addi %v2517, %v421 : i64
        %v2814 = arith.constant true
        %v2815 = arith.addi %v1104, %v2813 : i64
        %v2816 = llvm.getelementptr %v37[%v2815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2817 = llvm.load %v2816 : !llvm.ptr<3> -> i64
        %v2818 = arith.addi %v1616, %v2518 : i64
        %v2819 = arith.cmpi slt, %v2818, %v105 : i64
        %v2820 = arith.subi %size_L, %v2 : i64
        %v2821 = arith.minsi %v2818, %v2820 : i64
        %v2822 = arith.addi %v2817, %v2821 : i64
        %v2823 = arith.muli %v2815, %v119 : i64
        %v2824 = arith.addi %v2823, %v2518 : i64
        %v2825 = llvm.getelementptr %in_z[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
        %v2827 = arith.addi %v2517, %v436 : i64
        %v2828 = arith.constant true
        %v2829 = arith.addi %v1104, %v2827 : i64
        %v2830 = llvm.getelementptr %v37[%v2829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2831 = llvm.load %v2830 : !llvm.ptr<3> -> i64
        %v2832 = arith.addi %v1616, %v2518 : i64
        %v2833 = arith.cmpi slt, %v2832, %v105 : i64
        %v2834 = arith.subi %size_L, %v2 : i64
        %v2835 = arith.minsi %v2832, %v2834 : i64
        %v2836 = arith.addi %v2831, %v2835 : i64
        %v2837 = arith.muli %v2829, %v119 : i64
        %v2838 = arith.addi %v2837, %v2518 : i64
        %v2839 = llvm.getelementptr %in_z[%v2836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2840 = llvm.load %v2839 : !llvm.ptr -> f32
        %v2841 = arith.addi %v2517, %v451 : i64
        %v2842 = arith.constant true
        %v2843 = arith.addi %v1104, %v2841 : i64
        %v2844 = llvm.getelementptr %v37[%v2843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2845 = llvm.load %v2844 : !llvm.ptr<3> -> i64
        %v2846 = arith.addi %v1616, %v2518 : i64
        %v2847 = arith.cmpi slt, %v2846, %v105 : i64
        %v2848 = arith.subi %size_L, %v2 : i64
        %v2849 = arith.minsi %v2846, %v2848 : i64
        %v2850 = arith.addi %v2845, %v2849 : i64
        %v2851 = arith.muli %v2843, %v119 : i64
        %v2852 = arith.addi %v2851, %v2518 : i64
        %v2853 = llvm.getelementptr %in_z[%v2850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2854 = llvm.load %v2853 : !llvm.ptr -> f32
        %v2855 = arith.addi %v2517, %v466 : i64
        %v2856 = arith.constant true
        %v2857 = arith.addi %v1104, %v2855 : i64
        %v2858 = llvm.getelementptr %v37[%v2857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2859 = llvm.load %v2858 : !llvm.ptr<3> -> i64
        %v2860 = arith.addi %v1616, %v2518 : i64
        %v2861 = arith.cmpi slt, %v2860, %v105 : i64
        %v2862 = arith.subi %size_L, %v2 : i64
        %v2863 = arith.minsi %v2860, %v2862 : i64
        %v2864 = arith.addi %v2859, %v2863 : i64
        %v2865 = arith.muli %v2857, %v119 : i64
        %v2866 = arith.addi %v2865, %v2518 : i64
        %v2867 = llvm.getelementptr %in_z[%v2864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2868 = llvm.load %v2867 : !llvm.ptr -> f32
        %v2869 = arith.addi %v2517, %v481 : i64
        %v2870 = arith.constant true
        %v2871 = arith.addi %v1104, %v2869 : i64
        %v2872 = llvm.getelementptr %v37[%v2871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2873 = llvm.load %v2872 : !llvm.ptr<3> -> i64
        %v2874 = arith.addi %v1616, %v2518 : i64
        %v2875 = arith.cmpi slt, %v2874, %v105 : i64
        %v2876 = arith.subi %size_L, %v2 : i64
        %v2877 = arith.minsi %v2874, %v2876 : i64
        %v2878 = arith.addi %v2873, %v2877 : i64
        %v2879 = arith.muli %v2871, %v119 : i64
        %v2880 = arith.addi %v2879, %v2518 : i64
        %v2881 = llvm.getelementptr %in_z[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2882 = llvm.load %v2881 : !llvm.ptr -> f32
        %v2883 = arith.addi %v2517, %v496 : i64
        %v2884 = arith.constant true
        %v2885 = arith.addi %v1104, %v2883 : i64
        %v2886 = llvm.getelementptr %v37[%v2885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2887 = llvm.load %v2886 : !llvm.ptr<3> -> i64
        %v2888 = arith.addi %v1616, %v2518 : i64
        %v2889 = arith.cmpi slt, %v2888, %v105 : i64
        %v2890 = arith.subi %size_L, %v2 : i64
        %v2891 = arith.minsi %v2888, %v2890 : i64
        %v2892 = arith.addi %v2887, %v2891 : i64
        %v2893 = arith.muli %v2885, %v119 : i64
        %v2894 = arith.addi %v2893, %v2518 : i64
        %v2895 = llvm.getelementptr %in_z[%v2892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2896 = llvm.load %v2895 : !llvm.ptr -> f32
        %v2897 = arith.addi %v2517, %v511 : i64
        %v2898 = arith.constant true
        %v2899 = arith.addi %v1104, %v2897 : i64
        %v2900 = llvm.getelementptr %v37[%v2899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2901 = llvm.load %v2900 : !llvm.ptr<3> -> i64
        %v2902 = arith.addi %v1616, %v2518 : i64
        %v2903 = arith.cmpi slt, %v2902, %v105 : i64
        %v2904 = arith.subi %size_L, %v2 : i64
        %v2905 = arith.minsi %v2902, %v2904 : i64
        %v2906 = arith.addi %v2901, %v2905 : i64
        %v2907 = arith.muli %v2899, %v119 : i64
        %v2908 = arith.addi %v2907, %v2518 : i64
        %v2909 = llvm.getelementptr %in_z[%v2906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2910 = llvm.load %v2909 : !llvm.ptr -> f32
        %v2911 = arith.addi %v2517, %v526 : i64
        %v2912 = arith.constant true
        %v2913 = arith.addi %v1104, %v2911 : i64
        %v2914 = llvm.getelementptr %v37[%v2913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2915 = llvm.load %v2914 : !llvm.ptr<3> -> i64
        %v2916 = arith.addi %v1616, %v2518 : i64
        %v2917 = arith.cmpi slt, %v2916, %v105 : i64
        %v2918 = arith.subi %size_L, %v2 : i64
        %v2919 = arith.minsi %v2916, %v2918 : i64
        %v2920 = arith.addi %v2915, %v2919 : i64
        %v2921 = arith.muli %v2913, %v119 : i64
        %v2922 = arith.addi %v2921, %v2518 : i64
        %v2923 = llvm.getelementptr %in_z[%v2920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2924 = llvm.load %v2923 : !llvm.ptr -> f32
        %v2925 = arith.addi %v2517, %v541 : i64
        %v2926 = arith.constant true
        %v2927 = arith.addi %v1104, %v2925 : i64
        %v2928 = llvm.getelementptr %v37[%v2927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2929 = llvm.load %v2928 : !llvm.ptr<3> -> i64
        %v2930 = arith.addi %v1616, %v2518 : i64
        %v2931 = arith.cmpi slt, %v2930, %v105 : i64
        %v2932 = arith.subi %size_L, %v2 : i64
        %v2933 = arith.minsi %v2930, %v2932 : i64
        %v2934 = arith.addi %v2929, %v2933 : i64
        %v2935 = arith.muli %v2927, %v119 : i64
        %v2936 = arith.addi %v2935, %v2518 : i64
        %v2937 = llvm.getelementptr %in_z[%v2934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2938 = llvm.load %v2937 : !llvm.ptr -> f32
        %v2939 = arith.addi %v2517, %v556 : i64
        %v2940 = arith.constant true
        %v2941 = arith.addi %v1104, %v2939 : i64
        %v2942 = llvm.getelementptr %v37[%v2941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2943 = llvm.load %v2942 : !llvm.ptr<3> -> i64
        %v2944 = arith.addi %v1616, %v2518 : i64
        %v2945 = arith.cmpi slt, %v2944, %v105 : i64
        %v2946 = arith.subi %size_L, %v2 : i64
        %v2947 = arith.minsi %v2944, %v2946 : i64
        %v2948 = arith.addi %v2943, %v2947 : i64
        %v2949 = arith.muli %v2941, %v119 : i64
        %v2950 = arith.addi %v2949, %v2518 : i64
        %v2951 = llvm.getelementptr %in_z[%v2948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2952 = llvm.load %v2951 : !llvm.ptr -> f32
        %v2953 = arith.addi %v2517, %v571 : i64
        %v2954 = arith.constant true
        %v2955 = arith.addi %v1104, %v2953 : i64
        %v2956 = llvm.getelementptr %v37[%v2955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2957 = llvm.load %v2956 : !llvm.ptr<3> -> i64
        %v2958 = arith.addi %v1616, %v2518 : i64
        %v2959 = arith.cmpi slt, %v2958, %v105 : i64
        %v2960 = arith.subi %size_L, %v2 : i64
        %v2961 = arith.minsi %v2958, %v2960 : i64
        %v2962 = arith.addi %v2957, %v2961 : i64
        %v2963 = arith.muli %v2955, %v119 : i64
        %v2964 = arith.addi %v2963, %v2518 : i64
        %v2965 = llvm.getelementptr %in_z[%v2962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2966 = llvm.load %v2965 : !llvm.ptr -> f32
        %v2967 = arith.divui %v1615, %v97 : i64
        %v2968 = arith.index_cast %v73 : i64 to index
        %v2969 = arith.index_cast %v2967 : i64 to index
        %v2970 = arith.index_cast %v2 : i64 to index
        scf.for %v2971 = %v2968 to %v2969 step %v2970 {
          %v2972 = arith.index_cast %v2971 : index to i64
          %v2973 = arith.muli %v2972, %v97 : i64
          %v2974 = arith.addi %v2973, %v73 : i64
          %v2975 = arith.addi %v2973, %v2 : i64
          %v2976 = arith.addi %v1587, %v2974 : i64
          %v2977 = arith.muli %v73, %v1610 : i64
          %v2978 = arith.subi %v2976, %v1587 : i64
          %v2979 = arith.addi %v2977, %v2978 : i64
          %v2980 = llvm.getelementptr %v72[%v2979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2981 = llvm.load %v2980 : !llvm.ptr -> f32
          %v2982 = arith.muli %v2, %v1610 : i64
          %v2983 = arith.subi %v2976, %v1587 : i64
          %v2984 = arith.addi %v2982, %v2983 : i64
          %v2985 = llvm.getelementptr %v72[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2986 = llvm.load %v2985 : !llvm.ptr -> f32
          %v2987 = arith.muli %v97, %v1610 : i64
          %v2988 = arith.subi %v2976, %v1587 : i64
          %v2989 = arith.addi %v2987, %v2988 : i64
          %v2990 = llvm.getelementptr %v72[%v2989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2991 = llvm.load %v2990 : !llvm.ptr -> f32
          %v2993 = arith.muli %v2992, %v1610 : i64
          %v2994 = arith.subi %v2976, %v1587 : i64
          %v2995 = arith.addi %v2993, %v2994 : i64
          %v2996 = llvm.getelementptr %v72[%v2995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2997 = llvm.load %v2996 : !llvm.ptr -> f32
          %v2998 = arith.muli %v138, %v1610 : i64
          %v2999 = arith.subi %v2976, %v1587 : i64
          %v3000 = arith.addi %v2998, %v2999 : i64
          %v3001 = llvm.getelementptr %v72[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3002 = llvm.load %v3001 : !llvm.ptr -> f32
          %v3004 = arith.muli %v3003, %v1610 : i64
          %v3005 = arith.subi %v2976, %v1587 : i64
          %v3006 = arith.addi %v3004, %v3005 : i64
          %v3007 = llvm.getelementptr %v72[%v3006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3008 = llvm.load %v3007 : !llvm.ptr -> f32
          %v3009 = arith.muli %v153, %v1610 : i64
          %v3010 = arith.subi %v2976, %v1587 : i64
          %v3011 = arith.addi %v3009, %v3010 : i64
          %v3012 = llvm.getelementptr %v72[%v3011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3013 = llvm.load %v3012 : !llvm.ptr -> f32
          %v3015 = arith.muli %v3014, %v1610 : i64
          %v3016 = arith.subi %v2976, %v1587 : i64
          %v3017 = arith.addi %v3015, %v3016 : i64
          %v3018 = llvm.getelementptr %v72[%v3017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3019 = llvm.load %v3018 : !llvm.ptr -> f32
          %v3020 = arith.muli %v168, %v1610 : i64
          %v3021 = arith.subi %v2976, %v1587 : i64
          %v3022 = arith.addi %v3020, %v3021 : i64
          %v3023 = llvm.getelementptr %v72[%v3022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3024 = llvm.load %v3023 : !llvm.ptr -> f32
          %v3026 = arith.muli %v3025, %v1610 : i64
          %v3027 = arith.subi %v2976, %v1587 : i64
          %v3028 = arith.addi %v3026, %v3027 : i64
          %v3029 = llvm.getelementptr %v72[%v3028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3030 = llvm.load %v3029 : !llvm.ptr -> f32
          %v3031 = arith.muli %v183, %v1610 : i64
          %v3032 = arith.subi %v2976, %v1587 : i64
          %v3033 = arith.addi %v3031, %v3032 : i64
          %v3034 = llvm.getelementptr %v72[%v3033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3035 = llvm.load %v3034 : !llvm.ptr -> f32
          %v3037 = arith.muli %v3036, %v1610 : i64
          %v3038 = arith.subi %v2976, %v1587 : i64
          %v3039 = arith.addi %v3037, %v3038 : i64
          %v3040 = llvm.getelementptr %v72[%v3039] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3041 = llvm.load %v3040 : !llvm.ptr -> f32
          %v3042 = arith.muli %v198, %v1610 : i64
          %v3043 = arith.subi %v2976, %v1587 : i64
          %v3044 = arith.addi %v3042, %v3043 : i64
          %v3045 = llvm.getelementptr %v72[%v3044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3046 = llvm.load %v3045 : !llvm.ptr -> f32
          %v3048 = arith.muli %v3047, %v1610 : i64
          %v3049 = arith.subi %v2976, %v1587 : i64
          %v3050 = arith.addi %v3048, %v3049 : i64
          %v3051 = llvm.getelementptr %v72[%v3050] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3052 = llvm.load %v3051 : !llvm.ptr -> f32
          %v3053 = arith.muli %v213, %v1610 : i64
          %v3054 = arith.subi %v2976, %v1587 : i64
          %v3055 = arith.addi %v3053, %v3054 : i64
          %v3056 = llvm.getelementptr %v72[%v3055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3057 = llvm.load %v3056 : !llvm.ptr -> f32
          %v3059 = arith.muli %v3058, %v1610 : i64
          %v3060 = arith.subi %v2976, %v1587 : i64
          %v3061 = arith.addi %v3059, %v3060 : i64
          %v3062 = llvm.getelementptr %v72[%v3061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3063 = llvm.load %v3062 : !llvm.ptr -> f32
          %v3064 = arith.addi %v1587, %v2975 : i64
          %v3065 = arith.muli %v73, %v1610 : i64
          %v3066 = arith.subi %v3064, %v1587 : i64
          %v3067 = arith.addi %v3065, %v3066 : i64
          %v3068 = llvm.getelementptr %v72[%v3067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3069 = llvm.load %v3068 : !llvm.ptr -> f32
          %v3070 = arith.muli %v2, %v1610 : i64
          %v3071 = arith.subi %v3064, %v1587 : i64
          %v3072 = arith.addi %v3070, %v3071 : i64
          %v3073 = llvm.getelementptr %v72[%v3072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3074 = llvm.load %v3073 : !llvm.ptr -> f32
          %v3075 = arith.muli %v97, %v1610 : i64
          %v3076 = arith.subi %v3064, %v1587 : i64
          %v3077 = arith.addi %v3075, %v3076 : i64
          %v3078 = llvm.getelementptr %v72[%v3077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3079 = llvm.load %v3078 : !llvm.ptr -> f32
          %v3080 = arith.muli %v2992, %v1610 : i64
          %v3081 = arith.subi %v3064, %v1587 : i64
          %v3082 = arith.addi %v3080, %v3081 : i64
          %v3083 = llvm.getelementptr %v72[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3084 = llvm.load %v3083 : !llvm.ptr -> f32
          %v3085 = arith.muli %v138, %v1610 : i64
          %v3086 = arith.subi %v3064, %v1587 : i64
          %v3087 = arith.addi %v3085, %v3086 : i64
          %v3088 = llvm.getelementptr %v72[%v3087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3089 = llvm.load %v3088 : !llvm.ptr -> f32
          %v3090 = arith.muli %v3003, %v1610 : i64
          %v3091 = arith.subi %v3064, %v1587 : i64
          %v3092 = arith.addi %v3090, %v3091 : i64
          %v3093 = llvm.getelementptr %v72[%v3092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3094 = llvm.load %v3093 : !llvm.ptr -> f32
          %v3095 = arith.muli %v153, %v1610 : i64
          %v3096 = arith.subi %v3064, %v1587 : i64
          %v3097 = arith.addi %v3095, %v3096 : i64
          %v3098 = llvm.getelementptr %v72[%v3097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3099 = llvm.load %v3098 : !llvm.ptr -> f32
          %v3100 = arith.muli %v3014, %v1610 : i64
          %v3101 = arith.subi %v3064, %v1587 : i64
          %v3102 = arith.addi %v3100, %v3101 : i64
          %v3103 = llvm.getelementptr %v72[%v3102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3104 = llvm.load %v3103 : !llvm.ptr -> f32
          %v3105 = arith.muli %v168, %v1610 : i64
          %v3106 = arith.subi %v3064, %v1587 : i64
          %v3107 = arith.addi %v3105, %v3106 : i64
          %v3108 = llvm.getelementptr %v72[%v3107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3109 = llvm.load %v3108 : !llvm.ptr -> f32
          %v3110 = arith.muli %v3025, %v1610 : i64
          %v3111 = arith.subi %v3064, %v1587 : i64
          %v3112 = arith.addi %v3110, %v3111 : i64
          %v3113 = llvm.getelementptr %v72[%v3112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3114 = llvm.load %v3113 : !llvm.ptr -> f32
          %v3115 = arith.muli %v183, %v1610 : i64
          %v3116 = arith.subi %v3064, %v1587 : i64
          %v3117 = arith.addi %v3115, %v3116 : i64
          %v3118 = llvm.getelementptr %v72[%v3117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3119 = llvm.load %v3118 : !llvm.ptr -> f32
          %v3120 = arith.muli %v3036, %v1610 : i64
          %v3121 = arith.subi %v3064, %v1587 : i64
          %v3122 = arith.addi %v3120, %v3121 : i64
          %v3123 = llvm.getelementptr %v72[%v3122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3124 = llvm.load %v3123 : !llvm.ptr -> f32
          %v3125 = arith.muli %v198, %v1610 : i64
          %v3126 = arith.subi %v3064, %v1587 : i64
          %v3127 = arith.addi %v3125, %v3126 : i64
          %v3128 = llvm.getelementptr %v72[%v3127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3129 = llvm.load %v3128 : !llvm.ptr -> f32
          %v3130 = arith.muli %v3047, %v1610 : i64
          %v3131 = arith.subi %v3064, %v1587 : i64
          %v3132 = arith.addi %v3130, %v3131 : i64
          %v3133 = llvm.getelementptr %v72[%v3132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3134 = llvm.load %v3133 : !llvm.ptr -> f32
          %v3135 = arith.muli %v213, %v1610 : i64
          %v3136 = arith.subi %v3064, %v1587 : i64
          %v3137 = arith.addi %v3135, %v3136 : i64
          %v3138 = llvm.getelementptr %v72[%v3137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3139 = llvm.load %v3138 : !llvm.ptr -> f32
          %v3140 = arith.muli %v3058, %v1610 : i64
          %v3141 = arith.subi %v3064, %v1587 : i64
          %v3142 = arith.addi %v3140, %v3141 : i64
          %v3143 = llvm.getelementptr %v72[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3144 = llvm.load %v3143 : !llvm.ptr -> f32
          %v3145 = arith.addi %v1587, %v2974 : i64
          %v3152 = arith.muli %v2, %v47 : i64
          %v3153 = arith.addi %v3152, %v45 : i64
          %v3154 = arith.muli %v3153, %v119 : i64
          %v3155 = arith.addi %v3154, %v2974 : i64
          %v3156 = llvm.getelementptr %v38[%v3155] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3157 = llvm.load %v3156 : !llvm.ptr<3> -> f32
          %v3161 = arith.addf %v3157, %v3160 fastmath<contract> : f32
          %v3162 = arith.maximumf %v3161, %v101 : f32
          %v3163 = llvm.call_intrinsic "llvm.fabs.f32"(%v3161) : (f32) -> f32
          %v3164 = arith.negf %v3163 : f32
          %v3165 = arith.mulf %v3164, %v3150 fastmath<contract> : f32
          %v3166 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3165) : (f32) -> f32
          %v3167 = arith.addf %v102, %v3166 fastmath<contract> : f32
          %v3168 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3167) : (f32) -> f32
          %v3170 = arith.mulf %v3168, %v3169 fastmath<contract> : f32
          %v3172 = arith.mulf %v3171, %v3166 fastmath<contract> : f32
          %v3174 = arith.addf %v3172, %v3173 fastmath<contract> : f32
          %v3175 = arith.mulf %v3174, %v3166 fastmath<contract> : f32
          %v3177 = arith.addf %v3175, %v3176 fastmath<contract> : f32
          %v3178 = arith.mulf %v3177, %v3166 fastmath<contract> : f32
          %v3180 = arith.addf %v3178, %v3179 fastmath<contract> : f32
          %v3181 = arith.mulf %v3180, %v3166 fastmath<contract> : f32
          %v3183 = arith.addf %v3181, %v3182 fastmath<contract> : f32
          %v3184 = arith.mulf %v3183, %v3166 fastmath<contract> : f32
          %v3186 = arith.addf %v3184, %v3185 fastmath<contract> : f32
          %v3187 = arith.mulf %v3186, %v3166 fastmath<contract> : f32
          %v3188 = arith.addf %v3187, %v102 fastmath<contract> : f32
          %v3189 = arith.mulf %v3188, %v3166 fastmath<contract> : f32
          %v3190 = llvm.call_intrinsic "llvm.fabs.f32"(%v3166) : (f32) -> f32
          %v3192 = arith.cmpf olt, %v3190, %v3191 : f32
          %v3193 = arith.select %v3192, %v3189, %v3170 : f32
          %v3194 = arith.addf %v3162, %v3193 fastmath<contract> : f32
          %v3195 = arith.mulf %v3194, %v3151 fastmath<contract> : f32
          %v3196 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3195) : (f32) -> f32
          %v3197 = arith.muli %v73, %v47 : i64
          %v3198 = arith.addi %v3197, %v45 : i64
          %v3199 = arith.muli %v3198, %v119 : i64
          %v3200 = arith.addi %v3199, %v2974 : i64
          %v3201 = llvm.getelementptr %v38[%v3200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3202 = llvm.load %v3201 : !llvm.ptr<3> -> f32
          %v3203 = arith.mulf %v3194, %v3202 fastmath<contract> : f32
          %v3204 = arith.mulf %v2981, %v3203 fastmath<contract> : f32
          %v3205 = llvm.load %v5 : !llvm.ptr -> f32
          %v3206 = arith.mulf %v3196, %v3205 fastmath<contract> : f32
          %v3207 = arith.addf %v3206, %v3204 fastmath<contract> : f32
          %v3208 = llvm.load %v21 : !llvm.ptr -> f32
          %v3209 = arith.mulf %v3196, %v3208 fastmath<contract> : f32
          %v3217 = arith.mulf %v3194, %v3216 fastmath<contract> : f32
          %v3218 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3217) : (f32) -> f32
          %v3219 = arith.mulf %v2986, %v3203 fastmath<contract> : f32
          %v3220 = llvm.load %v6 : !llvm.ptr -> f32
          %v3221 = arith.mulf %v3218, %v3220 fastmath<contract> : f32
          %v3222 = arith.addf %v3221, %v3219 fastmath<contract> : f32
          %v3223 = llvm.load %v22 : !llvm.ptr -> f32
          %v3224 = arith.mulf %v3218, %v3223 fastmath<contract> : f32
          %v3232 = arith.mulf %v3194, %v3231 fastmath<contract> : f32
          %v3233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3232) : (f32) -> f32
          %v3234 = arith.mulf %v2991, %v3203 fastmath<contract> : f32
          %v3235 = llvm.load %v7 : !llvm.ptr -> f32
          %v3236 = arith.mulf %v3233, %v3235 fastmath<contract> : f32
          %v3237 = arith.addf %v3236, %v3234 fastmath<contract> : f32
          %v3238 = llvm.load %v23 : !llvm.ptr -> f32
          %v3239 = arith.mulf %v3233, %v3238 fastmath<contract> : f32
          %v3247 = arith.mulf %v3194, %v3246 fastmath<contract> : f32
          %v3248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3247) : (f32) -> f32
          %v3249 = arith.mulf %v2997, %v3203 fastmath<contract> : f32
          %v3250 = llvm.load %v8 : !llvm.ptr -> f32
          %v3251 = arith.mulf %v3248, %v3250 fastmath<contract> : f32
          %v3252 = arith.addf %v3251, %v3249 fastmath<contract> : f32
          %v3253 = llvm.load %v24 : !llvm.ptr -> f32
          %v3254 = arith.mulf %v3248, %v3253 fastmath<contract> : f32
          %v3262 = arith.mulf %v3194, %v3261 fastmath<contract> : f32
          %v3263 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3262) : (f32) -> f32
          %v3264 = arith.mulf %v3002, %v3203 fastmath<contract> : f32
          %v3265 = llvm.load %v9 : !llvm.ptr -> f32
          %v3266 = arith.mulf %v3263, %v3265 fastmath<contract> : f32
          %v3267 = arith.addf %v3266, %v3264 fastmath<contract> : f32
          %v3268 = llvm.load %v25 : !llvm.ptr -> f32
          %v3269 = arith.mulf %v3263, %v3268 fastmath<contract> : f32
          %v3277 = arith.mulf %v3194, %v3276 fastmath<contract> : f32
          %v3278 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3277) : (f32) -> f32
          %v3279 = arith.mulf %v3008, %v3203 fastmath<contract> : f32
          %v3280 = llvm.load %v10 : !llvm.ptr -> f32
          %v3281 = arith.mulf %v3278, %v3280 fastmath<contract> : f32
          %v3282 = arith.addf %v3281, %v3279 fastmath<contract> : f32
          %v3283 = llvm.load %v26 : !llvm.ptr -> f32
          %v3284 = arith.mulf %v3278, %v3283 fastmath<contract> : f32
          %v3292 = arith.mulf %v3194, %v3291 fastmath<contract> : f32
          %v3293 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3292) : (f32) -> f32
          %v3294 = arith.mulf %v3013, %v3203 fastmath<contract> : f32
          %v3295 = llvm.load %v11 : !llvm.ptr -> f32
          %v3296 = arith.mulf %v3293, %v3295 fastmath<contract> : f32
          %v3297 = arith.addf %v3296, %v3294 fastmath<contract> : f32
          %v3298 = llvm.load %v27 : !llvm.ptr -> f32
          %v3299 = arith.mulf %v3293, %v3298 fastmath<contract> : f32
          %v3307 = arith.mulf %v3194, %v3306 fastmath<contract> : f32
          %v3308 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3307) : (f32) -> f32
          %v3309 = arith.mulf %v3019, %v3203 fastmath<contract> : f32
          %v3310 = llvm.load %v12 : !llvm.ptr -> f32
          %v3311 = arith.mulf %v3308, %v3310 fastmath<contract> : f32
          %v3312 = arith.addf %v3311, %v3309 fastmath<contract> : f32
          %v3313 = llvm.load %v28 : !llvm.ptr -> f32
          %v3314 = arith.mulf %v3308, %v3313 fastmath<contract> : f32
          %v3322 = arith.mulf %v3194, %v3321 fastmath<contract> : f32
          %v3323 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3322) : (f32) -> f32
          %v3324 = arith.mulf %v3024, %v3203 fastmath<contract> : f32
          %v3325 = llvm.load %v13 : !llvm.ptr -> f32
          %v3326 = arith.mulf %v3323, %v3325 fastmath<contract> : f32
          %v3327 = arith.addf %v3326, %v3324 fastmath<contract> : f32
          %v3328 = llvm.load %v29 : !llvm.ptr -> f32
          %v3329 = arith.mulf %v3323, %v3328 fastmath<contract> : f32
          %v3337 = arith.mulf %v3194, %v3336 fastmath<contract> : f32
          %v3338 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3337) : (f32) -> f32
          %v3339 = arith.mulf %v3030, %v3203 fastmath<contract> : f32
          %v3340 = llvm.load %v14 : !llvm.ptr -> f32
          %v3341 = arith.mulf %v3338, %v3340 fastmath<contract> : f32
          %v3342 = arith.addf %v3341, %v3339 fastmath<contract> : f32
          %v3343 = llvm.load %v30 : !llvm.ptr -> f32
          %v3344 = arith.mulf %v3338, %v3343 fastmath<contract> : f32
          %v3352 = arith.mulf %v3194, %v3351 fastmath<contract> : f32
          %v3353 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3352) : (f32) -> f32
          %v3354 = arith.mulf %v3035, %v3203 fastmath<contract> : f32
          %v3355 = llvm.load %v15 : !llvm.ptr -> f32
          %v3356 = arith.mulf %v3353, %v3355 fastmath<contract> : f32
          %v3357 = arith.addf %v3356, %v3354 fastmath<contract> : f32
          %v3358 = llvm.load %v31 : !llvm.ptr -> f32
          %v3359 = arith.mulf %v3353, %v3358 fastmath<contract> : f32
          %v3367 = arith.mulf %v3194, %v3366 fastmath<contract> : f32
          %v3368 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3367) : (f32) -> f32
          %v3369 = arith.mulf %v3041, %v3203 fastmath<contract> : f32
          %v3370 = llvm.load %v16 : !llvm.ptr -> f32
          %v3371 = arith.mulf %v3368, %v3370 fastmath<contract> : f32
          %v3372 = arith.addf %v3371, %v3369 fastmath<contract> : f32
          %v3373 = llvm.load %v32 : !llvm.ptr -> f32
          %v3374 = arith.mulf %v3368, %v3373 fastmath<contract> : f32
          %v3382 = arith.mulf %v3194, %v3381 fastmath<contract> : f32
          %v3383 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3382) : (f32) -> f32
          %v3384 = arith.mulf %v3046, %v3203 fastmath<contract> : f32
          %v3385 = llvm.load %v17 : !llvm.ptr -> f32
          %v3386 = arith.mulf %v3383, %v3385 fastmath<contract> : f32
          %v3387 = arith.addf %v3386, %v3384 fastmath<contract> : f32
          %v3388 = llvm.load %v33 : !llvm.ptr -> f32
          %v3389 = arith.mulf %v3383, %v3388 fastmath<contract> : f32
          %v3397 = arith.mulf %v3194, %v3396 fastmath<contract> : f32
          %v3398 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3397) : (f32) -> f32
          %v3399 = arith.mulf %v3052, %v3203 fastmath<contract> : f32
          %v3400 = llvm.load %v18 : !llvm.ptr -> f32
          %v3401 = arith.mulf %v3398, %v3400 fastmath<contract> : f32
          %v3402 = arith.addf %v3401, %v3399 fastmath<contract> : f32
          %v3403 = llvm.load %v34 : !llvm.ptr -> f32
          %v3404 = arith.mulf %v3398, %v3403 fastmath<contract> : f32
          %v3412 = arith.mulf %v3194, %v3411 fastmath<contract> : f32
          %v3413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3412) : (f32) -> f32
          %v3414 = arith.mulf %v3057, %v3203 fastmath<contract> : f32
          %v3415 = llvm.load %v19 : !llvm.ptr -> f32
          %v3416 = arith.mulf %v3413, %v3415 fastmath<contract> : f32
          %v3417 = arith.addf %v3416, %v3414 fastmath<contract> : f32
          %v3418 = llvm.load %v35 : !llvm.ptr -> f32
          %v3419 = arith.mulf %v3413, %v3418 fastmath<contract> : f32
          %v3427 = arith.mulf %v3194, %v3426 fastmath<contract> : f32
          %v3428 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3427) : (f32) -> f32
          %v3429 = arith.mulf %v3063, %v3203 fastmath<contract> : f32
          %v3430 = llvm.load %v20 : !llvm.ptr -> f32
          %v3431 = arith.mulf %v3428, %v3430 fastmath<contract> : f32
          %v3432 = arith.addf %v3431, %v3429 fastmath<contract> : f32
          %v3433 = llvm.load %v36 : !llvm.ptr -> f32
          %v3434 = arith.mulf %v3428, %v3433 fastmath<contract> : f32
          llvm.store %v3207, %v5 : f32, !llvm.ptr
          llvm.store %v3209, %v21 : f32, !llvm.ptr
          llvm.store %v3222, %v6 : f32, !llvm.ptr
          llvm.store %v3224, %v22 : f32, !llvm.ptr
          llvm.store %v3237, %v7 : f32, !llvm.ptr
          llvm.store %v3239, %v23 : f32, !llvm.ptr
          llvm.store %v3252, %v8 : f32, !llvm.ptr
          llvm.store %v3254, %v24 : f32, !llvm.ptr
          llvm.store %v3267, %v9 : f32, !llvm.ptr
          llvm.store %v3269, %v25 : f32, !llvm.ptr
          llvm.store %v3282, %v10 : f32, !llvm.ptr
          llvm.store %v3284, %v26 : f32, !llvm.ptr
          llvm.store %v3297, %v11 : f32, !llvm.ptr
          llvm.store %v3299, %v27 : f32, !llvm.ptr
          llvm.store %v3312, %v12 : f32, !llvm.ptr
          llvm.store %v3314, %v28 : f32, !llvm.ptr
          llvm.store %v3327, %v13 : f32, !llvm.ptr
          llvm.store %v3329, %v29 : f32, !llvm.ptr
          llvm.store %v3342, %v14 : f32, !llvm.ptr
          llvm.store %v3344, %v30 : f32, !llvm.ptr
          llvm.store %v3357, %v15 : f32, !llvm.ptr
          llvm.store %v3359, %v31 : f32, !llvm.ptr
          llvm.store %v3372, %v16 : f32, !llvm.ptr
          llvm.store %v3374, %v32 : f32, !llvm.ptr
          llvm.store %v3387, %v17 : f32, !llvm.ptr
          llvm.store %v3389, %v33 : f32, !llvm.ptr
          llvm.store %v3402, %v18 : f32, !llvm.ptr
          llvm.store %v3404, %v34 : f32, !llvm.ptr
          llvm.store %v3417, %v19 : f32, !llvm.ptr
          llvm.store %v3419, %v35 : f32, !llvm.ptr
          llvm.store %v3432, %v20 : f32, !llvm.ptr
          llvm.store %v3434, %v36 : f32, !llvm.ptr
          %v3435 = arith.addi %v1587, %v2975 : i64
          %v3437 = arith.muli %v2, %v47 : i64
          %v3438 = arith.addi %v3437, %v45 : i64
          %v3439 = arith.muli %v3438, %v119 : i64
          %v3440 = arith.addi %v3439, %v2975 : i64
          %v3441 = llvm.getelementptr %v38[%v3440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3442 = llvm.load %v3441 : !llvm.ptr<3> -> f32
          %v3443 = arith.addf %v3442, %v3160 fastmath<contract> : f32
          %v3444 = arith.maximumf %v3443, %v101 : f32
          %v3445 = llvm.call_intrinsic "llvm.fabs.f32"(%v3443) : (f32) -> f32
          %v3446 = arith.negf %v3445 : f32
          %v3447 = arith.mulf %v3446, %v3150 fastmath<contract> : f32
          %v3448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3447) : (f32) -> f32
          %v3449 = arith.addf %v102, %v3448 fastmath<contract> : f32
          %v3450 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3449) : (f32) -> f32
          %v3451 = arith.mulf %v3450, %v3169 fastmath<contract> : f32
          %v3452 = arith.mulf %v3171, %v3448 fastmath<contract> : f32
          %v3453 = arith.addf %v3452, %v3173 fastmath<contract> : f32
          %v3454 = arith.mulf %v3453, %v3448 fastmath<contract> : f32
          %v3455 = arith.addf %v3454, %v3176 fastmath<contract> : f32
          %v3456 = arith.mulf %v3455, %v3448 fastmath<contract> : f32
          %v3457 = arith.addf %v3456, %v3179 fastmath<contract> : f32
          %v3458 = arith.mulf %v3457, %v3448 fastmath<contract> : f32
          %v3459 = arith.addf %v3458, %v3182 fastmath<contract> : f32
          %v3460 = arith.mulf %v3459, %v3448 fastmath<contract> : f32
          %v3461 = arith.addf %v3460, %v3185 fastmath<contract> : f32
          %v3462 = arith.mulf %v3461, %v3448 fastmath<contract> : f32
          %v3463 = arith.addf %v3462, %v102 fastmath<contract> : f32
          %v3464 = arith.mulf %v3463, %v3448 fastmath<contract> : f32
          %v3465 = llvm.call_intrinsic "llvm.fabs.f32"(%v3448) : (f32) -> f32
          %v3466 = arith.cmpf olt, %v3465, %v3191 : f32
          %v3467 = arith.select %v3466, %v3464, %v3451 : f32
          %v3468 = arith.addf %v3444, %v3467 fastmath<contract> : f32
          %v3469 = arith.mulf %v3468, %v3436 fastmath<contract> : f32
          %v3470 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3469) : (f32) -> f32
          %v3471 = arith.muli %v73, %v47 : i64
          %v3472 = arith.addi %v3471, %v45 : i64
          %v3473 = arith.muli %v3472, %v119 : i64
          %v3474 = arith.addi %v3473, %v2975 : i64
          %v3475 = llvm.getelementptr %v38[%v3474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3476 = llvm.load %v3475 : !llvm.ptr<3> -> f32
          %v3477 = arith.mulf %v3468, %v3476 fastmath<contract> : f32
          %v3478 = arith.mulf %v3069, %v3477 fastmath<contract> : f32
          %v3479 = llvm.load %v5 : !llvm.ptr -> f32
          %v3480 = arith.mulf %v3470, %v3479 fastmath<contract> : f32
          %v3481 = arith.addf %v3480, %v3478 fastmath<contract> : f32
          %v3482 = llvm.load %v21 : !llvm.ptr -> f32
          %v3483 = arith.mulf %v3470, %v3482 fastmath<contract> : f32
          %v3485 = arith.mulf %v3468, %v3484 fastmath<contract> : f32
          %v3486 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3485) : (f32) -> f32
          %v3487 = arith.mulf %v3074, %v3477 fastmath<contract> : f32
          %v3488 = llvm.load %v6 : !llvm.ptr -> f32
          %v3489 = arith.mulf %v3486, %v3488 fastmath<contract> : f32
          %v3490 = arith.addf %v3489, %v3487 fastmath<contract> : f32
          %v3491 = llvm.load %v22 : !llvm.ptr -> f32
          %v3492 = arith.mulf %v3486, %v3491 fastmath<contract> : f32
          %v3494 = arith.mulf %v3468, %v3493 fastmath<contract> : f32
          %v3495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3494) : (f32) -> f32
          %v3496 = arith.mulf %v3079, %v3477 fastmath<contract> : f32
          %v3497 = llvm.load %v7 : !llvm.ptr -> f32
          %v3498 = arith.mulf %v3495, %v3497 fastmath<contract> : f32
          %v3499 = arith.addf %v3498, %v3496 fastmath<contract> : f32
          %v3500 = llvm.load %v23 : !llvm.ptr -> f32
          %v3501 = arith.mulf %v3495, %v3500 fastmath<contract> : f32
          %v3503 = arith.mulf %v3468, %v3502 fastmath<contract> : f32
          %v3504 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3503) : (f32) -> f32
          %v3505 = arith.mulf %v3084, %v3477 fastmath<contract> : f32
          %v3506 = llvm.load %v8 : !llvm.ptr -> f32
          %v3507 = arith.mulf %v3504, %v3506 fastmath<contract> : f32
          %v3508 = arith.addf %v3507, %v3505 fastmath<contract> : f32
          %v3509 = llvm.load %v24 : !llvm.ptr -> f32
          %v3510 = arith.mulf %v3504, %v3509 fastmath<contract> : f32
          %v3512 = arith.mulf %v3468, %v3511 fastmath<contract> : f32
          %v3513 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3512) : (f32) -> f32
          %v3514 = arith.mulf %v3089, %v3477 fastmath<contract> : f32
          %v3515 = llvm.load %v9 : !llvm.ptr -> f32
          %v3516 = arith.mulf %v3513, %v3515 fastmath<contract> : f32
          %v3517 = arith.addf %v3516, %v3514 fastmath<contract> : f32
          %v3518 = llvm.load %v25 : !llvm.ptr -> f32
          %v3519 = arith.mulf %v3513, %v3518 fastmath<contract> : f32
          %v3521 = arith.mulf %v3468, %v3520 fastmath<contract> : f32
          %v3522 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3521) : (f32) -> f32
          %v3523 = arith.mulf %v3094, %v3477 fastmath<contract> : f32
          %v3524 = llvm.load %v10 : !llvm.ptr -> f32
          %v3525 = arith.mulf %v3522, %v3524 fastmath<contract> : f32
          %v3526 = arith.addf %v3525, %v3523 fastmath<contract> : f32
          %v3527 = llvm.load %v26 : !llvm.ptr -> f32
          %v3528 = arith.mulf %v3522, %v3527 fastmath<contract> : f32
          %v3530 = arith.mulf %v3468, %v3529 fastmath<contract> : f32
          %v3531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3530) : (f32) -> f32
          %v3532 = arith.mulf %v3099, %v3477 fastmath<contract> : f32
          %v3533 = llvm.load %v11 : !llvm.ptr -> f32
          %v3534 = arith.mulf %v3531, %v3533 fastmath<contract> : f32
          %v3535 = arith.addf %v3534, %v3532 fastmath<contract> : f32
          %v3536 = llvm.load %v27 : !llvm.ptr -> f32
          %v3537 = arith.mulf %v3531, %v3536 fastmath<contract> : f32
          %v3539 = arith.mulf %v3468, %v3538 fastmath<contract> : f32
          %v3540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3539) : (f32) -> f32
          %v3541 = arith.mulf %v3104, %v3477 fastmath<contract> : f32
          %v3542 = llvm.load %v12 : !llvm.ptr -> f32
          %v3543 = arith.mulf %v3540, %v3542 fastmath<contract> : f32
          %v3544 = arith.addf %v3543, %v3541 fastmath<contract> : f32
          %v3545 = llvm.load %v28 : !llvm.ptr -> f32
          %v3546 = arith.mulf %v3540, %v3545 fastmath<contract> : f32
          %v3548 = arith.mulf %v3468, %v3547 fastmath<contract> : f32
          %v3549 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3548) : (f32) -> f32
          %v3550 = arith.mulf %v3109, %v3477 fastmath<contract> : f32
          %v3551 = llvm.load %v13 : !llvm.ptr -> f32
          %v3552 = arith.mulf %v3549, %v3551 fastmath<contract> : f32
          %v3553 = arith.addf %v3552, %v3550 fastmath<contract> : f32
          %v3554 = llvm.load %v29 : !llvm.ptr -> f32
          %v3555 = arith.mulf %v3549, %v3554 fastmath<contract> : f32
          %v3557 = arith.mulf %v3468, %v3556 fastmath<contract> : f32
          %v3558 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3557) : (f32) -> f32
          %v3559 = arith.mulf %v3114, %v3477 fastmath<contract> : f32
          %v3560 = llvm.load %v14 : !llvm.ptr -> f32
          %v3561 = arith.mulf %v3558, %v3560 fastmath<contract> : f32
          %v3562 = arith.addf %v3561, %v3559 fastmath<contract> : f32
          %v3563 = llvm.load %v30 : !llvm.ptr -> f32
          %v3564 = arith.mulf %v3558, %v3563 fastmath<contract> : f32
          %v3566 = arith.mulf %v3468, %v3565 fastmath<contract> : f32
          %v3567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3566) : (f32) -> f32
          %v3568 = arith.mulf %v3119, %v3477 fastmath<contract> : f32
          %v3569 = llvm.load %v15 : !llvm.ptr -> f32
          %v3570 = arith.mulf %v3567, %v3569 fastmath<contract> : f32
          %v3571 = arith.addf %v3570, %v3568 fastmath<contract> : f32
          %v3572 = llvm.load %v31 : !llvm.ptr -> f32
          %v3573 = arith.mulf %v3567, %v3572 fastmath<contract> : f32
          %v3575 = arith.mulf %v3468, %v3574 fastmath<contract> : f32
          %v3576 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3575) : (f32) -> f32
          %v3577 = arith.mulf %v3124, %v3477 fastmath<contract> : f32
          %v3578 = llvm.load %v16 : !llvm.ptr -> f32
          %v3579 = arith.mulf %v3576, %v3578 fastmath<contract> : f32
          %v3580 = arith.addf %v3579, %v3577 fastmath<contract> : f32
          %v3581 = llvm.load %v32 : !llvm.ptr -> f32
          %v3582 = arith.mulf %v3576, %v3581 fastmath<contract> : f32
          %v3584 = arith.mulf %v3468, %v3583 fastmath<contract> : f32
          %v3585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3584) : (f32) -> f32
          %v3586 = arith.mulf %v3129, %v3477 fastmath<contract> : f32
          %v3587 = llvm.load %v17 : !llvm.ptr -> f32
          %v3588 = arith.mulf %v3585, %v3587 fastmath<contract> : f32
          %v3589 = arith.addf %v3588, %v3586 fastmath<contract> : f32
          %v3590 = llvm.load %v33 : !llvm.ptr -> f32
          %v3591 = arith.mulf %v3585, %v3590 fastmath<contract> : f32
          %v3593 = arith.mulf %v3468, %v3592 fastmath<contract> : f32
          %v3594 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3593) : (f32) -> f32
          %v3595 = arith.mulf %v3134, %v3477 fastmath<contract> : f32
          %v3596 = llvm.load %v18 : !llvm.ptr -> f32
          %v3597 = arith.mulf %v3594, %v3596 fastmath<contract> : f32
          %v3598 = arith.addf %v3597, %v3595 fastmath<contract> : f32
          %v3599 = llvm.load %v34 : !llvm.ptr -> f32
          %v3600 = arith.mulf %v3594, %v3599 fastmath<contract> : f32
          %v3602 = arith.mulf %v3468, %v3601 fastmath<contract> : f32
          %v3603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3602) : (f32) -> f32
          %v3604 = arith.mulf %v3139, %v3477 fastmath<contract> : f32
          %v3605 = llvm.load %v19 : !llvm.ptr -> f32
          %v3606 = arith.mulf %v3603, %v3605 fastmath<contract> : f32
          %v3607 = arith.addf %v3606, %v3604 fastmath<contract> : f32
          %v3608 = llvm.load %v35 : !llvm.ptr -> f32
          %v3609 = arith.mulf %v3603, %v3608 fastmath<contract> : f32
          %v3611 = arith.mulf %v3468, %v3610 fastmath<contract> : f32
          %v3612 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3611) : (f32) -> f32
          %v3613 = arith.mulf %v3144, %v3477 fastmath<contract> : f32
          %v3614 = llvm.load %v20 : !llvm.ptr -> f32
          %v3615 = arith.mulf %v3612, %v3614 fastmath<contract> : f32
          %v3616 = arith.addf %v3615, %v3613 fastmath<contract> : f32
          %v3617 = llvm.load %v36 : !llvm.ptr -> f32
          %v3618 = arith.mulf %v3612, %v3617 fastmath<contract> : f32
          llvm.store %v3481, %v5 : f32, !llvm.ptr
          llvm.store %v3483, %v21 : f32, !llvm.ptr
          llvm.store %v3490, %v6 : f32, !llvm.ptr
          llvm.store %v3492, %v22 : f32, !llvm.ptr
          llvm.store %v3499, %v7 : f32, !llvm.ptr
          llvm.store %v3501, %v23 : f32, !llvm.ptr
          llvm.store %v3508, %v8 : f32, !llvm.ptr
          llvm.store %v3510, %v24 : f32, !llvm.ptr
          llvm.store %v3517, %v9 : f32, !llvm.ptr
          llvm.store %v3519, %v25 : f32, !llvm.ptr
          llvm.store %v3526, %v10 : f32, !llvm.ptr
          llvm.store %v3528, %v26 : f32, !llvm.ptr
          llvm.store %v3535, %v11 : f32, !llvm.ptr
          llvm.store %v3537, %v27 : f32, !llvm.ptr
          llvm.store %v3544, %v12 : f32, !llvm.ptr
          llvm.store %v3546, %v28 : f32, !llvm.ptr
          llvm.store %v3553, %v13 : f32, !llvm.ptr
          llvm.store %v3555, %v29 : f32, !llvm.ptr
          llvm.store %v3562, %v14 : f32, !llvm.ptr
          llvm.store %v3564, %v30 : f32, !llvm.ptr
          llvm.store %v3571, %v15 : f32, !llvm.ptr
          llvm.store %v3573, %v31 : f32, !llvm.ptr
          llvm.store %v3580, %v16 : f32, !llvm.ptr
          llvm.store %v3582, %v32 : f32, !llvm.ptr
          llvm.store %v3589, %v17 : f32, !llvm.ptr
          llvm.store %v3591, %v33 : f32, !llvm.ptr
          llvm.store %v3598, %v18 : f32, !llvm.ptr
          llvm.store %v3600, %v34 : f32, !llvm.ptr
          llvm.store %v3607, %v19 : f32, !llvm.ptr
          llvm.store %v3609, %v35 : f32, !llvm.ptr
          llvm.store %v3616, %v20 : f32, !llvm.ptr
          llvm.store %v3618, %v36 : f32, !llvm.ptr
        }
        %v3619 = arith.muli %v2967, %v97 : i64
        %v3620 = arith.index_cast %v3619 : i64 to index
        %v3621 = arith.index_cast %v1615 : i64 to index
        %v3622 = arith.index_cast %v2 : i64 to index
        scf.for %v3623 = %v3620 to %v3621 step %v3622 {
          %v3624 = arith.index_cast %v3623 : index to i64
          %v3625 = arith.addi %v1587, %v3624 : i64
          %v3627 = arith.muli %v2, %v47 : i64
          %v3628 = arith.addi %v3627, %v45 : i64
          %v3629 = arith.muli %v3628, %v119 : i64
          %v3630 = arith.addi %v3629, %v3624 : i64
          %v3631 = llvm.getelementptr %v38[%v3630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3632 = llvm.load %v3631 : !llvm.ptr<3> -> f32
          %v3633 = arith.addf %v3632, %v3160 fastmath<contract> : f32
          %v3634 = arith.maximumf %v3633, %v101 : f32
          %v3635 = llvm.call_intrinsic "llvm.fabs.f32"(%v3633) : (f32) -> f32
          %v3636 = arith.negf %v3635 : f32
          %v3637 = arith.mulf %v3636, %v3150 fastmath<contract> : f32
          %v3638 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3637) : (f32) -> f32
          %v3639 = arith.addf %v102, %v3638 fastmath<contract> : f32
          %v3640 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3639) : (f32) -> f32
          %v3641 = arith.mulf %v3640, %v3169 fastmath<contract> : f32
          %v3642 = arith.mulf %v3171, %v3638 fastmath<contract> : f32
          %v3643 = arith.addf %v3642, %v3173 fastmath<contract> : f32
          %v3644 = arith.mulf %v3643, %v3638 fastmath<contract> : f32
          %v3645 = arith.addf %v3644, %v3176 fastmath<contract> : f32
          %v3646 = arith.mulf %v3645, %v3638 fastmath<contract> : f32
          %v3647 = arith.addf %v3646, %v3179 fastmath<contract> : f32
          %v3648 = arith.mulf %v3647, %v3638 fastmath<contract> : f32
          %v3649 = arith.addf %v3648, %v3182 fastmath<contract> : f32
          %v3650 = arith.mulf %v3649, %v3638 fastmath<contract> : f32
          %v3651 = arith.addf %v3650, %v3185 fastmath<contract> : f32
          %v3652 = arith.mulf %v3651, %v3638 fastmath<contract> : f32
          %v3653 = arith.addf %v3652, %v102 fastmath<contract> : f32
          %v3654 = arith.mulf %v3653, %v3638 fastmath<contract> : f32
          %v3655 = llvm.call_intrinsic "llvm.fabs.f32"(%v3638) : (f32) -> f32
          %v3656 = arith.cmpf olt, %v3655, %v3191 : f32
          %v3657 = arith.select %v3656, %v3654, %v3641 : f32
          %v3658 = arith.addf %v3634, %v3657 fastmath<contract> : f32
          %v3659 = arith.mulf %v3658, %v3626 fastmath<contract> : f32
          %v3660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3659) : (f32) -> f32
          %v3661 = arith.muli %v73, %v1610 : i64
          %v3662 = arith.subi %v3625, %v1587 : i64
          %v3663 = arith.addi %v3661, %v3662 : i64
          %v3664 = llvm.getelementptr %v72[%v3663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3665 = llvm.load %v3664 : !llvm.ptr -> f32
          %v3666 = arith.muli %v73, %v47 : i64
          %v3667 = arith.addi %v3666, %v45 : i64
          %v3668 = arith.muli %v3667, %v119 : i64
          %v3669 = arith.addi %v3668, %v3624 : i64
          %v3670 = llvm.getelementptr %v38[%v3669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3671 = llvm.load %v3670 : !llvm.ptr<3> -> f32
          %v3672 = arith.mulf %v3658, %v3671 fastmath<contract> : f32
          %v3673 = arith.mulf %v3665, %v3672 fastmath<contract> : f32
          %v3674 = llvm.load %v5 : !llvm.ptr -> f32
          %v3675 = arith.mulf %v3660, %v3674 fastmath<contract> : f32
          %v3676 = arith.addf %v3675, %v3673 fastmath<contract> : f32
          %v3677 = llvm.load %v21 : !llvm.ptr -> f32
          %v3678 = arith.mulf %v3660, %v3677 fastmath<contract> : f32
          %v3680 = arith.mulf %v3658, %v3679 fastmath<contract> : f32
          %v3681 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3680) : (f32) -> f32
          %v3682 = arith.muli %v2, %v1610 : i64
          %v3683 = arith.subi %v3625, %v1587 : i64
          %v3684 = arith.addi %v3682, %v3683 : i64
          %v3685 = llvm.getelementptr %v72[%v3684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3686 = llvm.load %v3685 : !llvm.ptr -> f32
          %v3687 = arith.mulf %v3686, %v3672 fastmath<contract> : f32
          %v3688 = llvm.load %v6 : !llvm.ptr -> f32
          %v3689 = arith.mulf %v3681, %v3688 fastmath<contract> : f32
          %v3690 = arith.addf %v3689, %v3687 fastmath<contract> : f32
          %v3691 = llvm.load %v22 : !llvm.ptr -> f32
          %v3692 = arith.mulf %v3681, %v3691 fastmath<contract> : f32
          %v3694 = arith.mulf %v3658, %v3693 fastmath<contract> : f32
          %v3695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3694) : (f32) -> f32
          %v3696 = arith.muli %v97, %v1610 : i64
          %v3697 = arith.subi %v3625, %v1587 : i64
          %v3698 = arith.addi %v3696, %v3697 : i64
          %v3699 = llvm.getelementptr %v72[%v3698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3700 = llvm.load %v3699 : !llvm.ptr -> f32
          %v3701 = arith.mulf %v3700, %v3672 fastmath<contract> : f32
          %v3702 = llvm.load %v7 : !llvm.ptr -> f32
          %v3703 = arith.mulf %v3695, %v3702 fastmath<contract> : f32
          %v3704 = arith.addf %v3703, %v3701 fastmath<contract> : f32
          %v3705 = llvm.load %v23 : !llvm.ptr -> f32
          %v3706 = arith.mulf %v3695, %v3705 fastmath<contract> : f32
          %v3708 = arith.mulf %v3658, %v3707 fastmath<contract> : f32
          %v3709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3708) : (f32) -> f32
          %v3710 = arith.muli %v2992, %v1610 : i64
          %v3711 = arith.subi %v3625, %v1587 : i64
          %v3712 = arith.addi %v3710, %v3711 : i64
          %v3713 = llvm.getelementptr %v72[%v3712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3714 = llvm.load %v3713 : !llvm.ptr -> f32
          %v3715 = arith.mulf %v3714, %v3672 fastmath<contract> : f32
          %v3716 = llvm.load %v8 : !llvm.ptr -> f32
          %v3717 = arith.mulf %v3709, %v3716 fastmath<contract> : f32
          %v3718 = arith.addf %v3717, %v3715 fastmath<contract> : f32
          %v3719 = llvm.load %v24 : !llvm.ptr -> f32
          %v3720 = arith.mulf %v3709, %v3719 fastmath<contract> : f32
          %v3722 = arith.mulf %v3658, %v3721 fastmath<contract> : f32
          %v3723 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3722) : (f32) -> f32
          %v3724 = arith.muli %v138, %v1610 : i64
          %v3725 = arith.subi %v3625, %v1587 : i64
          %v3726 = arith.addi %v3724, %v3725 : i64
          %v3727 = llvm.getelementptr %v72[%v3726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3728 = llvm.load %v3727 : !llvm.ptr -> f32
          %v3729 = arith.mulf %v3728, %v3672 fastmath<contract> : f32
          %v3730 = llvm.load %v9 : !llvm.ptr -> f32
          %v3731 = arith.mulf %v3723, %v3730 fastmath<contract> : f32
          %v3732 = arith.addf %v3731, %v3729 fastmath<contract> : f32
          %v3733 = llvm.load %v25 : !llvm.ptr -> f32
          %v3734 = arith.mulf %v3723, %v3733 fastmath<contract> : f32
          %v3736 = arith.mulf %v3658, %v3735 fastmath<contract> : f32
          %v3737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3736) : (f32) -> f32
          %v3738 = arith.muli %v3003, %v1610 : i64
          %v3739 = arith.subi %v3625, %v1587 : i64
          %v3740 = arith.addi %v3738, %v3739 : i64
          %v3741 = llvm.getelementptr %v72[%v3740] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3742 = llvm.load %v3741 : !llvm.ptr -> f32
          %v3743 = arith.mulf %v3742, %v3672 fastmath<contract> : f32
          %v3744 = llvm.load %v10 : !llvm.ptr -> f32
          %v3745 = arith.mulf %v3737, %v3744 fastmath<contract> : f32
          %v3746 = arith.addf %v3745, %v3743 fastmath<contract> : f32
          %v3747 = llvm.load %v26 : !llvm.ptr -> f32
          %v3748 = arith.mulf %v3737, %v3747 fastmath<contract> : f32
          %v3750 = arith.mulf %v3658, %v3749 fastmath<contract> : f32
          %v3751 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3750) : (f32) -> f32
          %v3752 = arith.muli %v153, %v1610 : i64
          %v3753 = arith.subi %v3625, %v1587 : i64
          %v3754 = arith.addi %v3752, %v3753 : i64
          %v3755 = llvm.getelementptr %v72[%v3754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3756 = llvm.load %v3755 : !llvm.ptr -> f32
          %v3757 = arith.mulf %v3756, %v3672 fastmath<contract> : f32
          %v3758 = llvm.load %v11 : !llvm.ptr -> f32
          %v3759 = arith.mulf %v3751, %v3758 fastmath<contract> : f32
          %v3760 = arith.addf %v3759, %v3757 fastmath<contract> : f32
          %v3761 = llvm.load %v27 : !llvm.ptr -> f32
          %v3762 = arith.mulf %v3751, %v3761 fastmath<contract> : f32
          %v3764 = arith.mulf %v3658, %v3763 fastmath<contract> : f32
          %v3765 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3764) : (f32) -> f32
          %v3766 = arith.muli %v3014, %v1610 : i64
          %v3767 = arith.subi %v3625, %v1587 : i64
          %v3768 = arith.addi %v3766, %v3767 : i64
          %v3769 = llvm.getelementptr %v72[%v3768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3770 = llvm.load %v3769 : !llvm.ptr -> f32
          %v3771 = arith.mulf %v3770, %v3672 fastmath<contract> : f32
          %v3772 = llvm.load %v12 : !llvm.ptr -> f32
          %v3773 = arith.mulf %v3765, %v3772 fastmath<contract> : f32
          %v3774 = arith.addf %v3773, %v3771 fastmath<contract> : f32
          %v3775 = llvm.load %v28 : !llvm.ptr -> f32
          %v3776 = arith.mulf %v3765, %v3775 fastmath<contract> : f32
          %v3778 = arith.mulf %v3658, %v3777 fastmath<contract> : f32
          %v3779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3778) : (f32) -> f32
          %v3780 = arith.muli %v168, %v1610 : i64
          %v3781 = arith.subi %v3625, %v1587 : i64
          %v3782 = arith.addi %v3780, %v3781 : i64
          %v3783 = llvm.getelementptr %v72[%v3782] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3784 = llvm.load %v3783 : !llvm.ptr -> f32
          %v3785 = arith.mulf %v3784, %v3672 fastmath<contract> : f32
          %v3786 = llvm.load %v13 : !llvm.ptr -> f32
          %v3787 = arith.mulf %v3779, %v3786 fastmath<contract> : f32
          %v3788 = arith.addf %v3787, %v3785 fastmath<contract> : f32
          %v3789 = llvm.load %v29 : !llvm.ptr -> f32
          %v3790 = arith.mulf %v3779, %v3789 fastmath<contract> : f32
          %v3792 = arith.mulf %v3658, %v3791 fastmath<contract> : f32
          %v3793 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3792) : (f32) -> f32
          %v3794 = arith.muli %v3025, %v1610 : i64
          %v3795 = arith.subi %v3625, %v1587 : i64
          %v3796 = arith.addi %v3794, %v3795 : i64
          %v3797 = llvm.getelementptr %v72[%v3796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3798 = llvm.load %v3797 : !llvm.ptr -> f32
          %v3799 = arith.mulf %v3798, %v3672 fastmath<contract> : f32
          %v3800 = llvm.load %v14 : !llvm.ptr -> f32
          %v3801 = arith.mulf %v3793, %v3800 fastmath<contract> : f32
          %v3802 = arith.addf %v3801, %v3799 fastmath<contract> : f32
          %v3803 = llvm.load %v30 : !llvm.ptr -> f32
          %v3804 = arith.mulf %v3793, %v3803 fastmath<contract> : f32
          %v3806 = arith.mulf %v3658, %v3805 fastmath<contract> : f32
          %v3807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3806) : (f32) -> f32
          %v3808 = arith.muli %v183, %v1610 : i64
          %v3809 = arith.subi %v3625, %v1587 : i64
          %v3810 = arith.addi %v3808, %v3809 : i64
          %v3811 = llvm.getelementptr %v72[%v3810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3812 = llvm.load %v3811 : !llvm.ptr -> f32
          %v3813 = arith.mulf %v3812, %v3672 fastmath<contract> : f32
          %v3814 = llvm.load %v15 : !llvm.ptr -> f32
          %v3815 = arith.mulf %v3807, %v3814 fastmath<contract> : f32
          %v3816 = arith.addf %v3815, %v3813 fastmath<contract> : f32
          %v3817 = llvm.load %v31 : !llvm.ptr -> f32
          %v3818 = arith.mulf %v3807, %v3817 fastmath<contract> : f32
          %v3820 = arith.mulf %v3658, %v3819 fastmath<contract> : f32
          %v3821 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3820) : (f32) -> f32
          %v3822 = arith.muli %v3036, %v1610 : i64
          %v3823 = arith.subi %v3625, %v1587 : i64
          %v3824 = arith.addi %v3822, %v3823 : i64
          %v3825 = llvm.getelementptr %v72[%v3824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3826 = llvm.load %v3825 : !llvm.ptr -> f32
          %v3827 = arith.mulf %v3826, %v3672 fastmath<contract> : f32
          %v3828 = llvm.load %v16 : !llvm.ptr -> f32
          %v3829 = arith.mulf %v3821, %v3828 fastmath<contract> : f32
          %v3830 = arith.addf %v3829, %v3827 fastmath<contract> : f32
          %v3831 = llvm.load %v32 : !llvm.ptr -> f32
          %v3832 = arith.mulf %v3821, %v3831 fastmath<contract> : f32
          %v3834 = arith.mulf %v3658, %v3833 fastmath<contract> : f32
          %v3835 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3834) : (f32) -> f32
          %v3836 = arith.muli %v198, %v1610 : i64
          %v3837 = arith.subi %v3625, %v1587 : i64
          %v3838 = arith.addi %v3836, %v3837 : i64
          %v3839 = llvm.getelementptr %v72[%v3838] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3840 = llvm.load %v3839 : !llvm.ptr -> f32
          %v3841 = arith.mulf %v3840, %v3672 fastmath<contract> : f32
          %v3842 = llvm.load %v17 : !llvm.ptr -> f32
          %v3843 = arith.mulf %v3835, %v3842 fastmath<contract> : f32
          %v3844 = arith.addf %v3843, %v3841 fastmath<contract> : f32
          %v3845 = llvm.load %v33 : !llvm.ptr -> f32
          %v3846 = arith.mulf %v3835, %v3845 fastmath<contract> : f32
          %v3848 = arith.mulf %v3658, %v3847 fastmath<contract> : f32
          %v3849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3848) : (f32) -> f32
          %v3850 = arith.muli %v3047, %v1610 : i64
          %v3851 = arith.subi %v3625, %v1587 : i64
          %v3852 = arith.addi %v3850, %v3851 : i64
          %v3853 = llvm.getelementptr %v72[%v3852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3854 = llvm.load %v3853 : !llvm.ptr -> f32
          %v3855 = arith.mulf %v3854, %v3672 fastmath<contract> : f32
          %v3856 = llvm.load %v18 : !llvm.ptr -> f32
          %v3857 = arith.mulf %v3849, %v3856 fastmath<contract> : f32
          %v3858 = arith.addf %v3857, %v3855 fastmath<contract> : f32
          %v3859 = llvm.load %v34 : !llvm.ptr -> f32
          %v3860 = arith.mulf %v3849, %v3859 fastmath<contract> : f32
          %v3862 = arith.mulf %v3658, %v3861 fastmath<contract> : f32
          %v3863 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3862) : (f32) -> f32
          %v3864 = arith.muli %v213, %v1610 : i64
          %v3865 = arith.subi %v3625, %v1587 : i64
          %v3866 = arith.addi %v3864, %v3865 : i64
          %v3867 = llvm.getelementptr %v72[%v3866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3868 = llvm.load %v3867 : !llvm.ptr -> f32
          %v3869 = arith.mulf %v3868, %v3672 fastmath<contract> : f32
          %v3870 = llvm.load %v19 : !llvm.ptr -> f32
          %v3871 = arith.mulf %v3863, %v3870 fastmath<contract> : f32
          %v3872 = arith.addf %v3871, %v3869 fastmath<contract> : f32
          %v3873 = llvm.load %v35 : !llvm.ptr -> f32
          %v3874 = arith.mulf %v3863, %v3873 fastmath<contract> : f32
          %v3876 = arith.mulf %v3658, %v3875 fastmath<contract> : f32
          %v3877 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3876) : (f32) -> f32
          %v3878 = arith.muli %v3058, %v1610 : i64
          %v3879 = arith.subi %v3625, %v1587 : i64
          %v3880 = arith.addi %v3878, %v3879 : i64
          %v3881 = llvm.getelementptr %v72[%v3880] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3882 = llvm.load %v3881 : !llvm.ptr -> f32
          %v3883 = arith.mulf %v3882, %v3672 fastmath<contract> : f32
          %v3884 = llvm.load %v20 : !llvm.ptr -> f32
          %v3885 = arith.mulf %v3877, %v3884 fastmath<contract> : f32
          %v3886 = arith.addf %v3885, %v3883 fastmath<contract> : f32
          %v3887 = llvm.load %v36 : !llvm.ptr -> f32
          %v3888 = arith.mulf %v3877, %v3887 fastmath<contract> : f32
          llvm.store %v3676, %v5 : f32, !llvm.ptr
          llvm.store %v3678, %v21 : f32, !llvm.ptr
          llvm.store %v3690, %v6 : f32, !llvm.ptr
          llvm.store %v3692, %v22 : f32, !llvm.ptr
          llvm.store %v3704, %v7 : f32, !llvm.ptr
          llvm.store %v3706, %v23 : f32, !llvm.ptr
          llvm.store %v3718, %v8 : f32, !llvm.ptr
          llvm.store %v3720, %v24 : f32, !llvm.ptr
          llvm.store %v3732, %v9 : f32, !llvm.ptr
          llvm.store %v3734, %v25 : f32, !llvm.ptr
          llvm.store %v3746, %v10 : f32, !llvm.ptr
          llvm.store %v3748, %v26 : f32, !llvm.ptr
          llvm.store %v3760, %v11 : f32, !llvm.ptr
          llvm.store %v3762, %v27 : f32, !llvm.ptr
          llvm.store %v3774, %v12 : f32, !llvm.ptr
          llvm.store %v3776, %v28 : f32, !llvm.ptr
          llvm.store %v3788, %v13 : f32, !llvm.ptr
          llvm.store %v3790, %v29 : f32, !llvm.ptr
          llvm.store %v3802, %v14 : f32, !llvm.ptr
          llvm.store %v3804, %v30 : f32, !llvm.ptr
          llvm.store %v3816, %v15 : f32, !llvm.ptr
          llvm.store %v3818, %v31 : f32, !llvm.ptr
          llvm.store %v3830, %v16 : f32, !llvm.ptr
          llvm.store %v3832, %v32 : f32, !llvm.ptr
          llvm.store %v3844, %v17 : f32, !llvm.ptr
          llvm.store %v3846, %v33 : f32, !llvm.ptr
          llvm.store %v3858, %v18 : f32, !llvm.ptr
          llvm.store %v3860, %v34 : f32, !llvm.ptr
          llvm.store %v3872, %v19 : f32, !llvm.ptr
          llvm.store %v3874, %v35 : f32, !llvm.ptr
          llvm.store %v3886, %v20 : f32, !llvm.ptr
          llvm.store %v3888, %v36 : f32, !llvm.ptr
        }
        gpu.barrier
        %v3889 = arith.addi %v73, %v45 : i64
        %v3890 = arith.divui %v3889, %v106 : i64
        %v3891 = arith.remui %v3889, %v106 : i64
        %v3892 = arith.addi %v73, %v3890 : i64
        %v3893 = arith.muli %v3892, %v119 : i64
        %v3894 = arith.addi %v3893, %v3891 : i64
        %v3895 = llvm.getelementptr %v38[%v3894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1632, %v3895 : f32, !llvm.ptr<3>
        %v3896 = arith.addi %v47, %v45 : i64
        %v3897 = arith.divui %v3896, %v106 : i64
        %v3898 = arith.remui %v3896, %v106 : i64
        %v3899 = arith.addi %v73, %v3897 : i64
        %v3900 = arith.muli %v3899, %v119 : i64
        %v3901 = arith.addi %v3900, %v3898 : i64
        %v3902 = llvm.getelementptr %v38[%v3901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1646, %v3902 : f32, !llvm.ptr<3>
        %v3903 = arith.addi %v1104, %v45 : i64
        %v3904 = arith.divui %v3903, %v106 : i64
        %v3905 = arith.remui %v3903, %v106 : i64
        %v3906 = arith.addi %v73, %v3904 : i64
        %v3907 = arith.muli %v3906, %v119 : i64
        %v3908 = arith.addi %v3907, %v3905 : i64
        %v3909 = llvm.getelementptr %v38[%v3908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1660, %v3909 : f32, !llvm.ptr<3>
        %v3911 = arith.addi %v3910, %v45 : i64
        %v3912 = arith.divui %v3911, %v106 : i64
        %v3913 = arith.remui %v3911, %v106 : i64
        %v3914 = arith.addi %v73, %v3912 : i64
        %v3915 = arith.muli %v3914, %v119 : i64
        %v3916 = arith.addi %v3915, %v3913 : i64
        %v3917 = llvm.getelementptr %v38[%v3916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1674, %v3917 : f32, !llvm.ptr<3>
        %v3918 = arith.addi %v41, %v45 : i64
        %v3919 = arith.divui %v3918, %v106 : i64
        %v3920 = arith.remui %v3918, %v106 : i64
        %v3921 = arith.addi %v73, %v3919 : i64
        %v3922 = arith.muli %v3921, %v119 : i64
        %v3923 = arith.addi %v3922, %v3920 : i64
        %v3924 = llvm.getelementptr %v38[%v3923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1688, %v3924 : f32, !llvm.ptr<3>
        %v3926 = arith.addi %v3925, %v45 : i64
        %v3927 = arith.divui %v3926, %v106 : i64
        %v3928 = arith.remui %v3926, %v106 : i64
        %v3929 = arith.addi %v73, %v3927 : i64
        %v3930 = arith.muli %v3929, %v119 : i64
        %v3931 = arith.addi %v3930, %v3928 : i64
        %v3932 = llvm.getelementptr %v38[%v3931] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1702, %v3932 : f32, !llvm.ptr<3>
        %v3934 = arith.addi %v3933, %v45 : i64
        %v3935 = arith.divui %v3934, %v106 : i64
        %v3936 = arith.remui %v3934, %v106 : i64
        %v3937 = arith.addi %v73, %v3935 : i64
        %v3938 = arith.muli %v3937, %v119 : i64
        %v3939 = arith.addi %v3938, %v3936 : i64
        %v3940 = llvm.getelementptr %v38[%v3939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1716, %v3940 : f32, !llvm.ptr<3>
        %v3942 = arith.addi %v3941, %v45 : i64
        %v3943 = arith.divui %v3942, %v106 : i64
        %v3944 = arith.remui %v3942, %v106 : i64
        %v3945 = arith.addi %v73, %v3943 : i64
        %v3946 = arith.muli %v3945, %v119 : i64
        %v3947 = arith.addi %v3946, %v3944 : i64
        %v3948 = llvm.getelementptr %v38[%v3947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1730, %v3948 : f32, !llvm.ptr<3>
        %v3949 = arith.addi %v1589, %v45 : i64
        %v3950 = arith.divui %v3949, %v106 : i64
        %v3951 = arith.remui %v3949, %v106 : i64
        %v3952 = arith.addi %v73, %v3950 : i64
        %v3953 = arith.muli %v3952, %v119 : i64
        %v3954 = arith.addi %v3953, %v3951 : i64
        %v3955 = llvm.getelementptr %v38[%v3954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1744, %v3955 : f32, !llvm.ptr<3>
        %v3957 = arith.addi %v3956, %v45 : i64
        %v3958 = arith.divui %v3957, %v106 : i64
        %v3959 = arith.remui %v3957, %v106 : i64
        %v3960 = arith.addi %v73, %v3958 : i64
        %v3961 = arith.muli %v3960, %v119 : i64
        %v3962 = arith.addi %v3961, %v3959 : i64
        %v3963 = llvm.getelementptr %v38[%v3962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1758, %v3963 : f32, !llvm.ptr<3>
        %v3965 = arith.addi %v3964, %v45 : i64
        %v3966 = arith.divui %v3965, %v106 : i64
        %v3967 = arith.remui %v3965, %v106 : i64
        %v3968 = arith.addi %v73, %v3966 : i64
        %v3969 = arith.muli %v3968, %v119 : i64
        %v3970 = arith.addi %v3969, %v3967 : i64
        %v3971 = llvm.getelementptr %v38[%v3970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1772, %v3971 : f32, !llvm.ptr<3>
        %v3973 = arith.addi %v3972, %v45 : i64
        %v3974 = arith.divui %v3973, %v106 : i64
        %v3975 = arith.remui %v3973, %v106 : i64
        %v3976 = arith.addi %v73, %v3974 : i64
        %v3977 = arith.muli %v3976, %v119 : i64
        %v3978 = arith.addi %v3977, %v3975 : i64
        %v3979 = llvm.getelementptr %v38[%v3978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1786, %v3979 : f32, !llvm.ptr<3>
        %v3981 = arith.addi %v3980, %v45 : i64
        %v3982 = arith.divui %v3981, %v106 : i64
        %v3983 = arith.remui %v3981, %v106 : i64
        %v3984 = arith.addi %v73, %v3982 : i64
        %v3985 = arith.muli %v3984, %v119 : i64
        %v3986 = arith.addi %v3985, %v3983 : i64
        %v3987 = llvm.getelementptr %v38[%v3986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1800, %v3987 : f32, !llvm.ptr<3>
        %v3989 = arith.addi %v3988, %v45 : i64
        %v3990 = arith.divui %v3989, %v106 : i64
        %v3991 = arith.remui %v3989, %v106 : i64
        %v3992 = arith.addi %v73, %v3990 : i64
        %v3993 = arith.muli %v3992, %v119 : i64
        %v3994 = arith.addi %v3993, %v3991 : i64
        %v3995 = llvm.getelementptr %v38[%v3994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1814, %v3995 : f32, !llvm.ptr<3>
        %v3997 = arith.addi %v3996, %v45 : i64
        %v3998 = arith.divui %v3997, %v106 : i64
        %v3999 = arith.remui %v3997, %v106 : i64
        %v4000 = arith.addi %v73, %v3998 : i64
        %v4001 = arith.muli %v4000, %v119 : i64
        %v4002 = arith.addi %v4001, %v3999 : i64
        %v4003 = llvm.getelementptr %v38[%v4002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1828, %v4003 : f32, !llvm.ptr<3>
        %v4005 = arith.addi %v4004, %v45 : i64
        %v4006 = arith.divui %v4005, %v106 : i64
        %v4007 = arith.remui %v4005, %v106 : i64
        %v4008 = arith.addi %v73, %v4006 : i64
        %v4009 = arith.muli %v4008, %v119 : i64
        %v4010 = arith.addi %v4009, %v4007 : i64
        %v4011 = llvm.getelementptr %v38[%v4010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1842, %v4011 : f32, !llvm.ptr<3>
        %v4013 = arith.addi %v4012, %v45 : i64
        %v4014 = arith.divui %v4013, %v106 : i64
        %v4015 = arith.remui %v4013, %v106 : i64
        %v4016 = arith.addi %v73, %v4014 : i64
        %v4017 = arith.muli %v4016, %v119 : i64
        %v4018 = arith.addi %v4017, %v4015 : i64
        %v4019 = llvm.getelementptr %v38[%v4018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1856, %v4019 : f32, !llvm.ptr<3>
        %v4021 = arith.addi %v4020, %v45 : i64
        %v4022 = arith.divui %v4021, %v106 : i64
        %v4023 = arith.remui %v4021, %v106 : i64
        %v4024 = arith.addi %v73, %v4022 : i64
        %v4025 = arith.muli %v4024, %v119 : i64
        %v4026 = arith.addi %v4025, %v4023 : i64
        %v4027 = llvm.getelementptr %v38[%v4026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1870, %v4027 : f32, !llvm.ptr<3>
        %v4029 = arith.addi %v4028, %v45 : i64
        %v4030 = arith.divui %v4029, %v106 : i64
        %v4031 = arith.remui %v4029, %v106 : i64
        %v4032 = arith.addi %v73, %v4030 : i64
        %v4033 = arith.muli %v4032, %v119 : i64
        %v4034 = arith.addi %v4033, %v4031 : i64
        %v4035 = llvm.getelementptr %v38[%v4034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1884, %v4035 : f32, !llvm.ptr<3>
        %v4037 = arith.addi %v4036, %v45 : i64
        %v4038 = arith.divui %v4037, %v106 : i64
        %v4039 = arith.remui %v4037, %v106 : i64
        %v4040 = arith.addi %v73, %v4038 : i64
        %v4041 = arith.muli %v4040, %v119 : i64
        %v4042 = arith.addi %v4041, %v4039 : i64
        %v4043 = llvm.getelementptr %v38[%v4042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1898, %v4043 : f32, !llvm.ptr<3>
        %v4045 = arith.addi %v4044, %v45 : i64
        %v4046 = arith.divui %v4045, %v106 : i64
        %v4047 = arith.remui %v4045, %v106 : i64
        %v4048 = arith.addi %v73, %v4046 : i64
        %v4049 = arith.muli %v4048, %v119 : i64
        %v4050 = arith.addi %v4049, %v4047 : i64
        %v4051 = llvm.getelementptr %v38[%v4050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1912, %v4051 : f32, !llvm.ptr<3>
        %v4053 = arith.addi %v4052, %v45 : i64
        %v4054 = arith.divui %v4053, %v106 : i64
        %v4055 = arith.remui %v4053, %v106 : i64
        %v4056 = arith.addi %v73, %v4054 : i64
        %v4057 = arith.muli %v4056, %v119 : i64
        %v4058 = arith.addi %v4057, %v4055 : i64
        %v4059 = llvm.getelementptr %v38[%v4058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1926, %v4059 : f32, !llvm.ptr<3>
        %v4061 = arith.addi %v4060, %v45 : i64
        %v4062 = arith.divui %v4061, %v106 : i64
        %v4063 = arith.remui %v4061, %v106 : i64
        %v4064 = arith.addi %v73, %v4062 : i64
        %v4065 = arith.muli %v4064, %v119 : i64
        %v4066 = arith.addi %v4065, %v4063 : i64
        %v4067 = llvm.getelementptr %v38[%v4066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1940, %v4067 : f32, !llvm.ptr<3>
        %v4069 = arith.addi %v4068, %v45 : i64
        %v4070 = arith.divui %v4069, %v106 : i64
        %v4071 = arith.remui %v4069, %v106 : i64
        %v4072 = arith.addi %v73, %v4070 : i64
        %v4073 = arith.muli %v4072, %v119 : i64
        %v4074 = arith.addi %v4073, %v4071 : i64
        %v4075 = llvm.getelementptr %v38[%v4074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1954, %v4075 : f32, !llvm.ptr<3>
        %v4077 = arith.addi %v4076, %v45 : i64
        %v4078 = arith.divui %v4077, %v106 : i64
        %v4079 = arith.remui %v4077, %v106 : i64
        %v4080 = arith.addi %v73, %v4078 : i64
        %v4081 = arith.muli %v4080, %v119 : i64
        %v4082 = arith.addi %v4081, %v4079 : i64
        %v4083 = llvm.getelementptr %v38[%v4082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1968, %v4083 : f32, !llvm.ptr<3>
        %v4085 = arith.addi %v4084, %v45 : i64
        %v4086 = arith.divui %v4085, %v106 : i64
        %v4087 = arith.remui %v4085, %v106 : i64
        %v4088 = arith.addi %v73, %v4086 : i64
        %v4089 = arith.muli %v4088, %v119 : i64
        %v4090 = arith.addi %v4089, %v4087 : i64
        %v4091 = llvm.getelementptr %v38[%v4090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1982, %v4091 : f32, !llvm.ptr<3>
        %v4093 = arith.addi %v4092, %v45 : i64
        %v4094 = arith.divui %v4093, %v106 : i64
        %v4095 = arith.remui %v4093, %v106 : i64
        %v4096 = arith.addi %v73, %v4094 : i64
        %v4097 = arith.muli %v4096, %v119 : i64
        %v4098 = arith.addi %v4097, %v4095 : i64
        %v4099 = llvm.getelementptr %v38[%v4098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1996, %v4099 : f32, !llvm.ptr<3>
        %v4101 = arith.addi %v4100, %v45 : i64
        %v4102 = arith.divui %v4101, %v106 : i64
        %v4103 = arith.remui %v4101, %v106 : i64
        %v4104 = arith.addi %v73, %v4102 : i64
        %v4105 = arith.muli %v4104, %v119 : i64
        %v4106 = arith.addi %v4105, %v4103 : i64
        %v4107 = llvm.getelementptr %v38[%v4106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2010, %v4107 : f32, !llvm.ptr<3>
        %v4109 = arith.addi %v4108, %v45 : i64
        %v4110 = arith.divui %v4109, %v106 : i64
        %v4111 = arith.remui %v4109, %v106 : i64
        %v4112 = arith.addi %v73, %v4110 : i64
        %v4113 = arith.muli %v4112, %v119 : i64
        %v4114 = arith.addi %v4113, %v4111 : i64
        %v4115 = llvm.getelementptr %v38[%v4114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2024, %v4115 : f32, !llvm.ptr<3>
        %v4117 = arith.addi %v4116, %v45 : i64
        %v4118 = arith.divui %v4117, %v106 : i64
        %v4119 = arith.remui %v4117, %v106 : i64
        %v4120 = arith.addi %v73, %v4118 : i64
        %v4121 = arith.muli %v4120, %v119 : i64
        %v4122 = arith.addi %v4121, %v4119 : i64
        %v4123 = llvm.getelementptr %v38[%v4122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2038, %v4123 : f32, !llvm.ptr<3>
        %v4125 = arith.addi %v4124, %v45 : i64
        %v4126 = arith.divui %v4125, %v106 : i64
        %v4127 = arith.remui %v4125, %v106 : i64
        %v4128 = arith.addi %v73, %v4126 : i64
        %v4129 = arith.muli %v4128, %v119 : i64
        %v4130 = arith.addi %v4129, %v4127 : i64
        %v4131 = llvm.getelementptr %v38[%v4130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2052, %v4131 : f32, !llvm.ptr<3>
        %v4133 = arith.addi %v4132, %v45 : i64
        %v4134 = arith.divui %v4133, %v106 : i64
        %v4135 = arith.remui %v4133, %v106 : i64
        %v4136 = arith.addi %v73, %v4134 : i64
        %v4137 = arith.muli %v4136, %v119 : i64
        %v4138 = arith.addi %v4137, %v4135 : i64
        %v4139 = llvm.getelementptr %v38[%v4138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2066, %v4139 : f32, !llvm.ptr<3>
        %v4140 = arith.addi %v73, %v45 : i64
        %v4141 = arith.divui %v4140, %v106 : i64
        %v4142 = arith.remui %v4140, %v106 : i64
        %v4143 = arith.addi %v47, %v4141 : i64
        %v4144 = arith.muli %v4143, %v119 : i64
        %v4145 = arith.addi %v4144, %v4142 : i64
        %v4146 = llvm.getelementptr %v38[%v4145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2082, %v4146 : f32, !llvm.ptr<3>
        %v4147 = arith.addi %v47, %v45 : i64
        %v4148 = arith.divui %v4147, %v106 : i64
        %v4149 = arith.remui %v4147, %v106 : i64
        %v4150 = arith.addi %v47, %v4148 : i64
        %v4151 = arith.muli %v4150, %v119 : i64
        %v4152 = arith.addi %v4151, %v4149 : i64
        %v4153 = llvm.getelementptr %v38[%v4152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2096, %v4153 : f32, !llvm.ptr<3>
        %v4154 = arith.addi %v1104, %v45 : i64
        %v4155 = arith.divui %v4154, %v106 : i64
        %v4156 = arith.remui %v4154, %v106 : i64
        %v4157 = arith.addi %v47, %v4155 : i64
        %v4158 = arith.muli %v4157, %v119 : i64
        %v4159 = arith.addi %v4158, %v4156 : i64
        %v4160 = llvm.getelementptr %v38[%v4159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2110, %v4160 : f32, !llvm.ptr<3>
        %v4161 = arith.addi %v3910, %v45 : i64
        %v4162 = arith.divui %v4161, %v106 : i64
        %v4163 = arith.remui %v4161, %v106 : i64
        %v4164 = arith.addi %v47, %v4162 : i64
        %v4165 = arith.muli %v4164, %v119 : i64
        %v4166 = arith.addi %v4165, %v4163 : i64
        %v4167 = llvm.getelementptr %v38[%v4166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2124, %v4167 : f32, !llvm.ptr<3>
        %v4168 = arith.addi %v41, %v45 : i64
        %v4169 = arith.divui %v4168, %v106 : i64
        %v4170 = arith.remui %v4168, %v106 : i64
        %v4171 = arith.addi %v47, %v4169 : i64
        %v4172 = arith.muli %v4171, %v119 : i64
        %v4173 = arith.addi %v4172, %v4170 : i64
        %v4174 = llvm.getelementptr %v38[%v4173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2138, %v4174 : f32, !llvm.ptr<3>
        %v4175 = arith.addi %v3925, %v45 : i64
        %v4176 = arith.divui %v4175, %v106 : i64
        %v4177 = arith.remui %v4175, %v106 : i64
        %v4178 = arith.addi %v47, %v4176 : i64
        %v4179 = arith.muli %v4178, %v119 : i64
        %v4180 = arith.addi %v4179, %v4177 : i64
        %v4181 = llvm.getelementptr %v38[%v4180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2152, %v4181 : f32, !llvm.ptr<3>
        %v4182 = arith.addi %v3933, %v45 : i64
        %v4183 = arith.divui %v4182, %v106 : i64
        %v4184 = arith.remui %v4182, %v106 : i64
        %v4185 = arith.addi %v47, %v4183 : i64
        %v4186 = arith.muli %v4185, %v119 : i64
        %v4187 = arith.addi %v4186, %v4184 : i64
        %v4188 = llvm.getelementptr %v38[%v4187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2166, %v4188 : f32, !llvm.ptr<3>
        %v4189 = arith.addi %v3941, %v45 : i64
        %v4190 = arith.divui %v4189, %v106 : i64
        %v4191 = arith.remui %v4189, %v106 : i64
        %v4192 = arith.addi %v47, %v4190 : i64
        %v4193 = arith.muli %v4192, %v119 : i64
        %v4194 = arith.addi %v4193, %v4191 : i64
        %v4195 = llvm.getelementptr %v38[%v4194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2180, %v4195 : f32, !llvm.ptr<3>
        %v4196 = arith.addi %v1589, %v45 : i64
        %v4197 = arith.divui %v4196, %v106 : i64
        %v4198 = arith.remui %v4196, %v106 : i64
        %v4199 = arith.addi %v47, %v4197 : i64
        %v4200 = arith.muli %v4199, %v119 : i64
        %v4201 = arith.addi %v4200, %v4198 : i64
        %v4202 = llvm.getelementptr %v38[%v4201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2194, %v4202 : f32, !llvm.ptr<3>
        %v4203 = arith.addi %v3956, %v45 : i64
        %v4204 = arith.divui %v4203, %v106 : i64
        %v4205 = arith.remui %v4203, %v106 : i64
        %v4206 = arith.addi %v47, %v4204 : i64
        %v4207 = arith.muli %v4206, %v119 : i64
        %v4208 = arith.addi %v4207, %v4205 : i64
        %v4209 = llvm.getelementptr %v38[%v4208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2208, %v4209 : f32, !llvm.ptr<3>
        %v4210 = arith.addi %v3964, %v45 : i64
        %v4211 = arith.divui %v4210, %v106 : i64
        %v4212 = arith.remui %v4210, %v106 : i64
        %v4213 = arith.addi %v47, %v4211 : i64
        %v4214 = arith.muli %v4213, %v119 : i64
        %v4215 = arith.addi %v4214, %v4212 : i64
        %v4216 = llvm.getelementptr %v38[%v4215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2222, %v4216 : f32, !llvm.ptr<3>
        %v4217 = arith.addi %v3972, %v45 : i64
        %v4218 = arith.divui %v4217, %v106 : i64
        %v4219 = arith.remui %v4217, %v106 : i64
        %v4220 = arith.addi %v47, %v4218 : i64
        %v4221 = arith.muli %v4220, %v119 : i64
        %v4222 = arith.addi %v4221, %v4219 : i64
        %v4223 = llvm.getelementptr %v38[%v4222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2236, %v4223 : f32, !llvm.ptr<3>
        %v4224 = arith.addi %v3980, %v45 : i64
        %v4225 = arith.divui %v4224, %v106 : i64
        %v4226 = arith.remui %v4224, %v106 : i64
        %v4227 = arith.addi %v47, %v4225 : i64
        %v4228 = arith.muli %v4227, %v119 : i64
        %v4229 = arith.addi %v4228, %v4226 : i64
        %v4230 = llvm.getelementptr %v38[%v4229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2250, %v4230 : f32, !llvm.ptr<3>
        %v4231 = arith.addi %v3988, %v45 : i64
        %v4232 = arith.divui %v4231, %v106 : i64
        %v4233 = arith.remui %v4231, %v106 : i64
        %v4234 = arith.addi %v47, %v4232 : i64
        %v4235 = arith.muli %v4234, %v119 : i64
        %v4236 = arith.addi %v4235, %v4233 : i64
        %v4237 = llvm.getelementptr %v38[%v4236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2264, %v4237 : f32, !llvm.ptr<3>
        %v4238 = arith.addi %v3996, %v45 : i64
        %v4239 = arith.divui %v4238, %v106 : i64
        %v4240 = arith.remui %v4238, %v106 : i64
        %v4241 = arith.addi %v47, %v4239 : i64
        %v4242 = arith.muli %v4241, %v119 : i64
        %v4243 = arith.addi %v4242, %v4240 : i64
        %v4244 = llvm.getelementptr %v38[%v4243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2278, %v4244 : f32, !llvm.ptr<3>
        %v4245 = arith.addi %v4004, %v45 : i64
        %v4246 = arith.divui %v4245, %v106 : i64
        %v4247 = arith.remui %v4245, %v106 : i64
        %v4248 = arith.addi %v47, %v4246 : i64
        %v4249 = arith.muli %v4248, %v119 : i64
        %v4250 = arith.addi %v4249, %v4247 : i64
        %v4251 = llvm.getelementptr %v38[%v4250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2292, %v4251 : f32, !llvm.ptr<3>
        %v4252 = arith.addi %v4012, %v45 : i64
        %v4253 = arith.divui %v4252, %v106 : i64
        %v4254 = arith.remui %v4252, %v106 : i64
        %v4255 = arith.addi %v47, %v4253 : i64
        %v4256 = arith.muli %v4255, %v119 : i64
        %v4257 = arith.addi %v4256, %v4254 : i64
        %v4258 = llvm.getelementptr %v38[%v4257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2306, %v4258 : f32, !llvm.ptr<3>
        %v4259 = arith.addi %v4020, %v45 : i64
        %v4260 = arith.divui %v4259, %v106 : i64
        %v4261 = arith.remui %v4259, %v106 : i64
        %v4262 = arith.addi %v47, %v4260 : i64
        %v4263 = arith.muli %v4262, %v119 : i64
        %v4264 = arith.addi %v4263, %v4261 : i64
        %v4265 = llvm.getelementptr %v38[%v4264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2320, %v4265 : f32, !llvm.ptr<3>
        %v4266 = arith.addi %v4028, %v45 : i64
        %v4267 = arith.divui %v4266, %v106 : i64
        %v4268 = arith.remui %v4266, %v106 : i64
        %v4269 = arith.addi %v47, %v4267 : i64
        %v4270 = arith.muli %v4269, %v119 : i64
        %v4271 = arith.addi %v4270, %v4268 : i64
        %v4272 = llvm.getelementptr %v38[%v4271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2334, %v4272 : f32, !llvm.ptr<3>
        %v4273 = arith.addi %v4036, %v45 : i64
        %v4274 = arith.divui %v4273, %v106 : i64
        %v4275 = arith.remui %v4273, %v106 : i64
        %v4276 = arith.addi %v47, %v4274 : i64
        %v4277 = arith.muli %v4276, %v119 : i64
        %v4278 = arith.addi %v4277, %v4275 : i64
        %v4279 = llvm.getelementptr %v38[%v4278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2348, %v4279 : f32, !llvm.ptr<3>
        %v4280 = arith.addi %v4044, %v45 : i64
        %v4281 = arith.divui %v4280, %v106 : i64
        %v4282 = arith.remui %v4280, %v106 : i64
        %v4283 = arith.addi %v47, %v4281 : i64
        %v4284 = arith.muli %v4283, %v119 : i64
        %v4285 = arith.addi %v4284, %v4282 : i64
        %v4286 = llvm.getelementptr %v38[%v4285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2362, %v4286 : f32, !llvm.ptr<3>
        %v4287 = arith.addi %v4052, %v45 : i64
        %v4288 = arith.divui %v4287, %v106 : i64
        %v4289 = arith.remui %v4287, %v106 : i64
        %v4290 = arith.addi %v47, %v4288 : i64
        %v4291 = arith.muli %v4290, %v119 : i64
        %v4292 = arith.addi %v4291, %v4289 : i64
        %v4293 = llvm.getelementptr %v38[%v4292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2376, %v4293 : f32, !llvm.ptr<3>
        %v4294 = arith.addi %v4060, %v45 : i64
        %v4295 = arith.divui %v4294, %v106 : i64
        %v4296 = arith.remui %v4294, %v106 : i64
        %v4297 = arith.addi %v47, %v4295 : i64
        %v4298 = arith.muli %v4297, %v119 : i64
        %v4299 = arith.addi %v4298, %v4296 : i64
        %v4300 = llvm.getelementptr %v38[%v4299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2390, %v4300 : f32, !llvm.ptr<3>
        %v4301 = arith.addi %v4068, %v45 : i64
        %v4302 = arith.divui %v4301, %v106 : i64
        %v4303 = arith.remui %v4301, %v106 : i64
        %v4304 = arith.addi %v47, %v4302 : i64
        %v4305 = arith.muli %v4304, %v119 : i64
        %v4306 = arith.addi %v4305, %v4303 : i64
        %v4307 = llvm.getelementptr %v38[%v4306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2404, %v4307 : f32, !llvm.ptr<3>
        %v4308 = arith.addi %v4076, %v45 : i64
        %v4309 = arith.divui %v4308, %v106 : i64
        %v4310 = arith.remui %v4308, %v106 : i64
        %v4311 = arith.addi %v47, %v4309 : i64
        %v4312 = arith.muli %v4311, %v119 : i64
        %v4313 = arith.addi %v4312, %v4310 : i64
        %v4314 = llvm.getelementptr %v38[%v4313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2418, %v4314 : f32, !llvm.ptr<3>
        %v4315 = arith.addi %v4084, %v45 : i64
        %v4316 = arith.divui %v4315, %v106 : i64
        %v4317 = arith.remui %v4315, %v106 : i64
        %v4318 = arith.addi %v47, %v4316 : i64
        %v4319 = arith.muli %v4318, %v119 : i64
        %v4320 = arith.addi %v4319, %v4317 : i64
        %v4321 = llvm.getelementptr %v38[%v4320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2432, %v4321 : f32, !llvm.ptr<3>
        %v4322 = arith.addi %v4092, %v45 : i64
        %v4323 = arith.divui %v4322, %v106 : i64
        %v4324 = arith.remui %v4322, %v106 : i64
        %v4325 = arith.addi %v47, %v4323 : i64
        %v4326 = arith.muli %v4325, %v119 : i64
        %v4327 = arith.addi %v4326, %v4324 : i64
        %v4328 = llvm.getelementptr %v38[%v4327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2446, %v4328 : f32, !llvm.ptr<3>
        %v4329 = arith.addi %v4100, %v45 : i64
        %v4330 = arith.divui %v4329, %v106 : i64
        %v4331 = arith.remui %v4329, %v106 : i64
        %v4332 = arith.addi %v47, %v4330 : i64
        %v4333 = arith.muli %v4332, %v119 : i64
        %v4334 = arith.addi %v4333, %v4331 : i64
        %v4335 = llvm.getelementptr %v38[%v4334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2460, %v4335 : f32, !llvm.ptr<3>
        %v4336 = arith.addi %v4108, %v45 : i64
        %v4337 = arith.divui %v4336, %v106 : i64
        %v4338 = arith.remui %v4336, %v106 : i64
        %v4339 = arith.addi %v47, %v4337 : i64
        %v4340 = arith.muli %v4339, %v119 : i64
        %v4341 = arith.addi %v4340, %v4338 : i64
        %v4342 = llvm.getelementptr %v38[%v4341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2474, %v4342 : f32, !llvm.ptr<3>
        %v4343 = arith.addi %v4116, %v45 : i64
        %v4344 = arith.divui %v4343, %v106 : i64
        %v4345 = arith.remui %v4343, %v106 : i64
        %v4346 = arith.addi %v47, %v4344 : i64
        %v4347 = arith.muli %v4346, %v119 : i64
        %v4348 = arith.addi %v4347, %v4345 : i64
        %v4349 = llvm.getelementptr %v38[%v4348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2488, %v4349 : f32, !llvm.ptr<3>
        %v4350 = arith.addi %v4124, %v45 : i64
        %v4351 = arith.divui %v4350, %v106 : i64
        %v4352 = arith.remui %v4350, %v106 : i64
        %v4353 = arith.addi %v47, %v4351 : i64
        %v4354 = arith.muli %v4353, %v119 : i64
        %v4355 = arith.addi %v4354, %v4352 : i64
        %v4356 = llvm.getelementptr %v38[%v4355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2502, %v4356 : f32, !llvm.ptr<3>
        %v4357 = arith.addi %v4132, %v45 : i64
        %v4358 = arith.divui %v4357, %v106 : i64
        %v4359 = arith.remui %v4357, %v106 : i64
        %v4360 = arith.addi %v47, %v4358 : i64
        %v4361 = arith.muli %v4360, %v119 : i64
        %v4362 = arith.addi %v4361, %v4359 : i64
        %v4363 = llvm.getelementptr %v38[%v4362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2516, %v4363 : f32, !llvm.ptr<3>
        %v4364 = arith.addi %v73, %v45 : i64
        %v4365 = arith.divui %v4364, %v106 : i64
        %v4366 = arith.remui %v4364, %v106 : i64
        %v4367 = arith.addi %v1104, %v4365 : i64
        %v4368 = arith.muli %v4367, %v119 : i64
        %v4369 = arith.addi %v4368, %v4366 : i64
        %v4370 = llvm.getelementptr %v38[%v4369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2532, %v4370 : f32, !llvm.ptr<3>
        %v4371 = arith.addi %v47, %v45 : i64
        %v4372 = arith.divui %v4371, %v106 : i64
        %v4373 = arith.remui %v4371, %v106 : i64
        %v4374 = arith.addi %v1104, %v4372 : i64
        %v4375 = arith.muli %v4374, %v119 : i64
        %v4376 = arith.addi %v4375, %v4373 : i64
        %v4377 = llvm.getelementptr %v38[%v4376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2546, %v4377 : f32, !llvm.ptr<3>
        %v4378 = arith.addi %v1104, %v45 : i64
        %v4379 = arith.divui %v4378, %v106 : i64
        %v4380 = arith.remui %v4378, %v106 : i64
        %v4381 = arith.addi %v1104, %v4379 : i64
        %v4382 = arith.muli %v4381, %v119 : i64
        %v4383 = arith.addi %v4382, %v4380 : i64
        %v4384 = llvm.getelementptr %v38[%v4383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2560, %v4384 : f32, !llvm.ptr<3>
        %v4385 = arith.addi %v3910, %v45 : i64
        %v4386 = arith.divui %v4385, %v106 : i64
        %v4387 = arith.remui %v4385, %v106 : i64
        %v4388 = arith.addi %v1104, %v4386 : i64
        %v4389 = arith.muli %v4388, %v119 : i64
        %v4390 = arith.addi %v4389, %v4387 : i64
        %v4391 = llvm.getelementptr %v38[%v4390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2574, %v4391 : f32, !llvm.ptr<3>
        %v4392 = arith.addi %v41, %v45 : i64
        %v4393 = arith.divui %v4392, %v106 : i64
        %v4394 = arith.remui %v4392, %v106 : i64
        %v4395 = arith.addi %v1104, %v4393 : i64
        %v4396 = arith.muli %v4395, %v119 : i64
        %v4397 = arith.addi %v4396, %v4394 : i64
        %v4398 = llvm.getelementptr %v38[%v4397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2588, %v4398 : f32, !llvm.ptr<3>
        %v4399 = arith.addi %v3925, %v45 : i64
        %v4400 = arith.divui %v4399, %v106 : i64
        %v4401 = arith.remui %v4399, %v106 : i64
        %v4402 = arith.addi %v1104, %v4400 : i64
        %v4403 = arith.muli %v4402, %v119 : i64
        %v4404 = arith.addi %v4403, %v4401 : i64
        %v4405 = llvm.getelementptr %v38[%v4404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2602, %v4405 : f32, !llvm.ptr<3>
        %v4406 = arith.addi %v3933, %v45 : i64
        %v4407 = arith.divui %v4406, %v106 : i64
        %v4408 = arith.remui %v4406, %v106 : i64
        %v4409 = arith.addi %v1104, %v4407 : i64
        %v4410 = arith.muli %v4409, %v119 : i64
        %v4411 = arith.addi %v4410, %v4408 : i64
        %v4412 = llvm.getelementptr %v38[%v4411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2616, %v4412 : f32, !llvm.ptr<3>
        %v4413 = arith.addi %v3941, %v45 : i64
        %v4414 = arith.divui %v4413, %v106 : i64
        %v4415 = arith.remui %v4413, %v106 : i64
        %v4416 = arith.addi %v1104, %v4414 : i64
        %v4417 = arith.muli %v4416, %v119 : i64
        %v4418 = arith.addi %v4417, %v4415 : i64
        %v4419 = llvm.getelementptr %v38[%v4418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2630, %v4419 : f32, !llvm.ptr<3>
        %v4420 = arith.addi %v1589, %v45 : i64
        %v4421 = arith.divui %v4420, %v106 : i64
        %v4422 = arith.remui %v4420, %v106 : i64
        %v4423 = arith.addi %v1104, %v4421 : i64
        %v4424 = arith.muli %v4423, %v119 : i64
        %v4425 = arith.addi %v4424, %v4422 : i64
        %v4426 = llvm.getelementptr %v38[%v4425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2644, %v4426 : f32, !llvm.ptr<3>
        %v4427 = arith.addi %v3956, %v45 : i64
        %v4428 = arith.divui %v4427, %v106 : i64
        %v4429 = arith.remui %v4427, %v106 : i64
        %v4430 = arith.addi %v1104, %v4428 : i64
        %v4431 = arith.muli %v4430, %v119 : i64
        %v4432 = arith.addi %v4431, %v4429 : i64
        %v4433 = llvm.getelementptr %v38[%v4432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2658, %v4433 : f32, !llvm.ptr<3>
        %v4434 = arith.addi %v3964, %v45 : i64
        %v4435 = arith.divui %v4434, %v106 : i64
        %v4436 = arith.remui %v4434, %v106 : i64
        %v4437 = arith.addi %v1104, %v4435 : i64
        %v4438 = arith.muli %v4437, %v119 : i64
        %v4439 = arith.addi %v4438, %v4436 : i64
        %v4440 = llvm.getelementptr %v38[%v4439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2672, %v4440 : f32, !llvm.ptr<3>
        %v4441 = arith.addi %v3972, %v45 : i64
        %v4442 = arith.divui %v4441, %v106 : i64
        %v4443 = arith.remui %v4441, %v106 : i64
        %v4444 = arith.addi %v1104, %v4442 : i64
        %v4445 = arith.muli %v4444, %v119 : i64
        %v4446 = arith.addi %v4445, %v4443 : i64
        %v4447 = llvm.getelementptr %v38[%v4446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2686, %v4447 : f32, !llvm.ptr<3>
        %v4448 = arith.addi %v3980, %v45 : i64
        %v4449 = arith.divui %v4448, %v106 : i64
        %v4450 = arith.remui %v4448, %v106 : i64
        %v4451 = arith.addi %v1104, %v4449 : i64
        %v4452 = arith.muli %v4451, %v119 : i64
        %v4453 = arith.addi %v4452, %v4450 : i64
        %v4454 = llvm.getelementptr %v38[%v4453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2700, %v4454 : f32, !llvm.ptr<3>
        %v4455 = arith.addi %v3988, %v45 : i64
        %v4456 = arith.divui %v4455, %v106 : i64
        %v4457 = arith.remui %v4455, %v106 : i64
        %v4458 = arith.addi %v1104, %v4456 : i64
        %v4459 = arith.muli %v4458, %v119 : i64
        %v4460 = arith.addi %v4459, %v4457 : i64
        %v4461 = llvm.getelementptr %v38[%v4460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2714, %v4461 : f32, !llvm.ptr<3>
        %v4462 = arith.addi %v3996, %v45 : i64
        %v4463 = arith.divui %v4462, %v106 : i64
        %v4464 = arith.remui %v4462, %v106 : i64
        %v4465 = arith.addi %v1104, %v4463 : i64
        %v4466 = arith.muli %v4465, %v119 : i64
        %v4467 = arith.addi %v4466, %v4464 : i64
        %v4468 = llvm.getelementptr %v38[%v4467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2728, %v4468 : f32, !llvm.ptr<3>
        %v4469 = arith.addi %v4004, %v45 : i64
        %v4470 = arith.divui %v4469, %v106 : i64
        %v4471 = arith.remui %v4469, %v106 : i64
        %v4472 = arith.addi %v1104, %v4470 : i64
        %v4473 = arith.muli %v4472, %v119 : i64
        %v4474 = arith.addi %v4473, %v4471 : i64
        %v4475 = llvm.getelementptr %v38[%v4474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2742, %v4475 : f32, !llvm.ptr<3>
        %v4476 = arith.addi %v4012, %v45 : i64
        %v4477 = arith.divui %v4476, %v106 : i64
        %v4478 = arith.remui %v4476, %v106 : i64
        %v4479 = arith.addi %v1104, %v4477 : i64
        %v4480 = arith.muli %v4479, %v119 : i64
        %v4481 = arith.addi %v4480, %v4478 : i64
        %v4482 = llvm.getelementptr %v38[%v4481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2756, %v4482 : f32, !llvm.ptr<3>
        %v4483 = arith.addi %v4020, %v45 : i64
        %v4484 = arith.divui %v4483, %v106 : i64
        %v4485 = arith.remui %v4483, %v106 : i64
        %v4486 = arith.addi %v1104, %v4484 : i64
        %v4487 = arith.muli %v4486, %v119 : i64
        %v4488 = arith.addi %v4487, %v4485 : i64
        %v4489 = llvm.getelementptr %v38[%v4488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2770, %v4489 : f32, !llvm.ptr<3>
        %v4490 = arith.addi %v4028, %v45 : i64
        %v4491 = arith.divui %v4490, %v106 : i64
        %v4492 = arith.remui %v4490, %v106 : i64
        %v4493 = arith.addi %v1104, %v4491 : i64
        %v4494 = arith.muli %v4493, %v119 : i64
        %v4495 = arith.addi %v4494, %v4492 : i64
        %v4496 = llvm.getelementptr %v38[%v4495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2784, %v4496 : f32, !llvm.ptr<3>
        %v4497 = arith.addi %v4036, %v45 : i64
        %v4498 = arith.divui %v4497, %v106 : i64
        %v4499 = arith.remui %v4497, %v106 : i64
        %v4500 = arith.addi %v1104, %v4498 : i64
        %v4501 = arith.muli %v4500, %v119 : i64
        %v4502 = arith.addi %v4501, %v4499 : i64
        %v4503 = llvm.getelementptr %v38[%v4502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2798, %v4503 : f32, !llvm.ptr<3>
        %v4504 = arith.addi %v4044, %v45 : i64
        %v4505 = arith.divui %v4504, %v106 : i64
        %v4506 = arith.remui %v4504, %v106 : i64
        %v4507 = arith.addi %v1104, %v4505 : i64
        %v4508 = arith.muli %v4507, %v119 : i64
        %v4509 = arith.addi %v4508, %v4506 : i64
        %v4510 = llvm.getelementptr %v38[%v4509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2812, %v4510 : f32, !llvm.ptr<3>
        %v4511 = arith.addi %v4052, %v45 : i64
        %v4512 = arith.divui %v4511, %v106 : i64
        %v4513 = arith.remui %v4511, %v106 : i64
        %v4514 = arith.addi %v1104, %v4512 : i64
        %v4515 = arith.muli %v4514, %v119 : i64
        %v4516 = arith.addi %v4515, %v4513 : i64
        %v4517 = llvm.getelementptr %v38[%v4516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2826, %v4517 : f32, !llvm.ptr<3>
        %v4518 = arith.addi %v4060, %v45 : i64
        %v4519 = arith.divui %v4518, %v106 : i64
        %v4520 = arith.remui %v4518, %v106 : i64
        %v4521 = arith.addi %v1104, %v4519 : i64
        %v4522 = arith.muli %v4521, %v119 : i64
        %v4523 = arith.addi %v4522, %v4520 : i64
        %v4524 = llvm.getelementptr %v38[%v4523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2840, %v4524 : f32, !llvm.ptr<3>
        %v4525 = arith.addi %v4068, %v45 : i64
        %v4526 = arith.divui %v4525, %v106 : i64
        %v4527 = arith.remui %v4525, %v106 : i64
        %v4528 = arith.addi %v1104, %v4526 : i64
        %v4529 = arith.muli %v4528, %v119 : i64
        %v4530 = arith.addi %v4529, %v4527 : i64
        %v4531 = llvm.getelementptr %v38[%v4530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2854, %v4531 : f32, !llvm.ptr<3>
        %v4532 = arith.addi %v4076, %v45 : i64
        %v4533 = arith.divui %v4532, %v106 : i64
        %v4534 = arith.remui %v4532, %v106 : i64
        %v4535 = arith.addi %v1104, %v4533 : i64
        %v4536 = arith.muli %v4535, %v119 : i64
        %v4537 = arith.addi %v4536, %v4534 : i64
        %v4538 = llvm.getelementptr %v38[%v4537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2868, %v4538 : f32, !llvm.ptr<3>
        %v4539 = arith.addi %v4084, %v45 : i64
        %v4540 = arith.divui %v4539, %v106 : i64
        %v4541 = arith.remui %v4539, %v106 : i64
        %v4542 = arith.addi %v1104, %v4540 : i64
        %v4543 = arith.muli %v4542, %v119 : i64
        %v4544 = arith.addi %v4543, %v4541 : i64
        %v4545 = llvm.getelementptr %v38[%v4544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2882, %v4545 : f32, !llvm.ptr<3>
        %v4546 = arith.addi %v4092, %v45 : i64
        %v4547 = arith.divui %v4546, %v106 : i64
        %v4548 = arith.remui %v4546, %v106 : i64
        %v4549 = arith.addi %v1104, %v4547 : i64
        %v4550 = arith.muli %v4549, %v119 : i64
        %v4551 = arith.addi %v4550, %v4548 : i64
        %v4552 = llvm.getelementptr %v38[%v4551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2896, %v4552 : f32, !llvm.ptr<3>
        %v4553 = arith.addi %v4100, %v45 : i64
        %v4554 = arith.divui %v4553, %v106 : i64
        %v4555 = arith.remui %v4553, %v106 : i64
        %v4556 = arith.addi %v1104, %v4554 : i64
        %v4557 = arith.muli %v4556, %v119 : i64
        %v4558 = arith.addi %v4557, %v4555 : i64
        %v4559 = llvm.getelementptr %v38[%v4558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2910, %v4559 : f32, !llvm.ptr<3>
        %v4560 = arith.addi %v4108, %v45 : i64
        %v4561 = arith.divui %v4560, %v106 : i64
        %v4562 = arith.remui %v4560, %v106 : i64
        %v4563 = arith.addi %v1104, %v4561 : i64
        %v4564 = arith.muli %v4563, %v119 : i64
        %v4565 = arith.addi %v4564, %v4562 : i64
        %v4566 = llvm.getelementptr %v38[%v4565] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2924, %v4566 : f32, !llvm.ptr<3>
        %v4567 = arith.addi %v4116, %v45 : i64
        %v4568 = arith.divui %v4567, %v106 : i64
        %v4569 = arith.remui %v4567, %v106 : i64
        %v4570 = arith.addi %v1104, %v4568 : i64
        %v4571 = arith.muli %v4570, %v119 : i64
        %v4572 = arith.addi %v4571, %v4569 : i64
        %v4573 = llvm.getelementptr %v38[%v4572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2938, %v4573 : f32, !llvm.ptr<3>
        %v4574 = arith.addi %v4124, %v45 : i64
        %v4575 = arith.divui %v4574, %v106 : i64
        %v4576 = arith.remui %v4574, %v106 : i64
        %v4577 = arith.addi %v1104, %v4575 : i64
        %v4578 = arith.muli %v4577, %v119 : i64
        %v4579 = arith.addi %v4578, %v4576 : i64
        %v4580 = llvm.getelementptr %v38[%v4579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2952, %v4580 : f32, !llvm.ptr<3>
        %v4581 = arith.addi %v4132, %v45 : i64
        %v4582 = arith.divui %v4581, %v106 : i64
        %v4583 = arith.remui %v4581, %v106 : i64
        %v4584 = arith.addi %v1104, %v4582 : i64
        %v4585 = arith.muli %v4584, %v119 : i64
        %v4586 = arith.addi %v4585, %v4583 : i64
        %v4587 = llvm.getelementptr %v38[%v4586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2966, %v4587 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v61 {
        %v4588 = arith.muli %v55, %v4 : i64
        %v4589 = arith.subi %v4, %v2 : i64
        %v4590 = arith.minsi %v63, %v4589 : i64
        %v4591 = arith.addi %v4588, %v4590 : i64
        %v4592 = arith.muli %v4591, %v1 : i64
        %v4593 = arith.addi %v4592, %v73 : i64
        %v4594 = llvm.load %v21 : !llvm.ptr -> f32
        %v4595 = llvm.getelementptr %agga_h[%v4593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4594, %v4595 : f32, !llvm.ptr
        %v4596 = llvm.load %v5 : !llvm.ptr -> f32
        %v4597 = llvm.getelementptr %aggb_h[%v4593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4596, %v4597 : f32, !llvm.ptr
        %v4598 = arith.muli %v55, %v4 : i64
        %v4599 = arith.subi %v4, %v2 : i64
        %v4600 = arith.minsi %v63, %v4599 : i64
        %v4601 = arith.addi %v4598, %v4600 : i64
        %v4602 = arith.muli %v4601, %v1 : i64
        %v4603 = arith.addi %v4602, %v2 : i64
        %v4604 = llvm.load %v22 : !llvm.ptr -> f32
        %v4605 = llvm.getelementptr %agga_h[%v4603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4604, %v4605 : f32, !llvm.ptr
        %v4606 = llvm.load %v6 : !llvm.ptr -> f32
        %v4607 = llvm.getelementptr %aggb_h[%v4603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4606, %v4607 : f32, !llvm.ptr
        %v4608 = arith.muli %v55, %v4 : i64
        %v4609 = arith.subi %v4, %v2 : i64
        %v4610 = arith.minsi %v63, %v4609 : i64
        %v4611 = arith.addi %v4608, %v4610 : i64
        %v4612 = arith.muli %v4611, %v1 : i64
        %v4613 = arith.addi %v4612, %v97 : i64
        %v4614 = llvm.load %v23 : !llvm.ptr -> f32
        %v4615 = llvm.getelementptr %agga_h[%v4613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4614, %v4615 : f32, !llvm.ptr
        %v4616 = llvm.load %v7 : !llvm.ptr -> f32
        %v4617 = llvm.getelementptr %aggb_h[%v4613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4616, %v4617 : f32, !llvm.ptr
        %v4618 = arith.muli %v55, %v4 : i64
        %v4619 = arith.subi %v4, %v2 : i64
        %v4620 = arith.minsi %v63, %v4619 : i64
        %v4621 = arith.addi %v4618, %v4620 : i64
        %v4622 = arith.muli %v4621, %v1 : i64
        %v4623 = arith.addi %v4622, %v2992 : i64
        %v4624 = llvm.load %v24 : !llvm.ptr -> f32
        %v4625 = llvm.getelementptr %agga_h[%v4623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4624, %v4625 : f32, !llvm.ptr
        %v4626 = llvm.load %v8 : !llvm.ptr -> f32
        %v4627 = llvm.getelementptr %aggb_h[%v4623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4626, %v4627 : f32, !llvm.ptr
        %v4628 = arith.muli %v55, %v4 : i64
        %v4629 = arith.subi %v4, %v2 : i64
        %v4630 = arith.minsi %v63, %v4629 : i64
        %v4631 = arith.addi %v4628, %v4630 : i64
        %v4632 = arith.muli %v4631, %v1 : i64
        %v4633 = arith.addi %v4632, %v138 : i64
        %v4634 = llvm.load %v25 : !llvm.ptr -> f32
        %v4635 = llvm.getelementptr %agga_h[%v4633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4634, %v4635 : f32, !llvm.ptr
        %v4636 = llvm.load %v9 : !llvm.ptr -> f32
        %v4637 = llvm.getelementptr %aggb_h[%v4633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4636, %v4637 : f32, !llvm.ptr
        %v4638 = arith.muli %v55, %v4 : i64
        %v4639 = arith.subi %v4, %v2 : i64
        %v4640 = arith.minsi %v63, %v4639 : i64
        %v4641 = arith.addi %v4638, %v4640 : i64
        %v4642 = arith.muli %v4641, %v1 : i64
        %v4643 = arith.addi %v4642, %v3003 : i64
        %v4644 = llvm.load %v26 : !llvm.ptr -> f32
        %v4645 = llvm.getelementptr %agga_h[%v4643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4644, %v4645 : f32, !llvm.ptr
        %v4646 = llvm.load %v10 : !llvm.ptr -> f32
        %v4647 = llvm.getelementptr %aggb_h[%v4643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4646, %v4647 : f32, !llvm.ptr
        %v4648 = arith.muli %v55, %v4 : i64
        %v4649 = arith.subi %v4, %v2 : i64
        %v4650 = arith.minsi %v63, %v4649 : i64
        %v4651 = arith.addi %v4648, %v4650 : i64
        %v4652 = arith.muli %v4651, %v1 : i64
        %v4653 = arith.addi %v4652, %v153 : i64
        %v4654 = llvm.load %v27 : !llvm.ptr -> f32
        %v4655 = llvm.getelementptr %agga_h[%v4653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4654, %v4655 : f32, !llvm.ptr
        %v4656 = llvm.load %v11 : !llvm.ptr -> f32
        %v4657 = llvm.getelementptr %aggb_h[%v4653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4656, %v4657 : f32, !llvm.ptr
        %v4658 = arith.muli %v55, %v4 : i64
        %v4659 = arith.subi %v4, %v2 : i64
        %v4660 = arith.minsi %v63, %v4659 : i64
        %v4661 = arith.addi %v4658, %v4660 : i64
        %v4662 = arith.muli %v4661, %v1 : i64
        %v4663 = arith.addi %v4662, %v3014 : i64
        %v4664 = llvm.load %v28 : !llvm.ptr -> f32
        %v4665 = llvm.getelementptr %agga_h[%v4663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4664, %v4665 : f32, !llvm.ptr
        %v4666 = llvm.load %v12 : !llvm.ptr -> f32
        %v4667 = llvm.getelementptr %aggb_h[%v4663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4666, %v4667 : f32, !llvm.ptr
        %v4668 = arith.muli %v55, %v4 : i64
        %v4669 = arith.subi %v4, %v2 : i64
        %v4670 = arith.minsi %v63, %v4669 : i64
        %v4671 = arith.addi %v4668, %v4670 : i64
        %v4672 = arith.muli %v4671, %v1 : i64
        %v4673 = arith.addi %v4672, %v168 : i64
        %v4674 = llvm.load %v29 : !llvm.ptr -> f32
        %v4675 = llvm.getelementptr %agga_h[%v4673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4674, %v4675 : f32, !llvm.ptr
        %v4676 = llvm.load %v13 : !llvm.ptr -> f32
        %v4677 = llvm.getelementptr %aggb_h[%v4673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4676, %v4677 : f32, !llvm.ptr
        %v4678 = arith.muli %v55, %v4 : i64
        %v4679 = arith.subi %v4, %v2 : i64
        %v4680 = arith.minsi %v63, %v4679 : i64
        %v4681 = arith.addi %v4678, %v4680 : i64
        %v4682 = arith.muli %v4681, %v1 : i64
        %v4683 = arith.addi %v4682, %v3025 : i64
        %v4684 = llvm.load %v30 : !llvm.ptr -> f32
        %v4685 = llvm.getelementptr %agga_h[%v4683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4684, %v4685 : f32, !llvm.ptr
        %v4686 = llvm.load %v14 : !llvm.ptr -> f32
        %v4687 = llvm.getelementptr %aggb_h[%v4683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4686, %v4687 : f32, !llvm.ptr
        %v4688 = arith.muli %v55, %v4 : i64
        %v4689 = arith.subi %v4, %v2 : i64
        %v4690 = arith.minsi %v63, %v4689 : i64
        %v4691 = arith.addi %v4688, %v4690 : i64
        %v4692 = arith.muli %v4691, %v1 : i64
        %v4693 = arith.addi %v4692, %v183 : i64
        %v4694 = llvm.load %v31 : !llvm.ptr -> f32
        %v4695 = llvm.getelementptr %agga_h[%v4693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4694, %v4695 : f32, !llvm.ptr
        %v4696 = llvm.load %v15 : !llvm.ptr -> f32
        %v4697 = llvm.getelementptr %aggb_h[%v4693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4696, %v4697 : f32, !llvm.ptr
        %v4698 = arith.muli %v55, %v4 : i64
        %v4699 = arith.subi %v4, %v2 : i64
        %v4700 = arith.minsi %v63, %v4699 : i64
        %v4701 = arith.addi %v4698, %v4700 : i64
        %v4702 = arith.muli %v4701, %v1 : i64
        %v4703 = arith.addi %v4702, %v3036 : i64
        %v4704 = llvm.load %v32 : !llvm.ptr -> f32
        %v4705 = llvm.getelementptr %agga_h[%v4703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4704, %v4705 : f32, !llvm.ptr
        %v4706 = llvm.load %v16 : !llvm.ptr -> f32
        %v4707 = llvm.getelementptr %aggb_h[%v4703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4706, %v4707 : f32, !llvm.ptr
        %v4708 = arith.muli %v55, %v4 : i64
        %v4709 = arith.subi %v4, %v2 : i64
        %v4710 = arith.minsi %v63, %v4709 : i64
        %v4711 = arith.addi %v4708, %v4710 : i64
        %v4712 = arith.muli %v4711, %v1 : i64
        %v4713 = arith.addi %v4712, %v198 : i64
        %v4714 = llvm.load %v33 : !llvm.ptr -> f32
        %v4715 = llvm.getelementptr %agga_h[%v4713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4714, %v4715 : f32, !llvm.ptr
        %v4716 = llvm.load %v17 : !llvm.ptr -> f32
        %v4717 = llvm.getelementptr %aggb_h[%v4713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4716, %v4717 : f32, !llvm.ptr
        %v4718 = arith.muli %v55, %v4 : i64
        %v4719 = arith.subi %v4, %v2 : i64
        %v4720 = arith.minsi %v63, %v4719 : i64
        %v4721 = arith.addi %v4718, %v4720 : i64
        %v4722 = arith.muli %v4721, %v1 : i64
        %v4723 = arith.addi %v4722, %v3047 : i64
        %v4724 = llvm.load %v34 : !llvm.ptr -> f32
        %v4725 = llvm.getelementptr %agga_h[%v4723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4724, %v4725 : f32, !llvm.ptr
        %v4726 = llvm.load %v18 : !llvm.ptr -> f32
        %v4727 = llvm.getelementptr %aggb_h[%v4723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4726, %v4727 : f32, !llvm.ptr
        %v4728 = arith.muli %v55, %v4 : i64
        %v4729 = arith.subi %v4, %v2 : i64
        %v4730 = arith.minsi %v63, %v4729 : i64
        %v4731 = arith.addi %v4728, %v4730 : i64
        %v4732 = arith.muli %v4731, %v1 : i64
        %v4733 = arith.addi %v4732, %v213 : i64
        %v4734 = llvm.load %v35 : !llvm.ptr -> f32
        %v4735 = llvm.getelementptr %agga_h[%v4733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4734, %v4735 : f32, !llvm.ptr
        %v4736 = llvm.load %v19 : !llvm.ptr -> f32
        %v4737 = llvm.getelementptr %aggb_h[%v4733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4736, %v4737 : f32, !llvm.ptr
        %v4738 = arith.muli %v55, %v4 : i64
        %v4739 = arith.subi %v4, %v2 : i64
        %v4740 = arith.minsi %v63, %v4739 : i64
        %v4741 = arith.addi %v4738, %v4740 : i64
        %v4742 = arith.muli %v4741, %v1 : i64
        %v4743 = arith.addi %v4742, %v3058 : i64
        %v4744 = llvm.load %v36 : !llvm.ptr -> f32
        %v4745 = llvm.getelementptr %agga_h[%v4743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4744, %v4745 : f32, !llvm.ptr
        %v4746 = llvm.load %v20 : !llvm.ptr -> f32
        %v4747 = llvm.getelementptr %aggb_h[%v4743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4746, %v4747 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
