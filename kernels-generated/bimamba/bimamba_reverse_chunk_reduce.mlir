module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_bimamba_reverse_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_bimamba_reverse_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    gpu.func @bimamba_reverse_chunk_reduce(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v37 = llvm.mlir.addressof @rows_bimamba_reverse_chunk_reduce : !llvm.ptr<3>
      %v38 = llvm.mlir.addressof @smem_bimamba_reverse_chunk_reduce : !llvm.ptr<3>
      %v39 = arith.constant 255 : i64
      %v40 = arith.addi %size_L, %v39 : i64
      %v41 = arith.constant 256 : i64
      %v42 = arith.divui %v40, %v41 : i64
      %v47 = arith.constant 64 : i64
      %v62 = arith.constant 0 : i64
      %v63 = arith.subi %size_L, %v2 : i64
      %v65 = arith.muli %v2, %size_L : i64
      %v66 = arith.muli %v65, %size_D : i64
      %v91 = arith.constant 2 : i64
      %v95 = arith.constant 0x00000000 : f32
      %v96 = arith.constant 0x3F800000 : f32
      %v100 = arith.constant 32 : i64
      %v114 = arith.constant 33 : i64
      %v134 = arith.constant 4 : i64
      %v150 = arith.constant 6 : i64
      %v166 = arith.constant 8 : i64
      %v182 = arith.constant 10 : i64
      %v198 = arith.constant 12 : i64
      %v214 = arith.constant 14 : i64
      %v245 = arith.constant 18 : i64
      %v261 = arith.constant 20 : i64
      %v277 = arith.constant 22 : i64
      %v293 = arith.constant 24 : i64
      %v309 = arith.constant 26 : i64
      %v325 = arith.constant 28 : i64
      %v341 = arith.constant 30 : i64
      %v372 = arith.constant 34 : i64
      %v388 = arith.constant 36 : i64
      %v404 = arith.constant 38 : i64
      %v420 = arith.constant 40 : i64
      %v436 = arith.constant 42 : i64
      %v452 = arith.constant 44 : i64
      %v468 = arith.constant 46 : i64
      %v484 = arith.constant 48 : i64
      %v500 = arith.constant 50 : i64
      %v516 = arith.constant 52 : i64
      %v532 = arith.constant 54 : i64
      %v548 = arith.constant 56 : i64
      %v564 = arith.constant 58 : i64
      %v580 = arith.constant 60 : i64
      %v596 = arith.constant 62 : i64
      %v1162 = arith.constant 128 : i64
      %v3137 = arith.muli %v2, %size_L : i64
      %v3138 = arith.muli %v3137, %v1 : i64
      %v3423 = arith.muli %v2, %v1 : i64
      %v3427 = arith.constant 0x3FB8AA3B : f32
      %v3446 = arith.constant 0x3F317218 : f32
      %v3448 = arith.constant 0x3E124925 : f32
      %v3450 = arith.constant 0xBE2AAAAB : f32
      %v3453 = arith.constant 0x3E4CCCCD : f32
      %v3456 = arith.constant 0xBE800000 : f32
      %v3459 = arith.constant 0x3EAAAAAB : f32
      %v3462 = arith.constant 0xBF000000 : f32
      %v3468 = arith.constant 0x3D800000 : f32
      %v4248 = arith.constant 192 : i64
      %v4263 = arith.constant 320 : i64
      %v4271 = arith.constant 384 : i64
      %v4279 = arith.constant 448 : i64
      %v4287 = arith.constant 512 : i64
      %v4295 = arith.constant 576 : i64
      %v4303 = arith.constant 640 : i64
      %v4311 = arith.constant 704 : i64
      %v4319 = arith.constant 768 : i64
      %v4327 = arith.constant 832 : i64
      %v4335 = arith.constant 896 : i64
      %v4343 = arith.constant 960 : i64
      %v4351 = arith.constant 1024 : i64
      %v4359 = arith.constant 1088 : i64
      %v4367 = arith.constant 1152 : i64
      %v4375 = arith.constant 1216 : i64
      %v4383 = arith.constant 1280 : i64
      %v4391 = arith.constant 1344 : i64
      %v4399 = arith.constant 1408 : i64
      %v4407 = arith.constant 1472 : i64
      %v4415 = arith.constant 1536 : i64
      %v4423 = arith.constant 1600 : i64
      %v4431 = arith.constant 1664 : i64
      %v4439 = arith.constant 1728 : i64
      %v4447 = arith.constant 1792 : i64
      %v4455 = arith.constant 1856 : i64
      %v4463 = arith.constant 1920 : i64
      %v4471 = arith.constant 1984 : i64
      %v4962 = arith.constant 3 : i64
      %v4983 = arith.constant 5 : i64
      %v5004 = arith.constant 7 : i64
      %v5025 = arith.constant 9 : i64
      %v5046 = arith.constant 11 : i64
      %v5067 = arith.constant 13 : i64
      %v5088 = arith.constant 15 : i64
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
      %v3424 = arith.muli %v58, %v3423 : i64
      %v3425 = llvm.getelementptr %in_A[%v3424] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3426 = llvm.load %v3425 : !llvm.ptr -> f32
      %v3428 = arith.mulf %v3426, %v3427 fastmath<contract> : f32
      %v3435 = arith.muli %v58, %v2 : i64
      %v3436 = llvm.getelementptr %in_dt_bias[%v3435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3437 = llvm.load %v3436 : !llvm.ptr -> f32
      %v3487 = arith.muli %v58, %v3423 : i64
      %v3488 = arith.constant 1 : i64
      %v3489 = arith.muli %v3488, %v2 : i64
      %v3490 = arith.addi %v3487, %v3489 : i64
      %v3491 = llvm.getelementptr %in_A[%v3490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3492 = llvm.load %v3491 : !llvm.ptr -> f32
      %v3493 = arith.mulf %v3492, %v3427 fastmath<contract> : f32
      %v3502 = arith.muli %v58, %v3423 : i64
      %v3503 = arith.constant 2 : i64
      %v3504 = arith.muli %v3503, %v2 : i64
      %v3505 = arith.addi %v3502, %v3504 : i64
      %v3506 = llvm.getelementptr %in_A[%v3505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3507 = llvm.load %v3506 : !llvm.ptr -> f32
      %v3508 = arith.mulf %v3507, %v3427 fastmath<contract> : f32
      %v3517 = arith.muli %v58, %v3423 : i64
      %v3518 = arith.constant 3 : i64
      %v3519 = arith.muli %v3518, %v2 : i64
      %v3520 = arith.addi %v3517, %v3519 : i64
      %v3521 = llvm.getelementptr %in_A[%v3520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3522 = llvm.load %v3521 : !llvm.ptr -> f32
      %v3523 = arith.mulf %v3522, %v3427 fastmath<contract> : f32
      %v3532 = arith.muli %v58, %v3423 : i64
      %v3533 = arith.constant 4 : i64
      %v3534 = arith.muli %v3533, %v2 : i64
      %v3535 = arith.addi %v3532, %v3534 : i64
      %v3536 = llvm.getelementptr %in_A[%v3535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3537 = llvm.load %v3536 : !llvm.ptr -> f32
      %v3538 = arith.mulf %v3537, %v3427 fastmath<contract> : f32
      %v3547 = arith.muli %v58, %v3423 : i64
      %v3548 = arith.constant 5 : i64
      %v3549 = arith.muli %v3548, %v2 : i64
      %v3550 = arith.addi %v3547, %v3549 : i64
      %v3551 = llvm.getelementptr %in_A[%v3550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3552 = llvm.load %v3551 : !llvm.ptr -> f32
      %v3553 = arith.mulf %v3552, %v3427 fastmath<contract> : f32
      %v3562 = arith.muli %v58, %v3423 : i64
      %v3563 = arith.constant 6 : i64
      %v3564 = arith.muli %v3563, %v2 : i64
      %v3565 = arith.addi %v3562, %v3564 : i64
      %v3566 = llvm.getelementptr %in_A[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3567 = llvm.load %v3566 : !llvm.ptr -> f32
      %v3568 = arith.mulf %v3567, %v3427 fastmath<contract> : f32
      %v3577 = arith.muli %v58, %v3423 : i64
      %v3578 = arith.constant 7 : i64
      %v3579 = arith.muli %v3578, %v2 : i64
      %v3580 = arith.addi %v3577, %v3579 : i64
      %v3581 = llvm.getelementptr %in_A[%v3580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3582 = llvm.load %v3581 : !llvm.ptr -> f32
      %v3583 = arith.mulf %v3582, %v3427 fastmath<contract> : f32
      %v3592 = arith.muli %v58, %v3423 : i64
      %v3593 = arith.constant 8 : i64
      %v3594 = arith.muli %v3593, %v2 : i64
      %v3595 = arith.addi %v3592, %v3594 : i64
      %v3596 = llvm.getelementptr %in_A[%v3595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3597 = llvm.load %v3596 : !llvm.ptr -> f32
      %v3598 = arith.mulf %v3597, %v3427 fastmath<contract> : f32
      %v3607 = arith.muli %v58, %v3423 : i64
      %v3608 = arith.constant 9 : i64
      %v3609 = arith.muli %v3608, %v2 : i64
      %v3610 = arith.addi %v3607, %v3609 : i64
      %v3611 = llvm.getelementptr %in_A[%v3610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3612 = llvm.load %v3611 : !llvm.ptr -> f32
      %v3613 = arith.mulf %v3612, %v3427 fastmath<contract> : f32
      %v3622 = arith.muli %v58, %v3423 : i64
      %v3623 = arith.constant 10 : i64
      %v3624 = arith.muli %v3623, %v2 : i64
      %v3625 = arith.addi %v3622, %v3624 : i64
      %v3626 = llvm.getelementptr %in_A[%v3625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3627 = llvm.load %v3626 : !llvm.ptr -> f32
      %v3628 = arith.mulf %v3627, %v3427 fastmath<contract> : f32
      %v3637 = arith.muli %v58, %v3423 : i64
      %v3638 = arith.constant 11 : i64
      %v3639 = arith.muli %v3638, %v2 : i64
      %v3640 = arith.addi %v3637, %v3639 : i64
      %v3641 = llvm.getelementptr %in_A[%v3640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3642 = llvm.load %v3641 : !llvm.ptr -> f32
      %v3643 = arith.mulf %v3642, %v3427 fastmath<contract> : f32
      %v3652 = arith.muli %v58, %v3423 : i64
      %v3653 = arith.constant 12 : i64
      %v3654 = arith.muli %v3653, %v2 : i64
      %v3655 = arith.addi %v3652, %v3654 : i64
      %v3656 = llvm.getelementptr %in_A[%v3655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3657 = llvm.load %v3656 : !llvm.ptr -> f32
      %v3658 = arith.mulf %v3657, %v3427 fastmath<contract> : f32
      %v3667 = arith.muli %v58, %v3423 : i64
      %v3668 = arith.constant 13 : i64
      %v3669 = arith.muli %v3668, %v2 : i64
      %v3670 = arith.addi %v3667, %v3669 : i64
      %v3671 = llvm.getelementptr %in_A[%v3670] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3672 = llvm.load %v3671 : !llvm.ptr -> f32
      %v3673 = arith.mulf %v3672, %v3427 fastmath<contract> : f32
      %v3682 = arith.muli %v58, %v3423 : i64
      %v3683 = arith.constant 14 : i64
      %v3684 = arith.muli %v3683, %v2 : i64
      %v3685 = arith.addi %v3682, %v3684 : i64
      %v3686 = llvm.getelementptr %in_A[%v3685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3687 = llvm.load %v3686 : !llvm.ptr -> f32
      %v3688 = arith.mulf %v3687, %v3427 fastmath<contract> : f32
      %v3697 = arith.muli %v58, %v3423 : i64
      %v3698 = arith.constant 15 : i64
      %v3699 = arith.muli %v3698, %v2 : i64
      %v3700 = arith.addi %v3697, %v3699 : i64
      %v3701 = llvm.getelementptr %in_A[%v3700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3702 = llvm.load %v3701 : !llvm.ptr -> f32
      %v3703 = arith.mulf %v3702, %v3427 fastmath<contract> : f32
      %v3713 = arith.mulf %v3426, %v3427 fastmath<contract> : f32
      %v3761 = arith.mulf %v3492, %v3427 fastmath<contract> : f32
      %v3770 = arith.mulf %v3507, %v3427 fastmath<contract> : f32
      %v3779 = arith.mulf %v3522, %v3427 fastmath<contract> : f32
      %v3788 = arith.mulf %v3537, %v3427 fastmath<contract> : f32
      %v3797 = arith.mulf %v3552, %v3427 fastmath<contract> : f32
      %v3806 = arith.mulf %v3567, %v3427 fastmath<contract> : f32
      %v3815 = arith.mulf %v3582, %v3427 fastmath<contract> : f32
      %v3824 = arith.mulf %v3597, %v3427 fastmath<contract> : f32
      %v3833 = arith.mulf %v3612, %v3427 fastmath<contract> : f32
      %v3842 = arith.mulf %v3627, %v3427 fastmath<contract> : f32
      %v3851 = arith.mulf %v3642, %v3427 fastmath<contract> : f32
      %v3860 = arith.mulf %v3657, %v3427 fastmath<contract> : f32
      %v3869 = arith.mulf %v3672, %v3427 fastmath<contract> : f32
      %v3878 = arith.mulf %v3687, %v3427 fastmath<contract> : f32
      %v3887 = arith.mulf %v3702, %v3427 fastmath<contract> : f32
      %v3903 = arith.mulf %v3426, %v3427 fastmath<contract> : f32
      %v3957 = arith.mulf %v3492, %v3427 fastmath<contract> : f32
      %v3975 = arith.mulf %v3507, %v3427 fastmath<contract> : f32
      %v3993 = arith.mulf %v3522, %v3427 fastmath<contract> : f32
      %v4011 = arith.mulf %v3537, %v3427 fastmath<contract> : f32
      %v4029 = arith.mulf %v3552, %v3427 fastmath<contract> : f32
      %v4047 = arith.mulf %v3567, %v3427 fastmath<contract> : f32
      %v4065 = arith.mulf %v3582, %v3427 fastmath<contract> : f32
      %v4083 = arith.mulf %v3597, %v3427 fastmath<contract> : f32
      %v4101 = arith.mulf %v3612, %v3427 fastmath<contract> : f32
      %v4119 = arith.mulf %v3627, %v3427 fastmath<contract> : f32
      %v4137 = arith.mulf %v3642, %v3427 fastmath<contract> : f32
      %v4155 = arith.mulf %v3657, %v3427 fastmath<contract> : f32
      %v4173 = arith.mulf %v3672, %v3427 fastmath<contract> : f32
      %v4191 = arith.mulf %v3687, %v3427 fastmath<contract> : f32
      %v4209 = arith.mulf %v3702, %v3427 fastmath<contract> : f32
      %v64 = arith.subi %v63, %v62 : i64
      %v67 = arith.muli %v60, %v66 : i64
      %v68 = arith.muli %v58, %v65 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = arith.subi %v63, %v64 : i64
      %v71 = arith.muli %v70, %v2 : i64
      %v72 = arith.addi %v69, %v71 : i64
      %v73 = arith.muli %v62, %v47 : i64
      %v74 = arith.addi %v73, %v45 : i64
      %v75 = llvm.getelementptr %v37[%v74] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v72, %v75 : i64, !llvm.ptr<3>
      %v76 = arith.muli %v60, %v66 : i64
      %v77 = arith.muli %v58, %v65 : i64
      %v78 = arith.addi %v76, %v77 : i64
      %v79 = arith.subi %v63, %v64 : i64
      %v80 = arith.muli %v79, %v2 : i64
      %v81 = arith.addi %v78, %v80 : i64
      %v82 = arith.muli %v2, %v47 : i64
      %v83 = arith.addi %v82, %v45 : i64
      %v84 = llvm.getelementptr %v37[%v83] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v81, %v84 : i64, !llvm.ptr<3>
      %v85 = arith.muli %v60, %v66 : i64
      %v86 = arith.muli %v58, %v65 : i64
      %v87 = arith.addi %v85, %v86 : i64
      %v88 = arith.subi %v63, %v64 : i64
      %v89 = arith.muli %v88, %v2 : i64
      %v90 = arith.addi %v87, %v89 : i64
      %v92 = arith.muli %v91, %v47 : i64
      %v93 = arith.addi %v92, %v45 : i64
      %v94 = llvm.getelementptr %v37[%v93] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v90, %v94 : i64, !llvm.ptr<3>
      gpu.barrier
      llvm.store %v95, %v5 : f32, !llvm.ptr
      llvm.store %v95, %v6 : f32, !llvm.ptr
      llvm.store %v95, %v7 : f32, !llvm.ptr
      llvm.store %v95, %v8 : f32, !llvm.ptr
      llvm.store %v95, %v9 : f32, !llvm.ptr
      llvm.store %v95, %v10 : f32, !llvm.ptr
      llvm.store %v95, %v11 : f32, !llvm.ptr
      llvm.store %v95, %v12 : f32, !llvm.ptr
      llvm.store %v95, %v13 : f32, !llvm.ptr
      llvm.store %v95, %v14 : f32, !llvm.ptr
      llvm.store %v95, %v15 : f32, !llvm.ptr
      llvm.store %v95, %v16 : f32, !llvm.ptr
      llvm.store %v95, %v17 : f32, !llvm.ptr
      llvm.store %v95, %v18 : f32, !llvm.ptr
      llvm.store %v95, %v19 : f32, !llvm.ptr
      llvm.store %v95, %v20 : f32, !llvm.ptr
      llvm.store %v96, %v21 : f32, !llvm.ptr
      llvm.store %v96, %v22 : f32, !llvm.ptr
      llvm.store %v96, %v23 : f32, !llvm.ptr
      llvm.store %v96, %v24 : f32, !llvm.ptr
      llvm.store %v96, %v25 : f32, !llvm.ptr
      llvm.store %v96, %v26 : f32, !llvm.ptr
      llvm.store %v96, %v27 : f32, !llvm.ptr
      llvm.store %v96, %v28 : f32, !llvm.ptr
      llvm.store %v96, %v29 : f32, !llvm.ptr
      llvm.store %v96, %v30 : f32, !llvm.ptr
      llvm.store %v96, %v31 : f32, !llvm.ptr
      llvm.store %v96, %v32 : f32, !llvm.ptr
      llvm.store %v96, %v33 : f32, !llvm.ptr
      llvm.store %v96, %v34 : f32, !llvm.ptr
      llvm.store %v96, %v35 : f32, !llvm.ptr
      llvm.store %v96, %v36 : f32, !llvm.ptr
      %v97 = arith.muli %v51, %v41 : i64
      %v98 = arith.addi %v97, %v41 : i64
      %v99 = arith.minsi %v98, %size_L : i64
      // staged load of `u`'s first tile: read, then shared memory
      %v101 = arith.divui %v45, %v100 : i64
      %v102 = arith.remui %v45, %v100 : i64
      %v103 = arith.addi %v101, %v62 : i64
      %v104 = arith.constant true
      %v105 = arith.addi %v62, %v103 : i64
      %v106 = llvm.getelementptr %v37[%v105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v107 = llvm.load %v106 : !llvm.ptr<3> -> i64
      %v108 = arith.addi %v97, %v102 : i64
      %v109 = arith.cmpi slt, %v108, %v99 : i64
      %v110 = arith.subi %size_L, %v2 : i64
      %v111 = arith.minsi %v108, %v110 : i64
      %v112 = arith.subi %v63, %v111 : i64
      %v113 = arith.addi %v107, %v112 : i64
      %v115 = arith.muli %v105, %v114 : i64
      %v116 = arith.addi %v115, %v102 : i64
      %v117 = llvm.getelementptr %in_u[%v113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v118 = llvm.load %v117 : !llvm.ptr -> f32
      %v119 = arith.addi %v101, %v91 : i64
      %v120 = arith.constant true
      %v121 = arith.addi %v62, %v119 : i64
      %v122 = llvm.getelementptr %v37[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v123 = llvm.load %v122 : !llvm.ptr<3> -> i64
      %v124 = arith.addi %v97, %v102 : i64
      %v125 = arith.cmpi slt, %v124, %v99 : i64
      %v126 = arith.subi %size_L, %v2 : i64
      %v127 = arith.minsi %v124, %v126 : i64
      %v128 = arith.subi %v63, %v127 : i64
      %v129 = arith.addi %v123, %v128 : i64
      %v130 = arith.muli %v121, %v114 : i64
      %v131 = arith.addi %v130, %v102 : i64
      %v132 = llvm.getelementptr %in_u[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v133 = llvm.load %v132 : !llvm.ptr -> f32
      %v135 = arith.addi %v101, %v134 : i64
      %v136 = arith.constant true
      %v137 = arith.addi %v62, %v135 : i64
      %v138 = llvm.getelementptr %v37[%v137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v139 = llvm.load %v138 : !llvm.ptr<3> -> i64
      %v140 = arith.addi %v97, %v102 : i64
      %v141 = arith.cmpi slt, %v140, %v99 : i64
      %v142 = arith.subi %size_L, %v2 : i64
      %v143 = arith.minsi %v140, %v142 : i64
      %v144 = arith.subi %v63, %v143 : i64
      %v145 = arith.addi %v139, %v144 : i64
      %v146 = arith.muli %v137, %v114 : i64
      %v147 = arith.addi %v146, %v102 : i64
      %v148 = llvm.getelementptr %in_u[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v149 = llvm.load %v148 : !llvm.ptr -> f32
      %v151 = arith.addi %v101, %v150 : i64
      %v152 = arith.constant true
      %v153 = arith.addi %v62, %v151 : i64
      %v154 = llvm.getelementptr %v37[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v155 = llvm.load %v154 : !llvm.ptr<3> -> i64
      %v156 = arith.addi %v97, %v102 : i64
      %v157 = arith.cmpi slt, %v156, %v99 : i64
      %v158 = arith.subi %size_L, %v2 : i64
      %v159 = arith.minsi %v156, %v158 : i64
      %v160 = arith.subi %v63, %v159 : i64
      %v161 = arith.addi %v155, %v160 : i64
      %v162 = arith.muli %v153, %v114 : i64
      %v163 = arith.addi %v162, %v102 : i64
      %v164 = llvm.getelementptr %in_u[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v165 = llvm.load %v164 : !llvm.ptr -> f32
      %v167 = arith.addi %v101, %v166 : i64
      %v168 = arith.constant true
      %v169 = arith.addi %v62, %v167 : i64
      %v170 = llvm.getelementptr %v37[%v169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v171 = llvm.load %v170 : !llvm.ptr<3> -> i64
      %v172 = arith.addi %v97, %v102 : i64
      %v173 = arith.cmpi slt, %v172, %v99 : i64
      %v174 = arith.subi %size_L, %v2 : i64
      %v175 = arith.minsi %v172, %v174 : i64
      %v176 = arith.subi %v63, %v175 : i64
      %v177 = arith.addi %v171, %v176 : i64
      %v178 = arith.muli %v169, %v114 : i64
      %v179 = arith.addi %v178, %v102 : i64
      %v180 = llvm.getelementptr %in_u[%v177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v181 = llvm.load %v180 : !llvm.ptr -> f32
      %v183 = arith.addi %v101, %v182 : i64
      %v184 = arith.constant true
      %v185 = arith.addi %v62, %v183 : i64
      %v186 = llvm.getelementptr %v37[%v185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v187 = llvm.load %v186 : !llvm.ptr<3> -> i64
      %v188 = arith.addi %v97, %v102 : i64
      %v189 = arith.cmpi slt, %v188, %v99 : i64
      %v190 = arith.subi %size_L, %v2 : i64
      %v191 = arith.minsi %v188, %v190 : i64
      %v192 = arith.subi %v63, %v191 : i64
      %v193 = arith.addi %v187, %v192 : i64
      %v194 = arith.muli %v185, %v114 : i64
      %v195 = arith.addi %v194, %v102 : i64
      %v196 = llvm.getelementptr %in_u[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v197 = llvm.load %v196 : !llvm.ptr -> f32
      %v199 = arith.addi %v101, %v198 : i64
      %v200 = arith.constant true
      %v201 = arith.addi %v62, %v199 : i64
      %v202 = llvm.getelementptr %v37[%v201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v203 = llvm.load %v202 : !llvm.ptr<3> -> i64
      %v204 = arith.addi %v97, %v102 : i64
      %v205 = arith.cmpi slt, %v204, %v99 : i64
      %v206 = arith.subi %size_L, %v2 : i64
      %v207 = arith.minsi %v204, %v206 : i64
      %v208 = arith.subi %v63, %v207 : i64
      %v209 = arith.addi %v203, %v208 : i64
      %v210 = arith.muli %v201, %v114 : i64
      %v211 = arith.addi %v210, %v102 : i64
      %v212 = llvm.getelementptr %in_u[%v209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v213 = llvm.load %v212 : !llvm.ptr -> f32
      %v215 = arith.addi %v101, %v214 : i64
      %v216 = arith.constant true
      %v217 = arith.addi %v62, %v215 : i64
      %v218 = llvm.getelementptr %v37[%v217] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v219 = llvm.load %v218 : !llvm.ptr<3> -> i64
      %v220 = arith.addi %v97, %v102 : i64
      %v221 = arith.cmpi slt, %v220, %v99 : i64
      %v222 = arith.subi %size_L, %v2 : i64
      %v223 = arith.minsi %v220, %v222 : i64
      %v224 = arith.subi %v63, %v223 : i64
      %v225 = arith.addi %v219, %v224 : i64
      %v226 = arith.muli %v217, %v114 : i64
      %v227 = arith.addi %v226, %v102 : i64
      %v228 = llvm.getelementptr %in_u[%v225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v229 = llvm.load %v228 : !llvm.ptr -> f32
      %v230 = arith.addi %v101, %v1 : i64
      %v231 = arith.constant true
      %v232 = arith.addi %v62, %v230 : i64
      %v233 = llvm.getelementptr %v37[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v234 = llvm.load %v233 : !llvm.ptr<3> -> i64
      %v235 = arith.addi %v97, %v102 : i64
      %v236 = arith.cmpi slt, %v235, %v99 : i64
      %v237 = arith.subi %size_L, %v2 : i64
      %v238 = arith.minsi %v235, %v237 : i64
      %v239 = arith.subi %v63, %v238 : i64
      %v240 = arith.addi %v234, %v239 : i64
      %v241 = arith.muli %v232, %v114 : i64
      %v242 = arith.addi %v241, %v102 : i64
      %v243 = llvm.getelementptr %in_u[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v244 = llvm.load %v243 : !llvm.ptr -> f32
      %v246 = arith.addi %v101, %v245 : i64
      %v247 = arith.constant true
      %v248 = arith.addi %v62, %v246 : i64
      %v249 = llvm.getelementptr %v37[%v248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v250 = llvm.load %v249 : !llvm.ptr<3> -> i64
      %v251 = arith.addi %v97, %v102 : i64
      %v252 = arith.cmpi slt, %v251, %v99 : i64
      %v253 = arith.subi %size_L, %v2 : i64
      %v254 = arith.minsi %v251, %v253 : i64
      %v255 = arith.subi %v63, %v254 : i64
      %v256 = arith.addi %v250, %v255 : i64
      %v257 = arith.muli %v248, %v114 : i64
      %v258 = arith.addi %v257, %v102 : i64
      %v259 = llvm.getelementptr %in_u[%v256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v260 = llvm.load %v259 : !llvm.ptr -> f32
      %v262 = arith.addi %v101, %v261 : i64
      %v263 = arith.constant true
      %v264 = arith.addi %v62, %v262 : i64
      %v265 = llvm.getelementptr %v37[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v266 = llvm.load %v265 : !llvm.ptr<3> -> i64
      %v267 = arith.addi %v97, %v102 : i64
      %v268 = arith.cmpi slt, %v267, %v99 : i64
      %v269 = arith.subi %size_L, %v2 : i64
      %v270 = arith.minsi %v267, %v269 : i64
      %v271 = arith.subi %v63, %v270 : i64
      %v272 = arith.addi %v266, %v271 : i64
      %v273 = arith.muli %v264, %v114 : i64
      %v274 = arith.addi %v273, %v102 : i64
      %v275 = llvm.getelementptr %in_u[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v276 = llvm.load %v275 : !llvm.ptr -> f32
      %v278 = arith.addi %v101, %v277 : i64
      %v279 = arith.constant true
      %v280 = arith.addi %v62, %v278 : i64
      %v281 = llvm.getelementptr %v37[%v280] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v282 = llvm.load %v281 : !llvm.ptr<3> -> i64
      %v283 = arith.addi %v97, %v102 : i64
      %v284 = arith.cmpi slt, %v283, %v99 : i64
      %v285 = arith.subi %size_L, %v2 : i64
      %v286 = arith.minsi %v283, %v285 : i64
      %v287 = arith.subi %v63, %v286 : i64
      %v288 = arith.addi %v282, %v287 : i64
      %v289 = arith.muli %v280, %v114 : i64
      %v290 = arith.addi %v289, %v102 : i64
      %v291 = llvm.getelementptr %in_u[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v292 = llvm.load %v291 : !llvm.ptr -> f32
      %v294 = arith.addi %v101, %v293 : i64
      %v295 = arith.constant true
      %v296 = arith.addi %v62, %v294 : i64
      %v297 = llvm.getelementptr %v37[%v296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v298 = llvm.load %v297 : !llvm.ptr<3> -> i64
      %v299 = arith.addi %v97, %v102 : i64
      %v300 = arith.cmpi slt, %v299, %v99 : i64
      %v301 = arith.subi %size_L, %v2 : i64
      %v302 = arith.minsi %v299, %v301 : i64
      %v303 = arith.subi %v63, %v302 : i64
      %v304 = arith.addi %v298, %v303 : i64
      %v305 = arith.muli %v296, %v114 : i64
      %v306 = arith.addi %v305, %v102 : i64
      %v307 = llvm.getelementptr %in_u[%v304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v308 = llvm.load %v307 : !llvm.ptr -> f32
      %v310 = arith.addi %v101, %v309 : i64
      %v311 = arith.constant true
      %v312 = arith.addi %v62, %v310 : i64
      %v313 = llvm.getelementptr %v37[%v312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v314 = llvm.load %v313 : !llvm.ptr<3> -> i64
      %v315 = arith.addi %v97, %v102 : i64
      %v316 = arith.cmpi slt, %v315, %v99 : i64
      %v317 = arith.subi %size_L, %v2 : i64
      %v318 = arith.minsi %v315, %v317 : i64
      %v319 = arith.subi %v63, %v318 : i64
      %v320 = arith.addi %v314, %v319 : i64
      %v321 = arith.muli %v312, %v114 : i64
      %v322 = arith.addi %v321, %v102 : i64
      %v323 = llvm.getelementptr %in_u[%v320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v324 = llvm.load %v323 : !llvm.ptr -> f32
      %v326 = arith.addi %v101, %v325 : i64
      %v327 = arith.constant true
      %v328 = arith.addi %v62, %v326 : i64
      %v329 = llvm.getelementptr %v37[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v330 = llvm.load %v329 : !llvm.ptr<3> -> i64
      %v331 = arith.addi %v97, %v102 : i64
      %v332 = arith.cmpi slt, %v331, %v99 : i64
      %v333 = arith.subi %size_L, %v2 : i64
      %v334 = arith.minsi %v331, %v333 : i64
      %v335 = arith.subi %v63, %v334 : i64
      %v336 = arith.addi %v330, %v335 : i64
      %v337 = arith.muli %v328, %v114 : i64
      %v338 = arith.addi %v337, %v102 : i64
      %v339 = llvm.getelementptr %in_u[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v340 = llvm.load %v339 : !llvm.ptr -> f32
      %v342 = arith.addi %v101, %v341 : i64
      %v343 = arith.constant true
      %v344 = arith.addi %v62, %v342 : i64
      %v345 = llvm.getelementptr %v37[%v344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v346 = llvm.load %v345 : !llvm.ptr<3> -> i64
      %v347 = arith.addi %v97, %v102 : i64
      %v348 = arith.cmpi slt, %v347, %v99 : i64
      %v349 = arith.subi %size_L, %v2 : i64
      %v350 = arith.minsi %v347, %v349 : i64
      %v351 = arith.subi %v63, %v350 : i64
      %v352 = arith.addi %v346, %v351 : i64
      %v353 = arith.muli %v344, %v114 : i64
      %v354 = arith.addi %v353, %v102 : i64
      %v355 = llvm.getelementptr %in_u[%v352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v356 = llvm.load %v355 : !llvm.ptr -> f32
      %v357 = arith.addi %v101, %v100 : i64
      %v358 = arith.constant true
      %v359 = arith.addi %v62, %v357 : i64
      %v360 = llvm.getelementptr %v37[%v359] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v361 = llvm.load %v360 : !llvm.ptr<3> -> i64
      %v362 = arith.addi %v97, %v102 : i64
      %v363 = arith.cmpi slt, %v362, %v99 : i64
      %v364 = arith.subi %size_L, %v2 : i64
      %v365 = arith.minsi %v362, %v364 : i64
      %v366 = arith.subi %v63, %v365 : i64
      %v367 = arith.addi %v361, %v366 : i64
      %v368 = arith.muli %v359, %v114 : i64
      %v369 = arith.addi %v368, %v102 : i64
      %v370 = llvm.getelementptr %in_u[%v367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v371 = llvm.load %v370 : !llvm.ptr -> f32
      %v373 = arith.addi %v101, %v372 : i64
      %v374 = arith.constant true
      %v375 = arith.addi %v62, %v373 : i64
      %v376 = llvm.getelementptr %v37[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v377 = llvm.load %v376 : !llvm.ptr<3> -> i64
      %v378 = arith.addi %v97, %v102 : i64
      %v379 = arith.cmpi slt, %v378, %v99 : i64
      %v380 = arith.subi %size_L, %v2 : i64
      %v381 = arith.minsi %v378, %v380 : i64
      %v382 = arith.subi %v63, %v381 : i64
      %v383 = arith.addi %v377, %v382 : i64
      %v384 = arith.muli %v375, %v114 : i64
      %v385 = arith.addi %v384, %v102 : i64
      %v386 = llvm.getelementptr %in_u[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v387 = llvm.load %v386 : !llvm.ptr -> f32
      %v389 = arith.addi %v101, %v388 : i64
      %v390 = arith.constant true
      %v391 = arith.addi %v62, %v389 : i64
      %v392 = llvm.getelementptr %v37[%v391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v393 = llvm.load %v392 : !llvm.ptr<3> -> i64
      %v394 = arith.addi %v97, %v102 : i64
      %v395 = arith.cmpi slt, %v394, %v99 : i64
      %v396 = arith.subi %size_L, %v2 : i64
      %v397 = arith.minsi %v394, %v396 : i64
      %v398 = arith.subi %v63, %v397 : i64
      %v399 = arith.addi %v393, %v398 : i64
      %v400 = arith.muli %v391, %v114 : i64
      %v401 = arith.addi %v400, %v102 : i64
      %v402 = llvm.getelementptr %in_u[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v403 = llvm.load %v402 : !llvm.ptr -> f32
      %v405 = arith.addi %v101, %v404 : i64
      %v406 = arith.constant true
      %v407 = arith.addi %v62, %v405 : i64
      %v408 = llvm.getelementptr %v37[%v407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v409 = llvm.load %v408 : !llvm.ptr<3> -> i64
      %v410 = arith.addi %v97, %v102 : i64
      %v411 = arith.cmpi slt, %v410, %v99 : i64
      %v412 = arith.subi %size_L, %v2 : i64
      %v413 = arith.minsi %v410, %v412 : i64
      %v414 = arith.subi %v63, %v413 : i64
      %v415 = arith.addi %v409, %v414 : i64
      %v416 = arith.muli %v407, %v114 : i64
      %v417 = arith.addi %v416, %v102 : i64
      %v418 = llvm.getelementptr %in_u[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v419 = llvm.load %v418 : !llvm.ptr -> f32
      %v421 = arith.addi %v101, %v420 : i64
      %v422 = arith.constant true
      %v423 = arith.addi %v62, %v421 : i64
      %v424 = llvm.getelementptr %v37[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v425 = llvm.load %v424 : !llvm.ptr<3> -> i64
      %v426 = arith.addi %v97, %v102 : i64
      %v427 = arith.cmpi slt, %v426, %v99 : i64
      %v428 = arith.subi %size_L, %v2 : i64
      %v429 = arith.minsi %v426, %v428 : i64
      %v430 = arith.subi %v63, %v429 : i64
      %v431 = arith.addi %v425, %v430 : i64
      %v432 = arith.muli %v423, %v114 : i64
      %v433 = arith.addi %v432, %v102 : i64
      %v434 = llvm.getelementptr %in_u[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v435 = llvm.load %v434 : !llvm.ptr -> f32
      %v437 = arith.addi %v101, %v436 : i64
      %v438 = arith.constant true
      %v439 = arith.addi %v62, %v437 : i64
      %v440 = llvm.getelementptr %v37[%v439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v441 = llvm.load %v440 : !llvm.ptr<3> -> i64
      %v442 = arith.addi %v97, %v102 : i64
      %v443 = arith.cmpi slt, %v442, %v99 : i64
      %v444 = arith.subi %size_L, %v2 : i64
      %v445 = arith.minsi %v442, %v444 : i64
      %v446 = arith.subi %v63, %v445 : i64
      %v447 = arith.addi %v441, %v446 : i64
      %v448 = arith.muli %v439, %v114 : i64
      %v449 = arith.addi %v448, %v102 : i64
      %v450 = llvm.getelementptr %in_u[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v451 = llvm.load %v450 : !llvm.ptr -> f32
      %v453 = arith.addi %v101, %v452 : i64
      %v454 = arith.constant true
      %v455 = arith.addi %v62, %v453 : i64
      %v456 = llvm.getelementptr %v37[%v455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v457 = llvm.load %v456 : !llvm.ptr<3> -> i64
      %v458 = arith.addi %v97, %v102 : i64
      %v459 = arith.cmpi slt, %v458, %v99 : i64
      %v460 = arith.subi %size_L, %v2 : i64
      %v461 = arith.minsi %v458, %v460 : i64
      %v462 = arith.subi %v63, %v461 : i64
      %v463 = arith.addi %v457, %v462 : i64
      %v464 = arith.muli %v455, %v114 : i64
      %v465 = arith.addi %v464, %v102 : i64
      %v466 = llvm.getelementptr %in_u[%v463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v467 = llvm.load %v466 : !llvm.ptr -> f32
      %v469 = arith.addi %v101, %v468 : i64
      %v470 = arith.constant true
      %v471 = arith.addi %v62, %v469 : i64
      %v472 = llvm.getelementptr %v37[%v471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v473 = llvm.load %v472 : !llvm.ptr<3> -> i64
      %v474 = arith.addi %v97, %v102 : i64
      %v475 = arith.cmpi slt, %v474, %v99 : i64
      %v476 = arith.subi %size_L, %v2 : i64
      %v477 = arith.minsi %v474, %v476 : i64
      %v478 = arith.subi %v63, %v477 : i64
      %v479 = arith.addi %v473, %v478 : i64
      %v480 = arith.muli %v471, %v114 : i64
      %v481 = arith.addi %v480, %v102 : i64
      %v482 = llvm.getelementptr %in_u[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v483 = llvm.load %v482 : !llvm.ptr -> f32
      %v485 = arith.addi %v101, %v484 : i64
      %v486 = arith.constant true
      %v487 = arith.addi %v62, %v485 : i64
      %v488 = llvm.getelementptr %v37[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v489 = llvm.load %v488 : !llvm.ptr<3> -> i64
      %v490 = arith.addi %v97, %v102 : i64
      %v491 = arith.cmpi slt, %v490, %v99 : i64
      %v492 = arith.subi %size_L, %v2 : i64
      %v493 = arith.minsi %v490, %v492 : i64
      %v494 = arith.subi %v63, %v493 : i64
      %v495 = arith.addi %v489, %v494 : i64
      %v496 = arith.muli %v487, %v114 : i64
      %v497 = arith.addi %v496, %v102 : i64
      %v498 = llvm.getelementptr %in_u[%v495] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v499 = llvm.load %v498 : !llvm.ptr -> f32
      %v501 = arith.addi %v101, %v500 : i64
      %v502 = arith.constant true
      %v503 = arith.addi %v62, %v501 : i64
      %v504 = llvm.getelementptr %v37[%v503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v505 = llvm.load %v504 : !llvm.ptr<3> -> i64
      %v506 = arith.addi %v97, %v102 : i64
      %v507 = arith.cmpi slt, %v506, %v99 : i64
      %v508 = arith.subi %size_L, %v2 : i64
      %v509 = arith.minsi %v506, %v508 : i64
      %v510 = arith.subi %v63, %v509 : i64
      %v511 = arith.addi %v505, %v510 : i64
      %v512 = arith.muli %v503, %v114 : i64
      %v513 = arith.addi %v512, %v102 : i64
      %v514 = llvm.getelementptr %in_u[%v511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v515 = llvm.load %v514 : !llvm.ptr -> f32
      %v517 = arith.addi %v101, %v516 : i64
      %v518 = arith.constant true
      %v519 = arith.addi %v62, %v517 : i64
      %v520 = llvm.getelementptr %v37[%v519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v521 = llvm.load %v520 : !llvm.ptr<3> -> i64
      %v522 = arith.addi %v97, %v102 : i64
      %v523 = arith.cmpi slt, %v522, %v99 : i64
      %v524 = arith.subi %size_L, %v2 : i64
      %v525 = arith.minsi %v522, %v524 : i64
      %v526 = arith.subi %v63, %v525 : i64
      %v527 = arith.addi %v521, %v526 : i64
      %v528 = arith.muli %v519, %v114 : i64
      %v529 = arith.addi %v528, %v102 : i64
      %v530 = llvm.getelementptr %in_u[%v527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v531 = llvm.load %v530 : !llvm.ptr -> f32
      %v533 = arith.addi %v101, %v532 : i64
      %v534 = arith.constant true
      %v535 = arith.addi %v62, %v533 : i64
      %v536 = llvm.getelementptr %v37[%v535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v537 = llvm.load %v536 : !llvm.ptr<3> -> i64
      %v538 = arith.addi %v97, %v102 : i64
      %v539 = arith.cmpi slt, %v538, %v99 : i64
      %v540 = arith.subi %size_L, %v2 : i64
      %v541 = arith.minsi %v538, %v540 : i64
      %v542 = arith.subi %v63, %v541 : i64
      %v543 = arith.addi %v537, %v542 : i64
      %v544 = arith.muli %v535, %v114 : i64
      %v545 = arith.addi %v544, %v102 : i64
      %v546 = llvm.getelementptr %in_u[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v547 = llvm.load %v546 : !llvm.ptr -> f32
      %v549 = arith.addi %v101, %v548 : i64
      %v550 = arith.constant true
      %v551 = arith.addi %v62, %v549 : i64
      %v552 = llvm.getelementptr %v37[%v551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v553 = llvm.load %v552 : !llvm.ptr<3> -> i64
      %v554 = arith.addi %v97, %v102 : i64
      %v555 = arith.cmpi slt, %v554, %v99 : i64
      %v556 = arith.subi %size_L, %v2 : i64
      %v557 = arith.minsi %v554, %v556 : i64
      %v558 = arith.subi %v63, %v557 : i64
      %v559 = arith.addi %v553, %v558 : i64
      %v560 = arith.muli %v551, %v114 : i64
      %v561 = arith.addi %v560, %v102 : i64
      %v562 = llvm.getelementptr %in_u[%v559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v563 = llvm.load %v562 : !llvm.ptr -> f32
      %v565 = arith.addi %v101, %v564 : i64
      %v566 = arith.constant true
      %v567 = arith.addi %v62, %v565 : i64
      %v568 = llvm.getelementptr %v37[%v567] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v569 = llvm.load %v568 : !llvm.ptr<3> -> i64
      %v570 = arith.addi %v97, %v102 : i64
      %v571 = arith.cmpi slt, %v570, %v99 : i64
      %v572 = arith.subi %size_L, %v2 : i64
      %v573 = arith.minsi %v570, %v572 : i64
      %v574 = arith.subi %v63, %v573 : i64
      %v575 = arith.addi %v569, %v574 : i64
      %v576 = arith.muli %v567, %v114 : i64
      %v577 = arith.addi %v576, %v102 : i64
      %v578 = llvm.getelementptr %in_u[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v579 = llvm.load %v578 : !llvm.ptr -> f32
      %v581 = arith.addi %v101, %v580 : i64
      %v582 = arith.constant true
      %v583 = arith.addi %v62, %v581 : i64
      %v584 = llvm.getelementptr %v37[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v585 = llvm.load %v584 : !llvm.ptr<3> -> i64
      %v586 = arith.addi %v97, %v102 : i64
      %v587 = arith.cmpi slt, %v586, %v99 : i64
      %v588 = arith.subi %size_L, %v2 : i64
      %v589 = arith.minsi %v586, %v588 : i64
      %v590 = arith.subi %v63, %v589 : i64
      %v591 = arith.addi %v585, %v590 : i64
      %v592 = arith.muli %v583, %v114 : i64
      %v593 = arith.addi %v592, %v102 : i64
      %v594 = llvm.getelementptr %in_u[%v591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v595 = llvm.load %v594 : !llvm.ptr -> f32
      %v597 = arith.addi %v101, %v596 : i64
      %v598 = arith.constant true
      %v599 = arith.addi %v62, %v597 : i64
      %v600 = llvm.getelementptr %v37[%v599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v601 = llvm.load %v600 : !llvm.ptr<3> -> i64
      %v602 = arith.addi %v97, %v102 : i64
      %v603 = arith.cmpi slt, %v602, %v99 : i64
      %v604 = arith.subi %size_L, %v2 : i64
      %v605 = arith.minsi %v602, %v604 : i64
      %v606 = arith.subi %v63, %v605 : i64
      %v607 = arith.addi %v601, %v606 : i64
      %v608 = arith.muli %v599, %v114 : i64
      %v609 = arith.addi %v608, %v102 : i64
      %v610 = llvm.getelementptr %in_u[%v607] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v611 = llvm.load %v610 : !llvm.ptr -> f32
      scf.if %v104 {
        %v612 = llvm.getelementptr %v38[%v116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v118, %v612 : f32, !llvm.ptr<3>
      }
      scf.if %v120 {
        %v613 = llvm.getelementptr %v38[%v131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v133, %v613 : f32, !llvm.ptr<3>
      }
      scf.if %v136 {
        %v614 = llvm.getelementptr %v38[%v147] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v149, %v614 : f32, !llvm.ptr<3>
      }
      scf.if %v152 {
        %v615 = llvm.getelementptr %v38[%v163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v165, %v615 : f32, !llvm.ptr<3>
      }
      scf.if %v168 {
        %v616 = llvm.getelementptr %v38[%v179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v181, %v616 : f32, !llvm.ptr<3>
      }
      scf.if %v184 {
        %v617 = llvm.getelementptr %v38[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v197, %v617 : f32, !llvm.ptr<3>
      }
      scf.if %v200 {
        %v618 = llvm.getelementptr %v38[%v211] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v213, %v618 : f32, !llvm.ptr<3>
      }
      scf.if %v216 {
        %v619 = llvm.getelementptr %v38[%v227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v229, %v619 : f32, !llvm.ptr<3>
      }
      scf.if %v231 {
        %v620 = llvm.getelementptr %v38[%v242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v244, %v620 : f32, !llvm.ptr<3>
      }
      scf.if %v247 {
        %v621 = llvm.getelementptr %v38[%v258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v260, %v621 : f32, !llvm.ptr<3>
      }
      scf.if %v263 {
        %v622 = llvm.getelementptr %v38[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v276, %v622 : f32, !llvm.ptr<3>
      }
      scf.if %v279 {
        %v623 = llvm.getelementptr %v38[%v290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v292, %v623 : f32, !llvm.ptr<3>
      }
      scf.if %v295 {
        %v624 = llvm.getelementptr %v38[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v308, %v624 : f32, !llvm.ptr<3>
      }
      scf.if %v311 {
        %v625 = llvm.getelementptr %v38[%v322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v324, %v625 : f32, !llvm.ptr<3>
      }
      scf.if %v327 {
        %v626 = llvm.getelementptr %v38[%v338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v340, %v626 : f32, !llvm.ptr<3>
      }
      scf.if %v343 {
        %v627 = llvm.getelementptr %v38[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v356, %v627 : f32, !llvm.ptr<3>
      }
      scf.if %v358 {
        %v628 = llvm.getelementptr %v38[%v369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v371, %v628 : f32, !llvm.ptr<3>
      }
      scf.if %v374 {
        %v629 = llvm.getelementptr %v38[%v385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v387, %v629 : f32, !llvm.ptr<3>
      }
      scf.if %v390 {
        %v630 = llvm.getelementptr %v38[%v401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v403, %v630 : f32, !llvm.ptr<3>
      }
      scf.if %v406 {
        %v631 = llvm.getelementptr %v38[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v419, %v631 : f32, !llvm.ptr<3>
      }
      scf.if %v422 {
        %v632 = llvm.getelementptr %v38[%v433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v435, %v632 : f32, !llvm.ptr<3>
      }
      scf.if %v438 {
        %v633 = llvm.getelementptr %v38[%v449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v451, %v633 : f32, !llvm.ptr<3>
      }
      scf.if %v454 {
        %v634 = llvm.getelementptr %v38[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v467, %v634 : f32, !llvm.ptr<3>
      }
      scf.if %v470 {
        %v635 = llvm.getelementptr %v38[%v481] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v483, %v635 : f32, !llvm.ptr<3>
      }
      scf.if %v486 {
        %v636 = llvm.getelementptr %v38[%v497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v499, %v636 : f32, !llvm.ptr<3>
      }
      scf.if %v502 {
        %v637 = llvm.getelementptr %v38[%v513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v515, %v637 : f32, !llvm.ptr<3>
      }
      scf.if %v518 {
        %v638 = llvm.getelementptr %v38[%v529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v531, %v638 : f32, !llvm.ptr<3>
      }
      scf.if %v534 {
        %v639 = llvm.getelementptr %v38[%v545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v547, %v639 : f32, !llvm.ptr<3>
      }
      scf.if %v550 {
        %v640 = llvm.getelementptr %v38[%v561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v563, %v640 : f32, !llvm.ptr<3>
      }
      scf.if %v566 {
        %v641 = llvm.getelementptr %v38[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v579, %v641 : f32, !llvm.ptr<3>
      }
      scf.if %v582 {
        %v642 = llvm.getelementptr %v38[%v593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v595, %v642 : f32, !llvm.ptr<3>
      }
      scf.if %v598 {
        %v643 = llvm.getelementptr %v38[%v609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v611, %v643 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v644 = arith.divui %v45, %v100 : i64
      %v645 = arith.remui %v45, %v100 : i64
      %v646 = arith.addi %v644, %v62 : i64
      %v647 = arith.constant true
      %v648 = arith.addi %v47, %v646 : i64
      %v649 = llvm.getelementptr %v37[%v648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v650 = llvm.load %v649 : !llvm.ptr<3> -> i64
      %v651 = arith.addi %v97, %v645 : i64
      %v652 = arith.cmpi slt, %v651, %v99 : i64
      %v653 = arith.subi %size_L, %v2 : i64
      %v654 = arith.minsi %v651, %v653 : i64
      %v655 = arith.subi %v63, %v654 : i64
      %v656 = arith.addi %v650, %v655 : i64
      %v657 = arith.muli %v648, %v114 : i64
      %v658 = arith.addi %v657, %v645 : i64
      %v659 = llvm.getelementptr %in_delta[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v660 = llvm.load %v659 : !llvm.ptr -> f32
      %v661 = arith.addi %v644, %v91 : i64
      %v662 = arith.constant true
      %v663 = arith.addi %v47, %v661 : i64
      %v664 = llvm.getelementptr %v37[%v663] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v665 = llvm.load %v664 : !llvm.ptr<3> -> i64
      %v666 = arith.addi %v97, %v645 : i64
      %v667 = arith.cmpi slt, %v666, %v99 : i64
      %v668 = arith.subi %size_L, %v2 : i64
      %v669 = arith.minsi %v666, %v668 : i64
      %v670 = arith.subi %v63, %v669 : i64
      %v671 = arith.addi %v665, %v670 : i64
      %v672 = arith.muli %v663, %v114 : i64
      %v673 = arith.addi %v672, %v645 : i64
      %v674 = llvm.getelementptr %in_delta[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v675 = llvm.load %v674 : !llvm.ptr -> f32
      %v676 = arith.addi %v644, %v134 : i64
      %v677 = arith.constant true
      %v678 = arith.addi %v47, %v676 : i64
      %v679 = llvm.getelementptr %v37[%v678] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v680 = llvm.load %v679 : !llvm.ptr<3> -> i64
      %v681 = arith.addi %v97, %v645 : i64
      %v682 = arith.cmpi slt, %v681, %v99 : i64
      %v683 = arith.subi %size_L, %v2 : i64
      %v684 = arith.minsi %v681, %v683 : i64
      %v685 = arith.subi %v63, %v684 : i64
      %v686 = arith.addi %v680, %v685 : i64
      %v687 = arith.muli %v678, %v114 : i64
      %v688 = arith.addi %v687, %v645 : i64
      %v689 = llvm.getelementptr %in_delta[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v690 = llvm.load %v689 : !llvm.ptr -> f32
      %v691 = arith.addi %v644, %v150 : i64
      %v692 = arith.constant true
      %v693 = arith.addi %v47, %v691 : i64
      %v694 = llvm.getelementptr %v37[%v693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v695 = llvm.load %v694 : !llvm.ptr<3> -> i64
      %v696 = arith.addi %v97, %v645 : i64
      %v697 = arith.cmpi slt, %v696, %v99 : i64
      %v698 = arith.subi %size_L, %v2 : i64
      %v699 = arith.minsi %v696, %v698 : i64
      %v700 = arith.subi %v63, %v699 : i64
      %v701 = arith.addi %v695, %v700 : i64
      %v702 = arith.muli %v693, %v114 : i64
      %v703 = arith.addi %v702, %v645 : i64
      %v704 = llvm.getelementptr %in_delta[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v705 = llvm.load %v704 : !llvm.ptr -> f32
      %v706 = arith.addi %v644, %v166 : i64
      %v707 = arith.constant true
      %v708 = arith.addi %v47, %v706 : i64
      %v709 = llvm.getelementptr %v37[%v708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v710 = llvm.load %v709 : !llvm.ptr<3> -> i64
      %v711 = arith.addi %v97, %v645 : i64
      %v712 = arith.cmpi slt, %v711, %v99 : i64
      %v713 = arith.subi %size_L, %v2 : i64
      %v714 = arith.minsi %v711, %v713 : i64
      %v715 = arith.subi %v63, %v714 : i64
      %v716 = arith.addi %v710, %v715 : i64
      %v717 = arith.muli %v708, %v114 : i64
      %v718 = arith.addi %v717, %v645 : i64
      %v719 = llvm.getelementptr %in_delta[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v720 = llvm.load %v719 : !llvm.ptr -> f32
      %v721 = arith.addi %v644, %v182 : i64
      %v722 = arith.constant true
      %v723 = arith.addi %v47, %v721 : i64
      %v724 = llvm.getelementptr %v37[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v725 = llvm.load %v724 : !llvm.ptr<3> -> i64
      %v726 = arith.addi %v97, %v645 : i64
      %v727 = arith.cmpi slt, %v726, %v99 : i64
      %v728 = arith.subi %size_L, %v2 : i64
      %v729 = arith.minsi %v726, %v728 : i64
      %v730 = arith.subi %v63, %v729 : i64
      %v731 = arith.addi %v725, %v730 : i64
      %v732 = arith.muli %v723, %v114 : i64
      %v733 = arith.addi %v732, %v645 : i64
      %v734 = llvm.getelementptr %in_delta[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v735 = llvm.load %v734 : !llvm.ptr -> f32
      %v736 = arith.addi %v644, %v198 : i64
      %v737 = arith.constant true
      %v738 = arith.addi %v47, %v736 : i64
      %v739 = llvm.getelementptr %v37[%v738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v740 = llvm.load %v739 : !llvm.ptr<3> -> i64
      %v741 = arith.addi %v97, %v645 : i64
      %v742 = arith.cmpi slt, %v741, %v99 : i64
      %v743 = arith.subi %size_L, %v2 : i64
      %v744 = arith.minsi %v741, %v743 : i64
      %v745 = arith.subi %v63, %v744 : i64
      %v746 = arith.addi %v740, %v745 : i64
      %v747 = arith.muli %v738, %v114 : i64
      %v748 = arith.addi %v747, %v645 : i64
      %v749 = llvm.getelementptr %in_delta[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v750 = llvm.load %v749 : !llvm.ptr -> f32
      %v751 = arith.addi %v644, %v214 : i64
      %v752 = arith.constant true
      %v753 = arith.addi %v47, %v751 : i64
      %v754 = llvm.getelementptr %v37[%v753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v755 = llvm.load %v754 : !llvm.ptr<3> -> i64
      %v756 = arith.addi %v97, %v645 : i64
      %v757 = arith.cmpi slt, %v756, %v99 : i64
      %v758 = arith.subi %size_L, %v2 : i64
      %v759 = arith.minsi %v756, %v758 : i64
      %v760 = arith.subi %v63, %v759 : i64
      %v761 = arith.addi %v755, %v760 : i64
      %v762 = arith.muli %v753, %v114 : i64
      %v763 = arith.addi %v762, %v645 : i64
      %v764 = llvm.getelementptr %in_delta[%v761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v765 = llvm.load %v764 : !llvm.ptr -> f32
      %v766 = arith.addi %v644, %v1 : i64
      %v767 = arith.constant true
      %v768 = arith.addi %v47, %v766 : i64
      %v769 = llvm.getelementptr %v37[%v768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v770 = llvm.load %v769 : !llvm.ptr<3> -> i64
      %v771 = arith.addi %v97, %v645 : i64
      %v772 = arith.cmpi slt, %v771, %v99 : i64
      %v773 = arith.subi %size_L, %v2 : i64
      %v774 = arith.minsi %v771, %v773 : i64
      %v775 = arith.subi %v63, %v774 : i64
      %v776 = arith.addi %v770, %v775 : i64
      %v777 = arith.muli %v768, %v114 : i64
      %v778 = arith.addi %v777, %v645 : i64
      %v779 = llvm.getelementptr %in_delta[%v776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v780 = llvm.load %v779 : !llvm.ptr -> f32
      %v781 = arith.addi %v644, %v245 : i64
      %v782 = arith.constant true
      %v783 = arith.addi %v47, %v781 : i64
      %v784 = llvm.getelementptr %v37[%v783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v785 = llvm.load %v784 : !llvm.ptr<3> -> i64
      %v786 = arith.addi %v97, %v645 : i64
      %v787 = arith.cmpi slt, %v786, %v99 : i64
      %v788 = arith.subi %size_L, %v2 : i64
      %v789 = arith.minsi %v786, %v788 : i64
      %v790 = arith.subi %v63, %v789 : i64
      %v791 = arith.addi %v785, %v790 : i64
      %v792 = arith.muli %v783, %v114 : i64
      %v793 = arith.addi %v792, %v645 : i64
      %v794 = llvm.getelementptr %in_delta[%v791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v795 = llvm.load %v794 : !llvm.ptr -> f32
      %v796 = arith.addi %v644, %v261 : i64
      %v797 = arith.constant true
      %v798 = arith.addi %v47, %v796 : i64
      %v799 = llvm.getelementptr %v37[%v798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v800 = llvm.load %v799 : !llvm.ptr<3> -> i64
      %v801 = arith.addi %v97, %v645 : i64
      %v802 = arith.cmpi slt, %v801, %v99 : i64
      %v803 = arith.subi %size_L, %v2 : i64
      %v804 = arith.minsi %v801, %v803 : i64
      %v805 = arith.subi %v63, %v804 : i64
      %v806 = arith.addi %v800, %v805 : i64
      %v807 = arith.muli %v798, %v114 : i64
      %v808 = arith.addi %v807, %v645 : i64
      %v809 = llvm.getelementptr %in_delta[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v810 = llvm.load %v809 : !llvm.ptr -> f32
      %v811 = arith.addi %v644, %v277 : i64
      %v812 = arith.constant true
      %v813 = arith.addi %v47, %v811 : i64
      %v814 = llvm.getelementptr %v37[%v813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v815 = llvm.load %v814 : !llvm.ptr<3> -> i64
      %v816 = arith.addi %v97, %v645 : i64
      %v817 = arith.cmpi slt, %v816, %v99 : i64
      %v818 = arith.subi %size_L, %v2 : i64
      %v819 = arith.minsi %v816, %v818 : i64
      %v820 = arith.subi %v63, %v819 : i64
      %v821 = arith.addi %v815, %v820 : i64
      %v822 = arith.muli %v813, %v114 : i64
      %v823 = arith.addi %v822, %v645 : i64
      %v824 = llvm.getelementptr %in_delta[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v825 = llvm.load %v824 : !llvm.ptr -> f32
      %v826 = arith.addi %v644, %v293 : i64
      %v827 = arith.constant true
      %v828 = arith.addi %v47, %v826 : i64
      %v829 = llvm.getelementptr %v37[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v830 = llvm.load %v829 : !llvm.ptr<3> -> i64
      %v831 = arith.addi %v97, %v645 : i64
      %v832 = arith.cmpi slt, %v831, %v99 : i64
      %v833 = arith.subi %size_L, %v2 : i64
      %v834 = arith.minsi %v831, %v833 : i64
      %v835 = arith.subi %v63, %v834 : i64
      %v836 = arith.addi %v830, %v835 : i64
      %v837 = arith.muli %v828, %v114 : i64
      %v838 = arith.addi %v837, %v645 : i64
      %v839 = llvm.getelementptr %in_delta[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v840 = llvm.load %v839 : !llvm.ptr -> f32
      %v841 = arith.addi %v644, %v309 : i64
      %v842 = arith.constant true
      %v843 = arith.addi %v47, %v841 : i64
      %v844 = llvm.getelementptr %v37[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v845 = llvm.load %v844 : !llvm.ptr<3> -> i64
      %v846 = arith.addi %v97, %v645 : i64
      %v847 = arith.cmpi slt, %v846, %v99 : i64
      %v848 = arith.subi %size_L, %v2 : i64
      %v849 = arith.minsi %v846, %v848 : i64
      %v850 = arith.subi %v63, %v849 : i64
      %v851 = arith.addi %v845, %v850 : i64
      %v852 = arith.muli %v843, %v114 : i64
      %v853 = arith.addi %v852, %v645 : i64
      %v854 = llvm.getelementptr %in_delta[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v855 = llvm.load %v854 : !llvm.ptr -> f32
      %v856 = arith.addi %v644, %v325 : i64
      %v857 = arith.constant true
      %v858 = arith.addi %v47, %v856 : i64
      %v859 = llvm.getelementptr %v37[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v860 = llvm.load %v859 : !llvm.ptr<3> -> i64
      %v861 = arith.addi %v97, %v645 : i64
      %v862 = arith.cmpi slt, %v861, %v99 : i64
      %v863 = arith.subi %size_L, %v2 : i64
      %v864 = arith.minsi %v861, %v863 : i64
      %v865 = arith.subi %v63, %v864 : i64
      %v866 = arith.addi %v860, %v865 : i64
      %v867 = arith.muli %v858, %v114 : i64
      %v868 = arith.addi %v867, %v645 : i64
      %v869 = llvm.getelementptr %in_delta[%v866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v870 = llvm.load %v869 : !llvm.ptr -> f32
      %v871 = arith.addi %v644, %v341 : i64
      %v872 = arith.constant true
      %v873 = arith.addi %v47, %v871 : i64
      %v874 = llvm.getelementptr %v37[%v873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v875 = llvm.load %v874 : !llvm.ptr<3> -> i64
      %v876 = arith.addi %v97, %v645 : i64
      %v877 = arith.cmpi slt, %v876, %v99 : i64
      %v878 = arith.subi %size_L, %v2 : i64
      %v879 = arith.minsi %v876, %v878 : i64
      %v880 = arith.subi %v63, %v879 : i64
      %v881 = arith.addi %v875, %v880 : i64
      %v882 = arith.muli %v873, %v114 : i64
      %v883 = arith.addi %v882, %v645 : i64
      %v884 = llvm.getelementptr %in_delta[%v881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v885 = llvm.load %v884 : !llvm.ptr -> f32
      %v886 = arith.addi %v644, %v100 : i64
      %v887 = arith.constant true
      %v888 = arith.addi %v47, %v886 : i64
      %v889 = llvm.getelementptr %v37[%v888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v890 = llvm.load %v889 : !llvm.ptr<3> -> i64
      %v891 = arith.addi %v97, %v645 : i64
      %v892 = arith.cmpi slt, %v891, %v99 : i64
      %v893 = arith.subi %size_L, %v2 : i64
      %v894 = arith.minsi %v891, %v893 : i64
      %v895 = arith.subi %v63, %v894 : i64
      %v896 = arith.addi %v890, %v895 : i64
      %v897 = arith.muli %v888, %v114 : i64
      %v898 = arith.addi %v897, %v645 : i64
      %v899 = llvm.getelementptr %in_delta[%v896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v900 = llvm.load %v899 : !llvm.ptr -> f32
      %v901 = arith.addi %v644, %v372 : i64
      %v902 = arith.constant true
      %v903 = arith.addi %v47, %v901 : i64
      %v904 = llvm.getelementptr %v37[%v903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v905 = llvm.load %v904 : !llvm.ptr<3> -> i64
      %v906 = arith.addi %v97, %v645 : i64
      %v907 = arith.cmpi slt, %v906, %v99 : i64
      %v908 = arith.subi %size_L, %v2 : i64
      %v909 = arith.minsi %v906, %v908 : i64
      %v910 = arith.subi %v63, %v909 : i64
      %v911 = arith.addi %v905, %v910 : i64
      %v912 = arith.muli %v903, %v114 : i64
      %v913 = arith.addi %v912, %v645 : i64
      %v914 = llvm.getelementptr %in_delta[%v911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v915 = llvm.load %v914 : !llvm.ptr -> f32
      %v916 = arith.addi %v644, %v388 : i64
      %v917 = arith.constant true
      %v918 = arith.addi %v47, %v916 : i64
      %v919 = llvm.getelementptr %v37[%v918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v920 = llvm.load %v919 : !llvm.ptr<3> -> i64
      %v921 = arith.addi %v97, %v645 : i64
      %v922 = arith.cmpi slt, %v921, %v99 : i64
      %v923 = arith.subi %size_L, %v2 : i64
      %v924 = arith.minsi %v921, %v923 : i64
      %v925 = arith.subi %v63, %v924 : i64
      %v926 = arith.addi %v920, %v925 : i64
      %v927 = arith.muli %v918, %v114 : i64
      %v928 = arith.addi %v927, %v645 : i64
      %v929 = llvm.getelementptr %in_delta[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v930 = llvm.load %v929 : !llvm.ptr -> f32
      %v931 = arith.addi %v644, %v404 : i64
      %v932 = arith.constant true
      %v933 = arith.addi %v47, %v931 : i64
      %v934 = llvm.getelementptr %v37[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v935 = llvm.load %v934 : !llvm.ptr<3> -> i64
      %v936 = arith.addi %v97, %v645 : i64
      %v937 = arith.cmpi slt, %v936, %v99 : i64
      %v938 = arith.subi %size_L, %v2 : i64
      %v939 = arith.minsi %v936, %v938 : i64
      %v940 = arith.subi %v63, %v939 : i64
      %v941 = arith.addi %v935, %v940 : i64
      %v942 = arith.muli %v933, %v114 : i64
      %v943 = arith.addi %v942, %v645 : i64
      %v944 = llvm.getelementptr %in_delta[%v941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v945 = llvm.load %v944 : !llvm.ptr -> f32
      %v946 = arith.addi %v644, %v420 : i64
      %v947 = arith.constant true
      %v948 = arith.addi %v47, %v946 : i64
      %v949 = llvm.getelementptr %v37[%v948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v950 = llvm.load %v949 : !llvm.ptr<3> -> i64
      %v951 = arith.addi %v97, %v645 : i64
      %v952 = arith.cmpi slt, %v951, %v99 : i64
      %v953 = arith.subi %size_L, %v2 : i64
      %v954 = arith.minsi %v951, %v953 : i64
      %v955 = arith.subi %v63, %v954 : i64
      %v956 = arith.addi %v950, %v955 : i64
      %v957 = arith.muli %v948, %v114 : i64
      %v958 = arith.addi %v957, %v645 : i64
      %v959 = llvm.getelementptr %in_delta[%v956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v960 = llvm.load %v959 : !llvm.ptr -> f32
      %v961 = arith.addi %v644, %v436 : i64
      %v962 = arith.constant true
      %v963 = arith.addi %v47, %v961 : i64
      %v964 = llvm.getelementptr %v37[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v965 = llvm.load %v964 : !llvm.ptr<3> -> i64
      %v966 = arith.addi %v97, %v645 : i64
      %v967 = arith.cmpi slt, %v966, %v99 : i64
      %v968 = arith.subi %size_L, %v2 : i64
      %v969 = arith.minsi %v966, %v968 : i64
      %v970 = arith.subi %v63, %v969 : i64
      %v971 = arith.addi %v965, %v970 : i64
      %v972 = arith.muli %v963, %v114 : i64
      %v973 = arith.addi %v972, %v645 : i64
      %v974 = llvm.getelementptr %in_delta[%v971] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v975 = llvm.load %v974 : !llvm.ptr -> f32
      %v976 = arith.addi %v644, %v452 : i64
      %v977 = arith.constant true
      %v978 = arith.addi %v47, %v976 : i64
      %v979 = llvm.getelementptr %v37[%v978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v980 = llvm.load %v979 : !llvm.ptr<3> -> i64
      %v981 = arith.addi %v97, %v645 : i64
      %v982 = arith.cmpi slt, %v981, %v99 : i64
      %v983 = arith.subi %size_L, %v2 : i64
      %v984 = arith.minsi %v981, %v983 : i64
      %v985 = arith.subi %v63, %v984 : i64
      %v986 = arith.addi %v980, %v985 : i64
      %v987 = arith.muli %v978, %v114 : i64
      %v988 = arith.addi %v987, %v645 : i64
      %v989 = llvm.getelementptr %in_delta[%v986] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v990 = llvm.load %v989 : !llvm.ptr -> f32
      %v991 = arith.addi %v644, %v468 : i64
      %v992 = arith.constant true
      %v993 = arith.addi %v47, %v991 : i64
      %v994 = llvm.getelementptr %v37[%v993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v995 = llvm.load %v994 : !llvm.ptr<3> -> i64
      %v996 = arith.addi %v97, %v645 : i64
      %v997 = arith.cmpi slt, %v996, %v99 : i64
      %v998 = arith.subi %size_L, %v2 : i64
      %v999 = arith.minsi %v996, %v998 : i64
      %v1000 = arith.subi %v63, %v999 : i64
      %v1001 = arith.addi %v995, %v1000 : i64
      %v1002 = arith.muli %v993, %v114 : i64
      %v1003 = arith.addi %v1002, %v645 : i64
      %v1004 = llvm.getelementptr %in_delta[%v1001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1005 = llvm.load %v1004 : !llvm.ptr -> f32
      %v1006 = arith.addi %v644, %v484 : i64
      %v1007 = arith.constant true
      %v1008 = arith.addi %v47, %v1006 : i64
      %v1009 = llvm.getelementptr %v37[%v1008] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1010 = llvm.load %v1009 : !llvm.ptr<3> -> i64
      %v1011 = arith.addi %v97, %v645 : i64
      %v1012 = arith.cmpi slt, %v1011, %v99 : i64
      %v1013 = arith.subi %size_L, %v2 : i64
      %v1014 = arith.minsi %v1011, %v1013 : i64
      %v1015 = arith.subi %v63, %v1014 : i64
      %v1016 = arith.addi %v1010, %v1015 : i64
      %v1017 = arith.muli %v1008, %v114 : i64
      %v1018 = arith.addi %v1017, %v645 : i64
      %v1019 = llvm.getelementptr %in_delta[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
      %v1021 = arith.addi %v644, %v500 : i64
      %v1022 = arith.constant true
      %v1023 = arith.addi %v47, %v1021 : i64
      %v1024 = llvm.getelementptr %v37[%v1023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1025 = llvm.load %v1024 : !llvm.ptr<3> -> i64
      %v1026 = arith.addi %v97, %v645 : i64
      %v1027 = arith.cmpi slt, %v1026, %v99 : i64
      %v1028 = arith.subi %size_L, %v2 : i64
      %v1029 = arith.minsi %v1026, %v1028 : i64
      %v1030 = arith.subi %v63, %v1029 : i64
      %v1031 = arith.addi %v1025, %v1030 : i64
      %v1032 = arith.muli %v1023, %v114 : i64
      %v1033 = arith.addi %v1032, %v645 : i64
      %v1034 = llvm.getelementptr %in_delta[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
      %v1036 = arith.addi %v644, %v516 : i64
      %v1037 = arith.constant true
      %v1038 = arith.addi %v47, %v1036 : i64
      %v1039 = llvm.getelementptr %v37[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1040 = llvm.load %v1039 : !llvm.ptr<3> -> i64
      %v1041 = arith.addi %v97, %v645 : i64
      %v1042 = arith.cmpi slt, %v1041, %v99 : i64
      %v1043 = arith.subi %size_L, %v2 : i64
      %v1044 = arith.minsi %v1041, %v1043 : i64
      %v1045 = arith.subi %v63, %v1044 : i64
      %v1046 = arith.addi %v1040, %v1045 : i64
      %v1047 = arith.muli %v1038, %v114 : i64
      %v1048 = arith.addi %v1047, %v645 : i64
      %v1049 = llvm.getelementptr %in_delta[%v1046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1050 = llvm.load %v1049 : !llvm.ptr -> f32
      %v1051 = arith.addi %v644, %v532 : i64
      %v1052 = arith.constant true
      %v1053 = arith.addi %v47, %v1051 : i64
      %v1054 = llvm.getelementptr %v37[%v1053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1055 = llvm.load %v1054 : !llvm.ptr<3> -> i64
      %v1056 = arith.addi %v97, %v645 : i64
      %v1057 = arith.cmpi slt, %v1056, %v99 : i64
      %v1058 = arith.subi %size_L, %v2 : i64
      %v1059 = arith.minsi %v1056, %v1058 : i64
      %v1060 = arith.subi %v63, %v1059 : i64
      %v1061 = arith.addi %v1055, %v1060 : i64
      %v1062 = arith.muli %v1053, %v114 : i64
      %v1063 = arith.addi %v1062, %v645 : i64
      %v1064 = llvm.getelementptr %in_delta[%v1061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1065 = llvm.load %v1064 : !llvm.ptr -> f32
      %v1066 = arith.addi %v644, %v548 : i64
      %v1067 = arith.constant true
      %v1068 = arith.addi %v47, %v1066 : i64
      %v1069 = llvm.getelementptr %v37[%v1068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1070 = llvm.load %v1069 : !llvm.ptr<3> -> i64
      %v1071 = arith.addi %v97, %v645 : i64
      %v1072 = arith.cmpi slt, %v1071, %v99 : i64
      %v1073 = arith.subi %size_L, %v2 : i64
      %v1074 = arith.minsi %v1071, %v1073 : i64
      %v1075 = arith.subi %v63, %v1074 : i64
      %v1076 = arith.addi %v1070, %v1075 : i64
      %v1077 = arith.muli %v1068, %v114 : i64
      %v1078 = arith.addi %v1077, %v645 : i64
      %v1079 = llvm.getelementptr %in_delta[%v1076] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1080 = llvm.load %v1079 : !llvm.ptr -> f32
      %v1081 = arith.addi %v644, %v564 : i64
      %v1082 = arith.constant true
      %v1083 = arith.addi %v47, %v1081 : i64
      %v1084 = llvm.getelementptr %v37[%v1083] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1085 = llvm.load %v1084 : !llvm.ptr<3> -> i64
      %v1086 = arith.addi %v97, %v645 : i64
      %v1087 = arith.cmpi slt, %v1086, %v99 : i64
      %v1088 = arith.subi %size_L, %v2 : i64
      %v1089 = arith.minsi %v1086, %v1088 : i64
      %v1090 = arith.subi %v63, %v1089 : i64
      %v1091 = arith.addi %v1085, %v1090 : i64
      %v1092 = arith.muli %v1083, %v114 : i64
      %v1093 = arith.addi %v1092, %v645 : i64
      %v1094 = llvm.getelementptr %in_delta[%v1091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1095 = llvm.load %v1094 : !llvm.ptr -> f32
      %v1096 = arith.addi %v644, %v580 : i64
      %v1097 = arith.constant true
      %v1098 = arith.addi %v47, %v1096 : i64
      %v1099 = llvm.getelementptr %v37[%v1098] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1100 = llvm.load %v1099 : !llvm.ptr<3> -> i64
      %v1101 = arith.addi %v97, %v645 : i64
      %v1102 = arith.cmpi slt, %v1101, %v99 : i64
      %v1103 = arith.subi %size_L, %v2 : i64
      %v1104 = arith.minsi %v1101, %v1103 : i64
      %v1105 = arith.subi %v63, %v1104 : i64
      %v1106 = arith.addi %v1100, %v1105 : i64
      %v1107 = arith.muli %v1098, %v114 : i64
      %v1108 = arith.addi %v1107, %v645 : i64
      %v1109 = llvm.getelementptr %in_delta[%v1106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1110 = llvm.load %v1109 : !llvm.ptr -> f32
      %v1111 = arith.addi %v644, %v596 : i64
      %v1112 = arith.constant true
      %v1113 = arith.addi %v47, %v1111 : i64
      %v1114 = llvm.getelementptr %v37[%v1113] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1115 = llvm.load %v1114 : !llvm.ptr<3> -> i64
      %v1116 = arith.addi %v97, %v645 : i64
      %v1117 = arith.cmpi slt, %v1116, %v99 : i64
      %v1118 = arith.subi %size_L, %v2 : i64
      %v1119 = arith.minsi %v1116, %v1118 : i64
      %v1120 = arith.subi %v63, %v1119 : i64
      %v1121 = arith.addi %v1115, %v1120 : i64
      %v1122 = arith.muli %v1113, %v114 : i64
      %v1123 = arith.addi %v1122, %v645 : i64
      %v1124 = llvm.getelementptr %in_delta[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
      scf.if %v647 {
        %v1126 = llvm.getelementptr %v38[%v658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v660, %v1126 : f32, !llvm.ptr<3>
      }
      scf.if %v662 {
        %v1127 = llvm.getelementptr %v38[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v675, %v1127 : f32, !llvm.ptr<3>
      }
      scf.if %v677 {
        %v1128 = llvm.getelementptr %v38[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v690, %v1128 : f32, !llvm.ptr<3>
      }
      scf.if %v692 {
        %v1129 = llvm.getelementptr %v38[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v705, %v1129 : f32, !llvm.ptr<3>
      }
      scf.if %v707 {
        %v1130 = llvm.getelementptr %v38[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v720, %v1130 : f32, !llvm.ptr<3>
      }
      scf.if %v722 {
        %v1131 = llvm.getelementptr %v38[%v733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v735, %v1131 : f32, !llvm.ptr<3>
      }
      scf.if %v737 {
        %v1132 = llvm.getelementptr %v38[%v748] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v750, %v1132 : f32, !llvm.ptr<3>
      }
      scf.if %v752 {
        %v1133 = llvm.getelementptr %v38[%v763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v765, %v1133 : f32, !llvm.ptr<3>
      }
      scf.if %v767 {
        %v1134 = llvm.getelementptr %v38[%v778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v780, %v1134 : f32, !llvm.ptr<3>
      }
      scf.if %v782 {
        %v1135 = llvm.getelementptr %v38[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v795, %v1135 : f32, !llvm.ptr<3>
      }
      scf.if %v797 {
        %v1136 = llvm.getelementptr %v38[%v808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v810, %v1136 : f32, !llvm.ptr<3>
      }
      scf.if %v812 {
        %v1137 = llvm.getelementptr %v38[%v823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v825, %v1137 : f32, !llvm.ptr<3>
      }
      scf.if %v827 {
        %v1138 = llvm.getelementptr %v38[%v838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v840, %v1138 : f32, !llvm.ptr<3>
      }
      scf.if %v842 {
        %v1139 = llvm.getelementptr %v38[%v853] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v855, %v1139 : f32, !llvm.ptr<3>
      }
      scf.if %v857 {
        %v1140 = llvm.getelementptr %v38[%v868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v870, %v1140 : f32, !llvm.ptr<3>
      }
      scf.if %v872 {
        %v1141 = llvm.getelementptr %v38[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v885, %v1141 : f32, !llvm.ptr<3>
      }
      scf.if %v887 {
        %v1142 = llvm.getelementptr %v38[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v900, %v1142 : f32, !llvm.ptr<3>
      }
      scf.if %v902 {
        %v1143 = llvm.getelementptr %v38[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v915, %v1143 : f32, !llvm.ptr<3>
      }
      scf.if %v917 {
        %v1144 = llvm.getelementptr %v38[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1144 : f32, !llvm.ptr<3>
      }
      scf.if %v932 {
        %v1145 = llvm.getelementptr %v38[%v943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v945, %v1145 : f32, !llvm.ptr<3>
      }
      scf.if %v947 {
        %v1146 = llvm.getelementptr %v38[%v958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v960, %v1146 : f32, !llvm.ptr<3>
      }
      scf.if %v962 {
        %v1147 = llvm.getelementptr %v38[%v973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v975, %v1147 : f32, !llvm.ptr<3>
      }
      scf.if %v977 {
        %v1148 = llvm.getelementptr %v38[%v988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v990, %v1148 : f32, !llvm.ptr<3>
      }
      scf.if %v992 {
        %v1149 = llvm.getelementptr %v38[%v1003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1005, %v1149 : f32, !llvm.ptr<3>
      }
      scf.if %v1007 {
        %v1150 = llvm.getelementptr %v38[%v1018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1020, %v1150 : f32, !llvm.ptr<3>
      }
      scf.if %v1022 {
        %v1151 = llvm.getelementptr %v38[%v1033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1035, %v1151 : f32, !llvm.ptr<3>
      }
      scf.if %v1037 {
        %v1152 = llvm.getelementptr %v38[%v1048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1050, %v1152 : f32, !llvm.ptr<3>
      }
      scf.if %v1052 {
        %v1153 = llvm.getelementptr %v38[%v1063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1065, %v1153 : f32, !llvm.ptr<3>
      }
      scf.if %v1067 {
        %v1154 = llvm.getelementptr %v38[%v1078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1080, %v1154 : f32, !llvm.ptr<3>
      }
      scf.if %v1082 {
        %v1155 = llvm.getelementptr %v38[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1095, %v1155 : f32, !llvm.ptr<3>
      }
      scf.if %v1097 {
        %v1156 = llvm.getelementptr %v38[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1110, %v1156 : f32, !llvm.ptr<3>
      }
      scf.if %v1112 {
        %v1157 = llvm.getelementptr %v38[%v1123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1125, %v1157 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1158 = arith.divui %v45, %v100 : i64
      %v1159 = arith.remui %v45, %v100 : i64
      %v1160 = arith.addi %v1158, %v62 : i64
      %v1161 = arith.constant true
      %v1163 = arith.addi %v1162, %v1160 : i64
      %v1164 = llvm.getelementptr %v37[%v1163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1165 = llvm.load %v1164 : !llvm.ptr<3> -> i64
      %v1166 = arith.addi %v97, %v1159 : i64
      %v1167 = arith.cmpi slt, %v1166, %v99 : i64
      %v1168 = arith.subi %size_L, %v2 : i64
      %v1169 = arith.minsi %v1166, %v1168 : i64
      %v1170 = arith.subi %v63, %v1169 : i64
      %v1171 = arith.addi %v1165, %v1170 : i64
      %v1172 = arith.muli %v1163, %v114 : i64
      %v1173 = arith.addi %v1172, %v1159 : i64
      %v1174 = llvm.getelementptr %in_z[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
      %v1176 = arith.addi %v1158, %v91 : i64
      %v1177 = arith.constant true
      %v1178 = arith.addi %v1162, %v1176 : i64
      %v1179 = llvm.getelementptr %v37[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1180 = llvm.load %v1179 : !llvm.ptr<3> -> i64
      %v1181 = arith.addi %v97, %v1159 : i64
      %v1182 = arith.cmpi slt, %v1181, %v99 : i64
      %v1183 = arith.subi %size_L, %v2 : i64
      %v1184 = arith.minsi %v1181, %v1183 : i64
      %v1185 = arith.subi %v63, %v1184 : i64
      %v1186 = arith.addi %v1180, %v1185 : i64
      %v1187 = arith.muli %v1178, %v114 : i64
      %v1188 = arith.addi %v1187, %v1159 : i64
      %v1189 = llvm.getelementptr %in_z[%v1186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1190 = llvm.load %v1189 : !llvm.ptr -> f32
      %v1191 = arith.addi %v1158, %v134 : i64
      %v1192 = arith.constant true
      %v1193 = arith.addi %v1162, %v1191 : i64
      %v1194 = llvm.getelementptr %v37[%v1193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1195 = llvm.load %v1194 : !llvm.ptr<3> -> i64
      %v1196 = arith.addi %v97, %v1159 : i64
      %v1197 = arith.cmpi slt, %v1196, %v99 : i64
      %v1198 = arith.subi %size_L, %v2 : i64
      %v1199 = arith.minsi %v1196, %v1198 : i64
      %v1200 = arith.subi %v63, %v1199 : i64
      %v1201 = arith.addi %v1195, %v1200 : i64
      %v1202 = arith.muli %v1193, %v114 : i64
      %v1203 = arith.addi %v1202, %v1159 : i64
      %v1204 = llvm.getelementptr %in_z[%v1201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1205 = llvm.load %v1204 : !llvm.ptr -> f32
      %v1206 = arith.addi %v1158, %v150 : i64
      %v1207 = arith.constant true
      %v1208 = arith.addi %v1162, %v1206 : i64
      %v1209 = llvm.getelementptr %v37[%v1208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1210 = llvm.load %v1209 : !llvm.ptr<3> -> i64
      %v1211 = arith.addi %v97, %v1159 : i64
      %v1212 = arith.cmpi slt, %v1211, %v99 : i64
      %v1213 = arith.subi %size_L, %v2 : i64
      %v1214 = arith.minsi %v1211, %v1213 : i64
      %v1215 = arith.subi %v63, %v1214 : i64
      %v1216 = arith.addi %v1210, %v1215 : i64
      %v1217 = arith.muli %v1208, %v114 : i64
      %v1218 = arith.addi %v1217, %v1159 : i64
      %v1219 = llvm.getelementptr %in_z[%v1216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1220 = llvm.load %v1219 : !llvm.ptr -> f32
      %v1221 = arith.addi %v1158, %v166 : i64
      %v1222 = arith.constant true
      %v1223 = arith.addi %v1162, %v1221 : i64
      %v1224 = llvm.getelementptr %v37[%v1223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1225 = llvm.load %v1224 : !llvm.ptr<3> -> i64
      %v1226 = arith.addi %v97, %v1159 : i64
      %v1227 = arith.cmpi slt, %v1226, %v99 : i64
      %v1228 = arith.subi %size_L, %v2 : i64
      %v1229 = arith.minsi %v1226, %v1228 : i64
      %v1230 = arith.subi %v63, %v1229 : i64
      %v1231 = arith.addi %v1225, %v1230 : i64
      %v1232 = arith.muli %v1223, %v114 : i64
      %v1233 = arith.addi %v1232, %v1159 : i64
      %v1234 = llvm.getelementptr %in_z[%v1231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1235 = llvm.load %v1234 : !llvm.ptr -> f32
      %v1236 = arith.addi %v1158, %v182 : i64
      %v1237 = arith.constant true
      %v1238 = arith.addi %v1162, %v1236 : i64
      %v1239 = llvm.getelementptr %v37[%v1238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1240 = llvm.load %v1239 : !llvm.ptr<3> -> i64
      %v1241 = arith.addi %v97, %v1159 : i64
      %v1242 = arith.cmpi slt, %v1241, %v99 : i64
      %v1243 = arith.subi %size_L, %v2 : i64
      %v1244 = arith.minsi %v1241, %v1243 : i64
      %v1245 = arith.subi %v63, %v1244 : i64
      %v1246 = arith.addi %v1240, %v1245 : i64
      %v1247 = arith.muli %v1238, %v114 : i64
      %v1248 = arith.addi %v1247, %v1159 : i64
      %v1249 = llvm.getelementptr %in_z[%v1246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1250 = llvm.load %v1249 : !llvm.ptr -> f32
      %v1251 = arith.addi %v1158, %v198 : i64
      %v1252 = arith.constant true
      %v1253 = arith.addi %v1162, %v1251 : i64
      %v1254 = llvm.getelementptr %v37[%v1253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1255 = llvm.load %v1254 : !llvm.ptr<3> -> i64
      %v1256 = arith.addi %v97, %v1159 : i64
      %v1257 = arith.cmpi slt, %v1256, %v99 : i64
      %v1258 = arith.subi %size_L, %v2 : i64
      %v1259 = arith.minsi %v1256, %v1258 : i64
      %v1260 = arith.subi %v63, %v1259 : i64
      %v1261 = arith.addi %v1255, %v1260 : i64
      %v1262 = arith.muli %v1253, %v114 : i64
      %v1263 = arith.addi %v1262, %v1159 : i64
      %v1264 = llvm.getelementptr %in_z[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
      %v1266 = arith.addi %v1158, %v214 : i64
      %v1267 = arith.constant true
      %v1268 = arith.addi %v1162, %v1266 : i64
      %v1269 = llvm.getelementptr %v37[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1270 = llvm.load %v1269 : !llvm.ptr<3> -> i64
      %v1271 = arith.addi %v97, %v1159 : i64
      %v1272 = arith.cmpi slt, %v1271, %v99 : i64
      %v1273 = arith.subi %size_L, %v2 : i64
      %v1274 = arith.minsi %v1271, %v1273 : i64
      %v1275 = arith.subi %v63, %v1274 : i64
      %v1276 = arith.addi %v1270, %v1275 : i64
      %v1277 = arith.muli %v1268, %v114 : i64
      %v1278 = arith.addi %v1277, %v1159 : i64
      %v1279 = llvm.getelementptr %in_z[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
      %v1281 = arith.addi %v1158, %v1 : i64
      %v1282 = arith.constant true
      %v1283 = arith.addi %v1162, %v1281 : i64
      %v1284 = llvm.getelementptr %v37[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1285 = llvm.load %v1284 : !llvm.ptr<3> -> i64
      %v1286 = arith.addi %v97, %v1159 : i64
      %v1287 = arith.cmpi slt, %v1286, %v99 : i64
      %v1288 = arith.subi %size_L, %v2 : i64
      %v1289 = arith.minsi %v1286, %v1288 : i64
      %v1290 = arith.subi %v63, %v1289 : i64
      %v1291 = arith.addi %v1285, %v1290 : i64
      %v1292 = arith.muli %v1283, %v114 : i64
      %v1293 = arith.addi %v1292, %v1159 : i64
      %v1294 = llvm.getelementptr %in_z[%v1291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1295 = llvm.load %v1294 : !llvm.ptr -> f32
      %v1296 = arith.addi %v1158, %v245 : i64
      %v1297 = arith.constant true
      %v1298 = arith.addi %v1162, %v1296 : i64
      %v1299 = llvm.getelementptr %v37[%v1298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1300 = llvm.load %v1299 : !llvm.ptr<3> -> i64
      %v1301 = arith.addi %v97, %v1159 : i64
      %v1302 = arith.cmpi slt, %v1301, %v99 : i64
      %v1303 = arith.subi %size_L, %v2 : i64
      %v1304 = arith.minsi %v1301, %v1303 : i64
      %v1305 = arith.subi %v63, %v1304 : i64
      %v1306 = arith.addi %v1300, %v1305 : i64
      %v1307 = arith.muli %v1298, %v114 : i64
      %v1308 = arith.addi %v1307, %v1159 : i64
      %v1309 = llvm.getelementptr %in_z[%v1306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1310 = llvm.load %v1309 : !llvm.ptr -> f32
      %v1311 = arith.addi %v1158, %v261 : i64
      %v1312 = arith.constant true
      %v1313 = arith.addi %v1162, %v1311 : i64
      %v1314 = llvm.getelementptr %v37[%v1313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1315 = llvm.load %v1314 : !llvm.ptr<3> -> i64
      %v1316 = arith.addi %v97, %v1159 : i64
      %v1317 = arith.cmpi slt, %v1316, %v99 : i64
      %v1318 = arith.subi %size_L, %v2 : i64
      %v1319 = arith.minsi %v1316, %v1318 : i64
      %v1320 = arith.subi %v63, %v1319 : i64
      %v1321 = arith.addi %v1315, %v1320 : i64
      %v1322 = arith.muli %v1313, %v114 : i64
      %v1323 = arith.addi %v1322, %v1159 : i64
      %v1324 = llvm.getelementptr %in_z[%v1321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1325 = llvm.load %v1324 : !llvm.ptr -> f32
      %v1326 = arith.addi %v1158, %v277 : i64
      %v1327 = arith.constant true
      %v1328 = arith.addi %v1162, %v1326 : i64
      %v1329 = llvm.getelementptr %v37[%v1328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1330 = llvm.load %v1329 : !llvm.ptr<3> -> i64
      %v1331 = arith.addi %v97, %v1159 : i64
      %v1332 = arith.cmpi slt, %v1331, %v99 : i64
      %v1333 = arith.subi %size_L, %v2 : i64
      %v1334 = arith.minsi %v1331, %v1333 : i64
      %v1335 = arith.subi %v63, %v1334 : i64
      %v1336 = arith.addi %v1330, %v1335 : i64
      %v1337 = arith.muli %v1328, %v114 : i64
      %v1338 = arith.addi %v1337, %v1159 : i64
      %v1339 = llvm.getelementptr %in_z[%v1336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1340 = llvm.load %v1339 : !llvm.ptr -> f32
      %v1341 = arith.addi %v1158, %v293 : i64
      %v1342 = arith.constant true
      %v1343 = arith.addi %v1162, %v1341 : i64
      %v1344 = llvm.getelementptr %v37[%v1343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1345 = llvm.load %v1344 : !llvm.ptr<3> -> i64
      %v1346 = arith.addi %v97, %v1159 : i64
      %v1347 = arith.cmpi slt, %v1346, %v99 : i64
      %v1348 = arith.subi %size_L, %v2 : i64
      %v1349 = arith.minsi %v1346, %v1348 : i64
      %v1350 = arith.subi %v63, %v1349 : i64
      %v1351 = arith.addi %v1345, %v1350 : i64
      %v1352 = arith.muli %v1343, %v114 : i64
      %v1353 = arith.addi %v1352, %v1159 : i64
      %v1354 = llvm.getelementptr %in_z[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
      %v1356 = arith.addi %v1158, %v309 : i64
      %v1357 = arith.constant true
      %v1358 = arith.addi %v1162, %v1356 : i64
      %v1359 = llvm.getelementptr %v37[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1360 = llvm.load %v1359 : !llvm.ptr<3> -> i64
      %v1361 = arith.addi %v97, %v1159 : i64
      %v1362 = arith.cmpi slt, %v1361, %v99 : i64
      %v1363 = arith.subi %size_L, %v2 : i64
      %v1364 = arith.minsi %v1361, %v1363 : i64
      %v1365 = arith.subi %v63, %v1364 : i64
      %v1366 = arith.addi %v1360, %v1365 : i64
      %v1367 = arith.muli %v1358, %v114 : i64
      %v1368 = arith.addi %v1367, %v1159 : i64
      %v1369 = llvm.getelementptr %in_z[%v1366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1370 = llvm.load %v1369 : !llvm.ptr -> f32
      %v1371 = arith.addi %v1158, %v325 : i64
      %v1372 = arith.constant true
      %v1373 = arith.addi %v1162, %v1371 : i64
      %v1374 = llvm.getelementptr %v37[%v1373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1375 = llvm.load %v1374 : !llvm.ptr<3> -> i64
      %v1376 = arith.addi %v97, %v1159 : i64
      %v1377 = arith.cmpi slt, %v1376, %v99 : i64
      %v1378 = arith.subi %size_L, %v2 : i64
      %v1379 = arith.minsi %v1376, %v1378 : i64
      %v1380 = arith.subi %v63, %v1379 : i64
      %v1381 = arith.addi %v1375, %v1380 : i64
      %v1382 = arith.muli %v1373, %v114 : i64
      %v1383 = arith.addi %v1382, %v1159 : i64
      %v1384 = llvm.getelementptr %in_z[%v1381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1385 = llvm.load %v1384 : !llvm.ptr -> f32
      %v1386 = arith.addi %v1158, %v341 : i64
      %v1387 = arith.constant true
      %v1388 = arith.addi %v1162, %v1386 : i64
      %v1389 = llvm.getelementptr %v37[%v1388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1390 = llvm.load %v1389 : !llvm.ptr<3> -> i64
      %v1391 = arith.addi %v97, %v1159 : i64
      %v1392 = arith.cmpi slt, %v1391, %v99 : i64
      %v1393 = arith.subi %size_L, %v2 : i64
      %v1394 = arith.minsi %v1391, %v1393 : i64
      %v1395 = arith.subi %v63, %v1394 : i64
      %v1396 = arith.addi %v1390, %v1395 : i64
      %v1397 = arith.muli %v1388, %v114 : i64
      %v1398 = arith.addi %v1397, %v1159 : i64
      %v1399 = llvm.getelementptr %in_z[%v1396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1400 = llvm.load %v1399 : !llvm.ptr -> f32
      %v1401 = arith.addi %v1158, %v100 : i64
      %v1402 = arith.constant true
      %v1403 = arith.addi %v1162, %v1401 : i64
      %v1404 = llvm.getelementptr %v37[%v1403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1405 = llvm.load %v1404 : !llvm.ptr<3> -> i64
      %v1406 = arith.addi %v97, %v1159 : i64
      %v1407 = arith.cmpi slt, %v1406, %v99 : i64
      %v1408 = arith.subi %size_L, %v2 : i64
      %v1409 = arith.minsi %v1406, %v1408 : i64
      %v1410 = arith.subi %v63, %v1409 : i64
      %v1411 = arith.addi %v1405, %v1410 : i64
      %v1412 = arith.muli %v1403, %v114 : i64
      %v1413 = arith.addi %v1412, %v1159 : i64
      %v1414 = llvm.getelementptr %in_z[%v1411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1415 = llvm.load %v1414 : !llvm.ptr -> f32
      %v1416 = arith.addi %v1158, %v372 : i64
      %v1417 = arith.constant true
      %v1418 = arith.addi %v1162, %v1416 : i64
      %v1419 = llvm.getelementptr %v37[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1420 = llvm.load %v1419 : !llvm.ptr<3> -> i64
      %v1421 = arith.addi %v97, %v1159 : i64
      %v1422 = arith.cmpi slt, %v1421, %v99 : i64
      %v1423 = arith.subi %size_L, %v2 : i64
      %v1424 = arith.minsi %v1421, %v1423 : i64
      %v1425 = arith.subi %v63, %v1424 : i64
      %v1426 = arith.addi %v1420, %v1425 : i64
      %v1427 = arith.muli %v1418, %v114 : i64
      %v1428 = arith.addi %v1427, %v1159 : i64
      %v1429 = llvm.getelementptr %in_z[%v1426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1430 = llvm.load %v1429 : !llvm.ptr -> f32
      %v1431 = arith.addi %v1158, %v388 : i64
      %v1432 = arith.constant true
      %v1433 = arith.addi %v1162, %v1431 : i64
      %v1434 = llvm.getelementptr %v37[%v1433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1435 = llvm.load %v1434 : !llvm.ptr<3> -> i64
      %v1436 = arith.addi %v97, %v1159 : i64
      %v1437 = arith.cmpi slt, %v1436, %v99 : i64
      %v1438 = arith.subi %size_L, %v2 : i64
      %v1439 = arith.minsi %v1436, %v1438 : i64
      %v1440 = arith.subi %v63, %v1439 : i64
      %v1441 = arith.addi %v1435, %v1440 : i64
      %v1442 = arith.muli %v1433, %v114 : i64
      %v1443 = arith.addi %v1442, %v1159 : i64
      %v1444 = llvm.getelementptr %in_z[%v1441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1445 = llvm.load %v1444 : !llvm.ptr -> f32
      %v1446 = arith.addi %v1158, %v404 : i64
      %v1447 = arith.constant true
      %v1448 = arith.addi %v1162, %v1446 : i64
      %v1449 = llvm.getelementptr %v37[%v1448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1450 = llvm.load %v1449 : !llvm.ptr<3> -> i64
      %v1451 = arith.addi %v97, %v1159 : i64
      %v1452 = arith.cmpi slt, %v1451, %v99 : i64
      %v1453 = arith.subi %size_L, %v2 : i64
      %v1454 = arith.minsi %v1451, %v1453 : i64
      %v1455 = arith.subi %v63, %v1454 : i64
      %v1456 = arith.addi %v1450, %v1455 : i64
      %v1457 = arith.muli %v1448, %v114 : i64
      %v1458 = arith.addi %v1457, %v1159 : i64
      %v1459 = llvm.getelementptr %in_z[%v1456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1460 = llvm.load %v1459 : !llvm.ptr -> f32
      %v1461 = arith.addi %v1158, %v420 : i64
      %v1462 = arith.constant true
      %v1463 = arith.addi %v1162, %v1461 : i64
      %v1464 = llvm.getelementptr %v37[%v1463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1465 = llvm.load %v1464 : !llvm.ptr<3> -> i64
      %v1466 = arith.addi %v97, %v1159 : i64
      %v1467 = arith.cmpi slt, %v1466, %v99 : i64
      %v1468 = arith.subi %size_L, %v2 : i64
      %v1469 = arith.minsi %v1466, %v1468 : i64
      %v1470 = arith.subi %v63, %v1469 : i64
      %v1471 = arith.addi %v1465, %v1470 : i64
      %v1472 = arith.muli %v1463, %v114 : i64
      %v1473 = arith.addi %v1472, %v1159 : i64
      %v1474 = llvm.getelementptr %in_z[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
      %v1476 = arith.addi %v1158, %v436 : i64
      %v1477 = arith.constant true
      %v1478 = arith.addi %v1162, %v1476 : i64
      %v1479 = llvm.getelementptr %v37[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1480 = llvm.load %v1479 : !llvm.ptr<3> -> i64
      %v1481 = arith.addi %v97, %v1159 : i64
      %v1482 = arith.cmpi slt, %v1481, %v99 : i64
      %v1483 = arith.subi %size_L, %v2 : i64
      %v1484 = arith.minsi %v1481, %v1483 : i64
      %v1485 = arith.subi %v63, %v1484 : i64
      %v1486 = arith.addi %v1480, %v1485 : i64
      %v1487 = arith.muli %v1478, %v114 : i64
      %v1488 = arith.addi %v1487, %v1159 : i64
      %v1489 = llvm.getelementptr %in_z[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
      %v1491 = arith.addi %v1158, %v452 : i64
      %v1492 = arith.constant true
      %v1493 = arith.addi %v1162, %v1491 : i64
      %v1494 = llvm.getelementptr %v37[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1495 = llvm.load %v1494 : !llvm.ptr<3> -> i64
      %v1496 = arith.addi %v97, %v1159 : i64
      %v1497 = arith.cmpi slt, %v1496, %v99 : i64
      %v1498 = arith.subi %size_L, %v2 : i64
      %v1499 = arith.minsi %v1496, %v1498 : i64
      %v1500 = arith.subi %v63, %v1499 : i64
      %v1501 = arith.addi %v1495, %v1500 : i64
      %v1502 = arith.muli %v1493, %v114 : i64
      %v1503 = arith.addi %v1502, %v1159 : i64
      %v1504 = llvm.getelementptr %in_z[%v1501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1505 = llvm.load %v1504 : !llvm.ptr -> f32
      %v1506 = arith.addi %v1158, %v468 : i64
      %v1507 = arith.constant true
      %v1508 = arith.addi %v1162, %v1506 : i64
      %v1509 = llvm.getelementptr %v37[%v1508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1510 = llvm.load %v1509 : !llvm.ptr<3> -> i64
      %v1511 = arith.addi %v97, %v1159 : i64
      %v1512 = arith.cmpi slt, %v1511, %v99 : i64
      %v1513 = arith.subi %size_L, %v2 : i64
      %v1514 = arith.minsi %v1511, %v1513 : i64
      %v1515 = arith.subi %v63, %v1514 : i64
      %v1516 = arith.addi %v1510, %v1515 : i64
      %v1517 = arith.muli %v1508, %v114 : i64
      %v1518 = arith.addi %v1517, %v1159 : i64
      %v1519 = llvm.getelementptr %in_z[%v1516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1520 = llvm.load %v1519 : !llvm.ptr -> f32
      %v1521 = arith.addi %v1158, %v484 : i64
      %v1522 = arith.constant true
      %v1523 = arith.addi %v1162, %v1521 : i64
      %v1524 = llvm.getelementptr %v37[%v1523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1525 = llvm.load %v1524 : !llvm.ptr<3> -> i64
      %v1526 = arith.addi %v97, %v1159 : i64
      %v1527 = arith.cmpi slt, %v1526, %v99 : i64
      %v1528 = arith.subi %size_L, %v2 : i64
      %v1529 = arith.minsi %v1526, %v1528 : i64
      %v1530 = arith.subi %v63, %v1529 : i64
      %v1531 = arith.addi %v1525, %v1530 : i64
      %v1532 = arith.muli %v1523, %v114 : i64
      %v1533 = arith.addi %v1532, %v1159 : i64
      %v1534 = llvm.getelementptr %in_z[%v1531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1535 = llvm.load %v1534 : !llvm.ptr -> f32
      %v1536 = arith.addi %v1158, %v500 : i64
      %v1537 = arith.constant true
      %v1538 = arith.addi %v1162, %v1536 : i64
      %v1539 = llvm.getelementptr %v37[%v1538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1540 = llvm.load %v1539 : !llvm.ptr<3> -> i64
      %v1541 = arith.addi %v97, %v1159 : i64
      %v1542 = arith.cmpi slt, %v1541, %v99 : i64
      %v1543 = arith.subi %size_L, %v2 : i64
      %v1544 = arith.minsi %v1541, %v1543 : i64
      %v1545 = arith.subi %v63, %v1544 : i64
      %v1546 = arith.addi %v1540, %v1545 : i64
      %v1547 = arith.muli %v1538, %v114 : i64
      %v1548 = arith.addi %v1547, %v1159 : i64
      %v1549 = llvm.getelementptr %in_z[%v1546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1550 = llvm.load %v1549 : !llvm.ptr -> f32
      %v1551 = arith.addi %v1158, %v516 : i64
      %v1552 = arith.constant true
      %v1553 = arith.addi %v1162, %v1551 : i64
      %v1554 = llvm.getelementptr %v37[%v1553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1555 = llvm.load %v1554 : !llvm.ptr<3> -> i64
      %v1556 = arith.addi %v97, %v1159 : i64
      %v1557 = arith.cmpi slt, %v1556, %v99 : i64
      %v1558 = arith.subi %size_L, %v2 : i64
      %v1559 = arith.minsi %v1556, %v1558 : i64
      %v1560 = arith.subi %v63, %v1559 : i64
      %v1561 = arith.addi %v1555, %v1560 : i64
      %v1562 = arith.muli %v1553, %v114 : i64
      %v1563 = arith.addi %v1562, %v1159 : i64
      %v1564 = llvm.getelementptr %in_z[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
      %v1566 = arith.addi %v1158, %v532 : i64
      %v1567 = arith.constant true
      %v1568 = arith.addi %v1162, %v1566 : i64
      %v1569 = llvm.getelementptr %v37[%v1568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1570 = llvm.load %v1569 : !llvm.ptr<3> -> i64
      %v1571 = arith.addi %v97, %v1159 : i64
      %v1572 = arith.cmpi slt, %v1571, %v99 : i64
      %v1573 = arith.subi %size_L, %v2 : i64
      %v1574 = arith.minsi %v1571, %v1573 : i64
      %v1575 = arith.subi %v63, %v1574 : i64
      %v1576 = arith.addi %v1570, %v1575 : i64
      %v1577 = arith.muli %v1568, %v114 : i64
      %v1578 = arith.addi %v1577, %v1159 : i64
      %v1579 = llvm.getelementptr %in_z[%v1576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1580 = llvm.load %v1579 : !llvm.ptr -> f32
      %v1581 = arith.addi %v1158, %v548 : i64
      %v1582 = arith.constant true
      %v1583 = arith.addi %v1162, %v1581 : i64
      %v1584 = llvm.getelementptr %v37[%v1583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1585 = llvm.load %v1584 : !llvm.ptr<3> -> i64
      %v1586 = arith.addi %v97, %v1159 : i64
      %v1587 = arith.cmpi slt, %v1586, %v99 : i64
      %v1588 = arith.subi %size_L, %v2 : i64
      %v1589 = arith.minsi %v1586, %v1588 : i64
      %v1590 = arith.subi %v63, %v1589 : i64
      %v1591 = arith.addi %v1585, %v1590 : i64
      %v1592 = arith.muli %v1583, %v114 : i64
      %v1593 = arith.addi %v1592, %v1159 : i64
      %v1594 = llvm.getelementptr %in_z[%v1591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1595 = llvm.load %v1594 : !llvm.ptr -> f32
      %v1596 = arith.addi %v1158, %v564 : i64
      %v1597 = arith.constant true
      %v1598 = arith.addi %v1162, %v1596 : i64
      %v1599 = llvm.getelementptr %v37[%v1598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1600 = llvm.load %v1599 : !llvm.ptr<3> -> i64
      %v1601 = arith.addi %v97, %v1159 : i64
      %v1602 = arith.cmpi slt, %v1601, %v99 : i64
      %v1603 = arith.subi %size_L, %v2 : i64
      %v1604 = arith.minsi %v1601, %v1603 : i64
      %v1605 = arith.subi %v63, %v1604 : i64
      %v1606 = arith.addi %v1600, %v1605 : i64
      %v1607 = arith.muli %v1598, %v114 : i64
      %v1608 = arith.addi %v1607, %v1159 : i64
      %v1609 = llvm.getelementptr %in_z[%v1606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1610 = llvm.load %v1609 : !llvm.ptr -> f32
      %v1611 = arith.addi %v1158, %v580 : i64
      %v1612 = arith.constant true
      %v1613 = arith.addi %v1162, %v1611 : i64
      %v1614 = llvm.getelementptr %v37[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1615 = llvm.load %v1614 : !llvm.ptr<3> -> i64
      %v1616 = arith.addi %v97, %v1159 : i64
      %v1617 = arith.cmpi slt, %v1616, %v99 : i64
      %v1618 = arith.subi %size_L, %v2 : i64
      %v1619 = arith.minsi %v1616, %v1618 : i64
      %v1620 = arith.subi %v63, %v1619 : i64
      %v1621 = arith.addi %v1615, %v1620 : i64
      %v1622 = arith.muli %v1613, %v114 : i64
      %v1623 = arith.addi %v1622, %v1159 : i64
      %v1624 = llvm.getelementptr %in_z[%v1621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1625 = llvm.load %v1624 : !llvm.ptr -> f32
      %v1626 = arith.addi %v1158, %v596 : i64
      %v1627 = arith.constant true
      %v1628 = arith.addi %v1162, %v1626 : i64
      %v1629 = llvm.getelementptr %v37[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1630 = llvm.load %v1629 : !llvm.ptr<3> -> i64
      %v1631 = arith.addi %v97, %v1159 : i64
      %v1632 = arith.cmpi slt, %v1631, %v99 : i64
      %v1633 = arith.subi %size_L, %v2 : i64
      %v1634 = arith.minsi %v1631, %v1633 : i64
      %v1635 = arith.subi %v63, %v1634 : i64
      %v1636 = arith.addi %v1630, %v1635 : i64
      %v1637 = arith.muli %v1628, %v114 : i64
      %v1638 = arith.addi %v1637, %v1159 : i64
      %v1639 = llvm.getelementptr %in_z[%v1636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1640 = llvm.load %v1639 : !llvm.ptr -> f32
      scf.if %v1161 {
        %v1641 = llvm.getelementptr %v38[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1175, %v1641 : f32, !llvm.ptr<3>
      }
      scf.if %v1177 {
        %v1642 = llvm.getelementptr %v38[%v1188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1190, %v1642 : f32, !llvm.ptr<3>
      }
      scf.if %v1192 {
        %v1643 = llvm.getelementptr %v38[%v1203] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1205, %v1643 : f32, !llvm.ptr<3>
      }
      scf.if %v1207 {
        %v1644 = llvm.getelementptr %v38[%v1218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1220, %v1644 : f32, !llvm.ptr<3>
      }
      scf.if %v1222 {
        %v1645 = llvm.getelementptr %v38[%v1233] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1235, %v1645 : f32, !llvm.ptr<3>
      }
      scf.if %v1237 {
        %v1646 = llvm.getelementptr %v38[%v1248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1250, %v1646 : f32, !llvm.ptr<3>
      }
      scf.if %v1252 {
        %v1647 = llvm.getelementptr %v38[%v1263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1265, %v1647 : f32, !llvm.ptr<3>
      }
      scf.if %v1267 {
        %v1648 = llvm.getelementptr %v38[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1280, %v1648 : f32, !llvm.ptr<3>
      }
      scf.if %v1282 {
        %v1649 = llvm.getelementptr %v38[%v1293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1295, %v1649 : f32, !llvm.ptr<3>
      }
      scf.if %v1297 {
        %v1650 = llvm.getelementptr %v38[%v1308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1310, %v1650 : f32, !llvm.ptr<3>
      }
      scf.if %v1312 {
        %v1651 = llvm.getelementptr %v38[%v1323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1325, %v1651 : f32, !llvm.ptr<3>
      }
      scf.if %v1327 {
        %v1652 = llvm.getelementptr %v38[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1340, %v1652 : f32, !llvm.ptr<3>
      }
      scf.if %v1342 {
        %v1653 = llvm.getelementptr %v38[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1355, %v1653 : f32, !llvm.ptr<3>
      }
      scf.if %v1357 {
        %v1654 = llvm.getelementptr %v38[%v1368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1370, %v1654 : f32, !llvm.ptr<3>
      }
      scf.if %v1372 {
        %v1655 = llvm.getelementptr %v38[%v1383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1385, %v1655 : f32, !llvm.ptr<3>
      }
      scf.if %v1387 {
        %v1656 = llvm.getelementptr %v38[%v1398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1400, %v1656 : f32, !llvm.ptr<3>
      }
      scf.if %v1402 {
        %v1657 = llvm.getelementptr %v38[%v1413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1415, %v1657 : f32, !llvm.ptr<3>
      }
      scf.if %v1417 {
        %v1658 = llvm.getelementptr %v38[%v1428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1430, %v1658 : f32, !llvm.ptr<3>
      }
      scf.if %v1432 {
        %v1659 = llvm.getelementptr %v38[%v1443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1445, %v1659 : f32, !llvm.ptr<3>
      }
      scf.if %v1447 {
        %v1660 = llvm.getelementptr %v38[%v1458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1460, %v1660 : f32, !llvm.ptr<3>
      }
      scf.if %v1462 {
        %v1661 = llvm.getelementptr %v38[%v1473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1475, %v1661 : f32, !llvm.ptr<3>
      }
      scf.if %v1477 {
        %v1662 = llvm.getelementptr %v38[%v1488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1490, %v1662 : f32, !llvm.ptr<3>
      }
      scf.if %v1492 {
        %v1663 = llvm.getelementptr %v38[%v1503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1505, %v1663 : f32, !llvm.ptr<3>
      }
      scf.if %v1507 {
        %v1664 = llvm.getelementptr %v38[%v1518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1520, %v1664 : f32, !llvm.ptr<3>
      }
      scf.if %v1522 {
        %v1665 = llvm.getelementptr %v38[%v1533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1535, %v1665 : f32, !llvm.ptr<3>
      }
      scf.if %v1537 {
        %v1666 = llvm.getelementptr %v38[%v1548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1550, %v1666 : f32, !llvm.ptr<3>
      }
      scf.if %v1552 {
        %v1667 = llvm.getelementptr %v38[%v1563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1565, %v1667 : f32, !llvm.ptr<3>
      }
      scf.if %v1567 {
        %v1668 = llvm.getelementptr %v38[%v1578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1580, %v1668 : f32, !llvm.ptr<3>
      }
      scf.if %v1582 {
        %v1669 = llvm.getelementptr %v38[%v1593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1595, %v1669 : f32, !llvm.ptr<3>
      }
      scf.if %v1597 {
        %v1670 = llvm.getelementptr %v38[%v1608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1610, %v1670 : f32, !llvm.ptr<3>
      }
      scf.if %v1612 {
        %v1671 = llvm.getelementptr %v38[%v1623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1625, %v1671 : f32, !llvm.ptr<3>
      }
      scf.if %v1627 {
        %v1672 = llvm.getelementptr %v38[%v1638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1640, %v1672 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1673 = arith.index_cast %v97 : i64 to index
      %v1674 = arith.index_cast %v99 : i64 to index
      %v1675 = arith.index_cast %v100 : i64 to index
      scf.for %v1676 = %v1673 to %v1674 step %v1675 {
        %v1677 = arith.index_cast %v1676 : index to i64
        %v1678 = arith.subi %v99, %v1677 : i64
        %v1679 = arith.minsi %v1678, %v100 : i64
        %v1680 = arith.addi %v1677, %v100 : i64
        %v1681 = arith.divui %v45, %v100 : i64
        %v1682 = arith.remui %v45, %v100 : i64
        %v1683 = arith.addi %v1681, %v62 : i64
        %v1684 = arith.constant true
        %v1685 = arith.addi %v62, %v1683 : i64
        %v1686 = llvm.getelementptr %v37[%v1685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1687 = llvm.load %v1686 : !llvm.ptr<3> -> i64
        %v1688 = arith.addi %v1680, %v1682 : i64
        %v1689 = arith.cmpi slt, %v1688, %v99 : i64
        %v1690 = arith.subi %size_L, %v2 : i64
        %v1691 = arith.minsi %v1688, %v1690 : i64
        %v1692 = arith.subi %v63, %v1691 : i64
        %v1693 = arith.addi %v1687, %v1692 : i64
        %v1694 = arith.muli %v1685, %v114 : i64
        %v1695 = arith.addi %v1694, %v1682 : i64
        %v1696 = llvm.getelementptr %in_u[%v1693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1697 = llvm.load %v1696 : !llvm.ptr -> f32
        %v1698 = arith.addi %v1681, %v91 : i64
        %v1699 = arith.constant true
        %v1700 = arith.addi %v62, %v1698 : i64
        %v1701 = llvm.getelementptr %v37[%v1700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1702 = llvm.load %v1701 : !llvm.ptr<3> -> i64
        %v1703 = arith.addi %v1680, %v1682 : i64
        %v1704 = arith.cmpi slt, %v1703, %v99 : i64
        %v1705 = arith.subi %size_L, %v2 : i64
        %v1706 = arith.minsi %v1703, %v1705 : i64
        %v1707 = arith.subi %v63, %v1706 : i64
        %v1708 = arith.addi %v1702, %v1707 : i64
        %v1709 = arith.muli %v1700, %v114 : i64
        %v1710 = arith.addi %v1709, %v1682 : i64
        %v1711 = llvm.getelementptr %in_u[%v1708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1712 = llvm.load %v1711 : !llvm.ptr -> f32
        %v1713 = arith.addi %v1681, %v134 : i64
        %v1714 = arith.constant true
        %v1715 = arith.addi %v62, %v1713 : i64
        %v1716 = llvm.getelementptr %v37[%v1715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1717 = llvm.load %v1716 : !llvm.ptr<3> -> i64
        %v1718 = arith.addi %v1680, %v1682 : i64
        %v1719 = arith.cmpi slt, %v1718, %v99 : i64
        %v1720 = arith.subi %size_L, %v2 : i64
        %v1721 = arith.minsi %v1718, %v1720 : i64
        %v1722 = arith.subi %v63, %v1721 : i64
        %v1723 = arith.addi %v1717, %v1722 : i64
        %v1724 = arith.muli %v1715, %v114 : i64
        %v1725 = arith.addi %v1724, %v1682 : i64
        %v1726 = llvm.getelementptr %in_u[%v1723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1727 = llvm.load %v1726 : !llvm.ptr -> f32
        %v1728 = arith.addi %v1681, %v150 : i64
        %v1729 = arith.constant true
        %v1730 = arith.addi %v62, %v1728 : i64
        %v1731 = llvm.getelementptr %v37[%v1730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1732 = llvm.load %v1731 : !llvm.ptr<3> -> i64
        %v1733 = arith.addi %v1680, %v1682 : i64
        %v1734 = arith.cmpi slt, %v1733, %v99 : i64
        %v1735 = arith.subi %size_L, %v2 : i64
        %v1736 = arith.minsi %v1733, %v1735 : i64
        %v1737 = arith.subi %v63, %v1736 : i64
        %v1738 = arith.addi %v1732, %v1737 : i64
        %v1739 = arith.muli %v1730, %v114 : i64
        %v1740 = arith.addi %v1739, %v1682 : i64
        %v1741 = llvm.getelementptr %in_u[%v1738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1742 = llvm.load %v1741 : !llvm.ptr -> f32
        %v1743 = arith.addi %v1681, %v166 : i64
        %v1744 = arith.constant true
        %v1745 = arith.addi %v62, %v1743 : i64
        %v1746 = llvm.getelementptr %v37[%v1745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1747 = llvm.load %v1746 : !llvm.ptr<3> -> i64
        %v1748 = arith.addi %v1680, %v1682 : i64
        %v1749 = arith.cmpi slt, %v1748, %v99 : i64
        %v1750 = arith.subi %size_L, %v2 : i64
        %v1751 = arith.minsi %v1748, %v1750 : i64
        %v1752 = arith.subi %v63, %v1751 : i64
        %v1753 = arith.addi %v1747, %v1752 : i64
        %v1754 = arith.muli %v1745, %v114 : i64
        %v1755 = arith.addi %v1754, %v1682 : i64
        %v1756 = llvm.getelementptr %in_u[%v1753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1757 = llvm.load %v1756 : !llvm.ptr -> f32
        %v1758 = arith.addi %v1681, %v182 : i64
        %v1759 = arith.constant true
        %v1760 = arith.addi %v62, %v1758 : i64
        %v1761 = llvm.getelementptr %v37[%v1760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1762 = llvm.load %v1761 : !llvm.ptr<3> -> i64
        %v1763 = arith.addi %v1680, %v1682 : i64
        %v1764 = arith.cmpi slt, %v1763, %v99 : i64
        %v1765 = arith.subi %size_L, %v2 : i64
        %v1766 = arith.minsi %v1763, %v1765 : i64
        %v1767 = arith.subi %v63, %v1766 : i64
        %v1768 = arith.addi %v1762, %v1767 : i64
        %v1769 = arith.muli %v1760, %v114 : i64
        %v1770 = arith.addi %v1769, %v1682 : i64
        %v1771 = llvm.getelementptr %in_u[%v1768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
        %v1773 = arith.addi %v1681, %v198 : i64
        %v1774 = arith.constant true
        %v1775 = arith.addi %v62, %v1773 : i64
        %v1776 = llvm.getelementptr %v37[%v1775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1777 = llvm.load %v1776 : !llvm.ptr<3> -> i64
        %v1778 = arith.addi %v1680, %v1682 : i64
        %v1779 = arith.cmpi slt, %v1778, %v99 : i64
        %v1780 = arith.subi %size_L, %v2 : i64
        %v1781 = arith.minsi %v1778, %v1780 : i64
        %v1782 = arith.subi %v63, %v1781 : i64
        %v1783 = arith.addi %v1777, %v1782 : i64
        %v1784 = arith.muli %v1775, %v114 : i64
        %v1785 = arith.addi %v1784, %v1682 : i64
        %v1786 = llvm.getelementptr %in_u[%v1783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1787 = llvm.load %v1786 : !llvm.ptr -> f32
        %v1788 = arith.addi %v1681, %v214 : i64
        %v1789 = arith.constant true
        %v1790 = arith.addi %v62, %v1788 : i64
        %v1791 = llvm.getelementptr %v37[%v1790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1792 = llvm.load %v1791 : !llvm.ptr<3> -> i64
        %v1793 = arith.addi %v1680, %v1682 : i64
        %v1794 = arith.cmpi slt, %v1793, %v99 : i64
        %v1795 = arith.subi %size_L, %v2 : i64
        %v1796 = arith.minsi %v1793, %v1795 : i64
        %v1797 = arith.subi %v63, %v1796 : i64
        %v1798 = arith.addi %v1792, %v1797 : i64
        %v1799 = arith.muli %v1790, %v114 : i64
        %v1800 = arith.addi %v1799, %v1682 : i64
        %v1801 = llvm.getelementptr %in_u[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
        %v1803 = arith.addi %v1681, %v1 : i64
        %v1804 = arith.constant true
        %v1805 = arith.addi %v62, %v1803 : i64
        %v1806 = llvm.getelementptr %v37[%v1805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1807 = llvm.load %v1806 : !llvm.ptr<3> -> i64
        %v1808 = arith.addi %v1680, %v1682 : i64
        %v1809 = arith.cmpi slt, %v1808, %v99 : i64
        %v1810 = arith.subi %size_L, %v2 : i64
        %v1811 = arith.minsi %v1808, %v1810 : i64
        %v1812 = arith.subi %v63, %v1811 : i64
        %v1813 = arith.addi %v1807, %v1812 : i64
        %v1814 = arith.muli %v1805, %v114 : i64
        %v1815 = arith.addi %v1814, %v1682 : i64
        %v1816 = llvm.getelementptr %in_u[%v1813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1817 = llvm.load %v1816 : !llvm.ptr -> f32
        %v1818 = arith.addi %v1681, %v245 : i64
        %v1819 = arith.constant true
        %v1820 = arith.addi %v62, %v1818 : i64
        %v1821 = llvm.getelementptr %v37[%v1820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1822 = llvm.load %v1821 : !llvm.ptr<3> -> i64
        %v1823 = arith.addi %v1680, %v1682 : i64
        %v1824 = arith.cmpi slt, %v1823, %v99 : i64
        %v1825 = arith.subi %size_L, %v2 : i64
        %v1826 = arith.minsi %v1823, %v1825 : i64
        %v1827 = arith.subi %v63, %v1826 : i64
        %v1828 = arith.addi %v1822, %v1827 : i64
        %v1829 = arith.muli %v1820, %v114 : i64
        %v1830 = arith.addi %v1829, %v1682 : i64
        %v1831 = llvm.getelementptr %in_u[%v1828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1832 = llvm.load %v1831 : !llvm.ptr -> f32
        %v1833 = arith.addi %v1681, %v261 : i64
        %v1834 = arith.constant true
        %v1835 = arith.addi %v62, %v1833 : i64
        %v1836 = llvm.getelementptr %v37[%v1835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1837 = llvm.load %v1836 : !llvm.ptr<3> -> i64
        %v1838 = arith.addi %v1680, %v1682 : i64
        %v1839 = arith.cmpi slt, %v1838, %v99 : i64
        %v1840 = arith.subi %size_L, %v2 : i64
        %v1841 = arith.minsi %v1838, %v1840 : i64
        %v1842 = arith.subi %v63, %v1841 : i64
        %v1843 = arith.addi %v1837, %v1842 : i64
        %v1844 = arith.muli %v1835, %v114 : i64
        %v1845 = arith.addi %v1844, %v1682 : i64
        %v1846 = llvm.getelementptr %in_u[%v1843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1847 = llvm.load %v1846 : !llvm.ptr -> f32
        %v1848 = arith.addi %v1681, %v277 : i64
        %v1849 = arith.constant true
        %v1850 = arith.addi %v62, %v1848 : i64
        %v1851 = llvm.getelementptr %v37[%v1850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1852 = llvm.load %v1851 : !llvm.ptr<3> -> i64
        %v1853 = arith.addi %v1680, %v1682 : i64
        %v1854 = arith.cmpi slt, %v1853, %v99 : i64
        %v1855 = arith.subi %size_L, %v2 : i64
        %v1856 = arith.minsi %v1853, %v1855 : i64
        %v1857 = arith.subi %v63, %v1856 : i64
        %v1858 = arith.addi %v1852, %v1857 : i64
        %v1859 = arith.muli %v1850, %v114 : i64
        %v1860 = arith.addi %v1859, %v1682 : i64
        %v1861 = llvm.getelementptr %in_u[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1862 = llvm.load %v1861 : !llvm.ptr -> f32
        %v1863 = arith.addi %v1681, %v293 : i64
        %v1864 = arith.constant true
        %v1865 = arith.addi %v62, %v1863 : i64
        %v1866 = llvm.getelementptr %v37[%v1865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1867 = llvm.load %v1866 : !llvm.ptr<3> -> i64
        %v1868 = arith.addi %v1680, %v1682 : i64
        %v1869 = arith.cmpi slt, %v1868, %v99 : i64
        %v1870 = arith.subi %size_L, %v2 : i64
        %v1871 = arith.minsi %v1868, %v1870 : i64
        %v1872 = arith.subi %v63, %v1871 : i64
        %v1873 = arith.addi %v1867, %v1872 : i64
        %v1874 = arith.muli %v1865, %v114 : i64
        %v1875 = arith.addi %v1874, %v1682 : i64
        %v1876 = llvm.getelementptr %in_u[%v1873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1877 = llvm.load %v1876 : !llvm.ptr -> f32
        %v1878 = arith.addi %v1681, %v309 : i64
        %v1879 = arith.constant true
        %v1880 = arith.addi %v62, %v1878 : i64
        %v1881 = llvm.getelementptr %v37[%v1880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1882 = llvm.load %v1881 : !llvm.ptr<3> -> i64
        %v1883 = arith.addi %v1680, %v1682 : i64
        %v1884 = arith.cmpi slt, %v1883, %v99 : i64
        %v1885 = arith.subi %size_L, %v2 : i64
        %v1886 = arith.minsi %v1883, %v1885 : i64
        %v1887 = arith.subi %v63, %v1886 : i64
        %v1888 = arith.addi %v1882, %v1887 : i64
        %v1889 = arith.muli %v1880, %v114 : i64
        %v1890 = arith.addi %v1889, %v1682 : i64
        %v1891 = llvm.getelementptr %in_u[%v1888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1892 = llvm.load %v1891 : !llvm.ptr -> f32
        %v1893 = arith.addi %v1681, %v325 : i64
        %v1894 = arith.constant true
        %v1895 = arith.addi %v62, %v1893 : i64
        %v1896 = llvm.getelementptr %v37[%v1895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1897 = llvm.load %v1896 : !llvm.ptr<3> -> i64
        %v1898 = arith.addi %v1680, %v1682 : i64
        %v1899 = arith.cmpi slt, %v1898, %v99 : i64
        %v1900 = arith.subi %size_L, %v2 : i64
        %v1901 = arith.minsi %v1898, %v1900 : i64
        %v1902 = arith.subi %v63, %v1901 : i64
        %v1903 = arith.addi %v1897, %v1902 : i64
        %v1904 = arith.muli %v1895, %v114 : i64
        %v1905 = arith.addi %v1904, %v1682 : i64
        %v1906 = llvm.getelementptr %in_u[%v1903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1907 = llvm.load %v1906 : !llvm.ptr -> f32
        %v1908 = arith.addi %v1681, %v341 : i64
        %v1909 = arith.constant true
        %v1910 = arith.addi %v62, %v1908 : i64
        %v1911 = llvm.getelementptr %v37[%v1910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1912 = llvm.load %v1911 : !llvm.ptr<3> -> i64
        %v1913 = arith.addi %v1680, %v1682 : i64
        %v1914 = arith.cmpi slt, %v1913, %v99 : i64
        %v1915 = arith.subi %size_L, %v2 : i64
        %v1916 = arith.minsi %v1913, %v1915 : i64
        %v1917 = arith.subi %v63, %v1916 : i64
        %v1918 = arith.addi %v1912, %v1917 : i64
        %v1919 = arith.muli %v1910, %v114 : i64
        %v1920 = arith.addi %v1919, %v1682 : i64
        %v1921 = llvm.getelementptr %in_u[%v1918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1922 = llvm.load %v1921 : !llvm.ptr -> f32
        %v1923 = arith.addi %v1681, %v100 : i64
        %v1924 = arith.constant true
        %v1925 = arith.addi %v62, %v1923 : i64
        %v1926 = llvm.getelementptr %v37[%v1925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1927 = llvm.load %v1926 : !llvm.ptr<3> -> i64
        %v1928 = arith.addi %v1680, %v1682 : i64
        %v1929 = arith.cmpi slt, %v1928, %v99 : i64
        %v1930 = arith.subi %size_L, %v2 : i64
        %v1931 = arith.minsi %v1928, %v1930 : i64
        %v1932 = arith.subi %v63, %v1931 : i64
        %v1933 = arith.addi %v1927, %v1932 : i64
        %v1934 = arith.muli %v1925, %v114 : i64
        %v1935 = arith.addi %v1934, %v1682 : i64
        %v1936 = llvm.getelementptr %in_u[%v1933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1937 = llvm.load %v1936 : !llvm.ptr -> f32
        %v1938 = arith.addi %v1681, %v372 : i64
        %v1939 = arith.constant true
        %v1940 = arith.addi %v62, %v1938 : i64
        %v1941 = llvm.getelementptr %v37[%v1940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1942 = llvm.load %v1941 : !llvm.ptr<3> -> i64
        %v1943 = arith.addi %v1680, %v1682 : i64
        %v1944 = arith.cmpi slt, %v1943, %v99 : i64
        %v1945 = arith.subi %size_L, %v2 : i64
        %v1946 = arith.minsi %v1943, %v1945 : i64
        %v1947 = arith.subi %v63, %v1946 : i64
        %v1948 = arith.addi %v1942, %v1947 : i64
        %v1949 = arith.muli %v1940, %v114 : i64
        %v1950 = arith.addi %v1949, %v1682 : i64
        %v1951 = llvm.getelementptr %in_u[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
        %v1953 = arith.addi %v1681, %v388 : i64
        %v1954 = arith.constant true
        %v1955 = arith.addi %v62, %v1953 : i64
        %v1956 = llvm.getelementptr %v37[%v1955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1957 = llvm.load %v1956 : !llvm.ptr<3> -> i64
        %v1958 = arith.addi %v1680, %v1682 : i64
        %v1959 = arith.cmpi slt, %v1958, %v99 : i64
        %v1960 = arith.subi %size_L, %v2 : i64
        %v1961 = arith.minsi %v1958, %v1960 : i64
        %v1962 = arith.subi %v63, %v1961 : i64
        %v1963 = arith.addi %v1957, %v1962 : i64
        %v1964 = arith.muli %v1955, %v114 : i64
        %v1965 = arith.addi %v1964, %v1682 : i64
        %v1966 = llvm.getelementptr %in_u[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
        %v1968 = arith.addi %v1681, %v404 : i64
        %v1969 = arith.constant true
        %v1970 = arith.addi %v62, %v1968 : i64
        %v1971 = llvm.getelementptr %v37[%v1970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1972 = llvm.load %v1971 : !llvm.ptr<3> -> i64
        %v1973 = arith.addi %v1680, %v1682 : i64
        %v1974 = arith.cmpi slt, %v1973, %v99 : i64
        %v1975 = arith.subi %size_L, %v2 : i64
        %v1976 = arith.minsi %v1973, %v1975 : i64
        %v1977 = arith.subi %v63, %v1976 : i64
        %v1978 = arith.addi %v1972, %v1977 : i64
        %v1979 = arith.muli %v1970, %v114 : i64
        %v1980 = arith.addi %v1979, %v1682 : i64
        %v1981 = llvm.getelementptr %in_u[%v1978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1982 = llvm.load %v1981 : !llvm.ptr -> f32
        %v1983 = arith.addi %v1681, %v420 : i64
        %v1984 = arith.constant true
        %v1985 = arith.addi %v62, %v1983 : i64
        %v1986 = llvm.getelementptr %v37[%v1985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1987 = llvm.load %v1986 : !llvm.ptr<3> -> i64
        %v1988 = arith.addi %v1680, %v1682 : i64
        %v1989 = arith.cmpi slt, %v1988, %v99 : i64
        %v1990 = arith.subi %size_L, %v2 : i64
        %v1991 = arith.minsi %v1988, %v1990 : i64
        %v1992 = arith.subi %v63, %v1991 : i64
        %v1993 = arith.addi %v1987, %v1992 : i64
        %v1994 = arith.muli %v1985, %v114 : i64
        %v1995 = arith.addi %v1994, %v1682 : i64
        %v1996 = llvm.getelementptr %in_u[%v1993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
        %v1998 = arith.addi %v1681, %v436 : i64
        %v1999 = arith.constant true
        %v2000 = arith.addi %v62, %v1998 : i64
        %v2001 = llvm.getelementptr %v37[%v2000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2002 = llvm.load %v2001 : !llvm.ptr<3> -> i64
        %v2003 = arith.addi %v1680, %v1682 : i64
        %v2004 = arith.cmpi slt, %v2003, %v99 : i64
        %v2005 = arith.subi %size_L, %v2 : i64
        %v2006 = arith.minsi %v2003, %v2005 : i64
        %v2007 = arith.subi %v63, %v2006 : i64
        %v2008 = arith.addi %v2002, %v2007 : i64
        %v2009 = arith.muli %v2000, %v114 : i64
        %v2010 = arith.addi %v2009, %v1682 : i64
        %v2011 = llvm.getelementptr %in_u[%v2008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2012 = llvm.load %v2011 : !llvm.ptr -> f32
        %v2013 = arith.addi %v1681, %v452 : i64
        %v2014 = arith.constant true
        %v2015 = arith.addi %v62, %v2013 : i64
        %v2016 = llvm.getelementptr %v37[%v2015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2017 = llvm.load %v2016 : !llvm.ptr<3> -> i64
        %v2018 = arith.addi %v1680, %v1682 : i64
        %v2019 = arith.cmpi slt, %v2018, %v99 : i64
        %v2020 = arith.subi %size_L, %v2 : i64
        %v2021 = arith.minsi %v2018, %v2020 : i64
        %v2022 = arith.subi %v63, %v2021 : i64
        %v2023 = arith.addi %v2017, %v2022 : i64
        %v2024 = arith.muli %v2015, %v114 : i64
        %v2025 = arith.addi %v2024, %v1682 : i64
        %v2026 = llvm.getelementptr %in_u[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2027 = llvm.load %v2026 : !llvm.ptr -> f32
        %v2028 = arith.addi %v1681, %v468 : i64
        %v2029 = arith.constant true
        %v2030 = arith.addi %v62, %v2028 : i64
        %v2031 = llvm.getelementptr %v37[%v2030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2032 = llvm.load %v2031 : !llvm.ptr<3> -> i64
        %v2033 = arith.addi %v1680, %v1682 : i64
        %v2034 = arith.cmpi slt, %v2033, %v99 : i64
        %v2035 = arith.subi %size_L, %v2 : i64
        %v2036 = arith.minsi %v2033, %v2035 : i64
        %v2037 = arith.subi %v63, %v2036 : i64
        %v2038 = arith.addi %v2032, %v2037 : i64
        %v2039 = arith.muli %v2030, %v114 : i64
        %v2040 = arith.addi %v2039, %v1682 : i64
        %v2041 = llvm.getelementptr %in_u[%v2038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2042 = llvm.load %v2041 : !llvm.ptr -> f32
        %v2043 = arith.addi %v1681, %v484 : i64
        %v2044 = arith.constant true
        %v2045 = arith.addi %v62, %v2043 : i64
        %v2046 = llvm.getelementptr %v37[%v2045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2047 = llvm.load %v2046 : !llvm.ptr<3> -> i64
        %v2048 = arith.addi %v1680, %v1682 : i64
        %v2049 = arith.cmpi slt, %v2048, %v99 : i64
        %v2050 = arith.subi %size_L, %v2 : i64
        %v2051 = arith.minsi %v2048, %v2050 : i64
        %v2052 = arith.subi %v63, %v2051 : i64
        %v2053 = arith.addi %v2047, %v2052 : i64
        %v2054 = arith.muli %v2045, %v114 : i64
        %v2055 = arith.addi %v2054, %v1682 : i64
        %v2056 = llvm.getelementptr %in_u[%v2053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2057 = llvm.load %v2056 : !llvm.ptr -> f32
        %v2058 = arith.addi %v1681, %v500 : i64
        %v2059 = arith.constant true
        %v2060 = arith.addi %v62, %v2058 : i64
        %v2061 = llvm.getelementptr %v37[%v2060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2062 = llvm.load %v2061 : !llvm.ptr<3> -> i64
        %v2063 = arith.addi %v1680, %v1682 : i64
        %v2064 = arith.cmpi slt, %v2063, %v99 : i64
        %v2065 = arith.subi %size_L, %v2 : i64
        %v2066 = arith.minsi %v2063, %v2065 : i64
        %v2067 = arith.subi %v63, %v2066 : i64
        %v2068 = arith.addi %v2062, %v2067 : i64
        %v2069 = arith.muli %v2060, %v114 : i64
        %v2070 = arith.addi %v2069, %v1682 : i64
        %v2071 = llvm.getelementptr %in_u[%v2068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2072 = llvm.load %v2071 : !llvm.ptr -> f32
        %v2073 = arith.addi %v1681, %v516 : i64
        %v2074 = arith.constant true
        %v2075 = arith.addi %v62, %v2073 : i64
        %v2076 = llvm.getelementptr %v37[%v2075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2077 = llvm.load %v2076 : !llvm.ptr<3> -> i64
        %v2078 = arith.addi %v1680, %v1682 : i64
        %v2079 = arith.cmpi slt, %v2078, %v99 : i64
        %v2080 = arith.subi %size_L, %v2 : i64
        %v2081 = arith.minsi %v2078, %v2080 : i64
        %v2082 = arith.subi %v63, %v2081 : i64
        %v2083 = arith.addi %v2077, %v2082 : i64
        %v2084 = arith.muli %v2075, %v114 : i64
        %v2085 = arith.addi %v2084, %v1682 : i64
        %v2086 = llvm.getelementptr %in_u[%v2083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2087 = llvm.load %v2086 : !llvm.ptr -> f32
        %v2088 = arith.addi %v1681, %v532 : i64
        %v2089 = arith.constant true
        %v2090 = arith.addi %v62, %v2088 : i64
        %v2091 = llvm.getelementptr %v37[%v2090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2092 = llvm.load %v2091 : !llvm.ptr<3> -> i64
        %v2093 = arith.addi %v1680, %v1682 : i64
        %v2094 = arith.cmpi slt, %v2093, %v99 : i64
        %v2095 = arith.subi %size_L, %v2 : i64
        %v2096 = arith.minsi %v2093, %v2095 : i64
        %v2097 = arith.subi %v63, %v2096 : i64
        %v2098 = arith.addi %v2092, %v2097 : i64
        %v2099 = arith.muli %v2090, %v114 : i64
        %v2100 = arith.addi %v2099, %v1682 : i64
        %v2101 = llvm.getelementptr %in_u[%v2098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2102 = llvm.load %v2101 : !llvm.ptr -> f32
        %v2103 = arith.addi %v1681, %v548 : i64
        %v2104 = arith.constant true
        %v2105 = arith.addi %v62, %v2103 : i64
        %v2106 = llvm.getelementptr %v37[%v2105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2107 = llvm.load %v2106 : !llvm.ptr<3> -> i64
        %v2108 = arith.addi %v1680, %v1682 : i64
        %v2109 = arith.cmpi slt, %v2108, %v99 : i64
        %v2110 = arith.subi %size_L, %v2 : i64
        %v2111 = arith.minsi %v2108, %v2110 : i64
        %v2112 = arith.subi %v63, %v2111 : i64
        %v2113 = arith.addi %v2107, %v2112 : i64
        %v2114 = arith.muli %v2105, %v114 : i64
        %v2115 = arith.addi %v2114, %v1682 : i64
        %v2116 = llvm.getelementptr %in_u[%v2113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2117 = llvm.load %v2116 : !llvm.ptr -> f32
        %v2118 = arith.addi %v1681, %v564 : i64
        %v2119 = arith.constant true
        %v2120 = arith.addi %v62, %v2118 : i64
        %v2121 = llvm.getelementptr %v37[%v2120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2122 = llvm.load %v2121 : !llvm.ptr<3> -> i64
        %v2123 = arith.addi %v1680, %v1682 : i64
        %v2124 = arith.cmpi slt, %v2123, %v99 : i64
        %v2125 = arith.subi %size_L, %v2 : i64
        %v2126 = arith.minsi %v2123, %v2125 : i64
        %v2127 = arith.subi %v63, %v2126 : i64
        %v2128 = arith.addi %v2122, %v2127 : i64
        %v2129 = arith.muli %v2120, %v114 : i64
        %v2130 = arith.addi %v2129, %v1682 : i64
        %v2131 = llvm.getelementptr %in_u[%v2128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2132 = llvm.load %v2131 : !llvm.ptr -> f32
        %v2133 = arith.addi %v1681, %v580 : i64
        %v2134 = arith.constant true
        %v2135 = arith.addi %v62, %v2133 : i64
        %v2136 = llvm.getelementptr %v37[%v2135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2137 = llvm.load %v2136 : !llvm.ptr<3> -> i64
        %v2138 = arith.addi %v1680, %v1682 : i64
        %v2139 = arith.cmpi slt, %v2138, %v99 : i64
        %v2140 = arith.subi %size_L, %v2 : i64
        %v2141 = arith.minsi %v2138, %v2140 : i64
        %v2142 = arith.subi %v63, %v2141 : i64
        %v2143 = arith.addi %v2137, %v2142 : i64
        %v2144 = arith.muli %v2135, %v114 : i64
        %v2145 = arith.addi %v2144, %v1682 : i64
        %v2146 = llvm.getelementptr %in_u[%v2143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2147 = llvm.load %v2146 : !llvm.ptr -> f32
        %v2148 = arith.addi %v1681, %v596 : i64
        %v2149 = arith.constant true
        %v2150 = arith.addi %v62, %v2148 : i64
        %v2151 = llvm.getelementptr %v37[%v2150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2152 = llvm.load %v2151 : !llvm.ptr<3> -> i64
        %v2153 = arith.addi %v1680, %v1682 : i64
        %v2154 = arith.cmpi slt, %v2153, %v99 : i64
        %v2155 = arith.subi %size_L, %v2 : i64
        %v2156 = arith.minsi %v2153, %v2155 : i64
        %v2157 = arith.subi %v63, %v2156 : i64
        %v2158 = arith.addi %v2152, %v2157 : i64
        %v2159 = arith.muli %v2150, %v114 : i64
        %v2160 = arith.addi %v2159, %v1682 : i64
        %v2161 = llvm.getelementptr %in_u[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
        %v2163 = arith.divui %v45, %v100 : i64
        %v2164 = arith.remui %v45, %v100 : i64
        %v2165 = arith.addi %v2163, %v62 : i64
        %v2166 = arith.constant true
        %v2167 = arith.addi %v47, %v2165 : i64
        %v2168 = llvm.getelementptr %v37[%v2167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2169 = llvm.load %v2168 : !llvm.ptr<3> -> i64
        %v2170 = arith.addi %v1680, %v2164 : i64
        %v2171 = arith.cmpi slt, %v2170, %v99 : i64
        %v2172 = arith.subi %size_L, %v2 : i64
        %v2173 = arith.minsi %v2170, %v2172 : i64
        %v2174 = arith.subi %v63, %v2173 : i64
        %v2175 = arith.addi %v2169, %v2174 : i64
        %v2176 = arith.muli %v2167, %v114 : i64
        %v2177 = arith.addi %v2176, %v2164 : i64
        %v2178 = llvm.getelementptr %in_delta[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2179 = llvm.load %v2178 : !llvm.ptr -> f32
        %v2180 = arith.addi %v2163, %v91 : i64
        %v2181 = arith.constant true
        %v2182 = arith.addi %v47, %v2180 : i64
        %v2183 = llvm.getelementptr %v37[%v2182] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2184 = llvm.load %v2183 : !llvm.ptr<3> -> i64
        %v2185 = arith.addi %v1680, %v2164 : i64
        %v2186 = arith.cmpi slt, %v2185, %v99 : i64
        %v2187 = arith.subi %size_L, %v2 : i64
        %v2188 = arith.minsi %v2185, %v2187 : i64
        %v2189 = arith.subi %v63, %v2188 : i64
        %v2190 = arith.addi %v2184, %v2189 : i64
        %v2191 = arith.muli %v2182, %v114 : i64
        %v2192 = arith.addi %v2191, %v2164 : i64
        %v2193 = llvm.getelementptr %in_delta[%v2190] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2194 = llvm.load %v2193 : !llvm.ptr -> f32
        %v2195 = arith.addi %v2163, %v134 : i64
        %v2196 = arith.constant true
        %v2197 = arith.addi %v47, %v2195 : i64
        %v2198 = llvm.getelementptr %v37[%v2197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2199 = llvm.load %v2198 : !llvm.ptr<3> -> i64
        %v2200 = arith.addi %v1680, %v2164 : i64
        %v2201 = arith.cmpi slt, %v2200, %v99 : i64
        %v2202 = arith.subi %size_L, %v2 : i64
        %v2203 = arith.minsi %v2200, %v2202 : i64
        %v2204 = arith.subi %v63, %v2203 : i64
        %v2205 = arith.addi %v2199, %v2204 : i64
        %v2206 = arith.muli %v2197, %v114 : i64
        %v2207 = arith.addi %v2206, %v2164 : i64
        %v2208 = llvm.getelementptr %in_delta[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2209 = llvm.load %v2208 : !llvm.ptr -> f32
        %v2210 = arith.addi %v2163, %v150 : i64
        %v2211 = arith.constant true
        %v2212 = arith.addi %v47, %v2210 : i64
        %v2213 = llvm.getelementptr %v37[%v2212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2214 = llvm.load %v2213 : !llvm.ptr<3> -> i64
        %v2215 = arith.addi %v1680, %v2164 : i64
        %v2216 = arith.cmpi slt, %v2215, %v99 : i64
        %v2217 = arith.subi %size_L, %v2 : i64
        %v2218 = arith.minsi %v2215, %v2217 : i64
        %v2219 = arith.subi %v63, %v2218 : i64
        %v2220 = arith.addi %v2214, %v2219 : i64
        %v2221 = arith.muli %v2212, %v114 : i64
        %v2222 = arith.addi %v2221, %v2164 : i64
        %v2223 = llvm.getelementptr %in_delta[%v2220] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2224 = llvm.load %v2223 : !llvm.ptr -> f32
        %v2225 = arith.addi %v2163, %v166 : i64
        %v2226 = arith.constant true
        %v2227 = arith.addi %v47, %v2225 : i64
        %v2228 = llvm.getelementptr %v37[%v2227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2229 = llvm.load %v2228 : !llvm.ptr<3> -> i64
        %v2230 = arith.addi %v1680, %v2164 : i64
        %v2231 = arith.cmpi slt, %v2230, %v99 : i64
        %v2232 = arith.subi %size_L, %v2 : i64
        %v2233 = arith.minsi %v2230, %v2232 : i64
        %v2234 = arith.subi %v63, %v2233 : i64
        %v2235 = arith.addi %v2229, %v2234 : i64
        %v2236 = arith.muli %v2227, %v114 : i64
        %v2237 = arith.addi %v2236, %v2164 : i64
        %v2238 = llvm.getelementptr %in_delta[%v2235] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2239 = llvm.load %v2238 : !llvm.ptr -> f32
        %v2240 = arith.addi %v2163, %v182 : i64
        %v2241 = arith.constant true
        %v2242 = arith.addi %v47, %v2240 : i64
        %v2243 = llvm.getelementptr %v37[%v2242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2244 = llvm.load %v2243 : !llvm.ptr<3> -> i64
        %v2245 = arith.addi %v1680, %v2164 : i64
        %v2246 = arith.cmpi slt, %v2245, %v99 : i64
        %v2247 = arith.subi %size_L, %v2 : i64
        %v2248 = arith.minsi %v2245, %v2247 : i64
        %v2249 = arith.subi %v63, %v2248 : i64
        %v2250 = arith.addi %v2244, %v2249 : i64
        %v2251 = arith.muli %v2242, %v114 : i64
        %v2252 = arith.addi %v2251, %v2164 : i64
        %v2253 = llvm.getelementptr %in_delta[%v2250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2254 = llvm.load %v2253 : !llvm.ptr -> f32
        %v2255 = arith.addi %v2163, %v198 : i64
        %v2256 = arith.constant true
        %v2257 = arith.addi %v47, %v2255 : i64
        %v2258 = llvm.getelementptr %v37[%v2257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2259 = llvm.load %v2258 : !llvm.ptr<3> -> i64
        %v2260 = arith.addi %v1680, %v2164 : i64
        %v2261 = arith.cmpi slt, %v2260, %v99 : i64
        %v2262 = arith.subi %size_L, %v2 : i64
        %v2263 = arith.minsi %v2260, %v2262 : i64
        %v2264 = arith.subi %v63, %v2263 : i64
        %v2265 = arith.addi %v2259, %v2264 : i64
        %v2266 = arith.muli %v2257, %v114 : i64
        %v2267 = arith.addi %v2266, %v2164 : i64
        %v2268 = llvm.getelementptr %in_delta[%v2265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2269 = llvm.load %v2268 : !llvm.ptr -> f32
        %v2270 = arith.addi %v2163, %v214 : i64
        %v2271 = arith.constant true
        %v2272 = arith.addi %v47, %v2270 : i64
        %v2273 = llvm.getelementptr %v37[%v2272] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2274 = llvm.load %v2273 : !llvm.ptr<3> -> i64
        %v2275 = arith.addi %v1680, %v2164 : i64
        %v2276 = arith.cmpi slt, %v2275, %v99 : i64
        %v2277 = arith.subi %size_L, %v2 : i64
        %v2278 = arith.minsi %v2275, %v2277 : i64
        %v2279 = arith.subi %v63, %v2278 : i64
        %v2280 = arith.addi %v2274, %v2279 : i64
        %v2281 = arith.muli %v2272, %v114 : i64
        %v2282 = arith.addi %v2281, %v2164 : i64
        %v2283 = llvm.getelementptr %in_delta[%v2280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2284 = llvm.load %v2283 : !llvm.ptr -> f32
        %v2285 = arith.addi %v2163, %v1 : i64
        %v2286 = arith.constant true
        %v2287 = arith.addi %v47, %v2285 : i64
        %v2288 = llvm.getelementptr %v37[%v2287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2289 = llvm.load %v2288 : !llvm.ptr<3> -> i64
        %v2290 = arith.addi %v1680, %v2164 : i64
        %v2291 = arith.cmpi slt, %v2290, %v99 : i64
        %v2292 = arith.subi %size_L, %v2 : i64
        %v2293 = arith.minsi %v2290, %v2292 : i64
        %v2294 = arith.subi %v63, %v2293 : i64
        %v2295 = arith.addi %v2289, %v2294 : i64
        %v2296 = arith.muli %v2287, %v114 : i64
        %v2297 = arith.addi %v2296, %v2164 : i64
        %v2298 = llvm.getelementptr %in_delta[%v2295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2299 = llvm.load %v2298 : !llvm.ptr -> f32
        %v2300 = arith.addi %v2163, %v245 : i64
        %v2301 = arith.constant true
        %v2302 = arith.addi %v47, %v2300 : i64
        %v2303 = llvm.getelementptr %v37[%v2302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2304 = llvm.load %v2303 : !llvm.ptr<3> -> i64
        %v2305 = arith.addi %v1680, %v2164 : i64
        %v2306 = arith.cmpi slt, %v2305, %v99 : i64
        %v2307 = arith.subi %size_L, %v2 : i64
        %v2308 = arith.minsi %v2305, %v2307 : i64
        %v2309 = arith.subi %v63, %v2308 : i64
        %v2310 = arith.addi %v2304, %v2309 : i64
        %v2311 = arith.muli %v2302, %v114 : i64
        %v2312 = arith.addi %v2311, %v2164 : i64
        %v2313 = llvm.getelementptr %in_delta[%v2310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2314 = llvm.load %v2313 : !llvm.ptr -> f32
        %v2315 = arith.addi %v2163, %v261 : i64
        %v2316 = arith.constant true
        %v2317 = arith.addi %v47, %v2315 : i64
        %v2318 = llvm.getelementptr %v37[%v2317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2319 = llvm.load %v2318 : !llvm.ptr<3> -> i64
        %v2320 = arith.addi %v1680, %v2164 : i64
        %v2321 = arith.cmpi slt, %v2320, %v99 : i64
        %v2322 = arith.subi %size_L, %v2 : i64
        %v2323 = arith.minsi %v2320, %v2322 : i64
        %v2324 = arith.subi %v63, %v2323 : i64
        %v2325 = arith.addi %v2319, %v2324 : i64
        %v2326 = arith.muli %v2317, %v114 : i64
        %v2327 = arith.addi %v2326, %v2164 : i64
        %v2328 = llvm.getelementptr %in_delta[%v2325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2329 = llvm.load %v2328 : !llvm.ptr -> f32
        %v2330 = arith.addi %v2163, %v277 : i64
        %v2331 = arith.constant true
        %v2332 = arith.addi %v47, %v2330 : i64
        %v2333 = llvm.getelementptr %v37[%v2332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2334 = llvm.load %v2333 : !llvm.ptr<3> -> i64
        %v2335 = arith.addi %v1680, %v2164 : i64
        %v2336 = arith.cmpi slt, %v2335, %v99 : i64
        %v2337 = arith.subi %size_L, %v2 : i64
        %v2338 = arith.minsi %v2335, %v2337 : i64
        %v2339 = arith.subi %v63, %v2338 : i64
        %v2340 = arith.addi %v2334, %v2339 : i64
        %v2341 = arith.muli %v2332, %v114 : i64
        %v2342 = arith.addi %v2341, %v2164 : i64
        %v2343 = llvm.getelementptr %in_delta[%v2340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2344 = llvm.load %v2343 : !llvm.ptr -> f32
        %v2345 = arith.addi %v2163, %v293 : i64
        %v2346 = arith.constant true
        %v2347 = arith.addi %v47, %v2345 : i64
        %v2348 = llvm.getelementptr %v37[%v2347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2349 = llvm.load %v2348 : !llvm.ptr<3> -> i64
        %v2350 = arith.addi %v1680, %v2164 : i64
        %v2351 = arith.cmpi slt, %v2350, %v99 : i64
        %v2352 = arith.subi %size_L, %v2 : i64
        %v2353 = arith.minsi %v2350, %v2352 : i64
        %v2354 = arith.subi %v63, %v2353 : i64
        %v2355 = arith.addi %v2349, %v2354 : i64
        %v2356 = arith.muli %v2347, %v114 : i64
        %v2357 = arith.addi %v2356, %v2164 : i64
        %v2358 = llvm.getelementptr %in_delta[%v2355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2359 = llvm.load %v2358 : !llvm.ptr -> f32
        %v2360 = arith.addi %v2163, %v309 : i64
        %v2361 = arith.constant true
        %v2362 = arith.addi %v47, %v2360 : i64
        %v2363 = llvm.getelementptr %v37[%v2362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2364 = llvm.load %v2363 : !llvm.ptr<3> -> i64
        %v2365 = arith.addi %v1680, %v2164 : i64
        %v2366 = arith.cmpi slt, %v2365, %v99 : i64
        %v2367 = arith.subi %size_L, %v2 : i64
        %v2368 = arith.minsi %v2365, %v2367 : i64
        %v2369 = arith.subi %v63, %v2368 : i64
        %v2370 = arith.addi %v2364, %v2369 : i64
        %v2371 = arith.muli %v2362, %v114 : i64
        %v2372 = arith.addi %v2371, %v2164 : i64
        %v2373 = llvm.getelementptr %in_delta[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2374 = llvm.load %v2373 : !llvm.ptr -> f32
        %v2375 = arith.addi %v2163, %v325 : i64
        %v2376 = arith.constant true
        %v2377 = arith.addi %v47, %v2375 : i64
        %v2378 = llvm.getelementptr %v37[%v2377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2379 = llvm.load %v2378 : !llvm.ptr<3> -> i64
        %v2380 = arith.addi %v1680, %v2164 : i64
        %v2381 = arith.cmpi slt, %v2380, %v99 : i64
        %v2382 = arith.subi %size_L, %v2 : i64
        %v2383 = arith.minsi %v2380, %v2382 : i64
        %v2384 = arith.subi %v63, %v2383 : i64
        %v2385 = arith.addi %v2379, %v2384 : i64
        %v2386 = arith.muli %v2377, %v114 : i64
        %v2387 = arith.addi %v2386, %v2164 : i64
        %v2388 = llvm.getelementptr %in_delta[%v2385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2389 = llvm.load %v2388 : !llvm.ptr -> f32
        %v2390 = arith.addi %v2163, %v341 : i64
        %v2391 = arith.constant true
        %v2392 = arith.addi %v47, %v2390 : i64
        %v2393 = llvm.getelementptr %v37[%v2392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2394 = llvm.load %v2393 : !llvm.ptr<3> -> i64
        %v2395 = arith.addi %v1680, %v2164 : i64
        %v2396 = arith.cmpi slt, %v2395, %v99 : i64
        %v2397 = arith.subi %size_L, %v2 : i64
        %v2398 = arith.minsi %v2395, %v2397 : i64
        %v2399 = arith.subi %v63, %v2398 : i64
        %v2400 = arith.addi %v2394, %v2399 : i64
        %v2401 = arith.muli %v2392, %v114 : i64
        %v2402 = arith.addi %v2401, %v2164 : i64
        %v2403 = llvm.getelementptr %in_delta[%v2400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2404 = llvm.load %v2403 : !llvm.ptr -> f32
        %v2405 = arith.addi %v2163, %v100 : i64
        %v2406 = arith.constant true
        %v2407 = arith.addi %v47, %v2405 : i64
        %v2408 = llvm.getelementptr %v37[%v2407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2409 = llvm.load %v2408 : !llvm.ptr<3> -> i64
        %v2410 = arith.addi %v1680, %v2164 : i64
        %v2411 = arith.cmpi slt, %v2410, %v99 : i64
        %v2412 = arith.subi %size_L, %v2 : i64
        %v2413 = arith.minsi %v2410, %v2412 : i64
        %v2414 = arith.subi %v63, %v2413 : i64
        %v2415 = arith.addi %v2409, %v2414 : i64
        %v2416 = arith.muli %v2407, %v114 : i64
        %v2417 = arith.addi %v2416, %v2164 : i64
        %v2418 = llvm.getelementptr %in_delta[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2419 = llvm.load %v2418 : !llvm.ptr -> f32
        %v2420 = arith.addi %v2163, %v372 : i64
        %v2421 = arith.constant true
        %v2422 = arith.addi %v47, %v2420 : i64
        %v2423 = llvm.getelementptr %v37[%v2422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2424 = llvm.load %v2423 : !llvm.ptr<3> -> i64
        %v2425 = arith.addi %v1680, %v2164 : i64
        %v2426 = arith.cmpi slt, %v2425, %v99 : i64
        %v2427 = arith.subi %size_L, %v2 : i64
        %v2428 = arith.minsi %v2425, %v2427 : i64
        %v2429 = arith.subi %v63, %v2428 : i64
        %v2430 = arith.addi %v2424, %v2429 : i64
        %v2431 = arith.muli %v2422, %v114 : i64
        %v2432 = arith.addi %v2431, %v2164 : i64
        %v2433 = llvm.getelementptr %in_delta[%v2430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2434 = llvm.load %v2433 : !llvm.ptr -> f32
        %v2435 = arith.addi %v2163, %v388 : i64
        %v2436 = arith.constant true
        %v2437 = arith.addi %v47, %v2435 : i64
        %v2438 = llvm.getelementptr %v37[%v2437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2439 = llvm.load %v2438 : !llvm.ptr<3> -> i64
        %v2440 = arith.addi %v1680, %v2164 : i64
        %v2441 = arith.cmpi slt, %v2440, %v99 : i64
        %v2442 = arith.subi %size_L, %v2 : i64
        %v2443 = arith.minsi %v2440, %v2442 : i64
        %v2444 = arith.subi %v63, %v2443 : i64
        %v2445 = arith.addi %v2439, %v2444 : i64
        %v2446 = arith.muli %v2437, %v114 : i64
        %v2447 = arith.addi %v2446, %v2164 : i64
        %v2448 = llvm.getelementptr %in_delta[%v2445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2449 = llvm.load %v2448 : !llvm.ptr -> f32
        %v2450 = arith.addi %v2163, %v404 : i64
        %v2451 = arith.constant true
        %v2452 = arith.addi %v47, %v2450 : i64
        %v2453 = llvm.getelementptr %v37[%v2452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2454 = llvm.load %v2453 : !llvm.ptr<3> -> i64
        %v2455 = arith.addi %v1680, %v2164 : i64
        %v2456 = arith.cmpi slt, %v2455, %v99 : i64
        %v2457 = arith.subi %size_L, %v2 : i64
        %v2458 = arith.minsi %v2455, %v2457 : i64
        %v2459 = arith.subi %v63, %v2458 : i64
        %v2460 = arith.addi %v2454, %v2459 : i64
        %v2461 = arith.muli %v2452, %v114 : i64
        %v2462 = arith.addi %v2461, %v2164 : i64
        %v2463 = llvm.getelementptr %in_delta[%v2460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2464 = llvm.load %v2463 : !llvm.ptr -> f32
        %v2465 = arith.addi %v2163, %v420 : i64
        %v2466 = arith.constant true
        %v2467 = arith.addi %v47, %v2465 : i64
        %v2468 = llvm.getelementptr %v37[%v2467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2469 = llvm.load %v2468 : !llvm.ptr<3> -> i64
        %v2470 = arith.addi %v1680, %v2164 : i64
        %v2471 = arith.cmpi slt, %v2470, %v99 : i64
        %v2472 = arith.subi %size_L, %v2 : i64
        %v2473 = arith.minsi %v2470, %v2472 : i64
        %v2474 = arith.subi %v63, %v2473 : i64
        %v2475 = arith.addi %v2469, %v2474 : i64
        %v2476 = arith.muli %v2467, %v114 : i64
        %v2477 = arith.addi %v2476, %v2164 : i64
        %v2478 = llvm.getelementptr %in_delta[%v2475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2479 = llvm.load %v2478 : !llvm.ptr -> f32
        %v2480 = arith.addi %v2163, %v436 : i64
        %v2481 = arith.constant true
        %v2482 = arith.addi %v47, %v2480 : i64
        %v2483 = llvm.getelementptr %v37[%v2482] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2484 = llvm.load %v2483 : !llvm.ptr<3> -> i64
        %v2485 = arith.addi %v1680, %v2164 : i64
        %v2486 = arith.cmpi slt, %v2485, %v99 : i64
        %v2487 = arith.subi %size_L, %v2 : i64
        %v2488 = arith.minsi %v2485, %v2487 : i64
        %v2489 = arith.subi %v63, %v2488 : i64
        %v2490 = arith.addi %v2484, %v2489 : i64
        %v2491 = arith.muli %v2482, %v114 : i64
        %v2492 = arith.addi %v2491, %v2164 : i64
        %v2493 = llvm.getelementptr %in_delta[%v2490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2494 = llvm.load %v2493 : !llvm.ptr -> f32
        %v2495 = arith.addi %v2163, %v452 : i64
        %v2496 = arith.constant true
        %v2497 = arith.addi %v47, %v2495 : i64
        %v2498 = llvm.getelementptr %v37[%v2497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2499 = llvm.load %v2498 : !llvm.ptr<3> -> i64
        %v2500 = arith.addi %v1680, %v2164 : i64
        %v2501 = arith.cmpi slt, %v2500, %v99 : i64
        %v2502 = arith.subi %size_L, %v2 : i64
        %v2503 = arith.minsi %v2500, %v2502 : i64
        %v2504 = arith.subi %v63, %v2503 : i64
        %v2505 = arith.addi %v2499, %v2504 : i64
        %v2506 = arith.muli %v2497, %v114 : i64
        %v2507 = arith.addi %v2506, %v2164 : i64
        %v2508 = llvm.getelementptr %in_delta[%v2505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2509 = llvm.load %v2508 : !llvm.ptr -> f32
        %v2510 = arith.addi %v2163, %v468 : i64
        %v2511 = arith.constant true
        %v2512 = arith.addi %v47, %v2510 : i64
        %v2513 = llvm.getelementptr %v37[%v2512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2514 = llvm.load %v2513 : !llvm.ptr<3> -> i64
        %v2515 = arith.addi %v1680, %v2164 : i64
        %v2516 = arith.cmpi slt, %v2515, %v99 : i64
        %v2517 = arith.subi %size_L, %v2 : i64
        %v2518 = arith.minsi %v2515, %v2517 : i64
        %v2519 = arith.subi %v63, %v2518 : i64
        %v2520 = arith.addi %v2514, %v2519 : i64
        %v2521 = arith.muli %v2512, %v114 : i64
        %v2522 = arith.addi %v2521, %v2164 : i64
        %v2523 = llvm.getelementptr %in_delta[%v2520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2524 = llvm.load %v2523 : !llvm.ptr -> f32
        %v2525 = arith.addi %v2163, %v484 : i64
        %v2526 = arith.constant true
        %v2527 = arith.addi %v47, %v2525 : i64
        %v2528 = llvm.getelementptr %v37[%v2527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2529 = llvm.load %v2528 : !llvm.ptr<3> -> i64
        %v2530 = arith.addi %v1680, %v2164 : i64
        %v2531 = arith.cmpi slt, %v2530, %v99 : i64
        %v2532 = arith.subi %size_L, %v2 : i64
        %v2533 = arith.minsi %v2530, %v2532 : i64
        %v2534 = arith.subi %v63, %v2533 : i64
        %v2535 = arith.addi %v2529, %v2534 : i64
        %v2536 = arith.muli %v2527, %v114 : i64
        %v2537 = arith.addi %v2536, %v2164 : i64
        %v2538 = llvm.getelementptr %in_delta[%v2535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2539 = llvm.load %v2538 : !llvm.ptr -> f32
        %v2540 = arith.addi %v2163, %v500 : i64
        %v2541 = arith.constant true
        %v2542 = arith.addi %v47, %v2540 : i64
        %v2543 = llvm.getelementptr %v37[%v2542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2544 = llvm.load %v2543 : !llvm.ptr<3> -> i64
        %v2545 = arith.addi %v1680, %v2164 : i64
        %v2546 = arith.cmpi slt, %v2545, %v99 : i64
        %v2547 = arith.subi %size_L, %v2 : i64
        %v2548 = arith.minsi %v2545, %v2547 : i64
        %v2549 = arith.subi %v63, %v2548 : i64
        %v2550 = arith.addi %v2544, %v2549 : i64
        %v2551 = arith.muli %v2542, %v114 : i64
        %v2552 = arith.addi %v2551, %v2164 : i64
        %v2553 = llvm.getelementptr %in_delta[%v2550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2554 = llvm.load %v2553 : !llvm.ptr -> f32
        %v2555 = arith.addi %v2163, %v516 : i64
        %v2556 = arith.constant true
        %v2557 = arith.addi %v47, %v2555 : i64
        %v2558 = llvm.getelementptr %v37[%v2557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2559 = llvm.load %v2558 : !llvm.ptr<3> -> i64
        %v2560 = arith.addi %v1680, %v2164 : i64
        %v2561 = arith.cmpi slt, %v2560, %v99 : i64
        %v2562 = arith.subi %size_L, %v2 : i64
        %v2563 = arith.minsi %v2560, %v2562 : i64
        %v2564 = arith.subi %v63, %v2563 : i64
        %v2565 = arith.addi %v2559, %v2564 : i64
        %v2566 = arith.muli %v2557, %v114 : i64
        %v2567 = arith.addi %v2566, %v2164 : i64
        %v2568 = llvm.getelementptr %in_delta[%v2565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2569 = llvm.load %v2568 : !llvm.ptr -> f32
        %v2570 = arith.addi %v2163, %v532 : i64
        %v2571 = arith.constant true
        %v2572 = arith.addi %v47, %v2570 : i64
        %v2573 = llvm.getelementptr %v37[%v2572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2574 = llvm.load %v2573 : !llvm.ptr<3> -> i64
        %v2575 = arith.addi %v1680, %v2164 : i64
        %v2576 = arith.cmpi slt, %v2575, %v99 : i64
        %v2577 = arith.subi %size_L, %v2 : i64
        %v2578 = arith.minsi %v2575, %v2577 : i64
        %v2579 = arith.subi %v63, %v2578 : i64
        %v2580 = arith.addi %v2574, %v2579 : i64
        %v2581 = arith.muli %v2572, %v114 : i64
        %v2582 = arith.addi %v2581, %v2164 : i64
        %v2583 = llvm.getelementptr %in_delta[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
        %v2585 = arith.addi %v2163, %v548 : i64
        %v2586 = arith.constant true
        %v2587 = arith.addi %v47, %v2585 : i64
        %v2588 = llvm.getelementptr %v37[%v2587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2589 = llvm.load %v2588 : !llvm.ptr<3> -> i64
        %v2590 = arith.addi %v1680, %v2164 : i64
        %v2591 = arith.cmpi slt, %v2590, %v99 : i64
        %v2592 = arith.subi %size_L, %v2 : i64
        %v2593 = arith.minsi %v2590, %v2592 : i64
        %v2594 = arith.subi %v63, %v2593 : i64
        %v2595 = arith.addi %v2589, %v2594 : i64
        %v2596 = arith.muli %v2587, %v114 : i64
        %v2597 = arith.addi %v2596, %v2164 : i64
        %v2598 = llvm.getelementptr %in_delta[%v2595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
        %v2600 = arith.addi %v2163, %v564 : i64
        %v2601 = arith.constant true
        %v2602 = arith.addi %v47, %v2600 : i64
        %v2603 = llvm.getelementptr %v37[%v2602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2604 = llvm.load %v2603 : !llvm.ptr<3> -> i64
        %v2605 = arith.addi %v1680, %v2164 : i64
        %v2606 = arith.cmpi slt, %v2605, %v99 : i64
        %v2607 = arith.subi %size_L, %v2 : i64
        %v2608 = arith.minsi %v2605, %v2607 : i64
        %v2609 = arith.subi %v63, %v2608 : i64
        %v2610 = arith.addi %v2604, %v2609 : i64
        %v2611 = arith.muli %v2602, %v114 : i64
        %v2612 = arith.addi %v2611, %v2164 : i64
        %v2613 = llvm.getelementptr %in_delta[%v2610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2614 = llvm.load %v2613 : !llvm.ptr -> f32
        %v2615 = arith.addi %v2163, %v580 : i64
        %v2616 = arith.constant true
        %v2617 = arith.addi %v47, %v2615 : i64
        %v2618 = llvm.getelementptr %v37[%v2617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2619 = llvm.load %v2618 : !llvm.ptr<3> -> i64
        %v2620 = arith.addi %v1680, %v2164 : i64
        %v2621 = arith.cmpi slt, %v2620, %v99 : i64
        %v2622 = arith.subi %size_L, %v2 : i64
        %v2623 = arith.minsi %v2620, %v2622 : i64
        %v2624 = arith.subi %v63, %v2623 : i64
        %v2625 = arith.addi %v2619, %v2624 : i64
        %v2626 = arith.muli %v2617, %v114 : i64
        %v2627 = arith.addi %v2626, %v2164 : i64
        %v2628 = llvm.getelementptr %in_delta[%v2625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2629 = llvm.load %v2628 : !llvm.ptr -> f32
        %v2630 = arith.addi %v2163, %v596 : i64
        %v2631 = arith.constant true
        %v2632 = arith.addi %v47, %v2630 : i64
        %v2633 = llvm.getelementptr %v37[%v2632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2634 = llvm.load %v2633 : !llvm.ptr<3> -> i64
        %v2635 = arith.addi %v1680, %v2164 : i64
        %v2636 = arith.cmpi slt, %v2635, %v99 : i64
        %v2637 = arith.subi %size_L, %v2 : i64
        %v2638 = arith.minsi %v2635, %v2637 : i64
        %v2639 = arith.subi %v63, %v2638 : i64
        %v2640 = arith.addi %v2634, %v2639 : i64
        %v2641 = arith.muli %v2632, %v114 : i64
        %v2642 = arith.addi %v2641, %v2164 : i64
        %v2643 = llvm.getelementptr %in_delta[%v2640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
        %v2645 = arith.divui %v45, %v100 : i64
        %v2646 = arith.remui %v45, %v100 : i64
        %v2647 = arith.addi %v2645, %v62 : i64
        %v2648 = arith.constant true
        %v2649 = arith.addi %v1162, %v2647 : i64
        %v2650 = llvm.getelementptr %v37[%v2649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2651 = llvm.load %v2650 : !llvm.ptr<3> -> i64
        %v2652 = arith.addi %v1680, %v2646 : i64
        %v2653 = arith.cmpi slt, %v2652, %v99 : i64
        %v2654 = arith.subi %size_L, %v2 : i64
        %v2655 = arith.minsi %v2652, %v2654 : i64
        %v2656 = arith.subi %v63, %v2655 : i64
        %v2657 = arith.addi %v2651, %v2656 : i64
        %v2658 = arith.muli %v2649, %v114 : i64
        %v2659 = arith.addi %v2658, %v2646 : i64
        %v2660 = llvm.getelementptr %in_z[%v2657] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2661 = llvm.load %v2660 : !llvm.ptr -> f32
        %v2662 = arith.addi %v2645, %v91 : i64
        %v2663 = arith.constant true
        %v2664 = arith.addi %v1162, %v2662 : i64
        %v2665 = llvm.getelementptr %v37[%v2664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2666 = llvm.load %v2665 : !llvm.ptr<3> -> i64
        %v2667 = arith.addi %v1680, %v2646 : i64
        %v2668 = arith.cmpi slt, %v2667, %v99 : i64
        %v2669 = arith.subi %size_L, %v2 : i64
        %v2670 = arith.minsi %v2667, %v2669 : i64
        %v2671 = arith.subi %v63, %v2670 : i64
        %v2672 = arith.addi %v2666, %v2671 : i64
        %v2673 = arith.muli %v2664, %v114 : i64
        %v2674 = arith.addi %v2673, %v2646 : i64
        %v2675 = llvm.getelementptr %in_z[%v2672] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2676 = llvm.load %v2675 : !llvm.ptr -> f32
        %v2677 = arith.addi %v2645, %v134 : i64
        %v2678 = arith.constant true
        %v2679 = arith.addi %v1162, %v2677 : i64
        %v2680 = llvm.getelementptr %v37[%v2679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2681 = llvm.load %v2680 : !llvm.ptr<3> -> i64
        %v2682 = arith.addi %v1680, %v2646 : i64
        %v2683 = arith.cmpi slt, %v2682, %v99 : i64
        %v2684 = arith.subi %size_L, %v2 : i64
        %v2685 = arith.minsi %v2682, %v2684 : i64
        %v2686 = arith.subi %v63, %v2685 : i64
        %v2687 = arith.addi %v2681, %v2686 : i64
        %v2688 = arith.muli %v2679, %v114 : i64
        %v2689 = arith.addi %v2688, %v2646 : i64
        %v2690 = llvm.getelementptr %in_z[%v2687] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2691 = llvm.load %v2690 : !llvm.ptr -> f32
        %v2692 = arith.addi %v2645, %v150 : i64
        %v2693 = arith.constant true
        %v2694 = arith.addi %v1162, %v2692 : i64
        %v2695 = llvm.getelementptr %v37[%v2694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2696 = llvm.load %v2695 : !llvm.ptr<3> -> i64
        %v2697 = arith.addi %v1680, %v2646 : i64
        %v2698 = arith.cmpi slt, %v2697, %v99 : i64
        %v2699 = arith.subi %size_L, %v2 : i64
        %v2700 = arith.minsi %v2697, %v2699 : i64
        %v2701 = arith.subi %v63, %v2700 : i64
        %v2702 = arith.addi %v2696, %v2701 : i64
        %v2703 = arith.muli %v2694, %v114 : i64
        %v2704 = arith.addi %v2703, %v2646 : i64
        %v2705 = llvm.getelementptr %in_z[%v2702] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2706 = llvm.load %v2705 : !llvm.ptr -> f32
        %v2707 = arith.addi %v2645, %v166 : i64
        %v2708 = arith.constant true
        %v2709 = arith.addi %v1162, %v2707 : i64
        %v2710 = llvm.getelementptr %v37[%v2709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2711 = llvm.load %v2710 : !llvm.ptr<3> -> i64
        %v2712 = arith.addi %v1680, %v2646 : i64
        %v2713 = arith.cmpi slt, %v2712, %v99 : i64
        %v2714 = arith.subi %size_L, %v2 : i64
        %v2715 = arith.minsi %v2712, %v2714 : i64
        %v2716 = arith.subi %v63, %v2715 : i64
        %v2717 = arith.addi %v2711, %v2716 : i64
        %v2718 = arith.muli %v2709, %v114 : i64
        %v2719 = arith.addi %v2718, %v2646 : i64
        %v2720 = llvm.getelementptr %in_z[%v2717] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2721 = llvm.load %v2720 : !llvm.ptr -> f32
        %v2722 = arith.addi %v2645, %v182 : i64
        %v2723 = arith.constant true
        %v2724 = arith.addi %v1162, %v2722 : i64
        %v2725 = llvm.getelementptr %v37[%v2724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2726 = llvm.load %v2725 : !llvm.ptr<3> -> i64
        %v2727 = arith.addi %v1680, %v2646 : i64
        %v2728 = arith.cmpi slt, %v2727, %v99 : i64
        %v2729 = arith.subi %size_L, %v2 : i64
        %v2730 = arith.minsi %v2727, %v2729 : i64
        %v2731 = arith.subi %v63, %v2730 : i64
        %v2732 = arith.addi %v2726, %v2731 : i64
        %v2733 = arith.muli %v2724, %v114 : i64
        %v2734 = arith.addi %v2733, %v2646 : i64
        %v2735 = llvm.getelementptr %in_z[%v2732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2736 = llvm.load %v2735 : !llvm.ptr -> f32
        %v2737 = arith.addi %v2645, %v198 : i64
        %v2738 = arith.constant true
        %v2739 = arith.addi %v1162, %v2737 : i64
        %v2740 = llvm.getelementptr %v37[%v2739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2741 = llvm.load %v2740 : !llvm.ptr<3> -> i64
        %v2742 = arith.addi %v1680, %v2646 : i64
        %v2743 = arith.cmpi slt, %v2742, %v99 : i64
        %v2744 = arith.subi %size_L, %v2 : i64
        %v2745 = arith.minsi %v2742, %v2744 : i64
        %v2746 = arith.subi %v63, %v2745 : i64
        %v2747 = arith.addi %v2741, %v2746 : i64
        %v2748 = arith.muli %v2739, %v114 : i64
        %v2749 = arith.addi %v2748, %v2646 : i64
        %v2750 = llvm.getelementptr %in_z[%v2747] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2751 = llvm.load %v2750 : !llvm.ptr -> f32
        %v2752 = arith.addi %v2645, %v214 : i64
        %v2753 = arith.constant true
        %v2754 = arith.addi %v1162, %v2752 : i64
        %v2755 = llvm.getelementptr %v37[%v2754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2756 = llvm.load %v2755 : !llvm.ptr<3> -> i64
        %v2757 = arith.addi %v1680, %v2646 : i64
        %v2758 = arith.cmpi slt, %v2757, %v99 : i64
        %v2759 = arith.subi %size_L, %v2 : i64
        %v2760 = arith.minsi %v2757, %v2759 : i64
        %v2761 = arith.subi %v63, %v2760 : i64
        %v2762 = arith.addi %v2756, %v2761 : i64
        %v2763 = arith.muli %v2754, %v114 : i64
        %v2764 = arith.addi %v2763, %v2646 : i64
        %v2765 = llvm.getelementptr %in_z[%v2762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2766 = llvm.load %v2765 : !llvm.ptr -> f32
        %v2767 = arith.addi %v2645, %v1 : i64
        %v2768 = arith.constant true
        %v2769 = arith.addi %v1162, %v2767 : i64
        %v2770 = llvm.getelementptr %v37[%v2769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2771 = llvm.load %v2770 : !llvm.ptr<3> -> i64
        %v2772 = arith.addi %v1680, %v2646 : i64
        %v2773 = arith.cmpi slt, %v2772, %v99 : i64
        %v2774 = arith.subi %size_L, %v2 : i64
        %v2775 = arith.minsi %v2772, %v2774 : i64
        %v2776 = arith.subi %v63, %v2775 : i64
        %v2777 = arith.addi %v2771, %v2776 : i64
        %v2778 = arith.muli %v2769, %v114 : i64
        %v2779 = arith.addi %v2778, %v2646 : i64
        %v2780 = llvm.getelementptr %in_z[%v2777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2781 = llvm.load %v2780 : !llvm.ptr -> f32
        %v2782 = arith.addi %v2645, %v245 : i64
        %v2783 = arith.constant true
        %v2784 = arith.addi %v1162, %v2782 : i64
        %v2785 = llvm.getelementptr %v37[%v2784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2786 = llvm.load %v2785 : !llvm.ptr<3> -> i64
        %v2787 = arith.addi %v1680, %v2646 : i64
        %v2788 = arith.cmpi slt, %v2787, %v99 : i64
        %v2789 = arith.subi %size_L, %v2 : i64
        %v2790 = arith.minsi %v2787, %v2789 : i64
        %v2791 = arith.subi %v63, %v2790 : i64
        %v2792 = arith.addi %v2786, %v2791 : i64
        %v2793 = arith.muli %v2784, %v114 : i64
        %v2794 = arith.addi %v2793, %v2646 : i64
        %v2795 = llvm.getelementptr %in_z[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2796 = llvm.load %v2795 : !llvm.ptr -> f32
        %v2797 = arith.addi %v2645, %v261 : i64
        %v2798 = arith.constant true
        %v2799 = arith.addi %v1162, %v2797 : i64
        %v2800 = llvm.getelementptr %v37[%v2799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2801 = llvm.load %v2800 : !llvm.ptr<3> -> i64
        %v2802 = arith.addi %v1680, %v2646 : i64
        %v2803 = arith.cmpi slt, %v2802, %v99 : i64
        %v2804 = arith.subi %size_L, %v2 : i64
        %v2805 = arith.minsi %v2802, %v2804 : i64
        %v2806 = arith.subi %v63, %v2805 : i64
        %v2807 = arith.addi %v2801, %v2806 : i64
        %v2808 = arith.muli %v2799, %v114 : i64
        %v2809 = arith.addi %v2808, %v2646 : i64
        %v2810 = llvm.getelementptr %in_z[%v2807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2811 = llvm.load %v2810 : !llvm.ptr -> f32
        %v2812 = arith.addi %v2645, %v277 : i64
        %v2813 = arith.constant true
        %v2814 = arith.addi %v1162, %v2812 : i64
        %v2815 = llvm.getelementptr %v37[%v2814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2816 = llvm.load %v2815 : !llvm.ptr<3> -> i64
        %v2817 = arith.addi %v1680, %v2646 : i64
        %v2818 = arith.cmpi slt, %v2817, %v99 : i64
        %v2819 = arith.subi %size_L, %v2 : i64
        %v2820 = arith.minsi %v2817, %v2819 : i64
        %v2821 = arith.subi %v63, %v2820 : i64
        %v2822 = arith.addi %v2816, %v2821 : i64
        %v2823 = arith.muli %v2814, %v114 : i64
        %v2824 = arith.addi %v2823, %v2646 : i64
        %v2825 = llvm.getelementptr %in_z[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
        %v2827 = arith.addi %v2645, %v293 : i64
        %v2828 = arith.constant true
        %v2829 = arith.addi %v1162, %v2827 : i64
        %v2830 = llvm.getelementptr %v37[%v2829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2831 = llvm.load %v2830 : !llvm.ptr<3> -> i64
        %v2832 = arith.addi %v1680, %v2646 : i64
        %v2833 = arith.cmpi slt, %v2832, %v99 : i64
        %v2834 = arith.subi %size_L, %v2 : i64
        %v2835 = arith.minsi %v2832, %v2834 : i64
        %v2836 = arith.subi %v63, %v2835 : i64
        %v2837 = arith.addi %v2831, %v2836 : i64
        %v2838 = arith.muli %v2829, %v114 : i64
        %v2839 = arith.addi %v2838, %v2646 : i64
        %v2840 = llvm.getelementptr %in_z[%v2837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2841 = llvm.load %v2840 : !llvm.ptr -> f32
        %v2842 = arith.addi %v2645, %v309 : i64
        %v2843 = arith.constant true
        %v2844 = arith.addi %v1162, %v2842 : i64
        %v2845 = llvm.getelementptr %v37[%v2844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2846 = llvm.load %v2845 : !llvm.ptr<3> -> i64
        %v2847 = arith.addi %v1680, %v2646 : i64
        %v2848 = arith.cmpi slt, %v2847, %v99 : i64
        %v2849 = arith.subi %size_L, %v2 : i64
        %v2850 = arith.minsi %v2847, %v2849 : i64
        %v2851 = arith.subi %v63, %v2850 : i64
        %v2852 = arith.addi %v2846, %v2851 : i64
        %v2853 = arith.muli %v2844, %v114 : i64
        %v2854 = arith.addi %v2853, %v2646 : i64
        %v2855 = llvm.getelementptr %in_z[%v2852] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2856 = llvm.load %v2855 : !llvm.ptr -> f32
        %v2857 = arith.addi %v2645, %v325 : i64
        %v2858 = arith.constant true
        %v2859 = arith.addi %v1162, %v2857 : i64
        %v2860 = llvm.getelementptr %v37[%v2859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2861 = llvm.load %v2860 : !llvm.ptr<3> -> i64
        %v2862 = arith.addi %v1680, %v2646 : i64
        %v2863 = arith.cmpi slt, %v2862, %v99 : i64
        %v2864 = arith.subi %size_L, %v2 : i64
        %v2865 = arith.minsi %v2862, %v2864 : i64
        %v2866 = arith.subi %v63, %v2865 : i64
        %v2867 = arith.addi %v2861, %v2866 : i64
        %v2868 = arith.muli %v2859, %v114 : i64
        %v2869 = arith.addi %v2868, %v2646 : i64
        %v2870 = llvm.getelementptr %in_z[%v2867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2871 = llvm.load %v2870 : !llvm.ptr -> f32
        %v2872 = arith.addi %v2645, %v341 : i64
        %v2873 = arith.constant true
        %v2874 = arith.addi %v1162, %v2872 : i64
        %v2875 = llvm.getelementptr %v37[%v2874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2876 = llvm.load %v2875 : !llvm.ptr<3> -> i64
        %v2877 = arith.addi %v1680, %v2646 : i64
        %v2878 = arith.cmpi slt, %v2877, %v99 : i64
        %v2879 = arith.subi %size_L, %v2 : i64
        %v2880 = arith.minsi %v2877, %v2879 : i64
        %v2881 = arith.subi %v63, %v2880 : i64
        %v2882 = arith.addi %v2876, %v2881 : i64
        %v2883 = arith.muli %v2874, %v114 : i64
        %v2884 = arith.addi %v2883, %v2646 : i64
        %v2885 = llvm.getelementptr %in_z[%v2882] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2886 = llvm.load %v2885 : !llvm.ptr -> f32
        %v2887 = arith.addi %v2645, %v100 : i64
        %v2888 = arith.constant true
        %v2889 = arith.addi %v1162, %v2887 : i64
        %v2890 = llvm.getelementptr %v37[%v2889] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2891 = llvm.load %v2890 : !llvm.ptr<3> -> i64
        %v2892 = arith.addi %v1680, %v2646 : i64
        %v2893 = arith.cmpi slt, %v2892, %v99 : i64
        %v2894 = arith.subi %size_L, %v2 : i64
        %v2895 = arith.minsi %v2892, %v2894 : i64
        %v2896 = arith.subi %v63, %v2895 : i64
        %v2897 = arith.addi %v2891, %v2896 : i64
        %v2898 = arith.muli %v2889, %v114 : i64
        %v2899 = arith.addi %v2898, %v2646 : i64
        %v2900 = llvm.getelementptr %in_z[%v2897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2901 = llvm.load %v2900 : !llvm.ptr -> f32
        %v2902 = arith.addi %v2645, %v372 : i64
        %v2903 = arith.constant true
        %v2904 = arith.addi %v1162, %v2902 : i64
        %v2905 = llvm.getelementptr %v37[%v2904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2906 = llvm.load %v2905 : !llvm.ptr<3> -> i64
        %v2907 = arith.addi %v1680, %v2646 : i64
        %v2908 = arith.cmpi slt, %v2907, %v99 : i64
        %v2909 = arith.subi %size_L, %v2 : i64
        %v2910 = arith.minsi %v2907, %v2909 : i64
        %v2911 = arith.subi %v63, %v2910 : i64
        %v2912 = arith.addi %v2906, %v2911 : i64
        %v2913 = arith.muli %v2904, %v114 : i64
        %v2914 = arith.addi %v2913, %v2646 : i64
        %v2915 = llvm.getelementptr %in_z[%v2912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2916 = llvm.load %v2915 : !llvm.ptr -> f32
        %v2917 = arith.addi %v2645, %v388 : i64
        %v2918 = arith.constant true
        %v2919 = arith.addi %v1162, %v2917 : i64
        %v2920 = llvm.getelementptr %v37[%v2919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2921 = llvm.load %v2920 : !llvm.ptr<3> -> i64
        %v2922 = arith.addi %v1680, %v2646 : i64
        %v2923 = arith.cmpi slt, %v2922, %v99 : i64
        %v2924 = arith.subi %size_L, %v2 : i64
        %v2925 = arith.minsi %v2922, %v2924 : i64
        %v2926 = arith.subi %v63, %v2925 : i64
        %v2927 = arith.addi %v2921, %v2926 : i64
        %v2928 = arith.muli %v2919, %v114 : i64
        %v2929 = arith.addi %v2928, %v2646 : i64
        %v2930 = llvm.getelementptr %in_z[%v2927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2931 = llvm.load %v2930 : !llvm.ptr -> f32
        %v2932 = arith.addi %v2645, %v404 : i64
        %v2933 = arith.constant true
        %v2934 = arith.addi %v1162, %v2932 : i64
        %v2935 = llvm.getelementptr %v37[%v2934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2936 = llvm.load %v2935 : !llvm.ptr<3> -> i64
        %v2937 = arith.addi %v1680, %v2646 : i64
        %v2938 = arith.cmpi slt, %v2937, %v99 : i64
        %v2939 = arith.subi %size_L, %v2 : i64
        %v2940 = arith.minsi %v2937, %v2939 : i64
        %v2941 = arith.subi %v63, %v2940 : i64
        %v2942 = arith.addi %v2936, %v2941 : i64
        %v2943 = arith.muli %v2934, %v114 : i64
        %v2944 = arith.addi %v2943, %v2646 : i64
        %v2945 = llvm.getelementptr %in_z[%v2942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2946 = llvm.load %v2945 : !llvm.ptr -> f32
        %v2947 = arith.addi %v2645, %v420 : i64
        %v2948 = arith.constant true
        %v2949 = arith.addi %v1162, %v2947 : i64
        %v2950 = llvm.getelementptr %v37[%v2949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2951 = llvm.load %v2950 : !llvm.ptr<3> -> i64
        %v2952 = arith.addi %v1680, %v2646 : i64
        %v2953 = arith.cmpi slt, %v2952, %v99 : i64
        %v2954 = arith.subi %size_L, %v2 : i64
        %v2955 = arith.minsi %v2952, %v2954 : i64
        %v2956 = arith.subi %v63, %v2955 : i64
        %v2957 = arith.addi %v2951, %v2956 : i64
        %v2958 = arith.muli %v2949, %v114 : i64
        %v2959 = arith.addi %v2958, %v2646 : i64
        %v2960 = llvm.getelementptr %in_z[%v2957] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2961 = llvm.load %v2960 : !llvm.ptr -> f32
        %v2962 = arith.addi %v2645, %v436 : i64
        %v2963 = arith.constant true
        %v2964 = arith.addi %v1162, %v2962 : i64
        %v2965 = llvm.getelementptr %v37[%v2964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2966 = llvm.load %v2965 : !llvm.ptr<3> -> i64
        %v2967 = arith.addi %v1680, %v2646 : i64
        %v2968 = arith.cmpi slt, %v2967, %v99 : i64
        %v2969 = arith.subi %size_L, %v2 : i64
        %v2970 = arith.minsi %v2967, %v2969 : i64
        %v2971 = arith.subi %v63, %v2970 : i64
        %v2972 = arith.addi %v2966, %v2971 : i64
        %v2973 = arith.muli %v2964, %v114 : i64
        %v2974 = arith.addi %v2973, %v2646 : i64
        %v2975 = llvm.getelementptr %in_z[%v2972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2976 = llvm.load %v2975 : !llvm.ptr -> f32
        %v2977 = arith.addi %v2645, %v452 : i64
        %v2978 = arith.constant true
        %v2979 = arith.addi %v1162, %v2977 : i64
        %v2980 = llvm.getelementptr %v37[%v2979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2981 = llvm.load %v2980 : !llvm.ptr<3> -> i64
        %v2982 = arith.addi %v1680, %v2646 : i64
        %v2983 = arith.cmpi slt, %v2982, %v99 : i64
        %v2984 = arith.subi %size_L, %v2 : i64
        %v2985 = arith.minsi %v2982, %v2984 : i64
        %v2986 = arith.subi %v63, %v2985 : i64
        %v2987 = arith.addi %v2981, %v2986 : i64
        %v2988 = arith.muli %v2979, %v114 : i64
        %v2989 = arith.addi %v2988, %v2646 : i64
        %v2990 = llvm.getelementptr %in_z[%v2987] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2991 = llvm.load %v2990 : !llvm.ptr -> f32
        %v2992 = arith.addi %v2645, %v468 : i64
        %v2993 = arith.constant true
        %v2994 = arith.addi %v1162, %v2992 : i64
        %v2995 = llvm.getelementptr %v37[%v2994] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2996 = llvm.load %v2995 : !llvm.ptr<3> -> i64
        %v2997 = arith.addi %v1680, %v2646 : i64
        %v2998 = arith.cmpi slt, %v2997, %v99 : i64
        %v2999 = arith.subi %size_L, %v2 : i64
        %v3000 = arith.minsi %v2997, %v2999 : i64
        %v3001 = arith.subi %v63, %v3000 : i64
        %v3002 = arith.addi %v2996, %v3001 : i64
        %v3003 = arith.muli %v2994, %v114 : i64
        %v3004 = arith.addi %v3003, %v2646 : i64
        %v3005 = llvm.getelementptr %in_z[%v3002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3006 = llvm.load %v3005 : !llvm.ptr -> f32
        %v3007 = arith.addi %v2645, %v484 : i64
        %v3008 = arith.constant true
        %v3009 = arith.addi %v1162, %v3007 : i64
        %v3010 = llvm.getelementptr %v37[%v3009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3011 = llvm.load %v3010 : !llvm.ptr<3> -> i64
        %v3012 = arith.addi %v1680, %v2646 : i64
        %v3013 = arith.cmpi slt, %v3012, %v99 : i64
        %v3014 = arith.subi %size_L, %v2 : i64
        %v3015 = arith.minsi %v3012, %v3014 : i64
        %v3016 = arith.subi %v63, %v3015 : i64
        %v3017 = arith.addi %v3011, %v3016 : i64
        %v3018 = arith.muli %v3009, %v114 : i64
        %v3019 = arith.addi %v3018, %v2646 : i64
        %v3020 = llvm.getelementptr %in_z[%v3017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3021 = llvm.load %v3020 : !llvm.ptr -> f32
        %v3022 = arith.addi %v2645, %v500 : i64
        %v3023 = arith.constant true
        %v3024 = arith.addi %v1162, %v3022 : i64
        %v3025 = llvm.getelementptr %v37[%v3024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3026 = llvm.load %v3025 : !llvm.ptr<3> -> i64
        %v3027 = arith.addi %v1680, %v2646 : i64
        %v3028 = arith.cmpi slt, %v3027, %v99 : i64
        %v3029 = arith.subi %size_L, %v2 : i64
        %v3030 = arith.minsi %v3027, %v3029 : i64
        %v3031 = arith.subi %v63, %v3030 : i64
        %v3032 = arith.addi %v3026, %v3031 : i64
        %v3033 = arith.muli %v3024, %v114 : i64
        %v3034 = arith.addi %v3033, %v2646 : i64
        %v3035 = llvm.getelementptr %in_z[%v3032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3036 = llvm.load %v3035 : !llvm.ptr -> f32
        %v3037 = arith.addi %v2645, %v516 : i64
        %v3038 = arith.constant true
        %v3039 = arith.addi %v1162, %v3037 : i64
        %v3040 = llvm.getelementptr %v37[%v3039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3041 = llvm.load %v3040 : !llvm.ptr<3> -> i64
        %v3042 = arith.addi %v1680, %v2646 : i64
        %v3043 = arith.cmpi slt, %v3042, %v99 : i64
        %v3044 = arith.subi %size_L, %v2 : i64
        %v3045 = arith.minsi %v3042, %v3044 : i64
        %v3046 = arith.subi %v63, %v3045 : i64
        %v3047 = arith.addi %v3041, %v3046 : i64
        %v3048 = arith.muli %v3039, %v114 : i64
        %v3049 = arith.addi %v3048, %v2646 : i64
        %v3050 = llvm.getelementptr %in_z[%v3047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3051 = llvm.load %v3050 : !llvm.ptr -> f32
        %v3052 = arith.addi %v2645, %v532 : i64
        %v3053 = arith.constant true
        %v3054 = arith.addi %v1162, %v3052 : i64
        %v3055 = llvm.getelementptr %v37[%v3054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3056 = llvm.load %v3055 : !llvm.ptr<3> -> i64
        %v3057 = arith.addi %v1680, %v2646 : i64
        %v3058 = arith.cmpi slt, %v3057, %v99 : i64
        %v3059 = arith.subi %size_L, %v2 : i64
        %v3060 = arith.minsi %v3057, %v3059 : i64
        %v3061 = arith.subi %v63, %v3060 : i64
        %v3062 = arith.addi %v3056, %v3061 : i64
        %v3063 = arith.muli %v3054, %v114 : i64
        %v3064 = arith.addi %v3063, %v2646 : i64
        %v3065 = llvm.getelementptr %in_z[%v3062] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3066 = llvm.load %v3065 : !llvm.ptr -> f32
        %v3067 = arith.addi %v2645, %v548 : i64
        %v3068 = arith.constant true
        %v3069 = arith.addi %v1162, %v3067 : i64
        %v3070 = llvm.getelementptr %v37[%v3069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3071 = llvm.load %v3070 : !llvm.ptr<3> -> i64
        %v3072 = arith.addi %v1680, %v2646 : i64
        %v3073 = arith.cmpi slt, %v3072, %v99 : i64
        %v3074 = arith.subi %size_L, %v2 : i64
        %v3075 = arith.minsi %v3072, %v3074 : i64
        %v3076 = arith.subi %v63, %v3075 : i64
        %v3077 = arith.addi %v3071, %v3076 : i64
        %v3078 = arith.muli %v3069, %v114 : i64
        %v3079 = arith.addi %v3078, %v2646 : i64
        %v3080 = llvm.getelementptr %in_z[%v3077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3081 = llvm.load %v3080 : !llvm.ptr -> f32
        %v3082 = arith.addi %v2645, %v564 : i64
        %v3083 = arith.constant true
        %v3084 = arith.addi %v1162, %v3082 : i64
        %v3085 = llvm.getelementptr %v37[%v3084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3086 = llvm.load %v3085 : !llvm.ptr<3> -> i64
        %v3087 = arith.addi %v1680, %v2646 : i64
        %v3088 = arith.cmpi slt, %v3087, %v99 : i64
        %v3089 = arith.subi %size_L, %v2 : i64
        %v3090 = arith.minsi %v3087, %v3089 : i64
        %v3091 = arith.subi %v63, %v3090 : i64
        %v3092 = arith.addi %v3086, %v3091 : i64
        %v3093 = arith.muli %v3084, %v114 : i64
        %v3094 = arith.addi %v3093, %v2646 : i64
        %v3095 = llvm.getelementptr %in_z[%v3092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3096 = llvm.load %v3095 : !llvm.ptr -> f32
        %v3097 = arith.addi %v2645, %v580 : i64
        %v3098 = arith.constant true
        %v3099 = arith.addi %v1162, %v3097 : i64
        %v3100 = llvm.getelementptr %v37[%v3099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3101 = llvm.load %v3100 : !llvm.ptr<3> -> i64
        %v3102 = arith.addi %v1680, %v2646 : i64
        %v3103 = arith.cmpi slt, %v3102, %v99 : i64
        %v3104 = arith.subi %size_L, %v2 : i64
        %v3105 = arith.minsi %v3102, %v3104 : i64
        %v3106 = arith.subi %v63, %v3105 : i64
        %v3107 = arith.addi %v3101, %v3106 : i64
        %v3108 = arith.muli %v3099, %v114 : i64
        %v3109 = arith.addi %v3108, %v2646 : i64
        %v3110 = llvm.getelementptr %in_z[%v3107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3111 = llvm.load %v3110 : !llvm.ptr -> f32
        %v3112 = arith.addi %v2645, %v596 : i64
        %v3113 = arith.constant true
        %v3114 = arith.addi %v1162, %v3112 : i64
        %v3115 = llvm.getelementptr %v37[%v3114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3116 = llvm.load %v3115 : !llvm.ptr<3> -> i64
        %v3117 = arith.addi %v1680, %v2646 : i64
        %v3118 = arith.cmpi slt, %v3117, %v99 : i64
        %v3119 = arith.subi %size_L, %v2 : i64
        %v3120 = arith.minsi %v3117, %v3119 : i64
        %v3121 = arith.subi %v63, %v3120 : i64
        %v3122 = arith.addi %v3116, %v3121 : i64
        %v3123 = arith.muli %v3114, %v114 : i64
        %v3124 = arith.addi %v3123, %v2646 : i64
        %v3125 = llvm.getelementptr %in_z[%v3122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3126 = llvm.load %v3125 : !llvm.ptr -> f32
        %v3127 = arith.divui %v1679, %v91 : i64
        %v3128 = arith.index_cast %v62 : i64 to index
        %v3129 = arith.index_cast %v3127 : i64 to index
        %v3130 = arith.index_cast %v2 : i64 to index
        scf.for %v3131 = %v3128 to %v3129 step %v3130 {
          %v3132 = arith.index_cast %v3131 : index to i64
          %v3133 = arith.muli %v3132, %v91 : i64
          %v3134 = arith.addi %v3133, %v62 : i64
          %v3135 = arith.addi %v3133, %v2 : i64
          %v3136 = arith.addi %v1677, %v3134 : i64
          %v3139 = arith.muli %v60, %v3138 : i64
          %v3140 = arith.subi %v63, %v3136 : i64
          %v3141 = arith.muli %v3140, %v2 : i64
          %v3142 = arith.addi %v3139, %v3141 : i64
          %v3143 = llvm.getelementptr %in_Bm[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3144 = llvm.load %v3143 : !llvm.ptr -> f32
          %v3145 = arith.muli %v60, %v3138 : i64
          %v3146 = arith.constant 1 : i64
          %v3147 = arith.muli %v3146, %v3137 : i64
          %v3148 = arith.addi %v3145, %v3147 : i64
          %v3149 = arith.subi %v63, %v3136 : i64
          %v3150 = arith.muli %v3149, %v2 : i64
          %v3151 = arith.addi %v3148, %v3150 : i64
          %v3152 = llvm.getelementptr %in_Bm[%v3151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3153 = llvm.load %v3152 : !llvm.ptr -> f32
          %v3154 = arith.muli %v60, %v3138 : i64
          %v3155 = arith.constant 2 : i64
          %v3156 = arith.muli %v3155, %v3137 : i64
          %v3157 = arith.addi %v3154, %v3156 : i64
          %v3158 = arith.subi %v63, %v3136 : i64
          %v3159 = arith.muli %v3158, %v2 : i64
          %v3160 = arith.addi %v3157, %v3159 : i64
          %v3161 = llvm.getelementptr %in_Bm[%v3160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3162 = llvm.load %v3161 : !llvm.ptr -> f32
          %v3163 = arith.muli %v60, %v3138 : i64
          %v3164 = arith.constant 3 : i64
          %v3165 = arith.muli %v3164, %v3137 : i64
          %v3166 = arith.addi %v3163, %v3165 : i64
          %v3167 = arith.subi %v63, %v3136 : i64
          %v3168 = arith.muli %v3167, %v2 : i64
          %v3169 = arith.addi %v3166, %v3168 : i64
          %v3170 = llvm.getelementptr %in_Bm[%v3169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3171 = llvm.load %v3170 : !llvm.ptr -> f32
          %v3172 = arith.muli %v60, %v3138 : i64
          %v3173 = arith.constant 4 : i64
          %v3174 = arith.muli %v3173, %v3137 : i64
          %v3175 = arith.addi %v3172, %v3174 : i64
          %v3176 = arith.subi %v63, %v3136 : i64
          %v3177 = arith.muli %v3176, %v2 : i64
          %v3178 = arith.addi %v3175, %v3177 : i64
          %v3179 = llvm.getelementptr %in_Bm[%v3178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3180 = llvm.load %v3179 : !llvm.ptr -> f32
          %v3181 = arith.muli %v60, %v3138 : i64
          %v3182 = arith.constant 5 : i64
          %v3183 = arith.muli %v3182, %v3137 : i64
          %v3184 = arith.addi %v3181, %v3183 : i64
          %v3185 = arith.subi %v63, %v3136 : i64
          %v3186 = arith.muli %v3185, %v2 : i64
          %v3187 = arith.addi %v3184, %v3186 : i64
          %v3188 = llvm.getelementptr %in_Bm[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3189 = llvm.load %v3188 : !llvm.ptr -> f32
          %v3190 = arith.muli %v60, %v3138 : i64
          %v3191 = arith.constant 6 : i64
          %v3192 = arith.muli %v3191, %v3137 : i64
          %v3193 = arith.addi %v3190, %v3192 : i64
          %v3194 = arith.subi %v63, %v3136 : i64
          %v3195 = arith.muli %v3194, %v2 : i64
          %v3196 = arith.addi %v3193, %v3195 : i64
          %v3197 = llvm.getelementptr %in_Bm[%v3196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3198 = llvm.load %v3197 : !llvm.ptr -> f32
          %v3199 = arith.muli %v60, %v3138 : i64
          %v3200 = arith.constant 7 : i64
          %v3201 = arith.muli %v3200, %v3137 : i64
          %v3202 = arith.addi %v3199, %v3201 : i64
          %v3203 = arith.subi %v63, %v3136 : i64
          %v3204 = arith.muli %v3203, %v2 : i64
          %v3205 = arith.addi %v3202, %v3204 : i64
          %v3206 = llvm.getelementptr %in_Bm[%v3205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3207 = llvm.load %v3206 : !llvm.ptr -> f32
          %v3208 = arith.muli %v60, %v3138 : i64
          %v3209 = arith.constant 8 : i64
          %v3210 = arith.muli %v3209, %v3137 : i64
          %v3211 = arith.addi %v3208, %v3210 : i64
          %v3212 = arith.subi %v63, %v3136 : i64
          %v3213 = arith.muli %v3212, %v2 : i64
          %v3214 = arith.addi %v3211, %v3213 : i64
          %v3215 = llvm.getelementptr %in_Bm[%v3214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3216 = llvm.load %v3215 : !llvm.ptr -> f32
          %v3217 = arith.muli %v60, %v3138 : i64
          %v3218 = arith.constant 9 : i64
          %v3219 = arith.muli %v3218, %v3137 : i64
          %v3220 = arith.addi %v3217, %v3219 : i64
          %v3221 = arith.subi %v63, %v3136 : i64
          %v3222 = arith.muli %v3221, %v2 : i64
          %v3223 = arith.addi %v3220, %v3222 : i64
          %v3224 = llvm.getelementptr %in_Bm[%v3223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3225 = llvm.load %v3224 : !llvm.ptr -> f32
          %v3226 = arith.muli %v60, %v3138 : i64
          %v3227 = arith.constant 10 : i64
          %v3228 = arith.muli %v3227, %v3137 : i64
          %v3229 = arith.addi %v3226, %v3228 : i64
          %v3230 = arith.subi %v63, %v3136 : i64
          %v3231 = arith.muli %v3230, %v2 : i64
          %v3232 = arith.addi %v3229, %v3231 : i64
          %v3233 = llvm.getelementptr %in_Bm[%v3232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3234 = llvm.load %v3233 : !llvm.ptr -> f32
          %v3235 = arith.muli %v60, %v3138 : i64
          %v3236 = arith.constant 11 : i64
          %v3237 = arith.muli %v3236, %v3137 : i64
          %v3238 = arith.addi %v3235, %v3237 : i64
          %v3239 = arith.subi %v63, %v3136 : i64
          %v3240 = arith.muli %v3239, %v2 : i64
          %v3241 = arith.addi %v3238, %v3240 : i64
          %v3242 = llvm.getelementptr %in_Bm[%v3241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3243 = llvm.load %v3242 : !llvm.ptr -> f32
          %v3244 = arith.muli %v60, %v3138 : i64
          %v3245 = arith.constant 12 : i64
          %v3246 = arith.muli %v3245, %v3137 : i64
          %v3247 = arith.addi %v3244, %v3246 : i64
          %v3248 = arith.subi %v63, %v3136 : i64
          %v3249 = arith.muli %v3248, %v2 : i64
          %v3250 = arith.addi %v3247, %v3249 : i64
          %v3251 = llvm.getelementptr %in_Bm[%v3250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3252 = llvm.load %v3251 : !llvm.ptr -> f32
          %v3253 = arith.muli %v60, %v3138 : i64
          %v3254 = arith.constant 13 : i64
          %v3255 = arith.muli %v3254, %v3137 : i64
          %v3256 = arith.addi %v3253, %v3255 : i64
          %v3257 = arith.subi %v63, %v3136 : i64
          %v3258 = arith.muli %v3257, %v2 : i64
          %v3259 = arith.addi %v3256, %v3258 : i64
          %v3260 = llvm.getelementptr %in_Bm[%v3259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3261 = llvm.load %v3260 : !llvm.ptr -> f32
          %v3262 = arith.muli %v60, %v3138 : i64
          %v3263 = arith.constant 14 : i64
          %v3264 = arith.muli %v3263, %v3137 : i64
          %v3265 = arith.addi %v3262, %v3264 : i64
          %v3266 = arith.subi %v63, %v3136 : i64
          %v3267 = arith.muli %v3266, %v2 : i64
          %v3268 = arith.addi %v3265, %v3267 : i64
          %v3269 = llvm.getelementptr %in_Bm[%v3268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3270 = llvm.load %v3269 : !llvm.ptr -> f32
          %v3271 = arith.muli %v60, %v3138 : i64
          %v3272 = arith.constant 15 : i64
          %v3273 = arith.muli %v3272, %v3137 : i64
          %v3274 = arith.addi %v3271, %v3273 : i64
          %v3275 = arith.subi %v63, %v3136 : i64
          %v3276 = arith.muli %v3275, %v2 : i64
          %v3277 = arith.addi %v3274, %v3276 : i64
          %v3278 = llvm.getelementptr %in_Bm[%v3277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3279 = llvm.load %v3278 : !llvm.ptr -> f32
          %v3280 = arith.addi %v1677, %v3135 : i64
          %v3281 = arith.muli %v60, %v3138 : i64
          %v3282 = arith.subi %v63, %v3280 : i64
          %v3283 = arith.muli %v3282, %v2 : i64
          %v3284 = arith.addi %v3281, %v3283 : i64
          %v3285 = llvm.getelementptr %in_Bm[%v3284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3286 = llvm.load %v3285 : !llvm.ptr -> f32
          %v3287 = arith.muli %v60, %v3138 : i64
          %v3288 = arith.constant 1 : i64
          %v3289 = arith.muli %v3288, %v3137 : i64
          %v3290 = arith.addi %v3287, %v3289 : i64
          %v3291 = arith.subi %v63, %v3280 : i64
          %v3292 = arith.muli %v3291, %v2 : i64
          %v3293 = arith.addi %v3290, %v3292 : i64
          %v3294 = llvm.getelementptr %in_Bm[%v3293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3295 = llvm.load %v3294 : !llvm.ptr -> f32
          %v3296 = arith.muli %v60, %v3138 : i64
          %v3297 = arith.constant 2 : i64
          %v3298 = arith.muli %v3297, %v3137 : i64
          %v3299 = arith.addi %v3296, %v3298 : i64
          %v3300 = arith.subi %v63, %v3280 : i64
          %v3301 = arith.muli %v3300, %v2 : i64
          %v3302 = arith.addi %v3299, %v3301 : i64
          %v3303 = llvm.getelementptr %in_Bm[%v3302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3304 = llvm.load %v3303 : !llvm.ptr -> f32
          %v3305 = arith.muli %v60, %v3138 : i64
          %v3306 = arith.constant 3 : i64
          %v3307 = arith.muli %v3306, %v3137 : i64
          %v3308 = arith.addi %v3305, %v3307 : i64
          %v3309 = arith.subi %v63, %v3280 : i64
          %v3310 = arith.muli %v3309, %v2 : i64
          %v3311 = arith.addi %v3308, %v3310 : i64
          %v3312 = llvm.getelementptr %in_Bm[%v3311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3313 = llvm.load %v3312 : !llvm.ptr -> f32
          %v3314 = arith.muli %v60, %v3138 : i64
          %v3315 = arith.constant 4 : i64
          %v3316 = arith.muli %v3315, %v3137 : i64
          %v3317 = arith.addi %v3314, %v3316 : i64
          %v3318 = arith.subi %v63, %v3280 : i64
          %v3319 = arith.muli %v3318, %v2 : i64
          %v3320 = arith.addi %v3317, %v3319 : i64
          %v3321 = llvm.getelementptr %in_Bm[%v3320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3322 = llvm.load %v3321 : !llvm.ptr -> f32
          %v3323 = arith.muli %v60, %v3138 : i64
          %v3324 = arith.constant 5 : i64
          %v3325 = arith.muli %v3324, %v3137 : i64
          %v3326 = arith.addi %v3323, %v3325 : i64
          %v3327 = arith.subi %v63, %v3280 : i64
          %v3328 = arith.muli %v3327, %v2 : i64
          %v3329 = arith.addi %v3326, %v3328 : i64
          %v3330 = llvm.getelementptr %in_Bm[%v3329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3331 = llvm.load %v3330 : !llvm.ptr -> f32
          %v3332 = arith.muli %v60, %v3138 : i64
          %v3333 = arith.constant 6 : i64
          %v3334 = arith.muli %v3333, %v3137 : i64
          %v3335 = arith.addi %v3332, %v3334 : i64
          %v3336 = arith.subi %v63, %v3280 : i64
          %v3337 = arith.muli %v3336, %v2 : i64
          %v3338 = arith.addi %v3335, %v3337 : i64
          %v3339 = llvm.getelementptr %in_Bm[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
          %v3341 = arith.muli %v60, %v3138 : i64
          %v3342 = arith.constant 7 : i64
          %v3343 = arith.muli %v3342, %v3137 : i64
          %v3344 = arith.addi %v3341, %v3343 : i64
          %v3345 = arith.subi %v63, %v3280 : i64
          %v3346 = arith.muli %v3345, %v2 : i64
          %v3347 = arith.addi %v3344, %v3346 : i64
          %v3348 = llvm.getelementptr %in_Bm[%v3347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3349 = llvm.load %v3348 : !llvm.ptr -> f32
          %v3350 = arith.muli %v60, %v3138 : i64
          %v3351 = arith.constant 8 : i64
          %v3352 = arith.muli %v3351, %v3137 : i64
          %v3353 = arith.addi %v3350, %v3352 : i64
          %v3354 = arith.subi %v63, %v3280 : i64
          %v3355 = arith.muli %v3354, %v2 : i64
          %v3356 = arith.addi %v3353, %v3355 : i64
          %v3357 = llvm.getelementptr %in_Bm[%v3356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3358 = llvm.load %v3357 : !llvm.ptr -> f32
          %v3359 = arith.muli %v60, %v3138 : i64
          %v3360 = arith.constant 9 : i64
          %v3361 = arith.muli %v3360, %v3137 : i64
          %v3362 = arith.addi %v3359, %v3361 : i64
          %v3363 = arith.subi %v63, %v3280 : i64
          %v3364 = arith.muli %v3363, %v2 : i64
          %v3365 = arith.addi %v3362, %v3364 : i64
          %v3366 = llvm.getelementptr %in_Bm[%v3365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3367 = llvm.load %v3366 : !llvm.ptr -> f32
          %v3368 = arith.muli %v60, %v3138 : i64
          %v3369 = arith.constant 10 : i64
          %v3370 = arith.muli %v3369, %v3137 : i64
          %v3371 = arith.addi %v3368, %v3370 : i64
          %v3372 = arith.subi %v63, %v3280 : i64
          %v3373 = arith.muli %v3372, %v2 : i64
          %v3374 = arith.addi %v3371, %v3373 : i64
          %v3375 = llvm.getelementptr %in_Bm[%v3374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3376 = llvm.load %v3375 : !llvm.ptr -> f32
          %v3377 = arith.muli %v60, %v3138 : i64
          %v3378 = arith.constant 11 : i64
          %v3379 = arith.muli %v3378, %v3137 : i64
          %v3380 = arith.addi %v3377, %v3379 : i64
          %v3381 = arith.subi %v63, %v3280 : i64
          %v3382 = arith.muli %v3381, %v2 : i64
          %v3383 = arith.addi %v3380, %v3382 : i64
          %v3384 = llvm.getelementptr %in_Bm[%v3383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3385 = llvm.load %v3384 : !llvm.ptr -> f32
          %v3386 = arith.muli %v60, %v3138 : i64
          %v3387 = arith.constant 12 : i64
          %v3388 = arith.muli %v3387, %v3137 : i64
          %v3389 = arith.addi %v3386, %v3388 : i64
          %v3390 = arith.subi %v63, %v3280 : i64
          %v3391 = arith.muli %v3390, %v2 : i64
          %v3392 = arith.addi %v3389, %v3391 : i64
          %v3393 = llvm.getelementptr %in_Bm[%v3392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3394 = llvm.load %v3393 : !llvm.ptr -> f32
          %v3395 = arith.muli %v60, %v3138 : i64
          %v3396 = arith.constant 13 : i64
          %v3397 = arith.muli %v3396, %v3137 : i64
          %v3398 = arith.addi %v3395, %v3397 : i64
          %v3399 = arith.subi %v63, %v3280 : i64
          %v3400 = arith.muli %v3399, %v2 : i64
          %v3401 = arith.addi %v3398, %v3400 : i64
          %v3402 = llvm.getelementptr %in_Bm[%v3401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3403 = llvm.load %v3402 : !llvm.ptr -> f32
          %v3404 = arith.muli %v60, %v3138 : i64
          %v3405 = arith.constant 14 : i64
          %v3406 = arith.muli %v3405, %v3137 : i64
          %v3407 = arith.addi %v3404, %v3406 : i64
          %v3408 = arith.subi %v63, %v3280 : i64
          %v3409 = arith.muli %v3408, %v2 : i64
          %v3410 = arith.addi %v3407, %v3409 : i64
          %v3411 = llvm.getelementptr %in_Bm[%v3410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3412 = llvm.load %v3411 : !llvm.ptr -> f32
          %v3413 = arith.muli %v60, %v3138 : i64
          %v3414 = arith.constant 15 : i64
          %v3415 = arith.muli %v3414, %v3137 : i64
          %v3416 = arith.addi %v3413, %v3415 : i64
          %v3417 = arith.subi %v63, %v3280 : i64
          %v3418 = arith.muli %v3417, %v2 : i64
          %v3419 = arith.addi %v3416, %v3418 : i64
          %v3420 = llvm.getelementptr %in_Bm[%v3419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3421 = llvm.load %v3420 : !llvm.ptr -> f32
          %v3422 = arith.addi %v1677, %v3134 : i64
          %v3429 = arith.muli %v2, %v47 : i64
          %v3430 = arith.addi %v3429, %v45 : i64
          %v3431 = arith.muli %v3430, %v114 : i64
          %v3432 = arith.addi %v3431, %v3134 : i64
          %v3433 = llvm.getelementptr %v38[%v3432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3434 = llvm.load %v3433 : !llvm.ptr<3> -> f32
          %v3438 = arith.addf %v3434, %v3437 fastmath<contract> : f32
          %v3439 = arith.maximumf %v3438, %v95 : f32
          %v3440 = llvm.call_intrinsic "llvm.fabs.f32"(%v3438) : (f32) -> f32
          %v3441 = arith.negf %v3440 : f32
          %v3442 = arith.mulf %v3441, %v3427 fastmath<contract> : f32
          %v3443 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3442) : (f32) -> f32
          %v3444 = arith.addf %v96, %v3443 fastmath<contract> : f32
          %v3445 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3444) : (f32) -> f32
          %v3447 = arith.mulf %v3445, %v3446 fastmath<contract> : f32
          %v3449 = arith.mulf %v3448, %v3443 fastmath<contract> : f32
          %v3451 = arith.addf %v3449, %v3450 fastmath<contract> : f32
          %v3452 = arith.mulf %v3451, %v3443 fastmath<contract> : f32
          %v3454 = arith.addf %v3452, %v3453 fastmath<contract> : f32
          %v3455 = arith.mulf %v3454, %v3443 fastmath<contract> : f32
          %v3457 = arith.addf %v3455, %v3456 fastmath<contract> : f32
          %v3458 = arith.mulf %v3457, %v3443 fastmath<contract> : f32
          %v3460 = arith.addf %v3458, %v3459 fastmath<contract> : f32
          %v3461 = arith.mulf %v3460, %v3443 fastmath<contract> : f32
          %v3463 = arith.addf %v3461, %v3462 fastmath<contract> : f32
          %v3464 = arith.mulf %v3463, %v3443 fastmath<contract> : f32
          %v3465 = arith.addf %v3464, %v96 fastmath<contract> : f32
          %v3466 = arith.mulf %v3465, %v3443 fastmath<contract> : f32
          %v3467 = llvm.call_intrinsic "llvm.fabs.f32"(%v3443) : (f32) -> f32
          %v3469 = arith.cmpf olt, %v3467, %v3468 : f32
          %v3470 = arith.select %v3469, %v3466, %v3447 : f32
          %v3471 = arith.addf %v3439, %v3470 fastmath<contract> : f32
          %v3472 = arith.mulf %v3471, %v3428 fastmath<contract> : f32
          %v3473 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3472) : (f32) -> f32
          %v3474 = arith.muli %v62, %v47 : i64
          %v3475 = arith.addi %v3474, %v45 : i64
          %v3476 = arith.muli %v3475, %v114 : i64
          %v3477 = arith.addi %v3476, %v3134 : i64
          %v3478 = llvm.getelementptr %v38[%v3477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3479 = llvm.load %v3478 : !llvm.ptr<3> -> f32
          %v3480 = arith.mulf %v3471, %v3479 fastmath<contract> : f32
          %v3481 = arith.mulf %v3144, %v3480 fastmath<contract> : f32
          %v3482 = llvm.load %v5 : !llvm.ptr -> f32
          %v3483 = arith.mulf %v3473, %v3482 fastmath<contract> : f32
          %v3484 = arith.addf %v3483, %v3481 fastmath<contract> : f32
          %v3485 = llvm.load %v21 : !llvm.ptr -> f32
          %v3486 = arith.mulf %v3473, %v3485 fastmath<contract> : f32
          %v3494 = arith.mulf %v3471, %v3493 fastmath<contract> : f32
          %v3495 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3494) : (f32) -> f32
          %v3496 = arith.mulf %v3153, %v3480 fastmath<contract> : f32
          %v3497 = llvm.load %v6 : !llvm.ptr -> f32
          %v3498 = arith.mulf %v3495, %v3497 fastmath<contract> : f32
          %v3499 = arith.addf %v3498, %v3496 fastmath<contract> : f32
          %v3500 = llvm.load %v22 : !llvm.ptr -> f32
          %v3501 = arith.mulf %v3495, %v3500 fastmath<contract> : f32
          %v3509 = arith.mulf %v3471, %v3508 fastmath<contract> : f32
          %v3510 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3509) : (f32) -> f32
          %v3511 = arith.mulf %v3162, %v3480 fastmath<contract> : f32
          %v3512 = llvm.load %v7 : !llvm.ptr -> f32
          %v3513 = arith.mulf %v3510, %v3512 fastmath<contract> : f32
          %v3514 = arith.addf %v3513, %v3511 fastmath<contract> : f32
          %v3515 = llvm.load %v23 : !llvm.ptr -> f32
          %v3516 = arith.mulf %v3510, %v3515 fastmath<contract> : f32
          %v3524 = arith.mulf %v3471, %v3523 fastmath<contract> : f32
          %v3525 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3524) : (f32) -> f32
          %v3526 = arith.mulf %v3171, %v3480 fastmath<contract> : f32
          %v3527 = llvm.load %v8 : !llvm.ptr -> f32
          %v3528 = arith.mulf %v3525, %v3527 fastmath<contract> : f32
          %v3529 = arith.addf %v3528, %v3526 fastmath<contract> : f32
          %v3530 = llvm.load %v24 : !llvm.ptr -> f32
          %v3531 = arith.mulf %v3525, %v3530 fastmath<contract> : f32
          %v3539 = arith.mulf %v3471, %v3538 fastmath<contract> : f32
          %v3540 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3539) : (f32) -> f32
          %v3541 = arith.mulf %v3180, %v3480 fastmath<contract> : f32
          %v3542 = llvm.load %v9 : !llvm.ptr -> f32
          %v3543 = arith.mulf %v3540, %v3542 fastmath<contract> : f32
          %v3544 = arith.addf %v3543, %v3541 fastmath<contract> : f32
          %v3545 = llvm.load %v25 : !llvm.ptr -> f32
          %v3546 = arith.mulf %v3540, %v3545 fastmath<contract> : f32
          %v3554 = arith.mulf %v3471, %v3553 fastmath<contract> : f32
          %v3555 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3554) : (f32) -> f32
          %v3556 = arith.mulf %v3189, %v3480 fastmath<contract> : f32
          %v3557 = llvm.load %v10 : !llvm.ptr -> f32
          %v3558 = arith.mulf %v3555, %v3557 fastmath<contract> : f32
          %v3559 = arith.addf %v3558, %v3556 fastmath<contract> : f32
          %v3560 = llvm.load %v26 : !llvm.ptr -> f32
          %v3561 = arith.mulf %v3555, %v3560 fastmath<contract> : f32
          %v3569 = arith.mulf %v3471, %v3568 fastmath<contract> : f32
          %v3570 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3569) : (f32) -> f32
          %v3571 = arith.mulf %v3198, %v3480 fastmath<contract> : f32
          %v3572 = llvm.load %v11 : !llvm.ptr -> f32
          %v3573 = arith.mulf %v3570, %v3572 fastmath<contract> : f32
          %v3574 = arith.addf %v3573, %v3571 fastmath<contract> : f32
          %v3575 = llvm.load %v27 : !llvm.ptr -> f32
          %v3576 = arith.mulf %v3570, %v3575 fastmath<contract> : f32
          %v3584 = arith.mulf %v3471, %v3583 fastmath<contract> : f32
          %v3585 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3584) : (f32) -> f32
          %v3586 = arith.mulf %v3207, %v3480 fastmath<contract> : f32
          %v3587 = llvm.load %v12 : !llvm.ptr -> f32
          %v3588 = arith.mulf %v3585, %v3587 fastmath<contract> : f32
          %v3589 = arith.addf %v3588, %v3586 fastmath<contract> : f32
          %v3590 = llvm.load %v28 : !llvm.ptr -> f32
          %v3591 = arith.mulf %v3585, %v3590 fastmath<contract> : f32
          %v3599 = arith.mulf %v3471, %v3598 fastmath<contract> : f32
          %v3600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3599) : (f32) -> f32
          %v3601 = arith.mulf %v3216, %v3480 fastmath<contract> : f32
          %v3602 = llvm.load %v13 : !llvm.ptr -> f32
          %v3603 = arith.mulf %v3600, %v3602 fastmath<contract> : f32
          %v3604 = arith.addf %v3603, %v3601 fastmath<contract> : f32
          %v3605 = llvm.load %v29 : !llvm.ptr -> f32
          %v3606 = arith.mulf %v3600, %v3605 fastmath<contract> : f32
          %v3614 = arith.mulf %v3471, %v3613 fastmath<contract> : f32
          %v3615 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3614) : (f32) -> f32
          %v3616 = arith.mulf %v3225, %v3480 fastmath<contract> : f32
          %v3617 = llvm.load %v14 : !llvm.ptr -> f32
          %v3618 = arith.mulf %v3615, %v3617 fastmath<contract> : f32
          %v3619 = arith.addf %v3618, %v3616 fastmath<contract> : f32
          %v3620 = llvm.load %v30 : !llvm.ptr -> f32
          %v3621 = arith.mulf %v3615, %v3620 fastmath<contract> : f32
          %v3629 = arith.mulf %v3471, %v3628 fastmath<contract> : f32
          %v3630 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3629) : (f32) -> f32
          %v3631 = arith.mulf %v3234, %v3480 fastmath<contract> : f32
          %v3632 = llvm.load %v15 : !llvm.ptr -> f32
          %v3633 = arith.mulf %v3630, %v3632 fastmath<contract> : f32
          %v3634 = arith.addf %v3633, %v3631 fastmath<contract> : f32
          %v3635 = llvm.load %v31 : !llvm.ptr -> f32
          %v3636 = arith.mulf %v3630, %v3635 fastmath<contract> : f32
          %v3644 = arith.mulf %v3471, %v3643 fastmath<contract> : f32
          %v3645 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3644) : (f32) -> f32
          %v3646 = arith.mulf %v3243, %v3480 fastmath<contract> : f32
          %v3647 = llvm.load %v16 : !llvm.ptr -> f32
          %v3648 = arith.mulf %v3645, %v3647 fastmath<contract> : f32
          %v3649 = arith.addf %v3648, %v3646 fastmath<contract> : f32
          %v3650 = llvm.load %v32 : !llvm.ptr -> f32
          %v3651 = arith.mulf %v3645, %v3650 fastmath<contract> : f32
          %v3659 = arith.mulf %v3471, %v3658 fastmath<contract> : f32
          %v3660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3659) : (f32) -> f32
          %v3661 = arith.mulf %v3252, %v3480 fastmath<contract> : f32
          %v3662 = llvm.load %v17 : !llvm.ptr -> f32
          %v3663 = arith.mulf %v3660, %v3662 fastmath<contract> : f32
          %v3664 = arith.addf %v3663, %v3661 fastmath<contract> : f32
          %v3665 = llvm.load %v33 : !llvm.ptr -> f32
          %v3666 = arith.mulf %v3660, %v3665 fastmath<contract> : f32
          %v3674 = arith.mulf %v3471, %v3673 fastmath<contract> : f32
          %v3675 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3674) : (f32) -> f32
          %v3676 = arith.mulf %v3261, %v3480 fastmath<contract> : f32
          %v3677 = llvm.load %v18 : !llvm.ptr -> f32
          %v3678 = arith.mulf %v3675, %v3677 fastmath<contract> : f32
          %v3679 = arith.addf %v3678, %v3676 fastmath<contract> : f32
          %v3680 = llvm.load %v34 : !llvm.ptr -> f32
          %v3681 = arith.mulf %v3675, %v3680 fastmath<contract> : f32
          %v3689 = arith.mulf %v3471, %v3688 fastmath<contract> : f32
          %v3690 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3689) : (f32) -> f32
          %v3691 = arith.mulf %v3270, %v3480 fastmath<contract> : f32
          %v3692 = llvm.load %v19 : !llvm.ptr -> f32
          %v3693 = arith.mulf %v3690, %v3692 fastmath<contract> : f32
          %v3694 = arith.addf %v3693, %v3691 fastmath<contract> : f32
          %v3695 = llvm.load %v35 : !llvm.ptr -> f32
          %v3696 = arith.mulf %v3690, %v3695 fastmath<contract> : f32
          %v3704 = arith.mulf %v3471, %v3703 fastmath<contract> : f32
          %v3705 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3704) : (f32) -> f32
          %v3706 = arith.mulf %v3279, %v3480 fastmath<contract> : f32
          %v3707 = llvm.load %v20 : !llvm.ptr -> f32
          %v3708 = arith.mulf %v3705, %v3707 fastmath<contract> : f32
          %v3709 = arith.addf %v3708, %v3706 fastmath<contract> : f32
          %v3710 = llvm.load %v36 : !llvm.ptr -> f32
          %v3711 = arith.mulf %v3705, %v3710 fastmath<contract> : f32
          llvm.store %v3484, %v5 : f32, !llvm.ptr
          llvm.store %v3486, %v21 : f32, !llvm.ptr
          llvm.store %v3499, %v6 : f32, !llvm.ptr
          llvm.store %v3501, %v22 : f32, !llvm.ptr
          llvm.store %v3514, %v7 : f32, !llvm.ptr
          llvm.store %v3516, %v23 : f32, !llvm.ptr
          llvm.store %v3529, %v8 : f32, !llvm.ptr
          llvm.store %v3531, %v24 : f32, !llvm.ptr
          llvm.store %v3544, %v9 : f32, !llvm.ptr
          llvm.store %v3546, %v25 : f32, !llvm.ptr
          llvm.store %v3559, %v10 : f32, !llvm.ptr
          llvm.store %v3561, %v26 : f32, !llvm.ptr
          llvm.store %v3574, %v11 : f32, !llvm.ptr
          llvm.store %v3576, %v27 : f32, !llvm.ptr
          llvm.store %v3589, %v12 : f32, !llvm.ptr
          llvm.store %v3591, %v28 : f32, !llvm.ptr
          llvm.store %v3604, %v13 : f32, !llvm.ptr
          llvm.store %v3606, %v29 : f32, !llvm.ptr
          llvm.store %v3619, %v14 : f32, !llvm.ptr
          llvm.store %v3621, %v30 : f32, !llvm.ptr
          llvm.store %v3634, %v15 : f32, !llvm.ptr
          llvm.store %v3636, %v31 : f32, !llvm.ptr
          llvm.store %v3649, %v16 : f32, !llvm.ptr
          llvm.store %v3651, %v32 : f32, !llvm.ptr
          llvm.store %v3664, %v17 : f32, !llvm.ptr
          llvm.store %v3666, %v33 : f32, !llvm.ptr
          llvm.store %v3679, %v18 : f32, !llvm.ptr
          llvm.store %v3681, %v34 : f32, !llvm.ptr
          llvm.store %v3694, %v19 : f32, !llvm.ptr
          llvm.store %v3696, %v35 : f32, !llvm.ptr
          llvm.store %v3709, %v20 : f32, !llvm.ptr
          llvm.store %v3711, %v36 : f32, !llvm.ptr
          %v3712 = arith.addi %v1677, %v3135 : i64
          %v3714 = arith.muli %v2, %v47 : i64
          %v3715 = arith.addi %v3714, %v45 : i64
          %v3716 = arith.muli %v3715, %v114 : i64
          %v3717 = arith.addi %v3716, %v3135 : i64
          %v3718 = llvm.getelementptr %v38[%v3717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3719 = llvm.load %v3718 : !llvm.ptr<3> -> f32
          %v3720 = arith.addf %v3719, %v3437 fastmath<contract> : f32
          %v3721 = arith.maximumf %v3720, %v95 : f32
          %v3722 = llvm.call_intrinsic "llvm.fabs.f32"(%v3720) : (f32) -> f32
          %v3723 = arith.negf %v3722 : f32
          %v3724 = arith.mulf %v3723, %v3427 fastmath<contract> : f32
          %v3725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3724) : (f32) -> f32
          %v3726 = arith.addf %v96, %v3725 fastmath<contract> : f32
          %v3727 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3726) : (f32) -> f32
          %v3728 = arith.mulf %v3727, %v3446 fastmath<contract> : f32
          %v3729 = arith.mulf %v3448, %v3725 fastmath<contract> : f32
          %v3730 = arith.addf %v3729, %v3450 fastmath<contract> : f32
          %v3731 = arith.mulf %v3730, %v3725 fastmath<contract> : f32
          %v3732 = arith.addf %v3731, %v3453 fastmath<contract> : f32
          %v3733 = arith.mulf %v3732, %v3725 fastmath<contract> : f32
          %v3734 = arith.addf %v3733, %v3456 fastmath<contract> : f32
          %v3735 = arith.mulf %v3734, %v3725 fastmath<contract> : f32
          %v3736 = arith.addf %v3735, %v3459 fastmath<contract> : f32
          %v3737 = arith.mulf %v3736, %v3725 fastmath<contract> : f32
          %v3738 = arith.addf %v3737, %v3462 fastmath<contract> : f32
          %v3739 = arith.mulf %v3738, %v3725 fastmath<contract> : f32
          %v3740 = arith.addf %v3739, %v96 fastmath<contract> : f32
          %v3741 = arith.mulf %v3740, %v3725 fastmath<contract> : f32
          %v3742 = llvm.call_intrinsic "llvm.fabs.f32"(%v3725) : (f32) -> f32
          %v3743 = arith.cmpf olt, %v3742, %v3468 : f32
          %v3744 = arith.select %v3743, %v3741, %v3728 : f32
          %v3745 = arith.addf %v3721, %v3744 fastmath<contract> : f32
          %v3746 = arith.mulf %v3745, %v3713 fastmath<contract> : f32
          %v3747 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3746) : (f32) -> f32
          %v3748 = arith.muli %v62, %v47 : i64
          %v3749 = arith.addi %v3748, %v45 : i64
          %v3750 = arith.muli %v3749, %v114 : i64
          %v3751 = arith.addi %v3750, %v3135 : i64
          %v3752 = llvm.getelementptr %v38[%v3751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3753 = llvm.load %v3752 : !llvm.ptr<3> -> f32
          %v3754 = arith.mulf %v3745, %v3753 fastmath<contract> : f32
          %v3755 = arith.mulf %v3286, %v3754 fastmath<contract> : f32
          %v3756 = llvm.load %v5 : !llvm.ptr -> f32
          %v3757 = arith.mulf %v3747, %v3756 fastmath<contract> : f32
          %v3758 = arith.addf %v3757, %v3755 fastmath<contract> : f32
          %v3759 = llvm.load %v21 : !llvm.ptr -> f32
          %v3760 = arith.mulf %v3747, %v3759 fastmath<contract> : f32
          %v3762 = arith.mulf %v3745, %v3761 fastmath<contract> : f32
          %v3763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3762) : (f32) -> f32
          %v3764 = arith.mulf %v3295, %v3754 fastmath<contract> : f32
          %v3765 = llvm.load %v6 : !llvm.ptr -> f32
          %v3766 = arith.mulf %v3763, %v3765 fastmath<contract> : f32
          %v3767 = arith.addf %v3766, %v3764 fastmath<contract> : f32
          %v3768 = llvm.load %v22 : !llvm.ptr -> f32
          %v3769 = arith.mulf %v3763, %v3768 fastmath<contract> : f32
          %v3771 = arith.mulf %v3745, %v3770 fastmath<contract> : f32
          %v3772 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3771) : (f32) -> f32
          %v3773 = arith.mulf %v3304, %v3754 fastmath<contract> : f32
          %v3774 = llvm.load %v7 : !llvm.ptr -> f32
          %v3775 = arith.mulf %v3772, %v3774 fastmath<contract> : f32
          %v3776 = arith.addf %v3775, %v3773 fastmath<contract> : f32
          %v3777 = llvm.load %v23 : !llvm.ptr -> f32
          %v3778 = arith.mulf %v3772, %v3777 fastmath<contract> : f32
          %v3780 = arith.mulf %v3745, %v3779 fastmath<contract> : f32
          %v3781 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3780) : (f32) -> f32
          %v3782 = arith.mulf %v3313, %v3754 fastmath<contract> : f32
          %v3783 = llvm.load %v8 : !llvm.ptr -> f32
          %v3784 = arith.mulf %v3781, %v3783 fastmath<contract> : f32
          %v3785 = arith.addf %v3784, %v3782 fastmath<contract> : f32
          %v3786 = llvm.load %v24 : !llvm.ptr -> f32
          %v3787 = arith.mulf %v3781, %v3786 fastmath<contract> : f32
          %v3789 = arith.mulf %v3745, %v3788 fastmath<contract> : f32
          %v3790 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3789) : (f32) -> f32
          %v3791 = arith.mulf %v3322, %v3754 fastmath<contract> : f32
          %v3792 = llvm.load %v9 : !llvm.ptr -> f32
          %v3793 = arith.mulf %v3790, %v3792 fastmath<contract> : f32
          %v3794 = arith.addf %v3793, %v3791 fastmath<contract> : f32
          %v3795 = llvm.load %v25 : !llvm.ptr -> f32
          %v3796 = arith.mulf %v3790, %v3795 fastmath<contract> : f32
          %v3798 = arith.mulf %v3745, %v3797 fastmath<contract> : f32
          %v3799 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3798) : (f32) -> f32
          %v3800 = arith.mulf %v3331, %v3754 fastmath<contract> : f32
          %v3801 = llvm.load %v10 : !llvm.ptr -> f32
          %v3802 = arith.mulf %v3799, %v3801 fastmath<contract> : f32
          %v3803 = arith.addf %v3802, %v3800 fastmath<contract> : f32
          %v3804 = llvm.load %v26 : !llvm.ptr -> f32
          %v3805 = arith.mulf %v3799, %v3804 fastmath<contract> : f32
          %v3807 = arith.mulf %v3745, %v3806 fastmath<contract> : f32
          %v3808 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3807) : (f32) -> f32
          %v3809 = arith.mulf %v3340, %v3754 fastmath<contract> : f32
          %v3810 = llvm.load %v11 : !llvm.ptr -> f32
          %v3811 = arith.mulf %v3808, %v3810 fastmath<contract> : f32
          %v3812 = arith.addf %v3811, %v3809 fastmath<contract> : f32
          %v3813 = llvm.load %v27 : !llvm.ptr -> f32
          %v3814 = arith.mulf %v3808, %v3813 fastmath<contract> : f32
          %v3816 = arith.mulf %v3745, %v3815 fastmath<contract> : f32
          %v3817 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3816) : (f32) -> f32
          %v3818 = arith.mulf %v3349, %v3754 fastmath<contract> : f32
          %v3819 = llvm.load %v12 : !llvm.ptr -> f32
          %v3820 = arith.mulf %v3817, %v3819 fastmath<contract> : f32
          %v3821 = arith.addf %v3820, %v3818 fastmath<contract> : f32
          %v3822 = llvm.load %v28 : !llvm.ptr -> f32
          %v3823 = arith.mulf %v3817, %v3822 fastmath<contract> : f32
          %v3825 = arith.mulf %v3745, %v3824 fastmath<contract> : f32
          %v3826 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3825) : (f32) -> f32
          %v3827 = arith.mulf %v3358, %v3754 fastmath<contract> : f32
          %v3828 = llvm.load %v13 : !llvm.ptr -> f32
          %v3829 = arith.mulf %v3826, %v3828 fastmath<contract> : f32
          %v3830 = arith.addf %v3829, %v3827 fastmath<contract> : f32
          %v3831 = llvm.load %v29 : !llvm.ptr -> f32
          %v3832 = arith.mulf %v3826, %v3831 fastmath<contract> : f32
          %v3834 = arith.mulf %v3745, %v3833 fastmath<contract> : f32
          %v3835 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3834) : (f32) -> f32
          %v3836 = arith.mulf %v3367, %v3754 fastmath<contract> : f32
          %v3837 = llvm.load %v14 : !llvm.ptr -> f32
          %v3838 = arith.mulf %v3835, %v3837 fastmath<contract> : f32
          %v3839 = arith.addf %v3838, %v3836 fastmath<contract> : f32
          %v3840 = llvm.load %v30 : !llvm.ptr -> f32
          %v3841 = arith.mulf %v3835, %v3840 fastmath<contract> : f32
          %v3843 = arith.mulf %v3745, %v3842 fastmath<contract> : f32
          %v3844 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3843) : (f32) -> f32
          %v3845 = arith.mulf %v3376, %v3754 fastmath<contract> : f32
          %v3846 = llvm.load %v15 : !llvm.ptr -> f32
          %v3847 = arith.mulf %v3844, %v3846 fastmath<contract> : f32
          %v3848 = arith.addf %v3847, %v3845 fastmath<contract> : f32
          %v3849 = llvm.load %v31 : !llvm.ptr -> f32
          %v3850 = arith.mulf %v3844, %v3849 fastmath<contract> : f32
          %v3852 = arith.mulf %v3745, %v3851 fastmath<contract> : f32
          %v3853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3852) : (f32) -> f32
          %v3854 = arith.mulf %v3385, %v3754 fastmath<contract> : f32
          %v3855 = llvm.load %v16 : !llvm.ptr -> f32
          %v3856 = arith.mulf %v3853, %v3855 fastmath<contract> : f32
          %v3857 = arith.addf %v3856, %v3854 fastmath<contract> : f32
          %v3858 = llvm.load %v32 : !llvm.ptr -> f32
          %v3859 = arith.mulf %v3853, %v3858 fastmath<contract> : f32
          %v3861 = arith.mulf %v3745, %v3860 fastmath<contract> : f32
          %v3862 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3861) : (f32) -> f32
          %v3863 = arith.mulf %v3394, %v3754 fastmath<contract> : f32
          %v3864 = llvm.load %v17 : !llvm.ptr -> f32
          %v3865 = arith.mulf %v3862, %v3864 fastmath<contract> : f32
          %v3866 = arith.addf %v3865, %v3863 fastmath<contract> : f32
          %v3867 = llvm.load %v33 : !llvm.ptr -> f32
          %v3868 = arith.mulf %v3862, %v3867 fastmath<contract> : f32
          %v3870 = arith.mulf %v3745, %v3869 fastmath<contract> : f32
          %v3871 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3870) : (f32) -> f32
          %v3872 = arith.mulf %v3403, %v3754 fastmath<contract> : f32
          %v3873 = llvm.load %v18 : !llvm.ptr -> f32
          %v3874 = arith.mulf %v3871, %v3873 fastmath<contract> : f32
          %v3875 = arith.addf %v3874, %v3872 fastmath<contract> : f32
          %v3876 = llvm.load %v34 : !llvm.ptr -> f32
          %v3877 = arith.mulf %v3871, %v3876 fastmath<contract> : f32
          %v3879 = arith.mulf %v3745, %v3878 fastmath<contract> : f32
          %v3880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3879) : (f32) -> f32
          %v3881 = arith.mulf %v3412, %v3754 fastmath<contract> : f32
          %v3882 = llvm.load %v19 : !llvm.ptr -> f32
          %v3883 = arith.mulf %v3880, %v3882 fastmath<contract> : f32
          %v3884 = arith.addf %v3883, %v3881 fastmath<contract> : f32
          %v3885 = llvm.load %v35 : !llvm.ptr -> f32
          %v3886 = arith.mulf %v3880, %v3885 fastmath<contract> : f32
          %v3888 = arith.mulf %v3745, %v3887 fastmath<contract> : f32
          %v3889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3888) : (f32) -> f32
          %v3890 = arith.mulf %v3421, %v3754 fastmath<contract> : f32
          %v3891 = llvm.load %v20 : !llvm.ptr -> f32
          %v3892 = arith.mulf %v3889, %v3891 fastmath<contract> : f32
          %v3893 = arith.addf %v3892, %v3890 fastmath<contract> : f32
          %v3894 = llvm.load %v36 : !llvm.ptr -> f32
          %v3895 = arith.mulf %v3889, %v3894 fastmath<contract> : f32
          llvm.store %v3758, %v5 : f32, !llvm.ptr
          llvm.store %v3760, %v21 : f32, !llvm.ptr
          llvm.store %v3767, %v6 : f32, !llvm.ptr
          llvm.store %v3769, %v22 : f32, !llvm.ptr
          llvm.store %v3776, %v7 : f32, !llvm.ptr
          llvm.store %v3778, %v23 : f32, !llvm.ptr
          llvm.store %v3785, %v8 : f32, !llvm.ptr
          llvm.store %v3787, %v24 : f32, !llvm.ptr
          llvm.store %v3794, %v9 : f32, !llvm.ptr
          llvm.store %v3796, %v25 : f32, !llvm.ptr
          llvm.store %v3803, %v10 : f32, !llvm.ptr
          llvm.store %v3805, %v26 : f32, !llvm.ptr
          llvm.store %v3812, %v11 : f32, !llvm.ptr
          llvm.store %v3814, %v27 : f32, !llvm.ptr
          llvm.store %v3821, %v12 : f32, !llvm.ptr
          llvm.store %v3823, %v28 : f32, !llvm.ptr
          llvm.store %v3830, %v13 : f32, !llvm.ptr
          llvm.store %v3832, %v29 : f32, !llvm.ptr
          llvm.store %v3839, %v14 : f32, !llvm.ptr
          llvm.store %v3841, %v30 : f32, !llvm.ptr
          llvm.store %v3848, %v15 : f32, !llvm.ptr
          llvm.store %v3850, %v31 : f32, !llvm.ptr
          llvm.store %v3857, %v16 : f32, !llvm.ptr
          llvm.store %v3859, %v32 : f32, !llvm.ptr
          llvm.store %v3866, %v17 : f32, !llvm.ptr
          llvm.store %v3868, %v33 : f32, !llvm.ptr
          llvm.store %v3875, %v18 : f32, !llvm.ptr
          llvm.store %v3877, %v34 : f32, !llvm.ptr
          llvm.store %v3884, %v19 : f32, !llvm.ptr
          llvm.store %v3886, %v35 : f32, !llvm.ptr
          llvm.store %v3893, %v20 : f32, !llvm.ptr
          llvm.store %v3895, %v36 : f32, !llvm.ptr
        }
        %v3896 = arith.muli %v3127, %v91 : i64
        %v3897 = arith.index_cast %v3896 : i64 to index
        %v3898 = arith.index_cast %v1679 : i64 to index
        %v3899 = arith.index_cast %v2 : i64 to index
        scf.for %v3900 = %v3897 to %v3898 step %v3899 {
          %v3901 = arith.index_cast %v3900 : index to i64
          %v3902 = arith.addi %v1677, %v3901 : i64
          %v3904 = arith.muli %v2, %v47 : i64
          %v3905 = arith.addi %v3904, %v45 : i64
          %v3906 = arith.muli %v3905, %v114 : i64
          %v3907 = arith.addi %v3906, %v3901 : i64
          %v3908 = llvm.getelementptr %v38[%v3907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3909 = llvm.load %v3908 : !llvm.ptr<3> -> f32
          %v3910 = arith.addf %v3909, %v3437 fastmath<contract> : f32
          %v3911 = arith.maximumf %v3910, %v95 : f32
          %v3912 = llvm.call_intrinsic "llvm.fabs.f32"(%v3910) : (f32) -> f32
          %v3913 = arith.negf %v3912 : f32
          %v3914 = arith.mulf %v3913, %v3427 fastmath<contract> : f32
          %v3915 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3914) : (f32) -> f32
          %v3916 = arith.addf %v96, %v3915 fastmath<contract> : f32
          %v3917 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3916) : (f32) -> f32
          %v3918 = arith.mulf %v3917, %v3446 fastmath<contract> : f32
          %v3919 = arith.mulf %v3448, %v3915 fastmath<contract> : f32
          %v3920 = arith.addf %v3919, %v3450 fastmath<contract> : f32
          %v3921 = arith.mulf %v3920, %v3915 fastmath<contract> : f32
          %v3922 = arith.addf %v3921, %v3453 fastmath<contract> : f32
          %v3923 = arith.mulf %v3922, %v3915 fastmath<contract> : f32
          %v3924 = arith.addf %v3923, %v3456 fastmath<contract> : f32
          %v3925 = arith.mulf %v3924, %v3915 fastmath<contract> : f32
          %v3926 = arith.addf %v3925, %v3459 fastmath<contract> : f32
          %v3927 = arith.mulf %v3926, %v3915 fastmath<contract> : f32
          %v3928 = arith.addf %v3927, %v3462 fastmath<contract> : f32
          %v3929 = arith.mulf %v3928, %v3915 fastmath<contract> : f32
          %v3930 = arith.addf %v3929, %v96 fastmath<contract> : f32
          %v3931 = arith.mulf %v3930, %v3915 fastmath<contract> : f32
          %v3932 = llvm.call_intrinsic "llvm.fabs.f32"(%v3915) : (f32) -> f32
          %v3933 = arith.cmpf olt, %v3932, %v3468 : f32
          %v3934 = arith.select %v3933, %v3931, %v3918 : f32
          %v3935 = arith.addf %v3911, %v3934 fastmath<contract> : f32
          %v3936 = arith.mulf %v3935, %v3903 fastmath<contract> : f32
          %v3937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3936) : (f32) -> f32
          %v3938 = arith.muli %v60, %v3138 : i64
          %v3939 = arith.subi %v63, %v3902 : i64
          %v3940 = arith.muli %v3939, %v2 : i64
          %v3941 = arith.addi %v3938, %v3940 : i64
          %v3942 = llvm.getelementptr %in_Bm[%v3941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3943 = llvm.load %v3942 : !llvm.ptr -> f32
          %v3944 = arith.muli %v62, %v47 : i64
          %v3945 = arith.addi %v3944, %v45 : i64
          %v3946 = arith.muli %v3945, %v114 : i64
          %v3947 = arith.addi %v3946, %v3901 : i64
          %v3948 = llvm.getelementptr %v38[%v3947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3949 = llvm.load %v3948 : !llvm.ptr<3> -> f32
          %v3950 = arith.mulf %v3935, %v3949 fastmath<contract> : f32
          %v3951 = arith.mulf %v3943, %v3950 fastmath<contract> : f32
          %v3952 = llvm.load %v5 : !llvm.ptr -> f32
          %v3953 = arith.mulf %v3937, %v3952 fastmath<contract> : f32
          %v3954 = arith.addf %v3953, %v3951 fastmath<contract> : f32
          %v3955 = llvm.load %v21 : !llvm.ptr -> f32
          %v3956 = arith.mulf %v3937, %v3955 fastmath<contract> : f32
          %v3958 = arith.mulf %v3935, %v3957 fastmath<contract> : f32
          %v3959 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3958) : (f32) -> f32
          %v3960 = arith.muli %v60, %v3138 : i64
          %v3961 = arith.constant 1 : i64
          %v3962 = arith.muli %v3961, %v3137 : i64
          %v3963 = arith.addi %v3960, %v3962 : i64
          %v3964 = arith.subi %v63, %v3902 : i64
          %v3965 = arith.muli %v3964, %v2 : i64
          %v3966 = arith.addi %v3963, %v3965 : i64
          %v3967 = llvm.getelementptr %in_Bm[%v3966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3968 = llvm.load %v3967 : !llvm.ptr -> f32
          %v3969 = arith.mulf %v3968, %v3950 fastmath<contract> : f32
          %v3970 = llvm.load %v6 : !llvm.ptr -> f32
          %v3971 = arith.mulf %v3959, %v3970 fastmath<contract> : f32
          %v3972 = arith.addf %v3971, %v3969 fastmath<contract> : f32
          %v3973 = llvm.load %v22 : !llvm.ptr -> f32
          %v3974 = arith.mulf %v3959, %v3973 fastmath<contract> : f32
          %v3976 = arith.mulf %v3935, %v3975 fastmath<contract> : f32
          %v3977 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3976) : (f32) -> f32
          %v3978 = arith.muli %v60, %v3138 : i64
          %v3979 = arith.constant 2 : i64
          %v3980 = arith.muli %v3979, %v3137 : i64
          %v3981 = arith.addi %v3978, %v3980 : i64
          %v3982 = arith.subi %v63, %v3902 : i64
          %v3983 = arith.muli %v3982, %v2 : i64
          %v3984 = arith.addi %v3981, %v3983 : i64
          %v3985 = llvm.getelementptr %in_Bm[%v3984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3986 = llvm.load %v3985 : !llvm.ptr -> f32
          %v3987 = arith.mulf %v3986, %v3950 fastmath<contract> : f32
          %v3988 = llvm.load %v7 : !llvm.ptr -> f32
          %v3989 = arith.mulf %v3977, %v3988 fastmath<contract> : f32
          %v3990 = arith.addf %v3989, %v3987 fastmath<contract> : f32
          %v3991 = llvm.load %v23 : !llvm.ptr -> f32
          %v3992 = arith.mulf %v3977, %v3991 fastmath<contract> : f32
          %v3994 = arith.mulf %v3935, %v3993 fastmath<contract> : f32
          %v3995 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3994) : (f32) -> f32
          %v3996 = arith.muli %v60, %v3138 : i64
          %v3997 = arith.constant 3 : i64
          %v3998 = arith.muli %v3997, %v3137 : i64
          %v3999 = arith.addi %v3996, %v3998 : i64
          %v4000 = arith.subi %v63, %v3902 : i64
          %v4001 = arith.muli %v4000, %v2 : i64
          %v4002 = arith.addi %v3999, %v4001 : i64
          %v4003 = llvm.getelementptr %in_Bm[%v4002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4004 = llvm.load %v4003 : !llvm.ptr -> f32
          %v4005 = arith.mulf %v4004, %v3950 fastmath<contract> : f32
          %v4006 = llvm.load %v8 : !llvm.ptr -> f32
          %v4007 = arith.mulf %v3995, %v4006 fastmath<contract> : f32
          %v4008 = arith.addf %v4007, %v4005 fastmath<contract> : f32
          %v4009 = llvm.load %v24 : !llvm.ptr -> f32
          %v4010 = arith.mulf %v3995, %v4009 fastmath<contract> : f32
          %v4012 = arith.mulf %v3935, %v4011 fastmath<contract> : f32
          %v4013 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4012) : (f32) -> f32
          %v4014 = arith.muli %v60, %v3138 : i64
          %v4015 = arith.constant 4 : i64
          %v4016 = arith.muli %v4015, %v3137 : i64
          %v4017 = arith.addi %v4014, %v4016 : i64
          %v4018 = arith.subi %v63, %v3902 : i64
          %v4019 = arith.muli %v4018, %v2 : i64
          %v4020 = arith.addi %v4017, %v4019 : i64
          %v4021 = llvm.getelementptr %in_Bm[%v4020] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4022 = llvm.load %v4021 : !llvm.ptr -> f32
          %v4023 = arith.mulf %v4022, %v3950 fastmath<contract> : f32
          %v4024 = llvm.load %v9 : !llvm.ptr -> f32
          %v4025 = arith.mulf %v4013, %v4024 fastmath<contract> : f32
          %v4026 = arith.addf %v4025, %v4023 fastmath<contract> : f32
          %v4027 = llvm.load %v25 : !llvm.ptr -> f32
          %v4028 = arith.mulf %v4013, %v4027 fastmath<contract> : f32
          %v4030 = arith.mulf %v3935, %v4029 fastmath<contract> : f32
          %v4031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4030) : (f32) -> f32
          %v4032 = arith.muli %v60, %v3138 : i64
          %v4033 = arith.constant 5 : i64
          %v4034 = arith.muli %v4033, %v3137 : i64
          %v4035 = arith.addi %v4032, %v4034 : i64
          %v4036 = arith.subi %v63, %v3902 : i64
          %v4037 = arith.muli %v4036, %v2 : i64
          %v4038 = arith.addi %v4035, %v4037 : i64
          %v4039 = llvm.getelementptr %in_Bm[%v4038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4040 = llvm.load %v4039 : !llvm.ptr -> f32
          %v4041 = arith.mulf %v4040, %v3950 fastmath<contract> : f32
          %v4042 = llvm.load %v10 : !llvm.ptr -> f32
          %v4043 = arith.mulf %v4031, %v4042 fastmath<contract> : f32
          %v4044 = arith.addf %v4043, %v4041 fastmath<contract> : f32
          %v4045 = llvm.load %v26 : !llvm.ptr -> f32
          %v4046 = arith.mulf %v4031, %v4045 fastmath<contract> : f32
          %v4048 = arith.mulf %v3935, %v4047 fastmath<contract> : f32
          %v4049 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4048) : (f32) -> f32
          %v4050 = arith.muli %v60, %v3138 : i64
          %v4051 = arith.constant 6 : i64
          %v4052 = arith.muli %v4051, %v3137 : i64
          %v4053 = arith.addi %v4050, %v4052 : i64
          %v4054 = arith.subi %v63, %v3902 : i64
          %v4055 = arith.muli %v4054, %v2 : i64
          %v4056 = arith.addi %v4053, %v4055 : i64
          %v4057 = llvm.getelementptr %in_Bm[%v4056] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4058 = llvm.load %v4057 : !llvm.ptr -> f32
          %v4059 = arith.mulf %v4058, %v3950 fastmath<contract> : f32
          %v4060 = llvm.load %v11 : !llvm.ptr -> f32
          %v4061 = arith.mulf %v4049, %v4060 fastmath<contract> : f32
          %v4062 = arith.addf %v4061, %v4059 fastmath<contract> : f32
          %v4063 = llvm.load %v27 : !llvm.ptr -> f32
          %v4064 = arith.mulf %v4049, %v4063 fastmath<contract> : f32
          %v4066 = arith.mulf %v3935, %v4065 fastmath<contract> : f32
          %v4067 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4066) : (f32) -> f32
          %v4068 = arith.muli %v60, %v3138 : i64
          %v4069 = arith.constant 7 : i64
          %v4070 = arith.muli %v4069, %v3137 : i64
          %v4071 = arith.addi %v4068, %v4070 : i64
          %v4072 = arith.subi %v63, %v3902 : i64
          %v4073 = arith.muli %v4072, %v2 : i64
          %v4074 = arith.addi %v4071, %v4073 : i64
          %v4075 = llvm.getelementptr %in_Bm[%v4074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4076 = llvm.load %v4075 : !llvm.ptr -> f32
          %v4077 = arith.mulf %v4076, %v3950 fastmath<contract> : f32
          %v4078 = llvm.load %v12 : !llvm.ptr -> f32
          %v4079 = arith.mulf %v4067, %v4078 fastmath<contract> : f32
          %v4080 = arith.addf %v4079, %v4077 fastmath<contract> : f32
          %v4081 = llvm.load %v28 : !llvm.ptr -> f32
          %v4082 = arith.mulf %v4067, %v4081 fastmath<contract> : f32
          %v4084 = arith.mulf %v3935, %v4083 fastmath<contract> : f32
          %v4085 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4084) : (f32) -> f32
          %v4086 = arith.muli %v60, %v3138 : i64
          %v4087 = arith.constant 8 : i64
          %v4088 = arith.muli %v4087, %v3137 : i64
          %v4089 = arith.addi %v4086, %v4088 : i64
          %v4090 = arith.subi %v63, %v3902 : i64
          %v4091 = arith.muli %v4090, %v2 : i64
          %v4092 = arith.addi %v4089, %v4091 : i64
          %v4093 = llvm.getelementptr %in_Bm[%v4092] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4094 = llvm.load %v4093 : !llvm.ptr -> f32
          %v4095 = arith.mulf %v4094, %v3950 fastmath<contract> : f32
          %v4096 = llvm.load %v13 : !llvm.ptr -> f32
          %v4097 = arith.mulf %v4085, %v4096 fastmath<contract> : f32
          %v4098 = arith.addf %v4097, %v4095 fastmath<contract> : f32
          %v4099 = llvm.load %v29 : !llvm.ptr -> f32
          %v4100 = arith.mulf %v4085, %v4099 fastmath<contract> : f32
          %v4102 = arith.mulf %v3935, %v4101 fastmath<contract> : f32
          %v4103 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4102) : (f32) -> f32
          %v4104 = arith.muli %v60, %v3138 : i64
          %v4105 = arith.constant 9 : i64
          %v4106 = arith.muli %v4105, %v3137 : i64
          %v4107 = arith.addi %v4104, %v4106 : i64
          %v4108 = arith.subi %v63, %v3902 : i64
          %v4109 = arith.muli %v4108, %v2 : i64
          %v4110 = arith.addi %v4107, %v4109 : i64
          %v4111 = llvm.getelementptr %in_Bm[%v4110] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4112 = llvm.load %v4111 : !llvm.ptr -> f32
          %v4113 = arith.mulf %v4112, %v3950 fastmath<contract> : f32
          %v4114 = llvm.load %v14 : !llvm.ptr -> f32
          %v4115 = arith.mulf %v4103, %v4114 fastmath<contract> : f32
          %v4116 = arith.addf %v4115, %v4113 fastmath<contract> : f32
          %v4117 = llvm.load %v30 : !llvm.ptr -> f32
          %v4118 = arith.mulf %v4103, %v4117 fastmath<contract> : f32
          %v4120 = arith.mulf %v3935, %v4119 fastmath<contract> : f32
          %v4121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4120) : (f32) -> f32
          %v4122 = arith.muli %v60, %v3138 : i64
          %v4123 = arith.constant 10 : i64
          %v4124 = arith.muli %v4123, %v3137 : i64
          %v4125 = arith.addi %v4122, %v4124 : i64
          %v4126 = arith.subi %v63, %v3902 : i64
          %v4127 = arith.muli %v4126, %v2 : i64
          %v4128 = arith.addi %v4125, %v4127 : i64
          %v4129 = llvm.getelementptr %in_Bm[%v4128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4130 = llvm.load %v4129 : !llvm.ptr -> f32
          %v4131 = arith.mulf %v4130, %v3950 fastmath<contract> : f32
          %v4132 = llvm.load %v15 : !llvm.ptr -> f32
          %v4133 = arith.mulf %v4121, %v4132 fastmath<contract> : f32
          %v4134 = arith.addf %v4133, %v4131 fastmath<contract> : f32
          %v4135 = llvm.load %v31 : !llvm.ptr -> f32
          %v4136 = arith.mulf %v4121, %v4135 fastmath<contract> : f32
          %v4138 = arith.mulf %v3935, %v4137 fastmath<contract> : f32
          %v4139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4138) : (f32) -> f32
          %v4140 = arith.muli %v60, %v3138 : i64
          %v4141 = arith.constant 11 : i64
          %v4142 = arith.muli %v4141, %v3137 : i64
          %v4143 = arith.addi %v4140, %v4142 : i64
          %v4144 = arith.subi %v63, %v3902 : i64
          %v4145 = arith.muli %v4144, %v2 : i64
          %v4146 = arith.addi %v4143, %v4145 : i64
          %v4147 = llvm.getelementptr %in_Bm[%v4146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4148 = llvm.load %v4147 : !llvm.ptr -> f32
          %v4149 = arith.mulf %v4148, %v3950 fastmath<contract> : f32
          %v4150 = llvm.load %v16 : !llvm.ptr -> f32
          %v4151 = arith.mulf %v4139, %v4150 fastmath<contract> : f32
          %v4152 = arith.addf %v4151, %v4149 fastmath<contract> : f32
          %v4153 = llvm.load %v32 : !llvm.ptr -> f32
          %v4154 = arith.mulf %v4139, %v4153 fastmath<contract> : f32
          %v4156 = arith.mulf %v3935, %v4155 fastmath<contract> : f32
          %v4157 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4156) : (f32) -> f32
          %v4158 = arith.muli %v60, %v3138 : i64
          %v4159 = arith.constant 12 : i64
          %v4160 = arith.muli %v4159, %v3137 : i64
          %v4161 = arith.addi %v4158, %v4160 : i64
          %v4162 = arith.subi %v63, %v3902 : i64
          %v4163 = arith.muli %v4162, %v2 : i64
          %v4164 = arith.addi %v4161, %v4163 : i64
          %v4165 = llvm.getelementptr %in_Bm[%v4164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4166 = llvm.load %v4165 : !llvm.ptr -> f32
          %v4167 = arith.mulf %v4166, %v3950 fastmath<contract> : f32
          %v4168 = llvm.load %v17 : !llvm.ptr -> f32
          %v4169 = arith.mulf %v4157, %v4168 fastmath<contract> : f32
          %v4170 = arith.addf %v4169, %v4167 fastmath<contract> : f32
          %v4171 = llvm.load %v33 : !llvm.ptr -> f32
          %v4172 = arith.mulf %v4157, %v4171 fastmath<contract> : f32
          %v4174 = arith.mulf %v3935, %v4173 fastmath<contract> : f32
          %v4175 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4174) : (f32) -> f32
          %v4176 = arith.muli %v60, %v3138 : i64
          %v4177 = arith.constant 13 : i64
          %v4178 = arith.muli %v4177, %v3137 : i64
          %v4179 = arith.addi %v4176, %v4178 : i64
          %v4180 = arith.subi %v63, %v3902 : i64
          %v4181 = arith.muli %v4180, %v2 : i64
          %v4182 = arith.addi %v4179, %v4181 : i64
          %v4183 = llvm.getelementptr %in_Bm[%v4182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4184 = llvm.load %v4183 : !llvm.ptr -> f32
          %v4185 = arith.mulf %v4184, %v3950 fastmath<contract> : f32
          %v4186 = llvm.load %v18 : !llvm.ptr -> f32
          %v4187 = arith.mulf %v4175, %v4186 fastmath<contract> : f32
          %v4188 = arith.addf %v4187, %v4185 fastmath<contract> : f32
          %v4189 = llvm.load %v34 : !llvm.ptr -> f32
          %v4190 = arith.mulf %v4175, %v4189 fastmath<contract> : f32
          %v4192 = arith.mulf %v3935, %v4191 fastmath<contract> : f32
          %v4193 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4192) : (f32) -> f32
          %v4194 = arith.muli %v60, %v3138 : i64
          %v4195 = arith.constant 14 : i64
          %v4196 = arith.muli %v4195, %v3137 : i64
          %v4197 = arith.addi %v4194, %v4196 : i64
          %v4198 = arith.subi %v63, %v3902 : i64
          %v4199 = arith.muli %v4198, %v2 : i64
          %v4200 = arith.addi %v4197, %v4199 : i64
          %v4201 = llvm.getelementptr %in_Bm[%v4200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4202 = llvm.load %v4201 : !llvm.ptr -> f32
          %v4203 = arith.mulf %v4202, %v3950 fastmath<contract> : f32
          %v4204 = llvm.load %v19 : !llvm.ptr -> f32
          %v4205 = arith.mulf %v4193, %v4204 fastmath<contract> : f32
          %v4206 = arith.addf %v4205, %v4203 fastmath<contract> : f32
          %v4207 = llvm.load %v35 : !llvm.ptr -> f32
          %v4208 = arith.mulf %v4193, %v4207 fastmath<contract> : f32
          %v4210 = arith.mulf %v3935, %v4209 fastmath<contract> : f32
          %v4211 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4210) : (f32) -> f32
          %v4212 = arith.muli %v60, %v3138 : i64
          %v4213 = arith.constant 15 : i64
          %v4214 = arith.muli %v4213, %v3137 : i64
          %v4215 = arith.addi %v4212, %v4214 : i64
          %v4216 = arith.subi %v63, %v3902 : i64
          %v4217 = arith.muli %v4216, %v2 : i64
          %v4218 = arith.addi %v4215, %v4217 : i64
          %v4219 = llvm.getelementptr %in_Bm[%v4218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4220 = llvm.load %v4219 : !llvm.ptr -> f32
          %v4221 = arith.mulf %v4220, %v3950 fastmath<contract> : f32
          %v4222 = llvm.load %v20 : !llvm.ptr -> f32
          %v4223 = arith.mulf %v4211, %v4222 fastmath<contract> : f32
          %v4224 = arith.addf %v4223, %v4221 fastmath<contract> : f32
          %v4225 = llvm.load %v36 : !llvm.ptr -> f32
          %v4226 = arith.mulf %v4211, %v4225 fastmath<contract> : f32
          llvm.store %v3954, %v5 : f32, !llvm.ptr
          llvm.store %v3956, %v21 : f32, !llvm.ptr
          llvm.store %v3972, %v6 : f32, !llvm.ptr
          llvm.store %v3974, %v22 : f32, !llvm.ptr
          llvm.store %v3990, %v7 : f32, !llvm.ptr
          llvm.store %v3992, %v23 : f32, !llvm.ptr
          llvm.store %v4008, %v8 : f32, !llvm.ptr
          llvm.store %v4010, %v24 : f32, !llvm.ptr
          llvm.store %v4026, %v9 : f32, !llvm.ptr
          llvm.store %v4028, %v25 : f32, !llvm.ptr
          llvm.store %v4044, %v10 : f32, !llvm.ptr
          llvm.store %v4046, %v26 : f32, !llvm.ptr
          llvm.store %v4062, %v11 : f32, !llvm.ptr
          llvm.store %v4064, %v27 : f32, !llvm.ptr
          llvm.store %v4080, %v12 : f32, !llvm.ptr
          llvm.store %v4082, %v28 : f32, !llvm.ptr
          llvm.store %v4098, %v13 : f32, !llvm.ptr
          llvm.store %v4100, %v29 : f32, !llvm.ptr
          llvm.store %v4116, %v14 : f32, !llvm.ptr
          llvm.store %v4118, %v30 : f32, !llvm.ptr
          llvm.store %v4134, %v15 : f32, !llvm.ptr
          llvm.store %v4136, %v31 : f32, !llvm.ptr
          llvm.store %v4152, %v16 : f32, !llvm.ptr
          llvm.store %v4154, %v32 : f32, !llvm.ptr
          llvm.store %v4170, %v17 : f32, !llvm.ptr
          llvm.store %v4172, %v33 : f32, !llvm.ptr
          llvm.store %v4188, %v18 : f32, !llvm.ptr
          llvm.store %v4190, %v34 : f32, !llvm.ptr
          llvm.store %v4206, %v19 : f32, !llvm.ptr
          llvm.store %v4208, %v35 : f32, !llvm.ptr
          llvm.store %v4224, %v20 : f32, !llvm.ptr
          llvm.store %v4226, %v36 : f32, !llvm.ptr
        }
        gpu.barrier
        %v4227 = arith.addi %v62, %v45 : i64
        %v4228 = arith.divui %v4227, %v100 : i64
        %v4229 = arith.remui %v4227, %v100 : i64
        %v4230 = arith.addi %v62, %v4228 : i64
        %v4231 = arith.muli %v4230, %v114 : i64
        %v4232 = arith.addi %v4231, %v4229 : i64
        %v4233 = llvm.getelementptr %v38[%v4232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1697, %v4233 : f32, !llvm.ptr<3>
        %v4234 = arith.addi %v47, %v45 : i64
        %v4235 = arith.divui %v4234, %v100 : i64
        %v4236 = arith.remui %v4234, %v100 : i64
        %v4237 = arith.addi %v62, %v4235 : i64
        %v4238 = arith.muli %v4237, %v114 : i64
        %v4239 = arith.addi %v4238, %v4236 : i64
        %v4240 = llvm.getelementptr %v38[%v4239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1712, %v4240 : f32, !llvm.ptr<3>
        %v4241 = arith.addi %v1162, %v45 : i64
        %v4242 = arith.divui %v4241, %v100 : i64
        %v4243 = arith.remui %v4241, %v100 : i64
        %v4244 = arith.addi %v62, %v4242 : i64
        %v4245 = arith.muli %v4244, %v114 : i64
        %v4246 = arith.addi %v4245, %v4243 : i64
        %v4247 = llvm.getelementptr %v38[%v4246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1727, %v4247 : f32, !llvm.ptr<3>
        %v4249 = arith.addi %v4248, %v45 : i64
        %v4250 = arith.divui %v4249, %v100 : i64
        %v4251 = arith.remui %v4249, %v100 : i64
        %v4252 = arith.addi %v62, %v4250 : i64
        %v4253 = arith.muli %v4252, %v114 : i64
        %v4254 = arith.addi %v4253, %v4251 : i64
        %v4255 = llvm.getelementptr %v38[%v4254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1742, %v4255 : f32, !llvm.ptr<3>
        %v4256 = arith.addi %v41, %v45 : i64
        %v4257 = arith.divui %v4256, %v100 : i64
        %v4258 = arith.remui %v4256, %v100 : i64
        %v4259 = arith.addi %v62, %v4257 : i64
        %v4260 = arith.muli %v4259, %v114 : i64
        %v4261 = arith.addi %v4260, %v4258 : i64
        %v4262 = llvm.getelementptr %v38[%v4261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1757, %v4262 : f32, !llvm.ptr<3>
        %v4264 = arith.addi %v4263, %v45 : i64
        %v4265 = arith.divui %v4264, %v100 : i64
        %v4266 = arith.remui %v4264, %v100 : i64
        %v4267 = arith.addi %v62, %v4265 : i64
        %v4268 = arith.muli %v4267, %v114 : i64
        %v4269 = arith.addi %v4268, %v4266 : i64
        %v4270 = llvm.getelementptr %v38[%v4269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1772, %v4270 : f32, !llvm.ptr<3>
        %v4272 = arith.addi %v4271, %v45 : i64
        %v4273 = arith.divui %v4272, %v100 : i64
        %v4274 = arith.remui %v4272, %v100 : i64
        %v4275 = arith.addi %v62, %v4273 : i64
        %v4276 = arith.muli %v4275, %v114 : i64
        %v4277 = arith.addi %v4276, %v4274 : i64
        %v4278 = llvm.getelementptr %v38[%v4277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1787, %v4278 : f32, !llvm.ptr<3>
        %v4280 = arith.addi %v4279, %v45 : i64
        %v4281 = arith.divui %v4280, %v100 : i64
        %v4282 = arith.remui %v4280, %v100 : i64
        %v4283 = arith.addi %v62, %v4281 : i64
        %v4284 = arith.muli %v4283, %v114 : i64
        %v4285 = arith.addi %v4284, %v4282 : i64
        %v4286 = llvm.getelementptr %v38[%v4285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1802, %v4286 : f32, !llvm.ptr<3>
        %v4288 = arith.addi %v4287, %v45 : i64
        %v4289 = arith.divui %v4288, %v100 : i64
        %v4290 = arith.remui %v4288, %v100 : i64
        %v4291 = arith.addi %v62, %v4289 : i64
        %v4292 = arith.muli %v4291, %v114 : i64
        %v4293 = arith.addi %v4292, %v4290 : i64
        %v4294 = llvm.getelementptr %v38[%v4293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1817, %v4294 : f32, !llvm.ptr<3>
        %v4296 = arith.addi %v4295, %v45 : i64
        %v4297 = arith.divui %v4296, %v100 : i64
        %v4298 = arith.remui %v4296, %v100 : i64
        %v4299 = arith.addi %v62, %v4297 : i64
        %v4300 = arith.muli %v4299, %v114 : i64
        %v4301 = arith.addi %v4300, %v4298 : i64
        %v4302 = llvm.getelementptr %v38[%v4301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1832, %v4302 : f32, !llvm.ptr<3>
        %v4304 = arith.addi %v4303, %v45 : i64
        %v4305 = arith.divui %v4304, %v100 : i64
        %v4306 = arith.remui %v4304, %v100 : i64
        %v4307 = arith.addi %v62, %v4305 : i64
        %v4308 = arith.muli %v4307, %v114 : i64
        %v4309 = arith.addi %v4308, %v4306 : i64
        %v4310 = llvm.getelementptr %v38[%v4309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1847, %v4310 : f32, !llvm.ptr<3>
        %v4312 = arith.addi %v4311, %v45 : i64
        %v4313 = arith.divui %v4312, %v100 : i64
        %v4314 = arith.remui %v4312, %v100 : i64
        %v4315 = arith.addi %v62, %v4313 : i64
        %v4316 = arith.muli %v4315, %v114 : i64
        %v4317 = arith.addi %v4316, %v4314 : i64
        %v4318 = llvm.getelementptr %v38[%v4317] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1862, %v4318 : f32, !llvm.ptr<3>
        %v4320 = arith.addi %v4319, %v45 : i64
        %v4321 = arith.divui %v4320, %v100 : i64
        %v4322 = arith.remui %v4320, %v100 : i64
        %v4323 = arith.addi %v62, %v4321 : i64
        %v4324 = arith.muli %v4323, %v114 : i64
        %v4325 = arith.addi %v4324, %v4322 : i64
        %v4326 = llvm.getelementptr %v38[%v4325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1877, %v4326 : f32, !llvm.ptr<3>
        %v4328 = arith.addi %v4327, %v45 : i64
        %v4329 = arith.divui %v4328, %v100 : i64
        %v4330 = arith.remui %v4328, %v100 : i64
        %v4331 = arith.addi %v62, %v4329 : i64
        %v4332 = arith.muli %v4331, %v114 : i64
        %v4333 = arith.addi %v4332, %v4330 : i64
        %v4334 = llvm.getelementptr %v38[%v4333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1892, %v4334 : f32, !llvm.ptr<3>
        %v4336 = arith.addi %v4335, %v45 : i64
        %v4337 = arith.divui %v4336, %v100 : i64
        %v4338 = arith.remui %v4336, %v100 : i64
        %v4339 = arith.addi %v62, %v4337 : i64
        %v4340 = arith.muli %v4339, %v114 : i64
        %v4341 = arith.addi %v4340, %v4338 : i64
        %v4342 = llvm.getelementptr %v38[%v4341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1907, %v4342 : f32, !llvm.ptr<3>
        %v4344 = arith.addi %v4343, %v45 : i64
        %v4345 = arith.divui %v4344, %v100 : i64
        %v4346 = arith.remui %v4344, %v100 : i64
        %v4347 = arith.addi %v62, %v4345 : i64
        %v4348 = arith.muli %v4347, %v114 : i64
        %v4349 = arith.addi %v4348, %v4346 : i64
        %v4350 = llvm.getelementptr %v38[%v4349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1922, %v4350 : f32, !llvm.ptr<3>
        %v4352 = arith.addi %v4351, %v45 : i64
        %v4353 = arith.divui %v4352, %v100 : i64
        %v4354 = arith.remui %v4352, %v100 : i64
        %v4355 = arith.addi %v62, %v4353 : i64
        %v4356 = arith.muli %v4355, %v114 : i64
        %v4357 = arith.addi %v4356, %v4354 : i64
        %v4358 = llvm.getelementptr %v38[%v4357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1937, %v4358 : f32, !llvm.ptr<3>
        %v4360 = arith.addi %v4359, %v45 : i64
        %v4361 = arith.divui %v4360, %v100 : i64
        %v4362 = arith.remui %v4360, %v100 : i64
        %v4363 = arith.addi %v62, %v4361 : i64
        %v4364 = arith.muli %v4363, %v114 : i64
        %v4365 = arith.addi %v4364, %v4362 : i64
        %v4366 = llvm.getelementptr %v38[%v4365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1952, %v4366 : f32, !llvm.ptr<3>
        %v4368 = arith.addi %v4367, %v45 : i64
        %v4369 = arith.divui %v4368, %v100 : i64
        %v4370 = arith.remui %v4368, %v100 : i64
        %v4371 = arith.addi %v62, %v4369 : i64
        %v4372 = arith.muli %v4371, %v114 : i64
        %v4373 = arith.addi %v4372, %v4370 : i64
        %v4374 = llvm.getelementptr %v38[%v4373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1967, %v4374 : f32, !llvm.ptr<3>
        %v4376 = arith.addi %v4375, %v45 : i64
        %v4377 = arith.divui %v4376, %v100 : i64
        %v4378 = arith.remui %v4376, %v100 : i64
        %v4379 = arith.addi %v62, %v4377 : i64
        %v4380 = arith.muli %v4379, %v114 : i64
        %v4381 = arith.addi %v4380, %v4378 : i64
        %v4382 = llvm.getelementptr %v38[%v4381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1982, %v4382 : f32, !llvm.ptr<3>
        %v4384 = arith.addi %v4383, %v45 : i64
        %v4385 = arith.divui %v4384, %v100 : i64
        %v4386 = arith.remui %v4384, %v100 : i64
        %v4387 = arith.addi %v62, %v4385 : i64
        %v4388 = arith.muli %v4387, %v114 : i64
        %v4389 = arith.addi %v4388, %v4386 : i64
        %v4390 = llvm.getelementptr %v38[%v4389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1997, %v4390 : f32, !llvm.ptr<3>
        %v4392 = arith.addi %v4391, %v45 : i64
        %v4393 = arith.divui %v4392, %v100 : i64
        %v4394 = arith.remui %v4392, %v100 : i64
        %v4395 = arith.addi %v62, %v4393 : i64
        %v4396 = arith.muli %v4395, %v114 : i64
        %v4397 = arith.addi %v4396, %v4394 : i64
        %v4398 = llvm.getelementptr %v38[%v4397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2012, %v4398 : f32, !llvm.ptr<3>
        %v4400 = arith.addi %v4399, %v45 : i64
        %v4401 = arith.divui %v4400, %v100 : i64
        %v4402 = arith.remui %v4400, %v100 : i64
        %v4403 = arith.addi %v62, %v4401 : i64
        %v4404 = arith.muli %v4403, %v114 : i64
        %v4405 = arith.addi %v4404, %v4402 : i64
        %v4406 = llvm.getelementptr %v38[%v4405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2027, %v4406 : f32, !llvm.ptr<3>
        %v4408 = arith.addi %v4407, %v45 : i64
        %v4409 = arith.divui %v4408, %v100 : i64
        %v4410 = arith.remui %v4408, %v100 : i64
        %v4411 = arith.addi %v62, %v4409 : i64
        %v4412 = arith.muli %v4411, %v114 : i64
        %v4413 = arith.addi %v4412, %v4410 : i64
        %v4414 = llvm.getelementptr %v38[%v4413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2042, %v4414 : f32, !llvm.ptr<3>
        %v4416 = arith.addi %v4415, %v45 : i64
        %v4417 = arith.divui %v4416, %v100 : i64
        %v4418 = arith.remui %v4416, %v100 : i64
        %v4419 = arith.addi %v62, %v4417 : i64
        %v4420 = arith.muli %v4419, %v114 : i64
        %v4421 = arith.addi %v4420, %v4418 : i64
        %v4422 = llvm.getelementptr %v38[%v4421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2057, %v4422 : f32, !llvm.ptr<3>
        %v4424 = arith.addi %v4423, %v45 : i64
        %v4425 = arith.divui %v4424, %v100 : i64
        %v4426 = arith.remui %v4424, %v100 : i64
        %v4427 = arith.addi %v62, %v4425 : i64
        %v4428 = arith.muli %v4427, %v114 : i64
        %v4429 = arith.addi %v4428, %v4426 : i64
        %v4430 = llvm.getelementptr %v38[%v4429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2072, %v4430 : f32, !llvm.ptr<3>
        %v4432 = arith.addi %v4431, %v45 : i64
        %v4433 = arith.divui %v4432, %v100 : i64
        %v4434 = arith.remui %v4432, %v100 : i64
        %v4435 = arith.addi %v62, %v4433 : i64
        %v4436 = arith.muli %v4435, %v114 : i64
        %v4437 = arith.addi %v4436, %v4434 : i64
        %v4438 = llvm.getelementptr %v38[%v4437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2087, %v4438 : f32, !llvm.ptr<3>
        %v4440 = arith.addi %v4439, %v45 : i64
        %v4441 = arith.divui %v4440, %v100 : i64
        %v4442 = arith.remui %v4440, %v100 : i64
        %v4443 = arith.addi %v62, %v4441 : i64
        %v4444 = arith.muli %v4443, %v114 : i64
        %v4445 = arith.addi %v4444, %v4442 : i64
        %v4446 = llvm.getelementptr %v38[%v4445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2102, %v4446 : f32, !llvm.ptr<3>
        %v4448 = arith.addi %v4447, %v45 : i64
        %v4449 = arith.divui %v4448, %v100 : i64
        %v4450 = arith.remui %v4448, %v100 : i64
        %v4451 = arith.addi %v62, %v4449 : i64
        %v4452 = arith.muli %v4451, %v114 : i64
        %v4453 = arith.addi %v4452, %v4450 : i64
        %v4454 = llvm.getelementptr %v38[%v4453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2117, %v4454 : f32, !llvm.ptr<3>
        %v4456 = arith.addi %v4455, %v45 : i64
        %v4457 = arith.divui %v4456, %v100 : i64
        %v4458 = arith.remui %v4456, %v100 : i64
        %v4459 = arith.addi %v62, %v4457 : i64
        %v4460 = arith.muli %v4459, %v114 : i64
        %v4461 = arith.addi %v4460, %v4458 : i64
        %v4462 = llvm.getelementptr %v38[%v4461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2132, %v4462 : f32, !llvm.ptr<3>
        %v4464 = arith.addi %v4463, %v45 : i64
        %v4465 = arith.divui %v4464, %v100 : i64
        %v4466 = arith.remui %v4464, %v100 : i64
        %v4467 = arith.addi %v62, %v4465 : i64
        %v4468 = arith.muli %v4467, %v114 : i64
        %v4469 = arith.addi %v4468, %v4466 : i64
        %v4470 = llvm.getelementptr %v38[%v4469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2147, %v4470 : f32, !llvm.ptr<3>
        %v4472 = arith.addi %v4471, %v45 : i64
        %v4473 = arith.divui %v4472, %v100 : i64
        %v4474 = arith.remui %v4472, %v100 : i64
        %v4475 = arith.addi %v62, %v4473 : i64
        %v4476 = arith.muli %v4475, %v114 : i64
        %v4477 = arith.addi %v4476, %v4474 : i64
        %v4478 = llvm.getelementptr %v38[%v4477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2162, %v4478 : f32, !llvm.ptr<3>
        %v4479 = arith.addi %v62, %v45 : i64
        %v4480 = arith.divui %v4479, %v100 : i64
        %v4481 = arith.remui %v4479, %v100 : i64
        %v4482 = arith.addi %v47, %v4480 : i64
        %v4483 = arith.muli %v4482, %v114 : i64
        %v4484 = arith.addi %v4483, %v4481 : i64
        %v4485 = llvm.getelementptr %v38[%v4484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2179, %v4485 : f32, !llvm.ptr<3>
        %v4486 = arith.addi %v47, %v45 : i64
        %v4487 = arith.divui %v4486, %v100 : i64
        %v4488 = arith.remui %v4486, %v100 : i64
        %v4489 = arith.addi %v47, %v4487 : i64
        %v4490 = arith.muli %v4489, %v114 : i64
        %v4491 = arith.addi %v4490, %v4488 : i64
        %v4492 = llvm.getelementptr %v38[%v4491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2194, %v4492 : f32, !llvm.ptr<3>
        %v4493 = arith.addi %v1162, %v45 : i64
        %v4494 = arith.divui %v4493, %v100 : i64
        %v4495 = arith.remui %v4493, %v100 : i64
        %v4496 = arith.addi %v47, %v4494 : i64
        %v4497 = arith.muli %v4496, %v114 : i64
        %v4498 = arith.addi %v4497, %v4495 : i64
        %v4499 = llvm.getelementptr %v38[%v4498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2209, %v4499 : f32, !llvm.ptr<3>
        %v4500 = arith.addi %v4248, %v45 : i64
        %v4501 = arith.divui %v4500, %v100 : i64
        %v4502 = arith.remui %v4500, %v100 : i64
        %v4503 = arith.addi %v47, %v4501 : i64
        %v4504 = arith.muli %v4503, %v114 : i64
        %v4505 = arith.addi %v4504, %v4502 : i64
        %v4506 = llvm.getelementptr %v38[%v4505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2224, %v4506 : f32, !llvm.ptr<3>
        %v4507 = arith.addi %v41, %v45 : i64
        %v4508 = arith.divui %v4507, %v100 : i64
        %v4509 = arith.remui %v4507, %v100 : i64
        %v4510 = arith.addi %v47, %v4508 : i64
        %v4511 = arith.muli %v4510, %v114 : i64
        %v4512 = arith.addi %v4511, %v4509 : i64
        %v4513 = llvm.getelementptr %v38[%v4512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2239, %v4513 : f32, !llvm.ptr<3>
        %v4514 = arith.addi %v4263, %v45 : i64
        %v4515 = arith.divui %v4514, %v100 : i64
        %v4516 = arith.remui %v4514, %v100 : i64
        %v4517 = arith.addi %v47, %v4515 : i64
        %v4518 = arith.muli %v4517, %v114 : i64
        %v4519 = arith.addi %v4518, %v4516 : i64
        %v4520 = llvm.getelementptr %v38[%v4519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2254, %v4520 : f32, !llvm.ptr<3>
        %v4521 = arith.addi %v4271, %v45 : i64
        %v4522 = arith.divui %v4521, %v100 : i64
        %v4523 = arith.remui %v4521, %v100 : i64
        %v4524 = arith.addi %v47, %v4522 : i64
        %v4525 = arith.muli %v4524, %v114 : i64
        %v4526 = arith.addi %v4525, %v4523 : i64
        %v4527 = llvm.getelementptr %v38[%v4526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2269, %v4527 : f32, !llvm.ptr<3>
        %v4528 = arith.addi %v4279, %v45 : i64
        %v4529 = arith.divui %v4528, %v100 : i64
        %v4530 = arith.remui %v4528, %v100 : i64
        %v4531 = arith.addi %v47, %v4529 : i64
        %v4532 = arith.muli %v4531, %v114 : i64
        %v4533 = arith.addi %v4532, %v4530 : i64
        %v4534 = llvm.getelementptr %v38[%v4533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2284, %v4534 : f32, !llvm.ptr<3>
        %v4535 = arith.addi %v4287, %v45 : i64
        %v4536 = arith.divui %v4535, %v100 : i64
        %v4537 = arith.remui %v4535, %v100 : i64
        %v4538 = arith.addi %v47, %v4536 : i64
        %v4539 = arith.muli %v4538, %v114 : i64
        %v4540 = arith.addi %v4539, %v4537 : i64
        %v4541 = llvm.getelementptr %v38[%v4540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2299, %v4541 : f32, !llvm.ptr<3>
        %v4542 = arith.addi %v4295, %v45 : i64
        %v4543 = arith.divui %v4542, %v100 : i64
        %v4544 = arith.remui %v4542, %v100 : i64
        %v4545 = arith.addi %v47, %v4543 : i64
        %v4546 = arith.muli %v4545, %v114 : i64
        %v4547 = arith.addi %v4546, %v4544 : i64
        %v4548 = llvm.getelementptr %v38[%v4547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2314, %v4548 : f32, !llvm.ptr<3>
        %v4549 = arith.addi %v4303, %v45 : i64
        %v4550 = arith.divui %v4549, %v100 : i64
        %v4551 = arith.remui %v4549, %v100 : i64
        %v4552 = arith.addi %v47, %v4550 : i64
        %v4553 = arith.muli %v4552, %v114 : i64
        %v4554 = arith.addi %v4553, %v4551 : i64
        %v4555 = llvm.getelementptr %v38[%v4554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2329, %v4555 : f32, !llvm.ptr<3>
        %v4556 = arith.addi %v4311, %v45 : i64
        %v4557 = arith.divui %v4556, %v100 : i64
        %v4558 = arith.remui %v4556, %v100 : i64
        %v4559 = arith.addi %v47, %v4557 : i64
        %v4560 = arith.muli %v4559, %v114 : i64
        %v4561 = arith.addi %v4560, %v4558 : i64
        %v4562 = llvm.getelementptr %v38[%v4561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2344, %v4562 : f32, !llvm.ptr<3>
        %v4563 = arith.addi %v4319, %v45 : i64
        %v4564 = arith.divui %v4563, %v100 : i64
        %v4565 = arith.remui %v4563, %v100 : i64
        %v4566 = arith.addi %v47, %v4564 : i64
        %v4567 = arith.muli %v4566, %v114 : i64
        %v4568 = arith.addi %v4567, %v4565 : i64
        %v4569 = llvm.getelementptr %v38[%v4568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2359, %v4569 : f32, !llvm.ptr<3>
        %v4570 = arith.addi %v4327, %v45 : i64
        %v4571 = arith.divui %v4570, %v100 : i64
        %v4572 = arith.remui %v4570, %v100 : i64
        %v4573 = arith.addi %v47, %v4571 : i64
        %v4574 = arith.muli %v4573, %v114 : i64
        %v4575 = arith.addi %v4574, %v4572 : i64
        %v4576 = llvm.getelementptr %v38[%v4575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2374, %v4576 : f32, !llvm.ptr<3>
        %v4577 = arith.addi %v4335, %v45 : i64
        %v4578 = arith.divui %v4577, %v100 : i64
        %v4579 = arith.remui %v4577, %v100 : i64
        %v4580 = arith.addi %v47, %v4578 : i64
        %v4581 = arith.muli %v4580, %v114 : i64
        %v4582 = arith.addi %v4581, %v4579 : i64
        %v4583 = llvm.getelementptr %v38[%v4582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2389, %v4583 : f32, !llvm.ptr<3>
        %v4584 = arith.addi %v4343, %v45 : i64
        %v4585 = arith.divui %v4584, %v100 : i64
        %v4586 = arith.remui %v4584, %v100 : i64
        %v4587 = arith.addi %v47, %v4585 : i64
        %v4588 = arith.muli %v4587, %v114 : i64
        %v4589 = arith.addi %v4588, %v4586 : i64
        %v4590 = llvm.getelementptr %v38[%v4589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2404, %v4590 : f32, !llvm.ptr<3>
        %v4591 = arith.addi %v4351, %v45 : i64
        %v4592 = arith.divui %v4591, %v100 : i64
        %v4593 = arith.remui %v4591, %v100 : i64
        %v4594 = arith.addi %v47, %v4592 : i64
        %v4595 = arith.muli %v4594, %v114 : i64
        %v4596 = arith.addi %v4595, %v4593 : i64
        %v4597 = llvm.getelementptr %v38[%v4596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2419, %v4597 : f32, !llvm.ptr<3>
        %v4598 = arith.addi %v4359, %v45 : i64
        %v4599 = arith.divui %v4598, %v100 : i64
        %v4600 = arith.remui %v4598, %v100 : i64
        %v4601 = arith.addi %v47, %v4599 : i64
        %v4602 = arith.muli %v4601, %v114 : i64
        %v4603 = arith.addi %v4602, %v4600 : i64
        %v4604 = llvm.getelementptr %v38[%v4603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2434, %v4604 : f32, !llvm.ptr<3>
        %v4605 = arith.addi %v4367, %v45 : i64
        %v4606 = arith.divui %v4605, %v100 : i64
        %v4607 = arith.remui %v4605, %v100 : i64
        %v4608 = arith.addi %v47, %v4606 : i64
        %v4609 = arith.muli %v4608, %v114 : i64
        %v4610 = arith.addi %v4609, %v4607 : i64
        %v4611 = llvm.getelementptr %v38[%v4610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2449, %v4611 : f32, !llvm.ptr<3>
        %v4612 = arith.addi %v4375, %v45 : i64
        %v4613 = arith.divui %v4612, %v100 : i64
        %v4614 = arith.remui %v4612, %v100 : i64
        %v4615 = arith.addi %v47, %v4613 : i64
        %v4616 = arith.muli %v4615, %v114 : i64
        %v4617 = arith.addi %v4616, %v4614 : i64
        %v4618 = llvm.getelementptr %v38[%v4617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2464, %v4618 : f32, !llvm.ptr<3>
        %v4619 = arith.addi %v4383, %v45 : i64
        %v4620 = arith.divui %v4619, %v100 : i64
        %v4621 = arith.remui %v4619, %v100 : i64
        %v4622 = arith.addi %v47, %v4620 : i64
        %v4623 = arith.muli %v4622, %v114 : i64
        %v4624 = arith.addi %v4623, %v4621 : i64
        %v4625 = llvm.getelementptr %v38[%v4624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2479, %v4625 : f32, !llvm.ptr<3>
        %v4626 = arith.addi %v4391, %v45 : i64
        %v4627 = arith.divui %v4626, %v100 : i64
        %v4628 = arith.remui %v4626, %v100 : i64
        %v4629 = arith.addi %v47, %v4627 : i64
        %v4630 = arith.muli %v4629, %v114 : i64
        %v4631 = arith.addi %v4630, %v4628 : i64
        %v4632 = llvm.getelementptr %v38[%v4631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2494, %v4632 : f32, !llvm.ptr<3>
        %v4633 = arith.addi %v4399, %v45 : i64
        %v4634 = arith.divui %v4633, %v100 : i64
        %v4635 = arith.remui %v4633, %v100 : i64
        %v4636 = arith.addi %v47, %v4634 : i64
        %v4637 = arith.muli %v4636, %v114 : i64
        %v4638 = arith.addi %v4637, %v4635 : i64
        %v4639 = llvm.getelementptr %v38[%v4638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2509, %v4639 : f32, !llvm.ptr<3>
        %v4640 = arith.addi %v4407, %v45 : i64
        %v4641 = arith.divui %v4640, %v100 : i64
        %v4642 = arith.remui %v4640, %v100 : i64
        %v4643 = arith.addi %v47, %v4641 : i64
        %v4644 = arith.muli %v4643, %v114 : i64
        %v4645 = arith.addi %v4644, %v4642 : i64
        %v4646 = llvm.getelementptr %v38[%v4645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2524, %v4646 : f32, !llvm.ptr<3>
        %v4647 = arith.addi %v4415, %v45 : i64
        %v4648 = arith.divui %v4647, %v100 : i64
        %v4649 = arith.remui %v4647, %v100 : i64
        %v4650 = arith.addi %v47, %v4648 : i64
        %v4651 = arith.muli %v4650, %v114 : i64
        %v4652 = arith.addi %v4651, %v4649 : i64
        %v4653 = llvm.getelementptr %v38[%v4652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2539, %v4653 : f32, !llvm.ptr<3>
        %v4654 = arith.addi %v4423, %v45 : i64
        %v4655 = arith.divui %v4654, %v100 : i64
        %v4656 = arith.remui %v4654, %v100 : i64
        %v4657 = arith.addi %v47, %v4655 : i64
        %v4658 = arith.muli %v4657, %v114 : i64
        %v4659 = arith.addi %v4658, %v4656 : i64
        %v4660 = llvm.getelementptr %v38[%v4659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2554, %v4660 : f32, !llvm.ptr<3>
        %v4661 = arith.addi %v4431, %v45 : i64
        %v4662 = arith.divui %v4661, %v100 : i64
        %v4663 = arith.remui %v4661, %v100 : i64
        %v4664 = arith.addi %v47, %v4662 : i64
        %v4665 = arith.muli %v4664, %v114 : i64
        %v4666 = arith.addi %v4665, %v4663 : i64
        %v4667 = llvm.getelementptr %v38[%v4666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2569, %v4667 : f32, !llvm.ptr<3>
        %v4668 = arith.addi %v4439, %v45 : i64
        %v4669 = arith.divui %v4668, %v100 : i64
        %v4670 = arith.remui %v4668, %v100 : i64
        %v4671 = arith.addi %v47, %v4669 : i64
        %v4672 = arith.muli %v4671, %v114 : i64
        %v4673 = arith.addi %v4672, %v4670 : i64
        %v4674 = llvm.getelementptr %v38[%v4673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2584, %v4674 : f32, !llvm.ptr<3>
        %v4675 = arith.addi %v4447, %v45 : i64
        %v4676 = arith.divui %v4675, %v100 : i64
        %v4677 = arith.remui %v4675, %v100 : i64
        %v4678 = arith.addi %v47, %v4676 : i64
        %v4679 = arith.muli %v4678, %v114 : i64
        %v4680 = arith.addi %v4679, %v4677 : i64
        %v4681 = llvm.getelementptr %v38[%v4680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2599, %v4681 : f32, !llvm.ptr<3>
        %v4682 = arith.addi %v4455, %v45 : i64
        %v4683 = arith.divui %v4682, %v100 : i64
        %v4684 = arith.remui %v4682, %v100 : i64
        %v4685 = arith.addi %v47, %v4683 : i64
        %v4686 = arith.muli %v4685, %v114 : i64
        %v4687 = arith.addi %v4686, %v4684 : i64
        %v4688 = llvm.getelementptr %v38[%v4687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2614, %v4688 : f32, !llvm.ptr<3>
        %v4689 = arith.addi %v4463, %v45 : i64
        %v4690 = arith.divui %v4689, %v100 : i64
        %v4691 = arith.remui %v4689, %v100 : i64
        %v4692 = arith.addi %v47, %v4690 : i64
        %v4693 = arith.muli %v4692, %v114 : i64
        %v4694 = arith.addi %v4693, %v4691 : i64
        %v4695 = llvm.getelementptr %v38[%v4694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2629, %v4695 : f32, !llvm.ptr<3>
        %v4696 = arith.addi %v4471, %v45 : i64
        %v4697 = arith.divui %v4696, %v100 : i64
        %v4698 = arith.remui %v4696, %v100 : i64
        %v4699 = arith.addi %v47, %v4697 : i64
        %v4700 = arith.muli %v4699, %v114 : i64
        %v4701 = arith.addi %v4700, %v4698 : i64
        %v4702 = llvm.getelementptr %v38[%v4701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2644, %v4702 : f32, !llvm.ptr<3>
        %v4703 = arith.addi %v62, %v45 : i64
        %v4704 = arith.divui %v4703, %v100 : i64
        %v4705 = arith.remui %v4703, %v100 : i64
        %v4706 = arith.addi %v1162, %v4704 : i64
        %v4707 = arith.muli %v4706, %v114 : i64
        %v4708 = arith.addi %v4707, %v4705 : i64
        %v4709 = llvm.getelementptr %v38[%v4708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2661, %v4709 : f32, !llvm.ptr<3>
        %v4710 = arith.addi %v47, %v45 : i64
        %v4711 = arith.divui %v4710, %v100 : i64
        %v4712 = arith.remui %v4710, %v100 : i64
        %v4713 = arith.addi %v1162, %v4711 : i64
        %v4714 = arith.muli %v4713, %v114 : i64
        %v4715 = arith.addi %v4714, %v4712 : i64
        %v4716 = llvm.getelementptr %v38[%v4715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2676, %v4716 : f32, !llvm.ptr<3>
        %v4717 = arith.addi %v1162, %v45 : i64
        %v4718 = arith.divui %v4717, %v100 : i64
        %v4719 = arith.remui %v4717, %v100 : i64
        %v4720 = arith.addi %v1162, %v4718 : i64
        %v4721 = arith.muli %v4720, %v114 : i64
        %v4722 = arith.addi %v4721, %v4719 : i64
        %v4723 = llvm.getelementptr %v38[%v4722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2691, %v4723 : f32, !llvm.ptr<3>
        %v4724 = arith.addi %v4248, %v45 : i64
        %v4725 = arith.divui %v4724, %v100 : i64
        %v4726 = arith.remui %v4724, %v100 : i64
        %v4727 = arith.addi %v1162, %v4725 : i64
        %v4728 = arith.muli %v4727, %v114 : i64
        %v4729 = arith.addi %v4728, %v4726 : i64
        %v4730 = llvm.getelementptr %v38[%v4729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2706, %v4730 : f32, !llvm.ptr<3>
        %v4731 = arith.addi %v41, %v45 : i64
        %v4732 = arith.divui %v4731, %v100 : i64
        %v4733 = arith.remui %v4731, %v100 : i64
        %v4734 = arith.addi %v1162, %v4732 : i64
        %v4735 = arith.muli %v4734, %v114 : i64
        %v4736 = arith.addi %v4735, %v4733 : i64
        %v4737 = llvm.getelementptr %v38[%v4736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2721, %v4737 : f32, !llvm.ptr<3>
        %v4738 = arith.addi %v4263, %v45 : i64
        %v4739 = arith.divui %v4738, %v100 : i64
        %v4740 = arith.remui %v4738, %v100 : i64
        %v4741 = arith.addi %v1162, %v4739 : i64
        %v4742 = arith.muli %v4741, %v114 : i64
        %v4743 = arith.addi %v4742, %v4740 : i64
        %v4744 = llvm.getelementptr %v38[%v4743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2736, %v4744 : f32, !llvm.ptr<3>
        %v4745 = arith.addi %v4271, %v45 : i64
        %v4746 = arith.divui %v4745, %v100 : i64
        %v4747 = arith.remui %v4745, %v100 : i64
        %v4748 = arith.addi %v1162, %v4746 : i64
        %v4749 = arith.muli %v4748, %v114 : i64
        %v4750 = arith.addi %v4749, %v4747 : i64
        %v4751 = llvm.getelementptr %v38[%v4750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2751, %v4751 : f32, !llvm.ptr<3>
        %v4752 = arith.addi %v4279, %v45 : i64
        %v4753 = arith.divui %v4752, %v100 : i64
        %v4754 = arith.remui %v4752, %v100 : i64
        %v4755 = arith.addi %v1162, %v4753 : i64
        %v4756 = arith.muli %v4755, %v114 : i64
        %v4757 = arith.addi %v4756, %v4754 : i64
        %v4758 = llvm.getelementptr %v38[%v4757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2766, %v4758 : f32, !llvm.ptr<3>
        %v4759 = arith.addi %v4287, %v45 : i64
        %v4760 = arith.divui %v4759, %v100 : i64
        %v4761 = arith.remui %v4759, %v100 : i64
        %v4762 = arith.addi %v1162, %v4760 : i64
        %v4763 = arith.muli %v4762, %v114 : i64
        %v4764 = arith.addi %v4763, %v4761 : i64
        %v4765 = llvm.getelementptr %v38[%v4764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2781, %v4765 : f32, !llvm.ptr<3>
        %v4766 = arith.addi %v4295, %v45 : i64
        %v4767 = arith.divui %v4766, %v100 : i64
        %v4768 = arith.remui %v4766, %v100 : i64
        %v4769 = arith.addi %v1162, %v4767 : i64
        %v4770 = arith.muli %v4769, %v114 : i64
        %v4771 = arith.addi %v4770, %v4768 : i64
        %v4772 = llvm.getelementptr %v38[%v4771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2796, %v4772 : f32, !llvm.ptr<3>
        %v4773 = arith.addi %v4303, %v45 : i64
        %v4774 = arith.divui %v4773, %v100 : i64
        %v4775 = arith.remui %v4773, %v100 : i64
        %v4776 = arith.addi %v1162, %v4774 : i64
        %v4777 = arith.muli %v4776, %v114 : i64
        %v4778 = arith.addi %v4777, %v4775 : i64
        %v4779 = llvm.getelementptr %v38[%v4778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2811, %v4779 : f32, !llvm.ptr<3>
        %v4780 = arith.addi %v4311, %v45 : i64
        %v4781 = arith.divui %v4780, %v100 : i64
        %v4782 = arith.remui %v4780, %v100 : i64
        %v4783 = arith.addi %v1162, %v4781 : i64
        %v4784 = arith.muli %v4783, %v114 : i64
        %v4785 = arith.addi %v4784, %v4782 : i64
        %v4786 = llvm.getelementptr %v38[%v4785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2826, %v4786 : f32, !llvm.ptr<3>
        %v4787 = arith.addi %v4319, %v45 : i64
        %v4788 = arith.divui %v4787, %v100 : i64
        %v4789 = arith.remui %v4787, %v100 : i64
        %v4790 = arith.addi %v1162, %v4788 : i64
        %v4791 = arith.muli %v4790, %v114 : i64
        %v4792 = arith.addi %v4791, %v4789 : i64
        %v4793 = llvm.getelementptr %v38[%v4792] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2841, %v4793 : f32, !llvm.ptr<3>
        %v4794 = arith.addi %v4327, %v45 : i64
        %v4795 = arith.divui %v4794, %v100 : i64
        %v4796 = arith.remui %v4794, %v100 : i64
        %v4797 = arith.addi %v1162, %v4795 : i64
        %v4798 = arith.muli %v4797, %v114 : i64
        %v4799 = arith.addi %v4798, %v4796 : i64
        %v4800 = llvm.getelementptr %v38[%v4799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2856, %v4800 : f32, !llvm.ptr<3>
        %v4801 = arith.addi %v4335, %v45 : i64
        %v4802 = arith.divui %v4801, %v100 : i64
        %v4803 = arith.remui %v4801, %v100 : i64
        %v4804 = arith.addi %v1162, %v4802 : i64
        %v4805 = arith.muli %v4804, %v114 : i64
        %v4806 = arith.addi %v4805, %v4803 : i64
        %v4807 = llvm.getelementptr %v38[%v4806] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2871, %v4807 : f32, !llvm.ptr<3>
        %v4808 = arith.addi %v4343, %v45 : i64
        %v4809 = arith.divui %v4808, %v100 : i64
        %v4810 = arith.remui %v4808, %v100 : i64
        %v4811 = arith.addi %v1162, %v4809 : i64
        %v4812 = arith.muli %v4811, %v114 : i64
        %v4813 = arith.addi %v4812, %v4810 : i64
        %v4814 = llvm.getelementptr %v38[%v4813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2886, %v4814 : f32, !llvm.ptr<3>
        %v4815 = arith.addi %v4351, %v45 : i64
        %v4816 = arith.divui %v4815, %v100 : i64
        %v4817 = arith.remui %v4815, %v100 : i64
        %v4818 = arith.addi %v1162, %v4816 : i64
        %v4819 = arith.muli %v4818, %v114 : i64
        %v4820 = arith.addi %v4819, %v4817 : i64
        %v4821 = llvm.getelementptr %v38[%v4820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2901, %v4821 : f32, !llvm.ptr<3>
        %v4822 = arith.addi %v4359, %v45 : i64
        %v4823 = arith.divui %v4822, %v100 : i64
        %v4824 = arith.remui %v4822, %v100 : i64
        %v4825 = arith.addi %v1162, %v4823 : i64
        %v4826 = arith.muli %v4825, %v114 : i64
        %v4827 = arith.addi %v4826, %v4824 : i64
        %v4828 = llvm.getelementptr %v38[%v4827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2916, %v4828 : f32, !llvm.ptr<3>
        %v4829 = arith.addi %v4367, %v45 : i64
        %v4830 = arith.divui %v4829, %v100 : i64
        %v4831 = arith.remui %v4829, %v100 : i64
        %v4832 = arith.addi %v1162, %v4830 : i64
        %v4833 = arith.muli %v4832, %v114 : i64
        %v4834 = arith.addi %v4833, %v4831 : i64
        %v4835 = llvm.getelementptr %v38[%v4834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2931, %v4835 : f32, !llvm.ptr<3>
        %v4836 = arith.addi %v4375, %v45 : i64
        %v4837 = arith.divui %v4836, %v100 : i64
        %v4838 = arith.remui %v4836, %v100 : i64
        %v4839 = arith.addi %v1162, %v4837 : i64
        %v4840 = arith.muli %v4839, %v114 : i64
        %v4841 = arith.addi %v4840, %v4838 : i64
        %v4842 = llvm.getelementptr %v38[%v4841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2946, %v4842 : f32, !llvm.ptr<3>
        %v4843 = arith.addi %v4383, %v45 : i64
        %v4844 = arith.divui %v4843, %v100 : i64
        %v4845 = arith.remui %v4843, %v100 : i64
        %v4846 = arith.addi %v1162, %v4844 : i64
        %v4847 = arith.muli %v4846, %v114 : i64
        %v4848 = arith.addi %v4847, %v4845 : i64
        %v4849 = llvm.getelementptr %v38[%v4848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2961, %v4849 : f32, !llvm.ptr<3>
        %v4850 = arith.addi %v4391, %v45 : i64
        %v4851 = arith.divui %v4850, %v100 : i64
        %v4852 = arith.remui %v4850, %v100 : i64
        %v4853 = arith.addi %v1162, %v4851 : i64
        %v4854 = arith.muli %v4853, %v114 : i64
        %v4855 = arith.addi %v4854, %v4852 : i64
        %v4856 = llvm.getelementptr %v38[%v4855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2976, %v4856 : f32, !llvm.ptr<3>
        %v4857 = arith.addi %v4399, %v45 : i64
        %v4858 = arith.divui %v4857, %v100 : i64
        %v4859 = arith.remui %v4857, %v100 : i64
        %v4860 = arith.addi %v1162, %v4858 : i64
        %v4861 = arith.muli %v4860, %v114 : i64
        %v4862 = arith.addi %v4861, %v4859 : i64
        %v4863 = llvm.getelementptr %v38[%v4862] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2991, %v4863 : f32, !llvm.ptr<3>
        %v4864 = arith.addi %v4407, %v45 : i64
        %v4865 = arith.divui %v4864, %v100 : i64
        %v4866 = arith.remui %v4864, %v100 : i64
        %v4867 = arith.addi %v1162, %v4865 : i64
        %v4868 = arith.muli %v4867, %v114 : i64
        %v4869 = arith.addi %v4868, %v4866 : i64
        %v4870 = llvm.getelementptr %v38[%v4869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3006, %v4870 : f32, !llvm.ptr<3>
        %v4871 = arith.addi %v4415, %v45 : i64
        %v4872 = arith.divui %v4871, %v100 : i64
        %v4873 = arith.remui %v4871, %v100 : i64
        %v4874 = arith.addi %v1162, %v4872 : i64
        %v4875 = arith.muli %v4874, %v114 : i64
        %v4876 = arith.addi %v4875, %v4873 : i64
        %v4877 = llvm.getelementptr %v38[%v4876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3021, %v4877 : f32, !llvm.ptr<3>
        %v4878 = arith.addi %v4423, %v45 : i64
        %v4879 = arith.divui %v4878, %v100 : i64
        %v4880 = arith.remui %v4878, %v100 : i64
        %v4881 = arith.addi %v1162, %v4879 : i64
        %v4882 = arith.muli %v4881, %v114 : i64
        %v4883 = arith.addi %v4882, %v4880 : i64
        %v4884 = llvm.getelementptr %v38[%v4883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3036, %v4884 : f32, !llvm.ptr<3>
        %v4885 = arith.addi %v4431, %v45 : i64
        %v4886 = arith.divui %v4885, %v100 : i64
        %v4887 = arith.remui %v4885, %v100 : i64
        %v4888 = arith.addi %v1162, %v4886 : i64
        %v4889 = arith.muli %v4888, %v114 : i64
        %v4890 = arith.addi %v4889, %v4887 : i64
        %v4891 = llvm.getelementptr %v38[%v4890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3051, %v4891 : f32, !llvm.ptr<3>
        %v4892 = arith.addi %v4439, %v45 : i64
        %v4893 = arith.divui %v4892, %v100 : i64
        %v4894 = arith.remui %v4892, %v100 : i64
        %v4895 = arith.addi %v1162, %v4893 : i64
        %v4896 = arith.muli %v4895, %v114 : i64
        %v4897 = arith.addi %v4896, %v4894 : i64
        %v4898 = llvm.getelementptr %v38[%v4897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3066, %v4898 : f32, !llvm.ptr<3>
        %v4899 = arith.addi %v4447, %v45 : i64
        %v4900 = arith.divui %v4899, %v100 : i64
        %v4901 = arith.remui %v4899, %v100 : i64
        %v4902 = arith.addi %v1162, %v4900 : i64
        %v4903 = arith.muli %v4902, %v114 : i64
        %v4904 = arith.addi %v4903, %v4901 : i64
        %v4905 = llvm.getelementptr %v38[%v4904] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3081, %v4905 : f32, !llvm.ptr<3>
        %v4906 = arith.addi %v4455, %v45 : i64
        %v4907 = arith.divui %v4906, %v100 : i64
        %v4908 = arith.remui %v4906, %v100 : i64
        %v4909 = arith.addi %v1162, %v4907 : i64
        %v4910 = arith.muli %v4909, %v114 : i64
        %v4911 = arith.addi %v4910, %v4908 : i64
        %v4912 = llvm.getelementptr %v38[%v4911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3096, %v4912 : f32, !llvm.ptr<3>
        %v4913 = arith.addi %v4463, %v45 : i64
        %v4914 = arith.divui %v4913, %v100 : i64
        %v4915 = arith.remui %v4913, %v100 : i64
        %v4916 = arith.addi %v1162, %v4914 : i64
        %v4917 = arith.muli %v4916, %v114 : i64
        %v4918 = arith.addi %v4917, %v4915 : i64
        %v4919 = llvm.getelementptr %v38[%v4918] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3111, %v4919 : f32, !llvm.ptr<3>
        %v4920 = arith.addi %v4471, %v45 : i64
        %v4921 = arith.divui %v4920, %v100 : i64
        %v4922 = arith.remui %v4920, %v100 : i64
        %v4923 = arith.addi %v1162, %v4921 : i64
        %v4924 = arith.muli %v4923, %v114 : i64
        %v4925 = arith.addi %v4924, %v4922 : i64
        %v4926 = llvm.getelementptr %v38[%v4925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3126, %v4926 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v55 {
        %v4927 = arith.muli %v51, %v4 : i64
        %v4928 = arith.subi %v4, %v2 : i64
        %v4929 = arith.minsi %v54, %v4928 : i64
        %v4930 = arith.addi %v4927, %v4929 : i64
        %v4931 = arith.muli %v4930, %v1 : i64
        %v4932 = arith.addi %v4931, %v62 : i64
        %v4933 = llvm.load %v21 : !llvm.ptr -> f32
        %v4934 = llvm.getelementptr %agga_h[%v4932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4933, %v4934 : f32, !llvm.ptr
        %v4935 = llvm.load %v5 : !llvm.ptr -> f32
        %v4936 = llvm.getelementptr %aggb_h[%v4932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4935, %v4936 : f32, !llvm.ptr
        %v4937 = arith.muli %v51, %v4 : i64
        %v4938 = arith.subi %v4, %v2 : i64
        %v4939 = arith.minsi %v54, %v4938 : i64
        %v4940 = arith.addi %v4937, %v4939 : i64
        %v4941 = arith.muli %v4940, %v1 : i64
        %v4942 = arith.addi %v4941, %v2 : i64
        %v4943 = llvm.load %v22 : !llvm.ptr -> f32
        %v4944 = llvm.getelementptr %agga_h[%v4942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4943, %v4944 : f32, !llvm.ptr
        %v4945 = llvm.load %v6 : !llvm.ptr -> f32
        %v4946 = llvm.getelementptr %aggb_h[%v4942] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4945, %v4946 : f32, !llvm.ptr
        %v4947 = arith.muli %v51, %v4 : i64
        %v4948 = arith.subi %v4, %v2 : i64
        %v4949 = arith.minsi %v54, %v4948 : i64
        %v4950 = arith.addi %v4947, %v4949 : i64
        %v4951 = arith.muli %v4950, %v1 : i64
        %v4952 = arith.addi %v4951, %v91 : i64
        %v4953 = llvm.load %v23 : !llvm.ptr -> f32
        %v4954 = llvm.getelementptr %agga_h[%v4952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4953, %v4954 : f32, !llvm.ptr
        %v4955 = llvm.load %v7 : !llvm.ptr -> f32
        %v4956 = llvm.getelementptr %aggb_h[%v4952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4955, %v4956 : f32, !llvm.ptr
        %v4957 = arith.muli %v51, %v4 : i64
        %v4958 = arith.subi %v4, %v2 : i64
        %v4959 = arith.minsi %v54, %v4958 : i64
        %v4960 = arith.addi %v4957, %v4959 : i64
        %v4961 = arith.muli %v4960, %v1 : i64
        %v4963 = arith.addi %v4961, %v4962 : i64
        %v4964 = llvm.load %v24 : !llvm.ptr -> f32
        %v4965 = llvm.getelementptr %agga_h[%v4963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4964, %v4965 : f32, !llvm.ptr
        %v4966 = llvm.load %v8 : !llvm.ptr -> f32
        %v4967 = llvm.getelementptr %aggb_h[%v4963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4966, %v4967 : f32, !llvm.ptr
        %v4968 = arith.muli %v51, %v4 : i64
        %v4969 = arith.subi %v4, %v2 : i64
        %v4970 = arith.minsi %v54, %v4969 : i64
        %v4971 = arith.addi %v4968, %v4970 : i64
        %v4972 = arith.muli %v4971, %v1 : i64
        %v4973 = arith.addi %v4972, %v134 : i64
        %v4974 = llvm.load %v25 : !llvm.ptr -> f32
        %v4975 = llvm.getelementptr %agga_h[%v4973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4974, %v4975 : f32, !llvm.ptr
        %v4976 = llvm.load %v9 : !llvm.ptr -> f32
        %v4977 = llvm.getelementptr %aggb_h[%v4973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4976, %v4977 : f32, !llvm.ptr
        %v4978 = arith.muli %v51, %v4 : i64
        %v4979 = arith.subi %v4, %v2 : i64
        %v4980 = arith.minsi %v54, %v4979 : i64
        %v4981 = arith.addi %v4978, %v4980 : i64
        %v4982 = arith.muli %v4981, %v1 : i64
        %v4984 = arith.addi %v4982, %v4983 : i64
        %v4985 = llvm.load %v26 : !llvm.ptr -> f32
        %v4986 = llvm.getelementptr %agga_h[%v4984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4985, %v4986 : f32, !llvm.ptr
        %v4987 = llvm.load %v10 : !llvm.ptr -> f32
        %v4988 = llvm.getelementptr %aggb_h[%v4984] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4987, %v4988 : f32, !llvm.ptr
        %v4989 = arith.muli %v51, %v4 : i64
        %v4990 = arith.subi %v4, %v2 : i64
        %v4991 = arith.minsi %v54, %v4990 : i64
        %v4992 = arith.addi %v4989, %v4991 : i64
        %v4993 = arith.muli %v4992, %v1 : i64
        %v4994 = arith.addi %v4993, %v150 : i64
        %v4995 = llvm.load %v27 : !llvm.ptr -> f32
        %v4996 = llvm.getelementptr %agga_h[%v4994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4995, %v4996 : f32, !llvm.ptr
        %v4997 = llvm.load %v11 : !llvm.ptr -> f32
        %v4998 = llvm.getelementptr %aggb_h[%v4994] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4997, %v4998 : f32, !llvm.ptr
        %v4999 = arith.muli %v51, %v4 : i64
        %v5000 = arith.subi %v4, %v2 : i64
        %v5001 = arith.minsi %v54, %v5000 : i64
        %v5002 = arith.addi %v4999, %v5001 : i64
        %v5003 = arith.muli %v5002, %v1 : i64
        %v5005 = arith.addi %v5003, %v5004 : i64
        %v5006 = llvm.load %v28 : !llvm.ptr -> f32
        %v5007 = llvm.getelementptr %agga_h[%v5005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5006, %v5007 : f32, !llvm.ptr
        %v5008 = llvm.load %v12 : !llvm.ptr -> f32
        %v5009 = llvm.getelementptr %aggb_h[%v5005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5008, %v5009 : f32, !llvm.ptr
        %v5010 = arith.muli %v51, %v4 : i64
        %v5011 = arith.subi %v4, %v2 : i64
        %v5012 = arith.minsi %v54, %v5011 : i64
        %v5013 = arith.addi %v5010, %v5012 : i64
        %v5014 = arith.muli %v5013, %v1 : i64
        %v5015 = arith.addi %v5014, %v166 : i64
        %v5016 = llvm.load %v29 : !llvm.ptr -> f32
        %v5017 = llvm.getelementptr %agga_h[%v5015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5016, %v5017 : f32, !llvm.ptr
        %v5018 = llvm.load %v13 : !llvm.ptr -> f32
        %v5019 = llvm.getelementptr %aggb_h[%v5015] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5018, %v5019 : f32, !llvm.ptr
        %v5020 = arith.muli %v51, %v4 : i64
        %v5021 = arith.subi %v4, %v2 : i64
        %v5022 = arith.minsi %v54, %v5021 : i64
        %v5023 = arith.addi %v5020, %v5022 : i64
        %v5024 = arith.muli %v5023, %v1 : i64
        %v5026 = arith.addi %v5024, %v5025 : i64
        %v5027 = llvm.load %v30 : !llvm.ptr -> f32
        %v5028 = llvm.getelementptr %agga_h[%v5026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5027, %v5028 : f32, !llvm.ptr
        %v5029 = llvm.load %v14 : !llvm.ptr -> f32
        %v5030 = llvm.getelementptr %aggb_h[%v5026] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5029, %v5030 : f32, !llvm.ptr
        %v5031 = arith.muli %v51, %v4 : i64
        %v5032 = arith.subi %v4, %v2 : i64
        %v5033 = arith.minsi %v54, %v5032 : i64
        %v5034 = arith.addi %v5031, %v5033 : i64
        %v5035 = arith.muli %v5034, %v1 : i64
        %v5036 = arith.addi %v5035, %v182 : i64
        %v5037 = llvm.load %v31 : !llvm.ptr -> f32
        %v5038 = llvm.getelementptr %agga_h[%v5036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5037, %v5038 : f32, !llvm.ptr
        %v5039 = llvm.load %v15 : !llvm.ptr -> f32
        %v5040 = llvm.getelementptr %aggb_h[%v5036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5039, %v5040 : f32, !llvm.ptr
        %v5041 = arith.muli %v51, %v4 : i64
        %v5042 = arith.subi %v4, %v2 : i64
        %v5043 = arith.minsi %v54, %v5042 : i64
        %v5044 = arith.addi %v5041, %v5043 : i64
        %v5045 = arith.muli %v5044, %v1 : i64
        %v5047 = arith.addi %v5045, %v5046 : i64
        %v5048 = llvm.load %v32 : !llvm.ptr -> f32
        %v5049 = llvm.getelementptr %agga_h[%v5047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5048, %v5049 : f32, !llvm.ptr
        %v5050 = llvm.load %v16 : !llvm.ptr -> f32
        %v5051 = llvm.getelementptr %aggb_h[%v5047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5050, %v5051 : f32, !llvm.ptr
        %v5052 = arith.muli %v51, %v4 : i64
        %v5053 = arith.subi %v4, %v2 : i64
        %v5054 = arith.minsi %v54, %v5053 : i64
        %v5055 = arith.addi %v5052, %v5054 : i64
        %v5056 = arith.muli %v5055, %v1 : i64
        %v5057 = arith.addi %v5056, %v198 : i64
        %v5058 = llvm.load %v33 : !llvm.ptr -> f32
        %v5059 = llvm.getelementptr %agga_h[%v5057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5058, %v5059 : f32, !llvm.ptr
        %v5060 = llvm.load %v17 : !llvm.ptr -> f32
        %v5061 = llvm.getelementptr %aggb_h[%v5057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5060, %v5061 : f32, !llvm.ptr
        %v5062 = arith.muli %v51, %v4 : i64
        %v5063 = arith.subi %v4, %v2 : i64
        %v5064 = arith.minsi %v54, %v5063 : i64
        %v5065 = arith.addi %v5062, %v5064 : i64
        %v5066 = arith.muli %v5065, %v1 : i64
        %v5068 = arith.addi %v5066, %v5067 : i64
        %v5069 = llvm.load %v34 : !llvm.ptr -> f32
        %v5070 = llvm.getelementptr %agga_h[%v5068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5069, %v5070 : f32, !llvm.ptr
        %v5071 = llvm.load %v18 : !llvm.ptr -> f32
        %v5072 = llvm.getelementptr %aggb_h[%v5068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5071, %v5072 : f32, !llvm.ptr
        %v5073 = arith.muli %v51, %v4 : i64
        %v5074 = arith.subi %v4, %v2 : i64
        %v5075 = arith.minsi %v54, %v5074 : i64
        %v5076 = arith.addi %v5073, %v5075 : i64
        %v5077 = arith.muli %v5076, %v1 : i64
        %v5078 = arith.addi %v5077, %v214 : i64
        %v5079 = llvm.load %v35 : !llvm.ptr -> f32
        %v5080 = llvm.getelementptr %agga_h[%v5078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5079, %v5080 : f32, !llvm.ptr
        %v5081 = llvm.load %v19 : !llvm.ptr -> f32
        %v5082 = llvm.getelementptr %aggb_h[%v5078] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5081, %v5082 : f32, !llvm.ptr
        %v5083 = arith.muli %v51, %v4 : i64
        %v5084 = arith.subi %v4, %v2 : i64
        %v5085 = arith.minsi %v54, %v5084 : i64
        %v5086 = arith.addi %v5083, %v5085 : i64
        %v5087 = arith.muli %v5086, %v1 : i64
        %v5089 = arith.addi %v5087, %v5088 : i64
        %v5090 = llvm.load %v36 : !llvm.ptr -> f32
        %v5091 = llvm.getelementptr %agga_h[%v5089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5090, %v5091 : f32, !llvm.ptr
        %v5092 = llvm.load %v20 : !llvm.ptr -> f32
        %v5093 = llvm.getelementptr %aggb_h[%v5089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5092, %v5093 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
