module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<256 x i64>
    llvm.mlir.global internal @smem_selective_scan_fwd() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<8448 x f32>
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
      %v41 = arith.constant 0 : i64
      %v42 = arith.muli %v2, %size_L : i64
      %v43 = arith.muli %v42, %size_D : i64
      %v65 = arith.constant 2 : i64
      %v74 = arith.constant -1 : i64
      %v76 = arith.constant 3 : i64
      %v80 = arith.muli %v2, %v1 : i64
      %v81 = arith.muli %v80, %size_D : i64
      %v90 = arith.constant 0x00000000 : f32
      %v256 = arith.constant 32 : i64
      %v269 = arith.constant 33 : i64
      %v288 = arith.constant 4 : i64
      %v303 = arith.constant 6 : i64
      %v318 = arith.constant 8 : i64
      %v333 = arith.constant 10 : i64
      %v348 = arith.constant 12 : i64
      %v363 = arith.constant 14 : i64
      %v392 = arith.constant 18 : i64
      %v407 = arith.constant 20 : i64
      %v422 = arith.constant 22 : i64
      %v437 = arith.constant 24 : i64
      %v452 = arith.constant 26 : i64
      %v467 = arith.constant 28 : i64
      %v482 = arith.constant 30 : i64
      %v511 = arith.constant 34 : i64
      %v526 = arith.constant 36 : i64
      %v541 = arith.constant 38 : i64
      %v556 = arith.constant 40 : i64
      %v571 = arith.constant 42 : i64
      %v586 = arith.constant 44 : i64
      %v601 = arith.constant 46 : i64
      %v616 = arith.constant 48 : i64
      %v631 = arith.constant 50 : i64
      %v646 = arith.constant 52 : i64
      %v661 = arith.constant 54 : i64
      %v676 = arith.constant 56 : i64
      %v691 = arith.constant 58 : i64
      %v706 = arith.constant 60 : i64
      %v721 = arith.constant 62 : i64
      %v1254 = arith.constant 128 : i64
      %v3101 = arith.muli %v2, %size_L : i64
      %v3102 = arith.muli %v3101, %v1 : i64
      %v3611 = arith.muli %v2, %size_B : i64
      %v3612 = arith.muli %v3611, %size_D : i64
      %v3613 = arith.muli %v3612, %v1 : i64
      %v3756 = arith.muli %v2, %v1 : i64
      %v3760 = arith.constant 0x3FB8AA3B : f32
      %v3777 = arith.constant 0x3F800000 : f32
      %v3780 = arith.constant 0x3F317218 : f32
      %v3782 = arith.constant 0x3E124925 : f32
      %v3784 = arith.constant 0xBE2AAAAB : f32
      %v3787 = arith.constant 0x3E4CCCCD : f32
      %v3790 = arith.constant 0xBE800000 : f32
      %v3793 = arith.constant 0x3EAAAAAB : f32
      %v3796 = arith.constant 0xBF000000 : f32
      %v3802 = arith.constant 0x3D800000 : f32
      %v4091 = arith.muli %v2, %size_B : i64
      %v4092 = arith.muli %v4091, %size_D : i64
      %v4093 = arith.muli %v4092, %v1 : i64
      %v4467 = arith.muli %v2, %size_B : i64
      %v4468 = arith.muli %v4467, %size_D : i64
      %v4469 = arith.muli %v4468, %v1 : i64
      %v5101 = arith.constant 192 : i64
      %v5116 = arith.constant 320 : i64
      %v5124 = arith.constant 384 : i64
      %v5132 = arith.constant 448 : i64
      %v5140 = arith.constant 512 : i64
      %v5148 = arith.constant 576 : i64
      %v5156 = arith.constant 640 : i64
      %v5164 = arith.constant 704 : i64
      %v5172 = arith.constant 768 : i64
      %v5180 = arith.constant 832 : i64
      %v5188 = arith.constant 896 : i64
      %v5196 = arith.constant 960 : i64
      %v5204 = arith.constant 1024 : i64
      %v5212 = arith.constant 1088 : i64
      %v5220 = arith.constant 1152 : i64
      %v5228 = arith.constant 1216 : i64
      %v5236 = arith.constant 1280 : i64
      %v5244 = arith.constant 1344 : i64
      %v5252 = arith.constant 1408 : i64
      %v5260 = arith.constant 1472 : i64
      %v5268 = arith.constant 1536 : i64
      %v5276 = arith.constant 1600 : i64
      %v5284 = arith.constant 1664 : i64
      %v5292 = arith.constant 1728 : i64
      %v5300 = arith.constant 1792 : i64
      %v5308 = arith.constant 1856 : i64
      %v5316 = arith.constant 1920 : i64
      %v5324 = arith.constant 1984 : i64
      %v27 = gpu.block_id x
      %v28 = gpu.thread_id x
      %v29 = arith.index_cast %v28 : index to i64
      %v30 = arith.index_cast %v27 : index to i64
      %v32 = arith.muli %v30, %v31 : i64
      %v33 = arith.addi %v32, %v29 : i64
      %v34 = arith.cmpi slt, %v33, %v4 : i64
      %v35 = arith.subi %v4, %v2 : i64
      %v36 = arith.minsi %v33, %v35 : i64
      %v37 = arith.remui %v36, %size_D : i64
      %v38 = arith.divui %v36, %size_D : i64
      %v39 = arith.remui %v38, %size_B : i64
      %v40 = arith.divui %v38, %size_B : i64
      %v3757 = arith.muli %v37, %v3756 : i64
      %v3758 = llvm.getelementptr %in_A[%v3757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3759 = llvm.load %v3758 : !llvm.ptr -> f32
      %v3761 = arith.mulf %v3759, %v3760 fastmath<contract> : f32
      %v3768 = arith.muli %v37, %v2 : i64
      %v3769 = llvm.getelementptr %in_dt_bias[%v3768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3770 = llvm.load %v3769 : !llvm.ptr -> f32
      %v3819 = arith.muli %v37, %v3756 : i64
      %v3820 = arith.constant 1 : i64
      %v3821 = arith.muli %v3820, %v2 : i64
      %v3822 = arith.addi %v3819, %v3821 : i64
      %v3823 = llvm.getelementptr %in_A[%v3822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3824 = llvm.load %v3823 : !llvm.ptr -> f32
      %v3825 = arith.mulf %v3824, %v3760 fastmath<contract> : f32
      %v3832 = arith.muli %v37, %v3756 : i64
      %v3833 = arith.constant 2 : i64
      %v3834 = arith.muli %v3833, %v2 : i64
      %v3835 = arith.addi %v3832, %v3834 : i64
      %v3836 = llvm.getelementptr %in_A[%v3835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3837 = llvm.load %v3836 : !llvm.ptr -> f32
      %v3838 = arith.mulf %v3837, %v3760 fastmath<contract> : f32
      %v3845 = arith.muli %v37, %v3756 : i64
      %v3846 = arith.constant 3 : i64
      %v3847 = arith.muli %v3846, %v2 : i64
      %v3848 = arith.addi %v3845, %v3847 : i64
      %v3849 = llvm.getelementptr %in_A[%v3848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3850 = llvm.load %v3849 : !llvm.ptr -> f32
      %v3851 = arith.mulf %v3850, %v3760 fastmath<contract> : f32
      %v3858 = arith.muli %v37, %v3756 : i64
      %v3859 = arith.constant 4 : i64
      %v3860 = arith.muli %v3859, %v2 : i64
      %v3861 = arith.addi %v3858, %v3860 : i64
      %v3862 = llvm.getelementptr %in_A[%v3861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3863 = llvm.load %v3862 : !llvm.ptr -> f32
      %v3864 = arith.mulf %v3863, %v3760 fastmath<contract> : f32
      %v3871 = arith.muli %v37, %v3756 : i64
      %v3872 = arith.constant 5 : i64
      %v3873 = arith.muli %v3872, %v2 : i64
      %v3874 = arith.addi %v3871, %v3873 : i64
      %v3875 = llvm.getelementptr %in_A[%v3874] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3876 = llvm.load %v3875 : !llvm.ptr -> f32
      %v3877 = arith.mulf %v3876, %v3760 fastmath<contract> : f32
      %v3884 = arith.muli %v37, %v3756 : i64
      %v3885 = arith.constant 6 : i64
      %v3886 = arith.muli %v3885, %v2 : i64
      %v3887 = arith.addi %v3884, %v3886 : i64
      %v3888 = llvm.getelementptr %in_A[%v3887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3889 = llvm.load %v3888 : !llvm.ptr -> f32
      %v3890 = arith.mulf %v3889, %v3760 fastmath<contract> : f32
      %v3897 = arith.muli %v37, %v3756 : i64
      %v3898 = arith.constant 7 : i64
      %v3899 = arith.muli %v3898, %v2 : i64
      %v3900 = arith.addi %v3897, %v3899 : i64
      %v3901 = llvm.getelementptr %in_A[%v3900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3902 = llvm.load %v3901 : !llvm.ptr -> f32
      %v3903 = arith.mulf %v3902, %v3760 fastmath<contract> : f32
      %v3910 = arith.muli %v37, %v3756 : i64
      %v3911 = arith.constant 8 : i64
      %v3912 = arith.muli %v3911, %v2 : i64
      %v3913 = arith.addi %v3910, %v3912 : i64
      %v3914 = llvm.getelementptr %in_A[%v3913] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3915 = llvm.load %v3914 : !llvm.ptr -> f32
      %v3916 = arith.mulf %v3915, %v3760 fastmath<contract> : f32
      %v3923 = arith.muli %v37, %v3756 : i64
      %v3924 = arith.constant 9 : i64
      %v3925 = arith.muli %v3924, %v2 : i64
      %v3926 = arith.addi %v3923, %v3925 : i64
      %v3927 = llvm.getelementptr %in_A[%v3926] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3928 = llvm.load %v3927 : !llvm.ptr -> f32
      %v3929 = arith.mulf %v3928, %v3760 fastmath<contract> : f32
      %v3936 = arith.muli %v37, %v3756 : i64
      %v3937 = arith.constant 10 : i64
      %v3938 = arith.muli %v3937, %v2 : i64
      %v3939 = arith.addi %v3936, %v3938 : i64
      %v3940 = llvm.getelementptr %in_A[%v3939] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3941 = llvm.load %v3940 : !llvm.ptr -> f32
      %v3942 = arith.mulf %v3941, %v3760 fastmath<contract> : f32
      %v3949 = arith.muli %v37, %v3756 : i64
      %v3950 = arith.constant 11 : i64
      %v3951 = arith.muli %v3950, %v2 : i64
      %v3952 = arith.addi %v3949, %v3951 : i64
      %v3953 = llvm.getelementptr %in_A[%v3952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3954 = llvm.load %v3953 : !llvm.ptr -> f32
      %v3955 = arith.mulf %v3954, %v3760 fastmath<contract> : f32
      %v3962 = arith.muli %v37, %v3756 : i64
      %v3963 = arith.constant 12 : i64
      %v3964 = arith.muli %v3963, %v2 : i64
      %v3965 = arith.addi %v3962, %v3964 : i64
      %v3966 = llvm.getelementptr %in_A[%v3965] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3967 = llvm.load %v3966 : !llvm.ptr -> f32
      %v3968 = arith.mulf %v3967, %v3760 fastmath<contract> : f32
      %v3975 = arith.muli %v37, %v3756 : i64
      %v3976 = arith.constant 13 : i64
      %v3977 = arith.muli %v3976, %v2 : i64
      %v3978 = arith.addi %v3975, %v3977 : i64
      %v3979 = llvm.getelementptr %in_A[%v3978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3980 = llvm.load %v3979 : !llvm.ptr -> f32
      %v3981 = arith.mulf %v3980, %v3760 fastmath<contract> : f32
      %v3988 = arith.muli %v37, %v3756 : i64
      %v3989 = arith.constant 14 : i64
      %v3990 = arith.muli %v3989, %v2 : i64
      %v3991 = arith.addi %v3988, %v3990 : i64
      %v3992 = llvm.getelementptr %in_A[%v3991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3993 = llvm.load %v3992 : !llvm.ptr -> f32
      %v3994 = arith.mulf %v3993, %v3760 fastmath<contract> : f32
      %v4001 = arith.muli %v37, %v3756 : i64
      %v4002 = arith.constant 15 : i64
      %v4003 = arith.muli %v4002, %v2 : i64
      %v4004 = arith.addi %v4001, %v4003 : i64
      %v4005 = llvm.getelementptr %in_A[%v4004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v4006 = llvm.load %v4005 : !llvm.ptr -> f32
      %v4007 = arith.mulf %v4006, %v3760 fastmath<contract> : f32
      %v4061 = arith.muli %v37, %v2 : i64
      %v4062 = llvm.getelementptr %in_Dskip[%v4061] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v4063 = llvm.load %v4062 : !llvm.ptr -> f32
      %v4236 = arith.mulf %v3759, %v3760 fastmath<contract> : f32
      %v4282 = arith.mulf %v3824, %v3760 fastmath<contract> : f32
      %v4289 = arith.mulf %v3837, %v3760 fastmath<contract> : f32
      %v4296 = arith.mulf %v3850, %v3760 fastmath<contract> : f32
      %v4303 = arith.mulf %v3863, %v3760 fastmath<contract> : f32
      %v4310 = arith.mulf %v3876, %v3760 fastmath<contract> : f32
      %v4317 = arith.mulf %v3889, %v3760 fastmath<contract> : f32
      %v4324 = arith.mulf %v3902, %v3760 fastmath<contract> : f32
      %v4331 = arith.mulf %v3915, %v3760 fastmath<contract> : f32
      %v4338 = arith.mulf %v3928, %v3760 fastmath<contract> : f32
      %v4345 = arith.mulf %v3941, %v3760 fastmath<contract> : f32
      %v4352 = arith.mulf %v3954, %v3760 fastmath<contract> : f32
      %v4359 = arith.mulf %v3967, %v3760 fastmath<contract> : f32
      %v4366 = arith.mulf %v3980, %v3760 fastmath<contract> : f32
      %v4373 = arith.mulf %v3993, %v3760 fastmath<contract> : f32
      %v4380 = arith.mulf %v4006, %v3760 fastmath<contract> : f32
      %v4612 = arith.mulf %v3759, %v3760 fastmath<contract> : f32
      %v4663 = arith.mulf %v3824, %v3760 fastmath<contract> : f32
      %v4678 = arith.mulf %v3837, %v3760 fastmath<contract> : f32
      %v4693 = arith.mulf %v3850, %v3760 fastmath<contract> : f32
      %v4708 = arith.mulf %v3863, %v3760 fastmath<contract> : f32
      %v4723 = arith.mulf %v3876, %v3760 fastmath<contract> : f32
      %v4738 = arith.mulf %v3889, %v3760 fastmath<contract> : f32
      %v4753 = arith.mulf %v3902, %v3760 fastmath<contract> : f32
      %v4768 = arith.mulf %v3915, %v3760 fastmath<contract> : f32
      %v4783 = arith.mulf %v3928, %v3760 fastmath<contract> : f32
      %v4798 = arith.mulf %v3941, %v3760 fastmath<contract> : f32
      %v4813 = arith.mulf %v3954, %v3760 fastmath<contract> : f32
      %v4828 = arith.mulf %v3967, %v3760 fastmath<contract> : f32
      %v4843 = arith.mulf %v3980, %v3760 fastmath<contract> : f32
      %v4858 = arith.mulf %v3993, %v3760 fastmath<contract> : f32
      %v4873 = arith.mulf %v4006, %v3760 fastmath<contract> : f32
      %v44 = arith.muli %v39, %v43 : i64
      %v45 = arith.muli %v37, %v42 : i64
      %v46 = arith.addi %v44, %v45 : i64
      %v47 = arith.muli %v41, %v2 : i64
      %v48 = arith.addi %v46, %v47 : i64
      %v49 = arith.muli %v41, %v31 : i64
      %v50 = arith.addi %v49, %v29 : i64
      %v51 = llvm.getelementptr %v21[%v50] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v48, %v51 : i64, !llvm.ptr<3>
      %v52 = arith.muli %v39, %v43 : i64
      %v53 = arith.muli %v37, %v42 : i64
      %v54 = arith.addi %v52, %v53 : i64
      %v55 = arith.muli %v41, %v2 : i64
      %v56 = arith.addi %v54, %v55 : i64
      %v57 = arith.muli %v2, %v31 : i64
      %v58 = arith.addi %v57, %v29 : i64
      %v59 = llvm.getelementptr %v21[%v58] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v56, %v59 : i64, !llvm.ptr<3>
      %v60 = arith.muli %v39, %v43 : i64
      %v61 = arith.muli %v37, %v42 : i64
      %v62 = arith.addi %v60, %v61 : i64
      %v63 = arith.muli %v41, %v2 : i64
      %v64 = arith.addi %v62, %v63 : i64
      %v66 = arith.muli %v65, %v31 : i64
      %v67 = arith.addi %v66, %v29 : i64
      %v68 = llvm.getelementptr %v21[%v67] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v64, %v68 : i64, !llvm.ptr<3>
      %v69 = arith.muli %v39, %v43 : i64
      %v70 = arith.muli %v37, %v42 : i64
      %v71 = arith.addi %v69, %v70 : i64
      %v72 = arith.muli %v41, %v2 : i64
      %v73 = arith.addi %v71, %v72 : i64
      %v75 = arith.select %v34, %v73, %v74 : i64
      %v77 = arith.muli %v76, %v31 : i64
      %v78 = arith.addi %v77, %v29 : i64
      %v79 = llvm.getelementptr %v21[%v78] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      llvm.store %v75, %v79 : i64, !llvm.ptr<3>
      gpu.barrier
      %v82 = arith.muli %v39, %v81 : i64
      %v83 = arith.muli %v37, %v80 : i64
      %v84 = arith.addi %v82, %v83 : i64
      %v85 = llvm.mlir.zero : !llvm.ptr
      %v86 = llvm.icmp "ne" %in_h0, %v85 : !llvm.ptr
      %v87 = scf.if %v86 -> (f32) {
        %v88 = llvm.getelementptr %in_h0[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v89 = llvm.load %v88 : !llvm.ptr -> f32
        scf.yield %v89 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v87, %v5 : f32, !llvm.ptr
      %v91 = arith.muli %v39, %v81 : i64
      %v92 = arith.muli %v37, %v80 : i64
      %v93 = arith.addi %v91, %v92 : i64
      %v94 = arith.constant 1 : i64
      %v95 = arith.muli %v94, %v2 : i64
      %v96 = arith.addi %v93, %v95 : i64
      %v97 = llvm.mlir.zero : !llvm.ptr
      %v98 = llvm.icmp "ne" %in_h0, %v97 : !llvm.ptr
      %v99 = scf.if %v98 -> (f32) {
        %v100 = llvm.getelementptr %in_h0[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v101 = llvm.load %v100 : !llvm.ptr -> f32
        scf.yield %v101 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v99, %v6 : f32, !llvm.ptr
      %v102 = arith.muli %v39, %v81 : i64
      %v103 = arith.muli %v37, %v80 : i64
      %v104 = arith.addi %v102, %v103 : i64
      %v105 = arith.constant 2 : i64
      %v106 = arith.muli %v105, %v2 : i64
      %v107 = arith.addi %v104, %v106 : i64
      %v108 = llvm.mlir.zero : !llvm.ptr
      %v109 = llvm.icmp "ne" %in_h0, %v108 : !llvm.ptr
      %v110 = scf.if %v109 -> (f32) {
        %v111 = llvm.getelementptr %in_h0[%v107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v112 = llvm.load %v111 : !llvm.ptr -> f32
        scf.yield %v112 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v110, %v7 : f32, !llvm.ptr
      %v113 = arith.muli %v39, %v81 : i64
      %v114 = arith.muli %v37, %v80 : i64
      %v115 = arith.addi %v113, %v114 : i64
      %v116 = arith.constant 3 : i64
      %v117 = arith.muli %v116, %v2 : i64
      %v118 = arith.addi %v115, %v117 : i64
      %v119 = llvm.mlir.zero : !llvm.ptr
      %v120 = llvm.icmp "ne" %in_h0, %v119 : !llvm.ptr
      %v121 = scf.if %v120 -> (f32) {
        %v122 = llvm.getelementptr %in_h0[%v118] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v123 = llvm.load %v122 : !llvm.ptr -> f32
        scf.yield %v123 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v121, %v8 : f32, !llvm.ptr
      %v124 = arith.muli %v39, %v81 : i64
      %v125 = arith.muli %v37, %v80 : i64
      %v126 = arith.addi %v124, %v125 : i64
      %v127 = arith.constant 4 : i64
      %v128 = arith.muli %v127, %v2 : i64
      %v129 = arith.addi %v126, %v128 : i64
      %v130 = llvm.mlir.zero : !llvm.ptr
      %v131 = llvm.icmp "ne" %in_h0, %v130 : !llvm.ptr
      %v132 = scf.if %v131 -> (f32) {
        %v133 = llvm.getelementptr %in_h0[%v129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v134 = llvm.load %v133 : !llvm.ptr -> f32
        scf.yield %v134 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v132, %v9 : f32, !llvm.ptr
      %v135 = arith.muli %v39, %v81 : i64
      %v136 = arith.muli %v37, %v80 : i64
      %v137 = arith.addi %v135, %v136 : i64
      %v138 = arith.constant 5 : i64
      %v139 = arith.muli %v138, %v2 : i64
      %v140 = arith.addi %v137, %v139 : i64
      %v141 = llvm.mlir.zero : !llvm.ptr
      %v142 = llvm.icmp "ne" %in_h0, %v141 : !llvm.ptr
      %v143 = scf.if %v142 -> (f32) {
        %v144 = llvm.getelementptr %in_h0[%v140] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v145 = llvm.load %v144 : !llvm.ptr -> f32
        scf.yield %v145 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v143, %v10 : f32, !llvm.ptr
      %v146 = arith.muli %v39, %v81 : i64
      %v147 = arith.muli %v37, %v80 : i64
      %v148 = arith.addi %v146, %v147 : i64
      %v149 = arith.constant 6 : i64
      %v150 = arith.muli %v149, %v2 : i64
      %v151 = arith.addi %v148, %v150 : i64
      %v152 = llvm.mlir.zero : !llvm.ptr
      %v153 = llvm.icmp "ne" %in_h0, %v152 : !llvm.ptr
      %v154 = scf.if %v153 -> (f32) {
        %v155 = llvm.getelementptr %in_h0[%v151] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v156 = llvm.load %v155 : !llvm.ptr -> f32
        scf.yield %v156 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v154, %v11 : f32, !llvm.ptr
      %v157 = arith.muli %v39, %v81 : i64
      %v158 = arith.muli %v37, %v80 : i64
      %v159 = arith.addi %v157, %v158 : i64
      %v160 = arith.constant 7 : i64
      %v161 = arith.muli %v160, %v2 : i64
      %v162 = arith.addi %v159, %v161 : i64
      %v163 = llvm.mlir.zero : !llvm.ptr
      %v164 = llvm.icmp "ne" %in_h0, %v163 : !llvm.ptr
      %v165 = scf.if %v164 -> (f32) {
        %v166 = llvm.getelementptr %in_h0[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v167 = llvm.load %v166 : !llvm.ptr -> f32
        scf.yield %v167 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v165, %v12 : f32, !llvm.ptr
      %v168 = arith.muli %v39, %v81 : i64
      %v169 = arith.muli %v37, %v80 : i64
      %v170 = arith.addi %v168, %v169 : i64
      %v171 = arith.constant 8 : i64
      %v172 = arith.muli %v171, %v2 : i64
      %v173 = arith.addi %v170, %v172 : i64
      %v174 = llvm.mlir.zero : !llvm.ptr
      %v175 = llvm.icmp "ne" %in_h0, %v174 : !llvm.ptr
      %v176 = scf.if %v175 -> (f32) {
        %v177 = llvm.getelementptr %in_h0[%v173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v178 = llvm.load %v177 : !llvm.ptr -> f32
        scf.yield %v178 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v176, %v13 : f32, !llvm.ptr
      %v179 = arith.muli %v39, %v81 : i64
      %v180 = arith.muli %v37, %v80 : i64
      %v181 = arith.addi %v179, %v180 : i64
      %v182 = arith.constant 9 : i64
      %v183 = arith.muli %v182, %v2 : i64
      %v184 = arith.addi %v181, %v183 : i64
      %v185 = llvm.mlir.zero : !llvm.ptr
      %v186 = llvm.icmp "ne" %in_h0, %v185 : !llvm.ptr
      %v187 = scf.if %v186 -> (f32) {
        %v188 = llvm.getelementptr %in_h0[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v189 = llvm.load %v188 : !llvm.ptr -> f32
        scf.yield %v189 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v187, %v14 : f32, !llvm.ptr
      %v190 = arith.muli %v39, %v81 : i64
      %v191 = arith.muli %v37, %v80 : i64
      %v192 = arith.addi %v190, %v191 : i64
      %v193 = arith.constant 10 : i64
      %v194 = arith.muli %v193, %v2 : i64
      %v195 = arith.addi %v192, %v194 : i64
      %v196 = llvm.mlir.zero : !llvm.ptr
      %v197 = llvm.icmp "ne" %in_h0, %v196 : !llvm.ptr
      %v198 = scf.if %v197 -> (f32) {
        %v199 = llvm.getelementptr %in_h0[%v195] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v200 = llvm.load %v199 : !llvm.ptr -> f32
        scf.yield %v200 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v198, %v15 : f32, !llvm.ptr
      %v201 = arith.muli %v39, %v81 : i64
      %v202 = arith.muli %v37, %v80 : i64
      %v203 = arith.addi %v201, %v202 : i64
      %v204 = arith.constant 11 : i64
      %v205 = arith.muli %v204, %v2 : i64
      %v206 = arith.addi %v203, %v205 : i64
      %v207 = llvm.mlir.zero : !llvm.ptr
      %v208 = llvm.icmp "ne" %in_h0, %v207 : !llvm.ptr
      %v209 = scf.if %v208 -> (f32) {
        %v210 = llvm.getelementptr %in_h0[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v211 = llvm.load %v210 : !llvm.ptr -> f32
        scf.yield %v211 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v209, %v16 : f32, !llvm.ptr
      %v212 = arith.muli %v39, %v81 : i64
      %v213 = arith.muli %v37, %v80 : i64
      %v214 = arith.addi %v212, %v213 : i64
      %v215 = arith.constant 12 : i64
      %v216 = arith.muli %v215, %v2 : i64
      %v217 = arith.addi %v214, %v216 : i64
      %v218 = llvm.mlir.zero : !llvm.ptr
      %v219 = llvm.icmp "ne" %in_h0, %v218 : !llvm.ptr
      %v220 = scf.if %v219 -> (f32) {
        %v221 = llvm.getelementptr %in_h0[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v222 = llvm.load %v221 : !llvm.ptr -> f32
        scf.yield %v222 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v220, %v17 : f32, !llvm.ptr
      %v223 = arith.muli %v39, %v81 : i64
      %v224 = arith.muli %v37, %v80 : i64
      %v225 = arith.addi %v223, %v224 : i64
      %v226 = arith.constant 13 : i64
      %v227 = arith.muli %v226, %v2 : i64
      %v228 = arith.addi %v225, %v227 : i64
      %v229 = llvm.mlir.zero : !llvm.ptr
      %v230 = llvm.icmp "ne" %in_h0, %v229 : !llvm.ptr
      %v231 = scf.if %v230 -> (f32) {
        %v232 = llvm.getelementptr %in_h0[%v228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v233 = llvm.load %v232 : !llvm.ptr -> f32
        scf.yield %v233 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v231, %v18 : f32, !llvm.ptr
      %v234 = arith.muli %v39, %v81 : i64
      %v235 = arith.muli %v37, %v80 : i64
      %v236 = arith.addi %v234, %v235 : i64
      %v237 = arith.constant 14 : i64
      %v238 = arith.muli %v237, %v2 : i64
      %v239 = arith.addi %v236, %v238 : i64
      %v240 = llvm.mlir.zero : !llvm.ptr
      %v241 = llvm.icmp "ne" %in_h0, %v240 : !llvm.ptr
      %v242 = scf.if %v241 -> (f32) {
        %v243 = llvm.getelementptr %in_h0[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v244 = llvm.load %v243 : !llvm.ptr -> f32
        scf.yield %v244 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v242, %v19 : f32, !llvm.ptr
      %v245 = arith.muli %v39, %v81 : i64
      %v246 = arith.muli %v37, %v80 : i64
      %v247 = arith.addi %v245, %v246 : i64
      %v248 = arith.constant 15 : i64
      %v249 = arith.muli %v248, %v2 : i64
      %v250 = arith.addi %v247, %v249 : i64
      %v251 = llvm.mlir.zero : !llvm.ptr
      %v252 = llvm.icmp "ne" %in_h0, %v251 : !llvm.ptr
      %v253 = scf.if %v252 -> (f32) {
        %v254 = llvm.getelementptr %in_h0[%v250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v255 = llvm.load %v254 : !llvm.ptr -> f32
        scf.yield %v255 : f32
      } else {
        scf.yield %v90 : f32
      }
      llvm.store %v253, %v20 : f32, !llvm.ptr
      // staged load of `u`'s first tile: read, then shared memory
      %v257 = arith.divui %v29, %v256 : i64
      %v258 = arith.remui %v29, %v256 : i64
      %v259 = arith.addi %v257, %v41 : i64
      %v260 = arith.constant true
      %v261 = arith.addi %v41, %v259 : i64
      %v262 = llvm.getelementptr %v21[%v261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v263 = llvm.load %v262 : !llvm.ptr<3> -> i64
      %v264 = arith.addi %v41, %v258 : i64
      %v265 = arith.cmpi slt, %v264, %size_L : i64
      %v266 = arith.subi %size_L, %v2 : i64
      %v267 = arith.minsi %v264, %v266 : i64
      %v268 = arith.addi %v263, %v267 : i64
      %v270 = arith.muli %v261, %v269 : i64
      %v271 = arith.addi %v270, %v258 : i64
      %v272 = llvm.getelementptr %in_u[%v268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v273 = llvm.load %v272 : !llvm.ptr -> f32
      %v274 = arith.addi %v257, %v65 : i64
      %v275 = arith.constant true
      %v276 = arith.addi %v41, %v274 : i64
      %v277 = llvm.getelementptr %v21[%v276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v278 = llvm.load %v277 : !llvm.ptr<3> -> i64
      %v279 = arith.addi %v41, %v258 : i64
      %v280 = arith.cmpi slt, %v279, %size_L : i64
      %v281 = arith.subi %size_L, %v2 : i64
      %v282 = arith.minsi %v279, %v281 : i64
      %v283 = arith.addi %v278, %v282 : i64
      %v284 = arith.muli %v276, %v269 : i64
      %v285 = arith.addi %v284, %v258 : i64
      %v286 = llvm.getelementptr %in_u[%v283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v287 = llvm.load %v286 : !llvm.ptr -> f32
      %v289 = arith.addi %v257, %v288 : i64
      %v290 = arith.constant true
      %v291 = arith.addi %v41, %v289 : i64
      %v292 = llvm.getelementptr %v21[%v291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v293 = llvm.load %v292 : !llvm.ptr<3> -> i64
      %v294 = arith.addi %v41, %v258 : i64
      %v295 = arith.cmpi slt, %v294, %size_L : i64
      %v296 = arith.subi %size_L, %v2 : i64
      %v297 = arith.minsi %v294, %v296 : i64
      %v298 = arith.addi %v293, %v297 : i64
      %v299 = arith.muli %v291, %v269 : i64
      %v300 = arith.addi %v299, %v258 : i64
      %v301 = llvm.getelementptr %in_u[%v298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v302 = llvm.load %v301 : !llvm.ptr -> f32
      %v304 = arith.addi %v257, %v303 : i64
      %v305 = arith.constant true
      %v306 = arith.addi %v41, %v304 : i64
      %v307 = llvm.getelementptr %v21[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v308 = llvm.load %v307 : !llvm.ptr<3> -> i64
      %v309 = arith.addi %v41, %v258 : i64
      %v310 = arith.cmpi slt, %v309, %size_L : i64
      %v311 = arith.subi %size_L, %v2 : i64
      %v312 = arith.minsi %v309, %v311 : i64
      %v313 = arith.addi %v308, %v312 : i64
      %v314 = arith.muli %v306, %v269 : i64
      %v315 = arith.addi %v314, %v258 : i64
      %v316 = llvm.getelementptr %in_u[%v313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v317 = llvm.load %v316 : !llvm.ptr -> f32
      %v319 = arith.addi %v257, %v318 : i64
      %v320 = arith.constant true
      %v321 = arith.addi %v41, %v319 : i64
      %v322 = llvm.getelementptr %v21[%v321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v323 = llvm.load %v322 : !llvm.ptr<3> -> i64
      %v324 = arith.addi %v41, %v258 : i64
      %v325 = arith.cmpi slt, %v324, %size_L : i64
      %v326 = arith.subi %size_L, %v2 : i64
      %v327 = arith.minsi %v324, %v326 : i64
      %v328 = arith.addi %v323, %v327 : i64
      %v329 = arith.muli %v321, %v269 : i64
      %v330 = arith.addi %v329, %v258 : i64
      %v331 = llvm.getelementptr %in_u[%v328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v332 = llvm.load %v331 : !llvm.ptr -> f32
      %v334 = arith.addi %v257, %v333 : i64
      %v335 = arith.constant true
      %v336 = arith.addi %v41, %v334 : i64
      %v337 = llvm.getelementptr %v21[%v336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v338 = llvm.load %v337 : !llvm.ptr<3> -> i64
      %v339 = arith.addi %v41, %v258 : i64
      %v340 = arith.cmpi slt, %v339, %size_L : i64
      %v341 = arith.subi %size_L, %v2 : i64
      %v342 = arith.minsi %v339, %v341 : i64
      %v343 = arith.addi %v338, %v342 : i64
      %v344 = arith.muli %v336, %v269 : i64
      %v345 = arith.addi %v344, %v258 : i64
      %v346 = llvm.getelementptr %in_u[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v347 = llvm.load %v346 : !llvm.ptr -> f32
      %v349 = arith.addi %v257, %v348 : i64
      %v350 = arith.constant true
      %v351 = arith.addi %v41, %v349 : i64
      %v352 = llvm.getelementptr %v21[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v353 = llvm.load %v352 : !llvm.ptr<3> -> i64
      %v354 = arith.addi %v41, %v258 : i64
      %v355 = arith.cmpi slt, %v354, %size_L : i64
      %v356 = arith.subi %size_L, %v2 : i64
      %v357 = arith.minsi %v354, %v356 : i64
      %v358 = arith.addi %v353, %v357 : i64
      %v359 = arith.muli %v351, %v269 : i64
      %v360 = arith.addi %v359, %v258 : i64
      %v361 = llvm.getelementptr %in_u[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v362 = llvm.load %v361 : !llvm.ptr -> f32
      %v364 = arith.addi %v257, %v363 : i64
      %v365 = arith.constant true
      %v366 = arith.addi %v41, %v364 : i64
      %v367 = llvm.getelementptr %v21[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v368 = llvm.load %v367 : !llvm.ptr<3> -> i64
      %v369 = arith.addi %v41, %v258 : i64
      %v370 = arith.cmpi slt, %v369, %size_L : i64
      %v371 = arith.subi %size_L, %v2 : i64
      %v372 = arith.minsi %v369, %v371 : i64
      %v373 = arith.addi %v368, %v372 : i64
      %v374 = arith.muli %v366, %v269 : i64
      %v375 = arith.addi %v374, %v258 : i64
      %v376 = llvm.getelementptr %in_u[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v377 = llvm.load %v376 : !llvm.ptr -> f32
      %v378 = arith.addi %v257, %v1 : i64
      %v379 = arith.constant true
      %v380 = arith.addi %v41, %v378 : i64
      %v381 = llvm.getelementptr %v21[%v380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v382 = llvm.load %v381 : !llvm.ptr<3> -> i64
      %v383 = arith.addi %v41, %v258 : i64
      %v384 = arith.cmpi slt, %v383, %size_L : i64
      %v385 = arith.subi %size_L, %v2 : i64
      %v386 = arith.minsi %v383, %v385 : i64
      %v387 = arith.addi %v382, %v386 : i64
      %v388 = arith.muli %v380, %v269 : i64
      %v389 = arith.addi %v388, %v258 : i64
      %v390 = llvm.getelementptr %in_u[%v387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v391 = llvm.load %v390 : !llvm.ptr -> f32
      %v393 = arith.addi %v257, %v392 : i64
      %v394 = arith.constant true
      %v395 = arith.addi %v41, %v393 : i64
      %v396 = llvm.getelementptr %v21[%v395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v397 = llvm.load %v396 : !llvm.ptr<3> -> i64
      %v398 = arith.addi %v41, %v258 : i64
      %v399 = arith.cmpi slt, %v398, %size_L : i64
      %v400 = arith.subi %size_L, %v2 : i64
      %v401 = arith.minsi %v398, %v400 : i64
      %v402 = arith.addi %v397, %v401 : i64
      %v403 = arith.muli %v395, %v269 : i64
      %v404 = arith.addi %v403, %v258 : i64
      %v405 = llvm.getelementptr %in_u[%v402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v406 = llvm.load %v405 : !llvm.ptr -> f32
      %v408 = arith.addi %v257, %v407 : i64
      %v409 = arith.constant true
      %v410 = arith.addi %v41, %v408 : i64
      %v411 = llvm.getelementptr %v21[%v410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v412 = llvm.load %v411 : !llvm.ptr<3> -> i64
      %v413 = arith.addi %v41, %v258 : i64
      %v414 = arith.cmpi slt, %v413, %size_L : i64
      %v415 = arith.subi %size_L, %v2 : i64
      %v416 = arith.minsi %v413, %v415 : i64
      %v417 = arith.addi %v412, %v416 : i64
      %v418 = arith.muli %v410, %v269 : i64
      %v419 = arith.addi %v418, %v258 : i64
      %v420 = llvm.getelementptr %in_u[%v417] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v421 = llvm.load %v420 : !llvm.ptr -> f32
      %v423 = arith.addi %v257, %v422 : i64
      %v424 = arith.constant true
      %v425 = arith.addi %v41, %v423 : i64
      %v426 = llvm.getelementptr %v21[%v425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v427 = llvm.load %v426 : !llvm.ptr<3> -> i64
      %v428 = arith.addi %v41, %v258 : i64
      %v429 = arith.cmpi slt, %v428, %size_L : i64
      %v430 = arith.subi %size_L, %v2 : i64
      %v431 = arith.minsi %v428, %v430 : i64
      %v432 = arith.addi %v427, %v431 : i64
      %v433 = arith.muli %v425, %v269 : i64
      %v434 = arith.addi %v433, %v258 : i64
      %v435 = llvm.getelementptr %in_u[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v436 = llvm.load %v435 : !llvm.ptr -> f32
      %v438 = arith.addi %v257, %v437 : i64
      %v439 = arith.constant true
      %v440 = arith.addi %v41, %v438 : i64
      %v441 = llvm.getelementptr %v21[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v442 = llvm.load %v441 : !llvm.ptr<3> -> i64
      %v443 = arith.addi %v41, %v258 : i64
      %v444 = arith.cmpi slt, %v443, %size_L : i64
      %v445 = arith.subi %size_L, %v2 : i64
      %v446 = arith.minsi %v443, %v445 : i64
      %v447 = arith.addi %v442, %v446 : i64
      %v448 = arith.muli %v440, %v269 : i64
      %v449 = arith.addi %v448, %v258 : i64
      %v450 = llvm.getelementptr %in_u[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v451 = llvm.load %v450 : !llvm.ptr -> f32
      %v453 = arith.addi %v257, %v452 : i64
      %v454 = arith.constant true
      %v455 = arith.addi %v41, %v453 : i64
      %v456 = llvm.getelementptr %v21[%v455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v457 = llvm.load %v456 : !llvm.ptr<3> -> i64
      %v458 = arith.addi %v41, %v258 : i64
      %v459 = arith.cmpi slt, %v458, %size_L : i64
      %v460 = arith.subi %size_L, %v2 : i64
      %v461 = arith.minsi %v458, %v460 : i64
      %v462 = arith.addi %v457, %v461 : i64
      %v463 = arith.muli %v455, %v269 : i64
      %v464 = arith.addi %v463, %v258 : i64
      %v465 = llvm.getelementptr %in_u[%v462] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v466 = llvm.load %v465 : !llvm.ptr -> f32
      %v468 = arith.addi %v257, %v467 : i64
      %v469 = arith.constant true
      %v470 = arith.addi %v41, %v468 : i64
      %v471 = llvm.getelementptr %v21[%v470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v472 = llvm.load %v471 : !llvm.ptr<3> -> i64
      %v473 = arith.addi %v41, %v258 : i64
      %v474 = arith.cmpi slt, %v473, %size_L : i64
      %v475 = arith.subi %size_L, %v2 : i64
      %v476 = arith.minsi %v473, %v475 : i64
      %v477 = arith.addi %v472, %v476 : i64
      %v478 = arith.muli %v470, %v269 : i64
      %v479 = arith.addi %v478, %v258 : i64
      %v480 = llvm.getelementptr %in_u[%v477] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v481 = llvm.load %v480 : !llvm.ptr -> f32
      %v483 = arith.addi %v257, %v482 : i64
      %v484 = arith.constant true
      %v485 = arith.addi %v41, %v483 : i64
      %v486 = llvm.getelementptr %v21[%v485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v487 = llvm.load %v486 : !llvm.ptr<3> -> i64
      %v488 = arith.addi %v41, %v258 : i64
      %v489 = arith.cmpi slt, %v488, %size_L : i64
      %v490 = arith.subi %size_L, %v2 : i64
      %v491 = arith.minsi %v488, %v490 : i64
      %v492 = arith.addi %v487, %v491 : i64
      %v493 = arith.muli %v485, %v269 : i64
      %v494 = arith.addi %v493, %v258 : i64
      %v495 = llvm.getelementptr %in_u[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v496 = llvm.load %v495 : !llvm.ptr -> f32
      %v497 = arith.addi %v257, %v256 : i64
      %v498 = arith.constant true
      %v499 = arith.addi %v41, %v497 : i64
      %v500 = llvm.getelementptr %v21[%v499] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v501 = llvm.load %v500 : !llvm.ptr<3> -> i64
      %v502 = arith.addi %v41, %v258 : i64
      %v503 = arith.cmpi slt, %v502, %size_L : i64
      %v504 = arith.subi %size_L, %v2 : i64
      %v505 = arith.minsi %v502, %v504 : i64
      %v506 = arith.addi %v501, %v505 : i64
      %v507 = arith.muli %v499, %v269 : i64
      %v508 = arith.addi %v507, %v258 : i64
      %v509 = llvm.getelementptr %in_u[%v506] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v510 = llvm.load %v509 : !llvm.ptr -> f32
      %v512 = arith.addi %v257, %v511 : i64
      %v513 = arith.constant true
      %v514 = arith.addi %v41, %v512 : i64
      %v515 = llvm.getelementptr %v21[%v514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v516 = llvm.load %v515 : !llvm.ptr<3> -> i64
      %v517 = arith.addi %v41, %v258 : i64
      %v518 = arith.cmpi slt, %v517, %size_L : i64
      %v519 = arith.subi %size_L, %v2 : i64
      %v520 = arith.minsi %v517, %v519 : i64
      %v521 = arith.addi %v516, %v520 : i64
      %v522 = arith.muli %v514, %v269 : i64
      %v523 = arith.addi %v522, %v258 : i64
      %v524 = llvm.getelementptr %in_u[%v521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v525 = llvm.load %v524 : !llvm.ptr -> f32
      %v527 = arith.addi %v257, %v526 : i64
      %v528 = arith.constant true
      %v529 = arith.addi %v41, %v527 : i64
      %v530 = llvm.getelementptr %v21[%v529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v531 = llvm.load %v530 : !llvm.ptr<3> -> i64
      %v532 = arith.addi %v41, %v258 : i64
      %v533 = arith.cmpi slt, %v532, %size_L : i64
      %v534 = arith.subi %size_L, %v2 : i64
      %v535 = arith.minsi %v532, %v534 : i64
      %v536 = arith.addi %v531, %v535 : i64
      %v537 = arith.muli %v529, %v269 : i64
      %v538 = arith.addi %v537, %v258 : i64
      %v539 = llvm.getelementptr %in_u[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v540 = llvm.load %v539 : !llvm.ptr -> f32
      %v542 = arith.addi %v257, %v541 : i64
      %v543 = arith.constant true
      %v544 = arith.addi %v41, %v542 : i64
      %v545 = llvm.getelementptr %v21[%v544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v546 = llvm.load %v545 : !llvm.ptr<3> -> i64
      %v547 = arith.addi %v41, %v258 : i64
      %v548 = arith.cmpi slt, %v547, %size_L : i64
      %v549 = arith.subi %size_L, %v2 : i64
      %v550 = arith.minsi %v547, %v549 : i64
      %v551 = arith.addi %v546, %v550 : i64
      %v552 = arith.muli %v544, %v269 : i64
      %v553 = arith.addi %v552, %v258 : i64
      %v554 = llvm.getelementptr %in_u[%v551] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v555 = llvm.load %v554 : !llvm.ptr -> f32
      %v557 = arith.addi %v257, %v556 : i64
      %v558 = arith.constant true
      %v559 = arith.addi %v41, %v557 : i64
      %v560 = llvm.getelementptr %v21[%v559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v561 = llvm.load %v560 : !llvm.ptr<3> -> i64
      %v562 = arith.addi %v41, %v258 : i64
      %v563 = arith.cmpi slt, %v562, %size_L : i64
      %v564 = arith.subi %size_L, %v2 : i64
      %v565 = arith.minsi %v562, %v564 : i64
      %v566 = arith.addi %v561, %v565 : i64
      %v567 = arith.muli %v559, %v269 : i64
      %v568 = arith.addi %v567, %v258 : i64
      %v569 = llvm.getelementptr %in_u[%v566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v570 = llvm.load %v569 : !llvm.ptr -> f32
      %v572 = arith.addi %v257, %v571 : i64
      %v573 = arith.constant true
      %v574 = arith.addi %v41, %v572 : i64
      %v575 = llvm.getelementptr %v21[%v574] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v576 = llvm.load %v575 : !llvm.ptr<3> -> i64
      %v577 = arith.addi %v41, %v258 : i64
      %v578 = arith.cmpi slt, %v577, %size_L : i64
      %v579 = arith.subi %size_L, %v2 : i64
      %v580 = arith.minsi %v577, %v579 : i64
      %v581 = arith.addi %v576, %v580 : i64
      %v582 = arith.muli %v574, %v269 : i64
      %v583 = arith.addi %v582, %v258 : i64
      %v584 = llvm.getelementptr %in_u[%v581] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v585 = llvm.load %v584 : !llvm.ptr -> f32
      %v587 = arith.addi %v257, %v586 : i64
      %v588 = arith.constant true
      %v589 = arith.addi %v41, %v587 : i64
      %v590 = llvm.getelementptr %v21[%v589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v591 = llvm.load %v590 : !llvm.ptr<3> -> i64
      %v592 = arith.addi %v41, %v258 : i64
      %v593 = arith.cmpi slt, %v592, %size_L : i64
      %v594 = arith.subi %size_L, %v2 : i64
      %v595 = arith.minsi %v592, %v594 : i64
      %v596 = arith.addi %v591, %v595 : i64
      %v597 = arith.muli %v589, %v269 : i64
      %v598 = arith.addi %v597, %v258 : i64
      %v599 = llvm.getelementptr %in_u[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v600 = llvm.load %v599 : !llvm.ptr -> f32
      %v602 = arith.addi %v257, %v601 : i64
      %v603 = arith.constant true
      %v604 = arith.addi %v41, %v602 : i64
      %v605 = llvm.getelementptr %v21[%v604] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v606 = llvm.load %v605 : !llvm.ptr<3> -> i64
      %v607 = arith.addi %v41, %v258 : i64
      %v608 = arith.cmpi slt, %v607, %size_L : i64
      %v609 = arith.subi %size_L, %v2 : i64
      %v610 = arith.minsi %v607, %v609 : i64
      %v611 = arith.addi %v606, %v610 : i64
      %v612 = arith.muli %v604, %v269 : i64
      %v613 = arith.addi %v612, %v258 : i64
      %v614 = llvm.getelementptr %in_u[%v611] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v615 = llvm.load %v614 : !llvm.ptr -> f32
      %v617 = arith.addi %v257, %v616 : i64
      %v618 = arith.constant true
      %v619 = arith.addi %v41, %v617 : i64
      %v620 = llvm.getelementptr %v21[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v621 = llvm.load %v620 : !llvm.ptr<3> -> i64
      %v622 = arith.addi %v41, %v258 : i64
      %v623 = arith.cmpi slt, %v622, %size_L : i64
      %v624 = arith.subi %size_L, %v2 : i64
      %v625 = arith.minsi %v622, %v624 : i64
      %v626 = arith.addi %v621, %v625 : i64
      %v627 = arith.muli %v619, %v269 : i64
      %v628 = arith.addi %v627, %v258 : i64
      %v629 = llvm.getelementptr %in_u[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v630 = llvm.load %v629 : !llvm.ptr -> f32
      %v632 = arith.addi %v257, %v631 : i64
      %v633 = arith.constant true
      %v634 = arith.addi %v41, %v632 : i64
      %v635 = llvm.getelementptr %v21[%v634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v636 = llvm.load %v635 : !llvm.ptr<3> -> i64
      %v637 = arith.addi %v41, %v258 : i64
      %v638 = arith.cmpi slt, %v637, %size_L : i64
      %v639 = arith.subi %size_L, %v2 : i64
      %v640 = arith.minsi %v637, %v639 : i64
      %v641 = arith.addi %v636, %v640 : i64
      %v642 = arith.muli %v634, %v269 : i64
      %v643 = arith.addi %v642, %v258 : i64
      %v644 = llvm.getelementptr %in_u[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v645 = llvm.load %v644 : !llvm.ptr -> f32
      %v647 = arith.addi %v257, %v646 : i64
      %v648 = arith.constant true
      %v649 = arith.addi %v41, %v647 : i64
      %v650 = llvm.getelementptr %v21[%v649] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v651 = llvm.load %v650 : !llvm.ptr<3> -> i64
      %v652 = arith.addi %v41, %v258 : i64
      %v653 = arith.cmpi slt, %v652, %size_L : i64
      %v654 = arith.subi %size_L, %v2 : i64
      %v655 = arith.minsi %v652, %v654 : i64
      %v656 = arith.addi %v651, %v655 : i64
      %v657 = arith.muli %v649, %v269 : i64
      %v658 = arith.addi %v657, %v258 : i64
      %v659 = llvm.getelementptr %in_u[%v656] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v660 = llvm.load %v659 : !llvm.ptr -> f32
      %v662 = arith.addi %v257, %v661 : i64
      %v663 = arith.constant true
      %v664 = arith.addi %v41, %v662 : i64
      %v665 = llvm.getelementptr %v21[%v664] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v666 = llvm.load %v665 : !llvm.ptr<3> -> i64
      %v667 = arith.addi %v41, %v258 : i64
      %v668 = arith.cmpi slt, %v667, %size_L : i64
      %v669 = arith.subi %size_L, %v2 : i64
      %v670 = arith.minsi %v667, %v669 : i64
      %v671 = arith.addi %v666, %v670 : i64
      %v672 = arith.muli %v664, %v269 : i64
      %v673 = arith.addi %v672, %v258 : i64
      %v674 = llvm.getelementptr %in_u[%v671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v675 = llvm.load %v674 : !llvm.ptr -> f32
      %v677 = arith.addi %v257, %v676 : i64
      %v678 = arith.constant true
      %v679 = arith.addi %v41, %v677 : i64
      %v680 = llvm.getelementptr %v21[%v679] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v681 = llvm.load %v680 : !llvm.ptr<3> -> i64
      %v682 = arith.addi %v41, %v258 : i64
      %v683 = arith.cmpi slt, %v682, %size_L : i64
      %v684 = arith.subi %size_L, %v2 : i64
      %v685 = arith.minsi %v682, %v684 : i64
      %v686 = arith.addi %v681, %v685 : i64
      %v687 = arith.muli %v679, %v269 : i64
      %v688 = arith.addi %v687, %v258 : i64
      %v689 = llvm.getelementptr %in_u[%v686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v690 = llvm.load %v689 : !llvm.ptr -> f32
      %v692 = arith.addi %v257, %v691 : i64
      %v693 = arith.constant true
      %v694 = arith.addi %v41, %v692 : i64
      %v695 = llvm.getelementptr %v21[%v694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v696 = llvm.load %v695 : !llvm.ptr<3> -> i64
      %v697 = arith.addi %v41, %v258 : i64
      %v698 = arith.cmpi slt, %v697, %size_L : i64
      %v699 = arith.subi %size_L, %v2 : i64
      %v700 = arith.minsi %v697, %v699 : i64
      %v701 = arith.addi %v696, %v700 : i64
      %v702 = arith.muli %v694, %v269 : i64
      %v703 = arith.addi %v702, %v258 : i64
      %v704 = llvm.getelementptr %in_u[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v705 = llvm.load %v704 : !llvm.ptr -> f32
      %v707 = arith.addi %v257, %v706 : i64
      %v708 = arith.constant true
      %v709 = arith.addi %v41, %v707 : i64
      %v710 = llvm.getelementptr %v21[%v709] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v711 = llvm.load %v710 : !llvm.ptr<3> -> i64
      %v712 = arith.addi %v41, %v258 : i64
      %v713 = arith.cmpi slt, %v712, %size_L : i64
      %v714 = arith.subi %size_L, %v2 : i64
      %v715 = arith.minsi %v712, %v714 : i64
      %v716 = arith.addi %v711, %v715 : i64
      %v717 = arith.muli %v709, %v269 : i64
      %v718 = arith.addi %v717, %v258 : i64
      %v719 = llvm.getelementptr %in_u[%v716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v720 = llvm.load %v719 : !llvm.ptr -> f32
      %v722 = arith.addi %v257, %v721 : i64
      %v723 = arith.constant true
      %v724 = arith.addi %v41, %v722 : i64
      %v725 = llvm.getelementptr %v21[%v724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v726 = llvm.load %v725 : !llvm.ptr<3> -> i64
      %v727 = arith.addi %v41, %v258 : i64
      %v728 = arith.cmpi slt, %v727, %size_L : i64
      %v729 = arith.subi %size_L, %v2 : i64
      %v730 = arith.minsi %v727, %v729 : i64
      %v731 = arith.addi %v726, %v730 : i64
      %v732 = arith.muli %v724, %v269 : i64
      %v733 = arith.addi %v732, %v258 : i64
      %v734 = llvm.getelementptr %in_u[%v731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v735 = llvm.load %v734 : !llvm.ptr -> f32
      scf.if %v260 {
        %v736 = llvm.getelementptr %v22[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v273, %v736 : f32, !llvm.ptr<3>
      }
      scf.if %v275 {
        %v737 = llvm.getelementptr %v22[%v285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v287, %v737 : f32, !llvm.ptr<3>
      }
      scf.if %v290 {
        %v738 = llvm.getelementptr %v22[%v300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v302, %v738 : f32, !llvm.ptr<3>
      }
      scf.if %v305 {
        %v739 = llvm.getelementptr %v22[%v315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v317, %v739 : f32, !llvm.ptr<3>
      }
      scf.if %v320 {
        %v740 = llvm.getelementptr %v22[%v330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v332, %v740 : f32, !llvm.ptr<3>
      }
      scf.if %v335 {
        %v741 = llvm.getelementptr %v22[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v347, %v741 : f32, !llvm.ptr<3>
      }
      scf.if %v350 {
        %v742 = llvm.getelementptr %v22[%v360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v362, %v742 : f32, !llvm.ptr<3>
      }
      scf.if %v365 {
        %v743 = llvm.getelementptr %v22[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v377, %v743 : f32, !llvm.ptr<3>
      }
      scf.if %v379 {
        %v744 = llvm.getelementptr %v22[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v391, %v744 : f32, !llvm.ptr<3>
      }
      scf.if %v394 {
        %v745 = llvm.getelementptr %v22[%v404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v406, %v745 : f32, !llvm.ptr<3>
      }
      scf.if %v409 {
        %v746 = llvm.getelementptr %v22[%v419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v421, %v746 : f32, !llvm.ptr<3>
      }
      scf.if %v424 {
        %v747 = llvm.getelementptr %v22[%v434] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v436, %v747 : f32, !llvm.ptr<3>
      }
      scf.if %v439 {
        %v748 = llvm.getelementptr %v22[%v449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v451, %v748 : f32, !llvm.ptr<3>
      }
      scf.if %v454 {
        %v749 = llvm.getelementptr %v22[%v464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v466, %v749 : f32, !llvm.ptr<3>
      }
      scf.if %v469 {
        %v750 = llvm.getelementptr %v22[%v479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v481, %v750 : f32, !llvm.ptr<3>
      }
      scf.if %v484 {
        %v751 = llvm.getelementptr %v22[%v494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v496, %v751 : f32, !llvm.ptr<3>
      }
      scf.if %v498 {
        %v752 = llvm.getelementptr %v22[%v508] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v510, %v752 : f32, !llvm.ptr<3>
      }
      scf.if %v513 {
        %v753 = llvm.getelementptr %v22[%v523] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v525, %v753 : f32, !llvm.ptr<3>
      }
      scf.if %v528 {
        %v754 = llvm.getelementptr %v22[%v538] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v540, %v754 : f32, !llvm.ptr<3>
      }
      scf.if %v543 {
        %v755 = llvm.getelementptr %v22[%v553] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v555, %v755 : f32, !llvm.ptr<3>
      }
      scf.if %v558 {
        %v756 = llvm.getelementptr %v22[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v570, %v756 : f32, !llvm.ptr<3>
      }
      scf.if %v573 {
        %v757 = llvm.getelementptr %v22[%v583] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v585, %v757 : f32, !llvm.ptr<3>
      }
      scf.if %v588 {
        %v758 = llvm.getelementptr %v22[%v598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v600, %v758 : f32, !llvm.ptr<3>
      }
      scf.if %v603 {
        %v759 = llvm.getelementptr %v22[%v613] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v615, %v759 : f32, !llvm.ptr<3>
      }
      scf.if %v618 {
        %v760 = llvm.getelementptr %v22[%v628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v630, %v760 : f32, !llvm.ptr<3>
      }
      scf.if %v633 {
        %v761 = llvm.getelementptr %v22[%v643] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v645, %v761 : f32, !llvm.ptr<3>
      }
      scf.if %v648 {
        %v762 = llvm.getelementptr %v22[%v658] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v660, %v762 : f32, !llvm.ptr<3>
      }
      scf.if %v663 {
        %v763 = llvm.getelementptr %v22[%v673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v675, %v763 : f32, !llvm.ptr<3>
      }
      scf.if %v678 {
        %v764 = llvm.getelementptr %v22[%v688] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v690, %v764 : f32, !llvm.ptr<3>
      }
      scf.if %v693 {
        %v765 = llvm.getelementptr %v22[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v705, %v765 : f32, !llvm.ptr<3>
      }
      scf.if %v708 {
        %v766 = llvm.getelementptr %v22[%v718] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v720, %v766 : f32, !llvm.ptr<3>
      }
      scf.if %v723 {
        %v767 = llvm.getelementptr %v22[%v733] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v735, %v767 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v768 = arith.divui %v29, %v256 : i64
      %v769 = arith.remui %v29, %v256 : i64
      %v770 = arith.addi %v768, %v41 : i64
      %v771 = arith.constant true
      %v772 = arith.addi %v31, %v770 : i64
      %v773 = llvm.getelementptr %v21[%v772] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v774 = llvm.load %v773 : !llvm.ptr<3> -> i64
      %v775 = arith.addi %v41, %v769 : i64
      %v776 = arith.cmpi slt, %v775, %size_L : i64
      %v777 = arith.subi %size_L, %v2 : i64
      %v778 = arith.minsi %v775, %v777 : i64
      %v779 = arith.addi %v774, %v778 : i64
      %v780 = arith.muli %v772, %v269 : i64
      %v781 = arith.addi %v780, %v769 : i64
      %v782 = llvm.getelementptr %in_delta[%v779] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v783 = llvm.load %v782 : !llvm.ptr -> f32
      %v784 = arith.addi %v768, %v65 : i64
      %v785 = arith.constant true
      %v786 = arith.addi %v31, %v784 : i64
      %v787 = llvm.getelementptr %v21[%v786] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v788 = llvm.load %v787 : !llvm.ptr<3> -> i64
      %v789 = arith.addi %v41, %v769 : i64
      %v790 = arith.cmpi slt, %v789, %size_L : i64
      %v791 = arith.subi %size_L, %v2 : i64
      %v792 = arith.minsi %v789, %v791 : i64
      %v793 = arith.addi %v788, %v792 : i64
      %v794 = arith.muli %v786, %v269 : i64
      %v795 = arith.addi %v794, %v769 : i64
      %v796 = llvm.getelementptr %in_delta[%v793] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v797 = llvm.load %v796 : !llvm.ptr -> f32
      %v798 = arith.addi %v768, %v288 : i64
      %v799 = arith.constant true
      %v800 = arith.addi %v31, %v798 : i64
      %v801 = llvm.getelementptr %v21[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v802 = llvm.load %v801 : !llvm.ptr<3> -> i64
      %v803 = arith.addi %v41, %v769 : i64
      %v804 = arith.cmpi slt, %v803, %size_L : i64
      %v805 = arith.subi %size_L, %v2 : i64
      %v806 = arith.minsi %v803, %v805 : i64
      %v807 = arith.addi %v802, %v806 : i64
      %v808 = arith.muli %v800, %v269 : i64
      %v809 = arith.addi %v808, %v769 : i64
      %v810 = llvm.getelementptr %in_delta[%v807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v811 = llvm.load %v810 : !llvm.ptr -> f32
      %v812 = arith.addi %v768, %v303 : i64
      %v813 = arith.constant true
      %v814 = arith.addi %v31, %v812 : i64
      %v815 = llvm.getelementptr %v21[%v814] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v816 = llvm.load %v815 : !llvm.ptr<3> -> i64
      %v817 = arith.addi %v41, %v769 : i64
      %v818 = arith.cmpi slt, %v817, %size_L : i64
      %v819 = arith.subi %size_L, %v2 : i64
      %v820 = arith.minsi %v817, %v819 : i64
      %v821 = arith.addi %v816, %v820 : i64
      %v822 = arith.muli %v814, %v269 : i64
      %v823 = arith.addi %v822, %v769 : i64
      %v824 = llvm.getelementptr %in_delta[%v821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v825 = llvm.load %v824 : !llvm.ptr -> f32
      %v826 = arith.addi %v768, %v318 : i64
      %v827 = arith.constant true
      %v828 = arith.addi %v31, %v826 : i64
      %v829 = llvm.getelementptr %v21[%v828] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v830 = llvm.load %v829 : !llvm.ptr<3> -> i64
      %v831 = arith.addi %v41, %v769 : i64
      %v832 = arith.cmpi slt, %v831, %size_L : i64
      %v833 = arith.subi %size_L, %v2 : i64
      %v834 = arith.minsi %v831, %v833 : i64
      %v835 = arith.addi %v830, %v834 : i64
      %v836 = arith.muli %v828, %v269 : i64
      %v837 = arith.addi %v836, %v769 : i64
      %v838 = llvm.getelementptr %in_delta[%v835] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v839 = llvm.load %v838 : !llvm.ptr -> f32
      %v840 = arith.addi %v768, %v333 : i64
      %v841 = arith.constant true
      %v842 = arith.addi %v31, %v840 : i64
      %v843 = llvm.getelementptr %v21[%v842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v844 = llvm.load %v843 : !llvm.ptr<3> -> i64
      %v845 = arith.addi %v41, %v769 : i64
      %v846 = arith.cmpi slt, %v845, %size_L : i64
      %v847 = arith.subi %size_L, %v2 : i64
      %v848 = arith.minsi %v845, %v847 : i64
      %v849 = arith.addi %v844, %v848 : i64
      %v850 = arith.muli %v842, %v269 : i64
      %v851 = arith.addi %v850, %v769 : i64
      %v852 = llvm.getelementptr %in_delta[%v849] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v853 = llvm.load %v852 : !llvm.ptr -> f32
      %v854 = arith.addi %v768, %v348 : i64
      %v855 = arith.constant true
      %v856 = arith.addi %v31, %v854 : i64
      %v857 = llvm.getelementptr %v21[%v856] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v858 = llvm.load %v857 : !llvm.ptr<3> -> i64
      %v859 = arith.addi %v41, %v769 : i64
      %v860 = arith.cmpi slt, %v859, %size_L : i64
      %v861 = arith.subi %size_L, %v2 : i64
      %v862 = arith.minsi %v859, %v861 : i64
      %v863 = arith.addi %v858, %v862 : i64
      %v864 = arith.muli %v856, %v269 : i64
      %v865 = arith.addi %v864, %v769 : i64
      %v866 = llvm.getelementptr %in_delta[%v863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v867 = llvm.load %v866 : !llvm.ptr -> f32
      %v868 = arith.addi %v768, %v363 : i64
      %v869 = arith.constant true
      %v870 = arith.addi %v31, %v868 : i64
      %v871 = llvm.getelementptr %v21[%v870] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v872 = llvm.load %v871 : !llvm.ptr<3> -> i64
      %v873 = arith.addi %v41, %v769 : i64
      %v874 = arith.cmpi slt, %v873, %size_L : i64
      %v875 = arith.subi %size_L, %v2 : i64
      %v876 = arith.minsi %v873, %v875 : i64
      %v877 = arith.addi %v872, %v876 : i64
      %v878 = arith.muli %v870, %v269 : i64
      %v879 = arith.addi %v878, %v769 : i64
      %v880 = llvm.getelementptr %in_delta[%v877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v881 = llvm.load %v880 : !llvm.ptr -> f32
      %v882 = arith.addi %v768, %v1 : i64
      %v883 = arith.constant true
      %v884 = arith.addi %v31, %v882 : i64
      %v885 = llvm.getelementptr %v21[%v884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v886 = llvm.load %v885 : !llvm.ptr<3> -> i64
      %v887 = arith.addi %v41, %v769 : i64
      %v888 = arith.cmpi slt, %v887, %size_L : i64
      %v889 = arith.subi %size_L, %v2 : i64
      %v890 = arith.minsi %v887, %v889 : i64
      %v891 = arith.addi %v886, %v890 : i64
      %v892 = arith.muli %v884, %v269 : i64
      %v893 = arith.addi %v892, %v769 : i64
      %v894 = llvm.getelementptr %in_delta[%v891] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v895 = llvm.load %v894 : !llvm.ptr -> f32
      %v896 = arith.addi %v768, %v392 : i64
      %v897 = arith.constant true
      %v898 = arith.addi %v31, %v896 : i64
      %v899 = llvm.getelementptr %v21[%v898] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v900 = llvm.load %v899 : !llvm.ptr<3> -> i64
      %v901 = arith.addi %v41, %v769 : i64
      %v902 = arith.cmpi slt, %v901, %size_L : i64
      %v903 = arith.subi %size_L, %v2 : i64
      %v904 = arith.minsi %v901, %v903 : i64
      %v905 = arith.addi %v900, %v904 : i64
      %v906 = arith.muli %v898, %v269 : i64
      %v907 = arith.addi %v906, %v769 : i64
      %v908 = llvm.getelementptr %in_delta[%v905] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v909 = llvm.load %v908 : !llvm.ptr -> f32
      %v910 = arith.addi %v768, %v407 : i64
      %v911 = arith.constant true
      %v912 = arith.addi %v31, %v910 : i64
      %v913 = llvm.getelementptr %v21[%v912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v914 = llvm.load %v913 : !llvm.ptr<3> -> i64
      %v915 = arith.addi %v41, %v769 : i64
      %v916 = arith.cmpi slt, %v915, %size_L : i64
      %v917 = arith.subi %size_L, %v2 : i64
      %v918 = arith.minsi %v915, %v917 : i64
      %v919 = arith.addi %v914, %v918 : i64
      %v920 = arith.muli %v912, %v269 : i64
      %v921 = arith.addi %v920, %v769 : i64
      %v922 = llvm.getelementptr %in_delta[%v919] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v923 = llvm.load %v922 : !llvm.ptr -> f32
      %v924 = arith.addi %v768, %v422 : i64
      %v925 = arith.constant true
      %v926 = arith.addi %v31, %v924 : i64
      %v927 = llvm.getelementptr %v21[%v926] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v928 = llvm.load %v927 : !llvm.ptr<3> -> i64
      %v929 = arith.addi %v41, %v769 : i64
      %v930 = arith.cmpi slt, %v929, %size_L : i64
      %v931 = arith.subi %size_L, %v2 : i64
      %v932 = arith.minsi %v929, %v931 : i64
      %v933 = arith.addi %v928, %v932 : i64
      %v934 = arith.muli %v926, %v269 : i64
      %v935 = arith.addi %v934, %v769 : i64
      %v936 = llvm.getelementptr %in_delta[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v937 = llvm.load %v936 : !llvm.ptr -> f32
      %v938 = arith.addi %v768, %v437 : i64
      %v939 = arith.constant true
      %v940 = arith.addi %v31, %v938 : i64
      %v941 = llvm.getelementptr %v21[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v942 = llvm.load %v941 : !llvm.ptr<3> -> i64
      %v943 = arith.addi %v41, %v769 : i64
      %v944 = arith.cmpi slt, %v943, %size_L : i64
      %v945 = arith.subi %size_L, %v2 : i64
      %v946 = arith.minsi %v943, %v945 : i64
      %v947 = arith.addi %v942, %v946 : i64
      %v948 = arith.muli %v940, %v269 : i64
      %v949 = arith.addi %v948, %v769 : i64
      %v950 = llvm.getelementptr %in_delta[%v947] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v951 = llvm.load %v950 : !llvm.ptr -> f32
      %v952 = arith.addi %v768, %v452 : i64
      %v953 = arith.constant true
      %v954 = arith.addi %v31, %v952 : i64
      %v955 = llvm.getelementptr %v21[%v954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v956 = llvm.load %v955 : !llvm.ptr<3> -> i64
      %v957 = arith.addi %v41, %v769 : i64
      %v958 = arith.cmpi slt, %v957, %size_L : i64
      %v959 = arith.subi %size_L, %v2 : i64
      %v960 = arith.minsi %v957, %v959 : i64
      %v961 = arith.addi %v956, %v960 : i64
      %v962 = arith.muli %v954, %v269 : i64
      %v963 = arith.addi %v962, %v769 : i64
      %v964 = llvm.getelementptr %in_delta[%v961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v965 = llvm.load %v964 : !llvm.ptr -> f32
      %v966 = arith.addi %v768, %v467 : i64
      %v967 = arith.constant true
      %v968 = arith.addi %v31, %v966 : i64
      %v969 = llvm.getelementptr %v21[%v968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v970 = llvm.load %v969 : !llvm.ptr<3> -> i64
      %v971 = arith.addi %v41, %v769 : i64
      %v972 = arith.cmpi slt, %v971, %size_L : i64
      %v973 = arith.subi %size_L, %v2 : i64
      %v974 = arith.minsi %v971, %v973 : i64
      %v975 = arith.addi %v970, %v974 : i64
      %v976 = arith.muli %v968, %v269 : i64
      %v977 = arith.addi %v976, %v769 : i64
      %v978 = llvm.getelementptr %in_delta[%v975] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v979 = llvm.load %v978 : !llvm.ptr -> f32
      %v980 = arith.addi %v768, %v482 : i64
      %v981 = arith.constant true
      %v982 = arith.addi %v31, %v980 : i64
      %v983 = llvm.getelementptr %v21[%v982] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v984 = llvm.load %v983 : !llvm.ptr<3> -> i64
      %v985 = arith.addi %v41, %v769 : i64
      %v986 = arith.cmpi slt, %v985, %size_L : i64
      %v987 = arith.subi %size_L, %v2 : i64
      %v988 = arith.minsi %v985, %v987 : i64
      %v989 = arith.addi %v984, %v988 : i64
      %v990 = arith.muli %v982, %v269 : i64
      %v991 = arith.addi %v990, %v769 : i64
      %v992 = llvm.getelementptr %in_delta[%v989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v993 = llvm.load %v992 : !llvm.ptr -> f32
      %v994 = arith.addi %v768, %v256 : i64
      %v995 = arith.constant true
      %v996 = arith.addi %v31, %v994 : i64
      %v997 = llvm.getelementptr %v21[%v996] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v998 = llvm.load %v997 : !llvm.ptr<3> -> i64
      %v999 = arith.addi %v41, %v769 : i64
      %v1000 = arith.cmpi slt, %v999, %size_L : i64
      %v1001 = arith.subi %size_L, %v2 : i64
      %v1002 = arith.minsi %v999, %v1001 : i64
      %v1003 = arith.addi %v998, %v1002 : i64
      %v1004 = arith.muli %v996, %v269 : i64
      %v1005 = arith.addi %v1004, %v769 : i64
      %v1006 = llvm.getelementptr %in_delta[%v1003] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1007 = llvm.load %v1006 : !llvm.ptr -> f32
      %v1008 = arith.addi %v768, %v511 : i64
      %v1009 = arith.constant true
      %v1010 = arith.addi %v31, %v1008 : i64
      %v1011 = llvm.getelementptr %v21[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1012 = llvm.load %v1011 : !llvm.ptr<3> -> i64
      %v1013 = arith.addi %v41, %v769 : i64
      %v1014 = arith.cmpi slt, %v1013, %size_L : i64
      %v1015 = arith.subi %size_L, %v2 : i64
      %v1016 = arith.minsi %v1013, %v1015 : i64
      %v1017 = arith.addi %v1012, %v1016 : i64
      %v1018 = arith.muli %v1010, %v269 : i64
      %v1019 = arith.addi %v1018, %v769 : i64
      %v1020 = llvm.getelementptr %in_delta[%v1017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1021 = llvm.load %v1020 : !llvm.ptr -> f32
      %v1022 = arith.addi %v768, %v526 : i64
      %v1023 = arith.constant true
      %v1024 = arith.addi %v31, %v1022 : i64
      %v1025 = llvm.getelementptr %v21[%v1024] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1026 = llvm.load %v1025 : !llvm.ptr<3> -> i64
      %v1027 = arith.addi %v41, %v769 : i64
      %v1028 = arith.cmpi slt, %v1027, %size_L : i64
      %v1029 = arith.subi %size_L, %v2 : i64
      %v1030 = arith.minsi %v1027, %v1029 : i64
      %v1031 = arith.addi %v1026, %v1030 : i64
      %v1032 = arith.muli %v1024, %v269 : i64
      %v1033 = arith.addi %v1032, %v769 : i64
      %v1034 = llvm.getelementptr %in_delta[%v1031] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1035 = llvm.load %v1034 : !llvm.ptr -> f32
      %v1036 = arith.addi %v768, %v541 : i64
      %v1037 = arith.constant true
      %v1038 = arith.addi %v31, %v1036 : i64
      %v1039 = llvm.getelementptr %v21[%v1038] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1040 = llvm.load %v1039 : !llvm.ptr<3> -> i64
      %v1041 = arith.addi %v41, %v769 : i64
      %v1042 = arith.cmpi slt, %v1041, %size_L : i64
      %v1043 = arith.subi %size_L, %v2 : i64
      %v1044 = arith.minsi %v1041, %v1043 : i64
      %v1045 = arith.addi %v1040, %v1044 : i64
      %v1046 = arith.muli %v1038, %v269 : i64
      %v1047 = arith.addi %v1046, %v769 : i64
      %v1048 = llvm.getelementptr %in_delta[%v1045] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1049 = llvm.load %v1048 : !llvm.ptr -> f32
      %v1050 = arith.addi %v768, %v556 : i64
      %v1051 = arith.constant true
      %v1052 = arith.addi %v31, %v1050 : i64
      %v1053 = llvm.getelementptr %v21[%v1052] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1054 = llvm.load %v1053 : !llvm.ptr<3> -> i64
      %v1055 = arith.addi %v41, %v769 : i64
      %v1056 = arith.cmpi slt, %v1055, %size_L : i64
      %v1057 = arith.subi %size_L, %v2 : i64
      %v1058 = arith.minsi %v1055, %v1057 : i64
      %v1059 = arith.addi %v1054, %v1058 : i64
      %v1060 = arith.muli %v1052, %v269 : i64
      %v1061 = arith.addi %v1060, %v769 : i64
      %v1062 = llvm.getelementptr %in_delta[%v1059] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1063 = llvm.load %v1062 : !llvm.ptr -> f32
      %v1064 = arith.addi %v768, %v571 : i64
      %v1065 = arith.constant true
      %v1066 = arith.addi %v31, %v1064 : i64
      %v1067 = llvm.getelementptr %v21[%v1066] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1068 = llvm.load %v1067 : !llvm.ptr<3> -> i64
      %v1069 = arith.addi %v41, %v769 : i64
      %v1070 = arith.cmpi slt, %v1069, %size_L : i64
      %v1071 = arith.subi %size_L, %v2 : i64
      %v1072 = arith.minsi %v1069, %v1071 : i64
      %v1073 = arith.addi %v1068, %v1072 : i64
      %v1074 = arith.muli %v1066, %v269 : i64
      %v1075 = arith.addi %v1074, %v769 : i64
      %v1076 = llvm.getelementptr %in_delta[%v1073] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1077 = llvm.load %v1076 : !llvm.ptr -> f32
      %v1078 = arith.addi %v768, %v586 : i64
      %v1079 = arith.constant true
      %v1080 = arith.addi %v31, %v1078 : i64
      %v1081 = llvm.getelementptr %v21[%v1080] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1082 = llvm.load %v1081 : !llvm.ptr<3> -> i64
      %v1083 = arith.addi %v41, %v769 : i64
      %v1084 = arith.cmpi slt, %v1083, %size_L : i64
      %v1085 = arith.subi %size_L, %v2 : i64
      %v1086 = arith.minsi %v1083, %v1085 : i64
      %v1087 = arith.addi %v1082, %v1086 : i64
      %v1088 = arith.muli %v1080, %v269 : i64
      %v1089 = arith.addi %v1088, %v769 : i64
      %v1090 = llvm.getelementptr %in_delta[%v1087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1091 = llvm.load %v1090 : !llvm.ptr -> f32
      %v1092 = arith.addi %v768, %v601 : i64
      %v1093 = arith.constant true
      %v1094 = arith.addi %v31, %v1092 : i64
      %v1095 = llvm.getelementptr %v21[%v1094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1096 = llvm.load %v1095 : !llvm.ptr<3> -> i64
      %v1097 = arith.addi %v41, %v769 : i64
      %v1098 = arith.cmpi slt, %v1097, %size_L : i64
      %v1099 = arith.subi %size_L, %v2 : i64
      %v1100 = arith.minsi %v1097, %v1099 : i64
      %v1101 = arith.addi %v1096, %v1100 : i64
      %v1102 = arith.muli %v1094, %v269 : i64
      %v1103 = arith.addi %v1102, %v769 : i64
      %v1104 = llvm.getelementptr %in_delta[%v1101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1105 = llvm.load %v1104 : !llvm.ptr -> f32
      %v1106 = arith.addi %v768, %v616 : i64
      %v1107 = arith.constant true
      %v1108 = arith.addi %v31, %v1106 : i64
      %v1109 = llvm.getelementptr %v21[%v1108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1110 = llvm.load %v1109 : !llvm.ptr<3> -> i64
      %v1111 = arith.addi %v41, %v769 : i64
      %v1112 = arith.cmpi slt, %v1111, %size_L : i64
      %v1113 = arith.subi %size_L, %v2 : i64
      %v1114 = arith.minsi %v1111, %v1113 : i64
      %v1115 = arith.addi %v1110, %v1114 : i64
      %v1116 = arith.muli %v1108, %v269 : i64
      %v1117 = arith.addi %v1116, %v769 : i64
      %v1118 = llvm.getelementptr %in_delta[%v1115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1119 = llvm.load %v1118 : !llvm.ptr -> f32
      %v1120 = arith.addi %v768, %v631 : i64
      %v1121 = arith.constant true
      %v1122 = arith.addi %v31, %v1120 : i64
      %v1123 = llvm.getelementptr %v21[%v1122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1124 = llvm.load %v1123 : !llvm.ptr<3> -> i64
      %v1125 = arith.addi %v41, %v769 : i64
      %v1126 = arith.cmpi slt, %v1125, %size_L : i64
      %v1127 = arith.subi %size_L, %v2 : i64
      %v1128 = arith.minsi %v1125, %v1127 : i64
      %v1129 = arith.addi %v1124, %v1128 : i64
      %v1130 = arith.muli %v1122, %v269 : i64
      %v1131 = arith.addi %v1130, %v769 : i64
      %v1132 = llvm.getelementptr %in_delta[%v1129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1133 = llvm.load %v1132 : !llvm.ptr -> f32
      %v1134 = arith.addi %v768, %v646 : i64
      %v1135 = arith.constant true
      %v1136 = arith.addi %v31, %v1134 : i64
      %v1137 = llvm.getelementptr %v21[%v1136] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1138 = llvm.load %v1137 : !llvm.ptr<3> -> i64
      %v1139 = arith.addi %v41, %v769 : i64
      %v1140 = arith.cmpi slt, %v1139, %size_L : i64
      %v1141 = arith.subi %size_L, %v2 : i64
      %v1142 = arith.minsi %v1139, %v1141 : i64
      %v1143 = arith.addi %v1138, %v1142 : i64
      %v1144 = arith.muli %v1136, %v269 : i64
      %v1145 = arith.addi %v1144, %v769 : i64
      %v1146 = llvm.getelementptr %in_delta[%v1143] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1147 = llvm.load %v1146 : !llvm.ptr -> f32
      %v1148 = arith.addi %v768, %v661 : i64
      %v1149 = arith.constant true
      %v1150 = arith.addi %v31, %v1148 : i64
      %v1151 = llvm.getelementptr %v21[%v1150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1152 = llvm.load %v1151 : !llvm.ptr<3> -> i64
      %v1153 = arith.addi %v41, %v769 : i64
      %v1154 = arith.cmpi slt, %v1153, %size_L : i64
      %v1155 = arith.subi %size_L, %v2 : i64
      %v1156 = arith.minsi %v1153, %v1155 : i64
      %v1157 = arith.addi %v1152, %v1156 : i64
      %v1158 = arith.muli %v1150, %v269 : i64
      %v1159 = arith.addi %v1158, %v769 : i64
      %v1160 = llvm.getelementptr %in_delta[%v1157] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1161 = llvm.load %v1160 : !llvm.ptr -> f32
      %v1162 = arith.addi %v768, %v676 : i64
      %v1163 = arith.constant true
      %v1164 = arith.addi %v31, %v1162 : i64
      %v1165 = llvm.getelementptr %v21[%v1164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1166 = llvm.load %v1165 : !llvm.ptr<3> -> i64
      %v1167 = arith.addi %v41, %v769 : i64
      %v1168 = arith.cmpi slt, %v1167, %size_L : i64
      %v1169 = arith.subi %size_L, %v2 : i64
      %v1170 = arith.minsi %v1167, %v1169 : i64
      %v1171 = arith.addi %v1166, %v1170 : i64
      %v1172 = arith.muli %v1164, %v269 : i64
      %v1173 = arith.addi %v1172, %v769 : i64
      %v1174 = llvm.getelementptr %in_delta[%v1171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1175 = llvm.load %v1174 : !llvm.ptr -> f32
      %v1176 = arith.addi %v768, %v691 : i64
      %v1177 = arith.constant true
      %v1178 = arith.addi %v31, %v1176 : i64
      %v1179 = llvm.getelementptr %v21[%v1178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1180 = llvm.load %v1179 : !llvm.ptr<3> -> i64
      %v1181 = arith.addi %v41, %v769 : i64
      %v1182 = arith.cmpi slt, %v1181, %size_L : i64
      %v1183 = arith.subi %size_L, %v2 : i64
      %v1184 = arith.minsi %v1181, %v1183 : i64
      %v1185 = arith.addi %v1180, %v1184 : i64
      %v1186 = arith.muli %v1178, %v269 : i64
      %v1187 = arith.addi %v1186, %v769 : i64
      %v1188 = llvm.getelementptr %in_delta[%v1185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1189 = llvm.load %v1188 : !llvm.ptr -> f32
      %v1190 = arith.addi %v768, %v706 : i64
      %v1191 = arith.constant true
      %v1192 = arith.addi %v31, %v1190 : i64
      %v1193 = llvm.getelementptr %v21[%v1192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1194 = llvm.load %v1193 : !llvm.ptr<3> -> i64
      %v1195 = arith.addi %v41, %v769 : i64
      %v1196 = arith.cmpi slt, %v1195, %size_L : i64
      %v1197 = arith.subi %size_L, %v2 : i64
      %v1198 = arith.minsi %v1195, %v1197 : i64
      %v1199 = arith.addi %v1194, %v1198 : i64
      %v1200 = arith.muli %v1192, %v269 : i64
      %v1201 = arith.addi %v1200, %v769 : i64
      %v1202 = llvm.getelementptr %in_delta[%v1199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1203 = llvm.load %v1202 : !llvm.ptr -> f32
      %v1204 = arith.addi %v768, %v721 : i64
      %v1205 = arith.constant true
      %v1206 = arith.addi %v31, %v1204 : i64
      %v1207 = llvm.getelementptr %v21[%v1206] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1208 = llvm.load %v1207 : !llvm.ptr<3> -> i64
      %v1209 = arith.addi %v41, %v769 : i64
      %v1210 = arith.cmpi slt, %v1209, %size_L : i64
      %v1211 = arith.subi %size_L, %v2 : i64
      %v1212 = arith.minsi %v1209, %v1211 : i64
      %v1213 = arith.addi %v1208, %v1212 : i64
      %v1214 = arith.muli %v1206, %v269 : i64
      %v1215 = arith.addi %v1214, %v769 : i64
      %v1216 = llvm.getelementptr %in_delta[%v1213] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1217 = llvm.load %v1216 : !llvm.ptr -> f32
      scf.if %v771 {
        %v1218 = llvm.getelementptr %v22[%v781] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v783, %v1218 : f32, !llvm.ptr<3>
      }
      scf.if %v785 {
        %v1219 = llvm.getelementptr %v22[%v795] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v797, %v1219 : f32, !llvm.ptr<3>
      }
      scf.if %v799 {
        %v1220 = llvm.getelementptr %v22[%v809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v811, %v1220 : f32, !llvm.ptr<3>
      }
      scf.if %v813 {
        %v1221 = llvm.getelementptr %v22[%v823] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v825, %v1221 : f32, !llvm.ptr<3>
      }
      scf.if %v827 {
        %v1222 = llvm.getelementptr %v22[%v837] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v839, %v1222 : f32, !llvm.ptr<3>
      }
      scf.if %v841 {
        %v1223 = llvm.getelementptr %v22[%v851] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v853, %v1223 : f32, !llvm.ptr<3>
      }
      scf.if %v855 {
        %v1224 = llvm.getelementptr %v22[%v865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v867, %v1224 : f32, !llvm.ptr<3>
      }
      scf.if %v869 {
        %v1225 = llvm.getelementptr %v22[%v879] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v881, %v1225 : f32, !llvm.ptr<3>
      }
      scf.if %v883 {
        %v1226 = llvm.getelementptr %v22[%v893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v895, %v1226 : f32, !llvm.ptr<3>
      }
      scf.if %v897 {
        %v1227 = llvm.getelementptr %v22[%v907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v909, %v1227 : f32, !llvm.ptr<3>
      }
      scf.if %v911 {
        %v1228 = llvm.getelementptr %v22[%v921] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v923, %v1228 : f32, !llvm.ptr<3>
      }
      scf.if %v925 {
        %v1229 = llvm.getelementptr %v22[%v935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v937, %v1229 : f32, !llvm.ptr<3>
      }
      scf.if %v939 {
        %v1230 = llvm.getelementptr %v22[%v949] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v951, %v1230 : f32, !llvm.ptr<3>
      }
      scf.if %v953 {
        %v1231 = llvm.getelementptr %v22[%v963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v965, %v1231 : f32, !llvm.ptr<3>
      }
      scf.if %v967 {
        %v1232 = llvm.getelementptr %v22[%v977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v979, %v1232 : f32, !llvm.ptr<3>
      }
      scf.if %v981 {
        %v1233 = llvm.getelementptr %v22[%v991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v993, %v1233 : f32, !llvm.ptr<3>
      }
      scf.if %v995 {
        %v1234 = llvm.getelementptr %v22[%v1005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1007, %v1234 : f32, !llvm.ptr<3>
      }
      scf.if %v1009 {
        %v1235 = llvm.getelementptr %v22[%v1019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1021, %v1235 : f32, !llvm.ptr<3>
      }
      scf.if %v1023 {
        %v1236 = llvm.getelementptr %v22[%v1033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1035, %v1236 : f32, !llvm.ptr<3>
      }
      scf.if %v1037 {
        %v1237 = llvm.getelementptr %v22[%v1047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1049, %v1237 : f32, !llvm.ptr<3>
      }
      scf.if %v1051 {
        %v1238 = llvm.getelementptr %v22[%v1061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1063, %v1238 : f32, !llvm.ptr<3>
      }
      scf.if %v1065 {
        %v1239 = llvm.getelementptr %v22[%v1075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1077, %v1239 : f32, !llvm.ptr<3>
      }
      scf.if %v1079 {
        %v1240 = llvm.getelementptr %v22[%v1089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1091, %v1240 : f32, !llvm.ptr<3>
      }
      scf.if %v1093 {
        %v1241 = llvm.getelementptr %v22[%v1103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1105, %v1241 : f32, !llvm.ptr<3>
      }
      scf.if %v1107 {
        %v1242 = llvm.getelementptr %v22[%v1117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1119, %v1242 : f32, !llvm.ptr<3>
      }
      scf.if %v1121 {
        %v1243 = llvm.getelementptr %v22[%v1131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1133, %v1243 : f32, !llvm.ptr<3>
      }
      scf.if %v1135 {
        %v1244 = llvm.getelementptr %v22[%v1145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1147, %v1244 : f32, !llvm.ptr<3>
      }
      scf.if %v1149 {
        %v1245 = llvm.getelementptr %v22[%v1159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1161, %v1245 : f32, !llvm.ptr<3>
      }
      scf.if %v1163 {
        %v1246 = llvm.getelementptr %v22[%v1173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1175, %v1246 : f32, !llvm.ptr<3>
      }
      scf.if %v1177 {
        %v1247 = llvm.getelementptr %v22[%v1187] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1189, %v1247 : f32, !llvm.ptr<3>
      }
      scf.if %v1191 {
        %v1248 = llvm.getelementptr %v22[%v1201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1203, %v1248 : f32, !llvm.ptr<3>
      }
      scf.if %v1205 {
        %v1249 = llvm.getelementptr %v22[%v1215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1217, %v1249 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1250 = arith.divui %v29, %v256 : i64
      %v1251 = arith.remui %v29, %v256 : i64
      %v1252 = arith.addi %v1250, %v41 : i64
      %v1253 = arith.constant true
      %v1255 = arith.addi %v1254, %v1252 : i64
      %v1256 = llvm.getelementptr %v21[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1257 = llvm.load %v1256 : !llvm.ptr<3> -> i64
      %v1258 = arith.addi %v41, %v1251 : i64
      %v1259 = arith.cmpi slt, %v1258, %size_L : i64
      %v1260 = arith.subi %size_L, %v2 : i64
      %v1261 = arith.minsi %v1258, %v1260 : i64
      %v1262 = arith.addi %v1257, %v1261 : i64
      %v1263 = arith.muli %v1255, %v269 : i64
      %v1264 = arith.addi %v1263, %v1251 : i64
      %v1265 = llvm.getelementptr %in_z[%v1262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1266 = llvm.load %v1265 : !llvm.ptr -> f32
      %v1267 = arith.addi %v1250, %v65 : i64
      %v1268 = arith.constant true
      %v1269 = arith.addi %v1254, %v1267 : i64
      %v1270 = llvm.getelementptr %v21[%v1269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1271 = llvm.load %v1270 : !llvm.ptr<3> -> i64
      %v1272 = arith.addi %v41, %v1251 : i64
      %v1273 = arith.cmpi slt, %v1272, %size_L : i64
      %v1274 = arith.subi %size_L, %v2 : i64
      %v1275 = arith.minsi %v1272, %v1274 : i64
      %v1276 = arith.addi %v1271, %v1275 : i64
      %v1277 = arith.muli %v1269, %v269 : i64
      %v1278 = arith.addi %v1277, %v1251 : i64
      %v1279 = llvm.getelementptr %in_z[%v1276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1280 = llvm.load %v1279 : !llvm.ptr -> f32
      %v1281 = arith.addi %v1250, %v288 : i64
      %v1282 = arith.constant true
      %v1283 = arith.addi %v1254, %v1281 : i64
      %v1284 = llvm.getelementptr %v21[%v1283] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1285 = llvm.load %v1284 : !llvm.ptr<3> -> i64
      %v1286 = arith.addi %v41, %v1251 : i64
      %v1287 = arith.cmpi slt, %v1286, %size_L : i64
      %v1288 = arith.subi %size_L, %v2 : i64
      %v1289 = arith.minsi %v1286, %v1288 : i64
      %v1290 = arith.addi %v1285, %v1289 : i64
      %v1291 = arith.muli %v1283, %v269 : i64
      %v1292 = arith.addi %v1291, %v1251 : i64
      %v1293 = llvm.getelementptr %in_z[%v1290] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1294 = llvm.load %v1293 : !llvm.ptr -> f32
      %v1295 = arith.addi %v1250, %v303 : i64
      %v1296 = arith.constant true
      %v1297 = arith.addi %v1254, %v1295 : i64
      %v1298 = llvm.getelementptr %v21[%v1297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1299 = llvm.load %v1298 : !llvm.ptr<3> -> i64
      %v1300 = arith.addi %v41, %v1251 : i64
      %v1301 = arith.cmpi slt, %v1300, %size_L : i64
      %v1302 = arith.subi %size_L, %v2 : i64
      %v1303 = arith.minsi %v1300, %v1302 : i64
      %v1304 = arith.addi %v1299, %v1303 : i64
      %v1305 = arith.muli %v1297, %v269 : i64
      %v1306 = arith.addi %v1305, %v1251 : i64
      %v1307 = llvm.getelementptr %in_z[%v1304] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1308 = llvm.load %v1307 : !llvm.ptr -> f32
      %v1309 = arith.addi %v1250, %v318 : i64
      %v1310 = arith.constant true
      %v1311 = arith.addi %v1254, %v1309 : i64
      %v1312 = llvm.getelementptr %v21[%v1311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1313 = llvm.load %v1312 : !llvm.ptr<3> -> i64
      %v1314 = arith.addi %v41, %v1251 : i64
      %v1315 = arith.cmpi slt, %v1314, %size_L : i64
      %v1316 = arith.subi %size_L, %v2 : i64
      %v1317 = arith.minsi %v1314, %v1316 : i64
      %v1318 = arith.addi %v1313, %v1317 : i64
      %v1319 = arith.muli %v1311, %v269 : i64
      %v1320 = arith.addi %v1319, %v1251 : i64
      %v1321 = llvm.getelementptr %in_z[%v1318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1322 = llvm.load %v1321 : !llvm.ptr -> f32
      %v1323 = arith.addi %v1250, %v333 : i64
      %v1324 = arith.constant true
      %v1325 = arith.addi %v1254, %v1323 : i64
      %v1326 = llvm.getelementptr %v21[%v1325] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1327 = llvm.load %v1326 : !llvm.ptr<3> -> i64
      %v1328 = arith.addi %v41, %v1251 : i64
      %v1329 = arith.cmpi slt, %v1328, %size_L : i64
      %v1330 = arith.subi %size_L, %v2 : i64
      %v1331 = arith.minsi %v1328, %v1330 : i64
      %v1332 = arith.addi %v1327, %v1331 : i64
      %v1333 = arith.muli %v1325, %v269 : i64
      %v1334 = arith.addi %v1333, %v1251 : i64
      %v1335 = llvm.getelementptr %in_z[%v1332] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1336 = llvm.load %v1335 : !llvm.ptr -> f32
      %v1337 = arith.addi %v1250, %v348 : i64
      %v1338 = arith.constant true
      %v1339 = arith.addi %v1254, %v1337 : i64
      %v1340 = llvm.getelementptr %v21[%v1339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1341 = llvm.load %v1340 : !llvm.ptr<3> -> i64
      %v1342 = arith.addi %v41, %v1251 : i64
      %v1343 = arith.cmpi slt, %v1342, %size_L : i64
      %v1344 = arith.subi %size_L, %v2 : i64
      %v1345 = arith.minsi %v1342, %v1344 : i64
      %v1346 = arith.addi %v1341, %v1345 : i64
      %v1347 = arith.muli %v1339, %v269 : i64
      %v1348 = arith.addi %v1347, %v1251 : i64
      %v1349 = llvm.getelementptr %in_z[%v1346] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1350 = llvm.load %v1349 : !llvm.ptr -> f32
      %v1351 = arith.addi %v1250, %v363 : i64
      %v1352 = arith.constant true
      %v1353 = arith.addi %v1254, %v1351 : i64
      %v1354 = llvm.getelementptr %v21[%v1353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1355 = llvm.load %v1354 : !llvm.ptr<3> -> i64
      %v1356 = arith.addi %v41, %v1251 : i64
      %v1357 = arith.cmpi slt, %v1356, %size_L : i64
      %v1358 = arith.subi %size_L, %v2 : i64
      %v1359 = arith.minsi %v1356, %v1358 : i64
      %v1360 = arith.addi %v1355, %v1359 : i64
      %v1361 = arith.muli %v1353, %v269 : i64
      %v1362 = arith.addi %v1361, %v1251 : i64
      %v1363 = llvm.getelementptr %in_z[%v1360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1364 = llvm.load %v1363 : !llvm.ptr -> f32
      %v1365 = arith.addi %v1250, %v1 : i64
      %v1366 = arith.constant true
      %v1367 = arith.addi %v1254, %v1365 : i64
      %v1368 = llvm.getelementptr %v21[%v1367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1369 = llvm.load %v1368 : !llvm.ptr<3> -> i64
      %v1370 = arith.addi %v41, %v1251 : i64
      %v1371 = arith.cmpi slt, %v1370, %size_L : i64
      %v1372 = arith.subi %size_L, %v2 : i64
      %v1373 = arith.minsi %v1370, %v1372 : i64
      %v1374 = arith.addi %v1369, %v1373 : i64
      %v1375 = arith.muli %v1367, %v269 : i64
      %v1376 = arith.addi %v1375, %v1251 : i64
      %v1377 = llvm.getelementptr %in_z[%v1374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1378 = llvm.load %v1377 : !llvm.ptr -> f32
      %v1379 = arith.addi %v1250, %v392 : i64
      %v1380 = arith.constant true
      %v1381 = arith.addi %v1254, %v1379 : i64
      %v1382 = llvm.getelementptr %v21[%v1381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1383 = llvm.load %v1382 : !llvm.ptr<3> -> i64
      %v1384 = arith.addi %v41, %v1251 : i64
      %v1385 = arith.cmpi slt, %v1384, %size_L : i64
      %v1386 = arith.subi %size_L, %v2 : i64
      %v1387 = arith.minsi %v1384, %v1386 : i64
      %v1388 = arith.addi %v1383, %v1387 : i64
      %v1389 = arith.muli %v1381, %v269 : i64
      %v1390 = arith.addi %v1389, %v1251 : i64
      %v1391 = llvm.getelementptr %in_z[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
      %v1393 = arith.addi %v1250, %v407 : i64
      %v1394 = arith.constant true
      %v1395 = arith.addi %v1254, %v1393 : i64
      %v1396 = llvm.getelementptr %v21[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1397 = llvm.load %v1396 : !llvm.ptr<3> -> i64
      %v1398 = arith.addi %v41, %v1251 : i64
      %v1399 = arith.cmpi slt, %v1398, %size_L : i64
      %v1400 = arith.subi %size_L, %v2 : i64
      %v1401 = arith.minsi %v1398, %v1400 : i64
      %v1402 = arith.addi %v1397, %v1401 : i64
      %v1403 = arith.muli %v1395, %v269 : i64
      %v1404 = arith.addi %v1403, %v1251 : i64
      %v1405 = llvm.getelementptr %in_z[%v1402] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1406 = llvm.load %v1405 : !llvm.ptr -> f32
      %v1407 = arith.addi %v1250, %v422 : i64
      %v1408 = arith.constant true
      %v1409 = arith.addi %v1254, %v1407 : i64
      %v1410 = llvm.getelementptr %v21[%v1409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1411 = llvm.load %v1410 : !llvm.ptr<3> -> i64
      %v1412 = arith.addi %v41, %v1251 : i64
      %v1413 = arith.cmpi slt, %v1412, %size_L : i64
      %v1414 = arith.subi %size_L, %v2 : i64
      %v1415 = arith.minsi %v1412, %v1414 : i64
      %v1416 = arith.addi %v1411, %v1415 : i64
      %v1417 = arith.muli %v1409, %v269 : i64
      %v1418 = arith.addi %v1417, %v1251 : i64
      %v1419 = llvm.getelementptr %in_z[%v1416] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1420 = llvm.load %v1419 : !llvm.ptr -> f32
      %v1421 = arith.addi %v1250, %v437 : i64
      %v1422 = arith.constant true
      %v1423 = arith.addi %v1254, %v1421 : i64
      %v1424 = llvm.getelementptr %v21[%v1423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1425 = llvm.load %v1424 : !llvm.ptr<3> -> i64
      %v1426 = arith.addi %v41, %v1251 : i64
      %v1427 = arith.cmpi slt, %v1426, %size_L : i64
      %v1428 = arith.subi %size_L, %v2 : i64
      %v1429 = arith.minsi %v1426, %v1428 : i64
      %v1430 = arith.addi %v1425, %v1429 : i64
      %v1431 = arith.muli %v1423, %v269 : i64
      %v1432 = arith.addi %v1431, %v1251 : i64
      %v1433 = llvm.getelementptr %in_z[%v1430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1434 = llvm.load %v1433 : !llvm.ptr -> f32
      %v1435 = arith.addi %v1250, %v452 : i64
      %v1436 = arith.constant true
      %v1437 = arith.addi %v1254, %v1435 : i64
      %v1438 = llvm.getelementptr %v21[%v1437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1439 = llvm.load %v1438 : !llvm.ptr<3> -> i64
      %v1440 = arith.addi %v41, %v1251 : i64
      %v1441 = arith.cmpi slt, %v1440, %size_L : i64
      %v1442 = arith.subi %size_L, %v2 : i64
      %v1443 = arith.minsi %v1440, %v1442 : i64
      %v1444 = arith.addi %v1439, %v1443 : i64
      %v1445 = arith.muli %v1437, %v269 : i64
      %v1446 = arith.addi %v1445, %v1251 : i64
      %v1447 = llvm.getelementptr %in_z[%v1444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1448 = llvm.load %v1447 : !llvm.ptr -> f32
      %v1449 = arith.addi %v1250, %v467 : i64
      %v1450 = arith.constant true
      %v1451 = arith.addi %v1254, %v1449 : i64
      %v1452 = llvm.getelementptr %v21[%v1451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1453 = llvm.load %v1452 : !llvm.ptr<3> -> i64
      %v1454 = arith.addi %v41, %v1251 : i64
      %v1455 = arith.cmpi slt, %v1454, %size_L : i64
      %v1456 = arith.subi %size_L, %v2 : i64
      %v1457 = arith.minsi %v1454, %v1456 : i64
      %v1458 = arith.addi %v1453, %v1457 : i64
      %v1459 = arith.muli %v1451, %v269 : i64
      %v1460 = arith.addi %v1459, %v1251 : i64
      %v1461 = llvm.getelementptr %in_z[%v1458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1462 = llvm.load %v1461 : !llvm.ptr -> f32
      %v1463 = arith.addi %v1250, %v482 : i64
      %v1464 = arith.constant true
      %v1465 = arith.addi %v1254, %v1463 : i64
      %v1466 = llvm.getelementptr %v21[%v1465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1467 = llvm.load %v1466 : !llvm.ptr<3> -> i64
      %v1468 = arith.addi %v41, %v1251 : i64
      %v1469 = arith.cmpi slt, %v1468, %size_L : i64
      %v1470 = arith.subi %size_L, %v2 : i64
      %v1471 = arith.minsi %v1468, %v1470 : i64
      %v1472 = arith.addi %v1467, %v1471 : i64
      %v1473 = arith.muli %v1465, %v269 : i64
      %v1474 = arith.addi %v1473, %v1251 : i64
      %v1475 = llvm.getelementptr %in_z[%v1472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1476 = llvm.load %v1475 : !llvm.ptr -> f32
      %v1477 = arith.addi %v1250, %v256 : i64
      %v1478 = arith.constant true
      %v1479 = arith.addi %v1254, %v1477 : i64
      %v1480 = llvm.getelementptr %v21[%v1479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1481 = llvm.load %v1480 : !llvm.ptr<3> -> i64
      %v1482 = arith.addi %v41, %v1251 : i64
      %v1483 = arith.cmpi slt, %v1482, %size_L : i64
      %v1484 = arith.subi %size_L, %v2 : i64
      %v1485 = arith.minsi %v1482, %v1484 : i64
      %v1486 = arith.addi %v1481, %v1485 : i64
      %v1487 = arith.muli %v1479, %v269 : i64
      %v1488 = arith.addi %v1487, %v1251 : i64
      %v1489 = llvm.getelementptr %in_z[%v1486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1490 = llvm.load %v1489 : !llvm.ptr -> f32
      %v1491 = arith.addi %v1250, %v511 : i64
      %v1492 = arith.constant true
      %v1493 = arith.addi %v1254, %v1491 : i64
      %v1494 = llvm.getelementptr %v21[%v1493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1495 = llvm.load %v1494 : !llvm.ptr<3> -> i64
      %v1496 = arith.addi %v41, %v1251 : i64
      %v1497 = arith.cmpi slt, %v1496, %size_L : i64
      %v1498 = arith.subi %size_L, %v2 : i64
      %v1499 = arith.minsi %v1496, %v1498 : i64
      %v1500 = arith.addi %v1495, %v1499 : i64
      %v1501 = arith.muli %v1493, %v269 : i64
      %v1502 = arith.addi %v1501, %v1251 : i64
      %v1503 = llvm.getelementptr %in_z[%v1500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1504 = llvm.load %v1503 : !llvm.ptr -> f32
      %v1505 = arith.addi %v1250, %v526 : i64
      %v1506 = arith.constant true
      %v1507 = arith.addi %v1254, %v1505 : i64
      %v1508 = llvm.getelementptr %v21[%v1507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1509 = llvm.load %v1508 : !llvm.ptr<3> -> i64
      %v1510 = arith.addi %v41, %v1251 : i64
      %v1511 = arith.cmpi slt, %v1510, %size_L : i64
      %v1512 = arith.subi %size_L, %v2 : i64
      %v1513 = arith.minsi %v1510, %v1512 : i64
      %v1514 = arith.addi %v1509, %v1513 : i64
      %v1515 = arith.muli %v1507, %v269 : i64
      %v1516 = arith.addi %v1515, %v1251 : i64
      %v1517 = llvm.getelementptr %in_z[%v1514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1518 = llvm.load %v1517 : !llvm.ptr -> f32
      %v1519 = arith.addi %v1250, %v541 : i64
      %v1520 = arith.constant true
      %v1521 = arith.addi %v1254, %v1519 : i64
      %v1522 = llvm.getelementptr %v21[%v1521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1523 = llvm.load %v1522 : !llvm.ptr<3> -> i64
      %v1524 = arith.addi %v41, %v1251 : i64
      %v1525 = arith.cmpi slt, %v1524, %size_L : i64
      %v1526 = arith.subi %size_L, %v2 : i64
      %v1527 = arith.minsi %v1524, %v1526 : i64
      %v1528 = arith.addi %v1523, %v1527 : i64
      %v1529 = arith.muli %v1521, %v269 : i64
      %v1530 = arith.addi %v1529, %v1251 : i64
      %v1531 = llvm.getelementptr %in_z[%v1528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1532 = llvm.load %v1531 : !llvm.ptr -> f32
      %v1533 = arith.addi %v1250, %v556 : i64
      %v1534 = arith.constant true
      %v1535 = arith.addi %v1254, %v1533 : i64
      %v1536 = llvm.getelementptr %v21[%v1535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1537 = llvm.load %v1536 : !llvm.ptr<3> -> i64
      %v1538 = arith.addi %v41, %v1251 : i64
      %v1539 = arith.cmpi slt, %v1538, %size_L : i64
      %v1540 = arith.subi %size_L, %v2 : i64
      %v1541 = arith.minsi %v1538, %v1540 : i64
      %v1542 = arith.addi %v1537, %v1541 : i64
      %v1543 = arith.muli %v1535, %v269 : i64
      %v1544 = arith.addi %v1543, %v1251 : i64
      %v1545 = llvm.getelementptr %in_z[%v1542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1546 = llvm.load %v1545 : !llvm.ptr -> f32
      %v1547 = arith.addi %v1250, %v571 : i64
      %v1548 = arith.constant true
      %v1549 = arith.addi %v1254, %v1547 : i64
      %v1550 = llvm.getelementptr %v21[%v1549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1551 = llvm.load %v1550 : !llvm.ptr<3> -> i64
      %v1552 = arith.addi %v41, %v1251 : i64
      %v1553 = arith.cmpi slt, %v1552, %size_L : i64
      %v1554 = arith.subi %size_L, %v2 : i64
      %v1555 = arith.minsi %v1552, %v1554 : i64
      %v1556 = arith.addi %v1551, %v1555 : i64
      %v1557 = arith.muli %v1549, %v269 : i64
      %v1558 = arith.addi %v1557, %v1251 : i64
      %v1559 = llvm.getelementptr %in_z[%v1556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
      %v1561 = arith.addi %v1250, %v586 : i64
      %v1562 = arith.constant true
      %v1563 = arith.addi %v1254, %v1561 : i64
      %v1564 = llvm.getelementptr %v21[%v1563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1565 = llvm.load %v1564 : !llvm.ptr<3> -> i64
      %v1566 = arith.addi %v41, %v1251 : i64
      %v1567 = arith.cmpi slt, %v1566, %size_L : i64
      %v1568 = arith.subi %size_L, %v2 : i64
      %v1569 = arith.minsi %v1566, %v1568 : i64
      %v1570 = arith.addi %v1565, %v1569 : i64
      %v1571 = arith.muli %v1563, %v269 : i64
      %v1572 = arith.addi %v1571, %v1251 : i64
      %v1573 = llvm.getelementptr %in_z[%v1570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1574 = llvm.load %v1573 : !llvm.ptr -> f32
      %v1575 = arith.addi %v1250, %v601 : i64
      %v1576 = arith.constant true
      %v1577 = arith.addi %v1254, %v1575 : i64
      %v1578 = llvm.getelementptr %v21[%v1577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1579 = llvm.load %v1578 : !llvm.ptr<3> -> i64
      %v1580 = arith.addi %v41, %v1251 : i64
      %v1581 = arith.cmpi slt, %v1580, %size_L : i64
      %v1582 = arith.subi %size_L, %v2 : i64
      %v1583 = arith.minsi %v1580, %v1582 : i64
      %v1584 = arith.addi %v1579, %v1583 : i64
      %v1585 = arith.muli %v1577, %v269 : i64
      %v1586 = arith.addi %v1585, %v1251 : i64
      %v1587 = llvm.getelementptr %in_z[%v1584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1588 = llvm.load %v1587 : !llvm.ptr -> f32
      %v1589 = arith.addi %v1250, %v616 : i64
      %v1590 = arith.constant true
      %v1591 = arith.addi %v1254, %v1589 : i64
      %v1592 = llvm.getelementptr %v21[%v1591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1593 = llvm.load %v1592 : !llvm.ptr<3> -> i64
      %v1594 = arith.addi %v41, %v1251 : i64
      %v1595 = arith.cmpi slt, %v1594, %size_L : i64
      %v1596 = arith.subi %size_L, %v2 : i64
      %v1597 = arith.minsi %v1594, %v1596 : i64
      %v1598 = arith.addi %v1593, %v1597 : i64
      %v1599 = arith.muli %v1591, %v269 : i64
      %v1600 = arith.addi %v1599, %v1251 : i64
      %v1601 = llvm.getelementptr %in_z[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
      %v1603 = arith.addi %v1250, %v631 : i64
      %v1604 = arith.constant true
      %v1605 = arith.addi %v1254, %v1603 : i64
      %v1606 = llvm.getelementptr %v21[%v1605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1607 = llvm.load %v1606 : !llvm.ptr<3> -> i64
      %v1608 = arith.addi %v41, %v1251 : i64
      %v1609 = arith.cmpi slt, %v1608, %size_L : i64
      %v1610 = arith.subi %size_L, %v2 : i64
      %v1611 = arith.minsi %v1608, %v1610 : i64
      %v1612 = arith.addi %v1607, %v1611 : i64
      %v1613 = arith.muli %v1605, %v269 : i64
      %v1614 = arith.addi %v1613, %v1251 : i64
      %v1615 = llvm.getelementptr %in_z[%v1612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1616 = llvm.load %v1615 : !llvm.ptr -> f32
      %v1617 = arith.addi %v1250, %v646 : i64
      %v1618 = arith.constant true
      %v1619 = arith.addi %v1254, %v1617 : i64
      %v1620 = llvm.getelementptr %v21[%v1619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1621 = llvm.load %v1620 : !llvm.ptr<3> -> i64
      %v1622 = arith.addi %v41, %v1251 : i64
      %v1623 = arith.cmpi slt, %v1622, %size_L : i64
      %v1624 = arith.subi %size_L, %v2 : i64
      %v1625 = arith.minsi %v1622, %v1624 : i64
      %v1626 = arith.addi %v1621, %v1625 : i64
      %v1627 = arith.muli %v1619, %v269 : i64
      %v1628 = arith.addi %v1627, %v1251 : i64
      %v1629 = llvm.getelementptr %in_z[%v1626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1630 = llvm.load %v1629 : !llvm.ptr -> f32
      %v1631 = arith.addi %v1250, %v661 : i64
      %v1632 = arith.constant true
      %v1633 = arith.addi %v1254, %v1631 : i64
      %v1634 = llvm.getelementptr %v21[%v1633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1635 = llvm.load %v1634 : !llvm.ptr<3> -> i64
      %v1636 = arith.addi %v41, %v1251 : i64
      %v1637 = arith.cmpi slt, %v1636, %size_L : i64
      %v1638 = arith.subi %size_L, %v2 : i64
      %v1639 = arith.minsi %v1636, %v1638 : i64
      %v1640 = arith.addi %v1635, %v1639 : i64
      %v1641 = arith.muli %v1633, %v269 : i64
      %v1642 = arith.addi %v1641, %v1251 : i64
      %v1643 = llvm.getelementptr %in_z[%v1640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1644 = llvm.load %v1643 : !llvm.ptr -> f32
      %v1645 = arith.addi %v1250, %v676 : i64
      %v1646 = arith.constant true
      %v1647 = arith.addi %v1254, %v1645 : i64
      %v1648 = llvm.getelementptr %v21[%v1647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1649 = llvm.load %v1648 : !llvm.ptr<3> -> i64
      %v1650 = arith.addi %v41, %v1251 : i64
      %v1651 = arith.cmpi slt, %v1650, %size_L : i64
      %v1652 = arith.subi %size_L, %v2 : i64
      %v1653 = arith.minsi %v1650, %v1652 : i64
      %v1654 = arith.addi %v1649, %v1653 : i64
      %v1655 = arith.muli %v1647, %v269 : i64
      %v1656 = arith.addi %v1655, %v1251 : i64
      %v1657 = llvm.getelementptr %in_z[%v1654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1658 = llvm.load %v1657 : !llvm.ptr -> f32
      %v1659 = arith.addi %v1250, %v691 : i64
      %v1660 = arith.constant true
      %v1661 = arith.addi %v1254, %v1659 : i64
      %v1662 = llvm.getelementptr %v21[%v1661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1663 = llvm.load %v1662 : !llvm.ptr<3> -> i64
      %v1664 = arith.addi %v41, %v1251 : i64
      %v1665 = arith.cmpi slt, %v1664, %size_L : i64
      %v1666 = arith.subi %size_L, %v2 : i64
      %v1667 = arith.minsi %v1664, %v1666 : i64
      %v1668 = arith.addi %v1663, %v1667 : i64
      %v1669 = arith.muli %v1661, %v269 : i64
      %v1670 = arith.addi %v1669, %v1251 : i64
      %v1671 = llvm.getelementptr %in_z[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
      %v1673 = arith.addi %v1250, %v706 : i64
      %v1674 = arith.constant true
      %v1675 = arith.addi %v1254, %v1673 : i64
      %v1676 = llvm.getelementptr %v21[%v1675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1677 = llvm.load %v1676 : !llvm.ptr<3> -> i64
      %v1678 = arith.addi %v41, %v1251 : i64
      %v1679 = arith.cmpi slt, %v1678, %size_L : i64
      %v1680 = arith.subi %size_L, %v2 : i64
      %v1681 = arith.minsi %v1678, %v1680 : i64
      %v1682 = arith.addi %v1677, %v1681 : i64
      %v1683 = arith.muli %v1675, %v269 : i64
      %v1684 = arith.addi %v1683, %v1251 : i64
      %v1685 = llvm.getelementptr %in_z[%v1682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1686 = llvm.load %v1685 : !llvm.ptr -> f32
      %v1687 = arith.addi %v1250, %v721 : i64
      %v1688 = arith.constant true
      %v1689 = arith.addi %v1254, %v1687 : i64
      %v1690 = llvm.getelementptr %v21[%v1689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1691 = llvm.load %v1690 : !llvm.ptr<3> -> i64
      %v1692 = arith.addi %v41, %v1251 : i64
      %v1693 = arith.cmpi slt, %v1692, %size_L : i64
      %v1694 = arith.subi %size_L, %v2 : i64
      %v1695 = arith.minsi %v1692, %v1694 : i64
      %v1696 = arith.addi %v1691, %v1695 : i64
      %v1697 = arith.muli %v1689, %v269 : i64
      %v1698 = arith.addi %v1697, %v1251 : i64
      %v1699 = llvm.getelementptr %in_z[%v1696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1700 = llvm.load %v1699 : !llvm.ptr -> f32
      scf.if %v1253 {
        %v1701 = llvm.getelementptr %v22[%v1264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1266, %v1701 : f32, !llvm.ptr<3>
      }
      scf.if %v1268 {
        %v1702 = llvm.getelementptr %v22[%v1278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1280, %v1702 : f32, !llvm.ptr<3>
      }
      scf.if %v1282 {
        %v1703 = llvm.getelementptr %v22[%v1292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1294, %v1703 : f32, !llvm.ptr<3>
      }
      scf.if %v1296 {
        %v1704 = llvm.getelementptr %v22[%v1306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1308, %v1704 : f32, !llvm.ptr<3>
      }
      scf.if %v1310 {
        %v1705 = llvm.getelementptr %v22[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1322, %v1705 : f32, !llvm.ptr<3>
      }
      scf.if %v1324 {
        %v1706 = llvm.getelementptr %v22[%v1334] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1336, %v1706 : f32, !llvm.ptr<3>
      }
      scf.if %v1338 {
        %v1707 = llvm.getelementptr %v22[%v1348] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1350, %v1707 : f32, !llvm.ptr<3>
      }
      scf.if %v1352 {
        %v1708 = llvm.getelementptr %v22[%v1362] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1364, %v1708 : f32, !llvm.ptr<3>
      }
      scf.if %v1366 {
        %v1709 = llvm.getelementptr %v22[%v1376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1378, %v1709 : f32, !llvm.ptr<3>
      }
      scf.if %v1380 {
        %v1710 = llvm.getelementptr %v22[%v1390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1392, %v1710 : f32, !llvm.ptr<3>
      }
      scf.if %v1394 {
        %v1711 = llvm.getelementptr %v22[%v1404] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1406, %v1711 : f32, !llvm.ptr<3>
      }
      scf.if %v1408 {
        %v1712 = llvm.getelementptr %v22[%v1418] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1420, %v1712 : f32, !llvm.ptr<3>
      }
      scf.if %v1422 {
        %v1713 = llvm.getelementptr %v22[%v1432] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1434, %v1713 : f32, !llvm.ptr<3>
      }
      scf.if %v1436 {
        %v1714 = llvm.getelementptr %v22[%v1446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1448, %v1714 : f32, !llvm.ptr<3>
      }
      scf.if %v1450 {
        %v1715 = llvm.getelementptr %v22[%v1460] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1462, %v1715 : f32, !llvm.ptr<3>
      }
      scf.if %v1464 {
        %v1716 = llvm.getelementptr %v22[%v1474] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1476, %v1716 : f32, !llvm.ptr<3>
      }
      scf.if %v1478 {
        %v1717 = llvm.getelementptr %v22[%v1488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1490, %v1717 : f32, !llvm.ptr<3>
      }
      scf.if %v1492 {
        %v1718 = llvm.getelementptr %v22[%v1502] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1504, %v1718 : f32, !llvm.ptr<3>
      }
      scf.if %v1506 {
        %v1719 = llvm.getelementptr %v22[%v1516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1518, %v1719 : f32, !llvm.ptr<3>
      }
      scf.if %v1520 {
        %v1720 = llvm.getelementptr %v22[%v1530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1532, %v1720 : f32, !llvm.ptr<3>
      }
      scf.if %v1534 {
        %v1721 = llvm.getelementptr %v22[%v1544] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1546, %v1721 : f32, !llvm.ptr<3>
      }
      scf.if %v1548 {
        %v1722 = llvm.getelementptr %v22[%v1558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1560, %v1722 : f32, !llvm.ptr<3>
      }
      scf.if %v1562 {
        %v1723 = llvm.getelementptr %v22[%v1572] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1574, %v1723 : f32, !llvm.ptr<3>
      }
      scf.if %v1576 {
        %v1724 = llvm.getelementptr %v22[%v1586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1588, %v1724 : f32, !llvm.ptr<3>
      }
      scf.if %v1590 {
        %v1725 = llvm.getelementptr %v22[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1602, %v1725 : f32, !llvm.ptr<3>
      }
      scf.if %v1604 {
        %v1726 = llvm.getelementptr %v22[%v1614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1616, %v1726 : f32, !llvm.ptr<3>
      }
      scf.if %v1618 {
        %v1727 = llvm.getelementptr %v22[%v1628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1630, %v1727 : f32, !llvm.ptr<3>
      }
      scf.if %v1632 {
        %v1728 = llvm.getelementptr %v22[%v1642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1644, %v1728 : f32, !llvm.ptr<3>
      }
      scf.if %v1646 {
        %v1729 = llvm.getelementptr %v22[%v1656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1658, %v1729 : f32, !llvm.ptr<3>
      }
      scf.if %v1660 {
        %v1730 = llvm.getelementptr %v22[%v1670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1672, %v1730 : f32, !llvm.ptr<3>
      }
      scf.if %v1674 {
        %v1731 = llvm.getelementptr %v22[%v1684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1686, %v1731 : f32, !llvm.ptr<3>
      }
      scf.if %v1688 {
        %v1732 = llvm.getelementptr %v22[%v1698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1700, %v1732 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1733 = arith.index_cast %v41 : i64 to index
      %v1734 = arith.index_cast %size_L : i64 to index
      %v1735 = arith.index_cast %v256 : i64 to index
      scf.for %v1736 = %v1733 to %v1734 step %v1735 {
        %v1737 = arith.index_cast %v1736 : index to i64
        %v1738 = arith.subi %size_L, %v1737 : i64
        %v1739 = arith.minsi %v1738, %v256 : i64
        %v1740 = arith.addi %v1737, %v256 : i64
        %v1741 = arith.divui %v29, %v256 : i64
        %v1742 = arith.remui %v29, %v256 : i64
        %v1743 = arith.addi %v1741, %v41 : i64
        %v1744 = arith.constant true
        %v1745 = arith.addi %v41, %v1743 : i64
        %v1746 = llvm.getelementptr %v21[%v1745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1747 = llvm.load %v1746 : !llvm.ptr<3> -> i64
        %v1748 = arith.addi %v1740, %v1742 : i64
        %v1749 = arith.cmpi slt, %v1748, %size_L : i64
        %v1750 = arith.subi %size_L, %v2 : i64
        %v1751 = arith.minsi %v1748, %v1750 : i64
        %v1752 = arith.addi %v1747, %v1751 : i64
        %v1753 = arith.muli %v1745, %v269 : i64
        %v1754 = arith.addi %v1753, %v1742 : i64
        %v1755 = llvm.getelementptr %in_u[%v1752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1756 = llvm.load %v1755 : !llvm.ptr -> f32
        %v1757 = arith.addi %v1741, %v65 : i64
        %v1758 = arith.constant true
        %v1759 = arith.addi %v41, %v1757 : i64
        %v1760 = llvm.getelementptr %v21[%v1759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1761 = llvm.load %v1760 : !llvm.ptr<3> -> i64
        %v1762 = arith.addi %v1740, %v1742 : i64
        %v1763 = arith.cmpi slt, %v1762, %size_L : i64
        %v1764 = arith.subi %size_L, %v2 : i64
        %v1765 = arith.minsi %v1762, %v1764 : i64
        %v1766 = arith.addi %v1761, %v1765 : i64
        %v1767 = arith.muli %v1759, %v269 : i64
        %v1768 = arith.addi %v1767, %v1742 : i64
        %v1769 = llvm.getelementptr %in_u[%v1766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1770 = llvm.load %v1769 : !llvm.ptr -> f32
        %v1771 = arith.addi %v1741, %v288 : i64
        %v1772 = arith.constant true
        %v1773 = arith.addi %v41, %v1771 : i64
        %v1774 = llvm.getelementptr %v21[%v1773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1775 = llvm.load %v1774 : !llvm.ptr<3> -> i64
        %v1776 = arith.addi %v1740, %v1742 : i64
        %v1777 = arith.cmpi slt, %v1776, %size_L : i64
        %v1778 = arith.subi %size_L, %v2 : i64
        %v1779 = arith.minsi %v1776, %v1778 : i64
        %v1780 = arith.addi %v1775, %v1779 : i64
        %v1781 = arith.muli %v1773, %v269 : i64
        %v1782 = arith.addi %v1781, %v1742 : i64
        %v1783 = llvm.getelementptr %in_u[%v1780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1784 = llvm.load %v1783 : !llvm.ptr -> f32
        %v1785 = arith.addi %v1741, %v303 : i64
        %v1786 = arith.constant true
        %v1787 = arith.addi %v41, %v1785 : i64
        %v1788 = llvm.getelementptr %v21[%v1787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1789 = llvm.load %v1788 : !llvm.ptr<3> -> i64
        %v1790 = arith.addi %v1740, %v1742 : i64
        %v1791 = arith.cmpi slt, %v1790, %size_L : i64
        %v1792 = arith.subi %size_L, %v2 : i64
        %v1793 = arith.minsi %v1790, %v1792 : i64
        %v1794 = arith.addi %v1789, %v1793 : i64
        %v1795 = arith.muli %v1787, %v269 : i64
        %v1796 = arith.addi %v1795, %v1742 : i64
        %v1797 = llvm.getelementptr %in_u[%v1794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1798 = llvm.load %v1797 : !llvm.ptr -> f32
        %v1799 = arith.addi %v1741, %v318 : i64
        %v1800 = arith.constant true
        %v1801 = arith.addi %v41, %v1799 : i64
        %v1802 = llvm.getelementptr %v21[%v1801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1803 = llvm.load %v1802 : !llvm.ptr<3> -> i64
        %v1804 = arith.addi %v1740, %v1742 : i64
        %v1805 = arith.cmpi slt, %v1804, %size_L : i64
        %v1806 = arith.subi %size_L, %v2 : i64
        %v1807 = arith.minsi %v1804, %v1806 : i64
        %v1808 = arith.addi %v1803, %v1807 : i64
        %v1809 = arith.muli %v1801, %v269 : i64
        %v1810 = arith.addi %v1809, %v1742 : i64
        %v1811 = llvm.getelementptr %in_u[%v1808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1812 = llvm.load %v1811 : !llvm.ptr -> f32
        %v1813 = arith.addi %v1741, %v333 : i64
        %v1814 = arith.constant true
        %v1815 = arith.addi %v41, %v1813 : i64
        %v1816 = llvm.getelementptr %v21[%v1815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1817 = llvm.load %v1816 : !llvm.ptr<3> -> i64
        %v1818 = arith.addi %v1740, %v1742 : i64
        %v1819 = arith.cmpi slt, %v1818, %size_L : i64
        %v1820 = arith.subi %size_L, %v2 : i64
        %v1821 = arith.minsi %v1818, %v1820 : i64
        %v1822 = arith.addi %v1817, %v1821 : i64
        %v1823 = arith.muli %v1815, %v269 : i64
        %v1824 = arith.addi %v1823, %v1742 : i64
        %v1825 = llvm.getelementptr %in_u[%v1822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1826 = llvm.load %v1825 : !llvm.ptr -> f32
        %v1827 = arith.addi %v1741, %v348 : i64
        %v1828 = arith.constant true
        %v1829 = arith.addi %v41, %v1827 : i64
        %v1830 = llvm.getelementptr %v21[%v1829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1831 = llvm.load %v1830 : !llvm.ptr<3> -> i64
        %v1832 = arith.addi %v1740, %v1742 : i64
        %v1833 = arith.cmpi slt, %v1832, %size_L : i64
        %v1834 = arith.subi %size_L, %v2 : i64
        %v1835 = arith.minsi %v1832, %v1834 : i64
        %v1836 = arith.addi %v1831, %v1835 : i64
        %v1837 = arith.muli %v1829, %v269 : i64
        %v1838 = arith.addi %v1837, %v1742 : i64
        %v1839 = llvm.getelementptr %in_u[%v1836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1840 = llvm.load %v1839 : !llvm.ptr -> f32
        %v1841 = arith.addi %v1741, %v363 : i64
        %v1842 = arith.constant true
        %v1843 = arith.addi %v41, %v1841 : i64
        %v1844 = llvm.getelementptr %v21[%v1843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1845 = llvm.load %v1844 : !llvm.ptr<3> -> i64
        %v1846 = arith.addi %v1740, %v1742 : i64
        %v1847 = arith.cmpi slt, %v1846, %size_L : i64
        %v1848 = arith.subi %size_L, %v2 : i64
        %v1849 = arith.minsi %v1846, %v1848 : i64
        %v1850 = arith.addi %v1845, %v1849 : i64
        %v1851 = arith.muli %v1843, %v269 : i64
        %v1852 = arith.addi %v1851, %v1742 : i64
        %v1853 = llvm.getelementptr %in_u[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
        %v1855 = arith.addi %v1741, %v1 : i64
        %v1856 = arith.constant true
        %v1857 = arith.addi %v41, %v1855 : i64
        %v1858 = llvm.getelementptr %v21[%v1857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1859 = llvm.load %v1858 : !llvm.ptr<3> -> i64
        %v1860 = arith.addi %v1740, %v1742 : i64
        %v1861 = arith.cmpi slt, %v1860, %size_L : i64
        %v1862 = arith.subi %size_L, %v2 : i64
        %v1863 = arith.minsi %v1860, %v1862 : i64
        %v1864 = arith.addi %v1859, %v1863 : i64
        %v1865 = arith.muli %v1857, %v269 : i64
        %v1866 = arith.addi %v1865, %v1742 : i64
        %v1867 = llvm.getelementptr %in_u[%v1864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1868 = llvm.load %v1867 : !llvm.ptr -> f32
        %v1869 = arith.addi %v1741, %v392 : i64
        %v1870 = arith.constant true
        %v1871 = arith.addi %v41, %v1869 : i64
        %v1872 = llvm.getelementptr %v21[%v1871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1873 = llvm.load %v1872 : !llvm.ptr<3> -> i64
        %v1874 = arith.addi %v1740, %v1742 : i64
        %v1875 = arith.cmpi slt, %v1874, %size_L : i64
        %v1876 = arith.subi %size_L, %v2 : i64
        %v1877 = arith.minsi %v1874, %v1876 : i64
        %v1878 = arith.addi %v1873, %v1877 : i64
        %v1879 = arith.muli %v1871, %v269 : i64
        %v1880 = arith.addi %v1879, %v1742 : i64
        %v1881 = llvm.getelementptr %in_u[%v1878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1882 = llvm.load %v1881 : !llvm.ptr -> f32
        %v1883 = arith.addi %v1741, %v407 : i64
        %v1884 = arith.constant true
        %v1885 = arith.addi %v41, %v1883 : i64
        %v1886 = llvm.getelementptr %v21[%v1885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1887 = llvm.load %v1886 : !llvm.ptr<3> -> i64
        %v1888 = arith.addi %v1740, %v1742 : i64
        %v1889 = arith.cmpi slt, %v1888, %size_L : i64
        %v1890 = arith.subi %size_L, %v2 : i64
        %v1891 = arith.minsi %v1888, %v1890 : i64
        %v1892 = arith.addi %v1887, %v1891 : i64
        %v1893 = arith.muli %v1885, %v269 : i64
        %v1894 = arith.addi %v1893, %v1742 : i64
        %v1895 = llvm.getelementptr %in_u[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1896 = llvm.load %v1895 : !llvm.ptr -> f32
        %v1897 = arith.addi %v1741, %v422 : i64
        %v1898 = arith.constant true
        %v1899 = arith.addi %v41, %v1897 : i64
        %v1900 = llvm.getelementptr %v21[%v1899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1901 = llvm.load %v1900 : !llvm.ptr<3> -> i64
        %v1902 = arith.addi %v1740, %v1742 : i64
        %v1903 = arith.cmpi slt, %v1902, %size_L : i64
        %v1904 = arith.subi %size_L, %v2 : i64
        %v1905 = arith.minsi %v1902, %v1904 : i64
        %v1906 = arith.addi %v1901, %v1905 : i64
        %v1907 = arith.muli %v1899, %v269 : i64
        %v1908 = arith.addi %v1907, %v1742 : i64
        %v1909 = llvm.getelementptr %in_u[%v1906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1910 = llvm.load %v1909 : !llvm.ptr -> f32
        %v1911 = arith.addi %v1741, %v437 : i64
        %v1912 = arith.constant true
        %v1913 = arith.addi %v41, %v1911 : i64
        %v1914 = llvm.getelementptr %v21[%v1913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1915 = llvm.load %v1914 : !llvm.ptr<3> -> i64
        %v1916 = arith.addi %v1740, %v1742 : i64
        %v1917 = arith.cmpi slt, %v1916, %size_L : i64
        %v1918 = arith.subi %size_L, %v2 : i64
        %v1919 = arith.minsi %v1916, %v1918 : i64
        %v1920 = arith.addi %v1915, %v1919 : i64
        %v1921 = arith.muli %v1913, %v269 : i64
        %v1922 = arith.addi %v1921, %v1742 : i64
        %v1923 = llvm.getelementptr %in_u[%v1920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1924 = llvm.load %v1923 : !llvm.ptr -> f32
        %v1925 = arith.addi %v1741, %v452 : i64
        %v1926 = arith.constant true
        %v1927 = arith.addi %v41, %v1925 : i64
        %v1928 = llvm.getelementptr %v21[%v1927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1929 = llvm.load %v1928 : !llvm.ptr<3> -> i64
        %v1930 = arith.addi %v1740, %v1742 : i64
        %v1931 = arith.cmpi slt, %v1930, %size_L : i64
        %v1932 = arith.subi %size_L, %v2 : i64
        %v1933 = arith.minsi %v1930, %v1932 : i64
        %v1934 = arith.addi %v1929, %v1933 : i64
        %v1935 = arith.muli %v1927, %v269 : i64
        %v1936 = arith.addi %v1935, %v1742 : i64
        %v1937 = llvm.getelementptr %in_u[%v1934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1938 = llvm.load %v1937 : !llvm.ptr -> f32
        %v1939 = arith.addi %v1741, %v467 : i64
        %v1940 = arith.constant true
        %v1941 = arith.addi %v41, %v1939 : i64
        %v1942 = llvm.getelementptr %v21[%v1941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1943 = llvm.load %v1942 : !llvm.ptr<3> -> i64
        %v1944 = arith.addi %v1740, %v1742 : i64
        %v1945 = arith.cmpi slt, %v1944, %size_L : i64
        %v1946 = arith.subi %size_L, %v2 : i64
        %v1947 = arith.minsi %v1944, %v1946 : i64
        %v1948 = arith.addi %v1943, %v1947 : i64
        %v1949 = arith.muli %v1941, %v269 : i64
        %v1950 = arith.addi %v1949, %v1742 : i64
        %v1951 = llvm.getelementptr %in_u[%v1948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1952 = llvm.load %v1951 : !llvm.ptr -> f32
        %v1953 = arith.addi %v1741, %v482 : i64
        %v1954 = arith.constant true
        %v1955 = arith.addi %v41, %v1953 : i64
        %v1956 = llvm.getelementptr %v21[%v1955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1957 = llvm.load %v1956 : !llvm.ptr<3> -> i64
        %v1958 = arith.addi %v1740, %v1742 : i64
        %v1959 = arith.cmpi slt, %v1958, %size_L : i64
        %v1960 = arith.subi %size_L, %v2 : i64
        %v1961 = arith.minsi %v1958, %v1960 : i64
        %v1962 = arith.addi %v1957, %v1961 : i64
        %v1963 = arith.muli %v1955, %v269 : i64
        %v1964 = arith.addi %v1963, %v1742 : i64
        %v1965 = llvm.getelementptr %in_u[%v1962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1966 = llvm.load %v1965 : !llvm.ptr -> f32
        %v1967 = arith.addi %v1741, %v256 : i64
        %v1968 = arith.constant true
        %v1969 = arith.addi %v41, %v1967 : i64
        %v1970 = llvm.getelementptr %v21[%v1969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1971 = llvm.load %v1970 : !llvm.ptr<3> -> i64
        %v1972 = arith.addi %v1740, %v1742 : i64
        %v1973 = arith.cmpi slt, %v1972, %size_L : i64
        %v1974 = arith.subi %size_L, %v2 : i64
        %v1975 = arith.minsi %v1972, %v1974 : i64
        %v1976 = arith.addi %v1971, %v1975 : i64
        %v1977 = arith.muli %v1969, %v269 : i64
        %v1978 = arith.addi %v1977, %v1742 : i64
        %v1979 = llvm.getelementptr %in_u[%v1976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1980 = llvm.load %v1979 : !llvm.ptr -> f32
        %v1981 = arith.addi %v1741, %v511 : i64
        %v1982 = arith.constant true
        %v1983 = arith.addi %v41, %v1981 : i64
        %v1984 = llvm.getelementptr %v21[%v1983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1985 = llvm.load %v1984 : !llvm.ptr<3> -> i64
        %v1986 = arith.addi %v1740, %v1742 : i64
        %v1987 = arith.cmpi slt, %v1986, %size_L : i64
        %v1988 = arith.subi %size_L, %v2 : i64
        %v1989 = arith.minsi %v1986, %v1988 : i64
        %v1990 = arith.addi %v1985, %v1989 : i64
        %v1991 = arith.muli %v1983, %v269 : i64
        %v1992 = arith.addi %v1991, %v1742 : i64
        %v1993 = llvm.getelementptr %in_u[%v1990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1994 = llvm.load %v1993 : !llvm.ptr -> f32
        %v1995 = arith.addi %v1741, %v526 : i64
        %v1996 = arith.constant true
        %v1997 = arith.addi %v41, %v1995 : i64
        %v1998 = llvm.getelementptr %v21[%v1997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1999 = llvm.load %v1998 : !llvm.ptr<3> -> i64
        %v2000 = arith.addi %v1740, %v1742 : i64
        %v2001 = arith.cmpi slt, %v2000, %size_L : i64
        %v2002 = arith.subi %size_L, %v2 : i64
        %v2003 = arith.minsi %v2000, %v2002 : i64
        %v2004 = arith.addi %v1999, %v2003 : i64
        %v2005 = arith.muli %v1997, %v269 : i64
        %v2006 = arith.addi %v2005, %v1742 : i64
        %v2007 = llvm.getelementptr %in_u[%v2004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2008 = llvm.load %v2007 : !llvm.ptr -> f32
        %v2009 = arith.addi %v1741, %v541 : i64
        %v2010 = arith.constant true
        %v2011 = arith.addi %v41, %v2009 : i64
        %v2012 = llvm.getelementptr %v21[%v2011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2013 = llvm.load %v2012 : !llvm.ptr<3> -> i64
        %v2014 = arith.addi %v1740, %v1742 : i64
        %v2015 = arith.cmpi slt, %v2014, %size_L : i64
        %v2016 = arith.subi %size_L, %v2 : i64
        %v2017 = arith.minsi %v2014, %v2016 : i64
        %v2018 = arith.addi %v2013, %v2017 : i64
        %v2019 = arith.muli %v2011, %v269 : i64
        %v2020 = arith.addi %v2019, %v1742 : i64
        %v2021 = llvm.getelementptr %in_u[%v2018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2022 = llvm.load %v2021 : !llvm.ptr -> f32
        %v2023 = arith.addi %v1741, %v556 : i64
        %v2024 = arith.constant true
        %v2025 = arith.addi %v41, %v2023 : i64
        %v2026 = llvm.getelementptr %v21[%v2025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2027 = llvm.load %v2026 : !llvm.ptr<3> -> i64
        %v2028 = arith.addi %v1740, %v1742 : i64
        %v2029 = arith.cmpi slt, %v2028, %size_L : i64
        %v2030 = arith.subi %size_L, %v2 : i64
        %v2031 = arith.minsi %v2028, %v2030 : i64
        %v2032 = arith.addi %v2027, %v2031 : i64
        %v2033 = arith.muli %v2025, %v269 : i64
        %v2034 = arith.addi %v2033, %v1742 : i64
        %v2035 = llvm.getelementptr %in_u[%v2032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2036 = llvm.load %v2035 : !llvm.ptr -> f32
        %v2037 = arith.addi %v1741, %v571 : i64
        %v2038 = arith.constant true
        %v2039 = arith.addi %v41, %v2037 : i64
        %v2040 = llvm.getelementptr %v21[%v2039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2041 = llvm.load %v2040 : !llvm.ptr<3> -> i64
        %v2042 = arith.addi %v1740, %v1742 : i64
        %v2043 = arith.cmpi slt, %v2042, %size_L : i64
        %v2044 = arith.subi %size_L, %v2 : i64
        %v2045 = arith.minsi %v2042, %v2044 : i64
        %v2046 = arith.addi %v2041, %v2045 : i64
        %v2047 = arith.muli %v2039, %v269 : i64
        %v2048 = arith.addi %v2047, %v1742 : i64
        %v2049 = llvm.getelementptr %in_u[%v2046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2050 = llvm.load %v2049 : !llvm.ptr -> f32
        %v2051 = arith.addi %v1741, %v586 : i64
        %v2052 = arith.constant true
        %v2053 = arith.addi %v41, %v2051 : i64
        %v2054 = llvm.getelementptr %v21[%v2053] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2055 = llvm.load %v2054 : !llvm.ptr<3> -> i64
        %v2056 = arith.addi %v1740, %v1742 : i64
        %v2057 = arith.cmpi slt, %v2056, %size_L : i64
        %v2058 = arith.subi %size_L, %v2 : i64
        %v2059 = arith.minsi %v2056, %v2058 : i64
        %v2060 = arith.addi %v2055, %v2059 : i64
        %v2061 = arith.muli %v2053, %v269 : i64
        %v2062 = arith.addi %v2061, %v1742 : i64
        %v2063 = llvm.getelementptr %in_u[%v2060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2064 = llvm.load %v2063 : !llvm.ptr -> f32
        %v2065 = arith.addi %v1741, %v601 : i64
        %v2066 = arith.constant true
        %v2067 = arith.addi %v41, %v2065 : i64
        %v2068 = llvm.getelementptr %v21[%v2067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2069 = llvm.load %v2068 : !llvm.ptr<3> -> i64
        %v2070 = arith.addi %v1740, %v1742 : i64
        %v2071 = arith.cmpi slt, %v2070, %size_L : i64
        %v2072 = arith.subi %size_L, %v2 : i64
        %v2073 = arith.minsi %v2070, %v2072 : i64
        %v2074 = arith.addi %v2069, %v2073 : i64
        %v2075 = arith.muli %v2067, %v269 : i64
        %v2076 = arith.addi %v2075, %v1742 : i64
        %v2077 = llvm.getelementptr %in_u[%v2074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2078 = llvm.load %v2077 : !llvm.ptr -> f32
        %v2079 = arith.addi %v1741, %v616 : i64
        %v2080 = arith.constant true
        %v2081 = arith.addi %v41, %v2079 : i64
        %v2082 = llvm.getelementptr %v21[%v2081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2083 = llvm.load %v2082 : !llvm.ptr<3> -> i64
        %v2084 = arith.addi %v1740, %v1742 : i64
        %v2085 = arith.cmpi slt, %v2084, %size_L : i64
        %v2086 = arith.subi %size_L, %v2 : i64
        %v2087 = arith.minsi %v2084, %v2086 : i64
        %v2088 = arith.addi %v2083, %v2087 : i64
        %v2089 = arith.muli %v2081, %v269 : i64
        %v2090 = arith.addi %v2089, %v1742 : i64
        %v2091 = llvm.getelementptr %in_u[%v2088] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2092 = llvm.load %v2091 : !llvm.ptr -> f32
        %v2093 = arith.addi %v1741, %v631 : i64
        %v2094 = arith.constant true
        %v2095 = arith.addi %v41, %v2093 : i64
        %v2096 = llvm.getelementptr %v21[%v2095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2097 = llvm.load %v2096 : !llvm.ptr<3> -> i64
        %v2098 = arith.addi %v1740, %v1742 : i64
        %v2099 = arith.cmpi slt, %v2098, %size_L : i64
        %v2100 = arith.subi %size_L, %v2 : i64
        %v2101 = arith.minsi %v2098, %v2100 : i64
        %v2102 = arith.addi %v2097, %v2101 : i64
        %v2103 = arith.muli %v2095, %v269 : i64
        %v2104 = arith.addi %v2103, %v1742 : i64
        %v2105 = llvm.getelementptr %in_u[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
        %v2107 = arith.addi %v1741, %v646 : i64
        %v2108 = arith.constant true
        %v2109 = arith.addi %v41, %v2107 : i64
        %v2110 = llvm.getelementptr %v21[%v2109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2111 = llvm.load %v2110 : !llvm.ptr<3> -> i64
        %v2112 = arith.addi %v1740, %v1742 : i64
        %v2113 = arith.cmpi slt, %v2112, %size_L : i64
        %v2114 = arith.subi %size_L, %v2 : i64
        %v2115 = arith.minsi %v2112, %v2114 : i64
        %v2116 = arith.addi %v2111, %v2115 : i64
        %v2117 = arith.muli %v2109, %v269 : i64
        %v2118 = arith.addi %v2117, %v1742 : i64
        %v2119 = llvm.getelementptr %in_u[%v2116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2120 = llvm.load %v2119 : !llvm.ptr -> f32
        %v2121 = arith.addi %v1741, %v661 : i64
        %v2122 = arith.constant true
        %v2123 = arith.addi %v41, %v2121 : i64
        %v2124 = llvm.getelementptr %v21[%v2123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2125 = llvm.load %v2124 : !llvm.ptr<3> -> i64
        %v2126 = arith.addi %v1740, %v1742 : i64
        %v2127 = arith.cmpi slt, %v2126, %size_L : i64
        %v2128 = arith.subi %size_L, %v2 : i64
        %v2129 = arith.minsi %v2126, %v2128 : i64
        %v2130 = arith.addi %v2125, %v2129 : i64
        %v2131 = arith.muli %v2123, %v269 : i64
        %v2132 = arith.addi %v2131, %v1742 : i64
        %v2133 = llvm.getelementptr %in_u[%v2130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2134 = llvm.load %v2133 : !llvm.ptr -> f32
        %v2135 = arith.addi %v1741, %v676 : i64
        %v2136 = arith.constant true
        %v2137 = arith.addi %v41, %v2135 : i64
        %v2138 = llvm.getelementptr %v21[%v2137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2139 = llvm.load %v2138 : !llvm.ptr<3> -> i64
        %v2140 = arith.addi %v1740, %v1742 : i64
        %v2141 = arith.cmpi slt, %v2140, %size_L : i64
        %v2142 = arith.subi %size_L, %v2 : i64
        %v2143 = arith.minsi %v2140, %v2142 : i64
        %v2144 = arith.addi %v2139, %v2143 : i64
        %v2145 = arith.muli %v2137, %v269 : i64
        %v2146 = arith.addi %v2145, %v1742 : i64
        %v2147 = llvm.getelementptr %in_u[%v2144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2148 = llvm.load %v2147 : !llvm.ptr -> f32
        %v2149 = arith.addi %v1741, %v691 : i64
        %v2150 = arith.constant true
        %v2151 = arith.addi %v41, %v2149 : i64
        %v2152 = llvm.getelementptr %v21[%v2151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2153 = llvm.load %v2152 : !llvm.ptr<3> -> i64
        %v2154 = arith.addi %v1740, %v1742 : i64
        %v2155 = arith.cmpi slt, %v2154, %size_L : i64
        %v2156 = arith.subi %size_L, %v2 : i64
        %v2157 = arith.minsi %v2154, %v2156 : i64
        %v2158 = arith.addi %v2153, %v2157 : i64
        %v2159 = arith.muli %v2151, %v269 : i64
        %v2160 = arith.addi %v2159, %v1742 : i64
        %v2161 = llvm.getelementptr %in_u[%v2158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2162 = llvm.load %v2161 : !llvm.ptr -> f32
        %v2163 = arith.addi %v1741, %v706 : i64
        %v2164 = arith.constant true
        %v2165 = arith.addi %v41, %v2163 : i64
        %v2166 = llvm.getelementptr %v21[%v2165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2167 = llvm.load %v2166 : !llvm.ptr<3> -> i64
        %v2168 = arith.addi %v1740, %v1742 : i64
        %v2169 = arith.cmpi slt, %v2168, %size_L : i64
        %v2170 = arith.subi %size_L, %v2 : i64
        %v2171 = arith.minsi %v2168, %v2170 : i64
        %v2172 = arith.addi %v2167, %v2171 : i64
        %v2173 = arith.muli %v2165, %v269 : i64
        %v2174 = arith.addi %v2173, %v1742 : i64
        %v2175 = llvm.getelementptr %in_u[%v2172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2176 = llvm.load %v2175 : !llvm.ptr -> f32
        %v2177 = arith.addi %v1741, %v721 : i64
        %v2178 = arith.constant true
        %v2179 = arith.addi %v41, %v2177 : i64
        %v2180 = llvm.getelementptr %v21[%v2179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2181 = llvm.load %v2180 : !llvm.ptr<3> -> i64
        %v2182 = arith.addi %v1740, %v1742 : i64
        %v2183 = arith.cmpi slt, %v2182, %size_L : i64
        %v2184 = arith.subi %size_L, %v2 : i64
        %v2185 = arith.minsi %v2182, %v2184 : i64
        %v2186 = arith.addi %v2181, %v2185 : i64
        %v2187 = arith.muli %v2179, %v269 : i64
        %v2188 = arith.addi %v2187, %v1742 : i64
        %v2189 = llvm.getelementptr %in_u[%v2186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2190 = llvm.load %v2189 : !llvm.ptr -> f32
        %v2191 = arith.divui %v29, %v256 : i64
        %v2192 = arith.remui %v29, %v256 : i64
        %v2193 = arith.addi %v2191, %v41 : i64
        %v2194 = arith.constant true
        %v2195 = arith.addi %v31, %v2193 : i64
        %v2196 = llvm.getelementptr %v21[%v2195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2197 = llvm.load %v2196 : !llvm.ptr<3> -> i64
        %v2198 = arith.addi %v1740, %v2192 : i64
        %v2199 = arith.cmpi slt, %v2198, %size_L : i64
        %v2200 = arith.subi %size_L, %v2 : i64
        %v2201 = arith.minsi %v2198, %v2200 : i64
        %v2202 = arith.addi %v2197, %v2201 : i64
        %v2203 = arith.muli %v2195, %v269 : i64
        %v2204 = arith.addi %v2203, %v2192 : i64
        %v2205 = llvm.getelementptr %in_delta[%v2202] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2206 = llvm.load %v2205 : !llvm.ptr -> f32
        %v2207 = arith.addi %v2191, %v65 : i64
        %v2208 = arith.constant true
        %v2209 = arith.addi %v31, %v2207 : i64
        %v2210 = llvm.getelementptr %v21[%v2209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2211 = llvm.load %v2210 : !llvm.ptr<3> -> i64
        %v2212 = arith.addi %v1740, %v2192 : i64
        %v2213 = arith.cmpi slt, %v2212, %size_L : i64
        %v2214 = arith.subi %size_L, %v2 : i64
        %v2215 = arith.minsi %v2212, %v2214 : i64
        %v2216 = arith.addi %v2211, %v2215 : i64
        %v2217 = arith.muli %v2209, %v269 : i64
        %v2218 = arith.addi %v2217, %v2192 : i64
        %v2219 = llvm.getelementptr %in_delta[%v2216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2220 = llvm.load %v2219 : !llvm.ptr -> f32
        %v2221 = arith.addi %v2191, %v288 : i64
        %v2222 = arith.constant true
        %v2223 = arith.addi %v31, %v2221 : i64
        %v2224 = llvm.getelementptr %v21[%v2223] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2225 = llvm.load %v2224 : !llvm.ptr<3> -> i64
        %v2226 = arith.addi %v1740, %v2192 : i64
        %v2227 = arith.cmpi slt, %v2226, %size_L : i64
        %v2228 = arith.subi %size_L, %v2 : i64
        %v2229 = arith.minsi %v2226, %v2228 : i64
        %v2230 = arith.addi %v2225, %v2229 : i64
        %v2231 = arith.muli %v2223, %v269 : i64
        %v2232 = arith.addi %v2231, %v2192 : i64
        %v2233 = llvm.getelementptr %in_delta[%v2230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2234 = llvm.load %v2233 : !llvm.ptr -> f32
        %v2235 = arith.addi %v2191, %v303 : i64
        %v2236 = arith.constant true
        %v2237 = arith.addi %v31, %v2235 : i64
        %v2238 = llvm.getelementptr %v21[%v2237] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2239 = llvm.load %v2238 : !llvm.ptr<3> -> i64
        %v2240 = arith.addi %v1740, %v2192 : i64
        %v2241 = arith.cmpi slt, %v2240, %size_L : i64
        %v2242 = arith.subi %size_L, %v2 : i64
        %v2243 = arith.minsi %v2240, %v2242 : i64
        %v2244 = arith.addi %v2239, %v2243 : i64
        %v2245 = arith.muli %v2237, %v269 : i64
        %v2246 = arith.addi %v2245, %v2192 : i64
        %v2247 = llvm.getelementptr %in_delta[%v2244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2248 = llvm.load %v2247 : !llvm.ptr -> f32
        %v2249 = arith.addi %v2191, %v318 : i64
        %v2250 = arith.constant true
        %v2251 = arith.addi %v31, %v2249 : i64
        %v2252 = llvm.getelementptr %v21[%v2251] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2253 = llvm.load %v2252 : !llvm.ptr<3> -> i64
        %v2254 = arith.addi %v1740, %v2192 : i64
        %v2255 = arith.cmpi slt, %v2254, %size_L : i64
        %v2256 = arith.subi %size_L, %v2 : i64
        %v2257 = arith.minsi %v2254, %v2256 : i64
        %v2258 = arith.addi %v2253, %v2257 : i64
        %v2259 = arith.muli %v2251, %v269 : i64
        %v2260 = arith.addi %v2259, %v2192 : i64
        %v2261 = llvm.getelementptr %in_delta[%v2258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2262 = llvm.load %v2261 : !llvm.ptr -> f32
        %v2263 = arith.addi %v2191, %v333 : i64
        %v2264 = arith.constant true
        %v2265 = arith.addi %v31, %v2263 : i64
        %v2266 = llvm.getelementptr %v21[%v2265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2267 = llvm.load %v2266 : !llvm.ptr<3> -> i64
        %v2268 = arith.addi %v1740, %v2192 : i64
        %v2269 = arith.cmpi slt, %v2268, %size_L : i64
        %v2270 = arith.subi %size_L, %v2 : i64
        %v2271 = arith.minsi %v2268, %v2270 : i64
        %v2272 = arith.addi %v2267, %v2271 : i64
        %v2273 = arith.muli %v2265, %v269 : i64
        %v2274 = arith.addi %v2273, %v2192 : i64
        %v2275 = llvm.getelementptr %in_delta[%v2272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2276 = llvm.load %v2275 : !llvm.ptr -> f32
        %v2277 = arith.addi %v2191, %v348 : i64
        %v2278 = arith.constant true
        %v2279 = arith.addi %v31, %v2277 : i64
        %v2280 = llvm.getelementptr %v21[%v2279] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2281 = llvm.load %v2280 : !llvm.ptr<3> -> i64
        %v2282 = arith.addi %v1740, %v2192 : i64
        %v2283 = arith.cmpi slt, %v2282, %size_L : i64
        %v2284 = arith.subi %size_L, %v2 : i64
        %v2285 = arith.minsi %v2282, %v2284 : i64
        %v2286 = arith.addi %v2281, %v2285 : i64
        %v2287 = arith.muli %v2279, %v269 : i64
        %v2288 = arith.addi %v2287, %v2192 : i64
        %v2289 = llvm.getelementptr %in_delta[%v2286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2290 = llvm.load %v2289 : !llvm.ptr -> f32
        %v2291 = arith.addi %v2191, %v363 : i64
        %v2292 = arith.constant true
        %v2293 = arith.addi %v31, %v2291 : i64
        %v2294 = llvm.getelementptr %v21[%v2293] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2295 = llvm.load %v2294 : !llvm.ptr<3> -> i64
        %v2296 = arith.addi %v1740, %v2192 : i64
        %v2297 = arith.cmpi slt, %v2296, %size_L : i64
        %v2298 = arith.subi %size_L, %v2 : i64
        %v2299 = arith.minsi %v2296, %v2298 : i64
        %v2300 = arith.addi %v2295, %v2299 : i64
        %v2301 = arith.muli %v2293, %v269 : i64
        %v2302 = arith.addi %v2301, %v2192 : i64
        %v2303 = llvm.getelementptr %in_delta[%v2300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2304 = llvm.load %v2303 : !llvm.ptr -> f32
        %v2305 = arith.addi %v2191, %v1 : i64
        %v2306 = arith.constant true
        %v2307 = arith.addi %v31, %v2305 : i64
        %v2308 = llvm.getelementptr %v21[%v2307] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2309 = llvm.load %v2308 : !llvm.ptr<3> -> i64
        %v2310 = arith.addi %v1740, %v2192 : i64
        %v2311 = arith.cmpi slt, %v2310, %size_L : i64
        %v2312 = arith.subi %size_L, %v2 : i64
        %v2313 = arith.minsi %v2310, %v2312 : i64
        %v2314 = arith.addi %v2309, %v2313 : i64
        %v2315 = arith.muli %v2307, %v269 : i64
        %v2316 = arith.addi %v2315, %v2192 : i64
        %v2317 = llvm.getelementptr %in_delta[%v2314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2318 = llvm.load %v2317 : !llvm.ptr -> f32
        %v2319 = arith.addi %v2191, %v392 : i64
        %v2320 = arith.constant true
        %v2321 = arith.addi %v31, %v2319 : i64
        %v2322 = llvm.getelementptr %v21[%v2321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2323 = llvm.load %v2322 : !llvm.ptr<3> -> i64
        %v2324 = arith.addi %v1740, %v2192 : i64
        %v2325 = arith.cmpi slt, %v2324, %size_L : i64
        %v2326 = arith.subi %size_L, %v2 : i64
        %v2327 = arith.minsi %v2324, %v2326 : i64
        %v2328 = arith.addi %v2323, %v2327 : i64
        %v2329 = arith.muli %v2321, %v269 : i64
        %v2330 = arith.addi %v2329, %v2192 : i64
        %v2331 = llvm.getelementptr %in_delta[%v2328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2332 = llvm.load %v2331 : !llvm.ptr -> f32
        %v2333 = arith.addi %v2191, %v407 : i64
        %v2334 = arith.constant true
        %v2335 = arith.addi %v31, %v2333 : i64
        %v2336 = llvm.getelementptr %v21[%v2335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2337 = llvm.load %v2336 : !llvm.ptr<3> -> i64
        %v2338 = arith.addi %v1740, %v2192 : i64
        %v2339 = arith.cmpi slt, %v2338, %size_L : i64
        %v2340 = arith.subi %size_L, %v2 : i64
        %v2341 = arith.minsi %v2338, %v2340 : i64
        %v2342 = arith.addi %v2337, %v2341 : i64
        %v2343 = arith.muli %v2335, %v269 : i64
        %v2344 = arith.addi %v2343, %v2192 : i64
        %v2345 = llvm.getelementptr %in_delta[%v2342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2346 = llvm.load %v2345 : !llvm.ptr -> f32
        %v2347 = arith.addi %v2191, %v422 : i64
        %v2348 = arith.constant true
        %v2349 = arith.addi %v31, %v2347 : i64
        %v2350 = llvm.getelementptr %v21[%v2349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2351 = llvm.load %v2350 : !llvm.ptr<3> -> i64
        %v2352 = arith.addi %v1740, %v2192 : i64
        %v2353 = arith.cmpi slt, %v2352, %size_L : i64
        %v2354 = arith.subi %size_L, %v2 : i64
        %v2355 = arith.minsi %v2352, %v2354 : i64
        %v2356 = arith.addi %v2351, %v2355 : i64
        %v2357 = arith.muli %v2349, %v269 : i64
        %v2358 = arith.addi %v2357, %v2192 : i64
        %v2359 = llvm.getelementptr %in_delta[%v2356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2360 = llvm.load %v2359 : !llvm.ptr -> f32
        %v2361 = arith.addi %v2191, %v437 : i64
        %v2362 = arith.constant true
        %v2363 = arith.addi %v31, %v2361 : i64
        %v2364 = llvm.getelementptr %v21[%v2363] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2365 = llvm.load %v2364 : !llvm.ptr<3> -> i64
        %v2366 = arith.addi %v1740, %v2192 : i64
        %v2367 = arith.cmpi slt, %v2366, %size_L : i64
        %v2368 = arith.subi %size_L, %v2 : i64
        %v2369 = arith.minsi %v2366, %v2368 : i64
        %v2370 = arith.addi %v2365, %v2369 : i64
        %v2371 = arith.muli %v2363, %v269 : i64
        %v2372 = arith.addi %v2371, %v2192 : i64
        %v2373 = llvm.getelementptr %in_delta[%v2370] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2374 = llvm.load %v2373 : !llvm.ptr -> f32
        %v2375 = arith.addi %v2191, %v452 : i64
        %v2376 = arith.constant true
        %v2377 = arith.addi %v31, %v2375 : i64
        %v2378 = llvm.getelementptr %v21[%v2377] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2379 = llvm.load %v2378 : !llvm.ptr<3> -> i64
        %v2380 = arith.addi %v1740, %v2192 : i64
        %v2381 = arith.cmpi slt, %v2380, %size_L : i64
        %v2382 = arith.subi %size_L, %v2 : i64
        %v2383 = arith.minsi %v2380, %v2382 : i64
        %v2384 = arith.addi %v2379, %v2383 : i64
        %v2385 = arith.muli %v2377, %v269 : i64
        %v2386 = arith.addi %v2385, %v2192 : i64
        %v2387 = llvm.getelementptr %in_delta[%v2384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2388 = llvm.load %v2387 : !llvm.ptr -> f32
        %v2389 = arith.addi %v2191, %v467 : i64
        %v2390 = arith.constant true
        %v2391 = arith.addi %v31, %v2389 : i64
        %v2392 = llvm.getelementptr %v21[%v2391] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2393 = llvm.load %v2392 : !llvm.ptr<3> -> i64
        %v2394 = arith.addi %v1740, %v2192 : i64
        %v2395 = arith.cmpi slt, %v2394, %size_L : i64
        %v2396 = arith.subi %size_L, %v2 : i64
        %v2397 = arith.minsi %v2394, %v2396 : i64
        %v2398 = arith.addi %v2393, %v2397 : i64
        %v2399 = arith.muli %v2391, %v269 : i64
        %v2400 = arith.addi %v2399, %v2192 : i64
        %v2401 = llvm.getelementptr %in_delta[%v2398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2402 = llvm.load %v2401 : !llvm.ptr -> f32
        %v2403 = arith.addi %v2191, %v482 : i64
        %v2404 = arith.constant true
        %v2405 = arith.addi %v31, %v2403 : i64
        %v2406 = llvm.getelementptr %v21[%v2405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2407 = llvm.load %v2406 : !llvm.ptr<3> -> i64
        %v2408 = arith.addi %v1740, %v2192 : i64
        %v2409 = arith.cmpi slt, %v2408, %size_L : i64
        %v2410 = arith.subi %size_L, %v2 : i64
        %v2411 = arith.minsi %v2408, %v2410 : i64
        %v2412 = arith.addi %v2407, %v2411 : i64
        %v2413 = arith.muli %v2405, %v269 : i64
        %v2414 = arith.addi %v2413, %v2192 : i64
        %v2415 = llvm.getelementptr %in_delta[%v2412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2416 = llvm.load %v2415 : !llvm.ptr -> f32
        %v2417 = arith.addi %v2191, %v256 : i64
        %v2418 = arith.constant true
        %v2419 = arith.addi %v31, %v2417 : i64
        %v2420 = llvm.getelementptr %v21[%v2419] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2421 = llvm.load %v2420 : !llvm.ptr<3> -> i64
        %v2422 = arith.addi %v1740, %v2192 : i64
        %v2423 = arith.cmpi slt, %v2422, %size_L : i64
        %v2424 = arith.subi %size_L, %v2 : i64
        %v2425 = arith.minsi %v2422, %v2424 : i64
        %v2426 = arith.addi %v2421, %v2425 : i64
        %v2427 = arith.muli %v2419, %v269 : i64
        %v2428 = arith.addi %v2427, %v2192 : i64
        %v2429 = llvm.getelementptr %in_delta[%v2426] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2430 = llvm.load %v2429 : !llvm.ptr -> f32
        %v2431 = arith.addi %v2191, %v511 : i64
        %v2432 = arith.constant true
        %v2433 = arith.addi %v31, %v2431 : i64
        %v2434 = llvm.getelementptr %v21[%v2433] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2435 = llvm.load %v2434 : !llvm.ptr<3> -> i64
        %v2436 = arith.addi %v1740, %v2192 : i64
        %v2437 = arith.cmpi slt, %v2436, %size_L : i64
        %v2438 = arith.subi %size_L, %v2 : i64
        %v2439 = arith.minsi %v2436, %v2438 : i64
        %v2440 = arith.addi %v2435, %v2439 : i64
        %v2441 = arith.muli %v2433, %v269 : i64
        %v2442 = arith.addi %v2441, %v2192 : i64
        %v2443 = llvm.getelementptr %in_delta[%v2440] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2444 = llvm.load %v2443 : !llvm.ptr -> f32
        %v2445 = arith.addi %v2191, %v526 : i64
        %v2446 = arith.constant true
        %v2447 = arith.addi %v31, %v2445 : i64
        %v2448 = llvm.getelementptr %v21[%v2447] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2449 = llvm.load %v2448 : !llvm.ptr<3> -> i64
        %v2450 = arith.addi %v1740, %v2192 : i64
        %v2451 = arith.cmpi slt, %v2450, %size_L : i64
        %v2452 = arith.subi %size_L, %v2 : i64
        %v2453 = arith.minsi %v2450, %v2452 : i64
        %v2454 = arith.addi %v2449, %v2453 : i64
        %v2455 = arith.muli %v2447, %v269 : i64
        %v2456 = arith.addi %v2455, %v2192 : i64
        %v2457 = llvm.getelementptr %in_delta[%v2454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2458 = llvm.load %v2457 : !llvm.ptr -> f32
        %v2459 = arith.addi %v2191, %v541 : i64
        %v2460 = arith.constant true
        %v2461 = arith.addi %v31, %v2459 : i64
        %v2462 = llvm.getelementptr %v21[%v2461] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2463 = llvm.load %v2462 : !llvm.ptr<3> -> i64
        %v2464 = arith.addi %v1740, %v2192 : i64
        %v2465 = arith.cmpi slt, %v2464, %size_L : i64
        %v2466 = arith.subi %size_L, %v2 : i64
        %v2467 = arith.minsi %v2464, %v2466 : i64
        %v2468 = arith.addi %v2463, %v2467 : i64
        %v2469 = arith.muli %v2461, %v269 : i64
        %v2470 = arith.addi %v2469, %v2192 : i64
        %v2471 = llvm.getelementptr %in_delta[%v2468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2472 = llvm.load %v2471 : !llvm.ptr -> f32
        %v2473 = arith.addi %v2191, %v556 : i64
        %v2474 = arith.constant true
        %v2475 = arith.addi %v31, %v2473 : i64
        %v2476 = llvm.getelementptr %v21[%v2475] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2477 = llvm.load %v2476 : !llvm.ptr<3> -> i64
        %v2478 = arith.addi %v1740, %v2192 : i64
        %v2479 = arith.cmpi slt, %v2478, %size_L : i64
        %v2480 = arith.subi %size_L, %v2 : i64
        %v2481 = arith.minsi %v2478, %v2480 : i64
        %v2482 = arith.addi %v2477, %v2481 : i64
        %v2483 = arith.muli %v2475, %v269 : i64
        %v2484 = arith.addi %v2483, %v2192 : i64
        %v2485 = llvm.getelementptr %in_delta[%v2482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2486 = llvm.load %v2485 : !llvm.ptr -> f32
        %v2487 = arith.addi %v2191, %v571 : i64
        %v2488 = arith.constant true
        %v2489 = arith.addi %v31, %v2487 : i64
        %v2490 = llvm.getelementptr %v21[%v2489] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2491 = llvm.load %v2490 : !llvm.ptr<3> -> i64
        %v2492 = arith.addi %v1740, %v2192 : i64
        %v2493 = arith.cmpi slt, %v2492, %size_L : i64
        %v2494 = arith.subi %size_L, %v2 : i64
        %v2495 = arith.minsi %v2492, %v2494 : i64
        %v2496 = arith.addi %v2491, %v2495 : i64
        %v2497 = arith.muli %v2489, %v269 : i64
        %v2498 = arith.addi %v2497, %v2192 : i64
        %v2499 = llvm.getelementptr %in_delta[%v2496] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2500 = llvm.load %v2499 : !llvm.ptr -> f32
        %v2501 = arith.addi %v2191, %v586 : i64
        %v2502 = arith.constant true
        %v2503 = arith.addi %v31, %v2501 : i64
        %v2504 = llvm.getelementptr %v21[%v2503] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2505 = llvm.load %v2504 : !llvm.ptr<3> -> i64
        %v2506 = arith.addi %v1740, %v2192 : i64
        %v2507 = arith.cmpi slt, %v2506, %size_L : i64
        %v2508 = arith.subi %size_L, %v2 : i64
        %v2509 = arith.minsi %v2506, %v2508 : i64
        %v2510 = arith.addi %v2505, %v2509 : i64
        %v2511 = arith.muli %v2503, %v269 : i64
        %v2512 = arith.addi %v2511, %v2192 : i64
        %v2513 = llvm.getelementptr %in_delta[%v2510] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2514 = llvm.load %v2513 : !llvm.ptr -> f32
        %v2515 = arith.addi %v2191, %v601 : i64
        %v2516 = arith.constant true
        %v2517 = arith.addi %v31, %v2515 : i64
        %v2518 = llvm.getelementptr %v21[%v2517] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2519 = llvm.load %v2518 : !llvm.ptr<3> -> i64
        %v2520 = arith.addi %v1740, %v2192 : i64
        %v2521 = arith.cmpi slt, %v2520, %size_L : i64
        %v2522 = arith.subi %size_L, %v2 : i64
        %v2523 = arith.minsi %v2520, %v2522 : i64
        %v2524 = arith.addi %v2519, %v2523 : i64
        %v2525 = arith.muli %v2517, %v269 : i64
        %v2526 = arith.addi %v2525, %v2192 : i64
        %v2527 = llvm.getelementptr %in_delta[%v2524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2528 = llvm.load %v2527 : !llvm.ptr -> f32
        %v2529 = arith.addi %v2191, %v616 : i64
        %v2530 = arith.constant true
        %v2531 = arith.addi %v31, %v2529 : i64
        %v2532 = llvm.getelementptr %v21[%v2531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2533 = llvm.load %v2532 : !llvm.ptr<3> -> i64
        %v2534 = arith.addi %v1740, %v2192 : i64
        %v2535 = arith.cmpi slt, %v2534, %size_L : i64
        %v2536 = arith.subi %size_L, %v2 : i64
        %v2537 = arith.minsi %v2534, %v2536 : i64
        %v2538 = arith.addi %v2533, %v2537 : i64
        %v2539 = arith.muli %v2531, %v269 : i64
        %v2540 = arith.addi %v2539, %v2192 : i64
        %v2541 = llvm.getelementptr %in_delta[%v2538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2542 = llvm.load %v2541 : !llvm.ptr -> f32
        %v2543 = arith.addi %v2191, %v631 : i64
        %v2544 = arith.constant true
        %v2545 = arith.addi %v31, %v2543 : i64
        %v2546 = llvm.getelementptr %v21[%v2545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2547 = llvm.load %v2546 : !llvm.ptr<3> -> i64
        %v2548 = arith.addi %v1740, %v2192 : i64
        %v2549 = arith.cmpi slt, %v2548, %size_L : i64
        %v2550 = arith.subi %size_L, %v2 : i64
        %v2551 = arith.minsi %v2548, %v2550 : i64
        %v2552 = arith.addi %v2547, %v2551 : i64
        %v2553 = arith.muli %v2545, %v269 : i64
        %v2554 = arith.addi %v2553, %v2192 : i64
        %v2555 = llvm.getelementptr %in_delta[%v2552] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2556 = llvm.load %v2555 : !llvm.ptr -> f32
        %v2557 = arith.addi %v2191, %v646 : i64
        %v2558 = arith.constant true
        %v2559 = arith.addi %v31, %v2557 : i64
        %v2560 = llvm.getelementptr %v21[%v2559] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2561 = llvm.load %v2560 : !llvm.ptr<3> -> i64
        %v2562 = arith.addi %v1740, %v2192 : i64
        %v2563 = arith.cmpi slt, %v2562, %size_L : i64
        %v2564 = arith.subi %size_L, %v2 : i64
        %v2565 = arith.minsi %v2562, %v2564 : i64
        %v2566 = arith.addi %v2561, %v2565 : i64
        %v2567 = arith.muli %v2559, %v269 : i64
        %v2568 = arith.addi %v2567, %v2192 : i64
        %v2569 = llvm.getelementptr %in_delta[%v2566] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2570 = llvm.load %v2569 : !llvm.ptr -> f32
        %v2571 = arith.addi %v2191, %v661 : i64
        %v2572 = arith.constant true
        %v2573 = arith.addi %v31, %v2571 : i64
        %v2574 = llvm.getelementptr %v21[%v2573] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2575 = llvm.load %v2574 : !llvm.ptr<3> -> i64
        %v2576 = arith.addi %v1740, %v2192 : i64
        %v2577 = arith.cmpi slt, %v2576, %size_L : i64
        %v2578 = arith.subi %size_L, %v2 : i64
        %v2579 = arith.minsi %v2576, %v2578 : i64
        %v2580 = arith.addi %v2575, %v2579 : i64
        %v2581 = arith.muli %v2573, %v269 : i64
        %v2582 = arith.addi %v2581, %v2192 : i64
        %v2583 = llvm.getelementptr %in_delta[%v2580] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2584 = llvm.load %v2583 : !llvm.ptr -> f32
        %v2585 = arith.addi %v2191, %v676 : i64
        %v2586 = arith.constant true
        %v2587 = arith.addi %v31, %v2585 : i64
        %v2588 = llvm.getelementptr %v21[%v2587] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2589 = llvm.load %v2588 : !llvm.ptr<3> -> i64
        %v2590 = arith.addi %v1740, %v2192 : i64
        %v2591 = arith.cmpi slt, %v2590, %size_L : i64
        %v2592 = arith.subi %size_L, %v2 : i64
        %v2593 = arith.minsi %v2590, %v2592 : i64
        %v2594 = arith.addi %v2589, %v2593 : i64
        %v2595 = arith.muli %v2587, %v269 : i64
        %v2596 = arith.addi %v2595, %v2192 : i64
        %v2597 = llvm.getelementptr %in_delta[%v2594] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2598 = llvm.load %v2597 : !llvm.ptr -> f32
        %v2599 = arith.addi %v2191, %v691 : i64
        %v2600 = arith.constant true
        %v2601 = arith.addi %v31, %v2599 : i64
        %v2602 = llvm.getelementptr %v21[%v2601] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2603 = llvm.load %v2602 : !llvm.ptr<3> -> i64
        %v2604 = arith.addi %v1740, %v2192 : i64
        %v2605 = arith.cmpi slt, %v2604, %size_L : i64
        %v2606 = arith.subi %size_L, %v2 : i64
        %v2607 = arith.minsi %v2604, %v2606 : i64
        %v2608 = arith.addi %v2603, %v2607 : i64
        %v2609 = arith.muli %v2601, %v269 : i64
        %v2610 = arith.addi %v2609, %v2192 : i64
        %v2611 = llvm.getelementptr %in_delta[%v2608] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2612 = llvm.load %v2611 : !llvm.ptr -> f32
        %v2613 = arith.addi %v2191, %v706 : i64
        %v2614 = arith.constant true
        %v2615 = arith.addi %v31, %v2613 : i64
        %v2616 = llvm.getelementptr %v21[%v2615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2617 = llvm.load %v2616 : !llvm.ptr<3> -> i64
        %v2618 = arith.addi %v1740, %v2192 : i64
        %v2619 = arith.cmpi slt, %v2618, %size_L : i64
        %v2620 = arith.subi %size_L, %v2 : i64
        %v2621 = arith.minsi %v2618, %v2620 : i64
        %v2622 = arith.addi %v2617, %v2621 : i64
        %v2623 = arith.muli %v2615, %v269 : i64
        %v2624 = arith.addi %v2623, %v2192 : i64
        %v2625 = llvm.getelementptr %in_delta[%v2622] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2626 = llvm.load %v2625 : !llvm.ptr -> f32
        %v2627 = arith.addi %v2191, %v721 : i64
        %v2628 = arith.constant true
        %v2629 = arith.addi %v31, %v2627 : i64
        %v2630 = llvm.getelementptr %v21[%v2629] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2631 = llvm.load %v2630 : !llvm.ptr<3> -> i64
        %v2632 = arith.addi %v1740, %v2192 : i64
        %v2633 = arith.cmpi slt, %v2632, %size_L : i64
        %v2634 = arith.subi %size_L, %v2 : i64
        %v2635 = arith.minsi %v2632, %v2634 : i64
        %v2636 = arith.addi %v2631, %v2635 : i64
        %v2637 = arith.muli %v2629, %v269 : i64
        %v2638 = arith.addi %v2637, %v2192 : i64
        %v2639 = llvm.getelementptr %in_delta[%v2636] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2640 = llvm.load %v2639 : !llvm.ptr -> f32
        %v2641 = arith.divui %v29, %v256 : i64
        %v2642 = arith.remui %v29, %v256 : i64
        %v2643 = arith.addi %v2641, %v41 : i64
        %v2644 = arith.constant true
        %v2645 = arith.addi %v1254, %v2643 : i64
        %v2646 = llvm.getelementptr %v21[%v2645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2647 = llvm.load %v2646 : !llvm.ptr<3> -> i64
        %v2648 = arith.addi %v1740, %v2642 : i64
        %v2649 = arith.cmpi slt, %v2648, %size_L : i64
        %v2650 = arith.subi %size_L, %v2 : i64
        %v2651 = arith.minsi %v2648, %v2650 : i64
        %v2652 = arith.addi %v2647, %v2651 : i64
        %v2653 = arith.muli %v2645, %v269 : i64
        %v2654 = arith.addi %v2653, %v2642 : i64
        %v2655 = llvm.getelementptr %in_z[%v2652] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2656 = llvm.load %v2655 : !llvm.ptr -> f32
        %v2657 = arith.addi %v2641, %v65 : i64
        %v2658 = arith.constant true
        %v2659 = arith.addi %v1254, %v2657 : i64
        %v2660 = llvm.getelementptr %v21[%v2659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2661 = llvm.load %v2660 : !llvm.ptr<3> -> i64
        %v2662 = arith.addi %v1740, %v2642 : i64
        %v2663 = arith.cmpi slt, %v2662, %size_L : i64
        %v2664 = arith.subi %size_L, %v2 : i64
        %v2665 = arith.minsi %v2662, %v2664 : i64
        %v2666 = arith.addi %v2661, %v2665 : i64
        %v2667 = arith.muli %v2659, %v269 : i64
        %v2668 = arith.addi %v2667, %v2642 : i64
        %v2669 = llvm.getelementptr %in_z[%v2666] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2670 = llvm.load %v2669 : !llvm.ptr -> f32
        %v2671 = arith.addi %v2641, %v288 : i64
        %v2672 = arith.constant true
        %v2673 = arith.addi %v1254, %v2671 : i64
        %v2674 = llvm.getelementptr %v21[%v2673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2675 = llvm.load %v2674 : !llvm.ptr<3> -> i64
        %v2676 = arith.addi %v1740, %v2642 : i64
        %v2677 = arith.cmpi slt, %v2676, %size_L : i64
        %v2678 = arith.subi %size_L, %v2 : i64
        %v2679 = arith.minsi %v2676, %v2678 : i64
        %v2680 = arith.addi %v2675, %v2679 : i64
        %v2681 = arith.muli %v2673, %v269 : i64
        %v2682 = arith.addi %v2681, %v2642 : i64
        %v2683 = llvm.getelementptr %in_z[%v2680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2684 = llvm.load %v2683 : !llvm.ptr -> f32
        %v2685 = arith.addi %v2641, %v303 : i64
        %v2686 = arith.constant true
        %v2687 = arith.addi %v1254, %v2685 : i64
        %v2688 = llvm.getelementptr %v21[%v2687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2689 = llvm.load %v2688 : !llvm.ptr<3> -> i64
        %v2690 = arith.addi %v1740, %v2642 : i64
        %v2691 = arith.cmpi slt, %v2690, %size_L : i64
        %v2692 = arith.subi %size_L, %v2 : i64
        %v2693 = arith.minsi %v2690, %v2692 : i64
        %v2694 = arith.addi %v2689, %v2693 : i64
        %v2695 = arith.muli %v2687, %v269 : i64
        %v2696 = arith.addi %v2695, %v2642 : i64
        %v2697 = llvm.getelementptr %in_z[%v2694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2698 = llvm.load %v2697 : !llvm.ptr -> f32
        %v2699 = arith.addi %v2641, %v318 : i64
        %v2700 = arith.constant true
        %v2701 = arith.addi %v1254, %v2699 : i64
        %v2702 = llvm.getelementptr %v21[%v2701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2703 = llvm.load %v2702 : !llvm.ptr<3> -> i64
        %v2704 = arith.addi %v1740, %v2642 : i64
        %v2705 = arith.cmpi slt, %v2704, %size_L : i64
        %v2706 = arith.subi %size_L, %v2 : i64
        %v2707 = arith.minsi %v2704, %v2706 : i64
        %v2708 = arith.addi %v2703, %v2707 : i64
        %v2709 = arith.muli %v2701, %v269 : i64
        %v2710 = arith.addi %v2709, %v2642 : i64
        %v2711 = llvm.getelementptr %in_z[%v2708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2712 = llvm.load %v2711 : !llvm.ptr -> f32
        %v2713 = arith.addi %v2641, %v333 : i64
        %v2714 = arith.constant true
        %v2715 = arith.addi %v1254, %v2713 : i64
        %v2716 = llvm.getelementptr %v21[%v2715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2717 = llvm.load %v2716 : !llvm.ptr<3> -> i64
        %v2718 = arith.addi %v1740, %v2642 : i64
        %v2719 = arith.cmpi slt, %v2718, %size_L : i64
        %v2720 = arith.subi %size_L, %v2 : i64
        %v2721 = arith.minsi %v2718, %v2720 : i64
        %v2722 = arith.addi %v2717, %v2721 : i64
        %v2723 = arith.muli %v2715, %v269 : i64
        %v2724 = arith.addi %v2723, %v2642 : i64
        %v2725 = llvm.getelementptr %in_z[%v2722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2726 = llvm.load %v2725 : !llvm.ptr -> f32
        %v2727 = arith.addi %v2641, %v348 : i64
        %v2728 = arith.constant true
        %v2729 = arith.addi %v1254, %v2727 : i64
        %v2730 = llvm.getelementptr %v21[%v2729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2731 = llvm.load %v2730 : !llvm.ptr<3> -> i64
        %v2732 = arith.addi %v1740, %v2642 : i64
        %v2733 = arith.cmpi slt, %v2732, %size_L : i64
        %v2734 = arith.subi %size_L, %v2 : i64
        %v2735 = arith.minsi %v2732, %v2734 : i64
        %v2736 = arith.addi %v2731, %v2735 : i64
        %v2737 = arith.muli %v2729, %v269 : i64
        %v2738 = arith.addi %v2737, %v2642 : i64
        %v2739 = llvm.getelementptr %in_z[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2740 = llvm.load %v2739 : !llvm.ptr -> f32
        %v2741 = arith.addi %v2641, %v363 : i64
        %v2742 = arith.constant true
        %v2743 = arith.addi %v1254, %v2741 : i64
        %v2744 = llvm.getelementptr %v21[%v2743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2745 = llvm.load %v2744 : !llvm.ptr<3> -> i64
        %v2746 = arith.addi %v1740, %v2642 : i64
        %v2747 = arith.cmpi slt, %v2746, %size_L : i64
        %v2748 = arith.subi %size_L, %v2 : i64
        %v2749 = arith.minsi %v2746, %v2748 : i64
        %v2750 = arith.addi %v2745, %v2749 : i64
        %v2751 = arith.muli %v2743, %v269 : i64
        %v2752 = arith.addi %v2751, %v2642 : i64
        %v2753 = llvm.getelementptr %in_z[%v2750] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2754 = llvm.load %v2753 : !llvm.ptr -> f32
        %v2755 = arith.addi %v2641, %v1 : i64
        %v2756 = arith.constant true
        %v2757 = arith.addi %v1254, %v2755 : i64
        %v2758 = llvm.getelementptr %v21[%v2757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2759 = llvm.load %v2758 : !llvm.ptr<3> -> i64
        %v2760 = arith.addi %v1740, %v2642 : i64
        %v2761 = arith.cmpi slt, %v2760, %size_L : i64
        %v2762 = arith.subi %size_L, %v2 : i64
        %v2763 = arith.minsi %v2760, %v2762 : i64
        %v2764 = arith.addi %v2759, %v2763 : i64
        %v2765 = arith.muli %v2757, %v269 : i64
        %v2766 = arith.addi %v2765, %v2642 : i64
        %v2767 = llvm.getelementptr %in_z[%v2764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2768 = llvm.load %v2767 : !llvm.ptr -> f32
        %v2769 = arith.addi %v2641, %v392 : i64
        %v2770 = arith.constant true
        %v2771 = arith.addi %v1254, %v2769 : i64
        %v2772 = llvm.getelementptr %v21[%v2771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2773 = llvm.load %v2772 : !llvm.ptr<3> -> i64
        %v2774 = arith.addi %v1740, %v2642 : i64
        %v2775 = arith.cmpi slt, %v2774, %size_L : i64
        %v2776 = arith.subi %size_L, %v2 : i64
        %v2777 = arith.minsi %v2774, %v2776 : i64
        %v2778 = arith.addi %v2773, %v2777 : i64
        %v2779 = arith.muli %v2771, %v269 : i64
        %v2780 = arith.addi %v2779, %v2642 : i64
        %v2781 = llvm.getelementptr %in_z[%v2778] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2782 = llvm.load %v2781 : !llvm.ptr -> f32
        %v2783 = arith.addi %v2641, %v407 : i64
        %v2784 = arith.constant true
        %v2785 = arith.addi %v1254, %v2783 : i64
        %v2786 = llvm.getelementptr %v21[%v2785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2787 = llvm.load %v2786 : !llvm.ptr<3> -> i64
        %v2788 = arith.addi %v1740, %v2642 : i64
        %v2789 = arith.cmpi slt, %v2788, %size_L : i64
        %v2790 = arith.subi %size_L, %v2 : i64
        %v2791 = arith.minsi %v2788, %v2790 : i64
        %v2792 = arith.addi %v2787, %v2791 : i64
        %v2793 = arith.muli %v2785, %v269 : i64
        %v2794 = arith.addi %v2793, %v2642 : i64
        %v2795 = llvm.getelementptr %in_z[%v2792] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2796 = llvm.load %v2795 : !llvm.ptr -> f32
        %v2797 = arith.addi %v2641, %v422 : i64
        %v2798 = arith.constant true
        %v2799 = arith.addi %v1254, %v2797 : i64
        %v2800 = llvm.getelementptr %v21[%v2799] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2801 = llvm.load %v2800 : !llvm.ptr<3> -> i64
        %v2802 = arith.addi %v1740, %v2642 : i64
        %v2803 = arith.cmpi slt, %v2802, %size_L : i64
        %v2804 = arith.subi %size_L, %v2 : i64
        %v2805 = arith.minsi %v2802, %v2804 : i64
        %v2806 = arith.addi %v2801, %v2805 : i64
        %v2807 = arith.muli %v2799, %v269 : i64
        %v2808 = arith.addi %v2807, %v2642 : i64
        %v2809 = llvm.getelementptr %in_z[%v2806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2810 = llvm.load %v2809 : !llvm.ptr -> f32
        %v2811 = arith.addi %v2641, %v437 : i64
        %v2812 = arith.constant true
        %v2813 = arith.addi %v1254, %v2811 : i64
        %v2814 = llvm.getelementptr %v21[%v2813] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2815 = llvm.load %v2814 : !llvm.ptr<3> -> i64
        %v2816 = arith.addi %v1740, %v2642 : i64
        %v2817 = arith.cmpi slt, %v2816, %size_L : i64
        %v2818 = arith.subi %size_L, %v2 : i64
        %v2819 = arith.minsi %v2816, %v2818 : i64
        %v2820 = arith.addi %v2815, %v2819 : i64
        %v2821 = arith.muli %v2813, %v269 : i64
        %v2822 = arith.addi %v2821, %v2642 : i64
        %v2823 = llvm.getelementptr %in_z[%v2820] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2824 = llvm.load %v2823 : !llvm.ptr -> f32
        %v2825 = arith.addi %v2641, %v452 : i64
        %v2826 = arith.constant true
        %v2827 = arith.addi %v1254, %v2825 : i64
        %v2828 = llvm.getelementptr %v21[%v2827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2829 = llvm.load %v2828 : !llvm.ptr<3> -> i64
        %v2830 = arith.addi %v1740, %v2642 : i64
        %v2831 = arith.cmpi slt, %v2830, %size_L : i64
        %v2832 = arith.subi %size_L, %v2 : i64
        %v2833 = arith.minsi %v2830, %v2832 : i64
        %v2834 = arith.addi %v2829, %v2833 : i64
        %v2835 = arith.muli %v2827, %v269 : i64
        %v2836 = arith.addi %v2835, %v2642 : i64
        %v2837 = llvm.getelementptr %in_z[%v2834] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2838 = llvm.load %v2837 : !llvm.ptr -> f32
        %v2839 = arith.addi %v2641, %v467 : i64
        %v2840 = arith.constant true
        %v2841 = arith.addi %v1254, %v2839 : i64
        %v2842 = llvm.getelementptr %v21[%v2841] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2843 = llvm.load %v2842 : !llvm.ptr<3> -> i64
        %v2844 = arith.addi %v1740, %v2642 : i64
        %v2845 = arith.cmpi slt, %v2844, %size_L : i64
        %v2846 = arith.subi %size_L, %v2 : i64
        %v2847 = arith.minsi %v2844, %v2846 : i64
        %v2848 = arith.addi %v2843, %v2847 : i64
        %v2849 = arith.muli %v2841, %v269 : i64
        %v2850 = arith.addi %v2849, %v2642 : i64
        %v2851 = llvm.getelementptr %in_z[%v2848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2852 = llvm.load %v2851 : !llvm.ptr -> f32
        %v2853 = arith.addi %v2641, %v482 : i64
        %v2854 = arith.constant true
        %v2855 = arith.addi %v1254, %v2853 : i64
        %v2856 = llvm.getelementptr %v21[%v2855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2857 = llvm.load %v2856 : !llvm.ptr<3> -> i64
        %v2858 = arith.addi %v1740, %v2642 : i64
        %v2859 = arith.cmpi slt, %v2858, %size_L : i64
        %v2860 = arith.subi %size_L, %v2 : i64
        %v2861 = arith.minsi %v2858, %v2860 : i64
        %v2862 = arith.addi %v2857, %v2861 : i64
        %v2863 = arith.muli %v2855, %v269 : i64
        %v2864 = arith.addi %v2863, %v2642 : i64
        %v2865 = llvm.getelementptr %in_z[%v2862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2866 = llvm.load %v2865 : !llvm.ptr -> f32
        %v2867 = arith.addi %v2641, %v256 : i64
        %v2868 = arith.constant true
        %v2869 = arith.addi %v1254, %v2867 : i64
        %v2870 = llvm.getelementptr %v21[%v2869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2871 = llvm.load %v2870 : !llvm.ptr<3> -> i64
        %v2872 = arith.addi %v1740, %v2642 : i64
        %v2873 = arith.cmpi slt, %v2872, %size_L : i64
        %v2874 = arith.subi %size_L, %v2 : i64
        %v2875 = arith.minsi %v2872, %v2874 : i64
        %v2876 = arith.addi %v2871, %v2875 : i64
        %v2877 = arith.muli %v2869, %v269 : i64
        %v2878 = arith.addi %v2877, %v2642 : i64
        %v2879 = llvm.getelementptr %in_z[%v2876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2880 = llvm.load %v2879 : !llvm.ptr -> f32
        %v2881 = arith.addi %v2641, %v511 : i64
        %v2882 = arith.constant true
        %v2883 = arith.addi %v1254, %v2881 : i64
        %v2884 = llvm.getelementptr %v21[%v2883] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2885 = llvm.load %v2884 : !llvm.ptr<3> -> i64
        %v2886 = arith.addi %v1740, %v2642 : i64
        %v2887 = arith.cmpi slt, %v2886, %size_L : i64
        %v2888 = arith.subi %size_L, %v2 : i64
        %v2889 = arith.minsi %v2886, %v2888 : i64
        %v2890 = arith.addi %v2885, %v2889 : i64
        %v2891 = arith.muli %v2883, %v269 : i64
        %v2892 = arith.addi %v2891, %v2642 : i64
        %v2893 = llvm.getelementptr %in_z[%v2890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2894 = llvm.load %v2893 : !llvm.ptr -> f32
        %v2895 = arith.addi %v2641, %v526 : i64
        %v2896 = arith.constant true
        %v2897 = arith.addi %v1254, %v2895 : i64
        %v2898 = llvm.getelementptr %v21[%v2897] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2899 = llvm.load %v2898 : !llvm.ptr<3> -> i64
        %v2900 = arith.addi %v1740, %v2642 : i64
        %v2901 = arith.cmpi slt, %v2900, %size_L : i64
        %v2902 = arith.subi %size_L, %v2 : i64
        %v2903 = arith.minsi %v2900, %v2902 : i64
        %v2904 = arith.addi %v2899, %v2903 : i64
        %v2905 = arith.muli %v2897, %v269 : i64
        %v2906 = arith.addi %v2905, %v2642 : i64
        %v2907 = llvm.getelementptr %in_z[%v2904] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2908 = llvm.load %v2907 : !llvm.ptr -> f32
        %v2909 = arith.addi %v2641, %v541 : i64
        %v2910 = arith.constant true
        %v2911 = arith.addi %v1254, %v2909 : i64
        %v2912 = llvm.getelementptr %v21[%v2911] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2913 = llvm.load %v2912 : !llvm.ptr<3> -> i64
        %v2914 = arith.addi %v1740, %v2642 : i64
        %v2915 = arith.cmpi slt, %v2914, %size_L : i64
        %v2916 = arith.subi %size_L, %v2 : i64
        %v2917 = arith.minsi %v2914, %v2916 : i64
        %v2918 = arith.addi %v2913, %v2917 : i64
        %v2919 = arith.muli %v2911, %v269 : i64
        %v2920 = arith.addi %v2919, %v2642 : i64
        %v2921 = llvm.getelementptr %in_z[%v2918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2922 = llvm.load %v2921 : !llvm.ptr -> f32
        %v2923 = arith.addi %v2641, %v556 : i64
        %v2924 = arith.constant true
        %v2925 = arith.addi %v1254, %v2923 : i64
        %v2926 = llvm.getelementptr %v21[%v2925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2927 = llvm.load %v2926 : !llvm.ptr<3> -> i64
        %v2928 = arith.addi %v1740, %v2642 : i64
        %v2929 = arith.cmpi slt, %v2928, %size_L : i64
        %v2930 = arith.subi %size_L, %v2 : i64
        %v2931 = arith.minsi %v2928, %v2930 : i64
        %v2932 = arith.addi %v2927, %v2931 : i64
        %v2933 = arith.muli %v2925, %v269 : i64
        %v2934 = arith.addi %v2933, %v2642 : i64
        %v2935 = llvm.getelementptr %in_z[%v2932] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2936 = llvm.load %v2935 : !llvm.ptr -> f32
        %v2937 = arith.addi %v2641, %v571 : i64
        %v2938 = arith.constant true
        %v2939 = arith.addi %v1254, %v2937 : i64
        %v2940 = llvm.getelementptr %v21[%v2939] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2941 = llvm.load %v2940 : !llvm.ptr<3> -> i64
        %v2942 = arith.addi %v1740, %v2642 : i64
        %v2943 = arith.cmpi slt, %v2942, %size_L : i64
        %v2944 = arith.subi %size_L, %v2 : i64
        %v2945 = arith.minsi %v2942, %v2944 : i64
        %v2946 = arith.addi %v2941, %v2945 : i64
        %v2947 = arith.muli %v2939, %v269 : i64
        %v2948 = arith.addi %v2947, %v2642 : i64
        %v2949 = llvm.getelementptr %in_z[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2950 = llvm.load %v2949 : !llvm.ptr -> f32
        %v2951 = arith.addi %v2641, %v586 : i64
        %v2952 = arith.constant true
        %v2953 = arith.addi %v1254, %v2951 : i64
        %v2954 = llvm.getelementptr %v21[%v2953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2955 = llvm.load %v2954 : !llvm.ptr<3> -> i64
        %v2956 = arith.addi %v1740, %v2642 : i64
        %v2957 = arith.cmpi slt, %v2956, %size_L : i64
        %v2958 = arith.subi %size_L, %v2 : i64
        %v2959 = arith.minsi %v2956, %v2958 : i64
        %v2960 = arith.addi %v2955, %v2959 : i64
        %v2961 = arith.muli %v2953, %v269 : i64
        %v2962 = arith.addi %v2961, %v2642 : i64
        %v2963 = llvm.getelementptr %in_z[%v2960] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2964 = llvm.load %v2963 : !llvm.ptr -> f32
        %v2965 = arith.addi %v2641, %v601 : i64
        %v2966 = arith.constant true
        %v2967 = arith.addi %v1254, %v2965 : i64
        %v2968 = llvm.getelementptr %v21[%v2967] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2969 = llvm.load %v2968 : !llvm.ptr<3> -> i64
        %v2970 = arith.addi %v1740, %v2642 : i64
        %v2971 = arith.cmpi slt, %v2970, %size_L : i64
        %v2972 = arith.subi %size_L, %v2 : i64
        %v2973 = arith.minsi %v2970, %v2972 : i64
        %v2974 = arith.addi %v2969, %v2973 : i64
        %v2975 = arith.muli %v2967, %v269 : i64
        %v2976 = arith.addi %v2975, %v2642 : i64
        %v2977 = llvm.getelementptr %in_z[%v2974] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2978 = llvm.load %v2977 : !llvm.ptr -> f32
        %v2979 = arith.addi %v2641, %v616 : i64
        %v2980 = arith.constant true
        %v2981 = arith.addi %v1254, %v2979 : i64
        %v2982 = llvm.getelementptr %v21[%v2981] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2983 = llvm.load %v2982 : !llvm.ptr<3> -> i64
        %v2984 = arith.addi %v1740, %v2642 : i64
        %v2985 = arith.cmpi slt, %v2984, %size_L : i64
        %v2986 = arith.subi %size_L, %v2 : i64
        %v2987 = arith.minsi %v2984, %v2986 : i64
        %v2988 = arith.addi %v2983, %v2987 : i64
        %v2989 = arith.muli %v2981, %v269 : i64
        %v2990 = arith.addi %v2989, %v2642 : i64
        %v2991 = llvm.getelementptr %in_z[%v2988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2992 = llvm.load %v2991 : !llvm.ptr -> f32
        %v2993 = arith.addi %v2641, %v631 : i64
        %v2994 = arith.constant true
        %v2995 = arith.addi %v1254, %v2993 : i64
        %v2996 = llvm.getelementptr %v21[%v2995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2997 = llvm.load %v2996 : !llvm.ptr<3> -> i64
        %v2998 = arith.addi %v1740, %v2642 : i64
        %v2999 = arith.cmpi slt, %v2998, %size_L : i64
        %v3000 = arith.subi %size_L, %v2 : i64
        %v3001 = arith.minsi %v2998, %v3000 : i64
        %v3002 = arith.addi %v2997, %v3001 : i64
        %v3003 = arith.muli %v2995, %v269 : i64
        %v3004 = arith.addi %v3003, %v2642 : i64
        %v3005 = llvm.getelementptr %in_z[%v3002] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3006 = llvm.load %v3005 : !llvm.ptr -> f32
        %v3007 = arith.addi %v2641, %v646 : i64
        %v3008 = arith.constant true
        %v3009 = arith.addi %v1254, %v3007 : i64
        %v3010 = llvm.getelementptr %v21[%v3009] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3011 = llvm.load %v3010 : !llvm.ptr<3> -> i64
        %v3012 = arith.addi %v1740, %v2642 : i64
        %v3013 = arith.cmpi slt, %v3012, %size_L : i64
        %v3014 = arith.subi %size_L, %v2 : i64
        %v3015 = arith.minsi %v3012, %v3014 : i64
        %v3016 = arith.addi %v3011, %v3015 : i64
        %v3017 = arith.muli %v3009, %v269 : i64
        %v3018 = arith.addi %v3017, %v2642 : i64
        %v3019 = llvm.getelementptr %in_z[%v3016] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3020 = llvm.load %v3019 : !llvm.ptr -> f32
        %v3021 = arith.addi %v2641, %v661 : i64
        %v3022 = arith.constant true
        %v3023 = arith.addi %v1254, %v3021 : i64
        %v3024 = llvm.getelementptr %v21[%v3023] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3025 = llvm.load %v3024 : !llvm.ptr<3> -> i64
        %v3026 = arith.addi %v1740, %v2642 : i64
        %v3027 = arith.cmpi slt, %v3026, %size_L : i64
        %v3028 = arith.subi %size_L, %v2 : i64
        %v3029 = arith.minsi %v3026, %v3028 : i64
        %v3030 = arith.addi %v3025, %v3029 : i64
        %v3031 = arith.muli %v3023, %v269 : i64
        %v3032 = arith.addi %v3031, %v2642 : i64
        %v3033 = llvm.getelementptr %in_z[%v3030] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3034 = llvm.load %v3033 : !llvm.ptr -> f32
        %v3035 = arith.addi %v2641, %v676 : i64
        %v3036 = arith.constant true
        %v3037 = arith.addi %v1254, %v3035 : i64
        %v3038 = llvm.getelementptr %v21[%v3037] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3039 = llvm.load %v3038 : !llvm.ptr<3> -> i64
        %v3040 = arith.addi %v1740, %v2642 : i64
        %v3041 = arith.cmpi slt, %v3040, %size_L : i64
        %v3042 = arith.subi %size_L, %v2 : i64
        %v3043 = arith.minsi %v3040, %v3042 : i64
        %v3044 = arith.addi %v3039, %v3043 : i64
        %v3045 = arith.muli %v3037, %v269 : i64
        %v3046 = arith.addi %v3045, %v2642 : i64
        %v3047 = llvm.getelementptr %in_z[%v3044] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3048 = llvm.load %v3047 : !llvm.ptr -> f32
        %v3049 = arith.addi %v2641, %v691 : i64
        %v3050 = arith.constant true
        %v3051 = arith.addi %v1254, %v3049 : i64
        %v3052 = llvm.getelementptr %v21[%v3051] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3053 = llvm.load %v3052 : !llvm.ptr<3> -> i64
        %v3054 = arith.addi %v1740, %v2642 : i64
        %v3055 = arith.cmpi slt, %v3054, %size_L : i64
        %v3056 = arith.subi %size_L, %v2 : i64
        %v3057 = arith.minsi %v3054, %v3056 : i64
        %v3058 = arith.addi %v3053, %v3057 : i64
        %v3059 = arith.muli %v3051, %v269 : i64
        %v3060 = arith.addi %v3059, %v2642 : i64
        %v3061 = llvm.getelementptr %in_z[%v3058] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3062 = llvm.load %v3061 : !llvm.ptr -> f32
        %v3063 = arith.addi %v2641, %v706 : i64
        %v3064 = arith.constant true
        %v3065 = arith.addi %v1254, %v3063 : i64
        %v3066 = llvm.getelementptr %v21[%v3065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3067 = llvm.load %v3066 : !llvm.ptr<3> -> i64
        %v3068 = arith.addi %v1740, %v2642 : i64
        %v3069 = arith.cmpi slt, %v3068, %size_L : i64
        %v3070 = arith.subi %size_L, %v2 : i64
        %v3071 = arith.minsi %v3068, %v3070 : i64
        %v3072 = arith.addi %v3067, %v3071 : i64
        %v3073 = arith.muli %v3065, %v269 : i64
        %v3074 = arith.addi %v3073, %v2642 : i64
        %v3075 = llvm.getelementptr %in_z[%v3072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3076 = llvm.load %v3075 : !llvm.ptr -> f32
        %v3077 = arith.addi %v2641, %v721 : i64
        %v3078 = arith.constant true
        %v3079 = arith.addi %v1254, %v3077 : i64
        %v3080 = llvm.getelementptr %v21[%v3079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3081 = llvm.load %v3080 : !llvm.ptr<3> -> i64
        %v3082 = arith.addi %v1740, %v2642 : i64
        %v3083 = arith.cmpi slt, %v3082, %size_L : i64
        %v3084 = arith.subi %size_L, %v2 : i64
        %v3085 = arith.minsi %v3082, %v3084 : i64
        %v3086 = arith.addi %v3081, %v3085 : i64
        %v3087 = arith.muli %v3079, %v269 : i64
        %v3088 = arith.addi %v3087, %v2642 : i64
        %v3089 = llvm.getelementptr %in_z[%v3086] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3090 = llvm.load %v3089 : !llvm.ptr -> f32
        %v3091 = arith.divui %v1739, %v65 : i64
        %v3092 = arith.index_cast %v41 : i64 to index
        %v3093 = arith.index_cast %v3091 : i64 to index
        %v3094 = arith.index_cast %v2 : i64 to index
        scf.for %v3095 = %v3092 to %v3093 step %v3094 {
          %v3096 = arith.index_cast %v3095 : index to i64
          %v3097 = arith.muli %v3096, %v65 : i64
          %v3098 = arith.addi %v3097, %v41 : i64
          %v3099 = arith.addi %v3097, %v2 : i64
          %v3100 = arith.addi %v1737, %v3098 : i64
          %v3103 = arith.muli %v39, %v3102 : i64
          %v3104 = arith.muli %v3100, %v2 : i64
          %v3105 = arith.addi %v3103, %v3104 : i64
          %v3106 = llvm.getelementptr %in_Bm[%v3105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3107 = llvm.load %v3106 : !llvm.ptr -> f32
          %v3108 = arith.muli %v39, %v3102 : i64
          %v3109 = arith.constant 1 : i64
          %v3110 = arith.muli %v3109, %v3101 : i64
          %v3111 = arith.addi %v3108, %v3110 : i64
          %v3112 = arith.muli %v3100, %v2 : i64
          %v3113 = arith.addi %v3111, %v3112 : i64
          %v3114 = llvm.getelementptr %in_Bm[%v3113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3115 = llvm.load %v3114 : !llvm.ptr -> f32
          %v3116 = arith.muli %v39, %v3102 : i64
          %v3117 = arith.constant 2 : i64
          %v3118 = arith.muli %v3117, %v3101 : i64
          %v3119 = arith.addi %v3116, %v3118 : i64
          %v3120 = arith.muli %v3100, %v2 : i64
          %v3121 = arith.addi %v3119, %v3120 : i64
          %v3122 = llvm.getelementptr %in_Bm[%v3121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3123 = llvm.load %v3122 : !llvm.ptr -> f32
          %v3124 = arith.muli %v39, %v3102 : i64
          %v3125 = arith.constant 3 : i64
          %v3126 = arith.muli %v3125, %v3101 : i64
          %v3127 = arith.addi %v3124, %v3126 : i64
          %v3128 = arith.muli %v3100, %v2 : i64
          %v3129 = arith.addi %v3127, %v3128 : i64
          %v3130 = llvm.getelementptr %in_Bm[%v3129] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3131 = llvm.load %v3130 : !llvm.ptr -> f32
          %v3132 = arith.muli %v39, %v3102 : i64
          %v3133 = arith.constant 4 : i64
          %v3134 = arith.muli %v3133, %v3101 : i64
          %v3135 = arith.addi %v3132, %v3134 : i64
          %v3136 = arith.muli %v3100, %v2 : i64
          %v3137 = arith.addi %v3135, %v3136 : i64
          %v3138 = llvm.getelementptr %in_Bm[%v3137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3139 = llvm.load %v3138 : !llvm.ptr -> f32
          %v3140 = arith.muli %v39, %v3102 : i64
          %v3141 = arith.constant 5 : i64
          %v3142 = arith.muli %v3141, %v3101 : i64
          %v3143 = arith.addi %v3140, %v3142 : i64
          %v3144 = arith.muli %v3100, %v2 : i64
          %v3145 = arith.addi %v3143, %v3144 : i64
          %v3146 = llvm.getelementptr %in_Bm[%v3145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3147 = llvm.load %v3146 : !llvm.ptr -> f32
          %v3148 = arith.muli %v39, %v3102 : i64
          %v3149 = arith.constant 6 : i64
          %v3150 = arith.muli %v3149, %v3101 : i64
          %v3151 = arith.addi %v3148, %v3150 : i64
          %v3152 = arith.muli %v3100, %v2 : i64
          %v3153 = arith.addi %v3151, %v3152 : i64
          %v3154 = llvm.getelementptr %in_Bm[%v3153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3155 = llvm.load %v3154 : !llvm.ptr -> f32
          %v3156 = arith.muli %v39, %v3102 : i64
          %v3157 = arith.constant 7 : i64
          %v3158 = arith.muli %v3157, %v3101 : i64
          %v3159 = arith.addi %v3156, %v3158 : i64
          %v3160 = arith.muli %v3100, %v2 : i64
          %v3161 = arith.addi %v3159, %v3160 : i64
          %v3162 = llvm.getelementptr %in_Bm[%v3161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3163 = llvm.load %v3162 : !llvm.ptr -> f32
          %v3164 = arith.muli %v39, %v3102 : i64
          %v3165 = arith.constant 8 : i64
          %v3166 = arith.muli %v3165, %v3101 : i64
          %v3167 = arith.addi %v3164, %v3166 : i64
          %v3168 = arith.muli %v3100, %v2 : i64
          %v3169 = arith.addi %v3167, %v3168 : i64
          %v3170 = llvm.getelementptr %in_Bm[%v3169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3171 = llvm.load %v3170 : !llvm.ptr -> f32
          %v3172 = arith.muli %v39, %v3102 : i64
          %v3173 = arith.constant 9 : i64
          %v3174 = arith.muli %v3173, %v3101 : i64
          %v3175 = arith.addi %v3172, %v3174 : i64
          %v3176 = arith.muli %v3100, %v2 : i64
          %v3177 = arith.addi %v3175, %v3176 : i64
          %v3178 = llvm.getelementptr %in_Bm[%v3177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3179 = llvm.load %v3178 : !llvm.ptr -> f32
          %v3180 = arith.muli %v39, %v3102 : i64
          %v3181 = arith.constant 10 : i64
          %v3182 = arith.muli %v3181, %v3101 : i64
          %v3183 = arith.addi %v3180, %v3182 : i64
          %v3184 = arith.muli %v3100, %v2 : i64
          %v3185 = arith.addi %v3183, %v3184 : i64
          %v3186 = llvm.getelementptr %in_Bm[%v3185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3187 = llvm.load %v3186 : !llvm.ptr -> f32
          %v3188 = arith.muli %v39, %v3102 : i64
          %v3189 = arith.constant 11 : i64
          %v3190 = arith.muli %v3189, %v3101 : i64
          %v3191 = arith.addi %v3188, %v3190 : i64
          %v3192 = arith.muli %v3100, %v2 : i64
          %v3193 = arith.addi %v3191, %v3192 : i64
          %v3194 = llvm.getelementptr %in_Bm[%v3193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3195 = llvm.load %v3194 : !llvm.ptr -> f32
          %v3196 = arith.muli %v39, %v3102 : i64
          %v3197 = arith.constant 12 : i64
          %v3198 = arith.muli %v3197, %v3101 : i64
          %v3199 = arith.addi %v3196, %v3198 : i64
          %v3200 = arith.muli %v3100, %v2 : i64
          %v3201 = arith.addi %v3199, %v3200 : i64
          %v3202 = llvm.getelementptr %in_Bm[%v3201] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3203 = llvm.load %v3202 : !llvm.ptr -> f32
          %v3204 = arith.muli %v39, %v3102 : i64
          %v3205 = arith.constant 13 : i64
          %v3206 = arith.muli %v3205, %v3101 : i64
          %v3207 = arith.addi %v3204, %v3206 : i64
          %v3208 = arith.muli %v3100, %v2 : i64
          %v3209 = arith.addi %v3207, %v3208 : i64
          %v3210 = llvm.getelementptr %in_Bm[%v3209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3211 = llvm.load %v3210 : !llvm.ptr -> f32
          %v3212 = arith.muli %v39, %v3102 : i64
          %v3213 = arith.constant 14 : i64
          %v3214 = arith.muli %v3213, %v3101 : i64
          %v3215 = arith.addi %v3212, %v3214 : i64
          %v3216 = arith.muli %v3100, %v2 : i64
          %v3217 = arith.addi %v3215, %v3216 : i64
          %v3218 = llvm.getelementptr %in_Bm[%v3217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3219 = llvm.load %v3218 : !llvm.ptr -> f32
          %v3220 = arith.muli %v39, %v3102 : i64
          %v3221 = arith.constant 15 : i64
          %v3222 = arith.muli %v3221, %v3101 : i64
          %v3223 = arith.addi %v3220, %v3222 : i64
          %v3224 = arith.muli %v3100, %v2 : i64
          %v3225 = arith.addi %v3223, %v3224 : i64
          %v3226 = llvm.getelementptr %in_Bm[%v3225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3227 = llvm.load %v3226 : !llvm.ptr -> f32
          %v3228 = arith.muli %v39, %v3102 : i64
          %v3229 = arith.muli %v3100, %v2 : i64
          %v3230 = arith.addi %v3228, %v3229 : i64
          %v3231 = llvm.getelementptr %in_Cm[%v3230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3232 = llvm.load %v3231 : !llvm.ptr -> f32
          %v3233 = arith.muli %v39, %v3102 : i64
          %v3234 = arith.constant 1 : i64
          %v3235 = arith.muli %v3234, %v3101 : i64
          %v3236 = arith.addi %v3233, %v3235 : i64
          %v3237 = arith.muli %v3100, %v2 : i64
          %v3238 = arith.addi %v3236, %v3237 : i64
          %v3239 = llvm.getelementptr %in_Cm[%v3238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3240 = llvm.load %v3239 : !llvm.ptr -> f32
          %v3241 = arith.muli %v39, %v3102 : i64
          %v3242 = arith.constant 2 : i64
          %v3243 = arith.muli %v3242, %v3101 : i64
          %v3244 = arith.addi %v3241, %v3243 : i64
          %v3245 = arith.muli %v3100, %v2 : i64
          %v3246 = arith.addi %v3244, %v3245 : i64
          %v3247 = llvm.getelementptr %in_Cm[%v3246] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3248 = llvm.load %v3247 : !llvm.ptr -> f32
          %v3249 = arith.muli %v39, %v3102 : i64
          %v3250 = arith.constant 3 : i64
          %v3251 = arith.muli %v3250, %v3101 : i64
          %v3252 = arith.addi %v3249, %v3251 : i64
          %v3253 = arith.muli %v3100, %v2 : i64
          %v3254 = arith.addi %v3252, %v3253 : i64
          %v3255 = llvm.getelementptr %in_Cm[%v3254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3256 = llvm.load %v3255 : !llvm.ptr -> f32
          %v3257 = arith.muli %v39, %v3102 : i64
          %v3258 = arith.constant 4 : i64
          %v3259 = arith.muli %v3258, %v3101 : i64
          %v3260 = arith.addi %v3257, %v3259 : i64
          %v3261 = arith.muli %v3100, %v2 : i64
          %v3262 = arith.addi %v3260, %v3261 : i64
          %v3263 = llvm.getelementptr %in_Cm[%v3262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3264 = llvm.load %v3263 : !llvm.ptr -> f32
          %v3265 = arith.muli %v39, %v3102 : i64
          %v3266 = arith.constant 5 : i64
          %v3267 = arith.muli %v3266, %v3101 : i64
          %v3268 = arith.addi %v3265, %v3267 : i64
          %v3269 = arith.muli %v3100, %v2 : i64
          %v3270 = arith.addi %v3268, %v3269 : i64
          %v3271 = llvm.getelementptr %in_Cm[%v3270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3272 = llvm.load %v3271 : !llvm.ptr -> f32
          %v3273 = arith.muli %v39, %v3102 : i64
          %v3274 = arith.constant 6 : i64
          %v3275 = arith.muli %v3274, %v3101 : i64
          %v3276 = arith.addi %v3273, %v3275 : i64
          %v3277 = arith.muli %v3100, %v2 : i64
          %v3278 = arith.addi %v3276, %v3277 : i64
          %v3279 = llvm.getelementptr %in_Cm[%v3278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3280 = llvm.load %v3279 : !llvm.ptr -> f32
          %v3281 = arith.muli %v39, %v3102 : i64
          %v3282 = arith.constant 7 : i64
          %v3283 = arith.muli %v3282, %v3101 : i64
          %v3284 = arith.addi %v3281, %v3283 : i64
          %v3285 = arith.muli %v3100, %v2 : i64
          %v3286 = arith.addi %v3284, %v3285 : i64
          %v3287 = llvm.getelementptr %in_Cm[%v3286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3288 = llvm.load %v3287 : !llvm.ptr -> f32
          %v3289 = arith.muli %v39, %v3102 : i64
          %v3290 = arith.constant 8 : i64
          %v3291 = arith.muli %v3290, %v3101 : i64
          %v3292 = arith.addi %v3289, %v3291 : i64
          %v3293 = arith.muli %v3100, %v2 : i64
          %v3294 = arith.addi %v3292, %v3293 : i64
          %v3295 = llvm.getelementptr %in_Cm[%v3294] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3296 = llvm.load %v3295 : !llvm.ptr -> f32
          %v3297 = arith.muli %v39, %v3102 : i64
          %v3298 = arith.constant 9 : i64
          %v3299 = arith.muli %v3298, %v3101 : i64
          %v3300 = arith.addi %v3297, %v3299 : i64
          %v3301 = arith.muli %v3100, %v2 : i64
          %v3302 = arith.addi %v3300, %v3301 : i64
          %v3303 = llvm.getelementptr %in_Cm[%v3302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3304 = llvm.load %v3303 : !llvm.ptr -> f32
          %v3305 = arith.muli %v39, %v3102 : i64
          %v3306 = arith.constant 10 : i64
          %v3307 = arith.muli %v3306, %v3101 : i64
          %v3308 = arith.addi %v3305, %v3307 : i64
          %v3309 = arith.muli %v3100, %v2 : i64
          %v3310 = arith.addi %v3308, %v3309 : i64
          %v3311 = llvm.getelementptr %in_Cm[%v3310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3312 = llvm.load %v3311 : !llvm.ptr -> f32
          %v3313 = arith.muli %v39, %v3102 : i64
          %v3314 = arith.constant 11 : i64
          %v3315 = arith.muli %v3314, %v3101 : i64
          %v3316 = arith.addi %v3313, %v3315 : i64
          %v3317 = arith.muli %v3100, %v2 : i64
          %v3318 = arith.addi %v3316, %v3317 : i64
          %v3319 = llvm.getelementptr %in_Cm[%v3318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3320 = llvm.load %v3319 : !llvm.ptr -> f32
          %v3321 = arith.muli %v39, %v3102 : i64
          %v3322 = arith.constant 12 : i64
          %v3323 = arith.muli %v3322, %v3101 : i64
          %v3324 = arith.addi %v3321, %v3323 : i64
          %v3325 = arith.muli %v3100, %v2 : i64
          %v3326 = arith.addi %v3324, %v3325 : i64
          %v3327 = llvm.getelementptr %in_Cm[%v3326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3328 = llvm.load %v3327 : !llvm.ptr -> f32
          %v3329 = arith.muli %v39, %v3102 : i64
          %v3330 = arith.constant 13 : i64
          %v3331 = arith.muli %v3330, %v3101 : i64
          %v3332 = arith.addi %v3329, %v3331 : i64
          %v3333 = arith.muli %v3100, %v2 : i64
          %v3334 = arith.addi %v3332, %v3333 : i64
          %v3335 = llvm.getelementptr %in_Cm[%v3334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3336 = llvm.load %v3335 : !llvm.ptr -> f32
          %v3337 = arith.muli %v39, %v3102 : i64
          %v3338 = arith.constant 14 : i64
          %v3339 = arith.muli %v3338, %v3101 : i64
          %v3340 = arith.addi %v3337, %v3339 : i64
          %v3341 = arith.muli %v3100, %v2 : i64
          %v3342 = arith.addi %v3340, %v3341 : i64
          %v3343 = llvm.getelementptr %in_Cm[%v3342] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3344 = llvm.load %v3343 : !llvm.ptr -> f32
          %v3345 = arith.muli %v39, %v3102 : i64
          %v3346 = arith.constant 15 : i64
          %v3347 = arith.muli %v3346, %v3101 : i64
          %v3348 = arith.addi %v3345, %v3347 : i64
          %v3349 = arith.muli %v3100, %v2 : i64
          %v3350 = arith.addi %v3348, %v3349 : i64
          %v3351 = llvm.getelementptr %in_Cm[%v3350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3352 = llvm.load %v3351 : !llvm.ptr -> f32
          %v3353 = arith.addi %v1737, %v3099 : i64
          %v3354 = arith.muli %v39, %v3102 : i64
          %v3355 = arith.muli %v3353, %v2 : i64
          %v3356 = arith.addi %v3354, %v3355 : i64
          %v3357 = llvm.getelementptr %in_Bm[%v3356] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3358 = llvm.load %v3357 : !llvm.ptr -> f32
          %v3359 = arith.muli %v39, %v3102 : i64
          %v3360 = arith.constant 1 : i64
          %v3361 = arith.muli %v3360, %v3101 : i64
          %v3362 = arith.addi %v3359, %v3361 : i64
          %v3363 = arith.muli %v3353, %v2 : i64
          %v3364 = arith.addi %v3362, %v3363 : i64
          %v3365 = llvm.getelementptr %in_Bm[%v3364] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3366 = llvm.load %v3365 : !llvm.ptr -> f32
          %v3367 = arith.muli %v39, %v3102 : i64
          %v3368 = arith.constant 2 : i64
          %v3369 = arith.muli %v3368, %v3101 : i64
          %v3370 = arith.addi %v3367, %v3369 : i64
          %v3371 = arith.muli %v3353, %v2 : i64
          %v3372 = arith.addi %v3370, %v3371 : i64
          %v3373 = llvm.getelementptr %in_Bm[%v3372] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3374 = llvm.load %v3373 : !llvm.ptr -> f32
          %v3375 = arith.muli %v39, %v3102 : i64
          %v3376 = arith.constant 3 : i64
          %v3377 = arith.muli %v3376, %v3101 : i64
          %v3378 = arith.addi %v3375, %v3377 : i64
          %v3379 = arith.muli %v3353, %v2 : i64
          %v3380 = arith.addi %v3378, %v3379 : i64
          %v3381 = llvm.getelementptr %in_Bm[%v3380] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3382 = llvm.load %v3381 : !llvm.ptr -> f32
          %v3383 = arith.muli %v39, %v3102 : i64
          %v3384 = arith.constant 4 : i64
          %v3385 = arith.muli %v3384, %v3101 : i64
          %v3386 = arith.addi %v3383, %v3385 : i64
          %v3387 = arith.muli %v3353, %v2 : i64
          %v3388 = arith.addi %v3386, %v3387 : i64
          %v3389 = llvm.getelementptr %in_Bm[%v3388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3390 = llvm.load %v3389 : !llvm.ptr -> f32
          %v3391 = arith.muli %v39, %v3102 : i64
          %v3392 = arith.constant 5 : i64
          %v3393 = arith.muli %v3392, %v3101 : i64
          %v3394 = arith.addi %v3391, %v3393 : i64
          %v3395 = arith.muli %v3353, %v2 : i64
          %v3396 = arith.addi %v3394, %v3395 : i64
          %v3397 = llvm.getelementptr %in_Bm[%v3396] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3398 = llvm.load %v3397 : !llvm.ptr -> f32
          %v3399 = arith.muli %v39, %v3102 : i64
          %v3400 = arith.constant 6 : i64
          %v3401 = arith.muli %v3400, %v3101 : i64
          %v3402 = arith.addi %v3399, %v3401 : i64
          %v3403 = arith.muli %v3353, %v2 : i64
          %v3404 = arith.addi %v3402, %v3403 : i64
          %v3405 = llvm.getelementptr %in_Bm[%v3404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3406 = llvm.load %v3405 : !llvm.ptr -> f32
          %v3407 = arith.muli %v39, %v3102 : i64
          %v3408 = arith.constant 7 : i64
          %v3409 = arith.muli %v3408, %v3101 : i64
          %v3410 = arith.addi %v3407, %v3409 : i64
          %v3411 = arith.muli %v3353, %v2 : i64
          %v3412 = arith.addi %v3410, %v3411 : i64
          %v3413 = llvm.getelementptr %in_Bm[%v3412] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3414 = llvm.load %v3413 : !llvm.ptr -> f32
          %v3415 = arith.muli %v39, %v3102 : i64
          %v3416 = arith.constant 8 : i64
          %v3417 = arith.muli %v3416, %v3101 : i64
          %v3418 = arith.addi %v3415, %v3417 : i64
          %v3419 = arith.muli %v3353, %v2 : i64
          %v3420 = arith.addi %v3418, %v3419 : i64
          %v3421 = llvm.getelementptr %in_Bm[%v3420] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3422 = llvm.load %v3421 : !llvm.ptr -> f32
          %v3423 = arith.muli %v39, %v3102 : i64
          %v3424 = arith.constant 9 : i64
          %v3425 = arith.muli %v3424, %v3101 : i64
          %v3426 = arith.addi %v3423, %v3425 : i64
          %v3427 = arith.muli %v3353, %v2 : i64
          %v3428 = arith.addi %v3426, %v3427 : i64
          %v3429 = llvm.getelementptr %in_Bm[%v3428] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3430 = llvm.load %v3429 : !llvm.ptr -> f32
          %v3431 = arith.muli %v39, %v3102 : i64
          %v3432 = arith.constant 10 : i64
          %v3433 = arith.muli %v3432, %v3101 : i64
          %v3434 = arith.addi %v3431, %v3433 : i64
          %v3435 = arith.muli %v3353, %v2 : i64
          %v3436 = arith.addi %v3434, %v3435 : i64
          %v3437 = llvm.getelementptr %in_Bm[%v3436] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3438 = llvm.load %v3437 : !llvm.ptr -> f32
          %v3439 = arith.muli %v39, %v3102 : i64
          %v3440 = arith.constant 11 : i64
          %v3441 = arith.muli %v3440, %v3101 : i64
          %v3442 = arith.addi %v3439, %v3441 : i64
          %v3443 = arith.muli %v3353, %v2 : i64
          %v3444 = arith.addi %v3442, %v3443 : i64
          %v3445 = llvm.getelementptr %in_Bm[%v3444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3446 = llvm.load %v3445 : !llvm.ptr -> f32
          %v3447 = arith.muli %v39, %v3102 : i64
          %v3448 = arith.constant 12 : i64
          %v3449 = arith.muli %v3448, %v3101 : i64
          %v3450 = arith.addi %v3447, %v3449 : i64
          %v3451 = arith.muli %v3353, %v2 : i64
          %v3452 = arith.addi %v3450, %v3451 : i64
          %v3453 = llvm.getelementptr %in_Bm[%v3452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3454 = llvm.load %v3453 : !llvm.ptr -> f32
          %v3455 = arith.muli %v39, %v3102 : i64
          %v3456 = arith.constant 13 : i64
          %v3457 = arith.muli %v3456, %v3101 : i64
          %v3458 = arith.addi %v3455, %v3457 : i64
          %v3459 = arith.muli %v3353, %v2 : i64
          %v3460 = arith.addi %v3458, %v3459 : i64
          %v3461 = llvm.getelementptr %in_Bm[%v3460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3462 = llvm.load %v3461 : !llvm.ptr -> f32
          %v3463 = arith.muli %v39, %v3102 : i64
          %v3464 = arith.constant 14 : i64
          %v3465 = arith.muli %v3464, %v3101 : i64
          %v3466 = arith.addi %v3463, %v3465 : i64
          %v3467 = arith.muli %v3353, %v2 : i64
          %v3468 = arith.addi %v3466, %v3467 : i64
          %v3469 = llvm.getelementptr %in_Bm[%v3468] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3470 = llvm.load %v3469 : !llvm.ptr -> f32
          %v3471 = arith.muli %v39, %v3102 : i64
          %v3472 = arith.constant 15 : i64
          %v3473 = arith.muli %v3472, %v3101 : i64
          %v3474 = arith.addi %v3471, %v3473 : i64
          %v3475 = arith.muli %v3353, %v2 : i64
          %v3476 = arith.addi %v3474, %v3475 : i64
          %v3477 = llvm.getelementptr %in_Bm[%v3476] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3478 = llvm.load %v3477 : !llvm.ptr -> f32
          %v3479 = arith.muli %v39, %v3102 : i64
          %v3480 = arith.muli %v3353, %v2 : i64
          %v3481 = arith.addi %v3479, %v3480 : i64
          %v3482 = llvm.getelementptr %in_Cm[%v3481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3483 = llvm.load %v3482 : !llvm.ptr -> f32
          %v3484 = arith.muli %v39, %v3102 : i64
          %v3485 = arith.constant 1 : i64
          %v3486 = arith.muli %v3485, %v3101 : i64
          %v3487 = arith.addi %v3484, %v3486 : i64
          %v3488 = arith.muli %v3353, %v2 : i64
          %v3489 = arith.addi %v3487, %v3488 : i64
          %v3490 = llvm.getelementptr %in_Cm[%v3489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3491 = llvm.load %v3490 : !llvm.ptr -> f32
          %v3492 = arith.muli %v39, %v3102 : i64
          %v3493 = arith.constant 2 : i64
          %v3494 = arith.muli %v3493, %v3101 : i64
          %v3495 = arith.addi %v3492, %v3494 : i64
          %v3496 = arith.muli %v3353, %v2 : i64
          %v3497 = arith.addi %v3495, %v3496 : i64
          %v3498 = llvm.getelementptr %in_Cm[%v3497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3499 = llvm.load %v3498 : !llvm.ptr -> f32
          %v3500 = arith.muli %v39, %v3102 : i64
          %v3501 = arith.constant 3 : i64
          %v3502 = arith.muli %v3501, %v3101 : i64
          %v3503 = arith.addi %v3500, %v3502 : i64
          %v3504 = arith.muli %v3353, %v2 : i64
          %v3505 = arith.addi %v3503, %v3504 : i64
          %v3506 = llvm.getelementptr %in_Cm[%v3505] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3507 = llvm.load %v3506 : !llvm.ptr -> f32
          %v3508 = arith.muli %v39, %v3102 : i64
          %v3509 = arith.constant 4 : i64
          %v3510 = arith.muli %v3509, %v3101 : i64
          %v3511 = arith.addi %v3508, %v3510 : i64
          %v3512 = arith.muli %v3353, %v2 : i64
          %v3513 = arith.addi %v3511, %v3512 : i64
          %v3514 = llvm.getelementptr %in_Cm[%v3513] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3515 = llvm.load %v3514 : !llvm.ptr -> f32
          %v3516 = arith.muli %v39, %v3102 : i64
          %v3517 = arith.constant 5 : i64
          %v3518 = arith.muli %v3517, %v3101 : i64
          %v3519 = arith.addi %v3516, %v3518 : i64
          %v3520 = arith.muli %v3353, %v2 : i64
          %v3521 = arith.addi %v3519, %v3520 : i64
          %v3522 = llvm.getelementptr %in_Cm[%v3521] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3523 = llvm.load %v3522 : !llvm.ptr -> f32
          %v3524 = arith.muli %v39, %v3102 : i64
          %v3525 = arith.constant 6 : i64
          %v3526 = arith.muli %v3525, %v3101 : i64
          %v3527 = arith.addi %v3524, %v3526 : i64
          %v3528 = arith.muli %v3353, %v2 : i64
          %v3529 = arith.addi %v3527, %v3528 : i64
          %v3530 = llvm.getelementptr %in_Cm[%v3529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3531 = llvm.load %v3530 : !llvm.ptr -> f32
          %v3532 = arith.muli %v39, %v3102 : i64
          %v3533 = arith.constant 7 : i64
          %v3534 = arith.muli %v3533, %v3101 : i64
          %v3535 = arith.addi %v3532, %v3534 : i64
          %v3536 = arith.muli %v3353, %v2 : i64
          %v3537 = arith.addi %v3535, %v3536 : i64
          %v3538 = llvm.getelementptr %in_Cm[%v3537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3539 = llvm.load %v3538 : !llvm.ptr -> f32
          %v3540 = arith.muli %v39, %v3102 : i64
          %v3541 = arith.constant 8 : i64
          %v3542 = arith.muli %v3541, %v3101 : i64
          %v3543 = arith.addi %v3540, %v3542 : i64
          %v3544 = arith.muli %v3353, %v2 : i64
          %v3545 = arith.addi %v3543, %v3544 : i64
          %v3546 = llvm.getelementptr %in_Cm[%v3545] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3547 = llvm.load %v3546 : !llvm.ptr -> f32
          %v3548 = arith.muli %v39, %v3102 : i64
          %v3549 = arith.constant 9 : i64
          %v3550 = arith.muli %v3549, %v3101 : i64
          %v3551 = arith.addi %v3548, %v3550 : i64
          %v3552 = arith.muli %v3353, %v2 : i64
          %v3553 = arith.addi %v3551, %v3552 : i64
          %v3554 = llvm.getelementptr %in_Cm[%v3553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3555 = llvm.load %v3554 : !llvm.ptr -> f32
          %v3556 = arith.muli %v39, %v3102 : i64
          %v3557 = arith.constant 10 : i64
          %v3558 = arith.muli %v3557, %v3101 : i64
          %v3559 = arith.addi %v3556, %v3558 : i64
          %v3560 = arith.muli %v3353, %v2 : i64
          %v3561 = arith.addi %v3559, %v3560 : i64
          %v3562 = llvm.getelementptr %in_Cm[%v3561] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3563 = llvm.load %v3562 : !llvm.ptr -> f32
          %v3564 = arith.muli %v39, %v3102 : i64
          %v3565 = arith.constant 11 : i64
          %v3566 = arith.muli %v3565, %v3101 : i64
          %v3567 = arith.addi %v3564, %v3566 : i64
          %v3568 = arith.muli %v3353, %v2 : i64
          %v3569 = arith.addi %v3567, %v3568 : i64
          %v3570 = llvm.getelementptr %in_Cm[%v3569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3571 = llvm.load %v3570 : !llvm.ptr -> f32
          %v3572 = arith.muli %v39, %v3102 : i64
          %v3573 = arith.constant 12 : i64
          %v3574 = arith.muli %v3573, %v3101 : i64
          %v3575 = arith.addi %v3572, %v3574 : i64
          %v3576 = arith.muli %v3353, %v2 : i64
          %v3577 = arith.addi %v3575, %v3576 : i64
          %v3578 = llvm.getelementptr %in_Cm[%v3577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3579 = llvm.load %v3578 : !llvm.ptr -> f32
          %v3580 = arith.muli %v39, %v3102 : i64
          %v3581 = arith.constant 13 : i64
          %v3582 = arith.muli %v3581, %v3101 : i64
          %v3583 = arith.addi %v3580, %v3582 : i64
          %v3584 = arith.muli %v3353, %v2 : i64
          %v3585 = arith.addi %v3583, %v3584 : i64
          %v3586 = llvm.getelementptr %in_Cm[%v3585] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3587 = llvm.load %v3586 : !llvm.ptr -> f32
          %v3588 = arith.muli %v39, %v3102 : i64
          %v3589 = arith.constant 14 : i64
          %v3590 = arith.muli %v3589, %v3101 : i64
          %v3591 = arith.addi %v3588, %v3590 : i64
          %v3592 = arith.muli %v3353, %v2 : i64
          %v3593 = arith.addi %v3591, %v3592 : i64
          %v3594 = llvm.getelementptr %in_Cm[%v3593] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3595 = llvm.load %v3594 : !llvm.ptr -> f32
          %v3596 = arith.muli %v39, %v3102 : i64
          %v3597 = arith.constant 15 : i64
          %v3598 = arith.muli %v3597, %v3101 : i64
          %v3599 = arith.addi %v3596, %v3598 : i64
          %v3600 = arith.muli %v3353, %v2 : i64
          %v3601 = arith.addi %v3599, %v3600 : i64
          %v3602 = llvm.getelementptr %in_Cm[%v3601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3603 = llvm.load %v3602 : !llvm.ptr -> f32
          %v3604 = arith.addi %v1737, %v3098 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v3605 = arith.remui %v3604, %v31 : i64
          %v3606 = arith.cmpi eq, %v3605, %v41 : i64
          %v3607 = arith.andi %v3606, %v34 : i1
          scf.if %v3607 {
            %v3608 = arith.divui %v3604, %v31 : i64
            %v3609 = llvm.mlir.zero : !llvm.ptr
            %v3610 = llvm.icmp "ne" %ckpt_h, %v3609 : !llvm.ptr
            scf.if %v3610 {
              %v3614 = arith.muli %v3608, %v3613 : i64
              %v3615 = llvm.load %v5 : !llvm.ptr -> f32
              %v3616 = arith.muli %v39, %v81 : i64
              %v3617 = arith.muli %v37, %v80 : i64
              %v3618 = arith.addi %v3616, %v3617 : i64
              %v3619 = arith.addi %v3614, %v3618 : i64
              %v3620 = llvm.getelementptr %ckpt_h[%v3619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3615, %v3620 : f32, !llvm.ptr
              %v3621 = llvm.load %v6 : !llvm.ptr -> f32
              %v3622 = arith.muli %v39, %v81 : i64
              %v3623 = arith.muli %v37, %v80 : i64
              %v3624 = arith.addi %v3622, %v3623 : i64
              %v3625 = arith.constant 1 : i64
              %v3626 = arith.muli %v3625, %v2 : i64
              %v3627 = arith.addi %v3624, %v3626 : i64
              %v3628 = arith.addi %v3614, %v3627 : i64
              %v3629 = llvm.getelementptr %ckpt_h[%v3628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3621, %v3629 : f32, !llvm.ptr
              %v3630 = llvm.load %v7 : !llvm.ptr -> f32
              %v3631 = arith.muli %v39, %v81 : i64
              %v3632 = arith.muli %v37, %v80 : i64
              %v3633 = arith.addi %v3631, %v3632 : i64
              %v3634 = arith.constant 2 : i64
              %v3635 = arith.muli %v3634, %v2 : i64
              %v3636 = arith.addi %v3633, %v3635 : i64
              %v3637 = arith.addi %v3614, %v3636 : i64
              %v3638 = llvm.getelementptr %ckpt_h[%v3637] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3630, %v3638 : f32, !llvm.ptr
              %v3639 = llvm.load %v8 : !llvm.ptr -> f32
              %v3640 = arith.muli %v39, %v81 : i64
              %v3641 = arith.muli %v37, %v80 : i64
              %v3642 = arith.addi %v3640, %v3641 : i64
              %v3643 = arith.constant 3 : i64
              %v3644 = arith.muli %v3643, %v2 : i64
              %v3645 = arith.addi %v3642, %v3644 : i64
              %v3646 = arith.addi %v3614, %v3645 : i64
              %v3647 = llvm.getelementptr %ckpt_h[%v3646] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3639, %v3647 : f32, !llvm.ptr
              %v3648 = llvm.load %v9 : !llvm.ptr -> f32
              %v3649 = arith.muli %v39, %v81 : i64
              %v3650 = arith.muli %v37, %v80 : i64
              %v3651 = arith.addi %v3649, %v3650 : i64
              %v3652 = arith.constant 4 : i64
              %v3653 = arith.muli %v3652, %v2 : i64
              %v3654 = arith.addi %v3651, %v3653 : i64
              %v3655 = arith.addi %v3614, %v3654 : i64
              %v3656 = llvm.getelementptr %ckpt_h[%v3655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3648, %v3656 : f32, !llvm.ptr
              %v3657 = llvm.load %v10 : !llvm.ptr -> f32
              %v3658 = arith.muli %v39, %v81 : i64
              %v3659 = arith.muli %v37, %v80 : i64
              %v3660 = arith.addi %v3658, %v3659 : i64
              %v3661 = arith.constant 5 : i64
              %v3662 = arith.muli %v3661, %v2 : i64
              %v3663 = arith.addi %v3660, %v3662 : i64
              %v3664 = arith.addi %v3614, %v3663 : i64
              %v3665 = llvm.getelementptr %ckpt_h[%v3664] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3657, %v3665 : f32, !llvm.ptr
              %v3666 = llvm.load %v11 : !llvm.ptr -> f32
              %v3667 = arith.muli %v39, %v81 : i64
              %v3668 = arith.muli %v37, %v80 : i64
              %v3669 = arith.addi %v3667, %v3668 : i64
              %v3670 = arith.constant 6 : i64
              %v3671 = arith.muli %v3670, %v2 : i64
              %v3672 = arith.addi %v3669, %v3671 : i64
              %v3673 = arith.addi %v3614, %v3672 : i64
              %v3674 = llvm.getelementptr %ckpt_h[%v3673] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3666, %v3674 : f32, !llvm.ptr
              %v3675 = llvm.load %v12 : !llvm.ptr -> f32
              %v3676 = arith.muli %v39, %v81 : i64
              %v3677 = arith.muli %v37, %v80 : i64
              %v3678 = arith.addi %v3676, %v3677 : i64
              %v3679 = arith.constant 7 : i64
              %v3680 = arith.muli %v3679, %v2 : i64
              %v3681 = arith.addi %v3678, %v3680 : i64
              %v3682 = arith.addi %v3614, %v3681 : i64
              %v3683 = llvm.getelementptr %ckpt_h[%v3682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3675, %v3683 : f32, !llvm.ptr
              %v3684 = llvm.load %v13 : !llvm.ptr -> f32
              %v3685 = arith.muli %v39, %v81 : i64
              %v3686 = arith.muli %v37, %v80 : i64
              %v3687 = arith.addi %v3685, %v3686 : i64
              %v3688 = arith.constant 8 : i64
              %v3689 = arith.muli %v3688, %v2 : i64
              %v3690 = arith.addi %v3687, %v3689 : i64
              %v3691 = arith.addi %v3614, %v3690 : i64
              %v3692 = llvm.getelementptr %ckpt_h[%v3691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3684, %v3692 : f32, !llvm.ptr
              %v3693 = llvm.load %v14 : !llvm.ptr -> f32
              %v3694 = arith.muli %v39, %v81 : i64
              %v3695 = arith.muli %v37, %v80 : i64
              %v3696 = arith.addi %v3694, %v3695 : i64
              %v3697 = arith.constant 9 : i64
              %v3698 = arith.muli %v3697, %v2 : i64
              %v3699 = arith.addi %v3696, %v3698 : i64
              %v3700 = arith.addi %v3614, %v3699 : i64
              %v3701 = llvm.getelementptr %ckpt_h[%v3700] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3693, %v3701 : f32, !llvm.ptr
              %v3702 = llvm.load %v15 : !llvm.ptr -> f32
              %v3703 = arith.muli %v39, %v81 : i64
              %v3704 = arith.muli %v37, %v80 : i64
              %v3705 = arith.addi %v3703, %v3704 : i64
              %v3706 = arith.constant 10 : i64
              %v3707 = arith.muli %v3706, %v2 : i64
              %v3708 = arith.addi %v3705, %v3707 : i64
              %v3709 = arith.addi %v3614, %v3708 : i64
              %v3710 = llvm.getelementptr %ckpt_h[%v3709] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3702, %v3710 : f32, !llvm.ptr
              %v3711 = llvm.load %v16 : !llvm.ptr -> f32
              %v3712 = arith.muli %v39, %v81 : i64
              %v3713 = arith.muli %v37, %v80 : i64
              %v3714 = arith.addi %v3712, %v3713 : i64
              %v3715 = arith.constant 11 : i64
              %v3716 = arith.muli %v3715, %v2 : i64
              %v3717 = arith.addi %v3714, %v3716 : i64
              %v3718 = arith.addi %v3614, %v3717 : i64
              %v3719 = llvm.getelementptr %ckpt_h[%v3718] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3711, %v3719 : f32, !llvm.ptr
              %v3720 = llvm.load %v17 : !llvm.ptr -> f32
              %v3721 = arith.muli %v39, %v81 : i64
              %v3722 = arith.muli %v37, %v80 : i64
              %v3723 = arith.addi %v3721, %v3722 : i64
              %v3724 = arith.constant 12 : i64
              %v3725 = arith.muli %v3724, %v2 : i64
              %v3726 = arith.addi %v3723, %v3725 : i64
              %v3727 = arith.addi %v3614, %v3726 : i64
              %v3728 = llvm.getelementptr %ckpt_h[%v3727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3720, %v3728 : f32, !llvm.ptr
              %v3729 = llvm.load %v18 : !llvm.ptr -> f32
              %v3730 = arith.muli %v39, %v81 : i64
              %v3731 = arith.muli %v37, %v80 : i64
              %v3732 = arith.addi %v3730, %v3731 : i64
              %v3733 = arith.constant 13 : i64
              %v3734 = arith.muli %v3733, %v2 : i64
              %v3735 = arith.addi %v3732, %v3734 : i64
              %v3736 = arith.addi %v3614, %v3735 : i64
              %v3737 = llvm.getelementptr %ckpt_h[%v3736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3729, %v3737 : f32, !llvm.ptr
              %v3738 = llvm.load %v19 : !llvm.ptr -> f32
              %v3739 = arith.muli %v39, %v81 : i64
              %v3740 = arith.muli %v37, %v80 : i64
              %v3741 = arith.addi %v3739, %v3740 : i64
              %v3742 = arith.constant 14 : i64
              %v3743 = arith.muli %v3742, %v2 : i64
              %v3744 = arith.addi %v3741, %v3743 : i64
              %v3745 = arith.addi %v3614, %v3744 : i64
              %v3746 = llvm.getelementptr %ckpt_h[%v3745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3738, %v3746 : f32, !llvm.ptr
              %v3747 = llvm.load %v20 : !llvm.ptr -> f32
              %v3748 = arith.muli %v39, %v81 : i64
              %v3749 = arith.muli %v37, %v80 : i64
              %v3750 = arith.addi %v3748, %v3749 : i64
              %v3751 = arith.constant 15 : i64
              %v3752 = arith.muli %v3751, %v2 : i64
              %v3753 = arith.addi %v3750, %v3752 : i64
              %v3754 = arith.addi %v3614, %v3753 : i64
              %v3755 = llvm.getelementptr %ckpt_h[%v3754] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v3747, %v3755 : f32, !llvm.ptr
            }
          }
          // end save
          %v3762 = arith.muli %v2, %v31 : i64
          %v3763 = arith.addi %v3762, %v29 : i64
          %v3764 = arith.muli %v3763, %v269 : i64
          %v3765 = arith.addi %v3764, %v3098 : i64
          %v3766 = llvm.getelementptr %v22[%v3765] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3767 = llvm.load %v3766 : !llvm.ptr<3> -> f32
          %v3771 = arith.addf %v3767, %v3770 fastmath<contract> : f32
          %v3772 = arith.maximumf %v3771, %v90 : f32
          %v3773 = llvm.call_intrinsic "llvm.fabs.f32"(%v3771) : (f32) -> f32
          %v3774 = arith.negf %v3773 : f32
          %v3775 = arith.mulf %v3774, %v3760 fastmath<contract> : f32
          %v3776 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3775) : (f32) -> f32
          %v3778 = arith.addf %v3777, %v3776 fastmath<contract> : f32
          %v3779 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3778) : (f32) -> f32
          %v3781 = arith.mulf %v3779, %v3780 fastmath<contract> : f32
          %v3783 = arith.mulf %v3782, %v3776 fastmath<contract> : f32
          %v3785 = arith.addf %v3783, %v3784 fastmath<contract> : f32
          %v3786 = arith.mulf %v3785, %v3776 fastmath<contract> : f32
          %v3788 = arith.addf %v3786, %v3787 fastmath<contract> : f32
          %v3789 = arith.mulf %v3788, %v3776 fastmath<contract> : f32
          %v3791 = arith.addf %v3789, %v3790 fastmath<contract> : f32
          %v3792 = arith.mulf %v3791, %v3776 fastmath<contract> : f32
          %v3794 = arith.addf %v3792, %v3793 fastmath<contract> : f32
          %v3795 = arith.mulf %v3794, %v3776 fastmath<contract> : f32
          %v3797 = arith.addf %v3795, %v3796 fastmath<contract> : f32
          %v3798 = arith.mulf %v3797, %v3776 fastmath<contract> : f32
          %v3799 = arith.addf %v3798, %v3777 fastmath<contract> : f32
          %v3800 = arith.mulf %v3799, %v3776 fastmath<contract> : f32
          %v3801 = llvm.call_intrinsic "llvm.fabs.f32"(%v3776) : (f32) -> f32
          %v3803 = arith.cmpf olt, %v3801, %v3802 : f32
          %v3804 = arith.select %v3803, %v3800, %v3781 : f32
          %v3805 = arith.addf %v3772, %v3804 fastmath<contract> : f32
          %v3806 = arith.mulf %v3805, %v3761 fastmath<contract> : f32
          %v3807 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3806) : (f32) -> f32
          %v3808 = arith.muli %v41, %v31 : i64
          %v3809 = arith.addi %v3808, %v29 : i64
          %v3810 = arith.muli %v3809, %v269 : i64
          %v3811 = arith.addi %v3810, %v3098 : i64
          %v3812 = llvm.getelementptr %v22[%v3811] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3813 = llvm.load %v3812 : !llvm.ptr<3> -> f32
          %v3814 = arith.mulf %v3805, %v3813 fastmath<contract> : f32
          %v3815 = arith.mulf %v3107, %v3814 fastmath<contract> : f32
          %v3816 = llvm.load %v5 : !llvm.ptr -> f32
          %v3817 = arith.mulf %v3807, %v3816 fastmath<contract> : f32
          %v3818 = arith.addf %v3817, %v3815 fastmath<contract> : f32
          %v3826 = arith.mulf %v3805, %v3825 fastmath<contract> : f32
          %v3827 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3826) : (f32) -> f32
          %v3828 = arith.mulf %v3115, %v3814 fastmath<contract> : f32
          %v3829 = llvm.load %v6 : !llvm.ptr -> f32
          %v3830 = arith.mulf %v3827, %v3829 fastmath<contract> : f32
          %v3831 = arith.addf %v3830, %v3828 fastmath<contract> : f32
          %v3839 = arith.mulf %v3805, %v3838 fastmath<contract> : f32
          %v3840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3839) : (f32) -> f32
          %v3841 = arith.mulf %v3123, %v3814 fastmath<contract> : f32
          %v3842 = llvm.load %v7 : !llvm.ptr -> f32
          %v3843 = arith.mulf %v3840, %v3842 fastmath<contract> : f32
          %v3844 = arith.addf %v3843, %v3841 fastmath<contract> : f32
          %v3852 = arith.mulf %v3805, %v3851 fastmath<contract> : f32
          %v3853 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3852) : (f32) -> f32
          %v3854 = arith.mulf %v3131, %v3814 fastmath<contract> : f32
          %v3855 = llvm.load %v8 : !llvm.ptr -> f32
          %v3856 = arith.mulf %v3853, %v3855 fastmath<contract> : f32
          %v3857 = arith.addf %v3856, %v3854 fastmath<contract> : f32
          %v3865 = arith.mulf %v3805, %v3864 fastmath<contract> : f32
          %v3866 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3865) : (f32) -> f32
          %v3867 = arith.mulf %v3139, %v3814 fastmath<contract> : f32
          %v3868 = llvm.load %v9 : !llvm.ptr -> f32
          %v3869 = arith.mulf %v3866, %v3868 fastmath<contract> : f32
          %v3870 = arith.addf %v3869, %v3867 fastmath<contract> : f32
          %v3878 = arith.mulf %v3805, %v3877 fastmath<contract> : f32
          %v3879 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3878) : (f32) -> f32
          %v3880 = arith.mulf %v3147, %v3814 fastmath<contract> : f32
          %v3881 = llvm.load %v10 : !llvm.ptr -> f32
          %v3882 = arith.mulf %v3879, %v3881 fastmath<contract> : f32
          %v3883 = arith.addf %v3882, %v3880 fastmath<contract> : f32
          %v3891 = arith.mulf %v3805, %v3890 fastmath<contract> : f32
          %v3892 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3891) : (f32) -> f32
          %v3893 = arith.mulf %v3155, %v3814 fastmath<contract> : f32
          %v3894 = llvm.load %v11 : !llvm.ptr -> f32
          %v3895 = arith.mulf %v3892, %v3894 fastmath<contract> : f32
          %v3896 = arith.addf %v3895, %v3893 fastmath<contract> : f32
          %v3904 = arith.mulf %v3805, %v3903 fastmath<contract> : f32
          %v3905 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3904) : (f32) -> f32
          %v3906 = arith.mulf %v3163, %v3814 fastmath<contract> : f32
          %v3907 = llvm.load %v12 : !llvm.ptr -> f32
          %v3908 = arith.mulf %v3905, %v3907 fastmath<contract> : f32
          %v3909 = arith.addf %v3908, %v3906 fastmath<contract> : f32
          %v3917 = arith.mulf %v3805, %v3916 fastmath<contract> : f32
          %v3918 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3917) : (f32) -> f32
          %v3919 = arith.mulf %v3171, %v3814 fastmath<contract> : f32
          %v3920 = llvm.load %v13 : !llvm.ptr -> f32
          %v3921 = arith.mulf %v3918, %v3920 fastmath<contract> : f32
          %v3922 = arith.addf %v3921, %v3919 fastmath<contract> : f32
          %v3930 = arith.mulf %v3805, %v3929 fastmath<contract> : f32
          %v3931 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3930) : (f32) -> f32
          %v3932 = arith.mulf %v3179, %v3814 fastmath<contract> : f32
          %v3933 = llvm.load %v14 : !llvm.ptr -> f32
          %v3934 = arith.mulf %v3931, %v3933 fastmath<contract> : f32
          %v3935 = arith.addf %v3934, %v3932 fastmath<contract> : f32
          %v3943 = arith.mulf %v3805, %v3942 fastmath<contract> : f32
          %v3944 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3943) : (f32) -> f32
          %v3945 = arith.mulf %v3187, %v3814 fastmath<contract> : f32
          %v3946 = llvm.load %v15 : !llvm.ptr -> f32
          %v3947 = arith.mulf %v3944, %v3946 fastmath<contract> : f32
          %v3948 = arith.addf %v3947, %v3945 fastmath<contract> : f32
          %v3956 = arith.mulf %v3805, %v3955 fastmath<contract> : f32
          %v3957 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3956) : (f32) -> f32
          %v3958 = arith.mulf %v3195, %v3814 fastmath<contract> : f32
          %v3959 = llvm.load %v16 : !llvm.ptr -> f32
          %v3960 = arith.mulf %v3957, %v3959 fastmath<contract> : f32
          %v3961 = arith.addf %v3960, %v3958 fastmath<contract> : f32
          %v3969 = arith.mulf %v3805, %v3968 fastmath<contract> : f32
          %v3970 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3969) : (f32) -> f32
          %v3971 = arith.mulf %v3203, %v3814 fastmath<contract> : f32
          %v3972 = llvm.load %v17 : !llvm.ptr -> f32
          %v3973 = arith.mulf %v3970, %v3972 fastmath<contract> : f32
          %v3974 = arith.addf %v3973, %v3971 fastmath<contract> : f32
          %v3982 = arith.mulf %v3805, %v3981 fastmath<contract> : f32
          %v3983 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3982) : (f32) -> f32
          %v3984 = arith.mulf %v3211, %v3814 fastmath<contract> : f32
          %v3985 = llvm.load %v18 : !llvm.ptr -> f32
          %v3986 = arith.mulf %v3983, %v3985 fastmath<contract> : f32
          %v3987 = arith.addf %v3986, %v3984 fastmath<contract> : f32
          %v3995 = arith.mulf %v3805, %v3994 fastmath<contract> : f32
          %v3996 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3995) : (f32) -> f32
          %v3997 = arith.mulf %v3219, %v3814 fastmath<contract> : f32
          %v3998 = llvm.load %v19 : !llvm.ptr -> f32
          %v3999 = arith.mulf %v3996, %v3998 fastmath<contract> : f32
          %v4000 = arith.addf %v3999, %v3997 fastmath<contract> : f32
          %v4008 = arith.mulf %v3805, %v4007 fastmath<contract> : f32
          %v4009 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4008) : (f32) -> f32
          %v4010 = arith.mulf %v3227, %v3814 fastmath<contract> : f32
          %v4011 = llvm.load %v20 : !llvm.ptr -> f32
          %v4012 = arith.mulf %v4009, %v4011 fastmath<contract> : f32
          %v4013 = arith.addf %v4012, %v4010 fastmath<contract> : f32
          llvm.store %v3818, %v5 : f32, !llvm.ptr
          llvm.store %v3831, %v6 : f32, !llvm.ptr
          llvm.store %v3844, %v7 : f32, !llvm.ptr
          llvm.store %v3857, %v8 : f32, !llvm.ptr
          llvm.store %v3870, %v9 : f32, !llvm.ptr
          llvm.store %v3883, %v10 : f32, !llvm.ptr
          llvm.store %v3896, %v11 : f32, !llvm.ptr
          llvm.store %v3909, %v12 : f32, !llvm.ptr
          llvm.store %v3922, %v13 : f32, !llvm.ptr
          llvm.store %v3935, %v14 : f32, !llvm.ptr
          llvm.store %v3948, %v15 : f32, !llvm.ptr
          llvm.store %v3961, %v16 : f32, !llvm.ptr
          llvm.store %v3974, %v17 : f32, !llvm.ptr
          llvm.store %v3987, %v18 : f32, !llvm.ptr
          llvm.store %v4000, %v19 : f32, !llvm.ptr
          llvm.store %v4013, %v20 : f32, !llvm.ptr
          %v4014 = llvm.load %v5 : !llvm.ptr -> f32
          %v4015 = arith.mulf %v3232, %v4014 fastmath<contract> : f32
          %v4016 = llvm.load %v6 : !llvm.ptr -> f32
          %v4017 = arith.mulf %v3240, %v4016 fastmath<contract> : f32
          %v4018 = arith.addf %v4015, %v4017 fastmath<contract> : f32
          %v4019 = llvm.load %v7 : !llvm.ptr -> f32
          %v4020 = arith.mulf %v3248, %v4019 fastmath<contract> : f32
          %v4021 = arith.addf %v4018, %v4020 fastmath<contract> : f32
          %v4022 = llvm.load %v8 : !llvm.ptr -> f32
          %v4023 = arith.mulf %v3256, %v4022 fastmath<contract> : f32
          %v4024 = arith.addf %v4021, %v4023 fastmath<contract> : f32
          %v4025 = llvm.load %v9 : !llvm.ptr -> f32
          %v4026 = arith.mulf %v3264, %v4025 fastmath<contract> : f32
          %v4027 = arith.addf %v4024, %v4026 fastmath<contract> : f32
          %v4028 = llvm.load %v10 : !llvm.ptr -> f32
          %v4029 = arith.mulf %v3272, %v4028 fastmath<contract> : f32
          %v4030 = arith.addf %v4027, %v4029 fastmath<contract> : f32
          %v4031 = llvm.load %v11 : !llvm.ptr -> f32
          %v4032 = arith.mulf %v3280, %v4031 fastmath<contract> : f32
          %v4033 = arith.addf %v4030, %v4032 fastmath<contract> : f32
          %v4034 = llvm.load %v12 : !llvm.ptr -> f32
          %v4035 = arith.mulf %v3288, %v4034 fastmath<contract> : f32
          %v4036 = arith.addf %v4033, %v4035 fastmath<contract> : f32
          %v4037 = llvm.load %v13 : !llvm.ptr -> f32
          %v4038 = arith.mulf %v3296, %v4037 fastmath<contract> : f32
          %v4039 = arith.addf %v4036, %v4038 fastmath<contract> : f32
          %v4040 = llvm.load %v14 : !llvm.ptr -> f32
          %v4041 = arith.mulf %v3304, %v4040 fastmath<contract> : f32
          %v4042 = arith.addf %v4039, %v4041 fastmath<contract> : f32
          %v4043 = llvm.load %v15 : !llvm.ptr -> f32
          %v4044 = arith.mulf %v3312, %v4043 fastmath<contract> : f32
          %v4045 = arith.addf %v4042, %v4044 fastmath<contract> : f32
          %v4046 = llvm.load %v16 : !llvm.ptr -> f32
          %v4047 = arith.mulf %v3320, %v4046 fastmath<contract> : f32
          %v4048 = arith.addf %v4045, %v4047 fastmath<contract> : f32
          %v4049 = llvm.load %v17 : !llvm.ptr -> f32
          %v4050 = arith.mulf %v3328, %v4049 fastmath<contract> : f32
          %v4051 = arith.addf %v4048, %v4050 fastmath<contract> : f32
          %v4052 = llvm.load %v18 : !llvm.ptr -> f32
          %v4053 = arith.mulf %v3336, %v4052 fastmath<contract> : f32
          %v4054 = arith.addf %v4051, %v4053 fastmath<contract> : f32
          %v4055 = llvm.load %v19 : !llvm.ptr -> f32
          %v4056 = arith.mulf %v3344, %v4055 fastmath<contract> : f32
          %v4057 = arith.addf %v4054, %v4056 fastmath<contract> : f32
          %v4058 = llvm.load %v20 : !llvm.ptr -> f32
          %v4059 = arith.mulf %v3352, %v4058 fastmath<contract> : f32
          %v4060 = arith.addf %v4057, %v4059 fastmath<contract> : f32
          %v4064 = arith.mulf %v3813, %v4063 fastmath<contract> : f32
          %v4065 = arith.addf %v4060, %v4064 fastmath<contract> : f32
          %v4066 = arith.muli %v65, %v31 : i64
          %v4067 = arith.addi %v4066, %v29 : i64
          %v4068 = arith.muli %v4067, %v269 : i64
          %v4069 = arith.addi %v4068, %v3098 : i64
          %v4070 = llvm.getelementptr %v22[%v4069] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4071 = llvm.load %v4070 : !llvm.ptr<3> -> f32
          %v4072 = arith.negf %v4071 : f32
          %v4073 = arith.mulf %v4072, %v3760 fastmath<contract> : f32
          %v4074 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4073) : (f32) -> f32
          %v4075 = arith.addf %v3777, %v4074 fastmath<contract> : f32
          %v4076 = arith.divf %v3777, %v4075 : f32
          %v4077 = arith.mulf %v4071, %v4076 fastmath<contract> : f32
          %v4078 = arith.mulf %v4065, %v4077 fastmath<contract> : f32
          %v4079 = arith.muli %v76, %v31 : i64
          %v4080 = arith.addi %v4079, %v29 : i64
          %v4081 = arith.muli %v4080, %v269 : i64
          %v4082 = arith.addi %v4081, %v3098 : i64
          %v4083 = llvm.getelementptr %v22[%v4082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v4078, %v4083 : f32, !llvm.ptr<3>
          %v4084 = arith.addi %v1737, %v3099 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v4085 = arith.remui %v4084, %v31 : i64
          %v4086 = arith.cmpi eq, %v4085, %v41 : i64
          %v4087 = arith.andi %v4086, %v34 : i1
          scf.if %v4087 {
            %v4088 = arith.divui %v4084, %v31 : i64
            %v4089 = llvm.mlir.zero : !llvm.ptr
            %v4090 = llvm.icmp "ne" %ckpt_h, %v4089 : !llvm.ptr
            scf.if %v4090 {
              %v4094 = arith.muli %v4088, %v4093 : i64
              %v4095 = llvm.load %v5 : !llvm.ptr -> f32
              %v4096 = arith.muli %v39, %v81 : i64
              %v4097 = arith.muli %v37, %v80 : i64
              %v4098 = arith.addi %v4096, %v4097 : i64
              %v4099 = arith.addi %v4094, %v4098 : i64
              %v4100 = llvm.getelementptr %ckpt_h[%v4099] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4095, %v4100 : f32, !llvm.ptr
              %v4101 = llvm.load %v6 : !llvm.ptr -> f32
              %v4102 = arith.muli %v39, %v81 : i64
              %v4103 = arith.muli %v37, %v80 : i64
              %v4104 = arith.addi %v4102, %v4103 : i64
              %v4105 = arith.constant 1 : i64
              %v4106 = arith.muli %v4105, %v2 : i64
              %v4107 = arith.addi %v4104, %v4106 : i64
              %v4108 = arith.addi %v4094, %v4107 : i64
              %v4109 = llvm.getelementptr %ckpt_h[%v4108] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4101, %v4109 : f32, !llvm.ptr
              %v4110 = llvm.load %v7 : !llvm.ptr -> f32
              %v4111 = arith.muli %v39, %v81 : i64
              %v4112 = arith.muli %v37, %v80 : i64
              %v4113 = arith.addi %v4111, %v4112 : i64
              %v4114 = arith.constant 2 : i64
              %v4115 = arith.muli %v4114, %v2 : i64
              %v4116 = arith.addi %v4113, %v4115 : i64
              %v4117 = arith.addi %v4094, %v4116 : i64
              %v4118 = llvm.getelementptr %ckpt_h[%v4117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4110, %v4118 : f32, !llvm.ptr
              %v4119 = llvm.load %v8 : !llvm.ptr -> f32
              %v4120 = arith.muli %v39, %v81 : i64
              %v4121 = arith.muli %v37, %v80 : i64
              %v4122 = arith.addi %v4120, %v4121 : i64
              %v4123 = arith.constant 3 : i64
              %v4124 = arith.muli %v4123, %v2 : i64
              %v4125 = arith.addi %v4122, %v4124 : i64
              %v4126 = arith.addi %v4094, %v4125 : i64
              %v4127 = llvm.getelementptr %ckpt_h[%v4126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4119, %v4127 : f32, !llvm.ptr
              %v4128 = llvm.load %v9 : !llvm.ptr -> f32
              %v4129 = arith.muli %v39, %v81 : i64
              %v4130 = arith.muli %v37, %v80 : i64
              %v4131 = arith.addi %v4129, %v4130 : i64
              %v4132 = arith.constant 4 : i64
              %v4133 = arith.muli %v4132, %v2 : i64
              %v4134 = arith.addi %v4131, %v4133 : i64
              %v4135 = arith.addi %v4094, %v4134 : i64
              %v4136 = llvm.getelementptr %ckpt_h[%v4135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4128, %v4136 : f32, !llvm.ptr
              %v4137 = llvm.load %v10 : !llvm.ptr -> f32
              %v4138 = arith.muli %v39, %v81 : i64
              %v4139 = arith.muli %v37, %v80 : i64
              %v4140 = arith.addi %v4138, %v4139 : i64
              %v4141 = arith.constant 5 : i64
              %v4142 = arith.muli %v4141, %v2 : i64
              %v4143 = arith.addi %v4140, %v4142 : i64
              %v4144 = arith.addi %v4094, %v4143 : i64
              %v4145 = llvm.getelementptr %ckpt_h[%v4144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4137, %v4145 : f32, !llvm.ptr
              %v4146 = llvm.load %v11 : !llvm.ptr -> f32
              %v4147 = arith.muli %v39, %v81 : i64
              %v4148 = arith.muli %v37, %v80 : i64
              %v4149 = arith.addi %v4147, %v4148 : i64
              %v4150 = arith.constant 6 : i64
              %v4151 = arith.muli %v4150, %v2 : i64
              %v4152 = arith.addi %v4149, %v4151 : i64
              %v4153 = arith.addi %v4094, %v4152 : i64
              %v4154 = llvm.getelementptr %ckpt_h[%v4153] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4146, %v4154 : f32, !llvm.ptr
              %v4155 = llvm.load %v12 : !llvm.ptr -> f32
              %v4156 = arith.muli %v39, %v81 : i64
              %v4157 = arith.muli %v37, %v80 : i64
              %v4158 = arith.addi %v4156, %v4157 : i64
              %v4159 = arith.constant 7 : i64
              %v4160 = arith.muli %v4159, %v2 : i64
              %v4161 = arith.addi %v4158, %v4160 : i64
              %v4162 = arith.addi %v4094, %v4161 : i64
              %v4163 = llvm.getelementptr %ckpt_h[%v4162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4155, %v4163 : f32, !llvm.ptr
              %v4164 = llvm.load %v13 : !llvm.ptr -> f32
              %v4165 = arith.muli %v39, %v81 : i64
              %v4166 = arith.muli %v37, %v80 : i64
              %v4167 = arith.addi %v4165, %v4166 : i64
              %v4168 = arith.constant 8 : i64
              %v4169 = arith.muli %v4168, %v2 : i64
              %v4170 = arith.addi %v4167, %v4169 : i64
              %v4171 = arith.addi %v4094, %v4170 : i64
              %v4172 = llvm.getelementptr %ckpt_h[%v4171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4164, %v4172 : f32, !llvm.ptr
              %v4173 = llvm.load %v14 : !llvm.ptr -> f32
              %v4174 = arith.muli %v39, %v81 : i64
              %v4175 = arith.muli %v37, %v80 : i64
              %v4176 = arith.addi %v4174, %v4175 : i64
              %v4177 = arith.constant 9 : i64
              %v4178 = arith.muli %v4177, %v2 : i64
              %v4179 = arith.addi %v4176, %v4178 : i64
              %v4180 = arith.addi %v4094, %v4179 : i64
              %v4181 = llvm.getelementptr %ckpt_h[%v4180] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4173, %v4181 : f32, !llvm.ptr
              %v4182 = llvm.load %v15 : !llvm.ptr -> f32
              %v4183 = arith.muli %v39, %v81 : i64
              %v4184 = arith.muli %v37, %v80 : i64
              %v4185 = arith.addi %v4183, %v4184 : i64
              %v4186 = arith.constant 10 : i64
              %v4187 = arith.muli %v4186, %v2 : i64
              %v4188 = arith.addi %v4185, %v4187 : i64
              %v4189 = arith.addi %v4094, %v4188 : i64
              %v4190 = llvm.getelementptr %ckpt_h[%v4189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4182, %v4190 : f32, !llvm.ptr
              %v4191 = llvm.load %v16 : !llvm.ptr -> f32
              %v4192 = arith.muli %v39, %v81 : i64
              %v4193 = arith.muli %v37, %v80 : i64
              %v4194 = arith.addi %v4192, %v4193 : i64
              %v4195 = arith.constant 11 : i64
              %v4196 = arith.muli %v4195, %v2 : i64
              %v4197 = arith.addi %v4194, %v4196 : i64
              %v4198 = arith.addi %v4094, %v4197 : i64
              %v4199 = llvm.getelementptr %ckpt_h[%v4198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4191, %v4199 : f32, !llvm.ptr
              %v4200 = llvm.load %v17 : !llvm.ptr -> f32
              %v4201 = arith.muli %v39, %v81 : i64
              %v4202 = arith.muli %v37, %v80 : i64
              %v4203 = arith.addi %v4201, %v4202 : i64
              %v4204 = arith.constant 12 : i64
              %v4205 = arith.muli %v4204, %v2 : i64
              %v4206 = arith.addi %v4203, %v4205 : i64
              %v4207 = arith.addi %v4094, %v4206 : i64
              %v4208 = llvm.getelementptr %ckpt_h[%v4207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4200, %v4208 : f32, !llvm.ptr
              %v4209 = llvm.load %v18 : !llvm.ptr -> f32
              %v4210 = arith.muli %v39, %v81 : i64
              %v4211 = arith.muli %v37, %v80 : i64
              %v4212 = arith.addi %v4210, %v4211 : i64
              %v4213 = arith.constant 13 : i64
              %v4214 = arith.muli %v4213, %v2 : i64
              %v4215 = arith.addi %v4212, %v4214 : i64
              %v4216 = arith.addi %v4094, %v4215 : i64
              %v4217 = llvm.getelementptr %ckpt_h[%v4216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4209, %v4217 : f32, !llvm.ptr
              %v4218 = llvm.load %v19 : !llvm.ptr -> f32
              %v4219 = arith.muli %v39, %v81 : i64
              %v4220 = arith.muli %v37, %v80 : i64
              %v4221 = arith.addi %v4219, %v4220 : i64
              %v4222 = arith.constant 14 : i64
              %v4223 = arith.muli %v4222, %v2 : i64
              %v4224 = arith.addi %v4221, %v4223 : i64
              %v4225 = arith.addi %v4094, %v4224 : i64
              %v4226 = llvm.getelementptr %ckpt_h[%v4225] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4218, %v4226 : f32, !llvm.ptr
              %v4227 = llvm.load %v20 : !llvm.ptr -> f32
              %v4228 = arith.muli %v39, %v81 : i64
              %v4229 = arith.muli %v37, %v80 : i64
              %v4230 = arith.addi %v4228, %v4229 : i64
              %v4231 = arith.constant 15 : i64
              %v4232 = arith.muli %v4231, %v2 : i64
              %v4233 = arith.addi %v4230, %v4232 : i64
              %v4234 = arith.addi %v4094, %v4233 : i64
              %v4235 = llvm.getelementptr %ckpt_h[%v4234] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4227, %v4235 : f32, !llvm.ptr
            }
          }
          // end save
          %v4237 = arith.muli %v2, %v31 : i64
          %v4238 = arith.addi %v4237, %v29 : i64
          %v4239 = arith.muli %v4238, %v269 : i64
          %v4240 = arith.addi %v4239, %v3099 : i64
          %v4241 = llvm.getelementptr %v22[%v4240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4242 = llvm.load %v4241 : !llvm.ptr<3> -> f32
          %v4243 = arith.addf %v4242, %v3770 fastmath<contract> : f32
          %v4244 = arith.maximumf %v4243, %v90 : f32
          %v4245 = llvm.call_intrinsic "llvm.fabs.f32"(%v4243) : (f32) -> f32
          %v4246 = arith.negf %v4245 : f32
          %v4247 = arith.mulf %v4246, %v3760 fastmath<contract> : f32
          %v4248 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4247) : (f32) -> f32
          %v4249 = arith.addf %v3777, %v4248 fastmath<contract> : f32
          %v4250 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4249) : (f32) -> f32
          %v4251 = arith.mulf %v4250, %v3780 fastmath<contract> : f32
          %v4252 = arith.mulf %v3782, %v4248 fastmath<contract> : f32
          %v4253 = arith.addf %v4252, %v3784 fastmath<contract> : f32
          %v4254 = arith.mulf %v4253, %v4248 fastmath<contract> : f32
          %v4255 = arith.addf %v4254, %v3787 fastmath<contract> : f32
          %v4256 = arith.mulf %v4255, %v4248 fastmath<contract> : f32
          %v4257 = arith.addf %v4256, %v3790 fastmath<contract> : f32
          %v4258 = arith.mulf %v4257, %v4248 fastmath<contract> : f32
          %v4259 = arith.addf %v4258, %v3793 fastmath<contract> : f32
          %v4260 = arith.mulf %v4259, %v4248 fastmath<contract> : f32
          %v4261 = arith.addf %v4260, %v3796 fastmath<contract> : f32
          %v4262 = arith.mulf %v4261, %v4248 fastmath<contract> : f32
          %v4263 = arith.addf %v4262, %v3777 fastmath<contract> : f32
          %v4264 = arith.mulf %v4263, %v4248 fastmath<contract> : f32
          %v4265 = llvm.call_intrinsic "llvm.fabs.f32"(%v4248) : (f32) -> f32
          %v4266 = arith.cmpf olt, %v4265, %v3802 : f32
          %v4267 = arith.select %v4266, %v4264, %v4251 : f32
          %v4268 = arith.addf %v4244, %v4267 fastmath<contract> : f32
          %v4269 = arith.mulf %v4268, %v4236 fastmath<contract> : f32
          %v4270 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4269) : (f32) -> f32
          %v4271 = arith.muli %v41, %v31 : i64
          %v4272 = arith.addi %v4271, %v29 : i64
          %v4273 = arith.muli %v4272, %v269 : i64
          %v4274 = arith.addi %v4273, %v3099 : i64
          %v4275 = llvm.getelementptr %v22[%v4274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4276 = llvm.load %v4275 : !llvm.ptr<3> -> f32
          %v4277 = arith.mulf %v4268, %v4276 fastmath<contract> : f32
          %v4278 = arith.mulf %v3358, %v4277 fastmath<contract> : f32
          %v4279 = llvm.load %v5 : !llvm.ptr -> f32
          %v4280 = arith.mulf %v4270, %v4279 fastmath<contract> : f32
          %v4281 = arith.addf %v4280, %v4278 fastmath<contract> : f32
          %v4283 = arith.mulf %v4268, %v4282 fastmath<contract> : f32
          %v4284 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4283) : (f32) -> f32
          %v4285 = arith.mulf %v3366, %v4277 fastmath<contract> : f32
          %v4286 = llvm.load %v6 : !llvm.ptr -> f32
          %v4287 = arith.mulf %v4284, %v4286 fastmath<contract> : f32
          %v4288 = arith.addf %v4287, %v4285 fastmath<contract> : f32
          %v4290 = arith.mulf %v4268, %v4289 fastmath<contract> : f32
          %v4291 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4290) : (f32) -> f32
          %v4292 = arith.mulf %v3374, %v4277 fastmath<contract> : f32
          %v4293 = llvm.load %v7 : !llvm.ptr -> f32
          %v4294 = arith.mulf %v4291, %v4293 fastmath<contract> : f32
          %v4295 = arith.addf %v4294, %v4292 fastmath<contract> : f32
          %v4297 = arith.mulf %v4268, %v4296 fastmath<contract> : f32
          %v4298 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4297) : (f32) -> f32
          %v4299 = arith.mulf %v3382, %v4277 fastmath<contract> : f32
          %v4300 = llvm.load %v8 : !llvm.ptr -> f32
          %v4301 = arith.mulf %v4298, %v4300 fastmath<contract> : f32
          %v4302 = arith.addf %v4301, %v4299 fastmath<contract> : f32
          %v4304 = arith.mulf %v4268, %v4303 fastmath<contract> : f32
          %v4305 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4304) : (f32) -> f32
          %v4306 = arith.mulf %v3390, %v4277 fastmath<contract> : f32
          %v4307 = llvm.load %v9 : !llvm.ptr -> f32
          %v4308 = arith.mulf %v4305, %v4307 fastmath<contract> : f32
          %v4309 = arith.addf %v4308, %v4306 fastmath<contract> : f32
          %v4311 = arith.mulf %v4268, %v4310 fastmath<contract> : f32
          %v4312 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4311) : (f32) -> f32
          %v4313 = arith.mulf %v3398, %v4277 fastmath<contract> : f32
          %v4314 = llvm.load %v10 : !llvm.ptr -> f32
          %v4315 = arith.mulf %v4312, %v4314 fastmath<contract> : f32
          %v4316 = arith.addf %v4315, %v4313 fastmath<contract> : f32
          %v4318 = arith.mulf %v4268, %v4317 fastmath<contract> : f32
          %v4319 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4318) : (f32) -> f32
          %v4320 = arith.mulf %v3406, %v4277 fastmath<contract> : f32
          %v4321 = llvm.load %v11 : !llvm.ptr -> f32
          %v4322 = arith.mulf %v4319, %v4321 fastmath<contract> : f32
          %v4323 = arith.addf %v4322, %v4320 fastmath<contract> : f32
          %v4325 = arith.mulf %v4268, %v4324 fastmath<contract> : f32
          %v4326 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4325) : (f32) -> f32
          %v4327 = arith.mulf %v3414, %v4277 fastmath<contract> : f32
          %v4328 = llvm.load %v12 : !llvm.ptr -> f32
          %v4329 = arith.mulf %v4326, %v4328 fastmath<contract> : f32
          %v4330 = arith.addf %v4329, %v4327 fastmath<contract> : f32
          %v4332 = arith.mulf %v4268, %v4331 fastmath<contract> : f32
          %v4333 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4332) : (f32) -> f32
          %v4334 = arith.mulf %v3422, %v4277 fastmath<contract> : f32
          %v4335 = llvm.load %v13 : !llvm.ptr -> f32
          %v4336 = arith.mulf %v4333, %v4335 fastmath<contract> : f32
          %v4337 = arith.addf %v4336, %v4334 fastmath<contract> : f32
          %v4339 = arith.mulf %v4268, %v4338 fastmath<contract> : f32
          %v4340 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4339) : (f32) -> f32
          %v4341 = arith.mulf %v3430, %v4277 fastmath<contract> : f32
          %v4342 = llvm.load %v14 : !llvm.ptr -> f32
          %v4343 = arith.mulf %v4340, %v4342 fastmath<contract> : f32
          %v4344 = arith.addf %v4343, %v4341 fastmath<contract> : f32
          %v4346 = arith.mulf %v4268, %v4345 fastmath<contract> : f32
          %v4347 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4346) : (f32) -> f32
          %v4348 = arith.mulf %v3438, %v4277 fastmath<contract> : f32
          %v4349 = llvm.load %v15 : !llvm.ptr -> f32
          %v4350 = arith.mulf %v4347, %v4349 fastmath<contract> : f32
          %v4351 = arith.addf %v4350, %v4348 fastmath<contract> : f32
          %v4353 = arith.mulf %v4268, %v4352 fastmath<contract> : f32
          %v4354 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4353) : (f32) -> f32
          %v4355 = arith.mulf %v3446, %v4277 fastmath<contract> : f32
          %v4356 = llvm.load %v16 : !llvm.ptr -> f32
          %v4357 = arith.mulf %v4354, %v4356 fastmath<contract> : f32
          %v4358 = arith.addf %v4357, %v4355 fastmath<contract> : f32
          %v4360 = arith.mulf %v4268, %v4359 fastmath<contract> : f32
          %v4361 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4360) : (f32) -> f32
          %v4362 = arith.mulf %v3454, %v4277 fastmath<contract> : f32
          %v4363 = llvm.load %v17 : !llvm.ptr -> f32
          %v4364 = arith.mulf %v4361, %v4363 fastmath<contract> : f32
          %v4365 = arith.addf %v4364, %v4362 fastmath<contract> : f32
          %v4367 = arith.mulf %v4268, %v4366 fastmath<contract> : f32
          %v4368 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4367) : (f32) -> f32
          %v4369 = arith.mulf %v3462, %v4277 fastmath<contract> : f32
          %v4370 = llvm.load %v18 : !llvm.ptr -> f32
          %v4371 = arith.mulf %v4368, %v4370 fastmath<contract> : f32
          %v4372 = arith.addf %v4371, %v4369 fastmath<contract> : f32
          %v4374 = arith.mulf %v4268, %v4373 fastmath<contract> : f32
          %v4375 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4374) : (f32) -> f32
          %v4376 = arith.mulf %v3470, %v4277 fastmath<contract> : f32
          %v4377 = llvm.load %v19 : !llvm.ptr -> f32
          %v4378 = arith.mulf %v4375, %v4377 fastmath<contract> : f32
          %v4379 = arith.addf %v4378, %v4376 fastmath<contract> : f32
          %v4381 = arith.mulf %v4268, %v4380 fastmath<contract> : f32
          %v4382 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4381) : (f32) -> f32
          %v4383 = arith.mulf %v3478, %v4277 fastmath<contract> : f32
          %v4384 = llvm.load %v20 : !llvm.ptr -> f32
          %v4385 = arith.mulf %v4382, %v4384 fastmath<contract> : f32
          %v4386 = arith.addf %v4385, %v4383 fastmath<contract> : f32
          llvm.store %v4281, %v5 : f32, !llvm.ptr
          llvm.store %v4288, %v6 : f32, !llvm.ptr
          llvm.store %v4295, %v7 : f32, !llvm.ptr
          llvm.store %v4302, %v8 : f32, !llvm.ptr
          llvm.store %v4309, %v9 : f32, !llvm.ptr
          llvm.store %v4316, %v10 : f32, !llvm.ptr
          llvm.store %v4323, %v11 : f32, !llvm.ptr
          llvm.store %v4330, %v12 : f32, !llvm.ptr
          llvm.store %v4337, %v13 : f32, !llvm.ptr
          llvm.store %v4344, %v14 : f32, !llvm.ptr
          llvm.store %v4351, %v15 : f32, !llvm.ptr
          llvm.store %v4358, %v16 : f32, !llvm.ptr
          llvm.store %v4365, %v17 : f32, !llvm.ptr
          llvm.store %v4372, %v18 : f32, !llvm.ptr
          llvm.store %v4379, %v19 : f32, !llvm.ptr
          llvm.store %v4386, %v20 : f32, !llvm.ptr
          %v4387 = llvm.load %v5 : !llvm.ptr -> f32
          %v4388 = arith.mulf %v3483, %v4387 fastmath<contract> : f32
          %v4389 = llvm.load %v6 : !llvm.ptr -> f32
          %v4390 = arith.mulf %v3491, %v4389 fastmath<contract> : f32
          %v4391 = arith.addf %v4388, %v4390 fastmath<contract> : f32
          %v4392 = llvm.load %v7 : !llvm.ptr -> f32
          %v4393 = arith.mulf %v3499, %v4392 fastmath<contract> : f32
          %v4394 = arith.addf %v4391, %v4393 fastmath<contract> : f32
          %v4395 = llvm.load %v8 : !llvm.ptr -> f32
          %v4396 = arith.mulf %v3507, %v4395 fastmath<contract> : f32
          %v4397 = arith.addf %v4394, %v4396 fastmath<contract> : f32
          %v4398 = llvm.load %v9 : !llvm.ptr -> f32
          %v4399 = arith.mulf %v3515, %v4398 fastmath<contract> : f32
          %v4400 = arith.addf %v4397, %v4399 fastmath<contract> : f32
          %v4401 = llvm.load %v10 : !llvm.ptr -> f32
          %v4402 = arith.mulf %v3523, %v4401 fastmath<contract> : f32
          %v4403 = arith.addf %v4400, %v4402 fastmath<contract> : f32
          %v4404 = llvm.load %v11 : !llvm.ptr -> f32
          %v4405 = arith.mulf %v3531, %v4404 fastmath<contract> : f32
          %v4406 = arith.addf %v4403, %v4405 fastmath<contract> : f32
          %v4407 = llvm.load %v12 : !llvm.ptr -> f32
          %v4408 = arith.mulf %v3539, %v4407 fastmath<contract> : f32
          %v4409 = arith.addf %v4406, %v4408 fastmath<contract> : f32
          %v4410 = llvm.load %v13 : !llvm.ptr -> f32
          %v4411 = arith.mulf %v3547, %v4410 fastmath<contract> : f32
          %v4412 = arith.addf %v4409, %v4411 fastmath<contract> : f32
          %v4413 = llvm.load %v14 : !llvm.ptr -> f32
          %v4414 = arith.mulf %v3555, %v4413 fastmath<contract> : f32
          %v4415 = arith.addf %v4412, %v4414 fastmath<contract> : f32
          %v4416 = llvm.load %v15 : !llvm.ptr -> f32
          %v4417 = arith.mulf %v3563, %v4416 fastmath<contract> : f32
          %v4418 = arith.addf %v4415, %v4417 fastmath<contract> : f32
          %v4419 = llvm.load %v16 : !llvm.ptr -> f32
          %v4420 = arith.mulf %v3571, %v4419 fastmath<contract> : f32
          %v4421 = arith.addf %v4418, %v4420 fastmath<contract> : f32
          %v4422 = llvm.load %v17 : !llvm.ptr -> f32
          %v4423 = arith.mulf %v3579, %v4422 fastmath<contract> : f32
          %v4424 = arith.addf %v4421, %v4423 fastmath<contract> : f32
          %v4425 = llvm.load %v18 : !llvm.ptr -> f32
          %v4426 = arith.mulf %v3587, %v4425 fastmath<contract> : f32
          %v4427 = arith.addf %v4424, %v4426 fastmath<contract> : f32
          %v4428 = llvm.load %v19 : !llvm.ptr -> f32
          %v4429 = arith.mulf %v3595, %v4428 fastmath<contract> : f32
          %v4430 = arith.addf %v4427, %v4429 fastmath<contract> : f32
          %v4431 = llvm.load %v20 : !llvm.ptr -> f32
          %v4432 = arith.mulf %v3603, %v4431 fastmath<contract> : f32
          %v4433 = arith.addf %v4430, %v4432 fastmath<contract> : f32
          %v4434 = arith.mulf %v4276, %v4063 fastmath<contract> : f32
          %v4435 = arith.addf %v4433, %v4434 fastmath<contract> : f32
          %v4436 = arith.muli %v65, %v31 : i64
          %v4437 = arith.addi %v4436, %v29 : i64
          %v4438 = arith.muli %v4437, %v269 : i64
          %v4439 = arith.addi %v4438, %v3099 : i64
          %v4440 = llvm.getelementptr %v22[%v4439] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4441 = llvm.load %v4440 : !llvm.ptr<3> -> f32
          %v4442 = arith.negf %v4441 : f32
          %v4443 = arith.mulf %v4442, %v3760 fastmath<contract> : f32
          %v4444 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4443) : (f32) -> f32
          %v4445 = arith.addf %v3777, %v4444 fastmath<contract> : f32
          %v4446 = arith.divf %v3777, %v4445 : f32
          %v4447 = arith.mulf %v4441, %v4446 fastmath<contract> : f32
          %v4448 = arith.mulf %v4435, %v4447 fastmath<contract> : f32
          %v4449 = arith.muli %v76, %v31 : i64
          %v4450 = arith.addi %v4449, %v29 : i64
          %v4451 = arith.muli %v4450, %v269 : i64
          %v4452 = arith.addi %v4451, %v3099 : i64
          %v4453 = llvm.getelementptr %v22[%v4452] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v4448, %v4453 : f32, !llvm.ptr<3>
        }
        %v4454 = arith.muli %v3091, %v65 : i64
        %v4455 = arith.index_cast %v4454 : i64 to index
        %v4456 = arith.index_cast %v1739 : i64 to index
        %v4457 = arith.index_cast %v2 : i64 to index
        scf.for %v4458 = %v4455 to %v4456 step %v4457 {
          %v4459 = arith.index_cast %v4458 : index to i64
          %v4460 = arith.addi %v1737, %v4459 : i64
          // save the states at checkpoint steps (when given somewhere to save them)
          %v4461 = arith.remui %v4460, %v31 : i64
          %v4462 = arith.cmpi eq, %v4461, %v41 : i64
          %v4463 = arith.andi %v4462, %v34 : i1
          scf.if %v4463 {
            %v4464 = arith.divui %v4460, %v31 : i64
            %v4465 = llvm.mlir.zero : !llvm.ptr
            %v4466 = llvm.icmp "ne" %ckpt_h, %v4465 : !llvm.ptr
            scf.if %v4466 {
              %v4470 = arith.muli %v4464, %v4469 : i64
              %v4471 = llvm.load %v5 : !llvm.ptr -> f32
              %v4472 = arith.muli %v39, %v81 : i64
              %v4473 = arith.muli %v37, %v80 : i64
              %v4474 = arith.addi %v4472, %v4473 : i64
              %v4475 = arith.addi %v4470, %v4474 : i64
              %v4476 = llvm.getelementptr %ckpt_h[%v4475] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4471, %v4476 : f32, !llvm.ptr
              %v4477 = llvm.load %v6 : !llvm.ptr -> f32
              %v4478 = arith.muli %v39, %v81 : i64
              %v4479 = arith.muli %v37, %v80 : i64
              %v4480 = arith.addi %v4478, %v4479 : i64
              %v4481 = arith.constant 1 : i64
              %v4482 = arith.muli %v4481, %v2 : i64
              %v4483 = arith.addi %v4480, %v4482 : i64
              %v4484 = arith.addi %v4470, %v4483 : i64
              %v4485 = llvm.getelementptr %ckpt_h[%v4484] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4477, %v4485 : f32, !llvm.ptr
              %v4486 = llvm.load %v7 : !llvm.ptr -> f32
              %v4487 = arith.muli %v39, %v81 : i64
              %v4488 = arith.muli %v37, %v80 : i64
              %v4489 = arith.addi %v4487, %v4488 : i64
              %v4490 = arith.constant 2 : i64
              %v4491 = arith.muli %v4490, %v2 : i64
              %v4492 = arith.addi %v4489, %v4491 : i64
              %v4493 = arith.addi %v4470, %v4492 : i64
              %v4494 = llvm.getelementptr %ckpt_h[%v4493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4486, %v4494 : f32, !llvm.ptr
              %v4495 = llvm.load %v8 : !llvm.ptr -> f32
              %v4496 = arith.muli %v39, %v81 : i64
              %v4497 = arith.muli %v37, %v80 : i64
              %v4498 = arith.addi %v4496, %v4497 : i64
              %v4499 = arith.constant 3 : i64
              %v4500 = arith.muli %v4499, %v2 : i64
              %v4501 = arith.addi %v4498, %v4500 : i64
              %v4502 = arith.addi %v4470, %v4501 : i64
              %v4503 = llvm.getelementptr %ckpt_h[%v4502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4495, %v4503 : f32, !llvm.ptr
              %v4504 = llvm.load %v9 : !llvm.ptr -> f32
              %v4505 = arith.muli %v39, %v81 : i64
              %v4506 = arith.muli %v37, %v80 : i64
              %v4507 = arith.addi %v4505, %v4506 : i64
              %v4508 = arith.constant 4 : i64
              %v4509 = arith.muli %v4508, %v2 : i64
              %v4510 = arith.addi %v4507, %v4509 : i64
              %v4511 = arith.addi %v4470, %v4510 : i64
              %v4512 = llvm.getelementptr %ckpt_h[%v4511] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4504, %v4512 : f32, !llvm.ptr
              %v4513 = llvm.load %v10 : !llvm.ptr -> f32
              %v4514 = arith.muli %v39, %v81 : i64
              %v4515 = arith.muli %v37, %v80 : i64
              %v4516 = arith.addi %v4514, %v4515 : i64
              %v4517 = arith.constant 5 : i64
              %v4518 = arith.muli %v4517, %v2 : i64
              %v4519 = arith.addi %v4516, %v4518 : i64
              %v4520 = arith.addi %v4470, %v4519 : i64
              %v4521 = llvm.getelementptr %ckpt_h[%v4520] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4513, %v4521 : f32, !llvm.ptr
              %v4522 = llvm.load %v11 : !llvm.ptr -> f32
              %v4523 = arith.muli %v39, %v81 : i64
              %v4524 = arith.muli %v37, %v80 : i64
              %v4525 = arith.addi %v4523, %v4524 : i64
              %v4526 = arith.constant 6 : i64
              %v4527 = arith.muli %v4526, %v2 : i64
              %v4528 = arith.addi %v4525, %v4527 : i64
              %v4529 = arith.addi %v4470, %v4528 : i64
              %v4530 = llvm.getelementptr %ckpt_h[%v4529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4522, %v4530 : f32, !llvm.ptr
              %v4531 = llvm.load %v12 : !llvm.ptr -> f32
              %v4532 = arith.muli %v39, %v81 : i64
              %v4533 = arith.muli %v37, %v80 : i64
              %v4534 = arith.addi %v4532, %v4533 : i64
              %v4535 = arith.constant 7 : i64
              %v4536 = arith.muli %v4535, %v2 : i64
              %v4537 = arith.addi %v4534, %v4536 : i64
              %v4538 = arith.addi %v4470, %v4537 : i64
              %v4539 = llvm.getelementptr %ckpt_h[%v4538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4531, %v4539 : f32, !llvm.ptr
              %v4540 = llvm.load %v13 : !llvm.ptr -> f32
              %v4541 = arith.muli %v39, %v81 : i64
              %v4542 = arith.muli %v37, %v80 : i64
              %v4543 = arith.addi %v4541, %v4542 : i64
              %v4544 = arith.constant 8 : i64
              %v4545 = arith.muli %v4544, %v2 : i64
              %v4546 = arith.addi %v4543, %v4545 : i64
              %v4547 = arith.addi %v4470, %v4546 : i64
              %v4548 = llvm.getelementptr %ckpt_h[%v4547] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4540, %v4548 : f32, !llvm.ptr
              %v4549 = llvm.load %v14 : !llvm.ptr -> f32
              %v4550 = arith.muli %v39, %v81 : i64
              %v4551 = arith.muli %v37, %v80 : i64
              %v4552 = arith.addi %v4550, %v4551 : i64
              %v4553 = arith.constant 9 : i64
              %v4554 = arith.muli %v4553, %v2 : i64
              %v4555 = arith.addi %v4552, %v4554 : i64
              %v4556 = arith.addi %v4470, %v4555 : i64
              %v4557 = llvm.getelementptr %ckpt_h[%v4556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4549, %v4557 : f32, !llvm.ptr
              %v4558 = llvm.load %v15 : !llvm.ptr -> f32
              %v4559 = arith.muli %v39, %v81 : i64
              %v4560 = arith.muli %v37, %v80 : i64
              %v4561 = arith.addi %v4559, %v4560 : i64
              %v4562 = arith.constant 10 : i64
              %v4563 = arith.muli %v4562, %v2 : i64
              %v4564 = arith.addi %v4561, %v4563 : i64
              %v4565 = arith.addi %v4470, %v4564 : i64
              %v4566 = llvm.getelementptr %ckpt_h[%v4565] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4558, %v4566 : f32, !llvm.ptr
              %v4567 = llvm.load %v16 : !llvm.ptr -> f32
              %v4568 = arith.muli %v39, %v81 : i64
              %v4569 = arith.muli %v37, %v80 : i64
              %v4570 = arith.addi %v4568, %v4569 : i64
              %v4571 = arith.constant 11 : i64
              %v4572 = arith.muli %v4571, %v2 : i64
              %v4573 = arith.addi %v4570, %v4572 : i64
              %v4574 = arith.addi %v4470, %v4573 : i64
              %v4575 = llvm.getelementptr %ckpt_h[%v4574] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4567, %v4575 : f32, !llvm.ptr
              %v4576 = llvm.load %v17 : !llvm.ptr -> f32
              %v4577 = arith.muli %v39, %v81 : i64
              %v4578 = arith.muli %v37, %v80 : i64
              %v4579 = arith.addi %v4577, %v4578 : i64
              %v4580 = arith.constant 12 : i64
              %v4581 = arith.muli %v4580, %v2 : i64
              %v4582 = arith.addi %v4579, %v4581 : i64
              %v4583 = arith.addi %v4470, %v4582 : i64
              %v4584 = llvm.getelementptr %ckpt_h[%v4583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4576, %v4584 : f32, !llvm.ptr
              %v4585 = llvm.load %v18 : !llvm.ptr -> f32
              %v4586 = arith.muli %v39, %v81 : i64
              %v4587 = arith.muli %v37, %v80 : i64
              %v4588 = arith.addi %v4586, %v4587 : i64
              %v4589 = arith.constant 13 : i64
              %v4590 = arith.muli %v4589, %v2 : i64
              %v4591 = arith.addi %v4588, %v4590 : i64
              %v4592 = arith.addi %v4470, %v4591 : i64
              %v4593 = llvm.getelementptr %ckpt_h[%v4592] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4585, %v4593 : f32, !llvm.ptr
              %v4594 = llvm.load %v19 : !llvm.ptr -> f32
              %v4595 = arith.muli %v39, %v81 : i64
              %v4596 = arith.muli %v37, %v80 : i64
              %v4597 = arith.addi %v4595, %v4596 : i64
              %v4598 = arith.constant 14 : i64
              %v4599 = arith.muli %v4598, %v2 : i64
              %v4600 = arith.addi %v4597, %v4599 : i64
              %v4601 = arith.addi %v4470, %v4600 : i64
              %v4602 = llvm.getelementptr %ckpt_h[%v4601] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4594, %v4602 : f32, !llvm.ptr
              %v4603 = llvm.load %v20 : !llvm.ptr -> f32
              %v4604 = arith.muli %v39, %v81 : i64
              %v4605 = arith.muli %v37, %v80 : i64
              %v4606 = arith.addi %v4604, %v4605 : i64
              %v4607 = arith.constant 15 : i64
              %v4608 = arith.muli %v4607, %v2 : i64
              %v4609 = arith.addi %v4606, %v4608 : i64
              %v4610 = arith.addi %v4470, %v4609 : i64
              %v4611 = llvm.getelementptr %ckpt_h[%v4610] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              llvm.store %v4603, %v4611 : f32, !llvm.ptr
            }
          }
          // end save
          %v4613 = arith.muli %v2, %v31 : i64
          %v4614 = arith.addi %v4613, %v29 : i64
          %v4615 = arith.muli %v4614, %v269 : i64
          %v4616 = arith.addi %v4615, %v4459 : i64
          %v4617 = llvm.getelementptr %v22[%v4616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4618 = llvm.load %v4617 : !llvm.ptr<3> -> f32
          %v4619 = arith.addf %v4618, %v3770 fastmath<contract> : f32
          %v4620 = arith.maximumf %v4619, %v90 : f32
          %v4621 = llvm.call_intrinsic "llvm.fabs.f32"(%v4619) : (f32) -> f32
          %v4622 = arith.negf %v4621 : f32
          %v4623 = arith.mulf %v4622, %v3760 fastmath<contract> : f32
          %v4624 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4623) : (f32) -> f32
          %v4625 = arith.addf %v3777, %v4624 fastmath<contract> : f32
          %v4626 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v4625) : (f32) -> f32
          %v4627 = arith.mulf %v4626, %v3780 fastmath<contract> : f32
          %v4628 = arith.mulf %v3782, %v4624 fastmath<contract> : f32
          %v4629 = arith.addf %v4628, %v3784 fastmath<contract> : f32
          %v4630 = arith.mulf %v4629, %v4624 fastmath<contract> : f32
          %v4631 = arith.addf %v4630, %v3787 fastmath<contract> : f32
          %v4632 = arith.mulf %v4631, %v4624 fastmath<contract> : f32
          %v4633 = arith.addf %v4632, %v3790 fastmath<contract> : f32
          %v4634 = arith.mulf %v4633, %v4624 fastmath<contract> : f32
          %v4635 = arith.addf %v4634, %v3793 fastmath<contract> : f32
          %v4636 = arith.mulf %v4635, %v4624 fastmath<contract> : f32
          %v4637 = arith.addf %v4636, %v3796 fastmath<contract> : f32
          %v4638 = arith.mulf %v4637, %v4624 fastmath<contract> : f32
          %v4639 = arith.addf %v4638, %v3777 fastmath<contract> : f32
          %v4640 = arith.mulf %v4639, %v4624 fastmath<contract> : f32
          %v4641 = llvm.call_intrinsic "llvm.fabs.f32"(%v4624) : (f32) -> f32
          %v4642 = arith.cmpf olt, %v4641, %v3802 : f32
          %v4643 = arith.select %v4642, %v4640, %v4627 : f32
          %v4644 = arith.addf %v4620, %v4643 fastmath<contract> : f32
          %v4645 = arith.mulf %v4644, %v4612 fastmath<contract> : f32
          %v4646 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4645) : (f32) -> f32
          %v4647 = arith.muli %v39, %v3102 : i64
          %v4648 = arith.muli %v4460, %v2 : i64
          %v4649 = arith.addi %v4647, %v4648 : i64
          %v4650 = llvm.getelementptr %in_Bm[%v4649] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4651 = llvm.load %v4650 : !llvm.ptr -> f32
          %v4652 = arith.muli %v41, %v31 : i64
          %v4653 = arith.addi %v4652, %v29 : i64
          %v4654 = arith.muli %v4653, %v269 : i64
          %v4655 = arith.addi %v4654, %v4459 : i64
          %v4656 = llvm.getelementptr %v22[%v4655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v4657 = llvm.load %v4656 : !llvm.ptr<3> -> f32
          %v4658 = arith.mulf %v4644, %v4657 fastmath<contract> : f32
          %v4659 = arith.mulf %v4651, %v4658 fastmath<contract> : f32
          %v4660 = llvm.load %v5 : !llvm.ptr -> f32
          %v4661 = arith.mulf %v4646, %v4660 fastmath<contract> : f32
          %v4662 = arith.addf %v4661, %v4659 fastmath<contract> : f32
          %v4664 = arith.mulf %v4644, %v4663 fastmath<contract> : f32
          %v4665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4664) : (f32) -> f32
          %v4666 = arith.muli %v39, %v3102 : i64
          %v4667 = arith.constant 1 : i64
          %v4668 = arith.muli %v4667, %v3101 : i64
          %v4669 = arith.addi %v4666, %v4668 : i64
          %v4670 = arith.muli %v4460, %v2 : i64
          %v4671 = arith.addi %v4669, %v4670 : i64
          %v4672 = llvm.getelementptr %in_Bm[%v4671] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4673 = llvm.load %v4672 : !llvm.ptr -> f32
          %v4674 = arith.mulf %v4673, %v4658 fastmath<contract> : f32
          %v4675 = llvm.load %v6 : !llvm.ptr -> f32
          %v4676 = arith.mulf %v4665, %v4675 fastmath<contract> : f32
          %v4677 = arith.addf %v4676, %v4674 fastmath<contract> : f32
          %v4679 = arith.mulf %v4644, %v4678 fastmath<contract> : f32
          %v4680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4679) : (f32) -> f32
          %v4681 = arith.muli %v39, %v3102 : i64
          %v4682 = arith.constant 2 : i64
          %v4683 = arith.muli %v4682, %v3101 : i64
          %v4684 = arith.addi %v4681, %v4683 : i64
          %v4685 = arith.muli %v4460, %v2 : i64
          %v4686 = arith.addi %v4684, %v4685 : i64
          %v4687 = llvm.getelementptr %in_Bm[%v4686] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4688 = llvm.load %v4687 : !llvm.ptr -> f32
          %v4689 = arith.mulf %v4688, %v4658 fastmath<contract> : f32
          %v4690 = llvm.load %v7 : !llvm.ptr -> f32
          %v4691 = arith.mulf %v4680, %v4690 fastmath<contract> : f32
          %v4692 = arith.addf %v4691, %v4689 fastmath<contract> : f32
          %v4694 = arith.mulf %v4644, %v4693 fastmath<contract> : f32
          %v4695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4694) : (f32) -> f32
          %v4696 = arith.muli %v39, %v3102 : i64
          %v4697 = arith.constant 3 : i64
          %v4698 = arith.muli %v4697, %v3101 : i64
          %v4699 = arith.addi %v4696, %v4698 : i64
          %v4700 = arith.muli %v4460, %v2 : i64
          %v4701 = arith.addi %v4699, %v4700 : i64
          %v4702 = llvm.getelementptr %in_Bm[%v4701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4703 = llvm.load %v4702 : !llvm.ptr -> f32
          %v4704 = arith.mulf %v4703, %v4658 fastmath<contract> : f32
          %v4705 = llvm.load %v8 : !llvm.ptr -> f32
          %v4706 = arith.mulf %v4695, %v4705 fastmath<contract> : f32
          %v4707 = arith.addf %v4706, %v4704 fastmath<contract> : f32
          %v4709 = arith.mulf %v4644, %v4708 fastmath<contract> : f32
          %v4710 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4709) : (f32) -> f32
          %v4711 = arith.muli %v39, %v3102 : i64
          %v4712 = arith.constant 4 : i64
          %v4713 = arith.muli %v4712, %v3101 : i64
          %v4714 = arith.addi %v4711, %v4713 : i64
          %v4715 = arith.muli %v4460, %v2 : i64
          %v4716 = arith.addi %v4714, %v4715 : i64
          %v4717 = llvm.getelementptr %in_Bm[%v4716] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4718 = llvm.load %v4717 : !llvm.ptr -> f32
          %v4719 = arith.mulf %v4718, %v4658 fastmath<contract> : f32
          %v4720 = llvm.load %v9 : !llvm.ptr -> f32
          %v4721 = arith.mulf %v4710, %v4720 fastmath<contract> : f32
          %v4722 = arith.addf %v4721, %v4719 fastmath<contract> : f32
          %v4724 = arith.mulf %v4644, %v4723 fastmath<contract> : f32
          %v4725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4724) : (f32) -> f32
          %v4726 = arith.muli %v39, %v3102 : i64
          %v4727 = arith.constant 5 : i64
          %v4728 = arith.muli %v4727, %v3101 : i64
          %v4729 = arith.addi %v4726, %v4728 : i64
          %v4730 = arith.muli %v4460, %v2 : i64
          %v4731 = arith.addi %v4729, %v4730 : i64
          %v4732 = llvm.getelementptr %in_Bm[%v4731] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4733 = llvm.load %v4732 : !llvm.ptr -> f32
          %v4734 = arith.mulf %v4733, %v4658 fastmath<contract> : f32
          %v4735 = llvm.load %v10 : !llvm.ptr -> f32
          %v4736 = arith.mulf %v4725, %v4735 fastmath<contract> : f32
          %v4737 = arith.addf %v4736, %v4734 fastmath<contract> : f32
          %v4739 = arith.mulf %v4644, %v4738 fastmath<contract> : f32
          %v4740 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4739) : (f32) -> f32
          %v4741 = arith.muli %v39, %v3102 : i64
          %v4742 = arith.constant 6 : i64
          %v4743 = arith.muli %v4742, %v3101 : i64
          %v4744 = arith.addi %v4741, %v4743 : i64
          %v4745 = arith.muli %v4460, %v2 : i64
          %v4746 = arith.addi %v4744, %v4745 : i64
          %v4747 = llvm.getelementptr %in_Bm[%v4746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4748 = llvm.load %v4747 : !llvm.ptr -> f32
          %v4749 = arith.mulf %v4748, %v4658 fastmath<contract> : f32
          %v4750 = llvm.load %v11 : !llvm.ptr -> f32
          %v4751 = arith.mulf %v4740, %v4750 fastmath<contract> : f32
          %v4752 = arith.addf %v4751, %v4749 fastmath<contract> : f32
          %v4754 = arith.mulf %v4644, %v4753 fastmath<contract> : f32
          %v4755 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4754) : (f32) -> f32
          %v4756 = arith.muli %v39, %v3102 : i64
          %v4757 = arith.constant 7 : i64
          %v4758 = arith.muli %v4757, %v3101 : i64
          %v4759 = arith.addi %v4756, %v4758 : i64
          %v4760 = arith.muli %v4460, %v2 : i64
          %v4761 = arith.addi %v4759, %v4760 : i64
          %v4762 = llvm.getelementptr %in_Bm[%v4761] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4763 = llvm.load %v4762 : !llvm.ptr -> f32
          %v4764 = arith.mulf %v4763, %v4658 fastmath<contract> : f32
          %v4765 = llvm.load %v12 : !llvm.ptr -> f32
          %v4766 = arith.mulf %v4755, %v4765 fastmath<contract> : f32
          %v4767 = arith.addf %v4766, %v4764 fastmath<contract> : f32
          %v4769 = arith.mulf %v4644, %v4768 fastmath<contract> : f32
          %v4770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4769) : (f32) -> f32
          %v4771 = arith.muli %v39, %v3102 : i64
          %v4772 = arith.constant 8 : i64
          %v4773 = arith.muli %v4772, %v3101 : i64
          %v4774 = arith.addi %v4771, %v4773 : i64
          %v4775 = arith.muli %v4460, %v2 : i64
          %v4776 = arith.addi %v4774, %v4775 : i64
          %v4777 = llvm.getelementptr %in_Bm[%v4776] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4778 = llvm.load %v4777 : !llvm.ptr -> f32
          %v4779 = arith.mulf %v4778, %v4658 fastmath<contract> : f32
          %v4780 = llvm.load %v13 : !llvm.ptr -> f32
          %v4781 = arith.mulf %v4770, %v4780 fastmath<contract> : f32
          %v4782 = arith.addf %v4781, %v4779 fastmath<contract> : f32
          %v4784 = arith.mulf %v4644, %v4783 fastmath<contract> : f32
          %v4785 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4784) : (f32) -> f32
          %v4786 = arith.muli %v39, %v3102 : i64
          %v4787 = arith.constant 9 : i64
          %v4788 = arith.muli %v4787, %v3101 : i64
          %v4789 = arith.addi %v4786, %v4788 : i64
          %v4790 = arith.muli %v4460, %v2 : i64
          %v4791 = arith.addi %v4789, %v4790 : i64
          %v4792 = llvm.getelementptr %in_Bm[%v4791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4793 = llvm.load %v4792 : !llvm.ptr -> f32
          %v4794 = arith.mulf %v4793, %v4658 fastmath<contract> : f32
          %v4795 = llvm.load %v14 : !llvm.ptr -> f32
          %v4796 = arith.mulf %v4785, %v4795 fastmath<contract> : f32
          %v4797 = arith.addf %v4796, %v4794 fastmath<contract> : f32
          %v4799 = arith.mulf %v4644, %v4798 fastmath<contract> : f32
          %v4800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4799) : (f32) -> f32
          %v4801 = arith.muli %v39, %v3102 : i64
          %v4802 = arith.constant 10 : i64
          %v4803 = arith.muli %v4802, %v3101 : i64
          %v4804 = arith.addi %v4801, %v4803 : i64
          %v4805 = arith.muli %v4460, %v2 : i64
          %v4806 = arith.addi %v4804, %v4805 : i64
          %v4807 = llvm.getelementptr %in_Bm[%v4806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4808 = llvm.load %v4807 : !llvm.ptr -> f32
          %v4809 = arith.mulf %v4808, %v4658 fastmath<contract> : f32
          %v4810 = llvm.load %v15 : !llvm.ptr -> f32
          %v4811 = arith.mulf %v4800, %v4810 fastmath<contract> : f32
          %v4812 = arith.addf %v4811, %v4809 fastmath<contract> : f32
          %v4814 = arith.mulf %v4644, %v4813 fastmath<contract> : f32
          %v4815 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4814) : (f32) -> f32
          %v4816 = arith.muli %v39, %v3102 : i64
          %v4817 = arith.constant 11 : i64
          %v4818 = arith.muli %v4817, %v3101 : i64
          %v4819 = arith.addi %v4816, %v4818 : i64
          %v4820 = arith.muli %v4460, %v2 : i64
          %v4821 = arith.addi %v4819, %v4820 : i64
          %v4822 = llvm.getelementptr %in_Bm[%v4821] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4823 = llvm.load %v4822 : !llvm.ptr -> f32
          %v4824 = arith.mulf %v4823, %v4658 fastmath<contract> : f32
          %v4825 = llvm.load %v16 : !llvm.ptr -> f32
          %v4826 = arith.mulf %v4815, %v4825 fastmath<contract> : f32
          %v4827 = arith.addf %v4826, %v4824 fastmath<contract> : f32
          %v4829 = arith.mulf %v4644, %v4828 fastmath<contract> : f32
          %v4830 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4829) : (f32) -> f32
          %v4831 = arith.muli %v39, %v3102 : i64
          %v4832 = arith.constant 12 : i64
          %v4833 = arith.muli %v4832, %v3101 : i64
          %v4834 = arith.addi %v4831, %v4833 : i64
          %v4835 = arith.muli %v4460, %v2 : i64
          %v4836 = arith.addi %v4834, %v4835 : i64
          %v4837 = llvm.getelementptr %in_Bm[%v4836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4838 = llvm.load %v4837 : !llvm.ptr -> f32
          %v4839 = arith.mulf %v4838, %v4658 fastmath<contract> : f32
          %v4840 = llvm.load %v17 : !llvm.ptr -> f32
          %v4841 = arith.mulf %v4830, %v4840 fastmath<contract> : f32
          %v4842 = arith.addf %v4841, %v4839 fastmath<contract> : f32
          %v4844 = arith.mulf %v4644, %v4843 fastmath<contract> : f32
          %v4845 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4844) : (f32) -> f32
          %v4846 = arith.muli %v39, %v3102 : i64
          %v4847 = arith.constant 13 : i64
          %v4848 = arith.muli %v4847, %v3101 : i64
          %v4849 = arith.addi %v4846, %v4848 : i64
          %v4850 = arith.muli %v4460, %v2 : i64
          %v4851 = arith.addi %v4849, %v4850 : i64
          %v4852 = llvm.getelementptr %in_Bm[%v4851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4853 = llvm.load %v4852 : !llvm.ptr -> f32
          %v4854 = arith.mulf %v4853, %v4658 fastmath<contract> : f32
          %v4855 = llvm.load %v18 : !llvm.ptr -> f32
          %v4856 = arith.mulf %v4845, %v4855 fastmath<contract> : f32
          %v4857 = arith.addf %v4856, %v4854 fastmath<contract> : f32
          %v4859 = arith.mulf %v4644, %v4858 fastmath<contract> : f32
          %v4860 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4859) : (f32) -> f32
          %v4861 = arith.muli %v39, %v3102 : i64
          %v4862 = arith.constant 14 : i64
          %v4863 = arith.muli %v4862, %v3101 : i64
          %v4864 = arith.addi %v4861, %v4863 : i64
          %v4865 = arith.muli %v4460, %v2 : i64
          %v4866 = arith.addi %v4864, %v4865 : i64
          %v4867 = llvm.getelementptr %in_Bm[%v4866] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4868 = llvm.load %v4867 : !llvm.ptr -> f32
          %v4869 = arith.mulf %v4868, %v4658 fastmath<contract> : f32
          %v4870 = llvm.load %v19 : !llvm.ptr -> f32
          %v4871 = arith.mulf %v4860, %v4870 fastmath<contract> : f32
          %v4872 = arith.addf %v4871, %v4869 fastmath<contract> : f32
          %v4874 = arith.mulf %v4644, %v4873 fastmath<contract> : f32
          %v4875 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4874) : (f32) -> f32
          %v4876 = arith.muli %v39, %v3102 : i64
          %v4877 = arith.constant 15 : i64
          %v4878 = arith.muli %v4877, %v3101 : i64
          %v4879 = arith.addi %v4876, %v4878 : i64
          %v4880 = arith.muli %v4460, %v2 : i64
          %v4881 = arith.addi %v4879, %v4880 : i64
          %v4882 = llvm.getelementptr %in_Bm[%v4881] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4883 = llvm.load %v4882 : !llvm.ptr -> f32
          %v4884 = arith.mulf %v4883, %v4658 fastmath<contract> : f32
          %v4885 = llvm.load %v20 : !llvm.ptr -> f32
          %v4886 = arith.mulf %v4875, %v4885 fastmath<contract> : f32
          %v4887 = arith.addf %v4886, %v4884 fastmath<contract> : f32
          llvm.store %v4662, %v5 : f32, !llvm.ptr
          llvm.store %v4677, %v6 : f32, !llvm.ptr
          llvm.store %v4692, %v7 : f32, !llvm.ptr
          llvm.store %v4707, %v8 : f32, !llvm.ptr
          llvm.store %v4722, %v9 : f32, !llvm.ptr
          llvm.store %v4737, %v10 : f32, !llvm.ptr
          llvm.store %v4752, %v11 : f32, !llvm.ptr
          llvm.store %v4767, %v12 : f32, !llvm.ptr
          llvm.store %v4782, %v13 : f32, !llvm.ptr
          llvm.store %v4797, %v14 : f32, !llvm.ptr
          llvm.store %v4812, %v15 : f32, !llvm.ptr
          llvm.store %v4827, %v16 : f32, !llvm.ptr
          llvm.store %v4842, %v17 : f32, !llvm.ptr
          llvm.store %v4857, %v18 : f32, !llvm.ptr
          llvm.store %v4872, %v19 : f32, !llvm.ptr
          llvm.store %v4887, %v20 : f32, !llvm.ptr
          %v4888 = arith.muli %v39, %v3102 : i64
          %v4889 = arith.muli %v4460, %v2 : i64
          %v4890 = arith.addi %v4888, %v4889 : i64
          %v4891 = llvm.getelementptr %in_Cm[%v4890] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4892 = llvm.load %v4891 : !llvm.ptr -> f32
          %v4893 = llvm.load %v5 : !llvm.ptr -> f32
          %v4894 = arith.mulf %v4892, %v4893 fastmath<contract> : f32
          %v4895 = arith.muli %v39, %v3102 : i64
          %v4896 = arith.constant 1 : i64
          %v4897 = arith.muli %v4896, %v3101 : i64
          %v4898 = arith.addi %v4895, %v4897 : i64
          %v4899 = arith.muli %v4460, %v2 : i64
          %v4900 = arith.addi %v4898, %v4899 : i64
          %v4901 = llvm.getelementptr %in_Cm[%v4900] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4902 = llvm.load %v4901 : !llvm.ptr -> f32
          %v4903 = llvm.load %v6 : !llvm.ptr -> f32
          %v4904 = arith.mulf %v4902, %v4903 fastmath<contract> : f32
          %v4905 = arith.addf %v4894, %v4904 fastmath<contract> : f32
          %v4906 = arith.muli %v39, %v3102 : i64
          %v4907 = arith.constant 2 : i64
          %v4908 = arith.muli %v4907, %v3101 : i64
          %v4909 = arith.addi %v4906, %v4908 : i64
          %v4910 = arith.muli %v4460, %v2 : i64
          %v4911 = arith.addi %v4909, %v4910 : i64
          %v4912 = llvm.getelementptr %in_Cm[%v4911] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4913 = llvm.load %v4912 : !llvm.ptr -> f32
          %v4914 = llvm.load %v7 : !llvm.ptr -> f32
          %v4915 = arith.mulf %v4913, %v4914 fastmath<contract> : f32
          %v4916 = arith.addf %v4905, %v4915 fastmath<contract> : f32
          %v4917 = arith.muli %v39, %v3102 : i64
          %v4918 = arith.constant 3 : i64
          %v4919 = arith.muli %v4918, %v3101 : i64
          %v4920 = arith.addi %v4917, %v4919 : i64
          %v4921 = arith.muli %v4460, %v2 : i64
          %v4922 = arith.addi %v4920, %v4921 : i64
          %v4923 = llvm.getelementptr %in_Cm[%v4922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4924 = llvm.load %v4923 : !llvm.ptr -> f32
          %v4925 = llvm.load %v8 : !llvm.ptr -> f32
          %v4926 = arith.mulf %v4924, %v4925 fastmath<contract> : f32
          %v4927 = arith.addf %v4916, %v4926 fastmath<contract> : f32
          %v4928 = arith.muli %v39, %v3102 : i64
          %v4929 = arith.constant 4 : i64
          %v4930 = arith.muli %v4929, %v3101 : i64
          %v4931 = arith.addi %v4928, %v4930 : i64
          %v4932 = arith.muli %v4460, %v2 : i64
          %v4933 = arith.addi %v4931, %v4932 : i64
          %v4934 = llvm.getelementptr %in_Cm[%v4933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4935 = llvm.load %v4934 : !llvm.ptr -> f32
          %v4936 = llvm.load %v9 : !llvm.ptr -> f32
          %v4937 = arith.mulf %v4935, %v4936 fastmath<contract> : f32
          %v4938 = arith.addf %v4927, %v4937 fastmath<contract> : f32
          %v4939 = arith.muli %v39, %v3102 : i64
          %v4940 = arith.constant 5 : i64
          %v4941 = arith.muli %v4940, %v3101 : i64
          %v4942 = arith.addi %v4939, %v4941 : i64
          %v4943 = arith.muli %v4460, %v2 : i64
          %v4944 = arith.addi %v4942, %v4943 : i64
          %v4945 = llvm.getelementptr %in_Cm[%v4944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4946 = llvm.load %v4945 : !llvm.ptr -> f32
          %v4947 = llvm.load %v10 : !llvm.ptr -> f32
          %v4948 = arith.mulf %v4946, %v4947 fastmath<contract> : f32
          %v4949 = arith.addf %v4938, %v4948 fastmath<contract> : f32
          %v4950 = arith.muli %v39, %v3102 : i64
          %v4951 = arith.constant 6 : i64
          %v4952 = arith.muli %v4951, %v3101 : i64
          %v4953 = arith.addi %v4950, %v4952 : i64
          %v4954 = arith.muli %v4460, %v2 : i64
          %v4955 = arith.addi %v4953, %v4954 : i64
          %v4956 = llvm.getelementptr %in_Cm[%v4955] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4957 = llvm.load %v4956 : !llvm.ptr -> f32
          %v4958 = llvm.load %v11 : !llvm.ptr -> f32
          %v4959 = arith.mulf %v4957, %v4958 fastmath<contract> : f32
          %v4960 = arith.addf %v4949, %v4959 fastmath<contract> : f32
          %v4961 = arith.muli %v39, %v3102 : i64
          %v4962 = arith.constant 7 : i64
          %v4963 = arith.muli %v4962, %v3101 : i64
          %v4964 = arith.addi %v4961, %v4963 : i64
          %v4965 = arith.muli %v4460, %v2 : i64
          %v4966 = arith.addi %v4964, %v4965 : i64
          %v4967 = llvm.getelementptr %in_Cm[%v4966] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4968 = llvm.load %v4967 : !llvm.ptr -> f32
          %v4969 = llvm.load %v12 : !llvm.ptr -> f32
          %v4970 = arith.mulf %v4968, %v4969 fastmath<contract> : f32
          %v4971 = arith.addf %v4960, %v4970 fastmath<contract> : f32
          %v4972 = arith.muli %v39, %v3102 : i64
          %v4973 = arith.constant 8 : i64
          %v4974 = arith.muli %v4973, %v3101 : i64
          %v4975 = arith.addi %v4972, %v4974 : i64
          %v4976 = arith.muli %v4460, %v2 : i64
          %v4977 = arith.addi %v4975, %v4976 : i64
          %v4978 = llvm.getelementptr %in_Cm[%v4977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4979 = llvm.load %v4978 : !llvm.ptr -> f32
          %v4980 = llvm.load %v13 : !llvm.ptr -> f32
          %v4981 = arith.mulf %v4979, %v4980 fastmath<contract> : f32
          %v4982 = arith.addf %v4971, %v4981 fastmath<contract> : f32
          %v4983 = arith.muli %v39, %v3102 : i64
          %v4984 = arith.constant 9 : i64
          %v4985 = arith.muli %v4984, %v3101 : i64
          %v4986 = arith.addi %v4983, %v4985 : i64
          %v4987 = arith.muli %v4460, %v2 : i64
          %v4988 = arith.addi %v4986, %v4987 : i64
          %v4989 = llvm.getelementptr %in_Cm[%v4988] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4990 = llvm.load %v4989 : !llvm.ptr -> f32
          %v4991 = llvm.load %v14 : !llvm.ptr -> f32
          %v4992 = arith.mulf %v4990, %v4991 fastmath<contract> : f32
          %v4993 = arith.addf %v4982, %v4992 fastmath<contract> : f32
          %v4994 = arith.muli %v39, %v3102 : i64
          %v4995 = arith.constant 10 : i64
          %v4996 = arith.muli %v4995, %v3101 : i64
          %v4997 = arith.addi %v4994, %v4996 : i64
          %v4998 = arith.muli %v4460, %v2 : i64
          %v4999 = arith.addi %v4997, %v4998 : i64
          %v5000 = llvm.getelementptr %in_Cm[%v4999] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v5001 = llvm.load %v5000 : !llvm.ptr -> f32
          %v5002 = llvm.load %v15 : !llvm.ptr -> f32
          %v5003 = arith.mulf %v5001, %v5002 fastmath<contract> : f32
          %v5004 = arith.addf %v4993, %v5003 fastmath<contract> : f32
          %v5005 = arith.muli %v39, %v3102 : i64
          %v5006 = arith.constant 11 : i64
          %v5007 = arith.muli %v5006, %v3101 : i64
          %v5008 = arith.addi %v5005, %v5007 : i64
          %v5009 = arith.muli %v4460, %v2 : i64
          %v5010 = arith.addi %v5008, %v5009 : i64
          %v5011 = llvm.getelementptr %in_Cm[%v5010] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v5012 = llvm.load %v5011 : !llvm.ptr -> f32
          %v5013 = llvm.load %v16 : !llvm.ptr -> f32
          %v5014 = arith.mulf %v5012, %v5013 fastmath<contract> : f32
          %v5015 = arith.addf %v5004, %v5014 fastmath<contract> : f32
          %v5016 = arith.muli %v39, %v3102 : i64
          %v5017 = arith.constant 12 : i64
          %v5018 = arith.muli %v5017, %v3101 : i64
          %v5019 = arith.addi %v5016, %v5018 : i64
          %v5020 = arith.muli %v4460, %v2 : i64
          %v5021 = arith.addi %v5019, %v5020 : i64
          %v5022 = llvm.getelementptr %in_Cm[%v5021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v5023 = llvm.load %v5022 : !llvm.ptr -> f32
          %v5024 = llvm.load %v17 : !llvm.ptr -> f32
          %v5025 = arith.mulf %v5023, %v5024 fastmath<contract> : f32
          %v5026 = arith.addf %v5015, %v5025 fastmath<contract> : f32
          %v5027 = arith.muli %v39, %v3102 : i64
          %v5028 = arith.constant 13 : i64
          %v5029 = arith.muli %v5028, %v3101 : i64
          %v5030 = arith.addi %v5027, %v5029 : i64
          %v5031 = arith.muli %v4460, %v2 : i64
          %v5032 = arith.addi %v5030, %v5031 : i64
          %v5033 = llvm.getelementptr %in_Cm[%v5032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v5034 = llvm.load %v5033 : !llvm.ptr -> f32
          %v5035 = llvm.load %v18 : !llvm.ptr -> f32
          %v5036 = arith.mulf %v5034, %v5035 fastmath<contract> : f32
          %v5037 = arith.addf %v5026, %v5036 fastmath<contract> : f32
          %v5038 = arith.muli %v39, %v3102 : i64
          %v5039 = arith.constant 14 : i64
          %v5040 = arith.muli %v5039, %v3101 : i64
          %v5041 = arith.addi %v5038, %v5040 : i64
          %v5042 = arith.muli %v4460, %v2 : i64
          %v5043 = arith.addi %v5041, %v5042 : i64
          %v5044 = llvm.getelementptr %in_Cm[%v5043] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v5045 = llvm.load %v5044 : !llvm.ptr -> f32
          %v5046 = llvm.load %v19 : !llvm.ptr -> f32
          %v5047 = arith.mulf %v5045, %v5046 fastmath<contract> : f32
          %v5048 = arith.addf %v5037, %v5047 fastmath<contract> : f32
          %v5049 = arith.muli %v39, %v3102 : i64
          %v5050 = arith.constant 15 : i64
          %v5051 = arith.muli %v5050, %v3101 : i64
          %v5052 = arith.addi %v5049, %v5051 : i64
          %v5053 = arith.muli %v4460, %v2 : i64
          %v5054 = arith.addi %v5052, %v5053 : i64
          %v5055 = llvm.getelementptr %in_Cm[%v5054] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v5056 = llvm.load %v5055 : !llvm.ptr -> f32
          %v5057 = llvm.load %v20 : !llvm.ptr -> f32
          %v5058 = arith.mulf %v5056, %v5057 fastmath<contract> : f32
          %v5059 = arith.addf %v5048, %v5058 fastmath<contract> : f32
          %v5060 = arith.mulf %v4657, %v4063 fastmath<contract> : f32
          %v5061 = arith.addf %v5059, %v5060 fastmath<contract> : f32
          %v5062 = arith.muli %v65, %v31 : i64
          %v5063 = arith.addi %v5062, %v29 : i64
          %v5064 = arith.muli %v5063, %v269 : i64
          %v5065 = arith.addi %v5064, %v4459 : i64
          %v5066 = llvm.getelementptr %v22[%v5065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v5067 = llvm.load %v5066 : !llvm.ptr<3> -> f32
          %v5068 = arith.negf %v5067 : f32
          %v5069 = arith.mulf %v5068, %v3760 fastmath<contract> : f32
          %v5070 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v5069) : (f32) -> f32
          %v5071 = arith.addf %v3777, %v5070 fastmath<contract> : f32
          %v5072 = arith.divf %v3777, %v5071 : f32
          %v5073 = arith.mulf %v5067, %v5072 fastmath<contract> : f32
          %v5074 = arith.mulf %v5061, %v5073 fastmath<contract> : f32
          %v5075 = arith.muli %v76, %v31 : i64
          %v5076 = arith.addi %v5075, %v29 : i64
          %v5077 = arith.muli %v5076, %v269 : i64
          %v5078 = arith.addi %v5077, %v4459 : i64
          %v5079 = llvm.getelementptr %v22[%v5078] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          llvm.store %v5074, %v5079 : f32, !llvm.ptr<3>
        }
        gpu.barrier
        %v5080 = arith.addi %v41, %v29 : i64
        %v5081 = arith.divui %v5080, %v256 : i64
        %v5082 = arith.remui %v5080, %v256 : i64
        %v5083 = arith.addi %v41, %v5081 : i64
        %v5084 = arith.muli %v5083, %v269 : i64
        %v5085 = arith.addi %v5084, %v5082 : i64
        %v5086 = llvm.getelementptr %v22[%v5085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1756, %v5086 : f32, !llvm.ptr<3>
        %v5087 = arith.addi %v31, %v29 : i64
        %v5088 = arith.divui %v5087, %v256 : i64
        %v5089 = arith.remui %v5087, %v256 : i64
        %v5090 = arith.addi %v41, %v5088 : i64
        %v5091 = arith.muli %v5090, %v269 : i64
        %v5092 = arith.addi %v5091, %v5089 : i64
        %v5093 = llvm.getelementptr %v22[%v5092] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1770, %v5093 : f32, !llvm.ptr<3>
        %v5094 = arith.addi %v1254, %v29 : i64
        %v5095 = arith.divui %v5094, %v256 : i64
        %v5096 = arith.remui %v5094, %v256 : i64
        %v5097 = arith.addi %v41, %v5095 : i64
        %v5098 = arith.muli %v5097, %v269 : i64
        %v5099 = arith.addi %v5098, %v5096 : i64
        %v5100 = llvm.getelementptr %v22[%v5099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1784, %v5100 : f32, !llvm.ptr<3>
        %v5102 = arith.addi %v5101, %v29 : i64
        %v5103 = arith.divui %v5102, %v256 : i64
        %v5104 = arith.remui %v5102, %v256 : i64
        %v5105 = arith.addi %v41, %v5103 : i64
        %v5106 = arith.muli %v5105, %v269 : i64
        %v5107 = arith.addi %v5106, %v5104 : i64
        %v5108 = llvm.getelementptr %v22[%v5107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1798, %v5108 : f32, !llvm.ptr<3>
        %v5109 = arith.addi %v25, %v29 : i64
        %v5110 = arith.divui %v5109, %v256 : i64
        %v5111 = arith.remui %v5109, %v256 : i64
        %v5112 = arith.addi %v41, %v5110 : i64
        %v5113 = arith.muli %v5112, %v269 : i64
        %v5114 = arith.addi %v5113, %v5111 : i64
        %v5115 = llvm.getelementptr %v22[%v5114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1812, %v5115 : f32, !llvm.ptr<3>
        %v5117 = arith.addi %v5116, %v29 : i64
        %v5118 = arith.divui %v5117, %v256 : i64
        %v5119 = arith.remui %v5117, %v256 : i64
        %v5120 = arith.addi %v41, %v5118 : i64
        %v5121 = arith.muli %v5120, %v269 : i64
        %v5122 = arith.addi %v5121, %v5119 : i64
        %v5123 = llvm.getelementptr %v22[%v5122] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1826, %v5123 : f32, !llvm.ptr<3>
        %v5125 = arith.addi %v5124, %v29 : i64
        %v5126 = arith.divui %v5125, %v256 : i64
        %v5127 = arith.remui %v5125, %v256 : i64
        %v5128 = arith.addi %v41, %v5126 : i64
        %v5129 = arith.muli %v5128, %v269 : i64
        %v5130 = arith.addi %v5129, %v5127 : i64
        %v5131 = llvm.getelementptr %v22[%v5130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1840, %v5131 : f32, !llvm.ptr<3>
        %v5133 = arith.addi %v5132, %v29 : i64
        %v5134 = arith.divui %v5133, %v256 : i64
        %v5135 = arith.remui %v5133, %v256 : i64
        %v5136 = arith.addi %v41, %v5134 : i64
        %v5137 = arith.muli %v5136, %v269 : i64
        %v5138 = arith.addi %v5137, %v5135 : i64
        %v5139 = llvm.getelementptr %v22[%v5138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1854, %v5139 : f32, !llvm.ptr<3>
        %v5141 = arith.addi %v5140, %v29 : i64
        %v5142 = arith.divui %v5141, %v256 : i64
        %v5143 = arith.remui %v5141, %v256 : i64
        %v5144 = arith.addi %v41, %v5142 : i64
        %v5145 = arith.muli %v5144, %v269 : i64
        %v5146 = arith.addi %v5145, %v5143 : i64
        %v5147 = llvm.getelementptr %v22[%v5146] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1868, %v5147 : f32, !llvm.ptr<3>
        %v5149 = arith.addi %v5148, %v29 : i64
        %v5150 = arith.divui %v5149, %v256 : i64
        %v5151 = arith.remui %v5149, %v256 : i64
        %v5152 = arith.addi %v41, %v5150 : i64
        %v5153 = arith.muli %v5152, %v269 : i64
        %v5154 = arith.addi %v5153, %v5151 : i64
        %v5155 = llvm.getelementptr %v22[%v5154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1882, %v5155 : f32, !llvm.ptr<3>
        %v5157 = arith.addi %v5156, %v29 : i64
        %v5158 = arith.divui %v5157, %v256 : i64
        %v5159 = arith.remui %v5157, %v256 : i64
        %v5160 = arith.addi %v41, %v5158 : i64
        %v5161 = arith.muli %v5160, %v269 : i64
        %v5162 = arith.addi %v5161, %v5159 : i64
        %v5163 = llvm.getelementptr %v22[%v5162] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1896, %v5163 : f32, !llvm.ptr<3>
        %v5165 = arith.addi %v5164, %v29 : i64
        %v5166 = arith.divui %v5165, %v256 : i64
        %v5167 = arith.remui %v5165, %v256 : i64
        %v5168 = arith.addi %v41, %v5166 : i64
        %v5169 = arith.muli %v5168, %v269 : i64
        %v5170 = arith.addi %v5169, %v5167 : i64
        %v5171 = llvm.getelementptr %v22[%v5170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1910, %v5171 : f32, !llvm.ptr<3>
        %v5173 = arith.addi %v5172, %v29 : i64
        %v5174 = arith.divui %v5173, %v256 : i64
        %v5175 = arith.remui %v5173, %v256 : i64
        %v5176 = arith.addi %v41, %v5174 : i64
        %v5177 = arith.muli %v5176, %v269 : i64
        %v5178 = arith.addi %v5177, %v5175 : i64
        %v5179 = llvm.getelementptr %v22[%v5178] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1924, %v5179 : f32, !llvm.ptr<3>
        %v5181 = arith.addi %v5180, %v29 : i64
        %v5182 = arith.divui %v5181, %v256 : i64
        %v5183 = arith.remui %v5181, %v256 : i64
        %v5184 = arith.addi %v41, %v5182 : i64
        %v5185 = arith.muli %v5184, %v269 : i64
        %v5186 = arith.addi %v5185, %v5183 : i64
        %v5187 = llvm.getelementptr %v22[%v5186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1938, %v5187 : f32, !llvm.ptr<3>
        %v5189 = arith.addi %v5188, %v29 : i64
        %v5190 = arith.divui %v5189, %v256 : i64
        %v5191 = arith.remui %v5189, %v256 : i64
        %v5192 = arith.addi %v41, %v5190 : i64
        %v5193 = arith.muli %v5192, %v269 : i64
        %v5194 = arith.addi %v5193, %v5191 : i64
        %v5195 = llvm.getelementptr %v22[%v5194] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1952, %v5195 : f32, !llvm.ptr<3>
        %v5197 = arith.addi %v5196, %v29 : i64
        %v5198 = arith.divui %v5197, %v256 : i64
        %v5199 = arith.remui %v5197, %v256 : i64
        %v5200 = arith.addi %v41, %v5198 : i64
        %v5201 = arith.muli %v5200, %v269 : i64
        %v5202 = arith.addi %v5201, %v5199 : i64
        %v5203 = llvm.getelementptr %v22[%v5202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1966, %v5203 : f32, !llvm.ptr<3>
        %v5205 = arith.addi %v5204, %v29 : i64
        %v5206 = arith.divui %v5205, %v256 : i64
        %v5207 = arith.remui %v5205, %v256 : i64
        %v5208 = arith.addi %v41, %v5206 : i64
        %v5209 = arith.muli %v5208, %v269 : i64
        %v5210 = arith.addi %v5209, %v5207 : i64
        %v5211 = llvm.getelementptr %v22[%v5210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1980, %v5211 : f32, !llvm.ptr<3>
        %v5213 = arith.addi %v5212, %v29 : i64
        %v5214 = arith.divui %v5213, %v256 : i64
        %v5215 = arith.remui %v5213, %v256 : i64
        %v5216 = arith.addi %v41, %v5214 : i64
        %v5217 = arith.muli %v5216, %v269 : i64
        %v5218 = arith.addi %v5217, %v5215 : i64
        %v5219 = llvm.getelementptr %v22[%v5218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1994, %v5219 : f32, !llvm.ptr<3>
        %v5221 = arith.addi %v5220, %v29 : i64
        %v5222 = arith.divui %v5221, %v256 : i64
        %v5223 = arith.remui %v5221, %v256 : i64
        %v5224 = arith.addi %v41, %v5222 : i64
        %v5225 = arith.muli %v5224, %v269 : i64
        %v5226 = arith.addi %v5225, %v5223 : i64
        %v5227 = llvm.getelementptr %v22[%v5226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2008, %v5227 : f32, !llvm.ptr<3>
        %v5229 = arith.addi %v5228, %v29 : i64
        %v5230 = arith.divui %v5229, %v256 : i64
        %v5231 = arith.remui %v5229, %v256 : i64
        %v5232 = arith.addi %v41, %v5230 : i64
        %v5233 = arith.muli %v5232, %v269 : i64
        %v5234 = arith.addi %v5233, %v5231 : i64
        %v5235 = llvm.getelementptr %v22[%v5234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2022, %v5235 : f32, !llvm.ptr<3>
        %v5237 = arith.addi %v5236, %v29 : i64
        %v5238 = arith.divui %v5237, %v256 : i64
        %v5239 = arith.remui %v5237, %v256 : i64
        %v5240 = arith.addi %v41, %v5238 : i64
        %v5241 = arith.muli %v5240, %v269 : i64
        %v5242 = arith.addi %v5241, %v5239 : i64
        %v5243 = llvm.getelementptr %v22[%v5242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2036, %v5243 : f32, !llvm.ptr<3>
        %v5245 = arith.addi %v5244, %v29 : i64
        %v5246 = arith.divui %v5245, %v256 : i64
        %v5247 = arith.remui %v5245, %v256 : i64
        %v5248 = arith.addi %v41, %v5246 : i64
        %v5249 = arith.muli %v5248, %v269 : i64
        %v5250 = arith.addi %v5249, %v5247 : i64
        %v5251 = llvm.getelementptr %v22[%v5250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2050, %v5251 : f32, !llvm.ptr<3>
        %v5253 = arith.addi %v5252, %v29 : i64
        %v5254 = arith.divui %v5253, %v256 : i64
        %v5255 = arith.remui %v5253, %v256 : i64
        %v5256 = arith.addi %v41, %v5254 : i64
        %v5257 = arith.muli %v5256, %v269 : i64
        %v5258 = arith.addi %v5257, %v5255 : i64
        %v5259 = llvm.getelementptr %v22[%v5258] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2064, %v5259 : f32, !llvm.ptr<3>
        %v5261 = arith.addi %v5260, %v29 : i64
        %v5262 = arith.divui %v5261, %v256 : i64
        %v5263 = arith.remui %v5261, %v256 : i64
        %v5264 = arith.addi %v41, %v5262 : i64
        %v5265 = arith.muli %v5264, %v269 : i64
        %v5266 = arith.addi %v5265, %v5263 : i64
        %v5267 = llvm.getelementptr %v22[%v5266] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2078, %v5267 : f32, !llvm.ptr<3>
        %v5269 = arith.addi %v5268, %v29 : i64
        %v5270 = arith.divui %v5269, %v256 : i64
        %v5271 = arith.remui %v5269, %v256 : i64
        %v5272 = arith.addi %v41, %v5270 : i64
        %v5273 = arith.muli %v5272, %v269 : i64
        %v5274 = arith.addi %v5273, %v5271 : i64
        %v5275 = llvm.getelementptr %v22[%v5274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2092, %v5275 : f32, !llvm.ptr<3>
        %v5277 = arith.addi %v5276, %v29 : i64
        %v5278 = arith.divui %v5277, %v256 : i64
        %v5279 = arith.remui %v5277, %v256 : i64
        %v5280 = arith.addi %v41, %v5278 : i64
        %v5281 = arith.muli %v5280, %v269 : i64
        %v5282 = arith.addi %v5281, %v5279 : i64
        %v5283 = llvm.getelementptr %v22[%v5282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2106, %v5283 : f32, !llvm.ptr<3>
        %v5285 = arith.addi %v5284, %v29 : i64
        %v5286 = arith.divui %v5285, %v256 : i64
        %v5287 = arith.remui %v5285, %v256 : i64
        %v5288 = arith.addi %v41, %v5286 : i64
        %v5289 = arith.muli %v5288, %v269 : i64
        %v5290 = arith.addi %v5289, %v5287 : i64
        %v5291 = llvm.getelementptr %v22[%v5290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2120, %v5291 : f32, !llvm.ptr<3>
        %v5293 = arith.addi %v5292, %v29 : i64
        %v5294 = arith.divui %v5293, %v256 : i64
        %v5295 = arith.remui %v5293, %v256 : i64
        %v5296 = arith.addi %v41, %v5294 : i64
        %v5297 = arith.muli %v5296, %v269 : i64
        %v5298 = arith.addi %v5297, %v5295 : i64
        %v5299 = llvm.getelementptr %v22[%v5298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2134, %v5299 : f32, !llvm.ptr<3>
        %v5301 = arith.addi %v5300, %v29 : i64
        %v5302 = arith.divui %v5301, %v256 : i64
        %v5303 = arith.remui %v5301, %v256 : i64
        %v5304 = arith.addi %v41, %v5302 : i64
        %v5305 = arith.muli %v5304, %v269 : i64
        %v5306 = arith.addi %v5305, %v5303 : i64
        %v5307 = llvm.getelementptr %v22[%v5306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2148, %v5307 : f32, !llvm.ptr<3>
        %v5309 = arith.addi %v5308, %v29 : i64
        %v5310 = arith.divui %v5309, %v256 : i64
        %v5311 = arith.remui %v5309, %v256 : i64
        %v5312 = arith.addi %v41, %v5310 : i64
        %v5313 = arith.muli %v5312, %v269 : i64
        %v5314 = arith.addi %v5313, %v5311 : i64
        %v5315 = llvm.getelementptr %v22[%v5314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2162, %v5315 : f32, !llvm.ptr<3>
        %v5317 = arith.addi %v5316, %v29 : i64
        %v5318 = arith.divui %v5317, %v256 : i64
        %v5319 = arith.remui %v5317, %v256 : i64
        %v5320 = arith.addi %v41, %v5318 : i64
        %v5321 = arith.muli %v5320, %v269 : i64
        %v5322 = arith.addi %v5321, %v5319 : i64
        %v5323 = llvm.getelementptr %v22[%v5322] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2176, %v5323 : f32, !llvm.ptr<3>
        %v5325 = arith.addi %v5324, %v29 : i64
        %v5326 = arith.divui %v5325, %v256 : i64
        %v5327 = arith.remui %v5325, %v256 : i64
        %v5328 = arith.addi %v41, %v5326 : i64
        %v5329 = arith.muli %v5328, %v269 : i64
        %v5330 = arith.addi %v5329, %v5327 : i64
        %v5331 = llvm.getelementptr %v22[%v5330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2190, %v5331 : f32, !llvm.ptr<3>
        %v5332 = arith.addi %v41, %v29 : i64
        %v5333 = arith.divui %v5332, %v256 : i64
        %v5334 = arith.remui %v5332, %v256 : i64
        %v5335 = arith.addi %v31, %v5333 : i64
        %v5336 = arith.muli %v5335, %v269 : i64
        %v5337 = arith.addi %v5336, %v5334 : i64
        %v5338 = llvm.getelementptr %v22[%v5337] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2206, %v5338 : f32, !llvm.ptr<3>
        %v5339 = arith.addi %v31, %v29 : i64
        %v5340 = arith.divui %v5339, %v256 : i64
        %v5341 = arith.remui %v5339, %v256 : i64
        %v5342 = arith.addi %v31, %v5340 : i64
        %v5343 = arith.muli %v5342, %v269 : i64
        %v5344 = arith.addi %v5343, %v5341 : i64
        %v5345 = llvm.getelementptr %v22[%v5344] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2220, %v5345 : f32, !llvm.ptr<3>
        %v5346 = arith.addi %v1254, %v29 : i64
        %v5347 = arith.divui %v5346, %v256 : i64
        %v5348 = arith.remui %v5346, %v256 : i64
        %v5349 = arith.addi %v31, %v5347 : i64
        %v5350 = arith.muli %v5349, %v269 : i64
        %v5351 = arith.addi %v5350, %v5348 : i64
        %v5352 = llvm.getelementptr %v22[%v5351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2234, %v5352 : f32, !llvm.ptr<3>
        %v5353 = arith.addi %v5101, %v29 : i64
        %v5354 = arith.divui %v5353, %v256 : i64
        %v5355 = arith.remui %v5353, %v256 : i64
        %v5356 = arith.addi %v31, %v5354 : i64
        %v5357 = arith.muli %v5356, %v269 : i64
        %v5358 = arith.addi %v5357, %v5355 : i64
        %v5359 = llvm.getelementptr %v22[%v5358] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2248, %v5359 : f32, !llvm.ptr<3>
        %v5360 = arith.addi %v25, %v29 : i64
        %v5361 = arith.divui %v5360, %v256 : i64
        %v5362 = arith.remui %v5360, %v256 : i64
        %v5363 = arith.addi %v31, %v5361 : i64
        %v5364 = arith.muli %v5363, %v269 : i64
        %v5365 = arith.addi %v5364, %v5362 : i64
        %v5366 = llvm.getelementptr %v22[%v5365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2262, %v5366 : f32, !llvm.ptr<3>
        %v5367 = arith.addi %v5116, %v29 : i64
        %v5368 = arith.divui %v5367, %v256 : i64
        %v5369 = arith.remui %v5367, %v256 : i64
        %v5370 = arith.addi %v31, %v5368 : i64
        %v5371 = arith.muli %v5370, %v269 : i64
        %v5372 = arith.addi %v5371, %v5369 : i64
        %v5373 = llvm.getelementptr %v22[%v5372] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2276, %v5373 : f32, !llvm.ptr<3>
        %v5374 = arith.addi %v5124, %v29 : i64
        %v5375 = arith.divui %v5374, %v256 : i64
        %v5376 = arith.remui %v5374, %v256 : i64
        %v5377 = arith.addi %v31, %v5375 : i64
        %v5378 = arith.muli %v5377, %v269 : i64
        %v5379 = arith.addi %v5378, %v5376 : i64
        %v5380 = llvm.getelementptr %v22[%v5379] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2290, %v5380 : f32, !llvm.ptr<3>
        %v5381 = arith.addi %v5132, %v29 : i64
        %v5382 = arith.divui %v5381, %v256 : i64
        %v5383 = arith.remui %v5381, %v256 : i64
        %v5384 = arith.addi %v31, %v5382 : i64
        %v5385 = arith.muli %v5384, %v269 : i64
        %v5386 = arith.addi %v5385, %v5383 : i64
        %v5387 = llvm.getelementptr %v22[%v5386] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2304, %v5387 : f32, !llvm.ptr<3>
        %v5388 = arith.addi %v5140, %v29 : i64
        %v5389 = arith.divui %v5388, %v256 : i64
        %v5390 = arith.remui %v5388, %v256 : i64
        %v5391 = arith.addi %v31, %v5389 : i64
        %v5392 = arith.muli %v5391, %v269 : i64
        %v5393 = arith.addi %v5392, %v5390 : i64
        %v5394 = llvm.getelementptr %v22[%v5393] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2318, %v5394 : f32, !llvm.ptr<3>
        %v5395 = arith.addi %v5148, %v29 : i64
        %v5396 = arith.divui %v5395, %v256 : i64
        %v5397 = arith.remui %v5395, %v256 : i64
        %v5398 = arith.addi %v31, %v5396 : i64
        %v5399 = arith.muli %v5398, %v269 : i64
        %v5400 = arith.addi %v5399, %v5397 : i64
        %v5401 = llvm.getelementptr %v22[%v5400] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2332, %v5401 : f32, !llvm.ptr<3>
        %v5402 = arith.addi %v5156, %v29 : i64
        %v5403 = arith.divui %v5402, %v256 : i64
        %v5404 = arith.remui %v5402, %v256 : i64
        %v5405 = arith.addi %v31, %v5403 : i64
        %v5406 = arith.muli %v5405, %v269 : i64
        %v5407 = arith.addi %v5406, %v5404 : i64
        %v5408 = llvm.getelementptr %v22[%v5407] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2346, %v5408 : f32, !llvm.ptr<3>
        %v5409 = arith.addi %v5164, %v29 : i64
        %v5410 = arith.divui %v5409, %v256 : i64
        %v5411 = arith.remui %v5409, %v256 : i64
        %v5412 = arith.addi %v31, %v5410 : i64
        %v5413 = arith.muli %v5412, %v269 : i64
        %v5414 = arith.addi %v5413, %v5411 : i64
        %v5415 = llvm.getelementptr %v22[%v5414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2360, %v5415 : f32, !llvm.ptr<3>
        %v5416 = arith.addi %v5172, %v29 : i64
        %v5417 = arith.divui %v5416, %v256 : i64
        %v5418 = arith.remui %v5416, %v256 : i64
        %v5419 = arith.addi %v31, %v5417 : i64
        %v5420 = arith.muli %v5419, %v269 : i64
        %v5421 = arith.addi %v5420, %v5418 : i64
        %v5422 = llvm.getelementptr %v22[%v5421] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2374, %v5422 : f32, !llvm.ptr<3>
        %v5423 = arith.addi %v5180, %v29 : i64
        %v5424 = arith.divui %v5423, %v256 : i64
        %v5425 = arith.remui %v5423, %v256 : i64
        %v5426 = arith.addi %v31, %v5424 : i64
        %v5427 = arith.muli %v5426, %v269 : i64
        %v5428 = arith.addi %v5427, %v5425 : i64
        %v5429 = llvm.getelementptr %v22[%v5428] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2388, %v5429 : f32, !llvm.ptr<3>
        %v5430 = arith.addi %v5188, %v29 : i64
        %v5431 = arith.divui %v5430, %v256 : i64
        %v5432 = arith.remui %v5430, %v256 : i64
        %v5433 = arith.addi %v31, %v5431 : i64
        %v5434 = arith.muli %v5433, %v269 : i64
        %v5435 = arith.addi %v5434, %v5432 : i64
        %v5436 = llvm.getelementptr %v22[%v5435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2402, %v5436 : f32, !llvm.ptr<3>
        %v5437 = arith.addi %v5196, %v29 : i64
        %v5438 = arith.divui %v5437, %v256 : i64
        %v5439 = arith.remui %v5437, %v256 : i64
        %v5440 = arith.addi %v31, %v5438 : i64
        %v5441 = arith.muli %v5440, %v269 : i64
        %v5442 = arith.addi %v5441, %v5439 : i64
        %v5443 = llvm.getelementptr %v22[%v5442] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2416, %v5443 : f32, !llvm.ptr<3>
        %v5444 = arith.addi %v5204, %v29 : i64
        %v5445 = arith.divui %v5444, %v256 : i64
        %v5446 = arith.remui %v5444, %v256 : i64
        %v5447 = arith.addi %v31, %v5445 : i64
        %v5448 = arith.muli %v5447, %v269 : i64
        %v5449 = arith.addi %v5448, %v5446 : i64
        %v5450 = llvm.getelementptr %v22[%v5449] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2430, %v5450 : f32, !llvm.ptr<3>
        %v5451 = arith.addi %v5212, %v29 : i64
        %v5452 = arith.divui %v5451, %v256 : i64
        %v5453 = arith.remui %v5451, %v256 : i64
        %v5454 = arith.addi %v31, %v5452 : i64
        %v5455 = arith.muli %v5454, %v269 : i64
        %v5456 = arith.addi %v5455, %v5453 : i64
        %v5457 = llvm.getelementptr %v22[%v5456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2444, %v5457 : f32, !llvm.ptr<3>
        %v5458 = arith.addi %v5220, %v29 : i64
        %v5459 = arith.divui %v5458, %v256 : i64
        %v5460 = arith.remui %v5458, %v256 : i64
        %v5461 = arith.addi %v31, %v5459 : i64
        %v5462 = arith.muli %v5461, %v269 : i64
        %v5463 = arith.addi %v5462, %v5460 : i64
        %v5464 = llvm.getelementptr %v22[%v5463] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2458, %v5464 : f32, !llvm.ptr<3>
        %v5465 = arith.addi %v5228, %v29 : i64
        %v5466 = arith.divui %v5465, %v256 : i64
        %v5467 = arith.remui %v5465, %v256 : i64
        %v5468 = arith.addi %v31, %v5466 : i64
        %v5469 = arith.muli %v5468, %v269 : i64
        %v5470 = arith.addi %v5469, %v5467 : i64
        %v5471 = llvm.getelementptr %v22[%v5470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2472, %v5471 : f32, !llvm.ptr<3>
        %v5472 = arith.addi %v5236, %v29 : i64
        %v5473 = arith.divui %v5472, %v256 : i64
        %v5474 = arith.remui %v5472, %v256 : i64
        %v5475 = arith.addi %v31, %v5473 : i64
        %v5476 = arith.muli %v5475, %v269 : i64
        %v5477 = arith.addi %v5476, %v5474 : i64
        %v5478 = llvm.getelementptr %v22[%v5477] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2486, %v5478 : f32, !llvm.ptr<3>
        %v5479 = arith.addi %v5244, %v29 : i64
        %v5480 = arith.divui %v5479, %v256 : i64
        %v5481 = arith.remui %v5479, %v256 : i64
        %v5482 = arith.addi %v31, %v5480 : i64
        %v5483 = arith.muli %v5482, %v269 : i64
        %v5484 = arith.addi %v5483, %v5481 : i64
        %v5485 = llvm.getelementptr %v22[%v5484] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2500, %v5485 : f32, !llvm.ptr<3>
        %v5486 = arith.addi %v5252, %v29 : i64
        %v5487 = arith.divui %v5486, %v256 : i64
        %v5488 = arith.remui %v5486, %v256 : i64
        %v5489 = arith.addi %v31, %v5487 : i64
        %v5490 = arith.muli %v5489, %v269 : i64
        %v5491 = arith.addi %v5490, %v5488 : i64
        %v5492 = llvm.getelementptr %v22[%v5491] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2514, %v5492 : f32, !llvm.ptr<3>
        %v5493 = arith.addi %v5260, %v29 : i64
        %v5494 = arith.divui %v5493, %v256 : i64
        %v5495 = arith.remui %v5493, %v256 : i64
        %v5496 = arith.addi %v31, %v5494 : i64
        %v5497 = arith.muli %v5496, %v269 : i64
        %v5498 = arith.addi %v5497, %v5495 : i64
        %v5499 = llvm.getelementptr %v22[%v5498] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2528, %v5499 : f32, !llvm.ptr<3>
        %v5500 = arith.addi %v5268, %v29 : i64
        %v5501 = arith.divui %v5500, %v256 : i64
        %v5502 = arith.remui %v5500, %v256 : i64
        %v5503 = arith.addi %v31, %v5501 : i64
        %v5504 = arith.muli %v5503, %v269 : i64
        %v5505 = arith.addi %v5504, %v5502 : i64
        %v5506 = llvm.getelementptr %v22[%v5505] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2542, %v5506 : f32, !llvm.ptr<3>
        %v5507 = arith.addi %v5276, %v29 : i64
        %v5508 = arith.divui %v5507, %v256 : i64
        %v5509 = arith.remui %v5507, %v256 : i64
        %v5510 = arith.addi %v31, %v5508 : i64
        %v5511 = arith.muli %v5510, %v269 : i64
        %v5512 = arith.addi %v5511, %v5509 : i64
        %v5513 = llvm.getelementptr %v22[%v5512] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2556, %v5513 : f32, !llvm.ptr<3>
        %v5514 = arith.addi %v5284, %v29 : i64
        %v5515 = arith.divui %v5514, %v256 : i64
        %v5516 = arith.remui %v5514, %v256 : i64
        %v5517 = arith.addi %v31, %v5515 : i64
        %v5518 = arith.muli %v5517, %v269 : i64
        %v5519 = arith.addi %v5518, %v5516 : i64
        %v5520 = llvm.getelementptr %v22[%v5519] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2570, %v5520 : f32, !llvm.ptr<3>
        %v5521 = arith.addi %v5292, %v29 : i64
        %v5522 = arith.divui %v5521, %v256 : i64
        %v5523 = arith.remui %v5521, %v256 : i64
        %v5524 = arith.addi %v31, %v5522 : i64
        %v5525 = arith.muli %v5524, %v269 : i64
        %v5526 = arith.addi %v5525, %v5523 : i64
        %v5527 = llvm.getelementptr %v22[%v5526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2584, %v5527 : f32, !llvm.ptr<3>
        %v5528 = arith.addi %v5300, %v29 : i64
        %v5529 = arith.divui %v5528, %v256 : i64
        %v5530 = arith.remui %v5528, %v256 : i64
        %v5531 = arith.addi %v31, %v5529 : i64
        %v5532 = arith.muli %v5531, %v269 : i64
        %v5533 = arith.addi %v5532, %v5530 : i64
        %v5534 = llvm.getelementptr %v22[%v5533] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2598, %v5534 : f32, !llvm.ptr<3>
        %v5535 = arith.addi %v5308, %v29 : i64
        %v5536 = arith.divui %v5535, %v256 : i64
        %v5537 = arith.remui %v5535, %v256 : i64
        %v5538 = arith.addi %v31, %v5536 : i64
        %v5539 = arith.muli %v5538, %v269 : i64
        %v5540 = arith.addi %v5539, %v5537 : i64
        %v5541 = llvm.getelementptr %v22[%v5540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2612, %v5541 : f32, !llvm.ptr<3>
        %v5542 = arith.addi %v5316, %v29 : i64
        %v5543 = arith.divui %v5542, %v256 : i64
        %v5544 = arith.remui %v5542, %v256 : i64
        %v5545 = arith.addi %v31, %v5543 : i64
        %v5546 = arith.muli %v5545, %v269 : i64
        %v5547 = arith.addi %v5546, %v5544 : i64
        %v5548 = llvm.getelementptr %v22[%v5547] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2626, %v5548 : f32, !llvm.ptr<3>
        %v5549 = arith.addi %v5324, %v29 : i64
        %v5550 = arith.divui %v5549, %v256 : i64
        %v5551 = arith.remui %v5549, %v256 : i64
        %v5552 = arith.addi %v31, %v5550 : i64
        %v5553 = arith.muli %v5552, %v269 : i64
        %v5554 = arith.addi %v5553, %v5551 : i64
        %v5555 = llvm.getelementptr %v22[%v5554] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2640, %v5555 : f32, !llvm.ptr<3>
        %v5556 = arith.addi %v41, %v29 : i64
        %v5557 = arith.divui %v5556, %v256 : i64
        %v5558 = arith.remui %v5556, %v256 : i64
        %v5559 = arith.addi %v1254, %v5557 : i64
        %v5560 = arith.muli %v5559, %v269 : i64
        %v5561 = arith.addi %v5560, %v5558 : i64
        %v5562 = llvm.getelementptr %v22[%v5561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2656, %v5562 : f32, !llvm.ptr<3>
        %v5563 = arith.addi %v31, %v29 : i64
        %v5564 = arith.divui %v5563, %v256 : i64
        %v5565 = arith.remui %v5563, %v256 : i64
        %v5566 = arith.addi %v1254, %v5564 : i64
        %v5567 = arith.muli %v5566, %v269 : i64
        %v5568 = arith.addi %v5567, %v5565 : i64
        %v5569 = llvm.getelementptr %v22[%v5568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2670, %v5569 : f32, !llvm.ptr<3>
        %v5570 = arith.addi %v1254, %v29 : i64
        %v5571 = arith.divui %v5570, %v256 : i64
        %v5572 = arith.remui %v5570, %v256 : i64
        %v5573 = arith.addi %v1254, %v5571 : i64
        %v5574 = arith.muli %v5573, %v269 : i64
        %v5575 = arith.addi %v5574, %v5572 : i64
        %v5576 = llvm.getelementptr %v22[%v5575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2684, %v5576 : f32, !llvm.ptr<3>
        %v5577 = arith.addi %v5101, %v29 : i64
        %v5578 = arith.divui %v5577, %v256 : i64
        %v5579 = arith.remui %v5577, %v256 : i64
        %v5580 = arith.addi %v1254, %v5578 : i64
        %v5581 = arith.muli %v5580, %v269 : i64
        %v5582 = arith.addi %v5581, %v5579 : i64
        %v5583 = llvm.getelementptr %v22[%v5582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2698, %v5583 : f32, !llvm.ptr<3>
        %v5584 = arith.addi %v25, %v29 : i64
        %v5585 = arith.divui %v5584, %v256 : i64
        %v5586 = arith.remui %v5584, %v256 : i64
        %v5587 = arith.addi %v1254, %v5585 : i64
        %v5588 = arith.muli %v5587, %v269 : i64
        %v5589 = arith.addi %v5588, %v5586 : i64
        %v5590 = llvm.getelementptr %v22[%v5589] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2712, %v5590 : f32, !llvm.ptr<3>
        %v5591 = arith.addi %v5116, %v29 : i64
        %v5592 = arith.divui %v5591, %v256 : i64
        %v5593 = arith.remui %v5591, %v256 : i64
        %v5594 = arith.addi %v1254, %v5592 : i64
        %v5595 = arith.muli %v5594, %v269 : i64
        %v5596 = arith.addi %v5595, %v5593 : i64
        %v5597 = llvm.getelementptr %v22[%v5596] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2726, %v5597 : f32, !llvm.ptr<3>
        %v5598 = arith.addi %v5124, %v29 : i64
        %v5599 = arith.divui %v5598, %v256 : i64
        %v5600 = arith.remui %v5598, %v256 : i64
        %v5601 = arith.addi %v1254, %v5599 : i64
        %v5602 = arith.muli %v5601, %v269 : i64
        %v5603 = arith.addi %v5602, %v5600 : i64
        %v5604 = llvm.getelementptr %v22[%v5603] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2740, %v5604 : f32, !llvm.ptr<3>
        %v5605 = arith.addi %v5132, %v29 : i64
        %v5606 = arith.divui %v5605, %v256 : i64
        %v5607 = arith.remui %v5605, %v256 : i64
        %v5608 = arith.addi %v1254, %v5606 : i64
        %v5609 = arith.muli %v5608, %v269 : i64
        %v5610 = arith.addi %v5609, %v5607 : i64
        %v5611 = llvm.getelementptr %v22[%v5610] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2754, %v5611 : f32, !llvm.ptr<3>
        %v5612 = arith.addi %v5140, %v29 : i64
        %v5613 = arith.divui %v5612, %v256 : i64
        %v5614 = arith.remui %v5612, %v256 : i64
        %v5615 = arith.addi %v1254, %v5613 : i64
        %v5616 = arith.muli %v5615, %v269 : i64
        %v5617 = arith.addi %v5616, %v5614 : i64
        %v5618 = llvm.getelementptr %v22[%v5617] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2768, %v5618 : f32, !llvm.ptr<3>
        %v5619 = arith.addi %v5148, %v29 : i64
        %v5620 = arith.divui %v5619, %v256 : i64
        %v5621 = arith.remui %v5619, %v256 : i64
        %v5622 = arith.addi %v1254, %v5620 : i64
        %v5623 = arith.muli %v5622, %v269 : i64
        %v5624 = arith.addi %v5623, %v5621 : i64
        %v5625 = llvm.getelementptr %v22[%v5624] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2782, %v5625 : f32, !llvm.ptr<3>
        %v5626 = arith.addi %v5156, %v29 : i64
        %v5627 = arith.divui %v5626, %v256 : i64
        %v5628 = arith.remui %v5626, %v256 : i64
        %v5629 = arith.addi %v1254, %v5627 : i64
        %v5630 = arith.muli %v5629, %v269 : i64
        %v5631 = arith.addi %v5630, %v5628 : i64
        %v5632 = llvm.getelementptr %v22[%v5631] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2796, %v5632 : f32, !llvm.ptr<3>
        %v5633 = arith.addi %v5164, %v29 : i64
        %v5634 = arith.divui %v5633, %v256 : i64
        %v5635 = arith.remui %v5633, %v256 : i64
        %v5636 = arith.addi %v1254, %v5634 : i64
        %v5637 = arith.muli %v5636, %v269 : i64
        %v5638 = arith.addi %v5637, %v5635 : i64
        %v5639 = llvm.getelementptr %v22[%v5638] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2810, %v5639 : f32, !llvm.ptr<3>
        %v5640 = arith.addi %v5172, %v29 : i64
        %v5641 = arith.divui %v5640, %v256 : i64
        %v5642 = arith.remui %v5640, %v256 : i64
        %v5643 = arith.addi %v1254, %v5641 : i64
        %v5644 = arith.muli %v5643, %v269 : i64
        %v5645 = arith.addi %v5644, %v5642 : i64
        %v5646 = llvm.getelementptr %v22[%v5645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2824, %v5646 : f32, !llvm.ptr<3>
        %v5647 = arith.addi %v5180, %v29 : i64
        %v5648 = arith.divui %v5647, %v256 : i64
        %v5649 = arith.remui %v5647, %v256 : i64
        %v5650 = arith.addi %v1254, %v5648 : i64
        %v5651 = arith.muli %v5650, %v269 : i64
        %v5652 = arith.addi %v5651, %v5649 : i64
        %v5653 = llvm.getelementptr %v22[%v5652] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2838, %v5653 : f32, !llvm.ptr<3>
        %v5654 = arith.addi %v5188, %v29 : i64
        %v5655 = arith.divui %v5654, %v256 : i64
        %v5656 = arith.remui %v5654, %v256 : i64
        %v5657 = arith.addi %v1254, %v5655 : i64
        %v5658 = arith.muli %v5657, %v269 : i64
        %v5659 = arith.addi %v5658, %v5656 : i64
        %v5660 = llvm.getelementptr %v22[%v5659] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2852, %v5660 : f32, !llvm.ptr<3>
        %v5661 = arith.addi %v5196, %v29 : i64
        %v5662 = arith.divui %v5661, %v256 : i64
        %v5663 = arith.remui %v5661, %v256 : i64
        %v5664 = arith.addi %v1254, %v5662 : i64
        %v5665 = arith.muli %v5664, %v269 : i64
        %v5666 = arith.addi %v5665, %v5663 : i64
        %v5667 = llvm.getelementptr %v22[%v5666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2866, %v5667 : f32, !llvm.ptr<3>
        %v5668 = arith.addi %v5204, %v29 : i64
        %v5669 = arith.divui %v5668, %v256 : i64
        %v5670 = arith.remui %v5668, %v256 : i64
        %v5671 = arith.addi %v1254, %v5669 : i64
        %v5672 = arith.muli %v5671, %v269 : i64
        %v5673 = arith.addi %v5672, %v5670 : i64
        %v5674 = llvm.getelementptr %v22[%v5673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2880, %v5674 : f32, !llvm.ptr<3>
        %v5675 = arith.addi %v5212, %v29 : i64
        %v5676 = arith.divui %v5675, %v256 : i64
        %v5677 = arith.remui %v5675, %v256 : i64
        %v5678 = arith.addi %v1254, %v5676 : i64
        %v5679 = arith.muli %v5678, %v269 : i64
        %v5680 = arith.addi %v5679, %v5677 : i64
        %v5681 = llvm.getelementptr %v22[%v5680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2894, %v5681 : f32, !llvm.ptr<3>
        %v5682 = arith.addi %v5220, %v29 : i64
        %v5683 = arith.divui %v5682, %v256 : i64
        %v5684 = arith.remui %v5682, %v256 : i64
        %v5685 = arith.addi %v1254, %v5683 : i64
        %v5686 = arith.muli %v5685, %v269 : i64
        %v5687 = arith.addi %v5686, %v5684 : i64
        %v5688 = llvm.getelementptr %v22[%v5687] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2908, %v5688 : f32, !llvm.ptr<3>
        %v5689 = arith.addi %v5228, %v29 : i64
        %v5690 = arith.divui %v5689, %v256 : i64
        %v5691 = arith.remui %v5689, %v256 : i64
        %v5692 = arith.addi %v1254, %v5690 : i64
        %v5693 = arith.muli %v5692, %v269 : i64
        %v5694 = arith.addi %v5693, %v5691 : i64
        %v5695 = llvm.getelementptr %v22[%v5694] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2922, %v5695 : f32, !llvm.ptr<3>
        %v5696 = arith.addi %v5236, %v29 : i64
        %v5697 = arith.divui %v5696, %v256 : i64
        %v5698 = arith.remui %v5696, %v256 : i64
        %v5699 = arith.addi %v1254, %v5697 : i64
        %v5700 = arith.muli %v5699, %v269 : i64
        %v5701 = arith.addi %v5700, %v5698 : i64
        %v5702 = llvm.getelementptr %v22[%v5701] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2936, %v5702 : f32, !llvm.ptr<3>
        %v5703 = arith.addi %v5244, %v29 : i64
        %v5704 = arith.divui %v5703, %v256 : i64
        %v5705 = arith.remui %v5703, %v256 : i64
        %v5706 = arith.addi %v1254, %v5704 : i64
        %v5707 = arith.muli %v5706, %v269 : i64
        %v5708 = arith.addi %v5707, %v5705 : i64
        %v5709 = llvm.getelementptr %v22[%v5708] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2950, %v5709 : f32, !llvm.ptr<3>
        %v5710 = arith.addi %v5252, %v29 : i64
        %v5711 = arith.divui %v5710, %v256 : i64
        %v5712 = arith.remui %v5710, %v256 : i64
        %v5713 = arith.addi %v1254, %v5711 : i64
        %v5714 = arith.muli %v5713, %v269 : i64
        %v5715 = arith.addi %v5714, %v5712 : i64
        %v5716 = llvm.getelementptr %v22[%v5715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2964, %v5716 : f32, !llvm.ptr<3>
        %v5717 = arith.addi %v5260, %v29 : i64
        %v5718 = arith.divui %v5717, %v256 : i64
        %v5719 = arith.remui %v5717, %v256 : i64
        %v5720 = arith.addi %v1254, %v5718 : i64
        %v5721 = arith.muli %v5720, %v269 : i64
        %v5722 = arith.addi %v5721, %v5719 : i64
        %v5723 = llvm.getelementptr %v22[%v5722] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2978, %v5723 : f32, !llvm.ptr<3>
        %v5724 = arith.addi %v5268, %v29 : i64
        %v5725 = arith.divui %v5724, %v256 : i64
        %v5726 = arith.remui %v5724, %v256 : i64
        %v5727 = arith.addi %v1254, %v5725 : i64
        %v5728 = arith.muli %v5727, %v269 : i64
        %v5729 = arith.addi %v5728, %v5726 : i64
        %v5730 = llvm.getelementptr %v22[%v5729] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2992, %v5730 : f32, !llvm.ptr<3>
        %v5731 = arith.addi %v5276, %v29 : i64
        %v5732 = arith.divui %v5731, %v256 : i64
        %v5733 = arith.remui %v5731, %v256 : i64
        %v5734 = arith.addi %v1254, %v5732 : i64
        %v5735 = arith.muli %v5734, %v269 : i64
        %v5736 = arith.addi %v5735, %v5733 : i64
        %v5737 = llvm.getelementptr %v22[%v5736] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3006, %v5737 : f32, !llvm.ptr<3>
        %v5738 = arith.addi %v5284, %v29 : i64
        %v5739 = arith.divui %v5738, %v256 : i64
        %v5740 = arith.remui %v5738, %v256 : i64
        %v5741 = arith.addi %v1254, %v5739 : i64
        %v5742 = arith.muli %v5741, %v269 : i64
        %v5743 = arith.addi %v5742, %v5740 : i64
        %v5744 = llvm.getelementptr %v22[%v5743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3020, %v5744 : f32, !llvm.ptr<3>
        %v5745 = arith.addi %v5292, %v29 : i64
        %v5746 = arith.divui %v5745, %v256 : i64
        %v5747 = arith.remui %v5745, %v256 : i64
        %v5748 = arith.addi %v1254, %v5746 : i64
        %v5749 = arith.muli %v5748, %v269 : i64
        %v5750 = arith.addi %v5749, %v5747 : i64
        %v5751 = llvm.getelementptr %v22[%v5750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3034, %v5751 : f32, !llvm.ptr<3>
        %v5752 = arith.addi %v5300, %v29 : i64
        %v5753 = arith.divui %v5752, %v256 : i64
        %v5754 = arith.remui %v5752, %v256 : i64
        %v5755 = arith.addi %v1254, %v5753 : i64
        %v5756 = arith.muli %v5755, %v269 : i64
        %v5757 = arith.addi %v5756, %v5754 : i64
        %v5758 = llvm.getelementptr %v22[%v5757] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3048, %v5758 : f32, !llvm.ptr<3>
        %v5759 = arith.addi %v5308, %v29 : i64
        %v5760 = arith.divui %v5759, %v256 : i64
        %v5761 = arith.remui %v5759, %v256 : i64
        %v5762 = arith.addi %v1254, %v5760 : i64
        %v5763 = arith.muli %v5762, %v269 : i64
        %v5764 = arith.addi %v5763, %v5761 : i64
        %v5765 = llvm.getelementptr %v22[%v5764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3062, %v5765 : f32, !llvm.ptr<3>
        %v5766 = arith.addi %v5316, %v29 : i64
        %v5767 = arith.divui %v5766, %v256 : i64
        %v5768 = arith.remui %v5766, %v256 : i64
        %v5769 = arith.addi %v1254, %v5767 : i64
        %v5770 = arith.muli %v5769, %v269 : i64
        %v5771 = arith.addi %v5770, %v5768 : i64
        %v5772 = llvm.getelementptr %v22[%v5771] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3076, %v5772 : f32, !llvm.ptr<3>
        %v5773 = arith.addi %v5324, %v29 : i64
        %v5774 = arith.divui %v5773, %v256 : i64
        %v5775 = arith.remui %v5773, %v256 : i64
        %v5776 = arith.addi %v1254, %v5774 : i64
        %v5777 = arith.muli %v5776, %v269 : i64
        %v5778 = arith.addi %v5777, %v5775 : i64
        %v5779 = llvm.getelementptr %v22[%v5778] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3090, %v5779 : f32, !llvm.ptr<3>
        %v5780 = arith.divui %v29, %v256 : i64
        %v5781 = arith.remui %v29, %v256 : i64
        %v5782 = arith.addi %v5780, %v41 : i64
        %v5783 = arith.constant true
        %v5784 = arith.addi %v5101, %v5782 : i64
        %v5785 = llvm.getelementptr %v21[%v5784] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5786 = llvm.load %v5785 : !llvm.ptr<3> -> i64
        %v5787 = arith.addi %v1737, %v5781 : i64
        %v5788 = arith.cmpi slt, %v5787, %size_L : i64
        %v5789 = arith.subi %size_L, %v2 : i64
        %v5790 = arith.minsi %v5787, %v5789 : i64
        %v5791 = arith.addi %v5786, %v5790 : i64
        %v5792 = arith.muli %v5784, %v269 : i64
        %v5793 = arith.addi %v5792, %v5781 : i64
        %v5794 = arith.cmpi sge, %v5786, %v41 : i64
        %v5795 = arith.andi %v5788, %v5794 : i1
        %v5796 = arith.andi %v5795, %v5783 : i1
        %v5797 = llvm.getelementptr %v22[%v5793] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5798 = llvm.load %v5797 : !llvm.ptr<3> -> f32
        %v5799 = arith.addi %v5780, %v65 : i64
        %v5800 = arith.constant true
        %v5801 = arith.addi %v5101, %v5799 : i64
        %v5802 = llvm.getelementptr %v21[%v5801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5803 = llvm.load %v5802 : !llvm.ptr<3> -> i64
        %v5804 = arith.addi %v1737, %v5781 : i64
        %v5805 = arith.cmpi slt, %v5804, %size_L : i64
        %v5806 = arith.subi %size_L, %v2 : i64
        %v5807 = arith.minsi %v5804, %v5806 : i64
        %v5808 = arith.addi %v5803, %v5807 : i64
        %v5809 = arith.muli %v5801, %v269 : i64
        %v5810 = arith.addi %v5809, %v5781 : i64
        %v5811 = arith.cmpi sge, %v5803, %v41 : i64
        %v5812 = arith.andi %v5805, %v5811 : i1
        %v5813 = arith.andi %v5812, %v5800 : i1
        %v5814 = llvm.getelementptr %v22[%v5810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5815 = llvm.load %v5814 : !llvm.ptr<3> -> f32
        %v5816 = arith.addi %v5780, %v288 : i64
        %v5817 = arith.constant true
        %v5818 = arith.addi %v5101, %v5816 : i64
        %v5819 = llvm.getelementptr %v21[%v5818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5820 = llvm.load %v5819 : !llvm.ptr<3> -> i64
        %v5821 = arith.addi %v1737, %v5781 : i64
        %v5822 = arith.cmpi slt, %v5821, %size_L : i64
        %v5823 = arith.subi %size_L, %v2 : i64
        %v5824 = arith.minsi %v5821, %v5823 : i64
        %v5825 = arith.addi %v5820, %v5824 : i64
        %v5826 = arith.muli %v5818, %v269 : i64
        %v5827 = arith.addi %v5826, %v5781 : i64
        %v5828 = arith.cmpi sge, %v5820, %v41 : i64
        %v5829 = arith.andi %v5822, %v5828 : i1
        %v5830 = arith.andi %v5829, %v5817 : i1
        %v5831 = llvm.getelementptr %v22[%v5827] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5832 = llvm.load %v5831 : !llvm.ptr<3> -> f32
        %v5833 = arith.addi %v5780, %v303 : i64
        %v5834 = arith.constant true
        %v5835 = arith.addi %v5101, %v5833 : i64
        %v5836 = llvm.getelementptr %v21[%v5835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5837 = llvm.load %v5836 : !llvm.ptr<3> -> i64
        %v5838 = arith.addi %v1737, %v5781 : i64
        %v5839 = arith.cmpi slt, %v5838, %size_L : i64
        %v5840 = arith.subi %size_L, %v2 : i64
        %v5841 = arith.minsi %v5838, %v5840 : i64
        %v5842 = arith.addi %v5837, %v5841 : i64
        %v5843 = arith.muli %v5835, %v269 : i64
        %v5844 = arith.addi %v5843, %v5781 : i64
        %v5845 = arith.cmpi sge, %v5837, %v41 : i64
        %v5846 = arith.andi %v5839, %v5845 : i1
        %v5847 = arith.andi %v5846, %v5834 : i1
        %v5848 = llvm.getelementptr %v22[%v5844] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5849 = llvm.load %v5848 : !llvm.ptr<3> -> f32
        %v5850 = arith.addi %v5780, %v318 : i64
        %v5851 = arith.constant true
        %v5852 = arith.addi %v5101, %v5850 : i64
        %v5853 = llvm.getelementptr %v21[%v5852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5854 = llvm.load %v5853 : !llvm.ptr<3> -> i64
        %v5855 = arith.addi %v1737, %v5781 : i64
        %v5856 = arith.cmpi slt, %v5855, %size_L : i64
        %v5857 = arith.subi %size_L, %v2 : i64
        %v5858 = arith.minsi %v5855, %v5857 : i64
        %v5859 = arith.addi %v5854, %v5858 : i64
        %v5860 = arith.muli %v5852, %v269 : i64
        %v5861 = arith.addi %v5860, %v5781 : i64
        %v5862 = arith.cmpi sge, %v5854, %v41 : i64
        %v5863 = arith.andi %v5856, %v5862 : i1
        %v5864 = arith.andi %v5863, %v5851 : i1
        %v5865 = llvm.getelementptr %v22[%v5861] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5866 = llvm.load %v5865 : !llvm.ptr<3> -> f32
        %v5867 = arith.addi %v5780, %v333 : i64
        %v5868 = arith.constant true
        %v5869 = arith.addi %v5101, %v5867 : i64
        %v5870 = llvm.getelementptr %v21[%v5869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5871 = llvm.load %v5870 : !llvm.ptr<3> -> i64
        %v5872 = arith.addi %v1737, %v5781 : i64
        %v5873 = arith.cmpi slt, %v5872, %size_L : i64
        %v5874 = arith.subi %size_L, %v2 : i64
        %v5875 = arith.minsi %v5872, %v5874 : i64
        %v5876 = arith.addi %v5871, %v5875 : i64
        %v5877 = arith.muli %v5869, %v269 : i64
        %v5878 = arith.addi %v5877, %v5781 : i64
        %v5879 = arith.cmpi sge, %v5871, %v41 : i64
        %v5880 = arith.andi %v5873, %v5879 : i1
        %v5881 = arith.andi %v5880, %v5868 : i1
        %v5882 = llvm.getelementptr %v22[%v5878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5883 = llvm.load %v5882 : !llvm.ptr<3> -> f32
        %v5884 = arith.addi %v5780, %v348 : i64
        %v5885 = arith.constant true
        %v5886 = arith.addi %v5101, %v5884 : i64
        %v5887 = llvm.getelementptr %v21[%v5886] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5888 = llvm.load %v5887 : !llvm.ptr<3> -> i64
        %v5889 = arith.addi %v1737, %v5781 : i64
        %v5890 = arith.cmpi slt, %v5889, %size_L : i64
        %v5891 = arith.subi %size_L, %v2 : i64
        %v5892 = arith.minsi %v5889, %v5891 : i64
        %v5893 = arith.addi %v5888, %v5892 : i64
        %v5894 = arith.muli %v5886, %v269 : i64
        %v5895 = arith.addi %v5894, %v5781 : i64
        %v5896 = arith.cmpi sge, %v5888, %v41 : i64
        %v5897 = arith.andi %v5890, %v5896 : i1
        %v5898 = arith.andi %v5897, %v5885 : i1
        %v5899 = llvm.getelementptr %v22[%v5895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5900 = llvm.load %v5899 : !llvm.ptr<3> -> f32
        %v5901 = arith.addi %v5780, %v363 : i64
        %v5902 = arith.constant true
        %v5903 = arith.addi %v5101, %v5901 : i64
        %v5904 = llvm.getelementptr %v21[%v5903] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5905 = llvm.load %v5904 : !llvm.ptr<3> -> i64
        %v5906 = arith.addi %v1737, %v5781 : i64
        %v5907 = arith.cmpi slt, %v5906, %size_L : i64
        %v5908 = arith.subi %size_L, %v2 : i64
        %v5909 = arith.minsi %v5906, %v5908 : i64
        %v5910 = arith.addi %v5905, %v5909 : i64
        %v5911 = arith.muli %v5903, %v269 : i64
        %v5912 = arith.addi %v5911, %v5781 : i64
        %v5913 = arith.cmpi sge, %v5905, %v41 : i64
        %v5914 = arith.andi %v5907, %v5913 : i1
        %v5915 = arith.andi %v5914, %v5902 : i1
        %v5916 = llvm.getelementptr %v22[%v5912] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5917 = llvm.load %v5916 : !llvm.ptr<3> -> f32
        %v5918 = arith.addi %v5780, %v1 : i64
        %v5919 = arith.constant true
        %v5920 = arith.addi %v5101, %v5918 : i64
        %v5921 = llvm.getelementptr %v21[%v5920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5922 = llvm.load %v5921 : !llvm.ptr<3> -> i64
        %v5923 = arith.addi %v1737, %v5781 : i64
        %v5924 = arith.cmpi slt, %v5923, %size_L : i64
        %v5925 = arith.subi %size_L, %v2 : i64
        %v5926 = arith.minsi %v5923, %v5925 : i64
        %v5927 = arith.addi %v5922, %v5926 : i64
        %v5928 = arith.muli %v5920, %v269 : i64
        %v5929 = arith.addi %v5928, %v5781 : i64
        %v5930 = arith.cmpi sge, %v5922, %v41 : i64
        %v5931 = arith.andi %v5924, %v5930 : i1
        %v5932 = arith.andi %v5931, %v5919 : i1
        %v5933 = llvm.getelementptr %v22[%v5929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5934 = llvm.load %v5933 : !llvm.ptr<3> -> f32
        %v5935 = arith.addi %v5780, %v392 : i64
        %v5936 = arith.constant true
        %v5937 = arith.addi %v5101, %v5935 : i64
        %v5938 = llvm.getelementptr %v21[%v5937] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5939 = llvm.load %v5938 : !llvm.ptr<3> -> i64
        %v5940 = arith.addi %v1737, %v5781 : i64
        %v5941 = arith.cmpi slt, %v5940, %size_L : i64
        %v5942 = arith.subi %size_L, %v2 : i64
        %v5943 = arith.minsi %v5940, %v5942 : i64
        %v5944 = arith.addi %v5939, %v5943 : i64
        %v5945 = arith.muli %v5937, %v269 : i64
        %v5946 = arith.addi %v5945, %v5781 : i64
        %v5947 = arith.cmpi sge, %v5939, %v41 : i64
        %v5948 = arith.andi %v5941, %v5947 : i1
        %v5949 = arith.andi %v5948, %v5936 : i1
        %v5950 = llvm.getelementptr %v22[%v5946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5951 = llvm.load %v5950 : !llvm.ptr<3> -> f32
        %v5952 = arith.addi %v5780, %v407 : i64
        %v5953 = arith.constant true
        %v5954 = arith.addi %v5101, %v5952 : i64
        %v5955 = llvm.getelementptr %v21[%v5954] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5956 = llvm.load %v5955 : !llvm.ptr<3> -> i64
        %v5957 = arith.addi %v1737, %v5781 : i64
        %v5958 = arith.cmpi slt, %v5957, %size_L : i64
        %v5959 = arith.subi %size_L, %v2 : i64
        %v5960 = arith.minsi %v5957, %v5959 : i64
        %v5961 = arith.addi %v5956, %v5960 : i64
        %v5962 = arith.muli %v5954, %v269 : i64
        %v5963 = arith.addi %v5962, %v5781 : i64
        %v5964 = arith.cmpi sge, %v5956, %v41 : i64
        %v5965 = arith.andi %v5958, %v5964 : i1
        %v5966 = arith.andi %v5965, %v5953 : i1
        %v5967 = llvm.getelementptr %v22[%v5963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5968 = llvm.load %v5967 : !llvm.ptr<3> -> f32
        %v5969 = arith.addi %v5780, %v422 : i64
        %v5970 = arith.constant true
        %v5971 = arith.addi %v5101, %v5969 : i64
        %v5972 = llvm.getelementptr %v21[%v5971] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5973 = llvm.load %v5972 : !llvm.ptr<3> -> i64
        %v5974 = arith.addi %v1737, %v5781 : i64
        %v5975 = arith.cmpi slt, %v5974, %size_L : i64
        %v5976 = arith.subi %size_L, %v2 : i64
        %v5977 = arith.minsi %v5974, %v5976 : i64
        %v5978 = arith.addi %v5973, %v5977 : i64
        %v5979 = arith.muli %v5971, %v269 : i64
        %v5980 = arith.addi %v5979, %v5781 : i64
        %v5981 = arith.cmpi sge, %v5973, %v41 : i64
        %v5982 = arith.andi %v5975, %v5981 : i1
        %v5983 = arith.andi %v5982, %v5970 : i1
        %v5984 = llvm.getelementptr %v22[%v5980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v5985 = llvm.load %v5984 : !llvm.ptr<3> -> f32
        %v5986 = arith.addi %v5780, %v437 : i64
        %v5987 = arith.constant true
        %v5988 = arith.addi %v5101, %v5986 : i64
        %v5989 = llvm.getelementptr %v21[%v5988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v5990 = llvm.load %v5989 : !llvm.ptr<3> -> i64
        %v5991 = arith.addi %v1737, %v5781 : i64
        %v5992 = arith.cmpi slt, %v5991, %size_L : i64
        %v5993 = arith.subi %size_L, %v2 : i64
        %v5994 = arith.minsi %v5991, %v5993 : i64
        %v5995 = arith.addi %v5990, %v5994 : i64
        %v5996 = arith.muli %v5988, %v269 : i64
        %v5997 = arith.addi %v5996, %v5781 : i64
        %v5998 = arith.cmpi sge, %v5990, %v41 : i64
        %v5999 = arith.andi %v5992, %v5998 : i1
        %v6000 = arith.andi %v5999, %v5987 : i1
        %v6001 = llvm.getelementptr %v22[%v5997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6002 = llvm.load %v6001 : !llvm.ptr<3> -> f32
        %v6003 = arith.addi %v5780, %v452 : i64
        %v6004 = arith.constant true
        %v6005 = arith.addi %v5101, %v6003 : i64
        %v6006 = llvm.getelementptr %v21[%v6005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6007 = llvm.load %v6006 : !llvm.ptr<3> -> i64
        %v6008 = arith.addi %v1737, %v5781 : i64
        %v6009 = arith.cmpi slt, %v6008, %size_L : i64
        %v6010 = arith.subi %size_L, %v2 : i64
        %v6011 = arith.minsi %v6008, %v6010 : i64
        %v6012 = arith.addi %v6007, %v6011 : i64
        %v6013 = arith.muli %v6005, %v269 : i64
        %v6014 = arith.addi %v6013, %v5781 : i64
        %v6015 = arith.cmpi sge, %v6007, %v41 : i64
        %v6016 = arith.andi %v6009, %v6015 : i1
        %v6017 = arith.andi %v6016, %v6004 : i1
        %v6018 = llvm.getelementptr %v22[%v6014] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6019 = llvm.load %v6018 : !llvm.ptr<3> -> f32
        %v6020 = arith.addi %v5780, %v467 : i64
        %v6021 = arith.constant true
        %v6022 = arith.addi %v5101, %v6020 : i64
        %v6023 = llvm.getelementptr %v21[%v6022] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6024 = llvm.load %v6023 : !llvm.ptr<3> -> i64
        %v6025 = arith.addi %v1737, %v5781 : i64
        %v6026 = arith.cmpi slt, %v6025, %size_L : i64
        %v6027 = arith.subi %size_L, %v2 : i64
        %v6028 = arith.minsi %v6025, %v6027 : i64
        %v6029 = arith.addi %v6024, %v6028 : i64
        %v6030 = arith.muli %v6022, %v269 : i64
        %v6031 = arith.addi %v6030, %v5781 : i64
        %v6032 = arith.cmpi sge, %v6024, %v41 : i64
        %v6033 = arith.andi %v6026, %v6032 : i1
        %v6034 = arith.andi %v6033, %v6021 : i1
        %v6035 = llvm.getelementptr %v22[%v6031] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6036 = llvm.load %v6035 : !llvm.ptr<3> -> f32
        %v6037 = arith.addi %v5780, %v482 : i64
        %v6038 = arith.constant true
        %v6039 = arith.addi %v5101, %v6037 : i64
        %v6040 = llvm.getelementptr %v21[%v6039] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6041 = llvm.load %v6040 : !llvm.ptr<3> -> i64
        %v6042 = arith.addi %v1737, %v5781 : i64
        %v6043 = arith.cmpi slt, %v6042, %size_L : i64
        %v6044 = arith.subi %size_L, %v2 : i64
        %v6045 = arith.minsi %v6042, %v6044 : i64
        %v6046 = arith.addi %v6041, %v6045 : i64
        %v6047 = arith.muli %v6039, %v269 : i64
        %v6048 = arith.addi %v6047, %v5781 : i64
        %v6049 = arith.cmpi sge, %v6041, %v41 : i64
        %v6050 = arith.andi %v6043, %v6049 : i1
        %v6051 = arith.andi %v6050, %v6038 : i1
        %v6052 = llvm.getelementptr %v22[%v6048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6053 = llvm.load %v6052 : !llvm.ptr<3> -> f32
        %v6054 = arith.addi %v5780, %v256 : i64
        %v6055 = arith.constant true
        %v6056 = arith.addi %v5101, %v6054 : i64
        %v6057 = llvm.getelementptr %v21[%v6056] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6058 = llvm.load %v6057 : !llvm.ptr<3> -> i64
        %v6059 = arith.addi %v1737, %v5781 : i64
        %v6060 = arith.cmpi slt, %v6059, %size_L : i64
        %v6061 = arith.subi %size_L, %v2 : i64
        %v6062 = arith.minsi %v6059, %v6061 : i64
        %v6063 = arith.addi %v6058, %v6062 : i64
        %v6064 = arith.muli %v6056, %v269 : i64
        %v6065 = arith.addi %v6064, %v5781 : i64
        %v6066 = arith.cmpi sge, %v6058, %v41 : i64
        %v6067 = arith.andi %v6060, %v6066 : i1
        %v6068 = arith.andi %v6067, %v6055 : i1
        %v6069 = llvm.getelementptr %v22[%v6065] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6070 = llvm.load %v6069 : !llvm.ptr<3> -> f32
        %v6071 = arith.addi %v5780, %v511 : i64
        %v6072 = arith.constant true
        %v6073 = arith.addi %v5101, %v6071 : i64
        %v6074 = llvm.getelementptr %v21[%v6073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6075 = llvm.load %v6074 : !llvm.ptr<3> -> i64
        %v6076 = arith.addi %v1737, %v5781 : i64
        %v6077 = arith.cmpi slt, %v6076, %size_L : i64
        %v6078 = arith.subi %size_L, %v2 : i64
        %v6079 = arith.minsi %v6076, %v6078 : i64
        %v6080 = arith.addi %v6075, %v6079 : i64
        %v6081 = arith.muli %v6073, %v269 : i64
        %v6082 = arith.addi %v6081, %v5781 : i64
        %v6083 = arith.cmpi sge, %v6075, %v41 : i64
        %v6084 = arith.andi %v6077, %v6083 : i1
        %v6085 = arith.andi %v6084, %v6072 : i1
        %v6086 = llvm.getelementptr %v22[%v6082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6087 = llvm.load %v6086 : !llvm.ptr<3> -> f32
        %v6088 = arith.addi %v5780, %v526 : i64
        %v6089 = arith.constant true
        %v6090 = arith.addi %v5101, %v6088 : i64
        %v6091 = llvm.getelementptr %v21[%v6090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6092 = llvm.load %v6091 : !llvm.ptr<3> -> i64
        %v6093 = arith.addi %v1737, %v5781 : i64
        %v6094 = arith.cmpi slt, %v6093, %size_L : i64
        %v6095 = arith.subi %size_L, %v2 : i64
        %v6096 = arith.minsi %v6093, %v6095 : i64
        %v6097 = arith.addi %v6092, %v6096 : i64
        %v6098 = arith.muli %v6090, %v269 : i64
        %v6099 = arith.addi %v6098, %v5781 : i64
        %v6100 = arith.cmpi sge, %v6092, %v41 : i64
        %v6101 = arith.andi %v6094, %v6100 : i1
        %v6102 = arith.andi %v6101, %v6089 : i1
        %v6103 = llvm.getelementptr %v22[%v6099] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6104 = llvm.load %v6103 : !llvm.ptr<3> -> f32
        %v6105 = arith.addi %v5780, %v541 : i64
        %v6106 = arith.constant true
        %v6107 = arith.addi %v5101, %v6105 : i64
        %v6108 = llvm.getelementptr %v21[%v6107] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6109 = llvm.load %v6108 : !llvm.ptr<3> -> i64
        %v6110 = arith.addi %v1737, %v5781 : i64
        %v6111 = arith.cmpi slt, %v6110, %size_L : i64
        %v6112 = arith.subi %size_L, %v2 : i64
        %v6113 = arith.minsi %v6110, %v6112 : i64
        %v6114 = arith.addi %v6109, %v6113 : i64
        %v6115 = arith.muli %v6107, %v269 : i64
        %v6116 = arith.addi %v6115, %v5781 : i64
        %v6117 = arith.cmpi sge, %v6109, %v41 : i64
        %v6118 = arith.andi %v6111, %v6117 : i1
        %v6119 = arith.andi %v6118, %v6106 : i1
        %v6120 = llvm.getelementptr %v22[%v6116] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6121 = llvm.load %v6120 : !llvm.ptr<3> -> f32
        %v6122 = arith.addi %v5780, %v556 : i64
        %v6123 = arith.constant true
        %v6124 = arith.addi %v5101, %v6122 : i64
        %v6125 = llvm.getelementptr %v21[%v6124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6126 = llvm.load %v6125 : !llvm.ptr<3> -> i64
        %v6127 = arith.addi %v1737, %v5781 : i64
        %v6128 = arith.cmpi slt, %v6127, %size_L : i64
        %v6129 = arith.subi %size_L, %v2 : i64
        %v6130 = arith.minsi %v6127, %v6129 : i64
        %v6131 = arith.addi %v6126, %v6130 : i64
        %v6132 = arith.muli %v6124, %v269 : i64
        %v6133 = arith.addi %v6132, %v5781 : i64
        %v6134 = arith.cmpi sge, %v6126, %v41 : i64
        %v6135 = arith.andi %v6128, %v6134 : i1
        %v6136 = arith.andi %v6135, %v6123 : i1
        %v6137 = llvm.getelementptr %v22[%v6133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6138 = llvm.load %v6137 : !llvm.ptr<3> -> f32
        %v6139 = arith.addi %v5780, %v571 : i64
        %v6140 = arith.constant true
        %v6141 = arith.addi %v5101, %v6139 : i64
        %v6142 = llvm.getelementptr %v21[%v6141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6143 = llvm.load %v6142 : !llvm.ptr<3> -> i64
        %v6144 = arith.addi %v1737, %v5781 : i64
        %v6145 = arith.cmpi slt, %v6144, %size_L : i64
        %v6146 = arith.subi %size_L, %v2 : i64
        %v6147 = arith.minsi %v6144, %v6146 : i64
        %v6148 = arith.addi %v6143, %v6147 : i64
        %v6149 = arith.muli %v6141, %v269 : i64
        %v6150 = arith.addi %v6149, %v5781 : i64
        %v6151 = arith.cmpi sge, %v6143, %v41 : i64
        %v6152 = arith.andi %v6145, %v6151 : i1
        %v6153 = arith.andi %v6152, %v6140 : i1
        %v6154 = llvm.getelementptr %v22[%v6150] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6155 = llvm.load %v6154 : !llvm.ptr<3> -> f32
        %v6156 = arith.addi %v5780, %v586 : i64
        %v6157 = arith.constant true
        %v6158 = arith.addi %v5101, %v6156 : i64
        %v6159 = llvm.getelementptr %v21[%v6158] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6160 = llvm.load %v6159 : !llvm.ptr<3> -> i64
        %v6161 = arith.addi %v1737, %v5781 : i64
        %v6162 = arith.cmpi slt, %v6161, %size_L : i64
        %v6163 = arith.subi %size_L, %v2 : i64
        %v6164 = arith.minsi %v6161, %v6163 : i64
        %v6165 = arith.addi %v6160, %v6164 : i64
        %v6166 = arith.muli %v6158, %v269 : i64
        %v6167 = arith.addi %v6166, %v5781 : i64
        %v6168 = arith.cmpi sge, %v6160, %v41 : i64
        %v6169 = arith.andi %v6162, %v6168 : i1
        %v6170 = arith.andi %v6169, %v6157 : i1
        %v6171 = llvm.getelementptr %v22[%v6167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6172 = llvm.load %v6171 : !llvm.ptr<3> -> f32
        %v6173 = arith.addi %v5780, %v601 : i64
        %v6174 = arith.constant true
        %v6175 = arith.addi %v5101, %v6173 : i64
        %v6176 = llvm.getelementptr %v21[%v6175] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6177 = llvm.load %v6176 : !llvm.ptr<3> -> i64
        %v6178 = arith.addi %v1737, %v5781 : i64
        %v6179 = arith.cmpi slt, %v6178, %size_L : i64
        %v6180 = arith.subi %size_L, %v2 : i64
        %v6181 = arith.minsi %v6178, %v6180 : i64
        %v6182 = arith.addi %v6177, %v6181 : i64
        %v6183 = arith.muli %v6175, %v269 : i64
        %v6184 = arith.addi %v6183, %v5781 : i64
        %v6185 = arith.cmpi sge, %v6177, %v41 : i64
        %v6186 = arith.andi %v6179, %v6185 : i1
        %v6187 = arith.andi %v6186, %v6174 : i1
        %v6188 = llvm.getelementptr %v22[%v6184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6189 = llvm.load %v6188 : !llvm.ptr<3> -> f32
        %v6190 = arith.addi %v5780, %v616 : i64
        %v6191 = arith.constant true
        %v6192 = arith.addi %v5101, %v6190 : i64
        %v6193 = llvm.getelementptr %v21[%v6192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6194 = llvm.load %v6193 : !llvm.ptr<3> -> i64
        %v6195 = arith.addi %v1737, %v5781 : i64
        %v6196 = arith.cmpi slt, %v6195, %size_L : i64
        %v6197 = arith.subi %size_L, %v2 : i64
        %v6198 = arith.minsi %v6195, %v6197 : i64
        %v6199 = arith.addi %v6194, %v6198 : i64
        %v6200 = arith.muli %v6192, %v269 : i64
        %v6201 = arith.addi %v6200, %v5781 : i64
        %v6202 = arith.cmpi sge, %v6194, %v41 : i64
        %v6203 = arith.andi %v6196, %v6202 : i1
        %v6204 = arith.andi %v6203, %v6191 : i1
        %v6205 = llvm.getelementptr %v22[%v6201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6206 = llvm.load %v6205 : !llvm.ptr<3> -> f32
        %v6207 = arith.addi %v5780, %v631 : i64
        %v6208 = arith.constant true
        %v6209 = arith.addi %v5101, %v6207 : i64
        %v6210 = llvm.getelementptr %v21[%v6209] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6211 = llvm.load %v6210 : !llvm.ptr<3> -> i64
        %v6212 = arith.addi %v1737, %v5781 : i64
        %v6213 = arith.cmpi slt, %v6212, %size_L : i64
        %v6214 = arith.subi %size_L, %v2 : i64
        %v6215 = arith.minsi %v6212, %v6214 : i64
        %v6216 = arith.addi %v6211, %v6215 : i64
        %v6217 = arith.muli %v6209, %v269 : i64
        %v6218 = arith.addi %v6217, %v5781 : i64
        %v6219 = arith.cmpi sge, %v6211, %v41 : i64
        %v6220 = arith.andi %v6213, %v6219 : i1
        %v6221 = arith.andi %v6220, %v6208 : i1
        %v6222 = llvm.getelementptr %v22[%v6218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6223 = llvm.load %v6222 : !llvm.ptr<3> -> f32
        %v6224 = arith.addi %v5780, %v646 : i64
        %v6225 = arith.constant true
        %v6226 = arith.addi %v5101, %v6224 : i64
        %v6227 = llvm.getelementptr %v21[%v6226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6228 = llvm.load %v6227 : !llvm.ptr<3> -> i64
        %v6229 = arith.addi %v1737, %v5781 : i64
        %v6230 = arith.cmpi slt, %v6229, %size_L : i64
        %v6231 = arith.subi %size_L, %v2 : i64
        %v6232 = arith.minsi %v6229, %v6231 : i64
        %v6233 = arith.addi %v6228, %v6232 : i64
        %v6234 = arith.muli %v6226, %v269 : i64
        %v6235 = arith.addi %v6234, %v5781 : i64
        %v6236 = arith.cmpi sge, %v6228, %v41 : i64
        %v6237 = arith.andi %v6230, %v6236 : i1
        %v6238 = arith.andi %v6237, %v6225 : i1
        %v6239 = llvm.getelementptr %v22[%v6235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6240 = llvm.load %v6239 : !llvm.ptr<3> -> f32
        %v6241 = arith.addi %v5780, %v661 : i64
        %v6242 = arith.constant true
        %v6243 = arith.addi %v5101, %v6241 : i64
        %v6244 = llvm.getelementptr %v21[%v6243] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6245 = llvm.load %v6244 : !llvm.ptr<3> -> i64
        %v6246 = arith.addi %v1737, %v5781 : i64
        %v6247 = arith.cmpi slt, %v6246, %size_L : i64
        %v6248 = arith.subi %size_L, %v2 : i64
        %v6249 = arith.minsi %v6246, %v6248 : i64
        %v6250 = arith.addi %v6245, %v6249 : i64
        %v6251 = arith.muli %v6243, %v269 : i64
        %v6252 = arith.addi %v6251, %v5781 : i64
        %v6253 = arith.cmpi sge, %v6245, %v41 : i64
        %v6254 = arith.andi %v6247, %v6253 : i1
        %v6255 = arith.andi %v6254, %v6242 : i1
        %v6256 = llvm.getelementptr %v22[%v6252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6257 = llvm.load %v6256 : !llvm.ptr<3> -> f32
        %v6258 = arith.addi %v5780, %v676 : i64
        %v6259 = arith.constant true
        %v6260 = arith.addi %v5101, %v6258 : i64
        %v6261 = llvm.getelementptr %v21[%v6260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6262 = llvm.load %v6261 : !llvm.ptr<3> -> i64
        %v6263 = arith.addi %v1737, %v5781 : i64
        %v6264 = arith.cmpi slt, %v6263, %size_L : i64
        %v6265 = arith.subi %size_L, %v2 : i64
        %v6266 = arith.minsi %v6263, %v6265 : i64
        %v6267 = arith.addi %v6262, %v6266 : i64
        %v6268 = arith.muli %v6260, %v269 : i64
        %v6269 = arith.addi %v6268, %v5781 : i64
        %v6270 = arith.cmpi sge, %v6262, %v41 : i64
        %v6271 = arith.andi %v6264, %v6270 : i1
        %v6272 = arith.andi %v6271, %v6259 : i1
        %v6273 = llvm.getelementptr %v22[%v6269] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6274 = llvm.load %v6273 : !llvm.ptr<3> -> f32
        %v6275 = arith.addi %v5780, %v691 : i64
        %v6276 = arith.constant true
        %v6277 = arith.addi %v5101, %v6275 : i64
        %v6278 = llvm.getelementptr %v21[%v6277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6279 = llvm.load %v6278 : !llvm.ptr<3> -> i64
        %v6280 = arith.addi %v1737, %v5781 : i64
        %v6281 = arith.cmpi slt, %v6280, %size_L : i64
        %v6282 = arith.subi %size_L, %v2 : i64
        %v6283 = arith.minsi %v6280, %v6282 : i64
        %v6284 = arith.addi %v6279, %v6283 : i64
        %v6285 = arith.muli %v6277, %v269 : i64
        %v6286 = arith.addi %v6285, %v5781 : i64
        %v6287 = arith.cmpi sge, %v6279, %v41 : i64
        %v6288 = arith.andi %v6281, %v6287 : i1
        %v6289 = arith.andi %v6288, %v6276 : i1
        %v6290 = llvm.getelementptr %v22[%v6286] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6291 = llvm.load %v6290 : !llvm.ptr<3> -> f32
        %v6292 = arith.addi %v5780, %v706 : i64
        %v6293 = arith.constant true
        %v6294 = arith.addi %v5101, %v6292 : i64
        %v6295 = llvm.getelementptr %v21[%v6294] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6296 = llvm.load %v6295 : !llvm.ptr<3> -> i64
        %v6297 = arith.addi %v1737, %v5781 : i64
        %v6298 = arith.cmpi slt, %v6297, %size_L : i64
        %v6299 = arith.subi %size_L, %v2 : i64
        %v6300 = arith.minsi %v6297, %v6299 : i64
        %v6301 = arith.addi %v6296, %v6300 : i64
        %v6302 = arith.muli %v6294, %v269 : i64
        %v6303 = arith.addi %v6302, %v5781 : i64
        %v6304 = arith.cmpi sge, %v6296, %v41 : i64
        %v6305 = arith.andi %v6298, %v6304 : i1
        %v6306 = arith.andi %v6305, %v6293 : i1
        %v6307 = llvm.getelementptr %v22[%v6303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6308 = llvm.load %v6307 : !llvm.ptr<3> -> f32
        %v6309 = arith.addi %v5780, %v721 : i64
        %v6310 = arith.constant true
        %v6311 = arith.addi %v5101, %v6309 : i64
        %v6312 = llvm.getelementptr %v21[%v6311] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v6313 = llvm.load %v6312 : !llvm.ptr<3> -> i64
        %v6314 = arith.addi %v1737, %v5781 : i64
        %v6315 = arith.cmpi slt, %v6314, %size_L : i64
        %v6316 = arith.subi %size_L, %v2 : i64
        %v6317 = arith.minsi %v6314, %v6316 : i64
        %v6318 = arith.addi %v6313, %v6317 : i64
        %v6319 = arith.muli %v6311, %v269 : i64
        %v6320 = arith.addi %v6319, %v5781 : i64
        %v6321 = arith.cmpi sge, %v6313, %v41 : i64
        %v6322 = arith.andi %v6315, %v6321 : i1
        %v6323 = arith.andi %v6322, %v6310 : i1
        %v6324 = llvm.getelementptr %v22[%v6320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        %v6325 = llvm.load %v6324 : !llvm.ptr<3> -> f32
        scf.if %v5796 {
          %v6326 = llvm.getelementptr %out_y[%v5791] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5798, %v6326 : f32, !llvm.ptr
        }
        scf.if %v5813 {
          %v6327 = llvm.getelementptr %out_y[%v5808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5815, %v6327 : f32, !llvm.ptr
        }
        scf.if %v5830 {
          %v6328 = llvm.getelementptr %out_y[%v5825] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5832, %v6328 : f32, !llvm.ptr
        }
        scf.if %v5847 {
          %v6329 = llvm.getelementptr %out_y[%v5842] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5849, %v6329 : f32, !llvm.ptr
        }
        scf.if %v5864 {
          %v6330 = llvm.getelementptr %out_y[%v5859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5866, %v6330 : f32, !llvm.ptr
        }
        scf.if %v5881 {
          %v6331 = llvm.getelementptr %out_y[%v5876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5883, %v6331 : f32, !llvm.ptr
        }
        scf.if %v5898 {
          %v6332 = llvm.getelementptr %out_y[%v5893] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5900, %v6332 : f32, !llvm.ptr
        }
        scf.if %v5915 {
          %v6333 = llvm.getelementptr %out_y[%v5910] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5917, %v6333 : f32, !llvm.ptr
        }
        scf.if %v5932 {
          %v6334 = llvm.getelementptr %out_y[%v5927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5934, %v6334 : f32, !llvm.ptr
        }
        scf.if %v5949 {
          %v6335 = llvm.getelementptr %out_y[%v5944] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5951, %v6335 : f32, !llvm.ptr
        }
        scf.if %v5966 {
          %v6336 = llvm.getelementptr %out_y[%v5961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5968, %v6336 : f32, !llvm.ptr
        }
        scf.if %v5983 {
          %v6337 = llvm.getelementptr %out_y[%v5978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v5985, %v6337 : f32, !llvm.ptr
        }
        scf.if %v6000 {
          %v6338 = llvm.getelementptr %out_y[%v5995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6002, %v6338 : f32, !llvm.ptr
        }
        scf.if %v6017 {
          %v6339 = llvm.getelementptr %out_y[%v6012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6019, %v6339 : f32, !llvm.ptr
        }
        scf.if %v6034 {
          %v6340 = llvm.getelementptr %out_y[%v6029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6036, %v6340 : f32, !llvm.ptr
        }
        scf.if %v6051 {
          %v6341 = llvm.getelementptr %out_y[%v6046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6053, %v6341 : f32, !llvm.ptr
        }
        scf.if %v6068 {
          %v6342 = llvm.getelementptr %out_y[%v6063] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6070, %v6342 : f32, !llvm.ptr
        }
        scf.if %v6085 {
          %v6343 = llvm.getelementptr %out_y[%v6080] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6087, %v6343 : f32, !llvm.ptr
        }
        scf.if %v6102 {
          %v6344 = llvm.getelementptr %out_y[%v6097] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6104, %v6344 : f32, !llvm.ptr
        }
        scf.if %v6119 {
          %v6345 = llvm.getelementptr %out_y[%v6114] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6121, %v6345 : f32, !llvm.ptr
        }
        scf.if %v6136 {
          %v6346 = llvm.getelementptr %out_y[%v6131] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6138, %v6346 : f32, !llvm.ptr
        }
        scf.if %v6153 {
          %v6347 = llvm.getelementptr %out_y[%v6148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6155, %v6347 : f32, !llvm.ptr
        }
        scf.if %v6170 {
          %v6348 = llvm.getelementptr %out_y[%v6165] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6172, %v6348 : f32, !llvm.ptr
        }
        scf.if %v6187 {
          %v6349 = llvm.getelementptr %out_y[%v6182] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6189, %v6349 : f32, !llvm.ptr
        }
        scf.if %v6204 {
          %v6350 = llvm.getelementptr %out_y[%v6199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6206, %v6350 : f32, !llvm.ptr
        }
        scf.if %v6221 {
          %v6351 = llvm.getelementptr %out_y[%v6216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6223, %v6351 : f32, !llvm.ptr
        }
        scf.if %v6238 {
          %v6352 = llvm.getelementptr %out_y[%v6233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6240, %v6352 : f32, !llvm.ptr
        }
        scf.if %v6255 {
          %v6353 = llvm.getelementptr %out_y[%v6250] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6257, %v6353 : f32, !llvm.ptr
        }
        scf.if %v6272 {
          %v6354 = llvm.getelementptr %out_y[%v6267] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6274, %v6354 : f32, !llvm.ptr
        }
        scf.if %v6289 {
          %v6355 = llvm.getelementptr %out_y[%v6284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6291, %v6355 : f32, !llvm.ptr
        }
        scf.if %v6306 {
          %v6356 = llvm.getelementptr %out_y[%v6301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6308, %v6356 : f32, !llvm.ptr
        }
        scf.if %v6323 {
          %v6357 = llvm.getelementptr %out_y[%v6318] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v6325, %v6357 : f32, !llvm.ptr
        }
        gpu.barrier
      }
      %v6358 = llvm.load %v5 : !llvm.ptr -> f32
      %v6359 = llvm.load %v6 : !llvm.ptr -> f32
      %v6360 = llvm.load %v7 : !llvm.ptr -> f32
      %v6361 = llvm.load %v8 : !llvm.ptr -> f32
      %v6362 = llvm.load %v9 : !llvm.ptr -> f32
      %v6363 = llvm.load %v10 : !llvm.ptr -> f32
      %v6364 = llvm.load %v11 : !llvm.ptr -> f32
      %v6365 = llvm.load %v12 : !llvm.ptr -> f32
      %v6366 = llvm.load %v13 : !llvm.ptr -> f32
      %v6367 = llvm.load %v14 : !llvm.ptr -> f32
      %v6368 = llvm.load %v15 : !llvm.ptr -> f32
      %v6369 = llvm.load %v16 : !llvm.ptr -> f32
      %v6370 = llvm.load %v17 : !llvm.ptr -> f32
      %v6371 = llvm.load %v18 : !llvm.ptr -> f32
      %v6372 = llvm.load %v19 : !llvm.ptr -> f32
      %v6373 = llvm.load %v20 : !llvm.ptr -> f32
      scf.if %v34 {
        %v6374 = arith.muli %v39, %v81 : i64
        %v6375 = arith.muli %v37, %v80 : i64
        %v6376 = arith.addi %v6374, %v6375 : i64
        %v6377 = llvm.getelementptr %out_h_last[%v6376] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6358, %v6377 : f32, !llvm.ptr
        %v6378 = arith.muli %v39, %v81 : i64
        %v6379 = arith.muli %v37, %v80 : i64
        %v6380 = arith.addi %v6378, %v6379 : i64
        %v6381 = arith.constant 1 : i64
        %v6382 = arith.muli %v6381, %v2 : i64
        %v6383 = arith.addi %v6380, %v6382 : i64
        %v6384 = llvm.getelementptr %out_h_last[%v6383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6359, %v6384 : f32, !llvm.ptr
        %v6385 = arith.muli %v39, %v81 : i64
        %v6386 = arith.muli %v37, %v80 : i64
        %v6387 = arith.addi %v6385, %v6386 : i64
        %v6388 = arith.constant 2 : i64
        %v6389 = arith.muli %v6388, %v2 : i64
        %v6390 = arith.addi %v6387, %v6389 : i64
        %v6391 = llvm.getelementptr %out_h_last[%v6390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6360, %v6391 : f32, !llvm.ptr
        %v6392 = arith.muli %v39, %v81 : i64
        %v6393 = arith.muli %v37, %v80 : i64
        %v6394 = arith.addi %v6392, %v6393 : i64
        %v6395 = arith.constant 3 : i64
        %v6396 = arith.muli %v6395, %v2 : i64
        %v6397 = arith.addi %v6394, %v6396 : i64
        %v6398 = llvm.getelementptr %out_h_last[%v6397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6361, %v6398 : f32, !llvm.ptr
        %v6399 = arith.muli %v39, %v81 : i64
        %v6400 = arith.muli %v37, %v80 : i64
        %v6401 = arith.addi %v6399, %v6400 : i64
        %v6402 = arith.constant 4 : i64
        %v6403 = arith.muli %v6402, %v2 : i64
        %v6404 = arith.addi %v6401, %v6403 : i64
        %v6405 = llvm.getelementptr %out_h_last[%v6404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6362, %v6405 : f32, !llvm.ptr
        %v6406 = arith.muli %v39, %v81 : i64
        %v6407 = arith.muli %v37, %v80 : i64
        %v6408 = arith.addi %v6406, %v6407 : i64
        %v6409 = arith.constant 5 : i64
        %v6410 = arith.muli %v6409, %v2 : i64
        %v6411 = arith.addi %v6408, %v6410 : i64
        %v6412 = llvm.getelementptr %out_h_last[%v6411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6363, %v6412 : f32, !llvm.ptr
        %v6413 = arith.muli %v39, %v81 : i64
        %v6414 = arith.muli %v37, %v80 : i64
        %v6415 = arith.addi %v6413, %v6414 : i64
        %v6416 = arith.constant 6 : i64
        %v6417 = arith.muli %v6416, %v2 : i64
        %v6418 = arith.addi %v6415, %v6417 : i64
        %v6419 = llvm.getelementptr %out_h_last[%v6418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6364, %v6419 : f32, !llvm.ptr
        %v6420 = arith.muli %v39, %v81 : i64
        %v6421 = arith.muli %v37, %v80 : i64
        %v6422 = arith.addi %v6420, %v6421 : i64
        %v6423 = arith.constant 7 : i64
        %v6424 = arith.muli %v6423, %v2 : i64
        %v6425 = arith.addi %v6422, %v6424 : i64
        %v6426 = llvm.getelementptr %out_h_last[%v6425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6365, %v6426 : f32, !llvm.ptr
        %v6427 = arith.muli %v39, %v81 : i64
        %v6428 = arith.muli %v37, %v80 : i64
        %v6429 = arith.addi %v6427, %v6428 : i64
        %v6430 = arith.constant 8 : i64
        %v6431 = arith.muli %v6430, %v2 : i64
        %v6432 = arith.addi %v6429, %v6431 : i64
        %v6433 = llvm.getelementptr %out_h_last[%v6432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6366, %v6433 : f32, !llvm.ptr
        %v6434 = arith.muli %v39, %v81 : i64
        %v6435 = arith.muli %v37, %v80 : i64
        %v6436 = arith.addi %v6434, %v6435 : i64
        %v6437 = arith.constant 9 : i64
        %v6438 = arith.muli %v6437, %v2 : i64
        %v6439 = arith.addi %v6436, %v6438 : i64
        %v6440 = llvm.getelementptr %out_h_last[%v6439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6367, %v6440 : f32, !llvm.ptr
        %v6441 = arith.muli %v39, %v81 : i64
        %v6442 = arith.muli %v37, %v80 : i64
        %v6443 = arith.addi %v6441, %v6442 : i64
        %v6444 = arith.constant 10 : i64
        %v6445 = arith.muli %v6444, %v2 : i64
        %v6446 = arith.addi %v6443, %v6445 : i64
        %v6447 = llvm.getelementptr %out_h_last[%v6446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6368, %v6447 : f32, !llvm.ptr
        %v6448 = arith.muli %v39, %v81 : i64
        %v6449 = arith.muli %v37, %v80 : i64
        %v6450 = arith.addi %v6448, %v6449 : i64
        %v6451 = arith.constant 11 : i64
        %v6452 = arith.muli %v6451, %v2 : i64
        %v6453 = arith.addi %v6450, %v6452 : i64
        %v6454 = llvm.getelementptr %out_h_last[%v6453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6369, %v6454 : f32, !llvm.ptr
        %v6455 = arith.muli %v39, %v81 : i64
        %v6456 = arith.muli %v37, %v80 : i64
        %v6457 = arith.addi %v6455, %v6456 : i64
        %v6458 = arith.constant 12 : i64
        %v6459 = arith.muli %v6458, %v2 : i64
        %v6460 = arith.addi %v6457, %v6459 : i64
        %v6461 = llvm.getelementptr %out_h_last[%v6460] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6370, %v6461 : f32, !llvm.ptr
        %v6462 = arith.muli %v39, %v81 : i64
        %v6463 = arith.muli %v37, %v80 : i64
        %v6464 = arith.addi %v6462, %v6463 : i64
        %v6465 = arith.constant 13 : i64
        %v6466 = arith.muli %v6465, %v2 : i64
        %v6467 = arith.addi %v6464, %v6466 : i64
        %v6468 = llvm.getelementptr %out_h_last[%v6467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6371, %v6468 : f32, !llvm.ptr
        %v6469 = arith.muli %v39, %v81 : i64
        %v6470 = arith.muli %v37, %v80 : i64
        %v6471 = arith.addi %v6469, %v6470 : i64
        %v6472 = arith.constant 14 : i64
        %v6473 = arith.muli %v6472, %v2 : i64
        %v6474 = arith.addi %v6471, %v6473 : i64
        %v6475 = llvm.getelementptr %out_h_last[%v6474] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6372, %v6475 : f32, !llvm.ptr
        %v6476 = arith.muli %v39, %v81 : i64
        %v6477 = arith.muli %v37, %v80 : i64
        %v6478 = arith.addi %v6476, %v6477 : i64
        %v6479 = arith.constant 15 : i64
        %v6480 = arith.muli %v6479, %v2 : i64
        %v6481 = arith.addi %v6478, %v6480 : i64
        %v6482 = llvm.getelementptr %out_h_last[%v6481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v6373, %v6482 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
