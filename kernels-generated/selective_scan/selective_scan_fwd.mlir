module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
    llvm.mlir.global internal @rows_selective_scan_fwd_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    llvm.mlir.global internal @rows_selective_scan_fwd_Cm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_fwd(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %out_y: !llvm.ptr, %out_h_last: !llvm.ptr, %ckpt_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v21 = llvm.mlir.addressof @rows_selective_scan_fwd : !llvm.ptr<3>
      %v22 = llvm.mlir.addressof @smem_selective_scan_fwd : !llvm.ptr<3>
      %v23 = arith.constant 255 : i64
      %v24 = arith.addi %size_L, %v23 : i64
      %v25 = arith.constant 256 : i64
      %v26 = arith.divui %v24, %v25 : i64
      %v31 = arith.constant 64 : i64
      %v32 = arith.constant 63 : i64
      %v50 = llvm.mlir.addressof @rows_selective_scan_fwd_Bm : !llvm.ptr<3>
      %v51 = llvm.addrspacecast %v50 : !llvm.ptr<3> to !llvm.ptr
      %v52 = llvm.mlir.addressof @rows_selective_scan_fwd_Cm : !llvm.ptr<3>
      %v53 = llvm.addrspacecast %v52 : !llvm.ptr<3> to !llvm.ptr
      %v54 = arith.constant 0 : i64
      %v55 = arith.muli %v2, %size_L : i64
      %v56 = arith.muli %v55, %size_D : i64
      %v78 = arith.constant 2 : i64
      %v87 = arith.constant -1 : i64
      %v89 = arith.constant 3 : i64
      %v93 = arith.muli %v2, %v1 : i64
      %v94 = arith.muli %v93, %size_D : i64
      %v103 = arith.constant 0x00000000 : f32
      %v269 = arith.constant 32 : i64
      %v282 = arith.constant 33 : i64
      %v301 = arith.constant 4 : i64
      %v316 = arith.constant 6 : i64
      %v331 = arith.constant 8 : i64
      %v346 = arith.constant 10 : i64
      %v361 = arith.constant 12 : i64
      %v376 = arith.constant 14 : i64
      %v405 = arith.constant 18 : i64
      %v420 = arith.constant 20 : i64
      %v435 = arith.constant 22 : i64
      %v450 = arith.constant 24 : i64
      %v465 = arith.constant 26 : i64
      %v480 = arith.constant 28 : i64
      %v495 = arith.constant 30 : i64
      %v524 = arith.constant 34 : i64
      %v539 = arith.constant 36 : i64
      %v554 = arith.constant 38 : i64
      %v569 = arith.constant 40 : i64
      %v584 = arith.constant 42 : i64
      %v599 = arith.constant 44 : i64
      %v614 = arith.constant 46 : i64
      %v629 = arith.constant 48 : i64
      %v644 = arith.constant 50 : i64
      %v659 = arith.constant 52 : i64
      %v674 = arith.constant 54 : i64
      %v689 = arith.constant 56 : i64
      %v704 = arith.constant 58 : i64
      %v719 = arith.constant 60 : i64
      %v734 = arith.constant 62 : i64
      %v1267 = arith.constant 128 : i64
      %v1752 = arith.constant 512 : i64
      %v1764 = arith.muli %v2, %size_L : i64
      %v1765 = arith.muli %v1764, %v1 : i64
      %v1773 = arith.constant 65 : i64
      %v1804 = arith.muli %v2, %size_B : i64
      %v1805 = arith.muli %v1804, %size_D : i64
      %v1806 = arith.muli %v1805, %v1 : i64
      %v3337 = arith.constant 5 : i64
      %v3348 = arith.constant 7 : i64
      %v3359 = arith.constant 9 : i64
      %v3370 = arith.constant 11 : i64
      %v3381 = arith.constant 13 : i64
      %v3392 = arith.constant 15 : i64
      %v3640 = arith.muli %v2, %v1 : i64
      %v3644 = arith.constant 0x3FB8AA3B : f32
      %v3661 = arith.constant 0x3F800000 : f32
      %v3664 = arith.constant 0x3F317218 : f32
      %v3666 = arith.constant 0x3E124925 : f32
      %v3668 = arith.constant 0xBE2AAAAB : f32
      %v3671 = arith.constant 0x3E4CCCCD : f32
      %v3674 = arith.constant 0xBE800000 : f32
      %v3677 = arith.constant 0x3EAAAAAB : f32
      %v3680 = arith.constant 0xBF000000 : f32
      %v3686 = arith.constant 0x3D800000 : f32
      %v4593 = arith.constant 192 : i64
      %v4608 = arith.constant 320 : i64
      %v4616 = arith.constant 384 : i64
      %v4624 = arith.constant 448 : i64
      %v4639 = arith.constant 576 : i64
      %v4647 = arith.constant 640 : i64
      %v4655 = arith.constant 704 : i64
      %v4663 = arith.constant 768 : i64
      %v4671 = arith.constant 832 : i64
      %v4679 = arith.constant 896 : i64
      %v4687 = arith.constant 960 : i64
      %v4695 = arith.constant 1024 : i64
      %v4703 = arith.constant 1088 : i64
      %v4711 = arith.constant 1152 : i64
      %v4719 = arith.constant 1216 : i64
      %v4727 = arith.constant 1280 : i64
      %v4735 = arith.constant 1344 : i64
      %v4743 = arith.constant 1408 : i64
      %v4751 = arith.constant 1472 : i64
      %v4759 = arith.constant 1536 : i64
      %v4767 = arith.constant 1600 : i64
      %v4775 = arith.constant 1664 : i64
      %v4783 = arith.constant 1728 : i64
      %v4791 = arith.constant 1792 : i64
      %v4799 = arith.constant 1856 : i64
      %v4807 = arith.constant 1920 : i64
      %v4815 = arith.constant 1984 : i64
      %v27 = gpu.block_id x
      %v28 = gpu.thread_id x
      %v29 = arith.index_cast %v28 : index to i64
      %v30 = arith.index_cast %v27 : index to i64
      %v33 = arith.addi %size_D, %v32 : i64
      %v34 = arith.divui %v33, %v31 : i64
      %v35 = arith.maxsi %v34, %v2 : i64
      %v36 = arith.divui %v30, %v35 : i64
      %v37 = arith.remui %v30, %v35 : i64
      %v38 = arith.muli %v37, %v31 : i64
      %v39 = arith.addi %v38, %v29 : i64
      %v40 = arith.cmpi slt, %v39, %size_D : i64
      %v41 = arith.muli %v36, %size_D : i64
      %v42 = arith.addi %v41, %v39 : i64
      %v43 = arith.subi %size_D, %v2 : i64
      %v44 = arith.minsi %v39, %v43 : i64
      %v45 = arith.addi %v41, %v44 : i64
      %v46 = arith.remui %v45, %size_D : i64
      %v47 = arith.divui %v45, %size_D : i64
      %v48 = arith.remui %v47, %size_B : i64
      %v49 = arith.divui %v47, %size_B : i64
      %v3641 = arith.muli %v46, %v3640 : i64
      %v3642 = llvm.getelementptr %in_A[%v3641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3643 = llvm.load %v3642 : !llvm.ptr -> f32
      %v3645 = arith.mulf %v3643, %v3644 fastmath<contract> : f32
      %v3652 = arith.muli %v46, %v2 : i64
      %v3653 = llvm.getelementptr %in_dt_bias[%v3652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3654 = llvm.load %v3653 : !llvm.ptr -> f32
      %v3703 = arith.muli %v46, %v3640 : i64
      %v3704 = arith.constant 1 : i64
      %v3705 = arith.muli %v3704, %v2 : i64
      %v3706 = arith.addi %v3703, %v3705 : i64
      %v3707 = llvm.getelementptr %in_A[%v3706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3708 = llvm.load %v3707 : !llvm.ptr -> f32
      %v3709 = arith.mulf %v3708, %v3644 fastmath<contract> : f32
      %v3716 = arith.muli %v46, %v3640 : i64
      %v3717 = arith.constant 2 : i64
      %v3718 = arith.muli %v3717, %v2 : i64
      %v3719 = arith.addi %v3716, %v3718 : i64
      %v3720 = llvm.getelementptr %in_A[%v3719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3721 = llvm.load %v3720 : !llvm.ptr -> f32
      %v3722 = arith.mulf %v3721, %v3644 fastmath<contract> : f32
      %v3729 = arith.muli %v46, %v3640 : i64
      %v3730 = arith.constant 3 : i64
      %v3731 = arith.muli %v3730, %v2 : i64
      %v3732 = arith.addi %v3729, %v3731 : i64
      %v3733 = llvm.getelementptr %in_A[%v3732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3734 = llvm.load %v3733 : !llvm.ptr -> f32
      %v3735 = arith.mulf %v3734, %v3644 fastmath<contract> : f32
      %v3742 = arith.muli %v46, %v3640 : i64
      %v3743 = arith.constant 4 : i64
      %v3744 = arith.muli %v3743, %v2 : i64
      %v3745 = arith.addi %v3742, %v3744 : i64
      %v3746 = llvm.getelementptr %in_A[%v3745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3747 = llvm.load %v3746 : !llvm.ptr -> f32
      %v3748 = arith.mulf %v3747, %v3644 fastmath<contract> : f32
      %v3755 = arith.muli %v46, %v3640 : i64
      %v3756 = arith.constant 5 : i64
      %v3757 = arith.muli %v3756, %v2 : i64
      %v3758 = arith.addi %v3755, %v3757 : i64
      %v3759 = llvm.getelementptr %in_A[%v3758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3760 = llvm.load %v3759 : !llvm.ptr -> f32
      %v3761 = arith.mulf %v3760, %v3644 fastmath<contract> : f32
      %v3768 = arith.muli %v46, %v3640 : i64
      %v3769 = arith.constant 6 : i64
      %v3770 = arith.muli %v3769, %v2 : i64
      %v3771 = arith.addi %v3768, %v3770 : i64
      %v3772 = llvm.getelementptr %in_A[%v3771] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3773 = llvm.load %v3772 : !llvm.ptr -> f32
      %v3774 = arith.mulf %v3773, %v3644 fastmath<contract> : f32
      %v3781 = arith.muli %v46, %v3640 : i64
      %v3782 = arith.constant 7 : i64
      %v3783 = arith.muli %v3782, %v2 : i64
      %v3784 = arith.addi %v3781, %v3783 : i64
      %v3785 = llvm.getelementptr %in_A[%v3784] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3786 = llvm.load %v3785 : !llvm.ptr -> f32
      %v3787 = arith.mulf %v3786, %v3644 fastmath<contract> : f32
      %v3794 = arith.muli %v46, %v3640 : i64
      %v3795 = arith.constant 8 : i64
      %v3796 = arith.muli %v3795, %v2 : i64
      %v3797 = arith.addi %v3794, %v3796 : i64
      %v3798 = llvm.getelementptr %in_A[%v3797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3799 = llvm.load %v3798 : !llvm.ptr -> f32
      %v3800 = arith.mulf %v3799, %v3644 fastmath<contract> : f32
      %v3807 = arith.muli %v46, %v3640 : i64
      %v3808 = arith.constant 9 : i64
      %v3809 = arith.muli %v3808, %v2 : i64
      %v3810 = arith.addi %v3807, %v3809 : i64
      %v3811 = llvm.getelementptr %in_A[%v3810] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3812 = llvm.load %v3811 : !llvm.ptr -> f32
      %v3813 = arith.mulf %v3812, %v3644 fastmath<contract> : f32
      %v3820 = arith.muli %v46, %v3640 : i64
      %v3821 = arith.constant 10 : i64
      %v3822 = arith.muli %v3821, %v2 : i64
      %v3823 = arith.addi %v3820, %v3822 : i64
      %v3824 = llvm.getelementptr %in_A[%v3823] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3825 = llvm.load %v3824 : !llvm.ptr -> f32
      %v3826 = arith.mulf %v3825, %v3644 fastmath<contract> : f32
      %v3833 = arith.muli %v46, %v3640 : i64
      %v3834 = arith.constant 11 : i64
      %v3835 = arith.muli %v3834, %v2 : i64
      %v3836 = arith.addi %v3833, %v3835 : i64
      %v3837 = llvm.getelementptr %in_A[%v3836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3838 = llvm.load %v3837 : !llvm.ptr -> f32
      %v3839 = arith.mulf %v3838, %v3644 fastmath<contract> : f32
      %v3846 = arith.muli %v46, %v3640 : i64
      %v3847 = arith.constant 12 : i64
      %v3848 = arith.muli %v3847, %v2 : i64
      %v3849 = arith.addi %v3846, %v3848 : i64
      %v3850 = llvm.getelementptr %in_A[%v3849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3851 = llvm.load %v3850 : !llvm.ptr -> f32
      %v3852 = arith.mulf %v3851, %v3644 fastmath<contract> : f32
      %v3859 = arith.muli %v46, %v3640 : i64
      %v3860 = arith.constant 13 : i64
      %v3861 = arith.muli %v3860, %v2 : i64
      %v3862 = arith.addi %v3859, %v3861 : i64
      %v3863 = llvm.getelementptr %in_A[%v3862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3864 = llvm.load %v3863 : !llvm.ptr -> f32
      %v3865 = arith.mulf %v3864, %v3644 fastmath<contract> : f32
      %v3872 = arith.muli %v46, %v3640 : i64
      %v3873 = arith.constant 14 : i64
      %v3874 = arith.muli %v3873, %v2 : i64
      %v3875 = arith.addi %v3872, %v3874 : i64
      %v3876 = llvm.getelementptr %in_A[%v3875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3877 = llvm.load %v3876 : !llvm.ptr -> f32
      %v3878 = arith.mulf %v3877, %v3644 fastmath<contract> : f32
      %v3885 = arith.muli %v46, %v3640 : i64
      %v3886 = arith.constant 15 : i64
      %v3887 = arith.muli %v3886, %v2 : i64
      %v3888 = arith.addi %v3885, %v3887 : i64
      %v3889 = llvm.getelementptr %in_A[%v3888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3890 = llvm.load %v3889 : !llvm.ptr -> f32
      %v3891 = arith.mulf %v3890, %v3644 fastmath<contract> : f32
      %v3945 = arith.muli %v46, %v2 : i64
      %v3946 = llvm.getelementptr %in_Dskip[%v3945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3947 = llvm.load %v3946 : !llvm.ptr -> f32
      %v3969 = arith.mulf %v3643, %v3644 fastmath<contract> : f32
      %v4015 = arith.mulf %v3708, %v3644 fastmath<contract> : f32
      %v4022 = arith.mulf %v3721, %v3644 fastmath<contract> : f32
      %v4029 = arith.mulf %v3734, %v3644 fastmath<contract> : f32
      %v4036 = arith.mulf %v3747, %v3644 fastmath<contract> : f32
      %v4043 = arith.mulf %v3760, %v3644 fastmath<contract> : f32
      %v4050 = arith.mulf %v3773, %v3644 fastmath<contract> : f32
      %v4057 = arith.mulf %v3786, %v3644 fastmath<contract> : f32
      %v4064 = arith.mulf %v3799, %v3644 fastmath<contract> : f32
      %v4071 = arith.mulf %v3812, %v3644 fastmath<contract> : f32
      %v4078 = arith.mulf %v3825, %v3644 fastmath<contract> : f32
      %v4085 = arith.mulf %v3838, %v3644 fastmath<contract> : f32
      %v4092 = arith.mulf %v3851, %v3644 fastmath<contract> : f32
      %v4099 = arith.mulf %v3864, %v3644 fastmath<contract> : f32
      %v4106 = arith.mulf %v3877, %v3644 fastmath<contract> : f32
      %v4113 = arith.mulf %v3890, %v3644 fastmath<contract> : f32
      %v4194 = arith.mulf %v3643, %v3644 fastmath<contract> : f32
      %v4245 = arith.mulf %v3708, %v3644 fastmath<contract> : f32
      %v4257 = arith.mulf %v3721, %v3644 fastmath<contract> : f32
      %v4269 = arith.mulf %v3734, %v3644 fastmath<contract> : f32
      %v4281 = arith.mulf %v3747, %v3644 fastmath<contract> : f32
      %v4293 = arith.mulf %v3760, %v3644 fastmath<contract> : f32
      %v4305 = arith.mulf %v3773, %v3644 fastmath<contract> : f32
      %v4317 = arith.mulf %v3786, %v3644 fastmath<contract> : f32
      %v4329 = arith.mulf %v3799, %v3644 fastmath<contract> : f32
      %v4341 = arith.mulf %v3812, %v3644 fastmath<contract> : f32
      %v4353 = arith.mulf %v3825, %v3644 fastmath<contract> : f32
      %v4365 = arith.mulf %v3838, %v3644 fastmath<contract> : f32
      %v4377 = arith.mulf %v3851, %v3644 fastmath<contract> : f32
      %v4389 = arith.mulf %v3864, %v3644 fastmath<contract> : f32
      %v4401 = arith.mulf %v3877, %v3644 fastmath<contract> : f32
      %v4413 = arith.mulf %v3890, %v3644 fastmath<contract> : f32
      %v57 = arith.muli %v48, %v56 : i64
      %v58 = arith.muli %v46, %v55 : i64
      %v59 = arith.addi %v57, %v58 : i64
      %v60 = arith.muli %v54, %v2 : i64
      %v61 = arith.addi %v59, %v60 : i64
      %v62 = arith.muli %v54, %v31 : i64
      %v63 = arith.addi %v62, %v29 : i64
      %v64 = llvm.getelementptr %v21[%v63] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v61, %v64 : i64, !llvm.ptr<3>
      %v65 = arith.muli %v48, %v56 : i64
      %v66 = arith.muli %v46, %v55 : i64
      %v67 = arith.addi %v65, %v66 : i64
      %v68 = arith.muli %v54, %v2 : i64
      %v69 = arith.addi %v67, %v68 : i64
      %v70 = arith.muli %v2, %v31 : i64
      %v71 = arith.addi %v70, %v29 : i64
      %v72 = llvm.getelementptr %v21[%v71] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v69, %v72 : i64, !llvm.ptr<3>
      %v73 = arith.muli %v48, %v56 : i64
      %v74 = arith.muli %v46, %v55 : i64
      %v75 = arith.addi %v73, %v74 : i64
      %v76 = arith.muli %v54, %v2 : i64
      %v77 = arith.addi %v75, %v76 : i64
      %v79 = arith.muli %v78, %v31 : i64
      %v80 = arith.addi %v79, %v29 : i64
      %v81 = llvm.getelementptr %v21[%v80] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v77, %v81 : i64, !llvm.ptr<3>
      %v82 = arith.muli %v48, %v56 : i64
      %v83 = arith.muli %v46, %v55 : i64
      %v84 = arith.addi %v82, %v83 : i64
      %v85 = arith.muli %v54, %v2 : i64
      %v86 = arith.addi %v84, %v85 : i64
      %v88 = arith.select %v40, %v86, %v87 : i64
      %v90 = arith.muli %v89, %v31 : i64
      %v91 = arith.addi %v90, %v29 : i64
      %v92 = llvm.getelementptr %v21[%v91] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v88, %v92 : i64, !llvm.ptr<3>
      gpu.barrier
      %v95 = arith.muli %v48, %v94 : i64
      %v96 = arith.muli %v46, %v93 : i64
      %v97 = arith.addi %v95, %v96 : i64
      %v98 = llvm.mlir.zero : !llvm.ptr
      %v99 = llvm.icmp "ne" %in_h0, %v98 : !llvm.ptr
      %v100 = scf.if %v99 -> (f32) {
        %v101 = llvm.getelementptr %in_h0[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v102 = llvm.load %v101 : !llvm.ptr -> f32
        scf.yield %v102 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v100, %v5 : f32, !llvm.ptr
      %v104 = arith.muli %v48, %v94 : i64
      %v105 = arith.muli %v46, %v93 : i64
      %v106 = arith.addi %v104, %v105 : i64
      %v107 = arith.constant 1 : i64
      %v108 = arith.muli %v107, %v2 : i64
      %v109 = arith.addi %v106, %v108 : i64
      %v110 = llvm.mlir.zero : !llvm.ptr
      %v111 = llvm.icmp "ne" %in_h0, %v110 : !llvm.ptr
      %v112 = scf.if %v111 -> (f32) {
        %v113 = llvm.getelementptr %in_h0[%v109] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v114 = llvm.load %v113 : !llvm.ptr -> f32
        scf.yield %v114 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v112, %v6 : f32, !llvm.ptr
      %v115 = arith.muli %v48, %v94 : i64
      %v116 = arith.muli %v46, %v93 : i64
      %v117 = arith.addi %v115, %v116 : i64
      %v118 = arith.constant 2 : i64
      %v119 = arith.muli %v118, %v2 : i64
      %v120 = arith.addi %v117, %v119 : i64
      %v121 = llvm.mlir.zero : !llvm.ptr
      %v122 = llvm.icmp "ne" %in_h0, %v121 : !llvm.ptr
      %v123 = scf.if %v122 -> (f32) {
        %v124 = llvm.getelementptr %in_h0[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v125 = llvm.load %v124 : !llvm.ptr -> f32
        scf.yield %v125 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v123, %v7 : f32, !llvm.ptr
      %v126 = arith.muli %v48, %v94 : i64
      %v127 = arith.muli %v46, %v93 : i64
      %v128 = arith.addi %v126, %v127 : i64
      %v129 = arith.constant 3 : i64
      %v130 = arith.muli %v129, %v2 : i64
      %v131 = arith.addi %v128, %v130 : i64
      %v132 = llvm.mlir.zero : !llvm.ptr
      %v133 = llvm.icmp "ne" %in_h0, %v132 : !llvm.ptr
      %v134 = scf.if %v133 -> (f32) {
        %v135 = llvm.getelementptr %in_h0[%v131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v136 = llvm.load %v135 : !llvm.ptr -> f32
        scf.yield %v136 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v134, %v8 : f32, !llvm.ptr
      %v137 = arith.muli %v48, %v94 : i64
      %v138 = arith.muli %v46, %v93 : i64
      %v139 = arith.addi %v137, %v138 : i64
      %v140 = arith.constant 4 : i64
      %v141 = arith.muli %v140, %v2 : i64
      %v142 = arith.addi %v139, %v141 : i64
      %v143 = llvm.mlir.zero : !llvm.ptr
      %v144 = llvm.icmp "ne" %in_h0, %v143 : !llvm.ptr
      %v145 = scf.if %v144 -> (f32) {
        %v146 = llvm.getelementptr %in_h0[%v142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v147 = llvm.load %v146 : !llvm.ptr -> f32
        scf.yield %v147 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v145, %v9 : f32, !llvm.ptr
      %v148 = arith.muli %v48, %v94 : i64
      %v149 = arith.muli %v46, %v93 : i64
      %v150 = arith.addi %v148, %v149 : i64
      %v151 = arith.constant 5 : i64
      %v152 = arith.muli %v151, %v2 : i64
      %v153 = arith.addi %v150, %v152 : i64
      %v154 = llvm.mlir.zero : !llvm.ptr
      %v155 = llvm.icmp "ne" %in_h0, %v154 : !llvm.ptr
      %v156 = scf.if %v155 -> (f32) {
        %v157 = llvm.getelementptr %in_h0[%v153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v158 = llvm.load %v157 : !llvm.ptr -> f32
        scf.yield %v158 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v156, %v10 : f32, !llvm.ptr
      %v159 = arith.muli %v48, %v94 : i64
      %v160 = arith.muli %v46, %v93 : i64
      %v161 = arith.addi %v159, %v160 : i64
      %v162 = arith.constant 6 : i64
      %v163 = arith.muli %v162, %v2 : i64
      %v164 = arith.addi %v161, %v163 : i64
      %v165 = llvm.mlir.zero : !llvm.ptr
      %v166 = llvm.icmp "ne" %in_h0, %v165 : !llvm.ptr
      %v167 = scf.if %v166 -> (f32) {
        %v168 = llvm.getelementptr %in_h0[%v164] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v169 = llvm.load %v168 : !llvm.ptr -> f32
        scf.yield %v169 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v167, %v11 : f32, !llvm.ptr
      %v170 = arith.muli %v48, %v94 : i64
      %v171 = arith.muli %v46, %v93 : i64
      %v172 = arith.addi %v170, %v171 : i64
      %v173 = arith.constant 7 : i64
      %v174 = arith.muli %v173, %v2 : i64
      %v175 = arith.addi %v172, %v174 : i64
      %v176 = llvm.mlir.zero : !llvm.ptr
      %v177 = llvm.icmp "ne" %in_h0, %v176 : !llvm.ptr
      %v178 = scf.if %v177 -> (f32) {
        %v179 = llvm.getelementptr %in_h0[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v180 = llvm.load %v179 : !llvm.ptr -> f32
        scf.yield %v180 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v178, %v12 : f32, !llvm.ptr
      %v181 = arith.muli %v48, %v94 : i64
      %v182 = arith.muli %v46, %v93 : i64
      %v183 = arith.addi %v181, %v182 : i64
      %v184 = arith.constant 8 : i64
      %v185 = arith.muli %v184, %v2 : i64
      %v186 = arith.addi %v183, %v185 : i64
      %v187 = llvm.mlir.zero : !llvm.ptr
      %v188 = llvm.icmp "ne" %in_h0, %v187 : !llvm.ptr
      %v189 = scf.if %v188 -> (f32) {
        %v190 = llvm.getelementptr %in_h0[%v186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v191 = llvm.load %v190 : !llvm.ptr -> f32
        scf.yield %v191 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v189, %v13 : f32, !llvm.ptr
      %v192 = arith.muli %v48, %v94 : i64
      %v193 = arith.muli %v46, %v93 : i64
      %v194 = arith.addi %v192, %v193 : i64
      %v195 = arith.constant 9 : i64
      %v196 = arith.muli %v195, %v2 : i64
      %v197 = arith.addi %v194, %v196 : i64
      %v198 = llvm.mlir.zero : !llvm.ptr
      %v199 = llvm.icmp "ne" %in_h0, %v198 : !llvm.ptr
      %v200 = scf.if %v199 -> (f32) {
        %v201 = llvm.getelementptr %in_h0[%v197] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v202 = llvm.load %v201 : !llvm.ptr -> f32
        scf.yield %v202 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v200, %v14 : f32, !llvm.ptr
      %v203 = arith.muli %v48, %v94 : i64
      %v204 = arith.muli %v46, %v93 : i64
      %v205 = arith.addi %v203, %v204 : i64
      %v206 = arith.constant 10 : i64
      %v207 = arith.muli %v206, %v2 : i64
      %v208 = arith.addi %v205, %v207 : i64
      %v209 = llvm.mlir.zero : !llvm.ptr
      %v210 = llvm.icmp "ne" %in_h0, %v209 : !llvm.ptr
      %v211 = scf.if %v210 -> (f32) {
        %v212 = llvm.getelementptr %in_h0[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v213 = llvm.load %v212 : !llvm.ptr -> f32
        scf.yield %v213 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v211, %v15 : f32, !llvm.ptr
      %v214 = arith.muli %v48, %v94 : i64
      %v215 = arith.muli %v46, %v93 : i64
      %v216 = arith.addi %v214, %v215 : i64
      %v217 = arith.constant 11 : i64
      %v218 = arith.muli %v217, %v2 : i64
      %v219 = arith.addi %v216, %v218 : i64
      %v220 = llvm.mlir.zero : !llvm.ptr
      %v221 = llvm.icmp "ne" %in_h0, %v220 : !llvm.ptr
      %v222 = scf.if %v221 -> (f32) {
        %v223 = llvm.getelementptr %in_h0[%v219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v224 = llvm.load %v223 : !llvm.ptr -> f32
        scf.yield %v224 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v222, %v16 : f32, !llvm.ptr
      %v225 = arith.muli %v48, %v94 : i64
      %v226 = arith.muli %v46, %v93 : i64
      %v227 = arith.addi %v225, %v226 : i64
      %v228 = arith.constant 12 : i64
      %v229 = arith.muli %v228, %v2 : i64
      %v230 = arith.addi %v227, %v229 : i64
      %v231 = llvm.mlir.zero : !llvm.ptr
      %v232 = llvm.icmp "ne" %in_h0, %v231 : !llvm.ptr
      %v233 = scf.if %v232 -> (f32) {
        %v234 = llvm.getelementptr %in_h0[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v235 = llvm.load %v234 : !llvm.ptr -> f32
        scf.yield %v235 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v233, %v17 : f32, !llvm.ptr
      %v236 = arith.muli %v48, %v94 : i64
      %v237 = arith.muli %v46, %v93 : i64
      %v238 = arith.addi %v236, %v237 : i64
      %v239 = arith.constant 13 : i64
      %v240 = arith.muli %v239, %v2 : i64
      %v241 = arith.addi %v238, %v240 : i64
      %v242 = llvm.mlir.zero : !llvm.ptr
      %v243 = llvm.icmp "ne" %in_h0, %v242 : !llvm.ptr
      %v244 = scf.if %v243 -> (f32) {
        %v245 = llvm.getelementptr %in_h0[%v241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v246 = llvm.load %v245 : !llvm.ptr -> f32
        scf.yield %v246 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v244, %v18 : f32, !llvm.ptr
      %v247 = arith.muli %v48, %v94 : i64
      %v248 = arith.muli %v46, %v93 : i64
      %v249 = arith.addi %v247, %v248 : i64
      %v250 = arith.constant 14 : i64
      %v251 = arith.muli %v250, %v2 : i64
      %v252 = arith.addi %v249, %v251 : i64
      %v253 = llvm.mlir.zero : !llvm.ptr
      %v254 = llvm.icmp "ne" %in_h0, %v253 : !llvm.ptr
      %v255 = scf.if %v254 -> (f32) {
        %v256 = llvm.getelementptr %in_h0[%v252] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v257 = llvm.load %v256 : !llvm.ptr -> f32
        scf.yield %v257 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v255, %v19 : f32, !llvm.ptr
      %v258 = arith.muli %v48, %v94 : i64
      %v259 = arith.muli %v46, %v93 : i64
      %v260 = arith.addi %v258, %v259 : i64
      %v261 = arith.constant 15 : i64
      %v262 = arith.muli %v261, %v2 : i64
      %v263 = arith.addi %v260, %v262 : i64
      %v264 = llvm.mlir.zero : !llvm.ptr
      %v265 = llvm.icmp "ne" %in_h0, %v264 : !llvm.ptr
      %v266 = scf.if %v265 -> (f32) {
        %v267 = llvm.getelementptr %in_h0[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v268 = llvm.load %v267 : !llvm.ptr -> f32
        scf.yield %v268 : f32
      } else {
        scf.yield %v103 : f32
      }
      llvm.store %v266, %v20 : f32, !llvm.ptr
      // staged load of `u`'s first tile: read, then shared memory
      %v270 = arith.divui %v29, %v269 : i64
      %v271 = arith.remui %v29, %v269 : i64
      %v272 = arith.addi %v270, %v54 : i64
      %v273 = arith.constant true
      %v274 = arith.addi %v54, %v272 : i64
      %v275 = llvm.getelementptr %v21[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v276 = llvm.load %v275 : !llvm.ptr<3> -> i64
      %v277 = arith.addi %v54, %v271 : i64
      %v278 = arith.cmpi slt, %v277, %size_L : i64
      %v279 = arith.subi %size_L, %v2 : i64
      %v280 = arith.minsi %v277, %v279 : i64
      %v281 = arith.addi %v276, %v280 : i64
      %v283 = arith.muli %v274, %v282 : i64
      %v284 = arith.addi %v283, %v271 : i64
      %v285 = llvm.getelementptr %in_u[%v281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v286 = llvm.load %v285 : !llvm.ptr -> f32
      %v287 = arith.addi %v270, %v78 : i64
      %v288 = arith.constant true
      %v289 = arith.addi %v54, %v287 : i64
      %v290 = llvm.getelementptr %v21[%v289] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v291 = llvm.load %v290 : !llvm.ptr<3> -> i64
      %v292 = arith.addi %v54, %v271 : i64
      %v293 = arith.cmpi slt, %v292, %size_L : i64
      %v294 = arith.subi %size_L, %v2 : i64
      %v295 = arith.minsi %v292, %v294 : i64
      %v296 = arith.addi %v291, %v295 : i64
      %v297 = arith.muli %v289, %v282 : i64
      %v298 = arith.addi %v297, %v271 : i64
      %v299 = llvm.getelementptr %in_u[%v296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v300 = llvm.load %v299 : !llvm.ptr -> f32
      %v302 = arith.addi %v270, %v301 : i64
      %v303 = arith.constant true
      %v304 = arith.addi %v54, %v302 : i64
      %v305 = llvm.getelementptr %v21[%v304] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v306 = llvm.load %v305 : !llvm.ptr<3> -> i64
      %v307 = arith.addi %v54, %v271 : i64
      %v308 = arith.cmpi slt, %v307, %size_L : i64
      %v309 = arith.subi %size_L, %v2 : i64
      %v310 = arith.minsi %v307, %v309 : i64
      %v311 = arith.addi %v306, %v310 : i64
      %v312 = arith.muli %v304, %v282 : i64
      %v313 = arith.addi %v312, %v271 : i64
      %v314 = llvm.getelementptr %in_u[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v315 = llvm.load %v314 : !llvm.ptr -> f32
      %v317 = arith.addi %v270, %v316 : i64
      %v318 = arith.constant true
      %v319 = arith.addi %v54, %v317 : i64
      %v320 = llvm.getelementptr %v21[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v321 = llvm.load %v320 : !llvm.ptr<3> -> i64
      %v322 = arith.addi %v54, %v271 : i64
      %v323 = arith.cmpi slt, %v322, %size_L : i64
      %v324 = arith.subi %size_L, %v2 : i64
      %v325 = arith.minsi %v322, %v324 : i64
      %v326 = arith.addi %v321, %v325 : i64
      %v327 = arith.muli %v319, %v282 : i64
      %v328 = arith.addi %v327, %v271 : i64
      %v329 = llvm.getelementptr %in_u[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v330 = llvm.load %v329 : !llvm.ptr -> f32
      %v332 = arith.addi %v270, %v331 : i64
      %v333 = arith.constant true
      %v334 = arith.addi %v54, %v332 : i64
      %v335 = llvm.getelementptr %v21[%v334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v336 = llvm.load %v335 : !llvm.ptr<3> -> i64
      %v337 = arith.addi %v54, %v271 : i64
      %v338 = arith.cmpi slt, %v337, %size_L : i64
      %v339 = arith.subi %size_L, %v2 : i64
      %v340 = arith.minsi %v337, %v339 : i64
      %v341 = arith.addi %v336, %v340 : i64
      %v342 = arith.muli %v334, %v282 : i64
      %v343 = arith.addi %v342, %v271 : i64
      %v344 = llvm.getelementptr %in_u[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v345 = llvm.load %v344 : !llvm.ptr -> f32
      %v347 = arith.addi %v270, %v346 : i64
      %v348 = arith.constant true
      %v349 = arith.addi %v54, %v347 : i64
      %v350 = llvm.getelementptr %v21[%v349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v351 = llvm.load %v350 : !llvm.ptr<3> -> i64
      %v352 = arith.addi %v54, %v271 : i64
      %v353 = arith.cmpi slt, %v352, %size_L : i64
      %v354 = arith.subi %size_L, %v2 : i64
      %v355 = arith.minsi %v352, %v354 : i64
      %v356 = arith.addi %v351, %v355 : i64
      %v357 = arith.muli %v349, %v282 : i64
      %v358 = arith.addi %v357, %v271 : i64
      %v359 = llvm.getelementptr %in_u[%v356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v360 = llvm.load %v359 : !llvm.ptr -> f32
      %v362 = arith.addi %v270, %v361 : i64
      %v363 = arith.constant true
      %v364 = arith.addi %v54, %v362 : i64
      %v365 = llvm.getelementptr %v21[%v364] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v366 = llvm.load %v365 : !llvm.ptr<3> -> i64
      %v367 = arith.addi %v54, %v271 : i64
      %v368 = arith.cmpi slt, %v367, %size_L : i64
      %v369 = arith.subi %size_L, %v2 : i64
      %v370 = arith.minsi %v367, %v369 : i64
      %v371 = arith.addi %v366, %v370 : i64
      %v372 = arith.muli %v364, %v282 : i64
      %v373 = arith.addi %v372, %v271 : i64
      %v374 = llvm.getelementptr %in_u[%v371] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v375 = llvm.load %v374 : !llvm.ptr -> f32
      %v377 = arith.addi %v270, %v376 : i64
      %v378 = arith.constant true
      %v379 = arith.addi %v54, %v377 : i64
      %v380 = llvm.getelementptr %v21[%v379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v381 = llvm.load %v380 : !llvm.ptr<3> -> i64
      %v382 = arith.addi %v54, %v271 : i64
      %v383 = arith.cmpi slt, %v382, %size_L : i64
      %v384 = arith.subi %size_L, %v2 : i64
      %v385 = arith.minsi %v382, %v384 : i64
      %v386 = arith.addi %v381, %v385 : i64
      %v387 = arith.muli %v379, %v282 : i64
      %v388 = arith.addi %v387, %v271 : i64
      %v389 = llvm.getelementptr %in_u[%v386] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v390 = llvm.load %v389 : !llvm.ptr -> f32
      %v391 = arith.addi %v270, %v1 : i64
      %v392 = arith.constant true
      %v393 = arith.addi %v54, %v391 : i64
      %v394 = llvm.getelementptr %v21[%v393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v395 = llvm.load %v394 : !llvm.ptr<3> -> i64
      %v396 = arith.addi %v54, %v271 : i64
      %v397 = arith.cmpi slt, %v396, %size_L : i64
      %v398 = arith.subi %size_L, %v2 : i64
      %v399 = arith.minsi %v396, %v398 : i64
      %v400 = arith.addi %v395, %v399 : i64
      %v401 = arith.muli %v393, %v282 : i64
      %v402 = arith.addi %v401, %v271 : i64
      %v403 = llvm.getelementptr %in_u[%v400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v404 = llvm.load %v403 : !llvm.ptr -> f32
      %v406 = arith.addi %v270, %v405 : i64
      %v407 = arith.constant true
      %v408 = arith.addi %v54, %v406 : i64
      %v409 = llvm.getelementptr %v21[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v410 = llvm.load %v409 : !llvm.ptr<3> -> i64
      %v411 = arith.addi %v54, %v271 : i64
      %v412 = arith.cmpi slt, %v411, %size_L : i64
      %v413 = arith.subi %size_L, %v2 : i64
      %v414 = arith.minsi %v411, %v413 : i64
      %v415 = arith.addi %v410, %v414 : i64
      %v416 = arith.muli %v408, %v282 : i64
      %v417 = arith.addi %v416, %v271 : i64
      %v418 = llvm.getelementptr %in_u[%v415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v419 = llvm.load %v418 : !llvm.ptr -> f32
      %v421 = arith.addi %v270, %v420 : i64
      %v422 = arith.constant true
      %v423 = arith.addi %v54, %v421 : i64
      %v424 = llvm.getelementptr %v21[%v423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v425 = llvm.load %v424 : !llvm.ptr<3> -> i64
      %v426 = arith.addi %v54, %v271 : i64
      %v427 = arith.cmpi slt, %v426, %size_L : i64
      %v428 = arith.subi %size_L, %v2 : i64
      %v429 = arith.minsi %v426, %v428 : i64
      %v430 = arith.addi %v425, %v429 : i64
      %v431 = arith.muli %v423, %v282 : i64
      %v432 = arith.addi %v431, %v271 : i64
      %v433 = llvm.getelementptr %in_u[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v434 = llvm.load %v433 : !llvm.ptr -> f32
      %v436 = arith.addi %v270, %v435 : i64
      %v437 = arith.constant true
      %v438 = arith.addi %v54, %v436 : i64
      %v439 = llvm.getelementptr %v21[%v438] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v440 = llvm.load %v439 : !llvm.ptr<3> -> i64
      %v441 = arith.addi %v54, %v271 : i64
      %v442 = arith.cmpi slt, %v441, %size_L : i64
      %v443 = arith.subi %size_L, %v2 : i64
      %v444 = arith.minsi %v441, %v443 : i64
      %v445 = arith.addi %v440, %v444 : i64
      %v446 = arith.muli %v438, %v282 : i64
      %v447 = arith.addi %v446, %v271 : i64
      %v448 = llvm.getelementptr %in_u[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v449 = llvm.load %v448 : !llvm.ptr -> f32
      %v451 = arith.addi %v270, %v450 : i64
      %v452 = arith.constant true
      %v453 = arith.addi %v54, %v451 : i64
      %v454 = llvm.getelementptr %v21[%v453] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v455 = llvm.load %v454 : !llvm.ptr<3> -> i64
      %v456 = arith.addi %v54, %v271 : i64
      %v457 = arith.cmpi slt, %v456, %size_L : i64
      %v458 = arith.subi %size_L, %v2 : i64
      %v459 = arith.minsi %v456, %v458 : i64
      %v460 = arith.addi %v455, %v459 : i64
      %v461 = arith.muli %v453, %v282 : i64
      %v462 = arith.addi %v461, %v271 : i64
      %v463 = llvm.getelementptr %in_u[%v460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v464 = llvm.load %v463 : !llvm.ptr -> f32
      %v466 = arith.addi %v270, %v465 : i64
      %v467 = arith.constant true
      %v468 = arith.addi %v54, %v466 : i64
      %v469 = llvm.getelementptr %v21[%v468] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v470 = llvm.load %v469 : !llvm.ptr<3> -> i64
      %v471 = arith.addi %v54, %v271 : i64
      %v472 = arith.cmpi slt, %v471, %size_L : i64
      %v473 = arith.subi %size_L, %v2 : i64
      %v474 = arith.minsi %v471, %v473 : i64
      %v475 = arith.addi %v470, %v474 : i64
      %v476 = arith.muli %v468, %v282 : i64
      %v477 = arith.addi %v476, %v271 : i64
      %v478 = llvm.getelementptr %in_u[%v475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v479 = llvm.load %v478 : !llvm.ptr -> f32
      %v481 = arith.addi %v270, %v480 : i64
      %v482 = arith.constant true
      %v483 = arith.addi %v54, %v481 : i64
      %v484 = llvm.getelementptr %v21[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v485 = llvm.load %v484 : !llvm.ptr<3> -> i64
      %v486 = arith.addi %v54, %v271 : i64
      %v487 = arith.cmpi slt, %v486, %size_L : i64
      %v488 = arith.subi %size_L, %v2 : i64
      %v489 = arith.minsi %v486, %v488 : i64
      %v490 = arith.addi %v485, %v489 : i64
      %v491 = arith.muli %v483, %v282 : i64
      %v492 = arith.addi %v491, %v271 : i64
      %v493 = llvm.getelementptr %in_u[%v490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v494 = llvm.load %v493 : !llvm.ptr -> f32
      %v496 = arith.addi %v270, %v495 : i64
      %v497 = arith.constant true
      %v498 = arith.addi %v54, %v496 : i64
      %v499 = llvm.getelementptr %v21[%v498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v500 = llvm.load %v499 : !llvm.ptr<3> -> i64
      %v501 = arith.addi %v54, %v271 : i64
      %v502 = arith.cmpi slt, %v501, %size_L : i64
      %v503 = arith.subi %size_L, %v2 : i64
      %v504 = arith.minsi %v501, %v503 : i64
      %v505 = arith.addi %v500, %v504 : i64
      %v506 = arith.muli %v498, %v282 : i64
      %v507 = arith.addi %v506, %v271 : i64
      %v508 = llvm.getelementptr %in_u[%v505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v509 = llvm.load %v508 : !llvm.ptr -> f32
      %v510 = arith.addi %v270, %v269 : i64
      %v511 = arith.constant true
      %v512 = arith.addi %v54, %v510 : i64
      %v513 = llvm.getelementptr %v21[%v512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v514 = llvm.load %v513 : !llvm.ptr<3> -> i64
      %v515 = arith.addi %v54, %v271 : i64
      %v516 = arith.cmpi slt, %v515, %size_L : i64
      %v517 = arith.subi %size_L, %v2 : i64
      %v518 = arith.minsi %v515, %v517 : i64
      %v519 = arith.addi %v514, %v518 : i64
      %v520 = arith.muli %v512, %v282 : i64
      %v521 = arith.addi %v520, %v271 : i64
      %v522 = llvm.getelementptr %in_u[%v519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v523 = llvm.load %v522 : !llvm.ptr -> f32
      %v525 = arith.addi %v270, %v524 : i64
      %v526 = arith.constant true
      %v527 = arith.addi %v54, %v525 : i64
      %v528 = llvm.getelementptr %v21[%v527] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v529 = llvm.load %v528 : !llvm.ptr<3> -> i64
      %v530 = arith.addi %v54, %v271 : i64
      %v531 = arith.cmpi slt, %v530, %size_L : i64
      %v532 = arith.subi %size_L, %v2 : i64
      %v533 = arith.minsi %v530, %v532 : i64
      %v534 = arith.addi %v529, %v533 : i64
      %v535 = arith.muli %v527, %v282 : i64
      %v536 = arith.addi %v535, %v271 : i64
      %v537 = llvm.getelementptr %in_u[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v538 = llvm.load %v537 : !llvm.ptr -> f32
      %v540 = arith.addi %v270, %v539 : i64
      %v541 = arith.constant true
      %v542 = arith.addi %v54, %v540 : i64
      %v543 = llvm.getelementptr %v21[%v542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v544 = llvm.load %v543 : !llvm.ptr<3> -> i64
      %v545 = arith.addi %v54, %v271 : i64
      %v546 = arith.cmpi slt, %v545, %size_L : i64
      %v547 = arith.subi %size_L, %v2 : i64
      %v548 = arith.minsi %v545, %v547 : i64
      %v549 = arith.addi %v544, %v548 : i64
      %v550 = arith.muli %v542, %v282 : i64
      %v551 = arith.addi %v550, %v271 : i64
      %v552 = llvm.getelementptr %in_u[%v549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v553 = llvm.load %v552 : !llvm.ptr -> f32
      %v555 = arith.addi %v270, %v554 : i64
      %v556 = arith.constant true
      %v557 = arith.addi %v54, %v555 : i64
      %v558 = llvm.getelementptr %v21[%v557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v559 = llvm.load %v558 : !llvm.ptr<3> -> i64
      %v560 = arith.addi %v54, %v271 : i64
      %v561 = arith.cmpi slt, %v560, %size_L : i64
      %v562 = arith.subi %size_L, %v2 : i64
      %v563 = arith.minsi %v560, %v562 : i64
      %v564 = arith.addi %v559, %v563 : i64
      %v565 = arith.muli %v557, %v282 : i64
      %v566 = arith.addi %v565, %v271 : i64
      %v567 = llvm.getelementptr %in_u[%v564] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v568 = llvm.load %v567 : !llvm.ptr -> f32
      %v570 = arith.addi %v270, %v569 : i64
      %v571 = arith.constant true
      %v572 = arith.addi %v54, %v570 : i64
      %v573 = llvm.getelementptr %v21[%v572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v574 = llvm.load %v573 : !llvm.ptr<3> -> i64
      %v575 = arith.addi %v54, %v271 : i64
      %v576 = arith.cmpi slt, %v575, %size_L : i64
      %v577 = arith.subi %size_L, %v2 : i64
      %v578 = arith.minsi %v575, %v577 : i64
      %v579 = arith.addi %v574, %v578 : i64
      %v580 = arith.muli %v572, %v282 : i64
      %v581 = arith.addi %v580, %v271 : i64
      %v582 = llvm.getelementptr %in_u[%v579] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v583 = llvm.load %v582 : !llvm.ptr -> f32
      %v585 = arith.addi %v270, %v584 : i64
      %v586 = arith.constant true
      %v587 = arith.addi %v54, %v585 : i64
      %v588 = llvm.getelementptr %v21[%v587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v589 = llvm.load %v588 : !llvm.ptr<3> -> i64
      %v590 = arith.addi %v54, %v271 : i64
      %v591 = arith.cmpi slt, %v590, %size_L : i64
      %v592 = arith.subi %size_L, %v2 : i64
      %v593 = arith.minsi %v590, %v592 : i64
      %v594 = arith.addi %v589, %v593 : i64
      %v595 = arith.muli %v587, %v282 : i64
      %v596 = arith.addi %v595, %v271 : i64
      %v597 = llvm.getelementptr %in_u[%v594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v598 = llvm.load %v597 : !llvm.ptr -> f32
      %v600 = arith.addi %v270, %v599 : i64
      %v601 = arith.constant true
      %v602 = arith.addi %v54, %v600 : i64
      %v603 = llvm.getelementptr %v21[%v602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v604 = llvm.load %v603 : !llvm.ptr<3> -> i64
      %v605 = arith.addi %v54, %v271 : i64
      %v606 = arith.cmpi slt, %v605, %size_L : i64
      %v607 = arith.subi %size_L, %v2 : i64
      %v608 = arith.minsi %v605, %v607 : i64
      %v609 = arith.addi %v604, %v608 : i64
      %v610 = arith.muli %v602, %v282 : i64
      %v611 = arith.addi %v610, %v271 : i64
      %v612 = llvm.getelementptr %in_u[%v609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v613 = llvm.load %v612 : !llvm.ptr -> f32
      %v615 = arith.addi %v270, %v614 : i64
      %v616 = arith.constant true
      %v617 = arith.addi %v54, %v615 : i64
      %v618 = llvm.getelementptr %v21[%v617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v619 = llvm.load %v618 : !llvm.ptr<3> -> i64
      %v620 = arith.addi %v54, %v271 : i64
      %v621 = arith.cmpi slt, %v620, %size_L : i64
      %v622 = arith.subi %size_L, %v2 : i64
      %v623 = arith.minsi %v620, %v622 : i64
      %v624 = arith.addi %v619, %v623 : i64
      %v625 = arith.muli %v617, %v282 : i64
      %v626 = arith.addi %v625, %v271 : i64
      %v627 = llvm.getelementptr %in_u[%v624] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v628 = llvm.load %v627 : !llvm.ptr -> f32
      %v630 = arith.addi %v270, %v629 : i64
      %v631 = arith.constant true
      %v632 = arith.addi %v54, %v630 : i64
      %v633 = llvm.getelementptr %v21[%v632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v634 = llvm.load %v633 : !llvm.ptr<3> -> i64
      %v635 = arith.addi %v54, %v271 : i64
      %v636 = arith.cmpi slt, %v635, %size_L : i64
      %v637 = arith.subi %size_L, %v2 : i64
      %v638 = arith.minsi %v635, %v637 : i64
      %v639 = arith.addi %v634, %v638 : i64
      %v640 = arith.muli %v632, %v282 : i64
      %v641 = arith.addi %v640, %v271 : i64
      %v642 = llvm.getelementptr %in_u[%v639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v643 = llvm.load %v642 : !llvm.ptr -> f32
      %v645 = arith.addi %v270, %v644 : i64
      %v646 = arith.constant true
      %v647 = arith.addi %v54, %v645 : i64
      %v648 = llvm.getelementptr %v21[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v649 = llvm.load %v648 : !llvm.ptr<3> -> i64
      %v650 = arith.addi %v54, %v271 : i64
      %v651 = arith.cmpi slt, %v650, %size_L : i64
      %v652 = arith.subi %size_L, %v2 : i64
      %v653 = arith.minsi %v650, %v652 : i64
      %v654 = arith.addi %v649, %v653 : i64
      %v655 = arith.muli %v647, %v282 : i64
      %v656 = arith.addi %v655, %v271 : i64
      %v657 = llvm.getelementptr %in_u[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v658 = llvm.load %v657 : !llvm.ptr -> f32
      %v660 = arith.addi %v270, %v659 : i64
      %v661 = arith.constant true
      %v662 = arith.addi %v54, %v660 : i64
      %v663 = llvm.getelementptr %v21[%v662] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v664 = llvm.load %v663 : !llvm.ptr<3> -> i64
      %v665 = arith.addi %v54, %v271 : i64
      %v666 = arith.cmpi slt, %v665, %size_L : i64
      %v667 = arith.subi %size_L, %v2 : i64
      %v668 = arith.minsi %v665, %v667 : i64
      %v669 = arith.addi %v664, %v668 : i64
      %v670 = arith.muli %v662, %v282 : i64
      %v671 = arith.addi %v670, %v271 : i64
      %v672 = llvm.getelementptr %in_u[%v669] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v673 = llvm.load %v672 : !llvm.ptr -> f32
      %v675 = arith.addi %v270, %v674 : i64
      %v676 = arith.constant true
      %v677 = arith.addi %v54, %v675 : i64
      %v678 = llvm.getelementptr %v21[%v677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v679 = llvm.load %v678 : !llvm.ptr<3> -> i64
      %v680 = arith.addi %v54, %v271 : i64
      %v681 = arith.cmpi slt, %v680, %size_L : i64
      %v682 = arith.subi %size_L, %v2 : i64
      %v683 = arith.minsi %v680, %v682 : i64
      %v684 = arith.addi %v679, %v683 : i64
      %v685 = arith.muli %v677, %v282 : i64
      %v686 = arith.addi %v685, %v271 : i64
      %v687 = llvm.getelementptr %in_u[%v684] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v688 = llvm.load %v687 : !llvm.ptr -> f32
      %v690 = arith.addi %v270, %v689 : i64
      %v691 = arith.constant true
      %v692 = arith.addi %v54, %v690 : i64
      %v693 = llvm.getelementptr %v21[%v692] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v694 = llvm.load %v693 : !llvm.ptr<3> -> i64
      %v695 = arith.addi %v54, %v271 : i64
      %v696 = arith.cmpi slt, %v695, %size_L : i64
      %v697 = arith.subi %size_L, %v2 : i64
      %v698 = arith.minsi %v695, %v697 : i64
      %v699 = arith.addi %v694, %v698 : i64
      %v700 = arith.muli %v692, %v282 : i64
      %v701 = arith.addi %v700, %v271 : i64
      %v702 = llvm.getelementptr %in_u[%v699] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v703 = llvm.load %v702 : !llvm.ptr -> f32
      %v705 = arith.addi %v270, %v704 : i64
      %v706 = arith.constant true
      %v707 = arith.addi %v54, %v705 : i64
      %v708 = llvm.getelementptr %v21[%v707] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v709 = llvm.load %v708 : !llvm.ptr<3> -> i64
      %v710 = arith.addi %v54, %v271 : i64
      %v711 = arith.cmpi slt, %v710, %size_L : i64
      %v712 = arith.subi %size_L, %v2 : i64
      %v713 = arith.minsi %v710, %v712 : i64
      %v714 = arith.addi %v709, %v713 : i64
      %v715 = arith.muli %v707, %v282 : i64
      %v716 = arith.addi %v715, %v271 : i64
      %v717 = llvm.getelementptr %in_u[%v714] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v718 = llvm.load %v717 : !llvm.ptr -> f32
      %v720 = arith.addi %v270, %v719 : i64
      %v721 = arith.constant true
      %v722 = arith.addi %v54, %v720 : i64
      %v723 = llvm.getelementptr %v21[%v722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v724 = llvm.load %v723 : !llvm.ptr<3> -> i64
      %v725 = arith.addi %v54, %v271 : i64
      %v726 = arith.cmpi slt, %v725, %size_L : i64
      %v727 = arith.subi %size_L, %v2 : i64
      %v728 = arith.minsi %v725, %v727 : i64
      %v729 = arith.addi %v724, %v728 : i64
      %v730 = arith.muli %v722, %v282 : i64
      %v731 = arith.addi %v730, %v271 : i64
      %v732 = llvm.getelementptr %in_u[%v729] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v733 = llvm.load %v732 : !llvm.ptr -> f32
      %v735 = arith.addi %v270, %v734 : i64
      %v736 = arith.constant true
      %v737 = arith.addi %v54, %v735 : i64
      %v738 = llvm.getelementptr %v21[%v737] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v739 = llvm.load %v738 : !llvm.ptr<3> -> i64
      %v740 = arith.addi %v54, %v271 : i64
      %v741 = arith.cmpi slt, %v740, %size_L : i64
      %v742 = arith.subi %size_L, %v2 : i64
      %v743 = arith.minsi %v740, %v742 : i64
      %v744 = arith.addi %v739, %v743 : i64
      %v745 = arith.muli %v737, %v282 : i64
      %v746 = arith.addi %v745, %v271 : i64
      %v747 = llvm.getelementptr %in_u[%v744] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v748 = llvm.load %v747 : !llvm.ptr -> f32
      scf.if %v273 {
        %v749 = llvm.getelementptr %v22[%v284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v286, %v749 : f32, !llvm.ptr<3>
      }
      scf.if %v288 {
        %v750 = llvm.getelementptr %v22[%v298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v300, %v750 : f32, !llvm.ptr<3>
      }
      scf.if %v303 {
        %v751 = llvm.getelementptr %v22[%v313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v315, %v751 : f32, !llvm.ptr<3>
      }
      scf.if %v318 {
        %v752 = llvm.getelementptr %v22[%v328] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v330, %v752 : f32, !llvm.ptr<3>
      }
      scf.if %v333 {
        %v753 = llvm.getelementptr %v22[%v343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v345, %v753 : f32, !llvm.ptr<3>
      }
      scf.if %v348 {
        %v754 = llvm.getelementptr %v22[%v358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v360, %v754 : f32, !llvm.ptr<3>
      }
      scf.if %v363 {
        %v755 = llvm.getelementptr %v22[%v373] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v375, %v755 : f32, !llvm.ptr<3>
      }
      scf.if %v378 {
        %v756 = llvm.getelementptr %v22[%v388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v390, %v756 : f32, !llvm.ptr<3>
      }
      scf.if %v392 {
        %v757 = llvm.getelementptr %v22[%v402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v404, %v757 : f32, !llvm.ptr<3>
      }
      scf.if %v407 {
        %v758 = llvm.getelementptr %v22[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v419, %v758 : f32, !llvm.ptr<3>
      }
      scf.if %v422 {
        %v759 = llvm.getelementptr %v22[%v432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v434, %v759 : f32, !llvm.ptr<3>
      }
      scf.if %v437 {
        %v760 = llvm.getelementptr %v22[%v447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v449, %v760 : f32, !llvm.ptr<3>
      }
      scf.if %v452 {
        %v761 = llvm.getelementptr %v22[%v462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v464, %v761 : f32, !llvm.ptr<3>
      }
      scf.if %v467 {
        %v762 = llvm.getelementptr %v22[%v477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v479, %v762 : f32, !llvm.ptr<3>
      }
      scf.if %v482 {
        %v763 = llvm.getelementptr %v22[%v492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v494, %v763 : f32, !llvm.ptr<3>
      }
      scf.if %v497 {
        %v764 = llvm.getelementptr %v22[%v507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v509, %v764 : f32, !llvm.ptr<3>
      }
      scf.if %v511 {
        %v765 = llvm.getelementptr %v22[%v521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v523, %v765 : f32, !llvm.ptr<3>
      }
      scf.if %v526 {
        %v766 = llvm.getelementptr %v22[%v536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v538, %v766 : f32, !llvm.ptr<3>
      }
      scf.if %v541 {
        %v767 = llvm.getelementptr %v22[%v551] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v553, %v767 : f32, !llvm.ptr<3>
      }
      scf.if %v556 {
        %v768 = llvm.getelementptr %v22[%v566] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v568, %v768 : f32, !llvm.ptr<3>
      }
      scf.if %v571 {
        %v769 = llvm.getelementptr %v22[%v581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v583, %v769 : f32, !llvm.ptr<3>
      }
      scf.if %v586 {
        %v770 = llvm.getelementptr %v22[%v596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v598, %v770 : f32, !llvm.ptr<3>
      }
      scf.if %v601 {
        %v771 = llvm.getelementptr %v22[%v611] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v613, %v771 : f32, !llvm.ptr<3>
      }
      scf.if %v616 {
        %v772 = llvm.getelementptr %v22[%v626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v628, %v772 : f32, !llvm.ptr<3>
      }
      scf.if %v631 {
        %v773 = llvm.getelementptr %v22[%v641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v643, %v773 : f32, !llvm.ptr<3>
      }
      scf.if %v646 {
        %v774 = llvm.getelementptr %v22[%v656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v658, %v774 : f32, !llvm.ptr<3>
      }
      scf.if %v661 {
        %v775 = llvm.getelementptr %v22[%v671] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v673, %v775 : f32, !llvm.ptr<3>
      }
      scf.if %v676 {
        %v776 = llvm.getelementptr %v22[%v686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v688, %v776 : f32, !llvm.ptr<3>
      }
      scf.if %v691 {
        %v777 = llvm.getelementptr %v22[%v701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v703, %v777 : f32, !llvm.ptr<3>
      }
      scf.if %v706 {
        %v778 = llvm.getelementptr %v22[%v716] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v718, %v778 : f32, !llvm.ptr<3>
      }
      scf.if %v721 {
        %v779 = llvm.getelementptr %v22[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v733, %v779 : f32, !llvm.ptr<3>
      }
      scf.if %v736 {
        %v780 = llvm.getelementptr %v22[%v746] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v748, %v780 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v781 = arith.divui %v29, %v269 : i64
      %v782 = arith.remui %v29, %v269 : i64
      %v783 = arith.addi %v781, %v54 : i64
      %v784 = arith.constant true
      %v785 = arith.addi %v31, %v783 : i64
      %v786 = llvm.getelementptr %v21[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v787 = llvm.load %v786 : !llvm.ptr<3> -> i64
      %v788 = arith.addi %v54, %v782 : i64
      %v789 = arith.cmpi slt, %v788, %size_L : i64
      %v790 = arith.subi %size_L, %v2 : i64
      %v791 = arith.minsi %v788, %v790 : i64
      %v792 = arith.addi %v787, %v791 : i64
      %v793 = arith.muli %v785, %v282 : i64
      %v794 = arith.addi %v793, %v782 : i64
      %v795 = llvm.getelementptr %in_delta[%v792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v796 = llvm.load %v795 : !llvm.ptr -> f32
      %v797 = arith.addi %v781, %v78 : i64
      %v798 = arith.constant true
      %v799 = arith.addi %v31, %v797 : i64
      %v800 = llvm.getelementptr %v21[%v799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v801 = llvm.load %v800 : !llvm.ptr<3> -> i64
      %v802 = arith.addi %v54, %v782 : i64
      %v803 = arith.cmpi slt, %v802, %size_L : i64
      %v804 = arith.subi %size_L, %v2 : i64
      %v805 = arith.minsi %v802, %v804 : i64
      %v806 = arith.addi %v801, %v805 : i64
      %v807 = arith.muli %v799, %v282 : i64
      %v808 = arith.addi %v807, %v782 : i64
      %v809 = llvm.getelementptr %in_delta[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v810 = llvm.load %v809 : !llvm.ptr -> f32
      %v811 = arith.addi %v781, %v301 : i64
      %v812 = arith.constant true
      %v813 = arith.addi %v31, %v811 : i64
      %v814 = llvm.getelementptr %v21[%v813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v815 = llvm.load %v814 : !llvm.ptr<3> -> i64
      %v816 = arith.addi %v54, %v782 : i64
      %v817 = arith.cmpi slt, %v816, %size_L : i64
      %v818 = arith.subi %size_L, %v2 : i64
      %v819 = arith.minsi %v816, %v818 : i64
      %v820 = arith.addi %v815, %v819 : i64
      %v821 = arith.muli %v813, %v282 : i64
      %v822 = arith.addi %v821, %v782 : i64
      %v823 = llvm.getelementptr %in_delta[%v820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v824 = llvm.load %v823 : !llvm.ptr -> f32
      %v825 = arith.addi %v781, %v316 : i64
      %v826 = arith.constant true
      %v827 = arith.addi %v31, %v825 : i64
      %v828 = llvm.getelementptr %v21[%v827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v829 = llvm.load %v828 : !llvm.ptr<3> -> i64
      %v830 = arith.addi %v54, %v782 : i64
      %v831 = arith.cmpi slt, %v830, %size_L : i64
      %v832 = arith.subi %size_L, %v2 : i64
      %v833 = arith.minsi %v830, %v832 : i64
      %v834 = arith.addi %v829, %v833 : i64
      %v835 = arith.muli %v827, %v282 : i64
      %v836 = arith.addi %v835, %v782 : i64
      %v837 = llvm.getelementptr %in_delta[%v834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v838 = llvm.load %v837 : !llvm.ptr -> f32
      %v839 = arith.addi %v781, %v331 : i64
      %v840 = arith.constant true
      %v841 = arith.addi %v31, %v839 : i64
      %v842 = llvm.getelementptr %v21[%v841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v843 = llvm.load %v842 : !llvm.ptr<3> -> i64
      %v844 = arith.addi %v54, %v782 : i64
      %v845 = arith.cmpi slt, %v844, %size_L : i64
      %v846 = arith.subi %size_L, %v2 : i64
      %v847 = arith.minsi %v844, %v846 : i64
      %v848 = arith.addi %v843, %v847 : i64
      %v849 = arith.muli %v841, %v282 : i64
      %v850 = arith.addi %v849, %v782 : i64
      %v851 = llvm.getelementptr %in_delta[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v852 = llvm.load %v851 : !llvm.ptr -> f32
      %v853 = arith.addi %v781, %v346 : i64
      %v854 = arith.constant true
      %v855 = arith.addi %v31, %v853 : i64
      %v856 = llvm.getelementptr %v21[%v855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v857 = llvm.load %v856 : !llvm.ptr<3> -> i64
      %v858 = arith.addi %v54, %v782 : i64
      %v859 = arith.cmpi slt, %v858, %size_L : i64
      %v860 = arith.subi %size_L, %v2 : i64
      %v861 = arith.minsi %v858, %v860 : i64
      %v862 = arith.addi %v857, %v861 : i64
      %v863 = arith.muli %v855, %v282 : i64
      %v864 = arith.addi %v863, %v782 : i64
      %v865 = llvm.getelementptr %in_delta[%v862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v866 = llvm.load %v865 : !llvm.ptr -> f32
      %v867 = arith.addi %v781, %v361 : i64
      %v868 = arith.constant true
      %v869 = arith.addi %v31, %v867 : i64
      %v870 = llvm.getelementptr %v21[%v869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v871 = llvm.load %v870 : !llvm.ptr<3> -> i64
      %v872 = arith.addi %v54, %v782 : i64
      %v873 = arith.cmpi slt, %v872, %size_L : i64
      %v874 = arith.subi %size_L, %v2 : i64
      %v875 = arith.minsi %v872, %v874 : i64
      %v876 = arith.addi %v871, %v875 : i64
      %v877 = arith.muli %v869, %v282 : i64
      %v878 = arith.addi %v877, %v782 : i64
      %v879 = llvm.getelementptr %in_delta[%v876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v880 = llvm.load %v879 : !llvm.ptr -> f32
      %v881 = arith.addi %v781, %v376 : i64
      %v882 = arith.constant true
      %v883 = arith.addi %v31, %v881 : i64
      %v884 = llvm.getelementptr %v21[%v883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v885 = llvm.load %v884 : !llvm.ptr<3> -> i64
      %v886 = arith.addi %v54, %v782 : i64
      %v887 = arith.cmpi slt, %v886, %size_L : i64
      %v888 = arith.subi %size_L, %v2 : i64
      %v889 = arith.minsi %v886, %v888 : i64
      %v890 = arith.addi %v885, %v889 : i64
      %v891 = arith.muli %v883, %v282 : i64
      %v892 = arith.addi %v891, %v782 : i64
      %v893 = llvm.getelementptr %in_delta[%v890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v894 = llvm.load %v893 : !llvm.ptr -> f32
      %v895 = arith.addi %v781, %v1 : i64
      %v896 = arith.constant true
      %v897 = arith.addi %v31, %v895 : i64
      %v898 = llvm.getelementptr %v21[%v897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v899 = llvm.load %v898 : !llvm.ptr<3> -> i64
      %v900 = arith.addi %v54, %v782 : i64
      %v901 = arith.cmpi slt, %v900, %size_L : i64
      %v902 = arith.subi %size_L, %v2 : i64
      %v903 = arith.minsi %v900, %v902 : i64
      %v904 = arith.addi %v899, %v903 : i64
      %v905 = arith.muli %v897, %v282 : i64
      %v906 = arith.addi %v905, %v782 : i64
      %v907 = llvm.getelementptr %in_delta[%v904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v908 = llvm.load %v907 : !llvm.ptr -> f32
      %v909 = arith.addi %v781, %v405 : i64
      %v910 = arith.constant true
      %v911 = arith.addi %v31, %v909 : i64
      %v912 = llvm.getelementptr %v21[%v911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v913 = llvm.load %v912 : !llvm.ptr<3> -> i64
      %v914 = arith.addi %v54, %v782 : i64
      %v915 = arith.cmpi slt, %v914, %size_L : i64
      %v916 = arith.subi %size_L, %v2 : i64
      %v917 = arith.minsi %v914, %v916 : i64
      %v918 = arith.addi %v913, %v917 : i64
      %v919 = arith.muli %v911, %v282 : i64
      %v920 = arith.addi %v919, %v782 : i64
      %v921 = llvm.getelementptr %in_delta[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v922 = llvm.load %v921 : !llvm.ptr -> f32
      %v923 = arith.addi %v781, %v420 : i64
      %v924 = arith.constant true
      %v925 = arith.addi %v31, %v923 : i64
      %v926 = llvm.getelementptr %v21[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v927 = llvm.load %v926 : !llvm.ptr<3> -> i64
      %v928 = arith.addi %v54, %v782 : i64
      %v929 = arith.cmpi slt, %v928, %size_L : i64
      %v930 = arith.subi %size_L, %v2 : i64
      %v931 = arith.minsi %v928, %v930 : i64
      %v932 = arith.addi %v927, %v931 : i64
      %v933 = arith.muli %v925, %v282 : i64
      %v934 = arith.addi %v933, %v782 : i64
      %v935 = llvm.getelementptr %in_delta[%v932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v936 = llvm.load %v935 : !llvm.ptr -> f32
      %v937 = arith.addi %v781, %v435 : i64
      %v938 = arith.constant true
      %v939 = arith.addi %v31, %v937 : i64
      %v940 = llvm.getelementptr %v21[%v939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v941 = llvm.load %v940 : !llvm.ptr<3> -> i64
      %v942 = arith.addi %v54, %v782 : i64
      %v943 = arith.cmpi slt, %v942, %size_L : i64
      %v944 = arith.subi %size_L, %v2 : i64
      %v945 = arith.minsi %v942, %v944 : i64
      %v946 = arith.addi %v941, %v945 : i64
      %v947 = arith.muli %v939, %v282 : i64
      %v948 = arith.addi %v947, %v782 : i64
      %v949 = llvm.getelementptr %in_delta[%v946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v950 = llvm.load %v949 : !llvm.ptr -> f32
      %v951 = arith.addi %v781, %v450 : i64
      %v952 = arith.constant true
      %v953 = arith.addi %v31, %v951 : i64
      %v954 = llvm.getelementptr %v21[%v953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v955 = llvm.load %v954 : !llvm.ptr<3> -> i64
      %v956 = arith.addi %v54, %v782 : i64
      %v957 = arith.cmpi slt, %v956, %size_L : i64
      %v958 = arith.subi %size_L, %v2 : i64
      %v959 = arith.minsi %v956, %v958 : i64
      %v960 = arith.addi %v955, %v959 : i64
      %v961 = arith.muli %v953, %v282 : i64
      %v962 = arith.addi %v961, %v782 : i64
      %v963 = llvm.getelementptr %in_delta[%v960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v964 = llvm.load %v963 : !llvm.ptr -> f32
      %v965 = arith.addi %v781, %v465 : i64
      %v966 = arith.constant true
      %v967 = arith.addi %v31, %v965 : i64
      %v968 = llvm.getelementptr %v21[%v967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v969 = llvm.load %v968 : !llvm.ptr<3> -> i64
      %v970 = arith.addi %v54, %v782 : i64
      %v971 = arith.cmpi slt, %v970, %size_L : i64
      %v972 = arith.subi %size_L, %v2 : i64
      %v973 = arith.minsi %v970, %v972 : i64
      %v974 = arith.addi %v969, %v973 : i64
      %v975 = arith.muli %v967, %v282 : i64
      %v976 = arith.addi %v975, %v782 : i64
      %v977 = llvm.getelementptr %in_delta[%v974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v978 = llvm.load %v977 : !llvm.ptr -> f32
      %v979 = arith.addi %v781, %v480 : i64
      %v980 = arith.constant true
      %v981 = arith.addi %v31, %v979 : i64
      %v982 = llvm.getelementptr %v21[%v981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v983 = llvm.load %v982 : !llvm.ptr<3> -> i64
      %v984 = arith.addi %v54, %v782 : i64
      %v985 = arith.cmpi slt, %v984, %size_L : i64
      %v986 = arith.subi %size_L, %v2 : i64
      %v987 = arith.minsi %v984, %v986 : i64
      %v988 = arith.addi %v983, %v987 : i64
      %v989 = arith.muli %v981, %v282 : i64
      %v990 = arith.addi %v989, %v782 : i64
      %v991 = llvm.getelementptr %in_delta[%v988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v992 = llvm.load %v991 : !llvm.ptr -> f32
      %v993 = arith.addi %v781, %v495 : i64
      %v994 = arith.constant true
      %v995 = arith.addi %v31, %v993 : i64
      %v996 = llvm.getelementptr %v21[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v997 = llvm.load %v996 : !llvm.ptr<3> -> i64
      %v998 = arith.addi %v54, %v782 : i64
      %v999 = arith.cmpi slt, %v998, %size_L : i64
      %v1000 = arith.subi %size_L, %v2 : i64
      %v1001 = arith.minsi %v998, %v1000 : i64
      %v1002 = arith.addi %v997, %v1001 : i64
      %v1003 = arith.muli %v995, %v282 : i64
      %v1004 = arith.addi %v1003, %v782 : i64
      %v1005 = llvm.getelementptr %in_delta[%v1002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1006 = llvm.load %v1005 : !llvm.ptr -> f32
      %v1007 = arith.addi %v781, %v269 : i64
      %v1008 = arith.constant true
      %v1009 = arith.addi %v31, %v1007 : i64
      %v1010 = llvm.getelementptr %v21[%v1009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1011 = llvm.load %v1010 : !llvm.ptr<3> -> i64
      %v1012 = arith.addi %v54, %v782 : i64
      %v1013 = arith.cmpi slt, %v1012, %size_L : i64
      %v1014 = arith.subi %size_L, %v2 : i64
      %v1015 = arith.minsi %v1012, %v1014 : i64
      %v1016 = arith.addi %v1011, %v1015 : i64
      %v1017 = arith.muli %v1009, %v282 : i64
      %v1018 = arith.addi %v1017, %v782 : i64
      %v1019 = llvm.getelementptr %in_delta[%v1016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1020 = llvm.load %v1019 : !llvm.ptr -> f32
      %v1021 = arith.addi %v781, %v524 : i64
      %v1022 = arith.constant true
      %v1023 = arith.addi %v31, %v1021 : i64
      %v1024 = llvm.getelementptr %v21[%v1023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1025 = llvm.load %v1024 : !llvm.ptr<3> -> i64
      %v1026 = arith.addi %v54, %v782 : i64
      %v1027 = arith.cmpi slt, %v1026, %size_L : i64
      %v1028 = arith.subi %size_L, %v2 : i64
      %v1029 = arith.minsi %v1026, %v1028 : i64
      %v1030 = arith.addi %v1025, %v1029 : i64
      %v1031 = arith.muli %v1023, %v282 : i64
      %v1032 = arith.addi %v1031, %v782 : i64
      %v1033 = llvm.getelementptr %in_delta[%v1030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1034 = llvm.load %v1033 : !llvm.ptr -> f32
      %v1035 = arith.addi %v781, %v539 : i64
      %v1036 = arith.constant true
      %v1037 = arith.addi %v31, %v1035 : i64
      %v1038 = llvm.getelementptr %v21[%v1037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1039 = llvm.load %v1038 : !llvm.ptr<3> -> i64
      %v1040 = arith.addi %v54, %v782 : i64
      %v1041 = arith.cmpi slt, %v1040, %size_L : i64
      %v1042 = arith.subi %size_L, %v2 : i64
      %v1043 = arith.minsi %v1040, %v1042 : i64
      %v1044 = arith.addi %v1039, %v1043 : i64
      %v1045 = arith.muli %v1037, %v282 : i64
      %v1046 = arith.addi %v1045, %v782 : i64
      %v1047 = llvm.getelementptr %in_delta[%v1044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1048 = llvm.load %v1047 : !llvm.ptr -> f32
      %v1049 = arith.addi %v781, %v554 : i64
      %v1050 = arith.constant true
      %v1051 = arith.addi %v31, %v1049 : i64
      %v1052 = llvm.getelementptr %v21[%v1051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1053 = llvm.load %v1052 : !llvm.ptr<3> -> i64
      %v1054 = arith.addi %v54, %v782 : i64
      %v1055 = arith.cmpi slt, %v1054, %size_L : i64
      %v1056 = arith.subi %size_L, %v2 : i64
      %v1057 = arith.minsi %v1054, %v1056 : i64
      %v1058 = arith.addi %v1053, %v1057 : i64
      %v1059 = arith.muli %v1051, %v282 : i64
      %v1060 = arith.addi %v1059, %v782 : i64
      %v1061 = llvm.getelementptr %in_delta[%v1058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1062 = llvm.load %v1061 : !llvm.ptr -> f32
      %v1063 = arith.addi %v781, %v569 : i64
      %v1064 = arith.constant true
      %v1065 = arith.addi %v31, %v1063 : i64
      %v1066 = llvm.getelementptr %v21[%v1065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1067 = llvm.load %v1066 : !llvm.ptr<3> -> i64
      %v1068 = arith.addi %v54, %v782 : i64
      %v1069 = arith.cmpi slt, %v1068, %size_L : i64
      %v1070 = arith.subi %size_L, %v2 : i64
      %v1071 = arith.minsi %v1068, %v1070 : i64
      %v1072 = arith.addi %v1067, %v1071 : i64
      %v1073 = arith.muli %v1065, %v282 : i64
      %v1074 = arith.addi %v1073, %v782 : i64
      %v1075 = llvm.getelementptr %in_delta[%v1072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1076 = llvm.load %v1075 : !llvm.ptr -> f32
      %v1077 = arith.addi %v781, %v584 : i64
      %v1078 = arith.constant true
      %v1079 = arith.addi %v31, %v1077 : i64
      %v1080 = llvm.getelementptr %v21[%v1079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1081 = llvm.load %v1080 : !llvm.ptr<3> -> i64
      %v1082 = arith.addi %v54, %v782 : i64
      %v1083 = arith.cmpi slt, %v1082, %size_L : i64
      %v1084 = arith.subi %size_L, %v2 : i64
      %v1085 = arith.minsi %v1082, %v1084 : i64
      %v1086 = arith.addi %v1081, %v1085 : i64
      %v1087 = arith.muli %v1079, %v282 : i64
      %v1088 = arith.addi %v1087, %v782 : i64
      %v1089 = llvm.getelementptr %in_delta[%v1086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1090 = llvm.load %v1089 : !llvm.ptr -> f32
      %v1091 = arith.addi %v781, %v599 : i64
      %v1092 = arith.constant true
      %v1093 = arith.addi %v31, %v1091 : i64
      %v1094 = llvm.getelementptr %v21[%v1093] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1095 = llvm.load %v1094 : !llvm.ptr<3> -> i64
      %v1096 = arith.addi %v54, %v782 : i64
      %v1097 = arith.cmpi slt, %v1096, %size_L : i64
      %v1098 = arith.subi %size_L, %v2 : i64
      %v1099 = arith.minsi %v1096, %v1098 : i64
      %v1100 = arith.addi %v1095, %v1099 : i64
      %v1101 = arith.muli %v1093, %v282 : i64
      %v1102 = arith.addi %v1101, %v782 : i64
      %v1103 = llvm.getelementptr %in_delta[%v1100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1104 = llvm.load %v1103 : !llvm.ptr -> f32
      %v1105 = arith.addi %v781, %v614 : i64
      %v1106 = arith.constant true
      %v1107 = arith.addi %v31, %v1105 : i64
      %v1108 = llvm.getelementptr %v21[%v1107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1109 = llvm.load %v1108 : !llvm.ptr<3> -> i64
      %v1110 = arith.addi %v54, %v782 : i64
      %v1111 = arith.cmpi slt, %v1110, %size_L : i64
      %v1112 = arith.subi %size_L, %v2 : i64
      %v1113 = arith.minsi %v1110, %v1112 : i64
      %v1114 = arith.addi %v1109, %v1113 : i64
      %v1115 = arith.muli %v1107, %v282 : i64
      %v1116 = arith.addi %v1115, %v782 : i64
      %v1117 = llvm.getelementptr %in_delta[%v1114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1118 = llvm.load %v1117 : !llvm.ptr -> f32
      %v1119 = arith.addi %v781, %v629 : i64
      %v1120 = arith.constant true
      %v1121 = arith.addi %v31, %v1119 : i64
      %v1122 = llvm.getelementptr %v21[%v1121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1123 = llvm.load %v1122 : !llvm.ptr<3> -> i64
      %v1124 = arith.addi %v54, %v782 : i64
      %v1125 = arith.cmpi slt, %v1124, %size_L : i64
      %v1126 = arith.subi %size_L, %v2 : i64
      %v1127 = arith.minsi %v1124, %v1126 : i64
      %v1128 = arith.addi %v1123, %v1127 : i64
      %v1129 = arith.muli %v1121, %v282 : i64
      %v1130 = arith.addi %v1129, %v782 : i64
      %v1131 = llvm.getelementptr %in_delta[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
      %v1133 = arith.addi %v781, %v644 : i64
      %v1134 = arith.constant true
      %v1135 = arith.addi %v31, %v1133 : i64
      %v1136 = llvm.getelementptr %v21[%v1135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1137 = llvm.load %v1136 : !llvm.ptr<3> -> i64
      %v1138 = arith.addi %v54, %v782 : i64
      %v1139 = arith.cmpi slt, %v1138, %size_L : i64
      %v1140 = arith.subi %size_L, %v2 : i64
      %v1141 = arith.minsi %v1138, %v1140 : i64
      %v1142 = arith.addi %v1137, %v1141 : i64
      %v1143 = arith.muli %v1135, %v282 : i64
      %v1144 = arith.addi %v1143, %v782 : i64
      %v1145 = llvm.getelementptr %in_delta[%v1142] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1146 = llvm.load %v1145 : !llvm.ptr -> f32
      %v1147 = arith.addi %v781, %v659 : i64
      %v1148 = arith.constant true
      %v1149 = arith.addi %v31, %v1147 : i64
      %v1150 = llvm.getelementptr %v21[%v1149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1151 = llvm.load %v1150 : !llvm.ptr<3> -> i64
      %v1152 = arith.addi %v54, %v782 : i64
      %v1153 = arith.cmpi slt, %v1152, %size_L : i64
      %v1154 = arith.subi %size_L, %v2 : i64
      %v1155 = arith.minsi %v1152, %v1154 : i64
      %v1156 = arith.addi %v1151, %v1155 : i64
      %v1157 = arith.muli %v1149, %v282 : i64
      %v1158 = arith.addi %v1157, %v782 : i64
      %v1159 = llvm.getelementptr %in_delta[%v1156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1160 = llvm.load %v1159 : !llvm.ptr -> f32
      %v1161 = arith.addi %v781, %v674 : i64
      %v1162 = arith.constant true
      %v1163 = arith.addi %v31, %v1161 : i64
      %v1164 = llvm.getelementptr %v21[%v1163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1165 = llvm.load %v1164 : !llvm.ptr<3> -> i64
      %v1166 = arith.addi %v54, %v782 : i64
      %v1167 = arith.cmpi slt, %v1166, %size_L : i64
      %v1168 = arith.subi %size_L, %v2 : i64
      %v1169 = arith.minsi %v1166, %v1168 : i64
      %v1170 = arith.addi %v1165, %v1169 : i64
      %v1171 = arith.muli %v1163, %v282 : i64
      %v1172 = arith.addi %v1171, %v782 : i64
      %v1173 = llvm.getelementptr %in_delta[%v1170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1174 = llvm.load %v1173 : !llvm.ptr -> f32
      %v1175 = arith.addi %v781, %v689 : i64
      %v1176 = arith.constant true
      %v1177 = arith.addi %v31, %v1175 : i64
      %v1178 = llvm.getelementptr %v21[%v1177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1179 = llvm.load %v1178 : !llvm.ptr<3> -> i64
      %v1180 = arith.addi %v54, %v782 : i64
      %v1181 = arith.cmpi slt, %v1180, %size_L : i64
      %v1182 = arith.subi %size_L, %v2 : i64
      %v1183 = arith.minsi %v1180, %v1182 : i64
      %v1184 = arith.addi %v1179, %v1183 : i64
      %v1185 = arith.muli %v1177, %v282 : i64
      %v1186 = arith.addi %v1185, %v782 : i64
      %v1187 = llvm.getelementptr %in_delta[%v1184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1188 = llvm.load %v1187 : !llvm.ptr -> f32
      %v1189 = arith.addi %v781, %v704 : i64
      %v1190 = arith.constant true
      %v1191 = arith.addi %v31, %v1189 : i64
      %v1192 = llvm.getelementptr %v21[%v1191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1193 = llvm.load %v1192 : !llvm.ptr<3> -> i64
      %v1194 = arith.addi %v54, %v782 : i64
      %v1195 = arith.cmpi slt, %v1194, %size_L : i64
      %v1196 = arith.subi %size_L, %v2 : i64
      %v1197 = arith.minsi %v1194, %v1196 : i64
      %v1198 = arith.addi %v1193, %v1197 : i64
      %v1199 = arith.muli %v1191, %v282 : i64
      %v1200 = arith.addi %v1199, %v782 : i64
      %v1201 = llvm.getelementptr %in_delta[%v1198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1202 = llvm.load %v1201 : !llvm.ptr -> f32
      %v1203 = arith.addi %v781, %v719 : i64
      %v1204 = arith.constant true
      %v1205 = arith.addi %v31, %v1203 : i64
      %v1206 = llvm.getelementptr %v21[%v1205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1207 = llvm.load %v1206 : !llvm.ptr<3> -> i64
      %v1208 = arith.addi %v54, %v782 : i64
      %v1209 = arith.cmpi slt, %v1208, %size_L : i64
      %v1210 = arith.subi %size_L, %v2 : i64
      %v1211 = arith.minsi %v1208, %v1210 : i64
      %v1212 = arith.addi %v1207, %v1211 : i64
      %v1213 = arith.muli %v1205, %v282 : i64
      %v1214 = arith.addi %v1213, %v782 : i64
      %v1215 = llvm.getelementptr %in_delta[%v1212] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1216 = llvm.load %v1215 : !llvm.ptr -> f32
      %v1217 = arith.addi %v781, %v734 : i64
      %v1218 = arith.constant true
      %v1219 = arith.addi %v31, %v1217 : i64
      %v1220 = llvm.getelementptr %v21[%v1219] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1221 = llvm.load %v1220 : !llvm.ptr<3> -> i64
      %v1222 = arith.addi %v54, %v782 : i64
      %v1223 = arith.cmpi slt, %v1222, %size_L : i64
      %v1224 = arith.subi %size_L, %v2 : i64
      %v1225 = arith.minsi %v1222, %v1224 : i64
      %v1226 = arith.addi %v1221, %v1225 : i64
      %v1227 = arith.muli %v1219, %v282 : i64
      %v1228 = arith.addi %v1227, %v782 : i64
      %v1229 = llvm.getelementptr %in_delta[%v1226] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1230 = llvm.load %v1229 : !llvm.ptr -> f32
      scf.if %v784 {
        %v1231 = llvm.getelementptr %v22[%v794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v796, %v1231 : f32, !llvm.ptr<3>
      }
      scf.if %v798 {
        %v1232 = llvm.getelementptr %v22[%v808] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v810, %v1232 : f32, !llvm.ptr<3>
      }
      scf.if %v812 {
        %v1233 = llvm.getelementptr %v22[%v822] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v824, %v1233 : f32, !llvm.ptr<3>
      }
      scf.if %v826 {
        %v1234 = llvm.getelementptr %v22[%v836] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v838, %v1234 : f32, !llvm.ptr<3>
      }
      scf.if %v840 {
        %v1235 = llvm.getelementptr %v22[%v850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v852, %v1235 : f32, !llvm.ptr<3>
      }
      scf.if %v854 {
        %v1236 = llvm.getelementptr %v22[%v864] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v866, %v1236 : f32, !llvm.ptr<3>
      }
      scf.if %v868 {
        %v1237 = llvm.getelementptr %v22[%v878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v880, %v1237 : f32, !llvm.ptr<3>
      }
      scf.if %v882 {
        %v1238 = llvm.getelementptr %v22[%v892] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v894, %v1238 : f32, !llvm.ptr<3>
      }
      scf.if %v896 {
        %v1239 = llvm.getelementptr %v22[%v906] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v908, %v1239 : f32, !llvm.ptr<3>
      }
      scf.if %v910 {
        %v1240 = llvm.getelementptr %v22[%v920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v922, %v1240 : f32, !llvm.ptr<3>
      }
      scf.if %v924 {
        %v1241 = llvm.getelementptr %v22[%v934] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v936, %v1241 : f32, !llvm.ptr<3>
      }
      scf.if %v938 {
        %v1242 = llvm.getelementptr %v22[%v948] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v950, %v1242 : f32, !llvm.ptr<3>
      }
      scf.if %v952 {
        %v1243 = llvm.getelementptr %v22[%v962] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v964, %v1243 : f32, !llvm.ptr<3>
      }
      scf.if %v966 {
        %v1244 = llvm.getelementptr %v22[%v976] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v978, %v1244 : f32, !llvm.ptr<3>
      }
      scf.if %v980 {
        %v1245 = llvm.getelementptr %v22[%v990] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v992, %v1245 : f32, !llvm.ptr<3>
      }
      scf.if %v994 {
        %v1246 = llvm.getelementptr %v22[%v1004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1006, %v1246 : f32, !llvm.ptr<3>
      }
      scf.if %v1008 {
        %v1247 = llvm.getelementptr %v22[%v1018] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1020, %v1247 : f32, !llvm.ptr<3>
      }
      scf.if %v1022 {
        %v1248 = llvm.getelementptr %v22[%v1032] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1034, %v1248 : f32, !llvm.ptr<3>
      }
      scf.if %v1036 {
        %v1249 = llvm.getelementptr %v22[%v1046] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1048, %v1249 : f32, !llvm.ptr<3>
      }
      scf.if %v1050 {
        %v1250 = llvm.getelementptr %v22[%v1060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1062, %v1250 : f32, !llvm.ptr<3>
      }
      scf.if %v1064 {
        %v1251 = llvm.getelementptr %v22[%v1074] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1076, %v1251 : f32, !llvm.ptr<3>
      }
      scf.if %v1078 {
        %v1252 = llvm.getelementptr %v22[%v1088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1090, %v1252 : f32, !llvm.ptr<3>
      }
      scf.if %v1092 {
        %v1253 = llvm.getelementptr %v22[%v1102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1104, %v1253 : f32, !llvm.ptr<3>
      }
      scf.if %v1106 {
        %v1254 = llvm.getelementptr %v22[%v1116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1118, %v1254 : f32, !llvm.ptr<3>
      }
      scf.if %v1120 {
        %v1255 = llvm.getelementptr %v22[%v1130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1132, %v1255 : f32, !llvm.ptr<3>
      }
      scf.if %v1134 {
        %v1256 = llvm.getelementptr %v22[%v1144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1146, %v1256 : f32, !llvm.ptr<3>
      }
      scf.if %v1148 {
        %v1257 = llvm.getelementptr %v22[%v1158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1160, %v1257 : f32, !llvm.ptr<3>
      }
      scf.if %v1162 {
        %v1258 = llvm.getelementptr %v22[%v1172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1174, %v1258 : f32, !llvm.ptr<3>
      }
      scf.if %v1176 {
        %v1259 = llvm.getelementptr %v22[%v1186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1188, %v1259 : f32, !llvm.ptr<3>
      }
      scf.if %v1190 {
        %v1260 = llvm.getelementptr %v22[%v1200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1202, %v1260 : f32, !llvm.ptr<3>
      }
      scf.if %v1204 {
        %v1261 = llvm.getelementptr %v22[%v1214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1216, %v1261 : f32, !llvm.ptr<3>
      }
      scf.if %v1218 {
        %v1262 = llvm.getelementptr %v22[%v1228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1230, %v1262 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1263 = arith.divui %v29, %v269 : i64
      %v1264 = arith.remui %v29, %v269 : i64
      %v1265 = arith.addi %v1263, %v54 : i64
      %v1266 = arith.constant true
      %v1268 = arith.addi %v1267, %v1265 : i64
      %v1269 = llvm.getelementptr %v21[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1270 = llvm.load %v1269 : !llvm.ptr<3> -> i64
      %v1271 = arith.addi %v54, %v1264 : i64
      %v1272 = arith.cmpi slt, %v1271, %size_L : i64
      %v1273 = arith.subi %size_L, %v2 : i64
      %v1274 = arith.minsi %v1271, %v1273 : i64
      %v1275 = arith.addi %v1270, %v1274 : i64
      %v1276 = arith.muli %v1268, %v282 : i64
      %v1277 = arith.addi %v1276, %v1264 : i64
      %v1278 = llvm.getelementptr %in_z[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
      %v1280 = arith.addi %v1263, %v78 : i64
      %v1281 = arith.constant true
      %v1282 = arith.addi %v1267, %v1280 : i64
      %v1283 = llvm.getelementptr %v21[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1284 = llvm.load %v1283 : !llvm.ptr<3> -> i64
      %v1285 = arith.addi %v54, %v1264 : i64
      %v1286 = arith.cmpi slt, %v1285, %size_L : i64
      %v1287 = arith.subi %size_L, %v2 : i64
      %v1288 = arith.minsi %v1285, %v1287 : i64
      %v1289 = arith.addi %v1284, %v1288 : i64
      %v1290 = arith.muli %v1282, %v282 : i64
      %v1291 = arith.addi %v1290, %v1264 : i64
      %v1292 = llvm.getelementptr %in_z[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1293 = llvm.load %v1292 : !llvm.ptr -> f32
      %v1294 = arith.addi %v1263, %v301 : i64
      %v1295 = arith.constant true
      %v1296 = arith.addi %v1267, %v1294 : i64
      %v1297 = llvm.getelementptr %v21[%v1296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1298 = llvm.load %v1297 : !llvm.ptr<3> -> i64
      %v1299 = arith.addi %v54, %v1264 : i64
      %v1300 = arith.cmpi slt, %v1299, %size_L : i64
      %v1301 = arith.subi %size_L, %v2 : i64
      %v1302 = arith.minsi %v1299, %v1301 : i64
      %v1303 = arith.addi %v1298, %v1302 : i64
      %v1304 = arith.muli %v1296, %v282 : i64
      %v1305 = arith.addi %v1304, %v1264 : i64
      %v1306 = llvm.getelementptr %in_z[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1307 = llvm.load %v1306 : !llvm.ptr -> f32
      %v1308 = arith.addi %v1263, %v316 : i64
      %v1309 = arith.constant true
      %v1310 = arith.addi %v1267, %v1308 : i64
      %v1311 = llvm.getelementptr %v21[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1312 = llvm.load %v1311 : !llvm.ptr<3> -> i64
      %v1313 = arith.addi %v54, %v1264 : i64
      %v1314 = arith.cmpi slt, %v1313, %size_L : i64
      %v1315 = arith.subi %size_L, %v2 : i64
      %v1316 = arith.minsi %v1313, %v1315 : i64
      %v1317 = arith.addi %v1312, %v1316 : i64
      %v1318 = arith.muli %v1310, %v282 : i64
      %v1319 = arith.addi %v1318, %v1264 : i64
      %v1320 = llvm.getelementptr %in_z[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
      %v1322 = arith.addi %v1263, %v331 : i64
      %v1323 = arith.constant true
      %v1324 = arith.addi %v1267, %v1322 : i64
      %v1325 = llvm.getelementptr %v21[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1326 = llvm.load %v1325 : !llvm.ptr<3> -> i64
      %v1327 = arith.addi %v54, %v1264 : i64
      %v1328 = arith.cmpi slt, %v1327, %size_L : i64
      %v1329 = arith.subi %size_L, %v2 : i64
      %v1330 = arith.minsi %v1327, %v1329 : i64
      %v1331 = arith.addi %v1326, %v1330 : i64
      %v1332 = arith.muli %v1324, %v282 : i64
      %v1333 = arith.addi %v1332, %v1264 : i64
      %v1334 = llvm.getelementptr %in_z[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1335 = llvm.load %v1334 : !llvm.ptr -> f32
      %v1336 = arith.addi %v1263, %v346 : i64
      %v1337 = arith.constant true
      %v1338 = arith.addi %v1267, %v1336 : i64
      %v1339 = llvm.getelementptr %v21[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1340 = llvm.load %v1339 : !llvm.ptr<3> -> i64
      %v1341 = arith.addi %v54, %v1264 : i64
      %v1342 = arith.cmpi slt, %v1341, %size_L : i64
      %v1343 = arith.subi %size_L, %v2 : i64
      %v1344 = arith.minsi %v1341, %v1343 : i64
      %v1345 = arith.addi %v1340, %v1344 : i64
      %v1346 = arith.muli %v1338, %v282 : i64
      %v1347 = arith.addi %v1346, %v1264 : i64
      %v1348 = llvm.getelementptr %in_z[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1349 = llvm.load %v1348 : !llvm.ptr -> f32
      %v1350 = arith.addi %v1263, %v361 : i64
      %v1351 = arith.constant true
      %v1352 = arith.addi %v1267, %v1350 : i64
      %v1353 = llvm.getelementptr %v21[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1354 = llvm.load %v1353 : !llvm.ptr<3> -> i64
      %v1355 = arith.addi %v54, %v1264 : i64
      %v1356 = arith.cmpi slt, %v1355, %size_L : i64
      %v1357 = arith.subi %size_L, %v2 : i64
      %v1358 = arith.minsi %v1355, %v1357 : i64
      %v1359 = arith.addi %v1354, %v1358 : i64
      %v1360 = arith.muli %v1352, %v282 : i64
      %v1361 = arith.addi %v1360, %v1264 : i64
      %v1362 = llvm.getelementptr %in_z[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
      %v1364 = arith.addi %v1263, %v376 : i64
      %v1365 = arith.constant true
      %v1366 = arith.addi %v1267, %v1364 : i64
      %v1367 = llvm.getelementptr %v21[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1368 = llvm.load %v1367 : !llvm.ptr<3> -> i64
      %v1369 = arith.addi %v54, %v1264 : i64
      %v1370 = arith.cmpi slt, %v1369, %size_L : i64
      %v1371 = arith.subi %size_L, %v2 : i64
      %v1372 = arith.minsi %v1369, %v1371 : i64
      %v1373 = arith.addi %v1368, %v1372 : i64
      %v1374 = arith.muli %v1366, %v282 : i64
      %v1375 = arith.addi %v1374, %v1264 : i64
      %v1376 = llvm.getelementptr %in_z[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1377 = llvm.load %v1376 : !llvm.ptr -> f32
      %v1378 = arith.addi %v1263, %v1 : i64
      %v1379 = arith.constant true
      %v1380 = arith.addi %v1267, %v1378 : i64
      %v1381 = llvm.getelementptr %v21[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1382 = llvm.load %v1381 : !llvm.ptr<3> -> i64
      %v1383 = arith.addi %v54, %v1264 : i64
      %v1384 = arith.cmpi slt, %v1383, %size_L : i64
      %v1385 = arith.subi %size_L, %v2 : i64
      %v1386 = arith.minsi %v1383, %v1385 : i64
      %v1387 = arith.addi %v1382, %v1386 : i64
      %v1388 = arith.muli %v1380, %v282 : i64
      %v1389 = arith.addi %v1388, %v1264 : i64
      %v1390 = llvm.getelementptr %in_z[%v1387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
      %v1392 = arith.addi %v1263, %v405 : i64
      %v1393 = arith.constant true
      %v1394 = arith.addi %v1267, %v1392 : i64
      %v1395 = llvm.getelementptr %v21[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1396 = llvm.load %v1395 : !llvm.ptr<3> -> i64
      %v1397 = arith.addi %v54, %v1264 : i64
      %v1398 = arith.cmpi slt, %v1397, %size_L : i64
      %v1399 = arith.subi %size_L, %v2 : i64
      %v1400 = arith.minsi %v1397, %v1399 : i64
      %v1401 = arith.addi %v1396, %v1400 : i64
      %v1402 = arith.muli %v1394, %v282 : i64
      %v1403 = arith.addi %v1402, %v1264 : i64
      %v1404 = llvm.getelementptr %in_z[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1405 = llvm.load %v1404 : !llvm.ptr -> f32
      %v1406 = arith.addi %v1263, %v420 : i64
      %v1407 = arith.constant true
      %v1408 = arith.addi %v1267, %v1406 : i64
      %v1409 = llvm.getelementptr %v21[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1410 = llvm.load %v1409 : !llvm.ptr<3> -> i64
      %v1411 = arith.addi %v54, %v1264 : i64
      %v1412 = arith.cmpi slt, %v1411, %size_L : i64
      %v1413 = arith.subi %size_L, %v2 : i64
      %v1414 = arith.minsi %v1411, %v1413 : i64
      %v1415 = arith.addi %v1410, %v1414 : i64
      %v1416 = arith.muli %v1408, %v282 : i64
      %v1417 = arith.addi %v1416, %v1264 : i64
      %v1418 = llvm.getelementptr %in_z[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1419 = llvm.load %v1418 : !llvm.ptr -> f32
      %v1420 = arith.addi %v1263, %v435 : i64
      %v1421 = arith.constant true
      %v1422 = arith.addi %v1267, %v1420 : i64
      %v1423 = llvm.getelementptr %v21[%v1422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1424 = llvm.load %v1423 : !llvm.ptr<3> -> i64
      %v1425 = arith.addi %v54, %v1264 : i64
      %v1426 = arith.cmpi slt, %v1425, %size_L : i64
      %v1427 = arith.subi %size_L, %v2 : i64
      %v1428 = arith.minsi %v1425, %v1427 : i64
      %v1429 = arith.addi %v1424, %v1428 : i64
      %v1430 = arith.muli %v1422, %v282 : i64
      %v1431 = arith.addi %v1430, %v1264 : i64
      %v1432 = llvm.getelementptr %in_z[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
      %v1434 = arith.addi %v1263, %v450 : i64
      %v1435 = arith.constant true
      %v1436 = arith.addi %v1267, %v1434 : i64
      %v1437 = llvm.getelementptr %v21[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1438 = llvm.load %v1437 : !llvm.ptr<3> -> i64
      %v1439 = arith.addi %v54, %v1264 : i64
      %v1440 = arith.cmpi slt, %v1439, %size_L : i64
      %v1441 = arith.subi %size_L, %v2 : i64
      %v1442 = arith.minsi %v1439, %v1441 : i64
      %v1443 = arith.addi %v1438, %v1442 : i64
      %v1444 = arith.muli %v1436, %v282 : i64
      %v1445 = arith.addi %v1444, %v1264 : i64
      %v1446 = llvm.getelementptr %in_z[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
      %v1448 = arith.addi %v1263, %v465 : i64
      %v1449 = arith.constant true
      %v1450 = arith.addi %v1267, %v1448 : i64
      %v1451 = llvm.getelementptr %v21[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1452 = llvm.load %v1451 : !llvm.ptr<3> -> i64
      %v1453 = arith.addi %v54, %v1264 : i64
      %v1454 = arith.cmpi slt, %v1453, %size_L : i64
      %v1455 = arith.subi %size_L, %v2 : i64
      %v1456 = arith.minsi %v1453, %v1455 : i64
      %v1457 = arith.addi %v1452, %v1456 : i64
      %v1458 = arith.muli %v1450, %v282 : i64
      %v1459 = arith.addi %v1458, %v1264 : i64
      %v1460 = llvm.getelementptr %in_z[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
      %v1462 = arith.addi %v1263, %v480 : i64
      %v1463 = arith.constant true
      %v1464 = arith.addi %v1267, %v1462 : i64
      %v1465 = llvm.getelementptr %v21[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1466 = llvm.load %v1465 : !llvm.ptr<3> -> i64
      %v1467 = arith.addi %v54, %v1264 : i64
      %v1468 = arith.cmpi slt, %v1467, %size_L : i64
      %v1469 = arith.subi %size_L, %v2 : i64
      %v1470 = arith.minsi %v1467, %v1469 : i64
      %v1471 = arith.addi %v1466, %v1470 : i64
      %v1472 = arith.muli %v1464, %v282 : i64
      %v1473 = arith.addi %v1472, %v1264 : i64
      %v1474 = llvm.getelementptr %in_z[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
      %v1476 = arith.addi %v1263, %v495 : i64
      %v1477 = arith.constant true
      %v1478 = arith.addi %v1267, %v1476 : i64
      %v1479 = llvm.getelementptr %v21[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1480 = llvm.load %v1479 : !llvm.ptr<3> -> i64
      %v1481 = arith.addi %v54, %v1264 : i64
      %v1482 = arith.cmpi slt, %v1481, %size_L : i64
      %v1483 = arith.subi %size_L, %v2 : i64
      %v1484 = arith.minsi %v1481, %v1483 : i64
      %v1485 = arith.addi %v1480, %v1484 : i64
      %v1486 = arith.muli %v1478, %v282 : i64
      %v1487 = arith.addi %v1486, %v1264 : i64
      %v1488 = llvm.getelementptr %in_z[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
      %v1490 = arith.addi %v1263, %v269 : i64
      %v1491 = arith.constant true
      %v1492 = arith.addi %v1267, %v1490 : i64
      %v1493 = llvm.getelementptr %v21[%v1492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1494 = llvm.load %v1493 : !llvm.ptr<3> -> i64
      %v1495 = arith.addi %v54, %v1264 : i64
      %v1496 = arith.cmpi slt, %v1495, %size_L : i64
      %v1497 = arith.subi %size_L, %v2 : i64
      %v1498 = arith.minsi %v1495, %v1497 : i64
      %v1499 = arith.addi %v1494, %v1498 : i64
      %v1500 = arith.muli %v1492, %v282 : i64
      %v1501 = arith.addi %v1500, %v1264 : i64
      %v1502 = llvm.getelementptr %in_z[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
      %v1504 = arith.addi %v1263, %v524 : i64
      %v1505 = arith.constant true
      %v1506 = arith.addi %v1267, %v1504 : i64
      %v1507 = llvm.getelementptr %v21[%v1506] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1508 = llvm.load %v1507 : !llvm.ptr<3> -> i64
      %v1509 = arith.addi %v54, %v1264 : i64
      %v1510 = arith.cmpi slt, %v1509, %size_L : i64
      %v1511 = arith.subi %size_L, %v2 : i64
      %v1512 = arith.minsi %v1509, %v1511 : i64
      %v1513 = arith.addi %v1508, %v1512 : i64
      %v1514 = arith.muli %v1506, %v282 : i64
      %v1515 = arith.addi %v1514, %v1264 : i64
      %v1516 = llvm.getelementptr %in_z[%v1513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1517 = llvm.load %v1516 : !llvm.ptr -> f32
      %v1518 = arith.addi %v1263, %v539 : i64
      %v1519 = arith.constant true
      %v1520 = arith.addi %v1267, %v1518 : i64
      %v1521 = llvm.getelementptr %v21[%v1520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1522 = llvm.load %v1521 : !llvm.ptr<3> -> i64
      %v1523 = arith.addi %v54, %v1264 : i64
      %v1524 = arith.cmpi slt, %v1523, %size_L : i64
      %v1525 = arith.subi %size_L, %v2 : i64
      %v1526 = arith.minsi %v1523, %v1525 : i64
      %v1527 = arith.addi %v1522, %v1526 : i64
      %v1528 = arith.muli %v1520, %v282 : i64
      %v1529 = arith.addi %v1528, %v1264 : i64
      %v1530 = llvm.getelementptr %in_z[%v1527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1531 = llvm.load %v1530 : !llvm.ptr -> f32
      %v1532 = arith.addi %v1263, %v554 : i64
      %v1533 = arith.constant true
      %v1534 = arith.addi %v1267, %v1532 : i64
      %v1535 = llvm.getelementptr %v21[%v1534] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1536 = llvm.load %v1535 : !llvm.ptr<3> -> i64
      %v1537 = arith.addi %v54, %v1264 : i64
      %v1538 = arith.cmpi slt, %v1537, %size_L : i64
      %v1539 = arith.subi %size_L, %v2 : i64
      %v1540 = arith.minsi %v1537, %v1539 : i64
      %v1541 = arith.addi %v1536, %v1540 : i64
      %v1542 = arith.muli %v1534, %v282 : i64
      %v1543 = arith.addi %v1542, %v1264 : i64
      %v1544 = llvm.getelementptr %in_z[%v1541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1545 = llvm.load %v1544 : !llvm.ptr -> f32
      %v1546 = arith.addi %v1263, %v569 : i64
      %v1547 = arith.constant true
      %v1548 = arith.addi %v1267, %v1546 : i64
      %v1549 = llvm.getelementptr %v21[%v1548] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1550 = llvm.load %v1549 : !llvm.ptr<3> -> i64
      %v1551 = arith.addi %v54, %v1264 : i64
      %v1552 = arith.cmpi slt, %v1551, %size_L : i64
      %v1553 = arith.subi %size_L, %v2 : i64
      %v1554 = arith.minsi %v1551, %v1553 : i64
      %v1555 = arith.addi %v1550, %v1554 : i64
      %v1556 = arith.muli %v1548, %v282 : i64
      %v1557 = arith.addi %v1556, %v1264 : i64
      %v1558 = llvm.getelementptr %in_z[%v1555] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1559 = llvm.load %v1558 : !llvm.ptr -> f32
      %v1560 = arith.addi %v1263, %v584 : i64
      %v1561 = arith.constant true
      %v1562 = arith.addi %v1267, %v1560 : i64
      %v1563 = llvm.getelementptr %v21[%v1562] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1564 = llvm.load %v1563 : !llvm.ptr<3> -> i64
      %v1565 = arith.addi %v54, %v1264 : i64
      %v1566 = arith.cmpi slt, %v1565, %size_L : i64
      %v1567 = arith.subi %size_L, %v2 : i64
      %v1568 = arith.minsi %v1565, %v1567 : i64
      %v1569 = arith.addi %v1564, %v1568 : i64
      %v1570 = arith.muli %v1562, %v282 : i64
      %v1571 = arith.addi %v1570, %v1264 : i64
      %v1572 = llvm.getelementptr %in_z[%v1569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1573 = llvm.load %v1572 : !llvm.ptr -> f32
      %v1574 = arith.addi %v1263, %v599 : i64
      %v1575 = arith.constant true
      %v1576 = arith.addi %v1267, %v1574 : i64
      %v1577 = llvm.getelementptr %v21[%v1576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1578 = llvm.load %v1577 : !llvm.ptr<3> -> i64
      %v1579 = arith.addi %v54, %v1264 : i64
      %v1580 = arith.cmpi slt, %v1579, %size_L : i64
      %v1581 = arith.subi %size_L, %v2 : i64
      %v1582 = arith.minsi %v1579, %v1581 : i64
      %v1583 = arith.addi %v1578, %v1582 : i64
      %v1584 = arith.muli %v1576, %v282 : i64
      %v1585 = arith.addi %v1584, %v1264 : i64
      %v1586 = llvm.getelementptr %in_z[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
      %v1588 = arith.addi %v1263, %v614 : i64
      %v1589 = arith.constant true
      %v1590 = arith.addi %v1267, %v1588 : i64
      %v1591 = llvm.getelementptr %v21[%v1590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1592 = llvm.load %v1591 : !llvm.ptr<3> -> i64
      %v1593 = arith.addi %v54, %v1264 : i64
      %v1594 = arith.cmpi slt, %v1593, %size_L : i64
      %v1595 = arith.subi %size_L, %v2 : i64
      %v1596 = arith.minsi %v1593, %v1595 : i64
      %v1597 = arith.addi %v1592, %v1596 : i64
      %v1598 = arith.muli %v1590, %v282 : i64
      %v1599 = arith.addi %v1598, %v1264 : i64
      %v1600 = llvm.getelementptr %in_z[%v1597] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1601 = llvm.load %v1600 : !llvm.ptr -> f32
      %v1602 = arith.addi %v1263, %v629 : i64
      %v1603 = arith.constant true
      %v1604 = arith.addi %v1267, %v1602 : i64
      %v1605 = llvm.getelementptr %v21[%v1604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1606 = llvm.load %v1605 : !llvm.ptr<3> -> i64
      %v1607 = arith.addi %v54, %v1264 : i64
      %v1608 = arith.cmpi slt, %v1607, %size_L : i64
      %v1609 = arith.subi %size_L, %v2 : i64
      %v1610 = arith.minsi %v1607, %v1609 : i64
      %v1611 = arith.addi %v1606, %v1610 : i64
      %v1612 = arith.muli %v1604, %v282 : i64
      %v1613 = arith.addi %v1612, %v1264 : i64
      %v1614 = llvm.getelementptr %in_z[%v1611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1615 = llvm.load %v1614 : !llvm.ptr -> f32
      %v1616 = arith.addi %v1263, %v644 : i64
      %v1617 = arith.constant true
      %v1618 = arith.addi %v1267, %v1616 : i64
      %v1619 = llvm.getelementptr %v21[%v1618] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1620 = llvm.load %v1619 : !llvm.ptr<3> -> i64
      %v1621 = arith.addi %v54, %v1264 : i64
      %v1622 = arith.cmpi slt, %v1621, %size_L : i64
      %v1623 = arith.subi %size_L, %v2 : i64
      %v1624 = arith.minsi %v1621, %v1623 : i64
      %v1625 = arith.addi %v1620, %v1624 : i64
      %v1626 = arith.muli %v1618, %v282 : i64
      %v1627 = arith.addi %v1626, %v1264 : i64
      %v1628 = llvm.getelementptr %in_z[%v1625] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1629 = llvm.load %v1628 : !llvm.ptr -> f32
      %v1630 = arith.addi %v1263, %v659 : i64
      %v1631 = arith.constant true
      %v1632 = arith.addi %v1267, %v1630 : i64
      %v1633 = llvm.getelementptr %v21[%v1632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1634 = llvm.load %v1633 : !llvm.ptr<3> -> i64
      %v1635 = arith.addi %v54, %v1264 : i64
      %v1636 = arith.cmpi slt, %v1635, %size_L : i64
      %v1637 = arith.subi %size_L, %v2 : i64
      %v1638 = arith.minsi %v1635, %v1637 : i64
      %v1639 = arith.addi %v1634, %v1638 : i64
      %v1640 = arith.muli %v1632, %v282 : i64
      %v1641 = arith.addi %v1640, %v1264 : i64
      %v1642 = llvm.getelementptr %in_z[%v1639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1643 = llvm.load %v1642 : !llvm.ptr -> f32
      %v1644 = arith.addi %v1263, %v674 : i64
      %v1645 = arith.constant true
      %v1646 = arith.addi %v1267, %v1644 : i64
      %v1647 = llvm.getelementptr %v21[%v1646] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1648 = llvm.load %v1647 : !llvm.ptr<3> -> i64
      %v1649 = arith.addi %v54, %v1264 : i64
      %v1650 = arith.cmpi slt, %v1649, %size_L : i64
      %v1651 = arith.subi %size_L, %v2 : i64
      %v1652 = arith.minsi %v1649, %v1651 : i64
      %v1653 = arith.addi %v1648, %v1652 : i64
      %v1654 = arith.muli %v1646, %v282 : i64
      %v1655 = arith.addi %v1654, %v1264 : i64
      %v1656 = llvm.getelementptr %in_z[%v1653] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1657 = llvm.load %v1656 : !llvm.ptr -> f32
      %v1658 = arith.addi %v1263, %v689 : i64
      %v1659 = arith.constant true
      %v1660 = arith.addi %v1267, %v1658 : i64
      %v1661 = llvm.getelementptr %v21[%v1660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1662 = llvm.load %v1661 : !llvm.ptr<3> -> i64
      %v1663 = arith.addi %v54, %v1264 : i64
      %v1664 = arith.cmpi slt, %v1663, %size_L : i64
      %v1665 = arith.subi %size_L, %v2 : i64
      %v1666 = arith.minsi %v1663, %v1665 : i64
      %v1667 = arith.addi %v1662, %v1666 : i64
      %v1668 = arith.muli %v1660, %v282 : i64
      %v1669 = arith.addi %v1668, %v1264 : i64
      %v1670 = llvm.getelementptr %in_z[%v1667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1671 = llvm.load %v1670 : !llvm.ptr -> f32
      %v1672 = arith.addi %v1263, %v704 : i64
      %v1673 = arith.constant true
      %v1674 = arith.addi %v1267, %v1672 : i64
      %v1675 = llvm.getelementptr %v21[%v1674] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1676 = llvm.load %v1675 : !llvm.ptr<3> -> i64
      %v1677 = arith.addi %v54, %v1264 : i64
      %v1678 = arith.cmpi slt, %v1677, %size_L : i64
      %v1679 = arith.subi %size_L, %v2 : i64
      %v1680 = arith.minsi %v1677, %v1679 : i64
      %v1681 = arith.addi %v1676, %v1680 : i64
      %v1682 = arith.muli %v1674, %v282 : i64
      %v1683 = arith.addi %v1682, %v1264 : i64
      %v1684 = llvm.getelementptr %in_z[%v1681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1685 = llvm.load %v1684 : !llvm.ptr -> f32
      %v1686 = arith.addi %v1263, %v719 : i64
      %v1687 = arith.constant true
      %v1688 = arith.addi %v1267, %v1686 : i64
      %v1689 = llvm.getelementptr %v21[%v1688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1690 = llvm.load %v1689 : !llvm.ptr<3> -> i64
      %v1691 = arith.addi %v54, %v1264 : i64
      %v1692 = arith.cmpi slt, %v1691, %size_L : i64
      %v1693 = arith.subi %size_L, %v2 : i64
      %v1694 = arith.minsi %v1691, %v1693 : i64
      %v1695 = arith.addi %v1690, %v1694 : i64
      %v1696 = arith.muli %v1688, %v282 : i64
      %v1697 = arith.addi %v1696, %v1264 : i64
      %v1698 = llvm.getelementptr %in_z[%v1695] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1699 = llvm.load %v1698 : !llvm.ptr -> f32
      %v1700 = arith.addi %v1263, %v734 : i64
      %v1701 = arith.constant true
      %v1702 = arith.addi %v1267, %v1700 : i64
      %v1703 = llvm.getelementptr %v21[%v1702] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1704 = llvm.load %v1703 : !llvm.ptr<3> -> i64
      %v1705 = arith.addi %v54, %v1264 : i64
      %v1706 = arith.cmpi slt, %v1705, %size_L : i64
      %v1707 = arith.subi %size_L, %v2 : i64
      %v1708 = arith.minsi %v1705, %v1707 : i64
      %v1709 = arith.addi %v1704, %v1708 : i64
      %v1710 = arith.muli %v1702, %v282 : i64
      %v1711 = arith.addi %v1710, %v1264 : i64
      %v1712 = llvm.getelementptr %in_z[%v1709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1713 = llvm.load %v1712 : !llvm.ptr -> f32
      scf.if %v1266 {
        %v1714 = llvm.getelementptr %v22[%v1277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1279, %v1714 : f32, !llvm.ptr<3>
      }
      scf.if %v1281 {
        %v1715 = llvm.getelementptr %v22[%v1291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1293, %v1715 : f32, !llvm.ptr<3>
      }
      scf.if %v1295 {
        %v1716 = llvm.getelementptr %v22[%v1305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1307, %v1716 : f32, !llvm.ptr<3>
      }
      scf.if %v1309 {
        %v1717 = llvm.getelementptr %v22[%v1319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1321, %v1717 : f32, !llvm.ptr<3>
      }
      scf.if %v1323 {
        %v1718 = llvm.getelementptr %v22[%v1333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1335, %v1718 : f32, !llvm.ptr<3>
      }
      scf.if %v1337 {
        %v1719 = llvm.getelementptr %v22[%v1347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1349, %v1719 : f32, !llvm.ptr<3>
      }
      scf.if %v1351 {
        %v1720 = llvm.getelementptr %v22[%v1361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1363, %v1720 : f32, !llvm.ptr<3>
      }
      scf.if %v1365 {
        %v1721 = llvm.getelementptr %v22[%v1375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1377, %v1721 : f32, !llvm.ptr<3>
      }
      scf.if %v1379 {
        %v1722 = llvm.getelementptr %v22[%v1389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1391, %v1722 : f32, !llvm.ptr<3>
      }
      scf.if %v1393 {
        %v1723 = llvm.getelementptr %v22[%v1403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1405, %v1723 : f32, !llvm.ptr<3>
      }
      scf.if %v1407 {
        %v1724 = llvm.getelementptr %v22[%v1417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1419, %v1724 : f32, !llvm.ptr<3>
      }
      scf.if %v1421 {
        %v1725 = llvm.getelementptr %v22[%v1431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1433, %v1725 : f32, !llvm.ptr<3>
      }
      scf.if %v1435 {
        %v1726 = llvm.getelementptr %v22[%v1445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1447, %v1726 : f32, !llvm.ptr<3>
      }
      scf.if %v1449 {
        %v1727 = llvm.getelementptr %v22[%v1459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1461, %v1727 : f32, !llvm.ptr<3>
      }
      scf.if %v1463 {
        %v1728 = llvm.getelementptr %v22[%v1473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1475, %v1728 : f32, !llvm.ptr<3>
      }
      scf.if %v1477 {
        %v1729 = llvm.getelementptr %v22[%v1487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1489, %v1729 : f32, !llvm.ptr<3>
      }
      scf.if %v1491 {
        %v1730 = llvm.getelementptr %v22[%v1501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1503, %v1730 : f32, !llvm.ptr<3>
      }
      scf.if %v1505 {
        %v1731 = llvm.getelementptr %v22[%v1515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1517, %v1731 : f32, !llvm.ptr<3>
      }
      scf.if %v1519 {
        %v1732 = llvm.getelementptr %v22[%v1529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1531, %v1732 : f32, !llvm.ptr<3>
      }
      scf.if %v1533 {
        %v1733 = llvm.getelementptr %v22[%v1543] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1545, %v1733 : f32, !llvm.ptr<3>
      }
      scf.if %v1547 {
        %v1734 = llvm.getelementptr %v22[%v1557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1559, %v1734 : f32, !llvm.ptr<3>
      }
      scf.if %v1561 {
        %v1735 = llvm.getelementptr %v22[%v1571] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1573, %v1735 : f32, !llvm.ptr<3>
      }
      scf.if %v1575 {
        %v1736 = llvm.getelementptr %v22[%v1585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1587, %v1736 : f32, !llvm.ptr<3>
      }
      scf.if %v1589 {
        %v1737 = llvm.getelementptr %v22[%v1599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1601, %v1737 : f32, !llvm.ptr<3>
      }
      scf.if %v1603 {
        %v1738 = llvm.getelementptr %v22[%v1613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1615, %v1738 : f32, !llvm.ptr<3>
      }
      scf.if %v1617 {
        %v1739 = llvm.getelementptr %v22[%v1627] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1629, %v1739 : f32, !llvm.ptr<3>
      }
      scf.if %v1631 {
        %v1740 = llvm.getelementptr %v22[%v1641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1643, %v1740 : f32, !llvm.ptr<3>
      }
      scf.if %v1645 {
        %v1741 = llvm.getelementptr %v22[%v1655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1657, %v1741 : f32, !llvm.ptr<3>
      }
      scf.if %v1659 {
        %v1742 = llvm.getelementptr %v22[%v1669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1671, %v1742 : f32, !llvm.ptr<3>
      }
      scf.if %v1673 {
        %v1743 = llvm.getelementptr %v22[%v1683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1685, %v1743 : f32, !llvm.ptr<3>
      }
      scf.if %v1687 {
        %v1744 = llvm.getelementptr %v22[%v1697] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1699, %v1744 : f32, !llvm.ptr<3>
      }
      scf.if %v1701 {
        %v1745 = llvm.getelementptr %v22[%v1711] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1713, %v1745 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1746 = arith.index_cast %v54 : i64 to index
      %v1747 = arith.index_cast %size_L : i64 to index
      %v1748 = arith.index_cast %v269 : i64 to index
      scf.for %v1749 = %v1746 to %v1747 step %v1748 {
        %v1750 = arith.index_cast %v1749 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v1751 = arith.subi %size_L, %v2 : i64
        %v1753 = arith.index_cast %v29 : i64 to index
        %v1754 = arith.index_cast %v1752 : i64 to index
        %v1755 = arith.index_cast %v31 : i64 to index
        scf.for %v1756 = %v1753 to %v1754 step %v1755 {
          %v1757 = arith.index_cast %v1756 : index to i64
          %v1758 = arith.remui %v1757, %v269 : i64
          %v1759 = arith.divui %v1757, %v269 : i64
          %v1760 = arith.addi %v1750, %v1758 : i64
          %v1761 = arith.minsi %v1760, %v1751 : i64
          %v1762 = arith.remui %v1759, %v1 : i64
          %v1763 = arith.divui %v1759, %v1 : i64
          %v1766 = arith.muli %v48, %v1765 : i64
          %v1767 = arith.muli %v1762, %v1764 : i64
          %v1768 = arith.addi %v1766, %v1767 : i64
          %v1769 = arith.muli %v1761, %v2 : i64
          %v1770 = arith.addi %v1768, %v1769 : i64
          %v1771 = llvm.getelementptr %in_Bm[%v1770] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1772 = llvm.load %v1771 : !llvm.ptr -> f32
          %v1774 = arith.muli %v1759, %v1773 : i64
          %v1775 = arith.addi %v1774, %v1758 : i64
          %v1776 = llvm.getelementptr %v51[%v1775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1772, %v1776 : f32, !llvm.ptr
        }
        %v1777 = arith.index_cast %v29 : i64 to index
        %v1778 = arith.index_cast %v1752 : i64 to index
        %v1779 = arith.index_cast %v31 : i64 to index
        scf.for %v1780 = %v1777 to %v1778 step %v1779 {
          %v1781 = arith.index_cast %v1780 : index to i64
          %v1782 = arith.remui %v1781, %v269 : i64
          %v1783 = arith.divui %v1781, %v269 : i64
          %v1784 = arith.addi %v1750, %v1782 : i64
          %v1785 = arith.minsi %v1784, %v1751 : i64
          %v1786 = arith.remui %v1783, %v1 : i64
          %v1787 = arith.divui %v1783, %v1 : i64
          %v1788 = arith.muli %v48, %v1765 : i64
          %v1789 = arith.muli %v1786, %v1764 : i64
          %v1790 = arith.addi %v1788, %v1789 : i64
          %v1791 = arith.muli %v1785, %v2 : i64
          %v1792 = arith.addi %v1790, %v1791 : i64
          %v1793 = llvm.getelementptr %in_Cm[%v1792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1794 = llvm.load %v1793 : !llvm.ptr -> f32
          %v1795 = arith.muli %v1783, %v1773 : i64
          %v1796 = arith.addi %v1795, %v1782 : i64
          %v1797 = llvm.getelementptr %v53[%v1796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1794, %v1797 : f32, !llvm.ptr
        }
        gpu.barrier
        // save the states at checkpoint steps (when given somewhere to save them)
        %v1798 = arith.remui %v1750, %v31 : i64
        %v1799 = arith.cmpi eq, %v1798, %v54 : i64
        %v1800 = arith.andi %v1799, %v40 : i1
        scf.if %v1800 {
          %v1801 = arith.divui %v1750, %v31 : i64
          %v1802 = llvm.mlir.zero : !llvm.ptr
          %v1803 = llvm.icmp "ne" %ckpt_h, %v1802 : !llvm.ptr
          scf.if %v1803 {
            %v1807 = arith.muli %v1801, %v1806 : i64
            %v1808 = llvm.load %v5 : !llvm.ptr -> f32
            %v1809 = arith.muli %v48, %v94 : i64
            %v1810 = arith.muli %v46, %v93 : i64
            %v1811 = arith.addi %v1809, %v1810 : i64
            %v1812 = arith.addi %v1807, %v1811 : i64
            %v1813 = llvm.getelementptr %ckpt_h[%v1812] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1808, %v1813 : f32, !llvm.ptr
            %v1814 = llvm.load %v6 : !llvm.ptr -> f32
            %v1815 = arith.muli %v48, %v94 : i64
            %v1816 = arith.muli %v46, %v93 : i64
            %v1817 = arith.addi %v1815, %v1816 : i64
            %v1818 = arith.constant 1 : i64
            %v1819 = arith.muli %v1818, %v2 : i64
            %v1820 = arith.addi %v1817, %v1819 : i64
            %v1821 = arith.addi %v1807, %v1820 : i64
            %v1822 = llvm.getelementptr %ckpt_h[%v1821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1814, %v1822 : f32, !llvm.ptr
            %v1823 = llvm.load %v7 : !llvm.ptr -> f32
            %v1824 = arith.muli %v48, %v94 : i64
            %v1825 = arith.muli %v46, %v93 : i64
            %v1826 = arith.addi %v1824, %v1825 : i64
            %v1827 = arith.constant 2 : i64
            %v1828 = arith.muli %v1827, %v2 : i64
            %v1829 = arith.addi %v1826, %v1828 : i64
            %v1830 = arith.addi %v1807, %v1829 : i64
            %v1831 = llvm.getelementptr %ckpt_h[%v1830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1823, %v1831 : f32, !llvm.ptr
            %v1832 = llvm.load %v8 : !llvm.ptr -> f32
            %v1833 = arith.muli %v48, %v94 : i64
            %v1834 = arith.muli %v46, %v93 : i64
            %v1835 = arith.addi %v1833, %v1834 : i64
            %v1836 = arith.constant 3 : i64
            %v1837 = arith.muli %v1836, %v2 : i64
            %v1838 = arith.addi %v1835, %v1837 : i64
            %v1839 = arith.addi %v1807, %v1838 : i64
            %v1840 = llvm.getelementptr %ckpt_h[%v1839] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1832, %v1840 : f32, !llvm.ptr
            %v1841 = llvm.load %v9 : !llvm.ptr -> f32
            %v1842 = arith.muli %v48, %v94 : i64
            %v1843 = arith.muli %v46, %v93 : i64
            %v1844 = arith.addi %v1842, %v1843 : i64
            %v1845 = arith.constant 4 : i64
            %v1846 = arith.muli %v1845, %v2 : i64
            %v1847 = arith.addi %v1844, %v1846 : i64
            %v1848 = arith.addi %v1807, %v1847 : i64
            %v1849 = llvm.getelementptr %ckpt_h[%v1848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1841, %v1849 : f32, !llvm.ptr
            %v1850 = llvm.load %v10 : !llvm.ptr -> f32
            %v1851 = arith.muli %v48, %v94 : i64
            %v1852 = arith.muli %v46, %v93 : i64
            %v1853 = arith.addi %v1851, %v1852 : i64
            %v1854 = arith.constant 5 : i64
            %v1855 = arith.muli %v1854, %v2 : i64
            %v1856 = arith.addi %v1853, %v1855 : i64
            %v1857 = arith.addi %v1807, %v1856 : i64
            %v1858 = llvm.getelementptr %ckpt_h[%v1857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1850, %v1858 : f32, !llvm.ptr
            %v1859 = llvm.load %v11 : !llvm.ptr -> f32
            %v1860 = arith.muli %v48, %v94 : i64
            %v1861 = arith.muli %v46, %v93 : i64
            %v1862 = arith.addi %v1860, %v1861 : i64
            %v1863 = arith.constant 6 : i64
            %v1864 = arith.muli %v1863, %v2 : i64
            %v1865 = arith.addi %v1862, %v1864 : i64
            %v1866 = arith.addi %v1807, %v1865 : i64
            %v1867 = llvm.getelementptr %ckpt_h[%v1866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1859, %v1867 : f32, !llvm.ptr
            %v1868 = llvm.load %v12 : !llvm.ptr -> f32
            %v1869 = arith.muli %v48, %v94 : i64
            %v1870 = arith.muli %v46, %v93 : i64
            %v1871 = arith.addi %v1869, %v1870 : i64
            %v1872 = arith.constant 7 : i64
            %v1873 = arith.muli %v1872, %v2 : i64
            %v1874 = arith.addi %v1871, %v1873 : i64
            %v1875 = arith.addi %v1807, %v1874 : i64
            %v1876 = llvm.getelementptr %ckpt_h[%v1875] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1868, %v1876 : f32, !llvm.ptr
            %v1877 = llvm.load %v13 : !llvm.ptr -> f32
            %v1878 = arith.muli %v48, %v94 : i64
            %v1879 = arith.muli %v46, %v93 : i64
            %v1880 = arith.addi %v1878, %v1879 : i64
            %v1881 = arith.constant 8 : i64
            %v1882 = arith.muli %v1881, %v2 : i64
            %v1883 = arith.addi %v1880, %v1882 : i64
            %v1884 = arith.addi %v1807, %v1883 : i64
            %v1885 = llvm.getelementptr %ckpt_h[%v1884] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1877, %v1885 : f32, !llvm.ptr
            %v1886 = llvm.load %v14 : !llvm.ptr -> f32
            %v1887 = arith.muli %v48, %v94 : i64
            %v1888 = arith.muli %v46, %v93 : i64
            %v1889 = arith.addi %v1887, %v1888 : i64
            %v1890 = arith.constant 9 : i64
            %v1891 = arith.muli %v1890, %v2 : i64
            %v1892 = arith.addi %v1889, %v1891 : i64
            %v1893 = arith.addi %v1807, %v1892 : i64
            %v1894 = llvm.getelementptr %ckpt_h[%v1893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1886, %v1894 : f32, !llvm.ptr
            %v1895 = llvm.load %v15 : !llvm.ptr -> f32
            %v1896 = arith.muli %v48, %v94 : i64
            %v1897 = arith.muli %v46, %v93 : i64
            %v1898 = arith.addi %v1896, %v1897 : i64
            %v1899 = arith.constant 10 : i64
            %v1900 = arith.muli %v1899, %v2 : i64
            %v1901 = arith.addi %v1898, %v1900 : i64
            %v1902 = arith.addi %v1807, %v1901 : i64
            %v1903 = llvm.getelementptr %ckpt_h[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1895, %v1903 : f32, !llvm.ptr
            %v1904 = llvm.load %v16 : !llvm.ptr -> f32
            %v1905 = arith.muli %v48, %v94 : i64
            %v1906 = arith.muli %v46, %v93 : i64
            %v1907 = arith.addi %v1905, %v1906 : i64
            %v1908 = arith.constant 11 : i64
            %v1909 = arith.muli %v1908, %v2 : i64
            %v1910 = arith.addi %v1907, %v1909 : i64
            %v1911 = arith.addi %v1807, %v1910 : i64
            %v1912 = llvm.getelementptr %ckpt_h[%v1911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1904, %v1912 : f32, !llvm.ptr
            %v1913 = llvm.load %v17 : !llvm.ptr -> f32
            %v1914 = arith.muli %v48, %v94 : i64
            %v1915 = arith.muli %v46, %v93 : i64
            %v1916 = arith.addi %v1914, %v1915 : i64
            %v1917 = arith.constant 12 : i64
            %v1918 = arith.muli %v1917, %v2 : i64
            %v1919 = arith.addi %v1916, %v1918 : i64
            %v1920 = arith.addi %v1807, %v1919 : i64
            %v1921 = llvm.getelementptr %ckpt_h[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1913, %v1921 : f32, !llvm.ptr
            %v1922 = llvm.load %v18 : !llvm.ptr -> f32
            %v1923 = arith.muli %v48, %v94 : i64
            %v1924 = arith.muli %v46, %v93 : i64
            %v1925 = arith.addi %v1923, %v1924 : i64
            %v1926 = arith.constant 13 : i64
            %v1927 = arith.muli %v1926, %v2 : i64
            %v1928 = arith.addi %v1925, %v1927 : i64
            %v1929 = arith.addi %v1807, %v1928 : i64
            %v1930 = llvm.getelementptr %ckpt_h[%v1929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1922, %v1930 : f32, !llvm.ptr
            %v1931 = llvm.load %v19 : !llvm.ptr -> f32
            %v1932 = arith.muli %v48, %v94 : i64
            %v1933 = arith.muli %v46, %v93 : i64
            %v1934 = arith.addi %v1932, %v1933 : i64
            %v1935 = arith.constant 14 : i64
            %v1936 = arith.muli %v1935, %v2 : i64
            %v1937 = arith.addi %v1934, %v1936 : i64
            %v1938 = arith.addi %v1807, %v1937 : i64
            %v1939 = llvm.getelementptr %ckpt_h[%v1938] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1931, %v1939 : f32, !llvm.ptr
            %v1940 = llvm.load %v20 : !llvm.ptr -> f32
            %v1941 = arith.muli %v48, %v94 : i64
            %v1942 = arith.muli %v46, %v93 : i64
            %v1943 = arith.addi %v1941, %v1942 : i64
            %v1944 = arith.constant 15 : i64
            %v1945 = arith.muli %v1944, %v2 : i64
            %v1946 = arith.addi %v1943, %v1945 : i64
            %v1947 = arith.addi %v1807, %v1946 : i64
            %v1948 = llvm.getelementptr %ckpt_h[%v1947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v1940, %v1948 : f32, !llvm.ptr
          }
        }
        // end save
        %v1949 = arith.subi %size_L, %v1750 : i64
        %v1950 = arith.minsi %v1949, %v269 : i64
        %v1951 = arith.addi %v1750, %v269 : i64
        %v1952 = arith.divui %v29, %v269 : i64
        %v1953 = arith.remui %v29, %v269 : i64
        %v1954 = arith.addi %v1952, %v54 : i64
        %v1955 = arith.constant true
        %v1956 = arith.addi %v54, %v1954 : i64
        %v1957 = llvm.getelementptr %v21[%v1956] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1958 = llvm.load %v1957 : !llvm.ptr<3> -> i64
        %v1959 = arith.addi %v1951, %v1953 : i64
        %v1960 = arith.cmpi slt, %v1959, %size_L : i64
        %v1961 = arith.subi %size_L, %v2 : i64
        %v1962 = arith.minsi %v1959, %v1961 : i64
        %v1963 = arith.addi %v1958, %v1962 : i64
        %v1964 = arith.muli %v1956, %v282 : i64
        %v1965 = arith.addi %v1964, %v1953 : i64
        %v1966 = llvm.getelementptr %in_u[%v1963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1967 = llvm.load %v1966 : !llvm.ptr -> f32
        %v1968 = arith.addi %v1952, %v78 : i64
        %v1969 = arith.constant true
        %v1970 = arith.addi %v54, %v1968 : i64
        %v1971 = llvm.getelementptr %v21[%v1970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1972 = llvm.load %v1971 : !llvm.ptr<3> -> i64
        %v1973 = arith.addi %v1951, %v1953 : i64
        %v1974 = arith.cmpi slt, %v1973, %size_L : i64
        %v1975 = arith.subi %size_L, %v2 : i64
        %v1976 = arith.minsi %v1973, %v1975 : i64
        %v1977 = arith.addi %v1972, %v1976 : i64
        %v1978 = arith.muli %v1970, %v282 : i64
        %v1979 = arith.addi %v1978, %v1953 : i64
        %v1980 = llvm.getelementptr %in_u[%v1977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1981 = llvm.load %v1980 : !llvm.ptr -> f32
        %v1982 = arith.addi %v1952, %v301 : i64
        %v1983 = arith.constant true
        %v1984 = arith.addi %v54, %v1982 : i64
        %v1985 = llvm.getelementptr %v21[%v1984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1986 = llvm.load %v1985 : !llvm.ptr<3> -> i64
        %v1987 = arith.addi %v1951, %v1953 : i64
        %v1988 = arith.cmpi slt, %v1987, %size_L : i64
        %v1989 = arith.subi %size_L, %v2 : i64
        %v1990 = arith.minsi %v1987, %v1989 : i64
        %v1991 = arith.addi %v1986, %v1990 : i64
        %v1992 = arith.muli %v1984, %v282 : i64
        %v1993 = arith.addi %v1992, %v1953 : i64
        %v1994 = llvm.getelementptr %in_u[%v1991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1995 = llvm.load %v1994 : !llvm.ptr -> f32
        %v1996 = arith.addi %v1952, %v316 : i64
        %v1997 = arith.constant true
        %v1998 = arith.addi %v54, %v1996 : i64
        %v1999 = llvm.getelementptr %v21[%v1998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2000 = llvm.load %v1999 : !llvm.ptr<3> -> i64
        %v2001 = arith.addi %v1951, %v1953 : i64
        %v2002 = arith.cmpi slt, %v2001, %size_L : i64
        %v2003 = arith.subi %size_L, %v2 : i64
        %v2004 = arith.minsi %v2001, %v2003 : i64
        %v2005 = arith.addi %v2000, %v2004 : i64
        %v2006 = arith.muli %v1998, %v282 : i64
        %v2007 = arith.addi %v2006, %v1953 : i64
        %v2008 = llvm.getelementptr %in_u[%v2005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2009 = llvm.load %v2008 : !llvm.ptr -> f32
        %v2010 = arith.addi %v1952, %v331 : i64
        %v2011 = arith.constant true
        %v2012 = arith.addi %v54, %v2010 : i64
        %v2013 = llvm.getelementptr %v21[%v2012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2014 = llvm.load %v2013 : !llvm.ptr<3> -> i64
        %v2015 = arith.addi %v1951, %v1953 : i64
        %v2016 = arith.cmpi slt, %v2015, %size_L : i64
        %v2017 = arith.subi %size_L, %v2 : i64
        %v2018 = arith.minsi %v2015, %v2017 : i64
        %v2019 = arith.addi %v2014, %v2018 : i64
        %v2020 = arith.muli %v2012, %v282 : i64
        %v2021 = arith.addi %v2020, %v1953 : i64
        %v2022 = llvm.getelementptr %in_u[%v2019] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2023 = llvm.load %v2022 : !llvm.ptr -> f32
        %v2024 = arith.addi %v1952, %v346 : i64
        %v2025 = arith.constant true
        %v2026 = arith.addi %v54, %v2024 : i64
        %v2027 = llvm.getelementptr %v21[%v2026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2028 = llvm.load %v2027 : !llvm.ptr<3> -> i64
        %v2029 = arith.addi %v1951, %v1953 : i64
        %v2030 = arith.cmpi slt, %v2029, %size_L : i64
        %v2031 = arith.subi %size_L, %v2 : i64
        %v2032 = arith.minsi %v2029, %v2031 : i64
        %v2033 = arith.addi %v2028, %v2032 : i64
        %v2034 = arith.muli %v2026, %v282 : i64
        %v2035 = arith.addi %v2034, %v1953 : i64
        %v2036 = llvm.getelementptr %in_u[%v2033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2037 = llvm.load %v2036 : !llvm.ptr -> f32
        %v2038 = arith.addi %v1952, %v361 : i64
        %v2039 = arith.constant true
        %v2040 = arith.addi %v54, %v2038 : i64
        %v2041 = llvm.getelementptr %v21[%v2040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2042 = llvm.load %v2041 : !llvm.ptr<3> -> i64
        %v2043 = arith.addi %v1951, %v1953 : i64
        %v2044 = arith.cmpi slt, %v2043, %size_L : i64
        %v2045 = arith.subi %size_L, %v2 : i64
        %v2046 = arith.minsi %v2043, %v2045 : i64
        %v2047 = arith.addi %v2042, %v2046 : i64
        %v2048 = arith.muli %v2040, %v282 : i64
        %v2049 = arith.addi %v2048, %v1953 : i64
        %v2050 = llvm.getelementptr %in_u[%v2047] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2051 = llvm.load %v2050 : !llvm.ptr -> f32
        %v2052 = arith.addi %v1952, %v376 : i64
        %v2053 = arith.constant true
        %v2054 = arith.addi %v54, %v2052 : i64
        %v2055 = llvm.getelementptr %v21[%v2054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2056 = llvm.load %v2055 : !llvm.ptr<3> -> i64
        %v2057 = arith.addi %v1951, %v1953 : i64
        %v2058 = arith.cmpi slt, %v2057, %size_L : i64
        %v2059 = arith.subi %size_L, %v2 : i64
        %v2060 = arith.minsi %v2057, %v2059 : i64
        %v2061 = arith.addi %v2056, %v2060 : i64
        %v2062 = arith.muli %v2054, %v282 : i64
        %v2063 = arith.addi %v2062, %v1953 : i64
        %v2064 = llvm.getelementptr %in_u[%v2061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2065 = llvm.load %v2064 : !llvm.ptr -> f32
        %v2066 = arith.addi %v1952, %v1 : i64
        %v2067 = arith.constant true
        %v2068 = arith.addi %v54, %v2066 : i64
        %v2069 = llvm.getelementptr %v21[%v2068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2070 = llvm.load %v2069 : !llvm.ptr<3> -> i64
        %v2071 = arith.addi %v1951, %v1953 : i64
        %v2072 = arith.cmpi slt, %v2071, %size_L : i64
        %v2073 = arith.subi %size_L, %v2 : i64
        %v2074 = arith.minsi %v2071, %v2073 : i64
        %v2075 = arith.addi %v2070, %v2074 : i64
        %v2076 = arith.muli %v2068, %v282 : i64
        %v2077 = arith.addi %v2076, %v1953 : i64
        %v2078 = llvm.getelementptr %in_u[%v2075] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2079 = llvm.load %v2078 : !llvm.ptr -> f32
        %v2080 = arith.addi %v1952, %v405 : i64
        %v2081 = arith.constant true
        %v2082 = arith.addi %v54, %v2080 : i64
        %v2083 = llvm.getelementptr %v21[%v2082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2084 = llvm.load %v2083 : !llvm.ptr<3> -> i64
        %v2085 = arith.addi %v1951, %v1953 : i64
        %v2086 = arith.cmpi slt, %v2085, %size_L : i64
        %v2087 = arith.subi %size_L, %v2 : i64
        %v2088 = arith.minsi %v2085, %v2087 : i64
        %v2089 = arith.addi %v2084, %v2088 : i64
        %v2090 = arith.muli %v2082, %v282 : i64
        %v2091 = arith.addi %v2090, %v1953 : i64
        %v2092 = llvm.getelementptr %in_u[%v2089] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2093 = llvm.load %v2092 : !llvm.ptr -> f32
        %v2094 = arith.addi %v1952, %v420 : i64
        %v2095 = arith.constant true
        %v2096 = arith.addi %v54, %v2094 : i64
        %v2097 = llvm.getelementptr %v21[%v2096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2098 = llvm.load %v2097 : !llvm.ptr<3> -> i64
        %v2099 = arith.addi %v1951, %v1953 : i64
        %v2100 = arith.cmpi slt, %v2099, %size_L : i64
        %v2101 = arith.subi %size_L, %v2 : i64
        %v2102 = arith.minsi %v2099, %v2101 : i64
        %v2103 = arith.addi %v2098, %v2102 : i64
        %v2104 = arith.muli %v2096, %v282 : i64
        %v2105 = arith.addi %v2104, %v1953 : i64
        %v2106 = llvm.getelementptr %in_u[%v2103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2107 = llvm.load %v2106 : !llvm.ptr -> f32
        %v2108 = arith.addi %v1952, %v435 : i64
        %v2109 = arith.constant true
        %v2110 = arith.addi %v54, %v2108 : i64
        %v2111 = llvm.getelementptr %v21[%v2110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2112 = llvm.load %v2111 : !llvm.ptr<3> -> i64
        %v2113 = arith.addi %v1951, %v1953 : i64
        %v2114 = arith.cmpi slt, %v2113, %size_L : i64
        %v2115 = arith.subi %size_L, %v2 : i64
        %v2116 = arith.minsi %v2113, %v2115 : i64
        %v2117 = arith.addi %v2112, %v2116 : i64
        %v2118 = arith.muli %v2110, %v282 : i64
        %v2119 = arith.addi %v2118, %v1953 : i64
        %v2120 = llvm.getelementptr %in_u[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2121 = llvm.load %v2120 : !llvm.ptr -> f32
        %v2122 = arith.addi %v1952, %v450 : i64
        %v2123 = arith.constant true
        %v2124 = arith.addi %v54, %v2122 : i64
        %v2125 = llvm.getelementptr %v21[%v2124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2126 = llvm.load %v2125 : !llvm.ptr<3> -> i64
        %v2127 = arith.addi %v1951, %v1953 : i64
        %v2128 = arith.cmpi slt, %v2127, %size_L : i64
        %v2129 = arith.subi %size_L, %v2 : i64
        %v2130 = arith.minsi %v2127, %v2129 : i64
        %v2131 = arith.addi %v2126, %v2130 : i64
        %v2132 = arith.muli %v2124, %v282 : i64
        %v2133 = arith.addi %v2132, %v1953 : i64
        %v2134 = llvm.getelementptr %in_u[%v2131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2135 = llvm.load %v2134 : !llvm.ptr -> f32
        %v2136 = arith.addi %v1952, %v465 : i64
        %v2137 = arith.constant true
        %v2138 = arith.addi %v54, %v2136 : i64
        %v2139 = llvm.getelementptr %v21[%v2138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2140 = llvm.load %v2139 : !llvm.ptr<3> -> i64
        %v2141 = arith.addi %v1951, %v1953 : i64
        %v2142 = arith.cmpi slt, %v2141, %size_L : i64
        %v2143 = arith.subi %size_L, %v2 : i64
        %v2144 = arith.minsi %v2141, %v2143 : i64
        %v2145 = arith.addi %v2140, %v2144 : i64
        %v2146 = arith.muli %v2138, %v282 : i64
        %v2147 = arith.addi %v2146, %v1953 : i64
        %v2148 = llvm.getelementptr %in_u[%v2145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2149 = llvm.load %v2148 : !llvm.ptr -> f32
        %v2150 = arith.addi %v1952, %v480 : i64
        %v2151 = arith.constant true
        %v2152 = arith.addi %v54, %v2150 : i64
        %v2153 = llvm.getelementptr %v21[%v2152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2154 = llvm.load %v2153 : !llvm.ptr<3> -> i64
        %v2155 = arith.addi %v1951, %v1953 : i64
        %v2156 = arith.cmpi slt, %v2155, %size_L : i64
        %v2157 = arith.subi %size_L, %v2 : i64
        %v2158 = arith.minsi %v2155, %v2157 : i64
        %v2159 = arith.addi %v2154, %v2158 : i64
        %v2160 = arith.muli %v2152, %v282 : i64
        %v2161 = arith.addi %v2160, %v1953 : i64
        %v2162 = llvm.getelementptr %in_u[%v2159] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2163 = llvm.load %v2162 : !llvm.ptr -> f32
        %v2164 = arith.addi %v1952, %v495 : i64
        %v2165 = arith.constant true
        %v2166 = arith.addi %v54, %v2164 : i64
        %v2167 = llvm.getelementptr %v21[%v2166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2168 = llvm.load %v2167 : !llvm.ptr<3> -> i64
        %v2169 = arith.addi %v1951, %v1953 : i64
        %v2170 = arith.cmpi slt, %v2169, %size_L : i64
        %v2171 = arith.subi %size_L, %v2 : i64
        %v2172 = arith.minsi %v2169, %v2171 : i64
        %v2173 = arith.addi %v2168, %v2172 : i64
        %v2174 = arith.muli %v2166, %v282 : i64
        %v2175 = arith.addi %v2174, %v1953 : i64
        %v2176 = llvm.getelementptr %in_u[%v2173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2177 = llvm.load %v2176 : !llvm.ptr -> f32
        %v2178 = arith.addi %v1952, %v269 : i64
        %v2179 = arith.constant true
        %v2180 = arith.addi %v54, %v2178 : i64
        %v2181 = llvm.getelementptr %v21[%v2180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2182 = llvm.load %v2181 : !llvm.ptr<3> -> i64
        %v2183 = arith.addi %v1951, %v1953 : i64
        %v2184 = arith.cmpi slt, %v2183, %size_L : i64
        %v2185 = arith.subi %size_L, %v2 : i64
        %v2186 = arith.minsi %v2183, %v2185 : i64
        %v2187 = arith.addi %v2182, %v2186 : i64
        %v2188 = arith.muli %v2180, %v282 : i64
        %v2189 = arith.addi %v2188, %v1953 : i64
        %v2190 = llvm.getelementptr %in_u[%v2187] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2191 = llvm.load %v2190 : !llvm.ptr -> f32
        %v2192 = arith.addi %v1952, %v524 : i64
        %v2193 = arith.constant true
        %v2194 = arith.addi %v54, %v2192 : i64
        %v2195 = llvm.getelementptr %v21[%v2194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2196 = llvm.load %v2195 : !llvm.ptr<3> -> i64
        %v2197 = arith.addi %v1951, %v1953 : i64
        %v2198 = arith.cmpi slt, %v2197, %size_L : i64
        %v2199 = arith.subi %size_L, %v2 : i64
        %v2200 = arith.minsi %v2197, %v2199 : i64
        %v2201 = arith.addi %v2196, %v2200 : i64
        %v2202 = arith.muli %v2194, %v282 : i64
        %v2203 = arith.addi %v2202, %v1953 : i64
        %v2204 = llvm.getelementptr %in_u[%v2201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2205 = llvm.load %v2204 : !llvm.ptr -> f32
        %v2206 = arith.addi %v1952, %v539 : i64
        %v2207 = arith.constant true
        %v2208 = arith.addi %v54, %v2206 : i64
        %v2209 = llvm.getelementptr %v21[%v2208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2210 = llvm.load %v2209 : !llvm.ptr<3> -> i64
        %v2211 = arith.addi %v1951, %v1953 : i64
        %v2212 = arith.cmpi slt, %v2211, %size_L : i64
        %v2213 = arith.subi %size_L, %v2 : i64
        %v2214 = arith.minsi %v2211, %v2213 : i64
        %v2215 = arith.addi %v2210, %v2214 : i64
        %v2216 = arith.muli %v2208, %v282 : i64
        %v2217 = arith.addi %v2216, %v1953 : i64
        %v2218 = llvm.getelementptr %in_u[%v2215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2219 = llvm.load %v2218 : !llvm.ptr -> f32
        %v2220 = arith.addi %v1952, %v554 : i64
        %v2221 = arith.constant true
        %v2222 = arith.addi %v54, %v2220 : i64
        %v2223 = llvm.getelementptr %v21[%v2222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2224 = llvm.load %v2223 : !llvm.ptr<3> -> i64
        %v2225 = arith.addi %v1951, %v1953 : i64
        %v2226 = arith.cmpi slt, %v2225, %size_L : i64
        %v2227 = arith.subi %size_L, %v2 : i64
        %v2228 = arith.minsi %v2225, %v2227 : i64
        %v2229 = arith.addi %v2224, %v2228 : i64
        %v2230 = arith.muli %v2222, %v282 : i64
        %v2231 = arith.addi %v2230, %v1953 : i64
        %v2232 = llvm.getelementptr %in_u[%v2229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2233 = llvm.load %v2232 : !llvm.ptr -> f32
        %v2234 = arith.addi %v1952, %v569 : i64
        %v2235 = arith.constant true
        %v2236 = arith.addi %v54, %v2234 : i64
        %v2237 = llvm.getelementptr %v21[%v2236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2238 = llvm.load %v2237 : !llvm.ptr<3> -> i64
        %v2239 = arith.addi %v1951, %v1953 : i64
        %v2240 = arith.cmpi slt, %v2239, %size_L : i64
        %v2241 = arith.subi %size_L, %v2 : i64
        %v2242 = arith.minsi %v2239, %v2241 : i64
        %v2243 = arith.addi %v2238, %v2242 : i64
        %v2244 = arith.muli %v2236, %v282 : i64
        %v2245 = arith.addi %v2244, %v1953 : i64
        %v2246 = llvm.getelementptr %in_u[%v2243] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2247 = llvm.load %v2246 : !llvm.ptr -> f32
        %v2248 = arith.addi %v1952, %v584 : i64
        %v2249 = arith.constant true
        %v2250 = arith.addi %v54, %v2248 : i64
        %v2251 = llvm.getelementptr %v21[%v2250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2252 = llvm.load %v2251 : !llvm.ptr<3> -> i64
        %v2253 = arith.addi %v1951, %v1953 : i64
        %v2254 = arith.cmpi slt, %v2253, %size_L : i64
        %v2255 = arith.subi %size_L, %v2 : i64
        %v2256 = arith.minsi %v2253, %v2255 : i64
        %v2257 = arith.addi %v2252, %v2256 : i64
        %v2258 = arith.muli %v2250, %v282 : i64
        %v2259 = arith.addi %v2258, %v1953 : i64
        %v2260 = llvm.getelementptr %in_u[%v2257] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2261 = llvm.load %v2260 : !llvm.ptr -> f32
        %v2262 = arith.addi %v1952, %v599 : i64
        %v2263 = arith.constant true
        %v2264 = arith.addi %v54, %v2262 : i64
        %v2265 = llvm.getelementptr %v21[%v2264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2266 = llvm.load %v2265 : !llvm.ptr<3> -> i64
        %v2267 = arith.addi %v1951, %v1953 : i64
        %v2268 = arith.cmpi slt, %v2267, %size_L : i64
        %v2269 = arith.subi %size_L, %v2 : i64
        %v2270 = arith.minsi %v2267, %v2269 : i64
        %v2271 = arith.addi %v2266, %v2270 : i64
        %v2272 = arith.muli %v2264, %v282 : i64
        %v2273 = arith.addi %v2272, %v1953 : i64
        %v2274 = llvm.getelementptr %in_u[%v2271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2275 = llvm.load %v2274 : !llvm.ptr -> f32
        %v2276 = arith.addi %v1952, %v614 : i64
        %v2277 = arith.constant true
        %v2278 = arith.addi %v54, %v2276 : i64
        %v2279 = llvm.getelementptr %v21[%v2278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2280 = llvm.load %v2279 : !llvm.ptr<3> -> i64
        %v2281 = arith.addi %v1951, %v1953 : i64
        %v2282 = arith.cmpi slt, %v2281, %size_L : i64
        %v2283 = arith.subi %size_L, %v2 : i64
        %v2284 = arith.minsi %v2281, %v2283 : i64
        %v2285 = arith.addi %v2280, %v2284 : i64
        %v2286 = arith.muli %v2278, %v282 : i64
        %v2287 = arith.addi %v2286, %v1953 : i64
        %v2288 = llvm.getelementptr %in_u[%v2285] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2289 = llvm.load %v2288 : !llvm.ptr -> f32
        %v2290 = arith.addi %v1952, %v629 : i64
        %v2291 = arith.constant true
        %v2292 = arith.addi %v54, %v2290 : i64
        %v2293 = llvm.getelementptr %v21[%v2292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2294 = llvm.load %v2293 : !llvm.ptr<3> -> i64
        %v2295 = arith.addi %v1951, %v1953 : i64
        %v2296 = arith.cmpi slt, %v2295, %size_L : i64
        %v2297 = arith.subi %size_L, %v2 : i64
        %v2298 = arith.minsi %v2295, %v2297 : i64
        %v2299 = arith.addi %v2294, %v2298 : i64
        %v2300 = arith.muli %v2292, %v282 : i64
        %v2301 = arith.addi %v2300, %v1953 : i64
        %v2302 = llvm.getelementptr %in_u[%v2299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2303 = llvm.load %v2302 : !llvm.ptr -> f32
        %v2304 = arith.addi %v1952, %v644 : i64
        %v2305 = arith.constant true
        %v2306 = arith.addi %v54, %v2304 : i64
        %v2307 = llvm.getelementptr %v21[%v2306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2308 = llvm.load %v2307 : !llvm.ptr<3> -> i64
        %v2309 = arith.addi %v1951, %v1953 : i64
        %v2310 = arith.cmpi slt, %v2309, %size_L : i64
        %v2311 = arith.subi %size_L, %v2 : i64
        %v2312 = arith.minsi %v2309, %v2311 : i64
        %v2313 = arith.addi %v2308, %v2312 : i64
        %v2314 = arith.muli %v2306, %v282 : i64
        %v2315 = arith.addi %v2314, %v1953 : i64
        %v2316 = llvm.getelementptr %in_u[%v2313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2317 = llvm.load %v2316 : !llvm.ptr -> f32
        %v2318 = arith.addi %v1952, %v659 : i64
        %v2319 = arith.constant true
        %v2320 = arith.addi %v54, %v2318 : i64
        %v2321 = llvm.getelementptr %v21[%v2320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2322 = llvm.load %v2321 : !llvm.ptr<3> -> i64
        %v2323 = arith.addi %v1951, %v1953 : i64
        %v2324 = arith.cmpi slt, %v2323, %size_L : i64
        %v2325 = arith.subi %size_L, %v2 : i64
        %v2326 = arith.minsi %v2323, %v2325 : i64
        %v2327 = arith.addi %v2322, %v2326 : i64
        %v2328 = arith.muli %v2320, %v282 : i64
        %v2329 = arith.addi %v2328, %v1953 : i64
        %v2330 = llvm.getelementptr %in_u[%v2327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2331 = llvm.load %v2330 : !llvm.ptr -> f32
        %v2332 = arith.addi %v1952, %v674 : i64
        %v2333 = arith.constant true
        %v2334 = arith.addi %v54, %v2332 : i64
        %v2335 = llvm.getelementptr %v21[%v2334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2336 = llvm.load %v2335 : !llvm.ptr<3> -> i64
        %v2337 = arith.addi %v1951, %v1953 : i64
        %v2338 = arith.cmpi slt, %v2337, %size_L : i64
        %v2339 = arith.subi %size_L, %v2 : i64
        %v2340 = arith.minsi %v2337, %v2339 : i64
        %v2341 = arith.addi %v2336, %v2340 : i64
        %v2342 = arith.muli %v2334, %v282 : i64
        %v2343 = arith.addi %v2342, %v1953 : i64
        %v2344 = llvm.getelementptr %in_u[%v2341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2345 = llvm.load %v2344 : !llvm.ptr -> f32
        %v2346 = arith.addi %v1952, %v689 : i64
        %v2347 = arith.constant true
        %v2348 = arith.addi %v54, %v2346 : i64
        %v2349 = llvm.getelementptr %v21[%v2348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2350 = llvm.load %v2349 : !llvm.ptr<3> -> i64
        %v2351 = arith.addi %v1951, %v1953 : i64
        %v2352 = arith.cmpi slt, %v2351, %size_L : i64
        %v2353 = arith.subi %size_L, %v2 : i64
        %v2354 = arith.minsi %v2351, %v2353 : i64
        %v2355 = arith.addi %v2350, %v2354 : i64
        %v2356 = arith.muli %v2348, %v282 : i64
        %v2357 = arith.addi %v2356, %v1953 : i64
        %v2358 = llvm.getelementptr %in_u[%v2355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2359 = llvm.load %v2358 : !llvm.ptr -> f32
        %v2360 = arith.addi %v1952, %v704 : i64
        %v2361 = arith.constant true
        %v2362 = arith.addi %v54, %v2360 : i64
        %v2363 = llvm.getelementptr %v21[%v2362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2364 = llvm.load %v2363 : !llvm.ptr<3> -> i64
        %v2365 = arith.addi %v1951, %v1953 : i64
        %v2366 = arith.cmpi slt, %v2365, %size_L : i64
        %v2367 = arith.subi %size_L, %v2 : i64
        %v2368 = arith.minsi %v2365, %v2367 : i64
        %v2369 = arith.addi %v2364, %v2368 : i64
        %v2370 = arith.muli %v2362, %v282 : i64
        %v2371 = arith.addi %v2370, %v1953 : i64
        %v2372 = llvm.getelementptr %in_u[%v2369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2373 = llvm.load %v2372 : !llvm.ptr -> f32
        %v2374 = arith.addi %v1952, %v719 : i64
        %v2375 = arith.constant true
        %v2376 = arith.addi %v54, %v2374 : i64
        %v2377 = llvm.getelementptr %v21[%v2376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2378 = llvm.load %v2377 : !llvm.ptr<3> -> i64
        %v2379 = arith.addi %v1951, %v1953 : i64
        %v2380 = arith.cmpi slt, %v2379, %size_L : i64
        %v2381 = arith.subi %size_L, %v2 : i64
        %v2382 = arith.minsi %v2379, %v2381 : i64
        %v2383 = arith.addi %v2378, %v2382 : i64
        %v2384 = arith.muli %v2376, %v282 : i64
        %v2385 = arith.addi %v2384, %v1953 : i64
        %v2386 = llvm.getelementptr %in_u[%v2383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2387 = llvm.load %v2386 : !llvm.ptr -> f32
        %v2388 = arith.addi %v1952, %v734 : i64
        %v2389 = arith.constant true
        %v2390 = arith.addi %v54, %v2388 : i64
        %v2391 = llvm.getelementptr %v21[%v2390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2392 = llvm.load %v2391 : !llvm.ptr<3> -> i64
        %v2393 = arith.addi %v1951, %v1953 : i64
        %v2394 = arith.cmpi slt, %v2393, %size_L : i64
        %v2395 = arith.subi %size_L, %v2 : i64
        %v2396 = arith.minsi %v2393, %v2395 : i64
        %v2397 = arith.addi %v2392, %v2396 : i64
        %v2398 = arith.muli %v2390, %v282 : i64
        %v2399 = arith.addi %v2398, %v1953 : i64
        %v2400 = llvm.getelementptr %in_u[%v2397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2401 = llvm.load %v2400 : !llvm.ptr -> f32
        %v2402 = arith.divui %v29, %v269 : i64
        %v2403 = arith.remui %v29, %v269 : i64
        %v2404 = arith.addi %v2402, %v54 : i64
        %v2405 = arith.constant true
        %v2406 = arith.addi %v31, %v2404 : i64
        %v2407 = llvm.getelementptr %v21[%v2406] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2408 = llvm.load %v2407 : !llvm.ptr<3> -> i64
        %v2409 = arith.addi %v1951, %v2403 : i64
        %v2410 = arith.cmpi slt, %v2409, %size_L : i64
        %v2411 = arith.subi %size_L, %v2 : i64
        %v2412 = arith.minsi %v2409, %v2411 : i64
        %v2413 = arith.addi %v2408, %v2412 : i64
        %v2414 = arith.muli %v2406, %v282 : i64
        %v2415 = arith.addi %v2414, %v2403 : i64
        %v2416 = llvm.getelementptr %in_delta[%v2413] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2417 = llvm.load %v2416 : !llvm.ptr -> f32
        %v2418 = arith.addi %v2402, %v78 : i64
        %v2419 = arith.constant true
        %v2420 = arith.addi %v31, %v2418 : i64
        %v2421 = llvm.getelementptr %v21[%v2420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2422 = llvm.load %v2421 : !llvm.ptr<3> -> i64
        %v2423 = arith.addi %v1951, %v2403 : i64
        %v2424 = arith.cmpi slt, %v2423, %size_L : i64
        %v2425 = arith.subi %size_L, %v2 : i64
        %v2426 = arith.minsi %v2423, %v2425 : i64
        %v2427 = arith.addi %v2422, %v2426 : i64
        %v2428 = arith.muli %v2420, %v282 : i64
        %v2429 = arith.addi %v2428, %v2403 : i64
        %v2430 = llvm.getelementptr %in_delta[%v2427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2431 = llvm.load %v2430 : !llvm.ptr -> f32
        %v2432 = arith.addi %v2402, %v301 : i64
        %v2433 = arith.constant true
        %v2434 = arith.addi %v31, %v2432 : i64
        %v2435 = llvm.getelementptr %v21[%v2434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2436 = llvm.load %v2435 : !llvm.ptr<3> -> i64
        %v2437 = arith.addi %v1951, %v2403 : i64
        %v2438 = arith.cmpi slt, %v2437, %size_L : i64
        %v2439 = arith.subi %size_L, %v2 : i64
        %v2440 = arith.minsi %v2437, %v2439 : i64
        %v2441 = arith.addi %v2436, %v2440 : i64
        %v2442 = arith.muli %v2434, %v282 : i64
        %v2443 = arith.addi %v2442, %v2403 : i64
        %v2444 = llvm.getelementptr %in_delta[%v2441] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2445 = llvm.load %v2444 : !llvm.ptr -> f32
        %v2446 = arith.addi %v2402, %v316 : i64
        %v2447 = arith.constant true
        %v2448 = arith.addi %v31, %v2446 : i64
        %v2449 = llvm.getelementptr %v21[%v2448] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2450 = llvm.load %v2449 : !llvm.ptr<3> -> i64
        %v2451 = arith.addi %v1951, %v2403 : i64
        %v2452 = arith.cmpi slt, %v2451, %size_L : i64
        %v2453 = arith.subi %size_L, %v2 : i64
        %v2454 = arith.minsi %v2451, %v2453 : i64
        %v2455 = arith.addi %v2450, %v2454 : i64
        %v2456 = arith.muli %v2448, %v282 : i64
        %v2457 = arith.addi %v2456, %v2403 : i64
        %v2458 = llvm.getelementptr %in_delta[%v2455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2459 = llvm.load %v2458 : !llvm.ptr -> f32
        %v2460 = arith.addi %v2402, %v331 : i64
        %v2461 = arith.constant true
        %v2462 = arith.addi %v31, %v2460 : i64
        %v2463 = llvm.getelementptr %v21[%v2462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2464 = llvm.load %v2463 : !llvm.ptr<3> -> i64
        %v2465 = arith.addi %v1951, %v2403 : i64
        %v2466 = arith.cmpi slt, %v2465, %size_L : i64
        %v2467 = arith.subi %size_L, %v2 : i64
        %v2468 = arith.minsi %v2465, %v2467 : i64
        %v2469 = arith.addi %v2464, %v2468 : i64
        %v2470 = arith.muli %v2462, %v282 : i64
        %v2471 = arith.addi %v2470, %v2403 : i64
        %v2472 = llvm.getelementptr %in_delta[%v2469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2473 = llvm.load %v2472 : !llvm.ptr -> f32
        %v2474 = arith.addi %v2402, %v346 : i64
        %v2475 = arith.constant true
        %v2476 = arith.addi %v31, %v2474 : i64
        %v2477 = llvm.getelementptr %v21[%v2476] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2478 = llvm.load %v2477 : !llvm.ptr<3> -> i64
        %v2479 = arith.addi %v1951, %v2403 : i64
        %v2480 = arith.cmpi slt, %v2479, %size_L : i64
        %v2481 = arith.subi %size_L, %v2 : i64
        %v2482 = arith.minsi %v2479, %v2481 : i64
        %v2483 = arith.addi %v2478, %v2482 : i64
        %v2484 = arith.muli %v2476, %v282 : i64
        %v2485 = arith.addi %v2484, %v2403 : i64
        %v2486 = llvm.getelementptr %in_delta[%v2483] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2487 = llvm.load %v2486 : !llvm.ptr -> f32
        %v2488 = arith.addi %v2402, %v361 : i64
        %v2489 = arith.constant true
        %v2490 = arith.addi %v31, %v2488 : i64
        %v2491 = llvm.getelementptr %v21[%v2490] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2492 = llvm.load %v2491 : !llvm.ptr<3> -> i64
        %v2493 = arith.addi %v1951, %v2403 : i64
        %v2494 = arith.cmpi slt, %v2493, %size_L : i64
        %v2495 = arith.subi %size_L, %v2 : i64
        %v2496 = arith.minsi %v2493, %v2495 : i64
        %v2497 = arith.addi %v2492, %v2496 : i64
        %v2498 = arith.muli %v2490, %v282 : i64
        %v2499 = arith.addi %v2498, %v2403 : i64
        %v2500 = llvm.getelementptr %in_delta[%v2497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2501 = llvm.load %v2500 : !llvm.ptr -> f32
        %v2502 = arith.addi %v2402, %v376 : i64
        %v2503 = arith.constant true
        %v2504 = arith.addi %v31, %v2502 : i64
        %v2505 = llvm.getelementptr %v21[%v2504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2506 = llvm.load %v2505 : !llvm.ptr<3> -> i64
        %v2507 = arith.addi %v1951, %v2403 : i64
        %v2508 = arith.cmpi slt, %v2507, %size_L : i64
        %v2509 = arith.subi %size_L, %v2 : i64
        %v2510 = arith.minsi %v2507, %v2509 : i64
        %v2511 = arith.addi %v2506, %v2510 : i64
        %v2512 = arith.muli %v2504, %v282 : i64
        %v2513 = arith.addi %v2512, %v2403 : i64
        %v2514 = llvm.getelementptr %in_delta[%v2511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2515 = llvm.load %v2514 : !llvm.ptr -> f32
        %v2516 = arith.addi %v2402, %v1 : i64
        %v2517 = arith.constant true
        %v2518 = arith.addi %v31, %v2516 : i64
        %v2519 = llvm.getelementptr %v21[%v2518] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2520 = llvm.load %v2519 : !llvm.ptr<3> -> i64
        %v2521 = arith.addi %v1951, %v2403 : i64
        %v2522 = arith.cmpi slt, %v2521, %size_L : i64
        %v2523 = arith.subi %size_L, %v2 : i64
        %v2524 = arith.minsi %v2521, %v2523 : i64
        %v2525 = arith.addi %v2520, %v2524 : i64
        %v2526 = arith.muli %v2518, %v282 : i64
        %v2527 = arith.addi %v2526, %v2403 : i64
        %v2528 = llvm.getelementptr %in_delta[%v2525] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2529 = llvm.load %v2528 : !llvm.ptr -> f32
        %v2530 = arith.addi %v2402, %v405 : i64
        %v2531 = arith.constant true
        %v2532 = arith.addi %v31, %v2530 : i64
        %v2533 = llvm.getelementptr %v21[%v2532] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2534 = llvm.load %v2533 : !llvm.ptr<3> -> i64
        %v2535 = arith.addi %v1951, %v2403 : i64
        %v2536 = arith.cmpi slt, %v2535, %size_L : i64
        %v2537 = arith.subi %size_L, %v2 : i64
        %v2538 = arith.minsi %v2535, %v2537 : i64
        %v2539 = arith.addi %v2534, %v2538 : i64
        %v2540 = arith.muli %v2532, %v282 : i64
        %v2541 = arith.addi %v2540, %v2403 : i64
        %v2542 = llvm.getelementptr %in_delta[%v2539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2543 = llvm.load %v2542 : !llvm.ptr -> f32
        %v2544 = arith.addi %v2402, %v420 : i64
        %v2545 = arith.constant true
        %v2546 = arith.addi %v31, %v2544 : i64
        %v2547 = llvm.getelementptr %v21[%v2546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2548 = llvm.load %v2547 : !llvm.ptr<3> -> i64
        %v2549 = arith.addi %v1951, %v2403 : i64
        %v2550 = arith.cmpi slt, %v2549, %size_L : i64
        %v2551 = arith.subi %size_L, %v2 : i64
        %v2552 = arith.minsi %v2549, %v2551 : i64
        %v2553 = arith.addi %v2548, %v2552 : i64
        %v2554 = arith.muli %v2546, %v282 : i64
        %v2555 = arith.addi %v2554, %v2403 : i64
        %v2556 = llvm.getelementptr %in_delta[%v2553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2557 = llvm.load %v2556 : !llvm.ptr -> f32
        %v2558 = arith.addi %v2402, %v435 : i64
        %v2559 = arith.constant true
        %v2560 = arith.addi %v31, %v2558 : i64
        %v2561 = llvm.getelementptr %v21[%v2560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2562 = llvm.load %v2561 : !llvm.ptr<3> -> i64
        %v2563 = arith.addi %v1951, %v2403 : i64
        %v2564 = arith.cmpi slt, %v2563, %size_L : i64
        %v2565 = arith.subi %size_L, %v2 : i64
        %v2566 = arith.minsi %v2563, %v2565 : i64
        %v2567 = arith.addi %v2562, %v2566 : i64
        %v2568 = arith.muli %v2560, %v282 : i64
        %v2569 = arith.addi %v2568, %v2403 : i64
        %v2570 = llvm.getelementptr %in_delta[%v2567] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2571 = llvm.load %v2570 : !llvm.ptr -> f32
        %v2572 = arith.addi %v2402, %v450 : i64
        %v2573 = arith.constant true
        %v2574 = arith.addi %v31, %v2572 : i64
        %v2575 = llvm.getelementptr %v21[%v2574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2576 = llvm.load %v2575 : !llvm.ptr<3> -> i64
        %v2577 = arith.addi %v1951, %v2403 : i64
        %v2578 = arith.cmpi slt, %v2577, %size_L : i64
        %v2579 = arith.subi %size_L, %v2 : i64
        %v2580 = arith.minsi %v2577, %v2579 : i64
        %v2581 = arith.addi %v2576, %v2580 : i64
        %v2582 = arith.muli %v2574, %v282 : i64
        %v2583 = arith.addi %v2582, %v2403 : i64
        %v2584 = llvm.getelementptr %in_delta[%v2581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2585 = llvm.load %v2584 : !llvm.ptr -> f32
        %v2586 = arith.addi %v2402, %v465 : i64
        %v2587 = arith.constant true
        %v2588 = arith.addi %v31, %v2586 : i64
        %v2589 = llvm.getelementptr %v21[%v2588] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2590 = llvm.load %v2589 : !llvm.ptr<3> -> i64
        %v2591 = arith.addi %v1951, %v2403 : i64
        %v2592 = arith.cmpi slt, %v2591, %size_L : i64
        %v2593 = arith.subi %size_L, %v2 : i64
        %v2594 = arith.minsi %v2591, %v2593 : i64
        %v2595 = arith.addi %v2590, %v2594 : i64
        %v2596 = arith.muli %v2588, %v282 : i64
        %v2597 = arith.addi %v2596, %v2403 : i64
        %v2598 = llvm.getelementptr %in_delta[%v2595] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2599 = llvm.load %v2598 : !llvm.ptr -> f32
        %v2600 = arith.addi %v2402, %v480 : i64
        %v2601 = arith.constant true
        %v2602 = arith.addi %v31, %v2600 : i64
        %v2603 = llvm.getelementptr %v21[%v2602] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2604 = llvm.load %v2603 : !llvm.ptr<3> -> i64
        %v2605 = arith.addi %v1951, %v2403 : i64
        %v2606 = arith.cmpi slt, %v2605, %size_L : i64
        %v2607 = arith.subi %size_L, %v2 : i64
        %v2608 = arith.minsi %v2605, %v2607 : i64
        %v2609 = arith.addi %v2604, %v2608 : i64
        %v2610 = arith.muli %v2602, %v282 : i64
        %v2611 = arith.addi %v2610, %v2403 : i64
        %v2612 = llvm.getelementptr %in_delta[%v2609] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2613 = llvm.load %v2612 : !llvm.ptr -> f32
        %v2614 = arith.addi %v2402, %v495 : i64
        %v2615 = arith.constant true
        %v2616 = arith.addi %v31, %v2614 : i64
        %v2617 = llvm.getelementptr %v21[%v2616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2618 = llvm.load %v2617 : !llvm.ptr<3> -> i64
        %v2619 = arith.addi %v1951, %v2403 : i64
        %v2620 = arith.cmpi slt, %v2619, %size_L : i64
        %v2621 = arith.subi %size_L, %v2 : i64
        %v2622 = arith.minsi %v2619, %v2621 : i64
        %v2623 = arith.addi %v2618, %v2622 : i64
        %v2624 = arith.muli %v2616, %v282 : i64
        %v2625 = arith.addi %v2624, %v2403 : i64
        %v2626 = llvm.getelementptr %in_delta[%v2623] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2627 = llvm.load %v2626 : !llvm.ptr -> f32
        %v2628 = arith.addi %v2402, %v269 : i64
        %v2629 = arith.constant true
        %v2630 = arith.addi %v31, %v2628 : i64
        %v2631 = llvm.getelementptr %v21[%v2630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2632 = llvm.load %v2631 : !llvm.ptr<3> -> i64
        %v2633 = arith.addi %v1951, %v2403 : i64
        %v2634 = arith.cmpi slt, %v2633, %size_L : i64
        %v2635 = arith.subi %size_L, %v2 : i64
        %v2636 = arith.minsi %v2633, %v2635 : i64
        %v2637 = arith.addi %v2632, %v2636 : i64
        %v2638 = arith.muli %v2630, %v282 : i64
        %v2639 = arith.addi %v2638, %v2403 : i64
        %v2640 = llvm.getelementptr %in_delta[%v2637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2641 = llvm.load %v2640 : !llvm.ptr -> f32
        %v2642 = arith.addi %v2402, %v524 : i64
        %v2643 = arith.constant true
        %v2644 = arith.addi %v31, %v2642 : i64
        %v2645 = llvm.getelementptr %v21[%v2644] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2646 = llvm.load %v2645 : !llvm.ptr<3> -> i64
        %v2647 = arith.addi %v1951, %v2403 : i64
        %v2648 = arith.cmpi slt, %v2647, %size_L : i64
        %v2649 = arith.subi %size_L, %v2 : i64
        %v2650 = arith.minsi %v2647, %v2649 : i64
        %v2651 = arith.addi %v2646, %v2650 : i64
        %v2652 = arith.muli %v2644, %v282 : i64
        %v2653 = arith.addi %v2652, %v2403 : i64
        %v2654 = llvm.getelementptr %in_delta[%v2651] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2655 = llvm.load %v2654 : !llvm.ptr -> f32
        %v2656 = arith.addi %v2402, %v539 : i64
        %v2657 = arith.constant true
        %v2658 = arith.addi %v31, %v2656 : i64
        %v2659 = llvm.getelementptr %v21[%v2658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2660 = llvm.load %v2659 : !llvm.ptr<3> -> i64
        %v2661 = arith.addi %v1951, %v2403 : i64
        %v2662 = arith.cmpi slt, %v2661, %size_L : i64
        %v2663 = arith.subi %size_L, %v2 : i64
        %v2664 = arith.minsi %v2661, %v2663 : i64
        %v2665 = arith.addi %v2660, %v2664 : i64
        %v2666 = arith.muli %v2658, %v282 : i64
        %v2667 = arith.addi %v2666, %v2403 : i64
        %v2668 = llvm.getelementptr %in_delta[%v2665] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2669 = llvm.load %v2668 : !llvm.ptr -> f32
        %v2670 = arith.addi %v2402, %v554 : i64
        %v2671 = arith.constant true
        %v2672 = arith.addi %v31, %v2670 : i64
        %v2673 = llvm.getelementptr %v21[%v2672] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2674 = llvm.load %v2673 : !llvm.ptr<3> -> i64
        %v2675 = arith.addi %v1951, %v2403 : i64
        %v2676 = arith.cmpi slt, %v2675, %size_L : i64
        %v2677 = arith.subi %size_L, %v2 : i64
        %v2678 = arith.minsi %v2675, %v2677 : i64
        %v2679 = arith.addi %v2674, %v2678 : i64
        %v2680 = arith.muli %v2672, %v282 : i64
        %v2681 = arith.addi %v2680, %v2403 : i64
        %v2682 = llvm.getelementptr %in_delta[%v2679] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2683 = llvm.load %v2682 : !llvm.ptr -> f32
        %v2684 = arith.addi %v2402, %v569 : i64
        %v2685 = arith.constant true
        %v2686 = arith.addi %v31, %v2684 : i64
        %v2687 = llvm.getelementptr %v21[%v2686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2688 = llvm.load %v2687 : !llvm.ptr<3> -> i64
        %v2689 = arith.addi %v1951, %v2403 : i64
        %v2690 = arith.cmpi slt, %v2689, %size_L : i64
        %v2691 = arith.subi %size_L, %v2 : i64
        %v2692 = arith.minsi %v2689, %v2691 : i64
        %v2693 = arith.addi %v2688, %v2692 : i64
        %v2694 = arith.muli %v2686, %v282 : i64
        %v2695 = arith.addi %v2694, %v2403 : i64
        %v2696 = llvm.getelementptr %in_delta[%v2693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2697 = llvm.load %v2696 : !llvm.ptr -> f32
        %v2698 = arith.addi %v2402, %v584 : i64
        %v2699 = arith.constant true
        %v2700 = arith.addi %v31, %v2698 : i64
        %v2701 = llvm.getelementptr %v21[%v2700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2702 = llvm.load %v2701 : !llvm.ptr<3> -> i64
        %v2703 = arith.addi %v1951, %v2403 : i64
        %v2704 = arith.cmpi slt, %v2703, %size_L : i64
        %v2705 = arith.subi %size_L, %v2 : i64
        %v2706 = arith.minsi %v2703, %v2705 : i64
        %v2707 = arith.addi %v2702, %v2706 : i64
        %v2708 = arith.muli %v2700, %v282 : i64
        %v2709 = arith.addi %v2708, %v2403 : i64
        %v2710 = llvm.getelementptr %in_delta[%v2707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2711 = llvm.load %v2710 : !llvm.ptr -> f32
        %v2712 = arith.addi %v2402, %v599 : i64
        %v2713 = arith.constant true
        %v2714 = arith.addi %v31, %v2712 : i64
        %v2715 = llvm.getelementptr %v21[%v2714] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2716 = llvm.load %v2715 : !llvm.ptr<3> -> i64
        %v2717 = arith.addi %v1951, %v2403 : i64
        %v2718 = arith.cmpi slt, %v2717, %size_L : i64
        %v2719 = arith.subi %size_L, %v2 : i64
        %v2720 = arith.minsi %v2717, %v2719 : i64
        %v2721 = arith.addi %v2716, %v2720 : i64
        %v2722 = arith.muli %v2714, %v282 : i64
        %v2723 = arith.addi %v2722, %v2403 : i64
        %v2724 = llvm.getelementptr %in_delta[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2725 = llvm.load %v2724 : !llvm.ptr -> f32
        %v2726 = arith.addi %v2402, %v614 : i64
        %v2727 = arith.constant true
        %v2728 = arith.addi %v31, %v2726 : i64
        %v2729 = llvm.getelementptr %v21[%v2728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2730 = llvm.load %v2729 : !llvm.ptr<3> -> i64
        %v2731 = arith.addi %v1951, %v2403 : i64
        %v2732 = arith.cmpi slt, %v2731, %size_L : i64
        %v2733 = arith.subi %size_L, %v2 : i64
        %v2734 = arith.minsi %v2731, %v2733 : i64
        %v2735 = arith.addi %v2730, %v2734 : i64
        %v2736 = arith.muli %v2728, %v282 : i64
        %v2737 = arith.addi %v2736, %v2403 : i64
        %v2738 = llvm.getelementptr %in_delta[%v2735] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2739 = llvm.load %v2738 : !llvm.ptr -> f32
        %v2740 = arith.addi %v2402, %v629 : i64
        %v2741 = arith.constant true
        %v2742 = arith.addi %v31, %v2740 : i64
        %v2743 = llvm.getelementptr %v21[%v2742] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2744 = llvm.load %v2743 : !llvm.ptr<3> -> i64
        %v2745 = arith.addi %v1951, %v2403 : i64
        %v2746 = arith.cmpi slt, %v2745, %size_L : i64
        %v2747 = arith.subi %size_L, %v2 : i64
        %v2748 = arith.minsi %v2745, %v2747 : i64
        %v2749 = arith.addi %v2744, %v2748 : i64
        %v2750 = arith.muli %v2742, %v282 : i64
        %v2751 = arith.addi %v2750, %v2403 : i64
        %v2752 = llvm.getelementptr %in_delta[%v2749] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2753 = llvm.load %v2752 : !llvm.ptr -> f32
        %v2754 = arith.addi %v2402, %v644 : i64
        %v2755 = arith.constant true
        %v2756 = arith.addi %v31, %v2754 : i64
        %v2757 = llvm.getelementptr %v21[%v2756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2758 = llvm.load %v2757 : !llvm.ptr<3> -> i64
        %v2759 = arith.addi %v1951, %v2403 : i64
        %v2760 = arith.cmpi slt, %v2759, %size_L : i64
        %v2761 = arith.subi %size_L, %v2 : i64
        %v2762 = arith.minsi %v2759, %v2761 : i64
        %v2763 = arith.addi %v2758, %v2762 : i64
        %v2764 = arith.muli %v2756, %v282 : i64
        %v2765 = arith.addi %v2764, %v2403 : i64
        %v2766 = llvm.getelementptr %in_delta[%v2763] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2767 = llvm.load %v2766 : !llvm.ptr -> f32
        %v2768 = arith.addi %v2402, %v659 : i64
        %v2769 = arith.constant true
        %v2770 = arith.addi %v31, %v2768 : i64
        %v2771 = llvm.getelementptr %v21[%v2770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2772 = llvm.load %v2771 : !llvm.ptr<3> -> i64
        %v2773 = arith.addi %v1951, %v2403 : i64
        %v2774 = arith.cmpi slt, %v2773, %size_L : i64
        %v2775 = arith.subi %size_L, %v2 : i64
        %v2776 = arith.minsi %v2773, %v2775 : i64
        %v2777 = arith.addi %v2772, %v2776 : i64
        %v2778 = arith.muli %v2770, %v282 : i64
        %v2779 = arith.addi %v2778, %v2403 : i64
        %v2780 = llvm.getelementptr %in_delta[%v2777] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2781 = llvm.load %v2780 : !llvm.ptr -> f32
        %v2782 = arith.addi %v2402, %v674 : i64
        %v2783 = arith.constant true
        %v2784 = arith.addi %v31, %v2782 : i64
        %v2785 = llvm.getelementptr %v21[%v2784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2786 = llvm.load %v2785 : !llvm.ptr<3> -> i64
        %v2787 = arith.addi %v1951, %v2403 : i64
        %v2788 = arith.cmpi slt, %v2787, %size_L : i64
        %v2789 = arith.subi %size_L, %v2 : i64
        %v2790 = arith.minsi %v2787, %v2789 : i64
        %v2791 = arith.addi %v2786, %v2790 : i64
        %v2792 = arith.muli %v2784, %v282 : i64
        %v2793 = arith.addi %v2792, %v2403 : i64
        %v2794 = llvm.getelementptr %in_delta[%v2791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2795 = llvm.load %v2794 : !llvm.ptr -> f32
        %v2796 = arith.addi %v2402, %v689 : i64
        %v2797 = arith.constant true
        %v2798 = arith.addi %v31, %v2796 : i64
        %v2799 = llvm.getelementptr %v21[%v2798] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2800 = llvm.load %v2799 : !llvm.ptr<3> -> i64
        %v2801 = arith.addi %v1951, %v2403 : i64
        %v2802 = arith.cmpi slt, %v2801, %size_L : i64
        %v2803 = arith.subi %size_L, %v2 : i64
        %v2804 = arith.minsi %v2801, %v2803 : i64
        %v2805 = arith.addi %v2800, %v2804 : i64
        %v2806 = arith.muli %v2798, %v282 : i64
        %v2807 = arith.addi %v2806, %v2403 : i64
        %v2808 = llvm.getelementptr %in_delta[%v2805] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2809 = llvm.load %v2808 : !llvm.ptr -> f32
        %v2810 = arith.addi %v2402, %v704 : i64
        %v2811 = arith.constant true
        %v2812 = arith.addi %v31, %v2810 : i64
        %v2813 = llvm.getelementptr %v21[%v2812] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2814 = llvm.load %v2813 : !llvm.ptr<3> -> i64
        %v2815 = arith.addi %v1951, %v2403 : i64
        %v2816 = arith.cmpi slt, %v2815, %size_L : i64
        %v2817 = arith.subi %size_L, %v2 : i64
        %v2818 = arith.minsi %v2815, %v2817 : i64
        %v2819 = arith.addi %v2814, %v2818 : i64
        %v2820 = arith.muli %v2812, %v282 : i64
        %v2821 = arith.addi %v2820, %v2403 : i64
        %v2822 = llvm.getelementptr %in_delta[%v2819] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2823 = llvm.load %v2822 : !llvm.ptr -> f32
        %v2824 = arith.addi %v2402, %v719 : i64
        %v2825 = arith.constant true
        %v2826 = arith.addi %v31, %v2824 : i64
        %v2827 = llvm.getelementptr %v21[%v2826] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2828 = llvm.load %v2827 : !llvm.ptr<3> -> i64
        %v2829 = arith.addi %v1951, %v2403 : i64
        %v2830 = arith.cmpi slt, %v2829, %size_L : i64
        %v2831 = arith.subi %size_L, %v2 : i64
        %v2832 = arith.minsi %v2829, %v2831 : i64
        %v2833 = arith.addi %v2828, %v2832 : i64
        %v2834 = arith.muli %v2826, %v282 : i64
        %v2835 = arith.addi %v2834, %v2403 : i64
        %v2836 = llvm.getelementptr %in_delta[%v2833] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2837 = llvm.load %v2836 : !llvm.ptr -> f32
        %v2838 = arith.addi %v2402, %v734 : i64
        %v2839 = arith.constant true
        %v2840 = arith.addi %v31, %v2838 : i64
        %v2841 = llvm.getelementptr %v21[%v2840] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2842 = llvm.load %v2841 : !llvm.ptr<3> -> i64
        %v2843 = arith.addi %v1951, %v2403 : i64
        %v2844 = arith.cmpi slt, %v2843, %size_L : i64
        %v2845 = arith.subi %size_L, %v2 : i64
        %v2846 = arith.minsi %v2843, %v2845 : i64
        %v2847 = arith.addi %v2842, %v2846 : i64
        %v2848 = arith.muli %v2840, %v282 : i64
        %v2849 = arith.addi %v2848, %v2403 : i64
        %v2850 = llvm.getelementptr %in_delta[%v2847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2851 = llvm.load %v2850 : !llvm.ptr -> f32
        %v2852 = arith.divui %v29, %v269 : i64
        %v2853 = arith.remui %v29, %v269 : i64
        %v2854 = arith.addi %v2852, %v54 : i64
        %v2855 = arith.constant true
        %v2856 = arith.addi %v1267, %v2854 : i64
        %v2857 = llvm.getelementptr %v21[%v2856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2858 = llvm.load %v2857 : !llvm.ptr<3> -> i64
        %v2859 = arith.addi %v1951, %v2853 : i64
        %v2860 = arith.cmpi slt, %v2859, %size_L : i64
        %v2861 = arith.subi %size_L, %v2 : i64
        %v2862 = arith.minsi %v2859, %v2861 : i64
        %v2863 = arith.addi %v2858, %v2862 : i64
        %v2864 = arith.muli %v2856, %v282 : i64
        %v2865 = arith.addi %v2864, %v2853 : i64
        %v2866 = llvm.getelementptr %in_z[%v2863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2867 = llvm.load %v2866 : !llvm.ptr -> f32
        %v2868 = arith.addi %v2852, %v78 : i64
        %v2869 = arith.constant true
        %v2870 = arith.addi %v1267, %v2868 : i64
        %v2871 = llvm.getelementptr %v21[%v2870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2872 = llvm.load %v2871 : !llvm.ptr<3> -> i64
        %v2873 = arith.addi %v1951, %v2853 : i64
        %v2874 = arith.cmpi slt, %v2873, %size_L : i64
        %v2875 = arith.subi %size_L, %v2 : i64
        %v2876 = arith.minsi %v2873, %v2875 : i64
        %v2877 = arith.addi %v2872, %v2876 : i64
        %v2878 = arith.muli %v2870, %v282 : i64
        %v2879 = arith.addi %v2878, %v2853 : i64
        %v2880 = llvm.getelementptr %in_z[%v2877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2881 = llvm.load %v2880 : !llvm.ptr -> f32
        %v2882 = arith.addi %v2852, %v301 : i64
        %v2883 = arith.constant true
        %v2884 = arith.addi %v1267, %v2882 : i64
        %v2885 = llvm.getelementptr %v21[%v2884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2886 = llvm.load %v2885 : !llvm.ptr<3> -> i64
        %v2887 = arith.addi %v1951, %v2853 : i64
        %v2888 = arith.cmpi slt, %v2887, %size_L : i64
        %v2889 = arith.subi %size_L, %v2 : i64
        %v2890 = arith.minsi %v2887, %v2889 : i64
        %v2891 = arith.addi %v2886, %v2890 : i64
        %v2892 = arith.muli %v2884, %v282 : i64
        %v2893 = arith.addi %v2892, %v2853 : i64
        %v2894 = llvm.getelementptr %in_z[%v2891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2895 = llvm.load %v2894 : !llvm.ptr -> f32
        %v2896 = arith.addi %v2852, %v316 : i64
        %v2897 = arith.constant true
        %v2898 = arith.addi %v1267, %v2896 : i64
        %v2899 = llvm.getelementptr %v21[%v2898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2900 = llvm.load %v2899 : !llvm.ptr<3> -> i64
        %v2901 = arith.addi %v1951, %v2853 : i64
        %v2902 = arith.cmpi slt, %v2901, %size_L : i64
        %v2903 = arith.subi %size_L, %v2 : i64
        %v2904 = arith.minsi %v2901, %v2903 : i64
        %v2905 = arith.addi %v2900, %v2904 : i64
        %v2906 = arith.muli %v2898, %v282 : i64
        %v2907 = arith.addi %v2906, %v2853 : i64
        %v2908 = llvm.getelementptr %in_z[%v2905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2909 = llvm.load %v2908 : !llvm.ptr -> f32
        %v2910 = arith.addi %v2852, %v331 : i64
        %v2911 = arith.constant true
        %v2912 = arith.addi %v1267, %v2910 : i64
        %v2913 = llvm.getelementptr %v21[%v2912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2914 = llvm.load %v2913 : !llvm.ptr<3> -> i64
        %v2915 = arith.addi %v1951, %v2853 : i64
        %v2916 = arith.cmpi slt, %v2915, %size_L : i64
        %v2917 = arith.subi %size_L, %v2 : i64
        %v2918 = arith.minsi %v2915, %v2917 : i64
        %v2919 = arith.addi %v2914, %v2918 : i64
        %v2920 = arith.muli %v2912, %v282 : i64
        %v2921 = arith.addi %v2920, %v2853 : i64
        %v2922 = llvm.getelementptr %in_z[%v2919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2923 = llvm.load %v2922 : !llvm.ptr -> f32
        %v2924 = arith.addi %v2852, %v346 : i64
        %v2925 = arith.constant true
        %v2926 = arith.addi %v1267, %v2924 : i64
        %v2927 = llvm.getelementptr %v21[%v2926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2928 = llvm.load %v2927 : !llvm.ptr<3> -> i64
        %v2929 = arith.addi %v1951, %v2853 : i64
        %v2930 = arith.cmpi slt, %v2929, %size_L : i64
        %v2931 = arith.subi %size_L, %v2 : i64
        %v2932 = arith.minsi %v2929, %v2931 : i64
        %v2933 = arith.addi %v2928, %v2932 : i64
        %v2934 = arith.muli %v2926, %v282 : i64
        %v2935 = arith.addi %v2934, %v2853 : i64
        %v2936 = llvm.getelementptr %in_z[%v2933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2937 = llvm.load %v2936 : !llvm.ptr -> f32
        %v2938 = arith.addi %v2852, %v361 : i64
        %v2939 = arith.constant true
        %v2940 = arith.addi %v1267, %v2938 : i64
        %v2941 = llvm.getelementptr %v21[%v2940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2942 = llvm.load %v2941 : !llvm.ptr<3> -> i64
        %v2943 = arith.addi %v1951, %v2853 : i64
        %v2944 = arith.cmpi slt, %v2943, %size_L : i64
        %v2945 = arith.subi %size_L, %v2 : i64
        %v2946 = arith.minsi %v2943, %v2945 : i64
        %v2947 = arith.addi %v2942, %v2946 : i64
        %v2948 = arith.muli %v2940, %v282 : i64
        %v2949 = arith.addi %v2948, %v2853 : i64
        %v2950 = llvm.getelementptr %in_z[%v2947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2951 = llvm.load %v2950 : !llvm.ptr -> f32
        %v2952 = arith.addi %v2852, %v376 : i64
        %v2953 = arith.constant true
        %v2954 = arith.addi %v1267, %v2952 : i64
        %v2955 = llvm.getelementptr %v21[%v2954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2956 = llvm.load %v2955 : !llvm.ptr<3> -> i64
        %v2957 = arith.addi %v1951, %v2853 : i64
        %v2958 = arith.cmpi slt, %v2957, %size_L : i64
        %v2959 = arith.subi %size_L, %v2 : i64
        %v2960 = arith.minsi %v2957, %v2959 : i64
        %v2961 = arith.addi %v2956, %v2960 : i64
        %v2962 = arith.muli %v2954, %v282 : i64
        %v2963 = arith.addi %v2962, %v2853 : i64
        %v2964 = llvm.getelementptr %in_z[%v2961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2965 = llvm.load %v2964 : !llvm.ptr -> f32
        %v2966 = arith.addi %v2852, %v1 : i64
        %v2967 = arith.constant true
        %v2968 = arith.addi %v1267, %v2966 : i64
        %v2969 = llvm.getelementptr %v21[%v2968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2970 = llvm.load %v2969 : !llvm.ptr<3> -> i64
        %v2971 = arith.addi %v1951, %v2853 : i64
        %v2972 = arith.cmpi slt, %v2971, %size_L : i64
        %v2973 = arith.subi %size_L, %v2 : i64
        %v2974 = arith.minsi %v2971, %v2973 : i64
        %v2975 = arith.addi %v2970, %v2974 : i64
        %v2976 = arith.muli %v2968, %v282 : i64
        %v2977 = arith.addi %v2976, %v2853 : i64
        %v2978 = llvm.getelementptr %in_z[%v2975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2979 = llvm.load %v2978 : !llvm.ptr -> f32
        %v2980 = arith.addi %v2852, %v405 : i64
        %v2981 = arith.constant true
        %v2982 = arith.addi %v1267, %v2980 : i64
        %v2983 = llvm.getelementptr %v21[%v2982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2984 = llvm.load %v2983 : !llvm.ptr<3> -> i64
        %v2985 = arith.addi %v1951, %v2853 : i64
        %v2986 = arith.cmpi slt, %v2985, %size_L : i64
        %v2987 = arith.subi %size_L, %v2 : i64
        %v2988 = arith.minsi %v2985, %v2987 : i64
        %v2989 = arith.addi %v2984, %v2988 : i64
        %v2990 = arith.muli %v2982, %v282 : i64
        %v2991 = arith.addi %v2990, %v2853 : i64
        %v2992 = llvm.getelementptr %in_z[%v2989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2993 = llvm.load %v2992 : !llvm.ptr -> f32
        %v2994 = arith.addi %v2852, %v420 : i64
        %v2995 = arith.constant true
        %v2996 = arith.addi %v1267, %v2994 : i64
        %v2997 = llvm.getelementptr %v21[%v2996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2998 = llvm.load %v2997 : !llvm.ptr<3> -> i64
        %v2999 = arith.addi %v1951, %v2853 : i64
        %v3000 = arith.cmpi slt, %v2999, %size_L : i64
        %v3001 = arith.subi %size_L, %v2 : i64
        %v3002 = arith.minsi %v2999, %v3001 : i64
        %v3003 = arith.addi %v2998, %v3002 : i64
        %v3004 = arith.muli %v2996, %v282 : i64
        %v3005 = arith.addi %v3004, %v2853 : i64
        %v3006 = llvm.getelementptr %in_z[%v3003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3007 = llvm.load %v3006 : !llvm.ptr -> f32
        %v3008 = arith.addi %v2852, %v435 : i64
        %v3009 = arith.constant true
        %v3010 = arith.addi %v1267, %v3008 : i64
        %v3011 = llvm.getelementptr %v21[%v3010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3012 = llvm.load %v3011 : !llvm.ptr<3> -> i64
        %v3013 = arith.addi %v1951, %v2853 : i64
        %v3014 = arith.cmpi slt, %v3013, %size_L : i64
        %v3015 = arith.subi %size_L, %v2 : i64
        %v3016 = arith.minsi %v3013, %v3015 : i64
        %v3017 = arith.addi %v3012, %v3016 : i64
        %v3018 = arith.muli %v3010, %v282 : i64
        %v3019 = arith.addi %v3018, %v2853 : i64
        %v3020 = llvm.getelementptr %in_z[%v3017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3021 = llvm.load %v3020 : !llvm.ptr -> f32
        %v3022 = arith.addi %v2852, %v450 : i64
        %v3023 = arith.constant true
        %v3024 = arith.addi %v1267, %v3022 : i64
        %v3025 = llvm.getelementptr %v21[%v3024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3026 = llvm.load %v3025 : !llvm.ptr<3> -> i64
        %v3027 = arith.addi %v1951, %v2853 : i64
        %v3028 = arith.cmpi slt, %v3027, %size_L : i64
        %v3029 = arith.subi %size_L, %v2 : i64
        %v3030 = arith.minsi %v3027, %v3029 : i64
        %v3031 = arith.addi %v3026, %v3030 : i64
        %v3032 = arith.muli %v3024, %v282 : i64
        %v3033 = arith.addi %v3032, %v2853 : i64
        %v3034 = llvm.getelementptr %in_z[%v3031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3035 = llvm.load %v3034 : !llvm.ptr -> f32
        %v3036 = arith.addi %v2852, %v465 : i64
        %v3037 = arith.constant true
        %v3038 = arith.addi %v1267, %v3036 : i64
        %v3039 = llvm.getelementptr %v21[%v3038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3040 = llvm.load %v3039 : !llvm.ptr<3> -> i64
        %v3041 = arith.addi %v1951, %v2853 : i64
        %v3042 = arith.cmpi slt, %v3041, %size_L : i64
        %v3043 = arith.subi %size_L, %v2 : i64
        %v3044 = arith.minsi %v3041, %v3043 : i64
        %v3045 = arith.addi %v3040, %v3044 : i64
        %v3046 = arith.muli %v3038, %v282 : i64
        %v3047 = arith.addi %v3046, %v2853 : i64
        %v3048 = llvm.getelementptr %in_z[%v3045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3049 = llvm.load %v3048 : !llvm.ptr -> f32
        %v3050 = arith.addi %v2852, %v480 : i64
        %v3051 = arith.constant true
        %v3052 = arith.addi %v1267, %v3050 : i64
        %v3053 = llvm.getelementptr %v21[%v3052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3054 = llvm.load %v3053 : !llvm.ptr<3> -> i64
        %v3055 = arith.addi %v1951, %v2853 : i64
        %v3056 = arith.cmpi slt, %v3055, %size_L : i64
        %v3057 = arith.subi %size_L, %v2 : i64
        %v3058 = arith.minsi %v3055, %v3057 : i64
        %v3059 = arith.addi %v3054, %v3058 : i64
        %v3060 = arith.muli %v3052, %v282 : i64
        %v3061 = arith.addi %v3060, %v2853 : i64
        %v3062 = llvm.getelementptr %in_z[%v3059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3063 = llvm.load %v3062 : !llvm.ptr -> f32
        %v3064 = arith.addi %v2852, %v495 : i64
        %v3065 = arith.constant true
        %v3066 = arith.addi %v1267, %v3064 : i64
        %v3067 = llvm.getelementptr %v21[%v3066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3068 = llvm.load %v3067 : !llvm.ptr<3> -> i64
        %v3069 = arith.addi %v1951, %v2853 : i64
        %v3070 = arith.cmpi slt, %v3069, %size_L : i64
        %v3071 = arith.subi %size_L, %v2 : i64
        %v3072 = arith.minsi %v3069, %v3071 : i64
        %v3073 = arith.addi %v3068, %v3072 : i64
        %v3074 = arith.muli %v3066, %v282 : i64
        %v3075 = arith.addi %v3074, %v2853 : i64
        %v3076 = llvm.getelementptr %in_z[%v3073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3077 = llvm.load %v3076 : !llvm.ptr -> f32
        %v3078 = arith.addi %v2852, %v269 : i64
        %v3079 = arith.constant true
        %v3080 = arith.addi %v1267, %v3078 : i64
        %v3081 = llvm.getelementptr %v21[%v3080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3082 = llvm.load %v3081 : !llvm.ptr<3> -> i64
        %v3083 = arith.addi %v1951, %v2853 : i64
        %v3084 = arith.cmpi slt, %v3083, %size_L : i64
        %v3085 = arith.subi %size_L, %v2 : i64
        %v3086 = arith.minsi %v3083, %v3085 : i64
        %v3087 = arith.addi %v3082, %v3086 : i64
        %v3088 = arith.muli %v3080, %v282 : i64
        %v3089 = arith.addi %v3088, %v2853 : i64
        %v3090 = llvm.getelementptr %in_z[%v3087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3091 = llvm.load %v3090 : !llvm.ptr -> f32
        %v3092 = arith.addi %v2852, %v524 : i64
        %v3093 = arith.constant true
        %v3094 = arith.addi %v1267, %v3092 : i64
        %v3095 = llvm.getelementptr %v21[%v3094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3096 = llvm.load %v3095 : !llvm.ptr<3> -> i64
        %v3097 = arith.addi %v1951, %v2853 : i64
        %v3098 = arith.cmpi slt, %v3097, %size_L : i64
        %v3099 = arith.subi %size_L, %v2 : i64
        %v3100 = arith.minsi %v3097, %v3099 : i64
        %v3101 = arith.addi %v3096, %v3100 : i64
        %v3102 = arith.muli %v3094, %v282 : i64
        %v3103 = arith.addi %v3102, %v2853 : i64
        %v3104 = llvm.getelementptr %in_z[%v3101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3105 = llvm.load %v3104 : !llvm.ptr -> f32
        %v3106 = arith.addi %v2852, %v539 : i64
        %v3107 = arith.constant true
        %v3108 = arith.addi %v1267, %v3106 : i64
        %v3109 = llvm.getelementptr %v21[%v3108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3110 = llvm.load %v3109 : !llvm.ptr<3> -> i64
        %v3111 = arith.addi %v1951, %v2853 : i64
        %v3112 = arith.cmpi slt, %v3111, %size_L : i64
        %v3113 = arith.subi %size_L, %v2 : i64
        %v3114 = arith.minsi %v3111, %v3113 : i64
        %v3115 = arith.addi %v3110, %v3114 : i64
        %v3116 = arith.muli %v3108, %v282 : i64
        %v3117 = arith.addi %v3116, %v2853 : i64
        %v3118 = llvm.getelementptr %in_z[%v3115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3119 = llvm.load %v3118 : !llvm.ptr -> f32
        %v3120 = arith.addi %v2852, %v554 : i64
        %v3121 = arith.constant true
        %v3122 = arith.addi %v1267, %v3120 : i64
        %v3123 = llvm.getelementptr %v21[%v3122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3124 = llvm.load %v3123 : !llvm.ptr<3> -> i64
        %v3125 = arith.addi %v1951, %v2853 : i64
        %v3126 = arith.cmpi slt, %v3125, %size_L : i64
        %v3127 = arith.subi %size_L, %v2 : i64
        %v3128 = arith.minsi %v3125, %v3127 : i64
        %v3129 = arith.addi %v3124, %v3128 : i64
        %v3130 = arith.muli %v3122, %v282 : i64
        %v3131 = arith.addi %v3130, %v2853 : i64
        %v3132 = llvm.getelementptr %in_z[%v3129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3133 = llvm.load %v3132 : !llvm.ptr -> f32
        %v3134 = arith.addi %v2852, %v569 : i64
        %v3135 = arith.constant true
        %v3136 = arith.addi %v1267, %v3134 : i64
        %v3137 = llvm.getelementptr %v21[%v3136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3138 = llvm.load %v3137 : !llvm.ptr<3> -> i64
        %v3139 = arith.addi %v1951, %v2853 : i64
        %v3140 = arith.cmpi slt, %v3139, %size_L : i64
        %v3141 = arith.subi %size_L, %v2 : i64
        %v3142 = arith.minsi %v3139, %v3141 : i64
        %v3143 = arith.addi %v3138, %v3142 : i64
        %v3144 = arith.muli %v3136, %v282 : i64
        %v3145 = arith.addi %v3144, %v2853 : i64
        %v3146 = llvm.getelementptr %in_z[%v3143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3147 = llvm.load %v3146 : !llvm.ptr -> f32
        %v3148 = arith.addi %v2852, %v584 : i64
        %v3149 = arith.constant true
        %v3150 = arith.addi %v1267, %v3148 : i64
        %v3151 = llvm.getelementptr %v21[%v3150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3152 = llvm.load %v3151 : !llvm.ptr<3> -> i64
        %v3153 = arith.addi %v1951, %v2853 : i64
        %v3154 = arith.cmpi slt, %v3153, %size_L : i64
        %v3155 = arith.subi %size_L, %v2 : i64
        %v3156 = arith.minsi %v3153, %v3155 : i64
        %v3157 = arith.addi %v3152, %v3156 : i64
        %v3158 = arith.muli %v3150, %v282 : i64
        %v3159 = arith.addi %v3158, %v2853 : i64
        %v3160 = llvm.getelementptr %in_z[%v3157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3161 = llvm.load %v3160 : !llvm.ptr -> f32
        %v3162 = arith.addi %v2852, %v599 : i64
        %v3163 = arith.constant true
        %v3164 = arith.addi %v1267, %v3162 : i64
        %v3165 = llvm.getelementptr %v21[%v3164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3166 = llvm.load %v3165 : !llvm.ptr<3> -> i64
        %v3167 = arith.addi %v1951, %v2853 : i64
        %v3168 = arith.cmpi slt, %v3167, %size_L : i64
        %v3169 = arith.subi %size_L, %v2 : i64
        %v3170 = arith.minsi %v3167, %v3169 : i64
        %v3171 = arith.addi %v3166, %v3170 : i64
        %v3172 = arith.muli %v3164, %v282 : i64
        %v3173 = arith.addi %v3172, %v2853 : i64
        %v3174 = llvm.getelementptr %in_z[%v3171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3175 = llvm.load %v3174 : !llvm.ptr -> f32
        %v3176 = arith.addi %v2852, %v614 : i64
        %v3177 = arith.constant true
        %v3178 = arith.addi %v1267, %v3176 : i64
        %v3179 = llvm.getelementptr %v21[%v3178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3180 = llvm.load %v3179 : !llvm.ptr<3> -> i64
        %v3181 = arith.addi %v1951, %v2853 : i64
        %v3182 = arith.cmpi slt, %v3181, %size_L : i64
        %v3183 = arith.subi %size_L, %v2 : i64
        %v3184 = arith.minsi %v3181, %v3183 : i64
        %v3185 = arith.addi %v3180, %v3184 : i64
        %v3186 = arith.muli %v3178, %v282 : i64
        %v3187 = arith.addi %v3186, %v2853 : i64
        %v3188 = llvm.getelementptr %in_z[%v3185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3189 = llvm.load %v3188 : !llvm.ptr -> f32
        %v3190 = arith.addi %v2852, %v629 : i64
        %v3191 = arith.constant true
        %v3192 = arith.addi %v1267, %v3190 : i64
        %v3193 = llvm.getelementptr %v21[%v3192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3194 = llvm.load %v3193 : !llvm.ptr<3> -> i64
        %v3195 = arith.addi %v1951, %v2853 : i64
        %v3196 = arith.cmpi slt, %v3195, %size_L : i64
        %v3197 = arith.subi %size_L, %v2 : i64
        %v3198 = arith.minsi %v3195, %v3197 : i64
        %v3199 = arith.addi %v3194, %v3198 : i64
        %v3200 = arith.muli %v3192, %v282 : i64
        %v3201 = arith.addi %v3200, %v2853 : i64
        %v3202 = llvm.getelementptr %in_z[%v3199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3203 = llvm.load %v3202 : !llvm.ptr -> f32
        %v3204 = arith.addi %v2852, %v644 : i64
        %v3205 = arith.constant true
        %v3206 = arith.addi %v1267, %v3204 : i64
        %v3207 = llvm.getelementptr %v21[%v3206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3208 = llvm.load %v3207 : !llvm.ptr<3> -> i64
        %v3209 = arith.addi %v1951, %v2853 : i64
        %v3210 = arith.cmpi slt, %v3209, %size_L : i64
        %v3211 = arith.subi %size_L, %v2 : i64
        %v3212 = arith.minsi %v3209, %v3211 : i64
        %v3213 = arith.addi %v3208, %v3212 : i64
        %v3214 = arith.muli %v3206, %v282 : i64
        %v3215 = arith.addi %v3214, %v2853 : i64
        %v3216 = llvm.getelementptr %in_z[%v3213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3217 = llvm.load %v3216 : !llvm.ptr -> f32
        %v3218 = arith.addi %v2852, %v659 : i64
        %v3219 = arith.constant true
        %v3220 = arith.addi %v1267, %v3218 : i64
        %v3221 = llvm.getelementptr %v21[%v3220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3222 = llvm.load %v3221 : !llvm.ptr<3> -> i64
        %v3223 = arith.addi %v1951, %v2853 : i64
        %v3224 = arith.cmpi slt, %v3223, %size_L : i64
        %v3225 = arith.subi %size_L, %v2 : i64
        %v3226 = arith.minsi %v3223, %v3225 : i64
        %v3227 = arith.addi %v3222, %v3226 : i64
        %v3228 = arith.muli %v3220, %v282 : i64
        %v3229 = arith.addi %v3228, %v2853 : i64
        %v3230 = llvm.getelementptr %in_z[%v3227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3231 = llvm.load %v3230 : !llvm.ptr -> f32
        %v3232 = arith.addi %v2852, %v674 : i64
        %v3233 = arith.constant true
        %v3234 = arith.addi %v1267, %v3232 : i64
        %v3235 = llvm.getelementptr %v21[%v3234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3236 = llvm.load %v3235 : !llvm.ptr<3> -> i64
        %v3237 = arith.addi %v1951, %v2853 : i64
        %v3238 = arith.cmpi slt, %v3237, %size_L : i64
        %v3239 = arith.subi %size_L, %v2 : i64
        %v3240 = arith.minsi %v3237, %v3239 : i64
        %v3241 = arith.addi %v3236, %v3240 : i64
        %v3242 = arith.muli %v3234, %v282 : i64
        %v3243 = arith.addi %v3242, %v2853 : i64
        %v3244 = llvm.getelementptr %in_z[%v3241] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3245 = llvm.load %v3244 : !llvm.ptr -> f32
        %v3246 = arith.addi %v2852, %v689 : i64
        %v3247 = arith.constant true
        %v3248 = arith.addi %v1267, %v3246 : i64
        %v3249 = llvm.getelementptr %v21[%v3248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3250 = llvm.load %v3249 : !llvm.ptr<3> -> i64
        %v3251 = arith.addi %v1951, %v2853 : i64
        %v3252 = arith.cmpi slt, %v3251, %size_L : i64
        %v3253 = arith.subi %size_L, %v2 : i64
        %v3254 = arith.minsi %v3251, %v3253 : i64
        %v3255 = arith.addi %v3250, %v3254 : i64
        %v3256 = arith.muli %v3248, %v282 : i64
        %v3257 = arith.addi %v3256, %v2853 : i64
        %v3258 = llvm.getelementptr %in_z[%v3255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3259 = llvm.load %v3258 : !llvm.ptr -> f32
        %v3260 = arith.addi %v2852, %v704 : i64
        %v3261 = arith.constant true
        %v3262 = arith.addi %v1267, %v3260 : i64
        %v3263 = llvm.getelementptr %v21[%v3262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3264 = llvm.load %v3263 : !llvm.ptr<3> -> i64
        %v3265 = arith.addi %v1951, %v2853 : i64
        %v3266 = arith.cmpi slt, %v3265, %size_L : i64
        %v3267 = arith.subi %size_L, %v2 : i64
        %v3268 = arith.minsi %v3265, %v3267 : i64
        %v3269 = arith.addi %v3264, %v3268 : i64
        %v3270 = arith.muli %v3262, %v282 : i64
        %v3271 = arith.addi %v3270, %v2853 : i64
        %v3272 = llvm.getelementptr %in_z[%v3269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3273 = llvm.load %v3272 : !llvm.ptr -> f32
        %v3274 = arith.addi %v2852, %v719 : i64
        %v3275 = arith.constant true
        %v3276 = arith.addi %v1267, %v3274 : i64
        %v3277 = llvm.getelementptr %v21[%v3276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3278 = llvm.load %v3277 : !llvm.ptr<3> -> i64
        %v3279 = arith.addi %v1951, %v2853 : i64
        %v3280 = arith.cmpi slt, %v3279, %size_L : i64
        %v3281 = arith.subi %size_L, %v2 : i64
        %v3282 = arith.minsi %v3279, %v3281 : i64
        %v3283 = arith.addi %v3278, %v3282 : i64
        %v3284 = arith.muli %v3276, %v282 : i64
        %v3285 = arith.addi %v3284, %v2853 : i64
        %v3286 = llvm.getelementptr %in_z[%v3283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3287 = llvm.load %v3286 : !llvm.ptr -> f32
        %v3288 = arith.addi %v2852, %v734 : i64
        %v3289 = arith.constant true
        %v3290 = arith.addi %v1267, %v3288 : i64
        %v3291 = llvm.getelementptr %v21[%v3290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3292 = llvm.load %v3291 : !llvm.ptr<3> -> i64
        %v3293 = arith.addi %v1951, %v2853 : i64
        %v3294 = arith.cmpi slt, %v3293, %size_L : i64
        %v3295 = arith.subi %size_L, %v2 : i64
        %v3296 = arith.minsi %v3293, %v3295 : i64
        %v3297 = arith.addi %v3292, %v3296 : i64
        %v3298 = arith.muli %v3290, %v282 : i64
        %v3299 = arith.addi %v3298, %v2853 : i64
        %v3300 = llvm.getelementptr %in_z[%v3297] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3301 = llvm.load %v3300 : !llvm.ptr -> f32
        %v3302 = arith.divui %v1950, %v78 : i64
        %v3303 = arith.index_cast %v54 : i64 to index
        %v3304 = arith.index_cast %v3302 : i64 to index
        %v3305 = arith.index_cast %v2 : i64 to index
        scf.for %v3306 = %v3303 to %v3304 step %v3305 {
          %v3307 = arith.index_cast %v3306 : index to i64
          %v3308 = arith.muli %v3307, %v78 : i64
          %v3309 = arith.addi %v3308, %v54 : i64
          %v3310 = arith.addi %v3308, %v2 : i64
          %v3311 = arith.addi %v1750, %v3309 : i64
          %v3312 = arith.muli %v54, %v1773 : i64
          %v3313 = arith.subi %v3311, %v1750 : i64
          %v3314 = arith.addi %v3312, %v3313 : i64
          %v3315 = llvm.getelementptr %v51[%v3314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3316 = llvm.load %v3315 : !llvm.ptr -> f32
          %v3317 = arith.muli %v2, %v1773 : i64
          %v3318 = arith.subi %v3311, %v1750 : i64
          %v3319 = arith.addi %v3317, %v3318 : i64
          %v3320 = llvm.getelementptr %v51[%v3319] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3321 = llvm.load %v3320 : !llvm.ptr -> f32
          %v3322 = arith.muli %v78, %v1773 : i64
          %v3323 = arith.subi %v3311, %v1750 : i64
          %v3324 = arith.addi %v3322, %v3323 : i64
          %v3325 = llvm.getelementptr %v51[%v3324] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3326 = llvm.load %v3325 : !llvm.ptr -> f32
          %v3327 = arith.muli %v89, %v1773 : i64
          %v3328 = arith.subi %v3311, %v1750 : i64
          %v3329 = arith.addi %v3327, %v3328 : i64
          %v3330 = llvm.getelementptr %v51[%v3329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3331 = llvm.load %v3330 : !llvm.ptr -> f32
          %v3332 = arith.muli %v301, %v1773 : i64
          %v3333 = arith.subi %v3311, %v1750 : i64
          %v3334 = arith.addi %v3332, %v3333 : i64
          %v3335 = llvm.getelementptr %v51[%v3334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3336 = llvm.load %v3335 : !llvm.ptr -> f32
          %v3338 = arith.muli %v3337, %v1773 : i64
          %v3339 = arith.subi %v3311, %v1750 : i64
          %v3340 = arith.addi %v3338, %v3339 : i64
          %v3341 = llvm.getelementptr %v51[%v3340] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3342 = llvm.load %v3341 : !llvm.ptr -> f32
          %v3343 = arith.muli %v316, %v1773 : i64
          %v3344 = arith.subi %v3311, %v1750 : i64
          %v3345 = arith.addi %v3343, %v3344 : i64
          %v3346 = llvm.getelementptr %v51[%v3345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3347 = llvm.load %v3346 : !llvm.ptr -> f32
          %v3349 = arith.muli %v3348, %v1773 : i64
          %v3350 = arith.subi %v3311, %v1750 : i64
          %v3351 = arith.addi %v3349, %v3350 : i64
          %v3352 = llvm.getelementptr %v51[%v3351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3353 = llvm.load %v3352 : !llvm.ptr -> f32
          %v3354 = arith.muli %v331, %v1773 : i64
          %v3355 = arith.subi %v3311, %v1750 : i64
          %v3356 = arith.addi %v3354, %v3355 : i64
          %v3357 = llvm.getelementptr %v51[%v3356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3358 = llvm.load %v3357 : !llvm.ptr -> f32
          %v3360 = arith.muli %v3359, %v1773 : i64
          %v3361 = arith.subi %v3311, %v1750 : i64
          %v3362 = arith.addi %v3360, %v3361 : i64
          %v3363 = llvm.getelementptr %v51[%v3362] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3364 = llvm.load %v3363 : !llvm.ptr -> f32
          %v3365 = arith.muli %v346, %v1773 : i64
          %v3366 = arith.subi %v3311, %v1750 : i64
          %v3367 = arith.addi %v3365, %v3366 : i64
          %v3368 = llvm.getelementptr %v51[%v3367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3369 = llvm.load %v3368 : !llvm.ptr -> f32
          %v3371 = arith.muli %v3370, %v1773 : i64
          %v3372 = arith.subi %v3311, %v1750 : i64
          %v3373 = arith.addi %v3371, %v3372 : i64
          %v3374 = llvm.getelementptr %v51[%v3373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3375 = llvm.load %v3374 : !llvm.ptr -> f32
          %v3376 = arith.muli %v361, %v1773 : i64
          %v3377 = arith.subi %v3311, %v1750 : i64
          %v3378 = arith.addi %v3376, %v3377 : i64
          %v3379 = llvm.getelementptr %v51[%v3378] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3380 = llvm.load %v3379 : !llvm.ptr -> f32
          %v3382 = arith.muli %v3381, %v1773 : i64
          %v3383 = arith.subi %v3311, %v1750 : i64
          %v3384 = arith.addi %v3382, %v3383 : i64
          %v3385 = llvm.getelementptr %v51[%v3384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3386 = llvm.load %v3385 : !llvm.ptr -> f32
          %v3387 = arith.muli %v376, %v1773 : i64
          %v3388 = arith.subi %v3311, %v1750 : i64
          %v3389 = arith.addi %v3387, %v3388 : i64
          %v3390 = llvm.getelementptr %v51[%v3389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3391 = llvm.load %v3390 : !llvm.ptr -> f32
          %v3393 = arith.muli %v3392, %v1773 : i64
          %v3394 = arith.subi %v3311, %v1750 : i64
          %v3395 = arith.addi %v3393, %v3394 : i64
          %v3396 = llvm.getelementptr %v51[%v3395] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3397 = llvm.load %v3396 : !llvm.ptr -> f32
          %v3398 = arith.muli %v54, %v1773 : i64
          %v3399 = arith.subi %v3311, %v1750 : i64
          %v3400 = arith.addi %v3398, %v3399 : i64
          %v3401 = llvm.getelementptr %v53[%v3400] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3402 = llvm.load %v3401 : !llvm.ptr -> f32
          %v3403 = arith.muli %v2, %v1773 : i64
          %v3404 = arith.subi %v3311, %v1750 : i64
          %v3405 = arith.addi %v3403, %v3404 : i64
          %v3406 = llvm.getelementptr %v53[%v3405] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3407 = llvm.load %v3406 : !llvm.ptr -> f32
          %v3408 = arith.muli %v78, %v1773 : i64
          %v3409 = arith.subi %v3311, %v1750 : i64
          %v3410 = arith.addi %v3408, %v3409 : i64
          %v3411 = llvm.getelementptr %v53[%v3410] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3412 = llvm.load %v3411 : !llvm.ptr -> f32
          %v3413 = arith.muli %v89, %v1773 : i64
          %v3414 = arith.subi %v3311, %v1750 : i64
          %v3415 = arith.addi %v3413, %v3414 : i64
          %v3416 = llvm.getelementptr %v53[%v3415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3417 = llvm.load %v3416 : !llvm.ptr -> f32
          %v3418 = arith.muli %v301, %v1773 : i64
          %v3419 = arith.subi %v3311, %v1750 : i64
          %v3420 = arith.addi %v3418, %v3419 : i64
          %v3421 = llvm.getelementptr %v53[%v3420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3422 = llvm.load %v3421 : !llvm.ptr -> f32
          %v3423 = arith.muli %v3337, %v1773 : i64
          %v3424 = arith.subi %v3311, %v1750 : i64
          %v3425 = arith.addi %v3423, %v3424 : i64
          %v3426 = llvm.getelementptr %v53[%v3425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3427 = llvm.load %v3426 : !llvm.ptr -> f32
          %v3428 = arith.muli %v316, %v1773 : i64
          %v3429 = arith.subi %v3311, %v1750 : i64
          %v3430 = arith.addi %v3428, %v3429 : i64
          %v3431 = llvm.getelementptr %v53[%v3430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3432 = llvm.load %v3431 : !llvm.ptr -> f32
          %v3433 = arith.muli %v3348, %v1773 : i64
          %v3434 = arith.subi %v3311, %v1750 : i64
          %v3435 = arith.addi %v3433, %v3434 : i64
          %v3436 = llvm.getelementptr %v53[%v3435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3437 = llvm.load %v3436 : !llvm.ptr -> f32
          %v3438 = arith.muli %v331, %v1773 : i64
          %v3439 = arith.subi %v3311, %v1750 : i64
          %v3440 = arith.addi %v3438, %v3439 : i64
          %v3441 = llvm.getelementptr %v53[%v3440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3442 = llvm.load %v3441 : !llvm.ptr -> f32
          %v3443 = arith.muli %v3359, %v1773 : i64
          %v3444 = arith.subi %v3311, %v1750 : i64
          %v3445 = arith.addi %v3443, %v3444 : i64
          %v3446 = llvm.getelementptr %v53[%v3445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3447 = llvm.load %v3446 : !llvm.ptr -> f32
          %v3448 = arith.muli %v346, %v1773 : i64
          %v3449 = arith.subi %v3311, %v1750 : i64
          %v3450 = arith.addi %v3448, %v3449 : i64
          %v3451 = llvm.getelementptr %v53[%v3450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3452 = llvm.load %v3451 : !llvm.ptr -> f32
          %v3453 = arith.muli %v3370, %v1773 : i64
          %v3454 = arith.subi %v3311, %v1750 : i64
          %v3455 = arith.addi %v3453, %v3454 : i64
          %v3456 = llvm.getelementptr %v53[%v3455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3457 = llvm.load %v3456 : !llvm.ptr -> f32
          %v3458 = arith.muli %v361, %v1773 : i64
          %v3459 = arith.subi %v3311, %v1750 : i64
          %v3460 = arith.addi %v3458, %v3459 : i64
          %v3461 = llvm.getelementptr %v53[%v3460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3462 = llvm.load %v3461 : !llvm.ptr -> f32
          %v3463 = arith.muli %v3381, %v1773 : i64
          %v3464 = arith.subi %v3311, %v1750 : i64
          %v3465 = arith.addi %v3463, %v3464 : i64
          %v3466 = llvm.getelementptr %v53[%v3465] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3467 = llvm.load %v3466 : !llvm.ptr -> f32
          %v3468 = arith.muli %v376, %v1773 : i64
          %v3469 = arith.subi %v3311, %v1750 : i64
          %v3470 = arith.addi %v3468, %v3469 : i64
          %v3471 = llvm.getelementptr %v53[%v3470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3472 = llvm.load %v3471 : !llvm.ptr -> f32
          %v3473 = arith.muli %v3392, %v1773 : i64
          %v3474 = arith.subi %v3311, %v1750 : i64
          %v3475 = arith.addi %v3473, %v3474 : i64
          %v3476 = llvm.getelementptr %v53[%v3475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3477 = llvm.load %v3476 : !llvm.ptr -> f32
          %v3478 = arith.addi %v1750, %v3310 : i64
          %v3479 = arith.muli %v54, %v1773 : i64
          %v3480 = arith.subi %v3478, %v1750 : i64
          %v3481 = arith.addi %v3479, %v3480 : i64
          %v3482 = llvm.getelementptr %v51[%v3481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3483 = llvm.load %v3482 : !llvm.ptr -> f32
          %v3484 = arith.muli %v2, %v1773 : i64
          %v3485 = arith.subi %v3478, %v1750 : i64
          %v3486 = arith.addi %v3484, %v3485 : i64
          %v3487 = llvm.getelementptr %v51[%v3486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3488 = llvm.load %v3487 : !llvm.ptr -> f32
          %v3489 = arith.muli %v78, %v1773 : i64
          %v3490 = arith.subi %v3478, %v1750 : i64
          %v3491 = arith.addi %v3489, %v3490 : i64
          %v3492 = llvm.getelementptr %v51[%v3491] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3493 = llvm.load %v3492 : !llvm.ptr -> f32
          %v3494 = arith.muli %v89, %v1773 : i64
          %v3495 = arith.subi %v3478, %v1750 : i64
          %v3496 = arith.addi %v3494, %v3495 : i64
          %v3497 = llvm.getelementptr %v51[%v3496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3498 = llvm.load %v3497 : !llvm.ptr -> f32
          %v3499 = arith.muli %v301, %v1773 : i64
          %v3500 = arith.subi %v3478, %v1750 : i64
          %v3501 = arith.addi %v3499, %v3500 : i64
          %v3502 = llvm.getelementptr %v51[%v3501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3503 = llvm.load %v3502 : !llvm.ptr -> f32
          %v3504 = arith.muli %v3337, %v1773 : i64
          %v3505 = arith.subi %v3478, %v1750 : i64
          %v3506 = arith.addi %v3504, %v3505 : i64
          %v3507 = llvm.getelementptr %v51[%v3506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3508 = llvm.load %v3507 : !llvm.ptr -> f32
          %v3509 = arith.muli %v316, %v1773 : i64
          %v3510 = arith.subi %v3478, %v1750 : i64
          %v3511 = arith.addi %v3509, %v3510 : i64
          %v3512 = llvm.getelementptr %v51[%v3511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3513 = llvm.load %v3512 : !llvm.ptr -> f32
          %v3514 = arith.muli %v3348, %v1773 : i64
          %v3515 = arith.subi %v3478, %v1750 : i64
          %v3516 = arith.addi %v3514, %v3515 : i64
          %v3517 = llvm.getelementptr %v51[%v3516] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3518 = llvm.load %v3517 : !llvm.ptr -> f32
          %v3519 = arith.muli %v331, %v1773 : i64
          %v3520 = arith.subi %v3478, %v1750 : i64
          %v3521 = arith.addi %v3519, %v3520 : i64
          %v3522 = llvm.getelementptr %v51[%v3521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3523 = llvm.load %v3522 : !llvm.ptr -> f32
          %v3524 = arith.muli %v3359, %v1773 : i64
          %v3525 = arith.subi %v3478, %v1750 : i64
          %v3526 = arith.addi %v3524, %v3525 : i64
          %v3527 = llvm.getelementptr %v51[%v3526] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3528 = llvm.load %v3527 : !llvm.ptr -> f32
          %v3529 = arith.muli %v346, %v1773 : i64
          %v3530 = arith.subi %v3478, %v1750 : i64
          %v3531 = arith.addi %v3529, %v3530 : i64
          %v3532 = llvm.getelementptr %v51[%v3531] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3533 = llvm.load %v3532 : !llvm.ptr -> f32
          %v3534 = arith.muli %v3370, %v1773 : i64
          %v3535 = arith.subi %v3478, %v1750 : i64
          %v3536 = arith.addi %v3534, %v3535 : i64
          %v3537 = llvm.getelementptr %v51[%v3536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3538 = llvm.load %v3537 : !llvm.ptr -> f32
          %v3539 = arith.muli %v361, %v1773 : i64
          %v3540 = arith.subi %v3478, %v1750 : i64
          %v3541 = arith.addi %v3539, %v3540 : i64
          %v3542 = llvm.getelementptr %v51[%v3541] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3543 = llvm.load %v3542 : !llvm.ptr -> f32
          %v3544 = arith.muli %v3381, %v1773 : i64
          %v3545 = arith.subi %v3478, %v1750 : i64
          %v3546 = arith.addi %v3544, %v3545 : i64
          %v3547 = llvm.getelementptr %v51[%v3546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3548 = llvm.load %v3547 : !llvm.ptr -> f32
          %v3549 = arith.muli %v376, %v1773 : i64
          %v3550 = arith.subi %v3478, %v1750 : i64
          %v3551 = arith.addi %v3549, %v3550 : i64
          %v3552 = llvm.getelementptr %v51[%v3551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3553 = llvm.load %v3552 : !llvm.ptr -> f32
          %v3554 = arith.muli %v3392, %v1773 : i64
          %v3555 = arith.subi %v3478, %v1750 : i64
          %v3556 = arith.addi %v3554, %v3555 : i64
          %v3557 = llvm.getelementptr %v51[%v3556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3558 = llvm.load %v3557 : !llvm.ptr -> f32
          %v3559 = arith.muli %v54, %v1773 : i64
          %v3560 = arith.subi %v3478, %v1750 : i64
          %v3561 = arith.addi %v3559, %v3560 : i64
          %v3562 = llvm.getelementptr %v53[%v3561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3563 = llvm.load %v3562 : !llvm.ptr -> f32
          %v3564 = arith.muli %v2, %v1773 : i64
          %v3565 = arith.subi %v3478, %v1750 : i64
          %v3566 = arith.addi %v3564, %v3565 : i64
          %v3567 = llvm.getelementptr %v53[%v3566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3568 = llvm.load %v3567 : !llvm.ptr -> f32
          %v3569 = arith.muli %v78, %v1773 : i64
          %v3570 = arith.subi %v3478, %v1750 : i64
          %v3571 = arith.addi %v3569, %v3570 : i64
          %v3572 = llvm.getelementptr %v53[%v3571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3573 = llvm.load %v3572 : !llvm.ptr -> f32
          %v3574 = arith.muli %v89, %v1773 : i64
          %v3575 = arith.subi %v3478, %v1750 : i64
          %v3576 = arith.addi %v3574, %v3575 : i64
          %v3577 = llvm.getelementptr %v53[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3578 = llvm.load %v3577 : !llvm.ptr -> f32
          %v3579 = arith.muli %v301, %v1773 : i64
          %v3580 = arith.subi %v3478, %v1750 : i64
          %v3581 = arith.addi %v3579, %v3580 : i64
          %v3582 = llvm.getelementptr %v53[%v3581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3583 = llvm.load %v3582 : !llvm.ptr -> f32
          %v3584 = arith.muli %v3337, %v1773 : i64
          %v3585 = arith.subi %v3478, %v1750 : i64
          %v3586 = arith.addi %v3584, %v3585 : i64
          %v3587 = llvm.getelementptr %v53[%v3586] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3588 = llvm.load %v3587 : !llvm.ptr -> f32
          %v3589 = arith.muli %v316, %v1773 : i64
          %v3590 = arith.subi %v3478, %v1750 : i64
          %v3591 = arith.addi %v3589, %v3590 : i64
          %v3592 = llvm.getelementptr %v53[%v3591] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3593 = llvm.load %v3592 : !llvm.ptr -> f32
          %v3594 = arith.muli %v3348, %v1773 : i64
          %v3595 = arith.subi %v3478, %v1750 : i64
          %v3596 = arith.addi %v3594, %v3595 : i64
          %v3597 = llvm.getelementptr %v53[%v3596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3598 = llvm.load %v3597 : !llvm.ptr -> f32
          %v3599 = arith.muli %v331, %v1773 : i64
          %v3600 = arith.subi %v3478, %v1750 : i64
          %v3601 = arith.addi %v3599, %v3600 : i64
          %v3602 = llvm.getelementptr %v53[%v3601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3603 = llvm.load %v3602 : !llvm.ptr -> f32
          %v3604 = arith.muli %v3359, %v1773 : i64
          %v3605 = arith.subi %v3478, %v1750 : i64
          %v3606 = arith.addi %v3604, %v3605 : i64
          %v3607 = llvm.getelementptr %v53[%v3606] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3608 = llvm.load %v3607 : !llvm.ptr -> f32
          %v3609 = arith.muli %v346, %v1773 : i64
          %v3610 = arith.subi %v3478, %v1750 : i64
          %v3611 = arith.addi %v3609, %v3610 : i64
          %v3612 = llvm.getelementptr %v53[%v3611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3613 = llvm.load %v3612 : !llvm.ptr -> f32
          %v3614 = arith.muli %v3370, %v1773 : i64
          %v3615 = arith.subi %v3478, %v1750 : i64
          %v3616 = arith.addi %v3614, %v3615 : i64
          %v3617 = llvm.getelementptr %v53[%v3616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3618 = llvm.load %v3617 : !llvm.ptr -> f32
          %v3619 = arith.muli %v361, %v1773 : i64
          %v3620 = arith.subi %v3478, %v1750 : i64
          %v3621 = arith.addi %v3619, %v3620 : i64
          %v3622 = llvm.getelementptr %v53[%v3621] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3623 = llvm.load %v3622 : !llvm.ptr -> f32
          %v3624 = arith.muli %v3381, %v1773 : i64
          %v3625 = arith.subi %v3478, %v1750 : i64
          %v3626 = arith.addi %v3624, %v3625 : i64
          %v3627 = llvm.getelementptr %v53[%v3626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3628 = llvm.load %v3627 : !llvm.ptr -> f32
          %v3629 = arith.muli %v376, %v1773 : i64
          %v3630 = arith.subi %v3478, %v1750 : i64
          %v3631 = arith.addi %v3629, %v3630 : i64
          %v3632 = llvm.getelementptr %v53[%v3631] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3633 = llvm.load %v3632 : !llvm.ptr -> f32
          %v3634 = arith.muli %v3392, %v1773 : i64
          %v3635 = arith.subi %v3478, %v1750 : i64
          %v3636 = arith.addi %v3634, %v3635 : i64
          %v3637 = llvm.getelementptr %v53[%v3636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3638 = llvm.load %v3637 : !llvm.ptr -> f32
          %v3639 = arith.addi %v1750, %v3309 : i64
          %v3646 = arith.muli %v2, %v31 : i64
          %v3647 = arith.addi %v3646, %v29 : i64
          %v3648 = arith.muli %v3647, %v282 : i64
          %v3649 = arith.addi %v3648, %v3309 : i64
          %v3650 = llvm.getelementptr %v22[%v3649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3651 = llvm.load %v3650 : !llvm.ptr<3> -> f32
          %v3655 = arith.addf %v3651, %v3654 fastmath<contract> : f32
          %v3656 = arith.maximumf %v3655, %v103 : f32
          %v3657 = llvm.call_intrinsic "llvm.fabs.f32"(%v3655) : (f32) -> f32
          %v3658 = arith.negf %v3657 : f32
          %v3659 = arith.mulf %v3658, %v3644 fastmath<contract> : f32
          %v3660 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3659) : (f32) -> f32
          %v3662 = arith.addf %v3661, %v3660 fastmath<contract> : f32
          %v3663 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3662) : (f32) -> f32
          %v3665 = arith.mulf %v3663, %v3664 fastmath<contract> : f32
          %v3667 = arith.mulf %v3666, %v3660 fastmath<contract> : f32
          %v3669 = arith.addf %v3667, %v3668 fastmath<contract> : f32
          %v3670 = arith.mulf %v3669, %v3660 fastmath<contract> : f32
          %v3672 = arith.addf %v3670, %v3671 fastmath<contract> : f32
          %v3673 = arith.mulf %v3672, %v3660 fastmath<contract> : f32
          %v3675 = arith.addf %v3673, %v3674 fastmath<contract> : f32
          %v3676 = arith.mulf %v3675, %v3660 fastmath<contract> : f32
          %v3678 = arith.addf %v3676, %v3677 fastmath<contract> : f32
          %v3679 = arith.mulf %v3678, %v3660 fastmath<contract> : f32
          %v3681 = arith.addf %v3679, %v3680 fastmath<contract> : f32
          %v3682 = arith.mulf %v3681, %v3660 fastmath<contract> : f32
          %v3683 = arith.addf %v3682, %v3661 fastmath<contract> : f32
          %v3684 = arith.mulf %v3683, %v3660 fastmath<contract> : f32
          %v3685 = llvm.call_intrinsic "llvm.fabs.f32"(%v3660) : (f32) -> f32
          %v3687 = arith.cmpf olt, %v3685, %v3686 : f32
          %v3688 = arith.select %v3687, %v3684, %v3665 : f32
          %v3689 = arith.addf %v3656, %v3688 fastmath<contract> : f32
          %v3690 = arith.mulf %v3689, %v3645 fastmath<contract> : f32
          %v3691 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3690) : (f32) -> f32
          %v3692 = arith.muli %v54, %v31 : i64
          %v3693 = arith.addi %v3692, %v29 : i64
          %v3694 = arith.muli %v3693, %v282 : i64
          %v3695 = arith.addi %v3694, %v3309 : i64
          %v3696 = llvm.getelementptr %v22[%v3695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3697 = llvm.load %v3696 : !llvm.ptr<3> -> f32
          %v3698 = arith.mulf %v3689, %v3697 fastmath<contract> : f32
          %v3699 = arith.mulf %v3316, %v3698 fastmath<contract> : f32
          %v3700 = llvm.load %v5 : !llvm.ptr -> f32
          %v3701 = arith.mulf %v3691, %v3700 fastmath<contract> : f32
          %v3702 = arith.addf %v3701, %v3699 fastmath<contract> : f32
          %v3710 = arith.mulf %v3689, %v3709 fastmath<contract> : f32
          %v3711 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3710) : (f32) -> f32
          %v3712 = arith.mulf %v3321, %v3698 fastmath<contract> : f32
          %v3713 = llvm.load %v6 : !llvm.ptr -> f32
          %v3714 = arith.mulf %v3711, %v3713 fastmath<contract> : f32
          %v3715 = arith.addf %v3714, %v3712 fastmath<contract> : f32
          %v3723 = arith.mulf %v3689, %v3722 fastmath<contract> : f32
          %v3724 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3723) : (f32) -> f32
          %v3725 = arith.mulf %v3326, %v3698 fastmath<contract> : f32
          %v3726 = llvm.load %v7 : !llvm.ptr -> f32
          %v3727 = arith.mulf %v3724, %v3726 fastmath<contract> : f32
          %v3728 = arith.addf %v3727, %v3725 fastmath<contract> : f32
          %v3736 = arith.mulf %v3689, %v3735 fastmath<contract> : f32
          %v3737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3736) : (f32) -> f32
          %v3738 = arith.mulf %v3331, %v3698 fastmath<contract> : f32
          %v3739 = llvm.load %v8 : !llvm.ptr -> f32
          %v3740 = arith.mulf %v3737, %v3739 fastmath<contract> : f32
          %v3741 = arith.addf %v3740, %v3738 fastmath<contract> : f32
          %v3749 = arith.mulf %v3689, %v3748 fastmath<contract> : f32
          %v3750 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3749) : (f32) -> f32
          %v3751 = arith.mulf %v3336, %v3698 fastmath<contract> : f32
          %v3752 = llvm.load %v9 : !llvm.ptr -> f32
          %v3753 = arith.mulf %v3750, %v3752 fastmath<contract> : f32
          %v3754 = arith.addf %v3753, %v3751 fastmath<contract> : f32
          %v3762 = arith.mulf %v3689, %v3761 fastmath<contract> : f32
          %v3763 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3762) : (f32) -> f32
          %v3764 = arith.mulf %v3342, %v3698 fastmath<contract> : f32
          %v3765 = llvm.load %v10 : !llvm.ptr -> f32
          %v3766 = arith.mulf %v3763, %v3765 fastmath<contract> : f32
          %v3767 = arith.addf %v3766, %v3764 fastmath<contract> : f32
          %v3775 = arith.mulf %v3689, %v3774 fastmath<contract> : f32
          %v3776 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3775) : (f32) -> f32
          %v3777 = arith.mulf %v3347, %v3698 fastmath<contract> : f32
          %v3778 = llvm.load %v11 : !llvm.ptr -> f32
          %v3779 = arith.mulf %v3776, %v3778 fastmath<contract> : f32
          %v3780 = arith.addf %v3779, %v3777 fastmath<contract> : f32
          %v3788 = arith.mulf %v3689, %v3787 fastmath<contract> : f32
          %v3789 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3788) : (f32) -> f32
          %v3790 = arith.mulf %v3353, %v3698 fastmath<contract> : f32
          %v3791 = llvm.load %v12 : !llvm.ptr -> f32
          %v3792 = arith.mulf %v3789, %v3791 fastmath<contract> : f32
          %v3793 = arith.addf %v3792, %v3790 fastmath<contract> : f32
          %v3801 = arith.mulf %v3689, %v3800 fastmath<contract> : f32
          %v3802 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3801) : (f32) -> f32
          %v3803 = arith.mulf %v3358, %v3698 fastmath<contract> : f32
          %v3804 = llvm.load %v13 : !llvm.ptr -> f32
          %v3805 = arith.mulf %v3802, %v3804 fastmath<contract> : f32
          %v3806 = arith.addf %v3805, %v3803 fastmath<contract> : f32
          %v3814 = arith.mulf %v3689, %v3813 fastmath<contract> : f32
          %v3815 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3814) : (f32) -> f32
          %v3816 = arith.mulf %v3364, %v3698 fastmath<contract> : f32
          %v3817 = llvm.load %v14 : !llvm.ptr -> f32
          %v3818 = arith.mulf %v3815, %v3817 fastmath<contract> : f32
          %v3819 = arith.addf %v3818, %v3816 fastmath<contract> : f32
          %v3827 = arith.mulf %v3689, %v3826 fastmath<contract> : f32
          %v3828 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3827) : (f32) -> f32
          %v3829 = arith.mulf %v3369, %v3698 fastmath<contract> : f32
          %v3830 = llvm.load %v15 : !llvm.ptr -> f32
          %v3831 = arith.mulf %v3828, %v3830 fastmath<contract> : f32
          %v3832 = arith.addf %v3831, %v3829 fastmath<contract> : f32
          %v3840 = arith.mulf %v3689, %v3839 fastmath<contract> : f32
          %v3841 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3840) : (f32) -> f32
          %v3842 = arith.mulf %v3375, %v3698 fastmath<contract> : f32
          %v3843 = llvm.load %v16 : !llvm.ptr -> f32
          %v3844 = arith.mulf %v3841, %v3843 fastmath<contract> : f32
          %v3845 = arith.addf %v3844, %v3842 fastmath<contract> : f32
          %v3853 = arith.mulf %v3689, %v3852 fastmath<contract> : f32
          %v3854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3853) : (f32) -> f32
          %v3855 = arith.mulf %v3380, %v3698 fastmath<contract> : f32
          %v3856 = llvm.load %v17 : !llvm.ptr -> f32
          %v3857 = arith.mulf %v3854, %v3856 fastmath<contract> : f32
          %v3858 = arith.addf %v3857, %v3855 fastmath<contract> : f32
          %v3866 = arith.mulf %v3689, %v3865 fastmath<contract> : f32
          %v3867 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3866) : (f32) -> f32
          %v3868 = arith.mulf %v3386, %v3698 fastmath<contract> : f32
          %v3869 = llvm.load %v18 : !llvm.ptr -> f32
          %v3870 = arith.mulf %v3867, %v3869 fastmath<contract> : f32
          %v3871 = arith.addf %v3870, %v3868 fastmath<contract> : f32
          %v3879 = arith.mulf %v3689, %v3878 fastmath<contract> : f32
          %v3880 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3879) : (f32) -> f32
          %v3881 = arith.mulf %v3391, %v3698 fastmath<contract> : f32
          %v3882 = llvm.load %v19 : !llvm.ptr -> f32
          %v3883 = arith.mulf %v3880, %v3882 fastmath<contract> : f32
          %v3884 = arith.addf %v3883, %v3881 fastmath<contract> : f32
          %v3892 = arith.mulf %v3689, %v3891 fastmath<contract> : f32
          %v3893 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3892) : (f32) -> f32
          %v3894 = arith.mulf %v3397, %v3698 fastmath<contract> : f32
          %v3895 = llvm.load %v20 : !llvm.ptr -> f32
          %v3896 = arith.mulf %v3893, %v3895 fastmath<contract> : f32
          %v3897 = arith.addf %v3896, %v3894 fastmath<contract> : f32
          llvm.store %v3702, %v5 : f32, !llvm.ptr
          llvm.store %v3715, %v6 : f32, !llvm.ptr
          llvm.store %v3728, %v7 : f32, !llvm.ptr
          llvm.store %v3741, %v8 : f32, !llvm.ptr
          llvm.store %v3754, %v9 : f32, !llvm.ptr
          llvm.store %v3767, %v10 : f32, !llvm.ptr
          llvm.store %v3780, %v11 : f32, !llvm.ptr
          llvm.store %v3793, %v12 : f32, !llvm.ptr
          llvm.store %v3806, %v13 : f32, !llvm.ptr
          llvm.store %v3819, %v14 : f32, !llvm.ptr
          llvm.store %v3832, %v15 : f32, !llvm.ptr
          llvm.store %v3845, %v16 : f32, !llvm.ptr
          llvm.store %v3858, %v17 : f32, !llvm.ptr
          llvm.store %v3871, %v18 : f32, !llvm.ptr
          llvm.store %v3884, %v19 : f32, !llvm.ptr
          llvm.store %v3897, %v20 : f32, !llvm.ptr
          %v3898 = llvm.load %v5 : !llvm.ptr -> f32
          %v3899 = arith.mulf %v3402, %v3898 fastmath<contract> : f32
          %v3900 = llvm.load %v6 : !llvm.ptr -> f32
          %v3901 = arith.mulf %v3407, %v3900 fastmath<contract> : f32
          %v3902 = arith.addf %v3899, %v3901 fastmath<contract> : f32
          %v3903 = llvm.load %v7 : !llvm.ptr -> f32
          %v3904 = arith.mulf %v3412, %v3903 fastmath<contract> : f32
          %v3905 = arith.addf %v3902, %v3904 fastmath<contract> : f32
          %v3906 = llvm.load %v8 : !llvm.ptr -> f32
          %v3907 = arith.mulf %v3417, %v3906 fastmath<contract> : f32
          %v3908 = arith.addf %v3905, %v3907 fastmath<contract> : f32
          %v3909 = llvm.load %v9 : !llvm.ptr -> f32
          %v3910 = arith.mulf %v3422, %v3909 fastmath<contract> : f32
          %v3911 = arith.addf %v3908, %v3910 fastmath<contract> : f32
          %v3912 = llvm.load %v10 : !llvm.ptr -> f32
          %v3913 = arith.mulf %v3427, %v3912 fastmath<contract> : f32
          %v3914 = arith.addf %v3911, %v3913 fastmath<contract> : f32
          %v3915 = llvm.load %v11 : !llvm.ptr -> f32
          %v3916 = arith.mulf %v3432, %v3915 fastmath<contract> : f32
          %v3917 = arith.addf %v3914, %v3916 fastmath<contract> : f32
          %v3918 = llvm.load %v12 : !llvm.ptr -> f32
          %v3919 = arith.mulf %v3437, %v3918 fastmath<contract> : f32
          %v3920 = arith.addf %v3917, %v3919 fastmath<contract> : f32
          %v3921 = llvm.load %v13 : !llvm.ptr -> f32
          %v3922 = arith.mulf %v3442, %v3921 fastmath<contract> : f32
          %v3923 = arith.addf %v3920, %v3922 fastmath<contract> : f32
          %v3924 = llvm.load %v14 : !llvm.ptr -> f32
          %v3925 = arith.mulf %v3447, %v3924 fastmath<contract> : f32
          %v3926 = arith.addf %v3923, %v3925 fastmath<contract> : f32
          %v3927 = llvm.load %v15 : !llvm.ptr -> f32
          %v3928 = arith.mulf %v3452, %v3927 fastmath<contract> : f32
          %v3929 = arith.addf %v3926, %v3928 fastmath<contract> : f32
          %v3930 = llvm.load %v16 : !llvm.ptr -> f32
          %v3931 = arith.mulf %v3457, %v3930 fastmath<contract> : f32
          %v3932 = arith.addf %v3929, %v3931 fastmath<contract> : f32
          %v3933 = llvm.load %v17 : !llvm.ptr -> f32
          %v3934 = arith.mulf %v3462, %v3933 fastmath<contract> : f32
          %v3935 = arith.addf %v3932, %v3934 fastmath<contract> : f32
          %v3936 = llvm.load %v18 : !llvm.ptr -> f32
          %v3937 = arith.mulf %v3467, %v3936 fastmath<contract> : f32
          %v3938 = arith.addf %v3935, %v3937 fastmath<contract> : f32
          %v3939 = llvm.load %v19 : !llvm.ptr -> f32
          %v3940 = arith.mulf %v3472, %v3939 fastmath<contract> : f32
          %v3941 = arith.addf %v3938, %v3940 fastmath<contract> : f32
          %v3942 = llvm.load %v20 : !llvm.ptr -> f32
          %v3943 = arith.mulf %v3477, %v3942 fastmath<contract> : f32
          %v3944 = arith.addf %v3941, %v3943 fastmath<contract> : f32
          %v3948 = arith.mulf %v3697, %v3947 fastmath<contract> : f32
          %v3949 = arith.addf %v3944, %v3948 fastmath<contract> : f32
          %v3950 = arith.muli %v78, %v31 : i64
          %v3951 = arith.addi %v3950, %v29 : i64
          %v3952 = arith.muli %v3951, %v282 : i64
          %v3953 = arith.addi %v3952, %v3309 : i64
          %v3954 = llvm.getelementptr %v22[%v3953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3955 = llvm.load %v3954 : !llvm.ptr<3> -> f32
          %v3956 = arith.negf %v3955 : f32
          %v3957 = arith.mulf %v3956, %v3644 fastmath<contract> : f32
          %v3958 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3957) : (f32) -> f32
          %v3959 = arith.addf %v3661, %v3958 fastmath<contract> : f32
          %v3960 = arith.divf %v3661, %v3959 : f32
          %v3961 = arith.mulf %v3955, %v3960 fastmath<contract> : f32
          %v3962 = arith.mulf %v3949, %v3961 fastmath<contract> : f32
          %v3963 = arith.muli %v89, %v31 : i64
          %v3964 = arith.addi %v3963, %v29 : i64
          %v3965 = arith.muli %v3964, %v282 : i64
          %v3966 = arith.addi %v3965, %v3309 : i64
          %v3967 = llvm.getelementptr %v22[%v3966] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v3962, %v3967 : f32, !llvm.ptr<3>
          %v3968 = arith.addi %v1750, %v3310 : i64
          %v3970 = arith.muli %v2, %v31 : i64
          %v3971 = arith.addi %v3970, %v29 : i64
          %v3972 = arith.muli %v3971, %v282 : i64
          %v3973 = arith.addi %v3972, %v3310 : i64
          %v3974 = llvm.getelementptr %v22[%v3973] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3975 = llvm.load %v3974 : !llvm.ptr<3> -> f32
          %v3976 = arith.addf %v3975, %v3654 fastmath<contract> : f32
          %v3977 = arith.maximumf %v3976, %v103 : f32
          %v3978 = llvm.call_intrinsic "llvm.fabs.f32"(%v3976) : (f32) -> f32
          %v3979 = arith.negf %v3978 : f32
          %v3980 = arith.mulf %v3979, %v3644 fastmath<contract> : f32
          %v3981 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3980) : (f32) -> f32
          %v3982 = arith.addf %v3661, %v3981 fastmath<contract> : f32
          %v3983 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3982) : (f32) -> f32
          %v3984 = arith.mulf %v3983, %v3664 fastmath<contract> : f32
          %v3985 = arith.mulf %v3666, %v3981 fastmath<contract> : f32
          %v3986 = arith.addf %v3985, %v3668 fastmath<contract> : f32
          %v3987 = arith.mulf %v3986, %v3981 fastmath<contract> : f32
          %v3988 = arith.addf %v3987, %v3671 fastmath<contract> : f32
          %v3989 = arith.mulf %v3988, %v3981 fastmath<contract> : f32
          %v3990 = arith.addf %v3989, %v3674 fastmath<contract> : f32
          %v3991 = arith.mulf %v3990, %v3981 fastmath<contract> : f32
          %v3992 = arith.addf %v3991, %v3677 fastmath<contract> : f32
          %v3993 = arith.mulf %v3992, %v3981 fastmath<contract> : f32
          %v3994 = arith.addf %v3993, %v3680 fastmath<contract> : f32
          %v3995 = arith.mulf %v3994, %v3981 fastmath<contract> : f32
          %v3996 = arith.addf %v3995, %v3661 fastmath<contract> : f32
          %v3997 = arith.mulf %v3996, %v3981 fastmath<contract> : f32
          %v3998 = llvm.call_intrinsic "llvm.fabs.f32"(%v3981) : (f32) -> f32
          %v3999 = arith.cmpf olt, %v3998, %v3686 : f32
          %v4000 = arith.select %v3999, %v3997, %v3984 : f32
          %v4001 = arith.addf %v3977, %v4000 fastmath<contract> : f32
          %v4002 = arith.mulf %v4001, %v3969 fastmath<contract> : f32
          %v4003 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4002) : (f32) -> f32
          %v4004 = arith.muli %v54, %v31 : i64
          %v4005 = arith.addi %v4004, %v29 : i64
          %v4006 = arith.muli %v4005, %v282 : i64
          %v4007 = arith.addi %v4006, %v3310 : i64
          %v4008 = llvm.getelementptr %v22[%v4007] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4009 = llvm.load %v4008 : !llvm.ptr<3> -> f32
          %v4010 = arith.mulf %v4001, %v4009 fastmath<contract> : f32
          %v4011 = arith.mulf %v3483, %v4010 fastmath<contract> : f32
          %v4012 = llvm.load %v5 : !llvm.ptr -> f32
          %v4013 = arith.mulf %v4003, %v4012 fastmath<contract> : f32
          %v4014 = arith.addf %v4013, %v4011 fastmath<contract> : f32
          %v4016 = arith.mulf %v4001, %v4015 fastmath<contract> : f32
          %v4017 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4016) : (f32) -> f32
          %v4018 = arith.mulf %v3488, %v4010 fastmath<contract> : f32
          %v4019 = llvm.load %v6 : !llvm.ptr -> f32
          %v4020 = arith.mulf %v4017, %v4019 fastmath<contract> : f32
          %v4021 = arith.addf %v4020, %v4018 fastmath<contract> : f32
          %v4023 = arith.mulf %v4001, %v4022 fastmath<contract> : f32
          %v4024 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4023) : (f32) -> f32
          %v4025 = arith.mulf %v3493, %v4010 fastmath<contract> : f32
          %v4026 = llvm.load %v7 : !llvm.ptr -> f32
          %v4027 = arith.mulf %v4024, %v4026 fastmath<contract> : f32
          %v4028 = arith.addf %v4027, %v4025 fastmath<contract> : f32
          %v4030 = arith.mulf %v4001, %v4029 fastmath<contract> : f32
          %v4031 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4030) : (f32) -> f32
          %v4032 = arith.mulf %v3498, %v4010 fastmath<contract> : f32
          %v4033 = llvm.load %v8 : !llvm.ptr -> f32
          %v4034 = arith.mulf %v4031, %v4033 fastmath<contract> : f32
          %v4035 = arith.addf %v4034, %v4032 fastmath<contract> : f32
          %v4037 = arith.mulf %v4001, %v4036 fastmath<contract> : f32
          %v4038 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4037) : (f32) -> f32
          %v4039 = arith.mulf %v3503, %v4010 fastmath<contract> : f32
          %v4040 = llvm.load %v9 : !llvm.ptr -> f32
          %v4041 = arith.mulf %v4038, %v4040 fastmath<contract> : f32
          %v4042 = arith.addf %v4041, %v4039 fastmath<contract> : f32
          %v4044 = arith.mulf %v4001, %v4043 fastmath<contract> : f32
          %v4045 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4044) : (f32) -> f32
          %v4046 = arith.mulf %v3508, %v4010 fastmath<contract> : f32
          %v4047 = llvm.load %v10 : !llvm.ptr -> f32
          %v4048 = arith.mulf %v4045, %v4047 fastmath<contract> : f32
          %v4049 = arith.addf %v4048, %v4046 fastmath<contract> : f32
          %v4051 = arith.mulf %v4001, %v4050 fastmath<contract> : f32
          %v4052 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4051) : (f32) -> f32
          %v4053 = arith.mulf %v3513, %v4010 fastmath<contract> : f32
          %v4054 = llvm.load %v11 : !llvm.ptr -> f32
          %v4055 = arith.mulf %v4052, %v4054 fastmath<contract> : f32
          %v4056 = arith.addf %v4055, %v4053 fastmath<contract> : f32
          %v4058 = arith.mulf %v4001, %v4057 fastmath<contract> : f32
          %v4059 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4058) : (f32) -> f32
          %v4060 = arith.mulf %v3518, %v4010 fastmath<contract> : f32
          %v4061 = llvm.load %v12 : !llvm.ptr -> f32
          %v4062 = arith.mulf %v4059, %v4061 fastmath<contract> : f32
          %v4063 = arith.addf %v4062, %v4060 fastmath<contract> : f32
          %v4065 = arith.mulf %v4001, %v4064 fastmath<contract> : f32
          %v4066 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4065) : (f32) -> f32
          %v4067 = arith.mulf %v3523, %v4010 fastmath<contract> : f32
          %v4068 = llvm.load %v13 : !llvm.ptr -> f32
          %v4069 = arith.mulf %v4066, %v4068 fastmath<contract> : f32
          %v4070 = arith.addf %v4069, %v4067 fastmath<contract> : f32
          %v4072 = arith.mulf %v4001, %v4071 fastmath<contract> : f32
          %v4073 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4072) : (f32) -> f32
          %v4074 = arith.mulf %v3528, %v4010 fastmath<contract> : f32
          %v4075 = llvm.load %v14 : !llvm.ptr -> f32
          %v4076 = arith.mulf %v4073, %v4075 fastmath<contract> : f32
          %v4077 = arith.addf %v4076, %v4074 fastmath<contract> : f32
          %v4079 = arith.mulf %v4001, %v4078 fastmath<contract> : f32
          %v4080 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4079) : (f32) -> f32
          %v4081 = arith.mulf %v3533, %v4010 fastmath<contract> : f32
          %v4082 = llvm.load %v15 : !llvm.ptr -> f32
          %v4083 = arith.mulf %v4080, %v4082 fastmath<contract> : f32
          %v4084 = arith.addf %v4083, %v4081 fastmath<contract> : f32
          %v4086 = arith.mulf %v4001, %v4085 fastmath<contract> : f32
          %v4087 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4086) : (f32) -> f32
          %v4088 = arith.mulf %v3538, %v4010 fastmath<contract> : f32
          %v4089 = llvm.load %v16 : !llvm.ptr -> f32
          %v4090 = arith.mulf %v4087, %v4089 fastmath<contract> : f32
          %v4091 = arith.addf %v4090, %v4088 fastmath<contract> : f32
          %v4093 = arith.mulf %v4001, %v4092 fastmath<contract> : f32
          %v4094 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4093) : (f32) -> f32
          %v4095 = arith.mulf %v3543, %v4010 fastmath<contract> : f32
          %v4096 = llvm.load %v17 : !llvm.ptr -> f32
          %v4097 = arith.mulf %v4094, %v4096 fastmath<contract> : f32
          %v4098 = arith.addf %v4097, %v4095 fastmath<contract> : f32
          %v4100 = arith.mulf %v4001, %v4099 fastmath<contract> : f32
          %v4101 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4100) : (f32) -> f32
          %v4102 = arith.mulf %v3548, %v4010 fastmath<contract> : f32
          %v4103 = llvm.load %v18 : !llvm.ptr -> f32
          %v4104 = arith.mulf %v4101, %v4103 fastmath<contract> : f32
          %v4105 = arith.addf %v4104, %v4102 fastmath<contract> : f32
          %v4107 = arith.mulf %v4001, %v4106 fastmath<contract> : f32
          %v4108 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4107) : (f32) -> f32
          %v4109 = arith.mulf %v3553, %v4010 fastmath<contract> : f32
          %v4110 = llvm.load %v19 : !llvm.ptr -> f32
          %v4111 = arith.mulf %v4108, %v4110 fastmath<contract> : f32
          %v4112 = arith.addf %v4111, %v4109 fastmath<contract> : f32
          %v4114 = arith.mulf %v4001, %v4113 fastmath<contract> : f32
          %v4115 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4114) : (f32) -> f32
          %v4116 = arith.mulf %v3558, %v4010 fastmath<contract> : f32
          %v4117 = llvm.load %v20 : !llvm.ptr -> f32
          %v4118 = arith.mulf %v4115, %v4117 fastmath<contract> : f32
          %v4119 = arith.addf %v4118, %v4116 fastmath<contract> : f32
          llvm.store %v4014, %v5 : f32, !llvm.ptr
          llvm.store %v4021, %v6 : f32, !llvm.ptr
          llvm.store %v4028, %v7 : f32, !llvm.ptr
          llvm.store %v4035, %v8 : f32, !llvm.ptr
          llvm.store %v4042, %v9 : f32, !llvm.ptr
          llvm.store %v4049, %v10 : f32, !llvm.ptr
          llvm.store %v4056, %v11 : f32, !llvm.ptr
          llvm.store %v4063, %v12 : f32, !llvm.ptr
          llvm.store %v4070, %v13 : f32, !llvm.ptr
          llvm.store %v4077, %v14 : f32, !llvm.ptr
          llvm.store %v4084, %v15 : f32, !llvm.ptr
          llvm.store %v4091, %v16 : f32, !llvm.ptr
          llvm.store %v4098, %v17 : f32, !llvm.ptr
          llvm.store %v4105, %v18 : f32, !llvm.ptr
          llvm.store %v4112, %v19 : f32, !llvm.ptr
          llvm.store %v4119, %v20 : f32, !llvm.ptr
          %v4120 = llvm.load %v5 : !llvm.ptr -> f32
          %v4121 = arith.mulf %v3563, %v4120 fastmath<contract> : f32
          %v4122 = llvm.load %v6 : !llvm.ptr -> f32
          %v4123 = arith.mulf %v3568, %v4122 fastmath<contract> : f32
          %v4124 = arith.addf %v4121, %v4123 fastmath<contract> : f32
          %v4125 = llvm.load %v7 : !llvm.ptr -> f32
          %v4126 = arith.mulf %v3573, %v4125 fastmath<contract> : f32
          %v4127 = arith.addf %v4124, %v4126 fastmath<contract> : f32
          %v4128 = llvm.load %v8 : !llvm.ptr -> f32
          %v4129 = arith.mulf %v3578, %v4128 fastmath<contract> : f32
          %v4130 = arith.addf %v4127, %v4129 fastmath<contract> : f32
          %v4131 = llvm.load %v9 : !llvm.ptr -> f32
          %v4132 = arith.mulf %v3583, %v4131 fastmath<contract> : f32
          %v4133 = arith.addf %v4130, %v4132 fastmath<contract> : f32
          %v4134 = llvm.load %v10 : !llvm.ptr -> f32
          %v4135 = arith.mulf %v3588, %v4134 fastmath<contract> : f32
          %v4136 = arith.addf %v4133, %v4135 fastmath<contract> : f32
          %v4137 = llvm.load %v11 : !llvm.ptr -> f32
          %v4138 = arith.mulf %v3593, %v4137 fastmath<contract> : f32
          %v4139 = arith.addf %v4136, %v4138 fastmath<contract> : f32
          %v4140 = llvm.load %v12 : !llvm.ptr -> f32
          %v4141 = arith.mulf %v3598, %v4140 fastmath<contract> : f32
          %v4142 = arith.addf %v4139, %v4141 fastmath<contract> : f32
          %v4143 = llvm.load %v13 : !llvm.ptr -> f32
          %v4144 = arith.mulf %v3603, %v4143 fastmath<contract> : f32
          %v4145 = arith.addf %v4142, %v4144 fastmath<contract> : f32
          %v4146 = llvm.load %v14 : !llvm.ptr -> f32
          %v4147 = arith.mulf %v3608, %v4146 fastmath<contract> : f32
          %v4148 = arith.addf %v4145, %v4147 fastmath<contract> : f32
          %v4149 = llvm.load %v15 : !llvm.ptr -> f32
          %v4150 = arith.mulf %v3613, %v4149 fastmath<contract> : f32
          %v4151 = arith.addf %v4148, %v4150 fastmath<contract> : f32
          %v4152 = llvm.load %v16 : !llvm.ptr -> f32
          %v4153 = arith.mulf %v3618, %v4152 fastmath<contract> : f32
          %v4154 = arith.addf %v4151, %v4153 fastmath<contract> : f32
          %v4155 = llvm.load %v17 : !llvm.ptr -> f32
          %v4156 = arith.mulf %v3623, %v4155 fastmath<contract> : f32
          %v4157 = arith.addf %v4154, %v4156 fastmath<contract> : f32
          %v4158 = llvm.load %v18 : !llvm.ptr -> f32
          %v4159 = arith.mulf %v3628, %v4158 fastmath<contract> : f32
          %v4160 = arith.addf %v4157, %v4159 fastmath<contract> : f32
          %v4161 = llvm.load %v19 : !llvm.ptr -> f32
          %v4162 = arith.mulf %v3633, %v4161 fastmath<contract> : f32
          %v4163 = arith.addf %v4160, %v4162 fastmath<contract> : f32
          %v4164 = llvm.load %v20 : !llvm.ptr -> f32
          %v4165 = arith.mulf %v3638, %v4164 fastmath<contract> : f32
          %v4166 = arith.addf %v4163, %v4165 fastmath<contract> : f32
          %v4167 = arith.mulf %v4009, %v3947 fastmath<contract> : f32
          %v4168 = arith.addf %v4166, %v4167 fastmath<contract> : f32
          %v4169 = arith.muli %v78, %v31 : i64
          %v4170 = arith.addi %v4169, %v29 : i64
          %v4171 = arith.muli %v4170, %v282 : i64
          %v4172 = arith.addi %v4171, %v3310 : i64
          %v4173 = llvm.getelementptr %v22[%v4172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4174 = llvm.load %v4173 : !llvm.ptr<3> -> f32
          %v4175 = arith.negf %v4174 : f32
          %v4176 = arith.mulf %v4175, %v3644 fastmath<contract> : f32
          %v4177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4176) : (f32) -> f32
          %v4178 = arith.addf %v3661, %v4177 fastmath<contract> : f32
          %v4179 = arith.divf %v3661, %v4178 : f32
          %v4180 = arith.mulf %v4174, %v4179 fastmath<contract> : f32
          %v4181 = arith.mulf %v4168, %v4180 fastmath<contract> : f32
          %v4182 = arith.muli %v89, %v31 : i64
          %v4183 = arith.addi %v4182, %v29 : i64
          %v4184 = arith.muli %v4183, %v282 : i64
          %v4185 = arith.addi %v4184, %v3310 : i64
          %v4186 = llvm.getelementptr %v22[%v4185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v4181, %v4186 : f32, !llvm.ptr<3>
        }
        %v4187 = arith.muli %v3302, %v78 : i64
        %v4188 = arith.index_cast %v4187 : i64 to index
        %v4189 = arith.index_cast %v1950 : i64 to index
        %v4190 = arith.index_cast %v2 : i64 to index
        scf.for %v4191 = %v4188 to %v4189 step %v4190 {
          %v4192 = arith.index_cast %v4191 : index to i64
          %v4193 = arith.addi %v1750, %v4192 : i64
          %v4195 = arith.muli %v2, %v31 : i64
          %v4196 = arith.addi %v4195, %v29 : i64
          %v4197 = arith.muli %v4196, %v282 : i64
          %v4198 = arith.addi %v4197, %v4192 : i64
          %v4199 = llvm.getelementptr %v22[%v4198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4200 = llvm.load %v4199 : !llvm.ptr<3> -> f32
          %v4201 = arith.addf %v4200, %v3654 fastmath<contract> : f32
          %v4202 = arith.maximumf %v4201, %v103 : f32
          %v4203 = llvm.call_intrinsic "llvm.fabs.f32"(%v4201) : (f32) -> f32
          %v4204 = arith.negf %v4203 : f32
          %v4205 = arith.mulf %v4204, %v3644 fastmath<contract> : f32
          %v4206 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4205) : (f32) -> f32
          %v4207 = arith.addf %v3661, %v4206 fastmath<contract> : f32
          %v4208 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4207) : (f32) -> f32
          %v4209 = arith.mulf %v4208, %v3664 fastmath<contract> : f32
          %v4210 = arith.mulf %v3666, %v4206 fastmath<contract> : f32
          %v4211 = arith.addf %v4210, %v3668 fastmath<contract> : f32
          %v4212 = arith.mulf %v4211, %v4206 fastmath<contract> : f32
          %v4213 = arith.addf %v4212, %v3671 fastmath<contract> : f32
          %v4214 = arith.mulf %v4213, %v4206 fastmath<contract> : f32
          %v4215 = arith.addf %v4214, %v3674 fastmath<contract> : f32
          %v4216 = arith.mulf %v4215, %v4206 fastmath<contract> : f32
          %v4217 = arith.addf %v4216, %v3677 fastmath<contract> : f32
          %v4218 = arith.mulf %v4217, %v4206 fastmath<contract> : f32
          %v4219 = arith.addf %v4218, %v3680 fastmath<contract> : f32
          %v4220 = arith.mulf %v4219, %v4206 fastmath<contract> : f32
          %v4221 = arith.addf %v4220, %v3661 fastmath<contract> : f32
          %v4222 = arith.mulf %v4221, %v4206 fastmath<contract> : f32
          %v4223 = llvm.call_intrinsic "llvm.fabs.f32"(%v4206) : (f32) -> f32
          %v4224 = arith.cmpf olt, %v4223, %v3686 : f32
          %v4225 = arith.select %v4224, %v4222, %v4209 : f32
          %v4226 = arith.addf %v4202, %v4225 fastmath<contract> : f32
          %v4227 = arith.mulf %v4226, %v4194 fastmath<contract> : f32
          %v4228 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4227) : (f32) -> f32
          %v4229 = arith.muli %v54, %v1773 : i64
          %v4230 = arith.subi %v4193, %v1750 : i64
          %v4231 = arith.addi %v4229, %v4230 : i64
          %v4232 = llvm.getelementptr %v51[%v4231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4233 = llvm.load %v4232 : !llvm.ptr -> f32
          %v4234 = arith.muli %v54, %v31 : i64
          %v4235 = arith.addi %v4234, %v29 : i64
          %v4236 = arith.muli %v4235, %v282 : i64
          %v4237 = arith.addi %v4236, %v4192 : i64
          %v4238 = llvm.getelementptr %v22[%v4237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4239 = llvm.load %v4238 : !llvm.ptr<3> -> f32
          %v4240 = arith.mulf %v4226, %v4239 fastmath<contract> : f32
          %v4241 = arith.mulf %v4233, %v4240 fastmath<contract> : f32
          %v4242 = llvm.load %v5 : !llvm.ptr -> f32
          %v4243 = arith.mulf %v4228, %v4242 fastmath<contract> : f32
          %v4244 = arith.addf %v4243, %v4241 fastmath<contract> : f32
          %v4246 = arith.mulf %v4226, %v4245 fastmath<contract> : f32
          %v4247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4246) : (f32) -> f32
          %v4248 = arith.muli %v2, %v1773 : i64
          %v4249 = arith.subi %v4193, %v1750 : i64
          %v4250 = arith.addi %v4248, %v4249 : i64
          %v4251 = llvm.getelementptr %v51[%v4250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4252 = llvm.load %v4251 : !llvm.ptr -> f32
          %v4253 = arith.mulf %v4252, %v4240 fastmath<contract> : f32
          %v4254 = llvm.load %v6 : !llvm.ptr -> f32
          %v4255 = arith.mulf %v4247, %v4254 fastmath<contract> : f32
          %v4256 = arith.addf %v4255, %v4253 fastmath<contract> : f32
          %v4258 = arith.mulf %v4226, %v4257 fastmath<contract> : f32
          %v4259 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4258) : (f32) -> f32
          %v4260 = arith.muli %v78, %v1773 : i64
          %v4261 = arith.subi %v4193, %v1750 : i64
          %v4262 = arith.addi %v4260, %v4261 : i64
          %v4263 = llvm.getelementptr %v51[%v4262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4264 = llvm.load %v4263 : !llvm.ptr -> f32
          %v4265 = arith.mulf %v4264, %v4240 fastmath<contract> : f32
          %v4266 = llvm.load %v7 : !llvm.ptr -> f32
          %v4267 = arith.mulf %v4259, %v4266 fastmath<contract> : f32
          %v4268 = arith.addf %v4267, %v4265 fastmath<contract> : f32
          %v4270 = arith.mulf %v4226, %v4269 fastmath<contract> : f32
          %v4271 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4270) : (f32) -> f32
          %v4272 = arith.muli %v89, %v1773 : i64
          %v4273 = arith.subi %v4193, %v1750 : i64
          %v4274 = arith.addi %v4272, %v4273 : i64
          %v4275 = llvm.getelementptr %v51[%v4274] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4276 = llvm.load %v4275 : !llvm.ptr -> f32
          %v4277 = arith.mulf %v4276, %v4240 fastmath<contract> : f32
          %v4278 = llvm.load %v8 : !llvm.ptr -> f32
          %v4279 = arith.mulf %v4271, %v4278 fastmath<contract> : f32
          %v4280 = arith.addf %v4279, %v4277 fastmath<contract> : f32
          %v4282 = arith.mulf %v4226, %v4281 fastmath<contract> : f32
          %v4283 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4282) : (f32) -> f32
          %v4284 = arith.muli %v301, %v1773 : i64
          %v4285 = arith.subi %v4193, %v1750 : i64
          %v4286 = arith.addi %v4284, %v4285 : i64
          %v4287 = llvm.getelementptr %v51[%v4286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4288 = llvm.load %v4287 : !llvm.ptr -> f32
          %v4289 = arith.mulf %v4288, %v4240 fastmath<contract> : f32
          %v4290 = llvm.load %v9 : !llvm.ptr -> f32
          %v4291 = arith.mulf %v4283, %v4290 fastmath<contract> : f32
          %v4292 = arith.addf %v4291, %v4289 fastmath<contract> : f32
          %v4294 = arith.mulf %v4226, %v4293 fastmath<contract> : f32
          %v4295 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4294) : (f32) -> f32
          %v4296 = arith.muli %v3337, %v1773 : i64
          %v4297 = arith.subi %v4193, %v1750 : i64
          %v4298 = arith.addi %v4296, %v4297 : i64
          %v4299 = llvm.getelementptr %v51[%v4298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4300 = llvm.load %v4299 : !llvm.ptr -> f32
          %v4301 = arith.mulf %v4300, %v4240 fastmath<contract> : f32
          %v4302 = llvm.load %v10 : !llvm.ptr -> f32
          %v4303 = arith.mulf %v4295, %v4302 fastmath<contract> : f32
          %v4304 = arith.addf %v4303, %v4301 fastmath<contract> : f32
          %v4306 = arith.mulf %v4226, %v4305 fastmath<contract> : f32
          %v4307 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4306) : (f32) -> f32
          %v4308 = arith.muli %v316, %v1773 : i64
          %v4309 = arith.subi %v4193, %v1750 : i64
          %v4310 = arith.addi %v4308, %v4309 : i64
          %v4311 = llvm.getelementptr %v51[%v4310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4312 = llvm.load %v4311 : !llvm.ptr -> f32
          %v4313 = arith.mulf %v4312, %v4240 fastmath<contract> : f32
          %v4314 = llvm.load %v11 : !llvm.ptr -> f32
          %v4315 = arith.mulf %v4307, %v4314 fastmath<contract> : f32
          %v4316 = arith.addf %v4315, %v4313 fastmath<contract> : f32
          %v4318 = arith.mulf %v4226, %v4317 fastmath<contract> : f32
          %v4319 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4318) : (f32) -> f32
          %v4320 = arith.muli %v3348, %v1773 : i64
          %v4321 = arith.subi %v4193, %v1750 : i64
          %v4322 = arith.addi %v4320, %v4321 : i64
          %v4323 = llvm.getelementptr %v51[%v4322] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4324 = llvm.load %v4323 : !llvm.ptr -> f32
          %v4325 = arith.mulf %v4324, %v4240 fastmath<contract> : f32
          %v4326 = llvm.load %v12 : !llvm.ptr -> f32
          %v4327 = arith.mulf %v4319, %v4326 fastmath<contract> : f32
          %v4328 = arith.addf %v4327, %v4325 fastmath<contract> : f32
          %v4330 = arith.mulf %v4226, %v4329 fastmath<contract> : f32
          %v4331 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4330) : (f32) -> f32
          %v4332 = arith.muli %v331, %v1773 : i64
          %v4333 = arith.subi %v4193, %v1750 : i64
          %v4334 = arith.addi %v4332, %v4333 : i64
          %v4335 = llvm.getelementptr %v51[%v4334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4336 = llvm.load %v4335 : !llvm.ptr -> f32
          %v4337 = arith.mulf %v4336, %v4240 fastmath<contract> : f32
          %v4338 = llvm.load %v13 : !llvm.ptr -> f32
          %v4339 = arith.mulf %v4331, %v4338 fastmath<contract> : f32
          %v4340 = arith.addf %v4339, %v4337 fastmath<contract> : f32
          %v4342 = arith.mulf %v4226, %v4341 fastmath<contract> : f32
          %v4343 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4342) : (f32) -> f32
          %v4344 = arith.muli %v3359, %v1773 : i64
          %v4345 = arith.subi %v4193, %v1750 : i64
          %v4346 = arith.addi %v4344, %v4345 : i64
          %v4347 = llvm.getelementptr %v51[%v4346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4348 = llvm.load %v4347 : !llvm.ptr -> f32
          %v4349 = arith.mulf %v4348, %v4240 fastmath<contract> : f32
          %v4350 = llvm.load %v14 : !llvm.ptr -> f32
          %v4351 = arith.mulf %v4343, %v4350 fastmath<contract> : f32
          %v4352 = arith.addf %v4351, %v4349 fastmath<contract> : f32
          %v4354 = arith.mulf %v4226, %v4353 fastmath<contract> : f32
          %v4355 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4354) : (f32) -> f32
          %v4356 = arith.muli %v346, %v1773 : i64
          %v4357 = arith.subi %v4193, %v1750 : i64
          %v4358 = arith.addi %v4356, %v4357 : i64
          %v4359 = llvm.getelementptr %v51[%v4358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4360 = llvm.load %v4359 : !llvm.ptr -> f32
          %v4361 = arith.mulf %v4360, %v4240 fastmath<contract> : f32
          %v4362 = llvm.load %v15 : !llvm.ptr -> f32
          %v4363 = arith.mulf %v4355, %v4362 fastmath<contract> : f32
          %v4364 = arith.addf %v4363, %v4361 fastmath<contract> : f32
          %v4366 = arith.mulf %v4226, %v4365 fastmath<contract> : f32
          %v4367 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4366) : (f32) -> f32
          %v4368 = arith.muli %v3370, %v1773 : i64
          %v4369 = arith.subi %v4193, %v1750 : i64
          %v4370 = arith.addi %v4368, %v4369 : i64
          %v4371 = llvm.getelementptr %v51[%v4370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4372 = llvm.load %v4371 : !llvm.ptr -> f32
          %v4373 = arith.mulf %v4372, %v4240 fastmath<contract> : f32
          %v4374 = llvm.load %v16 : !llvm.ptr -> f32
          %v4375 = arith.mulf %v4367, %v4374 fastmath<contract> : f32
          %v4376 = arith.addf %v4375, %v4373 fastmath<contract> : f32
          %v4378 = arith.mulf %v4226, %v4377 fastmath<contract> : f32
          %v4379 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4378) : (f32) -> f32
          %v4380 = arith.muli %v361, %v1773 : i64
          %v4381 = arith.subi %v4193, %v1750 : i64
          %v4382 = arith.addi %v4380, %v4381 : i64
          %v4383 = llvm.getelementptr %v51[%v4382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4384 = llvm.load %v4383 : !llvm.ptr -> f32
          %v4385 = arith.mulf %v4384, %v4240 fastmath<contract> : f32
          %v4386 = llvm.load %v17 : !llvm.ptr -> f32
          %v4387 = arith.mulf %v4379, %v4386 fastmath<contract> : f32
          %v4388 = arith.addf %v4387, %v4385 fastmath<contract> : f32
          %v4390 = arith.mulf %v4226, %v4389 fastmath<contract> : f32
          %v4391 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4390) : (f32) -> f32
          %v4392 = arith.muli %v3381, %v1773 : i64
          %v4393 = arith.subi %v4193, %v1750 : i64
          %v4394 = arith.addi %v4392, %v4393 : i64
          %v4395 = llvm.getelementptr %v51[%v4394] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4396 = llvm.load %v4395 : !llvm.ptr -> f32
          %v4397 = arith.mulf %v4396, %v4240 fastmath<contract> : f32
          %v4398 = llvm.load %v18 : !llvm.ptr -> f32
          %v4399 = arith.mulf %v4391, %v4398 fastmath<contract> : f32
          %v4400 = arith.addf %v4399, %v4397 fastmath<contract> : f32
          %v4402 = arith.mulf %v4226, %v4401 fastmath<contract> : f32
          %v4403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4402) : (f32) -> f32
          %v4404 = arith.muli %v376, %v1773 : i64
          %v4405 = arith.subi %v4193, %v1750 : i64
          %v4406 = arith.addi %v4404, %v4405 : i64
          %v4407 = llvm.getelementptr %v51[%v4406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4408 = llvm.load %v4407 : !llvm.ptr -> f32
          %v4409 = arith.mulf %v4408, %v4240 fastmath<contract> : f32
          %v4410 = llvm.load %v19 : !llvm.ptr -> f32
          %v4411 = arith.mulf %v4403, %v4410 fastmath<contract> : f32
          %v4412 = arith.addf %v4411, %v4409 fastmath<contract> : f32
          %v4414 = arith.mulf %v4226, %v4413 fastmath<contract> : f32
          %v4415 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4414) : (f32) -> f32
          %v4416 = arith.muli %v3392, %v1773 : i64
          %v4417 = arith.subi %v4193, %v1750 : i64
          %v4418 = arith.addi %v4416, %v4417 : i64
          %v4419 = llvm.getelementptr %v51[%v4418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4420 = llvm.load %v4419 : !llvm.ptr -> f32
          %v4421 = arith.mulf %v4420, %v4240 fastmath<contract> : f32
          %v4422 = llvm.load %v20 : !llvm.ptr -> f32
          %v4423 = arith.mulf %v4415, %v4422 fastmath<contract> : f32
          %v4424 = arith.addf %v4423, %v4421 fastmath<contract> : f32
          llvm.store %v4244, %v5 : f32, !llvm.ptr
          llvm.store %v4256, %v6 : f32, !llvm.ptr
          llvm.store %v4268, %v7 : f32, !llvm.ptr
          llvm.store %v4280, %v8 : f32, !llvm.ptr
          llvm.store %v4292, %v9 : f32, !llvm.ptr
          llvm.store %v4304, %v10 : f32, !llvm.ptr
          llvm.store %v4316, %v11 : f32, !llvm.ptr
          llvm.store %v4328, %v12 : f32, !llvm.ptr
          llvm.store %v4340, %v13 : f32, !llvm.ptr
          llvm.store %v4352, %v14 : f32, !llvm.ptr
          llvm.store %v4364, %v15 : f32, !llvm.ptr
          llvm.store %v4376, %v16 : f32, !llvm.ptr
          llvm.store %v4388, %v17 : f32, !llvm.ptr
          llvm.store %v4400, %v18 : f32, !llvm.ptr
          llvm.store %v4412, %v19 : f32, !llvm.ptr
          llvm.store %v4424, %v20 : f32, !llvm.ptr
          %v4425 = arith.muli %v54, %v1773 : i64
          %v4426 = arith.subi %v4193, %v1750 : i64
          %v4427 = arith.addi %v4425, %v4426 : i64
          %v4428 = llvm.getelementptr %v53[%v4427] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4429 = llvm.load %v4428 : !llvm.ptr -> f32
          %v4430 = llvm.load %v5 : !llvm.ptr -> f32
          %v4431 = arith.mulf %v4429, %v4430 fastmath<contract> : f32
          %v4432 = arith.muli %v2, %v1773 : i64
          %v4433 = arith.subi %v4193, %v1750 : i64
          %v4434 = arith.addi %v4432, %v4433 : i64
          %v4435 = llvm.getelementptr %v53[%v4434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4436 = llvm.load %v4435 : !llvm.ptr -> f32
          %v4437 = llvm.load %v6 : !llvm.ptr -> f32
          %v4438 = arith.mulf %v4436, %v4437 fastmath<contract> : f32
          %v4439 = arith.addf %v4431, %v4438 fastmath<contract> : f32
          %v4440 = arith.muli %v78, %v1773 : i64
          %v4441 = arith.subi %v4193, %v1750 : i64
          %v4442 = arith.addi %v4440, %v4441 : i64
          %v4443 = llvm.getelementptr %v53[%v4442] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4444 = llvm.load %v4443 : !llvm.ptr -> f32
          %v4445 = llvm.load %v7 : !llvm.ptr -> f32
          %v4446 = arith.mulf %v4444, %v4445 fastmath<contract> : f32
          %v4447 = arith.addf %v4439, %v4446 fastmath<contract> : f32
          %v4448 = arith.muli %v89, %v1773 : i64
          %v4449 = arith.subi %v4193, %v1750 : i64
          %v4450 = arith.addi %v4448, %v4449 : i64
          %v4451 = llvm.getelementptr %v53[%v4450] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4452 = llvm.load %v4451 : !llvm.ptr -> f32
          %v4453 = llvm.load %v8 : !llvm.ptr -> f32
          %v4454 = arith.mulf %v4452, %v4453 fastmath<contract> : f32
          %v4455 = arith.addf %v4447, %v4454 fastmath<contract> : f32
          %v4456 = arith.muli %v301, %v1773 : i64
          %v4457 = arith.subi %v4193, %v1750 : i64
          %v4458 = arith.addi %v4456, %v4457 : i64
          %v4459 = llvm.getelementptr %v53[%v4458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4460 = llvm.load %v4459 : !llvm.ptr -> f32
          %v4461 = llvm.load %v9 : !llvm.ptr -> f32
          %v4462 = arith.mulf %v4460, %v4461 fastmath<contract> : f32
          %v4463 = arith.addf %v4455, %v4462 fastmath<contract> : f32
          %v4464 = arith.muli %v3337, %v1773 : i64
          %v4465 = arith.subi %v4193, %v1750 : i64
          %v4466 = arith.addi %v4464, %v4465 : i64
          %v4467 = llvm.getelementptr %v53[%v4466] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4468 = llvm.load %v4467 : !llvm.ptr -> f32
          %v4469 = llvm.load %v10 : !llvm.ptr -> f32
          %v4470 = arith.mulf %v4468, %v4469 fastmath<contract> : f32
          %v4471 = arith.addf %v4463, %v4470 fastmath<contract> : f32
          %v4472 = arith.muli %v316, %v1773 : i64
          %v4473 = arith.subi %v4193, %v1750 : i64
          %v4474 = arith.addi %v4472, %v4473 : i64
          %v4475 = llvm.getelementptr %v53[%v4474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4476 = llvm.load %v4475 : !llvm.ptr -> f32
          %v4477 = llvm.load %v11 : !llvm.ptr -> f32
          %v4478 = arith.mulf %v4476, %v4477 fastmath<contract> : f32
          %v4479 = arith.addf %v4471, %v4478 fastmath<contract> : f32
          %v4480 = arith.muli %v3348, %v1773 : i64
          %v4481 = arith.subi %v4193, %v1750 : i64
          %v4482 = arith.addi %v4480, %v4481 : i64
          %v4483 = llvm.getelementptr %v53[%v4482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4484 = llvm.load %v4483 : !llvm.ptr -> f32
          %v4485 = llvm.load %v12 : !llvm.ptr -> f32
          %v4486 = arith.mulf %v4484, %v4485 fastmath<contract> : f32
          %v4487 = arith.addf %v4479, %v4486 fastmath<contract> : f32
          %v4488 = arith.muli %v331, %v1773 : i64
          %v4489 = arith.subi %v4193, %v1750 : i64
          %v4490 = arith.addi %v4488, %v4489 : i64
          %v4491 = llvm.getelementptr %v53[%v4490] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4492 = llvm.load %v4491 : !llvm.ptr -> f32
          %v4493 = llvm.load %v13 : !llvm.ptr -> f32
          %v4494 = arith.mulf %v4492, %v4493 fastmath<contract> : f32
          %v4495 = arith.addf %v4487, %v4494 fastmath<contract> : f32
          %v4496 = arith.muli %v3359, %v1773 : i64
          %v4497 = arith.subi %v4193, %v1750 : i64
          %v4498 = arith.addi %v4496, %v4497 : i64
          %v4499 = llvm.getelementptr %v53[%v4498] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4500 = llvm.load %v4499 : !llvm.ptr -> f32
          %v4501 = llvm.load %v14 : !llvm.ptr -> f32
          %v4502 = arith.mulf %v4500, %v4501 fastmath<contract> : f32
          %v4503 = arith.addf %v4495, %v4502 fastmath<contract> : f32
          %v4504 = arith.muli %v346, %v1773 : i64
          %v4505 = arith.subi %v4193, %v1750 : i64
          %v4506 = arith.addi %v4504, %v4505 : i64
          %v4507 = llvm.getelementptr %v53[%v4506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4508 = llvm.load %v4507 : !llvm.ptr -> f32
          %v4509 = llvm.load %v15 : !llvm.ptr -> f32
          %v4510 = arith.mulf %v4508, %v4509 fastmath<contract> : f32
          %v4511 = arith.addf %v4503, %v4510 fastmath<contract> : f32
          %v4512 = arith.muli %v3370, %v1773 : i64
          %v4513 = arith.subi %v4193, %v1750 : i64
          %v4514 = arith.addi %v4512, %v4513 : i64
          %v4515 = llvm.getelementptr %v53[%v4514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4516 = llvm.load %v4515 : !llvm.ptr -> f32
          %v4517 = llvm.load %v16 : !llvm.ptr -> f32
          %v4518 = arith.mulf %v4516, %v4517 fastmath<contract> : f32
          %v4519 = arith.addf %v4511, %v4518 fastmath<contract> : f32
          %v4520 = arith.muli %v361, %v1773 : i64
          %v4521 = arith.subi %v4193, %v1750 : i64
          %v4522 = arith.addi %v4520, %v4521 : i64
          %v4523 = llvm.getelementptr %v53[%v4522] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4524 = llvm.load %v4523 : !llvm.ptr -> f32
          %v4525 = llvm.load %v17 : !llvm.ptr -> f32
          %v4526 = arith.mulf %v4524, %v4525 fastmath<contract> : f32
          %v4527 = arith.addf %v4519, %v4526 fastmath<contract> : f32
          %v4528 = arith.muli %v3381, %v1773 : i64
          %v4529 = arith.subi %v4193, %v1750 : i64
          %v4530 = arith.addi %v4528, %v4529 : i64
          %v4531 = llvm.getelementptr %v53[%v4530] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4532 = llvm.load %v4531 : !llvm.ptr -> f32
          %v4533 = llvm.load %v18 : !llvm.ptr -> f32
          %v4534 = arith.mulf %v4532, %v4533 fastmath<contract> : f32
          %v4535 = arith.addf %v4527, %v4534 fastmath<contract> : f32
          %v4536 = arith.muli %v376, %v1773 : i64
          %v4537 = arith.subi %v4193, %v1750 : i64
          %v4538 = arith.addi %v4536, %v4537 : i64
          %v4539 = llvm.getelementptr %v53[%v4538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4540 = llvm.load %v4539 : !llvm.ptr -> f32
          %v4541 = llvm.load %v19 : !llvm.ptr -> f32
          %v4542 = arith.mulf %v4540, %v4541 fastmath<contract> : f32
          %v4543 = arith.addf %v4535, %v4542 fastmath<contract> : f32
          %v4544 = arith.muli %v3392, %v1773 : i64
          %v4545 = arith.subi %v4193, %v1750 : i64
          %v4546 = arith.addi %v4544, %v4545 : i64
          %v4547 = llvm.getelementptr %v53[%v4546] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4548 = llvm.load %v4547 : !llvm.ptr -> f32
          %v4549 = llvm.load %v20 : !llvm.ptr -> f32
          %v4550 = arith.mulf %v4548, %v4549 fastmath<contract> : f32
          %v4551 = arith.addf %v4543, %v4550 fastmath<contract> : f32
          %v4552 = arith.mulf %v4239, %v3947 fastmath<contract> : f32
          %v4553 = arith.addf %v4551, %v4552 fastmath<contract> : f32
          %v4554 = arith.muli %v78, %v31 : i64
          %v4555 = arith.addi %v4554, %v29 : i64
          %v4556 = arith.muli %v4555, %v282 : i64
          %v4557 = arith.addi %v4556, %v4192 : i64
          %v4558 = llvm.getelementptr %v22[%v4557] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4559 = llvm.load %v4558 : !llvm.ptr<3> -> f32
          %v4560 = arith.negf %v4559 : f32
          %v4561 = arith.mulf %v4560, %v3644 fastmath<contract> : f32
          %v4562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4561) : (f32) -> f32
          %v4563 = arith.addf %v3661, %v4562 fastmath<contract> : f32
          %v4564 = arith.divf %v3661, %v4563 : f32
          %v4565 = arith.mulf %v4559, %v4564 fastmath<contract> : f32
          %v4566 = arith.mulf %v4553, %v4565 fastmath<contract> : f32
          %v4567 = arith.muli %v89, %v31 : i64
          %v4568 = arith.addi %v4567, %v29 : i64
          %v4569 = arith.muli %v4568, %v282 : i64
          %v4570 = arith.addi %v4569, %v4192 : i64
          %v4571 = llvm.getelementptr %v22[%v4570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v4566, %v4571 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v4572 = arith.addi %v54, %v29 : i64
        %v4573 = arith.divui %v4572, %v269 : i64
        %v4574 = arith.remui %v4572, %v269 : i64
        %v4575 = arith.addi %v54, %v4573 : i64
        %v4576 = arith.muli %v4575, %v282 : i64
        %v4577 = arith.addi %v4576, %v4574 : i64
        %v4578 = llvm.getelementptr %v22[%v4577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1967, %v4578 : f32, !llvm.ptr<3>
        %v4579 = arith.addi %v31, %v29 : i64
        %v4580 = arith.divui %v4579, %v269 : i64
        %v4581 = arith.remui %v4579, %v269 : i64
        %v4582 = arith.addi %v54, %v4580 : i64
        %v4583 = arith.muli %v4582, %v282 : i64
        %v4584 = arith.addi %v4583, %v4581 : i64
        %v4585 = llvm.getelementptr %v22[%v4584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1981, %v4585 : f32, !llvm.ptr<3>
        %v4586 = arith.addi %v1267, %v29 : i64
        %v4587 = arith.divui %v4586, %v269 : i64
        %v4588 = arith.remui %v4586, %v269 : i64
        %v4589 = arith.addi %v54, %v4587 : i64
        %v4590 = arith.muli %v4589, %v282 : i64
        %v4591 = arith.addi %v4590, %v4588 : i64
        %v4592 = llvm.getelementptr %v22[%v4591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1995, %v4592 : f32, !llvm.ptr<3>
        %v4594 = arith.addi %v4593, %v29 : i64
        %v4595 = arith.divui %v4594, %v269 : i64
        %v4596 = arith.remui %v4594, %v269 : i64
        %v4597 = arith.addi %v54, %v4595 : i64
        %v4598 = arith.muli %v4597, %v282 : i64
        %v4599 = arith.addi %v4598, %v4596 : i64
        %v4600 = llvm.getelementptr %v22[%v4599] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2009, %v4600 : f32, !llvm.ptr<3>
        %v4601 = arith.addi %v25, %v29 : i64
        %v4602 = arith.divui %v4601, %v269 : i64
        %v4603 = arith.remui %v4601, %v269 : i64
        %v4604 = arith.addi %v54, %v4602 : i64
        %v4605 = arith.muli %v4604, %v282 : i64
        %v4606 = arith.addi %v4605, %v4603 : i64
        %v4607 = llvm.getelementptr %v22[%v4606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2023, %v4607 : f32, !llvm.ptr<3>
        %v4609 = arith.addi %v4608, %v29 : i64
        %v4610 = arith.divui %v4609, %v269 : i64
        %v4611 = arith.remui %v4609, %v269 : i64
        %v4612 = arith.addi %v54, %v4610 : i64
        %v4613 = arith.muli %v4612, %v282 : i64
        %v4614 = arith.addi %v4613, %v4611 : i64
        %v4615 = llvm.getelementptr %v22[%v4614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2037, %v4615 : f32, !llvm.ptr<3>
        %v4617 = arith.addi %v4616, %v29 : i64
        %v4618 = arith.divui %v4617, %v269 : i64
        %v4619 = arith.remui %v4617, %v269 : i64
        %v4620 = arith.addi %v54, %v4618 : i64
        %v4621 = arith.muli %v4620, %v282 : i64
        %v4622 = arith.addi %v4621, %v4619 : i64
        %v4623 = llvm.getelementptr %v22[%v4622] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2051, %v4623 : f32, !llvm.ptr<3>
        %v4625 = arith.addi %v4624, %v29 : i64
        %v4626 = arith.divui %v4625, %v269 : i64
        %v4627 = arith.remui %v4625, %v269 : i64
        %v4628 = arith.addi %v54, %v4626 : i64
        %v4629 = arith.muli %v4628, %v282 : i64
        %v4630 = arith.addi %v4629, %v4627 : i64
        %v4631 = llvm.getelementptr %v22[%v4630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2065, %v4631 : f32, !llvm.ptr<3>
        %v4632 = arith.addi %v1752, %v29 : i64
        %v4633 = arith.divui %v4632, %v269 : i64
        %v4634 = arith.remui %v4632, %v269 : i64
        %v4635 = arith.addi %v54, %v4633 : i64
        %v4636 = arith.muli %v4635, %v282 : i64
        %v4637 = arith.addi %v4636, %v4634 : i64
        %v4638 = llvm.getelementptr %v22[%v4637] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2079, %v4638 : f32, !llvm.ptr<3>
        %v4640 = arith.addi %v4639, %v29 : i64
        %v4641 = arith.divui %v4640, %v269 : i64
        %v4642 = arith.remui %v4640, %v269 : i64
        %v4643 = arith.addi %v54, %v4641 : i64
        %v4644 = arith.muli %v4643, %v282 : i64
        %v4645 = arith.addi %v4644, %v4642 : i64
        %v4646 = llvm.getelementptr %v22[%v4645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2093, %v4646 : f32, !llvm.ptr<3>
        %v4648 = arith.addi %v4647, %v29 : i64
        %v4649 = arith.divui %v4648, %v269 : i64
        %v4650 = arith.remui %v4648, %v269 : i64
        %v4651 = arith.addi %v54, %v4649 : i64
        %v4652 = arith.muli %v4651, %v282 : i64
        %v4653 = arith.addi %v4652, %v4650 : i64
        %v4654 = llvm.getelementptr %v22[%v4653] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2107, %v4654 : f32, !llvm.ptr<3>
        %v4656 = arith.addi %v4655, %v29 : i64
        %v4657 = arith.divui %v4656, %v269 : i64
        %v4658 = arith.remui %v4656, %v269 : i64
        %v4659 = arith.addi %v54, %v4657 : i64
        %v4660 = arith.muli %v4659, %v282 : i64
        %v4661 = arith.addi %v4660, %v4658 : i64
        %v4662 = llvm.getelementptr %v22[%v4661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2121, %v4662 : f32, !llvm.ptr<3>
        %v4664 = arith.addi %v4663, %v29 : i64
        %v4665 = arith.divui %v4664, %v269 : i64
        %v4666 = arith.remui %v4664, %v269 : i64
        %v4667 = arith.addi %v54, %v4665 : i64
        %v4668 = arith.muli %v4667, %v282 : i64
        %v4669 = arith.addi %v4668, %v4666 : i64
        %v4670 = llvm.getelementptr %v22[%v4669] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2135, %v4670 : f32, !llvm.ptr<3>
        %v4672 = arith.addi %v4671, %v29 : i64
        %v4673 = arith.divui %v4672, %v269 : i64
        %v4674 = arith.remui %v4672, %v269 : i64
        %v4675 = arith.addi %v54, %v4673 : i64
        %v4676 = arith.muli %v4675, %v282 : i64
        %v4677 = arith.addi %v4676, %v4674 : i64
        %v4678 = llvm.getelementptr %v22[%v4677] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2149, %v4678 : f32, !llvm.ptr<3>
        %v4680 = arith.addi %v4679, %v29 : i64
        %v4681 = arith.divui %v4680, %v269 : i64
        %v4682 = arith.remui %v4680, %v269 : i64
        %v4683 = arith.addi %v54, %v4681 : i64
        %v4684 = arith.muli %v4683, %v282 : i64
        %v4685 = arith.addi %v4684, %v4682 : i64
        %v4686 = llvm.getelementptr %v22[%v4685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2163, %v4686 : f32, !llvm.ptr<3>
        %v4688 = arith.addi %v4687, %v29 : i64
        %v4689 = arith.divui %v4688, %v269 : i64
        %v4690 = arith.remui %v4688, %v269 : i64
        %v4691 = arith.addi %v54, %v4689 : i64
        %v4692 = arith.muli %v4691, %v282 : i64
        %v4693 = arith.addi %v4692, %v4690 : i64
        %v4694 = llvm.getelementptr %v22[%v4693] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2177, %v4694 : f32, !llvm.ptr<3>
        %v4696 = arith.addi %v4695, %v29 : i64
        %v4697 = arith.divui %v4696, %v269 : i64
        %v4698 = arith.remui %v4696, %v269 : i64
        %v4699 = arith.addi %v54, %v4697 : i64
        %v4700 = arith.muli %v4699, %v282 : i64
        %v4701 = arith.addi %v4700, %v4698 : i64
        %v4702 = llvm.getelementptr %v22[%v4701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2191, %v4702 : f32, !llvm.ptr<3>
        %v4704 = arith.addi %v4703, %v29 : i64
        %v4705 = arith.divui %v4704, %v269 : i64
        %v4706 = arith.remui %v4704, %v269 : i64
        %v4707 = arith.addi %v54, %v4705 : i64
        %v4708 = arith.muli %v4707, %v282 : i64
        %v4709 = arith.addi %v4708, %v4706 : i64
        %v4710 = llvm.getelementptr %v22[%v4709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2205, %v4710 : f32, !llvm.ptr<3>
        %v4712 = arith.addi %v4711, %v29 : i64
        %v4713 = arith.divui %v4712, %v269 : i64
        %v4714 = arith.remui %v4712, %v269 : i64
        %v4715 = arith.addi %v54, %v4713 : i64
        %v4716 = arith.muli %v4715, %v282 : i64
        %v4717 = arith.addi %v4716, %v4714 : i64
        %v4718 = llvm.getelementptr %v22[%v4717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2219, %v4718 : f32, !llvm.ptr<3>
        %v4720 = arith.addi %v4719, %v29 : i64
        %v4721 = arith.divui %v4720, %v269 : i64
        %v4722 = arith.remui %v4720, %v269 : i64
        %v4723 = arith.addi %v54, %v4721 : i64
        %v4724 = arith.muli %v4723, %v282 : i64
        %v4725 = arith.addi %v4724, %v4722 : i64
        %v4726 = llvm.getelementptr %v22[%v4725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2233, %v4726 : f32, !llvm.ptr<3>
        %v4728 = arith.addi %v4727, %v29 : i64
        %v4729 = arith.divui %v4728, %v269 : i64
        %v4730 = arith.remui %v4728, %v269 : i64
        %v4731 = arith.addi %v54, %v4729 : i64
        %v4732 = arith.muli %v4731, %v282 : i64
        %v4733 = arith.addi %v4732, %v4730 : i64
        %v4734 = llvm.getelementptr %v22[%v4733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2247, %v4734 : f32, !llvm.ptr<3>
        %v4736 = arith.addi %v4735, %v29 : i64
        %v4737 = arith.divui %v4736, %v269 : i64
        %v4738 = arith.remui %v4736, %v269 : i64
        %v4739 = arith.addi %v54, %v4737 : i64
        %v4740 = arith.muli %v4739, %v282 : i64
        %v4741 = arith.addi %v4740, %v4738 : i64
        %v4742 = llvm.getelementptr %v22[%v4741] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2261, %v4742 : f32, !llvm.ptr<3>
        %v4744 = arith.addi %v4743, %v29 : i64
        %v4745 = arith.divui %v4744, %v269 : i64
        %v4746 = arith.remui %v4744, %v269 : i64
        %v4747 = arith.addi %v54, %v4745 : i64
        %v4748 = arith.muli %v4747, %v282 : i64
        %v4749 = arith.addi %v4748, %v4746 : i64
        %v4750 = llvm.getelementptr %v22[%v4749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2275, %v4750 : f32, !llvm.ptr<3>
        %v4752 = arith.addi %v4751, %v29 : i64
        %v4753 = arith.divui %v4752, %v269 : i64
        %v4754 = arith.remui %v4752, %v269 : i64
        %v4755 = arith.addi %v54, %v4753 : i64
        %v4756 = arith.muli %v4755, %v282 : i64
        %v4757 = arith.addi %v4756, %v4754 : i64
        %v4758 = llvm.getelementptr %v22[%v4757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2289, %v4758 : f32, !llvm.ptr<3>
        %v4760 = arith.addi %v4759, %v29 : i64
        %v4761 = arith.divui %v4760, %v269 : i64
        %v4762 = arith.remui %v4760, %v269 : i64
        %v4763 = arith.addi %v54, %v4761 : i64
        %v4764 = arith.muli %v4763, %v282 : i64
        %v4765 = arith.addi %v4764, %v4762 : i64
        %v4766 = llvm.getelementptr %v22[%v4765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2303, %v4766 : f32, !llvm.ptr<3>
        %v4768 = arith.addi %v4767, %v29 : i64
        %v4769 = arith.divui %v4768, %v269 : i64
        %v4770 = arith.remui %v4768, %v269 : i64
        %v4771 = arith.addi %v54, %v4769 : i64
        %v4772 = arith.muli %v4771, %v282 : i64
        %v4773 = arith.addi %v4772, %v4770 : i64
        %v4774 = llvm.getelementptr %v22[%v4773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2317, %v4774 : f32, !llvm.ptr<3>
        %v4776 = arith.addi %v4775, %v29 : i64
        %v4777 = arith.divui %v4776, %v269 : i64
        %v4778 = arith.remui %v4776, %v269 : i64
        %v4779 = arith.addi %v54, %v4777 : i64
        %v4780 = arith.muli %v4779, %v282 : i64
        %v4781 = arith.addi %v4780, %v4778 : i64
        %v4782 = llvm.getelementptr %v22[%v4781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2331, %v4782 : f32, !llvm.ptr<3>
        %v4784 = arith.addi %v4783, %v29 : i64
        %v4785 = arith.divui %v4784, %v269 : i64
        %v4786 = arith.remui %v4784, %v269 : i64
        %v4787 = arith.addi %v54, %v4785 : i64
        %v4788 = arith.muli %v4787, %v282 : i64
        %v4789 = arith.addi %v4788, %v4786 : i64
        %v4790 = llvm.getelementptr %v22[%v4789] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2345, %v4790 : f32, !llvm.ptr<3>
        %v4792 = arith.addi %v4791, %v29 : i64
        %v4793 = arith.divui %v4792, %v269 : i64
        %v4794 = arith.remui %v4792, %v269 : i64
        %v4795 = arith.addi %v54, %v4793 : i64
        %v4796 = arith.muli %v4795, %v282 : i64
        %v4797 = arith.addi %v4796, %v4794 : i64
        %v4798 = llvm.getelementptr %v22[%v4797] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2359, %v4798 : f32, !llvm.ptr<3>
        %v4800 = arith.addi %v4799, %v29 : i64
        %v4801 = arith.divui %v4800, %v269 : i64
        %v4802 = arith.remui %v4800, %v269 : i64
        %v4803 = arith.addi %v54, %v4801 : i64
        %v4804 = arith.muli %v4803, %v282 : i64
        %v4805 = arith.addi %v4804, %v4802 : i64
        %v4806 = llvm.getelementptr %v22[%v4805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2373, %v4806 : f32, !llvm.ptr<3>
        %v4808 = arith.addi %v4807, %v29 : i64
        %v4809 = arith.divui %v4808, %v269 : i64
        %v4810 = arith.remui %v4808, %v269 : i64
        %v4811 = arith.addi %v54, %v4809 : i64
        %v4812 = arith.muli %v4811, %v282 : i64
        %v4813 = arith.addi %v4812, %v4810 : i64
        %v4814 = llvm.getelementptr %v22[%v4813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2387, %v4814 : f32, !llvm.ptr<3>
        %v4816 = arith.addi %v4815, %v29 : i64
        %v4817 = arith.divui %v4816, %v269 : i64
        %v4818 = arith.remui %v4816, %v269 : i64
        %v4819 = arith.addi %v54, %v4817 : i64
        %v4820 = arith.muli %v4819, %v282 : i64
        %v4821 = arith.addi %v4820, %v4818 : i64
        %v4822 = llvm.getelementptr %v22[%v4821] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2401, %v4822 : f32, !llvm.ptr<3>
        %v4823 = arith.addi %v54, %v29 : i64
        %v4824 = arith.divui %v4823, %v269 : i64
        %v4825 = arith.remui %v4823, %v269 : i64
        %v4826 = arith.addi %v31, %v4824 : i64
        %v4827 = arith.muli %v4826, %v282 : i64
        %v4828 = arith.addi %v4827, %v4825 : i64
        %v4829 = llvm.getelementptr %v22[%v4828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2417, %v4829 : f32, !llvm.ptr<3>
        %v4830 = arith.addi %v31, %v29 : i64
        %v4831 = arith.divui %v4830, %v269 : i64
        %v4832 = arith.remui %v4830, %v269 : i64
        %v4833 = arith.addi %v31, %v4831 : i64
        %v4834 = arith.muli %v4833, %v282 : i64
        %v4835 = arith.addi %v4834, %v4832 : i64
        %v4836 = llvm.getelementptr %v22[%v4835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2431, %v4836 : f32, !llvm.ptr<3>
        %v4837 = arith.addi %v1267, %v29 : i64
        %v4838 = arith.divui %v4837, %v269 : i64
        %v4839 = arith.remui %v4837, %v269 : i64
        %v4840 = arith.addi %v31, %v4838 : i64
        %v4841 = arith.muli %v4840, %v282 : i64
        %v4842 = arith.addi %v4841, %v4839 : i64
        %v4843 = llvm.getelementptr %v22[%v4842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2445, %v4843 : f32, !llvm.ptr<3>
        %v4844 = arith.addi %v4593, %v29 : i64
        %v4845 = arith.divui %v4844, %v269 : i64
        %v4846 = arith.remui %v4844, %v269 : i64
        %v4847 = arith.addi %v31, %v4845 : i64
        %v4848 = arith.muli %v4847, %v282 : i64
        %v4849 = arith.addi %v4848, %v4846 : i64
        %v4850 = llvm.getelementptr %v22[%v4849] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2459, %v4850 : f32, !llvm.ptr<3>
        %v4851 = arith.addi %v25, %v29 : i64
        %v4852 = arith.divui %v4851, %v269 : i64
        %v4853 = arith.remui %v4851, %v269 : i64
        %v4854 = arith.addi %v31, %v4852 : i64
        %v4855 = arith.muli %v4854, %v282 : i64
        %v4856 = arith.addi %v4855, %v4853 : i64
        %v4857 = llvm.getelementptr %v22[%v4856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2473, %v4857 : f32, !llvm.ptr<3>
        %v4858 = arith.addi %v4608, %v29 : i64
        %v4859 = arith.divui %v4858, %v269 : i64
        %v4860 = arith.remui %v4858, %v269 : i64
        %v4861 = arith.addi %v31, %v4859 : i64
        %v4862 = arith.muli %v4861, %v282 : i64
        %v4863 = arith.addi %v4862, %v4860 : i64
        %v4864 = llvm.getelementptr %v22[%v4863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2487, %v4864 : f32, !llvm.ptr<3>
        %v4865 = arith.addi %v4616, %v29 : i64
        %v4866 = arith.divui %v4865, %v269 : i64
        %v4867 = arith.remui %v4865, %v269 : i64
        %v4868 = arith.addi %v31, %v4866 : i64
        %v4869 = arith.muli %v4868, %v282 : i64
        %v4870 = arith.addi %v4869, %v4867 : i64
        %v4871 = llvm.getelementptr %v22[%v4870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2501, %v4871 : f32, !llvm.ptr<3>
        %v4872 = arith.addi %v4624, %v29 : i64
        %v4873 = arith.divui %v4872, %v269 : i64
        %v4874 = arith.remui %v4872, %v269 : i64
        %v4875 = arith.addi %v31, %v4873 : i64
        %v4876 = arith.muli %v4875, %v282 : i64
        %v4877 = arith.addi %v4876, %v4874 : i64
        %v4878 = llvm.getelementptr %v22[%v4877] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2515, %v4878 : f32, !llvm.ptr<3>
        %v4879 = arith.addi %v1752, %v29 : i64
        %v4880 = arith.divui %v4879, %v269 : i64
        %v4881 = arith.remui %v4879, %v269 : i64
        %v4882 = arith.addi %v31, %v4880 : i64
        %v4883 = arith.muli %v4882, %v282 : i64
        %v4884 = arith.addi %v4883, %v4881 : i64
        %v4885 = llvm.getelementptr %v22[%v4884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2529, %v4885 : f32, !llvm.ptr<3>
        %v4886 = arith.addi %v4639, %v29 : i64
        %v4887 = arith.divui %v4886, %v269 : i64
        %v4888 = arith.remui %v4886, %v269 : i64
        %v4889 = arith.addi %v31, %v4887 : i64
        %v4890 = arith.muli %v4889, %v282 : i64
        %v4891 = arith.addi %v4890, %v4888 : i64
        %v4892 = llvm.getelementptr %v22[%v4891] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2543, %v4892 : f32, !llvm.ptr<3>
        %v4893 = arith.addi %v4647, %v29 : i64
        %v4894 = arith.divui %v4893, %v269 : i64
        %v4895 = arith.remui %v4893, %v269 : i64
        %v4896 = arith.addi %v31, %v4894 : i64
        %v4897 = arith.muli %v4896, %v282 : i64
        %v4898 = arith.addi %v4897, %v4895 : i64
        %v4899 = llvm.getelementptr %v22[%v4898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2557, %v4899 : f32, !llvm.ptr<3>
        %v4900 = arith.addi %v4655, %v29 : i64
        %v4901 = arith.divui %v4900, %v269 : i64
        %v4902 = arith.remui %v4900, %v269 : i64
        %v4903 = arith.addi %v31, %v4901 : i64
        %v4904 = arith.muli %v4903, %v282 : i64
        %v4905 = arith.addi %v4904, %v4902 : i64
        %v4906 = llvm.getelementptr %v22[%v4905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2571, %v4906 : f32, !llvm.ptr<3>
        %v4907 = arith.addi %v4663, %v29 : i64
        %v4908 = arith.divui %v4907, %v269 : i64
        %v4909 = arith.remui %v4907, %v269 : i64
        %v4910 = arith.addi %v31, %v4908 : i64
        %v4911 = arith.muli %v4910, %v282 : i64
        %v4912 = arith.addi %v4911, %v4909 : i64
        %v4913 = llvm.getelementptr %v22[%v4912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2585, %v4913 : f32, !llvm.ptr<3>
        %v4914 = arith.addi %v4671, %v29 : i64
        %v4915 = arith.divui %v4914, %v269 : i64
        %v4916 = arith.remui %v4914, %v269 : i64
        %v4917 = arith.addi %v31, %v4915 : i64
        %v4918 = arith.muli %v4917, %v282 : i64
        %v4919 = arith.addi %v4918, %v4916 : i64
        %v4920 = llvm.getelementptr %v22[%v4919] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2599, %v4920 : f32, !llvm.ptr<3>
        %v4921 = arith.addi %v4679, %v29 : i64
        %v4922 = arith.divui %v4921, %v269 : i64
        %v4923 = arith.remui %v4921, %v269 : i64
        %v4924 = arith.addi %v31, %v4922 : i64
        %v4925 = arith.muli %v4924, %v282 : i64
        %v4926 = arith.addi %v4925, %v4923 : i64
        %v4927 = llvm.getelementptr %v22[%v4926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2613, %v4927 : f32, !llvm.ptr<3>
        %v4928 = arith.addi %v4687, %v29 : i64
        %v4929 = arith.divui %v4928, %v269 : i64
        %v4930 = arith.remui %v4928, %v269 : i64
        %v4931 = arith.addi %v31, %v4929 : i64
        %v4932 = arith.muli %v4931, %v282 : i64
        %v4933 = arith.addi %v4932, %v4930 : i64
        %v4934 = llvm.getelementptr %v22[%v4933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2627, %v4934 : f32, !llvm.ptr<3>
        %v4935 = arith.addi %v4695, %v29 : i64
        %v4936 = arith.divui %v4935, %v269 : i64
        %v4937 = arith.remui %v4935, %v269 : i64
        %v4938 = arith.addi %v31, %v4936 : i64
        %v4939 = arith.muli %v4938, %v282 : i64
        %v4940 = arith.addi %v4939, %v4937 : i64
        %v4941 = llvm.getelementptr %v22[%v4940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2641, %v4941 : f32, !llvm.ptr<3>
        %v4942 = arith.addi %v4703, %v29 : i64
        %v4943 = arith.divui %v4942, %v269 : i64
        %v4944 = arith.remui %v4942, %v269 : i64
        %v4945 = arith.addi %v31, %v4943 : i64
        %v4946 = arith.muli %v4945, %v282 : i64
        %v4947 = arith.addi %v4946, %v4944 : i64
        %v4948 = llvm.getelementptr %v22[%v4947] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2655, %v4948 : f32, !llvm.ptr<3>
        %v4949 = arith.addi %v4711, %v29 : i64
        %v4950 = arith.divui %v4949, %v269 : i64
        %v4951 = arith.remui %v4949, %v269 : i64
        %v4952 = arith.addi %v31, %v4950 : i64
        %v4953 = arith.muli %v4952, %v282 : i64
        %v4954 = arith.addi %v4953, %v4951 : i64
        %v4955 = llvm.getelementptr %v22[%v4954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2669, %v4955 : f32, !llvm.ptr<3>
        %v4956 = arith.addi %v4719, %v29 : i64
        %v4957 = arith.divui %v4956, %v269 : i64
        %v4958 = arith.remui %v4956, %v269 : i64
        %v4959 = arith.addi %v31, %v4957 : i64
        %v4960 = arith.muli %v4959, %v282 : i64
        %v4961 = arith.addi %v4960, %v4958 : i64
        %v4962 = llvm.getelementptr %v22[%v4961] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2683, %v4962 : f32, !llvm.ptr<3>
        %v4963 = arith.addi %v4727, %v29 : i64
        %v4964 = arith.divui %v4963, %v269 : i64
        %v4965 = arith.remui %v4963, %v269 : i64
        %v4966 = arith.addi %v31, %v4964 : i64
        %v4967 = arith.muli %v4966, %v282 : i64
        %v4968 = arith.addi %v4967, %v4965 : i64
        %v4969 = llvm.getelementptr %v22[%v4968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2697, %v4969 : f32, !llvm.ptr<3>
        %v4970 = arith.addi %v4735, %v29 : i64
        %v4971 = arith.divui %v4970, %v269 : i64
        %v4972 = arith.remui %v4970, %v269 : i64
        %v4973 = arith.addi %v31, %v4971 : i64
        %v4974 = arith.muli %v4973, %v282 : i64
        %v4975 = arith.addi %v4974, %v4972 : i64
        %v4976 = llvm.getelementptr %v22[%v4975] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2711, %v4976 : f32, !llvm.ptr<3>
        %v4977 = arith.addi %v4743, %v29 : i64
        %v4978 = arith.divui %v4977, %v269 : i64
        %v4979 = arith.remui %v4977, %v269 : i64
        %v4980 = arith.addi %v31, %v4978 : i64
        %v4981 = arith.muli %v4980, %v282 : i64
        %v4982 = arith.addi %v4981, %v4979 : i64
        %v4983 = llvm.getelementptr %v22[%v4982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2725, %v4983 : f32, !llvm.ptr<3>
        %v4984 = arith.addi %v4751, %v29 : i64
        %v4985 = arith.divui %v4984, %v269 : i64
        %v4986 = arith.remui %v4984, %v269 : i64
        %v4987 = arith.addi %v31, %v4985 : i64
        %v4988 = arith.muli %v4987, %v282 : i64
        %v4989 = arith.addi %v4988, %v4986 : i64
        %v4990 = llvm.getelementptr %v22[%v4989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2739, %v4990 : f32, !llvm.ptr<3>
        %v4991 = arith.addi %v4759, %v29 : i64
        %v4992 = arith.divui %v4991, %v269 : i64
        %v4993 = arith.remui %v4991, %v269 : i64
        %v4994 = arith.addi %v31, %v4992 : i64
        %v4995 = arith.muli %v4994, %v282 : i64
        %v4996 = arith.addi %v4995, %v4993 : i64
        %v4997 = llvm.getelementptr %v22[%v4996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2753, %v4997 : f32, !llvm.ptr<3>
        %v4998 = arith.addi %v4767, %v29 : i64
        %v4999 = arith.divui %v4998, %v269 : i64
        %v5000 = arith.remui %v4998, %v269 : i64
        %v5001 = arith.addi %v31, %v4999 : i64
        %v5002 = arith.muli %v5001, %v282 : i64
        %v5003 = arith.addi %v5002, %v5000 : i64
        %v5004 = llvm.getelementptr %v22[%v5003] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2767, %v5004 : f32, !llvm.ptr<3>
        %v5005 = arith.addi %v4775, %v29 : i64
        %v5006 = arith.divui %v5005, %v269 : i64
        %v5007 = arith.remui %v5005, %v269 : i64
        %v5008 = arith.addi %v31, %v5006 : i64
        %v5009 = arith.muli %v5008, %v282 : i64
        %v5010 = arith.addi %v5009, %v5007 : i64
        %v5011 = llvm.getelementptr %v22[%v5010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2781, %v5011 : f32, !llvm.ptr<3>
        %v5012 = arith.addi %v4783, %v29 : i64
        %v5013 = arith.divui %v5012, %v269 : i64
        %v5014 = arith.remui %v5012, %v269 : i64
        %v5015 = arith.addi %v31, %v5013 : i64
        %v5016 = arith.muli %v5015, %v282 : i64
        %v5017 = arith.addi %v5016, %v5014 : i64
        %v5018 = llvm.getelementptr %v22[%v5017] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2795, %v5018 : f32, !llvm.ptr<3>
        %v5019 = arith.addi %v4791, %v29 : i64
        %v5020 = arith.divui %v5019, %v269 : i64
        %v5021 = arith.remui %v5019, %v269 : i64
        %v5022 = arith.addi %v31, %v5020 : i64
        %v5023 = arith.muli %v5022, %v282 : i64
        %v5024 = arith.addi %v5023, %v5021 : i64
        %v5025 = llvm.getelementptr %v22[%v5024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2809, %v5025 : f32, !llvm.ptr<3>
        %v5026 = arith.addi %v4799, %v29 : i64
        %v5027 = arith.divui %v5026, %v269 : i64
        %v5028 = arith.remui %v5026, %v269 : i64
        %v5029 = arith.addi %v31, %v5027 : i64
        %v5030 = arith.muli %v5029, %v282 : i64
        %v5031 = arith.addi %v5030, %v5028 : i64
        %v5032 = llvm.getelementptr %v22[%v5031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2823, %v5032 : f32, !llvm.ptr<3>
        %v5033 = arith.addi %v4807, %v29 : i64
        %v5034 = arith.divui %v5033, %v269 : i64
        %v5035 = arith.remui %v5033, %v269 : i64
        %v5036 = arith.addi %v31, %v5034 : i64
        %v5037 = arith.muli %v5036, %v282 : i64
        %v5038 = arith.addi %v5037, %v5035 : i64
        %v5039 = llvm.getelementptr %v22[%v5038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2837, %v5039 : f32, !llvm.ptr<3>
        %v5040 = arith.addi %v4815, %v29 : i64
        %v5041 = arith.divui %v5040, %v269 : i64
        %v5042 = arith.remui %v5040, %v269 : i64
        %v5043 = arith.addi %v31, %v5041 : i64
        %v5044 = arith.muli %v5043, %v282 : i64
        %v5045 = arith.addi %v5044, %v5042 : i64
        %v5046 = llvm.getelementptr %v22[%v5045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2851, %v5046 : f32, !llvm.ptr<3>
        %v5047 = arith.addi %v54, %v29 : i64
        %v5048 = arith.divui %v5047, %v269 : i64
        %v5049 = arith.remui %v5047, %v269 : i64
        %v5050 = arith.addi %v1267, %v5048 : i64
        %v5051 = arith.muli %v5050, %v282 : i64
        %v5052 = arith.addi %v5051, %v5049 : i64
        %v5053 = llvm.getelementptr %v22[%v5052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2867, %v5053 : f32, !llvm.ptr<3>
        %v5054 = arith.addi %v31, %v29 : i64
        %v5055 = arith.divui %v5054, %v269 : i64
        %v5056 = arith.remui %v5054, %v269 : i64
        %v5057 = arith.addi %v1267, %v5055 : i64
        %v5058 = arith.muli %v5057, %v282 : i64
        %v5059 = arith.addi %v5058, %v5056 : i64
        %v5060 = llvm.getelementptr %v22[%v5059] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2881, %v5060 : f32, !llvm.ptr<3>
        %v5061 = arith.addi %v1267, %v29 : i64
        %v5062 = arith.divui %v5061, %v269 : i64
        %v5063 = arith.remui %v5061, %v269 : i64
        %v5064 = arith.addi %v1267, %v5062 : i64
        %v5065 = arith.muli %v5064, %v282 : i64
        %v5066 = arith.addi %v5065, %v5063 : i64
        %v5067 = llvm.getelementptr %v22[%v5066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2895, %v5067 : f32, !llvm.ptr<3>
        %v5068 = arith.addi %v4593, %v29 : i64
        %v5069 = arith.divui %v5068, %v269 : i64
        %v5070 = arith.remui %v5068, %v269 : i64
        %v5071 = arith.addi %v1267, %v5069 : i64
        %v5072 = arith.muli %v5071, %v282 : i64
        %v5073 = arith.addi %v5072, %v5070 : i64
        %v5074 = llvm.getelementptr %v22[%v5073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2909, %v5074 : f32, !llvm.ptr<3>
        %v5075 = arith.addi %v25, %v29 : i64
        %v5076 = arith.divui %v5075, %v269 : i64
        %v5077 = arith.remui %v5075, %v269 : i64
        %v5078 = arith.addi %v1267, %v5076 : i64
        %v5079 = arith.muli %v5078, %v282 : i64
        %v5080 = arith.addi %v5079, %v5077 : i64
        %v5081 = llvm.getelementptr %v22[%v5080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2923, %v5081 : f32, !llvm.ptr<3>
        %v5082 = arith.addi %v4608, %v29 : i64
        %v5083 = arith.divui %v5082, %v269 : i64
        %v5084 = arith.remui %v5082, %v269 : i64
        %v5085 = arith.addi %v1267, %v5083 : i64
        %v5086 = arith.muli %v5085, %v282 : i64
        %v5087 = arith.addi %v5086, %v5084 : i64
        %v5088 = llvm.getelementptr %v22[%v5087] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2937, %v5088 : f32, !llvm.ptr<3>
        %v5089 = arith.addi %v4616, %v29 : i64
        %v5090 = arith.divui %v5089, %v269 : i64
        %v5091 = arith.remui %v5089, %v269 : i64
        %v5092 = arith.addi %v1267, %v5090 : i64
        %v5093 = arith.muli %v5092, %v282 : i64
        %v5094 = arith.addi %v5093, %v5091 : i64
        %v5095 = llvm.getelementptr %v22[%v5094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2951, %v5095 : f32, !llvm.ptr<3>
        %v5096 = arith.addi %v4624, %v29 : i64
        %v5097 = arith.divui %v5096, %v269 : i64
        %v5098 = arith.remui %v5096, %v269 : i64
        %v5099 = arith.addi %v1267, %v5097 : i64
        %v5100 = arith.muli %v5099, %v282 : i64
        %v5101 = arith.addi %v5100, %v5098 : i64
        %v5102 = llvm.getelementptr %v22[%v5101] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2965, %v5102 : f32, !llvm.ptr<3>
        %v5103 = arith.addi %v1752, %v29 : i64
        %v5104 = arith.divui %v5103, %v269 : i64
        %v5105 = arith.remui %v5103, %v269 : i64
        %v5106 = arith.addi %v1267, %v5104 : i64
        %v5107 = arith.muli %v5106, %v282 : i64
        %v5108 = arith.addi %v5107, %v5105 : i64
        %v5109 = llvm.getelementptr %v22[%v5108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2979, %v5109 : f32, !llvm.ptr<3>
        %v5110 = arith.addi %v4639, %v29 : i64
        %v5111 = arith.divui %v5110, %v269 : i64
        %v5112 = arith.remui %v5110, %v269 : i64
        %v5113 = arith.addi %v1267, %v5111 : i64
        %v5114 = arith.muli %v5113, %v282 : i64
        %v5115 = arith.addi %v5114, %v5112 : i64
        %v5116 = llvm.getelementptr %v22[%v5115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2993, %v5116 : f32, !llvm.ptr<3>
        %v5117 = arith.addi %v4647, %v29 : i64
        %v5118 = arith.divui %v5117, %v269 : i64
        %v5119 = arith.remui %v5117, %v269 : i64
        %v5120 = arith.addi %v1267, %v5118 : i64
        %v5121 = arith.muli %v5120, %v282 : i64
        %v5122 = arith.addi %v5121, %v5119 : i64
        %v5123 = llvm.getelementptr %v22[%v5122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3007, %v5123 : f32, !llvm.ptr<3>
        %v5124 = arith.addi %v4655, %v29 : i64
        %v5125 = arith.divui %v5124, %v269 : i64
        %v5126 = arith.remui %v5124, %v269 : i64
        %v5127 = arith.addi %v1267, %v5125 : i64
        %v5128 = arith.muli %v5127, %v282 : i64
        %v5129 = arith.addi %v5128, %v5126 : i64
        %v5130 = llvm.getelementptr %v22[%v5129] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3021, %v5130 : f32, !llvm.ptr<3>
        %v5131 = arith.addi %v4663, %v29 : i64
        %v5132 = arith.divui %v5131, %v269 : i64
        %v5133 = arith.remui %v5131, %v269 : i64
        %v5134 = arith.addi %v1267, %v5132 : i64
        %v5135 = arith.muli %v5134, %v282 : i64
        %v5136 = arith.addi %v5135, %v5133 : i64
        %v5137 = llvm.getelementptr %v22[%v5136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3035, %v5137 : f32, !llvm.ptr<3>
        %v5138 = arith.addi %v4671, %v29 : i64
        %v5139 = arith.divui %v5138, %v269 : i64
        %v5140 = arith.remui %v5138, %v269 : i64
        %v5141 = arith.addi %v1267, %v5139 : i64
        %v5142 = arith.muli %v5141, %v282 : i64
        %v5143 = arith.addi %v5142, %v5140 : i64
        %v5144 = llvm.getelementptr %v22[%v5143] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3049, %v5144 : f32, !llvm.ptr<3>
        %v5145 = arith.addi %v4679, %v29 : i64
        %v5146 = arith.divui %v5145, %v269 : i64
        %v5147 = arith.remui %v5145, %v269 : i64
        %v5148 = arith.addi %v1267, %v5146 : i64
        %v5149 = arith.muli %v5148, %v282 : i64
        %v5150 = arith.addi %v5149, %v5147 : i64
        %v5151 = llvm.getelementptr %v22[%v5150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3063, %v5151 : f32, !llvm.ptr<3>
        %v5152 = arith.addi %v4687, %v29 : i64
        %v5153 = arith.divui %v5152, %v269 : i64
        %v5154 = arith.remui %v5152, %v269 : i64
        %v5155 = arith.addi %v1267, %v5153 : i64
        %v5156 = arith.muli %v5155, %v282 : i64
        %v5157 = arith.addi %v5156, %v5154 : i64
        %v5158 = llvm.getelementptr %v22[%v5157] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3077, %v5158 : f32, !llvm.ptr<3>
        %v5159 = arith.addi %v4695, %v29 : i64
        %v5160 = arith.divui %v5159, %v269 : i64
        %v5161 = arith.remui %v5159, %v269 : i64
        %v5162 = arith.addi %v1267, %v5160 : i64
        %v5163 = arith.muli %v5162, %v282 : i64
        %v5164 = arith.addi %v5163, %v5161 : i64
        %v5165 = llvm.getelementptr %v22[%v5164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3091, %v5165 : f32, !llvm.ptr<3>
        %v5166 = arith.addi %v4703, %v29 : i64
        %v5167 = arith.divui %v5166, %v269 : i64
        %v5168 = arith.remui %v5166, %v269 : i64
        %v5169 = arith.addi %v1267, %v5167 : i64
        %v5170 = arith.muli %v5169, %v282 : i64
        %v5171 = arith.addi %v5170, %v5168 : i64
        %v5172 = llvm.getelementptr %v22[%v5171] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3105, %v5172 : f32, !llvm.ptr<3>
        %v5173 = arith.addi %v4711, %v29 : i64
        %v5174 = arith.divui %v5173, %v269 : i64
        %v5175 = arith.remui %v5173, %v269 : i64
        %v5176 = arith.addi %v1267, %v5174 : i64
        %v5177 = arith.muli %v5176, %v282 : i64
        %v5178 = arith.addi %v5177, %v5175 : i64
        %v5179 = llvm.getelementptr %v22[%v5178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3119, %v5179 : f32, !llvm.ptr<3>
        %v5180 = arith.addi %v4719, %v29 : i64
        %v5181 = arith.divui %v5180, %v269 : i64
        %v5182 = arith.remui %v5180, %v269 : i64
        %v5183 = arith.addi %v1267, %v5181 : i64
        %v5184 = arith.muli %v5183, %v282 : i64
        %v5185 = arith.addi %v5184, %v5182 : i64
        %v5186 = llvm.getelementptr %v22[%v5185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3133, %v5186 : f32, !llvm.ptr<3>
        %v5187 = arith.addi %v4727, %v29 : i64
        %v5188 = arith.divui %v5187, %v269 : i64
        %v5189 = arith.remui %v5187, %v269 : i64
        %v5190 = arith.addi %v1267, %v5188 : i64
        %v5191 = arith.muli %v5190, %v282 : i64
        %v5192 = arith.addi %v5191, %v5189 : i64
        %v5193 = llvm.getelementptr %v22[%v5192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3147, %v5193 : f32, !llvm.ptr<3>
        %v5194 = arith.addi %v4735, %v29 : i64
        %v5195 = arith.divui %v5194, %v269 : i64
        %v5196 = arith.remui %v5194, %v269 : i64
        %v5197 = arith.addi %v1267, %v5195 : i64
        %v5198 = arith.muli %v5197, %v282 : i64
        %v5199 = arith.addi %v5198, %v5196 : i64
        %v5200 = llvm.getelementptr %v22[%v5199] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3161, %v5200 : f32, !llvm.ptr<3>
        %v5201 = arith.addi %v4743, %v29 : i64
        %v5202 = arith.divui %v5201, %v269 : i64
        %v5203 = arith.remui %v5201, %v269 : i64
        %v5204 = arith.addi %v1267, %v5202 : i64
        %v5205 = arith.muli %v5204, %v282 : i64
        %v5206 = arith.addi %v5205, %v5203 : i64
        %v5207 = llvm.getelementptr %v22[%v5206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3175, %v5207 : f32, !llvm.ptr<3>
        %v5208 = arith.addi %v4751, %v29 : i64
        %v5209 = arith.divui %v5208, %v269 : i64
        %v5210 = arith.remui %v5208, %v269 : i64
        %v5211 = arith.addi %v1267, %v5209 : i64
        %v5212 = arith.muli %v5211, %v282 : i64
        %v5213 = arith.addi %v5212, %v5210 : i64
        %v5214 = llvm.getelementptr %v22[%v5213] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3189, %v5214 : f32, !llvm.ptr<3>
        %v5215 = arith.addi %v4759, %v29 : i64
        %v5216 = arith.divui %v5215, %v269 : i64
        %v5217 = arith.remui %v5215, %v269 : i64
        %v5218 = arith.addi %v1267, %v5216 : i64
        %v5219 = arith.muli %v5218, %v282 : i64
        %v5220 = arith.addi %v5219, %v5217 : i64
        %v5221 = llvm.getelementptr %v22[%v5220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3203, %v5221 : f32, !llvm.ptr<3>
        %v5222 = arith.addi %v4767, %v29 : i64
        %v5223 = arith.divui %v5222, %v269 : i64
        %v5224 = arith.remui %v5222, %v269 : i64
        %v5225 = arith.addi %v1267, %v5223 : i64
        %v5226 = arith.muli %v5225, %v282 : i64
        %v5227 = arith.addi %v5226, %v5224 : i64
        %v5228 = llvm.getelementptr %v22[%v5227] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3217, %v5228 : f32, !llvm.ptr<3>
        %v5229 = arith.addi %v4775, %v29 : i64
        %v5230 = arith.divui %v5229, %v269 : i64
        %v5231 = arith.remui %v5229, %v269 : i64
        %v5232 = arith.addi %v1267, %v5230 : i64
        %v5233 = arith.muli %v5232, %v282 : i64
        %v5234 = arith.addi %v5233, %v5231 : i64
        %v5235 = llvm.getelementptr %v22[%v5234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3231, %v5235 : f32, !llvm.ptr<3>
        %v5236 = arith.addi %v4783, %v29 : i64
        %v5237 = arith.divui %v5236, %v269 : i64
        %v5238 = arith.remui %v5236, %v269 : i64
        %v5239 = arith.addi %v1267, %v5237 : i64
        %v5240 = arith.muli %v5239, %v282 : i64
        %v5241 = arith.addi %v5240, %v5238 : i64
        %v5242 = llvm.getelementptr %v22[%v5241] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3245, %v5242 : f32, !llvm.ptr<3>
        %v5243 = arith.addi %v4791, %v29 : i64
        %v5244 = arith.divui %v5243, %v269 : i64
        %v5245 = arith.remui %v5243, %v269 : i64
        %v5246 = arith.addi %v1267, %v5244 : i64
        %v5247 = arith.muli %v5246, %v282 : i64
        %v5248 = arith.addi %v5247, %v5245 : i64
        %v5249 = llvm.getelementptr %v22[%v5248] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3259, %v5249 : f32, !llvm.ptr<3>
        %v5250 = arith.addi %v4799, %v29 : i64
        %v5251 = arith.divui %v5250, %v269 : i64
        %v5252 = arith.remui %v5250, %v269 : i64
        %v5253 = arith.addi %v1267, %v5251 : i64
        %v5254 = arith.muli %v5253, %v282 : i64
        %v5255 = arith.addi %v5254, %v5252 : i64
        %v5256 = llvm.getelementptr %v22[%v5255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3273, %v5256 : f32, !llvm.ptr<3>
        %v5257 = arith.addi %v4807, %v29 : i64
        %v5258 = arith.divui %v5257, %v269 : i64
        %v5259 = arith.remui %v5257, %v269 : i64
        %v5260 = arith.addi %v1267, %v5258 : i64
        %v5261 = arith.muli %v5260, %v282 : i64
        %v5262 = arith.addi %v5261, %v5259 : i64
        %v5263 = llvm.getelementptr %v22[%v5262] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3287, %v5263 : f32, !llvm.ptr<3>
        %v5264 = arith.addi %v4815, %v29 : i64
        %v5265 = arith.divui %v5264, %v269 : i64
        %v5266 = arith.remui %v5264, %v269 : i64
        %v5267 = arith.addi %v1267, %v5265 : i64
        %v5268 = arith.muli %v5267, %v282 : i64
        %v5269 = arith.addi %v5268, %v5266 : i64
        %v5270 = llvm.getelementptr %v22[%v5269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3301, %v5270 : f32, !llvm.ptr<3>
        %v5271 = arith.divui %v29, %v269 : i64
        %v5272 = arith.remui %v29, %v269 : i64
        %v5273 = arith.addi %v5271, %v54 : i64
        %v5274 = arith.constant true
        %v5275 = arith.addi %v4593, %v5273 : i64
        %v5276 = llvm.getelementptr %v21[%v5275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5277 = llvm.load %v5276 : !llvm.ptr<3> -> i64
        %v5278 = arith.addi %v1750, %v5272 : i64
        %v5279 = arith.cmpi slt, %v5278, %size_L : i64
        %v5280 = arith.subi %size_L, %v2 : i64
        %v5281 = arith.minsi %v5278, %v5280 : i64
        %v5282 = arith.addi %v5277, %v5281 : i64
        %v5283 = arith.muli %v5275, %v282 : i64
        %v5284 = arith.addi %v5283, %v5272 : i64
        %v5285 = arith.cmpi sge, %v5277, %v54 : i64
        %v5286 = arith.andi %v5279, %v5285 : i1
        %v5287 = arith.andi %v5286, %v5274 : i1
        %v5288 = llvm.getelementptr %v22[%v5284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5289 = llvm.load %v5288 : !llvm.ptr<3> -> f32
        %v5290 = arith.addi %v5271, %v78 : i64
        %v5291 = arith.constant true
        %v5292 = arith.addi %v4593, %v5290 : i64
        %v5293 = llvm.getelementptr %v21[%v5292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5294 = llvm.load %v5293 : !llvm.ptr<3> -> i64
        %v5295 = arith.addi %v1750, %v5272 : i64
        %v5296 = arith.cmpi slt, %v5295, %size_L : i64
        %v5297 = arith.subi %size_L, %v2 : i64
        %v5298 = arith.minsi %v5295, %v5297 : i64
        %v5299 = arith.addi %v5294, %v5298 : i64
        %v5300 = arith.muli %v5292, %v282 : i64
        %v5301 = arith.addi %v5300, %v5272 : i64
        %v5302 = arith.cmpi sge, %v5294, %v54 : i64
        %v5303 = arith.andi %v5296, %v5302 : i1
        %v5304 = arith.andi %v5303, %v5291 : i1
        %v5305 = llvm.getelementptr %v22[%v5301] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5306 = llvm.load %v5305 : !llvm.ptr<3> -> f32
        %v5307 = arith.addi %v5271, %v301 : i64
        %v5308 = arith.constant true
        %v5309 = arith.addi %v4593, %v5307 : i64
        %v5310 = llvm.getelementptr %v21[%v5309] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5311 = llvm.load %v5310 : !llvm.ptr<3> -> i64
        %v5312 = arith.addi %v1750, %v5272 : i64
        %v5313 = arith.cmpi slt, %v5312, %size_L : i64
        %v5314 = arith.subi %size_L, %v2 : i64
        %v5315 = arith.minsi %v5312, %v5314 : i64
        %v5316 = arith.addi %v5311, %v5315 : i64
        %v5317 = arith.muli %v5309, %v282 : i64
        %v5318 = arith.addi %v5317, %v5272 : i64
        %v5319 = arith.cmpi sge, %v5311, %v54 : i64
        %v5320 = arith.andi %v5313, %v5319 : i1
        %v5321 = arith.andi %v5320, %v5308 : i1
        %v5322 = llvm.getelementptr %v22[%v5318] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5323 = llvm.load %v5322 : !llvm.ptr<3> -> f32
        %v5324 = arith.addi %v5271, %v316 : i64
        %v5325 = arith.constant true
        %v5326 = arith.addi %v4593, %v5324 : i64
        %v5327 = llvm.getelementptr %v21[%v5326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5328 = llvm.load %v5327 : !llvm.ptr<3> -> i64
        %v5329 = arith.addi %v1750, %v5272 : i64
        %v5330 = arith.cmpi slt, %v5329, %size_L : i64
        %v5331 = arith.subi %size_L, %v2 : i64
        %v5332 = arith.minsi %v5329, %v5331 : i64
        %v5333 = arith.addi %v5328, %v5332 : i64
        %v5334 = arith.muli %v5326, %v282 : i64
        %v5335 = arith.addi %v5334, %v5272 : i64
        %v5336 = arith.cmpi sge, %v5328, %v54 : i64
        %v5337 = arith.andi %v5330, %v5336 : i1
        %v5338 = arith.andi %v5337, %v5325 : i1
        %v5339 = llvm.getelementptr %v22[%v5335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5340 = llvm.load %v5339 : !llvm.ptr<3> -> f32
        %v5341 = arith.addi %v5271, %v331 : i64
        %v5342 = arith.constant true
        %v5343 = arith.addi %v4593, %v5341 : i64
        %v5344 = llvm.getelementptr %v21[%v5343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5345 = llvm.load %v5344 : !llvm.ptr<3> -> i64
        %v5346 = arith.addi %v1750, %v5272 : i64
        %v5347 = arith.cmpi slt, %v5346, %size_L : i64
        %v5348 = arith.subi %size_L, %v2 : i64
        %v5349 = arith.minsi %v5346, %v5348 : i64
        %v5350 = arith.addi %v5345, %v5349 : i64
        %v5351 = arith.muli %v5343, %v282 : i64
        %v5352 = arith.addi %v5351, %v5272 : i64
        %v5353 = arith.cmpi sge, %v5345, %v54 : i64
        %v5354 = arith.andi %v5347, %v5353 : i1
        %v5355 = arith.andi %v5354, %v5342 : i1
        %v5356 = llvm.getelementptr %v22[%v5352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5357 = llvm.load %v5356 : !llvm.ptr<3> -> f32
        %v5358 = arith.addi %v5271, %v346 : i64
        %v5359 = arith.constant true
        %v5360 = arith.addi %v4593, %v5358 : i64
        %v5361 = llvm.getelementptr %v21[%v5360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5362 = llvm.load %v5361 : !llvm.ptr<3> -> i64
        %v5363 = arith.addi %v1750, %v5272 : i64
        %v5364 = arith.cmpi slt, %v5363, %size_L : i64
        %v5365 = arith.subi %size_L, %v2 : i64
        %v5366 = arith.minsi %v5363, %v5365 : i64
        %v5367 = arith.addi %v5362, %v5366 : i64
        %v5368 = arith.muli %v5360, %v282 : i64
        %v5369 = arith.addi %v5368, %v5272 : i64
        %v5370 = arith.cmpi sge, %v5362, %v54 : i64
        %v5371 = arith.andi %v5364, %v5370 : i1
        %v5372 = arith.andi %v5371, %v5359 : i1
        %v5373 = llvm.getelementptr %v22[%v5369] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5374 = llvm.load %v5373 : !llvm.ptr<3> -> f32
        %v5375 = arith.addi %v5271, %v361 : i64
        %v5376 = arith.constant true
        %v5377 = arith.addi %v4593, %v5375 : i64
        %v5378 = llvm.getelementptr %v21[%v5377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5379 = llvm.load %v5378 : !llvm.ptr<3> -> i64
        %v5380 = arith.addi %v1750, %v5272 : i64
        %v5381 = arith.cmpi slt, %v5380, %size_L : i64
        %v5382 = arith.subi %size_L, %v2 : i64
        %v5383 = arith.minsi %v5380, %v5382 : i64
        %v5384 = arith.addi %v5379, %v5383 : i64
        %v5385 = arith.muli %v5377, %v282 : i64
        %v5386 = arith.addi %v5385, %v5272 : i64
        %v5387 = arith.cmpi sge, %v5379, %v54 : i64
        %v5388 = arith.andi %v5381, %v5387 : i1
        %v5389 = arith.andi %v5388, %v5376 : i1
        %v5390 = llvm.getelementptr %v22[%v5386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5391 = llvm.load %v5390 : !llvm.ptr<3> -> f32
        %v5392 = arith.addi %v5271, %v376 : i64
        %v5393 = arith.constant true
        %v5394 = arith.addi %v4593, %v5392 : i64
        %v5395 = llvm.getelementptr %v21[%v5394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5396 = llvm.load %v5395 : !llvm.ptr<3> -> i64
        %v5397 = arith.addi %v1750, %v5272 : i64
        %v5398 = arith.cmpi slt, %v5397, %size_L : i64
        %v5399 = arith.subi %size_L, %v2 : i64
        %v5400 = arith.minsi %v5397, %v5399 : i64
        %v5401 = arith.addi %v5396, %v5400 : i64
        %v5402 = arith.muli %v5394, %v282 : i64
        %v5403 = arith.addi %v5402, %v5272 : i64
        %v5404 = arith.cmpi sge, %v5396, %v54 : i64
        %v5405 = arith.andi %v5398, %v5404 : i1
        %v5406 = arith.andi %v5405, %v5393 : i1
        %v5407 = llvm.getelementptr %v22[%v5403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5408 = llvm.load %v5407 : !llvm.ptr<3> -> f32
        %v5409 = arith.addi %v5271, %v1 : i64
        %v5410 = arith.constant true
        %v5411 = arith.addi %v4593, %v5409 : i64
        %v5412 = llvm.getelementptr %v21[%v5411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5413 = llvm.load %v5412 : !llvm.ptr<3> -> i64
        %v5414 = arith.addi %v1750, %v5272 : i64
        %v5415 = arith.cmpi slt, %v5414, %size_L : i64
        %v5416 = arith.subi %size_L, %v2 : i64
        %v5417 = arith.minsi %v5414, %v5416 : i64
        %v5418 = arith.addi %v5413, %v5417 : i64
        %v5419 = arith.muli %v5411, %v282 : i64
        %v5420 = arith.addi %v5419, %v5272 : i64
        %v5421 = arith.cmpi sge, %v5413, %v54 : i64
        %v5422 = arith.andi %v5415, %v5421 : i1
        %v5423 = arith.andi %v5422, %v5410 : i1
        %v5424 = llvm.getelementptr %v22[%v5420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5425 = llvm.load %v5424 : !llvm.ptr<3> -> f32
        %v5426 = arith.addi %v5271, %v405 : i64
        %v5427 = arith.constant true
        %v5428 = arith.addi %v4593, %v5426 : i64
        %v5429 = llvm.getelementptr %v21[%v5428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5430 = llvm.load %v5429 : !llvm.ptr<3> -> i64
        %v5431 = arith.addi %v1750, %v5272 : i64
        %v5432 = arith.cmpi slt, %v5431, %size_L : i64
        %v5433 = arith.subi %size_L, %v2 : i64
        %v5434 = arith.minsi %v5431, %v5433 : i64
        %v5435 = arith.addi %v5430, %v5434 : i64
        %v5436 = arith.muli %v5428, %v282 : i64
        %v5437 = arith.addi %v5436, %v5272 : i64
        %v5438 = arith.cmpi sge, %v5430, %v54 : i64
        %v5439 = arith.andi %v5432, %v5438 : i1
        %v5440 = arith.andi %v5439, %v5427 : i1
        %v5441 = llvm.getelementptr %v22[%v5437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5442 = llvm.load %v5441 : !llvm.ptr<3> -> f32
        %v5443 = arith.addi %v5271, %v420 : i64
        %v5444 = arith.constant true
        %v5445 = arith.addi %v4593, %v5443 : i64
        %v5446 = llvm.getelementptr %v21[%v5445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5447 = llvm.load %v5446 : !llvm.ptr<3> -> i64
        %v5448 = arith.addi %v1750, %v5272 : i64
        %v5449 = arith.cmpi slt, %v5448, %size_L : i64
        %v5450 = arith.subi %size_L, %v2 : i64
        %v5451 = arith.minsi %v5448, %v5450 : i64
        %v5452 = arith.addi %v5447, %v5451 : i64
        %v5453 = arith.muli %v5445, %v282 : i64
        %v5454 = arith.addi %v5453, %v5272 : i64
        %v5455 = arith.cmpi sge, %v5447, %v54 : i64
        %v5456 = arith.andi %v5449, %v5455 : i1
        %v5457 = arith.andi %v5456, %v5444 : i1
        %v5458 = llvm.getelementptr %v22[%v5454] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5459 = llvm.load %v5458 : !llvm.ptr<3> -> f32
        %v5460 = arith.addi %v5271, %v435 : i64
        %v5461 = arith.constant true
        %v5462 = arith.addi %v4593, %v5460 : i64
        %v5463 = llvm.getelementptr %v21[%v5462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5464 = llvm.load %v5463 : !llvm.ptr<3> -> i64
        %v5465 = arith.addi %v1750, %v5272 : i64
        %v5466 = arith.cmpi slt, %v5465, %size_L : i64
        %v5467 = arith.subi %size_L, %v2 : i64
        %v5468 = arith.minsi %v5465, %v5467 : i64
        %v5469 = arith.addi %v5464, %v5468 : i64
        %v5470 = arith.muli %v5462, %v282 : i64
        %v5471 = arith.addi %v5470, %v5272 : i64
        %v5472 = arith.cmpi sge, %v5464, %v54 : i64
        %v5473 = arith.andi %v5466, %v5472 : i1
        %v5474 = arith.andi %v5473, %v5461 : i1
        %v5475 = llvm.getelementptr %v22[%v5471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5476 = llvm.load %v5475 : !llvm.ptr<3> -> f32
        %v5477 = arith.addi %v5271, %v450 : i64
        %v5478 = arith.constant true
        %v5479 = arith.addi %v4593, %v5477 : i64
        %v5480 = llvm.getelementptr %v21[%v5479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5481 = llvm.load %v5480 : !llvm.ptr<3> -> i64
        %v5482 = arith.addi %v1750, %v5272 : i64
        %v5483 = arith.cmpi slt, %v5482, %size_L : i64
        %v5484 = arith.subi %size_L, %v2 : i64
        %v5485 = arith.minsi %v5482, %v5484 : i64
        %v5486 = arith.addi %v5481, %v5485 : i64
        %v5487 = arith.muli %v5479, %v282 : i64
        %v5488 = arith.addi %v5487, %v5272 : i64
        %v5489 = arith.cmpi sge, %v5481, %v54 : i64
        %v5490 = arith.andi %v5483, %v5489 : i1
        %v5491 = arith.andi %v5490, %v5478 : i1
        %v5492 = llvm.getelementptr %v22[%v5488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5493 = llvm.load %v5492 : !llvm.ptr<3> -> f32
        %v5494 = arith.addi %v5271, %v465 : i64
        %v5495 = arith.constant true
        %v5496 = arith.addi %v4593, %v5494 : i64
        %v5497 = llvm.getelementptr %v21[%v5496] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5498 = llvm.load %v5497 : !llvm.ptr<3> -> i64
        %v5499 = arith.addi %v1750, %v5272 : i64
        %v5500 = arith.cmpi slt, %v5499, %size_L : i64
        %v5501 = arith.subi %size_L, %v2 : i64
        %v5502 = arith.minsi %v5499, %v5501 : i64
        %v5503 = arith.addi %v5498, %v5502 : i64
        %v5504 = arith.muli %v5496, %v282 : i64
        %v5505 = arith.addi %v5504, %v5272 : i64
        %v5506 = arith.cmpi sge, %v5498, %v54 : i64
        %v5507 = arith.andi %v5500, %v5506 : i1
        %v5508 = arith.andi %v5507, %v5495 : i1
        %v5509 = llvm.getelementptr %v22[%v5505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5510 = llvm.load %v5509 : !llvm.ptr<3> -> f32
        %v5511 = arith.addi %v5271, %v480 : i64
        %v5512 = arith.constant true
        %v5513 = arith.addi %v4593, %v5511 : i64
        %v5514 = llvm.getelementptr %v21[%v5513] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5515 = llvm.load %v5514 : !llvm.ptr<3> -> i64
        %v5516 = arith.addi %v1750, %v5272 : i64
        %v5517 = arith.cmpi slt, %v5516, %size_L : i64
        %v5518 = arith.subi %size_L, %v2 : i64
        %v5519 = arith.minsi %v5516, %v5518 : i64
        %v5520 = arith.addi %v5515, %v5519 : i64
        %v5521 = arith.muli %v5513, %v282 : i64
        %v5522 = arith.addi %v5521, %v5272 : i64
        %v5523 = arith.cmpi sge, %v5515, %v54 : i64
        %v5524 = arith.andi %v5517, %v5523 : i1
        %v5525 = arith.andi %v5524, %v5512 : i1
        %v5526 = llvm.getelementptr %v22[%v5522] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5527 = llvm.load %v5526 : !llvm.ptr<3> -> f32
        %v5528 = arith.addi %v5271, %v495 : i64
        %v5529 = arith.constant true
        %v5530 = arith.addi %v4593, %v5528 : i64
        %v5531 = llvm.getelementptr %v21[%v5530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5532 = llvm.load %v5531 : !llvm.ptr<3> -> i64
        %v5533 = arith.addi %v1750, %v5272 : i64
        %v5534 = arith.cmpi slt, %v5533, %size_L : i64
        %v5535 = arith.subi %size_L, %v2 : i64
        %v5536 = arith.minsi %v5533, %v5535 : i64
        %v5537 = arith.addi %v5532, %v5536 : i64
        %v5538 = arith.muli %v5530, %v282 : i64
        %v5539 = arith.addi %v5538, %v5272 : i64
        %v5540 = arith.cmpi sge, %v5532, %v54 : i64
        %v5541 = arith.andi %v5534, %v5540 : i1
        %v5542 = arith.andi %v5541, %v5529 : i1
        %v5543 = llvm.getelementptr %v22[%v5539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5544 = llvm.load %v5543 : !llvm.ptr<3> -> f32
        %v5545 = arith.addi %v5271, %v269 : i64
        %v5546 = arith.constant true
        %v5547 = arith.addi %v4593, %v5545 : i64
        %v5548 = llvm.getelementptr %v21[%v5547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5549 = llvm.load %v5548 : !llvm.ptr<3> -> i64
        %v5550 = arith.addi %v1750, %v5272 : i64
        %v5551 = arith.cmpi slt, %v5550, %size_L : i64
        %v5552 = arith.subi %size_L, %v2 : i64
        %v5553 = arith.minsi %v5550, %v5552 : i64
        %v5554 = arith.addi %v5549, %v5553 : i64
        %v5555 = arith.muli %v5547, %v282 : i64
        %v5556 = arith.addi %v5555, %v5272 : i64
        %v5557 = arith.cmpi sge, %v5549, %v54 : i64
        %v5558 = arith.andi %v5551, %v5557 : i1
        %v5559 = arith.andi %v5558, %v5546 : i1
        %v5560 = llvm.getelementptr %v22[%v5556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5561 = llvm.load %v5560 : !llvm.ptr<3> -> f32
        %v5562 = arith.addi %v5271, %v524 : i64
        %v5563 = arith.constant true
        %v5564 = arith.addi %v4593, %v5562 : i64
        %v5565 = llvm.getelementptr %v21[%v5564] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5566 = llvm.load %v5565 : !llvm.ptr<3> -> i64
        %v5567 = arith.addi %v1750, %v5272 : i64
        %v5568 = arith.cmpi slt, %v5567, %size_L : i64
        %v5569 = arith.subi %size_L, %v2 : i64
        %v5570 = arith.minsi %v5567, %v5569 : i64
        %v5571 = arith.addi %v5566, %v5570 : i64
        %v5572 = arith.muli %v5564, %v282 : i64
        %v5573 = arith.addi %v5572, %v5272 : i64
        %v5574 = arith.cmpi sge, %v5566, %v54 : i64
        %v5575 = arith.andi %v5568, %v5574 : i1
        %v5576 = arith.andi %v5575, %v5563 : i1
        %v5577 = llvm.getelementptr %v22[%v5573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5578 = llvm.load %v5577 : !llvm.ptr<3> -> f32
        %v5579 = arith.addi %v5271, %v539 : i64
        %v5580 = arith.constant true
        %v5581 = arith.addi %v4593, %v5579 : i64
        %v5582 = llvm.getelementptr %v21[%v5581] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5583 = llvm.load %v5582 : !llvm.ptr<3> -> i64
        %v5584 = arith.addi %v1750, %v5272 : i64
        %v5585 = arith.cmpi slt, %v5584, %size_L : i64
        %v5586 = arith.subi %size_L, %v2 : i64
        %v5587 = arith.minsi %v5584, %v5586 : i64
        %v5588 = arith.addi %v5583, %v5587 : i64
        %v5589 = arith.muli %v5581, %v282 : i64
        %v5590 = arith.addi %v5589, %v5272 : i64
        %v5591 = arith.cmpi sge, %v5583, %v54 : i64
        %v5592 = arith.andi %v5585, %v5591 : i1
        %v5593 = arith.andi %v5592, %v5580 : i1
        %v5594 = llvm.getelementptr %v22[%v5590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5595 = llvm.load %v5594 : !llvm.ptr<3> -> f32
        %v5596 = arith.addi %v5271, %v554 : i64
        %v5597 = arith.constant true
        %v5598 = arith.addi %v4593, %v5596 : i64
        %v5599 = llvm.getelementptr %v21[%v5598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5600 = llvm.load %v5599 : !llvm.ptr<3> -> i64
        %v5601 = arith.addi %v1750, %v5272 : i64
        %v5602 = arith.cmpi slt, %v5601, %size_L : i64
        %v5603 = arith.subi %size_L, %v2 : i64
        %v5604 = arith.minsi %v5601, %v5603 : i64
        %v5605 = arith.addi %v5600, %v5604 : i64
        %v5606 = arith.muli %v5598, %v282 : i64
        %v5607 = arith.addi %v5606, %v5272 : i64
        %v5608 = arith.cmpi sge, %v5600, %v54 : i64
        %v5609 = arith.andi %v5602, %v5608 : i1
        %v5610 = arith.andi %v5609, %v5597 : i1
        %v5611 = llvm.getelementptr %v22[%v5607] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5612 = llvm.load %v5611 : !llvm.ptr<3> -> f32
        %v5613 = arith.addi %v5271, %v569 : i64
        %v5614 = arith.constant true
        %v5615 = arith.addi %v4593, %v5613 : i64
        %v5616 = llvm.getelementptr %v21[%v5615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5617 = llvm.load %v5616 : !llvm.ptr<3> -> i64
        %v5618 = arith.addi %v1750, %v5272 : i64
        %v5619 = arith.cmpi slt, %v5618, %size_L : i64
        %v5620 = arith.subi %size_L, %v2 : i64
        %v5621 = arith.minsi %v5618, %v5620 : i64
        %v5622 = arith.addi %v5617, %v5621 : i64
        %v5623 = arith.muli %v5615, %v282 : i64
        %v5624 = arith.addi %v5623, %v5272 : i64
        %v5625 = arith.cmpi sge, %v5617, %v54 : i64
        %v5626 = arith.andi %v5619, %v5625 : i1
        %v5627 = arith.andi %v5626, %v5614 : i1
        %v5628 = llvm.getelementptr %v22[%v5624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5629 = llvm.load %v5628 : !llvm.ptr<3> -> f32
        %v5630 = arith.addi %v5271, %v584 : i64
        %v5631 = arith.constant true
        %v5632 = arith.addi %v4593, %v5630 : i64
        %v5633 = llvm.getelementptr %v21[%v5632] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5634 = llvm.load %v5633 : !llvm.ptr<3> -> i64
        %v5635 = arith.addi %v1750, %v5272 : i64
        %v5636 = arith.cmpi slt, %v5635, %size_L : i64
        %v5637 = arith.subi %size_L, %v2 : i64
        %v5638 = arith.minsi %v5635, %v5637 : i64
        %v5639 = arith.addi %v5634, %v5638 : i64
        %v5640 = arith.muli %v5632, %v282 : i64
        %v5641 = arith.addi %v5640, %v5272 : i64
        %v5642 = arith.cmpi sge, %v5634, %v54 : i64
        %v5643 = arith.andi %v5636, %v5642 : i1
        %v5644 = arith.andi %v5643, %v5631 : i1
        %v5645 = llvm.getelementptr %v22[%v5641] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5646 = llvm.load %v5645 : !llvm.ptr<3> -> f32
        %v5647 = arith.addi %v5271, %v599 : i64
        %v5648 = arith.constant true
        %v5649 = arith.addi %v4593, %v5647 : i64
        %v5650 = llvm.getelementptr %v21[%v5649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5651 = llvm.load %v5650 : !llvm.ptr<3> -> i64
        %v5652 = arith.addi %v1750, %v5272 : i64
        %v5653 = arith.cmpi slt, %v5652, %size_L : i64
        %v5654 = arith.subi %size_L, %v2 : i64
        %v5655 = arith.minsi %v5652, %v5654 : i64
        %v5656 = arith.addi %v5651, %v5655 : i64
        %v5657 = arith.muli %v5649, %v282 : i64
        %v5658 = arith.addi %v5657, %v5272 : i64
        %v5659 = arith.cmpi sge, %v5651, %v54 : i64
        %v5660 = arith.andi %v5653, %v5659 : i1
        %v5661 = arith.andi %v5660, %v5648 : i1
        %v5662 = llvm.getelementptr %v22[%v5658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5663 = llvm.load %v5662 : !llvm.ptr<3> -> f32
        %v5664 = arith.addi %v5271, %v614 : i64
        %v5665 = arith.constant true
        %v5666 = arith.addi %v4593, %v5664 : i64
        %v5667 = llvm.getelementptr %v21[%v5666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5668 = llvm.load %v5667 : !llvm.ptr<3> -> i64
        %v5669 = arith.addi %v1750, %v5272 : i64
        %v5670 = arith.cmpi slt, %v5669, %size_L : i64
        %v5671 = arith.subi %size_L, %v2 : i64
        %v5672 = arith.minsi %v5669, %v5671 : i64
        %v5673 = arith.addi %v5668, %v5672 : i64
        %v5674 = arith.muli %v5666, %v282 : i64
        %v5675 = arith.addi %v5674, %v5272 : i64
        %v5676 = arith.cmpi sge, %v5668, %v54 : i64
        %v5677 = arith.andi %v5670, %v5676 : i1
        %v5678 = arith.andi %v5677, %v5665 : i1
        %v5679 = llvm.getelementptr %v22[%v5675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5680 = llvm.load %v5679 : !llvm.ptr<3> -> f32
        %v5681 = arith.addi %v5271, %v629 : i64
        %v5682 = arith.constant true
        %v5683 = arith.addi %v4593, %v5681 : i64
        %v5684 = llvm.getelementptr %v21[%v5683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5685 = llvm.load %v5684 : !llvm.ptr<3> -> i64
        %v5686 = arith.addi %v1750, %v5272 : i64
        %v5687 = arith.cmpi slt, %v5686, %size_L : i64
        %v5688 = arith.subi %size_L, %v2 : i64
        %v5689 = arith.minsi %v5686, %v5688 : i64
        %v5690 = arith.addi %v5685, %v5689 : i64
        %v5691 = arith.muli %v5683, %v282 : i64
        %v5692 = arith.addi %v5691, %v5272 : i64
        %v5693 = arith.cmpi sge, %v5685, %v54 : i64
        %v5694 = arith.andi %v5687, %v5693 : i1
        %v5695 = arith.andi %v5694, %v5682 : i1
        %v5696 = llvm.getelementptr %v22[%v5692] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5697 = llvm.load %v5696 : !llvm.ptr<3> -> f32
        %v5698 = arith.addi %v5271, %v644 : i64
        %v5699 = arith.constant true
        %v5700 = arith.addi %v4593, %v5698 : i64
        %v5701 = llvm.getelementptr %v21[%v5700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5702 = llvm.load %v5701 : !llvm.ptr<3> -> i64
        %v5703 = arith.addi %v1750, %v5272 : i64
        %v5704 = arith.cmpi slt, %v5703, %size_L : i64
        %v5705 = arith.subi %size_L, %v2 : i64
        %v5706 = arith.minsi %v5703, %v5705 : i64
        %v5707 = arith.addi %v5702, %v5706 : i64
        %v5708 = arith.muli %v5700, %v282 : i64
        %v5709 = arith.addi %v5708, %v5272 : i64
        %v5710 = arith.cmpi sge, %v5702, %v54 : i64
        %v5711 = arith.andi %v5704, %v5710 : i1
        %v5712 = arith.andi %v5711, %v5699 : i1
        %v5713 = llvm.getelementptr %v22[%v5709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5714 = llvm.load %v5713 : !llvm.ptr<3> -> f32
        %v5715 = arith.addi %v5271, %v659 : i64
        %v5716 = arith.constant true
        %v5717 = arith.addi %v4593, %v5715 : i64
        %v5718 = llvm.getelementptr %v21[%v5717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5719 = llvm.load %v5718 : !llvm.ptr<3> -> i64
        %v5720 = arith.addi %v1750, %v5272 : i64
        %v5721 = arith.cmpi slt, %v5720, %size_L : i64
        %v5722 = arith.subi %size_L, %v2 : i64
        %v5723 = arith.minsi %v5720, %v5722 : i64
        %v5724 = arith.addi %v5719, %v5723 : i64
        %v5725 = arith.muli %v5717, %v282 : i64
        %v5726 = arith.addi %v5725, %v5272 : i64
        %v5727 = arith.cmpi sge, %v5719, %v54 : i64
        %v5728 = arith.andi %v5721, %v5727 : i1
        %v5729 = arith.andi %v5728, %v5716 : i1
        %v5730 = llvm.getelementptr %v22[%v5726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5731 = llvm.load %v5730 : !llvm.ptr<3> -> f32
        %v5732 = arith.addi %v5271, %v674 : i64
        %v5733 = arith.constant true
        %v5734 = arith.addi %v4593, %v5732 : i64
        %v5735 = llvm.getelementptr %v21[%v5734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5736 = llvm.load %v5735 : !llvm.ptr<3> -> i64
        %v5737 = arith.addi %v1750, %v5272 : i64
        %v5738 = arith.cmpi slt, %v5737, %size_L : i64
        %v5739 = arith.subi %size_L, %v2 : i64
        %v5740 = arith.minsi %v5737, %v5739 : i64
        %v5741 = arith.addi %v5736, %v5740 : i64
        %v5742 = arith.muli %v5734, %v282 : i64
        %v5743 = arith.addi %v5742, %v5272 : i64
        %v5744 = arith.cmpi sge, %v5736, %v54 : i64
        %v5745 = arith.andi %v5738, %v5744 : i1
        %v5746 = arith.andi %v5745, %v5733 : i1
        %v5747 = llvm.getelementptr %v22[%v5743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5748 = llvm.load %v5747 : !llvm.ptr<3> -> f32
        %v5749 = arith.addi %v5271, %v689 : i64
        %v5750 = arith.constant true
        %v5751 = arith.addi %v4593, %v5749 : i64
        %v5752 = llvm.getelementptr %v21[%v5751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5753 = llvm.load %v5752 : !llvm.ptr<3> -> i64
        %v5754 = arith.addi %v1750, %v5272 : i64
        %v5755 = arith.cmpi slt, %v5754, %size_L : i64
        %v5756 = arith.subi %size_L, %v2 : i64
        %v5757 = arith.minsi %v5754, %v5756 : i64
        %v5758 = arith.addi %v5753, %v5757 : i64
        %v5759 = arith.muli %v5751, %v282 : i64
        %v5760 = arith.addi %v5759, %v5272 : i64
        %v5761 = arith.cmpi sge, %v5753, %v54 : i64
        %v5762 = arith.andi %v5755, %v5761 : i1
        %v5763 = arith.andi %v5762, %v5750 : i1
        %v5764 = llvm.getelementptr %v22[%v5760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5765 = llvm.load %v5764 : !llvm.ptr<3> -> f32
        %v5766 = arith.addi %v5271, %v704 : i64
        %v5767 = arith.constant true
        %v5768 = arith.addi %v4593, %v5766 : i64
        %v5769 = llvm.getelementptr %v21[%v5768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5770 = llvm.load %v5769 : !llvm.ptr<3> -> i64
        %v5771 = arith.addi %v1750, %v5272 : i64
        %v5772 = arith.cmpi slt, %v5771, %size_L : i64
        %v5773 = arith.subi %size_L, %v2 : i64
        %v5774 = arith.minsi %v5771, %v5773 : i64
        %v5775 = arith.addi %v5770, %v5774 : i64
        %v5776 = arith.muli %v5768, %v282 : i64
        %v5777 = arith.addi %v5776, %v5272 : i64
        %v5778 = arith.cmpi sge, %v5770, %v54 : i64
        %v5779 = arith.andi %v5772, %v5778 : i1
        %v5780 = arith.andi %v5779, %v5767 : i1
        %v5781 = llvm.getelementptr %v22[%v5777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5782 = llvm.load %v5781 : !llvm.ptr<3> -> f32
        %v5783 = arith.addi %v5271, %v719 : i64
        %v5784 = arith.constant true
        %v5785 = arith.addi %v4593, %v5783 : i64
        %v5786 = llvm.getelementptr %v21[%v5785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5787 = llvm.load %v5786 : !llvm.ptr<3> -> i64
        %v5788 = arith.addi %v1750, %v5272 : i64
        %v5789 = arith.cmpi slt, %v5788, %size_L : i64
        %v5790 = arith.subi %size_L, %v2 : i64
        %v5791 = arith.minsi %v5788, %v5790 : i64
        %v5792 = arith.addi %v5787, %v5791 : i64
        %v5793 = arith.muli %v5785, %v282 : i64
        %v5794 = arith.addi %v5793, %v5272 : i64
        %v5795 = arith.cmpi sge, %v5787, %v54 : i64
        %v5796 = arith.andi %v5789, %v5795 : i1
        %v5797 = arith.andi %v5796, %v5784 : i1
        %v5798 = llvm.getelementptr %v22[%v5794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5799 = llvm.load %v5798 : !llvm.ptr<3> -> f32
        %v5800 = arith.addi %v5271, %v734 : i64
        %v5801 = arith.constant true
        %v5802 = arith.addi %v4593, %v5800 : i64
        %v5803 = llvm.getelementptr %v21[%v5802] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5804 = llvm.load %v5803 : !llvm.ptr<3> -> i64
        %v5805 = arith.addi %v1750, %v5272 : i64
        %v5806 = arith.cmpi slt, %v5805, %size_L : i64
        %v5807 = arith.subi %size_L, %v2 : i64
        %v5808 = arith.minsi %v5805, %v5807 : i64
        %v5809 = arith.addi %v5804, %v5808 : i64
        %v5810 = arith.muli %v5802, %v282 : i64
        %v5811 = arith.addi %v5810, %v5272 : i64
        %v5812 = arith.cmpi sge, %v5804, %v54 : i64
        %v5813 = arith.andi %v5806, %v5812 : i1
        %v5814 = arith.andi %v5813, %v5801 : i1
        %v5815 = llvm.getelementptr %v22[%v5811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5816 = llvm.load %v5815 : !llvm.ptr<3> -> f32
        scf.if %v5287 {
          %v5817 = llvm.getelementptr %out_y[%v5282] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5289, %v5817 : f32, !llvm.ptr
        }
        scf.if %v5304 {
          %v5818 = llvm.getelementptr %out_y[%v5299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5306, %v5818 : f32, !llvm.ptr
        }
        scf.if %v5321 {
          %v5819 = llvm.getelementptr %out_y[%v5316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5323, %v5819 : f32, !llvm.ptr
        }
        scf.if %v5338 {
          %v5820 = llvm.getelementptr %out_y[%v5333] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5340, %v5820 : f32, !llvm.ptr
        }
        scf.if %v5355 {
          %v5821 = llvm.getelementptr %out_y[%v5350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5357, %v5821 : f32, !llvm.ptr
        }
        scf.if %v5372 {
          %v5822 = llvm.getelementptr %out_y[%v5367] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5374, %v5822 : f32, !llvm.ptr
        }
        scf.if %v5389 {
          %v5823 = llvm.getelementptr %out_y[%v5384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5391, %v5823 : f32, !llvm.ptr
        }
        scf.if %v5406 {
          %v5824 = llvm.getelementptr %out_y[%v5401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5408, %v5824 : f32, !llvm.ptr
        }
        scf.if %v5423 {
          %v5825 = llvm.getelementptr %out_y[%v5418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5425, %v5825 : f32, !llvm.ptr
        }
        scf.if %v5440 {
          %v5826 = llvm.getelementptr %out_y[%v5435] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5442, %v5826 : f32, !llvm.ptr
        }
        scf.if %v5457 {
          %v5827 = llvm.getelementptr %out_y[%v5452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5459, %v5827 : f32, !llvm.ptr
        }
        scf.if %v5474 {
          %v5828 = llvm.getelementptr %out_y[%v5469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5476, %v5828 : f32, !llvm.ptr
        }
        scf.if %v5491 {
          %v5829 = llvm.getelementptr %out_y[%v5486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5493, %v5829 : f32, !llvm.ptr
        }
        scf.if %v5508 {
          %v5830 = llvm.getelementptr %out_y[%v5503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5510, %v5830 : f32, !llvm.ptr
        }
        scf.if %v5525 {
          %v5831 = llvm.getelementptr %out_y[%v5520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5527, %v5831 : f32, !llvm.ptr
        }
        scf.if %v5542 {
          %v5832 = llvm.getelementptr %out_y[%v5537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5544, %v5832 : f32, !llvm.ptr
        }
        scf.if %v5559 {
          %v5833 = llvm.getelementptr %out_y[%v5554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5561, %v5833 : f32, !llvm.ptr
        }
        scf.if %v5576 {
          %v5834 = llvm.getelementptr %out_y[%v5571] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5578, %v5834 : f32, !llvm.ptr
        }
        scf.if %v5593 {
          %v5835 = llvm.getelementptr %out_y[%v5588] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5595, %v5835 : f32, !llvm.ptr
        }
        scf.if %v5610 {
          %v5836 = llvm.getelementptr %out_y[%v5605] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5612, %v5836 : f32, !llvm.ptr
        }
        scf.if %v5627 {
          %v5837 = llvm.getelementptr %out_y[%v5622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5629, %v5837 : f32, !llvm.ptr
        }
        scf.if %v5644 {
          %v5838 = llvm.getelementptr %out_y[%v5639] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5646, %v5838 : f32, !llvm.ptr
        }
        scf.if %v5661 {
          %v5839 = llvm.getelementptr %out_y[%v5656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5663, %v5839 : f32, !llvm.ptr
        }
        scf.if %v5678 {
          %v5840 = llvm.getelementptr %out_y[%v5673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5680, %v5840 : f32, !llvm.ptr
        }
        scf.if %v5695 {
          %v5841 = llvm.getelementptr %out_y[%v5690] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5697, %v5841 : f32, !llvm.ptr
        }
        scf.if %v5712 {
          %v5842 = llvm.getelementptr %out_y[%v5707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5714, %v5842 : f32, !llvm.ptr
        }
        scf.if %v5729 {
          %v5843 = llvm.getelementptr %out_y[%v5724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5731, %v5843 : f32, !llvm.ptr
        }
        scf.if %v5746 {
          %v5844 = llvm.getelementptr %out_y[%v5741] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5748, %v5844 : f32, !llvm.ptr
        }
        scf.if %v5763 {
          %v5845 = llvm.getelementptr %out_y[%v5758] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5765, %v5845 : f32, !llvm.ptr
        }
        scf.if %v5780 {
          %v5846 = llvm.getelementptr %out_y[%v5775] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5782, %v5846 : f32, !llvm.ptr
        }
        scf.if %v5797 {
          %v5847 = llvm.getelementptr %out_y[%v5792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5799, %v5847 : f32, !llvm.ptr
        }
        scf.if %v5814 {
          %v5848 = llvm.getelementptr %out_y[%v5809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5816, %v5848 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v5849 = llvm.load %v5 : !llvm.ptr -> f32
      %v5850 = llvm.load %v6 : !llvm.ptr -> f32
      %v5851 = llvm.load %v7 : !llvm.ptr -> f32
      %v5852 = llvm.load %v8 : !llvm.ptr -> f32
      %v5853 = llvm.load %v9 : !llvm.ptr -> f32
      %v5854 = llvm.load %v10 : !llvm.ptr -> f32
      %v5855 = llvm.load %v11 : !llvm.ptr -> f32
      %v5856 = llvm.load %v12 : !llvm.ptr -> f32
      %v5857 = llvm.load %v13 : !llvm.ptr -> f32
      %v5858 = llvm.load %v14 : !llvm.ptr -> f32
      %v5859 = llvm.load %v15 : !llvm.ptr -> f32
      %v5860 = llvm.load %v16 : !llvm.ptr -> f32
      %v5861 = llvm.load %v17 : !llvm.ptr -> f32
      %v5862 = llvm.load %v18 : !llvm.ptr -> f32
      %v5863 = llvm.load %v19 : !llvm.ptr -> f32
      %v5864 = llvm.load %v20 : !llvm.ptr -> f32
      scf.if %v40 {
        %v5865 = arith.muli %v48, %v94 : i64
        %v5866 = arith.muli %v46, %v93 : i64
        %v5867 = arith.addi %v5865, %v5866 : i64
        %v5868 = llvm.getelementptr %out_h_last[%v5867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5849, %v5868 : f32, !llvm.ptr
        %v5869 = arith.muli %v48, %v94 : i64
        %v5870 = arith.muli %v46, %v93 : i64
        %v5871 = arith.addi %v5869, %v5870 : i64
        %v5872 = arith.constant 1 : i64
        %v5873 = arith.muli %v5872, %v2 : i64
        %v5874 = arith.addi %v5871, %v5873 : i64
        %v5875 = llvm.getelementptr %out_h_last[%v5874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5850, %v5875 : f32, !llvm.ptr
        %v5876 = arith.muli %v48, %v94 : i64
        %v5877 = arith.muli %v46, %v93 : i64
        %v5878 = arith.addi %v5876, %v5877 : i64
        %v5879 = arith.constant 2 : i64
        %v5880 = arith.muli %v5879, %v2 : i64
        %v5881 = arith.addi %v5878, %v5880 : i64
        %v5882 = llvm.getelementptr %out_h_last[%v5881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5851, %v5882 : f32, !llvm.ptr
        %v5883 = arith.muli %v48, %v94 : i64
        %v5884 = arith.muli %v46, %v93 : i64
        %v5885 = arith.addi %v5883, %v5884 : i64
        %v5886 = arith.constant 3 : i64
        %v5887 = arith.muli %v5886, %v2 : i64
        %v5888 = arith.addi %v5885, %v5887 : i64
        %v5889 = llvm.getelementptr %out_h_last[%v5888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5852, %v5889 : f32, !llvm.ptr
        %v5890 = arith.muli %v48, %v94 : i64
        %v5891 = arith.muli %v46, %v93 : i64
        %v5892 = arith.addi %v5890, %v5891 : i64
        %v5893 = arith.constant 4 : i64
        %v5894 = arith.muli %v5893, %v2 : i64
        %v5895 = arith.addi %v5892, %v5894 : i64
        %v5896 = llvm.getelementptr %out_h_last[%v5895] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5853, %v5896 : f32, !llvm.ptr
        %v5897 = arith.muli %v48, %v94 : i64
        %v5898 = arith.muli %v46, %v93 : i64
        %v5899 = arith.addi %v5897, %v5898 : i64
        %v5900 = arith.constant 5 : i64
        %v5901 = arith.muli %v5900, %v2 : i64
        %v5902 = arith.addi %v5899, %v5901 : i64
        %v5903 = llvm.getelementptr %out_h_last[%v5902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5854, %v5903 : f32, !llvm.ptr
        %v5904 = arith.muli %v48, %v94 : i64
        %v5905 = arith.muli %v46, %v93 : i64
        %v5906 = arith.addi %v5904, %v5905 : i64
        %v5907 = arith.constant 6 : i64
        %v5908 = arith.muli %v5907, %v2 : i64
        %v5909 = arith.addi %v5906, %v5908 : i64
        %v5910 = llvm.getelementptr %out_h_last[%v5909] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5855, %v5910 : f32, !llvm.ptr
        %v5911 = arith.muli %v48, %v94 : i64
        %v5912 = arith.muli %v46, %v93 : i64
        %v5913 = arith.addi %v5911, %v5912 : i64
        %v5914 = arith.constant 7 : i64
        %v5915 = arith.muli %v5914, %v2 : i64
        %v5916 = arith.addi %v5913, %v5915 : i64
        %v5917 = llvm.getelementptr %out_h_last[%v5916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5856, %v5917 : f32, !llvm.ptr
        %v5918 = arith.muli %v48, %v94 : i64
        %v5919 = arith.muli %v46, %v93 : i64
        %v5920 = arith.addi %v5918, %v5919 : i64
        %v5921 = arith.constant 8 : i64
        %v5922 = arith.muli %v5921, %v2 : i64
        %v5923 = arith.addi %v5920, %v5922 : i64
        %v5924 = llvm.getelementptr %out_h_last[%v5923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5857, %v5924 : f32, !llvm.ptr
        %v5925 = arith.muli %v48, %v94 : i64
        %v5926 = arith.muli %v46, %v93 : i64
        %v5927 = arith.addi %v5925, %v5926 : i64
        %v5928 = arith.constant 9 : i64
        %v5929 = arith.muli %v5928, %v2 : i64
        %v5930 = arith.addi %v5927, %v5929 : i64
        %v5931 = llvm.getelementptr %out_h_last[%v5930] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5858, %v5931 : f32, !llvm.ptr
        %v5932 = arith.muli %v48, %v94 : i64
        %v5933 = arith.muli %v46, %v93 : i64
        %v5934 = arith.addi %v5932, %v5933 : i64
        %v5935 = arith.constant 10 : i64
        %v5936 = arith.muli %v5935, %v2 : i64
        %v5937 = arith.addi %v5934, %v5936 : i64
        %v5938 = llvm.getelementptr %out_h_last[%v5937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5859, %v5938 : f32, !llvm.ptr
        %v5939 = arith.muli %v48, %v94 : i64
        %v5940 = arith.muli %v46, %v93 : i64
        %v5941 = arith.addi %v5939, %v5940 : i64
        %v5942 = arith.constant 11 : i64
        %v5943 = arith.muli %v5942, %v2 : i64
        %v5944 = arith.addi %v5941, %v5943 : i64
        %v5945 = llvm.getelementptr %out_h_last[%v5944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5860, %v5945 : f32, !llvm.ptr
        %v5946 = arith.muli %v48, %v94 : i64
        %v5947 = arith.muli %v46, %v93 : i64
        %v5948 = arith.addi %v5946, %v5947 : i64
        %v5949 = arith.constant 12 : i64
        %v5950 = arith.muli %v5949, %v2 : i64
        %v5951 = arith.addi %v5948, %v5950 : i64
        %v5952 = llvm.getelementptr %out_h_last[%v5951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5861, %v5952 : f32, !llvm.ptr
        %v5953 = arith.muli %v48, %v94 : i64
        %v5954 = arith.muli %v46, %v93 : i64
        %v5955 = arith.addi %v5953, %v5954 : i64
        %v5956 = arith.constant 13 : i64
        %v5957 = arith.muli %v5956, %v2 : i64
        %v5958 = arith.addi %v5955, %v5957 : i64
        %v5959 = llvm.getelementptr %out_h_last[%v5958] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5862, %v5959 : f32, !llvm.ptr
        %v5960 = arith.muli %v48, %v94 : i64
        %v5961 = arith.muli %v46, %v93 : i64
        %v5962 = arith.addi %v5960, %v5961 : i64
        %v5963 = arith.constant 14 : i64
        %v5964 = arith.muli %v5963, %v2 : i64
        %v5965 = arith.addi %v5962, %v5964 : i64
        %v5966 = llvm.getelementptr %out_h_last[%v5965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5863, %v5966 : f32, !llvm.ptr
        %v5967 = arith.muli %v48, %v94 : i64
        %v5968 = arith.muli %v46, %v93 : i64
        %v5969 = arith.addi %v5967, %v5968 : i64
        %v5970 = arith.constant 15 : i64
        %v5971 = arith.muli %v5970, %v2 : i64
        %v5972 = arith.addi %v5969, %v5971 : i64
        %v5973 = llvm.getelementptr %out_h_last[%v5972] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v5864, %v5973 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
