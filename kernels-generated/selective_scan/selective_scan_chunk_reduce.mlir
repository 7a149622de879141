module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
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
      %v62 = arith.constant 0 : i64
      %v63 = arith.muli %v2, %size_L : i64
      %v64 = arith.muli %v63, %size_D : i64
      %v86 = arith.constant 2 : i64
      %v90 = arith.constant 0x00000000 : f32
      %v91 = arith.constant 0x3F800000 : f32
      %v95 = arith.constant 32 : i64
      %v108 = arith.constant 33 : i64
      %v127 = arith.constant 4 : i64
      %v142 = arith.constant 6 : i64
      %v157 = arith.constant 8 : i64
      %v172 = arith.constant 10 : i64
      %v187 = arith.constant 12 : i64
      %v202 = arith.constant 14 : i64
      %v231 = arith.constant 18 : i64
      %v246 = arith.constant 20 : i64
      %v261 = arith.constant 22 : i64
      %v276 = arith.constant 24 : i64
      %v291 = arith.constant 26 : i64
      %v306 = arith.constant 28 : i64
      %v321 = arith.constant 30 : i64
      %v350 = arith.constant 34 : i64
      %v365 = arith.constant 36 : i64
      %v380 = arith.constant 38 : i64
      %v395 = arith.constant 40 : i64
      %v410 = arith.constant 42 : i64
      %v425 = arith.constant 44 : i64
      %v440 = arith.constant 46 : i64
      %v455 = arith.constant 48 : i64
      %v470 = arith.constant 50 : i64
      %v485 = arith.constant 52 : i64
      %v500 = arith.constant 54 : i64
      %v515 = arith.constant 56 : i64
      %v530 = arith.constant 58 : i64
      %v545 = arith.constant 60 : i64
      %v560 = arith.constant 62 : i64
      %v1093 = arith.constant 128 : i64
      %v2940 = arith.muli %v2, %size_L : i64
      %v2941 = arith.muli %v2940, %v1 : i64
      %v3194 = arith.muli %v2, %v1 : i64
      %v3198 = arith.constant 0x3FB8AA3B : f32
      %v3217 = arith.constant 0x3F317218 : f32
      %v3219 = arith.constant 0x3E124925 : f32
      %v3221 = arith.constant 0xBE2AAAAB : f32
      %v3224 = arith.constant 0x3E4CCCCD : f32
      %v3227 = arith.constant 0xBE800000 : f32
      %v3230 = arith.constant 0x3EAAAAAB : f32
      %v3233 = arith.constant 0xBF000000 : f32
      %v3239 = arith.constant 0x3D800000 : f32
      %v4003 = arith.constant 192 : i64
      %v4018 = arith.constant 320 : i64
      %v4026 = arith.constant 384 : i64
      %v4034 = arith.constant 448 : i64
      %v4042 = arith.constant 512 : i64
      %v4050 = arith.constant 576 : i64
      %v4058 = arith.constant 640 : i64
      %v4066 = arith.constant 704 : i64
      %v4074 = arith.constant 768 : i64
      %v4082 = arith.constant 832 : i64
      %v4090 = arith.constant 896 : i64
      %v4098 = arith.constant 960 : i64
      %v4106 = arith.constant 1024 : i64
      %v4114 = arith.constant 1088 : i64
      %v4122 = arith.constant 1152 : i64
      %v4130 = arith.constant 1216 : i64
      %v4138 = arith.constant 1280 : i64
      %v4146 = arith.constant 1344 : i64
      %v4154 = arith.constant 1408 : i64
      %v4162 = arith.constant 1472 : i64
      %v4170 = arith.constant 1536 : i64
      %v4178 = arith.constant 1600 : i64
      %v4186 = arith.constant 1664 : i64
      %v4194 = arith.constant 1728 : i64
      %v4202 = arith.constant 1792 : i64
      %v4210 = arith.constant 1856 : i64
      %v4218 = arith.constant 1920 : i64
      %v4226 = arith.constant 1984 : i64
      %v4717 = arith.constant 3 : i64
      %v4738 = arith.constant 5 : i64
      %v4759 = arith.constant 7 : i64
      %v4780 = arith.constant 9 : i64
      %v4801 = arith.constant 11 : i64
      %v4822 = arith.constant 13 : i64
      %v4843 = arith.constant 15 : i64
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
      %v3195 = arith.muli %v58, %v3194 : i64
      %v3196 = llvm.getelementptr %in_A[%v3195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3197 = llvm.load %v3196 : !llvm.ptr -> f32
      %v3199 = arith.mulf %v3197, %v3198 fastmath<contract> : f32
      %v3206 = arith.muli %v58, %v2 : i64
      %v3207 = llvm.getelementptr %in_dt_bias[%v3206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3208 = llvm.load %v3207 : !llvm.ptr -> f32
      %v3258 = arith.muli %v58, %v3194 : i64
      %v3259 = arith.constant 1 : i64
      %v3260 = arith.muli %v3259, %v2 : i64
      %v3261 = arith.addi %v3258, %v3260 : i64
      %v3262 = llvm.getelementptr %in_A[%v3261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3263 = llvm.load %v3262 : !llvm.ptr -> f32
      %v3264 = arith.mulf %v3263, %v3198 fastmath<contract> : f32
      %v3273 = arith.muli %v58, %v3194 : i64
      %v3274 = arith.constant 2 : i64
      %v3275 = arith.muli %v3274, %v2 : i64
      %v3276 = arith.addi %v3273, %v3275 : i64
      %v3277 = llvm.getelementptr %in_A[%v3276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3278 = llvm.load %v3277 : !llvm.ptr -> f32
      %v3279 = arith.mulf %v3278, %v3198 fastmath<contract> : f32
      %v3288 = arith.muli %v58, %v3194 : i64
      %v3289 = arith.constant 3 : i64
      %v3290 = arith.muli %v3289, %v2 : i64
      %v3291 = arith.addi %v3288, %v3290 : i64
      %v3292 = llvm.getelementptr %in_A[%v3291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3293 = llvm.load %v3292 : !llvm.ptr -> f32
      %v3294 = arith.mulf %v3293, %v3198 fastmath<contract> : f32
      %v3303 = arith.muli %v58, %v3194 : i64
      %v3304 = arith.constant 4 : i64
      %v3305 = arith.muli %v3304, %v2 : i64
      %v3306 = arith.addi %v3303, %v3305 : i64
      %v3307 = llvm.getelementptr %in_A[%v3306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3308 = llvm.load %v3307 : !llvm.ptr -> f32
      %v3309 = arith.mulf %v3308, %v3198 fastmath<contract> : f32
      %v3318 = arith.muli %v58, %v3194 : i64
      %v3319 = arith.constant 5 : i64
      %v3320 = arith.muli %v3319, %v2 : i64
      %v3321 = arith.addi %v3318, %v3320 : i64
      %v3322 = llvm.getelementptr %in_A[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3323 = llvm.load %v3322 : !llvm.ptr -> f32
      %v3324 = arith.mulf %v3323, %v3198 fastmath<contract> : f32
      %v3333 = arith.muli %v58, %v3194 : i64
      %v3334 = arith.constant 6 : i64
      %v3335 = arith.muli %v3334, %v2 : i64
      %v3336 = arith.addi %v3333, %v3335 : i64
      %v3337 = llvm.getelementptr %in_A[%v3336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3338 = llvm.load %v3337 : !llvm.ptr -> f32
      %v3339 = arith.mulf %v3338, %v3198 fastmath<contract> : f32
      %v3348 = arith.muli %v58, %v3194 : i64
      %v3349 = arith.constant 7 : i64
      %v3350 = arith.muli %v3349, %v2 : i64
      %v3351 = arith.addi %v3348, %v3350 : i64
      %v3352 = llvm.getelementptr %in_A[%v3351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3353 = llvm.load %v3352 : !llvm.ptr -> f32
      %v3354 = arith.mulf %v3353, %v3198 fastmath<contract> : f32
      %v3363 = arith.muli %v58, %v3194 : i64
      %v3364 = arith.constant 8 : i64
      %v3365 = arith.muli %v3364, %v2 : i64
      %v3366 = arith.addi %v3363, %v3365 : i64
      %v3367 = llvm.getelementptr %in_A[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3368 = llvm.load %v3367 : !llvm.ptr -> f32
      %v3369 = arith.mulf %v3368, %v3198 fastmath<contract> : f32
      %v3378 = arith.muli %v58, %v3194 : i64
      %v3379 = arith.constant 9 : i64
      %v3380 = arith.muli %v3379, %v2 : i64
      %v3381 = arith.addi %v3378, %v3380 : i64
      %v3382 = llvm.getelementptr %in_A[%v3381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3383 = llvm.load %v3382 : !llvm.ptr -> f32
      %v3384 = arith.mulf %v3383, %v3198 fastmath<contract> : f32
      %v3393 = arith.muli %v58, %v3194 : i64
      %v3394 = arith.constant 10 : i64
      %v3395 = arith.muli %v3394, %v2 : i64
      %v3396 = arith.addi %v3393, %v3395 : i64
      %v3397 = llvm.getelementptr %in_A[%v3396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3398 = llvm.load %v3397 : !llvm.ptr -> f32
      %v3399 = arith.mulf %v3398, %v3198 fastmath<contract> : f32
      %v3408 = arith.muli %v58, %v3194 : i64
      %v3409 = arith.constant 11 : i64
      %v3410 = arith.muli %v3409, %v2 : i64
      %v3411 = arith.addi %v3408, %v3410 : i64
      %v3412 = llvm.getelementptr %in_A[%v3411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3413 = llvm.load %v3412 : !llvm.ptr -> f32
      %v3414 = arith.mulf %v3413, %v3198 fastmath<contract> : f32
      %v3423 = arith.muli %v58, %v3194 : i64
      %v3424 = arith.constant 12 : i64
      %v3425 = arith.muli %v3424, %v2 : i64
      %v3426 = arith.addi %v3423, %v3425 : i64
      %v3427 = llvm.getelementptr %in_A[%v3426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3428 = llvm.load %v3427 : !llvm.ptr -> f32
      %v3429 = arith.mulf %v3428, %v3198 fastmath<contract> : f32
      %v3438 = arith.muli %v58, %v3194 : i64
      %v3439 = arith.constant 13 : i64
      %v3440 = arith.muli %v3439, %v2 : i64
      %v3441 = arith.addi %v3438, %v3440 : i64
      %v3442 = llvm.getelementptr %in_A[%v3441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3443 = llvm.load %v3442 : !llvm.ptr -> f32
      %v3444 = arith.mulf %v3443, %v3198 fastmath<contract> : f32
      %v3453 = arith.muli %v58, %v3194 : i64
      %v3454 = arith.constant 14 : i64
      %v3455 = arith.muli %v3454, %v2 : i64
      %v3456 = arith.addi %v3453, %v3455 : i64
      %v3457 = llvm.getelementptr %in_A[%v3456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3458 = llvm.load %v3457 : !llvm.ptr -> f32
      %v3459 = arith.mulf %v3458, %v3198 fastmath<contract> : f32
      %v3468 = arith.muli %v58, %v3194 : i64
      %v3469 = arith.constant 15 : i64
      %v3470 = arith.muli %v3469, %v2 : i64
      %v3471 = arith.addi %v3468, %v3470 : i64
      %v3472 = llvm.getelementptr %in_A[%v3471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3473 = llvm.load %v3472 : !llvm.ptr -> f32
      %v3474 = arith.mulf %v3473, %v3198 fastmath<contract> : f32
      %v3484 = arith.mulf %v3197, %v3198 fastmath<contract> : f32
      %v3532 = arith.mulf %v3263, %v3198 fastmath<contract> : f32
      %v3541 = arith.mulf %v3278, %v3198 fastmath<contract> : f32
      %v3550 = arith.mulf %v3293, %v3198 fastmath<contract> : f32
      %v3559 = arith.mulf %v3308, %v3198 fastmath<contract> : f32
      %v3568 = arith.mulf %v3323, %v3198 fastmath<contract> : f32
      %v3577 = arith.mulf %v3338, %v3198 fastmath<contract> : f32
      %v3586 = arith.mulf %v3353, %v3198 fastmath<contract> : f32
      %v3595 = arith.mulf %v3368, %v3198 fastmath<contract> : f32
      %v3604 = arith.mulf %v3383, %v3198 fastmath<contract> : f32
      %v3613 = arith.mulf %v3398, %v3198 fastmath<contract> : f32
      %v3622 = arith.mulf %v3413, %v3198 fastmath<contract> : f32
      %v3631 = arith.mulf %v3428, %v3198 fastmath<contract> : f32
      %v3640 = arith.mulf %v3443, %v3198 fastmath<contract> : f32
      %v3649 = arith.mulf %v3458, %v3198 fastmath<contract> : f32
      %v3658 = arith.mulf %v3473, %v3198 fastmath<contract> : f32
      %v3674 = arith.mulf %v3197, %v3198 fastmath<contract> : f32
      %v3727 = arith.mulf %v3263, %v3198 fastmath<contract> : f32
      %v3744 = arith.mulf %v3278, %v3198 fastmath<contract> : f32
      %v3761 = arith.mulf %v3293, %v3198 fastmath<contract> : f32
      %v3778 = arith.mulf %v3308, %v3198 fastmath<contract> : f32
      %v3795 = arith.mulf %v3323, %v3198 fastmath<contract> : f32
      %v3812 = arith.mulf %v3338, %v3198 fastmath<contract> : f32
      %v3829 = arith.mulf %v3353, %v3198 fastmath<contract> : f32
      %v3846 = arith.mulf %v3368, %v3198 fastmath<contract> : f32
      %v3863 = arith.mulf %v3383, %v3198 fastmath<contract> : f32
      %v3880 = arith.mulf %v3398, %v3198 fastmath<contract> : f32
      %v3897 = arith.mulf %v3413, %v3198 fastmath<contract> : f32
      %v3914 = arith.mulf %v3428, %v3198 fastmath<contract> : f32
      %v3931 = arith.mulf %v3443, %v3198 fastmath<contract> : f32
      %v3948 = arith.mulf %v3458, %v3198 fastmath<contract> : f32
      %v3965 = arith.mulf %v3473, %v3198 fastmath<contract> : f32
      %v65 = arith.muli %v60, %v64 : i64
      %v66 = arith.muli %v58, %v63 : i64
      %v67 = arith.addi %v65, %v66 : i64
      %v68 = arith.muli %v62, %v2 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = arith.muli %v62, %v47 : i64
      %v71 = arith.addi %v70, %v45 : i64
      %v72 = llvm.getelementptr %v37[%v71] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v69, %v72 : i64, !llvm.ptr<3>
      %v73 = arith.muli %v60, %v64 : i64
      %v74 = arith.muli %v58, %v63 : i64
      %v75 = arith.addi %v73, %v74 : i64
      %v76 = arith.muli %v62, %v2 : i64
      %v77 = arith.addi %v75, %v76 : i64
      %v78 = arith.muli %v2, %v47 : i64
      %v79 = arith.addi %v78, %v45 : i64
      %v80 = llvm.getelementptr %v37[%v79] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v77, %v80 : i64, !llvm.ptr<3>
      %v81 = arith.muli %v60, %v64 : i64
      %v82 = arith.muli %v58, %v63 : i64
      %v83 = arith.addi %v81, %v82 : i64
      %v84 = arith.muli %v62, %v2 : i64
      %v85 = arith.addi %v83, %v84 : i64
      %v87 = arith.muli %v86, %v47 : i64
      %v88 = arith.addi %v87, %v45 : i64
      %v89 = llvm.getelementptr %v37[%v88] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v85, %v89 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v90, %v5 : f32, !llvm.ptr
      llvm.store %v90, %v6 : f32, !llvm.ptr
      llvm.store %v90, %v7 : f32, !llvm.ptr
      llvm.store %v90, %v8 : f32, !llvm.ptr
      llvm.store %v90, %v9 : f32, !llvm.ptr
      llvm.store %v90, %v10 : f32, !llvm.ptr
      llvm.store %v90, %v11 : f32, !llvm.ptr
      llvm.store %v90, %v12 : f32, !llvm.ptr
      llvm.store %v90, %v13 : f32, !llvm.ptr
      llvm.store %v90, %v14 : f32, !llvm.ptr
      llvm.store %v90, %v15 : f32, !llvm.ptr
      llvm.store %v90, %v16 : f32, !llvm.ptr
      llvm.store %v90, %v17 : f32, !llvm.ptr
      llvm.store %v90, %v18 : f32, !llvm.ptr
      llvm.store %v90, %v19 : f32, !llvm.ptr
      llvm.store %v90, %v20 : f32, !llvm.ptr
      llvm.store %v91, %v21 : f32, !llvm.ptr
      llvm.store %v91, %v22 : f32, !llvm.ptr
      llvm.store %v91, %v23 : f32, !llvm.ptr
      llvm.store %v91, %v24 : f32, !llvm.ptr
      llvm.store %v91, %v25 : f32, !llvm.ptr
      llvm.store %v91, %v26 : f32, !llvm.ptr
      llvm.store %v91, %v27 : f32, !llvm.ptr
      llvm.store %v91, %v28 : f32, !llvm.ptr
      llvm.store %v91, %v29 : f32, !llvm.ptr
      llvm.store %v91, %v30 : f32, !llvm.ptr
      llvm.store %v91, %v31 : f32, !llvm.ptr
      llvm.store %v91, %v32 : f32, !llvm.ptr
      llvm.store %v91, %v33 : f32, !llvm.ptr
      llvm.store %v91, %v34 : f32, !llvm.ptr
      llvm.store %v91, %v35 : f32, !llvm.ptr
      llvm.store %v91, %v36 : f32, !llvm.ptr
      %v92 = arith.muli %v51, %v41 : i64
      %v93 = arith.addi %v92, %v41 : i64
      %v94 = arith.minsi %v93, %size_L : i64
      // staged load of `u`'s first tile: read, then shared memory
      %v96 = arith.divui %v45, %v95 : i64
      %v97 = arith.remui %v45, %v95 : i64
      %v98 = arith.addi %v96, %v62 : i64
      %v99 = arith.constant true
      %v100 = arith.addi %v62, %v98 : i64
      %v101 = llvm.getelementptr %v37[%v100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v102 = llvm.load %v101 : !llvm.ptr<3> -> i64
      %v103 = arith.addi %v92, %v97 : i64
      %v104 = arith.cmpi slt, %v103, %v94 : i64
      %v105 = arith.subi %size_L, %v2 : i64
      %v106 = arith.minsi %v103, %v105 : i64
      %v107 = arith.addi %v102, %v106 : i64
      %v109 = arith.muli %v100, %v108 : i64
      %v110 = arith.addi %v109, %v97 : i64
      %v111 = llvm.getelementptr %in_u[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v112 = llvm.load %v111 : !llvm.ptr -> f32
      %v113 = arith.addi %v96, %v86 : i64
      %v114 = arith.constant true
      %v115 = arith.addi %v62, %v113 : i64
      %v116 = llvm.getelementptr %v37[%v115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v117 = llvm.load %v116 : !llvm.ptr<3> -> i64
      %v118 = arith.addi %v92, %v97 : i64
      %v119 = arith.cmpi slt, %v118, %v94 : i64
      %v120 = arith.subi %size_L, %v2 : i64
      %v121 = arith.minsi %v118, %v120 : i64
      %v122 = arith.addi %v117, %v121 : i64
      %v123 = arith.muli %v115, %v108 : i64
      %v124 = arith.addi %v123, %v97 : i64
      %v125 = llvm.getelementptr %in_u[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v128 = arith.addi %v96, %v127 : i64
      %v129 = arith.constant true
      %v130 = arith.addi %v62, %v128 : i64
      %v131 = llvm.getelementptr %v37[%v130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v132 = llvm.load %v131 : !llvm.ptr<3> -> i64
      %v133 = arith.addi %v92, %v97 : i64
      %v134 = arith.cmpi slt, %v133, %v94 : i64
      %v135 = arith.subi %size_L, %v2 : i64
      %v136 = arith.minsi %v133, %v135 : i64
      %v137 = arith.addi %v132, %v136 : i64
      %v138 = arith.muli %v130, %v108 : i64
      %v139 = arith.addi %v138, %v97 : i64
      %v140 = llvm.getelementptr %in_u[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v143 = arith.addi %v96, %v142 : i64
      %v144 = arith.constant true
      %v145 = arith.addi %v62, %v143 : i64
      %v146 = llvm.getelementptr %v37[%v145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v147 = llvm.load %v146 : !llvm.ptr<3> -> i64
      %v148 = arith.addi %v92, %v97 : i64
      %v149 = arith.cmpi slt, %v148, %v94 : i64
      %v150 = arith.subi %size_L, %v2 : i64
      %v151 = arith.minsi %v148, %v150 : i64
      %v152 = arith.addi %v147, %v151 : i64
      %v153 = arith.muli %v145, %v108 : i64
      %v154 = arith.addi %v153, %v97 : i64
      %v155 = llvm.getelementptr %in_u[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v158 = arith.addi %v96, %v157 : i64
      %v159 = arith.constant true
      %v160 = arith.addi %v62, %v158 : i64
      %v161 = llvm.getelementptr %v37[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v162 = llvm.load %v161 : !llvm.ptr<3> -> i64
      %v163 = arith.addi %v92, %v97 : i64
      %v164 = arith.cmpi slt, %v163, %v94 : i64
      %v165 = arith.subi %size_L, %v2 : i64
      %v166 = arith.minsi %v163, %v165 : i64
      %v167 = arith.addi %v162, %v166 : i64
      %v168 = arith.muli %v160, %v108 : i64
      %v169 = arith.addi %v168, %v97 : i64
      %v170 = llvm.getelementptr %in_u[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v173 = arith.addi %v96, %v172 : i64
      %v174 = arith.constant true
      %v175 = arith.addi %v62, %v173 : i64
      %v176 = llvm.getelementptr %v37[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v177 = llvm.load %v176 : !llvm.ptr<3> -> i64
      %v178 = arith.addi %v92, %v97 : i64
      %v179 = arith.cmpi slt, %v178, %v94 : i64
      %v180 = arith.subi %size_L, %v2 : i64
      %v181 = arith.minsi %v178, %v180 : i64
      %v182 = arith.addi %v177, %v181 : i64
      %v183 = arith.muli %v175, %v108 : i64
      %v184 = arith.addi %v183, %v97 : i64
      %v185 = llvm.getelementptr %in_u[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v186 = llvm.load %v185 : !llvm.ptr -> f32
      %v188 = arith.addi %v96, %v187 : i64
      %v189 = arith.constant true
      %v190 = arith.addi %v62, %v188 : i64
      %v191 = llvm.getelementptr %v37[%v190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v192 = llvm.load %v191 : !llvm.ptr<3> -> i64
      %v193 = arith.addi %v92, %v97 : i64
      %v194 = arith.cmpi slt, %v193, %v94 : i64
      %v195 = arith.subi %size_L, %v2 : i64
      %v196 = arith.minsi %v193, %v195 : i64
      %v197 = arith.addi %v192, %v196 : i64
      %v198 = arith.muli %v190, %v108 : i64
      %v199 = arith.addi %v198, %v97 : i64
      %v200 = llvm.getelementptr %in_u[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v201 = llvm.load %v200 : !llvm.ptr -> f32
      %v203 = arith.addi %v96, %v202 : i64
      %v204 = arith.constant true
      %v205 = arith.addi %v62, %v203 : i64
      %v206 = llvm.getelementptr %v37[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v207 = llvm.load %v206 : !llvm.ptr<3> -> i64
      %v208 = arith.addi %v92, %v97 : i64
      %v209 = arith.cmpi slt, %v208, %v94 : i64
      %v210 = arith.subi %size_L, %v2 : i64
      %v211 = arith.minsi %v208, %v210 : i64
      %v212 = arith.addi %v207, %v211 : i64
      %v213 = arith.muli %v205, %v108 : i64
      %v214 = arith.addi %v213, %v97 : i64
      %v215 = llvm.getelementptr %in_u[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v216 = llvm.load %v215 : !llvm.ptr -> f32
      %v217 = arith.addi %v96, %v1 : i64
      %v218 = arith.constant true
      %v219 = arith.addi %v62, %v217 : i64
      %v220 = llvm.getelementptr %v37[%v219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v221 = llvm.load %v220 : !llvm.ptr<3> -> i64
      %v222 = arith.addi %v92, %v97 : i64
      %v223 = arith.cmpi slt, %v222, %v94 : i64
      %v224 = arith.subi %size_L, %v2 : i64
      %v225 = arith.minsi %v222, %v224 : i64
      %v226 = arith.addi %v221, %v225 : i64
      %v227 = arith.muli %v219, %v108 : i64
      %v228 = arith.addi %v227, %v97 : i64
      %v229 = llvm.getelementptr %in_u[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v230 = llvm.load %v229 : !llvm.ptr -> f32
      %v232 = arith.addi %v96, %v231 : i64
      %v233 = arith.constant true
      %v234 = arith.addi %v62, %v232 : i64
      %v235 = llvm.getelementptr %v37[%v234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v236 = llvm.load %v235 : !llvm.ptr<3> -> i64
      %v237 = arith.addi %v92, %v97 : i64
      %v238 = arith.cmpi slt, %v237, %v94 : i64
      %v239 = arith.subi %size_L, %v2 : i64
      %v240 = arith.minsi %v237, %v239 : i64
      %v241 = arith.addi %v236, %v240 : i64
      %v242 = arith.muli %v234, %v108 : i64
      %v243 = arith.addi %v242, %v97 : i64
      %v244 = llvm.getelementptr %in_u[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v245 = llvm.load %v244 : !llvm.ptr -> f32
      %v247 = arith.addi %v96, %v246 : i64
      %v248 = arith.constant true
      %v249 = arith.addi %v62, %v247 : i64
      %v250 = llvm.getelementptr %v37[%v249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v251 = llvm.load %v250 : !llvm.ptr<3> -> i64
      %v252 = arith.addi %v92, %v97 : i64
      %v253 = arith.cmpi slt, %v252, %v94 : i64
      %v254 = arith.subi %size_L, %v2 : i64
      %v255 = arith.minsi %v252, %v254 : i64
      %v256 = arith.addi %v251, %v255 : i64
      %v257 = arith.muli %v249, %v108 : i64
      %v258 = arith.addi %v257, %v97 : i64
      %v259 = llvm.getelementptr %in_u[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v260 = llvm.load %v259 : !llvm.ptr -> f32
      %v262 = arith.addi %v96, %v261 : i64
      %v263 = arith.constant true
      %v264 = arith.addi %v62, %v262 : i64
      %v265 = llvm.getelementptr %v37[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v266 = llvm.load %v265 : !llvm.ptr<3> -> i64
      %v267 = arith.addi %v92, %v97 : i64
      %v268 = arith.cmpi slt, %v267, %v94 : i64
      %v269 = arith.subi %size_L, %v2 : i64
      %v270 = arith.minsi %v267, %v269 : i64
      %v271 = arith.addi %v266, %v270 : i64
      %v272 = arith.muli %v264, %v108 : i64
      %v273 = arith.addi %v272, %v97 : i64
      %v274 = llvm.getelementptr %in_u[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v275 = llvm.load %v274 : !llvm.ptr -> f32
      %v277 = arith.addi %v96, %v276 : i64
      %v278 = arith.constant true
      %v279 = arith.addi %v62, %v277 : i64
      %v280 = llvm.getelementptr %v37[%v279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v281 = llvm.load %v280 : !llvm.ptr<3> -> i64
      %v282 = arith.addi %v92, %v97 : i64
      %v283 = arith.cmpi slt, %v282, %v94 : i64
      %v284 = arith.subi %size_L, %v2 : i64
      %v285 = arith.minsi %v282, %v284 : i64
      %v286 = arith.addi %v281, %v285 : i64
      %v287 = arith.muli %v279, %v108 : i64
      %v288 = arith.addi %v287, %v97 : i64
      %v289 = llvm.getelementptr %in_u[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v290 = llvm.load %v289 : !llvm.ptr -> f32
      %v292 = arith.addi %v96, %v291 : i64
      %v293 = arith.constant true
      %v294 = arith.addi %v62, %v292 : i64
      %v295 = llvm.getelementptr %v37[%v294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v296 = llvm.load %v295 : !llvm.ptr<3> -> i64
      %v297 = arith.addi %v92, %v97 : i64
      %v298 = arith.cmpi slt, %v297, %v94 : i64
      %v299 = arith.subi %size_L, %v2 : i64
      %v300 = arith.minsi %v297, %v299 : i64
      %v301 = arith.addi %v296, %v300 : i64
      %v302 = arith.muli %v294, %v108 : i64
      %v303 = arith.addi %v302, %v97 : i64
      %v304 = llvm.getelementptr %in_u[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v305 = llvm.load %v304 : !llvm.ptr -> f32
      %v307 = arith.addi %v96, %v306 : i64
      %v308 = arith.constant true
      %v309 = arith.addi %v62, %v307 : i64
      %v310 = llvm.getelementptr %v37[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v311 = llvm.load %v310 : !llvm.ptr<3> -> i64
      %v312 = arith.addi %v92, %v97 : i64
      %v313 = arith.cmpi slt, %v312, %v94 : i64
      %v314 = arith.subi %size_L, %v2 : i64
      %v315 = arith.minsi %v312, %v314 : i64
      %v316 = arith.addi %v311, %v315 : i64
      %v317 = arith.muli %v309, %v108 : i64
      %v318 = arith.addi %v317, %v97 : i64
      %v319 = llvm.getelementptr %in_u[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v320 = llvm.load %v319 : !llvm.ptr -> f32
      %v322 = arith.addi %v96, %v321 : i64
      %v323 = arith.constant true
      %v324 = arith.addi %v62, %v322 : i64
      %v325 = llvm.getelementptr %v37[%v324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v326 = llvm.load %v325 : !llvm.ptr<3> -> i64
      %v327 = arith.addi %v92, %v97 : i64
      %v328 = arith.cmpi slt, %v327, %v94 : i64
      %v329 = arith.subi %size_L, %v2 : i64
      %v330 = arith.minsi %v327, %v329 : i64
      %v331 = arith.addi %v326, %v330 : i64
      %v332 = arith.muli %v324, %v108 : i64
      %v333 = arith.addi %v332, %v97 : i64
      %v334 = llvm.getelementptr %in_u[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = llvm.load %v334 : !llvm.ptr -> f32
      %v336 = arith.addi %v96, %v95 : i64
      %v337 = arith.constant true
      %v338 = arith.addi %v62, %v336 : i64
      %v339 = llvm.getelementptr %v37[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v340 = llvm.load %v339 : !llvm.ptr<3> -> i64
      %v341 = arith.addi %v92, %v97 : i64
      %v342 = arith.cmpi slt, %v341, %v94 : i64
      %v343 = arith.subi %size_L, %v2 : i64
      %v344 = arith.minsi %v341, %v343 : i64
      %v345 = arith.addi %v340, %v344 : i64
      %v346 = arith.muli %v338, %v108 : i64
      %v347 = arith.addi %v346, %v97 : i64
      %v348 = llvm.getelementptr %in_u[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v349 = llvm.load %v348 : !llvm.ptr -> f32
      %v351 = arith.addi %v96, %v350 : i64
      %v352 = arith.constant true
      %v353 = arith.addi %v62, %v351 : i64
      %v354 = llvm.getelementptr %v37[%v353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v355 = llvm.load %v354 : !llvm.ptr<3> -> i64
      %v356 = arith.addi %v92, %v97 : i64
      %v357 = arith.cmpi slt, %v356, %v94 : i64
      %v358 = arith.subi %size_L, %v2 : i64
      %v359 = arith.minsi %v356, %v358 : i64
      %v360 = arith.addi %v355, %v359 : i64
      %v361 = arith.muli %v353, %v108 : i64
      %v362 = arith.addi %v361, %v97 : i64
      %v363 = llvm.getelementptr %in_u[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v364 = llvm.load %v363 : !llvm.ptr -> f32
      %v366 = arith.addi %v96, %v365 : i64
      %v367 = arith.constant true
      %v368 = arith.addi %v62, %v366 : i64
      %v369 = llvm.getelementptr %v37[%v368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v370 = llvm.load %v369 : !llvm.ptr<3> -> i64
      %v371 = arith.addi %v92, %v97 : i64
      %v372 = arith.cmpi slt, %v371, %v94 : i64
      %v373 = arith.subi %size_L, %v2 : i64
      %v374 = arith.minsi %v371, %v373 : i64
      %v375 = arith.addi %v370, %v374 : i64
      %v376 = arith.muli %v368, %v108 : i64
      %v377 = arith.addi %v376, %v97 : i64
      %v378 = llvm.getelementptr %in_u[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = llvm.load %v378 : !llvm.ptr -> f32
      %v381 = arith.addi %v96, %v380 : i64
      %v382 = arith.constant true
      %v383 = arith.addi %v62, %v381 : i64
      %v384 = llvm.getelementptr %v37[%v383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v385 = llvm.load %v384 : !llvm.ptr<3> -> i64
      %v386 = arith.addi %v92, %v97 : i64
      %v387 = arith.cmpi slt, %v386, %v94 : i64
      %v388 = arith.subi %size_L, %v2 : i64
      %v389 = arith.minsi %v386, %v388 : i64
      %v390 = arith.addi %v385, %v389 : i64
      %v391 = arith.muli %v383, %v108 : i64
      %v392 = arith.addi %v391, %v97 : i64
      %v393 = llvm.getelementptr %in_u[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v394 = llvm.load %v393 : !llvm.ptr -> f32
      %v396 = arith.addi %v96, %v395 : i64
      %v397 = arith.constant true
      %v398 = arith.addi %v62, %v396 : i64
      %v399 = llvm.getelementptr %v37[%v398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v400 = llvm.load %v399 : !llvm.ptr<3> -> i64
      %v401 = arith.addi %v92, %v97 : i64
      %v402 = arith.cmpi slt, %v401, %v94 : i64
      %v403 = arith.subi %size_L, %v2 : i64
      %v404 = arith.minsi %v401, %v403 : i64
      %v405 = arith.addi %v400, %v404 : i64
      %v406 = arith.muli %v398, %v108 : i64
      %v407 = arith.addi %v406, %v97 : i64
      %v408 = llvm.getelementptr %in_u[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v409 = llvm.load %v408 : !llvm.ptr -> f32
      %v411 = arith.addi %v96, %v410 : i64
      %v412 = arith.constant true
      %v413 = arith.addi %v62, %v411 : i64
      %v414 = llvm.getelementptr %v37[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v415 = llvm.load %v414 : !llvm.ptr<3> -> i64
      %v416 = arith.addi %v92, %v97 : i64
      %v417 = arith.cmpi slt, %v416, %v94 : i64
      %v418 = arith.subi %size_L, %v2 : i64
      %v419 = arith.minsi %v416, %v418 : i64
      %v420 = arith.addi %v415, %v419 : i64
      %v421 = arith.muli %v413, %v108 : i64
      %v422 = arith.addi %v421, %v97 : i64
      %v423 = llvm.getelementptr %in_u[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v424 = llvm.load %v423 : !llvm.ptr -> f32
      %v426 = arith.addi %v96, %v425 : i64
      %v427 = arith.constant true
      %v428 = arith.addi %v62, %v426 : i64
      %v429 = llvm.getelementptr %v37[%v428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v430 = llvm.load %v429 : !llvm.ptr<3> -> i64
      %v431 = arith.addi %v92, %v97 : i64
      %v432 = arith.cmpi slt, %v431, %v94 : i64
      %v433 = arith.subi %size_L, %v2 : i64
      %v434 = arith.minsi %v431, %v433 : i64
      %v435 = arith.addi %v430, %v434 : i64
      %v436 = arith.muli %v428, %v108 : i64
      %v437 = arith.addi %v436, %v97 : i64
      %v438 = llvm.getelementptr %in_u[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v439 = llvm.load %v438 : !llvm.ptr -> f32
      %v441 = arith.addi %v96, %v440 : i64
      %v442 = arith.constant true
      %v443 = arith.addi %v62, %v441 : i64
      %v444 = llvm.getelementptr %v37[%v443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v445 = llvm.load %v444 : !llvm.ptr<3> -> i64
      %v446 = arith.addi %v92, %v97 : i64
      %v447 = arith.cmpi slt, %v446, %v94 : i64
      %v448 = arith.subi %size_L, %v2 : i64
      %v449 = arith.minsi %v446, %v448 : i64
      %v450 = arith.addi %v445, %v449 : i64
      %v451 = arith.muli %v443, %v108 : i64
      %v452 = arith.addi %v451, %v97 : i64
      %v453 = llvm.getelementptr %in_u[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v454 = llvm.load %v453 : !llvm.ptr -> f32
      %v456 = arith.addi %v96, %v455 : i64
      %v457 = arith.constant true
      %v458 = arith.addi %v62, %v456 : i64
      %v459 = llvm.getelementptr %v37[%v458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v460 = llvm.load %v459 : !llvm.ptr<3> -> i64
      %v461 = arith.addi %v92, %v97 : i64
      %v462 = arith.cmpi slt, %v461, %v94 : i64
      %v463 = arith.subi %size_L, %v2 : i64
      %v464 = arith.minsi %v461, %v463 : i64
      %v465 = arith.addi %v460, %v464 : i64
      %v466 = arith.muli %v458, %v108 : i64
      %v467 = arith.addi %v466, %v97 : i64
      %v468 = llvm.getelementptr %in_u[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = llvm.load %v468 : !llvm.ptr -> f32
      %v471 = arith.addi %v96, %v470 : i64
      %v472 = arith.constant true
      %v473 = arith.addi %v62, %v471 : i64
      %v474 = llvm.getelementptr %v37[%v473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v475 = llvm.load %v474 : !llvm.ptr<3> -> i64
      %v476 = arith.addi %v92, %v97 : i64
      %v477 = arith.cmpi slt, %v476, %v94 : i64
      %v478 = arith.subi %size_L, %v2 : i64
      %v479 = arith.minsi %v476, %v478 : i64
      %v480 = arith.addi %v475, %v479 : i64
      %v481 = arith.muli %v473, %v108 : i64
      %v482 = arith.addi %v481, %v97 : i64
      %v483 = llvm.getelementptr %in_u[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v484 = llvm.load %v483 : !llvm.ptr -> f32
      %v486 = arith.addi %v96, %v485 : i64
      %v487 = arith.constant true
      %v488 = arith.addi %v62, %v486 : i64
      %v489 = llvm.getelementptr %v37[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v490 = llvm.load %v489 : !llvm.ptr<3> -> i64
      %v491 = arith.addi %v92, %v97 : i64
      %v492 = arith.cmpi slt, %v491, %v94 : i64
      %v493 = arith.subi %size_L, %v2 : i64
      %v494 = arith.minsi %v491, %v493 : i64
      %v495 = arith.addi %v490, %v494 : i64
      %v496 = arith.muli %v488, %v108 : i64
      %v497 = arith.addi %v496, %v97 : i64
      %v498 = llvm.getelementptr %in_u[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v499 = llvm.load %v498 : !llvm.ptr -> f32
      %v501 = arith.addi %v96, %v500 : i64
      %v502 = arith.constant true
      %v503 = arith.addi %v62, %v501 : i64
      %v504 = llvm.getelementptr %v37[%v503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v505 = llvm.load %v504 : !llvm.ptr<3> -> i64
      %v506 = arith.addi %v92, %v97 : i64
      %v507 = arith.cmpi slt, %v506, %v94 : i64
      %v508 = arith.subi %size_L, %v2 : i64
      %v509 = arith.minsi %v506, %v508 : i64
      %v510 = arith.addi %v505, %v509 : i64
      %v511 = arith.muli %v503, %v108 : i64
      %v512 = arith.addi %v511, %v97 : i64
      %v513 = llvm.getelementptr %in_u[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v514 = llvm.load %v513 : !llvm.ptr -> f32
      %v516 = arith.addi %v96, %v515 : i64
      %v517 = arith.constant true
      %v518 = arith.addi %v62, %v516 : i64
      %v519 = llvm.getelementptr %v37[%v518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v520 = llvm.load %v519 : !llvm.ptr<3> -> i64
      %v521 = arith.addi %v92, %v97 : i64
      %v522 = arith.cmpi slt, %v521, %v94 : i64
      %v523 = arith.subi %size_L, %v2 : i64
      %v524 = arith.minsi %v521, %v523 : i64
      %v525 = arith.addi %v520, %v524 : i64
      %v526 = arith.muli %v518, %v108 : i64
      %v527 = arith.addi %v526, %v97 : i64
      %v528 = llvm.getelementptr %in_u[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v529 = llvm.load %v528 : !llvm.ptr -> f32
      %v531 = arith.addi %v96, %v530 : i64
      %v532 = arith.constant true
      %v533 = arith.addi %v62, %v531 : i64
      %v534 = llvm.getelementptr %v37[%v533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v535 = llvm.load %v534 : !llvm.ptr<3> -> i64
      %v536 = arith.addi %v92, %v97 : i64
      %v537 = arith.cmpi slt, %v536, %v94 : i64
      %v538 = arith.subi %size_L, %v2 : i64
      %v539 = arith.minsi %v536, %v538 : i64
      %v540 = arith.addi %v535, %v539 : i64
      %v541 = arith.muli %v533, %v108 : i64
      %v542 = arith.addi %v541, %v97 : i64
      %v543 = llvm.getelementptr %in_u[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v544 = llvm.load %v543 : !llvm.ptr -> f32
      %v546 = arith.addi %v96, %v545 : i64
      %v547 = arith.constant true
      %v548 = arith.addi %v62, %v546 : i64
      %v549 = llvm.getelementptr %v37[%v548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v550 = llvm.load %v549 : !llvm.ptr<3> -> i64
      %v551 = arith.addi %v92, %v97 : i64
      %v552 = arith.cmpi slt, %v551, %v94 : i64
      %v553 = arith.subi %size_L, %v2 : i64
      %v554 = arith.minsi %v551, %v553 : i64
      %v555 = arith.addi %v550, %v554 : i64
      %v556 = arith.muli %v548, %v108 : i64
      %v557 = arith.addi %v556, %v97 : i64
      %v558 = llvm.getelementptr %in_u[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v559 = llvm.load %v558 : !llvm.ptr -> f32
      %v561 = arith.addi %v96, %v560 : i64
      %v562 = arith.constant true
      %v563 = arith.addi %v62, %v561 : i64
      %v564 = llvm.getelementptr %v37[%v563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v565 = llvm.load %v564 : !llvm.ptr<3> -> i64
      %v566 = arith.addi %v92, %v97 : i64
      %v567 = arith.cmpi slt, %v566, %v94 : i64
      %v568 = arith.subi %size_L, %v2 : i64
      %v569 = arith.minsi %v566, %v568 : i64
      %v570 = arith.addi %v565, %v569 : i64
      %v571 = arith.muli %v563, %v108 : i64
      %v572 = arith.addi %v571, %v97 : i64
      %v573 = llvm.getelementptr %in_u[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v574 = llvm.load %v573 : !llvm.ptr -> f32
      scf.if %v99 {
        %v575 = llvm.getelementptr %v38[%v110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v112, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v114 {
        %v576 = llvm.getelementptr %v38[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v126, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v129 {
        %v577 = llvm.getelementptr %v38[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v141, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v144 {
        %v578 = llvm.getelementptr %v38[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v156, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v159 {
        %v579 = llvm.getelementptr %v38[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v171, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v174 {
        %v580 = llvm.getelementptr %v38[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v186, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v189 {
        %v581 = llvm.getelementptr %v38[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v201, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v204 {
        %v582 = llvm.getelementptr %v38[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v216, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v218 {
        %v583 = llvm.getelementptr %v38[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v230, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v233 {
        %v584 = llvm.getelementptr %v38[%v243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v245, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v248 {
        %v585 = llvm.getelementptr %v38[%v258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v260, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v263 {
        %v586 = llvm.getelementptr %v38[%v273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v275, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v278 {
        %v587 = llvm.getelementptr %v38[%v288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v290, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v293 {
        %v588 = llvm.getelementptr %v38[%v303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v305, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v308 {
        %v589 = llvm.getelementptr %v38[%v318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v320, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v323 {
        %v590 = llvm.getelementptr %v38[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v335, %v590 : f32, !llvm.ptr<3>
      }
      scf.if %v337 {
        %v591 = llvm.getelementptr %v38[%v347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v349, %v591 : f32, !llvm.ptr<3>
      }
      scf.if %v352 {
        %v592 = llvm.getelementptr %v38[%v362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v364, %v592 : f32, !llvm.ptr<3>
      }
      scf.if %v367 {
        %v593 = llvm.getelementptr %v38[%v377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v379, %v593 : f32, !llvm.ptr<3>
      }
      scf.if %v382 {
        %v594 = llvm.getelementptr %v38[%v392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v394, %v594 : f32, !llvm.ptr<3>
      }
      scf.if %v397 {
        %v595 = llvm.getelementptr %v38[%v407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v409, %v595 : f32, !llvm.ptr<3>
      }
      scf.if %v412 {
        %v596 = llvm.getelementptr %v38[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v424, %v596 : f32, !llvm.ptr<3>
      }
      scf.if %v427 {
        %v597 = llvm.getelementptr %v38[%v437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v439, %v597 : f32, !llvm.ptr<3>
      }
      scf.if %v442 {
        %v598 = llvm.getelementptr %v38[%v452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v454, %v598 : f32, !llvm.ptr<3>
      }
      scf.if %v457 {
        %v599 = llvm.getelementptr %v38[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v469, %v599 : f32, !llvm.ptr<3>
      }
      scf.if %v472 {
        %v600 = llvm.getelementptr %v38[%v482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v484, %v600 : f32, !llvm.ptr<3>
      }
      scf.if %v487 {
        %v601 = llvm.getelementptr %v38[%v497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v499, %v601 : f32, !llvm.ptr<3>
      }
      scf.if %v502 {
        %v602 = llvm.getelementptr %v38[%v512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v514, %v602 : f32, !llvm.ptr<3>
      }
      scf.if %v517 {
        %v603 = llvm.getelementptr %v38[%v527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v529, %v603 : f32, !llvm.ptr<3>
      }
      scf.if %v532 {
        %v604 = llvm.getelementptr %v38[%v542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v544, %v604 : f32, !llvm.ptr<3>
      }
      scf.if %v547 {
        %v605 = llvm.getelementptr %v38[%v557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v559, %v605 : f32, !llvm.ptr<3>
      }
      scf.if %v562 {
        %v606 = llvm.getelementptr %v38[%v572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v574, %v606 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v607 = arith.divui %v45, %v95 : i64
      %v608 = arith.remui %v45, %v95 : i64
      %v609 = arith.addi %v607, %v62 : i64
      %v610 = arith.constant true
      %v611 = arith.addi %v47, %v609 : i64
      %v612 = llvm.getelementptr %v37[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v613 = llvm.load %v612 : !llvm.ptr<3> -> i64
      %v614 = arith.addi %v92, %v608 : i64
      %v615 = arith.cmpi slt, %v614, %v94 : i64
      %v616 = arith.subi %size_L, %v2 : i64
      %v617 = arith.minsi %v614, %v616 : i64
      %v618 = arith.addi %v613, %v617 : i64
      %v619 = arith.muli %v611, %v108 : i64
      %v620 = arith.addi %v619, %v608 : i64
      %v621 = llvm.getelementptr %in_delta[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v622 = llvm.load %v621 : !llvm.ptr -> f32
      %v623 = arith.addi %v607, %v86 : i64
      %v624 = arith.constant true
      %v625 = arith.addi %v47, %v623 : i64
      %v626 = llvm.getelementptr %v37[%v625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v627 = llvm.load %v626 : !llvm.ptr<3> -> i64
      %v628 = arith.addi %v92, %v608 : i64
      %v629 = arith.cmpi slt, %v628, %v94 : i64
      %v630 = arith.subi %size_L, %v2 : i64
      %v631 = arith.minsi %v628, %v630 : i64
      %v632 = arith.addi %v627, %v631 : i64
      %v633 = arith.muli %v625, %v108 : i64
      %v634 = arith.addi %v633, %v608 : i64
      %v635 = llvm.getelementptr %in_delta[%v632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v636 = llvm.load %v635 : !llvm.ptr -> f32
      %v637 = arith.addi %v607, %v127 : i64
      %v638 = arith.constant true
      %v639 = arith.addi %v47, %v637 : i64
      %v640 = llvm.getelementptr %v37[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v641 = llvm.load %v640 : !llvm.ptr<3> -> i64
      %v642 = arith.addi %v92, %v608 : i64
      %v643 = arith.cmpi slt, %v642, %v94 : i64
      %v644 = arith.subi %size_L, %v2 : i64
      %v645 = arith.minsi %v642, %v644 : i64
      %v646 = arith.addi %v641, %v645 : i64
      %v647 = arith.muli %v639, %v108 : i64
      %v648 = arith.addi %v647, %v608 : i64
      %v649 = llvm.getelementptr %in_delta[%v646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v650 = llvm.load %v649 : !llvm.ptr -> f32
      %v651 = arith.addi %v607, %v142 : i64
      %v652 = arith.constant true
      %v653 = arith.addi %v47, %v651 : i64
      %v654 = llvm.getelementptr %v37[%v653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v655 = llvm.load %v654 : !llvm.ptr<3> -> i64
      %v656 = arith.addi %v92, %v608 : i64
      %v657 = arith.cmpi slt, %v656, %v94 : i64
      %v658 = arith.subi %size_L, %v2 : i64
      %v659 = arith.minsi %v656, %v658 : i64
      %v660 = arith.addi %v655, %v659 : i64
      %v661 = arith.muli %v653, %v108 : i64
      %v662 = arith.addi %v661, %v608 : i64
      %v663 = llvm.getelementptr %in_delta[%v660] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v664 = llvm.load %v663 : !llvm.ptr -> f32
      %v665 = arith.addi %v607, %v157 : i64
      %v666 = arith.constant true
      %v667 = arith.addi %v47, %v665 : i64
      %v668 = llvm.getelementptr %v37[%v667] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v669 = llvm.load %v668 : !llvm.ptr<3> -> i64
      %v670 = arith.addi %v92, %v608 : i64
      %v671 = arith.cmpi slt, %v670, %v94 : i64
      %v672 = arith.subi %size_L, %v2 : i64
      %v673 = arith.minsi %v670, %v672 : i64
      %v674 = arith.addi %v669, %v673 : i64
      %v675 = arith.muli %v667, %v108 : i64
      %v676 = arith.addi %v675, %v608 : i64
      %v677 = llvm.getelementptr %in_delta[%v674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v678 = llvm.load %v677 : !llvm.ptr -> f32
      %v679 = arith.addi %v607, %v172 : i64
      %v680 = arith.constant true
      %v681 = arith.addi %v47, %v679 : i64
      %v682 = llvm.getelementptr %v37[%v681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v683 = llvm.load %v682 : !llvm.ptr<3> -> i64
      %v684 = arith.addi %v92, %v608 : i64
      %v685 = arith.cmpi slt, %v684, %v94 : i64
      %v686 = arith.subi %size_L, %v2 : i64
      %v687 = arith.minsi %v684, %v686 : i64
      %v688 = arith.addi %v683, %v687 : i64
      %v689 = arith.muli %v681, %v108 : i64
      %v690 = arith.addi %v689, %v608 : i64
      %v691 = llvm.getelementptr %in_delta[%v688] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v692 = llvm.load %v691 : !llvm.ptr -> f32
      %v693 = arith.addi %v607, %v187 : i64
      %v694 = arith.constant true
      %v695 = arith.addi %v47, %v693 : i64
      %v696 = llvm.getelementptr %v37[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v697 = llvm.load %v696 : !llvm.ptr<3> -> i64
      %v698 = arith.addi %v92, %v608 : i64
      %v699 = arith.cmpi slt, %v698, %v94 : i64
      %v700 = arith.subi %size_L, %v2 : i64
      %v701 = arith.minsi %v698, %v700 : i64
      %v702 = arith.addi %v697, %v701 : i64
      %v703 = arith.muli %v695, %v108 : i64
      %v704 = arith.addi %v703, %v608 : i64
      %v705 = llvm.getelementptr %in_delta[%v702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v706 = llvm.load %v705 : !llvm.ptr -> f32
      %v707 = arith.addi %v607, %v202 : i64
      %v708 = arith.constant true
      %v709 = arith.addi %v47, %v707 : i64
      %v710 = llvm.getelementptr %v37[%v709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v711 = llvm.load %v710 : !llvm.ptr<3> -> i64
      %v712 = arith.addi %v92, %v608 : i64
      %v713 = arith.cmpi slt, %v712, %v94 : i64
      %v714 = arith.subi %size_L, %v2 : i64
      %v715 = arith.minsi %v712, %v714 : i64
      %v716 = arith.addi %v711, %v715 : i64
      %v717 = arith.muli %v709, %v108 : i64
      %v718 = arith.addi %v717, %v608 : i64
      %v719 = llvm.getelementptr %in_delta[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v720 = llvm.load %v719 : !llvm.ptr -> f32
      %v721 = arith.addi %v607, %v1 : i64
      %v722 = arith.constant true
      %v723 = arith.addi %v47, %v721 : i64
      %v724 = llvm.getelementptr %v37[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v725 = llvm.load %v724 : !llvm.ptr<3> -> i64
      %v726 = arith.addi %v92, %v608 : i64
      %v727 = arith.cmpi slt, %v726, %v94 : i64
      %v728 = arith.subi %size_L, %v2 : i64
      %v729 = arith.minsi %v726, %v728 : i64
      %v730 = arith.addi %v725, %v729 : i64
      %v731 = arith.muli %v723, %v108 : i64
      %v732 = arith.addi %v731, %v608 : i64
      %v733 = llvm.getelementptr %in_delta[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v734 = llvm.load %v733 : !llvm.ptr -> f32
      %v735 = arith.addi %v607, %v231 : i64
      %v736 = arith.constant true
      %v737 = arith.addi %v47, %v735 : i64
      %v738 = llvm.getelementptr %v37[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
      %v740 = arith.addi %v92, %v608 : i64
      %v741 = arith.cmpi slt, %v740, %v94 : i64
      %v742 = arith.subi %size_L, %v2 : i64
      %v743 = arith.minsi %v740, %v742 : i64
      %v744 = arith.addi %v739, %v743 : i64
      %v745 = arith.muli %v737, %v108 : i64
      %v746 = arith.addi %v745, %v608 : i64
      %v747 = llvm.getelementptr %in_delta[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v748 = llvm.load %v747 : !llvm.ptr -> f32
      %v749 = arith.addi %v607, %v246 : i64
      %v750 = arith.constant true
      %v751 = arith.addi %v47, %v749 : i64
      %v752 = llvm.getelementptr %v37[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v753 = llvm.load %v752 : !llvm.ptr<3> -> i64
      %v754 = arith.addi %v92, %v608 : i64
      %v755 = arith.cmpi slt, %v754, %v94 : i64
      %v756 = arith.subi %size_L, %v2 : i64
      %v757 = arith.minsi %v754, %v756 : i64
      %v758 = arith.addi %v753, %v757 : i64
      %v759 = arith.muli %v751, %v108 : i64
      %v760 = arith.addi %v759, %v608 : i64
      %v761 = llvm.getelementptr %in_delta[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v762 = llvm.load %v761 : !llvm.ptr -> f32
      %v763 = arith.addi %v607, %v261 : i64
      %v764 = arith.constant true
      %v765 = arith.addi %v47, %v763 : i64
      %v766 = llvm.getelementptr %v37[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
      %v768 = arith.addi %v92, %v608 : i64
      %v769 = arith.cmpi slt, %v768, %v94 : i64
      %v770 = arith.subi %size_L, %v2 : i64
      %v771 = arith.minsi %v768, %v770 : i64
      %v772 = arith.addi %v767, %v771 : i64
      %v773 = arith.muli %v765, %v108 : i64
      %v774 = arith.addi %v773, %v608 : i64
      %v775 = llvm.getelementptr %in_delta[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v776 = llvm.load %v775 : !llvm.ptr -> f32
      %v777 = arith.addi %v607, %v276 : i64
      %v778 = arith.constant true
      %v779 = arith.addi %v47, %v777 : i64
      %v780 = llvm.getelementptr %v37[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
      %v782 = arith.addi %v92, %v608 : i64
      %v783 = arith.cmpi slt, %v782, %v94 : i64
      %v784 = arith.subi %size_L, %v2 : i64
      %v785 = arith.minsi %v782, %v784 : i64
      %v786 = arith.addi %v781, %v785 : i64
      %v787 = arith.muli %v779, %v108 : i64
      %v788 = arith.addi %v787, %v608 : i64
      %v789 = llvm.getelementptr %in_delta[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v790 = llvm.load %v789 : !llvm.ptr -> f32
      %v791 = arith.addi %v607, %v291 : i64
      %v792 = arith.constant true
      %v793 = arith.addi %v47, %v791 : i64
      %v794 = llvm.getelementptr %v37[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v795 = llvm.load %v794 : !llvm.ptr<3> -> i64
      %v796 = arith.addi %v92, %v608 : i64
      %v797 = arith.cmpi slt, %v796, %v94 : i64
      %v798 = arith.subi %size_L, %v2 : i64
      %v799 = arith.minsi %v796, %v798 : i64
      %v800 = arith.addi %v795, %v799 : i64
      %v801 = arith.muli %v793, %v108 : i64
      %v802 = arith.addi %v801, %v608 : i64
      %v803 = llvm.getelementptr %in_delta[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v805 = arith.addi %v607, %v306 : i64
      %v806 = arith.constant true
      %v807 = arith.addi %v47, %v805 : i64
      %v808 = llvm.getelementptr %v37[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v809 = llvm.load %v808 : !llvm.ptr<3> -> i64
      %v810 = arith.addi %v92, %v608 : i64
      %v811 = arith.cmpi slt, %v810, %v94 : i64
      %v812 = arith.subi %size_L, %v2 : i64
      %v813 = arith.minsi %v810, %v812 : i64
      %v814 = arith.addi %v809, %v813 : i64
      %v815 = arith.muli %v807, %v108 : i64
      %v816 = arith.addi %v815, %v608 : i64
      %v817 = llvm.getelementptr %in_delta[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v818 = llvm.load %v817 : !llvm.ptr -> f32
      %v819 = arith.addi %v607, %v321 : i64
      %v820 = arith.constant true
      %v821 = arith.addi %v47, %v819 : i64
      %v822 = llvm.getelementptr %v37[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v823 = llvm.load %v822 : !llvm.ptr<3> -> i64
      %v824 = arith.addi %v92, %v608 : i64
      %v825 = arith.cmpi slt, %v824, %v94 : i64
      %v826 = arith.subi %size_L, %v2 : i64
      %v827 = arith.minsi %v824, %v826 : i64
      %v828 = arith.addi %v823, %v827 : i64
      %v829 = arith.muli %v821, %v108 : i64
      %v830 = arith.addi %v829, %v608 : i64
      %v831 = llvm.getelementptr %in_delta[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v607, %v95 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v47, %v833 : i64
      %v836 = llvm.getelementptr %v37[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.addi %v92, %v608 : i64
      %v839 = arith.cmpi slt, %v838, %v94 : i64
      %v840 = arith.subi %size_L, %v2 : i64
      %v841 = arith.minsi %v838, %v840 : i64
      %v842 = arith.addi %v837, %v841 : i64
      %v843 = arith.muli %v835, %v108 : i64
      %v844 = arith.addi %v843, %v608 : i64
      %v845 = llvm.getelementptr %in_delta[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v846 = llvm.load %v845 : !llvm.ptr -> f32
      %v847 = arith.addi %v607, %v350 : i64
      %v848 = arith.constant true
      %v849 = arith.addi %v47, %v847 : i64
      %v850 = llvm.getelementptr %v37[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v851 = llvm.load %v850 : !llvm.ptr<3> -> i64
      %v852 = arith.addi %v92, %v608 : i64
      %v853 = arith.cmpi slt, %v852, %v94 : i64
      %v854 = arith.subi %size_L, %v2 : i64
      %v855 = arith.minsi %v852, %v854 : i64
      %v856 = arith.addi %v851, %v855 : i64
      %v857 = arith.muli %v849, %v108 : i64
      %v858 = arith.addi %v857, %v608 : i64
      %v859 = llvm.getelementptr %in_delta[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v860 = llvm.load %v859 : !llvm.ptr -> f32
      %v861 = arith.addi %v607, %v365 : i64
      %v862 = arith.constant true
      %v863 = arith.addi %v47, %v861 : i64
      %v864 = llvm.getelementptr %v37[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v865 = llvm.load %v864 : !llvm.ptr<3> -> i64
      %v866 = arith.addi %v92, %v608 : i64
      %v867 = arith.cmpi slt, %v866, %v94 : i64
      %v868 = arith.subi %size_L, %v2 : i64
      %v869 = arith.minsi %v866, %v868 : i64
      %v870 = arith.addi %v865, %v869 : i64
      %v871 = arith.muli %v863, %v108 : i64
      %v872 = arith.addi %v871, %v608 : i64
      %v873 = llvm.getelementptr %in_delta[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v874 = llvm.load %v873 : !llvm.ptr -> f32
      %v875 = arith.addi %v607, %v380 : i64
      %v876 = arith.constant true
      %v877 = arith.addi %v47, %v875 : i64
      %v878 = llvm.getelementptr %v37[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v879 = llvm.load %v878 : !llvm.ptr<3> -> i64
      %v880 = arith.addi %v92, %v608 : i64
      %v881 = arith.cmpi slt, %v880, %v94 : i64
      %v882 = arith.subi %size_L, %v2 : i64
      %v883 = arith.minsi %v880, %v882 : i64
      %v884 = arith.addi %v879, %v883 : i64
      %v885 = arith.muli %v877, %v108 : i64
      %v886 = arith.addi %v885, %v608 : i64
      %v887 = llvm.getelementptr %in_delta[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v888 = llvm.load %v887 : !llvm.ptr -> f32
      %v889 = arith.addi %v607, %v395 : i64
      %v890 = arith.constant true
      %v891 = arith.addi %v47, %v889 : i64
      %v892 = llvm.getelementptr %v37[%v891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v893 = llvm.load %v892 : !llvm.ptr<3> -> i64
      %v894 = arith.addi %v92, %v608 : i64
      %v895 = arith.cmpi slt, %v894, %v94 : i64
      %v896 = arith.subi %size_L, %v2 : i64
      %v897 = arith.minsi %v894, %v896 : i64
      %v898 = arith.addi %v893, %v897 : i64
      %v899 = arith.muli %v891, %v108 : i64
      %v900 = arith.addi %v899, %v608 : i64
      %v901 = llvm.getelementptr %in_delta[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v902 = llvm.load %v901 : !llvm.ptr -> f32
      %v903 = arith.addi %v607, %v410 : i64
      %v904 = arith.constant true
      %v905 = arith.addi %v47, %v903 : i64
      %v906 = llvm.getelementptr %v37[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v907 = llvm.load %v906 : !llvm.ptr<3> -> i64
      %v908 = arith.addi %v92, %v608 : i64
      %v909 = arith.cmpi slt, %v908, %v94 : i64
      %v910 = arith.subi %size_L, %v2 : i64
      %v911 = arith.minsi %v908, %v910 : i64
      %v912 = arith.addi %v907, %v911 : i64
      %v913 = arith.muli %v905, %v108 : i64
      %v914 = arith.addi %v913, %v608 : i64
      %v915 = llvm.getelementptr %in_delta[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v916 = llvm.load %v915 : !llvm.ptr -> f32
      %v917 = arith.addi %v607, %v425 : i64
      %v918 = arith.constant true
      %v919 = arith.addi %v47, %v917 : i64
      %v920 = llvm.getelementptr %v37[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v921 = llvm.load %v920 : !llvm.ptr<3> -> i64
      %v922 = arith.addi %v92, %v608 : i64
      %v923 = arith.cmpi slt, %v922, %v94 : i64
      %v924 = arith.subi %size_L, %v2 : i64
      %v925 = arith.minsi %v922, %v924 : i64
      %v926 = arith.addi %v921, %v925 : i64
      %v927 = arith.muli %v919, %v108 : i64
      %v928 = arith.addi %v927, %v608 : i64
      %v929 = llvm.getelementptr %in_delta[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v930 = llvm.load %v929 : !llvm.ptr -> f32
      %v931 = arith.addi %v607, %v440 : i64
      %v932 = arith.constant true
      %v933 = arith.addi %v47, %v931 : i64
      %v934 = llvm.getelementptr %v37[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v935 = llvm.load %v934 : !llvm.ptr<3> -> i64
      %v936 = arith.addi %v92, %v608 : i64
      %v937 = arith.cmpi slt, %v936, %v94 : i64
      %v938 = arith.subi %size_L, %v2 : i64
      %v939 = arith.minsi %v936, %v938 : i64
      %v940 = arith.addi %v935, %v939 : i64
      %v941 = arith.muli %v933, %v108 : i64
      %v942 = arith.addi %v941, %v608 : i64
      %v943 = llvm.getelementptr %in_delta[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v944 = llvm.load %v943 : !llvm.ptr -> f32
      %v945 = arith.addi %v607, %v455 : i64
      %v946 = arith.constant true
      %v947 = arith.addi %v47, %v945 : i64
      %v948 = llvm.getelementptr %v37[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
      %v950 = arith.addi %v92, %v608 : i64
      %v951 = arith.cmpi slt, %v950, %v94 : i64
      %v952 = arith.subi %size_L, %v2 : i64
      %v953 = arith.minsi %v950, %v952 : i64
      %v954 = arith.addi %v949, %v953 : i64
      %v955 = arith.muli %v947, %v108 : i64
      %v956 = arith.addi %v955, %v608 : i64
      %v957 = llvm.getelementptr %in_delta[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v958 = llvm.load %v957 : !llvm.ptr -> f32
      %v959 = arith.addi %v607, %v470 : i64
      %v960 = arith.constant true
      %v961 = arith.addi %v47, %v959 : i64
      %v962 = llvm.getelementptr %v37[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v963 = llvm.load %v962 : !llvm.ptr<3> -> i64
      %v964 = arith.addi %v92, %v608 : i64
      %v965 = arith.cmpi slt, %v964, %v94 : i64
      %v966 = arith.subi %size_L, %v2 : i64
      %v967 = arith.minsi %v964, %v966 : i64
      %v968 = arith.addi %v963, %v967 : i64
      %v969 = arith.muli %v961, %v108 : i64
      %v970 = arith.addi %v969, %v608 : i64
      %v971 = llvm.getelementptr %in_delta[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v972 = llvm.load %v971 : !llvm.ptr -> f32
      %v973 = arith.addi %v607, %v485 : i64
      %v974 = arith.constant true
      %v975 = arith.addi %v47, %v973 : i64
      %v976 = llvm.getelementptr %v37[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v977 = llvm.load %v976 : !llvm.ptr<3> -> i64
      %v978 = arith.addi %v92, %v608 : i64
      %v979 = arith.cmpi slt, %v978, %v94 : i64
      %v980 = arith.subi %size_L, %v2 : i64
      %v981 = arith.minsi %v978, %v980 : i64
      %v982 = arith.addi %v977, %v981 : i64
      %v983 = arith.muli %v975, %v108 : i64
      %v984 = arith.addi %v983, %v608 : i64
      %v985 = llvm.getelementptr %in_delta[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      %v987 = arith.addi %v607, %v500 : i64
      %v988 = arith.constant true
      %v989 = arith.addi %v47, %v987 : i64
      %v990 = llvm.getelementptr %v37[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v991 = llvm.load %v990 : !llvm.ptr<3> -> i64
      %v992 = arith.addi %v92, %v608 : i64
      %v993 = arith.cmpi slt, %v992, %v94 : i64
      %v994 = arith.subi %size_L, %v2 : i64
      %v995 = arith.minsi %v992, %v994 : i64
      %v996 = arith.addi %v991, %v995 : i64
      %v997 = arith.muli %v989, %v108 : i64
      %v998 = arith.addi %v997, %v608 : i64
      %v999 = llvm.getelementptr %in_delta[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1000 = llvm.load %v999 : !llvm.ptr -> f32
      %v1001 = arith.addi %v607, %v515 : i64
      %v1002 = arith.constant true
      %v1003 = arith.addi %v47, %v1001 : i64
      %v1004 = llvm.getelementptr %v37[%v1003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1005 = llvm.load %v1004 : !llvm.ptr<3> -> i64
      %v1006 = arith.addi %v92, %v608 : i64
      %v1007 = arith.cmpi slt, %v1006, %v94 : i64
      %v1008 = arith.subi %size_L, %v2 : i64
      %v1009 = arith.minsi %v1006, %v1008 : i64
      %v1010 = arith.addi %v1005, %v1009 : i64
      %v1011 = arith.muli %v1003, %v108 : i64
      %v1012 = arith.addi %v1011, %v608 : i64
      %v1013 = llvm.getelementptr %in_delta[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
      %v1015 = arith.addi %v607, %v530 : i64
      %v1016 = arith.constant true
      %v1017 = arith.addi %v47, %v1015 : i64
      %v1018 = llvm.getelementptr %v37[%v1017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1019 = llvm.load %v1018 : !llvm.ptr<3> -> i64
      %v1020 = arith.addi %v92, %v608 : i64
      %v1021 = arith.cmpi slt, %v1020, %v94 : i64
      %v1022 = arith.subi %size_L, %v2 : i64
      %v1023 = arith.minsi %v1020, %v1022 : i64
      %v1024 = arith.addi %v1019, %v1023 : i64
      %v1025 = arith.muli %v1017, %v108 : i64
      %v1026 = arith.addi %v1025, %v608 : i64
      %v1027 = llvm.getelementptr %in_delta[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
      %v1029 = arith.addi %v607, %v545 : i64
      %v1030 = arith.constant true
      %v1031 = arith.addi %v47, %v1029 : i64
      %v1032 = llvm.getelementptr %v37[%v1031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1033 = llvm.load %v1032 : !llvm.ptr<3> -> i64
      %v1034 = arith.addi %v92, %v608 : i64
      %v1035 = arith.cmpi slt, %v1034, %v94 : i64
      %v1036 = arith.subi %size_L, %v2 : i64
      %v1037 = arith.minsi %v1034, %v1036 : i64
      %v1038 = arith.addi %v1033, %v1037 : i64
      %v1039 = arith.muli %v1031, %v108 : i64
      %v1040 = arith.addi %v1039, %v608 : i64
      %v1041 = llvm.getelementptr %in_delta[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      %v1043 = arith.addi %v607, %v560 : i64
      %v1044 = arith.constant true
      %v1045 = arith.addi %v47, %v1043 : i64
      %v1046 = llvm.getelementptr %v37[%v1045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1047 = llvm.load %v1046 : !llvm.ptr<3> -> i64
      %v1048 = arith.addi %v92, %v608 : i64
      %v1049 = arith.cmpi slt, %v1048, %v94 : i64
      %v1050 = arith.subi %size_L, %v2 : i64
      %v1051 = arith.minsi %v1048, %v1050 : i64
      %v1052 = arith.addi %v1047, %v1051 : i64
      %v1053 = arith.muli %v1045, %v108 : i64
      %v1054 = arith.addi %v1053, %v608 : i64
      %v1055 = llvm.getelementptr %in_delta[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1056 = llvm.load %v1055 : !llvm.ptr -> f32
      scf.if %v610 {
        %v1057 = llvm.getelementptr %v38[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v622, %v1057 : f32, !llvm.ptr<3>
      }
      scf.if %v624 {
        %v1058 = llvm.getelementptr %v38[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v636, %v1058 : f32, !llvm.ptr<3>
      }
      scf.if %v638 {
        %v1059 = llvm.getelementptr %v38[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v650, %v1059 : f32, !llvm.ptr<3>
      }
      scf.if %v652 {
        %v1060 = llvm.getelementptr %v38[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v664, %v1060 : f32, !llvm.ptr<3>
      }
      scf.if %v666 {
        %v1061 = llvm.getelementptr %v38[%v676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v678, %v1061 : f32, !llvm.ptr<3>
      }
      scf.if %v680 {
        %v1062 = llvm.getelementptr %v38[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v692, %v1062 : f32, !llvm.ptr<3>
      }
      scf.if %v694 {
        %v1063 = llvm.getelementptr %v38[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v706, %v1063 : f32, !llvm.ptr<3>
      }
      scf.if %v708 {
        %v1064 = llvm.getelementptr %v38[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v720, %v1064 : f32, !llvm.ptr<3>
      }
      scf.if %v722 {
        %v1065 = llvm.getelementptr %v38[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v734, %v1065 : f32, !llvm.ptr<3>
      }
      scf.if %v736 {
        %v1066 = llvm.getelementptr %v38[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v1066 : f32, !llvm.ptr<3>
      }
      scf.if %v750 {
        %v1067 = llvm.getelementptr %v38[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v762, %v1067 : f32, !llvm.ptr<3>
      }
      scf.if %v764 {
        %v1068 = llvm.getelementptr %v38[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1068 : f32, !llvm.ptr<3>
      }
      scf.if %v778 {
        %v1069 = llvm.getelementptr %v38[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v790, %v1069 : f32, !llvm.ptr<3>
      }
      scf.if %v792 {
        %v1070 = llvm.getelementptr %v38[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v804, %v1070 : f32, !llvm.ptr<3>
      }
      scf.if %v806 {
        %v1071 = llvm.getelementptr %v38[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v818, %v1071 : f32, !llvm.ptr<3>
      }
      scf.if %v820 {
        %v1072 = llvm.getelementptr %v38[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1072 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1073 = llvm.getelementptr %v38[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v846, %v1073 : f32, !llvm.ptr<3>
      }
      scf.if %v848 {
        %v1074 = llvm.getelementptr %v38[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v860, %v1074 : f32, !llvm.ptr<3>
      }
      scf.if %v862 {
        %v1075 = llvm.getelementptr %v38[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v874, %v1075 : f32, !llvm.ptr<3>
      }
      scf.if %v876 {
        %v1076 = llvm.getelementptr %v38[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v888, %v1076 : f32, !llvm.ptr<3>
      }
      scf.if %v890 {
        %v1077 = llvm.getelementptr %v38[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v902, %v1077 : f32, !llvm.ptr<3>
      }
      scf.if %v904 {
        %v1078 = llvm.getelementptr %v38[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v916, %v1078 : f32, !llvm.ptr<3>
      }
      scf.if %v918 {
        %v1079 = llvm.getelementptr %v38[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1079 : f32, !llvm.ptr<3>
      }
      scf.if %v932 {
        %v1080 = llvm.getelementptr %v38[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v944, %v1080 : f32, !llvm.ptr<3>
      }
      scf.if %v946 {
        %v1081 = llvm.getelementptr %v38[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v958, %v1081 : f32, !llvm.ptr<3>
      }
      scf.if %v960 {
        %v1082 = llvm.getelementptr %v38[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v972, %v1082 : f32, !llvm.ptr<3>
      }
      scf.if %v974 {
        %v1083 = llvm.getelementptr %v38[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1083 : f32, !llvm.ptr<3>
      }
      scf.if %v988 {
        %v1084 = llvm.getelementptr %v38[%v998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1000, %v1084 : f32, !llvm.ptr<3>
      }
      scf.if %v1002 {
        %v1085 = llvm.getelementptr %v38[%v1012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1014, %v1085 : f32, !llvm.ptr<3>
      }
      scf.if %v1016 {
        %v1086 = llvm.getelementptr %v38[%v1026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1028, %v1086 : f32, !llvm.ptr<3>
      }
      scf.if %v1030 {
        %v1087 = llvm.getelementptr %v38[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1087 : f32, !llvm.ptr<3>
      }
      scf.if %v1044 {
        %v1088 = llvm.getelementptr %v38[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1056, %v1088 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1089 = arith.divui %v45, %v95 : i64
      %v1090 = arith.remui %v45, %v95 : i64
      %v1091 = arith.addi %v1089, %v62 : i64
      %v1092 = arith.constant true
      %v1094 = arith.addi %v1093, %v1091 : i64
      %v1095 = llvm.getelementptr %v37[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
      %v1097 = arith.addi %v92, %v1090 : i64
      %v1098 = arith.cmpi slt, %v1097, %v94 : i64
      %v1099 = arith.subi %size_L, %v2 : i64
      %v1100 = arith.minsi %v1097, %v1099 : i64
      %v1101 = arith.addi %v1096, %v1100 : i64
      %v1102 = arith.muli %v1094, %v108 : i64
      %v1103 = arith.addi %v1102, %v1090 : i64
      %v1104 = llvm.getelementptr %in_z[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
      %v1106 = arith.addi %v1089, %v86 : i64
      %v1107 = arith.constant true
      %v1108 = arith.addi %v1093, %v1106 : i64
      %v1109 = llvm.getelementptr %v37[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1110 = llvm.load %v1109 : !llvm.ptr<3> -> i64
      %v1111 = arith.addi %v92, %v1090 : i64
      %v1112 = arith.cmpi slt, %v1111, %v94 : i64
      %v1113 = arith.subi %size_L, %v2 : i64
      %v1114 = arith.minsi %v1111, %v1113 : i64
      %v1115 = arith.addi %v1110, %v1114 : i64
      %v1116 = arith.muli %v1108, %v108 : i64
      %v1117 = arith.addi %v1116, %v1090 : i64
      %v1118 = llvm.getelementptr %in_z[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
      %v1120 = arith.addi %v1089, %v127 : i64
      %v1121 = arith.constant true
      %v1122 = arith.addi %v1093, %v1120 : i64
      %v1123 = llvm.getelementptr %v37[%v1122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1124 = llvm.load %v1123 : !llvm.ptr<3> -> i64
      %v1125 = arith.addi %v92, %v1090 : i64
      %v1126 = arith.cmpi slt, %v1125, %v94 : i64
      %v1127 = arith.subi %size_L, %v2 : i64
      %v1128 = arith.minsi %v1125, %v1127 : i64
      %v1129 = arith.addi %v1124, %v1128 : i64
      %v1130 = arith.muli %v1122, %v108 : i64
      %v1131 = arith.addi %v1130, %v1090 : i64
      %v1132 = llvm.getelementptr %in_z[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
      %v1134 = arith.addi %v1089, %v142 : i64
      %v1135 = arith.constant true
      %v1136 = arith.addi %v1093, %v1134 : i64
      %v1137 = llvm.getelementptr %v37[%v1136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1138 = llvm.load %v1137 : !llvm.ptr<3> -> i64
      %v1139 = arith.addi %v92, %v1090 : i64
      %v1140 = arith.cmpi slt, %v1139, %v94 : i64
      %v1141 = arith.subi %size_L, %v2 : i64
      %v1142 = arith.minsi %v1139, %v1141 : i64
      %v1143 = arith.addi %v1138, %v1142 : i64
      %v1144 = arith.muli %v1136, %v108 : i64
      %v1145 = arith.addi %v1144, %v1090 : i64
      %v1146 = llvm.getelementptr %in_z[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
      %v1148 = arith.addi %v1089, %v157 : i64
      %v1149 = arith.constant true
      %v1150 = arith.addi %v1093, %v1148 : i64
      %v1151 = llvm.getelementptr %v37[%v1150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1152 = llvm.load %v1151 : !llvm.ptr<3> -> i64
      %v1153 = arith.addi %v92, %v1090 : i64
      %v1154 = arith.cmpi slt, %v1153, %v94 : i64
      %v1155 = arith.subi %size_L, %v2 : i64
      %v1156 = arith.minsi %v1153, %v1155 : i64
      %v1157 = arith.addi %v1152, %v1156 : i64
      %v1158 = arith.muli %v1150, %v108 : i64
      %v1159 = arith.addi %v1158, %v1090 : i64
      %v1160 = llvm.getelementptr %in_z[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
      %v1162 = arith.addi %v1089, %v172 : i64
      %v1163 = arith.constant true
      %v1164 = arith.addi %v1093, %v1162 : i64
      %v1165 = llvm.getelementptr %v37[%v1164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1166 = llvm.load %v1165 : !llvm.ptr<3> -> i64
      %v1167 = arith.addi %v92, %v1090 : i64
      %v1168 = arith.cmpi slt, %v1167, %v94 : i64
      %v1169 = arith.subi %size_L, %v2 : i64
      %v1170 = arith.minsi %v1167, %v1169 : i64
      %v1171 = arith.addi %v1166, %v1170 : i64
      %v1172 = arith.muli %v1164, %v108 : i64
      %v1173 = arith.addi %v1172, %v1090 : i64
      %v1174 = llvm.getelementptr %in_z[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
      %v1176 = arith.addi %v1089, %v187 : i64
      %v1177 = arith.constant true
      %v1178 = arith.addi %v1093, %v1176 : i64
      %v1179 = llvm.getelementptr %v37[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1180 = llvm.load %v1179 : !llvm.ptr<3> -> i64
      %v1181 = arith.addi %v92, %v1090 : i64
      %v1182 = arith.cmpi slt, %v1181, %v94 : i64
      %v1183 = arith.subi %size_L, %v2 : i64
      %v1184 = arith.minsi %v1181, %v1183 : i64
      %v1185 = arith.addi %v1180, %v1184 : i64
      %v1186 = arith.muli %v1178, %v108 : i64
      %v1187 = arith.addi %v1186, %v1090 : i64
      %v1188 = llvm.getelementptr %in_z[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
      %v1190 = arith.addi %v1089, %v202 : i64
      %v1191 = arith.constant true
      %v1192 = arith.addi %v1093, %v1190 : i64
      %v1193 = llvm.getelementptr %v37[%v1192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1194 = llvm.load %v1193 : !llvm.ptr<3> -> i64
      %v1195 = arith.addi %v92, %v1090 : i64
      %v1196 = arith.cmpi slt, %v1195, %v94 : i64
      %v1197 = arith.subi %size_L, %v2 : i64
      %v1198 = arith.minsi %v1195, %v1197 : i64
      %v1199 = arith.addi %v1194, %v1198 : i64
      %v1200 = arith.muli %v1192, %v108 : i64
      %v1201 = arith.addi %v1200, %v1090 : i64
      %v1202 = llvm.getelementptr %in_z[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
      %v1204 = arith.addi %v1089, %v1 : i64
      %v1205 = arith.constant true
      %v1206 = arith.addi %v1093, %v1204 : i64
      %v1207 = llvm.getelementptr %v37[%v1206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1208 = llvm.load %v1207 : !llvm.ptr<3> -> i64
      %v1209 = arith.addi %v92, %v1090 : i64
      %v1210 = arith.cmpi slt, %v1209, %v94 : i64
      %v1211 = arith.subi %size_L, %v2 : i64
      %v1212 = arith.minsi %v1209, %v1211 : i64
      %v1213 = arith.addi %v1208, %v1212 : i64
      %v1214 = arith.muli %v1206, %v108 : i64
      %v1215 = arith.addi %v1214, %v1090 : i64
      %v1216 = llvm.getelementptr %in_z[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
      %v1218 = arith.addi %v1089, %v231 : i64
      %v1219 = arith.constant true
      %v1220 = arith.addi %v1093, %v1218 : i64
      %v1221 = llvm.getelementptr %v37[%v1220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1222 = llvm.load %v1221 : !llvm.ptr<3> -> i64
      %v1223 = arith.addi %v92, %v1090 : i64
      %v1224 = arith.cmpi slt, %v1223, %v94 : i64
      %v1225 = arith.subi %size_L, %v2 : i64
      %v1226 = arith.minsi %v1223, %v1225 : i64
      %v1227 = arith.addi %v1222, %v1226 : i64
      %v1228 = arith.muli %v1220, %v108 : i64
      %v1229 = arith.addi %v1228, %v1090 : i64
      %v1230 = llvm.getelementptr %in_z[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
      %v1232 = arith.addi %v1089, %v246 : i64
      %v1233 = arith.constant true
      %v1234 = arith.addi %v1093, %v1232 : i64
      %v1235 = llvm.getelementptr %v37[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1236 = llvm.load %v1235 : !llvm.ptr<3> -> i64
      %v1237 = arith.addi %v92, %v1090 : i64
      %v1238 = arith.cmpi slt, %v1237, %v94 : i64
      %v1239 = arith.subi %size_L, %v2 : i64
      %v1240 = arith.minsi %v1237, %v1239 : i64
      %v1241 = arith.addi %v1236, %v1240 : i64
      %v1242 = arith.muli %v1234, %v108 : i64
      %v1243 = arith.addi %v1242, %v1090 : i64
      %v1244 = llvm.getelementptr %in_z[%v1241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1245 = llvm.load %v1244 : !llvm.ptr -> f32
      %v1246 = arith.addi %v1089, %v261 : i64
      %v1247 = arith.constant true
      %v1248 = arith.addi %v1093, %v1246 : i64
      %v1249 = llvm.getelementptr %v37[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1250 = llvm.load %v1249 : !llvm.ptr<3> -> i64
      %v1251 = arith.addi %v92, %v1090 : i64
      %v1252 = arith.cmpi slt, %v1251, %v94 : i64
      %v1253 = arith.subi %size_L, %v2 : i64
      %v1254 = arith.minsi %v1251, %v1253 : i64
      %v1255 = arith.addi %v1250, %v1254 : i64
      %v1256 = arith.muli %v1248, %v108 : i64
      %v1257 = arith.addi %v1256, %v1090 : i64
      %v1258 = llvm.getelementptr %in_z[%v1255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1259 = llvm.load %v1258 : !llvm.ptr -> f32
      %v1260 = arith.addi %v1089, %v276 : i64
      %v1261 = arith.constant true
      %v1262 = arith.addi %v1093, %v1260 : i64
      %v1263 = llvm.getelementptr %v37[%v1262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1264 = llvm.load %v1263 : !llvm.ptr<3> -> i64
      %v1265 = arith.addi %v92, %v1090 : i64
      %v1266 = arith.cmpi slt, %v1265, %v94 : i64
      %v1267 = arith.subi %size_L, %v2 : i64
      %v1268 = arith.minsi %v1265, %v1267 : i64
      %v1269 = arith.addi %v1264, %v1268 : i64
      %v1270 = arith.muli %v1262, %v108 : i64
      %v1271 = arith.addi %v1270, %v1090 : i64
      %v1272 = llvm.getelementptr %in_z[%v1269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1273 = llvm.load %v1272 : !llvm.ptr -> f32
      %v1274 = arith.addi %v1089, %v291 : i64
      %v1275 = arith.constant true
      %v1276 = arith.addi %v1093, %v1274 : i64
      %v1277 = llvm.getelementptr %v37[%v1276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1278 = llvm.load %v1277 : !llvm.ptr<3> -> i64
      %v1279 = arith.addi %v92, %v1090 : i64
      %v1280 = arith.cmpi slt, %v1279, %v94 : i64
      %v1281 = arith.subi %size_L, %v2 : i64
      %v1282 = arith.minsi %v1279, %v1281 : i64
      %v1283 = arith.addi %v1278, %v1282 : i64
      %v1284 = arith.muli %v1276, %v108 : i64
      %v1285 = arith.addi %v1284, %v1090 : i64
      %v1286 = llvm.getelementptr %in_z[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
      %v1288 = arith.addi %v1089, %v306 : i64
      %v1289 = arith.constant true
      %v1290 = arith.addi %v1093, %v1288 : i64
      %v1291 = llvm.getelementptr %v37[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1292 = llvm.load %v1291 : !llvm.ptr<3> -> i64
      %v1293 = arith.addi %v92, %v1090 : i64
      %v1294 = arith.cmpi slt, %v1293, %v94 : i64
      %v1295 = arith.subi %size_L, %v2 : i64
      %v1296 = arith.minsi %v1293, %v1295 : i64
      %v1297 = arith.addi %v1292, %v1296 : i64
      %v1298 = arith.muli %v1290, %v108 : i64
      %v1299 = arith.addi %v1298, %v1090 : i64
      %v1300 = llvm.getelementptr %in_z[%v1297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1301 = llvm.load %v1300 : !llvm.ptr -> f32
      %v1302 = arith.addi %v1089, %v321 : i64
      %v1303 = arith.constant true
      %v1304 = arith.addi %v1093, %v1302 : i64
      %v1305 = llvm.getelementptr %v37[%v1304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1306 = llvm.load %v1305 : !llvm.ptr<3> -> i64
      %v1307 = arith.addi %v92, %v1090 : i64
      %v1308 = arith.cmpi slt, %v1307, %v94 : i64
      %v1309 = arith.subi %size_L, %v2 : i64
      %v1310 = arith.minsi %v1307, %v1309 : i64
      %v1311 = arith.addi %v1306, %v1310 : i64
      %v1312 = arith.muli %v1304, %v108 : i64
      %v1313 = arith.addi %v1312, %v1090 : i64
      %v1314 = llvm.getelementptr %in_z[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
      %v1316 = arith.addi %v1089, %v95 : i64
      %v1317 = arith.constant true
      %v1318 = arith.addi %v1093, %v1316 : i64
      %v1319 = llvm.getelementptr %v37[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1320 = llvm.load %v1319 : !llvm.ptr<3> -> i64
      %v1321 = arith.addi %v92, %v1090 : i64
      %v1322 = arith.cmpi slt, %v1321, %v94 : i64
      %v1323 = arith.subi %size_L, %v2 : i64
      %v1324 = arith.minsi %v1321, %v1323 : i64
      %v1325 = arith.addi %v1320, %v1324 : i64
      %v1326 = arith.muli %v1318, %v108 : i64
      %v1327 = arith.addi %v1326, %v1090 : i64
      %v1328 = llvm.getelementptr %in_z[%v1325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1329 = llvm.load %v1328 : !llvm.ptr -> f32
      %v1330 = arith.addi %v1089, %v350 : i64
      %v1331 = arith.constant true
      %v1332 = arith.addi %v1093, %v1330 : i64
      %v1333 = llvm.getelementptr %v37[%v1332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1334 = llvm.load %v1333 : !llvm.ptr<3> -> i64
      %v1335 = arith.addi %v92, %v1090 : i64
      %v1336 = arith.cmpi slt, %v1335, %v94 : i64
      %v1337 = arith.subi %size_L, %v2 : i64
      %v1338 = arith.minsi %v1335, %v1337 : i64
      %v1339 = arith.addi %v1334, %v1338 : i64
      %v1340 = arith.muli %v1332, %v108 : i64
      %v1341 = arith.addi %v1340, %v1090 : i64
      %v1342 = llvm.getelementptr %in_z[%v1339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1343 = llvm.load %v1342 : !llvm.ptr -> f32
      %v1344 = arith.addi %v1089, %v365 : i64
      %v1345 = arith.constant true
      %v1346 = arith.addi %v1093, %v1344 : i64
      %v1347 = llvm.getelementptr %v37[%v1346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1348 = llvm.load %v1347 : !llvm.ptr<3> -> i64
      %v1349 = arith.addi %v92, %v1090 : i64
      %v1350 = arith.cmpi slt, %v1349, %v94 : i64
      %v1351 = arith.subi %size_L, %v2 : i64
      %v1352 = arith.minsi %v1349, %v1351 : i64
      %v1353 = arith.addi %v1348, %v1352 : i64
      %v1354 = arith.muli %v1346, %v108 : i64
      %v1355 = arith.addi %v1354, %v1090 : i64
      %v1356 = llvm.getelementptr %in_z[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
      %v1358 = arith.addi %v1089, %v380 : i64
      %v1359 = arith.constant true
      %v1360 = arith.addi %v1093, %v1358 : i64
      %v1361 = llvm.getelementptr %v37[%v1360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1362 = llvm.load %v1361 : !llvm.ptr<3> -> i64
      %v1363 = arith.addi %v92, %v1090 : i64
      %v1364 = arith.cmpi slt, %v1363, %v94 : i64
      %v1365 = arith.subi %size_L, %v2 : i64
      %v1366 = arith.minsi %v1363, %v1365 : i64
      %v1367 = arith.addi %v1362, %v1366 : i64
      %v1368 = arith.muli %v1360, %v108 : i64
      %v1369 = arith.addi %v1368, %v1090 : i64
      %v1370 = llvm.getelementptr %in_z[%v1367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1371 = llvm.load %v1370 : !llvm.ptr -> f32
      %v1372 = arith.addi %v1089, %v395 : i64
      %v1373 = arith.constant true
      %v1374 = arith.addi %v1093, %v1372 : i64
      %v1375 = llvm.getelementptr %v37[%v1374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1376 = llvm.load %v1375 : !llvm.ptr<3> -> i64
      %v1377 = arith.addi %v92, %v1090 : i64
      %v1378 = arith.cmpi slt, %v1377, %v94 : i64
      %v1379 = arith.subi %size_L, %v2 : i64
      %v1380 = arith.minsi %v1377, %v1379 : i64
      %v1381 = arith.addi %v1376, %v1380 : i64
      %v1382 = arith.muli %v1374, %v108 : i64
      %v1383 = arith.addi %v1382, %v1090 : i64
      %v1384 = llvm.getelementptr %in_z[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1385 = llvm.load %v1384 : !llvm.ptr -> f32
      %v1386 = arith.addi %v1089, %v410 : i64
      %v1387 = arith.constant true
      %v1388 = arith.addi %v1093, %v1386 : i64
      %v1389 = llvm.getelementptr %v37[%v1388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1390 = llvm.load %v1389 : !llvm.ptr<3> -> i64
      %v1391 = arith.addi %v92, %v1090 : i64
      %v1392 = arith.cmpi slt, %v1391, %v94 : i64
      %v1393 = arith.subi %size_L, %v2 : i64
      %v1394 = arith.minsi %v1391, %v1393 : i64
      %v1395 = arith.addi %v1390, %v1394 : i64
      %v1396 = arith.muli %v1388, %v108 : i64
      %v1397 = arith.addi %v1396, %v1090 : i64
      %v1398 = llvm.getelementptr %in_z[%v1395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1399 = llvm.load %v1398 : !llvm.ptr -> f32
      %v1400 = arith.addi %v1089, %v425 : i64
      %v1401 = arith.constant true
      %v1402 = arith.addi %v1093, %v1400 : i64
      %v1403 = llvm.getelementptr %v37[%v1402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1404 = llvm.load %v1403 : !llvm.ptr<3> -> i64
      %v1405 = arith.addi %v92, %v1090 : i64
      %v1406 = arith.cmpi slt, %v1405, %v94 : i64
      %v1407 = arith.subi %size_L, %v2 : i64
      %v1408 = arith.minsi %v1405, %v1407 : i64
      %v1409 = arith.addi %v1404, %v1408 : i64
      %v1410 = arith.muli %v1402, %v108 : i64
      %v1411 = arith.addi %v1410, %v1090 : i64
      %v1412 = llvm.getelementptr %in_z[%v1409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1413 = llvm.load %v1412 : !llvm.ptr -> f32
      %v1414 = arith.addi %v1089, %v440 : i64
      %v1415 = arith.constant true
      %v1416 = arith.addi %v1093, %v1414 : i64
      %v1417 = llvm.getelementptr %v37[%v1416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1418 = llvm.load %v1417 : !llvm.ptr<3> -> i64
      %v1419 = arith.addi %v92, %v1090 : i64
      %v1420 = arith.cmpi slt, %v1419, %v94 : i64
      %v1421 = arith.subi %size_L, %v2 : i64
      %v1422 = arith.minsi %v1419, %v1421 : i64
      %v1423 = arith.addi %v1418, %v1422 : i64
      %v1424 = arith.muli %v1416, %v108 : i64
      %v1425 = arith.addi %v1424, %v1090 : i64
      %v1426 = llvm.getelementptr %in_z[%v1423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1427 = llvm.load %v1426 : !llvm.ptr -> f32
      %v1428 = arith.addi %v1089, %v455 : i64
      %v1429 = arith.constant true
      %v1430 = arith.addi %v1093, %v1428 : i64
      %v1431 = llvm.getelementptr %v37[%v1430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1432 = llvm.load %v1431 : !llvm.ptr<3> -> i64
      %v1433 = arith.addi %v92, %v1090 : i64
      %v1434 = arith.cmpi slt, %v1433, %v94 : i64
      %v1435 = arith.subi %size_L, %v2 : i64
      %v1436 = arith.minsi %v1433, %v1435 : i64
      %v1437 = arith.addi %v1432, %v1436 : i64
      %v1438 = arith.muli %v1430, %v108 : i64
      %v1439 = arith.addi %v1438, %v1090 : i64
      %v1440 = llvm.getelementptr %in_z[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
      %v1442 = arith.addi %v1089, %v470 : i64
      %v1443 = arith.constant true
      %v1444 = arith.addi %v1093, %v1442 : i64
      %v1445 = llvm.getelementptr %v37[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1446 = llvm.load %v1445 : !llvm.ptr<3> -> i64
      %v1447 = arith.addi %v92, %v1090 : i64
      %v1448 = arith.cmpi slt, %v1447, %v94 : i64
      %v1449 = arith.subi %size_L, %v2 : i64
      %v1450 = arith.minsi %v1447, %v1449 : i64
      %v1451 = arith.addi %v1446, %v1450 : i64
      %v1452 = arith.muli %v1444, %v108 : i64
      %v1453 = arith.addi %v1452, %v1090 : i64
      %v1454 = llvm.getelementptr %in_z[%v1451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1455 = llvm.load %v1454 : !llvm.ptr -> f32
      %v1456 = arith.addi %v1089, %v485 : i64
      %v1457 = arith.constant true
      %v1458 = arith.addi %v1093, %v1456 : i64
      %v1459 = llvm.getelementptr %v37[%v1458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1460 = llvm.load %v1459 : !llvm.ptr<3> -> i64
      %v1461 = arith.addi %v92, %v1090 : i64
      %v1462 = arith.cmpi slt, %v1461, %v94 : i64
      %v1463 = arith.subi %size_L, %v2 : i64
      %v1464 = arith.minsi %v1461, %v1463 : i64
      %v1465 = arith.addi %v1460, %v1464 : i64
      %v1466 = arith.muli %v1458, %v108 : i64
      %v1467 = arith.addi %v1466, %v1090 : i64
      %v1468 = llvm.getelementptr %in_z[%v1465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1469 = llvm.load %v1468 : !llvm.ptr -> f32
      %v1470 = arith.addi %v1089, %v500 : i64
      %v1471 = arith.constant true
      %v1472 = arith.addi %v1093, %v1470 : i64
      %v1473 = llvm.getelementptr %v37[%v1472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1474 = llvm.load %v1473 : !llvm.ptr<3> -> i64
      %v1475 = arith.addi %v92, %v1090 : i64
      %v1476 = arith.cmpi slt, %v1475, %v94 : i64
      %v1477 = arith.subi %size_L, %v2 : i64
      %v1478 = arith.minsi %v1475, %v1477 : i64
      %v1479 = arith.addi %v1474, %v1478 : i64
      %v1480 = arith.muli %v1472, %v108 : i64
      %v1481 = arith.addi %v1480, %v1090 : i64
      %v1482 = llvm.getelementptr %in_z[%v1479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1483 = llvm.load %v1482 : !llvm.ptr -> f32
      %v1484 = arith.addi %v1089, %v515 : i64
      %v1485 = arith.constant true
      %v1486 = arith.addi %v1093, %v1484 : i64
      %v1487 = llvm.getelementptr %v37[%v1486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1488 = llvm.load %v1487 : !llvm.ptr<3> -> i64
      %v1489 = arith.addi %v92, %v1090 : i64
      %v1490 = arith.cmpi slt, %v1489, %v94 : i64
      %v1491 = arith.subi %size_L, %v2 : i64
      %v1492 = arith.minsi %v1489, %v1491 : i64
      %v1493 = arith.addi %v1488, %v1492 : i64
      %v1494 = arith.muli %v1486, %v108 : i64
      %v1495 = arith.addi %v1494, %v1090 : i64
      %v1496 = llvm.getelementptr %in_z[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
      %v1498 = arith.addi %v1089, %v530 : i64
      %v1499 = arith.constant true
      %v1500 = arith.addi %v1093, %v1498 : i64
      %v1501 = llvm.getelementptr %v37[%v1500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1502 = llvm.load %v1501 : !llvm.ptr<3> -> i64
      %v1503 = arith.addi %v92, %v1090 : i64
      %v1504 = arith.cmpi slt, %v1503, %v94 : i64
      %v1505 = arith.subi %size_L, %v2 : i64
      %v1506 = arith.minsi %v1503, %v1505 : i64
      %v1507 = arith.addi %v1502, %v1506 : i64
      %v1508 = arith.muli %v1500, %v108 : i64
      %v1509 = arith.addi %v1508, %v1090 : i64
      %v1510 = llvm.getelementptr %in_z[%v1507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1511 = llvm.load %v1510 : !llvm.ptr -> f32
      %v1512 = arith.addi %v1089, %v545 : i64
      %v1513 = arith.constant true
      %v1514 = arith.addi %v1093, %v1512 : i64
      %v1515 = llvm.getelementptr %v37[%v1514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1516 = llvm.load %v1515 : !llvm.ptr<3> -> i64
      %v1517 = arith.addi %v92, %v1090 : i64
      %v1518 = arith.cmpi slt, %v1517, %v94 : i64
      %v1519 = arith.subi %size_L, %v2 : i64
      %v1520 = arith.minsi %v1517, %v1519 : i64
      %v1521 = arith.addi %v1516, %v1520 : i64
      %v1522 = arith.muli %v1514, %v108 : i64
      %v1523 = arith.addi %v1522, %v1090 : i64
      %v1524 = llvm.getelementptr %in_z[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
      %v1526 = arith.addi %v1089, %v560 : i64
      %v1527 = arith.constant true
      %v1528 = arith.addi %v1093, %v1526 : i64
      %v1529 = llvm.getelementptr %v37[%v1528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1530 = llvm.load %v1529 : !llvm.ptr<3> -> i64
      %v1531 = arith.addi %v92, %v1090 : i64
      %v1532 = arith.cmpi slt, %v1531, %v94 : i64
      %v1533 = arith.subi %size_L, %v2 : i64
      %v1534 = arith.minsi %v1531, %v1533 : i64
      %v1535 = arith.addi %v1530, %v1534 : i64
      %v1536 = arith.muli %v1528, %v108 : i64
      %v1537 = arith.addi %v1536, %v1090 : i64
      %v1538 = llvm.getelementptr %in_z[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1539 = llvm.load %v1538 : !llvm.ptr -> f32
      scf.if %v1092 {
        %v1540 = llvm.getelementptr %v38[%v1103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1105, %v1540 : f32, !llvm.ptr<3>
      }
      scf.if %v1107 {
        %v1541 = llvm.getelementptr %v38[%v1117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1119, %v1541 : f32, !llvm.ptr<3>
      }
      scf.if %v1121 {
        %v1542 = llvm.getelementptr %v38[%v1131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1133, %v1542 : f32, !llvm.ptr<3>
      }
      scf.if %v1135 {
        %v1543 = llvm.getelementptr %v38[%v1145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1147, %v1543 : f32, !llvm.ptr<3>
      }
      scf.if %v1149 {
        %v1544 = llvm.getelementptr %v38[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1161, %v1544 : f32, !llvm.ptr<3>
      }
      scf.if %v1163 {
        %v1545 = llvm.getelementptr %v38[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1175, %v1545 : f32, !llvm.ptr<3>
      }
      scf.if %v1177 {
        %v1546 = llvm.getelementptr %v38[%v1187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1189, %v1546 : f32, !llvm.ptr<3>
      }
      scf.if %v1191 {
        %v1547 = llvm.getelementptr %v38[%v1201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1203, %v1547 : f32, !llvm.ptr<3>
      }
      scf.if %v1205 {
        %v1548 = llvm.getelementptr %v38[%v1215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1217, %v1548 : f32, !llvm.ptr<3>
      }
      scf.if %v1219 {
        %v1549 = llvm.getelementptr %v38[%v1229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1231, %v1549 : f32, !llvm.ptr<3>
      }
      scf.if %v1233 {
        %v1550 = llvm.getelementptr %v38[%v1243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1245, %v1550 : f32, !llvm.ptr<3>
      }
      scf.if %v1247 {
        %v1551 = llvm.getelementptr %v38[%v1257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1259, %v1551 : f32, !llvm.ptr<3>
      }
      scf.if %v1261 {
        %v1552 = llvm.getelementptr %v38[%v1271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1273, %v1552 : f32, !llvm.ptr<3>
      }
      scf.if %v1275 {
        %v1553 = llvm.getelementptr %v38[%v1285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1287, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1289 {
        %v1554 = llvm.getelementptr %v38[%v1299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1301, %v1554 : f32, !llvm.ptr<3>
      }
      scf.if %v1303 {
        %v1555 = llvm.getelementptr %v38[%v1313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1315, %v1555 : f32, !llvm.ptr<3>
      }
      scf.if %v1317 {
        %v1556 = llvm.getelementptr %v38[%v1327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1329, %v1556 : f32, !llvm.ptr<3>
      }
      scf.if %v1331 {
        %v1557 = llvm.getelementptr %v38[%v1341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1343, %v1557 : f32, !llvm.ptr<3>
      }
      scf.if %v1345 {
        %v1558 = llvm.getelementptr %v38[%v1355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1357, %v1558 : f32, !llvm.ptr<3>
      }
      scf.if %v1359 {
        %v1559 = llvm.getelementptr %v38[%v1369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1371, %v1559 : f32, !llvm.ptr<3>
      }
      scf.if %v1373 {
        %v1560 = llvm.getelementptr %v38[%v1383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1385, %v1560 : f32, !llvm.ptr<3>
      }
      scf.if %v1387 {
        %v1561 = llvm.getelementptr %v38[%v1397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1399, %v1561 : f32, !llvm.ptr<3>
      }
      scf.if %v1401 {
        %v1562 = llvm.getelementptr %v38[%v1411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1413, %v1562 : f32, !llvm.ptr<3>
      }
      scf.if %v1415 {
        %v1563 = llvm.getelementptr %v38[%v1425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1427, %v1563 : f32, !llvm.ptr<3>
      }
      scf.if %v1429 {
        %v1564 = llvm.getelementptr %v38[%v1439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1441, %v1564 : f32, !llvm.ptr<3>
      }
      scf.if %v1443 {
        %v1565 = llvm.getelementptr %v38[%v1453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1455, %v1565 : f32, !llvm.ptr<3>
      }
      scf.if %v1457 {
        %v1566 = llvm.getelementptr %v38[%v1467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1469, %v1566 : f32, !llvm.ptr<3>
      }
      scf.if %v1471 {
        %v1567 = llvm.getelementptr %v38[%v1481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1483, %v1567 : f32, !llvm.ptr<3>
      }
      scf.if %v1485 {
        %v1568 = llvm.getelementptr %v38[%v1495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1497, %v1568 : f32, !llvm.ptr<3>
      }
      scf.if %v1499 {
        %v1569 = llvm.getelementptr %v38[%v1509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1511, %v1569 : f32, !llvm.ptr<3>
      }
      scf.if %v1513 {
        %v1570 = llvm.getelementptr %v38[%v1523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1525, %v1570 : f32, !llvm.ptr<3>
      }
      scf.if %v1527 {
        %v1571 = llvm.getelementptr %v38[%v1537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1539, %v1571 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1572 = arith.index_cast %v92 : i64 to index
      %v1573 = arith.index_cast %v94 : i64 to index
      %v1574 = arith.index_cast %v95 : i64 to index
      scf.for %v1575 = %v1572 to %v1573 step %v1574 {
        %v1576 = arith.index_cast %v1575 : index to i64
        %v1577 = arith.subi %v94, %v1576 : i64
        %v1578 = arith.minsi %v1577, %v95 : i64
        %v1579 = arith.addi %v1576, %v95 : i64
        %v1580 = arith.divui %v45, %v95 : i64
        %v1581 = arith.remui %v45, %v95 : i64
        %v1582 = arith.addi %v1580, %v62 : i64
        %v1583 = arith.constant true
        %v1584 = arith.addi %v62, %v1582 : i64
        %v1585 = llvm.getelementptr %v37[%v1584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1586 = llvm.load %v1585 : !llvm.ptr<3> -> i64
        %v1587 = arith.addi %v1579, %v1581 : i64
        %v1588 = arith.cmpi slt, %v1587, %v94 : i64
        %v1589 = arith.subi %size_L, %v2 : i64
        %v1590 = arith.minsi %v1587, %v1589 : i64
        %v1591 = arith.addi %v1586, %v1590 : i64
        %v1592 = arith.muli %v1584, %v108 : i64
        %v1593 = arith.addi %v1592, %v1581 : i64
        %v1594 = llvm.getelementptr %in_u[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
        %v1596 = arith.addi %v1580, %v86 : i64
        %v1597 = arith.constant true
        %v1598 = arith.addi %v62, %v1596 : i64
        %v1599 = llvm.getelementptr %v37[%v1598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1600 = llvm.load %v1599 : !llvm.ptr<3> -> i64
        %v1601 = arith.addi %v1579, %v1581 : i64
        %v1602 = arith.cmpi slt, %v1601, %v94 : i64
        %v1603 = arith.subi %size_L, %v2 : i64
        %v1604 = arith.minsi %v1601, %v1603 : i64
        %v1605 = arith.addi %v1600, %v1604 : i64
        %v1606 = arith.muli %v1598, %v108 : i64
        %v1607 = arith.addi %v1606, %v1581 : i64
        %v1608 = llvm.getelementptr %in_u[%v1605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1609 = llvm.load %v1608 : !llvm.ptr -> f32
        %v1610 = arith.addi %v1580, %v127 : i64
        %v1611 = arith.constant true
        %v1612 = arith.addi %v62, %v1610 : i64
        %v1613 = llvm.getelementptr %v37[%v1612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1614 = llvm.load %v1613 : !llvm.ptr<3> -> i64
        %v1615 = arith.addi %v1579, %v1581 : i64
        %v1616 = arith.cmpi slt, %v1615, %v94 : i64
        %v1617 = arith.subi %size_L, %v2 : i64
        %v1618 = arith.minsi %v1615, %v1617 : i64
        %v1619 = arith.addi %v1614, %v1618 : i64
        %v1620 = arith.muli %v1612, %v108 : i64
        %v1621 = arith.addi %v1620, %v1581 : i64
        %v1622 = llvm.getelementptr %in_u[%v1619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1623 = llvm.load %v1622 : !llvm.ptr -> f32
        %v1624 = arith.addi %v1580, %v142 : i64
        %v1625 = arith.constant true
        %v1626 = arith.addi %v62, %v1624 : i64
        %v1627 = llvm.getelementptr %v37[%v1626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1628 = llvm.load %v1627 : !llvm.ptr<3> -> i64
        %v1629 = arith.addi %v1579, %v1581 : i64
        %v1630 = arith.cmpi slt, %v1629, %v94 : i64
        %v1631 = arith.subi %size_L, %v2 : i64
        %v1632 = arith.minsi %v1629, %v1631 : i64
        %v1633 = arith.addi %v1628, %v1632 : i64
        %v1634 = arith.muli %v1626, %v108 : i64
        %v1635 = arith.addi %v1634, %v1581 : i64
        %v1636 = llvm.getelementptr %in_u[%v1633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1637 = llvm.load %v1636 : !llvm.ptr -> f32
        %v1638 = arith.addi %v1580, %v157 : i64
        %v1639 = arith.constant true
        %v1640 = arith.addi %v62, %v1638 : i64
        %v1641 = llvm.getelementptr %v37[%v1640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1642 = llvm.load %v1641 : !llvm.ptr<3> -> i64
        %v1643 = arith.addi %v1579, %v1581 : i64
        %v1644 = arith.cmpi slt, %v1643, %v94 : i64
        %v1645 = arith.subi %size_L, %v2 : i64
        %v1646 = arith.minsi %v1643, %v1645 : i64
        %v1647 = arith.addi %v1642, %v1646 : i64
        %v1648 = arith.muli %v1640, %v108 : i64
        %v1649 = arith.addi %v1648, %v1581 : i64
        %v1650 = llvm.getelementptr %in_u[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1651 = llvm.load %v1650 : !llvm.ptr -> f32
        %v1652 = arith.addi %v1580, %v172 : i64
        %v1653 = arith.constant true
        %v1654 = arith.addi %v62, %v1652 : i64
        %v1655 = llvm.getelementptr %v37[%v1654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1656 = llvm.load %v1655 : !llvm.ptr<3> -> i64
        %v1657 = arith.addi %v1579, %v1581 : i64
        %v1658 = arith.cmpi slt, %v1657, %v94 : i64
        %v1659 = arith.subi %size_L, %v2 : i64
        %v1660 = arith.minsi %v1657, %v1659 : i64
        %v1661 = arith.addi %v1656, %v1660 : i64
        %v1662 = arith.muli %v1654, %v108 : i64
        %v1663 = arith.addi %v1662, %v1581 : i64
        %v1664 = llvm.getelementptr %in_u[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1665 = llvm.load %v1664 : !llvm.ptr -> f32
        %v1666 = arith.addi %v1580, %v187 : i64
        %v1667 = arith.constant true
        %v1668 = arith.addi %v62, %v1666 : i64
        %v1669 = llvm.getelementptr %v37[%v1668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1670 = llvm.load %v1669 : !llvm.ptr<3> -> i64
        %v1671 = arith.addi %v1579, %v1581 : i64
        %v1672 = arith.cmpi slt, %v1671, %v94 : i64
        %v1673 = arith.subi %size_L, %v2 : i64
        %v1674 = arith.minsi %v1671, %v1673 : i64
        %v1675 = arith.addi %v1670, %v1674 : i64
        %v1676 = arith.muli %v1668, %v108 : i64
        %v1677 = arith.addi %v1676, %v1581 : i64
        %v1678 = llvm.getelementptr %in_u[%v1675] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1679 = llvm.load %v1678 : !llvm.ptr -> f32
        %v1680 = arith.addi %v1580, %v202 : i64
        %v1681 = arith.constant true
        %v1682 = arith.addi %v62, %v1680 : i64
        %v1683 = llvm.getelementptr %v37[%v1682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1684 = llvm.load %v1683 : !llvm.ptr<3> -> i64
        %v1685 = arith.addi %v1579, %v1581 : i64
        %v1686 = arith.cmpi slt, %v1685, %v94 : i64
        %v1687 = arith.subi %size_L, %v2 : i64
        %v1688 = arith.minsi %v1685, %v1687 : i64
        %v1689 = arith.addi %v1684, %v1688 : i64
        %v1690 = arith.muli %v1682, %v108 : i64
        %v1691 = arith.addi %v1690, %v1581 : i64
        %v1692 = llvm.getelementptr %in_u[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1693 = llvm.load %v1692 : !llvm.ptr -> f32
        %v1694 = arith.addi %v1580, %v1 : i64
        %v1695 = arith.constant true
        %v1696 = arith.addi %v62, %v1694 : i64
        %v1697 = llvm.getelementptr %v37[%v1696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1698 = llvm.load %v1697 : !llvm.ptr<3> -> i64
        %v1699 = arith.addi %v1579, %v1581 : i64
        %v1700 = arith.cmpi slt, %v1699, %v94 : i64
        %v1701 = arith.subi %size_L, %v2 : i64
        %v1702 = arith.minsi %v1699, %v1701 : i64
        %v1703 = arith.addi %v1698, %v1702 : i64
        %v1704 = arith.muli %v1696, %v108 : i64
        %v1705 = arith.addi %v1704, %v1581 : i64
        %v1706 = llvm.getelementptr %in_u[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
        %v1708 = arith.addi %v1580, %v231 : i64
        %v1709 = arith.constant true
        %v1710 = arith.addi %v62, %v1708 : i64
        %v1711 = llvm.getelementptr %v37[%v1710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1712 = llvm.load %v1711 : !llvm.ptr<3> -> i64
        %v1713 = arith.addi %v1579, %v1581 : i64
        %v1714 = arith.cmpi slt, %v1713, %v94 : i64
        %v1715 = arith.subi %size_L, %v2 : i64
        %v1716 = arith.minsi %v1713, %v1715 : i64
        %v1717 = arith.addi %v1712, %v1716 : i64
        %v1718 = arith.muli %v1710, %v108 : i64
        %v1719 = arith.addi %v1718, %v1581 : i64
        %v1720 = llvm.getelementptr %in_u[%v1717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1721 = llvm.load %v1720 : !llvm.ptr -> f32
        %v1722 = arith.addi %v1580, %v246 : i64
        %v1723 = arith.constant true
        %v1724 = arith.addi %v62, %v1722 : i64
        %v1725 = llvm.getelementptr %v37[%v1724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1726 = llvm.load %v1725 : !llvm.ptr<3> -> i64
        %v1727 = arith.addi %v1579, %v1581 : i64
        %v1728 = arith.cmpi slt, %v1727, %v94 : i64
        %v1729 = arith.subi %size_L, %v2 : i64
        %v1730 = arith.minsi %v1727, %v1729 : i64
        %v1731 = arith.addi %v1726, %v1730 : i64
        %v1732 = arith.muli %v1724, %v108 : i64
        %v1733 = arith.addi %v1732, %v1581 : i64
        %v1734 = llvm.getelementptr %in_u[%v1731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1735 = llvm.load %v1734 : !llvm.ptr -> f32
        %v1736 = arith.addi %v1580, %v261 : i64
        %v1737 = arith.constant true
        %v1738 = arith.addi %v62, %v1736 : i64
        %v1739 = llvm.getelementptr %v37[%v1738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1740 = llvm.load %v1739 : !llvm.ptr<3> -> i64
        %v1741 = arith.addi %v1579, %v1581 : i64
        %v1742 = arith.cmpi slt, %v1741, %v94 : i64
        %v1743 = arith.subi %size_L, %v2 : i64
        %v1744 = arith.minsi %v1741, %v1743 : i64
        %v1745 = arith.addi %v1740, %v1744 : i64
        %v1746 = arith.muli %v1738, %v108 : i64
        %v1747 = arith.addi %v1746, %v1581 : i64
        %v1748 = llvm.getelementptr %in_u[%v1745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1749 = llvm.load %v1748 : !llvm.ptr -> f32
        %v1750 = arith.addi %v1580, %v276 : i64
        %v1751 = arith.constant true
        %v1752 = arith.addi %v62, %v1750 : i64
        %v1753 = llvm.getelementptr %v37[%v1752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1754 = llvm.load %v1753 : !llvm.ptr<3> -> i64
        %v1755 = arith.addi %v1579, %v1581 : i64
        %v1756 = arith.cmpi slt, %v1755, %v94 : i64
        %v1757 = arith.subi %size_L, %v2 : i64
        %v1758 = arith.minsi %v1755, %v1757 : i64
        %v1759 = arith.addi %v1754, %v1758 : i64
        %v1760 = arith.muli %v1752, %v108 : i64
        %v1761 = arith.addi %v1760, %v1581 : i64
        %v1762 = llvm.getelementptr %in_u[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
        %v1764 = arith.addi %v1580, %v291 : i64
        %v1765 = arith.constant true
        %v1766 = arith.addi %v62, %v1764 : i64
        %v1767 = llvm.getelementptr %v37[%v1766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1768 = llvm.load %v1767 : !llvm.ptr<3> -> i64
        %v1769 = arith.addi %v1579, %v1581 : i64
        %v1770 = arith.cmpi slt, %v1769, %v94 : i64
        %v1771 = arith.subi %size_L, %v2 : i64
        %v1772 = arith.minsi %v1769, %v1771 : i64
        %v1773 = arith.addi %v1768, %v1772 : i64
        %v1774 = arith.muli %v1766, %v108 : i64
        %v1775 = arith.addi %v1774, %v1581 : i64
        %v1776 = llvm.getelementptr %in_u[%v1773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1777 = llvm.load %v1776 : !llvm.ptr -> f32
        %v1778 = arith.addi %v1580, %v306 : i64
        %v1779 = arith.constant true
        %v1780 = arith.addi %v62, %v1778 : i64
        %v1781 = llvm.getelementptr %v37[%v1780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1782 = llvm.load %v1781 : !llvm.ptr<3> -> i64
        %v1783 = arith.addi %v1579, %v1581 : i64
        %v1784 = arith.cmpi slt, %v1783, %v94 : i64
        %v1785 = arith.subi %size_L, %v2 : i64
        %v1786 = arith.minsi %v1783, %v1785 : i64
        %v1787 = arith.addi %v1782, %v1786 : i64
        %v1788 = arith.muli %v1780, %v108 : i64
        %v1789 = arith.addi %v1788, %v1581 : i64
        %v1790 = llvm.getelementptr %in_u[%v1787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
        %v1792 = arith.addi %v1580, %v321 : i64
        %v1793 = arith.constant true
        %v1794 = arith.addi %v62, %v1792 : i64
        %v1795 = llvm.getelementptr %v37[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1796 = llvm.load %v1795 : !llvm.ptr<3> -> i64
        %v1797 = arith.addi %v1579, %v1581 : i64
        %v1798 = arith.cmpi slt, %v1797, %v94 : i64
        %v1799 = arith.subi %size_L, %v2 : i64
        %v1800 = arith.minsi %v1797, %v1799 : i64
        %v1801 = arith.addi %v1796, %v1800 : i64
        %v1802 = arith.muli %v1794, %v108 : i64
        %v1803 = arith.addi %v1802, %v1581 : i64
        %v1804 = llvm.getelementptr %in_u[%v1801] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1805 = llvm.load %v1804 : !llvm.ptr -> f32
        %v1806 = arith.addi %v1580, %v95 : i64
        %v1807 = arith.constant true
        %v1808 = arith.addi %v62, %v1806 : i64
        %v1809 = llvm.getelementptr %v37[%v1808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1810 = llvm.load %v1809 : !llvm.ptr<3> -> i64
        %v1811 = arith.addi %v1579, %v1581 : i64
        %v1812 = arith.cmpi slt, %v1811, %v94 : i64
        %v1813 = arith.subi %size_L, %v2 : i64
        %v1814 = arith.minsi %v1811, %v1813 : i64
        %v1815 = arith.addi %v1810, %v1814 : i64
        %v1816 = arith.muli %v1808, %v108 : i64
        %v1817 = arith.addi %v1816, %v1581 : i64
        %v1818 = llvm.getelementptr %in_u[%v1815] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1819 = llvm.load %v1818 : !llvm.ptr -> f32
        %v1820 = arith.addi %v1580, %v350 : i64
        %v1821 = arith.constant true
        %v1822 = arith.addi %v62, %v1820 : i64
        %v1823 = llvm.getelementptr %v37[%v1822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1824 = llvm.load %v1823 : !llvm.ptr<3> -> i64
        %v1825 = arith.addi %v1579, %v1581 : i64
        %v1826 = arith.cmpi slt, %v1825, %v94 : i64
        %v1827 = arith.subi %size_L, %v2 : i64
        %v1828 = arith.minsi %v1825, %v1827 : i64
        %v1829 = arith.addi %v1824, %v1828 : i64
        %v1830 = arith.muli %v1822, %v108 : i64
        %v1831 = arith.addi %v1830, %v1581 : i64
        %v1832 = llvm.getelementptr %in_u[%v1829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1833 = llvm.load %v1832 : !llvm.ptr -> f32
        %v1834 = arith.addi %v1580, %v365 : i64
        %v1835 = arith.constant true
        %v1836 = arith.addi %v62, %v1834 : i64
        %v1837 = llvm.getelementptr %v37[%v1836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1838 = llvm.load %v1837 : !llvm.ptr<3> -> i64
        %v1839 = arith.addi %v1579, %v1581 : i64
        %v1840 = arith.cmpi slt, %v1839, %v94 : i64
        %v1841 = arith.subi %size_L, %v2 : i64
        %v1842 = arith.minsi %v1839, %v1841 : i64
        %v1843 = arith.addi %v1838, %v1842 : i64
        %v1844 = arith.muli %v1836, %v108 : i64
        %v1845 = arith.addi %v1844, %v1581 : i64
        %v1846 = llvm.getelementptr %in_u[%v1843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1847 = llvm.load %v1846 : !llvm.ptr -> f32
        %v1848 = arith.addi %v1580, %v380 : i64
        %v1849 = arith.constant true
        %v1850 = arith.addi %v62, %v1848 : i64
        %v1851 = llvm.getelementptr %v37[%v1850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1852 = llvm.load %v1851 : !llvm.ptr<3> -> i64
        %v1853 = arith.addi %v1579, %v1581 : i64
        %v1854 = arith.cmpi slt, %v1853, %v94 : i64
        %v1855 = arith.subi %size_L, %v2 : i64
        %v1856 = arith.minsi %v1853, %v1855 : i64
        %v1857 = arith.addi %v1852, %v1856 : i64
        %v1858 = arith.muli %v1850, %v108 : i64
        %v1859 = arith.addi %v1858, %v1581 : i64
        %v1860 = llvm.getelementptr %in_u[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1861 = llvm.load %v1860 : !llvm.ptr -> f32
        %v1862 = arith.addi %v1580, %v395 : i64
        %v1863 = arith.constant true
        %v1864 = arith.addi %v62, %v1862 : i64
        %v1865 = llvm.getelementptr %v37[%v1864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1866 = llvm.load %v1865 : !llvm.ptr<3> -> i64
        %v1867 = arith.addi %v1579, %v1581 : i64
        %v1868 = arith.cmpi slt, %v1867, %v94 : i64
        %v1869 = arith.subi %size_L, %v2 : i64
        %v1870 = arith.minsi %v1867, %v1869 : i64
        %v1871 = arith.addi %v1866, %v1870 : i64
        %v1872 = arith.muli %v1864, %v108 : i64
        %v1873 = arith.addi %v1872, %v1581 : i64
        %v1874 = llvm.getelementptr %in_u[%v1871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1875 = llvm.load %v1874 : !llvm.ptr -> f32
        %v1876 = arith.addi %v1580, %v410 : i64
        %v1877 = arith.constant true
        %v1878 = arith.addi %v62, %v1876 : i64
        %v1879 = llvm.getelementptr %v37[%v1878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1880 = llvm.load %v1879 : !llvm.ptr<3> -> i64
        %v1881 = arith.addi %v1579, %v1581 : i64
        %v1882 = arith.cmpi slt, %v1881, %v94 : i64
        %v1883 = arith.subi %size_L, %v2 : i64
        %v1884 = arith.minsi %v1881, %v1883 : i64
        %v1885 = arith.addi %v1880, %v1884 : i64
        %v1886 = arith.muli %v1878, %v108 : i64
        %v1887 = arith.addi %v1886, %v1581 : i64
        %v1888 = llvm.getelementptr %in_u[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1889 = llvm.load %v1888 : !llvm.ptr -> f32
        %v1890 = arith.addi %v1580, %v425 : i64
        %v1891 = arith.constant true
        %v1892 = arith.addi %v62, %v1890 : i64
        %v1893 = llvm.getelementptr %v37[%v1892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1894 = llvm.load %v1893 : !llvm.ptr<3> -> i64
        %v1895 = arith.addi %v1579, %v1581 : i64
        %v1896 = arith.cmpi slt, %v1895, %v94 : i64
        %v1897 = arith.subi %size_L, %v2 : i64
        %v1898 = arith.minsi %v1895, %v1897 : i64
        %v1899 = arith.addi %v1894, %v1898 : i64
        %v1900 = arith.muli %v1892, %v108 : i64
        %v1901 = arith.addi %v1900, %v1581 : i64
        %v1902 = llvm.getelementptr %in_u[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
        %v1904 = arith.addi %v1580, %v440 : i64
        %v1905 = arith.constant true
        %v1906 = arith.addi %v62, %v1904 : i64
        %v1907 = llvm.getelementptr %v37[%v1906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1908 = llvm.load %v1907 : !llvm.ptr<3> -> i64
        %v1909 = arith.addi %v1579, %v1581 : i64
        %v1910 = arith.cmpi slt, %v1909, %v94 : i64
        %v1911 = arith.subi %size_L, %v2 : i64
        %v1912 = arith.minsi %v1909, %v1911 : i64
        %v1913 = arith.addi %v1908, %v1912 : i64
        %v1914 = arith.muli %v1906, %v108 : i64
        %v1915 = arith.addi %v1914, %v1581 : i64
        %v1916 = llvm.getelementptr %in_u[%v1913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1917 = llvm.load %v1916 : !llvm.ptr -> f32
        %v1918 = arith.addi %v1580, %v455 : i64
        %v1919 = arith.constant true
        %v1920 = arith.addi %v62, %v1918 : i64
        %v1921 = llvm.getelementptr %v37[%v1920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1922 = llvm.load %v1921 : !llvm.ptr<3> -> i64
        %v1923 = arith.addi %v1579, %v1581 : i64
        %v1924 = arith.cmpi slt, %v1923, %v94 : i64
        %v1925 = arith.subi %size_L, %v2 : i64
        %v1926 = arith.minsi %v1923, %v1925 : i64
        %v1927 = arith.addi %v1922, %v1926 : i64
        %v1928 = arith.muli %v1920, %v108 : i64
        %v1929 = arith.addi %v1928, %v1581 : i64
        %v1930 = llvm.getelementptr %in_u[%v1927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1931 = llvm.load %v1930 : !llvm.ptr -> f32
        %v1932 = arith.addi %v1580, %v470 : i64
        %v1933 = arith.constant true
        %v1934 = arith.addi %v62, %v1932 : i64
        %v1935 = llvm.getelementptr %v37[%v1934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1936 = llvm.load %v1935 : !llvm.ptr<3> -> i64
        %v1937 = arith.addi %v1579, %v1581 : i64
        %v1938 = arith.cmpi slt, %v1937, %v94 : i64
        %v1939 = arith.subi %size_L, %v2 : i64
        %v1940 = arith.minsi %v1937, %v1939 : i64
        %v1941 = arith.addi %v1936, %v1940 : i64
        %v1942 = arith.muli %v1934, %v108 : i64
        %v1943 = arith.addi %v1942, %v1581 : i64
        %v1944 = llvm.getelementptr %in_u[%v1941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
        %v1946 = arith.addi %v1580, %v485 : i64
        %v1947 = arith.constant true
        %v1948 = arith.addi %v62, %v1946 : i64
        %v1949 = llvm.getelementptr %v37[%v1948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1950 = llvm.load %v1949 : !llvm.ptr<3> -> i64
        %v1951 = arith.addi %v1579, %v1581 : i64
        %v1952 = arith.cmpi slt, %v1951, %v94 : i64
        %v1953 = arith.subi %size_L, %v2 : i64
        %v1954 = arith.minsi %v1951, %v1953 : i64
        %v1955 = arith.addi %v1950, %v1954 : i64
        %v1956 = arith.muli %v1948, %v108 : i64
        %v1957 = arith.addi %v1956, %v1581 : i64
        %v1958 = llvm.getelementptr %in_u[%v1955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1959 = llvm.load %v1958 : !llvm.ptr -> f32
        %v1960 = arith.addi %v1580, %v500 : i64
        %v1961 = arith.constant true
        %v1962 = arith.addi %v62, %v1960 : i64
        %v1963 = llvm.getelementptr %v37[%v1962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1964 = llvm.load %v1963 : !llvm.ptr<3> -> i64
        %v1965 = arith.addi %v1579, %v1581 : i64
        %v1966 = arith.cmpi slt, %v1965, %v94 : i64
        %v1967 = arith.subi %size_L, %v2 : i64
        %v1968 = arith.minsi %v1965, %v1967 : i64
        %v1969 = arith.addi %v1964, %v1968 : i64
        %v1970 = arith.muli %v1962, %v108 : i64
        %v1971 = arith.addi %v1970, %v1581 : i64
        %v1972 = llvm.getelementptr %in_u[%v1969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1973 = llvm.load %v1972 : !llvm.ptr -> f32
        %v1974 = arith.addi %v1580, %v515 : i64
        %v1975 = arith.constant true
        %v1976 = arith.addi %v62, %v1974 : i64
        %v1977 = llvm.getelementptr %v37[%v1976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1978 = llvm.load %v1977 : !llvm.ptr<3> -> i64
        %v1979 = arith.addi %v1579, %v1581 : i64
        %v1980 = arith.cmpi slt, %v1979, %v94 : i64
        %v1981 = arith.subi %size_L, %v2 : i64
        %v1982 = arith.minsi %v1979, %v1981 : i64
        %v1983 = arith.addi %v1978, %v1982 : i64
        %v1984 = arith.muli %v1976, %v108 : i64
        %v1985 = arith.addi %v1984, %v1581 : i64
        %v1986 = llvm.getelementptr %in_u[%v1983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1987 = llvm.load %v1986 : !llvm.ptr -> f32
        %v1988 = arith.addi %v1580, %v530 : i64
        %v1989 = arith.constant true
        %v1990 = arith.addi %v62, %v1988 : i64
        %v1991 = llvm.getelementptr %v37[%v1990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1992 = llvm.load %v1991 : !llvm.ptr<3> -> i64
        %v1993 = arith.addi %v1579, %v1581 : i64
        %v1994 = arith.cmpi slt, %v1993, %v94 : i64
        %v1995 = arith.subi %size_L, %v2 : i64
        %v1996 = arith.minsi %v1993, %v1995 : i64
        %v1997 = arith.addi %v1992, %v1996 : i64
        %v1998 = arith.muli %v1990, %v108 : i64
        %v1999 = arith.addi %v1998, %v1581 : i64
        %v2000 = llvm.getelementptr %in_u[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
        %v2002 = arith.addi %v1580, %v545 : i64
        %v2003 = arith.constant true
        %v2004 = arith.addi %v62, %v2002 : i64
        %v2005 = llvm.getelementptr %v37[%v2004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2006 = llvm.load %v2005 : !llvm.ptr<3> -> i64
        %v2007 = arith.addi %v1579, %v1581 : i64
        %v2008 = arith.cmpi slt, %v2007, %v94 : i64
        %v2009 = arith.subi %size_L, %v2 : i64
        %v2010 = arith.minsi %v2007, %v2009 : i64
        %v2011 = arith.addi %v2006, %v2010 : i64
        %v2012 = arith.muli %v2004, %v108 : i64
        %v2013 = arith.addi %v2012, %v1581 : i64
        %v2014 = llvm.getelementptr %in_u[%v2011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2015 = llvm.load %v2014 : !llvm.ptr -> f32
        %v2016 = arith.addi %v1580, %v560 : i64
        %v2017 = arith.constant true
        %v2018 = arith.addi %v62, %v2016 : i64
        %v2019 = llvm.getelementptr %v37[%v2018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2020 = llvm.load %v2019 : !llvm.ptr<3> -> i64
        %v2021 = arith.addi %v1579, %v1581 : i64
        %v2022 = arith.cmpi slt, %v2021, %v94 : i64
        %v2023 = arith.subi %size_L, %v2 : i64
        %v2024 = arith.minsi %v2021, %v2023 : i64
        %v2025 = arith.addi %v2020, %v2024 : i64
        %v2026 = arith.muli %v2018, %v108 : i64
        %v2027 = arith.addi %v2026, %v1581 : i64
        %v2028 = llvm.getelementptr %in_u[%v2025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2029 = llvm.load %v2028 : !llvm.ptr -> f32
        %v2030 = arith.divui %v45, %v95 : i64
        %v2031 = arith.remui %v45, %v95 : i64
        %v2032 = arith.addi %v2030, %v62 : i64
        %v2033 = arith.constant true
        %v2034 = arith.addi %v47, %v2032 : i64
        %v2035 = llvm.getelementptr %v37[%v2034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2036 = llvm.load %v2035 : !llvm.ptr<3> -> i64
        %v2037 = arith.addi %v1579, %v2031 : i64
        %v2038 = arith.cmpi slt, %v2037, %v94 : i64
        %v2039 = arith.subi %size_L, %v2 : i64
        %v2040 = arith.minsi %v2037, %v2039 : i64
        %v2041 = arith.addi %v2036, %v2040 : i64
        %v2042 = arith.muli %v2034, %v108 : i64
        %v2043 = arith.addi %v2042, %v2031 : i64
        %v2044 = llvm.getelementptr %in_delta[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
        %v2046 = arith.addi %v2030, %v86 : i64
        %v2047 = arith.constant true
        %v2048 = arith.addi %v47, %v2046 : i64
        %v2049 = llvm.getelementptr %v37[%v2048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2050 = llvm.load %v2049 : !llvm.ptr<3> -> i64
        %v2051 = arith.addi %v1579, %v2031 : i64
        %v2052 = arith.cmpi slt, %v2051, %v94 : i64
        %v2053 = arith.subi %size_L, %v2 : i64
        %v2054 = arith.minsi %v2051, %v2053 : i64
        %v2055 = arith.addi %v2050, %v2054 : i64
        %v2056 = arith.muli %v2048, %v108 : i64
        %v2057 = arith.addi %v2056, %v2031 : i64
        %v2058 = llvm.getelementptr %in_delta[%v2055] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2059 = llvm.load %v2058 : !llvm.ptr -> f32
        %v2060 = arith.addi %v2030, %v127 : i64
        %v2061 = arith.constant true
        %v2062 = arith.addi %v47, %v2060 : i64
        %v2063 = llvm.getelementptr %v37[%v2062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2064 = llvm.load %v2063 : !llvm.ptr<3> -> i64
        %v2065 = arith.addi %v1579, %v2031 : i64
        %v2066 = arith.cmpi slt, %v2065, %v94 : i64
        %v2067 = arith.subi %size_L, %v2 : i64
        %v2068 = arith.minsi %v2065, %v2067 : i64
        %v2069 = arith.addi %v2064, %v2068 : i64
        %v2070 = arith.muli %v2062, %v108 : i64
        %v2071 = arith.addi %v2070, %v2031 : i64
        %v2072 = llvm.getelementptr %in_delta[%v2069] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2073 = llvm.load %v2072 : !llvm.ptr -> f32
        %v2074 = arith.addi %v2030, %v142 : i64
        %v2075 = arith.constant true
        %v2076 = arith.addi %v47, %v2074 : i64
        %v2077 = llvm.getelementptr %v37[%v2076] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2078 = llvm.load %v2077 : !llvm.ptr<3> -> i64
        %v2079 = arith.addi %v1579, %v2031 : i64
        %v2080 = arith.cmpi slt, %v2079, %v94 : i64
        %v2081 = arith.subi %size_L, %v2 : i64
        %v2082 = arith.minsi %v2079, %v2081 : i64
        %v2083 = arith.addi %v2078, %v2082 : i64
        %v2084 = arith.muli %v2076, %v108 : i64
        %v2085 = arith.addi %v2084, %v2031 : i64
        %v2086 = llvm.getelementptr %in_delta[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
        %v2088 = arith.addi %v2030, %v157 : i64
        %v2089 = arith.constant true
        %v2090 = arith.addi %v47, %v2088 : i64
        %v2091 = llvm.getelementptr %v37[%v2090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2092 = llvm.load %v2091 : !llvm.ptr<3> -> i64
        %v2093 = arith.addi %v1579, %v2031 : i64
        %v2094 = arith.cmpi slt, %v2093, %v94 : i64
        %v2095 = arith.subi %size_L, %v2 : i64
        %v2096 = arith.minsi %v2093, %v2095 : i64
        %v2097 = arith.addi %v2092, %v2096 : i64
        %v2098 = arith.muli %v2090, %v108 : i64
        %v2099 = arith.addi %v2098, %v2031 : i64
        %v2100 = llvm.getelementptr %in_delta[%v2097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2101 = llvm.load %v2100 : !llvm.ptr -> f32
        %v2102 = arith.addi %v2030, %v172 : i64
        %v2103 = arith.constant true
        %v2104 = arith.addi %v47, %v2102 : i64
        %v2105 = llvm.getelementptr %v37[%v2104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2106 = llvm.load %v2105 : !llvm.ptr<3> -> i64
        %v2107 = arith.addi %v1579, %v2031 : i64
        %v2108 = arith.cmpi slt, %v2107, %v94 : i64
        %v2109 = arith.subi %size_L, %v2 : i64
        %v2110 = arith.minsi %v2107, %v2109 : i64
        %v2111 = arith.addi %v2106, %v2110 : i64
        %v2112 = arith.muli %v2104, %v108 : i64
        %v2113 = arith.addi %v2112, %v2031 : i64
        %v2114 = llvm.getelementptr %in_delta[%v2111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2115 = llvm.load %v2114 : !llvm.ptr -> f32
        %v2116 = arith.addi %v2030, %v187 : i64
        %v2117 = arith.constant true
        %v2118 = arith.addi %v47, %v2116 : i64
        %v2119 = llvm.getelementptr %v37[%v2118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2120 = llvm.load %v2119 : !llvm.ptr<3> -> i64
        %v2121 = arith.addi %v1579, %v2031 : i64
        %v2122 = arith.cmpi slt, %v2121, %v94 : i64
        %v2123 = arith.subi %size_L, %v2 : i64
        %v2124 = arith.minsi %v2121, %v2123 : i64
        %v2125 = arith.addi %v2120, %v2124 : i64
        %v2126 = arith.muli %v2118, %v108 : i64
        %v2127 = arith.addi %v2126, %v2031 : i64
        %v2128 = llvm.getelementptr %in_delta[%v2125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2129 = llvm.load %v2128 : !llvm.ptr -> f32
        %v2130 = arith.addi %v2030, %v202 : i64
        %v2131 = arith.constant true
        %v2132 = arith.addi %v47, %v2130 : i64
        %v2133 = llvm.getelementptr %v37[%v2132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2134 = llvm.load %v2133 : !llvm.ptr<3> -> i64
        %v2135 = arith.addi %v1579, %v2031 : i64
        %v2136 = arith.cmpi slt, %v2135, %v94 : i64
        %v2137 = arith.subi %size_L, %v2 : i64
        %v2138 = arith.minsi %v2135, %v2137 : i64
        %v2139 = arith.addi %v2134, %v2138 : i64
        %v2140 = arith.muli %v2132, %v108 : i64
        %v2141 = arith.addi %v2140, %v2031 : i64
        %v2142 = llvm.getelementptr %in_delta[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
        %v2144 = arith.addi %v2030, %v1 : i64
        %v2145 = arith.constant true
        %v2146 = arith.addi %v47, %v2144 : i64
        %v2147 = llvm.getelementptr %v37[%v2146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2148 = llvm.load %v2147 : !llvm.ptr<3> -> i64
        %v2149 = arith.addi %v1579, %v2031 : i64
        %v2150 = arith.cmpi slt, %v2149, %v94 : i64
        %v2151 = arith.subi %size_L, %v2 : i64
        %v2152 = arith.minsi %v2149, %v2151 : i64
        %v2153 = arith.addi %v2148, %v2152 : i64
        %v2154 = arith.muli %v2146, %v108 : i64
        %v2155 = arith.addi %v2154, %v2031 : i64
        %v2156 = llvm.getelementptr %in_delta[%v2153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2157 = llvm.load %v2156 : !llvm.ptr -> f32
        %v2158 = arith.addi %v2030, %v231 : i64
        %v2159 = arith.constant true
        %v2160 = arith.addi %v47, %v2158 : i64
        %v2161 = llvm.getelementptr %v37[%v2160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2162 = llvm.load %v2161 : !llvm.ptr<3> -> i64
        %v2163 = arith.addi %v1579, %v2031 : i64
        %v2164 = arith.cmpi slt, %v2163, %v94 : i64
        %v2165 = arith.subi %size_L, %v2 : i64
        %v2166 = arith.minsi %v2163, %v2165 : i64
        %v2167 = arith.addi %v2162, %v2166 : i64
        %v2168 = arith.muli %v2160, %v108 : i64
        %v2169 = arith.addi %v2168, %v2031 : i64
        %v2170 = llvm.getelementptr %in_delta[%v2167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2171 = llvm.load %v2170 : !llvm.ptr -> f32
        %v2172 = arith.addi %v2030, %v246 : i64
        %v2173 = arith.constant true
        %v2174 = arith.addi %v47, %v2172 : i64
        %v2175 = llvm.getelementptr %v37[%v2174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2176 = llvm.load %v2175 : !llvm.ptr<3> -> i64
        %v2177 = arith.addi %v1579, %v2031 : i64
        %v2178 = arith.cmpi slt, %v2177, %v94 : i64
        %v2179 = arith.subi %size_L, %v2 : i64
        %v2180 = arith.minsi %v2177, %v2179 : i64
        %v2181 = arith.addi %v2176, %v2180 : i64
        %v2182 = arith.muli %v2174, %v108 : i64
        %v2183 = arith.addi %v2182, %v2031 : i64
        %v2184 = llvm.getelementptr %in_delta[%v2181] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2185 = llvm.load %v2184 : !llvm.ptr -> f32
        %v2186 = arith.addi %v2030, %v261 : i64
        %v2187 = arith.constant true
        %v2188 = arith.addi %v47, %v2186 : i64
        %v2189 = llvm.getelementptr %v37[%v2188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2190 = llvm.load %v2189 : !llvm.ptr<3> -> i64
        %v2191 = arith.addi %v1579, %v2031 : i64
        %v2192 = arith.cmpi slt, %v2191, %v94 : i64
        %v2193 = arith.subi %size_L, %v2 : i64
        %v2194 = arith.minsi %v2191, %v2193 : i64
        %v2195 = arith.addi %v2190, %v2194 : i64
        %v2196 = arith.muli %v2188, %v108 : i64
        %v2197 = arith.addi %v2196, %v2031 : i64
        %v2198 = llvm.getelementptr %in_delta[%v2195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2199 = llvm.load %v2198 : !llvm.ptr -> f32
        %v2200 = arith.addi %v2030, %v276 : i64
        %v2201 = arith.constant true
        %v2202 = arith.addi %v47, %v2200 : i64
        %v2203 = llvm.getelementptr %v37[%v2202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2204 = llvm.load %v2203 : !llvm.ptr<3> -> i64
        %v2205 = arith.addi %v1579, %v2031 : i64
        %v2206 = arith.cmpi slt, %v2205, %v94 : i64
        %v2207 = arith.subi %size_L, %v2 : i64
        %v2208 = arith.minsi %v2205, %v2207 : i64
        %v2209 = arith.addi %v2204, %v2208 : i64
        %v2210 = arith.muli %v2202, %v108 : i64
        %v2211 = arith.addi %v2210, %v2031 : i64
        %v2212 = llvm.getelementptr %in_delta[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
        %v2214 = arith.addi %v2030, %v291 : i64
        %v2215 = arith.constant true
        %v2216 = arith.addi %v47, %v2214 : i64
        %v2217 = llvm.getelementptr %v37[%v2216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2218 = llvm.load %v2217 : !llvm.ptr<3> -> i64
        %v2219 = arith.addi %v1579, %v2031 : i64
        %v2220 = arith.cmpi slt, %v2219, %v94 : i64
        %v2221 = arith.subi %size_L, %v2 : i64
        %v2222 = arith.minsi %v2219, %v2221 : i64
        %v2223 = arith.addi %v2218, %v2222 : i64
        %v2224 = arith.muli %v2216, %v108 : i64
        %v2225 = arith.addi %v2224, %v2031 : i64
        %v2226 = llvm.getelementptr %in_delta[%v2223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2227 = llvm.load %v2226 : !llvm.ptr -> f32
        %v2228 = arith.addi %v2030, %v306 : i64
        %v2229 = arith.constant true
        %v2230 = arith.addi %v47, %v2228 : i64
        %v2231 = llvm.getelementptr %v37[%v2230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2232 = llvm.load %v2231 : !llvm.ptr<3> -> i64
        %v2233 = arith.addi %v1579, %v2031 : i64
        %v2234 = arith.cmpi slt, %v2233, %v94 : i64
        %v2235 = arith.subi %size_L, %v2 : i64
        %v2236 = arith.minsi %v2233, %v2235 : i64
        %v2237 = arith.addi %v2232, %v2236 : i64
        %v2238 = arith.muli %v2230, %v108 : i64
        %v2239 = arith.addi %v2238, %v2031 : i64
        %v2240 = llvm.getelementptr %in_delta[%v2237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2241 = llvm.load %v2240 : !llvm.ptr -> f32
        %v2242 = arith.addi %v2030, %v321 : i64
        %v2243 = arith.constant true
        %v2244 = arith.addi %v47, %v2242 : i64
        %v2245 = llvm.getelementptr %v37[%v2244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2246 = llvm.load %v2245 : !llvm.ptr<3> -> i64
        %v2247 = arith.addi %v1579, %v2031 : i64
        %v2248 = arith.cmpi slt, %v2247, %v94 : i64
        %v2249 = arith.subi %size_L, %v2 : i64
        %v2250 = arith.minsi %v2247, %v2249 : i64
        %v2251 = arith.addi %v2246, %v2250 : i64
        %v2252 = arith.muli %v2244, %v108 : i64
        %v2253 = arith.addi %v2252, %v2031 : i64
        %v2254 = llvm.getelementptr %in_delta[%v2251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2255 = llvm.load %v2254 : !llvm.ptr -> f32
        %v2256 = arith.addi %v2030, %v95 : i64
        %v2257 = arith.constant true
        %v2258 = arith.addi %v47, %v2256 : i64
        %v2259 = llvm.getelementptr %v37[%v2258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2260 = llvm.load %v2259 : !llvm.ptr<3> -> i64
        %v2261 = arith.addi %v1579, %v2031 : i64
        %v2262 = arith.cmpi slt, %v2261, %v94 : i64
        %v2263 = arith.subi %size_L, %v2 : i64
        %v2264 = arith.minsi %v2261, %v2263 : i64
        %v2265 = arith.addi %v2260, %v2264 : i64
        %v2266 = arith.muli %v2258, %v108 : i64
        %v2267 = arith.addi %v2266, %v2031 : i64
        %v2268 = llvm.getelementptr %in_delta[%v2265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2269 = llvm.load %v2268 : !llvm.ptr -> f32
        %v2270 = arith.addi %v2030, %v350 : i64
        %v2271 = arith.constant true
        %v2272 = arith.addi %v47, %v2270 : i64
        %v2273 = llvm.getelementptr %v37[%v2272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2274 = llvm.load %v2273 : !llvm.ptr<3> -> i64
        %v2275 = arith.addi %v1579, %v2031 : i64
        %v2276 = arith.cmpi slt, %v2275, %v94 : i64
        %v2277 = arith.subi %size_L, %v2 : i64
        %v2278 = arith.minsi %v2275, %v2277 : i64
        %v2279 = arith.addi %v2274, %v2278 : i64
        %v2280 = arith.muli %v2272, %v108 : i64
        %v2281 = arith.addi %v2280, %v2031 : i64
        %v2282 = llvm.getelementptr %in_delta[%v2279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2283 = llvm.load %v2282 : !llvm.ptr -> f32
        %v2284 = arith.addi %v2030, %v365 : i64
        %v2285 = arith.constant true
        %v2286 = arith.addi %v47, %v2284 : i64
        %v2287 = llvm.getelementptr %v37[%v2286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2288 = llvm.load %v2287 : !llvm.ptr<3> -> i64
        %v2289 = arith.addi %v1579, %v2031 : i64
        %v2290 = arith.cmpi slt, %v2289, %v94 : i64
        %v2291 = arith.subi %size_L, %v2 : i64
        %v2292 = arith.minsi %v2289, %v2291 : i64
        %v2293 = arith.addi %v2288, %v2292 : i64
        %v2294 = arith.muli %v2286, %v108 : i64
        %v2295 = arith.addi %v2294, %v2031 : i64
        %v2296 = llvm.getelementptr %in_delta[%v2293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2297 = llvm.load %v2296 : !llvm.ptr -> f32
        %v2298 = arith.addi %v2030, %v380 : i64
        %v2299 = arith.constant true
        %v2300 = arith.addi %v47, %v2298 : i64
        %v2301 = llvm.getelementptr %v37[%v2300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2302 = llvm.load %v2301 : !llvm.ptr<3> -> i64
        %v2303 = arith.addi %v1579, %v2031 : i64
        %v2304 = arith.cmpi slt, %v2303, %v94 : i64
        %v2305 = arith.subi %size_L, %v2 : i64
        %v2306 = arith.minsi %v2303, %v2305 : i64
        %v2307 = arith.addi %v2302, %v2306 : i64
        %v2308 = arith.muli %v2300, %v108 : i64
        %v2309 = arith.addi %v2308, %v2031 : i64
        %v2310 = llvm.getelementptr %in_delta[%v2307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2311 = llvm.load %v2310 : !llvm.ptr -> f32
        %v2312 = arith.addi %v2030, %v395 : i64
        %v2313 = arith.constant true
        %v2314 = arith.addi %v47, %v2312 : i64
        %v2315 = llvm.getelementptr %v37[%v2314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2316 = llvm.load %v2315 : !llvm.ptr<3> -> i64
        %v2317 = arith.addi %v1579, %v2031 : i64
        %v2318 = arith.cmpi slt, %v2317, %v94 : i64
        %v2319 = arith.subi %size_L, %v2 : i64
        %v2320 = arith.minsi %v2317, %v2319 : i64
        %v2321 = arith.addi %v2316, %v2320 : i64
        %v2322 = arith.muli %v2314, %v108 : i64
        %v2323 = arith.addi %v2322, %v2031 : i64
        %v2324 = llvm.getelementptr %in_delta[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
        %v2326 = arith.addi %v2030, %v410 : i64
        %v2327 = arith.constant true
        %v2328 = arith.addi %v47, %v2326 : i64
        %v2329 = llvm.getelementptr %v37[%v2328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2330 = llvm.load %v2329 : !llvm.ptr<3> -> i64
        %v2331 = arith.addi %v1579, %v2031 : i64
        %v2332 = arith.cmpi slt, %v2331, %v94 : i64
        %v2333 = arith.subi %size_L, %v2 : i64
        %v2334 = arith.minsi %v2331, %v2333 : i64
        %v2335 = arith.addi %v2330, %v2334 : i64
        %v2336 = arith.muli %v2328, %v108 : i64
        %v2337 = arith.addi %v2336, %v2031 : i64
        %v2338 = llvm.getelementptr %in_delta[%v2335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2339 = llvm.load %v2338 : !llvm.ptr -> f32
        %v2340 = arith.addi %v2030, %v425 : i64
        %v2341 = arith.constant true
        %v2342 = arith.addi %v47, %v2340 : i64
        %v2343 = llvm.getelementptr %v37[%v2342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2344 = llvm.load %v2343 : !llvm.ptr<3> -> i64
        %v2345 = arith.addi %v1579, %v2031 : i64
        %v2346 = arith.cmpi slt, %v2345, %v94 : i64
        %v2347 = arith.subi %size_L, %v2 : i64
        %v2348 = arith.minsi %v2345, %v2347 : i64
        %v2349 = arith.addi %v2344, %v2348 : i64
        %v2350 = arith.muli %v2342, %v108 : i64
        %v2351 = arith.addi %v2350, %v2031 : i64
        %v2352 = llvm.getelementptr %in_delta[%v2349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2353 = llvm.load %v2352 : !llvm.ptr -> f32
        %v2354 = arith.addi %v2030, %v440 : i64
        %v2355 = arith.constant true
        %v2356 = arith.addi %v47, %v2354 : i64
        %v2357 = llvm.getelementptr %v37[%v2356] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2358 = llvm.load %v2357 : !llvm.ptr<3> -> i64
        %v2359 = arith.addi %v1579, %v2031 : i64
        %v2360 = arith.cmpi slt, %v2359, %v94 : i64
        %v2361 = arith.subi %size_L, %v2 : i64
        %v2362 = arith.minsi %v2359, %v2361 : i64
        %v2363 = arith.addi %v2358, %v2362 : i64
        %v2364 = arith.muli %v2356, %v108 : i64
        %v2365 = arith.addi %v2364, %v2031 : i64
        %v2366 = llvm.getelementptr %in_delta[%v2363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2367 = llvm.load %v2366 : !llvm.ptr -> f32
        %v2368 = arith.addi %v2030, %v455 : i64
        %v2369 = arith.constant true
        %v2370 = arith.addi %v47, %v2368 : i64
        %v2371 = llvm.getelementptr %v37[%v2370] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2372 = llvm.load %v2371 : !llvm.ptr<3> -> i64
        %v2373 = arith.addi %v1579, %v2031 : i64
        %v2374 = arith.cmpi slt, %v2373, %v94 : i64
        %v2375 = arith.subi %size_L, %v2 : i64
        %v2376 = arith.minsi %v2373, %v2375 : i64
        %v2377 = arith.addi %v2372, %v2376 : i64
        %v2378 = arith.muli %v2370, %v108 : i64
        %v2379 = arith.addi %v2378, %v2031 : i64
        %v2380 = llvm.getelementptr %in_delta[%v2377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2381 = llvm.load %v2380 : !llvm.ptr -> f32
        %v2382 = arith.addi %v2030, %v470 : i64
        %v2383 = arith.constant true
        %v2384 = arith.addi %v47, %v2382 : i64
        %v2385 = llvm.getelementptr %v37[%v2384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2386 = llvm.load %v2385 : !llvm.ptr<3> -> i64
        %v2387 = arith.addi %v1579, %v2031 : i64
        %v2388 = arith.cmpi slt, %v2387, %v94 : i64
        %v2389 = arith.subi %size_L, %v2 : i64
        %v2390 = arith.minsi %v2387, %v2389 : i64
        %v2391 = arith.addi %v2386, %v2390 : i64
        %v2392 = arith.muli %v2384, %v108 : i64
        %v2393 = arith.addi %v2392, %v2031 : i64
        %v2394 = llvm.getelementptr %in_delta[%v2391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
        %v2396 = arith.addi %v2030, %v485 : i64
        %v2397 = arith.constant true
        %v2398 = arith.addi %v47, %v2396 : i64
        %v2399 = llvm.getelementptr %v37[%v2398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2400 = llvm.load %v2399 : !llvm.ptr<3> -> i64
        %v2401 = arith.addi %v1579, %v2031 : i64
        %v2402 = arith.cmpi slt, %v2401, %v94 : i64
        %v2403 = arith.subi %size_L, %v2 : i64
        %v2404 = arith.minsi %v2401, %v2403 : i64
        %v2405 = arith.addi %v2400, %v2404 : i64
        %v2406 = arith.muli %v2398, %v108 : i64
        %v2407 = arith.addi %v2406, %v2031 : i64
        %v2408 = llvm.getelementptr %in_delta[%v2405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2409 = llvm.load %v2408 : !llvm.ptr -> f32
        %v2410 = arith.addi %v2030, %v500 : i64
        %v2411 = arith.constant true
        %v2412 = arith.addi %v47, %v2410 : i64
        %v2413 = llvm.getelementptr %v37[%v2412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2414 = llvm.load %v2413 : !llvm.ptr<3> -> i64
        %v2415 = arith.addi %v1579, %v2031 : i64
        %v2416 = arith.cmpi slt, %v2415, %v94 : i64
        %v2417 = arith.subi %size_L, %v2 : i64
        %v2418 = arith.minsi %v2415, %v2417 : i64
        %v2419 = arith.addi %v2414, %v2418 : i64
        %v2420 = arith.muli %v2412, %v108 : i64
        %v2421 = arith.addi %v2420, %v2031 : i64
        %v2422 = llvm.getelementptr %in_delta[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2423 = llvm.load %v2422 : !llvm.ptr -> f32
        %v2424 = arith.addi %v2030, %v515 : i64
        %v2425 = arith.constant true
        %v2426 = arith.addi %v47, %v2424 : i64
        %v2427 = llvm.getelementptr %v37[%v2426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2428 = llvm.load %v2427 : !llvm.ptr<3> -> i64
        %v2429 = arith.addi %v1579, %v2031 : i64
        %v2430 = arith.cmpi slt, %v2429, %v94 : i64
        %v2431 = arith.subi %size_L, %v2 : i64
        %v2432 = arith.minsi %v2429, %v2431 : i64
        %v2433 = arith.addi %v2428, %v2432 : i64
        %v2434 = arith.muli %v2426, %v108 : i64
        %v2435 = arith.addi %v2434, %v2031 : i64
        %v2436 = llvm.getelementptr %in_delta[%v2433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2437 = llvm.load %v2436 : !llvm.ptr -> f32
        %v2438 = arith.addi %v2030, %v530 : i64
        %v2439 = arith.constant true
        %v2440 = arith.addi %v47, %v2438 : i64
        %v2441 = llvm.getelementptr %v37[%v2440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2442 = llvm.load %v2441 : !llvm.ptr<3> -> i64
        %v2443 = arith.addi %v1579, %v2031 : i64
        %v2444 = arith.cmpi slt, %v2443, %v94 : i64
        %v2445 = arith.subi %size_L, %v2 : i64
        %v2446 = arith.minsi %v2443, %v2445 : i64
        %v2447 = arith.addi %v2442, %v2446 : i64
        %v2448 = arith.muli %v2440, %v108 : i64
        %v2449 = arith.addi %v2448, %v2031 : i64
        %v2450 = llvm.getelementptr %in_delta[%v2447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2451 = llvm.load %v2450 : !llvm.ptr -> f32
        %v2452 = arith.addi %v2030, %v545 : i64
        %v2453 = arith.constant true
        %v2454 = arith.addi %v47, %v2452 : i64
        %v2455 = llvm.getelementptr %v37[%v2454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2456 = llvm.load %v2455 : !llvm.ptr<3> -> i64
        %v2457 = arith.addi %v1579, %v2031 : i64
        %v2458 = arith.cmpi slt, %v2457, %v94 : i64
        %v2459 = arith.subi %size_L, %v2 : i64
        %v2460 = arith.minsi %v2457, %v2459 : i64
        %v2461 = arith.addi %v2456, %v2460 : i64
        %v2462 = arith.muli %v2454, %v108 : i64
        %v2463 = arith.addi %v2462, %v2031 : i64
        %v2464 = llvm.getelementptr %in_delta[%v2461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2465 = llvm.load %v2464 : !llvm.ptr -> f32
        %v2466 = arith.addi %v2030, %v560 : i64
        %v2467 = arith.constant true
        %v2468 = arith.addi %v47, %v2466 : i64
        %v2469 = llvm.getelementptr %v37[%v2468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2470 = llvm.load %v2469 : !llvm.ptr<3> -> i64
        %v2471 = arith.addi %v1579, %v2031 : i64
        %v2472 = arith.cmpi slt, %v2471, %v94 : i64
        %v2473 = arith.subi %size_L, %v2 : i64
        %v2474 = arith.minsi %v2471, %v2473 : i64
        %v2475 = arith.addi %v2470, %v2474 : i64
        %v2476 = arith.muli %v2468, %v108 : i64
        %v2477 = arith.addi %v2476, %v2031 : i64
        %v2478 = llvm.getelementptr %in_delta[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2479 = llvm.load %v2478 : !llvm.ptr -> f32
        %v2480 = arith.divui %v45, %v95 : i64
        %v2481 = arith.remui %v45, %v95 : i64
        %v2482 = arith.addi %v2480, %v62 : i64
        %v2483 = arith.constant true
        %v2484 = arith.addi %v1093, %v2482 : i64
        %v2485 = llvm.getelementptr %v37[%v2484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2486 = llvm.load %v2485 : !llvm.ptr<3> -> i64
        %v2487 = arith.addi %v1579, %v2481 : i64
        %v2488 = arith.cmpi slt, %v2487, %v94 : i64
        %v2489 = arith.subi %size_L, %v2 : i64
        %v2490 = arith.minsi %v2487, %v2489 : i64
        %v2491 = arith.addi %v2486, %v2490 : i64
        %v2492 = arith.muli %v2484, %v108 : i64
        %v2493 = arith.addi %v2492, %v2481 : i64
        %v2494 = llvm.getelementptr %in_z[%v2491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2495 = llvm.load %v2494 : !llvm.ptr -> f32
        %v2496 = arith.addi %v2480, %v86 : i64
        %v2497 = arith.constant true
        %v2498 = arith.addi %v1093, %v2496 : i64
        %v2499 = llvm.getelementptr %v37[%v2498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2500 = llvm.load %v2499 : !llvm.ptr<3> -> i64
        %v2501 = arith.addi %v1579, %v2481 : i64
        %v2502 = arith.cmpi slt, %v2501, %v94 : i64
        %v2503 = arith.subi %size_L, %v2 : i64
        %v2504 = arith.minsi %v2501, %v2503 : i64
        %v2505 = arith.addi %v2500, %v2504 : i64
        %v2506 = arith.muli %v2498, %v108 : i64
        %v2507 = arith.addi %v2506, %v2481 : i64
        %v2508 = llvm.getelementptr %in_z[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2509 = llvm.load %v2508 : !llvm.ptr -> f32
        %v2510 = arith.addi %v2480, %v127 : i64
        %v2511 = arith.constant true
        %v2512 = arith.addi %v1093, %v2510 : i64
        %v2513 = llvm.getelementptr %v37[%v2512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2514 = llvm.load %v2513 : !llvm.ptr<3> -> i64
        %v2515 = arith.addi %v1579, %v2481 : i64
        %v2516 = arith.cmpi slt, %v2515, %v94 : i64
        %v2517 = arith.subi %size_L, %v2 : i64
        %v2518 = arith.minsi %v2515, %v2517 : i64
        %v2519 = arith.addi %v2514, %v2518 : i64
        %v2520 = arith.muli %v2512, %v108 : i64
        %v2521 = arith.addi %v2520, %v2481 : i64
        %v2522 = llvm.getelementptr %in_z[%v2519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2523 = llvm.load %v2522 : !llvm.ptr -> f32
        %v2524 = arith.addi %v2480, %v142 : i64
        %v2525 = arith.constant true
        %v2526 = arith.addi %v1093, %v2524 : i64
        %v2527 = llvm.getelementptr %v37[%v2526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2528 = llvm.load %v2527 : !llvm.ptr<3> -> i64
        %v2529 = arith.addi %v1579, %v2481 : i64
        %v2530 = arith.cmpi slt, %v2529, %v94 : i64
        %v2531 = arith.subi %size_L, %v2 : i64
        %v2532 = arith.minsi %v2529, %v2531 : i64
        %v2533 = arith.addi %v2528, %v2532 : i64
        %v2534 = arith.muli %v2526, %v108 : i64
        %v2535 = arith.addi %v2534, %v2481 : i64
        %v2536 = llvm.getelementptr %in_z[%v2533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2537 = llvm.load %v2536 : !llvm.ptr -> f32
        %v2538 = arith.addi %v2480, %v157 : i64
        %v2539 = arith.constant true
        %v2540 = arith.addi %v1093, %v2538 : i64
        %v2541 = llvm.getelementptr %v37[%v2540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2542 = llvm.load %v2541 : !llvm.ptr<3> -> i64
        %v2543 = arith.addi %v1579, %v2481 : i64
        %v2544 = arith.cmpi slt, %v2543, %v94 : i64
        %v2545 = arith.subi %size_L, %v2 : i64
        %v2546 = arith.minsi %v2543, %v2545 : i64
        %v2547 = arith.addi %v2542, %v2546 : i64
        %v2548 = arith.muli %v2540, %v108 : i64
        %v2549 = arith.addi %v2548, %v2481 : i64
        %v2550 = llvm.getelementptr %in_z[%v2547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2551 = llvm.load %v2550 : !llvm.ptr -> f32
        %v2552 = arith.addi %v2480, %v172 : i64
        %v2553 = arith.constant true
        %v2554 = arith.addi %v1093, %v2552 : i64
        %v2555 = llvm.getelementptr %v37[%v2554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2556 = llvm.load %v2555 : !llvm.ptr<3> -> i64
        %v2557 = arith.addi %v1579, %v2481 : i64
        %v2558 = arith.cmpi slt, %v2557, %v94 : i64
        %v2559 = arith.subi %size_L, %v2 : i64
        %v2560 = arith.minsi %v2557, %v2559 : i64
        %v2561 = arith.addi %v2556, %v2560 : i64
        %v2562 = arith.muli %v2554, %v108 : i64
        %v2563 = arith.addi %v2562, %v2481 : i64
        %v2564 = llvm.getelementptr %in_z[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
        %v2566 = arith.addi %v2480, %v187 : i64
        %v2567 = arith.constant true
        %v2568 = arith.addi %v1093, %v2566 : i64
        %v2569 = llvm.getelementptr %v37[%v2568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2570 = llvm.load %v2569 : !llvm.ptr<3> -> i64
        %v2571 = arith.addi %v1579, %v2481 : i64
        %v2572 = arith.cmpi slt, %v2571, %v94 : i64
        %v2573 = arith.subi %size_L, %v2 : i64
        %v2574 = arith.minsi %v2571, %v2573 : i64
        %v2575 = arith.addi %v2570, %v2574 : i64
        %v2576 = arith.muli %v2568, %v108 : i64
        %v2577 = arith.addi %v2576, %v2481 : i64
        %v2578 = llvm.getelementptr %in_z[%v2575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2579 = llvm.load %v2578 : !llvm.ptr -> f32
        %v2580 = arith.addi %v2480, %v202 : i64
        %v2581 = arith.constant true
        %v2582 = arith.addi %v1093, %v2580 : i64
        %v2583 = llvm.getelementptr %v37[%v2582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2584 = llvm.load %v2583 : !llvm.ptr<3> -> i64
        %v2585 = arith.addi %v1579, %v2481 : i64
        %v2586 = arith.cmpi slt, %v2585, %v94 : i64
        %v2587 = arith.subi %size_L, %v2 : i64
        %v2588 = arith.minsi %v2585, %v2587 : i64
        %v2589 = arith.addi %v2584, %v2588 : i64
        %v2590 = arith.muli %v2582, %v108 : i64
        %v2591 = arith.addi %v2590, %v2481 : i64
        %v2592 = llvm.getelementptr %in_z[%v2589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2593 = llvm.load %v2592 : !llvm.ptr -> f32
        %v2594 = arith.addi %v2480, %v1 : i64
        %v2595 = arith.constant true
        %v2596 = arith.addi %v1093, %v2594 : i64
        %v2597 = llvm.getelementptr %v37[%v2596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2598 = llvm.load %v2597 : !llvm.ptr<3> -> i64
        %v2599 = arith.addi %v1579, %v2481 : i64
        %v2600 = arith.cmpi slt, %v2599, %v94 : i64
        %v2601 = arith.subi %size_L, %v2 : i64
        %v2602 = arith.minsi %v2599, %v2601 : i64
        %v2603 = arith.addi %v2598, %v2602 : i64
        %v2604 = arith.muli %v2596, %v108 : i64
        %v2605 = arith.addi %v2604, %v2481 : i64
        %v2606 = llvm.getelementptr %in_z[%v2603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2607 = llvm.load %v2606 : !llvm.ptr -> f32
        %v2608 = arith.addi %v2480, %v231 : i64
        %v2609 = arith.constant true
        %v2610 = arith.addi %v1093, %v2608 : i64
        %v2611 = llvm.getelementptr %v37[%v2610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2612 = llvm.load %v2611 : !llvm.ptr<3> -> i64
        %v2613 = arith.addi %v1579, %v2481 : i64
        %v2614 = arith.cmpi slt, %v2613, %v94 : i64
        %v2615 = arith.subi %size_L, %v2 : i64
        %v2616 = arith.minsi %v2613, %v2615 : i64
        %v2617 = arith.addi %v2612, %v2616 : i64
        %v2618 = arith.muli %v2610, %v108 : i64
        %v2619 = arith.addi %v2618, %v2481 : i64
        %v2620 = llvm.getelementptr %in_z[%v2617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2621 = llvm.load %v2620 : !llvm.ptr -> f32
        %v2622 = arith.addi %v2480, %v246 : i64
        %v2623 = arith.constant true
        %v2624 = arith.addi %v1093, %v2622 : i64
        %v2625 = llvm.getelementptr %v37[%v2624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2626 = llvm.load %v2625 : !llvm.ptr<3> -> i64
        %v2627 = arith.addi %v1579, %v2481 : i64
        %v2628 = arith.cmpi slt, %v2627, %v94 : i64
        %v2629 = arith.subi %size_L, %v2 : i64
        %v2630 = arith.minsi %v2627, %v2629 : i64
        %v2631 = arith.addi %v2626, %v2630 : i64
        %v2632 = arith.muli %v2624, %v108 : i64
        %v2633 = arith.addi %v2632, %v2481 : i64
        %v2634 = llvm.getelementptr %in_z[%v2631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2635 = llvm.load %v2634 : !llvm.ptr -> f32
        %v2636 = arith.addi %v2480, %v261 : i64
        %v2637 = arith.constant true
        %v2638 = arith.addi %v1093, %v2636 : i64
        %v2639 = llvm.getelementptr %v37[%v2638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2640 = llvm.load %v2639 : !llvm.ptr<3> -> i64
        %v2641 = arith.addi %v1579, %v2481 : i64
        %v2642 = arith.cmpi slt, %v2641, %v94 : i64
        %v2643 = arith.subi %size_L, %v2 : i64
        %v2644 = arith.minsi %v2641, %v2643 : i64
        %v2645 = arith.addi %v2640, %v2644 : i64
        %v2646 = arith.muli %v2638, %v108 : i64
        %v2647 = arith.addi %v2646, %v2481 : i64
        %v2648 = llvm.getelementptr %in_z[%v2645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2649 = llvm.load %v2648 : !llvm.ptr -> f32
        %v2650 = arith.addi %v2480, %v276 : i64
        %v2651 = arith.constant true
        %v2652 = arith.addi %v1093, %v2650 : i64
        %v2653 = llvm.getelementptr %v37[%v2652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2654 = llvm.load %v2653 : !llvm.ptr<3> -> i64
        %v2655 = arith.addi %v1579, %v2481 : i64
        %v2656 = arith.cmpi slt, %v2655, %v94 : i64
        %v2657 = arith.subi %size_L, %v2 : i64
        %v2658 = arith.minsi %v2655, %v2657 : i64
        %v2659 = arith.addi %v2654, %v2658 : i64
        %v2660 = arith.muli %v2652, %v108 : i64
        %v2661 = arith.addi %v2660, %v2481 : i64
        %v2662 = llvm.getelementptr %in_z[%v2659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2663 = llvm.load %v2662 : !llvm.ptr -> f32
        %v2664 = arith.addi %v2480, %v291 : i64
        %v2665 = arith.constant true
        %v2666 = arith.addi %v1093, %v2664 : i64
        %v2667 = llvm.getelementptr %v37[%v2666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2668 = llvm.load %v2667 : !llvm.ptr<3> -> i64
        %v2669 = arith.addi %v1579, %v2481 : i64
        %v2670 = arith.cmpi slt, %v2669, %v94 : i64
        %v2671 = arith.subi %size_L, %v2 : i64
        %v2672 = arith.minsi %v2669, %v2671 : i64
        %v2673 = arith.addi %v2668, %v2672 : i64
        %v2674 = arith.muli %v2666, %v108 : i64
        %v2675 = arith.addi %v2674, %v2481 : i64
        %v2676 = llvm.getelementptr %in_z[%v2673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2677 = llvm.load %v2676 : !llvm.ptr -> f32
        %v2678 = arith.addi %v2480, %v306 : i64
        %v2679 = arith.constant true
        %v2680 = arith.addi %v1093, %v2678 : i64
        %v2681 = llvm.getelementptr %v37[%v2680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2682 = llvm.load %v2681 : !llvm.ptr<3> -> i64
        %v2683 = arith.addi %v1579, %v2481 : i64
        %v2684 = arith.cmpi slt, %v2683, %v94 : i64
        %v2685 = arith.subi %size_L, %v2 : i64
        %v2686 = arith.minsi %v2683, %v2685 : i64
        %v2687 = arith.addi %v2682, %v2686 : i64
        %v2688 = arith.muli %v2680, %v108 : i64
        %v2689 = arith.addi %v2688, %v2481 : i64
        %v2690 = llvm.getelementptr %in_z[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2691 = llvm.load %v2690 : !llvm.ptr -> f32
        %v2692 = arith.addi %v2480, %v321 : i64
        %v2693 = arith.constant true
        %v2694 = arith.addi %v1093, %v2692 : i64
        %v2695 = llvm.getelementptr %v37[%v2694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2696 = llvm.load %v2695 : !llvm.ptr<3> -> i64
        %v2697 = arith.addi %v1579, %v2481 : i64
        %v2698 = arith.cmpi slt, %v2697, %v94 : i64
        %v2699 = arith.subi %size_L, %v2 : i64
        %v2700 = arith.minsi %v2697, %v2699 : i64
        %v2701 = arith.addi %v2696, %v2700 : i64
        %v2702 = arith.muli %v2694, %v108 : i64
        %v2703 = arith.addi %v2702, %v2481 : i64
        %v2704 = llvm.getelementptr %in_z[%v2701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2705 = llvm.load %v2704 : !llvm.ptr -> f32
        %v2706 = arith.addi %v2480, %v95 : i64
        %v2707 = arith.constant true
        %v2708 = arith.addi %v1093, %v2706 : i64
        %v2709 = llvm.getelementptr %v37[%v2708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2710 = llvm.load %v2709 : !llvm.ptr<3> -> i64
        %v2711 = arith.addi %v1579, %v2481 : i64
        %v2712 = arith.cmpi slt, %v2711, %v94 : i64
        %v2713 = arith.subi %size_L, %v2 : i64
        %v2714 = arith.minsi %v2711, %v2713 : i64
        %v2715 = arith.addi %v2710, %v2714 : i64
        %v2716 = arith.muli %v2708, %v108 : i64
        %v2717 = arith.addi %v2716, %v2481 : i64
        %v2718 = llvm.getelementptr %in_z[%v2715] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2719 = llvm.load %v2718 : !llvm.ptr -> f32
        %v2720 = arith.addi %v2480, %v350 : i64
        %v2721 = arith.constant true
        %v2722 = arith.addi %v1093, %v2720 : i64
        %v2723 = llvm.getelementptr %v37[%v2722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2724 = llvm.load %v2723 : !llvm.ptr<3> -> i64
        %v2725 = arith.addi %v1579, %v2481 : i64
        %v2726 = arith.cmpi slt, %v2725, %v94 : i64
        %v2727 = arith.subi %size_L, %v2 : i64
        %v2728 = arith.minsi %v2725, %v2727 : i64
        %v2729 = arith.addi %v2724, %v2728 : i64
        %v2730 = arith.muli %v2722, %v108 : i64
        %v2731 = arith.addi %v2730, %v2481 : i64
        %v2732 = llvm.getelementptr %in_z[%v2729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2733 = llvm.load %v2732 : !llvm.ptr -> f32
        %v2734 = arith.addi %v2480, %v365 : i64
        %v2735 = arith.constant true
        %v2736 = arith.addi %v1093, %v2734 : i64
        %v2737 = llvm.getelementptr %v37[%v2736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2738 = llvm.load %v2737 : !llvm.ptr<3> -> i64
        %v2739 = arith.addi %v1579, %v2481 : i64
        %v2740 = arith.cmpi slt, %v2739, %v94 : i64
        %v2741 = arith.subi %size_L, %v2 : i64
        %v2742 = arith.minsi %v2739, %v2741 : i64
        %v2743 = arith.addi %v2738, %v2742 : i64
        %v2744 = arith.muli %v2736, %v108 : i64
        %v2745 = arith.addi %v2744, %v2481 : i64
        %v2746 = llvm.getelementptr %in_z[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2747 = llvm.load %v2746 : !llvm.ptr -> f32
        %v2748 = arith.addi %v2480, %v380 : i64
        %v2749 = arith.constant true
        %v2750 = arith.addi %v1093, %v2748 : i64
        %v2751 = llvm.getelementptr %v37[%v2750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2752 = llvm.load %v2751 : !llvm.ptr<3> -> i64
        %v2753 = arith.addi %v1579, %v2481 : i64
        %v2754 = arith.cmpi slt, %v2753, %v94 : i64
        %v2755 = arith.subi %size_L, %v2 : i64
        %v2756 = arith.minsi %v2753, %v2755 : i64
        %v2757 = arith.addi %v2752, %v2756 : i64
        %v2758 = arith.muli %v2750, %v108 : i64
        %v2759 = arith.addi %v2758, %v2481 : i64
        %v2760 = llvm.getelementptr %in_z[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2761 = llvm.load %v2760 : !llvm.ptr -> f32
        %v2762 = arith.addi %v2480, %v395 : i64
        %v2763 = arith.constant true
        %v2764 = arith.addi %v1093, %v2762 : i64
        %v2765 = llvm.getelementptr %v37[%v2764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2766 = llvm.load %v2765 : !llvm.ptr<3> -> i64
        %v2767 = arith.addi %v1579, %v2481 : i64
        %v2768 = arith.cmpi slt, %v2767, %v94 : i64
        %v2769 = arith.subi %size_L, %v2 : i64
        %v2770 = arith.minsi %v2767, %v2769 : i64
        %v2771 = arith.addi %v2766, %v2770 : i64
        %v2772 = arith.muli %v2764, %v108 : i64
        %v2773 = arith.addi %v2772, %v2481 : i64
        %v2774 = llvm.getelementptr %in_z[%v2771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2775 = llvm.load %v2774 : !llvm.ptr -> f32
        %v2776 = arith.addi %v2480, %v410 : i64
        %v2777 = arith.constant true
        %v2778 = arith.addi %v1093, %v2776 : i64
        %v2779 = llvm.getelementptr %v37[%v2778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2780 = llvm.load %v2779 : !llvm.ptr<3> -> i64
        %v2781 = arith.addi %v1579, %v2481 : i64
        %v2782 = arith.cmpi slt, %v2781, %v94 : i64
        %v2783 = arith.subi %size_L, %v2 : i64
        %v2784 = arith.minsi %v2781, %v2783 : i64
        %v2785 = arith.addi %v2780, %v2784 : i64
        %v2786 = arith.muli %v2778, %v108 : i64
        %v2787 = arith.addi %v2786, %v2481 : i64
        %v2788 = llvm.getelementptr %in_z[%v2785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2789 = llvm.load %v2788 : !llvm.ptr -> f32
        %v2790 = arith.addi %v2480, %v425 : i64
        %v2791 = arith.constant true
        %v2792 = arith.addi %v1093, %v2790 : i64
        %v2793 = llvm.getelementptr %v37[%v2792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2794 = llvm.load %v2793 : !llvm.ptr<3> -> i64
        %v2795 = arith.addi %v1579, %v2481 : i64
        %v2796 = arith.cmpi slt, %v2795, %v94 : i64
        %v2797 = arith.subi %size_L, %v2 : i64
        %v2798 = arith.minsi %v2795, %v2797 : i64
        %v2799 = arith.addi %v2794, %v2798 : i64
        %v2800 = arith.muli %v2792, %v108 : i64
        %v2801 = arith.addi %v2800, %v2481 : i64
        %v2802 = llvm.getelementptr %in_z[%v2799] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2803 = llvm.load %v2802 : !llvm.ptr -> f32
        %v2804 = arith.addi %v2480, %v440 : i64
        %v2805 = arith.constant true
        %v2806 = arith.addi %v1093, %v2804 : i64
        %v2807 = llvm.getelementptr %v37[%v2806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2808 = llvm.load %v2807 : !llvm.ptr<3> -> i64
        %v2809 = arith.addi %v1579, %v2481 : i64
        %v2810 = arith.cmpi slt, %v2809, %v94 : i64
        %v2811 = arith.subi %size_L, %v2 : i64
        %v2812 = arith.minsi %v2809, %v2811 : i64
        %v2813 = arith.addi %v2808, %v2812 : i64
        %v2814 = arith.muli %v2806, %v108 : i64
        %v2815 = arith.addi %v2814, %v2481 : i64
        %v2816 = llvm.getelementptr %in_z[%v2813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2817 = llvm.load %v2816 : !llvm.ptr -> f32
        %v2818 = arith.addi %v2480, %v455 : i64
        %v2819 = arith.constant true
        %v2820 = arith.addi %v1093, %v2818 : i64
        %v2821 = llvm.getelementptr %v37[%v2820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2822 = llvm.load %v2821 : !llvm.ptr<3> -> i64
        %v2823 = arith.addi %v1579, %v2481 : i64
        %v2824 = arith.cmpi slt, %v2823, %v94 : i64
        %v2825 = arith.subi %size_L, %v2 : i64
        %v2826 = arith.minsi %v2823, %v2825 : i64
        %v2827 = arith.addi %v2822, %v2826 : i64
        %v2828 = arith.muli %v2820, %v108 : i64
        %v2829 = arith.addi %v2828, %v2481 : i64
        %v2830 = llvm.getelementptr %in_z[%v2827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2831 = llvm.load %v2830 : !llvm.ptr -> f32
        %v2832 = arith.addi %v2480, %v470 : i64
        %v2833 = arith.constant true
        %v2834 = arith.addi %v1093, %v2832 : i64
        %v2835 = llvm.getelementptr %v37[%v2834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2836 = llvm.load %v2835 : !llvm.ptr<3> -> i64
        %v2837 = arith.addi %v1579, %v2481 : i64
        %v2838 = arith.cmpi slt, %v2837, %v94 : i64
        %v2839 = arith.subi %size_L, %v2 : i64
        %v2840 = arith.minsi %v2837, %v2839 : i64
        %v2841 = arith.addi %v2836, %v2840 : i64
        %v2842 = arith.muli %v2834, %v108 : i64
        %v2843 = arith.addi %v2842, %v2481 : i64
        %v2844 = llvm.getelementptr %in_z[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2845 = llvm.load %v2844 : !llvm.ptr -> f32
        %v2846 = arith.addi %v2480, %v485 : i64
        %v2847 = arith.constant true
        %v2848 = arith.addi %v1093, %v2846 : i64
        %v2849 = llvm.getelementptr %v37[%v2848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2850 = llvm.load %v2849 : !llvm.ptr<3> -> i64
        %v2851 = arith.addi %v1579, %v2481 : i64
        %v2852 = arith.cmpi slt, %v2851, %v94 : i64
        %v2853 = arith.subi %size_L, %v2 : i64
        %v2854 = arith.minsi %v2851, %v2853 : i64
        %v2855 = arith.addi %v2850, %v2854 : i64
        %v2856 = arith.muli %v2848, %v108 : i64
        %v2857 = arith.addi %v2856, %v2481 : i64
        %v2858 = llvm.getelementptr %in_z[%v2855] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2859 = llvm.load %v2858 : !llvm.ptr -> f32
        %v2860 = arith.addi %v2480, %v500 : i64
        %v2861 = arith.constant true
        %v2862 = arith.addi %v1093, %v2860 : i64
        %v2863 = llvm.getelementptr %v37[%v2862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2864 = llvm.load %v2863 : !llvm.ptr<3> -> i64
        %v2865 = arith.addi %v1579, %v2481 : i64
        %v2866 = arith.cmpi slt, %v2865, %v94 : i64
        %v2867 = arith.subi %size_L, %v2 : i64
        %v2868 = arith.minsi %v2865, %v2867 : i64
        %v2869 = arith.addi %v2864, %v2868 : i64
        %v2870 = arith.muli %v2862, %v108 : i64
        %v2871 = arith.addi %v2870, %v2481 : i64
        %v2872 = llvm.getelementptr %in_z[%v2869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2873 = llvm.load %v2872 : !llvm.ptr -> f32
        %v2874 = arith.addi %v2480, %v515 : i64
        %v2875 = arith.constant true
        %v2876 = arith.addi %v1093, %v2874 : i64
        %v2877 = llvm.getelementptr %v37[%v2876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2878 = llvm.load %v2877 : !llvm.ptr<3> -> i64
        %v2879 = arith.addi %v1579, %v2481 : i64
        %v2880 = arith.cmpi slt, %v2879, %v94 : i64
        %v2881 = arith.subi %size_L, %v2 : i64
        %v2882 = arith.minsi %v2879, %v2881 : i64
        %v2883 = arith.addi %v2878, %v2882 : i64
        %v2884 = arith.muli %v2876, %v108 : i64
        %v2885 = arith.addi %v2884, %v2481 : i64
        %v2886 = llvm.getelementptr %in_z[%v2883] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2887 = llvm.load %v2886 : !llvm.ptr -> f32
        %v2888 = arith.addi %v2480, %v530 : i64
        %v2889 = arith.constant true
        %v2890 = arith.addi %v1093, %v2888 : i64
        %v2891 = llvm.getelementptr %v37[%v2890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2892 = llvm.load %v2891 : !llvm.ptr<3> -> i64
        %v2893 = arith.addi %v1579, %v2481 : i64
        %v2894 = arith.cmpi slt, %v2893, %v94 : i64
        %v2895 = arith.subi %size_L, %v2 : i64
        %v2896 = arith.minsi %v2893, %v2895 : i64
        %v2897 = arith.addi %v2892, %v2896 : i64
        %v2898 = arith.muli %v2890, %v108 : i64
        %v2899 = arith.addi %v2898, %v2481 : i64
        %v2900 = llvm.getelementptr %in_z[%v2897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2901 = llvm.load %v2900 : !llvm.ptr -> f32
        %v2902 = arith.addi %v2480, %v545 : i64
        %v2903 = arith.constant true
        %v2904 = arith.addi %v1093, %v2902 : i64
        %v2905 = llvm.getelementptr %v37[%v2904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2906 = llvm.load %v2905 : !llvm.ptr<3> -> i64
        %v2907 = arith.addi %v1579, %v2481 : i64
        %v2908 = arith.cmpi slt, %v2907, %v94 : i64
        %v2909 = arith.subi %size_L, %v2 : i64
        %v2910 = arith.minsi %v2907, %v2909 : i64
        %v2911 = arith.addi %v2906, %v2910 : i64
        %v2912 = arith.muli %v2904, %v108 : i64
        %v2913 = arith.addi %v2912, %v2481 : i64
        %v2914 = llvm.getelementptr %in_z[%v2911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2915 = llvm.load %v2914 : !llvm.ptr -> f32
        %v2916 = arith.addi %v2480, %v560 : i64
        %v2917 = arith.constant true
        %v2918 = arith.addi %v1093, %v2916 : i64
        %v2919 = llvm.getelementptr %v37[%v2918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2920 = llvm.load %v2919 : !llvm.ptr<3> -> i64
        %v2921 = arith.addi %v1579, %v2481 : i64
        %v2922 = arith.cmpi slt, %v2921, %v94 : i64
        %v2923 = arith.subi %size_L, %v2 : i64
        %v2924 = arith.minsi %v2921, %v2923 : i64
        %v2925 = arith.addi %v2920, %v2924 : i64
        %v2926 = arith.muli %v2918, %v108 : i64
        %v2927 = arith.addi %v2926, %v2481 : i64
        %v2928 = llvm.getelementptr %in_z[%v2925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2929 = llvm.load %v2928 : !llvm.ptr -> f32
        %v2930 = arith.divui %v1578, %v86 : i64
        %v2931 = arith.index_cast %v62 : i64 to index
        %v2932 = arith.index_cast %v2930 : i64 to index
        %v2933 = arith.index_cast %v2 : i64 to index
        scf.for %v2934 = %v2931 to %v2932 step %v2933 {
          %v2935 = arith.index_cast %v2934 : index to i64
          %v2936 = arith.muli %v2935, %v86 : i64
          %v2937 = arith.addi %v2936, %v62 : i64
          %v2938 = arith.addi %v2936, %v2 : i64
          %v2939 = arith.addi %v1576, %v2937 : i64
          %v2942 = arith.muli %v60, %v2941 : i64
          %v2943 = arith.muli %v2939, %v2 : i64
          %v2944 = arith.addi %v2942, %v2943 : i64
          %v2945 = llvm.getelementptr %in_Bm[%v2944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2946 = llvm.load %v2945 : !llvm.ptr -> f32
          %v2947 = arith.muli %v60, %v2941 : i64
          %v2948 = arith.constant 1 : i64
          %v2949 = arith.muli %v2948, %v2940 : i64
          %v2950 = arith.addi %v2947, %v2949 : i64
          %v2951 = arith.muli %v2939, %v2 : i64
          %v2952 = arith.addi %v2950, %v2951 : i64
          %v2953 = llvm.getelementptr %in_Bm[%v2952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2954 = llvm.load %v2953 : !llvm.ptr -> f32
          %v2955 = arith.muli %v60, %v2941 : i64
          %v2956 = arith.constant 2 : i64
          %v2957 = arith.muli %v2956, %v2940 : i64
          %v2958 = arith.addi %v2955, %v2957 : i64
          %v2959 = arith.muli %v2939, %v2 : i64
          %v2960 = arith.addi %v2958, %v2959 : i64
          %v2961 = llvm.getelementptr %in_Bm[%v2960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2962 = llvm.load %v2961 : !llvm.ptr -> f32
          %v2963 = arith.muli %v60, %v2941 : i64
          %v2964 = arith.constant 3 : i64
          %v2965 = arith.muli %v2964, %v2940 : i64
          %v2966 = arith.addi %v2963, %v2965 : i64
          %v2967 = arith.muli %v2939, %v2 : i64
          %v2968 = arith.addi %v2966, %v2967 : i64
          %v2969 = llvm.getelementptr %in_Bm[%v2968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2970 = llvm.load %v2969 : !llvm.ptr -> f32
          %v2971 = arith.muli %v60, %v2941 : i64
          %v2972 = arith.constant 4 : i64
          %v2973 = arith.muli %v2972, %v2940 : i64
          %v2974 = arith.addi %v2971, %v2973 : i64
          %v2975 = arith.muli %v2939, %v2 : i64
          %v2976 = arith.addi %v2974, %v2975 : i64
          %v2977 = llvm.getelementptr %in_Bm[%v2976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2978 = llvm.load %v2977 : !llvm.ptr -> f32
          %v2979 = arith.muli %v60, %v2941 : i64
          %v2980 = arith.constant 5 : i64
          %v2981 = arith.muli %v2980, %v2940 : i64
          %v2982 = arith.addi %v2979, %v2981 : i64
          %v2983 = arith.muli %v2939, %v2 : i64
          %v2984 = arith.addi %v2982, %v2983 : i64
          %v2985 = llvm.getelementptr %in_Bm[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2986 = llvm.load %v2985 : !llvm.ptr -> f32
          %v2987 = arith.muli %v60, %v2941 : i64
          %v2988 = arith.constant 6 : i64
          %v2989 = arith.muli %v2988, %v2940 : i64
          %v2990 = arith.addi %v2987, %v2989 : i64
          %v2991 = arith.muli %v2939, %v2 : i64
          %v2992 = arith.addi %v2990, %v2991 : i64
          %v2993 = llvm.getelementptr %in_Bm[%v2992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2994 = llvm.load %v2993 : !llvm.ptr -> f32
          %v2995 = arith.muli %v60, %v2941 : i64
          %v2996 = arith.constant 7 : i64
          %v2997 = arith.muli %v2996, %v2940 : i64
          %v2998 = arith.addi %v2995, %v2997 : i64
          %v2999 = arith.muli %v2939, %v2 : i64
          %v3000 = arith.addi %v2998, %v2999 : i64
          %v3001 = llvm.getelementptr %in_Bm[%v3000] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3002 = llvm.load %v3001 : !llvm.ptr -> f32
          %v3003 = arith.muli %v60, %v2941 : i64
          %v3004 = arith.constant 8 : i64
          %v3005 = arith.muli %v3004, %v2940 : i64
          %v3006 = arith.addi %v3003, %v3005 : i64
          %v3007 = arith.muli %v2939, %v2 : i64
          %v3008 = arith.addi %v3006, %v3007 : i64
          %v3009 = llvm.getelementptr %in_Bm[%v3008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3010 = llvm.load %v3009 : !llvm.ptr -> f32
          %v3011 = arith.muli %v60, %v2941 : i64
          %v3012 = arith.constant 9 : i64
          %v3013 = arith.muli %v3012, %v2940 : i64
          %v3014 = arith.addi %v3011, %v3013 : i64
          %v3015 = arith.muli %v2939, %v2 : i64
          %v3016 = arith.addi %v3014, %v3015 : i64
          %v3017 = llvm.getelementptr %in_Bm[%v3016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3018 = llvm.load %v3017 : !llvm.ptr -> f32
          %v3019 = arith.muli %v60, %v2941 : i64
          %v3020 = arith.constant 10 : i64
          %v3021 = arith.muli %v3020, %v2940 : i64
          %v3022 = arith.addi %v3019, %v3021 : i64
          %v3023 = arith.muli %v2939, %v2 : i64
          %v3024 = arith.addi %v3022, %v3023 : i64
          %v3025 = llvm.getelementptr %in_Bm[%v3024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3026 = llvm.load %v3025 : !llvm.ptr -> f32
          %v3027 = arith.muli %v60, %v2941 : i64
          %v3028 = arith.constant 11 : i64
          %v3029 = arith.muli %v3028, %v2940 : i64
          %v3030 = arith.addi %v3027, %v3029 : i64
          %v3031 = arith.muli %v2939, %v2 : i64
          %v3032 = arith.addi %v3030, %v3031 : i64
          %v3033 = llvm.getelementptr %in_Bm[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3034 = llvm.load %v3033 : !llvm.ptr -> f32
          %v3035 = arith.muli %v60, %v2941 : i64
          %v3036 = arith.constant 12 : i64
          %v3037 = arith.muli %v3036, %v2940 : i64
          %v3038 = arith.addi %v3035, %v3037 : i64
          %v3039 = arith.muli %v2939, %v2 : i64
          %v3040 = arith.addi %v3038, %v3039 : i64
          %v3041 = llvm.getelementptr %in_Bm[%v3040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3042 = llvm.load %v3041 : !llvm.ptr -> f32
          %v3043 = arith.muli %v60, %v2941 : i64
          %v3044 = arith.constant 13 : i64
          %v3045 = arith.muli %v3044, %v2940 : i64
          %v3046 = arith.addi %v3043, %v3045 : i64
          %v3047 = arith.muli %v2939, %v2 : i64
          %v3048 = arith.addi %v3046, %v3047 : i64
          %v3049 = llvm.getelementptr %in_Bm[%v3048] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3050 = llvm.load %v3049 : !llvm.ptr -> f32
          %v3051 = arith.muli %v60, %v2941 : i64
          %v3052 = arith.constant 14 : i64
          %v3053 = arith.muli %v3052, %v2940 : i64
          %v3054 = arith.addi %v3051, %v3053 : i64
          %v3055 = arith.muli %v2939, %v2 : i64
          %v3056 = arith.addi %v3054, %v3055 : i64
          %v3057 = llvm.getelementptr %in_Bm[%v3056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3058 = llvm.load %v3057 : !llvm.ptr -> f32
          %v3059 = arith.muli %v60, %v2941 : i64
          %v3060 = arith.constant 15 : i64
          %v3061 = arith.muli %v3060, %v2940 : i64
          %v3062 = arith.addi %v3059, %v3061 : i64
          %v3063 = arith.muli %v2939, %v2 : i64
          %v3064 = arith.addi %v3062, %v3063 : i64
          %v3065 = llvm.getelementptr %in_Bm[%v3064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3066 = llvm.load %v3065 : !llvm.ptr -> f32
          %v3067 = arith.addi %v1576, %v2938 : i64
          %v3068 = arith.muli %v60, %v2941 : i64
          %v3069 = arith.muli %v3067, %v2 : i64
          %v3070 = arith.addi %v3068, %v3069 : i64
          %v3071 = llvm.getelementptr %in_Bm[%v3070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3072 = llvm.load %v3071 : !llvm.ptr -> f32
          %v3073 = arith.muli %v60, %v2941 : i64
          %v3074 = arith.constant 1 : i64
          %v3075 = arith.muli %v3074, %v2940 : i64
          %v3076 = arith.addi %v3073, %v3075 : i64
          %v3077 = arith.muli %v3067, %v2 : i64
          %v3078 = arith.addi %v3076, %v3077 : i64
          %v3079 = llvm.getelementptr %in_Bm[%v3078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3080 = llvm.load %v3079 : !llvm.ptr -> f32
          %v3081 = arith.muli %v60, %v2941 : i64
          %v3082 = arith.constant 2 : i64
          %v3083 = arith.muli %v3082, %v2940 : i64
          %v3084 = arith.addi %v3081, %v3083 : i64
          %v3085 = arith.muli %v3067, %v2 : i64
          %v3086 = arith.addi %v3084, %v3085 : i64
          %v3087 = llvm.getelementptr %in_Bm[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3088 = llvm.load %v3087 : !llvm.ptr -> f32
          %v3089 = arith.muli %v60, %v2941 : i64
          %v3090 = arith.constant 3 : i64
          %v3091 = arith.muli %v3090, %v2940 : i64
          %v3092 = arith.addi %v3089, %v3091 : i64
          %v3093 = arith.muli %v3067, %v2 : i64
          %v3094 = arith.addi %v3092, %v3093 : i64
          %v3095 = llvm.getelementptr %in_Bm[%v3094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3096 = llvm.load %v3095 : !llvm.ptr -> f32
          %v3097 = arith.muli %v60, %v2941 : i64
          %v3098 = arith.constant 4 : i64
          %v3099 = arith.muli %v3098, %v2940 : i64
          %v3100 = arith.addi %v3097, %v3099 : i64
          %v3101 = arith.muli %v3067, %v2 : i64
          %v3102 = arith.addi %v3100, %v3101 : i64
          %v3103 = llvm.getelementptr %in_Bm[%v3102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3104 = llvm.load %v3103 : !llvm.ptr -> f32
          %v3105 = arith.muli %v60, %v2941 : i64
          %v3106 = arith.constant 5 : i64
          %v3107 = arith.muli %v3106, %v2940 : i64
          %v3108 = arith.addi %v3105, %v3107 : i64
          %v3109 = arith.muli %v3067, %v2 : i64
          %v3110 = arith.addi %v3108, %v3109 : i64
          %v3111 = llvm.getelementptr %in_Bm[%v3110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3112 = llvm.load %v3111 : !llvm.ptr -> f32
          %v3113 = arith.muli %v60, %v2941 : i64
          %v3114 = arith.constant 6 : i64
          %v3115 = arith.muli %v3114, %v2940 : i64
          %v3116 = arith.addi %v3113, %v3115 : i64
          %v3117 = arith.muli %v3067, %v2 : i64
          %v3118 = arith.addi %v3116, %v3117 : i64
          %v3119 = llvm.getelementptr %in_Bm[%v3118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3120 = llvm.load %v3119 : !llvm.ptr -> f32
          %v3121 = arith.muli %v60, %v2941 : i64
          %v3122 = arith.constant 7 : i64
          %v3123 = arith.muli %v3122, %v2940 : i64
          %v3124 = arith.addi %v3121, %v3123 : i64
          %v3125 = arith.muli %v3067, %v2 : i64
          %v3126 = arith.addi %v3124, %v3125 : i64
          %v3127 = llvm.getelementptr %in_Bm[%v3126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3128 = llvm.load %v3127 : !llvm.ptr -> f32
          %v3129 = arith.muli %v60, %v2941 : i64
          %v3130 = arith.constant 8 : i64
          %v3131 = arith.muli %v3130, %v2940 : i64
          %v3132 = arith.addi %v3129, %v3131 : i64
          %v3133 = arith.muli %v3067, %v2 : i64
          %v3134 = arith.addi %v3132, %v3133 : i64
          %v3135 = llvm.getelementptr %in_Bm[%v3134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3136 = llvm.load %v3135 : !llvm.ptr -> f32
          %v3137 = arith.muli %v60, %v2941 : i64
          %v3138 = arith.constant 9 : i64
          %v3139 = arith.muli %v3138, %v2940 : i64
          %v3140 = arith.addi %v3137, %v3139 : i64
          %v3141 = arith.muli %v3067, %v2 : i64
          %v3142 = arith.addi %v3140, %v3141 : i64
          %v3143 = llvm.getelementptr %in_Bm[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3144 = llvm.load %v3143 : !llvm.ptr -> f32
          %v3145 = arith.muli %v60, %v2941 : i64
          %v3146 = arith.constant 10 : i64
          %v3147 = arith.muli %v3146, %v2940 : i64
          %v3148 = arith.addi %v3145, %v3147 : i64
          %v3149 = arith.muli %v3067, %v2 : i64
          %v3150 = arith.addi %v3148, %v3149 : i64
          %v3151 = llvm.getelementptr %in_Bm[%v3150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3152 = llvm.load %v3151 : !llvm.ptr -> f32
          %v3153 = arith.muli %v60, %v2941 : i64
          %v3154 = arith.constant 11 : i64
          %v3155 = arith.muli %v3154, %v2940 : i64
          %v3156 = arith.addi %v3153, %v3155 : i64
          %v3157 = arith.muli %v3067, %v2 : i64
          %v3158 = arith.addi %v3156, %v3157 : i64
          %v3159 = llvm.getelementptr %in_Bm[%v3158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3160 = llvm.load %v3159 : !llvm.ptr -> f32
          %v3161 = arith.muli %v60, %v2941 : i64
          %v3162 = arith.constant 12 : i64
          %v3163 = arith.muli %v3162, %v2940 : i64
          %v3164 = arith.addi %v3161, %v3163 : i64
          %v3165 = arith.muli %v3067, %v2 : i64
          %v3166 = arith.addi %v3164, %v3165 : i64
          %v3167 = llvm.getelementptr %in_Bm[%v3166] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3168 = llvm.load %v3167 : !llvm.ptr -> f32
          %v3169 = arith.muli %v60, %v2941 : i64
          %v3170 = arith.constant 13 : i64
          %v3171 = arith.muli %v3170, %v2940 : i64
          %v3172 = arith.addi %v3169, %v3171 : i64
          %v3173 = arith.muli %v3067, %v2 : i64
          %v3174 = arith.addi %v3172, %v3173 : i64
          %v3175 = llvm.getelementptr %in_Bm[%v3174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3176 = llvm.load %v3175 : !llvm.ptr -> f32
          %v3177 = arith.muli %v60, %v2941 : i64
          %v3178 = arith.constant 14 : i64
          %v3179 = arith.muli %v3178, %v2940 : i64
          %v3180 = arith.addi %v3177, %v3179 : i64
          %v3181 = arith.muli %v3067, %v2 : i64
          %v3182 = arith.addi %v3180, %v3181 : i64
          %v3183 = llvm.getelementptr %in_Bm[%v3182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3184 = llvm.load %v3183 : !llvm.ptr -> f32
          %v3185 = arith.muli %v60, %v2941 : i64
          %v3186 = arith.constant 15 : i64
          %v3187 = arith.muli %v3186, %v2940 : i64
          %v3188 = arith.addi %v3185, %v3187 : i64
          %v3189 = arith.muli %v3067, %v2 : i64
          %v3190 = arith.addi %v3188, %v3189 : i64
          %v3191 = llvm.getelementptr %in_Bm[%v3190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3192 = llvm.load %v3191 : !llvm.ptr -> f32
          %v3193 = arith.addi %v1576, %v2937 : i64
          %v3200 = arith.muli %v2, %v47 : i64
          %v3201 = arith.addi %v3200, %v45 : i64
          %v3202 = arith.muli %v3201, %v108 : i64
          %v3203 = arith.addi %v3202, %v2937 : i64
          %v3204 = llvm.getelementptr %v38[%v3203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3205 = llvm.load %v3204 : !llvm.ptr<3> -> f32
          %v3209 = arith.addf %v3205, %v3208 fastmath<contract> : f32
          %v3210 = arith.maximumf %v3209, %v90 : f32
          %v3211 = llvm.call_intrinsic "llvm.fabs.f32"(%v3209) : (f32) -> f32
          %v3212 = arith.negf %v3211 : f32
          %v3213 = arith.mulf %v3212, %v3198 fastmath<contract> : f32
          %v3214 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3213) : (f32) -> f32
          %v3215 = arith.addf %v91, %v3214 fastmath<contract> : f32
          %v3216 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3215) : (f32) -> f32
          %v3218 = arith.mulf %v3216, %v3217 fastmath<contract> : f32
          %v3220 = arith.mulf %v3219, %v3214 fastmath<contract> : f32
          %v3222 = arith.addf %v3220, %v3221 fastmath<contract> : f32
          %v3223 = arith.mulf %v3222, %v3214 fastmath<contract> : f32
          %v3225 = arith.addf %v3223, %v3224 fastmath<contract> : f32
          %v3226 = arith.mulf %v3225, %v3214 fastmath<contract> : f32
          %v3228 = arith.addf %v3226, %v3227 fastmath<contract> : f32
          %v3229 = arith.mulf %v3228, %v3214 fastmath<contract> : f32
          %v3231 = arith.addf %v3229, %v3230 fastmath<contract> : f32
          %v3232 = arith.mulf %v3231, %v3214 fastmath<contract> : f32
          %v3234 = arith.addf %v3232, %v3233 fastmath<contract> : f32
          %v3235 = arith.mulf %v3234, %v3214 fastmath<contract> : f32
          %v3236 = arith.addf %v3235, %v91 fastmath<contract> : f32
          %v3237 = arith.mulf %v3236, %v3214 fastmath<contract> : f32
          %v3238 = llvm.call_intrinsic "llvm.fabs.f32"(%v3214) : (f32) -> f32
          %v3240 = arith.cmpf olt, %v3238, %v3239 : f32
          %v3241 = arith.select %v3240, %v3237, %v3218 : f32
          %v3242 = arith.addf %v3210, %v3241 fastmath<contract> : f32
          %v3243 = arith.mulf %v3242, %v3199 fastmath<contract> : f32
          %v3244 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3243) : (f32) -> f32
          %v3245 = arith.muli %v62, %v47 : i64
          %v3246 = arith.addi %v3245, %v45 : i64
          %v3247 = arith.muli %v3246, %v108 : i64
          %v3248 = arith.addi %v3247, %v2937 : i64
          %v3249 = llvm.getelementptr %v38[%v3248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3250 = llvm.load %v3249 : !llvm.ptr<3> -> f32
          %v3251 = arith.mulf %v3242, %v3250 fastmath<contract> : f32
          %v3252 = arith.mulf %v2946, %v3251 fastmath<contract> : f32
          %v3253 = llvm.load %v5 : !llvm.ptr -> f32
          %v3254 = arith.mulf %v3244, %v3253 fastmath<contract> : f32
          %v3255 = arith.addf %v3254, %v3252 fastmath<contract> : f32
          %v3256 = llvm.load %v21 : !llvm.ptr -> f32
          %v3257 = arith.mulf %v3244, %v3256 fastmath<contract> : f32
          %v3265 = arith.mulf %v3242, %v3264 fastmath<contract> : f32
          %v3266 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3265) : (f32) -> f32
          %v3267 = arith.mulf %v2954, %v3251 fastmath<contract> : f32
          %v3268 = llvm.load %v6 : !llvm.ptr -> f32
          %v3269 = arith.mulf %v3266, %v3268 fastmath<contract> : f32
          %v3270 = arith.addf %v3269, %v3267 fastmath<contract> : f32
          %v3271 = llvm.load %v22 : !llvm.ptr -> f32
          %v3272 = arith.mulf %v3266, %v3271 fastmath<contract> : f32
          %v3280 = arith.mulf %v3242, %v3279 fastmath<contract> : f32
          %v3281 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3280) : (f32) -> f32
          %v3282 = arith.mulf %v2962, %v3251 fastmath<contract> : f32
          %v3283 = llvm.load %v7 : !llvm.ptr -> f32
          %v3284 = arith.mulf %v3281, %v3283 fastmath<contract> : f32
          %v3285 = arith.addf %v3284, %v3282 fastmath<contract> : f32
          %v3286 = llvm.load %v23 : !llvm.ptr -> f32
          %v3287 = arith.mulf %v3281, %v3286 fastmath<contract> : f32
          %v3295 = arith.mulf %v3242, %v3294 fastmath<contract> : f32
          %v3296 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3295) : (f32) -> f32
          %v3297 = arith.mulf %v2970, %v3251 fastmath<contract> : f32
          %v3298 = llvm.load %v8 : !llvm.ptr -> f32
          %v3299 = arith.mulf %v3296, %v3298 fastmath<contract> : f32
          %v3300 = arith.addf %v3299, %v3297 fastmath<contract> : f32
          %v3301 = llvm.load %v24 : !llvm.ptr -> f32
          %v3302 = arith.mulf %v3296, %v3301 fastmath<contract> : f32
          %v3310 = arith.mulf %v3242, %v3309 fastmath<contract> : f32
          %v3311 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3310) : (f32) -> f32
          %v3312 = arith.mulf %v2978, %v3251 fastmath<contract> : f32
          %v3313 = llvm.load %v9 : !llvm.ptr -> f32
          %v3314 = arith.mulf %v3311, %v3313 fastmath<contract> : f32
          %v3315 = arith.addf %v3314, %v3312 fastmath<contract> : f32
          %v3316 = llvm.load %v25 : !llvm.ptr -> f32
          %v3317 = arith.mulf %v3311, %v3316 fastmath<contract> : f32
          %v3325 = arith.mulf %v3242, %v3324 fastmath<contract> : f32
          %v3326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3325) : (f32) -> f32
          %v3327 = arith.mulf %v2986, %v3251 fastmath<contract> : f32
          %v3328 = llvm.load %v10 : !llvm.ptr -> f32
          %v3329 = arith.mulf %v3326, %v3328 fastmath<contract> : f32
          %v3330 = arith.addf %v3329, %v3327 fastmath<contract> : f32
          %v3331 = llvm.load %v26 : !llvm.ptr -> f32
          %v3332 = arith.mulf %v3326, %v3331 fastmath<contract> : f32
          %v3340 = arith.mulf %v3242, %v3339 fastmath<contract> : f32
          %v3341 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3340) : (f32) -> f32
          %v3342 = arith.mulf %v2994, %v3251 fastmath<contract> : f32
          %v3343 = llvm.load %v11 : !llvm.ptr -> f32
          %v3344 = arith.mulf %v3341, %v3343 fastmath<contract> : f32
          %v3345 = arith.addf %v3344, %v3342 fastmath<contract> : f32
          %v3346 = llvm.load %v27 : !llvm.ptr -> f32
          %v3347 = arith.mulf %v3341, %v3346 fastmath<contract> : f32
          %v3355 = arith.mulf %v3242, %v3354 fastmath<contract> : f32
          %v3356 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3355) : (f32) -> f32
          %v3357 = arith.mulf %v3002, %v3251 fastmath<contract> : f32
          %v3358 = llvm.load %v12 : !llvm.ptr -> f32
          %v3359 = arith.mulf %v3356, %v3358 fastmath<contract> : f32
          %v3360 = arith.addf %v3359, %v3357 fastmath<contract> : f32
          %v3361 = llvm.load %v28 : !llvm.ptr -> f32
          %v3362 = arith.mulf %v3356, %v3361 fastmath<contract> : f32
          %v3370 = arith.mulf %v3242, %v3369 fastmath<contract> : f32
          %v3371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3370) : (f32) -> f32
          %v3372 = arith.mulf %v3010, %v3251 fastmath<contract> : f32
          %v3373 = llvm.load %v13 : !llvm.ptr -> f32
          %v3374 = arith.mulf %v3371, %v3373 fastmath<contract> : f32
          %v3375 = arith.addf %v3374, %v3372 fastmath<contract> : f32
          %v3376 = llvm.load %v29 : !llvm.ptr -> f32
          %v3377 = arith.mulf %v3371, %v3376 fastmath<contract> : f32
          %v3385 = arith.mulf %v3242, %v3384 fastmath<contract> : f32
          %v3386 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3385) : (f32) -> f32
          %v3387 = arith.mulf %v3018, %v3251 fastmath<contract> : f32
          %v3388 = llvm.load %v14 : !llvm.ptr -> f32
          %v3389 = arith.mulf %v3386, %v3388 fastmath<contract> : f32
          %v3390 = arith.addf %v3389, %v3387 fastmath<contract> : f32
          %v3391 = llvm.load %v30 : !llvm.ptr -> f32
          %v3392 = arith.mulf %v3386, %v3391 fastmath<contract> : f32
          %v3400 = arith.mulf %v3242, %v3399 fastmath<contract> : f32
          %v3401 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3400) : (f32) -> f32
          %v3402 = arith.mulf %v3026, %v3251 fastmath<contract> : f32
          %v3403 = llvm.load %v15 : !llvm.ptr -> f32
          %v3404 = arith.mulf %v3401, %v3403 fastmath<contract> : f32
          %v3405 = arith.addf %v3404, %v3402 fastmath<contract> : f32
          %v3406 = llvm.load %v31 : !llvm.ptr -> f32
          %v3407 = arith.mulf %v3401, %v3406 fastmath<contract> : f32
          %v3415 = arith.mulf %v3242, %v3414 fastmath<contract> : f32
          %v3416 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3415) : (f32) -> f32
          %v3417 = arith.mulf %v3034, %v3251 fastmath<contract> : f32
          %v3418 = llvm.load %v16 : !llvm.ptr -> f32
          %v3419 = arith.mulf %v3416, %v3418 fastmath<contract> : f32
          %v3420 = arith.addf %v3419, %v3417 fastmath<contract> : f32
          %v3421 = llvm.load %v32 : !llvm.ptr -> f32
          %v3422 = arith.mulf %v3416, %v3421 fastmath<contract> : f32
          %v3430 = arith.mulf %v3242, %v3429 fastmath<contract> : f32
          %v3431 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3430) : (f32) -> f32
          %v3432 = arith.mulf %v3042, %v3251 fastmath<contract> : f32
          %v3433 = llvm.load %v17 : !llvm.ptr -> f32
          %v3434 = arith.mulf %v3431, %v3433 fastmath<contract> : f32
          %v3435 = arith.addf %v3434, %v3432 fastmath<contract> : f32
          %v3436 = llvm.load %v33 : !llvm.ptr -> f32
          %v3437 = arith.mulf %v3431, %v3436 fastmath<contract> : f32
          %v3445 = arith.mulf %v3242, %v3444 fastmath<contract> : f32
          %v3446 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3445) : (f32) -> f32
          %v3447 = arith.mulf %v3050, %v3251 fastmath<contract> : f32
          %v3448 = llvm.load %v18 : !llvm.ptr -> f32
          %v3449 = arith.mulf %v3446, %v3448 fastmath<contract> : f32
          %v3450 = arith.addf %v3449, %v3447 fastmath<contract> : f32
          %v3451 = llvm.load %v34 : !llvm.ptr -> f32
          %v3452 = arith.mulf %v3446, %v3451 fastmath<contract> : f32
          %v3460 = arith.mulf %v3242, %v3459 fastmath<contract> : f32
          %v3461 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3460) : (f32) -> f32
          %v3462 = arith.mulf %v3058, %v3251 fastmath<contract> : f32
          %v3463 = llvm.load %v19 : !llvm.ptr -> f32
          %v3464 = arith.mulf %v3461, %v3463 fastmath<contract> : f32
          %v3465 = arith.addf %v3464, %v3462 fastmath<contract> : f32
          %v3466 = llvm.load %v35 : !llvm.ptr -> f32
          %v3467 = arith.mulf %v3461, %v3466 fastmath<contract> : f32
          %v3475 = arith.mulf %v3242, %v3474 fastmath<contract> : f32
          %v3476 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3475) : (f32) -> f32
          %v3477 = arith.mulf %v3066, %v3251 fastmath<contract> : f32
          %v3478 = llvm.load %v20 : !llvm.ptr -> f32
          %v3479 = arith.mulf %v3476, %v3478 fastmath<contract> : f32
          %v3480 = arith.addf %v3479, %v3477 fastmath<contract> : f32
          %v3481 = llvm.load %v36 : !llvm.ptr -> f32
          %v3482 = arith.mulf %v3476, %v3481 fastmath<contract> : f32
          llvm.store %v3255, %v5 : f32, !llvm.ptr
          llvm.store %v3257, %v21 : f32, !llvm.ptr
          llvm.store %v3270, %v6 : f32, !llvm.ptr
          llvm.store %v3272, %v22 : f32, !llvm.ptr
          llvm.store %v3285, %v7 : f32, !llvm.ptr
          llvm.store %v3287, %v23 : f32, !llvm.ptr
          llvm.store %v3300, %v8 : f32, !llvm.ptr
          llvm.store %v3302, %v24 : f32, !llvm.ptr
          llvm.store %v3315, %v9 : f32, !llvm.ptr
          llvm.store %v3317, %v25 : f32, !llvm.ptr
          llvm.store %v3330, %v10 : f32, !llvm.ptr
          llvm.store %v3332, %v26 : f32, !llvm.ptr
          llvm.store %v3345, %v11 : f32, !llvm.ptr
          llvm.store %v3347, %v27 : f32, !llvm.ptr
          llvm.store %v3360, %v12 : f32, !llvm.ptr
          llvm.store %v3362, %v28 : f32, !llvm.ptr
          llvm.store %v3375, %v13 : f32, !llvm.ptr
          llvm.store %v3377, %v29 : f32, !llvm.ptr
          llvm.store %v3390, %v14 : f32, !llvm.ptr
          llvm.store %v3392, %v30 : f32, !llvm.ptr
          llvm.store %v3405, %v15 : f32, !llvm.ptr
          llvm.store %v3407, %v31 : f32, !llvm.ptr
          llvm.store %v3420, %v16 : f32, !llvm.ptr
          llvm.store %v3422, %v32 : f32, !llvm.ptr
          llvm.store %v3435, %v17 : f32, !llvm.ptr
          llvm.store %v3437, %v33 : f32, !llvm.ptr
          llvm.store %v3450, %v18 : f32, !llvm.ptr
          llvm.store %v3452, %v34 : f32, !llvm.ptr
          llvm.store %v3465, %v19 : f32, !llvm.ptr
          llvm.store %v3467, %v35 : f32, !llvm.ptr
          llvm.store %v3480, %v20 : f32, !llvm.ptr
          llvm.store %v3482, %v36 : f32, !llvm.ptr
          %v3483 = arith.addi %v1576, %v2938 : i64
          %v3485 = arith.muli %v2, %v47 : i64
          %v3486 = arith.addi %v3485, %v45 : i64
          %v3487 = arith.muli %v3486, %v108 : i64
          %v3488 = arith.addi %v3487, %v2938 : i64
          %v3489 = llvm.getelementptr %v38[%v3488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3490 = llvm.load %v3489 : !llvm.ptr<3> -> f32
          %v3491 = arith.addf %v3490, %v3208 fastmath<contract> : f32
          %v3492 = arith.maximumf %v3491, %v90 : f32
          %v3493 = llvm.call_intrinsic "llvm.fabs.f32"(%v3491) : (f32) -> f32
          %v3494 = arith.negf %v3493 : f32
          %v3495 = arith.mulf %v3494, %v3198 fastmath<contract> : f32
          %v3496 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3495) : (f32) -> f32
          %v3497 = arith.addf %v91, %v3496 fastmath<contract> : f32
          %v3498 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3497) : (f32) -> f32
          %v3499 = arith.mulf %v3498, %v3217 fastmath<contract> : f32
          %v3500 = arith.mulf %v3219, %v3496 fastmath<contract> : f32
          %v3501 = arith.addf %v3500, %v3221 fastmath<contract> : f32
          %v3502 = arith.mulf %v3501, %v3496 fastmath<contract> : f32
          %v3503 = arith.addf %v3502, %v3224 fastmath<contract> : f32
          %v3504 = arith.mulf %v3503, %v3496 fastmath<contract> : f32
          %v3505 = arith.addf %v3504, %v3227 fastmath<contract> : f32
          %v3506 = arith.mulf %v3505, %v3496 fastmath<contract> : f32
          %v3507 = arith.addf %v3506, %v3230 fastmath<contract> : f32
          %v3508 = arith.mulf %v3507, %v3496 fastmath<contract> : f32
          %v3509 = arith.addf %v3508, %v3233 fastmath<contract> : f32
          %v3510 = arith.mulf %v3509, %v3496 fastmath<contract> : f32
          %v3511 = arith.addf %v3510, %v91 fastmath<contract> : f32
          %v3512 = arith.mulf %v3511, %v3496 fastmath<contract> : f32
          %v3513 = llvm.call_intrinsic "llvm.fabs.f32"(%v3496) : (f32) -> f32
          %v3514 = arith.cmpf olt, %v3513, %v3239 : f32
          %v3515 = arith.select %v3514, %v3512, %v3499 : f32
          %v3516 = arith.addf %v3492, %v3515 fastmath<contract> : f32
          %v3517 = arith.mulf %v3516, %v3484 fastmath<contract> : f32
          %v3518 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3517) : (f32) -> f32
          %v3519 = arith.muli %v62, %v47 : i64
          %v3520 = arith.addi %v3519, %v45 : i64
          %v3521 = arith.muli %v3520, %v108 : i64
          %v3522 = arith.addi %v3521, %v2938 : i64
          %v3523 = llvm.getelementptr %v38[%v3522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3524 = llvm.load %v3523 : !llvm.ptr<3> -> f32
          %v3525 = arith.mulf %v3516, %v3524 fastmath<contract> : f32
          %v3526 = arith.mulf %v3072, %v3525 fastmath<contract> : f32
          %v3527 = llvm.load %v5 : !llvm.ptr -> f32
          %v3528 = arith.mulf %v3518, %v3527 fastmath<contract> : f32
          %v3529 = arith.addf %v3528, %v3526 fastmath<contract> : f32
          %v3530 = llvm.load %v21 : !llvm.ptr -> f32
          %v3531 = arith.mulf %v3518, %v3530 fastmath<contract> : f32
          %v3533 = arith.mulf %v3516, %v3532 fastmath<contract> : f32
          %v3534 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3533) : (f32) -> f32
          %v3535 = arith.mulf %v3080, %v3525 fastmath<contract> : f32
          %v3536 = llvm.load %v6 : !llvm.ptr -> f32
          %v3537 = arith.mulf %v3534, %v3536 fastmath<contract> : f32
          %v3538 = arith.addf %v3537, %v3535 fastmath<contract> : f32
          %v3539 = llvm.load %v22 : !llvm.ptr -> f32
          %v3540 = arith.mulf %v3534, %v3539 fastmath<contract> : f32
          %v3542 = arith.mulf %v3516, %v3541 fastmath<contract> : f32
          %v3543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3542) : (f32) -> f32
          %v3544 = arith.mulf %v3088, %v3525 fastmath<contract> : f32
          %v3545 = llvm.load %v7 : !llvm.ptr -> f32
          %v3546 = arith.mulf %v3543, %v3545 fastmath<contract> : f32
          %v3547 = arith.addf %v3546, %v3544 fastmath<contract> : f32
          %v3548 = llvm.load %v23 : !llvm.ptr -> f32
          %v3549 = arith.mulf %v3543, %v3548 fastmath<contract> : f32
          %v3551 = arith.mulf %v3516, %v3550 fastmath<contract> : f32
          %v3552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3551) : (f32) -> f32
          %v3553 = arith.mulf %v3096, %v3525 fastmath<contract> : f32
          %v3554 = llvm.load %v8 : !llvm.ptr -> f32
          %v3555 = arith.mulf %v3552, %v3554 fastmath<contract> : f32
          %v3556 = arith.addf %v3555, %v3553 fastmath<contract> : f32
          %v3557 = llvm.load %v24 : !llvm.ptr -> f32
          %v3558 = arith.mulf %v3552, %v3557 fastmath<contract> : f32
          %v3560 = arith.mulf %v3516, %v3559 fastmath<contract> : f32
          %v3561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3560) : (f32) -> f32
          %v3562 = arith.mulf %v3104, %v3525 fastmath<contract> : f32
          %v3563 = llvm.load %v9 : !llvm.ptr -> f32
          %v3564 = arith.mulf %v3561, %v3563 fastmath<contract> : f32
          %v3565 = arith.addf %v3564, %v3562 fastmath<contract> : f32
          %v3566 = llvm.load %v25 : !llvm.ptr -> f32
          %v3567 = arith.mulf %v3561, %v3566 fastmath<contract> : f32
          %v3569 = arith.mulf %v3516, %v3568 fastmath<contract> : f32
          %v3570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3569) : (f32) -> f32
          %v3571 = arith.mulf %v3112, %v3525 fastmath<contract> : f32
          %v3572 = llvm.load %v10 : !llvm.ptr -> f32
          %v3573 = arith.mulf %v3570, %v3572 fastmath<contract> : f32
          %v3574 = arith.addf %v3573, %v3571 fastmath<contract> : f32
          %v3575 = llvm.load %v26 : !llvm.ptr -> f32
          %v3576 = arith.mulf %v3570, %v3575 fastmath<contract> : f32
          %v3578 = arith.mulf %v3516, %v3577 fastmath<contract> : f32
          %v3579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3578) : (f32) -> f32
          %v3580 = arith.mulf %v3120, %v3525 fastmath<contract> : f32
          %v3581 = llvm.load %v11 : !llvm.ptr -> f32
          %v3582 = arith.mulf %v3579, %v3581 fastmath<contract> : f32
          %v3583 = arith.addf %v3582, %v3580 fastmath<contract> : f32
          %v3584 = llvm.load %v27 : !llvm.ptr -> f32
          %v3585 = arith.mulf %v3579, %v3584 fastmath<contract> : f32
          %v3587 = arith.mulf %v3516, %v3586 fastmath<contract> : f32
          %v3588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3587) : (f32) -> f32
          %v3589 = arith.mulf %v3128, %v3525 fastmath<contract> : f32
          %v3590 = llvm.load %v12 : !llvm.ptr -> f32
          %v3591 = arith.mulf %v3588, %v3590 fastmath<contract> : f32
          %v3592 = arith.addf %v3591, %v3589 fastmath<contract> : f32
          %v3593 = llvm.load %v28 : !llvm.ptr -> f32
          %v3594 = arith.mulf %v3588, %v3593 fastmath<contract> : f32
          %v3596 = arith.mulf %v3516, %v3595 fastmath<contract> : f32
          %v3597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3596) : (f32) -> f32
          %v3598 = arith.mulf %v3136, %v3525 fastmath<contract> : f32
          %v3599 = llvm.load %v13 : !llvm.ptr -> f32
          %v3600 = arith.mulf %v3597, %v3599 fastmath<contract> : f32
          %v3601 = arith.addf %v3600, %v3598 fastmath<contract> : f32
          %v3602 = llvm.load %v29 : !llvm.ptr -> f32
          %v3603 = arith.mulf %v3597, %v3602 fastmath<contract> : f32
          %v3605 = arith.mulf %v3516, %v3604 fastmath<contract> : f32
          %v3606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3605) : (f32) -> f32
          %v3607 = arith.mulf %v3144, %v3525 fastmath<contract> : f32
          %v3608 = llvm.load %v14 : !llvm.ptr -> f32
          %v3609 = arith.mulf %v3606, %v3608 fastmath<contract> : f32
          %v3610 = arith.addf %v3609, %v3607 fastmath<contract> : f32
          %v3611 = llvm.load %v30 : !llvm.ptr -> f32
          %v3612 = arith.mulf %v3606, %v3611 fastmath<contract> : f32
          %v3614 = arith.mulf %v3516, %v3613 fastmath<contract> : f32
          %v3615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3614) : (f32) -> f32
          %v3616 = arith.mulf %v3152, %v3525 fastmath<contract> : f32
          %v3617 = llvm.load %v15 : !llvm.ptr -> f32
          %v3618 = arith.mulf %v3615, %v3617 fastmath<contract> : f32
          %v3619 = arith.addf %v3618, %v3616 fastmath<contract> : f32
          %v3620 = llvm.load %v31 : !llvm.ptr -> f32
          %v3621 = arith.mulf %v3615, %v3620 fastmath<contract> : f32
          %v3623 = arith.mulf %v3516, %v3622 fastmath<contract> : f32
          %v3624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3623) : (f32) -> f32
          %v3625 = arith.mulf %v3160, %v3525 fastmath<contract> : f32
          %v3626 = llvm.load %v16 : !llvm.ptr -> f32
          %v3627 = arith.mulf %v3624, %v3626 fastmath<contract> : f32
          %v3628 = arith.addf %v3627, %v3625 fastmath<contract> : f32
          %v3629 = llvm.load %v32 : !llvm.ptr -> f32
          %v3630 = arith.mulf %v3624, %v3629 fastmath<contract> : f32
          %v3632 = arith.mulf %v3516, %v3631 fastmath<contract> : f32
          %v3633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3632) : (f32) -> f32
          %v3634 = arith.mulf %v3168, %v3525 fastmath<contract> : f32
          %v3635 = llvm.load %v17 : !llvm.ptr -> f32
          %v3636 = arith.mulf %v3633, %v3635 fastmath<contract> : f32
          %v3637 = arith.addf %v3636, %v3634 fastmath<contract> : f32
          %v3638 = llvm.load %v33 : !llvm.ptr -> f32
          %v3639 = arith.mulf %v3633, %v3638 fastmath<contract> : f32
          %v3641 = arith.mulf %v3516, %v3640 fastmath<contract> : f32
          %v3642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3641) : (f32) -> f32
          %v3643 = arith.mulf %v3176, %v3525 fastmath<contract> : f32
          %v3644 = llvm.load %v18 : !llvm.ptr -> f32
          %v3645 = arith.mulf %v3642, %v3644 fastmath<contract> : f32
          %v3646 = arith.addf %v3645, %v3643 fastmath<contract> : f32
          %v3647 = llvm.load %v34 : !llvm.ptr -> f32
          %v3648 = arith.mulf %v3642, %v3647 fastmath<contract> : f32
          %v3650 = arith.mulf %v3516, %v3649 fastmath<contract> : f32
          %v3651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3650) : (f32) -> f32
          %v3652 = arith.mulf %v3184, %v3525 fastmath<contract> : f32
          %v3653 = llvm.load %v19 : !llvm.ptr -> f32
          %v3654 = arith.mulf %v3651, %v3653 fastmath<contract> : f32
          %v3655 = arith.addf %v3654, %v3652 fastmath<contract> : f32
          %v3656 = llvm.load %v35 : !llvm.ptr -> f32
          %v3657 = arith.mulf %v3651, %v3656 fastmath<contract> : f32
          %v3659 = arith.mulf %v3516, %v3658 fastmath<contract> : f32
          %v3660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3659) : (f32) -> f32
          %v3661 = arith.mulf %v3192, %v3525 fastmath<contract> : f32
          %v3662 = llvm.load %v20 : !llvm.ptr -> f32
          %v3663 = arith.mulf %v3660, %v3662 fastmath<contract> : f32
          %v3664 = arith.addf %v3663, %v3661 fastmath<contract> : f32
          %v3665 = llvm.load %v36 : !llvm.ptr -> f32
          %v3666 = arith.mulf %v3660, %v3665 fastmath<contract> : f32
          llvm.store %v3529, %v5 : f32, !llvm.ptr
          llvm.store %v3531, %v21 : f32, !llvm.ptr
          llvm.store %v3538, %v6 : f32, !llvm.ptr
          llvm.store %v3540, %v22 : f32, !llvm.ptr
          llvm.store %v3547, %v7 : f32, !llvm.ptr
          llvm.store %v3549, %v23 : f32, !llvm.ptr
          llvm.store %v3556, %v8 : f32, !llvm.ptr
          llvm.store %v3558, %v24 : f32, !llvm.ptr
          llvm.store %v3565, %v9 : f32, !llvm.ptr
          llvm.store %v3567, %v25 : f32, !llvm.ptr
          llvm.store %v3574, %v10 : f32, !llvm.ptr
          llvm.store %v3576, %v26 : f32, !llvm.ptr
          llvm.store %v3583, %v11 : f32, !llvm.ptr
          llvm.store %v3585, %v27 : f32, !llvm.ptr
          llvm.store %v3592, %v12 : f32, !llvm.ptr
          llvm.store %v3594, %v28 : f32, !llvm.ptr
          llvm.store %v3601, %v13 : f32, !llvm.ptr
          llvm.store %v3603, %v29 : f32, !llvm.ptr
          llvm.store %v3610, %v14 : f32, !llvm.ptr
          llvm.store %v3612, %v30 : f32, !llvm.ptr
          llvm.store %v3619, %v15 : f32, !llvm.ptr
          llvm.store %v3621, %v31 : f32, !llvm.ptr
          llvm.store %v3628, %v16 : f32, !llvm.ptr
          llvm.store %v3630, %v32 : f32, !llvm.ptr
          llvm.store %v3637, %v17 : f32, !llvm.ptr
          llvm.store %v3639, %v33 : f32, !llvm.ptr
          llvm.store %v3646, %v18 : f32, !llvm.ptr
          llvm.store %v3648, %v34 : f32, !llvm.ptr
          llvm.store %v3655, %v19 : f32, !llvm.ptr
          llvm.store %v3657, %v35 : f32, !llvm.ptr
          llvm.store %v3664, %v20 : f32, !llvm.ptr
          llvm.store %v3666, %v36 : f32, !llvm.ptr
        }
        %v3667 = arith.muli %v2930, %v86 : i64
        %v3668 = arith.index_cast %v3667 : i64 to index
        %v3669 = arith.index_cast %v1578 : i64 to index
        %v3670 = arith.index_cast %v2 : i64 to index
        scf.for %v3671 = %v3668 to %v3669 step %v3670 {
          %v3672 = arith.index_cast %v3671 : index to i64
          %v3673 = arith.addi %v1576, %v3672 : i64
          %v3675 = arith.muli %v2, %v47 : i64
          %v3676 = arith.addi %v3675, %v45 : i64
          %v3677 = arith.muli %v3676, %v108 : i64
          %v3678 = arith.addi %v3677, %v3672 : i64
          %v3679 = llvm.getelementptr %v38[%v3678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3680 = llvm.load %v3679 : !llvm.ptr<3> -> f32
          %v3681 = arith.addf %v3680, %v3208 fastmath<contract> : f32
          %v3682 = arith.maximumf %v3681, %v90 : f32
          %v3683 = llvm.call_intrinsic "llvm.fabs.f32"(%v3681) : (f32) -> f32
          %v3684 = arith.negf %v3683 : f32
          %v3685 = arith.mulf %v3684, %v3198 fastmath<contract> : f32
          %v3686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3685) : (f32) -> f32
          %v3687 = arith.addf %v91, %v3686 fastmath<contract> : f32
          %v3688 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3687) : (f32) -> f32
          %v3689 = arith.mulf %v3688, %v3217 fastmath<contract> : f32
          %v3690 = arith.mulf %v3219, %v3686 fastmath<contract> : f32
          %v3691 = arith.addf %v3690, %v3221 fastmath<contract> : f32
          %v3692 = arith.mulf %v3691, %v3686 fastmath<contract> : f32
          %v3693 = arith.addf %v3692, %v3224 fastmath<contract> : f32
          %v3694 = arith.mulf %v3693, %v3686 fastmath<contract> : f32
          %v3695 = arith.addf %v3694, %v3227 fastmath<contract> : f32
          %v3696 = arith.mulf %v3695, %v3686 fastmath<contract> : f32
          %v3697 = arith.addf %v3696, %v3230 fastmath<contract> : f32
          %v3698 = arith.mulf %v3697, %v3686 fastmath<contract> : f32
          %v3699 = arith.addf %v3698, %v3233 fastmath<contract> : f32
          %v3700 = arith.mulf %v3699, %v3686 fastmath<contract> : f32
          %v3701 = arith.addf %v3700, %v91 fastmath<contract> : f32
          %v3702 = arith.mulf %v3701, %v3686 fastmath<contract> : f32
          %v3703 = llvm.call_intrinsic "llvm.fabs.f32"(%v3686) : (f32) -> f32
          %v3704 = arith.cmpf olt, %v3703, %v3239 : f32
          %v3705 = arith.select %v3704, %v3702, %v3689 : f32
          %v3706 = arith.addf %v3682, %v3705 fastmath<contract> : f32
          %v3707 = arith.mulf %v3706, %v3674 fastmath<contract> : f32
          %v3708 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3707) : (f32) -> f32
          %v3709 = arith.muli %v60, %v2941 : i64
          %v3710 = arith.muli %v3673, %v2 : i64
          %v3711 = arith.addi %v3709, %v3710 : i64
          %v3712 = llvm.getelementptr %in_Bm[%v3711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3713 = llvm.load %v3712 : !llvm.ptr -> f32
          %v3714 = arith.muli %v62, %v47 : i64
          %v3715 = arith.addi %v3714, %v45 : i64
          %v3716 = arith.muli %v3715, %v108 : i64
          %v3717 = arith.addi %v3716, %v3672 : i64
          %v3718 = llvm.getelementptr %v38[%v3717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3719 = llvm.load %v3718 : !llvm.ptr<3> -> f32
          %v3720 = arith.mulf %v3706, %v3719 fastmath<contract> : f32
          %v3721 = arith.mulf %v3713, %v3720 fastmath<contract> : f32
          %v3722 = llvm.load %v5 : !llvm.ptr -> f32
          %v3723 = arith.mulf %v3708, %v3722 fastmath<contract> : f32
          %v3724 = arith.addf %v3723, %v3721 fastmath<contract> : f32
          %v3725 = llvm.load %v21 : !llvm.ptr -> f32
          %v3726 = arith.mulf %v3708, %v3725 fastmath<contract> : f32
          %v3728 = arith.mulf %v3706, %v3727 fastmath<contract> : f32
          %v3729 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3728) : (f32) -> f32
          %v3730 = arith.muli %v60, %v2941 : i64
          %v3731 = arith.constant 1 : i64
          %v3732 = arith.muli %v3731, %v2940 : i64
          %v3733 = arith.addi %v3730, %v3732 : i64
          %v3734 = arith.muli %v3673, %v2 : i64
          %v3735 = arith.addi %v3733, %v3734 : i64
          %v3736 = llvm.getelementptr %in_Bm[%v3735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3737 = llvm.load %v3736 : !llvm.ptr -> f32
          %v3738 = arith.mulf %v3737, %v3720 fastmath<contract> : f32
          %v3739 = llvm.load %v6 : !llvm.ptr -> f32
          %v3740 = arith.mulf %v3729, %v3739 fastmath<contract> : f32
          %v3741 = arith.addf %v3740, %v3738 fastmath<contract> : f32
          %v3742 = llvm.load %v22 : !llvm.ptr -> f32
          %v3743 = arith.mulf %v3729, %v3742 fastmath<contract> : f32
          %v3745 = arith.mulf %v3706, %v3744 fastmath<contract> : f32
          %v3746 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3745) : (f32) -> f32
          %v3747 = arith.muli %v60, %v2941 : i64
          %v3748 = arith.constant 2 : i64
          %v3749 = arith.muli %v3748, %v2940 : i64
          %v3750 = arith.addi %v3747, %v3749 : i64
          %v3751 = arith.muli %v3673, %v2 : i64
          %v3752 = arith.addi %v3750, %v3751 : i64
          %v3753 = llvm.getelementptr %in_Bm[%v3752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3754 = llvm.load %v3753 : !llvm.ptr -> f32
          %v3755 = arith.mulf %v3754, %v3720 fastmath<contract> : f32
          %v3756 = llvm.load %v7 : !llvm.ptr -> f32
          %v3757 = arith.mulf %v3746, %v3756 fastmath<contract> : f32
          %v3758 = arith.addf %v3757, %v3755 fastmath<contract> : f32
          %v3759 = llvm.load %v23 : !llvm.ptr -> f32
          %v3760 = arith.mulf %v3746, %v3759 fastmath<contract> : f32
          %v3762 = arith.mulf %v3706, %v3761 fastmath<contract> : f32
          %v3763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3762) : (f32) -> f32
          %v3764 = arith.muli %v60, %v2941 : i64
          %v3765 = arith.constant 3 : i64
          %v3766 = arith.muli %v3765, %v2940 : i64
          %v3767 = arith.addi %v3764, %v3766 : i64
          %v3768 = arith.muli %v3673, %v2 : i64
          %v3769 = arith.addi %v3767, %v3768 : i64
          %v3770 = llvm.getelementptr %in_Bm[%v3769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3771 = llvm.load %v3770 : !llvm.ptr -> f32
          %v3772 = arith.mulf %v3771, %v3720 fastmath<contract> : f32
          %v3773 = llvm.load %v8 : !llvm.ptr -> f32
          %v3774 = arith.mulf %v3763, %v3773 fastmath<contract> : f32
          %v3775 = arith.addf %v3774, %v3772 fastmath<contract> : f32
          %v3776 = llvm.load %v24 : !llvm.ptr -> f32
          %v3777 = arith.mulf %v3763, %v3776 fastmath<contract> : f32
          %v3779 = arith.mulf %v3706, %v3778 fastmath<contract> : f32
          %v3780 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3779) : (f32) -> f32
          %v3781 = arith.muli %v60, %v2941 : i64
          %v3782 = arith.constant 4 : i64
          %v3783 = arith.muli %v3782, %v2940 : i64
          %v3784 = arith.addi %v3781, %v3783 : i64
          %v3785 = arith.muli %v3673, %v2 : i64
          %v3786 = arith.addi %v3784, %v3785 : i64
          %v3787 = llvm.getelementptr %in_Bm[%v3786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3788 = llvm.load %v3787 : !llvm.ptr -> f32
          %v3789 = arith.mulf %v3788, %v3720 fastmath<contract> : f32
          %v3790 = llvm.load %v9 : !llvm.ptr -> f32
          %v3791 = arith.mulf %v3780, %v3790 fastmath<contract> : f32
          %v3792 = arith.addf %v3791, %v3789 fastmath<contract> : f32
          %v3793 = llvm.load %v25 : !llvm.ptr -> f32
          %v3794 = arith.mulf %v3780, %v3793 fastmath<contract> : f32
          %v3796 = arith.mulf %v3706, %v3795 fastmath<contract> : f32
          %v3797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3796) : (f32) -> f32
          %v3798 = arith.muli %v60, %v2941 : i64
          %v3799 = arith.constant 5 : i64
          %v3800 = arith.muli %v3799, %v2940 : i64
          %v3801 = arith.addi %v3798, %v3800 : i64
          %v3802 = arith.muli %v3673, %v2 : i64
          %v3803 = arith.addi %v3801, %v3802 : i64
          %v3804 = llvm.getelementptr %in_Bm[%v3803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3805 = llvm.load %v3804 : !llvm.ptr -> f32
          %v3806 = arith.mulf %v3805, %v3720 fastmath<contract> : f32
          %v3807 = llvm.load %v10 : !llvm.ptr -> f32
          %v3808 = arith.mulf %v3797, %v3807 fastmath<contract> : f32
          %v3809 = arith.addf %v3808, %v3806 fastmath<contract> : f32
          %v3810 = llvm.load %v26 : !llvm.ptr -> f32
          %v3811 = arith.mulf %v3797, %v3810 fastmath<contract> : f32
          %v3813 = arith.mulf %v3706, %v3812 fastmath<contract> : f32
          %v3814 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3813) : (f32) -> f32
          %v3815 = arith.muli %v60, %v2941 : i64
          %v3816 = arith.constant 6 : i64
          %v3817 = arith.muli %v3816, %v2940 : i64
          %v3818 = arith.addi %v3815, %v3817 : i64
          %v3819 = arith.muli %v3673, %v2 : i64
          %v3820 = arith.addi %v3818, %v3819 : i64
          %v3821 = llvm.getelementptr %in_Bm[%v3820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3822 = llvm.load %v3821 : !llvm.ptr -> f32
          %v3823 = arith.mulf %v3822, %v3720 fastmath<contract> : f32
          %v3824 = llvm.load %v11 : !llvm.ptr -> f32
          %v3825 = arith.mulf %v3814, %v3824 fastmath<contract> : f32
          %v3826 = arith.addf %v3825, %v3823 fastmath<contract> : f32
          %v3827 = llvm.load %v27 : !llvm.ptr -> f32
          %v3828 = arith.mulf %v3814, %v3827 fastmath<contract> : f32
          %v3830 = arith.mulf %v3706, %v3829 fastmath<contract> : f32
          %v3831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3830) : (f32) -> f32
          %v3832 = arith.muli %v60, %v2941 : i64
          %v3833 = arith.constant 7 : i64
          %v3834 = arith.muli %v3833, %v2940 : i64
          %v3835 = arith.addi %v3832, %v3834 : i64
          %v3836 = arith.muli %v3673, %v2 : i64
          %v3837 = arith.addi %v3835, %v3836 : i64
          %v3838 = llvm.getelementptr %in_Bm[%v3837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3839 = llvm.load %v3838 : !llvm.ptr -> f32
          %v3840 = arith.mulf %v3839, %v3720 fastmath<contract> : f32
          %v3841 = llvm.load %v12 : !llvm.ptr -> f32
          %v3842 = arith.mulf %v3831, %v3841 fastmath<contract> : f32
          %v3843 = arith.addf %v3842, %v3840 fastmath<contract> : f32
          %v3844 = llvm.load %v28 : !llvm.ptr -> f32
          %v3845 = arith.mulf %v3831, %v3844 fastmath<contract> : f32
          %v3847 = arith.mulf %v3706, %v3846 fastmath<contract> : f32
          %v3848 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3847) : (f32) -> f32
          %v3849 = arith.muli %v60, %v2941 : i64
          %v3850 = arith.constant 8 : i64
          %v3851 = arith.muli %v3850, %v2940 : i64
          %v3852 = arith.addi %v3849, %v3851 : i64
          %v3853 = arith.muli %v3673, %v2 : i64
          %v3854 = arith.addi %v3852, %v3853 : i64
          %v3855 = llvm.getelementptr %in_Bm[%v3854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3856 = llvm.load %v3855 : !llvm.ptr -> f32
          %v3857 = arith.mulf %v3856, %v3720 fastmath<contract> : f32
          %v3858 = llvm.load %v13 : !llvm.ptr -> f32
          %v3859 = arith.mulf %v3848, %v3858 fastmath<contract> : f32
          %v3860 = arith.addf %v3859, %v3857 fastmath<contract> : f32
          %v3861 = llvm.load %v29 : !llvm.ptr -> f32
          %v3862 = arith.mulf %v3848, %v3861 fastmath<contract> : f32
          %v3864 = arith.mulf %v3706, %v3863 fastmath<contract> : f32
          %v3865 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3864) : (f32) -> f32
          %v3866 = arith.muli %v60, %v2941 : i64
          %v3867 = arith.constant 9 : i64
          %v3868 = arith.muli %v3867, %v2940 : i64
          %v3869 = arith.addi %v3866, %v3868 : i64
          %v3870 = arith.muli %v3673, %v2 : i64
          %v3871 = arith.addi %v3869, %v3870 : i64
          %v3872 = llvm.getelementptr %in_Bm[%v3871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3873 = llvm.load %v3872 : !llvm.ptr -> f32
          %v3874 = arith.mulf %v3873, %v3720 fastmath<contract> : f32
          %v3875 = llvm.load %v14 : !llvm.ptr -> f32
          %v3876 = arith.mulf %v3865, %v3875 fastmath<contract> : f32
          %v3877 = arith.addf %v3876, %v3874 fastmath<contract> : f32
          %v3878 = llvm.load %v30 : !llvm.ptr -> f32
          %v3879 = arith.mulf %v3865, %v3878 fastmath<contract> : f32
          %v3881 = arith.mulf %v3706, %v3880 fastmath<contract> : f32
          %v3882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3881) : (f32) -> f32
          %v3883 = arith.muli %v60, %v2941 : i64
          %v3884 = arith.constant 10 : i64
          %v3885 = arith.muli %v3884, %v2940 : i64
          %v3886 = arith.addi %v3883, %v3885 : i64
          %v3887 = arith.muli %v3673, %v2 : i64
          %v3888 = arith.addi %v3886, %v3887 : i64
          %v3889 = llvm.getelementptr %in_Bm[%v3888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3890 = llvm.load %v3889 : !llvm.ptr -> f32
          %v3891 = arith.mulf %v3890, %v3720 fastmath<contract> : f32
          %v3892 = llvm.load %v15 : !llvm.ptr -> f32
          %v3893 = arith.mulf %v3882, %v3892 fastmath<contract> : f32
          %v3894 = arith.addf %v3893, %v3891 fastmath<contract> : f32
          %v3895 = llvm.load %v31 : !llvm.ptr -> f32
          %v3896 = arith.mulf %v3882, %v3895 fastmath<contract> : f32
          %v3898 = arith.mulf %v3706, %v3897 fastmath<contract> : f32
          %v3899 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3898) : (f32) -> f32
          %v3900 = arith.muli %v60, %v2941 : i64
          %v3901 = arith.constant 11 : i64
          %v3902 = arith.muli %v3901, %v2940 : i64
          %v3903 = arith.addi %v3900, %v3902 : i64
          %v3904 = arith.muli %v3673, %v2 : i64
          %v3905 = arith.addi %v3903, %v3904 : i64
          %v3906 = llvm.getelementptr %in_Bm[%v3905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3907 = llvm.load %v3906 : !llvm.ptr -> f32
          %v3908 = arith.mulf %v3907, %v3720 fastmath<contract> : f32
          %v3909 = llvm.load %v16 : !llvm.ptr -> f32
          %v3910 = arith.mulf %v3899, %v3909 fastmath<contract> : f32
          %v3911 = arith.addf %v3910, %v3908 fastmath<contract> : f32
          %v3912 = llvm.load %v32 : !llvm.ptr -> f32
          %v3913 = arith.mulf %v3899, %v3912 fastmath<contract> : f32
          %v3915 = arith.mulf %v3706, %v3914 fastmath<contract> : f32
          %v3916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3915) : (f32) -> f32
          %v3917 = arith.muli %v60, %v2941 : i64
          %v3918 = arith.constant 12 : i64
          %v3919 = arith.muli %v3918, %v2940 : i64
          %v3920 = arith.addi %v3917, %v3919 : i64
          %v3921 = arith.muli %v3673, %v2 : i64
          %v3922 = arith.addi %v3920, %v3921 : i64
          %v3923 = llvm.getelementptr %in_Bm[%v3922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3924 = llvm.load %v3923 : !llvm.ptr -> f32
          %v3925 = arith.mulf %v3924, %v3720 fastmath<contract> : f32
          %v3926 = llvm.load %v17 : !llvm.ptr -> f32
          %v3927 = arith.mulf %v3916, %v3926 fastmath<contract> : f32
          %v3928 = arith.addf %v3927, %v3925 fastmath<contract> : f32
          %v3929 = llvm.load %v33 : !llvm.ptr -> f32
          %v3930 = arith.mulf %v3916, %v3929 fastmath<contract> : f32
          %v3932 = arith.mulf %v3706, %v3931 fastmath<contract> : f32
          %v3933 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3932) : (f32) -> f32
          %v3934 = arith.muli %v60, %v2941 : i64
          %v3935 = arith.constant 13 : i64
          %v3936 = arith.muli %v3935, %v2940 : i64
          %v3937 = arith.addi %v3934, %v3936 : i64
          %v3938 = arith.muli %v3673, %v2 : i64
          %v3939 = arith.addi %v3937, %v3938 : i64
          %v3940 = llvm.getelementptr %in_Bm[%v3939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3941 = llvm.load %v3940 : !llvm.ptr -> f32
          %v3942 = arith.mulf %v3941, %v3720 fastmath<contract> : f32
          %v3943 = llvm.load %v18 : !llvm.ptr -> f32
          %v3944 = arith.mulf %v3933, %v3943 fastmath<contract> : f32
          %v3945 = arith.addf %v3944, %v3942 fastmath<contract> : f32
          %v3946 = llvm.load %v34 : !llvm.ptr -> f32
          %v3947 = arith.mulf %v3933, %v3946 fastmath<contract> : f32
          %v3949 = arith.mulf %v3706, %v3948 fastmath<contract> : f32
          %v3950 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3949) : (f32) -> f32
          %v3951 = arith.muli %v60, %v2941 : i64
          %v3952 = arith.constant 14 : i64
          %v3953 = arith.muli %v3952, %v2940 : i64
          %v3954 = arith.addi %v3951, %v3953 : i64
          %v3955 = arith.muli %v3673, %v2 : i64
          %v3956 = arith.addi %v3954, %v3955 : i64
          %v3957 = llvm.getelementptr %in_Bm[%v3956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3958 = llvm.load %v3957 : !llvm.ptr -> f32
          %v3959 = arith.mulf %v3958, %v3720 fastmath<contract> : f32
          %v3960 = llvm.load %v19 : !llvm.ptr -> f32
          %v3961 = arith.mulf %v3950, %v3960 fastmath<contract> : f32
          %v3962 = arith.addf %v3961, %v3959 fastmath<contract> : f32
          %v3963 = llvm.load %v35 : !llvm.ptr -> f32
          %v3964 = arith.mulf %v3950, %v3963 fastmath<contract> : f32
          %v3966 = arith.mulf %v3706, %v3965 fastmath<contract> : f32
          %v3967 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3966) : (f32) -> f32
          %v3968 = arith.muli %v60, %v2941 : i64
          %v3969 = arith.constant 15 : i64
          %v3970 = arith.muli %v3969, %v2940 : i64
          %v3971 = arith.addi %v3968, %v3970 : i64
          %v3972 = arith.muli %v3673, %v2 : i64
          %v3973 = arith.addi %v3971, %v3972 : i64
          %v3974 = llvm.getelementptr %in_Bm[%v3973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3975 = llvm.load %v3974 : !llvm.ptr -> f32
          %v3976 = arith.mulf %v3975, %v3720 fastmath<contract> : f32
          %v3977 = llvm.load %v20 : !llvm.ptr -> f32
          %v3978 = arith.mulf %v3967, %v3977 fastmath<contract> : f32
          %v3979 = arith.addf %v3978, %v3976 fastmath<contract> : f32
          %v3980 = llvm.load %v36 : !llvm.ptr -> f32
          %v3981 = arith.mulf %v3967, %v3980 fastmath<contract> : f32
          llvm.store %v3724, %v5 : f32, !llvm.ptr
          llvm.store %v3726, %v21 : f32, !llvm.ptr
          llvm.store %v3741, %v6 : f32, !llvm.ptr
          llvm.store %v3743, %v22 : f32, !llvm.ptr
          llvm.store %v3758, %v7 : f32, !llvm.ptr
          llvm.store %v3760, %v23 : f32, !llvm.ptr
          llvm.store %v3775, %v8 : f32, !llvm.ptr
          llvm.store %v3777, %v24 : f32, !llvm.ptr
          llvm.store %v3792, %v9 : f32, !llvm.ptr
          llvm.store %v3794, %v25 : f32, !llvm.ptr
          llvm.store %v3809, %v10 : f32, !llvm.ptr
          llvm.store %v3811, %v26 : f32, !llvm.ptr
          llvm.store %v3826, %v11 : f32, !llvm.ptr
          llvm.store %v3828, %v27 : f32, !llvm.ptr
          llvm.store %v3843, %v12 : f32, !llvm.ptr
          llvm.store %v3845, %v28 : f32, !llvm.ptr
          llvm.store %v3860, %v13 : f32, !llvm.ptr
          llvm.store %v3862, %v29 : f32, !llvm.ptr
          llvm.store %v3877, %v14 : f32, !llvm.ptr
          llvm.store %v3879, %v30 : f32, !llvm.ptr
          llvm.store %v3894, %v15 : f32, !llvm.ptr
          llvm.store %v3896, %v31 : f32, !llvm.ptr
          llvm.store %v3911, %v16 : f32, !llvm.ptr
          llvm.store %v3913, %v32 : f32, !llvm.ptr
          llvm.store %v3928, %v17 : f32, !llvm.ptr
          llvm.store %v3930, %v33 : f32, !llvm.ptr
          llvm.store %v3945, %v18 : f32, !llvm.ptr
          llvm.store %v3947, %v34 : f32, !llvm.ptr
          llvm.store %v3962, %v19 : f32, !llvm.ptr
          llvm.store %v3964, %v35 : f32, !llvm.ptr
          llvm.store %v3979, %v20 : f32, !llvm.ptr
          llvm.store %v3981, %v36 : f32, !llvm.ptr
        }
        gpu.barrier
        %v3982 = arith.addi %v62, %v45 : i64
        %v3983 = arith.divui %v3982, %v95 : i64
        %v3984 = arith.remui %v3982, %v95 : i64
        %v3985 = arith.addi %v62, %v3983 : i64
        %v3986 = arith.muli %v3985, %v108 : i64
        %v3987 = arith.addi %v3986, %v3984 : i64
        %v3988 = llvm.getelementptr %v38[%v3987] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1595, %v3988 : f32, !llvm.ptr<3>
        %v3989 = arith.addi %v47, %v45 : i64
        %v3990 = arith.divui %v3989, %v95 : i64
        %v3991 = arith.remui %v3989, %v95 : i64
        %v3992 = arith.addi %v62, %v3990 : i64
        %v3993 = arith.muli %v3992, %v108 : i64
        %v3994 = arith.addi %v3993, %v3991 : i64
        %v3995 = llvm.getelementptr %v38[%v3994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1609, %v3995 : f32, !llvm.ptr<3>
        %v3996 = arith.addi %v1093, %v45 : i64
        %v3997 = arith.divui %v3996, %v95 : i64
        %v3998 = arith.remui %v3996, %v95 : i64
        %v3999 = arith.addi %v62, %v3997 : i64
        %v4000 = arith.muli %v3999, %v108 : i64
        %v4001 = arith.addi %v4000, %v3998 : i64
        %v4002 = llvm.getelementptr %v38[%v4001] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1623, %v4002 : f32, !llvm.ptr<3>
        %v4004 = arith.addi %v4003, %v45 : i64
        %v4005 = arith.divui %v4004, %v95 : i64
        %v4006 = arith.remui %v4004, %v95 : i64
        %v4007 = arith.addi %v62, %v4005 : i64
        %v4008 = arith.muli %v4007, %v108 : i64
        %v4009 = arith.addi %v4008, %v4006 : i64
        %v4010 = llvm.getelementptr %v38[%v4009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1637, %v4010 : f32, !llvm.ptr<3>
        %v4011 = arith.addi %v41, %v45 : i64
        %v4012 = arith.divui %v4011, %v95 : i64
        %v4013 = arith.remui %v4011, %v95 : i64
        %v4014 = arith.addi %v62, %v4012 : i64
        %v4015 = arith.muli %v4014, %v108 : i64
        %v4016 = arith.addi %v4015, %v4013 : i64
        %v4017 = llvm.getelementptr %v38[%v4016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1651, %v4017 : f32, !llvm.ptr<3>
        %v4019 = arith.addi %v4018, %v45 : i64
        %v4020 = arith.divui %v4019, %v95 : i64
        %v4021 = arith.remui %v4019, %v95 : i64
        %v4022 = arith.addi %v62, %v4020 : i64
        %v4023 = arith.muli %v4022, %v108 : i64
        %v4024 = arith.addi %v4023, %v4021 : i64
        %v4025 = llvm.getelementptr %v38[%v4024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1665, %v4025 : f32, !llvm.ptr<3>
        %v4027 = arith.addi %v4026, %v45 : i64
        %v4028 = arith.divui %v4027, %v95 : i64
        %v4029 = arith.remui %v4027, %v95 : i64
        %v4030 = arith.addi %v62, %v4028 : i64
        %v4031 = arith.muli %v4030, %v108 : i64
        %v4032 = arith.addi %v4031, %v4029 : i64
        %v4033 = llvm.getelementptr %v38[%v4032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1679, %v4033 : f32, !llvm.ptr<3>
        %v4035 = arith.addi %v4034, %v45 : i64
        %v4036 = arith.divui %v4035, %v95 : i64
        %v4037 = arith.remui %v4035, %v95 : i64
        %v4038 = arith.addi %v62, %v4036 : i64
        %v4039 = arith.muli %v4038, %v108 : i64
        %v4040 = arith.addi %v4039, %v4037 : i64
        %v4041 = llvm.getelementptr %v38[%v4040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1693, %v4041 : f32, !llvm.ptr<3>
        %v4043 = arith.addi %v4042, %v45 : i64
        %v4044 = arith.divui %v4043, %v95 : i64
        %v4045 = arith.remui %v4043, %v95 : i64
        %v4046 = arith.addi %v62, %v4044 : i64
        %v4047 = arith.muli %v4046, %v108 : i64
        %v4048 = arith.addi %v4047, %v4045 : i64
        %v4049 = llvm.getelementptr %v38[%v4048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1707, %v4049 : f32, !llvm.ptr<3>
        %v4051 = arith.addi %v4050, %v45 : i64
        %v4052 = arith.divui %v4051, %v95 : i64
        %v4053 = arith.remui %v4051, %v95 : i64
        %v4054 = arith.addi %v62, %v4052 : i64
        %v4055 = arith.muli %v4054, %v108 : i64
        %v4056 = arith.addi %v4055, %v4053 : i64
        %v4057 = llvm.getelementptr %v38[%v4056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1721, %v4057 : f32, !llvm.ptr<3>
        %v4059 = arith.addi %v4058, %v45 : i64
        %v4060 = arith.divui %v4059, %v95 : i64
        %v4061 = arith.remui %v4059, %v95 : i64
        %v4062 = arith.addi %v62, %v4060 : i64
        %v4063 = arith.muli %v4062, %v108 : i64
        %v4064 = arith.addi %v4063, %v4061 : i64
        %v4065 = llvm.getelementptr %v38[%v4064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1735, %v4065 : f32, !llvm.ptr<3>
        %v4067 = arith.addi %v4066, %v45 : i64
        %v4068 = arith.divui %v4067, %v95 : i64
        %v4069 = arith.remui %v4067, %v95 : i64
        %v4070 = arith.addi %v62, %v4068 : i64
        %v4071 = arith.muli %v4070, %v108 : i64
        %v4072 = arith.addi %v4071, %v4069 : i64
        %v4073 = llvm.getelementptr %v38[%v4072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1749, %v4073 : f32, !llvm.ptr<3>
        %v4075 = arith.addi %v4074, %v45 : i64
        %v4076 = arith.divui %v4075, %v95 : i64
        %v4077 = arith.remui %v4075, %v95 : i64
        %v4078 = arith.addi %v62, %v4076 : i64
        %v4079 = arith.muli %v4078, %v108 : i64
        %v4080 = arith.addi %v4079, %v4077 : i64
        %v4081 = llvm.getelementptr %v38[%v4080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1763, %v4081 : f32, !llvm.ptr<3>
        %v4083 = arith.addi %v4082, %v45 : i64
        %v4084 = arith.divui %v4083, %v95 : i64
        %v4085 = arith.remui %v4083, %v95 : i64
        %v4086 = arith.addi %v62, %v4084 : i64
        %v4087 = arith.muli %v4086, %v108 : i64
        %v4088 = arith.addi %v4087, %v4085 : i64
        %v4089 = llvm.getelementptr %v38[%v4088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1777, %v4089 : f32, !llvm.ptr<3>
        %v4091 = arith.addi %v4090, %v45 : i64
        %v4092 = arith.divui %v4091, %v95 : i64
        %v4093 = arith.remui %v4091, %v95 : i64
        %v4094 = arith.addi %v62, %v4092 : i64
        %v4095 = arith.muli %v4094, %v108 : i64
        %v4096 = arith.addi %v4095, %v4093 : i64
        %v4097 = llvm.getelementptr %v38[%v4096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1791, %v4097 : f32, !llvm.ptr<3>
        %v4099 = arith.addi %v4098, %v45 : i64
        %v4100 = arith.divui %v4099, %v95 : i64
        %v4101 = arith.remui %v4099, %v95 : i64
        %v4102 = arith.addi %v62, %v4100 : i64
        %v4103 = arith.muli %v4102, %v108 : i64
        %v4104 = arith.addi %v4103, %v4101 : i64
        %v4105 = llvm.getelementptr %v38[%v4104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1805, %v4105 : f32, !llvm.ptr<3>
        %v4107 = arith.addi %v4106, %v45 : i64
        %v4108 = arith.divui %v4107, %v95 : i64
        %v4109 = arith.remui %v4107, %v95 : i64
        %v4110 = arith.addi %v62, %v4108 : i64
        %v4111 = arith.muli %v4110, %v108 : i64
        %v4112 = arith.addi %v4111, %v4109 : i64
        %v4113 = llvm.getelementptr %v38[%v4112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1819, %v4113 : f32, !llvm.ptr<3>
        %v4115 = arith.addi %v4114, %v45 : i64
        %v4116 = arith.divui %v4115, %v95 : i64
        %v4117 = arith.remui %v4115, %v95 : i64
        %v4118 = arith.addi %v62, %v4116 : i64
        %v4119 = arith.muli %v4118, %v108 : i64
        %v4120 = arith.addi %v4119, %v4117 : i64
        %v4121 = llvm.getelementptr %v38[%v4120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1833, %v4121 : f32, !llvm.ptr<3>
        %v4123 = arith.addi %v4122, %v45 : i64
        %v4124 = arith.divui %v4123, %v95 : i64
        %v4125 = arith.remui %v4123, %v95 : i64
        %v4126 = arith.addi %v62, %v4124 : i64
        %v4127 = arith.muli %v4126, %v108 : i64
        %v4128 = arith.addi %v4127, %v4125 : i64
        %v4129 = llvm.getelementptr %v38[%v4128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1847, %v4129 : f32, !llvm.ptr<3>
        %v4131 = arith.addi %v4130, %v45 : i64
        %v4132 = arith.divui %v4131, %v95 : i64
        %v4133 = arith.remui %v4131, %v95 : i64
        %v4134 = arith.addi %v62, %v4132 : i64
        %v4135 = arith.muli %v4134, %v108 : i64
        %v4136 = arith.addi %v4135, %v4133 : i64
        %v4137 = llvm.getelementptr %v38[%v4136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1861, %v4137 : f32, !llvm.ptr<3>
        %v4139 = arith.addi %v4138, %v45 : i64
        %v4140 = arith.divui %v4139, %v95 : i64
        %v4141 = arith.remui %v4139, %v95 : i64
        %v4142 = arith.addi %v62, %v4140 : i64
        %v4143 = arith.muli %v4142, %v108 : i64
        %v4144 = arith.addi %v4143, %v4141 : i64
        %v4145 = llvm.getelementptr %v38[%v4144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1875, %v4145 : f32, !llvm.ptr<3>
        %v4147 = arith.addi %v4146, %v45 : i64
        %v4148 = arith.divui %v4147, %v95 : i64
        %v4149 = arith.remui %v4147, %v95 : i64
        %v4150 = arith.addi %v62, %v4148 : i64
        %v4151 = arith.muli %v4150, %v108 : i64
        %v4152 = arith.addi %v4151, %v4149 : i64
        %v4153 = llvm.getelementptr %v38[%v4152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1889, %v4153 : f32, !llvm.ptr<3>
        %v4155 = arith.addi %v4154, %v45 : i64
        %v4156 = arith.divui %v4155, %v95 : i64
        %v4157 = arith.remui %v4155, %v95 : i64
        %v4158 = arith.addi %v62, %v4156 : i64
        %v4159 = arith.muli %v4158, %v108 : i64
        %v4160 = arith.addi %v4159, %v4157 : i64
        %v4161 = llvm.getelementptr %v38[%v4160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1903, %v4161 : f32, !llvm.ptr<3>
        %v4163 = arith.addi %v4162, %v45 : i64
        %v4164 = arith.divui %v4163, %v95 : i64
        %v4165 = arith.remui %v4163, %v95 : i64
        %v4166 = arith.addi %v62, %v4164 : i64
        %v4167 = arith.muli %v4166, %v108 : i64
        %v4168 = arith.addi %v4167, %v4165 : i64
        %v4169 = llvm.getelementptr %v38[%v4168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1917, %v4169 : f32, !llvm.ptr<3>
        %v4171 = arith.addi %v4170, %v45 : i64
        %v4172 = arith.divui %v4171, %v95 : i64
        %v4173 = arith.remui %v4171, %v95 : i64
        %v4174 = arith.addi %v62, %v4172 : i64
        %v4175 = arith.muli %v4174, %v108 : i64
        %v4176 = arith.addi %v4175, %v4173 : i64
        %v4177 = llvm.getelementptr %v38[%v4176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1931, %v4177 : f32, !llvm.ptr<3>
        %v4179 = arith.addi %v4178, %v45 : i64
        %v4180 = arith.divui %v4179, %v95 : i64
        %v4181 = arith.remui %v4179, %v95 : i64
        %v4182 = arith.addi %v62, %v4180 : i64
        %v4183 = arith.muli %v4182, %v108 : i64
        %v4184 = arith.addi %v4183, %v4181 : i64
        %v4185 = llvm.getelementptr %v38[%v4184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1945, %v4185 : f32, !llvm.ptr<3>
        %v4187 = arith.addi %v4186, %v45 : i64
        %v4188 = arith.divui %v4187, %v95 : i64
        %v4189 = arith.remui %v4187, %v95 : i64
        %v4190 = arith.addi %v62, %v4188 : i64
        %v4191 = arith.muli %v4190, %v108 : i64
        %v4192 = arith.addi %v4191, %v4189 : i64
        %v4193 = llvm.getelementptr %v38[%v4192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1959, %v4193 : f32, !llvm.ptr<3>
        %v4195 = arith.addi %v4194, %v45 : i64
        %v4196 = arith.divui %v4195, %v95 : i64
        %v4197 = arith.remui %v4195, %v95 : i64
        %v4198 = arith.addi %v62, %v4196 : i64
        %v4199 = arith.muli %v4198, %v108 : i64
        %v4200 = arith.addi %v4199, %v4197 : i64
        %v4201 = llvm.getelementptr %v38[%v4200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1973, %v4201 : f32, !llvm.ptr<3>
        %v4203 = arith.addi %v4202, %v45 : i64
        %v4204 = arith.divui %v4203, %v95 : i64
        %v4205 = arith.remui %v4203, %v95 : i64
        %v4206 = arith.addi %v62, %v4204 : i64
        %v4207 = arith.muli %v4206, %v108 : i64
        %v4208 = arith.addi %v4207, %v4205 : i64
        %v4209 = llvm.getelementptr %v38[%v4208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1987, %v4209 : f32, !llvm.ptr<3>
        %v4211 = arith.addi %v4210, %v45 : i64
        %v4212 = arith.divui %v4211, %v95 : i64
        %v4213 = arith.remui %v4211, %v95 : i64
        %v4214 = arith.addi %v62, %v4212 : i64
        %v4215 = arith.muli %v4214, %v108 : i64
        %v4216 = arith.addi %v4215, %v4213 : i64
        %v4217 = llvm.getelementptr %v38[%v4216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2001, %v4217 : f32, !llvm.ptr<3>
        %v4219 = arith.addi %v4218, %v45 : i64
        %v4220 = arith.divui %v4219, %v95 : i64
        %v4221 = arith.remui %v4219, %v95 : i64
        %v4222 = arith.addi %v62, %v4220 : i64
        %v4223 = arith.muli %v4222, %v108 : i64
        %v4224 = arith.addi %v4223, %v4221 : i64
        %v4225 = llvm.getelementptr %v38[%v4224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2015, %v4225 : f32, !llvm.ptr<3>
        %v4227 = arith.addi %v4226, %v45 : i64
        %v4228 = arith.divui %v4227, %v95 : i64
        %v4229 = arith.remui %v4227, %v95 : i64
        %v4230 = arith.addi %v62, %v4228 : i64
        %v4231 = arith.muli %v4230, %v108 : i64
        %v4232 = arith.addi %v4231, %v4229 : i64
        %v4233 = llvm.getelementptr %v38[%v4232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2029, %v4233 : f32, !llvm.ptr<3>
        %v4234 = arith.addi %v62, %v45 : i64
        %v4235 = arith.divui %v4234, %v95 : i64
        %v4236 = arith.remui %v4234, %v95 : i64
        %v4237 = arith.addi %v47, %v4235 : i64
        %v4238 = arith.muli %v4237, %v108 : i64
        %v4239 = arith.addi %v4238, %v4236 : i64
        %v4240 = llvm.getelementptr %v38[%v4239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2045, %v4240 : f32, !llvm.ptr<3>
        %v4241 = arith.addi %v47, %v45 : i64
        %v4242 = arith.divui %v4241, %v95 : i64
        %v4243 = arith.remui %v4241, %v95 : i64
        %v4244 = arith.addi %v47, %v4242 : i64
        %v4245 = arith.muli %v4244, %v108 : i64
        %v4246 = arith.addi %v4245, %v4243 : i64
        %v4247 = llvm.getelementptr %v38[%v4246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2059, %v4247 : f32, !llvm.ptr<3>
        %v4248 = arith.addi %v1093, %v45 : i64
        %v4249 = arith.divui %v4248, %v95 : i64
        %v4250 = arith.remui %v4248, %v95 : i64
        %v4251 = arith.addi %v47, %v4249 : i64
        %v4252 = arith.muli %v4251, %v108 : i64
        %v4253 = arith.addi %v4252, %v4250 : i64
        %v4254 = llvm.getelementptr %v38[%v4253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2073, %v4254 : f32, !llvm.ptr<3>
        %v4255 = arith.addi %v4003, %v45 : i64
        %v4256 = arith.divui %v4255, %v95 : i64
        %v4257 = arith.remui %v4255, %v95 : i64
        %v4258 = arith.addi %v47, %v4256 : i64
        %v4259 = arith.muli %v4258, %v108 : i64
        %v4260 = arith.addi %v4259, %v4257 : i64
        %v4261 = llvm.getelementptr %v38[%v4260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2087, %v4261 : f32, !llvm.ptr<3>
        %v4262 = arith.addi %v41, %v45 : i64
        %v4263 = arith.divui %v4262, %v95 : i64
        %v4264 = arith.remui %v4262, %v95 : i64
        %v4265 = arith.addi %v47, %v4263 : i64
        %v4266 = arith.muli %v4265, %v108 : i64
        %v4267 = arith.addi %v4266, %v4264 : i64
        %v4268 = llvm.getelementptr %v38[%v4267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2101, %v4268 : f32, !llvm.ptr<3>
        %v4269 = arith.addi %v4018, %v45 : i64
        %v4270 = arith.divui %v4269, %v95 : i64
        %v4271 = arith.remui %v4269, %v95 : i64
        %v4272 = arith.addi %v47, %v4270 : i64
        %v4273 = arith.muli %v4272, %v108 : i64
        %v4274 = arith.addi %v4273, %v4271 : i64
        %v4275 = llvm.getelementptr %v38[%v4274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2115, %v4275 : f32, !llvm.ptr<3>
        %v4276 = arith.addi %v4026, %v45 : i64
        %v4277 = arith.divui %v4276, %v95 : i64
        %v4278 = arith.remui %v4276, %v95 : i64
        %v4279 = arith.addi %v47, %v4277 : i64
        %v4280 = arith.muli %v4279, %v108 : i64
        %v4281 = arith.addi %v4280, %v4278 : i64
        %v4282 = llvm.getelementptr %v38[%v4281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2129, %v4282 : f32, !llvm.ptr<3>
        %v4283 = arith.addi %v4034, %v45 : i64
        %v4284 = arith.divui %v4283, %v95 : i64
        %v4285 = arith.remui %v4283, %v95 : i64
        %v4286 = arith.addi %v47, %v4284 : i64
        %v4287 = arith.muli %v4286, %v108 : i64
        %v4288 = arith.addi %v4287, %v4285 : i64
        %v4289 = llvm.getelementptr %v38[%v4288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2143, %v4289 : f32, !llvm.ptr<3>
        %v4290 = arith.addi %v4042, %v45 : i64
        %v4291 = arith.divui %v4290, %v95 : i64
        %v4292 = arith.remui %v4290, %v95 : i64
        %v4293 = arith.addi %v47, %v4291 : i64
        %v4294 = arith.muli %v4293, %v108 : i64
        %v4295 = arith.addi %v4294, %v4292 : i64
        %v4296 = llvm.getelementptr %v38[%v4295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2157, %v4296 : f32, !llvm.ptr<3>
        %v4297 = arith.addi %v4050, %v45 : i64
        %v4298 = arith.divui %v4297, %v95 : i64
        %v4299 = arith.remui %v4297, %v95 : i64
        %v4300 = arith.addi %v47, %v4298 : i64
        %v4301 = arith.muli %v4300, %v108 : i64
        %v4302 = arith.addi %v4301, %v4299 : i64
        %v4303 = llvm.getelementptr %v38[%v4302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2171, %v4303 : f32, !llvm.ptr<3>
        %v4304 = arith.addi %v4058, %v45 : i64
        %v4305 = arith.divui %v4304, %v95 : i64
        %v4306 = arith.remui %v4304, %v95 : i64
        %v4307 = arith.addi %v47, %v4305 : i64
        %v4308 = arith.muli %v4307, %v108 : i64
        %v4309 = arith.addi %v4308, %v4306 : i64
        %v4310 = llvm.getelementptr %v38[%v4309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2185, %v4310 : f32, !llvm.ptr<3>
        %v4311 = arith.addi %v4066, %v45 : i64
        %v4312 = arith.divui %v4311, %v95 : i64
        %v4313 = arith.remui %v4311, %v95 : i64
        %v4314 = arith.addi %v47, %v4312 : i64
        %v4315 = arith.muli %v4314, %v108 : i64
        %v4316 = arith.addi %v4315, %v4313 : i64
        %v4317 = llvm.getelementptr %v38[%v4316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2199, %v4317 : f32, !llvm.ptr<3>
        %v4318 = arith.addi %v4074, %v45 : i64
        %v4319 = arith.divui %v4318, %v95 : i64
        %v4320 = arith.remui %v4318, %v95 : i64
        %v4321 = arith.addi %v47, %v4319 : i64
        %v4322 = arith.muli %v4321, %v108 : i64
        %v4323 = arith.addi %v4322, %v4320 : i64
        %v4324 = llvm.getelementptr %v38[%v4323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2213, %v4324 : f32, !llvm.ptr<3>
        %v4325 = arith.addi %v4082, %v45 : i64
        %v4326 = arith.divui %v4325, %v95 : i64
        %v4327 = arith.remui %v4325, %v95 : i64
        %v4328 = arith.addi %v47, %v4326 : i64
        %v4329 = arith.muli %v4328, %v108 : i64
        %v4330 = arith.addi %v4329, %v4327 : i64
        %v4331 = llvm.getelementptr %v38[%v4330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2227, %v4331 : f32, !llvm.ptr<3>
        %v4332 = arith.addi %v4090, %v45 : i64
        %v4333 = arith.divui %v4332, %v95 : i64
        %v4334 = arith.remui %v4332, %v95 : i64
        %v4335 = arith.addi %v47, %v4333 : i64
        %v4336 = arith.muli %v4335, %v108 : i64
        %v4337 = arith.addi %v4336, %v4334 : i64
        %v4338 = llvm.getelementptr %v38[%v4337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2241, %v4338 : f32, !llvm.ptr<3>
        %v4339 = arith.addi %v4098, %v45 : i64
        %v4340 = arith.divui %v4339, %v95 : i64
        %v4341 = arith.remui %v4339, %v95 : i64
        %v4342 = arith.addi %v47, %v4340 : i64
        %v4343 = arith.muli %v4342, %v108 : i64
        %v4344 = arith.addi %v4343, %v4341 : i64
        %v4345 = llvm.getelementptr %v38[%v4344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2255, %v4345 : f32, !llvm.ptr<3>
        %v4346 = arith.addi %v4106, %v45 : i64
        %v4347 = arith.divui %v4346, %v95 : i64
        %v4348 = arith.remui %v4346, %v95 : i64
        %v4349 = arith.addi %v47, %v4347 : i64
        %v4350 = arith.muli %v4349, %v108 : i64
        %v4351 = arith.addi %v4350, %v4348 : i64
        %v4352 = llvm.getelementptr %v38[%v4351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2269, %v4352 : f32, !llvm.ptr<3>
        %v4353 = arith.addi %v4114, %v45 : i64
        %v4354 = arith.divui %v4353, %v95 : i64
        %v4355 = arith.remui %v4353, %v95 : i64
        %v4356 = arith.addi %v47, %v4354 : i64
        %v4357 = arith.muli %v4356, %v108 : i64
        %v4358 = arith.addi %v4357, %v4355 : i64
        %v4359 = llvm.getelementptr %v38[%v4358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2283, %v4359 : f32, !llvm.ptr<3>
        %v4360 = arith.addi %v4122, %v45 : i64
        %v4361 = arith.divui %v4360, %v95 : i64
        %v4362 = arith.remui %v4360, %v95 : i64
        %v4363 = arith.addi %v47, %v4361 : i64
        %v4364 = arith.muli %v4363, %v108 : i64
        %v4365 = arith.addi %v4364, %v4362 : i64
        %v4366 = llvm.getelementptr %v38[%v4365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2297, %v4366 : f32, !llvm.ptr<3>
        %v4367 = arith.addi %v4130, %v45 : i64
        %v4368 = arith.divui %v4367, %v95 : i64
        %v4369 = arith.remui %v4367, %v95 : i64
        %v4370 = arith.addi %v47, %v4368 : i64
        %v4371 = arith.muli %v4370, %v108 : i64
        %v4372 = arith.addi %v4371, %v4369 : i64
        %v4373 = llvm.getelementptr %v38[%v4372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2311, %v4373 : f32, !llvm.ptr<3>
        %v4374 = arith.addi %v4138, %v45 : i64
        %v4375 = arith.divui %v4374, %v95 : i64
        %v4376 = arith.remui %v4374, %v95 : i64
        %v4377 = arith.addi %v47, %v4375 : i64
        %v4378 = arith.muli %v4377, %v108 : i64
        %v4379 = arith.addi %v4378, %v4376 : i64
        %v4380 = llvm.getelementptr %v38[%v4379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2325, %v4380 : f32, !llvm.ptr<3>
        %v4381 = arith.addi %v4146, %v45 : i64
        %v4382 = arith.divui %v4381, %v95 : i64
        %v4383 = arith.remui %v4381, %v95 : i64
        %v4384 = arith.addi %v47, %v4382 : i64
        %v4385 = arith.muli %v4384, %v108 : i64
        %v4386 = arith.addi %v4385, %v4383 : i64
        %v4387 = llvm.getelementptr %v38[%v4386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2339, %v4387 : f32, !llvm.ptr<3>
        %v4388 = arith.addi %v4154, %v45 : i64
        %v4389 = arith.divui %v4388, %v95 : i64
        %v4390 = arith.remui %v4388, %v95 : i64
        %v4391 = arith.addi %v47, %v4389 : i64
        %v4392 = arith.muli %v4391, %v108 : i64
        %v4393 = arith.addi %v4392, %v4390 : i64
        %v4394 = llvm.getelementptr %v38[%v4393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2353, %v4394 : f32, !llvm.ptr<3>
        %v4395 = arith.addi %v4162, %v45 : i64
        %v4396 = arith.divui %v4395, %v95 : i64
        %v4397 = arith.remui %v4395, %v95 : i64
        %v4398 = arith.addi %v47, %v4396 : i64
        %v4399 = arith.muli %v4398, %v108 : i64
        %v4400 = arith.addi %v4399, %v4397 : i64
        %v4401 = llvm.getelementptr %v38[%v4400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2367, %v4401 : f32, !llvm.ptr<3>
        %v4402 = arith.addi %v4170, %v45 : i64
        %v4403 = arith.divui %v4402, %v95 : i64
        %v4404 = arith.remui %v4402, %v95 : i64
        %v4405 = arith.addi %v47, %v4403 : i64
        %v4406 = arith.muli %v4405, %v108 : i64
        %v4407 = arith.addi %v4406, %v4404 : i64
        %v4408 = llvm.getelementptr %v38[%v4407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2381, %v4408 : f32, !llvm.ptr<3>
        %v4409 = arith.addi %v4178, %v45 : i64
        %v4410 = arith.divui %v4409, %v95 : i64
        %v4411 = arith.remui %v4409, %v95 : i64
        %v4412 = arith.addi %v47, %v4410 : i64
        %v4413 = arith.muli %v4412, %v108 : i64
        %v4414 = arith.addi %v4413, %v4411 : i64
        %v4415 = llvm.getelementptr %v38[%v4414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2395, %v4415 : f32, !llvm.ptr<3>
        %v4416 = arith.addi %v4186, %v45 : i64
        %v4417 = arith.divui %v4416, %v95 : i64
        %v4418 = arith.remui %v4416, %v95 : i64
        %v4419 = arith.addi %v47, %v4417 : i64
        %v4420 = arith.muli %v4419, %v108 : i64
        %v4421 = arith.addi %v4420, %v4418 : i64
        %v4422 = llvm.getelementptr %v38[%v4421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2409, %v4422 : f32, !llvm.ptr<3>
        %v4423 = arith.addi %v4194, %v45 : i64
        %v4424 = arith.divui %v4423, %v95 : i64
        %v4425 = arith.remui %v4423, %v95 : i64
        %v4426 = arith.addi %v47, %v4424 : i64
        %v4427 = arith.muli %v4426, %v108 : i64
        %v4428 = arith.addi %v4427, %v4425 : i64
        %v4429 = llvm.getelementptr %v38[%v4428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2423, %v4429 : f32, !llvm.ptr<3>
        %v4430 = arith.addi %v4202, %v45 : i64
        %v4431 = arith.divui %v4430, %v95 : i64
        %v4432 = arith.remui %v4430, %v95 : i64
        %v4433 = arith.addi %v47, %v4431 : i64
        %v4434 = arith.muli %v4433, %v108 : i64
        %v4435 = arith.addi %v4434, %v4432 : i64
        %v4436 = llvm.getelementptr %v38[%v4435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2437, %v4436 : f32, !llvm.ptr<3>
        %v4437 = arith.addi %v4210, %v45 : i64
        %v4438 = arith.divui %v4437, %v95 : i64
        %v4439 = arith.remui %v4437, %v95 : i64
        %v4440 = arith.addi %v47, %v4438 : i64
        %v4441 = arith.muli %v4440, %v108 : i64
        %v4442 = arith.addi %v4441, %v4439 : i64
        %v4443 = llvm.getelementptr %v38[%v4442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2451, %v4443 : f32, !llvm.ptr<3>
        %v4444 = arith.addi %v4218, %v45 : i64
        %v4445 = arith.divui %v4444, %v95 : i64
        %v4446 = arith.remui %v4444, %v95 : i64
        %v4447 = arith.addi %v47, %v4445 : i64
        %v4448 = arith.muli %v4447, %v108 : i64
        %v4449 = arith.addi %v4448, %v4446 : i64
        %v4450 = llvm.getelementptr %v38[%v4449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2465, %v4450 : f32, !llvm.ptr<3>
        %v4451 = arith.addi %v4226, %v45 : i64
        %v4452 = arith.divui %v4451, %v95 : i64
        %v4453 = arith.remui %v4451, %v95 : i64
        %v4454 = arith.addi %v47, %v4452 : i64
        %v4455 = arith.muli %v4454, %v108 : i64
        %v4456 = arith.addi %v4455, %v4453 : i64
        %v4457 = llvm.getelementptr %v38[%v4456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2479, %v4457 : f32, !llvm.ptr<3>
        %v4458 = arith.addi %v62, %v45 : i64
        %v4459 = arith.divui %v4458, %v95 : i64
        %v4460 = arith.remui %v4458, %v95 : i64
        %v4461 = arith.addi %v1093, %v4459 : i64
        %v4462 = arith.muli %v4461, %v108 : i64
        %v4463 = arith.addi %v4462, %v4460 : i64
        %v4464 = llvm.getelementptr %v38[%v4463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2495, %v4464 : f32, !llvm.ptr<3>
        %v4465 = arith.addi %v47, %v45 : i64
        %v4466 = arith.divui %v4465, %v95 : i64
        %v4467 = arith.remui %v4465, %v95 : i64
        %v4468 = arith.addi %v1093, %v4466 : i64
        %v4469 = arith.muli %v4468, %v108 : i64
        %v4470 = arith.addi %v4469, %v4467 : i64
        %v4471 = llvm.getelementptr %v38[%v4470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2509, %v4471 : f32, !llvm.ptr<3>
        %v4472 = arith.addi %v1093, %v45 : i64
        %v4473 = arith.divui %v4472, %v95 : i64
        %v4474 = arith.remui %v4472, %v95 : i64
        %v4475 = arith.addi %v1093, %v4473 : i64
        %v4476 = arith.muli %v4475, %v108 : i64
        %v4477 = arith.addi %v4476, %v4474 : i64
        %v4478 = llvm.getelementptr %v38[%v4477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2523, %v4478 : f32, !llvm.ptr<3>
        %v4479 = arith.addi %v4003, %v45 : i64
        %v4480 = arith.divui %v4479, %v95 : i64
        %v4481 = arith.remui %v4479, %v95 : i64
        %v4482 = arith.addi %v1093, %v4480 : i64
        %v4483 = arith.muli %v4482, %v108 : i64
        %v4484 = arith.addi %v4483, %v4481 : i64
        %v4485 = llvm.getelementptr %v38[%v4484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2537, %v4485 : f32, !llvm.ptr<3>
        %v4486 = arith.addi %v41, %v45 : i64
        %v4487 = arith.divui %v4486, %v95 : i64
        %v4488 = arith.remui %v4486, %v95 : i64
        %v4489 = arith.addi %v1093, %v4487 : i64
        %v4490 = arith.muli %v4489, %v108 : i64
        %v4491 = arith.addi %v4490, %v4488 : i64
        %v4492 = llvm.getelementptr %v38[%v4491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2551, %v4492 : f32, !llvm.ptr<3>
        %v4493 = arith.addi %v4018, %v45 : i64
        %v4494 = arith.divui %v4493, %v95 : i64
        %v4495 = arith.remui %v4493, %v95 : i64
        %v4496 = arith.addi %v1093, %v4494 : i64
        %v4497 = arith.muli %v4496, %v108 : i64
        %v4498 = arith.addi %v4497, %v4495 : i64
        %v4499 = llvm.getelementptr %v38[%v4498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2565, %v4499 : f32, !llvm.ptr<3>
        %v4500 = arith.addi %v4026, %v45 : i64
        %v4501 = arith.divui %v4500, %v95 : i64
        %v4502 = arith.remui %v4500, %v95 : i64
        %v4503 = arith.addi %v1093, %v4501 : i64
        %v4504 = arith.muli %v4503, %v108 : i64
        %v4505 = arith.addi %v4504, %v4502 : i64
        %v4506 = llvm.getelementptr %v38[%v4505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2579, %v4506 : f32, !llvm.ptr<3>
        %v4507 = arith.addi %v4034, %v45 : i64
        %v4508 = arith.divui %v4507, %v95 : i64
        %v4509 = arith.remui %v4507, %v95 : i64
        %v4510 = arith.addi %v1093, %v4508 : i64
        %v4511 = arith.muli %v4510, %v108 : i64
        %v4512 = arith.addi %v4511, %v4509 : i64
        %v4513 = llvm.getelementptr %v38[%v4512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2593, %v4513 : f32, !llvm.ptr<3>
        %v4514 = arith.addi %v4042, %v45 : i64
        %v4515 = arith.divui %v4514, %v95 : i64
        %v4516 = arith.remui %v4514, %v95 : i64
        %v4517 = arith.addi %v1093, %v4515 : i64
        %v4518 = arith.muli %v4517, %v108 : i64
        %v4519 = arith.addi %v4518, %v4516 : i64
        %v4520 = llvm.getelementptr %v38[%v4519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2607, %v4520 : f32, !llvm.ptr<3>
        %v4521 = arith.addi %v4050, %v45 : i64
        %v4522 = arith.divui %v4521, %v95 : i64
        %v4523 = arith.remui %v4521, %v95 : i64
        %v4524 = arith.addi %v1093, %v4522 : i64
        %v4525 = arith.muli %v4524, %v108 : i64
        %v4526 = arith.addi %v4525, %v4523 : i64
        %v4527 = llvm.getelementptr %v38[%v4526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2621, %v4527 : f32, !llvm.ptr<3>
        %v4528 = arith.addi %v4058, %v45 : i64
        %v4529 = arith.divui %v4528, %v95 : i64
        %v4530 = arith.remui %v4528, %v95 : i64
        %v4531 = arith.addi %v1093, %v4529 : i64
        %v4532 = arith.muli %v4531, %v108 : i64
        %v4533 = arith.addi %v4532, %v4530 : i64
        %v4534 = llvm.getelementptr %v38[%v4533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2635, %v4534 : f32, !llvm.ptr<3>
        %v4535 = arith.addi %v4066, %v45 : i64
        %v4536 = arith.divui %v4535, %v95 : i64
        %v4537 = arith.remui %v4535, %v95 : i64
        %v4538 = arith.addi %v1093, %v4536 : i64
        %v4539 = arith.muli %v4538, %v108 : i64
        %v4540 = arith.addi %v4539, %v4537 : i64
        %v4541 = llvm.getelementptr %v38[%v4540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2649, %v4541 : f32, !llvm.ptr<3>
        %v4542 = arith.addi %v4074, %v45 : i64
        %v4543 = arith.divui %v4542, %v95 : i64
        %v4544 = arith.remui %v4542, %v95 : i64
        %v4545 = arith.addi %v1093, %v4543 : i64
        %v4546 = arith.muli %v4545, %v108 : i64
        %v4547 = arith.addi %v4546, %v4544 : i64
        %v4548 = llvm.getelementptr %v38[%v4547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2663, %v4548 : f32, !llvm.ptr<3>
        %v4549 = arith.addi %v4082, %v45 : i64
        %v4550 = arith.divui %v4549, %v95 : i64
        %v4551 = arith.remui %v4549, %v95 : i64
        %v4552 = arith.addi %v1093, %v4550 : i64
        %v4553 = arith.muli %v4552, %v108 : i64
        %v4554 = arith.addi %v4553, %v4551 : i64
        %v4555 = llvm.getelementptr %v38[%v4554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2677, %v4555 : f32, !llvm.ptr<3>
        %v4556 = arith.addi %v4090, %v45 : i64
        %v4557 = arith.divui %v4556, %v95 : i64
        %v4558 = arith.remui %v4556, %v95 : i64
        %v4559 = arith.addi %v1093, %v4557 : i64
        %v4560 = arith.muli %v4559, %v108 : i64
        %v4561 = arith.addi %v4560, %v4558 : i64
        %v4562 = llvm.getelementptr %v38[%v4561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2691, %v4562 : f32, !llvm.ptr<3>
        %v4563 = arith.addi %v4098, %v45 : i64
        %v4564 = arith.divui %v4563, %v95 : i64
        %v4565 = arith.remui %v4563, %v95 : i64
        %v4566 = arith.addi %v1093, %v4564 : i64
        %v4567 = arith.muli %v4566, %v108 : i64
        %v4568 = arith.addi %v4567, %v4565 : i64
        %v4569 = llvm.getelementptr %v38[%v4568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2705, %v4569 : f32, !llvm.ptr<3>
        %v4570 = arith.addi %v4106, %v45 : i64
        %v4571 = arith.divui %v4570, %v95 : i64
        %v4572 = arith.remui %v4570, %v95 : i64
        %v4573 = arith.addi %v1093, %v4571 : i64
        %v4574 = arith.muli %v4573, %v108 : i64
        %v4575 = arith.addi %v4574, %v4572 : i64
        %v4576 = llvm.getelementptr %v38[%v4575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2719, %v4576 : f32, !llvm.ptr<3>
        %v4577 = arith.addi %v4114, %v45 : i64
        %v4578 = arith.divui %v4577, %v95 : i64
        %v4579 = arith.remui %v4577, %v95 : i64
        %v4580 = arith.addi %v1093, %v4578 : i64
        %v4581 = arith.muli %v4580, %v108 : i64
        %v4582 = arith.addi %v4581, %v4579 : i64
        %v4583 = llvm.getelementptr %v38[%v4582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2733, %v4583 : f32, !llvm.ptr<3>
        %v4584 = arith.addi %v4122, %v45 : i64
        %v4585 = arith.divui %v4584, %v95 : i64
        %v4586 = arith.remui %v4584, %v95 : i64
        %v4587 = arith.addi %v1093, %v4585 : i64
        %v4588 = arith.muli %v4587, %v108 : i64
        %v4589 = arith.addi %v4588, %v4586 : i64
        %v4590 = llvm.getelementptr %v38[%v4589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2747, %v4590 : f32, !llvm.ptr<3>
        %v4591 = arith.addi %v4130, %v45 : i64
        %v4592 = arith.divui %v4591, %v95 : i64
        %v4593 = arith.remui %v4591, %v95 : i64
        %v4594 = arith.addi %v1093, %v4592 : i64
        %v4595 = arith.muli %v4594, %v108 : i64
        %v4596 = arith.addi %v4595, %v4593 : i64
        %v4597 = llvm.getelementptr %v38[%v4596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2761, %v4597 : f32, !llvm.ptr<3>
        %v4598 = arith.addi %v4138, %v45 : i64
        %v4599 = arith.divui %v4598, %v95 : i64
        %v4600 = arith.remui %v4598, %v95 : i64
        %v4601 = arith.addi %v1093, %v4599 : i64
        %v4602 = arith.muli %v4601, %v108 : i64
        %v4603 = arith.addi %v4602, %v4600 : i64
        %v4604 = llvm.getelementptr %v38[%v4603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2775, %v4604 : f32, !llvm.ptr<3>
        %v4605 = arith.addi %v4146, %v45 : i64
        %v4606 = arith.divui %v4605, %v95 : i64
        %v4607 = arith.remui %v4605, %v95 : i64
        %v4608 = arith.addi %v1093, %v4606 : i64
        %v4609 = arith.muli %v4608, %v108 : i64
        %v4610 = arith.addi %v4609, %v4607 : i64
        %v4611 = llvm.getelementptr %v38[%v4610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2789, %v4611 : f32, !llvm.ptr<3>
        %v4612 = arith.addi %v4154, %v45 : i64
        %v4613 = arith.divui %v4612, %v95 : i64
        %v4614 = arith.remui %v4612, %v95 : i64
        %v4615 = arith.addi %v1093, %v4613 : i64
        %v4616 = arith.muli %v4615, %v108 : i64
        %v4617 = arith.addi %v4616, %v4614 : i64
        %v4618 = llvm.getelementptr %v38[%v4617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2803, %v4618 : f32, !llvm.ptr<3>
        %v4619 = arith.addi %v4162, %v45 : i64
        %v4620 = arith.divui %v4619, %v95 : i64
        %v4621 = arith.remui %v4619, %v95 : i64
        %v4622 = arith.addi %v1093, %v4620 : i64
        %v4623 = arith.muli %v4622, %v108 : i64
        %v4624 = arith.addi %v4623, %v4621 : i64
        %v4625 = llvm.getelementptr %v38[%v4624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2817, %v4625 : f32, !llvm.ptr<3>
        %v4626 = arith.addi %v4170, %v45 : i64
        %v4627 = arith.divui %v4626, %v95 : i64
        %v4628 = arith.remui %v4626, %v95 : i64
        %v4629 = arith.addi %v1093, %v4627 : i64
        %v4630 = arith.muli %v4629, %v108 : i64
        %v4631 = arith.addi %v4630, %v4628 : i64
        %v4632 = llvm.getelementptr %v38[%v4631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2831, %v4632 : f32, !llvm.ptr<3>
        %v4633 = arith.addi %v4178, %v45 : i64
        %v4634 = arith.divui %v4633, %v95 : i64
        %v4635 = arith.remui %v4633, %v95 : i64
        %v4636 = arith.addi %v1093, %v4634 : i64
        %v4637 = arith.muli %v4636, %v108 : i64
        %v4638 = arith.addi %v4637, %v4635 : i64
        %v4639 = llvm.getelementptr %v38[%v4638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2845, %v4639 : f32, !llvm.ptr<3>
        %v4640 = arith.addi %v4186, %v45 : i64
        %v4641 = arith.divui %v4640, %v95 : i64
        %v4642 = arith.remui %v4640, %v95 : i64
        %v4643 = arith.addi %v1093, %v4641 : i64
        %v4644 = arith.muli %v4643, %v108 : i64
        %v4645 = arith.addi %v4644, %v4642 : i64
        %v4646 = llvm.getelementptr %v38[%v4645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2859, %v4646 : f32, !llvm.ptr<3>
        %v4647 = arith.addi %v4194, %v45 : i64
        %v4648 = arith.divui %v4647, %v95 : i64
        %v4649 = arith.remui %v4647, %v95 : i64
        %v4650 = arith.addi %v1093, %v4648 : i64
        %v4651 = arith.muli %v4650, %v108 : i64
        %v4652 = arith.addi %v4651, %v4649 : i64
        %v4653 = llvm.getelementptr %v38[%v4652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2873, %v4653 : f32, !llvm.ptr<3>
        %v4654 = arith.addi %v4202, %v45 : i64
        %v4655 = arith.divui %v4654, %v95 : i64
        %v4656 = arith.remui %v4654, %v95 : i64
        %v4657 = arith.addi %v1093, %v4655 : i64
        %v4658 = arith.muli %v4657, %v108 : i64
        %v4659 = arith.addi %v4658, %v4656 : i64
        %v4660 = llvm.getelementptr %v38[%v4659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2887, %v4660 : f32, !llvm.ptr<3>
        %v4661 = arith.addi %v4210, %v45 : i64
        %v4662 = arith.divui %v4661, %v95 : i64
        %v4663 = arith.remui %v4661, %v95 : i64
        %v4664 = arith.addi %v1093, %v4662 : i64
        %v4665 = arith.muli %v4664, %v108 : i64
        %v4666 = arith.addi %v4665, %v4663 : i64
        %v4667 = llvm.getelementptr %v38[%v4666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2901, %v4667 : f32, !llvm.ptr<3>
        %v4668 = arith.addi %v4218, %v45 : i64
        %v4669 = arith.divui %v4668, %v95 : i64
        %v4670 = arith.remui %v4668, %v95 : i64
        %v4671 = arith.addi %v1093, %v4669 : i64
        %v4672 = arith.muli %v4671, %v108 : i64
        %v4673 = arith.addi %v4672, %v4670 : i64
        %v4674 = llvm.getelementptr %v38[%v4673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2915, %v4674 : f32, !llvm.ptr<3>
        %v4675 = arith.addi %v4226, %v45 : i64
        %v4676 = arith.divui %v4675, %v95 : i64
        %v4677 = arith.remui %v4675, %v95 : i64
        %v4678 = arith.addi %v1093, %v4676 : i64
        %v4679 = arith.muli %v4678, %v108 : i64
        %v4680 = arith.addi %v4679, %v4677 : i64
        %v4681 = llvm.getelementptr %v38[%v4680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2929, %v4681 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v55 {
        %v4682 = arith.muli %v51, %v4 : i64
        %v4683 = arith.subi %v4, %v2 : i64
        %v4684 = arith.minsi %v54, %v4683 : i64
        %v4685 = arith.addi %v4682, %v4684 : i64
        %v4686 = arith.muli %v4685, %v1 : i64
        %v4687 = arith.addi %v4686, %v62 : i64
        %v4688 = llvm.load %v21 : !llvm.ptr -> f32
        %v4689 = llvm.getelementptr %agga_h[%v4687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4688, %v4689 : f32, !llvm.ptr
        %v4690 = llvm.load %v5 : !llvm.ptr -> f32
        %v4691 = llvm.getelementptr %aggb_h[%v4687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4690, %v4691 : f32, !llvm.ptr
        %v4692 = arith.muli %v51, %v4 : i64
        %v4693 = arith.subi %v4, %v2 : i64
        %v4694 = arith.minsi %v54, %v4693 : i64
        %v4695 = arith.addi %v4692, %v4694 : i64
        %v4696 = arith.muli %v4695, %v1 : i64
        %v4697 = arith.addi %v4696, %v2 : i64
        %v4698 = llvm.load %v22 : !llvm.ptr -> f32
        %v4699 = llvm.getelementptr %agga_h[%v4697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4698, %v4699 : f32, !llvm.ptr
        %v4700 = llvm.load %v6 : !llvm.ptr -> f32
        %v4701 = llvm.getelementptr %aggb_h[%v4697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4700, %v4701 : f32, !llvm.ptr
        %v4702 = arith.muli %v51, %v4 : i64
        %v4703 = arith.subi %v4, %v2 : i64
        %v4704 = arith.minsi %v54, %v4703 : i64
        %v4705 = arith.addi %v4702, %v4704 : i64
        %v4706 = arith.muli %v4705, %v1 : i64
        %v4707 = arith.addi %v4706, %v86 : i64
        %v4708 = llvm.load %v23 : !llvm.ptr -> f32
        %v4709 = llvm.getelementptr %agga_h[%v4707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4708, %v4709 : f32, !llvm.ptr
        %v4710 = llvm.load %v7 : !llvm.ptr -> f32
        %v4711 = llvm.getelementptr %aggb_h[%v4707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4710, %v4711 : f32, !llvm.ptr
        %v4712 = arith.muli %v51, %v4 : i64
        %v4713 = arith.subi %v4, %v2 : i64
        %v4714 = arith.minsi %v54, %v4713 : i64
        %v4715 = arith.addi %v4712, %v4714 : i64
        %v4716 = arith.muli %v4715, %v1 : i64
        %v4718 = arith.addi %v4716, %v4717 : i64
        %v4719 = llvm.load %v24 : !llvm.ptr -> f32
        %v4720 = llvm.getelementptr %agga_h[%v4718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4719, %v4720 : f32, !llvm.ptr
        %v4721 = llvm.load %v8 : !llvm.ptr -> f32
        %v4722 = llvm.getelementptr %aggb_h[%v4718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4721, %v4722 : f32, !llvm.ptr
        %v4723 = arith.muli %v51, %v4 : i64
        %v4724 = arith.subi %v4, %v2 : i64
        %v4725 = arith.minsi %v54, %v4724 : i64
        %v4726 = arith.addi %v4723, %v4725 : i64
        %v4727 = arith.muli %v4726, %v1 : i64
        %v4728 = arith.addi %v4727, %v127 : i64
        %v4729 = llvm.load %v25 : !llvm.ptr -> f32
        %v4730 = llvm.getelementptr %agga_h[%v4728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4729, %v4730 : f32, !llvm.ptr
        %v4731 = llvm.load %v9 : !llvm.ptr -> f32
        %v4732 = llvm.getelementptr %aggb_h[%v4728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4731, %v4732 : f32, !llvm.ptr
        %v4733 = arith.muli %v51, %v4 : i64
        %v4734 = arith.subi %v4, %v2 : i64
        %v4735 = arith.minsi %v54, %v4734 : i64
        %v4736 = arith.addi %v4733, %v4735 : i64
        %v4737 = arith.muli %v4736, %v1 : i64
        %v4739 = arith.addi %v4737, %v4738 : i64
        %v4740 = llvm.load %v26 : !llvm.ptr -> f32
        %v4741 = llvm.getelementptr %agga_h[%v4739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4740, %v4741 : f32, !llvm.ptr
        %v4742 = llvm.load %v10 : !llvm.ptr -> f32
        %v4743 = llvm.getelementptr %aggb_h[%v4739] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4742, %v4743 : f32, !llvm.ptr
        %v4744 = arith.muli %v51, %v4 : i64
        %v4745 = arith.subi %v4, %v2 : i64
        %v4746 = arith.minsi %v54, %v4745 : i64
        %v4747 = arith.addi %v4744, %v4746 : i64
        %v4748 = arith.muli %v4747, %v1 : i64
        %v4749 = arith.addi %v4748, %v142 : i64
        %v4750 = llvm.load %v27 : !llvm.ptr -> f32
        %v4751 = llvm.getelementptr %agga_h[%v4749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4750, %v4751 : f32, !llvm.ptr
        %v4752 = llvm.load %v11 : !llvm.ptr -> f32
        %v4753 = llvm.getelementptr %aggb_h[%v4749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4752, %v4753 : f32, !llvm.ptr
        %v4754 = arith.muli %v51, %v4 : i64
        %v4755 = arith.subi %v4, %v2 : i64
        %v4756 = arith.minsi %v54, %v4755 : i64
        %v4757 = arith.addi %v4754, %v4756 : i64
        %v4758 = arith.muli %v4757, %v1 : i64
        %v4760 = arith.addi %v4758, %v4759 : i64
        %v4761 = llvm.load %v28 : !llvm.ptr -> f32
        %v4762 = llvm.getelementptr %agga_h[%v4760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4761, %v4762 : f32, !llvm.ptr
        %v4763 = llvm.load %v12 : !llvm.ptr -> f32
        %v4764 = llvm.getelementptr %aggb_h[%v4760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4763, %v4764 : f32, !llvm.ptr
        %v4765 = arith.muli %v51, %v4 : i64
        %v4766 = arith.subi %v4, %v2 : i64
        %v4767 = arith.minsi %v54, %v4766 : i64
        %v4768 = arith.addi %v4765, %v4767 : i64
        %v4769 = arith.muli %v4768, %v1 : i64
        %v4770 = arith.addi %v4769, %v157 : i64
        %v4771 = llvm.load %v29 : !llvm.ptr -> f32
        %v4772 = llvm.getelementptr %agga_h[%v4770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4771, %v4772 : f32, !llvm.ptr
        %v4773 = llvm.load %v13 : !llvm.ptr -> f32
        %v4774 = llvm.getelementptr %aggb_h[%v4770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4773, %v4774 : f32, !llvm.ptr
        %v4775 = arith.muli %v51, %v4 : i64
        %v4776 = arith.subi %v4, %v2 : i64
        %v4777 = arith.minsi %v54, %v4776 : i64
        %v4778 = arith.addi %v4775, %v4777 : i64
        %v4779 = arith.muli %v4778, %v1 : i64
        %v4781 = arith.addi %v4779, %v4780 : i64
        %v4782 = llvm.load %v30 : !llvm.ptr -> f32
        %v4783 = llvm.getelementptr %agga_h[%v4781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4782, %v4783 : f32, !llvm.ptr
        %v4784 = llvm.load %v14 : !llvm.ptr -> f32
        %v4785 = llvm.getelementptr %aggb_h[%v4781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4784, %v4785 : f32, !llvm.ptr
        %v4786 = arith.muli %v51, %v4 : i64
        %v4787 = arith.subi %v4, %v2 : i64
        %v4788 = arith.minsi %v54, %v4787 : i64
        %v4789 = arith.addi %v4786, %v4788 : i64
        %v4790 = arith.muli %v4789, %v1 : i64
        %v4791 = arith.addi %v4790, %v172 : i64
        %v4792 = llvm.load %v31 : !llvm.ptr -> f32
        %v4793 = llvm.getelementptr %agga_h[%v4791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4792, %v4793 : f32, !llvm.ptr
        %v4794 = llvm.load %v15 : !llvm.ptr -> f32
        %v4795 = llvm.getelementptr %aggb_h[%v4791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4794, %v4795 : f32, !llvm.ptr
        %v4796 = arith.muli %v51, %v4 : i64
        %v4797 = arith.subi %v4, %v2 : i64
        %v4798 = arith.minsi %v54, %v4797 : i64
        %v4799 = arith.addi %v4796, %v4798 : i64
        %v4800 = arith.muli %v4799, %v1 : i64
        %v4802 = arith.addi %v4800, %v4801 : i64
        %v4803 = llvm.load %v32 : !llvm.ptr -> f32
        %v4804 = llvm.getelementptr %agga_h[%v4802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4803, %v4804 : f32, !llvm.ptr
        %v4805 = llvm.load %v16 : !llvm.ptr -> f32
        %v4806 = llvm.getelementptr %aggb_h[%v4802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4805, %v4806 : f32, !llvm.ptr
        %v4807 = arith.muli %v51, %v4 : i64
        %v4808 = arith.subi %v4, %v2 : i64
        %v4809 = arith.minsi %v54, %v4808 : i64
        %v4810 = arith.addi %v4807, %v4809 : i64
        %v4811 = arith.muli %v4810, %v1 : i64
        %v4812 = arith.addi %v4811, %v187 : i64
        %v4813 = llvm.load %v33 : !llvm.ptr -> f32
        %v4814 = llvm.getelementptr %agga_h[%v4812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4813, %v4814 : f32, !llvm.ptr
        %v4815 = llvm.load %v17 : !llvm.ptr -> f32
        %v4816 = llvm.getelementptr %aggb_h[%v4812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4815, %v4816 : f32, !llvm.ptr
        %v4817 = arith.muli %v51, %v4 : i64
        %v4818 = arith.subi %v4, %v2 : i64
        %v4819 = arith.minsi %v54, %v4818 : i64
        %v4820 = arith.addi %v4817, %v4819 : i64
        %v4821 = arith.muli %v4820, %v1 : i64
        %v4823 = arith.addi %v4821, %v4822 : i64
        %v4824 = llvm.load %v34 : !llvm.ptr -> f32
        %v4825 = llvm.getelementptr %agga_h[%v4823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4824, %v4825 : f32, !llvm.ptr
        %v4826 = llvm.load %v18 : !llvm.ptr -> f32
        %v4827 = llvm.getelementptr %aggb_h[%v4823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4826, %v4827 : f32, !llvm.ptr
        %v4828 = arith.muli %v51, %v4 : i64
        %v4829 = arith.subi %v4, %v2 : i64
        %v4830 = arith.minsi %v54, %v4829 : i64
        %v4831 = arith.addi %v4828, %v4830 : i64
        %v4832 = arith.muli %v4831, %v1 : i64
        %v4833 = arith.addi %v4832, %v202 : i64
        %v4834 = llvm.load %v35 : !llvm.ptr -> f32
        %v4835 = llvm.getelementptr %agga_h[%v4833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4834, %v4835 : f32, !llvm.ptr
        %v4836 = llvm.load %v19 : !llvm.ptr -> f32
        %v4837 = llvm.getelementptr %aggb_h[%v4833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4836, %v4837 : f32, !llvm.ptr
        %v4838 = arith.muli %v51, %v4 : i64
        %v4839 = arith.subi %v4, %v2 : i64
        %v4840 = arith.minsi %v54, %v4839 : i64
        %v4841 = arith.addi %v4838, %v4840 : i64
        %v4842 = arith.muli %v4841, %v1 : i64
        %v4844 = arith.addi %v4842, %v4843 : i64
        %v4845 = llvm.load %v36 : !llvm.ptr -> f32
        %v4846 = llvm.getelementptr %agga_h[%v4844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4845, %v4846 : f32, !llvm.ptr
        %v4847 = llvm.load %v20 : !llvm.ptr -> f32
        %v4848 = llvm.getelementptr %aggb_h[%v4844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4847, %v4848 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
