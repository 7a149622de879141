module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    llvm.mlir.global internal @rows_selective_scan_fwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_fwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_fwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v20 = llvm.mlir.addressof @rows_selective_scan_fwd : !llvm.ptr<3>
      %v21 = llvm.mlir.addressof @smem_selective_scan_fwd : !llvm.ptr<3>
      %v22 = arith.constant 255 : i64
      %v23 = arith.addi %size_L, %v22 : i64
      %v24 = arith.constant 256 : i64
      %v25 = arith.divui %v23, %v24 : i64
      %v30 = arith.constant 64 : i64
      %v31 = arith.constant 63 : i64
      %v49 = llvm.mlir.addressof @rows_selective_scan_fwd_Bm : !llvm.ptr<3>
      %v50 = llvm.addrspacecast %v49 : !llvm.ptr<3> to !llvm.ptr
      %v51 = llvm.mlir.addressof @rows_selective_scan_fwd_Cm : !llvm.ptr<3>
      %v52 = llvm.addrspacecast %v51 : !llvm.ptr<3> to !llvm.ptr
      %v53 = arith.constant 0 : i64
      %v54 = arith.muli %size_L, %size_D : i64
      %v67 = arith.constant 2 : i64
      %v68 = arith.constant 128 : i64
      %v74 = arith.constant -1 : i64
      %v76 = arith.constant 3 : i64
      %v77 = arith.constant 192 : i64
      %v80 = arith.muli %v1, %size_D : i64
      %v89 = arith.constant 0x00000000 : f32
      %v240 = arith.constant 32 : i64
      %v250 = arith.constant 33 : i64
      %v267 = arith.constant 4 : i64
      %v280 = arith.constant 6 : i64
      %v293 = arith.constant 8 : i64
      %v306 = arith.constant 10 : i64
      %v319 = arith.constant 12 : i64
      %v332 = arith.constant 14 : i64
      %v357 = arith.constant 18 : i64
      %v370 = arith.constant 20 : i64
      %v383 = arith.constant 22 : i64
      %v396 = arith.constant 24 : i64
      %v409 = arith.constant 26 : i64
      %v422 = arith.constant 28 : i64
      %v435 = arith.constant 30 : i64
      %v460 = arith.constant 34 : i64
      %v473 = arith.constant 36 : i64
      %v486 = arith.constant 38 : i64
      %v499 = arith.constant 40 : i64
      %v512 = arith.constant 42 : i64
      %v525 = arith.constant 44 : i64
      %v538 = arith.constant 46 : i64
      %v551 = arith.constant 48 : i64
      %v564 = arith.constant 50 : i64
      %v577 = arith.constant 52 : i64
      %v590 = arith.constant 54 : i64
      %v603 = arith.constant 56 : i64
      %v616 = arith.constant 58 : i64
      %v629 = arith.constant 60 : i64
      %v642 = arith.constant 62 : i64
      %v1591 = arith.constant 512 : i64
      %v1603 = arith.muli %size_L, %v1 : i64
      %v1610 = arith.constant 65 : i64
      %v1640 = arith.muli %size_B, %size_D : i64
      %v1641 = arith.muli %v1640, %v1 : i64
      %v3103 = arith.constant 130 : i64
      %v3108 = arith.constant 195 : i64
      %v3113 = arith.constant 260 : i64
      %v3118 = arith.constant 5 : i64
      %v3119 = arith.constant 325 : i64
      %v3124 = arith.constant 390 : i64
      %v3129 = arith.constant 7 : i64
      %v3130 = arith.constant 455 : i64
      %v3135 = arith.constant 520 : i64
      %v3140 = arith.constant 9 : i64
      %v3141 = arith.constant 585 : i64
      %v3146 = arith.constant 650 : i64
      %v3151 = arith.constant 11 : i64
      %v3152 = arith.constant 715 : i64
      %v3157 = arith.constant 780 : i64
      %v3162 = arith.constant 13 : i64
      %v3163 = arith.constant 845 : i64
      %v3168 = arith.constant 910 : i64
      %v3173 = arith.constant 15 : i64
      %v3174 = arith.constant 975 : i64
      %v3373 = arith.constant 0x3FB8AA3B : f32
      %v3388 = arith.constant 0x3F800000 : f32
      %v3391 = arith.constant 0x3F317218 : f32
      %v3393 = arith.constant 0x3E124925 : f32
      %v3395 = arith.constant 0xBE2AAAAB : f32
      %v3398 = arith.constant 0x3E4CCCCD : f32
      %v3401 = arith.constant 0xBE800000 : f32
      %v3404 = arith.constant 0x3EAAAAAB : f32
      %v3407 = arith.constant 0xBF000000 : f32
      %v3413 = arith.constant 0x3D800000 : f32
      %v4264 = arith.constant 320 : i64
      %v4271 = arith.constant 384 : i64
      %v4278 = arith.constant 448 : i64
      %v4291 = arith.constant 576 : i64
      %v4298 = arith.constant 640 : i64
      %v4305 = arith.constant 704 : i64
      %v4312 = arith.constant 768 : i64
      %v4319 = arith.constant 832 : i64
      %v4326 = arith.constant 896 : i64
      %v4333 = arith.constant 960 : i64
      %v4340 = arith.constant 1024 : i64
      %v4347 = arith.constant 1088 : i64
      %v4354 = arith.constant 1152 : i64
      %v4361 = arith.constant 1216 : i64
      %v4368 = arith.constant 1280 : i64
      %v4375 = arith.constant 1344 : i64
      %v4382 = arith.constant 1408 : i64
      %v4389 = arith.constant 1472 : i64
      %v4396 = arith.constant 1536 : i64
      %v4403 = arith.constant 1600 : i64
      %v4410 = arith.constant 1664 : i64
      %v4417 = arith.constant 1728 : i64
      %v4424 = arith.constant 1792 : i64
      %v4431 = arith.constant 1856 : i64
      %v4438 = arith.constant 1920 : i64
      %v4445 = arith.constant 1984 : i64
      %v26 = gpu.block_id x
      %v27 = gpu.thread_id x
      %v28 = arith.index_cast %v27 : index to i64
      %v29 = arith.index_cast %v26 : index to i64
      %v32 = arith.addi %size_D, %v31 : i64
      %v33 = arith.divui %v32, %v30 : i64
      %v34 = arith.maxsi %v33, %v2 : i64
      %v35 = arith.divui %v29, %v34 : i64
      %v36 = arith.remui %v29, %v34 : i64
      %v37 = arith.muli %v36, %v30 : i64
      %v38 = arith.addi %v37, %v28 : i64
      %v39 = arith.cmpi slt, %v38, %size_D : i64
      %v40 = arith.muli %v35, %size_D : i64
      %v41 = arith.addi %v40, %v38 : i64
      %v42 = arith.subi %size_D, %v2 : i64
      %v43 = arith.minsi %v38, %v42 : i64
      %v44 = arith.addi %v40, %v43 : i64
      %v45 = arith.remui %v44, %size_D : i64
      %v46 = arith.divui %v44, %size_D : i64
      %v47 = arith.remui %v46, %size_B : i64
      %v48 = arith.divui %v46, %size_B : i64
      %v3370 = arith.muli %v45, %v1 : i64
      %v3371 = llvm.getelementptr %in_A[%v3370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3372 = llvm.load %v3371 : !llvm.ptr -> f32
      %v3374 = arith.mulf %v3372, %v3373 fastmath<contract> : f32
      %v3380 = llvm.getelementptr %in_dt_bias[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3381 = llvm.load %v3380 : !llvm.ptr -> f32
      %v3428 = arith.muli %v45, %v1 : i64
      %v3429 = arith.constant 1 : i64
      %v3430 = arith.addi %v3428, %v3429 : i64
      %v3431 = llvm.getelementptr %in_A[%v3430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3432 = llvm.load %v3431 : !llvm.ptr -> f32
      %v3433 = arith.mulf %v3432, %v3373 fastmath<contract> : f32
      %v3440 = arith.muli %v45, %v1 : i64
      %v3441 = arith.constant 2 : i64
      %v3442 = arith.addi %v3440, %v3441 : i64
      %v3443 = llvm.getelementptr %in_A[%v3442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3444 = llvm.load %v3443 : !llvm.ptr -> f32
      %v3445 = arith.mulf %v3444, %v3373 fastmath<contract> : f32
      %v3452 = arith.muli %v45, %v1 : i64
      %v3453 = arith.constant 3 : i64
      %v3454 = arith.addi %v3452, %v3453 : i64
      %v3455 = llvm.getelementptr %in_A[%v3454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3456 = llvm.load %v3455 : !llvm.ptr -> f32
      %v3457 = arith.mulf %v3456, %v3373 fastmath<contract> : f32
      %v3464 = arith.muli %v45, %v1 : i64
      %v3465 = arith.constant 4 : i64
      %v3466 = arith.addi %v3464, %v3465 : i64
      %v3467 = llvm.getelementptr %in_A[%v3466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3468 = llvm.load %v3467 : !llvm.ptr -> f32
      %v3469 = arith.mulf %v3468, %v3373 fastmath<contract> : f32
      %v3476 = arith.muli %v45, %v1 : i64
      %v3477 = arith.constant 5 : i64
      %v3478 = arith.addi %v3476, %v3477 : i64
      %v3479 = llvm.getelementptr %in_A[%v3478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3480 = llvm.load %v3479 : !llvm.ptr -> f32
      %v3481 = arith.mulf %v3480, %v3373 fastmath<contract> : f32
      %v3488 = arith.muli %v45, %v1 : i64
      %v3489 = arith.constant 6 : i64
      %v3490 = arith.addi %v3488, %v3489 : i64
      %v3491 = llvm.getelementptr %in_A[%v3490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3492 = llvm.load %v3491 : !llvm.ptr -> f32
      %v3493 = arith.mulf %v3492, %v3373 fastmath<contract> : f32
      %v3500 = arith.muli %v45, %v1 : i64
      %v3501 = arith.constant 7 : i64
      %v3502 = arith.addi %v3500, %v3501 : i64
      %v3503 = llvm.getelementptr %in_A[%v3502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3504 = llvm.load %v3503 : !llvm.ptr -> f32
      %v3505 = arith.mulf %v3504, %v3373 fastmath<contract> : f32
      %v3512 = arith.muli %v45, %v1 : i64
      %v3513 = arith.constant 8 : i64
      %v3514 = arith.addi %v3512, %v3513 : i64
      %v3515 = llvm.getelementptr %in_A[%v3514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3516 = llvm.load %v3515 : !llvm.ptr -> f32
      %v3517 = arith.mulf %v3516, %v3373 fastmath<contract> : f32
      %v3524 = arith.muli %v45, %v1 : i64
      %v3525 = arith.constant 9 : i64
      %v3526 = arith.addi %v3524, %v3525 : i64
      %v3527 = llvm.getelementptr %in_A[%v3526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3528 = llvm.load %v3527 : !llvm.ptr -> f32
      %v3529 = arith.mulf %v3528, %v3373 fastmath<contract> : f32
      %v3536 = arith.muli %v45, %v1 : i64
      %v3537 = arith.constant 10 : i64
      %v3538 = arith.addi %v3536, %v3537 : i64
      %v3539 = llvm.getelementptr %in_A[%v3538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3540 = llvm.load %v3539 : !llvm.ptr -> f32
      %v3541 = arith.mulf %v3540, %v3373 fastmath<contract> : f32
      %v3548 = arith.muli %v45, %v1 : i64
      %v3549 = arith.constant 11 : i64
      %v3550 = arith.addi %v3548, %v3549 : i64
      %v3551 = llvm.getelementptr %in_A[%v3550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3552 = llvm.load %v3551 : !llvm.ptr -> f32
      %v3553 = arith.mulf %v3552, %v3373 fastmath<contract> : f32
      %v3560 = arith.muli %v45, %v1 : i64
      %v3561 = arith.constant 12 : i64
      %v3562 = arith.addi %v3560, %v3561 : i64
      %v3563 = llvm.getelementptr %in_A[%v3562] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3564 = llvm.load %v3563 : !llvm.ptr -> f32
      %v3565 = arith.mulf %v3564, %v3373 fastmath<contract> : f32
      %v3572 = arith.muli %v45, %v1 : i64
      %v3573 = arith.constant 13 : i64
      %v3574 = arith.addi %v3572, %v3573 : i64
      %v3575 = llvm.getelementptr %in_A[%v3574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3576 = llvm.load %v3575 : !llvm.ptr -> f32
      %v3577 = arith.mulf %v3576, %v3373 fastmath<contract> : f32
      %v3584 = arith.muli %v45, %v1 : i64
      %v3585 = arith.constant 14 : i64
      %v3586 = arith.addi %v3584, %v3585 : i64
      %v3587 = llvm.getelementptr %in_A[%v3586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3588 = llvm.load %v3587 : !llvm.ptr -> f32
      %v3589 = arith.mulf %v3588, %v3373 fastmath<contract> : f32
      %v3596 = arith.muli %v45, %v1 : i64
      %v3597 = arith.constant 15 : i64
      %v3598 = arith.addi %v3596, %v3597 : i64
      %v3599 = llvm.getelementptr %in_A[%v3598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3600 = llvm.load %v3599 : !llvm.ptr -> f32
      %v3601 = arith.mulf %v3600, %v3373 fastmath<contract> : f32
      %v3655 = llvm.getelementptr %in_Dskip[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3656 = llvm.load %v3655 : !llvm.ptr -> f32
      %v3676 = arith.mulf %v3372, %v3373 fastmath<contract> : f32
      %v3719 = arith.mulf %v3432, %v3373 fastmath<contract> : f32
      %v3726 = arith.mulf %v3444, %v3373 fastmath<contract> : f32
      %v3733 = arith.mulf %v3456, %v3373 fastmath<contract> : f32
      %v3740 = arith.mulf %v3468, %v3373 fastmath<contract> : f32
      %v3747 = arith.mulf %v3480, %v3373 fastmath<contract> : f32
      %v3754 = arith.mulf %v3492, %v3373 fastmath<contract> : f32
      %v3761 = arith.mulf %v3504, %v3373 fastmath<contract> : f32
      %v3768 = arith.mulf %v3516, %v3373 fastmath<contract> : f32
      %v3775 = arith.mulf %v3528, %v3373 fastmath<contract> : f32
      %v3782 = arith.mulf %v3540, %v3373 fastmath<contract> : f32
      %v3789 = arith.mulf %v3552, %v3373 fastmath<contract> : f32
      %v3796 = arith.mulf %v3564, %v3373 fastmath<contract> : f32
      %v3803 = arith.mulf %v3576, %v3373 fastmath<contract> : f32
      %v3810 = arith.mulf %v3588, %v3373 fastmath<contract> : f32
      %v3817 = arith.mulf %v3600, %v3373 fastmath<contract> : f32
      %v3896 = arith.mulf %v3372, %v3373 fastmath<contract> : f32
      %v3942 = arith.mulf %v3432, %v3373 fastmath<contract> : f32
      %v3953 = arith.mulf %v3444, %v3373 fastmath<contract> : f32
      %v3964 = arith.mulf %v3456, %v3373 fastmath<contract> : f32
      %v3975 = arith.mulf %v3468, %v3373 fastmath<contract> : f32
      %v3986 = arith.mulf %v3480, %v3373 fastmath<contract> : f32
      %v3997 = arith.mulf %v3492, %v3373 fastmath<contract> : f32
      %v4008 = arith.mulf %v3504, %v3373 fastmath<contract> : f32
      %v4019 = arith.mulf %v3516, %v3373 fastmath<contract> : f32
      %v4030 = arith.mulf %v3528, %v3373 fastmath<contract> : f32
      %v4041 = arith.mulf %v3540, %v3373 fastmath<contract> : f32
      %v4052 = arith.mulf %v3552, %v3373 fastmath<contract> : f32
      %v4063 = arith.mulf %v3564, %v3373 fastmath<contract> : f32
      %v4074 = arith.mulf %v3576, %v3373 fastmath<contract> : f32
      %v4085 = arith.mulf %v3588, %v3373 fastmath<contract> : f32
      %v4096 = arith.mulf %v3600, %v3373 fastmath<contract> : f32
      %v55 = arith.muli %v47, %v54 : i64
      %v56 = arith.muli %v45, %size_L : i64
      %v57 = arith.addi %v55, %v56 : i64
      %v58 = llvm.getelementptr %v20[%v28] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v57, %v58 : i64, !llvm.ptr<3>
      %v59 = arith.muli %v47, %v54 : i64
      %v60 = arith.muli %v45, %size_L : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = arith.addi %v30, %v28 : i64
      %v63 = llvm.getelementptr %v20[%v62] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v61, %v63 : i64, !llvm.ptr<3>
      %v64 = arith.muli %v47, %v54 : i64
      %v65 = arith.muli %v45, %size_L : i64
      %v66 = arith.addi %v64, %v65 : i64
      %v69 = arith.addi %v68, %v28 : i64
      %v70 = llvm.getelementptr %v20[%v69] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v66, %v70 : i64, !llvm.ptr<3>
      %v71 = arith.muli %v47, %v54 : i64
      %v72 = arith.muli %v45, %size_L : i64
      %v73 = arith.addi %v71, %v72 : i64
      %v75 = arith.select %v39, %v73, %v74 : i64
      %v78 = arith.addi %v77, %v28 : i64
      %v79 = llvm.getelementptr %v20[%v78] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v75, %v79 : i64, !llvm.ptr<3>
      gpu.barrier
      %v81 = arith.muli %v47, %v80 : i64
      %v82 = arith.muli %v45, %v1 : i64
      %v83 = arith.addi %v81, %v82 : i64
      %v84 = llvm.mlir.zero : !llvm.ptr
      %v85 = llvm.icmp "ne" %in_h0, %v84 : !llvm.ptr
      %v86 = scf.if %v85 -> (f32) {
        %v87 = llvm.getelementptr %in_h0[%v83] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v88 = llvm.load %v87 : !llvm.ptr -> f32
        scf.yield %v88 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v86, %v4 : f32, !llvm.ptr
      %v90 = arith.muli %v47, %v80 : i64
      %v91 = arith.muli %v45, %v1 : i64
      %v92 = arith.addi %v90, %v91 : i64
      %v93 = arith.constant 1 : i64
      %v94 = arith.addi %v92, %v93 : i64
      %v95 = llvm.mlir.zero : !llvm.ptr
      %v96 = llvm.icmp "ne" %in_h0, %v95 : !llvm.ptr
      %v97 = scf.if %v96 -> (f32) {
        %v98 = llvm.getelementptr %in_h0[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v99 = llvm.load %v98 : !llvm.ptr -> f32
        scf.yield %v99 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v97, %v5 : f32, !llvm.ptr
      %v100 = arith.muli %v47, %v80 : i64
      %v101 = arith.muli %v45, %v1 : i64
      %v102 = arith.addi %v100, %v101 : i64
      %v103 = arith.constant 2 : i64
      %v104 = arith.addi %v102, %v103 : i64
      %v105 = llvm.mlir.zero : !llvm.ptr
      %v106 = llvm.icmp "ne" %in_h0, %v105 : !llvm.ptr
      %v107 = scf.if %v106 -> (f32) {
        %v108 = llvm.getelementptr %in_h0[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v109 = llvm.load %v108 : !llvm.ptr -> f32
        scf.yield %v109 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v107, %v6 : f32, !llvm.ptr
      %v110 = arith.muli %v47, %v80 : i64
      %v111 = arith.muli %v45, %v1 : i64
      %v112 = arith.addi %v110, %v111 : i64
      %v113 = arith.constant 3 : i64
      %v114 = arith.addi %v112, %v113 : i64
      %v115 = llvm.mlir.zero : !llvm.ptr
      %v116 = llvm.icmp "ne" %in_h0, %v115 : !llvm.ptr
      %v117 = scf.if %v116 -> (f32) {
        %v118 = llvm.getelementptr %in_h0[%v114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v119 = llvm.load %v118 : !llvm.ptr -> f32
        scf.yield %v119 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v117, %v7 : f32, !llvm.ptr
      %v120 = arith.muli %v47, %v80 : i64
      %v121 = arith.muli %v45, %v1 : i64
      %v122 = arith.addi %v120, %v121 : i64
      %v123 = arith.constant 4 : i64
      %v124 = arith.addi %v122, %v123 : i64
      %v125 = llvm.mlir.zero : !llvm.ptr
      %v126 = llvm.icmp "ne" %in_h0, %v125 : !llvm.ptr
      %v127 = scf.if %v126 -> (f32) {
        %v128 = llvm.getelementptr %in_h0[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v129 = llvm.load %v128 : !llvm.ptr -> f32
        scf.yield %v129 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v127, %v8 : f32, !llvm.ptr
      %v130 = arith.muli %v47, %v80 : i64
      %v131 = arith.muli %v45, %v1 : i64
      %v132 = arith.addi %v130, %v131 : i64
      %v133 = arith.constant 5 : i64
      %v134 = arith.addi %v132, %v133 : i64
      %v135 = llvm.mlir.zero : !llvm.ptr
      %v136 = llvm.icmp "ne" %in_h0, %v135 : !llvm.ptr
      %v137 = scf.if %v136 -> (f32) {
        %v138 = llvm.getelementptr %in_h0[%v134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v139 = llvm.load %v138 : !llvm.ptr -> f32
        scf.yield %v139 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v137, %v9 : f32, !llvm.ptr
      %v140 = arith.muli %v47, %v80 : i64
      %v141 = arith.muli %v45, %v1 : i64
      %v142 = arith.addi %v140, %v141 : i64
      %v143 = arith.constant 6 : i64
      %v144 = arith.addi %v142, %v143 : i64
      %v145 = llvm.mlir.zero : !llvm.ptr
      %v146 = llvm.icmp "ne" %in_h0, %v145 : !llvm.ptr
      %v147 = scf.if %v146 -> (f32) {
        %v148 = llvm.getelementptr %in_h0[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v149 = llvm.load %v148 : !llvm.ptr -> f32
        scf.yield %v149 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v147, %v10 : f32, !llvm.ptr
      %v150 = arith.muli %v47, %v80 : i64
      %v151 = arith.muli %v45, %v1 : i64
      %v152 = arith.addi %v150, %v151 : i64
      %v153 = arith.constant 7 : i64
      %v154 = arith.addi %v152, %v153 : i64
      %v155 = llvm.mlir.zero : !llvm.ptr
      %v156 = llvm.icmp "ne" %in_h0, %v155 : !llvm.ptr
      %v157 = scf.if %v156 -> (f32) {
        %v158 = llvm.getelementptr %in_h0[%v154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v159 = llvm.load %v158 : !llvm.ptr -> f32
        scf.yield %v159 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v157, %v11 : f32, !llvm.ptr
      %v160 = arith.muli %v47, %v80 : i64
      %v161 = arith.muli %v45, %v1 : i64
      %v162 = arith.addi %v160, %v161 : i64
      %v163 = arith.constant 8 : i64
      %v164 = arith.addi %v162, %v163 : i64
      %v165 = llvm.mlir.zero : !llvm.ptr
      %v166 = llvm.icmp "ne" %in_h0, %v165 : !llvm.ptr
      %v167 = scf.if %v166 -> (f32) {
        %v168 = llvm.getelementptr %in_h0[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v169 = llvm.load %v168 : !llvm.ptr -> f32
        scf.yield %v169 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v167, %v12 : f32, !llvm.ptr
      %v170 = arith.muli %v47, %v80 : i64
      %v171 = arith.muli %v45, %v1 : i64
      %v172 = arith.addi %v170, %v171 : i64
      %v173 = arith.constant 9 : i64
      %v174 = arith.addi %v172, %v173 : i64
      %v175 = llvm.mlir.zero : !llvm.ptr
      %v176 = llvm.icmp "ne" %in_h0, %v175 : !llvm.ptr
      %v177 = scf.if %v176 -> (f32) {
        %v178 = llvm.getelementptr %in_h0[%v174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v179 = llvm.load %v178 : !llvm.ptr -> f32
        scf.yield %v179 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v177, %v13 : f32, !llvm.ptr
      %v180 = arith.muli %v47, %v80 : i64
      %v181 = arith.muli %v45, %v1 : i64
      %v182 = arith.addi %v180, %v181 : i64
      %v183 = arith.constant 10 : i64
      %v184 = arith.addi %v182, %v183 : i64
      %v185 = llvm.mlir.zero : !llvm.ptr
      %v186 = llvm.icmp "ne" %in_h0, %v185 : !llvm.ptr
      %v187 = scf.if %v186 -> (f32) {
        %v188 = llvm.getelementptr %in_h0[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v189 = llvm.load %v188 : !llvm.ptr -> f32
        scf.yield %v189 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v187, %v14 : f32, !llvm.ptr
      %v190 = arith.muli %v47, %v80 : i64
      %v191 = arith.muli %v45, %v1 : i64
      %v192 = arith.addi %v190, %v191 : i64
      %v193 = arith.constant 11 : i64
      %v194 = arith.addi %v192, %v193 : i64
      %v195 = llvm.mlir.zero : !llvm.ptr
      %v196 = llvm.icmp "ne" %in_h0, %v195 : !llvm.ptr
      %v197 = scf.if %v196 -> (f32) {
        %v198 = llvm.getelementptr %in_h0[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v199 = llvm.load %v198 : !llvm.ptr -> f32
        scf.yield %v199 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v197, %v15 : f32, !llvm.ptr
      %v200 = arith.muli %v47, %v80 : i64
      %v201 = arith.muli %v45, %v1 : i64
      %v202 = arith.addi %v200, %v201 : i64
      %v203 = arith.constant 12 : i64
      %v204 = arith.addi %v202, %v203 : i64
      %v205 = llvm.mlir.zero : !llvm.ptr
      %v206 = llvm.icmp "ne" %in_h0, %v205 : !llvm.ptr
      %v207 = scf.if %v206 -> (f32) {
        %v208 = llvm.getelementptr %in_h0[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v209 = llvm.load %v208 : !llvm.ptr -> f32
        scf.yield %v209 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v207, %v16 : f32, !llvm.ptr
      %v210 = arith.muli %v47, %v80 : i64
      %v211 = arith.muli %v45, %v1 : i64
      %v212 = arith.addi %v210, %v211 : i64
      %v213 = arith.constant 13 : i64
      %v214 = arith.addi %v212, %v213 : i64
      %v215 = llvm.mlir.zero : !llvm.ptr
      %v216 = llvm.icmp "ne" %in_h0, %v215 : !llvm.ptr
      %v217 = scf.if %v216 -> (f32) {
        %v218 = llvm.getelementptr %in_h0[%v214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v219 = llvm.load %v218 : !llvm.ptr -> f32
        scf.yield %v219 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v217, %v17 : f32, !llvm.ptr
      %v220 = arith.muli %v47, %v80 : i64
      %v221 = arith.muli %v45, %v1 : i64
      %v222 = arith.addi %v220, %v221 : i64
      %v223 = arith.constant 14 : i64
      %v224 = arith.addi %v222, %v223 : i64
      %v225 = llvm.mlir.zero : !llvm.ptr
      %v226 = llvm.icmp "ne" %in_h0, %v225 : !llvm.ptr
      %v227 = scf.if %v226 -> (f32) {
        %v228 = llvm.getelementptr %in_h0[%v224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v229 = llvm.load %v228 : !llvm.ptr -> f32
        scf.yield %v229 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v227, %v18 : f32, !llvm.ptr
      %v230 = arith.muli %v47, %v80 : i64
      %v231 = arith.muli %v45, %v1 : i64
      %v232 = arith.addi %v230, %v231 : i64
      %v233 = arith.constant 15 : i64
      %v234 = arith.addi %v232, %v233 : i64
      %v235 = llvm.mlir.zero : !llvm.ptr
      %v236 = llvm.icmp "ne" %in_h0, %v235 : !llvm.ptr
      %v237 = scf.if %v236 -> (f32) {
        %v238 = llvm.getelementptr %in_h0[%v234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v239 = llvm.load %v238 : !llvm.ptr -> f32
        scf.yield %v239 : f32
      } else {
        scf.yield %v89 : f32
      }
      llvm.store %v237, %v19 : f32, !llvm.ptr
      // staged load of `u`'s first tile: read, then shared memory
      %v241 = arith.divui %v28, %v240 : i64
      %v242 = arith.remui %v28, %v240 : i64
      %v243 = arith.constant true
      %v244 = llvm.getelementptr %v20[%v241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v245 = llvm.load %v244 : !llvm.ptr<3> -> i64
      %v246 = arith.cmpi slt, %v242, %size_L : i64
      %v247 = arith.subi %size_L, %v2 : i64
      %v248 = arith.minsi %v242, %v247 : i64
      %v249 = arith.addi %v245, %v248 : i64
      %v251 = arith.muli %v241, %v250 : i64
      %v252 = arith.addi %v251, %v242 : i64
      %v253 = llvm.getelementptr %in_u[%v249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v254 = llvm.load %v253 : !llvm.ptr -> f32
      %v255 = arith.addi %v241, %v67 : i64
      %v256 = arith.constant true
      %v257 = llvm.getelementptr %v20[%v255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v258 = llvm.load %v257 : !llvm.ptr<3> -> i64
      %v259 = arith.cmpi slt, %v242, %size_L : i64
      %v260 = arith.subi %size_L, %v2 : i64
      %v261 = arith.minsi %v242, %v260 : i64
      %v262 = arith.addi %v258, %v261 : i64
      %v263 = arith.muli %v255, %v250 : i64
      %v264 = arith.addi %v263, %v242 : i64
      %v265 = llvm.getelementptr %in_u[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v266 = llvm.load %v265 : !llvm.ptr -> f32
      %v268 = arith.addi %v241, %v267 : i64
      %v269 = arith.constant true
      %v270 = llvm.getelementptr %v20[%v268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v271 = llvm.load %v270 : !llvm.ptr<3> -> i64
      %v272 = arith.cmpi slt, %v242, %size_L : i64
      %v273 = arith.subi %size_L, %v2 : i64
      %v274 = arith.minsi %v242, %v273 : i64
      %v275 = arith.addi %v271, %v274 : i64
      %v276 = arith.muli %v268, %v250 : i64
      %v277 = arith.addi %v276, %v242 : i64
      %v278 = llvm.getelementptr %in_u[%v275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v279 = llvm.load %v278 : !llvm.ptr -> f32
      %v281 = arith.addi %v241, %v280 : i64
      %v282 = arith.constant true
      %v283 = llvm.getelementptr %v20[%v281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v284 = llvm.load %v283 : !llvm.ptr<3> -> i64
      %v285 = arith.cmpi slt, %v242, %size_L : i64
      %v286 = arith.subi %size_L, %v2 : i64
      %v287 = arith.minsi %v242, %v286 : i64
      %v288 = arith.addi %v284, %v287 : i64
      %v289 = arith.muli %v281, %v250 : i64
      %v290 = arith.addi %v289, %v242 : i64
      %v291 = llvm.getelementptr %in_u[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v292 = llvm.load %v291 : !llvm.ptr -> f32
      %v294 = arith.addi %v241, %v293 : i64
      %v295 = arith.constant true
      %v296 = llvm.getelementptr %v20[%v294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v297 = llvm.load %v296 : !llvm.ptr<3> -> i64
      %v298 = arith.cmpi slt, %v242, %size_L : i64
      %v299 = arith.subi %size_L, %v2 : i64
      %v300 = arith.minsi %v242, %v299 : i64
      %v301 = arith.addi %v297, %v300 : i64
      %v302 = arith.muli %v294, %v250 : i64
      %v303 = arith.addi %v302, %v242 : i64
      %v304 = llvm.getelementptr %in_u[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v305 = llvm.load %v304 : !llvm.ptr -> f32
      %v307 = arith.addi %v241, %v306 : i64
      %v308 = arith.constant true
      %v309 = llvm.getelementptr %v20[%v307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v310 = llvm.load %v309 : !llvm.ptr<3> -> i64
      %v311 = arith.cmpi slt, %v242, %size_L : i64
      %v312 = arith.subi %size_L, %v2 : i64
      %v313 = arith.minsi %v242, %v312 : i64
      %v314 = arith.addi %v310, %v313 : i64
      %v315 = arith.muli %v307, %v250 : i64
      %v316 = arith.addi %v315, %v242 : i64
      %v317 = llvm.getelementptr %in_u[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v320 = arith.addi %v241, %v319 : i64
      %v321 = arith.constant true
      %v322 = llvm.getelementptr %v20[%v320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v323 = llvm.load %v322 : !llvm.ptr<3> -> i64
      %v324 = arith.cmpi slt, %v242, %size_L : i64
      %v325 = arith.subi %size_L, %v2 : i64
      %v326 = arith.minsi %v242, %v325 : i64
      %v327 = arith.addi %v323, %v326 : i64
      %v328 = arith.muli %v320, %v250 : i64
      %v329 = arith.addi %v328, %v242 : i64
      %v330 = llvm.getelementptr %in_u[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v331 = llvm.load %v330 : !llvm.ptr -> f32
      %v333 = arith.addi %v241, %v332 : i64
      %v334 = arith.constant true
      %v335 = llvm.getelementptr %v20[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v336 = llvm.load %v335 : !llvm.ptr<3> -> i64
      %v337 = arith.cmpi slt, %v242, %size_L : i64
      %v338 = arith.subi %size_L, %v2 : i64
      %v339 = arith.minsi %v242, %v338 : i64
      %v340 = arith.addi %v336, %v339 : i64
      %v341 = arith.muli %v333, %v250 : i64
      %v342 = arith.addi %v341, %v242 : i64
      %v343 = llvm.getelementptr %in_u[%v340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v344 = llvm.load %v343 : !llvm.ptr -> f32
      %v345 = arith.addi %v241, %v1 : i64
      %v346 = arith.constant true
      %v347 = llvm.getelementptr %v20[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v348 = llvm.load %v347 : !llvm.ptr<3> -> i64
      %v349 = arith.cmpi slt, %v242, %size_L : i64
      %v350 = arith.subi %size_L, %v2 : i64
      %v351 = arith.minsi %v242, %v350 : i64
      %v352 = arith.addi %v348, %v351 : i64
      %v353 = arith.muli %v345, %v250 : i64
      %v354 = arith.addi %v353, %v242 : i64
      %v355 = llvm.getelementptr %in_u[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v356 = llvm.load %v355 : !llvm.ptr -> f32
      %v358 = arith.addi %v241, %v357 : i64
      %v359 = arith.constant true
      %v360 = llvm.getelementptr %v20[%v358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v361 = llvm.load %v360 : !llvm.ptr<3> -> i64
      %v362 = arith.cmpi slt, %v242, %size_L : i64
      %v363 = arith.subi %size_L, %v2 : i64
      %v364 = arith.minsi %v242, %v363 : i64
      %v365 = arith.addi %v361, %v364 : i64
      %v366 = arith.muli %v358, %v250 : i64
      %v367 = arith.addi %v366, %v242 : i64
      %v368 = llvm.getelementptr %in_u[%v365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v369 = llvm.load %v368 : !llvm.ptr -> f32
      %v371 = arith.addi %v241, %v370 : i64
      %v372 = arith.constant true
      %v373 = llvm.getelementptr %v20[%v371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v374 = llvm.load %v373 : !llvm.ptr<3> -> i64
      %v375 = arith.cmpi slt, %v242, %size_L : i64
      %v376 = arith.subi %size_L, %v2 : i64
      %v377 = arith.minsi %v242, %v376 : i64
      %v378 = arith.addi %v374, %v377 : i64
      %v379 = arith.muli %v371, %v250 : i64
      %v380 = arith.addi %v379, %v242 : i64
      %v381 = llvm.getelementptr %in_u[%v378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v382 = llvm.load %v381 : !llvm.ptr -> f32
      %v384 = arith.addi %v241, %v383 : i64
      %v385 = arith.constant true
      %v386 = llvm.getelementptr %v20[%v384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v387 = llvm.load %v386 : !llvm.ptr<3> -> i64
      %v388 = arith.cmpi slt, %v242, %size_L : i64
      %v389 = arith.subi %size_L, %v2 : i64
      %v390 = arith.minsi %v242, %v389 : i64
      %v391 = arith.addi %v387, %v390 : i64
      %v392 = arith.muli %v384, %v250 : i64
      %v393 = arith.addi %v392, %v242 : i64
      %v394 = llvm.getelementptr %in_u[%v391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v395 = llvm.load %v394 : !llvm.ptr -> f32
      %v397 = arith.addi %v241, %v396 : i64
      %v398 = arith.constant true
      %v399 = llvm.getelementptr %v20[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v400 = llvm.load %v399 : !llvm.ptr<3> -> i64
      %v401 = arith.cmpi slt, %v242, %size_L : i64
      %v402 = arith.subi %size_L, %v2 : i64
      %v403 = arith.minsi %v242, %v402 : i64
      %v404 = arith.addi %v400, %v403 : i64
      %v405 = arith.muli %v397, %v250 : i64
      %v406 = arith.addi %v405, %v242 : i64
      %v407 = llvm.getelementptr %in_u[%v404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v408 = llvm.load %v407 : !llvm.ptr -> f32
      %v410 = arith.addi %v241, %v409 : i64
      %v411 = arith.constant true
      %v412 = llvm.getelementptr %v20[%v410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v413 = llvm.load %v412 : !llvm.ptr<3> -> i64
      %v414 = arith.cmpi slt, %v242, %size_L : i64
      %v415 = arith.subi %size_L, %v2 : i64
      %v416 = arith.minsi %v242, %v415 : i64
      %v417 = arith.addi %v413, %v416 : i64
      %v418 = arith.muli %v410, %v250 : i64
      %v419 = arith.addi %v418, %v242 : i64
      %v420 = llvm.getelementptr %in_u[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = llvm.load %v420 : !llvm.ptr -> f32
      %v423 = arith.addi %v241, %v422 : i64
      %v424 = arith.constant true
      %v425 = llvm.getelementptr %v20[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v426 = llvm.load %v425 : !llvm.ptr<3> -> i64
      %v427 = arith.cmpi slt, %v242, %size_L : i64
      %v428 = arith.subi %size_L, %v2 : i64
      %v429 = arith.minsi %v242, %v428 : i64
      %v430 = arith.addi %v426, %v429 : i64
      %v431 = arith.muli %v423, %v250 : i64
      %v432 = arith.addi %v431, %v242 : i64
      %v433 = llvm.getelementptr %in_u[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v434 = llvm.load %v433 : !llvm.ptr -> f32
      %v436 = arith.addi %v241, %v435 : i64
      %v437 = arith.constant true
      %v438 = llvm.getelementptr %v20[%v436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v439 = llvm.load %v438 : !llvm.ptr<3> -> i64
      %v440 = arith.cmpi slt, %v242, %size_L : i64
      %v441 = arith.subi %size_L, %v2 : i64
      %v442 = arith.minsi %v242, %v441 : i64
      %v443 = arith.addi %v439, %v442 : i64
      %v444 = arith.muli %v436, %v250 : i64
      %v445 = arith.addi %v444, %v242 : i64
      %v446 = llvm.getelementptr %in_u[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v447 = llvm.load %v446 : !llvm.ptr -> f32
      %v448 = arith.addi %v241, %v240 : i64
      %v449 = arith.constant true
      %v450 = llvm.getelementptr %v20[%v448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v451 = llvm.load %v450 : !llvm.ptr<3> -> i64
      %v452 = arith.cmpi slt, %v242, %size_L : i64
      %v453 = arith.subi %size_L, %v2 : i64
      %v454 = arith.minsi %v242, %v453 : i64
      %v455 = arith.addi %v451, %v454 : i64
      %v456 = arith.muli %v448, %v250 : i64
      %v457 = arith.addi %v456, %v242 : i64
      %v458 = llvm.getelementptr %in_u[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v459 = llvm.load %v458 : !llvm.ptr -> f32
      %v461 = arith.addi %v241, %v460 : i64
      %v462 = arith.constant true
      %v463 = llvm.getelementptr %v20[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v464 = llvm.load %v463 : !llvm.ptr<3> -> i64
      %v465 = arith.cmpi slt, %v242, %size_L : i64
      %v466 = arith.subi %size_L, %v2 : i64
      %v467 = arith.minsi %v242, %v466 : i64
      %v468 = arith.addi %v464, %v467 : i64
      %v469 = arith.muli %v461, %v250 : i64
      %v470 = arith.addi %v469, %v242 : i64
      %v471 = llvm.getelementptr %in_u[%v468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v472 = llvm.load %v471 : !llvm.ptr -> f32
      %v474 = arith.addi %v241, %v473 : i64
      %v475 = arith.constant true
      %v476 = llvm.getelementptr %v20[%v474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v477 = llvm.load %v476 : !llvm.ptr<3> -> i64
      %v478 = arith.cmpi slt, %v242, %size_L : i64
      %v479 = arith.subi %size_L, %v2 : i64
      %v480 = arith.minsi %v242, %v479 : i64
      %v481 = arith.addi %v477, %v480 : i64
      %v482 = arith.muli %v474, %v250 : i64
      %v483 = arith.addi %v482, %v242 : i64
      %v484 = llvm.getelementptr %in_u[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v485 = llvm.load %v484 : !llvm.ptr -> f32
      %v487 = arith.addi %v241, %v486 : i64
      %v488 = arith.constant true
      %v489 = llvm.getelementptr %v20[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v490 = llvm.load %v489 : !llvm.ptr<3> -> i64
      %v491 = arith.cmpi slt, %v242, %size_L : i64
      %v492 = arith.subi %size_L, %v2 : i64
      %v493 = arith.minsi %v242, %v492 : i64
      %v494 = arith.addi %v490, %v493 : i64
      %v495 = arith.muli %v487, %v250 : i64
      %v496 = arith.addi %v495, %v242 : i64
      %v497 = llvm.getelementptr %in_u[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v498 = llvm.load %v497 : !llvm.ptr -> f32
      %v500 = arith.addi %v241, %v499 : i64
      %v501 = arith.constant true
      %v502 = llvm.getelementptr %v20[%v500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v503 = llvm.load %v502 : !llvm.ptr<3> -> i64
      %v504 = arith.cmpi slt, %v242, %size_L : i64
      %v505 = arith.subi %size_L, %v2 : i64
      %v506 = arith.minsi %v242, %v505 : i64
      %v507 = arith.addi %v503, %v506 : i64
      %v508 = arith.muli %v500, %v250 : i64
      %v509 = arith.addi %v508, %v242 : i64
      %v510 = llvm.getelementptr %in_u[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v511 = llvm.load %v510 : !llvm.ptr -> f32
      %v513 = arith.addi %v241, %v512 : i64
      %v514 = arith.constant true
      %v515 = llvm.getelementptr %v20[%v513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v516 = llvm.load %v515 : !llvm.ptr<3> -> i64
      %v517 = arith.cmpi slt, %v242, %size_L : i64
      %v518 = arith.subi %size_L, %v2 : i64
      %v519 = arith.minsi %v242, %v518 : i64
      %v520 = arith.addi %v516, %v519 : i64
      %v521 = arith.muli %v513, %v250 : i64
      %v522 = arith.addi %v521, %v242 : i64
      %v523 = llvm.getelementptr %in_u[%v520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v524 = llvm.load %v523 : !llvm.ptr -> f32
      %v526 = arith.addi %v241, %v525 : i64
      %v527 = arith.constant true
      %v528 = llvm.getelementptr %v20[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v529 = llvm.load %v528 : !llvm.ptr<3> -> i64
      %v530 = arith.cmpi slt, %v242, %size_L : i64
      %v531 = arith.subi %size_L, %v2 : i64
      %v532 = arith.minsi %v242, %v531 : i64
      %v533 = arith.addi %v529, %v532 : i64
      %v534 = arith.muli %v526, %v250 : i64
      %v535 = arith.addi %v534, %v242 : i64
      %v536 = llvm.getelementptr %in_u[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v537 = llvm.load %v536 : !llvm.ptr -> f32
      %v539 = arith.addi %v241, %v538 : i64
      %v540 = arith.constant true
      %v541 = llvm.getelementptr %v20[%v539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v542 = llvm.load %v541 : !llvm.ptr<3> -> i64
      %v543 = arith.cmpi slt, %v242, %size_L : i64
      %v544 = arith.subi %size_L, %v2 : i64
      %v545 = arith.minsi %v242, %v544 : i64
      %v546 = arith.addi %v542, %v545 : i64
      %v547 = arith.muli %v539, %v250 : i64
      %v548 = arith.addi %v547, %v242 : i64
      %v549 = llvm.getelementptr %in_u[%v546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v550 = llvm.load %v549 : !llvm.ptr -> f32
      %v552 = arith.addi %v241, %v551 : i64
      %v553 = arith.constant true
      %v554 = llvm.getelementptr %v20[%v552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v555 = llvm.load %v554 : !llvm.ptr<3> -> i64
      %v556 = arith.cmpi slt, %v242, %size_L : i64
      %v557 = arith.subi %size_L, %v2 : i64
      %v558 = arith.minsi %v242, %v557 : i64
      %v559 = arith.addi %v555, %v558 : i64
      %v560 = arith.muli %v552, %v250 : i64
      %v561 = arith.addi %v560, %v242 : i64
      %v562 = llvm.getelementptr %in_u[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v563 = llvm.load %v562 : !llvm.ptr -> f32
      %v565 = arith.addi %v241, %v564 : i64
      %v566 = arith.constant true
      %v567 = llvm.getelementptr %v20[%v565] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v568 = llvm.load %v567 : !llvm.ptr<3> -> i64
      %v569 = arith.cmpi slt, %v242, %size_L : i64
      %v570 = arith.subi %size_L, %v2 : i64
      %v571 = arith.minsi %v242, %v570 : i64
      %v572 = arith.addi %v568, %v571 : i64
      %v573 = arith.muli %v565, %v250 : i64
      %v574 = arith.addi %v573, %v242 : i64
      %v575 = llvm.getelementptr %in_u[%v572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v576 = llvm.load %v575 : !llvm.ptr -> f32
      %v578 = arith.addi %v241, %v577 : i64
      %v579 = arith.constant true
      %v580 = llvm.getelementptr %v20[%v578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v581 = llvm.load %v580 : !llvm.ptr<3> -> i64
      %v582 = arith.cmpi slt, %v242, %size_L : i64
      %v583 = arith.subi %size_L, %v2 : i64
      %v584 = arith.minsi %v242, %v583 : i64
      %v585 = arith.addi %v581, %v584 : i64
      %v586 = arith.muli %v578, %v250 : i64
      %v587 = arith.addi %v586, %v242 : i64
      %v588 = llvm.getelementptr %in_u[%v585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v589 = llvm.load %v588 : !llvm.ptr -> f32
      %v591 = arith.addi %v241, %v590 : i64
      %v592 = arith.constant true
      %v593 = llvm.getelementptr %v20[%v591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v594 = llvm.load %v593 : !llvm.ptr<3> -> i64
      %v595 = arith.cmpi slt, %v242, %size_L : i64
      %v596 = arith.subi %size_L, %v2 : i64
      %v597 = arith.minsi %v242, %v596 : i64
      %v598 = arith.addi %v594, %v597 : i64
      %v599 = arith.muli %v591, %v250 : i64
      %v600 = arith.addi %v599, %v242 : i64
      %v601 = llvm.getelementptr %in_u[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v602 = llvm.load %v601 : !llvm.ptr -> f32
      %v604 = arith.addi %v241, %v603 : i64
      %v605 = arith.constant true
      %v606 = llvm.getelementptr %v20[%v604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v607 = llvm.load %v606 : !llvm.ptr<3> -> i64
      %v608 = arith.cmpi slt, %v242, %size_L : i64
      %v609 = arith.subi %size_L, %v2 : i64
      %v610 = arith.minsi %v242, %v609 : i64
      %v611 = arith.addi %v607, %v610 : i64
      %v612 = arith.muli %v604, %v250 : i64
      %v613 = arith.addi %v612, %v242 : i64
      %v614 = llvm.getelementptr %in_u[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v615 = llvm.load %v614 : !llvm.ptr -> f32
      %v617 = arith.addi %v241, %v616 : i64
      %v618 = arith.constant true
      %v619 = llvm.getelementptr %v20[%v617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v620 = llvm.load %v619 : !llvm.ptr<3> -> i64
      %v621 = arith.cmpi slt, %v242, %size_L : i64
      %v622 = arith.subi %size_L, %v2 : i64
      %v623 = arith.minsi %v242, %v622 : i64
      %v624 = arith.addi %v620, %v623 : i64
      %v625 = arith.muli %v617, %v250 : i64
      %v626 = arith.addi %v625, %v242 : i64
      %v627 = llvm.getelementptr %in_u[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v628 = llvm.load %v627 : !llvm.ptr -> f32
      %v630 = arith.addi %v241, %v629 : i64
      %v631 = arith.constant true
      %v632 = llvm.getelementptr %v20[%v630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v633 = llvm.load %v632 : !llvm.ptr<3> -> i64
      %v634 = arith.cmpi slt, %v242, %size_L : i64
      %v635 = arith.subi %size_L, %v2 : i64
      %v636 = arith.minsi %v242, %v635 : i64
      %v637 = arith.addi %v633, %v636 : i64
      %v638 = arith.muli %v630, %v250 : i64
      %v639 = arith.addi %v638, %v242 : i64
      %v640 = llvm.getelementptr %in_u[%v637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v641 = llvm.load %v640 : !llvm.ptr -> f32
      %v643 = arith.addi %v241, %v642 : i64
      %v644 = arith.constant true
      %v645 = llvm.getelementptr %v20[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v646 = llvm.load %v645 : !llvm.ptr<3> -> i64
      %v647 = arith.cmpi slt, %v242, %size_L : i64
      %v648 = arith.subi %size_L, %v2 : i64
      %v649 = arith.minsi %v242, %v648 : i64
      %v650 = arith.addi %v646, %v649 : i64
      %v651 = arith.muli %v643, %v250 : i64
      %v652 = arith.addi %v651, %v242 : i64
      %v653 = llvm.getelementptr %in_u[%v650] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v654 = llvm.load %v653 : !llvm.ptr -> f32
      scf.if %v243 {
        %v655 = llvm.getelementptr %v21[%v252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v254, %v655 : f32, !llvm.ptr<3>
      }
      scf.if %v256 {
        %v656 = llvm.getelementptr %v21[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v266, %v656 : f32, !llvm.ptr<3>
      }
      scf.if %v269 {
        %v657 = llvm.getelementptr %v21[%v277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v279, %v657 : f32, !llvm.ptr<3>
      }
      scf.if %v282 {
        %v658 = llvm.getelementptr %v21[%v290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v292, %v658 : f32, !llvm.ptr<3>
      }
      scf.if %v295 {
        %v659 = llvm.getelementptr %v21[%v303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v305, %v659 : f32, !llvm.ptr<3>
      }
      scf.if %v308 {
        %v660 = llvm.getelementptr %v21[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v660 : f32, !llvm.ptr<3>
      }
      scf.if %v321 {
        %v661 = llvm.getelementptr %v21[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v331, %v661 : f32, !llvm.ptr<3>
      }
      scf.if %v334 {
        %v662 = llvm.getelementptr %v21[%v342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v344, %v662 : f32, !llvm.ptr<3>
      }
      scf.if %v346 {
        %v663 = llvm.getelementptr %v21[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v356, %v663 : f32, !llvm.ptr<3>
      }
      scf.if %v359 {
        %v664 = llvm.getelementptr %v21[%v367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v369, %v664 : f32, !llvm.ptr<3>
      }
      scf.if %v372 {
        %v665 = llvm.getelementptr %v21[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v382, %v665 : f32, !llvm.ptr<3>
      }
      scf.if %v385 {
        %v666 = llvm.getelementptr %v21[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v395, %v666 : f32, !llvm.ptr<3>
      }
      scf.if %v398 {
        %v667 = llvm.getelementptr %v21[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v408, %v667 : f32, !llvm.ptr<3>
      }
      scf.if %v411 {
        %v668 = llvm.getelementptr %v21[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v421, %v668 : f32, !llvm.ptr<3>
      }
      scf.if %v424 {
        %v669 = llvm.getelementptr %v21[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v434, %v669 : f32, !llvm.ptr<3>
      }
      scf.if %v437 {
        %v670 = llvm.getelementptr %v21[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v447, %v670 : f32, !llvm.ptr<3>
      }
      scf.if %v449 {
        %v671 = llvm.getelementptr %v21[%v457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v459, %v671 : f32, !llvm.ptr<3>
      }
      scf.if %v462 {
        %v672 = llvm.getelementptr %v21[%v470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v472, %v672 : f32, !llvm.ptr<3>
      }
      scf.if %v475 {
        %v673 = llvm.getelementptr %v21[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v485, %v673 : f32, !llvm.ptr<3>
      }
      scf.if %v488 {
        %v674 = llvm.getelementptr %v21[%v496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v498, %v674 : f32, !llvm.ptr<3>
      }
      scf.if %v501 {
        %v675 = llvm.getelementptr %v21[%v509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v511, %v675 : f32, !llvm.ptr<3>
      }
      scf.if %v514 {
        %v676 = llvm.getelementptr %v21[%v522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v524, %v676 : f32, !llvm.ptr<3>
      }
      scf.if %v527 {
        %v677 = llvm.getelementptr %v21[%v535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v537, %v677 : f32, !llvm.ptr<3>
      }
      scf.if %v540 {
        %v678 = llvm.getelementptr %v21[%v548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v550, %v678 : f32, !llvm.ptr<3>
      }
      scf.if %v553 {
        %v679 = llvm.getelementptr %v21[%v561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v563, %v679 : f32, !llvm.ptr<3>
      }
      scf.if %v566 {
        %v680 = llvm.getelementptr %v21[%v574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v576, %v680 : f32, !llvm.ptr<3>
      }
      scf.if %v579 {
        %v681 = llvm.getelementptr %v21[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v589, %v681 : f32, !llvm.ptr<3>
      }
      scf.if %v592 {
        %v682 = llvm.getelementptr %v21[%v600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v602, %v682 : f32, !llvm.ptr<3>
      }
      scf.if %v605 {
        %v683 = llvm.getelementptr %v21[%v613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v615, %v683 : f32, !llvm.ptr<3>
      }
      scf.if %v618 {
        %v684 = llvm.getelementptr %v21[%v626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v628, %v684 : f32, !llvm.ptr<3>
      }
      scf.if %v631 {
        %v685 = llvm.getelementptr %v21[%v639] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v641, %v685 : f32, !llvm.ptr<3>
      }
      scf.if %v644 {
        %v686 = llvm.getelementptr %v21[%v652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v654, %v686 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v687 = arith.divui %v28, %v240 : i64
      %v688 = arith.remui %v28, %v240 : i64
      %v689 = arith.constant true
      %v690 = arith.addi %v30, %v687 : i64
      %v691 = llvm.getelementptr %v20[%v690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v692 = llvm.load %v691 : !llvm.ptr<3> -> i64
      %v693 = arith.cmpi slt, %v688, %size_L : i64
      %v694 = arith.subi %size_L, %v2 : i64
      %v695 = arith.minsi %v688, %v694 : i64
      %v696 = arith.addi %v692, %v695 : i64
      %v697 = arith.muli %v690, %v250 : i64
      %v698 = arith.addi %v697, %v688 : i64
      %v699 = llvm.getelementptr %in_delta[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v700 = llvm.load %v699 : !llvm.ptr -> f32
      %v701 = arith.addi %v687, %v67 : i64
      %v702 = arith.constant true
      %v703 = arith.addi %v30, %v701 : i64
      %v704 = llvm.getelementptr %v20[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v705 = llvm.load %v704 : !llvm.ptr<3> -> i64
      %v706 = arith.cmpi slt, %v688, %size_L : i64
      %v707 = arith.subi %size_L, %v2 : i64
      %v708 = arith.minsi %v688, %v707 : i64
      %v709 = arith.addi %v705, %v708 : i64
      %v710 = arith.muli %v703, %v250 : i64
      %v711 = arith.addi %v710, %v688 : i64
      %v712 = llvm.getelementptr %in_delta[%v709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v713 = llvm.load %v712 : !llvm.ptr -> f32
      %v714 = arith.addi %v687, %v267 : i64
      %v715 = arith.constant true
      %v716 = arith.addi %v30, %v714 : i64
      %v717 = llvm.getelementptr %v20[%v716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v718 = llvm.load %v717 : !llvm.ptr<3> -> i64
      %v719 = arith.cmpi slt, %v688, %size_L : i64
      %v720 = arith.subi %size_L, %v2 : i64
      %v721 = arith.minsi %v688, %v720 : i64
      %v722 = arith.addi %v718, %v721 : i64
      %v723 = arith.muli %v716, %v250 : i64
      %v724 = arith.addi %v723, %v688 : i64
      %v725 = llvm.getelementptr %in_delta[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v726 = llvm.load %v725 : !llvm.ptr -> f32
      %v727 = arith.addi %v687, %v280 : i64
      %v728 = arith.constant true
      %v729 = arith.addi %v30, %v727 : i64
      %v730 = llvm.getelementptr %v20[%v729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v731 = llvm.load %v730 : !llvm.ptr<3> -> i64
      %v732 = arith.cmpi slt, %v688, %size_L : i64
      %v733 = arith.subi %size_L, %v2 : i64
      %v734 = arith.minsi %v688, %v733 : i64
      %v735 = arith.addi %v731, %v734 : i64
      %v736 = arith.muli %v729, %v250 : i64
      %v737 = arith.addi %v736, %v688 : i64
      %v738 = llvm.getelementptr %in_delta[%v735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v739 = llvm.load %v738 : !llvm.ptr -> f32
      %v740 = arith.addi %v687, %v293 : i64
      %v741 = arith.constant true
      %v742 = arith.addi %v30, %v740 : i64
      %v743 = llvm.getelementptr %v20[%v742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v744 = llvm.load %v743 : !llvm.ptr<3> -> i64
      %v745 = arith.cmpi slt, %v688, %size_L : i64
      %v746 = arith.subi %size_L, %v2 : i64
      %v747 = arith.minsi %v688, %v746 : i64
      %v748 = arith.addi %v744, %v747 : i64
      %v749 = arith.muli %v742, %v250 : i64
      %v750 = arith.addi %v749, %v688 : i64
      %v751 = llvm.getelementptr %in_delta[%v748] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v752 = llvm.load %v751 : !llvm.ptr -> f32
      %v753 = arith.addi %v687, %v306 : i64
      %v754 = arith.constant true
      %v755 = arith.addi %v30, %v753 : i64
      %v756 = llvm.getelementptr %v20[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v757 = llvm.load %v756 : !llvm.ptr<3> -> i64
      %v758 = arith.cmpi slt, %v688, %size_L : i64
      %v759 = arith.subi %size_L, %v2 : i64
      %v760 = arith.minsi %v688, %v759 : i64
      %v761 = arith.addi %v757, %v760 : i64
      %v762 = arith.muli %v755, %v250 : i64
      %v763 = arith.addi %v762, %v688 : i64
      %v764 = llvm.getelementptr %in_delta[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v765 = llvm.load %v764 : !llvm.ptr -> f32
      %v766 = arith.addi %v687, %v319 : i64
      %v767 = arith.constant true
      %v768 = arith.addi %v30, %v766 : i64
      %v769 = llvm.getelementptr %v20[%v768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v770 = llvm.load %v769 : !llvm.ptr<3> -> i64
      %v771 = arith.cmpi slt, %v688, %size_L : i64
      %v772 = arith.subi %size_L, %v2 : i64
      %v773 = arith.minsi %v688, %v772 : i64
      %v774 = arith.addi %v770, %v773 : i64
      %v775 = arith.muli %v768, %v250 : i64
      %v776 = arith.addi %v775, %v688 : i64
      %v777 = llvm.getelementptr %in_delta[%v774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v778 = llvm.load %v777 : !llvm.ptr -> f32
      %v779 = arith.addi %v687, %v332 : i64
      %v780 = arith.constant true
      %v781 = arith.addi %v30, %v779 : i64
      %v782 = llvm.getelementptr %v20[%v781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v783 = llvm.load %v782 : !llvm.ptr<3> -> i64
      %v784 = arith.cmpi slt, %v688, %size_L : i64
      %v785 = arith.subi %size_L, %v2 : i64
      %v786 = arith.minsi %v688, %v785 : i64
      %v787 = arith.addi %v783, %v786 : i64
      %v788 = arith.muli %v781, %v250 : i64
      %v789 = arith.addi %v788, %v688 : i64
      %v790 = llvm.getelementptr %in_delta[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v791 = llvm.load %v790 : !llvm.ptr -> f32
      %v792 = arith.addi %v687, %v1 : i64
      %v793 = arith.constant true
      %v794 = arith.addi %v30, %v792 : i64
      %v795 = llvm.getelementptr %v20[%v794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v796 = llvm.load %v795 : !llvm.ptr<3> -> i64
      %v797 = arith.cmpi slt, %v688, %size_L : i64
      %v798 = arith.subi %size_L, %v2 : i64
      %v799 = arith.minsi %v688, %v798 : i64
      %v800 = arith.addi %v796, %v799 : i64
      %v801 = arith.muli %v794, %v250 : i64
      %v802 = arith.addi %v801, %v688 : i64
      %v803 = llvm.getelementptr %in_delta[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v805 = arith.addi %v687, %v357 : i64
      %v806 = arith.constant true
      %v807 = arith.addi %v30, %v805 : i64
      %v808 = llvm.getelementptr %v20[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v809 = llvm.load %v808 : !llvm.ptr<3> -> i64
      %v810 = arith.cmpi slt, %v688, %size_L : i64
      %v811 = arith.subi %size_L, %v2 : i64
      %v812 = arith.minsi %v688, %v811 : i64
      %v813 = arith.addi %v809, %v812 : i64
      %v814 = arith.muli %v807, %v250 : i64
      %v815 = arith.addi %v814, %v688 : i64
      %v816 = llvm.getelementptr %in_delta[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = llvm.load %v816 : !llvm.ptr -> f32
      %v818 = arith.addi %v687, %v370 : i64
      %v819 = arith.constant true
      %v820 = arith.addi %v30, %v818 : i64
      %v821 = llvm.getelementptr %v20[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v822 = llvm.load %v821 : !llvm.ptr<3> -> i64
      %v823 = arith.cmpi slt, %v688, %size_L : i64
      %v824 = arith.subi %size_L, %v2 : i64
      %v825 = arith.minsi %v688, %v824 : i64
      %v826 = arith.addi %v822, %v825 : i64
      %v827 = arith.muli %v820, %v250 : i64
      %v828 = arith.addi %v827, %v688 : i64
      %v829 = llvm.getelementptr %in_delta[%v826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v830 = llvm.load %v829 : !llvm.ptr -> f32
      %v831 = arith.addi %v687, %v383 : i64
      %v832 = arith.constant true
      %v833 = arith.addi %v30, %v831 : i64
      %v834 = llvm.getelementptr %v20[%v833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v835 = llvm.load %v834 : !llvm.ptr<3> -> i64
      %v836 = arith.cmpi slt, %v688, %size_L : i64
      %v837 = arith.subi %size_L, %v2 : i64
      %v838 = arith.minsi %v688, %v837 : i64
      %v839 = arith.addi %v835, %v838 : i64
      %v840 = arith.muli %v833, %v250 : i64
      %v841 = arith.addi %v840, %v688 : i64
      %v842 = llvm.getelementptr %in_delta[%v839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v843 = llvm.load %v842 : !llvm.ptr -> f32
      %v844 = arith.addi %v687, %v396 : i64
      %v845 = arith.constant true
      %v846 = arith.addi %v30, %v844 : i64
      %v847 = llvm.getelementptr %v20[%v846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v848 = llvm.load %v847 : !llvm.ptr<3> -> i64
      %v849 = arith.cmpi slt, %v688, %size_L : i64
      %v850 = arith.subi %size_L, %v2 : i64
      %v851 = arith.minsi %v688, %v850 : i64
      %v852 = arith.addi %v848, %v851 : i64
      %v853 = arith.muli %v846, %v250 : i64
      %v854 = arith.addi %v853, %v688 : i64
      %v855 = llvm.getelementptr %in_delta[%v852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v856 = llvm.load %v855 : !llvm.ptr -> f32
      %v857 = arith.addi %v687, %v409 : i64
      %v858 = arith.constant true
      %v859 = arith.addi %v30, %v857 : i64
      %v860 = llvm.getelementptr %v20[%v859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v861 = llvm.load %v860 : !llvm.ptr<3> -> i64
      %v862 = arith.cmpi slt, %v688, %size_L : i64
      %v863 = arith.subi %size_L, %v2 : i64
      %v864 = arith.minsi %v688, %v863 : i64
      %v865 = arith.addi %v861, %v864 : i64
      %v866 = arith.muli %v859, %v250 : i64
      %v867 = arith.addi %v866, %v688 : i64
      %v868 = llvm.getelementptr %in_delta[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v869 = llvm.load %v868 : !llvm.ptr -> f32
      %v870 = arith.addi %v687, %v422 : i64
      %v871 = arith.constant true
      %v872 = arith.addi %v30, %v870 : i64
      %v873 = llvm.getelementptr %v20[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v874 = llvm.load %v873 : !llvm.ptr<3> -> i64
      %v875 = arith.cmpi slt, %v688, %size_L : i64
      %v876 = arith.subi %size_L, %v2 : i64
      %v877 = arith.minsi %v688, %v876 : i64
      %v878 = arith.addi %v874, %v877 : i64
      %v879 = arith.muli %v872, %v250 : i64
      %v880 = arith.addi %v879, %v688 : i64
      %v881 = llvm.getelementptr %in_delta[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v882 = llvm.load %v881 : !llvm.ptr -> f32
      %v883 = arith.addi %v687, %v435 : i64
      %v884 = arith.constant true
      %v885 = arith.addi %v30, %v883 : i64
      %v886 = llvm.getelementptr %v20[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v887 = llvm.load %v886 : !llvm.ptr<3> -> i64
      %v888 = arith.cmpi slt, %v688, %size_L : i64
      %v889 = arith.subi %size_L, %v2 : i64
      %v890 = arith.minsi %v688, %v889 : i64
      %v891 = arith.addi %v887, %v890 : i64
      %v892 = arith.muli %v885, %v250 : i64
      %v893 = arith.addi %v892, %v688 : i64
      %v894 = llvm.getelementptr %in_delta[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v895 = llvm.load %v894 : !llvm.ptr -> f32
      %v896 = arith.addi %v687, %v240 : i64
      %v897 = arith.constant true
      %v898 = arith.addi %v30, %v896 : i64
      %v899 = llvm.getelementptr %v20[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v900 = llvm.load %v899 : !llvm.ptr<3> -> i64
      %v901 = arith.cmpi slt, %v688, %size_L : i64
      %v902 = arith.subi %size_L, %v2 : i64
      %v903 = arith.minsi %v688, %v902 : i64
      %v904 = arith.addi %v900, %v903 : i64
      %v905 = arith.muli %v898, %v250 : i64
      %v906 = arith.addi %v905, %v688 : i64
      %v907 = llvm.getelementptr %in_delta[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v908 = llvm.load %v907 : !llvm.ptr -> f32
      %v909 = arith.addi %v687, %v460 : i64
      %v910 = arith.constant true
      %v911 = arith.addi %v30, %v909 : i64
      %v912 = llvm.getelementptr %v20[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v913 = llvm.load %v912 : !llvm.ptr<3> -> i64
      %v914 = arith.cmpi slt, %v688, %size_L : i64
      %v915 = arith.subi %size_L, %v2 : i64
      %v916 = arith.minsi %v688, %v915 : i64
      %v917 = arith.addi %v913, %v916 : i64
      %v918 = arith.muli %v911, %v250 : i64
      %v919 = arith.addi %v918, %v688 : i64
      %v920 = llvm.getelementptr %in_delta[%v917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v921 = llvm.load %v920 : !llvm.ptr -> f32
      %v922 = arith.addi %v687, %v473 : i64
      %v923 = arith.constant true
      %v924 = arith.addi %v30, %v922 : i64
      %v925 = llvm.getelementptr %v20[%v924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v926 = llvm.load %v925 : !llvm.ptr<3> -> i64
      %v927 = arith.cmpi slt, %v688, %size_L : i64
      %v928 = arith.subi %size_L, %v2 : i64
      %v929 = arith.minsi %v688, %v928 : i64
      %v930 = arith.addi %v926, %v929 : i64
      %v931 = arith.muli %v924, %v250 : i64
      %v932 = arith.addi %v931, %v688 : i64
      %v933 = llvm.getelementptr %in_delta[%v930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v934 = llvm.load %v933 : !llvm.ptr -> f32
      %v935 = arith.addi %v687, %v486 : i64
      %v936 = arith.constant true
      %v937 = arith.addi %v30, %v935 : i64
      %v938 = llvm.getelementptr %v20[%v937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v939 = llvm.load %v938 : !llvm.ptr<3> -> i64
      %v940 = arith.cmpi slt, %v688, %size_L : i64
      %v941 = arith.subi %size_L, %v2 : i64
      %v942 = arith.minsi %v688, %v941 : i64
      %v943 = arith.addi %v939, %v942 : i64
      %v944 = arith.muli %v937, %v250 : i64
      %v945 = arith.addi %v944, %v688 : i64
      %v946 = llvm.getelementptr %in_delta[%v943] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v947 = llvm.load %v946 : !llvm.ptr -> f32
      %v948 = arith.addi %v687, %v499 : i64
      %v949 = arith.constant true
      %v950 = arith.addi %v30, %v948 : i64
      %v951 = llvm.getelementptr %v20[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v952 = llvm.load %v951 : !llvm.ptr<3> -> i64
      %v953 = arith.cmpi slt, %v688, %size_L : i64
      %v954 = arith.subi %size_L, %v2 : i64
      %v955 = arith.minsi %v688, %v954 : i64
      %v956 = arith.addi %v952, %v955 : i64
      %v957 = arith.muli %v950, %v250 : i64
      %v958 = arith.addi %v957, %v688 : i64
      %v959 = llvm.getelementptr %in_delta[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v960 = llvm.load %v959 : !llvm.ptr -> f32
      %v961 = arith.addi %v687, %v512 : i64
      %v962 = arith.constant true
      %v963 = arith.addi %v30, %v961 : i64
      %v964 = llvm.getelementptr %v20[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v965 = llvm.load %v964 : !llvm.ptr<3> -> i64
      %v966 = arith.cmpi slt, %v688, %size_L : i64
      %v967 = arith.subi %size_L, %v2 : i64
      %v968 = arith.minsi %v688, %v967 : i64
      %v969 = arith.addi %v965, %v968 : i64
      %v970 = arith.muli %v963, %v250 : i64
      %v971 = arith.addi %v970, %v688 : i64
      %v972 = llvm.getelementptr %in_delta[%v969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v973 = llvm.load %v972 : !llvm.ptr -> f32
      %v974 = arith.addi %v687, %v525 : i64
      %v975 = arith.constant true
      %v976 = arith.addi %v30, %v974 : i64
      %v977 = llvm.getelementptr %v20[%v976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v978 = llvm.load %v977 : !llvm.ptr<3> -> i64
      %v979 = arith.cmpi slt, %v688, %size_L : i64
      %v980 = arith.subi %size_L, %v2 : i64
      %v981 = arith.minsi %v688, %v980 : i64
      %v982 = arith.addi %v978, %v981 : i64
      %v983 = arith.muli %v976, %v250 : i64
      %v984 = arith.addi %v983, %v688 : i64
      %v985 = llvm.getelementptr %in_delta[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      %v987 = arith.addi %v687, %v538 : i64
      %v988 = arith.constant true
      %v989 = arith.addi %v30, %v987 : i64
      %v990 = llvm.getelementptr %v20[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v991 = llvm.load %v990 : !llvm.ptr<3> -> i64
      %v992 = arith.cmpi slt, %v688, %size_L : i64
      %v993 = arith.subi %size_L, %v2 : i64
      %v994 = arith.minsi %v688, %v993 : i64
      %v995 = arith.addi %v991, %v994 : i64
      %v996 = arith.muli %v989, %v250 : i64
      %v997 = arith.addi %v996, %v688 : i64
      %v998 = llvm.getelementptr %in_delta[%v995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v999 = llvm.load %v998 : !llvm.ptr -> f32
      %v1000 = arith.addi %v687, %v551 : i64
      %v1001 = arith.constant true
      %v1002 = arith.addi %v30, %v1000 : i64
      %v1003 = llvm.getelementptr %v20[%v1002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1004 = llvm.load %v1003 : !llvm.ptr<3> -> i64
      %v1005 = arith.cmpi slt, %v688, %size_L : i64
      %v1006 = arith.subi %size_L, %v2 : i64
      %v1007 = arith.minsi %v688, %v1006 : i64
      %v1008 = arith.addi %v1004, %v1007 : i64
      %v1009 = arith.muli %v1002, %v250 : i64
      %v1010 = arith.addi %v1009, %v688 : i64
      %v1011 = llvm.getelementptr %in_delta[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
      %v1013 = arith.addi %v687, %v564 : i64
      %v1014 = arith.constant true
      %v1015 = arith.addi %v30, %v1013 : i64
      %v1016 = llvm.getelementptr %v20[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1017 = llvm.load %v1016 : !llvm.ptr<3> -> i64
      %v1018 = arith.cmpi slt, %v688, %size_L : i64
      %v1019 = arith.subi %size_L, %v2 : i64
      %v1020 = arith.minsi %v688, %v1019 : i64
      %v1021 = arith.addi %v1017, %v1020 : i64
      %v1022 = arith.muli %v1015, %v250 : i64
      %v1023 = arith.addi %v1022, %v688 : i64
      %v1024 = llvm.getelementptr %in_delta[%v1021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1025 = llvm.load %v1024 : !llvm.ptr -> f32
      %v1026 = arith.addi %v687, %v577 : i64
      %v1027 = arith.constant true
      %v1028 = arith.addi %v30, %v1026 : i64
      %v1029 = llvm.getelementptr %v20[%v1028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1030 = llvm.load %v1029 : !llvm.ptr<3> -> i64
      %v1031 = arith.cmpi slt, %v688, %size_L : i64
      %v1032 = arith.subi %size_L, %v2 : i64
      %v1033 = arith.minsi %v688, %v1032 : i64
      %v1034 = arith.addi %v1030, %v1033 : i64
      %v1035 = arith.muli %v1028, %v250 : i64
      %v1036 = arith.addi %v1035, %v688 : i64
      %v1037 = llvm.getelementptr %in_delta[%v1034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1038 = llvm.load %v1037 : !llvm.ptr -> f32
      %v1039 = arith.addi %v687, %v590 : i64
      %v1040 = arith.constant true
      %v1041 = arith.addi %v30, %v1039 : i64
      %v1042 = llvm.getelementptr %v20[%v1041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1043 = llvm.load %v1042 : !llvm.ptr<3> -> i64
      %v1044 = arith.cmpi slt, %v688, %size_L : i64
      %v1045 = arith.subi %size_L, %v2 : i64
      %v1046 = arith.minsi %v688, %v1045 : i64
      %v1047 = arith.addi %v1043, %v1046 : i64
      %v1048 = arith.muli %v1041, %v250 : i64
      %v1049 = arith.addi %v1048, %v688 : i64
      %v1050 = llvm.getelementptr %in_delta[%v1047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1051 = llvm.load %v1050 : !llvm.ptr -> f32
      %v1052 = arith.addi %v687, %v603 : i64
      %v1053 = arith.constant true
      %v1054 = arith.addi %v30, %v1052 : i64
      %v1055 = llvm.getelementptr %v20[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1056 = llvm.load %v1055 : !llvm.ptr<3> -> i64
      %v1057 = arith.cmpi slt, %v688, %size_L : i64
      %v1058 = arith.subi %size_L, %v2 : i64
      %v1059 = arith.minsi %v688, %v1058 : i64
      %v1060 = arith.addi %v1056, %v1059 : i64
      %v1061 = arith.muli %v1054, %v250 : i64
      %v1062 = arith.addi %v1061, %v688 : i64
      %v1063 = llvm.getelementptr %in_delta[%v1060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1064 = llvm.load %v1063 : !llvm.ptr -> f32
      %v1065 = arith.addi %v687, %v616 : i64
      %v1066 = arith.constant true
      %v1067 = arith.addi %v30, %v1065 : i64
      %v1068 = llvm.getelementptr %v20[%v1067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1069 = llvm.load %v1068 : !llvm.ptr<3> -> i64
      %v1070 = arith.cmpi slt, %v688, %size_L : i64
      %v1071 = arith.subi %size_L, %v2 : i64
      %v1072 = arith.minsi %v688, %v1071 : i64
      %v1073 = arith.addi %v1069, %v1072 : i64
      %v1074 = arith.muli %v1067, %v250 : i64
      %v1075 = arith.addi %v1074, %v688 : i64
      %v1076 = llvm.getelementptr %in_delta[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
      %v1078 = arith.addi %v687, %v629 : i64
      %v1079 = arith.constant true
      %v1080 = arith.addi %v30, %v1078 : i64
      %v1081 = llvm.getelementptr %v20[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1082 = llvm.load %v1081 : !llvm.ptr<3> -> i64
      %v1083 = arith.cmpi slt, %v688, %size_L : i64
      %v1084 = arith.subi %size_L, %v2 : i64
      %v1085 = arith.minsi %v688, %v1084 : i64
      %v1086 = arith.addi %v1082, %v1085 : i64
      %v1087 = arith.muli %v1080, %v250 : i64
      %v1088 = arith.addi %v1087, %v688 : i64
      %v1089 = llvm.getelementptr %in_delta[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
      %v1091 = arith.addi %v687, %v642 : i64
      %v1092 = arith.constant true
      %v1093 = arith.addi %v30, %v1091 : i64
      %v1094 = llvm.getelementptr %v20[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1095 = llvm.load %v1094 : !llvm.ptr<3> -> i64
      %v1096 = arith.cmpi slt, %v688, %size_L : i64
      %v1097 = arith.subi %size_L, %v2 : i64
      %v1098 = arith.minsi %v688, %v1097 : i64
      %v1099 = arith.addi %v1095, %v1098 : i64
      %v1100 = arith.muli %v1093, %v250 : i64
      %v1101 = arith.addi %v1100, %v688 : i64
      %v1102 = llvm.getelementptr %in_delta[%v1099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1103 = llvm.load %v1102 : !llvm.ptr -> f32
      scf.if %v689 {
        %v1104 = llvm.getelementptr %v21[%v698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v700, %v1104 : f32, !llvm.ptr<3>
      }
      scf.if %v702 {
        %v1105 = llvm.getelementptr %v21[%v711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v713, %v1105 : f32, !llvm.ptr<3>
      }
      scf.if %v715 {
        %v1106 = llvm.getelementptr %v21[%v724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v726, %v1106 : f32, !llvm.ptr<3>
      }
      scf.if %v728 {
        %v1107 = llvm.getelementptr %v21[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v739, %v1107 : f32, !llvm.ptr<3>
      }
      scf.if %v741 {
        %v1108 = llvm.getelementptr %v21[%v750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v752, %v1108 : f32, !llvm.ptr<3>
      }
      scf.if %v754 {
        %v1109 = llvm.getelementptr %v21[%v763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v765, %v1109 : f32, !llvm.ptr<3>
      }
      scf.if %v767 {
        %v1110 = llvm.getelementptr %v21[%v776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v778, %v1110 : f32, !llvm.ptr<3>
      }
      scf.if %v780 {
        %v1111 = llvm.getelementptr %v21[%v789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v791, %v1111 : f32, !llvm.ptr<3>
      }
      scf.if %v793 {
        %v1112 = llvm.getelementptr %v21[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v804, %v1112 : f32, !llvm.ptr<3>
      }
      scf.if %v806 {
        %v1113 = llvm.getelementptr %v21[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v817, %v1113 : f32, !llvm.ptr<3>
      }
      scf.if %v819 {
        %v1114 = llvm.getelementptr %v21[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v830, %v1114 : f32, !llvm.ptr<3>
      }
      scf.if %v832 {
        %v1115 = llvm.getelementptr %v21[%v841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v843, %v1115 : f32, !llvm.ptr<3>
      }
      scf.if %v845 {
        %v1116 = llvm.getelementptr %v21[%v854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v856, %v1116 : f32, !llvm.ptr<3>
      }
      scf.if %v858 {
        %v1117 = llvm.getelementptr %v21[%v867] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v869, %v1117 : f32, !llvm.ptr<3>
      }
      scf.if %v871 {
        %v1118 = llvm.getelementptr %v21[%v880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v882, %v1118 : f32, !llvm.ptr<3>
      }
      scf.if %v884 {
        %v1119 = llvm.getelementptr %v21[%v893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v895, %v1119 : f32, !llvm.ptr<3>
      }
      scf.if %v897 {
        %v1120 = llvm.getelementptr %v21[%v906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v908, %v1120 : f32, !llvm.ptr<3>
      }
      scf.if %v910 {
        %v1121 = llvm.getelementptr %v21[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v921, %v1121 : f32, !llvm.ptr<3>
      }
      scf.if %v923 {
        %v1122 = llvm.getelementptr %v21[%v932] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v934, %v1122 : f32, !llvm.ptr<3>
      }
      scf.if %v936 {
        %v1123 = llvm.getelementptr %v21[%v945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v947, %v1123 : f32, !llvm.ptr<3>
      }
      scf.if %v949 {
        %v1124 = llvm.getelementptr %v21[%v958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v960, %v1124 : f32, !llvm.ptr<3>
      }
      scf.if %v962 {
        %v1125 = llvm.getelementptr %v21[%v971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v973, %v1125 : f32, !llvm.ptr<3>
      }
      scf.if %v975 {
        %v1126 = llvm.getelementptr %v21[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1126 : f32, !llvm.ptr<3>
      }
      scf.if %v988 {
        %v1127 = llvm.getelementptr %v21[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v999, %v1127 : f32, !llvm.ptr<3>
      }
      scf.if %v1001 {
        %v1128 = llvm.getelementptr %v21[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1012, %v1128 : f32, !llvm.ptr<3>
      }
      scf.if %v1014 {
        %v1129 = llvm.getelementptr %v21[%v1023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1025, %v1129 : f32, !llvm.ptr<3>
      }
      scf.if %v1027 {
        %v1130 = llvm.getelementptr %v21[%v1036] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1038, %v1130 : f32, !llvm.ptr<3>
      }
      scf.if %v1040 {
        %v1131 = llvm.getelementptr %v21[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1051, %v1131 : f32, !llvm.ptr<3>
      }
      scf.if %v1053 {
        %v1132 = llvm.getelementptr %v21[%v1062] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1064, %v1132 : f32, !llvm.ptr<3>
      }
      scf.if %v1066 {
        %v1133 = llvm.getelementptr %v21[%v1075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1077, %v1133 : f32, !llvm.ptr<3>
      }
      scf.if %v1079 {
        %v1134 = llvm.getelementptr %v21[%v1088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1090, %v1134 : f32, !llvm.ptr<3>
      }
      scf.if %v1092 {
        %v1135 = llvm.getelementptr %v21[%v1101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1103, %v1135 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1136 = arith.divui %v28, %v240 : i64
      %v1137 = arith.remui %v28, %v240 : i64
      %v1138 = arith.constant true
      %v1139 = arith.addi %v68, %v1136 : i64
      %v1140 = llvm.getelementptr %v20[%v1139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1141 = llvm.load %v1140 : !llvm.ptr<3> -> i64
      %v1142 = arith.cmpi slt, %v1137, %size_L : i64
      %v1143 = arith.subi %size_L, %v2 : i64
      %v1144 = arith.minsi %v1137, %v1143 : i64
      %v1145 = arith.addi %v1141, %v1144 : i64
      %v1146 = arith.muli %v1139, %v250 : i64
      %v1147 = arith.addi %v1146, %v1137 : i64
      %v1148 = llvm.getelementptr %in_z[%v1145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1149 = llvm.load %v1148 : !llvm.ptr -> f32
      %v1150 = arith.addi %v1136, %v67 : i64
      %v1151 = arith.constant true
      %v1152 = arith.addi %v68, %v1150 : i64
      %v1153 = llvm.getelementptr %v20[%v1152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1154 = llvm.load %v1153 : !llvm.ptr<3> -> i64
      %v1155 = arith.cmpi slt, %v1137, %size_L : i64
      %v1156 = arith.subi %size_L, %v2 : i64
      %v1157 = arith.minsi %v1137, %v1156 : i64
      %v1158 = arith.addi %v1154, %v1157 : i64
      %v1159 = arith.muli %v1152, %v250 : i64
      %v1160 = arith.addi %v1159, %v1137 : i64
      %v1161 = llvm.getelementptr %in_z[%v1158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1162 = llvm.load %v1161 : !llvm.ptr -> f32
      %v1163 = arith.addi %v1136, %v267 : i64
      %v1164 = arith.constant true
      %v1165 = arith.addi %v68, %v1163 : i64
      %v1166 = llvm.getelementptr %v20[%v1165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1167 = llvm.load %v1166 : !llvm.ptr<3> -> i64
      %v1168 = arith.cmpi slt, %v1137, %size_L : i64
      %v1169 = arith.subi %size_L, %v2 : i64
      %v1170 = arith.minsi %v1137, %v1169 : i64
      %v1171 = arith.addi %v1167, %v1170 : i64
      %v1172 = arith.muli %v1165, %v250 : i64
      %v1173 = arith.addi %v1172, %v1137 : i64
      %v1174 = llvm.getelementptr %in_z[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
      %v1176 = arith.addi %v1136, %v280 : i64
      %v1177 = arith.constant true
      %v1178 = arith.addi %v68, %v1176 : i64
      %v1179 = llvm.getelementptr %v20[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1180 = llvm.load %v1179 : !llvm.ptr<3> -> i64
      %v1181 = arith.cmpi slt, %v1137, %size_L : i64
      %v1182 = arith.subi %size_L, %v2 : i64
      %v1183 = arith.minsi %v1137, %v1182 : i64
      %v1184 = arith.addi %v1180, %v1183 : i64
      %v1185 = arith.muli %v1178, %v250 : i64
      %v1186 = arith.addi %v1185, %v1137 : i64
      %v1187 = llvm.getelementptr %in_z[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
      %v1189 = arith.addi %v1136, %v293 : i64
      %v1190 = arith.constant true
      %v1191 = arith.addi %v68, %v1189 : i64
      %v1192 = llvm.getelementptr %v20[%v1191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1193 = llvm.load %v1192 : !llvm.ptr<3> -> i64
      %v1194 = arith.cmpi slt, %v1137, %size_L : i64
      %v1195 = arith.subi %size_L, %v2 : i64
      %v1196 = arith.minsi %v1137, %v1195 : i64
      %v1197 = arith.addi %v1193, %v1196 : i64
      %v1198 = arith.muli %v1191, %v250 : i64
      %v1199 = arith.addi %v1198, %v1137 : i64
      %v1200 = llvm.getelementptr %in_z[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
      %v1202 = arith.addi %v1136, %v306 : i64
      %v1203 = arith.constant true
      %v1204 = arith.addi %v68, %v1202 : i64
      %v1205 = llvm.getelementptr %v20[%v1204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1206 = llvm.load %v1205 : !llvm.ptr<3> -> i64
      %v1207 = arith.cmpi slt, %v1137, %size_L : i64
      %v1208 = arith.subi %size_L, %v2 : i64
      %v1209 = arith.minsi %v1137, %v1208 : i64
      %v1210 = arith.addi %v1206, %v1209 : i64
      %v1211 = arith.muli %v1204, %v250 : i64
      %v1212 = arith.addi %v1211, %v1137 : i64
      %v1213 = llvm.getelementptr %in_z[%v1210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1214 = llvm.load %v1213 : !llvm.ptr -> f32
      %v1215 = arith.addi %v1136, %v319 : i64
      %v1216 = arith.constant true
      %v1217 = arith.addi %v68, %v1215 : i64
      %v1218 = llvm.getelementptr %v20[%v1217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1219 = llvm.load %v1218 : !llvm.ptr<3> -> i64
      %v1220 = arith.cmpi slt, %v1137, %size_L : i64
      %v1221 = arith.subi %size_L, %v2 : i64
      %v1222 = arith.minsi %v1137, %v1221 : i64
      %v1223 = arith.addi %v1219, %v1222 : i64
      %v1224 = arith.muli %v1217, %v250 : i64
      %v1225 = arith.addi %v1224, %v1137 : i64
      %v1226 = llvm.getelementptr %in_z[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
      %v1228 = arith.addi %v1136, %v332 : i64
      %v1229 = arith.constant true
      %v1230 = arith.addi %v68, %v1228 : i64
      %v1231 = llvm.getelementptr %v20[%v1230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1232 = llvm.load %v1231 : !llvm.ptr<3> -> i64
      %v1233 = arith.cmpi slt, %v1137, %size_L : i64
      %v1234 = arith.subi %size_L, %v2 : i64
      %v1235 = arith.minsi %v1137, %v1234 : i64
      %v1236 = arith.addi %v1232, %v1235 : i64
      %v1237 = arith.muli %v1230, %v250 : i64
      %v1238 = arith.addi %v1237, %v1137 : i64
      %v1239 = llvm.getelementptr %in_z[%v1236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1240 = llvm.load %v1239 : !llvm.ptr -> f32
      %v1241 = arith.addi %v1136, %v1 : i64
      %v1242 = arith.constant true
      %v1243 = arith.addi %v68, %v1241 : i64
      %v1244 = llvm.getelementptr %v20[%v1243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1245 = llvm.load %v1244 : !llvm.ptr<3> -> i64
      %v1246 = arith.cmpi slt, %v1137, %size_L : i64
      %v1247 = arith.subi %size_L, %v2 : i64
      %v1248 = arith.minsi %v1137, %v1247 : i64
      %v1249 = arith.addi %v1245, %v1248 : i64
      %v1250 = arith.muli %v1243, %v250 : i64
      %v1251 = arith.addi %v1250, %v1137 : i64
      %v1252 = llvm.getelementptr %in_z[%v1249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1253 = llvm.load %v1252 : !llvm.ptr -> f32
      %v1254 = arith.addi %v1136, %v357 : i64
      %v1255 = arith.constant true
      %v1256 = arith.addi %v68, %v1254 : i64
      %v1257 = llvm.getelementptr %v20[%v1256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1258 = llvm.load %v1257 : !llvm.ptr<3> -> i64
      %v1259 = arith.cmpi slt, %v1137, %size_L : i64
      %v1260 = arith.subi %size_L, %v2 : i64
      %v1261 = arith.minsi %v1137, %v1260 : i64
      %v1262 = arith.addi %v1258, %v1261 : i64
      %v1263 = arith.muli %v1256, %v250 : i64
      %v1264 = arith.addi %v1263, %v1137 : i64
      %v1265 = llvm.getelementptr %in_z[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
      %v1267 = arith.addi %v1136, %v370 : i64
      %v1268 = arith.constant true
      %v1269 = arith.addi %v68, %v1267 : i64
      %v1270 = llvm.getelementptr %v20[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1271 = llvm.load %v1270 : !llvm.ptr<3> -> i64
      %v1272 = arith.cmpi slt, %v1137, %size_L : i64
      %v1273 = arith.subi %size_L, %v2 : i64
      %v1274 = arith.minsi %v1137, %v1273 : i64
      %v1275 = arith.addi %v1271, %v1274 : i64
      %v1276 = arith.muli %v1269, %v250 : i64
      %v1277 = arith.addi %v1276, %v1137 : i64
      %v1278 = llvm.getelementptr %in_z[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
      %v1280 = arith.addi %v1136, %v383 : i64
      %v1281 = arith.constant true
      %v1282 = arith.addi %v68, %v1280 : i64
      %v1283 = llvm.getelementptr %v20[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1284 = llvm.load %v1283 : !llvm.ptr<3> -> i64
      %v1285 = arith.cmpi slt, %v1137, %size_L : i64
      %v1286 = arith.subi %size_L, %v2 : i64
      %v1287 = arith.minsi %v1137, %v1286 : i64
      %v1288 = arith.addi %v1284, %v1287 : i64
      %v1289 = arith.muli %v1282, %v250 : i64
      %v1290 = arith.addi %v1289, %v1137 : i64
      %v1291 = llvm.getelementptr %in_z[%v1288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1292 = llvm.load %v1291 : !llvm.ptr -> f32
      %v1293 = arith.addi %v1136, %v396 : i64
      %v1294 = arith.constant true
      %v1295 = arith.addi %v68, %v1293 : i64
      %v1296 = llvm.getelementptr %v20[%v1295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1297 = llvm.load %v1296 : !llvm.ptr<3> -> i64
      %v1298 = arith.cmpi slt, %v1137, %size_L : i64
      %v1299 = arith.subi %size_L, %v2 : i64
      %v1300 = arith.minsi %v1137, %v1299 : i64
      %v1301 = arith.addi %v1297, %v1300 : i64
      %v1302 = arith.muli %v1295, %v250 : i64
      %v1303 = arith.addi %v1302, %v1137 : i64
      %v1304 = llvm.getelementptr %in_z[%v1301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1305 = llvm.load %v1304 : !llvm.ptr -> f32
      %v1306 = arith.addi %v1136, %v409 : i64
      %v1307 = arith.constant true
      %v1308 = arith.addi %v68, %v1306 : i64
      %v1309 = llvm.getelementptr %v20[%v1308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1310 = llvm.load %v1309 : !llvm.ptr<3> -> i64
      %v1311 = arith.cmpi slt, %v1137, %size_L : i64
      %v1312 = arith.subi %size_L, %v2 : i64
      %v1313 = arith.minsi %v1137, %v1312 : i64
      %v1314 = arith.addi %v1310, %v1313 : i64
      %v1315 = arith.muli %v1308, %v250 : i64
      %v1316 = arith.addi %v1315, %v1137 : i64
      %v1317 = llvm.getelementptr %in_z[%v1314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1318 = llvm.load %v1317 : !llvm.ptr -> f32
      %v1319 = arith.addi %v1136, %v422 : i64
      %v1320 = arith.constant true
      %v1321 = arith.addi %v68, %v1319 : i64
      %v1322 = llvm.getelementptr %v20[%v1321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1323 = llvm.load %v1322 : !llvm.ptr<3> -> i64
      %v1324 = arith.cmpi slt, %v1137, %size_L : i64
      %v1325 = arith.subi %size_L, %v2 : i64
      %v1326 = arith.minsi %v1137, %v1325 : i64
      %v1327 = arith.addi %v1323, %v1326 : i64
      %v1328 = arith.muli %v1321, %v250 : i64
      %v1329 = arith.addi %v1328, %v1137 : i64
      %v1330 = llvm.getelementptr %in_z[%v1327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1331 = llvm.load %v1330 : !llvm.ptr -> f32
      %v1332 = arith.addi %v1136, %v435 : i64
      %v1333 = arith.constant true
      %v1334 = arith.addi %v68, %v1332 : i64
      %v1335 = llvm.getelementptr %v20[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1336 = llvm.load %v1335 : !llvm.ptr<3> -> i64
      %v1337 = arith.cmpi slt, %v1137, %size_L : i64
      %v1338 = arith.subi %size_L, %v2 : i64
      %v1339 = arith.minsi %v1137, %v1338 : i64
      %v1340 = arith.addi %v1336, %v1339 : i64
      %v1341 = arith.muli %v1334, %v250 : i64
      %v1342 = arith.addi %v1341, %v1137 : i64
      %v1343 = llvm.getelementptr %in_z[%v1340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1344 = llvm.load %v1343 : !llvm.ptr -> f32
      %v1345 = arith.addi %v1136, %v240 : i64
      %v1346 = arith.constant true
      %v1347 = arith.addi %v68, %v1345 : i64
      %v1348 = llvm.getelementptr %v20[%v1347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1349 = llvm.load %v1348 : !llvm.ptr<3> -> i64
      %v1350 = arith.cmpi slt, %v1137, %size_L : i64
      %v1351 = arith.subi %size_L, %v2 : i64
      %v1352 = arith.minsi %v1137, %v1351 : i64
      %v1353 = arith.addi %v1349, %v1352 : i64
      %v1354 = arith.muli %v1347, %v250 : i64
      %v1355 = arith.addi %v1354, %v1137 : i64
      %v1356 = llvm.getelementptr %in_z[%v1353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1357 = llvm.load %v1356 : !llvm.ptr -> f32
      %v1358 = arith.addi %v1136, %v460 : i64
      %v1359 = arith.constant true
      %v1360 = arith.addi %v68, %v1358 : i64
      %v1361 = llvm.getelementptr %v20[%v1360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1362 = llvm.load %v1361 : !llvm.ptr<3> -> i64
      %v1363 = arith.cmpi slt, %v1137, %size_L : i64
      %v1364 = arith.subi %size_L, %v2 : i64
      %v1365 = arith.minsi %v1137, %v1364 : i64
      %v1366 = arith.addi %v1362, %v1365 : i64
      %v1367 = arith.muli %v1360, %v250 : i64
      %v1368 = arith.addi %v1367, %v1137 : i64
      %v1369 = llvm.getelementptr %in_z[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
      %v1371 = arith.addi %v1136, %v473 : i64
      %v1372 = arith.constant true
      %v1373 = arith.addi %v68, %v1371 : i64
      %v1374 = llvm.getelementptr %v20[%v1373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1375 = llvm.load %v1374 : !llvm.ptr<3> -> i64
      %v1376 = arith.cmpi slt, %v1137, %size_L : i64
      %v1377 = arith.subi %size_L, %v2 : i64
      %v1378 = arith.minsi %v1137, %v1377 : i64
      %v1379 = arith.addi %v1375, %v1378 : i64
      %v1380 = arith.muli %v1373, %v250 : i64
      %v1381 = arith.addi %v1380, %v1137 : i64
      %v1382 = llvm.getelementptr %in_z[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
      %v1384 = arith.addi %v1136, %v486 : i64
      %v1385 = arith.constant true
      %v1386 = arith.addi %v68, %v1384 : i64
      %v1387 = llvm.getelementptr %v20[%v1386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1388 = llvm.load %v1387 : !llvm.ptr<3> -> i64
      %v1389 = arith.cmpi slt, %v1137, %size_L : i64
      %v1390 = arith.subi %size_L, %v2 : i64
      %v1391 = arith.minsi %v1137, %v1390 : i64
      %v1392 = arith.addi %v1388, %v1391 : i64
      %v1393 = arith.muli %v1386, %v250 : i64
      %v1394 = arith.addi %v1393, %v1137 : i64
      %v1395 = llvm.getelementptr %in_z[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
      %v1397 = arith.addi %v1136, %v499 : i64
      %v1398 = arith.constant true
      %v1399 = arith.addi %v68, %v1397 : i64
      %v1400 = llvm.getelementptr %v20[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
      %v1402 = arith.cmpi slt, %v1137, %size_L : i64
      %v1403 = arith.subi %size_L, %v2 : i64
      %v1404 = arith.minsi %v1137, %v1403 : i64
      %v1405 = arith.addi %v1401, %v1404 : i64
      %v1406 = arith.muli %v1399, %v250 : i64
      %v1407 = arith.addi %v1406, %v1137 : i64
      %v1408 = llvm.getelementptr %in_z[%v1405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1409 = llvm.load %v1408 : !llvm.ptr -> f32
      %v1410 = arith.addi %v1136, %v512 : i64
      %v1411 = arith.constant true
      %v1412 = arith.addi %v68, %v1410 : i64
      %v1413 = llvm.getelementptr %v20[%v1412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1414 = llvm.load %v1413 : !llvm.ptr<3> -> i64
      %v1415 = arith.cmpi slt, %v1137, %size_L : i64
      %v1416 = arith.subi %size_L, %v2 : i64
      %v1417 = arith.minsi %v1137, %v1416 : i64
      %v1418 = arith.addi %v1414, %v1417 : i64
      %v1419 = arith.muli %v1412, %v250 : i64
      %v1420 = arith.addi %v1419, %v1137 : i64
      %v1421 = llvm.getelementptr %in_z[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
      %v1423 = arith.addi %v1136, %v525 : i64
      %v1424 = arith.constant true
      %v1425 = arith.addi %v68, %v1423 : i64
      %v1426 = llvm.getelementptr %v20[%v1425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1427 = llvm.load %v1426 : !llvm.ptr<3> -> i64
      %v1428 = arith.cmpi slt, %v1137, %size_L : i64
      %v1429 = arith.subi %size_L, %v2 : i64
      %v1430 = arith.minsi %v1137, %v1429 : i64
      %v1431 = arith.addi %v1427, %v1430 : i64
      %v1432 = arith.muli %v1425, %v250 : i64
      %v1433 = arith.addi %v1432, %v1137 : i64
      %v1434 = llvm.getelementptr %in_z[%v1431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1435 = llvm.load %v1434 : !llvm.ptr -> f32
      %v1436 = arith.addi %v1136, %v538 : i64
      %v1437 = arith.constant true
      %v1438 = arith.addi %v68, %v1436 : i64
      %v1439 = llvm.getelementptr %v20[%v1438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1440 = llvm.load %v1439 : !llvm.ptr<3> -> i64
      %v1441 = arith.cmpi slt, %v1137, %size_L : i64
      %v1442 = arith.subi %size_L, %v2 : i64
      %v1443 = arith.minsi %v1137, %v1442 : i64
      %v1444 = arith.addi %v1440, %v1443 : i64
      %v1445 = arith.muli %v1438, %v250 : i64
      %v1446 = arith.addi %v1445, %v1137 : i64
      %v1447 = llvm.getelementptr %in_z[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
      %v1449 = arith.addi %v1136, %v551 : i64
      %v1450 = arith.constant true
      %v1451 = arith.addi %v68, %v1449 : i64
      %v1452 = llvm.getelementptr %v20[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1453 = llvm.load %v1452 : !llvm.ptr<3> -> i64
      %v1454 = arith.cmpi slt, %v1137, %size_L : i64
      %v1455 = arith.subi %size_L, %v2 : i64
      %v1456 = arith.minsi %v1137, %v1455 : i64
      %v1457 = arith.addi %v1453, %v1456 : i64
      %v1458 = arith.muli %v1451, %v250 : i64
      %v1459 = arith.addi %v1458, %v1137 : i64
      %v1460 = llvm.getelementptr %in_z[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
      %v1462 = arith.addi %v1136, %v564 : i64
      %v1463 = arith.constant true
      %v1464 = arith.addi %v68, %v1462 : i64
      %v1465 = llvm.getelementptr %v20[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1466 = llvm.load %v1465 : !llvm.ptr<3> -> i64
      %v1467 = arith.cmpi slt, %v1137, %size_L : i64
      %v1468 = arith.subi %size_L, %v2 : i64
      %v1469 = arith.minsi %v1137, %v1468 : i64
      %v1470 = arith.addi %v1466, %v1469 : i64
      %v1471 = arith.muli %v1464, %v250 : i64
      %v1472 = arith.addi %v1471, %v1137 : i64
      %v1473 = llvm.getelementptr %in_z[%v1470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1474 = llvm.load %v1473 : !llvm.ptr -> f32
      %v1475 = arith.addi %v1136, %v577 : i64
      %v1476 = arith.constant true
      %v1477 = arith.addi %v68, %v1475 : i64
      %v1478 = llvm.getelementptr %v20[%v1477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1479 = llvm.load %v1478 : !llvm.ptr<3> -> i64
      %v1480 = arith.cmpi slt, %v1137, %size_L : i64
      %v1481 = arith.subi %size_L, %v2 : i64
      %v1482 = arith.minsi %v1137, %v1481 : i64
      %v1483 = arith.addi %v1479, %v1482 : i64
      %v1484 = arith.muli %v1477, %v250 : i64
      %v1485 = arith.addi %v1484, %v1137 : i64
      %v1486 = llvm.getelementptr %in_z[%v1483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1487 = llvm.load %v1486 : !llvm.ptr -> f32
      %v1488 = arith.addi %v1136, %v590 : i64
      %v1489 = arith.constant true
      %v1490 = arith.addi %v68, %v1488 : i64
      %v1491 = llvm.getelementptr %v20[%v1490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1492 = llvm.load %v1491 : !llvm.ptr<3> -> i64
      %v1493 = arith.cmpi slt, %v1137, %size_L : i64
      %v1494 = arith.subi %size_L, %v2 : i64
      %v1495 = arith.minsi %v1137, %v1494 : i64
      %v1496 = arith.addi %v1492, %v1495 : i64
      %v1497 = arith.muli %v1490, %v250 : i64
      %v1498 = arith.addi %v1497, %v1137 : i64
      %v1499 = llvm.getelementptr %in_z[%v1496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1500 = llvm.load %v1499 : !llvm.ptr -> f32
      %v1501 = arith.addi %v1136, %v603 : i64
      %v1502 = arith.constant true
      %v1503 = arith.addi %v68, %v1501 : i64
      %v1504 = llvm.getelementptr %v20[%v1503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1505 = llvm.load %v1504 : !llvm.ptr<3> -> i64
      %v1506 = arith.cmpi slt, %v1137, %size_L : i64
      %v1507 = arith.subi %size_L, %v2 : i64
      %v1508 = arith.minsi %v1137, %v1507 : i64
      %v1509 = arith.addi %v1505, %v1508 : i64
      %v1510 = arith.muli %v1503, %v250 : i64
      %v1511 = arith.addi %v1510, %v1137 : i64
      %v1512 = llvm.getelementptr %in_z[%v1509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1513 = llvm.load %v1512 : !llvm.ptr -> f32
      %v1514 = arith.addi %v1136, %v616 : i64
      %v1515 = arith.constant true
      %v1516 = arith.addi %v68, %v1514 : i64
      %v1517 = llvm.getelementptr %v20[%v1516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1518 = llvm.load %v1517 : !llvm.ptr<3> -> i64
      %v1519 = arith.cmpi slt, %v1137, %size_L : i64
      %v1520 = arith.subi %size_L, %v2 : i64
      %v1521 = arith.minsi %v1137, %v1520 : i64
      %v1522 = arith.addi %v1518, %v1521 : i64
      %v1523 = arith.muli %v1516, %v250 : i64
      %v1524 = arith.addi %v1523, %v1137 : i64
      %v1525 = llvm.getelementptr %in_z[%v1522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1526 = llvm.load %v1525 : !llvm.ptr -> f32
      %v1527 = arith.addi %v1136, %v629 : i64
      %v1528 = arith.constant true
      %v1529 = arith.addi %v68, %v1527 : i64
      %v1530 = llvm.getelementptr %v20[%v1529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1531 = llvm.load %v1530 : !llvm.ptr<3> -> i64
      %v1532 = arith.cmpi slt, %v1137, %size_L : i64
      %v1533 = arith.subi %size_L, %v2 : i64
      %v1534 = arith.minsi %v1137, %v1533 : i64
      %v1535 = arith.addi %v1531, %v1534 : i64
      %v1536 = arith.muli %v1529, %v250 : i64
      %v1537 = arith.addi %v1536, %v1137 : i64
      %v1538 = llvm.getelementptr %in_z[%v1535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1539 = llvm.load %v1538 : !llvm.ptr -> f32
      %v1540 = arith.addi %v1136, %v642 : i64
      %v1541 = arith.constant true
      %v1542 = arith.addi %v68, %v1540 : i64
      %v1543 = llvm.getelementptr %v20[%v1542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1544 = llvm.load %v1543 : !llvm.ptr<3> -> i64
      %v1545 = arith.cmpi slt, %v1137, %size_L : i64
      %v1546 = arith.subi %size_L, %v2 : i64
      %v1547 = arith.minsi %v1137, %v1546 : i64
      %v1548 = arith.addi %v1544, %v1547 : i64
      %v1549 = arith.muli %v1542, %v250 : i64
      %v1550 = arith.addi %v1549, %v1137 : i64
      %v1551 = llvm.getelementptr %in_z[%v1548] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1552 = llvm.load %v1551 : !llvm.ptr -> f32
      scf.if %v1138 {
        %v1553 = llvm.getelementptr %v21[%v1147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1149, %v1553 : f32, !llvm.ptr<3>
      }
      scf.if %v1151 {
        %v1554 = llvm.getelementptr %v21[%v1160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1162, %v1554 : f32, !llvm.ptr<3>
      }
      scf.if %v1164 {
        %v1555 = llvm.getelementptr %v21[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1175, %v1555 : f32, !llvm.ptr<3>
      }
      scf.if %v1177 {
        %v1556 = llvm.getelementptr %v21[%v1186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1188, %v1556 : f32, !llvm.ptr<3>
      }
      scf.if %v1190 {
        %v1557 = llvm.getelementptr %v21[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1201, %v1557 : f32, !llvm.ptr<3>
      }
      scf.if %v1203 {
        %v1558 = llvm.getelementptr %v21[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1214, %v1558 : f32, !llvm.ptr<3>
      }
      scf.if %v1216 {
        %v1559 = llvm.getelementptr %v21[%v1225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1227, %v1559 : f32, !llvm.ptr<3>
      }
      scf.if %v1229 {
        %v1560 = llvm.getelementptr %v21[%v1238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1240, %v1560 : f32, !llvm.ptr<3>
      }
      scf.if %v1242 {
        %v1561 = llvm.getelementptr %v21[%v1251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1253, %v1561 : f32, !llvm.ptr<3>
      }
      scf.if %v1255 {
        %v1562 = llvm.getelementptr %v21[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1266, %v1562 : f32, !llvm.ptr<3>
      }
      scf.if %v1268 {
        %v1563 = llvm.getelementptr %v21[%v1277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1279, %v1563 : f32, !llvm.ptr<3>
      }
      scf.if %v1281 {
        %v1564 = llvm.getelementptr %v21[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1292, %v1564 : f32, !llvm.ptr<3>
      }
      scf.if %v1294 {
        %v1565 = llvm.getelementptr %v21[%v1303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1305, %v1565 : f32, !llvm.ptr<3>
      }
      scf.if %v1307 {
        %v1566 = llvm.getelementptr %v21[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1318, %v1566 : f32, !llvm.ptr<3>
      }
      scf.if %v1320 {
        %v1567 = llvm.getelementptr %v21[%v1329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1331, %v1567 : f32, !llvm.ptr<3>
      }
      scf.if %v1333 {
        %v1568 = llvm.getelementptr %v21[%v1342] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1344, %v1568 : f32, !llvm.ptr<3>
      }
      scf.if %v1346 {
        %v1569 = llvm.getelementptr %v21[%v1355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1357, %v1569 : f32, !llvm.ptr<3>
      }
      scf.if %v1359 {
        %v1570 = llvm.getelementptr %v21[%v1368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1370, %v1570 : f32, !llvm.ptr<3>
      }
      scf.if %v1372 {
        %v1571 = llvm.getelementptr %v21[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1383, %v1571 : f32, !llvm.ptr<3>
      }
      scf.if %v1385 {
        %v1572 = llvm.getelementptr %v21[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1396, %v1572 : f32, !llvm.ptr<3>
      }
      scf.if %v1398 {
        %v1573 = llvm.getelementptr %v21[%v1407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1409, %v1573 : f32, !llvm.ptr<3>
      }
      scf.if %v1411 {
        %v1574 = llvm.getelementptr %v21[%v1420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1422, %v1574 : f32, !llvm.ptr<3>
      }
      scf.if %v1424 {
        %v1575 = llvm.getelementptr %v21[%v1433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1435, %v1575 : f32, !llvm.ptr<3>
      }
      scf.if %v1437 {
        %v1576 = llvm.getelementptr %v21[%v1446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1448, %v1576 : f32, !llvm.ptr<3>
      }
      scf.if %v1450 {
        %v1577 = llvm.getelementptr %v21[%v1459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1461, %v1577 : f32, !llvm.ptr<3>
      }
      scf.if %v1463 {
        %v1578 = llvm.getelementptr %v21[%v1472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1474, %v1578 : f32, !llvm.ptr<3>
      }
      scf.if %v1476 {
        %v1579 = llvm.getelementptr %v21[%v1485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1487, %v1579 : f32, !llvm.ptr<3>
      }
      scf.if %v1489 {
        %v1580 = llvm.getelementptr %v21[%v1498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1500, %v1580 : f32, !llvm.ptr<3>
      }
      scf.if %v1502 {
        %v1581 = llvm.getelementptr %v21[%v1511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1513, %v1581 : f32, !llvm.ptr<3>
      }
      scf.if %v1515 {
        %v1582 = llvm.getelementptr %v21[%v1524] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1526, %v1582 : f32, !llvm.ptr<3>
      }
      scf.if %v1528 {
        %v1583 = llvm.getelementptr %v21[%v1537] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1539, %v1583 : f32, !llvm.ptr<3>
      }
      scf.if %v1541 {
        %v1584 = llvm.getelementptr %v21[%v1550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1552, %v1584 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1585 = arith.index_cast %v53 : i64 to index
      %v1586 = arith.index_cast %size_L : i64 to index
      %v1587 = arith.index_cast %v240 : i64 to index
      scf.for %v1588 = %v1585 to %v1586 step %v1587 {
        %v1589 = arith.index_cast %v1588 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v1590 = arith.subi %size_L, %v2 : i64
        %v1592 = arith.index_cast %v28 : i64 to index
        %v1593 = arith.index_cast %v1591 : i64 to index
        %v1594 = arith.index_cast %v30 : i64 to index
        scf.for %v1595 = %v1592 to %v1593 step %v1594 {
          %v1596 = arith.index_cast %v1595 : index to i64
          %v1597 = arith.remui %v1596, %v240 : i64
          %v1598 = arith.divui %v1596, %v240 : i64
          %v1599 = arith.addi %v1589, %v1597 : i64
          %v1600 = arith.minsi %v1599, %v1590 : i64
          %v1601 = arith.remui %v1598, %v1 : i64
          %v1602 = arith.divui %v1598, %v1 : i64
          %v1604 = arith.muli %v47, %v1603 : i64
          %v1605 = arith.muli %v1601, %size_L : i64
          %v1606 = arith.addi %v1604, %v1605 : i64
          %v1607 = arith.addi %v1606, %v1600 : i64
          %v1608 = llvm.getelementptr %in_Bm[%v1607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1609 = llvm.load %v1608 : !llvm.ptr -> f32
          %v1611 = arith.muli %v1598, %v1610 : i64
          %v1612 = arith.addi %v1611, %v1597 : i64
          %v1613 = llvm.getelementptr %v50[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1609, %v1613 : f32, !llvm.ptr
        }
        %v1614 = arith.index_cast %v28 : i64 to index
        %v1615 = arith.index_cast %v1591 : i64 to index
        %v1616 = arith.index_cast %v30 : i64 to index
        scf.for %v1617 = %v1614 to %v1615 step %v1616 {
          %v1618 = arith.index_cast %v1617 : index to i64
          %v1619 = arith.remui %v1618, %v240 : i64
          %v1620 = arith.divui %v1618, %v240 : i64
          %v1621 = arith.addi %v1589, %v1619 : i64
          %v1622 = arith.minsi %v1621, %v1590 : i64
          %v1623 = arith.remui %v1620, %v1 : i64
          %v1624 = arith.divui %v1620, %v1 : i64
          %v1625 = arith.muli %v47, %v1603 : i64
          %v1626 = arith.muli %v1623, %size_L : i64
          %v1627 = arith.addi %v1625, %v1626 : i64
          %v1628 = arith.addi %v1627, %v1622 : i64
          %v1629 = llvm.getelementptr %in_Cm[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
          %v1631 = arith.muli %v1620, %v1610 : i64
          %v1632 = arith.addi %v1631, %v1619 : i64
          %v1633 = llvm.getelementptr %v52[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1630, %v1633 : f32, !llvm.ptr
        }
        gpu.barrier
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1634 = arith.remui %v1589, %v30 : i64
        %v1635 = arith.cmpi eq, %v1634, %v53 : i64
        %v1636 = arith.andi %v1635, %v39 : i1
        scf.if %v1636 {
          %v1637 = arith.divui %v1589, %v30 : i64
          %v1638 = llvm.mlir.zero : !llvm.ptr
          %v1639 = llvm.icmp "ne" %ckpt_h, %v1638 : !llvm.ptr
          scf.if %v1639 {
            %v1642 = arith.muli %v1637, %v1641 : i64
            %v1643 = llvm.load %v4 : !llvm.ptr -> f32
            %v1644 = arith.muli %v47, %v80 : i64
            %v1645 = arith.muli %v45, %v1 : i64
            %v1646 = arith.addi %v1644, %v1645 : i64
            %v1647 = arith.addi %v1642, %v1646 : i64
            %v1648 = llvm.getelementptr %ckpt_h[%v1647] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1643, %v1648 : f32, !llvm.ptr
            %v1649 = llvm.load %v5 : !llvm.ptr -> f32
            %v1650 = arith.muli %v47, %v80 : i64
            %v1651 = arith.muli %v45, %v1 : i64
            %v1652 = arith.addi %v1650, %v1651 : i64
            %v1653 = arith.constant 1 : i64
            %v1654 = arith.addi %v1652, %v1653 : i64
            %v1655 = arith.addi %v1642, %v1654 : i64
            %v1656 = llvm.getelementptr %ckpt_h[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1649, %v1656 : f32, !llvm.ptr
            %v1657 = llvm.load %v6 : !llvm.ptr -> f32
            %v1658 = arith.muli %v47, %v80 : i64
            %v1659 = arith.muli %v45, %v1 : i64
            %v1660 = arith.addi %v1658, %v1659 : i64
            %v1661 = arith.constant 2 : i64
            %v1662 = arith.addi %v1660, %v1661 : i64
            %v1663 = arith.addi %v1642, %v1662 : i64
            %v1664 = llvm.getelementptr %ckpt_h[%v1663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1657, %v1664 : f32, !llvm.ptr
            %v1665 = llvm.load %v7 : !llvm.ptr -> f32
            %v1666 = arith.muli %v47, %v80 : i64
            %v1667 = arith.muli %v45, %v1 : i64
            %v1668 = arith.addi %v1666, %v1667 : i64
            %v1669 = arith.constant 3 : i64
            %v1670 = arith.addi %v1668, %v1669 : i64
            %v1671 = arith.addi %v1642, %v1670 : i64
            %v1672 = llvm.getelementptr %ckpt_h[%v1671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1665, %v1672 : f32, !llvm.ptr
            %v1673 = llvm.load %v8 : !llvm.ptr -> f32
            %v1674 = arith.muli %v47, %v80 : i64
            %v1675 = arith.muli %v45, %v1 : i64
            %v1676 = arith.addi %v1674, %v1675 : i64
            %v1677 = arith.constant 4 : i64
            %v1678 = arith.addi %v1676, %v1677 : i64
            %v1679 = arith.addi %v1642, %v1678 : i64
            %v1680 = llvm.getelementptr %ckpt_h[%v1679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1673, %v1680 : f32, !llvm.ptr
            %v1681 = llvm.load %v9 : !llvm.ptr -> f32
            %v1682 = arith.muli %v47, %v80 : i64
            %v1683 = arith.muli %v45, %v1 : i64
            %v1684 = arith.addi %v1682, %v1683 : i64
            %v1685 = arith.constant 5 : i64
            %v1686 = arith.addi %v1684, %v1685 : i64
            %v1687 = arith.addi %v1642, %v1686 : i64
            %v1688 = llvm.getelementptr %ckpt_h[%v1687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1681, %v1688 : f32, !llvm.ptr
            %v1689 = llvm.load %v10 : !llvm.ptr -> f32
            %v1690 = arith.muli %v47, %v80 : i64
            %v1691 = arith.muli %v45, %v1 : i64
            %v1692 = arith.addi %v1690, %v1691 : i64
            %v1693 = arith.constant 6 : i64
            %v1694 = arith.addi %v1692, %v1693 : i64
            %v1695 = arith.addi %v1642, %v1694 : i64
            %v1696 = llvm.getelementptr %ckpt_h[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1689, %v1696 : f32, !llvm.ptr
            %v1697 = llvm.load %v11 : !llvm.ptr -> f32
            %v1698 = arith.muli %v47, %v80 : i64
            %v1699 = arith.muli %v45, %v1 : i64
            %v1700 = arith.addi %v1698, %v1699 : i64
            %v1701 = arith.constant 7 : i64
            %v1702 = arith.addi %v1700, %v1701 : i64
            %v1703 = arith.addi %v1642, %v1702 : i64
            %v1704 = llvm.getelementptr %ckpt_h[%v1703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1697, %v1704 : f32, !llvm.ptr
            %v1705 = llvm.load %v12 : !llvm.ptr -> f32
            %v1706 = arith.muli %v47, %v80 : i64
            %v1707 = arith.muli %v45, %v1 : i64
            %v1708 = arith.addi %v1706, %v1707 : i64
            %v1709 = arith.constant 8 : i64
            %v1710 = arith.addi %v1708, %v1709 : i64
            %v1711 = arith.addi %v1642, %v1710 : i64
            %v1712 = llvm.getelementptr %ckpt_h[%v1711] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1705, %v1712 : f32, !llvm.ptr
            %v1713 = llvm.load %v13 : !llvm.ptr -> f32
            %v1714 = arith.muli %v47, %v80 : i64
            %v1715 = arith.muli %v45, %v1 : i64
            %v1716 = arith.addi %v1714, %v1715 : i64
            %v1717 = arith.constant 9 : i64
            %v1718 = arith.addi %v1716, %v1717 : i64
            %v1719 = arith.addi %v1642, %v1718 : i64
            %v1720 = llvm.getelementptr %ckpt_h[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1713, %v1720 : f32, !llvm.ptr
            %v1721 = llvm.load %v14 : !llvm.ptr -> f32
            %v1722 = arith.muli %v47, %v80 : i64
            %v1723 = arith.muli %v45, %v1 : i64
            %v1724 = arith.addi %v1722, %v1723 : i64
            %v1725 = arith.constant 10 : i64
            %v1726 = arith.addi %v1724, %v1725 : i64
            %v1727 = arith.addi %v1642, %v1726 : i64
            %v1728 = llvm.getelementptr %ckpt_h[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1721, %v1728 : f32, !llvm.ptr
            %v1729 = llvm.load %v15 : !llvm.ptr -> f32
            %v1730 = arith.muli %v47, %v80 : i64
            %v1731 = arith.muli %v45, %v1 : i64
            %v1732 = arith.addi %v1730, %v1731 : i64
            %v1733 = arith.constant 11 : i64
            %v1734 = arith.addi %v1732, %v1733 : i64
            %v1735 = arith.addi %v1642, %v1734 : i64
            %v1736 = llvm.getelementptr %ckpt_h[%v1735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1729, %v1736 : f32, !llvm.ptr
            %v1737 = llvm.load %v16 : !llvm.ptr -> f32
            %v1738 = arith.muli %v47, %v80 : i64
            %v1739 = arith.muli %v45, %v1 : i64
            %v1740 = arith.addi %v1738, %v1739 : i64
            %v1741 = arith.constant 12 : i64
            %v1742 = arith.addi %v1740, %v1741 : i64
            %v1743 = arith.addi %v1642, %v1742 : i64
            %v1744 = llvm.getelementptr %ckpt_h[%v1743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1737, %v1744 : f32, !llvm.ptr
            %v1745 = llvm.load %v17 : !llvm.ptr -> f32
            %v1746 = arith.muli %v47, %v80 : i64
            %v1747 = arith.muli %v45, %v1 : i64
            %v1748 = arith.addi %v1746, %v1747 : i64
            %v1749 = arith.constant 13 : i64
            %v1750 = arith.addi %v1748, %v1749 : i64
            %v1751 = arith.addi %v1642, %v1750 : i64
            %v1752 = llvm.getelementptr %ckpt_h[%v1751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1745, %v1752 : f32, !llvm.ptr
            %v1753 = llvm.load %v18 : !llvm.ptr -> f32
            %v1754 = arith.muli %v47, %v80 : i64
            %v1755 = arith.muli %v45, %v1 : i64
            %v1756 = arith.addi %v1754, %v1755 : i64
            %v1757 = arith.constant 14 : i64
            %v1758 = arith.addi %v1756, %v1757 : i64
            %v1759 = arith.addi %v1642, %v1758 : i64
            %v1760 = llvm.getelementptr %ckpt_h[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1753, %v1760 : f32, !llvm.ptr
            %v1761 = llvm.load %v19 : !llvm.ptr -> f32
            %v1762 = arith.muli %v47, %v80 : i64
            %v1763 = arith.muli %v45, %v1 : i64
            %v1764 = arith.addi %v1762, %v1763 : i64
            %v1765 = arith.constant 15 : i64
            %v1766 = arith.addi %v1764, %v1765 : i64
            %v1767 = arith.addi %v1642, %v1766 : i64
            %v1768 = llvm.getelementptr %ckpt_h[%v1767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1761, %v1768 : f32, !llvm.ptr
          }
        }
        // end save
        %v1769 = arith.subi %size_L, %v1589 : i64
        %v1770 = arith.minsi %v1769, %v240 : i64
        %v1771 = arith.addi %v1589, %v240 : i64
        %v1772 = arith.divui %v28, %v240 : i64
        %v1773 = arith.remui %v28, %v240 : i64
        %v1774 = arith.constant true
        %v1775 = llvm.getelementptr %v20[%v1772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1776 = llvm.load %v1775 : !llvm.ptr<3> -> i64
        %v1777 = arith.addi %v1771, %v1773 : i64
        %v1778 = arith.cmpi slt, %v1777, %size_L : i64
        %v1779 = arith.subi %size_L, %v2 : i64
        %v1780 = arith.minsi %v1777, %v1779 : i64
        %v1781 = arith.addi %v1776, %v1780 : i64
        %v1782 = arith.muli %v1772, %v250 : i64
        %v1783 = arith.addi %v1782, %v1773 : i64
        %v1784 = llvm.getelementptr %in_u[%v1781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1785 = llvm.load %v1784 : !llvm.ptr -> f32
        %v1786 = arith.addi %v1772, %v67 : i64
        %v1787 = arith.constant true
        %v1788 = llvm.getelementptr %v20[%v1786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1789 = llvm.load %v1788 : !llvm.ptr<3> -> i64
        %v1790 = arith.addi %v1771, %v1773 : i64
        %v1791 = arith.cmpi slt, %v1790, %size_L : i64
        %v1792 = arith.subi %size_L, %v2 : i64
        %v1793 = arith.minsi %v1790, %v1792 : i64
        %v1794 = arith.addi %v1789, %v1793 : i64
        %v1795 = arith.muli %v1786, %v250 : i64
        %v1796 = arith.addi %v1795, %v1773 : i64
        %v1797 = llvm.getelementptr %in_u[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
        %v1799 = arith.addi %v1772, %v267 : i64
        %v1800 = arith.constant true
        %v1801 = llvm.getelementptr %v20[%v1799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1802 = llvm.load %v1801 : !llvm.ptr<3> -> i64
        %v1803 = arith.addi %v1771, %v1773 : i64
        %v1804 = arith.cmpi slt, %v1803, %size_L : i64
        %v1805 = arith.subi %size_L, %v2 : i64
        %v1806 = arith.minsi %v1803, %v1805 : i64
        %v1807 = arith.addi %v1802, %v1806 : i64
        %v1808 = arith.muli %v1799, %v250 : i64
        %v1809 = arith.addi %v1808, %v1773 : i64
        %v1810 = llvm.getelementptr %in_u[%v1807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1811 = llvm.load %v1810 : !llvm.ptr -> f32
        %v1812 = arith.addi %v1772, %v280 : i64
        %v1813 = arith.constant true
        %v1814 = llvm.getelementptr %v20[%v1812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1815 = llvm.load %v1814 : !llvm.ptr<3> -> i64
        %v1816 = arith.addi %v1771, %v1773 : i64
        %v1817 = arith.cmpi slt, %v1816, %size_L : i64
        %v1818 = arith.subi %size_L, %v2 : i64
        %v1819 = arith.minsi %v1816, %v1818 : i64
        %v1820 = arith.addi %v1815, %v1819 : i64
        %v1821 = arith.muli %v1812, %v250 : i64
        %v1822 = arith.addi %v1821, %v1773 : i64
        %v1823 = llvm.getelementptr %in_u[%v1820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1824 = llvm.load %v1823 : !llvm.ptr -> f32
        %v1825 = arith.addi %v1772, %v293 : i64
        %v1826 = arith.constant true
        %v1827 = llvm.getelementptr %v20[%v1825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1828 = llvm.load %v1827 : !llvm.ptr<3> -> i64
        %v1829 = arith.addi %v1771, %v1773 : i64
        %v1830 = arith.cmpi slt, %v1829, %size_L : i64
        %v1831 = arith.subi %size_L, %v2 : i64
        %v1832 = arith.minsi %v1829, %v1831 : i64
        %v1833 = arith.addi %v1828, %v1832 : i64
        %v1834 = arith.muli %v1825, %v250 : i64
        %v1835 = arith.addi %v1834, %v1773 : i64
        %v1836 = llvm.getelementptr %in_u[%v1833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1837 = llvm.load %v1836 : !llvm.ptr -> f32
        %v1838 = arith.addi %v1772, %v306 : i64
        %v1839 = arith.constant true
        %v1840 = llvm.getelementptr %v20[%v1838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1841 = llvm.load %v1840 : !llvm.ptr<3> -> i64
        %v1842 = arith.addi %v1771, %v1773 : i64
        %v1843 = arith.cmpi slt, %v1842, %size_L : i64
        %v1844 = arith.subi %size_L, %v2 : i64
        %v1845 = arith.minsi %v1842, %v1844 : i64
        %v1846 = arith.addi %v1841, %v1845 : i64
        %v1847 = arith.muli %v1838, %v250 : i64
        %v1848 = arith.addi %v1847, %v1773 : i64
        %v1849 = llvm.getelementptr %in_u[%v1846] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1850 = llvm.load %v1849 : !llvm.ptr -> f32
        %v1851 = arith.addi %v1772, %v319 : i64
        %v1852 = arith.constant true
        %v1853 = llvm.getelementptr %v20[%v1851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1854 = llvm.load %v1853 : !llvm.ptr<3> -> i64
        %v1855 = arith.addi %v1771, %v1773 : i64
        %v1856 = arith.cmpi slt, %v1855, %size_L : i64
        %v1857 = arith.subi %size_L, %v2 : i64
        %v1858 = arith.minsi %v1855, %v1857 : i64
        %v1859 = arith.addi %v1854, %v1858 : i64
        %v1860 = arith.muli %v1851, %v250 : i64
        %v1861 = arith.addi %v1860, %v1773 : i64
        %v1862 = llvm.getelementptr %in_u[%v1859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1863 = llvm.load %v1862 : !llvm.ptr -> f32
        %v1864 = arith.addi %v1772, %v332 : i64
        %v1865 = arith.constant true
        %v1866 = llvm.getelementptr %v20[%v1864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1867 = llvm.load %v1866 : !llvm.ptr<3> -> i64
        %v1868 = arith.addi %v1771, %v1773 : i64
        %v1869 = arith.cmpi slt, %v1868, %size_L : i64
        %v1870 = arith.subi %size_L, %v2 : i64
        %v1871 = arith.minsi %v1868, %v1870 : i64
        %v1872 = arith.addi %v1867, %v1871 : i64
        %v1873 = arith.muli %v1864, %v250 : i64
        %v1874 = arith.addi %v1873, %v1773 : i64
        %v1875 = llvm.getelementptr %in_u[%v1872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1876 = llvm.load %v1875 : !llvm.ptr -> f32
        %v1877 = arith.addi %v1772, %v1 : i64
        %v1878 = arith.constant true
        %v1879 = llvm.getelementptr %v20[%v1877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1880 = llvm.load %v1879 : !llvm.ptr<3> -> i64
        %v1881 = arith.addi %v1771, %v1773 : i64
        %v1882 = arith.cmpi slt, %v1881, %size_L : i64
        %v1883 = arith.subi %size_L, %v2 : i64
        %v1884 = arith.minsi %v1881, %v1883 : i64
        %v1885 = arith.addi %v1880, %v1884 : i64
        %v1886 = arith.muli %v1877, %v250 : i64
        %v1887 = arith.addi %v1886, %v1773 : i64
        %v1888 = llvm.getelementptr %in_u[%v1885] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1889 = llvm.load %v1888 : !llvm.ptr -> f32
        %v1890 = arith.addi %v1772, %v357 : i64
        %v1891 = arith.constant true
        %v1892 = llvm.getelementptr %v20[%v1890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1893 = llvm.load %v1892 : !llvm.ptr<3> -> i64
        %v1894 = arith.addi %v1771, %v1773 : i64
        %v1895 = arith.cmpi slt, %v1894, %size_L : i64
        %v1896 = arith.subi %size_L, %v2 : i64
        %v1897 = arith.minsi %v1894, %v1896 : i64
        %v1898 = arith.addi %v1893, %v1897 : i64
        %v1899 = arith.muli %v1890, %v250 : i64
        %v1900 = arith.addi %v1899, %v1773 : i64
        %v1901 = llvm.getelementptr %in_u[%v1898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1902 = llvm.load %v1901 : !llvm.ptr -> f32
        %v1903 = arith.addi %v1772, %v370 : i64
        %v1904 = arith.constant true
        %v1905 = llvm.getelementptr %v20[%v1903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1906 = llvm.load %v1905 : !llvm.ptr<3> -> i64
        %v1907 = arith.addi %v1771, %v1773 : i64
        %v1908 = arith.cmpi slt, %v1907, %size_L : i64
        %v1909 = arith.subi %size_L, %v2 : i64
        %v1910 = arith.minsi %v1907, %v1909 : i64
        %v1911 = arith.addi %v1906, %v1910 : i64
        %v1912 = arith.muli %v1903, %v250 : i64
        %v1913 = arith.addi %v1912, %v1773 : i64
        %v1914 = llvm.getelementptr %in_u[%v1911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1915 = llvm.load %v1914 : !llvm.ptr -> f32
        %v1916 = arith.addi %v1772, %v383 : i64
        %v1917 = arith.constant true
        %v1918 = llvm.getelementptr %v20[%v1916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1919 = llvm.load %v1918 : !llvm.ptr<3> -> i64
        %v1920 = arith.addi %v1771, %v1773 : i64
        %v1921 = arith.cmpi slt, %v1920, %size_L : i64
        %v1922 = arith.subi %size_L, %v2 : i64
        %v1923 = arith.minsi %v1920, %v1922 : i64
        %v1924 = arith.addi %v1919, %v1923 : i64
        %v1925 = arith.muli %v1916, %v250 : i64
        %v1926 = arith.addi %v1925, %v1773 : i64
        %v1927 = llvm.getelementptr %in_u[%v1924] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1928 = llvm.load %v1927 : !llvm.ptr -> f32
        %v1929 = arith.addi %v1772, %v396 : i64
        %v1930 = arith.constant true
        %v1931 = llvm.getelementptr %v20[%v1929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1932 = llvm.load %v1931 : !llvm.ptr<3> -> i64
        %v1933 = arith.addi %v1771, %v1773 : i64
        %v1934 = arith.cmpi slt, %v1933, %size_L : i64
        %v1935 = arith.subi %size_L, %v2 : i64
        %v1936 = arith.minsi %v1933, %v1935 : i64
        %v1937 = arith.addi %v1932, %v1936 : i64
        %v1938 = arith.muli %v1929, %v250 : i64
        %v1939 = arith.addi %v1938, %v1773 : i64
        %v1940 = llvm.getelementptr %in_u[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1941 = llvm.load %v1940 : !llvm.ptr -> f32
        %v1942 = arith.addi %v1772, %v409 : i64
        %v1943 = arith.constant true
        %v1944 = llvm.getelementptr %v20[%v1942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1945 = llvm.load %v1944 : !llvm.ptr<3> -> i64
        %v1946 = arith.addi %v1771, %v1773 : i64
        %v1947 = arith.cmpi slt, %v1946, %size_L : i64
        %v1948 = arith.subi %size_L, %v2 : i64
        %v1949 = arith.minsi %v1946, %v1948 : i64
        %v1950 = arith.addi %v1945, %v1949 : i64
        %v1951 = arith.muli %v1942, %v250 : i64
        %v1952 = arith.addi %v1951, %v1773 : i64
        %v1953 = llvm.getelementptr %in_u[%v1950] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1954 = llvm.load %v1953 : !llvm.ptr -> f32
        %v1955 = arith.addi %v1772, %v422 : i64
        %v1956 = arith.constant true
        %v1957 = llvm.getelementptr %v20[%v1955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1958 = llvm.load %v1957 : !llvm.ptr<3> -> i64
        %v1959 = arith.addi %v1771, %v1773 : i64
        %v1960 = arith.cmpi slt, %v1959, %size_L : i64
        %v1961 = arith.subi %size_L, %v2 : i64
        %v1962 = arith.minsi %v1959, %v1961 : i64
        %v1963 = arith.addi %v1958, %v1962 : i64
        %v1964 = arith.muli %v1955, %v250 : i64
        %v1965 = arith.addi %v1964, %v1773 : i64
        %v1966 = llvm.getelementptr %in_u[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
        %v1968 = arith.addi %v1772, %v435 : i64
        %v1969 = arith.constant true
        %v1970 = llvm.getelementptr %v20[%v1968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1971 = llvm.load %v1970 : !llvm.ptr<3> -> i64
        %v1972 = arith.addi %v1771, %v1773 : i64
        %v1973 = arith.cmpi slt, %v1972, %size_L : i64
        %v1974 = arith.subi %size_L, %v2 : i64
        %v1975 = arith.minsi %v1972, %v1974 : i64
        %v1976 = arith.addi %v1971, %v1975 : i64
        %v1977 = arith.muli %v1968, %v250 : i64
        %v1978 = arith.addi %v1977, %v1773 : i64
        %v1979 = llvm.getelementptr %in_u[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
        %v1981 = arith.addi %v1772, %v240 : i64
        %v1982 = arith.constant true
        %v1983 = llvm.getelementptr %v20[%v1981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1984 = llvm.load %v1983 : !llvm.ptr<3> -> i64
        %v1985 = arith.addi %v1771, %v1773 : i64
        %v1986 = arith.cmpi slt, %v1985, %size_L : i64
        %v1987 = arith.subi %size_L, %v2 : i64
        %v1988 = arith.minsi %v1985, %v1987 : i64
        %v1989 = arith.addi %v1984, %v1988 : i64
        %v1990 = arith.muli %v1981, %v250 : i64
        %v1991 = arith.addi %v1990, %v1773 : i64
        %v1992 = llvm.getelementptr %in_u[%v1989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1993 = llvm.load %v1992 : !llvm.ptr -> f32
        %v1994 = arith.addi %v1772, %v460 : i64
        %v1995 = arith.constant true
        %v1996 = llvm.getelementptr %v20[%v1994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1997 = llvm.load %v1996 : !llvm.ptr<3> -> i64
        %v1998 = arith.addi %v1771, %v1773 : i64
        %v1999 = arith.cmpi slt, %v1998, %size_L : i64
        %v2000 = arith.subi %size_L, %v2 : i64
        %v2001 = arith.minsi %v1998, %v2000 : i64
        %v2002 = arith.addi %v1997, %v2001 : i64
        %v2003 = arith.muli %v1994, %v250 : i64
        %v2004 = arith.addi %v2003, %v1773 : i64
        %v2005 = llvm.getelementptr %in_u[%v2002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2006 = llvm.load %v2005 : !llvm.ptr -> f32
        %v2007 = arith.addi %v1772, %v473 : i64
        %v2008 = arith.constant true
        %v2009 = llvm.getelementptr %v20[%v2007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2010 = llvm.load %v2009 : !llvm.ptr<3> -> i64
        %v2011 = arith.addi %v1771, %v1773 : i64
        %v2012 = arith.cmpi slt, %v2011, %size_L : i64
        %v2013 = arith.subi %size_L, %v2 : i64
        %v2014 = arith.minsi %v2011, %v2013 : i64
        %v2015 = arith.addi %v2010, %v2014 : i64
        %v2016 = arith.muli %v2007, %v250 : i64
        %v2017 = arith.addi %v2016, %v1773 : i64
        %v2018 = llvm.getelementptr %in_u[%v2015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2019 = llvm.load %v2018 : !llvm.ptr -> f32
        %v2020 = arith.addi %v1772, %v486 : i64
        %v2021 = arith.constant true
        %v2022 = llvm.getelementptr %v20[%v2020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2023 = llvm.load %v2022 : !llvm.ptr<3> -> i64
        %v2024 = arith.addi %v1771, %v1773 : i64
        %v2025 = arith.cmpi slt, %v2024, %size_L : i64
        %v2026 = arith.subi %size_L, %v2 : i64
        %v2027 = arith.minsi %v2024, %v2026 : i64
        %v2028 = arith.addi %v2023, %v2027 : i64
        %v2029 = arith.muli %v2020, %v250 : i64
        %v2030 = arith.addi %v2029, %v1773 : i64
        %v2031 = llvm.getelementptr %in_u[%v2028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2032 = llvm.load %v2031 : !llvm.ptr -> f32
        %v2033 = arith.addi %v1772, %v499 : i64
        %v2034 = arith.constant true
        %v2035 = llvm.getelementptr %v20[%v2033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2036 = llvm.load %v2035 : !llvm.ptr<3> -> i64
        %v2037 = arith.addi %v1771, %v1773 : i64
        %v2038 = arith.cmpi slt, %v2037, %size_L : i64
        %v2039 = arith.subi %size_L, %v2 : i64
        %v2040 = arith.minsi %v2037, %v2039 : i64
        %v2041 = arith.addi %v2036, %v2040 : i64
        %v2042 = arith.muli %v2033, %v250 : i64
        %v2043 = arith.addi %v2042, %v1773 : i64
        %v2044 = llvm.getelementptr %in_u[%v2041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2045 = llvm.load %v2044 : !llvm.ptr -> f32
        %v2046 = arith.addi %v1772, %v512 : i64
        %v2047 = arith.constant true
        %v2048 = llvm.getelementptr %v20[%v2046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2049 = llvm.load %v2048 : !llvm.ptr<3> -> i64
        %v2050 = arith.addi %v1771, %v1773 : i64
        %v2051 = arith.cmpi slt, %v2050, %size_L : i64
        %v2052 = arith.subi %size_L, %v2 : i64
        %v2053 = arith.minsi %v2050, %v2052 : i64
        %v2054 = arith.addi %v2049, %v2053 : i64
        %v2055 = arith.muli %v2046, %v250 : i64
        %v2056 = arith.addi %v2055, %v1773 : i64
        %v2057 = llvm.getelementptr %in_u[%v2054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2058 = llvm.load %v2057 : !llvm.ptr -> f32
        %v2059 = arith.addi %v1772, %v525 : i64
        %v2060 = arith.constant true
        %v2061 = llvm.getelementptr %v20[%v2059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2062 = llvm.load %v2061 : !llvm.ptr<3> -> i64
        %v2063 = arith.addi %v1771, %v1773 : i64
        %v2064 = arith.cmpi slt, %v2063, %size_L : i64
        %v2065 = arith.subi %size_L, %v2 : i64
        %v2066 = arith.minsi %v2063, %v2065 : i64
        %v2067 = arith.addi %v2062, %v2066 : i64
        %v2068 = arith.muli %v2059, %v250 : i64
        %v2069 = arith.addi %v2068, %v1773 : i64
        %v2070 = llvm.getelementptr %in_u[%v2067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2071 = llvm.load %v2070 : !llvm.ptr -> f32
        %v2072 = arith.addi %v1772, %v538 : i64
        %v2073 = arith.constant true
        %v2074 = llvm.getelementptr %v20[%v2072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2075 = llvm.load %v2074 : !llvm.ptr<3> -> i64
        %v2076 = arith.addi %v1771, %v1773 : i64
        %v2077 = arith.cmpi slt, %v2076, %size_L : i64
        %v2078 = arith.subi %size_L, %v2 : i64
        %v2079 = arith.minsi %v2076, %v2078 : i64
        %v2080 = arith.addi %v2075, %v2079 : i64
        %v2081 = arith.muli %v2072, %v250 : i64
        %v2082 = arith.addi %v2081, %v1773 : i64
        %v2083 = llvm.getelementptr %in_u[%v2080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2084 = llvm.load %v2083 : !llvm.ptr -> f32
        %v2085 = arith.addi %v1772, %v551 : i64
        %v2086 = arith.constant true
        %v2087 = llvm.getelementptr %v20[%v2085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2088 = llvm.load %v2087 : !llvm.ptr<3> -> i64
        %v2089 = arith.addi %v1771, %v1773 : i64
        %v2090 = arith.cmpi slt, %v2089, %size_L : i64
        %v2091 = arith.subi %size_L, %v2 : i64
        %v2092 = arith.minsi %v2089, %v2091 : i64
        %v2093 = arith.addi %v2088, %v2092 : i64
        %v2094 = arith.muli %v2085, %v250 : i64
        %v2095 = arith.addi %v2094, %v1773 : i64
        %v2096 = llvm.getelementptr %in_u[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
        %v2098 = arith.addi %v1772, %v564 : i64
        %v2099 = arith.constant true
        %v2100 = llvm.getelementptr %v20[%v2098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2101 = llvm.load %v2100 : !llvm.ptr<3> -> i64
        %v2102 = arith.addi %v1771, %v1773 : i64
        %v2103 = arith.cmpi slt, %v2102, %size_L : i64
        %v2104 = arith.subi %size_L, %v2 : i64
        %v2105 = arith.minsi %v2102, %v2104 : i64
        %v2106 = arith.addi %v2101, %v2105 : i64
        %v2107 = arith.muli %v2098, %v250 : i64
        %v2108 = arith.addi %v2107, %v1773 : i64
        %v2109 = llvm.getelementptr %in_u[%v2106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2110 = llvm.load %v2109 : !llvm.ptr -> f32
        %v2111 = arith.addi %v1772, %v577 : i64
        %v2112 = arith.constant true
        %v2113 = llvm.getelementptr %v20[%v2111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2114 = llvm.load %v2113 : !llvm.ptr<3> -> i64
        %v2115 = arith.addi %v1771, %v1773 : i64
        %v2116 = arith.cmpi slt, %v2115, %size_L : i64
        %v2117 = arith.subi %size_L, %v2 : i64
        %v2118 = arith.minsi %v2115, %v2117 : i64
        %v2119 = arith.addi %v2114, %v2118 : i64
        %v2120 = arith.muli %v2111, %v250 : i64
        %v2121 = arith.addi %v2120, %v1773 : i64
        %v2122 = llvm.getelementptr %in_u[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2123 = llvm.load %v2122 : !llvm.ptr -> f32
        %v2124 = arith.addi %v1772, %v590 : i64
        %v2125 = arith.constant true
        %v2126 = llvm.getelementptr %v20[%v2124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2127 = llvm.load %v2126 : !llvm.ptr<3> -> i64
        %v2128 = arith.addi %v1771, %v1773 : i64
        %v2129 = arith.cmpi slt, %v2128, %size_L : i64
        %v2130 = arith.subi %size_L, %v2 : i64
        %v2131 = arith.minsi %v2128, %v2130 : i64
        %v2132 = arith.addi %v2127, %v2131 : i64
        %v2133 = arith.muli %v2124, %v250 : i64
        %v2134 = arith.addi %v2133, %v1773 : i64
        %v2135 = llvm.getelementptr %in_u[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2136 = llvm.load %v2135 : !llvm.ptr -> f32
        %v2137 = arith.addi %v1772, %v603 : i64
        %v2138 = arith.constant true
        %v2139 = llvm.getelementptr %v20[%v2137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2140 = llvm.load %v2139 : !llvm.ptr<3> -> i64
        %v2141 = arith.addi %v1771, %v1773 : i64
        %v2142 = arith.cmpi slt, %v2141, %size_L : i64
        %v2143 = arith.subi %size_L, %v2 : i64
        %v2144 = arith.minsi %v2141, %v2143 : i64
        %v2145 = arith.addi %v2140, %v2144 : i64
        %v2146 = arith.muli %v2137, %v250 : i64
        %v2147 = arith.addi %v2146, %v1773 : i64
        %v2148 = llvm.getelementptr %in_u[%v2145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2149 = llvm.load %v2148 : !llvm.ptr -> f32
        %v2150 = arith.addi %v1772, %v616 : i64
        %v2151 = arith.constant true
        %v2152 = llvm.getelementptr %v20[%v2150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2153 = llvm.load %v2152 : !llvm.ptr<3> -> i64
        %v2154 = arith.addi %v1771, %v1773 : i64
        %v2155 = arith.cmpi slt, %v2154, %size_L : i64
        %v2156 = arith.subi %size_L, %v2 : i64
        %v2157 = arith.minsi %v2154, %v2156 : i64
        %v2158 = arith.addi %v2153, %v2157 : i64
        %v2159 = arith.muli %v2150, %v250 : i64
        %v2160 = arith.addi %v2159, %v1773 : i64
        %v2161 = llvm.getelementptr %in_u[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
        %v2163 = arith.addi %v1772, %v629 : i64
        %v2164 = arith.constant true
        %v2165 = llvm.getelementptr %v20[%v2163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2166 = llvm.load %v2165 : !llvm.ptr<3> -> i64
        %v2167 = arith.addi %v1771, %v1773 : i64
        %v2168 = arith.cmpi slt, %v2167, %size_L : i64
        %v2169 = arith.subi %size_L, %v2 : i64
        %v2170 = arith.minsi %v2167, %v2169 : i64
        %v2171 = arith.addi %v2166, %v2170 : i64
        %v2172 = arith.muli %v2163, %v250 : i64
        %v2173 = arith.addi %v2172, %v1773 : i64
        %v2174 = llvm.getelementptr %in_u[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
        %v2176 = arith.addi %v1772, %v642 : i64
        %v2177 = arith.constant true
        %v2178 = llvm.getelementptr %v20[%v2176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2179 = llvm.load %v2178 : !llvm.ptr<3> -> i64
        %v2180 = arith.addi %v1771, %v1773 : i64
        %v2181 = arith.cmpi slt, %v2180, %size_L : i64
        %v2182 = arith.subi %size_L, %v2 : i64
        %v2183 = arith.minsi %v2180, %v2182 : i64
        %v2184 = arith.addi %v2179, %v2183 : i64
        %v2185 = arith.muli %v2176, %v250 : i64
        %v2186 = arith.addi %v2185, %v1773 : i64
        %v2187 = llvm.getelementptr %in_u[%v2184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2188 = llvm.load %v2187 : !llvm.ptr -> f32
        %v2189 = arith.divui %v28, %v240 : i64
        %v2190 = arith.remui %v28, %v240 : i64
        %v2191 = arith.constant true
        %v2192 = arith.addi %v30, %v2189 : i64
        %v2193 = llvm.getelementptr %v20[%v2192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2194 = llvm.load %v2193 : !llvm.ptr<3> -> i64
        %v2195 = arith.addi %v1771, %v2190 : i64
        %v2196 = arith.cmpi slt, %v2195, %size_L : i64
        %v2197 = arith.subi %size_L, %v2 : i64
        %v2198 = arith.minsi %v2195, %v2197 : i64
        %v2199 = arith.addi %v2194, %v2198 : i64
        %v2200 = arith.muli %v2192, %v250 : i64
        %v2201 = arith.addi %v2200, %v2190 : i64
        %v2202 = llvm.getelementptr %in_delta[%v2199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2203 = llvm.load %v2202 : !llvm.ptr -> f32
        %v2204 = arith.addi %v2189, %v67 : i64
        %v2205 = arith.constant true
        %v2206 = arith.addi %v30, %v2204 : i64
        %v2207 = llvm.getelementptr %v20[%v2206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2208 = llvm.load %v2207 : !llvm.ptr<3> -> i64
        %v2209 = arith.addi %v1771, %v2190 : i64
        %v2210 = arith.cmpi slt, %v2209, %size_L : i64
        %v2211 = arith.subi %size_L, %v2 : i64
        %v2212 = arith.minsi %v2209, %v2211 : i64
        %v2213 = arith.addi %v2208, %v2212 : i64
        %v2214 = arith.muli %v2206, %v250 : i64
        %v2215 = arith.addi %v2214, %v2190 : i64
        %v2216 = llvm.getelementptr %in_delta[%v2213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2217 = llvm.load %v2216 : !llvm.ptr -> f32
        %v2218 = arith.addi %v2189, %v267 : i64
        %v2219 = arith.constant true
        %v2220 = arith.addi %v30, %v2218 : i64
        %v2221 = llvm.getelementptr %v20[%v2220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2222 = llvm.load %v2221 : !llvm.ptr<3> -> i64
        %v2223 = arith.addi %v1771, %v2190 : i64
        %v2224 = arith.cmpi slt, %v2223, %size_L : i64
        %v2225 = arith.subi %size_L, %v2 : i64
        %v2226 = arith.minsi %v2223, %v2225 : i64
        %v2227 = arith.addi %v2222, %v2226 : i64
        %v2228 = arith.muli %v2220, %v250 : i64
        %v2229 = arith.addi %v2228, %v2190 : i64
        %v2230 = llvm.getelementptr %in_delta[%v2227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2231 = llvm.load %v2230 : !llvm.ptr -> f32
        %v2232 = arith.addi %v2189, %v280 : i64
        %v2233 = arith.constant true
        %v2234 = arith.addi %v30, %v2232 : i64
        %v2235 = llvm.getelementptr %v20[%v2234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2236 = llvm.load %v2235 : !llvm.ptr<3> -> i64
        %v2237 = arith.addi %v1771, %v2190 : i64
        %v2238 = arith.cmpi slt, %v2237, %size_L : i64
        %v2239 = arith.subi %size_L, %v2 : i64
        %v2240 = arith.minsi %v2237, %v2239 : i64
        %v2241 = arith.addi %v2236, %v2240 : i64
        %v2242 = arith.muli %v2234, %v250 : i64
        %v2243 = arith.addi %v2242, %v2190 : i64
        %v2244 = llvm.getelementptr %in_delta[%v2241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2245 = llvm.load %v2244 : !llvm.ptr -> f32
        %v2246 = arith.addi %v2189, %v293 : i64
        %v2247 = arith.constant true
        %v2248 = arith.addi %v30, %v2246 : i64
        %v2249 = llvm.getelementptr %v20[%v2248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2250 = llvm.load %v2249 : !llvm.ptr<3> -> i64
        %v2251 = arith.addi %v1771, %v2190 : i64
        %v2252 = arith.cmpi slt, %v2251, %size_L : i64
        %v2253 = arith.subi %size_L, %v2 : i64
        %v2254 = arith.minsi %v2251, %v2253 : i64
        %v2255 = arith.addi %v2250, %v2254 : i64
        %v2256 = arith.muli %v2248, %v250 : i64
        %v2257 = arith.addi %v2256, %v2190 : i64
        %v2258 = llvm.getelementptr %in_delta[%v2255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2259 = llvm.load %v2258 : !llvm.ptr -> f32
        %v2260 = arith.addi %v2189, %v306 : i64
        %v2261 = arith.constant true
        %v2262 = arith.addi %v30, %v2260 : i64
        %v2263 = llvm.getelementptr %v20[%v2262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2264 = llvm.load %v2263 : !llvm.ptr<3> -> i64
        %v2265 = arith.addi %v1771, %v2190 : i64
        %v2266 = arith.cmpi slt, %v2265, %size_L : i64
        %v2267 = arith.subi %size_L, %v2 : i64
        %v2268 = arith.minsi %v2265, %v2267 : i64
        %v2269 = arith.addi %v2264, %v2268 : i64
        %v2270 = arith.muli %v2262, %v250 : i64
        %v2271 = arith.addi %v2270, %v2190 : i64
        %v2272 = llvm.getelementptr %in_delta[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
        %v2274 = arith.addi %v2189, %v319 : i64
        %v2275 = arith.constant true
        %v2276 = arith.addi %v30, %v2274 : i64
        %v2277 = llvm.getelementptr %v20[%v2276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2278 = llvm.load %v2277 : !llvm.ptr<3> -> i64
        %v2279 = arith.addi %v1771, %v2190 : i64
        %v2280 = arith.cmpi slt, %v2279, %size_L : i64
        %v2281 = arith.subi %size_L, %v2 : i64
        %v2282 = arith.minsi %v2279, %v2281 : i64
        %v2283 = arith.addi %v2278, %v2282 : i64
        %v2284 = arith.muli %v2276, %v250 : i64
        %v2285 = arith.addi %v2284, %v2190 : i64
        %v2286 = llvm.getelementptr %in_delta[%v2283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2287 = llvm.load %v2286 : !llvm.ptr -> f32
        %v2288 = arith.addi %v2189, %v332 : i64
        %v2289 = arith.constant true
        %v2290 = arith.addi %v30, %v2288 : i64
        %v2291 = llvm.getelementptr %v20[%v2290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2292 = llvm.load %v2291 : !llvm.ptr<3> -> i64
        %v2293 = arith.addi %v1771, %v2190 : i64
        %v2294 = arith.cmpi slt, %v2293, %size_L : i64
        %v2295 = arith.subi %size_L, %v2 : i64
        %v2296 = arith.minsi %v2293, %v2295 : i64
        %v2297 = arith.addi %v2292, %v2296 : i64
        %v2298 = arith.muli %v2290, %v250 : i64
        %v2299 = arith.addi %v2298, %v2190 : i64
        %v2300 = llvm.getelementptr %in_delta[%v2297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2301 = llvm.load %v2300 : !llvm.ptr -> f32
        %v2302 = arith.addi %v2189, %v1 : i64
        %v2303 = arith.constant true
        %v2304 = arith.addi %v30, %v2302 : i64
        %v2305 = llvm.getelementptr %v20[%v2304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2306 = llvm.load %v2305 : !llvm.ptr<3> -> i64
        %v2307 = arith.addi %v1771, %v2190 : i64
        %v2308 = arith.cmpi slt, %v2307, %size_L : i64
        %v2309 = arith.subi %size_L, %v2 : i64
        %v2310 = arith.minsi %v2307, %v2309 : i64
        %v2311 = arith.addi %v2306, %v2310 : i64
        %v2312 = arith.muli %v2304, %v250 : i64
        %v2313 = arith.addi %v2312, %v2190 : i64
        %v2314 = llvm.getelementptr %in_delta[%v2311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2315 = llvm.load %v2314 : !llvm.ptr -> f32
        %v2316 = arith.addi %v2189, %v357 : i64
        %v2317 = arith.constant true
        %v2318 = arith.addi %v30, %v2316 : i64
        %v2319 = llvm.getelementptr %v20[%v2318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2320 = llvm.load %v2319 : !llvm.ptr<3> -> i64
        %v2321 = arith.addi %v1771, %v2190 : i64
        %v2322 = arith.cmpi slt, %v2321, %size_L : i64
        %v2323 = arith.subi %size_L, %v2 : i64
        %v2324 = arith.minsi %v2321, %v2323 : i64
        %v2325 = arith.addi %v2320, %v2324 : i64
        %v2326 = arith.muli %v2318, %v250 : i64
        %v2327 = arith.addi %v2326, %v2190 : i64
        %v2328 = llvm.getelementptr %in_delta[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2329 = llvm.load %v2328 : !llvm.ptr -> f32
        %v2330 = arith.addi %v2189, %v370 : i64
        %v2331 = arith.constant true
        %v2332 = arith.addi %v30, %v2330 : i64
        %v2333 = llvm.getelementptr %v20[%v2332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2334 = llvm.load %v2333 : !llvm.ptr<3> -> i64
        %v2335 = arith.addi %v1771, %v2190 : i64
        %v2336 = arith.cmpi slt, %v2335, %size_L : i64
        %v2337 = arith.subi %size_L, %v2 : i64
        %v2338 = arith.minsi %v2335, %v2337 : i64
        %v2339 = arith.addi %v2334, %v2338 : i64
        %v2340 = arith.muli %v2332, %v250 : i64
        %v2341 = arith.addi %v2340, %v2190 : i64
        %v2342 = llvm.getelementptr %in_delta[%v2339] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2343 = llvm.load %v2342 : !llvm.ptr -> f32
        %v2344 = arith.addi %v2189, %v383 : i64
        %v2345 = arith.constant true
        %v2346 = arith.addi %v30, %v2344 : i64
        %v2347 = llvm.getelementptr %v20[%v2346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2348 = llvm.load %v2347 : !llvm.ptr<3> -> i64
        %v2349 = arith.addi %v1771, %v2190 : i64
        %v2350 = arith.cmpi slt, %v2349, %size_L : i64
        %v2351 = arith.subi %size_L, %v2 : i64
        %v2352 = arith.minsi %v2349, %v2351 : i64
        %v2353 = arith.addi %v2348, %v2352 : i64
        %v2354 = arith.muli %v2346, %v250 : i64
        %v2355 = arith.addi %v2354, %v2190 : i64
        %v2356 = llvm.getelementptr %in_delta[%v2353] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2357 = llvm.load %v2356 : !llvm.ptr -> f32
        %v2358 = arith.addi %v2189, %v396 : i64
        %v2359 = arith.constant true
        %v2360 = arith.addi %v30, %v2358 : i64
        %v2361 = llvm.getelementptr %v20[%v2360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2362 = llvm.load %v2361 : !llvm.ptr<3> -> i64
        %v2363 = arith.addi %v1771, %v2190 : i64
        %v2364 = arith.cmpi slt, %v2363, %size_L : i64
        %v2365 = arith.subi %size_L, %v2 : i64
        %v2366 = arith.minsi %v2363, %v2365 : i64
        %v2367 = arith.addi %v2362, %v2366 : i64
        %v2368 = arith.muli %v2360, %v250 : i64
        %v2369 = arith.addi %v2368, %v2190 : i64
        %v2370 = llvm.getelementptr %in_delta[%v2367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2371 = llvm.load %v2370 : !llvm.ptr -> f32
        %v2372 = arith.addi %v2189, %v409 : i64
        %v2373 = arith.constant true
        %v2374 = arith.addi %v30, %v2372 : i64
        %v2375 = llvm.getelementptr %v20[%v2374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2376 = llvm.load %v2375 : !llvm.ptr<3> -> i64
        %v2377 = arith.addi %v1771, %v2190 : i64
        %v2378 = arith.cmpi slt, %v2377, %size_L : i64
        %v2379 = arith.subi %size_L, %v2 : i64
        %v2380 = arith.minsi %v2377, %v2379 : i64
        %v2381 = arith.addi %v2376, %v2380 : i64
        %v2382 = arith.muli %v2374, %v250 : i64
        %v2383 = arith.addi %v2382, %v2190 : i64
        %v2384 = llvm.getelementptr %in_delta[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
        %v2386 = arith.addi %v2189, %v422 : i64
        %v2387 = arith.constant true
        %v2388 = arith.addi %v30, %v2386 : i64
        %v2389 = llvm.getelementptr %v20[%v2388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2390 = llvm.load %v2389 : !llvm.ptr<3> -> i64
        %v2391 = arith.addi %v1771, %v2190 : i64
        %v2392 = arith.cmpi slt, %v2391, %size_L : i64
        %v2393 = arith.subi %size_L, %v2 : i64
        %v2394 = arith.minsi %v2391, %v2393 : i64
        %v2395 = arith.addi %v2390, %v2394 : i64
        %v2396 = arith.muli %v2388, %v250 : i64
        %v2397 = arith.addi %v2396, %v2190 : i64
        %v2398 = llvm.getelementptr %in_delta[%v2395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2399 = llvm.load %v2398 : !llvm.ptr -> f32
        %v2400 = arith.addi %v2189, %v435 : i64
        %v2401 = arith.constant true
        %v2402 = arith.addi %v30, %v2400 : i64
        %v2403 = llvm.getelementptr %v20[%v2402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2404 = llvm.load %v2403 : !llvm.ptr<3> -> i64
        %v2405 = arith.addi %v1771, %v2190 : i64
        %v2406 = arith.cmpi slt, %v2405, %size_L : i64
        %v2407 = arith.subi %size_L, %v2 : i64
        %v2408 = arith.minsi %v2405, %v2407 : i64
        %v2409 = arith.addi %v2404, %v2408 : i64
        %v2410 = arith.muli %v2402, %v250 : i64
        %v2411 = arith.addi %v2410, %v2190 : i64
        %v2412 = llvm.getelementptr %in_delta[%v2409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2413 = llvm.load %v2412 : !llvm.ptr -> f32
        %v2414 = arith.addi %v2189, %v240 : i64
        %v2415 = arith.constant true
        %v2416 = arith.addi %v30, %v2414 : i64
        %v2417 = llvm.getelementptr %v20[%v2416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2418 = llvm.load %v2417 : !llvm.ptr<3> -> i64
        %v2419 = arith.addi %v1771, %v2190 : i64
        %v2420 = arith.cmpi slt, %v2419, %size_L : i64
        %v2421 = arith.subi %size_L, %v2 : i64
        %v2422 = arith.minsi %v2419, %v2421 : i64
        %v2423 = arith.addi %v2418, %v2422 : i64
        %v2424 = arith.muli %v2416, %v250 : i64
        %v2425 = arith.addi %v2424, %v2190 : i64
        %v2426 = llvm.getelementptr %in_delta[%v2423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2427 = llvm.load %v2426 : !llvm.ptr -> f32
        %v2428 = arith.addi %v2189, %v460 : i64
        %v2429 = arith.constant true
        %v2430 = arith.addi %v30, %v2428 : i64
        %v2431 = llvm.getelementptr %v20[%v2430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2432 = llvm.load %v2431 : !llvm.ptr<3> -> i64
        %v2433 = arith.addi %v1771, %v2190 : i64
        %v2434 = arith.cmpi slt, %v2433, %size_L : i64
        %v2435 = arith.subi %size_L, %v2 : i64
        %v2436 = arith.minsi %v2433, %v2435 : i64
        %v2437 = arith.addi %v2432, %v2436 : i64
        %v2438 = arith.muli %v2430, %v250 : i64
        %v2439 = arith.addi %v2438, %v2190 : i64
        %v2440 = llvm.getelementptr %in_delta[%v2437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2441 = llvm.load %v2440 : !llvm.ptr -> f32
        %v2442 = arith.addi %v2189, %v473 : i64
        %v2443 = arith.constant true
        %v2444 = arith.addi %v30, %v2442 : i64
        %v2445 = llvm.getelementptr %v20[%v2444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2446 = llvm.load %v2445 : !llvm.ptr<3> -> i64
        %v2447 = arith.addi %v1771, %v2190 : i64
        %v2448 = arith.cmpi slt, %v2447, %size_L : i64
        %v2449 = arith.subi %size_L, %v2 : i64
        %v2450 = arith.minsi %v2447, %v2449 : i64
        %v2451 = arith.addi %v2446, %v2450 : i64
        %v2452 = arith.muli %v2444, %v250 : i64
        %v2453 = arith.addi %v2452, %v2190 : i64
        %v2454 = llvm.getelementptr %in_delta[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2455 = llvm.load %v2454 : !llvm.ptr -> f32
        %v2456 = arith.addi %v2189, %v486 : i64
        %v2457 = arith.constant true
        %v2458 = arith.addi %v30, %v2456 : i64
        %v2459 = llvm.getelementptr %v20[%v2458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2460 = llvm.load %v2459 : !llvm.ptr<3> -> i64
        %v2461 = arith.addi %v1771, %v2190 : i64
        %v2462 = arith.cmpi slt, %v2461, %size_L : i64
        %v2463 = arith.subi %size_L, %v2 : i64
        %v2464 = arith.minsi %v2461, %v2463 : i64
        %v2465 = arith.addi %v2460, %v2464 : i64
        %v2466 = arith.muli %v2458, %v250 : i64
        %v2467 = arith.addi %v2466, %v2190 : i64
        %v2468 = llvm.getelementptr %in_delta[%v2465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2469 = llvm.load %v2468 : !llvm.ptr -> f32
        %v2470 = arith.addi %v2189, %v499 : i64
        %v2471 = arith.constant true
        %v2472 = arith.addi %v30, %v2470 : i64
        %v2473 = llvm.getelementptr %v20[%v2472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2474 = llvm.load %v2473 : !llvm.ptr<3> -> i64
        %v2475 = arith.addi %v1771, %v2190 : i64
        %v2476 = arith.cmpi slt, %v2475, %size_L : i64
        %v2477 = arith.subi %size_L, %v2 : i64
        %v2478 = arith.minsi %v2475, %v2477 : i64
        %v2479 = arith.addi %v2474, %v2478 : i64
        %v2480 = arith.muli %v2472, %v250 : i64
        %v2481 = arith.addi %v2480, %v2190 : i64
        %v2482 = llvm.getelementptr %in_delta[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
        %v2484 = arith.addi %v2189, %v512 : i64
        %v2485 = arith.constant true
        %v2486 = arith.addi %v30, %v2484 : i64
        %v2487 = llvm.getelementptr %v20[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2488 = llvm.load %v2487 : !llvm.ptr<3> -> i64
        %v2489 = arith.addi %v1771, %v2190 : i64
        %v2490 = arith.cmpi slt, %v2489, %size_L : i64
        %v2491 = arith.subi %size_L, %v2 : i64
        %v2492 = arith.minsi %v2489, %v2491 : i64
        %v2493 = arith.addi %v2488, %v2492 : i64
        %v2494 = arith.muli %v2486, %v250 : i64
        %v2495 = arith.addi %v2494, %v2190 : i64
        %v2496 = llvm.getelementptr %in_delta[%v2493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2497 = llvm.load %v2496 : !llvm.ptr -> f32
        %v2498 = arith.addi %v2189, %v525 : i64
        %v2499 = arith.constant true
        %v2500 = arith.addi %v30, %v2498 : i64
        %v2501 = llvm.getelementptr %v20[%v2500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2502 = llvm.load %v2501 : !llvm.ptr<3> -> i64
        %v2503 = arith.addi %v1771, %v2190 : i64
        %v2504 = arith.cmpi slt, %v2503, %size_L : i64
        %v2505 = arith.subi %size_L, %v2 : i64
        %v2506 = arith.minsi %v2503, %v2505 : i64
        %v2507 = arith.addi %v2502, %v2506 : i64
        %v2508 = arith.muli %v2500, %v250 : i64
        %v2509 = arith.addi %v2508, %v2190 : i64
        %v2510 = llvm.getelementptr %in_delta[%v2507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2511 = llvm.load %v2510 : !llvm.ptr -> f32
        %v2512 = arith.addi %v2189, %v538 : i64
        %v2513 = arith.constant true
        %v2514 = arith.addi %v30, %v2512 : i64
        %v2515 = llvm.getelementptr %v20[%v2514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2516 = llvm.load %v2515 : !llvm.ptr<3> -> i64
        %v2517 = arith.addi %v1771, %v2190 : i64
        %v2518 = arith.cmpi slt, %v2517, %size_L : i64
        %v2519 = arith.subi %size_L, %v2 : i64
        %v2520 = arith.minsi %v2517, %v2519 : i64
        %v2521 = arith.addi %v2516, %v2520 : i64
        %v2522 = arith.muli %v2514, %v250 : i64
        %v2523 = arith.addi %v2522, %v2190 : i64
        %v2524 = llvm.getelementptr %in_delta[%v2521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2525 = llvm.load %v2524 : !llvm.ptr -> f32
        %v2526 = arith.addi %v2189, %v551 : i64
        %v2527 = arith.constant true
        %v2528 = arith.addi %v30, %v2526 : i64
        %v2529 = llvm.getelementptr %v20[%v2528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2530 = llvm.load %v2529 : !llvm.ptr<3> -> i64
        %v2531 = arith.addi %v1771, %v2190 : i64
        %v2532 = arith.cmpi slt, %v2531, %size_L : i64
        %v2533 = arith.subi %size_L, %v2 : i64
        %v2534 = arith.minsi %v2531, %v2533 : i64
        %v2535 = arith.addi %v2530, %v2534 : i64
        %v2536 = arith.muli %v2528, %v250 : i64
        %v2537 = arith.addi %v2536, %v2190 : i64
        %v2538 = llvm.getelementptr %in_delta[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
        %v2540 = arith.addi %v2189, %v564 : i64
        %v2541 = arith.constant true
        %v2542 = arith.addi %v30, %v2540 : i64
        %v2543 = llvm.getelementptr %v20[%v2542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2544 = llvm.load %v2543 : !llvm.ptr<3> -> i64
        %v2545 = arith.addi %v1771, %v2190 : i64
        %v2546 = arith.cmpi slt, %v2545, %size_L : i64
        %v2547 = arith.subi %size_L, %v2 : i64
        %v2548 = arith.minsi %v2545, %v2547 : i64
        %v2549 = arith.addi %v2544, %v2548 : i64
        %v2550 = arith.muli %v2542, %v250 : i64
        %v2551 = arith.addi %v2550, %v2190 : i64
        %v2552 = llvm.getelementptr %in_delta[%v2549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2553 = llvm.load %v2552 : !llvm.ptr -> f32
        %v2554 = arith.addi %v2189, %v577 : i64
        %v2555 = arith.constant true
        %v2556 = arith.addi %v30, %v2554 : i64
        %v2557 = llvm.getelementptr %v20[%v2556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2558 = llvm.load %v2557 : !llvm.ptr<3> -> i64
        %v2559 = arith.addi %v1771, %v2190 : i64
        %v2560 = arith.cmpi slt, %v2559, %size_L : i64
        %v2561 = arith.subi %size_L, %v2 : i64
        %v2562 = arith.minsi %v2559, %v2561 : i64
        %v2563 = arith.addi %v2558, %v2562 : i64
        %v2564 = arith.muli %v2556, %v250 : i64
        %v2565 = arith.addi %v2564, %v2190 : i64
        %v2566 = llvm.getelementptr %in_delta[%v2563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2567 = llvm.load %v2566 : !llvm.ptr -> f32
        %v2568 = arith.addi %v2189, %v590 : i64
        %v2569 = arith.constant true
        %v2570 = arith.addi %v30, %v2568 : i64
        %v2571 = llvm.getelementptr %v20[%v2570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2572 = llvm.load %v2571 : !llvm.ptr<3> -> i64
        %v2573 = arith.addi %v1771, %v2190 : i64
        %v2574 = arith.cmpi slt, %v2573, %size_L : i64
        %v2575 = arith.subi %size_L, %v2 : i64
        %v2576 = arith.minsi %v2573, %v2575 : i64
        %v2577 = arith.addi %v2572, %v2576 : i64
        %v2578 = arith.muli %v2570, %v250 : i64
        %v2579 = arith.addi %v2578, %v2190 : i64
        %v2580 = llvm.getelementptr %in_delta[%v2577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2581 = llvm.load %v2580 : !llvm.ptr -> f32
        %v2582 = arith.addi %v2189, %v603 : i64
        %v2583 = arith.constant true
        %v2584 = arith.addi %v30, %v2582 : i64
        %v2585 = llvm.getelementptr %v20[%v2584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2586 = llvm.load %v2585 : !llvm.ptr<3> -> i64
        %v2587 = arith.addi %v1771, %v2190 : i64
        %v2588 = arith.cmpi slt, %v2587, %size_L : i64
        %v2589 = arith.subi %size_L, %v2 : i64
        %v2590 = arith.minsi %v2587, %v2589 : i64
        %v2591 = arith.addi %v2586, %v2590 : i64
        %v2592 = arith.muli %v2584, %v250 : i64
        %v2593 = arith.addi %v2592, %v2190 : i64
        %v2594 = llvm.getelementptr %in_delta[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2595 = llvm.load %v2594 : !llvm.ptr -> f32
        %v2596 = arith.addi %v2189, %v616 : i64
        %v2597 = arith.constant true
        %v2598 = arith.addi %v30, %v2596 : i64
        %v2599 = llvm.getelementptr %v20[%v2598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2600 = llvm.load %v2599 : !llvm.ptr<3> -> i64
        %v2601 = arith.addi %v1771, %v2190 : i64
        %v2602 = arith.cmpi slt, %v2601, %size_L : i64
        %v2603 = arith.subi %size_L, %v2 : i64
        %v2604 = arith.minsi %v2601, %v2603 : i64
        %v2605 = arith.addi %v2600, %v2604 : i64
        %v2606 = arith.muli %v2598, %v250 : i64
        %v2607 = arith.addi %v2606, %v2190 : i64
        %v2608 = llvm.getelementptr %in_delta[%v2605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2609 = llvm.load %v2608 : !llvm.ptr -> f32
        %v2610 = arith.addi %v2189, %v629 : i64
        %v2611 = arith.constant true
        %v2612 = arith.addi %v30, %v2610 : i64
        %v2613 = llvm.getelementptr %v20[%v2612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2614 = llvm.load %v2613 : !llvm.ptr<3> -> i64
        %v2615 = arith.addi %v1771, %v2190 : i64
        %v2616 = arith.cmpi slt, %v2615, %size_L : i64
        %v2617 = arith.subi %size_L, %v2 : i64
        %v2618 = arith.minsi %v2615, %v2617 : i64
        %v2619 = arith.addi %v2614, %v2618 : i64
        %v2620 = arith.muli %v2612, %v250 : i64
        %v2621 = arith.addi %v2620, %v2190 : i64
        %v2622 = llvm.getelementptr %in_delta[%v2619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2623 = llvm.load %v2622 : !llvm.ptr -> f32
        %v2624 = arith.addi %v2189, %v642 : i64
        %v2625 = arith.constant true
        %v2626 = arith.addi %v30, %v2624 : i64
        %v2627 = llvm.getelementptr %v20[%v2626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2628 = llvm.load %v2627 : !llvm.ptr<3> -> i64
        %v2629 = arith.addi %v1771, %v2190 : i64
        %v2630 = arith.cmpi slt, %v2629, %size_L : i64
        %v2631 = arith.subi %size_L, %v2 : i64
        %v2632 = arith.minsi %v2629, %v2631 : i64
        %v2633 = arith.addi %v2628, %v2632 : i64
        %v2634 = arith.muli %v2626, %v250 : i64
        %v2635 = arith.addi %v2634, %v2190 : i64
        %v2636 = llvm.getelementptr %in_delta[%v2633] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2637 = llvm.load %v2636 : !llvm.ptr -> f32
        %v2638 = arith.divui %v28, %v240 : i64
        %v2639 = arith.remui %v28, %v240 : i64
        %v2640 = arith.constant true
        %v2641 = arith.addi %v68, %v2638 : i64
        %v2642 = llvm.getelementptr %v20[%v2641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2643 = llvm.load %v2642 : !llvm.ptr<3> -> i64
        %v2644 = arith.addi %v1771, %v2639 : i64
        %v2645 = arith.cmpi slt, %v2644, %size_L : i64
        %v2646 = arith.subi %size_L, %v2 : i64
        %v2647 = arith.minsi %v2644, %v2646 : i64
        %v2648 = arith.addi %v2643, %v2647 : i64
        %v2649 = arith.muli %v2641, %v250 : i64
        %v2650 = arith.addi %v2649, %v2639 : i64
        %v2651 = llvm.getelementptr %in_z[%v2648] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2652 = llvm.load %v2651 : !llvm.ptr -> f32
        %v2653 = arith.addi %v2638, %v67 : i64
        %v2654 = arith.constant true
        %v2655 = arith.addi %v68, %v2653 : i64
        %v2656 = llvm.getelementptr %v20[%v2655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2657 = llvm.load %v2656 : !llvm.ptr<3> -> i64
        %v2658 = arith.addi %v1771, %v2639 : i64
        %v2659 = arith.cmpi slt, %v2658, %size_L : i64
        %v2660 = arith.subi %size_L, %v2 : i64
        %v2661 = arith.minsi %v2658, %v2660 : i64
        %v2662 = arith.addi %v2657, %v2661 : i64
        %v2663 = arith.muli %v2655, %v250 : i64
        %v2664 = arith.addi %v2663, %v2639 : i64
        %v2665 = llvm.getelementptr %in_z[%v2662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2666 = llvm.load %v2665 : !llvm.ptr -> f32
        %v2667 = arith.addi %v2638, %v267 : i64
        %v2668 = arith.constant true
        %v2669 = arith.addi %v68, %v2667 : i64
        %v2670 = llvm.getelementptr %v20[%v2669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2671 = llvm.load %v2670 : !llvm.ptr<3> -> i64
        %v2672 = arith.addi %v1771, %v2639 : i64
        %v2673 = arith.cmpi slt, %v2672, %size_L : i64
        %v2674 = arith.subi %size_L, %v2 : i64
        %v2675 = arith.minsi %v2672, %v2674 : i64
        %v2676 = arith.addi %v2671, %v2675 : i64
        %v2677 = arith.muli %v2669, %v250 : i64
        %v2678 = arith.addi %v2677, %v2639 : i64
        %v2679 = llvm.getelementptr %in_z[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2680 = llvm.load %v2679 : !llvm.ptr -> f32
        %v2681 = arith.addi %v2638, %v280 : i64
        %v2682 = arith.constant true
        %v2683 = arith.addi %v68, %v2681 : i64
        %v2684 = llvm.getelementptr %v20[%v2683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2685 = llvm.load %v2684 : !llvm.ptr<3> -> i64
        %v2686 = arith.addi %v1771, %v2639 : i64
        %v2687 = arith.cmpi slt, %v2686, %size_L : i64
        %v2688 = arith.subi %size_L, %v2 : i64
        %v2689 = arith.minsi %v2686, %v2688 : i64
        %v2690 = arith.addi %v2685, %v2689 : i64
        %v2691 = arith.muli %v2683, %v250 : i64
        %v2692 = arith.addi %v2691, %v2639 : i64
        %v2693 = llvm.getelementptr %in_z[%v2690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2694 = llvm.load %v2693 : !llvm.ptr -> f32
        %v2695 = arith.addi %v2638, %v293 : i64
        %v2696 = arith.constant true
        %v2697 = arith.addi %v68, %v2695 : i64
        %v2698 = llvm.getelementptr %v20[%v2697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2699 = llvm.load %v2698 : !llvm.ptr<3> -> i64
        %v2700 = arith.addi %v1771, %v2639 : i64
        %v2701 = arith.cmpi slt, %v2700, %size_L : i64
        %v2702 = arith.subi %size_L, %v2 : i64
        %v2703 = arith.minsi %v2700, %v2702 : i64
        %v2704 = arith.addi %v2699, %v2703 : i64
        %v2705 = arith.muli %v2697, %v250 : i64
        %v2706 = arith.addi %v2705, %v2639 : i64
        %v2707 = llvm.getelementptr %in_z[%v2704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2708 = llvm.load %v2707 : !llvm.ptr -> f32
        %v2709 = arith.addi %v2638, %v306 : i64
        %v2710 = arith.constant true
        %v2711 = arith.addi %v68, %v2709 : i64
        %v2712 = llvm.getelementptr %v20[%v2711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2713 = llvm.load %v2712 : !llvm.ptr<3> -> i64
        %v2714 = arith.addi %v1771, %v2639 : i64
        %v2715 = arith.cmpi slt, %v2714, %size_L : i64
        %v2716 = arith.subi %size_L, %v2 : i64
        %v2717 = arith.minsi %v2714, %v2716 : i64
        %v2718 = arith.addi %v2713, %v2717 : i64
        %v2719 = arith.muli %v2711, %v250 : i64
        %v2720 = arith.addi %v2719, %v2639 : i64
        %v2721 = llvm.getelementptr %in_z[%v2718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2722 = llvm.load %v2721 : !llvm.ptr -> f32
        %v2723 = arith.addi %v2638, %v319 : i64
        %v2724 = arith.constant true
        %v2725 = arith.addi %v68, %v2723 : i64
        %v2726 = llvm.getelementptr %v20[%v2725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2727 = llvm.load %v2726 : !llvm.ptr<3> -> i64
        %v2728 = arith.addi %v1771, %v2639 : i64
        %v2729 = arith.cmpi slt, %v2728, %size_L : i64
        %v2730 = arith.subi %size_L, %v2 : i64
        %v2731 = arith.minsi %v2728, %v2730 : i64
        %v2732 = arith.addi %v2727, %v2731 : i64
        %v2733 = arith.muli %v2725, %v250 : i64
        %v2734 = arith.addi %v2733, %v2639 : i64
        %v2735 = llvm.getelementptr %in_z[%v2732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2736 = llvm.load %v2735 : !llvm.ptr -> f32
        %v2737 = arith.addi %v2638, %v332 : i64
        %v2738 = arith.constant true
        %v2739 = arith.addi %v68, %v2737 : i64
        %v2740 = llvm.getelementptr %v20[%v2739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2741 = llvm.load %v2740 : !llvm.ptr<3> -> i64
        %v2742 = arith.addi %v1771, %v2639 : i64
        %v2743 = arith.cmpi slt, %v2742, %size_L : i64
        %v2744 = arith.subi %size_L, %v2 : i64
        %v2745 = arith.minsi %v2742, %v2744 : i64
        %v2746 = arith.addi %v2741, %v2745 : i64
        %v2747 = arith.muli %v2739, %v250 : i64
        %v2748 = arith.addi %v2747, %v2639 : i64
        %v2749 = llvm.getelementptr %in_z[%v2746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2750 = llvm.load %v2749 : !llvm.ptr -> f32
        %v2751 = arith.addi %v2638, %v1 : i64
        %v2752 = arith.constant true
        %v2753 = arith.addi %v68, %v2751 : i64
        %v2754 = llvm.getelementptr %v20[%v2753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2755 = llvm.load %v2754 : !llvm.ptr<3> -> i64
        %v2756 = arith.addi %v1771, %v2639 : i64
        %v2757 = arith.cmpi slt, %v2756, %size_L : i64
        %v2758 = arith.subi %size_L, %v2 : i64
        %v2759 = arith.minsi %v2756, %v2758 : i64
        %v2760 = arith.addi %v2755, %v2759 : i64
        %v2761 = arith.muli %v2753, %v250 : i64
        %v2762 = arith.addi %v2761, %v2639 : i64
        %v2763 = llvm.getelementptr %in_z[%v2760] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2764 = llvm.load %v2763 : !llvm.ptr -> f32
        %v2765 = arith.addi %v2638, %v357 : i64
        %v2766 = arith.constant true
        %v2767 = arith.addi %v68, %v2765 : i64
        %v2768 = llvm.getelementptr %v20[%v2767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2769 = llvm.load %v2768 : !llvm.ptr<3> -> i64
        %v2770 = arith.addi %v1771, %v2639 : i64
        %v2771 = arith.cmpi slt, %v2770, %size_L : i64
        %v2772 = arith.subi %size_L, %v2 : i64
        %v2773 = arith.minsi %v2770, %v2772 : i64
        %v2774 = arith.addi %v2769, %v2773 : i64
        %v2775 = arith.muli %v2767, %v250 : i64
        %v2776 = arith.addi %v2775, %v2639 : i64
        %v2777 = llvm.getelementptr %in_z[%v2774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2778 = llvm.load %v2777 : !llvm.ptr -> f32
        %v2779 = arith.addi %v2638, %v370 : i64
        %v2780 = arith.constant true
        %v2781 = arith.addi %v68, %v2779 : i64
        %v2782 = llvm.getelementptr %v20[%v2781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2783 = llvm.load %v2782 : !llvm.ptr<3> -> i64
        %v2784 = arith.addi %v1771, %v2639 : i64
        %v2785 = arith.cmpi slt, %v2784, %size_L : i64
        %v2786 = arith.subi %size_L, %v2 : i64
        %v2787 = arith.minsi %v2784, %v2786 : i64
        %v2788 = arith.addi %v2783, %v2787 : i64
        %v2789 = arith.muli %v2781, %v250 : i64
        %v2790 = arith.addi %v2789, %v2639 : i64
        %v2791 = llvm.getelementptr %in_z[%v2788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2792 = llvm.load %v2791 : !llvm.ptr -> f32
        %v2793 = arith.addi %v2638, %v383 : i64
        %v2794 = arith.constant true
        %v2795 = arith.addi %v68, %v2793 : i64
        %v2796 = llvm.getelementptr %v20[%v2795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2797 = llvm.load %v2796 : !llvm.ptr<3> -> i64
        %v2798 = arith.addi %v1771, %v2639 : i64
        %v2799 = arith.cmpi slt, %v2798, %size_L : i64
        %v2800 = arith.subi %size_L, %v2 : i64
        %v2801 = arith.minsi %v2798, %v2800 : i64
        %v2802 = arith.addi %v2797, %v2801 : i64
        %v2803 = arith.muli %v2795, %v250 : i64
        %v2804 = arith.addi %v2803, %v2639 : i64
        %v2805 = llvm.getelementptr %in_z[%v2802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2806 = llvm.load %v2805 : !llvm.ptr -> f32
        %v2807 = arith.addi %v2638, %v396 : i64
        %v2808 = arith.constant true
        %v2809 = arith.addi %v68, %v2807 : i64
        %v2810 = llvm.getelementptr %v20[%v2809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2811 = llvm.load %v2810 : !llvm.ptr<3> -> i64
        %v2812 = arith.addi %v1771, %v2639 : i64
        %v2813 = arith.cmpi slt, %v2812, %size_L : i64
        %v2814 = arith.subi %size_L, %v2 : i64
        %v2815 = arith.minsi %v2812, %v2814 : i64
        %v2816 = arith.addi %v2811, %v2815 : i64
        %v2817 = arith.muli %v2809, %v250 : i64
        %v2818 = arith.addi %v2817, %v2639 : i64
        %v2819 = llvm.getelementptr %in_z[%v2816] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2820 = llvm.load %v2819 : !llvm.ptr -> f32
        %v2821 = arith.addi %v2638, %v409 : i64
        %v2822 = arith.constant true
        %v2823 = arith.addi %v68, %v2821 : i64
        %v2824 = llvm.getelementptr %v20[%v2823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2825 = llvm.load %v2824 : !llvm.ptr<3> -> i64
        %v2826 = arith.addi %v1771, %v2639 : i64
        %v2827 = arith.cmpi slt, %v2826, %size_L : i64
        %v2828 = arith.subi %size_L, %v2 : i64
        %v2829 = arith.minsi %v2826, %v2828 : i64
        %v2830 = arith.addi %v2825, %v2829 : i64
        %v2831 = arith.muli %v2823, %v250 : i64
        %v2832 = arith.addi %v2831, %v2639 : i64
        %v2833 = llvm.getelementptr %in_z[%v2830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2834 = llvm.load %v2833 : !llvm.ptr -> f32
        %v2835 = arith.addi %v2638, %v422 : i64
        %v2836 = arith.constant true
        %v2837 = arith.addi %v68, %v2835 : i64
        %v2838 = llvm.getelementptr %v20[%v2837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2839 = llvm.load %v2838 : !llvm.ptr<3> -> i64
        %v2840 = arith.addi %v1771, %v2639 : i64
        %v2841 = arith.cmpi slt, %v2840, %size_L : i64
        %v2842 = arith.subi %size_L, %v2 : i64
        %v2843 = arith.minsi %v2840, %v2842 : i64
        %v2844 = arith.addi %v2839, %v2843 : i64
        %v2845 = arith.muli %v2837, %v250 : i64
        %v2846 = arith.addi %v2845, %v2639 : i64
        %v2847 = llvm.getelementptr %in_z[%v2844] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2848 = llvm.load %v2847 : !llvm.ptr -> f32
        %v2849 = arith.addi %v2638, %v435 : i64
        %v2850 = arith.constant true
        %v2851 = arith.addi %v68, %v2849 : i64
        %v2852 = llvm.getelementptr %v20[%v2851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2853 = llvm.load %v2852 : !llvm.ptr<3> -> i64
        %v2854 = arith.addi %v1771, %v2639 : i64
        %v2855 = arith.cmpi slt, %v2854, %size_L : i64
        %v2856 = arith.subi %size_L, %v2 : i64
        %v2857 = arith.minsi %v2854, %v2856 : i64
        %v2858 = arith.addi %v2853, %v2857 : i64
        %v2859 = arith.muli %v2851, %v250 : i64
        %v2860 = arith.addi %v2859, %v2639 : i64
        %v2861 = llvm.getelementptr %in_z[%v2858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2862 = llvm.load %v2861 : !llvm.ptr -> f32
        %v2863 = arith.addi %v2638, %v240 : i64
        %v2864 = arith.constant true
        %v2865 = arith.addi %v68, %v2863 : i64
        %v2866 = llvm.getelementptr %v20[%v2865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2867 = llvm.load %v2866 : !llvm.ptr<3> -> i64
        %v2868 = arith.addi %v1771, %v2639 : i64
        %v2869 = arith.cmpi slt, %v2868, %size_L : i64
        %v2870 = arith.subi %size_L, %v2 : i64
        %v2871 = arith.minsi %v2868, %v2870 : i64
        %v2872 = arith.addi %v2867, %v2871 : i64
        %v2873 = arith.muli %v2865, %v250 : i64
        %v2874 = arith.addi %v2873, %v2639 : i64
        %v2875 = llvm.getelementptr %in_z[%v2872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2876 = llvm.load %v2875 : !llvm.ptr -> f32
        %v2877 = arith.addi %v2638, %v460 : i64
        %v2878 = arith.constant true
        %v2879 = arith.addi %v68, %v2877 : i64
        %v2880 = llvm.getelementptr %v20[%v2879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2881 = llvm.load %v2880 : !llvm.ptr<3> -> i64
        %v2882 = arith.addi %v1771, %v2639 : i64
        %v2883 = arith.cmpi slt, %v2882, %size_L : i64
        %v2884 = arith.subi %size_L, %v2 : i64
        %v2885 = arith.minsi %v2882, %v2884 : i64
        %v2886 = arith.addi %v2881, %v2885 : i64
        %v2887 = arith.muli %v2879, %v250 : i64
        %v2888 = arith.addi %v2887, %v2639 : i64
        %v2889 = llvm.getelementptr %in_z[%v2886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2890 = llvm.load %v2889 : !llvm.ptr -> f32
        %v2891 = arith.addi %v2638, %v473 : i64
        %v2892 = arith.constant true
        %v2893 = arith.addi %v68, %v2891 : i64
        %v2894 = llvm.getelementptr %v20[%v2893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2895 = llvm.load %v2894 : !llvm.ptr<3> -> i64
        %v2896 = arith.addi %v1771, %v2639 : i64
        %v2897 = arith.cmpi slt, %v2896, %size_L : i64
        %v2898 = arith.subi %size_L, %v2 : i64
        %v2899 = arith.minsi %v2896, %v2898 : i64
        %v2900 = arith.addi %v2895, %v2899 : i64
        %v2901 = arith.muli %v2893, %v250 : i64
        %v2902 = arith.addi %v2901, %v2639 : i64
        %v2903 = llvm.getelementptr %in_z[%v2900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2904 = llvm.load %v2903 : !llvm.ptr -> f32
        %v2905 = arith.addi %v2638, %v486 : i64
        %v2906 = arith.constant true
        %v2907 = arith.addi %v68, %v2905 : i64
        %v2908 = llvm.getelementptr %v20[%v2907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2909 = llvm.load %v2908 : !llvm.ptr<3> -> i64
        %v2910 = arith.addi %v1771, %v2639 : i64
        %v2911 = arith.cmpi slt, %v2910, %size_L : i64
        %v2912 = arith.subi %size_L, %v2 : i64
        %v2913 = arith.minsi %v2910, %v2912 : i64
        %v2914 = arith.addi %v2909, %v2913 : i64
        %v2915 = arith.muli %v2907, %v250 : i64
        %v2916 = arith.addi %v2915, %v2639 : i64
        %v2917 = llvm.getelementptr %in_z[%v2914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2918 = llvm.load %v2917 : !llvm.ptr -> f32
        %v2919 = arith.addi %v2638, %v499 : i64
        %v2920 = arith.constant true
        %v2921 = arith.addi %v68, %v2919 : i64
        %v2922 = llvm.getelementptr %v20[%v2921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2923 = llvm.load %v2922 : !llvm.ptr<3> -> i64
        %v2924 = arith.addi %v1771, %v2639 : i64
        %v2925 = arith.cmpi slt, %v2924, %size_L : i64
        %v2926 = arith.subi %size_L, %v2 : i64
        %v2927 = arith.minsi %v2924, %v2926 : i64
        %v2928 = arith.addi %v2923, %v2927 : i64
        %v2929 = arith.muli %v2921, %v250 : i64
        %v2930 = arith.addi %v2929, %v2639 : i64
        %v2931 = llvm.getelementptr %in_z[%v2928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2932 = llvm.load %v2931 : !llvm.ptr -> f32
        %v2933 = arith.addi %v2638, %v512 : i64
        %v2934 = arith.constant true
        %v2935 = arith.addi %v68, %v2933 : i64
        %v2936 = llvm.getelementptr %v20[%v2935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2937 = llvm.load %v2936 : !llvm.ptr<3> -> i64
        %v2938 = arith.addi %v1771, %v2639 : i64
        %v2939 = arith.cmpi slt, %v2938, %size_L : i64
        %v2940 = arith.subi %size_L, %v2 : i64
        %v2941 = arith.minsi %v2938, %v2940 : i64
        %v2942 = arith.addi %v2937, %v2941 : i64
        %v2943 = arith.muli %v2935, %v250 : i64
        %v2944 = arith.addi %v2943, %v2639 : i64
        %v2945 = llvm.getelementptr %in_z[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2946 = llvm.load %v2945 : !llvm.ptr -> f32
        %v2947 = arith.addi %v2638, %v525 : i64
        %v2948 = arith.constant true
        %v2949 = arith.addi %v68, %v2947 : i64
        %v2950 = llvm.getelementptr %v20[%v2949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2951 = llvm.load %v2950 : !llvm.ptr<3> -> i64
        %v2952 = arith.addi %v1771, %v2639 : i64
        %v2953 = arith.cmpi slt, %v2952, %size_L : i64
        %v2954 = arith.subi %size_L, %v2 : i64
        %v2955 = arith.minsi %v2952, %v2954 : i64
        %v2956 = arith.addi %v2951, %v2955 : i64
        %v2957 = arith.muli %v2949, %v250 : i64
        %v2958 = arith.addi %v2957, %v2639 : i64
        %v2959 = llvm.getelementptr %in_z[%v2956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2960 = llvm.load %v2959 : !llvm.ptr -> f32
        %v2961 = arith.addi %v2638, %v538 : i64
        %v2962 = arith.constant true
        %v2963 = arith.addi %v68, %v2961 : i64
        %v2964 = llvm.getelementptr %v20[%v2963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2965 = llvm.load %v2964 : !llvm.ptr<3> -> i64
        %v2966 = arith.addi %v1771, %v2639 : i64
        %v2967 = arith.cmpi slt, %v2966, %size_L : i64
        %v2968 = arith.subi %size_L, %v2 : i64
        %v2969 = arith.minsi %v2966, %v2968 : i64
        %v2970 = arith.addi %v2965, %v2969 : i64
        %v2971 = arith.muli %v2963, %v250 : i64
        %v2972 = arith.addi %v2971, %v2639 : i64
        %v2973 = llvm.getelementptr %in_z[%v2970] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2974 = llvm.load %v2973 : !llvm.ptr -> f32
        %v2975 = arith.addi %v2638, %v551 : i64
        %v2976 = arith.constant true
        %v2977 = arith.addi %v68, %v2975 : i64
        %v2978 = llvm.getelementptr %v20[%v2977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2979 = llvm.load %v2978 : !llvm.ptr<3> -> i64
        %v2980 = arith.addi %v1771, %v2639 : i64
        %v2981 = arith.cmpi slt, %v2980, %size_L : i64
        %v2982 = arith.subi %size_L, %v2 : i64
        %v2983 = arith.minsi %v2980, %v2982 : i64
        %v2984 = arith.addi %v2979, %v2983 : i64
        %v2985 = arith.muli %v2977, %v250 : i64
        %v2986 = arith.addi %v2985, %v2639 : i64
        %v2987 = llvm.getelementptr %in_z[%v2984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2988 = llvm.load %v2987 : !llvm.ptr -> f32
        %v2989 = arith.addi %v2638, %v564 : i64
        %v2990 = arith.constant true
        %v2991 = arith.addi %v68, %v2989 : i64
        %v2992 = llvm.getelementptr %v20[%v2991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2993 = llvm.load %v2992 : !llvm.ptr<3> -> i64
        %v2994 = arith.addi %v1771, %v2639 : i64
        %v2995 = arith.cmpi slt, %v2994, %size_L : i64
        %v2996 = arith.subi %size_L, %v2 : i64
        %v2997 = arith.minsi %v2994, %v2996 : i64
        %v2998 = arith.addi %v2993, %v2997 : i64
        %v2999 = arith.muli %v2991, %v250 : i64
        %v3000 = arith.addi %v2999, %v2639 : i64
        %v3001 = llvm.getelementptr %in_z[%v2998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3002 = llvm.load %v3001 : !llvm.ptr -> f32
        %v3003 = arith.addi %v2638, %v577 : i64
        %v3004 = arith.constant true
        %v3005 = arith.addi %v68, %v3003 : i64
        %v3006 = llvm.getelementptr %v20[%v3005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3007 = llvm.load %v3006 : !llvm.ptr<3> -> i64
        %v3008 = arith.addi %v1771, %v2639 : i64
        %v3009 = arith.cmpi slt, %v3008, %size_L : i64
        %v3010 = arith.subi %size_L, %v2 : i64
        %v3011 = arith.minsi %v3008, %v3010 : i64
        %v3012 = arith.addi %v3007, %v3011 : i64
        %v3013 = arith.muli %v3005, %v250 : i64
        %v3014 = arith.addi %v3013, %v2639 : i64
        %v3015 = llvm.getelementptr %in_z[%v3012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3016 = llvm.load %v3015 : !llvm.ptr -> f32
        %v3017 = arith.addi %v2638, %v590 : i64
        %v3018 = arith.constant true
        %v3019 = arith.addi %v68, %v3017 : i64
        %v3020 = llvm.getelementptr %v20[%v3019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3021 = llvm.load %v3020 : !llvm.ptr<3> -> i64
        %v3022 = arith.addi %v1771, %v2639 : i64
        %v3023 = arith.cmpi slt, %v3022, %size_L : i64
        %v3024 = arith.subi %size_L, %v2 : i64
        %v3025 = arith.minsi %v3022, %v3024 : i64
        %v3026 = arith.addi %v3021, %v3025 : i64
        %v3027 = arith.muli %v3019, %v250 : i64
        %v3028 = arith.addi %v3027, %v2639 : i64
        %v3029 = llvm.getelementptr %in_z[%v3026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3030 = llvm.load %v3029 : !llvm.ptr -> f32
        %v3031 = arith.addi %v2638, %v603 : i64
        %v3032 = arith.constant true
        %v3033 = arith.addi %v68, %v3031 : i64
        %v3034 = llvm.getelementptr %v20[%v3033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3035 = llvm.load %v3034 : !llvm.ptr<3> -> i64
        %v3036 = arith.addi %v1771, %v2639 : i64
        %v3037 = arith.cmpi slt, %v3036, %size_L : i64
        %v3038 = arith.subi %size_L, %v2 : i64
        %v3039 = arith.minsi %v3036, %v3038 : i64
        %v3040 = arith.addi %v3035, %v3039 : i64
        %v3041 = arith.muli %v3033, %v250 : i64
        %v3042 = arith.addi %v3041, %v2639 : i64
        %v3043 = llvm.getelementptr %in_z[%v3040] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3044 = llvm.load %v3043 : !llvm.ptr -> f32
        %v3045 = arith.addi %v2638, %v616 : i64
        %v3046 = arith.constant true
        %v3047 = arith.addi %v68, %v3045 : i64
        %v3048 = llvm.getelementptr %v20[%v3047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3049 = llvm.load %v3048 : !llvm.ptr<3> -> i64
        %v3050 = arith.addi %v1771, %v2639 : i64
        %v3051 = arith.cmpi slt, %v3050, %size_L : i64
        %v3052 = arith.subi %size_L, %v2 : i64
        %v3053 = arith.minsi %v3050, %v3052 : i64
        %v3054 = arith.addi %v3049, %v3053 : i64
        %v3055 = arith.muli %v3047, %v250 : i64
        %v3056 = arith.addi %v3055, %v2639 : i64
        %v3057 = llvm.getelementptr %in_z[%v3054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3058 = llvm.load %v3057 : !llvm.ptr -> f32
        %v3059 = arith.addi %v2638, %v629 : i64
        %v3060 = arith.constant true
        %v3061 = arith.addi %v68, %v3059 : i64
        %v3062 = llvm.getelementptr %v20[%v3061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3063 = llvm.load %v3062 : !llvm.ptr<3> -> i64
        %v3064 = arith.addi %v1771, %v2639 : i64
        %v3065 = arith.cmpi slt, %v3064, %size_L : i64
        %v3066 = arith.subi %size_L, %v2 : i64
        %v3067 = arith.minsi %v3064, %v3066 : i64
        %v3068 = arith.addi %v3063, %v3067 : i64
        %v3069 = arith.muli %v3061, %v250 : i64
        %v3070 = arith.addi %v3069, %v2639 : i64
        %v3071 = llvm.getelementptr %in_z[%v3068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3072 = llvm.load %v3071 : !llvm.ptr -> f32
        %v3073 = arith.addi %v2638, %v642 : i64
        %v3074 = arith.constant true
        %v3075 = arith.addi %v68, %v3073 : i64
        %v3076 = llvm.getelementptr %v20[%v3075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3077 = llvm.load %v3076 : !llvm.ptr<3> -> i64
        %v3078 = arith.addi %v1771, %v2639 : i64
        %v3079 = arith.cmpi slt, %v3078, %size_L : i64
        %v3080 = arith.subi %size_L, %v2 : i64
        %v3081 = arith.minsi %v3078, %v3080 : i64
        %v3082 = arith.addi %v3077, %v3081 : i64
        %v3083 = arith.muli %v3075, %v250 : i64
        %v3084 = arith.addi %v3083, %v2639 : i64
        %v3085 = llvm.getelementptr %in_z[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3086 = llvm.load %v3085 : !llvm.ptr -> f32
        %v3087 = arith.divui %v1770, %v67 : i64
        %v3088 = arith.index_cast %v53 : i64 to index
        %v3089 = arith.index_cast %v3087 : i64 to index
        %v3090 = arith.index_cast %v2 : i64 to index
        scf.for %v3091 = %v3088 to %v3089 step %v3090 {
          %v3092 = arith.index_cast %v3091 : index to i64
          %v3093 = arith.muli %v3092, %v67 : i64
          %v3094 = arith.addi %v3093, %v2 : i64
          %v3095 = arith.addi %v1589, %v3093 : i64
          %v3096 = arith.subi %v3095, %v1589 : i64
          %v3097 = llvm.getelementptr %v50[%v3096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3098 = llvm.load %v3097 : !llvm.ptr -> f32
          %v3099 = arith.subi %v3095, %v1589 : i64
          %v3100 = arith.addi %v1610, %v3099 : i64
          %v3101 = llvm.getelementptr %v50[%v3100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3102 = llvm.load %v3101 : !llvm.ptr -> f32
          %v3104 = arith.subi %v3095, %v1589 : i64
          %v3105 = arith.addi %v3103, %v3104 : i64
          %v3106 = llvm.getelementptr %v50[%v3105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3107 = llvm.load %v3106 : !llvm.ptr -> f32
          %v3109 = arith.subi %v3095, %v1589 : i64
          %v3110 = arith.addi %v3108, %v3109 : i64
          %v3111 = llvm.getelementptr %v50[%v3110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3112 = llvm.load %v3111 : !llvm.ptr -> f32
          %v3114 = arith.subi %v3095, %v1589 : i64
          %v3115 = arith.addi %v3113, %v3114 : i64
          %v3116 = llvm.getelementptr %v50[%v3115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3117 = llvm.load %v3116 : !llvm.ptr -> f32
          %v3120 = arith.subi %v3095, %v1589 : i64
          %v3121 = arith.addi %v3119, %v3120 : i64
          %v3122 = llvm.getelementptr %v50[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3123 = llvm.load %v3122 : !llvm.ptr -> f32
          %v3125 = arith.subi %v3095, %v1589 : i64
          %v3126 = arith.addi %v3124, %v3125 : i64
          %v3127 = llvm.getelementptr %v50[%v3126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3128 = llvm.load %v3127 : !llvm.ptr -> f32
          %v3131 = arith.subi %v3095, %v1589 : i64
          %v3132 = arith.addi %v3130, %v3131 : i64
          %v3133 = llvm.getelementptr %v50[%v3132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3134 = llvm.load %v3133 : !llvm.ptr -> f32
          %v3136 = arith.subi %v3095, %v1589 : i64
          %v3137 = arith.addi %v3135, %v3136 : i64
          %v3138 = llvm.getelementptr %v50[%v3137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3139 = llvm.load %v3138 : !llvm.ptr -> f32
          %v3142 = arith.subi %v3095, %v1589 : i64
          %v3143 = arith.addi %v3141, %v3142 : i64
          %v3144 = llvm.getelementptr %v50[%v3143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3145 = llvm.load %v3144 : !llvm.ptr -> f32
          %v3147 = arith.subi %v3095, %v1589 : i64
          %v3148 = arith.addi %v3146, %v3147 : i64
          %v3149 = llvm.getelementptr %v50[%v3148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3150 = llvm.load %v3149 : !llvm.ptr -> f32
          %v3153 = arith.subi %v3095, %v1589 : i64
          %v3154 = arith.addi %v3152, %v3153 : i64
          %v3155 = llvm.getelementptr %v50[%v3154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3156 = llvm.load %v3155 : !llvm.ptr -> f32
          %v3158 = arith.subi %v3095, %v1589 : i64
          %v3159 = arith.addi %v3157, %v3158 : i64
          %v3160 = llvm.getelementptr %v50[%v3159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3161 = llvm.load %v3160 : !llvm.ptr -> f32
          %v3164 = arith.subi %v3095, %v1589 : i64
          %v3165 = arith.addi %v3163, %v3164 : i64
          %v3166 = llvm.getelementptr %v50[%v3165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3167 = llvm.load %v3166 : !llvm.ptr -> f32
          %v3169 = arith.subi %v3095, %v1589 : i64
          %v3170 = arith.addi %v3168, %v3169 : i64
          %v3171 = llvm.getelementptr %v50[%v3170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3172 = llvm.load %v3171 : !llvm.ptr -> f32
          %v3175 = arith.subi %v3095, %v1589 : i64
          %v3176 = arith.addi %v3174, %v3175 : i64
          %v3177 = llvm.getelementptr %v50[%v3176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3178 = llvm.load %v3177 : !llvm.ptr -> f32
          %v3179 = arith.subi %v3095, %v1589 : i64
          %v3180 = llvm.getelementptr %v52[%v3179] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3181 = llvm.load %v3180 : !llvm.ptr -> f32
          %v3182 = arith.subi %v3095, %v1589 : i64
          %v3183 = arith.addi %v1610, %v3182 : i64
          %v3184 = llvm.getelementptr %v52[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3185 = llvm.load %v3184 : !llvm.ptr -> f32
          %v3186 = arith.subi %v3095, %v1589 : i64
          %v3187 = arith.addi %v3103, %v3186 : i64
          %v3188 = llvm.getelementptr %v52[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3189 = llvm.load %v3188 : !llvm.ptr -> f32
          %v3190 = arith.subi %v3095, %v1589 : i64
          %v3191 = arith.addi %v3108, %v3190 : i64
          %v3192 = llvm.getelementptr %v52[%v3191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3193 = llvm.load %v3192 : !llvm.ptr -> f32
          %v3194 = arith.subi %v3095, %v1589 : i64
          %v3195 = arith.addi %v3113, %v3194 : i64
          %v3196 = llvm.getelementptr %v52[%v3195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3197 = llvm.load %v3196 : !llvm.ptr -> f32
          %v3198 = arith.subi %v3095, %v1589 : i64
          %v3199 = arith.addi %v3119, %v3198 : i64
          %v3200 = llvm.getelementptr %v52[%v3199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3201 = llvm.load %v3200 : !llvm.ptr -> f32
          %v3202 = arith.subi %v3095, %v1589 : i64
          %v3203 = arith.addi %v3124, %v3202 : i64
          %v3204 = llvm.getelementptr %v52[%v3203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3205 = llvm.load %v3204 : !llvm.ptr -> f32
          %v3206 = arith.subi %v3095, %v1589 : i64
          %v3207 = arith.addi %v3130, %v3206 : i64
          %v3208 = llvm.getelementptr %v52[%v3207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3209 = llvm.load %v3208 : !llvm.ptr -> f32
          %v3210 = arith.subi %v3095, %v1589 : i64
          %v3211 = arith.addi %v3135, %v3210 : i64
          %v3212 = llvm.getelementptr %v52[%v3211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3213 = llvm.load %v3212 : !llvm.ptr -> f32
          %v3214 = arith.subi %v3095, %v1589 : i64
          %v3215 = arith.addi %v3141, %v3214 : i64
          %v3216 = llvm.getelementptr %v52[%v3215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3217 = llvm.load %v3216 : !llvm.ptr -> f32
          %v3218 = arith.subi %v3095, %v1589 : i64
          %v3219 = arith.addi %v3146, %v3218 : i64
          %v3220 = llvm.getelementptr %v52[%v3219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3221 = llvm.load %v3220 : !llvm.ptr -> f32
          %v3222 = arith.subi %v3095, %v1589 : i64
          %v3223 = arith.addi %v3152, %v3222 : i64
          %v3224 = llvm.getelementptr %v52[%v3223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3225 = llvm.load %v3224 : !llvm.ptr -> f32
          %v3226 = arith.subi %v3095, %v1589 : i64
          %v3227 = arith.addi %v3157, %v3226 : i64
          %v3228 = llvm.getelementptr %v52[%v3227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3229 = llvm.load %v3228 : !llvm.ptr -> f32
          %v3230 = arith.subi %v3095, %v1589 : i64
          %v3231 = arith.addi %v3163, %v3230 : i64
          %v3232 = llvm.getelementptr %v52[%v3231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3233 = llvm.load %v3232 : !llvm.ptr -> f32
          %v3234 = arith.subi %v3095, %v1589 : i64
          %v3235 = arith.addi %v3168, %v3234 : i64
          %v3236 = llvm.getelementptr %v52[%v3235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3237 = llvm.load %v3236 : !llvm.ptr -> f32
          %v3238 = arith.subi %v3095, %v1589 : i64
          %v3239 = arith.addi %v3174, %v3238 : i64
          %v3240 = llvm.getelementptr %v52[%v3239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3241 = llvm.load %v3240 : !llvm.ptr -> f32
          %v3242 = arith.addi %v1589, %v3094 : i64
          %v3243 = arith.subi %v3242, %v1589 : i64
          %v3244 = llvm.getelementptr %v50[%v3243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3245 = llvm.load %v3244 : !llvm.ptr -> f32
          %v3246 = arith.subi %v3242, %v1589 : i64
          %v3247 = arith.addi %v1610, %v3246 : i64
          %v3248 = llvm.getelementptr %v50[%v3247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3249 = llvm.load %v3248 : !llvm.ptr -> f32
          %v3250 = arith.subi %v3242, %v1589 : i64
          %v3251 = arith.addi %v3103, %v3250 : i64
          %v3252 = llvm.getelementptr %v50[%v3251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3253 = llvm.load %v3252 : !llvm.ptr -> f32
          %v3254 = arith.subi %v3242, %v1589 : i64
          %v3255 = arith.addi %v3108, %v3254 : i64
          %v3256 = llvm.getelementptr %v50[%v3255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3257 = llvm.load %v3256 : !llvm.ptr -> f32
          %v3258 = arith.subi %v3242, %v1589 : i64
          %v3259 = arith.addi %v3113, %v3258 : i64
          %v3260 = llvm.getelementptr %v50[%v3259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3261 = llvm.load %v3260 : !llvm.ptr -> f32
          %v3262 = arith.subi %v3242, %v1589 : i64
          %v3263 = arith.addi %v3119, %v3262 : i64
          %v3264 = llvm.getelementptr %v50[%v3263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3265 = llvm.load %v3264 : !llvm.ptr -> f32
          %v3266 = arith.subi %v3242, %v1589 : i64
          %v3267 = arith.addi %v3124, %v3266 : i64
          %v3268 = llvm.getelementptr %v50[%v3267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3269 = llvm.load %v3268 : !llvm.ptr -> f32
          %v3270 = arith.subi %v3242, %v1589 : i64
          %v3271 = arith.addi %v3130, %v3270 : i64
          %v3272 = llvm.getelementptr %v50[%v3271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3273 = llvm.load %v3272 : !llvm.ptr -> f32
          %v3274 = arith.subi %v3242, %v1589 : i64
          %v3275 = arith.addi %v3135, %v3274 : i64
          %v3276 = llvm.getelementptr %v50[%v3275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3277 = llvm.load %v3276 : !llvm.ptr -> f32
          %v3278 = arith.subi %v3242, %v1589 : i64
          %v3279 = arith.addi %v3141, %v3278 : i64
          %v3280 = llvm.getelementptr %v50[%v3279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3281 = llvm.load %v3280 : !llvm.ptr -> f32
          %v3282 = arith.subi %v3242, %v1589 : i64
          %v3283 = arith.addi %v3146, %v3282 : i64
          %v3284 = llvm.getelementptr %v50[%v3283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3285 = llvm.load %v3284 : !llvm.ptr -> f32
          %v3286 = arith.subi %v3242, %v1589 : i64
          %v3287 = arith.addi %v3152, %v3286 : i64
          %v3288 = llvm.getelementptr %v50[%v3287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3289 = llvm.load %v3288 : !llvm.ptr -> f32
          %v3290 = arith.subi %v3242, %v1589 : i64
          %v3291 = arith.addi %v3157, %v3290 : i64
          %v3292 = llvm.getelementptr %v50[%v3291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3293 = llvm.load %v3292 : !llvm.ptr -> f32
          %v3294 = arith.subi %v3242, %v1589 : i64
          %v3295 = arith.addi %v3163, %v3294 : i64
          %v3296 = llvm.getelementptr %v50[%v3295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3297 = llvm.load %v3296 : !llvm.ptr -> f32
          %v3298 = arith.subi %v3242, %v1589 : i64
          %v3299 = arith.addi %v3168, %v3298 : i64
          %v3300 = llvm.getelementptr %v50[%v3299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3301 = llvm.load %v3300 : !llvm.ptr -> f32
          %v3302 = arith.subi %v3242, %v1589 : i64
          %v3303 = arith.addi %v3174, %v3302 : i64
          %v3304 = llvm.getelementptr %v50[%v3303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3305 = llvm.load %v3304 : !llvm.ptr -> f32
          %v3306 = arith.subi %v3242, %v1589 : i64
          %v3307 = llvm.getelementptr %v52[%v3306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3308 = llvm.load %v3307 : !llvm.ptr -> f32
          %v3309 = arith.subi %v3242, %v1589 : i64
          %v3310 = arith.addi %v1610, %v3309 : i64
          %v3311 = llvm.getelementptr %v52[%v3310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3312 = llvm.load %v3311 : !llvm.ptr -> f32
          %v3313 = arith.subi %v3242, %v1589 : i64
          %v3314 = arith.addi %v3103, %v3313 : i64
          %v3315 = llvm.getelementptr %v52[%v3314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3316 = llvm.load %v3315 : !llvm.ptr -> f32
          %v3317 = arith.subi %v3242, %v1589 : i64
          %v3318 = arith.addi %v3108, %v3317 : i64
          %v3319 = llvm.getelementptr %v52[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
          %v3321 = arith.subi %v3242, %v1589 : i64
          %v3322 = arith.addi %v3113, %v3321 : i64
          %v3323 = llvm.getelementptr %v52[%v3322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3324 = llvm.load %v3323 : !llvm.ptr -> f32
          %v3325 = arith.subi %v3242, %v1589 : i64
          %v3326 = arith.addi %v3119, %v3325 : i64
          %v3327 = llvm.getelementptr %v52[%v3326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3328 = llvm.load %v3327 : !llvm.ptr -> f32
          %v3329 = arith.subi %v3242, %v1589 : i64
          %v3330 = arith.addi %v3124, %v3329 : i64
          %v3331 = llvm.getelementptr %v52[%v3330] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3332 = llvm.load %v3331 : !llvm.ptr -> f32
          %v3333 = arith.subi %v3242, %v1589 : i64
          %v3334 = arith.addi %v3130, %v3333 : i64
          %v3335 = llvm.getelementptr %v52[%v3334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3336 = llvm.load %v3335 : !llvm.ptr -> f32
          %v3337 = arith.subi %v3242, %v1589 : i64
          %v3338 = arith.addi %v3135, %v3337 : i64
          %v3339 = llvm.getelementptr %v52[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
          %v3341 = arith.subi %v3242, %v1589 : i64
          %v3342 = arith.addi %v3141, %v3341 : i64
          %v3343 = llvm.getelementptr %v52[%v3342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3344 = llvm.load %v3343 : !llvm.ptr -> f32
          %v3345 = arith.subi %v3242, %v1589 : i64
          %v3346 = arith.addi %v3146, %v3345 : i64
          %v3347 = llvm.getelementptr %v52[%v3346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3348 = llvm.load %v3347 : !llvm.ptr -> f32
          %v3349 = arith.subi %v3242, %v1589 : i64
          %v3350 = arith.addi %v3152, %v3349 : i64
          %v3351 = llvm.getelementptr %v52[%v3350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3352 = llvm.load %v3351 : !llvm.ptr -> f32
          %v3353 = arith.subi %v3242, %v1589 : i64
          %v3354 = arith.addi %v3157, %v3353 : i64
          %v3355 = llvm.getelementptr %v52[%v3354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3356 = llvm.load %v3355 : !llvm.ptr -> f32
          %v3357 = arith.subi %v3242, %v1589 : i64
          %v3358 = arith.addi %v3163, %v3357 : i64
          %v3359 = llvm.getelementptr %v52[%v3358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3360 = llvm.load %v3359 : !llvm.ptr -> f32
          %v3361 = arith.subi %v3242, %v1589 : i64
          %v3362 = arith.addi %v3168, %v3361 : i64
          %v3363 = llvm.getelementptr %v52[%v3362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3364 = llvm.load %v3363 : !llvm.ptr -> f32
          %v3365 = arith.subi %v3242, %v1589 : i64
          %v3366 = arith.addi %v3174, %v3365 : i64
          %v3367 = llvm.getelementptr %v52[%v3366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3368 = llvm.load %v3367 : !llvm.ptr -> f32
          %v3369 = arith.addi %v1589, %v3093 : i64
          %v3375 = arith.addi %v30, %v28 : i64
          %v3376 = arith.muli %v3375, %v250 : i64
          %v3377 = arith.addi %v3376, %v3093 : i64
          %v3378 = llvm.getelementptr %v21[%v3377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3379 = llvm.load %v3378 : !llvm.ptr<3> -> f32
          %v3382 = arith.addf %v3379, %v3381 fastmath<contract> : f32
          %v3383 = arith.maximumf %v3382, %v89 : f32
          %v3384 = llvm.call_intrinsic "llvm.fabs.f32"(%v3382) : (f32) -> f32
          %v3385 = arith.negf %v3384 : f32
          %v3386 = arith.mulf %v3385, %v3373 fastmath<contract> : f32
          %v3387 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3386) : (f32) -> f32
          %v3389 = arith.addf %v3388, %v3387 fastmath<contract> : f32
          %v3390 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3389) : (f32) -> f32
          %v3392 = arith.mulf %v3390, %v3391 fastmath<contract> : f32
          %v3394 = arith.mulf %v3393, %v3387 fastmath<contract> : f32
          %v3396 = arith.addf %v3394, %v3395 fastmath<contract> : f32
          %v3397 = arith.mulf %v3396, %v3387 fastmath<contract> : f32
          %v3399 = arith.addf %v3397, %v3398 fastmath<contract> : f32
          %v3400 = arith.mulf %v3399, %v3387 fastmath<contract> : f32
          %v3402 = arith.addf %v3400, %v3401 fastmath<contract> : f32
          %v3403 = arith.mulf %v3402, %v3387 fastmath<contract> : f32
          %v3405 = arith.addf %v3403, %v3404 fastmath<contract> : f32
          %v3406 = arith.mulf %v3405, %v3387 fastmath<contract> : f32
          %v3408 = arith.addf %v3406, %v3407 fastmath<contract> : f32
          %v3409 = arith.mulf %v3408, %v3387 fastmath<contract> : f32
          %v3410 = arith.addf %v3409, %v3388 fastmath<contract> : f32
          %v3411 = arith.mulf %v3410, %v3387 fastmath<contract> : f32
          %v3412 = llvm.call_intrinsic "llvm.fabs.f32"(%v3387) : (f32) -> f32
          %v3414 = arith.cmpf olt, %v3412, %v3413 : f32
          %v3415 = arith.select %v3414, %v3411, %v3392 : f32
          %v3416 = arith.addf %v3383, %v3415 fastmath<contract> : f32
          %v3417 = arith.mulf %v3416, %v3374 fastmath<contract> : f32
          %v3418 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3417) : (f32) -> f32
          %v3419 = arith.muli %v28, %v250 : i64
          %v3420 = arith.addi %v3419, %v3093 : i64
          %v3421 = llvm.getelementptr %v21[%v3420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3422 = llvm.load %v3421 : !llvm.ptr<3> -> f32
          %v3423 = arith.mulf %v3416, %v3422 fastmath<contract> : f32
          %v3424 = arith.mulf %v3098, %v3423 fastmath<contract> : f32
          %v3425 = llvm.load %v4 : !llvm.ptr -> f32
          %v3426 = arith.mulf %v3418, %v3425 fastmath<contract> : f32
          %v3427 = arith.addf %v3426, %v3424 fastmath<contract> : f32
          %v3434 = arith.mulf %v3416, %v3433 fastmath<contract> : f32
          %v3435 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3434) : (f32) -> f32
          %v3436 = arith.mulf %v3102, %v3423 fastmath<contract> : f32
          %v3437 = llvm.load %v5 : !llvm.ptr -> f32
          %v3438 = arith.mulf %v3435, %v3437 fastmath<contract> : f32
          %v3439 = arith.addf %v3438, %v3436 fastmath<contract> : f32
          %v3446 = arith.mulf %v3416, %v3445 fastmath<contract> : f32
          %v3447 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3446) : (f32) -> f32
          %v3448 = arith.mulf %v3107, %v3423 fastmath<contract> : f32
          %v3449 = llvm.load %v6 : !llvm.ptr -> f32
          %v3450 = arith.mulf %v3447, %v3449 fastmath<contract> : f32
          %v3451 = arith.addf %v3450, %v3448 fastmath<contract> : f32
          %v3458 = arith.mulf %v3416, %v3457 fastmath<contract> : f32
          %v3459 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3458) : (f32) -> f32
          %v3460 = arith.mulf %v3112, %v3423 fastmath<contract> : f32
          %v3461 = llvm.load %v7 : !llvm.ptr -> f32
          %v3462 = arith.mulf %v3459, %v3461 fastmath<contract> : f32
          %v3463 = arith.addf %v3462, %v3460 fastmath<contract> : f32
          %v3470 = arith.mulf %v3416, %v3469 fastmath<contract> : f32
          %v3471 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3470) : (f32) -> f32
          %v3472 = arith.mulf %v3117, %v3423 fastmath<contract> : f32
          %v3473 = llvm.load %v8 : !llvm.ptr -> f32
          %v3474 = arith.mulf %v3471, %v3473 fastmath<contract> : f32
          %v3475 = arith.addf %v3474, %v3472 fastmath<contract> : f32
          %v3482 = arith.mulf %v3416, %v3481 fastmath<contract> : f32
          %v3483 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3482) : (f32) -> f32
          %v3484 = arith.mulf %v3123, %v3423 fastmath<contract> : f32
          %v3485 = llvm.load %v9 : !llvm.ptr -> f32
          %v3486 = arith.mulf %v3483, %v3485 fastmath<contract> : f32
          %v3487 = arith.addf %v3486, %v3484 fastmath<contract> : f32
          %v3494 = arith.mulf %v3416, %v3493 fastmath<contract> : f32
          %v3495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3494) : (f32) -> f32
          %v3496 = arith.mulf %v3128, %v3423 fastmath<contract> : f32
          %v3497 = llvm.load %v10 : !llvm.ptr -> f32
          %v3498 = arith.mulf %v3495, %v3497 fastmath<contract> : f32
          %v3499 = arith.addf %v3498, %v3496 fastmath<contract> : f32
          %v3506 = arith.mulf %v3416, %v3505 fastmath<contract> : f32
          %v3507 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3506) : (f32) -> f32
          %v3508 = arith.mulf %v3134, %v3423 fastmath<contract> : f32
          %v3509 = llvm.load %v11 : !llvm.ptr -> f32
          %v3510 = arith.mulf %v3507, %v3509 fastmath<contract> : f32
          %v3511 = arith.addf %v3510, %v3508 fastmath<contract> : f32
          %v3518 = arith.mulf %v3416, %v3517 fastmath<contract> : f32
          %v3519 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3518) : (f32) -> f32
          %v3520 = arith.mulf %v3139, %v3423 fastmath<contract> : f32
          %v3521 = llvm.load %v12 : !llvm.ptr -> f32
          %v3522 = arith.mulf %v3519, %v3521 fastmath<contract> : f32
          %v3523 = arith.addf %v3522, %v3520 fastmath<contract> : f32
          %v3530 = arith.mulf %v3416, %v3529 fastmath<contract> : f32
          %v3531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3530) : (f32) -> f32
          %v3532 = arith.mulf %v3145, %v3423 fastmath<contract> : f32
          %v3533 = llvm.load %v13 : !llvm.ptr -> f32
          %v3534 = arith.mulf %v3531, %v3533 fastmath<contract> : f32
          %v3535 = arith.addf %v3534, %v3532 fastmath<contract> : f32
          %v3542 = arith.mulf %v3416, %v3541 fastmath<contract> : f32
          %v3543 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3542) : (f32) -> f32
          %v3544 = arith.mulf %v3150, %v3423 fastmath<contract> : f32
          %v3545 = llvm.load %v14 : !llvm.ptr -> f32
          %v3546 = arith.mulf %v3543, %v3545 fastmath<contract> : f32
          %v3547 = arith.addf %v3546, %v3544 fastmath<contract> : f32
          %v3554 = arith.mulf %v3416, %v3553 fastmath<contract> : f32
          %v3555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3554) : (f32) -> f32
          %v3556 = arith.mulf %v3156, %v3423 fastmath<contract> : f32
          %v3557 = llvm.load %v15 : !llvm.ptr -> f32
          %v3558 = arith.mulf %v3555, %v3557 fastmath<contract> : f32
          %v3559 = arith.addf %v3558, %v3556 fastmath<contract> : f32
          %v3566 = arith.mulf %v3416, %v3565 fastmath<contract> : f32
          %v3567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3566) : (f32) -> f32
          %v3568 = arith.mulf %v3161, %v3423 fastmath<contract> : f32
          %v3569 = llvm.load %v16 : !llvm.ptr -> f32
          %v3570 = arith.mulf %v3567, %v3569 fastmath<contract> : f32
          %v3571 = arith.addf %v3570, %v3568 fastmath<contract> : f32
          %v3578 = arith.mulf %v3416, %v3577 fastmath<contract> : f32
          %v3579 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3578) : (f32) -> f32
          %v3580 = arith.mulf %v3167, %v3423 fastmath<contract> : f32
          %v3581 = llvm.load %v17 : !llvm.ptr -> f32
          %v3582 = arith.mulf %v3579, %v3581 fastmath<contract> : f32
          %v3583 = arith.addf %v3582, %v3580 fastmath<contract> : f32
          %v3590 = arith.mulf %v3416, %v3589 fastmath<contract> : f32
          %v3591 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3590) : (f32) -> f32
          %v3592 = arith.mulf %v3172, %v3423 fastmath<contract> : f32
          %v3593 = llvm.load %v18 : !llvm.ptr -> f32
          %v3594 = arith.mulf %v3591, %v3593 fastmath<contract> : f32
          %v3595 = arith.addf %v3594, %v3592 fastmath<contract> : f32
          %v3602 = arith.mulf %v3416, %v3601 fastmath<contract> : f32
          %v3603 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3602) : (f32) -> f32
          %v3604 = arith.mulf %v3178, %v3423 fastmath<contract> : f32
          %v3605 = llvm.load %v19 : !llvm.ptr -> f32
          %v3606 = arith.mulf %v3603, %v3605 fastmath<contract> : f32
          %v3607 = arith.addf %v3606, %v3604 fastmath<contract> : f32
          llvm.store %v3427, %v4 : f32, !llvm.ptr
          llvm.store %v3439, %v5 : f32, !llvm.ptr
          llvm.store %v3451, %v6 : f32, !llvm.ptr
          llvm.store %v3463, %v7 : f32, !llvm.ptr
          llvm.store %v3475, %v8 : f32, !llvm.ptr
          llvm.store %v3487, %v9 : f32, !llvm.ptr
          llvm.store %v3499, %v10 : f32, !llvm.ptr
          llvm.store %v3511, %v11 : f32, !llvm.ptr
          llvm.store %v3523, %v12 : f32, !llvm.ptr
          llvm.store %v3535, %v13 : f32, !llvm.ptr
          llvm.store %v3547, %v14 : f32, !llvm.ptr
          llvm.store %v3559, %v15 : f32, !llvm.ptr
          llvm.store %v3571, %v16 : f32, !llvm.ptr
          llvm.store %v3583, %v17 : f32, !llvm.ptr
          llvm.store %v3595, %v18 : f32, !llvm.ptr
          llvm.store %v3607, %v19 : f32, !llvm.ptr
          %v3608 = llvm.load %v4 : !llvm.ptr -> f32
          %v3609 = arith.mulf %v3181, %v3608 fastmath<contract> : f32
          %v3610 = llvm.load %v5 : !llvm.ptr -> f32
          %v3611 = arith.mulf %v3185, %v3610 fastmath<contract> : f32
          %v3612 = arith.addf %v3609, %v3611 fastmath<contract> : f32
          %v3613 = llvm.load %v6 : !llvm.ptr -> f32
          %v3614 = arith.mulf %v3189, %v3613 fastmath<contract> : f32
          %v3615 = arith.addf %v3612, %v3614 fastmath<contract> : f32
          %v3616 = llvm.load %v7 : !llvm.ptr -> f32
          %v3617 = arith.mulf %v3193, %v3616 fastmath<contract> : f32
          %v3618 = arith.addf %v3615, %v3617 fastmath<contract> : f32
          %v3619 = llvm.load %v8 : !llvm.ptr -> f32
          %v3620 = arith.mulf %v3197, %v3619 fastmath<contract> : f32
          %v3621 = arith.addf %v3618, %v3620 fastmath<contract> : f32
          %v3622 = llvm.load %v9 : !llvm.ptr -> f32
          %v3623 = arith.mulf %v3201, %v3622 fastmath<contract> : f32
          %v3624 = arith.addf %v3621, %v3623 fastmath<contract> : f32
          %v3625 = llvm.load %v10 : !llvm.ptr -> f32
          %v3626 = arith.mulf %v3205, %v3625 fastmath<contract> : f32
          %v3627 = arith.addf %v3624, %v3626 fastmath<contract> : f32
          %v3628 = llvm.load %v11 : !llvm.ptr -> f32
          %v3629 = arith.mulf %v3209, %v3628 fastmath<contract> : f32
          %v3630 = arith.addf %v3627, %v3629 fastmath<contract> : f32
          %v3631 = llvm.load %v12 : !llvm.ptr -> f32
          %v3632 = arith.mulf %v3213, %v3631 fastmath<contract> : f32
          %v3633 = arith.addf %v3630, %v3632 fastmath<contract> : f32
          %v3634 = llvm.load %v13 : !llvm.ptr -> f32
          %v3635 = arith.mulf %v3217, %v3634 fastmath<contract> : f32
          %v3636 = arith.addf %v3633, %v3635 fastmath<contract> : f32
          %v3637 = llvm.load %v14 : !llvm.ptr -> f32
          %v3638 = arith.mulf %v3221, %v3637 fastmath<contract> : f32
          %v3639 = arith.addf %v3636, %v3638 fastmath<contract> : f32
          %v3640 = llvm.load %v15 : !llvm.ptr -> f32
          %v3641 = arith.mulf %v3225, %v3640 fastmath<contract> : f32
          %v3642 = arith.addf %v3639, %v3641 fastmath<contract> : f32
          %v3643 = llvm.load %v16 : !llvm.ptr -> f32
          %v3644 = arith.mulf %v3229, %v3643 fastmath<contract> : f32
          %v3645 = arith.addf %v3642, %v3644 fastmath<contract> : f32
          %v3646 = llvm.load %v17 : !llvm.ptr -> f32
          %v3647 = arith.mulf %v3233, %v3646 fastmath<contract> : f32
          %v3648 = arith.addf %v3645, %v3647 fastmath<contract> : f32
          %v3649 = llvm.load %v18 : !llvm.ptr -> f32
          %v3650 = arith.mulf %v3237, %v3649 fastmath<contract> : f32
          %v3651 = arith.addf %v3648, %v3650 fastmath<contract> : f32
          %v3652 = llvm.load %v19 : !llvm.ptr -> f32
          %v3653 = arith.mulf %v3241, %v3652 fastmath<contract> : f32
          %v3654 = arith.addf %v3651, %v3653 fastmath<contract> : f32
          %v3657 = arith.mulf %v3422, %v3656 fastmath<contract> : f32
          %v3658 = arith.addf %v3654, %v3657 fastmath<contract> : f32
          %v3659 = arith.addi %v68, %v28 : i64
          %v3660 = arith.muli %v3659, %v250 : i64
          %v3661 = arith.addi %v3660, %v3093 : i64
          %v3662 = llvm.getelementptr %v21[%v3661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3663 = llvm.load %v3662 : !llvm.ptr<3> -> f32
          %v3664 = arith.negf %v3663 : f32
          %v3665 = arith.mulf %v3664, %v3373 fastmath<contract> : f32
          %v3666 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3665) : (f32) -> f32
          %v3667 = arith.addf %v3388, %v3666 fastmath<contract> : f32
          %v3668 = arith.divf %v3388, %v3667 : f32
          %v3669 = arith.mulf %v3663, %v3668 fastmath<contract> : f32
          %v3670 = arith.mulf %v3658, %v3669 fastmath<contract> : f32
          %v3671 = arith.addi %v77, %v28 : i64
          %v3672 = arith.muli %v3671, %v250 : i64
          %v3673 = arith.addi %v3672, %v3093 : i64
          %v3674 = llvm.getelementptr %v21[%v3673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3670, %v3674 : f32, !llvm.ptr<3>
          %v3675 = arith.addi %v1589, %v3094 : i64
          %v3677 = arith.addi %v30, %v28 : i64
          %v3678 = arith.muli %v3677, %v250 : i64
          %v3679 = arith.addi %v3678, %v3094 : i64
          %v3680 = llvm.getelementptr %v21[%v3679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3681 = llvm.load %v3680 : !llvm.ptr<3> -> f32
          %v3682 = arith.addf %v3681, %v3381 fastmath<contract> : f32
          %v3683 = arith.maximumf %v3682, %v89 : f32
          %v3684 = llvm.call_intrinsic "llvm.fabs.f32"(%v3682) : (f32) -> f32
          %v3685 = arith.negf %v3684 : f32
          %v3686 = arith.mulf %v3685, %v3373 fastmath<contract> : f32
          %v3687 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3686) : (f32) -> f32
          %v3688 = arith.addf %v3388, %v3687 fastmath<contract> : f32
          %v3689 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3688) : (f32) -> f32
          %v3690 = arith.mulf %v3689, %v3391 fastmath<contract> : f32
          %v3691 = arith.mulf %v3393, %v3687 fastmath<contract> : f32
          %v3692 = arith.addf %v3691, %v3395 fastmath<contract> : f32
          %v3693 = arith.mulf %v3692, %v3687 fastmath<contract> : f32
          %v3694 = arith.addf %v3693, %v3398 fastmath<contract> : f32
          %v3695 = arith.mulf %v3694, %v3687 fastmath<contract> : f32
          %v3696 = arith.addf %v3695, %v3401 fastmath<contract> : f32
          %v3697 = arith.mulf %v3696, %v3687 fastmath<contract> : f32
          %v3698 = arith.addf %v3697, %v3404 fastmath<contract> : f32
          %v3699 = arith.mulf %v3698, %v3687 fastmath<contract> : f32
          %v3700 = arith.addf %v3699, %v3407 fastmath<contract> : f32
          %v3701 = arith.mulf %v3700, %v3687 fastmath<contract> : f32
          %v3702 = arith.addf %v3701, %v3388 fastmath<contract> : f32
          %v3703 = arith.mulf %v3702, %v3687 fastmath<contract> : f32
          %v3704 = llvm.call_intrinsic "llvm.fabs.f32"(%v3687) : (f32) -> f32
          %v3705 = arith.cmpf olt, %v3704, %v3413 : f32
          %v3706 = arith.select %v3705, %v3703, %v3690 : f32
          %v3707 = arith.addf %v3683, %v3706 fastmath<contract> : f32
          %v3708 = arith.mulf %v3707, %v3676 fastmath<contract> : f32
          %v3709 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3708) : (f32) -> f32
          %v3710 = arith.muli %v28, %v250 : i64
          %v3711 = arith.addi %v3710, %v3094 : i64
          %v3712 = llvm.getelementptr %v21[%v3711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3713 = llvm.load %v3712 : !llvm.ptr<3> -> f32
          %v3714 = arith.mulf %v3707, %v3713 fastmath<contract> : f32
          %v3715 = arith.mulf %v3245, %v3714 fastmath<contract> : f32
          %v3716 = llvm.load %v4 : !llvm.ptr -> f32
          %v3717 = arith.mulf %v3709, %v3716 fastmath<contract> : f32
          %v3718 = arith.addf %v3717, %v3715 fastmath<contract> : f32
          %v3720 = arith.mulf %v3707, %v3719 fastmath<contract> : f32
          %v3721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3720) : (f32) -> f32
          %v3722 = arith.mulf %v3249, %v3714 fastmath<contract> : f32
          %v3723 = llvm.load %v5 : !llvm.ptr -> f32
          %v3724 = arith.mulf %v3721, %v3723 fastmath<contract> : f32
          %v3725 = arith.addf %v3724, %v3722 fastmath<contract> : f32
          %v3727 = arith.mulf %v3707, %v3726 fastmath<contract> : f32
          %v3728 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3727) : (f32) -> f32
          %v3729 = arith.mulf %v3253, %v3714 fastmath<contract> : f32
          %v3730 = llvm.load %v6 : !llvm.ptr -> f32
          %v3731 = arith.mulf %v3728, %v3730 fastmath<contract> : f32
          %v3732 = arith.addf %v3731, %v3729 fastmath<contract> : f32
          %v3734 = arith.mulf %v3707, %v3733 fastmath<contract> : f32
          %v3735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3734) : (f32) -> f32
          %v3736 = arith.mulf %v3257, %v3714 fastmath<contract> : f32
          %v3737 = llvm.load %v7 : !llvm.ptr -> f32
          %v3738 = arith.mulf %v3735, %v3737 fastmath<contract> : f32
          %v3739 = arith.addf %v3738, %v3736 fastmath<contract> : f32
          %v3741 = arith.mulf %v3707, %v3740 fastmath<contract> : f32
          %v3742 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3741) : (f32) -> f32
          %v3743 = arith.mulf %v3261, %v3714 fastmath<contract> : f32
          %v3744 = llvm.load %v8 : !llvm.ptr -> f32
          %v3745 = arith.mulf %v3742, %v3744 fastmath<contract> : f32
          %v3746 = arith.addf %v3745, %v3743 fastmath<contract> : f32
          %v3748 = arith.mulf %v3707, %v3747 fastmath<contract> : f32
          %v3749 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3748) : (f32) -> f32
          %v3750 = arith.mulf %v3265, %v3714 fastmath<contract> : f32
          %v3751 = llvm.load %v9 : !llvm.ptr -> f32
          %v3752 = arith.mulf %v3749, %v3751 fastmath<contract> : f32
          %v3753 = arith.addf %v3752, %v3750 fastmath<contract> : f32
          %v3755 = arith.mulf %v3707, %v3754 fastmath<contract> : f32
          %v3756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3755) : (f32) -> f32
          %v3757 = arith.mulf %v3269, %v3714 fastmath<contract> : f32
          %v3758 = llvm.load %v10 : !llvm.ptr -> f32
          %v3759 = arith.mulf %v3756, %v3758 fastmath<contract> : f32
          %v3760 = arith.addf %v3759, %v3757 fastmath<contract> : f32
          %v3762 = arith.mulf %v3707, %v3761 fastmath<contract> : f32
          %v3763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3762) : (f32) -> f32
          %v3764 = arith.mulf %v3273, %v3714 fastmath<contract> : f32
          %v3765 = llvm.load %v11 : !llvm.ptr -> f32
          %v3766 = arith.mulf %v3763, %v3765 fastmath<contract> : f32
          %v3767 = arith.addf %v3766, %v3764 fastmath<contract> : f32
          %v3769 = arith.mulf %v3707, %v3768 fastmath<contract> : f32
          %v3770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3769) : (f32) -> f32
          %v3771 = arith.mulf %v3277, %v3714 fastmath<contract> : f32
          %v3772 = llvm.load %v12 : !llvm.ptr -> f32
          %v3773 = arith.mulf %v3770, %v3772 fastmath<contract> : f32
          %v3774 = arith.addf %v3773, %v3771 fastmath<contract> : f32
          %v3776 = arith.mulf %v3707, %v3775 fastmath<contract> : f32
          %v3777 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3776) : (f32) -> f32
          %v3778 = arith.mulf %v3281, %v3714 fastmath<contract> : f32
          %v3779 = llvm.load %v13 : !llvm.ptr -> f32
          %v3780 = arith.mulf %v3777, %v3779 fastmath<contract> : f32
          %v3781 = arith.addf %v3780, %v3778 fastmath<contract> : f32
          %v3783 = arith.mulf %v3707, %v3782 fastmath<contract> : f32
          %v3784 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3783) : (f32) -> f32
          %v3785 = arith.mulf %v3285, %v3714 fastmath<contract> : f32
          %v3786 = llvm.load %v14 : !llvm.ptr -> f32
          %v3787 = arith.mulf %v3784, %v3786 fastmath<contract> : f32
          %v3788 = arith.addf %v3787, %v3785 fastmath<contract> : f32
          %v3790 = arith.mulf %v3707, %v3789 fastmath<contract> : f32
          %v3791 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3790) : (f32) -> f32
          %v3792 = arith.mulf %v3289, %v3714 fastmath<contract> : f32
          %v3793 = llvm.load %v15 : !llvm.ptr -> f32
          %v3794 = arith.mulf %v3791, %v3793 fastmath<contract> : f32
          %v3795 = arith.addf %v3794, %v3792 fastmath<contract> : f32
          %v3797 = arith.mulf %v3707, %v3796 fastmath<contract> : f32
          %v3798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3797) : (f32) -> f32
          %v3799 = arith.mulf %v3293, %v3714 fastmath<contract> : f32
          %v3800 = llvm.load %v16 : !llvm.ptr -> f32
          %v3801 = arith.mulf %v3798, %v3800 fastmath<contract> : f32
          %v3802 = arith.addf %v3801, %v3799 fastmath<contract> : f32
          %v3804 = arith.mulf %v3707, %v3803 fastmath<contract> : f32
          %v3805 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3804) : (f32) -> f32
          %v3806 = arith.mulf %v3297, %v3714 fastmath<contract> : f32
          %v3807 = llvm.load %v17 : !llvm.ptr -> f32
          %v3808 = arith.mulf %v3805, %v3807 fastmath<contract> : f32
          %v3809 = arith.addf %v3808, %v3806 fastmath<contract> : f32
          %v3811 = arith.mulf %v3707, %v3810 fastmath<contract> : f32
          %v3812 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3811) : (f32) -> f32
          %v3813 = arith.mulf %v3301, %v3714 fastmath<contract> : f32
          %v3814 = llvm.load %v18 : !llvm.ptr -> f32
          %v3815 = arith.mulf %v3812, %v3814 fastmath<contract> : f32
          %v3816 = arith.addf %v3815, %v3813 fastmath<contract> : f32
          %v3818 = arith.mulf %v3707, %v3817 fastmath<contract> : f32
          %v3819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3818) : (f32) -> f32
          %v3820 = arith.mulf %v3305, %v3714 fastmath<contract> : f32
          %v3821 = llvm.load %v19 : !llvm.ptr -> f32
          %v3822 = arith.mulf %v3819, %v3821 fastmath<contract> : f32
          %v3823 = arith.addf %v3822, %v3820 fastmath<contract> : f32
          llvm.store %v3718, %v4 : f32, !llvm.ptr
          llvm.store %v3725, %v5 : f32, !llvm.ptr
          llvm.store %v3732, %v6 : f32, !llvm.ptr
          llvm.store %v3739, %v7 : f32, !llvm.ptr
          llvm.store %v3746, %v8 : f32, !llvm.ptr
          llvm.store %v3753, %v9 : f32, !llvm.ptr
          llvm.store %v3760, %v10 : f32, !llvm.ptr
          llvm.store %v3767, %v11 : f32, !llvm.ptr
          llvm.store %v3774, %v12 : f32, !llvm.ptr
          llvm.store %v3781, %v13 : f32, !llvm.ptr
          llvm.store %v3788, %v14 : f32, !llvm.ptr
          llvm.store %v3795, %v15 : f32, !llvm.ptr
          llvm.store %v3802, %v16 : f32, !llvm.ptr
          llvm.store %v3809, %v17 : f32, !llvm.ptr
          llvm.store %v3816, %v18 : f32, !llvm.ptr
          llvm.store %v3823, %v19 : f32, !llvm.ptr
          %v3824 = llvm.load %v4 : !llvm.ptr -> f32
          %v3825 = arith.mulf %v3308, %v3824 fastmath<contract> : f32
          %v3826 = llvm.load %v5 : !llvm.ptr -> f32
          %v3827 = arith.mulf %v3312, %v3826 fastmath<contract> : f32
          %v3828 = arith.addf %v3825, %v3827 fastmath<contract> : f32
          %v3829 = llvm.load %v6 : !llvm.ptr -> f32
          %v3830 = arith.mulf %v3316, %v3829 fastmath<contract> : f32
          %v3831 = arith.addf %v3828, %v3830 fastmath<contract> : f32
          %v3832 = llvm.load %v7 : !llvm.ptr -> f32
          %v3833 = arith.mulf %v3320, %v3832 fastmath<contract> : f32
          %v3834 = arith.addf %v3831, %v3833 fastmath<contract> : f32
          %v3835 = llvm.load %v8 : !llvm.ptr -> f32
          %v3836 = arith.mulf %v3324, %v3835 fastmath<contract> : f32
          %v3837 = arith.addf %v3834, %v3836 fastmath<contract> : f32
          %v3838 = llvm.load %v9 : !llvm.ptr -> f32
          %v3839 = arith.mulf %v3328, %v3838 fastmath<contract> : f32
          %v3840 = arith.addf %v3837, %v3839 fastmath<contract> : f32
          %v3841 = llvm.load %v10 : !llvm.ptr -> f32
          %v3842 = arith.mulf %v3332, %v3841 fastmath<contract> : f32
          %v3843 = arith.addf %v3840, %v3842 fastmath<contract> : f32
          %v3844 = llvm.load %v11 : !llvm.ptr -> f32
          %v3845 = arith.mulf %v3336, %v3844 fastmath<contract> : f32
          %v3846 = arith.addf %v3843, %v3845 fastmath<contract> : f32
          %v3847 = llvm.load %v12 : !llvm.ptr -> f32
          %v3848 = arith.mulf %v3340, %v3847 fastmath<contract> : f32
          %v3849 = arith.addf %v3846, %v3848 fastmath<contract> : f32
          %v3850 = llvm.load %v13 : !llvm.ptr -> f32
          %v3851 = arith.mulf %v3344, %v3850 fastmath<contract> : f32
          %v3852 = arith.addf %v3849, %v3851 fastmath<contract> : f32
          %v3853 = llvm.load %v14 : !llvm.ptr -> f32
          %v3854 = arith.mulf %v3348, %v3853 fastmath<contract> : f32
          %v3855 = arith.addf %v3852, %v3854 fastmath<contract> : f32
          %v3856 = llvm.load %v15 : !llvm.ptr -> f32
          %v3857 = arith.mulf %v3352, %v3856 fastmath<contract> : f32
          %v3858 = arith.addf %v3855, %v3857 fastmath<contract> : f32
          %v3859 = llvm.load %v16 : !llvm.ptr -> f32
          %v3860 = arith.mulf %v3356, %v3859 fastmath<contract> : f32
          %v3861 = arith.addf %v3858, %v3860 fastmath<contract> : f32
          %v3862 = llvm.load %v17 : !llvm.ptr -> f32
          %v3863 = arith.mulf %v3360, %v3862 fastmath<contract> : f32
          %v3864 = arith.addf %v3861, %v3863 fastmath<contract> : f32
          %v3865 = llvm.load %v18 : !llvm.ptr -> f32
          %v3866 = arith.mulf %v3364, %v3865 fastmath<contract> : f32
          %v3867 = arith.addf %v3864, %v3866 fastmath<contract> : f32
          %v3868 = llvm.load %v19 : !llvm.ptr -> f32
          %v3869 = arith.mulf %v3368, %v3868 fastmath<contract> : f32
          %v3870 = arith.addf %v3867, %v3869 fastmath<contract> : f32
          %v3871 = arith.mulf %v3713, %v3656 fastmath<contract> : f32
          %v3872 = arith.addf %v3870, %v3871 fastmath<contract> : f32
          %v3873 = arith.addi %v68, %v28 : i64
          %v3874 = arith.muli %v3873, %v250 : i64
          %v3875 = arith.addi %v3874, %v3094 : i64
          %v3876 = llvm.getelementptr %v21[%v3875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3877 = llvm.load %v3876 : !llvm.ptr<3> -> f32
          %v3878 = arith.negf %v3877 : f32
          %v3879 = arith.mulf %v3878, %v3373 fastmath<contract> : f32
          %v3880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3879) : (f32) -> f32
          %v3881 = arith.addf %v3388, %v3880 fastmath<contract> : f32
          %v3882 = arith.divf %v3388, %v3881 : f32
          %v3883 = arith.mulf %v3877, %v3882 fastmath<contract> : f32
          %v3884 = arith.mulf %v3872, %v3883 fastmath<contract> : f32
          %v3885 = arith.addi %v77, %v28 : i64
          %v3886 = arith.muli %v3885, %v250 : i64
          %v3887 = arith.addi %v3886, %v3094 : i64
          %v3888 = llvm.getelementptr %v21[%v3887] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3884, %v3888 : f32, !llvm.ptr<3>
        }
        %v3889 = arith.muli %v3087, %v67 : i64
        %v3890 = arith.index_cast %v3889 : i64 to index
        %v3891 = arith.index_cast %v1770 : i64 to index
        %v3892 = arith.index_cast %v2 : i64 to index
        scf.for %v3893 = %v3890 to %v3891 step %v3892 {
          %v3894 = arith.index_cast %v3893 : index to i64
          %v3895 = arith.addi %v1589, %v3894 : i64
          %v3897 = arith.addi %v30, %v28 : i64
          %v3898 = arith.muli %v3897, %v250 : i64
          %v3899 = arith.addi %v3898, %v3894 : i64
          %v3900 = llvm.getelementptr %v21[%v3899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3901 = llvm.load %v3900 : !llvm.ptr<3> -> f32
          %v3902 = arith.addf %v3901, %v3381 fastmath<contract> : f32
          %v3903 = arith.maximumf %v3902, %v89 : f32
          %v3904 = llvm.call_intrinsic "llvm.fabs.f32"(%v3902) : (f32) -> f32
          %v3905 = arith.negf %v3904 : f32
          %v3906 = arith.mulf %v3905, %v3373 fastmath<contract> : f32
          %v3907 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3906) : (f32) -> f32
          %v3908 = arith.addf %v3388, %v3907 fastmath<contract> : f32
          %v3909 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3908) : (f32) -> f32
          %v3910 = arith.mulf %v3909, %v3391 fastmath<contract> : f32
          %v3911 = arith.mulf %v3393, %v3907 fastmath<contract> : f32
          %v3912 = arith.addf %v3911, %v3395 fastmath<contract> : f32
          %v3913 = arith.mulf %v3912, %v3907 fastmath<contract> : f32
          %v3914 = arith.addf %v3913, %v3398 fastmath<contract> : f32
          %v3915 = arith.mulf %v3914, %v3907 fastmath<contract> : f32
          %v3916 = arith.addf %v3915, %v3401 fastmath<contract> : f32
          %v3917 = arith.mulf %v3916, %v3907 fastmath<contract> : f32
          %v3918 = arith.addf %v3917, %v3404 fastmath<contract> : f32
          %v3919 = arith.mulf %v3918, %v3907 fastmath<contract> : f32
          %v3920 = arith.addf %v3919, %v3407 fastmath<contract> : f32
          %v3921 = arith.mulf %v3920, %v3907 fastmath<contract> : f32
          %v3922 = arith.addf %v3921, %v3388 fastmath<contract> : f32
          %v3923 = arith.mulf %v3922, %v3907 fastmath<contract> : f32
          %v3924 = llvm.call_intrinsic "llvm.fabs.f32"(%v3907) : (f32) -> f32
          %v3925 = arith.cmpf olt, %v3924, %v3413 : f32
          %v3926 = arith.select %v3925, %v3923, %v3910 : f32
          %v3927 = arith.addf %v3903, %v3926 fastmath<contract> : f32
          %v3928 = arith.mulf %v3927, %v3896 fastmath<contract> : f32
          %v3929 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3928) : (f32) -> f32
          %v3930 = arith.subi %v3895, %v1589 : i64
          %v3931 = llvm.getelementptr %v50[%v3930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3932 = llvm.load %v3931 : !llvm.ptr -> f32
          %v3933 = arith.muli %v28, %v250 : i64
          %v3934 = arith.addi %v3933, %v3894 : i64
          %v3935 = llvm.getelementptr %v21[%v3934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3936 = llvm.load %v3935 : !llvm.ptr<3> -> f32
          %v3937 = arith.mulf %v3927, %v3936 fastmath<contract> : f32
          %v3938 = arith.mulf %v3932, %v3937 fastmath<contract> : f32
          %v3939 = llvm.load %v4 : !llvm.ptr -> f32
          %v3940 = arith.mulf %v3929, %v3939 fastmath<contract> : f32
          %v3941 = arith.addf %v3940, %v3938 fastmath<contract> : f32
          %v3943 = arith.mulf %v3927, %v3942 fastmath<contract> : f32
          %v3944 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3943) : (f32) -> f32
          %v3945 = arith.subi %v3895, %v1589 : i64
          %v3946 = arith.addi %v1610, %v3945 : i64
          %v3947 = llvm.getelementptr %v50[%v3946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3948 = llvm.load %v3947 : !llvm.ptr -> f32
          %v3949 = arith.mulf %v3948, %v3937 fastmath<contract> : f32
          %v3950 = llvm.load %v5 : !llvm.ptr -> f32
          %v3951 = arith.mulf %v3944, %v3950 fastmath<contract> : f32
          %v3952 = arith.addf %v3951, %v3949 fastmath<contract> : f32
          %v3954 = arith.mulf %v3927, %v3953 fastmath<contract> : f32
          %v3955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3954) : (f32) -> f32
          %v3956 = arith.subi %v3895, %v1589 : i64
          %v3957 = arith.addi %v3103, %v3956 : i64
          %v3958 = llvm.getelementptr %v50[%v3957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3959 = llvm.load %v3958 : !llvm.ptr -> f32
          %v3960 = arith.mulf %v3959, %v3937 fastmath<contract> : f32
          %v3961 = llvm.load %v6 : !llvm.ptr -> f32
          %v3962 = arith.mulf %v3955, %v3961 fastmath<contract> : f32
          %v3963 = arith.addf %v3962, %v3960 fastmath<contract> : f32
          %v3965 = arith.mulf %v3927, %v3964 fastmath<contract> : f32
          %v3966 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3965) : (f32) -> f32
          %v3967 = arith.subi %v3895, %v1589 : i64
          %v3968 = arith.addi %v3108, %v3967 : i64
          %v3969 = llvm.getelementptr %v50[%v3968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3970 = llvm.load %v3969 : !llvm.ptr -> f32
          %v3971 = arith.mulf %v3970, %v3937 fastmath<contract> : f32
          %v3972 = llvm.load %v7 : !llvm.ptr -> f32
          %v3973 = arith.mulf %v3966, %v3972 fastmath<contract> : f32
          %v3974 = arith.addf %v3973, %v3971 fastmath<contract> : f32
          %v3976 = arith.mulf %v3927, %v3975 fastmath<contract> : f32
          %v3977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3976) : (f32) -> f32
          %v3978 = arith.subi %v3895, %v1589 : i64
          %v3979 = arith.addi %v3113, %v3978 : i64
          %v3980 = llvm.getelementptr %v50[%v3979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3981 = llvm.load %v3980 : !llvm.ptr -> f32
          %v3982 = arith.mulf %v3981, %v3937 fastmath<contract> : f32
          %v3983 = llvm.load %v8 : !llvm.ptr -> f32
          %v3984 = arith.mulf %v3977, %v3983 fastmath<contract> : f32
          %v3985 = arith.addf %v3984, %v3982 fastmath<contract> : f32
          %v3987 = arith.mulf %v3927, %v3986 fastmath<contract> : f32
          %v3988 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3987) : (f32) -> f32
          %v3989 = arith.subi %v3895, %v1589 : i64
          %v3990 = arith.addi %v3119, %v3989 : i64
          %v3991 = llvm.getelementptr %v50[%v3990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3992 = llvm.load %v3991 : !llvm.ptr -> f32
          %v3993 = arith.mulf %v3992, %v3937 fastmath<contract> : f32
          %v3994 = llvm.load %v9 : !llvm.ptr -> f32
          %v3995 = arith.mulf %v3988, %v3994 fastmath<contract> : f32
          %v3996 = arith.addf %v3995, %v3993 fastmath<contract> : f32
          %v3998 = arith.mulf %v3927, %v3997 fastmath<contract> : f32
          %v3999 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3998) : (f32) -> f32
          %v4000 = arith.subi %v3895, %v1589 : i64
          %v4001 = arith.addi %v3124, %v4000 : i64
          %v4002 = llvm.getelementptr %v50[%v4001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4003 = llvm.load %v4002 : !llvm.ptr -> f32
          %v4004 = arith.mulf %v4003, %v3937 fastmath<contract> : f32
          %v4005 = llvm.load %v10 : !llvm.ptr -> f32
          %v4006 = arith.mulf %v3999, %v4005 fastmath<contract> : f32
          %v4007 = arith.addf %v4006, %v4004 fastmath<contract> : f32
          %v4009 = arith.mulf %v3927, %v4008 fastmath<contract> : f32
          %v4010 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4009) : (f32) -> f32
          %v4011 = arith.subi %v3895, %v1589 : i64
          %v4012 = arith.addi %v3130, %v4011 : i64
          %v4013 = llvm.getelementptr %v50[%v4012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4014 = llvm.load %v4013 : !llvm.ptr -> f32
          %v4015 = arith.mulf %v4014, %v3937 fastmath<contract> : f32
          %v4016 = llvm.load %v11 : !llvm.ptr -> f32
          %v4017 = arith.mulf %v4010, %v4016 fastmath<contract> : f32
          %v4018 = arith.addf %v4017, %v4015 fastmath<contract> : f32
          %v4020 = arith.mulf %v3927, %v4019 fastmath<contract> : f32
          %v4021 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4020) : (f32) -> f32
          %v4022 = arith.subi %v3895, %v1589 : i64
          %v4023 = arith.addi %v3135, %v4022 : i64
          %v4024 = llvm.getelementptr %v50[%v4023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4025 = llvm.load %v4024 : !llvm.ptr -> f32
          %v4026 = arith.mulf %v4025, %v3937 fastmath<contract> : f32
          %v4027 = llvm.load %v12 : !llvm.ptr -> f32
          %v4028 = arith.mulf %v4021, %v4027 fastmath<contract> : f32
          %v4029 = arith.addf %v4028, %v4026 fastmath<contract> : f32
          %v4031 = arith.mulf %v3927, %v4030 fastmath<contract> : f32
          %v4032 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4031) : (f32) -> f32
          %v4033 = arith.subi %v3895, %v1589 : i64
          %v4034 = arith.addi %v3141, %v4033 : i64
          %v4035 = llvm.getelementptr %v50[%v4034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4036 = llvm.load %v4035 : !llvm.ptr -> f32
          %v4037 = arith.mulf %v4036, %v3937 fastmath<contract> : f32
          %v4038 = llvm.load %v13 : !llvm.ptr -> f32
          %v4039 = arith.mulf %v4032, %v4038 fastmath<contract> : f32
          %v4040 = arith.addf %v4039, %v4037 fastmath<contract> : f32
          %v4042 = arith.mulf %v3927, %v4041 fastmath<contract> : f32
          %v4043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4042) : (f32) -> f32
          %v4044 = arith.subi %v3895, %v1589 : i64
          %v4045 = arith.addi %v3146, %v4044 : i64
          %v4046 = llvm.getelementptr %v50[%v4045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4047 = llvm.load %v4046 : !llvm.ptr -> f32
          %v4048 = arith.mulf %v4047, %v3937 fastmath<contract> : f32
          %v4049 = llvm.load %v14 : !llvm.ptr -> f32
          %v4050 = arith.mulf %v4043, %v4049 fastmath<contract> : f32
          %v4051 = arith.addf %v4050, %v4048 fastmath<contract> : f32
          %v4053 = arith.mulf %v3927, %v4052 fastmath<contract> : f32
          %v4054 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4053) : (f32) -> f32
          %v4055 = arith.subi %v3895, %v1589 : i64
          %v4056 = arith.addi %v3152, %v4055 : i64
          %v4057 = llvm.getelementptr %v50[%v4056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4058 = llvm.load %v4057 : !llvm.ptr -> f32
          %v4059 = arith.mulf %v4058, %v3937 fastmath<contract> : f32
          %v4060 = llvm.load %v15 : !llvm.ptr -> f32
          %v4061 = arith.mulf %v4054, %v4060 fastmath<contract> : f32
          %v4062 = arith.addf %v4061, %v4059 fastmath<contract> : f32
          %v4064 = arith.mulf %v3927, %v4063 fastmath<contract> : f32
          %v4065 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4064) : (f32) -> f32
          %v4066 = arith.subi %v3895, %v1589 : i64
          %v4067 = arith.addi %v3157, %v4066 : i64
          %v4068 = llvm.getelementptr %v50[%v4067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4069 = llvm.load %v4068 : !llvm.ptr -> f32
          %v4070 = arith.mulf %v4069, %v3937 fastmath<contract> : f32
          %v4071 = llvm.load %v16 : !llvm.ptr -> f32
          %v4072 = arith.mulf %v4065, %v4071 fastmath<contract> : f32
          %v4073 = arith.addf %v4072, %v4070 fastmath<contract> : f32
          %v4075 = arith.mulf %v3927, %v4074 fastmath<contract> : f32
          %v4076 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4075) : (f32) -> f32
          %v4077 = arith.subi %v3895, %v1589 : i64
          %v4078 = arith.addi %v3163, %v4077 : i64
          %v4079 = llvm.getelementptr %v50[%v4078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4080 = llvm.load %v4079 : !llvm.ptr -> f32
          %v4081 = arith.mulf %v4080, %v3937 fastmath<contract> : f32
          %v4082 = llvm.load %v17 : !llvm.ptr -> f32
          %v4083 = arith.mulf %v4076, %v4082 fastmath<contract> : f32
          %v4084 = arith.addf %v4083, %v4081 fastmath<contract> : f32
          %v4086 = arith.mulf %v3927, %v4085 fastmath<contract> : f32
          %v4087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4086) : (f32) -> f32
          %v4088 = arith.subi %v3895, %v1589 : i64
          %v4089 = arith.addi %v3168, %v4088 : i64
          %v4090 = llvm.getelementptr %v50[%v4089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4091 = llvm.load %v4090 : !llvm.ptr -> f32
          %v4092 = arith.mulf %v4091, %v3937 fastmath<contract> : f32
          %v4093 = llvm.load %v18 : !llvm.ptr -> f32
          %v4094 = arith.mulf %v4087, %v4093 fastmath<contract> : f32
          %v4095 = arith.addf %v4094, %v4092 fastmath<contract> : f32
          %v4097 = arith.mulf %v3927, %v4096 fastmath<contract> : f32
          %v4098 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4097) : (f32) -> f32
          %v4099 = arith.subi %v3895, %v1589 : i64
          %v4100 = arith.addi %v3174, %v4099 : i64
          %v4101 = llvm.getelementptr %v50[%v4100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4102 = llvm.load %v4101 : !llvm.ptr -> f32
          %v4103 = arith.mulf %v4102, %v3937 fastmath<contract> : f32
          %v4104 = llvm.load %v19 : !llvm.ptr -> f32
          %v4105 = arith.mulf %v4098, %v4104 fastmath<contract> : f32
          %v4106 = arith.addf %v4105, %v4103 fastmath<contract> : f32
          llvm.store %v3941, %v4 : f32, !llvm.ptr
          llvm.store %v3952, %v5 : f32, !llvm.ptr
          llvm.store %v3963, %v6 : f32, !llvm.ptr
          llvm.store %v3974, %v7 : f32, !llvm.ptr
          llvm.store %v3985, %v8 : f32, !llvm.ptr
          llvm.store %v3996, %v9 : f32, !llvm.ptr
          llvm.store %v4007, %v10 : f32, !llvm.ptr
          llvm.store %v4018, %v11 : f32, !llvm.ptr
          llvm.store %v4029, %v12 : f32, !llvm.ptr
          llvm.store %v4040, %v13 : f32, !llvm.ptr
          llvm.store %v4051, %v14 : f32, !llvm.ptr
          llvm.store %v4062, %v15 : f32, !llvm.ptr
          llvm.store %v4073, %v16 : f32, !llvm.ptr
          llvm.store %v4084, %v17 : f32, !llvm.ptr
          llvm.store %v4095, %v18 : f32, !llvm.ptr
          llvm.store %v4106, %v19 : f32, !llvm.ptr
          %v4107 = arith.subi %v3895, %v1589 : i64
          %v4108 = llvm.getelementptr %v52[%v4107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4109 = llvm.load %v4108 : !llvm.ptr -> f32
          %v4110 = llvm.load %v4 : !llvm.ptr -> f32
          %v4111 = arith.mulf %v4109, %v4110 fastmath<contract> : f32
          %v4112 = arith.subi %v3895, %v1589 : i64
          %v4113 = arith.addi %v1610, %v4112 : i64
          %v4114 = llvm.getelementptr %v52[%v4113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4115 = llvm.load %v4114 : !llvm.ptr -> f32
          %v4116 = llvm.load %v5 : !llvm.ptr -> f32
          %v4117 = arith.mulf %v4115, %v4116 fastmath<contract> : f32
          %v4118 = arith.addf %v4111, %v4117 fastmath<contract> : f32
          %v4119 = arith.subi %v3895, %v1589 : i64
          %v4120 = arith.addi %v3103, %v4119 : i64
          %v4121 = llvm.getelementptr %v52[%v4120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4122 = llvm.load %v4121 : !llvm.ptr -> f32
          %v4123 = llvm.load %v6 : !llvm.ptr -> f32
          %v4124 = arith.mulf %v4122, %v4123 fastmath<contract> : f32
          %v4125 = arith.addf %v4118, %v4124 fastmath<contract> : f32
          %v4126 = arith.subi %v3895, %v1589 : i64
          %v4127 = arith.addi %v3108, %v4126 : i64
          %v4128 = llvm.getelementptr %v52[%v4127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4129 = llvm.load %v4128 : !llvm.ptr -> f32
          %v4130 = llvm.load %v7 : !llvm.ptr -> f32
          %v4131 = arith.mulf %v4129, %v4130 fastmath<contract> : f32
          %v4132 = arith.addf %v4125, %v4131 fastmath<contract> : f32
          %v4133 = arith.subi %v3895, %v1589 : i64
          %v4134 = arith.addi %v3113, %v4133 : i64
          %v4135 = llvm.getelementptr %v52[%v4134] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4136 = llvm.load %v4135 : !llvm.ptr -> f32
          %v4137 = llvm.load %v8 : !llvm.ptr -> f32
          %v4138 = arith.mulf %v4136, %v4137 fastmath<contract> : f32
          %v4139 = arith.addf %v4132, %v4138 fastmath<contract> : f32
          %v4140 = arith.subi %v3895, %v1589 : i64
          %v4141 = arith.addi %v3119, %v4140 : i64
          %v4142 = llvm.getelementptr %v52[%v4141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4143 = llvm.load %v4142 : !llvm.ptr -> f32
          %v4144 = llvm.load %v9 : !llvm.ptr -> f32
          %v4145 = arith.mulf %v4143, %v4144 fastmath<contract> : f32
          %v4146 = arith.addf %v4139, %v4145 fastmath<contract> : f32
          %v4147 = arith.subi %v3895, %v1589 : i64
          %v4148 = arith.addi %v3124, %v4147 : i64
          %v4149 = llvm.getelementptr %v52[%v4148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4150 = llvm.load %v4149 : !llvm.ptr -> f32
          %v4151 = llvm.load %v10 : !llvm.ptr -> f32
          %v4152 = arith.mulf %v4150, %v4151 fastmath<contract> : f32
          %v4153 = arith.addf %v4146, %v4152 fastmath<contract> : f32
          %v4154 = arith.subi %v3895, %v1589 : i64
          %v4155 = arith.addi %v3130, %v4154 : i64
          %v4156 = llvm.getelementptr %v52[%v4155] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4157 = llvm.load %v4156 : !llvm.ptr -> f32
          %v4158 = llvm.load %v11 : !llvm.ptr -> f32
          %v4159 = arith.mulf %v4157, %v4158 fastmath<contract> : f32
          %v4160 = arith.addf %v4153, %v4159 fastmath<contract> : f32
          %v4161 = arith.subi %v3895, %v1589 : i64
          %v4162 = arith.addi %v3135, %v4161 : i64
          %v4163 = llvm.getelementptr %v52[%v4162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4164 = llvm.load %v4163 : !llvm.ptr -> f32
          %v4165 = llvm.load %v12 : !llvm.ptr -> f32
          %v4166 = arith.mulf %v4164, %v4165 fastmath<contract> : f32
          %v4167 = arith.addf %v4160, %v4166 fastmath<contract> : f32
          %v4168 = arith.subi %v3895, %v1589 : i64
          %v4169 = arith.addi %v3141, %v4168 : i64
          %v4170 = llvm.getelementptr %v52[%v4169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4171 = llvm.load %v4170 : !llvm.ptr -> f32
          %v4172 = llvm.load %v13 : !llvm.ptr -> f32
          %v4173 = arith.mulf %v4171, %v4172 fastmath<contract> : f32
          %v4174 = arith.addf %v4167, %v4173 fastmath<contract> : f32
          %v4175 = arith.subi %v3895, %v1589 : i64
          %v4176 = arith.addi %v3146, %v4175 : i64
          %v4177 = llvm.getelementptr %v52[%v4176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4178 = llvm.load %v4177 : !llvm.ptr -> f32
          %v4179 = llvm.load %v14 : !llvm.ptr -> f32
          %v4180 = arith.mulf %v4178, %v4179 fastmath<contract> : f32
          %v4181 = arith.addf %v4174, %v4180 fastmath<contract> : f32
          %v4182 = arith.subi %v3895, %v1589 : i64
          %v4183 = arith.addi %v3152, %v4182 : i64
          %v4184 = llvm.getelementptr %v52[%v4183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4185 = llvm.load %v4184 : !llvm.ptr -> f32
          %v4186 = llvm.load %v15 : !llvm.ptr -> f32
          %v4187 = arith.mulf %v4185, %v4186 fastmath<contract> : f32
          %v4188 = arith.addf %v4181, %v4187 fastmath<contract> : f32
          %v4189 = arith.subi %v3895, %v1589 : i64
          %v4190 = arith.addi %v3157, %v4189 : i64
          %v4191 = llvm.getelementptr %v52[%v4190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4192 = llvm.load %v4191 : !llvm.ptr -> f32
          %v4193 = llvm.load %v16 : !llvm.ptr -> f32
          %v4194 = arith.mulf %v4192, %v4193 fastmath<contract> : f32
          %v4195 = arith.addf %v4188, %v4194 fastmath<contract> : f32
          %v4196 = arith.subi %v3895, %v1589 : i64
          %v4197 = arith.addi %v3163, %v4196 : i64
          %v4198 = llvm.getelementptr %v52[%v4197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4199 = llvm.load %v4198 : !llvm.ptr -> f32
          %v4200 = llvm.load %v17 : !llvm.ptr -> f32
          %v4201 = arith.mulf %v4199, %v4200 fastmath<contract> : f32
          %v4202 = arith.addf %v4195, %v4201 fastmath<contract> : f32
          %v4203 = arith.subi %v3895, %v1589 : i64
          %v4204 = arith.addi %v3168, %v4203 : i64
          %v4205 = llvm.getelementptr %v52[%v4204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4206 = llvm.load %v4205 : !llvm.ptr -> f32
          %v4207 = llvm.load %v18 : !llvm.ptr -> f32
          %v4208 = arith.mulf %v4206, %v4207 fastmath<contract> : f32
          %v4209 = arith.addf %v4202, %v4208 fastmath<contract> : f32
          %v4210 = arith.subi %v3895, %v1589 : i64
          %v4211 = arith.addi %v3174, %v4210 : i64
          %v4212 = llvm.getelementptr %v52[%v4211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4213 = llvm.load %v4212 : !llvm.ptr -> f32
          %v4214 = llvm.load %v19 : !llvm.ptr -> f32
          %v4215 = arith.mulf %v4213, %v4214 fastmath<contract> : f32
          %v4216 = arith.addf %v4209, %v4215 fastmath<contract> : f32
          %v4217 = arith.mulf %v3936, %v3656 fastmath<contract> : f32
          %v4218 = arith.addf %v4216, %v4217 fastmath<contract> : f32
          %v4219 = arith.addi %v68, %v28 : i64
          %v4220 = arith.muli %v4219, %v250 : i64
          %v4221 = arith.addi %v4220, %v3894 : i64
          %v4222 = llvm.getelementptr %v21[%v4221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4223 = llvm.load %v4222 : !llvm.ptr<3> -> f32
          %v4224 = arith.negf %v4223 : f32
          %v4225 = arith.mulf %v4224, %v3373 fastmath<contract> : f32
          %v4226 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4225) : (f32) -> f32
          %v4227 = arith.addf %v3388, %v4226 fastmath<contract> : f32
          %v4228 = arith.divf %v3388, %v4227 : f32
          %v4229 = arith.mulf %v4223, %v4228 fastmath<contract> : f32
          %v4230 = arith.mulf %v4218, %v4229 fastmath<contract> : f32
          %v4231 = arith.addi %v77, %v28 : i64
          %v4232 = arith.muli %v4231, %v250 : i64
          %v4233 = arith.addi %v4232, %v3894 : i64
          %v4234 = llvm.getelementptr %v21[%v4233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v4230, %v4234 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v4235 = arith.divui %v28, %v240 : i64
        %v4236 = arith.remui %v28, %v240 : i64
        %v4237 = arith.muli %v4235, %v250 : i64
        %v4238 = arith.addi %v4237, %v4236 : i64
        %v4239 = llvm.getelementptr %v21[%v4238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1785, %v4239 : f32, !llvm.ptr<3>
        %v4240 = arith.addi %v30, %v28 : i64
        %v4241 = arith.divui %v4240, %v240 : i64
        %v4242 = arith.remui %v4240, %v240 : i64
        %v4243 = arith.muli %v4241, %v250 : i64
        %v4244 = arith.addi %v4243, %v4242 : i64
        %v4245 = llvm.getelementptr %v21[%v4244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1798, %v4245 : f32, !llvm.ptr<3>
        %v4246 = arith.addi %v68, %v28 : i64
        %v4247 = arith.divui %v4246, %v240 : i64
        %v4248 = arith.remui %v4246, %v240 : i64
        %v4249 = arith.muli %v4247, %v250 : i64
        %v4250 = arith.addi %v4249, %v4248 : i64
        %v4251 = llvm.getelementptr %v21[%v4250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1811, %v4251 : f32, !llvm.ptr<3>
        %v4252 = arith.addi %v77, %v28 : i64
        %v4253 = arith.divui %v4252, %v240 : i64
        %v4254 = arith.remui %v4252, %v240 : i64
        %v4255 = arith.muli %v4253, %v250 : i64
        %v4256 = arith.addi %v4255, %v4254 : i64
        %v4257 = llvm.getelementptr %v21[%v4256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1824, %v4257 : f32, !llvm.ptr<3>
        %v4258 = arith.addi %v24, %v28 : i64
        %v4259 = arith.divui %v4258, %v240 : i64
        %v4260 = arith.remui %v4258, %v240 : i64
        %v4261 = arith.muli %v4259, %v250 : i64
        %v4262 = arith.addi %v4261, %v4260 : i64
        %v4263 = llvm.getelementptr %v21[%v4262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1837, %v4263 : f32, !llvm.ptr<3>
        %v4265 = arith.addi %v4264, %v28 : i64
        %v4266 = arith.divui %v4265, %v240 : i64
        %v4267 = arith.remui %v4265, %v240 : i64
        %v4268 = arith.muli %v4266, %v250 : i64
        %v4269 = arith.addi %v4268, %v4267 : i64
        %v4270 = llvm.getelementptr %v21[%v4269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1850, %v4270 : f32, !llvm.ptr<3>
        %v4272 = arith.addi %v4271, %v28 : i64
        %v4273 = arith.divui %v4272, %v240 : i64
        %v4274 = arith.remui %v4272, %v240 : i64
        %v4275 = arith.muli %v4273, %v250 : i64
        %v4276 = arith.addi %v4275, %v4274 : i64
        %v4277 = llvm.getelementptr %v21[%v4276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1863, %v4277 : f32, !llvm.ptr<3>
        %v4279 = arith.addi %v4278, %v28 : i64
        %v4280 = arith.divui %v4279, %v240 : i64
        %v4281 = arith.remui %v4279, %v240 : i64
        %v4282 = arith.muli %v4280, %v250 : i64
        %v4283 = arith.addi %v4282, %v4281 : i64
        %v4284 = llvm.getelementptr %v21[%v4283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1876, %v4284 : f32, !llvm.ptr<3>
        %v4285 = arith.addi %v1591, %v28 : i64
        %v4286 = arith.divui %v4285, %v240 : i64
        %v4287 = arith.remui %v4285, %v240 : i64
        %v4288 = arith.muli %v4286, %v250 : i64
        %v4289 = arith.addi %v4288, %v4287 : i64
        %v4290 = llvm.getelementptr %v21[%v4289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1889, %v4290 : f32, !llvm.ptr<3>
        %v4292 = arith.addi %v4291, %v28 : i64
        %v4293 = arith.divui %v4292, %v240 : i64
        %v4294 = arith.remui %v4292, %v240 : i64
        %v4295 = arith.muli %v4293, %v250 : i64
        %v4296 = arith.addi %v4295, %v4294 : i64
        %v4297 = llvm.getelementptr %v21[%v4296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1902, %v4297 : f32, !llvm.ptr<3>
        %v4299 = arith.addi %v4298, %v28 : i64
        %v4300 = arith.divui %v4299, %v240 : i64
        %v4301 = arith.remui %v4299, %v240 : i64
        %v4302 = arith.muli %v4300, %v250 : i64
        %v4303 = arith.addi %v4302, %v4301 : i64
        %v4304 = llvm.getelementptr %v21[%v4303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1915, %v4304 : f32, !llvm.ptr<3>
        %v4306 = arith.addi %v4305, %v28 : i64
        %v4307 = arith.divui %v4306, %v240 : i64
        %v4308 = arith.remui %v4306, %v240 : i64
        %v4309 = arith.muli %v4307, %v250 : i64
        %v4310 = arith.addi %v4309, %v4308 : i64
        %v4311 = llvm.getelementptr %v21[%v4310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1928, %v4311 : f32, !llvm.ptr<3>
        %v4313 = arith.addi %v4312, %v28 : i64
        %v4314 = arith.divui %v4313, %v240 : i64
        %v4315 = arith.remui %v4313, %v240 : i64
        %v4316 = arith.muli %v4314, %v250 : i64
        %v4317 = arith.addi %v4316, %v4315 : i64
        %v4318 = llvm.getelementptr %v21[%v4317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1941, %v4318 : f32, !llvm.ptr<3>
        %v4320 = arith.addi %v4319, %v28 : i64
        %v4321 = arith.divui %v4320, %v240 : i64
        %v4322 = arith.remui %v4320, %v240 : i64
        %v4323 = arith.muli %v4321, %v250 : i64
        %v4324 = arith.addi %v4323, %v4322 : i64
        %v4325 = llvm.getelementptr %v21[%v4324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1954, %v4325 : f32, !llvm.ptr<3>
        %v4327 = arith.addi %v4326, %v28 : i64
        %v4328 = arith.divui %v4327, %v240 : i64
        %v4329 = arith.remui %v4327, %v240 : i64
        %v4330 = arith.muli %v4328, %v250 : i64
        %v4331 = arith.addi %v4330, %v4329 : i64
        %v4332 = llvm.getelementptr %v21[%v4331] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1967, %v4332 : f32, !llvm.ptr<3>
        %v4334 = arith.addi %v4333, %v28 : i64
        %v4335 = arith.divui %v4334, %v240 : i64
        %v4336 = arith.remui %v4334, %v240 : i64
        %v4337 = arith.muli %v4335, %v250 : i64
        %v4338 = arith.addi %v4337, %v4336 : i64
        %v4339 = llvm.getelementptr %v21[%v4338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1980, %v4339 : f32, !llvm.ptr<3>
        %v4341 = arith.addi %v4340, %v28 : i64
        %v4342 = arith.divui %v4341, %v240 : i64
        %v4343 = arith.remui %v4341, %v240 : i64
        %v4344 = arith.muli %v4342, %v250 : i64
        %v4345 = arith.addi %v4344, %v4343 : i64
        %v4346 = llvm.getelementptr %v21[%v4345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1993, %v4346 : f32, !llvm.ptr<3>
        %v4348 = arith.addi %v4347, %v28 : i64
        %v4349 = arith.divui %v4348, %v240 : i64
        %v4350 = arith.remui %v4348, %v240 : i64
        %v4351 = arith.muli %v4349, %v250 : i64
        %v4352 = arith.addi %v4351, %v4350 : i64
        %v4353 = llvm.getelementptr %v21[%v4352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2006, %v4353 : f32, !llvm.ptr<3>
        %v4355 = arith.addi %v4354, %v28 : i64
        %v4356 = arith.divui %v4355, %v240 : i64
        %v4357 = arith.remui %v4355, %v240 : i64
        %v4358 = arith.muli %v4356, %v250 : i64
        %v4359 = arith.addi %v4358, %v4357 : i64
        %v4360 = llvm.getelementptr %v21[%v4359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2019, %v4360 : f32, !llvm.ptr<3>
        %v4362 = arith.addi %v4361, %v28 : i64
        %v4363 = arith.divui %v4362, %v240 : i64
        %v4364 = arith.remui %v4362, %v240 : i64
        %v4365 = arith.muli %v4363, %v250 : i64
        %v4366 = arith.addi %v4365, %v4364 : i64
        %v4367 = llvm.getelementptr %v21[%v4366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2032, %v4367 : f32, !llvm.ptr<3>
        %v4369 = arith.addi %v4368, %v28 : i64
        %v4370 = arith.divui %v4369, %v240 : i64
        %v4371 = arith.remui %v4369, %v240 : i64
        %v4372 = arith.muli %v4370, %v250 : i64
        %v4373 = arith.addi %v4372, %v4371 : i64
        %v4374 = llvm.getelementptr %v21[%v4373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2045, %v4374 : f32, !llvm.ptr<3>
        %v4376 = arith.addi %v4375, %v28 : i64
        %v4377 = arith.divui %v4376, %v240 : i64
        %v4378 = arith.remui %v4376, %v240 : i64
        %v4379 = arith.muli %v4377, %v250 : i64
        %v4380 = arith.addi %v4379, %v4378 : i64
        %v4381 = llvm.getelementptr %v21[%v4380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2058, %v4381 : f32, !llvm.ptr<3>
        %v4383 = arith.addi %v4382, %v28 : i64
        %v4384 = arith.divui %v4383, %v240 : i64
        %v4385 = arith.remui %v4383, %v240 : i64
        %v4386 = arith.muli %v4384, %v250 : i64
        %v4387 = arith.addi %v4386, %v4385 : i64
        %v4388 = llvm.getelementptr %v21[%v4387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2071, %v4388 : f32, !llvm.ptr<3>
        %v4390 = arith.addi %v4389, %v28 : i64
        %v4391 = arith.divui %v4390, %v240 : i64
        %v4392 = arith.remui %v4390, %v240 : i64
        %v4393 = arith.muli %v4391, %v250 : i64
        %v4394 = arith.addi %v4393, %v4392 : i64
        %v4395 = llvm.getelementptr %v21[%v4394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2084, %v4395 : f32, !llvm.ptr<3>
        %v4397 = arith.addi %v4396, %v28 : i64
        %v4398 = arith.divui %v4397, %v240 : i64
        %v4399 = arith.remui %v4397, %v240 : i64
        %v4400 = arith.muli %v4398, %v250 : i64
        %v4401 = arith.addi %v4400, %v4399 : i64
        %v4402 = llvm.getelementptr %v21[%v4401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2097, %v4402 : f32, !llvm.ptr<3>
        %v4404 = arith.addi %v4403, %v28 : i64
        %v4405 = arith.divui %v4404, %v240 : i64
        %v4406 = arith.remui %v4404, %v240 : i64
        %v4407 = arith.muli %v4405, %v250 : i64
        %v4408 = arith.addi %v4407, %v4406 : i64
        %v4409 = llvm.getelementptr %v21[%v4408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2110, %v4409 : f32, !llvm.ptr<3>
        %v4411 = arith.addi %v4410, %v28 : i64
        %v4412 = arith.divui %v4411, %v240 : i64
        %v4413 = arith.remui %v4411, %v240 : i64
        %v4414 = arith.muli %v4412, %v250 : i64
        %v4415 = arith.addi %v4414, %v4413 : i64
        %v4416 = llvm.getelementptr %v21[%v4415] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2123, %v4416 : f32, !llvm.ptr<3>
        %v4418 = arith.addi %v4417, %v28 : i64
        %v4419 = arith.divui %v4418, %v240 : i64
        %v4420 = arith.remui %v4418, %v240 : i64
        %v4421 = arith.muli %v4419, %v250 : i64
        %v4422 = arith.addi %v4421, %v4420 : i64
        %v4423 = llvm.getelementptr %v21[%v4422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2136, %v4423 : f32, !llvm.ptr<3>
        %v4425 = arith.addi %v4424, %v28 : i64
        %v4426 = arith.divui %v4425, %v240 : i64
        %v4427 = arith.remui %v4425, %v240 : i64
        %v4428 = arith.muli %v4426, %v250 : i64
        %v4429 = arith.addi %v4428, %v4427 : i64
        %v4430 = llvm.getelementptr %v21[%v4429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2149, %v4430 : f32, !llvm.ptr<3>
        %v4432 = arith.addi %v4431, %v28 : i64
        %v4433 = arith.divui %v4432, %v240 : i64
        %v4434 = arith.remui %v4432, %v240 : i64
        %v4435 = arith.muli %v4433, %v250 : i64
        %v4436 = arith.addi %v4435, %v4434 : i64
        %v4437 = llvm.getelementptr %v21[%v4436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2162, %v4437 : f32, !llvm.ptr<3>
        %v4439 = arith.addi %v4438, %v28 : i64
        %v4440 = arith.divui %v4439, %v240 : i64
        %v4441 = arith.remui %v4439, %v240 : i64
        %v4442 = arith.muli %v4440, %v250 : i64
        %v4443 = arith.addi %v4442, %v4441 : i64
        %v4444 = llvm.getelementptr %v21[%v4443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2175, %v4444 : f32, !llvm.ptr<3>
        %v4446 = arith.addi %v4445, %v28 : i64
        %v4447 = arith.divui %v4446, %v240 : i64
        %v4448 = arith.remui %v4446, %v240 : i64
        %v4449 = arith.muli %v4447, %v250 : i64
        %v4450 = arith.addi %v4449, %v4448 : i64
        %v4451 = llvm.getelementptr %v21[%v4450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2188, %v4451 : f32, !llvm.ptr<3>
        %v4452 = arith.divui %v28, %v240 : i64
        %v4453 = arith.remui %v28, %v240 : i64
        %v4454 = arith.addi %v30, %v4452 : i64
        %v4455 = arith.muli %v4454, %v250 : i64
        %v4456 = arith.addi %v4455, %v4453 : i64
        %v4457 = llvm.getelementptr %v21[%v4456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2203, %v4457 : f32, !llvm.ptr<3>
        %v4458 = arith.addi %v30, %v28 : i64
        %v4459 = arith.divui %v4458, %v240 : i64
        %v4460 = arith.remui %v4458, %v240 : i64
        %v4461 = arith.addi %v30, %v4459 : i64
        %v4462 = arith.muli %v4461, %v250 : i64
        %v4463 = arith.addi %v4462, %v4460 : i64
        %v4464 = llvm.getelementptr %v21[%v4463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2217, %v4464 : f32, !llvm.ptr<3>
        %v4465 = arith.addi %v68, %v28 : i64
        %v4466 = arith.divui %v4465, %v240 : i64
        %v4467 = arith.remui %v4465, %v240 : i64
        %v4468 = arith.addi %v30, %v4466 : i64
        %v4469 = arith.muli %v4468, %v250 : i64
        %v4470 = arith.addi %v4469, %v4467 : i64
        %v4471 = llvm.getelementptr %v21[%v4470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2231, %v4471 : f32, !llvm.ptr<3>
        %v4472 = arith.addi %v77, %v28 : i64
        %v4473 = arith.divui %v4472, %v240 : i64
        %v4474 = arith.remui %v4472, %v240 : i64
        %v4475 = arith.addi %v30, %v4473 : i64
        %v4476 = arith.muli %v4475, %v250 : i64
        %v4477 = arith.addi %v4476, %v4474 : i64
        %v4478 = llvm.getelementptr %v21[%v4477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2245, %v4478 : f32, !llvm.ptr<3>
        %v4479 = arith.addi %v24, %v28 : i64
        %v4480 = arith.divui %v4479, %v240 : i64
        %v4481 = arith.remui %v4479, %v240 : i64
        %v4482 = arith.addi %v30, %v4480 : i64
        %v4483 = arith.muli %v4482, %v250 : i64
        %v4484 = arith.addi %v4483, %v4481 : i64
        %v4485 = llvm.getelementptr %v21[%v4484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2259, %v4485 : f32, !llvm.ptr<3>
        %v4486 = arith.addi %v4264, %v28 : i64
        %v4487 = arith.divui %v4486, %v240 : i64
        %v4488 = arith.remui %v4486, %v240 : i64
        %v4489 = arith.addi %v30, %v4487 : i64
        %v4490 = arith.muli %v4489, %v250 : i64
        %v4491 = arith.addi %v4490, %v4488 : i64
        %v4492 = llvm.getelementptr %v21[%v4491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2273, %v4492 : f32, !llvm.ptr<3>
        %v4493 = arith.addi %v4271, %v28 : i64
        %v4494 = arith.divui %v4493, %v240 : i64
        %v4495 = arith.remui %v4493, %v240 : i64
        %v4496 = arith.addi %v30, %v4494 : i64
        %v4497 = arith.muli %v4496, %v250 : i64
        %v4498 = arith.addi %v4497, %v4495 : i64
        %v4499 = llvm.getelementptr %v21[%v4498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2287, %v4499 : f32, !llvm.ptr<3>
        %v4500 = arith.addi %v4278, %v28 : i64
        %v4501 = arith.divui %v4500, %v240 : i64
        %v4502 = arith.remui %v4500, %v240 : i64
        %v4503 = arith.addi %v30, %v4501 : i64
        %v4504 = arith.muli %v4503, %v250 : i64
        %v4505 = arith.addi %v4504, %v4502 : i64
        %v4506 = llvm.getelementptr %v21[%v4505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2301, %v4506 : f32, !llvm.ptr<3>
        %v4507 = arith.addi %v1591, %v28 : i64
        %v4508 = arith.divui %v4507, %v240 : i64
        %v4509 = arith.remui %v4507, %v240 : i64
        %v4510 = arith.addi %v30, %v4508 : i64
        %v4511 = arith.muli %v4510, %v250 : i64
        %v4512 = arith.addi %v4511, %v4509 : i64
        %v4513 = llvm.getelementptr %v21[%v4512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2315, %v4513 : f32, !llvm.ptr<3>
        %v4514 = arith.addi %v4291, %v28 : i64
        %v4515 = arith.divui %v4514, %v240 : i64
        %v4516 = arith.remui %v4514, %v240 : i64
        %v4517 = arith.addi %v30, %v4515 : i64
        %v4518 = arith.muli %v4517, %v250 : i64
        %v4519 = arith.addi %v4518, %v4516 : i64
        %v4520 = llvm.getelementptr %v21[%v4519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2329, %v4520 : f32, !llvm.ptr<3>
        %v4521 = arith.addi %v4298, %v28 : i64
        %v4522 = arith.divui %v4521, %v240 : i64
        %v4523 = arith.remui %v4521, %v240 : i64
        %v4524 = arith.addi %v30, %v4522 : i64
        %v4525 = arith.muli %v4524, %v250 : i64
        %v4526 = arith.addi %v4525, %v4523 : i64
        %v4527 = llvm.getelementptr %v21[%v4526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2343, %v4527 : f32, !llvm.ptr<3>
        %v4528 = arith.addi %v4305, %v28 : i64
        %v4529 = arith.divui %v4528, %v240 : i64
        %v4530 = arith.remui %v4528, %v240 : i64
        %v4531 = arith.addi %v30, %v4529 : i64
        %v4532 = arith.muli %v4531, %v250 : i64
        %v4533 = arith.addi %v4532, %v4530 : i64
        %v4534 = llvm.getelementptr %v21[%v4533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2357, %v4534 : f32, !llvm.ptr<3>
        %v4535 = arith.addi %v4312, %v28 : i64
        %v4536 = arith.divui %v4535, %v240 : i64
        %v4537 = arith.remui %v4535, %v240 : i64
        %v4538 = arith.addi %v30, %v4536 : i64
        %v4539 = arith.muli %v4538, %v250 : i64
        %v4540 = arith.addi %v4539, %v4537 : i64
        %v4541 = llvm.getelementptr %v21[%v4540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2371, %v4541 : f32, !llvm.ptr<3>
        %v4542 = arith.addi %v4319, %v28 : i64
        %v4543 = arith.divui %v4542, %v240 : i64
        %v4544 = arith.remui %v4542, %v240 : i64
        %v4545 = arith.addi %v30, %v4543 : i64
        %v4546 = arith.muli %v4545, %v250 : i64
        %v4547 = arith.addi %v4546, %v4544 : i64
        %v4548 = llvm.getelementptr %v21[%v4547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2385, %v4548 : f32, !llvm.ptr<3>
        %v4549 = arith.addi %v4326, %v28 : i64
        %v4550 = arith.divui %v4549, %v240 : i64
        %v4551 = arith.remui %v4549, %v240 : i64
        %v4552 = arith.addi %v30, %v4550 : i64
        %v4553 = arith.muli %v4552, %v250 : i64
        %v4554 = arith.addi %v4553, %v4551 : i64
        %v4555 = llvm.getelementptr %v21[%v4554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2399, %v4555 : f32, !llvm.ptr<3>
        %v4556 = arith.addi %v4333, %v28 : i64
        %v4557 = arith.divui %v4556, %v240 : i64
        %v4558 = arith.remui %v4556, %v240 : i64
        %v4559 = arith.addi %v30, %v4557 : i64
        %v4560 = arith.muli %v4559, %v250 : i64
        %v4561 = arith.addi %v4560, %v4558 : i64
        %v4562 = llvm.getelementptr %v21[%v4561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2413, %v4562 : f32, !llvm.ptr<3>
        %v4563 = arith.addi %v4340, %v28 : i64
        %v4564 = arith.divui %v4563, %v240 : i64
        %v4565 = arith.remui %v4563, %v240 : i64
        %v4566 = arith.addi %v30, %v4564 : i64
        %v4567 = arith.muli %v4566, %v250 : i64
        %v4568 = arith.addi %v4567, %v4565 : i64
        %v4569 = llvm.getelementptr %v21[%v4568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2427, %v4569 : f32, !llvm.ptr<3>
        %v4570 = arith.addi %v4347, %v28 : i64
        %v4571 = arith.divui %v4570, %v240 : i64
        %v4572 = arith.remui %v4570, %v240 : i64
        %v4573 = arith.addi %v30, %v4571 : i64
        %v4574 = arith.muli %v4573, %v250 : i64
        %v4575 = arith.addi %v4574, %v4572 : i64
        %v4576 = llvm.getelementptr %v21[%v4575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2441, %v4576 : f32, !llvm.ptr<3>
        %v4577 = arith.addi %v4354, %v28 : i64
        %v4578 = arith.divui %v4577, %v240 : i64
        %v4579 = arith.remui %v4577, %v240 : i64
        %v4580 = arith.addi %v30, %v4578 : i64
        %v4581 = arith.muli %v4580, %v250 : i64
        %v4582 = arith.addi %v4581, %v4579 : i64
        %v4583 = llvm.getelementptr %v21[%v4582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2455, %v4583 : f32, !llvm.ptr<3>
        %v4584 = arith.addi %v4361, %v28 : i64
        %v4585 = arith.divui %v4584, %v240 : i64
        %v4586 = arith.remui %v4584, %v240 : i64
        %v4587 = arith.addi %v30, %v4585 : i64
        %v4588 = arith.muli %v4587, %v250 : i64
        %v4589 = arith.addi %v4588, %v4586 : i64
        %v4590 = llvm.getelementptr %v21[%v4589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2469, %v4590 : f32, !llvm.ptr<3>
        %v4591 = arith.addi %v4368, %v28 : i64
        %v4592 = arith.divui %v4591, %v240 : i64
        %v4593 = arith.remui %v4591, %v240 : i64
        %v4594 = arith.addi %v30, %v4592 : i64
        %v4595 = arith.muli %v4594, %v250 : i64
        %v4596 = arith.addi %v4595, %v4593 : i64
        %v4597 = llvm.getelementptr %v21[%v4596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2483, %v4597 : f32, !llvm.ptr<3>
        %v4598 = arith.addi %v4375, %v28 : i64
        %v4599 = arith.divui %v4598, %v240 : i64
        %v4600 = arith.remui %v4598, %v240 : i64
        %v4601 = arith.addi %v30, %v4599 : i64
        %v4602 = arith.muli %v4601, %v250 : i64
        %v4603 = arith.addi %v4602, %v4600 : i64
        %v4604 = llvm.getelementptr %v21[%v4603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2497, %v4604 : f32, !llvm.ptr<3>
        %v4605 = arith.addi %v4382, %v28 : i64
        %v4606 = arith.divui %v4605, %v240 : i64
        %v4607 = arith.remui %v4605, %v240 : i64
        %v4608 = arith.addi %v30, %v4606 : i64
        %v4609 = arith.muli %v4608, %v250 : i64
        %v4610 = arith.addi %v4609, %v4607 : i64
        %v4611 = llvm.getelementptr %v21[%v4610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2511, %v4611 : f32, !llvm.ptr<3>
        %v4612 = arith.addi %v4389, %v28 : i64
        %v4613 = arith.divui %v4612, %v240 : i64
        %v4614 = arith.remui %v4612, %v240 : i64
        %v4615 = arith.addi %v30, %v4613 : i64
        %v4616 = arith.muli %v4615, %v250 : i64
        %v4617 = arith.addi %v4616, %v4614 : i64
        %v4618 = llvm.getelementptr %v21[%v4617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2525, %v4618 : f32, !llvm.ptr<3>
        %v4619 = arith.addi %v4396, %v28 : i64
        %v4620 = arith.divui %v4619, %v240 : i64
        %v4621 = arith.remui %v4619, %v240 : i64
        %v4622 = arith.addi %v30, %v4620 : i64
        %v4623 = arith.muli %v4622, %v250 : i64
        %v4624 = arith.addi %v4623, %v4621 : i64
        %v4625 = llvm.getelementptr %v21[%v4624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2539, %v4625 : f32, !llvm.ptr<3>
        %v4626 = arith.addi %v4403, %v28 : i64
        %v4627 = arith.divui %v4626, %v240 : i64
        %v4628 = arith.remui %v4626, %v240 : i64
        %v4629 = arith.addi %v30, %v4627 : i64
        %v4630 = arith.muli %v4629, %v250 : i64
        %v4631 = arith.addi %v4630, %v4628 : i64
        %v4632 = llvm.getelementptr %v21[%v4631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2553, %v4632 : f32, !llvm.ptr<3>
        %v4633 = arith.addi %v4410, %v28 : i64
        %v4634 = arith.divui %v4633, %v240 : i64
        %v4635 = arith.remui %v4633, %v240 : i64
        %v4636 = arith.addi %v30, %v4634 : i64
        %v4637 = arith.muli %v4636, %v250 : i64
        %v4638 = arith.addi %v4637, %v4635 : i64
        %v4639 = llvm.getelementptr %v21[%v4638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2567, %v4639 : f32, !llvm.ptr<3>
        %v4640 = arith.addi %v4417, %v28 : i64
        %v4641 = arith.divui %v4640, %v240 : i64
        %v4642 = arith.remui %v4640, %v240 : i64
        %v4643 = arith.addi %v30, %v4641 : i64
        %v4644 = arith.muli %v4643, %v250 : i64
        %v4645 = arith.addi %v4644, %v4642 : i64
        %v4646 = llvm.getelementptr %v21[%v4645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2581, %v4646 : f32, !llvm.ptr<3>
        %v4647 = arith.addi %v4424, %v28 : i64
        %v4648 = arith.divui %v4647, %v240 : i64
        %v4649 = arith.remui %v4647, %v240 : i64
        %v4650 = arith.addi %v30, %v4648 : i64
        %v4651 = arith.muli %v4650, %v250 : i64
        %v4652 = arith.addi %v4651, %v4649 : i64
        %v4653 = llvm.getelementptr %v21[%v4652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2595, %v4653 : f32, !llvm.ptr<3>
        %v4654 = arith.addi %v4431, %v28 : i64
        %v4655 = arith.divui %v4654, %v240 : i64
        %v4656 = arith.remui %v4654, %v240 : i64
        %v4657 = arith.addi %v30, %v4655 : i64
        %v4658 = arith.muli %v4657, %v250 : i64
        %v4659 = arith.addi %v4658, %v4656 : i64
        %v4660 = llvm.getelementptr %v21[%v4659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2609, %v4660 : f32, !llvm.ptr<3>
        %v4661 = arith.addi %v4438, %v28 : i64
        %v4662 = arith.divui %v4661, %v240 : i64
        %v4663 = arith.remui %v4661, %v240 : i64
        %v4664 = arith.addi %v30, %v4662 : i64
        %v4665 = arith.muli %v4664, %v250 : i64
        %v4666 = arith.addi %v4665, %v4663 : i64
        %v4667 = llvm.getelementptr %v21[%v4666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2623, %v4667 : f32, !llvm.ptr<3>
        %v4668 = arith.addi %v4445, %v28 : i64
        %v4669 = arith.divui %v4668, %v240 : i64
        %v4670 = arith.remui %v4668, %v240 : i64
        %v4671 = arith.addi %v30, %v4669 : i64
        %v4672 = arith.muli %v4671, %v250 : i64
        %v4673 = arith.addi %v4672, %v4670 : i64
        %v4674 = llvm.getelementptr %v21[%v4673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2637, %v4674 : f32, !llvm.ptr<3>
        %v4675 = arith.divui %v28, %v240 : i64
        %v4676 = arith.remui %v28, %v240 : i64
        %v4677 = arith.addi %v68, %v4675 : i64
        %v4678 = arith.muli %v4677, %v250 : i64
        %v4679 = arith.addi %v4678, %v4676 : i64
        %v4680 = llvm.getelementptr %v21[%v4679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2652, %v4680 : f32, !llvm.ptr<3>
        %v4681 = arith.addi %v30, %v28 : i64
        %v4682 = arith.divui %v4681, %v240 : i64
        %v4683 = arith.remui %v4681, %v240 : i64
        %v4684 = arith.addi %v68, %v4682 : i64
        %v4685 = arith.muli %v4684, %v250 : i64
        %v4686 = arith.addi %v4685, %v4683 : i64
        %v4687 = llvm.getelementptr %v21[%v4686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2666, %v4687 : f32, !llvm.ptr<3>
        %v4688 = arith.addi %v68, %v28 : i64
        %v4689 = arith.divui %v4688, %v240 : i64
        %v4690 = arith.remui %v4688, %v240 : i64
        %v4691 = arith.addi %v68, %v4689 : i64
        %v4692 = arith.muli %v4691, %v250 : i64
        %v4693 = arith.addi %v4692, %v4690 : i64
        %v4694 = llvm.getelementptr %v21[%v4693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2680, %v4694 : f32, !llvm.ptr<3>
        %v4695 = arith.addi %v77, %v28 : i64
        %v4696 = arith.divui %v4695, %v240 : i64
        %v4697 = arith.remui %v4695, %v240 : i64
        %v4698 = arith.addi %v68, %v4696 : i64
        %v4699 = arith.muli %v4698, %v250 : i64
        %v4700 = arith.addi %v4699, %v4697 : i64
        %v4701 = llvm.getelementptr %v21[%v4700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2694, %v4701 : f32, !llvm.ptr<3>
        %v4702 = arith.addi %v24, %v28 : i64
        %v4703 = arith.divui %v4702, %v240 : i64
        %v4704 = arith.remui %v4702, %v240 : i64
        %v4705 = arith.addi %v68, %v4703 : i64
        %v4706 = arith.muli %v4705, %v250 : i64
        %v4707 = arith.addi %v4706, %v4704 : i64
        %v4708 = llvm.getelementptr %v21[%v4707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2708, %v4708 : f32, !llvm.ptr<3>
        %v4709 = arith.addi %v4264, %v28 : i64
        %v4710 = arith.divui %v4709, %v240 : i64
        %v4711 = arith.remui %v4709, %v240 : i64
        %v4712 = arith.addi %v68, %v4710 : i64
        %v4713 = arith.muli %v4712, %v250 : i64
        %v4714 = arith.addi %v4713, %v4711 : i64
        %v4715 = llvm.getelementptr %v21[%v4714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2722, %v4715 : f32, !llvm.ptr<3>
        %v4716 = arith.addi %v4271, %v28 : i64
        %v4717 = arith.divui %v4716, %v240 : i64
        %v4718 = arith.remui %v4716, %v240 : i64
        %v4719 = arith.addi %v68, %v4717 : i64
        %v4720 = arith.muli %v4719, %v250 : i64
        %v4721 = arith.addi %v4720, %v4718 : i64
        %v4722 = llvm.getelementptr %v21[%v4721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2736, %v4722 : f32, !llvm.ptr<3>
        %v4723 = arith.addi %v4278, %v28 : i64
        %v4724 = arith.divui %v4723, %v240 : i64
        %v4725 = arith.remui %v4723, %v240 : i64
        %v4726 = arith.addi %v68, %v4724 : i64
        %v4727 = arith.muli %v4726, %v250 : i64
        %v4728 = arith.addi %v4727, %v4725 : i64
        %v4729 = llvm.getelementptr %v21[%v4728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2750, %v4729 : f32, !llvm.ptr<3>
        %v4730 = arith.addi %v1591, %v28 : i64
        %v4731 = arith.divui %v4730, %v240 : i64
        %v4732 = arith.remui %v4730, %v240 : i64
        %v4733 = arith.addi %v68, %v4731 : i64
        %v4734 = arith.muli %v4733, %v250 : i64
        %v4735 = arith.addi %v4734, %v4732 : i64
        %v4736 = llvm.getelementptr %v21[%v4735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2764, %v4736 : f32, !llvm.ptr<3>
        %v4737 = arith.addi %v4291, %v28 : i64
        %v4738 = arith.divui %v4737, %v240 : i64
        %v4739 = arith.remui %v4737, %v240 : i64
        %v4740 = arith.addi %v68, %v4738 : i64
        %v4741 = arith.muli %v4740, %v250 : i64
        %v4742 = arith.addi %v4741, %v4739 : i64
        %v4743 = llvm.getelementptr %v21[%v4742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2778, %v4743 : f32, !llvm.ptr<3>
        %v4744 = arith.addi %v4298, %v28 : i64
        %v4745 = arith.divui %v4744, %v240 : i64
        %v4746 = arith.remui %v4744, %v240 : i64
        %v4747 = arith.addi %v68, %v4745 : i64
        %v4748 = arith.muli %v4747, %v250 : i64
        %v4749 = arith.addi %v4748, %v4746 : i64
        %v4750 = llvm.getelementptr %v21[%v4749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2792, %v4750 : f32, !llvm.ptr<3>
        %v4751 = arith.addi %v4305, %v28 : i64
        %v4752 = arith.divui %v4751, %v240 : i64
        %v4753 = arith.remui %v4751, %v240 : i64
        %v4754 = arith.addi %v68, %v4752 : i64
        %v4755 = arith.muli %v4754, %v250 : i64
        %v4756 = arith.addi %v4755, %v4753 : i64
        %v4757 = llvm.getelementptr %v21[%v4756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2806, %v4757 : f32, !llvm.ptr<3>
        %v4758 = arith.addi %v4312, %v28 : i64
        %v4759 = arith.divui %v4758, %v240 : i64
        %v4760 = arith.remui %v4758, %v240 : i64
        %v4761 = arith.addi %v68, %v4759 : i64
        %v4762 = arith.muli %v4761, %v250 : i64
        %v4763 = arith.addi %v4762, %v4760 : i64
        %v4764 = llvm.getelementptr %v21[%v4763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2820, %v4764 : f32, !llvm.ptr<3>
        %v4765 = arith.addi %v4319, %v28 : i64
        %v4766 = arith.divui %v4765, %v240 : i64
        %v4767 = arith.remui %v4765, %v240 : i64
        %v4768 = arith.addi %v68, %v4766 : i64
        %v4769 = arith.muli %v4768, %v250 : i64
        %v4770 = arith.addi %v4769, %v4767 : i64
        %v4771 = llvm.getelementptr %v21[%v4770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2834, %v4771 : f32, !llvm.ptr<3>
        %v4772 = arith.addi %v4326, %v28 : i64
        %v4773 = arith.divui %v4772, %v240 : i64
        %v4774 = arith.remui %v4772, %v240 : i64
        %v4775 = arith.addi %v68, %v4773 : i64
        %v4776 = arith.muli %v4775, %v250 : i64
        %v4777 = arith.addi %v4776, %v4774 : i64
        %v4778 = llvm.getelementptr %v21[%v4777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2848, %v4778 : f32, !llvm.ptr<3>
        %v4779 = arith.addi %v4333, %v28 : i64
        %v4780 = arith.divui %v4779, %v240 : i64
        %v4781 = arith.remui %v4779, %v240 : i64
        %v4782 = arith.addi %v68, %v4780 : i64
        %v4783 = arith.muli %v4782, %v250 : i64
        %v4784 = arith.addi %v4783, %v4781 : i64
        %v4785 = llvm.getelementptr %v21[%v4784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2862, %v4785 : f32, !llvm.ptr<3>
        %v4786 = arith.addi %v4340, %v28 : i64
        %v4787 = arith.divui %v4786, %v240 : i64
        %v4788 = arith.remui %v4786, %v240 : i64
        %v4789 = arith.addi %v68, %v4787 : i64
        %v4790 = arith.muli %v4789, %v250 : i64
        %v4791 = arith.addi %v4790, %v4788 : i64
        %v4792 = llvm.getelementptr %v21[%v4791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2876, %v4792 : f32, !llvm.ptr<3>
        %v4793 = arith.addi %v4347, %v28 : i64
        %v4794 = arith.divui %v4793, %v240 : i64
        %v4795 = arith.remui %v4793, %v240 : i64
        %v4796 = arith.addi %v68, %v4794 : i64
        %v4797 = arith.muli %v4796, %v250 : i64
        %v4798 = arith.addi %v4797, %v4795 : i64
        %v4799 = llvm.getelementptr %v21[%v4798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2890, %v4799 : f32, !llvm.ptr<3>
        %v4800 = arith.addi %v4354, %v28 : i64
        %v4801 = arith.divui %v4800, %v240 : i64
        %v4802 = arith.remui %v4800, %v240 : i64
        %v4803 = arith.addi %v68, %v4801 : i64
        %v4804 = arith.muli %v4803, %v250 : i64
        %v4805 = arith.addi %v4804, %v4802 : i64
        %v4806 = llvm.getelementptr %v21[%v4805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2904, %v4806 : f32, !llvm.ptr<3>
        %v4807 = arith.addi %v4361, %v28 : i64
        %v4808 = arith.divui %v4807, %v240 : i64
        %v4809 = arith.remui %v4807, %v240 : i64
        %v4810 = arith.addi %v68, %v4808 : i64
        %v4811 = arith.muli %v4810, %v250 : i64
        %v4812 = arith.addi %v4811, %v4809 : i64
        %v4813 = llvm.getelementptr %v21[%v4812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2918, %v4813 : f32, !llvm.ptr<3>
        %v4814 = arith.addi %v4368, %v28 : i64
        %v4815 = arith.divui %v4814, %v240 : i64
        %v4816 = arith.remui %v4814, %v240 : i64
        %v4817 = arith.addi %v68, %v4815 : i64
        %v4818 = arith.muli %v4817, %v250 : i64
        %v4819 = arith.addi %v4818, %v4816 : i64
        %v4820 = llvm.getelementptr %v21[%v4819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2932, %v4820 : f32, !llvm.ptr<3>
        %v4821 = arith.addi %v4375, %v28 : i64
        %v4822 = arith.divui %v4821, %v240 : i64
        %v4823 = arith.remui %v4821, %v240 : i64
        %v4824 = arith.addi %v68, %v4822 : i64
        %v4825 = arith.muli %v4824, %v250 : i64
        %v4826 = arith.addi %v4825, %v4823 : i64
        %v4827 = llvm.getelementptr %v21[%v4826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2946, %v4827 : f32, !llvm.ptr<3>
        %v4828 = arith.addi %v4382, %v28 : i64
        %v4829 = arith.divui %v4828, %v240 : i64
        %v4830 = arith.remui %v4828, %v240 : i64
        %v4831 = arith.addi %v68, %v4829 : i64
        %v4832 = arith.muli %v4831, %v250 : i64
        %v4833 = arith.addi %v4832, %v4830 : i64
        %v4834 = llvm.getelementptr %v21[%v4833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2960, %v4834 : f32, !llvm.ptr<3>
        %v4835 = arith.addi %v4389, %v28 : i64
        %v4836 = arith.divui %v4835, %v240 : i64
        %v4837 = arith.remui %v4835, %v240 : i64
        %v4838 = arith.addi %v68, %v4836 : i64
        %v4839 = arith.muli %v4838, %v250 : i64
        %v4840 = arith.addi %v4839, %v4837 : i64
        %v4841 = llvm.getelementptr %v21[%v4840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2974, %v4841 : f32, !llvm.ptr<3>
        %v4842 = arith.addi %v4396, %v28 : i64
        %v4843 = arith.divui %v4842, %v240 : i64
        %v4844 = arith.remui %v4842, %v240 : i64
        %v4845 = arith.addi %v68, %v4843 : i64
        %v4846 = arith.muli %v4845, %v250 : i64
        %v4847 = arith.addi %v4846, %v4844 : i64
        %v4848 = llvm.getelementptr %v21[%v4847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2988, %v4848 : f32, !llvm.ptr<3>
        %v4849 = arith.addi %v4403, %v28 : i64
        %v4850 = arith.divui %v4849, %v240 : i64
        %v4851 = arith.remui %v4849, %v240 : i64
        %v4852 = arith.addi %v68, %v4850 : i64
        %v4853 = arith.muli %v4852, %v250 : i64
        %v4854 = arith.addi %v4853, %v4851 : i64
        %v4855 = llvm.getelementptr %v21[%v4854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3002, %v4855 : f32, !llvm.ptr<3>
        %v4856 = arith.addi %v4410, %v28 : i64
        %v4857 = arith.divui %v4856, %v240 : i64
        %v4858 = arith.remui %v4856, %v240 : i64
        %v4859 = arith.addi %v68, %v4857 : i64
        %v4860 = arith.muli %v4859, %v250 : i64
        %v4861 = arith.addi %v4860, %v4858 : i64
        %v4862 = llvm.getelementptr %v21[%v4861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3016, %v4862 : f32, !llvm.ptr<3>
        %v4863 = arith.addi %v4417, %v28 : i64
        %v4864 = arith.divui %v4863, %v240 : i64
        %v4865 = arith.remui %v4863, %v240 : i64
        %v4866 = arith.addi %v68, %v4864 : i64
        %v4867 = arith.muli %v4866, %v250 : i64
        %v4868 = arith.addi %v4867, %v4865 : i64
        %v4869 = llvm.getelementptr %v21[%v4868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3030, %v4869 : f32, !llvm.ptr<3>
        %v4870 = arith.addi %v4424, %v28 : i64
        %v4871 = arith.divui %v4870, %v240 : i64
        %v4872 = arith.remui %v4870, %v240 : i64
        %v4873 = arith.addi %v68, %v4871 : i64
        %v4874 = arith.muli %v4873, %v250 : i64
        %v4875 = arith.addi %v4874, %v4872 : i64
        %v4876 = llvm.getelementptr %v21[%v4875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3044, %v4876 : f32, !llvm.ptr<3>
        %v4877 = arith.addi %v4431, %v28 : i64
        %v4878 = arith.divui %v4877, %v240 : i64
        %v4879 = arith.remui %v4877, %v240 : i64
        %v4880 = arith.addi %v68, %v4878 : i64
        %v4881 = arith.muli %v4880, %v250 : i64
        %v4882 = arith.addi %v4881, %v4879 : i64
        %v4883 = llvm.getelementptr %v21[%v4882] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3058, %v4883 : f32, !llvm.ptr<3>
        %v4884 = arith.addi %v4438, %v28 : i64
        %v4885 = arith.divui %v4884, %v240 : i64
        %v4886 = arith.remui %v4884, %v240 : i64
        %v4887 = arith.addi %v68, %v4885 : i64
        %v4888 = arith.muli %v4887, %v250 : i64
        %v4889 = arith.addi %v4888, %v4886 : i64
        %v4890 = llvm.getelementptr %v21[%v4889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3072, %v4890 : f32, !llvm.ptr<3>
        %v4891 = arith.addi %v4445, %v28 : i64
        %v4892 = arith.divui %v4891, %v240 : i64
        %v4893 = arith.remui %v4891, %v240 : i64
        %v4894 = arith.addi %v68, %v4892 : i64
        %v4895 = arith.muli %v4894, %v250 : i64
        %v4896 = arith.addi %v4895, %v4893 : i64
        %v4897 = llvm.getelementptr %v21[%v4896] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3086, %v4897 : f32, !llvm.ptr<3>
        %v4898 = arith.divui %v28, %v240 : i64
        %v4899 = arith.remui %v28, %v240 : i64
        %v4900 = arith.constant true
        %v4901 = arith.addi %v77, %v4898 : i64
        %v4902 = llvm.getelementptr %v20[%v4901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4903 = llvm.load %v4902 : !llvm.ptr<3> -> i64
        %v4904 = arith.addi %v1589, %v4899 : i64
        %v4905 = arith.cmpi slt, %v4904, %size_L : i64
        %v4906 = arith.subi %size_L, %v2 : i64
        %v4907 = arith.minsi %v4904, %v4906 : i64
        %v4908 = arith.addi %v4903, %v4907 : i64
        %v4909 = arith.muli %v4901, %v250 : i64
        %v4910 = arith.addi %v4909, %v4899 : i64
        %v4911 = arith.cmpi sge, %v4903, %v53 : i64
        %v4912 = arith.andi %v4905, %v4911 : i1
        %v4913 = arith.andi %v4912, %v4900 : i1
        %v4914 = llvm.getelementptr %v21[%v4910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4915 = llvm.load %v4914 : !llvm.ptr<3> -> f32
        %v4916 = arith.addi %v4898, %v67 : i64
        %v4917 = arith.constant true
        %v4918 = arith.addi %v77, %v4916 : i64
        %v4919 = llvm.getelementptr %v20[%v4918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4920 = llvm.load %v4919 : !llvm.ptr<3> -> i64
        %v4921 = arith.addi %v1589, %v4899 : i64
        %v4922 = arith.cmpi slt, %v4921, %size_L : i64
        %v4923 = arith.subi %size_L, %v2 : i64
        %v4924 = arith.minsi %v4921, %v4923 : i64
        %v4925 = arith.addi %v4920, %v4924 : i64
        %v4926 = arith.muli %v4918, %v250 : i64
        %v4927 = arith.addi %v4926, %v4899 : i64
        %v4928 = arith.cmpi sge, %v4920, %v53 : i64
        %v4929 = arith.andi %v4922, %v4928 : i1
        %v4930 = arith.andi %v4929, %v4917 : i1
        %v4931 = llvm.getelementptr %v21[%v4927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4932 = llvm.load %v4931 : !llvm.ptr<3> -> f32
        %v4933 = arith.addi %v4898, %v267 : i64
        %v4934 = arith.constant true
        %v4935 = arith.addi %v77, %v4933 : i64
        %v4936 = llvm.getelementptr %v20[%v4935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4937 = llvm.load %v4936 : !llvm.ptr<3> -> i64
        %v4938 = arith.addi %v1589, %v4899 : i64
        %v4939 = arith.cmpi slt, %v4938, %size_L : i64
        %v4940 = arith.subi %size_L, %v2 : i64
        %v4941 = arith.minsi %v4938, %v4940 : i64
        %v4942 = arith.addi %v4937, %v4941 : i64
        %v4943 = arith.muli %v4935, %v250 : i64
        %v4944 = arith.addi %v4943, %v4899 : i64
        %v4945 = arith.cmpi sge, %v4937, %v53 : i64
        %v4946 = arith.andi %v4939, %v4945 : i1
        %v4947 = arith.andi %v4946, %v4934 : i1
        %v4948 = llvm.getelementptr %v21[%v4944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4949 = llvm.load %v4948 : !llvm.ptr<3> -> f32
        %v4950 = arith.addi %v4898, %v280 : i64
        %v4951 = arith.constant true
        %v4952 = arith.addi %v77, %v4950 : i64
        %v4953 = llvm.getelementptr %v20[%v4952] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4954 = llvm.load %v4953 : !llvm.ptr<3> -> i64
        %v4955 = arith.addi %v1589, %v4899 : i64
        %v4956 = arith.cmpi slt, %v4955, %size_L : i64
        %v4957 = arith.subi %size_L, %v2 : i64
        %v4958 = arith.minsi %v4955, %v4957 : i64
        %v4959 = arith.addi %v4954, %v4958 : i64
        %v4960 = arith.muli %v4952, %v250 : i64
        %v4961 = arith.addi %v4960, %v4899 : i64
        %v4962 = arith.cmpi sge, %v4954, %v53 : i64
        %v4963 = arith.andi %v4956, %v4962 : i1
        %v4964 = arith.andi %v4963, %v4951 : i1
        %v4965 = llvm.getelementptr %v21[%v4961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4966 = llvm.load %v4965 : !llvm.ptr<3> -> f32
        %v4967 = arith.addi %v4898, %v293 : i64
        %v4968 = arith.constant true
        %v4969 = arith.addi %v77, %v4967 : i64
        %v4970 = llvm.getelementptr %v20[%v4969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4971 = llvm.load %v4970 : !llvm.ptr<3> -> i64
        %v4972 = arith.addi %v1589, %v4899 : i64
        %v4973 = arith.cmpi slt, %v4972, %size_L : i64
        %v4974 = arith.subi %size_L, %v2 : i64
        %v4975 = arith.minsi %v4972, %v4974 : i64
        %v4976 = arith.addi %v4971, %v4975 : i64
        %v4977 = arith.muli %v4969, %v250 : i64
        %v4978 = arith.addi %v4977, %v4899 : i64
        %v4979 = arith.cmpi sge, %v4971, %v53 : i64
        %v4980 = arith.andi %v4973, %v4979 : i1
        %v4981 = arith.andi %v4980, %v4968 : i1
        %v4982 = llvm.getelementptr %v21[%v4978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v4983 = llvm.load %v4982 : !llvm.ptr<3> -> f32
        %v4984 = arith.addi %v4898, %v306 : i64
        %v4985 = arith.constant true
        %v4986 = arith.addi %v77, %v4984 : i64
        %v4987 = llvm.getelementptr %v20[%v4986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v4988 = llvm.load %v4987 : !llvm.ptr<3> -> i64
        %v4989 = arith.addi %v1589, %v4899 : i64
        %v4990 = arith.cmpi slt, %v4989, %size_L : i64
        %v4991 = arith.subi %size_L, %v2 : i64
        %v4992 = arith.minsi %v4989, %v4991 : i64
        %v4993 = arith.addi %v4988, %v4992 : i64
        %v4994 = arith.muli %v4986, %v250 : i64
        %v4995 = arith.addi %v4994, %v4899 : i64
        %v4996 = arith.cmpi sge, %v4988, %v53 : i64
        %v4997 = arith.andi %v4990, %v4996 : i1
        %v4998 = arith.andi %v4997, %v4985 : i1
        %v4999 = llvm.getelementptr %v21[%v4995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5000 = llvm.load %v4999 : !llvm.ptr<3> -> f32
        %v5001 = arith.addi %v4898, %v319 : i64
        %v5002 = arith.constant true
        %v5003 = arith.addi %v77, %v5001 : i64
        %v5004 = llvm.getelementptr %v20[%v5003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5005 = llvm.load %v5004 : !llvm.ptr<3> -> i64
        %v5006 = arith.addi %v1589, %v4899 : i64
        %v5007 = arith.cmpi slt, %v5006, %size_L : i64
        %v5008 = arith.subi %size_L, %v2 : i64
        %v5009 = arith.minsi %v5006, %v5008 : i64
        %v5010 = arith.addi %v5005, %v5009 : i64
        %v5011 = arith.muli %v5003, %v250 : i64
        %v5012 = arith.addi %v5011, %v4899 : i64
        %v5013 = arith.cmpi sge, %v5005, %v53 : i64
        %v5014 = arith.andi %v5007, %v5013 : i1
        %v5015 = arith.andi %v5014, %v5002 : i1
        %v5016 = llvm.getelementptr %v21[%v5012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5017 = llvm.load %v5016 : !llvm.ptr<3> -> f32
        %v5018 = arith.addi %v4898, %v332 : i64
        %v5019 = arith.constant true
        %v5020 = arith.addi %v77, %v5018 : i64
        %v5021 = llvm.getelementptr %v20[%v5020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5022 = llvm.load %v5021 : !llvm.ptr<3> -> i64
        %v5023 = arith.addi %v1589, %v4899 : i64
        %v5024 = arith.cmpi slt, %v5023, %size_L : i64
        %v5025 = arith.subi %size_L, %v2 : i64
        %v5026 = arith.minsi %v5023, %v5025 : i64
        %v5027 = arith.addi %v5022, %v5026 : i64
        %v5028 = arith.muli %v5020, %v250 : i64
        %v5029 = arith.addi %v5028, %v4899 : i64
        %v5030 = arith.cmpi sge, %v5022, %v53 : i64
        %v5031 = arith.andi %v5024, %v5030 : i1
        %v5032 = arith.andi %v5031, %v5019 : i1
        %v5033 = llvm.getelementptr %v21[%v5029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5034 = llvm.load %v5033 : !llvm.ptr<3> -> f32
        %v5035 = arith.addi %v4898, %v1 : i64
        %v5036 = arith.constant true
        %v5037 = arith.addi %v77, %v5035 : i64
        %v5038 = llvm.getelementptr %v20[%v5037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5039 = llvm.load %v5038 : !llvm.ptr<3> -> i64
        %v5040 = arith.addi %v1589, %v4899 : i64
        %v5041 = arith.cmpi slt, %v5040, %size_L : i64
        %v5042 = arith.subi %size_L, %v2 : i64
        %v5043 = arith.minsi %v5040, %v5042 : i64
        %v5044 = arith.addi %v5039, %v5043 : i64
        %v5045 = arith.muli %v5037, %v250 : i64
        %v5046 = arith.addi %v5045, %v4899 : i64
        %v5047 = arith.cmpi sge, %v5039, %v53 : i64
        %v5048 = arith.andi %v5041, %v5047 : i1
        %v5049 = arith.andi %v5048, %v5036 : i1
        %v5050 = llvm.getelementptr %v21[%v5046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5051 = llvm.load %v5050 : !llvm.ptr<3> -> f32
        %v5052 = arith.addi %v4898, %v357 : i64
        %v5053 = arith.constant true
        %v5054 = arith.addi %v77, %v5052 : i64
        %v5055 = llvm.getelementptr %v20[%v5054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5056 = llvm.load %v5055 : !llvm.ptr<3> -> i64
        %v5057 = arith.addi %v1589, %v4899 : i64
        %v5058 = arith.cmpi slt, %v5057, %size_L : i64
        %v5059 = arith.subi %size_L, %v2 : i64
        %v5060 = arith.minsi %v5057, %v5059 : i64
        %v5061 = arith.addi %v5056, %v5060 : i64
        %v5062 = arith.muli %v5054, %v250 : i64
        %v5063 = arith.addi %v5062, %v4899 : i64
        %v5064 = arith.cmpi sge, %v5056, %v53 : i64
        %v5065 = arith.andi %v5058, %v5064 : i1
        %v5066 = arith.andi %v5065, %v5053 : i1
        %v5067 = llvm.getelementptr %v21[%v5063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5068 = llvm.load %v5067 : !llvm.ptr<3> -> f32
        %v5069 = arith.addi %v4898, %v370 : i64
        %v5070 = arith.constant true
        %v5071 = arith.addi %v77, %v5069 : i64
        %v5072 = llvm.getelementptr %v20[%v5071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5073 = llvm.load %v5072 : !llvm.ptr<3> -> i64
        %v5074 = arith.addi %v1589, %v4899 : i64
        %v5075 = arith.cmpi slt, %v5074, %size_L : i64
        %v5076 = arith.subi %size_L, %v2 : i64
        %v5077 = arith.minsi %v5074, %v5076 : i64
        %v5078 = arith.addi %v5073, %v5077 : i64
        %v5079 = arith.muli %v5071, %v250 : i64
        %v5080 = arith.addi %v5079, %v4899 : i64
        %v5081 = arith.cmpi sge, %v5073, %v53 : i64
        %v5082 = arith.andi %v5075, %v5081 : i1
        %v5083 = arith.andi %v5082, %v5070 : i1
        %v5084 = llvm.getelementptr %v21[%v5080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5085 = llvm.load %v5084 : !llvm.ptr<3> -> f32
        %v5086 = arith.addi %v4898, %v383 : i64
        %v5087 = arith.constant true
        %v5088 = arith.addi %v77, %v5086 : i64
        %v5089 = llvm.getelementptr %v20[%v5088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5090 = llvm.load %v5089 : !llvm.ptr<3> -> i64
        %v5091 = arith.addi %v1589, %v4899 : i64
        %v5092 = arith.cmpi slt, %v5091, %size_L : i64
        %v5093 = arith.subi %size_L, %v2 : i64
        %v5094 = arith.minsi %v5091, %v5093 : i64
        %v5095 = arith.addi %v5090, %v5094 : i64
        %v5096 = arith.muli %v5088, %v250 : i64
        %v5097 = arith.addi %v5096, %v4899 : i64
        %v5098 = arith.cmpi sge, %v5090, %v53 : i64
        %v5099 = arith.andi %v5092, %v5098 : i1
        %v5100 = arith.andi %v5099, %v5087 : i1
        %v5101 = llvm.getelementptr %v21[%v5097] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5102 = llvm.load %v5101 : !llvm.ptr<3> -> f32
        %v5103 = arith.addi %v4898, %v396 : i64
        %v5104 = arith.constant true
        %v5105 = arith.addi %v77, %v5103 : i64
        %v5106 = llvm.getelementptr %v20[%v5105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5107 = llvm.load %v5106 : !llvm.ptr<3> -> i64
        %v5108 = arith.addi %v1589, %v4899 : i64
        %v5109 = arith.cmpi slt, %v5108, %size_L : i64
        %v5110 = arith.subi %size_L, %v2 : i64
        %v5111 = arith.minsi %v5108, %v5110 : i64
        %v5112 = arith.addi %v5107, %v5111 : i64
        %v5113 = arith.muli %v5105, %v250 : i64
        %v5114 = arith.addi %v5113, %v4899 : i64
        %v5115 = arith.cmpi sge, %v5107, %v53 : i64
        %v5116 = arith.andi %v5109, %v5115 : i1
        %v5117 = arith.andi %v5116, %v5104 : i1
        %v5118 = llvm.getelementptr %v21[%v5114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5119 = llvm.load %v5118 : !llvm.ptr<3> -> f32
        %v5120 = arith.addi %v4898, %v409 : i64
        %v5121 = arith.constant true
        %v5122 = arith.addi %v77, %v5120 : i64
        %v5123 = llvm.getelementptr %v20[%v5122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5124 = llvm.load %v5123 : !llvm.ptr<3> -> i64
        %v5125 = arith.addi %v1589, %v4899 : i64
        %v5126 = arith.cmpi slt, %v5125, %size_L : i64
        %v5127 = arith.subi %size_L, %v2 : i64
        %v5128 = arith.minsi %v5125, %v5127 : i64
        %v5129 = arith.addi %v5124, %v5128 : i64
        %v5130 = arith.muli %v5122, %v250 : i64
        %v5131 = arith.addi %v5130, %v4899 : i64
        %v5132 = arith.cmpi sge, %v5124, %v53 : i64
        %v5133 = arith.andi %v5126, %v5132 : i1
        %v5134 = arith.andi %v5133, %v5121 : i1
        %v5135 = llvm.getelementptr %v21[%v5131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5136 = llvm.load %v5135 : !llvm.ptr<3> -> f32
        %v5137 = arith.addi %v4898, %v422 : i64
        %v5138 = arith.constant true
        %v5139 = arith.addi %v77, %v5137 : i64
        %v5140 = llvm.getelementptr %v20[%v5139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5141 = llvm.load %v5140 : !llvm.ptr<3> -> i64
        %v5142 = arith.addi %v1589, %v4899 : i64
        %v5143 = arith.cmpi slt, %v5142, %size_L : i64
        %v5144 = arith.subi %size_L, %v2 : i64
        %v5145 = arith.minsi %v5142, %v5144 : i64
        %v5146 = arith.addi %v5141, %v5145 : i64
        %v5147 = arith.muli %v5139, %v250 : i64
        %v5148 = arith.addi %v5147, %v4899 : i64
        %v5149 = arith.cmpi sge, %v5141, %v53 : i64
        %v5150 = arith.andi %v5143, %v5149 : i1
        %v5151 = arith.andi %v5150, %v5138 : i1
        %v5152 = llvm.getelementptr %v21[%v5148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5153 = llvm.load %v5152 : !llvm.ptr<3> -> f32
        %v5154 = arith.addi %v4898, %v435 : i64
        %v5155 = arith.constant true
        %v5156 = arith.addi %v77, %v5154 : i64
        %v5157 = llvm.getelementptr %v20[%v5156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5158 = llvm.load %v5157 : !llvm.ptr<3> -> i64
        %v5159 = arith.addi %v1589, %v4899 : i64
        %v5160 = arith.cmpi slt, %v5159, %size_L : i64
        %v5161 = arith.subi %size_L, %v2 : i64
        %v5162 = arith.minsi %v5159, %v5161 : i64
        %v5163 = arith.addi %v5158, %v5162 : i64
        %v5164 = arith.muli %v5156, %v250 : i64
        %v5165 = arith.addi %v5164, %v4899 : i64
        %v5166 = arith.cmpi sge, %v5158, %v53 : i64
        %v5167 = arith.andi %v5160, %v5166 : i1
        %v5168 = arith.andi %v5167, %v5155 : i1
        %v5169 = llvm.getelementptr %v21[%v5165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5170 = llvm.load %v5169 : !llvm.ptr<3> -> f32
        %v5171 = arith.addi %v4898, %v240 : i64
        %v5172 = arith.constant true
        %v5173 = arith.addi %v77, %v5171 : i64
        %v5174 = llvm.getelementptr %v20[%v5173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5175 = llvm.load %v5174 : !llvm.ptr<3> -> i64
        %v5176 = arith.addi %v1589, %v4899 : i64
        %v5177 = arith.cmpi slt, %v5176, %size_L : i64
        %v5178 = arith.subi %size_L, %v2 : i64
        %v5179 = arith.minsi %v5176, %v5178 : i64
        %v5180 = arith.addi %v5175, %v5179 : i64
        %v5181 = arith.muli %v5173, %v250 : i64
        %v5182 = arith.addi %v5181, %v4899 : i64
        %v5183 = arith.cmpi sge, %v5175, %v53 : i64
        %v5184 = arith.andi %v5177, %v5183 : i1
        %v5185 = arith.andi %v5184, %v5172 : i1
        %v5186 = llvm.getelementptr %v21[%v5182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5187 = llvm.load %v5186 : !llvm.ptr<3> -> f32
        %v5188 = arith.addi %v4898, %v460 : i64
        %v5189 = arith.constant true
        %v5190 = arith.addi %v77, %v5188 : i64
        %v5191 = llvm.getelementptr %v20[%v5190] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5192 = llvm.load %v5191 : !llvm.ptr<3> -> i64
        %v5193 = arith.addi %v1589, %v4899 : i64
        %v5194 = arith.cmpi slt, %v5193, %size_L : i64
        %v5195 = arith.subi %size_L, %v2 : i64
        %v5196 = arith.minsi %v5193, %v5195 : i64
        %v5197 = arith.addi %v5192, %v5196 : i64
        %v5198 = arith.muli %v5190, %v250 : i64
        %v5199 = arith.addi %v5198, %v4899 : i64
        %v5200 = arith.cmpi sge, %v5192, %v53 : i64
        %v5201 = arith.andi %v5194, %v5200 : i1
        %v5202 = arith.andi %v5201, %v5189 : i1
        %v5203 = llvm.getelementptr %v21[%v5199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5204 = llvm.load %v5203 : !llvm.ptr<3> -> f32
        %v5205 = arith.addi %v4898, %v473 : i64
        %v5206 = arith.constant true
        %v5207 = arith.addi %v77, %v5205 : i64
        %v5208 = llvm.getelementptr %v20[%v5207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5209 = llvm.load %v5208 : !llvm.ptr<3> -> i64
        %v5210 = arith.addi %v1589, %v4899 : i64
        %v5211 = arith.cmpi slt, %v5210, %size_L : i64
        %v5212 = arith.subi %size_L, %v2 : i64
        %v5213 = arith.minsi %v5210, %v5212 : i64
        %v5214 = arith.addi %v5209, %v5213 : i64
        %v5215 = arith.muli %v5207, %v250 : i64
        %v5216 = arith.addi %v5215, %v4899 : i64
        %v5217 = arith.cmpi sge, %v5209, %v53 : i64
        %v5218 = arith.andi %v5211, %v5217 : i1
        %v5219 = arith.andi %v5218, %v5206 : i1
        %v5220 = llvm.getelementptr %v21[%v5216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5221 = llvm.load %v5220 : !llvm.ptr<3> -> f32
        %v5222 = arith.addi %v4898, %v486 : i64
        %v5223 = arith.constant true
        %v5224 = arith.addi %v77, %v5222 : i64
        %v5225 = llvm.getelementptr %v20[%v5224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5226 = llvm.load %v5225 : !llvm.ptr<3> -> i64
        %v5227 = arith.addi %v1589, %v4899 : i64
        %v5228 = arith.cmpi slt, %v5227, %size_L : i64
        %v5229 = arith.subi %size_L, %v2 : i64
        %v5230 = arith.minsi %v5227, %v5229 : i64
        %v5231 = arith.addi %v5226, %v5230 : i64
        %v5232 = arith.muli %v5224, %v250 : i64
        %v5233 = arith.addi %v5232, %v4899 : i64
        %v5234 = arith.cmpi sge, %v5226, %v53 : i64
        %v5235 = arith.andi %v5228, %v5234 : i1
        %v5236 = arith.andi %v5235, %v5223 : i1
        %v5237 = llvm.getelementptr %v21[%v5233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5238 = llvm.load %v5237 : !llvm.ptr<3> -> f32
        %v5239 = arith.addi %v4898, %v499 : i64
        %v5240 = arith.constant true
        %v5241 = arith.addi %v77, %v5239 : i64
        %v5242 = llvm.getelementptr %v20[%v5241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5243 = llvm.load %v5242 : !llvm.ptr<3> -> i64
        %v5244 = arith.addi %v1589, %v4899 : i64
        %v5245 = arith.cmpi slt, %v5244, %size_L : i64
        %v5246 = arith.subi %size_L, %v2 : i64
        %v5247 = arith.minsi %v5244, %v5246 : i64
        %v5248 = arith.addi %v5243, %v5247 : i64
        %v5249 = arith.muli %v5241, %v250 : i64
        %v5250 = arith.addi %v5249, %v4899 : i64
        %v5251 = arith.cmpi sge, %v5243, %v53 : i64
        %v5252 = arith.andi %v5245, %v5251 : i1
        %v5253 = arith.andi %v5252, %v5240 : i1
        %v5254 = llvm.getelementptr %v21[%v5250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5255 = llvm.load %v5254 : !llvm.ptr<3> -> f32
        %v5256 = arith.addi %v4898, %v512 : i64
        %v5257 = arith.constant true
        %v5258 = arith.addi %v77, %v5256 : i64
        %v5259 = llvm.getelementptr %v20[%v5258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5260 = llvm.load %v5259 : !llvm.ptr<3> -> i64
        %v5261 = arith.addi %v1589, %v4899 : i64
        %v5262 = arith.cmpi slt, %v5261, %size_L : i64
        %v5263 = arith.subi %size_L, %v2 : i64
        %v5264 = arith.minsi %v5261, %v5263 : i64
        %v5265 = arith.addi %v5260, %v5264 : i64
        %v5266 = arith.muli %v5258, %v250 : i64
        %v5267 = arith.addi %v5266, %v4899 : i64
        %v5268 = arith.cmpi sge, %v5260, %v53 : i64
        %v5269 = arith.andi %v5262, %v5268 : i1
        %v5270 = arith.andi %v5269, %v5257 : i1
        %v5271 = llvm.getelementptr %v21[%v5267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5272 = llvm.load %v5271 : !llvm.ptr<3> -> f32
        %v5273 = arith.addi %v4898, %v525 : i64
        %v5274 = arith.constant true
        %v5275 = arith.addi %v77, %v5273 : i64
        %v5276 = llvm.getelementptr %v20[%v5275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5277 = llvm.load %v5276 : !llvm.ptr<3> -> i64
        %v5278 = arith.addi %v1589, %v4899 : i64
        %v5279 = arith.cmpi slt, %v5278, %size_L : i64
        %v5280 = arith.subi %size_L, %v2 : i64
        %v5281 = arith.minsi %v5278, %v5280 : i64
        %v5282 = arith.addi %v5277, %v5281 : i64
        %v5283 = arith.muli %v5275, %v250 : i64
        %v5284 = arith.addi %v5283, %v4899 : i64
        %v5285 = arith.cmpi sge, %v5277, %v53 : i64
        %v5286 = arith.andi %v5279, %v5285 : i1
        %v5287 = arith.andi %v5286, %v5274 : i1
        %v5288 = llvm.getelementptr %v21[%v5284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5289 = llvm.load %v5288 : !llvm.ptr<3> -> f32
        %v5290 = arith.addi %v4898, %v538 : i64
        %v5291 = arith.constant true
        %v5292 = arith.addi %v77, %v5290 : i64
        %v5293 = llvm.getelementptr %v20[%v5292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5294 = llvm.load %v5293 : !llvm.ptr<3> -> i64
        %v5295 = arith.addi %v1589, %v4899 : i64
        %v5296 = arith.cmpi slt, %v5295, %size_L : i64
        %v5297 = arith.subi %size_L, %v2 : i64
        %v5298 = arith.minsi %v5295, %v5297 : i64
        %v5299 = arith.addi %v5294, %v5298 : i64
        %v5300 = arith.muli %v5292, %v250 : i64
        %v5301 = arith.addi %v5300, %v4899 : i64
        %v5302 = arith.cmpi sge, %v5294, %v53 : i64
        %v5303 = arith.andi %v5296, %v5302 : i1
        %v5304 = arith.andi %v5303, %v5291 : i1
        %v5305 = llvm.getelementptr %v21[%v5301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5306 = llvm.load %v5305 : !llvm.ptr<3> -> f32
        %v5307 = arith.addi %v4898, %v551 : i64
        %v5308 = arith.constant true
        %v5309 = arith.addi %v77, %v5307 : i64
        %v5310 = llvm.getelementptr %v20[%v5309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5311 = llvm.load %v5310 : !llvm.ptr<3> -> i64
        %v5312 = arith.addi %v1589, %v4899 : i64
        %v5313 = arith.cmpi slt, %v5312, %size_L : i64
        %v5314 = arith.subi %size_L, %v2 : i64
        %v5315 = arith.minsi %v5312, %v5314 : i64
        %v5316 = arith.addi %v5311, %v5315 : i64
        %v5317 = arith.muli %v5309, %v250 : i64
        %v5318 = arith.addi %v5317, %v4899 : i64
        %v5319 = arith.cmpi sge, %v5311, %v53 : i64
        %v5320 = arith.andi %v5313, %v5319 : i1
        %v5321 = arith.andi %v5320, %v5308 : i1
        %v5322 = llvm.getelementptr %v21[%v5318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5323 = llvm.load %v5322 : !llvm.ptr<3> -> f32
        %v5324 = arith.addi %v4898, %v564 : i64
        %v5325 = arith.constant true
        %v5326 = arith.addi %v77, %v5324 : i64
        %v5327 = llvm.getelementptr %v20[%v5326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5328 = llvm.load %v5327 : !llvm.ptr<3> -> i64
        %v5329 = arith.addi %v1589, %v4899 : i64
        %v5330 = arith.cmpi slt, %v5329, %size_L : i64
        %v5331 = arith.subi %size_L, %v2 : i64
        %v5332 = arith.minsi %v5329, %v5331 : i64
        %v5333 = arith.addi %v5328, %v5332 : i64
        %v5334 = arith.muli %v5326, %v250 : i64
        %v5335 = arith.addi %v5334, %v4899 : i64
        %v5336 = arith.cmpi sge, %v5328, %v53 : i64
        %v5337 = arith.andi %v5330, %v5336 : i1
        %v5338 = arith.andi %v5337, %v5325 : i1
        %v5339 = llvm.getelementptr %v21[%v5335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5340 = llvm.load %v5339 : !llvm.ptr<3> -> f32
        %v5341 = arith.addi %v4898, %v577 : i64
        %v5342 = arith.constant true
        %v5343 = arith.addi %v77, %v5341 : i64
        %v5344 = llvm.getelementptr %v20[%v5343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5345 = llvm.load %v5344 : !llvm.ptr<3> -> i64
        %v5346 = arith.addi %v1589, %v4899 : i64
        %v5347 = arith.cmpi slt, %v5346, %size_L : i64
        %v5348 = arith.subi %size_L, %v2 : i64
        %v5349 = arith.minsi %v5346, %v5348 : i64
        %v5350 = arith.addi %v5345, %v5349 : i64
        %v5351 = arith.muli %v5343, %v250 : i64
        %v5352 = arith.addi %v5351, %v4899 : i64
        %v5353 = arith.cmpi sge, %v5345, %v53 : i64
        %v5354 = arith.andi %v5347, %v5353 : i1
        %v5355 = arith.andi %v5354, %v5342 : i1
        %v5356 = llvm.getelementptr %v21[%v5352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5357 = llvm.load %v5356 : !llvm.ptr<3> -> f32
        %v5358 = arith.addi %v4898, %v590 : i64
        %v5359 = arith.constant true
        %v5360 = arith.addi %v77, %v5358 : i64
        %v5361 = llvm.getelementptr %v20[%v5360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5362 = llvm.load %v5361 : !llvm.ptr<3> -> i64
        %v5363 = arith.addi %v1589, %v4899 : i64
        %v5364 = arith.cmpi slt, %v5363, %size_L : i64
        %v5365 = arith.subi %size_L, %v2 : i64
        %v5366 = arith.minsi %v5363, %v5365 : i64
        %v5367 = arith.addi %v5362, %v5366 : i64
        %v5368 = arith.muli %v5360, %v250 : i64
        %v5369 = arith.addi %v5368, %v4899 : i64
        %v5370 = arith.cmpi sge, %v5362, %v53 : i64
        %v5371 = arith.andi %v5364, %v5370 : i1
        %v5372 = arith.andi %v5371, %v5359 : i1
        %v5373 = llvm.getelementptr %v21[%v5369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5374 = llvm.load %v5373 : !llvm.ptr<3> -> f32
        %v5375 = arith.addi %v4898, %v603 : i64
        %v5376 = arith.constant true
        %v5377 = arith.addi %v77, %v5375 : i64
        %v5378 = llvm.getelementptr %v20[%v5377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5379 = llvm.load %v5378 : !llvm.ptr<3> -> i64
        %v5380 = arith.addi %v1589, %v4899 : i64
        %v5381 = arith.cmpi slt, %v5380, %size_L : i64
        %v5382 = arith.subi %size_L, %v2 : i64
        %v5383 = arith.minsi %v5380, %v5382 : i64
        %v5384 = arith.addi %v5379, %v5383 : i64
        %v5385 = arith.muli %v5377, %v250 : i64
        %v5386 = arith.addi %v5385, %v4899 : i64
        %v5387 = arith.cmpi sge, %v5379, %v53 : i64
        %v5388 = arith.andi %v5381, %v5387 : i1
        %v5389 = arith.andi %v5388, %v5376 : i1
        %v5390 = llvm.getelementptr %v21[%v5386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5391 = llvm.load %v5390 : !llvm.ptr<3> -> f32
        %v5392 = arith.addi %v4898, %v616 : i64
        %v5393 = arith.constant true
        %v5394 = arith.addi %v77, %v5392 : i64
        %v5395 = llvm.getelementptr %v20[%v5394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5396 = llvm.load %v5395 : !llvm.ptr<3> -> i64
        %v5397 = arith.addi %v1589, %v4899 : i64
        %v5398 = arith.cmpi slt, %v5397, %size_L : i64
        %v5399 = arith.subi %size_L, %v2 : i64
        %v5400 = arith.minsi %v5397, %v5399 : i64
        %v5401 = arith.addi %v5396, %v5400 : i64
        %v5402 = arith.muli %v5394, %v250 : i64
        %v5403 = arith.addi %v5402, %v4899 : i64
        %v5404 = arith.cmpi sge, %v5396, %v53 : i64
        %v5405 = arith.andi %v5398, %v5404 : i1
        %v5406 = arith.andi %v5405, %v5393 : i1
        %v5407 = llvm.getelementptr %v21[%v5403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5408 = llvm.load %v5407 : !llvm.ptr<3> -> f32
        %v5409 = arith.addi %v4898, %v629 : i64
        %v5410 = arith.constant true
        %v5411 = arith.addi %v77, %v5409 : i64
        %v5412 = llvm.getelementptr %v20[%v5411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5413 = llvm.load %v5412 : !llvm.ptr<3> -> i64
        %v5414 = arith.addi %v1589, %v4899 : i64
        %v5415 = arith.cmpi slt, %v5414, %size_L : i64
        %v5416 = arith.subi %size_L, %v2 : i64
        %v5417 = arith.minsi %v5414, %v5416 : i64
        %v5418 = arith.addi %v5413, %v5417 : i64
        %v5419 = arith.muli %v5411, %v250 : i64
        %v5420 = arith.addi %v5419, %v4899 : i64
        %v5421 = arith.cmpi sge, %v5413, %v53 : i64
        %v5422 = arith.andi %v5415, %v5421 : i1
        %v5423 = arith.andi %v5422, %v5410 : i1
        %v5424 = llvm.getelementptr %v21[%v5420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5425 = llvm.load %v5424 : !llvm.ptr<3> -> f32
        %v5426 = arith.addi %v4898, %v642 : i64
        %v5427 = arith.constant true
        %v5428 = arith.addi %v77, %v5426 : i64
        %v5429 = llvm.getelementptr %v20[%v5428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5430 = llvm.load %v5429 : !llvm.ptr<3> -> i64
        %v5431 = arith.addi %v1589, %v4899 : i64
        %v5432 = arith.cmpi slt, %v5431, %size_L : i64
        %v5433 = arith.subi %size_L, %v2 : i64
        %v5434 = arith.minsi %v5431, %v5433 : i64
        %v5435 = arith.addi %v5430, %v5434 : i64
        %v5436 = arith.muli %v5428, %v250 : i64
        %v5437 = arith.addi %v5436, %v4899 : i64
        %v5438 = arith.cmpi sge, %v5430, %v53 : i64
        %v5439 = arith.andi %v5432, %v5438 : i1
        %v5440 = arith.andi %v5439, %v5427 : i1
        %v5441 = llvm.getelementptr %v21[%v5437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5442 = llvm.load %v5441 : !llvm.ptr<3> -> f32
        scf.if %v4913 {
          %v5443 = llvm.getelementptr %out_y[%v4908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4915, %v5443 : f32, !llvm.ptr
        }
        scf.if %v4930 {
          %v5444 = llvm.getelementptr %out_y[%v4925] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4932, %v5444 : f32, !llvm.ptr
        }
        scf.if %v4947 {
          %v5445 = llvm.getelementptr %out_y[%v4942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4949, %v5445 : f32, !llvm.ptr
        }
        scf.if %v4964 {
          %v5446 = llvm.getelementptr %out_y[%v4959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4966, %v5446 : f32, !llvm.ptr
        }
        scf.if %v4981 {
          %v5447 = llvm.getelementptr %out_y[%v4976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v4983, %v5447 : f32, !llvm.ptr
        }
        scf.if %v4998 {
          %v5448 = llvm.getelementptr %out_y[%v4993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5000, %v5448 : f32, !llvm.ptr
        }
        scf.if %v5015 {
          %v5449 = llvm.getelementptr %out_y[%v5010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5017, %v5449 : f32, !llvm.ptr
        }
        scf.if %v5032 {
          %v5450 = llvm.getelementptr %out_y[%v5027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5034, %v5450 : f32, !llvm.ptr
        }
        scf.if %v5049 {
          %v5451 = llvm.getelementptr %out_y[%v5044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5051, %v5451 : f32, !llvm.ptr
        }
        scf.if %v5066 {
          %v5452 = llvm.getelementptr %out_y[%v5061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5068, %v5452 : f32, !llvm.ptr
        }
        scf.if %v5083 {
          %v5453 = llvm.getelementptr %out_y[%v5078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5085, %v5453 : f32, !llvm.ptr
        }
        scf.if %v5100 {
          %v5454 = llvm.getelementptr %out_y[%v5095] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5102, %v5454 : f32, !llvm.ptr
        }
        scf.if %v5117 {
          %v5455 = llvm.getelementptr %out_y[%v5112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5119, %v5455 : f32, !llvm.ptr
        }
        scf.if %v5134 {
          %v5456 = llvm.getelementptr %out_y[%v5129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5136, %v5456 : f32, !llvm.ptr
        }
        scf.if %v5151 {
          %v5457 = llvm.getelementptr %out_y[%v5146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5153, %v5457 : f32, !llvm.ptr
        }
        scf.if %v5168 {
          %v5458 = llvm.getelementptr %out_y[%v5163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5170, %v5458 : f32, !llvm.ptr
        }
        scf.if %v5185 {
          %v5459 = llvm.getelementptr %out_y[%v5180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5187, %v5459 : f32, !llvm.ptr
        }
        scf.if %v5202 {
          %v5460 = llvm.getelementptr %out_y[%v5197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5204, %v5460 : f32, !llvm.ptr
        }
        scf.if %v5219 {
          %v5461 = llvm.getelementptr %out_y[%v5214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5221, %v5461 : f32, !llvm.ptr
        }
        scf.if %v5236 {
          %v5462 = llvm.getelementptr %out_y[%v5231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5238, %v5462 : f32, !llvm.ptr
        }
        scf.if %v5253 {
          %v5463 = llvm.getelementptr %out_y[%v5248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5255, %v5463 : f32, !llvm.ptr
        }
        scf.if %v5270 {
          %v5464 = llvm.getelementptr %out_y[%v5265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5272, %v5464 : f32, !llvm.ptr
        }
        scf.if %v5287 {
          %v5465 = llvm.getelementptr %out_y[%v5282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5289, %v5465 : f32, !llvm.ptr
        }
        scf.if %v5304 {
          %v5466 = llvm.getelementptr %out_y[%v5299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5306, %v5466 : f32, !llvm.ptr
        }
        scf.if %v5321 {
          %v5467 = llvm.getelementptr %out_y[%v5316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5323, %v5467 : f32, !llvm.ptr
        }
        scf.if %v5338 {
          %v5468 = llvm.getelementptr %out_y[%v5333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5340, %v5468 : f32, !llvm.ptr
        }
        scf.if %v5355 {
          %v5469 = llvm.getelementptr %out_y[%v5350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5357, %v5469 : f32, !llvm.ptr
        }
        scf.if %v5372 {
          %v5470 = llvm.getelementptr %out_y[%v5367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5374, %v5470 : f32, !llvm.ptr
        }
        scf.if %v5389 {
          %v5471 = llvm.getelementptr %out_y[%v5384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5391, %v5471 : f32, !llvm.ptr
        }
        scf.if %v5406 {
          %v5472 = llvm.getelementptr %out_y[%v5401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5408, %v5472 : f32, !llvm.ptr
        }
        scf.if %v5423 {
          %v5473 = llvm.getelementptr %out_y[%v5418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5425, %v5473 : f32, !llvm.ptr
        }
        scf.if %v5440 {
          %v5474 = llvm.getelementptr %out_y[%v5435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5442, %v5474 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v5475 = llvm.load %v4 : !llvm.ptr -> f32
      %v5476 = llvm.load %v5 : !llvm.ptr -> f32
      %v5477 = llvm.load %v6 : !llvm.ptr -> f32
      %v5478 = llvm.load %v7 : !llvm.ptr -> f32
      %v5479 = llvm.load %v8 : !llvm.ptr -> f32
      %v5480 = llvm.load %v9 : !llvm.ptr -> f32
      %v5481 = llvm.load %v10 : !llvm.ptr -> f32
      %v5482 = llvm.load %v11 : !llvm.ptr -> f32
      %v5483 = llvm.load %v12 : !llvm.ptr -> f32
      %v5484 = llvm.load %v13 : !llvm.ptr -> f32
      %v5485 = llvm.load %v14 : !llvm.ptr -> f32
      %v5486 = llvm.load %v15 : !llvm.ptr -> f32
      %v5487 = llvm.load %v16 : !llvm.ptr -> f32
      %v5488 = llvm.load %v17 : !llvm.ptr -> f32
      %v5489 = llvm.load %v18 : !llvm.ptr -> f32
      %v5490 = llvm.load %v19 : !llvm.ptr -> f32
      scf.if %v39 {
        %v5491 = arith.muli %v47, %v80 : i64
        %v5492 = arith.muli %v45, %v1 : i64
        %v5493 = arith.addi %v5491, %v5492 : i64
        %v5494 = llvm.getelementptr %out_h_last[%v5493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5475, %v5494 : f32, !llvm.ptr
        %v5495 = arith.muli %v47, %v80 : i64
        %v5496 = arith.muli %v45, %v1 : i64
        %v5497 = arith.addi %v5495, %v5496 : i64
        %v5498 = arith.constant 1 : i64
        %v5499 = arith.addi %v5497, %v5498 : i64
        %v5500 = llvm.getelementptr %out_h_last[%v5499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5476, %v5500 : f32, !llvm.ptr
        %v5501 = arith.muli %v47, %v80 : i64
        %v5502 = arith.muli %v45, %v1 : i64
        %v5503 = arith.addi %v5501, %v5502 : i64
        %v5504 = arith.constant 2 : i64
        %v5505 = arith.addi %v5503, %v5504 : i64
        %v5506 = llvm.getelementptr %out_h_last[%v5505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5477, %v5506 : f32, !llvm.ptr
        %v5507 = arith.muli %v47, %v80 : i64
        %v5508 = arith.muli %v45, %v1 : i64
        %v5509 = arith.addi %v5507, %v5508 : i64
        %v5510 = arith.constant 3 : i64
        %v5511 = arith.addi %v5509, %v5510 : i64
        %v5512 = llvm.getelementptr %out_h_last[%v5511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5478, %v5512 : f32, !llvm.ptr
        %v5513 = arith.muli %v47, %v80 : i64
        %v5514 = arith.muli %v45, %v1 : i64
        %v5515 = arith.addi %v5513, %v5514 : i64
        %v5516 = arith.constant 4 : i64
        %v5517 = arith.addi %v5515, %v5516 : i64
        %v5518 = llvm.getelementptr %out_h_last[%v5517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5479, %v5518 : f32, !llvm.ptr
        %v5519 = arith.muli %v47, %v80 : i64
        %v5520 = arith.muli %v45, %v1 : i64
        %v5521 = arith.addi %v5519, %v5520 : i64
        %v5522 = arith.constant 5 : i64
        %v5523 = arith.addi %v5521, %v5522 : i64
        %v5524 = llvm.getelementptr %out_h_last[%v5523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5480, %v5524 : f32, !llvm.ptr
        %v5525 = arith.muli %v47, %v80 : i64
        %v5526 = arith.muli %v45, %v1 : i64
        %v5527 = arith.addi %v5525, %v5526 : i64
        %v5528 = arith.constant 6 : i64
        %v5529 = arith.addi %v5527, %v5528 : i64
        %v5530 = llvm.getelementptr %out_h_last[%v5529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5481, %v5530 : f32, !llvm.ptr
        %v5531 = arith.muli %v47, %v80 : i64
        %v5532 = arith.muli %v45, %v1 : i64
        %v5533 = arith.addi %v5531, %v5532 : i64
        %v5534 = arith.constant 7 : i64
        %v5535 = arith.addi %v5533, %v5534 : i64
        %v5536 = llvm.getelementptr %out_h_last[%v5535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5482, %v5536 : f32, !llvm.ptr
        %v5537 = arith.muli %v47, %v80 : i64
        %v5538 = arith.muli %v45, %v1 : i64
        %v5539 = arith.addi %v5537, %v5538 : i64
        %v5540 = arith.constant 8 : i64
        %v5541 = arith.addi %v5539, %v5540 : i64
        %v5542 = llvm.getelementptr %out_h_last[%v5541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5483, %v5542 : f32, !llvm.ptr
        %v5543 = arith.muli %v47, %v80 : i64
        %v5544 = arith.muli %v45, %v1 : i64
        %v5545 = arith.addi %v5543, %v5544 : i64
        %v5546 = arith.constant 9 : i64
        %v5547 = arith.addi %v5545, %v5546 : i64
        %v5548 = llvm.getelementptr %out_h_last[%v5547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5484, %v5548 : f32, !llvm.ptr
        %v5549 = arith.muli %v47, %v80 : i64
        %v5550 = arith.muli %v45, %v1 : i64
        %v5551 = arith.addi %v5549, %v5550 : i64
        %v5552 = arith.constant 10 : i64
        %v5553 = arith.addi %v5551, %v5552 : i64
        %v5554 = llvm.getelementptr %out_h_last[%v5553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5485, %v5554 : f32, !llvm.ptr
        %v5555 = arith.muli %v47, %v80 : i64
        %v5556 = arith.muli %v45, %v1 : i64
        %v5557 = arith.addi %v5555, %v5556 : i64
        %v5558 = arith.constant 11 : i64
        %v5559 = arith.addi %v5557, %v5558 : i64
        %v5560 = llvm.getelementptr %out_h_last[%v5559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5486, %v5560 : f32, !llvm.ptr
        %v5561 = arith.muli %v47, %v80 : i64
        %v5562 = arith.muli %v45, %v1 : i64
        %v5563 = arith.addi %v5561, %v5562 : i64
        %v5564 = arith.constant 12 : i64
        %v5565 = arith.addi %v5563, %v5564 : i64
        %v5566 = llvm.getelementptr %out_h_last[%v5565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5487, %v5566 : f32, !llvm.ptr
        %v5567 = arith.muli %v47, %v80 : i64
        %v5568 = arith.muli %v45, %v1 : i64
        %v5569 = arith.addi %v5567, %v5568 : i64
        %v5570 = arith.constant 13 : i64
        %v5571 = arith.addi %v5569, %v5570 : i64
        %v5572 = llvm.getelementptr %out_h_last[%v5571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5488, %v5572 : f32, !llvm.ptr
        %v5573 = arith.muli %v47, %v80 : i64
        %v5574 = arith.muli %v45, %v1 : i64
        %v5575 = arith.addi %v5573, %v5574 : i64
        %v5576 = arith.constant 14 : i64
        %v5577 = arith.addi %v5575, %v5576 : i64
        %v5578 = llvm.getelementptr %out_h_last[%v5577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5489, %v5578 : f32, !llvm.ptr
        %v5579 = arith.muli %v47, %v80 : i64
        %v5580 = arith.muli %v45, %v1 : i64
        %v5581 = arith.addi %v5579, %v5580 : i64
        %v5582 = arith.constant 15 : i64
        %v5583 = arith.addi %v5581, %v5582 : i64
        %v5584 = llvm.getelementptr %out_h_last[%v5583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5490, %v5584 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
