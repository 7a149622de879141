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
      %v63 = arith.muli %v2, %size_L : i64
      %v64 = arith.muli %v63, %size_D : i64
      %v86 = arith.constant 2 : i64
      %v90 = arith.constant 0x00000000 : f32
      %v91 = arith.constant 0x3F800000 : f32
      %v95 = arith.constant 32 : i64
      %v107 = arith.subi %size_L, %v2 : i64
      %v110 = arith.constant 33 : i64
      %v130 = arith.constant 4 : i64
      %v146 = arith.constant 6 : i64
      %v162 = arith.constant 8 : i64
      %v178 = arith.constant 10 : i64
      %v194 = arith.constant 12 : i64
      %v210 = arith.constant 14 : i64
      %v241 = arith.constant 18 : i64
      %v257 = arith.constant 20 : i64
      %v273 = arith.constant 22 : i64
      %v289 = arith.constant 24 : i64
      %v305 = arith.constant 26 : i64
      %v321 = arith.constant 28 : i64
      %v337 = arith.constant 30 : i64
      %v368 = arith.constant 34 : i64
      %v384 = arith.constant 36 : i64
      %v400 = arith.constant 38 : i64
      %v416 = arith.constant 40 : i64
      %v432 = arith.constant 42 : i64
      %v448 = arith.constant 44 : i64
      %v464 = arith.constant 46 : i64
      %v480 = arith.constant 48 : i64
      %v496 = arith.constant 50 : i64
      %v512 = arith.constant 52 : i64
      %v528 = arith.constant 54 : i64
      %v544 = arith.constant 56 : i64
      %v560 = arith.constant 58 : i64
      %v576 = arith.constant 60 : i64
      %v592 = arith.constant 62 : i64
      %v1158 = arith.constant 128 : i64
      %v3133 = arith.muli %v2, %size_L : i64
      %v3134 = arith.muli %v3133, %v1 : i64
      %v3419 = arith.muli %v2, %v1 : i64
      %v3423 = arith.constant 0x3FB8AA3B : f32
      %v3442 = arith.constant 0x3F317218 : f32
      %v3444 = arith.constant 0x3E124925 : f32
      %v3446 = arith.constant 0xBE2AAAAB : f32
      %v3449 = arith.constant 0x3E4CCCCD : f32
      %v3452 = arith.constant 0xBE800000 : f32
      %v3455 = arith.constant 0x3EAAAAAB : f32
      %v3458 = arith.constant 0xBF000000 : f32
      %v3464 = arith.constant 0x3D800000 : f32
      %v4244 = arith.constant 192 : i64
      %v4259 = arith.constant 320 : i64
      %v4267 = arith.constant 384 : i64
      %v4275 = arith.constant 448 : i64
      %v4283 = arith.constant 512 : i64
      %v4291 = arith.constant 576 : i64
      %v4299 = arith.constant 640 : i64
      %v4307 = arith.constant 704 : i64
      %v4315 = arith.constant 768 : i64
      %v4323 = arith.constant 832 : i64
      %v4331 = arith.constant 896 : i64
      %v4339 = arith.constant 960 : i64
      %v4347 = arith.constant 1024 : i64
      %v4355 = arith.constant 1088 : i64
      %v4363 = arith.constant 1152 : i64
      %v4371 = arith.constant 1216 : i64
      %v4379 = arith.constant 1280 : i64
      %v4387 = arith.constant 1344 : i64
      %v4395 = arith.constant 1408 : i64
      %v4403 = arith.constant 1472 : i64
      %v4411 = arith.constant 1536 : i64
      %v4419 = arith.constant 1600 : i64
      %v4427 = arith.constant 1664 : i64
      %v4435 = arith.constant 1728 : i64
      %v4443 = arith.constant 1792 : i64
      %v4451 = arith.constant 1856 : i64
      %v4459 = arith.constant 1920 : i64
      %v4467 = arith.constant 1984 : i64
      %v4958 = arith.constant 3 : i64
      %v4979 = arith.constant 5 : i64
      %v5000 = arith.constant 7 : i64
      %v5021 = arith.constant 9 : i64
      %v5042 = arith.constant 11 : i64
      %v5063 = arith.constant 13 : i64
      %v5084 = arith.constant 15 : i64
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
      %v3420 = arith.muli %v58, %v3419 : i64
      %v3421 = llvm.getelementptr %in_A[%v3420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3422 = llvm.load %v3421 : !llvm.ptr -> f32
      %v3424 = arith.mulf %v3422, %v3423 fastmath<contract> : f32
      %v3431 = arith.muli %v58, %v2 : i64
      %v3432 = llvm.getelementptr %in_dt_bias[%v3431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3433 = llvm.load %v3432 : !llvm.ptr -> f32
      %v3483 = arith.muli %v58, %v3419 : i64
      %v3484 = arith.constant 1 : i64
      %v3485 = arith.muli %v3484, %v2 : i64
      %v3486 = arith.addi %v3483, %v3485 : i64
      %v3487 = llvm.getelementptr %in_A[%v3486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3488 = llvm.load %v3487 : !llvm.ptr -> f32
      %v3489 = arith.mulf %v3488, %v3423 fastmath<contract> : f32
      %v3498 = arith.muli %v58, %v3419 : i64
      %v3499 = arith.constant 2 : i64
      %v3500 = arith.muli %v3499, %v2 : i64
      %v3501 = arith.addi %v3498, %v3500 : i64
      %v3502 = llvm.getelementptr %in_A[%v3501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3503 = llvm.load %v3502 : !llvm.ptr -> f32
      %v3504 = arith.mulf %v3503, %v3423 fastmath<contract> : f32
      %v3513 = arith.muli %v58, %v3419 : i64
      %v3514 = arith.constant 3 : i64
      %v3515 = arith.muli %v3514, %v2 : i64
      %v3516 = arith.addi %v3513, %v3515 : i64
      %v3517 = llvm.getelementptr %in_A[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3518 = llvm.load %v3517 : !llvm.ptr -> f32
      %v3519 = arith.mulf %v3518, %v3423 fastmath<contract> : f32
      %v3528 = arith.muli %v58, %v3419 : i64
      %v3529 = arith.constant 4 : i64
      %v3530 = arith.muli %v3529, %v2 : i64
      %v3531 = arith.addi %v3528, %v3530 : i64
      %v3532 = llvm.getelementptr %in_A[%v3531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3533 = llvm.load %v3532 : !llvm.ptr -> f32
      %v3534 = arith.mulf %v3533, %v3423 fastmath<contract> : f32
      %v3543 = arith.muli %v58, %v3419 : i64
      %v3544 = arith.constant 5 : i64
      %v3545 = arith.muli %v3544, %v2 : i64
      %v3546 = arith.addi %v3543, %v3545 : i64
      %v3547 = llvm.getelementptr %in_A[%v3546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3548 = llvm.load %v3547 : !llvm.ptr -> f32
      %v3549 = arith.mulf %v3548, %v3423 fastmath<contract> : f32
      %v3558 = arith.muli %v58, %v3419 : i64
      %v3559 = arith.constant 6 : i64
      %v3560 = arith.muli %v3559, %v2 : i64
      %v3561 = arith.addi %v3558, %v3560 : i64
      %v3562 = llvm.getelementptr %in_A[%v3561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3563 = llvm.load %v3562 : !llvm.ptr -> f32
      %v3564 = arith.mulf %v3563, %v3423 fastmath<contract> : f32
      %v3573 = arith.muli %v58, %v3419 : i64
      %v3574 = arith.constant 7 : i64
      %v3575 = arith.muli %v3574, %v2 : i64
      %v3576 = arith.addi %v3573, %v3575 : i64
      %v3577 = llvm.getelementptr %in_A[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3578 = llvm.load %v3577 : !llvm.ptr -> f32
      %v3579 = arith.mulf %v3578, %v3423 fastmath<contract> : f32
      %v3588 = arith.muli %v58, %v3419 : i64
      %v3589 = arith.constant 8 : i64
      %v3590 = arith.muli %v3589, %v2 : i64
      %v3591 = arith.addi %v3588, %v3590 : i64
      %v3592 = llvm.getelementptr %in_A[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3593 = llvm.load %v3592 : !llvm.ptr -> f32
      %v3594 = arith.mulf %v3593, %v3423 fastmath<contract> : f32
      %v3603 = arith.muli %v58, %v3419 : i64
      %v3604 = arith.constant 9 : i64
      %v3605 = arith.muli %v3604, %v2 : i64
      %v3606 = arith.addi %v3603, %v3605 : i64
      %v3607 = llvm.getelementptr %in_A[%v3606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3608 = llvm.load %v3607 : !llvm.ptr -> f32
      %v3609 = arith.mulf %v3608, %v3423 fastmath<contract> : f32
      %v3618 = arith.muli %v58, %v3419 : i64
      %v3619 = arith.constant 10 : i64
      %v3620 = arith.muli %v3619, %v2 : i64
      %v3621 = arith.addi %v3618, %v3620 : i64
      %v3622 = llvm.getelementptr %in_A[%v3621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3623 = llvm.load %v3622 : !llvm.ptr -> f32
      %v3624 = arith.mulf %v3623, %v3423 fastmath<contract> : f32
      %v3633 = arith.muli %v58, %v3419 : i64
      %v3634 = arith.constant 11 : i64
      %v3635 = arith.muli %v3634, %v2 : i64
      %v3636 = arith.addi %v3633, %v3635 : i64
      %v3637 = llvm.getelementptr %in_A[%v3636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3638 = llvm.load %v3637 : !llvm.ptr -> f32
      %v3639 = arith.mulf %v3638, %v3423 fastmath<contract> : f32
      %v3648 = arith.muli %v58, %v3419 : i64
      %v3649 = arith.constant 12 : i64
      %v3650 = arith.muli %v3649, %v2 : i64
      %v3651 = arith.addi %v3648, %v3650 : i64
      %v3652 = llvm.getelementptr %in_A[%v3651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3653 = llvm.load %v3652 : !llvm.ptr -> f32
      %v3654 = arith.mulf %v3653, %v3423 fastmath<contract> : f32
      %v3663 = arith.muli %v58, %v3419 : i64
      %v3664 = arith.constant 13 : i64
      %v3665 = arith.muli %v3664, %v2 : i64
      %v3666 = arith.addi %v3663, %v3665 : i64
      %v3667 = llvm.getelementptr %in_A[%v3666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3668 = llvm.load %v3667 : !llvm.ptr -> f32
      %v3669 = arith.mulf %v3668, %v3423 fastmath<contract> : f32
      %v3678 = arith.muli %v58, %v3419 : i64
      %v3679 = arith.constant 14 : i64
      %v3680 = arith.muli %v3679, %v2 : i64
      %v3681 = arith.addi %v3678, %v3680 : i64
      %v3682 = llvm.getelementptr %in_A[%v3681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3683 = llvm.load %v3682 : !llvm.ptr -> f32
      %v3684 = arith.mulf %v3683, %v3423 fastmath<contract> : f32
      %v3693 = arith.muli %v58, %v3419 : i64
      %v3694 = arith.constant 15 : i64
      %v3695 = arith.muli %v3694, %v2 : i64
      %v3696 = arith.addi %v3693, %v3695 : i64
      %v3697 = llvm.getelementptr %in_A[%v3696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3698 = llvm.load %v3697 : !llvm.ptr -> f32
      %v3699 = arith.mulf %v3698, %v3423 fastmath<contract> : f32
      %v3709 = arith.mulf %v3422, %v3423 fastmath<contract> : f32
      %v3757 = arith.mulf %v3488, %v3423 fastmath<contract> : f32
      %v3766 = arith.mulf %v3503, %v3423 fastmath<contract> : f32
      %v3775 = arith.mulf %v3518, %v3423 fastmath<contract> : f32
      %v3784 = arith.mulf %v3533, %v3423 fastmath<contract> : f32
      %v3793 = arith.mulf %v3548, %v3423 fastmath<contract> : f32
      %v3802 = arith.mulf %v3563, %v3423 fastmath<contract> : f32
      %v3811 = arith.mulf %v3578, %v3423 fastmath<contract> : f32
      %v3820 = arith.mulf %v3593, %v3423 fastmath<contract> : f32
      %v3829 = arith.mulf %v3608, %v3423 fastmath<contract> : f32
      %v3838 = arith.mulf %v3623, %v3423 fastmath<contract> : f32
      %v3847 = arith.mulf %v3638, %v3423 fastmath<contract> : f32
      %v3856 = arith.mulf %v3653, %v3423 fastmath<contract> : f32
      %v3865 = arith.mulf %v3668, %v3423 fastmath<contract> : f32
      %v3874 = arith.mulf %v3683, %v3423 fastmath<contract> : f32
      %v3883 = arith.mulf %v3698, %v3423 fastmath<contract> : f32
      %v3899 = arith.mulf %v3422, %v3423 fastmath<contract> : f32
      %v3953 = arith.mulf %v3488, %v3423 fastmath<contract> : f32
      %v3971 = arith.mulf %v3503, %v3423 fastmath<contract> : f32
      %v3989 = arith.mulf %v3518, %v3423 fastmath<contract> : f32
      %v4007 = arith.mulf %v3533, %v3423 fastmath<contract> : f32
      %v4025 = arith.mulf %v3548, %v3423 fastmath<contract> : f32
      %v4043 = arith.mulf %v3563, %v3423 fastmath<contract> : f32
      %v4061 = arith.mulf %v3578, %v3423 fastmath<contract> : f32
      %v4079 = arith.mulf %v3593, %v3423 fastmath<contract> : f32
      %v4097 = arith.mulf %v3608, %v3423 fastmath<contract> : f32
      %v4115 = arith.mulf %v3623, %v3423 fastmath<contract> : f32
      %v4133 = arith.mulf %v3638, %v3423 fastmath<contract> : f32
      %v4151 = arith.mulf %v3653, %v3423 fastmath<contract> : f32
      %v4169 = arith.mulf %v3668, %v3423 fastmath<contract> : f32
      %v4187 = arith.mulf %v3683, %v3423 fastmath<contract> : f32
      %v4205 = arith.mulf %v3698, %v3423 fastmath<contract> : f32
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
      %v108 = arith.subi %v107, %v106 : i64
      %v109 = arith.addi %v102, %v108 : i64
      %v111 = arith.muli %v100, %v110 : i64
      %v112 = arith.addi %v111, %v97 : i64
      %v113 = llvm.getelementptr %in_u[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v114 = llvm.load %v113 : !llvm.ptr -> f32
      %v115 = arith.addi %v96, %v86 : i64
      %v116 = arith.constant true
      %v117 = arith.addi %v62, %v115 : i64
      %v118 = llvm.getelementptr %v37[%v117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v119 = llvm.load %v118 : !llvm.ptr<3> -> i64
      %v120 = arith.addi %v92, %v97 : i64
      %v121 = arith.cmpi slt, %v120, %v94 : i64
      %v122 = arith.subi %size_L, %v2 : i64
      %v123 = arith.minsi %v120, %v122 : i64
      %v124 = arith.subi %v107, %v123 : i64
      %v125 = arith.addi %v119, %v124 : i64
      %v126 = arith.muli %v117, %v110 : i64
      %v127 = arith.addi %v126, %v97 : i64
      %v128 = llvm.getelementptr %in_u[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v129 = llvm.load %v128 : !llvm.ptr -> f32
      %v131 = arith.addi %v96, %v130 : i64
      %v132 = arith.constant true
      %v133 = arith.addi %v62, %v131 : i64
      %v134 = llvm.getelementptr %v37[%v133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v135 = llvm.load %v134 : !llvm.ptr<3> -> i64
      %v136 = arith.addi %v92, %v97 : i64
      %v137 = arith.cmpi slt, %v136, %v94 : i64
      %v138 = arith.subi %size_L, %v2 : i64
      %v139 = arith.minsi %v136, %v138 : i64
      %v140 = arith.subi %v107, %v139 : i64
      %v141 = arith.addi %v135, %v140 : i64
      %v142 = arith.muli %v133, %v110 : i64
      %v143 = arith.addi %v142, %v97 : i64
      %v144 = llvm.getelementptr %in_u[%v141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v145 = llvm.load %v144 : !llvm.ptr -> f32
      %v147 = arith.addi %v96, %v146 : i64
      %v148 = arith.constant true
      %v149 = arith.addi %v62, %v147 : i64
      %v150 = llvm.getelementptr %v37[%v149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v151 = llvm.load %v150 : !llvm.ptr<3> -> i64
      %v152 = arith.addi %v92, %v97 : i64
      %v153 = arith.cmpi slt, %v152, %v94 : i64
      %v154 = arith.subi %size_L, %v2 : i64
      %v155 = arith.minsi %v152, %v154 : i64
      %v156 = arith.subi %v107, %v155 : i64
      %v157 = arith.addi %v151, %v156 : i64
      %v158 = arith.muli %v149, %v110 : i64
      %v159 = arith.addi %v158, %v97 : i64
      %v160 = llvm.getelementptr %in_u[%v157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v161 = llvm.load %v160 : !llvm.ptr -> f32
      %v163 = arith.addi %v96, %v162 : i64
      %v164 = arith.constant true
      %v165 = arith.addi %v62, %v163 : i64
      %v166 = llvm.getelementptr %v37[%v165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v167 = llvm.load %v166 : !llvm.ptr<3> -> i64
      %v168 = arith.addi %v92, %v97 : i64
      %v169 = arith.cmpi slt, %v168, %v94 : i64
      %v170 = arith.subi %size_L, %v2 : i64
      %v171 = arith.minsi %v168, %v170 : i64
      %v172 = arith.subi %v107, %v171 : i64
      %v173 = arith.addi %v167, %v172 : i64
      %v174 = arith.muli %v165, %v110 : i64
      %v175 = arith.addi %v174, %v97 : i64
      %v176 = llvm.getelementptr %in_u[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v177 = llvm.load %v176 : !llvm.ptr -> f32
      %v179 = arith.addi %v96, %v178 : i64
      %v180 = arith.constant true
      %v181 = arith.addi %v62, %v179 : i64
      %v182 = llvm.getelementptr %v37[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v183 = llvm.load %v182 : !llvm.ptr<3> -> i64
      %v184 = arith.addi %v92, %v97 : i64
      %v185 = arith.cmpi slt, %v184, %v94 : i64
      %v186 = arith.subi %size_L, %v2 : i64
      %v187 = arith.minsi %v184, %v186 : i64
      %v188 = arith.subi %v107, %v187 : i64
      %v189 = arith.addi %v183, %v188 : i64
      %v190 = arith.muli %v181, %v110 : i64
      %v191 = arith.addi %v190, %v97 : i64
      %v192 = llvm.getelementptr %in_u[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v193 = llvm.load %v192 : !llvm.ptr -> f32
      %v195 = arith.addi %v96, %v194 : i64
      %v196 = arith.constant true
      %v197 = arith.addi %v62, %v195 : i64
      %v198 = llvm.getelementptr %v37[%v197] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v199 = llvm.load %v198 : !llvm.ptr<3> -> i64
      %v200 = arith.addi %v92, %v97 : i64
      %v201 = arith.cmpi slt, %v200, %v94 : i64
      %v202 = arith.subi %size_L, %v2 : i64
      %v203 = arith.minsi %v200, %v202 : i64
      %v204 = arith.subi %v107, %v203 : i64
      %v205 = arith.addi %v199, %v204 : i64
      %v206 = arith.muli %v197, %v110 : i64
      %v207 = arith.addi %v206, %v97 : i64
      %v208 = llvm.getelementptr %in_u[%v205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v209 = llvm.load %v208 : !llvm.ptr -> f32
      %v211 = arith.addi %v96, %v210 : i64
      %v212 = arith.constant true
      %v213 = arith.addi %v62, %v211 : i64
      %v214 = llvm.getelementptr %v37[%v213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v215 = llvm.load %v214 : !llvm.ptr<3> -> i64
      %v216 = arith.addi %v92, %v97 : i64
      %v217 = arith.cmpi slt, %v216, %v94 : i64
      %v218 = arith.subi %size_L, %v2 : i64
      %v219 = arith.minsi %v216, %v218 : i64
      %v220 = arith.subi %v107, %v219 : i64
      %v221 = arith.addi %v215, %v220 : i64
      %v222 = arith.muli %v213, %v110 : i64
      %v223 = arith.addi %v222, %v97 : i64
      %v224 = llvm.getelementptr %in_u[%v221] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v225 = llvm.load %v224 : !llvm.ptr -> f32
      %v226 = arith.addi %v96, %v1 : i64
      %v227 = arith.constant true
      %v228 = arith.addi %v62, %v226 : i64
      %v229 = llvm.getelementptr %v37[%v228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v230 = llvm.load %v229 : !llvm.ptr<3> -> i64
      %v231 = arith.addi %v92, %v97 : i64
      %v232 = arith.cmpi slt, %v231, %v94 : i64
      %v233 = arith.subi %size_L, %v2 : i64
      %v234 = arith.minsi %v231, %v233 : i64
      %v235 = arith.subi %v107, %v234 : i64
      %v236 = arith.addi %v230, %v235 : i64
      %v237 = arith.muli %v228, %v110 : i64
      %v238 = arith.addi %v237, %v97 : i64
      %v239 = llvm.getelementptr %in_u[%v236] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v240 = llvm.load %v239 : !llvm.ptr -> f32
      %v242 = arith.addi %v96, %v241 : i64
      %v243 = arith.constant true
      %v244 = arith.addi %v62, %v242 : i64
      %v245 = llvm.getelementptr %v37[%v244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v246 = llvm.load %v245 : !llvm.ptr<3> -> i64
      %v247 = arith.addi %v92, %v97 : i64
      %v248 = arith.cmpi slt, %v247, %v94 : i64
      %v249 = arith.subi %size_L, %v2 : i64
      %v250 = arith.minsi %v247, %v249 : i64
      %v251 = arith.subi %v107, %v250 : i64
      %v252 = arith.addi %v246, %v251 : i64
      %v253 = arith.muli %v244, %v110 : i64
      %v254 = arith.addi %v253, %v97 : i64
      %v255 = llvm.getelementptr %in_u[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v256 = llvm.load %v255 : !llvm.ptr -> f32
      %v258 = arith.addi %v96, %v257 : i64
      %v259 = arith.constant true
      %v260 = arith.addi %v62, %v258 : i64
      %v261 = llvm.getelementptr %v37[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v262 = llvm.load %v261 : !llvm.ptr<3> -> i64
      %v263 = arith.addi %v92, %v97 : i64
      %v264 = arith.cmpi slt, %v263, %v94 : i64
      %v265 = arith.subi %size_L, %v2 : i64
      %v266 = arith.minsi %v263, %v265 : i64
      %v267 = arith.subi %v107, %v266 : i64
      %v268 = arith.addi %v262, %v267 : i64
      %v269 = arith.muli %v260, %v110 : i64
      %v270 = arith.addi %v269, %v97 : i64
      %v271 = llvm.getelementptr %in_u[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v272 = llvm.load %v271 : !llvm.ptr -> f32
      %v274 = arith.addi %v96, %v273 : i64
      %v275 = arith.constant true
      %v276 = arith.addi %v62, %v274 : i64
      %v277 = llvm.getelementptr %v37[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v278 = llvm.load %v277 : !llvm.ptr<3> -> i64
      %v279 = arith.addi %v92, %v97 : i64
      %v280 = arith.cmpi slt, %v279, %v94 : i64
      %v281 = arith.subi %size_L, %v2 : i64
      %v282 = arith.minsi %v279, %v281 : i64
      %v283 = arith.subi %v107, %v282 : i64
      %v284 = arith.addi %v278, %v283 : i64
      %v285 = arith.muli %v276, %v110 : i64
      %v286 = arith.addi %v285, %v97 : i64
      %v287 = llvm.getelementptr %in_u[%v284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v288 = llvm.load %v287 : !llvm.ptr -> f32
      %v290 = arith.addi %v96, %v289 : i64
      %v291 = arith.constant true
      %v292 = arith.addi %v62, %v290 : i64
      %v293 = llvm.getelementptr %v37[%v292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v294 = llvm.load %v293 : !llvm.ptr<3> -> i64
      %v295 = arith.addi %v92, %v97 : i64
      %v296 = arith.cmpi slt, %v295, %v94 : i64
      %v297 = arith.subi %size_L, %v2 : i64
      %v298 = arith.minsi %v295, %v297 : i64
      %v299 = arith.subi %v107, %v298 : i64
      %v300 = arith.addi %v294, %v299 : i64
      %v301 = arith.muli %v292, %v110 : i64
      %v302 = arith.addi %v301, %v97 : i64
      %v303 = llvm.getelementptr %in_u[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v304 = llvm.load %v303 : !llvm.ptr -> f32
      %v306 = arith.addi %v96, %v305 : i64
      %v307 = arith.constant true
      %v308 = arith.addi %v62, %v306 : i64
      %v309 = llvm.getelementptr %v37[%v308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v310 = llvm.load %v309 : !llvm.ptr<3> -> i64
      %v311 = arith.addi %v92, %v97 : i64
      %v312 = arith.cmpi slt, %v311, %v94 : i64
      %v313 = arith.subi %size_L, %v2 : i64
      %v314 = arith.minsi %v311, %v313 : i64
      %v315 = arith.subi %v107, %v314 : i64
      %v316 = arith.addi %v310, %v315 : i64
      %v317 = arith.muli %v308, %v110 : i64
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
      %v331 = arith.subi %v107, %v330 : i64
      %v332 = arith.addi %v326, %v331 : i64
      %v333 = arith.muli %v324, %v110 : i64
      %v334 = arith.addi %v333, %v97 : i64
      %v335 = llvm.getelementptr %in_u[%v332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v336 = llvm.load %v335 : !llvm.ptr -> f32
      %v338 = arith.addi %v96, %v337 : i64
      %v339 = arith.constant true
      %v340 = arith.addi %v62, %v338 : i64
      %v341 = llvm.getelementptr %v37[%v340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v342 = llvm.load %v341 : !llvm.ptr<3> -> i64
      %v343 = arith.addi %v92, %v97 : i64
      %v344 = arith.cmpi slt, %v343, %v94 : i64
      %v345 = arith.subi %size_L, %v2 : i64
      %v346 = arith.minsi %v343, %v345 : i64
      %v347 = arith.subi %v107, %v346 : i64
      %v348 = arith.addi %v342, %v347 : i64
      %v349 = arith.muli %v340, %v110 : i64
      %v350 = arith.addi %v349, %v97 : i64
      %v351 = llvm.getelementptr %in_u[%v348] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v352 = llvm.load %v351 : !llvm.ptr -> f32
      %v353 = arith.addi %v96, %v95 : i64
      %v354 = arith.constant true
      %v355 = arith.addi %v62, %v353 : i64
      %v356 = llvm.getelementptr %v37[%v355] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v357 = llvm.load %v356 : !llvm.ptr<3> -> i64
      %v358 = arith.addi %v92, %v97 : i64
      %v359 = arith.cmpi slt, %v358, %v94 : i64
      %v360 = arith.subi %size_L, %v2 : i64
      %v361 = arith.minsi %v358, %v360 : i64
      %v362 = arith.subi %v107, %v361 : i64
      %v363 = arith.addi %v357, %v362 : i64
      %v364 = arith.muli %v355, %v110 : i64
      %v365 = arith.addi %v364, %v97 : i64
      %v366 = llvm.getelementptr %in_u[%v363] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v367 = llvm.load %v366 : !llvm.ptr -> f32
      %v369 = arith.addi %v96, %v368 : i64
      %v370 = arith.constant true
      %v371 = arith.addi %v62, %v369 : i64
      %v372 = llvm.getelementptr %v37[%v371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v373 = llvm.load %v372 : !llvm.ptr<3> -> i64
      %v374 = arith.addi %v92, %v97 : i64
      %v375 = arith.cmpi slt, %v374, %v94 : i64
      %v376 = arith.subi %size_L, %v2 : i64
      %v377 = arith.minsi %v374, %v376 : i64
      %v378 = arith.subi %v107, %v377 : i64
      %v379 = arith.addi %v373, %v378 : i64
      %v380 = arith.muli %v371, %v110 : i64
      %v381 = arith.addi %v380, %v97 : i64
      %v382 = llvm.getelementptr %in_u[%v379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v383 = llvm.load %v382 : !llvm.ptr -> f32
      %v385 = arith.addi %v96, %v384 : i64
      %v386 = arith.constant true
      %v387 = arith.addi %v62, %v385 : i64
      %v388 = llvm.getelementptr %v37[%v387] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v389 = llvm.load %v388 : !llvm.ptr<3> -> i64
      %v390 = arith.addi %v92, %v97 : i64
      %v391 = arith.cmpi slt, %v390, %v94 : i64
      %v392 = arith.subi %size_L, %v2 : i64
      %v393 = arith.minsi %v390, %v392 : i64
      %v394 = arith.subi %v107, %v393 : i64
      %v395 = arith.addi %v389, %v394 : i64
      %v396 = arith.muli %v387, %v110 : i64
      %v397 = arith.addi %v396, %v97 : i64
      %v398 = llvm.getelementptr %in_u[%v395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v399 = llvm.load %v398 : !llvm.ptr -> f32
      %v401 = arith.addi %v96, %v400 : i64
      %v402 = arith.constant true
      %v403 = arith.addi %v62, %v401 : i64
      %v404 = llvm.getelementptr %v37[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v405 = llvm.load %v404 : !llvm.ptr<3> -> i64
      %v406 = arith.addi %v92, %v97 : i64
      %v407 = arith.cmpi slt, %v406, %v94 : i64
      %v408 = arith.subi %size_L, %v2 : i64
      %v409 = arith.minsi %v406, %v408 : i64
      %v410 = arith.subi %v107, %v409 : i64
      %v411 = arith.addi %v405, %v410 : i64
      %v412 = arith.muli %v403, %v110 : i64
      %v413 = arith.addi %v412, %v97 : i64
      %v414 = llvm.getelementptr %in_u[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v415 = llvm.load %v414 : !llvm.ptr -> f32
      %v417 = arith.addi %v96, %v416 : i64
      %v418 = arith.constant true
      %v419 = arith.addi %v62, %v417 : i64
      %v420 = llvm.getelementptr %v37[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v421 = llvm.load %v420 : !llvm.ptr<3> -> i64
      %v422 = arith.addi %v92, %v97 : i64
      %v423 = arith.cmpi slt, %v422, %v94 : i64
      %v424 = arith.subi %size_L, %v2 : i64
      %v425 = arith.minsi %v422, %v424 : i64
      %v426 = arith.subi %v107, %v425 : i64
      %v427 = arith.addi %v421, %v426 : i64
      %v428 = arith.muli %v419, %v110 : i64
      %v429 = arith.addi %v428, %v97 : i64
      %v430 = llvm.getelementptr %in_u[%v427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v431 = llvm.load %v430 : !llvm.ptr -> f32
      %v433 = arith.addi %v96, %v432 : i64
      %v434 = arith.constant true
      %v435 = arith.addi %v62, %v433 : i64
      %v436 = llvm.getelementptr %v37[%v435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v437 = llvm.load %v436 : !llvm.ptr<3> -> i64
      %v438 = arith.addi %v92, %v97 : i64
      %v439 = arith.cmpi slt, %v438, %v94 : i64
      %v440 = arith.subi %size_L, %v2 : i64
      %v441 = arith.minsi %v438, %v440 : i64
      %v442 = arith.subi %v107, %v441 : i64
      %v443 = arith.addi %v437, %v442 : i64
      %v444 = arith.muli %v435, %v110 : i64
      %v445 = arith.addi %v444, %v97 : i64
      %v446 = llvm.getelementptr %in_u[%v443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v447 = llvm.load %v446 : !llvm.ptr -> f32
      %v449 = arith.addi %v96, %v448 : i64
      %v450 = arith.constant true
      %v451 = arith.addi %v62, %v449 : i64
      %v452 = llvm.getelementptr %v37[%v451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v453 = llvm.load %v452 : !llvm.ptr<3> -> i64
      %v454 = arith.addi %v92, %v97 : i64
      %v455 = arith.cmpi slt, %v454, %v94 : i64
      %v456 = arith.subi %size_L, %v2 : i64
      %v457 = arith.minsi %v454, %v456 : i64
      %v458 = arith.subi %v107, %v457 : i64
      %v459 = arith.addi %v453, %v458 : i64
      %v460 = arith.muli %v451, %v110 : i64
      %v461 = arith.addi %v460, %v97 : i64
      %v462 = llvm.getelementptr %in_u[%v459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v463 = llvm.load %v462 : !llvm.ptr -> f32
      %v465 = arith.addi %v96, %v464 : i64
      %v466 = arith.constant true
      %v467 = arith.addi %v62, %v465 : i64
      %v468 = llvm.getelementptr %v37[%v467] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v469 = llvm.load %v468 : !llvm.ptr<3> -> i64
      %v470 = arith.addi %v92, %v97 : i64
      %v471 = arith.cmpi slt, %v470, %v94 : i64
      %v472 = arith.subi %size_L, %v2 : i64
      %v473 = arith.minsi %v470, %v472 : i64
      %v474 = arith.subi %v107, %v473 : i64
      %v475 = arith.addi %v469, %v474 : i64
      %v476 = arith.muli %v467, %v110 : i64
      %v477 = arith.addi %v476, %v97 : i64
      %v478 = llvm.getelementptr %in_u[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v479 = llvm.load %v478 : !llvm.ptr -> f32
      %v481 = arith.addi %v96, %v480 : i64
      %v482 = arith.constant true
      %v483 = arith.addi %v62, %v481 : i64
      %v484 = llvm.getelementptr %v37[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v485 = llvm.load %v484 : !llvm.ptr<3> -> i64
      %v486 = arith.addi %v92, %v97 : i64
      %v487 = arith.cmpi slt, %v486, %v94 : i64
      %v488 = arith.subi %size_L, %v2 : i64
      %v489 = arith.minsi %v486, %v488 : i64
      %v490 = arith.subi %v107, %v489 : i64
      %v491 = arith.addi %v485, %v490 : i64
      %v492 = arith.muli %v483, %v110 : i64
      %v493 = arith.addi %v492, %v97 : i64
      %v494 = llvm.getelementptr %in_u[%v491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v495 = llvm.load %v494 : !llvm.ptr -> f32
      %v497 = arith.addi %v96, %v496 : i64
      %v498 = arith.constant true
      %v499 = arith.addi %v62, %v497 : i64
      %v500 = llvm.getelementptr %v37[%v499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v501 = llvm.load %v500 : !llvm.ptr<3> -> i64
      %v502 = arith.addi %v92, %v97 : i64
      %v503 = arith.cmpi slt, %v502, %v94 : i64
      %v504 = arith.subi %size_L, %v2 : i64
      %v505 = arith.minsi %v502, %v504 : i64
      %v506 = arith.subi %v107, %v505 : i64
      %v507 = arith.addi %v501, %v506 : i64
      %v508 = arith.muli %v499, %v110 : i64
      %v509 = arith.addi %v508, %v97 : i64
      %v510 = llvm.getelementptr %in_u[%v507] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v511 = llvm.load %v510 : !llvm.ptr -> f32
      %v513 = arith.addi %v96, %v512 : i64
      %v514 = arith.constant true
      %v515 = arith.addi %v62, %v513 : i64
      %v516 = llvm.getelementptr %v37[%v515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v517 = llvm.load %v516 : !llvm.ptr<3> -> i64
      %v518 = arith.addi %v92, %v97 : i64
      %v519 = arith.cmpi slt, %v518, %v94 : i64
      %v520 = arith.subi %size_L, %v2 : i64
      %v521 = arith.minsi %v518, %v520 : i64
      %v522 = arith.subi %v107, %v521 : i64
      %v523 = arith.addi %v517, %v522 : i64
      %v524 = arith.muli %v515, %v110 : i64
      %v525 = arith.addi %v524, %v97 : i64
      %v526 = llvm.getelementptr %in_u[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v527 = llvm.load %v526 : !llvm.ptr -> f32
      %v529 = arith.addi %v96, %v528 : i64
      %v530 = arith.constant true
      %v531 = arith.addi %v62, %v529 : i64
      %v532 = llvm.getelementptr %v37[%v531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v533 = llvm.load %v532 : !llvm.ptr<3> -> i64
      %v534 = arith.addi %v92, %v97 : i64
      %v535 = arith.cmpi slt, %v534, %v94 : i64
      %v536 = arith.subi %size_L, %v2 : i64
      %v537 = arith.minsi %v534, %v536 : i64
      %v538 = arith.subi %v107, %v537 : i64
      %v539 = arith.addi %v533, %v538 : i64
      %v540 = arith.muli %v531, %v110 : i64
      %v541 = arith.addi %v540, %v97 : i64
      %v542 = llvm.getelementptr %in_u[%v539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v543 = llvm.load %v542 : !llvm.ptr -> f32
      %v545 = arith.addi %v96, %v544 : i64
      %v546 = arith.constant true
      %v547 = arith.addi %v62, %v545 : i64
      %v548 = llvm.getelementptr %v37[%v547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v549 = llvm.load %v548 : !llvm.ptr<3> -> i64
      %v550 = arith.addi %v92, %v97 : i64
      %v551 = arith.cmpi slt, %v550, %v94 : i64
      %v552 = arith.subi %size_L, %v2 : i64
      %v553 = arith.minsi %v550, %v552 : i64
      %v554 = arith.subi %v107, %v553 : i64
      %v555 = arith.addi %v549, %v554 : i64
      %v556 = arith.muli %v547, %v110 : i64
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
      %v570 = arith.subi %v107, %v569 : i64
      %v571 = arith.addi %v565, %v570 : i64
      %v572 = arith.muli %v563, %v110 : i64
      %v573 = arith.addi %v572, %v97 : i64
      %v574 = llvm.getelementptr %in_u[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v575 = llvm.load %v574 : !llvm.ptr -> f32
      %v577 = arith.addi %v96, %v576 : i64
      %v578 = arith.constant true
      %v579 = arith.addi %v62, %v577 : i64
      %v580 = llvm.getelementptr %v37[%v579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v581 = llvm.load %v580 : !llvm.ptr<3> -> i64
      %v582 = arith.addi %v92, %v97 : i64
      %v583 = arith.cmpi slt, %v582, %v94 : i64
      %v584 = arith.subi %size_L, %v2 : i64
      %v585 = arith.minsi %v582, %v584 : i64
      %v586 = arith.subi %v107, %v585 : i64
      %v587 = arith.addi %v581, %v586 : i64
      %v588 = arith.muli %v579, %v110 : i64
      %v589 = arith.addi %v588, %v97 : i64
      %v590 = llvm.getelementptr %in_u[%v587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v591 = llvm.load %v590 : !llvm.ptr -> f32
      %v593 = arith.addi %v96, %v592 : i64
      %v594 = arith.constant true
      %v595 = arith.addi %v62, %v593 : i64
      %v596 = llvm.getelementptr %v37[%v595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v597 = llvm.load %v596 : !llvm.ptr<3> -> i64
      %v598 = arith.addi %v92, %v97 : i64
      %v599 = arith.cmpi slt, %v598, %v94 : i64
      %v600 = arith.subi %size_L, %v2 : i64
      %v601 = arith.minsi %v598, %v600 : i64
      %v602 = arith.subi %v107, %v601 : i64
      %v603 = arith.addi %v597, %v602 : i64
      %v604 = arith.muli %v595, %v110 : i64
      %v605 = arith.addi %v604, %v97 : i64
      %v606 = llvm.getelementptr %in_u[%v603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v607 = llvm.load %v606 : !llvm.ptr -> f32
      scf.if %v99 {
        %v608 = llvm.getelementptr %v38[%v112] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v114, %v608 : f32, !llvm.ptr<3>
      }
      scf.if %v116 {
        %v609 = llvm.getelementptr %v38[%v127] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v129, %v609 : f32, !llvm.ptr<3>
      }
      scf.if %v132 {
        %v610 = llvm.getelementptr %v38[%v143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v145, %v610 : f32, !llvm.ptr<3>
      }
      scf.if %v148 {
        %v611 = llvm.getelementptr %v38[%v159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v161, %v611 : f32, !llvm.ptr<3>
      }
      scf.if %v164 {
        %v612 = llvm.getelementptr %v38[%v175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v177, %v612 : f32, !llvm.ptr<3>
      }
      scf.if %v180 {
        %v613 = llvm.getelementptr %v38[%v191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v193, %v613 : f32, !llvm.ptr<3>
      }
      scf.if %v196 {
        %v614 = llvm.getelementptr %v38[%v207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v209, %v614 : f32, !llvm.ptr<3>
      }
      scf.if %v212 {
        %v615 = llvm.getelementptr %v38[%v223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v225, %v615 : f32, !llvm.ptr<3>
      }
      scf.if %v227 {
        %v616 = llvm.getelementptr %v38[%v238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v240, %v616 : f32, !llvm.ptr<3>
      }
      scf.if %v243 {
        %v617 = llvm.getelementptr %v38[%v254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v256, %v617 : f32, !llvm.ptr<3>
      }
      scf.if %v259 {
        %v618 = llvm.getelementptr %v38[%v270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v272, %v618 : f32, !llvm.ptr<3>
      }
      scf.if %v275 {
        %v619 = llvm.getelementptr %v38[%v286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v288, %v619 : f32, !llvm.ptr<3>
      }
      scf.if %v291 {
        %v620 = llvm.getelementptr %v38[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v304, %v620 : f32, !llvm.ptr<3>
      }
      scf.if %v307 {
        %v621 = llvm.getelementptr %v38[%v318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v320, %v621 : f32, !llvm.ptr<3>
      }
      scf.if %v323 {
        %v622 = llvm.getelementptr %v38[%v334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v336, %v622 : f32, !llvm.ptr<3>
      }
      scf.if %v339 {
        %v623 = llvm.getelementptr %v38[%v350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v352, %v623 : f32, !llvm.ptr<3>
      }
      scf.if %v354 {
        %v624 = llvm.getelementptr %v38[%v365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v367, %v624 : f32, !llvm.ptr<3>
      }
      scf.if %v370 {
        %v625 = llvm.getelementptr %v38[%v381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v383, %v625 : f32, !llvm.ptr<3>
      }
      scf.if %v386 {
        %v626 = llvm.getelementptr %v38[%v397] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v399, %v626 : f32, !llvm.ptr<3>
      }
      scf.if %v402 {
        %v627 = llvm.getelementptr %v38[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v415, %v627 : f32, !llvm.ptr<3>
      }
      scf.if %v418 {
        %v628 = llvm.getelementptr %v38[%v429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v431, %v628 : f32, !llvm.ptr<3>
      }
      scf.if %v434 {
        %v629 = llvm.getelementptr %v38[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v447, %v629 : f32, !llvm.ptr<3>
      }
      scf.if %v450 {
        %v630 = llvm.getelementptr %v38[%v461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v463, %v630 : f32, !llvm.ptr<3>
      }
      scf.if %v466 {
        %v631 = llvm.getelementptr %v38[%v477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v479, %v631 : f32, !llvm.ptr<3>
      }
      scf.if %v482 {
        %v632 = llvm.getelementptr %v38[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v495, %v632 : f32, !llvm.ptr<3>
      }
      scf.if %v498 {
        %v633 = llvm.getelementptr %v38[%v509] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v511, %v633 : f32, !llvm.ptr<3>
      }
      scf.if %v514 {
        %v634 = llvm.getelementptr %v38[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v527, %v634 : f32, !llvm.ptr<3>
      }
      scf.if %v530 {
        %v635 = llvm.getelementptr %v38[%v541] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v543, %v635 : f32, !llvm.ptr<3>
      }
      scf.if %v546 {
        %v636 = llvm.getelementptr %v38[%v557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v559, %v636 : f32, !llvm.ptr<3>
      }
      scf.if %v562 {
        %v637 = llvm.getelementptr %v38[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v575, %v637 : f32, !llvm.ptr<3>
      }
      scf.if %v578 {
        %v638 = llvm.getelementptr %v38[%v589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v591, %v638 : f32, !llvm.ptr<3>
      }
      scf.if %v594 {
        %v639 = llvm.getelementptr %v38[%v605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v607, %v639 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v640 = arith.divui %v45, %v95 : i64
      %v641 = arith.remui %v45, %v95 : i64
      %v642 = arith.addi %v640, %v62 : i64
      %v643 = arith.constant true
      %v644 = arith.addi %v47, %v642 : i64
      %v645 = llvm.getelementptr %v37[%v644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v646 = llvm.load %v645 : !llvm.ptr<3> -> i64
      %v647 = arith.addi %v92, %v641 : i64
      %v648 = arith.cmpi slt, %v647, %v94 : i64
      %v649 = arith.subi %size_L, %v2 : i64
      %v650 = arith.minsi %v647, %v649 : i64
      %v651 = arith.subi %v107, %v650 : i64
      %v652 = arith.addi %v646, %v651 : i64
      %v653 = arith.muli %v644, %v110 : i64
      %v654 = arith.addi %v653, %v641 : i64
      %v655 = llvm.getelementptr %in_delta[%v652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v656 = llvm.load %v655 : !llvm.ptr -> f32
      %v657 = arith.addi %v640, %v86 : i64
      %v658 = arith.constant true
      %v659 = arith.addi %v47, %v657 : i64
      %v660 = llvm.getelementptr %v37[%v659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v661 = llvm.load %v660 : !llvm.ptr<3> -> i64
      %v662 = arith.addi %v92, %v641 : i64
      %v663 = arith.cmpi slt, %v662, %v94 : i64
      %v664 = arith.subi %size_L, %v2 : i64
      %v665 = arith.minsi %v662, %v664 : i64
      %v666 = arith.subi %v107, %v665 : i64
      %v667 = arith.addi %v661, %v666 : i64
      %v668 = arith.muli %v659, %v110 : i64
      %v669 = arith.addi %v668, %v641 : i64
      %v670 = llvm.getelementptr %in_delta[%v667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v671 = llvm.load %v670 : !llvm.ptr -> f32
      %v672 = arith.addi %v640, %v130 : i64
      %v673 = arith.constant true
      %v674 = arith.addi %v47, %v672 : i64
      %v675 = llvm.getelementptr %v37[%v674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v676 = llvm.load %v675 : !llvm.ptr<3> -> i64
      %v677 = arith.addi %v92, %v641 : i64
      %v678 = arith.cmpi slt, %v677, %v94 : i64
      %v679 = arith.subi %size_L, %v2 : i64
      %v680 = arith.minsi %v677, %v679 : i64
      %v681 = arith.subi %v107, %v680 : i64
      %v682 = arith.addi %v676, %v681 : i64
      %v683 = arith.muli %v674, %v110 : i64
      %v684 = arith.addi %v683, %v641 : i64
      %v685 = llvm.getelementptr %in_delta[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v686 = llvm.load %v685 : !llvm.ptr -> f32
      %v687 = arith.addi %v640, %v146 : i64
      %v688 = arith.constant true
      %v689 = arith.addi %v47, %v687 : i64
      %v690 = llvm.getelementptr %v37[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v691 = llvm.load %v690 : !llvm.ptr<3> -> i64
      %v692 = arith.addi %v92, %v641 : i64
      %v693 = arith.cmpi slt, %v692, %v94 : i64
      %v694 = arith.subi %size_L, %v2 : i64
      %v695 = arith.minsi %v692, %v694 : i64
      %v696 = arith.subi %v107, %v695 : i64
      %v697 = arith.addi %v691, %v696 : i64
      %v698 = arith.muli %v689, %v110 : i64
      %v699 = arith.addi %v698, %v641 : i64
      %v700 = llvm.getelementptr %in_delta[%v697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v701 = llvm.load %v700 : !llvm.ptr -> f32
      %v702 = arith.addi %v640, %v162 : i64
      %v703 = arith.constant true
      %v704 = arith.addi %v47, %v702 : i64
      %v705 = llvm.getelementptr %v37[%v704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v706 = llvm.load %v705 : !llvm.ptr<3> -> i64
      %v707 = arith.addi %v92, %v641 : i64
      %v708 = arith.cmpi slt, %v707, %v94 : i64
      %v709 = arith.subi %size_L, %v2 : i64
      %v710 = arith.minsi %v707, %v709 : i64
      %v711 = arith.subi %v107, %v710 : i64
      %v712 = arith.addi %v706, %v711 : i64
      %v713 = arith.muli %v704, %v110 : i64
      %v714 = arith.addi %v713, %v641 : i64
      %v715 = llvm.getelementptr %in_delta[%v712] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v716 = llvm.load %v715 : !llvm.ptr -> f32
      %v717 = arith.addi %v640, %v178 : i64
      %v718 = arith.constant true
      %v719 = arith.addi %v47, %v717 : i64
      %v720 = llvm.getelementptr %v37[%v719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v721 = llvm.load %v720 : !llvm.ptr<3> -> i64
      %v722 = arith.addi %v92, %v641 : i64
      %v723 = arith.cmpi slt, %v722, %v94 : i64
      %v724 = arith.subi %size_L, %v2 : i64
      %v725 = arith.minsi %v722, %v724 : i64
      %v726 = arith.subi %v107, %v725 : i64
      %v727 = arith.addi %v721, %v726 : i64
      %v728 = arith.muli %v719, %v110 : i64
      %v729 = arith.addi %v728, %v641 : i64
      %v730 = llvm.getelementptr %in_delta[%v727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v731 = llvm.load %v730 : !llvm.ptr -> f32
      %v732 = arith.addi %v640, %v194 : i64
      %v733 = arith.constant true
      %v734 = arith.addi %v47, %v732 : i64
      %v735 = llvm.getelementptr %v37[%v734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v736 = llvm.load %v735 : !llvm.ptr<3> -> i64
      %v737 = arith.addi %v92, %v641 : i64
      %v738 = arith.cmpi slt, %v737, %v94 : i64
      %v739 = arith.subi %size_L, %v2 : i64
      %v740 = arith.minsi %v737, %v739 : i64
      %v741 = arith.subi %v107, %v740 : i64
      %v742 = arith.addi %v736, %v741 : i64
      %v743 = arith.muli %v734, %v110 : i64
      %v744 = arith.addi %v743, %v641 : i64
      %v745 = llvm.getelementptr %in_delta[%v742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v746 = llvm.load %v745 : !llvm.ptr -> f32
      %v747 = arith.addi %v640, %v210 : i64
      %v748 = arith.constant true
      %v749 = arith.addi %v47, %v747 : i64
      %v750 = llvm.getelementptr %v37[%v749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v751 = llvm.load %v750 : !llvm.ptr<3> -> i64
      %v752 = arith.addi %v92, %v641 : i64
      %v753 = arith.cmpi slt, %v752, %v94 : i64
      %v754 = arith.subi %size_L, %v2 : i64
      %v755 = arith.minsi %v752, %v754 : i64
      %v756 = arith.subi %v107, %v755 : i64
      %v757 = arith.addi %v751, %v756 : i64
      %v758 = arith.muli %v749, %v110 : i64
      %v759 = arith.addi %v758, %v641 : i64
      %v760 = llvm.getelementptr %in_delta[%v757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v761 = llvm.load %v760 : !llvm.ptr -> f32
      %v762 = arith.addi %v640, %v1 : i64
      %v763 = arith.constant true
      %v764 = arith.addi %v47, %v762 : i64
      %v765 = llvm.getelementptr %v37[%v764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v766 = llvm.load %v765 : !llvm.ptr<3> -> i64
      %v767 = arith.addi %v92, %v641 : i64
      %v768 = arith.cmpi slt, %v767, %v94 : i64
      %v769 = arith.subi %size_L, %v2 : i64
      %v770 = arith.minsi %v767, %v769 : i64
      %v771 = arith.subi %v107, %v770 : i64
      %v772 = arith.addi %v766, %v771 : i64
      %v773 = arith.muli %v764, %v110 : i64
      %v774 = arith.addi %v773, %v641 : i64
      %v775 = llvm.getelementptr %in_delta[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v776 = llvm.load %v775 : !llvm.ptr -> f32
      %v777 = arith.addi %v640, %v241 : i64
      %v778 = arith.constant true
      %v779 = arith.addi %v47, %v777 : i64
      %v780 = llvm.getelementptr %v37[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
      %v782 = arith.addi %v92, %v641 : i64
      %v783 = arith.cmpi slt, %v782, %v94 : i64
      %v784 = arith.subi %size_L, %v2 : i64
      %v785 = arith.minsi %v782, %v784 : i64
      %v786 = arith.subi %v107, %v785 : i64
      %v787 = arith.addi %v781, %v786 : i64
      %v788 = arith.muli %v779, %v110 : i64
      %v789 = arith.addi %v788, %v641 : i64
      %v790 = llvm.getelementptr %in_delta[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v791 = llvm.load %v790 : !llvm.ptr -> f32
      %v792 = arith.addi %v640, %v257 : i64
      %v793 = arith.constant true
      %v794 = arith.addi %v47, %v792 : i64
      %v795 = llvm.getelementptr %v37[%v794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v796 = llvm.load %v795 : !llvm.ptr<3> -> i64
      %v797 = arith.addi %v92, %v641 : i64
      %v798 = arith.cmpi slt, %v797, %v94 : i64
      %v799 = arith.subi %size_L, %v2 : i64
      %v800 = arith.minsi %v797, %v799 : i64
      %v801 = arith.subi %v107, %v800 : i64
      %v802 = arith.addi %v796, %v801 : i64
      %v803 = arith.muli %v794, %v110 : i64
      %v804 = arith.addi %v803, %v641 : i64
      %v805 = llvm.getelementptr %in_delta[%v802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v806 = llvm.load %v805 : !llvm.ptr -> f32
      %v807 = arith.addi %v640, %v273 : i64
      %v808 = arith.constant true
      %v809 = arith.addi %v47, %v807 : i64
      %v810 = llvm.getelementptr %v37[%v809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v811 = llvm.load %v810 : !llvm.ptr<3> -> i64
      %v812 = arith.addi %v92, %v641 : i64
      %v813 = arith.cmpi slt, %v812, %v94 : i64
      %v814 = arith.subi %size_L, %v2 : i64
      %v815 = arith.minsi %v812, %v814 : i64
      %v816 = arith.subi %v107, %v815 : i64
      %v817 = arith.addi %v811, %v816 : i64
      %v818 = arith.muli %v809, %v110 : i64
      %v819 = arith.addi %v818, %v641 : i64
      %v820 = llvm.getelementptr %in_delta[%v817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v821 = llvm.load %v820 : !llvm.ptr -> f32
      %v822 = arith.addi %v640, %v289 : i64
      %v823 = arith.constant true
      %v824 = arith.addi %v47, %v822 : i64
      %v825 = llvm.getelementptr %v37[%v824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v826 = llvm.load %v825 : !llvm.ptr<3> -> i64
      %v827 = arith.addi %v92, %v641 : i64
      %v828 = arith.cmpi slt, %v827, %v94 : i64
      %v829 = arith.subi %size_L, %v2 : i64
      %v830 = arith.minsi %v827, %v829 : i64
      %v831 = arith.subi %v107, %v830 : i64
      %v832 = arith.addi %v826, %v831 : i64
      %v833 = arith.muli %v824, %v110 : i64
      %v834 = arith.addi %v833, %v641 : i64
      %v835 = llvm.getelementptr %in_delta[%v832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v836 = llvm.load %v835 : !llvm.ptr -> f32
      %v837 = arith.addi %v640, %v305 : i64
      %v838 = arith.constant true
      %v839 = arith.addi %v47, %v837 : i64
      %v840 = llvm.getelementptr %v37[%v839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v841 = llvm.load %v840 : !llvm.ptr<3> -> i64
      %v842 = arith.addi %v92, %v641 : i64
      %v843 = arith.cmpi slt, %v842, %v94 : i64
      %v844 = arith.subi %size_L, %v2 : i64
      %v845 = arith.minsi %v842, %v844 : i64
      %v846 = arith.subi %v107, %v845 : i64
      %v847 = arith.addi %v841, %v846 : i64
      %v848 = arith.muli %v839, %v110 : i64
      %v849 = arith.addi %v848, %v641 : i64
      %v850 = llvm.getelementptr %in_delta[%v847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v851 = llvm.load %v850 : !llvm.ptr -> f32
      %v852 = arith.addi %v640, %v321 : i64
      %v853 = arith.constant true
      %v854 = arith.addi %v47, %v852 : i64
      %v855 = llvm.getelementptr %v37[%v854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v856 = llvm.load %v855 : !llvm.ptr<3> -> i64
      %v857 = arith.addi %v92, %v641 : i64
      %v858 = arith.cmpi slt, %v857, %v94 : i64
      %v859 = arith.subi %size_L, %v2 : i64
      %v860 = arith.minsi %v857, %v859 : i64
      %v861 = arith.subi %v107, %v860 : i64
      %v862 = arith.addi %v856, %v861 : i64
      %v863 = arith.muli %v854, %v110 : i64
      %v864 = arith.addi %v863, %v641 : i64
      %v865 = llvm.getelementptr %in_delta[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v866 = llvm.load %v865 : !llvm.ptr -> f32
      %v867 = arith.addi %v640, %v337 : i64
      %v868 = arith.constant true
      %v869 = arith.addi %v47, %v867 : i64
      %v870 = llvm.getelementptr %v37[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v871 = llvm.load %v870 : !llvm.ptr<3> -> i64
      %v872 = arith.addi %v92, %v641 : i64
      %v873 = arith.cmpi slt, %v872, %v94 : i64
      %v874 = arith.subi %size_L, %v2 : i64
      %v875 = arith.minsi %v872, %v874 : i64
      %v876 = arith.subi %v107, %v875 : i64
      %v877 = arith.addi %v871, %v876 : i64
      %v878 = arith.muli %v869, %v110 : i64
      %v879 = arith.addi %v878, %v641 : i64
      %v880 = llvm.getelementptr %in_delta[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v881 = llvm.load %v880 : !llvm.ptr -> f32
      %v882 = arith.addi %v640, %v95 : i64
      %v883 = arith.constant true
      %v884 = arith.addi %v47, %v882 : i64
      %v885 = llvm.getelementptr %v37[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v886 = llvm.load %v885 : !llvm.ptr<3> -> i64
      %v887 = arith.addi %v92, %v641 : i64
      %v888 = arith.cmpi slt, %v887, %v94 : i64
      %v889 = arith.subi %size_L, %v2 : i64
      %v890 = arith.minsi %v887, %v889 : i64
      %v891 = arith.subi %v107, %v890 : i64
      %v892 = arith.addi %v886, %v891 : i64
      %v893 = arith.muli %v884, %v110 : i64
      %v894 = arith.addi %v893, %v641 : i64
      %v895 = llvm.getelementptr %in_delta[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v896 = llvm.load %v895 : !llvm.ptr -> f32
      %v897 = arith.addi %v640, %v368 : i64
      %v898 = arith.constant true
      %v899 = arith.addi %v47, %v897 : i64
      %v900 = llvm.getelementptr %v37[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v901 = llvm.load %v900 : !llvm.ptr<3> -> i64
      %v902 = arith.addi %v92, %v641 : i64
      %v903 = arith.cmpi slt, %v902, %v94 : i64
      %v904 = arith.subi %size_L, %v2 : i64
      %v905 = arith.minsi %v902, %v904 : i64
      %v906 = arith.subi %v107, %v905 : i64
      %v907 = arith.addi %v901, %v906 : i64
      %v908 = arith.muli %v899, %v110 : i64
      %v909 = arith.addi %v908, %v641 : i64
      %v910 = llvm.getelementptr %in_delta[%v907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v911 = llvm.load %v910 : !llvm.ptr -> f32
      %v912 = arith.addi %v640, %v384 : i64
      %v913 = arith.constant true
      %v914 = arith.addi %v47, %v912 : i64
      %v915 = llvm.getelementptr %v37[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v916 = llvm.load %v915 : !llvm.ptr<3> -> i64
      %v917 = arith.addi %v92, %v641 : i64
      %v918 = arith.cmpi slt, %v917, %v94 : i64
      %v919 = arith.subi %size_L, %v2 : i64
      %v920 = arith.minsi %v917, %v919 : i64
      %v921 = arith.subi %v107, %v920 : i64
      %v922 = arith.addi %v916, %v921 : i64
      %v923 = arith.muli %v914, %v110 : i64
      %v924 = arith.addi %v923, %v641 : i64
      %v925 = llvm.getelementptr %in_delta[%v922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v926 = llvm.load %v925 : !llvm.ptr -> f32
      %v927 = arith.addi %v640, %v400 : i64
      %v928 = arith.constant true
      %v929 = arith.addi %v47, %v927 : i64
      %v930 = llvm.getelementptr %v37[%v929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v931 = llvm.load %v930 : !llvm.ptr<3> -> i64
      %v932 = arith.addi %v92, %v641 : i64
      %v933 = arith.cmpi slt, %v932, %v94 : i64
      %v934 = arith.subi %size_L, %v2 : i64
      %v935 = arith.minsi %v932, %v934 : i64
      %v936 = arith.subi %v107, %v935 : i64
      %v937 = arith.addi %v931, %v936 : i64
      %v938 = arith.muli %v929, %v110 : i64
      %v939 = arith.addi %v938, %v641 : i64
      %v940 = llvm.getelementptr %in_delta[%v937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v941 = llvm.load %v940 : !llvm.ptr -> f32
      %v942 = arith.addi %v640, %v416 : i64
      %v943 = arith.constant true
      %v944 = arith.addi %v47, %v942 : i64
      %v945 = llvm.getelementptr %v37[%v944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v946 = llvm.load %v945 : !llvm.ptr<3> -> i64
      %v947 = arith.addi %v92, %v641 : i64
      %v948 = arith.cmpi slt, %v947, %v94 : i64
      %v949 = arith.subi %size_L, %v2 : i64
      %v950 = arith.minsi %v947, %v949 : i64
      %v951 = arith.subi %v107, %v950 : i64
      %v952 = arith.addi %v946, %v951 : i64
      %v953 = arith.muli %v944, %v110 : i64
      %v954 = arith.addi %v953, %v641 : i64
      %v955 = llvm.getelementptr %in_delta[%v952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v956 = llvm.load %v955 : !llvm.ptr -> f32
      %v957 = arith.addi %v640, %v432 : i64
      %v958 = arith.constant true
      %v959 = arith.addi %v47, %v957 : i64
      %v960 = llvm.getelementptr %v37[%v959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v961 = llvm.load %v960 : !llvm.ptr<3> -> i64
      %v962 = arith.addi %v92, %v641 : i64
      %v963 = arith.cmpi slt, %v962, %v94 : i64
      %v964 = arith.subi %size_L, %v2 : i64
      %v965 = arith.minsi %v962, %v964 : i64
      %v966 = arith.subi %v107, %v965 : i64
      %v967 = arith.addi %v961, %v966 : i64
      %v968 = arith.muli %v959, %v110 : i64
      %v969 = arith.addi %v968, %v641 : i64
      %v970 = llvm.getelementptr %in_delta[%v967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v971 = llvm.load %v970 : !llvm.ptr -> f32
      %v972 = arith.addi %v640, %v448 : i64
      %v973 = arith.constant true
      %v974 = arith.addi %v47, %v972 : i64
      %v975 = llvm.getelementptr %v37[%v974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v976 = llvm.load %v975 : !llvm.ptr<3> -> i64
      %v977 = arith.addi %v92, %v641 : i64
      %v978 = arith.cmpi slt, %v977, %v94 : i64
      %v979 = arith.subi %size_L, %v2 : i64
      %v980 = arith.minsi %v977, %v979 : i64
      %v981 = arith.subi %v107, %v980 : i64
      %v982 = arith.addi %v976, %v981 : i64
      %v983 = arith.muli %v974, %v110 : i64
      %v984 = arith.addi %v983, %v641 : i64
      %v985 = llvm.getelementptr %in_delta[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      %v987 = arith.addi %v640, %v464 : i64
      %v988 = arith.constant true
      %v989 = arith.addi %v47, %v987 : i64
      %v990 = llvm.getelementptr %v37[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v991 = llvm.load %v990 : !llvm.ptr<3> -> i64
      %v992 = arith.addi %v92, %v641 : i64
      %v993 = arith.cmpi slt, %v992, %v94 : i64
      %v994 = arith.subi %size_L, %v2 : i64
      %v995 = arith.minsi %v992, %v994 : i64
      %v996 = arith.subi %v107, %v995 : i64
      %v997 = arith.addi %v991, %v996 : i64
      %v998 = arith.muli %v989, %v110 : i64
      %v999 = arith.addi %v998, %v641 : i64
      %v1000 = llvm.getelementptr %in_delta[%v997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1001 = llvm.load %v1000 : !llvm.ptr -> f32
      %v1002 = arith.addi %v640, %v480 : i64
      %v1003 = arith.constant true
      %v1004 = arith.addi %v47, %v1002 : i64
      %v1005 = llvm.getelementptr %v37[%v1004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1006 = llvm.load %v1005 : !llvm.ptr<3> -> i64
      %v1007 = arith.addi %v92, %v641 : i64
      %v1008 = arith.cmpi slt, %v1007, %v94 : i64
      %v1009 = arith.subi %size_L, %v2 : i64
      %v1010 = arith.minsi %v1007, %v1009 : i64
      %v1011 = arith.subi %v107, %v1010 : i64
      %v1012 = arith.addi %v1006, %v1011 : i64
      %v1013 = arith.muli %v1004, %v110 : i64
      %v1014 = arith.addi %v1013, %v641 : i64
      %v1015 = llvm.getelementptr %in_delta[%v1012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1016 = llvm.load %v1015 : !llvm.ptr -> f32
      %v1017 = arith.addi %v640, %v496 : i64
      %v1018 = arith.constant true
      %v1019 = arith.addi %v47, %v1017 : i64
      %v1020 = llvm.getelementptr %v37[%v1019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1021 = llvm.load %v1020 : !llvm.ptr<3> -> i64
      %v1022 = arith.addi %v92, %v641 : i64
      %v1023 = arith.cmpi slt, %v1022, %v94 : i64
      %v1024 = arith.subi %size_L, %v2 : i64
      %v1025 = arith.minsi %v1022, %v1024 : i64
      %v1026 = arith.subi %v107, %v1025 : i64
      %v1027 = arith.addi %v1021, %v1026 : i64
      %v1028 = arith.muli %v1019, %v110 : i64
      %v1029 = arith.addi %v1028, %v641 : i64
      %v1030 = llvm.getelementptr %in_delta[%v1027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1031 = llvm.load %v1030 : !llvm.ptr -> f32
      %v1032 = arith.addi %v640, %v512 : i64
      %v1033 = arith.constant true
      %v1034 = arith.addi %v47, %v1032 : i64
      %v1035 = llvm.getelementptr %v37[%v1034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1036 = llvm.load %v1035 : !llvm.ptr<3> -> i64
      %v1037 = arith.addi %v92, %v641 : i64
      %v1038 = arith.cmpi slt, %v1037, %v94 : i64
      %v1039 = arith.subi %size_L, %v2 : i64
      %v1040 = arith.minsi %v1037, %v1039 : i64
      %v1041 = arith.subi %v107, %v1040 : i64
      %v1042 = arith.addi %v1036, %v1041 : i64
      %v1043 = arith.muli %v1034, %v110 : i64
      %v1044 = arith.addi %v1043, %v641 : i64
      %v1045 = llvm.getelementptr %in_delta[%v1042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1046 = llvm.load %v1045 : !llvm.ptr -> f32
      %v1047 = arith.addi %v640, %v528 : i64
      %v1048 = arith.constant true
      %v1049 = arith.addi %v47, %v1047 : i64
      %v1050 = llvm.getelementptr %v37[%v1049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1051 = llvm.load %v1050 : !llvm.ptr<3> -> i64
      %v1052 = arith.addi %v92, %v641 : i64
      %v1053 = arith.cmpi slt, %v1052, %v94 : i64
      %v1054 = arith.subi %size_L, %v2 : i64
      %v1055 = arith.minsi %v1052, %v1054 : i64
      %v1056 = arith.subi %v107, %v1055 : i64
      %v1057 = arith.addi %v1051, %v1056 : i64
      %v1058 = arith.muli %v1049, %v110 : i64
      %v1059 = arith.addi %v1058, %v641 : i64
      %v1060 = llvm.getelementptr %in_delta[%v1057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1061 = llvm.load %v1060 : !llvm.ptr -> f32
      %v1062 = arith.addi %v640, %v544 : i64
      %v1063 = arith.constant true
      %v1064 = arith.addi %v47, %v1062 : i64
      %v1065 = llvm.getelementptr %v37[%v1064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1066 = llvm.load %v1065 : !llvm.ptr<3> -> i64
      %v1067 = arith.addi %v92, %v641 : i64
      %v1068 = arith.cmpi slt, %v1067, %v94 : i64
      %v1069 = arith.subi %size_L, %v2 : i64
      %v1070 = arith.minsi %v1067, %v1069 : i64
      %v1071 = arith.subi %v107, %v1070 : i64
      %v1072 = arith.addi %v1066, %v1071 : i64
      %v1073 = arith.muli %v1064, %v110 : i64
      %v1074 = arith.addi %v1073, %v641 : i64
      %v1075 = llvm.getelementptr %in_delta[%v1072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
      %v1077 = arith.addi %v640, %v560 : i64
      %v1078 = arith.constant true
      %v1079 = arith.addi %v47, %v1077 : i64
      %v1080 = llvm.getelementptr %v37[%v1079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1081 = llvm.load %v1080 : !llvm.ptr<3> -> i64
      %v1082 = arith.addi %v92, %v641 : i64
      %v1083 = arith.cmpi slt, %v1082, %v94 : i64
      %v1084 = arith.subi %size_L, %v2 : i64
      %v1085 = arith.minsi %v1082, %v1084 : i64
      %v1086 = arith.subi %v107, %v1085 : i64
      %v1087 = arith.addi %v1081, %v1086 : i64
      %v1088 = arith.muli %v1079, %v110 : i64
      %v1089 = arith.addi %v1088, %v641 : i64
      %v1090 = llvm.getelementptr %in_delta[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
      %v1092 = arith.addi %v640, %v576 : i64
      %v1093 = arith.constant true
      %v1094 = arith.addi %v47, %v1092 : i64
      %v1095 = llvm.getelementptr %v37[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
      %v1097 = arith.addi %v92, %v641 : i64
      %v1098 = arith.cmpi slt, %v1097, %v94 : i64
      %v1099 = arith.subi %size_L, %v2 : i64
      %v1100 = arith.minsi %v1097, %v1099 : i64
      %v1101 = arith.subi %v107, %v1100 : i64
      %v1102 = arith.addi %v1096, %v1101 : i64
      %v1103 = arith.muli %v1094, %v110 : i64
      %v1104 = arith.addi %v1103, %v641 : i64
      %v1105 = llvm.getelementptr %in_delta[%v1102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1106 = llvm.load %v1105 : !llvm.ptr -> f32
      %v1107 = arith.addi %v640, %v592 : i64
      %v1108 = arith.constant true
      %v1109 = arith.addi %v47, %v1107 : i64
      %v1110 = llvm.getelementptr %v37[%v1109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1111 = llvm.load %v1110 : !llvm.ptr<3> -> i64
      %v1112 = arith.addi %v92, %v641 : i64
      %v1113 = arith.cmpi slt, %v1112, %v94 : i64
      %v1114 = arith.subi %size_L, %v2 : i64
      %v1115 = arith.minsi %v1112, %v1114 : i64
      %v1116 = arith.subi %v107, %v1115 : i64
      %v1117 = arith.addi %v1111, %v1116 : i64
      %v1118 = arith.muli %v1109, %v110 : i64
      %v1119 = arith.addi %v1118, %v641 : i64
      %v1120 = llvm.getelementptr %in_delta[%v1117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1121 = llvm.load %v1120 : !llvm.ptr -> f32
      scf.if %v643 {
        %v1122 = llvm.getelementptr %v38[%v654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v656, %v1122 : f32, !llvm.ptr<3>
      }
      scf.if %v658 {
        %v1123 = llvm.getelementptr %v38[%v669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v671, %v1123 : f32, !llvm.ptr<3>
      }
      scf.if %v673 {
        %v1124 = llvm.getelementptr %v38[%v684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v686, %v1124 : f32, !llvm.ptr<3>
      }
      scf.if %v688 {
        %v1125 = llvm.getelementptr %v38[%v699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v701, %v1125 : f32, !llvm.ptr<3>
      }
      scf.if %v703 {
        %v1126 = llvm.getelementptr %v38[%v714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v716, %v1126 : f32, !llvm.ptr<3>
      }
      scf.if %v718 {
        %v1127 = llvm.getelementptr %v38[%v729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v731, %v1127 : f32, !llvm.ptr<3>
      }
      scf.if %v733 {
        %v1128 = llvm.getelementptr %v38[%v744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v746, %v1128 : f32, !llvm.ptr<3>
      }
      scf.if %v748 {
        %v1129 = llvm.getelementptr %v38[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v761, %v1129 : f32, !llvm.ptr<3>
      }
      scf.if %v763 {
        %v1130 = llvm.getelementptr %v38[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1130 : f32, !llvm.ptr<3>
      }
      scf.if %v778 {
        %v1131 = llvm.getelementptr %v38[%v789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v791, %v1131 : f32, !llvm.ptr<3>
      }
      scf.if %v793 {
        %v1132 = llvm.getelementptr %v38[%v804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v806, %v1132 : f32, !llvm.ptr<3>
      }
      scf.if %v808 {
        %v1133 = llvm.getelementptr %v38[%v819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v821, %v1133 : f32, !llvm.ptr<3>
      }
      scf.if %v823 {
        %v1134 = llvm.getelementptr %v38[%v834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v836, %v1134 : f32, !llvm.ptr<3>
      }
      scf.if %v838 {
        %v1135 = llvm.getelementptr %v38[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v851, %v1135 : f32, !llvm.ptr<3>
      }
      scf.if %v853 {
        %v1136 = llvm.getelementptr %v38[%v864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v866, %v1136 : f32, !llvm.ptr<3>
      }
      scf.if %v868 {
        %v1137 = llvm.getelementptr %v38[%v879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v881, %v1137 : f32, !llvm.ptr<3>
      }
      scf.if %v883 {
        %v1138 = llvm.getelementptr %v38[%v894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v896, %v1138 : f32, !llvm.ptr<3>
      }
      scf.if %v898 {
        %v1139 = llvm.getelementptr %v38[%v909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v911, %v1139 : f32, !llvm.ptr<3>
      }
      scf.if %v913 {
        %v1140 = llvm.getelementptr %v38[%v924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v926, %v1140 : f32, !llvm.ptr<3>
      }
      scf.if %v928 {
        %v1141 = llvm.getelementptr %v38[%v939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v941, %v1141 : f32, !llvm.ptr<3>
      }
      scf.if %v943 {
        %v1142 = llvm.getelementptr %v38[%v954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v956, %v1142 : f32, !llvm.ptr<3>
      }
      scf.if %v958 {
        %v1143 = llvm.getelementptr %v38[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v971, %v1143 : f32, !llvm.ptr<3>
      }
      scf.if %v973 {
        %v1144 = llvm.getelementptr %v38[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1144 : f32, !llvm.ptr<3>
      }
      scf.if %v988 {
        %v1145 = llvm.getelementptr %v38[%v999] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1001, %v1145 : f32, !llvm.ptr<3>
      }
      scf.if %v1003 {
        %v1146 = llvm.getelementptr %v38[%v1014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1016, %v1146 : f32, !llvm.ptr<3>
      }
      scf.if %v1018 {
        %v1147 = llvm.getelementptr %v38[%v1029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1031, %v1147 : f32, !llvm.ptr<3>
      }
      scf.if %v1033 {
        %v1148 = llvm.getelementptr %v38[%v1044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1046, %v1148 : f32, !llvm.ptr<3>
      }
      scf.if %v1048 {
        %v1149 = llvm.getelementptr %v38[%v1059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1061, %v1149 : f32, !llvm.ptr<3>
      }
      scf.if %v1063 {
        %v1150 = llvm.getelementptr %v38[%v1074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1076, %v1150 : f32, !llvm.ptr<3>
      }
      scf.if %v1078 {
        %v1151 = llvm.getelementptr %v38[%v1089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1091, %v1151 : f32, !llvm.ptr<3>
      }
      scf.if %v1093 {
        %v1152 = llvm.getelementptr %v38[%v1104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1106, %v1152 : f32, !llvm.ptr<3>
      }
      scf.if %v1108 {
        %v1153 = llvm.getelementptr %v38[%v1119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1121, %v1153 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1154 = arith.divui %v45, %v95 : i64
      %v1155 = arith.remui %v45, %v95 : i64
      %v1156 = arith.addi %v1154, %v62 : i64
      %v1157 = arith.constant true
      %v1159 = arith.addi %v1158, %v1156 : i64
      %v1160 = llvm.getelementptr %v37[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1161 = llvm.load %v1160 : !llvm.ptr<3> -> i64
      %v1162 = arith.addi %v92, %v1155 : i64
      %v1163 = arith.cmpi slt, %v1162, %v94 : i64
      %v1164 = arith.subi %size_L, %v2 : i64
      %v1165 = arith.minsi %v1162, %v1164 : i64
      %v1166 = arith.subi %v107, %v1165 : i64
      %v1167 = arith.addi %v1161, %v1166 : i64
      %v1168 = arith.muli %v1159, %v110 : i64
      %v1169 = arith.addi %v1168, %v1155 : i64
      %v1170 = llvm.getelementptr %in_z[%v1167] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1171 = llvm.load %v1170 : !llvm.ptr -> f32
      %v1172 = arith.addi %v1154, %v86 : i64
      %v1173 = arith.constant true
      %v1174 = arith.addi %v1158, %v1172 : i64
      %v1175 = llvm.getelementptr %v37[%v1174] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1176 = llvm.load %v1175 : !llvm.ptr<3> -> i64
      %v1177 = arith.addi %v92, %v1155 : i64
      %v1178 = arith.cmpi slt, %v1177, %v94 : i64
      %v1179 = arith.subi %size_L, %v2 : i64
      %v1180 = arith.minsi %v1177, %v1179 : i64
      %v1181 = arith.subi %v107, %v1180 : i64
      %v1182 = arith.addi %v1176, %v1181 : i64
      %v1183 = arith.muli %v1174, %v110 : i64
      %v1184 = arith.addi %v1183, %v1155 : i64
      %v1185 = llvm.getelementptr %in_z[%v1182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1186 = llvm.load %v1185 : !llvm.ptr -> f32
      %v1187 = arith.addi %v1154, %v130 : i64
      %v1188 = arith.constant true
      %v1189 = arith.addi %v1158, %v1187 : i64
      %v1190 = llvm.getelementptr %v37[%v1189] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1191 = llvm.load %v1190 : !llvm.ptr<3> -> i64
      %v1192 = arith.addi %v92, %v1155 : i64
      %v1193 = arith.cmpi slt, %v1192, %v94 : i64
      %v1194 = arith.subi %size_L, %v2 : i64
      %v1195 = arith.minsi %v1192, %v1194 : i64
      %v1196 = arith.subi %v107, %v1195 : i64
      %v1197 = arith.addi %v1191, %v1196 : i64
      %v1198 = arith.muli %v1189, %v110 : i64
      %v1199 = arith.addi %v1198, %v1155 : i64
      %v1200 = llvm.getelementptr %in_z[%v1197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1201 = llvm.load %v1200 : !llvm.ptr -> f32
      %v1202 = arith.addi %v1154, %v146 : i64
      %v1203 = arith.constant true
      %v1204 = arith.addi %v1158, %v1202 : i64
      %v1205 = llvm.getelementptr %v37[%v1204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1206 = llvm.load %v1205 : !llvm.ptr<3> -> i64
      %v1207 = arith.addi %v92, %v1155 : i64
      %v1208 = arith.cmpi slt, %v1207, %v94 : i64
      %v1209 = arith.subi %size_L, %v2 : i64
      %v1210 = arith.minsi %v1207, %v1209 : i64
      %v1211 = arith.subi %v107, %v1210 : i64
      %v1212 = arith.addi %v1206, %v1211 : i64
      %v1213 = arith.muli %v1204, %v110 : i64
      %v1214 = arith.addi %v1213, %v1155 : i64
      %v1215 = llvm.getelementptr %in_z[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
      %v1217 = arith.addi %v1154, %v162 : i64
      %v1218 = arith.constant true
      %v1219 = arith.addi %v1158, %v1217 : i64
      %v1220 = llvm.getelementptr %v37[%v1219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1221 = llvm.load %v1220 : !llvm.ptr<3> -> i64
      %v1222 = arith.addi %v92, %v1155 : i64
      %v1223 = arith.cmpi slt, %v1222, %v94 : i64
      %v1224 = arith.subi %size_L, %v2 : i64
      %v1225 = arith.minsi %v1222, %v1224 : i64
      %v1226 = arith.subi %v107, %v1225 : i64
      %v1227 = arith.addi %v1221, %v1226 : i64
      %v1228 = arith.muli %v1219, %v110 : i64
      %v1229 = arith.addi %v1228, %v1155 : i64
      %v1230 = llvm.getelementptr %in_z[%v1227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1231 = llvm.load %v1230 : !llvm.ptr -> f32
      %v1232 = arith.addi %v1154, %v178 : i64
      %v1233 = arith.constant true
      %v1234 = arith.addi %v1158, %v1232 : i64
      %v1235 = llvm.getelementptr %v37[%v1234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1236 = llvm.load %v1235 : !llvm.ptr<3> -> i64
      %v1237 = arith.addi %v92, %v1155 : i64
      %v1238 = arith.cmpi slt, %v1237, %v94 : i64
      %v1239 = arith.subi %size_L, %v2 : i64
      %v1240 = arith.minsi %v1237, %v1239 : i64
      %v1241 = arith.subi %v107, %v1240 : i64
      %v1242 = arith.addi %v1236, %v1241 : i64
      %v1243 = arith.muli %v1234, %v110 : i64
      %v1244 = arith.addi %v1243, %v1155 : i64
      %v1245 = llvm.getelementptr %in_z[%v1242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1246 = llvm.load %v1245 : !llvm.ptr -> f32
      %v1247 = arith.addi %v1154, %v194 : i64
      %v1248 = arith.constant true
      %v1249 = arith.addi %v1158, %v1247 : i64
      %v1250 = llvm.getelementptr %v37[%v1249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1251 = llvm.load %v1250 : !llvm.ptr<3> -> i64
      %v1252 = arith.addi %v92, %v1155 : i64
      %v1253 = arith.cmpi slt, %v1252, %v94 : i64
      %v1254 = arith.subi %size_L, %v2 : i64
      %v1255 = arith.minsi %v1252, %v1254 : i64
      %v1256 = arith.subi %v107, %v1255 : i64
      %v1257 = arith.addi %v1251, %v1256 : i64
      %v1258 = arith.muli %v1249, %v110 : i64
      %v1259 = arith.addi %v1258, %v1155 : i64
      %v1260 = llvm.getelementptr %in_z[%v1257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1261 = llvm.load %v1260 : !llvm.ptr -> f32
      %v1262 = arith.addi %v1154, %v210 : i64
      %v1263 = arith.constant true
      %v1264 = arith.addi %v1158, %v1262 : i64
      %v1265 = llvm.getelementptr %v37[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1266 = llvm.load %v1265 : !llvm.ptr<3> -> i64
      %v1267 = arith.addi %v92, %v1155 : i64
      %v1268 = arith.cmpi slt, %v1267, %v94 : i64
      %v1269 = arith.subi %size_L, %v2 : i64
      %v1270 = arith.minsi %v1267, %v1269 : i64
      %v1271 = arith.subi %v107, %v1270 : i64
      %v1272 = arith.addi %v1266, %v1271 : i64
      %v1273 = arith.muli %v1264, %v110 : i64
      %v1274 = arith.addi %v1273, %v1155 : i64
      %v1275 = llvm.getelementptr %in_z[%v1272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1276 = llvm.load %v1275 : !llvm.ptr -> f32
      %v1277 = arith.addi %v1154, %v1 : i64
      %v1278 = arith.constant true
      %v1279 = arith.addi %v1158, %v1277 : i64
      %v1280 = llvm.getelementptr %v37[%v1279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1281 = llvm.load %v1280 : !llvm.ptr<3> -> i64
      %v1282 = arith.addi %v92, %v1155 : i64
      %v1283 = arith.cmpi slt, %v1282, %v94 : i64
      %v1284 = arith.subi %size_L, %v2 : i64
      %v1285 = arith.minsi %v1282, %v1284 : i64
      %v1286 = arith.subi %v107, %v1285 : i64
      %v1287 = arith.addi %v1281, %v1286 : i64
      %v1288 = arith.muli %v1279, %v110 : i64
      %v1289 = arith.addi %v1288, %v1155 : i64
      %v1290 = llvm.getelementptr %in_z[%v1287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1291 = llvm.load %v1290 : !llvm.ptr -> f32
      %v1292 = arith.addi %v1154, %v241 : i64
      %v1293 = arith.constant true
      %v1294 = arith.addi %v1158, %v1292 : i64
      %v1295 = llvm.getelementptr %v37[%v1294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1296 = llvm.load %v1295 : !llvm.ptr<3> -> i64
      %v1297 = arith.addi %v92, %v1155 : i64
      %v1298 = arith.cmpi slt, %v1297, %v94 : i64
      %v1299 = arith.subi %size_L, %v2 : i64
      %v1300 = arith.minsi %v1297, %v1299 : i64
      %v1301 = arith.subi %v107, %v1300 : i64
      %v1302 = arith.addi %v1296, %v1301 : i64
      %v1303 = arith.muli %v1294, %v110 : i64
      %v1304 = arith.addi %v1303, %v1155 : i64
      %v1305 = llvm.getelementptr %in_z[%v1302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1306 = llvm.load %v1305 : !llvm.ptr -> f32
      %v1307 = arith.addi %v1154, %v257 : i64
      %v1308 = arith.constant true
      %v1309 = arith.addi %v1158, %v1307 : i64
      %v1310 = llvm.getelementptr %v37[%v1309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1311 = llvm.load %v1310 : !llvm.ptr<3> -> i64
      %v1312 = arith.addi %v92, %v1155 : i64
      %v1313 = arith.cmpi slt, %v1312, %v94 : i64
      %v1314 = arith.subi %size_L, %v2 : i64
      %v1315 = arith.minsi %v1312, %v1314 : i64
      %v1316 = arith.subi %v107, %v1315 : i64
      %v1317 = arith.addi %v1311, %v1316 : i64
      %v1318 = arith.muli %v1309, %v110 : i64
      %v1319 = arith.addi %v1318, %v1155 : i64
      %v1320 = llvm.getelementptr %in_z[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
      %v1322 = arith.addi %v1154, %v273 : i64
      %v1323 = arith.constant true
      %v1324 = arith.addi %v1158, %v1322 : i64
      %v1325 = llvm.getelementptr %v37[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1326 = llvm.load %v1325 : !llvm.ptr<3> -> i64
      %v1327 = arith.addi %v92, %v1155 : i64
      %v1328 = arith.cmpi slt, %v1327, %v94 : i64
      %v1329 = arith.subi %size_L, %v2 : i64
      %v1330 = arith.minsi %v1327, %v1329 : i64
      %v1331 = arith.subi %v107, %v1330 : i64
      %v1332 = arith.addi %v1326, %v1331 : i64
      %v1333 = arith.muli %v1324, %v110 : i64
      %v1334 = arith.addi %v1333, %v1155 : i64
      %v1335 = llvm.getelementptr %in_z[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
      %v1337 = arith.addi %v1154, %v289 : i64
      %v1338 = arith.constant true
      %v1339 = arith.addi %v1158, %v1337 : i64
      %v1340 = llvm.getelementptr %v37[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1341 = llvm.load %v1340 : !llvm.ptr<3> -> i64
      %v1342 = arith.addi %v92, %v1155 : i64
      %v1343 = arith.cmpi slt, %v1342, %v94 : i64
      %v1344 = arith.subi %size_L, %v2 : i64
      %v1345 = arith.minsi %v1342, %v1344 : i64
      %v1346 = arith.subi %v107, %v1345 : i64
      %v1347 = arith.addi %v1341, %v1346 : i64
      %v1348 = arith.muli %v1339, %v110 : i64
      %v1349 = arith.addi %v1348, %v1155 : i64
      %v1350 = llvm.getelementptr %in_z[%v1347] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1351 = llvm.load %v1350 : !llvm.ptr -> f32
      %v1352 = arith.addi %v1154, %v305 : i64
      %v1353 = arith.constant true
      %v1354 = arith.addi %v1158, %v1352 : i64
      %v1355 = llvm.getelementptr %v37[%v1354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1356 = llvm.load %v1355 : !llvm.ptr<3> -> i64
      %v1357 = arith.addi %v92, %v1155 : i64
      %v1358 = arith.cmpi slt, %v1357, %v94 : i64
      %v1359 = arith.subi %size_L, %v2 : i64
      %v1360 = arith.minsi %v1357, %v1359 : i64
      %v1361 = arith.subi %v107, %v1360 : i64
      %v1362 = arith.addi %v1356, %v1361 : i64
      %v1363 = arith.muli %v1354, %v110 : i64
      %v1364 = arith.addi %v1363, %v1155 : i64
      %v1365 = llvm.getelementptr %in_z[%v1362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1366 = llvm.load %v1365 : !llvm.ptr -> f32
      %v1367 = arith.addi %v1154, %v321 : i64
      %v1368 = arith.constant true
      %v1369 = arith.addi %v1158, %v1367 : i64
      %v1370 = llvm.getelementptr %v37[%v1369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1371 = llvm.load %v1370 : !llvm.ptr<3> -> i64
      %v1372 = arith.addi %v92, %v1155 : i64
      %v1373 = arith.cmpi slt, %v1372, %v94 : i64
      %v1374 = arith.subi %size_L, %v2 : i64
      %v1375 = arith.minsi %v1372, %v1374 : i64
      %v1376 = arith.subi %v107, %v1375 : i64
      %v1377 = arith.addi %v1371, %v1376 : i64
      %v1378 = arith.muli %v1369, %v110 : i64
      %v1379 = arith.addi %v1378, %v1155 : i64
      %v1380 = llvm.getelementptr %in_z[%v1377] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1381 = llvm.load %v1380 : !llvm.ptr -> f32
      %v1382 = arith.addi %v1154, %v337 : i64
      %v1383 = arith.constant true
      %v1384 = arith.addi %v1158, %v1382 : i64
      %v1385 = llvm.getelementptr %v37[%v1384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1386 = llvm.load %v1385 : !llvm.ptr<3> -> i64
      %v1387 = arith.addi %v92, %v1155 : i64
      %v1388 = arith.cmpi slt, %v1387, %v94 : i64
      %v1389 = arith.subi %size_L, %v2 : i64
      %v1390 = arith.minsi %v1387, %v1389 : i64
      %v1391 = arith.subi %v107, %v1390 : i64
      %v1392 = arith.addi %v1386, %v1391 : i64
      %v1393 = arith.muli %v1384, %v110 : i64
      %v1394 = arith.addi %v1393, %v1155 : i64
      %v1395 = llvm.getelementptr %in_z[%v1392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1396 = llvm.load %v1395 : !llvm.ptr -> f32
      %v1397 = arith.addi %v1154, %v95 : i64
      %v1398 = arith.constant true
      %v1399 = arith.addi %v1158, %v1397 : i64
      %v1400 = llvm.getelementptr %v37[%v1399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1401 = llvm.load %v1400 : !llvm.ptr<3> -> i64
      %v1402 = arith.addi %v92, %v1155 : i64
      %v1403 = arith.cmpi slt, %v1402, %v94 : i64
      %v1404 = arith.subi %size_L, %v2 : i64
      %v1405 = arith.minsi %v1402, %v1404 : i64
      %v1406 = arith.subi %v107, %v1405 : i64
      %v1407 = arith.addi %v1401, %v1406 : i64
      %v1408 = arith.muli %v1399, %v110 : i64
      %v1409 = arith.addi %v1408, %v1155 : i64
      %v1410 = llvm.getelementptr %in_z[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
      %v1412 = arith.addi %v1154, %v368 : i64
      %v1413 = arith.constant true
      %v1414 = arith.addi %v1158, %v1412 : i64
      %v1415 = llvm.getelementptr %v37[%v1414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1416 = llvm.load %v1415 : !llvm.ptr<3> -> i64
      %v1417 = arith.addi %v92, %v1155 : i64
      %v1418 = arith.cmpi slt, %v1417, %v94 : i64
      %v1419 = arith.subi %size_L, %v2 : i64
      %v1420 = arith.minsi %v1417, %v1419 : i64
      %v1421 = arith.subi %v107, %v1420 : i64
      %v1422 = arith.addi %v1416, %v1421 : i64
      %v1423 = arith.muli %v1414, %v110 : i64
      %v1424 = arith.addi %v1423, %v1155 : i64
      %v1425 = llvm.getelementptr %in_z[%v1422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1426 = llvm.load %v1425 : !llvm.ptr -> f32
      %v1427 = arith.addi %v1154, %v384 : i64
      %v1428 = arith.constant true
      %v1429 = arith.addi %v1158, %v1427 : i64
      %v1430 = llvm.getelementptr %v37[%v1429] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1431 = llvm.load %v1430 : !llvm.ptr<3> -> i64
      %v1432 = arith.addi %v92, %v1155 : i64
      %v1433 = arith.cmpi slt, %v1432, %v94 : i64
      %v1434 = arith.subi %size_L, %v2 : i64
      %v1435 = arith.minsi %v1432, %v1434 : i64
      %v1436 = arith.subi %v107, %v1435 : i64
      %v1437 = arith.addi %v1431, %v1436 : i64
      %v1438 = arith.muli %v1429, %v110 : i64
      %v1439 = arith.addi %v1438, %v1155 : i64
      %v1440 = llvm.getelementptr %in_z[%v1437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1441 = llvm.load %v1440 : !llvm.ptr -> f32
      %v1442 = arith.addi %v1154, %v400 : i64
      %v1443 = arith.constant true
      %v1444 = arith.addi %v1158, %v1442 : i64
      %v1445 = llvm.getelementptr %v37[%v1444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1446 = llvm.load %v1445 : !llvm.ptr<3> -> i64
      %v1447 = arith.addi %v92, %v1155 : i64
      %v1448 = arith.cmpi slt, %v1447, %v94 : i64
      %v1449 = arith.subi %size_L, %v2 : i64
      %v1450 = arith.minsi %v1447, %v1449 : i64
      %v1451 = arith.subi %v107, %v1450 : i64
      %v1452 = arith.addi %v1446, %v1451 : i64
      %v1453 = arith.muli %v1444, %v110 : i64
      %v1454 = arith.addi %v1453, %v1155 : i64
      %v1455 = llvm.getelementptr %in_z[%v1452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1456 = llvm.load %v1455 : !llvm.ptr -> f32
      %v1457 = arith.addi %v1154, %v416 : i64
      %v1458 = arith.constant true
      %v1459 = arith.addi %v1158, %v1457 : i64
      %v1460 = llvm.getelementptr %v37[%v1459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1461 = llvm.load %v1460 : !llvm.ptr<3> -> i64
      %v1462 = arith.addi %v92, %v1155 : i64
      %v1463 = arith.cmpi slt, %v1462, %v94 : i64
      %v1464 = arith.subi %size_L, %v2 : i64
      %v1465 = arith.minsi %v1462, %v1464 : i64
      %v1466 = arith.subi %v107, %v1465 : i64
      %v1467 = arith.addi %v1461, %v1466 : i64
      %v1468 = arith.muli %v1459, %v110 : i64
      %v1469 = arith.addi %v1468, %v1155 : i64
      %v1470 = llvm.getelementptr %in_z[%v1467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1471 = llvm.load %v1470 : !llvm.ptr -> f32
      %v1472 = arith.addi %v1154, %v432 : i64
      %v1473 = arith.constant true
      %v1474 = arith.addi %v1158, %v1472 : i64
      %v1475 = llvm.getelementptr %v37[%v1474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1476 = llvm.load %v1475 : !llvm.ptr<3> -> i64
      %v1477 = arith.addi %v92, %v1155 : i64
      %v1478 = arith.cmpi slt, %v1477, %v94 : i64
      %v1479 = arith.subi %size_L, %v2 : i64
      %v1480 = arith.minsi %v1477, %v1479 : i64
      %v1481 = arith.subi %v107, %v1480 : i64
      %v1482 = arith.addi %v1476, %v1481 : i64
      %v1483 = arith.muli %v1474, %v110 : i64
      %v1484 = arith.addi %v1483, %v1155 : i64
      %v1485 = llvm.getelementptr %in_z[%v1482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1486 = llvm.load %v1485 : !llvm.ptr -> f32
      %v1487 = arith.addi %v1154, %v448 : i64
      %v1488 = arith.constant true
      %v1489 = arith.addi %v1158, %v1487 : i64
      %v1490 = llvm.getelementptr %v37[%v1489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1491 = llvm.load %v1490 : !llvm.ptr<3> -> i64
      %v1492 = arith.addi %v92, %v1155 : i64
      %v1493 = arith.cmpi slt, %v1492, %v94 : i64
      %v1494 = arith.subi %size_L, %v2 : i64
      %v1495 = arith.minsi %v1492, %v1494 : i64
      %v1496 = arith.subi %v107, %v1495 : i64
      %v1497 = arith.addi %v1491, %v1496 : i64
      %v1498 = arith.muli %v1489, %v110 : i64
      %v1499 = arith.addi %v1498, %v1155 : i64
      %v1500 = llvm.getelementptr %in_z[%v1497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1501 = llvm.load %v1500 : !llvm.ptr -> f32
      %v1502 = arith.addi %v1154, %v464 : i64
      %v1503 = arith.constant true
      %v1504 = arith.addi %v1158, %v1502 : i64
      %v1505 = llvm.getelementptr %v37[%v1504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1506 = llvm.load %v1505 : !llvm.ptr<3> -> i64
      %v1507 = arith.addi %v92, %v1155 : i64
      %v1508 = arith.cmpi slt, %v1507, %v94 : i64
      %v1509 = arith.subi %size_L, %v2 : i64
      %v1510 = arith.minsi %v1507, %v1509 : i64
      %v1511 = arith.subi %v107, %v1510 : i64
      %v1512 = arith.addi %v1506, %v1511 : i64
      %v1513 = arith.muli %v1504, %v110 : i64
      %v1514 = arith.addi %v1513, %v1155 : i64
      %v1515 = llvm.getelementptr %in_z[%v1512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1516 = llvm.load %v1515 : !llvm.ptr -> f32
      %v1517 = arith.addi %v1154, %v480 : i64
      %v1518 = arith.constant true
      %v1519 = arith.addi %v1158, %v1517 : i64
      %v1520 = llvm.getelementptr %v37[%v1519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1521 = llvm.load %v1520 : !llvm.ptr<3> -> i64
      %v1522 = arith.addi %v92, %v1155 : i64
      %v1523 = arith.cmpi slt, %v1522, %v94 : i64
      %v1524 = arith.subi %size_L, %v2 : i64
      %v1525 = arith.minsi %v1522, %v1524 : i64
      %v1526 = arith.subi %v107, %v1525 : i64
      %v1527 = arith.addi %v1521, %v1526 : i64
      %v1528 = arith.muli %v1519, %v110 : i64
      %v1529 = arith.addi %v1528, %v1155 : i64
      %v1530 = llvm.getelementptr %in_z[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
      %v1532 = arith.addi %v1154, %v496 : i64
      %v1533 = arith.constant true
      %v1534 = arith.addi %v1158, %v1532 : i64
      %v1535 = llvm.getelementptr %v37[%v1534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1536 = llvm.load %v1535 : !llvm.ptr<3> -> i64
      %v1537 = arith.addi %v92, %v1155 : i64
      %v1538 = arith.cmpi slt, %v1537, %v94 : i64
      %v1539 = arith.subi %size_L, %v2 : i64
      %v1540 = arith.minsi %v1537, %v1539 : i64
      %v1541 = arith.subi %v107, %v1540 : i64
      %v1542 = arith.addi %v1536, %v1541 : i64
      %v1543 = arith.muli %v1534, %v110 : i64
      %v1544 = arith.addi %v1543, %v1155 : i64
      %v1545 = llvm.getelementptr %in_z[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
      %v1547 = arith.addi %v1154, %v512 : i64
      %v1548 = arith.constant true
      %v1549 = arith.addi %v1158, %v1547 : i64
      %v1550 = llvm.getelementptr %v37[%v1549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1551 = llvm.load %v1550 : !llvm.ptr<3> -> i64
      %v1552 = arith.addi %v92, %v1155 : i64
      %v1553 = arith.cmpi slt, %v1552, %v94 : i64
      %v1554 = arith.subi %size_L, %v2 : i64
      %v1555 = arith.minsi %v1552, %v1554 : i64
      %v1556 = arith.subi %v107, %v1555 : i64
      %v1557 = arith.addi %v1551, %v1556 : i64
      %v1558 = arith.muli %v1549, %v110 : i64
      %v1559 = arith.addi %v1558, %v1155 : i64
      %v1560 = llvm.getelementptr %in_z[%v1557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1561 = llvm.load %v1560 : !llvm.ptr -> f32
      %v1562 = arith.addi %v1154, %v528 : i64
      %v1563 = arith.constant true
      %v1564 = arith.addi %v1158, %v1562 : i64
      %v1565 = llvm.getelementptr %v37[%v1564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1566 = llvm.load %v1565 : !llvm.ptr<3> -> i64
      %v1567 = arith.addi %v92, %v1155 : i64
      %v1568 = arith.cmpi slt, %v1567, %v94 : i64
      %v1569 = arith.subi %size_L, %v2 : i64
      %v1570 = arith.minsi %v1567, %v1569 : i64
      %v1571 = arith.subi %v107, %v1570 : i64
      %v1572 = arith.addi %v1566, %v1571 : i64
      %v1573 = arith.muli %v1564, %v110 : i64
      %v1574 = arith.addi %v1573, %v1155 : i64
      %v1575 = llvm.getelementptr %in_z[%v1572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1576 = llvm.load %v1575 : !llvm.ptr -> f32
      %v1577 = arith.addi %v1154, %v544 : i64
      %v1578 = arith.constant true
      %v1579 = arith.addi %v1158, %v1577 : i64
      %v1580 = llvm.getelementptr %v37[%v1579] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1581 = llvm.load %v1580 : !llvm.ptr<3> -> i64
      %v1582 = arith.addi %v92, %v1155 : i64
      %v1583 = arith.cmpi slt, %v1582, %v94 : i64
      %v1584 = arith.subi %size_L, %v2 : i64
      %v1585 = arith.minsi %v1582, %v1584 : i64
      %v1586 = arith.subi %v107, %v1585 : i64
      %v1587 = arith.addi %v1581, %v1586 : i64
      %v1588 = arith.muli %v1579, %v110 : i64
      %v1589 = arith.addi %v1588, %v1155 : i64
      %v1590 = llvm.getelementptr %in_z[%v1587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1591 = llvm.load %v1590 : !llvm.ptr -> f32
      %v1592 = arith.addi %v1154, %v560 : i64
      %v1593 = arith.constant true
      %v1594 = arith.addi %v1158, %v1592 : i64
      %v1595 = llvm.getelementptr %v37[%v1594] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1596 = llvm.load %v1595 : !llvm.ptr<3> -> i64
      %v1597 = arith.addi %v92, %v1155 : i64
      %v1598 = arith.cmpi slt, %v1597, %v94 : i64
      %v1599 = arith.subi %size_L, %v2 : i64
      %v1600 = arith.minsi %v1597, %v1599 : i64
      %v1601 = arith.subi %v107, %v1600 : i64
      %v1602 = arith.addi %v1596, %v1601 : i64
      %v1603 = arith.muli %v1594, %v110 : i64
      %v1604 = arith.addi %v1603, %v1155 : i64
      %v1605 = llvm.getelementptr %in_z[%v1602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1606 = llvm.load %v1605 : !llvm.ptr -> f32
      %v1607 = arith.addi %v1154, %v576 : i64
      %v1608 = arith.constant true
      %v1609 = arith.addi %v1158, %v1607 : i64
      %v1610 = llvm.getelementptr %v37[%v1609] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1611 = llvm.load %v1610 : !llvm.ptr<3> -> i64
      %v1612 = arith.addi %v92, %v1155 : i64
      %v1613 = arith.cmpi slt, %v1612, %v94 : i64
      %v1614 = arith.subi %size_L, %v2 : i64
      %v1615 = arith.minsi %v1612, %v1614 : i64
      %v1616 = arith.subi %v107, %v1615 : i64
      %v1617 = arith.addi %v1611, %v1616 : i64
      %v1618 = arith.muli %v1609, %v110 : i64
      %v1619 = arith.addi %v1618, %v1155 : i64
      %v1620 = llvm.getelementptr %in_z[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1621 = llvm.load %v1620 : !llvm.ptr -> f32
      %v1622 = arith.addi %v1154, %v592 : i64
      %v1623 = arith.constant true
      %v1624 = arith.addi %v1158, %v1622 : i64
      %v1625 = llvm.getelementptr %v37[%v1624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1626 = llvm.load %v1625 : !llvm.ptr<3> -> i64
      %v1627 = arith.addi %v92, %v1155 : i64
      %v1628 = arith.cmpi slt, %v1627, %v94 : i64
      %v1629 = arith.subi %size_L, %v2 : i64
      %v1630 = arith.minsi %v1627, %v1629 : i64
      %v1631 = arith.subi %v107, %v1630 : i64
      %v1632 = arith.addi %v1626, %v1631 : i64
      %v1633 = arith.muli %v1624, %v110 : i64
      %v1634 = arith.addi %v1633, %v1155 : i64
      %v1635 = llvm.getelementptr %in_z[%v1632] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1636 = llvm.load %v1635 : !llvm.ptr -> f32
      scf.if %v1157 {
        %v1637 = llvm.getelementptr %v38[%v1169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1171, %v1637 : f32, !llvm.ptr<3>
      }
      scf.if %v1173 {
        %v1638 = llvm.getelementptr %v38[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1186, %v1638 : f32, !llvm.ptr<3>
      }
      scf.if %v1188 {
        %v1639 = llvm.getelementptr %v38[%v1199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1201, %v1639 : f32, !llvm.ptr<3>
      }
      scf.if %v1203 {
        %v1640 = llvm.getelementptr %v38[%v1214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1216, %v1640 : f32, !llvm.ptr<3>
      }
      scf.if %v1218 {
        %v1641 = llvm.getelementptr %v38[%v1229] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1231, %v1641 : f32, !llvm.ptr<3>
      }
      scf.if %v1233 {
        %v1642 = llvm.getelementptr %v38[%v1244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1246, %v1642 : f32, !llvm.ptr<3>
      }
      scf.if %v1248 {
        %v1643 = llvm.getelementptr %v38[%v1259] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1261, %v1643 : f32, !llvm.ptr<3>
      }
      scf.if %v1263 {
        %v1644 = llvm.getelementptr %v38[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1276, %v1644 : f32, !llvm.ptr<3>
      }
      scf.if %v1278 {
        %v1645 = llvm.getelementptr %v38[%v1289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1291, %v1645 : f32, !llvm.ptr<3>
      }
      scf.if %v1293 {
        %v1646 = llvm.getelementptr %v38[%v1304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1306, %v1646 : f32, !llvm.ptr<3>
      }
      scf.if %v1308 {
        %v1647 = llvm.getelementptr %v38[%v1319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1321, %v1647 : f32, !llvm.ptr<3>
      }
      scf.if %v1323 {
        %v1648 = llvm.getelementptr %v38[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1336, %v1648 : f32, !llvm.ptr<3>
      }
      scf.if %v1338 {
        %v1649 = llvm.getelementptr %v38[%v1349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1351, %v1649 : f32, !llvm.ptr<3>
      }
      scf.if %v1353 {
        %v1650 = llvm.getelementptr %v38[%v1364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1366, %v1650 : f32, !llvm.ptr<3>
      }
      scf.if %v1368 {
        %v1651 = llvm.getelementptr %v38[%v1379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1381, %v1651 : f32, !llvm.ptr<3>
      }
      scf.if %v1383 {
        %v1652 = llvm.getelementptr %v38[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1396, %v1652 : f32, !llvm.ptr<3>
      }
      scf.if %v1398 {
        %v1653 = llvm.getelementptr %v38[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1411, %v1653 : f32, !llvm.ptr<3>
      }
      scf.if %v1413 {
        %v1654 = llvm.getelementptr %v38[%v1424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1426, %v1654 : f32, !llvm.ptr<3>
      }
      scf.if %v1428 {
        %v1655 = llvm.getelementptr %v38[%v1439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1441, %v1655 : f32, !llvm.ptr<3>
      }
      scf.if %v1443 {
        %v1656 = llvm.getelementptr %v38[%v1454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1456, %v1656 : f32, !llvm.ptr<3>
      }
      scf.if %v1458 {
        %v1657 = llvm.getelementptr %v38[%v1469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1471, %v1657 : f32, !llvm.ptr<3>
      }
      scf.if %v1473 {
        %v1658 = llvm.getelementptr %v38[%v1484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1486, %v1658 : f32, !llvm.ptr<3>
      }
      scf.if %v1488 {
        %v1659 = llvm.getelementptr %v38[%v1499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1501, %v1659 : f32, !llvm.ptr<3>
      }
      scf.if %v1503 {
        %v1660 = llvm.getelementptr %v38[%v1514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1516, %v1660 : f32, !llvm.ptr<3>
      }
      scf.if %v1518 {
        %v1661 = llvm.getelementptr %v38[%v1529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1531, %v1661 : f32, !llvm.ptr<3>
      }
      scf.if %v1533 {
        %v1662 = llvm.getelementptr %v38[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1546, %v1662 : f32, !llvm.ptr<3>
      }
      scf.if %v1548 {
        %v1663 = llvm.getelementptr %v38[%v1559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1561, %v1663 : f32, !llvm.ptr<3>
      }
      scf.if %v1563 {
        %v1664 = llvm.getelementptr %v38[%v1574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1576, %v1664 : f32, !llvm.ptr<3>
      }
      scf.if %v1578 {
        %v1665 = llvm.getelementptr %v38[%v1589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1591, %v1665 : f32, !llvm.ptr<3>
      }
      scf.if %v1593 {
        %v1666 = llvm.getelementptr %v38[%v1604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1606, %v1666 : f32, !llvm.ptr<3>
      }
      scf.if %v1608 {
        %v1667 = llvm.getelementptr %v38[%v1619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1621, %v1667 : f32, !llvm.ptr<3>
      }
      scf.if %v1623 {
        %v1668 = llvm.getelementptr %v38[%v1634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1636, %v1668 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1669 = arith.index_cast %v92 : i64 to index
      %v1670 = arith.index_cast %v94 : i64 to index
      %v1671 = arith.index_cast %v95 : i64 to index
      scf.for %v1672 = %v1669 to %v1670 step %v1671 {
        %v1673 = arith.index_cast %v1672 : index to i64
        %v1674 = arith.subi %v94, %v1673 : i64
        %v1675 = arith.minsi %v1674, %v95 : i64
        %v1676 = arith.addi %v1673, %v95 : i64
        %v1677 = arith.divui %v45, %v95 : i64
        %v1678 = arith.remui %v45, %v95 : i64
        %v1679 = arith.addi %v1677, %v62 : i64
        %v1680 = arith.constant true
        %v1681 = arith.addi %v62, %v1679 : i64
        %v1682 = llvm.getelementptr %v37[%v1681] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1683 = llvm.load %v1682 : !llvm.ptr<3> -> i64
        %v1684 = arith.addi %v1676, %v1678 : i64
        %v1685 = arith.cmpi slt, %v1684, %v94 : i64
        %v1686 = arith.subi %size_L, %v2 : i64
        %v1687 = arith.minsi %v1684, %v1686 : i64
        %v1688 = arith.subi %v107, %v1687 : i64
        %v1689 = arith.addi %v1683, %v1688 : i64
        %v1690 = arith.muli %v1681, %v110 : i64
        %v1691 = arith.addi %v1690, %v1678 : i64
        %v1692 = llvm.getelementptr %in_u[%v1689] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1693 = llvm.load %v1692 : !llvm.ptr -> f32
        %v1694 = arith.addi %v1677, %v86 : i64
        %v1695 = arith.constant true
        %v1696 = arith.addi %v62, %v1694 : i64
        %v1697 = llvm.getelementptr %v37[%v1696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1698 = llvm.load %v1697 : !llvm.ptr<3> -> i64
        %v1699 = arith.addi %v1676, %v1678 : i64
        %v1700 = arith.cmpi slt, %v1699, %v94 : i64
        %v1701 = arith.subi %size_L, %v2 : i64
        %v1702 = arith.minsi %v1699, %v1701 : i64
        %v1703 = arith.subi %v107, %v1702 : i64
        %v1704 = arith.addi %v1698, %v1703 : i64
        %v1705 = arith.muli %v1696, %v110 : i64
        %v1706 = arith.addi %v1705, %v1678 : i64
        %v1707 = llvm.getelementptr %in_u[%v1704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1708 = llvm.load %v1707 : !llvm.ptr -> f32
        %v1709 = arith.addi %v1677, %v130 : i64
        %v1710 = arith.constant true
        %v1711 = arith.addi %v62, %v1709 : i64
        %v1712 = llvm.getelementptr %v37[%v1711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1713 = llvm.load %v1712 : !llvm.ptr<3> -> i64
        %v1714 = arith.addi %v1676, %v1678 : i64
        %v1715 = arith.cmpi slt, %v1714, %v94 : i64
        %v1716 = arith.subi %size_L, %v2 : i64
        %v1717 = arith.minsi %v1714, %v1716 : i64
        %v1718 = arith.subi %v107, %v1717 : i64
        %v1719 = arith.addi %v1713, %v1718 : i64
        %v1720 = arith.muli %v1711, %v110 : i64
        %v1721 = arith.addi %v1720, %v1678 : i64
        %v1722 = llvm.getelementptr %in_u[%v1719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1723 = llvm.load %v1722 : !llvm.ptr -> f32
        %v1724 = arith.addi %v1677, %v146 : i64
        %v1725 = arith.constant true
        %v1726 = arith.addi %v62, %v1724 : i64
        %v1727 = llvm.getelementptr %v37[%v1726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1676, %v1678 : i64
        %v1730 = arith.cmpi slt, %v1729, %v94 : i64
        %v1731 = arith.subi %size_L, %v2 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.subi %v107, %v1732 : i64
        %v1734 = arith.addi %v1728, %v1733 : i64
        %v1735 = arith.muli %v1726, %v110 : i64
        %v1736 = arith.addi %v1735, %v1678 : i64
        %v1737 = llvm.getelementptr %in_u[%v1734] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1738 = llvm.load %v1737 : !llvm.ptr -> f32
        %v1739 = arith.addi %v1677, %v162 : i64
        %v1740 = arith.constant true
        %v1741 = arith.addi %v62, %v1739 : i64
        %v1742 = llvm.getelementptr %v37[%v1741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1743 = llvm.load %v1742 : !llvm.ptr<3> -> i64
        %v1744 = arith.addi %v1676, %v1678 : i64
        %v1745 = arith.cmpi slt, %v1744, %v94 : i64
        %v1746 = arith.subi %size_L, %v2 : i64
        %v1747 = arith.minsi %v1744, %v1746 : i64
        %v1748 = arith.subi %v107, %v1747 : i64
        %v1749 = arith.addi %v1743, %v1748 : i64
        %v1750 = arith.muli %v1741, %v110 : i64
        %v1751 = arith.addi %v1750, %v1678 : i64
        %v1752 = llvm.getelementptr %in_u[%v1749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1753 = llvm.load %v1752 : !llvm.ptr -> f32
        %v1754 = arith.addi %v1677, %v178 : i64
        %v1755 = arith.constant true
        %v1756 = arith.addi %v62, %v1754 : i64
        %v1757 = llvm.getelementptr %v37[%v1756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1758 = llvm.load %v1757 : !llvm.ptr<3> -> i64
        %v1759 = arith.addi %v1676, %v1678 : i64
        %v1760 = arith.cmpi slt, %v1759, %v94 : i64
        %v1761 = arith.subi %size_L, %v2 : i64
        %v1762 = arith.minsi %v1759, %v1761 : i64
        %v1763 = arith.subi %v107, %v1762 : i64
        %v1764 = arith.addi %v1758, %v1763 : i64
        %v1765 = arith.muli %v1756, %v110 : i64
        %v1766 = arith.addi %v1765, %v1678 : i64
        %v1767 = llvm.getelementptr %in_u[%v1764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1768 = llvm.load %v1767 : !llvm.ptr -> f32
        %v1769 = arith.addi %v1677, %v194 : i64
        %v1770 = arith.constant true
        %v1771 = arith.addi %v62, %v1769 : i64
        %v1772 = llvm.getelementptr %v37[%v1771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1773 = llvm.load %v1772 : !llvm.ptr<3> -> i64
        %v1774 = arith.addi %v1676, %v1678 : i64
        %v1775 = arith.cmpi slt, %v1774, %v94 : i64
        %v1776 = arith.subi %size_L, %v2 : i64
        %v1777 = arith.minsi %v1774, %v1776 : i64
        %v1778 = arith.subi %v107, %v1777 : i64
        %v1779 = arith.addi %v1773, %v1778 : i64
        %v1780 = arith.muli %v1771, %v110 : i64
        %v1781 = arith.addi %v1780, %v1678 : i64
        %v1782 = llvm.getelementptr %in_u[%v1779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1783 = llvm.load %v1782 : !llvm.ptr -> f32
        %v1784 = arith.addi %v1677, %v210 : i64
        %v1785 = arith.constant true
        %v1786 = arith.addi %v62, %v1784 : i64
        %v1787 = llvm.getelementptr %v37[%v1786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1788 = llvm.load %v1787 : !llvm.ptr<3> -> i64
        %v1789 = arith.addi %v1676, %v1678 : i64
        %v1790 = arith.cmpi slt, %v1789, %v94 : i64
        %v1791 = arith.subi %size_L, %v2 : i64
        %v1792 = arith.minsi %v1789, %v1791 : i64
        %v1793 = arith.subi %v107, %v1792 : i64
        %v1794 = arith.addi %v1788, %v1793 : i64
        %v1795 = arith.muli %v1786, %v110 : i64
        %v1796 = arith.addi %v1795, %v1678 : i64
        %v1797 = llvm.getelementptr %in_u[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
        %v1799 = arith.addi %v1677, %v1 : i64
        %v1800 = arith.constant true
        %v1801 = arith.addi %v62, %v1799 : i64
        %v1802 = llvm.getelementptr %v37[%v1801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1803 = llvm.load %v1802 : !llvm.ptr<3> -> i64
        %v1804 = arith.addi %v1676, %v1678 : i64
        %v1805 = arith.cmpi slt, %v1804, %v94 : i64
        %v1806 = arith.subi %size_L, %v2 : i64
        %v1807 = arith.minsi %v1804, %v1806 : i64
        %v1808 = arith.subi %v107, %v1807 : i64
        %v1809 = arith.addi %v1803, %v1808 : i64
        %v1810 = arith.muli %v1801, %v110 : i64
        %v1811 = arith.addi %v1810, %v1678 : i64
        %v1812 = llvm.getelementptr %in_u[%v1809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1813 = llvm.load %v1812 : !llvm.ptr -> f32
        %v1814 = arith.addi %v1677, %v241 : i64
        %v1815 = arith.constant true
        %v1816 = arith.addi %v62, %v1814 : i64
        %v1817 = llvm.getelementptr %v37[%v1816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1818 = llvm.load %v1817 : !llvm.ptr<3> -> i64
        %v1819 = arith.addi %v1676, %v1678 : i64
        %v1820 = arith.cmpi slt, %v1819, %v94 : i64
        %v1821 = arith.subi %size_L, %v2 : i64
        %v1822 = arith.minsi %v1819, %v1821 : i64
        %v1823 = arith.subi %v107, %v1822 : i64
        %v1824 = arith.addi %v1818, %v1823 : i64
        %v1825 = arith.muli %v1816, %v110 : i64
        %v1826 = arith.addi %v1825, %v1678 : i64
        %v1827 = llvm.getelementptr %in_u[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
        %v1829 = arith.addi %v1677, %v257 : i64
        %v1830 = arith.constant true
        %v1831 = arith.addi %v62, %v1829 : i64
        %v1832 = llvm.getelementptr %v37[%v1831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1833 = llvm.load %v1832 : !llvm.ptr<3> -> i64
        %v1834 = arith.addi %v1676, %v1678 : i64
        %v1835 = arith.cmpi slt, %v1834, %v94 : i64
        %v1836 = arith.subi %size_L, %v2 : i64
        %v1837 = arith.minsi %v1834, %v1836 : i64
        %v1838 = arith.subi %v107, %v1837 : i64
        %v1839 = arith.addi %v1833, %v1838 : i64
        %v1840 = arith.muli %v1831, %v110 : i64
        %v1841 = arith.addi %v1840, %v1678 : i64
        %v1842 = llvm.getelementptr %in_u[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1843 = llvm.load %v1842 : !llvm.ptr -> f32
        %v1844 = arith.addi %v1677, %v273 : i64
        %v1845 = arith.constant true
        %v1846 = arith.addi %v62, %v1844 : i64
        %v1847 = llvm.getelementptr %v37[%v1846] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1848 = llvm.load %v1847 : !llvm.ptr<3> -> i64
        %v1849 = arith.addi %v1676, %v1678 : i64
        %v1850 = arith.cmpi slt, %v1849, %v94 : i64
        %v1851 = arith.subi %size_L, %v2 : i64
        %v1852 = arith.minsi %v1849, %v1851 : i64
        %v1853 = arith.subi %v107, %v1852 : i64
        %v1854 = arith.addi %v1848, %v1853 : i64
        %v1855 = arith.muli %v1846, %v110 : i64
        %v1856 = arith.addi %v1855, %v1678 : i64
        %v1857 = llvm.getelementptr %in_u[%v1854] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1858 = llvm.load %v1857 : !llvm.ptr -> f32
        %v1859 = arith.addi %v1677, %v289 : i64
        %v1860 = arith.constant true
        %v1861 = arith.addi %v62, %v1859 : i64
        %v1862 = llvm.getelementptr %v37[%v1861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1863 = llvm.load %v1862 : !llvm.ptr<3> -> i64
        %v1864 = arith.addi %v1676, %v1678 : i64
        %v1865 = arith.cmpi slt, %v1864, %v94 : i64
        %v1866 = arith.subi %size_L, %v2 : i64
        %v1867 = arith.minsi %v1864, %v1866 : i64
        %v1868 = arith.subi %v107, %v1867 : i64
        %v1869 = arith.addi %v1863, %v1868 : i64
        %v1870 = arith.muli %v1861, %v110 : i64
        %v1871 = arith.addi %v1870, %v1678 : i64
        %v1872 = llvm.getelementptr %in_u[%v1869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1873 = llvm.load %v1872 : !llvm.ptr -> f32
        %v1874 = arith.addi %v1677, %v305 : i64
        %v1875 = arith.constant true
        %v1876 = arith.addi %v62, %v1874 : i64
        %v1877 = llvm.getelementptr %v37[%v1876] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1878 = llvm.load %v1877 : !llvm.ptr<3> -> i64
        %v1879 = arith.addi %v1676, %v1678 : i64
        %v1880 = arith.cmpi slt, %v1879, %v94 : i64
        %v1881 = arith.subi %size_L, %v2 : i64
        %v1882 = arith.minsi %v1879, %v1881 : i64
        %v1883 = arith.subi %v107, %v1882 : i64
        %v1884 = arith.addi %v1878, %v1883 : i64
        %v1885 = arith.muli %v1876, %v110 : i64
        %v1886 = arith.addi %v1885, %v1678 : i64
        %v1887 = llvm.getelementptr %in_u[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1888 = llvm.load %v1887 : !llvm.ptr -> f32
        %v1889 = arith.addi %v1677, %v321 : i64
        %v1890 = arith.constant true
        %v1891 = arith.addi %v62, %v1889 : i64
        %v1892 = llvm.getelementptr %v37[%v1891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1893 = llvm.load %v1892 : !llvm.ptr<3> -> i64
        %v1894 = arith.addi %v1676, %v1678 : i64
        %v1895 = arith.cmpi slt, %v1894, %v94 : i64
        %v1896 = arith.subi %size_L, %v2 : i64
        %v1897 = arith.minsi %v1894, %v1896 : i64
        %v1898 = arith.subi %v107, %v1897 : i64
        %v1899 = arith.addi %v1893, %v1898 : i64
        %v1900 = arith.muli %v1891, %v110 : i64
        %v1901 = arith.addi %v1900, %v1678 : i64
        %v1902 = llvm.getelementptr %in_u[%v1899] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1903 = llvm.load %v1902 : !llvm.ptr -> f32
        %v1904 = arith.addi %v1677, %v337 : i64
        %v1905 = arith.constant true
        %v1906 = arith.addi %v62, %v1904 : i64
        %v1907 = llvm.getelementptr %v37[%v1906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1908 = llvm.load %v1907 : !llvm.ptr<3> -> i64
        %v1909 = arith.addi %v1676, %v1678 : i64
        %v1910 = arith.cmpi slt, %v1909, %v94 : i64
        %v1911 = arith.subi %size_L, %v2 : i64
        %v1912 = arith.minsi %v1909, %v1911 : i64
        %v1913 = arith.subi %v107, %v1912 : i64
        %v1914 = arith.addi %v1908, %v1913 : i64
        %v1915 = arith.muli %v1906, %v110 : i64
        %v1916 = arith.addi %v1915, %v1678 : i64
        %v1917 = llvm.getelementptr %in_u[%v1914] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1918 = llvm.load %v1917 : !llvm.ptr -> f32
        %v1919 = arith.addi %v1677, %v95 : i64
        %v1920 = arith.constant true
        %v1921 = arith.addi %v62, %v1919 : i64
        %v1922 = llvm.getelementptr %v37[%v1921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1923 = llvm.load %v1922 : !llvm.ptr<3> -> i64
        %v1924 = arith.addi %v1676, %v1678 : i64
        %v1925 = arith.cmpi slt, %v1924, %v94 : i64
        %v1926 = arith.subi %size_L, %v2 : i64
        %v1927 = arith.minsi %v1924, %v1926 : i64
        %v1928 = arith.subi %v107, %v1927 : i64
        %v1929 = arith.addi %v1923, %v1928 : i64
        %v1930 = arith.muli %v1921, %v110 : i64
        %v1931 = arith.addi %v1930, %v1678 : i64
        %v1932 = llvm.getelementptr %in_u[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1933 = llvm.load %v1932 : !llvm.ptr -> f32
        %v1934 = arith.addi %v1677, %v368 : i64
        %v1935 = arith.constant true
        %v1936 = arith.addi %v62, %v1934 : i64
        %v1937 = llvm.getelementptr %v37[%v1936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1938 = llvm.load %v1937 : !llvm.ptr<3> -> i64
        %v1939 = arith.addi %v1676, %v1678 : i64
        %v1940 = arith.cmpi slt, %v1939, %v94 : i64
        %v1941 = arith.subi %size_L, %v2 : i64
        %v1942 = arith.minsi %v1939, %v1941 : i64
        %v1943 = arith.subi %v107, %v1942 : i64
        %v1944 = arith.addi %v1938, %v1943 : i64
        %v1945 = arith.muli %v1936, %v110 : i64
        %v1946 = arith.addi %v1945, %v1678 : i64
        %v1947 = llvm.getelementptr %in_u[%v1944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1948 = llvm.load %v1947 : !llvm.ptr -> f32
        %v1949 = arith.addi %v1677, %v384 : i64
        %v1950 = arith.constant true
        %v1951 = arith.addi %v62, %v1949 : i64
        %v1952 = llvm.getelementptr %v37[%v1951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1953 = llvm.load %v1952 : !llvm.ptr<3> -> i64
        %v1954 = arith.addi %v1676, %v1678 : i64
        %v1955 = arith.cmpi slt, %v1954, %v94 : i64
        %v1956 = arith.subi %size_L, %v2 : i64
        %v1957 = arith.minsi %v1954, %v1956 : i64
        %v1958 = arith.subi %v107, %v1957 : i64
        %v1959 = arith.addi %v1953, %v1958 : i64
        %v1960 = arith.muli %v1951, %v110 : i64
        %v1961 = arith.addi %v1960, %v1678 : i64
        %v1962 = llvm.getelementptr %in_u[%v1959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1963 = llvm.load %v1962 : !llvm.ptr -> f32
        %v1964 = arith.addi %v1677, %v400 : i64
        %v1965 = arith.constant true
        %v1966 = arith.addi %v62, %v1964 : i64
        %v1967 = llvm.getelementptr %v37[%v1966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1968 = llvm.load %v1967 : !llvm.ptr<3> -> i64
        %v1969 = arith.addi %v1676, %v1678 : i64
        %v1970 = arith.cmpi slt, %v1969, %v94 : i64
        %v1971 = arith.subi %size_L, %v2 : i64
        %v1972 = arith.minsi %v1969, %v1971 : i64
        %v1973 = arith.subi %v107, %v1972 : i64
        %v1974 = arith.addi %v1968, %v1973 : i64
        %v1975 = arith.muli %v1966, %v110 : i64
        %v1976 = arith.addi %v1975, %v1678 : i64
        %v1977 = llvm.getelementptr %in_u[%v1974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1978 = llvm.load %v1977 : !llvm.ptr -> f32
        %v1979 = arith.addi %v1677, %v416 : i64
        %v1980 = arith.constant true
        %v1981 = arith.addi %v62, %v1979 : i64
        %v1982 = llvm.getelementptr %v37[%v1981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1983 = llvm.load %v1982 : !llvm.ptr<3> -> i64
        %v1984 = arith.addi %v1676, %v1678 : i64
        %v1985 = arith.cmpi slt, %v1984, %v94 : i64
        %v1986 = arith.subi %size_L, %v2 : i64
        %v1987 = arith.minsi %v1984, %v1986 : i64
        %v1988 = arith.subi %v107, %v1987 : i64
        %v1989 = arith.addi %v1983, %v1988 : i64
        %v1990 = arith.muli %v1981, %v110 : i64
        %v1991 = arith.addi %v1990, %v1678 : i64
        %v1992 = llvm.getelementptr %in_u[%v1989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1993 = llvm.load %v1992 : !llvm.ptr -> f32
        %v1994 = arith.addi %v1677, %v432 : i64
        %v1995 = arith.constant true
        %v1996 = arith.addi %v62, %v1994 : i64
        %v1997 = llvm.getelementptr %v37[%v1996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1998 = llvm.load %v1997 : !llvm.ptr<3> -> i64
        %v1999 = arith.addi %v1676, %v1678 : i64
        %v2000 = arith.cmpi slt, %v1999, %v94 : i64
        %v2001 = arith.subi %size_L, %v2 : i64
        %v2002 = arith.minsi %v1999, %v2001 : i64
        %v2003 = arith.subi %v107, %v2002 : i64
        %v2004 = arith.addi %v1998, %v2003 : i64
        %v2005 = arith.muli %v1996, %v110 : i64
        %v2006 = arith.addi %v2005, %v1678 : i64
        %v2007 = llvm.getelementptr %in_u[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
        %v2009 = arith.addi %v1677, %v448 : i64
        %v2010 = arith.constant true
        %v2011 = arith.addi %v62, %v2009 : i64
        %v2012 = llvm.getelementptr %v37[%v2011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2013 = llvm.load %v2012 : !llvm.ptr<3> -> i64
        %v2014 = arith.addi %v1676, %v1678 : i64
        %v2015 = arith.cmpi slt, %v2014, %v94 : i64
        %v2016 = arith.subi %size_L, %v2 : i64
        %v2017 = arith.minsi %v2014, %v2016 : i64
        %v2018 = arith.subi %v107, %v2017 : i64
        %v2019 = arith.addi %v2013, %v2018 : i64
        %v2020 = arith.muli %v2011, %v110 : i64
        %v2021 = arith.addi %v2020, %v1678 : i64
        %v2022 = llvm.getelementptr %in_u[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2023 = llvm.load %v2022 : !llvm.ptr -> f32
        %v2024 = arith.addi %v1677, %v464 : i64
        %v2025 = arith.constant true
        %v2026 = arith.addi %v62, %v2024 : i64
        %v2027 = llvm.getelementptr %v37[%v2026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2028 = llvm.load %v2027 : !llvm.ptr<3> -> i64
        %v2029 = arith.addi %v1676, %v1678 : i64
        %v2030 = arith.cmpi slt, %v2029, %v94 : i64
        %v2031 = arith.subi %size_L, %v2 : i64
        %v2032 = arith.minsi %v2029, %v2031 : i64
        %v2033 = arith.subi %v107, %v2032 : i64
        %v2034 = arith.addi %v2028, %v2033 : i64
        %v2035 = arith.muli %v2026, %v110 : i64
        %v2036 = arith.addi %v2035, %v1678 : i64
        %v2037 = llvm.getelementptr %in_u[%v2034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2038 = llvm.load %v2037 : !llvm.ptr -> f32
        %v2039 = arith.addi %v1677, %v480 : i64
        %v2040 = arith.constant true
        %v2041 = arith.addi %v62, %v2039 : i64
        %v2042 = llvm.getelementptr %v37[%v2041] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2043 = llvm.load %v2042 : !llvm.ptr<3> -> i64
        %v2044 = arith.addi %v1676, %v1678 : i64
        %v2045 = arith.cmpi slt, %v2044, %v94 : i64
        %v2046 = arith.subi %size_L, %v2 : i64
        %v2047 = arith.minsi %v2044, %v2046 : i64
        %v2048 = arith.subi %v107, %v2047 : i64
        %v2049 = arith.addi %v2043, %v2048 : i64
        %v2050 = arith.muli %v2041, %v110 : i64
        %v2051 = arith.addi %v2050, %v1678 : i64
        %v2052 = llvm.getelementptr %in_u[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2053 = llvm.load %v2052 : !llvm.ptr -> f32
        %v2054 = arith.addi %v1677, %v496 : i64
        %v2055 = arith.constant true
        %v2056 = arith.addi %v62, %v2054 : i64
        %v2057 = llvm.getelementptr %v37[%v2056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2058 = llvm.load %v2057 : !llvm.ptr<3> -> i64
        %v2059 = arith.addi %v1676, %v1678 : i64
        %v2060 = arith.cmpi slt, %v2059, %v94 : i64
        %v2061 = arith.subi %size_L, %v2 : i64
        %v2062 = arith.minsi %v2059, %v2061 : i64
        %v2063 = arith.subi %v107, %v2062 : i64
        %v2064 = arith.addi %v2058, %v2063 : i64
        %v2065 = arith.muli %v2056, %v110 : i64
        %v2066 = arith.addi %v2065, %v1678 : i64
        %v2067 = llvm.getelementptr %in_u[%v2064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2068 = llvm.load %v2067 : !llvm.ptr -> f32
        %v2069 = arith.addi %v1677, %v512 : i64
        %v2070 = arith.constant true
        %v2071 = arith.addi %v62, %v2069 : i64
        %v2072 = llvm.getelementptr %v37[%v2071] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2073 = llvm.load %v2072 : !llvm.ptr<3> -> i64
        %v2074 = arith.addi %v1676, %v1678 : i64
        %v2075 = arith.cmpi slt, %v2074, %v94 : i64
        %v2076 = arith.subi %size_L, %v2 : i64
        %v2077 = arith.minsi %v2074, %v2076 : i64
        %v2078 = arith.subi %v107, %v2077 : i64
        %v2079 = arith.addi %v2073, %v2078 : i64
        %v2080 = arith.muli %v2071, %v110 : i64
        %v2081 = arith.addi %v2080, %v1678 : i64
        %v2082 = llvm.getelementptr %in_u[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2083 = llvm.load %v2082 : !llvm.ptr -> f32
        %v2084 = arith.addi %v1677, %v528 : i64
        %v2085 = arith.constant true
        %v2086 = arith.addi %v62, %v2084 : i64
        %v2087 = llvm.getelementptr %v37[%v2086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2088 = llvm.load %v2087 : !llvm.ptr<3> -> i64
        %v2089 = arith.addi %v1676, %v1678 : i64
        %v2090 = arith.cmpi slt, %v2089, %v94 : i64
        %v2091 = arith.subi %size_L, %v2 : i64
        %v2092 = arith.minsi %v2089, %v2091 : i64
        %v2093 = arith.subi %v107, %v2092 : i64
        %v2094 = arith.addi %v2088, %v2093 : i64
        %v2095 = arith.muli %v2086, %v110 : i64
        %v2096 = arith.addi %v2095, %v1678 : i64
        %v2097 = llvm.getelementptr %in_u[%v2094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2098 = llvm.load %v2097 : !llvm.ptr -> f32
        %v2099 = arith.addi %v1677, %v544 : i64
        %v2100 = arith.constant true
        %v2101 = arith.addi %v62, %v2099 : i64
        %v2102 = llvm.getelementptr %v37[%v2101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2103 = llvm.load %v2102 : !llvm.ptr<3> -> i64
        %v2104 = arith.addi %v1676, %v1678 : i64
        %v2105 = arith.cmpi slt, %v2104, %v94 : i64
        %v2106 = arith.subi %size_L, %v2 : i64
        %v2107 = arith.minsi %v2104, %v2106 : i64
        %v2108 = arith.subi %v107, %v2107 : i64
        %v2109 = arith.addi %v2103, %v2108 : i64
        %v2110 = arith.muli %v2101, %v110 : i64
        %v2111 = arith.addi %v2110, %v1678 : i64
        %v2112 = llvm.getelementptr %in_u[%v2109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2113 = llvm.load %v2112 : !llvm.ptr -> f32
        %v2114 = arith.addi %v1677, %v560 : i64
        %v2115 = arith.constant true
        %v2116 = arith.addi %v62, %v2114 : i64
        %v2117 = llvm.getelementptr %v37[%v2116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2118 = llvm.load %v2117 : !llvm.ptr<3> -> i64
        %v2119 = arith.addi %v1676, %v1678 : i64
        %v2120 = arith.cmpi slt, %v2119, %v94 : i64
        %v2121 = arith.subi %size_L, %v2 : i64
        %v2122 = arith.minsi %v2119, %v2121 : i64
        %v2123 = arith.subi %v107, %v2122 : i64
        %v2124 = arith.addi %v2118, %v2123 : i64
        %v2125 = arith.muli %v2116, %v110 : i64
        %v2126 = arith.addi %v2125, %v1678 : i64
        %v2127 = llvm.getelementptr %in_u[%v2124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2128 = llvm.load %v2127 : !llvm.ptr -> f32
        %v2129 = arith.addi %v1677, %v576 : i64
        %v2130 = arith.constant true
        %v2131 = arith.addi %v62, %v2129 : i64
        %v2132 = llvm.getelementptr %v37[%v2131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2133 = llvm.load %v2132 : !llvm.ptr<3> -> i64
        %v2134 = arith.addi %v1676, %v1678 : i64
        %v2135 = arith.cmpi slt, %v2134, %v94 : i64
        %v2136 = arith.subi %size_L, %v2 : i64
        %v2137 = arith.minsi %v2134, %v2136 : i64
        %v2138 = arith.subi %v107, %v2137 : i64
        %v2139 = arith.addi %v2133, %v2138 : i64
        %v2140 = arith.muli %v2131, %v110 : i64
        %v2141 = arith.addi %v2140, %v1678 : i64
        %v2142 = llvm.getelementptr %in_u[%v2139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2143 = llvm.load %v2142 : !llvm.ptr -> f32
        %v2144 = arith.addi %v1677, %v592 : i64
        %v2145 = arith.constant true
        %v2146 = arith.addi %v62, %v2144 : i64
        %v2147 = llvm.getelementptr %v37[%v2146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2148 = llvm.load %v2147 : !llvm.ptr<3> -> i64
        %v2149 = arith.addi %v1676, %v1678 : i64
        %v2150 = arith.cmpi slt, %v2149, %v94 : i64
        %v2151 = arith.subi %size_L, %v2 : i64
        %v2152 = arith.minsi %v2149, %v2151 : i64
        %v2153 = arith.subi %v107, %v2152 : i64
        %v2154 = arith.addi %v2148, %v2153 : i64
        %v2155 = arith.muli %v2146, %v110 : i64
        %v2156 = arith.addi %v2155, %v1678 : i64
        %v2157 = llvm.getelementptr %in_u[%v2154] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2158 = llvm.load %v2157 : !llvm.ptr -> f32
        %v2159 = arith.divui %v45, %v95 : i64
        %v2160 = arith.remui %v45, %v95 : i64
        %v2161 = arith.addi %v2159, %v62 : i64
        %v2162 = arith.constant true
        %v2163 = arith.addi %v47, %v2161 : i64
        %v2164 = llvm.getelementptr %v37[%v2163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2165 = llvm.load %v2164 : !llvm.ptr<3> -> i64
        %v2166 = arith.addi %v1676, %v2160 : i64
        %v2167 = arith.cmpi slt, %v2166, %v94 : i64
        %v2168 = arith.subi %size_L, %v2 : i64
        %v2169 = arith.minsi %v2166, %v2168 : i64
        %v2170 = arith.subi %v107, %v2169 : i64
        %v2171 = arith.addi %v2165, %v2170 : i64
        %v2172 = arith.muli %v2163, %v110 : i64
        %v2173 = arith.addi %v2172, %v2160 : i64
        %v2174 = llvm.getelementptr %in_delta[%v2171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2175 = llvm.load %v2174 : !llvm.ptr -> f32
        %v2176 = arith.addi %v2159, %v86 : i64
        %v2177 = arith.constant true
        %v2178 = arith.addi %v47, %v2176 : i64
        %v2179 = llvm.getelementptr %v37[%v2178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2180 = llvm.load %v2179 : !llvm.ptr<3> -> i64
        %v2181 = arith.addi %v1676, %v2160 : i64
        %v2182 = arith.cmpi slt, %v2181, %v94 : i64
        %v2183 = arith.subi %size_L, %v2 : i64
        %v2184 = arith.minsi %v2181, %v2183 : i64
        %v2185 = arith.subi %v107, %v2184 : i64
        %v2186 = arith.addi %v2180, %v2185 : i64
        %v2187 = arith.muli %v2178, %v110 : i64
        %v2188 = arith.addi %v2187, %v2160 : i64
        %v2189 = llvm.getelementptr %in_delta[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
        %v2191 = arith.addi %v2159, %v130 : i64
        %v2192 = arith.constant true
        %v2193 = arith.addi %v47, %v2191 : i64
        %v2194 = llvm.getelementptr %v37[%v2193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2195 = llvm.load %v2194 : !llvm.ptr<3> -> i64
        %v2196 = arith.addi %v1676, %v2160 : i64
        %v2197 = arith.cmpi slt, %v2196, %v94 : i64
        %v2198 = arith.subi %size_L, %v2 : i64
        %v2199 = arith.minsi %v2196, %v2198 : i64
        %v2200 = arith.subi %v107, %v2199 : i64
        %v2201 = arith.addi %v2195, %v2200 : i64
        %v2202 = arith.muli %v2193, %v110 : i64
        %v2203 = arith.addi %v2202, %v2160 : i64
        %v2204 = llvm.getelementptr %in_delta[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2205 = llvm.load %v2204 : !llvm.ptr -> f32
        %v2206 = arith.addi %v2159, %v146 : i64
        %v2207 = arith.constant true
        %v2208 = arith.addi %v47, %v2206 : i64
        %v2209 = llvm.getelementptr %v37[%v2208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2210 = llvm.load %v2209 : !llvm.ptr<3> -> i64
        %v2211 = arith.addi %v1676, %v2160 : i64
        %v2212 = arith.cmpi slt, %v2211, %v94 : i64
        %v2213 = arith.subi %size_L, %v2 : i64
        %v2214 = arith.minsi %v2211, %v2213 : i64
        %v2215 = arith.subi %v107, %v2214 : i64
        %v2216 = arith.addi %v2210, %v2215 : i64
        %v2217 = arith.muli %v2208, %v110 : i64
        %v2218 = arith.addi %v2217, %v2160 : i64
        %v2219 = llvm.getelementptr %in_delta[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
        %v2221 = arith.addi %v2159, %v162 : i64
        %v2222 = arith.constant true
        %v2223 = arith.addi %v47, %v2221 : i64
        %v2224 = llvm.getelementptr %v37[%v2223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2225 = llvm.load %v2224 : !llvm.ptr<3> -> i64
        %v2226 = arith.addi %v1676, %v2160 : i64
        %v2227 = arith.cmpi slt, %v2226, %v94 : i64
        %v2228 = arith.subi %size_L, %v2 : i64
        %v2229 = arith.minsi %v2226, %v2228 : i64
        %v2230 = arith.subi %v107, %v2229 : i64
        %v2231 = arith.addi %v2225, %v2230 : i64
        %v2232 = arith.muli %v2223, %v110 : i64
        %v2233 = arith.addi %v2232, %v2160 : i64
        %v2234 = llvm.getelementptr %in_delta[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2235 = llvm.load %v2234 : !llvm.ptr -> f32
        %v2236 = arith.addi %v2159, %v178 : i64
        %v2237 = arith.constant true
        %v2238 = arith.addi %v47, %v2236 : i64
        %v2239 = llvm.getelementptr %v37[%v2238] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2240 = llvm.load %v2239 : !llvm.ptr<3> -> i64
        %v2241 = arith.addi %v1676, %v2160 : i64
        %v2242 = arith.cmpi slt, %v2241, %v94 : i64
        %v2243 = arith.subi %size_L, %v2 : i64
        %v2244 = arith.minsi %v2241, %v2243 : i64
        %v2245 = arith.subi %v107, %v2244 : i64
        %v2246 = arith.addi %v2240, %v2245 : i64
        %v2247 = arith.muli %v2238, %v110 : i64
        %v2248 = arith.addi %v2247, %v2160 : i64
        %v2249 = llvm.getelementptr %in_delta[%v2246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2250 = llvm.load %v2249 : !llvm.ptr -> f32
        %v2251 = arith.addi %v2159, %v194 : i64
        %v2252 = arith.constant true
        %v2253 = arith.addi %v47, %v2251 : i64
        %v2254 = llvm.getelementptr %v37[%v2253] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2255 = llvm.load %v2254 : !llvm.ptr<3> -> i64
        %v2256 = arith.addi %v1676, %v2160 : i64
        %v2257 = arith.cmpi slt, %v2256, %v94 : i64
        %v2258 = arith.subi %size_L, %v2 : i64
        %v2259 = arith.minsi %v2256, %v2258 : i64
        %v2260 = arith.subi %v107, %v2259 : i64
        %v2261 = arith.addi %v2255, %v2260 : i64
        %v2262 = arith.muli %v2253, %v110 : i64
        %v2263 = arith.addi %v2262, %v2160 : i64
        %v2264 = llvm.getelementptr %in_delta[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
        %v2266 = arith.addi %v2159, %v210 : i64
        %v2267 = arith.constant true
        %v2268 = arith.addi %v47, %v2266 : i64
        %v2269 = llvm.getelementptr %v37[%v2268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2270 = llvm.load %v2269 : !llvm.ptr<3> -> i64
        %v2271 = arith.addi %v1676, %v2160 : i64
        %v2272 = arith.cmpi slt, %v2271, %v94 : i64
        %v2273 = arith.subi %size_L, %v2 : i64
        %v2274 = arith.minsi %v2271, %v2273 : i64
        %v2275 = arith.subi %v107, %v2274 : i64
        %v2276 = arith.addi %v2270, %v2275 : i64
        %v2277 = arith.muli %v2268, %v110 : i64
        %v2278 = arith.addi %v2277, %v2160 : i64
        %v2279 = llvm.getelementptr %in_delta[%v2276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2280 = llvm.load %v2279 : !llvm.ptr -> f32
        %v2281 = arith.addi %v2159, %v1 : i64
        %v2282 = arith.constant true
        %v2283 = arith.addi %v47, %v2281 : i64
        %v2284 = llvm.getelementptr %v37[%v2283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2285 = llvm.load %v2284 : !llvm.ptr<3> -> i64
        %v2286 = arith.addi %v1676, %v2160 : i64
        %v2287 = arith.cmpi slt, %v2286, %v94 : i64
        %v2288 = arith.subi %size_L, %v2 : i64
        %v2289 = arith.minsi %v2286, %v2288 : i64
        %v2290 = arith.subi %v107, %v2289 : i64
        %v2291 = arith.addi %v2285, %v2290 : i64
        %v2292 = arith.muli %v2283, %v110 : i64
        %v2293 = arith.addi %v2292, %v2160 : i64
        %v2294 = llvm.getelementptr %in_delta[%v2291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2295 = llvm.load %v2294 : !llvm.ptr -> f32
        %v2296 = arith.addi %v2159, %v241 : i64
        %v2297 = arith.constant true
        %v2298 = arith.addi %v47, %v2296 : i64
        %v2299 = llvm.getelementptr %v37[%v2298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2300 = llvm.load %v2299 : !llvm.ptr<3> -> i64
        %v2301 = arith.addi %v1676, %v2160 : i64
        %v2302 = arith.cmpi slt, %v2301, %v94 : i64
        %v2303 = arith.subi %size_L, %v2 : i64
        %v2304 = arith.minsi %v2301, %v2303 : i64
        %v2305 = arith.subi %v107, %v2304 : i64
        %v2306 = arith.addi %v2300, %v2305 : i64
        %v2307 = arith.muli %v2298, %v110 : i64
        %v2308 = arith.addi %v2307, %v2160 : i64
        %v2309 = llvm.getelementptr %in_delta[%v2306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2310 = llvm.load %v2309 : !llvm.ptr -> f32
        %v2311 = arith.addi %v2159, %v257 : i64
        %v2312 = arith.constant true
        %v2313 = arith.addi %v47, %v2311 : i64
        %v2314 = llvm.getelementptr %v37[%v2313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2315 = llvm.load %v2314 : !llvm.ptr<3> -> i64
        %v2316 = arith.addi %v1676, %v2160 : i64
        %v2317 = arith.cmpi slt, %v2316, %v94 : i64
        %v2318 = arith.subi %size_L, %v2 : i64
        %v2319 = arith.minsi %v2316, %v2318 : i64
        %v2320 = arith.subi %v107, %v2319 : i64
        %v2321 = arith.addi %v2315, %v2320 : i64
        %v2322 = arith.muli %v2313, %v110 : i64
        %v2323 = arith.addi %v2322, %v2160 : i64
        %v2324 = llvm.getelementptr %in_delta[%v2321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2325 = llvm.load %v2324 : !llvm.ptr -> f32
        %v2326 = arith.addi %v2159, %v273 : i64
        %v2327 = arith.constant true
        %v2328 = arith.addi %v47, %v2326 : i64
        %v2329 = llvm.getelementptr %v37[%v2328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2330 = llvm.load %v2329 : !llvm.ptr<3> -> i64
        %v2331 = arith.addi %v1676, %v2160 : i64
        %v2332 = arith.cmpi slt, %v2331, %v94 : i64
        %v2333 = arith.subi %size_L, %v2 : i64
        %v2334 = arith.minsi %v2331, %v2333 : i64
        %v2335 = arith.subi %v107, %v2334 : i64
        %v2336 = arith.addi %v2330, %v2335 : i64
        %v2337 = arith.muli %v2328, %v110 : i64
        %v2338 = arith.addi %v2337, %v2160 : i64
        %v2339 = llvm.getelementptr %in_delta[%v2336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2340 = llvm.load %v2339 : !llvm.ptr -> f32
        %v2341 = arith.addi %v2159, %v289 : i64
        %v2342 = arith.constant true
        %v2343 = arith.addi %v47, %v2341 : i64
        %v2344 = llvm.getelementptr %v37[%v2343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2345 = llvm.load %v2344 : !llvm.ptr<3> -> i64
        %v2346 = arith.addi %v1676, %v2160 : i64
        %v2347 = arith.cmpi slt, %v2346, %v94 : i64
        %v2348 = arith.subi %size_L, %v2 : i64
        %v2349 = arith.minsi %v2346, %v2348 : i64
        %v2350 = arith.subi %v107, %v2349 : i64
        %v2351 = arith.addi %v2345, %v2350 : i64
        %v2352 = arith.muli %v2343, %v110 : i64
        %v2353 = arith.addi %v2352, %v2160 : i64
        %v2354 = llvm.getelementptr %in_delta[%v2351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2355 = llvm.load %v2354 : !llvm.ptr -> f32
        %v2356 = arith.addi %v2159, %v305 : i64
        %v2357 = arith.constant true
        %v2358 = arith.addi %v47, %v2356 : i64
        %v2359 = llvm.getelementptr %v37[%v2358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2360 = llvm.load %v2359 : !llvm.ptr<3> -> i64
        %v2361 = arith.addi %v1676, %v2160 : i64
        %v2362 = arith.cmpi slt, %v2361, %v94 : i64
        %v2363 = arith.subi %size_L, %v2 : i64
        %v2364 = arith.minsi %v2361, %v2363 : i64
        %v2365 = arith.subi %v107, %v2364 : i64
        %v2366 = arith.addi %v2360, %v2365 : i64
        %v2367 = arith.muli %v2358, %v110 : i64
        %v2368 = arith.addi %v2367, %v2160 : i64
        %v2369 = llvm.getelementptr %in_delta[%v2366] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2370 = llvm.load %v2369 : !llvm.ptr -> f32
        %v2371 = arith.addi %v2159, %v321 : i64
        %v2372 = arith.constant true
        %v2373 = arith.addi %v47, %v2371 : i64
        %v2374 = llvm.getelementptr %v37[%v2373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2375 = llvm.load %v2374 : !llvm.ptr<3> -> i64
        %v2376 = arith.addi %v1676, %v2160 : i64
        %v2377 = arith.cmpi slt, %v2376, %v94 : i64
        %v2378 = arith.subi %size_L, %v2 : i64
        %v2379 = arith.minsi %v2376, %v2378 : i64
        %v2380 = arith.subi %v107, %v2379 : i64
        %v2381 = arith.addi %v2375, %v2380 : i64
        %v2382 = arith.muli %v2373, %v110 : i64
        %v2383 = arith.addi %v2382, %v2160 : i64
        %v2384 = llvm.getelementptr %in_delta[%v2381] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2385 = llvm.load %v2384 : !llvm.ptr -> f32
        %v2386 = arith.addi %v2159, %v337 : i64
        %v2387 = arith.constant true
        %v2388 = arith.addi %v47, %v2386 : i64
        %v2389 = llvm.getelementptr %v37[%v2388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2390 = llvm.load %v2389 : !llvm.ptr<3> -> i64
        %v2391 = arith.addi %v1676, %v2160 : i64
        %v2392 = arith.cmpi slt, %v2391, %v94 : i64
        %v2393 = arith.subi %size_L, %v2 : i64
        %v2394 = arith.minsi %v2391, %v2393 : i64
        %v2395 = arith.subi %v107, %v2394 : i64
        %v2396 = arith.addi %v2390, %v2395 : i64
        %v2397 = arith.muli %v2388, %v110 : i64
        %v2398 = arith.addi %v2397, %v2160 : i64
        %v2399 = llvm.getelementptr %in_delta[%v2396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2400 = llvm.load %v2399 : !llvm.ptr -> f32
        %v2401 = arith.addi %v2159, %v95 : i64
        %v2402 = arith.constant true
        %v2403 = arith.addi %v47, %v2401 : i64
        %v2404 = llvm.getelementptr %v37[%v2403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2405 = llvm.load %v2404 : !llvm.ptr<3> -> i64
        %v2406 = arith.addi %v1676, %v2160 : i64
        %v2407 = arith.cmpi slt, %v2406, %v94 : i64
        %v2408 = arith.subi %size_L, %v2 : i64
        %v2409 = arith.minsi %v2406, %v2408 : i64
        %v2410 = arith.subi %v107, %v2409 : i64
        %v2411 = arith.addi %v2405, %v2410 : i64
        %v2412 = arith.muli %v2403, %v110 : i64
        %v2413 = arith.addi %v2412, %v2160 : i64
        %v2414 = llvm.getelementptr %in_delta[%v2411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2415 = llvm.load %v2414 : !llvm.ptr -> f32
        %v2416 = arith.addi %v2159, %v368 : i64
        %v2417 = arith.constant true
        %v2418 = arith.addi %v47, %v2416 : i64
        %v2419 = llvm.getelementptr %v37[%v2418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2420 = llvm.load %v2419 : !llvm.ptr<3> -> i64
        %v2421 = arith.addi %v1676, %v2160 : i64
        %v2422 = arith.cmpi slt, %v2421, %v94 : i64
        %v2423 = arith.subi %size_L, %v2 : i64
        %v2424 = arith.minsi %v2421, %v2423 : i64
        %v2425 = arith.subi %v107, %v2424 : i64
        %v2426 = arith.addi %v2420, %v2425 : i64
        %v2427 = arith.muli %v2418, %v110 : i64
        %v2428 = arith.addi %v2427, %v2160 : i64
        %v2429 = llvm.getelementptr %in_delta[%v2426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2430 = llvm.load %v2429 : !llvm.ptr -> f32
        %v2431 = arith.addi %v2159, %v384 : i64
        %v2432 = arith.constant true
        %v2433 = arith.addi %v47, %v2431 : i64
        %v2434 = llvm.getelementptr %v37[%v2433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2435 = llvm.load %v2434 : !llvm.ptr<3> -> i64
        %v2436 = arith.addi %v1676, %v2160 : i64
        %v2437 = arith.cmpi slt, %v2436, %v94 : i64
        %v2438 = arith.subi %size_L, %v2 : i64
        %v2439 = arith.minsi %v2436, %v2438 : i64
        %v2440 = arith.subi %v107, %v2439 : i64
        %v2441 = arith.addi %v2435, %v2440 : i64
        %v2442 = arith.muli %v2433, %v110 : i64
        %v2443 = arith.addi %v2442, %v2160 : i64
        %v2444 = llvm.getelementptr %in_delta[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2445 = llvm.load %v2444 : !llvm.ptr -> f32
        %v2446 = arith.addi %v2159, %v400 : i64
        %v2447 = arith.constant true
        %v2448 = arith.addi %v47, %v2446 : i64
        %v2449 = llvm.getelementptr %v37[%v2448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2450 = llvm.load %v2449 : !llvm.ptr<3> -> i64
        %v2451 = arith.addi %v1676, %v2160 : i64
        %v2452 = arith.cmpi slt, %v2451, %v94 : i64
        %v2453 = arith.subi %size_L, %v2 : i64
        %v2454 = arith.minsi %v2451, %v2453 : i64
        %v2455 = arith.subi %v107, %v2454 : i64
        %v2456 = arith.addi %v2450, %v2455 : i64
        %v2457 = arith.muli %v2448, %v110 : i64
        %v2458 = arith.addi %v2457, %v2160 : i64
        %v2459 = llvm.getelementptr %in_delta[%v2456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2460 = llvm.load %v2459 : !llvm.ptr -> f32
        %v2461 = arith.addi %v2159, %v416 : i64
        %v2462 = arith.constant true
        %v2463 = arith.addi %v47, %v2461 : i64
        %v2464 = llvm.getelementptr %v37[%v2463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2465 = llvm.load %v2464 : !llvm.ptr<3> -> i64
        %v2466 = arith.addi %v1676, %v2160 : i64
        %v2467 = arith.cmpi slt, %v2466, %v94 : i64
        %v2468 = arith.subi %size_L, %v2 : i64
        %v2469 = arith.minsi %v2466, %v2468 : i64
        %v2470 = arith.subi %v107, %v2469 : i64
        %v2471 = arith.addi %v2465, %v2470 : i64
        %v2472 = arith.muli %v2463, %v110 : i64
        %v2473 = arith.addi %v2472, %v2160 : i64
        %v2474 = llvm.getelementptr %in_delta[%v2471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2475 = llvm.load %v2474 : !llvm.ptr -> f32
        %v2476 = arith.addi %v2159, %v432 : i64
        %v2477 = arith.constant true
        %v2478 = arith.addi %v47, %v2476 : i64
        %v2479 = llvm.getelementptr %v37[%v2478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2480 = llvm.load %v2479 : !llvm.ptr<3> -> i64
        %v2481 = arith.addi %v1676, %v2160 : i64
        %v2482 = arith.cmpi slt, %v2481, %v94 : i64
        %v2483 = arith.subi %size_L, %v2 : i64
        %v2484 = arith.minsi %v2481, %v2483 : i64
        %v2485 = arith.subi %v107, %v2484 : i64
        %v2486 = arith.addi %v2480, %v2485 : i64
        %v2487 = arith.muli %v2478, %v110 : i64
        %v2488 = arith.addi %v2487, %v2160 : i64
        %v2489 = llvm.getelementptr %in_delta[%v2486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2490 = llvm.load %v2489 : !llvm.ptr -> f32
        %v2491 = arith.addi %v2159, %v448 : i64
        %v2492 = arith.constant true
        %v2493 = arith.addi %v47, %v2491 : i64
        %v2494 = llvm.getelementptr %v37[%v2493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2495 = llvm.load %v2494 : !llvm.ptr<3> -> i64
        %v2496 = arith.addi %v1676, %v2160 : i64
        %v2497 = arith.cmpi slt, %v2496, %v94 : i64
        %v2498 = arith.subi %size_L, %v2 : i64
        %v2499 = arith.minsi %v2496, %v2498 : i64
        %v2500 = arith.subi %v107, %v2499 : i64
        %v2501 = arith.addi %v2495, %v2500 : i64
        %v2502 = arith.muli %v2493, %v110 : i64
        %v2503 = arith.addi %v2502, %v2160 : i64
        %v2504 = llvm.getelementptr %in_delta[%v2501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2505 = llvm.load %v2504 : !llvm.ptr -> f32
        %v2506 = arith.addi %v2159, %v464 : i64
        %v2507 = arith.constant true
        %v2508 = arith.addi %v47, %v2506 : i64
        %v2509 = llvm.getelementptr %v37[%v2508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2510 = llvm.load %v2509 : !llvm.ptr<3> -> i64
        %v2511 = arith.addi %v1676, %v2160 : i64
        %v2512 = arith.cmpi slt, %v2511, %v94 : i64
        %v2513 = arith.subi %size_L, %v2 : i64
        %v2514 = arith.minsi %v2511, %v2513 : i64
        %v2515 = arith.subi %v107, %v2514 : i64
        %v2516 = arith.addi %v2510, %v2515 : i64
        %v2517 = arith.muli %v2508, %v110 : i64
        %v2518 = arith.addi %v2517, %v2160 : i64
        %v2519 = llvm.getelementptr %in_delta[%v2516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2520 = llvm.load %v2519 : !llvm.ptr -> f32
        %v2521 = arith.addi %v2159, %v480 : i64
        %v2522 = arith.constant true
        %v2523 = arith.addi %v47, %v2521 : i64
        %v2524 = llvm.getelementptr %v37[%v2523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2525 = llvm.load %v2524 : !llvm.ptr<3> -> i64
        %v2526 = arith.addi %v1676, %v2160 : i64
        %v2527 = arith.cmpi slt, %v2526, %v94 : i64
        %v2528 = arith.subi %size_L, %v2 : i64
        %v2529 = arith.minsi %v2526, %v2528 : i64
        %v2530 = arith.subi %v107, %v2529 : i64
        %v2531 = arith.addi %v2525, %v2530 : i64
        %v2532 = arith.muli %v2523, %v110 : i64
        %v2533 = arith.addi %v2532, %v2160 : i64
        %v2534 = llvm.getelementptr %in_delta[%v2531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2535 = llvm.load %v2534 : !llvm.ptr -> f32
        %v2536 = arith.addi %v2159, %v496 : i64
        %v2537 = arith.constant true
        %v2538 = arith.addi %v47, %v2536 : i64
        %v2539 = llvm.getelementptr %v37[%v2538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2540 = llvm.load %v2539 : !llvm.ptr<3> -> i64
        %v2541 = arith.addi %v1676, %v2160 : i64
        %v2542 = arith.cmpi slt, %v2541, %v94 : i64
        %v2543 = arith.subi %size_L, %v2 : i64
        %v2544 = arith.minsi %v2541, %v2543 : i64
        %v2545 = arith.subi %v107, %v2544 : i64
        %v2546 = arith.addi %v2540, %v2545 : i64
        %v2547 = arith.muli %v2538, %v110 : i64
        %v2548 = arith.addi %v2547, %v2160 : i64
        %v2549 = llvm.getelementptr %in_delta[%v2546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2550 = llvm.load %v2549 : !llvm.ptr -> f32
        %v2551 = arith.addi %v2159, %v512 : i64
        %v2552 = arith.constant true
        %v2553 = arith.addi %v47, %v2551 : i64
        %v2554 = llvm.getelementptr %v37[%v2553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2555 = llvm.load %v2554 : !llvm.ptr<3> -> i64
        %v2556 = arith.addi %v1676, %v2160 : i64
        %v2557 = arith.cmpi slt, %v2556, %v94 : i64
        %v2558 = arith.subi %size_L, %v2 : i64
        %v2559 = arith.minsi %v2556, %v2558 : i64
        %v2560 = arith.subi %v107, %v2559 : i64
        %v2561 = arith.addi %v2555, %v2560 : i64
        %v2562 = arith.muli %v2553, %v110 : i64
        %v2563 = arith.addi %v2562, %v2160 : i64
        %v2564 = llvm.getelementptr %in_delta[%v2561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2565 = llvm.load %v2564 : !llvm.ptr -> f32
        %v2566 = arith.addi %v2159, %v528 : i64
        %v2567 = arith.constant true
        %v2568 = arith.addi %v47, %v2566 : i64
        %v2569 = llvm.getelementptr %v37[%v2568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2570 = llvm.load %v2569 : !llvm.ptr<3> -> i64
        %v2571 = arith.addi %v1676, %v2160 : i64
        %v2572 = arith.cmpi slt, %v2571, %v94 : i64
        %v2573 = arith.subi %size_L, %v2 : i64
        %v2574 = arith.minsi %v2571, %v2573 : i64
        %v2575 = arith.subi %v107, %v2574 : i64
        %v2576 = arith.addi %v2570, %v2575 : i64
        %v2577 = arith.muli %v2568, %v110 : i64
        %v2578 = arith.addi %v2577, %v2160 : i64
        %v2579 = llvm.getelementptr %in_delta[%v2576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2580 = llvm.load %v2579 : !llvm.ptr -> f32
        %v2581 = arith.addi %v2159, %v544 : i64
        %v2582 = arith.constant true
        %v2583 = arith.addi %v47, %v2581 : i64
        %v2584 = llvm.getelementptr %v37[%v2583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2585 = llvm.load %v2584 : !llvm.ptr<3> -> i64
        %v2586 = arith.addi %v1676, %v2160 : i64
        %v2587 = arith.cmpi slt, %v2586, %v94 : i64
        %v2588 = arith.subi %size_L, %v2 : i64
        %v2589 = arith.minsi %v2586, %v2588 : i64
        %v2590 = arith.subi %v107, %v2589 : i64
        %v2591 = arith.addi %v2585, %v2590 : i64
        %v2592 = arith.muli %v2583, %v110 : i64
        %v2593 = arith.addi %v2592, %v2160 : i64
        %v2594 = llvm.getelementptr %in_delta[%v2591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2595 = llvm.load %v2594 : !llvm.ptr -> f32
        %v2596 = arith.addi %v2159, %v560 : i64
        %v2597 = arith.constant true
        %v2598 = arith.addi %v47, %v2596 : i64
        %v2599 = llvm.getelementptr %v37[%v2598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2600 = llvm.load %v2599 : !llvm.ptr<3> -> i64
        %v2601 = arith.addi %v1676, %v2160 : i64
        %v2602 = arith.cmpi slt, %v2601, %v94 : i64
        %v2603 = arith.subi %size_L, %v2 : i64
        %v2604 = arith.minsi %v2601, %v2603 : i64
        %v2605 = arith.subi %v107, %v2604 : i64
        %v2606 = arith.addi %v2600, %v2605 : i64
        %v2607 = arith.muli %v2598, %v110 : i64
        %v2608 = arith.addi %v2607, %v2160 : i64
        %v2609 = llvm.getelementptr %in_delta[%v2606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2610 = llvm.load %v2609 : !llvm.ptr -> f32
        %v2611 = arith.addi %v2159, %v576 : i64
        %v2612 = arith.constant true
        %v2613 = arith.addi %v47, %v2611 : i64
        %v2614 = llvm.getelementptr %v37[%v2613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2615 = llvm.load %v2614 : !llvm.ptr<3> -> i64
        %v2616 = arith.addi %v1676, %v2160 : i64
        %v2617 = arith.cmpi slt, %v2616, %v94 : i64
        %v2618 = arith.subi %size_L, %v2 : i64
        %v2619 = arith.minsi %v2616, %v2618 : i64
        %v2620 = arith.subi %v107, %v2619 : i64
        %v2621 = arith.addi %v2615, %v2620 : i64
        %v2622 = arith.muli %v2613, %v110 : i64
        %v2623 = arith.addi %v2622, %v2160 : i64
        %v2624 = llvm.getelementptr %in_delta[%v2621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2625 = llvm.load %v2624 : !llvm.ptr -> f32
        %v2626 = arith.addi %v2159, %v592 : i64
        %v2627 = arith.constant true
        %v2628 = arith.addi %v47, %v2626 : i64
        %v2629 = llvm.getelementptr %v37[%v2628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2630 = llvm.load %v2629 : !llvm.ptr<3> -> i64
        %v2631 = arith.addi %v1676, %v2160 : i64
        %v2632 = arith.cmpi slt, %v2631, %v94 : i64
        %v2633 = arith.subi %size_L, %v2 : i64
        %v2634 = arith.minsi %v2631, %v2633 : i64
        %v2635 = arith.subi %v107, %v2634 : i64
        %v2636 = arith.addi %v2630, %v2635 : i64
        %v2637 = arith.muli %v2628, %v110 : i64
        %v2638 = arith.addi %v2637, %v2160 : i64
        %v2639 = llvm.getelementptr %in_delta[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
        %v2641 = arith.divui %v45, %v95 : i64
        %v2642 = arith.remui %v45, %v95 : i64
        %v2643 = arith.addi %v2641, %v62 : i64
        %v2644 = arith.constant true
        %v2645 = arith.addi %v1158, %v2643 : i64
        %v2646 = llvm.getelementptr %v37[%v2645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2647 = llvm.load %v2646 : !llvm.ptr<3> -> i64
        %v2648 = arith.addi %v1676, %v2642 : i64
        %v2649 = arith.cmpi slt, %v2648, %v94 : i64
        %v2650 = arith.subi %size_L, %v2 : i64
        %v2651 = arith.minsi %v2648, %v2650 : i64
        %v2652 = arith.subi %v107, %v2651 : i64
        %v2653 = arith.addi %v2647, %v2652 : i64
        %v2654 = arith.muli %v2645, %v110 : i64
        %v2655 = arith.addi %v2654, %v2642 : i64
        %v2656 = llvm.getelementptr %in_z[%v2653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2657 = llvm.load %v2656 : !llvm.ptr -> f32
        %v2658 = arith.addi %v2641, %v86 : i64
        %v2659 = arith.constant true
        %v2660 = arith.addi %v1158, %v2658 : i64
        %v2661 = llvm.getelementptr %v37[%v2660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2662 = llvm.load %v2661 : !llvm.ptr<3> -> i64
        %v2663 = arith.addi %v1676, %v2642 : i64
        %v2664 = arith.cmpi slt, %v2663, %v94 : i64
        %v2665 = arith.subi %size_L, %v2 : i64
        %v2666 = arith.minsi %v2663, %v2665 : i64
        %v2667 = arith.subi %v107, %v2666 : i64
        %v2668 = arith.addi %v2662, %v2667 : i64
        %v2669 = arith.muli %v2660, %v110 : i64
        %v2670 = arith.addi %v2669, %v2642 : i64
        %v2671 = llvm.getelementptr %in_z[%v2668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
        %v2673 = arith.addi %v2641, %v130 : i64
        %v2674 = arith.constant true
        %v2675 = arith.addi %v1158, %v2673 : i64
        %v2676 = llvm.getelementptr %v37[%v2675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2677 = llvm.load %v2676 : !llvm.ptr<3> -> i64
        %v2678 = arith.addi %v1676, %v2642 : i64
        %v2679 = arith.cmpi slt, %v2678, %v94 : i64
        %v2680 = arith.subi %size_L, %v2 : i64
        %v2681 = arith.minsi %v2678, %v2680 : i64
        %v2682 = arith.subi %v107, %v2681 : i64
        %v2683 = arith.addi %v2677, %v2682 : i64
        %v2684 = arith.muli %v2675, %v110 : i64
        %v2685 = arith.addi %v2684, %v2642 : i64
        %v2686 = llvm.getelementptr %in_z[%v2683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2687 = llvm.load %v2686 : !llvm.ptr -> f32
        %v2688 = arith.addi %v2641, %v146 : i64
        %v2689 = arith.constant true
        %v2690 = arith.addi %v1158, %v2688 : i64
        %v2691 = llvm.getelementptr %v37[%v2690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2692 = llvm.load %v2691 : !llvm.ptr<3> -> i64
        %v2693 = arith.addi %v1676, %v2642 : i64
        %v2694 = arith.cmpi slt, %v2693, %v94 : i64
        %v2695 = arith.subi %size_L, %v2 : i64
        %v2696 = arith.minsi %v2693, %v2695 : i64
        %v2697 = arith.subi %v107, %v2696 : i64
        %v2698 = arith.addi %v2692, %v2697 : i64
        %v2699 = arith.muli %v2690, %v110 : i64
        %v2700 = arith.addi %v2699, %v2642 : i64
        %v2701 = llvm.getelementptr %in_z[%v2698] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2702 = llvm.load %v2701 : !llvm.ptr -> f32
        %v2703 = arith.addi %v2641, %v162 : i64
        %v2704 = arith.constant true
        %v2705 = arith.addi %v1158, %v2703 : i64
        %v2706 = llvm.getelementptr %v37[%v2705] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2707 = llvm.load %v2706 : !llvm.ptr<3> -> i64
        %v2708 = arith.addi %v1676, %v2642 : i64
        %v2709 = arith.cmpi slt, %v2708, %v94 : i64
        %v2710 = arith.subi %size_L, %v2 : i64
        %v2711 = arith.minsi %v2708, %v2710 : i64
        %v2712 = arith.subi %v107, %v2711 : i64
        %v2713 = arith.addi %v2707, %v2712 : i64
        %v2714 = arith.muli %v2705, %v110 : i64
        %v2715 = arith.addi %v2714, %v2642 : i64
        %v2716 = llvm.getelementptr %in_z[%v2713] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2717 = llvm.load %v2716 : !llvm.ptr -> f32
        %v2718 = arith.addi %v2641, %v178 : i64
        %v2719 = arith.constant true
        %v2720 = arith.addi %v1158, %v2718 : i64
        %v2721 = llvm.getelementptr %v37[%v2720] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2722 = llvm.load %v2721 : !llvm.ptr<3> -> i64
        %v2723 = arith.addi %v1676, %v2642 : i64
        %v2724 = arith.cmpi slt, %v2723, %v94 : i64
        %v2725 = arith.subi %size_L, %v2 : i64
        %v2726 = arith.minsi %v2723, %v2725 : i64
        %v2727 = arith.subi %v107, %v2726 : i64
        %v2728 = arith.addi %v2722, %v2727 : i64
        %v2729 = arith.muli %v2720, %v110 : i64
        %v2730 = arith.addi %v2729, %v2642 : i64
        %v2731 = llvm.getelementptr %in_z[%v2728] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2732 = llvm.load %v2731 : !llvm.ptr -> f32
        %v2733 = arith.addi %v2641, %v194 : i64
        %v2734 = arith.constant true
        %v2735 = arith.addi %v1158, %v2733 : i64
        %v2736 = llvm.getelementptr %v37[%v2735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2737 = llvm.load %v2736 : !llvm.ptr<3> -> i64
        %v2738 = arith.addi %v1676, %v2642 : i64
        %v2739 = arith.cmpi slt, %v2738, %v94 : i64
        %v2740 = arith.subi %size_L, %v2 : i64
        %v2741 = arith.minsi %v2738, %v2740 : i64
        %v2742 = arith.subi %v107, %v2741 : i64
        %v2743 = arith.addi %v2737, %v2742 : i64
        %v2744 = arith.muli %v2735, %v110 : i64
        %v2745 = arith.addi %v2744, %v2642 : i64
        %v2746 = llvm.getelementptr %in_z[%v2743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2747 = llvm.load %v2746 : !llvm.ptr -> f32
        %v2748 = arith.addi %v2641, %v210 : i64
        %v2749 = arith.constant true
        %v2750 = arith.addi %v1158, %v2748 : i64
        %v2751 = llvm.getelementptr %v37[%v2750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2752 = llvm.load %v2751 : !llvm.ptr<3> -> i64
        %v2753 = arith.addi %v1676, %v2642 : i64
        %v2754 = arith.cmpi slt, %v2753, %v94 : i64
        %v2755 = arith.subi %size_L, %v2 : i64
        %v2756 = arith.minsi %v2753, %v2755 : i64
        %v2757 = arith.subi %v107, %v2756 : i64
        %v2758 = arith.addi %v2752, %v2757 : i64
        %v2759 = arith.muli %v2750, %v110 : i64
        %v2760 = arith.addi %v2759, %v2642 : i64
        %v2761 = llvm.getelementptr %in_z[%v2758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2762 = llvm.load %v2761 : !llvm.ptr -> f32
        %v2763 = arith.addi %v2641, %v1 : i64
        %v2764 = arith.constant true
        %v2765 = arith.addi %v1158, %v2763 : i64
        %v2766 = llvm.getelementptr %v37[%v2765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2767 = llvm.load %v2766 : !llvm.ptr<3> -> i64
        %v2768 = arith.addi %v1676, %v2642 : i64
        %v2769 = arith.cmpi slt, %v2768, %v94 : i64
        %v2770 = arith.subi %size_L, %v2 : i64
        %v2771 = arith.minsi %v2768, %v2770 : i64
        %v2772 = arith.subi %v107, %v2771 : i64
        %v2773 = arith.addi %v2767, %v2772 : i64
        %v2774 = arith.muli %v2765, %v110 : i64
        %v2775 = arith.addi %v2774, %v2642 : i64
        %v2776 = llvm.getelementptr %in_z[%v2773] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2777 = llvm.load %v2776 : !llvm.ptr -> f32
        %v2778 = arith.addi %v2641, %v241 : i64
        %v2779 = arith.constant true
        %v2780 = arith.addi %v1158, %v2778 : i64
        %v2781 = llvm.getelementptr %v37[%v2780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2782 = llvm.load %v2781 : !llvm.ptr<3> -> i64
        %v2783 = arith.addi %v1676, %v2642 : i64
        %v2784 = arith.cmpi slt, %v2783, %v94 : i64
        %v2785 = arith.subi %size_L, %v2 : i64
        %v2786 = arith.minsi %v2783, %v2785 : i64
        %v2787 = arith.subi %v107, %v2786 : i64
        %v2788 = arith.addi %v2782, %v2787 : i64
        %v2789 = arith.muli %v2780, %v110 : i64
        %v2790 = arith.addi %v2789, %v2642 : i64
        %v2791 = llvm.getelementptr %in_z[%v2788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2792 = llvm.load %v2791 : !llvm.ptr -> f32
        %v2793 = arith.addi %v2641, %v257 : i64
        %v2794 = arith.constant true
        %v2795 = arith.addi %v1158, %v2793 : i64
        %v2796 = llvm.getelementptr %v37[%v2795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2797 = llvm.load %v2796 : !llvm.ptr<3> -> i64
        %v2798 = arith.addi %v1676, %v2642 : i64
        %v2799 = arith.cmpi slt, %v2798, %v94 : i64
        %v2800 = arith.subi %size_L, %v2 : i64
        %v2801 = arith.minsi %v2798, %v2800 : i64
        %v2802 = arith.subi %v107, %v2801 : i64
        %v2803 = arith.addi %v2797, %v2802 : i64
        %v2804 = arith.muli %v2795, %v110 : i64
        %v2805 = arith.addi %v2804, %v2642 : i64
        %v2806 = llvm.getelementptr %in_z[%v2803] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2807 = llvm.load %v2806 : !llvm.ptr -> f32
        %v2808 = arith.addi %v2641, %v273 : i64
        %v2809 = arith.constant true
        %v2810 = arith.addi %v1158, %v2808 : i64
        %v2811 = llvm.getelementptr %v37[%v2810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2812 = llvm.load %v2811 : !llvm.ptr<3> -> i64
        %v2813 = arith.addi %v1676, %v2642 : i64
        %v2814 = arith.cmpi slt, %v2813, %v94 : i64
        %v2815 = arith.subi %size_L, %v2 : i64
        %v2816 = arith.minsi %v2813, %v2815 : i64
        %v2817 = arith.subi %v107, %v2816 : i64
        %v2818 = arith.addi %v2812, %v2817 : i64
        %v2819 = arith.muli %v2810, %v110 : i64
        %v2820 = arith.addi %v2819, %v2642 : i64
        %v2821 = llvm.getelementptr %in_z[%v2818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2822 = llvm.load %v2821 : !llvm.ptr -> f32
        %v2823 = arith.addi %v2641, %v289 : i64
        %v2824 = arith.constant true
        %v2825 = arith.addi %v1158, %v2823 : i64
        %v2826 = llvm.getelementptr %v37[%v2825] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2827 = llvm.load %v2826 : !llvm.ptr<3> -> i64
        %v2828 = arith.addi %v1676, %v2642 : i64
        %v2829 = arith.cmpi slt, %v2828, %v94 : i64
        %v2830 = arith.subi %size_L, %v2 : i64
        %v2831 = arith.minsi %v2828, %v2830 : i64
        %v2832 = arith.subi %v107, %v2831 : i64
        %v2833 = arith.addi %v2827, %v2832 : i64
        %v2834 = arith.muli %v2825, %v110 : i64
        %v2835 = arith.addi %v2834, %v2642 : i64
        %v2836 = llvm.getelementptr %in_z[%v2833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2837 = llvm.load %v2836 : !llvm.ptr -> f32
        %v2838 = arith.addi %v2641, %v305 : i64
        %v2839 = arith.constant true
        %v2840 = arith.addi %v1158, %v2838 : i64
        %v2841 = llvm.getelementptr %v37[%v2840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2842 = llvm.load %v2841 : !llvm.ptr<3> -> i64
        %v2843 = arith.addi %v1676, %v2642 : i64
        %v2844 = arith.cmpi slt, %v2843, %v94 : i64
        %v2845 = arith.subi %size_L, %v2 : i64
        %v2846 = arith.minsi %v2843, %v2845 : i64
        %v2847 = arith.subi %v107, %v2846 : i64
        %v2848 = arith.addi %v2842, %v2847 : i64
        %v2849 = arith.muli %v2840, %v110 : i64
        %v2850 = arith.addi %v2849, %v2642 : i64
        %v2851 = llvm.getelementptr %in_z[%v2848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2852 = llvm.load %v2851 : !llvm.ptr -> f32
        %v2853 = arith.addi %v2641, %v321 : i64
        %v2854 = arith.constant true
        %v2855 = arith.addi %v1158, %v2853 : i64
        %v2856 = llvm.getelementptr %v37[%v2855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2857 = llvm.load %v2856 : !llvm.ptr<3> -> i64
        %v2858 = arith.addi %v1676, %v2642 : i64
        %v2859 = arith.cmpi slt, %v2858, %v94 : i64
        %v2860 = arith.subi %size_L, %v2 : i64
        %v2861 = arith.minsi %v2858, %v2860 : i64
        %v2862 = arith.subi %v107, %v2861 : i64
        %v2863 = arith.addi %v2857, %v2862 : i64
        %v2864 = arith.muli %v2855, %v110 : i64
        %v2865 = arith.addi %v2864, %v2642 : i64
        %v2866 = llvm.getelementptr %in_z[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2867 = llvm.load %v2866 : !llvm.ptr -> f32
        %v2868 = arith.addi %v2641, %v337 : i64
        %v2869 = arith.constant true
        %v2870 = arith.addi %v1158, %v2868 : i64
        %v2871 = llvm.getelementptr %v37[%v2870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2872 = llvm.load %v2871 : !llvm.ptr<3> -> i64
        %v2873 = arith.addi %v1676, %v2642 : i64
        %v2874 = arith.cmpi slt, %v2873, %v94 : i64
        %v2875 = arith.subi %size_L, %v2 : i64
        %v2876 = arith.minsi %v2873, %v2875 : i64
        %v2877 = arith.subi %v107, %v2876 : i64
        %v2878 = arith.addi %v2872, %v2877 : i64
        %v2879 = arith.muli %v2870, %v110 : i64
        %v2880 = arith.addi %v2879, %v2642 : i64
        %v2881 = llvm.getelementptr %in_z[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2882 = llvm.load %v2881 : !llvm.ptr -> f32
        %v2883 = arith.addi %v2641, %v95 : i64
        %v2884 = arith.constant true
        %v2885 = arith.addi %v1158, %v2883 : i64
        %v2886 = llvm.getelementptr %v37[%v2885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2887 = llvm.load %v2886 : !llvm.ptr<3> -> i64
        %v2888 = arith.addi %v1676, %v2642 : i64
        %v2889 = arith.cmpi slt, %v2888, %v94 : i64
        %v2890 = arith.subi %size_L, %v2 : i64
        %v2891 = arith.minsi %v2888, %v2890 : i64
        %v2892 = arith.subi %v107, %v2891 : i64
        %v2893 = arith.addi %v2887, %v2892 : i64
        %v2894 = arith.muli %v2885, %v110 : i64
        %v2895 = arith.addi %v2894, %v2642 : i64
        %v2896 = llvm.getelementptr %in_z[%v2893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2897 = llvm.load %v2896 : !llvm.ptr -> f32
        %v2898 = arith.addi %v2641, %v368 : i64
        %v2899 = arith.constant true
        %v2900 = arith.addi %v1158, %v2898 : i64
        %v2901 = llvm.getelementptr %v37[%v2900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2902 = llvm.load %v2901 : !llvm.ptr<3> -> i64
        %v2903 = arith.addi %v1676, %v2642 : i64
        %v2904 = arith.cmpi slt, %v2903, %v94 : i64
        %v2905 = arith.subi %size_L, %v2 : i64
        %v2906 = arith.minsi %v2903, %v2905 : i64
        %v2907 = arith.subi %v107, %v2906 : i64
        %v2908 = arith.addi %v2902, %v2907 : i64
        %v2909 = arith.muli %v2900, %v110 : i64
        %v2910 = arith.addi %v2909, %v2642 : i64
        %v2911 = llvm.getelementptr %in_z[%v2908] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2912 = llvm.load %v2911 : !llvm.ptr -> f32
        %v2913 = arith.addi %v2641, %v384 : i64
        %v2914 = arith.constant true
        %v2915 = arith.addi %v1158, %v2913 : i64
        %v2916 = llvm.getelementptr %v37[%v2915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2917 = llvm.load %v2916 : !llvm.ptr<3> -> i64
        %v2918 = arith.addi %v1676, %v2642 : i64
        %v2919 = arith.cmpi slt, %v2918, %v94 : i64
        %v2920 = arith.subi %size_L, %v2 : i64
        %v2921 = arith.minsi %v2918, %v2920 : i64
        %v2922 = arith.subi %v107, %v2921 : i64
        %v2923 = arith.addi %v2917, %v2922 : i64
        %v2924 = arith.muli %v2915, %v110 : i64
        %v2925 = arith.addi %v2924, %v2642 : i64
        %v2926 = llvm.getelementptr %in_z[%v2923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2927 = llvm.load %v2926 : !llvm.ptr -> f32
        %v2928 = arith.addi %v2641, %v400 : i64
        %v2929 = arith.constant true
        %v2930 = arith.addi %v1158, %v2928 : i64
        %v2931 = llvm.getelementptr %v37[%v2930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2932 = llvm.load %v2931 : !llvm.ptr<3> -> i64
        %v2933 = arith.addi %v1676, %v2642 : i64
        %v2934 = arith.cmpi slt, %v2933, %v94 : i64
        %v2935 = arith.subi %size_L, %v2 : i64
        %v2936 = arith.minsi %v2933, %v2935 : i64
        %v2937 = arith.subi %v107, %v2936 : i64
        %v2938 = arith.addi %v2932, %v2937 : i64
        %v2939 = arith.muli %v2930, %v110 : i64
        %v2940 = arith.addi %v2939, %v2642 : i64
        %v2941 = llvm.getelementptr %in_z[%v2938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2942 = llvm.load %v2941 : !llvm.ptr -> f32
        %v2943 = arith.addi %v2641, %v416 : i64
        %v2944 = arith.constant true
        %v2945 = arith.addi %v1158, %v2943 : i64
        %v2946 = llvm.getelementptr %v37[%v2945] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2947 = llvm.load %v2946 : !llvm.ptr<3> -> i64
        %v2948 = arith.addi %v1676, %v2642 : i64
        %v2949 = arith.cmpi slt, %v2948, %v94 : i64
        %v2950 = arith.subi %size_L, %v2 : i64
        %v2951 = arith.minsi %v2948, %v2950 : i64
        %v2952 = arith.subi %v107, %v2951 : i64
        %v2953 = arith.addi %v2947, %v2952 : i64
        %v2954 = arith.muli %v2945, %v110 : i64
        %v2955 = arith.addi %v2954, %v2642 : i64
        %v2956 = llvm.getelementptr %in_z[%v2953] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2957 = llvm.load %v2956 : !llvm.ptr -> f32
        %v2958 = arith.addi %v2641, %v432 : i64
        %v2959 = arith.constant true
        %v2960 = arith.addi %v1158, %v2958 : i64
        %v2961 = llvm.getelementptr %v37[%v2960] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2962 = llvm.load %v2961 : !llvm.ptr<3> -> i64
        %v2963 = arith.addi %v1676, %v2642 : i64
        %v2964 = arith.cmpi slt, %v2963, %v94 : i64
        %v2965 = arith.subi %size_L, %v2 : i64
        %v2966 = arith.minsi %v2963, %v2965 : i64
        %v2967 = arith.subi %v107, %v2966 : i64
        %v2968 = arith.addi %v2962, %v2967 : i64
        %v2969 = arith.muli %v2960, %v110 : i64
        %v2970 = arith.addi %v2969, %v2642 : i64
        %v2971 = llvm.getelementptr %in_z[%v2968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2972 = llvm.load %v2971 : !llvm.ptr -> f32
        %v2973 = arith.addi %v2641, %v448 : i64
        %v2974 = arith.constant true
        %v2975 = arith.addi %v1158, %v2973 : i64
        %v2976 = llvm.getelementptr %v37[%v2975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2977 = llvm.load %v2976 : !llvm.ptr<3> -> i64
        %v2978 = arith.addi %v1676, %v2642 : i64
        %v2979 = arith.cmpi slt, %v2978, %v94 : i64
        %v2980 = arith.subi %size_L, %v2 : i64
        %v2981 = arith.minsi %v2978, %v2980 : i64
        %v2982 = arith.subi %v107, %v2981 : i64
        %v2983 = arith.addi %v2977, %v2982 : i64
        %v2984 = arith.muli %v2975, %v110 : i64
        %v2985 = arith.addi %v2984, %v2642 : i64
        %v2986 = llvm.getelementptr %in_z[%v2983] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2987 = llvm.load %v2986 : !llvm.ptr -> f32
        %v2988 = arith.addi %v2641, %v464 : i64
        %v2989 = arith.constant true
        %v2990 = arith.addi %v1158, %v2988 : i64
        %v2991 = llvm.getelementptr %v37[%v2990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2992 = llvm.load %v2991 : !llvm.ptr<3> -> i64
        %v2993 = arith.addi %v1676, %v2642 : i64
        %v2994 = arith.cmpi slt, %v2993, %v94 : i64
        %v2995 = arith.subi %size_L, %v2 : i64
        %v2996 = arith.minsi %v2993, %v2995 : i64
        %v2997 = arith.subi %v107, %v2996 : i64
        %v2998 = arith.addi %v2992, %v2997 : i64
        %v2999 = arith.muli %v2990, %v110 : i64
        %v3000 = arith.addi %v2999, %v2642 : i64
        %v3001 = llvm.getelementptr %in_z[%v2998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3002 = llvm.load %v3001 : !llvm.ptr -> f32
        %v3003 = arith.addi %v2641, %v480 : i64
        %v3004 = arith.constant true
        %v3005 = arith.addi %v1158, %v3003 : i64
        %v3006 = llvm.getelementptr %v37[%v3005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3007 = llvm.load %v3006 : !llvm.ptr<3> -> i64
        %v3008 = arith.addi %v1676, %v2642 : i64
        %v3009 = arith.cmpi slt, %v3008, %v94 : i64
        %v3010 = arith.subi %size_L, %v2 : i64
        %v3011 = arith.minsi %v3008, %v3010 : i64
        %v3012 = arith.subi %v107, %v3011 : i64
        %v3013 = arith.addi %v3007, %v3012 : i64
        %v3014 = arith.muli %v3005, %v110 : i64
        %v3015 = arith.addi %v3014, %v2642 : i64
        %v3016 = llvm.getelementptr %in_z[%v3013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3017 = llvm.load %v3016 : !llvm.ptr -> f32
        %v3018 = arith.addi %v2641, %v496 : i64
        %v3019 = arith.constant true
        %v3020 = arith.addi %v1158, %v3018 : i64
        %v3021 = llvm.getelementptr %v37[%v3020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3022 = llvm.load %v3021 : !llvm.ptr<3> -> i64
        %v3023 = arith.addi %v1676, %v2642 : i64
        %v3024 = arith.cmpi slt, %v3023, %v94 : i64
        %v3025 = arith.subi %size_L, %v2 : i64
        %v3026 = arith.minsi %v3023, %v3025 : i64
        %v3027 = arith.subi %v107, %v3026 : i64
        %v3028 = arith.addi %v3022, %v3027 : i64
        %v3029 = arith.muli %v3020, %v110 : i64
        %v3030 = arith.addi %v3029, %v2642 : i64
        %v3031 = llvm.getelementptr %in_z[%v3028] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3032 = llvm.load %v3031 : !llvm.ptr -> f32
        %v3033 = arith.addi %v2641, %v512 : i64
        %v3034 = arith.constant true
        %v3035 = arith.addi %v1158, %v3033 : i64
        %v3036 = llvm.getelementptr %v37[%v3035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3037 = llvm.load %v3036 : !llvm.ptr<3> -> i64
        %v3038 = arith.addi %v1676, %v2642 : i64
        %v3039 = arith.cmpi slt, %v3038, %v94 : i64
        %v3040 = arith.subi %size_L, %v2 : i64
        %v3041 = arith.minsi %v3038, %v3040 : i64
        %v3042 = arith.subi %v107, %v3041 : i64
        %v3043 = arith.addi %v3037, %v3042 : i64
        %v3044 = arith.muli %v3035, %v110 : i64
        %v3045 = arith.addi %v3044, %v2642 : i64
        %v3046 = llvm.getelementptr %in_z[%v3043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3047 = llvm.load %v3046 : !llvm.ptr -> f32
        %v3048 = arith.addi %v2641, %v528 : i64
        %v3049 = arith.constant true
        %v3050 = arith.addi %v1158, %v3048 : i64
        %v3051 = llvm.getelementptr %v37[%v3050] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3052 = llvm.load %v3051 : !llvm.ptr<3> -> i64
        %v3053 = arith.addi %v1676, %v2642 : i64
        %v3054 = arith.cmpi slt, %v3053, %v94 : i64
        %v3055 = arith.subi %size_L, %v2 : i64
        %v3056 = arith.minsi %v3053, %v3055 : i64
        %v3057 = arith.subi %v107, %v3056 : i64
        %v3058 = arith.addi %v3052, %v3057 : i64
        %v3059 = arith.muli %v3050, %v110 : i64
        %v3060 = arith.addi %v3059, %v2642 : i64
        %v3061 = llvm.getelementptr %in_z[%v3058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3062 = llvm.load %v3061 : !llvm.ptr -> f32
        %v3063 = arith.addi %v2641, %v544 : i64
        %v3064 = arith.constant true
        %v3065 = arith.addi %v1158, %v3063 : i64
        %v3066 = llvm.getelementptr %v37[%v3065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3067 = llvm.load %v3066 : !llvm.ptr<3> -> i64
        %v3068 = arith.addi %v1676, %v2642 : i64
        %v3069 = arith.cmpi slt, %v3068, %v94 : i64
        %v3070 = arith.subi %size_L, %v2 : i64
        %v3071 = arith.minsi %v3068, %v3070 : i64
        %v3072 = arith.subi %v107, %v3071 : i64
        %v3073 = arith.addi %v3067, %v3072 : i64
        %v3074 = arith.muli %v3065, %v110 : i64
        %v3075 = arith.addi %v3074, %v2642 : i64
        %v3076 = llvm.getelementptr %in_z[%v3073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3077 = llvm.load %v3076 : !llvm.ptr -> f32
        %v3078 = arith.addi %v2641, %v560 : i64
        %v3079 = arith.constant true
        %v3080 = arith.addi %v1158, %v3078 : i64
        %v3081 = llvm.getelementptr %v37[%v3080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3082 = llvm.load %v3081 : !llvm.ptr<3> -> i64
        %v3083 = arith.addi %v1676, %v2642 : i64
        %v3084 = arith.cmpi slt, %v3083, %v94 : i64
        %v3085 = arith.subi %size_L, %v2 : i64
        %v3086 = arith.minsi %v3083, %v3085 : i64
        %v3087 = arith.subi %v107, %v3086 : i64
        %v3088 = arith.addi %v3082, %v3087 : i64
        %v3089 = arith.muli %v3080, %v110 : i64
        %v3090 = arith.addi %v3089, %v2642 : i64
        %v3091 = llvm.getelementptr %in_z[%v3088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3092 = llvm.load %v3091 : !llvm.ptr -> f32
        %v3093 = arith.addi %v2641, %v576 : i64
        %v3094 = arith.constant true
        %v3095 = arith.addi %v1158, %v3093 : i64
        %v3096 = llvm.getelementptr %v37[%v3095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3097 = llvm.load %v3096 : !llvm.ptr<3> -> i64
        %v3098 = arith.addi %v1676, %v2642 : i64
        %v3099 = arith.cmpi slt, %v3098, %v94 : i64
        %v3100 = arith.subi %size_L, %v2 : i64
        %v3101 = arith.minsi %v3098, %v3100 : i64
        %v3102 = arith.subi %v107, %v3101 : i64
        %v3103 = arith.addi %v3097, %v3102 : i64
        %v3104 = arith.muli %v3095, %v110 : i64
        %v3105 = arith.addi %v3104, %v2642 : i64
        %v3106 = llvm.getelementptr %in_z[%v3103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3107 = llvm.load %v3106 : !llvm.ptr -> f32
        %v3108 = arith.addi %v2641, %v592 : i64
        %v3109 = arith.constant true
        %v3110 = arith.addi %v1158, %v3108 : i64
        %v3111 = llvm.getelementptr %v37[%v3110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3112 = llvm.load %v3111 : !llvm.ptr<3> -> i64
        %v3113 = arith.addi %v1676, %v2642 : i64
        %v3114 = arith.cmpi slt, %v3113, %v94 : i64
        %v3115 = arith.subi %size_L, %v2 : i64
        %v3116 = arith.minsi %v3113, %v3115 : i64
        %v3117 = arith.subi %v107, %v3116 : i64
        %v3118 = arith.addi %v3112, %v3117 : i64
        %v3119 = arith.muli %v3110, %v110 : i64
        %v3120 = arith.addi %v3119, %v2642 : i64
        %v3121 = llvm.getelementptr %in_z[%v3118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3122 = llvm.load %v3121 : !llvm.ptr -> f32
        %v3123 = arith.divui %v1675, %v86 : i64
        %v3124 = arith.index_cast %v62 : i64 to index
        %v3125 = arith.index_cast %v3123 : i64 to index
        %v3126 = arith.index_cast %v2 : i64 to index
        scf.for %v3127 = %v3124 to %v3125 step %v3126 {
          %v3128 = arith.index_cast %v3127 : index to i64
          %v3129 = arith.muli %v3128, %v86 : i64
          %v3130 = arith.addi %v3129, %v62 : i64
          %v3131 = arith.addi %v3129, %v2 : i64
          %v3132 = arith.addi %v1673, %v3130 : i64
          %v3135 = arith.muli %v60, %v3134 : i64
          %v3136 = arith.subi %v107, %v3132 : i64
          %v3137 = arith.muli %v3136, %v2 : i64
          %v3138 = arith.addi %v3135, %v3137 : i64
          %v3139 = llvm.getelementptr %in_Bm[%v3138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3140 = llvm.load %v3139 : !llvm.ptr -> f32
          %v3141 = arith.muli %v60, %v3134 : i64
          %v3142 = arith.constant 1 : i64
          %v3143 = arith.muli %v3142, %v3133 : i64
          %v3144 = arith.addi %v3141, %v3143 : i64
          %v3145 = arith.subi %v107, %v3132 : i64
          %v3146 = arith.muli %v3145, %v2 : i64
          %v3147 = arith.addi %v3144, %v3146 : i64
          %v3148 = llvm.getelementptr %in_Bm[%v3147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3149 = llvm.load %v3148 : !llvm.ptr -> f32
          %v3150 = arith.muli %v60, %v3134 : i64
          %v3151 = arith.constant 2 : i64
          %v3152 = arith.muli %v3151, %v3133 : i64
          %v3153 = arith.addi %v3150, %v3152 : i64
          %v3154 = arith.subi %v107, %v3132 : i64
          %v3155 = arith.muli %v3154, %v2 : i64
          %v3156 = arith.addi %v3153, %v3155 : i64
          %v3157 = llvm.getelementptr %in_Bm[%v3156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3158 = llvm.load %v3157 : !llvm.ptr -> f32
          %v3159 = arith.muli %v60, %v3134 : i64
          %v3160 = arith.constant 3 : i64
          %v3161 = arith.muli %v3160, %v3133 : i64
          %v3162 = arith.addi %v3159, %v3161 : i64
          %v3163 = arith.subi %v107, %v3132 : i64
          %v3164 = arith.muli %v3163, %v2 : i64
          %v3165 = arith.addi %v3162, %v3164 : i64
          %v3166 = llvm.getelementptr %in_Bm[%v3165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3167 = llvm.load %v3166 : !llvm.ptr -> f32
          %v3168 = arith.muli %v60, %v3134 : i64
          %v3169 = arith.constant 4 : i64
          %v3170 = arith.muli %v3169, %v3133 : i64
          %v3171 = arith.addi %v3168, %v3170 : i64
          %v3172 = arith.subi %v107, %v3132 : i64
          %v3173 = arith.muli %v3172, %v2 : i64
          %v3174 = arith.addi %v3171, %v3173 : i64
          %v3175 = llvm.getelementptr %in_Bm[%v3174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3176 = llvm.load %v3175 : !llvm.ptr -> f32
          %v3177 = arith.muli %v60, %v3134 : i64
          %v3178 = arith.constant 5 : i64
          %v3179 = arith.muli %v3178, %v3133 : i64
          %v3180 = arith.addi %v3177, %v3179 : i64
          %v3181 = arith.subi %v107, %v3132 : i64
          %v3182 = arith.muli %v3181, %v2 : i64
          %v3183 = arith.addi %v3180, %v3182 : i64
          %v3184 = llvm.getelementptr %in_Bm[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3185 = llvm.load %v3184 : !llvm.ptr -> f32
          %v3186 = arith.muli %v60, %v3134 : i64
          %v3187 = arith.constant 6 : i64
          %v3188 = arith.muli %v3187, %v3133 : i64
          %v3189 = arith.addi %v3186, %v3188 : i64
          %v3190 = arith.subi %v107, %v3132 : i64
          %v3191 = arith.muli %v3190, %v2 : i64
          %v3192 = arith.addi %v3189, %v3191 : i64
          %v3193 = llvm.getelementptr %in_Bm[%v3192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3194 = llvm.load %v3193 : !llvm.ptr -> f32
          %v3195 = arith.muli %v60, %v3134 : i64
          %v3196 = arith.constant 7 : i64
          %v3197 = arith.muli %v3196, %v3133 : i64
          %v3198 = arith.addi %v3195, %v3197 : i64
          %v3199 = arith.subi %v107, %v3132 : i64
          %v3200 = arith.muli %v3199, %v2 : i64
          %v3201 = arith.addi %v3198, %v3200 : i64
          %v3202 = llvm.getelementptr %in_Bm[%v3201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3203 = llvm.load %v3202 : !llvm.ptr -> f32
          %v3204 = arith.muli %v60, %v3134 : i64
          %v3205 = arith.constant 8 : i64
          %v3206 = arith.muli %v3205, %v3133 : i64
          %v3207 = arith.addi %v3204, %v3206 : i64
          %v3208 = arith.subi %v107, %v3132 : i64
          %v3209 = arith.muli %v3208, %v2 : i64
          %v3210 = arith.addi %v3207, %v3209 : i64
          %v3211 = llvm.getelementptr %in_Bm[%v3210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3212 = llvm.load %v3211 : !llvm.ptr -> f32
          %v3213 = arith.muli %v60, %v3134 : i64
          %v3214 = arith.constant 9 : i64
          %v3215 = arith.muli %v3214, %v3133 : i64
          %v3216 = arith.addi %v3213, %v3215 : i64
          %v3217 = arith.subi %v107, %v3132 : i64
          %v3218 = arith.muli %v3217, %v2 : i64
          %v3219 = arith.addi %v3216, %v3218 : i64
          %v3220 = llvm.getelementptr %in_Bm[%v3219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3221 = llvm.load %v3220 : !llvm.ptr -> f32
          %v3222 = arith.muli %v60, %v3134 : i64
          %v3223 = arith.constant 10 : i64
          %v3224 = arith.muli %v3223, %v3133 : i64
          %v3225 = arith.addi %v3222, %v3224 : i64
          %v3226 = arith.subi %v107, %v3132 : i64
          %v3227 = arith.muli %v3226, %v2 : i64
          %v3228 = arith.addi %v3225, %v3227 : i64
          %v3229 = llvm.getelementptr %in_Bm[%v3228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3230 = llvm.load %v3229 : !llvm.ptr -> f32
          %v3231 = arith.muli %v60, %v3134 : i64
          %v3232 = arith.constant 11 : i64
          %v3233 = arith.muli %v3232, %v3133 : i64
          %v3234 = arith.addi %v3231, %v3233 : i64
          %v3235 = arith.subi %v107, %v3132 : i64
          %v3236 = arith.muli %v3235, %v2 : i64
          %v3237 = arith.addi %v3234, %v3236 : i64
          %v3238 = llvm.getelementptr %in_Bm[%v3237] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3239 = llvm.load %v3238 : !llvm.ptr -> f32
          %v3240 = arith.muli %v60, %v3134 : i64
          %v3241 = arith.constant 12 : i64
          %v3242 = arith.muli %v3241, %v3133 : i64
          %v3243 = arith.addi %v3240, %v3242 : i64
          %v3244 = arith.subi %v107, %v3132 : i64
          %v3245 = arith.muli %v3244, %v2 : i64
          %v3246 = arith.addi %v3243, %v3245 : i64
          %v3247 = llvm.getelementptr %in_Bm[%v3246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3248 = llvm.load %v3247 : !llvm.ptr -> f32
          %v3249 = arith.muli %v60, %v3134 : i64
          %v3250 = arith.constant 13 : i64
          %v3251 = arith.muli %v3250, %v3133 : i64
          %v3252 = arith.addi %v3249, %v3251 : i64
          %v3253 = arith.subi %v107, %v3132 : i64
          %v3254 = arith.muli %v3253, %v2 : i64
          %v3255 = arith.addi %v3252, %v3254 : i64
          %v3256 = llvm.getelementptr %in_Bm[%v3255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3257 = llvm.load %v3256 : !llvm.ptr -> f32
          %v3258 = arith.muli %v60, %v3134 : i64
          %v3259 = arith.constant 14 : i64
          %v3260 = arith.muli %v3259, %v3133 : i64
          %v3261 = arith.addi %v3258, %v3260 : i64
          %v3262 = arith.subi %v107, %v3132 : i64
          %v3263 = arith.muli %v3262, %v2 : i64
          %v3264 = arith.addi %v3261, %v3263 : i64
          %v3265 = llvm.getelementptr %in_Bm[%v3264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3266 = llvm.load %v3265 : !llvm.ptr -> f32
          %v3267 = arith.muli %v60, %v3134 : i64
          %v3268 = arith.constant 15 : i64
          %v3269 = arith.muli %v3268, %v3133 : i64
          %v3270 = arith.addi %v3267, %v3269 : i64
          %v3271 = arith.subi %v107, %v3132 : i64
          %v3272 = arith.muli %v3271, %v2 : i64
          %v3273 = arith.addi %v3270, %v3272 : i64
          %v3274 = llvm.getelementptr %in_Bm[%v3273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3275 = llvm.load %v3274 : !llvm.ptr -> f32
          %v3276 = arith.addi %v1673, %v3131 : i64
          %v3277 = arith.muli %v60, %v3134 : i64
          %v3278 = arith.subi %v107, %v3276 : i64
          %v3279 = arith.muli %v3278, %v2 : i64
          %v3280 = arith.addi %v3277, %v3279 : i64
          %v3281 = llvm.getelementptr %in_Bm[%v3280] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3282 = llvm.load %v3281 : !llvm.ptr -> f32
          %v3283 = arith.muli %v60, %v3134 : i64
          %v3284 = arith.constant 1 : i64
          %v3285 = arith.muli %v3284, %v3133 : i64
          %v3286 = arith.addi %v3283, %v3285 : i64
          %v3287 = arith.subi %v107, %v3276 : i64
          %v3288 = arith.muli %v3287, %v2 : i64
          %v3289 = arith.addi %v3286, %v3288 : i64
          %v3290 = llvm.getelementptr %in_Bm[%v3289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3291 = llvm.load %v3290 : !llvm.ptr -> f32
          %v3292 = arith.muli %v60, %v3134 : i64
          %v3293 = arith.constant 2 : i64
          %v3294 = arith.muli %v3293, %v3133 : i64
          %v3295 = arith.addi %v3292, %v3294 : i64
          %v3296 = arith.subi %v107, %v3276 : i64
          %v3297 = arith.muli %v3296, %v2 : i64
          %v3298 = arith.addi %v3295, %v3297 : i64
          %v3299 = llvm.getelementptr %in_Bm[%v3298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3300 = llvm.load %v3299 : !llvm.ptr -> f32
          %v3301 = arith.muli %v60, %v3134 : i64
          %v3302 = arith.constant 3 : i64
          %v3303 = arith.muli %v3302, %v3133 : i64
          %v3304 = arith.addi %v3301, %v3303 : i64
          %v3305 = arith.subi %v107, %v3276 : i64
          %v3306 = arith.muli %v3305, %v2 : i64
          %v3307 = arith.addi %v3304, %v3306 : i64
          %v3308 = llvm.getelementptr %in_Bm[%v3307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3309 = llvm.load %v3308 : !llvm.ptr -> f32
          %v3310 = arith.muli %v60, %v3134 : i64
          %v3311 = arith.constant 4 : i64
          %v3312 = arith.muli %v3311, %v3133 : i64
          %v3313 = arith.addi %v3310, %v3312 : i64
          %v3314 = arith.subi %v107, %v3276 : i64
          %v3315 = arith.muli %v3314, %v2 : i64
          %v3316 = arith.addi %v3313, %v3315 : i64
          %v3317 = llvm.getelementptr %in_Bm[%v3316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3318 = llvm.load %v3317 : !llvm.ptr -> f32
          %v3319 = arith.muli %v60, %v3134 : i64
          %v3320 = arith.constant 5 : i64
          %v3321 = arith.muli %v3320, %v3133 : i64
          %v3322 = arith.addi %v3319, %v3321 : i64
          %v3323 = arith.subi %v107, %v3276 : i64
          %v3324 = arith.muli %v3323, %v2 : i64
          %v3325 = arith.addi %v3322, %v3324 : i64
          %v3326 = llvm.getelementptr %in_Bm[%v3325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3327 = llvm.load %v3326 : !llvm.ptr -> f32
          %v3328 = arith.muli %v60, %v3134 : i64
          %v3329 = arith.constant 6 : i64
          %v3330 = arith.muli %v3329, %v3133 : i64
          %v3331 = arith.addi %v3328, %v3330 : i64
          %v3332 = arith.subi %v107, %v3276 : i64
          %v3333 = arith.muli %v3332, %v2 : i64
          %v3334 = arith.addi %v3331, %v3333 : i64
          %v3335 = llvm.getelementptr %in_Bm[%v3334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3336 = llvm.load %v3335 : !llvm.ptr -> f32
          %v3337 = arith.muli %v60, %v3134 : i64
          %v3338 = arith.constant 7 : i64
          %v3339 = arith.muli %v3338, %v3133 : i64
          %v3340 = arith.addi %v3337, %v3339 : i64
          %v3341 = arith.subi %v107, %v3276 : i64
          %v3342 = arith.muli %v3341, %v2 : i64
          %v3343 = arith.addi %v3340, %v3342 : i64
          %v3344 = llvm.getelementptr %in_Bm[%v3343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3345 = llvm.load %v3344 : !llvm.ptr -> f32
          %v3346 = arith.muli %v60, %v3134 : i64
          %v3347 = arith.constant 8 : i64
          %v3348 = arith.muli %v3347, %v3133 : i64
          %v3349 = arith.addi %v3346, %v3348 : i64
          %v3350 = arith.subi %v107, %v3276 : i64
          %v3351 = arith.muli %v3350, %v2 : i64
          %v3352 = arith.addi %v3349, %v3351 : i64
          %v3353 = llvm.getelementptr %in_Bm[%v3352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3354 = llvm.load %v3353 : !llvm.ptr -> f32
          %v3355 = arith.muli %v60, %v3134 : i64
          %v3356 = arith.constant 9 : i64
          %v3357 = arith.muli %v3356, %v3133 : i64
          %v3358 = arith.addi %v3355, %v3357 : i64
          %v3359 = arith.subi %v107, %v3276 : i64
          %v3360 = arith.muli %v3359, %v2 : i64
          %v3361 = arith.addi %v3358, %v3360 : i64
          %v3362 = llvm.getelementptr %in_Bm[%v3361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3363 = llvm.load %v3362 : !llvm.ptr -> f32
          %v3364 = arith.muli %v60, %v3134 : i64
          %v3365 = arith.constant 10 : i64
          %v3366 = arith.muli %v3365, %v3133 : i64
          %v3367 = arith.addi %v3364, %v3366 : i64
          %v3368 = arith.subi %v107, %v3276 : i64
          %v3369 = arith.muli %v3368, %v2 : i64
          %v3370 = arith.addi %v3367, %v3369 : i64
          %v3371 = llvm.getelementptr %in_Bm[%v3370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3372 = llvm.load %v3371 : !llvm.ptr -> f32
          %v3373 = arith.muli %v60, %v3134 : i64
          %v3374 = arith.constant 11 : i64
          %v3375 = arith.muli %v3374, %v3133 : i64
          %v3376 = arith.addi %v3373, %v3375 : i64
          %v3377 = arith.subi %v107, %v3276 : i64
          %v3378 = arith.muli %v3377, %v2 : i64
          %v3379 = arith.addi %v3376, %v3378 : i64
          %v3380 = llvm.getelementptr %in_Bm[%v3379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3381 = llvm.load %v3380 : !llvm.ptr -> f32
          %v3382 = arith.muli %v60, %v3134 : i64
          %v3383 = arith.constant 12 : i64
          %v3384 = arith.muli %v3383, %v3133 : i64
          %v3385 = arith.addi %v3382, %v3384 : i64
          %v3386 = arith.subi %v107, %v3276 : i64
          %v3387 = arith.muli %v3386, %v2 : i64
          %v3388 = arith.addi %v3385, %v3387 : i64
          %v3389 = llvm.getelementptr %in_Bm[%v3388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3390 = llvm.load %v3389 : !llvm.ptr -> f32
          %v3391 = arith.muli %v60, %v3134 : i64
          %v3392 = arith.constant 13 : i64
          %v3393 = arith.muli %v3392, %v3133 : i64
          %v3394 = arith.addi %v3391, %v3393 : i64
          %v3395 = arith.subi %v107, %v3276 : i64
          %v3396 = arith.muli %v3395, %v2 : i64
          %v3397 = arith.addi %v3394, %v3396 : i64
          %v3398 = llvm.getelementptr %in_Bm[%v3397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3399 = llvm.load %v3398 : !llvm.ptr -> f32
          %v3400 = arith.muli %v60, %v3134 : i64
          %v3401 = arith.constant 14 : i64
          %v3402 = arith.muli %v3401, %v3133 : i64
          %v3403 = arith.addi %v3400, %v3402 : i64
          %v3404 = arith.subi %v107, %v3276 : i64
          %v3405 = arith.muli %v3404, %v2 : i64
          %v3406 = arith.addi %v3403, %v3405 : i64
          %v3407 = llvm.getelementptr %in_Bm[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3408 = llvm.load %v3407 : !llvm.ptr -> f32
          %v3409 = arith.muli %v60, %v3134 : i64
          %v3410 = arith.constant 15 : i64
          %v3411 = arith.muli %v3410, %v3133 : i64
          %v3412 = arith.addi %v3409, %v3411 : i64
          %v3413 = arith.subi %v107, %v3276 : i64
          %v3414 = arith.muli %v3413, %v2 : i64
          %v3415 = arith.addi %v3412, %v3414 : i64
          %v3416 = llvm.getelementptr %in_Bm[%v3415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3417 = llvm.load %v3416 : !llvm.ptr -> f32
          %v3418 = arith.addi %v1673, %v3130 : i64
          %v3425 = arith.muli %v2, %v47 : i64
          %v3426 = arith.addi %v3425, %v45 : i64
          %v3427 = arith.muli %v3426, %v110 : i64
          %v3428 = arith.addi %v3427, %v3130 : i64
          %v3429 = llvm.getelementptr %v38[%v3428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3430 = llvm.load %v3429 : !llvm.ptr<3> -> f32
          %v3434 = arith.addf %v3430, %v3433 fastmath<contract> : f32
          %v3435 = arith.maximumf %v3434, %v90 : f32
          %v3436 = llvm.call_intrinsic "llvm.fabs.f32"(%v3434) : (f32) -> f32
          %v3437 = arith.negf %v3436 : f32
          %v3438 = arith.mulf %v3437, %v3423 fastmath<contract> : f32
          %v3439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3438) : (f32) -> f32
          %v3440 = arith.addf %v91, %v3439 fastmath<contract> : f32
          %v3441 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3440) : (f32) -> f32
          %v3443 = arith.mulf %v3441, %v3442 fastmath<contract> : f32
          %v3445 = arith.mulf %v3444, %v3439 fastmath<contract> : f32
          %v3447 = arith.addf %v3445, %v3446 fastmath<contract> : f32
          %v3448 = arith.mulf %v3447, %v3439 fastmath<contract> : f32
          %v3450 = arith.addf %v3448, %v3449 fastmath<contract> : f32
          %v3451 = arith.mulf %v3450, %v3439 fastmath<contract> : f32
          %v3453 = arith.addf %v3451, %v3452 fastmath<contract> : f32
          %v3454 = arith.mulf %v3453, %v3439 fastmath<contract> : f32
          %v3456 = arith.addf %v3454, %v3455 fastmath<contract> : f32
          %v3457 = arith.mulf %v3456, %v3439 fastmath<contract> : f32
          %v3459 = arith.addf %v3457, %v3458 fastmath<contract> : f32
          %v3460 = arith.mulf %v3459, %v3439 fastmath<contract> : f32
          %v3461 = arith.addf %v3460, %v91 fastmath<contract> : f32
          %v3462 = arith.mulf %v3461, %v3439 fastmath<contract> : f32
          %v3463 = llvm.call_intrinsic "llvm.fabs.f32"(%v3439) : (f32) -> f32
          %v3465 = arith.cmpf olt, %v3463, %v3464 : f32
          %v3466 = arith.select %v3465, %v3462, %v3443 : f32
          %v3467 = arith.addf %v3435, %v3466 fastmath<contract> : f32
          %v3468 = arith.mulf %v3467, %v3424 fastmath<contract> : f32
          %v3469 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3468) : (f32) -> f32
          %v3470 = arith.muli %v62, %v47 : i64
          %v3471 = arith.addi %v3470, %v45 : i64
          %v3472 = arith.muli %v3471, %v110 : i64
          %v3473 = arith.addi %v3472, %v3130 : i64
          %v3474 = llvm.getelementptr %v38[%v3473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3475 = llvm.load %v3474 : !llvm.ptr<3> -> f32
          %v3476 = arith.mulf %v3467, %v3475 fastmath<contract> : f32
          %v3477 = arith.mulf %v3140, %v3476 fastmath<contract> : f32
          %v3478 = llvm.load %v5 : !llvm.ptr -> f32
          %v3479 = arith.mulf %v3469, %v3478 fastmath<contract> : f32
          %v3480 = arith.addf %v3479, %v3477 fastmath<contract> : f32
          %v3481 = llvm.load %v21 : !llvm.ptr -> f32
          %v3482 = arith.mulf %v3469, %v3481 fastmath<contract> : f32
          %v3490 = arith.mulf %v3467, %v3489 fastmath<contract> : f32
          %v3491 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3490) : (f32) -> f32
          %v3492 = arith.mulf %v3149, %v3476 fastmath<contract> : f32
          %v3493 = llvm.load %v6 : !llvm.ptr -> f32
          %v3494 = arith.mulf %v3491, %v3493 fastmath<contract> : f32
          %v3495 = arith.addf %v3494, %v3492 fastmath<contract> : f32
          %v3496 = llvm.load %v22 : !llvm.ptr -> f32
          %v3497 = arith.mulf %v3491, %v3496 fastmath<contract> : f32
          %v3505 = arith.mulf %v3467, %v3504 fastmath<contract> : f32
          %v3506 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3505) : (f32) -> f32
          %v3507 = arith.mulf %v3158, %v3476 fastmath<contract> : f32
          %v3508 = llvm.load %v7 : !llvm.ptr -> f32
          %v3509 = arith.mulf %v3506, %v3508 fastmath<contract> : f32
          %v3510 = arith.addf %v3509, %v3507 fastmath<contract> : f32
          %v3511 = llvm.load %v23 : !llvm.ptr -> f32
          %v3512 = arith.mulf %v3506, %v3511 fastmath<contract> : f32
          %v3520 = arith.mulf %v3467, %v3519 fastmath<contract> : f32
          %v3521 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3520) : (f32) -> f32
          %v3522 = arith.mulf %v3167, %v3476 fastmath<contract> : f32
          %v3523 = llvm.load %v8 : !llvm.ptr -> f32
          %v3524 = arith.mulf %v3521, %v3523 fastmath<contract> : f32
          %v3525 = arith.addf %v3524, %v3522 fastmath<contract> : f32
          %v3526 = llvm.load %v24 : !llvm.ptr -> f32
          %v3527 = arith.mulf %v3521, %v3526 fastmath<contract> : f32
          %v3535 = arith.mulf %v3467, %v3534 fastmath<contract> : f32
          %v3536 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3535) : (f32) -> f32
          %v3537 = arith.mulf %v3176, %v3476 fastmath<contract> : f32
          %v3538 = llvm.load %v9 : !llvm.ptr -> f32
          %v3539 = arith.mulf %v3536, %v3538 fastmath<contract> : f32
          %v3540 = arith.addf %v3539, %v3537 fastmath<contract> : f32
          %v3541 = llvm.load %v25 : !llvm.ptr -> f32
          %v3542 = arith.mulf %v3536, %v3541 fastmath<contract> : f32
          %v3550 = arith.mulf %v3467, %v3549 fastmath<contract> : f32
          %v3551 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3550) : (f32) -> f32
          %v3552 = arith.mulf %v3185, %v3476 fastmath<contract> : f32
          %v3553 = llvm.load %v10 : !llvm.ptr -> f32
          %v3554 = arith.mulf %v3551, %v3553 fastmath<contract> : f32
          %v3555 = arith.addf %v3554, %v3552 fastmath<contract> : f32
          %v3556 = llvm.load %v26 : !llvm.ptr -> f32
          %v3557 = arith.mulf %v3551, %v3556 fastmath<contract> : f32
          %v3565 = arith.mulf %v3467, %v3564 fastmath<contract> : f32
          %v3566 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3565) : (f32) -> f32
          %v3567 = arith.mulf %v3194, %v3476 fastmath<contract> : f32
          %v3568 = llvm.load %v11 : !llvm.ptr -> f32
          %v3569 = arith.mulf %v3566, %v3568 fastmath<contract> : f32
          %v3570 = arith.addf %v3569, %v3567 fastmath<contract> : f32
          %v3571 = llvm.load %v27 : !llvm.ptr -> f32
          %v3572 = arith.mulf %v3566, %v3571 fastmath<contract> : f32
          %v3580 = arith.mulf %v3467, %v3579 fastmath<contract> : f32
          %v3581 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3580) : (f32) -> f32
          %v3582 = arith.mulf %v3203, %v3476 fastmath<contract> : f32
          %v3583 = llvm.load %v12 : !llvm.ptr -> f32
          %v3584 = arith.mulf %v3581, %v3583 fastmath<contract> : f32
          %v3585 = arith.addf %v3584, %v3582 fastmath<contract> : f32
          %v3586 = llvm.load %v28 : !llvm.ptr -> f32
          %v3587 = arith.mulf %v3581, %v3586 fastmath<contract> : f32
          %v3595 = arith.mulf %v3467, %v3594 fastmath<contract> : f32
          %v3596 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3595) : (f32) -> f32
          %v3597 = arith.mulf %v3212, %v3476 fastmath<contract> : f32
          %v3598 = llvm.load %v13 : !llvm.ptr -> f32
          %v3599 = arith.mulf %v3596, %v3598 fastmath<contract> : f32
          %v3600 = arith.addf %v3599, %v3597 fastmath<contract> : f32
          %v3601 = llvm.load %v29 : !llvm.ptr -> f32
          %v3602 = arith.mulf %v3596, %v3601 fastmath<contract> : f32
          %v3610 = arith.mulf %v3467, %v3609 fastmath<contract> : f32
          %v3611 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3610) : (f32) -> f32
          %v3612 = arith.mulf %v3221, %v3476 fastmath<contract> : f32
          %v3613 = llvm.load %v14 : !llvm.ptr -> f32
          %v3614 = arith.mulf %v3611, %v3613 fastmath<contract> : f32
          %v3615 = arith.addf %v3614, %v3612 fastmath<contract> : f32
          %v3616 = llvm.load %v30 : !llvm.ptr -> f32
          %v3617 = arith.mulf %v3611, %v3616 fastmath<contract> : f32
          %v3625 = arith.mulf %v3467, %v3624 fastmath<contract> : f32
          %v3626 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3625) : (f32) -> f32
          %v3627 = arith.mulf %v3230, %v3476 fastmath<contract> : f32
          %v3628 = llvm.load %v15 : !llvm.ptr -> f32
          %v3629 = arith.mulf %v3626, %v3628 fastmath<contract> : f32
          %v3630 = arith.addf %v3629, %v3627 fastmath<contract> : f32
          %v3631 = llvm.load %v31 : !llvm.ptr -> f32
          %v3632 = arith.mulf %v3626, %v3631 fastmath<contract> : f32
          %v3640 = arith.mulf %v3467, %v3639 fastmath<contract> : f32
          %v3641 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3640) : (f32) -> f32
          %v3642 = arith.mulf %v3239, %v3476 fastmath<contract> : f32
          %v3643 = llvm.load %v16 : !llvm.ptr -> f32
          %v3644 = arith.mulf %v3641, %v3643 fastmath<contract> : f32
          %v3645 = arith.addf %v3644, %v3642 fastmath<contract> : f32
          %v3646 = llvm.load %v32 : !llvm.ptr -> f32
          %v3647 = arith.mulf %v3641, %v3646 fastmath<contract> : f32
          %v3655 = arith.mulf %v3467, %v3654 fastmath<contract> : f32
          %v3656 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3655) : (f32) -> f32
          %v3657 = arith.mulf %v3248, %v3476 fastmath<contract> : f32
          %v3658 = llvm.load %v17 : !llvm.ptr -> f32
          %v3659 = arith.mulf %v3656, %v3658 fastmath<contract> : f32
          %v3660 = arith.addf %v3659, %v3657 fastmath<contract> : f32
          %v3661 = llvm.load %v33 : !llvm.ptr -> f32
          %v3662 = arith.mulf %v3656, %v3661 fastmath<contract> : f32
          %v3670 = arith.mulf %v3467, %v3669 fastmath<contract> : f32
          %v3671 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3670) : (f32) -> f32
          %v3672 = arith.mulf %v3257, %v3476 fastmath<contract> : f32
          %v3673 = llvm.load %v18 : !llvm.ptr -> f32
          %v3674 = arith.mulf %v3671, %v3673 fastmath<contract> : f32
          %v3675 = arith.addf %v3674, %v3672 fastmath<contract> : f32
          %v3676 = llvm.load %v34 : !llvm.ptr -> f32
          %v3677 = arith.mulf %v3671, %v3676 fastmath<contract> : f32
          %v3685 = arith.mulf %v3467, %v3684 fastmath<contract> : f32
          %v3686 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3685) : (f32) -> f32
          %v3687 = arith.mulf %v3266, %v3476 fastmath<contract> : f32
          %v3688 = llvm.load %v19 : !llvm.ptr -> f32
          %v3689 = arith.mulf %v3686, %v3688 fastmath<contract> : f32
          %v3690 = arith.addf %v3689, %v3687 fastmath<contract> : f32
          %v3691 = llvm.load %v35 : !llvm.ptr -> f32
          %v3692 = arith.mulf %v3686, %v3691 fastmath<contract> : f32
          %v3700 = arith.mulf %v3467, %v3699 fastmath<contract> : f32
          %v3701 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3700) : (f32) -> f32
          %v3702 = arith.mulf %v3275, %v3476 fastmath<contract> : f32
          %v3703 = llvm.load %v20 : !llvm.ptr -> f32
          %v3704 = arith.mulf %v3701, %v3703 fastmath<contract> : f32
          %v3705 = arith.addf %v3704, %v3702 fastmath<contract> : f32
          %v3706 = llvm.load %v36 : !llvm.ptr -> f32
          %v3707 = arith.mulf %v3701, %v3706 fastmath<contract> : f32
          llvm.store %v3480, %v5 : f32, !llvm.ptr
          llvm.store %v3482, %v21 : f32, !llvm.ptr
          llvm.store %v3495, %v6 : f32, !llvm.ptr
          llvm.store %v3497, %v22 : f32, !llvm.ptr
          llvm.store %v3510, %v7 : f32, !llvm.ptr
          llvm.store %v3512, %v23 : f32, !llvm.ptr
          llvm.store %v3525, %v8 : f32, !llvm.ptr
          llvm.store %v3527, %v24 : f32, !llvm.ptr
          llvm.store %v3540, %v9 : f32, !llvm.ptr
          llvm.store %v3542, %v25 : f32, !llvm.ptr
          llvm.store %v3555, %v10 : f32, !llvm.ptr
          llvm.store %v3557, %v26 : f32, !llvm.ptr
          llvm.store %v3570, %v11 : f32, !llvm.ptr
          llvm.store %v3572, %v27 : f32, !llvm.ptr
          llvm.store %v3585, %v12 : f32, !llvm.ptr
          llvm.store %v3587, %v28 : f32, !llvm.ptr
          llvm.store %v3600, %v13 : f32, !llvm.ptr
          llvm.store %v3602, %v29 : f32, !llvm.ptr
          llvm.store %v3615, %v14 : f32, !llvm.ptr
          llvm.store %v3617, %v30 : f32, !llvm.ptr
          llvm.store %v3630, %v15 : f32, !llvm.ptr
          llvm.store %v3632, %v31 : f32, !llvm.ptr
          llvm.store %v3645, %v16 : f32, !llvm.ptr
          llvm.store %v3647, %v32 : f32, !llvm.ptr
          llvm.store %v3660, %v17 : f32, !llvm.ptr
          llvm.store %v3662, %v33 : f32, !llvm.ptr
          llvm.store %v3675, %v18 : f32, !llvm.ptr
          llvm.store %v3677, %v34 : f32, !llvm.ptr
          llvm.store %v3690, %v19 : f32, !llvm.ptr
          llvm.store %v3692, %v35 : f32, !llvm.ptr
          llvm.store %v3705, %v20 : f32, !llvm.ptr
          llvm.store %v3707, %v36 : f32, !llvm.ptr
          %v3708 = arith.addi %v1673, %v3131 : i64
          %v3710 = arith.muli %v2, %v47 : i64
          %v3711 = arith.addi %v3710, %v45 : i64
          %v3712 = arith.muli %v3711, %v110 : i64
          %v3713 = arith.addi %v3712, %v3131 : i64
          %v3714 = llvm.getelementptr %v38[%v3713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3715 = llvm.load %v3714 : !llvm.ptr<3> -> f32
          %v3716 = arith.addf %v3715, %v3433 fastmath<contract> : f32
          %v3717 = arith.maximumf %v3716, %v90 : f32
          %v3718 = llvm.call_intrinsic "llvm.fabs.f32"(%v3716) : (f32) -> f32
          %v3719 = arith.negf %v3718 : f32
          %v3720 = arith.mulf %v3719, %v3423 fastmath<contract> : f32
          %v3721 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3720) : (f32) -> f32
          %v3722 = arith.addf %v91, %v3721 fastmath<contract> : f32
          %v3723 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3722) : (f32) -> f32
          %v3724 = arith.mulf %v3723, %v3442 fastmath<contract> : f32
          %v3725 = arith.mulf %v3444, %v3721 fastmath<contract> : f32
          %v3726 = arith.addf %v3725, %v3446 fastmath<contract> : f32
          %v3727 = arith.mulf %v3726, %v3721 fastmath<contract> : f32
          %v3728 = arith.addf %v3727, %v3449 fastmath<contract> : f32
          %v3729 = arith.mulf %v3728, %v3721 fastmath<contract> : f32
          %v3730 = arith.addf %v3729, %v3452 fastmath<contract> : f32
          %v3731 = arith.mulf %v3730, %v3721 fastmath<contract> : f32
          %v3732 = arith.addf %v3731, %v3455 fastmath<contract> : f32
          %v3733 = arith.mulf %v3732, %v3721 fastmath<contract> : f32
          %v3734 = arith.addf %v3733, %v3458 fastmath<contract> : f32
          %v3735 = arith.mulf %v3734, %v3721 fastmath<contract> : f32
          %v3736 = arith.addf %v3735, %v91 fastmath<contract> : f32
          %v3737 = arith.mulf %v3736, %v3721 fastmath<contract> : f32
          %v3738 = llvm.call_intrinsic "llvm.fabs.f32"(%v3721) : (f32) -> f32
          %v3739 = arith.cmpf olt, %v3738, %v3464 : f32
          %v3740 = arith.select %v3739, %v3737, %v3724 : f32
          %v3741 = arith.addf %v3717, %v3740 fastmath<contract> : f32
          %v3742 = arith.mulf %v3741, %v3709 fastmath<contract> : f32
          %v3743 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3742) : (f32) -> f32
          %v3744 = arith.muli %v62, %v47 : i64
          %v3745 = arith.addi %v3744, %v45 : i64
          %v3746 = arith.muli %v3745, %v110 : i64
          %v3747 = arith.addi %v3746, %v3131 : i64
          %v3748 = llvm.getelementptr %v38[%v3747] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3749 = llvm.load %v3748 : !llvm.ptr<3> -> f32
          %v3750 = arith.mulf %v3741, %v3749 fastmath<contract> : f32
          %v3751 = arith.mulf %v3282, %v3750 fastmath<contract> : f32
          %v3752 = llvm.load %v5 : !llvm.ptr -> f32
          %v3753 = arith.mulf %v3743, %v3752 fastmath<contract> : f32
          %v3754 = arith.addf %v3753, %v3751 fastmath<contract> : f32
          %v3755 = llvm.load %v21 : !llvm.ptr -> f32
          %v3756 = arith.mulf %v3743, %v3755 fastmath<contract> : f32
          %v3758 = arith.mulf %v3741, %v3757 fastmath<contract> : f32
          %v3759 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3758) : (f32) -> f32
          %v3760 = arith.mulf %v3291, %v3750 fastmath<contract> : f32
          %v3761 = llvm.load %v6 : !llvm.ptr -> f32
          %v3762 = arith.mulf %v3759, %v3761 fastmath<contract> : f32
          %v3763 = arith.addf %v3762, %v3760 fastmath<contract> : f32
          %v3764 = llvm.load %v22 : !llvm.ptr -> f32
          %v3765 = arith.mulf %v3759, %v3764 fastmath<contract> : f32
          %v3767 = arith.mulf %v3741, %v3766 fastmath<contract> : f32
          %v3768 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3767) : (f32) -> f32
          %v3769 = arith.mulf %v3300, %v3750 fastmath<contract> : f32
          %v3770 = llvm.load %v7 : !llvm.ptr -> f32
          %v3771 = arith.mulf %v3768, %v3770 fastmath<contract> : f32
          %v3772 = arith.addf %v3771, %v3769 fastmath<contract> : f32
          %v3773 = llvm.load %v23 : !llvm.ptr -> f32
          %v3774 = arith.mulf %v3768, %v3773 fastmath<contract> : f32
          %v3776 = arith.mulf %v3741, %v3775 fastmath<contract> : f32
          %v3777 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3776) : (f32) -> f32
          %v3778 = arith.mulf %v3309, %v3750 fastmath<contract> : f32
          %v3779 = llvm.load %v8 : !llvm.ptr -> f32
          %v3780 = arith.mulf %v3777, %v3779 fastmath<contract> : f32
          %v3781 = arith.addf %v3780, %v3778 fastmath<contract> : f32
          %v3782 = llvm.load %v24 : !llvm.ptr -> f32
          %v3783 = arith.mulf %v3777, %v3782 fastmath<contract> : f32
          %v3785 = arith.mulf %v3741, %v3784 fastmath<contract> : f32
          %v3786 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3785) : (f32) -> f32
          %v3787 = arith.mulf %v3318, %v3750 fastmath<contract> : f32
          %v3788 = llvm.load %v9 : !llvm.ptr -> f32
          %v3789 = arith.mulf %v3786, %v3788 fastmath<contract> : f32
          %v3790 = arith.addf %v3789, %v3787 fastmath<contract> : f32
          %v3791 = llvm.load %v25 : !llvm.ptr -> f32
          %v3792 = arith.mulf %v3786, %v3791 fastmath<contract> : f32
          %v3794 = arith.mulf %v3741, %v3793 fastmath<contract> : f32
          %v3795 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3794) : (f32) -> f32
          %v3796 = arith.mulf %v3327, %v3750 fastmath<contract> : f32
          %v3797 = llvm.load %v10 : !llvm.ptr -> f32
          %v3798 = arith.mulf %v3795, %v3797 fastmath<contract> : f32
          %v3799 = arith.addf %v3798, %v3796 fastmath<contract> : f32
          %v3800 = llvm.load %v26 : !llvm.ptr -> f32
          %v3801 = arith.mulf %v3795, %v3800 fastmath<contract> : f32
          %v3803 = arith.mulf %v3741, %v3802 fastmath<contract> : f32
          %v3804 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3803) : (f32) -> f32
          %v3805 = arith.mulf %v3336, %v3750 fastmath<contract> : f32
          %v3806 = llvm.load %v11 : !llvm.ptr -> f32
          %v3807 = arith.mulf %v3804, %v3806 fastmath<contract> : f32
          %v3808 = arith.addf %v3807, %v3805 fastmath<contract> : f32
          %v3809 = llvm.load %v27 : !llvm.ptr -> f32
          %v3810 = arith.mulf %v3804, %v3809 fastmath<contract> : f32
          %v3812 = arith.mulf %v3741, %v3811 fastmath<contract> : f32
          %v3813 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3812) : (f32) -> f32
          %v3814 = arith.mulf %v3345, %v3750 fastmath<contract> : f32
          %v3815 = llvm.load %v12 : !llvm.ptr -> f32
          %v3816 = arith.mulf %v3813, %v3815 fastmath<contract> : f32
          %v3817 = arith.addf %v3816, %v3814 fastmath<contract> : f32
          %v3818 = llvm.load %v28 : !llvm.ptr -> f32
          %v3819 = arith.mulf %v3813, %v3818 fastmath<contract> : f32
          %v3821 = arith.mulf %v3741, %v3820 fastmath<contract> : f32
          %v3822 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3821) : (f32) -> f32
          %v3823 = arith.mulf %v3354, %v3750 fastmath<contract> : f32
          %v3824 = llvm.load %v13 : !llvm.ptr -> f32
          %v3825 = arith.mulf %v3822, %v3824 fastmath<contract> : f32
          %v3826 = arith.addf %v3825, %v3823 fastmath<contract> : f32
          %v3827 = llvm.load %v29 : !llvm.ptr -> f32
          %v3828 = arith.mulf %v3822, %v3827 fastmath<contract> : f32
          %v3830 = arith.mulf %v3741, %v3829 fastmath<contract> : f32
          %v3831 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3830) : (f32) -> f32
          %v3832 = arith.mulf %v3363, %v3750 fastmath<contract> : f32
          %v3833 = llvm.load %v14 : !llvm.ptr -> f32
          %v3834 = arith.mulf %v3831, %v3833 fastmath<contract> : f32
          %v3835 = arith.addf %v3834, %v3832 fastmath<contract> : f32
          %v3836 = llvm.load %v30 : !llvm.ptr -> f32
          %v3837 = arith.mulf %v3831, %v3836 fastmath<contract> : f32
          %v3839 = arith.mulf %v3741, %v3838 fastmath<contract> : f32
          %v3840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3839) : (f32) -> f32
          %v3841 = arith.mulf %v3372, %v3750 fastmath<contract> : f32
          %v3842 = llvm.load %v15 : !llvm.ptr -> f32
          %v3843 = arith.mulf %v3840, %v3842 fastmath<contract> : f32
          %v3844 = arith.addf %v3843, %v3841 fastmath<contract> : f32
          %v3845 = llvm.load %v31 : !llvm.ptr -> f32
          %v3846 = arith.mulf %v3840, %v3845 fastmath<contract> : f32
          %v3848 = arith.mulf %v3741, %v3847 fastmath<contract> : f32
          %v3849 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3848) : (f32) -> f32
          %v3850 = arith.mulf %v3381, %v3750 fastmath<contract> : f32
          %v3851 = llvm.load %v16 : !llvm.ptr -> f32
          %v3852 = arith.mulf %v3849, %v3851 fastmath<contract> : f32
          %v3853 = arith.addf %v3852, %v3850 fastmath<contract> : f32
          %v3854 = llvm.load %v32 : !llvm.ptr -> f32
          %v3855 = arith.mulf %v3849, %v3854 fastmath<contract> : f32
          %v3857 = arith.mulf %v3741, %v3856 fastmath<contract> : f32
          %v3858 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3857) : (f32) -> f32
          %v3859 = arith.mulf %v3390, %v3750 fastmath<contract> : f32
          %v3860 = llvm.load %v17 : !llvm.ptr -> f32
          %v3861 = arith.mulf %v3858, %v3860 fastmath<contract> : f32
          %v3862 = arith.addf %v3861, %v3859 fastmath<contract> : f32
          %v3863 = llvm.load %v33 : !llvm.ptr -> f32
          %v3864 = arith.mulf %v3858, %v3863 fastmath<contract> : f32
          %v3866 = arith.mulf %v3741, %v3865 fastmath<contract> : f32
          %v3867 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3866) : (f32) -> f32
          %v3868 = arith.mulf %v3399, %v3750 fastmath<contract> : f32
          %v3869 = llvm.load %v18 : !llvm.ptr -> f32
          %v3870 = arith.mulf %v3867, %v3869 fastmath<contract> : f32
          %v3871 = arith.addf %v3870, %v3868 fastmath<contract> : f32
          %v3872 = llvm.load %v34 : !llvm.ptr -> f32
          %v3873 = arith.mulf %v3867, %v3872 fastmath<contract> : f32
          %v3875 = arith.mulf %v3741, %v3874 fastmath<contract> : f32
          %v3876 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3875) : (f32) -> f32
          %v3877 = arith.mulf %v3408, %v3750 fastmath<contract> : f32
          %v3878 = llvm.load %v19 : !llvm.ptr -> f32
          %v3879 = arith.mulf %v3876, %v3878 fastmath<contract> : f32
          %v3880 = arith.addf %v3879, %v3877 fastmath<contract> : f32
          %v3881 = llvm.load %v35 : !llvm.ptr -> f32
          %v3882 = arith.mulf %v3876, %v3881 fastmath<contract> : f32
          %v3884 = arith.mulf %v3741, %v3883 fastmath<contract> : f32
          %v3885 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3884) : (f32) -> f32
          %v3886 = arith.mulf %v3417, %v3750 fastmath<contract> : f32
          %v3887 = llvm.load %v20 : !llvm.ptr -> f32
          %v3888 = arith.mulf %v3885, %v3887 fastmath<contract> : f32
          %v3889 = arith.addf %v3888, %v3886 fastmath<contract> : f32
          %v3890 = llvm.load %v36 : !llvm.ptr -> f32
          %v3891 = arith.mulf %v3885, %v3890 fastmath<contract> : f32
          llvm.store %v3754, %v5 : f32, !llvm.ptr
          llvm.store %v3756, %v21 : f32, !llvm.ptr
          llvm.store %v3763, %v6 : f32, !llvm.ptr
          llvm.store %v3765, %v22 : f32, !llvm.ptr
          llvm.store %v3772, %v7 : f32, !llvm.ptr
          llvm.store %v3774, %v23 : f32, !llvm.ptr
          llvm.store %v3781, %v8 : f32, !llvm.ptr
          llvm.store %v3783, %v24 : f32, !llvm.ptr
          llvm.store %v3790, %v9 : f32, !llvm.ptr
          llvm.store %v3792, %v25 : f32, !llvm.ptr
          llvm.store %v3799, %v10 : f32, !llvm.ptr
          llvm.store %v3801, %v26 : f32, !llvm.ptr
          llvm.store %v3808, %v11 : f32, !llvm.ptr
          llvm.store %v3810, %v27 : f32, !llvm.ptr
          llvm.store %v3817, %v12 : f32, !llvm.ptr
          llvm.store %v3819, %v28 : f32, !llvm.ptr
          llvm.store %v3826, %v13 : f32, !llvm.ptr
          llvm.store %v3828, %v29 : f32, !llvm.ptr
          llvm.store %v3835, %v14 : f32, !llvm.ptr
          llvm.store %v3837, %v30 : f32, !llvm.ptr
          llvm.store %v3844, %v15 : f32, !llvm.ptr
          llvm.store %v3846, %v31 : f32, !llvm.ptr
          llvm.store %v3853, %v16 : f32, !llvm.ptr
          llvm.store %v3855, %v32 : f32, !llvm.ptr
          llvm.store %v3862, %v17 : f32, !llvm.ptr
          llvm.store %v3864, %v33 : f32, !llvm.ptr
          llvm.store %v3871, %v18 : f32, !llvm.ptr
          llvm.store %v3873, %v34 : f32, !llvm.ptr
          llvm.store %v3880, %v19 : f32, !llvm.ptr
          llvm.store %v3882, %v35 : f32, !llvm.ptr
          llvm.store %v3889, %v20 : f32, !llvm.ptr
          llvm.store %v3891, %v36 : f32, !llvm.ptr
        }
        %v3892 = arith.muli %v3123, %v86 : i64
        %v3893 = arith.index_cast %v3892 : i64 to index
        %v3894 = arith.index_cast %v1675 : i64 to index
        %v3895 = arith.index_cast %v2 : i64 to index
        scf.for %v3896 = %v3893 to %v3894 step %v3895 {
          %v3897 = arith.index_cast %v3896 : index to i64
          %v3898 = arith.addi %v1673, %v3897 : i64
          %v3900 = arith.muli %v2, %v47 : i64
          %v3901 = arith.addi %v3900, %v45 : i64
          %v3902 = arith.muli %v3901, %v110 : i64
          %v3903 = arith.addi %v3902, %v3897 : i64
          %v3904 = llvm.getelementptr %v38[%v3903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3905 = llvm.load %v3904 : !llvm.ptr<3> -> f32
          %v3906 = arith.addf %v3905, %v3433 fastmath<contract> : f32
          %v3907 = arith.maximumf %v3906, %v90 : f32
          %v3908 = llvm.call_intrinsic "llvm.fabs.f32"(%v3906) : (f32) -> f32
          %v3909 = arith.negf %v3908 : f32
          %v3910 = arith.mulf %v3909, %v3423 fastmath<contract> : f32
          %v3911 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3910) : (f32) -> f32
          %v3912 = arith.addf %v91, %v3911 fastmath<contract> : f32
          %v3913 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3912) : (f32) -> f32
          %v3914 = arith.mulf %v3913, %v3442 fastmath<contract> : f32
          %v3915 = arith.mulf %v3444, %v3911 fastmath<contract> : f32
          %v3916 = arith.addf %v3915, %v3446 fastmath<contract> : f32
          %v3917 = arith.mulf %v3916, %v3911 fastmath<contract> : f32
          %v3918 = arith.addf %v3917, %v3449 fastmath<contract> : f32
          %v3919 = arith.mulf %v3918, %v3911 fastmath<contract> : f32
          %v3920 = arith.addf %v3919, %v3452 fastmath<contract> : f32
          %v3921 = arith.mulf %v3920, %v3911 fastmath<contract> : f32
          %v3922 = arith.addf %v3921, %v3455 fastmath<contract> : f32
          %v3923 = arith.mulf %v3922, %v3911 fastmath<contract> : f32
          %v3924 = arith.addf %v3923, %v3458 fastmath<contract> : f32
          %v3925 = arith.mulf %v3924, %v3911 fastmath<contract> : f32
          %v3926 = arith.addf %v3925, %v91 fastmath<contract> : f32
          %v3927 = arith.mulf %v3926, %v3911 fastmath<contract> : f32
          %v3928 = llvm.call_intrinsic "llvm.fabs.f32"(%v3911) : (f32) -> f32
          %v3929 = arith.cmpf olt, %v3928, %v3464 : f32
          %v3930 = arith.select %v3929, %v3927, %v3914 : f32
          %v3931 = arith.addf %v3907, %v3930 fastmath<contract> : f32
          %v3932 = arith.mulf %v3931, %v3899 fastmath<contract> : f32
          %v3933 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3932) : (f32) -> f32
          %v3934 = arith.muli %v60, %v3134 : i64
          %v3935 = arith.subi %v107, %v3898 : i64
          %v3936 = arith.muli %v3935, %v2 : i64
          %v3937 = arith.addi %v3934, %v3936 : i64
          %v3938 = llvm.getelementptr %in_Bm[%v3937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3939 = llvm.load %v3938 : !llvm.ptr -> f32
          %v3940 = arith.muli %v62, %v47 : i64
          %v3941 = arith.addi %v3940, %v45 : i64
          %v3942 = arith.muli %v3941, %v110 : i64
          %v3943 = arith.addi %v3942, %v3897 : i64
          %v3944 = llvm.getelementptr %v38[%v3943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3945 = llvm.load %v3944 : !llvm.ptr<3> -> f32
          %v3946 = arith.mulf %v3931, %v3945 fastmath<contract> : f32
          %v3947 = arith.mulf %v3939, %v3946 fastmath<contract> : f32
          %v3948 = llvm.load %v5 : !llvm.ptr -> f32
          %v3949 = arith.mulf %v3933, %v3948 fastmath<contract> : f32
          %v3950 = arith.addf %v3949, %v3947 fastmath<contract> : f32
          %v3951 = llvm.load %v21 : !llvm.ptr -> f32
          %v3952 = arith.mulf %v3933, %v3951 fastmath<contract> : f32
          %v3954 = arith.mulf %v3931, %v3953 fastmath<contract> : f32
          %v3955 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3954) : (f32) -> f32
          %v3956 = arith.muli %v60, %v3134 : i64
          %v3957 = arith.constant 1 : i64
          %v3958 = arith.muli %v3957, %v3133 : i64
          %v3959 = arith.addi %v3956, %v3958 : i64
          %v3960 = arith.subi %v107, %v3898 : i64
          %v3961 = arith.muli %v3960, %v2 : i64
          %v3962 = arith.addi %v3959, %v3961 : i64
          %v3963 = llvm.getelementptr %in_Bm[%v3962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3964 = llvm.load %v3963 : !llvm.ptr -> f32
          %v3965 = arith.mulf %v3964, %v3946 fastmath<contract> : f32
          %v3966 = llvm.load %v6 : !llvm.ptr -> f32
          %v3967 = arith.mulf %v3955, %v3966 fastmath<contract> : f32
          %v3968 = arith.addf %v3967, %v3965 fastmath<contract> : f32
          %v3969 = llvm.load %v22 : !llvm.ptr -> f32
          %v3970 = arith.mulf %v3955, %v3969 fastmath<contract> : f32
          %v3972 = arith.mulf %v3931, %v3971 fastmath<contract> : f32
          %v3973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3972) : (f32) -> f32
          %v3974 = arith.muli %v60, %v3134 : i64
          %v3975 = arith.constant 2 : i64
          %v3976 = arith.muli %v3975, %v3133 : i64
          %v3977 = arith.addi %v3974, %v3976 : i64
          %v3978 = arith.subi %v107, %v3898 : i64
          %v3979 = arith.muli %v3978, %v2 : i64
          %v3980 = arith.addi %v3977, %v3979 : i64
          %v3981 = llvm.getelementptr %in_Bm[%v3980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3982 = llvm.load %v3981 : !llvm.ptr -> f32
          %v3983 = arith.mulf %v3982, %v3946 fastmath<contract> : f32
          %v3984 = llvm.load %v7 : !llvm.ptr -> f32
          %v3985 = arith.mulf %v3973, %v3984 fastmath<contract> : f32
          %v3986 = arith.addf %v3985, %v3983 fastmath<contract> : f32
          %v3987 = llvm.load %v23 : !llvm.ptr -> f32
          %v3988 = arith.mulf %v3973, %v3987 fastmath<contract> : f32
          %v3990 = arith.mulf %v3931, %v3989 fastmath<contract> : f32
          %v3991 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3990) : (f32) -> f32
          %v3992 = arith.muli %v60, %v3134 : i64
          %v3993 = arith.constant 3 : i64
          %v3994 = arith.muli %v3993, %v3133 : i64
          %v3995 = arith.addi %v3992, %v3994 : i64
          %v3996 = arith.subi %v107, %v3898 : i64
          %v3997 = arith.muli %v3996, %v2 : i64
          %v3998 = arith.addi %v3995, %v3997 : i64
          %v3999 = llvm.getelementptr %in_Bm[%v3998] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4000 = llvm.load %v3999 : !llvm.ptr -> f32
          %v4001 = arith.mulf %v4000, %v3946 fastmath<contract> : f32
          %v4002 = llvm.load %v8 : !llvm.ptr -> f32
          %v4003 = arith.mulf %v3991, %v4002 fastmath<contract> : f32
          %v4004 = arith.addf %v4003, %v4001 fastmath<contract> : f32
          %v4005 = llvm.load %v24 : !llvm.ptr -> f32
          %v4006 = arith.mulf %v3991, %v4005 fastmath<contract> : f32
          %v4008 = arith.mulf %v3931, %v4007 fastmath<contract> : f32
          %v4009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4008) : (f32) -> f32
          %v4010 = arith.muli %v60, %v3134 : i64
          %v4011 = arith.constant 4 : i64
          %v4012 = arith.muli %v4011, %v3133 : i64
          %v4013 = arith.addi %v4010, %v4012 : i64
          %v4014 = arith.subi %v107, %v3898 : i64
          %v4015 = arith.muli %v4014, %v2 : i64
          %v4016 = arith.addi %v4013, %v4015 : i64
          %v4017 = llvm.getelementptr %in_Bm[%v4016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4018 = llvm.load %v4017 : !llvm.ptr -> f32
          %v4019 = arith.mulf %v4018, %v3946 fastmath<contract> : f32
          %v4020 = llvm.load %v9 : !llvm.ptr -> f32
          %v4021 = arith.mulf %v4009, %v4020 fastmath<contract> : f32
          %v4022 = arith.addf %v4021, %v4019 fastmath<contract> : f32
          %v4023 = llvm.load %v25 : !llvm.ptr -> f32
          %v4024 = arith.mulf %v4009, %v4023 fastmath<contract> : f32
          %v4026 = arith.mulf %v3931, %v4025 fastmath<contract> : f32
          %v4027 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4026) : (f32) -> f32
          %v4028 = arith.muli %v60, %v3134 : i64
          %v4029 = arith.constant 5 : i64
          %v4030 = arith.muli %v4029, %v3133 : i64
          %v4031 = arith.addi %v4028, %v4030 : i64
          %v4032 = arith.subi %v107, %v3898 : i64
          %v4033 = arith.muli %v4032, %v2 : i64
          %v4034 = arith.addi %v4031, %v4033 : i64
          %v4035 = llvm.getelementptr %in_Bm[%v4034] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4036 = llvm.load %v4035 : !llvm.ptr -> f32
          %v4037 = arith.mulf %v4036, %v3946 fastmath<contract> : f32
          %v4038 = llvm.load %v10 : !llvm.ptr -> f32
          %v4039 = arith.mulf %v4027, %v4038 fastmath<contract> : f32
          %v4040 = arith.addf %v4039, %v4037 fastmath<contract> : f32
          %v4041 = llvm.load %v26 : !llvm.ptr -> f32
          %v4042 = arith.mulf %v4027, %v4041 fastmath<contract> : f32
          %v4044 = arith.mulf %v3931, %v4043 fastmath<contract> : f32
          %v4045 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4044) : (f32) -> f32
          %v4046 = arith.muli %v60, %v3134 : i64
          %v4047 = arith.constant 6 : i64
          %v4048 = arith.muli %v4047, %v3133 : i64
          %v4049 = arith.addi %v4046, %v4048 : i64
          %v4050 = arith.subi %v107, %v3898 : i64
          %v4051 = arith.muli %v4050, %v2 : i64
          %v4052 = arith.addi %v4049, %v4051 : i64
          %v4053 = llvm.getelementptr %in_Bm[%v4052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4054 = llvm.load %v4053 : !llvm.ptr -> f32
          %v4055 = arith.mulf %v4054, %v3946 fastmath<contract> : f32
          %v4056 = llvm.load %v11 : !llvm.ptr -> f32
          %v4057 = arith.mulf %v4045, %v4056 fastmath<contract> : f32
          %v4058 = arith.addf %v4057, %v4055 fastmath<contract> : f32
          %v4059 = llvm.load %v27 : !llvm.ptr -> f32
          %v4060 = arith.mulf %v4045, %v4059 fastmath<contract> : f32
          %v4062 = arith.mulf %v3931, %v4061 fastmath<contract> : f32
          %v4063 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4062) : (f32) -> f32
          %v4064 = arith.muli %v60, %v3134 : i64
          %v4065 = arith.constant 7 : i64
          %v4066 = arith.muli %v4065, %v3133 : i64
          %v4067 = arith.addi %v4064, %v4066 : i64
          %v4068 = arith.subi %v107, %v3898 : i64
          %v4069 = arith.muli %v4068, %v2 : i64
          %v4070 = arith.addi %v4067, %v4069 : i64
          %v4071 = llvm.getelementptr %in_Bm[%v4070] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4072 = llvm.load %v4071 : !llvm.ptr -> f32
          %v4073 = arith.mulf %v4072, %v3946 fastmath<contract> : f32
          %v4074 = llvm.load %v12 : !llvm.ptr -> f32
          %v4075 = arith.mulf %v4063, %v4074 fastmath<contract> : f32
          %v4076 = arith.addf %v4075, %v4073 fastmath<contract> : f32
          %v4077 = llvm.load %v28 : !llvm.ptr -> f32
          %v4078 = arith.mulf %v4063, %v4077 fastmath<contract> : f32
          %v4080 = arith.mulf %v3931, %v4079 fastmath<contract> : f32
          %v4081 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4080) : (f32) -> f32
          %v4082 = arith.muli %v60, %v3134 : i64
          %v4083 = arith.constant 8 : i64
          %v4084 = arith.muli %v4083, %v3133 : i64
          %v4085 = arith.addi %v4082, %v4084 : i64
          %v4086 = arith.subi %v107, %v3898 : i64
          %v4087 = arith.muli %v4086, %v2 : i64
          %v4088 = arith.addi %v4085, %v4087 : i64
          %v4089 = llvm.getelementptr %in_Bm[%v4088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4090 = llvm.load %v4089 : !llvm.ptr -> f32
          %v4091 = arith.mulf %v4090, %v3946 fastmath<contract> : f32
          %v4092 = llvm.load %v13 : !llvm.ptr -> f32
          %v4093 = arith.mulf %v4081, %v4092 fastmath<contract> : f32
          %v4094 = arith.addf %v4093, %v4091 fastmath<contract> : f32
          %v4095 = llvm.load %v29 : !llvm.ptr -> f32
          %v4096 = arith.mulf %v4081, %v4095 fastmath<contract> : f32
          %v4098 = arith.mulf %v3931, %v4097 fastmath<contract> : f32
          %v4099 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4098) : (f32) -> f32
          %v4100 = arith.muli %v60, %v3134 : i64
          %v4101 = arith.constant 9 : i64
          %v4102 = arith.muli %v4101, %v3133 : i64
          %v4103 = arith.addi %v4100, %v4102 : i64
          %v4104 = arith.subi %v107, %v3898 : i64
          %v4105 = arith.muli %v4104, %v2 : i64
          %v4106 = arith.addi %v4103, %v4105 : i64
          %v4107 = llvm.getelementptr %in_Bm[%v4106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4108 = llvm.load %v4107 : !llvm.ptr -> f32
          %v4109 = arith.mulf %v4108, %v3946 fastmath<contract> : f32
          %v4110 = llvm.load %v14 : !llvm.ptr -> f32
          %v4111 = arith.mulf %v4099, %v4110 fastmath<contract> : f32
          %v4112 = arith.addf %v4111, %v4109 fastmath<contract> : f32
          %v4113 = llvm.load %v30 : !llvm.ptr -> f32
          %v4114 = arith.mulf %v4099, %v4113 fastmath<contract> : f32
          %v4116 = arith.mulf %v3931, %v4115 fastmath<contract> : f32
          %v4117 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4116) : (f32) -> f32
          %v4118 = arith.muli %v60, %v3134 : i64
          %v4119 = arith.constant 10 : i64
          %v4120 = arith.muli %v4119, %v3133 : i64
          %v4121 = arith.addi %v4118, %v4120 : i64
          %v4122 = arith.subi %v107, %v3898 : i64
          %v4123 = arith.muli %v4122, %v2 : i64
          %v4124 = arith.addi %v4121, %v4123 : i64
          %v4125 = llvm.getelementptr %in_Bm[%v4124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4126 = llvm.load %v4125 : !llvm.ptr -> f32
          %v4127 = arith.mulf %v4126, %v3946 fastmath<contract> : f32
          %v4128 = llvm.load %v15 : !llvm.ptr -> f32
          %v4129 = arith.mulf %v4117, %v4128 fastmath<contract> : f32
          %v4130 = arith.addf %v4129, %v4127 fastmath<contract> : f32
          %v4131 = llvm.load %v31 : !llvm.ptr -> f32
          %v4132 = arith.mulf %v4117, %v4131 fastmath<contract> : f32
          %v4134 = arith.mulf %v3931, %v4133 fastmath<contract> : f32
          %v4135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4134) : (f32) -> f32
          %v4136 = arith.muli %v60, %v3134 : i64
          %v4137 = arith.constant 11 : i64
          %v4138 = arith.muli %v4137, %v3133 : i64
          %v4139 = arith.addi %v4136, %v4138 : i64
          %v4140 = arith.subi %v107, %v3898 : i64
          %v4141 = arith.muli %v4140, %v2 : i64
          %v4142 = arith.addi %v4139, %v4141 : i64
          %v4143 = llvm.getelementptr %in_Bm[%v4142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4144 = llvm.load %v4143 : !llvm.ptr -> f32
          %v4145 = arith.mulf %v4144, %v3946 fastmath<contract> : f32
          %v4146 = llvm.load %v16 : !llvm.ptr -> f32
          %v4147 = arith.mulf %v4135, %v4146 fastmath<contract> : f32
          %v4148 = arith.addf %v4147, %v4145 fastmath<contract> : f32
          %v4149 = llvm.load %v32 : !llvm.ptr -> f32
          %v4150 = arith.mulf %v4135, %v4149 fastmath<contract> : f32
          %v4152 = arith.mulf %v3931, %v4151 fastmath<contract> : f32
          %v4153 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4152) : (f32) -> f32
          %v4154 = arith.muli %v60, %v3134 : i64
          %v4155 = arith.constant 12 : i64
          %v4156 = arith.muli %v4155, %v3133 : i64
          %v4157 = arith.addi %v4154, %v4156 : i64
          %v4158 = arith.subi %v107, %v3898 : i64
          %v4159 = arith.muli %v4158, %v2 : i64
          %v4160 = arith.addi %v4157, %v4159 : i64
          %v4161 = llvm.getelementptr %in_Bm[%v4160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4162 = llvm.load %v4161 : !llvm.ptr -> f32
          %v4163 = arith.mulf %v4162, %v3946 fastmath<contract> : f32
          %v4164 = llvm.load %v17 : !llvm.ptr -> f32
          %v4165 = arith.mulf %v4153, %v4164 fastmath<contract> : f32
          %v4166 = arith.addf %v4165, %v4163 fastmath<contract> : f32
          %v4167 = llvm.load %v33 : !llvm.ptr -> f32
          %v4168 = arith.mulf %v4153, %v4167 fastmath<contract> : f32
          %v4170 = arith.mulf %v3931, %v4169 fastmath<contract> : f32
          %v4171 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4170) : (f32) -> f32
          %v4172 = arith.muli %v60, %v3134 : i64
          %v4173 = arith.constant 13 : i64
          %v4174 = arith.muli %v4173, %v3133 : i64
          %v4175 = arith.addi %v4172, %v4174 : i64
          %v4176 = arith.subi %v107, %v3898 : i64
          %v4177 = arith.muli %v4176, %v2 : i64
          %v4178 = arith.addi %v4175, %v4177 : i64
          %v4179 = llvm.getelementptr %in_Bm[%v4178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4180 = llvm.load %v4179 : !llvm.ptr -> f32
          %v4181 = arith.mulf %v4180, %v3946 fastmath<contract> : f32
          %v4182 = llvm.load %v18 : !llvm.ptr -> f32
          %v4183 = arith.mulf %v4171, %v4182 fastmath<contract> : f32
          %v4184 = arith.addf %v4183, %v4181 fastmath<contract> : f32
          %v4185 = llvm.load %v34 : !llvm.ptr -> f32
          %v4186 = arith.mulf %v4171, %v4185 fastmath<contract> : f32
          %v4188 = arith.mulf %v3931, %v4187 fastmath<contract> : f32
          %v4189 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4188) : (f32) -> f32
          %v4190 = arith.muli %v60, %v3134 : i64
          %v4191 = arith.constant 14 : i64
          %v4192 = arith.muli %v4191, %v3133 : i64
          %v4193 = arith.addi %v4190, %v4192 : i64
          %v4194 = arith.subi %v107, %v3898 : i64
          %v4195 = arith.muli %v4194, %v2 : i64
          %v4196 = arith.addi %v4193, %v4195 : i64
          %v4197 = llvm.getelementptr %in_Bm[%v4196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4198 = llvm.load %v4197 : !llvm.ptr -> f32
          %v4199 = arith.mulf %v4198, %v3946 fastmath<contract> : f32
          %v4200 = llvm.load %v19 : !llvm.ptr -> f32
          %v4201 = arith.mulf %v4189, %v4200 fastmath<contract> : f32
          %v4202 = arith.addf %v4201, %v4199 fastmath<contract> : f32
          %v4203 = llvm.load %v35 : !llvm.ptr -> f32
          %v4204 = arith.mulf %v4189, %v4203 fastmath<contract> : f32
          %v4206 = arith.mulf %v3931, %v4205 fastmath<contract> : f32
          %v4207 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4206) : (f32) -> f32
          %v4208 = arith.muli %v60, %v3134 : i64
          %v4209 = arith.constant 15 : i64
          %v4210 = arith.muli %v4209, %v3133 : i64
          %v4211 = arith.addi %v4208, %v4210 : i64
          %v4212 = arith.subi %v107, %v3898 : i64
          %v4213 = arith.muli %v4212, %v2 : i64
          %v4214 = arith.addi %v4211, %v4213 : i64
          %v4215 = llvm.getelementptr %in_Bm[%v4214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4216 = llvm.load %v4215 : !llvm.ptr -> f32
          %v4217 = arith.mulf %v4216, %v3946 fastmath<contract> : f32
          %v4218 = llvm.load %v20 : !llvm.ptr -> f32
          %v4219 = arith.mulf %v4207, %v4218 fastmath<contract> : f32
          %v4220 = arith.addf %v4219, %v4217 fastmath<contract> : f32
          %v4221 = llvm.load %v36 : !llvm.ptr -> f32
          %v4222 = arith.mulf %v4207, %v4221 fastmath<contract> : f32
          llvm.store %v3950, %v5 : f32, !llvm.ptr
          llvm.store %v3952, %v21 : f32, !llvm.ptr
          llvm.store %v3968, %v6 : f32, !llvm.ptr
          llvm.store %v3970, %v22 : f32, !llvm.ptr
          llvm.store %v3986, %v7 : f32, !llvm.ptr
          llvm.store %v3988, %v23 : f32, !llvm.ptr
          llvm.store %v4004, %v8 : f32, !llvm.ptr
          llvm.store %v4006, %v24 : f32, !llvm.ptr
          llvm.store %v4022, %v9 : f32, !llvm.ptr
          llvm.store %v4024, %v25 : f32, !llvm.ptr
          llvm.store %v4040, %v10 : f32, !llvm.ptr
          llvm.store %v4042, %v26 : f32, !llvm.ptr
          llvm.store %v4058, %v11 : f32, !llvm.ptr
          llvm.store %v4060, %v27 : f32, !llvm.ptr
          llvm.store %v4076, %v12 : f32, !llvm.ptr
          llvm.store %v4078, %v28 : f32, !llvm.ptr
          llvm.store %v4094, %v13 : f32, !llvm.ptr
          llvm.store %v4096, %v29 : f32, !llvm.ptr
          llvm.store %v4112, %v14 : f32, !llvm.ptr
          llvm.store %v4114, %v30 : f32, !llvm.ptr
          llvm.store %v4130, %v15 : f32, !llvm.ptr
          llvm.store %v4132, %v31 : f32, !llvm.ptr
          llvm.store %v4148, %v16 : f32, !llvm.ptr
          llvm.store %v4150, %v32 : f32, !llvm.ptr
          llvm.store %v4166, %v17 : f32, !llvm.ptr
          llvm.store %v4168, %v33 : f32, !llvm.ptr
          llvm.store %v4184, %v18 : f32, !llvm.ptr
          llvm.store %v4186, %v34 : f32, !llvm.ptr
          llvm.store %v4202, %v19 : f32, !llvm.ptr
          llvm.store %v4204, %v35 : f32, !llvm.ptr
          llvm.store %v4220, %v20 : f32, !llvm.ptr
          llvm.store %v4222, %v36 : f32, !llvm.ptr
        }
        gpu.barrier
        %v4223 = arith.addi %v62, %v45 : i64
        %v4224 = arith.divui %v4223, %v95 : i64
        %v4225 = arith.remui %v4223, %v95 : i64
        %v4226 = arith.addi %v62, %v4224 : i64
        %v4227 = arith.muli %v4226, %v110 : i64
        %v4228 = arith.addi %v4227, %v4225 : i64
        %v4229 = llvm.getelementptr %v38[%v4228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1693, %v4229 : f32, !llvm.ptr<3>
        %v4230 = arith.addi %v47, %v45 : i64
        %v4231 = arith.divui %v4230, %v95 : i64
        %v4232 = arith.remui %v4230, %v95 : i64
        %v4233 = arith.addi %v62, %v4231 : i64
        %v4234 = arith.muli %v4233, %v110 : i64
        %v4235 = arith.addi %v4234, %v4232 : i64
        %v4236 = llvm.getelementptr %v38[%v4235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1708, %v4236 : f32, !llvm.ptr<3>
        %v4237 = arith.addi %v1158, %v45 : i64
        %v4238 = arith.divui %v4237, %v95 : i64
        %v4239 = arith.remui %v4237, %v95 : i64
        %v4240 = arith.addi %v62, %v4238 : i64
        %v4241 = arith.muli %v4240, %v110 : i64
        %v4242 = arith.addi %v4241, %v4239 : i64
        %v4243 = llvm.getelementptr %v38[%v4242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1723, %v4243 : f32, !llvm.ptr<3>
        %v4245 = arith.addi %v4244, %v45 : i64
        %v4246 = arith.divui %v4245, %v95 : i64
        %v4247 = arith.remui %v4245, %v95 : i64
        %v4248 = arith.addi %v62, %v4246 : i64
        %v4249 = arith.muli %v4248, %v110 : i64
        %v4250 = arith.addi %v4249, %v4247 : i64
        %v4251 = llvm.getelementptr %v38[%v4250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1738, %v4251 : f32, !llvm.ptr<3>
        %v4252 = arith.addi %v41, %v45 : i64
        %v4253 = arith.divui %v4252, %v95 : i64
        %v4254 = arith.remui %v4252, %v95 : i64
        %v4255 = arith.addi %v62, %v4253 : i64
        %v4256 = arith.muli %v4255, %v110 : i64
        %v4257 = arith.addi %v4256, %v4254 : i64
        %v4258 = llvm.getelementptr %v38[%v4257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1753, %v4258 : f32, !llvm.ptr<3>
        %v4260 = arith.addi %v4259, %v45 : i64
        %v4261 = arith.divui %v4260, %v95 : i64
        %v4262 = arith.remui %v4260, %v95 : i64
        %v4263 = arith.addi %v62, %v4261 : i64
        %v4264 = arith.muli %v4263, %v110 : i64
        %v4265 = arith.addi %v4264, %v4262 : i64
        %v4266 = llvm.getelementptr %v38[%v4265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1768, %v4266 : f32, !llvm.ptr<3>
        %v4268 = arith.addi %v4267, %v45 : i64
        %v4269 = arith.divui %v4268, %v95 : i64
        %v4270 = arith.remui %v4268, %v95 : i64
        %v4271 = arith.addi %v62, %v4269 : i64
        %v4272 = arith.muli %v4271, %v110 : i64
        %v4273 = arith.addi %v4272, %v4270 : i64
        %v4274 = llvm.getelementptr %v38[%v4273] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1783, %v4274 : f32, !llvm.ptr<3>
        %v4276 = arith.addi %v4275, %v45 : i64
        %v4277 = arith.divui %v4276, %v95 : i64
        %v4278 = arith.remui %v4276, %v95 : i64
        %v4279 = arith.addi %v62, %v4277 : i64
        %v4280 = arith.muli %v4279, %v110 : i64
        %v4281 = arith.addi %v4280, %v4278 : i64
        %v4282 = llvm.getelementptr %v38[%v4281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1798, %v4282 : f32, !llvm.ptr<3>
        %v4284 = arith.addi %v4283, %v45 : i64
        %v4285 = arith.divui %v4284, %v95 : i64
        %v4286 = arith.remui %v4284, %v95 : i64
        %v4287 = arith.addi %v62, %v4285 : i64
        %v4288 = arith.muli %v4287, %v110 : i64
        %v4289 = arith.addi %v4288, %v4286 : i64
        %v4290 = llvm.getelementptr %v38[%v4289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1813, %v4290 : f32, !llvm.ptr<3>
        %v4292 = arith.addi %v4291, %v45 : i64
        %v4293 = arith.divui %v4292, %v95 : i64
        %v4294 = arith.remui %v4292, %v95 : i64
        %v4295 = arith.addi %v62, %v4293 : i64
        %v4296 = arith.muli %v4295, %v110 : i64
        %v4297 = arith.addi %v4296, %v4294 : i64
        %v4298 = llvm.getelementptr %v38[%v4297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1828, %v4298 : f32, !llvm.ptr<3>
        %v4300 = arith.addi %v4299, %v45 : i64
        %v4301 = arith.divui %v4300, %v95 : i64
        %v4302 = arith.remui %v4300, %v95 : i64
        %v4303 = arith.addi %v62, %v4301 : i64
        %v4304 = arith.muli %v4303, %v110 : i64
        %v4305 = arith.addi %v4304, %v4302 : i64
        %v4306 = llvm.getelementptr %v38[%v4305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1843, %v4306 : f32, !llvm.ptr<3>
        %v4308 = arith.addi %v4307, %v45 : i64
        %v4309 = arith.divui %v4308, %v95 : i64
        %v4310 = arith.remui %v4308, %v95 : i64
        %v4311 = arith.addi %v62, %v4309 : i64
        %v4312 = arith.muli %v4311, %v110 : i64
        %v4313 = arith.addi %v4312, %v4310 : i64
        %v4314 = llvm.getelementptr %v38[%v4313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1858, %v4314 : f32, !llvm.ptr<3>
        %v4316 = arith.addi %v4315, %v45 : i64
        %v4317 = arith.divui %v4316, %v95 : i64
        %v4318 = arith.remui %v4316, %v95 : i64
        %v4319 = arith.addi %v62, %v4317 : i64
        %v4320 = arith.muli %v4319, %v110 : i64
        %v4321 = arith.addi %v4320, %v4318 : i64
        %v4322 = llvm.getelementptr %v38[%v4321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1873, %v4322 : f32, !llvm.ptr<3>
        %v4324 = arith.addi %v4323, %v45 : i64
        %v4325 = arith.divui %v4324, %v95 : i64
        %v4326 = arith.remui %v4324, %v95 : i64
        %v4327 = arith.addi %v62, %v4325 : i64
        %v4328 = arith.muli %v4327, %v110 : i64
        %v4329 = arith.addi %v4328, %v4326 : i64
        %v4330 = llvm.getelementptr %v38[%v4329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1888, %v4330 : f32, !llvm.ptr<3>
        %v4332 = arith.addi %v4331, %v45 : i64
        %v4333 = arith.divui %v4332, %v95 : i64
        %v4334 = arith.remui %v4332, %v95 : i64
        %v4335 = arith.addi %v62, %v4333 : i64
        %v4336 = arith.muli %v4335, %v110 : i64
        %v4337 = arith.addi %v4336, %v4334 : i64
        %v4338 = llvm.getelementptr %v38[%v4337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1903, %v4338 : f32, !llvm.ptr<3>
        %v4340 = arith.addi %v4339, %v45 : i64
        %v4341 = arith.divui %v4340, %v95 : i64
        %v4342 = arith.remui %v4340, %v95 : i64
        %v4343 = arith.addi %v62, %v4341 : i64
        %v4344 = arith.muli %v4343, %v110 : i64
        %v4345 = arith.addi %v4344, %v4342 : i64
        %v4346 = llvm.getelementptr %v38[%v4345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1918, %v4346 : f32, !llvm.ptr<3>
        %v4348 = arith.addi %v4347, %v45 : i64
        %v4349 = arith.divui %v4348, %v95 : i64
        %v4350 = arith.remui %v4348, %v95 : i64
        %v4351 = arith.addi %v62, %v4349 : i64
        %v4352 = arith.muli %v4351, %v110 : i64
        %v4353 = arith.addi %v4352, %v4350 : i64
        %v4354 = llvm.getelementptr %v38[%v4353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1933, %v4354 : f32, !llvm.ptr<3>
        %v4356 = arith.addi %v4355, %v45 : i64
        %v4357 = arith.divui %v4356, %v95 : i64
        %v4358 = arith.remui %v4356, %v95 : i64
        %v4359 = arith.addi %v62, %v4357 : i64
        %v4360 = arith.muli %v4359, %v110 : i64
        %v4361 = arith.addi %v4360, %v4358 : i64
        %v4362 = llvm.getelementptr %v38[%v4361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1948, %v4362 : f32, !llvm.ptr<3>
        %v4364 = arith.addi %v4363, %v45 : i64
        %v4365 = arith.divui %v4364, %v95 : i64
        %v4366 = arith.remui %v4364, %v95 : i64
        %v4367 = arith.addi %v62, %v4365 : i64
        %v4368 = arith.muli %v4367, %v110 : i64
        %v4369 = arith.addi %v4368, %v4366 : i64
        %v4370 = llvm.getelementptr %v38[%v4369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1963, %v4370 : f32, !llvm.ptr<3>
        %v4372 = arith.addi %v4371, %v45 : i64
        %v4373 = arith.divui %v4372, %v95 : i64
        %v4374 = arith.remui %v4372, %v95 : i64
        %v4375 = arith.addi %v62, %v4373 : i64
        %v4376 = arith.muli %v4375, %v110 : i64
        %v4377 = arith.addi %v4376, %v4374 : i64
        %v4378 = llvm.getelementptr %v38[%v4377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1978, %v4378 : f32, !llvm.ptr<3>
        %v4380 = arith.addi %v4379, %v45 : i64
        %v4381 = arith.divui %v4380, %v95 : i64
        %v4382 = arith.remui %v4380, %v95 : i64
        %v4383 = arith.addi %v62, %v4381 : i64
        %v4384 = arith.muli %v4383, %v110 : i64
        %v4385 = arith.addi %v4384, %v4382 : i64
        %v4386 = llvm.getelementptr %v38[%v4385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1993, %v4386 : f32, !llvm.ptr<3>
        %v4388 = arith.addi %v4387, %v45 : i64
        %v4389 = arith.divui %v4388, %v95 : i64
        %v4390 = arith.remui %v4388, %v95 : i64
        %v4391 = arith.addi %v62, %v4389 : i64
        %v4392 = arith.muli %v4391, %v110 : i64
        %v4393 = arith.addi %v4392, %v4390 : i64
        %v4394 = llvm.getelementptr %v38[%v4393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2008, %v4394 : f32, !llvm.ptr<3>
        %v4396 = arith.addi %v4395, %v45 : i64
        %v4397 = arith.divui %v4396, %v95 : i64
        %v4398 = arith.remui %v4396, %v95 : i64
        %v4399 = arith.addi %v62, %v4397 : i64
        %v4400 = arith.muli %v4399, %v110 : i64
        %v4401 = arith.addi %v4400, %v4398 : i64
        %v4402 = llvm.getelementptr %v38[%v4401] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2023, %v4402 : f32, !llvm.ptr<3>
        %v4404 = arith.addi %v4403, %v45 : i64
        %v4405 = arith.divui %v4404, %v95 : i64
        %v4406 = arith.remui %v4404, %v95 : i64
        %v4407 = arith.addi %v62, %v4405 : i64
        %v4408 = arith.muli %v4407, %v110 : i64
        %v4409 = arith.addi %v4408, %v4406 : i64
        %v4410 = llvm.getelementptr %v38[%v4409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2038, %v4410 : f32, !llvm.ptr<3>
        %v4412 = arith.addi %v4411, %v45 : i64
        %v4413 = arith.divui %v4412, %v95 : i64
        %v4414 = arith.remui %v4412, %v95 : i64
        %v4415 = arith.addi %v62, %v4413 : i64
        %v4416 = arith.muli %v4415, %v110 : i64
        %v4417 = arith.addi %v4416, %v4414 : i64
        %v4418 = llvm.getelementptr %v38[%v4417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2053, %v4418 : f32, !llvm.ptr<3>
        %v4420 = arith.addi %v4419, %v45 : i64
        %v4421 = arith.divui %v4420, %v95 : i64
        %v4422 = arith.remui %v4420, %v95 : i64
        %v4423 = arith.addi %v62, %v4421 : i64
        %v4424 = arith.muli %v4423, %v110 : i64
        %v4425 = arith.addi %v4424, %v4422 : i64
        %v4426 = llvm.getelementptr %v38[%v4425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2068, %v4426 : f32, !llvm.ptr<3>
        %v4428 = arith.addi %v4427, %v45 : i64
        %v4429 = arith.divui %v4428, %v95 : i64
        %v4430 = arith.remui %v4428, %v95 : i64
        %v4431 = arith.addi %v62, %v4429 : i64
        %v4432 = arith.muli %v4431, %v110 : i64
        %v4433 = arith.addi %v4432, %v4430 : i64
        %v4434 = llvm.getelementptr %v38[%v4433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2083, %v4434 : f32, !llvm.ptr<3>
        %v4436 = arith.addi %v4435, %v45 : i64
        %v4437 = arith.divui %v4436, %v95 : i64
        %v4438 = arith.remui %v4436, %v95 : i64
        %v4439 = arith.addi %v62, %v4437 : i64
        %v4440 = arith.muli %v4439, %v110 : i64
        %v4441 = arith.addi %v4440, %v4438 : i64
        %v4442 = llvm.getelementptr %v38[%v4441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2098, %v4442 : f32, !llvm.ptr<3>
        %v4444 = arith.addi %v4443, %v45 : i64
        %v4445 = arith.divui %v4444, %v95 : i64
        %v4446 = arith.remui %v4444, %v95 : i64
        %v4447 = arith.addi %v62, %v4445 : i64
        %v4448 = arith.muli %v4447, %v110 : i64
        %v4449 = arith.addi %v4448, %v4446 : i64
        %v4450 = llvm.getelementptr %v38[%v4449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2113, %v4450 : f32, !llvm.ptr<3>
        %v4452 = arith.addi %v4451, %v45 : i64
        %v4453 = arith.divui %v4452, %v95 : i64
        %v4454 = arith.remui %v4452, %v95 : i64
        %v4455 = arith.addi %v62, %v4453 : i64
        %v4456 = arith.muli %v4455, %v110 : i64
        %v4457 = arith.addi %v4456, %v4454 : i64
        %v4458 = llvm.getelementptr %v38[%v4457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2128, %v4458 : f32, !llvm.ptr<3>
        %v4460 = arith.addi %v4459, %v45 : i64
        %v4461 = arith.divui %v4460, %v95 : i64
        %v4462 = arith.remui %v4460, %v95 : i64
        %v4463 = arith.addi %v62, %v4461 : i64
        %v4464 = arith.muli %v4463, %v110 : i64
        %v4465 = arith.addi %v4464, %v4462 : i64
        %v4466 = llvm.getelementptr %v38[%v4465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2143, %v4466 : f32, !llvm.ptr<3>
        %v4468 = arith.addi %v4467, %v45 : i64
        %v4469 = arith.divui %v4468, %v95 : i64
        %v4470 = arith.remui %v4468, %v95 : i64
        %v4471 = arith.addi %v62, %v4469 : i64
        %v4472 = arith.muli %v4471, %v110 : i64
        %v4473 = arith.addi %v4472, %v4470 : i64
        %v4474 = llvm.getelementptr %v38[%v4473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2158, %v4474 : f32, !llvm.ptr<3>
        %v4475 = arith.addi %v62, %v45 : i64
        %v4476 = arith.divui %v4475, %v95 : i64
        %v4477 = arith.remui %v4475, %v95 : i64
        %v4478 = arith.addi %v47, %v4476 : i64
        %v4479 = arith.muli %v4478, %v110 : i64
        %v4480 = arith.addi %v4479, %v4477 : i64
        %v4481 = llvm.getelementptr %v38[%v4480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2175, %v4481 : f32, !llvm.ptr<3>
        %v4482 = arith.addi %v47, %v45 : i64
        %v4483 = arith.divui %v4482, %v95 : i64
        %v4484 = arith.remui %v4482, %v95 : i64
        %v4485 = arith.addi %v47, %v4483 : i64
        %v4486 = arith.muli %v4485, %v110 : i64
        %v4487 = arith.addi %v4486, %v4484 : i64
        %v4488 = llvm.getelementptr %v38[%v4487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2190, %v4488 : f32, !llvm.ptr<3>
        %v4489 = arith.addi %v1158, %v45 : i64
        %v4490 = arith.divui %v4489, %v95 : i64
        %v4491 = arith.remui %v4489, %v95 : i64
        %v4492 = arith.addi %v47, %v4490 : i64
        %v4493 = arith.muli %v4492, %v110 : i64
        %v4494 = arith.addi %v4493, %v4491 : i64
        %v4495 = llvm.getelementptr %v38[%v4494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2205, %v4495 : f32, !llvm.ptr<3>
        %v4496 = arith.addi %v4244, %v45 : i64
        %v4497 = arith.divui %v4496, %v95 : i64
        %v4498 = arith.remui %v4496, %v95 : i64
        %v4499 = arith.addi %v47, %v4497 : i64
        %v4500 = arith.muli %v4499, %v110 : i64
        %v4501 = arith.addi %v4500, %v4498 : i64
        %v4502 = llvm.getelementptr %v38[%v4501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2220, %v4502 : f32, !llvm.ptr<3>
        %v4503 = arith.addi %v41, %v45 : i64
        %v4504 = arith.divui %v4503, %v95 : i64
        %v4505 = arith.remui %v4503, %v95 : i64
        %v4506 = arith.addi %v47, %v4504 : i64
        %v4507 = arith.muli %v4506, %v110 : i64
        %v4508 = arith.addi %v4507, %v4505 : i64
        %v4509 = llvm.getelementptr %v38[%v4508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2235, %v4509 : f32, !llvm.ptr<3>
        %v4510 = arith.addi %v4259, %v45 : i64
        %v4511 = arith.divui %v4510, %v95 : i64
        %v4512 = arith.remui %v4510, %v95 : i64
        %v4513 = arith.addi %v47, %v4511 : i64
        %v4514 = arith.muli %v4513, %v110 : i64
        %v4515 = arith.addi %v4514, %v4512 : i64
        %v4516 = llvm.getelementptr %v38[%v4515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2250, %v4516 : f32, !llvm.ptr<3>
        %v4517 = arith.addi %v4267, %v45 : i64
        %v4518 = arith.divui %v4517, %v95 : i64
        %v4519 = arith.remui %v4517, %v95 : i64
        %v4520 = arith.addi %v47, %v4518 : i64
        %v4521 = arith.muli %v4520, %v110 : i64
        %v4522 = arith.addi %v4521, %v4519 : i64
        %v4523 = llvm.getelementptr %v38[%v4522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2265, %v4523 : f32, !llvm.ptr<3>
        %v4524 = arith.addi %v4275, %v45 : i64
        %v4525 = arith.divui %v4524, %v95 : i64
        %v4526 = arith.remui %v4524, %v95 : i64
        %v4527 = arith.addi %v47, %v4525 : i64
        %v4528 = arith.muli %v4527, %v110 : i64
        %v4529 = arith.addi %v4528, %v4526 : i64
        %v4530 = llvm.getelementptr %v38[%v4529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2280, %v4530 : f32, !llvm.ptr<3>
        %v4531 = arith.addi %v4283, %v45 : i64
        %v4532 = arith.divui %v4531, %v95 : i64
        %v4533 = arith.remui %v4531, %v95 : i64
        %v4534 = arith.addi %v47, %v4532 : i64
        %v4535 = arith.muli %v4534, %v110 : i64
        %v4536 = arith.addi %v4535, %v4533 : i64
        %v4537 = llvm.getelementptr %v38[%v4536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2295, %v4537 : f32, !llvm.ptr<3>
        %v4538 = arith.addi %v4291, %v45 : i64
        %v4539 = arith.divui %v4538, %v95 : i64
        %v4540 = arith.remui %v4538, %v95 : i64
        %v4541 = arith.addi %v47, %v4539 : i64
        %v4542 = arith.muli %v4541, %v110 : i64
        %v4543 = arith.addi %v4542, %v4540 : i64
        %v4544 = llvm.getelementptr %v38[%v4543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2310, %v4544 : f32, !llvm.ptr<3>
        %v4545 = arith.addi %v4299, %v45 : i64
        %v4546 = arith.divui %v4545, %v95 : i64
        %v4547 = arith.remui %v4545, %v95 : i64
        %v4548 = arith.addi %v47, %v4546 : i64
        %v4549 = arith.muli %v4548, %v110 : i64
        %v4550 = arith.addi %v4549, %v4547 : i64
        %v4551 = llvm.getelementptr %v38[%v4550] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2325, %v4551 : f32, !llvm.ptr<3>
        %v4552 = arith.addi %v4307, %v45 : i64
        %v4553 = arith.divui %v4552, %v95 : i64
        %v4554 = arith.remui %v4552, %v95 : i64
        %v4555 = arith.addi %v47, %v4553 : i64
        %v4556 = arith.muli %v4555, %v110 : i64
        %v4557 = arith.addi %v4556, %v4554 : i64
        %v4558 = llvm.getelementptr %v38[%v4557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2340, %v4558 : f32, !llvm.ptr<3>
        %v4559 = arith.addi %v4315, %v45 : i64
        %v4560 = arith.divui %v4559, %v95 : i64
        %v4561 = arith.remui %v4559, %v95 : i64
        %v4562 = arith.addi %v47, %v4560 : i64
        %v4563 = arith.muli %v4562, %v110 : i64
        %v4564 = arith.addi %v4563, %v4561 : i64
        %v4565 = llvm.getelementptr %v38[%v4564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2355, %v4565 : f32, !llvm.ptr<3>
        %v4566 = arith.addi %v4323, %v45 : i64
        %v4567 = arith.divui %v4566, %v95 : i64
        %v4568 = arith.remui %v4566, %v95 : i64
        %v4569 = arith.addi %v47, %v4567 : i64
        %v4570 = arith.muli %v4569, %v110 : i64
        %v4571 = arith.addi %v4570, %v4568 : i64
        %v4572 = llvm.getelementptr %v38[%v4571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2370, %v4572 : f32, !llvm.ptr<3>
        %v4573 = arith.addi %v4331, %v45 : i64
        %v4574 = arith.divui %v4573, %v95 : i64
        %v4575 = arith.remui %v4573, %v95 : i64
        %v4576 = arith.addi %v47, %v4574 : i64
        %v4577 = arith.muli %v4576, %v110 : i64
        %v4578 = arith.addi %v4577, %v4575 : i64
        %v4579 = llvm.getelementptr %v38[%v4578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2385, %v4579 : f32, !llvm.ptr<3>
        %v4580 = arith.addi %v4339, %v45 : i64
        %v4581 = arith.divui %v4580, %v95 : i64
        %v4582 = arith.remui %v4580, %v95 : i64
        %v4583 = arith.addi %v47, %v4581 : i64
        %v4584 = arith.muli %v4583, %v110 : i64
        %v4585 = arith.addi %v4584, %v4582 : i64
        %v4586 = llvm.getelementptr %v38[%v4585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2400, %v4586 : f32, !llvm.ptr<3>
        %v4587 = arith.addi %v4347, %v45 : i64
        %v4588 = arith.divui %v4587, %v95 : i64
        %v4589 = arith.remui %v4587, %v95 : i64
        %v4590 = arith.addi %v47, %v4588 : i64
        %v4591 = arith.muli %v4590, %v110 : i64
        %v4592 = arith.addi %v4591, %v4589 : i64
        %v4593 = llvm.getelementptr %v38[%v4592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2415, %v4593 : f32, !llvm.ptr<3>
        %v4594 = arith.addi %v4355, %v45 : i64
        %v4595 = arith.divui %v4594, %v95 : i64
        %v4596 = arith.remui %v4594, %v95 : i64
        %v4597 = arith.addi %v47, %v4595 : i64
        %v4598 = arith.muli %v4597, %v110 : i64
        %v4599 = arith.addi %v4598, %v4596 : i64
        %v4600 = llvm.getelementptr %v38[%v4599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2430, %v4600 : f32, !llvm.ptr<3>
        %v4601 = arith.addi %v4363, %v45 : i64
        %v4602 = arith.divui %v4601, %v95 : i64
        %v4603 = arith.remui %v4601, %v95 : i64
        %v4604 = arith.addi %v47, %v4602 : i64
        %v4605 = arith.muli %v4604, %v110 : i64
        %v4606 = arith.addi %v4605, %v4603 : i64
        %v4607 = llvm.getelementptr %v38[%v4606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2445, %v4607 : f32, !llvm.ptr<3>
        %v4608 = arith.addi %v4371, %v45 : i64
        %v4609 = arith.divui %v4608, %v95 : i64
        %v4610 = arith.remui %v4608, %v95 : i64
        %v4611 = arith.addi %v47, %v4609 : i64
        %v4612 = arith.muli %v4611, %v110 : i64
        %v4613 = arith.addi %v4612, %v4610 : i64
        %v4614 = llvm.getelementptr %v38[%v4613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2460, %v4614 : f32, !llvm.ptr<3>
        %v4615 = arith.addi %v4379, %v45 : i64
        %v4616 = arith.divui %v4615, %v95 : i64
        %v4617 = arith.remui %v4615, %v95 : i64
        %v4618 = arith.addi %v47, %v4616 : i64
        %v4619 = arith.muli %v4618, %v110 : i64
        %v4620 = arith.addi %v4619, %v4617 : i64
        %v4621 = llvm.getelementptr %v38[%v4620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2475, %v4621 : f32, !llvm.ptr<3>
        %v4622 = arith.addi %v4387, %v45 : i64
        %v4623 = arith.divui %v4622, %v95 : i64
        %v4624 = arith.remui %v4622, %v95 : i64
        %v4625 = arith.addi %v47, %v4623 : i64
        %v4626 = arith.muli %v4625, %v110 : i64
        %v4627 = arith.addi %v4626, %v4624 : i64
        %v4628 = llvm.getelementptr %v38[%v4627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2490, %v4628 : f32, !llvm.ptr<3>
        %v4629 = arith.addi %v4395, %v45 : i64
        %v4630 = arith.divui %v4629, %v95 : i64
        %v4631 = arith.remui %v4629, %v95 : i64
        %v4632 = arith.addi %v47, %v4630 : i64
        %v4633 = arith.muli %v4632, %v110 : i64
        %v4634 = arith.addi %v4633, %v4631 : i64
        %v4635 = llvm.getelementptr %v38[%v4634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2505, %v4635 : f32, !llvm.ptr<3>
        %v4636 = arith.addi %v4403, %v45 : i64
        %v4637 = arith.divui %v4636, %v95 : i64
        %v4638 = arith.remui %v4636, %v95 : i64
        %v4639 = arith.addi %v47, %v4637 : i64
        %v4640 = arith.muli %v4639, %v110 : i64
        %v4641 = arith.addi %v4640, %v4638 : i64
        %v4642 = llvm.getelementptr %v38[%v4641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2520, %v4642 : f32, !llvm.ptr<3>
        %v4643 = arith.addi %v4411, %v45 : i64
        %v4644 = arith.divui %v4643, %v95 : i64
        %v4645 = arith.remui %v4643, %v95 : i64
        %v4646 = arith.addi %v47, %v4644 : i64
        %v4647 = arith.muli %v4646, %v110 : i64
        %v4648 = arith.addi %v4647, %v4645 : i64
        %v4649 = llvm.getelementptr %v38[%v4648] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2535, %v4649 : f32, !llvm.ptr<3>
        %v4650 = arith.addi %v4419, %v45 : i64
        %v4651 = arith.divui %v4650, %v95 : i64
        %v4652 = arith.remui %v4650, %v95 : i64
        %v4653 = arith.addi %v47, %v4651 : i64
        %v4654 = arith.muli %v4653, %v110 : i64
        %v4655 = arith.addi %v4654, %v4652 : i64
        %v4656 = llvm.getelementptr %v38[%v4655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2550, %v4656 : f32, !llvm.ptr<3>
        %v4657 = arith.addi %v4427, %v45 : i64
        %v4658 = arith.divui %v4657, %v95 : i64
        %v4659 = arith.remui %v4657, %v95 : i64
        %v4660 = arith.addi %v47, %v4658 : i64
        %v4661 = arith.muli %v4660, %v110 : i64
        %v4662 = arith.addi %v4661, %v4659 : i64
        %v4663 = llvm.getelementptr %v38[%v4662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2565, %v4663 : f32, !llvm.ptr<3>
        %v4664 = arith.addi %v4435, %v45 : i64
        %v4665 = arith.divui %v4664, %v95 : i64
        %v4666 = arith.remui %v4664, %v95 : i64
        %v4667 = arith.addi %v47, %v4665 : i64
        %v4668 = arith.muli %v4667, %v110 : i64
        %v4669 = arith.addi %v4668, %v4666 : i64
        %v4670 = llvm.getelementptr %v38[%v4669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2580, %v4670 : f32, !llvm.ptr<3>
        %v4671 = arith.addi %v4443, %v45 : i64
        %v4672 = arith.divui %v4671, %v95 : i64
        %v4673 = arith.remui %v4671, %v95 : i64
        %v4674 = arith.addi %v47, %v4672 : i64
        %v4675 = arith.muli %v4674, %v110 : i64
        %v4676 = arith.addi %v4675, %v4673 : i64
        %v4677 = llvm.getelementptr %v38[%v4676] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2595, %v4677 : f32, !llvm.ptr<3>
        %v4678 = arith.addi %v4451, %v45 : i64
        %v4679 = arith.divui %v4678, %v95 : i64
        %v4680 = arith.remui %v4678, %v95 : i64
        %v4681 = arith.addi %v47, %v4679 : i64
        %v4682 = arith.muli %v4681, %v110 : i64
        %v4683 = arith.addi %v4682, %v4680 : i64
        %v4684 = llvm.getelementptr %v38[%v4683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2610, %v4684 : f32, !llvm.ptr<3>
        %v4685 = arith.addi %v4459, %v45 : i64
        %v4686 = arith.divui %v4685, %v95 : i64
        %v4687 = arith.remui %v4685, %v95 : i64
        %v4688 = arith.addi %v47, %v4686 : i64
        %v4689 = arith.muli %v4688, %v110 : i64
        %v4690 = arith.addi %v4689, %v4687 : i64
        %v4691 = llvm.getelementptr %v38[%v4690] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2625, %v4691 : f32, !llvm.ptr<3>
        %v4692 = arith.addi %v4467, %v45 : i64
        %v4693 = arith.divui %v4692, %v95 : i64
        %v4694 = arith.remui %v4692, %v95 : i64
        %v4695 = arith.addi %v47, %v4693 : i64
        %v4696 = arith.muli %v4695, %v110 : i64
        %v4697 = arith.addi %v4696, %v4694 : i64
        %v4698 = llvm.getelementptr %v38[%v4697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2640, %v4698 : f32, !llvm.ptr<3>
        %v4699 = arith.addi %v62, %v45 : i64
        %v4700 = arith.divui %v4699, %v95 : i64
        %v4701 = arith.remui %v4699, %v95 : i64
        %v4702 = arith.addi %v1158, %v4700 : i64
        %v4703 = arith.muli %v4702, %v110 : i64
        %v4704 = arith.addi %v4703, %v4701 : i64
        %v4705 = llvm.getelementptr %v38[%v4704] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2657, %v4705 : f32, !llvm.ptr<3>
        %v4706 = arith.addi %v47, %v45 : i64
        %v4707 = arith.divui %v4706, %v95 : i64
        %v4708 = arith.remui %v4706, %v95 : i64
        %v4709 = arith.addi %v1158, %v4707 : i64
        %v4710 = arith.muli %v4709, %v110 : i64
        %v4711 = arith.addi %v4710, %v4708 : i64
        %v4712 = llvm.getelementptr %v38[%v4711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2672, %v4712 : f32, !llvm.ptr<3>
        %v4713 = arith.addi %v1158, %v45 : i64
        %v4714 = arith.divui %v4713, %v95 : i64
        %v4715 = arith.remui %v4713, %v95 : i64
        %v4716 = arith.addi %v1158, %v4714 : i64
        %v4717 = arith.muli %v4716, %v110 : i64
        %v4718 = arith.addi %v4717, %v4715 : i64
        %v4719 = llvm.getelementptr %v38[%v4718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2687, %v4719 : f32, !llvm.ptr<3>
        %v4720 = arith.addi %v4244, %v45 : i64
        %v4721 = arith.divui %v4720, %v95 : i64
        %v4722 = arith.remui %v4720, %v95 : i64
        %v4723 = arith.addi %v1158, %v4721 : i64
        %v4724 = arith.muli %v4723, %v110 : i64
        %v4725 = arith.addi %v4724, %v4722 : i64
        %v4726 = llvm.getelementptr %v38[%v4725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2702, %v4726 : f32, !llvm.ptr<3>
        %v4727 = arith.addi %v41, %v45 : i64
        %v4728 = arith.divui %v4727, %v95 : i64
        %v4729 = arith.remui %v4727, %v95 : i64
        %v4730 = arith.addi %v1158, %v4728 : i64
        %v4731 = arith.muli %v4730, %v110 : i64
        %v4732 = arith.addi %v4731, %v4729 : i64
        %v4733 = llvm.getelementptr %v38[%v4732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2717, %v4733 : f32, !llvm.ptr<3>
        %v4734 = arith.addi %v4259, %v45 : i64
        %v4735 = arith.divui %v4734, %v95 : i64
        %v4736 = arith.remui %v4734, %v95 : i64
        %v4737 = arith.addi %v1158, %v4735 : i64
        %v4738 = arith.muli %v4737, %v110 : i64
        %v4739 = arith.addi %v4738, %v4736 : i64
        %v4740 = llvm.getelementptr %v38[%v4739] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2732, %v4740 : f32, !llvm.ptr<3>
        %v4741 = arith.addi %v4267, %v45 : i64
        %v4742 = arith.divui %v4741, %v95 : i64
        %v4743 = arith.remui %v4741, %v95 : i64
        %v4744 = arith.addi %v1158, %v4742 : i64
        %v4745 = arith.muli %v4744, %v110 : i64
        %v4746 = arith.addi %v4745, %v4743 : i64
        %v4747 = llvm.getelementptr %v38[%v4746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2747, %v4747 : f32, !llvm.ptr<3>
        %v4748 = arith.addi %v4275, %v45 : i64
        %v4749 = arith.divui %v4748, %v95 : i64
        %v4750 = arith.remui %v4748, %v95 : i64
        %v4751 = arith.addi %v1158, %v4749 : i64
        %v4752 = arith.muli %v4751, %v110 : i64
        %v4753 = arith.addi %v4752, %v4750 : i64
        %v4754 = llvm.getelementptr %v38[%v4753] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2762, %v4754 : f32, !llvm.ptr<3>
        %v4755 = arith.addi %v4283, %v45 : i64
        %v4756 = arith.divui %v4755, %v95 : i64
        %v4757 = arith.remui %v4755, %v95 : i64
        %v4758 = arith.addi %v1158, %v4756 : i64
        %v4759 = arith.muli %v4758, %v110 : i64
        %v4760 = arith.addi %v4759, %v4757 : i64
        %v4761 = llvm.getelementptr %v38[%v4760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2777, %v4761 : f32, !llvm.ptr<3>
        %v4762 = arith.addi %v4291, %v45 : i64
        %v4763 = arith.divui %v4762, %v95 : i64
        %v4764 = arith.remui %v4762, %v95 : i64
        %v4765 = arith.addi %v1158, %v4763 : i64
        %v4766 = arith.muli %v4765, %v110 : i64
        %v4767 = arith.addi %v4766, %v4764 : i64
        %v4768 = llvm.getelementptr %v38[%v4767] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2792, %v4768 : f32, !llvm.ptr<3>
        %v4769 = arith.addi %v4299, %v45 : i64
        %v4770 = arith.divui %v4769, %v95 : i64
        %v4771 = arith.remui %v4769, %v95 : i64
        %v4772 = arith.addi %v1158, %v4770 : i64
        %v4773 = arith.muli %v4772, %v110 : i64
        %v4774 = arith.addi %v4773, %v4771 : i64
        %v4775 = llvm.getelementptr %v38[%v4774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2807, %v4775 : f32, !llvm.ptr<3>
        %v4776 = arith.addi %v4307, %v45 : i64
        %v4777 = arith.divui %v4776, %v95 : i64
        %v4778 = arith.remui %v4776, %v95 : i64
        %v4779 = arith.addi %v1158, %v4777 : i64
        %v4780 = arith.muli %v4779, %v110 : i64
        %v4781 = arith.addi %v4780, %v4778 : i64
        %v4782 = llvm.getelementptr %v38[%v4781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2822, %v4782 : f32, !llvm.ptr<3>
        %v4783 = arith.addi %v4315, %v45 : i64
        %v4784 = arith.divui %v4783, %v95 : i64
        %v4785 = arith.remui %v4783, %v95 : i64
        %v4786 = arith.addi %v1158, %v4784 : i64
        %v4787 = arith.muli %v4786, %v110 : i64
        %v4788 = arith.addi %v4787, %v4785 : i64
        %v4789 = llvm.getelementptr %v38[%v4788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2837, %v4789 : f32, !llvm.ptr<3>
        %v4790 = arith.addi %v4323, %v45 : i64
        %v4791 = arith.divui %v4790, %v95 : i64
        %v4792 = arith.remui %v4790, %v95 : i64
        %v4793 = arith.addi %v1158, %v4791 : i64
        %v4794 = arith.muli %v4793, %v110 : i64
        %v4795 = arith.addi %v4794, %v4792 : i64
        %v4796 = llvm.getelementptr %v38[%v4795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2852, %v4796 : f32, !llvm.ptr<3>
        %v4797 = arith.addi %v4331, %v45 : i64
        %v4798 = arith.divui %v4797, %v95 : i64
        %v4799 = arith.remui %v4797, %v95 : i64
        %v4800 = arith.addi %v1158, %v4798 : i64
        %v4801 = arith.muli %v4800, %v110 : i64
        %v4802 = arith.addi %v4801, %v4799 : i64
        %v4803 = llvm.getelementptr %v38[%v4802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2867, %v4803 : f32, !llvm.ptr<3>
        %v4804 = arith.addi %v4339, %v45 : i64
        %v4805 = arith.divui %v4804, %v95 : i64
        %v4806 = arith.remui %v4804, %v95 : i64
        %v4807 = arith.addi %v1158, %v4805 : i64
        %v4808 = arith.muli %v4807, %v110 : i64
        %v4809 = arith.addi %v4808, %v4806 : i64
        %v4810 = llvm.getelementptr %v38[%v4809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2882, %v4810 : f32, !llvm.ptr<3>
        %v4811 = arith.addi %v4347, %v45 : i64
        %v4812 = arith.divui %v4811, %v95 : i64
        %v4813 = arith.remui %v4811, %v95 : i64
        %v4814 = arith.addi %v1158, %v4812 : i64
        %v4815 = arith.muli %v4814, %v110 : i64
        %v4816 = arith.addi %v4815, %v4813 : i64
        %v4817 = llvm.getelementptr %v38[%v4816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2897, %v4817 : f32, !llvm.ptr<3>
        %v4818 = arith.addi %v4355, %v45 : i64
        %v4819 = arith.divui %v4818, %v95 : i64
        %v4820 = arith.remui %v4818, %v95 : i64
        %v4821 = arith.addi %v1158, %v4819 : i64
        %v4822 = arith.muli %v4821, %v110 : i64
        %v4823 = arith.addi %v4822, %v4820 : i64
        %v4824 = llvm.getelementptr %v38[%v4823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2912, %v4824 : f32, !llvm.ptr<3>
        %v4825 = arith.addi %v4363, %v45 : i64
        %v4826 = arith.divui %v4825, %v95 : i64
        %v4827 = arith.remui %v4825, %v95 : i64
        %v4828 = arith.addi %v1158, %v4826 : i64
        %v4829 = arith.muli %v4828, %v110 : i64
        %v4830 = arith.addi %v4829, %v4827 : i64
        %v4831 = llvm.getelementptr %v38[%v4830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2927, %v4831 : f32, !llvm.ptr<3>
        %v4832 = arith.addi %v4371, %v45 : i64
        %v4833 = arith.divui %v4832, %v95 : i64
        %v4834 = arith.remui %v4832, %v95 : i64
        %v4835 = arith.addi %v1158, %v4833 : i64
        %v4836 = arith.muli %v4835, %v110 : i64
        %v4837 = arith.addi %v4836, %v4834 : i64
        %v4838 = llvm.getelementptr %v38[%v4837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2942, %v4838 : f32, !llvm.ptr<3>
        %v4839 = arith.addi %v4379, %v45 : i64
        %v4840 = arith.divui %v4839, %v95 : i64
        %v4841 = arith.remui %v4839, %v95 : i64
        %v4842 = arith.addi %v1158, %v4840 : i64
        %v4843 = arith.muli %v4842, %v110 : i64
        %v4844 = arith.addi %v4843, %v4841 : i64
        %v4845 = llvm.getelementptr %v38[%v4844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2957, %v4845 : f32, !llvm.ptr<3>
        %v4846 = arith.addi %v4387, %v45 : i64
        %v4847 = arith.divui %v4846, %v95 : i64
        %v4848 = arith.remui %v4846, %v95 : i64
        %v4849 = arith.addi %v1158, %v4847 : i64
        %v4850 = arith.muli %v4849, %v110 : i64
        %v4851 = arith.addi %v4850, %v4848 : i64
        %v4852 = llvm.getelementptr %v38[%v4851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2972, %v4852 : f32, !llvm.ptr<3>
        %v4853 = arith.addi %v4395, %v45 : i64
        %v4854 = arith.divui %v4853, %v95 : i64
        %v4855 = arith.remui %v4853, %v95 : i64
        %v4856 = arith.addi %v1158, %v4854 : i64
        %v4857 = arith.muli %v4856, %v110 : i64
        %v4858 = arith.addi %v4857, %v4855 : i64
        %v4859 = llvm.getelementptr %v38[%v4858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2987, %v4859 : f32, !llvm.ptr<3>
        %v4860 = arith.addi %v4403, %v45 : i64
        %v4861 = arith.divui %v4860, %v95 : i64
        %v4862 = arith.remui %v4860, %v95 : i64
        %v4863 = arith.addi %v1158, %v4861 : i64
        %v4864 = arith.muli %v4863, %v110 : i64
        %v4865 = arith.addi %v4864, %v4862 : i64
        %v4866 = llvm.getelementptr %v38[%v4865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3002, %v4866 : f32, !llvm.ptr<3>
        %v4867 = arith.addi %v4411, %v45 : i64
        %v4868 = arith.divui %v4867, %v95 : i64
        %v4869 = arith.remui %v4867, %v95 : i64
        %v4870 = arith.addi %v1158, %v4868 : i64
        %v4871 = arith.muli %v4870, %v110 : i64
        %v4872 = arith.addi %v4871, %v4869 : i64
        %v4873 = llvm.getelementptr %v38[%v4872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3017, %v4873 : f32, !llvm.ptr<3>
        %v4874 = arith.addi %v4419, %v45 : i64
        %v4875 = arith.divui %v4874, %v95 : i64
        %v4876 = arith.remui %v4874, %v95 : i64
        %v4877 = arith.addi %v1158, %v4875 : i64
        %v4878 = arith.muli %v4877, %v110 : i64
        %v4879 = arith.addi %v4878, %v4876 : i64
        %v4880 = llvm.getelementptr %v38[%v4879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3032, %v4880 : f32, !llvm.ptr<3>
        %v4881 = arith.addi %v4427, %v45 : i64
        %v4882 = arith.divui %v4881, %v95 : i64
        %v4883 = arith.remui %v4881, %v95 : i64
        %v4884 = arith.addi %v1158, %v4882 : i64
        %v4885 = arith.muli %v4884, %v110 : i64
        %v4886 = arith.addi %v4885, %v4883 : i64
        %v4887 = llvm.getelementptr %v38[%v4886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3047, %v4887 : f32, !llvm.ptr<3>
        %v4888 = arith.addi %v4435, %v45 : i64
        %v4889 = arith.divui %v4888, %v95 : i64
        %v4890 = arith.remui %v4888, %v95 : i64
        %v4891 = arith.addi %v1158, %v4889 : i64
        %v4892 = arith.muli %v4891, %v110 : i64
        %v4893 = arith.addi %v4892, %v4890 : i64
        %v4894 = llvm.getelementptr %v38[%v4893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3062, %v4894 : f32, !llvm.ptr<3>
        %v4895 = arith.addi %v4443, %v45 : i64
        %v4896 = arith.divui %v4895, %v95 : i64
        %v4897 = arith.remui %v4895, %v95 : i64
        %v4898 = arith.addi %v1158, %v4896 : i64
        %v4899 = arith.muli %v4898, %v110 : i64
        %v4900 = arith.addi %v4899, %v4897 : i64
        %v4901 = llvm.getelementptr %v38[%v4900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3077, %v4901 : f32, !llvm.ptr<3>
        %v4902 = arith.addi %v4451, %v45 : i64
        %v4903 = arith.divui %v4902, %v95 : i64
        %v4904 = arith.remui %v4902, %v95 : i64
        %v4905 = arith.addi %v1158, %v4903 : i64
        %v4906 = arith.muli %v4905, %v110 : i64
        %v4907 = arith.addi %v4906, %v4904 : i64
        %v4908 = llvm.getelementptr %v38[%v4907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3092, %v4908 : f32, !llvm.ptr<3>
        %v4909 = arith.addi %v4459, %v45 : i64
        %v4910 = arith.divui %v4909, %v95 : i64
        %v4911 = arith.remui %v4909, %v95 : i64
        %v4912 = arith.addi %v1158, %v4910 : i64
        %v4913 = arith.muli %v4912, %v110 : i64
        %v4914 = arith.addi %v4913, %v4911 : i64
        %v4915 = llvm.getelementptr %v38[%v4914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3107, %v4915 : f32, !llvm.ptr<3>
        %v4916 = arith.addi %v4467, %v45 : i64
        %v4917 = arith.divui %v4916, %v95 : i64
        %v4918 = arith.remui %v4916, %v95 : i64
        %v4919 = arith.addi %v1158, %v4917 : i64
        %v4920 = arith.muli %v4919, %v110 : i64
        %v4921 = arith.addi %v4920, %v4918 : i64
        %v4922 = llvm.getelementptr %v38[%v4921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3122, %v4922 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v55 {
        %v4923 = arith.muli %v51, %v4 : i64
        %v4924 = arith.subi %v4, %v2 : i64
        %v4925 = arith.minsi %v54, %v4924 : i64
        %v4926 = arith.addi %v4923, %v4925 : i64
        %v4927 = arith.muli %v4926, %v1 : i64
        %v4928 = arith.addi %v4927, %v62 : i64
        %v4929 = llvm.load %v21 : !llvm.ptr -> f32
        %v4930 = llvm.getelementptr %agga_h[%v4928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4929, %v4930 : f32, !llvm.ptr
        %v4931 = llvm.load %v5 : !llvm.ptr -> f32
        %v4932 = llvm.getelementptr %aggb_h[%v4928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4931, %v4932 : f32, !llvm.ptr
        %v4933 = arith.muli %v51, %v4 : i64
        %v4934 = arith.subi %v4, %v2 : i64
        %v4935 = arith.minsi %v54, %v4934 : i64
        %v4936 = arith.addi %v4933, %v4935 : i64
        %v4937 = arith.muli %v4936, %v1 : i64
        %v4938 = arith.addi %v4937, %v2 : i64
        %v4939 = llvm.load %v22 : !llvm.ptr -> f32
        %v4940 = llvm.getelementptr %agga_h[%v4938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4939, %v4940 : f32, !llvm.ptr
        %v4941 = llvm.load %v6 : !llvm.ptr -> f32
        %v4942 = llvm.getelementptr %aggb_h[%v4938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4941, %v4942 : f32, !llvm.ptr
        %v4943 = arith.muli %v51, %v4 : i64
        %v4944 = arith.subi %v4, %v2 : i64
        %v4945 = arith.minsi %v54, %v4944 : i64
        %v4946 = arith.addi %v4943, %v4945 : i64
        %v4947 = arith.muli %v4946, %v1 : i64
        %v4948 = arith.addi %v4947, %v86 : i64
        %v4949 = llvm.load %v23 : !llvm.ptr -> f32
        %v4950 = llvm.getelementptr %agga_h[%v4948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4949, %v4950 : f32, !llvm.ptr
        %v4951 = llvm.load %v7 : !llvm.ptr -> f32
        %v4952 = llvm.getelementptr %aggb_h[%v4948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4951, %v4952 : f32, !llvm.ptr
        %v4953 = arith.muli %v51, %v4 : i64
        %v4954 = arith.subi %v4, %v2 : i64
        %v4955 = arith.minsi %v54, %v4954 : i64
        %v4956 = arith.addi %v4953, %v4955 : i64
        %v4957 = arith.muli %v4956, %v1 : i64
        %v4959 = arith.addi %v4957, %v4958 : i64
        %v4960 = llvm.load %v24 : !llvm.ptr -> f32
        %v4961 = llvm.getelementptr %agga_h[%v4959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4960, %v4961 : f32, !llvm.ptr
        %v4962 = llvm.load %v8 : !llvm.ptr -> f32
        %v4963 = llvm.getelementptr %aggb_h[%v4959] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4962, %v4963 : f32, !llvm.ptr
        %v4964 = arith.muli %v51, %v4 : i64
        %v4965 = arith.subi %v4, %v2 : i64
        %v4966 = arith.minsi %v54, %v4965 : i64
        %v4967 = arith.addi %v4964, %v4966 : i64
        %v4968 = arith.muli %v4967, %v1 : i64
        %v4969 = arith.addi %v4968, %v130 : i64
        %v4970 = llvm.load %v25 : !llvm.ptr -> f32
        %v4971 = llvm.getelementptr %agga_h[%v4969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4970, %v4971 : f32, !llvm.ptr
        %v4972 = llvm.load %v9 : !llvm.ptr -> f32
        %v4973 = llvm.getelementptr %aggb_h[%v4969] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4972, %v4973 : f32, !llvm.ptr
        %v4974 = arith.muli %v51, %v4 : i64
        %v4975 = arith.subi %v4, %v2 : i64
        %v4976 = arith.minsi %v54, %v4975 : i64
        %v4977 = arith.addi %v4974, %v4976 : i64
        %v4978 = arith.muli %v4977, %v1 : i64
        %v4980 = arith.addi %v4978, %v4979 : i64
        %v4981 = llvm.load %v26 : !llvm.ptr -> f32
        %v4982 = llvm.getelementptr %agga_h[%v4980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4981, %v4982 : f32, !llvm.ptr
        %v4983 = llvm.load %v10 : !llvm.ptr -> f32
        %v4984 = llvm.getelementptr %aggb_h[%v4980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4983, %v4984 : f32, !llvm.ptr
        %v4985 = arith.muli %v51, %v4 : i64
        %v4986 = arith.subi %v4, %v2 : i64
        %v4987 = arith.minsi %v54, %v4986 : i64
        %v4988 = arith.addi %v4985, %v4987 : i64
        %v4989 = arith.muli %v4988, %v1 : i64
        %v4990 = arith.addi %v4989, %v146 : i64
        %v4991 = llvm.load %v27 : !llvm.ptr -> f32
        %v4992 = llvm.getelementptr %agga_h[%v4990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4991, %v4992 : f32, !llvm.ptr
        %v4993 = llvm.load %v11 : !llvm.ptr -> f32
        %v4994 = llvm.getelementptr %aggb_h[%v4990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4993, %v4994 : f32, !llvm.ptr
        %v4995 = arith.muli %v51, %v4 : i64
        %v4996 = arith.subi %v4, %v2 : i64
        %v4997 = arith.minsi %v54, %v4996 : i64
        %v4998 = arith.addi %v4995, %v4997 : i64
        %v4999 = arith.muli %v4998, %v1 : i64
        %v5001 = arith.addi %v4999, %v5000 : i64
        %v5002 = llvm.load %v28 : !llvm.ptr -> f32
        %v5003 = llvm.getelementptr %agga_h[%v5001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5002, %v5003 : f32, !llvm.ptr
        %v5004 = llvm.load %v12 : !llvm.ptr -> f32
        %v5005 = llvm.getelementptr %aggb_h[%v5001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5004, %v5005 : f32, !llvm.ptr
        %v5006 = arith.muli %v51, %v4 : i64
        %v5007 = arith.subi %v4, %v2 : i64
        %v5008 = arith.minsi %v54, %v5007 : i64
        %v5009 = arith.addi %v5006, %v5008 : i64
        %v5010 = arith.muli %v5009, %v1 : i64
        %v5011 = arith.addi %v5010, %v162 : i64
        %v5012 = llvm.load %v29 : !llvm.ptr -> f32
        %v5013 = llvm.getelementptr %agga_h[%v5011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5012, %v5013 : f32, !llvm.ptr
        %v5014 = llvm.load %v13 : !llvm.ptr -> f32
        %v5015 = llvm.getelementptr %aggb_h[%v5011] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5014, %v5015 : f32, !llvm.ptr
        %v5016 = arith.muli %v51, %v4 : i64
        %v5017 = arith.subi %v4, %v2 : i64
        %v5018 = arith.minsi %v54, %v5017 : i64
        %v5019 = arith.addi %v5016, %v5018 : i64
        %v5020 = arith.muli %v5019, %v1 : i64
        %v5022 = arith.addi %v5020, %v5021 : i64
        %v5023 = llvm.load %v30 : !llvm.ptr -> f32
        %v5024 = llvm.getelementptr %agga_h[%v5022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5023, %v5024 : f32, !llvm.ptr
        %v5025 = llvm.load %v14 : !llvm.ptr -> f32
        %v5026 = llvm.getelementptr %aggb_h[%v5022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5025, %v5026 : f32, !llvm.ptr
        %v5027 = arith.muli %v51, %v4 : i64
        %v5028 = arith.subi %v4, %v2 : i64
        %v5029 = arith.minsi %v54, %v5028 : i64
        %v5030 = arith.addi %v5027, %v5029 : i64
        %v5031 = arith.muli %v5030, %v1 : i64
        %v5032 = arith.addi %v5031, %v178 : i64
        %v5033 = llvm.load %v31 : !llvm.ptr -> f32
        %v5034 = llvm.getelementptr %agga_h[%v5032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5033, %v5034 : f32, !llvm.ptr
        %v5035 = llvm.load %v15 : !llvm.ptr -> f32
        %v5036 = llvm.getelementptr %aggb_h[%v5032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5035, %v5036 : f32, !llvm.ptr
        %v5037 = arith.muli %v51, %v4 : i64
        %v5038 = arith.subi %v4, %v2 : i64
        %v5039 = arith.minsi %v54, %v5038 : i64
        %v5040 = arith.addi %v5037, %v5039 : i64
        %v5041 = arith.muli %v5040, %v1 : i64
        %v5043 = arith.addi %v5041, %v5042 : i64
        %v5044 = llvm.load %v32 : !llvm.ptr -> f32
        %v5045 = llvm.getelementptr %agga_h[%v5043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5044, %v5045 : f32, !llvm.ptr
        %v5046 = llvm.load %v16 : !llvm.ptr -> f32
        %v5047 = llvm.getelementptr %aggb_h[%v5043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5046, %v5047 : f32, !llvm.ptr
        %v5048 = arith.muli %v51, %v4 : i64
        %v5049 = arith.subi %v4, %v2 : i64
        %v5050 = arith.minsi %v54, %v5049 : i64
        %v5051 = arith.addi %v5048, %v5050 : i64
        %v5052 = arith.muli %v5051, %v1 : i64
        %v5053 = arith.addi %v5052, %v194 : i64
        %v5054 = llvm.load %v33 : !llvm.ptr -> f32
        %v5055 = llvm.getelementptr %agga_h[%v5053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5054, %v5055 : f32, !llvm.ptr
        %v5056 = llvm.load %v17 : !llvm.ptr -> f32
        %v5057 = llvm.getelementptr %aggb_h[%v5053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5056, %v5057 : f32, !llvm.ptr
        %v5058 = arith.muli %v51, %v4 : i64
        %v5059 = arith.subi %v4, %v2 : i64
        %v5060 = arith.minsi %v54, %v5059 : i64
        %v5061 = arith.addi %v5058, %v5060 : i64
        %v5062 = arith.muli %v5061, %v1 : i64
        %v5064 = arith.addi %v5062, %v5063 : i64
        %v5065 = llvm.load %v34 : !llvm.ptr -> f32
        %v5066 = llvm.getelementptr %agga_h[%v5064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5065, %v5066 : f32, !llvm.ptr
        %v5067 = llvm.load %v18 : !llvm.ptr -> f32
        %v5068 = llvm.getelementptr %aggb_h[%v5064] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5067, %v5068 : f32, !llvm.ptr
        %v5069 = arith.muli %v51, %v4 : i64
        %v5070 = arith.subi %v4, %v2 : i64
        %v5071 = arith.minsi %v54, %v5070 : i64
        %v5072 = arith.addi %v5069, %v5071 : i64
        %v5073 = arith.muli %v5072, %v1 : i64
        %v5074 = arith.addi %v5073, %v210 : i64
        %v5075 = llvm.load %v35 : !llvm.ptr -> f32
        %v5076 = llvm.getelementptr %agga_h[%v5074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5075, %v5076 : f32, !llvm.ptr
        %v5077 = llvm.load %v19 : !llvm.ptr -> f32
        %v5078 = llvm.getelementptr %aggb_h[%v5074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5077, %v5078 : f32, !llvm.ptr
        %v5079 = arith.muli %v51, %v4 : i64
        %v5080 = arith.subi %v4, %v2 : i64
        %v5081 = arith.minsi %v54, %v5080 : i64
        %v5082 = arith.addi %v5079, %v5081 : i64
        %v5083 = arith.muli %v5082, %v1 : i64
        %v5085 = arith.addi %v5083, %v5084 : i64
        %v5086 = llvm.load %v36 : !llvm.ptr -> f32
        %v5087 = llvm.getelementptr %agga_h[%v5085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5086, %v5087 : f32, !llvm.ptr
        %v5088 = llvm.load %v20 : !llvm.ptr -> f32
        %v5089 = llvm.getelementptr %aggb_h[%v5085] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5088, %v5089 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
