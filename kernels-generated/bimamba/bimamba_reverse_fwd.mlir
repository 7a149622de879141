module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_bimamba_reverse_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_bimamba_reverse_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_fwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_fwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @bimamba_reverse_fwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_first: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v20 = llvm.mlir.addressof @rows_bimamba_reverse_fwd : !llvm.ptr<3>
      %v21 = llvm.mlir.addressof @smem_bimamba_reverse_fwd : !llvm.ptr<3>
      %v22 = arith.constant 255 : i64
      %v23 = arith.addi %size_L, %v22 : i64
      %v24 = arith.constant 256 : i64
      %v25 = arith.divui %v23, %v24 : i64
      %v30 = arith.constant 64 : i64
      %v31 = arith.constant 63 : i64
      %v49 = llvm.mlir.addressof @rows_bimamba_reverse_fwd_Bm : !llvm.ptr<3>
      %v50 = llvm.addrspacecast %v49 : !llvm.ptr<3> to !llvm.ptr
      %v51 = llvm.mlir.addressof @rows_bimamba_reverse_fwd_Cm : !llvm.ptr<3>
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
      %v249 = arith.subi %size_L, %v2 : i64
      %v252 = arith.constant 33 : i64
      %v270 = arith.constant 4 : i64
      %v284 = arith.constant 6 : i64
      %v298 = arith.constant 8 : i64
      %v312 = arith.constant 10 : i64
      %v326 = arith.constant 12 : i64
      %v340 = arith.constant 14 : i64
      %v367 = arith.constant 18 : i64
      %v381 = arith.constant 20 : i64
      %v395 = arith.constant 22 : i64
      %v409 = arith.constant 24 : i64
      %v423 = arith.constant 26 : i64
      %v437 = arith.constant 28 : i64
      %v451 = arith.constant 30 : i64
      %v478 = arith.constant 34 : i64
      %v492 = arith.constant 36 : i64
      %v506 = arith.constant 38 : i64
      %v520 = arith.constant 40 : i64
      %v534 = arith.constant 42 : i64
      %v548 = arith.constant 44 : i64
      %v562 = arith.constant 46 : i64
      %v576 = arith.constant 48 : i64
      %v590 = arith.constant 50 : i64
      %v604 = arith.constant 52 : i64
      %v618 = arith.constant 54 : i64
      %v632 = arith.constant 56 : i64
      %v646 = arith.constant 58 : i64
      %v660 = arith.constant 60 : i64
      %v674 = arith.constant 62 : i64
      %v1688 = arith.constant 512 : i64
      %v1700 = arith.muli %size_L, %v1 : i64
      %v1708 = arith.constant 65 : i64
      %v1739 = arith.muli %size_B, %size_D : i64
      %v1740 = arith.muli %v1739, %v1 : i64
      %v3298 = arith.constant 130 : i64
      %v3303 = arith.constant 195 : i64
      %v3308 = arith.constant 260 : i64
      %v3313 = arith.constant 5 : i64
      %v3314 = arith.constant 325 : i64
      %v3319 = arith.constant 390 : i64
      %v3324 = arith.constant 7 : i64
      %v3325 = arith.constant 455 : i64
      %v3330 = arith.constant 520 : i64
      %v3335 = arith.constant 9 : i64
      %v3336 = arith.constant 585 : i64
      %v3341 = arith.constant 650 : i64
      %v3346 = arith.constant 11 : i64
      %v3347 = arith.constant 715 : i64
      %v3352 = arith.constant 780 : i64
      %v3357 = arith.constant 13 : i64
      %v3358 = arith.constant 845 : i64
      %v3363 = arith.constant 910 : i64
      %v3368 = arith.constant 15 : i64
      %v3369 = arith.constant 975 : i64
      %v3568 = arith.constant 0x3FB8AA3B : f32
      %v3583 = arith.constant 0x3F800000 : f32
      %v3586 = arith.constant 0x3F317218 : f32
      %v3588 = arith.constant 0x3E124925 : f32
      %v3590 = arith.constant 0xBE2AAAAB : f32
      %v3593 = arith.constant 0x3E4CCCCD : f32
      %v3596 = arith.constant 0xBE800000 : f32
      %v3599 = arith.constant 0x3EAAAAAB : f32
      %v3602 = arith.constant 0xBF000000 : f32
      %v3608 = arith.constant 0x3D800000 : f32
      %v4459 = arith.constant 320 : i64
      %v4466 = arith.constant 384 : i64
      %v4473 = arith.constant 448 : i64
      %v4486 = arith.constant 576 : i64
      %v4493 = arith.constant 640 : i64
      %v4500 = arith.constant 704 : i64
      %v4507 = arith.constant 768 : i64
      %v4514 = arith.constant 832 : i64
      %v4521 = arith.constant 896 : i64
      %v4528 = arith.constant 960 : i64
      %v4535 = arith.constant 1024 : i64
      %v4542 = arith.constant 1088 : i64
      %v4549 = arith.constant 1152 : i64
      %v4556 = arith.constant 1216 : i64
      %v4563 = arith.constant 1280 : i64
      %v4570 = arith.constant 1344 : i64
      %v4577 = arith.constant 1408 : i64
      %v4584 = arith.constant 1472 : i64
      %v4591 = arith.constant 1536 : i64
      %v4598 = arith.constant 1600 : i64
      %v4605 = arith.constant 1664 : i64
      %v4612 = arith.constant 1728 : i64
      %v4619 = arith.constant 1792 : i64
      %v4626 = arith.constant 1856 : i64
      %v4633 = arith.constant 1920 : i64
      %v4640 = arith.constant 1984 : i64
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
      %v3565 = arith.muli %v45, %v1 : i64
      %v3566 = llvm.getelementptr %in_A[%v3565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3567 = llvm.load %v3566 : !llvm.ptr -> f32
      %v3569 = arith.mulf %v3567, %v3568 fastmath<contract> : f32
      %v3575 = llvm.getelementptr %in_dt_bias[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3576 = llvm.load %v3575 : !llvm.ptr -> f32
      %v3623 = arith.muli %v45, %v1 : i64
      %v3624 = arith.constant 1 : i64
      %v3625 = arith.addi %v3623, %v3624 : i64
      %v3626 = llvm.getelementptr %in_A[%v3625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3627 = llvm.load %v3626 : !llvm.ptr -> f32
      %v3628 = arith.mulf %v3627, %v3568 fastmath<contract> : f32
      %v3635 = arith.muli %v45, %v1 : i64
      %v3636 = arith.constant 2 : i64
      %v3637 = arith.addi %v3635, %v3636 : i64
      %v3638 = llvm.getelementptr %in_A[%v3637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3639 = llvm.load %v3638 : !llvm.ptr -> f32
      %v3640 = arith.mulf %v3639, %v3568 fastmath<contract> : f32
      %v3647 = arith.muli %v45, %v1 : i64
      %v3648 = arith.constant 3 : i64
      %v3649 = arith.addi %v3647, %v3648 : i64
      %v3650 = llvm.getelementptr %in_A[%v3649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3651 = llvm.load %v3650 : !llvm.ptr -> f32
      %v3652 = arith.mulf %v3651, %v3568 fastmath<contract> : f32
      %v3659 = arith.muli %v45, %v1 : i64
      %v3660 = arith.constant 4 : i64
      %v3661 = arith.addi %v3659, %v3660 : i64
      %v3662 = llvm.getelementptr %in_A[%v3661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3663 = llvm.load %v3662 : !llvm.ptr -> f32
      %v3664 = arith.mulf %v3663, %v3568 fastmath<contract> : f32
      %v3671 = arith.muli %v45, %v1 : i64
      %v3672 = arith.constant 5 : i64
      %v3673 = arith.addi %v3671, %v3672 : i64
      %v3674 = llvm.getelementptr %in_A[%v3673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3675 = llvm.load %v3674 : !llvm.ptr -> f32
      %v3676 = arith.mulf %v3675, %v3568 fastmath<contract> : f32
      %v3683 = arith.muli %v45, %v1 : i64
      %v3684 = arith.constant 6 : i64
      %v3685 = arith.addi %v3683, %v3684 : i64
      %v3686 = llvm.getelementptr %in_A[%v3685] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3687 = llvm.load %v3686 : !llvm.ptr -> f32
      %v3688 = arith.mulf %v3687, %v3568 fastmath<contract> : f32
      %v3695 = arith.muli %v45, %v1 : i64
      %v3696 = arith.constant 7 : i64
      %v3697 = arith.addi %v3695, %v3696 : i64
      %v3698 = llvm.getelementptr %in_A[%v3697] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3699 = llvm.load %v3698 : !llvm.ptr -> f32
      %v3700 = arith.mulf %v3699, %v3568 fastmath<contract> : f32
      %v3707 = arith.muli %v45, %v1 : i64
      %v3708 = arith.constant 8 : i64
      %v3709 = arith.addi %v3707, %v3708 : i64
      %v3710 = llvm.getelementptr %in_A[%v3709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3711 = llvm.load %v3710 : !llvm.ptr -> f32
      %v3712 = arith.mulf %v3711, %v3568 fastmath<contract> : f32
      %v3719 = arith.muli %v45, %v1 : i64
      %v3720 = arith.constant 9 : i64
      %v3721 = arith.addi %v3719, %v3720 : i64
      %v3722 = llvm.getelementptr %in_A[%v3721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3723 = llvm.load %v3722 : !llvm.ptr -> f32
      %v3724 = arith.mulf %v3723, %v3568 fastmath<contract> : f32
      %v3731 = arith.muli %v45, %v1 : i64
      %v3732 = arith.constant 10 : i64
      %v3733 = arith.addi %v3731, %v3732 : i64
      %v3734 = llvm.getelementptr %in_A[%v3733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3735 = llvm.load %v3734 : !llvm.ptr -> f32
      %v3736 = arith.mulf %v3735, %v3568 fastmath<contract> : f32
      %v3743 = arith.muli %v45, %v1 : i64
      %v3744 = arith.constant 11 : i64
      %v3745 = arith.addi %v3743, %v3744 : i64
      %v3746 = llvm.getelementptr %in_A[%v3745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3747 = llvm.load %v3746 : !llvm.ptr -> f32
      %v3748 = arith.mulf %v3747, %v3568 fastmath<contract> : f32
      %v3755 = arith.muli %v45, %v1 : i64
      %v3756 = arith.constant 12 : i64
      %v3757 = arith.addi %v3755, %v3756 : i64
      %v3758 = llvm.getelementptr %in_A[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3759 = llvm.load %v3758 : !llvm.ptr -> f32
      %v3760 = arith.mulf %v3759, %v3568 fastmath<contract> : f32
      %v3767 = arith.muli %v45, %v1 : i64
      %v3768 = arith.constant 13 : i64
      %v3769 = arith.addi %v3767, %v3768 : i64
      %v3770 = llvm.getelementptr %in_A[%v3769] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3771 = llvm.load %v3770 : !llvm.ptr -> f32
      %v3772 = arith.mulf %v3771, %v3568 fastmath<contract> : f32
      %v3779 = arith.muli %v45, %v1 : i64
      %v3780 = arith.constant 14 : i64
      %v3781 = arith.addi %v3779, %v3780 : i64
      %v3782 = llvm.getelementptr %in_A[%v3781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3783 = llvm.load %v3782 : !llvm.ptr -> f32
      %v3784 = arith.mulf %v3783, %v3568 fastmath<contract> : f32
      %v3791 = arith.muli %v45, %v1 : i64
      %v3792 = arith.constant 15 : i64
      %v3793 = arith.addi %v3791, %v3792 : i64
      %v3794 = llvm.getelementptr %in_A[%v3793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3795 = llvm.load %v3794 : !llvm.ptr -> f32
      %v3796 = arith.mulf %v3795, %v3568 fastmath<contract> : f32
      %v3850 = llvm.getelementptr %in_Dskip[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3851 = llvm.load %v3850 : !llvm.ptr -> f32
      %v3871 = arith.mulf %v3567, %v3568 fastmath<contract> : f32
      %v3914 = arith.mulf %v3627, %v3568 fastmath<contract> : f32
      %v3921 = arith.mulf %v3639, %v3568 fastmath<contract> : f32
      %v3928 = arith.mulf %v3651, %v3568 fastmath<contract> : f32
      %v3935 = arith.mulf %v3663, %v3568 fastmath<contract> : f32
      %v3942 = arith.mulf %v3675, %v3568 fastmath<contract> : f32
      %v3949 = arith.mulf %v3687, %v3568 fastmath<contract> : f32
      %v3956 = arith.mulf %v3699, %v3568 fastmath<contract> : f32
      %v3963 = arith.mulf %v3711, %v3568 fastmath<contract> : f32
      %v3970 = arith.mulf %v3723, %v3568 fastmath<contract> : f32
      %v3977 = arith.mulf %v3735, %v3568 fastmath<contract> : f32
      %v3984 = arith.mulf %v3747, %v3568 fastmath<contract> : f32
      %v3991 = arith.mulf %v3759, %v3568 fastmath<contract> : f32
      %v3998 = arith.mulf %v3771, %v3568 fastmath<contract> : f32
      %v4005 = arith.mulf %v3783, %v3568 fastmath<contract> : f32
      %v4012 = arith.mulf %v3795, %v3568 fastmath<contract> : f32
      %v4091 = arith.mulf %v3567, %v3568 fastmath<contract> : f32
      %v4137 = arith.mulf %v3627, %v3568 fastmath<contract> : f32
      %v4148 = arith.mulf %v3639, %v3568 fastmath<contract> : f32
      %v4159 = arith.mulf %v3651, %v3568 fastmath<contract> : f32
      %v4170 = arith.mulf %v3663, %v3568 fastmath<contract> : f32
      %v4181 = arith.mulf %v3675, %v3568 fastmath<contract> : f32
      %v4192 = arith.mulf %v3687, %v3568 fastmath<contract> : f32
      %v4203 = arith.mulf %v3699, %v3568 fastmath<contract> : f32
      %v4214 = arith.mulf %v3711, %v3568 fastmath<contract> : f32
      %v4225 = arith.mulf %v3723, %v3568 fastmath<contract> : f32
      %v4236 = arith.mulf %v3735, %v3568 fastmath<contract> : f32
      %v4247 = arith.mulf %v3747, %v3568 fastmath<contract> : f32
      %v4258 = arith.mulf %v3759, %v3568 fastmath<contract> : f32
      %v4269 = arith.mulf %v3771, %v3568 fastmath<contract> : f32
      %v4280 = arith.mulf %v3783, %v3568 fastmath<contract> : f32
      %v4291 = arith.mulf %v3795, %v3568 fastmath<contract> : f32
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
      %v250 = arith.subi %v249, %v248 : i64
      %v251 = arith.addi %v245, %v250 : i64
      %v253 = arith.muli %v241, %v252 : i64
      %v254 = arith.addi %v253, %v242 : i64
      %v255 = llvm.getelementptr %in_u[%v251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v256 = llvm.load %v255 : !llvm.ptr -> f32
      %v257 = arith.addi %v241, %v67 : i64
      %v258 = arith.constant true
      %v259 = llvm.getelementptr %v20[%v257] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v260 = llvm.load %v259 : !llvm.ptr<3> -> i64
      %v261 = arith.cmpi slt, %v242, %size_L : i64
      %v262 = arith.subi %size_L, %v2 : i64
      %v263 = arith.minsi %v242, %v262 : i64
      %v264 = arith.subi %v249, %v263 : i64
      %v265 = arith.addi %v260, %v264 : i64
      %v266 = arith.muli %v257, %v252 : i64
      %v267 = arith.addi %v266, %v242 : i64
      %v268 = llvm.getelementptr %in_u[%v265] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v269 = llvm.load %v268 : !llvm.ptr -> f32
      %v271 = arith.addi %v241, %v270 : i64
      %v272 = arith.constant true
      %v273 = llvm.getelementptr %v20[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v274 = llvm.load %v273 : !llvm.ptr<3> -> i64
      %v275 = arith.cmpi slt, %v242, %size_L : i64
      %v276 = arith.subi %size_L, %v2 : i64
      %v277 = arith.minsi %v242, %v276 : i64
      %v278 = arith.subi %v249, %v277 : i64
      %v279 = arith.addi %v274, %v278 : i64
      %v280 = arith.muli %v271, %v252 : i64
      %v281 = arith.addi %v280, %v242 : i64
      %v282 = llvm.getelementptr %in_u[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v283 = llvm.load %v282 : !llvm.ptr -> f32
      %v285 = arith.addi %v241, %v284 : i64
      %v286 = arith.constant true
      %v287 = llvm.getelementptr %v20[%v285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v288 = llvm.load %v287 : !llvm.ptr<3> -> i64
      %v289 = arith.cmpi slt, %v242, %size_L : i64
      %v290 = arith.subi %size_L, %v2 : i64
      %v291 = arith.minsi %v242, %v290 : i64
      %v292 = arith.subi %v249, %v291 : i64
      %v293 = arith.addi %v288, %v292 : i64
      %v294 = arith.muli %v285, %v252 : i64
      %v295 = arith.addi %v294, %v242 : i64
      %v296 = llvm.getelementptr %in_u[%v293] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v297 = llvm.load %v296 : !llvm.ptr -> f32
      %v299 = arith.addi %v241, %v298 : i64
      %v300 = arith.constant true
      %v301 = llvm.getelementptr %v20[%v299] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v302 = llvm.load %v301 : !llvm.ptr<3> -> i64
      %v303 = arith.cmpi slt, %v242, %size_L : i64
      %v304 = arith.subi %size_L, %v2 : i64
      %v305 = arith.minsi %v242, %v304 : i64
      %v306 = arith.subi %v249, %v305 : i64
      %v307 = arith.addi %v302, %v306 : i64
      %v308 = arith.muli %v299, %v252 : i64
      %v309 = arith.addi %v308, %v242 : i64
      %v310 = llvm.getelementptr %in_u[%v307] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v311 = llvm.load %v310 : !llvm.ptr -> f32
      %v313 = arith.addi %v241, %v312 : i64
      %v314 = arith.constant true
      %v315 = llvm.getelementptr %v20[%v313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v316 = llvm.load %v315 : !llvm.ptr<3> -> i64
      %v317 = arith.cmpi slt, %v242, %size_L : i64
      %v318 = arith.subi %size_L, %v2 : i64
      %v319 = arith.minsi %v242, %v318 : i64
      %v320 = arith.subi %v249, %v319 : i64
      %v321 = arith.addi %v316, %v320 : i64
      %v322 = arith.muli %v313, %v252 : i64
      %v323 = arith.addi %v322, %v242 : i64
      %v324 = llvm.getelementptr %in_u[%v321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v325 = llvm.load %v324 : !llvm.ptr -> f32
      %v327 = arith.addi %v241, %v326 : i64
      %v328 = arith.constant true
      %v329 = llvm.getelementptr %v20[%v327] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v330 = llvm.load %v329 : !llvm.ptr<3> -> i64
      %v331 = arith.cmpi slt, %v242, %size_L : i64
      %v332 = arith.subi %size_L, %v2 : i64
      %v333 = arith.minsi %v242, %v332 : i64
      %v334 = arith.subi %v249, %v333 : i64
      %v335 = arith.addi %v330, %v334 : i64
      %v336 = arith.muli %v327, %v252 : i64
      %v337 = arith.addi %v336, %v242 : i64
      %v338 = llvm.getelementptr %in_u[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v339 = llvm.load %v338 : !llvm.ptr -> f32
      %v341 = arith.addi %v241, %v340 : i64
      %v342 = arith.constant true
      %v343 = llvm.getelementptr %v20[%v341] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v344 = llvm.load %v343 : !llvm.ptr<3> -> i64
      %v345 = arith.cmpi slt, %v242, %size_L : i64
      %v346 = arith.subi %size_L, %v2 : i64
      %v347 = arith.minsi %v242, %v346 : i64
      %v348 = arith.subi %v249, %v347 : i64
      %v349 = arith.addi %v344, %v348 : i64
      %v350 = arith.muli %v341, %v252 : i64
      %v351 = arith.addi %v350, %v242 : i64
      %v352 = llvm.getelementptr %in_u[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v353 = llvm.load %v352 : !llvm.ptr -> f32
      %v354 = arith.addi %v241, %v1 : i64
      %v355 = arith.constant true
      %v356 = llvm.getelementptr %v20[%v354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v357 = llvm.load %v356 : !llvm.ptr<3> -> i64
      %v358 = arith.cmpi slt, %v242, %size_L : i64
      %v359 = arith.subi %size_L, %v2 : i64
      %v360 = arith.minsi %v242, %v359 : i64
      %v361 = arith.subi %v249, %v360 : i64
      %v362 = arith.addi %v357, %v361 : i64
      %v363 = arith.muli %v354, %v252 : i64
      %v364 = arith.addi %v363, %v242 : i64
      %v365 = llvm.getelementptr %in_u[%v362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v366 = llvm.load %v365 : !llvm.ptr -> f32
      %v368 = arith.addi %v241, %v367 : i64
      %v369 = arith.constant true
      %v370 = llvm.getelementptr %v20[%v368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v371 = llvm.load %v370 : !llvm.ptr<3> -> i64
      %v372 = arith.cmpi slt, %v242, %size_L : i64
      %v373 = arith.subi %size_L, %v2 : i64
      %v374 = arith.minsi %v242, %v373 : i64
      %v375 = arith.subi %v249, %v374 : i64
      %v376 = arith.addi %v371, %v375 : i64
      %v377 = arith.muli %v368, %v252 : i64
      %v378 = arith.addi %v377, %v242 : i64
      %v379 = llvm.getelementptr %in_u[%v376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v380 = llvm.load %v379 : !llvm.ptr -> f32
      %v382 = arith.addi %v241, %v381 : i64
      %v383 = arith.constant true
      %v384 = llvm.getelementptr %v20[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v385 = llvm.load %v384 : !llvm.ptr<3> -> i64
      %v386 = arith.cmpi slt, %v242, %size_L : i64
      %v387 = arith.subi %size_L, %v2 : i64
      %v388 = arith.minsi %v242, %v387 : i64
      %v389 = arith.subi %v249, %v388 : i64
      %v390 = arith.addi %v385, %v389 : i64
      %v391 = arith.muli %v382, %v252 : i64
      %v392 = arith.addi %v391, %v242 : i64
      %v393 = llvm.getelementptr %in_u[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v394 = llvm.load %v393 : !llvm.ptr -> f32
      %v396 = arith.addi %v241, %v395 : i64
      %v397 = arith.constant true
      %v398 = llvm.getelementptr %v20[%v396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v399 = llvm.load %v398 : !llvm.ptr<3> -> i64
      %v400 = arith.cmpi slt, %v242, %size_L : i64
      %v401 = arith.subi %size_L, %v2 : i64
      %v402 = arith.minsi %v242, %v401 : i64
      %v403 = arith.subi %v249, %v402 : i64
      %v404 = arith.addi %v399, %v403 : i64
      %v405 = arith.muli %v396, %v252 : i64
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
      %v417 = arith.subi %v249, %v416 : i64
      %v418 = arith.addi %v413, %v417 : i64
      %v419 = arith.muli %v410, %v252 : i64
      %v420 = arith.addi %v419, %v242 : i64
      %v421 = llvm.getelementptr %in_u[%v418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v422 = llvm.load %v421 : !llvm.ptr -> f32
      %v424 = arith.addi %v241, %v423 : i64
      %v425 = arith.constant true
      %v426 = llvm.getelementptr %v20[%v424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v427 = llvm.load %v426 : !llvm.ptr<3> -> i64
      %v428 = arith.cmpi slt, %v242, %size_L : i64
      %v429 = arith.subi %size_L, %v2 : i64
      %v430 = arith.minsi %v242, %v429 : i64
      %v431 = arith.subi %v249, %v430 : i64
      %v432 = arith.addi %v427, %v431 : i64
      %v433 = arith.muli %v424, %v252 : i64
      %v434 = arith.addi %v433, %v242 : i64
      %v435 = llvm.getelementptr %in_u[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v436 = llvm.load %v435 : !llvm.ptr -> f32
      %v438 = arith.addi %v241, %v437 : i64
      %v439 = arith.constant true
      %v440 = llvm.getelementptr %v20[%v438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v441 = llvm.load %v440 : !llvm.ptr<3> -> i64
      %v442 = arith.cmpi slt, %v242, %size_L : i64
      %v443 = arith.subi %size_L, %v2 : i64
      %v444 = arith.minsi %v242, %v443 : i64
      %v445 = arith.subi %v249, %v444 : i64
      %v446 = arith.addi %v441, %v445 : i64
      %v447 = arith.muli %v438, %v252 : i64
      %v448 = arith.addi %v447, %v242 : i64
      %v449 = llvm.getelementptr %in_u[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v450 = llvm.load %v449 : !llvm.ptr -> f32
      %v452 = arith.addi %v241, %v451 : i64
      %v453 = arith.constant true
      %v454 = llvm.getelementptr %v20[%v452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v455 = llvm.load %v454 : !llvm.ptr<3> -> i64
      %v456 = arith.cmpi slt, %v242, %size_L : i64
      %v457 = arith.subi %size_L, %v2 : i64
      %v458 = arith.minsi %v242, %v457 : i64
      %v459 = arith.subi %v249, %v458 : i64
      %v460 = arith.addi %v455, %v459 : i64
      %v461 = arith.muli %v452, %v252 : i64
      %v462 = arith.addi %v461, %v242 : i64
      %v463 = llvm.getelementptr %in_u[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v464 = llvm.load %v463 : !llvm.ptr -> f32
      %v465 = arith.addi %v241, %v240 : i64
      %v466 = arith.constant true
      %v467 = llvm.getelementptr %v20[%v465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v468 = llvm.load %v467 : !llvm.ptr<3> -> i64
      %v469 = arith.cmpi slt, %v242, %size_L : i64
      %v470 = arith.subi %size_L, %v2 : i64
      %v471 = arith.minsi %v242, %v470 : i64
      %v472 = arith.subi %v249, %v471 : i64
      %v473 = arith.addi %v468, %v472 : i64
      %v474 = arith.muli %v465, %v252 : i64
      %v475 = arith.addi %v474, %v242 : i64
      %v476 = llvm.getelementptr %in_u[%v473] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v477 = llvm.load %v476 : !llvm.ptr -> f32
      %v479 = arith.addi %v241, %v478 : i64
      %v480 = arith.constant true
      %v481 = llvm.getelementptr %v20[%v479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v482 = llvm.load %v481 : !llvm.ptr<3> -> i64
      %v483 = arith.cmpi slt, %v242, %size_L : i64
      %v484 = arith.subi %size_L, %v2 : i64
      %v485 = arith.minsi %v242, %v484 : i64
      %v486 = arith.subi %v249, %v485 : i64
      %v487 = arith.addi %v482, %v486 : i64
      %v488 = arith.muli %v479, %v252 : i64
      %v489 = arith.addi %v488, %v242 : i64
      %v490 = llvm.getelementptr %in_u[%v487] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v491 = llvm.load %v490 : !llvm.ptr -> f32
      %v493 = arith.addi %v241, %v492 : i64
      %v494 = arith.constant true
      %v495 = llvm.getelementptr %v20[%v493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v496 = llvm.load %v495 : !llvm.ptr<3> -> i64
      %v497 = arith.cmpi slt, %v242, %size_L : i64
      %v498 = arith.subi %size_L, %v2 : i64
      %v499 = arith.minsi %v242, %v498 : i64
      %v500 = arith.subi %v249, %v499 : i64
      %v501 = arith.addi %v496, %v500 : i64
      %v502 = arith.muli %v493, %v252 : i64
      %v503 = arith.addi %v502, %v242 : i64
      %v504 = llvm.getelementptr %in_u[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v505 = llvm.load %v504 : !llvm.ptr -> f32
      %v507 = arith.addi %v241, %v506 : i64
      %v508 = arith.constant true
      %v509 = llvm.getelementptr %v20[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v510 = llvm.load %v509 : !llvm.ptr<3> -> i64
      %v511 = arith.cmpi slt, %v242, %size_L : i64
      %v512 = arith.subi %size_L, %v2 : i64
      %v513 = arith.minsi %v242, %v512 : i64
      %v514 = arith.subi %v249, %v513 : i64
      %v515 = arith.addi %v510, %v514 : i64
      %v516 = arith.muli %v507, %v252 : i64
      %v517 = arith.addi %v516, %v242 : i64
      %v518 = llvm.getelementptr %in_u[%v515] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v519 = llvm.load %v518 : !llvm.ptr -> f32
      %v521 = arith.addi %v241, %v520 : i64
      %v522 = arith.constant true
      %v523 = llvm.getelementptr %v20[%v521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v524 = llvm.load %v523 : !llvm.ptr<3> -> i64
      %v525 = arith.cmpi slt, %v242, %size_L : i64
      %v526 = arith.subi %size_L, %v2 : i64
      %v527 = arith.minsi %v242, %v526 : i64
      %v528 = arith.subi %v249, %v527 : i64
      %v529 = arith.addi %v524, %v528 : i64
      %v530 = arith.muli %v521, %v252 : i64
      %v531 = arith.addi %v530, %v242 : i64
      %v532 = llvm.getelementptr %in_u[%v529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v533 = llvm.load %v532 : !llvm.ptr -> f32
      %v535 = arith.addi %v241, %v534 : i64
      %v536 = arith.constant true
      %v537 = llvm.getelementptr %v20[%v535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v538 = llvm.load %v537 : !llvm.ptr<3> -> i64
      %v539 = arith.cmpi slt, %v242, %size_L : i64
      %v540 = arith.subi %size_L, %v2 : i64
      %v541 = arith.minsi %v242, %v540 : i64
      %v542 = arith.subi %v249, %v541 : i64
      %v543 = arith.addi %v538, %v542 : i64
      %v544 = arith.muli %v535, %v252 : i64
      %v545 = arith.addi %v544, %v242 : i64
      %v546 = llvm.getelementptr %in_u[%v543] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v547 = llvm.load %v546 : !llvm.ptr -> f32
      %v549 = arith.addi %v241, %v548 : i64
      %v550 = arith.constant true
      %v551 = llvm.getelementptr %v20[%v549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v552 = llvm.load %v551 : !llvm.ptr<3> -> i64
      %v553 = arith.cmpi slt, %v242, %size_L : i64
      %v554 = arith.subi %size_L, %v2 : i64
      %v555 = arith.minsi %v242, %v554 : i64
      %v556 = arith.subi %v249, %v555 : i64
      %v557 = arith.addi %v552, %v556 : i64
      %v558 = arith.muli %v549, %v252 : i64
      %v559 = arith.addi %v558, %v242 : i64
      %v560 = llvm.getelementptr %in_u[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v561 = llvm.load %v560 : !llvm.ptr -> f32
      %v563 = arith.addi %v241, %v562 : i64
      %v564 = arith.constant true
      %v565 = llvm.getelementptr %v20[%v563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v566 = llvm.load %v565 : !llvm.ptr<3> -> i64
      %v567 = arith.cmpi slt, %v242, %size_L : i64
      %v568 = arith.subi %size_L, %v2 : i64
      %v569 = arith.minsi %v242, %v568 : i64
      %v570 = arith.subi %v249, %v569 : i64
      %v571 = arith.addi %v566, %v570 : i64
      %v572 = arith.muli %v563, %v252 : i64
      %v573 = arith.addi %v572, %v242 : i64
      %v574 = llvm.getelementptr %in_u[%v571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v575 = llvm.load %v574 : !llvm.ptr -> f32
      %v577 = arith.addi %v241, %v576 : i64
      %v578 = arith.constant true
      %v579 = llvm.getelementptr %v20[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v580 = llvm.load %v579 : !llvm.ptr<3> -> i64
      %v581 = arith.cmpi slt, %v242, %size_L : i64
      %v582 = arith.subi %size_L, %v2 : i64
      %v583 = arith.minsi %v242, %v582 : i64
      %v584 = arith.subi %v249, %v583 : i64
      %v585 = arith.addi %v580, %v584 : i64
      %v586 = arith.muli %v577, %v252 : i64
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
      %v598 = arith.subi %v249, %v597 : i64
      %v599 = arith.addi %v594, %v598 : i64
      %v600 = arith.muli %v591, %v252 : i64
      %v601 = arith.addi %v600, %v242 : i64
      %v602 = llvm.getelementptr %in_u[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v603 = llvm.load %v602 : !llvm.ptr -> f32
      %v605 = arith.addi %v241, %v604 : i64
      %v606 = arith.constant true
      %v607 = llvm.getelementptr %v20[%v605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v608 = llvm.load %v607 : !llvm.ptr<3> -> i64
      %v609 = arith.cmpi slt, %v242, %size_L : i64
      %v610 = arith.subi %size_L, %v2 : i64
      %v611 = arith.minsi %v242, %v610 : i64
      %v612 = arith.subi %v249, %v611 : i64
      %v613 = arith.addi %v608, %v612 : i64
      %v614 = arith.muli %v605, %v252 : i64
      %v615 = arith.addi %v614, %v242 : i64
      %v616 = llvm.getelementptr %in_u[%v613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v617 = llvm.load %v616 : !llvm.ptr -> f32
      %v619 = arith.addi %v241, %v618 : i64
      %v620 = arith.constant true
      %v621 = llvm.getelementptr %v20[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v622 = llvm.load %v621 : !llvm.ptr<3> -> i64
      %v623 = arith.cmpi slt, %v242, %size_L : i64
      %v624 = arith.subi %size_L, %v2 : i64
      %v625 = arith.minsi %v242, %v624 : i64
      %v626 = arith.subi %v249, %v625 : i64
      %v627 = arith.addi %v622, %v626 : i64
      %v628 = arith.muli %v619, %v252 : i64
      %v629 = arith.addi %v628, %v242 : i64
      %v630 = llvm.getelementptr %in_u[%v627] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v631 = llvm.load %v630 : !llvm.ptr -> f32
      %v633 = arith.addi %v241, %v632 : i64
      %v634 = arith.constant true
      %v635 = llvm.getelementptr %v20[%v633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v636 = llvm.load %v635 : !llvm.ptr<3> -> i64
      %v637 = arith.cmpi slt, %v242, %size_L : i64
      %v638 = arith.subi %size_L, %v2 : i64
      %v639 = arith.minsi %v242, %v638 : i64
      %v640 = arith.subi %v249, %v639 : i64
      %v641 = arith.addi %v636, %v640 : i64
      %v642 = arith.muli %v633, %v252 : i64
      %v643 = arith.addi %v642, %v242 : i64
      %v644 = llvm.getelementptr %in_u[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v645 = llvm.load %v644 : !llvm.ptr -> f32
      %v647 = arith.addi %v241, %v646 : i64
      %v648 = arith.constant true
      %v649 = llvm.getelementptr %v20[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v650 = llvm.load %v649 : !llvm.ptr<3> -> i64
      %v651 = arith.cmpi slt, %v242, %size_L : i64
      %v652 = arith.subi %size_L, %v2 : i64
      %v653 = arith.minsi %v242, %v652 : i64
      %v654 = arith.subi %v249, %v653 : i64
      %v655 = arith.addi %v650, %v654 : i64
      %v656 = arith.muli %v647, %v252 : i64
      %v657 = arith.addi %v656, %v242 : i64
      %v658 = llvm.getelementptr %in_u[%v655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v659 = llvm.load %v658 : !llvm.ptr -> f32
      %v661 = arith.addi %v241, %v660 : i64
      %v662 = arith.constant true
      %v663 = llvm.getelementptr %v20[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v664 = llvm.load %v663 : !llvm.ptr<3> -> i64
      %v665 = arith.cmpi slt, %v242, %size_L : i64
      %v666 = arith.subi %size_L, %v2 : i64
      %v667 = arith.minsi %v242, %v666 : i64
      %v668 = arith.subi %v249, %v667 : i64
      %v669 = arith.addi %v664, %v668 : i64
      %v670 = arith.muli %v661, %v252 : i64
      %v671 = arith.addi %v670, %v242 : i64
      %v672 = llvm.getelementptr %in_u[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v673 = llvm.load %v672 : !llvm.ptr -> f32
      %v675 = arith.addi %v241, %v674 : i64
      %v676 = arith.constant true
      %v677 = llvm.getelementptr %v20[%v675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v678 = llvm.load %v677 : !llvm.ptr<3> -> i64
      %v679 = arith.cmpi slt, %v242, %size_L : i64
      %v680 = arith.subi %size_L, %v2 : i64
      %v681 = arith.minsi %v242, %v680 : i64
      %v682 = arith.subi %v249, %v681 : i64
      %v683 = arith.addi %v678, %v682 : i64
      %v684 = arith.muli %v675, %v252 : i64
      %v685 = arith.addi %v684, %v242 : i64
      %v686 = llvm.getelementptr %in_u[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v687 = llvm.load %v686 : !llvm.ptr -> f32
      scf.if %v243 {
        %v688 = llvm.getelementptr %v21[%v254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v256, %v688 : f32, !llvm.ptr<3>
      }
      scf.if %v258 {
        %v689 = llvm.getelementptr %v21[%v267] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v269, %v689 : f32, !llvm.ptr<3>
      }
      scf.if %v272 {
        %v690 = llvm.getelementptr %v21[%v281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v283, %v690 : f32, !llvm.ptr<3>
      }
      scf.if %v286 {
        %v691 = llvm.getelementptr %v21[%v295] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v297, %v691 : f32, !llvm.ptr<3>
      }
      scf.if %v300 {
        %v692 = llvm.getelementptr %v21[%v309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v311, %v692 : f32, !llvm.ptr<3>
      }
      scf.if %v314 {
        %v693 = llvm.getelementptr %v21[%v323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v325, %v693 : f32, !llvm.ptr<3>
      }
      scf.if %v328 {
        %v694 = llvm.getelementptr %v21[%v337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v339, %v694 : f32, !llvm.ptr<3>
      }
      scf.if %v342 {
        %v695 = llvm.getelementptr %v21[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v353, %v695 : f32, !llvm.ptr<3>
      }
      scf.if %v355 {
        %v696 = llvm.getelementptr %v21[%v364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v366, %v696 : f32, !llvm.ptr<3>
      }
      scf.if %v369 {
        %v697 = llvm.getelementptr %v21[%v378] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v380, %v697 : f32, !llvm.ptr<3>
      }
      scf.if %v383 {
        %v698 = llvm.getelementptr %v21[%v392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v394, %v698 : f32, !llvm.ptr<3>
      }
      scf.if %v397 {
        %v699 = llvm.getelementptr %v21[%v406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v408, %v699 : f32, !llvm.ptr<3>
      }
      scf.if %v411 {
        %v700 = llvm.getelementptr %v21[%v420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v422, %v700 : f32, !llvm.ptr<3>
      }
      scf.if %v425 {
        %v701 = llvm.getelementptr %v21[%v434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v436, %v701 : f32, !llvm.ptr<3>
      }
      scf.if %v439 {
        %v702 = llvm.getelementptr %v21[%v448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v450, %v702 : f32, !llvm.ptr<3>
      }
      scf.if %v453 {
        %v703 = llvm.getelementptr %v21[%v462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v464, %v703 : f32, !llvm.ptr<3>
      }
      scf.if %v466 {
        %v704 = llvm.getelementptr %v21[%v475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v477, %v704 : f32, !llvm.ptr<3>
      }
      scf.if %v480 {
        %v705 = llvm.getelementptr %v21[%v489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v491, %v705 : f32, !llvm.ptr<3>
      }
      scf.if %v494 {
        %v706 = llvm.getelementptr %v21[%v503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v505, %v706 : f32, !llvm.ptr<3>
      }
      scf.if %v508 {
        %v707 = llvm.getelementptr %v21[%v517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v519, %v707 : f32, !llvm.ptr<3>
      }
      scf.if %v522 {
        %v708 = llvm.getelementptr %v21[%v531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v533, %v708 : f32, !llvm.ptr<3>
      }
      scf.if %v536 {
        %v709 = llvm.getelementptr %v21[%v545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v547, %v709 : f32, !llvm.ptr<3>
      }
      scf.if %v550 {
        %v710 = llvm.getelementptr %v21[%v559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v561, %v710 : f32, !llvm.ptr<3>
      }
      scf.if %v564 {
        %v711 = llvm.getelementptr %v21[%v573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v575, %v711 : f32, !llvm.ptr<3>
      }
      scf.if %v578 {
        %v712 = llvm.getelementptr %v21[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v589, %v712 : f32, !llvm.ptr<3>
      }
      scf.if %v592 {
        %v713 = llvm.getelementptr %v21[%v601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v603, %v713 : f32, !llvm.ptr<3>
      }
      scf.if %v606 {
        %v714 = llvm.getelementptr %v21[%v615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v617, %v714 : f32, !llvm.ptr<3>
      }
      scf.if %v620 {
        %v715 = llvm.getelementptr %v21[%v629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v631, %v715 : f32, !llvm.ptr<3>
      }
      scf.if %v634 {
        %v716 = llvm.getelementptr %v21[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v645, %v716 : f32, !llvm.ptr<3>
      }
      scf.if %v648 {
        %v717 = llvm.getelementptr %v21[%v657] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v659, %v717 : f32, !llvm.ptr<3>
      }
      scf.if %v662 {
        %v718 = llvm.getelementptr %v21[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v673, %v718 : f32, !llvm.ptr<3>
      }
      scf.if %v676 {
        %v719 = llvm.getelementptr %v21[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v687, %v719 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v720 = arith.divui %v28, %v240 : i64
      %v721 = arith.remui %v28, %v240 : i64
      %v722 = arith.constant true
      %v723 = arith.addi %v30, %v720 : i64
      %v724 = llvm.getelementptr %v20[%v723] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v725 = llvm.load %v724 : !llvm.ptr<3> -> i64
      %v726 = arith.cmpi slt, %v721, %size_L : i64
      %v727 = arith.subi %size_L, %v2 : i64
      %v728 = arith.minsi %v721, %v727 : i64
      %v729 = arith.subi %v249, %v728 : i64
      %v730 = arith.addi %v725, %v729 : i64
      %v731 = arith.muli %v723, %v252 : i64
      %v732 = arith.addi %v731, %v721 : i64
      %v733 = llvm.getelementptr %in_delta[%v730] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v734 = llvm.load %v733 : !llvm.ptr -> f32
      %v735 = arith.addi %v720, %v67 : i64
      %v736 = arith.constant true
      %v737 = arith.addi %v30, %v735 : i64
      %v738 = llvm.getelementptr %v20[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
      %v740 = arith.cmpi slt, %v721, %size_L : i64
      %v741 = arith.subi %size_L, %v2 : i64
      %v742 = arith.minsi %v721, %v741 : i64
      %v743 = arith.subi %v249, %v742 : i64
      %v744 = arith.addi %v739, %v743 : i64
      %v745 = arith.muli %v737, %v252 : i64
      %v746 = arith.addi %v745, %v721 : i64
      %v747 = llvm.getelementptr %in_delta[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v748 = llvm.load %v747 : !llvm.ptr -> f32
      %v749 = arith.addi %v720, %v270 : i64
      %v750 = arith.constant true
      %v751 = arith.addi %v30, %v749 : i64
      %v752 = llvm.getelementptr %v20[%v751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v753 = llvm.load %v752 : !llvm.ptr<3> -> i64
      %v754 = arith.cmpi slt, %v721, %size_L : i64
      %v755 = arith.subi %size_L, %v2 : i64
      %v756 = arith.minsi %v721, %v755 : i64
      %v757 = arith.subi %v249, %v756 : i64
      %v758 = arith.addi %v753, %v757 : i64
      %v759 = arith.muli %v751, %v252 : i64
      %v760 = arith.addi %v759, %v721 : i64
      %v761 = llvm.getelementptr %in_delta[%v758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v762 = llvm.load %v761 : !llvm.ptr -> f32
      %v763 = arith.addi %v720, %v284 : i64
      %v764 = arith.constant true
      %v765 = arith.addi %v30, %v763 : i64
      %v766 = llvm.getelementptr %v20[%v765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v767 = llvm.load %v766 : !llvm.ptr<3> -> i64
      %v768 = arith.cmpi slt, %v721, %size_L : i64
      %v769 = arith.subi %size_L, %v2 : i64
      %v770 = arith.minsi %v721, %v769 : i64
      %v771 = arith.subi %v249, %v770 : i64
      %v772 = arith.addi %v767, %v771 : i64
      %v773 = arith.muli %v765, %v252 : i64
      %v774 = arith.addi %v773, %v721 : i64
      %v775 = llvm.getelementptr %in_delta[%v772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v776 = llvm.load %v775 : !llvm.ptr -> f32
      %v777 = arith.addi %v720, %v298 : i64
      %v778 = arith.constant true
      %v779 = arith.addi %v30, %v777 : i64
      %v780 = llvm.getelementptr %v20[%v779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v781 = llvm.load %v780 : !llvm.ptr<3> -> i64
      %v782 = arith.cmpi slt, %v721, %size_L : i64
      %v783 = arith.subi %size_L, %v2 : i64
      %v784 = arith.minsi %v721, %v783 : i64
      %v785 = arith.subi %v249, %v784 : i64
      %v786 = arith.addi %v781, %v785 : i64
      %v787 = arith.muli %v779, %v252 : i64
      %v788 = arith.addi %v787, %v721 : i64
      %v789 = llvm.getelementptr %in_delta[%v786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v790 = llvm.load %v789 : !llvm.ptr -> f32
      %v791 = arith.addi %v720, %v312 : i64
      %v792 = arith.constant true
      %v793 = arith.addi %v30, %v791 : i64
      %v794 = llvm.getelementptr %v20[%v793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v795 = llvm.load %v794 : !llvm.ptr<3> -> i64
      %v796 = arith.cmpi slt, %v721, %size_L : i64
      %v797 = arith.subi %size_L, %v2 : i64
      %v798 = arith.minsi %v721, %v797 : i64
      %v799 = arith.subi %v249, %v798 : i64
      %v800 = arith.addi %v795, %v799 : i64
      %v801 = arith.muli %v793, %v252 : i64
      %v802 = arith.addi %v801, %v721 : i64
      %v803 = llvm.getelementptr %in_delta[%v800] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v804 = llvm.load %v803 : !llvm.ptr -> f32
      %v805 = arith.addi %v720, %v326 : i64
      %v806 = arith.constant true
      %v807 = arith.addi %v30, %v805 : i64
      %v808 = llvm.getelementptr %v20[%v807] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v809 = llvm.load %v808 : !llvm.ptr<3> -> i64
      %v810 = arith.cmpi slt, %v721, %size_L : i64
      %v811 = arith.subi %size_L, %v2 : i64
      %v812 = arith.minsi %v721, %v811 : i64
      %v813 = arith.subi %v249, %v812 : i64
      %v814 = arith.addi %v809, %v813 : i64
      %v815 = arith.muli %v807, %v252 : i64
      %v816 = arith.addi %v815, %v721 : i64
      %v817 = llvm.getelementptr %in_delta[%v814] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v818 = llvm.load %v817 : !llvm.ptr -> f32
      %v819 = arith.addi %v720, %v340 : i64
      %v820 = arith.constant true
      %v821 = arith.addi %v30, %v819 : i64
      %v822 = llvm.getelementptr %v20[%v821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v823 = llvm.load %v822 : !llvm.ptr<3> -> i64
      %v824 = arith.cmpi slt, %v721, %size_L : i64
      %v825 = arith.subi %size_L, %v2 : i64
      %v826 = arith.minsi %v721, %v825 : i64
      %v827 = arith.subi %v249, %v826 : i64
      %v828 = arith.addi %v823, %v827 : i64
      %v829 = arith.muli %v821, %v252 : i64
      %v830 = arith.addi %v829, %v721 : i64
      %v831 = llvm.getelementptr %in_delta[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v720, %v1 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v30, %v833 : i64
      %v836 = llvm.getelementptr %v20[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.cmpi slt, %v721, %size_L : i64
      %v839 = arith.subi %size_L, %v2 : i64
      %v840 = arith.minsi %v721, %v839 : i64
      %v841 = arith.subi %v249, %v840 : i64
      %v842 = arith.addi %v837, %v841 : i64
      %v843 = arith.muli %v835, %v252 : i64
      %v844 = arith.addi %v843, %v721 : i64
      %v845 = llvm.getelementptr %in_delta[%v842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v846 = llvm.load %v845 : !llvm.ptr -> f32
      %v847 = arith.addi %v720, %v367 : i64
      %v848 = arith.constant true
      %v849 = arith.addi %v30, %v847 : i64
      %v850 = llvm.getelementptr %v20[%v849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v851 = llvm.load %v850 : !llvm.ptr<3> -> i64
      %v852 = arith.cmpi slt, %v721, %size_L : i64
      %v853 = arith.subi %size_L, %v2 : i64
      %v854 = arith.minsi %v721, %v853 : i64
      %v855 = arith.subi %v249, %v854 : i64
      %v856 = arith.addi %v851, %v855 : i64
      %v857 = arith.muli %v849, %v252 : i64
      %v858 = arith.addi %v857, %v721 : i64
      %v859 = llvm.getelementptr %in_delta[%v856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v860 = llvm.load %v859 : !llvm.ptr -> f32
      %v861 = arith.addi %v720, %v381 : i64
      %v862 = arith.constant true
      %v863 = arith.addi %v30, %v861 : i64
      %v864 = llvm.getelementptr %v20[%v863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v865 = llvm.load %v864 : !llvm.ptr<3> -> i64
      %v866 = arith.cmpi slt, %v721, %size_L : i64
      %v867 = arith.subi %size_L, %v2 : i64
      %v868 = arith.minsi %v721, %v867 : i64
      %v869 = arith.subi %v249, %v868 : i64
      %v870 = arith.addi %v865, %v869 : i64
      %v871 = arith.muli %v863, %v252 : i64
      %v872 = arith.addi %v871, %v721 : i64
      %v873 = llvm.getelementptr %in_delta[%v870] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v874 = llvm.load %v873 : !llvm.ptr -> f32
      %v875 = arith.addi %v720, %v395 : i64
      %v876 = arith.constant true
      %v877 = arith.addi %v30, %v875 : i64
      %v878 = llvm.getelementptr %v20[%v877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v879 = llvm.load %v878 : !llvm.ptr<3> -> i64
      %v880 = arith.cmpi slt, %v721, %size_L : i64
      %v881 = arith.subi %size_L, %v2 : i64
      %v882 = arith.minsi %v721, %v881 : i64
      %v883 = arith.subi %v249, %v882 : i64
      %v884 = arith.addi %v879, %v883 : i64
      %v885 = arith.muli %v877, %v252 : i64
      %v886 = arith.addi %v885, %v721 : i64
      %v887 = llvm.getelementptr %in_delta[%v884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v888 = llvm.load %v887 : !llvm.ptr -> f32
      %v889 = arith.addi %v720, %v409 : i64
      %v890 = arith.constant true
      %v891 = arith.addi %v30, %v889 : i64
      %v892 = llvm.getelementptr %v20[%v891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v893 = llvm.load %v892 : !llvm.ptr<3> -> i64
      %v894 = arith.cmpi slt, %v721, %size_L : i64
      %v895 = arith.subi %size_L, %v2 : i64
      %v896 = arith.minsi %v721, %v895 : i64
      %v897 = arith.subi %v249, %v896 : i64
      %v898 = arith.addi %v893, %v897 : i64
      %v899 = arith.muli %v891, %v252 : i64
      %v900 = arith.addi %v899, %v721 : i64
      %v901 = llvm.getelementptr %in_delta[%v898] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v902 = llvm.load %v901 : !llvm.ptr -> f32
      %v903 = arith.addi %v720, %v423 : i64
      %v904 = arith.constant true
      %v905 = arith.addi %v30, %v903 : i64
      %v906 = llvm.getelementptr %v20[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v907 = llvm.load %v906 : !llvm.ptr<3> -> i64
      %v908 = arith.cmpi slt, %v721, %size_L : i64
      %v909 = arith.subi %size_L, %v2 : i64
      %v910 = arith.minsi %v721, %v909 : i64
      %v911 = arith.subi %v249, %v910 : i64
      %v912 = arith.addi %v907, %v911 : i64
      %v913 = arith.muli %v905, %v252 : i64
      %v914 = arith.addi %v913, %v721 : i64
      %v915 = llvm.getelementptr %in_delta[%v912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v916 = llvm.load %v915 : !llvm.ptr -> f32
      %v917 = arith.addi %v720, %v437 : i64
      %v918 = arith.constant true
      %v919 = arith.addi %v30, %v917 : i64
      %v920 = llvm.getelementptr %v20[%v919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v921 = llvm.load %v920 : !llvm.ptr<3> -> i64
      %v922 = arith.cmpi slt, %v721, %size_L : i64
      %v923 = arith.subi %size_L, %v2 : i64
      %v924 = arith.minsi %v721, %v923 : i64
      %v925 = arith.subi %v249, %v924 : i64
      %v926 = arith.addi %v921, %v925 : i64
      %v927 = arith.muli %v919, %v252 : i64
      %v928 = arith.addi %v927, %v721 : i64
      %v929 = llvm.getelementptr %in_delta[%v926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v930 = llvm.load %v929 : !llvm.ptr -> f32
      %v931 = arith.addi %v720, %v451 : i64
      %v932 = arith.constant true
      %v933 = arith.addi %v30, %v931 : i64
      %v934 = llvm.getelementptr %v20[%v933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v935 = llvm.load %v934 : !llvm.ptr<3> -> i64
      %v936 = arith.cmpi slt, %v721, %size_L : i64
      %v937 = arith.subi %size_L, %v2 : i64
      %v938 = arith.minsi %v721, %v937 : i64
      %v939 = arith.subi %v249, %v938 : i64
      %v940 = arith.addi %v935, %v939 : i64
      %v941 = arith.muli %v933, %v252 : i64
      %v942 = arith.addi %v941, %v721 : i64
      %v943 = llvm.getelementptr %in_delta[%v940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v944 = llvm.load %v943 : !llvm.ptr -> f32
      %v945 = arith.addi %v720, %v240 : i64
      %v946 = arith.constant true
      %v947 = arith.addi %v30, %v945 : i64
      %v948 = llvm.getelementptr %v20[%v947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v949 = llvm.load %v948 : !llvm.ptr<3> -> i64
      %v950 = arith.cmpi slt, %v721, %size_L : i64
      %v951 = arith.subi %size_L, %v2 : i64
      %v952 = arith.minsi %v721, %v951 : i64
      %v953 = arith.subi %v249, %v952 : i64
      %v954 = arith.addi %v949, %v953 : i64
      %v955 = arith.muli %v947, %v252 : i64
      %v956 = arith.addi %v955, %v721 : i64
      %v957 = llvm.getelementptr %in_delta[%v954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v958 = llvm.load %v957 : !llvm.ptr -> f32
      %v959 = arith.addi %v720, %v478 : i64
      %v960 = arith.constant true
      %v961 = arith.addi %v30, %v959 : i64
      %v962 = llvm.getelementptr %v20[%v961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v963 = llvm.load %v962 : !llvm.ptr<3> -> i64
      %v964 = arith.cmpi slt, %v721, %size_L : i64
      %v965 = arith.subi %size_L, %v2 : i64
      %v966 = arith.minsi %v721, %v965 : i64
      %v967 = arith.subi %v249, %v966 : i64
      %v968 = arith.addi %v963, %v967 : i64
      %v969 = arith.muli %v961, %v252 : i64
      %v970 = arith.addi %v969, %v721 : i64
      %v971 = llvm.getelementptr %in_delta[%v968] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v972 = llvm.load %v971 : !llvm.ptr -> f32
      %v973 = arith.addi %v720, %v492 : i64
      %v974 = arith.constant true
      %v975 = arith.addi %v30, %v973 : i64
      %v976 = llvm.getelementptr %v20[%v975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v977 = llvm.load %v976 : !llvm.ptr<3> -> i64
      %v978 = arith.cmpi slt, %v721, %size_L : i64
      %v979 = arith.subi %size_L, %v2 : i64
      %v980 = arith.minsi %v721, %v979 : i64
      %v981 = arith.subi %v249, %v980 : i64
      %v982 = arith.addi %v977, %v981 : i64
      %v983 = arith.muli %v975, %v252 : i64
      %v984 = arith.addi %v983, %v721 : i64
      %v985 = llvm.getelementptr %in_delta[%v982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v986 = llvm.load %v985 : !llvm.ptr -> f32
      %v987 = arith.addi %v720, %v506 : i64
      %v988 = arith.constant true
      %v989 = arith.addi %v30, %v987 : i64
      %v990 = llvm.getelementptr %v20[%v989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v991 = llvm.load %v990 : !llvm.ptr<3> -> i64
      %v992 = arith.cmpi slt, %v721, %size_L : i64
      %v993 = arith.subi %size_L, %v2 : i64
      %v994 = arith.minsi %v721, %v993 : i64
      %v995 = arith.subi %v249, %v994 : i64
      %v996 = arith.addi %v991, %v995 : i64
      %v997 = arith.muli %v989, %v252 : i64
      %v998 = arith.addi %v997, %v721 : i64
      %v999 = llvm.getelementptr %in_delta[%v996] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1000 = llvm.load %v999 : !llvm.ptr -> f32
      %v1001 = arith.addi %v720, %v520 : i64
      %v1002 = arith.constant true
      %v1003 = arith.addi %v30, %v1001 : i64
      %v1004 = llvm.getelementptr %v20[%v1003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1005 = llvm.load %v1004 : !llvm.ptr<3> -> i64
      %v1006 = arith.cmpi slt, %v721, %size_L : i64
      %v1007 = arith.subi %size_L, %v2 : i64
      %v1008 = arith.minsi %v721, %v1007 : i64
      %v1009 = arith.subi %v249, %v1008 : i64
      %v1010 = arith.addi %v1005, %v1009 : i64
      %v1011 = arith.muli %v1003, %v252 : i64
      %v1012 = arith.addi %v1011, %v721 : i64
      %v1013 = llvm.getelementptr %in_delta[%v1010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1014 = llvm.load %v1013 : !llvm.ptr -> f32
      %v1015 = arith.addi %v720, %v534 : i64
      %v1016 = arith.constant true
      %v1017 = arith.addi %v30, %v1015 : i64
      %v1018 = llvm.getelementptr %v20[%v1017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1019 = llvm.load %v1018 : !llvm.ptr<3> -> i64
      %v1020 = arith.cmpi slt, %v721, %size_L : i64
      %v1021 = arith.subi %size_L, %v2 : i64
      %v1022 = arith.minsi %v721, %v1021 : i64
      %v1023 = arith.subi %v249, %v1022 : i64
      %v1024 = arith.addi %v1019, %v1023 : i64
      %v1025 = arith.muli %v1017, %v252 : i64
      %v1026 = arith.addi %v1025, %v721 : i64
      %v1027 = llvm.getelementptr %in_delta[%v1024] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1028 = llvm.load %v1027 : !llvm.ptr -> f32
      %v1029 = arith.addi %v720, %v548 : i64
      %v1030 = arith.constant true
      %v1031 = arith.addi %v30, %v1029 : i64
      %v1032 = llvm.getelementptr %v20[%v1031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1033 = llvm.load %v1032 : !llvm.ptr<3> -> i64
      %v1034 = arith.cmpi slt, %v721, %size_L : i64
      %v1035 = arith.subi %size_L, %v2 : i64
      %v1036 = arith.minsi %v721, %v1035 : i64
      %v1037 = arith.subi %v249, %v1036 : i64
      %v1038 = arith.addi %v1033, %v1037 : i64
      %v1039 = arith.muli %v1031, %v252 : i64
      %v1040 = arith.addi %v1039, %v721 : i64
      %v1041 = llvm.getelementptr %in_delta[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      %v1043 = arith.addi %v720, %v562 : i64
      %v1044 = arith.constant true
      %v1045 = arith.addi %v30, %v1043 : i64
      %v1046 = llvm.getelementptr %v20[%v1045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1047 = llvm.load %v1046 : !llvm.ptr<3> -> i64
      %v1048 = arith.cmpi slt, %v721, %size_L : i64
      %v1049 = arith.subi %size_L, %v2 : i64
      %v1050 = arith.minsi %v721, %v1049 : i64
      %v1051 = arith.subi %v249, %v1050 : i64
      %v1052 = arith.addi %v1047, %v1051 : i64
      %v1053 = arith.muli %v1045, %v252 : i64
      %v1054 = arith.addi %v1053, %v721 : i64
      %v1055 = llvm.getelementptr %in_delta[%v1052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1056 = llvm.load %v1055 : !llvm.ptr -> f32
      %v1057 = arith.addi %v720, %v576 : i64
      %v1058 = arith.constant true
      %v1059 = arith.addi %v30, %v1057 : i64
      %v1060 = llvm.getelementptr %v20[%v1059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1061 = llvm.load %v1060 : !llvm.ptr<3> -> i64
      %v1062 = arith.cmpi slt, %v721, %size_L : i64
      %v1063 = arith.subi %size_L, %v2 : i64
      %v1064 = arith.minsi %v721, %v1063 : i64
      %v1065 = arith.subi %v249, %v1064 : i64
      %v1066 = arith.addi %v1061, %v1065 : i64
      %v1067 = arith.muli %v1059, %v252 : i64
      %v1068 = arith.addi %v1067, %v721 : i64
      %v1069 = llvm.getelementptr %in_delta[%v1066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1070 = llvm.load %v1069 : !llvm.ptr -> f32
      %v1071 = arith.addi %v720, %v590 : i64
      %v1072 = arith.constant true
      %v1073 = arith.addi %v30, %v1071 : i64
      %v1074 = llvm.getelementptr %v20[%v1073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1075 = llvm.load %v1074 : !llvm.ptr<3> -> i64
      %v1076 = arith.cmpi slt, %v721, %size_L : i64
      %v1077 = arith.subi %size_L, %v2 : i64
      %v1078 = arith.minsi %v721, %v1077 : i64
      %v1079 = arith.subi %v249, %v1078 : i64
      %v1080 = arith.addi %v1075, %v1079 : i64
      %v1081 = arith.muli %v1073, %v252 : i64
      %v1082 = arith.addi %v1081, %v721 : i64
      %v1083 = llvm.getelementptr %in_delta[%v1080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1084 = llvm.load %v1083 : !llvm.ptr -> f32
      %v1085 = arith.addi %v720, %v604 : i64
      %v1086 = arith.constant true
      %v1087 = arith.addi %v30, %v1085 : i64
      %v1088 = llvm.getelementptr %v20[%v1087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1089 = llvm.load %v1088 : !llvm.ptr<3> -> i64
      %v1090 = arith.cmpi slt, %v721, %size_L : i64
      %v1091 = arith.subi %size_L, %v2 : i64
      %v1092 = arith.minsi %v721, %v1091 : i64
      %v1093 = arith.subi %v249, %v1092 : i64
      %v1094 = arith.addi %v1089, %v1093 : i64
      %v1095 = arith.muli %v1087, %v252 : i64
      %v1096 = arith.addi %v1095, %v721 : i64
      %v1097 = llvm.getelementptr %in_delta[%v1094] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1098 = llvm.load %v1097 : !llvm.ptr -> f32
      %v1099 = arith.addi %v720, %v618 : i64
      %v1100 = arith.constant true
      %v1101 = arith.addi %v30, %v1099 : i64
      %v1102 = llvm.getelementptr %v20[%v1101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1103 = llvm.load %v1102 : !llvm.ptr<3> -> i64
      %v1104 = arith.cmpi slt, %v721, %size_L : i64
      %v1105 = arith.subi %size_L, %v2 : i64
      %v1106 = arith.minsi %v721, %v1105 : i64
      %v1107 = arith.subi %v249, %v1106 : i64
      %v1108 = arith.addi %v1103, %v1107 : i64
      %v1109 = arith.muli %v1101, %v252 : i64
      %v1110 = arith.addi %v1109, %v721 : i64
      %v1111 = llvm.getelementptr %in_delta[%v1108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1112 = llvm.load %v1111 : !llvm.ptr -> f32
      %v1113 = arith.addi %v720, %v632 : i64
      %v1114 = arith.constant true
      %v1115 = arith.addi %v30, %v1113 : i64
      %v1116 = llvm.getelementptr %v20[%v1115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1117 = llvm.load %v1116 : !llvm.ptr<3> -> i64
      %v1118 = arith.cmpi slt, %v721, %size_L : i64
      %v1119 = arith.subi %size_L, %v2 : i64
      %v1120 = arith.minsi %v721, %v1119 : i64
      %v1121 = arith.subi %v249, %v1120 : i64
      %v1122 = arith.addi %v1117, %v1121 : i64
      %v1123 = arith.muli %v1115, %v252 : i64
      %v1124 = arith.addi %v1123, %v721 : i64
      %v1125 = llvm.getelementptr %in_delta[%v1122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1126 = llvm.load %v1125 : !llvm.ptr -> f32
      %v1127 = arith.addi %v720, %v646 : i64
      %v1128 = arith.constant true
      %v1129 = arith.addi %v30, %v1127 : i64
      %v1130 = llvm.getelementptr %v20[%v1129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1131 = llvm.load %v1130 : !llvm.ptr<3> -> i64
      %v1132 = arith.cmpi slt, %v721, %size_L : i64
      %v1133 = arith.subi %size_L, %v2 : i64
      %v1134 = arith.minsi %v721, %v1133 : i64
      %v1135 = arith.subi %v249, %v1134 : i64
      %v1136 = arith.addi %v1131, %v1135 : i64
      %v1137 = arith.muli %v1129, %v252 : i64
      %v1138 = arith.addi %v1137, %v721 : i64
      %v1139 = llvm.getelementptr %in_delta[%v1136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1140 = llvm.load %v1139 : !llvm.ptr -> f32
      %v1141 = arith.addi %v720, %v660 : i64
      %v1142 = arith.constant true
      %v1143 = arith.addi %v30, %v1141 : i64
      %v1144 = llvm.getelementptr %v20[%v1143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1145 = llvm.load %v1144 : !llvm.ptr<3> -> i64
      %v1146 = arith.cmpi slt, %v721, %size_L : i64
      %v1147 = arith.subi %size_L, %v2 : i64
      %v1148 = arith.minsi %v721, %v1147 : i64
      %v1149 = arith.subi %v249, %v1148 : i64
      %v1150 = arith.addi %v1145, %v1149 : i64
      %v1151 = arith.muli %v1143, %v252 : i64
      %v1152 = arith.addi %v1151, %v721 : i64
      %v1153 = llvm.getelementptr %in_delta[%v1150] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1154 = llvm.load %v1153 : !llvm.ptr -> f32
      %v1155 = arith.addi %v720, %v674 : i64
      %v1156 = arith.constant true
      %v1157 = arith.addi %v30, %v1155 : i64
      %v1158 = llvm.getelementptr %v20[%v1157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1159 = llvm.load %v1158 : !llvm.ptr<3> -> i64
      %v1160 = arith.cmpi slt, %v721, %size_L : i64
      %v1161 = arith.subi %size_L, %v2 : i64
      %v1162 = arith.minsi %v721, %v1161 : i64
      %v1163 = arith.subi %v249, %v1162 : i64
      %v1164 = arith.addi %v1159, %v1163 : i64
      %v1165 = arith.muli %v1157, %v252 : i64
      %v1166 = arith.addi %v1165, %v721 : i64
      %v1167 = llvm.getelementptr %in_delta[%v1164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1168 = llvm.load %v1167 : !llvm.ptr -> f32
      scf.if %v722 {
        %v1169 = llvm.getelementptr %v21[%v732] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v734, %v1169 : f32, !llvm.ptr<3>
      }
      scf.if %v736 {
        %v1170 = llvm.getelementptr %v21[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v1170 : f32, !llvm.ptr<3>
      }
      scf.if %v750 {
        %v1171 = llvm.getelementptr %v21[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v762, %v1171 : f32, !llvm.ptr<3>
      }
      scf.if %v764 {
        %v1172 = llvm.getelementptr %v21[%v774] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v776, %v1172 : f32, !llvm.ptr<3>
      }
      scf.if %v778 {
        %v1173 = llvm.getelementptr %v21[%v788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v790, %v1173 : f32, !llvm.ptr<3>
      }
      scf.if %v792 {
        %v1174 = llvm.getelementptr %v21[%v802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v804, %v1174 : f32, !llvm.ptr<3>
      }
      scf.if %v806 {
        %v1175 = llvm.getelementptr %v21[%v816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v818, %v1175 : f32, !llvm.ptr<3>
      }
      scf.if %v820 {
        %v1176 = llvm.getelementptr %v21[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1176 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1177 = llvm.getelementptr %v21[%v844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v846, %v1177 : f32, !llvm.ptr<3>
      }
      scf.if %v848 {
        %v1178 = llvm.getelementptr %v21[%v858] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v860, %v1178 : f32, !llvm.ptr<3>
      }
      scf.if %v862 {
        %v1179 = llvm.getelementptr %v21[%v872] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v874, %v1179 : f32, !llvm.ptr<3>
      }
      scf.if %v876 {
        %v1180 = llvm.getelementptr %v21[%v886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v888, %v1180 : f32, !llvm.ptr<3>
      }
      scf.if %v890 {
        %v1181 = llvm.getelementptr %v21[%v900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v902, %v1181 : f32, !llvm.ptr<3>
      }
      scf.if %v904 {
        %v1182 = llvm.getelementptr %v21[%v914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v916, %v1182 : f32, !llvm.ptr<3>
      }
      scf.if %v918 {
        %v1183 = llvm.getelementptr %v21[%v928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v930, %v1183 : f32, !llvm.ptr<3>
      }
      scf.if %v932 {
        %v1184 = llvm.getelementptr %v21[%v942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v944, %v1184 : f32, !llvm.ptr<3>
      }
      scf.if %v946 {
        %v1185 = llvm.getelementptr %v21[%v956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v958, %v1185 : f32, !llvm.ptr<3>
      }
      scf.if %v960 {
        %v1186 = llvm.getelementptr %v21[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v972, %v1186 : f32, !llvm.ptr<3>
      }
      scf.if %v974 {
        %v1187 = llvm.getelementptr %v21[%v984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v986, %v1187 : f32, !llvm.ptr<3>
      }
      scf.if %v988 {
        %v1188 = llvm.getelementptr %v21[%v998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1000, %v1188 : f32, !llvm.ptr<3>
      }
      scf.if %v1002 {
        %v1189 = llvm.getelementptr %v21[%v1012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1014, %v1189 : f32, !llvm.ptr<3>
      }
      scf.if %v1016 {
        %v1190 = llvm.getelementptr %v21[%v1026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1028, %v1190 : f32, !llvm.ptr<3>
      }
      scf.if %v1030 {
        %v1191 = llvm.getelementptr %v21[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1191 : f32, !llvm.ptr<3>
      }
      scf.if %v1044 {
        %v1192 = llvm.getelementptr %v21[%v1054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1056, %v1192 : f32, !llvm.ptr<3>
      }
      scf.if %v1058 {
        %v1193 = llvm.getelementptr %v21[%v1068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1070, %v1193 : f32, !llvm.ptr<3>
      }
      scf.if %v1072 {
        %v1194 = llvm.getelementptr %v21[%v1082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1084, %v1194 : f32, !llvm.ptr<3>
      }
      scf.if %v1086 {
        %v1195 = llvm.getelementptr %v21[%v1096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1098, %v1195 : f32, !llvm.ptr<3>
      }
      scf.if %v1100 {
        %v1196 = llvm.getelementptr %v21[%v1110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1112, %v1196 : f32, !llvm.ptr<3>
      }
      scf.if %v1114 {
        %v1197 = llvm.getelementptr %v21[%v1124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1126, %v1197 : f32, !llvm.ptr<3>
      }
      scf.if %v1128 {
        %v1198 = llvm.getelementptr %v21[%v1138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1140, %v1198 : f32, !llvm.ptr<3>
      }
      scf.if %v1142 {
        %v1199 = llvm.getelementptr %v21[%v1152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1154, %v1199 : f32, !llvm.ptr<3>
      }
      scf.if %v1156 {
        %v1200 = llvm.getelementptr %v21[%v1166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1168, %v1200 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1201 = arith.divui %v28, %v240 : i64
      %v1202 = arith.remui %v28, %v240 : i64
      %v1203 = arith.constant true
      %v1204 = arith.addi %v68, %v1201 : i64
      %v1205 = llvm.getelementptr %v20[%v1204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1206 = llvm.load %v1205 : !llvm.ptr<3> -> i64
      %v1207 = arith.cmpi slt, %v1202, %size_L : i64
      %v1208 = arith.subi %size_L, %v2 : i64
      %v1209 = arith.minsi %v1202, %v1208 : i64
      %v1210 = arith.subi %v249, %v1209 : i64
      %v1211 = arith.addi %v1206, %v1210 : i64
      %v1212 = arith.muli %v1204, %v252 : i64
      %v1213 = arith.addi %v1212, %v1202 : i64
      %v1214 = llvm.getelementptr %in_z[%v1211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1215 = llvm.load %v1214 : !llvm.ptr -> f32
      %v1216 = arith.addi %v1201, %v67 : i64
      %v1217 = arith.constant true
      %v1218 = arith.addi %v68, %v1216 : i64
      %v1219 = llvm.getelementptr %v20[%v1218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1220 = llvm.load %v1219 : !llvm.ptr<3> -> i64
      %v1221 = arith.cmpi slt, %v1202, %size_L : i64
      %v1222 = arith.subi %size_L, %v2 : i64
      %v1223 = arith.minsi %v1202, %v1222 : i64
      %v1224 = arith.subi %v249, %v1223 : i64
      %v1225 = arith.addi %v1220, %v1224 : i64
      %v1226 = arith.muli %v1218, %v252 : i64
      %v1227 = arith.addi %v1226, %v1202 : i64
      %v1228 = llvm.getelementptr %in_z[%v1225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1229 = llvm.load %v1228 : !llvm.ptr -> f32
      %v1230 = arith.addi %v1201, %v270 : i64
      %v1231 = arith.constant true
      %v1232 = arith.addi %v68, %v1230 : i64
      %v1233 = llvm.getelementptr %v20[%v1232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1234 = llvm.load %v1233 : !llvm.ptr<3> -> i64
      %v1235 = arith.cmpi slt, %v1202, %size_L : i64
      %v1236 = arith.subi %size_L, %v2 : i64
      %v1237 = arith.minsi %v1202, %v1236 : i64
      %v1238 = arith.subi %v249, %v1237 : i64
      %v1239 = arith.addi %v1234, %v1238 : i64
      %v1240 = arith.muli %v1232, %v252 : i64
      %v1241 = arith.addi %v1240, %v1202 : i64
      %v1242 = llvm.getelementptr %in_z[%v1239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1243 = llvm.load %v1242 : !llvm.ptr -> f32
      %v1244 = arith.addi %v1201, %v284 : i64
      %v1245 = arith.constant true
      %v1246 = arith.addi %v68, %v1244 : i64
      %v1247 = llvm.getelementptr %v20[%v1246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1248 = llvm.load %v1247 : !llvm.ptr<3> -> i64
      %v1249 = arith.cmpi slt, %v1202, %size_L : i64
      %v1250 = arith.subi %size_L, %v2 : i64
      %v1251 = arith.minsi %v1202, %v1250 : i64
      %v1252 = arith.subi %v249, %v1251 : i64
      %v1253 = arith.addi %v1248, %v1252 : i64
      %v1254 = arith.muli %v1246, %v252 : i64
      %v1255 = arith.addi %v1254, %v1202 : i64
      %v1256 = llvm.getelementptr %in_z[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
      %v1258 = arith.addi %v1201, %v298 : i64
      %v1259 = arith.constant true
      %v1260 = arith.addi %v68, %v1258 : i64
      %v1261 = llvm.getelementptr %v20[%v1260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1262 = llvm.load %v1261 : !llvm.ptr<3> -> i64
      %v1263 = arith.cmpi slt, %v1202, %size_L : i64
      %v1264 = arith.subi %size_L, %v2 : i64
      %v1265 = arith.minsi %v1202, %v1264 : i64
      %v1266 = arith.subi %v249, %v1265 : i64
      %v1267 = arith.addi %v1262, %v1266 : i64
      %v1268 = arith.muli %v1260, %v252 : i64
      %v1269 = arith.addi %v1268, %v1202 : i64
      %v1270 = llvm.getelementptr %in_z[%v1267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1271 = llvm.load %v1270 : !llvm.ptr -> f32
      %v1272 = arith.addi %v1201, %v312 : i64
      %v1273 = arith.constant true
      %v1274 = arith.addi %v68, %v1272 : i64
      %v1275 = llvm.getelementptr %v20[%v1274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1276 = llvm.load %v1275 : !llvm.ptr<3> -> i64
      %v1277 = arith.cmpi slt, %v1202, %size_L : i64
      %v1278 = arith.subi %size_L, %v2 : i64
      %v1279 = arith.minsi %v1202, %v1278 : i64
      %v1280 = arith.subi %v249, %v1279 : i64
      %v1281 = arith.addi %v1276, %v1280 : i64
      %v1282 = arith.muli %v1274, %v252 : i64
      %v1283 = arith.addi %v1282, %v1202 : i64
      %v1284 = llvm.getelementptr %in_z[%v1281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1285 = llvm.load %v1284 : !llvm.ptr -> f32
      %v1286 = arith.addi %v1201, %v326 : i64
      %v1287 = arith.constant true
      %v1288 = arith.addi %v68, %v1286 : i64
      %v1289 = llvm.getelementptr %v20[%v1288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1290 = llvm.load %v1289 : !llvm.ptr<3> -> i64
      %v1291 = arith.cmpi slt, %v1202, %size_L : i64
      %v1292 = arith.subi %size_L, %v2 : i64
      %v1293 = arith.minsi %v1202, %v1292 : i64
      %v1294 = arith.subi %v249, %v1293 : i64
      %v1295 = arith.addi %v1290, %v1294 : i64
      %v1296 = arith.muli %v1288, %v252 : i64
      %v1297 = arith.addi %v1296, %v1202 : i64
      %v1298 = llvm.getelementptr %in_z[%v1295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1299 = llvm.load %v1298 : !llvm.ptr -> f32
      %v1300 = arith.addi %v1201, %v340 : i64
      %v1301 = arith.constant true
      %v1302 = arith.addi %v68, %v1300 : i64
      %v1303 = llvm.getelementptr %v20[%v1302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1304 = llvm.load %v1303 : !llvm.ptr<3> -> i64
      %v1305 = arith.cmpi slt, %v1202, %size_L : i64
      %v1306 = arith.subi %size_L, %v2 : i64
      %v1307 = arith.minsi %v1202, %v1306 : i64
      %v1308 = arith.subi %v249, %v1307 : i64
      %v1309 = arith.addi %v1304, %v1308 : i64
      %v1310 = arith.muli %v1302, %v252 : i64
      %v1311 = arith.addi %v1310, %v1202 : i64
      %v1312 = llvm.getelementptr %in_z[%v1309] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1313 = llvm.load %v1312 : !llvm.ptr -> f32
      %v1314 = arith.addi %v1201, %v1 : i64
      %v1315 = arith.constant true
      %v1316 = arith.addi %v68, %v1314 : i64
      %v1317 = llvm.getelementptr %v20[%v1316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1318 = llvm.load %v1317 : !llvm.ptr<3> -> i64
      %v1319 = arith.cmpi slt, %v1202, %size_L : i64
      %v1320 = arith.subi %size_L, %v2 : i64
      %v1321 = arith.minsi %v1202, %v1320 : i64
      %v1322 = arith.subi %v249, %v1321 : i64
      %v1323 = arith.addi %v1318, %v1322 : i64
      %v1324 = arith.muli %v1316, %v252 : i64
      %v1325 = arith.addi %v1324, %v1202 : i64
      %v1326 = llvm.getelementptr %in_z[%v1323] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1327 = llvm.load %v1326 : !llvm.ptr -> f32
      %v1328 = arith.addi %v1201, %v367 : i64
      %v1329 = arith.constant true
      %v1330 = arith.addi %v68, %v1328 : i64
      %v1331 = llvm.getelementptr %v20[%v1330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1332 = llvm.load %v1331 : !llvm.ptr<3> -> i64
      %v1333 = arith.cmpi slt, %v1202, %size_L : i64
      %v1334 = arith.subi %size_L, %v2 : i64
      %v1335 = arith.minsi %v1202, %v1334 : i64
      %v1336 = arith.subi %v249, %v1335 : i64
      %v1337 = arith.addi %v1332, %v1336 : i64
      %v1338 = arith.muli %v1330, %v252 : i64
      %v1339 = arith.addi %v1338, %v1202 : i64
      %v1340 = llvm.getelementptr %in_z[%v1337] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1341 = llvm.load %v1340 : !llvm.ptr -> f32
      %v1342 = arith.addi %v1201, %v381 : i64
      %v1343 = arith.constant true
      %v1344 = arith.addi %v68, %v1342 : i64
      %v1345 = llvm.getelementptr %v20[%v1344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1346 = llvm.load %v1345 : !llvm.ptr<3> -> i64
      %v1347 = arith.cmpi slt, %v1202, %size_L : i64
      %v1348 = arith.subi %size_L, %v2 : i64
      %v1349 = arith.minsi %v1202, %v1348 : i64
      %v1350 = arith.subi %v249, %v1349 : i64
      %v1351 = arith.addi %v1346, %v1350 : i64
      %v1352 = arith.muli %v1344, %v252 : i64
      %v1353 = arith.addi %v1352, %v1202 : i64
      %v1354 = llvm.getelementptr %in_z[%v1351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1355 = llvm.load %v1354 : !llvm.ptr -> f32
      %v1356 = arith.addi %v1201, %v395 : i64
      %v1357 = arith.constant true
      %v1358 = arith.addi %v68, %v1356 : i64
      %v1359 = llvm.getelementptr %v20[%v1358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1360 = llvm.load %v1359 : !llvm.ptr<3> -> i64
      %v1361 = arith.cmpi slt, %v1202, %size_L : i64
      %v1362 = arith.subi %size_L, %v2 : i64
      %v1363 = arith.minsi %v1202, %v1362 : i64
      %v1364 = arith.subi %v249, %v1363 : i64
      %v1365 = arith.addi %v1360, %v1364 : i64
      %v1366 = arith.muli %v1358, %v252 : i64
      %v1367 = arith.addi %v1366, %v1202 : i64
      %v1368 = llvm.getelementptr %in_z[%v1365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1369 = llvm.load %v1368 : !llvm.ptr -> f32
      %v1370 = arith.addi %v1201, %v409 : i64
      %v1371 = arith.constant true
      %v1372 = arith.addi %v68, %v1370 : i64
      %v1373 = llvm.getelementptr %v20[%v1372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1374 = llvm.load %v1373 : !llvm.ptr<3> -> i64
      %v1375 = arith.cmpi slt, %v1202, %size_L : i64
      %v1376 = arith.subi %size_L, %v2 : i64
      %v1377 = arith.minsi %v1202, %v1376 : i64
      %v1378 = arith.subi %v249, %v1377 : i64
      %v1379 = arith.addi %v1374, %v1378 : i64
      %v1380 = arith.muli %v1372, %v252 : i64
      %v1381 = arith.addi %v1380, %v1202 : i64
      %v1382 = llvm.getelementptr %in_z[%v1379] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1383 = llvm.load %v1382 : !llvm.ptr -> f32
      %v1384 = arith.addi %v1201, %v423 : i64
      %v1385 = arith.constant true
      %v1386 = arith.addi %v68, %v1384 : i64
      %v1387 = llvm.getelementptr %v20[%v1386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1388 = llvm.load %v1387 : !llvm.ptr<3> -> i64
      %v1389 = arith.cmpi slt, %v1202, %size_L : i64
      %v1390 = arith.subi %size_L, %v2 : i64
      %v1391 = arith.minsi %v1202, %v1390 : i64
      %v1392 = arith.subi %v249, %v1391 : i64
      %v1393 = arith.addi %v1388, %v1392 : i64
      %v1394 = arith.muli %v1386, %v252 : i64
      %v1395 = arith.addi %v1394, %v1202 : i64
      %v1396 = llvm.getelementptr %in_z[%v1393] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1397 = llvm.load %v1396 : !llvm.ptr -> f32
      %v1398 = arith.addi %v1201, %v437 : i64
      %v1399 = arith.constant true
      %v1400 = arith.addi %v68, %v1398 : i64
      %v1401 = llvm.getelementptr %v20[%v1400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1402 = llvm.load %v1401 : !llvm.ptr<3> -> i64
      %v1403 = arith.cmpi slt, %v1202, %size_L : i64
      %v1404 = arith.subi %size_L, %v2 : i64
      %v1405 = arith.minsi %v1202, %v1404 : i64
      %v1406 = arith.subi %v249, %v1405 : i64
      %v1407 = arith.addi %v1402, %v1406 : i64
      %v1408 = arith.muli %v1400, %v252 : i64
      %v1409 = arith.addi %v1408, %v1202 : i64
      %v1410 = llvm.getelementptr %in_z[%v1407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1411 = llvm.load %v1410 : !llvm.ptr -> f32
      %v1412 = arith.addi %v1201, %v451 : i64
      %v1413 = arith.constant true
      %v1414 = arith.addi %v68, %v1412 : i64
      %v1415 = llvm.getelementptr %v20[%v1414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1416 = llvm.load %v1415 : !llvm.ptr<3> -> i64
      %v1417 = arith.cmpi slt, %v1202, %size_L : i64
      %v1418 = arith.subi %size_L, %v2 : i64
      %v1419 = arith.minsi %v1202, %v1418 : i64
      %v1420 = arith.subi %v249, %v1419 : i64
      %v1421 = arith.addi %v1416, %v1420 : i64
      %v1422 = arith.muli %v1414, %v252 : i64
      %v1423 = arith.addi %v1422, %v1202 : i64
      %v1424 = llvm.getelementptr %in_z[%v1421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1425 = llvm.load %v1424 : !llvm.ptr -> f32
      %v1426 = arith.addi %v1201, %v240 : i64
      %v1427 = arith.constant true
      %v1428 = arith.addi %v68, %v1426 : i64
      %v1429 = llvm.getelementptr %v20[%v1428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1430 = llvm.load %v1429 : !llvm.ptr<3> -> i64
      %v1431 = arith.cmpi slt, %v1202, %size_L : i64
      %v1432 = arith.subi %size_L, %v2 : i64
      %v1433 = arith.minsi %v1202, %v1432 : i64
      %v1434 = arith.subi %v249, %v1433 : i64
      %v1435 = arith.addi %v1430, %v1434 : i64
      %v1436 = arith.muli %v1428, %v252 : i64
      %v1437 = arith.addi %v1436, %v1202 : i64
      %v1438 = llvm.getelementptr %in_z[%v1435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1439 = llvm.load %v1438 : !llvm.ptr -> f32
      %v1440 = arith.addi %v1201, %v478 : i64
      %v1441 = arith.constant true
      %v1442 = arith.addi %v68, %v1440 : i64
      %v1443 = llvm.getelementptr %v20[%v1442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1444 = llvm.load %v1443 : !llvm.ptr<3> -> i64
      %v1445 = arith.cmpi slt, %v1202, %size_L : i64
      %v1446 = arith.subi %size_L, %v2 : i64
      %v1447 = arith.minsi %v1202, %v1446 : i64
      %v1448 = arith.subi %v249, %v1447 : i64
      %v1449 = arith.addi %v1444, %v1448 : i64
      %v1450 = arith.muli %v1442, %v252 : i64
      %v1451 = arith.addi %v1450, %v1202 : i64
      %v1452 = llvm.getelementptr %in_z[%v1449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1453 = llvm.load %v1452 : !llvm.ptr -> f32
      %v1454 = arith.addi %v1201, %v492 : i64
      %v1455 = arith.constant true
      %v1456 = arith.addi %v68, %v1454 : i64
      %v1457 = llvm.getelementptr %v20[%v1456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1458 = llvm.load %v1457 : !llvm.ptr<3> -> i64
      %v1459 = arith.cmpi slt, %v1202, %size_L : i64
      %v1460 = arith.subi %size_L, %v2 : i64
      %v1461 = arith.minsi %v1202, %v1460 : i64
      %v1462 = arith.subi %v249, %v1461 : i64
      %v1463 = arith.addi %v1458, %v1462 : i64
      %v1464 = arith.muli %v1456, %v252 : i64
      %v1465 = arith.addi %v1464, %v1202 : i64
      %v1466 = llvm.getelementptr %in_z[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
      %v1468 = arith.addi %v1201, %v506 : i64
      %v1469 = arith.constant true
      %v1470 = arith.addi %v68, %v1468 : i64
      %v1471 = llvm.getelementptr %v20[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1472 = llvm.load %v1471 : !llvm.ptr<3> -> i64
      %v1473 = arith.cmpi slt, %v1202, %size_L : i64
      %v1474 = arith.subi %size_L, %v2 : i64
      %v1475 = arith.minsi %v1202, %v1474 : i64
      %v1476 = arith.subi %v249, %v1475 : i64
      %v1477 = arith.addi %v1472, %v1476 : i64
      %v1478 = arith.muli %v1470, %v252 : i64
      %v1479 = arith.addi %v1478, %v1202 : i64
      %v1480 = llvm.getelementptr %in_z[%v1477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1481 = llvm.load %v1480 : !llvm.ptr -> f32
      %v1482 = arith.addi %v1201, %v520 : i64
      %v1483 = arith.constant true
      %v1484 = arith.addi %v68, %v1482 : i64
      %v1485 = llvm.getelementptr %v20[%v1484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1486 = llvm.load %v1485 : !llvm.ptr<3> -> i64
      %v1487 = arith.cmpi slt, %v1202, %size_L : i64
      %v1488 = arith.subi %size_L, %v2 : i64
      %v1489 = arith.minsi %v1202, %v1488 : i64
      %v1490 = arith.subi %v249, %v1489 : i64
      %v1491 = arith.addi %v1486, %v1490 : i64
      %v1492 = arith.muli %v1484, %v252 : i64
      %v1493 = arith.addi %v1492, %v1202 : i64
      %v1494 = llvm.getelementptr %in_z[%v1491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1495 = llvm.load %v1494 : !llvm.ptr -> f32
      %v1496 = arith.addi %v1201, %v534 : i64
      %v1497 = arith.constant true
      %v1498 = arith.addi %v68, %v1496 : i64
      %v1499 = llvm.getelementptr %v20[%v1498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1500 = llvm.load %v1499 : !llvm.ptr<3> -> i64
      %v1501 = arith.cmpi slt, %v1202, %size_L : i64
      %v1502 = arith.subi %size_L, %v2 : i64
      %v1503 = arith.minsi %v1202, %v1502 : i64
      %v1504 = arith.subi %v249, %v1503 : i64
      %v1505 = arith.addi %v1500, %v1504 : i64
      %v1506 = arith.muli %v1498, %v252 : i64
      %v1507 = arith.addi %v1506, %v1202 : i64
      %v1508 = llvm.getelementptr %in_z[%v1505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1509 = llvm.load %v1508 : !llvm.ptr -> f32
      %v1510 = arith.addi %v1201, %v548 : i64
      %v1511 = arith.constant true
      %v1512 = arith.addi %v68, %v1510 : i64
      %v1513 = llvm.getelementptr %v20[%v1512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1514 = llvm.load %v1513 : !llvm.ptr<3> -> i64
      %v1515 = arith.cmpi slt, %v1202, %size_L : i64
      %v1516 = arith.subi %size_L, %v2 : i64
      %v1517 = arith.minsi %v1202, %v1516 : i64
      %v1518 = arith.subi %v249, %v1517 : i64
      %v1519 = arith.addi %v1514, %v1518 : i64
      %v1520 = arith.muli %v1512, %v252 : i64
      %v1521 = arith.addi %v1520, %v1202 : i64
      %v1522 = llvm.getelementptr %in_z[%v1519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1523 = llvm.load %v1522 : !llvm.ptr -> f32
      %v1524 = arith.addi %v1201, %v562 : i64
      %v1525 = arith.constant true
      %v1526 = arith.addi %v68, %v1524 : i64
      %v1527 = llvm.getelementptr %v20[%v1526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1528 = llvm.load %v1527 : !llvm.ptr<3> -> i64
      %v1529 = arith.cmpi slt, %v1202, %size_L : i64
      %v1530 = arith.subi %size_L, %v2 : i64
      %v1531 = arith.minsi %v1202, %v1530 : i64
      %v1532 = arith.subi %v249, %v1531 : i64
      %v1533 = arith.addi %v1528, %v1532 : i64
      %v1534 = arith.muli %v1526, %v252 : i64
      %v1535 = arith.addi %v1534, %v1202 : i64
      %v1536 = llvm.getelementptr %in_z[%v1533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1537 = llvm.load %v1536 : !llvm.ptr -> f32
      %v1538 = arith.addi %v1201, %v576 : i64
      %v1539 = arith.constant true
      %v1540 = arith.addi %v68, %v1538 : i64
      %v1541 = llvm.getelementptr %v20[%v1540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1542 = llvm.load %v1541 : !llvm.ptr<3> -> i64
      %v1543 = arith.cmpi slt, %v1202, %size_L : i64
      %v1544 = arith.subi %size_L, %v2 : i64
      %v1545 = arith.minsi %v1202, %v1544 : i64
      %v1546 = arith.subi %v249, %v1545 : i64
      %v1547 = arith.addi %v1542, %v1546 : i64
      %v1548 = arith.muli %v1540, %v252 : i64
      %v1549 = arith.addi %v1548, %v1202 : i64
      %v1550 = llvm.getelementptr %in_z[%v1547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1551 = llvm.load %v1550 : !llvm.ptr -> f32
      %v1552 = arith.addi %v1201, %v590 : i64
      %v1553 = arith.constant true
      %v1554 = arith.addi %v68, %v1552 : i64
      %v1555 = llvm.getelementptr %v20[%v1554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1556 = llvm.load %v1555 : !llvm.ptr<3> -> i64
      %v1557 = arith.cmpi slt, %v1202, %size_L : i64
      %v1558 = arith.subi %size_L, %v2 : i64
      %v1559 = arith.minsi %v1202, %v1558 : i64
      %v1560 = arith.subi %v249, %v1559 : i64
      %v1561 = arith.addi %v1556, %v1560 : i64
      %v1562 = arith.muli %v1554, %v252 : i64
      %v1563 = arith.addi %v1562, %v1202 : i64
      %v1564 = llvm.getelementptr %in_z[%v1561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1565 = llvm.load %v1564 : !llvm.ptr -> f32
      %v1566 = arith.addi %v1201, %v604 : i64
      %v1567 = arith.constant true
      %v1568 = arith.addi %v68, %v1566 : i64
      %v1569 = llvm.getelementptr %v20[%v1568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1570 = llvm.load %v1569 : !llvm.ptr<3> -> i64
      %v1571 = arith.cmpi slt, %v1202, %size_L : i64
      %v1572 = arith.subi %size_L, %v2 : i64
      %v1573 = arith.minsi %v1202, %v1572 : i64
      %v1574 = arith.subi %v249, %v1573 : i64
      %v1575 = arith.addi %v1570, %v1574 : i64
      %v1576 = arith.muli %v1568, %v252 : i64
      %v1577 = arith.addi %v1576, %v1202 : i64
      %v1578 = llvm.getelementptr %in_z[%v1575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1579 = llvm.load %v1578 : !llvm.ptr -> f32
      %v1580 = arith.addi %v1201, %v618 : i64
      %v1581 = arith.constant true
      %v1582 = arith.addi %v68, %v1580 : i64
      %v1583 = llvm.getelementptr %v20[%v1582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1584 = llvm.load %v1583 : !llvm.ptr<3> -> i64
      %v1585 = arith.cmpi slt, %v1202, %size_L : i64
      %v1586 = arith.subi %size_L, %v2 : i64
      %v1587 = arith.minsi %v1202, %v1586 : i64
      %v1588 = arith.subi %v249, %v1587 : i64
      %v1589 = arith.addi %v1584, %v1588 : i64
      %v1590 = arith.muli %v1582, %v252 : i64
      %v1591 = arith.addi %v1590, %v1202 : i64
      %v1592 = llvm.getelementptr %in_z[%v1589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1593 = llvm.load %v1592 : !llvm.ptr -> f32
      %v1594 = arith.addi %v1201, %v632 : i64
      %v1595 = arith.constant true
      %v1596 = arith.addi %v68, %v1594 : i64
      %v1597 = llvm.getelementptr %v20[%v1596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1598 = llvm.load %v1597 : !llvm.ptr<3> -> i64
      %v1599 = arith.cmpi slt, %v1202, %size_L : i64
      %v1600 = arith.subi %size_L, %v2 : i64
      %v1601 = arith.minsi %v1202, %v1600 : i64
      %v1602 = arith.subi %v249, %v1601 : i64
      %v1603 = arith.addi %v1598, %v1602 : i64
      %v1604 = arith.muli %v1596, %v252 : i64
      %v1605 = arith.addi %v1604, %v1202 : i64
      %v1606 = llvm.getelementptr %in_z[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
      %v1608 = arith.addi %v1201, %v646 : i64
      %v1609 = arith.constant true
      %v1610 = arith.addi %v68, %v1608 : i64
      %v1611 = llvm.getelementptr %v20[%v1610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1612 = llvm.load %v1611 : !llvm.ptr<3> -> i64
      %v1613 = arith.cmpi slt, %v1202, %size_L : i64
      %v1614 = arith.subi %size_L, %v2 : i64
      %v1615 = arith.minsi %v1202, %v1614 : i64
      %v1616 = arith.subi %v249, %v1615 : i64
      %v1617 = arith.addi %v1612, %v1616 : i64
      %v1618 = arith.muli %v1610, %v252 : i64
      %v1619 = arith.addi %v1618, %v1202 : i64
      %v1620 = llvm.getelementptr %in_z[%v1617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1621 = llvm.load %v1620 : !llvm.ptr -> f32
      %v1622 = arith.addi %v1201, %v660 : i64
      %v1623 = arith.constant true
      %v1624 = arith.addi %v68, %v1622 : i64
      %v1625 = llvm.getelementptr %v20[%v1624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1626 = llvm.load %v1625 : !llvm.ptr<3> -> i64
      %v1627 = arith.cmpi slt, %v1202, %size_L : i64
      %v1628 = arith.subi %size_L, %v2 : i64
      %v1629 = arith.minsi %v1202, %v1628 : i64
      %v1630 = arith.subi %v249, %v1629 : i64
      %v1631 = arith.addi %v1626, %v1630 : i64
      %v1632 = arith.muli %v1624, %v252 : i64
      %v1633 = arith.addi %v1632, %v1202 : i64
      %v1634 = llvm.getelementptr %in_z[%v1631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1635 = llvm.load %v1634 : !llvm.ptr -> f32
      %v1636 = arith.addi %v1201, %v674 : i64
      %v1637 = arith.constant true
      %v1638 = arith.addi %v68, %v1636 : i64
      %v1639 = llvm.getelementptr %v20[%v1638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1640 = llvm.load %v1639 : !llvm.ptr<3> -> i64
      %v1641 = arith.cmpi slt, %v1202, %size_L : i64
      %v1642 = arith.subi %size_L, %v2 : i64
      %v1643 = arith.minsi %v1202, %v1642 : i64
      %v1644 = arith.subi %v249, %v1643 : i64
      %v1645 = arith.addi %v1640, %v1644 : i64
      %v1646 = arith.muli %v1638, %v252 : i64
      %v1647 = arith.addi %v1646, %v1202 : i64
      %v1648 = llvm.getelementptr %in_z[%v1645] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1649 = llvm.load %v1648 : !llvm.ptr -> f32
      scf.if %v1203 {
        %v1650 = llvm.getelementptr %v21[%v1213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1215, %v1650 : f32, !llvm.ptr<3>
      }
      scf.if %v1217 {
        %v1651 = llvm.getelementptr %v21[%v1227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1229, %v1651 : f32, !llvm.ptr<3>
      }
      scf.if %v1231 {
        %v1652 = llvm.getelementptr %v21[%v1241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1243, %v1652 : f32, !llvm.ptr<3>
      }
      scf.if %v1245 {
        %v1653 = llvm.getelementptr %v21[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1257, %v1653 : f32, !llvm.ptr<3>
      }
      scf.if %v1259 {
        %v1654 = llvm.getelementptr %v21[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1271, %v1654 : f32, !llvm.ptr<3>
      }
      scf.if %v1273 {
        %v1655 = llvm.getelementptr %v21[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1285, %v1655 : f32, !llvm.ptr<3>
      }
      scf.if %v1287 {
        %v1656 = llvm.getelementptr %v21[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1299, %v1656 : f32, !llvm.ptr<3>
      }
      scf.if %v1301 {
        %v1657 = llvm.getelementptr %v21[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1313, %v1657 : f32, !llvm.ptr<3>
      }
      scf.if %v1315 {
        %v1658 = llvm.getelementptr %v21[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1327, %v1658 : f32, !llvm.ptr<3>
      }
      scf.if %v1329 {
        %v1659 = llvm.getelementptr %v21[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1341, %v1659 : f32, !llvm.ptr<3>
      }
      scf.if %v1343 {
        %v1660 = llvm.getelementptr %v21[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1355, %v1660 : f32, !llvm.ptr<3>
      }
      scf.if %v1357 {
        %v1661 = llvm.getelementptr %v21[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1369, %v1661 : f32, !llvm.ptr<3>
      }
      scf.if %v1371 {
        %v1662 = llvm.getelementptr %v21[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1383, %v1662 : f32, !llvm.ptr<3>
      }
      scf.if %v1385 {
        %v1663 = llvm.getelementptr %v21[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1397, %v1663 : f32, !llvm.ptr<3>
      }
      scf.if %v1399 {
        %v1664 = llvm.getelementptr %v21[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1411, %v1664 : f32, !llvm.ptr<3>
      }
      scf.if %v1413 {
        %v1665 = llvm.getelementptr %v21[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1425, %v1665 : f32, !llvm.ptr<3>
      }
      scf.if %v1427 {
        %v1666 = llvm.getelementptr %v21[%v1437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1439, %v1666 : f32, !llvm.ptr<3>
      }
      scf.if %v1441 {
        %v1667 = llvm.getelementptr %v21[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1453, %v1667 : f32, !llvm.ptr<3>
      }
      scf.if %v1455 {
        %v1668 = llvm.getelementptr %v21[%v1465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1467, %v1668 : f32, !llvm.ptr<3>
      }
      scf.if %v1469 {
        %v1669 = llvm.getelementptr %v21[%v1479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1481, %v1669 : f32, !llvm.ptr<3>
      }
      scf.if %v1483 {
        %v1670 = llvm.getelementptr %v21[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1495, %v1670 : f32, !llvm.ptr<3>
      }
      scf.if %v1497 {
        %v1671 = llvm.getelementptr %v21[%v1507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1509, %v1671 : f32, !llvm.ptr<3>
      }
      scf.if %v1511 {
        %v1672 = llvm.getelementptr %v21[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1523, %v1672 : f32, !llvm.ptr<3>
      }
      scf.if %v1525 {
        %v1673 = llvm.getelementptr %v21[%v1535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1537, %v1673 : f32, !llvm.ptr<3>
      }
      scf.if %v1539 {
        %v1674 = llvm.getelementptr %v21[%v1549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1551, %v1674 : f32, !llvm.ptr<3>
      }
      scf.if %v1553 {
        %v1675 = llvm.getelementptr %v21[%v1563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1565, %v1675 : f32, !llvm.ptr<3>
      }
      scf.if %v1567 {
        %v1676 = llvm.getelementptr %v21[%v1577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1579, %v1676 : f32, !llvm.ptr<3>
      }
      scf.if %v1581 {
        %v1677 = llvm.getelementptr %v21[%v1591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1593, %v1677 : f32, !llvm.ptr<3>
      }
      scf.if %v1595 {
        %v1678 = llvm.getelementptr %v21[%v1605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1607, %v1678 : f32, !llvm.ptr<3>
      }
      scf.if %v1609 {
        %v1679 = llvm.getelementptr %v21[%v1619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1621, %v1679 : f32, !llvm.ptr<3>
      }
      scf.if %v1623 {
        %v1680 = llvm.getelementptr %v21[%v1633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1635, %v1680 : f32, !llvm.ptr<3>
      }
      scf.if %v1637 {
        %v1681 = llvm.getelementptr %v21[%v1647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1649, %v1681 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1682 = arith.index_cast %v53 : i64 to index
      %v1683 = arith.index_cast %size_L : i64 to index
      %v1684 = arith.index_cast %v240 : i64 to index
      scf.for %v1685 = %v1682 to %v1683 step %v1684 {
        %v1686 = arith.index_cast %v1685 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v1687 = arith.subi %size_L, %v2 : i64
        %v1689 = arith.index_cast %v28 : i64 to index
        %v1690 = arith.index_cast %v1688 : i64 to index
        %v1691 = arith.index_cast %v30 : i64 to index
        scf.for %v1692 = %v1689 to %v1690 step %v1691 {
          %v1693 = arith.index_cast %v1692 : index to i64
          %v1694 = arith.remui %v1693, %v240 : i64
          %v1695 = arith.divui %v1693, %v240 : i64
          %v1696 = arith.addi %v1686, %v1694 : i64
          %v1697 = arith.minsi %v1696, %v1687 : i64
          %v1698 = arith.remui %v1695, %v1 : i64
          %v1699 = arith.divui %v1695, %v1 : i64
          %v1701 = arith.muli %v47, %v1700 : i64
          %v1702 = arith.muli %v1698, %size_L : i64
          %v1703 = arith.addi %v1701, %v1702 : i64
          %v1704 = arith.subi %v249, %v1697 : i64
          %v1705 = arith.addi %v1703, %v1704 : i64
          %v1706 = llvm.getelementptr %in_Bm[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
          %v1709 = arith.muli %v1695, %v1708 : i64
          %v1710 = arith.addi %v1709, %v1694 : i64
          %v1711 = llvm.getelementptr %v50[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1707, %v1711 : f32, !llvm.ptr
        }
        %v1712 = arith.index_cast %v28 : i64 to index
        %v1713 = arith.index_cast %v1688 : i64 to index
        %v1714 = arith.index_cast %v30 : i64 to index
        scf.for %v1715 = %v1712 to %v1713 step %v1714 {
          %v1716 = arith.index_cast %v1715 : index to i64
          %v1717 = arith.remui %v1716, %v240 : i64
          %v1718 = arith.divui %v1716, %v240 : i64
          %v1719 = arith.addi %v1686, %v1717 : i64
          %v1720 = arith.minsi %v1719, %v1687 : i64
          %v1721 = arith.remui %v1718, %v1 : i64
          %v1722 = arith.divui %v1718, %v1 : i64
          %v1723 = arith.muli %v47, %v1700 : i64
          %v1724 = arith.muli %v1721, %size_L : i64
          %v1725 = arith.addi %v1723, %v1724 : i64
          %v1726 = arith.subi %v249, %v1720 : i64
          %v1727 = arith.addi %v1725, %v1726 : i64
          %v1728 = llvm.getelementptr %in_Cm[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1729 = llvm.load %v1728 : !llvm.ptr -> f32
          %v1730 = arith.muli %v1718, %v1708 : i64
          %v1731 = arith.addi %v1730, %v1717 : i64
          %v1732 = llvm.getelementptr %v52[%v1731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1729, %v1732 : f32, !llvm.ptr
        }
        gpu.barrier
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1733 = arith.remui %v1686, %v30 : i64
        %v1734 = arith.cmpi eq, %v1733, %v53 : i64
        %v1735 = arith.andi %v1734, %v39 : i1
        scf.if %v1735 {
          %v1736 = arith.divui %v1686, %v30 : i64
          %v1737 = llvm.mlir.zero : !llvm.ptr
          %v1738 = llvm.icmp "ne" %ckpt_h, %v1737 : !llvm.ptr
          scf.if %v1738 {
            %v1741 = arith.muli %v1736, %v1740 : i64
            %v1742 = llvm.load %v4 : !llvm.ptr -> f32
            %v1743 = arith.muli %v47, %v80 : i64
            %v1744 = arith.muli %v45, %v1 : i64
            %v1745 = arith.addi %v1743, %v1744 : i64
            %v1746 = arith.addi %v1741, %v1745 : i64
            %v1747 = llvm.getelementptr %ckpt_h[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1742, %v1747 : f32, !llvm.ptr
            %v1748 = llvm.load %v5 : !llvm.ptr -> f32
            %v1749 = arith.muli %v47, %v80 : i64
            %v1750 = arith.muli %v45, %v1 : i64
            %v1751 = arith.addi %v1749, %v1750 : i64
            %v1752 = arith.constant 1 : i64
            %v1753 = arith.addi %v1751, %v1752 : i64
            %v1754 = arith.addi %v1741, %v1753 : i64
            %v1755 = llvm.getelementptr %ckpt_h[%v1754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1748, %v1755 : f32, !llvm.ptr
            %v1756 = llvm.load %v6 : !llvm.ptr -> f32
            %v1757 = arith.muli %v47, %v80 : i64
            %v1758 = arith.muli %v45, %v1 : i64
            %v1759 = arith.addi %v1757, %v1758 : i64
            %v1760 = arith.constant 2 : i64
            %v1761 = arith.addi %v1759, %v1760 : i64
            %v1762 = arith.addi %v1741, %v1761 : i64
            %v1763 = llvm.getelementptr %ckpt_h[%v1762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1756, %v1763 : f32, !llvm.ptr
            %v1764 = llvm.load %v7 : !llvm.ptr -> f32
            %v1765 = arith.muli %v47, %v80 : i64
            %v1766 = arith.muli %v45, %v1 : i64
            %v1767 = arith.addi %v1765, %v1766 : i64
            %v1768 = arith.constant 3 : i64
            %v1769 = arith.addi %v1767, %v1768 : i64
            %v1770 = arith.addi %v1741, %v1769 : i64
            %v1771 = llvm.getelementptr %ckpt_h[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1764, %v1771 : f32, !llvm.ptr
            %v1772 = llvm.load %v8 : !llvm.ptr -> f32
            %v1773 = arith.muli %v47, %v80 : i64
            %v1774 = arith.muli %v45, %v1 : i64
            %v1775 = arith.addi %v1773, %v1774 : i64
            %v1776 = arith.constant 4 : i64
            %v1777 = arith.addi %v1775, %v1776 : i64
            %v1778 = arith.addi %v1741, %v1777 : i64
            %v1779 = llvm.getelementptr %ckpt_h[%v1778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1772, %v1779 : f32, !llvm.ptr
            %v1780 = llvm.load %v9 : !llvm.ptr -> f32
            %v1781 = arith.muli %v47, %v80 : i64
            %v1782 = arith.muli %v45, %v1 : i64
            %v1783 = arith.addi %v1781, %v1782 : i64
            %v1784 = arith.constant 5 : i64
            %v1785 = arith.addi %v1783, %v1784 : i64
            %v1786 = arith.addi %v1741, %v1785 : i64
            %v1787 = llvm.getelementptr %ckpt_h[%v1786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1780, %v1787 : f32, !llvm.ptr
            %v1788 = llvm.load %v10 : !llvm.ptr -> f32
            %v1789 = arith.muli %v47, %v80 : i64
            %v1790 = arith.muli %v45, %v1 : i64
            %v1791 = arith.addi %v1789, %v1790 : i64
            %v1792 = arith.constant 6 : i64
            %v1793 = arith.addi %v1791, %v1792 : i64
            %v1794 = arith.addi %v1741, %v1793 : i64
            %v1795 = llvm.getelementptr %ckpt_h[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1788, %v1795 : f32, !llvm.ptr
            %v1796 = llvm.load %v11 : !llvm.ptr -> f32
            %v1797 = arith.muli %v47, %v80 : i64
            %v1798 = arith.muli %v45, %v1 : i64
            %v1799 = arith.addi %v1797, %v1798 : i64
            %v1800 = arith.constant 7 : i64
            %v1801 = arith.addi %v1799, %v1800 : i64
            %v1802 = arith.addi %v1741, %v1801 : i64
            %v1803 = llvm.getelementptr %ckpt_h[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1796, %v1803 : f32, !llvm.ptr
            %v1804 = llvm.load %v12 : !llvm.ptr -> f32
            %v1805 = arith.muli %v47, %v80 : i64
            %v1806 = arith.muli %v45, %v1 : i64
            %v1807 = arith.addi %v1805, %v1806 : i64
            %v1808 = arith.constant 8 : i64
            %v1809 = arith.addi %v1807, %v1808 : i64
            %v1810 = arith.addi %v1741, %v1809 : i64
            %v1811 = llvm.getelementptr %ckpt_h[%v1810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1804, %v1811 : f32, !llvm.ptr
            %v1812 = llvm.load %v13 : !llvm.ptr -> f32
            %v1813 = arith.muli %v47, %v80 : i64
            %v1814 = arith.muli %v45, %v1 : i64
            %v1815 = arith.addi %v1813, %v1814 : i64
            %v1816 = arith.constant 9 : i64
            %v1817 = arith.addi %v1815, %v1816 : i64
            %v1818 = arith.addi %v1741, %v1817 : i64
            %v1819 = llvm.getelementptr %ckpt_h[%v1818] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1812, %v1819 : f32, !llvm.ptr
            %v1820 = llvm.load %v14 : !llvm.ptr -> f32
            %v1821 = arith.muli %v47, %v80 : i64
            %v1822 = arith.muli %v45, %v1 : i64
            %v1823 = arith.addi %v1821, %v1822 : i64
            %v1824 = arith.constant 10 : i64
            %v1825 = arith.addi %v1823, %v1824 : i64
            %v1826 = arith.addi %v1741, %v1825 : i64
            %v1827 = llvm.getelementptr %ckpt_h[%v1826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1820, %v1827 : f32, !llvm.ptr
            %v1828 = llvm.load %v15 : !llvm.ptr -> f32
            %v1829 = arith.muli %v47, %v80 : i64
            %v1830 = arith.muli %v45, %v1 : i64
            %v1831 = arith.addi %v1829, %v1830 : i64
            %v1832 = arith.constant 11 : i64
            %v1833 = arith.addi %v1831, %v1832 : i64
            %v1834 = arith.addi %v1741, %v1833 : i64
            %v1835 = llvm.getelementptr %ckpt_h[%v1834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1828, %v1835 : f32, !llvm.ptr
            %v1836 = llvm.load %v16 : !llvm.ptr -> f32
            %v1837 = arith.muli %v47, %v80 : i64
            %v1838 = arith.muli %v45, %v1 : i64
            %v1839 = arith.addi %v1837, %v1838 : i64
            %v1840 = arith.constant 12 : i64
            %v1841 = arith.addi %v1839, %v1840 : i64
            %v1842 = arith.addi %v1741, %v1841 : i64
            %v1843 = llvm.getelementptr %ckpt_h[%v1842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1836, %v1843 : f32, !llvm.ptr
            %v1844 = llvm.load %v17 : !llvm.ptr -> f32
            %v1845 = arith.muli %v47, %v80 : i64
            %v1846 = arith.muli %v45, %v1 : i64
            %v1847 = arith.addi %v1845, %v1846 : i64
            %v1848 = arith.constant 13 : i64
            %v1849 = arith.addi %v1847, %v1848 : i64
            %v1850 = arith.addi %v1741, %v1849 : i64
            %v1851 = llvm.getelementptr %ckpt_h[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1844, %v1851 : f32, !llvm.ptr
            %v1852 = llvm.load %v18 : !llvm.ptr -> f32
            %v1853 = arith.muli %v47, %v80 : i64
            %v1854 = arith.muli %v45, %v1 : i64
            %v1855 = arith.addi %v1853, %v1854 : i64
            %v1856 = arith.constant 14 : i64
            %v1857 = arith.addi %v1855, %v1856 : i64
            %v1858 = arith.addi %v1741, %v1857 : i64
            %v1859 = llvm.getelementptr %ckpt_h[%v1858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1852, %v1859 : f32, !llvm.ptr
            %v1860 = llvm.load %v19 : !llvm.ptr -> f32
            %v1861 = arith.muli %v47, %v80 : i64
            %v1862 = arith.muli %v45, %v1 : i64
            %v1863 = arith.addi %v1861, %v1862 : i64
            %v1864 = arith.constant 15 : i64
            %v1865 = arith.addi %v1863, %v1864 : i64
            %v1866 = arith.addi %v1741, %v1865 : i64
            %v1867 = llvm.getelementptr %ckpt_h[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1860, %v1867 : f32, !llvm.ptr
          }
        }
        // end save
        %v1868 = arith.subi %size_L, %v1686 : i64
        %v1869 = arith.minsi %v1868, %v240 : i64
        %v1870 = arith.addi %v1686, %v240 : i64
        %v1871 = arith.divui %v28, %v240 : i64
        %v1872 = arith.remui %v28, %v240 : i64
        %v1873 = arith.constant true
        %v1874 = llvm.getelementptr %v20[%v1871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1875 = llvm.load %v1874 : !llvm.ptr<3> -> i64
        %v1876 = arith.addi %v1870, %v1872 : i64
        %v1877 = arith.cmpi slt, %v1876, %size_L : i64
        %v1878 = arith.subi %size_L, %v2 : i64
        %v1879 = arith.minsi %v1876, %v1878 : i64
        %v1880 = arith.subi %v249, %v1879 : i64
        %v1881 = arith.addi %v1875, %v1880 : i64
        %v1882 = arith.muli %v1871, %v252 : i64
        %v1883 = arith.addi %v1882, %v1872 : i64
        %v1884 = llvm.getelementptr %in_u[%v1881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1885 = llvm.load %v1884 : !llvm.ptr -> f32
        %v1886 = arith.addi %v1871, %v67 : i64
        %v1887 = arith.constant true
        %v1888 = llvm.getelementptr %v20[%v1886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1889 = llvm.load %v1888 : !llvm.ptr<3> -> i64
        %v1890 = arith.addi %v1870, %v1872 : i64
        %v1891 = arith.cmpi slt, %v1890, %size_L : i64
        %v1892 = arith.subi %size_L, %v2 : i64
        %v1893 = arith.minsi %v1890, %v1892 : i64
        %v1894 = arith.subi %v249, %v1893 : i64
        %v1895 = arith.addi %v1889, %v1894 : i64
        %v1896 = arith.muli %v1886, %v252 : i64
        %v1897 = arith.addi %v1896, %v1872 : i64
        %v1898 = llvm.getelementptr %in_u[%v1895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1899 = llvm.load %v1898 : !llvm.ptr -> f32
        %v1900 = arith.addi %v1871, %v270 : i64
        %v1901 = arith.constant true
        %v1902 = llvm.getelementptr %v20[%v1900] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1903 = llvm.load %v1902 : !llvm.ptr<3> -> i64
        %v1904 = arith.addi %v1870, %v1872 : i64
        %v1905 = arith.cmpi slt, %v1904, %size_L : i64
        %v1906 = arith.subi %size_L, %v2 : i64
        %v1907 = arith.minsi %v1904, %v1906 : i64
        %v1908 = arith.subi %v249, %v1907 : i64
        %v1909 = arith.addi %v1903, %v1908 : i64
        %v1910 = arith.muli %v1900, %v252 : i64
        %v1911 = arith.addi %v1910, %v1872 : i64
        %v1912 = llvm.getelementptr %in_u[%v1909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1913 = llvm.load %v1912 : !llvm.ptr -> f32
        %v1914 = arith.addi %v1871, %v284 : i64
        %v1915 = arith.constant true
        %v1916 = llvm.getelementptr %v20[%v1914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1917 = llvm.load %v1916 : !llvm.ptr<3> -> i64
        %v1918 = arith.addi %v1870, %v1872 : i64
        %v1919 = arith.cmpi slt, %v1918, %size_L : i64
        %v1920 = arith.subi %size_L, %v2 : i64
        %v1921 = arith.minsi %v1918, %v1920 : i64
        %v1922 = arith.subi %v249, %v1921 : i64
        %v1923 = arith.addi %v1917, %v1922 : i64
        %v1924 = arith.muli %v1914, %v252 : i64
        %v1925 = arith.addi %v1924, %v1872 : i64
        %v1926 = llvm.getelementptr %in_u[%v1923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1927 = llvm.load %v1926 : !llvm.ptr -> f32
        %v1928 = arith.addi %v1871, %v298 : i64
        %v1929 = arith.constant true
        %v1930 = llvm.getelementptr %v20[%v1928] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1931 = llvm.load %v1930 : !llvm.ptr<3> -> i64
        %v1932 = arith.addi %v1870, %v1872 : i64
        %v1933 = arith.cmpi slt, %v1932, %size_L : i64
        %v1934 = arith.subi %size_L, %v2 : i64
        %v1935 = arith.minsi %v1932, %v1934 : i64
        %v1936 = arith.subi %v249, %v1935 : i64
        %v1937 = arith.addi %v1931, %v1936 : i64
        %v1938 = arith.muli %v1928, %v252 : i64
        %v1939 = arith.addi %v1938, %v1872 : i64
        %v1940 = llvm.getelementptr %in_u[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1941 = llvm.load %v1940 : !llvm.ptr -> f32
        %v1942 = arith.addi %v1871, %v312 : i64
        %v1943 = arith.constant true
        %v1944 = llvm.getelementptr %v20[%v1942] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1945 = llvm.load %v1944 : !llvm.ptr<3> -> i64
        %v1946 = arith.addi %v1870, %v1872 : i64
        %v1947 = arith.cmpi slt, %v1946, %size_L : i64
        %v1948 = arith.subi %size_L, %v2 : i64
        %v1949 = arith.minsi %v1946, %v1948 : i64
        %v1950 = arith.subi %v249, %v1949 : i64
        %v1951 = arith.addi %v1945, %v1950 : i64
        %v1952 = arith.muli %v1942, %v252 : i64
        %v1953 = arith.addi %v1952, %v1872 : i64
        %v1954 = llvm.getelementptr %in_u[%v1951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1955 = llvm.load %v1954 : !llvm.ptr -> f32
        %v1956 = arith.addi %v1871, %v326 : i64
        %v1957 = arith.constant true
        %v1958 = llvm.getelementptr %v20[%v1956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1959 = llvm.load %v1958 : !llvm.ptr<3> -> i64
        %v1960 = arith.addi %v1870, %v1872 : i64
        %v1961 = arith.cmpi slt, %v1960, %size_L : i64
        %v1962 = arith.subi %size_L, %v2 : i64
        %v1963 = arith.minsi %v1960, %v1962 : i64
        %v1964 = arith.subi %v249, %v1963 : i64
        %v1965 = arith.addi %v1959, %v1964 : i64
        %v1966 = arith.muli %v1956, %v252 : i64
        %v1967 = arith.addi %v1966, %v1872 : i64
        %v1968 = llvm.getelementptr %in_u[%v1965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1969 = llvm.load %v1968 : !llvm.ptr -> f32
        %v1970 = arith.addi %v1871, %v340 : i64
        %v1971 = arith.constant true
        %v1972 = llvm.getelementptr %v20[%v1970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1973 = llvm.load %v1972 : !llvm.ptr<3> -> i64
        %v1974 = arith.addi %v1870, %v1872 : i64
        %v1975 = arith.cmpi slt, %v1974, %size_L : i64
        %v1976 = arith.subi %size_L, %v2 : i64
        %v1977 = arith.minsi %v1974, %v1976 : i64
        %v1978 = arith.subi %v249, %v1977 : i64
        %v1979 = arith.addi %v1973, %v1978 : i64
        %v1980 = arith.muli %v1970, %v252 : i64
        %v1981 = arith.addi %v1980, %v1872 : i64
        %v1982 = llvm.getelementptr %in_u[%v1979] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1983 = llvm.load %v1982 : !llvm.ptr -> f32
        %v1984 = arith.addi %v1871, %v1 : i64
        %v1985 = arith.constant true
        %v1986 = llvm.getelementptr %v20[%v1984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1987 = llvm.load %v1986 : !llvm.ptr<3> -> i64
        %v1988 = arith.addi %v1870, %v1872 : i64
        %v1989 = arith.cmpi slt, %v1988, %size_L : i64
        %v1990 = arith.subi %size_L, %v2 : i64
        %v1991 = arith.minsi %v1988, %v1990 : i64
        %v1992 = arith.subi %v249, %v1991 : i64
        %v1993 = arith.addi %v1987, %v1992 : i64
        %v1994 = arith.muli %v1984, %v252 : i64
        %v1995 = arith.addi %v1994, %v1872 : i64
        %v1996 = llvm.getelementptr %in_u[%v1993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1997 = llvm.load %v1996 : !llvm.ptr -> f32
        %v1998 = arith.addi %v1871, %v367 : i64
        %v1999 = arith.constant true
        %v2000 = llvm.getelementptr %v20[%v1998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2001 = llvm.load %v2000 : !llvm.ptr<3> -> i64
        %v2002 = arith.addi %v1870, %v1872 : i64
        %v2003 = arith.cmpi slt, %v2002, %size_L : i64
        %v2004 = arith.subi %size_L, %v2 : i64
        %v2005 = arith.minsi %v2002, %v2004 : i64
        %v2006 = arith.subi %v249, %v2005 : i64
        %v2007 = arith.addi %v2001, %v2006 : i64
        %v2008 = arith.muli %v1998, %v252 : i64
        %v2009 = arith.addi %v2008, %v1872 : i64
        %v2010 = llvm.getelementptr %in_u[%v2007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2011 = llvm.load %v2010 : !llvm.ptr -> f32
        %v2012 = arith.addi %v1871, %v381 : i64
        %v2013 = arith.constant true
        %v2014 = llvm.getelementptr %v20[%v2012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2015 = llvm.load %v2014 : !llvm.ptr<3> -> i64
        %v2016 = arith.addi %v1870, %v1872 : i64
        %v2017 = arith.cmpi slt, %v2016, %size_L : i64
        %v2018 = arith.subi %size_L, %v2 : i64
        %v2019 = arith.minsi %v2016, %v2018 : i64
        %v2020 = arith.subi %v249, %v2019 : i64
        %v2021 = arith.addi %v2015, %v2020 : i64
        %v2022 = arith.muli %v2012, %v252 : i64
        %v2023 = arith.addi %v2022, %v1872 : i64
        %v2024 = llvm.getelementptr %in_u[%v2021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2025 = llvm.load %v2024 : !llvm.ptr -> f32
        %v2026 = arith.addi %v1871, %v395 : i64
        %v2027 = arith.constant true
        %v2028 = llvm.getelementptr %v20[%v2026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2029 = llvm.load %v2028 : !llvm.ptr<3> -> i64
        %v2030 = arith.addi %v1870, %v1872 : i64
        %v2031 = arith.cmpi slt, %v2030, %size_L : i64
        %v2032 = arith.subi %size_L, %v2 : i64
        %v2033 = arith.minsi %v2030, %v2032 : i64
        %v2034 = arith.subi %v249, %v2033 : i64
        %v2035 = arith.addi %v2029, %v2034 : i64
        %v2036 = arith.muli %v2026, %v252 : i64
        %v2037 = arith.addi %v2036, %v1872 : i64
        %v2038 = llvm.getelementptr %in_u[%v2035] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2039 = llvm.load %v2038 : !llvm.ptr -> f32
        %v2040 = arith.addi %v1871, %v409 : i64
        %v2041 = arith.constant true
        %v2042 = llvm.getelementptr %v20[%v2040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2043 = llvm.load %v2042 : !llvm.ptr<3> -> i64
        %v2044 = arith.addi %v1870, %v1872 : i64
        %v2045 = arith.cmpi slt, %v2044, %size_L : i64
        %v2046 = arith.subi %size_L, %v2 : i64
        %v2047 = arith.minsi %v2044, %v2046 : i64
        %v2048 = arith.subi %v249, %v2047 : i64
        %v2049 = arith.addi %v2043, %v2048 : i64
        %v2050 = arith.muli %v2040, %v252 : i64
        %v2051 = arith.addi %v2050, %v1872 : i64
        %v2052 = llvm.getelementptr %in_u[%v2049] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2053 = llvm.load %v2052 : !llvm.ptr -> f32
        %v2054 = arith.addi %v1871, %v423 : i64
        %v2055 = arith.constant true
        %v2056 = llvm.getelementptr %v20[%v2054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2057 = llvm.load %v2056 : !llvm.ptr<3> -> i64
        %v2058 = arith.addi %v1870, %v1872 : i64
        %v2059 = arith.cmpi slt, %v2058, %size_L : i64
        %v2060 = arith.subi %size_L, %v2 : i64
        %v2061 = arith.minsi %v2058, %v2060 : i64
        %v2062 = arith.subi %v249, %v2061 : i64
        %v2063 = arith.addi %v2057, %v2062 : i64
        %v2064 = arith.muli %v2054, %v252 : i64
        %v2065 = arith.addi %v2064, %v1872 : i64
        %v2066 = llvm.getelementptr %in_u[%v2063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2067 = llvm.load %v2066 : !llvm.ptr -> f32
        %v2068 = arith.addi %v1871, %v437 : i64
        %v2069 = arith.constant true
        %v2070 = llvm.getelementptr %v20[%v2068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2071 = llvm.load %v2070 : !llvm.ptr<3> -> i64
        %v2072 = arith.addi %v1870, %v1872 : i64
        %v2073 = arith.cmpi slt, %v2072, %size_L : i64
        %v2074 = arith.subi %size_L, %v2 : i64
        %v2075 = arith.minsi %v2072, %v2074 : i64
        %v2076 = arith.subi %v249, %v2075 : i64
        %v2077 = arith.addi %v2071, %v2076 : i64
        %v2078 = arith.muli %v2068, %v252 : i64
        %v2079 = arith.addi %v2078, %v1872 : i64
        %v2080 = llvm.getelementptr %in_u[%v2077] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2081 = llvm.load %v2080 : !llvm.ptr -> f32
        %v2082 = arith.addi %v1871, %v451 : i64
        %v2083 = arith.constant true
        %v2084 = llvm.getelementptr %v20[%v2082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2085 = llvm.load %v2084 : !llvm.ptr<3> -> i64
        %v2086 = arith.addi %v1870, %v1872 : i64
        %v2087 = arith.cmpi slt, %v2086, %size_L : i64
        %v2088 = arith.subi %size_L, %v2 : i64
        %v2089 = arith.minsi %v2086, %v2088 : i64
        %v2090 = arith.subi %v249, %v2089 : i64
        %v2091 = arith.addi %v2085, %v2090 : i64
        %v2092 = arith.muli %v2082, %v252 : i64
        %v2093 = arith.addi %v2092, %v1872 : i64
        %v2094 = llvm.getelementptr %in_u[%v2091] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2095 = llvm.load %v2094 : !llvm.ptr -> f32
        %v2096 = arith.addi %v1871, %v240 : i64
        %v2097 = arith.constant true
        %v2098 = llvm.getelementptr %v20[%v2096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2099 = llvm.load %v2098 : !llvm.ptr<3> -> i64
        %v2100 = arith.addi %v1870, %v1872 : i64
        %v2101 = arith.cmpi slt, %v2100, %size_L : i64
        %v2102 = arith.subi %size_L, %v2 : i64
        %v2103 = arith.minsi %v2100, %v2102 : i64
        %v2104 = arith.subi %v249, %v2103 : i64
        %v2105 = arith.addi %v2099, %v2104 : i64
        %v2106 = arith.muli %v2096, %v252 : i64
        %v2107 = arith.addi %v2106, %v1872 : i64
        %v2108 = llvm.getelementptr %in_u[%v2105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2109 = llvm.load %v2108 : !llvm.ptr -> f32
        %v2110 = arith.addi %v1871, %v478 : i64
        %v2111 = arith.constant true
        %v2112 = llvm.getelementptr %v20[%v2110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2113 = llvm.load %v2112 : !llvm.ptr<3> -> i64
        %v2114 = arith.addi %v1870, %v1872 : i64
        %v2115 = arith.cmpi slt, %v2114, %size_L : i64
        %v2116 = arith.subi %size_L, %v2 : i64
        %v2117 = arith.minsi %v2114, %v2116 : i64
        %v2118 = arith.subi %v249, %v2117 : i64
        %v2119 = arith.addi %v2113, %v2118 : i64
        %v2120 = arith.muli %v2110, %v252 : i64
        %v2121 = arith.addi %v2120, %v1872 : i64
        %v2122 = llvm.getelementptr %in_u[%v2119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2123 = llvm.load %v2122 : !llvm.ptr -> f32
        %v2124 = arith.addi %v1871, %v492 : i64
        %v2125 = arith.constant true
        %v2126 = llvm.getelementptr %v20[%v2124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2127 = llvm.load %v2126 : !llvm.ptr<3> -> i64
        %v2128 = arith.addi %v1870, %v1872 : i64
        %v2129 = arith.cmpi slt, %v2128, %size_L : i64
        %v2130 = arith.subi %size_L, %v2 : i64
        %v2131 = arith.minsi %v2128, %v2130 : i64
        %v2132 = arith.subi %v249, %v2131 : i64
        %v2133 = arith.addi %v2127, %v2132 : i64
        %v2134 = arith.muli %v2124, %v252 : i64
        %v2135 = arith.addi %v2134, %v1872 : i64
        %v2136 = llvm.getelementptr %in_u[%v2133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2137 = llvm.load %v2136 : !llvm.ptr -> f32
        %v2138 = arith.addi %v1871, %v506 : i64
        %v2139 = arith.constant true
        %v2140 = llvm.getelementptr %v20[%v2138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2141 = llvm.load %v2140 : !llvm.ptr<3> -> i64
        %v2142 = arith.addi %v1870, %v1872 : i64
        %v2143 = arith.cmpi slt, %v2142, %size_L : i64
        %v2144 = arith.subi %size_L, %v2 : i64
        %v2145 = arith.minsi %v2142, %v2144 : i64
        %v2146 = arith.subi %v249, %v2145 : i64
        %v2147 = arith.addi %v2141, %v2146 : i64
        %v2148 = arith.muli %v2138, %v252 : i64
        %v2149 = arith.addi %v2148, %v1872 : i64
        %v2150 = llvm.getelementptr %in_u[%v2147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
        %v2152 = arith.addi %v1871, %v520 : i64
        %v2153 = arith.constant true
        %v2154 = llvm.getelementptr %v20[%v2152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2155 = llvm.load %v2154 : !llvm.ptr<3> -> i64
        %v2156 = arith.addi %v1870, %v1872 : i64
        %v2157 = arith.cmpi slt, %v2156, %size_L : i64
        %v2158 = arith.subi %size_L, %v2 : i64
        %v2159 = arith.minsi %v2156, %v2158 : i64
        %v2160 = arith.subi %v249, %v2159 : i64
        %v2161 = arith.addi %v2155, %v2160 : i64
        %v2162 = arith.muli %v2152, %v252 : i64
        %v2163 = arith.addi %v2162, %v1872 : i64
        %v2164 = llvm.getelementptr %in_u[%v2161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2165 = llvm.load %v2164 : !llvm.ptr -> f32
        %v2166 = arith.addi %v1871, %v534 : i64
        %v2167 = arith.constant true
        %v2168 = llvm.getelementptr %v20[%v2166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2169 = llvm.load %v2168 : !llvm.ptr<3> -> i64
        %v2170 = arith.addi %v1870, %v1872 : i64
        %v2171 = arith.cmpi slt, %v2170, %size_L : i64
        %v2172 = arith.subi %size_L, %v2 : i64
        %v2173 = arith.minsi %v2170, %v2172 : i64
        %v2174 = arith.subi %v249, %v2173 : i64
        %v2175 = arith.addi %v2169, %v2174 : i64
        %v2176 = arith.muli %v2166, %v252 : i64
        %v2177 = arith.addi %v2176, %v1872 : i64
        %v2178 = llvm.getelementptr %in_u[%v2175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2179 = llvm.load %v2178 : !llvm.ptr -> f32
        %v2180 = arith.addi %v1871, %v548 : i64
        %v2181 = arith.constant true
        %v2182 = llvm.getelementptr %v20[%v2180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2183 = llvm.load %v2182 : !llvm.ptr<3> -> i64
        %v2184 = arith.addi %v1870, %v1872 : i64
        %v2185 = arith.cmpi slt, %v2184, %size_L : i64
        %v2186 = arith.subi %size_L, %v2 : i64
        %v2187 = arith.minsi %v2184, %v2186 : i64
        %v2188 = arith.subi %v249, %v2187 : i64
        %v2189 = arith.addi %v2183, %v2188 : i64
        %v2190 = arith.muli %v2180, %v252 : i64
        %v2191 = arith.addi %v2190, %v1872 : i64
        %v2192 = llvm.getelementptr %in_u[%v2189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2193 = llvm.load %v2192 : !llvm.ptr -> f32
        %v2194 = arith.addi %v1871, %v562 : i64
        %v2195 = arith.constant true
        %v2196 = llvm.getelementptr %v20[%v2194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2197 = llvm.load %v2196 : !llvm.ptr<3> -> i64
        %v2198 = arith.addi %v1870, %v1872 : i64
        %v2199 = arith.cmpi slt, %v2198, %size_L : i64
        %v2200 = arith.subi %size_L, %v2 : i64
        %v2201 = arith.minsi %v2198, %v2200 : i64
        %v2202 = arith.subi %v249, %v2201 : i64
        %v2203 = arith.addi %v2197, %v2202 : i64
        %v2204 = arith.muli %v2194, %v252 : i64
        %v2205 = arith.addi %v2204, %v1872 : i64
        %v2206 = llvm.getelementptr %in_u[%v2203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2207 = llvm.load %v2206 : !llvm.ptr -> f32
        %v2208 = arith.addi %v1871, %v576 : i64
        %v2209 = arith.constant true
        %v2210 = llvm.getelementptr %v20[%v2208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2211 = llvm.load %v2210 : !llvm.ptr<3> -> i64
        %v2212 = arith.addi %v1870, %v1872 : i64
        %v2213 = arith.cmpi slt, %v2212, %size_L : i64
        %v2214 = arith.subi %size_L, %v2 : i64
        %v2215 = arith.minsi %v2212, %v2214 : i64
        %v2216 = arith.subi %v249, %v2215 : i64
        %v2217 = arith.addi %v2211, %v2216 : i64
        %v2218 = arith.muli %v2208, %v252 : i64
        %v2219 = arith.addi %v2218, %v1872 : i64
        %v2220 = llvm.getelementptr %in_u[%v2217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2221 = llvm.load %v2220 : !llvm.ptr -> f32
        %v2222 = arith.addi %v1871, %v590 : i64
        %v2223 = arith.constant true
        %v2224 = llvm.getelementptr %v20[%v2222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2225 = llvm.load %v2224 : !llvm.ptr<3> -> i64
        %v2226 = arith.addi %v1870, %v1872 : i64
        %v2227 = arith.cmpi slt, %v2226, %size_L : i64
        %v2228 = arith.subi %size_L, %v2 : i64
        %v2229 = arith.minsi %v2226, %v2228 : i64
        %v2230 = arith.subi %v249, %v2229 : i64
        %v2231 = arith.addi %v2225, %v2230 : i64
        %v2232 = arith.muli %v2222, %v252 : i64
        %v2233 = arith.addi %v2232, %v1872 : i64
        %v2234 = llvm.getelementptr %in_u[%v2231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2235 = llvm.load %v2234 : !llvm.ptr -> f32
        %v2236 = arith.addi %v1871, %v604 : i64
        %v2237 = arith.constant true
        %v2238 = llvm.getelementptr %v20[%v2236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2239 = llvm.load %v2238 : !llvm.ptr<3> -> i64
        %v2240 = arith.addi %v1870, %v1872 : i64
        %v2241 = arith.cmpi slt, %v2240, %size_L : i64
        %v2242 = arith.subi %size_L, %v2 : i64
        %v2243 = arith.minsi %v2240, %v2242 : i64
        %v2244 = arith.subi %v249, %v2243 : i64
        %v2245 = arith.addi %v2239, %v2244 : i64
        %v2246 = arith.muli %v2236, %v252 : i64
        %v2247 = arith.addi %v2246, %v1872 : i64
        %v2248 = llvm.getelementptr %in_u[%v2245] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2249 = llvm.load %v2248 : !llvm.ptr -> f32
        %v2250 = arith.addi %v1871, %v618 : i64
        %v2251 = arith.constant true
        %v2252 = llvm.getelementptr %v20[%v2250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2253 = llvm.load %v2252 : !llvm.ptr<3> -> i64
        %v2254 = arith.addi %v1870, %v1872 : i64
        %v2255 = arith.cmpi slt, %v2254, %size_L : i64
        %v2256 = arith.subi %size_L, %v2 : i64
        %v2257 = arith.minsi %v2254, %v2256 : i64
        %v2258 = arith.subi %v249, %v2257 : i64
        %v2259 = arith.addi %v2253, %v2258 : i64
        %v2260 = arith.muli %v2250, %v252 : i64
        %v2261 = arith.addi %v2260, %v1872 : i64
        %v2262 = llvm.getelementptr %in_u[%v2259] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2263 = llvm.load %v2262 : !llvm.ptr -> f32
        %v2264 = arith.addi %v1871, %v632 : i64
        %v2265 = arith.constant true
        %v2266 = llvm.getelementptr %v20[%v2264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2267 = llvm.load %v2266 : !llvm.ptr<3> -> i64
        %v2268 = arith.addi %v1870, %v1872 : i64
        %v2269 = arith.cmpi slt, %v2268, %size_L : i64
        %v2270 = arith.subi %size_L, %v2 : i64
        %v2271 = arith.minsi %v2268, %v2270 : i64
        %v2272 = arith.subi %v249, %v2271 : i64
        %v2273 = arith.addi %v2267, %v2272 : i64
        %v2274 = arith.muli %v2264, %v252 : i64
        %v2275 = arith.addi %v2274, %v1872 : i64
        %v2276 = llvm.getelementptr %in_u[%v2273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2277 = llvm.load %v2276 : !llvm.ptr -> f32
        %v2278 = arith.addi %v1871, %v646 : i64
        %v2279 = arith.constant true
        %v2280 = llvm.getelementptr %v20[%v2278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2281 = llvm.load %v2280 : !llvm.ptr<3> -> i64
        %v2282 = arith.addi %v1870, %v1872 : i64
        %v2283 = arith.cmpi slt, %v2282, %size_L : i64
        %v2284 = arith.subi %size_L, %v2 : i64
        %v2285 = arith.minsi %v2282, %v2284 : i64
        %v2286 = arith.subi %v249, %v2285 : i64
        %v2287 = arith.addi %v2281, %v2286 : i64
        %v2288 = arith.muli %v2278, %v252 : i64
        %v2289 = arith.addi %v2288, %v1872 : i64
        %v2290 = llvm.getelementptr %in_u[%v2287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2291 = llvm.load %v2290 : !llvm.ptr -> f32
        %v2292 = arith.addi %v1871, %v660 : i64
        %v2293 = arith.constant true
        %v2294 = llvm.getelementptr %v20[%v2292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2295 = llvm.load %v2294 : !llvm.ptr<3> -> i64
        %v2296 = arith.addi %v1870, %v1872 : i64
        %v2297 = arith.cmpi slt, %v2296, %size_L : i64
        %v2298 = arith.subi %size_L, %v2 : i64
        %v2299 = arith.minsi %v2296, %v2298 : i64
        %v2300 = arith.subi %v249, %v2299 : i64
        %v2301 = arith.addi %v2295, %v2300 : i64
        %v2302 = arith.muli %v2292, %v252 : i64
        %v2303 = arith.addi %v2302, %v1872 : i64
        %v2304 = llvm.getelementptr %in_u[%v2301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2305 = llvm.load %v2304 : !llvm.ptr -> f32
        %v2306 = arith.addi %v1871, %v674 : i64
        %v2307 = arith.constant true
        %v2308 = llvm.getelementptr %v20[%v2306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2309 = llvm.load %v2308 : !llvm.ptr<3> -> i64
        %v2310 = arith.addi %v1870, %v1872 : i64
        %v2311 = arith.cmpi slt, %v2310, %size_L : i64
        %v2312 = arith.subi %size_L, %v2 : i64
        %v2313 = arith.minsi %v2310, %v2312 : i64
        %v2314 = arith.subi %v249, %v2313 : i64
        %v2315 = arith.addi %v2309, %v2314 : i64
        %v2316 = arith.muli %v2306, %v252 : i64
        %v2317 = arith.addi %v2316, %v1872 : i64
        %v2318 = llvm.getelementptr %in_u[%v2315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2319 = llvm.load %v2318 : !llvm.ptr -> f32
        %v2320 = arith.divui %v28, %v240 : i64
        %v2321 = arith.remui %v28, %v240 : i64
        %v2322 = arith.constant true
        %v2323 = arith.addi %v30, %v2320 : i64
        %v2324 = llvm.getelementptr %v20[%v2323] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2325 = llvm.load %v2324 : !llvm.ptr<3> -> i64
        %v2326 = arith.addi %v1870, %v2321 : i64
        %v2327 = arith.cmpi slt, %v2326, %size_L : i64
        %v2328 = arith.subi %size_L, %v2 : i64
        %v2329 = arith.minsi %v2326, %v2328 : i64
        %v2330 = arith.subi %v249, %v2329 : i64
        %v2331 = arith.addi %v2325, %v2330 : i64
        %v2332 = arith.muli %v2323, %v252 : i64
        %v2333 = arith.addi %v2332, %v2321 : i64
        %v2334 = llvm.getelementptr %in_delta[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
        %v2336 = arith.addi %v2320, %v67 : i64
        %v2337 = arith.constant true
        %v2338 = arith.addi %v30, %v2336 : i64
        %v2339 = llvm.getelementptr %v20[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2340 = llvm.load %v2339 : !llvm.ptr<3> -> i64
        %v2341 = arith.addi %v1870, %v2321 : i64
        %v2342 = arith.cmpi slt, %v2341, %size_L : i64
        %v2343 = arith.subi %size_L, %v2 : i64
        %v2344 = arith.minsi %v2341, %v2343 : i64
        %v2345 = arith.subi %v249, %v2344 : i64
        %v2346 = arith.addi %v2340, %v2345 : i64
        %v2347 = arith.muli %v2338, %v252 : i64
        %v2348 = arith.addi %v2347, %v2321 : i64
        %v2349 = llvm.getelementptr %in_delta[%v2346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2350 = llvm.load %v2349 : !llvm.ptr -> f32
        %v2351 = arith.addi %v2320, %v270 : i64
        %v2352 = arith.constant true
        %v2353 = arith.addi %v30, %v2351 : i64
        %v2354 = llvm.getelementptr %v20[%v2353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2355 = llvm.load %v2354 : !llvm.ptr<3> -> i64
        %v2356 = arith.addi %v1870, %v2321 : i64
        %v2357 = arith.cmpi slt, %v2356, %size_L : i64
        %v2358 = arith.subi %size_L, %v2 : i64
        %v2359 = arith.minsi %v2356, %v2358 : i64
        %v2360 = arith.subi %v249, %v2359 : i64
        %v2361 = arith.addi %v2355, %v2360 : i64
        %v2362 = arith.muli %v2353, %v252 : i64
        %v2363 = arith.addi %v2362, %v2321 : i64
        %v2364 = llvm.getelementptr %in_delta[%v2361] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2365 = llvm.load %v2364 : !llvm.ptr -> f32
        %v2366 = arith.addi %v2320, %v284 : i64
        %v2367 = arith.constant true
        %v2368 = arith.addi %v30, %v2366 : i64
        %v2369 = llvm.getelementptr %v20[%v2368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2370 = llvm.load %v2369 : !llvm.ptr<3> -> i64
        %v2371 = arith.addi %v1870, %v2321 : i64
        %v2372 = arith.cmpi slt, %v2371, %size_L : i64
        %v2373 = arith.subi %size_L, %v2 : i64
        %v2374 = arith.minsi %v2371, %v2373 : i64
        %v2375 = arith.subi %v249, %v2374 : i64
        %v2376 = arith.addi %v2370, %v2375 : i64
        %v2377 = arith.muli %v2368, %v252 : i64
        %v2378 = arith.addi %v2377, %v2321 : i64
        %v2379 = llvm.getelementptr %in_delta[%v2376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2380 = llvm.load %v2379 : !llvm.ptr -> f32
        %v2381 = arith.addi %v2320, %v298 : i64
        %v2382 = arith.constant true
        %v2383 = arith.addi %v30, %v2381 : i64
        %v2384 = llvm.getelementptr %v20[%v2383] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2385 = llvm.load %v2384 : !llvm.ptr<3> -> i64
        %v2386 = arith.addi %v1870, %v2321 : i64
        %v2387 = arith.cmpi slt, %v2386, %size_L : i64
        %v2388 = arith.subi %size_L, %v2 : i64
        %v2389 = arith.minsi %v2386, %v2388 : i64
        %v2390 = arith.subi %v249, %v2389 : i64
        %v2391 = arith.addi %v2385, %v2390 : i64
        %v2392 = arith.muli %v2383, %v252 : i64
        %v2393 = arith.addi %v2392, %v2321 : i64
        %v2394 = llvm.getelementptr %in_delta[%v2391] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2395 = llvm.load %v2394 : !llvm.ptr -> f32
        %v2396 = arith.addi %v2320, %v312 : i64
        %v2397 = arith.constant true
        %v2398 = arith.addi %v30, %v2396 : i64
        %v2399 = llvm.getelementptr %v20[%v2398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2400 = llvm.load %v2399 : !llvm.ptr<3> -> i64
        %v2401 = arith.addi %v1870, %v2321 : i64
        %v2402 = arith.cmpi slt, %v2401, %size_L : i64
        %v2403 = arith.subi %size_L, %v2 : i64
        %v2404 = arith.minsi %v2401, %v2403 : i64
        %v2405 = arith.subi %v249, %v2404 : i64
        %v2406 = arith.addi %v2400, %v2405 : i64
        %v2407 = arith.muli %v2398, %v252 : i64
        %v2408 = arith.addi %v2407, %v2321 : i64
        %v2409 = llvm.getelementptr %in_delta[%v2406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2410 = llvm.load %v2409 : !llvm.ptr -> f32
        %v2411 = arith.addi %v2320, %v326 : i64
        %v2412 = arith.constant true
        %v2413 = arith.addi %v30, %v2411 : i64
        %v2414 = llvm.getelementptr %v20[%v2413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2415 = llvm.load %v2414 : !llvm.ptr<3> -> i64
        %v2416 = arith.addi %v1870, %v2321 : i64
        %v2417 = arith.cmpi slt, %v2416, %size_L : i64
        %v2418 = arith.subi %size_L, %v2 : i64
        %v2419 = arith.minsi %v2416, %v2418 : i64
        %v2420 = arith.subi %v249, %v2419 : i64
        %v2421 = arith.addi %v2415, %v2420 : i64
        %v2422 = arith.muli %v2413, %v252 : i64
        %v2423 = arith.addi %v2422, %v2321 : i64
        %v2424 = llvm.getelementptr %in_delta[%v2421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2425 = llvm.load %v2424 : !llvm.ptr -> f32
        %v2426 = arith.addi %v2320, %v340 : i64
        %v2427 = arith.constant true
        %v2428 = arith.addi %v30, %v2426 : i64
        %v2429 = llvm.getelementptr %v20[%v2428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2430 = llvm.load %v2429 : !llvm.ptr<3> -> i64
        %v2431 = arith.addi %v1870, %v2321 : i64
        %v2432 = arith.cmpi slt, %v2431, %size_L : i64
        %v2433 = arith.subi %size_L, %v2 : i64
        %v2434 = arith.minsi %v2431, %v2433 : i64
        %v2435 = arith.subi %v249, %v2434 : i64
        %v2436 = arith.addi %v2430, %v2435 : i64
        %v2437 = arith.muli %v2428, %v252 : i64
        %v2438 = arith.addi %v2437, %v2321 : i64
        %v2439 = llvm.getelementptr %in_delta[%v2436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2440 = llvm.load %v2439 : !llvm.ptr -> f32
        %v2441 = arith.addi %v2320, %v1 : i64
        %v2442 = arith.constant true
        %v2443 = arith.addi %v30, %v2441 : i64
        %v2444 = llvm.getelementptr %v20[%v2443] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2445 = llvm.load %v2444 : !llvm.ptr<3> -> i64
        %v2446 = arith.addi %v1870, %v2321 : i64
        %v2447 = arith.cmpi slt, %v2446, %size_L : i64
        %v2448 = arith.subi %size_L, %v2 : i64
        %v2449 = arith.minsi %v2446, %v2448 : i64
        %v2450 = arith.subi %v249, %v2449 : i64
        %v2451 = arith.addi %v2445, %v2450 : i64
        %v2452 = arith.muli %v2443, %v252 : i64
        %v2453 = arith.addi %v2452, %v2321 : i64
        %v2454 = llvm.getelementptr %in_delta[%v2451] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2455 = llvm.load %v2454 : !llvm.ptr -> f32
        %v2456 = arith.addi %v2320, %v367 : i64
        %v2457 = arith.constant true
        %v2458 = arith.addi %v30, %v2456 : i64
        %v2459 = llvm.getelementptr %v20[%v2458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2460 = llvm.load %v2459 : !llvm.ptr<3> -> i64
        %v2461 = arith.addi %v1870, %v2321 : i64
        %v2462 = arith.cmpi slt, %v2461, %size_L : i64
        %v2463 = arith.subi %size_L, %v2 : i64
        %v2464 = arith.minsi %v2461, %v2463 : i64
        %v2465 = arith.subi %v249, %v2464 : i64
        %v2466 = arith.addi %v2460, %v2465 : i64
        %v2467 = arith.muli %v2458, %v252 : i64
        %v2468 = arith.addi %v2467, %v2321 : i64
        %v2469 = llvm.getelementptr %in_delta[%v2466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2470 = llvm.load %v2469 : !llvm.ptr -> f32
        %v2471 = arith.addi %v2320, %v381 : i64
        %v2472 = arith.constant true
        %v2473 = arith.addi %v30, %v2471 : i64
        %v2474 = llvm.getelementptr %v20[%v2473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2475 = llvm.load %v2474 : !llvm.ptr<3> -> i64
        %v2476 = arith.addi %v1870, %v2321 : i64
        %v2477 = arith.cmpi slt, %v2476, %size_L : i64
        %v2478 = arith.subi %size_L, %v2 : i64
        %v2479 = arith.minsi %v2476, %v2478 : i64
        %v2480 = arith.subi %v249, %v2479 : i64
        %v2481 = arith.addi %v2475, %v2480 : i64
        %v2482 = arith.muli %v2473, %v252 : i64
        %v2483 = arith.addi %v2482, %v2321 : i64
        %v2484 = llvm.getelementptr %in_delta[%v2481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2485 = llvm.load %v2484 : !llvm.ptr -> f32
        %v2486 = arith.addi %v2320, %v395 : i64
        %v2487 = arith.constant true
        %v2488 = arith.addi %v30, %v2486 : i64
        %v2489 = llvm.getelementptr %v20[%v2488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2490 = llvm.load %v2489 : !llvm.ptr<3> -> i64
        %v2491 = arith.addi %v1870, %v2321 : i64
        %v2492 = arith.cmpi slt, %v2491, %size_L : i64
        %v2493 = arith.subi %size_L, %v2 : i64
        %v2494 = arith.minsi %v2491, %v2493 : i64
        %v2495 = arith.subi %v249, %v2494 : i64
        %v2496 = arith.addi %v2490, %v2495 : i64
        %v2497 = arith.muli %v2488, %v252 : i64
        %v2498 = arith.addi %v2497, %v2321 : i64
        %v2499 = llvm.getelementptr %in_delta[%v2496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2500 = llvm.load %v2499 : !llvm.ptr -> f32
        %v2501 = arith.addi %v2320, %v409 : i64
        %v2502 = arith.constant true
        %v2503 = arith.addi %v30, %v2501 : i64
        %v2504 = llvm.getelementptr %v20[%v2503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2505 = llvm.load %v2504 : !llvm.ptr<3> -> i64
        %v2506 = arith.addi %v1870, %v2321 : i64
        %v2507 = arith.cmpi slt, %v2506, %size_L : i64
        %v2508 = arith.subi %size_L, %v2 : i64
        %v2509 = arith.minsi %v2506, %v2508 : i64
        %v2510 = arith.subi %v249, %v2509 : i64
        %v2511 = arith.addi %v2505, %v2510 : i64
        %v2512 = arith.muli %v2503, %v252 : i64
        %v2513 = arith.addi %v2512, %v2321 : i64
        %v2514 = llvm.getelementptr %in_delta[%v2511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2515 = llvm.load %v2514 : !llvm.ptr -> f32
        %v2516 = arith.addi %v2320, %v423 : i64
        %v2517 = arith.constant true
        %v2518 = arith.addi %v30, %v2516 : i64
        %v2519 = llvm.getelementptr %v20[%v2518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2520 = llvm.load %v2519 : !llvm.ptr<3> -> i64
        %v2521 = arith.addi %v1870, %v2321 : i64
        %v2522 = arith.cmpi slt, %v2521, %size_L : i64
        %v2523 = arith.subi %size_L, %v2 : i64
        %v2524 = arith.minsi %v2521, %v2523 : i64
        %v2525 = arith.subi %v249, %v2524 : i64
        %v2526 = arith.addi %v2520, %v2525 : i64
        %v2527 = arith.muli %v2518, %v252 : i64
        %v2528 = arith.addi %v2527, %v2321 : i64
        %v2529 = llvm.getelementptr %in_delta[%v2526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2530 = llvm.load %v2529 : !llvm.ptr -> f32
        %v2531 = arith.addi %v2320, %v437 : i64
        %v2532 = arith.constant true
        %v2533 = arith.addi %v30, %v2531 : i64
        %v2534 = llvm.getelementptr %v20[%v2533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2535 = llvm.load %v2534 : !llvm.ptr<3> -> i64
        %v2536 = arith.addi %v1870, %v2321 : i64
        %v2537 = arith.cmpi slt, %v2536, %size_L : i64
        %v2538 = arith.subi %size_L, %v2 : i64
        %v2539 = arith.minsi %v2536, %v2538 : i64
        %v2540 = arith.subi %v249, %v2539 : i64
        %v2541 = arith.addi %v2535, %v2540 : i64
        %v2542 = arith.muli %v2533, %v252 : i64
        %v2543 = arith.addi %v2542, %v2321 : i64
        %v2544 = llvm.getelementptr %in_delta[%v2541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2545 = llvm.load %v2544 : !llvm.ptr -> f32
        %v2546 = arith.addi %v2320, %v451 : i64
        %v2547 = arith.constant true
        %v2548 = arith.addi %v30, %v2546 : i64
        %v2549 = llvm.getelementptr %v20[%v2548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2550 = llvm.load %v2549 : !llvm.ptr<3> -> i64
        %v2551 = arith.addi %v1870, %v2321 : i64
        %v2552 = arith.cmpi slt, %v2551, %size_L : i64
        %v2553 = arith.subi %size_L, %v2 : i64
        %v2554 = arith.minsi %v2551, %v2553 : i64
        %v2555 = arith.subi %v249, %v2554 : i64
        %v2556 = arith.addi %v2550, %v2555 : i64
        %v2557 = arith.muli %v2548, %v252 : i64
        %v2558 = arith.addi %v2557, %v2321 : i64
        %v2559 = llvm.getelementptr %in_delta[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2560 = llvm.load %v2559 : !llvm.ptr -> f32
        %v2561 = arith.addi %v2320, %v240 : i64
        %v2562 = arith.constant true
        %v2563 = arith.addi %v30, %v2561 : i64
        %v2564 = llvm.getelementptr %v20[%v2563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2565 = llvm.load %v2564 : !llvm.ptr<3> -> i64
        %v2566 = arith.addi %v1870, %v2321 : i64
        %v2567 = arith.cmpi slt, %v2566, %size_L : i64
        %v2568 = arith.subi %size_L, %v2 : i64
        %v2569 = arith.minsi %v2566, %v2568 : i64
        %v2570 = arith.subi %v249, %v2569 : i64
        %v2571 = arith.addi %v2565, %v2570 : i64
        %v2572 = arith.muli %v2563, %v252 : i64
        %v2573 = arith.addi %v2572, %v2321 : i64
        %v2574 = llvm.getelementptr %in_delta[%v2571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2575 = llvm.load %v2574 : !llvm.ptr -> f32
        %v2576 = arith.addi %v2320, %v478 : i64
        %v2577 = arith.constant true
        %v2578 = arith.addi %v30, %v2576 : i64
        %v2579 = llvm.getelementptr %v20[%v2578] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2580 = llvm.load %v2579 : !llvm.ptr<3> -> i64
        %v2581 = arith.addi %v1870, %v2321 : i64
        %v2582 = arith.cmpi slt, %v2581, %size_L : i64
        %v2583 = arith.subi %size_L, %v2 : i64
        %v2584 = arith.minsi %v2581, %v2583 : i64
        %v2585 = arith.subi %v249, %v2584 : i64
        %v2586 = arith.addi %v2580, %v2585 : i64
        %v2587 = arith.muli %v2578, %v252 : i64
        %v2588 = arith.addi %v2587, %v2321 : i64
        %v2589 = llvm.getelementptr %in_delta[%v2586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2590 = llvm.load %v2589 : !llvm.ptr -> f32
        %v2591 = arith.addi %v2320, %v492 : i64
        %v2592 = arith.constant true
        %v2593 = arith.addi %v30, %v2591 : i64
        %v2594 = llvm.getelementptr %v20[%v2593] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2595 = llvm.load %v2594 : !llvm.ptr<3> -> i64
        %v2596 = arith.addi %v1870, %v2321 : i64
        %v2597 = arith.cmpi slt, %v2596, %size_L : i64
        %v2598 = arith.subi %size_L, %v2 : i64
        %v2599 = arith.minsi %v2596, %v2598 : i64
        %v2600 = arith.subi %v249, %v2599 : i64
        %v2601 = arith.addi %v2595, %v2600 : i64
        %v2602 = arith.muli %v2593, %v252 : i64
        %v2603 = arith.addi %v2602, %v2321 : i64
        %v2604 = llvm.getelementptr %in_delta[%v2601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2605 = llvm.load %v2604 : !llvm.ptr -> f32
        %v2606 = arith.addi %v2320, %v506 : i64
        %v2607 = arith.constant true
        %v2608 = arith.addi %v30, %v2606 : i64
        %v2609 = llvm.getelementptr %v20[%v2608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2610 = llvm.load %v2609 : !llvm.ptr<3> -> i64
        %v2611 = arith.addi %v1870, %v2321 : i64
        %v2612 = arith.cmpi slt, %v2611, %size_L : i64
        %v2613 = arith.subi %size_L, %v2 : i64
        %v2614 = arith.minsi %v2611, %v2613 : i64
        %v2615 = arith.subi %v249, %v2614 : i64
        %v2616 = arith.addi %v2610, %v2615 : i64
        %v2617 = arith.muli %v2608, %v252 : i64
        %v2618 = arith.addi %v2617, %v2321 : i64
        %v2619 = llvm.getelementptr %in_delta[%v2616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2620 = llvm.load %v2619 : !llvm.ptr -> f32
        %v2621 = arith.addi %v2320, %v520 : i64
        %v2622 = arith.constant true
        %v2623 = arith.addi %v30, %v2621 : i64
        %v2624 = llvm.getelementptr %v20[%v2623] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2625 = llvm.load %v2624 : !llvm.ptr<3> -> i64
        %v2626 = arith.addi %v1870, %v2321 : i64
        %v2627 = arith.cmpi slt, %v2626, %size_L : i64
        %v2628 = arith.subi %size_L, %v2 : i64
        %v2629 = arith.minsi %v2626, %v2628 : i64
        %v2630 = arith.subi %v249, %v2629 : i64
        %v2631 = arith.addi %v2625, %v2630 : i64
        %v2632 = arith.muli %v2623, %v252 : i64
        %v2633 = arith.addi %v2632, %v2321 : i64
        %v2634 = llvm.getelementptr %in_delta[%v2631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2635 = llvm.load %v2634 : !llvm.ptr -> f32
        %v2636 = arith.addi %v2320, %v534 : i64
        %v2637 = arith.constant true
        %v2638 = arith.addi %v30, %v2636 : i64
        %v2639 = llvm.getelementptr %v20[%v2638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2640 = llvm.load %v2639 : !llvm.ptr<3> -> i64
        %v2641 = arith.addi %v1870, %v2321 : i64
        %v2642 = arith.cmpi slt, %v2641, %size_L : i64
        %v2643 = arith.subi %size_L, %v2 : i64
        %v2644 = arith.minsi %v2641, %v2643 : i64
        %v2645 = arith.subi %v249, %v2644 : i64
        %v2646 = arith.addi %v2640, %v2645 : i64
        %v2647 = arith.muli %v2638, %v252 : i64
        %v2648 = arith.addi %v2647, %v2321 : i64
        %v2649 = llvm.getelementptr %in_delta[%v2646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2650 = llvm.load %v2649 : !llvm.ptr -> f32
        %v2651 = arith.addi %v2320, %v548 : i64
        %v2652 = arith.constant true
        %v2653 = arith.addi %v30, %v2651 : i64
        %v2654 = llvm.getelementptr %v20[%v2653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2655 = llvm.load %v2654 : !llvm.ptr<3> -> i64
        %v2656 = arith.addi %v1870, %v2321 : i64
        %v2657 = arith.cmpi slt, %v2656, %size_L : i64
        %v2658 = arith.subi %size_L, %v2 : i64
        %v2659 = arith.minsi %v2656, %v2658 : i64
        %v2660 = arith.subi %v249, %v2659 : i64
        %v2661 = arith.addi %v2655, %v2660 : i64
        %v2662 = arith.muli %v2653, %v252 : i64
        %v2663 = arith.addi %v2662, %v2321 : i64
        %v2664 = llvm.getelementptr %in_delta[%v2661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2665 = llvm.load %v2664 : !llvm.ptr -> f32
        %v2666 = arith.addi %v2320, %v562 : i64
        %v2667 = arith.constant true
        %v2668 = arith.addi %v30, %v2666 : i64
        %v2669 = llvm.getelementptr %v20[%v2668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2670 = llvm.load %v2669 : !llvm.ptr<3> -> i64
        %v2671 = arith.addi %v1870, %v2321 : i64
        %v2672 = arith.cmpi slt, %v2671, %size_L : i64
        %v2673 = arith.subi %size_L, %v2 : i64
        %v2674 = arith.minsi %v2671, %v2673 : i64
        %v2675 = arith.subi %v249, %v2674 : i64
        %v2676 = arith.addi %v2670, %v2675 : i64
        %v2677 = arith.muli %v2668, %v252 : i64
        %v2678 = arith.addi %v2677, %v2321 : i64
        %v2679 = llvm.getelementptr %in_delta[%v2676] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2680 = llvm.load %v2679 : !llvm.ptr -> f32
        %v2681 = arith.addi %v2320, %v576 : i64
        %v2682 = arith.constant true
        %v2683 = arith.addi %v30, %v2681 : i64
        %v2684 = llvm.getelementptr %v20[%v2683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2685 = llvm.load %v2684 : !llvm.ptr<3> -> i64
        %v2686 = arith.addi %v1870, %v2321 : i64
        %v2687 = arith.cmpi slt, %v2686, %size_L : i64
        %v2688 = arith.subi %size_L, %v2 : i64
        %v2689 = arith.minsi %v2686, %v2688 : i64
        %v2690 = arith.subi %v249, %v2689 : i64
        %v2691 = arith.addi %v2685, %v2690 : i64
        %v2692 = arith.muli %v2683, %v252 : i64
        %v2693 = arith.addi %v2692, %v2321 : i64
        %v2694 = llvm.getelementptr %in_delta[%v2691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2695 = llvm.load %v2694 : !llvm.ptr -> f32
        %v2696 = arith.addi %v2320, %v590 : i64
        %v2697 = arith.constant true
        %v2698 = arith.addi %v30, %v2696 : i64
        %v2699 = llvm.getelementptr %v20[%v2698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2700 = llvm.load %v2699 : !llvm.ptr<3> -> i64
        %v2701 = arith.addi %v1870, %v2321 : i64
        %v2702 = arith.cmpi slt, %v2701, %size_L : i64
        %v2703 = arith.subi %size_L, %v2 : i64
        %v2704 = arith.minsi %v2701, %v2703 : i64
        %v2705 = arith.subi %v249, %v2704 : i64
        %v2706 = arith.addi %v2700, %v2705 : i64
        %v2707 = arith.muli %v2698, %v252 : i64
        %v2708 = arith.addi %v2707, %v2321 : i64
        %v2709 = llvm.getelementptr %in_delta[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
        %v2711 = arith.addi %v2320, %v604 : i64
        %v2712 = arith.constant true
        %v2713 = arith.addi %v30, %v2711 : i64
        %v2714 = llvm.getelementptr %v20[%v2713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2715 = llvm.load %v2714 : !llvm.ptr<3> -> i64
        %v2716 = arith.addi %v1870, %v2321 : i64
        %v2717 = arith.cmpi slt, %v2716, %size_L : i64
        %v2718 = arith.subi %size_L, %v2 : i64
        %v2719 = arith.minsi %v2716, %v2718 : i64
        %v2720 = arith.subi %v249, %v2719 : i64
        %v2721 = arith.addi %v2715, %v2720 : i64
        %v2722 = arith.muli %v2713, %v252 : i64
        %v2723 = arith.addi %v2722, %v2321 : i64
        %v2724 = llvm.getelementptr %in_delta[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2725 = llvm.load %v2724 : !llvm.ptr -> f32
        %v2726 = arith.addi %v2320, %v618 : i64
        %v2727 = arith.constant true
        %v2728 = arith.addi %v30, %v2726 : i64
        %v2729 = llvm.getelementptr %v20[%v2728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2730 = llvm.load %v2729 : !llvm.ptr<3> -> i64
        %v2731 = arith.addi %v1870, %v2321 : i64
        %v2732 = arith.cmpi slt, %v2731, %size_L : i64
        %v2733 = arith.subi %size_L, %v2 : i64
        %v2734 = arith.minsi %v2731, %v2733 : i64
        %v2735 = arith.subi %v249, %v2734 : i64
        %v2736 = arith.addi %v2730, %v2735 : i64
        %v2737 = arith.muli %v2728, %v252 : i64
        %v2738 = arith.addi %v2737, %v2321 : i64
        %v2739 = llvm.getelementptr %in_delta[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2740 = llvm.load %v2739 : !llvm.ptr -> f32
        %v2741 = arith.addi %v2320, %v632 : i64
        %v2742 = arith.constant true
        %v2743 = arith.addi %v30, %v2741 : i64
        %v2744 = llvm.getelementptr %v20[%v2743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2745 = llvm.load %v2744 : !llvm.ptr<3> -> i64
        %v2746 = arith.addi %v1870, %v2321 : i64
        %v2747 = arith.cmpi slt, %v2746, %size_L : i64
        %v2748 = arith.subi %size_L, %v2 : i64
        %v2749 = arith.minsi %v2746, %v2748 : i64
        %v2750 = arith.subi %v249, %v2749 : i64
        %v2751 = arith.addi %v2745, %v2750 : i64
        %v2752 = arith.muli %v2743, %v252 : i64
        %v2753 = arith.addi %v2752, %v2321 : i64
        %v2754 = llvm.getelementptr %in_delta[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2755 = llvm.load %v2754 : !llvm.ptr -> f32
        %v2756 = arith.addi %v2320, %v646 : i64
        %v2757 = arith.constant true
        %v2758 = arith.addi %v30, %v2756 : i64
        %v2759 = llvm.getelementptr %v20[%v2758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2760 = llvm.load %v2759 : !llvm.ptr<3> -> i64
        %v2761 = arith.addi %v1870, %v2321 : i64
        %v2762 = arith.cmpi slt, %v2761, %size_L : i64
        %v2763 = arith.subi %size_L, %v2 : i64
        %v2764 = arith.minsi %v2761, %v2763 : i64
        %v2765 = arith.subi %v249, %v2764 : i64
        %v2766 = arith.addi %v2760, %v2765 : i64
        %v2767 = arith.muli %v2758, %v252 : i64
        %v2768 = arith.addi %v2767, %v2321 : i64
        %v2769 = llvm.getelementptr %in_delta[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2770 = llvm.load %v2769 : !llvm.ptr -> f32
        %v2771 = arith.addi %v2320, %v660 : i64
        %v2772 = arith.constant true
        %v2773 = arith.addi %v30, %v2771 : i64
        %v2774 = llvm.getelementptr %v20[%v2773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2775 = llvm.load %v2774 : !llvm.ptr<3> -> i64
        %v2776 = arith.addi %v1870, %v2321 : i64
        %v2777 = arith.cmpi slt, %v2776, %size_L : i64
        %v2778 = arith.subi %size_L, %v2 : i64
        %v2779 = arith.minsi %v2776, %v2778 : i64
        %v2780 = arith.subi %v249, %v2779 : i64
        %v2781 = arith.addi %v2775, %v2780 : i64
        %v2782 = arith.muli %v2773, %v252 : i64
        %v2783 = arith.addi %v2782, %v2321 : i64
        %v2784 = llvm.getelementptr %in_delta[%v2781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
        %v2786 = arith.addi %v2320, %v674 : i64
        %v2787 = arith.constant true
        %v2788 = arith.addi %v30, %v2786 : i64
        %v2789 = llvm.getelementptr %v20[%v2788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2790 = llvm.load %v2789 : !llvm.ptr<3> -> i64
        %v2791 = arith.addi %v1870, %v2321 : i64
        %v2792 = arith.cmpi slt, %v2791, %size_L : i64
        %v2793 = arith.subi %size_L, %v2 : i64
        %v2794 = arith.minsi %v2791, %v2793 : i64
        %v2795 = arith.subi %v249, %v2794 : i64
        %v2796 = arith.addi %v2790, %v2795 : i64
        %v2797 = arith.muli %v2788, %v252 : i64
        %v2798 = arith.addi %v2797, %v2321 : i64
        %v2799 = llvm.getelementptr %in_delta[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2800 = llvm.load %v2799 : !llvm.ptr -> f32
        %v2801 = arith.divui %v28, %v240 : i64
        %v2802 = arith.remui %v28, %v240 : i64
        %v2803 = arith.constant true
        %v2804 = arith.addi %v68, %v2801 : i64
        %v2805 = llvm.getelementptr %v20[%v2804] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2806 = llvm.load %v2805 : !llvm.ptr<3> -> i64
        %v2807 = arith.addi %v1870, %v2802 : i64
        %v2808 = arith.cmpi slt, %v2807, %size_L : i64
        %v2809 = arith.subi %size_L, %v2 : i64
        %v2810 = arith.minsi %v2807, %v2809 : i64
        %v2811 = arith.subi %v249, %v2810 : i64
        %v2812 = arith.addi %v2806, %v2811 : i64
        %v2813 = arith.muli %v2804, %v252 : i64
        %v2814 = arith.addi %v2813, %v2802 : i64
        %v2815 = llvm.getelementptr %in_z[%v2812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2816 = llvm.load %v2815 : !llvm.ptr -> f32
        %v2817 = arith.addi %v2801, %v67 : i64
        %v2818 = arith.constant true
        %v2819 = arith.addi %v68, %v2817 : i64
        %v2820 = llvm.getelementptr %v20[%v2819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2821 = llvm.load %v2820 : !llvm.ptr<3> -> i64
        %v2822 = arith.addi %v1870, %v2802 : i64
        %v2823 = arith.cmpi slt, %v2822, %size_L : i64
        %v2824 = arith.subi %size_L, %v2 : i64
        %v2825 = arith.minsi %v2822, %v2824 : i64
        %v2826 = arith.subi %v249, %v2825 : i64
        %v2827 = arith.addi %v2821, %v2826 : i64
        %v2828 = arith.muli %v2819, %v252 : i64
        %v2829 = arith.addi %v2828, %v2802 : i64
        %v2830 = llvm.getelementptr %in_z[%v2827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2831 = llvm.load %v2830 : !llvm.ptr -> f32
        %v2832 = arith.addi %v2801, %v270 : i64
        %v2833 = arith.constant true
        %v2834 = arith.addi %v68, %v2832 : i64
        %v2835 = llvm.getelementptr %v20[%v2834] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2836 = llvm.load %v2835 : !llvm.ptr<3> -> i64
        %v2837 = arith.addi %v1870, %v2802 : i64
        %v2838 = arith.cmpi slt, %v2837, %size_L : i64
        %v2839 = arith.subi %size_L, %v2 : i64
        %v2840 = arith.minsi %v2837, %v2839 : i64
        %v2841 = arith.subi %v249, %v2840 : i64
        %v2842 = arith.addi %v2836, %v2841 : i64
        %v2843 = arith.muli %v2834, %v252 : i64
        %v2844 = arith.addi %v2843, %v2802 : i64
        %v2845 = llvm.getelementptr %in_z[%v2842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2846 = llvm.load %v2845 : !llvm.ptr -> f32
        %v2847 = arith.addi %v2801, %v284 : i64
        %v2848 = arith.constant true
        %v2849 = arith.addi %v68, %v2847 : i64
        %v2850 = llvm.getelementptr %v20[%v2849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2851 = llvm.load %v2850 : !llvm.ptr<3> -> i64
        %v2852 = arith.addi %v1870, %v2802 : i64
        %v2853 = arith.cmpi slt, %v2852, %size_L : i64
        %v2854 = arith.subi %size_L, %v2 : i64
        %v2855 = arith.minsi %v2852, %v2854 : i64
        %v2856 = arith.subi %v249, %v2855 : i64
        %v2857 = arith.addi %v2851, %v2856 : i64
        %v2858 = arith.muli %v2849, %v252 : i64
        %v2859 = arith.addi %v2858, %v2802 : i64
        %v2860 = llvm.getelementptr %in_z[%v2857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2861 = llvm.load %v2860 : !llvm.ptr -> f32
        %v2862 = arith.addi %v2801, %v298 : i64
        %v2863 = arith.constant true
        %v2864 = arith.addi %v68, %v2862 : i64
        %v2865 = llvm.getelementptr %v20[%v2864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2866 = llvm.load %v2865 : !llvm.ptr<3> -> i64
        %v2867 = arith.addi %v1870, %v2802 : i64
        %v2868 = arith.cmpi slt, %v2867, %size_L : i64
        %v2869 = arith.subi %size_L, %v2 : i64
        %v2870 = arith.minsi %v2867, %v2869 : i64
        %v2871 = arith.subi %v249, %v2870 : i64
        %v2872 = arith.addi %v2866, %v2871 : i64
        %v2873 = arith.muli %v2864, %v252 : i64
        %v2874 = arith.addi %v2873, %v2802 : i64
        %v2875 = llvm.getelementptr %in_z[%v2872] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2876 = llvm.load %v2875 : !llvm.ptr -> f32
        %v2877 = arith.addi %v2801, %v312 : i64
        %v2878 = arith.constant true
        %v2879 = arith.addi %v68, %v2877 : i64
        %v2880 = llvm.getelementptr %v20[%v2879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2881 = llvm.load %v2880 : !llvm.ptr<3> -> i64
        %v2882 = arith.addi %v1870, %v2802 : i64
        %v2883 = arith.cmpi slt, %v2882, %size_L : i64
        %v2884 = arith.subi %size_L, %v2 : i64
        %v2885 = arith.minsi %v2882, %v2884 : i64
        %v2886 = arith.subi %v249, %v2885 : i64
        %v2887 = arith.addi %v2881, %v2886 : i64
        %v2888 = arith.muli %v2879, %v252 : i64
        %v2889 = arith.addi %v2888, %v2802 : i64
        %v2890 = llvm.getelementptr %in_z[%v2887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2891 = llvm.load %v2890 : !llvm.ptr -> f32
        %v2892 = arith.addi %v2801, %v326 : i64
        %v2893 = arith.constant true
        %v2894 = arith.addi %v68, %v2892 : i64
        %v2895 = llvm.getelementptr %v20[%v2894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2896 = llvm.load %v2895 : !llvm.ptr<3> -> i64
        %v2897 = arith.addi %v1870, %v2802 : i64
        %v2898 = arith.cmpi slt, %v2897, %size_L : i64
        %v2899 = arith.subi %size_L, %v2 : i64
        %v2900 = arith.minsi %v2897, %v2899 : i64
        %v2901 = arith.subi %v249, %v2900 : i64
        %v2902 = arith.addi %v2896, %v2901 : i64
        %v2903 = arith.muli %v2894, %v252 : i64
        %v2904 = arith.addi %v2903, %v2802 : i64
        %v2905 = llvm.getelementptr %in_z[%v2902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2906 = llvm.load %v2905 : !llvm.ptr -> f32
        %v2907 = arith.addi %v2801, %v340 : i64
        %v2908 = arith.constant true
        %v2909 = arith.addi %v68, %v2907 : i64
        %v2910 = llvm.getelementptr %v20[%v2909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2911 = llvm.load %v2910 : !llvm.ptr<3> -> i64
        %v2912 = arith.addi %v1870, %v2802 : i64
        %v2913 = arith.cmpi slt, %v2912, %size_L : i64
        %v2914 = arith.subi %size_L, %v2 : i64
        %v2915 = arith.minsi %v2912, %v2914 : i64
        %v2916 = arith.subi %v249, %v2915 : i64
        %v2917 = arith.addi %v2911, %v2916 : i64
        %v2918 = arith.muli %v2909, %v252 : i64
        %v2919 = arith.addi %v2918, %v2802 : i64
        %v2920 = llvm.getelementptr %in_z[%v2917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2921 = llvm.load %v2920 : !llvm.ptr -> f32
        %v2922 = arith.addi %v2801, %v1 : i64
        %v2923 = arith.constant true
        %v2924 = arith.addi %v68, %v2922 : i64
        %v2925 = llvm.getelementptr %v20[%v2924] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2926 = llvm.load %v2925 : !llvm.ptr<3> -> i64
        %v2927 = arith.addi %v1870, %v2802 : i64
        %v2928 = arith.cmpi slt, %v2927, %size_L : i64
        %v2929 = arith.subi %size_L, %v2 : i64
        %v2930 = arith.minsi %v2927, %v2929 : i64
        %v2931 = arith.subi %v249, %v2930 : i64
        %v2932 = arith.addi %v2926, %v2931 : i64
        %v2933 = arith.muli %v2924, %v252 : i64
        %v2934 = arith.addi %v2933, %v2802 : i64
        %v2935 = llvm.getelementptr %in_z[%v2932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2936 = llvm.load %v2935 : !llvm.ptr -> f32
        %v2937 = arith.addi %v2801, %v367 : i64
        %v2938 = arith.constant true
        %v2939 = arith.addi %v68, %v2937 : i64
        %v2940 = llvm.getelementptr %v20[%v2939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2941 = llvm.load %v2940 : !llvm.ptr<3> -> i64
        %v2942 = arith.addi %v1870, %v2802 : i64
        %v2943 = arith.cmpi slt, %v2942, %size_L : i64
        %v2944 = arith.subi %size_L, %v2 : i64
        %v2945 = arith.minsi %v2942, %v2944 : i64
        %v2946 = arith.subi %v249, %v2945 : i64
        %v2947 = arith.addi %v2941, %v2946 : i64
        %v2948 = arith.muli %v2939, %v252 : i64
        %v2949 = arith.addi %v2948, %v2802 : i64
        %v2950 = llvm.getelementptr %in_z[%v2947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2951 = llvm.load %v2950 : !llvm.ptr -> f32
        %v2952 = arith.addi %v2801, %v381 : i64
        %v2953 = arith.constant true
        %v2954 = arith.addi %v68, %v2952 : i64
        %v2955 = llvm.getelementptr %v20[%v2954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2956 = llvm.load %v2955 : !llvm.ptr<3> -> i64
        %v2957 = arith.addi %v1870, %v2802 : i64
        %v2958 = arith.cmpi slt, %v2957, %size_L : i64
        %v2959 = arith.subi %size_L, %v2 : i64
        %v2960 = arith.minsi %v2957, %v2959 : i64
        %v2961 = arith.subi %v249, %v2960 : i64
        %v2962 = arith.addi %v2956, %v2961 : i64
        %v2963 = arith.muli %v2954, %v252 : i64
        %v2964 = arith.addi %v2963, %v2802 : i64
        %v2965 = llvm.getelementptr %in_z[%v2962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2966 = llvm.load %v2965 : !llvm.ptr -> f32
        %v2967 = arith.addi %v2801, %v395 : i64
        %v2968 = arith.constant true
        %v2969 = arith.addi %v68, %v2967 : i64
        %v2970 = llvm.getelementptr %v20[%v2969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2971 = llvm.load %v2970 : !llvm.ptr<3> -> i64
        %v2972 = arith.addi %v1870, %v2802 : i64
        %v2973 = arith.cmpi slt, %v2972, %size_L : i64
        %v2974 = arith.subi %size_L, %v2 : i64
        %v2975 = arith.minsi %v2972, %v2974 : i64
        %v2976 = arith.subi %v249, %v2975 : i64
        %v2977 = arith.addi %v2971, %v2976 : i64
        %v2978 = arith.muli %v2969, %v252 : i64
        %v2979 = arith.addi %v2978, %v2802 : i64
        %v2980 = llvm.getelementptr %in_z[%v2977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2981 = llvm.load %v2980 : !llvm.ptr -> f32
        %v2982 = arith.addi %v2801, %v409 : i64
        %v2983 = arith.constant true
        %v2984 = arith.addi %v68, %v2982 : i64
        %v2985 = llvm.getelementptr %v20[%v2984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2986 = llvm.load %v2985 : !llvm.ptr<3> -> i64
        %v2987 = arith.addi %v1870, %v2802 : i64
        %v2988 = arith.cmpi slt, %v2987, %size_L : i64
        %v2989 = arith.subi %size_L, %v2 : i64
        %v2990 = arith.minsi %v2987, %v2989 : i64
        %v2991 = arith.subi %v249, %v2990 : i64
        %v2992 = arith.addi %v2986, %v2991 : i64
        %v2993 = arith.muli %v2984, %v252 : i64
        %v2994 = arith.addi %v2993, %v2802 : i64
        %v2995 = llvm.getelementptr %in_z[%v2992] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2996 = llvm.load %v2995 : !llvm.ptr -> f32
        %v2997 = arith.addi %v2801, %v423 : i64
        %v2998 = arith.constant true
        %v2999 = arith.addi %v68, %v2997 : i64
        %v3000 = llvm.getelementptr %v20[%v2999] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3001 = llvm.load %v3000 : !llvm.ptr<3> -> i64
        %v3002 = arith.addi %v1870, %v2802 : i64
        %v3003 = arith.cmpi slt, %v3002, %size_L : i64
        %v3004 = arith.subi %size_L, %v2 : i64
        %v3005 = arith.minsi %v3002, %v3004 : i64
        %v3006 = arith.subi %v249, %v3005 : i64
        %v3007 = arith.addi %v3001, %v3006 : i64
        %v3008 = arith.muli %v2999, %v252 : i64
        %v3009 = arith.addi %v3008, %v2802 : i64
        %v3010 = llvm.getelementptr %in_z[%v3007] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3011 = llvm.load %v3010 : !llvm.ptr -> f32
        %v3012 = arith.addi %v2801, %v437 : i64
        %v3013 = arith.constant true
        %v3014 = arith.addi %v68, %v3012 : i64
        %v3015 = llvm.getelementptr %v20[%v3014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3016 = llvm.load %v3015 : !llvm.ptr<3> -> i64
        %v3017 = arith.addi %v1870, %v2802 : i64
        %v3018 = arith.cmpi slt, %v3017, %size_L : i64
        %v3019 = arith.subi %size_L, %v2 : i64
        %v3020 = arith.minsi %v3017, %v3019 : i64
        %v3021 = arith.subi %v249, %v3020 : i64
        %v3022 = arith.addi %v3016, %v3021 : i64
        %v3023 = arith.muli %v3014, %v252 : i64
        %v3024 = arith.addi %v3023, %v2802 : i64
        %v3025 = llvm.getelementptr %in_z[%v3022] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3026 = llvm.load %v3025 : !llvm.ptr -> f32
        %v3027 = arith.addi %v2801, %v451 : i64
        %v3028 = arith.constant true
        %v3029 = arith.addi %v68, %v3027 : i64
        %v3030 = llvm.getelementptr %v20[%v3029] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3031 = llvm.load %v3030 : !llvm.ptr<3> -> i64
        %v3032 = arith.addi %v1870, %v2802 : i64
        %v3033 = arith.cmpi slt, %v3032, %size_L : i64
        %v3034 = arith.subi %size_L, %v2 : i64
        %v3035 = arith.minsi %v3032, %v3034 : i64
        %v3036 = arith.subi %v249, %v3035 : i64
        %v3037 = arith.addi %v3031, %v3036 : i64
        %v3038 = arith.muli %v3029, %v252 : i64
        %v3039 = arith.addi %v3038, %v2802 : i64
        %v3040 = llvm.getelementptr %in_z[%v3037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3041 = llvm.load %v3040 : !llvm.ptr -> f32
        %v3042 = arith.addi %v2801, %v240 : i64
        %v3043 = arith.constant true
        %v3044 = arith.addi %v68, %v3042 : i64
        %v3045 = llvm.getelementptr %v20[%v3044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3046 = llvm.load %v3045 : !llvm.ptr<3> -> i64
        %v3047 = arith.addi %v1870, %v2802 : i64
        %v3048 = arith.cmpi slt, %v3047, %size_L : i64
        %v3049 = arith.subi %size_L, %v2 : i64
        %v3050 = arith.minsi %v3047, %v3049 : i64
        %v3051 = arith.subi %v249, %v3050 : i64
        %v3052 = arith.addi %v3046, %v3051 : i64
        %v3053 = arith.muli %v3044, %v252 : i64
        %v3054 = arith.addi %v3053, %v2802 : i64
        %v3055 = llvm.getelementptr %in_z[%v3052] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3056 = llvm.load %v3055 : !llvm.ptr -> f32
        %v3057 = arith.addi %v2801, %v478 : i64
        %v3058 = arith.constant true
        %v3059 = arith.addi %v68, %v3057 : i64
        %v3060 = llvm.getelementptr %v20[%v3059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3061 = llvm.load %v3060 : !llvm.ptr<3> -> i64
        %v3062 = arith.addi %v1870, %v2802 : i64
        %v3063 = arith.cmpi slt, %v3062, %size_L : i64
        %v3064 = arith.subi %size_L, %v2 : i64
        %v3065 = arith.minsi %v3062, %v3064 : i64
        %v3066 = arith.subi %v249, %v3065 : i64
        %v3067 = arith.addi %v3061, %v3066 : i64
        %v3068 = arith.muli %v3059, %v252 : i64
        %v3069 = arith.addi %v3068, %v2802 : i64
        %v3070 = llvm.getelementptr %in_z[%v3067] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3071 = llvm.load %v3070 : !llvm.ptr -> f32
        %v3072 = arith.addi %v2801, %v492 : i64
        %v3073 = arith.constant true
        %v3074 = arith.addi %v68, %v3072 : i64
        %v3075 = llvm.getelementptr %v20[%v3074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3076 = llvm.load %v3075 : !llvm.ptr<3> -> i64
        %v3077 = arith.addi %v1870, %v2802 : i64
        %v3078 = arith.cmpi slt, %v3077, %size_L : i64
        %v3079 = arith.subi %size_L, %v2 : i64
        %v3080 = arith.minsi %v3077, %v3079 : i64
        %v3081 = arith.subi %v249, %v3080 : i64
        %v3082 = arith.addi %v3076, %v3081 : i64
        %v3083 = arith.muli %v3074, %v252 : i64
        %v3084 = arith.addi %v3083, %v2802 : i64
        %v3085 = llvm.getelementptr %in_z[%v3082] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3086 = llvm.load %v3085 : !llvm.ptr -> f32
        %v3087 = arith.addi %v2801, %v506 : i64
        %v3088 = arith.constant true
        %v3089 = arith.addi %v68, %v3087 : i64
        %v3090 = llvm.getelementptr %v20[%v3089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3091 = llvm.load %v3090 : !llvm.ptr<3> -> i64
        %v3092 = arith.addi %v1870, %v2802 : i64
        %v3093 = arith.cmpi slt, %v3092, %size_L : i64
        %v3094 = arith.subi %size_L, %v2 : i64
        %v3095 = arith.minsi %v3092, %v3094 : i64
        %v3096 = arith.subi %v249, %v3095 : i64
        %v3097 = arith.addi %v3091, %v3096 : i64
        %v3098 = arith.muli %v3089, %v252 : i64
        %v3099 = arith.addi %v3098, %v2802 : i64
        %v3100 = llvm.getelementptr %in_z[%v3097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3101 = llvm.load %v3100 : !llvm.ptr -> f32
        %v3102 = arith.addi %v2801, %v520 : i64
        %v3103 = arith.constant true
        %v3104 = arith.addi %v68, %v3102 : i64
        %v3105 = llvm.getelementptr %v20[%v3104] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3106 = llvm.load %v3105 : !llvm.ptr<3> -> i64
        %v3107 = arith.addi %v1870, %v2802 : i64
        %v3108 = arith.cmpi slt, %v3107, %size_L : i64
        %v3109 = arith.subi %size_L, %v2 : i64
        %v3110 = arith.minsi %v3107, %v3109 : i64
        %v3111 = arith.subi %v249, %v3110 : i64
        %v3112 = arith.addi %v3106, %v3111 : i64
        %v3113 = arith.muli %v3104, %v252 : i64
        %v3114 = arith.addi %v3113, %v2802 : i64
        %v3115 = llvm.getelementptr %in_z[%v3112] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3116 = llvm.load %v3115 : !llvm.ptr -> f32
        %v3117 = arith.addi %v2801, %v534 : i64
        %v3118 = arith.constant true
        %v3119 = arith.addi %v68, %v3117 : i64
        %v3120 = llvm.getelementptr %v20[%v3119] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3121 = llvm.load %v3120 : !llvm.ptr<3> -> i64
        %v3122 = arith.addi %v1870, %v2802 : i64
        %v3123 = arith.cmpi slt, %v3122, %size_L : i64
        %v3124 = arith.subi %size_L, %v2 : i64
        %v3125 = arith.minsi %v3122, %v3124 : i64
        %v3126 = arith.subi %v249, %v3125 : i64
        %v3127 = arith.addi %v3121, %v3126 : i64
        %v3128 = arith.muli %v3119, %v252 : i64
        %v3129 = arith.addi %v3128, %v2802 : i64
        %v3130 = llvm.getelementptr %in_z[%v3127] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3131 = llvm.load %v3130 : !llvm.ptr -> f32
        %v3132 = arith.addi %v2801, %v548 : i64
        %v3133 = arith.constant true
        %v3134 = arith.addi %v68, %v3132 : i64
        %v3135 = llvm.getelementptr %v20[%v3134] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3136 = llvm.load %v3135 : !llvm.ptr<3> -> i64
        %v3137 = arith.addi %v1870, %v2802 : i64
        %v3138 = arith.cmpi slt, %v3137, %size_L : i64
        %v3139 = arith.subi %size_L, %v2 : i64
        %v3140 = arith.minsi %v3137, %v3139 : i64
        %v3141 = arith.subi %v249, %v3140 : i64
        %v3142 = arith.addi %v3136, %v3141 : i64
        %v3143 = arith.muli %v3134, %v252 : i64
        %v3144 = arith.addi %v3143, %v2802 : i64
        %v3145 = llvm.getelementptr %in_z[%v3142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3146 = llvm.load %v3145 : !llvm.ptr -> f32
        %v3147 = arith.addi %v2801, %v562 : i64
        %v3148 = arith.constant true
        %v3149 = arith.addi %v68, %v3147 : i64
        %v3150 = llvm.getelementptr %v20[%v3149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3151 = llvm.load %v3150 : !llvm.ptr<3> -> i64
        %v3152 = arith.addi %v1870, %v2802 : i64
        %v3153 = arith.cmpi slt, %v3152, %size_L : i64
        %v3154 = arith.subi %size_L, %v2 : i64
        %v3155 = arith.minsi %v3152, %v3154 : i64
        %v3156 = arith.subi %v249, %v3155 : i64
        %v3157 = arith.addi %v3151, %v3156 : i64
        %v3158 = arith.muli %v3149, %v252 : i64
        %v3159 = arith.addi %v3158, %v2802 : i64
        %v3160 = llvm.getelementptr %in_z[%v3157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3161 = llvm.load %v3160 : !llvm.ptr -> f32
        %v3162 = arith.addi %v2801, %v576 : i64
        %v3163 = arith.constant true
        %v3164 = arith.addi %v68, %v3162 : i64
        %v3165 = llvm.getelementptr %v20[%v3164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3166 = llvm.load %v3165 : !llvm.ptr<3> -> i64
        %v3167 = arith.addi %v1870, %v2802 : i64
        %v3168 = arith.cmpi slt, %v3167, %size_L : i64
        %v3169 = arith.subi %size_L, %v2 : i64
        %v3170 = arith.minsi %v3167, %v3169 : i64
        %v3171 = arith.subi %v249, %v3170 : i64
        %v3172 = arith.addi %v3166, %v3171 : i64
        %v3173 = arith.muli %v3164, %v252 : i64
        %v3174 = arith.addi %v3173, %v2802 : i64
        %v3175 = llvm.getelementptr %in_z[%v3172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3176 = llvm.load %v3175 : !llvm.ptr -> f32
        %v3177 = arith.addi %v2801, %v590 : i64
        %v3178 = arith.constant true
        %v3179 = arith.addi %v68, %v3177 : i64
        %v3180 = llvm.getelementptr %v20[%v3179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3181 = llvm.load %v3180 : !llvm.ptr<3> -> i64
        %v3182 = arith.addi %v1870, %v2802 : i64
        %v3183 = arith.cmpi slt, %v3182, %size_L : i64
        %v3184 = arith.subi %size_L, %v2 : i64
        %v3185 = arith.minsi %v3182, %v3184 : i64
        %v3186 = arith.subi %v249, %v3185 : i64
        %v3187 = arith.addi %v3181, %v3186 : i64
        %v3188 = arith.muli %v3179, %v252 : i64
        %v3189 = arith.addi %v3188, %v2802 : i64
        %v3190 = llvm.getelementptr %in_z[%v3187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3191 = llvm.load %v3190 : !llvm.ptr -> f32
        %v3192 = arith.addi %v2801, %v604 : i64
        %v3193 = arith.constant true
        %v3194 = arith.addi %v68, %v3192 : i64
        %v3195 = llvm.getelementptr %v20[%v3194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3196 = llvm.load %v3195 : !llvm.ptr<3> -> i64
        %v3197 = arith.addi %v1870, %v2802 : i64
        %v3198 = arith.cmpi slt, %v3197, %size_L : i64
        %v3199 = arith.subi %size_L, %v2 : i64
        %v3200 = arith.minsi %v3197, %v3199 : i64
        %v3201 = arith.subi %v249, %v3200 : i64
        %v3202 = arith.addi %v3196, %v3201 : i64
        %v3203 = arith.muli %v3194, %v252 : i64
        %v3204 = arith.addi %v3203, %v2802 : i64
        %v3205 = llvm.getelementptr %in_z[%v3202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3206 = llvm.load %v3205 : !llvm.ptr -> f32
        %v3207 = arith.addi %v2801, %v618 : i64
        %v3208 = arith.constant true
        %v3209 = arith.addi %v68, %v3207 : i64
        %v3210 = llvm.getelementptr %v20[%v3209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3211 = llvm.load %v3210 : !llvm.ptr<3> -> i64
        %v3212 = arith.addi %v1870, %v2802 : i64
        %v3213 = arith.cmpi slt, %v3212, %size_L : i64
        %v3214 = arith.subi %size_L, %v2 : i64
        %v3215 = arith.minsi %v3212, %v3214 : i64
        %v3216 = arith.subi %v249, %v3215 : i64
        %v3217 = arith.addi %v3211, %v3216 : i64
        %v3218 = arith.muli %v3209, %v252 : i64
        %v3219 = arith.addi %v3218, %v2802 : i64
        %v3220 = llvm.getelementptr %in_z[%v3217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3221 = llvm.load %v3220 : !llvm.ptr -> f32
        %v3222 = arith.addi %v2801, %v632 : i64
        %v3223 = arith.constant true
        %v3224 = arith.addi %v68, %v3222 : i64
        %v3225 = llvm.getelementptr %v20[%v3224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3226 = llvm.load %v3225 : !llvm.ptr<3> -> i64
        %v3227 = arith.addi %v1870, %v2802 : i64
        %v3228 = arith.cmpi slt, %v3227, %size_L : i64
        %v3229 = arith.subi %size_L, %v2 : i64
        %v3230 = arith.minsi %v3227, %v3229 : i64
        %v3231 = arith.subi %v249, %v3230 : i64
        %v3232 = arith.addi %v3226, %v3231 : i64
        %v3233 = arith.muli %v3224, %v252 : i64
        %v3234 = arith.addi %v3233, %v2802 : i64
        %v3235 = llvm.getelementptr %in_z[%v3232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3236 = llvm.load %v3235 : !llvm.ptr -> f32
        %v3237 = arith.addi %v2801, %v646 : i64
        %v3238 = arith.constant true
        %v3239 = arith.addi %v68, %v3237 : i64
        %v3240 = llvm.getelementptr %v20[%v3239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3241 = llvm.load %v3240 : !llvm.ptr<3> -> i64
        %v3242 = arith.addi %v1870, %v2802 : i64
        %v3243 = arith.cmpi slt, %v3242, %size_L : i64
        %v3244 = arith.subi %size_L, %v2 : i64
        %v3245 = arith.minsi %v3242, %v3244 : i64
        %v3246 = arith.subi %v249, %v3245 : i64
        %v3247 = arith.addi %v3241, %v3246 : i64
        %v3248 = arith.muli %v3239, %v252 : i64
        %v3249 = arith.addi %v3248, %v2802 : i64
        %v3250 = llvm.getelementptr %in_z[%v3247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3251 = llvm.load %v3250 : !llvm.ptr -> f32
        %v3252 = arith.addi %v2801, %v660 : i64
        %v3253 = arith.constant true
        %v3254 = arith.addi %v68, %v3252 : i64
        %v3255 = llvm.getelementptr %v20[%v3254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3256 = llvm.load %v3255 : !llvm.ptr<3> -> i64
        %v3257 = arith.addi %v1870, %v2802 : i64
        %v3258 = arith.cmpi slt, %v3257, %size_L : i64
        %v3259 = arith.subi %size_L, %v2 : i64
        %v3260 = arith.minsi %v3257, %v3259 : i64
        %v3261 = arith.subi %v249, %v3260 : i64
        %v3262 = arith.addi %v3256, %v3261 : i64
        %v3263 = arith.muli %v3254, %v252 : i64
        %v3264 = arith.addi %v3263, %v2802 : i64
        %v3265 = llvm.getelementptr %in_z[%v3262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3266 = llvm.load %v3265 : !llvm.ptr -> f32
        %v3267 = arith.addi %v2801, %v674 : i64
        %v3268 = arith.constant true
        %v3269 = arith.addi %v68, %v3267 : i64
        %v3270 = llvm.getelementptr %v20[%v3269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3271 = llvm.load %v3270 : !llvm.ptr<3> -> i64
        %v3272 = arith.addi %v1870, %v2802 : i64
        %v3273 = arith.cmpi slt, %v3272, %size_L : i64
        %v3274 = arith.subi %size_L, %v2 : i64
        %v3275 = arith.minsi %v3272, %v3274 : i64
        %v3276 = arith.subi %v249, %v3275 : i64
        %v3277 = arith.addi %v3271, %v3276 : i64
        %v3278 = arith.muli %v3269, %v252 : i64
        %v3279 = arith.addi %v3278, %v2802 : i64
        %v3280 = llvm.getelementptr %in_z[%v3277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3281 = llvm.load %v3280 : !llvm.ptr -> f32
        %v3282 = arith.divui %v1869, %v67 : i64
        %v3283 = arith.index_cast %v53 : i64 to index
        %v3284 = arith.index_cast %v3282 : i64 to index
        %v3285 = arith.index_cast %v2 : i64 to index
        scf.for %v3286 = %v3283 to %v3284 step %v3285 {
          %v3287 = arith.index_cast %v3286 : index to i64
          %v3288 = arith.muli %v3287, %v67 : i64
          %v3289 = arith.addi %v3288, %v2 : i64
          %v3290 = arith.addi %v1686, %v3288 : i64
          %v3291 = arith.subi %v3290, %v1686 : i64
          %v3292 = llvm.getelementptr %v50[%v3291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3293 = llvm.load %v3292 : !llvm.ptr -> f32
          %v3294 = arith.subi %v3290, %v1686 : i64
          %v3295 = arith.addi %v1708, %v3294 : i64
          %v3296 = llvm.getelementptr %v50[%v3295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3297 = llvm.load %v3296 : !llvm.ptr -> f32
          %v3299 = arith.subi %v3290, %v1686 : i64
          %v3300 = arith.addi %v3298, %v3299 : i64
          %v3301 = llvm.getelementptr %v50[%v3300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3302 = llvm.load %v3301 : !llvm.ptr -> f32
          %v3304 = arith.subi %v3290, %v1686 : i64
          %v3305 = arith.addi %v3303, %v3304 : i64
          %v3306 = llvm.getelementptr %v50[%v3305] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3307 = llvm.load %v3306 : !llvm.ptr -> f32
          %v3309 = arith.subi %v3290, %v1686 : i64
          %v3310 = arith.addi %v3308, %v3309 : i64
          %v3311 = llvm.getelementptr %v50[%v3310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3312 = llvm.load %v3311 : !llvm.ptr -> f32
          %v3315 = arith.subi %v3290, %v1686 : i64
          %v3316 = arith.addi %v3314, %v3315 : i64
          %v3317 = llvm.getelementptr %v50[%v3316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3318 = llvm.load %v3317 : !llvm.ptr -> f32
          %v3320 = arith.subi %v3290, %v1686 : i64
          %v3321 = arith.addi %v3319, %v3320 : i64
          %v3322 = llvm.getelementptr %v50[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3323 = llvm.load %v3322 : !llvm.ptr -> f32
          %v3326 = arith.subi %v3290, %v1686 : i64
          %v3327 = arith.addi %v3325, %v3326 : i64
          %v3328 = llvm.getelementptr %v50[%v3327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3329 = llvm.load %v3328 : !llvm.ptr -> f32
          %v3331 = arith.subi %v3290, %v1686 : i64
          %v3332 = arith.addi %v3330, %v3331 : i64
          %v3333 = llvm.getelementptr %v50[%v3332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3334 = llvm.load %v3333 : !llvm.ptr -> f32
          %v3337 = arith.subi %v3290, %v1686 : i64
          %v3338 = arith.addi %v3336, %v3337 : i64
          %v3339 = llvm.getelementptr %v50[%v3338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3340 = llvm.load %v3339 : !llvm.ptr -> f32
          %v3342 = arith.subi %v3290, %v1686 : i64
          %v3343 = arith.addi %v3341, %v3342 : i64
          %v3344 = llvm.getelementptr %v50[%v3343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3345 = llvm.load %v3344 : !llvm.ptr -> f32
          %v3348 = arith.subi %v3290, %v1686 : i64
          %v3349 = arith.addi %v3347, %v3348 : i64
          %v3350 = llvm.getelementptr %v50[%v3349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3351 = llvm.load %v3350 : !llvm.ptr -> f32
          %v3353 = arith.subi %v3290, %v1686 : i64
          %v3354 = arith.addi %v3352, %v3353 : i64
          %v3355 = llvm.getelementptr %v50[%v3354] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3356 = llvm.load %v3355 : !llvm.ptr -> f32
          %v3359 = arith.subi %v3290, %v1686 : i64
          %v3360 = arith.addi %v3358, %v3359 : i64
          %v3361 = llvm.getelementptr %v50[%v3360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3362 = llvm.load %v3361 : !llvm.ptr -> f32
          %v3364 = arith.subi %v3290, %v1686 : i64
          %v3365 = arith.addi %v3363, %v3364 : i64
          %v3366 = llvm.getelementptr %v50[%v3365] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3367 = llvm.load %v3366 : !llvm.ptr -> f32
          %v3370 = arith.subi %v3290, %v1686 : i64
          %v3371 = arith.addi %v3369, %v3370 : i64
          %v3372 = llvm.getelementptr %v50[%v3371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3373 = llvm.load %v3372 : !llvm.ptr -> f32
          %v3374 = arith.subi %v3290, %v1686 : i64
          %v3375 = llvm.getelementptr %v52[%v3374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3376 = llvm.load %v3375 : !llvm.ptr -> f32
          %v3377 = arith.subi %v3290, %v1686 : i64
          %v3378 = arith.addi %v1708, %v3377 : i64
          %v3379 = llvm.getelementptr %v52[%v3378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3380 = llvm.load %v3379 : !llvm.ptr -> f32
          %v3381 = arith.subi %v3290, %v1686 : i64
          %v3382 = arith.addi %v3298, %v3381 : i64
          %v3383 = llvm.getelementptr %v52[%v3382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3384 = llvm.load %v3383 : !llvm.ptr -> f32
          %v3385 = arith.subi %v3290, %v1686 : i64
          %v3386 = arith.addi %v3303, %v3385 : i64
          %v3387 = llvm.getelementptr %v52[%v3386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3388 = llvm.load %v3387 : !llvm.ptr -> f32
          %v3389 = arith.subi %v3290, %v1686 : i64
          %v3390 = arith.addi %v3308, %v3389 : i64
          %v3391 = llvm.getelementptr %v52[%v3390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3392 = llvm.load %v3391 : !llvm.ptr -> f32
          %v3393 = arith.subi %v3290, %v1686 : i64
          %v3394 = arith.addi %v3314, %v3393 : i64
          %v3395 = llvm.getelementptr %v52[%v3394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3396 = llvm.load %v3395 : !llvm.ptr -> f32
          %v3397 = arith.subi %v3290, %v1686 : i64
          %v3398 = arith.addi %v3319, %v3397 : i64
          %v3399 = llvm.getelementptr %v52[%v3398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3400 = llvm.load %v3399 : !llvm.ptr -> f32
          %v3401 = arith.subi %v3290, %v1686 : i64
          %v3402 = arith.addi %v3325, %v3401 : i64
          %v3403 = llvm.getelementptr %v52[%v3402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3404 = llvm.load %v3403 : !llvm.ptr -> f32
          %v3405 = arith.subi %v3290, %v1686 : i64
          %v3406 = arith.addi %v3330, %v3405 : i64
          %v3407 = llvm.getelementptr %v52[%v3406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3408 = llvm.load %v3407 : !llvm.ptr -> f32
          %v3409 = arith.subi %v3290, %v1686 : i64
          %v3410 = arith.addi %v3336, %v3409 : i64
          %v3411 = llvm.getelementptr %v52[%v3410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3412 = llvm.load %v3411 : !llvm.ptr -> f32
          %v3413 = arith.subi %v3290, %v1686 : i64
          %v3414 = arith.addi %v3341, %v3413 : i64
          %v3415 = llvm.getelementptr %v52[%v3414] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3416 = llvm.load %v3415 : !llvm.ptr -> f32
          %v3417 = arith.subi %v3290, %v1686 : i64
          %v3418 = arith.addi %v3347, %v3417 : i64
          %v3419 = llvm.getelementptr %v52[%v3418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3420 = llvm.load %v3419 : !llvm.ptr -> f32
          %v3421 = arith.subi %v3290, %v1686 : i64
          %v3422 = arith.addi %v3352, %v3421 : i64
          %v3423 = llvm.getelementptr %v52[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3424 = llvm.load %v3423 : !llvm.ptr -> f32
          %v3425 = arith.subi %v3290, %v1686 : i64
          %v3426 = arith.addi %v3358, %v3425 : i64
          %v3427 = llvm.getelementptr %v52[%v3426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3428 = llvm.load %v3427 : !llvm.ptr -> f32
          %v3429 = arith.subi %v3290, %v1686 : i64
          %v3430 = arith.addi %v3363, %v3429 : i64
          %v3431 = llvm.getelementptr %v52[%v3430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3432 = llvm.load %v3431 : !llvm.ptr -> f32
          %v3433 = arith.subi %v3290, %v1686 : i64
          %v3434 = arith.addi %v3369, %v3433 : i64
          %v3435 = llvm.getelementptr %v52[%v3434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3436 = llvm.load %v3435 : !llvm.ptr -> f32
          %v3437 = arith.addi %v1686, %v3289 : i64
          %v3438 = arith.subi %v3437, %v1686 : i64
          %v3439 = llvm.getelementptr %v50[%v3438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3440 = llvm.load %v3439 : !llvm.ptr -> f32
          %v3441 = arith.subi %v3437, %v1686 : i64
          %v3442 = arith.addi %v1708, %v3441 : i64
          %v3443 = llvm.getelementptr %v50[%v3442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3444 = llvm.load %v3443 : !llvm.ptr -> f32
          %v3445 = arith.subi %v3437, %v1686 : i64
          %v3446 = arith.addi %v3298, %v3445 : i64
          %v3447 = llvm.getelementptr %v50[%v3446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3448 = llvm.load %v3447 : !llvm.ptr -> f32
          %v3449 = arith.subi %v3437, %v1686 : i64
          %v3450 = arith.addi %v3303, %v3449 : i64
          %v3451 = llvm.getelementptr %v50[%v3450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3452 = llvm.load %v3451 : !llvm.ptr -> f32
          %v3453 = arith.subi %v3437, %v1686 : i64
          %v3454 = arith.addi %v3308, %v3453 : i64
          %v3455 = llvm.getelementptr %v50[%v3454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3456 = llvm.load %v3455 : !llvm.ptr -> f32
          %v3457 = arith.subi %v3437, %v1686 : i64
          %v3458 = arith.addi %v3314, %v3457 : i64
          %v3459 = llvm.getelementptr %v50[%v3458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3460 = llvm.load %v3459 : !llvm.ptr -> f32
          %v3461 = arith.subi %v3437, %v1686 : i64
          %v3462 = arith.addi %v3319, %v3461 : i64
          %v3463 = llvm.getelementptr %v50[%v3462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3464 = llvm.load %v3463 : !llvm.ptr -> f32
          %v3465 = arith.subi %v3437, %v1686 : i64
          %v3466 = arith.addi %v3325, %v3465 : i64
          %v3467 = llvm.getelementptr %v50[%v3466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3468 = llvm.load %v3467 : !llvm.ptr -> f32
          %v3469 = arith.subi %v3437, %v1686 : i64
          %v3470 = arith.addi %v3330, %v3469 : i64
          %v3471 = llvm.getelementptr %v50[%v3470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3472 = llvm.load %v3471 : !llvm.ptr -> f32
          %v3473 = arith.subi %v3437, %v1686 : i64
          %v3474 = arith.addi %v3336, %v3473 : i64
          %v3475 = llvm.getelementptr %v50[%v3474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3476 = llvm.load %v3475 : !llvm.ptr -> f32
          %v3477 = arith.subi %v3437, %v1686 : i64
          %v3478 = arith.addi %v3341, %v3477 : i64
          %v3479 = llvm.getelementptr %v50[%v3478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3480 = llvm.load %v3479 : !llvm.ptr -> f32
          %v3481 = arith.subi %v3437, %v1686 : i64
          %v3482 = arith.addi %v3347, %v3481 : i64
          %v3483 = llvm.getelementptr %v50[%v3482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3484 = llvm.load %v3483 : !llvm.ptr -> f32
          %v3485 = arith.subi %v3437, %v1686 : i64
          %v3486 = arith.addi %v3352, %v3485 : i64
          %v3487 = llvm.getelementptr %v50[%v3486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3488 = llvm.load %v3487 : !llvm.ptr -> f32
          %v3489 = arith.subi %v3437, %v1686 : i64
          %v3490 = arith.addi %v3358, %v3489 : i64
          %v3491 = llvm.getelementptr %v50[%v3490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3492 = llvm.load %v3491 : !llvm.ptr -> f32
          %v3493 = arith.subi %v3437, %v1686 : i64
          %v3494 = arith.addi %v3363, %v3493 : i64
          %v3495 = llvm.getelementptr %v50[%v3494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3496 = llvm.load %v3495 : !llvm.ptr -> f32
          %v3497 = arith.subi %v3437, %v1686 : i64
          %v3498 = arith.addi %v3369, %v3497 : i64
          %v3499 = llvm.getelementptr %v50[%v3498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3500 = llvm.load %v3499 : !llvm.ptr -> f32
          %v3501 = arith.subi %v3437, %v1686 : i64
          %v3502 = llvm.getelementptr %v52[%v3501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3503 = llvm.load %v3502 : !llvm.ptr -> f32
          %v3504 = arith.subi %v3437, %v1686 : i64
          %v3505 = arith.addi %v1708, %v3504 : i64
          %v3506 = llvm.getelementptr %v52[%v3505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3507 = llvm.load %v3506 : !llvm.ptr -> f32
          %v3508 = arith.subi %v3437, %v1686 : i64
          %v3509 = arith.addi %v3298, %v3508 : i64
          %v3510 = llvm.getelementptr %v52[%v3509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3511 = llvm.load %v3510 : !llvm.ptr -> f32
          %v3512 = arith.subi %v3437, %v1686 : i64
          %v3513 = arith.addi %v3303, %v3512 : i64
          %v3514 = llvm.getelementptr %v52[%v3513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3515 = llvm.load %v3514 : !llvm.ptr -> f32
          %v3516 = arith.subi %v3437, %v1686 : i64
          %v3517 = arith.addi %v3308, %v3516 : i64
          %v3518 = llvm.getelementptr %v52[%v3517] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3519 = llvm.load %v3518 : !llvm.ptr -> f32
          %v3520 = arith.subi %v3437, %v1686 : i64
          %v3521 = arith.addi %v3314, %v3520 : i64
          %v3522 = llvm.getelementptr %v52[%v3521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3523 = llvm.load %v3522 : !llvm.ptr -> f32
          %v3524 = arith.subi %v3437, %v1686 : i64
          %v3525 = arith.addi %v3319, %v3524 : i64
          %v3526 = llvm.getelementptr %v52[%v3525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3527 = llvm.load %v3526 : !llvm.ptr -> f32
          %v3528 = arith.subi %v3437, %v1686 : i64
          %v3529 = arith.addi %v3325, %v3528 : i64
          %v3530 = llvm.getelementptr %v52[%v3529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3531 = llvm.load %v3530 : !llvm.ptr -> f32
          %v3532 = arith.subi %v3437, %v1686 : i64
          %v3533 = arith.addi %v3330, %v3532 : i64
          %v3534 = llvm.getelementptr %v52[%v3533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3535 = llvm.load %v3534 : !llvm.ptr -> f32
          %v3536 = arith.subi %v3437, %v1686 : i64
          %v3537 = arith.addi %v3336, %v3536 : i64
          %v3538 = llvm.getelementptr %v52[%v3537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3539 = llvm.load %v3538 : !llvm.ptr -> f32
          %v3540 = arith.subi %v3437, %v1686 : i64
          %v3541 = arith.addi %v3341, %v3540 : i64
          %v3542 = llvm.getelementptr %v52[%v3541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3543 = llvm.load %v3542 : !llvm.ptr -> f32
          %v3544 = arith.subi %v3437, %v1686 : i64
          %v3545 = arith.addi %v3347, %v3544 : i64
          %v3546 = llvm.getelementptr %v52[%v3545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3547 = llvm.load %v3546 : !llvm.ptr -> f32
          %v3548 = arith.subi %v3437, %v1686 : i64
          %v3549 = arith.addi %v3352, %v3548 : i64
          %v3550 = llvm.getelementptr %v52[%v3549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3551 = llvm.load %v3550 : !llvm.ptr -> f32
          %v3552 = arith.subi %v3437, %v1686 : i64
          %v3553 = arith.addi %v3358, %v3552 : i64
          %v3554 = llvm.getelementptr %v52[%v3553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3555 = llvm.load %v3554 : !llvm.ptr -> f32
          %v3556 = arith.subi %v3437, %v1686 : i64
          %v3557 = arith.addi %v3363, %v3556 : i64
          %v3558 = llvm.getelementptr %v52[%v3557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3559 = llvm.load %v3558 : !llvm.ptr -> f32
          %v3560 = arith.subi %v3437, %v1686 : i64
          %v3561 = arith.addi %v3369, %v3560 : i64
          %v3562 = llvm.getelementptr %v52[%v3561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3563 = llvm.load %v3562 : !llvm.ptr -> f32
          %v3564 = arith.addi %v1686, %v3288 : i64
          %v3570 = arith.addi %v30, %v28 : i64
          %v3571 = arith.muli %v3570, %v252 : i64
          %v3572 = arith.addi %v3571, %v3288 : i64
          %v3573 = llvm.getelementptr %v21[%v3572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3574 = llvm.load %v3573 : !llvm.ptr<3> -> f32
          %v3577 = arith.addf %v3574, %v3576 fastmath<contract> : f32
          %v3578 = arith.maximumf %v3577, %v89 : f32
          %v3579 = llvm.call_intrinsic "llvm.fabs.f32"(%v3577) : (f32) -> f32
          %v3580 = arith.negf %v3579 : f32
          %v3581 = arith.mulf %v3580, %v3568 fastmath<contract> : f32
          %v3582 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3581) : (f32) -> f32
          %v3584 = arith.addf %v3583, %v3582 fastmath<contract> : f32
          %v3585 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3584) : (f32) -> f32
          %v3587 = arith.mulf %v3585, %v3586 fastmath<contract> : f32
          %v3589 = arith.mulf %v3588, %v3582 fastmath<contract> : f32
          %v3591 = arith.addf %v3589, %v3590 fastmath<contract> : f32
          %v3592 = arith.mulf %v3591, %v3582 fastmath<contract> : f32
          %v3594 = arith.addf %v3592, %v3593 fastmath<contract> : f32
          %v3595 = arith.mulf %v3594, %v3582 fastmath<contract> : f32
          %v3597 = arith.addf %v3595, %v3596 fastmath<contract> : f32
          %v3598 = arith.mulf %v3597, %v3582 fastmath<contract> : f32
          %v3600 = arith.addf %v3598, %v3599 fastmath<contract> : f32
          %v3601 = arith.mulf %v3600, %v3582 fastmath<contract> : f32
          %v3603 = arith.addf %v3601, %v3602 fastmath<contract> : f32
          %v3604 = arith.mulf %v3603, %v3582 fastmath<contract> : f32
          %v3605 = arith.addf %v3604, %v3583 fastmath<contract> : f32
          %v3606 = arith.mulf %v3605, %v3582 fastmath<contract> : f32
          %v3607 = llvm.call_intrinsic "llvm.fabs.f32"(%v3582) : (f32) -> f32
          %v3609 = arith.cmpf olt, %v3607, %v3608 : f32
          %v3610 = arith.select %v3609, %v3606, %v3587 : f32
          %v3611 = arith.addf %v3578, %v3610 fastmath<contract> : f32
          %v3612 = arith.mulf %v3611, %v3569 fastmath<contract> : f32
          %v3613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3612) : (f32) -> f32
          %v3614 = arith.muli %v28, %v252 : i64
          %v3615 = arith.addi %v3614, %v3288 : i64
          %v3616 = llvm.getelementptr %v21[%v3615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3617 = llvm.load %v3616 : !llvm.ptr<3> -> f32
          %v3618 = arith.mulf %v3611, %v3617 fastmath<contract> : f32
          %v3619 = arith.mulf %v3293, %v3618 fastmath<contract> : f32
          %v3620 = llvm.load %v4 : !llvm.ptr -> f32
          %v3621 = arith.mulf %v3613, %v3620 fastmath<contract> : f32
          %v3622 = arith.addf %v3621, %v3619 fastmath<contract> : f32
          %v3629 = arith.mulf %v3611, %v3628 fastmath<contract> : f32
          %v3630 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3629) : (f32) -> f32
          %v3631 = arith.mulf %v3297, %v3618 fastmath<contract> : f32
          %v3632 = llvm.load %v5 : !llvm.ptr -> f32
          %v3633 = arith.mulf %v3630, %v3632 fastmath<contract> : f32
          %v3634 = arith.addf %v3633, %v3631 fastmath<contract> : f32
          %v3641 = arith.mulf %v3611, %v3640 fastmath<contract> : f32
          %v3642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3641) : (f32) -> f32
          %v3643 = arith.mulf %v3302, %v3618 fastmath<contract> : f32
          %v3644 = llvm.load %v6 : !llvm.ptr -> f32
          %v3645 = arith.mulf %v3642, %v3644 fastmath<contract> : f32
          %v3646 = arith.addf %v3645, %v3643 fastmath<contract> : f32
          %v3653 = arith.mulf %v3611, %v3652 fastmath<contract> : f32
          %v3654 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3653) : (f32) -> f32
          %v3655 = arith.mulf %v3307, %v3618 fastmath<contract> : f32
          %v3656 = llvm.load %v7 : !llvm.ptr -> f32
          %v3657 = arith.mulf %v3654, %v3656 fastmath<contract> : f32
          %v3658 = arith.addf %v3657, %v3655 fastmath<contract> : f32
          %v3665 = arith.mulf %v3611, %v3664 fastmath<contract> : f32
          %v3666 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3665) : (f32) -> f32
          %v3667 = arith.mulf %v3312, %v3618 fastmath<contract> : f32
          %v3668 = llvm.load %v8 : !llvm.ptr -> f32
          %v3669 = arith.mulf %v3666, %v3668 fastmath<contract> : f32
          %v3670 = arith.addf %v3669, %v3667 fastmath<contract> : f32
          %v3677 = arith.mulf %v3611, %v3676 fastmath<contract> : f32
          %v3678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3677) : (f32) -> f32
          %v3679 = arith.mulf %v3318, %v3618 fastmath<contract> : f32
          %v3680 = llvm.load %v9 : !llvm.ptr -> f32
          %v3681 = arith.mulf %v3678, %v3680 fastmath<contract> : f32
          %v3682 = arith.addf %v3681, %v3679 fastmath<contract> : f32
          %v3689 = arith.mulf %v3611, %v3688 fastmath<contract> : f32
          %v3690 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3689) : (f32) -> f32
          %v3691 = arith.mulf %v3323, %v3618 fastmath<contract> : f32
          %v3692 = llvm.load %v10 : !llvm.ptr -> f32
          %v3693 = arith.mulf %v3690, %v3692 fastmath<contract> : f32
          %v3694 = arith.addf %v3693, %v3691 fastmath<contract> : f32
          %v3701 = arith.mulf %v3611, %v3700 fastmath<contract> : f32
          %v3702 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3701) : (f32) -> f32
          %v3703 = arith.mulf %v3329, %v3618 fastmath<contract> : f32
          %v3704 = llvm.load %v11 : !llvm.ptr -> f32
          %v3705 = arith.mulf %v3702, %v3704 fastmath<contract> : f32
          %v3706 = arith.addf %v3705, %v3703 fastmath<contract> : f32
          %v3713 = arith.mulf %v3611, %v3712 fastmath<contract> : f32
          %v3714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3713) : (f32) -> f32
          %v3715 = arith.mulf %v3334, %v3618 fastmath<contract> : f32
          %v3716 = llvm.load %v12 : !llvm.ptr -> f32
          %v3717 = arith.mulf %v3714, %v3716 fastmath<contract> : f32
          %v3718 = arith.addf %v3717, %v3715 fastmath<contract> : f32
          %v3725 = arith.mulf %v3611, %v3724 fastmath<contract> : f32
          %v3726 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3725) : (f32) -> f32
          %v3727 = arith.mulf %v3340, %v3618 fastmath<contract> : f32
          %v3728 = llvm.load %v13 : !llvm.ptr -> f32
          %v3729 = arith.mulf %v3726, %v3728 fastmath<contract> : f32
          %v3730 = arith.addf %v3729, %v3727 fastmath<contract> : f32
          %v3737 = arith.mulf %v3611, %v3736 fastmath<contract> : f32
          %v3738 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3737) : (f32) -> f32
          %v3739 = arith.mulf %v3345, %v3618 fastmath<contract> : f32
          %v3740 = llvm.load %v14 : !llvm.ptr -> f32
          %v3741 = arith.mulf %v3738, %v3740 fastmath<contract> : f32
          %v3742 = arith.addf %v3741, %v3739 fastmath<contract> : f32
          %v3749 = arith.mulf %v3611, %v3748 fastmath<contract> : f32
          %v3750 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3749) : (f32) -> f32
          %v3751 = arith.mulf %v3351, %v3618 fastmath<contract> : f32
          %v3752 = llvm.load %v15 : !llvm.ptr -> f32
          %v3753 = arith.mulf %v3750, %v3752 fastmath<contract> : f32
          %v3754 = arith.addf %v3753, %v3751 fastmath<contract> : f32
          %v3761 = arith.mulf %v3611, %v3760 fastmath<contract> : f32
          %v3762 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3761) : (f32) -> f32
          %v3763 = arith.mulf %v3356, %v3618 fastmath<contract> : f32
          %v3764 = llvm.load %v16 : !llvm.ptr -> f32
          %v3765 = arith.mulf %v3762, %v3764 fastmath<contract> : f32
          %v3766 = arith.addf %v3765, %v3763 fastmath<contract> : f32
          %v3773 = arith.mulf %v3611, %v3772 fastmath<contract> : f32
          %v3774 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3773) : (f32) -> f32
          %v3775 = arith.mulf %v3362, %v3618 fastmath<contract> : f32
          %v3776 = llvm.load %v17 : !llvm.ptr -> f32
          %v3777 = arith.mulf %v3774, %v3776 fastmath<contract> : f32
          %v3778 = arith.addf %v3777, %v3775 fastmath<contract> : f32
          %v3785 = arith.mulf %v3611, %v3784 fastmath<contract> : f32
          %v3786 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3785) : (f32) -> f32
          %v3787 = arith.mulf %v3367, %v3618 fastmath<contract> : f32
          %v3788 = llvm.load %v18 : !llvm.ptr -> f32
          %v3789 = arith.mulf %v3786, %v3788 fastmath<contract> : f32
          %v3790 = arith.addf %v3789, %v3787 fastmath<contract> : f32
          %v3797 = arith.mulf %v3611, %v3796 fastmath<contract> : f32
          %v3798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3797) : (f32) -> f32
          %v3799 = arith.mulf %v3373, %v3618 fastmath<contract> : f32
          %v3800 = llvm.load %v19 : !llvm.ptr -> f32
          %v3801 = arith.mulf %v3798, %v3800 fastmath<contract> : f32
          %v3802 = arith.addf %v3801, %v3799 fastmath<contract> : f32
          llvm.store %v3622, %v4 : f32, !llvm.ptr
          llvm.store %v3634, %v5 : f32, !llvm.ptr
          llvm.store %v3646, %v6 : f32, !llvm.ptr
          llvm.store %v3658, %v7 : f32, !llvm.ptr
          llvm.store %v3670, %v8 : f32, !llvm.ptr
          llvm.store %v3682, %v9 : f32, !llvm.ptr
          llvm.store %v3694, %v10 : f32, !llvm.ptr
          llvm.store %v3706, %v11 : f32, !llvm.ptr
          llvm.store %v3718, %v12 : f32, !llvm.ptr
          llvm.store %v3730, %v13 : f32, !llvm.ptr
          llvm.store %v3742, %v14 : f32, !llvm.ptr
          llvm.store %v3754, %v15 : f32, !llvm.ptr
          llvm.store %v3766, %v16 : f32, !llvm.ptr
          llvm.store %v3778, %v17 : f32, !llvm.ptr
          llvm.store %v3790, %v18 : f32, !llvm.ptr
          llvm.store %v3802, %v19 : f32, !llvm.ptr
          %v3803 = llvm.load %v4 : !llvm.ptr -> f32
          %v3804 = arith.mulf %v3376, %v3803 fastmath<contract> : f32
          %v3805 = llvm.load %v5 : !llvm.ptr -> f32
          %v3806 = arith.mulf %v3380, %v3805 fastmath<contract> : f32
          %v3807 = arith.addf %v3804, %v3806 fastmath<contract> : f32
          %v3808 = llvm.load %v6 : !llvm.ptr -> f32
          %v3809 = arith.mulf %v3384, %v3808 fastmath<contract> : f32
          %v3810 = arith.addf %v3807, %v3809 fastmath<contract> : f32
          %v3811 = llvm.load %v7 : !llvm.ptr -> f32
          %v3812 = arith.mulf %v3388, %v3811 fastmath<contract> : f32
          %v3813 = arith.addf %v3810, %v3812 fastmath<contract> : f32
          %v3814 = llvm.load %v8 : !llvm.ptr -> f32
          %v3815 = arith.mulf %v3392, %v3814 fastmath<contract> : f32
          %v3816 = arith.addf %v3813, %v3815 fastmath<contract> : f32
          %v3817 = llvm.load %v9 : !llvm.ptr -> f32
          %v3818 = arith.mulf %v3396, %v3817 fastmath<contract> : f32
          %v3819 = arith.addf %v3816, %v3818 fastmath<contract> : f32
          %v3820 = llvm.load %v10 : !llvm.ptr -> f32
          %v3821 = arith.mulf %v3400, %v3820 fastmath<contract> : f32
          %v3822 = arith.addf %v3819, %v3821 fastmath<contract> : f32
          %v3823 = llvm.load %v11 : !llvm.ptr -> f32
          %v3824 = arith.mulf %v3404, %v3823 fastmath<contract> : f32
          %v3825 = arith.addf %v3822, %v3824 fastmath<contract> : f32
          %v3826 = llvm.load %v12 : !llvm.ptr -> f32
          %v3827 = arith.mulf %v3408, %v3826 fastmath<contract> : f32
          %v3828 = arith.addf %v3825, %v3827 fastmath<contract> : f32
          %v3829 = llvm.load %v13 : !llvm.ptr -> f32
          %v3830 = arith.mulf %v3412, %v3829 fastmath<contract> : f32
          %v3831 = arith.addf %v3828, %v3830 fastmath<contract> : f32
          %v3832 = llvm.load %v14 : !llvm.ptr -> f32
          %v3833 = arith.mulf %v3416, %v3832 fastmath<contract> : f32
          %v3834 = arith.addf %v3831, %v3833 fastmath<contract> : f32
          %v3835 = llvm.load %v15 : !llvm.ptr -> f32
          %v3836 = arith.mulf %v3420, %v3835 fastmath<contract> : f32
          %v3837 = arith.addf %v3834, %v3836 fastmath<contract> : f32
          %v3838 = llvm.load %v16 : !llvm.ptr -> f32
          %v3839 = arith.mulf %v3424, %v3838 fastmath<contract> : f32
          %v3840 = arith.addf %v3837, %v3839 fastmath<contract> : f32
          %v3841 = llvm.load %v17 : !llvm.ptr -> f32
          %v3842 = arith.mulf %v3428, %v3841 fastmath<contract> : f32
          %v3843 = arith.addf %v3840, %v3842 fastmath<contract> : f32
          %v3844 = llvm.load %v18 : !llvm.ptr -> f32
          %v3845 = arith.mulf %v3432, %v3844 fastmath<contract> : f32
          %v3846 = arith.addf %v3843, %v3845 fastmath<contract> : f32
          %v3847 = llvm.load %v19 : !llvm.ptr -> f32
          %v3848 = arith.mulf %v3436, %v3847 fastmath<contract> : f32
          %v3849 = arith.addf %v3846, %v3848 fastmath<contract> : f32
          %v3852 = arith.mulf %v3617, %v3851 fastmath<contract> : f32
          %v3853 = arith.addf %v3849, %v3852 fastmath<contract> : f32
          %v3854 = arith.addi %v68, %v28 : i64
          %v3855 = arith.muli %v3854, %v252 : i64
          %v3856 = arith.addi %v3855, %v3288 : i64
          %v3857 = llvm.getelementptr %v21[%v3856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3858 = llvm.load %v3857 : !llvm.ptr<3> -> f32
          %v3859 = arith.negf %v3858 : f32
          %v3860 = arith.mulf %v3859, %v3568 fastmath<contract> : f32
          %v3861 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3860) : (f32) -> f32
          %v3862 = arith.addf %v3583, %v3861 fastmath<contract> : f32
          %v3863 = arith.divf %v3583, %v3862 : f32
          %v3864 = arith.mulf %v3858, %v3863 fastmath<contract> : f32
          %v3865 = arith.mulf %v3853, %v3864 fastmath<contract> : f32
          %v3866 = arith.addi %v77, %v28 : i64
          %v3867 = arith.muli %v3866, %v252 : i64
          %v3868 = arith.addi %v3867, %v3288 : i64
          %v3869 = llvm.getelementptr %v21[%v3868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3865, %v3869 : f32, !llvm.ptr<3>
          %v3870 = arith.addi %v1686, %v3289 : i64
          %v3872 = arith.addi %v30, %v28 : i64
          %v3873 = arith.muli %v3872, %v252 : i64
          %v3874 = arith.addi %v3873, %v3289 : i64
          %v3875 = llvm.getelementptr %v21[%v3874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3876 = llvm.load %v3875 : !llvm.ptr<3> -> f32
          %v3877 = arith.addf %v3876, %v3576 fastmath<contract> : f32
          %v3878 = arith.maximumf %v3877, %v89 : f32
          %v3879 = llvm.call_intrinsic "llvm.fabs.f32"(%v3877) : (f32) -> f32
          %v3880 = arith.negf %v3879 : f32
          %v3881 = arith.mulf %v3880, %v3568 fastmath<contract> : f32
          %v3882 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3881) : (f32) -> f32
          %v3883 = arith.addf %v3583, %v3882 fastmath<contract> : f32
          %v3884 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3883) : (f32) -> f32
          %v3885 = arith.mulf %v3884, %v3586 fastmath<contract> : f32
          %v3886 = arith.mulf %v3588, %v3882 fastmath<contract> : f32
          %v3887 = arith.addf %v3886, %v3590 fastmath<contract> : f32
          %v3888 = arith.mulf %v3887, %v3882 fastmath<contract> : f32
          %v3889 = arith.addf %v3888, %v3593 fastmath<contract> : f32
          %v3890 = arith.mulf %v3889, %v3882 fastmath<contract> : f32
          %v3891 = arith.addf %v3890, %v3596 fastmath<contract> : f32
          %v3892 = arith.mulf %v3891, %v3882 fastmath<contract> : f32
          %v3893 = arith.addf %v3892, %v3599 fastmath<contract> : f32
          %v3894 = arith.mulf %v3893, %v3882 fastmath<contract> : f32
          %v3895 = arith.addf %v3894, %v3602 fastmath<contract> : f32
          %v3896 = arith.mulf %v3895, %v3882 fastmath<contract> : f32
          %v3897 = arith.addf %v3896, %v3583 fastmath<contract> : f32
          %v3898 = arith.mulf %v3897, %v3882 fastmath<contract> : f32
          %v3899 = llvm.call_intrinsic "llvm.fabs.f32"(%v3882) : (f32) -> f32
          %v3900 = arith.cmpf olt, %v3899, %v3608 : f32
          %v3901 = arith.select %v3900, %v3898, %v3885 : f32
          %v3902 = arith.addf %v3878, %v3901 fastmath<contract> : f32
          %v3903 = arith.mulf %v3902, %v3871 fastmath<contract> : f32
          %v3904 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3903) : (f32) -> f32
          %v3905 = arith.muli %v28, %v252 : i64
          %v3906 = arith.addi %v3905, %v3289 : i64
          %v3907 = llvm.getelementptr %v21[%v3906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3908 = llvm.load %v3907 : !llvm.ptr<3> -> f32
          %v3909 = arith.mulf %v3902, %v3908 fastmath<contract> : f32
          %v3910 = arith.mulf %v3440, %v3909 fastmath<contract> : f32
          %v3911 = llvm.load %v4 : !llvm.ptr -> f32
          %v3912 = arith.mulf %v3904, %v3911 fastmath<contract> : f32
          %v3913 = arith.addf %v3912, %v3910 fastmath<contract> : f32
          %v3915 = arith.mulf %v3902, %v3914 fastmath<contract> : f32
          %v3916 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3915) : (f32) -> f32
          %v3917 = arith.mulf %v3444, %v3909 fastmath<contract> : f32
          %v3918 = llvm.load %v5 : !llvm.ptr -> f32
          %v3919 = arith.mulf %v3916, %v3918 fastmath<contract> : f32
          %v3920 = arith.addf %v3919, %v3917 fastmath<contract> : f32
          %v3922 = arith.mulf %v3902, %v3921 fastmath<contract> : f32
          %v3923 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3922) : (f32) -> f32
          %v3924 = arith.mulf %v3448, %v3909 fastmath<contract> : f32
          %v3925 = llvm.load %v6 : !llvm.ptr -> f32
          %v3926 = arith.mulf %v3923, %v3925 fastmath<contract> : f32
          %v3927 = arith.addf %v3926, %v3924 fastmath<contract> : f32
          %v3929 = arith.mulf %v3902, %v3928 fastmath<contract> : f32
          %v3930 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3929) : (f32) -> f32
          %v3931 = arith.mulf %v3452, %v3909 fastmath<contract> : f32
          %v3932 = llvm.load %v7 : !llvm.ptr -> f32
          %v3933 = arith.mulf %v3930, %v3932 fastmath<contract> : f32
          %v3934 = arith.addf %v3933, %v3931 fastmath<contract> : f32
          %v3936 = arith.mulf %v3902, %v3935 fastmath<contract> : f32
          %v3937 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3936) : (f32) -> f32
          %v3938 = arith.mulf %v3456, %v3909 fastmath<contract> : f32
          %v3939 = llvm.load %v8 : !llvm.ptr -> f32
          %v3940 = arith.mulf %v3937, %v3939 fastmath<contract> : f32
          %v3941 = arith.addf %v3940, %v3938 fastmath<contract> : f32
          %v3943 = arith.mulf %v3902, %v3942 fastmath<contract> : f32
          %v3944 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3943) : (f32) -> f32
          %v3945 = arith.mulf %v3460, %v3909 fastmath<contract> : f32
          %v3946 = llvm.load %v9 : !llvm.ptr -> f32
          %v3947 = arith.mulf %v3944, %v3946 fastmath<contract> : f32
          %v3948 = arith.addf %v3947, %v3945 fastmath<contract> : f32
          %v3950 = arith.mulf %v3902, %v3949 fastmath<contract> : f32
          %v3951 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3950) : (f32) -> f32
          %v3952 = arith.mulf %v3464, %v3909 fastmath<contract> : f32
          %v3953 = llvm.load %v10 : !llvm.ptr -> f32
          %v3954 = arith.mulf %v3951, %v3953 fastmath<contract> : f32
          %v3955 = arith.addf %v3954, %v3952 fastmath<contract> : f32
          %v3957 = arith.mulf %v3902, %v3956 fastmath<contract> : f32
          %v3958 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3957) : (f32) -> f32
          %v3959 = arith.mulf %v3468, %v3909 fastmath<contract> : f32
          %v3960 = llvm.load %v11 : !llvm.ptr -> f32
          %v3961 = arith.mulf %v3958, %v3960 fastmath<contract> : f32
          %v3962 = arith.addf %v3961, %v3959 fastmath<contract> : f32
          %v3964 = arith.mulf %v3902, %v3963 fastmath<contract> : f32
          %v3965 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3964) : (f32) -> f32
          %v3966 = arith.mulf %v3472, %v3909 fastmath<contract> : f32
          %v3967 = llvm.load %v12 : !llvm.ptr -> f32
          %v3968 = arith.mulf %v3965, %v3967 fastmath<contract> : f32
          %v3969 = arith.addf %v3968, %v3966 fastmath<contract> : f32
          %v3971 = arith.mulf %v3902, %v3970 fastmath<contract> : f32
          %v3972 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3971) : (f32) -> f32
          %v3973 = arith.mulf %v3476, %v3909 fastmath<contract> : f32
          %v3974 = llvm.load %v13 : !llvm.ptr -> f32
          %v3975 = arith.mulf %v3972, %v3974 fastmath<contract> : f32
          %v3976 = arith.addf %v3975, %v3973 fastmath<contract> : f32
          %v3978 = arith.mulf %v3902, %v3977 fastmath<contract> : f32
          %v3979 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3978) : (f32) -> f32
          %v3980 = arith.mulf %v3480, %v3909 fastmath<contract> : f32
          %v3981 = llvm.load %v14 : !llvm.ptr -> f32
          %v3982 = arith.mulf %v3979, %v3981 fastmath<contract> : f32
          %v3983 = arith.addf %v3982, %v3980 fastmath<contract> : f32
          %v3985 = arith.mulf %v3902, %v3984 fastmath<contract> : f32
          %v3986 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3985) : (f32) -> f32
          %v3987 = arith.mulf %v3484, %v3909 fastmath<contract> : f32
          %v3988 = llvm.load %v15 : !llvm.ptr -> f32
          %v3989 = arith.mulf %v3986, %v3988 fastmath<contract> : f32
          %v3990 = arith.addf %v3989, %v3987 fastmath<contract> : f32
          %v3992 = arith.mulf %v3902, %v3991 fastmath<contract> : f32
          %v3993 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3992) : (f32) -> f32
          %v3994 = arith.mulf %v3488, %v3909 fastmath<contract> : f32
          %v3995 = llvm.load %v16 : !llvm.ptr -> f32
          %v3996 = arith.mulf %v3993, %v3995 fastmath<contract> : f32
          %v3997 = arith.addf %v3996, %v3994 fastmath<contract> : f32
          %v3999 = arith.mulf %v3902, %v3998 fastmath<contract> : f32
          %v4000 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3999) : (f32) -> f32
          %v4001 = arith.mulf %v3492, %v3909 fastmath<contract> : f32
          %v4002 = llvm.load %v17 : !llvm.ptr -> f32
          %v4003 = arith.mulf %v4000, %v4002 fastmath<contract> : f32
          %v4004 = arith.addf %v4003, %v4001 fastmath<contract> : f32
          %v4006 = arith.mulf %v3902, %v4005 fastmath<contract> : f32
          %v4007 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4006) : (f32) -> f32
          %v4008 = arith.mulf %v3496, %v3909 fastmath<contract> : f32
          %v4009 = llvm.load %v18 : !llvm.ptr -> f32
          %v4010 = arith.mulf %v4007, %v4009 fastmath<contract> : f32
          %v4011 = arith.addf %v4010, %v4008 fastmath<contract> : f32
          %v4013 = arith.mulf %v3902, %v4012 fastmath<contract> : f32
          %v4014 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4013) : (f32) -> f32
          %v4015 = arith.mulf %v3500, %v3909 fastmath<contract> : f32
          %v4016 = llvm.load %v19 : !llvm.ptr -> f32
          %v4017 = arith.mulf %v4014, %v4016 fastmath<contract> : f32
          %v4018 = arith.addf %v4017, %v4015 fastmath<contract> : f32
          llvm.store %v3913, %v4 : f32, !llvm.ptr
          llvm.store %v3920, %v5 : f32, !llvm.ptr
          llvm.store %v3927, %v6 : f32, !llvm.ptr
          llvm.store %v3934, %v7 : f32, !llvm.ptr
          llvm.store %v3941, %v8 : f32, !llvm.ptr
          llvm.store %v3948, %v9 : f32, !llvm.ptr
          llvm.store %v3955, %v10 : f32, !llvm.ptr
          llvm.store %v3962, %v11 : f32, !llvm.ptr
          llvm.store %v3969, %v12 : f32, !llvm.ptr
          llvm.store %v3976, %v13 : f32, !llvm.ptr
          llvm.store %v3983, %v14 : f32, !llvm.ptr
          llvm.store %v3990, %v15 : f32, !llvm.ptr
          llvm.store %v3997, %v16 : f32, !llvm.ptr
          llvm.store %v4004, %v17 : f32, !llvm.ptr
          llvm.store %v4011, %v18 : f32, !llvm.ptr
          llvm.store %v4018, %v19 : f32, !llvm.ptr
          %v4019 = llvm.load %v4 : !llvm.ptr -> f32
          %v4020 = arith.mulf %v3503, %v4019 fastmath<contract> : f32
          %v4021 = llvm.load %v5 : !llvm.ptr -> f32
          %v4022 = arith.mulf %v3507, %v4021 fastmath<contract> : f32
          %v4023 = arith.addf %v4020, %v4022 fastmath<contract> : f32
          %v4024 = llvm.load %v6 : !llvm.ptr -> f32
          %v4025 = arith.mulf %v3511, %v4024 fastmath<contract> : f32
          %v4026 = arith.addf %v4023, %v4025 fastmath<contract> : f32
          %v4027 = llvm.load %v7 : !llvm.ptr -> f32
          %v4028 = arith.mulf %v3515, %v4027 fastmath<contract> : f32
          %v4029 = arith.addf %v4026, %v4028 fastmath<contract> : f32
          %v4030 = llvm.load %v8 : !llvm.ptr -> f32
          %v4031 = arith.mulf %v3519, %v4030 fastmath<contract> : f32
          %v4032 = arith.addf %v4029, %v4031 fastmath<contract> : f32
          %v4033 = llvm.load %v9 : !llvm.ptr -> f32
          %v4034 = arith.mulf %v3523, %v4033 fastmath<contract> : f32
          %v4035 = arith.addf %v4032, %v4034 fastmath<contract> : f32
          %v4036 = llvm.load %v10 : !llvm.ptr -> f32
          %v4037 = arith.mulf %v3527, %v4036 fastmath<contract> : f32
          %v4038 = arith.addf %v4035, %v4037 fastmath<contract> : f32
          %v4039 = llvm.load %v11 : !llvm.ptr -> f32
          %v4040 = arith.mulf %v3531, %v4039 fastmath<contract> : f32
          %v4041 = arith.addf %v4038, %v4040 fastmath<contract> : f32
          %v4042 = llvm.load %v12 : !llvm.ptr -> f32
          %v4043 = arith.mulf %v3535, %v4042 fastmath<contract> : f32
          %v4044 = arith.addf %v4041, %v4043 fastmath<contract> : f32
          %v4045 = llvm.load %v13 : !llvm.ptr -> f32
          %v4046 = arith.mulf %v3539, %v4045 fastmath<contract> : f32
          %v4047 = arith.addf %v4044, %v4046 fastmath<contract> : f32
          %v4048 = llvm.load %v14 : !llvm.ptr -> f32
          %v4049 = arith.mulf %v3543, %v4048 fastmath<contract> : f32
          %v4050 = arith.addf %v4047, %v4049 fastmath<contract> : f32
          %v4051 = llvm.load %v15 : !llvm.ptr -> f32
          %v4052 = arith.mulf %v3547, %v4051 fastmath<contract> : f32
          %v4053 = arith.addf %v4050, %v4052 fastmath<contract> : f32
          %v4054 = llvm.load %v16 : !llvm.ptr -> f32
          %v4055 = arith.mulf %v3551, %v4054 fastmath<contract> : f32
          %v4056 = arith.addf %v4053, %v4055 fastmath<contract> : f32
          %v4057 = llvm.load %v17 : !llvm.ptr -> f32
          %v4058 = arith.mulf %v3555, %v4057 fastmath<contract> : f32
          %v4059 = arith.addf %v4056, %v4058 fastmath<contract> : f32
          %v4060 = llvm.load %v18 : !llvm.ptr -> f32
          %v4061 = arith.mulf %v3559, %v4060 fastmath<contract> : f32
          %v4062 = arith.addf %v4059, %v4061 fastmath<contract> : f32
          %v4063 = llvm.load %v19 : !llvm.ptr -> f32
          %v4064 = arith.mulf %v3563, %v4063 fastmath<contract> : f32
          %v4065 = arith.addf %v4062, %v4064 fastmath<contract> : f32
          %v4066 = arith.mulf %v3908, %v3851 fastmath<contract> : f32
          %v4067 = arith.addf %v4065, %v4066 fastmath<contract> : f32
          %v4068 = arith.addi %v68, %v28 : i64
          %v4069 = arith.muli %v4068, %v252 : i64
          %v4070 = arith.addi %v4069, %v3289 : i64
          %v4071 = llvm.getelementptr %v21[%v4070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4072 = llvm.load %v4071 : !llvm.ptr<3> -> f32
          %v4073 = arith.negf %v4072 : f32
          %v4074 = arith.mulf %v4073, %v3568 fastmath<contract> : f32
          %v4075 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4074) : (f32) -> f32
          %v4076 = arith.addf %v3583, %v4075 fastmath<contract> : f32
          %v4077 = arith.divf %v3583, %v4076 : f32
          %v4078 = arith.mulf %v4072, %v4077 fastmath<contract> : f32
          %v4079 = arith.mulf %v4067, %v4078 fastmath<contract> : f32
          %v4080 = arith.addi %v77, %v28 : i64
          %v4081 = arith.muli %v4080, %v252 : i64
          %v4082 = arith.addi %v4081, %v3289 : i64
          %v4083 = llvm.getelementptr %v21[%v4082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v4079, %v4083 : f32, !llvm.ptr<3>
        }
        %v4084 = arith.muli %v3282, %v67 : i64
        %v4085 = arith.index_cast %v4084 : i64 to index
        %v4086 = arith.index_cast %v1869 : i64 to index
        %v4087 = arith.index_cast %v2 : i64 to index
        scf.for %v4088 = %v4085 to %v4086 step %v4087 {
          %v4089 = arith.index_cast %v4088 : index to i64
          %v4090 = arith.addi %v1686, %v4089 : i64
          %v4092 = arith.addi %v30, %v28 : i64
          %v4093 = arith.muli %v4092, %v252 : i64
          %v4094 = arith.addi %v4093, %v4089 : i64
          %v4095 = llvm.getelementptr %v21[%v4094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4096 = llvm.load %v4095 : !llvm.ptr<3> -> f32
          %v4097 = arith.addf %v4096, %v3576 fastmath<contract> : f32
          %v4098 = arith.maximumf %v4097, %v89 : f32
          %v4099 = llvm.call_intrinsic "llvm.fabs.f32"(%v4097) : (f32) -> f32
          %v4100 = arith.negf %v4099 : f32
          %v4101 = arith.mulf %v4100, %v3568 fastmath<contract> : f32
          %v4102 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4101) : (f32) -> f32
          %v4103 = arith.addf %v3583, %v4102 fastmath<contract> : f32
          %v4104 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4103) : (f32) -> f32
          %v4105 = arith.mulf %v4104, %v3586 fastmath<contract> : f32
          %v4106 = arith.mulf %v3588, %v4102 fastmath<contract> : f32
          %v4107 = arith.addf %v4106, %v3590 fastmath<contract> : f32
          %v4108 = arith.mulf %v4107, %v4102 fastmath<contract> : f32
          %v4109 = arith.addf %v4108, %v3593 fastmath<contract> : f32
          %v4110 = arith.mulf %v4109, %v4102 fastmath<contract> : f32
          %v4111 = arith.addf %v4110, %v3596 fastmath<contract> : f32
          %v4112 = arith.mulf %v4111, %v4102 fastmath<contract> : f32
          %v4113 = arith.addf %v4112, %v3599 fastmath<contract> : f32
          %v4114 = arith.mulf %v4113, %v4102 fastmath<contract> : f32
          %v4115 = arith.addf %v4114, %v3602 fastmath<contract> : f32
          %v4116 = arith.mulf %v4115, %v4102 fastmath<contract> : f32
          %v4117 = arith.addf %v4116, %v3583 fastmath<contract> : f32
          %v4118 = arith.mulf %v4117, %v4102 fastmath<contract> : f32
          %v4119 = llvm.call_intrinsic "llvm.fabs.f32"(%v4102) : (f32) -> f32
          %v4120 = arith.cmpf olt, %v4119, %v3608 : f32
          %v4121 = arith.select %v4120, %v4118, %v4105 : f32
          %v4122 = arith.addf %v4098, %v4121 fastmath<contract> : f32
          %v4123 = arith.mulf %v4122, %v4091 fastmath<contract> : f32
          %v4124 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4123) : (f32) -> f32
          %v4125 = arith.subi %v4090, %v1686 : i64
          %v4126 = llvm.getelementptr %v50[%v4125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4127 = llvm.load %v4126 : !llvm.ptr -> f32
          %v4128 = arith.muli %v28, %v252 : i64
          %v4129 = arith.addi %v4128, %v4089 : i64
          %v4130 = llvm.getelementptr %v21[%v4129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4131 = llvm.load %v4130 : !llvm.ptr<3> -> f32
          %v4132 = arith.mulf %v4122, %v4131 fastmath<contract> : f32
          %v4133 = arith.mulf %v4127, %v4132 fastmath<contract> : f32
          %v4134 = llvm.load %v4 : !llvm.ptr -> f32
          %v4135 = arith.mulf %v4124, %v4134 fastmath<contract> : f32
          %v4136 = arith.addf %v4135, %v4133 fastmath<contract> : f32
          %v4138 = arith.mulf %v4122, %v4137 fastmath<contract> : f32
          %v4139 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4138) : (f32) -> f32
          %v4140 = arith.subi %v4090, %v1686 : i64
          %v4141 = arith.addi %v1708, %v4140 : i64
          %v4142 = llvm.getelementptr %v50[%v4141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4143 = llvm.load %v4142 : !llvm.ptr -> f32
          %v4144 = arith.mulf %v4143, %v4132 fastmath<contract> : f32
          %v4145 = llvm.load %v5 : !llvm.ptr -> f32
          %v4146 = arith.mulf %v4139, %v4145 fastmath<contract> : f32
          %v4147 = arith.addf %v4146, %v4144 fastmath<contract> : f32
          %v4149 = arith.mulf %v4122, %v4148 fastmath<contract> : f32
          %v4150 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4149) : (f32) -> f32
          %v4151 = arith.subi %v4090, %v1686 : i64
          %v4152 = arith.addi %v3298, %v4151 : i64
          %v4153 = llvm.getelementptr %v50[%v4152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4154 = llvm.load %v4153 : !llvm.ptr -> f32
          %v4155 = arith.mulf %v4154, %v4132 fastmath<contract> : f32
          %v4156 = llvm.load %v6 : !llvm.ptr -> f32
          %v4157 = arith.mulf %v4150, %v4156 fastmath<contract> : f32
          %v4158 = arith.addf %v4157, %v4155 fastmath<contract> : f32
          %v4160 = arith.mulf %v4122, %v4159 fastmath<contract> : f32
          %v4161 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4160) : (f32) -> f32
          %v4162 = arith.subi %v4090, %v1686 : i64
          %v4163 = arith.addi %v3303, %v4162 : i64
          %v4164 = llvm.getelementptr %v50[%v4163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4165 = llvm.load %v4164 : !llvm.ptr -> f32
          %v4166 = arith.mulf %v4165, %v4132 fastmath<contract> : f32
          %v4167 = llvm.load %v7 : !llvm.ptr -> f32
          %v4168 = arith.mulf %v4161, %v4167 fastmath<contract> : f32
          %v4169 = arith.addf %v4168, %v4166 fastmath<contract> : f32
          %v4171 = arith.mulf %v4122, %v4170 fastmath<contract> : f32
          %v4172 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4171) : (f32) -> f32
          %v4173 = arith.subi %v4090, %v1686 : i64
          %v4174 = arith.addi %v3308, %v4173 : i64
          %v4175 = llvm.getelementptr %v50[%v4174] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4176 = llvm.load %v4175 : !llvm.ptr -> f32
          %v4177 = arith.mulf %v4176, %v4132 fastmath<contract> : f32
          %v4178 = llvm.load %v8 : !llvm.ptr -> f32
          %v4179 = arith.mulf %v4172, %v4178 fastmath<contract> : f32
          %v4180 = arith.addf %v4179, %v4177 fastmath<contract> : f32
          %v4182 = arith.mulf %v4122, %v4181 fastmath<contract> : f32
          %v4183 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4182) : (f32) -> f32
          %v4184 = arith.subi %v4090, %v1686 : i64
          %v4185 = arith.addi %v3314, %v4184 : i64
          %v4186 = llvm.getelementptr %v50[%v4185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4187 = llvm.load %v4186 : !llvm.ptr -> f32
          %v4188 = arith.mulf %v4187, %v4132 fastmath<contract> : f32
          %v4189 = llvm.load %v9 : !llvm.ptr -> f32
          %v4190 = arith.mulf %v4183, %v4189 fastmath<contract> : f32
          %v4191 = arith.addf %v4190, %v4188 fastmath<contract> : f32
          %v4193 = arith.mulf %v4122, %v4192 fastmath<contract> : f32
          %v4194 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4193) : (f32) -> f32
          %v4195 = arith.subi %v4090, %v1686 : i64
          %v4196 = arith.addi %v3319, %v4195 : i64
          %v4197 = llvm.getelementptr %v50[%v4196] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4198 = llvm.load %v4197 : !llvm.ptr -> f32
          %v4199 = arith.mulf %v4198, %v4132 fastmath<contract> : f32
          %v4200 = llvm.load %v10 : !llvm.ptr -> f32
          %v4201 = arith.mulf %v4194, %v4200 fastmath<contract> : f32
          %v4202 = arith.addf %v4201, %v4199 fastmath<contract> : f32
          %v4204 = arith.mulf %v4122, %v4203 fastmath<contract> : f32
          %v4205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4204) : (f32) -> f32
          %v4206 = arith.subi %v4090, %v1686 : i64
          %v4207 = arith.addi %v3325, %v4206 : i64
          %v4208 = llvm.getelementptr %v50[%v4207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4209 = llvm.load %v4208 : !llvm.ptr -> f32
          %v4210 = arith.mulf %v4209, %v4132 fastmath<contract> : f32
          %v4211 = llvm.load %v11 : !llvm.ptr -> f32
          %v4212 = arith.mulf %v4205, %v4211 fastmath<contract> : f32
          %v4213 = arith.addf %v4212, %v4210 fastmath<contract> : f32
          %v4215 = arith.mulf %v4122, %v4214 fastmath<contract> : f32
          %v4216 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4215) : (f32) -> f32
          %v4217 = arith.subi %v4090, %v1686 : i64
          %v4218 = arith.addi %v3330, %v4217 : i64
          %v4219 = llvm.getelementptr %v50[%v4218] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4220 = llvm.load %v4219 : !llvm.ptr -> f32
          %v4221 = arith.mulf %v4220, %v4132 fastmath<contract> : f32
          %v4222 = llvm.load %v12 : !llvm.ptr -> f32
          %v4223 = arith.mulf %v4216, %v4222 fastmath<contract> : f32
          %v4224 = arith.addf %v4223, %v4221 fastmath<contract> : f32
          %v4226 = arith.mulf %v4122, %v4225 fastmath<contract> : f32
          %v4227 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4226) : (f32) -> f32
          %v4228 = arith.subi %v4090, %v1686 : i64
          %v4229 = arith.addi %v3336, %v4228 : i64
          %v4230 = llvm.getelementptr %v50[%v4229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4231 = llvm.load %v4230 : !llvm.ptr -> f32
          %v4232 = arith.mulf %v4231, %v4132 fastmath<contract> : f32
          %v4233 = llvm.load %v13 : !llvm.ptr -> f32
          %v4234 = arith.mulf %v4227, %v4233 fastmath<contract> : f32
          %v4235 = arith.addf %v4234, %v4232 fastmath<contract> : f32
          %v4237 = arith.mulf %v4122, %v4236 fastmath<contract> : f32
          %v4238 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4237) : (f32) -> f32
          %v4239 = arith.subi %v4090, %v1686 : i64
          %v4240 = arith.addi %v3341, %v4239 : i64
          %v4241 = llvm.getelementptr %v50[%v4240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4242 = llvm.load %v4241 : !llvm.ptr -> f32
          %v4243 = arith.mulf %v4242, %v4132 fastmath<contract> : f32
          %v4244 = llvm.load %v14 : !llvm.ptr -> f32
          %v4245 = arith.mulf %v4238, %v4244 fastmath<contract> : f32
          %v4246 = arith.addf %v4245, %v4243 fastmath<contract> : f32
          %v4248 = arith.mulf %v4122, %v4247 fastmath<contract> : f32
          %v4249 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4248) : (f32) -> f32
          %v4250 = arith.subi %v4090, %v1686 : i64
          %v4251 = arith.addi %v3347, %v4250 : i64
          %v4252 = llvm.getelementptr %v50[%v4251] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4253 = llvm.load %v4252 : !llvm.ptr -> f32
          %v4254 = arith.mulf %v4253, %v4132 fastmath<contract> : f32
          %v4255 = llvm.load %v15 : !llvm.ptr -> f32
          %v4256 = arith.mulf %v4249, %v4255 fastmath<contract> : f32
          %v4257 = arith.addf %v4256, %v4254 fastmath<contract> : f32
          %v4259 = arith.mulf %v4122, %v4258 fastmath<contract> : f32
          %v4260 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4259) : (f32) -> f32
          %v4261 = arith.subi %v4090, %v1686 : i64
          %v4262 = arith.addi %v3352, %v4261 : i64
          %v4263 = llvm.getelementptr %v50[%v4262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4264 = llvm.load %v4263 : !llvm.ptr -> f32
          %v4265 = arith.mulf %v4264, %v4132 fastmath<contract> : f32
          %v4266 = llvm.load %v16 : !llvm.ptr -> f32
          %v4267 = arith.mulf %v4260, %v4266 fastmath<contract> : f32
          %v4268 = arith.addf %v4267, %v4265 fastmath<contract> : f32
          %v4270 = arith.mulf %v4122, %v4269 fastmath<contract> : f32
          %v4271 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4270) : (f32) -> f32
          %v4272 = arith.subi %v4090, %v1686 : i64
          %v4273 = arith.addi %v3358, %v4272 : i64
          %v4274 = llvm.getelementptr %v50[%v4273] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4275 = llvm.load %v4274 : !llvm.ptr -> f32
          %v4276 = arith.mulf %v4275, %v4132 fastmath<contract> : f32
          %v4277 = llvm.load %v17 : !llvm.ptr -> f32
          %v4278 = arith.mulf %v4271, %v4277 fastmath<contract> : f32
          %v4279 = arith.addf %v4278, %v4276 fastmath<contract> : f32
          %v4281 = arith.mulf %v4122, %v4280 fastmath<contract> : f32
          %v4282 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4281) : (f32) -> f32
          %v4283 = arith.subi %v4090, %v1686 : i64
          %v4284 = arith.addi %v3363, %v4283 : i64
          %v4285 = llvm.getelementptr %v50[%v4284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4286 = llvm.load %v4285 : !llvm.ptr -> f32
          %v4287 = arith.mulf %v4286, %v4132 fastmath<contract> : f32
          %v4288 = llvm.load %v18 : !llvm.ptr -> f32
          %v4289 = arith.mulf %v4282, %v4288 fastmath<contract> : f32
          %v4290 = arith.addf %v4289, %v4287 fastmath<contract> : f32
          %v4292 = arith.mulf %v4122, %v4291 fastmath<contract> : f32
          %v4293 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4292) : (f32) -> f32
          %v4294 = arith.subi %v4090, %v1686 : i64
          %v4295 = arith.addi %v3369, %v4294 : i64
          %v4296 = llvm.getelementptr %v50[%v4295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4297 = llvm.load %v4296 : !llvm.ptr -> f32
          %v4298 = arith.mulf %v4297, %v4132 fastmath<contract> : f32
          %v4299 = llvm.load %v19 : !llvm.ptr -> f32
          %v4300 = arith.mulf %v4293, %v4299 fastmath<contract> : f32
          %v4301 = arith.addf %v4300, %v4298 fastmath<contract> : f32
          llvm.store %v4136, %v4 : f32, !llvm.ptr
          llvm.store %v4147, %v5 : f32, !llvm.ptr
          llvm.store %v4158, %v6 : f32, !llvm.ptr
          llvm.store %v4169, %v7 : f32, !llvm.ptr
          llvm.store %v4180, %v8 : f32, !llvm.ptr
          llvm.store %v4191, %v9 : f32, !llvm.ptr
          llvm.store %v4202, %v10 : f32, !llvm.ptr
          llvm.store %v4213, %v11 : f32, !llvm.ptr
          llvm.store %v4224, %v12 : f32, !llvm.ptr
          llvm.store %v4235, %v13 : f32, !llvm.ptr
          llvm.store %v4246, %v14 : f32, !llvm.ptr
          llvm.store %v4257, %v15 : f32, !llvm.ptr
          llvm.store %v4268, %v16 : f32, !llvm.ptr
          llvm.store %v4279, %v17 : f32, !llvm.ptr
          llvm.store %v4290, %v18 : f32, !llvm.ptr
          llvm.store %v4301, %v19 : f32, !llvm.ptr
          %v4302 = arith.subi %v4090, %v1686 : i64
          %v4303 = llvm.getelementptr %v52[%v4302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4304 = llvm.load %v4303 : !llvm.ptr -> f32
          %v4305 = llvm.load %v4 : !llvm.ptr -> f32
          %v4306 = arith.mulf %v4304, %v4305 fastmath<contract> : f32
          %v4307 = arith.subi %v4090, %v1686 : i64
          %v4308 = arith.addi %v1708, %v4307 : i64
          %v4309 = llvm.getelementptr %v52[%v4308] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4310 = llvm.load %v4309 : !llvm.ptr -> f32
          %v4311 = llvm.load %v5 : !llvm.ptr -> f32
          %v4312 = arith.mulf %v4310, %v4311 fastmath<contract> : f32
          %v4313 = arith.addf %v4306, %v4312 fastmath<contract> : f32
          %v4314 = arith.subi %v4090, %v1686 : i64
          %v4315 = arith.addi %v3298, %v4314 : i64
          %v4316 = llvm.getelementptr %v52[%v4315] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4317 = llvm.load %v4316 : !llvm.ptr -> f32
          %v4318 = llvm.load %v6 : !llvm.ptr -> f32
          %v4319 = arith.mulf %v4317, %v4318 fastmath<contract> : f32
          %v4320 = arith.addf %v4313, %v4319 fastmath<contract> : f32
          %v4321 = arith.subi %v4090, %v1686 : i64
          %v4322 = arith.addi %v3303, %v4321 : i64
          %v4323 = llvm.getelementptr %v52[%v4322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4324 = llvm.load %v4323 : !llvm.ptr -> f32
          %v4325 = llvm.load %v7 : !llvm.ptr -> f32
          %v4326 = arith.mulf %v4324, %v4325 fastmath<contract> : f32
          %v4327 = arith.addf %v4320, %v4326 fastmath<contract> : f32
          %v4328 = arith.subi %v4090, %v1686 : i64
          %v4329 = arith.addi %v3308, %v4328 : i64
          %v4330 = llvm.getelementptr %v52[%v4329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4331 = llvm.load %v4330 : !llvm.ptr -> f32
          %v4332 = llvm.load %v8 : !llvm.ptr -> f32
          %v4333 = arith.mulf %v4331, %v4332 fastmath<contract> : f32
          %v4334 = arith.addf %v4327, %v4333 fastmath<contract> : f32
          %v4335 = arith.subi %v4090, %v1686 : i64
          %v4336 = arith.addi %v3314, %v4335 : i64
          %v4337 = llvm.getelementptr %v52[%v4336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4338 = llvm.load %v4337 : !llvm.ptr -> f32
          %v4339 = llvm.load %v9 : !llvm.ptr -> f32
          %v4340 = arith.mulf %v4338, %v4339 fastmath<contract> : f32
          %v4341 = arith.addf %v4334, %v4340 fastmath<contract> : f32
          %v4342 = arith.subi %v4090, %v1686 : i64
          %v4343 = arith.addi %v3319, %v4342 : i64
          %v4344 = llvm.getelementptr %v52[%v4343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4345 = llvm.load %v4344 : !llvm.ptr -> f32
          %v4346 = llvm.load %v10 : !llvm.ptr -> f32
          %v4347 = arith.mulf %v4345, %v4346 fastmath<contract> : f32
          %v4348 = arith.addf %v4341, %v4347 fastmath<contract> : f32
          %v4349 = arith.subi %v4090, %v1686 : i64
          %v4350 = arith.addi %v3325, %v4349 : i64
          %v4351 = llvm.getelementptr %v52[%v4350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4352 = llvm.load %v4351 : !llvm.ptr -> f32
          %v4353 = llvm.load %v11 : !llvm.ptr -> f32
          %v4354 = arith.mulf %v4352, %v4353 fastmath<contract> : f32
          %v4355 = arith.addf %v4348, %v4354 fastmath<contract> : f32
          %v4356 = arith.subi %v4090, %v1686 : i64
          %v4357 = arith.addi %v3330, %v4356 : i64
          %v4358 = llvm.getelementptr %v52[%v4357] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4359 = llvm.load %v4358 : !llvm.ptr -> f32
          %v4360 = llvm.load %v12 : !llvm.ptr -> f32
          %v4361 = arith.mulf %v4359, %v4360 fastmath<contract> : f32
          %v4362 = arith.addf %v4355, %v4361 fastmath<contract> : f32
          %v4363 = arith.subi %v4090, %v1686 : i64
          %v4364 = arith.addi %v3336, %v4363 : i64
          %v4365 = llvm.getelementptr %v52[%v4364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4366 = llvm.load %v4365 : !llvm.ptr -> f32
          %v4367 = llvm.load %v13 : !llvm.ptr -> f32
          %v4368 = arith.mulf %v4366, %v4367 fastmath<contract> : f32
          %v4369 = arith.addf %v4362, %v4368 fastmath<contract> : f32
          %v4370 = arith.subi %v4090, %v1686 : i64
          %v4371 = arith.addi %v3341, %v4370 : i64
          %v4372 = llvm.getelementptr %v52[%v4371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4373 = llvm.load %v4372 : !llvm.ptr -> f32
          %v4374 = llvm.load %v14 : !llvm.ptr -> f32
          %v4375 = arith.mulf %v4373, %v4374 fastmath<contract> : f32
          %v4376 = arith.addf %v4369, %v4375 fastmath<contract> : f32
          %v4377 = arith.subi %v4090, %v1686 : i64
          %v4378 = arith.addi %v3347, %v4377 : i64
          %v4379 = llvm.getelementptr %v52[%v4378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4380 = llvm.load %v4379 : !llvm.ptr -> f32
          %v4381 = llvm.load %v15 : !llvm.ptr -> f32
          %v4382 = arith.mulf %v4380, %v4381 fastmath<contract> : f32
          %v4383 = arith.addf %v4376, %v4382 fastmath<contract> : f32
          %v4384 = arith.subi %v4090, %v1686 : i64
          %v4385 = arith.addi %v3352, %v4384 : i64
          %v4386 = llvm.getelementptr %v52[%v4385] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4387 = llvm.load %v4386 : !llvm.ptr -> f32
          %v4388 = llvm.load %v16 : !llvm.ptr -> f32
          %v4389 = arith.mulf %v4387, %v4388 fastmath<contract> : f32
          %v4390 = arith.addf %v4383, %v4389 fastmath<contract> : f32
          %v4391 = arith.subi %v4090, %v1686 : i64
          %v4392 = arith.addi %v3358, %v4391 : i64
          %v4393 = llvm.getelementptr %v52[%v4392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4394 = llvm.load %v4393 : !llvm.ptr -> f32
          %v4395 = llvm.load %v17 : !llvm.ptr -> f32
          %v4396 = arith.mulf %v4394, %v4395 fastmath<contract> : f32
          %v4397 = arith.addf %v4390, %v4396 fastmath<contract> : f32
          %v4398 = arith.subi %v4090, %v1686 : i64
          %v4399 = arith.addi %v3363, %v4398 : i64
          %v4400 = llvm.getelementptr %v52[%v4399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4401 = llvm.load %v4400 : !llvm.ptr -> f32
          %v4402 = llvm.load %v18 : !llvm.ptr -> f32
          %v4403 = arith.mulf %v4401, %v4402 fastmath<contract> : f32
          %v4404 = arith.addf %v4397, %v4403 fastmath<contract> : f32
          %v4405 = arith.subi %v4090, %v1686 : i64
          %v4406 = arith.addi %v3369, %v4405 : i64
          %v4407 = llvm.getelementptr %v52[%v4406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4408 = llvm.load %v4407 : !llvm.ptr -> f32
          %v4409 = llvm.load %v19 : !llvm.ptr -> f32
          %v4410 = arith.mulf %v4408, %v4409 fastmath<contract> : f32
          %v4411 = arith.addf %v4404, %v4410 fastmath<contract> : f32
          %v4412 = arith.mulf %v4131, %v3851 fastmath<contract> : f32
          %v4413 = arith.addf %v4411, %v4412 fastmath<contract> : f32
          %v4414 = arith.addi %v68, %v28 : i64
          %v4415 = arith.muli %v4414, %v252 : i64
          %v4416 = arith.addi %v4415, %v4089 : i64
          %v4417 = llvm.getelementptr %v21[%v4416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4418 = llvm.load %v4417 : !llvm.ptr<3> -> f32
          %v4419 = arith.negf %v4418 : f32
          %v4420 = arith.mulf %v4419, %v3568 fastmath<contract> : f32
          %v4421 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4420) : (f32) -> f32
          %v4422 = arith.addf %v3583, %v4421 fastmath<contract> : f32
          %v4423 = arith.divf %v3583, %v4422 : f32
          %v4424 = arith.mulf %v4418, %v4423 fastmath<contract> : f32
          %v4425 = arith.mulf %v4413, %v4424 fastmath<contract> : f32
          %v4426 = arith.addi %v77, %v28 : i64
          %v4427 = arith.muli %v4426, %v252 : i64
          %v4428 = arith.addi %v4427, %v4089 : i64
          %v4429 = llvm.getelementptr %v21[%v4428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v4425, %v4429 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v4430 = arith.divui %v28, %v240 : i64
        %v4431 = arith.remui %v28, %v240 : i64
        %v4432 = arith.muli %v4430, %v252 : i64
        %v4433 = arith.addi %v4432, %v4431 : i64
        %v4434 = llvm.getelementptr %v21[%v4433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1885, %v4434 : f32, !llvm.ptr<3>
        %v4435 = arith.addi %v30, %v28 : i64
        %v4436 = arith.divui %v4435, %v240 : i64
        %v4437 = arith.remui %v4435, %v240 : i64
        %v4438 = arith.muli %v4436, %v252 : i64
        %v4439 = arith.addi %v4438, %v4437 : i64
        %v4440 = llvm.getelementptr %v21[%v4439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1899, %v4440 : f32, !llvm.ptr<3>
        %v4441 = arith.addi %v68, %v28 : i64
        %v4442 = arith.divui %v4441, %v240 : i64
        %v4443 = arith.remui %v4441, %v240 : i64
        %v4444 = arith.muli %v4442, %v252 : i64
        %v4445 = arith.addi %v4444, %v4443 : i64
        %v4446 = llvm.getelementptr %v21[%v4445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1913, %v4446 : f32, !llvm.ptr<3>
        %v4447 = arith.addi %v77, %v28 : i64
        %v4448 = arith.divui %v4447, %v240 : i64
        %v4449 = arith.remui %v4447, %v240 : i64
        %v4450 = arith.muli %v4448, %v252 : i64
        %v4451 = arith.addi %v4450, %v4449 : i64
        %v4452 = llvm.getelementptr %v21[%v4451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1927, %v4452 : f32, !llvm.ptr<3>
        %v4453 = arith.addi %v24, %v28 : i64
        %v4454 = arith.divui %v4453, %v240 : i64
        %v4455 = arith.remui %v4453, %v240 : i64
        %v4456 = arith.muli %v4454, %v252 : i64
        %v4457 = arith.addi %v4456, %v4455 : i64
        %v4458 = llvm.getelementptr %v21[%v4457] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1941, %v4458 : f32, !llvm.ptr<3>
        %v4460 = arith.addi %v4459, %v28 : i64
        %v4461 = arith.divui %v4460, %v240 : i64
        %v4462 = arith.remui %v4460, %v240 : i64
        %v4463 = arith.muli %v4461, %v252 : i64
        %v4464 = arith.addi %v4463, %v4462 : i64
        %v4465 = llvm.getelementptr %v21[%v4464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1955, %v4465 : f32, !llvm.ptr<3>
        %v4467 = arith.addi %v4466, %v28 : i64
        %v4468 = arith.divui %v4467, %v240 : i64
        %v4469 = arith.remui %v4467, %v240 : i64
        %v4470 = arith.muli %v4468, %v252 : i64
        %v4471 = arith.addi %v4470, %v4469 : i64
        %v4472 = llvm.getelementptr %v21[%v4471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1969, %v4472 : f32, !llvm.ptr<3>
        %v4474 = arith.addi %v4473, %v28 : i64
        %v4475 = arith.divui %v4474, %v240 : i64
        %v4476 = arith.remui %v4474, %v240 : i64
        %v4477 = arith.muli %v4475, %v252 : i64
        %v4478 = arith.addi %v4477, %v4476 : i64
        %v4479 = llvm.getelementptr %v21[%v4478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1983, %v4479 : f32, !llvm.ptr<3>
        %v4480 = arith.addi %v1688, %v28 : i64
        %v4481 = arith.divui %v4480, %v240 : i64
        %v4482 = arith.remui %v4480, %v240 : i64
        %v4483 = arith.muli %v4481, %v252 : i64
        %v4484 = arith.addi %v4483, %v4482 : i64
        %v4485 = llvm.getelementptr %v21[%v4484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1997, %v4485 : f32, !llvm.ptr<3>
        %v4487 = arith.addi %v4486, %v28 : i64
        %v4488 = arith.divui %v4487, %v240 : i64
        %v4489 = arith.remui %v4487, %v240 : i64
        %v4490 = arith.muli %v4488, %v252 : i64
        %v4491 = arith.addi %v4490, %v4489 : i64
        %v4492 = llvm.getelementptr %v21[%v4491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2011, %v4492 : f32, !llvm.ptr<3>
        %v4494 = arith.addi %v4493, %v28 : i64
        %v4495 = arith.divui %v4494, %v240 : i64
        %v4496 = arith.remui %v4494, %v240 : i64
        %v4497 = arith.muli %v4495, %v252 : i64
        %v4498 = arith.addi %v4497, %v4496 : i64
        %v4499 = llvm.getelementptr %v21[%v4498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2025, %v4499 : f32, !llvm.ptr<3>
        %v4501 = arith.addi %v4500, %v28 : i64
        %v4502 = arith.divui %v4501, %v240 : i64
        %v4503 = arith.remui %v4501, %v240 : i64
        %v4504 = arith.muli %v4502, %v252 : i64
        %v4505 = arith.addi %v4504, %v4503 : i64
        %v4506 = llvm.getelementptr %v21[%v4505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2039, %v4506 : f32, !llvm.ptr<3>
        %v4508 = arith.addi %v4507, %v28 : i64
        %v4509 = arith.divui %v4508, %v240 : i64
        %v4510 = arith.remui %v4508, %v240 : i64
        %v4511 = arith.muli %v4509, %v252 : i64
        %v4512 = arith.addi %v4511, %v4510 : i64
        %v4513 = llvm.getelementptr %v21[%v4512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2053, %v4513 : f32, !llvm.ptr<3>
        %v4515 = arith.addi %v4514, %v28 : i64
        %v4516 = arith.divui %v4515, %v240 : i64
        %v4517 = arith.remui %v4515, %v240 : i64
        %v4518 = arith.muli %v4516, %v252 : i64
        %v4519 = arith.addi %v4518, %v4517 : i64
        %v4520 = llvm.getelementptr %v21[%v4519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2067, %v4520 : f32, !llvm.ptr<3>
        %v4522 = arith.addi %v4521, %v28 : i64
        %v4523 = arith.divui %v4522, %v240 : i64
        %v4524 = arith.remui %v4522, %v240 : i64
        %v4525 = arith.muli %v4523, %v252 : i64
        %v4526 = arith.addi %v4525, %v4524 : i64
        %v4527 = llvm.getelementptr %v21[%v4526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2081, %v4527 : f32, !llvm.ptr<3>
        %v4529 = arith.addi %v4528, %v28 : i64
        %v4530 = arith.divui %v4529, %v240 : i64
        %v4531 = arith.remui %v4529, %v240 : i64
        %v4532 = arith.muli %v4530, %v252 : i64
        %v4533 = arith.addi %v4532, %v4531 : i64
        %v4534 = llvm.getelementptr %v21[%v4533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2095, %v4534 : f32, !llvm.ptr<3>
        %v4536 = arith.addi %v4535, %v28 : i64
        %v4537 = arith.divui %v4536, %v240 : i64
        %v4538 = arith.remui %v4536, %v240 : i64
        %v4539 = arith.muli %v4537, %v252 : i64
        %v4540 = arith.addi %v4539, %v4538 : i64
        %v4541 = llvm.getelementptr %v21[%v4540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2109, %v4541 : f32, !llvm.ptr<3>
        %v4543 = arith.addi %v4542, %v28 : i64
        %v4544 = arith.divui %v4543, %v240 : i64
        %v4545 = arith.remui %v4543, %v240 : i64
        %v4546 = arith.muli %v4544, %v252 : i64
        %v4547 = arith.addi %v4546, %v4545 : i64
        %v4548 = llvm.getelementptr %v21[%v4547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2123, %v4548 : f32, !llvm.ptr<3>
        %v4550 = arith.addi %v4549, %v28 : i64
        %v4551 = arith.divui %v4550, %v240 : i64
        %v4552 = arith.remui %v4550, %v240 : i64
        %v4553 = arith.muli %v4551, %v252 : i64
        %v4554 = arith.addi %v4553, %v4552 : i64
        %v4555 = llvm.getelementptr %v21[%v4554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2137, %v4555 : f32, !llvm.ptr<3>
        %v4557 = arith.addi %v4556, %v28 : i64
        %v4558 = arith.divui %v4557, %v240 : i64
        %v4559 = arith.remui %v4557, %v240 : i64
        %v4560 = arith.muli %v4558, %v252 : i64
        %v4561 = arith.addi %v4560, %v4559 : i64
        %v4562 = llvm.getelementptr %v21[%v4561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2151, %v4562 : f32, !llvm.ptr<3>
        %v4564 = arith.addi %v4563, %v28 : i64
        %v4565 = arith.divui %v4564, %v240 : i64
        %v4566 = arith.remui %v4564, %v240 : i64
        %v4567 = arith.muli %v4565, %v252 : i64
        %v4568 = arith.addi %v4567, %v4566 : i64
        %v4569 = llvm.getelementptr %v21[%v4568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2165, %v4569 : f32, !llvm.ptr<3>
        %v4571 = arith.addi %v4570, %v28 : i64
        %v4572 = arith.divui %v4571, %v240 : i64
        %v4573 = arith.remui %v4571, %v240 : i64
        %v4574 = arith.muli %v4572, %v252 : i64
        %v4575 = arith.addi %v4574, %v4573 : i64
        %v4576 = llvm.getelementptr %v21[%v4575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2179, %v4576 : f32, !llvm.ptr<3>
        %v4578 = arith.addi %v4577, %v28 : i64
        %v4579 = arith.divui %v4578, %v240 : i64
        %v4580 = arith.remui %v4578, %v240 : i64
        %v4581 = arith.muli %v4579, %v252 : i64
        %v4582 = arith.addi %v4581, %v4580 : i64
        %v4583 = llvm.getelementptr %v21[%v4582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2193, %v4583 : f32, !llvm.ptr<3>
        %v4585 = arith.addi %v4584, %v28 : i64
        %v4586 = arith.divui %v4585, %v240 : i64
        %v4587 = arith.remui %v4585, %v240 : i64
        %v4588 = arith.muli %v4586, %v252 : i64
        %v4589 = arith.addi %v4588, %v4587 : i64
        %v4590 = llvm.getelementptr %v21[%v4589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2207, %v4590 : f32, !llvm.ptr<3>
        %v4592 = arith.addi %v4591, %v28 : i64
        %v4593 = arith.divui %v4592, %v240 : i64
        %v4594 = arith.remui %v4592, %v240 : i64
        %v4595 = arith.muli %v4593, %v252 : i64
        %v4596 = arith.addi %v4595, %v4594 : i64
        %v4597 = llvm.getelementptr %v21[%v4596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2221, %v4597 : f32, !llvm.ptr<3>
        %v4599 = arith.addi %v4598, %v28 : i64
        %v4600 = arith.divui %v4599, %v240 : i64
        %v4601 = arith.remui %v4599, %v240 : i64
        %v4602 = arith.muli %v4600, %v252 : i64
        %v4603 = arith.addi %v4602, %v4601 : i64
        %v4604 = llvm.getelementptr %v21[%v4603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2235, %v4604 : f32, !llvm.ptr<3>
        %v4606 = arith.addi %v4605, %v28 : i64
        %v4607 = arith.divui %v4606, %v240 : i64
        %v4608 = arith.remui %v4606, %v240 : i64
        %v4609 = arith.muli %v4607, %v252 : i64
        %v4610 = arith.addi %v4609, %v4608 : i64
        %v4611 = llvm.getelementptr %v21[%v4610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2249, %v4611 : f32, !llvm.ptr<3>
        %v4613 = arith.addi %v4612, %v28 : i64
        %v4614 = arith.divui %v4613, %v240 : i64
        %v4615 = arith.remui %v4613, %v240 : i64
        %v4616 = arith.muli %v4614, %v252 : i64
        %v4617 = arith.addi %v4616, %v4615 : i64
        %v4618 = llvm.getelementptr %v21[%v4617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2263, %v4618 : f32, !llvm.ptr<3>
        %v4620 = arith.addi %v4619, %v28 : i64
        %v4621 = arith.divui %v4620, %v240 : i64
        %v4622 = arith.remui %v4620, %v240 : i64
        %v4623 = arith.muli %v4621, %v252 : i64
        %v4624 = arith.addi %v4623, %v4622 : i64
        %v4625 = llvm.getelementptr %v21[%v4624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2277, %v4625 : f32, !llvm.ptr<3>
        %v4627 = arith.addi %v4626, %v28 : i64
        %v4628 = arith.divui %v4627, %v240 : i64
        %v4629 = arith.remui %v4627, %v240 : i64
        %v4630 = arith.muli %v4628, %v252 : i64
        %v4631 = arith.addi %v4630, %v4629 : i64
        %v4632 = llvm.getelementptr %v21[%v4631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2291, %v4632 : f32, !llvm.ptr<3>
        %v4634 = arith.addi %v4633, %v28 : i64
        %v4635 = arith.divui %v4634, %v240 : i64
        %v4636 = arith.remui %v4634, %v240 : i64
        %v4637 = arith.muli %v4635, %v252 : i64
        %v4638 = arith.addi %v4637, %v4636 : i64
        %v4639 = llvm.getelementptr %v21[%v4638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2305, %v4639 : f32, !llvm.ptr<3>
        %v4641 = arith.addi %v4640, %v28 : i64
        %v4642 = arith.divui %v4641, %v240 : i64
        %v4643 = arith.remui %v4641, %v240 : i64
        %v4644 = arith.muli %v4642, %v252 : i64
        %v4645 = arith.addi %v4644, %v4643 : i64
        %v4646 = llvm.getelementptr %v21[%v4645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2319, %v4646 : f32, !llvm.ptr<3>
        %v4647 = arith.divui %v28, %v240 : i64
        %v4648 = arith.remui %v28, %v240 : i64
        %v4649 = arith.addi %v30, %v4647 : i64
        %v4650 = arith.muli %v4649, %v252 : i64
        %v4651 = arith.addi %v4650, %v4648 : i64
        %v4652 = llvm.getelementptr %v21[%v4651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2335, %v4652 : f32, !llvm.ptr<3>
        %v4653 = arith.addi %v30, %v28 : i64
        %v4654 = arith.divui %v4653, %v240 : i64
        %v4655 = arith.remui %v4653, %v240 : i64
        %v4656 = arith.addi %v30, %v4654 : i64
        %v4657 = arith.muli %v4656, %v252 : i64
        %v4658 = arith.addi %v4657, %v4655 : i64
        %v4659 = llvm.getelementptr %v21[%v4658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2350, %v4659 : f32, !llvm.ptr<3>
        %v4660 = arith.addi %v68, %v28 : i64
        %v4661 = arith.divui %v4660, %v240 : i64
        %v4662 = arith.remui %v4660, %v240 : i64
        %v4663 = arith.addi %v30, %v4661 : i64
        %v4664 = arith.muli %v4663, %v252 : i64
        %v4665 = arith.addi %v4664, %v4662 : i64
        %v4666 = llvm.getelementptr %v21[%v4665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2365, %v4666 : f32, !llvm.ptr<3>
        %v4667 = arith.addi %v77, %v28 : i64
        %v4668 = arith.divui %v4667, %v240 : i64
        %v4669 = arith.remui %v4667, %v240 : i64
        %v4670 = arith.addi %v30, %v4668 : i64
        %v4671 = arith.muli %v4670, %v252 : i64
        %v4672 = arith.addi %v4671, %v4669 : i64
        %v4673 = llvm.getelementptr %v21[%v4672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2380, %v4673 : f32, !llvm.ptr<3>
        %v4674 = arith.addi %v24, %v28 : i64
        %v4675 = arith.divui %v4674, %v240 : i64
        %v4676 = arith.remui %v4674, %v240 : i64
        %v4677 = arith.addi %v30, %v4675 : i64
        %v4678 = arith.muli %v4677, %v252 : i64
        %v4679 = arith.addi %v4678, %v4676 : i64
        %v4680 = llvm.getelementptr %v21[%v4679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2395, %v4680 : f32, !llvm.ptr<3>
        %v4681 = arith.addi %v4459, %v28 : i64
        %v4682 = arith.divui %v4681, %v240 : i64
        %v4683 = arith.remui %v4681, %v240 : i64
        %v4684 = arith.addi %v30, %v4682 : i64
        %v4685 = arith.muli %v4684, %v252 : i64
        %v4686 = arith.addi %v4685, %v4683 : i64
        %v4687 = llvm.getelementptr %v21[%v4686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2410, %v4687 : f32, !llvm.ptr<3>
        %v4688 = arith.addi %v4466, %v28 : i64
        %v4689 = arith.divui %v4688, %v240 : i64
        %v4690 = arith.remui %v4688, %v240 : i64
        %v4691 = arith.addi %v30, %v4689 : i64
        %v4692 = arith.muli %v4691, %v252 : i64
        %v4693 = arith.addi %v4692, %v4690 : i64
        %v4694 = llvm.getelementptr %v21[%v4693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2425, %v4694 : f32, !llvm.ptr<3>
        %v4695 = arith.addi %v4473, %v28 : i64
        %v4696 = arith.divui %v4695, %v240 : i64
        %v4697 = arith.remui %v4695, %v240 : i64
        %v4698 = arith.addi %v30, %v4696 : i64
        %v4699 = arith.muli %v4698, %v252 : i64
        %v4700 = arith.addi %v4699, %v4697 : i64
        %v4701 = llvm.getelementptr %v21[%v4700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2440, %v4701 : f32, !llvm.ptr<3>
        %v4702 = arith.addi %v1688, %v28 : i64
        %v4703 = arith.divui %v4702, %v240 : i64
        %v4704 = arith.remui %v4702, %v240 : i64
        %v4705 = arith.addi %v30, %v4703 : i64
        %v4706 = arith.muli %v4705, %v252 : i64
        %v4707 = arith.addi %v4706, %v4704 : i64
        %v4708 = llvm.getelementptr %v21[%v4707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2455, %v4708 : f32, !llvm.ptr<3>
        %v4709 = arith.addi %v4486, %v28 : i64
        %v4710 = arith.divui %v4709, %v240 : i64
        %v4711 = arith.remui %v4709, %v240 : i64
        %v4712 = arith.addi %v30, %v4710 : i64
        %v4713 = arith.muli %v4712, %v252 : i64
        %v4714 = arith.addi %v4713, %v4711 : i64
        %v4715 = llvm.getelementptr %v21[%v4714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2470, %v4715 : f32, !llvm.ptr<3>
        %v4716 = arith.addi %v4493, %v28 : i64
        %v4717 = arith.divui %v4716, %v240 : i64
        %v4718 = arith.remui %v4716, %v240 : i64
        %v4719 = arith.addi %v30, %v4717 : i64
        %v4720 = arith.muli %v4719, %v252 : i64
        %v4721 = arith.addi %v4720, %v4718 : i64
        %v4722 = llvm.getelementptr %v21[%v4721] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2485, %v4722 : f32, !llvm.ptr<3>
        %v4723 = arith.addi %v4500, %v28 : i64
        %v4724 = arith.divui %v4723, %v240 : i64
        %v4725 = arith.remui %v4723, %v240 : i64
        %v4726 = arith.addi %v30, %v4724 : i64
        %v4727 = arith.muli %v4726, %v252 : i64
        %v4728 = arith.addi %v4727, %v4725 : i64
        %v4729 = llvm.getelementptr %v21[%v4728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2500, %v4729 : f32, !llvm.ptr<3>
        %v4730 = arith.addi %v4507, %v28 : i64
        %v4731 = arith.divui %v4730, %v240 : i64
        %v4732 = arith.remui %v4730, %v240 : i64
        %v4733 = arith.addi %v30, %v4731 : i64
        %v4734 = arith.muli %v4733, %v252 : i64
        %v4735 = arith.addi %v4734, %v4732 : i64
        %v4736 = llvm.getelementptr %v21[%v4735] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2515, %v4736 : f32, !llvm.ptr<3>
        %v4737 = arith.addi %v4514, %v28 : i64
        %v4738 = arith.divui %v4737, %v240 : i64
        %v4739 = arith.remui %v4737, %v240 : i64
        %v4740 = arith.addi %v30, %v4738 : i64
        %v4741 = arith.muli %v4740, %v252 : i64
        %v4742 = arith.addi %v4741, %v4739 : i64
        %v4743 = llvm.getelementptr %v21[%v4742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2530, %v4743 : f32, !llvm.ptr<3>
        %v4744 = arith.addi %v4521, %v28 : i64
        %v4745 = arith.divui %v4744, %v240 : i64
        %v4746 = arith.remui %v4744, %v240 : i64
        %v4747 = arith.addi %v30, %v4745 : i64
        %v4748 = arith.muli %v4747, %v252 : i64
        %v4749 = arith.addi %v4748, %v4746 : i64
        %v4750 = llvm.getelementptr %v21[%v4749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2545, %v4750 : f32, !llvm.ptr<3>
        %v4751 = arith.addi %v4528, %v28 : i64
        %v4752 = arith.divui %v4751, %v240 : i64
        %v4753 = arith.remui %v4751, %v240 : i64
        %v4754 = arith.addi %v30, %v4752 : i64
        %v4755 = arith.muli %v4754, %v252 : i64
        %v4756 = arith.addi %v4755, %v4753 : i64
        %v4757 = llvm.getelementptr %v21[%v4756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2560, %v4757 : f32, !llvm.ptr<3>
        %v4758 = arith.addi %v4535, %v28 : i64
        %v4759 = arith.divui %v4758, %v240 : i64
        %v4760 = arith.remui %v4758, %v240 : i64
        %v4761 = arith.addi %v30, %v4759 : i64
        %v4762 = arith.muli %v4761, %v252 : i64
        %v4763 = arith.addi %v4762, %v4760 : i64
        %v4764 = llvm.getelementptr %v21[%v4763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2575, %v4764 : f32, !llvm.ptr<3>
        %v4765 = arith.addi %v4542, %v28 : i64
        %v4766 = arith.divui %v4765, %v240 : i64
        %v4767 = arith.remui %v4765, %v240 : i64
        %v4768 = arith.addi %v30, %v4766 : i64
        %v4769 = arith.muli %v4768, %v252 : i64
        %v4770 = arith.addi %v4769, %v4767 : i64
        %v4771 = llvm.getelementptr %v21[%v4770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2590, %v4771 : f32, !llvm.ptr<3>
        %v4772 = arith.addi %v4549, %v28 : i64
        %v4773 = arith.divui %v4772, %v240 : i64
        %v4774 = arith.remui %v4772, %v240 : i64
        %v4775 = arith.addi %v30, %v4773 : i64
        %v4776 = arith.muli %v4775, %v252 : i64
        %v4777 = arith.addi %v4776, %v4774 : i64
        %v4778 = llvm.getelementptr %v21[%v4777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2605, %v4778 : f32, !llvm.ptr<3>
        %v4779 = arith.addi %v4556, %v28 : i64
        %v4780 = arith.divui %v4779, %v240 : i64
        %v4781 = arith.remui %v4779, %v240 : i64
        %v4782 = arith.addi %v30, %v4780 : i64
        %v4783 = arith.muli %v4782, %v252 : i64
        %v4784 = arith.addi %v4783, %v4781 : i64
        %v4785 = llvm.getelementptr %v21[%v4784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2620, %v4785 : f32, !llvm.ptr<3>
        %v4786 = arith.addi %v4563, %v28 : i64
        %v4787 = arith.divui %v4786, %v240 : i64
        %v4788 = arith.remui %v4786, %v240 : i64
        %v4789 = arith.addi %v30, %v4787 : i64
        %v4790 = arith.muli %v4789, %v252 : i64
        %v4791 = arith.addi %v4790, %v4788 : i64
        %v4792 = llvm.getelementptr %v21[%v4791] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2635, %v4792 : f32, !llvm.ptr<3>
        %v4793 = arith.addi %v4570, %v28 : i64
        %v4794 = arith.divui %v4793, %v240 : i64
        %v4795 = arith.remui %v4793, %v240 : i64
        %v4796 = arith.addi %v30, %v4794 : i64
        %v4797 = arith.muli %v4796, %v252 : i64
        %v4798 = arith.addi %v4797, %v4795 : i64
        %v4799 = llvm.getelementptr %v21[%v4798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2650, %v4799 : f32, !llvm.ptr<3>
        %v4800 = arith.addi %v4577, %v28 : i64
        %v4801 = arith.divui %v4800, %v240 : i64
        %v4802 = arith.remui %v4800, %v240 : i64
        %v4803 = arith.addi %v30, %v4801 : i64
        %v4804 = arith.muli %v4803, %v252 : i64
        %v4805 = arith.addi %v4804, %v4802 : i64
        %v4806 = llvm.getelementptr %v21[%v4805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2665, %v4806 : f32, !llvm.ptr<3>
        %v4807 = arith.addi %v4584, %v28 : i64
        %v4808 = arith.divui %v4807, %v240 : i64
        %v4809 = arith.remui %v4807, %v240 : i64
        %v4810 = arith.addi %v30, %v4808 : i64
        %v4811 = arith.muli %v4810, %v252 : i64
        %v4812 = arith.addi %v4811, %v4809 : i64
        %v4813 = llvm.getelementptr %v21[%v4812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2680, %v4813 : f32, !llvm.ptr<3>
        %v4814 = arith.addi %v4591, %v28 : i64
        %v4815 = arith.divui %v4814, %v240 : i64
        %v4816 = arith.remui %v4814, %v240 : i64
        %v4817 = arith.addi %v30, %v4815 : i64
        %v4818 = arith.muli %v4817, %v252 : i64
        %v4819 = arith.addi %v4818, %v4816 : i64
        %v4820 = llvm.getelementptr %v21[%v4819] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2695, %v4820 : f32, !llvm.ptr<3>
        %v4821 = arith.addi %v4598, %v28 : i64
        %v4822 = arith.divui %v4821, %v240 : i64
        %v4823 = arith.remui %v4821, %v240 : i64
        %v4824 = arith.addi %v30, %v4822 : i64
        %v4825 = arith.muli %v4824, %v252 : i64
        %v4826 = arith.addi %v4825, %v4823 : i64
        %v4827 = llvm.getelementptr %v21[%v4826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2710, %v4827 : f32, !llvm.ptr<3>
        %v4828 = arith.addi %v4605, %v28 : i64
        %v4829 = arith.divui %v4828, %v240 : i64
        %v4830 = arith.remui %v4828, %v240 : i64
        %v4831 = arith.addi %v30, %v4829 : i64
        %v4832 = arith.muli %v4831, %v252 : i64
        %v4833 = arith.addi %v4832, %v4830 : i64
        %v4834 = llvm.getelementptr %v21[%v4833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2725, %v4834 : f32, !llvm.ptr<3>
        %v4835 = arith.addi %v4612, %v28 : i64
        %v4836 = arith.divui %v4835, %v240 : i64
        %v4837 = arith.remui %v4835, %v240 : i64
        %v4838 = arith.addi %v30, %v4836 : i64
        %v4839 = arith.muli %v4838, %v252 : i64
        %v4840 = arith.addi %v4839, %v4837 : i64
        %v4841 = llvm.getelementptr %v21[%v4840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2740, %v4841 : f32, !llvm.ptr<3>
        %v4842 = arith.addi %v4619, %v28 : i64
        %v4843 = arith.divui %v4842, %v240 : i64
        %v4844 = arith.remui %v4842, %v240 : i64
        %v4845 = arith.addi %v30, %v4843 : i64
        %v4846 = arith.muli %v4845, %v252 : i64
        %v4847 = arith.addi %v4846, %v4844 : i64
        %v4848 = llvm.getelementptr %v21[%v4847] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2755, %v4848 : f32, !llvm.ptr<3>
        %v4849 = arith.addi %v4626, %v28 : i64
        %v4850 = arith.divui %v4849, %v240 : i64
        %v4851 = arith.remui %v4849, %v240 : i64
        %v4852 = arith.addi %v30, %v4850 : i64
        %v4853 = arith.muli %v4852, %v252 : i64
        %v4854 = arith.addi %v4853, %v4851 : i64
        %v4855 = llvm.getelementptr %v21[%v4854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2770, %v4855 : f32, !llvm.ptr<3>
        %v4856 = arith.addi %v4633, %v28 : i64
        %v4857 = arith.divui %v4856, %v240 : i64
        %v4858 = arith.remui %v4856, %v240 : i64
        %v4859 = arith.addi %v30, %v4857 : i64
        %v4860 = arith.muli %v4859, %v252 : i64
        %v4861 = arith.addi %v4860, %v4858 : i64
        %v4862 = llvm.getelementptr %v21[%v4861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2785, %v4862 : f32, !llvm.ptr<3>
        %v4863 = arith.addi %v4640, %v28 : i64
        %v4864 = arith.divui %v4863, %v240 : i64
        %v4865 = arith.remui %v4863, %v240 : i64
        %v4866 = arith.addi %v30, %v4864 : i64
        %v4867 = arith.muli %v4866, %v252 : i64
        %v4868 = arith.addi %v4867, %v4865 : i64
        %v4869 = llvm.getelementptr %v21[%v4868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2800, %v4869 : f32, !llvm.ptr<3>
        %v4870 = arith.divui %v28, %v240 : i64
        %v4871 = arith.remui %v28, %v240 : i64
        %v4872 = arith.addi %v68, %v4870 : i64
        %v4873 = arith.muli %v4872, %v252 : i64
        %v4874 = arith.addi %v4873, %v4871 : i64
        %v4875 = llvm.getelementptr %v21[%v4874] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2816, %v4875 : f32, !llvm.ptr<3>
        %v4876 = arith.addi %v30, %v28 : i64
        %v4877 = arith.divui %v4876, %v240 : i64
        %v4878 = arith.remui %v4876, %v240 : i64
        %v4879 = arith.addi %v68, %v4877 : i64
        %v4880 = arith.muli %v4879, %v252 : i64
        %v4881 = arith.addi %v4880, %v4878 : i64
        %v4882 = llvm.getelementptr %v21[%v4881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2831, %v4882 : f32, !llvm.ptr<3>
        %v4883 = arith.addi %v68, %v28 : i64
        %v4884 = arith.divui %v4883, %v240 : i64
        %v4885 = arith.remui %v4883, %v240 : i64
        %v4886 = arith.addi %v68, %v4884 : i64
        %v4887 = arith.muli %v4886, %v252 : i64
        %v4888 = arith.addi %v4887, %v4885 : i64
        %v4889 = llvm.getelementptr %v21[%v4888] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2846, %v4889 : f32, !llvm.ptr<3>
        %v4890 = arith.addi %v77, %v28 : i64
        %v4891 = arith.divui %v4890, %v240 : i64
        %v4892 = arith.remui %v4890, %v240 : i64
        %v4893 = arith.addi %v68, %v4891 : i64
        %v4894 = arith.muli %v4893, %v252 : i64
        %v4895 = arith.addi %v4894, %v4892 : i64
        %v4896 = llvm.getelementptr %v21[%v4895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2861, %v4896 : f32, !llvm.ptr<3>
        %v4897 = arith.addi %v24, %v28 : i64
        %v4898 = arith.divui %v4897, %v240 : i64
        %v4899 = arith.remui %v4897, %v240 : i64
        %v4900 = arith.addi %v68, %v4898 : i64
        %v4901 = arith.muli %v4900, %v252 : i64
        %v4902 = arith.addi %v4901, %v4899 : i64
        %v4903 = llvm.getelementptr %v21[%v4902] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2876, %v4903 : f32, !llvm.ptr<3>
        %v4904 = arith.addi %v4459, %v28 : i64
        %v4905 = arith.divui %v4904, %v240 : i64
        %v4906 = arith.remui %v4904, %v240 : i64
        %v4907 = arith.addi %v68, %v4905 : i64
        %v4908 = arith.muli %v4907, %v252 : i64
        %v4909 = arith.addi %v4908, %v4906 : i64
        %v4910 = llvm.getelementptr %v21[%v4909] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2891, %v4910 : f32, !llvm.ptr<3>
        %v4911 = arith.addi %v4466, %v28 : i64
        %v4912 = arith.divui %v4911, %v240 : i64
        %v4913 = arith.remui %v4911, %v240 : i64
        %v4914 = arith.addi %v68, %v4912 : i64
        %v4915 = arith.muli %v4914, %v252 : i64
        %v4916 = arith.addi %v4915, %v4913 : i64
        %v4917 = llvm.getelementptr %v21[%v4916] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2906, %v4917 : f32, !llvm.ptr<3>
        %v4918 = arith.addi %v4473, %v28 : i64
        %v4919 = arith.divui %v4918, %v240 : i64
        %v4920 = arith.remui %v4918, %v240 : i64
        %v4921 = arith.addi %v68, %v4919 : i64
        %v4922 = arith.muli %v4921, %v252 : i64
        %v4923 = arith.addi %v4922, %v4920 : i64
        %v4924 = llvm.getelementptr %v21[%v4923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2921, %v4924 : f32, !llvm.ptr<3>
        %v4925 = arith.addi %v1688, %v28 : i64
        %v4926 = arith.divui %v4925, %v240 : i64
        %v4927 = arith.remui %v4925, %v240 : i64
        %v4928 = arith.addi %v68, %v4926 : i64
        %v4929 = arith.muli %v4928, %v252 : i64
        %v4930 = arith.addi %v4929, %v4927 : i64
        %v4931 = llvm.getelementptr %v21[%v4930] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2936, %v4931 : f32, !llvm.ptr<3>
        %v4932 = arith.addi %v4486, %v28 : i64
        %v4933 = arith.divui %v4932, %v240 : i64
        %v4934 = arith.remui %v4932, %v240 : i64
        %v4935 = arith.addi %v68, %v4933 : i64
        %v4936 = arith.muli %v4935, %v252 : i64
        %v4937 = arith.addi %v4936, %v4934 : i64
        %v4938 = llvm.getelementptr %v21[%v4937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2951, %v4938 : f32, !llvm.ptr<3>
        %v4939 = arith.addi %v4493, %v28 : i64
        %v4940 = arith.divui %v4939, %v240 : i64
        %v4941 = arith.remui %v4939, %v240 : i64
        %v4942 = arith.addi %v68, %v4940 : i64
        %v4943 = arith.muli %v4942, %v252 : i64
        %v4944 = arith.addi %v4943, %v4941 : i64
        %v4945 = llvm.getelementptr %v21[%v4944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2966, %v4945 : f32, !llvm.ptr<3>
        %v4946 = arith.addi %v4500, %v28 : i64
        %v4947 = arith.divui %v4946, %v240 : i64
        %v4948 = arith.remui %v4946, %v240 : i64
        %v4949 = arith.addi %v68, %v4947 : i64
        %v4950 = arith.muli %v4949, %v252 : i64
        %v4951 = arith.addi %v4950, %v4948 : i64
        %v4952 = llvm.getelementptr %v21[%v4951] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2981, %v4952 : f32, !llvm.ptr<3>
        %v4953 = arith.addi %v4507, %v28 : i64
        %v4954 = arith.divui %v4953, %v240 : i64
        %v4955 = arith.remui %v4953, %v240 : i64
        %v4956 = arith.addi %v68, %v4954 : i64
        %v4957 = arith.muli %v4956, %v252 : i64
        %v4958 = arith.addi %v4957, %v4955 : i64
        %v4959 = llvm.getelementptr %v21[%v4958] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2996, %v4959 : f32, !llvm.ptr<3>
        %v4960 = arith.addi %v4514, %v28 : i64
        %v4961 = arith.divui %v4960, %v240 : i64
        %v4962 = arith.remui %v4960, %v240 : i64
        %v4963 = arith.addi %v68, %v4961 : i64
        %v4964 = arith.muli %v4963, %v252 : i64
        %v4965 = arith.addi %v4964, %v4962 : i64
        %v4966 = llvm.getelementptr %v21[%v4965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3011, %v4966 : f32, !llvm.ptr<3>
        %v4967 = arith.addi %v4521, %v28 : i64
        %v4968 = arith.divui %v4967, %v240 : i64
        %v4969 = arith.remui %v4967, %v240 : i64
        %v4970 = arith.addi %v68, %v4968 : i64
        %v4971 = arith.muli %v4970, %v252 : i64
        %v4972 = arith.addi %v4971, %v4969 : i64
        %v4973 = llvm.getelementptr %v21[%v4972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3026, %v4973 : f32, !llvm.ptr<3>
        %v4974 = arith.addi %v4528, %v28 : i64
        %v4975 = arith.divui %v4974, %v240 : i64
        %v4976 = arith.remui %v4974, %v240 : i64
        %v4977 = arith.addi %v68, %v4975 : i64
        %v4978 = arith.muli %v4977, %v252 : i64
        %v4979 = arith.addi %v4978, %v4976 : i64
        %v4980 = llvm.getelementptr %v21[%v4979] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3041, %v4980 : f32, !llvm.ptr<3>
        %v4981 = arith.addi %v4535, %v28 : i64
        %v4982 = arith.divui %v4981, %v240 : i64
        %v4983 = arith.remui %v4981, %v240 : i64
        %v4984 = arith.addi %v68, %v4982 : i64
        %v4985 = arith.muli %v4984, %v252 : i64
        %v4986 = arith.addi %v4985, %v4983 : i64
        %v4987 = llvm.getelementptr %v21[%v4986] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3056, %v4987 : f32, !llvm.ptr<3>
        %v4988 = arith.addi %v4542, %v28 : i64
        %v4989 = arith.divui %v4988, %v240 : i64
        %v4990 = arith.remui %v4988, %v240 : i64
        %v4991 = arith.addi %v68, %v4989 : i64
        %v4992 = arith.muli %v4991, %v252 : i64
        %v4993 = arith.addi %v4992, %v4990 : i64
        %v4994 = llvm.getelementptr %v21[%v4993] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3071, %v4994 : f32, !llvm.ptr<3>
        %v4995 = arith.addi %v4549, %v28 : i64
        %v4996 = arith.divui %v4995, %v240 : i64
        %v4997 = arith.remui %v4995, %v240 : i64
        %v4998 = arith.addi %v68, %v4996 : i64
        %v4999 = arith.muli %v4998, %v252 : i64
        %v5000 = arith.addi %v4999, %v4997 : i64
        %v5001 = llvm.getelementptr %v21[%v5000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3086, %v5001 : f32, !llvm.ptr<3>
        %v5002 = arith.addi %v4556, %v28 : i64
        %v5003 = arith.divui %v5002, %v240 : i64
        %v5004 = arith.remui %v5002, %v240 : i64
        %v5005 = arith.addi %v68, %v5003 : i64
        %v5006 = arith.muli %v5005, %v252 : i64
        %v5007 = arith.addi %v5006, %v5004 : i64
        %v5008 = llvm.getelementptr %v21[%v5007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3101, %v5008 : f32, !llvm.ptr<3>
        %v5009 = arith.addi %v4563, %v28 : i64
        %v5010 = arith.divui %v5009, %v240 : i64
        %v5011 = arith.remui %v5009, %v240 : i64
        %v5012 = arith.addi %v68, %v5010 : i64
        %v5013 = arith.muli %v5012, %v252 : i64
        %v5014 = arith.addi %v5013, %v5011 : i64
        %v5015 = llvm.getelementptr %v21[%v5014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3116, %v5015 : f32, !llvm.ptr<3>
        %v5016 = arith.addi %v4570, %v28 : i64
        %v5017 = arith.divui %v5016, %v240 : i64
        %v5018 = arith.remui %v5016, %v240 : i64
        %v5019 = arith.addi %v68, %v5017 : i64
        %v5020 = arith.muli %v5019, %v252 : i64
        %v5021 = arith.addi %v5020, %v5018 : i64
        %v5022 = llvm.getelementptr %v21[%v5021] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3131, %v5022 : f32, !llvm.ptr<3>
        %v5023 = arith.addi %v4577, %v28 : i64
        %v5024 = arith.divui %v5023, %v240 : i64
        %v5025 = arith.remui %v5023, %v240 : i64
        %v5026 = arith.addi %v68, %v5024 : i64
        %v5027 = arith.muli %v5026, %v252 : i64
        %v5028 = arith.addi %v5027, %v5025 : i64
        %v5029 = llvm.getelementptr %v21[%v5028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3146, %v5029 : f32, !llvm.ptr<3>
        %v5030 = arith.addi %v4584, %v28 : i64
        %v5031 = arith.divui %v5030, %v240 : i64
        %v5032 = arith.remui %v5030, %v240 : i64
        %v5033 = arith.addi %v68, %v5031 : i64
        %v5034 = arith.muli %v5033, %v252 : i64
        %v5035 = arith.addi %v5034, %v5032 : i64
        %v5036 = llvm.getelementptr %v21[%v5035] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3161, %v5036 : f32, !llvm.ptr<3>
        %v5037 = arith.addi %v4591, %v28 : i64
        %v5038 = arith.divui %v5037, %v240 : i64
        %v5039 = arith.remui %v5037, %v240 : i64
        %v5040 = arith.addi %v68, %v5038 : i64
        %v5041 = arith.muli %v5040, %v252 : i64
        %v5042 = arith.addi %v5041, %v5039 : i64
        %v5043 = llvm.getelementptr %v21[%v5042] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3176, %v5043 : f32, !llvm.ptr<3>
        %v5044 = arith.addi %v4598, %v28 : i64
        %v5045 = arith.divui %v5044, %v240 : i64
        %v5046 = arith.remui %v5044, %v240 : i64
        %v5047 = arith.addi %v68, %v5045 : i64
        %v5048 = arith.muli %v5047, %v252 : i64
        %v5049 = arith.addi %v5048, %v5046 : i64
        %v5050 = llvm.getelementptr %v21[%v5049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3191, %v5050 : f32, !llvm.ptr<3>
        %v5051 = arith.addi %v4605, %v28 : i64
        %v5052 = arith.divui %v5051, %v240 : i64
        %v5053 = arith.remui %v5051, %v240 : i64
        %v5054 = arith.addi %v68, %v5052 : i64
        %v5055 = arith.muli %v5054, %v252 : i64
        %v5056 = arith.addi %v5055, %v5053 : i64
        %v5057 = llvm.getelementptr %v21[%v5056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3206, %v5057 : f32, !llvm.ptr<3>
        %v5058 = arith.addi %v4612, %v28 : i64
        %v5059 = arith.divui %v5058, %v240 : i64
        %v5060 = arith.remui %v5058, %v240 : i64
        %v5061 = arith.addi %v68, %v5059 : i64
        %v5062 = arith.muli %v5061, %v252 : i64
        %v5063 = arith.addi %v5062, %v5060 : i64
        %v5064 = llvm.getelementptr %v21[%v5063] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3221, %v5064 : f32, !llvm.ptr<3>
        %v5065 = arith.addi %v4619, %v28 : i64
        %v5066 = arith.divui %v5065, %v240 : i64
        %v5067 = arith.remui %v5065, %v240 : i64
        %v5068 = arith.addi %v68, %v5066 : i64
        %v5069 = arith.muli %v5068, %v252 : i64
        %v5070 = arith.addi %v5069, %v5067 : i64
        %v5071 = llvm.getelementptr %v21[%v5070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3236, %v5071 : f32, !llvm.ptr<3>
        %v5072 = arith.addi %v4626, %v28 : i64
        %v5073 = arith.divui %v5072, %v240 : i64
        %v5074 = arith.remui %v5072, %v240 : i64
        %v5075 = arith.addi %v68, %v5073 : i64
        %v5076 = arith.muli %v5075, %v252 : i64
        %v5077 = arith.addi %v5076, %v5074 : i64
        %v5078 = llvm.getelementptr %v21[%v5077] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3251, %v5078 : f32, !llvm.ptr<3>
        %v5079 = arith.addi %v4633, %v28 : i64
        %v5080 = arith.divui %v5079, %v240 : i64
        %v5081 = arith.remui %v5079, %v240 : i64
        %v5082 = arith.addi %v68, %v5080 : i64
        %v5083 = arith.muli %v5082, %v252 : i64
        %v5084 = arith.addi %v5083, %v5081 : i64
        %v5085 = llvm.getelementptr %v21[%v5084] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3266, %v5085 : f32, !llvm.ptr<3>
        %v5086 = arith.addi %v4640, %v28 : i64
        %v5087 = arith.divui %v5086, %v240 : i64
        %v5088 = arith.remui %v5086, %v240 : i64
        %v5089 = arith.addi %v68, %v5087 : i64
        %v5090 = arith.muli %v5089, %v252 : i64
        %v5091 = arith.addi %v5090, %v5088 : i64
        %v5092 = llvm.getelementptr %v21[%v5091] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3281, %v5092 : f32, !llvm.ptr<3>
        %v5093 = arith.divui %v28, %v240 : i64
        %v5094 = arith.remui %v28, %v240 : i64
        %v5095 = arith.constant true
        %v5096 = arith.addi %v77, %v5093 : i64
        %v5097 = llvm.getelementptr %v20[%v5096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5098 = llvm.load %v5097 : !llvm.ptr<3> -> i64
        %v5099 = arith.addi %v1686, %v5094 : i64
        %v5100 = arith.cmpi slt, %v5099, %size_L : i64
        %v5101 = arith.subi %size_L, %v2 : i64
        %v5102 = arith.minsi %v5099, %v5101 : i64
        %v5103 = arith.subi %v249, %v5102 : i64
        %v5104 = arith.addi %v5098, %v5103 : i64
        %v5105 = arith.muli %v5096, %v252 : i64
        %v5106 = arith.addi %v5105, %v5094 : i64
        %v5107 = arith.cmpi sge, %v5098, %v53 : i64
        %v5108 = arith.andi %v5100, %v5107 : i1
        %v5109 = arith.andi %v5108, %v5095 : i1
        %v5110 = llvm.getelementptr %v21[%v5106] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5111 = llvm.load %v5110 : !llvm.ptr<3> -> f32
        %v5112 = arith.addi %v5093, %v67 : i64
        %v5113 = arith.constant true
        %v5114 = arith.addi %v77, %v5112 : i64
        %v5115 = llvm.getelementptr %v20[%v5114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5116 = llvm.load %v5115 : !llvm.ptr<3> -> i64
        %v5117 = arith.addi %v1686, %v5094 : i64
        %v5118 = arith.cmpi slt, %v5117, %size_L : i64
        %v5119 = arith.subi %size_L, %v2 : i64
        %v5120 = arith.minsi %v5117, %v5119 : i64
        %v5121 = arith.subi %v249, %v5120 : i64
        %v5122 = arith.addi %v5116, %v5121 : i64
        %v5123 = arith.muli %v5114, %v252 : i64
        %v5124 = arith.addi %v5123, %v5094 : i64
        %v5125 = arith.cmpi sge, %v5116, %v53 : i64
        %v5126 = arith.andi %v5118, %v5125 : i1
        %v5127 = arith.andi %v5126, %v5113 : i1
        %v5128 = llvm.getelementptr %v21[%v5124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5129 = llvm.load %v5128 : !llvm.ptr<3> -> f32
        %v5130 = arith.addi %v5093, %v270 : i64
        %v5131 = arith.constant true
        %v5132 = arith.addi %v77, %v5130 : i64
        %v5133 = llvm.getelementptr %v20[%v5132] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5134 = llvm.load %v5133 : !llvm.ptr<3> -> i64
        %v5135 = arith.addi %v1686, %v5094 : i64
        %v5136 = arith.cmpi slt, %v5135, %size_L : i64
        %v5137 = arith.subi %size_L, %v2 : i64
        %v5138 = arith.minsi %v5135, %v5137 : i64
        %v5139 = arith.subi %v249, %v5138 : i64
        %v5140 = arith.addi %v5134, %v5139 : i64
        %v5141 = arith.muli %v5132, %v252 : i64
        %v5142 = arith.addi %v5141, %v5094 : i64
        %v5143 = arith.cmpi sge, %v5134, %v53 : i64
        %v5144 = arith.andi %v5136, %v5143 : i1
        %v5145 = arith.andi %v5144, %v5131 : i1
        %v5146 = llvm.getelementptr %v21[%v5142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5147 = llvm.load %v5146 : !llvm.ptr<3> -> f32
        %v5148 = arith.addi %v5093, %v284 : i64
        %v5149 = arith.constant true
        %v5150 = arith.addi %v77, %v5148 : i64
        %v5151 = llvm.getelementptr %v20[%v5150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5152 = llvm.load %v5151 : !llvm.ptr<3> -> i64
        %v5153 = arith.addi %v1686, %v5094 : i64
        %v5154 = arith.cmpi slt, %v5153, %size_L : i64
        %v5155 = arith.subi %size_L, %v2 : i64
        %v5156 = arith.minsi %v5153, %v5155 : i64
        %v5157 = arith.subi %v249, %v5156 : i64
        %v5158 = arith.addi %v5152, %v5157 : i64
        %v5159 = arith.muli %v5150, %v252 : i64
        %v5160 = arith.addi %v5159, %v5094 : i64
        %v5161 = arith.cmpi sge, %v5152, %v53 : i64
        %v5162 = arith.andi %v5154, %v5161 : i1
        %v5163 = arith.andi %v5162, %v5149 : i1
        %v5164 = llvm.getelementptr %v21[%v5160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5165 = llvm.load %v5164 : !llvm.ptr<3> -> f32
        %v5166 = arith.addi %v5093, %v298 : i64
        %v5167 = arith.constant true
        %v5168 = arith.addi %v77, %v5166 : i64
        %v5169 = llvm.getelementptr %v20[%v5168] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5170 = llvm.load %v5169 : !llvm.ptr<3> -> i64
        %v5171 = arith.addi %v1686, %v5094 : i64
        %v5172 = arith.cmpi slt, %v5171, %size_L : i64
        %v5173 = arith.subi %size_L, %v2 : i64
        %v5174 = arith.minsi %v5171, %v5173 : i64
        %v5175 = arith.subi %v249, %v5174 : i64
        %v5176 = arith.addi %v5170, %v5175 : i64
        %v5177 = arith.muli %v5168, %v252 : i64
        %v5178 = arith.addi %v5177, %v5094 : i64
        %v5179 = arith.cmpi sge, %v5170, %v53 : i64
        %v5180 = arith.andi %v5172, %v5179 : i1
        %v5181 = arith.andi %v5180, %v5167 : i1
        %v5182 = llvm.getelementptr %v21[%v5178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5183 = llvm.load %v5182 : !llvm.ptr<3> -> f32
        %v5184 = arith.addi %v5093, %v312 : i64
        %v5185 = arith.constant true
        %v5186 = arith.addi %v77, %v5184 : i64
        %v5187 = llvm.getelementptr %v20[%v5186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5188 = llvm.load %v5187 : !llvm.ptr<3> -> i64
        %v5189 = arith.addi %v1686, %v5094 : i64
        %v5190 = arith.cmpi slt, %v5189, %size_L : i64
        %v5191 = arith.subi %size_L, %v2 : i64
        %v5192 = arith.minsi %v5189, %v5191 : i64
        %v5193 = arith.subi %v249, %v5192 : i64
        %v5194 = arith.addi %v5188, %v5193 : i64
        %v5195 = arith.muli %v5186, %v252 : i64
        %v5196 = arith.addi %v5195, %v5094 : i64
        %v5197 = arith.cmpi sge, %v5188, %v53 : i64
        %v5198 = arith.andi %v5190, %v5197 : i1
        %v5199 = arith.andi %v5198, %v5185 : i1
        %v5200 = llvm.getelementptr %v21[%v5196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5201 = llvm.load %v5200 : !llvm.ptr<3> -> f32
        %v5202 = arith.addi %v5093, %v326 : i64
        %v5203 = arith.constant true
        %v5204 = arith.addi %v77, %v5202 : i64
        %v5205 = llvm.getelementptr %v20[%v5204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5206 = llvm.load %v5205 : !llvm.ptr<3> -> i64
        %v5207 = arith.addi %v1686, %v5094 : i64
        %v5208 = arith.cmpi slt, %v5207, %size_L : i64
        %v5209 = arith.subi %size_L, %v2 : i64
        %v5210 = arith.minsi %v5207, %v5209 : i64
        %v5211 = arith.subi %v249, %v5210 : i64
        %v5212 = arith.addi %v5206, %v5211 : i64
        %v5213 = arith.muli %v5204, %v252 : i64
        %v5214 = arith.addi %v5213, %v5094 : i64
        %v5215 = arith.cmpi sge, %v5206, %v53 : i64
        %v5216 = arith.andi %v5208, %v5215 : i1
        %v5217 = arith.andi %v5216, %v5203 : i1
        %v5218 = llvm.getelementptr %v21[%v5214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5219 = llvm.load %v5218 : !llvm.ptr<3> -> f32
        %v5220 = arith.addi %v5093, %v340 : i64
        %v5221 = arith.constant true
        %v5222 = arith.addi %v77, %v5220 : i64
        %v5223 = llvm.getelementptr %v20[%v5222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5224 = llvm.load %v5223 : !llvm.ptr<3> -> i64
        %v5225 = arith.addi %v1686, %v5094 : i64
        %v5226 = arith.cmpi slt, %v5225, %size_L : i64
        %v5227 = arith.subi %size_L, %v2 : i64
        %v5228 = arith.minsi %v5225, %v5227 : i64
        %v5229 = arith.subi %v249, %v5228 : i64
        %v5230 = arith.addi %v5224, %v5229 : i64
        %v5231 = arith.muli %v5222, %v252 : i64
        %v5232 = arith.addi %v5231, %v5094 : i64
        %v5233 = arith.cmpi sge, %v5224, %v53 : i64
        %v5234 = arith.andi %v5226, %v5233 : i1
        %v5235 = arith.andi %v5234, %v5221 : i1
        %v5236 = llvm.getelementptr %v21[%v5232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5237 = llvm.load %v5236 : !llvm.ptr<3> -> f32
        %v5238 = arith.addi %v5093, %v1 : i64
        %v5239 = arith.constant true
        %v5240 = arith.addi %v77, %v5238 : i64
        %v5241 = llvm.getelementptr %v20[%v5240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5242 = llvm.load %v5241 : !llvm.ptr<3> -> i64
        %v5243 = arith.addi %v1686, %v5094 : i64
        %v5244 = arith.cmpi slt, %v5243, %size_L : i64
        %v5245 = arith.subi %size_L, %v2 : i64
        %v5246 = arith.minsi %v5243, %v5245 : i64
        %v5247 = arith.subi %v249, %v5246 : i64
        %v5248 = arith.addi %v5242, %v5247 : i64
        %v5249 = arith.muli %v5240, %v252 : i64
        %v5250 = arith.addi %v5249, %v5094 : i64
        %v5251 = arith.cmpi sge, %v5242, %v53 : i64
        %v5252 = arith.andi %v5244, %v5251 : i1
        %v5253 = arith.andi %v5252, %v5239 : i1
        %v5254 = llvm.getelementptr %v21[%v5250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5255 = llvm.load %v5254 : !llvm.ptr<3> -> f32
        %v5256 = arith.addi %v5093, %v367 : i64
        %v5257 = arith.constant true
        %v5258 = arith.addi %v77, %v5256 : i64
        %v5259 = llvm.getelementptr %v20[%v5258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5260 = llvm.load %v5259 : !llvm.ptr<3> -> i64
        %v5261 = arith.addi %v1686, %v5094 : i64
        %v5262 = arith.cmpi slt, %v5261, %size_L : i64
        %v5263 = arith.subi %size_L, %v2 : i64
        %v5264 = arith.minsi %v5261, %v5263 : i64
        %v5265 = arith.subi %v249, %v5264 : i64
        %v5266 = arith.addi %v5260, %v5265 : i64
        %v5267 = arith.muli %v5258, %v252 : i64
        %v5268 = arith.addi %v5267, %v5094 : i64
        %v5269 = arith.cmpi sge, %v5260, %v53 : i64
        %v5270 = arith.andi %v5262, %v5269 : i1
        %v5271 = arith.andi %v5270, %v5257 : i1
        %v5272 = llvm.getelementptr %v21[%v5268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5273 = llvm.load %v5272 : !llvm.ptr<3> -> f32
        %v5274 = arith.addi %v5093, %v381 : i64
        %v5275 = arith.constant true
        %v5276 = arith.addi %v77, %v5274 : i64
        %v5277 = llvm.getelementptr %v20[%v5276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5278 = llvm.load %v5277 : !llvm.ptr<3> -> i64
        %v5279 = arith.addi %v1686, %v5094 : i64
        %v5280 = arith.cmpi slt, %v5279, %size_L : i64
        %v5281 = arith.subi %size_L, %v2 : i64
        %v5282 = arith.minsi %v5279, %v5281 : i64
        %v5283 = arith.subi %v249, %v5282 : i64
        %v5284 = arith.addi %v5278, %v5283 : i64
        %v5285 = arith.muli %v5276, %v252 : i64
        %v5286 = arith.addi %v5285, %v5094 : i64
        %v5287 = arith.cmpi sge, %v5278, %v53 : i64
        %v5288 = arith.andi %v5280, %v5287 : i1
        %v5289 = arith.andi %v5288, %v5275 : i1
        %v5290 = llvm.getelementptr %v21[%v5286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5291 = llvm.load %v5290 : !llvm.ptr<3> -> f32
        %v5292 = arith.addi %v5093, %v395 : i64
        %v5293 = arith.constant true
        %v5294 = arith.addi %v77, %v5292 : i64
        %v5295 = llvm.getelementptr %v20[%v5294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5296 = llvm.load %v5295 : !llvm.ptr<3> -> i64
        %v5297 = arith.addi %v1686, %v5094 : i64
        %v5298 = arith.cmpi slt, %v5297, %size_L : i64
        %v5299 = arith.subi %size_L, %v2 : i64
        %v5300 = arith.minsi %v5297, %v5299 : i64
        %v5301 = arith.subi %v249, %v5300 : i64
        %v5302 = arith.addi %v5296, %v5301 : i64
        %v5303 = arith.muli %v5294, %v252 : i64
        %v5304 = arith.addi %v5303, %v5094 : i64
        %v5305 = arith.cmpi sge, %v5296, %v53 : i64
        %v5306 = arith.andi %v5298, %v5305 : i1
        %v5307 = arith.andi %v5306, %v5293 : i1
        %v5308 = llvm.getelementptr %v21[%v5304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5309 = llvm.load %v5308 : !llvm.ptr<3> -> f32
        %v5310 = arith.addi %v5093, %v409 : i64
        %v5311 = arith.constant true
        %v5312 = arith.addi %v77, %v5310 : i64
        %v5313 = llvm.getelementptr %v20[%v5312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5314 = llvm.load %v5313 : !llvm.ptr<3> -> i64
        %v5315 = arith.addi %v1686, %v5094 : i64
        %v5316 = arith.cmpi slt, %v5315, %size_L : i64
        %v5317 = arith.subi %size_L, %v2 : i64
        %v5318 = arith.minsi %v5315, %v5317 : i64
        %v5319 = arith.subi %v249, %v5318 : i64
        %v5320 = arith.addi %v5314, %v5319 : i64
        %v5321 = arith.muli %v5312, %v252 : i64
        %v5322 = arith.addi %v5321, %v5094 : i64
        %v5323 = arith.cmpi sge, %v5314, %v53 : i64
        %v5324 = arith.andi %v5316, %v5323 : i1
        %v5325 = arith.andi %v5324, %v5311 : i1
        %v5326 = llvm.getelementptr %v21[%v5322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5327 = llvm.load %v5326 : !llvm.ptr<3> -> f32
        %v5328 = arith.addi %v5093, %v423 : i64
        %v5329 = arith.constant true
        %v5330 = arith.addi %v77, %v5328 : i64
        %v5331 = llvm.getelementptr %v20[%v5330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5332 = llvm.load %v5331 : !llvm.ptr<3> -> i64
        %v5333 = arith.addi %v1686, %v5094 : i64
        %v5334 = arith.cmpi slt, %v5333, %size_L : i64
        %v5335 = arith.subi %size_L, %v2 : i64
        %v5336 = arith.minsi %v5333, %v5335 : i64
        %v5337 = arith.subi %v249, %v5336 : i64
        %v5338 = arith.addi %v5332, %v5337 : i64
        %v5339 = arith.muli %v5330, %v252 : i64
        %v5340 = arith.addi %v5339, %v5094 : i64
        %v5341 = arith.cmpi sge, %v5332, %v53 : i64
        %v5342 = arith.andi %v5334, %v5341 : i1
        %v5343 = arith.andi %v5342, %v5329 : i1
        %v5344 = llvm.getelementptr %v21[%v5340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5345 = llvm.load %v5344 : !llvm.ptr<3> -> f32
        %v5346 = arith.addi %v5093, %v437 : i64
        %v5347 = arith.constant true
        %v5348 = arith.addi %v77, %v5346 : i64
        %v5349 = llvm.getelementptr %v20[%v5348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5350 = llvm.load %v5349 : !llvm.ptr<3> -> i64
        %v5351 = arith.addi %v1686, %v5094 : i64
        %v5352 = arith.cmpi slt, %v5351, %size_L : i64
        %v5353 = arith.subi %size_L, %v2 : i64
        %v5354 = arith.minsi %v5351, %v5353 : i64
        %v5355 = arith.subi %v249, %v5354 : i64
        %v5356 = arith.addi %v5350, %v5355 : i64
        %v5357 = arith.muli %v5348, %v252 : i64
        %v5358 = arith.addi %v5357, %v5094 : i64
        %v5359 = arith.cmpi sge, %v5350, %v53 : i64
        %v5360 = arith.andi %v5352, %v5359 : i1
        %v5361 = arith.andi %v5360, %v5347 : i1
        %v5362 = llvm.getelementptr %v21[%v5358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5363 = llvm.load %v5362 : !llvm.ptr<3> -> f32
        %v5364 = arith.addi %v5093, %v451 : i64
        %v5365 = arith.constant true
        %v5366 = arith.addi %v77, %v5364 : i64
        %v5367 = llvm.getelementptr %v20[%v5366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5368 = llvm.load %v5367 : !llvm.ptr<3> -> i64
        %v5369 = arith.addi %v1686, %v5094 : i64
        %v5370 = arith.cmpi slt, %v5369, %size_L : i64
        %v5371 = arith.subi %size_L, %v2 : i64
        %v5372 = arith.minsi %v5369, %v5371 : i64
        %v5373 = arith.subi %v249, %v5372 : i64
        %v5374 = arith.addi %v5368, %v5373 : i64
        %v5375 = arith.muli %v5366, %v252 : i64
        %v5376 = arith.addi %v5375, %v5094 : i64
        %v5377 = arith.cmpi sge, %v5368, %v53 : i64
        %v5378 = arith.andi %v5370, %v5377 : i1
        %v5379 = arith.andi %v5378, %v5365 : i1
        %v5380 = llvm.getelementptr %v21[%v5376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5381 = llvm.load %v5380 : !llvm.ptr<3> -> f32
        %v5382 = arith.addi %v5093, %v240 : i64
        %v5383 = arith.constant true
        %v5384 = arith.addi %v77, %v5382 : i64
        %v5385 = llvm.getelementptr %v20[%v5384] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5386 = llvm.load %v5385 : !llvm.ptr<3> -> i64
        %v5387 = arith.addi %v1686, %v5094 : i64
        %v5388 = arith.cmpi slt, %v5387, %size_L : i64
        %v5389 = arith.subi %size_L, %v2 : i64
        %v5390 = arith.minsi %v5387, %v5389 : i64
        %v5391 = arith.subi %v249, %v5390 : i64
        %v5392 = arith.addi %v5386, %v5391 : i64
        %v5393 = arith.muli %v5384, %v252 : i64
        %v5394 = arith.addi %v5393, %v5094 : i64
        %v5395 = arith.cmpi sge, %v5386, %v53 : i64
        %v5396 = arith.andi %v5388, %v5395 : i1
        %v5397 = arith.andi %v5396, %v5383 : i1
        %v5398 = llvm.getelementptr %v21[%v5394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5399 = llvm.load %v5398 : !llvm.ptr<3> -> f32
        %v5400 = arith.addi %v5093, %v478 : i64
        %v5401 = arith.constant true
        %v5402 = arith.addi %v77, %v5400 : i64
        %v5403 = llvm.getelementptr %v20[%v5402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5404 = llvm.load %v5403 : !llvm.ptr<3> -> i64
        %v5405 = arith.addi %v1686, %v5094 : i64
        %v5406 = arith.cmpi slt, %v5405, %size_L : i64
        %v5407 = arith.subi %size_L, %v2 : i64
        %v5408 = arith.minsi %v5405, %v5407 : i64
        %v5409 = arith.subi %v249, %v5408 : i64
        %v5410 = arith.addi %v5404, %v5409 : i64
        %v5411 = arith.muli %v5402, %v252 : i64
        %v5412 = arith.addi %v5411, %v5094 : i64
        %v5413 = arith.cmpi sge, %v5404, %v53 : i64
        %v5414 = arith.andi %v5406, %v5413 : i1
        %v5415 = arith.andi %v5414, %v5401 : i1
        %v5416 = llvm.getelementptr %v21[%v5412] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5417 = llvm.load %v5416 : !llvm.ptr<3> -> f32
        %v5418 = arith.addi %v5093, %v492 : i64
        %v5419 = arith.constant true
        %v5420 = arith.addi %v77, %v5418 : i64
        %v5421 = llvm.getelementptr %v20[%v5420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5422 = llvm.load %v5421 : !llvm.ptr<3> -> i64
        %v5423 = arith.addi %v1686, %v5094 : i64
        %v5424 = arith.cmpi slt, %v5423, %size_L : i64
        %v5425 = arith.subi %size_L, %v2 : i64
        %v5426 = arith.minsi %v5423, %v5425 : i64
        %v5427 = arith.subi %v249, %v5426 : i64
        %v5428 = arith.addi %v5422, %v5427 : i64
        %v5429 = arith.muli %v5420, %v252 : i64
        %v5430 = arith.addi %v5429, %v5094 : i64
        %v5431 = arith.cmpi sge, %v5422, %v53 : i64
        %v5432 = arith.andi %v5424, %v5431 : i1
        %v5433 = arith.andi %v5432, %v5419 : i1
        %v5434 = llvm.getelementptr %v21[%v5430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5435 = llvm.load %v5434 : !llvm.ptr<3> -> f32
        %v5436 = arith.addi %v5093, %v506 : i64
        %v5437 = arith.constant true
        %v5438 = arith.addi %v77, %v5436 : i64
        %v5439 = llvm.getelementptr %v20[%v5438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5440 = llvm.load %v5439 : !llvm.ptr<3> -> i64
        %v5441 = arith.addi %v1686, %v5094 : i64
        %v5442 = arith.cmpi slt, %v5441, %size_L : i64
        %v5443 = arith.subi %size_L, %v2 : i64
        %v5444 = arith.minsi %v5441, %v5443 : i64
        %v5445 = arith.subi %v249, %v5444 : i64
        %v5446 = arith.addi %v5440, %v5445 : i64
        %v5447 = arith.muli %v5438, %v252 : i64
        %v5448 = arith.addi %v5447, %v5094 : i64
        %v5449 = arith.cmpi sge, %v5440, %v53 : i64
        %v5450 = arith.andi %v5442, %v5449 : i1
        %v5451 = arith.andi %v5450, %v5437 : i1
        %v5452 = llvm.getelementptr %v21[%v5448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5453 = llvm.load %v5452 : !llvm.ptr<3> -> f32
        %v5454 = arith.addi %v5093, %v520 : i64
        %v5455 = arith.constant true
        %v5456 = arith.addi %v77, %v5454 : i64
        %v5457 = llvm.getelementptr %v20[%v5456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5458 = llvm.load %v5457 : !llvm.ptr<3> -> i64
        %v5459 = arith.addi %v1686, %v5094 : i64
        %v5460 = arith.cmpi slt, %v5459, %size_L : i64
        %v5461 = arith.subi %size_L, %v2 : i64
        %v5462 = arith.minsi %v5459, %v5461 : i64
        %v5463 = arith.subi %v249, %v5462 : i64
        %v5464 = arith.addi %v5458, %v5463 : i64
        %v5465 = arith.muli %v5456, %v252 : i64
        %v5466 = arith.addi %v5465, %v5094 : i64
        %v5467 = arith.cmpi sge, %v5458, %v53 : i64
        %v5468 = arith.andi %v5460, %v5467 : i1
        %v5469 = arith.andi %v5468, %v5455 : i1
        %v5470 = llvm.getelementptr %v21[%v5466] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5471 = llvm.load %v5470 : !llvm.ptr<3> -> f32
        %v5472 = arith.addi %v5093, %v534 : i64
        %v5473 = arith.constant true
        %v5474 = arith.addi %v77, %v5472 : i64
        %v5475 = llvm.getelementptr %v20[%v5474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5476 = llvm.load %v5475 : !llvm.ptr<3> -> i64
        %v5477 = arith.addi %v1686, %v5094 : i64
        %v5478 = arith.cmpi slt, %v5477, %size_L : i64
        %v5479 = arith.subi %size_L, %v2 : i64
        %v5480 = arith.minsi %v5477, %v5479 : i64
        %v5481 = arith.subi %v249, %v5480 : i64
        %v5482 = arith.addi %v5476, %v5481 : i64
        %v5483 = arith.muli %v5474, %v252 : i64
        %v5484 = arith.addi %v5483, %v5094 : i64
        %v5485 = arith.cmpi sge, %v5476, %v53 : i64
        %v5486 = arith.andi %v5478, %v5485 : i1
        %v5487 = arith.andi %v5486, %v5473 : i1
        %v5488 = llvm.getelementptr %v21[%v5484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5489 = llvm.load %v5488 : !llvm.ptr<3> -> f32
        %v5490 = arith.addi %v5093, %v548 : i64
        %v5491 = arith.constant true
        %v5492 = arith.addi %v77, %v5490 : i64
        %v5493 = llvm.getelementptr %v20[%v5492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5494 = llvm.load %v5493 : !llvm.ptr<3> -> i64
        %v5495 = arith.addi %v1686, %v5094 : i64
        %v5496 = arith.cmpi slt, %v5495, %size_L : i64
        %v5497 = arith.subi %size_L, %v2 : i64
        %v5498 = arith.minsi %v5495, %v5497 : i64
        %v5499 = arith.subi %v249, %v5498 : i64
        %v5500 = arith.addi %v5494, %v5499 : i64
        %v5501 = arith.muli %v5492, %v252 : i64
        %v5502 = arith.addi %v5501, %v5094 : i64
        %v5503 = arith.cmpi sge, %v5494, %v53 : i64
        %v5504 = arith.andi %v5496, %v5503 : i1
        %v5505 = arith.andi %v5504, %v5491 : i1
        %v5506 = llvm.getelementptr %v21[%v5502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5507 = llvm.load %v5506 : !llvm.ptr<3> -> f32
        %v5508 = arith.addi %v5093, %v562 : i64
        %v5509 = arith.constant true
        %v5510 = arith.addi %v77, %v5508 : i64
        %v5511 = llvm.getelementptr %v20[%v5510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5512 = llvm.load %v5511 : !llvm.ptr<3> -> i64
        %v5513 = arith.addi %v1686, %v5094 : i64
        %v5514 = arith.cmpi slt, %v5513, %size_L : i64
        %v5515 = arith.subi %size_L, %v2 : i64
        %v5516 = arith.minsi %v5513, %v5515 : i64
        %v5517 = arith.subi %v249, %v5516 : i64
        %v5518 = arith.addi %v5512, %v5517 : i64
        %v5519 = arith.muli %v5510, %v252 : i64
        %v5520 = arith.addi %v5519, %v5094 : i64
        %v5521 = arith.cmpi sge, %v5512, %v53 : i64
        %v5522 = arith.andi %v5514, %v5521 : i1
        %v5523 = arith.andi %v5522, %v5509 : i1
        %v5524 = llvm.getelementptr %v21[%v5520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5525 = llvm.load %v5524 : !llvm.ptr<3> -> f32
        %v5526 = arith.addi %v5093, %v576 : i64
        %v5527 = arith.constant true
        %v5528 = arith.addi %v77, %v5526 : i64
        %v5529 = llvm.getelementptr %v20[%v5528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5530 = llvm.load %v5529 : !llvm.ptr<3> -> i64
        %v5531 = arith.addi %v1686, %v5094 : i64
        %v5532 = arith.cmpi slt, %v5531, %size_L : i64
        %v5533 = arith.subi %size_L, %v2 : i64
        %v5534 = arith.minsi %v5531, %v5533 : i64
        %v5535 = arith.subi %v249, %v5534 : i64
        %v5536 = arith.addi %v5530, %v5535 : i64
        %v5537 = arith.muli %v5528, %v252 : i64
        %v5538 = arith.addi %v5537, %v5094 : i64
        %v5539 = arith.cmpi sge, %v5530, %v53 : i64
        %v5540 = arith.andi %v5532, %v5539 : i1
        %v5541 = arith.andi %v5540, %v5527 : i1
        %v5542 = llvm.getelementptr %v21[%v5538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5543 = llvm.load %v5542 : !llvm.ptr<3> -> f32
        %v5544 = arith.addi %v5093, %v590 : i64
        %v5545 = arith.constant true
        %v5546 = arith.addi %v77, %v5544 : i64
        %v5547 = llvm.getelementptr %v20[%v5546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5548 = llvm.load %v5547 : !llvm.ptr<3> -> i64
        %v5549 = arith.addi %v1686, %v5094 : i64
        %v5550 = arith.cmpi slt, %v5549, %size_L : i64
        %v5551 = arith.subi %size_L, %v2 : i64
        %v5552 = arith.minsi %v5549, %v5551 : i64
        %v5553 = arith.subi %v249, %v5552 : i64
        %v5554 = arith.addi %v5548, %v5553 : i64
        %v5555 = arith.muli %v5546, %v252 : i64
        %v5556 = arith.addi %v5555, %v5094 : i64
        %v5557 = arith.cmpi sge, %v5548, %v53 : i64
        %v5558 = arith.andi %v5550, %v5557 : i1
        %v5559 = arith.andi %v5558, %v5545 : i1
        %v5560 = llvm.getelementptr %v21[%v5556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5561 = llvm.load %v5560 : !llvm.ptr<3> -> f32
        %v5562 = arith.addi %v5093, %v604 : i64
        %v5563 = arith.constant true
        %v5564 = arith.addi %v77, %v5562 : i64
        %v5565 = llvm.getelementptr %v20[%v5564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5566 = llvm.load %v5565 : !llvm.ptr<3> -> i64
        %v5567 = arith.addi %v1686, %v5094 : i64
        %v5568 = arith.cmpi slt, %v5567, %size_L : i64
        %v5569 = arith.subi %size_L, %v2 : i64
        %v5570 = arith.minsi %v5567, %v5569 : i64
        %v5571 = arith.subi %v249, %v5570 : i64
        %v5572 = arith.addi %v5566, %v5571 : i64
        %v5573 = arith.muli %v5564, %v252 : i64
        %v5574 = arith.addi %v5573, %v5094 : i64
        %v5575 = arith.cmpi sge, %v5566, %v53 : i64
        %v5576 = arith.andi %v5568, %v5575 : i1
        %v5577 = arith.andi %v5576, %v5563 : i1
        %v5578 = llvm.getelementptr %v21[%v5574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5579 = llvm.load %v5578 : !llvm.ptr<3> -> f32
        %v5580 = arith.addi %v5093, %v618 : i64
        %v5581 = arith.constant true
        %v5582 = arith.addi %v77, %v5580 : i64
        %v5583 = llvm.getelementptr %v20[%v5582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5584 = llvm.load %v5583 : !llvm.ptr<3> -> i64
        %v5585 = arith.addi %v1686, %v5094 : i64
        %v5586 = arith.cmpi slt, %v5585, %size_L : i64
        %v5587 = arith.subi %size_L, %v2 : i64
        %v5588 = arith.minsi %v5585, %v5587 : i64
        %v5589 = arith.subi %v249, %v5588 : i64
        %v5590 = arith.addi %v5584, %v5589 : i64
        %v5591 = arith.muli %v5582, %v252 : i64
        %v5592 = arith.addi %v5591, %v5094 : i64
        %v5593 = arith.cmpi sge, %v5584, %v53 : i64
        %v5594 = arith.andi %v5586, %v5593 : i1
        %v5595 = arith.andi %v5594, %v5581 : i1
        %v5596 = llvm.getelementptr %v21[%v5592] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5597 = llvm.load %v5596 : !llvm.ptr<3> -> f32
        %v5598 = arith.addi %v5093, %v632 : i64
        %v5599 = arith.constant true
        %v5600 = arith.addi %v77, %v5598 : i64
        %v5601 = llvm.getelementptr %v20[%v5600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5602 = llvm.load %v5601 : !llvm.ptr<3> -> i64
        %v5603 = arith.addi %v1686, %v5094 : i64
        %v5604 = arith.cmpi slt, %v5603, %size_L : i64
        %v5605 = arith.subi %size_L, %v2 : i64
        %v5606 = arith.minsi %v5603, %v5605 : i64
        %v5607 = arith.subi %v249, %v5606 : i64
        %v5608 = arith.addi %v5602, %v5607 : i64
        %v5609 = arith.muli %v5600, %v252 : i64
        %v5610 = arith.addi %v5609, %v5094 : i64
        %v5611 = arith.cmpi sge, %v5602, %v53 : i64
        %v5612 = arith.andi %v5604, %v5611 : i1
        %v5613 = arith.andi %v5612, %v5599 : i1
        %v5614 = llvm.getelementptr %v21[%v5610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5615 = llvm.load %v5614 : !llvm.ptr<3> -> f32
        %v5616 = arith.addi %v5093, %v646 : i64
        %v5617 = arith.constant true
        %v5618 = arith.addi %v77, %v5616 : i64
        %v5619 = llvm.getelementptr %v20[%v5618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5620 = llvm.load %v5619 : !llvm.ptr<3> -> i64
        %v5621 = arith.addi %v1686, %v5094 : i64
        %v5622 = arith.cmpi slt, %v5621, %size_L : i64
        %v5623 = arith.subi %size_L, %v2 : i64
        %v5624 = arith.minsi %v5621, %v5623 : i64
        %v5625 = arith.subi %v249, %v5624 : i64
        %v5626 = arith.addi %v5620, %v5625 : i64
        %v5627 = arith.muli %v5618, %v252 : i64
        %v5628 = arith.addi %v5627, %v5094 : i64
        %v5629 = arith.cmpi sge, %v5620, %v53 : i64
        %v5630 = arith.andi %v5622, %v5629 : i1
        %v5631 = arith.andi %v5630, %v5617 : i1
        %v5632 = llvm.getelementptr %v21[%v5628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5633 = llvm.load %v5632 : !llvm.ptr<3> -> f32
        %v5634 = arith.addi %v5093, %v660 : i64
        %v5635 = arith.constant true
        %v5636 = arith.addi %v77, %v5634 : i64
        %v5637 = llvm.getelementptr %v20[%v5636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5638 = llvm.load %v5637 : !llvm.ptr<3> -> i64
        %v5639 = arith.addi %v1686, %v5094 : i64
        %v5640 = arith.cmpi slt, %v5639, %size_L : i64
        %v5641 = arith.subi %size_L, %v2 : i64
        %v5642 = arith.minsi %v5639, %v5641 : i64
        %v5643 = arith.subi %v249, %v5642 : i64
        %v5644 = arith.addi %v5638, %v5643 : i64
        %v5645 = arith.muli %v5636, %v252 : i64
        %v5646 = arith.addi %v5645, %v5094 : i64
        %v5647 = arith.cmpi sge, %v5638, %v53 : i64
        %v5648 = arith.andi %v5640, %v5647 : i1
        %v5649 = arith.andi %v5648, %v5635 : i1
        %v5650 = llvm.getelementptr %v21[%v5646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5651 = llvm.load %v5650 : !llvm.ptr<3> -> f32
        %v5652 = arith.addi %v5093, %v674 : i64
        %v5653 = arith.constant true
        %v5654 = arith.addi %v77, %v5652 : i64
        %v5655 = llvm.getelementptr %v20[%v5654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5656 = llvm.load %v5655 : !llvm.ptr<3> -> i64
        %v5657 = arith.addi %v1686, %v5094 : i64
        %v5658 = arith.cmpi slt, %v5657, %size_L : i64
        %v5659 = arith.subi %size_L, %v2 : i64
        %v5660 = arith.minsi %v5657, %v5659 : i64
        %v5661 = arith.subi %v249, %v5660 : i64
        %v5662 = arith.addi %v5656, %v5661 : i64
        %v5663 = arith.muli %v5654, %v252 : i64
        %v5664 = arith.addi %v5663, %v5094 : i64
        %v5665 = arith.cmpi sge, %v5656, %v53 : i64
        %v5666 = arith.andi %v5658, %v5665 : i1
        %v5667 = arith.andi %v5666, %v5653 : i1
        %v5668 = llvm.getelementptr %v21[%v5664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5669 = llvm.load %v5668 : !llvm.ptr<3> -> f32
        scf.if %v5109 {
          %v5670 = llvm.getelementptr %out_y[%v5104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5111, %v5670 : f32, !llvm.ptr
        }
        scf.if %v5127 {
          %v5671 = llvm.getelementptr %out_y[%v5122] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5129, %v5671 : f32, !llvm.ptr
        }
        scf.if %v5145 {
          %v5672 = llvm.getelementptr %out_y[%v5140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5147, %v5672 : f32, !llvm.ptr
        }
        scf.if %v5163 {
          %v5673 = llvm.getelementptr %out_y[%v5158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5165, %v5673 : f32, !llvm.ptr
        }
        scf.if %v5181 {
          %v5674 = llvm.getelementptr %out_y[%v5176] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5183, %v5674 : f32, !llvm.ptr
        }
        scf.if %v5199 {
          %v5675 = llvm.getelementptr %out_y[%v5194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5201, %v5675 : f32, !llvm.ptr
        }
        scf.if %v5217 {
          %v5676 = llvm.getelementptr %out_y[%v5212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5219, %v5676 : f32, !llvm.ptr
        }
        scf.if %v5235 {
          %v5677 = llvm.getelementptr %out_y[%v5230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5237, %v5677 : f32, !llvm.ptr
        }
        scf.if %v5253 {
          %v5678 = llvm.getelementptr %out_y[%v5248] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5255, %v5678 : f32, !llvm.ptr
        }
        scf.if %v5271 {
          %v5679 = llvm.getelementptr %out_y[%v5266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5273, %v5679 : f32, !llvm.ptr
        }
        scf.if %v5289 {
          %v5680 = llvm.getelementptr %out_y[%v5284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5291, %v5680 : f32, !llvm.ptr
        }
        scf.if %v5307 {
          %v5681 = llvm.getelementptr %out_y[%v5302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5309, %v5681 : f32, !llvm.ptr
        }
        scf.if %v5325 {
          %v5682 = llvm.getelementptr %out_y[%v5320] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5327, %v5682 : f32, !llvm.ptr
        }
        scf.if %v5343 {
          %v5683 = llvm.getelementptr %out_y[%v5338] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5345, %v5683 : f32, !llvm.ptr
        }
        scf.if %v5361 {
          %v5684 = llvm.getelementptr %out_y[%v5356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5363, %v5684 : f32, !llvm.ptr
        }
        scf.if %v5379 {
          %v5685 = llvm.getelementptr %out_y[%v5374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5381, %v5685 : f32, !llvm.ptr
        }
        scf.if %v5397 {
          %v5686 = llvm.getelementptr %out_y[%v5392] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5399, %v5686 : f32, !llvm.ptr
        }
        scf.if %v5415 {
          %v5687 = llvm.getelementptr %out_y[%v5410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5417, %v5687 : f32, !llvm.ptr
        }
        scf.if %v5433 {
          %v5688 = llvm.getelementptr %out_y[%v5428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5435, %v5688 : f32, !llvm.ptr
        }
        scf.if %v5451 {
          %v5689 = llvm.getelementptr %out_y[%v5446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5453, %v5689 : f32, !llvm.ptr
        }
        scf.if %v5469 {
          %v5690 = llvm.getelementptr %out_y[%v5464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5471, %v5690 : f32, !llvm.ptr
        }
        scf.if %v5487 {
          %v5691 = llvm.getelementptr %out_y[%v5482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5489, %v5691 : f32, !llvm.ptr
        }
        scf.if %v5505 {
          %v5692 = llvm.getelementptr %out_y[%v5500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5507, %v5692 : f32, !llvm.ptr
        }
        scf.if %v5523 {
          %v5693 = llvm.getelementptr %out_y[%v5518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5525, %v5693 : f32, !llvm.ptr
        }
        scf.if %v5541 {
          %v5694 = llvm.getelementptr %out_y[%v5536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5543, %v5694 : f32, !llvm.ptr
        }
        scf.if %v5559 {
          %v5695 = llvm.getelementptr %out_y[%v5554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5561, %v5695 : f32, !llvm.ptr
        }
        scf.if %v5577 {
          %v5696 = llvm.getelementptr %out_y[%v5572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5579, %v5696 : f32, !llvm.ptr
        }
        scf.if %v5595 {
          %v5697 = llvm.getelementptr %out_y[%v5590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5597, %v5697 : f32, !llvm.ptr
        }
        scf.if %v5613 {
          %v5698 = llvm.getelementptr %out_y[%v5608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5615, %v5698 : f32, !llvm.ptr
        }
        scf.if %v5631 {
          %v5699 = llvm.getelementptr %out_y[%v5626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5633, %v5699 : f32, !llvm.ptr
        }
        scf.if %v5649 {
          %v5700 = llvm.getelementptr %out_y[%v5644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5651, %v5700 : f32, !llvm.ptr
        }
        scf.if %v5667 {
          %v5701 = llvm.getelementptr %out_y[%v5662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5669, %v5701 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v5702 = llvm.load %v4 : !llvm.ptr -> f32
      %v5703 = llvm.load %v5 : !llvm.ptr -> f32
      %v5704 = llvm.load %v6 : !llvm.ptr -> f32
      %v5705 = llvm.load %v7 : !llvm.ptr -> f32
      %v5706 = llvm.load %v8 : !llvm.ptr -> f32
      %v5707 = llvm.load %v9 : !llvm.ptr -> f32
      %v5708 = llvm.load %v10 : !llvm.ptr -> f32
      %v5709 = llvm.load %v11 : !llvm.ptr -> f32
      %v5710 = llvm.load %v12 : !llvm.ptr -> f32
      %v5711 = llvm.load %v13 : !llvm.ptr -> f32
      %v5712 = llvm.load %v14 : !llvm.ptr -> f32
      %v5713 = llvm.load %v15 : !llvm.ptr -> f32
      %v5714 = llvm.load %v16 : !llvm.ptr -> f32
      %v5715 = llvm.load %v17 : !llvm.ptr -> f32
      %v5716 = llvm.load %v18 : !llvm.ptr -> f32
      %v5717 = llvm.load %v19 : !llvm.ptr -> f32
      scf.if %v39 {
        %v5718 = arith.muli %v47, %v80 : i64
        %v5719 = arith.muli %v45, %v1 : i64
        %v5720 = arith.addi %v5718, %v5719 : i64
        %v5721 = llvm.getelementptr %out_h_first[%v5720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5702, %v5721 : f32, !llvm.ptr
        %v5722 = arith.muli %v47, %v80 : i64
        %v5723 = arith.muli %v45, %v1 : i64
        %v5724 = arith.addi %v5722, %v5723 : i64
        %v5725 = arith.constant 1 : i64
        %v5726 = arith.addi %v5724, %v5725 : i64
        %v5727 = llvm.getelementptr %out_h_first[%v5726] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5703, %v5727 : f32, !llvm.ptr
        %v5728 = arith.muli %v47, %v80 : i64
        %v5729 = arith.muli %v45, %v1 : i64
        %v5730 = arith.addi %v5728, %v5729 : i64
        %v5731 = arith.constant 2 : i64
        %v5732 = arith.addi %v5730, %v5731 : i64
        %v5733 = llvm.getelementptr %out_h_first[%v5732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5704, %v5733 : f32, !llvm.ptr
        %v5734 = arith.muli %v47, %v80 : i64
        %v5735 = arith.muli %v45, %v1 : i64
        %v5736 = arith.addi %v5734, %v5735 : i64
        %v5737 = arith.constant 3 : i64
        %v5738 = arith.addi %v5736, %v5737 : i64
        %v5739 = llvm.getelementptr %out_h_first[%v5738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5705, %v5739 : f32, !llvm.ptr
        %v5740 = arith.muli %v47, %v80 : i64
        %v5741 = arith.muli %v45, %v1 : i64
        %v5742 = arith.addi %v5740, %v5741 : i64
        %v5743 = arith.constant 4 : i64
        %v5744 = arith.addi %v5742, %v5743 : i64
        %v5745 = llvm.getelementptr %out_h_first[%v5744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5706, %v5745 : f32, !llvm.ptr
        %v5746 = arith.muli %v47, %v80 : i64
        %v5747 = arith.muli %v45, %v1 : i64
        %v5748 = arith.addi %v5746, %v5747 : i64
        %v5749 = arith.constant 5 : i64
        %v5750 = arith.addi %v5748, %v5749 : i64
        %v5751 = llvm.getelementptr %out_h_first[%v5750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5707, %v5751 : f32, !llvm.ptr
        %v5752 = arith.muli %v47, %v80 : i64
        %v5753 = arith.muli %v45, %v1 : i64
        %v5754 = arith.addi %v5752, %v5753 : i64
        %v5755 = arith.constant 6 : i64
        %v5756 = arith.addi %v5754, %v5755 : i64
        %v5757 = llvm.getelementptr %out_h_first[%v5756] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5708, %v5757 : f32, !llvm.ptr
        %v5758 = arith.muli %v47, %v80 : i64
        %v5759 = arith.muli %v45, %v1 : i64
        %v5760 = arith.addi %v5758, %v5759 : i64
        %v5761 = arith.constant 7 : i64
        %v5762 = arith.addi %v5760, %v5761 : i64
        %v5763 = llvm.getelementptr %out_h_first[%v5762] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5709, %v5763 : f32, !llvm.ptr
        %v5764 = arith.muli %v47, %v80 : i64
        %v5765 = arith.muli %v45, %v1 : i64
        %v5766 = arith.addi %v5764, %v5765 : i64
        %v5767 = arith.constant 8 : i64
        %v5768 = arith.addi %v5766, %v5767 : i64
        %v5769 = llvm.getelementptr %out_h_first[%v5768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5710, %v5769 : f32, !llvm.ptr
        %v5770 = arith.muli %v47, %v80 : i64
        %v5771 = arith.muli %v45, %v1 : i64
        %v5772 = arith.addi %v5770, %v5771 : i64
        %v5773 = arith.constant 9 : i64
        %v5774 = arith.addi %v5772, %v5773 : i64
        %v5775 = llvm.getelementptr %out_h_first[%v5774] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5711, %v5775 : f32, !llvm.ptr
        %v5776 = arith.muli %v47, %v80 : i64
        %v5777 = arith.muli %v45, %v1 : i64
        %v5778 = arith.addi %v5776, %v5777 : i64
        %v5779 = arith.constant 10 : i64
        %v5780 = arith.addi %v5778, %v5779 : i64
        %v5781 = llvm.getelementptr %out_h_first[%v5780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5712, %v5781 : f32, !llvm.ptr
        %v5782 = arith.muli %v47, %v80 : i64
        %v5783 = arith.muli %v45, %v1 : i64
        %v5784 = arith.addi %v5782, %v5783 : i64
        %v5785 = arith.constant 11 : i64
        %v5786 = arith.addi %v5784, %v5785 : i64
        %v5787 = llvm.getelementptr %out_h_first[%v5786] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5713, %v5787 : f32, !llvm.ptr
        %v5788 = arith.muli %v47, %v80 : i64
        %v5789 = arith.muli %v45, %v1 : i64
        %v5790 = arith.addi %v5788, %v5789 : i64
        %v5791 = arith.constant 12 : i64
        %v5792 = arith.addi %v5790, %v5791 : i64
        %v5793 = llvm.getelementptr %out_h_first[%v5792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5714, %v5793 : f32, !llvm.ptr
        %v5794 = arith.muli %v47, %v80 : i64
        %v5795 = arith.muli %v45, %v1 : i64
        %v5796 = arith.addi %v5794, %v5795 : i64
        %v5797 = arith.constant 13 : i64
        %v5798 = arith.addi %v5796, %v5797 : i64
        %v5799 = llvm.getelementptr %out_h_first[%v5798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5715, %v5799 : f32, !llvm.ptr
        %v5800 = arith.muli %v47, %v80 : i64
        %v5801 = arith.muli %v45, %v1 : i64
        %v5802 = arith.addi %v5800, %v5801 : i64
        %v5803 = arith.constant 14 : i64
        %v5804 = arith.addi %v5802, %v5803 : i64
        %v5805 = llvm.getelementptr %out_h_first[%v5804] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5716, %v5805 : f32, !llvm.ptr
        %v5806 = arith.muli %v47, %v80 : i64
        %v5807 = arith.muli %v45, %v1 : i64
        %v5808 = arith.addi %v5806, %v5807 : i64
        %v5809 = arith.constant 15 : i64
        %v5810 = arith.addi %v5808, %v5809 : i64
        %v5811 = llvm.getelementptr %out_h_first[%v5810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5717, %v5811 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
