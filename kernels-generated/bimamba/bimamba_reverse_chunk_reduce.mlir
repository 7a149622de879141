module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_bimamba_reverse_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_bimamba_reverse_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_chunk_reduce_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @bimamba_reverse_chunk_reduce(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v36 = llvm.mlir.addressof @rows_bimamba_reverse_chunk_reduce : !llvm.ptr<3>
      %v37 = llvm.mlir.addressof @smem_bimamba_reverse_chunk_reduce : !llvm.ptr<3>
      %v38 = arith.constant 255 : i64
      %v39 = arith.addi %size_L, %v38 : i64
      %v40 = arith.constant 256 : i64
      %v41 = arith.divui %v39, %v40 : i64
      %v46 = arith.constant 64 : i64
      %v47 = arith.constant 63 : i64
      %v70 = llvm.mlir.addressof @rows_bimamba_reverse_chunk_reduce_Bm : !llvm.ptr<3>
      %v71 = llvm.addrspacecast %v70 : !llvm.ptr<3> to !llvm.ptr
      %v72 = arith.constant 0 : i64
      %v73 = arith.muli %size_L, %size_D : i64
      %v86 = arith.constant 2 : i64
      %v87 = arith.constant 128 : i64
      %v90 = arith.constant 0x00000000 : f32
      %v91 = arith.constant 0x3F800000 : f32
      %v95 = arith.constant 32 : i64
      %v105 = arith.subi %size_L, %v2 : i64
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
      %v1639 = arith.constant 512 : i64
      %v1651 = arith.muli %size_L, %v1 : i64
      %v1659 = arith.constant 65 : i64
      %v3093 = arith.constant 130 : i64
      %v3098 = arith.constant 3 : i64
      %v3099 = arith.constant 195 : i64
      %v3104 = arith.constant 260 : i64
      %v3109 = arith.constant 5 : i64
      %v3110 = arith.constant 325 : i64
      %v3115 = arith.constant 390 : i64
      %v3120 = arith.constant 7 : i64
      %v3121 = arith.constant 455 : i64
      %v3126 = arith.constant 520 : i64
      %v3131 = arith.constant 9 : i64
      %v3132 = arith.constant 585 : i64
      %v3137 = arith.constant 650 : i64
      %v3142 = arith.constant 11 : i64
      %v3143 = arith.constant 715 : i64
      %v3148 = arith.constant 780 : i64
      %v3153 = arith.constant 13 : i64
      %v3154 = arith.constant 845 : i64
      %v3159 = arith.constant 910 : i64
      %v3164 = arith.constant 15 : i64
      %v3165 = arith.constant 975 : i64
      %v3238 = arith.constant 0x3FB8AA3B : f32
      %v3255 = arith.constant 0x3F317218 : f32
      %v3257 = arith.constant 0x3E124925 : f32
      %v3259 = arith.constant 0xBE2AAAAB : f32
      %v3262 = arith.constant 0x3E4CCCCD : f32
      %v3265 = arith.constant 0xBE800000 : f32
      %v3268 = arith.constant 0x3EAAAAAB : f32
      %v3271 = arith.constant 0xBF000000 : f32
      %v3277 = arith.constant 0x3D800000 : f32
      %v3952 = arith.constant 192 : i64
      %v3965 = arith.constant 320 : i64
      %v3972 = arith.constant 384 : i64
      %v3979 = arith.constant 448 : i64
      %v3992 = arith.constant 576 : i64
      %v3999 = arith.constant 640 : i64
      %v4006 = arith.constant 704 : i64
      %v4013 = arith.constant 768 : i64
      %v4020 = arith.constant 832 : i64
      %v4027 = arith.constant 896 : i64
      %v4034 = arith.constant 960 : i64
      %v4041 = arith.constant 1024 : i64
      %v4048 = arith.constant 1088 : i64
      %v4055 = arith.constant 1152 : i64
      %v4062 = arith.constant 1216 : i64
      %v4069 = arith.constant 1280 : i64
      %v4076 = arith.constant 1344 : i64
      %v4083 = arith.constant 1408 : i64
      %v4090 = arith.constant 1472 : i64
      %v4097 = arith.constant 1536 : i64
      %v4104 = arith.constant 1600 : i64
      %v4111 = arith.constant 1664 : i64
      %v4118 = arith.constant 1728 : i64
      %v4125 = arith.constant 1792 : i64
      %v4132 = arith.constant 1856 : i64
      %v4139 = arith.constant 1920 : i64
      %v4146 = arith.constant 1984 : i64
      %v42 = gpu.block_id x
      %v43 = gpu.thread_id x
      %v44 = arith.index_cast %v43 : index to i64
      %v45 = arith.index_cast %v42 : index to i64
      %v48 = arith.addi %size_D, %v47 : i64
      %v49 = arith.divui %v48, %v46 : i64
      %v50 = arith.maxsi %v49, %v2 : i64
      %v51 = arith.maxsi %size_D, %v2 : i64
      %v52 = arith.divui %v3, %v51 : i64
      %v53 = arith.muli %v52, %v50 : i64
      %v54 = arith.divui %v45, %v53 : i64
      %v55 = arith.remui %v45, %v53 : i64
      %v56 = arith.divui %v55, %v50 : i64
      %v57 = arith.remui %v55, %v50 : i64
      %v58 = arith.muli %v57, %v46 : i64
      %v59 = arith.addi %v58, %v44 : i64
      %v60 = arith.cmpi slt, %v59, %size_D : i64
      %v61 = arith.muli %v56, %size_D : i64
      %v62 = arith.addi %v61, %v59 : i64
      %v63 = arith.subi %size_D, %v2 : i64
      %v64 = arith.minsi %v59, %v63 : i64
      %v65 = arith.addi %v61, %v64 : i64
      %v66 = arith.remui %v65, %size_D : i64
      %v67 = arith.divui %v65, %size_D : i64
      %v68 = arith.remui %v67, %size_B : i64
      %v69 = arith.divui %v67, %size_B : i64
      %v3235 = arith.muli %v66, %v1 : i64
      %v3236 = llvm.getelementptr %in_A[%v3235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3237 = llvm.load %v3236 : !llvm.ptr -> f32
      %v3239 = arith.mulf %v3237, %v3238 fastmath<contract> : f32
      %v3245 = llvm.getelementptr %in_dt_bias[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3246 = llvm.load %v3245 : !llvm.ptr -> f32
      %v3294 = arith.muli %v66, %v1 : i64
      %v3295 = arith.constant 1 : i64
      %v3296 = arith.addi %v3294, %v3295 : i64
      %v3297 = llvm.getelementptr %in_A[%v3296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3298 = llvm.load %v3297 : !llvm.ptr -> f32
      %v3299 = arith.mulf %v3298, %v3238 fastmath<contract> : f32
      %v3308 = arith.muli %v66, %v1 : i64
      %v3309 = arith.constant 2 : i64
      %v3310 = arith.addi %v3308, %v3309 : i64
      %v3311 = llvm.getelementptr %in_A[%v3310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3312 = llvm.load %v3311 : !llvm.ptr -> f32
      %v3313 = arith.mulf %v3312, %v3238 fastmath<contract> : f32
      %v3322 = arith.muli %v66, %v1 : i64
      %v3323 = arith.constant 3 : i64
      %v3324 = arith.addi %v3322, %v3323 : i64
      %v3325 = llvm.getelementptr %in_A[%v3324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3326 = llvm.load %v3325 : !llvm.ptr -> f32
      %v3327 = arith.mulf %v3326, %v3238 fastmath<contract> : f32
      %v3336 = arith.muli %v66, %v1 : i64
      %v3337 = arith.constant 4 : i64
      %v3338 = arith.addi %v3336, %v3337 : i64
      %v3339 = llvm.getelementptr %in_A[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
      %v3341 = arith.mulf %v3340, %v3238 fastmath<contract> : f32
      %v3350 = arith.muli %v66, %v1 : i64
      %v3351 = arith.constant 5 : i64
      %v3352 = arith.addi %v3350, %v3351 : i64
      %v3353 = llvm.getelementptr %in_A[%v3352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3354 = llvm.load %v3353 : !llvm.ptr -> f32
      %v3355 = arith.mulf %v3354, %v3238 fastmath<contract> : f32
      %v3364 = arith.muli %v66, %v1 : i64
      %v3365 = arith.constant 6 : i64
      %v3366 = arith.addi %v3364, %v3365 : i64
      %v3367 = llvm.getelementptr %in_A[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3368 = llvm.load %v3367 : !llvm.ptr -> f32
      %v3369 = arith.mulf %v3368, %v3238 fastmath<contract> : f32
      %v3378 = arith.muli %v66, %v1 : i64
      %v3379 = arith.constant 7 : i64
      %v3380 = arith.addi %v3378, %v3379 : i64
      %v3381 = llvm.getelementptr %in_A[%v3380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3382 = llvm.load %v3381 : !llvm.ptr -> f32
      %v3383 = arith.mulf %v3382, %v3238 fastmath<contract> : f32
      %v3392 = arith.muli %v66, %v1 : i64
      %v3393 = arith.constant 8 : i64
      %v3394 = arith.addi %v3392, %v3393 : i64
      %v3395 = llvm.getelementptr %in_A[%v3394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3396 = llvm.load %v3395 : !llvm.ptr -> f32
      %v3397 = arith.mulf %v3396, %v3238 fastmath<contract> : f32
      %v3406 = arith.muli %v66, %v1 : i64
      %v3407 = arith.constant 9 : i64
      %v3408 = arith.addi %v3406, %v3407 : i64
      %v3409 = llvm.getelementptr %in_A[%v3408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3410 = llvm.load %v3409 : !llvm.ptr -> f32
      %v3411 = arith.mulf %v3410, %v3238 fastmath<contract> : f32
      %v3420 = arith.muli %v66, %v1 : i64
      %v3421 = arith.constant 10 : i64
      %v3422 = arith.addi %v3420, %v3421 : i64
      %v3423 = llvm.getelementptr %in_A[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3424 = llvm.load %v3423 : !llvm.ptr -> f32
      %v3425 = arith.mulf %v3424, %v3238 fastmath<contract> : f32
      %v3434 = arith.muli %v66, %v1 : i64
      %v3435 = arith.constant 11 : i64
      %v3436 = arith.addi %v3434, %v3435 : i64
      %v3437 = llvm.getelementptr %in_A[%v3436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3438 = llvm.load %v3437 : !llvm.ptr -> f32
      %v3439 = arith.mulf %v3438, %v3238 fastmath<contract> : f32
      %v3448 = arith.muli %v66, %v1 : i64
      %v3449 = arith.constant 12 : i64
      %v3450 = arith.addi %v3448, %v3449 : i64
      %v3451 = llvm.getelementptr %in_A[%v3450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3452 = llvm.load %v3451 : !llvm.ptr -> f32
      %v3453 = arith.mulf %v3452, %v3238 fastmath<contract> : f32
      %v3462 = arith.muli %v66, %v1 : i64
      %v3463 = arith.constant 13 : i64
      %v3464 = arith.addi %v3462, %v3463 : i64
      %v3465 = llvm.getelementptr %in_A[%v3464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3466 = llvm.load %v3465 : !llvm.ptr -> f32
      %v3467 = arith.mulf %v3466, %v3238 fastmath<contract> : f32
      %v3476 = arith.muli %v66, %v1 : i64
      %v3477 = arith.constant 14 : i64
      %v3478 = arith.addi %v3476, %v3477 : i64
      %v3479 = llvm.getelementptr %in_A[%v3478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3480 = llvm.load %v3479 : !llvm.ptr -> f32
      %v3481 = arith.mulf %v3480, %v3238 fastmath<contract> : f32
      %v3490 = arith.muli %v66, %v1 : i64
      %v3491 = arith.constant 15 : i64
      %v3492 = arith.addi %v3490, %v3491 : i64
      %v3493 = llvm.getelementptr %in_A[%v3492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3494 = llvm.load %v3493 : !llvm.ptr -> f32
      %v3495 = arith.mulf %v3494, %v3238 fastmath<contract> : f32
      %v3505 = arith.mulf %v3237, %v3238 fastmath<contract> : f32
      %v3550 = arith.mulf %v3298, %v3238 fastmath<contract> : f32
      %v3559 = arith.mulf %v3312, %v3238 fastmath<contract> : f32
      %v3568 = arith.mulf %v3326, %v3238 fastmath<contract> : f32
      %v3577 = arith.mulf %v3340, %v3238 fastmath<contract> : f32
      %v3586 = arith.mulf %v3354, %v3238 fastmath<contract> : f32
      %v3595 = arith.mulf %v3368, %v3238 fastmath<contract> : f32
      %v3604 = arith.mulf %v3382, %v3238 fastmath<contract> : f32
      %v3613 = arith.mulf %v3396, %v3238 fastmath<contract> : f32
      %v3622 = arith.mulf %v3410, %v3238 fastmath<contract> : f32
      %v3631 = arith.mulf %v3424, %v3238 fastmath<contract> : f32
      %v3640 = arith.mulf %v3438, %v3238 fastmath<contract> : f32
      %v3649 = arith.mulf %v3452, %v3238 fastmath<contract> : f32
      %v3658 = arith.mulf %v3466, %v3238 fastmath<contract> : f32
      %v3667 = arith.mulf %v3480, %v3238 fastmath<contract> : f32
      %v3676 = arith.mulf %v3494, %v3238 fastmath<contract> : f32
      %v3692 = arith.mulf %v3237, %v3238 fastmath<contract> : f32
      %v3740 = arith.mulf %v3298, %v3238 fastmath<contract> : f32
      %v3753 = arith.mulf %v3312, %v3238 fastmath<contract> : f32
      %v3766 = arith.mulf %v3326, %v3238 fastmath<contract> : f32
      %v3779 = arith.mulf %v3340, %v3238 fastmath<contract> : f32
      %v3792 = arith.mulf %v3354, %v3238 fastmath<contract> : f32
      %v3805 = arith.mulf %v3368, %v3238 fastmath<contract> : f32
      %v3818 = arith.mulf %v3382, %v3238 fastmath<contract> : f32
      %v3831 = arith.mulf %v3396, %v3238 fastmath<contract> : f32
      %v3844 = arith.mulf %v3410, %v3238 fastmath<contract> : f32
      %v3857 = arith.mulf %v3424, %v3238 fastmath<contract> : f32
      %v3870 = arith.mulf %v3438, %v3238 fastmath<contract> : f32
      %v3883 = arith.mulf %v3452, %v3238 fastmath<contract> : f32
      %v3896 = arith.mulf %v3466, %v3238 fastmath<contract> : f32
      %v3909 = arith.mulf %v3480, %v3238 fastmath<contract> : f32
      %v3922 = arith.mulf %v3494, %v3238 fastmath<contract> : f32
      %v74 = arith.muli %v68, %v73 : i64
      %v75 = arith.muli %v66, %size_L : i64
      %v76 = arith.addi %v74, %v75 : i64
      %v77 = llvm.getelementptr %v36[%v44] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v76, %v77 : i64, !llvm.ptr<3>
      %v78 = arith.muli %v68, %v73 : i64
      %v79 = arith.muli %v66, %size_L : i64
      %v80 = arith.addi %v78, %v79 : i64
      %v81 = arith.addi %v46, %v44 : i64
      %v82 = llvm.getelementptr %v36[%v81] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v80, %v82 : i64, !llvm.ptr<3>
      %v83 = arith.muli %v68, %v73 : i64
      %v84 = arith.muli %v66, %size_L : i64
      %v85 = arith.addi %v83, %v84 : i64
      %v88 = arith.addi %v87, %v44 : i64
      %v89 = llvm.getelementptr %v36[%v88] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v85, %v89 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v90, %v4 : f32, !llvm.ptr
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
      llvm.store %v91, %v20 : f32, !llvm.ptr
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
      %v92 = arith.muli %v54, %v40 : i64
      %v93 = arith.addi %v92, %v40 : i64
      %v94 = arith.minsi %v93, %size_L : i64
      // staged load of `u`'s first tile: read, then shared memory
      %v96 = arith.divui %v44, %v95 : i64
      %v97 = arith.remui %v44, %v95 : i64
      %v98 = arith.constant true
      %v99 = llvm.getelementptr %v36[%v96] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v100 = llvm.load %v99 : !llvm.ptr<3> -> i64
      %v101 = arith.addi %v92, %v97 : i64
      %v102 = arith.cmpi slt, %v101, %v94 : i64
      %v103 = arith.subi %size_L, %v2 : i64
      %v104 = arith.minsi %v101, %v103 : i64
      %v106 = arith.subi %v105, %v104 : i64
      %v107 = arith.addi %v100, %v106 : i64
      %v109 = arith.muli %v96, %v108 : i64
      %v110 = arith.addi %v109, %v97 : i64
      %v111 = llvm.getelementptr %in_u[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v112 = llvm.load %v111 : !llvm.ptr -> f32
      %v113 = arith.addi %v96, %v86 : i64
      %v114 = arith.constant true
      %v115 = llvm.getelementptr %v36[%v113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v116 = llvm.load %v115 : !llvm.ptr<3> -> i64
      %v117 = arith.addi %v92, %v97 : i64
      %v118 = arith.cmpi slt, %v117, %v94 : i64
      %v119 = arith.subi %size_L, %v2 : i64
      %v120 = arith.minsi %v117, %v119 : i64
      %v121 = arith.subi %v105, %v120 : i64
      %v122 = arith.addi %v116, %v121 : i64
      %v123 = arith.muli %v113, %v108 : i64
      %v124 = arith.addi %v123, %v97 : i64
      %v125 = llvm.getelementptr %in_u[%v122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v126 = llvm.load %v125 : !llvm.ptr -> f32
      %v128 = arith.addi %v96, %v127 : i64
      %v129 = arith.constant true
      %v130 = llvm.getelementptr %v36[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v131 = llvm.load %v130 : !llvm.ptr<3> -> i64
      %v132 = arith.addi %v92, %v97 : i64
      %v133 = arith.cmpi slt, %v132, %v94 : i64
      %v134 = arith.subi %size_L, %v2 : i64
      %v135 = arith.minsi %v132, %v134 : i64
      %v136 = arith.subi %v105, %v135 : i64
      %v137 = arith.addi %v131, %v136 : i64
      %v138 = arith.muli %v128, %v108 : i64
      %v139 = arith.addi %v138, %v97 : i64
      %v140 = llvm.getelementptr %in_u[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v141 = llvm.load %v140 : !llvm.ptr -> f32
      %v143 = arith.addi %v96, %v142 : i64
      %v144 = arith.constant true
      %v145 = llvm.getelementptr %v36[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
      %v147 = arith.addi %v92, %v97 : i64
      %v148 = arith.cmpi slt, %v147, %v94 : i64
      %v149 = arith.subi %size_L, %v2 : i64
      %v150 = arith.minsi %v147, %v149 : i64
      %v151 = arith.subi %v105, %v150 : i64
      %v152 = arith.addi %v146, %v151 : i64
      %v153 = arith.muli %v143, %v108 : i64
      %v154 = arith.addi %v153, %v97 : i64
      %v155 = llvm.getelementptr %in_u[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v158 = arith.addi %v96, %v157 : i64
      %v159 = arith.constant true
      %v160 = llvm.getelementptr %v36[%v158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v161 = llvm.load %v160 : !llvm.ptr<3> -> i64
      %v162 = arith.addi %v92, %v97 : i64
      %v163 = arith.cmpi slt, %v162, %v94 : i64
      %v164 = arith.subi %size_L, %v2 : i64
      %v165 = arith.minsi %v162, %v164 : i64
      %v166 = arith.subi %v105, %v165 : i64
      %v167 = arith.addi %v161, %v166 : i64
      %v168 = arith.muli %v158, %v108 : i64
      %v169 = arith.addi %v168, %v97 : i64
      %v170 = llvm.getelementptr %in_u[%v167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v171 = llvm.load %v170 : !llvm.ptr -> f32
      %v173 = arith.addi %v96, %v172 : i64
      %v174 = arith.constant true
      %v175 = llvm.getelementptr %v36[%v173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v176 = llvm.load %v175 : !llvm.ptr<3> -> i64
      %v177 = arith.addi %v92, %v97 : i64
      %v178 = arith.cmpi slt, %v177, %v94 : i64
      %v179 = arith.subi %size_L, %v2 : i64
      %v180 = arith.minsi %v177, %v179 : i64
      %v181 = arith.subi %v105, %v180 : i64
      %v182 = arith.addi %v176, %v181 : i64
      %v183 = arith.muli %v173, %v108 : i64
      %v184 = arith.addi %v183, %v97 : i64
      %v185 = llvm.getelementptr %in_u[%v182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v186 = llvm.load %v185 : !llvm.ptr -> f32
      %v188 = arith.addi %v96, %v187 : i64
      %v189 = arith.constant true
      %v190 = llvm.getelementptr %v36[%v188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v191 = llvm.load %v190 : !llvm.ptr<3> -> i64
      %v192 = arith.addi %v92, %v97 : i64
      %v193 = arith.cmpi slt, %v192, %v94 : i64
      %v194 = arith.subi %size_L, %v2 : i64
      %v195 = arith.minsi %v192, %v194 : i64
      %v196 = arith.subi %v105, %v195 : i64
      %v197 = arith.addi %v191, %v196 : i64
      %v198 = arith.muli %v188, %v108 : i64
      %v199 = arith.addi %v198, %v97 : i64
      %v200 = llvm.getelementptr %in_u[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v201 = llvm.load %v200 : !llvm.ptr -> f32
      %v203 = arith.addi %v96, %v202 : i64
      %v204 = arith.constant true
      %v205 = llvm.getelementptr %v36[%v203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v206 = llvm.load %v205 : !llvm.ptr<3> -> i64
      %v207 = arith.addi %v92, %v97 : i64
      %v208 = arith.cmpi slt, %v207, %v94 : i64
      %v209 = arith.subi %size_L, %v2 : i64
      %v210 = arith.minsi %v207, %v209 : i64
      %v211 = arith.subi %v105, %v210 : i64
      %v212 = arith.addi %v206, %v211 : i64
      %v213 = arith.muli %v203, %v108 : i64
      %v214 = arith.addi %v213, %v97 : i64
      %v215 = llvm.getelementptr %in_u[%v212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v216 = llvm.load %v215 : !llvm.ptr -> f32
      %v217 = arith.addi %v96, %v1 : i64
      %v218 = arith.constant true
      %v219 = llvm.getelementptr %v36[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v220 = llvm.load %v219 : !llvm.ptr<3> -> i64
      %v221 = arith.addi %v92, %v97 : i64
      %v222 = arith.cmpi slt, %v221, %v94 : i64
      %v223 = arith.subi %size_L, %v2 : i64
      %v224 = arith.minsi %v221, %v223 : i64
      %v225 = arith.subi %v105, %v224 : i64
      %v226 = arith.addi %v220, %v225 : i64
      %v227 = arith.muli %v217, %v108 : i64
      %v228 = arith.addi %v227, %v97 : i64
      %v229 = llvm.getelementptr %in_u[%v226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v230 = llvm.load %v229 : !llvm.ptr -> f32
      %v232 = arith.addi %v96, %v231 : i64
      %v233 = arith.constant true
      %v234 = llvm.getelementptr %v36[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v235 = llvm.load %v234 : !llvm.ptr<3> -> i64
      %v236 = arith.addi %v92, %v97 : i64
      %v237 = arith.cmpi slt, %v236, %v94 : i64
      %v238 = arith.subi %size_L, %v2 : i64
      %v239 = arith.minsi %v236, %v238 : i64
      %v240 = arith.subi %v105, %v239 : i64
      %v241 = arith.addi %v235, %v240 : i64
      %v242 = arith.muli %v232, %v108 : i64
      %v243 = arith.addi %v242, %v97 : i64
      %v244 = llvm.getelementptr %in_u[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v245 = llvm.load %v244 : !llvm.ptr -> f32
      %v247 = arith.addi %v96, %v246 : i64
      %v248 = arith.constant true
      %v249 = llvm.getelementptr %v36[%v247] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v250 = llvm.load %v249 : !llvm.ptr<3> -> i64
      %v251 = arith.addi %v92, %v97 : i64
      %v252 = arith.cmpi slt, %v251, %v94 : i64
      %v253 = arith.subi %size_L, %v2 : i64
      %v254 = arith.minsi %v251, %v253 : i64
      %v255 = arith.subi %v105, %v254 : i64
      %v256 = arith.addi %v250, %v255 : i64
      %v257 = arith.muli %v247, %v108 : i64
      %v258 = arith.addi %v257, %v97 : i64
      %v259 = llvm.getelementptr %in_u[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v260 = llvm.load %v259 : !llvm.ptr -> f32
      %v262 = arith.addi %v96, %v261 : i64
      %v263 = arith.constant true
      %v264 = llvm.getelementptr %v36[%v262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v265 = llvm.load %v264 : !llvm.ptr<3> -> i64
      %v266 = arith.addi %v92, %v97 : i64
      %v267 = arith.cmpi slt, %v266, %v94 : i64
      %v268 = arith.subi %size_L, %v2 : i64
      %v269 = arith.minsi %v266, %v268 : i64
      %v270 = arith.subi %v105, %v269 : i64
      %v271 = arith.addi %v265, %v270 : i64
      %v272 = arith.muli %v262, %v108 : i64
      %v273 = arith.addi %v272, %v97 : i64
      %v274 = llvm.getelementptr %in_u[%v271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v275 = llvm.load %v274 : !llvm.ptr -> f32
      %v277 = arith.addi %v96, %v276 : i64
      %v278 = arith.constant true
      %v279 = llvm.getelementptr %v36[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v280 = llvm.load %v279 : !llvm.ptr<3> -> i64
      %v281 = arith.addi %v92, %v97 : i64
      %v282 = arith.cmpi slt, %v281, %v94 : i64
      %v283 = arith.subi %size_L, %v2 : i64
      %v284 = arith.minsi %v281, %v283 : i64
      %v285 = arith.subi %v105, %v284 : i64
      %v286 = arith.addi %v280, %v285 : i64
      %v287 = arith.muli %v277, %v108 : i64
      %v288 = arith.addi %v287, %v97 : i64
      %v289 = llvm.getelementptr %in_u[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v290 = llvm.load %v289 : !llvm.ptr -> f32
      %v292 = arith.addi %v96, %v291 : i64
      %v293 = arith.constant true
      %v294 = llvm.getelementptr %v36[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v295 = llvm.load %v294 : !llvm.ptr<3> -> i64
      %v296 = arith.addi %v92, %v97 : i64
      %v297 = arith.cmpi slt, %v296, %v94 : i64
      %v298 = arith.subi %size_L, %v2 : i64
      %v299 = arith.minsi %v296, %v298 : i64
      %v300 = arith.subi %v105, %v299 : i64
      %v301 = arith.addi %v295, %v300 : i64
      %v302 = arith.muli %v292, %v108 : i64
      %v303 = arith.addi %v302, %v97 : i64
      %v304 = llvm.getelementptr %in_u[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v305 = llvm.load %v304 : !llvm.ptr -> f32
      %v307 = arith.addi %v96, %v306 : i64
      %v308 = arith.constant true
      %v309 = llvm.getelementptr %v36[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v310 = llvm.load %v309 : !llvm.ptr<3> -> i64
      %v311 = arith.addi %v92, %v97 : i64
      %v312 = arith.cmpi slt, %v311, %v94 : i64
      %v313 = arith.subi %size_L, %v2 : i64
      %v314 = arith.minsi %v311, %v313 : i64
      %v315 = arith.subi %v105, %v314 : i64
      %v316 = arith.addi %v310, %v315 : i64
      %v317 = arith.muli %v307, %v108 : i64
      %v318 = arith.addi %v317, %v97 : i64
      %v319 = llvm.getelementptr %in_u[%v316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v320 = llvm.load %v319 : !llvm.ptr -> f32
      %v322 = arith.addi %v96, %v321 : i64
      %v323 = arith.constant true
      %v324 = llvm.getelementptr %v36[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v325 = llvm.load %v324 : !llvm.ptr<3> -> i64
      %v326 = arith.addi %v92, %v97 : i64
      %v327 = arith.cmpi slt, %v326, %v94 : i64
      %v328 = arith.subi %size_L, %v2 : i64
      %v329 = arith.minsi %v326, %v328 : i64
      %v330 = arith.subi %v105, %v329 : i64
      %v331 = arith.addi %v325, %v330 : i64
      %v332 = arith.muli %v322, %v108 : i64
      %v333 = arith.addi %v332, %v97 : i64
      %v334 = llvm.getelementptr %in_u[%v331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v335 = llvm.load %v334 : !llvm.ptr -> f32
      %v336 = arith.addi %v96, %v95 : i64
      %v337 = arith.constant true
      %v338 = llvm.getelementptr %v36[%v336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v339 = llvm.load %v338 : !llvm.ptr<3> -> i64
      %v340 = arith.addi %v92, %v97 : i64
      %v341 = arith.cmpi slt, %v340, %v94 : i64
      %v342 = arith.subi %size_L, %v2 : i64
      %v343 = arith.minsi %v340, %v342 : i64
      %v344 = arith.subi %v105, %v343 : i64
      %v345 = arith.addi %v339, %v344 : i64
      %v346 = arith.muli %v336, %v108 : i64
      %v347 = arith.addi %v346, %v97 : i64
      %v348 = llvm.getelementptr %in_u[%v345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v349 = llvm.load %v348 : !llvm.ptr -> f32
      %v351 = arith.addi %v96, %v350 : i64
      %v352 = arith.constant true
      %v353 = llvm.getelementptr %v36[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v354 = llvm.load %v353 : !llvm.ptr<3> -> i64
      %v355 = arith.addi %v92, %v97 : i64
      %v356 = arith.cmpi slt, %v355, %v94 : i64
      %v357 = arith.subi %size_L, %v2 : i64
      %v358 = arith.minsi %v355, %v357 : i64
      %v359 = arith.subi %v105, %v358 : i64
      %v360 = arith.addi %v354, %v359 : i64
      %v361 = arith.muli %v351, %v108 : i64
      %v362 = arith.addi %v361, %v97 : i64
      %v363 = llvm.getelementptr %in_u[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v364 = llvm.load %v363 : !llvm.ptr -> f32
      %v366 = arith.addi %v96, %v365 : i64
      %v367 = arith.constant true
      %v368 = llvm.getelementptr %v36[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v369 = llvm.load %v368 : !llvm.ptr<3> -> i64
      %v370 = arith.addi %v92, %v97 : i64
      %v371 = arith.cmpi slt, %v370, %v94 : i64
      %v372 = arith.subi %size_L, %v2 : i64
      %v373 = arith.minsi %v370, %v372 : i64
      %v374 = arith.subi %v105, %v373 : i64
      %v375 = arith.addi %v369, %v374 : i64
      %v376 = arith.muli %v366, %v108 : i64
      %v377 = arith.addi %v376, %v97 : i64
      %v378 = llvm.getelementptr %in_u[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v379 = llvm.load %v378 : !llvm.ptr -> f32
      %v381 = arith.addi %v96, %v380 : i64
      %v382 = arith.constant true
      %v383 = llvm.getelementptr %v36[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v92, %v97 : i64
      %v386 = arith.cmpi slt, %v385, %v94 : i64
      %v387 = arith.subi %size_L, %v2 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.subi %v105, %v388 : i64
      %v390 = arith.addi %v384, %v389 : i64
      %v391 = arith.muli %v381, %v108 : i64
      %v392 = arith.addi %v391, %v97 : i64
      %v393 = llvm.getelementptr %in_u[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v394 = llvm.load %v393 : !llvm.ptr -> f32
      %v396 = arith.addi %v96, %v395 : i64
      %v397 = arith.constant true
      %v398 = llvm.getelementptr %v36[%v396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v399 = llvm.load %v398 : !llvm.ptr<3> -> i64
      %v400 = arith.addi %v92, %v97 : i64
      %v401 = arith.cmpi slt, %v400, %v94 : i64
      %v402 = arith.subi %size_L, %v2 : i64
      %v403 = arith.minsi %v400, %v402 : i64
      %v404 = arith.subi %v105, %v403 : i64
      %v405 = arith.addi %v399, %v404 : i64
      %v406 = arith.muli %v396, %v108 : i64
      %v407 = arith.addi %v406, %v97 : i64
      %v408 = llvm.getelementptr %in_u[%v405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v409 = llvm.load %v408 : !llvm.ptr -> f32
      %v411 = arith.addi %v96, %v410 : i64
      %v412 = arith.constant true
      %v413 = llvm.getelementptr %v36[%v411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v414 = llvm.load %v413 : !llvm.ptr<3> -> i64
      %v415 = arith.addi %v92, %v97 : i64
      %v416 = arith.cmpi slt, %v415, %v94 : i64
      %v417 = arith.subi %size_L, %v2 : i64
      %v418 = arith.minsi %v415, %v417 : i64
      %v419 = arith.subi %v105, %v418 : i64
      %v420 = arith.addi %v414, %v419 : i64
      %v421 = arith.muli %v411, %v108 : i64
      %v422 = arith.addi %v421, %v97 : i64
      %v423 = llvm.getelementptr %in_u[%v420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v424 = llvm.load %v423 : !llvm.ptr -> f32
      %v426 = arith.addi %v96, %v425 : i64
      %v427 = arith.constant true
      %v428 = llvm.getelementptr %v36[%v426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v429 = llvm.load %v428 : !llvm.ptr<3> -> i64
      %v430 = arith.addi %v92, %v97 : i64
      %v431 = arith.cmpi slt, %v430, %v94 : i64
      %v432 = arith.subi %size_L, %v2 : i64
      %v433 = arith.minsi %v430, %v432 : i64
      %v434 = arith.subi %v105, %v433 : i64
      %v435 = arith.addi %v429, %v434 : i64
      %v436 = arith.muli %v426, %v108 : i64
      %v437 = arith.addi %v436, %v97 : i64
      %v438 = llvm.getelementptr %in_u[%v435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v439 = llvm.load %v438 : !llvm.ptr -> f32
      %v441 = arith.addi %v96, %v440 : i64
      %v442 = arith.constant true
      %v443 = llvm.getelementptr %v36[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v444 = llvm.load %v443 : !llvm.ptr<3> -> i64
      %v445 = arith.addi %v92, %v97 : i64
      %v446 = arith.cmpi slt, %v445, %v94 : i64
      %v447 = arith.subi %size_L, %v2 : i64
      %v448 = arith.minsi %v445, %v447 : i64
      %v449 = arith.subi %v105, %v448 : i64
      %v450 = arith.addi %v444, %v449 : i64
      %v451 = arith.muli %v441, %v108 : i64
      %v452 = arith.addi %v451, %v97 : i64
      %v453 = llvm.getelementptr %in_u[%v450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v454 = llvm.load %v453 : !llvm.ptr -> f32
      %v456 = arith.addi %v96, %v455 : i64
      %v457 = arith.constant true
      %v458 = llvm.getelementptr %v36[%v456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v459 = llvm.load %v458 : !llvm.ptr<3> -> i64
      %v460 = arith.addi %v92, %v97 : i64
      %v461 = arith.cmpi slt, %v460, %v94 : i64
      %v462 = arith.subi %size_L, %v2 : i64
      %v463 = arith.minsi %v460, %v462 : i64
      %v464 = arith.subi %v105, %v463 : i64
      %v465 = arith.addi %v459, %v464 : i64
      %v466 = arith.muli %v456, %v108 : i64
      %v467 = arith.addi %v466, %v97 : i64
      %v468 = llvm.getelementptr %in_u[%v465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v469 = llvm.load %v468 : !llvm.ptr -> f32
      %v471 = arith.addi %v96, %v470 : i64
      %v472 = arith.constant true
      %v473 = llvm.getelementptr %v36[%v471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v474 = llvm.load %v473 : !llvm.ptr<3> -> i64
      %v475 = arith.addi %v92, %v97 : i64
      %v476 = arith.cmpi slt, %v475, %v94 : i64
      %v477 = arith.subi %size_L, %v2 : i64
      %v478 = arith.minsi %v475, %v477 : i64
      %v479 = arith.subi %v105, %v478 : i64
      %v480 = arith.addi %v474, %v479 : i64
      %v481 = arith.muli %v471, %v108 : i64
      %v482 = arith.addi %v481, %v97 : i64
      %v483 = llvm.getelementptr %in_u[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v484 = llvm.load %v483 : !llvm.ptr -> f32
      %v486 = arith.addi %v96, %v485 : i64
      %v487 = arith.constant true
      %v488 = llvm.getelementptr %v36[%v486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v92, %v97 : i64
      %v491 = arith.cmpi slt, %v490, %v94 : i64
      %v492 = arith.subi %size_L, %v2 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.subi %v105, %v493 : i64
      %v495 = arith.addi %v489, %v494 : i64
      %v496 = arith.muli %v486, %v108 : i64
      %v497 = arith.addi %v496, %v97 : i64
      %v498 = llvm.getelementptr %in_u[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v499 = llvm.load %v498 : !llvm.ptr -> f32
      %v501 = arith.addi %v96, %v500 : i64
      %v502 = arith.constant true
      %v503 = llvm.getelementptr %v36[%v501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v504 = llvm.load %v503 : !llvm.ptr<3> -> i64
      %v505 = arith.addi %v92, %v97 : i64
      %v506 = arith.cmpi slt, %v505, %v94 : i64
      %v507 = arith.subi %size_L, %v2 : i64
      %v508 = arith.minsi %v505, %v507 : i64
      %v509 = arith.subi %v105, %v508 : i64
      %v510 = arith.addi %v504, %v509 : i64
      %v511 = arith.muli %v501, %v108 : i64
      %v512 = arith.addi %v511, %v97 : i64
      %v513 = llvm.getelementptr %in_u[%v510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v514 = llvm.load %v513 : !llvm.ptr -> f32
      %v516 = arith.addi %v96, %v515 : i64
      %v517 = arith.constant true
      %v518 = llvm.getelementptr %v36[%v516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v519 = llvm.load %v518 : !llvm.ptr<3> -> i64
      %v520 = arith.addi %v92, %v97 : i64
      %v521 = arith.cmpi slt, %v520, %v94 : i64
      %v522 = arith.subi %size_L, %v2 : i64
      %v523 = arith.minsi %v520, %v522 : i64
      %v524 = arith.subi %v105, %v523 : i64
      %v525 = arith.addi %v519, %v524 : i64
      %v526 = arith.muli %v516, %v108 : i64
      %v527 = arith.addi %v526, %v97 : i64
      %v528 = llvm.getelementptr %in_u[%v525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v529 = llvm.load %v528 : !llvm.ptr -> f32
      %v531 = arith.addi %v96, %v530 : i64
      %v532 = arith.constant true
      %v533 = llvm.getelementptr %v36[%v531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v534 = llvm.load %v533 : !llvm.ptr<3> -> i64
      %v535 = arith.addi %v92, %v97 : i64
      %v536 = arith.cmpi slt, %v535, %v94 : i64
      %v537 = arith.subi %size_L, %v2 : i64
      %v538 = arith.minsi %v535, %v537 : i64
      %v539 = arith.subi %v105, %v538 : i64
      %v540 = arith.addi %v534, %v539 : i64
      %v541 = arith.muli %v531, %v108 : i64
      %v542 = arith.addi %v541, %v97 : i64
      %v543 = llvm.getelementptr %in_u[%v540] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v544 = llvm.load %v543 : !llvm.ptr -> f32
      %v546 = arith.addi %v96, %v545 : i64
      %v547 = arith.constant true
      %v548 = llvm.getelementptr %v36[%v546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v549 = llvm.load %v548 : !llvm.ptr<3> -> i64
      %v550 = arith.addi %v92, %v97 : i64
      %v551 = arith.cmpi slt, %v550, %v94 : i64
      %v552 = arith.subi %size_L, %v2 : i64
      %v553 = arith.minsi %v550, %v552 : i64
      %v554 = arith.subi %v105, %v553 : i64
      %v555 = arith.addi %v549, %v554 : i64
      %v556 = arith.muli %v546, %v108 : i64
      %v557 = arith.addi %v556, %v97 : i64
      %v558 = llvm.getelementptr %in_u[%v555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v559 = llvm.load %v558 : !llvm.ptr -> f32
      %v561 = arith.addi %v96, %v560 : i64
      %v562 = arith.constant true
      %v563 = llvm.getelementptr %v36[%v561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v564 = llvm.load %v563 : !llvm.ptr<3> -> i64
      %v565 = arith.addi %v92, %v97 : i64
      %v566 = arith.cmpi slt, %v565, %v94 : i64
      %v567 = arith.subi %size_L, %v2 : i64
      %v568 = arith.minsi %v565, %v567 : i64
      %v569 = arith.subi %v105, %v568 : i64
      %v570 = arith.addi %v564, %v569 : i64
      %v571 = arith.muli %v561, %v108 : i64
      %v572 = arith.addi %v571, %v97 : i64
      %v573 = llvm.getelementptr %in_u[%v570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v574 = llvm.load %v573 : !llvm.ptr -> f32
      scf.if %v98 {
        %v575 = llvm.getelementptr %v37[%v110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v112, %v575 : f32, !llvm.ptr<3>
      }
      scf.if %v114 {
        %v576 = llvm.getelementptr %v37[%v124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v126, %v576 : f32, !llvm.ptr<3>
      }
      scf.if %v129 {
        %v577 = llvm.getelementptr %v37[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v141, %v577 : f32, !llvm.ptr<3>
      }
      scf.if %v144 {
        %v578 = llvm.getelementptr %v37[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v156, %v578 : f32, !llvm.ptr<3>
      }
      scf.if %v159 {
        %v579 = llvm.getelementptr %v37[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v171, %v579 : f32, !llvm.ptr<3>
      }
      scf.if %v174 {
        %v580 = llvm.getelementptr %v37[%v184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v186, %v580 : f32, !llvm.ptr<3>
      }
      scf.if %v189 {
        %v581 = llvm.getelementptr %v37[%v199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v201, %v581 : f32, !llvm.ptr<3>
      }
      scf.if %v204 {
        %v582 = llvm.getelementptr %v37[%v214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v216, %v582 : f32, !llvm.ptr<3>
      }
      scf.if %v218 {
        %v583 = llvm.getelementptr %v37[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v230, %v583 : f32, !llvm.ptr<3>
      }
      scf.if %v233 {
        %v584 = llvm.getelementptr %v37[%v243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v245, %v584 : f32, !llvm.ptr<3>
      }
      scf.if %v248 {
        %v585 = llvm.getelementptr %v37[%v258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v260, %v585 : f32, !llvm.ptr<3>
      }
      scf.if %v263 {
        %v586 = llvm.getelementptr %v37[%v273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v275, %v586 : f32, !llvm.ptr<3>
      }
      scf.if %v278 {
        %v587 = llvm.getelementptr %v37[%v288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v290, %v587 : f32, !llvm.ptr<3>
      }
      scf.if %v293 {
        %v588 = llvm.getelementptr %v37[%v303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v305, %v588 : f32, !llvm.ptr<3>
      }
      scf.if %v308 {
        %v589 = llvm.getelementptr %v37[%v318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v320, %v589 : f32, !llvm.ptr<3>
      }
      scf.if %v323 {
        %v590 = llvm.getelementptr %v37[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v335, %v590 : f32, !llvm.ptr<3>
      }
      scf.if %v337 {
        %v591 = llvm.getelementptr %v37[%v347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v349, %v591 : f32, !llvm.ptr<3>
      }
      scf.if %v352 {
        %v592 = llvm.getelementptr %v37[%v362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v364, %v592 : f32, !llvm.ptr<3>
      }
      scf.if %v367 {
        %v593 = llvm.getelementptr %v37[%v377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v379, %v593 : f32, !llvm.ptr<3>
      }
      scf.if %v382 {
        %v594 = llvm.getelementptr %v37[%v392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v394, %v594 : f32, !llvm.ptr<3>
      }
      scf.if %v397 {
        %v595 = llvm.getelementptr %v37[%v407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v409, %v595 : f32, !llvm.ptr<3>
      }
      scf.if %v412 {
        %v596 = llvm.getelementptr %v37[%v422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v424, %v596 : f32, !llvm.ptr<3>
      }
      scf.if %v427 {
        %v597 = llvm.getelementptr %v37[%v437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v439, %v597 : f32, !llvm.ptr<3>
      }
      scf.if %v442 {
        %v598 = llvm.getelementptr %v37[%v452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v454, %v598 : f32, !llvm.ptr<3>
      }
      scf.if %v457 {
        %v599 = llvm.getelementptr %v37[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v469, %v599 : f32, !llvm.ptr<3>
      }
      scf.if %v472 {
        %v600 = llvm.getelementptr %v37[%v482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v484, %v600 : f32, !llvm.ptr<3>
      }
      scf.if %v487 {
        %v601 = llvm.getelementptr %v37[%v497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v499, %v601 : f32, !llvm.ptr<3>
      }
      scf.if %v502 {
        %v602 = llvm.getelementptr %v37[%v512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v514, %v602 : f32, !llvm.ptr<3>
      }
      scf.if %v517 {
        %v603 = llvm.getelementptr %v37[%v527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v529, %v603 : f32, !llvm.ptr<3>
      }
      scf.if %v532 {
        %v604 = llvm.getelementptr %v37[%v542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v544, %v604 : f32, !llvm.ptr<3>
      }
      scf.if %v547 {
        %v605 = llvm.getelementptr %v37[%v557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v559, %v605 : f32, !llvm.ptr<3>
      }
      scf.if %v562 {
        %v606 = llvm.getelementptr %v37[%v572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v574, %v606 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v607 = arith.divui %v44, %v95 : i64
      %v608 = arith.remui %v44, %v95 : i64
      %v609 = arith.constant true
      %v610 = arith.addi %v46, %v607 : i64
      %v611 = llvm.getelementptr %v36[%v610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v612 = llvm.load %v611 : !llvm.ptr<3> -> i64
      %v613 = arith.addi %v92, %v608 : i64
      %v614 = arith.cmpi slt, %v613, %v94 : i64
      %v615 = arith.subi %size_L, %v2 : i64
      %v616 = arith.minsi %v613, %v615 : i64
      %v617 = arith.subi %v105, %v616 : i64
      %v618 = arith.addi %v612, %v617 : i64
      %v619 = arith.muli %v610, %v108 : i64
      %v620 = arith.addi %v619, %v608 : i64
      %v621 = llvm.getelementptr %in_delta[%v618] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v622 = llvm.load %v621 : !llvm.ptr -> f32
      %v623 = arith.addi %v607, %v86 : i64
      %v624 = arith.constant true
      %v625 = arith.addi %v46, %v623 : i64
      %v626 = llvm.getelementptr %v36[%v625] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v627 = llvm.load %v626 : !llvm.ptr<3> -> i64
      %v628 = arith.addi %v92, %v608 : i64
      %v629 = arith.cmpi slt, %v628, %v94 : i64
      %v630 = arith.subi %size_L, %v2 : i64
      %v631 = arith.minsi %v628, %v630 : i64
      %v632 = arith.subi %v105, %v631 : i64
      %v633 = arith.addi %v627, %v632 : i64
      %v634 = arith.muli %v625, %v108 : i64
      %v635 = arith.addi %v634, %v608 : i64
      %v636 = llvm.getelementptr %in_delta[%v633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v637 = llvm.load %v636 : !llvm.ptr -> f32
      %v638 = arith.addi %v607, %v127 : i64
      %v639 = arith.constant true
      %v640 = arith.addi %v46, %v638 : i64
      %v641 = llvm.getelementptr %v36[%v640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v642 = llvm.load %v641 : !llvm.ptr<3> -> i64
      %v643 = arith.addi %v92, %v608 : i64
      %v644 = arith.cmpi slt, %v643, %v94 : i64
      %v645 = arith.subi %size_L, %v2 : i64
      %v646 = arith.minsi %v643, %v645 : i64
      %v647 = arith.subi %v105, %v646 : i64
      %v648 = arith.addi %v642, %v647 : i64
      %v649 = arith.muli %v640, %v108 : i64
      %v650 = arith.addi %v649, %v608 : i64
      %v651 = llvm.getelementptr %in_delta[%v648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v652 = llvm.load %v651 : !llvm.ptr -> f32
      %v653 = arith.addi %v607, %v142 : i64
      %v654 = arith.constant true
      %v655 = arith.addi %v46, %v653 : i64
      %v656 = llvm.getelementptr %v36[%v655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v657 = llvm.load %v656 : !llvm.ptr<3> -> i64
      %v658 = arith.addi %v92, %v608 : i64
      %v659 = arith.cmpi slt, %v658, %v94 : i64
      %v660 = arith.subi %size_L, %v2 : i64
      %v661 = arith.minsi %v658, %v660 : i64
      %v662 = arith.subi %v105, %v661 : i64
      %v663 = arith.addi %v657, %v662 : i64
      %v664 = arith.muli %v655, %v108 : i64
      %v665 = arith.addi %v664, %v608 : i64
      %v666 = llvm.getelementptr %in_delta[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v667 = llvm.load %v666 : !llvm.ptr -> f32
      %v668 = arith.addi %v607, %v157 : i64
      %v669 = arith.constant true
      %v670 = arith.addi %v46, %v668 : i64
      %v671 = llvm.getelementptr %v36[%v670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v672 = llvm.load %v671 : !llvm.ptr<3> -> i64
      %v673 = arith.addi %v92, %v608 : i64
      %v674 = arith.cmpi slt, %v673, %v94 : i64
      %v675 = arith.subi %size_L, %v2 : i64
      %v676 = arith.minsi %v673, %v675 : i64
      %v677 = arith.subi %v105, %v676 : i64
      %v678 = arith.addi %v672, %v677 : i64
      %v679 = arith.muli %v670, %v108 : i64
      %v680 = arith.addi %v679, %v608 : i64
      %v681 = llvm.getelementptr %in_delta[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v682 = llvm.load %v681 : !llvm.ptr -> f32
      %v683 = arith.addi %v607, %v172 : i64
      %v684 = arith.constant true
      %v685 = arith.addi %v46, %v683 : i64
      %v686 = llvm.getelementptr %v36[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v687 = llvm.load %v686 : !llvm.ptr<3> -> i64
      %v688 = arith.addi %v92, %v608 : i64
      %v689 = arith.cmpi slt, %v688, %v94 : i64
      %v690 = arith.subi %size_L, %v2 : i64
      %v691 = arith.minsi %v688, %v690 : i64
      %v692 = arith.subi %v105, %v691 : i64
      %v693 = arith.addi %v687, %v692 : i64
      %v694 = arith.muli %v685, %v108 : i64
      %v695 = arith.addi %v694, %v608 : i64
      %v696 = llvm.getelementptr %in_delta[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v697 = llvm.load %v696 : !llvm.ptr -> f32
      %v698 = arith.addi %v607, %v187 : i64
      %v699 = arith.constant true
      %v700 = arith.addi %v46, %v698 : i64
      %v701 = llvm.getelementptr %v36[%v700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v702 = llvm.load %v701 : !llvm.ptr<3> -> i64
      %v703 = arith.addi %v92, %v608 : i64
      %v704 = arith.cmpi slt, %v703, %v94 : i64
      %v705 = arith.subi %size_L, %v2 : i64
      %v706 = arith.minsi %v703, %v705 : i64
      %v707 = arith.subi %v105, %v706 : i64
      %v708 = arith.addi %v702, %v707 : i64
      %v709 = arith.muli %v700, %v108 : i64
      %v710 = arith.addi %v709, %v608 : i64
      %v711 = llvm.getelementptr %in_delta[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v712 = llvm.load %v711 : !llvm.ptr -> f32
      %v713 = arith.addi %v607, %v202 : i64
      %v714 = arith.constant true
      %v715 = arith.addi %v46, %v713 : i64
      %v716 = llvm.getelementptr %v36[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v717 = llvm.load %v716 : !llvm.ptr<3> -> i64
      %v718 = arith.addi %v92, %v608 : i64
      %v719 = arith.cmpi slt, %v718, %v94 : i64
      %v720 = arith.subi %size_L, %v2 : i64
      %v721 = arith.minsi %v718, %v720 : i64
      %v722 = arith.subi %v105, %v721 : i64
      %v723 = arith.addi %v717, %v722 : i64
      %v724 = arith.muli %v715, %v108 : i64
      %v725 = arith.addi %v724, %v608 : i64
      %v726 = llvm.getelementptr %in_delta[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v727 = llvm.load %v726 : !llvm.ptr -> f32
      %v728 = arith.addi %v607, %v1 : i64
      %v729 = arith.constant true
      %v730 = arith.addi %v46, %v728 : i64
      %v731 = llvm.getelementptr %v36[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v732 = llvm.load %v731 : !llvm.ptr<3> -> i64
      %v733 = arith.addi %v92, %v608 : i64
      %v734 = arith.cmpi slt, %v733, %v94 : i64
      %v735 = arith.subi %size_L, %v2 : i64
      %v736 = arith.minsi %v733, %v735 : i64
      %v737 = arith.subi %v105, %v736 : i64
      %v738 = arith.addi %v732, %v737 : i64
      %v739 = arith.muli %v730, %v108 : i64
      %v740 = arith.addi %v739, %v608 : i64
      %v741 = llvm.getelementptr %in_delta[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v742 = llvm.load %v741 : !llvm.ptr -> f32
      %v743 = arith.addi %v607, %v231 : i64
      %v744 = arith.constant true
      %v745 = arith.addi %v46, %v743 : i64
      %v746 = llvm.getelementptr %v36[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v747 = llvm.load %v746 : !llvm.ptr<3> -> i64
      %v748 = arith.addi %v92, %v608 : i64
      %v749 = arith.cmpi slt, %v748, %v94 : i64
      %v750 = arith.subi %size_L, %v2 : i64
      %v751 = arith.minsi %v748, %v750 : i64
      %v752 = arith.subi %v105, %v751 : i64
      %v753 = arith.addi %v747, %v752 : i64
      %v754 = arith.muli %v745, %v108 : i64
      %v755 = arith.addi %v754, %v608 : i64
      %v756 = llvm.getelementptr %in_delta[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v757 = llvm.load %v756 : !llvm.ptr -> f32
      %v758 = arith.addi %v607, %v246 : i64
      %v759 = arith.constant true
      %v760 = arith.addi %v46, %v758 : i64
      %v761 = llvm.getelementptr %v36[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v762 = llvm.load %v761 : !llvm.ptr<3> -> i64
      %v763 = arith.addi %v92, %v608 : i64
      %v764 = arith.cmpi slt, %v763, %v94 : i64
      %v765 = arith.subi %size_L, %v2 : i64
      %v766 = arith.minsi %v763, %v765 : i64
      %v767 = arith.subi %v105, %v766 : i64
      %v768 = arith.addi %v762, %v767 : i64
      %v769 = arith.muli %v760, %v108 : i64
      %v770 = arith.addi %v769, %v608 : i64
      %v771 = llvm.getelementptr %in_delta[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v772 = llvm.load %v771 : !llvm.ptr -> f32
      %v773 = arith.addi %v607, %v261 : i64
      %v774 = arith.constant true
      %v775 = arith.addi %v46, %v773 : i64
      %v776 = llvm.getelementptr %v36[%v775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v777 = llvm.load %v776 : !llvm.ptr<3> -> i64
      %v778 = arith.addi %v92, %v608 : i64
      %v779 = arith.cmpi slt, %v778, %v94 : i64
      %v780 = arith.subi %size_L, %v2 : i64
      %v781 = arith.minsi %v778, %v780 : i64
      %v782 = arith.subi %v105, %v781 : i64
      %v783 = arith.addi %v777, %v782 : i64
      %v784 = arith.muli %v775, %v108 : i64
      %v785 = arith.addi %v784, %v608 : i64
      %v786 = llvm.getelementptr %in_delta[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v787 = llvm.load %v786 : !llvm.ptr -> f32
      %v788 = arith.addi %v607, %v276 : i64
      %v789 = arith.constant true
      %v790 = arith.addi %v46, %v788 : i64
      %v791 = llvm.getelementptr %v36[%v790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v792 = llvm.load %v791 : !llvm.ptr<3> -> i64
      %v793 = arith.addi %v92, %v608 : i64
      %v794 = arith.cmpi slt, %v793, %v94 : i64
      %v795 = arith.subi %size_L, %v2 : i64
      %v796 = arith.minsi %v793, %v795 : i64
      %v797 = arith.subi %v105, %v796 : i64
      %v798 = arith.addi %v792, %v797 : i64
      %v799 = arith.muli %v790, %v108 : i64
      %v800 = arith.addi %v799, %v608 : i64
      %v801 = llvm.getelementptr %in_delta[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v802 = llvm.load %v801 : !llvm.ptr -> f32
      %v803 = arith.addi %v607, %v291 : i64
      %v804 = arith.constant true
      %v805 = arith.addi %v46, %v803 : i64
      %v806 = llvm.getelementptr %v36[%v805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v807 = llvm.load %v806 : !llvm.ptr<3> -> i64
      %v808 = arith.addi %v92, %v608 : i64
      %v809 = arith.cmpi slt, %v808, %v94 : i64
      %v810 = arith.subi %size_L, %v2 : i64
      %v811 = arith.minsi %v808, %v810 : i64
      %v812 = arith.subi %v105, %v811 : i64
      %v813 = arith.addi %v807, %v812 : i64
      %v814 = arith.muli %v805, %v108 : i64
      %v815 = arith.addi %v814, %v608 : i64
      %v816 = llvm.getelementptr %in_delta[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = llvm.load %v816 : !llvm.ptr -> f32
      %v818 = arith.addi %v607, %v306 : i64
      %v819 = arith.constant true
      %v820 = arith.addi %v46, %v818 : i64
      %v821 = llvm.getelementptr %v36[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v822 = llvm.load %v821 : !llvm.ptr<3> -> i64
      %v823 = arith.addi %v92, %v608 : i64
      %v824 = arith.cmpi slt, %v823, %v94 : i64
      %v825 = arith.subi %size_L, %v2 : i64
      %v826 = arith.minsi %v823, %v825 : i64
      %v827 = arith.subi %v105, %v826 : i64
      %v828 = arith.addi %v822, %v827 : i64
      %v829 = arith.muli %v820, %v108 : i64
      %v830 = arith.addi %v829, %v608 : i64
      %v831 = llvm.getelementptr %in_delta[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v607, %v321 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v46, %v833 : i64
      %v836 = llvm.getelementptr %v36[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.addi %v92, %v608 : i64
      %v839 = arith.cmpi slt, %v838, %v94 : i64
      %v840 = arith.subi %size_L, %v2 : i64
      %v841 = arith.minsi %v838, %v840 : i64
      %v842 = arith.subi %v105, %v841 : i64
      %v843 = arith.addi %v837, %v842 : i64
      %v844 = arith.muli %v835, %v108 : i64
      %v845 = arith.addi %v844, %v608 : i64
      %v846 = llvm.getelementptr %in_delta[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v847 = llvm.load %v846 : !llvm.ptr -> f32
      %v848 = arith.addi %v607, %v95 : i64
      %v849 = arith.constant true
      %v850 = arith.addi %v46, %v848 : i64
      %v851 = llvm.getelementptr %v36[%v850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v852 = llvm.load %v851 : !llvm.ptr<3> -> i64
      %v853 = arith.addi %v92, %v608 : i64
      %v854 = arith.cmpi slt, %v853, %v94 : i64
      %v855 = arith.subi %size_L, %v2 : i64
      %v856 = arith.minsi %v853, %v855 : i64
      %v857 = arith.subi %v105, %v856 : i64
      %v858 = arith.addi %v852, %v857 : i64
      %v859 = arith.muli %v850, %v108 : i64
      %v860 = arith.addi %v859, %v608 : i64
      %v861 = llvm.getelementptr %in_delta[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v862 = llvm.load %v861 : !llvm.ptr -> f32
      %v863 = arith.addi %v607, %v350 : i64
      %v864 = arith.constant true
      %v865 = arith.addi %v46, %v863 : i64
      %v866 = llvm.getelementptr %v36[%v865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v867 = llvm.load %v866 : !llvm.ptr<3> -> i64
      %v868 = arith.addi %v92, %v608 : i64
      %v869 = arith.cmpi slt, %v868, %v94 : i64
      %v870 = arith.subi %size_L, %v2 : i64
      %v871 = arith.minsi %v868, %v870 : i64
      %v872 = arith.subi %v105, %v871 : i64
      %v873 = arith.addi %v867, %v872 : i64
      %v874 = arith.muli %v865, %v108 : i64
      %v875 = arith.addi %v874, %v608 : i64
      %v876 = llvm.getelementptr %in_delta[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v877 = llvm.load %v876 : !llvm.ptr -> f32
      %v878 = arith.addi %v607, %v365 : i64
      %v879 = arith.constant true
      %v880 = arith.addi %v46, %v878 : i64
      %v881 = llvm.getelementptr %v36[%v880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v882 = llvm.load %v881 : !llvm.ptr<3> -> i64
      %v883 = arith.addi %v92, %v608 : i64
      %v884 = arith.cmpi slt, %v883, %v94 : i64
      %v885 = arith.subi %size_L, %v2 : i64
      %v886 = arith.minsi %v883, %v885 : i64
      %v887 = arith.subi %v105, %v886 : i64
      %v888 = arith.addi %v882, %v887 : i64
      %v889 = arith.muli %v880, %v108 : i64
      %v890 = arith.addi %v889, %v608 : i64
      %v891 = llvm.getelementptr %in_delta[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v892 = llvm.load %v891 : !llvm.ptr -> f32
      %v893 = arith.addi %v607, %v380 : i64
      %v894 = arith.constant true
      %v895 = arith.addi %v46, %v893 : i64
      %v896 = llvm.getelementptr %v36[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
      %v898 = arith.addi %v92, %v608 : i64
      %v899 = arith.cmpi slt, %v898, %v94 : i64
      %v900 = arith.subi %size_L, %v2 : i64
      %v901 = arith.minsi %v898, %v900 : i64
      %v902 = arith.subi %v105, %v901 : i64
      %v903 = arith.addi %v897, %v902 : i64
      %v904 = arith.muli %v895, %v108 : i64
      %v905 = arith.addi %v904, %v608 : i64
      %v906 = llvm.getelementptr %in_delta[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v907 = llvm.load %v906 : !llvm.ptr -> f32
      %v908 = arith.addi %v607, %v395 : i64
      %v909 = arith.constant true
      %v910 = arith.addi %v46, %v908 : i64
      %v911 = llvm.getelementptr %v36[%v910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v912 = llvm.load %v911 : !llvm.ptr<3> -> i64
      %v913 = arith.addi %v92, %v608 : i64
      %v914 = arith.cmpi slt, %v913, %v94 : i64
      %v915 = arith.subi %size_L, %v2 : i64
      %v916 = arith.minsi %v913, %v915 : i64
      %v917 = arith.subi %v105, %v916 : i64
      %v918 = arith.addi %v912, %v917 : i64
      %v919 = arith.muli %v910, %v108 : i64
      %v920 = arith.addi %v919, %v608 : i64
      %v921 = llvm.getelementptr %in_delta[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v922 = llvm.load %v921 : !llvm.ptr -> f32
      %v923 = arith.addi %v607, %v410 : i64
      %v924 = arith.constant true
      %v925 = arith.addi %v46, %v923 : i64
      %v926 = llvm.getelementptr %v36[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v927 = llvm.load %v926 : !llvm.ptr<3> -> i64
      %v928 = arith.addi %v92, %v608 : i64
      %v929 = arith.cmpi slt, %v928, %v94 : i64
      %v930 = arith.subi %size_L, %v2 : i64
      %v931 = arith.minsi %v928, %v930 : i64
      %v932 = arith.subi %v105, %v931 : i64
      %v933 = arith.addi %v927, %v932 : i64
      %v934 = arith.muli %v925, %v108 : i64
      %v935 = arith.addi %v934, %v608 : i64
      %v936 = llvm.getelementptr %in_delta[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v937 = llvm.load %v936 : !llvm.ptr -> f32
      %v938 = arith.addi %v607, %v425 : i64
      %v939 = arith.constant true
      %v940 = arith.addi %v46, %v938 : i64
      %v941 = llvm.getelementptr %v36[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v942 = llvm.load %v941 : !llvm.ptr<3> -> i64
      %v943 = arith.addi %v92, %v608 : i64
      %v944 = arith.cmpi slt, %v943, %v94 : i64
      %v945 = arith.subi %size_L, %v2 : i64
      %v946 = arith.minsi %v943, %v945 : i64
      %v947 = arith.subi %v105, %v946 : i64
      %v948 = arith.addi %v942, %v947 : i64
      %v949 = arith.muli %v940, %v108 : i64
      %v950 = arith.addi %v949, %v608 : i64
      %v951 = llvm.getelementptr %in_delta[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v952 = llvm.load %v951 : !llvm.ptr -> f32
      %v953 = arith.addi %v607, %v440 : i64
      %v954 = arith.constant true
      %v955 = arith.addi %v46, %v953 : i64
      %v956 = llvm.getelementptr %v36[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v957 = llvm.load %v956 : !llvm.ptr<3> -> i64
      %v958 = arith.addi %v92, %v608 : i64
      %v959 = arith.cmpi slt, %v958, %v94 : i64
      %v960 = arith.subi %size_L, %v2 : i64
      %v961 = arith.minsi %v958, %v960 : i64
      %v962 = arith.subi %v105, %v961 : i64
      %v963 = arith.addi %v957, %v962 : i64
      %v964 = arith.muli %v955, %v108 : i64
      %v965 = arith.addi %v964, %v608 : i64
      %v966 = llvm.getelementptr %in_delta[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v967 = llvm.load %v966 : !llvm.ptr -> f32
      %v968 = arith.addi %v607, %v455 : i64
      %v969 = arith.constant true
      %v970 = arith.addi %v46, %v968 : i64
      %v971 = llvm.getelementptr %v36[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v972 = llvm.load %v971 : !llvm.ptr<3> -> i64
      %v973 = arith.addi %v92, %v608 : i64
      %v974 = arith.cmpi slt, %v973, %v94 : i64
      %v975 = arith.subi %size_L, %v2 : i64
      %v976 = arith.minsi %v973, %v975 : i64
      %v977 = arith.subi %v105, %v976 : i64
      %v978 = arith.addi %v972, %v977 : i64
      %v979 = arith.muli %v970, %v108 : i64
      %v980 = arith.addi %v979, %v608 : i64
      %v981 = llvm.getelementptr %in_delta[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v982 = llvm.load %v981 : !llvm.ptr -> f32
      %v983 = arith.addi %v607, %v470 : i64
      %v984 = arith.constant true
      %v985 = arith.addi %v46, %v983 : i64
      %v986 = llvm.getelementptr %v36[%v985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v987 = llvm.load %v986 : !llvm.ptr<3> -> i64
      %v988 = arith.addi %v92, %v608 : i64
      %v989 = arith.cmpi slt, %v988, %v94 : i64
      %v990 = arith.subi %size_L, %v2 : i64
      %v991 = arith.minsi %v988, %v990 : i64
      %v992 = arith.subi %v105, %v991 : i64
      %v993 = arith.addi %v987, %v992 : i64
      %v994 = arith.muli %v985, %v108 : i64
      %v995 = arith.addi %v994, %v608 : i64
      %v996 = llvm.getelementptr %in_delta[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v997 = llvm.load %v996 : !llvm.ptr -> f32
      %v998 = arith.addi %v607, %v485 : i64
      %v999 = arith.constant true
      %v1000 = arith.addi %v46, %v998 : i64
      %v1001 = llvm.getelementptr %v36[%v1000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1002 = llvm.load %v1001 : !llvm.ptr<3> -> i64
      %v1003 = arith.addi %v92, %v608 : i64
      %v1004 = arith.cmpi slt, %v1003, %v94 : i64
      %v1005 = arith.subi %size_L, %v2 : i64
      %v1006 = arith.minsi %v1003, %v1005 : i64
      %v1007 = arith.subi %v105, %v1006 : i64
      %v1008 = arith.addi %v1002, %v1007 : i64
      %v1009 = arith.muli %v1000, %v108 : i64
      %v1010 = arith.addi %v1009, %v608 : i64
      %v1011 = llvm.getelementptr %in_delta[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
      %v1013 = arith.addi %v607, %v500 : i64
      %v1014 = arith.constant true
      %v1015 = arith.addi %v46, %v1013 : i64
      %v1016 = llvm.getelementptr %v36[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1017 = llvm.load %v1016 : !llvm.ptr<3> -> i64
      %v1018 = arith.addi %v92, %v608 : i64
      %v1019 = arith.cmpi slt, %v1018, %v94 : i64
      %v1020 = arith.subi %size_L, %v2 : i64
      %v1021 = arith.minsi %v1018, %v1020 : i64
      %v1022 = arith.subi %v105, %v1021 : i64
      %v1023 = arith.addi %v1017, %v1022 : i64
      %v1024 = arith.muli %v1015, %v108 : i64
      %v1025 = arith.addi %v1024, %v608 : i64
      %v1026 = llvm.getelementptr %in_delta[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
      %v1028 = arith.addi %v607, %v515 : i64
      %v1029 = arith.constant true
      %v1030 = arith.addi %v46, %v1028 : i64
      %v1031 = llvm.getelementptr %v36[%v1030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1032 = llvm.load %v1031 : !llvm.ptr<3> -> i64
      %v1033 = arith.addi %v92, %v608 : i64
      %v1034 = arith.cmpi slt, %v1033, %v94 : i64
      %v1035 = arith.subi %size_L, %v2 : i64
      %v1036 = arith.minsi %v1033, %v1035 : i64
      %v1037 = arith.subi %v105, %v1036 : i64
      %v1038 = arith.addi %v1032, %v1037 : i64
      %v1039 = arith.muli %v1030, %v108 : i64
      %v1040 = arith.addi %v1039, %v608 : i64
      %v1041 = llvm.getelementptr %in_delta[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      %v1043 = arith.addi %v607, %v530 : i64
      %v1044 = arith.constant true
      %v1045 = arith.addi %v46, %v1043 : i64
      %v1046 = llvm.getelementptr %v36[%v1045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1047 = llvm.load %v1046 : !llvm.ptr<3> -> i64
      %v1048 = arith.addi %v92, %v608 : i64
      %v1049 = arith.cmpi slt, %v1048, %v94 : i64
      %v1050 = arith.subi %size_L, %v2 : i64
      %v1051 = arith.minsi %v1048, %v1050 : i64
      %v1052 = arith.subi %v105, %v1051 : i64
      %v1053 = arith.addi %v1047, %v1052 : i64
      %v1054 = arith.muli %v1045, %v108 : i64
      %v1055 = arith.addi %v1054, %v608 : i64
      %v1056 = llvm.getelementptr %in_delta[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
      %v1058 = arith.addi %v607, %v545 : i64
      %v1059 = arith.constant true
      %v1060 = arith.addi %v46, %v1058 : i64
      %v1061 = llvm.getelementptr %v36[%v1060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1062 = llvm.load %v1061 : !llvm.ptr<3> -> i64
      %v1063 = arith.addi %v92, %v608 : i64
      %v1064 = arith.cmpi slt, %v1063, %v94 : i64
      %v1065 = arith.subi %size_L, %v2 : i64
      %v1066 = arith.minsi %v1063, %v1065 : i64
      %v1067 = arith.subi %v105, %v1066 : i64
      %v1068 = arith.addi %v1062, %v1067 : i64
      %v1069 = arith.muli %v1060, %v108 : i64
      %v1070 = arith.addi %v1069, %v608 : i64
      %v1071 = llvm.getelementptr %in_delta[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
      %v1073 = arith.addi %v607, %v560 : i64
      %v1074 = arith.constant true
      %v1075 = arith.addi %v46, %v1073 : i64
      %v1076 = llvm.getelementptr %v36[%v1075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1077 = llvm.load %v1076 : !llvm.ptr<3> -> i64
      %v1078 = arith.addi %v92, %v608 : i64
      %v1079 = arith.cmpi slt, %v1078, %v94 : i64
      %v1080 = arith.subi %size_L, %v2 : i64
      %v1081 = arith.minsi %v1078, %v1080 : i64
      %v1082 = arith.subi %v105, %v1081 : i64
      %v1083 = arith.addi %v1077, %v1082 : i64
      %v1084 = arith.muli %v1075, %v108 : i64
      %v1085 = arith.addi %v1084, %v608 : i64
      %v1086 = llvm.getelementptr %in_delta[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
      scf.if %v609 {
        %v1088 = llvm.getelementptr %v37[%v620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v622, %v1088 : f32, !llvm.ptr<3>
      }
      scf.if %v624 {
        %v1089 = llvm.getelementptr %v37[%v635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v637, %v1089 : f32, !llvm.ptr<3>
      }
      scf.if %v639 {
        %v1090 = llvm.getelementptr %v37[%v650] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v652, %v1090 : f32, !llvm.ptr<3>
      }
      scf.if %v654 {
        %v1091 = llvm.getelementptr %v37[%v665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v667, %v1091 : f32, !llvm.ptr<3>
      }
      scf.if %v669 {
        %v1092 = llvm.getelementptr %v37[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v682, %v1092 : f32, !llvm.ptr<3>
      }
      scf.if %v684 {
        %v1093 = llvm.getelementptr %v37[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v697, %v1093 : f32, !llvm.ptr<3>
      }
      scf.if %v699 {
        %v1094 = llvm.getelementptr %v37[%v710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v712, %v1094 : f32, !llvm.ptr<3>
      }
      scf.if %v714 {
        %v1095 = llvm.getelementptr %v37[%v725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v727, %v1095 : f32, !llvm.ptr<3>
      }
      scf.if %v729 {
        %v1096 = llvm.getelementptr %v37[%v740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v742, %v1096 : f32, !llvm.ptr<3>
      }
      scf.if %v744 {
        %v1097 = llvm.getelementptr %v37[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v757, %v1097 : f32, !llvm.ptr<3>
      }
      scf.if %v759 {
        %v1098 = llvm.getelementptr %v37[%v770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v772, %v1098 : f32, !llvm.ptr<3>
      }
      scf.if %v774 {
        %v1099 = llvm.getelementptr %v37[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v787, %v1099 : f32, !llvm.ptr<3>
      }
      scf.if %v789 {
        %v1100 = llvm.getelementptr %v37[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v802, %v1100 : f32, !llvm.ptr<3>
      }
      scf.if %v804 {
        %v1101 = llvm.getelementptr %v37[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v817, %v1101 : f32, !llvm.ptr<3>
      }
      scf.if %v819 {
        %v1102 = llvm.getelementptr %v37[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1102 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1103 = llvm.getelementptr %v37[%v845] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v847, %v1103 : f32, !llvm.ptr<3>
      }
      scf.if %v849 {
        %v1104 = llvm.getelementptr %v37[%v860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v862, %v1104 : f32, !llvm.ptr<3>
      }
      scf.if %v864 {
        %v1105 = llvm.getelementptr %v37[%v875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v877, %v1105 : f32, !llvm.ptr<3>
      }
      scf.if %v879 {
        %v1106 = llvm.getelementptr %v37[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v892, %v1106 : f32, !llvm.ptr<3>
      }
      scf.if %v894 {
        %v1107 = llvm.getelementptr %v37[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v907, %v1107 : f32, !llvm.ptr<3>
      }
      scf.if %v909 {
        %v1108 = llvm.getelementptr %v37[%v920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v922, %v1108 : f32, !llvm.ptr<3>
      }
      scf.if %v924 {
        %v1109 = llvm.getelementptr %v37[%v935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v937, %v1109 : f32, !llvm.ptr<3>
      }
      scf.if %v939 {
        %v1110 = llvm.getelementptr %v37[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v952, %v1110 : f32, !llvm.ptr<3>
      }
      scf.if %v954 {
        %v1111 = llvm.getelementptr %v37[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v967, %v1111 : f32, !llvm.ptr<3>
      }
      scf.if %v969 {
        %v1112 = llvm.getelementptr %v37[%v980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v982, %v1112 : f32, !llvm.ptr<3>
      }
      scf.if %v984 {
        %v1113 = llvm.getelementptr %v37[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v997, %v1113 : f32, !llvm.ptr<3>
      }
      scf.if %v999 {
        %v1114 = llvm.getelementptr %v37[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1012, %v1114 : f32, !llvm.ptr<3>
      }
      scf.if %v1014 {
        %v1115 = llvm.getelementptr %v37[%v1025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1027, %v1115 : f32, !llvm.ptr<3>
      }
      scf.if %v1029 {
        %v1116 = llvm.getelementptr %v37[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1116 : f32, !llvm.ptr<3>
      }
      scf.if %v1044 {
        %v1117 = llvm.getelementptr %v37[%v1055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1057, %v1117 : f32, !llvm.ptr<3>
      }
      scf.if %v1059 {
        %v1118 = llvm.getelementptr %v37[%v1070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1072, %v1118 : f32, !llvm.ptr<3>
      }
      scf.if %v1074 {
        %v1119 = llvm.getelementptr %v37[%v1085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1087, %v1119 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1120 = arith.divui %v44, %v95 : i64
      %v1121 = arith.remui %v44, %v95 : i64
      %v1122 = arith.constant true
      %v1123 = arith.addi %v87, %v1120 : i64
      %v1124 = llvm.getelementptr %v36[%v1123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1125 = llvm.load %v1124 : !llvm.ptr<3> -> i64
      %v1126 = arith.addi %v92, %v1121 : i64
      %v1127 = arith.cmpi slt, %v1126, %v94 : i64
      %v1128 = arith.subi %size_L, %v2 : i64
      %v1129 = arith.minsi %v1126, %v1128 : i64
      %v1130 = arith.subi %v105, %v1129 : i64
      %v1131 = arith.addi %v1125, %v1130 : i64
      %v1132 = arith.muli %v1123, %v108 : i64
      %v1133 = arith.addi %v1132, %v1121 : i64
      %v1134 = llvm.getelementptr %in_z[%v1131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1135 = llvm.load %v1134 : !llvm.ptr -> f32
      %v1136 = arith.addi %v1120, %v86 : i64
      %v1137 = arith.constant true
      %v1138 = arith.addi %v87, %v1136 : i64
      %v1139 = llvm.getelementptr %v36[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1140 = llvm.load %v1139 : !llvm.ptr<3> -> i64
      %v1141 = arith.addi %v92, %v1121 : i64
      %v1142 = arith.cmpi slt, %v1141, %v94 : i64
      %v1143 = arith.subi %size_L, %v2 : i64
      %v1144 = arith.minsi %v1141, %v1143 : i64
      %v1145 = arith.subi %v105, %v1144 : i64
      %v1146 = arith.addi %v1140, %v1145 : i64
      %v1147 = arith.muli %v1138, %v108 : i64
      %v1148 = arith.addi %v1147, %v1121 : i64
      %v1149 = llvm.getelementptr %in_z[%v1146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1150 = llvm.load %v1149 : !llvm.ptr -> f32
      %v1151 = arith.addi %v1120, %v127 : i64
      %v1152 = arith.constant true
      %v1153 = arith.addi %v87, %v1151 : i64
      %v1154 = llvm.getelementptr %v36[%v1153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1155 = llvm.load %v1154 : !llvm.ptr<3> -> i64
      %v1156 = arith.addi %v92, %v1121 : i64
      %v1157 = arith.cmpi slt, %v1156, %v94 : i64
      %v1158 = arith.subi %size_L, %v2 : i64
      %v1159 = arith.minsi %v1156, %v1158 : i64
      %v1160 = arith.subi %v105, %v1159 : i64
      %v1161 = arith.addi %v1155, %v1160 : i64
      %v1162 = arith.muli %v1153, %v108 : i64
      %v1163 = arith.addi %v1162, %v1121 : i64
      %v1164 = llvm.getelementptr %in_z[%v1161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1165 = llvm.load %v1164 : !llvm.ptr -> f32
      %v1166 = arith.addi %v1120, %v142 : i64
      %v1167 = arith.constant true
      %v1168 = arith.addi %v87, %v1166 : i64
      %v1169 = llvm.getelementptr %v36[%v1168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1170 = llvm.load %v1169 : !llvm.ptr<3> -> i64
      %v1171 = arith.addi %v92, %v1121 : i64
      %v1172 = arith.cmpi slt, %v1171, %v94 : i64
      %v1173 = arith.subi %size_L, %v2 : i64
      %v1174 = arith.minsi %v1171, %v1173 : i64
      %v1175 = arith.subi %v105, %v1174 : i64
      %v1176 = arith.addi %v1170, %v1175 : i64
      %v1177 = arith.muli %v1168, %v108 : i64
      %v1178 = arith.addi %v1177, %v1121 : i64
      %v1179 = llvm.getelementptr %in_z[%v1176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1180 = llvm.load %v1179 : !llvm.ptr -> f32
      %v1181 = arith.addi %v1120, %v157 : i64
      %v1182 = arith.constant true
      %v1183 = arith.addi %v87, %v1181 : i64
      %v1184 = llvm.getelementptr %v36[%v1183] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1185 = llvm.load %v1184 : !llvm.ptr<3> -> i64
      %v1186 = arith.addi %v92, %v1121 : i64
      %v1187 = arith.cmpi slt, %v1186, %v94 : i64
      %v1188 = arith.subi %size_L, %v2 : i64
      %v1189 = arith.minsi %v1186, %v1188 : i64
      %v1190 = arith.subi %v105, %v1189 : i64
      %v1191 = arith.addi %v1185, %v1190 : i64
      %v1192 = arith.muli %v1183, %v108 : i64
      %v1193 = arith.addi %v1192, %v1121 : i64
      %v1194 = llvm.getelementptr %in_z[%v1191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
      %v1196 = arith.addi %v1120, %v172 : i64
      %v1197 = arith.constant true
      %v1198 = arith.addi %v87, %v1196 : i64
      %v1199 = llvm.getelementptr %v36[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1200 = llvm.load %v1199 : !llvm.ptr<3> -> i64
      %v1201 = arith.addi %v92, %v1121 : i64
      %v1202 = arith.cmpi slt, %v1201, %v94 : i64
      %v1203 = arith.subi %size_L, %v2 : i64
      %v1204 = arith.minsi %v1201, %v1203 : i64
      %v1205 = arith.subi %v105, %v1204 : i64
      %v1206 = arith.addi %v1200, %v1205 : i64
      %v1207 = arith.muli %v1198, %v108 : i64
      %v1208 = arith.addi %v1207, %v1121 : i64
      %v1209 = llvm.getelementptr %in_z[%v1206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1210 = llvm.load %v1209 : !llvm.ptr -> f32
      %v1211 = arith.addi %v1120, %v187 : i64
      %v1212 = arith.constant true
      %v1213 = arith.addi %v87, %v1211 : i64
      %v1214 = llvm.getelementptr %v36[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1215 = llvm.load %v1214 : !llvm.ptr<3> -> i64
      %v1216 = arith.addi %v92, %v1121 : i64
      %v1217 = arith.cmpi slt, %v1216, %v94 : i64
      %v1218 = arith.subi %size_L, %v2 : i64
      %v1219 = arith.minsi %v1216, %v1218 : i64
      %v1220 = arith.subi %v105, %v1219 : i64
      %v1221 = arith.addi %v1215, %v1220 : i64
      %v1222 = arith.muli %v1213, %v108 : i64
      %v1223 = arith.addi %v1222, %v1121 : i64
      %v1224 = llvm.getelementptr %in_z[%v1221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1225 = llvm.load %v1224 : !llvm.ptr -> f32
      %v1226 = arith.addi %v1120, %v202 : i64
      %v1227 = arith.constant true
      %v1228 = arith.addi %v87, %v1226 : i64
      %v1229 = llvm.getelementptr %v36[%v1228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1230 = llvm.load %v1229 : !llvm.ptr<3> -> i64
      %v1231 = arith.addi %v92, %v1121 : i64
      %v1232 = arith.cmpi slt, %v1231, %v94 : i64
      %v1233 = arith.subi %size_L, %v2 : i64
      %v1234 = arith.minsi %v1231, %v1233 : i64
      %v1235 = arith.subi %v105, %v1234 : i64
      %v1236 = arith.addi %v1230, %v1235 : i64
      %v1237 = arith.muli %v1228, %v108 : i64
      %v1238 = arith.addi %v1237, %v1121 : i64
      %v1239 = llvm.getelementptr %in_z[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1240 = llvm.load %v1239 : !llvm.ptr -> f32
      %v1241 = arith.addi %v1120, %v1 : i64
      %v1242 = arith.constant true
      %v1243 = arith.addi %v87, %v1241 : i64
      %v1244 = llvm.getelementptr %v36[%v1243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1245 = llvm.load %v1244 : !llvm.ptr<3> -> i64
      %v1246 = arith.addi %v92, %v1121 : i64
      %v1247 = arith.cmpi slt, %v1246, %v94 : i64
      %v1248 = arith.subi %size_L, %v2 : i64
      %v1249 = arith.minsi %v1246, %v1248 : i64
      %v1250 = arith.subi %v105, %v1249 : i64
      %v1251 = arith.addi %v1245, %v1250 : i64
      %v1252 = arith.muli %v1243, %v108 : i64
      %v1253 = arith.addi %v1252, %v1121 : i64
      %v1254 = llvm.getelementptr %in_z[%v1251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1255 = llvm.load %v1254 : !llvm.ptr -> f32
      %v1256 = arith.addi %v1120, %v231 : i64
      %v1257 = arith.constant true
      %v1258 = arith.addi %v87, %v1256 : i64
      %v1259 = llvm.getelementptr %v36[%v1258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1260 = llvm.load %v1259 : !llvm.ptr<3> -> i64
      %v1261 = arith.addi %v92, %v1121 : i64
      %v1262 = arith.cmpi slt, %v1261, %v94 : i64
      %v1263 = arith.subi %size_L, %v2 : i64
      %v1264 = arith.minsi %v1261, %v1263 : i64
      %v1265 = arith.subi %v105, %v1264 : i64
      %v1266 = arith.addi %v1260, %v1265 : i64
      %v1267 = arith.muli %v1258, %v108 : i64
      %v1268 = arith.addi %v1267, %v1121 : i64
      %v1269 = llvm.getelementptr %in_z[%v1266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1270 = llvm.load %v1269 : !llvm.ptr -> f32
      %v1271 = arith.addi %v1120, %v246 : i64
      %v1272 = arith.constant true
      %v1273 = arith.addi %v87, %v1271 : i64
      %v1274 = llvm.getelementptr %v36[%v1273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1275 = llvm.load %v1274 : !llvm.ptr<3> -> i64
      %v1276 = arith.addi %v92, %v1121 : i64
      %v1277 = arith.cmpi slt, %v1276, %v94 : i64
      %v1278 = arith.subi %size_L, %v2 : i64
      %v1279 = arith.minsi %v1276, %v1278 : i64
      %v1280 = arith.subi %v105, %v1279 : i64
      %v1281 = arith.addi %v1275, %v1280 : i64
      %v1282 = arith.muli %v1273, %v108 : i64
      %v1283 = arith.addi %v1282, %v1121 : i64
      %v1284 = llvm.getelementptr %in_z[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
      %v1286 = arith.addi %v1120, %v261 : i64
      %v1287 = arith.constant true
      %v1288 = arith.addi %v87, %v1286 : i64
      %v1289 = llvm.getelementptr %v36[%v1288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1290 = llvm.load %v1289 : !llvm.ptr<3> -> i64
      %v1291 = arith.addi %v92, %v1121 : i64
      %v1292 = arith.cmpi slt, %v1291, %v94 : i64
      %v1293 = arith.subi %size_L, %v2 : i64
      %v1294 = arith.minsi %v1291, %v1293 : i64
      %v1295 = arith.subi %v105, %v1294 : i64
      %v1296 = arith.addi %v1290, %v1295 : i64
      %v1297 = arith.muli %v1288, %v108 : i64
      %v1298 = arith.addi %v1297, %v1121 : i64
      %v1299 = llvm.getelementptr %in_z[%v1296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1300 = llvm.load %v1299 : !llvm.ptr -> f32
      %v1301 = arith.addi %v1120, %v276 : i64
      %v1302 = arith.constant true
      %v1303 = arith.addi %v87, %v1301 : i64
      %v1304 = llvm.getelementptr %v36[%v1303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1305 = llvm.load %v1304 : !llvm.ptr<3> -> i64
      %v1306 = arith.addi %v92, %v1121 : i64
      %v1307 = arith.cmpi slt, %v1306, %v94 : i64
      %v1308 = arith.subi %size_L, %v2 : i64
      %v1309 = arith.minsi %v1306, %v1308 : i64
      %v1310 = arith.subi %v105, %v1309 : i64
      %v1311 = arith.addi %v1305, %v1310 : i64
      %v1312 = arith.muli %v1303, %v108 : i64
      %v1313 = arith.addi %v1312, %v1121 : i64
      %v1314 = llvm.getelementptr %in_z[%v1311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1315 = llvm.load %v1314 : !llvm.ptr -> f32
      %v1316 = arith.addi %v1120, %v291 : i64
      %v1317 = arith.constant true
      %v1318 = arith.addi %v87, %v1316 : i64
      %v1319 = llvm.getelementptr %v36[%v1318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1320 = llvm.load %v1319 : !llvm.ptr<3> -> i64
      %v1321 = arith.addi %v92, %v1121 : i64
      %v1322 = arith.cmpi slt, %v1321, %v94 : i64
      %v1323 = arith.subi %size_L, %v2 : i64
      %v1324 = arith.minsi %v1321, %v1323 : i64
      %v1325 = arith.subi %v105, %v1324 : i64
      %v1326 = arith.addi %v1320, %v1325 : i64
      %v1327 = arith.muli %v1318, %v108 : i64
      %v1328 = arith.addi %v1327, %v1121 : i64
      %v1329 = llvm.getelementptr %in_z[%v1326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1330 = llvm.load %v1329 : !llvm.ptr -> f32
      %v1331 = arith.addi %v1120, %v306 : i64
      %v1332 = arith.constant true
      %v1333 = arith.addi %v87, %v1331 : i64
      %v1334 = llvm.getelementptr %v36[%v1333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1335 = llvm.load %v1334 : !llvm.ptr<3> -> i64
      %v1336 = arith.addi %v92, %v1121 : i64
      %v1337 = arith.cmpi slt, %v1336, %v94 : i64
      %v1338 = arith.subi %size_L, %v2 : i64
      %v1339 = arith.minsi %v1336, %v1338 : i64
      %v1340 = arith.subi %v105, %v1339 : i64
      %v1341 = arith.addi %v1335, %v1340 : i64
      %v1342 = arith.muli %v1333, %v108 : i64
      %v1343 = arith.addi %v1342, %v1121 : i64
      %v1344 = llvm.getelementptr %in_z[%v1341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1345 = llvm.load %v1344 : !llvm.ptr -> f32
      %v1346 = arith.addi %v1120, %v321 : i64
      %v1347 = arith.constant true
      %v1348 = arith.addi %v87, %v1346 : i64
      %v1349 = llvm.getelementptr %v36[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1350 = llvm.load %v1349 : !llvm.ptr<3> -> i64
      %v1351 = arith.addi %v92, %v1121 : i64
      %v1352 = arith.cmpi slt, %v1351, %v94 : i64
      %v1353 = arith.subi %size_L, %v2 : i64
      %v1354 = arith.minsi %v1351, %v1353 : i64
      %v1355 = arith.subi %v105, %v1354 : i64
      %v1356 = arith.addi %v1350, %v1355 : i64
      %v1357 = arith.muli %v1348, %v108 : i64
      %v1358 = arith.addi %v1357, %v1121 : i64
      %v1359 = llvm.getelementptr %in_z[%v1356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1360 = llvm.load %v1359 : !llvm.ptr -> f32
      %v1361 = arith.addi %v1120, %v95 : i64
      %v1362 = arith.constant true
      %v1363 = arith.addi %v87, %v1361 : i64
      %v1364 = llvm.getelementptr %v36[%v1363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1365 = llvm.load %v1364 : !llvm.ptr<3> -> i64
      %v1366 = arith.addi %v92, %v1121 : i64
      %v1367 = arith.cmpi slt, %v1366, %v94 : i64
      %v1368 = arith.subi %size_L, %v2 : i64
      %v1369 = arith.minsi %v1366, %v1368 : i64
      %v1370 = arith.subi %v105, %v1369 : i64
      %v1371 = arith.addi %v1365, %v1370 : i64
      %v1372 = arith.muli %v1363, %v108 : i64
      %v1373 = arith.addi %v1372, %v1121 : i64
      %v1374 = llvm.getelementptr %in_z[%v1371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1375 = llvm.load %v1374 : !llvm.ptr -> f32
      %v1376 = arith.addi %v1120, %v350 : i64
      %v1377 = arith.constant true
      %v1378 = arith.addi %v87, %v1376 : i64
      %v1379 = llvm.getelementptr %v36[%v1378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1380 = llvm.load %v1379 : !llvm.ptr<3> -> i64
      %v1381 = arith.addi %v92, %v1121 : i64
      %v1382 = arith.cmpi slt, %v1381, %v94 : i64
      %v1383 = arith.subi %size_L, %v2 : i64
      %v1384 = arith.minsi %v1381, %v1383 : i64
      %v1385 = arith.subi %v105, %v1384 : i64
      %v1386 = arith.addi %v1380, %v1385 : i64
      %v1387 = arith.muli %v1378, %v108 : i64
      %v1388 = arith.addi %v1387, %v1121 : i64
      %v1389 = llvm.getelementptr %in_z[%v1386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1390 = llvm.load %v1389 : !llvm.ptr -> f32
      %v1391 = arith.addi %v1120, %v365 : i64
      %v1392 = arith.constant true
      %v1393 = arith.addi %v87, %v1391 : i64
      %v1394 = llvm.getelementptr %v36[%v1393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1395 = llvm.load %v1394 : !llvm.ptr<3> -> i64
      %v1396 = arith.addi %v92, %v1121 : i64
      %v1397 = arith.cmpi slt, %v1396, %v94 : i64
      %v1398 = arith.subi %size_L, %v2 : i64
      %v1399 = arith.minsi %v1396, %v1398 : i64
      %v1400 = arith.subi %v105, %v1399 : i64
      %v1401 = arith.addi %v1395, %v1400 : i64
      %v1402 = arith.muli %v1393, %v108 : i64
      %v1403 = arith.addi %v1402, %v1121 : i64
      %v1404 = llvm.getelementptr %in_z[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1405 = llvm.load %v1404 : !llvm.ptr -> f32
      %v1406 = arith.addi %v1120, %v380 : i64
      %v1407 = arith.constant true
      %v1408 = arith.addi %v87, %v1406 : i64
      %v1409 = llvm.getelementptr %v36[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1410 = llvm.load %v1409 : !llvm.ptr<3> -> i64
      %v1411 = arith.addi %v92, %v1121 : i64
      %v1412 = arith.cmpi slt, %v1411, %v94 : i64
      %v1413 = arith.subi %size_L, %v2 : i64
      %v1414 = arith.minsi %v1411, %v1413 : i64
      %v1415 = arith.subi %v105, %v1414 : i64
      %v1416 = arith.addi %v1410, %v1415 : i64
      %v1417 = arith.muli %v1408, %v108 : i64
      %v1418 = arith.addi %v1417, %v1121 : i64
      %v1419 = llvm.getelementptr %in_z[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
      %v1421 = arith.addi %v1120, %v395 : i64
      %v1422 = arith.constant true
      %v1423 = arith.addi %v87, %v1421 : i64
      %v1424 = llvm.getelementptr %v36[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1425 = llvm.load %v1424 : !llvm.ptr<3> -> i64
      %v1426 = arith.addi %v92, %v1121 : i64
      %v1427 = arith.cmpi slt, %v1426, %v94 : i64
      %v1428 = arith.subi %size_L, %v2 : i64
      %v1429 = arith.minsi %v1426, %v1428 : i64
      %v1430 = arith.subi %v105, %v1429 : i64
      %v1431 = arith.addi %v1425, %v1430 : i64
      %v1432 = arith.muli %v1423, %v108 : i64
      %v1433 = arith.addi %v1432, %v1121 : i64
      %v1434 = llvm.getelementptr %in_z[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
      %v1436 = arith.addi %v1120, %v410 : i64
      %v1437 = arith.constant true
      %v1438 = arith.addi %v87, %v1436 : i64
      %v1439 = llvm.getelementptr %v36[%v1438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1440 = llvm.load %v1439 : !llvm.ptr<3> -> i64
      %v1441 = arith.addi %v92, %v1121 : i64
      %v1442 = arith.cmpi slt, %v1441, %v94 : i64
      %v1443 = arith.subi %size_L, %v2 : i64
      %v1444 = arith.minsi %v1441, %v1443 : i64
      %v1445 = arith.subi %v105, %v1444 : i64
      %v1446 = arith.addi %v1440, %v1445 : i64
      %v1447 = arith.muli %v1438, %v108 : i64
      %v1448 = arith.addi %v1447, %v1121 : i64
      %v1449 = llvm.getelementptr %in_z[%v1446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1450 = llvm.load %v1449 : !llvm.ptr -> f32
      %v1451 = arith.addi %v1120, %v425 : i64
      %v1452 = arith.constant true
      %v1453 = arith.addi %v87, %v1451 : i64
      %v1454 = llvm.getelementptr %v36[%v1453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1455 = llvm.load %v1454 : !llvm.ptr<3> -> i64
      %v1456 = arith.addi %v92, %v1121 : i64
      %v1457 = arith.cmpi slt, %v1456, %v94 : i64
      %v1458 = arith.subi %size_L, %v2 : i64
      %v1459 = arith.minsi %v1456, %v1458 : i64
      %v1460 = arith.subi %v105, %v1459 : i64
      %v1461 = arith.addi %v1455, %v1460 : i64
      %v1462 = arith.muli %v1453, %v108 : i64
      %v1463 = arith.addi %v1462, %v1121 : i64
      %v1464 = llvm.getelementptr %in_z[%v1461] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1465 = llvm.load %v1464 : !llvm.ptr -> f32
      %v1466 = arith.addi %v1120, %v440 : i64
      %v1467 = arith.constant true
      %v1468 = arith.addi %v87, %v1466 : i64
      %v1469 = llvm.getelementptr %v36[%v1468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1470 = llvm.load %v1469 : !llvm.ptr<3> -> i64
      %v1471 = arith.addi %v92, %v1121 : i64
      %v1472 = arith.cmpi slt, %v1471, %v94 : i64
      %v1473 = arith.subi %size_L, %v2 : i64
      %v1474 = arith.minsi %v1471, %v1473 : i64
      %v1475 = arith.subi %v105, %v1474 : i64
      %v1476 = arith.addi %v1470, %v1475 : i64
      %v1477 = arith.muli %v1468, %v108 : i64
      %v1478 = arith.addi %v1477, %v1121 : i64
      %v1479 = llvm.getelementptr %in_z[%v1476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1480 = llvm.load %v1479 : !llvm.ptr -> f32
      %v1481 = arith.addi %v1120, %v455 : i64
      %v1482 = arith.constant true
      %v1483 = arith.addi %v87, %v1481 : i64
      %v1484 = llvm.getelementptr %v36[%v1483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1485 = llvm.load %v1484 : !llvm.ptr<3> -> i64
      %v1486 = arith.addi %v92, %v1121 : i64
      %v1487 = arith.cmpi slt, %v1486, %v94 : i64
      %v1488 = arith.subi %size_L, %v2 : i64
      %v1489 = arith.minsi %v1486, %v1488 : i64
      %v1490 = arith.subi %v105, %v1489 : i64
      %v1491 = arith.addi %v1485, %v1490 : i64
      %v1492 = arith.muli %v1483, %v108 : i64
      %v1493 = arith.addi %v1492, %v1121 : i64
      %v1494 = llvm.getelementptr %in_z[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
      %v1496 = arith.addi %v1120, %v470 : i64
      %v1497 = arith.constant true
      %v1498 = arith.addi %v87, %v1496 : i64
      %v1499 = llvm.getelementptr %v36[%v1498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1500 = llvm.load %v1499 : !llvm.ptr<3> -> i64
      %v1501 = arith.addi %v92, %v1121 : i64
      %v1502 = arith.cmpi slt, %v1501, %v94 : i64
      %v1503 = arith.subi %size_L, %v2 : i64
      %v1504 = arith.minsi %v1501, %v1503 : i64
      %v1505 = arith.subi %v105, %v1504 : i64
      %v1506 = arith.addi %v1500, %v1505 : i64
      %v1507 = arith.muli %v1498, %v108 : i64
      %v1508 = arith.addi %v1507, %v1121 : i64
      %v1509 = llvm.getelementptr %in_z[%v1506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1510 = llvm.load %v1509 : !llvm.ptr -> f32
      %v1511 = arith.addi %v1120, %v485 : i64
      %v1512 = arith.constant true
      %v1513 = arith.addi %v87, %v1511 : i64
      %v1514 = llvm.getelementptr %v36[%v1513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1515 = llvm.load %v1514 : !llvm.ptr<3> -> i64
      %v1516 = arith.addi %v92, %v1121 : i64
      %v1517 = arith.cmpi slt, %v1516, %v94 : i64
      %v1518 = arith.subi %size_L, %v2 : i64
      %v1519 = arith.minsi %v1516, %v1518 : i64
      %v1520 = arith.subi %v105, %v1519 : i64
      %v1521 = arith.addi %v1515, %v1520 : i64
      %v1522 = arith.muli %v1513, %v108 : i64
      %v1523 = arith.addi %v1522, %v1121 : i64
      %v1524 = llvm.getelementptr %in_z[%v1521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1525 = llvm.load %v1524 : !llvm.ptr -> f32
      %v1526 = arith.addi %v1120, %v500 : i64
      %v1527 = arith.constant true
      %v1528 = arith.addi %v87, %v1526 : i64
      %v1529 = llvm.getelementptr %v36[%v1528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1530 = llvm.load %v1529 : !llvm.ptr<3> -> i64
      %v1531 = arith.addi %v92, %v1121 : i64
      %v1532 = arith.cmpi slt, %v1531, %v94 : i64
      %v1533 = arith.subi %size_L, %v2 : i64
      %v1534 = arith.minsi %v1531, %v1533 : i64
      %v1535 = arith.subi %v105, %v1534 : i64
      %v1536 = arith.addi %v1530, %v1535 : i64
      %v1537 = arith.muli %v1528, %v108 : i64
      %v1538 = arith.addi %v1537, %v1121 : i64
      %v1539 = llvm.getelementptr %in_z[%v1536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1540 = llvm.load %v1539 : !llvm.ptr -> f32
      %v1541 = arith.addi %v1120, %v515 : i64
      %v1542 = arith.constant true
      %v1543 = arith.addi %v87, %v1541 : i64
      %v1544 = llvm.getelementptr %v36[%v1543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1545 = llvm.load %v1544 : !llvm.ptr<3> -> i64
      %v1546 = arith.addi %v92, %v1121 : i64
      %v1547 = arith.cmpi slt, %v1546, %v94 : i64
      %v1548 = arith.subi %size_L, %v2 : i64
      %v1549 = arith.minsi %v1546, %v1548 : i64
      %v1550 = arith.subi %v105, %v1549 : i64
      %v1551 = arith.addi %v1545, %v1550 : i64
      %v1552 = arith.muli %v1543, %v108 : i64
      %v1553 = arith.addi %v1552, %v1121 : i64
      %v1554 = llvm.getelementptr %in_z[%v1551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1555 = llvm.load %v1554 : !llvm.ptr -> f32
      %v1556 = arith.addi %v1120, %v530 : i64
      %v1557 = arith.constant true
      %v1558 = arith.addi %v87, %v1556 : i64
      %v1559 = llvm.getelementptr %v36[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1560 = llvm.load %v1559 : !llvm.ptr<3> -> i64
      %v1561 = arith.addi %v92, %v1121 : i64
      %v1562 = arith.cmpi slt, %v1561, %v94 : i64
      %v1563 = arith.subi %size_L, %v2 : i64
      %v1564 = arith.minsi %v1561, %v1563 : i64
      %v1565 = arith.subi %v105, %v1564 : i64
      %v1566 = arith.addi %v1560, %v1565 : i64
      %v1567 = arith.muli %v1558, %v108 : i64
      %v1568 = arith.addi %v1567, %v1121 : i64
      %v1569 = llvm.getelementptr %in_z[%v1566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1570 = llvm.load %v1569 : !llvm.ptr -> f32
      %v1571 = arith.addi %v1120, %v545 : i64
      %v1572 = arith.constant true
      %v1573 = arith.addi %v87, %v1571 : i64
      %v1574 = llvm.getelementptr %v36[%v1573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1575 = llvm.load %v1574 : !llvm.ptr<3> -> i64
      %v1576 = arith.addi %v92, %v1121 : i64
      %v1577 = arith.cmpi slt, %v1576, %v94 : i64
      %v1578 = arith.subi %size_L, %v2 : i64
      %v1579 = arith.minsi %v1576, %v1578 : i64
      %v1580 = arith.subi %v105, %v1579 : i64
      %v1581 = arith.addi %v1575, %v1580 : i64
      %v1582 = arith.muli %v1573, %v108 : i64
      %v1583 = arith.addi %v1582, %v1121 : i64
      %v1584 = llvm.getelementptr %in_z[%v1581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1585 = llvm.load %v1584 : !llvm.ptr -> f32
      %v1586 = arith.addi %v1120, %v560 : i64
      %v1587 = arith.constant true
      %v1588 = arith.addi %v87, %v1586 : i64
      %v1589 = llvm.getelementptr %v36[%v1588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1590 = llvm.load %v1589 : !llvm.ptr<3> -> i64
      %v1591 = arith.addi %v92, %v1121 : i64
      %v1592 = arith.cmpi slt, %v1591, %v94 : i64
      %v1593 = arith.subi %size_L, %v2 : i64
      %v1594 = arith.minsi %v1591, %v1593 : i64
      %v1595 = arith.subi %v105, %v1594 : i64
      %v1596 = arith.addi %v1590, %v1595 : i64
      %v1597 = arith.muli %v1588, %v108 : i64
      %v1598 = arith.addi %v1597, %v1121 : i64
      %v1599 = llvm.getelementptr %in_z[%v1596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1600 = llvm.load %v1599 : !llvm.ptr -> f32
      scf.if %v1122 {
        %v1601 = llvm.getelementptr %v37[%v1133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1135, %v1601 : f32, !llvm.ptr<3>
      }
      scf.if %v1137 {
        %v1602 = llvm.getelementptr %v37[%v1148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1150, %v1602 : f32, !llvm.ptr<3>
      }
      scf.if %v1152 {
        %v1603 = llvm.getelementptr %v37[%v1163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1165, %v1603 : f32, !llvm.ptr<3>
      }
      scf.if %v1167 {
        %v1604 = llvm.getelementptr %v37[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1180, %v1604 : f32, !llvm.ptr<3>
      }
      scf.if %v1182 {
        %v1605 = llvm.getelementptr %v37[%v1193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1195, %v1605 : f32, !llvm.ptr<3>
      }
      scf.if %v1197 {
        %v1606 = llvm.getelementptr %v37[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1210, %v1606 : f32, !llvm.ptr<3>
      }
      scf.if %v1212 {
        %v1607 = llvm.getelementptr %v37[%v1223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1225, %v1607 : f32, !llvm.ptr<3>
      }
      scf.if %v1227 {
        %v1608 = llvm.getelementptr %v37[%v1238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1240, %v1608 : f32, !llvm.ptr<3>
      }
      scf.if %v1242 {
        %v1609 = llvm.getelementptr %v37[%v1253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1255, %v1609 : f32, !llvm.ptr<3>
      }
      scf.if %v1257 {
        %v1610 = llvm.getelementptr %v37[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1270, %v1610 : f32, !llvm.ptr<3>
      }
      scf.if %v1272 {
        %v1611 = llvm.getelementptr %v37[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1285, %v1611 : f32, !llvm.ptr<3>
      }
      scf.if %v1287 {
        %v1612 = llvm.getelementptr %v37[%v1298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1300, %v1612 : f32, !llvm.ptr<3>
      }
      scf.if %v1302 {
        %v1613 = llvm.getelementptr %v37[%v1313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1315, %v1613 : f32, !llvm.ptr<3>
      }
      scf.if %v1317 {
        %v1614 = llvm.getelementptr %v37[%v1328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1330, %v1614 : f32, !llvm.ptr<3>
      }
      scf.if %v1332 {
        %v1615 = llvm.getelementptr %v37[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1345, %v1615 : f32, !llvm.ptr<3>
      }
      scf.if %v1347 {
        %v1616 = llvm.getelementptr %v37[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1360, %v1616 : f32, !llvm.ptr<3>
      }
      scf.if %v1362 {
        %v1617 = llvm.getelementptr %v37[%v1373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1375, %v1617 : f32, !llvm.ptr<3>
      }
      scf.if %v1377 {
        %v1618 = llvm.getelementptr %v37[%v1388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1390, %v1618 : f32, !llvm.ptr<3>
      }
      scf.if %v1392 {
        %v1619 = llvm.getelementptr %v37[%v1403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1405, %v1619 : f32, !llvm.ptr<3>
      }
      scf.if %v1407 {
        %v1620 = llvm.getelementptr %v37[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1420, %v1620 : f32, !llvm.ptr<3>
      }
      scf.if %v1422 {
        %v1621 = llvm.getelementptr %v37[%v1433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1435, %v1621 : f32, !llvm.ptr<3>
      }
      scf.if %v1437 {
        %v1622 = llvm.getelementptr %v37[%v1448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1450, %v1622 : f32, !llvm.ptr<3>
      }
      scf.if %v1452 {
        %v1623 = llvm.getelementptr %v37[%v1463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1465, %v1623 : f32, !llvm.ptr<3>
      }
      scf.if %v1467 {
        %v1624 = llvm.getelementptr %v37[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1480, %v1624 : f32, !llvm.ptr<3>
      }
      scf.if %v1482 {
        %v1625 = llvm.getelementptr %v37[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1495, %v1625 : f32, !llvm.ptr<3>
      }
      scf.if %v1497 {
        %v1626 = llvm.getelementptr %v37[%v1508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1510, %v1626 : f32, !llvm.ptr<3>
      }
      scf.if %v1512 {
        %v1627 = llvm.getelementptr %v37[%v1523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1525, %v1627 : f32, !llvm.ptr<3>
      }
      scf.if %v1527 {
        %v1628 = llvm.getelementptr %v37[%v1538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1540, %v1628 : f32, !llvm.ptr<3>
      }
      scf.if %v1542 {
        %v1629 = llvm.getelementptr %v37[%v1553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1555, %v1629 : f32, !llvm.ptr<3>
      }
      scf.if %v1557 {
        %v1630 = llvm.getelementptr %v37[%v1568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1570, %v1630 : f32, !llvm.ptr<3>
      }
      scf.if %v1572 {
        %v1631 = llvm.getelementptr %v37[%v1583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1585, %v1631 : f32, !llvm.ptr<3>
      }
      scf.if %v1587 {
        %v1632 = llvm.getelementptr %v37[%v1598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1600, %v1632 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1633 = arith.index_cast %v92 : i64 to index
      %v1634 = arith.index_cast %v94 : i64 to index
      %v1635 = arith.index_cast %v95 : i64 to index
      scf.for %v1636 = %v1633 to %v1634 step %v1635 {
        %v1637 = arith.index_cast %v1636 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v1638 = arith.subi %size_L, %v2 : i64
        %v1640 = arith.index_cast %v44 : i64 to index
        %v1641 = arith.index_cast %v1639 : i64 to index
        %v1642 = arith.index_cast %v46 : i64 to index
        scf.for %v1643 = %v1640 to %v1641 step %v1642 {
          %v1644 = arith.index_cast %v1643 : index to i64
          %v1645 = arith.remui %v1644, %v95 : i64
          %v1646 = arith.divui %v1644, %v95 : i64
          %v1647 = arith.addi %v1637, %v1645 : i64
          %v1648 = arith.minsi %v1647, %v1638 : i64
          %v1649 = arith.remui %v1646, %v1 : i64
          %v1650 = arith.divui %v1646, %v1 : i64
          %v1652 = arith.muli %v68, %v1651 : i64
          %v1653 = arith.muli %v1649, %size_L : i64
          %v1654 = arith.addi %v1652, %v1653 : i64
          %v1655 = arith.subi %v105, %v1648 : i64
          %v1656 = arith.addi %v1654, %v1655 : i64
          %v1657 = llvm.getelementptr %in_Bm[%v1656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
          %v1660 = arith.muli %v1646, %v1659 : i64
          %v1661 = arith.addi %v1660, %v1645 : i64
          %v1662 = llvm.getelementptr %v71[%v1661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1658, %v1662 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1663 = arith.subi %v94, %v1637 : i64
        %v1664 = arith.minsi %v1663, %v95 : i64
        %v1665 = arith.addi %v1637, %v95 : i64
        %v1666 = arith.divui %v44, %v95 : i64
        %v1667 = arith.remui %v44, %v95 : i64
        %v1668 = arith.constant true
        %v1669 = llvm.getelementptr %v36[%v1666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1670 = llvm.load %v1669 : !llvm.ptr<3> -> i64
        %v1671 = arith.addi %v1665, %v1667 : i64
        %v1672 = arith.cmpi slt, %v1671, %v94 : i64
        %v1673 = arith.subi %size_L, %v2 : i64
        %v1674 = arith.minsi %v1671, %v1673 : i64
        %v1675 = arith.subi %v105, %v1674 : i64
        %v1676 = arith.addi %v1670, %v1675 : i64
        %v1677 = arith.muli %v1666, %v108 : i64
        %v1678 = arith.addi %v1677, %v1667 : i64
        %v1679 = llvm.getelementptr %in_u[%v1676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1680 = llvm.load %v1679 : !llvm.ptr -> f32
        %v1681 = arith.addi %v1666, %v86 : i64
        %v1682 = arith.constant true
        %v1683 = llvm.getelementptr %v36[%v1681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1684 = llvm.load %v1683 : !llvm.ptr<3> -> i64
        %v1685 = arith.addi %v1665, %v1667 : i64
        %v1686 = arith.cmpi slt, %v1685, %v94 : i64
        %v1687 = arith.subi %size_L, %v2 : i64
        %v1688 = arith.minsi %v1685, %v1687 : i64
        %v1689 = arith.subi %v105, %v1688 : i64
        %v1690 = arith.addi %v1684, %v1689 : i64
        %v1691 = arith.muli %v1681, %v108 : i64
        %v1692 = arith.addi %v1691, %v1667 : i64
        %v1693 = llvm.getelementptr %in_u[%v1690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1694 = llvm.load %v1693 : !llvm.ptr -> f32
        %v1695 = arith.addi %v1666, %v127 : i64
        %v1696 = arith.constant true
        %v1697 = llvm.getelementptr %v36[%v1695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1698 = llvm.load %v1697 : !llvm.ptr<3> -> i64
        %v1699 = arith.addi %v1665, %v1667 : i64
        %v1700 = arith.cmpi slt, %v1699, %v94 : i64
        %v1701 = arith.subi %size_L, %v2 : i64
        %v1702 = arith.minsi %v1699, %v1701 : i64
        %v1703 = arith.subi %v105, %v1702 : i64
        %v1704 = arith.addi %v1698, %v1703 : i64
        %v1705 = arith.muli %v1695, %v108 : i64
        %v1706 = arith.addi %v1705, %v1667 : i64
        %v1707 = llvm.getelementptr %in_u[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
        %v1709 = arith.addi %v1666, %v142 : i64
        %v1710 = arith.constant true
        %v1711 = llvm.getelementptr %v36[%v1709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1712 = llvm.load %v1711 : !llvm.ptr<3> -> i64
        %v1713 = arith.addi %v1665, %v1667 : i64
        %v1714 = arith.cmpi slt, %v1713, %v94 : i64
        %v1715 = arith.subi %size_L, %v2 : i64
        %v1716 = arith.minsi %v1713, %v1715 : i64
        %v1717 = arith.subi %v105, %v1716 : i64
        %v1718 = arith.addi %v1712, %v1717 : i64
        %v1719 = arith.muli %v1709, %v108 : i64
        %v1720 = arith.addi %v1719, %v1667 : i64
        %v1721 = llvm.getelementptr %in_u[%v1718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1722 = llvm.load %v1721 : !llvm.ptr -> f32
        %v1723 = arith.addi %v1666, %v157 : i64
        %v1724 = arith.constant true
        %v1725 = llvm.getelementptr %v36[%v1723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1726 = llvm.load %v1725 : !llvm.ptr<3> -> i64
        %v1727 = arith.addi %v1665, %v1667 : i64
        %v1728 = arith.cmpi slt, %v1727, %v94 : i64
        %v1729 = arith.subi %size_L, %v2 : i64
        %v1730 = arith.minsi %v1727, %v1729 : i64
        %v1731 = arith.subi %v105, %v1730 : i64
        %v1732 = arith.addi %v1726, %v1731 : i64
        %v1733 = arith.muli %v1723, %v108 : i64
        %v1734 = arith.addi %v1733, %v1667 : i64
        %v1735 = llvm.getelementptr %in_u[%v1732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1736 = llvm.load %v1735 : !llvm.ptr -> f32
        %v1737 = arith.addi %v1666, %v172 : i64
        %v1738 = arith.constant true
        %v1739 = llvm.getelementptr %v36[%v1737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1740 = llvm.load %v1739 : !llvm.ptr<3> -> i64
        %v1741 = arith.addi %v1665, %v1667 : i64
        %v1742 = arith.cmpi slt, %v1741, %v94 : i64
        %v1743 = arith.subi %size_L, %v2 : i64
        %v1744 = arith.minsi %v1741, %v1743 : i64
        %v1745 = arith.subi %v105, %v1744 : i64
        %v1746 = arith.addi %v1740, %v1745 : i64
        %v1747 = arith.muli %v1737, %v108 : i64
        %v1748 = arith.addi %v1747, %v1667 : i64
        %v1749 = llvm.getelementptr %in_u[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
        %v1751 = arith.addi %v1666, %v187 : i64
        %v1752 = arith.constant true
        %v1753 = llvm.getelementptr %v36[%v1751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1754 = llvm.load %v1753 : !llvm.ptr<3> -> i64
        %v1755 = arith.addi %v1665, %v1667 : i64
        %v1756 = arith.cmpi slt, %v1755, %v94 : i64
        %v1757 = arith.subi %size_L, %v2 : i64
        %v1758 = arith.minsi %v1755, %v1757 : i64
        %v1759 = arith.subi %v105, %v1758 : i64
        %v1760 = arith.addi %v1754, %v1759 : i64
        %v1761 = arith.muli %v1751, %v108 : i64
        %v1762 = arith.addi %v1761, %v1667 : i64
        %v1763 = llvm.getelementptr %in_u[%v1760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1764 = llvm.load %v1763 : !llvm.ptr -> f32
        %v1765 = arith.addi %v1666, %v202 : i64
        %v1766 = arith.constant true
        %v1767 = llvm.getelementptr %v36[%v1765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1768 = llvm.load %v1767 : !llvm.ptr<3> -> i64
        %v1769 = arith.addi %v1665, %v1667 : i64
        %v1770 = arith.cmpi slt, %v1769, %v94 : i64
        %v1771 = arith.subi %size_L, %v2 : i64
        %v1772 = arith.minsi %v1769, %v1771 : i64
        %v1773 = arith.subi %v105, %v1772 : i64
        %v1774 = arith.addi %v1768, %v1773 : i64
        %v1775 = arith.muli %v1765, %v108 : i64
        %v1776 = arith.addi %v1775, %v1667 : i64
        %v1777 = llvm.getelementptr %in_u[%v1774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1778 = llvm.load %v1777 : !llvm.ptr -> f32
        %v1779 = arith.addi %v1666, %v1 : i64
        %v1780 = arith.constant true
        %v1781 = llvm.getelementptr %v36[%v1779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1782 = llvm.load %v1781 : !llvm.ptr<3> -> i64
        %v1783 = arith.addi %v1665, %v1667 : i64
        %v1784 = arith.cmpi slt, %v1783, %v94 : i64
        %v1785 = arith.subi %size_L, %v2 : i64
        %v1786 = arith.minsi %v1783, %v1785 : i64
        %v1787 = arith.subi %v105, %v1786 : i64
        %v1788 = arith.addi %v1782, %v1787 : i64
        %v1789 = arith.muli %v1779, %v108 : i64
        %v1790 = arith.addi %v1789, %v1667 : i64
        %v1791 = llvm.getelementptr %in_u[%v1788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1792 = llvm.load %v1791 : !llvm.ptr -> f32
        %v1793 = arith.addi %v1666, %v231 : i64
        %v1794 = arith.constant true
        %v1795 = llvm.getelementptr %v36[%v1793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1796 = llvm.load %v1795 : !llvm.ptr<3> -> i64
        %v1797 = arith.addi %v1665, %v1667 : i64
        %v1798 = arith.cmpi slt, %v1797, %v94 : i64
        %v1799 = arith.subi %size_L, %v2 : i64
        %v1800 = arith.minsi %v1797, %v1799 : i64
        %v1801 = arith.subi %v105, %v1800 : i64
        %v1802 = arith.addi %v1796, %v1801 : i64
        %v1803 = arith.muli %v1793, %v108 : i64
        %v1804 = arith.addi %v1803, %v1667 : i64
        %v1805 = llvm.getelementptr %in_u[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1666, %v246 : i64
        %v1808 = arith.constant true
        %v1809 = llvm.getelementptr %v36[%v1807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1810 = llvm.load %v1809 : !llvm.ptr<3> -> i64
        %v1811 = arith.addi %v1665, %v1667 : i64
        %v1812 = arith.cmpi slt, %v1811, %v94 : i64
        %v1813 = arith.subi %size_L, %v2 : i64
        %v1814 = arith.minsi %v1811, %v1813 : i64
        %v1815 = arith.subi %v105, %v1814 : i64
        %v1816 = arith.addi %v1810, %v1815 : i64
        %v1817 = arith.muli %v1807, %v108 : i64
        %v1818 = arith.addi %v1817, %v1667 : i64
        %v1819 = llvm.getelementptr %in_u[%v1816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1820 = llvm.load %v1819 : !llvm.ptr -> f32
        %v1821 = arith.addi %v1666, %v261 : i64
        %v1822 = arith.constant true
        %v1823 = llvm.getelementptr %v36[%v1821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1824 = llvm.load %v1823 : !llvm.ptr<3> -> i64
        %v1825 = arith.addi %v1665, %v1667 : i64
        %v1826 = arith.cmpi slt, %v1825, %v94 : i64
        %v1827 = arith.subi %size_L, %v2 : i64
        %v1828 = arith.minsi %v1825, %v1827 : i64
        %v1829 = arith.subi %v105, %v1828 : i64
        %v1830 = arith.addi %v1824, %v1829 : i64
        %v1831 = arith.muli %v1821, %v108 : i64
        %v1832 = arith.addi %v1831, %v1667 : i64
        %v1833 = llvm.getelementptr %in_u[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1834 = llvm.load %v1833 : !llvm.ptr -> f32
        %v1835 = arith.addi %v1666, %v276 : i64
        %v1836 = arith.constant true
        %v1837 = llvm.getelementptr %v36[%v1835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1838 = llvm.load %v1837 : !llvm.ptr<3> -> i64
        %v1839 = arith.addi %v1665, %v1667 : i64
        %v1840 = arith.cmpi slt, %v1839, %v94 : i64
        %v1841 = arith.subi %size_L, %v2 : i64
        %v1842 = arith.minsi %v1839, %v1841 : i64
        %v1843 = arith.subi %v105, %v1842 : i64
        %v1844 = arith.addi %v1838, %v1843 : i64
        %v1845 = arith.muli %v1835, %v108 : i64
        %v1846 = arith.addi %v1845, %v1667 : i64
        %v1847 = llvm.getelementptr %in_u[%v1844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1848 = llvm.load %v1847 : !llvm.ptr -> f32
        %v1849 = arith.addi %v1666, %v291 : i64
        %v1850 = arith.constant true
        %v1851 = llvm.getelementptr %v36[%v1849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1852 = llvm.load %v1851 : !llvm.ptr<3> -> i64
        %v1853 = arith.addi %v1665, %v1667 : i64
        %v1854 = arith.cmpi slt, %v1853, %v94 : i64
        %v1855 = arith.subi %size_L, %v2 : i64
        %v1856 = arith.minsi %v1853, %v1855 : i64
        %v1857 = arith.subi %v105, %v1856 : i64
        %v1858 = arith.addi %v1852, %v1857 : i64
        %v1859 = arith.muli %v1849, %v108 : i64
        %v1860 = arith.addi %v1859, %v1667 : i64
        %v1861 = llvm.getelementptr %in_u[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
        %v1863 = arith.addi %v1666, %v306 : i64
        %v1864 = arith.constant true
        %v1865 = llvm.getelementptr %v36[%v1863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1866 = llvm.load %v1865 : !llvm.ptr<3> -> i64
        %v1867 = arith.addi %v1665, %v1667 : i64
        %v1868 = arith.cmpi slt, %v1867, %v94 : i64
        %v1869 = arith.subi %size_L, %v2 : i64
        %v1870 = arith.minsi %v1867, %v1869 : i64
        %v1871 = arith.subi %v105, %v1870 : i64
        %v1872 = arith.addi %v1866, %v1871 : i64
        %v1873 = arith.muli %v1863, %v108 : i64
        %v1874 = arith.addi %v1873, %v1667 : i64
        %v1875 = llvm.getelementptr %in_u[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
        %v1877 = arith.addi %v1666, %v321 : i64
        %v1878 = arith.constant true
        %v1879 = llvm.getelementptr %v36[%v1877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1880 = llvm.load %v1879 : !llvm.ptr<3> -> i64
        %v1881 = arith.addi %v1665, %v1667 : i64
        %v1882 = arith.cmpi slt, %v1881, %v94 : i64
        %v1883 = arith.subi %size_L, %v2 : i64
        %v1884 = arith.minsi %v1881, %v1883 : i64
        %v1885 = arith.subi %v105, %v1884 : i64
        %v1886 = arith.addi %v1880, %v1885 : i64
        %v1887 = arith.muli %v1877, %v108 : i64
        %v1888 = arith.addi %v1887, %v1667 : i64
        %v1889 = llvm.getelementptr %in_u[%v1886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1890 = llvm.load %v1889 : !llvm.ptr -> f32
        %v1891 = arith.addi %v1666, %v95 : i64
        %v1892 = arith.constant true
        %v1893 = llvm.getelementptr %v36[%v1891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1894 = llvm.load %v1893 : !llvm.ptr<3> -> i64
        %v1895 = arith.addi %v1665, %v1667 : i64
        %v1896 = arith.cmpi slt, %v1895, %v94 : i64
        %v1897 = arith.subi %size_L, %v2 : i64
        %v1898 = arith.minsi %v1895, %v1897 : i64
        %v1899 = arith.subi %v105, %v1898 : i64
        %v1900 = arith.addi %v1894, %v1899 : i64
        %v1901 = arith.muli %v1891, %v108 : i64
        %v1902 = arith.addi %v1901, %v1667 : i64
        %v1903 = llvm.getelementptr %in_u[%v1900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1904 = llvm.load %v1903 : !llvm.ptr -> f32
        %v1905 = arith.addi %v1666, %v350 : i64
        %v1906 = arith.constant true
        %v1907 = llvm.getelementptr %v36[%v1905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1908 = llvm.load %v1907 : !llvm.ptr<3> -> i64
        %v1909 = arith.addi %v1665, %v1667 : i64
        %v1910 = arith.cmpi slt, %v1909, %v94 : i64
        %v1911 = arith.subi %size_L, %v2 : i64
        %v1912 = arith.minsi %v1909, %v1911 : i64
        %v1913 = arith.subi %v105, %v1912 : i64
        %v1914 = arith.addi %v1908, %v1913 : i64
        %v1915 = arith.muli %v1905, %v108 : i64
        %v1916 = arith.addi %v1915, %v1667 : i64
        %v1917 = llvm.getelementptr %in_u[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
        %v1919 = arith.addi %v1666, %v365 : i64
        %v1920 = arith.constant true
        %v1921 = llvm.getelementptr %v36[%v1919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1922 = llvm.load %v1921 : !llvm.ptr<3> -> i64
        %v1923 = arith.addi %v1665, %v1667 : i64
        %v1924 = arith.cmpi slt, %v1923, %v94 : i64
        %v1925 = arith.subi %size_L, %v2 : i64
        %v1926 = arith.minsi %v1923, %v1925 : i64
        %v1927 = arith.subi %v105, %v1926 : i64
        %v1928 = arith.addi %v1922, %v1927 : i64
        %v1929 = arith.muli %v1919, %v108 : i64
        %v1930 = arith.addi %v1929, %v1667 : i64
        %v1931 = llvm.getelementptr %in_u[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
        %v1933 = arith.addi %v1666, %v380 : i64
        %v1934 = arith.constant true
        %v1935 = llvm.getelementptr %v36[%v1933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1936 = llvm.load %v1935 : !llvm.ptr<3> -> i64
        %v1937 = arith.addi %v1665, %v1667 : i64
        %v1938 = arith.cmpi slt, %v1937, %v94 : i64
        %v1939 = arith.subi %size_L, %v2 : i64
        %v1940 = arith.minsi %v1937, %v1939 : i64
        %v1941 = arith.subi %v105, %v1940 : i64
        %v1942 = arith.addi %v1936, %v1941 : i64
        %v1943 = arith.muli %v1933, %v108 : i64
        %v1944 = arith.addi %v1943, %v1667 : i64
        %v1945 = llvm.getelementptr %in_u[%v1942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1946 = llvm.load %v1945 : !llvm.ptr -> f32
        %v1947 = arith.addi %v1666, %v395 : i64
        %v1948 = arith.constant true
        %v1949 = llvm.getelementptr %v36[%v1947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1950 = llvm.load %v1949 : !llvm.ptr<3> -> i64
        %v1951 = arith.addi %v1665, %v1667 : i64
        %v1952 = arith.cmpi slt, %v1951, %v94 : i64
        %v1953 = arith.subi %size_L, %v2 : i64
        %v1954 = arith.minsi %v1951, %v1953 : i64
        %v1955 = arith.subi %v105, %v1954 : i64
        %v1956 = arith.addi %v1950, %v1955 : i64
        %v1957 = arith.muli %v1947, %v108 : i64
        %v1958 = arith.addi %v1957, %v1667 : i64
        %v1959 = llvm.getelementptr %in_u[%v1956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1960 = llvm.load %v1959 : !llvm.ptr -> f32
        %v1961 = arith.addi %v1666, %v410 : i64
        %v1962 = arith.constant true
        %v1963 = llvm.getelementptr %v36[%v1961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1964 = llvm.load %v1963 : !llvm.ptr<3> -> i64
        %v1965 = arith.addi %v1665, %v1667 : i64
        %v1966 = arith.cmpi slt, %v1965, %v94 : i64
        %v1967 = arith.subi %size_L, %v2 : i64
        %v1968 = arith.minsi %v1965, %v1967 : i64
        %v1969 = arith.subi %v105, %v1968 : i64
        %v1970 = arith.addi %v1964, %v1969 : i64
        %v1971 = arith.muli %v1961, %v108 : i64
        %v1972 = arith.addi %v1971, %v1667 : i64
        %v1973 = llvm.getelementptr %in_u[%v1970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1974 = llvm.load %v1973 : !llvm.ptr -> f32
        %v1975 = arith.addi %v1666, %v425 : i64
        %v1976 = arith.constant true
        %v1977 = llvm.getelementptr %v36[%v1975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1978 = llvm.load %v1977 : !llvm.ptr<3> -> i64
        %v1979 = arith.addi %v1665, %v1667 : i64
        %v1980 = arith.cmpi slt, %v1979, %v94 : i64
        %v1981 = arith.subi %size_L, %v2 : i64
        %v1982 = arith.minsi %v1979, %v1981 : i64
        %v1983 = arith.subi %v105, %v1982 : i64
        %v1984 = arith.addi %v1978, %v1983 : i64
        %v1985 = arith.muli %v1975, %v108 : i64
        %v1986 = arith.addi %v1985, %v1667 : i64
        %v1987 = llvm.getelementptr %in_u[%v1984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1988 = llvm.load %v1987 : !llvm.ptr -> f32
        %v1989 = arith.addi %v1666, %v440 : i64
        %v1990 = arith.constant true
        %v1991 = llvm.getelementptr %v36[%v1989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1992 = llvm.load %v1991 : !llvm.ptr<3> -> i64
        %v1993 = arith.addi %v1665, %v1667 : i64
        %v1994 = arith.cmpi slt, %v1993, %v94 : i64
        %v1995 = arith.subi %size_L, %v2 : i64
        %v1996 = arith.minsi %v1993, %v1995 : i64
        %v1997 = arith.subi %v105, %v1996 : i64
        %v1998 = arith.addi %v1992, %v1997 : i64
        %v1999 = arith.muli %v1989, %v108 : i64
        %v2000 = arith.addi %v1999, %v1667 : i64
        %v2001 = llvm.getelementptr %in_u[%v1998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2002 = llvm.load %v2001 : !llvm.ptr -> f32
        %v2003 = arith.addi %v1666, %v455 : i64
        %v2004 = arith.constant true
        %v2005 = llvm.getelementptr %v36[%v2003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2006 = llvm.load %v2005 : !llvm.ptr<3> -> i64
        %v2007 = arith.addi %v1665, %v1667 : i64
        %v2008 = arith.cmpi slt, %v2007, %v94 : i64
        %v2009 = arith.subi %size_L, %v2 : i64
        %v2010 = arith.minsi %v2007, %v2009 : i64
        %v2011 = arith.subi %v105, %v2010 : i64
        %v2012 = arith.addi %v2006, %v2011 : i64
        %v2013 = arith.muli %v2003, %v108 : i64
        %v2014 = arith.addi %v2013, %v1667 : i64
        %v2015 = llvm.getelementptr %in_u[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
        %v2017 = arith.addi %v1666, %v470 : i64
        %v2018 = arith.constant true
        %v2019 = llvm.getelementptr %v36[%v2017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2020 = llvm.load %v2019 : !llvm.ptr<3> -> i64
        %v2021 = arith.addi %v1665, %v1667 : i64
        %v2022 = arith.cmpi slt, %v2021, %v94 : i64
        %v2023 = arith.subi %size_L, %v2 : i64
        %v2024 = arith.minsi %v2021, %v2023 : i64
        %v2025 = arith.subi %v105, %v2024 : i64
        %v2026 = arith.addi %v2020, %v2025 : i64
        %v2027 = arith.muli %v2017, %v108 : i64
        %v2028 = arith.addi %v2027, %v1667 : i64
        %v2029 = llvm.getelementptr %in_u[%v2026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2030 = llvm.load %v2029 : !llvm.ptr -> f32
        %v2031 = arith.addi %v1666, %v485 : i64
        %v2032 = arith.constant true
        %v2033 = llvm.getelementptr %v36[%v2031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2034 = llvm.load %v2033 : !llvm.ptr<3> -> i64
        %v2035 = arith.addi %v1665, %v1667 : i64
        %v2036 = arith.cmpi slt, %v2035, %v94 : i64
        %v2037 = arith.subi %size_L, %v2 : i64
        %v2038 = arith.minsi %v2035, %v2037 : i64
        %v2039 = arith.subi %v105, %v2038 : i64
        %v2040 = arith.addi %v2034, %v2039 : i64
        %v2041 = arith.muli %v2031, %v108 : i64
        %v2042 = arith.addi %v2041, %v1667 : i64
        %v2043 = llvm.getelementptr %in_u[%v2040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2044 = llvm.load %v2043 : !llvm.ptr -> f32
        %v2045 = arith.addi %v1666, %v500 : i64
        %v2046 = arith.constant true
        %v2047 = llvm.getelementptr %v36[%v2045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2048 = llvm.load %v2047 : !llvm.ptr<3> -> i64
        %v2049 = arith.addi %v1665, %v1667 : i64
        %v2050 = arith.cmpi slt, %v2049, %v94 : i64
        %v2051 = arith.subi %size_L, %v2 : i64
        %v2052 = arith.minsi %v2049, %v2051 : i64
        %v2053 = arith.subi %v105, %v2052 : i64
        %v2054 = arith.addi %v2048, %v2053 : i64
        %v2055 = arith.muli %v2045, %v108 : i64
        %v2056 = arith.addi %v2055, %v1667 : i64
        %v2057 = llvm.getelementptr %in_u[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2058 = llvm.load %v2057 : !llvm.ptr -> f32
        %v2059 = arith.addi %v1666, %v515 : i64
        %v2060 = arith.constant true
        %v2061 = llvm.getelementptr %v36[%v2059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2062 = llvm.load %v2061 : !llvm.ptr<3> -> i64
        %v2063 = arith.addi %v1665, %v1667 : i64
        %v2064 = arith.cmpi slt, %v2063, %v94 : i64
        %v2065 = arith.subi %size_L, %v2 : i64
        %v2066 = arith.minsi %v2063, %v2065 : i64
        %v2067 = arith.subi %v105, %v2066 : i64
        %v2068 = arith.addi %v2062, %v2067 : i64
        %v2069 = arith.muli %v2059, %v108 : i64
        %v2070 = arith.addi %v2069, %v1667 : i64
        %v2071 = llvm.getelementptr %in_u[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
        %v2073 = arith.addi %v1666, %v530 : i64
        %v2074 = arith.constant true
        %v2075 = llvm.getelementptr %v36[%v2073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2076 = llvm.load %v2075 : !llvm.ptr<3> -> i64
        %v2077 = arith.addi %v1665, %v1667 : i64
        %v2078 = arith.cmpi slt, %v2077, %v94 : i64
        %v2079 = arith.subi %size_L, %v2 : i64
        %v2080 = arith.minsi %v2077, %v2079 : i64
        %v2081 = arith.subi %v105, %v2080 : i64
        %v2082 = arith.addi %v2076, %v2081 : i64
        %v2083 = arith.muli %v2073, %v108 : i64
        %v2084 = arith.addi %v2083, %v1667 : i64
        %v2085 = llvm.getelementptr %in_u[%v2082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2086 = llvm.load %v2085 : !llvm.ptr -> f32
        %v2087 = arith.addi %v1666, %v545 : i64
        %v2088 = arith.constant true
        %v2089 = llvm.getelementptr %v36[%v2087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2090 = llvm.load %v2089 : !llvm.ptr<3> -> i64
        %v2091 = arith.addi %v1665, %v1667 : i64
        %v2092 = arith.cmpi slt, %v2091, %v94 : i64
        %v2093 = arith.subi %size_L, %v2 : i64
        %v2094 = arith.minsi %v2091, %v2093 : i64
        %v2095 = arith.subi %v105, %v2094 : i64
        %v2096 = arith.addi %v2090, %v2095 : i64
        %v2097 = arith.muli %v2087, %v108 : i64
        %v2098 = arith.addi %v2097, %v1667 : i64
        %v2099 = llvm.getelementptr %in_u[%v2096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2100 = llvm.load %v2099 : !llvm.ptr -> f32
        %v2101 = arith.addi %v1666, %v560 : i64
        %v2102 = arith.constant true
        %v2103 = llvm.getelementptr %v36[%v2101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2104 = llvm.load %v2103 : !llvm.ptr<3> -> i64
        %v2105 = arith.addi %v1665, %v1667 : i64
        %v2106 = arith.cmpi slt, %v2105, %v94 : i64
        %v2107 = arith.subi %size_L, %v2 : i64
        %v2108 = arith.minsi %v2105, %v2107 : i64
        %v2109 = arith.subi %v105, %v2108 : i64
        %v2110 = arith.addi %v2104, %v2109 : i64
        %v2111 = arith.muli %v2101, %v108 : i64
        %v2112 = arith.addi %v2111, %v1667 : i64
        %v2113 = llvm.getelementptr %in_u[%v2110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2114 = llvm.load %v2113 : !llvm.ptr -> f32
        %v2115 = arith.divui %v44, %v95 : i64
        %v2116 = arith.remui %v44, %v95 : i64
        %v2117 = arith.constant true
        %v2118 = arith.addi %v46, %v2115 : i64
        %v2119 = llvm.getelementptr %v36[%v2118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2120 = llvm.load %v2119 : !llvm.ptr<3> -> i64
        %v2121 = arith.addi %v1665, %v2116 : i64
        %v2122 = arith.cmpi slt, %v2121, %v94 : i64
        %v2123 = arith.subi %size_L, %v2 : i64
        %v2124 = arith.minsi %v2121, %v2123 : i64
        %v2125 = arith.subi %v105, %v2124 : i64
        %v2126 = arith.addi %v2120, %v2125 : i64
        %v2127 = arith.muli %v2118, %v108 : i64
        %v2128 = arith.addi %v2127, %v2116 : i64
        %v2129 = llvm.getelementptr %in_delta[%v2126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2130 = llvm.load %v2129 : !llvm.ptr -> f32
        %v2131 = arith.addi %v2115, %v86 : i64
        %v2132 = arith.constant true
        %v2133 = arith.addi %v46, %v2131 : i64
        %v2134 = llvm.getelementptr %v36[%v2133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2135 = llvm.load %v2134 : !llvm.ptr<3> -> i64
        %v2136 = arith.addi %v1665, %v2116 : i64
        %v2137 = arith.cmpi slt, %v2136, %v94 : i64
        %v2138 = arith.subi %size_L, %v2 : i64
        %v2139 = arith.minsi %v2136, %v2138 : i64
        %v2140 = arith.subi %v105, %v2139 : i64
        %v2141 = arith.addi %v2135, %v2140 : i64
        %v2142 = arith.muli %v2133, %v108 : i64
        %v2143 = arith.addi %v2142, %v2116 : i64
        %v2144 = llvm.getelementptr %in_delta[%v2141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2145 = llvm.load %v2144 : !llvm.ptr -> f32
        %v2146 = arith.addi %v2115, %v127 : i64
        %v2147 = arith.constant true
        %v2148 = arith.addi %v46, %v2146 : i64
        %v2149 = llvm.getelementptr %v36[%v2148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2150 = llvm.load %v2149 : !llvm.ptr<3> -> i64
        %v2151 = arith.addi %v1665, %v2116 : i64
        %v2152 = arith.cmpi slt, %v2151, %v94 : i64
        %v2153 = arith.subi %size_L, %v2 : i64
        %v2154 = arith.minsi %v2151, %v2153 : i64
        %v2155 = arith.subi %v105, %v2154 : i64
        %v2156 = arith.addi %v2150, %v2155 : i64
        %v2157 = arith.muli %v2148, %v108 : i64
        %v2158 = arith.addi %v2157, %v2116 : i64
        %v2159 = llvm.getelementptr %in_delta[%v2156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2160 = llvm.load %v2159 : !llvm.ptr -> f32
        %v2161 = arith.addi %v2115, %v142 : i64
        %v2162 = arith.constant true
        %v2163 = arith.addi %v46, %v2161 : i64
        %v2164 = llvm.getelementptr %v36[%v2163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2165 = llvm.load %v2164 : !llvm.ptr<3> -> i64
        %v2166 = arith.addi %v1665, %v2116 : i64
        %v2167 = arith.cmpi slt, %v2166, %v94 : i64
        %v2168 = arith.subi %size_L, %v2 : i64
        %v2169 = arith.minsi %v2166, %v2168 : i64
        %v2170 = arith.subi %v105, %v2169 : i64
        %v2171 = arith.addi %v2165, %v2170 : i64
        %v2172 = arith.muli %v2163, %v108 : i64
        %v2173 = arith.addi %v2172, %v2116 : i64
        %v2174 = llvm.getelementptr %in_delta[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
        %v2176 = arith.addi %v2115, %v157 : i64
        %v2177 = arith.constant true
        %v2178 = arith.addi %v46, %v2176 : i64
        %v2179 = llvm.getelementptr %v36[%v2178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2180 = llvm.load %v2179 : !llvm.ptr<3> -> i64
        %v2181 = arith.addi %v1665, %v2116 : i64
        %v2182 = arith.cmpi slt, %v2181, %v94 : i64
        %v2183 = arith.subi %size_L, %v2 : i64
        %v2184 = arith.minsi %v2181, %v2183 : i64
        %v2185 = arith.subi %v105, %v2184 : i64
        %v2186 = arith.addi %v2180, %v2185 : i64
        %v2187 = arith.muli %v2178, %v108 : i64
        %v2188 = arith.addi %v2187, %v2116 : i64
        %v2189 = llvm.getelementptr %in_delta[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
        %v2191 = arith.addi %v2115, %v172 : i64
        %v2192 = arith.constant true
        %v2193 = arith.addi %v46, %v2191 : i64
        %v2194 = llvm.getelementptr %v36[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2195 = llvm.load %v2194 : !llvm.ptr<3> -> i64
        %v2196 = arith.addi %v1665, %v2116 : i64
        %v2197 = arith.cmpi slt, %v2196, %v94 : i64
        %v2198 = arith.subi %size_L, %v2 : i64
        %v2199 = arith.minsi %v2196, %v2198 : i64
        %v2200 = arith.subi %v105, %v2199 : i64
        %v2201 = arith.addi %v2195, %v2200 : i64
        %v2202 = arith.muli %v2193, %v108 : i64
        %v2203 = arith.addi %v2202, %v2116 : i64
        %v2204 = llvm.getelementptr %in_delta[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2205 = llvm.load %v2204 : !llvm.ptr -> f32
        %v2206 = arith.addi %v2115, %v187 : i64
        %v2207 = arith.constant true
        %v2208 = arith.addi %v46, %v2206 : i64
        %v2209 = llvm.getelementptr %v36[%v2208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2210 = llvm.load %v2209 : !llvm.ptr<3> -> i64
        %v2211 = arith.addi %v1665, %v2116 : i64
        %v2212 = arith.cmpi slt, %v2211, %v94 : i64
        %v2213 = arith.subi %size_L, %v2 : i64
        %v2214 = arith.minsi %v2211, %v2213 : i64
        %v2215 = arith.subi %v105, %v2214 : i64
        %v2216 = arith.addi %v2210, %v2215 : i64
        %v2217 = arith.muli %v2208, %v108 : i64
        %v2218 = arith.addi %v2217, %v2116 : i64
        %v2219 = llvm.getelementptr %in_delta[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
        %v2221 = arith.addi %v2115, %v202 : i64
        %v2222 = arith.constant true
        %v2223 = arith.addi %v46, %v2221 : i64
        %v2224 = llvm.getelementptr %v36[%v2223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2225 = llvm.load %v2224 : !llvm.ptr<3> -> i64
        %v2226 = arith.addi %v1665, %v2116 : i64
        %v2227 = arith.cmpi slt, %v2226, %v94 : i64
        %v2228 = arith.subi %size_L, %v2 : i64
        %v2229 = arith.minsi %v2226, %v2228 : i64
        %v2230 = arith.subi %v105, %v2229 : i64
        %v2231 = arith.addi %v2225, %v2230 : i64
        %v2232 = arith.muli %v2223, %v108 : i64
        %v2233 = arith.addi %v2232, %v2116 : i64
        %v2234 = llvm.getelementptr %in_delta[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2235 = llvm.load %v2234 : !llvm.ptr -> f32
        %v2236 = arith.addi %v2115, %v1 : i64
        %v2237 = arith.constant true
        %v2238 = arith.addi %v46, %v2236 : i64
        %v2239 = llvm.getelementptr %v36[%v2238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2240 = llvm.load %v2239 : !llvm.ptr<3> -> i64
        %v2241 = arith.addi %v1665, %v2116 : i64
        %v2242 = arith.cmpi slt, %v2241, %v94 : i64
        %v2243 = arith.subi %size_L, %v2 : i64
        %v2244 = arith.minsi %v2241, %v2243 : i64
        %v2245 = arith.subi %v105, %v2244 : i64
        %v2246 = arith.addi %v2240, %v2245 : i64
        %v2247 = arith.muli %v2238, %v108 : i64
        %v2248 = arith.addi %v2247, %v2116 : i64
        %v2249 = llvm.getelementptr %in_delta[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2250 = llvm.load %v2249 : !llvm.ptr -> f32
        %v2251 = arith.addi %v2115, %v231 : i64
        %v2252 = arith.constant true
        %v2253 = arith.addi %v46, %v2251 : i64
        %v2254 = llvm.getelementptr %v36[%v2253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2255 = llvm.load %v2254 : !llvm.ptr<3> -> i64
        %v2256 = arith.addi %v1665, %v2116 : i64
        %v2257 = arith.cmpi slt, %v2256, %v94 : i64
        %v2258 = arith.subi %size_L, %v2 : i64
        %v2259 = arith.minsi %v2256, %v2258 : i64
        %v2260 = arith.subi %v105, %v2259 : i64
        %v2261 = arith.addi %v2255, %v2260 : i64
        %v2262 = arith.muli %v2253, %v108 : i64
        %v2263 = arith.addi %v2262, %v2116 : i64
        %v2264 = llvm.getelementptr %in_delta[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
        %v2266 = arith.addi %v2115, %v246 : i64
        %v2267 = arith.constant true
        %v2268 = arith.addi %v46, %v2266 : i64
        %v2269 = llvm.getelementptr %v36[%v2268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2270 = llvm.load %v2269 : !llvm.ptr<3> -> i64
        %v2271 = arith.addi %v1665, %v2116 : i64
        %v2272 = arith.cmpi slt, %v2271, %v94 : i64
        %v2273 = arith.subi %size_L, %v2 : i64
        %v2274 = arith.minsi %v2271, %v2273 : i64
        %v2275 = arith.subi %v105, %v2274 : i64
        %v2276 = arith.addi %v2270, %v2275 : i64
        %v2277 = arith.muli %v2268, %v108 : i64
        %v2278 = arith.addi %v2277, %v2116 : i64
        %v2279 = llvm.getelementptr %in_delta[%v2276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
        %v2281 = arith.addi %v2115, %v261 : i64
        %v2282 = arith.constant true
        %v2283 = arith.addi %v46, %v2281 : i64
        %v2284 = llvm.getelementptr %v36[%v2283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2285 = llvm.load %v2284 : !llvm.ptr<3> -> i64
        %v2286 = arith.addi %v1665, %v2116 : i64
        %v2287 = arith.cmpi slt, %v2286, %v94 : i64
        %v2288 = arith.subi %size_L, %v2 : i64
        %v2289 = arith.minsi %v2286, %v2288 : i64
        %v2290 = arith.subi %v105, %v2289 : i64
        %v2291 = arith.addi %v2285, %v2290 : i64
        %v2292 = arith.muli %v2283, %v108 : i64
        %v2293 = arith.addi %v2292, %v2116 : i64
        %v2294 = llvm.getelementptr %in_delta[%v2291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2295 = llvm.load %v2294 : !llvm.ptr -> f32
        %v2296 = arith.addi %v2115, %v276 : i64
        %v2297 = arith.constant true
        %v2298 = arith.addi %v46, %v2296 : i64
        %v2299 = llvm.getelementptr %v36[%v2298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2300 = llvm.load %v2299 : !llvm.ptr<3> -> i64
        %v2301 = arith.addi %v1665, %v2116 : i64
        %v2302 = arith.cmpi slt, %v2301, %v94 : i64
        %v2303 = arith.subi %size_L, %v2 : i64
        %v2304 = arith.minsi %v2301, %v2303 : i64
        %v2305 = arith.subi %v105, %v2304 : i64
        %v2306 = arith.addi %v2300, %v2305 : i64
        %v2307 = arith.muli %v2298, %v108 : i64
        %v2308 = arith.addi %v2307, %v2116 : i64
        %v2309 = llvm.getelementptr %in_delta[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2310 = llvm.load %v2309 : !llvm.ptr -> f32
        %v2311 = arith.addi %v2115, %v291 : i64
        %v2312 = arith.constant true
        %v2313 = arith.addi %v46, %v2311 : i64
        %v2314 = llvm.getelementptr %v36[%v2313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2315 = llvm.load %v2314 : !llvm.ptr<3> -> i64
        %v2316 = arith.addi %v1665, %v2116 : i64
        %v2317 = arith.cmpi slt, %v2316, %v94 : i64
        %v2318 = arith.subi %size_L, %v2 : i64
        %v2319 = arith.minsi %v2316, %v2318 : i64
        %v2320 = arith.subi %v105, %v2319 : i64
        %v2321 = arith.addi %v2315, %v2320 : i64
        %v2322 = arith.muli %v2313, %v108 : i64
        %v2323 = arith.addi %v2322, %v2116 : i64
        %v2324 = llvm.getelementptr %in_delta[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
        %v2326 = arith.addi %v2115, %v306 : i64
        %v2327 = arith.constant true
        %v2328 = arith.addi %v46, %v2326 : i64
        %v2329 = llvm.getelementptr %v36[%v2328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2330 = llvm.load %v2329 : !llvm.ptr<3> -> i64
        %v2331 = arith.addi %v1665, %v2116 : i64
        %v2332 = arith.cmpi slt, %v2331, %v94 : i64
        %v2333 = arith.subi %size_L, %v2 : i64
        %v2334 = arith.minsi %v2331, %v2333 : i64
        %v2335 = arith.subi %v105, %v2334 : i64
        %v2336 = arith.addi %v2330, %v2335 : i64
        %v2337 = arith.muli %v2328, %v108 : i64
        %v2338 = arith.addi %v2337, %v2116 : i64
        %v2339 = llvm.getelementptr %in_delta[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
        %v2341 = arith.addi %v2115, %v321 : i64
        %v2342 = arith.constant true
        %v2343 = arith.addi %v46, %v2341 : i64
        %v2344 = llvm.getelementptr %v36[%v2343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2345 = llvm.load %v2344 : !llvm.ptr<3> -> i64
        %v2346 = arith.addi %v1665, %v2116 : i64
        %v2347 = arith.cmpi slt, %v2346, %v94 : i64
        %v2348 = arith.subi %size_L, %v2 : i64
        %v2349 = arith.minsi %v2346, %v2348 : i64
        %v2350 = arith.subi %v105, %v2349 : i64
        %v2351 = arith.addi %v2345, %v2350 : i64
        %v2352 = arith.muli %v2343, %v108 : i64
        %v2353 = arith.addi %v2352, %v2116 : i64
        %v2354 = llvm.getelementptr %in_delta[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2355 = llvm.load %v2354 : !llvm.ptr -> f32
        %v2356 = arith.addi %v2115, %v95 : i64
        %v2357 = arith.constant true
        %v2358 = arith.addi %v46, %v2356 : i64
        %v2359 = llvm.getelementptr %v36[%v2358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2360 = llvm.load %v2359 : !llvm.ptr<3> -> i64
        %v2361 = arith.addi %v1665, %v2116 : i64
        %v2362 = arith.cmpi slt, %v2361, %v94 : i64
        %v2363 = arith.subi %size_L, %v2 : i64
        %v2364 = arith.minsi %v2361, %v2363 : i64
        %v2365 = arith.subi %v105, %v2364 : i64
        %v2366 = arith.addi %v2360, %v2365 : i64
        %v2367 = arith.muli %v2358, %v108 : i64
        %v2368 = arith.addi %v2367, %v2116 : i64
        %v2369 = llvm.getelementptr %in_delta[%v2366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2370 = llvm.load %v2369 : !llvm.ptr -> f32
        %v2371 = arith.addi %v2115, %v350 : i64
        %v2372 = arith.constant true
        %v2373 = arith.addi %v46, %v2371 : i64
        %v2374 = llvm.getelementptr %v36[%v2373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2375 = llvm.load %v2374 : !llvm.ptr<3> -> i64
        %v2376 = arith.addi %v1665, %v2116 : i64
        %v2377 = arith.cmpi slt, %v2376, %v94 : i64
        %v2378 = arith.subi %size_L, %v2 : i64
        %v2379 = arith.minsi %v2376, %v2378 : i64
        %v2380 = arith.subi %v105, %v2379 : i64
        %v2381 = arith.addi %v2375, %v2380 : i64
        %v2382 = arith.muli %v2373, %v108 : i64
        %v2383 = arith.addi %v2382, %v2116 : i64
        %v2384 = llvm.getelementptr %in_delta[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
        %v2386 = arith.addi %v2115, %v365 : i64
        %v2387 = arith.constant true
        %v2388 = arith.addi %v46, %v2386 : i64
        %v2389 = llvm.getelementptr %v36[%v2388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2390 = llvm.load %v2389 : !llvm.ptr<3> -> i64
        %v2391 = arith.addi %v1665, %v2116 : i64
        %v2392 = arith.cmpi slt, %v2391, %v94 : i64
        %v2393 = arith.subi %size_L, %v2 : i64
        %v2394 = arith.minsi %v2391, %v2393 : i64
        %v2395 = arith.subi %v105, %v2394 : i64
        %v2396 = arith.addi %v2390, %v2395 : i64
        %v2397 = arith.muli %v2388, %v108 : i64
        %v2398 = arith.addi %v2397, %v2116 : i64
        %v2399 = llvm.getelementptr %in_delta[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
        %v2401 = arith.addi %v2115, %v380 : i64
        %v2402 = arith.constant true
        %v2403 = arith.addi %v46, %v2401 : i64
        %v2404 = llvm.getelementptr %v36[%v2403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2405 = llvm.load %v2404 : !llvm.ptr<3> -> i64
        %v2406 = arith.addi %v1665, %v2116 : i64
        %v2407 = arith.cmpi slt, %v2406, %v94 : i64
        %v2408 = arith.subi %size_L, %v2 : i64
        %v2409 = arith.minsi %v2406, %v2408 : i64
        %v2410 = arith.subi %v105, %v2409 : i64
        %v2411 = arith.addi %v2405, %v2410 : i64
        %v2412 = arith.muli %v2403, %v108 : i64
        %v2413 = arith.addi %v2412, %v2116 : i64
        %v2414 = llvm.getelementptr %in_delta[%v2411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2415 = llvm.load %v2414 : !llvm.ptr -> f32
        %v2416 = arith.addi %v2115, %v395 : i64
        %v2417 = arith.constant true
        %v2418 = arith.addi %v46, %v2416 : i64
        %v2419 = llvm.getelementptr %v36[%v2418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2420 = llvm.load %v2419 : !llvm.ptr<3> -> i64
        %v2421 = arith.addi %v1665, %v2116 : i64
        %v2422 = arith.cmpi slt, %v2421, %v94 : i64
        %v2423 = arith.subi %size_L, %v2 : i64
        %v2424 = arith.minsi %v2421, %v2423 : i64
        %v2425 = arith.subi %v105, %v2424 : i64
        %v2426 = arith.addi %v2420, %v2425 : i64
        %v2427 = arith.muli %v2418, %v108 : i64
        %v2428 = arith.addi %v2427, %v2116 : i64
        %v2429 = llvm.getelementptr %in_delta[%v2426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2430 = llvm.load %v2429 : !llvm.ptr -> f32
        %v2431 = arith.addi %v2115, %v410 : i64
        %v2432 = arith.constant true
        %v2433 = arith.addi %v46, %v2431 : i64
        %v2434 = llvm.getelementptr %v36[%v2433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2435 = llvm.load %v2434 : !llvm.ptr<3> -> i64
        %v2436 = arith.addi %v1665, %v2116 : i64
        %v2437 = arith.cmpi slt, %v2436, %v94 : i64
        %v2438 = arith.subi %size_L, %v2 : i64
        %v2439 = arith.minsi %v2436, %v2438 : i64
        %v2440 = arith.subi %v105, %v2439 : i64
        %v2441 = arith.addi %v2435, %v2440 : i64
        %v2442 = arith.muli %v2433, %v108 : i64
        %v2443 = arith.addi %v2442, %v2116 : i64
        %v2444 = llvm.getelementptr %in_delta[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2445 = llvm.load %v2444 : !llvm.ptr -> f32
        %v2446 = arith.addi %v2115, %v425 : i64
        %v2447 = arith.constant true
        %v2448 = arith.addi %v46, %v2446 : i64
        %v2449 = llvm.getelementptr %v36[%v2448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2450 = llvm.load %v2449 : !llvm.ptr<3> -> i64
        %v2451 = arith.addi %v1665, %v2116 : i64
        %v2452 = arith.cmpi slt, %v2451, %v94 : i64
        %v2453 = arith.subi %size_L, %v2 : i64
        %v2454 = arith.minsi %v2451, %v2453 : i64
        %v2455 = arith.subi %v105, %v2454 : i64
        %v2456 = arith.addi %v2450, %v2455 : i64
        %v2457 = arith.muli %v2448, %v108 : i64
        %v2458 = arith.addi %v2457, %v2116 : i64
        %v2459 = llvm.getelementptr %in_delta[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
        %v2461 = arith.addi %v2115, %v440 : i64
        %v2462 = arith.constant true
        %v2463 = arith.addi %v46, %v2461 : i64
        %v2464 = llvm.getelementptr %v36[%v2463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2465 = llvm.load %v2464 : !llvm.ptr<3> -> i64
        %v2466 = arith.addi %v1665, %v2116 : i64
        %v2467 = arith.cmpi slt, %v2466, %v94 : i64
        %v2468 = arith.subi %size_L, %v2 : i64
        %v2469 = arith.minsi %v2466, %v2468 : i64
        %v2470 = arith.subi %v105, %v2469 : i64
        %v2471 = arith.addi %v2465, %v2470 : i64
        %v2472 = arith.muli %v2463, %v108 : i64
        %v2473 = arith.addi %v2472, %v2116 : i64
        %v2474 = llvm.getelementptr %in_delta[%v2471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
        %v2476 = arith.addi %v2115, %v455 : i64
        %v2477 = arith.constant true
        %v2478 = arith.addi %v46, %v2476 : i64
        %v2479 = llvm.getelementptr %v36[%v2478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2480 = llvm.load %v2479 : !llvm.ptr<3> -> i64
        %v2481 = arith.addi %v1665, %v2116 : i64
        %v2482 = arith.cmpi slt, %v2481, %v94 : i64
        %v2483 = arith.subi %size_L, %v2 : i64
        %v2484 = arith.minsi %v2481, %v2483 : i64
        %v2485 = arith.subi %v105, %v2484 : i64
        %v2486 = arith.addi %v2480, %v2485 : i64
        %v2487 = arith.muli %v2478, %v108 : i64
        %v2488 = arith.addi %v2487, %v2116 : i64
        %v2489 = llvm.getelementptr %in_delta[%v2486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2490 = llvm.load %v2489 : !llvm.ptr -> f32
        %v2491 = arith.addi %v2115, %v470 : i64
        %v2492 = arith.constant true
        %v2493 = arith.addi %v46, %v2491 : i64
        %v2494 = llvm.getelementptr %v36[%v2493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2495 = llvm.load %v2494 : !llvm.ptr<3> -> i64
        %v2496 = arith.addi %v1665, %v2116 : i64
        %v2497 = arith.cmpi slt, %v2496, %v94 : i64
        %v2498 = arith.subi %size_L, %v2 : i64
        %v2499 = arith.minsi %v2496, %v2498 : i64
        %v2500 = arith.subi %v105, %v2499 : i64
        %v2501 = arith.addi %v2495, %v2500 : i64
        %v2502 = arith.muli %v2493, %v108 : i64
        %v2503 = arith.addi %v2502, %v2116 : i64
        %v2504 = llvm.getelementptr %in_delta[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2505 = llvm.load %v2504 : !llvm.ptr -> f32
        %v2506 = arith.addi %v2115, %v485 : i64
        %v2507 = arith.constant true
        %v2508 = arith.addi %v46, %v2506 : i64
        %v2509 = llvm.getelementptr %v36[%v2508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2510 = llvm.load %v2509 : !llvm.ptr<3> -> i64
        %v2511 = arith.addi %v1665, %v2116 : i64
        %v2512 = arith.cmpi slt, %v2511, %v94 : i64
        %v2513 = arith.subi %size_L, %v2 : i64
        %v2514 = arith.minsi %v2511, %v2513 : i64
        %v2515 = arith.subi %v105, %v2514 : i64
        %v2516 = arith.addi %v2510, %v2515 : i64
        %v2517 = arith.muli %v2508, %v108 : i64
        %v2518 = arith.addi %v2517, %v2116 : i64
        %v2519 = llvm.getelementptr %in_delta[%v2516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2520 = llvm.load %v2519 : !llvm.ptr -> f32
        %v2521 = arith.addi %v2115, %v500 : i64
        %v2522 = arith.constant true
        %v2523 = arith.addi %v46, %v2521 : i64
        %v2524 = llvm.getelementptr %v36[%v2523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2525 = llvm.load %v2524 : !llvm.ptr<3> -> i64
        %v2526 = arith.addi %v1665, %v2116 : i64
        %v2527 = arith.cmpi slt, %v2526, %v94 : i64
        %v2528 = arith.subi %size_L, %v2 : i64
        %v2529 = arith.minsi %v2526, %v2528 : i64
        %v2530 = arith.subi %v105, %v2529 : i64
        %v2531 = arith.addi %v2525, %v2530 : i64
        %v2532 = arith.muli %v2523, %v108 : i64
        %v2533 = arith.addi %v2532, %v2116 : i64
        %v2534 = llvm.getelementptr %in_delta[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2535 = llvm.load %v2534 : !llvm.ptr -> f32
        %v2536 = arith.addi %v2115, %v515 : i64
        %v2537 = arith.constant true
        %v2538 = arith.addi %v46, %v2536 : i64
        %v2539 = llvm.getelementptr %v36[%v2538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2540 = llvm.load %v2539 : !llvm.ptr<3> -> i64
        %v2541 = arith.addi %v1665, %v2116 : i64
        %v2542 = arith.cmpi slt, %v2541, %v94 : i64
        %v2543 = arith.subi %size_L, %v2 : i64
        %v2544 = arith.minsi %v2541, %v2543 : i64
        %v2545 = arith.subi %v105, %v2544 : i64
        %v2546 = arith.addi %v2540, %v2545 : i64
        %v2547 = arith.muli %v2538, %v108 : i64
        %v2548 = arith.addi %v2547, %v2116 : i64
        %v2549 = llvm.getelementptr %in_delta[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2550 = llvm.load %v2549 : !llvm.ptr -> f32
        %v2551 = arith.addi %v2115, %v530 : i64
        %v2552 = arith.constant true
        %v2553 = arith.addi %v46, %v2551 : i64
        %v2554 = llvm.getelementptr %v36[%v2553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2555 = llvm.load %v2554 : !llvm.ptr<3> -> i64
        %v2556 = arith.addi %v1665, %v2116 : i64
        %v2557 = arith.cmpi slt, %v2556, %v94 : i64
        %v2558 = arith.subi %size_L, %v2 : i64
        %v2559 = arith.minsi %v2556, %v2558 : i64
        %v2560 = arith.subi %v105, %v2559 : i64
        %v2561 = arith.addi %v2555, %v2560 : i64
        %v2562 = arith.muli %v2553, %v108 : i64
        %v2563 = arith.addi %v2562, %v2116 : i64
        %v2564 = llvm.getelementptr %in_delta[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
        %v2566 = arith.addi %v2115, %v545 : i64
        %v2567 = arith.constant true
        %v2568 = arith.addi %v46, %v2566 : i64
        %v2569 = llvm.getelementptr %v36[%v2568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2570 = llvm.load %v2569 : !llvm.ptr<3> -> i64
        %v2571 = arith.addi %v1665, %v2116 : i64
        %v2572 = arith.cmpi slt, %v2571, %v94 : i64
        %v2573 = arith.subi %size_L, %v2 : i64
        %v2574 = arith.minsi %v2571, %v2573 : i64
        %v2575 = arith.subi %v105, %v2574 : i64
        %v2576 = arith.addi %v2570, %v2575 : i64
        %v2577 = arith.muli %v2568, %v108 : i64
        %v2578 = arith.addi %v2577, %v2116 : i64
        %v2579 = llvm.getelementptr %in_delta[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2580 = llvm.load %v2579 : !llvm.ptr -> f32
        %v2581 = arith.addi %v2115, %v560 : i64
        %v2582 = arith.constant true
        %v2583 = arith.addi %v46, %v2581 : i64
        %v2584 = llvm.getelementptr %v36[%v2583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2585 = llvm.load %v2584 : !llvm.ptr<3> -> i64
        %v2586 = arith.addi %v1665, %v2116 : i64
        %v2587 = arith.cmpi slt, %v2586, %v94 : i64
        %v2588 = arith.subi %size_L, %v2 : i64
        %v2589 = arith.minsi %v2586, %v2588 : i64
        %v2590 = arith.subi %v105, %v2589 : i64
        %v2591 = arith.addi %v2585, %v2590 : i64
        %v2592 = arith.muli %v2583, %v108 : i64
        %v2593 = arith.addi %v2592, %v2116 : i64
        %v2594 = llvm.getelementptr %in_delta[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2595 = llvm.load %v2594 : !llvm.ptr -> f32
        %v2596 = arith.divui %v44, %v95 : i64
        %v2597 = arith.remui %v44, %v95 : i64
        %v2598 = arith.constant true
        %v2599 = arith.addi %v87, %v2596 : i64
        %v2600 = llvm.getelementptr %v36[%v2599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2601 = llvm.load %v2600 : !llvm.ptr<3> -> i64
        %v2602 = arith.addi %v1665, %v2597 : i64
        %v2603 = arith.cmpi slt, %v2602, %v94 : i64
        %v2604 = arith.subi %size_L, %v2 : i64
        %v2605 = arith.minsi %v2602, %v2604 : i64
        %v2606 = arith.subi %v105, %v2605 : i64
        %v2607 = arith.addi %v2601, %v2606 : i64
        %v2608 = arith.muli %v2599, %v108 : i64
        %v2609 = arith.addi %v2608, %v2597 : i64
        %v2610 = llvm.getelementptr %in_z[%v2607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2611 = llvm.load %v2610 : !llvm.ptr -> f32
        %v2612 = arith.addi %v2596, %v86 : i64
        %v2613 = arith.constant true
        %v2614 = arith.addi %v87, %v2612 : i64
        %v2615 = llvm.getelementptr %v36[%v2614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2616 = llvm.load %v2615 : !llvm.ptr<3> -> i64
        %v2617 = arith.addi %v1665, %v2597 : i64
        %v2618 = arith.cmpi slt, %v2617, %v94 : i64
        %v2619 = arith.subi %size_L, %v2 : i64
        %v2620 = arith.minsi %v2617, %v2619 : i64
        %v2621 = arith.subi %v105, %v2620 : i64
        %v2622 = arith.addi %v2616, %v2621 : i64
        %v2623 = arith.muli %v2614, %v108 : i64
        %v2624 = arith.addi %v2623, %v2597 : i64
        %v2625 = llvm.getelementptr %in_z[%v2622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2626 = llvm.load %v2625 : !llvm.ptr -> f32
        %v2627 = arith.addi %v2596, %v127 : i64
        %v2628 = arith.constant true
        %v2629 = arith.addi %v87, %v2627 : i64
        %v2630 = llvm.getelementptr %v36[%v2629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2631 = llvm.load %v2630 : !llvm.ptr<3> -> i64
        %v2632 = arith.addi %v1665, %v2597 : i64
        %v2633 = arith.cmpi slt, %v2632, %v94 : i64
        %v2634 = arith.subi %size_L, %v2 : i64
        %v2635 = arith.minsi %v2632, %v2634 : i64
        %v2636 = arith.subi %v105, %v2635 : i64
        %v2637 = arith.addi %v2631, %v2636 : i64
        %v2638 = arith.muli %v2629, %v108 : i64
        %v2639 = arith.addi %v2638, %v2597 : i64
        %v2640 = llvm.getelementptr %in_z[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2641 = llvm.load %v2640 : !llvm.ptr -> f32
        %v2642 = arith.addi %v2596, %v142 : i64
        %v2643 = arith.constant true
        %v2644 = arith.addi %v87, %v2642 : i64
        %v2645 = llvm.getelementptr %v36[%v2644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2646 = llvm.load %v2645 : !llvm.ptr<3> -> i64
        %v2647 = arith.addi %v1665, %v2597 : i64
        %v2648 = arith.cmpi slt, %v2647, %v94 : i64
        %v2649 = arith.subi %size_L, %v2 : i64
        %v2650 = arith.minsi %v2647, %v2649 : i64
        %v2651 = arith.subi %v105, %v2650 : i64
        %v2652 = arith.addi %v2646, %v2651 : i64
        %v2653 = arith.muli %v2644, %v108 : i64
        %v2654 = arith.addi %v2653, %v2597 : i64
        %v2655 = llvm.getelementptr %in_z[%v2652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2656 = llvm.load %v2655 : !llvm.ptr -> f32
        %v2657 = arith.addi %v2596, %v157 : i64
        %v2658 = arith.constant true
        %v2659 = arith.addi %v87, %v2657 : i64
        %v2660 = llvm.getelementptr %v36[%v2659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2661 = llvm.load %v2660 : !llvm.ptr<3> -> i64
        %v2662 = arith.addi %v1665, %v2597 : i64
        %v2663 = arith.cmpi slt, %v2662, %v94 : i64
        %v2664 = arith.subi %size_L, %v2 : i64
        %v2665 = arith.minsi %v2662, %v2664 : i64
        %v2666 = arith.subi %v105, %v2665 : i64
        %v2667 = arith.addi %v2661, %v2666 : i64
        %v2668 = arith.muli %v2659, %v108 : i64
        %v2669 = arith.addi %v2668, %v2597 : i64
        %v2670 = llvm.getelementptr %in_z[%v2667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2671 = llvm.load %v2670 : !llvm.ptr -> f32
        %v2672 = arith.addi %v2596, %v172 : i64
        %v2673 = arith.constant true
        %v2674 = arith.addi %v87, %v2672 : i64
        %v2675 = llvm.getelementptr %v36[%v2674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2676 = llvm.load %v2675 : !llvm.ptr<3> -> i64
        %v2677 = arith.addi %v1665, %v2597 : i64
        %v2678 = arith.cmpi slt, %v2677, %v94 : i64
        %v2679 = arith.subi %size_L, %v2 : i64
        %v2680 = arith.minsi %v2677, %v2679 : i64
        %v2681 = arith.subi %v105, %v2680 : i64
        %v2682 = arith.addi %v2676, %v2681 : i64
        %v2683 = arith.muli %v2674, %v108 : i64
        %v2684 = arith.addi %v2683, %v2597 : i64
        %v2685 = llvm.getelementptr %in_z[%v2682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
        %v2687 = arith.addi %v2596, %v187 : i64
        %v2688 = arith.constant true
        %v2689 = arith.addi %v87, %v2687 : i64
        %v2690 = llvm.getelementptr %v36[%v2689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2691 = llvm.load %v2690 : !llvm.ptr<3> -> i64
        %v2692 = arith.addi %v1665, %v2597 : i64
        %v2693 = arith.cmpi slt, %v2692, %v94 : i64
        %v2694 = arith.subi %size_L, %v2 : i64
        %v2695 = arith.minsi %v2692, %v2694 : i64
        %v2696 = arith.subi %v105, %v2695 : i64
        %v2697 = arith.addi %v2691, %v2696 : i64
        %v2698 = arith.muli %v2689, %v108 : i64
        %v2699 = arith.addi %v2698, %v2597 : i64
        %v2700 = llvm.getelementptr %in_z[%v2697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2701 = llvm.load %v2700 : !llvm.ptr -> f32
        %v2702 = arith.addi %v2596, %v202 : i64
        %v2703 = arith.constant true
        %v2704 = arith.addi %v87, %v2702 : i64
        %v2705 = llvm.getelementptr %v36[%v2704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2706 = llvm.load %v2705 : !llvm.ptr<3> -> i64
        %v2707 = arith.addi %v1665, %v2597 : i64
        %v2708 = arith.cmpi slt, %v2707, %v94 : i64
        %v2709 = arith.subi %size_L, %v2 : i64
        %v2710 = arith.minsi %v2707, %v2709 : i64
        %v2711 = arith.subi %v105, %v2710 : i64
        %v2712 = arith.addi %v2706, %v2711 : i64
        %v2713 = arith.muli %v2704, %v108 : i64
        %v2714 = arith.addi %v2713, %v2597 : i64
        %v2715 = llvm.getelementptr %in_z[%v2712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2716 = llvm.load %v2715 : !llvm.ptr -> f32
        %v2717 = arith.addi %v2596, %v1 : i64
        %v2718 = arith.constant true
        %v2719 = arith.addi %v87, %v2717 : i64
        %v2720 = llvm.getelementptr %v36[%v2719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2721 = llvm.load %v2720 : !llvm.ptr<3> -> i64
        %v2722 = arith.addi %v1665, %v2597 : i64
        %v2723 = arith.cmpi slt, %v2722, %v94 : i64
        %v2724 = arith.subi %size_L, %v2 : i64
        %v2725 = arith.minsi %v2722, %v2724 : i64
        %v2726 = arith.subi %v105, %v2725 : i64
        %v2727 = arith.addi %v2721, %v2726 : i64
        %v2728 = arith.muli %v2719, %v108 : i64
        %v2729 = arith.addi %v2728, %v2597 : i64
        %v2730 = llvm.getelementptr %in_z[%v2727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2731 = llvm.load %v2730 : !llvm.ptr -> f32
        %v2732 = arith.addi %v2596, %v231 : i64
        %v2733 = arith.constant true
        %v2734 = arith.addi %v87, %v2732 : i64
        %v2735 = llvm.getelementptr %v36[%v2734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2736 = llvm.load %v2735 : !llvm.ptr<3> -> i64
        %v2737 = arith.addi %v1665, %v2597 : i64
        %v2738 = arith.cmpi slt, %v2737, %v94 : i64
        %v2739 = arith.subi %size_L, %v2 : i64
        %v2740 = arith.minsi %v2737, %v2739 : i64
        %v2741 = arith.subi %v105, %v2740 : i64
        %v2742 = arith.addi %v2736, %v2741 : i64
        %v2743 = arith.muli %v2734, %v108 : i64
        %v2744 = arith.addi %v2743, %v2597 : i64
        %v2745 = llvm.getelementptr %in_z[%v2742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2746 = llvm.load %v2745 : !llvm.ptr -> f32
        %v2747 = arith.addi %v2596, %v246 : i64
        %v2748 = arith.constant true
        %v2749 = arith.addi %v87, %v2747 : i64
        %v2750 = llvm.getelementptr %v36[%v2749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2751 = llvm.load %v2750 : !llvm.ptr<3> -> i64
        %v2752 = arith.addi %v1665, %v2597 : i64
        %v2753 = arith.cmpi slt, %v2752, %v94 : i64
        %v2754 = arith.subi %size_L, %v2 : i64
        %v2755 = arith.minsi %v2752, %v2754 : i64
        %v2756 = arith.subi %v105, %v2755 : i64
        %v2757 = arith.addi %v2751, %v2756 : i64
        %v2758 = arith.muli %v2749, %v108 : i64
        %v2759 = arith.addi %v2758, %v2597 : i64
        %v2760 = llvm.getelementptr %in_z[%v2757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2761 = llvm.load %v2760 : !llvm.ptr -> f32
        %v2762 = arith.addi %v2596, %v261 : i64
        %v2763 = arith.constant true
        %v2764 = arith.addi %v87, %v2762 : i64
        %v2765 = llvm.getelementptr %v36[%v2764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2766 = llvm.load %v2765 : !llvm.ptr<3> -> i64
        %v2767 = arith.addi %v1665, %v2597 : i64
        %v2768 = arith.cmpi slt, %v2767, %v94 : i64
        %v2769 = arith.subi %size_L, %v2 : i64
        %v2770 = arith.minsi %v2767, %v2769 : i64
        %v2771 = arith.subi %v105, %v2770 : i64
        %v2772 = arith.addi %v2766, %v2771 : i64
        %v2773 = arith.muli %v2764, %v108 : i64
        %v2774 = arith.addi %v2773, %v2597 : i64
        %v2775 = llvm.getelementptr %in_z[%v2772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2776 = llvm.load %v2775 : !llvm.ptr -> f32
        %v2777 = arith.addi %v2596, %v276 : i64
        %v2778 = arith.constant true
        %v2779 = arith.addi %v87, %v2777 : i64
        %v2780 = llvm.getelementptr %v36[%v2779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2781 = llvm.load %v2780 : !llvm.ptr<3> -> i64
        %v2782 = arith.addi %v1665, %v2597 : i64
        %v2783 = arith.cmpi slt, %v2782, %v94 : i64
        %v2784 = arith.subi %size_L, %v2 : i64
        %v2785 = arith.minsi %v2782, %v2784 : i64
        %v2786 = arith.subi %v105, %v2785 : i64
        %v2787 = arith.addi %v2781, %v2786 : i64
        %v2788 = arith.muli %v2779, %v108 : i64
        %v2789 = arith.addi %v2788, %v2597 : i64
        %v2790 = llvm.getelementptr %in_z[%v2787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2791 = llvm.load %v2790 : !llvm.ptr -> f32
        %v2792 = arith.addi %v2596, %v291 : i64
        %v2793 = arith.constant true
        %v2794 = arith.addi %v87, %v2792 : i64
        %v2795 = llvm.getelementptr %v36[%v2794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2796 = llvm.load %v2795 : !llvm.ptr<3> -> i64
        %v2797 = arith.addi %v1665, %v2597 : i64
        %v2798 = arith.cmpi slt, %v2797, %v94 : i64
        %v2799 = arith.subi %size_L, %v2 : i64
        %v2800 = arith.minsi %v2797, %v2799 : i64
        %v2801 = arith.subi %v105, %v2800 : i64
        %v2802 = arith.addi %v2796, %v2801 : i64
        %v2803 = arith.muli %v2794, %v108 : i64
        %v2804 = arith.addi %v2803, %v2597 : i64
        %v2805 = llvm.getelementptr %in_z[%v2802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2806 = llvm.load %v2805 : !llvm.ptr -> f32
        %v2807 = arith.addi %v2596, %v306 : i64
        %v2808 = arith.constant true
        %v2809 = arith.addi %v87, %v2807 : i64
        %v2810 = llvm.getelementptr %v36[%v2809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2811 = llvm.load %v2810 : !llvm.ptr<3> -> i64
        %v2812 = arith.addi %v1665, %v2597 : i64
        %v2813 = arith.cmpi slt, %v2812, %v94 : i64
        %v2814 = arith.subi %size_L, %v2 : i64
        %v2815 = arith.minsi %v2812, %v2814 : i64
        %v2816 = arith.subi %v105, %v2815 : i64
        %v2817 = arith.addi %v2811, %v2816 : i64
        %v2818 = arith.muli %v2809, %v108 : i64
        %v2819 = arith.addi %v2818, %v2597 : i64
        %v2820 = llvm.getelementptr %in_z[%v2817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2821 = llvm.load %v2820 : !llvm.ptr -> f32
        %v2822 = arith.addi %v2596, %v321 : i64
        %v2823 = arith.constant true
        %v2824 = arith.addi %v87, %v2822 : i64
        %v2825 = llvm.getelementptr %v36[%v2824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2826 = llvm.load %v2825 : !llvm.ptr<3> -> i64
        %v2827 = arith.addi %v1665, %v2597 : i64
        %v2828 = arith.cmpi slt, %v2827, %v94 : i64
        %v2829 = arith.subi %size_L, %v2 : i64
        %v2830 = arith.minsi %v2827, %v2829 : i64
        %v2831 = arith.subi %v105, %v2830 : i64
        %v2832 = arith.addi %v2826, %v2831 : i64
        %v2833 = arith.muli %v2824, %v108 : i64
        %v2834 = arith.addi %v2833, %v2597 : i64
        %v2835 = llvm.getelementptr %in_z[%v2832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2836 = llvm.load %v2835 : !llvm.ptr -> f32
        %v2837 = arith.addi %v2596, %v95 : i64
        %v2838 = arith.constant true
        %v2839 = arith.addi %v87, %v2837 : i64
        %v2840 = llvm.getelementptr %v36[%v2839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2841 = llvm.load %v2840 : !llvm.ptr<3> -> i64
        %v2842 = arith.addi %v1665, %v2597 : i64
        %v2843 = arith.cmpi slt, %v2842, %v94 : i64
        %v2844 = arith.subi %size_L, %v2 : i64
        %v2845 = arith.minsi %v2842, %v2844 : i64
        %v2846 = arith.subi %v105, %v2845 : i64
        %v2847 = arith.addi %v2841, %v2846 : i64
        %v2848 = arith.muli %v2839, %v108 : i64
        %v2849 = arith.addi %v2848, %v2597 : i64
        %v2850 = llvm.getelementptr %in_z[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2851 = llvm.load %v2850 : !llvm.ptr -> f32
        %v2852 = arith.addi %v2596, %v350 : i64
        %v2853 = arith.constant true
        %v2854 = arith.addi %v87, %v2852 : i64
        %v2855 = llvm.getelementptr %v36[%v2854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2856 = llvm.load %v2855 : !llvm.ptr<3> -> i64
        %v2857 = arith.addi %v1665, %v2597 : i64
        %v2858 = arith.cmpi slt, %v2857, %v94 : i64
        %v2859 = arith.subi %size_L, %v2 : i64
        %v2860 = arith.minsi %v2857, %v2859 : i64
        %v2861 = arith.subi %v105, %v2860 : i64
        %v2862 = arith.addi %v2856, %v2861 : i64
        %v2863 = arith.muli %v2854, %v108 : i64
        %v2864 = arith.addi %v2863, %v2597 : i64
        %v2865 = llvm.getelementptr %in_z[%v2862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2866 = llvm.load %v2865 : !llvm.ptr -> f32
        %v2867 = arith.addi %v2596, %v365 : i64
        %v2868 = arith.constant true
        %v2869 = arith.addi %v87, %v2867 : i64
        %v2870 = llvm.getelementptr %v36[%v2869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2871 = llvm.load %v2870 : !llvm.ptr<3> -> i64
        %v2872 = arith.addi %v1665, %v2597 : i64
        %v2873 = arith.cmpi slt, %v2872, %v94 : i64
        %v2874 = arith.subi %size_L, %v2 : i64
        %v2875 = arith.minsi %v2872, %v2874 : i64
        %v2876 = arith.subi %v105, %v2875 : i64
        %v2877 = arith.addi %v2871, %v2876 : i64
        %v2878 = arith.muli %v2869, %v108 : i64
        %v2879 = arith.addi %v2878, %v2597 : i64
        %v2880 = llvm.getelementptr %in_z[%v2877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2881 = llvm.load %v2880 : !llvm.ptr -> f32
        %v2882 = arith.addi %v2596, %v380 : i64
        %v2883 = arith.constant true
        %v2884 = arith.addi %v87, %v2882 : i64
        %v2885 = llvm.getelementptr %v36[%v2884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2886 = llvm.load %v2885 : !llvm.ptr<3> -> i64
        %v2887 = arith.addi %v1665, %v2597 : i64
        %v2888 = arith.cmpi slt, %v2887, %v94 : i64
        %v2889 = arith.subi %size_L, %v2 : i64
        %v2890 = arith.minsi %v2887, %v2889 : i64
        %v2891 = arith.subi %v105, %v2890 : i64
        %v2892 = arith.addi %v2886, %v2891 : i64
        %v2893 = arith.muli %v2884, %v108 : i64
        %v2894 = arith.addi %v2893, %v2597 : i64
        %v2895 = llvm.getelementptr %in_z[%v2892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2896 = llvm.load %v2895 : !llvm.ptr -> f32
        %v2897 = arith.addi %v2596, %v395 : i64
        %v2898 = arith.constant true
        %v2899 = arith.addi %v87, %v2897 : i64
        %v2900 = llvm.getelementptr %v36[%v2899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2901 = llvm.load %v2900 : !llvm.ptr<3> -> i64
        %v2902 = arith.addi %v1665, %v2597 : i64
        %v2903 = arith.cmpi slt, %v2902, %v94 : i64
        %v2904 = arith.subi %size_L, %v2 : i64
        %v2905 = arith.minsi %v2902, %v2904 : i64
        %v2906 = arith.subi %v105, %v2905 : i64
        %v2907 = arith.addi %v2901, %v2906 : i64
        %v2908 = arith.muli %v2899, %v108 : i64
        %v2909 = arith.addi %v2908, %v2597 : i64
        %v2910 = llvm.getelementptr %in_z[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2911 = llvm.load %v2910 : !llvm.ptr -> f32
        %v2912 = arith.addi %v2596, %v410 : i64
        %v2913 = arith.constant true
        %v2914 = arith.addi %v87, %v2912 : i64
        %v2915 = llvm.getelementptr %v36[%v2914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2916 = llvm.load %v2915 : !llvm.ptr<3> -> i64
        %v2917 = arith.addi %v1665, %v2597 : i64
        %v2918 = arith.cmpi slt, %v2917, %v94 : i64
        %v2919 = arith.subi %size_L, %v2 : i64
        %v2920 = arith.minsi %v2917, %v2919 : i64
        %v2921 = arith.subi %v105, %v2920 : i64
        %v2922 = arith.addi %v2916, %v2921 : i64
        %v2923 = arith.muli %v2914, %v108 : i64
        %v2924 = arith.addi %v2923, %v2597 : i64
        %v2925 = llvm.getelementptr %in_z[%v2922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2926 = llvm.load %v2925 : !llvm.ptr -> f32
        %v2927 = arith.addi %v2596, %v425 : i64
        %v2928 = arith.constant true
        %v2929 = arith.addi %v87, %v2927 : i64
        %v2930 = llvm.getelementptr %v36[%v2929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2931 = llvm.load %v2930 : !llvm.ptr<3> -> i64
        %v2932 = arith.addi %v1665, %v2597 : i64
        %v2933 = arith.cmpi slt, %v2932, %v94 : i64
        %v2934 = arith.subi %size_L, %v2 : i64
        %v2935 = arith.minsi %v2932, %v2934 : i64
        %v2936 = arith.subi %v105, %v2935 : i64
        %v2937 = arith.addi %v2931, %v2936 : i64
        %v2938 = arith.muli %v2929, %v108 : i64
        %v2939 = arith.addi %v2938, %v2597 : i64
        %v2940 = llvm.getelementptr %in_z[%v2937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2941 = llvm.load %v2940 : !llvm.ptr -> f32
        %v2942 = arith.addi %v2596, %v440 : i64
        %v2943 = arith.constant true
        %v2944 = arith.addi %v87, %v2942 : i64
        %v2945 = llvm.getelementptr %v36[%v2944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2946 = llvm.load %v2945 : !llvm.ptr<3> -> i64
        %v2947 = arith.addi %v1665, %v2597 : i64
        %v2948 = arith.cmpi slt, %v2947, %v94 : i64
        %v2949 = arith.subi %size_L, %v2 : i64
        %v2950 = arith.minsi %v2947, %v2949 : i64
        %v2951 = arith.subi %v105, %v2950 : i64
        %v2952 = arith.addi %v2946, %v2951 : i64
        %v2953 = arith.muli %v2944, %v108 : i64
        %v2954 = arith.addi %v2953, %v2597 : i64
        %v2955 = llvm.getelementptr %in_z[%v2952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2956 = llvm.load %v2955 : !llvm.ptr -> f32
        %v2957 = arith.addi %v2596, %v455 : i64
        %v2958 = arith.constant true
        %v2959 = arith.addi %v87, %v2957 : i64
        %v2960 = llvm.getelementptr %v36[%v2959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2961 = llvm.load %v2960 : !llvm.ptr<3> -> i64
        %v2962 = arith.addi %v1665, %v2597 : i64
        %v2963 = arith.cmpi slt, %v2962, %v94 : i64
        %v2964 = arith.subi %size_L, %v2 : i64
        %v2965 = arith.minsi %v2962, %v2964 : i64
        %v2966 = arith.subi %v105, %v2965 : i64
        %v2967 = arith.addi %v2961, %v2966 : i64
        %v2968 = arith.muli %v2959, %v108 : i64
        %v2969 = arith.addi %v2968, %v2597 : i64
        %v2970 = llvm.getelementptr %in_z[%v2967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2971 = llvm.load %v2970 : !llvm.ptr -> f32
        %v2972 = arith.addi %v2596, %v470 : i64
        %v2973 = arith.constant true
        %v2974 = arith.addi %v87, %v2972 : i64
        %v2975 = llvm.getelementptr %v36[%v2974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2976 = llvm.load %v2975 : !llvm.ptr<3> -> i64
        %v2977 = arith.addi %v1665, %v2597 : i64
        %v2978 = arith.cmpi slt, %v2977, %v94 : i64
        %v2979 = arith.subi %size_L, %v2 : i64
        %v2980 = arith.minsi %v2977, %v2979 : i64
        %v2981 = arith.subi %v105, %v2980 : i64
        %v2982 = arith.addi %v2976, %v2981 : i64
        %v2983 = arith.muli %v2974, %v108 : i64
        %v2984 = arith.addi %v2983, %v2597 : i64
        %v2985 = llvm.getelementptr %in_z[%v2982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2986 = llvm.load %v2985 : !llvm.ptr -> f32
        %v2987 = arith.addi %v2596, %v485 : i64
        %v2988 = arith.constant true
        %v2989 = arith.addi %v87, %v2987 : i64
        %v2990 = llvm.getelementptr %v36[%v2989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2991 = llvm.load %v2990 : !llvm.ptr<3> -> i64
        %v2992 = arith.addi %v1665, %v2597 : i64
        %v2993 = arith.cmpi slt, %v2992, %v94 : i64
        %v2994 = arith.subi %size_L, %v2 : i64
        %v2995 = arith.minsi %v2992, %v2994 : i64
        %v2996 = arith.subi %v105, %v2995 : i64
        %v2997 = arith.addi %v2991, %v2996 : i64
        %v2998 = arith.muli %v2989, %v108 : i64
        %v2999 = arith.addi %v2998, %v2597 : i64
        %v3000 = llvm.getelementptr %in_z[%v2997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3001 = llvm.load %v3000 : !llvm.ptr -> f32
        %v3002 = arith.addi %v2596, %v500 : i64
        %v3003 = arith.constant true
        %v3004 = arith.addi %v87, %v3002 : i64
        %v3005 = llvm.getelementptr %v36[%v3004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3006 = llvm.load %v3005 : !llvm.ptr<3> -> i64
        %v3007 = arith.addi %v1665, %v2597 : i64
        %v3008 = arith.cmpi slt, %v3007, %v94 : i64
        %v3009 = arith.subi %size_L, %v2 : i64
        %v3010 = arith.minsi %v3007, %v3009 : i64
        %v3011 = arith.subi %v105, %v3010 : i64
        %v3012 = arith.addi %v3006, %v3011 : i64
        %v3013 = arith.muli %v3004, %v108 : i64
        %v3014 = arith.addi %v3013, %v2597 : i64
        %v3015 = llvm.getelementptr %in_z[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3016 = llvm.load %v3015 : !llvm.ptr -> f32
        %v3017 = arith.addi %v2596, %v515 : i64
        %v3018 = arith.constant true
        %v3019 = arith.addi %v87, %v3017 : i64
        %v3020 = llvm.getelementptr %v36[%v3019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3021 = llvm.load %v3020 : !llvm.ptr<3> -> i64
        %v3022 = arith.addi %v1665, %v2597 : i64
        %v3023 = arith.cmpi slt, %v3022, %v94 : i64
        %v3024 = arith.subi %size_L, %v2 : i64
        %v3025 = arith.minsi %v3022, %v3024 : i64
        %v3026 = arith.subi %v105, %v3025 : i64
        %v3027 = arith.addi %v3021, %v3026 : i64
        %v3028 = arith.muli %v3019, %v108 : i64
        %v3029 = arith.addi %v3028, %v2597 : i64
        %v3030 = llvm.getelementptr %in_z[%v3027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3031 = llvm.load %v3030 : !llvm.ptr -> f32
        %v3032 = arith.addi %v2596, %v530 : i64
        %v3033 = arith.constant true
        %v3034 = arith.addi %v87, %v3032 : i64
        %v3035 = llvm.getelementptr %v36[%v3034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3036 = llvm.load %v3035 : !llvm.ptr<3> -> i64
        %v3037 = arith.addi %v1665, %v2597 : i64
        %v3038 = arith.cmpi slt, %v3037, %v94 : i64
        %v3039 = arith.subi %size_L, %v2 : i64
        %v3040 = arith.minsi %v3037, %v3039 : i64
        %v3041 = arith.subi %v105, %v3040 : i64
        %v3042 = arith.addi %v3036, %v3041 : i64
        %v3043 = arith.muli %v3034, %v108 : i64
        %v3044 = arith.addi %v3043, %v2597 : i64
        %v3045 = llvm.getelementptr %in_z[%v3042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3046 = llvm.load %v3045 : !llvm.ptr -> f32
        %v3047 = arith.addi %v2596, %v545 : i64
        %v3048 = arith.constant true
        %v3049 = arith.addi %v87, %v3047 : i64
        %v3050 = llvm.getelementptr %v36[%v3049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3051 = llvm.load %v3050 : !llvm.ptr<3> -> i64
        %v3052 = arith.addi %v1665, %v2597 : i64
        %v3053 = arith.cmpi slt, %v3052, %v94 : i64
        %v3054 = arith.subi %size_L, %v2 : i64
        %v3055 = arith.minsi %v3052, %v3054 : i64
        %v3056 = arith.subi %v105, %v3055 : i64
        %v3057 = arith.addi %v3051, %v3056 : i64
        %v3058 = arith.muli %v3049, %v108 : i64
        %v3059 = arith.addi %v3058, %v2597 : i64
        %v3060 = llvm.getelementptr %in_z[%v3057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3061 = llvm.load %v3060 : !llvm.ptr -> f32
        %v3062 = arith.addi %v2596, %v560 : i64
        %v3063 = arith.constant true
        %v3064 = arith.addi %v87, %v3062 : i64
        %v3065 = llvm.getelementptr %v36[%v3064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3066 = llvm.load %v3065 : !llvm.ptr<3> -> i64
        %v3067 = arith.addi %v1665, %v2597 : i64
        %v3068 = arith.cmpi slt, %v3067, %v94 : i64
        %v3069 = arith.subi %size_L, %v2 : i64
        %v3070 = arith.minsi %v3067, %v3069 : i64
        %v3071 = arith.subi %v105, %v3070 : i64
        %v3072 = arith.addi %v3066, %v3071 : i64
        %v3073 = arith.muli %v3064, %v108 : i64
        %v3074 = arith.addi %v3073, %v2597 : i64
        %v3075 = llvm.getelementptr %in_z[%v3072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3076 = llvm.load %v3075 : !llvm.ptr -> f32
        %v3077 = arith.divui %v1664, %v86 : i64
        %v3078 = arith.index_cast %v72 : i64 to index
        %v3079 = arith.index_cast %v3077 : i64 to index
        %v3080 = arith.index_cast %v2 : i64 to index
        scf.for %v3081 = %v3078 to %v3079 step %v3080 {
          %v3082 = arith.index_cast %v3081 : index to i64
          %v3083 = arith.muli %v3082, %v86 : i64
          %v3084 = arith.addi %v3083, %v2 : i64
          %v3085 = arith.addi %v1637, %v3083 : i64
          %v3086 = arith.subi %v3085, %v1637 : i64
          %v3087 = llvm.getelementptr %v71[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3088 = llvm.load %v3087 : !llvm.ptr -> f32
          %v3089 = arith.subi %v3085, %v1637 : i64
          %v3090 = arith.addi %v1659, %v3089 : i64
          %v3091 = llvm.getelementptr %v71[%v3090] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3092 = llvm.load %v3091 : !llvm.ptr -> f32
          %v3094 = arith.subi %v3085, %v1637 : i64
          %v3095 = arith.addi %v3093, %v3094 : i64
          %v3096 = llvm.getelementptr %v71[%v3095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3097 = llvm.load %v3096 : !llvm.ptr -> f32
          %v3100 = arith.subi %v3085, %v1637 : i64
          %v3101 = arith.addi %v3099, %v3100 : i64
          %v3102 = llvm.getelementptr %v71[%v3101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3103 = llvm.load %v3102 : !llvm.ptr -> f32
          %v3105 = arith.subi %v3085, %v1637 : i64
          %v3106 = arith.addi %v3104, %v3105 : i64
          %v3107 = llvm.getelementptr %v71[%v3106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3108 = llvm.load %v3107 : !llvm.ptr -> f32
          %v3111 = arith.subi %v3085, %v1637 : i64
          %v3112 = arith.addi %v3110, %v3111 : i64
          %v3113 = llvm.getelementptr %v71[%v3112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3114 = llvm.load %v3113 : !llvm.ptr -> f32
          %v3116 = arith.subi %v3085, %v1637 : i64
          %v3117 = arith.addi %v3115, %v3116 : i64
          %v3118 = llvm.getelementptr %v71[%v3117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3119 = llvm.load %v3118 : !llvm.ptr -> f32
          %v3122 = arith.subi %v3085, %v1637 : i64
          %v3123 = arith.addi %v3121, %v3122 : i64
          %v3124 = llvm.getelementptr %v71[%v3123] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3125 = llvm.load %v3124 : !llvm.ptr -> f32
          %v3127 = arith.subi %v3085, %v1637 : i64
          %v3128 = arith.addi %v3126, %v3127 : i64
          %v3129 = llvm.getelementptr %v71[%v3128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3130 = llvm.load %v3129 : !llvm.ptr -> f32
          %v3133 = arith.subi %v3085, %v1637 : i64
          %v3134 = arith.addi %v3132, %v3133 : i64
          %v3135 = llvm.getelementptr %v71[%v3134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3136 = llvm.load %v3135 : !llvm.ptr -> f32
          %v3138 = arith.subi %v3085, %v1637 : i64
          %v3139 = arith.addi %v3137, %v3138 : i64
          %v3140 = llvm.getelementptr %v71[%v3139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3141 = llvm.load %v3140 : !llvm.ptr -> f32
          %v3144 = arith.subi %v3085, %v1637 : i64
          %v3145 = arith.addi %v3143, %v3144 : i64
          %v3146 = llvm.getelementptr %v71[%v3145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3147 = llvm.load %v3146 : !llvm.ptr -> f32
          %v3149 = arith.subi %v3085, %v1637 : i64
          %v3150 = arith.addi %v3148, %v3149 : i64
          %v3151 = llvm.getelementptr %v71[%v3150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3152 = llvm.load %v3151 : !llvm.ptr -> f32
          %v3155 = arith.subi %v3085, %v1637 : i64
          %v3156 = arith.addi %v3154, %v3155 : i64
          %v3157 = llvm.getelementptr %v71[%v3156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3158 = llvm.load %v3157 : !llvm.ptr -> f32
          %v3160 = arith.subi %v3085, %v1637 : i64
          %v3161 = arith.addi %v3159, %v3160 : i64
          %v3162 = llvm.getelementptr %v71[%v3161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3163 = llvm.load %v3162 : !llvm.ptr -> f32
          %v3166 = arith.subi %v3085, %v1637 : i64
          %v3167 = arith.addi %v3165, %v3166 : i64
          %v3168 = llvm.getelementptr %v71[%v3167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3169 = llvm.load %v3168 : !llvm.ptr -> f32
          %v3170 = arith.addi %v1637, %v3084 : i64
          %v3171 = arith.subi %v3170, %v1637 : i64
          %v3172 = llvm.getelementptr %v71[%v3171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3173 = llvm.load %v3172 : !llvm.ptr -> f32
          %v3174 = arith.subi %v3170, %v1637 : i64
          %v3175 = arith.addi %v1659, %v3174 : i64
          %v3176 = llvm.getelementptr %v71[%v3175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3177 = llvm.load %v3176 : !llvm.ptr -> f32
          %v3178 = arith.subi %v3170, %v1637 : i64
          %v3179 = arith.addi %v3093, %v3178 : i64
          %v3180 = llvm.getelementptr %v71[%v3179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3181 = llvm.load %v3180 : !llvm.ptr -> f32
          %v3182 = arith.subi %v3170, %v1637 : i64
          %v3183 = arith.addi %v3099, %v3182 : i64
          %v3184 = llvm.getelementptr %v71[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3185 = llvm.load %v3184 : !llvm.ptr -> f32
          %v3186 = arith.subi %v3170, %v1637 : i64
          %v3187 = arith.addi %v3104, %v3186 : i64
          %v3188 = llvm.getelementptr %v71[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3189 = llvm.load %v3188 : !llvm.ptr -> f32
          %v3190 = arith.subi %v3170, %v1637 : i64
          %v3191 = arith.addi %v3110, %v3190 : i64
          %v3192 = llvm.getelementptr %v71[%v3191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3193 = llvm.load %v3192 : !llvm.ptr -> f32
          %v3194 = arith.subi %v3170, %v1637 : i64
          %v3195 = arith.addi %v3115, %v3194 : i64
          %v3196 = llvm.getelementptr %v71[%v3195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3197 = llvm.load %v3196 : !llvm.ptr -> f32
          %v3198 = arith.subi %v3170, %v1637 : i64
          %v3199 = arith.addi %v3121, %v3198 : i64
          %v3200 = llvm.getelementptr %v71[%v3199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3201 = llvm.load %v3200 : !llvm.ptr -> f32
          %v3202 = arith.subi %v3170, %v1637 : i64
          %v3203 = arith.addi %v3126, %v3202 : i64
          %v3204 = llvm.getelementptr %v71[%v3203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3205 = llvm.load %v3204 : !llvm.ptr -> f32
          %v3206 = arith.subi %v3170, %v1637 : i64
          %v3207 = arith.addi %v3132, %v3206 : i64
          %v3208 = llvm.getelementptr %v71[%v3207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3209 = llvm.load %v3208 : !llvm.ptr -> f32
          %v3210 = arith.subi %v3170, %v1637 : i64
          %v3211 = arith.addi %v3137, %v3210 : i64
          %v3212 = llvm.getelementptr %v71[%v3211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3213 = llvm.load %v3212 : !llvm.ptr -> f32
          %v3214 = arith.subi %v3170, %v1637 : i64
          %v3215 = arith.addi %v3143, %v3214 : i64
          %v3216 = llvm.getelementptr %v71[%v3215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3217 = llvm.load %v3216 : !llvm.ptr -> f32
          %v3218 = arith.subi %v3170, %v1637 : i64
          %v3219 = arith.addi %v3148, %v3218 : i64
          %v3220 = llvm.getelementptr %v71[%v3219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3221 = llvm.load %v3220 : !llvm.ptr -> f32
          %v3222 = arith.subi %v3170, %v1637 : i64
          %v3223 = arith.addi %v3154, %v3222 : i64
          %v3224 = llvm.getelementptr %v71[%v3223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3225 = llvm.load %v3224 : !llvm.ptr -> f32
          %v3226 = arith.subi %v3170, %v1637 : i64
          %v3227 = arith.addi %v3159, %v3226 : i64
          %v3228 = llvm.getelementptr %v71[%v3227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3229 = llvm.load %v3228 : !llvm.ptr -> f32
          %v3230 = arith.subi %v3170, %v1637 : i64
          %v3231 = arith.addi %v3165, %v3230 : i64
          %v3232 = llvm.getelementptr %v71[%v3231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3233 = llvm.load %v3232 : !llvm.ptr -> f32
          %v3234 = arith.addi %v1637, %v3083 : i64
          %v3240 = arith.addi %v46, %v44 : i64
          %v3241 = arith.muli %v3240, %v108 : i64
          %v3242 = arith.addi %v3241, %v3083 : i64
          %v3243 = llvm.getelementptr %v37[%v3242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3244 = llvm.load %v3243 : !llvm.ptr<3> -> f32
          %v3247 = arith.addf %v3244, %v3246 fastmath<contract> : f32
          %v3248 = arith.maximumf %v3247, %v90 : f32
          %v3249 = llvm.call_intrinsic "llvm.fabs.f32"(%v3247) : (f32) -> f32
          %v3250 = arith.negf %v3249 : f32
          %v3251 = arith.mulf %v3250, %v3238 fastmath<contract> : f32
          %v3252 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3251) : (f32) -> f32
          %v3253 = arith.addf %v91, %v3252 fastmath<contract> : f32
          %v3254 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3253) : (f32) -> f32
          %v3256 = arith.mulf %v3254, %v3255 fastmath<contract> : f32
          %v3258 = arith.mulf %v3257, %v3252 fastmath<contract> : f32
          %v3260 = arith.addf %v3258, %v3259 fastmath<contract> : f32
          %v3261 = arith.mulf %v3260, %v3252 fastmath<contract> : f32
          %v3263 = arith.addf %v3261, %v3262 fastmath<contract> : f32
          %v3264 = arith.mulf %v3263, %v3252 fastmath<contract> : f32
          %v3266 = arith.addf %v3264, %v3265 fastmath<contract> : f32
          %v3267 = arith.mulf %v3266, %v3252 fastmath<contract> : f32
          %v3269 = arith.addf %v3267, %v3268 fastmath<contract> : f32
          %v3270 = arith.mulf %v3269, %v3252 fastmath<contract> : f32
          %v3272 = arith.addf %v3270, %v3271 fastmath<contract> : f32
          %v3273 = arith.mulf %v3272, %v3252 fastmath<contract> : f32
          %v3274 = arith.addf %v3273, %v91 fastmath<contract> : f32
          %v3275 = arith.mulf %v3274, %v3252 fastmath<contract> : f32
          %v3276 = llvm.call_intrinsic "llvm.fabs.f32"(%v3252) : (f32) -> f32
          %v3278 = arith.cmpf olt, %v3276, %v3277 : f32
          %v3279 = arith.select %v3278, %v3275, %v3256 : f32
          %v3280 = arith.addf %v3248, %v3279 fastmath<contract> : f32
          %v3281 = arith.mulf %v3280, %v3239 fastmath<contract> : f32
          %v3282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3281) : (f32) -> f32
          %v3283 = arith.muli %v44, %v108 : i64
          %v3284 = arith.addi %v3283, %v3083 : i64
          %v3285 = llvm.getelementptr %v37[%v3284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3286 = llvm.load %v3285 : !llvm.ptr<3> -> f32
          %v3287 = arith.mulf %v3280, %v3286 fastmath<contract> : f32
          %v3288 = arith.mulf %v3088, %v3287 fastmath<contract> : f32
          %v3289 = llvm.load %v4 : !llvm.ptr -> f32
          %v3290 = arith.mulf %v3282, %v3289 fastmath<contract> : f32
          %v3291 = arith.addf %v3290, %v3288 fastmath<contract> : f32
          %v3292 = llvm.load %v20 : !llvm.ptr -> f32
          %v3293 = arith.mulf %v3282, %v3292 fastmath<contract> : f32
          %v3300 = arith.mulf %v3280, %v3299 fastmath<contract> : f32
          %v3301 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3300) : (f32) -> f32
          %v3302 = arith.mulf %v3092, %v3287 fastmath<contract> : f32
          %v3303 = llvm.load %v5 : !llvm.ptr -> f32
          %v3304 = arith.mulf %v3301, %v3303 fastmath<contract> : f32
          %v3305 = arith.addf %v3304, %v3302 fastmath<contract> : f32
          %v3306 = llvm.load %v21 : !llvm.ptr -> f32
          %v3307 = arith.mulf %v3301, %v3306 fastmath<contract> : f32
          %v3314 = arith.mulf %v3280, %v3313 fastmath<contract> : f32
          %v3315 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3314) : (f32) -> f32
          %v3316 = arith.mulf %v3097, %v3287 fastmath<contract> : f32
          %v3317 = llvm.load %v6 : !llvm.ptr -> f32
          %v3318 = arith.mulf %v3315, %v3317 fastmath<contract> : f32
          %v3319 = arith.addf %v3318, %v3316 fastmath<contract> : f32
          %v3320 = llvm.load %v22 : !llvm.ptr -> f32
          %v3321 = arith.mulf %v3315, %v3320 fastmath<contract> : f32
          %v3328 = arith.mulf %v3280, %v3327 fastmath<contract> : f32
          %v3329 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3328) : (f32) -> f32
          %v3330 = arith.mulf %v3103, %v3287 fastmath<contract> : f32
          %v3331 = llvm.load %v7 : !llvm.ptr -> f32
          %v3332 = arith.mulf %v3329, %v3331 fastmath<contract> : f32
          %v3333 = arith.addf %v3332, %v3330 fastmath<contract> : f32
          %v3334 = llvm.load %v23 : !llvm.ptr -> f32
          %v3335 = arith.mulf %v3329, %v3334 fastmath<contract> : f32
          %v3342 = arith.mulf %v3280, %v3341 fastmath<contract> : f32
          %v3343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3342) : (f32) -> f32
          %v3344 = arith.mulf %v3108, %v3287 fastmath<contract> : f32
          %v3345 = llvm.load %v8 : !llvm.ptr -> f32
          %v3346 = arith.mulf %v3343, %v3345 fastmath<contract> : f32
          %v3347 = arith.addf %v3346, %v3344 fastmath<contract> : f32
          %v3348 = llvm.load %v24 : !llvm.ptr -> f32
          %v3349 = arith.mulf %v3343, %v3348 fastmath<contract> : f32
          %v3356 = arith.mulf %v3280, %v3355 fastmath<contract> : f32
          %v3357 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3356) : (f32) -> f32
          %v3358 = arith.mulf %v3114, %v3287 fastmath<contract> : f32
          %v3359 = llvm.load %v9 : !llvm.ptr -> f32
          %v3360 = arith.mulf %v3357, %v3359 fastmath<contract> : f32
          %v3361 = arith.addf %v3360, %v3358 fastmath<contract> : f32
          %v3362 = llvm.load %v25 : !llvm.ptr -> f32
          %v3363 = arith.mulf %v3357, %v3362 fastmath<contract> : f32
          %v3370 = arith.mulf %v3280, %v3369 fastmath<contract> : f32
          %v3371 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3370) : (f32) -> f32
          %v3372 = arith.mulf %v3119, %v3287 fastmath<contract> : f32
          %v3373 = llvm.load %v10 : !llvm.ptr -> f32
          %v3374 = arith.mulf %v3371, %v3373 fastmath<contract> : f32
          %v3375 = arith.addf %v3374, %v3372 fastmath<contract> : f32
          %v3376 = llvm.load %v26 : !llvm.ptr -> f32
          %v3377 = arith.mulf %v3371, %v3376 fastmath<contract> : f32
          %v3384 = arith.mulf %v3280, %v3383 fastmath<contract> : f32
          %v3385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3384) : (f32) -> f32
          %v3386 = arith.mulf %v3125, %v3287 fastmath<contract> : f32
          %v3387 = llvm.load %v11 : !llvm.ptr -> f32
          %v3388 = arith.mulf %v3385, %v3387 fastmath<contract> : f32
          %v3389 = arith.addf %v3388, %v3386 fastmath<contract> : f32
          %v3390 = llvm.load %v27 : !llvm.ptr -> f32
          %v3391 = arith.mulf %v3385, %v3390 fastmath<contract> : f32
          %v3398 = arith.mulf %v3280, %v3397 fastmath<contract> : f32
          %v3399 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3398) : (f32) -> f32
          %v3400 = arith.mulf %v3130, %v3287 fastmath<contract> : f32
          %v3401 = llvm.load %v12 : !llvm.ptr -> f32
          %v3402 = arith.mulf %v3399, %v3401 fastmath<contract> : f32
          %v3403 = arith.addf %v3402, %v3400 fastmath<contract> : f32
          %v3404 = llvm.load %v28 : !llvm.ptr -> f32
          %v3405 = arith.mulf %v3399, %v3404 fastmath<contract> : f32
          %v3412 = arith.mulf %v3280, %v3411 fastmath<contract> : f32
          %v3413 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3412) : (f32) -> f32
          %v3414 = arith.mulf %v3136, %v3287 fastmath<contract> : f32
          %v3415 = llvm.load %v13 : !llvm.ptr -> f32
          %v3416 = arith.mulf %v3413, %v3415 fastmath<contract> : f32
          %v3417 = arith.addf %v3416, %v3414 fastmath<contract> : f32
          %v3418 = llvm.load %v29 : !llvm.ptr -> f32
          %v3419 = arith.mulf %v3413, %v3418 fastmath<contract> : f32
          %v3426 = arith.mulf %v3280, %v3425 fastmath<contract> : f32
          %v3427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3426) : (f32) -> f32
          %v3428 = arith.mulf %v3141, %v3287 fastmath<contract> : f32
          %v3429 = llvm.load %v14 : !llvm.ptr -> f32
          %v3430 = arith.mulf %v3427, %v3429 fastmath<contract> : f32
          %v3431 = arith.addf %v3430, %v3428 fastmath<contract> : f32
          %v3432 = llvm.load %v30 : !llvm.ptr -> f32
          %v3433 = arith.mulf %v3427, %v3432 fastmath<contract> : f32
          %v3440 = arith.mulf %v3280, %v3439 fastmath<contract> : f32
          %v3441 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3440) : (f32) -> f32
          %v3442 = arith.mulf %v3147, %v3287 fastmath<contract> : f32
          %v3443 = llvm.load %v15 : !llvm.ptr -> f32
          %v3444 = arith.mulf %v3441, %v3443 fastmath<contract> : f32
          %v3445 = arith.addf %v3444, %v3442 fastmath<contract> : f32
          %v3446 = llvm.load %v31 : !llvm.ptr -> f32
          %v3447 = arith.mulf %v3441, %v3446 fastmath<contract> : f32
          %v3454 = arith.mulf %v3280, %v3453 fastmath<contract> : f32
          %v3455 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3454) : (f32) -> f32
          %v3456 = arith.mulf %v3152, %v3287 fastmath<contract> : f32
          %v3457 = llvm.load %v16 : !llvm.ptr -> f32
          %v3458 = arith.mulf %v3455, %v3457 fastmath<contract> : f32
          %v3459 = arith.addf %v3458, %v3456 fastmath<contract> : f32
          %v3460 = llvm.load %v32 : !llvm.ptr -> f32
          %v3461 = arith.mulf %v3455, %v3460 fastmath<contract> : f32
          %v3468 = arith.mulf %v3280, %v3467 fastmath<contract> : f32
          %v3469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3468) : (f32) -> f32
          %v3470 = arith.mulf %v3158, %v3287 fastmath<contract> : f32
          %v3471 = llvm.load %v17 : !llvm.ptr -> f32
          %v3472 = arith.mulf %v3469, %v3471 fastmath<contract> : f32
          %v3473 = arith.addf %v3472, %v3470 fastmath<contract> : f32
          %v3474 = llvm.load %v33 : !llvm.ptr -> f32
          %v3475 = arith.mulf %v3469, %v3474 fastmath<contract> : f32
          %v3482 = arith.mulf %v3280, %v3481 fastmath<contract> : f32
          %v3483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3482) : (f32) -> f32
          %v3484 = arith.mulf %v3163, %v3287 fastmath<contract> : f32
          %v3485 = llvm.load %v18 : !llvm.ptr -> f32
          %v3486 = arith.mulf %v3483, %v3485 fastmath<contract> : f32
          %v3487 = arith.addf %v3486, %v3484 fastmath<contract> : f32
          %v3488 = llvm.load %v34 : !llvm.ptr -> f32
          %v3489 = arith.mulf %v3483, %v3488 fastmath<contract> : f32
          %v3496 = arith.mulf %v3280, %v3495 fastmath<contract> : f32
          %v3497 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3496) : (f32) -> f32
          %v3498 = arith.mulf %v3169, %v3287 fastmath<contract> : f32
          %v3499 = llvm.load %v19 : !llvm.ptr -> f32
          %v3500 = arith.mulf %v3497, %v3499 fastmath<contract> : f32
          %v3501 = arith.addf %v3500, %v3498 fastmath<contract> : f32
          %v3502 = llvm.load %v35 : !llvm.ptr -> f32
          %v3503 = arith.mulf %v3497, %v3502 fastmath<contract> : f32
          llvm.store %v3291, %v4 : f32, !llvm.ptr
          llvm.store %v3293, %v20 : f32, !llvm.ptr
          llvm.store %v3305, %v5 : f32, !llvm.ptr
          llvm.store %v3307, %v21 : f32, !llvm.ptr
          llvm.store %v3319, %v6 : f32, !llvm.ptr
          llvm.store %v3321, %v22 : f32, !llvm.ptr
          llvm.store %v3333, %v7 : f32, !llvm.ptr
          llvm.store %v3335, %v23 : f32, !llvm.ptr
          llvm.store %v3347, %v8 : f32, !llvm.ptr
          llvm.store %v3349, %v24 : f32, !llvm.ptr
          llvm.store %v3361, %v9 : f32, !llvm.ptr
          llvm.store %v3363, %v25 : f32, !llvm.ptr
          llvm.store %v3375, %v10 : f32, !llvm.ptr
          llvm.store %v3377, %v26 : f32, !llvm.ptr
          llvm.store %v3389, %v11 : f32, !llvm.ptr
          llvm.store %v3391, %v27 : f32, !llvm.ptr
          llvm.store %v3403, %v12 : f32, !llvm.ptr
          llvm.store %v3405, %v28 : f32, !llvm.ptr
          llvm.store %v3417, %v13 : f32, !llvm.ptr
          llvm.store %v3419, %v29 : f32, !llvm.ptr
          llvm.store %v3431, %v14 : f32, !llvm.ptr
          llvm.store %v3433, %v30 : f32, !llvm.ptr
          llvm.store %v3445, %v15 : f32, !llvm.ptr
          llvm.store %v3447, %v31 : f32, !llvm.ptr
          llvm.store %v3459, %v16 : f32, !llvm.ptr
          llvm.store %v3461, %v32 : f32, !llvm.ptr
          llvm.store %v3473, %v17 : f32, !llvm.ptr
          llvm.store %v3475, %v33 : f32, !llvm.ptr
          llvm.store %v3487, %v18 : f32, !llvm.ptr
          llvm.store %v3489, %v34 : f32, !llvm.ptr
          llvm.store %v3501, %v19 : f32, !llvm.ptr
          llvm.store %v3503, %v35 : f32, !llvm.ptr
          %v3504 = arith.addi %v1637, %v3084 : i64
          %v3506 = arith.addi %v46, %v44 : i64
          %v3507 = arith.muli %v3506, %v108 : i64
          %v3508 = arith.addi %v3507, %v3084 : i64
          %v3509 = llvm.getelementptr %v37[%v3508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3510 = llvm.load %v3509 : !llvm.ptr<3> -> f32
          %v3511 = arith.addf %v3510, %v3246 fastmath<contract> : f32
          %v3512 = arith.maximumf %v3511, %v90 : f32
          %v3513 = llvm.call_intrinsic "llvm.fabs.f32"(%v3511) : (f32) -> f32
          %v3514 = arith.negf %v3513 : f32
          %v3515 = arith.mulf %v3514, %v3238 fastmath<contract> : f32
          %v3516 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3515) : (f32) -> f32
          %v3517 = arith.addf %v91, %v3516 fastmath<contract> : f32
          %v3518 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3517) : (f32) -> f32
          %v3519 = arith.mulf %v3518, %v3255 fastmath<contract> : f32
          %v3520 = arith.mulf %v3257, %v3516 fastmath<contract> : f32
          %v3521 = arith.addf %v3520, %v3259 fastmath<contract> : f32
          %v3522 = arith.mulf %v3521, %v3516 fastmath<contract> : f32
          %v3523 = arith.addf %v3522, %v3262 fastmath<contract> : f32
          %v3524 = arith.mulf %v3523, %v3516 fastmath<contract> : f32
          %v3525 = arith.addf %v3524, %v3265 fastmath<contract> : f32
          %v3526 = arith.mulf %v3525, %v3516 fastmath<contract> : f32
          %v3527 = arith.addf %v3526, %v3268 fastmath<contract> : f32
          %v3528 = arith.mulf %v3527, %v3516 fastmath<contract> : f32
          %v3529 = arith.addf %v3528, %v3271 fastmath<contract> : f32
          %v3530 = arith.mulf %v3529, %v3516 fastmath<contract> : f32
          %v3531 = arith.addf %v3530, %v91 fastmath<contract> : f32
          %v3532 = arith.mulf %v3531, %v3516 fastmath<contract> : f32
          %v3533 = llvm.call_intrinsic "llvm.fabs.f32"(%v3516) : (f32) -> f32
          %v3534 = arith.cmpf olt, %v3533, %v3277 : f32
          %v3535 = arith.select %v3534, %v3532, %v3519 : f32
          %v3536 = arith.addf %v3512, %v3535 fastmath<contract> : f32
          %v3537 = arith.mulf %v3536, %v3505 fastmath<contract> : f32
          %v3538 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3537) : (f32) -> f32
          %v3539 = arith.muli %v44, %v108 : i64
          %v3540 = arith.addi %v3539, %v3084 : i64
          %v3541 = llvm.getelementptr %v37[%v3540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3542 = llvm.load %v3541 : !llvm.ptr<3> -> f32
          %v3543 = arith.mulf %v3536, %v3542 fastmath<contract> : f32
          %v3544 = arith.mulf %v3173, %v3543 fastmath<contract> : f32
          %v3545 = llvm.load %v4 : !llvm.ptr -> f32
          %v3546 = arith.mulf %v3538, %v3545 fastmath<contract> : f32
          %v3547 = arith.addf %v3546, %v3544 fastmath<contract> : f32
          %v3548 = llvm.load %v20 : !llvm.ptr -> f32
          %v3549 = arith.mulf %v3538, %v3548 fastmath<contract> : f32
          %v3551 = arith.mulf %v3536, %v3550 fastmath<contract> : f32
          %v3552 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3551) : (f32) -> f32
          %v3553 = arith.mulf %v3177, %v3543 fastmath<contract> : f32
          %v3554 = llvm.load %v5 : !llvm.ptr -> f32
          %v3555 = arith.mulf %v3552, %v3554 fastmath<contract> : f32
          %v3556 = arith.addf %v3555, %v3553 fastmath<contract> : f32
          %v3557 = llvm.load %v21 : !llvm.ptr -> f32
          %v3558 = arith.mulf %v3552, %v3557 fastmath<contract> : f32
          %v3560 = arith.mulf %v3536, %v3559 fastmath<contract> : f32
          %v3561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3560) : (f32) -> f32
          %v3562 = arith.mulf %v3181, %v3543 fastmath<contract> : f32
          %v3563 = llvm.load %v6 : !llvm.ptr -> f32
          %v3564 = arith.mulf %v3561, %v3563 fastmath<contract> : f32
          %v3565 = arith.addf %v3564, %v3562 fastmath<contract> : f32
          %v3566 = llvm.load %v22 : !llvm.ptr -> f32
          %v3567 = arith.mulf %v3561, %v3566 fastmath<contract> : f32
          %v3569 = arith.mulf %v3536, %v3568 fastmath<contract> : f32
          %v3570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3569) : (f32) -> f32
          %v3571 = arith.mulf %v3185, %v3543 fastmath<contract> : f32
          %v3572 = llvm.load %v7 : !llvm.ptr -> f32
          %v3573 = arith.mulf %v3570, %v3572 fastmath<contract> : f32
          %v3574 = arith.addf %v3573, %v3571 fastmath<contract> : f32
          %v3575 = llvm.load %v23 : !llvm.ptr -> f32
          %v3576 = arith.mulf %v3570, %v3575 fastmath<contract> : f32
          %v3578 = arith.mulf %v3536, %v3577 fastmath<contract> : f32
          %v3579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3578) : (f32) -> f32
          %v3580 = arith.mulf %v3189, %v3543 fastmath<contract> : f32
          %v3581 = llvm.load %v8 : !llvm.ptr -> f32
          %v3582 = arith.mulf %v3579, %v3581 fastmath<contract> : f32
          %v3583 = arith.addf %v3582, %v3580 fastmath<contract> : f32
          %v3584 = llvm.load %v24 : !llvm.ptr -> f32
          %v3585 = arith.mulf %v3579, %v3584 fastmath<contract> : f32
          %v3587 = arith.mulf %v3536, %v3586 fastmath<contract> : f32
          %v3588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3587) : (f32) -> f32
          %v3589 = arith.mulf %v3193, %v3543 fastmath<contract> : f32
          %v3590 = llvm.load %v9 : !llvm.ptr -> f32
          %v3591 = arith.mulf %v3588, %v3590 fastmath<contract> : f32
          %v3592 = arith.addf %v3591, %v3589 fastmath<contract> : f32
          %v3593 = llvm.load %v25 : !llvm.ptr -> f32
          %v3594 = arith.mulf %v3588, %v3593 fastmath<contract> : f32
          %v3596 = arith.mulf %v3536, %v3595 fastmath<contract> : f32
          %v3597 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3596) : (f32) -> f32
          %v3598 = arith.mulf %v3197, %v3543 fastmath<contract> : f32
          %v3599 = llvm.load %v10 : !llvm.ptr -> f32
          %v3600 = arith.mulf %v3597, %v3599 fastmath<contract> : f32
          %v3601 = arith.addf %v3600, %v3598 fastmath<contract> : f32
          %v3602 = llvm.load %v26 : !llvm.ptr -> f32
          %v3603 = arith.mulf %v3597, %v3602 fastmath<contract> : f32
          %v3605 = arith.mulf %v3536, %v3604 fastmath<contract> : f32
          %v3606 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3605) : (f32) -> f32
          %v3607 = arith.mulf %v3201, %v3543 fastmath<contract> : f32
          %v3608 = llvm.load %v11 : !llvm.ptr -> f32
          %v3609 = arith.mulf %v3606, %v3608 fastmath<contract> : f32
          %v3610 = arith.addf %v3609, %v3607 fastmath<contract> : f32
          %v3611 = llvm.load %v27 : !llvm.ptr -> f32
          %v3612 = arith.mulf %v3606, %v3611 fastmath<contract> : f32
          %v3614 = arith.mulf %v3536, %v3613 fastmath<contract> : f32
          %v3615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3614) : (f32) -> f32
          %v3616 = arith.mulf %v3205, %v3543 fastmath<contract> : f32
          %v3617 = llvm.load %v12 : !llvm.ptr -> f32
          %v3618 = arith.mulf %v3615, %v3617 fastmath<contract> : f32
          %v3619 = arith.addf %v3618, %v3616 fastmath<contract> : f32
          %v3620 = llvm.load %v28 : !llvm.ptr -> f32
          %v3621 = arith.mulf %v3615, %v3620 fastmath<contract> : f32
          %v3623 = arith.mulf %v3536, %v3622 fastmath<contract> : f32
          %v3624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3623) : (f32) -> f32
          %v3625 = arith.mulf %v3209, %v3543 fastmath<contract> : f32
          %v3626 = llvm.load %v13 : !llvm.ptr -> f32
          %v3627 = arith.mulf %v3624, %v3626 fastmath<contract> : f32
          %v3628 = arith.addf %v3627, %v3625 fastmath<contract> : f32
          %v3629 = llvm.load %v29 : !llvm.ptr -> f32
          %v3630 = arith.mulf %v3624, %v3629 fastmath<contract> : f32
          %v3632 = arith.mulf %v3536, %v3631 fastmath<contract> : f32
          %v3633 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3632) : (f32) -> f32
          %v3634 = arith.mulf %v3213, %v3543 fastmath<contract> : f32
          %v3635 = llvm.load %v14 : !llvm.ptr -> f32
          %v3636 = arith.mulf %v3633, %v3635 fastmath<contract> : f32
          %v3637 = arith.addf %v3636, %v3634 fastmath<contract> : f32
          %v3638 = llvm.load %v30 : !llvm.ptr -> f32
          %v3639 = arith.mulf %v3633, %v3638 fastmath<contract> : f32
          %v3641 = arith.mulf %v3536, %v3640 fastmath<contract> : f32
          %v3642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3641) : (f32) -> f32
          %v3643 = arith.mulf %v3217, %v3543 fastmath<contract> : f32
          %v3644 = llvm.load %v15 : !llvm.ptr -> f32
          %v3645 = arith.mulf %v3642, %v3644 fastmath<contract> : f32
          %v3646 = arith.addf %v3645, %v3643 fastmath<contract> : f32
          %v3647 = llvm.load %v31 : !llvm.ptr -> f32
          %v3648 = arith.mulf %v3642, %v3647 fastmath<contract> : f32
          %v3650 = arith.mulf %v3536, %v3649 fastmath<contract> : f32
          %v3651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3650) : (f32) -> f32
          %v3652 = arith.mulf %v3221, %v3543 fastmath<contract> : f32
          %v3653 = llvm.load %v16 : !llvm.ptr -> f32
          %v3654 = arith.mulf %v3651, %v3653 fastmath<contract> : f32
          %v3655 = arith.addf %v3654, %v3652 fastmath<contract> : f32
          %v3656 = llvm.load %v32 : !llvm.ptr -> f32
          %v3657 = arith.mulf %v3651, %v3656 fastmath<contract> : f32
          %v3659 = arith.mulf %v3536, %v3658 fastmath<contract> : f32
          %v3660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3659) : (f32) -> f32
          %v3661 = arith.mulf %v3225, %v3543 fastmath<contract> : f32
          %v3662 = llvm.load %v17 : !llvm.ptr -> f32
          %v3663 = arith.mulf %v3660, %v3662 fastmath<contract> : f32
          %v3664 = arith.addf %v3663, %v3661 fastmath<contract> : f32
          %v3665 = llvm.load %v33 : !llvm.ptr -> f32
          %v3666 = arith.mulf %v3660, %v3665 fastmath<contract> : f32
          %v3668 = arith.mulf %v3536, %v3667 fastmath<contract> : f32
          %v3669 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3668) : (f32) -> f32
          %v3670 = arith.mulf %v3229, %v3543 fastmath<contract> : f32
          %v3671 = llvm.load %v18 : !llvm.ptr -> f32
          %v3672 = arith.mulf %v3669, %v3671 fastmath<contract> : f32
          %v3673 = arith.addf %v3672, %v3670 fastmath<contract> : f32
          %v3674 = llvm.load %v34 : !llvm.ptr -> f32
          %v3675 = arith.mulf %v3669, %v3674 fastmath<contract> : f32
          %v3677 = arith.mulf %v3536, %v3676 fastmath<contract> : f32
          %v3678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3677) : (f32) -> f32
          %v3679 = arith.mulf %v3233, %v3543 fastmath<contract> : f32
          %v3680 = llvm.load %v19 : !llvm.ptr -> f32
          %v3681 = arith.mulf %v3678, %v3680 fastmath<contract> : f32
          %v3682 = arith.addf %v3681, %v3679 fastmath<contract> : f32
          %v3683 = llvm.load %v35 : !llvm.ptr -> f32
          %v3684 = arith.mulf %v3678, %v3683 fastmath<contract> : f32
          llvm.store %v3547, %v4 : f32, !llvm.ptr
          llvm.store %v3549, %v20 : f32, !llvm.ptr
          llvm.store %v3556, %v5 : f32, !llvm.ptr
          llvm.store %v3558, %v21 : f32, !llvm.ptr
          llvm.store %v3565, %v6 : f32, !llvm.ptr
          llvm.store %v3567, %v22 : f32, !llvm.ptr
          llvm.store %v3574, %v7 : f32, !llvm.ptr
          llvm.store %v3576, %v23 : f32, !llvm.ptr
          llvm.store %v3583, %v8 : f32, !llvm.ptr
          llvm.store %v3585, %v24 : f32, !llvm.ptr
          llvm.store %v3592, %v9 : f32, !llvm.ptr
          llvm.store %v3594, %v25 : f32, !llvm.ptr
          llvm.store %v3601, %v10 : f32, !llvm.ptr
          llvm.store %v3603, %v26 : f32, !llvm.ptr
          llvm.store %v3610, %v11 : f32, !llvm.ptr
          llvm.store %v3612, %v27 : f32, !llvm.ptr
          llvm.store %v3619, %v12 : f32, !llvm.ptr
          llvm.store %v3621, %v28 : f32, !llvm.ptr
          llvm.store %v3628, %v13 : f32, !llvm.ptr
          llvm.store %v3630, %v29 : f32, !llvm.ptr
          llvm.store %v3637, %v14 : f32, !llvm.ptr
          llvm.store %v3639, %v30 : f32, !llvm.ptr
          llvm.store %v3646, %v15 : f32, !llvm.ptr
          llvm.store %v3648, %v31 : f32, !llvm.ptr
          llvm.store %v3655, %v16 : f32, !llvm.ptr
          llvm.store %v3657, %v32 : f32, !llvm.ptr
          llvm.store %v3664, %v17 : f32, !llvm.ptr
          llvm.store %v3666, %v33 : f32, !llvm.ptr
          llvm.store %v3673, %v18 : f32, !llvm.ptr
          llvm.store %v3675, %v34 : f32, !llvm.ptr
          llvm.store %v3682, %v19 : f32, !llvm.ptr
          llvm.store %v3684, %v35 : f32, !llvm.ptr
        }
        %v3685 = arith.muli %v3077, %v86 : i64
        %v3686 = arith.index_cast %v3685 : i64 to index
        %v3687 = arith.index_cast %v1664 : i64 to index
        %v3688 = arith.index_cast %v2 : i64 to index
        scf.for %v3689 = %v3686 to %v3687 step %v3688 {
          %v3690 = arith.index_cast %v3689 : index to i64
          %v3691 = arith.addi %v1637, %v3690 : i64
          %v3693 = arith.addi %v46, %v44 : i64
          %v3694 = arith.muli %v3693, %v108 : i64
          %v3695 = arith.addi %v3694, %v3690 : i64
          %v3696 = llvm.getelementptr %v37[%v3695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3697 = llvm.load %v3696 : !llvm.ptr<3> -> f32
          %v3698 = arith.addf %v3697, %v3246 fastmath<contract> : f32
          %v3699 = arith.maximumf %v3698, %v90 : f32
          %v3700 = llvm.call_intrinsic "llvm.fabs.f32"(%v3698) : (f32) -> f32
          %v3701 = arith.negf %v3700 : f32
          %v3702 = arith.mulf %v3701, %v3238 fastmath<contract> : f32
          %v3703 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3702) : (f32) -> f32
          %v3704 = arith.addf %v91, %v3703 fastmath<contract> : f32
          %v3705 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3704) : (f32) -> f32
          %v3706 = arith.mulf %v3705, %v3255 fastmath<contract> : f32
          %v3707 = arith.mulf %v3257, %v3703 fastmath<contract> : f32
          %v3708 = arith.addf %v3707, %v3259 fastmath<contract> : f32
          %v3709 = arith.mulf %v3708, %v3703 fastmath<contract> : f32
          %v3710 = arith.addf %v3709, %v3262 fastmath<contract> : f32
          %v3711 = arith.mulf %v3710, %v3703 fastmath<contract> : f32
          %v3712 = arith.addf %v3711, %v3265 fastmath<contract> : f32
          %v3713 = arith.mulf %v3712, %v3703 fastmath<contract> : f32
          %v3714 = arith.addf %v3713, %v3268 fastmath<contract> : f32
          %v3715 = arith.mulf %v3714, %v3703 fastmath<contract> : f32
          %v3716 = arith.addf %v3715, %v3271 fastmath<contract> : f32
          %v3717 = arith.mulf %v3716, %v3703 fastmath<contract> : f32
          %v3718 = arith.addf %v3717, %v91 fastmath<contract> : f32
          %v3719 = arith.mulf %v3718, %v3703 fastmath<contract> : f32
          %v3720 = llvm.call_intrinsic "llvm.fabs.f32"(%v3703) : (f32) -> f32
          %v3721 = arith.cmpf olt, %v3720, %v3277 : f32
          %v3722 = arith.select %v3721, %v3719, %v3706 : f32
          %v3723 = arith.addf %v3699, %v3722 fastmath<contract> : f32
          %v3724 = arith.mulf %v3723, %v3692 fastmath<contract> : f32
          %v3725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3724) : (f32) -> f32
          %v3726 = arith.subi %v3691, %v1637 : i64
          %v3727 = llvm.getelementptr %v71[%v3726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3728 = llvm.load %v3727 : !llvm.ptr -> f32
          %v3729 = arith.muli %v44, %v108 : i64
          %v3730 = arith.addi %v3729, %v3690 : i64
          %v3731 = llvm.getelementptr %v37[%v3730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3732 = llvm.load %v3731 : !llvm.ptr<3> -> f32
          %v3733 = arith.mulf %v3723, %v3732 fastmath<contract> : f32
          %v3734 = arith.mulf %v3728, %v3733 fastmath<contract> : f32
          %v3735 = llvm.load %v4 : !llvm.ptr -> f32
          %v3736 = arith.mulf %v3725, %v3735 fastmath<contract> : f32
          %v3737 = arith.addf %v3736, %v3734 fastmath<contract> : f32
          %v3738 = llvm.load %v20 : !llvm.ptr -> f32
          %v3739 = arith.mulf %v3725, %v3738 fastmath<contract> : f32
          %v3741 = arith.mulf %v3723, %v3740 fastmath<contract> : f32
          %v3742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3741) : (f32) -> f32
          %v3743 = arith.subi %v3691, %v1637 : i64
          %v3744 = arith.addi %v1659, %v3743 : i64
          %v3745 = llvm.getelementptr %v71[%v3744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3746 = llvm.load %v3745 : !llvm.ptr -> f32
          %v3747 = arith.mulf %v3746, %v3733 fastmath<contract> : f32
          %v3748 = llvm.load %v5 : !llvm.ptr -> f32
          %v3749 = arith.mulf %v3742, %v3748 fastmath<contract> : f32
          %v3750 = arith.addf %v3749, %v3747 fastmath<contract> : f32
          %v3751 = llvm.load %v21 : !llvm.ptr -> f32
          %v3752 = arith.mulf %v3742, %v3751 fastmath<contract> : f32
          %v3754 = arith.mulf %v3723, %v3753 fastmath<contract> : f32
          %v3755 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3754) : (f32) -> f32
          %v3756 = arith.subi %v3691, %v1637 : i64
          %v3757 = arith.addi %v3093, %v3756 : i64
          %v3758 = llvm.getelementptr %v71[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3759 = llvm.load %v3758 : !llvm.ptr -> f32
          %v3760 = arith.mulf %v3759, %v3733 fastmath<contract> : f32
          %v3761 = llvm.load %v6 : !llvm.ptr -> f32
          %v3762 = arith.mulf %v3755, %v3761 fastmath<contract> : f32
          %v3763 = arith.addf %v3762, %v3760 fastmath<contract> : f32
          %v3764 = llvm.load %v22 : !llvm.ptr -> f32
          %v3765 = arith.mulf %v3755, %v3764 fastmath<contract> : f32
          %v3767 = arith.mulf %v3723, %v3766 fastmath<contract> : f32
          %v3768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3767) : (f32) -> f32
          %v3769 = arith.subi %v3691, %v1637 : i64
          %v3770 = arith.addi %v3099, %v3769 : i64
          %v3771 = llvm.getelementptr %v71[%v3770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3772 = llvm.load %v3771 : !llvm.ptr -> f32
          %v3773 = arith.mulf %v3772, %v3733 fastmath<contract> : f32
          %v3774 = llvm.load %v7 : !llvm.ptr -> f32
          %v3775 = arith.mulf %v3768, %v3774 fastmath<contract> : f32
          %v3776 = arith.addf %v3775, %v3773 fastmath<contract> : f32
          %v3777 = llvm.load %v23 : !llvm.ptr -> f32
          %v3778 = arith.mulf %v3768, %v3777 fastmath<contract> : f32
          %v3780 = arith.mulf %v3723, %v3779 fastmath<contract> : f32
          %v3781 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3780) : (f32) -> f32
          %v3782 = arith.subi %v3691, %v1637 : i64
          %v3783 = arith.addi %v3104, %v3782 : i64
          %v3784 = llvm.getelementptr %v71[%v3783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3785 = llvm.load %v3784 : !llvm.ptr -> f32
          %v3786 = arith.mulf %v3785, %v3733 fastmath<contract> : f32
          %v3787 = llvm.load %v8 : !llvm.ptr -> f32
          %v3788 = arith.mulf %v3781, %v3787 fastmath<contract> : f32
          %v3789 = arith.addf %v3788, %v3786 fastmath<contract> : f32
          %v3790 = llvm.load %v24 : !llvm.ptr -> f32
          %v3791 = arith.mulf %v3781, %v3790 fastmath<contract> : f32
          %v3793 = arith.mulf %v3723, %v3792 fastmath<contract> : f32
          %v3794 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3793) : (f32) -> f32
          %v3795 = arith.subi %v3691, %v1637 : i64
          %v3796 = arith.addi %v3110, %v3795 : i64
          %v3797 = llvm.getelementptr %v71[%v3796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3798 = llvm.load %v3797 : !llvm.ptr -> f32
          %v3799 = arith.mulf %v3798, %v3733 fastmath<contract> : f32
          %v3800 = llvm.load %v9 : !llvm.ptr -> f32
          %v3801 = arith.mulf %v3794, %v3800 fastmath<contract> : f32
          %v3802 = arith.addf %v3801, %v3799 fastmath<contract> : f32
          %v3803 = llvm.load %v25 : !llvm.ptr -> f32
          %v3804 = arith.mulf %v3794, %v3803 fastmath<contract> : f32
          %v3806 = arith.mulf %v3723, %v3805 fastmath<contract> : f32
          %v3807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3806) : (f32) -> f32
          %v3808 = arith.subi %v3691, %v1637 : i64
          %v3809 = arith.addi %v3115, %v3808 : i64
          %v3810 = llvm.getelementptr %v71[%v3809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3811 = llvm.load %v3810 : !llvm.ptr -> f32
          %v3812 = arith.mulf %v3811, %v3733 fastmath<contract> : f32
          %v3813 = llvm.load %v10 : !llvm.ptr -> f32
          %v3814 = arith.mulf %v3807, %v3813 fastmath<contract> : f32
          %v3815 = arith.addf %v3814, %v3812 fastmath<contract> : f32
          %v3816 = llvm.load %v26 : !llvm.ptr -> f32
          %v3817 = arith.mulf %v3807, %v3816 fastmath<contract> : f32
          %v3819 = arith.mulf %v3723, %v3818 fastmath<contract> : f32
          %v3820 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3819) : (f32) -> f32
          %v3821 = arith.subi %v3691, %v1637 : i64
          %v3822 = arith.addi %v3121, %v3821 : i64
          %v3823 = llvm.getelementptr %v71[%v3822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3824 = llvm.load %v3823 : !llvm.ptr -> f32
          %v3825 = arith.mulf %v3824, %v3733 fastmath<contract> : f32
          %v3826 = llvm.load %v11 : !llvm.ptr -> f32
          %v3827 = arith.mulf %v3820, %v3826 fastmath<contract> : f32
          %v3828 = arith.addf %v3827, %v3825 fastmath<contract> : f32
          %v3829 = llvm.load %v27 : !llvm.ptr -> f32
          %v3830 = arith.mulf %v3820, %v3829 fastmath<contract> : f32
          %v3832 = arith.mulf %v3723, %v3831 fastmath<contract> : f32
          %v3833 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3832) : (f32) -> f32
          %v3834 = arith.subi %v3691, %v1637 : i64
          %v3835 = arith.addi %v3126, %v3834 : i64
          %v3836 = llvm.getelementptr %v71[%v3835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3837 = llvm.load %v3836 : !llvm.ptr -> f32
          %v3838 = arith.mulf %v3837, %v3733 fastmath<contract> : f32
          %v3839 = llvm.load %v12 : !llvm.ptr -> f32
          %v3840 = arith.mulf %v3833, %v3839 fastmath<contract> : f32
          %v3841 = arith.addf %v3840, %v3838 fastmath<contract> : f32
          %v3842 = llvm.load %v28 : !llvm.ptr -> f32
          %v3843 = arith.mulf %v3833, %v3842 fastmath<contract> : f32
          %v3845 = arith.mulf %v3723, %v3844 fastmath<contract> : f32
          %v3846 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3845) : (f32) -> f32
          %v3847 = arith.subi %v3691, %v1637 : i64
          %v3848 = arith.addi %v3132, %v3847 : i64
          %v3849 = llvm.getelementptr %v71[%v3848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3850 = llvm.load %v3849 : !llvm.ptr -> f32
          %v3851 = arith.mulf %v3850, %v3733 fastmath<contract> : f32
          %v3852 = llvm.load %v13 : !llvm.ptr -> f32
          %v3853 = arith.mulf %v3846, %v3852 fastmath<contract> : f32
          %v3854 = arith.addf %v3853, %v3851 fastmath<contract> : f32
          %v3855 = llvm.load %v29 : !llvm.ptr -> f32
          %v3856 = arith.mulf %v3846, %v3855 fastmath<contract> : f32
          %v3858 = arith.mulf %v3723, %v3857 fastmath<contract> : f32
          %v3859 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3858) : (f32) -> f32
          %v3860 = arith.subi %v3691, %v1637 : i64
          %v3861 = arith.addi %v3137, %v3860 : i64
          %v3862 = llvm.getelementptr %v71[%v3861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3863 = llvm.load %v3862 : !llvm.ptr -> f32
          %v3864 = arith.mulf %v3863, %v3733 fastmath<contract> : f32
          %v3865 = llvm.load %v14 : !llvm.ptr -> f32
          %v3866 = arith.mulf %v3859, %v3865 fastmath<contract> : f32
          %v3867 = arith.addf %v3866, %v3864 fastmath<contract> : f32
          %v3868 = llvm.load %v30 : !llvm.ptr -> f32
          %v3869 = arith.mulf %v3859, %v3868 fastmath<contract> : f32
          %v3871 = arith.mulf %v3723, %v3870 fastmath<contract> : f32
          %v3872 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3871) : (f32) -> f32
          %v3873 = arith.subi %v3691, %v1637 : i64
          %v3874 = arith.addi %v3143, %v3873 : i64
          %v3875 = llvm.getelementptr %v71[%v3874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3876 = llvm.load %v3875 : !llvm.ptr -> f32
          %v3877 = arith.mulf %v3876, %v3733 fastmath<contract> : f32
          %v3878 = llvm.load %v15 : !llvm.ptr -> f32
          %v3879 = arith.mulf %v3872, %v3878 fastmath<contract> : f32
          %v3880 = arith.addf %v3879, %v3877 fastmath<contract> : f32
          %v3881 = llvm.load %v31 : !llvm.ptr -> f32
          %v3882 = arith.mulf %v3872, %v3881 fastmath<contract> : f32
          %v3884 = arith.mulf %v3723, %v3883 fastmath<contract> : f32
          %v3885 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3884) : (f32) -> f32
          %v3886 = arith.subi %v3691, %v1637 : i64
          %v3887 = arith.addi %v3148, %v3886 : i64
          %v3888 = llvm.getelementptr %v71[%v3887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3889 = llvm.load %v3888 : !llvm.ptr -> f32
          %v3890 = arith.mulf %v3889, %v3733 fastmath<contract> : f32
          %v3891 = llvm.load %v16 : !llvm.ptr -> f32
          %v3892 = arith.mulf %v3885, %v3891 fastmath<contract> : f32
          %v3893 = arith.addf %v3892, %v3890 fastmath<contract> : f32
          %v3894 = llvm.load %v32 : !llvm.ptr -> f32
          %v3895 = arith.mulf %v3885, %v3894 fastmath<contract> : f32
          %v3897 = arith.mulf %v3723, %v3896 fastmath<contract> : f32
          %v3898 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3897) : (f32) -> f32
          %v3899 = arith.subi %v3691, %v1637 : i64
          %v3900 = arith.addi %v3154, %v3899 : i64
          %v3901 = llvm.getelementptr %v71[%v3900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3902 = llvm.load %v3901 : !llvm.ptr -> f32
          %v3903 = arith.mulf %v3902, %v3733 fastmath<contract> : f32
          %v3904 = llvm.load %v17 : !llvm.ptr -> f32
          %v3905 = arith.mulf %v3898, %v3904 fastmath<contract> : f32
          %v3906 = arith.addf %v3905, %v3903 fastmath<contract> : f32
          %v3907 = llvm.load %v33 : !llvm.ptr -> f32
          %v3908 = arith.mulf %v3898, %v3907 fastmath<contract> : f32
          %v3910 = arith.mulf %v3723, %v3909 fastmath<contract> : f32
          %v3911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3910) : (f32) -> f32
          %v3912 = arith.subi %v3691, %v1637 : i64
          %v3913 = arith.addi %v3159, %v3912 : i64
          %v3914 = llvm.getelementptr %v71[%v3913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3915 = llvm.load %v3914 : !llvm.ptr -> f32
          %v3916 = arith.mulf %v3915, %v3733 fastmath<contract> : f32
          %v3917 = llvm.load %v18 : !llvm.ptr -> f32
          %v3918 = arith.mulf %v3911, %v3917 fastmath<contract> : f32
          %v3919 = arith.addf %v3918, %v3916 fastmath<contract> : f32
          %v3920 = llvm.load %v34 : !llvm.ptr -> f32
          %v3921 = arith.mulf %v3911, %v3920 fastmath<contract> : f32
          %v3923 = arith.mulf %v3723, %v3922 fastmath<contract> : f32
          %v3924 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3923) : (f32) -> f32
          %v3925 = arith.subi %v3691, %v1637 : i64
          %v3926 = arith.addi %v3165, %v3925 : i64
          %v3927 = llvm.getelementptr %v71[%v3926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3928 = llvm.load %v3927 : !llvm.ptr -> f32
          %v3929 = arith.mulf %v3928, %v3733 fastmath<contract> : f32
          %v3930 = llvm.load %v19 : !llvm.ptr -> f32
          %v3931 = arith.mulf %v3924, %v3930 fastmath<contract> : f32
          %v3932 = arith.addf %v3931, %v3929 fastmath<contract> : f32
          %v3933 = llvm.load %v35 : !llvm.ptr -> f32
          %v3934 = arith.mulf %v3924, %v3933 fastmath<contract> : f32
          llvm.store %v3737, %v4 : f32, !llvm.ptr
          llvm.store %v3739, %v20 : f32, !llvm.ptr
          llvm.store %v3750, %v5 : f32, !llvm.ptr
          llvm.store %v3752, %v21 : f32, !llvm.ptr
          llvm.store %v3763, %v6 : f32, !llvm.ptr
          llvm.store %v3765, %v22 : f32, !llvm.ptr
          llvm.store %v3776, %v7 : f32, !llvm.ptr
          llvm.store %v3778, %v23 : f32, !llvm.ptr
          llvm.store %v3789, %v8 : f32, !llvm.ptr
          llvm.store %v3791, %v24 : f32, !llvm.ptr
          llvm.store %v3802, %v9 : f32, !llvm.ptr
          llvm.store %v3804, %v25 : f32, !llvm.ptr
          llvm.store %v3815, %v10 : f32, !llvm.ptr
          llvm.store %v3817, %v26 : f32, !llvm.ptr
          llvm.store %v3828, %v11 : f32, !llvm.ptr
          llvm.store %v3830, %v27 : f32, !llvm.ptr
          llvm.store %v3841, %v12 : f32, !llvm.ptr
          llvm.store %v3843, %v28 : f32, !llvm.ptr
          llvm.store %v3854, %v13 : f32, !llvm.ptr
          llvm.store %v3856, %v29 : f32, !llvm.ptr
          llvm.store %v3867, %v14 : f32, !llvm.ptr
          llvm.store %v3869, %v30 : f32, !llvm.ptr
          llvm.store %v3880, %v15 : f32, !llvm.ptr
          llvm.store %v3882, %v31 : f32, !llvm.ptr
          llvm.store %v3893, %v16 : f32, !llvm.ptr
          llvm.store %v3895, %v32 : f32, !llvm.ptr
          llvm.store %v3906, %v17 : f32, !llvm.ptr
          llvm.store %v3908, %v33 : f32, !llvm.ptr
          llvm.store %v3919, %v18 : f32, !llvm.ptr
          llvm.store %v3921, %v34 : f32, !llvm.ptr
          llvm.store %v3932, %v19 : f32, !llvm.ptr
          llvm.store %v3934, %v35 : f32, !llvm.ptr
        }
        gpu.barrier
        %v3935 = arith.divui %v44, %v95 : i64
        %v3936 = arith.remui %v44, %v95 : i64
        %v3937 = arith.muli %v3935, %v108 : i64
        %v3938 = arith.addi %v3937, %v3936 : i64
        %v3939 = llvm.getelementptr %v37[%v3938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1680, %v3939 : f32, !llvm.ptr<3>
        %v3940 = arith.addi %v46, %v44 : i64
        %v3941 = arith.divui %v3940, %v95 : i64
        %v3942 = arith.remui %v3940, %v95 : i64
        %v3943 = arith.muli %v3941, %v108 : i64
        %v3944 = arith.addi %v3943, %v3942 : i64
        %v3945 = llvm.getelementptr %v37[%v3944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1694, %v3945 : f32, !llvm.ptr<3>
        %v3946 = arith.addi %v87, %v44 : i64
        %v3947 = arith.divui %v3946, %v95 : i64
        %v3948 = arith.remui %v3946, %v95 : i64
        %v3949 = arith.muli %v3947, %v108 : i64
        %v3950 = arith.addi %v3949, %v3948 : i64
        %v3951 = llvm.getelementptr %v37[%v3950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1708, %v3951 : f32, !llvm.ptr<3>
        %v3953 = arith.addi %v3952, %v44 : i64
        %v3954 = arith.divui %v3953, %v95 : i64
        %v3955 = arith.remui %v3953, %v95 : i64
        %v3956 = arith.muli %v3954, %v108 : i64
        %v3957 = arith.addi %v3956, %v3955 : i64
        %v3958 = llvm.getelementptr %v37[%v3957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1722, %v3958 : f32, !llvm.ptr<3>
        %v3959 = arith.addi %v40, %v44 : i64
        %v3960 = arith.divui %v3959, %v95 : i64
        %v3961 = arith.remui %v3959, %v95 : i64
        %v3962 = arith.muli %v3960, %v108 : i64
        %v3963 = arith.addi %v3962, %v3961 : i64
        %v3964 = llvm.getelementptr %v37[%v3963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1736, %v3964 : f32, !llvm.ptr<3>
        %v3966 = arith.addi %v3965, %v44 : i64
        %v3967 = arith.divui %v3966, %v95 : i64
        %v3968 = arith.remui %v3966, %v95 : i64
        %v3969 = arith.muli %v3967, %v108 : i64
        %v3970 = arith.addi %v3969, %v3968 : i64
        %v3971 = llvm.getelementptr %v37[%v3970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1750, %v3971 : f32, !llvm.ptr<3>
        %v3973 = arith.addi %v3972, %v44 : i64
        %v3974 = arith.divui %v3973, %v95 : i64
        %v3975 = arith.remui %v3973, %v95 : i64
        %v3976 = arith.muli %v3974, %v108 : i64
        %v3977 = arith.addi %v3976, %v3975 : i64
        %v3978 = llvm.getelementptr %v37[%v3977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1764, %v3978 : f32, !llvm.ptr<3>
        %v3980 = arith.addi %v3979, %v44 : i64
        %v3981 = arith.divui %v3980, %v95 : i64
        %v3982 = arith.remui %v3980, %v95 : i64
        %v3983 = arith.muli %v3981, %v108 : i64
        %v3984 = arith.addi %v3983, %v3982 : i64
        %v3985 = llvm.getelementptr %v37[%v3984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1778, %v3985 : f32, !llvm.ptr<3>
        %v3986 = arith.addi %v1639, %v44 : i64
        %v3987 = arith.divui %v3986, %v95 : i64
        %v3988 = arith.remui %v3986, %v95 : i64
        %v3989 = arith.muli %v3987, %v108 : i64
        %v3990 = arith.addi %v3989, %v3988 : i64
        %v3991 = llvm.getelementptr %v37[%v3990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1792, %v3991 : f32, !llvm.ptr<3>
        %v3993 = arith.addi %v3992, %v44 : i64
        %v3994 = arith.divui %v3993, %v95 : i64
        %v3995 = arith.remui %v3993, %v95 : i64
        %v3996 = arith.muli %v3994, %v108 : i64
        %v3997 = arith.addi %v3996, %v3995 : i64
        %v3998 = llvm.getelementptr %v37[%v3997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v3998 : f32, !llvm.ptr<3>
        %v4000 = arith.addi %v3999, %v44 : i64
        %v4001 = arith.divui %v4000, %v95 : i64
        %v4002 = arith.remui %v4000, %v95 : i64
        %v4003 = arith.muli %v4001, %v108 : i64
        %v4004 = arith.addi %v4003, %v4002 : i64
        %v4005 = llvm.getelementptr %v37[%v4004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1820, %v4005 : f32, !llvm.ptr<3>
        %v4007 = arith.addi %v4006, %v44 : i64
        %v4008 = arith.divui %v4007, %v95 : i64
        %v4009 = arith.remui %v4007, %v95 : i64
        %v4010 = arith.muli %v4008, %v108 : i64
        %v4011 = arith.addi %v4010, %v4009 : i64
        %v4012 = llvm.getelementptr %v37[%v4011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1834, %v4012 : f32, !llvm.ptr<3>
        %v4014 = arith.addi %v4013, %v44 : i64
        %v4015 = arith.divui %v4014, %v95 : i64
        %v4016 = arith.remui %v4014, %v95 : i64
        %v4017 = arith.muli %v4015, %v108 : i64
        %v4018 = arith.addi %v4017, %v4016 : i64
        %v4019 = llvm.getelementptr %v37[%v4018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1848, %v4019 : f32, !llvm.ptr<3>
        %v4021 = arith.addi %v4020, %v44 : i64
        %v4022 = arith.divui %v4021, %v95 : i64
        %v4023 = arith.remui %v4021, %v95 : i64
        %v4024 = arith.muli %v4022, %v108 : i64
        %v4025 = arith.addi %v4024, %v4023 : i64
        %v4026 = llvm.getelementptr %v37[%v4025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1862, %v4026 : f32, !llvm.ptr<3>
        %v4028 = arith.addi %v4027, %v44 : i64
        %v4029 = arith.divui %v4028, %v95 : i64
        %v4030 = arith.remui %v4028, %v95 : i64
        %v4031 = arith.muli %v4029, %v108 : i64
        %v4032 = arith.addi %v4031, %v4030 : i64
        %v4033 = llvm.getelementptr %v37[%v4032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1876, %v4033 : f32, !llvm.ptr<3>
        %v4035 = arith.addi %v4034, %v44 : i64
        %v4036 = arith.divui %v4035, %v95 : i64
        %v4037 = arith.remui %v4035, %v95 : i64
        %v4038 = arith.muli %v4036, %v108 : i64
        %v4039 = arith.addi %v4038, %v4037 : i64
        %v4040 = llvm.getelementptr %v37[%v4039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1890, %v4040 : f32, !llvm.ptr<3>
        %v4042 = arith.addi %v4041, %v44 : i64
        %v4043 = arith.divui %v4042, %v95 : i64
        %v4044 = arith.remui %v4042, %v95 : i64
        %v4045 = arith.muli %v4043, %v108 : i64
        %v4046 = arith.addi %v4045, %v4044 : i64
        %v4047 = llvm.getelementptr %v37[%v4046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1904, %v4047 : f32, !llvm.ptr<3>
        %v4049 = arith.addi %v4048, %v44 : i64
        %v4050 = arith.divui %v4049, %v95 : i64
        %v4051 = arith.remui %v4049, %v95 : i64
        %v4052 = arith.muli %v4050, %v108 : i64
        %v4053 = arith.addi %v4052, %v4051 : i64
        %v4054 = llvm.getelementptr %v37[%v4053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1918, %v4054 : f32, !llvm.ptr<3>
        %v4056 = arith.addi %v4055, %v44 : i64
        %v4057 = arith.divui %v4056, %v95 : i64
        %v4058 = arith.remui %v4056, %v95 : i64
        %v4059 = arith.muli %v4057, %v108 : i64
        %v4060 = arith.addi %v4059, %v4058 : i64
        %v4061 = llvm.getelementptr %v37[%v4060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1932, %v4061 : f32, !llvm.ptr<3>
        %v4063 = arith.addi %v4062, %v44 : i64
        %v4064 = arith.divui %v4063, %v95 : i64
        %v4065 = arith.remui %v4063, %v95 : i64
        %v4066 = arith.muli %v4064, %v108 : i64
        %v4067 = arith.addi %v4066, %v4065 : i64
        %v4068 = llvm.getelementptr %v37[%v4067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1946, %v4068 : f32, !llvm.ptr<3>
        %v4070 = arith.addi %v4069, %v44 : i64
        %v4071 = arith.divui %v4070, %v95 : i64
        %v4072 = arith.remui %v4070, %v95 : i64
        %v4073 = arith.muli %v4071, %v108 : i64
        %v4074 = arith.addi %v4073, %v4072 : i64
        %v4075 = llvm.getelementptr %v37[%v4074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1960, %v4075 : f32, !llvm.ptr<3>
        %v4077 = arith.addi %v4076, %v44 : i64
        %v4078 = arith.divui %v4077, %v95 : i64
        %v4079 = arith.remui %v4077, %v95 : i64
        %v4080 = arith.muli %v4078, %v108 : i64
        %v4081 = arith.addi %v4080, %v4079 : i64
        %v4082 = llvm.getelementptr %v37[%v4081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1974, %v4082 : f32, !llvm.ptr<3>
        %v4084 = arith.addi %v4083, %v44 : i64
        %v4085 = arith.divui %v4084, %v95 : i64
        %v4086 = arith.remui %v4084, %v95 : i64
        %v4087 = arith.muli %v4085, %v108 : i64
        %v4088 = arith.addi %v4087, %v4086 : i64
        %v4089 = llvm.getelementptr %v37[%v4088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1988, %v4089 : f32, !llvm.ptr<3>
        %v4091 = arith.addi %v4090, %v44 : i64
        %v4092 = arith.divui %v4091, %v95 : i64
        %v4093 = arith.remui %v4091, %v95 : i64
        %v4094 = arith.muli %v4092, %v108 : i64
        %v4095 = arith.addi %v4094, %v4093 : i64
        %v4096 = llvm.getelementptr %v37[%v4095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2002, %v4096 : f32, !llvm.ptr<3>
        %v4098 = arith.addi %v4097, %v44 : i64
        %v4099 = arith.divui %v4098, %v95 : i64
        %v4100 = arith.remui %v4098, %v95 : i64
        %v4101 = arith.muli %v4099, %v108 : i64
        %v4102 = arith.addi %v4101, %v4100 : i64
        %v4103 = llvm.getelementptr %v37[%v4102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2016, %v4103 : f32, !llvm.ptr<3>
        %v4105 = arith.addi %v4104, %v44 : i64
        %v4106 = arith.divui %v4105, %v95 : i64
        %v4107 = arith.remui %v4105, %v95 : i64
        %v4108 = arith.muli %v4106, %v108 : i64
        %v4109 = arith.addi %v4108, %v4107 : i64
        %v4110 = llvm.getelementptr %v37[%v4109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2030, %v4110 : f32, !llvm.ptr<3>
        %v4112 = arith.addi %v4111, %v44 : i64
        %v4113 = arith.divui %v4112, %v95 : i64
        %v4114 = arith.remui %v4112, %v95 : i64
        %v4115 = arith.muli %v4113, %v108 : i64
        %v4116 = arith.addi %v4115, %v4114 : i64
        %v4117 = llvm.getelementptr %v37[%v4116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2044, %v4117 : f32, !llvm.ptr<3>
        %v4119 = arith.addi %v4118, %v44 : i64
        %v4120 = arith.divui %v4119, %v95 : i64
        %v4121 = arith.remui %v4119, %v95 : i64
        %v4122 = arith.muli %v4120, %v108 : i64
        %v4123 = arith.addi %v4122, %v4121 : i64
        %v4124 = llvm.getelementptr %v37[%v4123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2058, %v4124 : f32, !llvm.ptr<3>
        %v4126 = arith.addi %v4125, %v44 : i64
        %v4127 = arith.divui %v4126, %v95 : i64
        %v4128 = arith.remui %v4126, %v95 : i64
        %v4129 = arith.muli %v4127, %v108 : i64
        %v4130 = arith.addi %v4129, %v4128 : i64
        %v4131 = llvm.getelementptr %v37[%v4130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2072, %v4131 : f32, !llvm.ptr<3>
        %v4133 = arith.addi %v4132, %v44 : i64
        %v4134 = arith.divui %v4133, %v95 : i64
        %v4135 = arith.remui %v4133, %v95 : i64
        %v4136 = arith.muli %v4134, %v108 : i64
        %v4137 = arith.addi %v4136, %v4135 : i64
        %v4138 = llvm.getelementptr %v37[%v4137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2086, %v4138 : f32, !llvm.ptr<3>
        %v4140 = arith.addi %v4139, %v44 : i64
        %v4141 = arith.divui %v4140, %v95 : i64
        %v4142 = arith.remui %v4140, %v95 : i64
        %v4143 = arith.muli %v4141, %v108 : i64
        %v4144 = arith.addi %v4143, %v4142 : i64
        %v4145 = llvm.getelementptr %v37[%v4144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2100, %v4145 : f32, !llvm.ptr<3>
        %v4147 = arith.addi %v4146, %v44 : i64
        %v4148 = arith.divui %v4147, %v95 : i64
        %v4149 = arith.remui %v4147, %v95 : i64
        %v4150 = arith.muli %v4148, %v108 : i64
        %v4151 = arith.addi %v4150, %v4149 : i64
        %v4152 = llvm.getelementptr %v37[%v4151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2114, %v4152 : f32, !llvm.ptr<3>
        %v4153 = arith.divui %v44, %v95 : i64
        %v4154 = arith.remui %v44, %v95 : i64
        %v4155 = arith.addi %v46, %v4153 : i64
        %v4156 = arith.muli %v4155, %v108 : i64
        %v4157 = arith.addi %v4156, %v4154 : i64
        %v4158 = llvm.getelementptr %v37[%v4157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2130, %v4158 : f32, !llvm.ptr<3>
        %v4159 = arith.addi %v46, %v44 : i64
        %v4160 = arith.divui %v4159, %v95 : i64
        %v4161 = arith.remui %v4159, %v95 : i64
        %v4162 = arith.addi %v46, %v4160 : i64
        %v4163 = arith.muli %v4162, %v108 : i64
        %v4164 = arith.addi %v4163, %v4161 : i64
        %v4165 = llvm.getelementptr %v37[%v4164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2145, %v4165 : f32, !llvm.ptr<3>
        %v4166 = arith.addi %v87, %v44 : i64
        %v4167 = arith.divui %v4166, %v95 : i64
        %v4168 = arith.remui %v4166, %v95 : i64
        %v4169 = arith.addi %v46, %v4167 : i64
        %v4170 = arith.muli %v4169, %v108 : i64
        %v4171 = arith.addi %v4170, %v4168 : i64
        %v4172 = llvm.getelementptr %v37[%v4171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2160, %v4172 : f32, !llvm.ptr<3>
        %v4173 = arith.addi %v3952, %v44 : i64
        %v4174 = arith.divui %v4173, %v95 : i64
        %v4175 = arith.remui %v4173, %v95 : i64
        %v4176 = arith.addi %v46, %v4174 : i64
        %v4177 = arith.muli %v4176, %v108 : i64
        %v4178 = arith.addi %v4177, %v4175 : i64
        %v4179 = llvm.getelementptr %v37[%v4178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2175, %v4179 : f32, !llvm.ptr<3>
        %v4180 = arith.addi %v40, %v44 : i64
        %v4181 = arith.divui %v4180, %v95 : i64
        %v4182 = arith.remui %v4180, %v95 : i64
        %v4183 = arith.addi %v46, %v4181 : i64
        %v4184 = arith.muli %v4183, %v108 : i64
        %v4185 = arith.addi %v4184, %v4182 : i64
        %v4186 = llvm.getelementptr %v37[%v4185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2190, %v4186 : f32, !llvm.ptr<3>
        %v4187 = arith.addi %v3965, %v44 : i64
        %v4188 = arith.divui %v4187, %v95 : i64
        %v4189 = arith.remui %v4187, %v95 : i64
        %v4190 = arith.addi %v46, %v4188 : i64
        %v4191 = arith.muli %v4190, %v108 : i64
        %v4192 = arith.addi %v4191, %v4189 : i64
        %v4193 = llvm.getelementptr %v37[%v4192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2205, %v4193 : f32, !llvm.ptr<3>
        %v4194 = arith.addi %v3972, %v44 : i64
        %v4195 = arith.divui %v4194, %v95 : i64
        %v4196 = arith.remui %v4194, %v95 : i64
        %v4197 = arith.addi %v46, %v4195 : i64
        %v4198 = arith.muli %v4197, %v108 : i64
        %v4199 = arith.addi %v4198, %v4196 : i64
        %v4200 = llvm.getelementptr %v37[%v4199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2220, %v4200 : f32, !llvm.ptr<3>
        %v4201 = arith.addi %v3979, %v44 : i64
        %v4202 = arith.divui %v4201, %v95 : i64
        %v4203 = arith.remui %v4201, %v95 : i64
        %v4204 = arith.addi %v46, %v4202 : i64
        %v4205 = arith.muli %v4204, %v108 : i64
        %v4206 = arith.addi %v4205, %v4203 : i64
        %v4207 = llvm.getelementptr %v37[%v4206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2235, %v4207 : f32, !llvm.ptr<3>
        %v4208 = arith.addi %v1639, %v44 : i64
        %v4209 = arith.divui %v4208, %v95 : i64
        %v4210 = arith.remui %v4208, %v95 : i64
        %v4211 = arith.addi %v46, %v4209 : i64
        %v4212 = arith.muli %v4211, %v108 : i64
        %v4213 = arith.addi %v4212, %v4210 : i64
        %v4214 = llvm.getelementptr %v37[%v4213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2250, %v4214 : f32, !llvm.ptr<3>
        %v4215 = arith.addi %v3992, %v44 : i64
        %v4216 = arith.divui %v4215, %v95 : i64
        %v4217 = arith.remui %v4215, %v95 : i64
        %v4218 = arith.addi %v46, %v4216 : i64
        %v4219 = arith.muli %v4218, %v108 : i64
        %v4220 = arith.addi %v4219, %v4217 : i64
        %v4221 = llvm.getelementptr %v37[%v4220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2265, %v4221 : f32, !llvm.ptr<3>
        %v4222 = arith.addi %v3999, %v44 : i64
        %v4223 = arith.divui %v4222, %v95 : i64
        %v4224 = arith.remui %v4222, %v95 : i64
        %v4225 = arith.addi %v46, %v4223 : i64
        %v4226 = arith.muli %v4225, %v108 : i64
        %v4227 = arith.addi %v4226, %v4224 : i64
        %v4228 = llvm.getelementptr %v37[%v4227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2280, %v4228 : f32, !llvm.ptr<3>
        %v4229 = arith.addi %v4006, %v44 : i64
        %v4230 = arith.divui %v4229, %v95 : i64
        %v4231 = arith.remui %v4229, %v95 : i64
        %v4232 = arith.addi %v46, %v4230 : i64
        %v4233 = arith.muli %v4232, %v108 : i64
        %v4234 = arith.addi %v4233, %v4231 : i64
        %v4235 = llvm.getelementptr %v37[%v4234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2295, %v4235 : f32, !llvm.ptr<3>
        %v4236 = arith.addi %v4013, %v44 : i64
        %v4237 = arith.divui %v4236, %v95 : i64
        %v4238 = arith.remui %v4236, %v95 : i64
        %v4239 = arith.addi %v46, %v4237 : i64
        %v4240 = arith.muli %v4239, %v108 : i64
        %v4241 = arith.addi %v4240, %v4238 : i64
        %v4242 = llvm.getelementptr %v37[%v4241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2310, %v4242 : f32, !llvm.ptr<3>
        %v4243 = arith.addi %v4020, %v44 : i64
        %v4244 = arith.divui %v4243, %v95 : i64
        %v4245 = arith.remui %v4243, %v95 : i64
        %v4246 = arith.addi %v46, %v4244 : i64
        %v4247 = arith.muli %v4246, %v108 : i64
        %v4248 = arith.addi %v4247, %v4245 : i64
        %v4249 = llvm.getelementptr %v37[%v4248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2325, %v4249 : f32, !llvm.ptr<3>
        %v4250 = arith.addi %v4027, %v44 : i64
        %v4251 = arith.divui %v4250, %v95 : i64
        %v4252 = arith.remui %v4250, %v95 : i64
        %v4253 = arith.addi %v46, %v4251 : i64
        %v4254 = arith.muli %v4253, %v108 : i64
        %v4255 = arith.addi %v4254, %v4252 : i64
        %v4256 = llvm.getelementptr %v37[%v4255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2340, %v4256 : f32, !llvm.ptr<3>
        %v4257 = arith.addi %v4034, %v44 : i64
        %v4258 = arith.divui %v4257, %v95 : i64
        %v4259 = arith.remui %v4257, %v95 : i64
        %v4260 = arith.addi %v46, %v4258 : i64
        %v4261 = arith.muli %v4260, %v108 : i64
        %v4262 = arith.addi %v4261, %v4259 : i64
        %v4263 = llvm.getelementptr %v37[%v4262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2355, %v4263 : f32, !llvm.ptr<3>
        %v4264 = arith.addi %v4041, %v44 : i64
        %v4265 = arith.divui %v4264, %v95 : i64
        %v4266 = arith.remui %v4264, %v95 : i64
        %v4267 = arith.addi %v46, %v4265 : i64
        %v4268 = arith.muli %v4267, %v108 : i64
        %v4269 = arith.addi %v4268, %v4266 : i64
        %v4270 = llvm.getelementptr %v37[%v4269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2370, %v4270 : f32, !llvm.ptr<3>
        %v4271 = arith.addi %v4048, %v44 : i64
        %v4272 = arith.divui %v4271, %v95 : i64
        %v4273 = arith.remui %v4271, %v95 : i64
        %v4274 = arith.addi %v46, %v4272 : i64
        %v4275 = arith.muli %v4274, %v108 : i64
        %v4276 = arith.addi %v4275, %v4273 : i64
        %v4277 = llvm.getelementptr %v37[%v4276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2385, %v4277 : f32, !llvm.ptr<3>
        %v4278 = arith.addi %v4055, %v44 : i64
        %v4279 = arith.divui %v4278, %v95 : i64
        %v4280 = arith.remui %v4278, %v95 : i64
        %v4281 = arith.addi %v46, %v4279 : i64
        %v4282 = arith.muli %v4281, %v108 : i64
        %v4283 = arith.addi %v4282, %v4280 : i64
        %v4284 = llvm.getelementptr %v37[%v4283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2400, %v4284 : f32, !llvm.ptr<3>
        %v4285 = arith.addi %v4062, %v44 : i64
        %v4286 = arith.divui %v4285, %v95 : i64
        %v4287 = arith.remui %v4285, %v95 : i64
        %v4288 = arith.addi %v46, %v4286 : i64
        %v4289 = arith.muli %v4288, %v108 : i64
        %v4290 = arith.addi %v4289, %v4287 : i64
        %v4291 = llvm.getelementptr %v37[%v4290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2415, %v4291 : f32, !llvm.ptr<3>
        %v4292 = arith.addi %v4069, %v44 : i64
        %v4293 = arith.divui %v4292, %v95 : i64
        %v4294 = arith.remui %v4292, %v95 : i64
        %v4295 = arith.addi %v46, %v4293 : i64
        %v4296 = arith.muli %v4295, %v108 : i64
        %v4297 = arith.addi %v4296, %v4294 : i64
        %v4298 = llvm.getelementptr %v37[%v4297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2430, %v4298 : f32, !llvm.ptr<3>
        %v4299 = arith.addi %v4076, %v44 : i64
        %v4300 = arith.divui %v4299, %v95 : i64
        %v4301 = arith.remui %v4299, %v95 : i64
        %v4302 = arith.addi %v46, %v4300 : i64
        %v4303 = arith.muli %v4302, %v108 : i64
        %v4304 = arith.addi %v4303, %v4301 : i64
        %v4305 = llvm.getelementptr %v37[%v4304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2445, %v4305 : f32, !llvm.ptr<3>
        %v4306 = arith.addi %v4083, %v44 : i64
        %v4307 = arith.divui %v4306, %v95 : i64
        %v4308 = arith.remui %v4306, %v95 : i64
        %v4309 = arith.addi %v46, %v4307 : i64
        %v4310 = arith.muli %v4309, %v108 : i64
        %v4311 = arith.addi %v4310, %v4308 : i64
        %v4312 = llvm.getelementptr %v37[%v4311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2460, %v4312 : f32, !llvm.ptr<3>
        %v4313 = arith.addi %v4090, %v44 : i64
        %v4314 = arith.divui %v4313, %v95 : i64
        %v4315 = arith.remui %v4313, %v95 : i64
        %v4316 = arith.addi %v46, %v4314 : i64
        %v4317 = arith.muli %v4316, %v108 : i64
        %v4318 = arith.addi %v4317, %v4315 : i64
        %v4319 = llvm.getelementptr %v37[%v4318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2475, %v4319 : f32, !llvm.ptr<3>
        %v4320 = arith.addi %v4097, %v44 : i64
        %v4321 = arith.divui %v4320, %v95 : i64
        %v4322 = arith.remui %v4320, %v95 : i64
        %v4323 = arith.addi %v46, %v4321 : i64
        %v4324 = arith.muli %v4323, %v108 : i64
        %v4325 = arith.addi %v4324, %v4322 : i64
        %v4326 = llvm.getelementptr %v37[%v4325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2490, %v4326 : f32, !llvm.ptr<3>
        %v4327 = arith.addi %v4104, %v44 : i64
        %v4328 = arith.divui %v4327, %v95 : i64
        %v4329 = arith.remui %v4327, %v95 : i64
        %v4330 = arith.addi %v46, %v4328 : i64
        %v4331 = arith.muli %v4330, %v108 : i64
        %v4332 = arith.addi %v4331, %v4329 : i64
        %v4333 = llvm.getelementptr %v37[%v4332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2505, %v4333 : f32, !llvm.ptr<3>
        %v4334 = arith.addi %v4111, %v44 : i64
        %v4335 = arith.divui %v4334, %v95 : i64
        %v4336 = arith.remui %v4334, %v95 : i64
        %v4337 = arith.addi %v46, %v4335 : i64
        %v4338 = arith.muli %v4337, %v108 : i64
        %v4339 = arith.addi %v4338, %v4336 : i64
        %v4340 = llvm.getelementptr %v37[%v4339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2520, %v4340 : f32, !llvm.ptr<3>
        %v4341 = arith.addi %v4118, %v44 : i64
        %v4342 = arith.divui %v4341, %v95 : i64
        %v4343 = arith.remui %v4341, %v95 : i64
        %v4344 = arith.addi %v46, %v4342 : i64
        %v4345 = arith.muli %v4344, %v108 : i64
        %v4346 = arith.addi %v4345, %v4343 : i64
        %v4347 = llvm.getelementptr %v37[%v4346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2535, %v4347 : f32, !llvm.ptr<3>
        %v4348 = arith.addi %v4125, %v44 : i64
        %v4349 = arith.divui %v4348, %v95 : i64
        %v4350 = arith.remui %v4348, %v95 : i64
        %v4351 = arith.addi %v46, %v4349 : i64
        %v4352 = arith.muli %v4351, %v108 : i64
        %v4353 = arith.addi %v4352, %v4350 : i64
        %v4354 = llvm.getelementptr %v37[%v4353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2550, %v4354 : f32, !llvm.ptr<3>
        %v4355 = arith.addi %v4132, %v44 : i64
        %v4356 = arith.divui %v4355, %v95 : i64
        %v4357 = arith.remui %v4355, %v95 : i64
        %v4358 = arith.addi %v46, %v4356 : i64
        %v4359 = arith.muli %v4358, %v108 : i64
        %v4360 = arith.addi %v4359, %v4357 : i64
        %v4361 = llvm.getelementptr %v37[%v4360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2565, %v4361 : f32, !llvm.ptr<3>
        %v4362 = arith.addi %v4139, %v44 : i64
        %v4363 = arith.divui %v4362, %v95 : i64
        %v4364 = arith.remui %v4362, %v95 : i64
        %v4365 = arith.addi %v46, %v4363 : i64
        %v4366 = arith.muli %v4365, %v108 : i64
        %v4367 = arith.addi %v4366, %v4364 : i64
        %v4368 = llvm.getelementptr %v37[%v4367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2580, %v4368 : f32, !llvm.ptr<3>
        %v4369 = arith.addi %v4146, %v44 : i64
        %v4370 = arith.divui %v4369, %v95 : i64
        %v4371 = arith.remui %v4369, %v95 : i64
        %v4372 = arith.addi %v46, %v4370 : i64
        %v4373 = arith.muli %v4372, %v108 : i64
        %v4374 = arith.addi %v4373, %v4371 : i64
        %v4375 = llvm.getelementptr %v37[%v4374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2595, %v4375 : f32, !llvm.ptr<3>
        %v4376 = arith.divui %v44, %v95 : i64
        %v4377 = arith.remui %v44, %v95 : i64
        %v4378 = arith.addi %v87, %v4376 : i64
        %v4379 = arith.muli %v4378, %v108 : i64
        %v4380 = arith.addi %v4379, %v4377 : i64
        %v4381 = llvm.getelementptr %v37[%v4380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2611, %v4381 : f32, !llvm.ptr<3>
        %v4382 = arith.addi %v46, %v44 : i64
        %v4383 = arith.divui %v4382, %v95 : i64
        %v4384 = arith.remui %v4382, %v95 : i64
        %v4385 = arith.addi %v87, %v4383 : i64
        %v4386 = arith.muli %v4385, %v108 : i64
        %v4387 = arith.addi %v4386, %v4384 : i64
        %v4388 = llvm.getelementptr %v37[%v4387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2626, %v4388 : f32, !llvm.ptr<3>
        %v4389 = arith.addi %v87, %v44 : i64
        %v4390 = arith.divui %v4389, %v95 : i64
        %v4391 = arith.remui %v4389, %v95 : i64
        %v4392 = arith.addi %v87, %v4390 : i64
        %v4393 = arith.muli %v4392, %v108 : i64
        %v4394 = arith.addi %v4393, %v4391 : i64
        %v4395 = llvm.getelementptr %v37[%v4394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2641, %v4395 : f32, !llvm.ptr<3>
        %v4396 = arith.addi %v3952, %v44 : i64
        %v4397 = arith.divui %v4396, %v95 : i64
        %v4398 = arith.remui %v4396, %v95 : i64
        %v4399 = arith.addi %v87, %v4397 : i64
        %v4400 = arith.muli %v4399, %v108 : i64
        %v4401 = arith.addi %v4400, %v4398 : i64
        %v4402 = llvm.getelementptr %v37[%v4401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2656, %v4402 : f32, !llvm.ptr<3>
        %v4403 = arith.addi %v40, %v44 : i64
        %v4404 = arith.divui %v4403, %v95 : i64
        %v4405 = arith.remui %v4403, %v95 : i64
        %v4406 = arith.addi %v87, %v4404 : i64
        %v4407 = arith.muli %v4406, %v108 : i64
        %v4408 = arith.addi %v4407, %v4405 : i64
        %v4409 = llvm.getelementptr %v37[%v4408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2671, %v4409 : f32, !llvm.ptr<3>
        %v4410 = arith.addi %v3965, %v44 : i64
        %v4411 = arith.divui %v4410, %v95 : i64
        %v4412 = arith.remui %v4410, %v95 : i64
        %v4413 = arith.addi %v87, %v4411 : i64
        %v4414 = arith.muli %v4413, %v108 : i64
        %v4415 = arith.addi %v4414, %v4412 : i64
        %v4416 = llvm.getelementptr %v37[%v4415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2686, %v4416 : f32, !llvm.ptr<3>
        %v4417 = arith.addi %v3972, %v44 : i64
        %v4418 = arith.divui %v4417, %v95 : i64
        %v4419 = arith.remui %v4417, %v95 : i64
        %v4420 = arith.addi %v87, %v4418 : i64
        %v4421 = arith.muli %v4420, %v108 : i64
        %v4422 = arith.addi %v4421, %v4419 : i64
        %v4423 = llvm.getelementptr %v37[%v4422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2701, %v4423 : f32, !llvm.ptr<3>
        %v4424 = arith.addi %v3979, %v44 : i64
        %v4425 = arith.divui %v4424, %v95 : i64
        %v4426 = arith.remui %v4424, %v95 : i64
        %v4427 = arith.addi %v87, %v4425 : i64
        %v4428 = arith.muli %v4427, %v108 : i64
        %v4429 = arith.addi %v4428, %v4426 : i64
        %v4430 = llvm.getelementptr %v37[%v4429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2716, %v4430 : f32, !llvm.ptr<3>
        %v4431 = arith.addi %v1639, %v44 : i64
        %v4432 = arith.divui %v4431, %v95 : i64
        %v4433 = arith.remui %v4431, %v95 : i64
        %v4434 = arith.addi %v87, %v4432 : i64
        %v4435 = arith.muli %v4434, %v108 : i64
        %v4436 = arith.addi %v4435, %v4433 : i64
        %v4437 = llvm.getelementptr %v37[%v4436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2731, %v4437 : f32, !llvm.ptr<3>
        %v4438 = arith.addi %v3992, %v44 : i64
        %v4439 = arith.divui %v4438, %v95 : i64
        %v4440 = arith.remui %v4438, %v95 : i64
        %v4441 = arith.addi %v87, %v4439 : i64
        %v4442 = arith.muli %v4441, %v108 : i64
        %v4443 = arith.addi %v4442, %v4440 : i64
        %v4444 = llvm.getelementptr %v37[%v4443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2746, %v4444 : f32, !llvm.ptr<3>
        %v4445 = arith.addi %v3999, %v44 : i64
        %v4446 = arith.divui %v4445, %v95 : i64
        %v4447 = arith.remui %v4445, %v95 : i64
        %v4448 = arith.addi %v87, %v4446 : i64
        %v4449 = arith.muli %v4448, %v108 : i64
        %v4450 = arith.addi %v4449, %v4447 : i64
        %v4451 = llvm.getelementptr %v37[%v4450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2761, %v4451 : f32, !llvm.ptr<3>
        %v4452 = arith.addi %v4006, %v44 : i64
        %v4453 = arith.divui %v4452, %v95 : i64
        %v4454 = arith.remui %v4452, %v95 : i64
        %v4455 = arith.addi %v87, %v4453 : i64
        %v4456 = arith.muli %v4455, %v108 : i64
        %v4457 = arith.addi %v4456, %v4454 : i64
        %v4458 = llvm.getelementptr %v37[%v4457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2776, %v4458 : f32, !llvm.ptr<3>
        %v4459 = arith.addi %v4013, %v44 : i64
        %v4460 = arith.divui %v4459, %v95 : i64
        %v4461 = arith.remui %v4459, %v95 : i64
        %v4462 = arith.addi %v87, %v4460 : i64
        %v4463 = arith.muli %v4462, %v108 : i64
        %v4464 = arith.addi %v4463, %v4461 : i64
        %v4465 = llvm.getelementptr %v37[%v4464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2791, %v4465 : f32, !llvm.ptr<3>
        %v4466 = arith.addi %v4020, %v44 : i64
        %v4467 = arith.divui %v4466, %v95 : i64
        %v4468 = arith.remui %v4466, %v95 : i64
        %v4469 = arith.addi %v87, %v4467 : i64
        %v4470 = arith.muli %v4469, %v108 : i64
        %v4471 = arith.addi %v4470, %v4468 : i64
        %v4472 = llvm.getelementptr %v37[%v4471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2806, %v4472 : f32, !llvm.ptr<3>
        %v4473 = arith.addi %v4027, %v44 : i64
        %v4474 = arith.divui %v4473, %v95 : i64
        %v4475 = arith.remui %v4473, %v95 : i64
        %v4476 = arith.addi %v87, %v4474 : i64
        %v4477 = arith.muli %v4476, %v108 : i64
        %v4478 = arith.addi %v4477, %v4475 : i64
        %v4479 = llvm.getelementptr %v37[%v4478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2821, %v4479 : f32, !llvm.ptr<3>
        %v4480 = arith.addi %v4034, %v44 : i64
        %v4481 = arith.divui %v4480, %v95 : i64
        %v4482 = arith.remui %v4480, %v95 : i64
        %v4483 = arith.addi %v87, %v4481 : i64
        %v4484 = arith.muli %v4483, %v108 : i64
        %v4485 = arith.addi %v4484, %v4482 : i64
        %v4486 = llvm.getelementptr %v37[%v4485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2836, %v4486 : f32, !llvm.ptr<3>
        %v4487 = arith.addi %v4041, %v44 : i64
        %v4488 = arith.divui %v4487, %v95 : i64
        %v4489 = arith.remui %v4487, %v95 : i64
        %v4490 = arith.addi %v87, %v4488 : i64
        %v4491 = arith.muli %v4490, %v108 : i64
        %v4492 = arith.addi %v4491, %v4489 : i64
        %v4493 = llvm.getelementptr %v37[%v4492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2851, %v4493 : f32, !llvm.ptr<3>
        %v4494 = arith.addi %v4048, %v44 : i64
        %v4495 = arith.divui %v4494, %v95 : i64
        %v4496 = arith.remui %v4494, %v95 : i64
        %v4497 = arith.addi %v87, %v4495 : i64
        %v4498 = arith.muli %v4497, %v108 : i64
        %v4499 = arith.addi %v4498, %v4496 : i64
        %v4500 = llvm.getelementptr %v37[%v4499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2866, %v4500 : f32, !llvm.ptr<3>
        %v4501 = arith.addi %v4055, %v44 : i64
        %v4502 = arith.divui %v4501, %v95 : i64
        %v4503 = arith.remui %v4501, %v95 : i64
        %v4504 = arith.addi %v87, %v4502 : i64
        %v4505 = arith.muli %v4504, %v108 : i64
        %v4506 = arith.addi %v4505, %v4503 : i64
        %v4507 = llvm.getelementptr %v37[%v4506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2881, %v4507 : f32, !llvm.ptr<3>
        %v4508 = arith.addi %v4062, %v44 : i64
        %v4509 = arith.divui %v4508, %v95 : i64
        %v4510 = arith.remui %v4508, %v95 : i64
        %v4511 = arith.addi %v87, %v4509 : i64
        %v4512 = arith.muli %v4511, %v108 : i64
        %v4513 = arith.addi %v4512, %v4510 : i64
        %v4514 = llvm.getelementptr %v37[%v4513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2896, %v4514 : f32, !llvm.ptr<3>
        %v4515 = arith.addi %v4069, %v44 : i64
        %v4516 = arith.divui %v4515, %v95 : i64
        %v4517 = arith.remui %v4515, %v95 : i64
        %v4518 = arith.addi %v87, %v4516 : i64
        %v4519 = arith.muli %v4518, %v108 : i64
        %v4520 = arith.addi %v4519, %v4517 : i64
        %v4521 = llvm.getelementptr %v37[%v4520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2911, %v4521 : f32, !llvm.ptr<3>
        %v4522 = arith.addi %v4076, %v44 : i64
        %v4523 = arith.divui %v4522, %v95 : i64
        %v4524 = arith.remui %v4522, %v95 : i64
        %v4525 = arith.addi %v87, %v4523 : i64
        %v4526 = arith.muli %v4525, %v108 : i64
        %v4527 = arith.addi %v4526, %v4524 : i64
        %v4528 = llvm.getelementptr %v37[%v4527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2926, %v4528 : f32, !llvm.ptr<3>
        %v4529 = arith.addi %v4083, %v44 : i64
        %v4530 = arith.divui %v4529, %v95 : i64
        %v4531 = arith.remui %v4529, %v95 : i64
        %v4532 = arith.addi %v87, %v4530 : i64
        %v4533 = arith.muli %v4532, %v108 : i64
        %v4534 = arith.addi %v4533, %v4531 : i64
        %v4535 = llvm.getelementptr %v37[%v4534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2941, %v4535 : f32, !llvm.ptr<3>
        %v4536 = arith.addi %v4090, %v44 : i64
        %v4537 = arith.divui %v4536, %v95 : i64
        %v4538 = arith.remui %v4536, %v95 : i64
        %v4539 = arith.addi %v87, %v4537 : i64
        %v4540 = arith.muli %v4539, %v108 : i64
        %v4541 = arith.addi %v4540, %v4538 : i64
        %v4542 = llvm.getelementptr %v37[%v4541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2956, %v4542 : f32, !llvm.ptr<3>
        %v4543 = arith.addi %v4097, %v44 : i64
        %v4544 = arith.divui %v4543, %v95 : i64
        %v4545 = arith.remui %v4543, %v95 : i64
        %v4546 = arith.addi %v87, %v4544 : i64
        %v4547 = arith.muli %v4546, %v108 : i64
        %v4548 = arith.addi %v4547, %v4545 : i64
        %v4549 = llvm.getelementptr %v37[%v4548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2971, %v4549 : f32, !llvm.ptr<3>
        %v4550 = arith.addi %v4104, %v44 : i64
        %v4551 = arith.divui %v4550, %v95 : i64
        %v4552 = arith.remui %v4550, %v95 : i64
        %v4553 = arith.addi %v87, %v4551 : i64
        %v4554 = arith.muli %v4553, %v108 : i64
        %v4555 = arith.addi %v4554, %v4552 : i64
        %v4556 = llvm.getelementptr %v37[%v4555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2986, %v4556 : f32, !llvm.ptr<3>
        %v4557 = arith.addi %v4111, %v44 : i64
        %v4558 = arith.divui %v4557, %v95 : i64
        %v4559 = arith.remui %v4557, %v95 : i64
        %v4560 = arith.addi %v87, %v4558 : i64
        %v4561 = arith.muli %v4560, %v108 : i64
        %v4562 = arith.addi %v4561, %v4559 : i64
        %v4563 = llvm.getelementptr %v37[%v4562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3001, %v4563 : f32, !llvm.ptr<3>
        %v4564 = arith.addi %v4118, %v44 : i64
        %v4565 = arith.divui %v4564, %v95 : i64
        %v4566 = arith.remui %v4564, %v95 : i64
        %v4567 = arith.addi %v87, %v4565 : i64
        %v4568 = arith.muli %v4567, %v108 : i64
        %v4569 = arith.addi %v4568, %v4566 : i64
        %v4570 = llvm.getelementptr %v37[%v4569] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3016, %v4570 : f32, !llvm.ptr<3>
        %v4571 = arith.addi %v4125, %v44 : i64
        %v4572 = arith.divui %v4571, %v95 : i64
        %v4573 = arith.remui %v4571, %v95 : i64
        %v4574 = arith.addi %v87, %v4572 : i64
        %v4575 = arith.muli %v4574, %v108 : i64
        %v4576 = arith.addi %v4575, %v4573 : i64
        %v4577 = llvm.getelementptr %v37[%v4576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3031, %v4577 : f32, !llvm.ptr<3>
        %v4578 = arith.addi %v4132, %v44 : i64
        %v4579 = arith.divui %v4578, %v95 : i64
        %v4580 = arith.remui %v4578, %v95 : i64
        %v4581 = arith.addi %v87, %v4579 : i64
        %v4582 = arith.muli %v4581, %v108 : i64
        %v4583 = arith.addi %v4582, %v4580 : i64
        %v4584 = llvm.getelementptr %v37[%v4583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3046, %v4584 : f32, !llvm.ptr<3>
        %v4585 = arith.addi %v4139, %v44 : i64
        %v4586 = arith.divui %v4585, %v95 : i64
        %v4587 = arith.remui %v4585, %v95 : i64
        %v4588 = arith.addi %v87, %v4586 : i64
        %v4589 = arith.muli %v4588, %v108 : i64
        %v4590 = arith.addi %v4589, %v4587 : i64
        %v4591 = llvm.getelementptr %v37[%v4590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3061, %v4591 : f32, !llvm.ptr<3>
        %v4592 = arith.addi %v4146, %v44 : i64
        %v4593 = arith.divui %v4592, %v95 : i64
        %v4594 = arith.remui %v4592, %v95 : i64
        %v4595 = arith.addi %v87, %v4593 : i64
        %v4596 = arith.muli %v4595, %v108 : i64
        %v4597 = arith.addi %v4596, %v4594 : i64
        %v4598 = llvm.getelementptr %v37[%v4597] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3076, %v4598 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v60 {
        %v4599 = arith.muli %v54, %v3 : i64
        %v4600 = arith.subi %v3, %v2 : i64
        %v4601 = arith.minsi %v62, %v4600 : i64
        %v4602 = arith.addi %v4599, %v4601 : i64
        %v4603 = arith.muli %v4602, %v1 : i64
        %v4604 = llvm.load %v20 : !llvm.ptr -> f32
        %v4605 = llvm.getelementptr %agga_h[%v4603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4604, %v4605 : f32, !llvm.ptr
        %v4606 = llvm.load %v4 : !llvm.ptr -> f32
        %v4607 = llvm.getelementptr %aggb_h[%v4603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4606, %v4607 : f32, !llvm.ptr
        %v4608 = arith.muli %v54, %v3 : i64
        %v4609 = arith.subi %v3, %v2 : i64
        %v4610 = arith.minsi %v62, %v4609 : i64
        %v4611 = arith.addi %v4608, %v4610 : i64
        %v4612 = arith.muli %v4611, %v1 : i64
        %v4613 = arith.addi %v4612, %v2 : i64
        %v4614 = llvm.load %v21 : !llvm.ptr -> f32
        %v4615 = llvm.getelementptr %agga_h[%v4613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4614, %v4615 : f32, !llvm.ptr
        %v4616 = llvm.load %v5 : !llvm.ptr -> f32
        %v4617 = llvm.getelementptr %aggb_h[%v4613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4616, %v4617 : f32, !llvm.ptr
        %v4618 = arith.muli %v54, %v3 : i64
        %v4619 = arith.subi %v3, %v2 : i64
        %v4620 = arith.minsi %v62, %v4619 : i64
        %v4621 = arith.addi %v4618, %v4620 : i64
        %v4622 = arith.muli %v4621, %v1 : i64
        %v4623 = arith.addi %v4622, %v86 : i64
        %v4624 = llvm.load %v22 : !llvm.ptr -> f32
        %v4625 = llvm.getelementptr %agga_h[%v4623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4624, %v4625 : f32, !llvm.ptr
        %v4626 = llvm.load %v6 : !llvm.ptr -> f32
        %v4627 = llvm.getelementptr %aggb_h[%v4623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4626, %v4627 : f32, !llvm.ptr
        %v4628 = arith.muli %v54, %v3 : i64
        %v4629 = arith.subi %v3, %v2 : i64
        %v4630 = arith.minsi %v62, %v4629 : i64
        %v4631 = arith.addi %v4628, %v4630 : i64
        %v4632 = arith.muli %v4631, %v1 : i64
        %v4633 = arith.addi %v4632, %v3098 : i64
        %v4634 = llvm.load %v23 : !llvm.ptr -> f32
        %v4635 = llvm.getelementptr %agga_h[%v4633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4634, %v4635 : f32, !llvm.ptr
        %v4636 = llvm.load %v7 : !llvm.ptr -> f32
        %v4637 = llvm.getelementptr %aggb_h[%v4633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4636, %v4637 : f32, !llvm.ptr
        %v4638 = arith.muli %v54, %v3 : i64
        %v4639 = arith.subi %v3, %v2 : i64
        %v4640 = arith.minsi %v62, %v4639 : i64
        %v4641 = arith.addi %v4638, %v4640 : i64
        %v4642 = arith.muli %v4641, %v1 : i64
        %v4643 = arith.addi %v4642, %v127 : i64
        %v4644 = llvm.load %v24 : !llvm.ptr -> f32
        %v4645 = llvm.getelementptr %agga_h[%v4643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4644, %v4645 : f32, !llvm.ptr
        %v4646 = llvm.load %v8 : !llvm.ptr -> f32
        %v4647 = llvm.getelementptr %aggb_h[%v4643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4646, %v4647 : f32, !llvm.ptr
        %v4648 = arith.muli %v54, %v3 : i64
        %v4649 = arith.subi %v3, %v2 : i64
        %v4650 = arith.minsi %v62, %v4649 : i64
        %v4651 = arith.addi %v4648, %v4650 : i64
        %v4652 = arith.muli %v4651, %v1 : i64
        %v4653 = arith.addi %v4652, %v3109 : i64
        %v4654 = llvm.load %v25 : !llvm.ptr -> f32
        %v4655 = llvm.getelementptr %agga_h[%v4653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4654, %v4655 : f32, !llvm.ptr
        %v4656 = llvm.load %v9 : !llvm.ptr -> f32
        %v4657 = llvm.getelementptr %aggb_h[%v4653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4656, %v4657 : f32, !llvm.ptr
        %v4658 = arith.muli %v54, %v3 : i64
        %v4659 = arith.subi %v3, %v2 : i64
        %v4660 = arith.minsi %v62, %v4659 : i64
        %v4661 = arith.addi %v4658, %v4660 : i64
        %v4662 = arith.muli %v4661, %v1 : i64
        %v4663 = arith.addi %v4662, %v142 : i64
        %v4664 = llvm.load %v26 : !llvm.ptr -> f32
        %v4665 = llvm.getelementptr %agga_h[%v4663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4664, %v4665 : f32, !llvm.ptr
        %v4666 = llvm.load %v10 : !llvm.ptr -> f32
        %v4667 = llvm.getelementptr %aggb_h[%v4663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4666, %v4667 : f32, !llvm.ptr
        %v4668 = arith.muli %v54, %v3 : i64
        %v4669 = arith.subi %v3, %v2 : i64
        %v4670 = arith.minsi %v62, %v4669 : i64
        %v4671 = arith.addi %v4668, %v4670 : i64
        %v4672 = arith.muli %v4671, %v1 : i64
        %v4673 = arith.addi %v4672, %v3120 : i64
        %v4674 = llvm.load %v27 : !llvm.ptr -> f32
        %v4675 = llvm.getelementptr %agga_h[%v4673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4674, %v4675 : f32, !llvm.ptr
        %v4676 = llvm.load %v11 : !llvm.ptr -> f32
        %v4677 = llvm.getelementptr %aggb_h[%v4673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4676, %v4677 : f32, !llvm.ptr
        %v4678 = arith.muli %v54, %v3 : i64
        %v4679 = arith.subi %v3, %v2 : i64
        %v4680 = arith.minsi %v62, %v4679 : i64
        %v4681 = arith.addi %v4678, %v4680 : i64
        %v4682 = arith.muli %v4681, %v1 : i64
        %v4683 = arith.addi %v4682, %v157 : i64
        %v4684 = llvm.load %v28 : !llvm.ptr -> f32
        %v4685 = llvm.getelementptr %agga_h[%v4683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4684, %v4685 : f32, !llvm.ptr
        %v4686 = llvm.load %v12 : !llvm.ptr -> f32
        %v4687 = llvm.getelementptr %aggb_h[%v4683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4686, %v4687 : f32, !llvm.ptr
        %v4688 = arith.muli %v54, %v3 : i64
        %v4689 = arith.subi %v3, %v2 : i64
        %v4690 = arith.minsi %v62, %v4689 : i64
        %v4691 = arith.addi %v4688, %v4690 : i64
        %v4692 = arith.muli %v4691, %v1 : i64
        %v4693 = arith.addi %v4692, %v3131 : i64
        %v4694 = llvm.load %v29 : !llvm.ptr -> f32
        %v4695 = llvm.getelementptr %agga_h[%v4693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4694, %v4695 : f32, !llvm.ptr
        %v4696 = llvm.load %v13 : !llvm.ptr -> f32
        %v4697 = llvm.getelementptr %aggb_h[%v4693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4696, %v4697 : f32, !llvm.ptr
        %v4698 = arith.muli %v54, %v3 : i64
        %v4699 = arith.subi %v3, %v2 : i64
        %v4700 = arith.minsi %v62, %v4699 : i64
        %v4701 = arith.addi %v4698, %v4700 : i64
        %v4702 = arith.muli %v4701, %v1 : i64
        %v4703 = arith.addi %v4702, %v172 : i64
        %v4704 = llvm.load %v30 : !llvm.ptr -> f32
        %v4705 = llvm.getelementptr %agga_h[%v4703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4704, %v4705 : f32, !llvm.ptr
        %v4706 = llvm.load %v14 : !llvm.ptr -> f32
        %v4707 = llvm.getelementptr %aggb_h[%v4703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4706, %v4707 : f32, !llvm.ptr
        %v4708 = arith.muli %v54, %v3 : i64
        %v4709 = arith.subi %v3, %v2 : i64
        %v4710 = arith.minsi %v62, %v4709 : i64
        %v4711 = arith.addi %v4708, %v4710 : i64
        %v4712 = arith.muli %v4711, %v1 : i64
        %v4713 = arith.addi %v4712, %v3142 : i64
        %v4714 = llvm.load %v31 : !llvm.ptr -> f32
        %v4715 = llvm.getelementptr %agga_h[%v4713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4714, %v4715 : f32, !llvm.ptr
        %v4716 = llvm.load %v15 : !llvm.ptr -> f32
        %v4717 = llvm.getelementptr %aggb_h[%v4713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4716, %v4717 : f32, !llvm.ptr
        %v4718 = arith.muli %v54, %v3 : i64
        %v4719 = arith.subi %v3, %v2 : i64
        %v4720 = arith.minsi %v62, %v4719 : i64
        %v4721 = arith.addi %v4718, %v4720 : i64
        %v4722 = arith.muli %v4721, %v1 : i64
        %v4723 = arith.addi %v4722, %v187 : i64
        %v4724 = llvm.load %v32 : !llvm.ptr -> f32
        %v4725 = llvm.getelementptr %agga_h[%v4723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4724, %v4725 : f32, !llvm.ptr
        %v4726 = llvm.load %v16 : !llvm.ptr -> f32
        %v4727 = llvm.getelementptr %aggb_h[%v4723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4726, %v4727 : f32, !llvm.ptr
        %v4728 = arith.muli %v54, %v3 : i64
        %v4729 = arith.subi %v3, %v2 : i64
        %v4730 = arith.minsi %v62, %v4729 : i64
        %v4731 = arith.addi %v4728, %v4730 : i64
        %v4732 = arith.muli %v4731, %v1 : i64
        %v4733 = arith.addi %v4732, %v3153 : i64
        %v4734 = llvm.load %v33 : !llvm.ptr -> f32
        %v4735 = llvm.getelementptr %agga_h[%v4733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4734, %v4735 : f32, !llvm.ptr
        %v4736 = llvm.load %v17 : !llvm.ptr -> f32
        %v4737 = llvm.getelementptr %aggb_h[%v4733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4736, %v4737 : f32, !llvm.ptr
        %v4738 = arith.muli %v54, %v3 : i64
        %v4739 = arith.subi %v3, %v2 : i64
        %v4740 = arith.minsi %v62, %v4739 : i64
        %v4741 = arith.addi %v4738, %v4740 : i64
        %v4742 = arith.muli %v4741, %v1 : i64
        %v4743 = arith.addi %v4742, %v202 : i64
        %v4744 = llvm.load %v34 : !llvm.ptr -> f32
        %v4745 = llvm.getelementptr %agga_h[%v4743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4744, %v4745 : f32, !llvm.ptr
        %v4746 = llvm.load %v18 : !llvm.ptr -> f32
        %v4747 = llvm.getelementptr %aggb_h[%v4743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4746, %v4747 : f32, !llvm.ptr
        %v4748 = arith.muli %v54, %v3 : i64
        %v4749 = arith.subi %v3, %v2 : i64
        %v4750 = arith.minsi %v62, %v4749 : i64
        %v4751 = arith.addi %v4748, %v4750 : i64
        %v4752 = arith.muli %v4751, %v1 : i64
        %v4753 = arith.addi %v4752, %v3164 : i64
        %v4754 = llvm.load %v35 : !llvm.ptr -> f32
        %v4755 = llvm.getelementptr %agga_h[%v4753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4754, %v4755 : f32, !llvm.ptr
        %v4756 = llvm.load %v19 : !llvm.ptr -> f32
        %v4757 = llvm.getelementptr %aggb_h[%v4753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4756, %v4757 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
