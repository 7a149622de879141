module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_selective_scan_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    llvm.mlir.global internal @rows_selective_scan_chunk_reduce_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
    gpu.func @selective_scan_chunk_reduce(%in_u: !llvm.ptr, %in_delta: !llvm.ptr, %in_z: !llvm.ptr, %in_A: !llvm.ptr, %in_Bm: !llvm.ptr, %in_Cm: !llvm.ptr, %in_Dskip: !llvm.ptr, %in_dt_bias: !llvm.ptr, %in_h0: !llvm.ptr, %agga_h: !llvm.ptr, %aggb_h: !llvm.ptr, %size_B: i64, %size_D: i64, %size_L: i64, %size_N: i64) kernel {
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
      %v36 = llvm.mlir.addressof @rows_selective_scan_chunk_reduce : !llvm.ptr<3>
      %v37 = llvm.mlir.addressof @smem_selective_scan_chunk_reduce : !llvm.ptr<3>
      %v38 = arith.constant 255 : i64
      %v39 = arith.addi %size_L, %v38 : i64
      %v40 = arith.constant 256 : i64
      %v41 = arith.divui %v39, %v40 : i64
      %v46 = arith.constant 64 : i64
      %v47 = arith.constant 63 : i64
      %v70 = llvm.mlir.addressof @rows_selective_scan_chunk_reduce_Bm : !llvm.ptr<3>
      %v71 = llvm.addrspacecast %v70 : !llvm.ptr<3> to !llvm.ptr
      %v72 = arith.constant 0 : i64
      %v73 = arith.muli %size_L, %size_D : i64
      %v86 = arith.constant 2 : i64
      %v87 = arith.constant 128 : i64
      %v90 = arith.constant 0x00000000 : f32
      %v91 = arith.constant 0x3F800000 : f32
      %v95 = arith.constant 32 : i64
      %v106 = arith.constant 33 : i64
      %v124 = arith.constant 4 : i64
      %v138 = arith.constant 6 : i64
      %v152 = arith.constant 8 : i64
      %v166 = arith.constant 10 : i64
      %v180 = arith.constant 12 : i64
      %v194 = arith.constant 14 : i64
      %v221 = arith.constant 18 : i64
      %v235 = arith.constant 20 : i64
      %v249 = arith.constant 22 : i64
      %v263 = arith.constant 24 : i64
      %v277 = arith.constant 26 : i64
      %v291 = arith.constant 28 : i64
      %v305 = arith.constant 30 : i64
      %v332 = arith.constant 34 : i64
      %v346 = arith.constant 36 : i64
      %v360 = arith.constant 38 : i64
      %v374 = arith.constant 40 : i64
      %v388 = arith.constant 42 : i64
      %v402 = arith.constant 44 : i64
      %v416 = arith.constant 46 : i64
      %v430 = arith.constant 48 : i64
      %v444 = arith.constant 50 : i64
      %v458 = arith.constant 52 : i64
      %v472 = arith.constant 54 : i64
      %v486 = arith.constant 56 : i64
      %v500 = arith.constant 58 : i64
      %v514 = arith.constant 60 : i64
      %v528 = arith.constant 62 : i64
      %v1542 = arith.constant 512 : i64
      %v1554 = arith.muli %size_L, %v1 : i64
      %v1561 = arith.constant 65 : i64
      %v2899 = arith.constant 130 : i64
      %v2904 = arith.constant 3 : i64
      %v2905 = arith.constant 195 : i64
      %v2910 = arith.constant 260 : i64
      %v2915 = arith.constant 5 : i64
      %v2916 = arith.constant 325 : i64
      %v2921 = arith.constant 390 : i64
      %v2926 = arith.constant 7 : i64
      %v2927 = arith.constant 455 : i64
      %v2932 = arith.constant 520 : i64
      %v2937 = arith.constant 9 : i64
      %v2938 = arith.constant 585 : i64
      %v2943 = arith.constant 650 : i64
      %v2948 = arith.constant 11 : i64
      %v2949 = arith.constant 715 : i64
      %v2954 = arith.constant 780 : i64
      %v2959 = arith.constant 13 : i64
      %v2960 = arith.constant 845 : i64
      %v2965 = arith.constant 910 : i64
      %v2970 = arith.constant 15 : i64
      %v2971 = arith.constant 975 : i64
      %v3044 = arith.constant 0x3FB8AA3B : f32
      %v3061 = arith.constant 0x3F317218 : f32
      %v3063 = arith.constant 0x3E124925 : f32
      %v3065 = arith.constant 0xBE2AAAAB : f32
      %v3068 = arith.constant 0x3E4CCCCD : f32
      %v3071 = arith.constant 0xBE800000 : f32
      %v3074 = arith.constant 0x3EAAAAAB : f32
      %v3077 = arith.constant 0xBF000000 : f32
      %v3083 = arith.constant 0x3D800000 : f32
      %v3758 = arith.constant 192 : i64
      %v3771 = arith.constant 320 : i64
      %v3778 = arith.constant 384 : i64
      %v3785 = arith.constant 448 : i64
      %v3798 = arith.constant 576 : i64
      %v3805 = arith.constant 640 : i64
      %v3812 = arith.constant 704 : i64
      %v3819 = arith.constant 768 : i64
      %v3826 = arith.constant 832 : i64
      %v3833 = arith.constant 896 : i64
      %v3840 = arith.constant 960 : i64
      %v3847 = arith.constant 1024 : i64
      %v3854 = arith.constant 1088 : i64
      %v3861 = arith.constant 1152 : i64
      %v3868 = arith.constant 1216 : i64
      %v3875 = arith.constant 1280 : i64
      %v3882 = arith.constant 1344 : i64
      %v3889 = arith.constant 1408 : i64
      %v3896 = arith.constant 1472 : i64
      %v3903 = arith.constant 1536 : i64
      %v3910 = arith.constant 1600 : i64
      %v3917 = arith.constant 1664 : i64
      %v3924 = arith.constant 1728 : i64
      %v3931 = arith.constant 1792 : i64
      %v3938 = arith.constant 1856 : i64
      %v3945 = arith.constant 1920 : i64
      %v3952 = arith.constant 1984 : i64
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
      %v3041 = arith.muli %v66, %v1 : i64
      %v3042 = llvm.getelementptr %in_A[%v3041] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3043 = llvm.load %v3042 : !llvm.ptr -> f32
      %v3045 = arith.mulf %v3043, %v3044 fastmath<contract> : f32
      %v3051 = llvm.getelementptr %in_dt_bias[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3052 = llvm.load %v3051 : !llvm.ptr -> f32
      %v3100 = arith.muli %v66, %v1 : i64
      %v3101 = arith.constant 1 : i64
      %v3102 = arith.addi %v3100, %v3101 : i64
      %v3103 = llvm.getelementptr %in_A[%v3102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3104 = llvm.load %v3103 : !llvm.ptr -> f32
      %v3105 = arith.mulf %v3104, %v3044 fastmath<contract> : f32
      %v3114 = arith.muli %v66, %v1 : i64
      %v3115 = arith.constant 2 : i64
      %v3116 = arith.addi %v3114, %v3115 : i64
      %v3117 = llvm.getelementptr %in_A[%v3116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3118 = llvm.load %v3117 : !llvm.ptr -> f32
      %v3119 = arith.mulf %v3118, %v3044 fastmath<contract> : f32
      %v3128 = arith.muli %v66, %v1 : i64
      %v3129 = arith.constant 3 : i64
      %v3130 = arith.addi %v3128, %v3129 : i64
      %v3131 = llvm.getelementptr %in_A[%v3130] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3132 = llvm.load %v3131 : !llvm.ptr -> f32
      %v3133 = arith.mulf %v3132, %v3044 fastmath<contract> : f32
      %v3142 = arith.muli %v66, %v1 : i64
      %v3143 = arith.constant 4 : i64
      %v3144 = arith.addi %v3142, %v3143 : i64
      %v3145 = llvm.getelementptr %in_A[%v3144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3146 = llvm.load %v3145 : !llvm.ptr -> f32
      %v3147 = arith.mulf %v3146, %v3044 fastmath<contract> : f32
      %v3156 = arith.muli %v66, %v1 : i64
      %v3157 = arith.constant 5 : i64
      %v3158 = arith.addi %v3156, %v3157 : i64
      %v3159 = llvm.getelementptr %in_A[%v3158] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3160 = llvm.load %v3159 : !llvm.ptr -> f32
      %v3161 = arith.mulf %v3160, %v3044 fastmath<contract> : f32
      %v3170 = arith.muli %v66, %v1 : i64
      %v3171 = arith.constant 6 : i64
      %v3172 = arith.addi %v3170, %v3171 : i64
      %v3173 = llvm.getelementptr %in_A[%v3172] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3174 = llvm.load %v3173 : !llvm.ptr -> f32
      %v3175 = arith.mulf %v3174, %v3044 fastmath<contract> : f32
      %v3184 = arith.muli %v66, %v1 : i64
      %v3185 = arith.constant 7 : i64
      %v3186 = arith.addi %v3184, %v3185 : i64
      %v3187 = llvm.getelementptr %in_A[%v3186] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3188 = llvm.load %v3187 : !llvm.ptr -> f32
      %v3189 = arith.mulf %v3188, %v3044 fastmath<contract> : f32
      %v3198 = arith.muli %v66, %v1 : i64
      %v3199 = arith.constant 8 : i64
      %v3200 = arith.addi %v3198, %v3199 : i64
      %v3201 = llvm.getelementptr %in_A[%v3200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3202 = llvm.load %v3201 : !llvm.ptr -> f32
      %v3203 = arith.mulf %v3202, %v3044 fastmath<contract> : f32
      %v3212 = arith.muli %v66, %v1 : i64
      %v3213 = arith.constant 9 : i64
      %v3214 = arith.addi %v3212, %v3213 : i64
      %v3215 = llvm.getelementptr %in_A[%v3214] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3216 = llvm.load %v3215 : !llvm.ptr -> f32
      %v3217 = arith.mulf %v3216, %v3044 fastmath<contract> : f32
      %v3226 = arith.muli %v66, %v1 : i64
      %v3227 = arith.constant 10 : i64
      %v3228 = arith.addi %v3226, %v3227 : i64
      %v3229 = llvm.getelementptr %in_A[%v3228] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3230 = llvm.load %v3229 : !llvm.ptr -> f32
      %v3231 = arith.mulf %v3230, %v3044 fastmath<contract> : f32
      %v3240 = arith.muli %v66, %v1 : i64
      %v3241 = arith.constant 11 : i64
      %v3242 = arith.addi %v3240, %v3241 : i64
      %v3243 = llvm.getelementptr %in_A[%v3242] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3244 = llvm.load %v3243 : !llvm.ptr -> f32
      %v3245 = arith.mulf %v3244, %v3044 fastmath<contract> : f32
      %v3254 = arith.muli %v66, %v1 : i64
      %v3255 = arith.constant 12 : i64
      %v3256 = arith.addi %v3254, %v3255 : i64
      %v3257 = llvm.getelementptr %in_A[%v3256] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3258 = llvm.load %v3257 : !llvm.ptr -> f32
      %v3259 = arith.mulf %v3258, %v3044 fastmath<contract> : f32
      %v3268 = arith.muli %v66, %v1 : i64
      %v3269 = arith.constant 13 : i64
      %v3270 = arith.addi %v3268, %v3269 : i64
      %v3271 = llvm.getelementptr %in_A[%v3270] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3272 = llvm.load %v3271 : !llvm.ptr -> f32
      %v3273 = arith.mulf %v3272, %v3044 fastmath<contract> : f32
      %v3282 = arith.muli %v66, %v1 : i64
      %v3283 = arith.constant 14 : i64
      %v3284 = arith.addi %v3282, %v3283 : i64
      %v3285 = llvm.getelementptr %in_A[%v3284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3286 = llvm.load %v3285 : !llvm.ptr -> f32
      %v3287 = arith.mulf %v3286, %v3044 fastmath<contract> : f32
      %v3296 = arith.muli %v66, %v1 : i64
      %v3297 = arith.constant 15 : i64
      %v3298 = arith.addi %v3296, %v3297 : i64
      %v3299 = llvm.getelementptr %in_A[%v3298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3300 = llvm.load %v3299 : !llvm.ptr -> f32
      %v3301 = arith.mulf %v3300, %v3044 fastmath<contract> : f32
      %v3311 = arith.mulf %v3043, %v3044 fastmath<contract> : f32
      %v3356 = arith.mulf %v3104, %v3044 fastmath<contract> : f32
      %v3365 = arith.mulf %v3118, %v3044 fastmath<contract> : f32
      %v3374 = arith.mulf %v3132, %v3044 fastmath<contract> : f32
      %v3383 = arith.mulf %v3146, %v3044 fastmath<contract> : f32
      %v3392 = arith.mulf %v3160, %v3044 fastmath<contract> : f32
      %v3401 = arith.mulf %v3174, %v3044 fastmath<contract> : f32
      %v3410 = arith.mulf %v3188, %v3044 fastmath<contract> : f32
      %v3419 = arith.mulf %v3202, %v3044 fastmath<contract> : f32
      %v3428 = arith.mulf %v3216, %v3044 fastmath<contract> : f32
      %v3437 = arith.mulf %v3230, %v3044 fastmath<contract> : f32
      %v3446 = arith.mulf %v3244, %v3044 fastmath<contract> : f32
      %v3455 = arith.mulf %v3258, %v3044 fastmath<contract> : f32
      %v3464 = arith.mulf %v3272, %v3044 fastmath<contract> : f32
      %v3473 = arith.mulf %v3286, %v3044 fastmath<contract> : f32
      %v3482 = arith.mulf %v3300, %v3044 fastmath<contract> : f32
      %v3498 = arith.mulf %v3043, %v3044 fastmath<contract> : f32
      %v3546 = arith.mulf %v3104, %v3044 fastmath<contract> : f32
      %v3559 = arith.mulf %v3118, %v3044 fastmath<contract> : f32
      %v3572 = arith.mulf %v3132, %v3044 fastmath<contract> : f32
      %v3585 = arith.mulf %v3146, %v3044 fastmath<contract> : f32
      %v3598 = arith.mulf %v3160, %v3044 fastmath<contract> : f32
      %v3611 = arith.mulf %v3174, %v3044 fastmath<contract> : f32
      %v3624 = arith.mulf %v3188, %v3044 fastmath<contract> : f32
      %v3637 = arith.mulf %v3202, %v3044 fastmath<contract> : f32
      %v3650 = arith.mulf %v3216, %v3044 fastmath<contract> : f32
      %v3663 = arith.mulf %v3230, %v3044 fastmath<contract> : f32
      %v3676 = arith.mulf %v3244, %v3044 fastmath<contract> : f32
      %v3689 = arith.mulf %v3258, %v3044 fastmath<contract> : f32
      %v3702 = arith.mulf %v3272, %v3044 fastmath<contract> : f32
      %v3715 = arith.mulf %v3286, %v3044 fastmath<contract> : f32
      %v3728 = arith.mulf %v3300, %v3044 fastmath<contract> : f32
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
      %v105 = arith.addi %v100, %v104 : i64
      %v107 = arith.muli %v96, %v106 : i64
      %v108 = arith.addi %v107, %v97 : i64
      %v109 = llvm.getelementptr %in_u[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v110 = llvm.load %v109 : !llvm.ptr -> f32
      %v111 = arith.addi %v96, %v86 : i64
      %v112 = arith.constant true
      %v113 = llvm.getelementptr %v36[%v111] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v114 = llvm.load %v113 : !llvm.ptr<3> -> i64
      %v115 = arith.addi %v92, %v97 : i64
      %v116 = arith.cmpi slt, %v115, %v94 : i64
      %v117 = arith.subi %size_L, %v2 : i64
      %v118 = arith.minsi %v115, %v117 : i64
      %v119 = arith.addi %v114, %v118 : i64
      %v120 = arith.muli %v111, %v106 : i64
      %v121 = arith.addi %v120, %v97 : i64
      %v122 = llvm.getelementptr %in_u[%v119] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v123 = llvm.load %v122 : !llvm.ptr -> f32
      %v125 = arith.addi %v96, %v124 : i64
      %v126 = arith.constant true
      %v127 = llvm.getelementptr %v36[%v125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v128 = llvm.load %v127 : !llvm.ptr<3> -> i64
      %v129 = arith.addi %v92, %v97 : i64
      %v130 = arith.cmpi slt, %v129, %v94 : i64
      %v131 = arith.subi %size_L, %v2 : i64
      %v132 = arith.minsi %v129, %v131 : i64
      %v133 = arith.addi %v128, %v132 : i64
      %v134 = arith.muli %v125, %v106 : i64
      %v135 = arith.addi %v134, %v97 : i64
      %v136 = llvm.getelementptr %in_u[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v137 = llvm.load %v136 : !llvm.ptr -> f32
      %v139 = arith.addi %v96, %v138 : i64
      %v140 = arith.constant true
      %v141 = llvm.getelementptr %v36[%v139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v142 = llvm.load %v141 : !llvm.ptr<3> -> i64
      %v143 = arith.addi %v92, %v97 : i64
      %v144 = arith.cmpi slt, %v143, %v94 : i64
      %v145 = arith.subi %size_L, %v2 : i64
      %v146 = arith.minsi %v143, %v145 : i64
      %v147 = arith.addi %v142, %v146 : i64
      %v148 = arith.muli %v139, %v106 : i64
      %v149 = arith.addi %v148, %v97 : i64
      %v150 = llvm.getelementptr %in_u[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v151 = llvm.load %v150 : !llvm.ptr -> f32
      %v153 = arith.addi %v96, %v152 : i64
      %v154 = arith.constant true
      %v155 = llvm.getelementptr %v36[%v153] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v156 = llvm.load %v155 : !llvm.ptr<3> -> i64
      %v157 = arith.addi %v92, %v97 : i64
      %v158 = arith.cmpi slt, %v157, %v94 : i64
      %v159 = arith.subi %size_L, %v2 : i64
      %v160 = arith.minsi %v157, %v159 : i64
      %v161 = arith.addi %v156, %v160 : i64
      %v162 = arith.muli %v153, %v106 : i64
      %v163 = arith.addi %v162, %v97 : i64
      %v164 = llvm.getelementptr %in_u[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v165 = llvm.load %v164 : !llvm.ptr -> f32
      %v167 = arith.addi %v96, %v166 : i64
      %v168 = arith.constant true
      %v169 = llvm.getelementptr %v36[%v167] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v170 = llvm.load %v169 : !llvm.ptr<3> -> i64
      %v171 = arith.addi %v92, %v97 : i64
      %v172 = arith.cmpi slt, %v171, %v94 : i64
      %v173 = arith.subi %size_L, %v2 : i64
      %v174 = arith.minsi %v171, %v173 : i64
      %v175 = arith.addi %v170, %v174 : i64
      %v176 = arith.muli %v167, %v106 : i64
      %v177 = arith.addi %v176, %v97 : i64
      %v178 = llvm.getelementptr %in_u[%v175] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v179 = llvm.load %v178 : !llvm.ptr -> f32
      %v181 = arith.addi %v96, %v180 : i64
      %v182 = arith.constant true
      %v183 = llvm.getelementptr %v36[%v181] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v184 = llvm.load %v183 : !llvm.ptr<3> -> i64
      %v185 = arith.addi %v92, %v97 : i64
      %v186 = arith.cmpi slt, %v185, %v94 : i64
      %v187 = arith.subi %size_L, %v2 : i64
      %v188 = arith.minsi %v185, %v187 : i64
      %v189 = arith.addi %v184, %v188 : i64
      %v190 = arith.muli %v181, %v106 : i64
      %v191 = arith.addi %v190, %v97 : i64
      %v192 = llvm.getelementptr %in_u[%v189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v193 = llvm.load %v192 : !llvm.ptr -> f32
      %v195 = arith.addi %v96, %v194 : i64
      %v196 = arith.constant true
      %v197 = llvm.getelementptr %v36[%v195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v198 = llvm.load %v197 : !llvm.ptr<3> -> i64
      %v199 = arith.addi %v92, %v97 : i64
      %v200 = arith.cmpi slt, %v199, %v94 : i64
      %v201 = arith.subi %size_L, %v2 : i64
      %v202 = arith.minsi %v199, %v201 : i64
      %v203 = arith.addi %v198, %v202 : i64
      %v204 = arith.muli %v195, %v106 : i64
      %v205 = arith.addi %v204, %v97 : i64
      %v206 = llvm.getelementptr %in_u[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v207 = llvm.load %v206 : !llvm.ptr -> f32
      %v208 = arith.addi %v96, %v1 : i64
      %v209 = arith.constant true
      %v210 = llvm.getelementptr %v36[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v211 = llvm.load %v210 : !llvm.ptr<3> -> i64
      %v212 = arith.addi %v92, %v97 : i64
      %v213 = arith.cmpi slt, %v212, %v94 : i64
      %v214 = arith.subi %size_L, %v2 : i64
      %v215 = arith.minsi %v212, %v214 : i64
      %v216 = arith.addi %v211, %v215 : i64
      %v217 = arith.muli %v208, %v106 : i64
      %v218 = arith.addi %v217, %v97 : i64
      %v219 = llvm.getelementptr %in_u[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v220 = llvm.load %v219 : !llvm.ptr -> f32
      %v222 = arith.addi %v96, %v221 : i64
      %v223 = arith.constant true
      %v224 = llvm.getelementptr %v36[%v222] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v225 = llvm.load %v224 : !llvm.ptr<3> -> i64
      %v226 = arith.addi %v92, %v97 : i64
      %v227 = arith.cmpi slt, %v226, %v94 : i64
      %v228 = arith.subi %size_L, %v2 : i64
      %v229 = arith.minsi %v226, %v228 : i64
      %v230 = arith.addi %v225, %v229 : i64
      %v231 = arith.muli %v222, %v106 : i64
      %v232 = arith.addi %v231, %v97 : i64
      %v233 = llvm.getelementptr %in_u[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v234 = llvm.load %v233 : !llvm.ptr -> f32
      %v236 = arith.addi %v96, %v235 : i64
      %v237 = arith.constant true
      %v238 = llvm.getelementptr %v36[%v236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v239 = llvm.load %v238 : !llvm.ptr<3> -> i64
      %v240 = arith.addi %v92, %v97 : i64
      %v241 = arith.cmpi slt, %v240, %v94 : i64
      %v242 = arith.subi %size_L, %v2 : i64
      %v243 = arith.minsi %v240, %v242 : i64
      %v244 = arith.addi %v239, %v243 : i64
      %v245 = arith.muli %v236, %v106 : i64
      %v246 = arith.addi %v245, %v97 : i64
      %v247 = llvm.getelementptr %in_u[%v244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v248 = llvm.load %v247 : !llvm.ptr -> f32
      %v250 = arith.addi %v96, %v249 : i64
      %v251 = arith.constant true
      %v252 = llvm.getelementptr %v36[%v250] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v253 = llvm.load %v252 : !llvm.ptr<3> -> i64
      %v254 = arith.addi %v92, %v97 : i64
      %v255 = arith.cmpi slt, %v254, %v94 : i64
      %v256 = arith.subi %size_L, %v2 : i64
      %v257 = arith.minsi %v254, %v256 : i64
      %v258 = arith.addi %v253, %v257 : i64
      %v259 = arith.muli %v250, %v106 : i64
      %v260 = arith.addi %v259, %v97 : i64
      %v261 = llvm.getelementptr %in_u[%v258] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v262 = llvm.load %v261 : !llvm.ptr -> f32
      %v264 = arith.addi %v96, %v263 : i64
      %v265 = arith.constant true
      %v266 = llvm.getelementptr %v36[%v264] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v267 = llvm.load %v266 : !llvm.ptr<3> -> i64
      %v268 = arith.addi %v92, %v97 : i64
      %v269 = arith.cmpi slt, %v268, %v94 : i64
      %v270 = arith.subi %size_L, %v2 : i64
      %v271 = arith.minsi %v268, %v270 : i64
      %v272 = arith.addi %v267, %v271 : i64
      %v273 = arith.muli %v264, %v106 : i64
      %v274 = arith.addi %v273, %v97 : i64
      %v275 = llvm.getelementptr %in_u[%v272] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v276 = llvm.load %v275 : !llvm.ptr -> f32
      %v278 = arith.addi %v96, %v277 : i64
      %v279 = arith.constant true
      %v280 = llvm.getelementptr %v36[%v278] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v281 = llvm.load %v280 : !llvm.ptr<3> -> i64
      %v282 = arith.addi %v92, %v97 : i64
      %v283 = arith.cmpi slt, %v282, %v94 : i64
      %v284 = arith.subi %size_L, %v2 : i64
      %v285 = arith.minsi %v282, %v284 : i64
      %v286 = arith.addi %v281, %v285 : i64
      %v287 = arith.muli %v278, %v106 : i64
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
      %v300 = arith.addi %v295, %v299 : i64
      %v301 = arith.muli %v292, %v106 : i64
      %v302 = arith.addi %v301, %v97 : i64
      %v303 = llvm.getelementptr %in_u[%v300] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v304 = llvm.load %v303 : !llvm.ptr -> f32
      %v306 = arith.addi %v96, %v305 : i64
      %v307 = arith.constant true
      %v308 = llvm.getelementptr %v36[%v306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v309 = llvm.load %v308 : !llvm.ptr<3> -> i64
      %v310 = arith.addi %v92, %v97 : i64
      %v311 = arith.cmpi slt, %v310, %v94 : i64
      %v312 = arith.subi %size_L, %v2 : i64
      %v313 = arith.minsi %v310, %v312 : i64
      %v314 = arith.addi %v309, %v313 : i64
      %v315 = arith.muli %v306, %v106 : i64
      %v316 = arith.addi %v315, %v97 : i64
      %v317 = llvm.getelementptr %in_u[%v314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v318 = llvm.load %v317 : !llvm.ptr -> f32
      %v319 = arith.addi %v96, %v95 : i64
      %v320 = arith.constant true
      %v321 = llvm.getelementptr %v36[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v322 = llvm.load %v321 : !llvm.ptr<3> -> i64
      %v323 = arith.addi %v92, %v97 : i64
      %v324 = arith.cmpi slt, %v323, %v94 : i64
      %v325 = arith.subi %size_L, %v2 : i64
      %v326 = arith.minsi %v323, %v325 : i64
      %v327 = arith.addi %v322, %v326 : i64
      %v328 = arith.muli %v319, %v106 : i64
      %v329 = arith.addi %v328, %v97 : i64
      %v330 = llvm.getelementptr %in_u[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v331 = llvm.load %v330 : !llvm.ptr -> f32
      %v333 = arith.addi %v96, %v332 : i64
      %v334 = arith.constant true
      %v335 = llvm.getelementptr %v36[%v333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v336 = llvm.load %v335 : !llvm.ptr<3> -> i64
      %v337 = arith.addi %v92, %v97 : i64
      %v338 = arith.cmpi slt, %v337, %v94 : i64
      %v339 = arith.subi %size_L, %v2 : i64
      %v340 = arith.minsi %v337, %v339 : i64
      %v341 = arith.addi %v336, %v340 : i64
      %v342 = arith.muli %v333, %v106 : i64
      %v343 = arith.addi %v342, %v97 : i64
      %v344 = llvm.getelementptr %in_u[%v341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v345 = llvm.load %v344 : !llvm.ptr -> f32
      %v347 = arith.addi %v96, %v346 : i64
      %v348 = arith.constant true
      %v349 = llvm.getelementptr %v36[%v347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v350 = llvm.load %v349 : !llvm.ptr<3> -> i64
      %v351 = arith.addi %v92, %v97 : i64
      %v352 = arith.cmpi slt, %v351, %v94 : i64
      %v353 = arith.subi %size_L, %v2 : i64
      %v354 = arith.minsi %v351, %v353 : i64
      %v355 = arith.addi %v350, %v354 : i64
      %v356 = arith.muli %v347, %v106 : i64
      %v357 = arith.addi %v356, %v97 : i64
      %v358 = llvm.getelementptr %in_u[%v355] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v359 = llvm.load %v358 : !llvm.ptr -> f32
      %v361 = arith.addi %v96, %v360 : i64
      %v362 = arith.constant true
      %v363 = llvm.getelementptr %v36[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v364 = llvm.load %v363 : !llvm.ptr<3> -> i64
      %v365 = arith.addi %v92, %v97 : i64
      %v366 = arith.cmpi slt, %v365, %v94 : i64
      %v367 = arith.subi %size_L, %v2 : i64
      %v368 = arith.minsi %v365, %v367 : i64
      %v369 = arith.addi %v364, %v368 : i64
      %v370 = arith.muli %v361, %v106 : i64
      %v371 = arith.addi %v370, %v97 : i64
      %v372 = llvm.getelementptr %in_u[%v369] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v373 = llvm.load %v372 : !llvm.ptr -> f32
      %v375 = arith.addi %v96, %v374 : i64
      %v376 = arith.constant true
      %v377 = llvm.getelementptr %v36[%v375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v378 = llvm.load %v377 : !llvm.ptr<3> -> i64
      %v379 = arith.addi %v92, %v97 : i64
      %v380 = arith.cmpi slt, %v379, %v94 : i64
      %v381 = arith.subi %size_L, %v2 : i64
      %v382 = arith.minsi %v379, %v381 : i64
      %v383 = arith.addi %v378, %v382 : i64
      %v384 = arith.muli %v375, %v106 : i64
      %v385 = arith.addi %v384, %v97 : i64
      %v386 = llvm.getelementptr %in_u[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v387 = llvm.load %v386 : !llvm.ptr -> f32
      %v389 = arith.addi %v96, %v388 : i64
      %v390 = arith.constant true
      %v391 = llvm.getelementptr %v36[%v389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v392 = llvm.load %v391 : !llvm.ptr<3> -> i64
      %v393 = arith.addi %v92, %v97 : i64
      %v394 = arith.cmpi slt, %v393, %v94 : i64
      %v395 = arith.subi %size_L, %v2 : i64
      %v396 = arith.minsi %v393, %v395 : i64
      %v397 = arith.addi %v392, %v396 : i64
      %v398 = arith.muli %v389, %v106 : i64
      %v399 = arith.addi %v398, %v97 : i64
      %v400 = llvm.getelementptr %in_u[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v401 = llvm.load %v400 : !llvm.ptr -> f32
      %v403 = arith.addi %v96, %v402 : i64
      %v404 = arith.constant true
      %v405 = llvm.getelementptr %v36[%v403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v406 = llvm.load %v405 : !llvm.ptr<3> -> i64
      %v407 = arith.addi %v92, %v97 : i64
      %v408 = arith.cmpi slt, %v407, %v94 : i64
      %v409 = arith.subi %size_L, %v2 : i64
      %v410 = arith.minsi %v407, %v409 : i64
      %v411 = arith.addi %v406, %v410 : i64
      %v412 = arith.muli %v403, %v106 : i64
      %v413 = arith.addi %v412, %v97 : i64
      %v414 = llvm.getelementptr %in_u[%v411] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v415 = llvm.load %v414 : !llvm.ptr -> f32
      %v417 = arith.addi %v96, %v416 : i64
      %v418 = arith.constant true
      %v419 = llvm.getelementptr %v36[%v417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v420 = llvm.load %v419 : !llvm.ptr<3> -> i64
      %v421 = arith.addi %v92, %v97 : i64
      %v422 = arith.cmpi slt, %v421, %v94 : i64
      %v423 = arith.subi %size_L, %v2 : i64
      %v424 = arith.minsi %v421, %v423 : i64
      %v425 = arith.addi %v420, %v424 : i64
      %v426 = arith.muli %v417, %v106 : i64
      %v427 = arith.addi %v426, %v97 : i64
      %v428 = llvm.getelementptr %in_u[%v425] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v429 = llvm.load %v428 : !llvm.ptr -> f32
      %v431 = arith.addi %v96, %v430 : i64
      %v432 = arith.constant true
      %v433 = llvm.getelementptr %v36[%v431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v434 = llvm.load %v433 : !llvm.ptr<3> -> i64
      %v435 = arith.addi %v92, %v97 : i64
      %v436 = arith.cmpi slt, %v435, %v94 : i64
      %v437 = arith.subi %size_L, %v2 : i64
      %v438 = arith.minsi %v435, %v437 : i64
      %v439 = arith.addi %v434, %v438 : i64
      %v440 = arith.muli %v431, %v106 : i64
      %v441 = arith.addi %v440, %v97 : i64
      %v442 = llvm.getelementptr %in_u[%v439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v443 = llvm.load %v442 : !llvm.ptr -> f32
      %v445 = arith.addi %v96, %v444 : i64
      %v446 = arith.constant true
      %v447 = llvm.getelementptr %v36[%v445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v448 = llvm.load %v447 : !llvm.ptr<3> -> i64
      %v449 = arith.addi %v92, %v97 : i64
      %v450 = arith.cmpi slt, %v449, %v94 : i64
      %v451 = arith.subi %size_L, %v2 : i64
      %v452 = arith.minsi %v449, %v451 : i64
      %v453 = arith.addi %v448, %v452 : i64
      %v454 = arith.muli %v445, %v106 : i64
      %v455 = arith.addi %v454, %v97 : i64
      %v456 = llvm.getelementptr %in_u[%v453] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v457 = llvm.load %v456 : !llvm.ptr -> f32
      %v459 = arith.addi %v96, %v458 : i64
      %v460 = arith.constant true
      %v461 = llvm.getelementptr %v36[%v459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v462 = llvm.load %v461 : !llvm.ptr<3> -> i64
      %v463 = arith.addi %v92, %v97 : i64
      %v464 = arith.cmpi slt, %v463, %v94 : i64
      %v465 = arith.subi %size_L, %v2 : i64
      %v466 = arith.minsi %v463, %v465 : i64
      %v467 = arith.addi %v462, %v466 : i64
      %v468 = arith.muli %v459, %v106 : i64
      %v469 = arith.addi %v468, %v97 : i64
      %v470 = llvm.getelementptr %in_u[%v467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v471 = llvm.load %v470 : !llvm.ptr -> f32
      %v473 = arith.addi %v96, %v472 : i64
      %v474 = arith.constant true
      %v475 = llvm.getelementptr %v36[%v473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v476 = llvm.load %v475 : !llvm.ptr<3> -> i64
      %v477 = arith.addi %v92, %v97 : i64
      %v478 = arith.cmpi slt, %v477, %v94 : i64
      %v479 = arith.subi %size_L, %v2 : i64
      %v480 = arith.minsi %v477, %v479 : i64
      %v481 = arith.addi %v476, %v480 : i64
      %v482 = arith.muli %v473, %v106 : i64
      %v483 = arith.addi %v482, %v97 : i64
      %v484 = llvm.getelementptr %in_u[%v481] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v485 = llvm.load %v484 : !llvm.ptr -> f32
      %v487 = arith.addi %v96, %v486 : i64
      %v488 = arith.constant true
      %v489 = llvm.getelementptr %v36[%v487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v490 = llvm.load %v489 : !llvm.ptr<3> -> i64
      %v491 = arith.addi %v92, %v97 : i64
      %v492 = arith.cmpi slt, %v491, %v94 : i64
      %v493 = arith.subi %size_L, %v2 : i64
      %v494 = arith.minsi %v491, %v493 : i64
      %v495 = arith.addi %v490, %v494 : i64
      %v496 = arith.muli %v487, %v106 : i64
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
      %v509 = arith.addi %v504, %v508 : i64
      %v510 = arith.muli %v501, %v106 : i64
      %v511 = arith.addi %v510, %v97 : i64
      %v512 = llvm.getelementptr %in_u[%v509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v513 = llvm.load %v512 : !llvm.ptr -> f32
      %v515 = arith.addi %v96, %v514 : i64
      %v516 = arith.constant true
      %v517 = llvm.getelementptr %v36[%v515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v518 = llvm.load %v517 : !llvm.ptr<3> -> i64
      %v519 = arith.addi %v92, %v97 : i64
      %v520 = arith.cmpi slt, %v519, %v94 : i64
      %v521 = arith.subi %size_L, %v2 : i64
      %v522 = arith.minsi %v519, %v521 : i64
      %v523 = arith.addi %v518, %v522 : i64
      %v524 = arith.muli %v515, %v106 : i64
      %v525 = arith.addi %v524, %v97 : i64
      %v526 = llvm.getelementptr %in_u[%v523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v527 = llvm.load %v526 : !llvm.ptr -> f32
      %v529 = arith.addi %v96, %v528 : i64
      %v530 = arith.constant true
      %v531 = llvm.getelementptr %v36[%v529] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v532 = llvm.load %v531 : !llvm.ptr<3> -> i64
      %v533 = arith.addi %v92, %v97 : i64
      %v534 = arith.cmpi slt, %v533, %v94 : i64
      %v535 = arith.subi %size_L, %v2 : i64
      %v536 = arith.minsi %v533, %v535 : i64
      %v537 = arith.addi %v532, %v536 : i64
      %v538 = arith.muli %v529, %v106 : i64
      %v539 = arith.addi %v538, %v97 : i64
      %v540 = llvm.getelementptr %in_u[%v537] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v541 = llvm.load %v540 : !llvm.ptr -> f32
      scf.if %v98 {
        %v542 = llvm.getelementptr %v37[%v108] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v110, %v542 : f32, !llvm.ptr<3>
      }
      scf.if %v112 {
        %v543 = llvm.getelementptr %v37[%v121] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v123, %v543 : f32, !llvm.ptr<3>
      }
      scf.if %v126 {
        %v544 = llvm.getelementptr %v37[%v135] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v137, %v544 : f32, !llvm.ptr<3>
      }
      scf.if %v140 {
        %v545 = llvm.getelementptr %v37[%v149] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v151, %v545 : f32, !llvm.ptr<3>
      }
      scf.if %v154 {
        %v546 = llvm.getelementptr %v37[%v163] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v165, %v546 : f32, !llvm.ptr<3>
      }
      scf.if %v168 {
        %v547 = llvm.getelementptr %v37[%v177] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v179, %v547 : f32, !llvm.ptr<3>
      }
      scf.if %v182 {
        %v548 = llvm.getelementptr %v37[%v191] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v193, %v548 : f32, !llvm.ptr<3>
      }
      scf.if %v196 {
        %v549 = llvm.getelementptr %v37[%v205] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v207, %v549 : f32, !llvm.ptr<3>
      }
      scf.if %v209 {
        %v550 = llvm.getelementptr %v37[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v220, %v550 : f32, !llvm.ptr<3>
      }
      scf.if %v223 {
        %v551 = llvm.getelementptr %v37[%v232] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v234, %v551 : f32, !llvm.ptr<3>
      }
      scf.if %v237 {
        %v552 = llvm.getelementptr %v37[%v246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v248, %v552 : f32, !llvm.ptr<3>
      }
      scf.if %v251 {
        %v553 = llvm.getelementptr %v37[%v260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v262, %v553 : f32, !llvm.ptr<3>
      }
      scf.if %v265 {
        %v554 = llvm.getelementptr %v37[%v274] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v276, %v554 : f32, !llvm.ptr<3>
      }
      scf.if %v279 {
        %v555 = llvm.getelementptr %v37[%v288] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v290, %v555 : f32, !llvm.ptr<3>
      }
      scf.if %v293 {
        %v556 = llvm.getelementptr %v37[%v302] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v304, %v556 : f32, !llvm.ptr<3>
      }
      scf.if %v307 {
        %v557 = llvm.getelementptr %v37[%v316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v318, %v557 : f32, !llvm.ptr<3>
      }
      scf.if %v320 {
        %v558 = llvm.getelementptr %v37[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v331, %v558 : f32, !llvm.ptr<3>
      }
      scf.if %v334 {
        %v559 = llvm.getelementptr %v37[%v343] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v345, %v559 : f32, !llvm.ptr<3>
      }
      scf.if %v348 {
        %v560 = llvm.getelementptr %v37[%v357] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v359, %v560 : f32, !llvm.ptr<3>
      }
      scf.if %v362 {
        %v561 = llvm.getelementptr %v37[%v371] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v373, %v561 : f32, !llvm.ptr<3>
      }
      scf.if %v376 {
        %v562 = llvm.getelementptr %v37[%v385] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v387, %v562 : f32, !llvm.ptr<3>
      }
      scf.if %v390 {
        %v563 = llvm.getelementptr %v37[%v399] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v401, %v563 : f32, !llvm.ptr<3>
      }
      scf.if %v404 {
        %v564 = llvm.getelementptr %v37[%v413] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v415, %v564 : f32, !llvm.ptr<3>
      }
      scf.if %v418 {
        %v565 = llvm.getelementptr %v37[%v427] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v429, %v565 : f32, !llvm.ptr<3>
      }
      scf.if %v432 {
        %v566 = llvm.getelementptr %v37[%v441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v443, %v566 : f32, !llvm.ptr<3>
      }
      scf.if %v446 {
        %v567 = llvm.getelementptr %v37[%v455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v457, %v567 : f32, !llvm.ptr<3>
      }
      scf.if %v460 {
        %v568 = llvm.getelementptr %v37[%v469] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v471, %v568 : f32, !llvm.ptr<3>
      }
      scf.if %v474 {
        %v569 = llvm.getelementptr %v37[%v483] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v485, %v569 : f32, !llvm.ptr<3>
      }
      scf.if %v488 {
        %v570 = llvm.getelementptr %v37[%v497] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v499, %v570 : f32, !llvm.ptr<3>
      }
      scf.if %v502 {
        %v571 = llvm.getelementptr %v37[%v511] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v513, %v571 : f32, !llvm.ptr<3>
      }
      scf.if %v516 {
        %v572 = llvm.getelementptr %v37[%v525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v527, %v572 : f32, !llvm.ptr<3>
      }
      scf.if %v530 {
        %v573 = llvm.getelementptr %v37[%v539] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v541, %v573 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v574 = arith.divui %v44, %v95 : i64
      %v575 = arith.remui %v44, %v95 : i64
      %v576 = arith.constant true
      %v577 = arith.addi %v46, %v574 : i64
      %v578 = llvm.getelementptr %v36[%v577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v579 = llvm.load %v578 : !llvm.ptr<3> -> i64
      %v580 = arith.addi %v92, %v575 : i64
      %v581 = arith.cmpi slt, %v580, %v94 : i64
      %v582 = arith.subi %size_L, %v2 : i64
      %v583 = arith.minsi %v580, %v582 : i64
      %v584 = arith.addi %v579, %v583 : i64
      %v585 = arith.muli %v577, %v106 : i64
      %v586 = arith.addi %v585, %v575 : i64
      %v587 = llvm.getelementptr %in_delta[%v584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v588 = llvm.load %v587 : !llvm.ptr -> f32
      %v589 = arith.addi %v574, %v86 : i64
      %v590 = arith.constant true
      %v591 = arith.addi %v46, %v589 : i64
      %v592 = llvm.getelementptr %v36[%v591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v593 = llvm.load %v592 : !llvm.ptr<3> -> i64
      %v594 = arith.addi %v92, %v575 : i64
      %v595 = arith.cmpi slt, %v594, %v94 : i64
      %v596 = arith.subi %size_L, %v2 : i64
      %v597 = arith.minsi %v594, %v596 : i64
      %v598 = arith.addi %v593, %v597 : i64
      %v599 = arith.muli %v591, %v106 : i64
      %v600 = arith.addi %v599, %v575 : i64
      %v601 = llvm.getelementptr %in_delta[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v602 = llvm.load %v601 : !llvm.ptr -> f32
      %v603 = arith.addi %v574, %v124 : i64
      %v604 = arith.constant true
      %v605 = arith.addi %v46, %v603 : i64
      %v606 = llvm.getelementptr %v36[%v605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v607 = llvm.load %v606 : !llvm.ptr<3> -> i64
      %v608 = arith.addi %v92, %v575 : i64
      %v609 = arith.cmpi slt, %v608, %v94 : i64
      %v610 = arith.subi %size_L, %v2 : i64
      %v611 = arith.minsi %v608, %v610 : i64
      %v612 = arith.addi %v607, %v611 : i64
      %v613 = arith.muli %v605, %v106 : i64
      %v614 = arith.addi %v613, %v575 : i64
      %v615 = llvm.getelementptr %in_delta[%v612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v616 = llvm.load %v615 : !llvm.ptr -> f32
      %v617 = arith.addi %v574, %v138 : i64
      %v618 = arith.constant true
      %v619 = arith.addi %v46, %v617 : i64
      %v620 = llvm.getelementptr %v36[%v619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v621 = llvm.load %v620 : !llvm.ptr<3> -> i64
      %v622 = arith.addi %v92, %v575 : i64
      %v623 = arith.cmpi slt, %v622, %v94 : i64
      %v624 = arith.subi %size_L, %v2 : i64
      %v625 = arith.minsi %v622, %v624 : i64
      %v626 = arith.addi %v621, %v625 : i64
      %v627 = arith.muli %v619, %v106 : i64
      %v628 = arith.addi %v627, %v575 : i64
      %v629 = llvm.getelementptr %in_delta[%v626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v630 = llvm.load %v629 : !llvm.ptr -> f32
      %v631 = arith.addi %v574, %v152 : i64
      %v632 = arith.constant true
      %v633 = arith.addi %v46, %v631 : i64
      %v634 = llvm.getelementptr %v36[%v633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v635 = llvm.load %v634 : !llvm.ptr<3> -> i64
      %v636 = arith.addi %v92, %v575 : i64
      %v637 = arith.cmpi slt, %v636, %v94 : i64
      %v638 = arith.subi %size_L, %v2 : i64
      %v639 = arith.minsi %v636, %v638 : i64
      %v640 = arith.addi %v635, %v639 : i64
      %v641 = arith.muli %v633, %v106 : i64
      %v642 = arith.addi %v641, %v575 : i64
      %v643 = llvm.getelementptr %in_delta[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v644 = llvm.load %v643 : !llvm.ptr -> f32
      %v645 = arith.addi %v574, %v166 : i64
      %v646 = arith.constant true
      %v647 = arith.addi %v46, %v645 : i64
      %v648 = llvm.getelementptr %v36[%v647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v649 = llvm.load %v648 : !llvm.ptr<3> -> i64
      %v650 = arith.addi %v92, %v575 : i64
      %v651 = arith.cmpi slt, %v650, %v94 : i64
      %v652 = arith.subi %size_L, %v2 : i64
      %v653 = arith.minsi %v650, %v652 : i64
      %v654 = arith.addi %v649, %v653 : i64
      %v655 = arith.muli %v647, %v106 : i64
      %v656 = arith.addi %v655, %v575 : i64
      %v657 = llvm.getelementptr %in_delta[%v654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v658 = llvm.load %v657 : !llvm.ptr -> f32
      %v659 = arith.addi %v574, %v180 : i64
      %v660 = arith.constant true
      %v661 = arith.addi %v46, %v659 : i64
      %v662 = llvm.getelementptr %v36[%v661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v663 = llvm.load %v662 : !llvm.ptr<3> -> i64
      %v664 = arith.addi %v92, %v575 : i64
      %v665 = arith.cmpi slt, %v664, %v94 : i64
      %v666 = arith.subi %size_L, %v2 : i64
      %v667 = arith.minsi %v664, %v666 : i64
      %v668 = arith.addi %v663, %v667 : i64
      %v669 = arith.muli %v661, %v106 : i64
      %v670 = arith.addi %v669, %v575 : i64
      %v671 = llvm.getelementptr %in_delta[%v668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v672 = llvm.load %v671 : !llvm.ptr -> f32
      %v673 = arith.addi %v574, %v194 : i64
      %v674 = arith.constant true
      %v675 = arith.addi %v46, %v673 : i64
      %v676 = llvm.getelementptr %v36[%v675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v677 = llvm.load %v676 : !llvm.ptr<3> -> i64
      %v678 = arith.addi %v92, %v575 : i64
      %v679 = arith.cmpi slt, %v678, %v94 : i64
      %v680 = arith.subi %size_L, %v2 : i64
      %v681 = arith.minsi %v678, %v680 : i64
      %v682 = arith.addi %v677, %v681 : i64
      %v683 = arith.muli %v675, %v106 : i64
      %v684 = arith.addi %v683, %v575 : i64
      %v685 = llvm.getelementptr %in_delta[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v686 = llvm.load %v685 : !llvm.ptr -> f32
      %v687 = arith.addi %v574, %v1 : i64
      %v688 = arith.constant true
      %v689 = arith.addi %v46, %v687 : i64
      %v690 = llvm.getelementptr %v36[%v689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v691 = llvm.load %v690 : !llvm.ptr<3> -> i64
      %v692 = arith.addi %v92, %v575 : i64
      %v693 = arith.cmpi slt, %v692, %v94 : i64
      %v694 = arith.subi %size_L, %v2 : i64
      %v695 = arith.minsi %v692, %v694 : i64
      %v696 = arith.addi %v691, %v695 : i64
      %v697 = arith.muli %v689, %v106 : i64
      %v698 = arith.addi %v697, %v575 : i64
      %v699 = llvm.getelementptr %in_delta[%v696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v700 = llvm.load %v699 : !llvm.ptr -> f32
      %v701 = arith.addi %v574, %v221 : i64
      %v702 = arith.constant true
      %v703 = arith.addi %v46, %v701 : i64
      %v704 = llvm.getelementptr %v36[%v703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v705 = llvm.load %v704 : !llvm.ptr<3> -> i64
      %v706 = arith.addi %v92, %v575 : i64
      %v707 = arith.cmpi slt, %v706, %v94 : i64
      %v708 = arith.subi %size_L, %v2 : i64
      %v709 = arith.minsi %v706, %v708 : i64
      %v710 = arith.addi %v705, %v709 : i64
      %v711 = arith.muli %v703, %v106 : i64
      %v712 = arith.addi %v711, %v575 : i64
      %v713 = llvm.getelementptr %in_delta[%v710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v714 = llvm.load %v713 : !llvm.ptr -> f32
      %v715 = arith.addi %v574, %v235 : i64
      %v716 = arith.constant true
      %v717 = arith.addi %v46, %v715 : i64
      %v718 = llvm.getelementptr %v36[%v717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v719 = llvm.load %v718 : !llvm.ptr<3> -> i64
      %v720 = arith.addi %v92, %v575 : i64
      %v721 = arith.cmpi slt, %v720, %v94 : i64
      %v722 = arith.subi %size_L, %v2 : i64
      %v723 = arith.minsi %v720, %v722 : i64
      %v724 = arith.addi %v719, %v723 : i64
      %v725 = arith.muli %v717, %v106 : i64
      %v726 = arith.addi %v725, %v575 : i64
      %v727 = llvm.getelementptr %in_delta[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v728 = llvm.load %v727 : !llvm.ptr -> f32
      %v729 = arith.addi %v574, %v249 : i64
      %v730 = arith.constant true
      %v731 = arith.addi %v46, %v729 : i64
      %v732 = llvm.getelementptr %v36[%v731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v733 = llvm.load %v732 : !llvm.ptr<3> -> i64
      %v734 = arith.addi %v92, %v575 : i64
      %v735 = arith.cmpi slt, %v734, %v94 : i64
      %v736 = arith.subi %size_L, %v2 : i64
      %v737 = arith.minsi %v734, %v736 : i64
      %v738 = arith.addi %v733, %v737 : i64
      %v739 = arith.muli %v731, %v106 : i64
      %v740 = arith.addi %v739, %v575 : i64
      %v741 = llvm.getelementptr %in_delta[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v742 = llvm.load %v741 : !llvm.ptr -> f32
      %v743 = arith.addi %v574, %v263 : i64
      %v744 = arith.constant true
      %v745 = arith.addi %v46, %v743 : i64
      %v746 = llvm.getelementptr %v36[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v747 = llvm.load %v746 : !llvm.ptr<3> -> i64
      %v748 = arith.addi %v92, %v575 : i64
      %v749 = arith.cmpi slt, %v748, %v94 : i64
      %v750 = arith.subi %size_L, %v2 : i64
      %v751 = arith.minsi %v748, %v750 : i64
      %v752 = arith.addi %v747, %v751 : i64
      %v753 = arith.muli %v745, %v106 : i64
      %v754 = arith.addi %v753, %v575 : i64
      %v755 = llvm.getelementptr %in_delta[%v752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v756 = llvm.load %v755 : !llvm.ptr -> f32
      %v757 = arith.addi %v574, %v277 : i64
      %v758 = arith.constant true
      %v759 = arith.addi %v46, %v757 : i64
      %v760 = llvm.getelementptr %v36[%v759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v761 = llvm.load %v760 : !llvm.ptr<3> -> i64
      %v762 = arith.addi %v92, %v575 : i64
      %v763 = arith.cmpi slt, %v762, %v94 : i64
      %v764 = arith.subi %size_L, %v2 : i64
      %v765 = arith.minsi %v762, %v764 : i64
      %v766 = arith.addi %v761, %v765 : i64
      %v767 = arith.muli %v759, %v106 : i64
      %v768 = arith.addi %v767, %v575 : i64
      %v769 = llvm.getelementptr %in_delta[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v770 = llvm.load %v769 : !llvm.ptr -> f32
      %v771 = arith.addi %v574, %v291 : i64
      %v772 = arith.constant true
      %v773 = arith.addi %v46, %v771 : i64
      %v774 = llvm.getelementptr %v36[%v773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v775 = llvm.load %v774 : !llvm.ptr<3> -> i64
      %v776 = arith.addi %v92, %v575 : i64
      %v777 = arith.cmpi slt, %v776, %v94 : i64
      %v778 = arith.subi %size_L, %v2 : i64
      %v779 = arith.minsi %v776, %v778 : i64
      %v780 = arith.addi %v775, %v779 : i64
      %v781 = arith.muli %v773, %v106 : i64
      %v782 = arith.addi %v781, %v575 : i64
      %v783 = llvm.getelementptr %in_delta[%v780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v784 = llvm.load %v783 : !llvm.ptr -> f32
      %v785 = arith.addi %v574, %v305 : i64
      %v786 = arith.constant true
      %v787 = arith.addi %v46, %v785 : i64
      %v788 = llvm.getelementptr %v36[%v787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v789 = llvm.load %v788 : !llvm.ptr<3> -> i64
      %v790 = arith.addi %v92, %v575 : i64
      %v791 = arith.cmpi slt, %v790, %v94 : i64
      %v792 = arith.subi %size_L, %v2 : i64
      %v793 = arith.minsi %v790, %v792 : i64
      %v794 = arith.addi %v789, %v793 : i64
      %v795 = arith.muli %v787, %v106 : i64
      %v796 = arith.addi %v795, %v575 : i64
      %v797 = llvm.getelementptr %in_delta[%v794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v798 = llvm.load %v797 : !llvm.ptr -> f32
      %v799 = arith.addi %v574, %v95 : i64
      %v800 = arith.constant true
      %v801 = arith.addi %v46, %v799 : i64
      %v802 = llvm.getelementptr %v36[%v801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v803 = llvm.load %v802 : !llvm.ptr<3> -> i64
      %v804 = arith.addi %v92, %v575 : i64
      %v805 = arith.cmpi slt, %v804, %v94 : i64
      %v806 = arith.subi %size_L, %v2 : i64
      %v807 = arith.minsi %v804, %v806 : i64
      %v808 = arith.addi %v803, %v807 : i64
      %v809 = arith.muli %v801, %v106 : i64
      %v810 = arith.addi %v809, %v575 : i64
      %v811 = llvm.getelementptr %in_delta[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v812 = llvm.load %v811 : !llvm.ptr -> f32
      %v813 = arith.addi %v574, %v332 : i64
      %v814 = arith.constant true
      %v815 = arith.addi %v46, %v813 : i64
      %v816 = llvm.getelementptr %v36[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v817 = llvm.load %v816 : !llvm.ptr<3> -> i64
      %v818 = arith.addi %v92, %v575 : i64
      %v819 = arith.cmpi slt, %v818, %v94 : i64
      %v820 = arith.subi %size_L, %v2 : i64
      %v821 = arith.minsi %v818, %v820 : i64
      %v822 = arith.addi %v817, %v821 : i64
      %v823 = arith.muli %v815, %v106 : i64
      %v824 = arith.addi %v823, %v575 : i64
      %v825 = llvm.getelementptr %in_delta[%v822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v826 = llvm.load %v825 : !llvm.ptr -> f32
      %v827 = arith.addi %v574, %v346 : i64
      %v828 = arith.constant true
      %v829 = arith.addi %v46, %v827 : i64
      %v830 = llvm.getelementptr %v36[%v829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v831 = llvm.load %v830 : !llvm.ptr<3> -> i64
      %v832 = arith.addi %v92, %v575 : i64
      %v833 = arith.cmpi slt, %v832, %v94 : i64
      %v834 = arith.subi %size_L, %v2 : i64
      %v835 = arith.minsi %v832, %v834 : i64
      %v836 = arith.addi %v831, %v835 : i64
      %v837 = arith.muli %v829, %v106 : i64
      %v838 = arith.addi %v837, %v575 : i64
      %v839 = llvm.getelementptr %in_delta[%v836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v840 = llvm.load %v839 : !llvm.ptr -> f32
      %v841 = arith.addi %v574, %v360 : i64
      %v842 = arith.constant true
      %v843 = arith.addi %v46, %v841 : i64
      %v844 = llvm.getelementptr %v36[%v843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v845 = llvm.load %v844 : !llvm.ptr<3> -> i64
      %v846 = arith.addi %v92, %v575 : i64
      %v847 = arith.cmpi slt, %v846, %v94 : i64
      %v848 = arith.subi %size_L, %v2 : i64
      %v849 = arith.minsi %v846, %v848 : i64
      %v850 = arith.addi %v845, %v849 : i64
      %v851 = arith.muli %v843, %v106 : i64
      %v852 = arith.addi %v851, %v575 : i64
      %v853 = llvm.getelementptr %in_delta[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v854 = llvm.load %v853 : !llvm.ptr -> f32
      %v855 = arith.addi %v574, %v374 : i64
      %v856 = arith.constant true
      %v857 = arith.addi %v46, %v855 : i64
      %v858 = llvm.getelementptr %v36[%v857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v859 = llvm.load %v858 : !llvm.ptr<3> -> i64
      %v860 = arith.addi %v92, %v575 : i64
      %v861 = arith.cmpi slt, %v860, %v94 : i64
      %v862 = arith.subi %size_L, %v2 : i64
      %v863 = arith.minsi %v860, %v862 : i64
      %v864 = arith.addi %v859, %v863 : i64
      %v865 = arith.muli %v857, %v106 : i64
      %v866 = arith.addi %v865, %v575 : i64
      %v867 = llvm.getelementptr %in_delta[%v864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v868 = llvm.load %v867 : !llvm.ptr -> f32
      %v869 = arith.addi %v574, %v388 : i64
      %v870 = arith.constant true
      %v871 = arith.addi %v46, %v869 : i64
      %v872 = llvm.getelementptr %v36[%v871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v873 = llvm.load %v872 : !llvm.ptr<3> -> i64
      %v874 = arith.addi %v92, %v575 : i64
      %v875 = arith.cmpi slt, %v874, %v94 : i64
      %v876 = arith.subi %size_L, %v2 : i64
      %v877 = arith.minsi %v874, %v876 : i64
      %v878 = arith.addi %v873, %v877 : i64
      %v879 = arith.muli %v871, %v106 : i64
      %v880 = arith.addi %v879, %v575 : i64
      %v881 = llvm.getelementptr %in_delta[%v878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v882 = llvm.load %v881 : !llvm.ptr -> f32
      %v883 = arith.addi %v574, %v402 : i64
      %v884 = arith.constant true
      %v885 = arith.addi %v46, %v883 : i64
      %v886 = llvm.getelementptr %v36[%v885] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v887 = llvm.load %v886 : !llvm.ptr<3> -> i64
      %v888 = arith.addi %v92, %v575 : i64
      %v889 = arith.cmpi slt, %v888, %v94 : i64
      %v890 = arith.subi %size_L, %v2 : i64
      %v891 = arith.minsi %v888, %v890 : i64
      %v892 = arith.addi %v887, %v891 : i64
      %v893 = arith.muli %v885, %v106 : i64
      %v894 = arith.addi %v893, %v575 : i64
      %v895 = llvm.getelementptr %in_delta[%v892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v896 = llvm.load %v895 : !llvm.ptr -> f32
      %v897 = arith.addi %v574, %v416 : i64
      %v898 = arith.constant true
      %v899 = arith.addi %v46, %v897 : i64
      %v900 = llvm.getelementptr %v36[%v899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v901 = llvm.load %v900 : !llvm.ptr<3> -> i64
      %v902 = arith.addi %v92, %v575 : i64
      %v903 = arith.cmpi slt, %v902, %v94 : i64
      %v904 = arith.subi %size_L, %v2 : i64
      %v905 = arith.minsi %v902, %v904 : i64
      %v906 = arith.addi %v901, %v905 : i64
      %v907 = arith.muli %v899, %v106 : i64
      %v908 = arith.addi %v907, %v575 : i64
      %v909 = llvm.getelementptr %in_delta[%v906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v910 = llvm.load %v909 : !llvm.ptr -> f32
      %v911 = arith.addi %v574, %v430 : i64
      %v912 = arith.constant true
      %v913 = arith.addi %v46, %v911 : i64
      %v914 = llvm.getelementptr %v36[%v913] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v915 = llvm.load %v914 : !llvm.ptr<3> -> i64
      %v916 = arith.addi %v92, %v575 : i64
      %v917 = arith.cmpi slt, %v916, %v94 : i64
      %v918 = arith.subi %size_L, %v2 : i64
      %v919 = arith.minsi %v916, %v918 : i64
      %v920 = arith.addi %v915, %v919 : i64
      %v921 = arith.muli %v913, %v106 : i64
      %v922 = arith.addi %v921, %v575 : i64
      %v923 = llvm.getelementptr %in_delta[%v920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v924 = llvm.load %v923 : !llvm.ptr -> f32
      %v925 = arith.addi %v574, %v444 : i64
      %v926 = arith.constant true
      %v927 = arith.addi %v46, %v925 : i64
      %v928 = llvm.getelementptr %v36[%v927] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v929 = llvm.load %v928 : !llvm.ptr<3> -> i64
      %v930 = arith.addi %v92, %v575 : i64
      %v931 = arith.cmpi slt, %v930, %v94 : i64
      %v932 = arith.subi %size_L, %v2 : i64
      %v933 = arith.minsi %v930, %v932 : i64
      %v934 = arith.addi %v929, %v933 : i64
      %v935 = arith.muli %v927, %v106 : i64
      %v936 = arith.addi %v935, %v575 : i64
      %v937 = llvm.getelementptr %in_delta[%v934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v938 = llvm.load %v937 : !llvm.ptr -> f32
      %v939 = arith.addi %v574, %v458 : i64
      %v940 = arith.constant true
      %v941 = arith.addi %v46, %v939 : i64
      %v942 = llvm.getelementptr %v36[%v941] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v943 = llvm.load %v942 : !llvm.ptr<3> -> i64
      %v944 = arith.addi %v92, %v575 : i64
      %v945 = arith.cmpi slt, %v944, %v94 : i64
      %v946 = arith.subi %size_L, %v2 : i64
      %v947 = arith.minsi %v944, %v946 : i64
      %v948 = arith.addi %v943, %v947 : i64
      %v949 = arith.muli %v941, %v106 : i64
      %v950 = arith.addi %v949, %v575 : i64
      %v951 = llvm.getelementptr %in_delta[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v952 = llvm.load %v951 : !llvm.ptr -> f32
      %v953 = arith.addi %v574, %v472 : i64
      %v954 = arith.constant true
      %v955 = arith.addi %v46, %v953 : i64
      %v956 = llvm.getelementptr %v36[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v957 = llvm.load %v956 : !llvm.ptr<3> -> i64
      %v958 = arith.addi %v92, %v575 : i64
      %v959 = arith.cmpi slt, %v958, %v94 : i64
      %v960 = arith.subi %size_L, %v2 : i64
      %v961 = arith.minsi %v958, %v960 : i64
      %v962 = arith.addi %v957, %v961 : i64
      %v963 = arith.muli %v955, %v106 : i64
      %v964 = arith.addi %v963, %v575 : i64
      %v965 = llvm.getelementptr %in_delta[%v962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v966 = llvm.load %v965 : !llvm.ptr -> f32
      %v967 = arith.addi %v574, %v486 : i64
      %v968 = arith.constant true
      %v969 = arith.addi %v46, %v967 : i64
      %v970 = llvm.getelementptr %v36[%v969] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v971 = llvm.load %v970 : !llvm.ptr<3> -> i64
      %v972 = arith.addi %v92, %v575 : i64
      %v973 = arith.cmpi slt, %v972, %v94 : i64
      %v974 = arith.subi %size_L, %v2 : i64
      %v975 = arith.minsi %v972, %v974 : i64
      %v976 = arith.addi %v971, %v975 : i64
      %v977 = arith.muli %v969, %v106 : i64
      %v978 = arith.addi %v977, %v575 : i64
      %v979 = llvm.getelementptr %in_delta[%v976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v980 = llvm.load %v979 : !llvm.ptr -> f32
      %v981 = arith.addi %v574, %v500 : i64
      %v982 = arith.constant true
      %v983 = arith.addi %v46, %v981 : i64
      %v984 = llvm.getelementptr %v36[%v983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v985 = llvm.load %v984 : !llvm.ptr<3> -> i64
      %v986 = arith.addi %v92, %v575 : i64
      %v987 = arith.cmpi slt, %v986, %v94 : i64
      %v988 = arith.subi %size_L, %v2 : i64
      %v989 = arith.minsi %v986, %v988 : i64
      %v990 = arith.addi %v985, %v989 : i64
      %v991 = arith.muli %v983, %v106 : i64
      %v992 = arith.addi %v991, %v575 : i64
      %v993 = llvm.getelementptr %in_delta[%v990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v994 = llvm.load %v993 : !llvm.ptr -> f32
      %v995 = arith.addi %v574, %v514 : i64
      %v996 = arith.constant true
      %v997 = arith.addi %v46, %v995 : i64
      %v998 = llvm.getelementptr %v36[%v997] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v999 = llvm.load %v998 : !llvm.ptr<3> -> i64
      %v1000 = arith.addi %v92, %v575 : i64
      %v1001 = arith.cmpi slt, %v1000, %v94 : i64
      %v1002 = arith.subi %size_L, %v2 : i64
      %v1003 = arith.minsi %v1000, %v1002 : i64
      %v1004 = arith.addi %v999, %v1003 : i64
      %v1005 = arith.muli %v997, %v106 : i64
      %v1006 = arith.addi %v1005, %v575 : i64
      %v1007 = llvm.getelementptr %in_delta[%v1004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1008 = llvm.load %v1007 : !llvm.ptr -> f32
      %v1009 = arith.addi %v574, %v528 : i64
      %v1010 = arith.constant true
      %v1011 = arith.addi %v46, %v1009 : i64
      %v1012 = llvm.getelementptr %v36[%v1011] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1013 = llvm.load %v1012 : !llvm.ptr<3> -> i64
      %v1014 = arith.addi %v92, %v575 : i64
      %v1015 = arith.cmpi slt, %v1014, %v94 : i64
      %v1016 = arith.subi %size_L, %v2 : i64
      %v1017 = arith.minsi %v1014, %v1016 : i64
      %v1018 = arith.addi %v1013, %v1017 : i64
      %v1019 = arith.muli %v1011, %v106 : i64
      %v1020 = arith.addi %v1019, %v575 : i64
      %v1021 = llvm.getelementptr %in_delta[%v1018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1022 = llvm.load %v1021 : !llvm.ptr -> f32
      scf.if %v576 {
        %v1023 = llvm.getelementptr %v37[%v586] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v588, %v1023 : f32, !llvm.ptr<3>
      }
      scf.if %v590 {
        %v1024 = llvm.getelementptr %v37[%v600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v602, %v1024 : f32, !llvm.ptr<3>
      }
      scf.if %v604 {
        %v1025 = llvm.getelementptr %v37[%v614] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v616, %v1025 : f32, !llvm.ptr<3>
      }
      scf.if %v618 {
        %v1026 = llvm.getelementptr %v37[%v628] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v630, %v1026 : f32, !llvm.ptr<3>
      }
      scf.if %v632 {
        %v1027 = llvm.getelementptr %v37[%v642] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v644, %v1027 : f32, !llvm.ptr<3>
      }
      scf.if %v646 {
        %v1028 = llvm.getelementptr %v37[%v656] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v658, %v1028 : f32, !llvm.ptr<3>
      }
      scf.if %v660 {
        %v1029 = llvm.getelementptr %v37[%v670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v672, %v1029 : f32, !llvm.ptr<3>
      }
      scf.if %v674 {
        %v1030 = llvm.getelementptr %v37[%v684] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v686, %v1030 : f32, !llvm.ptr<3>
      }
      scf.if %v688 {
        %v1031 = llvm.getelementptr %v37[%v698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v700, %v1031 : f32, !llvm.ptr<3>
      }
      scf.if %v702 {
        %v1032 = llvm.getelementptr %v37[%v712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v714, %v1032 : f32, !llvm.ptr<3>
      }
      scf.if %v716 {
        %v1033 = llvm.getelementptr %v37[%v726] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v728, %v1033 : f32, !llvm.ptr<3>
      }
      scf.if %v730 {
        %v1034 = llvm.getelementptr %v37[%v740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v742, %v1034 : f32, !llvm.ptr<3>
      }
      scf.if %v744 {
        %v1035 = llvm.getelementptr %v37[%v754] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v756, %v1035 : f32, !llvm.ptr<3>
      }
      scf.if %v758 {
        %v1036 = llvm.getelementptr %v37[%v768] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v770, %v1036 : f32, !llvm.ptr<3>
      }
      scf.if %v772 {
        %v1037 = llvm.getelementptr %v37[%v782] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v784, %v1037 : f32, !llvm.ptr<3>
      }
      scf.if %v786 {
        %v1038 = llvm.getelementptr %v37[%v796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v798, %v1038 : f32, !llvm.ptr<3>
      }
      scf.if %v800 {
        %v1039 = llvm.getelementptr %v37[%v810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v812, %v1039 : f32, !llvm.ptr<3>
      }
      scf.if %v814 {
        %v1040 = llvm.getelementptr %v37[%v824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v826, %v1040 : f32, !llvm.ptr<3>
      }
      scf.if %v828 {
        %v1041 = llvm.getelementptr %v37[%v838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v840, %v1041 : f32, !llvm.ptr<3>
      }
      scf.if %v842 {
        %v1042 = llvm.getelementptr %v37[%v852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v854, %v1042 : f32, !llvm.ptr<3>
      }
      scf.if %v856 {
        %v1043 = llvm.getelementptr %v37[%v866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v868, %v1043 : f32, !llvm.ptr<3>
      }
      scf.if %v870 {
        %v1044 = llvm.getelementptr %v37[%v880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v882, %v1044 : f32, !llvm.ptr<3>
      }
      scf.if %v884 {
        %v1045 = llvm.getelementptr %v37[%v894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v896, %v1045 : f32, !llvm.ptr<3>
      }
      scf.if %v898 {
        %v1046 = llvm.getelementptr %v37[%v908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v910, %v1046 : f32, !llvm.ptr<3>
      }
      scf.if %v912 {
        %v1047 = llvm.getelementptr %v37[%v922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v924, %v1047 : f32, !llvm.ptr<3>
      }
      scf.if %v926 {
        %v1048 = llvm.getelementptr %v37[%v936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v938, %v1048 : f32, !llvm.ptr<3>
      }
      scf.if %v940 {
        %v1049 = llvm.getelementptr %v37[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v952, %v1049 : f32, !llvm.ptr<3>
      }
      scf.if %v954 {
        %v1050 = llvm.getelementptr %v37[%v964] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v966, %v1050 : f32, !llvm.ptr<3>
      }
      scf.if %v968 {
        %v1051 = llvm.getelementptr %v37[%v978] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v980, %v1051 : f32, !llvm.ptr<3>
      }
      scf.if %v982 {
        %v1052 = llvm.getelementptr %v37[%v992] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v994, %v1052 : f32, !llvm.ptr<3>
      }
      scf.if %v996 {
        %v1053 = llvm.getelementptr %v37[%v1006] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1008, %v1053 : f32, !llvm.ptr<3>
      }
      scf.if %v1010 {
        %v1054 = llvm.getelementptr %v37[%v1020] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1022, %v1054 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1055 = arith.divui %v44, %v95 : i64
      %v1056 = arith.remui %v44, %v95 : i64
      %v1057 = arith.constant true
      %v1058 = arith.addi %v87, %v1055 : i64
      %v1059 = llvm.getelementptr %v36[%v1058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1060 = llvm.load %v1059 : !llvm.ptr<3> -> i64
      %v1061 = arith.addi %v92, %v1056 : i64
      %v1062 = arith.cmpi slt, %v1061, %v94 : i64
      %v1063 = arith.subi %size_L, %v2 : i64
      %v1064 = arith.minsi %v1061, %v1063 : i64
      %v1065 = arith.addi %v1060, %v1064 : i64
      %v1066 = arith.muli %v1058, %v106 : i64
      %v1067 = arith.addi %v1066, %v1056 : i64
      %v1068 = llvm.getelementptr %in_z[%v1065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1069 = llvm.load %v1068 : !llvm.ptr -> f32
      %v1070 = arith.addi %v1055, %v86 : i64
      %v1071 = arith.constant true
      %v1072 = arith.addi %v87, %v1070 : i64
      %v1073 = llvm.getelementptr %v36[%v1072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1074 = llvm.load %v1073 : !llvm.ptr<3> -> i64
      %v1075 = arith.addi %v92, %v1056 : i64
      %v1076 = arith.cmpi slt, %v1075, %v94 : i64
      %v1077 = arith.subi %size_L, %v2 : i64
      %v1078 = arith.minsi %v1075, %v1077 : i64
      %v1079 = arith.addi %v1074, %v1078 : i64
      %v1080 = arith.muli %v1072, %v106 : i64
      %v1081 = arith.addi %v1080, %v1056 : i64
      %v1082 = llvm.getelementptr %in_z[%v1079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1083 = llvm.load %v1082 : !llvm.ptr -> f32
      %v1084 = arith.addi %v1055, %v124 : i64
      %v1085 = arith.constant true
      %v1086 = arith.addi %v87, %v1084 : i64
      %v1087 = llvm.getelementptr %v36[%v1086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1088 = llvm.load %v1087 : !llvm.ptr<3> -> i64
      %v1089 = arith.addi %v92, %v1056 : i64
      %v1090 = arith.cmpi slt, %v1089, %v94 : i64
      %v1091 = arith.subi %size_L, %v2 : i64
      %v1092 = arith.minsi %v1089, %v1091 : i64
      %v1093 = arith.addi %v1088, %v1092 : i64
      %v1094 = arith.muli %v1086, %v106 : i64
      %v1095 = arith.addi %v1094, %v1056 : i64
      %v1096 = llvm.getelementptr %in_z[%v1093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1097 = llvm.load %v1096 : !llvm.ptr -> f32
      %v1098 = arith.addi %v1055, %v138 : i64
      %v1099 = arith.constant true
      %v1100 = arith.addi %v87, %v1098 : i64
      %v1101 = llvm.getelementptr %v36[%v1100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1102 = llvm.load %v1101 : !llvm.ptr<3> -> i64
      %v1103 = arith.addi %v92, %v1056 : i64
      %v1104 = arith.cmpi slt, %v1103, %v94 : i64
      %v1105 = arith.subi %size_L, %v2 : i64
      %v1106 = arith.minsi %v1103, %v1105 : i64
      %v1107 = arith.addi %v1102, %v1106 : i64
      %v1108 = arith.muli %v1100, %v106 : i64
      %v1109 = arith.addi %v1108, %v1056 : i64
      %v1110 = llvm.getelementptr %in_z[%v1107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1111 = llvm.load %v1110 : !llvm.ptr -> f32
      %v1112 = arith.addi %v1055, %v152 : i64
      %v1113 = arith.constant true
      %v1114 = arith.addi %v87, %v1112 : i64
      %v1115 = llvm.getelementptr %v36[%v1114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1116 = llvm.load %v1115 : !llvm.ptr<3> -> i64
      %v1117 = arith.addi %v92, %v1056 : i64
      %v1118 = arith.cmpi slt, %v1117, %v94 : i64
      %v1119 = arith.subi %size_L, %v2 : i64
      %v1120 = arith.minsi %v1117, %v1119 : i64
      %v1121 = arith.addi %v1116, %v1120 : i64
      %v1122 = arith.muli %v1114, %v106 : i64
      %v1123 = arith.addi %v1122, %v1056 : i64
      %v1124 = llvm.getelementptr %in_z[%v1121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1125 = llvm.load %v1124 : !llvm.ptr -> f32
      %v1126 = arith.addi %v1055, %v166 : i64
      %v1127 = arith.constant true
      %v1128 = arith.addi %v87, %v1126 : i64
      %v1129 = llvm.getelementptr %v36[%v1128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1130 = llvm.load %v1129 : !llvm.ptr<3> -> i64
      %v1131 = arith.addi %v92, %v1056 : i64
      %v1132 = arith.cmpi slt, %v1131, %v94 : i64
      %v1133 = arith.subi %size_L, %v2 : i64
      %v1134 = arith.minsi %v1131, %v1133 : i64
      %v1135 = arith.addi %v1130, %v1134 : i64
      %v1136 = arith.muli %v1128, %v106 : i64
      %v1137 = arith.addi %v1136, %v1056 : i64
      %v1138 = llvm.getelementptr %in_z[%v1135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1139 = llvm.load %v1138 : !llvm.ptr -> f32
      %v1140 = arith.addi %v1055, %v180 : i64
      %v1141 = arith.constant true
      %v1142 = arith.addi %v87, %v1140 : i64
      %v1143 = llvm.getelementptr %v36[%v1142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1144 = llvm.load %v1143 : !llvm.ptr<3> -> i64
      %v1145 = arith.addi %v92, %v1056 : i64
      %v1146 = arith.cmpi slt, %v1145, %v94 : i64
      %v1147 = arith.subi %size_L, %v2 : i64
      %v1148 = arith.minsi %v1145, %v1147 : i64
      %v1149 = arith.addi %v1144, %v1148 : i64
      %v1150 = arith.muli %v1142, %v106 : i64
      %v1151 = arith.addi %v1150, %v1056 : i64
      %v1152 = llvm.getelementptr %in_z[%v1149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1153 = llvm.load %v1152 : !llvm.ptr -> f32
      %v1154 = arith.addi %v1055, %v194 : i64
      %v1155 = arith.constant true
      %v1156 = arith.addi %v87, %v1154 : i64
      %v1157 = llvm.getelementptr %v36[%v1156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1158 = llvm.load %v1157 : !llvm.ptr<3> -> i64
      %v1159 = arith.addi %v92, %v1056 : i64
      %v1160 = arith.cmpi slt, %v1159, %v94 : i64
      %v1161 = arith.subi %size_L, %v2 : i64
      %v1162 = arith.minsi %v1159, %v1161 : i64
      %v1163 = arith.addi %v1158, %v1162 : i64
      %v1164 = arith.muli %v1156, %v106 : i64
      %v1165 = arith.addi %v1164, %v1056 : i64
      %v1166 = llvm.getelementptr %in_z[%v1163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1167 = llvm.load %v1166 : !llvm.ptr -> f32
      %v1168 = arith.addi %v1055, %v1 : i64
      %v1169 = arith.constant true
      %v1170 = arith.addi %v87, %v1168 : i64
      %v1171 = llvm.getelementptr %v36[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1172 = llvm.load %v1171 : !llvm.ptr<3> -> i64
      %v1173 = arith.addi %v92, %v1056 : i64
      %v1174 = arith.cmpi slt, %v1173, %v94 : i64
      %v1175 = arith.subi %size_L, %v2 : i64
      %v1176 = arith.minsi %v1173, %v1175 : i64
      %v1177 = arith.addi %v1172, %v1176 : i64
      %v1178 = arith.muli %v1170, %v106 : i64
      %v1179 = arith.addi %v1178, %v1056 : i64
      %v1180 = llvm.getelementptr %in_z[%v1177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1181 = llvm.load %v1180 : !llvm.ptr -> f32
      %v1182 = arith.addi %v1055, %v221 : i64
      %v1183 = arith.constant true
      %v1184 = arith.addi %v87, %v1182 : i64
      %v1185 = llvm.getelementptr %v36[%v1184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1186 = llvm.load %v1185 : !llvm.ptr<3> -> i64
      %v1187 = arith.addi %v92, %v1056 : i64
      %v1188 = arith.cmpi slt, %v1187, %v94 : i64
      %v1189 = arith.subi %size_L, %v2 : i64
      %v1190 = arith.minsi %v1187, %v1189 : i64
      %v1191 = arith.addi %v1186, %v1190 : i64
      %v1192 = arith.muli %v1184, %v106 : i64
      %v1193 = arith.addi %v1192, %v1056 : i64
      %v1194 = llvm.getelementptr %in_z[%v1191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1195 = llvm.load %v1194 : !llvm.ptr -> f32
      %v1196 = arith.addi %v1055, %v235 : i64
      %v1197 = arith.constant true
      %v1198 = arith.addi %v87, %v1196 : i64
      %v1199 = llvm.getelementptr %v36[%v1198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1200 = llvm.load %v1199 : !llvm.ptr<3> -> i64
      %v1201 = arith.addi %v92, %v1056 : i64
      %v1202 = arith.cmpi slt, %v1201, %v94 : i64
      %v1203 = arith.subi %size_L, %v2 : i64
      %v1204 = arith.minsi %v1201, %v1203 : i64
      %v1205 = arith.addi %v1200, %v1204 : i64
      %v1206 = arith.muli %v1198, %v106 : i64
      %v1207 = arith.addi %v1206, %v1056 : i64
      %v1208 = llvm.getelementptr %in_z[%v1205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1209 = llvm.load %v1208 : !llvm.ptr -> f32
      %v1210 = arith.addi %v1055, %v249 : i64
      %v1211 = arith.constant true
      %v1212 = arith.addi %v87, %v1210 : i64
      %v1213 = llvm.getelementptr %v36[%v1212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1214 = llvm.load %v1213 : !llvm.ptr<3> -> i64
      %v1215 = arith.addi %v92, %v1056 : i64
      %v1216 = arith.cmpi slt, %v1215, %v94 : i64
      %v1217 = arith.subi %size_L, %v2 : i64
      %v1218 = arith.minsi %v1215, %v1217 : i64
      %v1219 = arith.addi %v1214, %v1218 : i64
      %v1220 = arith.muli %v1212, %v106 : i64
      %v1221 = arith.addi %v1220, %v1056 : i64
      %v1222 = llvm.getelementptr %in_z[%v1219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1223 = llvm.load %v1222 : !llvm.ptr -> f32
      %v1224 = arith.addi %v1055, %v263 : i64
      %v1225 = arith.constant true
      %v1226 = arith.addi %v87, %v1224 : i64
      %v1227 = llvm.getelementptr %v36[%v1226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1228 = llvm.load %v1227 : !llvm.ptr<3> -> i64
      %v1229 = arith.addi %v92, %v1056 : i64
      %v1230 = arith.cmpi slt, %v1229, %v94 : i64
      %v1231 = arith.subi %size_L, %v2 : i64
      %v1232 = arith.minsi %v1229, %v1231 : i64
      %v1233 = arith.addi %v1228, %v1232 : i64
      %v1234 = arith.muli %v1226, %v106 : i64
      %v1235 = arith.addi %v1234, %v1056 : i64
      %v1236 = llvm.getelementptr %in_z[%v1233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1237 = llvm.load %v1236 : !llvm.ptr -> f32
      %v1238 = arith.addi %v1055, %v277 : i64
      %v1239 = arith.constant true
      %v1240 = arith.addi %v87, %v1238 : i64
      %v1241 = llvm.getelementptr %v36[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1242 = llvm.load %v1241 : !llvm.ptr<3> -> i64
      %v1243 = arith.addi %v92, %v1056 : i64
      %v1244 = arith.cmpi slt, %v1243, %v94 : i64
      %v1245 = arith.subi %size_L, %v2 : i64
      %v1246 = arith.minsi %v1243, %v1245 : i64
      %v1247 = arith.addi %v1242, %v1246 : i64
      %v1248 = arith.muli %v1240, %v106 : i64
      %v1249 = arith.addi %v1248, %v1056 : i64
      %v1250 = llvm.getelementptr %in_z[%v1247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1251 = llvm.load %v1250 : !llvm.ptr -> f32
      %v1252 = arith.addi %v1055, %v291 : i64
      %v1253 = arith.constant true
      %v1254 = arith.addi %v87, %v1252 : i64
      %v1255 = llvm.getelementptr %v36[%v1254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1256 = llvm.load %v1255 : !llvm.ptr<3> -> i64
      %v1257 = arith.addi %v92, %v1056 : i64
      %v1258 = arith.cmpi slt, %v1257, %v94 : i64
      %v1259 = arith.subi %size_L, %v2 : i64
      %v1260 = arith.minsi %v1257, %v1259 : i64
      %v1261 = arith.addi %v1256, %v1260 : i64
      %v1262 = arith.muli %v1254, %v106 : i64
      %v1263 = arith.addi %v1262, %v1056 : i64
      %v1264 = llvm.getelementptr %in_z[%v1261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1265 = llvm.load %v1264 : !llvm.ptr -> f32
      %v1266 = arith.addi %v1055, %v305 : i64
      %v1267 = arith.constant true
      %v1268 = arith.addi %v87, %v1266 : i64
      %v1269 = llvm.getelementptr %v36[%v1268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1270 = llvm.load %v1269 : !llvm.ptr<3> -> i64
      %v1271 = arith.addi %v92, %v1056 : i64
      %v1272 = arith.cmpi slt, %v1271, %v94 : i64
      %v1273 = arith.subi %size_L, %v2 : i64
      %v1274 = arith.minsi %v1271, %v1273 : i64
      %v1275 = arith.addi %v1270, %v1274 : i64
      %v1276 = arith.muli %v1268, %v106 : i64
      %v1277 = arith.addi %v1276, %v1056 : i64
      %v1278 = llvm.getelementptr %in_z[%v1275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1279 = llvm.load %v1278 : !llvm.ptr -> f32
      %v1280 = arith.addi %v1055, %v95 : i64
      %v1281 = arith.constant true
      %v1282 = arith.addi %v87, %v1280 : i64
      %v1283 = llvm.getelementptr %v36[%v1282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1284 = llvm.load %v1283 : !llvm.ptr<3> -> i64
      %v1285 = arith.addi %v92, %v1056 : i64
      %v1286 = arith.cmpi slt, %v1285, %v94 : i64
      %v1287 = arith.subi %size_L, %v2 : i64
      %v1288 = arith.minsi %v1285, %v1287 : i64
      %v1289 = arith.addi %v1284, %v1288 : i64
      %v1290 = arith.muli %v1282, %v106 : i64
      %v1291 = arith.addi %v1290, %v1056 : i64
      %v1292 = llvm.getelementptr %in_z[%v1289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1293 = llvm.load %v1292 : !llvm.ptr -> f32
      %v1294 = arith.addi %v1055, %v332 : i64
      %v1295 = arith.constant true
      %v1296 = arith.addi %v87, %v1294 : i64
      %v1297 = llvm.getelementptr %v36[%v1296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1298 = llvm.load %v1297 : !llvm.ptr<3> -> i64
      %v1299 = arith.addi %v92, %v1056 : i64
      %v1300 = arith.cmpi slt, %v1299, %v94 : i64
      %v1301 = arith.subi %size_L, %v2 : i64
      %v1302 = arith.minsi %v1299, %v1301 : i64
      %v1303 = arith.addi %v1298, %v1302 : i64
      %v1304 = arith.muli %v1296, %v106 : i64
      %v1305 = arith.addi %v1304, %v1056 : i64
      %v1306 = llvm.getelementptr %in_z[%v1303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1307 = llvm.load %v1306 : !llvm.ptr -> f32
      %v1308 = arith.addi %v1055, %v346 : i64
      %v1309 = arith.constant true
      %v1310 = arith.addi %v87, %v1308 : i64
      %v1311 = llvm.getelementptr %v36[%v1310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1312 = llvm.load %v1311 : !llvm.ptr<3> -> i64
      %v1313 = arith.addi %v92, %v1056 : i64
      %v1314 = arith.cmpi slt, %v1313, %v94 : i64
      %v1315 = arith.subi %size_L, %v2 : i64
      %v1316 = arith.minsi %v1313, %v1315 : i64
      %v1317 = arith.addi %v1312, %v1316 : i64
      %v1318 = arith.muli %v1310, %v106 : i64
      %v1319 = arith.addi %v1318, %v1056 : i64
      %v1320 = llvm.getelementptr %in_z[%v1317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1321 = llvm.load %v1320 : !llvm.ptr -> f32
      %v1322 = arith.addi %v1055, %v360 : i64
      %v1323 = arith.constant true
      %v1324 = arith.addi %v87, %v1322 : i64
      %v1325 = llvm.getelementptr %v36[%v1324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1326 = llvm.load %v1325 : !llvm.ptr<3> -> i64
      %v1327 = arith.addi %v92, %v1056 : i64
      %v1328 = arith.cmpi slt, %v1327, %v94 : i64
      %v1329 = arith.subi %size_L, %v2 : i64
      %v1330 = arith.minsi %v1327, %v1329 : i64
      %v1331 = arith.addi %v1326, %v1330 : i64
      %v1332 = arith.muli %v1324, %v106 : i64
      %v1333 = arith.addi %v1332, %v1056 : i64
      %v1334 = llvm.getelementptr %in_z[%v1331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1335 = llvm.load %v1334 : !llvm.ptr -> f32
      %v1336 = arith.addi %v1055, %v374 : i64
      %v1337 = arith.constant true
      %v1338 = arith.addi %v87, %v1336 : i64
      %v1339 = llvm.getelementptr %v36[%v1338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1340 = llvm.load %v1339 : !llvm.ptr<3> -> i64
      %v1341 = arith.addi %v92, %v1056 : i64
      %v1342 = arith.cmpi slt, %v1341, %v94 : i64
      %v1343 = arith.subi %size_L, %v2 : i64
      %v1344 = arith.minsi %v1341, %v1343 : i64
      %v1345 = arith.addi %v1340, %v1344 : i64
      %v1346 = arith.muli %v1338, %v106 : i64
      %v1347 = arith.addi %v1346, %v1056 : i64
      %v1348 = llvm.getelementptr %in_z[%v1345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1349 = llvm.load %v1348 : !llvm.ptr -> f32
      %v1350 = arith.addi %v1055, %v388 : i64
      %v1351 = arith.constant true
      %v1352 = arith.addi %v87, %v1350 : i64
      %v1353 = llvm.getelementptr %v36[%v1352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1354 = llvm.load %v1353 : !llvm.ptr<3> -> i64
      %v1355 = arith.addi %v92, %v1056 : i64
      %v1356 = arith.cmpi slt, %v1355, %v94 : i64
      %v1357 = arith.subi %size_L, %v2 : i64
      %v1358 = arith.minsi %v1355, %v1357 : i64
      %v1359 = arith.addi %v1354, %v1358 : i64
      %v1360 = arith.muli %v1352, %v106 : i64
      %v1361 = arith.addi %v1360, %v1056 : i64
      %v1362 = llvm.getelementptr %in_z[%v1359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1363 = llvm.load %v1362 : !llvm.ptr -> f32
      %v1364 = arith.addi %v1055, %v402 : i64
      %v1365 = arith.constant true
      %v1366 = arith.addi %v87, %v1364 : i64
      %v1367 = llvm.getelementptr %v36[%v1366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1368 = llvm.load %v1367 : !llvm.ptr<3> -> i64
      %v1369 = arith.addi %v92, %v1056 : i64
      %v1370 = arith.cmpi slt, %v1369, %v94 : i64
      %v1371 = arith.subi %size_L, %v2 : i64
      %v1372 = arith.minsi %v1369, %v1371 : i64
      %v1373 = arith.addi %v1368, %v1372 : i64
      %v1374 = arith.muli %v1366, %v106 : i64
      %v1375 = arith.addi %v1374, %v1056 : i64
      %v1376 = llvm.getelementptr %in_z[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1377 = llvm.load %v1376 : !llvm.ptr -> f32
      %v1378 = arith.addi %v1055, %v416 : i64
      %v1379 = arith.constant true
      %v1380 = arith.addi %v87, %v1378 : i64
      %v1381 = llvm.getelementptr %v36[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1382 = llvm.load %v1381 : !llvm.ptr<3> -> i64
      %v1383 = arith.addi %v92, %v1056 : i64
      %v1384 = arith.cmpi slt, %v1383, %v94 : i64
      %v1385 = arith.subi %size_L, %v2 : i64
      %v1386 = arith.minsi %v1383, %v1385 : i64
      %v1387 = arith.addi %v1382, %v1386 : i64
      %v1388 = arith.muli %v1380, %v106 : i64
      %v1389 = arith.addi %v1388, %v1056 : i64
      %v1390 = llvm.getelementptr %in_z[%v1387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1391 = llvm.load %v1390 : !llvm.ptr -> f32
      %v1392 = arith.addi %v1055, %v430 : i64
      %v1393 = arith.constant true
      %v1394 = arith.addi %v87, %v1392 : i64
      %v1395 = llvm.getelementptr %v36[%v1394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1396 = llvm.load %v1395 : !llvm.ptr<3> -> i64
      %v1397 = arith.addi %v92, %v1056 : i64
      %v1398 = arith.cmpi slt, %v1397, %v94 : i64
      %v1399 = arith.subi %size_L, %v2 : i64
      %v1400 = arith.minsi %v1397, %v1399 : i64
      %v1401 = arith.addi %v1396, %v1400 : i64
      %v1402 = arith.muli %v1394, %v106 : i64
      %v1403 = arith.addi %v1402, %v1056 : i64
      %v1404 = llvm.getelementptr %in_z[%v1401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1405 = llvm.load %v1404 : !llvm.ptr -> f32
      %v1406 = arith.addi %v1055, %v444 : i64
      %v1407 = arith.constant true
      %v1408 = arith.addi %v87, %v1406 : i64
      %v1409 = llvm.getelementptr %v36[%v1408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1410 = llvm.load %v1409 : !llvm.ptr<3> -> i64
      %v1411 = arith.addi %v92, %v1056 : i64
      %v1412 = arith.cmpi slt, %v1411, %v94 : i64
      %v1413 = arith.subi %size_L, %v2 : i64
      %v1414 = arith.minsi %v1411, %v1413 : i64
      %v1415 = arith.addi %v1410, %v1414 : i64
      %v1416 = arith.muli %v1408, %v106 : i64
      %v1417 = arith.addi %v1416, %v1056 : i64
      %v1418 = llvm.getelementptr %in_z[%v1415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1419 = llvm.load %v1418 : !llvm.ptr -> f32
      %v1420 = arith.addi %v1055, %v458 : i64
      %v1421 = arith.constant true
      %v1422 = arith.addi %v87, %v1420 : i64
      %v1423 = llvm.getelementptr %v36[%v1422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1424 = llvm.load %v1423 : !llvm.ptr<3> -> i64
      %v1425 = arith.addi %v92, %v1056 : i64
      %v1426 = arith.cmpi slt, %v1425, %v94 : i64
      %v1427 = arith.subi %size_L, %v2 : i64
      %v1428 = arith.minsi %v1425, %v1427 : i64
      %v1429 = arith.addi %v1424, %v1428 : i64
      %v1430 = arith.muli %v1422, %v106 : i64
      %v1431 = arith.addi %v1430, %v1056 : i64
      %v1432 = llvm.getelementptr %in_z[%v1429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1433 = llvm.load %v1432 : !llvm.ptr -> f32
      %v1434 = arith.addi %v1055, %v472 : i64
      %v1435 = arith.constant true
      %v1436 = arith.addi %v87, %v1434 : i64
      %v1437 = llvm.getelementptr %v36[%v1436] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1438 = llvm.load %v1437 : !llvm.ptr<3> -> i64
      %v1439 = arith.addi %v92, %v1056 : i64
      %v1440 = arith.cmpi slt, %v1439, %v94 : i64
      %v1441 = arith.subi %size_L, %v2 : i64
      %v1442 = arith.minsi %v1439, %v1441 : i64
      %v1443 = arith.addi %v1438, %v1442 : i64
      %v1444 = arith.muli %v1436, %v106 : i64
      %v1445 = arith.addi %v1444, %v1056 : i64
      %v1446 = llvm.getelementptr %in_z[%v1443] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1447 = llvm.load %v1446 : !llvm.ptr -> f32
      %v1448 = arith.addi %v1055, %v486 : i64
      %v1449 = arith.constant true
      %v1450 = arith.addi %v87, %v1448 : i64
      %v1451 = llvm.getelementptr %v36[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1452 = llvm.load %v1451 : !llvm.ptr<3> -> i64
      %v1453 = arith.addi %v92, %v1056 : i64
      %v1454 = arith.cmpi slt, %v1453, %v94 : i64
      %v1455 = arith.subi %size_L, %v2 : i64
      %v1456 = arith.minsi %v1453, %v1455 : i64
      %v1457 = arith.addi %v1452, %v1456 : i64
      %v1458 = arith.muli %v1450, %v106 : i64
      %v1459 = arith.addi %v1458, %v1056 : i64
      %v1460 = llvm.getelementptr %in_z[%v1457] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1461 = llvm.load %v1460 : !llvm.ptr -> f32
      %v1462 = arith.addi %v1055, %v500 : i64
      %v1463 = arith.constant true
      %v1464 = arith.addi %v87, %v1462 : i64
      %v1465 = llvm.getelementptr %v36[%v1464] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1466 = llvm.load %v1465 : !llvm.ptr<3> -> i64
      %v1467 = arith.addi %v92, %v1056 : i64
      %v1468 = arith.cmpi slt, %v1467, %v94 : i64
      %v1469 = arith.subi %size_L, %v2 : i64
      %v1470 = arith.minsi %v1467, %v1469 : i64
      %v1471 = arith.addi %v1466, %v1470 : i64
      %v1472 = arith.muli %v1464, %v106 : i64
      %v1473 = arith.addi %v1472, %v1056 : i64
      %v1474 = llvm.getelementptr %in_z[%v1471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1475 = llvm.load %v1474 : !llvm.ptr -> f32
      %v1476 = arith.addi %v1055, %v514 : i64
      %v1477 = arith.constant true
      %v1478 = arith.addi %v87, %v1476 : i64
      %v1479 = llvm.getelementptr %v36[%v1478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1480 = llvm.load %v1479 : !llvm.ptr<3> -> i64
      %v1481 = arith.addi %v92, %v1056 : i64
      %v1482 = arith.cmpi slt, %v1481, %v94 : i64
      %v1483 = arith.subi %size_L, %v2 : i64
      %v1484 = arith.minsi %v1481, %v1483 : i64
      %v1485 = arith.addi %v1480, %v1484 : i64
      %v1486 = arith.muli %v1478, %v106 : i64
      %v1487 = arith.addi %v1486, %v1056 : i64
      %v1488 = llvm.getelementptr %in_z[%v1485] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1489 = llvm.load %v1488 : !llvm.ptr -> f32
      %v1490 = arith.addi %v1055, %v528 : i64
      %v1491 = arith.constant true
      %v1492 = arith.addi %v87, %v1490 : i64
      %v1493 = llvm.getelementptr %v36[%v1492] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1494 = llvm.load %v1493 : !llvm.ptr<3> -> i64
      %v1495 = arith.addi %v92, %v1056 : i64
      %v1496 = arith.cmpi slt, %v1495, %v94 : i64
      %v1497 = arith.subi %size_L, %v2 : i64
      %v1498 = arith.minsi %v1495, %v1497 : i64
      %v1499 = arith.addi %v1494, %v1498 : i64
      %v1500 = arith.muli %v1492, %v106 : i64
      %v1501 = arith.addi %v1500, %v1056 : i64
      %v1502 = llvm.getelementptr %in_z[%v1499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1503 = llvm.load %v1502 : !llvm.ptr -> f32
      scf.if %v1057 {
        %v1504 = llvm.getelementptr %v37[%v1067] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1069, %v1504 : f32, !llvm.ptr<3>
      }
      scf.if %v1071 {
        %v1505 = llvm.getelementptr %v37[%v1081] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1083, %v1505 : f32, !llvm.ptr<3>
      }
      scf.if %v1085 {
        %v1506 = llvm.getelementptr %v37[%v1095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1097, %v1506 : f32, !llvm.ptr<3>
      }
      scf.if %v1099 {
        %v1507 = llvm.getelementptr %v37[%v1109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1111, %v1507 : f32, !llvm.ptr<3>
      }
      scf.if %v1113 {
        %v1508 = llvm.getelementptr %v37[%v1123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1125, %v1508 : f32, !llvm.ptr<3>
      }
      scf.if %v1127 {
        %v1509 = llvm.getelementptr %v37[%v1137] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1139, %v1509 : f32, !llvm.ptr<3>
      }
      scf.if %v1141 {
        %v1510 = llvm.getelementptr %v37[%v1151] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1153, %v1510 : f32, !llvm.ptr<3>
      }
      scf.if %v1155 {
        %v1511 = llvm.getelementptr %v37[%v1165] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1167, %v1511 : f32, !llvm.ptr<3>
      }
      scf.if %v1169 {
        %v1512 = llvm.getelementptr %v37[%v1179] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1181, %v1512 : f32, !llvm.ptr<3>
      }
      scf.if %v1183 {
        %v1513 = llvm.getelementptr %v37[%v1193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1195, %v1513 : f32, !llvm.ptr<3>
      }
      scf.if %v1197 {
        %v1514 = llvm.getelementptr %v37[%v1207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1209, %v1514 : f32, !llvm.ptr<3>
      }
      scf.if %v1211 {
        %v1515 = llvm.getelementptr %v37[%v1221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1223, %v1515 : f32, !llvm.ptr<3>
      }
      scf.if %v1225 {
        %v1516 = llvm.getelementptr %v37[%v1235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1237, %v1516 : f32, !llvm.ptr<3>
      }
      scf.if %v1239 {
        %v1517 = llvm.getelementptr %v37[%v1249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1251, %v1517 : f32, !llvm.ptr<3>
      }
      scf.if %v1253 {
        %v1518 = llvm.getelementptr %v37[%v1263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1265, %v1518 : f32, !llvm.ptr<3>
      }
      scf.if %v1267 {
        %v1519 = llvm.getelementptr %v37[%v1277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1279, %v1519 : f32, !llvm.ptr<3>
      }
      scf.if %v1281 {
        %v1520 = llvm.getelementptr %v37[%v1291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1293, %v1520 : f32, !llvm.ptr<3>
      }
      scf.if %v1295 {
        %v1521 = llvm.getelementptr %v37[%v1305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1307, %v1521 : f32, !llvm.ptr<3>
      }
      scf.if %v1309 {
        %v1522 = llvm.getelementptr %v37[%v1319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1321, %v1522 : f32, !llvm.ptr<3>
      }
      scf.if %v1323 {
        %v1523 = llvm.getelementptr %v37[%v1333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1335, %v1523 : f32, !llvm.ptr<3>
      }
      scf.if %v1337 {
        %v1524 = llvm.getelementptr %v37[%v1347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1349, %v1524 : f32, !llvm.ptr<3>
      }
      scf.if %v1351 {
        %v1525 = llvm.getelementptr %v37[%v1361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1363, %v1525 : f32, !llvm.ptr<3>
      }
      scf.if %v1365 {
        %v1526 = llvm.getelementptr %v37[%v1375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1377, %v1526 : f32, !llvm.ptr<3>
      }
      scf.if %v1379 {
        %v1527 = llvm.getelementptr %v37[%v1389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1391, %v1527 : f32, !llvm.ptr<3>
      }
      scf.if %v1393 {
        %v1528 = llvm.getelementptr %v37[%v1403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1405, %v1528 : f32, !llvm.ptr<3>
      }
      scf.if %v1407 {
        %v1529 = llvm.getelementptr %v37[%v1417] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1419, %v1529 : f32, !llvm.ptr<3>
      }
      scf.if %v1421 {
        %v1530 = llvm.getelementptr %v37[%v1431] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1433, %v1530 : f32, !llvm.ptr<3>
      }
      scf.if %v1435 {
        %v1531 = llvm.getelementptr %v37[%v1445] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1447, %v1531 : f32, !llvm.ptr<3>
      }
      scf.if %v1449 {
        %v1532 = llvm.getelementptr %v37[%v1459] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1461, %v1532 : f32, !llvm.ptr<3>
      }
      scf.if %v1463 {
        %v1533 = llvm.getelementptr %v37[%v1473] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1475, %v1533 : f32, !llvm.ptr<3>
      }
      scf.if %v1477 {
        %v1534 = llvm.getelementptr %v37[%v1487] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1489, %v1534 : f32, !llvm.ptr<3>
      }
      scf.if %v1491 {
        %v1535 = llvm.getelementptr %v37[%v1501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1503, %v1535 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1536 = arith.index_cast %v92 : i64 to index
      %v1537 = arith.index_cast %v94 : i64 to index
      %v1538 = arith.index_cast %v95 : i64 to index
      scf.for %v1539 = %v1536 to %v1537 step %v1538 {
        %v1540 = arith.index_cast %v1539 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v1541 = arith.subi %size_L, %v2 : i64
        %v1543 = arith.index_cast %v44 : i64 to index
        %v1544 = arith.index_cast %v1542 : i64 to index
        %v1545 = arith.index_cast %v46 : i64 to index
        scf.for %v1546 = %v1543 to %v1544 step %v1545 {
          %v1547 = arith.index_cast %v1546 : index to i64
          %v1548 = arith.remui %v1547, %v95 : i64
          %v1549 = arith.divui %v1547, %v95 : i64
          %v1550 = arith.addi %v1540, %v1548 : i64
          %v1551 = arith.minsi %v1550, %v1541 : i64
          %v1552 = arith.remui %v1549, %v1 : i64
          %v1553 = arith.divui %v1549, %v1 : i64
          %v1555 = arith.muli %v68, %v1554 : i64
          %v1556 = arith.muli %v1552, %size_L : i64
          %v1557 = arith.addi %v1555, %v1556 : i64
          %v1558 = arith.addi %v1557, %v1551 : i64
          %v1559 = llvm.getelementptr %in_Bm[%v1558] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1560 = llvm.load %v1559 : !llvm.ptr -> f32
          %v1562 = arith.muli %v1549, %v1561 : i64
          %v1563 = arith.addi %v1562, %v1548 : i64
          %v1564 = llvm.getelementptr %v71[%v1563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1560, %v1564 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1565 = arith.subi %v94, %v1540 : i64
        %v1566 = arith.minsi %v1565, %v95 : i64
        %v1567 = arith.addi %v1540, %v95 : i64
        %v1568 = arith.divui %v44, %v95 : i64
        %v1569 = arith.remui %v44, %v95 : i64
        %v1570 = arith.constant true
        %v1571 = llvm.getelementptr %v36[%v1568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1572 = llvm.load %v1571 : !llvm.ptr<3> -> i64
        %v1573 = arith.addi %v1567, %v1569 : i64
        %v1574 = arith.cmpi slt, %v1573, %v94 : i64
        %v1575 = arith.subi %size_L, %v2 : i64
        %v1576 = arith.minsi %v1573, %v1575 : i64
        %v1577 = arith.addi %v1572, %v1576 : i64
        %v1578 = arith.muli %v1568, %v106 : i64
        %v1579 = arith.addi %v1578, %v1569 : i64
        %v1580 = llvm.getelementptr %in_u[%v1577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1581 = llvm.load %v1580 : !llvm.ptr -> f32
        %v1582 = arith.addi %v1568, %v86 : i64
        %v1583 = arith.constant true
        %v1584 = llvm.getelementptr %v36[%v1582] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1585 = llvm.load %v1584 : !llvm.ptr<3> -> i64
        %v1586 = arith.addi %v1567, %v1569 : i64
        %v1587 = arith.cmpi slt, %v1586, %v94 : i64
        %v1588 = arith.subi %size_L, %v2 : i64
        %v1589 = arith.minsi %v1586, %v1588 : i64
        %v1590 = arith.addi %v1585, %v1589 : i64
        %v1591 = arith.muli %v1582, %v106 : i64
        %v1592 = arith.addi %v1591, %v1569 : i64
        %v1593 = llvm.getelementptr %in_u[%v1590] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1594 = llvm.load %v1593 : !llvm.ptr -> f32
        %v1595 = arith.addi %v1568, %v124 : i64
        %v1596 = arith.constant true
        %v1597 = llvm.getelementptr %v36[%v1595] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1598 = llvm.load %v1597 : !llvm.ptr<3> -> i64
        %v1599 = arith.addi %v1567, %v1569 : i64
        %v1600 = arith.cmpi slt, %v1599, %v94 : i64
        %v1601 = arith.subi %size_L, %v2 : i64
        %v1602 = arith.minsi %v1599, %v1601 : i64
        %v1603 = arith.addi %v1598, %v1602 : i64
        %v1604 = arith.muli %v1595, %v106 : i64
        %v1605 = arith.addi %v1604, %v1569 : i64
        %v1606 = llvm.getelementptr %in_u[%v1603] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1607 = llvm.load %v1606 : !llvm.ptr -> f32
        %v1608 = arith.addi %v1568, %v138 : i64
        %v1609 = arith.constant true
        %v1610 = llvm.getelementptr %v36[%v1608] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1611 = llvm.load %v1610 : !llvm.ptr<3> -> i64
        %v1612 = arith.addi %v1567, %v1569 : i64
        %v1613 = arith.cmpi slt, %v1612, %v94 : i64
        %v1614 = arith.subi %size_L, %v2 : i64
        %v1615 = arith.minsi %v1612, %v1614 : i64
        %v1616 = arith.addi %v1611, %v1615 : i64
        %v1617 = arith.muli %v1608, %v106 : i64
        %v1618 = arith.addi %v1617, %v1569 : i64
        %v1619 = llvm.getelementptr %in_u[%v1616] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1620 = llvm.load %v1619 : !llvm.ptr -> f32
        %v1621 = arith.addi %v1568, %v152 : i64
        %v1622 = arith.constant true
        %v1623 = llvm.getelementptr %v36[%v1621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1624 = llvm.load %v1623 : !llvm.ptr<3> -> i64
        %v1625 = arith.addi %v1567, %v1569 : i64
        %v1626 = arith.cmpi slt, %v1625, %v94 : i64
        %v1627 = arith.subi %size_L, %v2 : i64
        %v1628 = arith.minsi %v1625, %v1627 : i64
        %v1629 = arith.addi %v1624, %v1628 : i64
        %v1630 = arith.muli %v1621, %v106 : i64
        %v1631 = arith.addi %v1630, %v1569 : i64
        %v1632 = llvm.getelementptr %in_u[%v1629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1633 = llvm.load %v1632 : !llvm.ptr -> f32
        %v1634 = arith.addi %v1568, %v166 : i64
        %v1635 = arith.constant true
        %v1636 = llvm.getelementptr %v36[%v1634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1637 = llvm.load %v1636 : !llvm.ptr<3> -> i64
        %v1638 = arith.addi %v1567, %v1569 : i64
        %v1639 = arith.cmpi slt, %v1638, %v94 : i64
        %v1640 = arith.subi %size_L, %v2 : i64
        %v1641 = arith.minsi %v1638, %v1640 : i64
        %v1642 = arith.addi %v1637, %v1641 : i64
        %v1643 = arith.muli %v1634, %v106 : i64
        %v1644 = arith.addi %v1643, %v1569 : i64
        %v1645 = llvm.getelementptr %in_u[%v1642] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1646 = llvm.load %v1645 : !llvm.ptr -> f32
        %v1647 = arith.addi %v1568, %v180 : i64
        %v1648 = arith.constant true
        %v1649 = llvm.getelementptr %v36[%v1647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1650 = llvm.load %v1649 : !llvm.ptr<3> -> i64
        %v1651 = arith.addi %v1567, %v1569 : i64
        %v1652 = arith.cmpi slt, %v1651, %v94 : i64
        %v1653 = arith.subi %size_L, %v2 : i64
        %v1654 = arith.minsi %v1651, %v1653 : i64
        %v1655 = arith.addi %v1650, %v1654 : i64
        %v1656 = arith.muli %v1647, %v106 : i64
        %v1657 = arith.addi %v1656, %v1569 : i64
        %v1658 = llvm.getelementptr %in_u[%v1655] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1659 = llvm.load %v1658 : !llvm.ptr -> f32
        %v1660 = arith.addi %v1568, %v194 : i64
        %v1661 = arith.constant true
        %v1662 = llvm.getelementptr %v36[%v1660] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1663 = llvm.load %v1662 : !llvm.ptr<3> -> i64
        %v1664 = arith.addi %v1567, %v1569 : i64
        %v1665 = arith.cmpi slt, %v1664, %v94 : i64
        %v1666 = arith.subi %size_L, %v2 : i64
        %v1667 = arith.minsi %v1664, %v1666 : i64
        %v1668 = arith.addi %v1663, %v1667 : i64
        %v1669 = arith.muli %v1660, %v106 : i64
        %v1670 = arith.addi %v1669, %v1569 : i64
        %v1671 = llvm.getelementptr %in_u[%v1668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1672 = llvm.load %v1671 : !llvm.ptr -> f32
        %v1673 = arith.addi %v1568, %v1 : i64
        %v1674 = arith.constant true
        %v1675 = llvm.getelementptr %v36[%v1673] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1676 = llvm.load %v1675 : !llvm.ptr<3> -> i64
        %v1677 = arith.addi %v1567, %v1569 : i64
        %v1678 = arith.cmpi slt, %v1677, %v94 : i64
        %v1679 = arith.subi %size_L, %v2 : i64
        %v1680 = arith.minsi %v1677, %v1679 : i64
        %v1681 = arith.addi %v1676, %v1680 : i64
        %v1682 = arith.muli %v1673, %v106 : i64
        %v1683 = arith.addi %v1682, %v1569 : i64
        %v1684 = llvm.getelementptr %in_u[%v1681] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1685 = llvm.load %v1684 : !llvm.ptr -> f32
        %v1686 = arith.addi %v1568, %v221 : i64
        %v1687 = arith.constant true
        %v1688 = llvm.getelementptr %v36[%v1686] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1689 = llvm.load %v1688 : !llvm.ptr<3> -> i64
        %v1690 = arith.addi %v1567, %v1569 : i64
        %v1691 = arith.cmpi slt, %v1690, %v94 : i64
        %v1692 = arith.subi %size_L, %v2 : i64
        %v1693 = arith.minsi %v1690, %v1692 : i64
        %v1694 = arith.addi %v1689, %v1693 : i64
        %v1695 = arith.muli %v1686, %v106 : i64
        %v1696 = arith.addi %v1695, %v1569 : i64
        %v1697 = llvm.getelementptr %in_u[%v1694] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1698 = llvm.load %v1697 : !llvm.ptr -> f32
        %v1699 = arith.addi %v1568, %v235 : i64
        %v1700 = arith.constant true
        %v1701 = llvm.getelementptr %v36[%v1699] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1702 = llvm.load %v1701 : !llvm.ptr<3> -> i64
        %v1703 = arith.addi %v1567, %v1569 : i64
        %v1704 = arith.cmpi slt, %v1703, %v94 : i64
        %v1705 = arith.subi %size_L, %v2 : i64
        %v1706 = arith.minsi %v1703, %v1705 : i64
        %v1707 = arith.addi %v1702, %v1706 : i64
        %v1708 = arith.muli %v1699, %v106 : i64
        %v1709 = arith.addi %v1708, %v1569 : i64
        %v1710 = llvm.getelementptr %in_u[%v1707] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1711 = llvm.load %v1710 : !llvm.ptr -> f32
        %v1712 = arith.addi %v1568, %v249 : i64
        %v1713 = arith.constant true
        %v1714 = llvm.getelementptr %v36[%v1712] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1715 = llvm.load %v1714 : !llvm.ptr<3> -> i64
        %v1716 = arith.addi %v1567, %v1569 : i64
        %v1717 = arith.cmpi slt, %v1716, %v94 : i64
        %v1718 = arith.subi %size_L, %v2 : i64
        %v1719 = arith.minsi %v1716, %v1718 : i64
        %v1720 = arith.addi %v1715, %v1719 : i64
        %v1721 = arith.muli %v1712, %v106 : i64
        %v1722 = arith.addi %v1721, %v1569 : i64
        %v1723 = llvm.getelementptr %in_u[%v1720] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1724 = llvm.load %v1723 : !llvm.ptr -> f32
        %v1725 = arith.addi %v1568, %v263 : i64
        %v1726 = arith.constant true
        %v1727 = llvm.getelementptr %v36[%v1725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1728 = llvm.load %v1727 : !llvm.ptr<3> -> i64
        %v1729 = arith.addi %v1567, %v1569 : i64
        %v1730 = arith.cmpi slt, %v1729, %v94 : i64
        %v1731 = arith.subi %size_L, %v2 : i64
        %v1732 = arith.minsi %v1729, %v1731 : i64
        %v1733 = arith.addi %v1728, %v1732 : i64
        %v1734 = arith.muli %v1725, %v106 : i64
        %v1735 = arith.addi %v1734, %v1569 : i64
        %v1736 = llvm.getelementptr %in_u[%v1733] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1737 = llvm.load %v1736 : !llvm.ptr -> f32
        %v1738 = arith.addi %v1568, %v277 : i64
        %v1739 = arith.constant true
        %v1740 = llvm.getelementptr %v36[%v1738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1741 = llvm.load %v1740 : !llvm.ptr<3> -> i64
        %v1742 = arith.addi %v1567, %v1569 : i64
        %v1743 = arith.cmpi slt, %v1742, %v94 : i64
        %v1744 = arith.subi %size_L, %v2 : i64
        %v1745 = arith.minsi %v1742, %v1744 : i64
        %v1746 = arith.addi %v1741, %v1745 : i64
        %v1747 = arith.muli %v1738, %v106 : i64
        %v1748 = arith.addi %v1747, %v1569 : i64
        %v1749 = llvm.getelementptr %in_u[%v1746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1750 = llvm.load %v1749 : !llvm.ptr -> f32
        %v1751 = arith.addi %v1568, %v291 : i64
        %v1752 = arith.constant true
        %v1753 = llvm.getelementptr %v36[%v1751] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1754 = llvm.load %v1753 : !llvm.ptr<3> -> i64
        %v1755 = arith.addi %v1567, %v1569 : i64
        %v1756 = arith.cmpi slt, %v1755, %v94 : i64
        %v1757 = arith.subi %size_L, %v2 : i64
        %v1758 = arith.minsi %v1755, %v1757 : i64
        %v1759 = arith.addi %v1754, %v1758 : i64
        %v1760 = arith.muli %v1751, %v106 : i64
        %v1761 = arith.addi %v1760, %v1569 : i64
        %v1762 = llvm.getelementptr %in_u[%v1759] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1763 = llvm.load %v1762 : !llvm.ptr -> f32
        %v1764 = arith.addi %v1568, %v305 : i64
        %v1765 = arith.constant true
        %v1766 = llvm.getelementptr %v36[%v1764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1767 = llvm.load %v1766 : !llvm.ptr<3> -> i64
        %v1768 = arith.addi %v1567, %v1569 : i64
        %v1769 = arith.cmpi slt, %v1768, %v94 : i64
        %v1770 = arith.subi %size_L, %v2 : i64
        %v1771 = arith.minsi %v1768, %v1770 : i64
        %v1772 = arith.addi %v1767, %v1771 : i64
        %v1773 = arith.muli %v1764, %v106 : i64
        %v1774 = arith.addi %v1773, %v1569 : i64
        %v1775 = llvm.getelementptr %in_u[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
        %v1777 = arith.addi %v1568, %v95 : i64
        %v1778 = arith.constant true
        %v1779 = llvm.getelementptr %v36[%v1777] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1780 = llvm.load %v1779 : !llvm.ptr<3> -> i64
        %v1781 = arith.addi %v1567, %v1569 : i64
        %v1782 = arith.cmpi slt, %v1781, %v94 : i64
        %v1783 = arith.subi %size_L, %v2 : i64
        %v1784 = arith.minsi %v1781, %v1783 : i64
        %v1785 = arith.addi %v1780, %v1784 : i64
        %v1786 = arith.muli %v1777, %v106 : i64
        %v1787 = arith.addi %v1786, %v1569 : i64
        %v1788 = llvm.getelementptr %in_u[%v1785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1789 = llvm.load %v1788 : !llvm.ptr -> f32
        %v1790 = arith.addi %v1568, %v332 : i64
        %v1791 = arith.constant true
        %v1792 = llvm.getelementptr %v36[%v1790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1793 = llvm.load %v1792 : !llvm.ptr<3> -> i64
        %v1794 = arith.addi %v1567, %v1569 : i64
        %v1795 = arith.cmpi slt, %v1794, %v94 : i64
        %v1796 = arith.subi %size_L, %v2 : i64
        %v1797 = arith.minsi %v1794, %v1796 : i64
        %v1798 = arith.addi %v1793, %v1797 : i64
        %v1799 = arith.muli %v1790, %v106 : i64
        %v1800 = arith.addi %v1799, %v1569 : i64
        %v1801 = llvm.getelementptr %in_u[%v1798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1802 = llvm.load %v1801 : !llvm.ptr -> f32
        %v1803 = arith.addi %v1568, %v346 : i64
        %v1804 = arith.constant true
        %v1805 = llvm.getelementptr %v36[%v1803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1806 = llvm.load %v1805 : !llvm.ptr<3> -> i64
        %v1807 = arith.addi %v1567, %v1569 : i64
        %v1808 = arith.cmpi slt, %v1807, %v94 : i64
        %v1809 = arith.subi %size_L, %v2 : i64
        %v1810 = arith.minsi %v1807, %v1809 : i64
        %v1811 = arith.addi %v1806, %v1810 : i64
        %v1812 = arith.muli %v1803, %v106 : i64
        %v1813 = arith.addi %v1812, %v1569 : i64
        %v1814 = llvm.getelementptr %in_u[%v1811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1815 = llvm.load %v1814 : !llvm.ptr -> f32
        %v1816 = arith.addi %v1568, %v360 : i64
        %v1817 = arith.constant true
        %v1818 = llvm.getelementptr %v36[%v1816] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1819 = llvm.load %v1818 : !llvm.ptr<3> -> i64
        %v1820 = arith.addi %v1567, %v1569 : i64
        %v1821 = arith.cmpi slt, %v1820, %v94 : i64
        %v1822 = arith.subi %size_L, %v2 : i64
        %v1823 = arith.minsi %v1820, %v1822 : i64
        %v1824 = arith.addi %v1819, %v1823 : i64
        %v1825 = arith.muli %v1816, %v106 : i64
        %v1826 = arith.addi %v1825, %v1569 : i64
        %v1827 = llvm.getelementptr %in_u[%v1824] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1828 = llvm.load %v1827 : !llvm.ptr -> f32
        %v1829 = arith.addi %v1568, %v374 : i64
        %v1830 = arith.constant true
        %v1831 = llvm.getelementptr %v36[%v1829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1832 = llvm.load %v1831 : !llvm.ptr<3> -> i64
        %v1833 = arith.addi %v1567, %v1569 : i64
        %v1834 = arith.cmpi slt, %v1833, %v94 : i64
        %v1835 = arith.subi %size_L, %v2 : i64
        %v1836 = arith.minsi %v1833, %v1835 : i64
        %v1837 = arith.addi %v1832, %v1836 : i64
        %v1838 = arith.muli %v1829, %v106 : i64
        %v1839 = arith.addi %v1838, %v1569 : i64
        %v1840 = llvm.getelementptr %in_u[%v1837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1841 = llvm.load %v1840 : !llvm.ptr -> f32
        %v1842 = arith.addi %v1568, %v388 : i64
        %v1843 = arith.constant true
        %v1844 = llvm.getelementptr %v36[%v1842] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1845 = llvm.load %v1844 : !llvm.ptr<3> -> i64
        %v1846 = arith.addi %v1567, %v1569 : i64
        %v1847 = arith.cmpi slt, %v1846, %v94 : i64
        %v1848 = arith.subi %size_L, %v2 : i64
        %v1849 = arith.minsi %v1846, %v1848 : i64
        %v1850 = arith.addi %v1845, %v1849 : i64
        %v1851 = arith.muli %v1842, %v106 : i64
        %v1852 = arith.addi %v1851, %v1569 : i64
        %v1853 = llvm.getelementptr %in_u[%v1850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1854 = llvm.load %v1853 : !llvm.ptr -> f32
        %v1855 = arith.addi %v1568, %v402 : i64
        %v1856 = arith.constant true
        %v1857 = llvm.getelementptr %v36[%v1855] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1858 = llvm.load %v1857 : !llvm.ptr<3> -> i64
        %v1859 = arith.addi %v1567, %v1569 : i64
        %v1860 = arith.cmpi slt, %v1859, %v94 : i64
        %v1861 = arith.subi %size_L, %v2 : i64
        %v1862 = arith.minsi %v1859, %v1861 : i64
        %v1863 = arith.addi %v1858, %v1862 : i64
        %v1864 = arith.muli %v1855, %v106 : i64
        %v1865 = arith.addi %v1864, %v1569 : i64
        %v1866 = llvm.getelementptr %in_u[%v1863] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1867 = llvm.load %v1866 : !llvm.ptr -> f32
        %v1868 = arith.addi %v1568, %v416 : i64
        %v1869 = arith.constant true
        %v1870 = llvm.getelementptr %v36[%v1868] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1871 = llvm.load %v1870 : !llvm.ptr<3> -> i64
        %v1872 = arith.addi %v1567, %v1569 : i64
        %v1873 = arith.cmpi slt, %v1872, %v94 : i64
        %v1874 = arith.subi %size_L, %v2 : i64
        %v1875 = arith.minsi %v1872, %v1874 : i64
        %v1876 = arith.addi %v1871, %v1875 : i64
        %v1877 = arith.muli %v1868, %v106 : i64
        %v1878 = arith.addi %v1877, %v1569 : i64
        %v1879 = llvm.getelementptr %in_u[%v1876] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1880 = llvm.load %v1879 : !llvm.ptr -> f32
        %v1881 = arith.addi %v1568, %v430 : i64
        %v1882 = arith.constant true
        %v1883 = llvm.getelementptr %v36[%v1881] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1884 = llvm.load %v1883 : !llvm.ptr<3> -> i64
        %v1885 = arith.addi %v1567, %v1569 : i64
        %v1886 = arith.cmpi slt, %v1885, %v94 : i64
        %v1887 = arith.subi %size_L, %v2 : i64
        %v1888 = arith.minsi %v1885, %v1887 : i64
        %v1889 = arith.addi %v1884, %v1888 : i64
        %v1890 = arith.muli %v1881, %v106 : i64
        %v1891 = arith.addi %v1890, %v1569 : i64
        %v1892 = llvm.getelementptr %in_u[%v1889] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1893 = llvm.load %v1892 : !llvm.ptr -> f32
        %v1894 = arith.addi %v1568, %v444 : i64
        %v1895 = arith.constant true
        %v1896 = llvm.getelementptr %v36[%v1894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1897 = llvm.load %v1896 : !llvm.ptr<3> -> i64
        %v1898 = arith.addi %v1567, %v1569 : i64
        %v1899 = arith.cmpi slt, %v1898, %v94 : i64
        %v1900 = arith.subi %size_L, %v2 : i64
        %v1901 = arith.minsi %v1898, %v1900 : i64
        %v1902 = arith.addi %v1897, %v1901 : i64
        %v1903 = arith.muli %v1894, %v106 : i64
        %v1904 = arith.addi %v1903, %v1569 : i64
        %v1905 = llvm.getelementptr %in_u[%v1902] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1906 = llvm.load %v1905 : !llvm.ptr -> f32
        %v1907 = arith.addi %v1568, %v458 : i64
        %v1908 = arith.constant true
        %v1909 = llvm.getelementptr %v36[%v1907] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1910 = llvm.load %v1909 : !llvm.ptr<3> -> i64
        %v1911 = arith.addi %v1567, %v1569 : i64
        %v1912 = arith.cmpi slt, %v1911, %v94 : i64
        %v1913 = arith.subi %size_L, %v2 : i64
        %v1914 = arith.minsi %v1911, %v1913 : i64
        %v1915 = arith.addi %v1910, %v1914 : i64
        %v1916 = arith.muli %v1907, %v106 : i64
        %v1917 = arith.addi %v1916, %v1569 : i64
        %v1918 = llvm.getelementptr %in_u[%v1915] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1919 = llvm.load %v1918 : !llvm.ptr -> f32
        %v1920 = arith.addi %v1568, %v472 : i64
        %v1921 = arith.constant true
        %v1922 = llvm.getelementptr %v36[%v1920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1923 = llvm.load %v1922 : !llvm.ptr<3> -> i64
        %v1924 = arith.addi %v1567, %v1569 : i64
        %v1925 = arith.cmpi slt, %v1924, %v94 : i64
        %v1926 = arith.subi %size_L, %v2 : i64
        %v1927 = arith.minsi %v1924, %v1926 : i64
        %v1928 = arith.addi %v1923, %v1927 : i64
        %v1929 = arith.muli %v1920, %v106 : i64
        %v1930 = arith.addi %v1929, %v1569 : i64
        %v1931 = llvm.getelementptr %in_u[%v1928] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1932 = llvm.load %v1931 : !llvm.ptr -> f32
        %v1933 = arith.addi %v1568, %v486 : i64
        %v1934 = arith.constant true
        %v1935 = llvm.getelementptr %v36[%v1933] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1936 = llvm.load %v1935 : !llvm.ptr<3> -> i64
        %v1937 = arith.addi %v1567, %v1569 : i64
        %v1938 = arith.cmpi slt, %v1937, %v94 : i64
        %v1939 = arith.subi %size_L, %v2 : i64
        %v1940 = arith.minsi %v1937, %v1939 : i64
        %v1941 = arith.addi %v1936, %v1940 : i64
        %v1942 = arith.muli %v1933, %v106 : i64
        %v1943 = arith.addi %v1942, %v1569 : i64
        %v1944 = llvm.getelementptr %in_u[%v1941] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1945 = llvm.load %v1944 : !llvm.ptr -> f32
        %v1946 = arith.addi %v1568, %v500 : i64
        %v1947 = arith.constant true
        %v1948 = llvm.getelementptr %v36[%v1946] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1949 = llvm.load %v1948 : !llvm.ptr<3> -> i64
        %v1950 = arith.addi %v1567, %v1569 : i64
        %v1951 = arith.cmpi slt, %v1950, %v94 : i64
        %v1952 = arith.subi %size_L, %v2 : i64
        %v1953 = arith.minsi %v1950, %v1952 : i64
        %v1954 = arith.addi %v1949, %v1953 : i64
        %v1955 = arith.muli %v1946, %v106 : i64
        %v1956 = arith.addi %v1955, %v1569 : i64
        %v1957 = llvm.getelementptr %in_u[%v1954] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1958 = llvm.load %v1957 : !llvm.ptr -> f32
        %v1959 = arith.addi %v1568, %v514 : i64
        %v1960 = arith.constant true
        %v1961 = llvm.getelementptr %v36[%v1959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1962 = llvm.load %v1961 : !llvm.ptr<3> -> i64
        %v1963 = arith.addi %v1567, %v1569 : i64
        %v1964 = arith.cmpi slt, %v1963, %v94 : i64
        %v1965 = arith.subi %size_L, %v2 : i64
        %v1966 = arith.minsi %v1963, %v1965 : i64
        %v1967 = arith.addi %v1962, %v1966 : i64
        %v1968 = arith.muli %v1959, %v106 : i64
        %v1969 = arith.addi %v1968, %v1569 : i64
        %v1970 = llvm.getelementptr %in_u[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
        %v1972 = arith.addi %v1568, %v528 : i64
        %v1973 = arith.constant true
        %v1974 = llvm.getelementptr %v36[%v1972] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1975 = llvm.load %v1974 : !llvm.ptr<3> -> i64
        %v1976 = arith.addi %v1567, %v1569 : i64
        %v1977 = arith.cmpi slt, %v1976, %v94 : i64
        %v1978 = arith.subi %size_L, %v2 : i64
        %v1979 = arith.minsi %v1976, %v1978 : i64
        %v1980 = arith.addi %v1975, %v1979 : i64
        %v1981 = arith.muli %v1972, %v106 : i64
        %v1982 = arith.addi %v1981, %v1569 : i64
        %v1983 = llvm.getelementptr %in_u[%v1980] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1984 = llvm.load %v1983 : !llvm.ptr -> f32
        %v1985 = arith.divui %v44, %v95 : i64
        %v1986 = arith.remui %v44, %v95 : i64
        %v1987 = arith.constant true
        %v1988 = arith.addi %v46, %v1985 : i64
        %v1989 = llvm.getelementptr %v36[%v1988] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1990 = llvm.load %v1989 : !llvm.ptr<3> -> i64
        %v1991 = arith.addi %v1567, %v1986 : i64
        %v1992 = arith.cmpi slt, %v1991, %v94 : i64
        %v1993 = arith.subi %size_L, %v2 : i64
        %v1994 = arith.minsi %v1991, %v1993 : i64
        %v1995 = arith.addi %v1990, %v1994 : i64
        %v1996 = arith.muli %v1988, %v106 : i64
        %v1997 = arith.addi %v1996, %v1986 : i64
        %v1998 = llvm.getelementptr %in_delta[%v1995] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1999 = llvm.load %v1998 : !llvm.ptr -> f32
        %v2000 = arith.addi %v1985, %v86 : i64
        %v2001 = arith.constant true
        %v2002 = arith.addi %v46, %v2000 : i64
        %v2003 = llvm.getelementptr %v36[%v2002] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2004 = llvm.load %v2003 : !llvm.ptr<3> -> i64
        %v2005 = arith.addi %v1567, %v1986 : i64
        %v2006 = arith.cmpi slt, %v2005, %v94 : i64
        %v2007 = arith.subi %size_L, %v2 : i64
        %v2008 = arith.minsi %v2005, %v2007 : i64
        %v2009 = arith.addi %v2004, %v2008 : i64
        %v2010 = arith.muli %v2002, %v106 : i64
        %v2011 = arith.addi %v2010, %v1986 : i64
        %v2012 = llvm.getelementptr %in_delta[%v2009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2013 = llvm.load %v2012 : !llvm.ptr -> f32
        %v2014 = arith.addi %v1985, %v124 : i64
        %v2015 = arith.constant true
        %v2016 = arith.addi %v46, %v2014 : i64
        %v2017 = llvm.getelementptr %v36[%v2016] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2018 = llvm.load %v2017 : !llvm.ptr<3> -> i64
        %v2019 = arith.addi %v1567, %v1986 : i64
        %v2020 = arith.cmpi slt, %v2019, %v94 : i64
        %v2021 = arith.subi %size_L, %v2 : i64
        %v2022 = arith.minsi %v2019, %v2021 : i64
        %v2023 = arith.addi %v2018, %v2022 : i64
        %v2024 = arith.muli %v2016, %v106 : i64
        %v2025 = arith.addi %v2024, %v1986 : i64
        %v2026 = llvm.getelementptr %in_delta[%v2023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2027 = llvm.load %v2026 : !llvm.ptr -> f32
        %v2028 = arith.addi %v1985, %v138 : i64
        %v2029 = arith.constant true
        %v2030 = arith.addi %v46, %v2028 : i64
        %v2031 = llvm.getelementptr %v36[%v2030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2032 = llvm.load %v2031 : !llvm.ptr<3> -> i64
        %v2033 = arith.addi %v1567, %v1986 : i64
        %v2034 = arith.cmpi slt, %v2033, %v94 : i64
        %v2035 = arith.subi %size_L, %v2 : i64
        %v2036 = arith.minsi %v2033, %v2035 : i64
        %v2037 = arith.addi %v2032, %v2036 : i64
        %v2038 = arith.muli %v2030, %v106 : i64
        %v2039 = arith.addi %v2038, %v1986 : i64
        %v2040 = llvm.getelementptr %in_delta[%v2037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2041 = llvm.load %v2040 : !llvm.ptr -> f32
        %v2042 = arith.addi %v1985, %v152 : i64
        %v2043 = arith.constant true
        %v2044 = arith.addi %v46, %v2042 : i64
        %v2045 = llvm.getelementptr %v36[%v2044] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2046 = llvm.load %v2045 : !llvm.ptr<3> -> i64
        %v2047 = arith.addi %v1567, %v1986 : i64
        %v2048 = arith.cmpi slt, %v2047, %v94 : i64
        %v2049 = arith.subi %size_L, %v2 : i64
        %v2050 = arith.minsi %v2047, %v2049 : i64
        %v2051 = arith.addi %v2046, %v2050 : i64
        %v2052 = arith.muli %v2044, %v106 : i64
        %v2053 = arith.addi %v2052, %v1986 : i64
        %v2054 = llvm.getelementptr %in_delta[%v2051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2055 = llvm.load %v2054 : !llvm.ptr -> f32
        %v2056 = arith.addi %v1985, %v166 : i64
        %v2057 = arith.constant true
        %v2058 = arith.addi %v46, %v2056 : i64
        %v2059 = llvm.getelementptr %v36[%v2058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2060 = llvm.load %v2059 : !llvm.ptr<3> -> i64
        %v2061 = arith.addi %v1567, %v1986 : i64
        %v2062 = arith.cmpi slt, %v2061, %v94 : i64
        %v2063 = arith.subi %size_L, %v2 : i64
        %v2064 = arith.minsi %v2061, %v2063 : i64
        %v2065 = arith.addi %v2060, %v2064 : i64
        %v2066 = arith.muli %v2058, %v106 : i64
        %v2067 = arith.addi %v2066, %v1986 : i64
        %v2068 = llvm.getelementptr %in_delta[%v2065] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2069 = llvm.load %v2068 : !llvm.ptr -> f32
        %v2070 = arith.addi %v1985, %v180 : i64
        %v2071 = arith.constant true
        %v2072 = arith.addi %v46, %v2070 : i64
        %v2073 = llvm.getelementptr %v36[%v2072] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2074 = llvm.load %v2073 : !llvm.ptr<3> -> i64
        %v2075 = arith.addi %v1567, %v1986 : i64
        %v2076 = arith.cmpi slt, %v2075, %v94 : i64
        %v2077 = arith.subi %size_L, %v2 : i64
        %v2078 = arith.minsi %v2075, %v2077 : i64
        %v2079 = arith.addi %v2074, %v2078 : i64
        %v2080 = arith.muli %v2072, %v106 : i64
        %v2081 = arith.addi %v2080, %v1986 : i64
        %v2082 = llvm.getelementptr %in_delta[%v2079] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2083 = llvm.load %v2082 : !llvm.ptr -> f32
        %v2084 = arith.addi %v1985, %v194 : i64
        %v2085 = arith.constant true
        %v2086 = arith.addi %v46, %v2084 : i64
        %v2087 = llvm.getelementptr %v36[%v2086] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2088 = llvm.load %v2087 : !llvm.ptr<3> -> i64
        %v2089 = arith.addi %v1567, %v1986 : i64
        %v2090 = arith.cmpi slt, %v2089, %v94 : i64
        %v2091 = arith.subi %size_L, %v2 : i64
        %v2092 = arith.minsi %v2089, %v2091 : i64
        %v2093 = arith.addi %v2088, %v2092 : i64
        %v2094 = arith.muli %v2086, %v106 : i64
        %v2095 = arith.addi %v2094, %v1986 : i64
        %v2096 = llvm.getelementptr %in_delta[%v2093] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2097 = llvm.load %v2096 : !llvm.ptr -> f32
        %v2098 = arith.addi %v1985, %v1 : i64
        %v2099 = arith.constant true
        %v2100 = arith.addi %v46, %v2098 : i64
        %v2101 = llvm.getelementptr %v36[%v2100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2102 = llvm.load %v2101 : !llvm.ptr<3> -> i64
        %v2103 = arith.addi %v1567, %v1986 : i64
        %v2104 = arith.cmpi slt, %v2103, %v94 : i64
        %v2105 = arith.subi %size_L, %v2 : i64
        %v2106 = arith.minsi %v2103, %v2105 : i64
        %v2107 = arith.addi %v2102, %v2106 : i64
        %v2108 = arith.muli %v2100, %v106 : i64
        %v2109 = arith.addi %v2108, %v1986 : i64
        %v2110 = llvm.getelementptr %in_delta[%v2107] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2111 = llvm.load %v2110 : !llvm.ptr -> f32
        %v2112 = arith.addi %v1985, %v221 : i64
        %v2113 = arith.constant true
        %v2114 = arith.addi %v46, %v2112 : i64
        %v2115 = llvm.getelementptr %v36[%v2114] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2116 = llvm.load %v2115 : !llvm.ptr<3> -> i64
        %v2117 = arith.addi %v1567, %v1986 : i64
        %v2118 = arith.cmpi slt, %v2117, %v94 : i64
        %v2119 = arith.subi %size_L, %v2 : i64
        %v2120 = arith.minsi %v2117, %v2119 : i64
        %v2121 = arith.addi %v2116, %v2120 : i64
        %v2122 = arith.muli %v2114, %v106 : i64
        %v2123 = arith.addi %v2122, %v1986 : i64
        %v2124 = llvm.getelementptr %in_delta[%v2121] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2125 = llvm.load %v2124 : !llvm.ptr -> f32
        %v2126 = arith.addi %v1985, %v235 : i64
        %v2127 = arith.constant true
        %v2128 = arith.addi %v46, %v2126 : i64
        %v2129 = llvm.getelementptr %v36[%v2128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2130 = llvm.load %v2129 : !llvm.ptr<3> -> i64
        %v2131 = arith.addi %v1567, %v1986 : i64
        %v2132 = arith.cmpi slt, %v2131, %v94 : i64
        %v2133 = arith.subi %size_L, %v2 : i64
        %v2134 = arith.minsi %v2131, %v2133 : i64
        %v2135 = arith.addi %v2130, %v2134 : i64
        %v2136 = arith.muli %v2128, %v106 : i64
        %v2137 = arith.addi %v2136, %v1986 : i64
        %v2138 = llvm.getelementptr %in_delta[%v2135] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2139 = llvm.load %v2138 : !llvm.ptr -> f32
        %v2140 = arith.addi %v1985, %v249 : i64
        %v2141 = arith.constant true
        %v2142 = arith.addi %v46, %v2140 : i64
        %v2143 = llvm.getelementptr %v36[%v2142] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2144 = llvm.load %v2143 : !llvm.ptr<3> -> i64
        %v2145 = arith.addi %v1567, %v1986 : i64
        %v2146 = arith.cmpi slt, %v2145, %v94 : i64
        %v2147 = arith.subi %size_L, %v2 : i64
        %v2148 = arith.minsi %v2145, %v2147 : i64
        %v2149 = arith.addi %v2144, %v2148 : i64
        %v2150 = arith.muli %v2142, %v106 : i64
        %v2151 = arith.addi %v2150, %v1986 : i64
        %v2152 = llvm.getelementptr %in_delta[%v2149] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2153 = llvm.load %v2152 : !llvm.ptr -> f32
        %v2154 = arith.addi %v1985, %v263 : i64
        %v2155 = arith.constant true
        %v2156 = arith.addi %v46, %v2154 : i64
        %v2157 = llvm.getelementptr %v36[%v2156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2158 = llvm.load %v2157 : !llvm.ptr<3> -> i64
        %v2159 = arith.addi %v1567, %v1986 : i64
        %v2160 = arith.cmpi slt, %v2159, %v94 : i64
        %v2161 = arith.subi %size_L, %v2 : i64
        %v2162 = arith.minsi %v2159, %v2161 : i64
        %v2163 = arith.addi %v2158, %v2162 : i64
        %v2164 = arith.muli %v2156, %v106 : i64
        %v2165 = arith.addi %v2164, %v1986 : i64
        %v2166 = llvm.getelementptr %in_delta[%v2163] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2167 = llvm.load %v2166 : !llvm.ptr -> f32
        %v2168 = arith.addi %v1985, %v277 : i64
        %v2169 = arith.constant true
        %v2170 = arith.addi %v46, %v2168 : i64
        %v2171 = llvm.getelementptr %v36[%v2170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2172 = llvm.load %v2171 : !llvm.ptr<3> -> i64
        %v2173 = arith.addi %v1567, %v1986 : i64
        %v2174 = arith.cmpi slt, %v2173, %v94 : i64
        %v2175 = arith.subi %size_L, %v2 : i64
        %v2176 = arith.minsi %v2173, %v2175 : i64
        %v2177 = arith.addi %v2172, %v2176 : i64
        %v2178 = arith.muli %v2170, %v106 : i64
        %v2179 = arith.addi %v2178, %v1986 : i64
        %v2180 = llvm.getelementptr %in_delta[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2181 = llvm.load %v2180 : !llvm.ptr -> f32
        %v2182 = arith.addi %v1985, %v291 : i64
        %v2183 = arith.constant true
        %v2184 = arith.addi %v46, %v2182 : i64
        %v2185 = llvm.getelementptr %v36[%v2184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2186 = llvm.load %v2185 : !llvm.ptr<3> -> i64
        %v2187 = arith.addi %v1567, %v1986 : i64
        %v2188 = arith.cmpi slt, %v2187, %v94 : i64
        %v2189 = arith.subi %size_L, %v2 : i64
        %v2190 = arith.minsi %v2187, %v2189 : i64
        %v2191 = arith.addi %v2186, %v2190 : i64
        %v2192 = arith.muli %v2184, %v106 : i64
        %v2193 = arith.addi %v2192, %v1986 : i64
        %v2194 = llvm.getelementptr %in_delta[%v2191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2195 = llvm.load %v2194 : !llvm.ptr -> f32
        %v2196 = arith.addi %v1985, %v305 : i64
        %v2197 = arith.constant true
        %v2198 = arith.addi %v46, %v2196 : i64
        %v2199 = llvm.getelementptr %v36[%v2198] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2200 = llvm.load %v2199 : !llvm.ptr<3> -> i64
        %v2201 = arith.addi %v1567, %v1986 : i64
        %v2202 = arith.cmpi slt, %v2201, %v94 : i64
        %v2203 = arith.subi %size_L, %v2 : i64
        %v2204 = arith.minsi %v2201, %v2203 : i64
        %v2205 = arith.addi %v2200, %v2204 : i64
        %v2206 = arith.muli %v2198, %v106 : i64
        %v2207 = arith.addi %v2206, %v1986 : i64
        %v2208 = llvm.getelementptr %in_delta[%v2205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2209 = llvm.load %v2208 : !llvm.ptr -> f32
        %v2210 = arith.addi %v1985, %v95 : i64
        %v2211 = arith.constant true
        %v2212 = arith.addi %v46, %v2210 : i64
        %v2213 = llvm.getelementptr %v36[%v2212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2214 = llvm.load %v2213 : !llvm.ptr<3> -> i64
        %v2215 = arith.addi %v1567, %v1986 : i64
        %v2216 = arith.cmpi slt, %v2215, %v94 : i64
        %v2217 = arith.subi %size_L, %v2 : i64
        %v2218 = arith.minsi %v2215, %v2217 : i64
        %v2219 = arith.addi %v2214, %v2218 : i64
        %v2220 = arith.muli %v2212, %v106 : i64
        %v2221 = arith.addi %v2220, %v1986 : i64
        %v2222 = llvm.getelementptr %in_delta[%v2219] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2223 = llvm.load %v2222 : !llvm.ptr -> f32
        %v2224 = arith.addi %v1985, %v332 : i64
        %v2225 = arith.constant true
        %v2226 = arith.addi %v46, %v2224 : i64
        %v2227 = llvm.getelementptr %v36[%v2226] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2228 = llvm.load %v2227 : !llvm.ptr<3> -> i64
        %v2229 = arith.addi %v1567, %v1986 : i64
        %v2230 = arith.cmpi slt, %v2229, %v94 : i64
        %v2231 = arith.subi %size_L, %v2 : i64
        %v2232 = arith.minsi %v2229, %v2231 : i64
        %v2233 = arith.addi %v2228, %v2232 : i64
        %v2234 = arith.muli %v2226, %v106 : i64
        %v2235 = arith.addi %v2234, %v1986 : i64
        %v2236 = llvm.getelementptr %in_delta[%v2233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2237 = llvm.load %v2236 : !llvm.ptr -> f32
        %v2238 = arith.addi %v1985, %v346 : i64
        %v2239 = arith.constant true
        %v2240 = arith.addi %v46, %v2238 : i64
        %v2241 = llvm.getelementptr %v36[%v2240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2242 = llvm.load %v2241 : !llvm.ptr<3> -> i64
        %v2243 = arith.addi %v1567, %v1986 : i64
        %v2244 = arith.cmpi slt, %v2243, %v94 : i64
        %v2245 = arith.subi %size_L, %v2 : i64
        %v2246 = arith.minsi %v2243, %v2245 : i64
        %v2247 = arith.addi %v2242, %v2246 : i64
        %v2248 = arith.muli %v2240, %v106 : i64
        %v2249 = arith.addi %v2248, %v1986 : i64
        %v2250 = llvm.getelementptr %in_delta[%v2247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2251 = llvm.load %v2250 : !llvm.ptr -> f32
        %v2252 = arith.addi %v1985, %v360 : i64
        %v2253 = arith.constant true
        %v2254 = arith.addi %v46, %v2252 : i64
        %v2255 = llvm.getelementptr %v36[%v2254] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2256 = llvm.load %v2255 : !llvm.ptr<3> -> i64
        %v2257 = arith.addi %v1567, %v1986 : i64
        %v2258 = arith.cmpi slt, %v2257, %v94 : i64
        %v2259 = arith.subi %size_L, %v2 : i64
        %v2260 = arith.minsi %v2257, %v2259 : i64
        %v2261 = arith.addi %v2256, %v2260 : i64
        %v2262 = arith.muli %v2254, %v106 : i64
        %v2263 = arith.addi %v2262, %v1986 : i64
        %v2264 = llvm.getelementptr %in_delta[%v2261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2265 = llvm.load %v2264 : !llvm.ptr -> f32
        %v2266 = arith.addi %v1985, %v374 : i64
        %v2267 = arith.constant true
        %v2268 = arith.addi %v46, %v2266 : i64
        %v2269 = llvm.getelementptr %v36[%v2268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2270 = llvm.load %v2269 : !llvm.ptr<3> -> i64
        %v2271 = arith.addi %v1567, %v1986 : i64
        %v2272 = arith.cmpi slt, %v2271, %v94 : i64
        %v2273 = arith.subi %size_L, %v2 : i64
        %v2274 = arith.minsi %v2271, %v2273 : i64
        %v2275 = arith.addi %v2270, %v2274 : i64
        %v2276 = arith.muli %v2268, %v106 : i64
        %v2277 = arith.addi %v2276, %v1986 : i64
        %v2278 = llvm.getelementptr %in_delta[%v2275] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2279 = llvm.load %v2278 : !llvm.ptr -> f32
        %v2280 = arith.addi %v1985, %v388 : i64
        %v2281 = arith.constant true
        %v2282 = arith.addi %v46, %v2280 : i64
        %v2283 = llvm.getelementptr %v36[%v2282] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2284 = llvm.load %v2283 : !llvm.ptr<3> -> i64
        %v2285 = arith.addi %v1567, %v1986 : i64
        %v2286 = arith.cmpi slt, %v2285, %v94 : i64
        %v2287 = arith.subi %size_L, %v2 : i64
        %v2288 = arith.minsi %v2285, %v2287 : i64
        %v2289 = arith.addi %v2284, %v2288 : i64
        %v2290 = arith.muli %v2282, %v106 : i64
        %v2291 = arith.addi %v2290, %v1986 : i64
        %v2292 = llvm.getelementptr %in_delta[%v2289] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2293 = llvm.load %v2292 : !llvm.ptr -> f32
        %v2294 = arith.addi %v1985, %v402 : i64
        %v2295 = arith.constant true
        %v2296 = arith.addi %v46, %v2294 : i64
        %v2297 = llvm.getelementptr %v36[%v2296] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2298 = llvm.load %v2297 : !llvm.ptr<3> -> i64
        %v2299 = arith.addi %v1567, %v1986 : i64
        %v2300 = arith.cmpi slt, %v2299, %v94 : i64
        %v2301 = arith.subi %size_L, %v2 : i64
        %v2302 = arith.minsi %v2299, %v2301 : i64
        %v2303 = arith.addi %v2298, %v2302 : i64
        %v2304 = arith.muli %v2296, %v106 : i64
        %v2305 = arith.addi %v2304, %v1986 : i64
        %v2306 = llvm.getelementptr %in_delta[%v2303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2307 = llvm.load %v2306 : !llvm.ptr -> f32
        %v2308 = arith.addi %v1985, %v416 : i64
        %v2309 = arith.constant true
        %v2310 = arith.addi %v46, %v2308 : i64
        %v2311 = llvm.getelementptr %v36[%v2310] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2312 = llvm.load %v2311 : !llvm.ptr<3> -> i64
        %v2313 = arith.addi %v1567, %v1986 : i64
        %v2314 = arith.cmpi slt, %v2313, %v94 : i64
        %v2315 = arith.subi %size_L, %v2 : i64
        %v2316 = arith.minsi %v2313, %v2315 : i64
        %v2317 = arith.addi %v2312, %v2316 : i64
        %v2318 = arith.muli %v2310, %v106 : i64
        %v2319 = arith.addi %v2318, %v1986 : i64
        %v2320 = llvm.getelementptr %in_delta[%v2317] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2321 = llvm.load %v2320 : !llvm.ptr -> f32
        %v2322 = arith.addi %v1985, %v430 : i64
        %v2323 = arith.constant true
        %v2324 = arith.addi %v46, %v2322 : i64
        %v2325 = llvm.getelementptr %v36[%v2324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2326 = llvm.load %v2325 : !llvm.ptr<3> -> i64
        %v2327 = arith.addi %v1567, %v1986 : i64
        %v2328 = arith.cmpi slt, %v2327, %v94 : i64
        %v2329 = arith.subi %size_L, %v2 : i64
        %v2330 = arith.minsi %v2327, %v2329 : i64
        %v2331 = arith.addi %v2326, %v2330 : i64
        %v2332 = arith.muli %v2324, %v106 : i64
        %v2333 = arith.addi %v2332, %v1986 : i64
        %v2334 = llvm.getelementptr %in_delta[%v2331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2335 = llvm.load %v2334 : !llvm.ptr -> f32
        %v2336 = arith.addi %v1985, %v444 : i64
        %v2337 = arith.constant true
        %v2338 = arith.addi %v46, %v2336 : i64
        %v2339 = llvm.getelementptr %v36[%v2338] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2340 = llvm.load %v2339 : !llvm.ptr<3> -> i64
        %v2341 = arith.addi %v1567, %v1986 : i64
        %v2342 = arith.cmpi slt, %v2341, %v94 : i64
        %v2343 = arith.subi %size_L, %v2 : i64
        %v2344 = arith.minsi %v2341, %v2343 : i64
        %v2345 = arith.addi %v2340, %v2344 : i64
        %v2346 = arith.muli %v2338, %v106 : i64
        %v2347 = arith.addi %v2346, %v1986 : i64
        %v2348 = llvm.getelementptr %in_delta[%v2345] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2349 = llvm.load %v2348 : !llvm.ptr -> f32
        %v2350 = arith.addi %v1985, %v458 : i64
        %v2351 = arith.constant true
        %v2352 = arith.addi %v46, %v2350 : i64
        %v2353 = llvm.getelementptr %v36[%v2352] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2354 = llvm.load %v2353 : !llvm.ptr<3> -> i64
        %v2355 = arith.addi %v1567, %v1986 : i64
        %v2356 = arith.cmpi slt, %v2355, %v94 : i64
        %v2357 = arith.subi %size_L, %v2 : i64
        %v2358 = arith.minsi %v2355, %v2357 : i64
        %v2359 = arith.addi %v2354, %v2358 : i64
        %v2360 = arith.muli %v2352, %v106 : i64
        %v2361 = arith.addi %v2360, %v1986 : i64
        %v2362 = llvm.getelementptr %in_delta[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
        %v2364 = arith.addi %v1985, %v472 : i64
        %v2365 = arith.constant true
        %v2366 = arith.addi %v46, %v2364 : i64
        %v2367 = llvm.getelementptr %v36[%v2366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2368 = llvm.load %v2367 : !llvm.ptr<3> -> i64
        %v2369 = arith.addi %v1567, %v1986 : i64
        %v2370 = arith.cmpi slt, %v2369, %v94 : i64
        %v2371 = arith.subi %size_L, %v2 : i64
        %v2372 = arith.minsi %v2369, %v2371 : i64
        %v2373 = arith.addi %v2368, %v2372 : i64
        %v2374 = arith.muli %v2366, %v106 : i64
        %v2375 = arith.addi %v2374, %v1986 : i64
        %v2376 = llvm.getelementptr %in_delta[%v2373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2377 = llvm.load %v2376 : !llvm.ptr -> f32
        %v2378 = arith.addi %v1985, %v486 : i64
        %v2379 = arith.constant true
        %v2380 = arith.addi %v46, %v2378 : i64
        %v2381 = llvm.getelementptr %v36[%v2380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2382 = llvm.load %v2381 : !llvm.ptr<3> -> i64
        %v2383 = arith.addi %v1567, %v1986 : i64
        %v2384 = arith.cmpi slt, %v2383, %v94 : i64
        %v2385 = arith.subi %size_L, %v2 : i64
        %v2386 = arith.minsi %v2383, %v2385 : i64
        %v2387 = arith.addi %v2382, %v2386 : i64
        %v2388 = arith.muli %v2380, %v106 : i64
        %v2389 = arith.addi %v2388, %v1986 : i64
        %v2390 = llvm.getelementptr %in_delta[%v2387] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2391 = llvm.load %v2390 : !llvm.ptr -> f32
        %v2392 = arith.addi %v1985, %v500 : i64
        %v2393 = arith.constant true
        %v2394 = arith.addi %v46, %v2392 : i64
        %v2395 = llvm.getelementptr %v36[%v2394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2396 = llvm.load %v2395 : !llvm.ptr<3> -> i64
        %v2397 = arith.addi %v1567, %v1986 : i64
        %v2398 = arith.cmpi slt, %v2397, %v94 : i64
        %v2399 = arith.subi %size_L, %v2 : i64
        %v2400 = arith.minsi %v2397, %v2399 : i64
        %v2401 = arith.addi %v2396, %v2400 : i64
        %v2402 = arith.muli %v2394, %v106 : i64
        %v2403 = arith.addi %v2402, %v1986 : i64
        %v2404 = llvm.getelementptr %in_delta[%v2401] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2405 = llvm.load %v2404 : !llvm.ptr -> f32
        %v2406 = arith.addi %v1985, %v514 : i64
        %v2407 = arith.constant true
        %v2408 = arith.addi %v46, %v2406 : i64
        %v2409 = llvm.getelementptr %v36[%v2408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2410 = llvm.load %v2409 : !llvm.ptr<3> -> i64
        %v2411 = arith.addi %v1567, %v1986 : i64
        %v2412 = arith.cmpi slt, %v2411, %v94 : i64
        %v2413 = arith.subi %size_L, %v2 : i64
        %v2414 = arith.minsi %v2411, %v2413 : i64
        %v2415 = arith.addi %v2410, %v2414 : i64
        %v2416 = arith.muli %v2408, %v106 : i64
        %v2417 = arith.addi %v2416, %v1986 : i64
        %v2418 = llvm.getelementptr %in_delta[%v2415] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2419 = llvm.load %v2418 : !llvm.ptr -> f32
        %v2420 = arith.addi %v1985, %v528 : i64
        %v2421 = arith.constant true
        %v2422 = arith.addi %v46, %v2420 : i64
        %v2423 = llvm.getelementptr %v36[%v2422] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2424 = llvm.load %v2423 : !llvm.ptr<3> -> i64
        %v2425 = arith.addi %v1567, %v1986 : i64
        %v2426 = arith.cmpi slt, %v2425, %v94 : i64
        %v2427 = arith.subi %size_L, %v2 : i64
        %v2428 = arith.minsi %v2425, %v2427 : i64
        %v2429 = arith.addi %v2424, %v2428 : i64
        %v2430 = arith.muli %v2422, %v106 : i64
        %v2431 = arith.addi %v2430, %v1986 : i64
        %v2432 = llvm.getelementptr %in_delta[%v2429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2433 = llvm.load %v2432 : !llvm.ptr -> f32
        %v2434 = arith.divui %v44, %v95 : i64
        %v2435 = arith.remui %v44, %v95 : i64
        %v2436 = arith.constant true
        %v2437 = arith.addi %v87, %v2434 : i64
        %v2438 = llvm.getelementptr %v36[%v2437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2439 = llvm.load %v2438 : !llvm.ptr<3> -> i64
        %v2440 = arith.addi %v1567, %v2435 : i64
        %v2441 = arith.cmpi slt, %v2440, %v94 : i64
        %v2442 = arith.subi %size_L, %v2 : i64
        %v2443 = arith.minsi %v2440, %v2442 : i64
        %v2444 = arith.addi %v2439, %v2443 : i64
        %v2445 = arith.muli %v2437, %v106 : i64
        %v2446 = arith.addi %v2445, %v2435 : i64
        %v2447 = llvm.getelementptr %in_z[%v2444] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2448 = llvm.load %v2447 : !llvm.ptr -> f32
        %v2449 = arith.addi %v2434, %v86 : i64
        %v2450 = arith.constant true
        %v2451 = arith.addi %v87, %v2449 : i64
        %v2452 = llvm.getelementptr %v36[%v2451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2453 = llvm.load %v2452 : !llvm.ptr<3> -> i64
        %v2454 = arith.addi %v1567, %v2435 : i64
        %v2455 = arith.cmpi slt, %v2454, %v94 : i64
        %v2456 = arith.subi %size_L, %v2 : i64
        %v2457 = arith.minsi %v2454, %v2456 : i64
        %v2458 = arith.addi %v2453, %v2457 : i64
        %v2459 = arith.muli %v2451, %v106 : i64
        %v2460 = arith.addi %v2459, %v2435 : i64
        %v2461 = llvm.getelementptr %in_z[%v2458] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2462 = llvm.load %v2461 : !llvm.ptr -> f32
        %v2463 = arith.addi %v2434, %v124 : i64
        %v2464 = arith.constant true
        %v2465 = arith.addi %v87, %v2463 : i64
        %v2466 = llvm.getelementptr %v36[%v2465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2467 = llvm.load %v2466 : !llvm.ptr<3> -> i64
        %v2468 = arith.addi %v1567, %v2435 : i64
        %v2469 = arith.cmpi slt, %v2468, %v94 : i64
        %v2470 = arith.subi %size_L, %v2 : i64
        %v2471 = arith.minsi %v2468, %v2470 : i64
        %v2472 = arith.addi %v2467, %v2471 : i64
        %v2473 = arith.muli %v2465, %v106 : i64
        %v2474 = arith.addi %v2473, %v2435 : i64
        %v2475 = llvm.getelementptr %in_z[%v2472] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2476 = llvm.load %v2475 : !llvm.ptr -> f32
        %v2477 = arith.addi %v2434, %v138 : i64
        %v2478 = arith.constant true
        %v2479 = arith.addi %v87, %v2477 : i64
        %v2480 = llvm.getelementptr %v36[%v2479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2481 = llvm.load %v2480 : !llvm.ptr<3> -> i64
        %v2482 = arith.addi %v1567, %v2435 : i64
        %v2483 = arith.cmpi slt, %v2482, %v94 : i64
        %v2484 = arith.subi %size_L, %v2 : i64
        %v2485 = arith.minsi %v2482, %v2484 : i64
        %v2486 = arith.addi %v2481, %v2485 : i64
        %v2487 = arith.muli %v2479, %v106 : i64
        %v2488 = arith.addi %v2487, %v2435 : i64
        %v2489 = llvm.getelementptr %in_z[%v2486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2490 = llvm.load %v2489 : !llvm.ptr -> f32
        %v2491 = arith.addi %v2434, %v152 : i64
        %v2492 = arith.constant true
        %v2493 = arith.addi %v87, %v2491 : i64
        %v2494 = llvm.getelementptr %v36[%v2493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2495 = llvm.load %v2494 : !llvm.ptr<3> -> i64
        %v2496 = arith.addi %v1567, %v2435 : i64
        %v2497 = arith.cmpi slt, %v2496, %v94 : i64
        %v2498 = arith.subi %size_L, %v2 : i64
        %v2499 = arith.minsi %v2496, %v2498 : i64
        %v2500 = arith.addi %v2495, %v2499 : i64
        %v2501 = arith.muli %v2493, %v106 : i64
        %v2502 = arith.addi %v2501, %v2435 : i64
        %v2503 = llvm.getelementptr %in_z[%v2500] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2504 = llvm.load %v2503 : !llvm.ptr -> f32
        %v2505 = arith.addi %v2434, %v166 : i64
        %v2506 = arith.constant true
        %v2507 = arith.addi %v87, %v2505 : i64
        %v2508 = llvm.getelementptr %v36[%v2507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2509 = llvm.load %v2508 : !llvm.ptr<3> -> i64
        %v2510 = arith.addi %v1567, %v2435 : i64
        %v2511 = arith.cmpi slt, %v2510, %v94 : i64
        %v2512 = arith.subi %size_L, %v2 : i64
        %v2513 = arith.minsi %v2510, %v2512 : i64
        %v2514 = arith.addi %v2509, %v2513 : i64
        %v2515 = arith.muli %v2507, %v106 : i64
        %v2516 = arith.addi %v2515, %v2435 : i64
        %v2517 = llvm.getelementptr %in_z[%v2514] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2518 = llvm.load %v2517 : !llvm.ptr -> f32
        %v2519 = arith.addi %v2434, %v180 : i64
        %v2520 = arith.constant true
        %v2521 = arith.addi %v87, %v2519 : i64
        %v2522 = llvm.getelementptr %v36[%v2521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2523 = llvm.load %v2522 : !llvm.ptr<3> -> i64
        %v2524 = arith.addi %v1567, %v2435 : i64
        %v2525 = arith.cmpi slt, %v2524, %v94 : i64
        %v2526 = arith.subi %size_L, %v2 : i64
        %v2527 = arith.minsi %v2524, %v2526 : i64
        %v2528 = arith.addi %v2523, %v2527 : i64
        %v2529 = arith.muli %v2521, %v106 : i64
        %v2530 = arith.addi %v2529, %v2435 : i64
        %v2531 = llvm.getelementptr %in_z[%v2528] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2532 = llvm.load %v2531 : !llvm.ptr -> f32
        %v2533 = arith.addi %v2434, %v194 : i64
        %v2534 = arith.constant true
        %v2535 = arith.addi %v87, %v2533 : i64
        %v2536 = llvm.getelementptr %v36[%v2535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2537 = llvm.load %v2536 : !llvm.ptr<3> -> i64
        %v2538 = arith.addi %v1567, %v2435 : i64
        %v2539 = arith.cmpi slt, %v2538, %v94 : i64
        %v2540 = arith.subi %size_L, %v2 : i64
        %v2541 = arith.minsi %v2538, %v2540 : i64
        %v2542 = arith.addi %v2537, %v2541 : i64
        %v2543 = arith.muli %v2535, %v106 : i64
        %v2544 = arith.addi %v2543, %v2435 : i64
        %v2545 = llvm.getelementptr %in_z[%v2542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2546 = llvm.load %v2545 : !llvm.ptr -> f32
        %v2547 = arith.addi %v2434, %v1 : i64
        %v2548 = arith.constant true
        %v2549 = arith.addi %v87, %v2547 : i64
        %v2550 = llvm.getelementptr %v36[%v2549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2551 = llvm.load %v2550 : !llvm.ptr<3> -> i64
        %v2552 = arith.addi %v1567, %v2435 : i64
        %v2553 = arith.cmpi slt, %v2552, %v94 : i64
        %v2554 = arith.subi %size_L, %v2 : i64
        %v2555 = arith.minsi %v2552, %v2554 : i64
        %v2556 = arith.addi %v2551, %v2555 : i64
        %v2557 = arith.muli %v2549, %v106 : i64
        %v2558 = arith.addi %v2557, %v2435 : i64
        %v2559 = llvm.getelementptr %in_z[%v2556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2560 = llvm.load %v2559 : !llvm.ptr -> f32
        %v2561 = arith.addi %v2434, %v221 : i64
        %v2562 = arith.constant true
        %v2563 = arith.addi %v87, %v2561 : i64
        %v2564 = llvm.getelementptr %v36[%v2563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2565 = llvm.load %v2564 : !llvm.ptr<3> -> i64
        %v2566 = arith.addi %v1567, %v2435 : i64
        %v2567 = arith.cmpi slt, %v2566, %v94 : i64
        %v2568 = arith.subi %size_L, %v2 : i64
        %v2569 = arith.minsi %v2566, %v2568 : i64
        %v2570 = arith.addi %v2565, %v2569 : i64
        %v2571 = arith.muli %v2563, %v106 : i64
        %v2572 = arith.addi %v2571, %v2435 : i64
        %v2573 = llvm.getelementptr %in_z[%v2570] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2574 = llvm.load %v2573 : !llvm.ptr -> f32
        %v2575 = arith.addi %v2434, %v235 : i64
        %v2576 = arith.constant true
        %v2577 = arith.addi %v87, %v2575 : i64
        %v2578 = llvm.getelementptr %v36[%v2577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2579 = llvm.load %v2578 : !llvm.ptr<3> -> i64
        %v2580 = arith.addi %v1567, %v2435 : i64
        %v2581 = arith.cmpi slt, %v2580, %v94 : i64
        %v2582 = arith.subi %size_L, %v2 : i64
        %v2583 = arith.minsi %v2580, %v2582 : i64
        %v2584 = arith.addi %v2579, %v2583 : i64
        %v2585 = arith.muli %v2577, %v106 : i64
        %v2586 = arith.addi %v2585, %v2435 : i64
        %v2587 = llvm.getelementptr %in_z[%v2584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2588 = llvm.load %v2587 : !llvm.ptr -> f32
        %v2589 = arith.addi %v2434, %v249 : i64
        %v2590 = arith.constant true
        %v2591 = arith.addi %v87, %v2589 : i64
        %v2592 = llvm.getelementptr %v36[%v2591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2593 = llvm.load %v2592 : !llvm.ptr<3> -> i64
        %v2594 = arith.addi %v1567, %v2435 : i64
        %v2595 = arith.cmpi slt, %v2594, %v94 : i64
        %v2596 = arith.subi %size_L, %v2 : i64
        %v2597 = arith.minsi %v2594, %v2596 : i64
        %v2598 = arith.addi %v2593, %v2597 : i64
        %v2599 = arith.muli %v2591, %v106 : i64
        %v2600 = arith.addi %v2599, %v2435 : i64
        %v2601 = llvm.getelementptr %in_z[%v2598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2602 = llvm.load %v2601 : !llvm.ptr -> f32
        %v2603 = arith.addi %v2434, %v263 : i64
        %v2604 = arith.constant true
        %v2605 = arith.addi %v87, %v2603 : i64
        %v2606 = llvm.getelementptr %v36[%v2605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2607 = llvm.load %v2606 : !llvm.ptr<3> -> i64
        %v2608 = arith.addi %v1567, %v2435 : i64
        %v2609 = arith.cmpi slt, %v2608, %v94 : i64
        %v2610 = arith.subi %size_L, %v2 : i64
        %v2611 = arith.minsi %v2608, %v2610 : i64
        %v2612 = arith.addi %v2607, %v2611 : i64
        %v2613 = arith.muli %v2605, %v106 : i64
        %v2614 = arith.addi %v2613, %v2435 : i64
        %v2615 = llvm.getelementptr %in_z[%v2612] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2616 = llvm.load %v2615 : !llvm.ptr -> f32
        %v2617 = arith.addi %v2434, %v277 : i64
        %v2618 = arith.constant true
        %v2619 = arith.addi %v87, %v2617 : i64
        %v2620 = llvm.getelementptr %v36[%v2619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2621 = llvm.load %v2620 : !llvm.ptr<3> -> i64
        %v2622 = arith.addi %v1567, %v2435 : i64
        %v2623 = arith.cmpi slt, %v2622, %v94 : i64
        %v2624 = arith.subi %size_L, %v2 : i64
        %v2625 = arith.minsi %v2622, %v2624 : i64
        %v2626 = arith.addi %v2621, %v2625 : i64
        %v2627 = arith.muli %v2619, %v106 : i64
        %v2628 = arith.addi %v2627, %v2435 : i64
        %v2629 = llvm.getelementptr %in_z[%v2626] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2630 = llvm.load %v2629 : !llvm.ptr -> f32
        %v2631 = arith.addi %v2434, %v291 : i64
        %v2632 = arith.constant true
        %v2633 = arith.addi %v87, %v2631 : i64
        %v2634 = llvm.getelementptr %v36[%v2633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2635 = llvm.load %v2634 : !llvm.ptr<3> -> i64
        %v2636 = arith.addi %v1567, %v2435 : i64
        %v2637 = arith.cmpi slt, %v2636, %v94 : i64
        %v2638 = arith.subi %size_L, %v2 : i64
        %v2639 = arith.minsi %v2636, %v2638 : i64
        %v2640 = arith.addi %v2635, %v2639 : i64
        %v2641 = arith.muli %v2633, %v106 : i64
        %v2642 = arith.addi %v2641, %v2435 : i64
        %v2643 = llvm.getelementptr %in_z[%v2640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2644 = llvm.load %v2643 : !llvm.ptr -> f32
        %v2645 = arith.addi %v2434, %v305 : i64
        %v2646 = arith.constant true
        %v2647 = arith.addi %v87, %v2645 : i64
        %v2648 = llvm.getelementptr %v36[%v2647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2649 = llvm.load %v2648 : !llvm.ptr<3> -> i64
        %v2650 = arith.addi %v1567, %v2435 : i64
        %v2651 = arith.cmpi slt, %v2650, %v94 : i64
        %v2652 = arith.subi %size_L, %v2 : i64
        %v2653 = arith.minsi %v2650, %v2652 : i64
        %v2654 = arith.addi %v2649, %v2653 : i64
        %v2655 = arith.muli %v2647, %v106 : i64
        %v2656 = arith.addi %v2655, %v2435 : i64
        %v2657 = llvm.getelementptr %in_z[%v2654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2658 = llvm.load %v2657 : !llvm.ptr -> f32
        %v2659 = arith.addi %v2434, %v95 : i64
        %v2660 = arith.constant true
        %v2661 = arith.addi %v87, %v2659 : i64
        %v2662 = llvm.getelementptr %v36[%v2661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2663 = llvm.load %v2662 : !llvm.ptr<3> -> i64
        %v2664 = arith.addi %v1567, %v2435 : i64
        %v2665 = arith.cmpi slt, %v2664, %v94 : i64
        %v2666 = arith.subi %size_L, %v2 : i64
        %v2667 = arith.minsi %v2664, %v2666 : i64
        %v2668 = arith.addi %v2663, %v2667 : i64
        %v2669 = arith.muli %v2661, %v106 : i64
        %v2670 = arith.addi %v2669, %v2435 : i64
        %v2671 = llvm.getelementptr %in_z[%v2668] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2672 = llvm.load %v2671 : !llvm.ptr -> f32
        %v2673 = arith.addi %v2434, %v332 : i64
        %v2674 = arith.constant true
        %v2675 = arith.addi %v87, %v2673 : i64
        %v2676 = llvm.getelementptr %v36[%v2675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2677 = llvm.load %v2676 : !llvm.ptr<3> -> i64
        %v2678 = arith.addi %v1567, %v2435 : i64
        %v2679 = arith.cmpi slt, %v2678, %v94 : i64
        %v2680 = arith.subi %size_L, %v2 : i64
        %v2681 = arith.minsi %v2678, %v2680 : i64
        %v2682 = arith.addi %v2677, %v2681 : i64
        %v2683 = arith.muli %v2675, %v106 : i64
        %v2684 = arith.addi %v2683, %v2435 : i64
        %v2685 = llvm.getelementptr %in_z[%v2682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2686 = llvm.load %v2685 : !llvm.ptr -> f32
        %v2687 = arith.addi %v2434, %v346 : i64
        %v2688 = arith.constant true
        %v2689 = arith.addi %v87, %v2687 : i64
        %v2690 = llvm.getelementptr %v36[%v2689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2691 = llvm.load %v2690 : !llvm.ptr<3> -> i64
        %v2692 = arith.addi %v1567, %v2435 : i64
        %v2693 = arith.cmpi slt, %v2692, %v94 : i64
        %v2694 = arith.subi %size_L, %v2 : i64
        %v2695 = arith.minsi %v2692, %v2694 : i64
        %v2696 = arith.addi %v2691, %v2695 : i64
        %v2697 = arith.muli %v2689, %v106 : i64
        %v2698 = arith.addi %v2697, %v2435 : i64
        %v2699 = llvm.getelementptr %in_z[%v2696] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2700 = llvm.load %v2699 : !llvm.ptr -> f32
        %v2701 = arith.addi %v2434, %v360 : i64
        %v2702 = arith.constant true
        %v2703 = arith.addi %v87, %v2701 : i64
        %v2704 = llvm.getelementptr %v36[%v2703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2705 = llvm.load %v2704 : !llvm.ptr<3> -> i64
        %v2706 = arith.addi %v1567, %v2435 : i64
        %v2707 = arith.cmpi slt, %v2706, %v94 : i64
        %v2708 = arith.subi %size_L, %v2 : i64
        %v2709 = arith.minsi %v2706, %v2708 : i64
        %v2710 = arith.addi %v2705, %v2709 : i64
        %v2711 = arith.muli %v2703, %v106 : i64
        %v2712 = arith.addi %v2711, %v2435 : i64
        %v2713 = llvm.getelementptr %in_z[%v2710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2714 = llvm.load %v2713 : !llvm.ptr -> f32
        %v2715 = arith.addi %v2434, %v374 : i64
        %v2716 = arith.constant true
        %v2717 = arith.addi %v87, %v2715 : i64
        %v2718 = llvm.getelementptr %v36[%v2717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2719 = llvm.load %v2718 : !llvm.ptr<3> -> i64
        %v2720 = arith.addi %v1567, %v2435 : i64
        %v2721 = arith.cmpi slt, %v2720, %v94 : i64
        %v2722 = arith.subi %size_L, %v2 : i64
        %v2723 = arith.minsi %v2720, %v2722 : i64
        %v2724 = arith.addi %v2719, %v2723 : i64
        %v2725 = arith.muli %v2717, %v106 : i64
        %v2726 = arith.addi %v2725, %v2435 : i64
        %v2727 = llvm.getelementptr %in_z[%v2724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2728 = llvm.load %v2727 : !llvm.ptr -> f32
        %v2729 = arith.addi %v2434, %v388 : i64
        %v2730 = arith.constant true
        %v2731 = arith.addi %v87, %v2729 : i64
        %v2732 = llvm.getelementptr %v36[%v2731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2733 = llvm.load %v2732 : !llvm.ptr<3> -> i64
        %v2734 = arith.addi %v1567, %v2435 : i64
        %v2735 = arith.cmpi slt, %v2734, %v94 : i64
        %v2736 = arith.subi %size_L, %v2 : i64
        %v2737 = arith.minsi %v2734, %v2736 : i64
        %v2738 = arith.addi %v2733, %v2737 : i64
        %v2739 = arith.muli %v2731, %v106 : i64
        %v2740 = arith.addi %v2739, %v2435 : i64
        %v2741 = llvm.getelementptr %in_z[%v2738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2742 = llvm.load %v2741 : !llvm.ptr -> f32
        %v2743 = arith.addi %v2434, %v402 : i64
        %v2744 = arith.constant true
        %v2745 = arith.addi %v87, %v2743 : i64
        %v2746 = llvm.getelementptr %v36[%v2745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2747 = llvm.load %v2746 : !llvm.ptr<3> -> i64
        %v2748 = arith.addi %v1567, %v2435 : i64
        %v2749 = arith.cmpi slt, %v2748, %v94 : i64
        %v2750 = arith.subi %size_L, %v2 : i64
        %v2751 = arith.minsi %v2748, %v2750 : i64
        %v2752 = arith.addi %v2747, %v2751 : i64
        %v2753 = arith.muli %v2745, %v106 : i64
        %v2754 = arith.addi %v2753, %v2435 : i64
        %v2755 = llvm.getelementptr %in_z[%v2752] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2756 = llvm.load %v2755 : !llvm.ptr -> f32
        %v2757 = arith.addi %v2434, %v416 : i64
        %v2758 = arith.constant true
        %v2759 = arith.addi %v87, %v2757 : i64
        %v2760 = llvm.getelementptr %v36[%v2759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2761 = llvm.load %v2760 : !llvm.ptr<3> -> i64
        %v2762 = arith.addi %v1567, %v2435 : i64
        %v2763 = arith.cmpi slt, %v2762, %v94 : i64
        %v2764 = arith.subi %size_L, %v2 : i64
        %v2765 = arith.minsi %v2762, %v2764 : i64
        %v2766 = arith.addi %v2761, %v2765 : i64
        %v2767 = arith.muli %v2759, %v106 : i64
        %v2768 = arith.addi %v2767, %v2435 : i64
        %v2769 = llvm.getelementptr %in_z[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2770 = llvm.load %v2769 : !llvm.ptr -> f32
        %v2771 = arith.addi %v2434, %v430 : i64
        %v2772 = arith.constant true
        %v2773 = arith.addi %v87, %v2771 : i64
        %v2774 = llvm.getelementptr %v36[%v2773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2775 = llvm.load %v2774 : !llvm.ptr<3> -> i64
        %v2776 = arith.addi %v1567, %v2435 : i64
        %v2777 = arith.cmpi slt, %v2776, %v94 : i64
        %v2778 = arith.subi %size_L, %v2 : i64
        %v2779 = arith.minsi %v2776, %v2778 : i64
        %v2780 = arith.addi %v2775, %v2779 : i64
        %v2781 = arith.muli %v2773, %v106 : i64
        %v2782 = arith.addi %v2781, %v2435 : i64
        %v2783 = llvm.getelementptr %in_z[%v2780] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2784 = llvm.load %v2783 : !llvm.ptr -> f32
        %v2785 = arith.addi %v2434, %v444 : i64
        %v2786 = arith.constant true
        %v2787 = arith.addi %v87, %v2785 : i64
        %v2788 = llvm.getelementptr %v36[%v2787] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2789 = llvm.load %v2788 : !llvm.ptr<3> -> i64
        %v2790 = arith.addi %v1567, %v2435 : i64
        %v2791 = arith.cmpi slt, %v2790, %v94 : i64
        %v2792 = arith.subi %size_L, %v2 : i64
        %v2793 = arith.minsi %v2790, %v2792 : i64
        %v2794 = arith.addi %v2789, %v2793 : i64
        %v2795 = arith.muli %v2787, %v106 : i64
        %v2796 = arith.addi %v2795, %v2435 : i64
        %v2797 = llvm.getelementptr %in_z[%v2794] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2798 = llvm.load %v2797 : !llvm.ptr -> f32
        %v2799 = arith.addi %v2434, %v458 : i64
        %v2800 = arith.constant true
        %v2801 = arith.addi %v87, %v2799 : i64
        %v2802 = llvm.getelementptr %v36[%v2801] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2803 = llvm.load %v2802 : !llvm.ptr<3> -> i64
        %v2804 = arith.addi %v1567, %v2435 : i64
        %v2805 = arith.cmpi slt, %v2804, %v94 : i64
        %v2806 = arith.subi %size_L, %v2 : i64
        %v2807 = arith.minsi %v2804, %v2806 : i64
        %v2808 = arith.addi %v2803, %v2807 : i64
        %v2809 = arith.muli %v2801, %v106 : i64
        %v2810 = arith.addi %v2809, %v2435 : i64
        %v2811 = llvm.getelementptr %in_z[%v2808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2812 = llvm.load %v2811 : !llvm.ptr -> f32
        %v2813 = arith.addi %v2434, %v472 : i64
        %v2814 = arith.constant true
        %v2815 = arith.addi %v87, %v2813 : i64
        %v2816 = llvm.getelementptr %v36[%v2815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2817 = llvm.load %v2816 : !llvm.ptr<3> -> i64
        %v2818 = arith.addi %v1567, %v2435 : i64
        %v2819 = arith.cmpi slt, %v2818, %v94 : i64
        %v2820 = arith.subi %size_L, %v2 : i64
        %v2821 = arith.minsi %v2818, %v2820 : i64
        %v2822 = arith.addi %v2817, %v2821 : i64
        %v2823 = arith.muli %v2815, %v106 : i64
        %v2824 = arith.addi %v2823, %v2435 : i64
        %v2825 = llvm.getelementptr %in_z[%v2822] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2826 = llvm.load %v2825 : !llvm.ptr -> f32
        %v2827 = arith.addi %v2434, %v486 : i64
        %v2828 = arith.constant true
        %v2829 = arith.addi %v87, %v2827 : i64
        %v2830 = llvm.getelementptr %v36[%v2829] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2831 = llvm.load %v2830 : !llvm.ptr<3> -> i64
        %v2832 = arith.addi %v1567, %v2435 : i64
        %v2833 = arith.cmpi slt, %v2832, %v94 : i64
        %v2834 = arith.subi %size_L, %v2 : i64
        %v2835 = arith.minsi %v2832, %v2834 : i64
        %v2836 = arith.addi %v2831, %v2835 : i64
        %v2837 = arith.muli %v2829, %v106 : i64
        %v2838 = arith.addi %v2837, %v2435 : i64
        %v2839 = llvm.getelementptr %in_z[%v2836] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2840 = llvm.load %v2839 : !llvm.ptr -> f32
        %v2841 = arith.addi %v2434, %v500 : i64
        %v2842 = arith.constant true
        %v2843 = arith.addi %v87, %v2841 : i64
        %v2844 = llvm.getelementptr %v36[%v2843] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2845 = llvm.load %v2844 : !llvm.ptr<3> -> i64
        %v2846 = arith.addi %v1567, %v2435 : i64
        %v2847 = arith.cmpi slt, %v2846, %v94 : i64
        %v2848 = arith.subi %size_L, %v2 : i64
        %v2849 = arith.minsi %v2846, %v2848 : i64
        %v2850 = arith.addi %v2845, %v2849 : i64
        %v2851 = arith.muli %v2843, %v106 : i64
        %v2852 = arith.addi %v2851, %v2435 : i64
        %v2853 = llvm.getelementptr %in_z[%v2850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2854 = llvm.load %v2853 : !llvm.ptr -> f32
        %v2855 = arith.addi %v2434, %v514 : i64
        %v2856 = arith.constant true
        %v2857 = arith.addi %v87, %v2855 : i64
        %v2858 = llvm.getelementptr %v36[%v2857] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2859 = llvm.load %v2858 : !llvm.ptr<3> -> i64
        %v2860 = arith.addi %v1567, %v2435 : i64
        %v2861 = arith.cmpi slt, %v2860, %v94 : i64
        %v2862 = arith.subi %size_L, %v2 : i64
        %v2863 = arith.minsi %v2860, %v2862 : i64
        %v2864 = arith.addi %v2859, %v2863 : i64
        %v2865 = arith.muli %v2857, %v106 : i64
        %v2866 = arith.addi %v2865, %v2435 : i64
        %v2867 = llvm.getelementptr %in_z[%v2864] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2868 = llvm.load %v2867 : !llvm.ptr -> f32
        %v2869 = arith.addi %v2434, %v528 : i64
        %v2870 = arith.constant true
        %v2871 = arith.addi %v87, %v2869 : i64
        %v2872 = llvm.getelementptr %v36[%v2871] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2873 = llvm.load %v2872 : !llvm.ptr<3> -> i64
        %v2874 = arith.addi %v1567, %v2435 : i64
        %v2875 = arith.cmpi slt, %v2874, %v94 : i64
        %v2876 = arith.subi %size_L, %v2 : i64
        %v2877 = arith.minsi %v2874, %v2876 : i64
        %v2878 = arith.addi %v2873, %v2877 : i64
        %v2879 = arith.muli %v2871, %v106 : i64
        %v2880 = arith.addi %v2879, %v2435 : i64
        %v2881 = llvm.getelementptr %in_z[%v2878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2882 = llvm.load %v2881 : !llvm.ptr -> f32
        %v2883 = arith.divui %v1566, %v86 : i64
        %v2884 = arith.index_cast %v72 : i64 to index
        %v2885 = arith.index_cast %v2883 : i64 to index
        %v2886 = arith.index_cast %v2 : i64 to index
        scf.for %v2887 = %v2884 to %v2885 step %v2886 {
          %v2888 = arith.index_cast %v2887 : index to i64
          %v2889 = arith.muli %v2888, %v86 : i64
          %v2890 = arith.addi %v2889, %v2 : i64
          %v2891 = arith.addi %v1540, %v2889 : i64
          %v2892 = arith.subi %v2891, %v1540 : i64
          %v2893 = llvm.getelementptr %v71[%v2892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2894 = llvm.load %v2893 : !llvm.ptr -> f32
          %v2895 = arith.subi %v2891, %v1540 : i64
          %v2896 = arith.addi %v1561, %v2895 : i64
          %v2897 = llvm.getelementptr %v71[%v2896] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2898 = llvm.load %v2897 : !llvm.ptr -> f32
          %v2900 = arith.subi %v2891, %v1540 : i64
          %v2901 = arith.addi %v2899, %v2900 : i64
          %v2902 = llvm.getelementptr %v71[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2903 = llvm.load %v2902 : !llvm.ptr -> f32
          %v2906 = arith.subi %v2891, %v1540 : i64
          %v2907 = arith.addi %v2905, %v2906 : i64
          %v2908 = llvm.getelementptr %v71[%v2907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2909 = llvm.load %v2908 : !llvm.ptr -> f32
          %v2911 = arith.subi %v2891, %v1540 : i64
          %v2912 = arith.addi %v2910, %v2911 : i64
          %v2913 = llvm.getelementptr %v71[%v2912] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2914 = llvm.load %v2913 : !llvm.ptr -> f32
          %v2917 = arith.subi %v2891, %v1540 : i64
          %v2918 = arith.addi %v2916, %v2917 : i64
          %v2919 = llvm.getelementptr %v71[%v2918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2920 = llvm.load %v2919 : !llvm.ptr -> f32
          %v2922 = arith.subi %v2891, %v1540 : i64
          %v2923 = arith.addi %v2921, %v2922 : i64
          %v2924 = llvm.getelementptr %v71[%v2923] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2925 = llvm.load %v2924 : !llvm.ptr -> f32
          %v2928 = arith.subi %v2891, %v1540 : i64
          %v2929 = arith.addi %v2927, %v2928 : i64
          %v2930 = llvm.getelementptr %v71[%v2929] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2931 = llvm.load %v2930 : !llvm.ptr -> f32
          %v2933 = arith.subi %v2891, %v1540 : i64
          %v2934 = arith.addi %v2932, %v2933 : i64
          %v2935 = llvm.getelementptr %v71[%v2934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2936 = llvm.load %v2935 : !llvm.ptr -> f32
          %v2939 = arith.subi %v2891, %v1540 : i64
          %v2940 = arith.addi %v2938, %v2939 : i64
          %v2941 = llvm.getelementptr %v71[%v2940] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2942 = llvm.load %v2941 : !llvm.ptr -> f32
          %v2944 = arith.subi %v2891, %v1540 : i64
          %v2945 = arith.addi %v2943, %v2944 : i64
          %v2946 = llvm.getelementptr %v71[%v2945] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2947 = llvm.load %v2946 : !llvm.ptr -> f32
          %v2950 = arith.subi %v2891, %v1540 : i64
          %v2951 = arith.addi %v2949, %v2950 : i64
          %v2952 = llvm.getelementptr %v71[%v2951] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2953 = llvm.load %v2952 : !llvm.ptr -> f32
          %v2955 = arith.subi %v2891, %v1540 : i64
          %v2956 = arith.addi %v2954, %v2955 : i64
          %v2957 = llvm.getelementptr %v71[%v2956] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2958 = llvm.load %v2957 : !llvm.ptr -> f32
          %v2961 = arith.subi %v2891, %v1540 : i64
          %v2962 = arith.addi %v2960, %v2961 : i64
          %v2963 = llvm.getelementptr %v71[%v2962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2964 = llvm.load %v2963 : !llvm.ptr -> f32
          %v2966 = arith.subi %v2891, %v1540 : i64
          %v2967 = arith.addi %v2965, %v2966 : i64
          %v2968 = llvm.getelementptr %v71[%v2967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2969 = llvm.load %v2968 : !llvm.ptr -> f32
          %v2972 = arith.subi %v2891, %v1540 : i64
          %v2973 = arith.addi %v2971, %v2972 : i64
          %v2974 = llvm.getelementptr %v71[%v2973] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2975 = llvm.load %v2974 : !llvm.ptr -> f32
          %v2976 = arith.addi %v1540, %v2890 : i64
          %v2977 = arith.subi %v2976, %v1540 : i64
          %v2978 = llvm.getelementptr %v71[%v2977] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2979 = llvm.load %v2978 : !llvm.ptr -> f32
          %v2980 = arith.subi %v2976, %v1540 : i64
          %v2981 = arith.addi %v1561, %v2980 : i64
          %v2982 = llvm.getelementptr %v71[%v2981] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2983 = llvm.load %v2982 : !llvm.ptr -> f32
          %v2984 = arith.subi %v2976, %v1540 : i64
          %v2985 = arith.addi %v2899, %v2984 : i64
          %v2986 = llvm.getelementptr %v71[%v2985] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2987 = llvm.load %v2986 : !llvm.ptr -> f32
          %v2988 = arith.subi %v2976, %v1540 : i64
          %v2989 = arith.addi %v2905, %v2988 : i64
          %v2990 = llvm.getelementptr %v71[%v2989] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2991 = llvm.load %v2990 : !llvm.ptr -> f32
          %v2992 = arith.subi %v2976, %v1540 : i64
          %v2993 = arith.addi %v2910, %v2992 : i64
          %v2994 = llvm.getelementptr %v71[%v2993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2995 = llvm.load %v2994 : !llvm.ptr -> f32
          %v2996 = arith.subi %v2976, %v1540 : i64
          %v2997 = arith.addi %v2916, %v2996 : i64
          %v2998 = llvm.getelementptr %v71[%v2997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v2999 = llvm.load %v2998 : !llvm.ptr -> f32
          %v3000 = arith.subi %v2976, %v1540 : i64
          %v3001 = arith.addi %v2921, %v3000 : i64
          %v3002 = llvm.getelementptr %v71[%v3001] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3003 = llvm.load %v3002 : !llvm.ptr -> f32
          %v3004 = arith.subi %v2976, %v1540 : i64
          %v3005 = arith.addi %v2927, %v3004 : i64
          %v3006 = llvm.getelementptr %v71[%v3005] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3007 = llvm.load %v3006 : !llvm.ptr -> f32
          %v3008 = arith.subi %v2976, %v1540 : i64
          %v3009 = arith.addi %v2932, %v3008 : i64
          %v3010 = llvm.getelementptr %v71[%v3009] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3011 = llvm.load %v3010 : !llvm.ptr -> f32
          %v3012 = arith.subi %v2976, %v1540 : i64
          %v3013 = arith.addi %v2938, %v3012 : i64
          %v3014 = llvm.getelementptr %v71[%v3013] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3015 = llvm.load %v3014 : !llvm.ptr -> f32
          %v3016 = arith.subi %v2976, %v1540 : i64
          %v3017 = arith.addi %v2943, %v3016 : i64
          %v3018 = llvm.getelementptr %v71[%v3017] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3019 = llvm.load %v3018 : !llvm.ptr -> f32
          %v3020 = arith.subi %v2976, %v1540 : i64
          %v3021 = arith.addi %v2949, %v3020 : i64
          %v3022 = llvm.getelementptr %v71[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3023 = llvm.load %v3022 : !llvm.ptr -> f32
          %v3024 = arith.subi %v2976, %v1540 : i64
          %v3025 = arith.addi %v2954, %v3024 : i64
          %v3026 = llvm.getelementptr %v71[%v3025] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3027 = llvm.load %v3026 : !llvm.ptr -> f32
          %v3028 = arith.subi %v2976, %v1540 : i64
          %v3029 = arith.addi %v2960, %v3028 : i64
          %v3030 = llvm.getelementptr %v71[%v3029] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3031 = llvm.load %v3030 : !llvm.ptr -> f32
          %v3032 = arith.subi %v2976, %v1540 : i64
          %v3033 = arith.addi %v2965, %v3032 : i64
          %v3034 = llvm.getelementptr %v71[%v3033] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3035 = llvm.load %v3034 : !llvm.ptr -> f32
          %v3036 = arith.subi %v2976, %v1540 : i64
          %v3037 = arith.addi %v2971, %v3036 : i64
          %v3038 = llvm.getelementptr %v71[%v3037] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3039 = llvm.load %v3038 : !llvm.ptr -> f32
          %v3040 = arith.addi %v1540, %v2889 : i64
          %v3046 = arith.addi %v46, %v44 : i64
          %v3047 = arith.muli %v3046, %v106 : i64
          %v3048 = arith.addi %v3047, %v2889 : i64
          %v3049 = llvm.getelementptr %v37[%v3048] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3050 = llvm.load %v3049 : !llvm.ptr<3> -> f32
          %v3053 = arith.addf %v3050, %v3052 fastmath<contract> : f32
          %v3054 = arith.maximumf %v3053, %v90 : f32
          %v3055 = llvm.call_intrinsic "llvm.fabs.f32"(%v3053) : (f32) -> f32
          %v3056 = arith.negf %v3055 : f32
          %v3057 = arith.mulf %v3056, %v3044 fastmath<contract> : f32
          %v3058 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3057) : (f32) -> f32
          %v3059 = arith.addf %v91, %v3058 fastmath<contract> : f32
          %v3060 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3059) : (f32) -> f32
          %v3062 = arith.mulf %v3060, %v3061 fastmath<contract> : f32
          %v3064 = arith.mulf %v3063, %v3058 fastmath<contract> : f32
          %v3066 = arith.addf %v3064, %v3065 fastmath<contract> : f32
          %v3067 = arith.mulf %v3066, %v3058 fastmath<contract> : f32
          %v3069 = arith.addf %v3067, %v3068 fastmath<contract> : f32
          %v3070 = arith.mulf %v3069, %v3058 fastmath<contract> : f32
          %v3072 = arith.addf %v3070, %v3071 fastmath<contract> : f32
          %v3073 = arith.mulf %v3072, %v3058 fastmath<contract> : f32
          %v3075 = arith.addf %v3073, %v3074 fastmath<contract> : f32
          %v3076 = arith.mulf %v3075, %v3058 fastmath<contract> : f32
          %v3078 = arith.addf %v3076, %v3077 fastmath<contract> : f32
          %v3079 = arith.mulf %v3078, %v3058 fastmath<contract> : f32
          %v3080 = arith.addf %v3079, %v91 fastmath<contract> : f32
          %v3081 = arith.mulf %v3080, %v3058 fastmath<contract> : f32
          %v3082 = llvm.call_intrinsic "llvm.fabs.f32"(%v3058) : (f32) -> f32
          %v3084 = arith.cmpf olt, %v3082, %v3083 : f32
          %v3085 = arith.select %v3084, %v3081, %v3062 : f32
          %v3086 = arith.addf %v3054, %v3085 fastmath<contract> : f32
          %v3087 = arith.mulf %v3086, %v3045 fastmath<contract> : f32
          %v3088 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3087) : (f32) -> f32
          %v3089 = arith.muli %v44, %v106 : i64
          %v3090 = arith.addi %v3089, %v2889 : i64
          %v3091 = llvm.getelementptr %v37[%v3090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3092 = llvm.load %v3091 : !llvm.ptr<3> -> f32
          %v3093 = arith.mulf %v3086, %v3092 fastmath<contract> : f32
          %v3094 = arith.mulf %v2894, %v3093 fastmath<contract> : f32
          %v3095 = llvm.load %v4 : !llvm.ptr -> f32
          %v3096 = arith.mulf %v3088, %v3095 fastmath<contract> : f32
          %v3097 = arith.addf %v3096, %v3094 fastmath<contract> : f32
          %v3098 = llvm.load %v20 : !llvm.ptr -> f32
          %v3099 = arith.mulf %v3088, %v3098 fastmath<contract> : f32
          %v3106 = arith.mulf %v3086, %v3105 fastmath<contract> : f32
          %v3107 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3106) : (f32) -> f32
          %v3108 = arith.mulf %v2898, %v3093 fastmath<contract> : f32
          %v3109 = llvm.load %v5 : !llvm.ptr -> f32
          %v3110 = arith.mulf %v3107, %v3109 fastmath<contract> : f32
          %v3111 = arith.addf %v3110, %v3108 fastmath<contract> : f32
          %v3112 = llvm.load %v21 : !llvm.ptr -> f32
          %v3113 = arith.mulf %v3107, %v3112 fastmath<contract> : f32
          %v3120 = arith.mulf %v3086, %v3119 fastmath<contract> : f32
          %v3121 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3120) : (f32) -> f32
          %v3122 = arith.mulf %v2903, %v3093 fastmath<contract> : f32
          %v3123 = llvm.load %v6 : !llvm.ptr -> f32
          %v3124 = arith.mulf %v3121, %v3123 fastmath<contract> : f32
          %v3125 = arith.addf %v3124, %v3122 fastmath<contract> : f32
          %v3126 = llvm.load %v22 : !llvm.ptr -> f32
          %v3127 = arith.mulf %v3121, %v3126 fastmath<contract> : f32
          %v3134 = arith.mulf %v3086, %v3133 fastmath<contract> : f32
          %v3135 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3134) : (f32) -> f32
          %v3136 = arith.mulf %v2909, %v3093 fastmath<contract> : f32
          %v3137 = llvm.load %v7 : !llvm.ptr -> f32
          %v3138 = arith.mulf %v3135, %v3137 fastmath<contract> : f32
          %v3139 = arith.addf %v3138, %v3136 fastmath<contract> : f32
          %v3140 = llvm.load %v23 : !llvm.ptr -> f32
          %v3141 = arith.mulf %v3135, %v3140 fastmath<contract> : f32
          %v3148 = arith.mulf %v3086, %v3147 fastmath<contract> : f32
          %v3149 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3148) : (f32) -> f32
          %v3150 = arith.mulf %v2914, %v3093 fastmath<contract> : f32
          %v3151 = llvm.load %v8 : !llvm.ptr -> f32
          %v3152 = arith.mulf %v3149, %v3151 fastmath<contract> : f32
          %v3153 = arith.addf %v3152, %v3150 fastmath<contract> : f32
          %v3154 = llvm.load %v24 : !llvm.ptr -> f32
          %v3155 = arith.mulf %v3149, %v3154 fastmath<contract> : f32
          %v3162 = arith.mulf %v3086, %v3161 fastmath<contract> : f32
          %v3163 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3162) : (f32) -> f32
          %v3164 = arith.mulf %v2920, %v3093 fastmath<contract> : f32
          %v3165 = llvm.load %v9 : !llvm.ptr -> f32
          %v3166 = arith.mulf %v3163, %v3165 fastmath<contract> : f32
          %v3167 = arith.addf %v3166, %v3164 fastmath<contract> : f32
          %v3168 = llvm.load %v25 : !llvm.ptr -> f32
          %v3169 = arith.mulf %v3163, %v3168 fastmath<contract> : f32
          %v3176 = arith.mulf %v3086, %v3175 fastmath<contract> : f32
          %v3177 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3176) : (f32) -> f32
          %v3178 = arith.mulf %v2925, %v3093 fastmath<contract> : f32
          %v3179 = llvm.load %v10 : !llvm.ptr -> f32
          %v3180 = arith.mulf %v3177, %v3179 fastmath<contract> : f32
          %v3181 = arith.addf %v3180, %v3178 fastmath<contract> : f32
          %v3182 = llvm.load %v26 : !llvm.ptr -> f32
          %v3183 = arith.mulf %v3177, %v3182 fastmath<contract> : f32
          %v3190 = arith.mulf %v3086, %v3189 fastmath<contract> : f32
          %v3191 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3190) : (f32) -> f32
          %v3192 = arith.mulf %v2931, %v3093 fastmath<contract> : f32
          %v3193 = llvm.load %v11 : !llvm.ptr -> f32
          %v3194 = arith.mulf %v3191, %v3193 fastmath<contract> : f32
          %v3195 = arith.addf %v3194, %v3192 fastmath<contract> : f32
          %v3196 = llvm.load %v27 : !llvm.ptr -> f32
          %v3197 = arith.mulf %v3191, %v3196 fastmath<contract> : f32
          %v3204 = arith.mulf %v3086, %v3203 fastmath<contract> : f32
          %v3205 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3204) : (f32) -> f32
          %v3206 = arith.mulf %v2936, %v3093 fastmath<contract> : f32
          %v3207 = llvm.load %v12 : !llvm.ptr -> f32
          %v3208 = arith.mulf %v3205, %v3207 fastmath<contract> : f32
          %v3209 = arith.addf %v3208, %v3206 fastmath<contract> : f32
          %v3210 = llvm.load %v28 : !llvm.ptr -> f32
          %v3211 = arith.mulf %v3205, %v3210 fastmath<contract> : f32
          %v3218 = arith.mulf %v3086, %v3217 fastmath<contract> : f32
          %v3219 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3218) : (f32) -> f32
          %v3220 = arith.mulf %v2942, %v3093 fastmath<contract> : f32
          %v3221 = llvm.load %v13 : !llvm.ptr -> f32
          %v3222 = arith.mulf %v3219, %v3221 fastmath<contract> : f32
          %v3223 = arith.addf %v3222, %v3220 fastmath<contract> : f32
          %v3224 = llvm.load %v29 : !llvm.ptr -> f32
          %v3225 = arith.mulf %v3219, %v3224 fastmath<contract> : f32
          %v3232 = arith.mulf %v3086, %v3231 fastmath<contract> : f32
          %v3233 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3232) : (f32) -> f32
          %v3234 = arith.mulf %v2947, %v3093 fastmath<contract> : f32
          %v3235 = llvm.load %v14 : !llvm.ptr -> f32
          %v3236 = arith.mulf %v3233, %v3235 fastmath<contract> : f32
          %v3237 = arith.addf %v3236, %v3234 fastmath<contract> : f32
          %v3238 = llvm.load %v30 : !llvm.ptr -> f32
          %v3239 = arith.mulf %v3233, %v3238 fastmath<contract> : f32
          %v3246 = arith.mulf %v3086, %v3245 fastmath<contract> : f32
          %v3247 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3246) : (f32) -> f32
          %v3248 = arith.mulf %v2953, %v3093 fastmath<contract> : f32
          %v3249 = llvm.load %v15 : !llvm.ptr -> f32
          %v3250 = arith.mulf %v3247, %v3249 fastmath<contract> : f32
          %v3251 = arith.addf %v3250, %v3248 fastmath<contract> : f32
          %v3252 = llvm.load %v31 : !llvm.ptr -> f32
          %v3253 = arith.mulf %v3247, %v3252 fastmath<contract> : f32
          %v3260 = arith.mulf %v3086, %v3259 fastmath<contract> : f32
          %v3261 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3260) : (f32) -> f32
          %v3262 = arith.mulf %v2958, %v3093 fastmath<contract> : f32
          %v3263 = llvm.load %v16 : !llvm.ptr -> f32
          %v3264 = arith.mulf %v3261, %v3263 fastmath<contract> : f32
          %v3265 = arith.addf %v3264, %v3262 fastmath<contract> : f32
          %v3266 = llvm.load %v32 : !llvm.ptr -> f32
          %v3267 = arith.mulf %v3261, %v3266 fastmath<contract> : f32
          %v3274 = arith.mulf %v3086, %v3273 fastmath<contract> : f32
          %v3275 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3274) : (f32) -> f32
          %v3276 = arith.mulf %v2964, %v3093 fastmath<contract> : f32
          %v3277 = llvm.load %v17 : !llvm.ptr -> f32
          %v3278 = arith.mulf %v3275, %v3277 fastmath<contract> : f32
          %v3279 = arith.addf %v3278, %v3276 fastmath<contract> : f32
          %v3280 = llvm.load %v33 : !llvm.ptr -> f32
          %v3281 = arith.mulf %v3275, %v3280 fastmath<contract> : f32
          %v3288 = arith.mulf %v3086, %v3287 fastmath<contract> : f32
          %v3289 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3288) : (f32) -> f32
          %v3290 = arith.mulf %v2969, %v3093 fastmath<contract> : f32
          %v3291 = llvm.load %v18 : !llvm.ptr -> f32
          %v3292 = arith.mulf %v3289, %v3291 fastmath<contract> : f32
          %v3293 = arith.addf %v3292, %v3290 fastmath<contract> : f32
          %v3294 = llvm.load %v34 : !llvm.ptr -> f32
          %v3295 = arith.mulf %v3289, %v3294 fastmath<contract> : f32
          %v3302 = arith.mulf %v3086, %v3301 fastmath<contract> : f32
          %v3303 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3302) : (f32) -> f32
          %v3304 = arith.mulf %v2975, %v3093 fastmath<contract> : f32
          %v3305 = llvm.load %v19 : !llvm.ptr -> f32
          %v3306 = arith.mulf %v3303, %v3305 fastmath<contract> : f32
          %v3307 = arith.addf %v3306, %v3304 fastmath<contract> : f32
          %v3308 = llvm.load %v35 : !llvm.ptr -> f32
          %v3309 = arith.mulf %v3303, %v3308 fastmath<contract> : f32
          llvm.store %v3097, %v4 : f32, !llvm.ptr
          llvm.store %v3099, %v20 : f32, !llvm.ptr
          llvm.store %v3111, %v5 : f32, !llvm.ptr
          llvm.store %v3113, %v21 : f32, !llvm.ptr
          llvm.store %v3125, %v6 : f32, !llvm.ptr
          llvm.store %v3127, %v22 : f32, !llvm.ptr
          llvm.store %v3139, %v7 : f32, !llvm.ptr
          llvm.store %v3141, %v23 : f32, !llvm.ptr
          llvm.store %v3153, %v8 : f32, !llvm.ptr
          llvm.store %v3155, %v24 : f32, !llvm.ptr
          llvm.store %v3167, %v9 : f32, !llvm.ptr
          llvm.store %v3169, %v25 : f32, !llvm.ptr
          llvm.store %v3181, %v10 : f32, !llvm.ptr
          llvm.store %v3183, %v26 : f32, !llvm.ptr
          llvm.store %v3195, %v11 : f32, !llvm.ptr
          llvm.store %v3197, %v27 : f32, !llvm.ptr
          llvm.store %v3209, %v12 : f32, !llvm.ptr
          llvm.store %v3211, %v28 : f32, !llvm.ptr
          llvm.store %v3223, %v13 : f32, !llvm.ptr
          llvm.store %v3225, %v29 : f32, !llvm.ptr
          llvm.store %v3237, %v14 : f32, !llvm.ptr
          llvm.store %v3239, %v30 : f32, !llvm.ptr
          llvm.store %v3251, %v15 : f32, !llvm.ptr
          llvm.store %v3253, %v31 : f32, !llvm.ptr
          llvm.store %v3265, %v16 : f32, !llvm.ptr
          llvm.store %v3267, %v32 : f32, !llvm.ptr
          llvm.store %v3279, %v17 : f32, !llvm.ptr
          llvm.store %v3281, %v33 : f32, !llvm.ptr
          llvm.store %v3293, %v18 : f32, !llvm.ptr
          llvm.store %v3295, %v34 : f32, !llvm.ptr
          llvm.store %v3307, %v19 : f32, !llvm.ptr
          llvm.store %v3309, %v35 : f32, !llvm.ptr
          %v3310 = arith.addi %v1540, %v2890 : i64
          %v3312 = arith.addi %v46, %v44 : i64
          %v3313 = arith.muli %v3312, %v106 : i64
          %v3314 = arith.addi %v3313, %v2890 : i64
          %v3315 = llvm.getelementptr %v37[%v3314] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3316 = llvm.load %v3315 : !llvm.ptr<3> -> f32
          %v3317 = arith.addf %v3316, %v3052 fastmath<contract> : f32
          %v3318 = arith.maximumf %v3317, %v90 : f32
          %v3319 = llvm.call_intrinsic "llvm.fabs.f32"(%v3317) : (f32) -> f32
          %v3320 = arith.negf %v3319 : f32
          %v3321 = arith.mulf %v3320, %v3044 fastmath<contract> : f32
          %v3322 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3321) : (f32) -> f32
          %v3323 = arith.addf %v91, %v3322 fastmath<contract> : f32
          %v3324 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3323) : (f32) -> f32
          %v3325 = arith.mulf %v3324, %v3061 fastmath<contract> : f32
          %v3326 = arith.mulf %v3063, %v3322 fastmath<contract> : f32
          %v3327 = arith.addf %v3326, %v3065 fastmath<contract> : f32
          %v3328 = arith.mulf %v3327, %v3322 fastmath<contract> : f32
          %v3329 = arith.addf %v3328, %v3068 fastmath<contract> : f32
          %v3330 = arith.mulf %v3329, %v3322 fastmath<contract> : f32
          %v3331 = arith.addf %v3330, %v3071 fastmath<contract> : f32
          %v3332 = arith.mulf %v3331, %v3322 fastmath<contract> : f32
          %v3333 = arith.addf %v3332, %v3074 fastmath<contract> : f32
          %v3334 = arith.mulf %v3333, %v3322 fastmath<contract> : f32
          %v3335 = arith.addf %v3334, %v3077 fastmath<contract> : f32
          %v3336 = arith.mulf %v3335, %v3322 fastmath<contract> : f32
          %v3337 = arith.addf %v3336, %v91 fastmath<contract> : f32
          %v3338 = arith.mulf %v3337, %v3322 fastmath<contract> : f32
          %v3339 = llvm.call_intrinsic "llvm.fabs.f32"(%v3322) : (f32) -> f32
          %v3340 = arith.cmpf olt, %v3339, %v3083 : f32
          %v3341 = arith.select %v3340, %v3338, %v3325 : f32
          %v3342 = arith.addf %v3318, %v3341 fastmath<contract> : f32
          %v3343 = arith.mulf %v3342, %v3311 fastmath<contract> : f32
          %v3344 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3343) : (f32) -> f32
          %v3345 = arith.muli %v44, %v106 : i64
          %v3346 = arith.addi %v3345, %v2890 : i64
          %v3347 = llvm.getelementptr %v37[%v3346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3348 = llvm.load %v3347 : !llvm.ptr<3> -> f32
          %v3349 = arith.mulf %v3342, %v3348 fastmath<contract> : f32
          %v3350 = arith.mulf %v2979, %v3349 fastmath<contract> : f32
          %v3351 = llvm.load %v4 : !llvm.ptr -> f32
          %v3352 = arith.mulf %v3344, %v3351 fastmath<contract> : f32
          %v3353 = arith.addf %v3352, %v3350 fastmath<contract> : f32
          %v3354 = llvm.load %v20 : !llvm.ptr -> f32
          %v3355 = arith.mulf %v3344, %v3354 fastmath<contract> : f32
          %v3357 = arith.mulf %v3342, %v3356 fastmath<contract> : f32
          %v3358 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3357) : (f32) -> f32
          %v3359 = arith.mulf %v2983, %v3349 fastmath<contract> : f32
          %v3360 = llvm.load %v5 : !llvm.ptr -> f32
          %v3361 = arith.mulf %v3358, %v3360 fastmath<contract> : f32
          %v3362 = arith.addf %v3361, %v3359 fastmath<contract> : f32
          %v3363 = llvm.load %v21 : !llvm.ptr -> f32
          %v3364 = arith.mulf %v3358, %v3363 fastmath<contract> : f32
          %v3366 = arith.mulf %v3342, %v3365 fastmath<contract> : f32
          %v3367 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3366) : (f32) -> f32
          %v3368 = arith.mulf %v2987, %v3349 fastmath<contract> : f32
          %v3369 = llvm.load %v6 : !llvm.ptr -> f32
          %v3370 = arith.mulf %v3367, %v3369 fastmath<contract> : f32
          %v3371 = arith.addf %v3370, %v3368 fastmath<contract> : f32
          %v3372 = llvm.load %v22 : !llvm.ptr -> f32
          %v3373 = arith.mulf %v3367, %v3372 fastmath<contract> : f32
          %v3375 = arith.mulf %v3342, %v3374 fastmath<contract> : f32
          %v3376 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3375) : (f32) -> f32
          %v3377 = arith.mulf %v2991, %v3349 fastmath<contract> : f32
          %v3378 = llvm.load %v7 : !llvm.ptr -> f32
          %v3379 = arith.mulf %v3376, %v3378 fastmath<contract> : f32
          %v3380 = arith.addf %v3379, %v3377 fastmath<contract> : f32
          %v3381 = llvm.load %v23 : !llvm.ptr -> f32
          %v3382 = arith.mulf %v3376, %v3381 fastmath<contract> : f32
          %v3384 = arith.mulf %v3342, %v3383 fastmath<contract> : f32
          %v3385 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3384) : (f32) -> f32
          %v3386 = arith.mulf %v2995, %v3349 fastmath<contract> : f32
          %v3387 = llvm.load %v8 : !llvm.ptr -> f32
          %v3388 = arith.mulf %v3385, %v3387 fastmath<contract> : f32
          %v3389 = arith.addf %v3388, %v3386 fastmath<contract> : f32
          %v3390 = llvm.load %v24 : !llvm.ptr -> f32
          %v3391 = arith.mulf %v3385, %v3390 fastmath<contract> : f32
          %v3393 = arith.mulf %v3342, %v3392 fastmath<contract> : f32
          %v3394 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3393) : (f32) -> f32
          %v3395 = arith.mulf %v2999, %v3349 fastmath<contract> : f32
          %v3396 = llvm.load %v9 : !llvm.ptr -> f32
          %v3397 = arith.mulf %v3394, %v3396 fastmath<contract> : f32
          %v3398 = arith.addf %v3397, %v3395 fastmath<contract> : f32
          %v3399 = llvm.load %v25 : !llvm.ptr -> f32
          %v3400 = arith.mulf %v3394, %v3399 fastmath<contract> : f32
          %v3402 = arith.mulf %v3342, %v3401 fastmath<contract> : f32
          %v3403 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3402) : (f32) -> f32
          %v3404 = arith.mulf %v3003, %v3349 fastmath<contract> : f32
          %v3405 = llvm.load %v10 : !llvm.ptr -> f32
          %v3406 = arith.mulf %v3403, %v3405 fastmath<contract> : f32
          %v3407 = arith.addf %v3406, %v3404 fastmath<contract> : f32
          %v3408 = llvm.load %v26 : !llvm.ptr -> f32
          %v3409 = arith.mulf %v3403, %v3408 fastmath<contract> : f32
          %v3411 = arith.mulf %v3342, %v3410 fastmath<contract> : f32
          %v3412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3411) : (f32) -> f32
          %v3413 = arith.mulf %v3007, %v3349 fastmath<contract> : f32
          %v3414 = llvm.load %v11 : !llvm.ptr -> f32
          %v3415 = arith.mulf %v3412, %v3414 fastmath<contract> : f32
          %v3416 = arith.addf %v3415, %v3413 fastmath<contract> : f32
          %v3417 = llvm.load %v27 : !llvm.ptr -> f32
          %v3418 = arith.mulf %v3412, %v3417 fastmath<contract> : f32
          %v3420 = arith.mulf %v3342, %v3419 fastmath<contract> : f32
          %v3421 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3420) : (f32) -> f32
          %v3422 = arith.mulf %v3011, %v3349 fastmath<contract> : f32
          %v3423 = llvm.load %v12 : !llvm.ptr -> f32
          %v3424 = arith.mulf %v3421, %v3423 fastmath<contract> : f32
          %v3425 = arith.addf %v3424, %v3422 fastmath<contract> : f32
          %v3426 = llvm.load %v28 : !llvm.ptr -> f32
          %v3427 = arith.mulf %v3421, %v3426 fastmath<contract> : f32
          %v3429 = arith.mulf %v3342, %v3428 fastmath<contract> : f32
          %v3430 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3429) : (f32) -> f32
          %v3431 = arith.mulf %v3015, %v3349 fastmath<contract> : f32
          %v3432 = llvm.load %v13 : !llvm.ptr -> f32
          %v3433 = arith.mulf %v3430, %v3432 fastmath<contract> : f32
          %v3434 = arith.addf %v3433, %v3431 fastmath<contract> : f32
          %v3435 = llvm.load %v29 : !llvm.ptr -> f32
          %v3436 = arith.mulf %v3430, %v3435 fastmath<contract> : f32
          %v3438 = arith.mulf %v3342, %v3437 fastmath<contract> : f32
          %v3439 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3438) : (f32) -> f32
          %v3440 = arith.mulf %v3019, %v3349 fastmath<contract> : f32
          %v3441 = llvm.load %v14 : !llvm.ptr -> f32
          %v3442 = arith.mulf %v3439, %v3441 fastmath<contract> : f32
          %v3443 = arith.addf %v3442, %v3440 fastmath<contract> : f32
          %v3444 = llvm.load %v30 : !llvm.ptr -> f32
          %v3445 = arith.mulf %v3439, %v3444 fastmath<contract> : f32
          %v3447 = arith.mulf %v3342, %v3446 fastmath<contract> : f32
          %v3448 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3447) : (f32) -> f32
          %v3449 = arith.mulf %v3023, %v3349 fastmath<contract> : f32
          %v3450 = llvm.load %v15 : !llvm.ptr -> f32
          %v3451 = arith.mulf %v3448, %v3450 fastmath<contract> : f32
          %v3452 = arith.addf %v3451, %v3449 fastmath<contract> : f32
          %v3453 = llvm.load %v31 : !llvm.ptr -> f32
          %v3454 = arith.mulf %v3448, %v3453 fastmath<contract> : f32
          %v3456 = arith.mulf %v3342, %v3455 fastmath<contract> : f32
          %v3457 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3456) : (f32) -> f32
          %v3458 = arith.mulf %v3027, %v3349 fastmath<contract> : f32
          %v3459 = llvm.load %v16 : !llvm.ptr -> f32
          %v3460 = arith.mulf %v3457, %v3459 fastmath<contract> : f32
          %v3461 = arith.addf %v3460, %v3458 fastmath<contract> : f32
          %v3462 = llvm.load %v32 : !llvm.ptr -> f32
          %v3463 = arith.mulf %v3457, %v3462 fastmath<contract> : f32
          %v3465 = arith.mulf %v3342, %v3464 fastmath<contract> : f32
          %v3466 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3465) : (f32) -> f32
          %v3467 = arith.mulf %v3031, %v3349 fastmath<contract> : f32
          %v3468 = llvm.load %v17 : !llvm.ptr -> f32
          %v3469 = arith.mulf %v3466, %v3468 fastmath<contract> : f32
          %v3470 = arith.addf %v3469, %v3467 fastmath<contract> : f32
          %v3471 = llvm.load %v33 : !llvm.ptr -> f32
          %v3472 = arith.mulf %v3466, %v3471 fastmath<contract> : f32
          %v3474 = arith.mulf %v3342, %v3473 fastmath<contract> : f32
          %v3475 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3474) : (f32) -> f32
          %v3476 = arith.mulf %v3035, %v3349 fastmath<contract> : f32
          %v3477 = llvm.load %v18 : !llvm.ptr -> f32
          %v3478 = arith.mulf %v3475, %v3477 fastmath<contract> : f32
          %v3479 = arith.addf %v3478, %v3476 fastmath<contract> : f32
          %v3480 = llvm.load %v34 : !llvm.ptr -> f32
          %v3481 = arith.mulf %v3475, %v3480 fastmath<contract> : f32
          %v3483 = arith.mulf %v3342, %v3482 fastmath<contract> : f32
          %v3484 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3483) : (f32) -> f32
          %v3485 = arith.mulf %v3039, %v3349 fastmath<contract> : f32
          %v3486 = llvm.load %v19 : !llvm.ptr -> f32
          %v3487 = arith.mulf %v3484, %v3486 fastmath<contract> : f32
          %v3488 = arith.addf %v3487, %v3485 fastmath<contract> : f32
          %v3489 = llvm.load %v35 : !llvm.ptr -> f32
          %v3490 = arith.mulf %v3484, %v3489 fastmath<contract> : f32
          llvm.store %v3353, %v4 : f32, !llvm.ptr
          llvm.store %v3355, %v20 : f32, !llvm.ptr
          llvm.store %v3362, %v5 : f32, !llvm.ptr
          llvm.store %v3364, %v21 : f32, !llvm.ptr
          llvm.store %v3371, %v6 : f32, !llvm.ptr
          llvm.store %v3373, %v22 : f32, !llvm.ptr
          llvm.store %v3380, %v7 : f32, !llvm.ptr
          llvm.store %v3382, %v23 : f32, !llvm.ptr
          llvm.store %v3389, %v8 : f32, !llvm.ptr
          llvm.store %v3391, %v24 : f32, !llvm.ptr
          llvm.store %v3398, %v9 : f32, !llvm.ptr
          llvm.store %v3400, %v25 : f32, !llvm.ptr
          llvm.store %v3407, %v10 : f32, !llvm.ptr
          llvm.store %v3409, %v26 : f32, !llvm.ptr
          llvm.store %v3416, %v11 : f32, !llvm.ptr
          llvm.store %v3418, %v27 : f32, !llvm.ptr
          llvm.store %v3425, %v12 : f32, !llvm.ptr
          llvm.store %v3427, %v28 : f32, !llvm.ptr
          llvm.store %v3434, %v13 : f32, !llvm.ptr
          llvm.store %v3436, %v29 : f32, !llvm.ptr
          llvm.store %v3443, %v14 : f32, !llvm.ptr
          llvm.store %v3445, %v30 : f32, !llvm.ptr
          llvm.store %v3452, %v15 : f32, !llvm.ptr
          llvm.store %v3454, %v31 : f32, !llvm.ptr
          llvm.store %v3461, %v16 : f32, !llvm.ptr
          llvm.store %v3463, %v32 : f32, !llvm.ptr
          llvm.store %v3470, %v17 : f32, !llvm.ptr
          llvm.store %v3472, %v33 : f32, !llvm.ptr
          llvm.store %v3479, %v18 : f32, !llvm.ptr
          llvm.store %v3481, %v34 : f32, !llvm.ptr
          llvm.store %v3488, %v19 : f32, !llvm.ptr
          llvm.store %v3490, %v35 : f32, !llvm.ptr
        }
        %v3491 = arith.muli %v2883, %v86 : i64
        %v3492 = arith.index_cast %v3491 : i64 to index
        %v3493 = arith.index_cast %v1566 : i64 to index
        %v3494 = arith.index_cast %v2 : i64 to index
        scf.for %v3495 = %v3492 to %v3493 step %v3494 {
          %v3496 = arith.index_cast %v3495 : index to i64
          %v3497 = arith.addi %v1540, %v3496 : i64
          %v3499 = arith.addi %v46, %v44 : i64
          %v3500 = arith.muli %v3499, %v106 : i64
          %v3501 = arith.addi %v3500, %v3496 : i64
          %v3502 = llvm.getelementptr %v37[%v3501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3503 = llvm.load %v3502 : !llvm.ptr<3> -> f32
          %v3504 = arith.addf %v3503, %v3052 fastmath<contract> : f32
          %v3505 = arith.maximumf %v3504, %v90 : f32
          %v3506 = llvm.call_intrinsic "llvm.fabs.f32"(%v3504) : (f32) -> f32
          %v3507 = arith.negf %v3506 : f32
          %v3508 = arith.mulf %v3507, %v3044 fastmath<contract> : f32
          %v3509 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3508) : (f32) -> f32
          %v3510 = arith.addf %v91, %v3509 fastmath<contract> : f32
          %v3511 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3510) : (f32) -> f32
          %v3512 = arith.mulf %v3511, %v3061 fastmath<contract> : f32
          %v3513 = arith.mulf %v3063, %v3509 fastmath<contract> : f32
          %v3514 = arith.addf %v3513, %v3065 fastmath<contract> : f32
          %v3515 = arith.mulf %v3514, %v3509 fastmath<contract> : f32
          %v3516 = arith.addf %v3515, %v3068 fastmath<contract> : f32
          %v3517 = arith.mulf %v3516, %v3509 fastmath<contract> : f32
          %v3518 = arith.addf %v3517, %v3071 fastmath<contract> : f32
          %v3519 = arith.mulf %v3518, %v3509 fastmath<contract> : f32
          %v3520 = arith.addf %v3519, %v3074 fastmath<contract> : f32
          %v3521 = arith.mulf %v3520, %v3509 fastmath<contract> : f32
          %v3522 = arith.addf %v3521, %v3077 fastmath<contract> : f32
          %v3523 = arith.mulf %v3522, %v3509 fastmath<contract> : f32
          %v3524 = arith.addf %v3523, %v91 fastmath<contract> : f32
          %v3525 = arith.mulf %v3524, %v3509 fastmath<contract> : f32
          %v3526 = llvm.call_intrinsic "llvm.fabs.f32"(%v3509) : (f32) -> f32
          %v3527 = arith.cmpf olt, %v3526, %v3083 : f32
          %v3528 = arith.select %v3527, %v3525, %v3512 : f32
          %v3529 = arith.addf %v3505, %v3528 fastmath<contract> : f32
          %v3530 = arith.mulf %v3529, %v3498 fastmath<contract> : f32
          %v3531 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3530) : (f32) -> f32
          %v3532 = arith.subi %v3497, %v1540 : i64
          %v3533 = llvm.getelementptr %v71[%v3532] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3534 = llvm.load %v3533 : !llvm.ptr -> f32
          %v3535 = arith.muli %v44, %v106 : i64
          %v3536 = arith.addi %v3535, %v3496 : i64
          %v3537 = llvm.getelementptr %v37[%v3536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3538 = llvm.load %v3537 : !llvm.ptr<3> -> f32
          %v3539 = arith.mulf %v3529, %v3538 fastmath<contract> : f32
          %v3540 = arith.mulf %v3534, %v3539 fastmath<contract> : f32
          %v3541 = llvm.load %v4 : !llvm.ptr -> f32
          %v3542 = arith.mulf %v3531, %v3541 fastmath<contract> : f32
          %v3543 = arith.addf %v3542, %v3540 fastmath<contract> : f32
          %v3544 = llvm.load %v20 : !llvm.ptr -> f32
          %v3545 = arith.mulf %v3531, %v3544 fastmath<contract> : f32
          %v3547 = arith.mulf %v3529, %v3546 fastmath<contract> : f32
          %v3548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3547) : (f32) -> f32
          %v3549 = arith.subi %v3497, %v1540 : i64
          %v3550 = arith.addi %v1561, %v3549 : i64
          %v3551 = llvm.getelementptr %v71[%v3550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3552 = llvm.load %v3551 : !llvm.ptr -> f32
          %v3553 = arith.mulf %v3552, %v3539 fastmath<contract> : f32
          %v3554 = llvm.load %v5 : !llvm.ptr -> f32
          %v3555 = arith.mulf %v3548, %v3554 fastmath<contract> : f32
          %v3556 = arith.addf %v3555, %v3553 fastmath<contract> : f32
          %v3557 = llvm.load %v21 : !llvm.ptr -> f32
          %v3558 = arith.mulf %v3548, %v3557 fastmath<contract> : f32
          %v3560 = arith.mulf %v3529, %v3559 fastmath<contract> : f32
          %v3561 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3560) : (f32) -> f32
          %v3562 = arith.subi %v3497, %v1540 : i64
          %v3563 = arith.addi %v2899, %v3562 : i64
          %v3564 = llvm.getelementptr %v71[%v3563] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3565 = llvm.load %v3564 : !llvm.ptr -> f32
          %v3566 = arith.mulf %v3565, %v3539 fastmath<contract> : f32
          %v3567 = llvm.load %v6 : !llvm.ptr -> f32
          %v3568 = arith.mulf %v3561, %v3567 fastmath<contract> : f32
          %v3569 = arith.addf %v3568, %v3566 fastmath<contract> : f32
          %v3570 = llvm.load %v22 : !llvm.ptr -> f32
          %v3571 = arith.mulf %v3561, %v3570 fastmath<contract> : f32
          %v3573 = arith.mulf %v3529, %v3572 fastmath<contract> : f32
          %v3574 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3573) : (f32) -> f32
          %v3575 = arith.subi %v3497, %v1540 : i64
          %v3576 = arith.addi %v2905, %v3575 : i64
          %v3577 = llvm.getelementptr %v71[%v3576] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3578 = llvm.load %v3577 : !llvm.ptr -> f32
          %v3579 = arith.mulf %v3578, %v3539 fastmath<contract> : f32
          %v3580 = llvm.load %v7 : !llvm.ptr -> f32
          %v3581 = arith.mulf %v3574, %v3580 fastmath<contract> : f32
          %v3582 = arith.addf %v3581, %v3579 fastmath<contract> : f32
          %v3583 = llvm.load %v23 : !llvm.ptr -> f32
          %v3584 = arith.mulf %v3574, %v3583 fastmath<contract> : f32
          %v3586 = arith.mulf %v3529, %v3585 fastmath<contract> : f32
          %v3587 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3586) : (f32) -> f32
          %v3588 = arith.subi %v3497, %v1540 : i64
          %v3589 = arith.addi %v2910, %v3588 : i64
          %v3590 = llvm.getelementptr %v71[%v3589] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3591 = llvm.load %v3590 : !llvm.ptr -> f32
          %v3592 = arith.mulf %v3591, %v3539 fastmath<contract> : f32
          %v3593 = llvm.load %v8 : !llvm.ptr -> f32
          %v3594 = arith.mulf %v3587, %v3593 fastmath<contract> : f32
          %v3595 = arith.addf %v3594, %v3592 fastmath<contract> : f32
          %v3596 = llvm.load %v24 : !llvm.ptr -> f32
          %v3597 = arith.mulf %v3587, %v3596 fastmath<contract> : f32
          %v3599 = arith.mulf %v3529, %v3598 fastmath<contract> : f32
          %v3600 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3599) : (f32) -> f32
          %v3601 = arith.subi %v3497, %v1540 : i64
          %v3602 = arith.addi %v2916, %v3601 : i64
          %v3603 = llvm.getelementptr %v71[%v3602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3604 = llvm.load %v3603 : !llvm.ptr -> f32
          %v3605 = arith.mulf %v3604, %v3539 fastmath<contract> : f32
          %v3606 = llvm.load %v9 : !llvm.ptr -> f32
          %v3607 = arith.mulf %v3600, %v3606 fastmath<contract> : f32
          %v3608 = arith.addf %v3607, %v3605 fastmath<contract> : f32
          %v3609 = llvm.load %v25 : !llvm.ptr -> f32
          %v3610 = arith.mulf %v3600, %v3609 fastmath<contract> : f32
          %v3612 = arith.mulf %v3529, %v3611 fastmath<contract> : f32
          %v3613 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3612) : (f32) -> f32
          %v3614 = arith.subi %v3497, %v1540 : i64
          %v3615 = arith.addi %v2921, %v3614 : i64
          %v3616 = llvm.getelementptr %v71[%v3615] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3617 = llvm.load %v3616 : !llvm.ptr -> f32
          %v3618 = arith.mulf %v3617, %v3539 fastmath<contract> : f32
          %v3619 = llvm.load %v10 : !llvm.ptr -> f32
          %v3620 = arith.mulf %v3613, %v3619 fastmath<contract> : f32
          %v3621 = arith.addf %v3620, %v3618 fastmath<contract> : f32
          %v3622 = llvm.load %v26 : !llvm.ptr -> f32
          %v3623 = arith.mulf %v3613, %v3622 fastmath<contract> : f32
          %v3625 = arith.mulf %v3529, %v3624 fastmath<contract> : f32
          %v3626 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3625) : (f32) -> f32
          %v3627 = arith.subi %v3497, %v1540 : i64
          %v3628 = arith.addi %v2927, %v3627 : i64
          %v3629 = llvm.getelementptr %v71[%v3628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3630 = llvm.load %v3629 : !llvm.ptr -> f32
          %v3631 = arith.mulf %v3630, %v3539 fastmath<contract> : f32
          %v3632 = llvm.load %v11 : !llvm.ptr -> f32
          %v3633 = arith.mulf %v3626, %v3632 fastmath<contract> : f32
          %v3634 = arith.addf %v3633, %v3631 fastmath<contract> : f32
          %v3635 = llvm.load %v27 : !llvm.ptr -> f32
          %v3636 = arith.mulf %v3626, %v3635 fastmath<contract> : f32
          %v3638 = arith.mulf %v3529, %v3637 fastmath<contract> : f32
          %v3639 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3638) : (f32) -> f32
          %v3640 = arith.subi %v3497, %v1540 : i64
          %v3641 = arith.addi %v2932, %v3640 : i64
          %v3642 = llvm.getelementptr %v71[%v3641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3643 = llvm.load %v3642 : !llvm.ptr -> f32
          %v3644 = arith.mulf %v3643, %v3539 fastmath<contract> : f32
          %v3645 = llvm.load %v12 : !llvm.ptr -> f32
          %v3646 = arith.mulf %v3639, %v3645 fastmath<contract> : f32
          %v3647 = arith.addf %v3646, %v3644 fastmath<contract> : f32
          %v3648 = llvm.load %v28 : !llvm.ptr -> f32
          %v3649 = arith.mulf %v3639, %v3648 fastmath<contract> : f32
          %v3651 = arith.mulf %v3529, %v3650 fastmath<contract> : f32
          %v3652 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3651) : (f32) -> f32
          %v3653 = arith.subi %v3497, %v1540 : i64
          %v3654 = arith.addi %v2938, %v3653 : i64
          %v3655 = llvm.getelementptr %v71[%v3654] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3656 = llvm.load %v3655 : !llvm.ptr -> f32
          %v3657 = arith.mulf %v3656, %v3539 fastmath<contract> : f32
          %v3658 = llvm.load %v13 : !llvm.ptr -> f32
          %v3659 = arith.mulf %v3652, %v3658 fastmath<contract> : f32
          %v3660 = arith.addf %v3659, %v3657 fastmath<contract> : f32
          %v3661 = llvm.load %v29 : !llvm.ptr -> f32
          %v3662 = arith.mulf %v3652, %v3661 fastmath<contract> : f32
          %v3664 = arith.mulf %v3529, %v3663 fastmath<contract> : f32
          %v3665 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3664) : (f32) -> f32
          %v3666 = arith.subi %v3497, %v1540 : i64
          %v3667 = arith.addi %v2943, %v3666 : i64
          %v3668 = llvm.getelementptr %v71[%v3667] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3669 = llvm.load %v3668 : !llvm.ptr -> f32
          %v3670 = arith.mulf %v3669, %v3539 fastmath<contract> : f32
          %v3671 = llvm.load %v14 : !llvm.ptr -> f32
          %v3672 = arith.mulf %v3665, %v3671 fastmath<contract> : f32
          %v3673 = arith.addf %v3672, %v3670 fastmath<contract> : f32
          %v3674 = llvm.load %v30 : !llvm.ptr -> f32
          %v3675 = arith.mulf %v3665, %v3674 fastmath<contract> : f32
          %v3677 = arith.mulf %v3529, %v3676 fastmath<contract> : f32
          %v3678 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3677) : (f32) -> f32
          %v3679 = arith.subi %v3497, %v1540 : i64
          %v3680 = arith.addi %v2949, %v3679 : i64
          %v3681 = llvm.getelementptr %v71[%v3680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3682 = llvm.load %v3681 : !llvm.ptr -> f32
          %v3683 = arith.mulf %v3682, %v3539 fastmath<contract> : f32
          %v3684 = llvm.load %v15 : !llvm.ptr -> f32
          %v3685 = arith.mulf %v3678, %v3684 fastmath<contract> : f32
          %v3686 = arith.addf %v3685, %v3683 fastmath<contract> : f32
          %v3687 = llvm.load %v31 : !llvm.ptr -> f32
          %v3688 = arith.mulf %v3678, %v3687 fastmath<contract> : f32
          %v3690 = arith.mulf %v3529, %v3689 fastmath<contract> : f32
          %v3691 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3690) : (f32) -> f32
          %v3692 = arith.subi %v3497, %v1540 : i64
          %v3693 = arith.addi %v2954, %v3692 : i64
          %v3694 = llvm.getelementptr %v71[%v3693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3695 = llvm.load %v3694 : !llvm.ptr -> f32
          %v3696 = arith.mulf %v3695, %v3539 fastmath<contract> : f32
          %v3697 = llvm.load %v16 : !llvm.ptr -> f32
          %v3698 = arith.mulf %v3691, %v3697 fastmath<contract> : f32
          %v3699 = arith.addf %v3698, %v3696 fastmath<contract> : f32
          %v3700 = llvm.load %v32 : !llvm.ptr -> f32
          %v3701 = arith.mulf %v3691, %v3700 fastmath<contract> : f32
          %v3703 = arith.mulf %v3529, %v3702 fastmath<contract> : f32
          %v3704 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3703) : (f32) -> f32
          %v3705 = arith.subi %v3497, %v1540 : i64
          %v3706 = arith.addi %v2960, %v3705 : i64
          %v3707 = llvm.getelementptr %v71[%v3706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3708 = llvm.load %v3707 : !llvm.ptr -> f32
          %v3709 = arith.mulf %v3708, %v3539 fastmath<contract> : f32
          %v3710 = llvm.load %v17 : !llvm.ptr -> f32
          %v3711 = arith.mulf %v3704, %v3710 fastmath<contract> : f32
          %v3712 = arith.addf %v3711, %v3709 fastmath<contract> : f32
          %v3713 = llvm.load %v33 : !llvm.ptr -> f32
          %v3714 = arith.mulf %v3704, %v3713 fastmath<contract> : f32
          %v3716 = arith.mulf %v3529, %v3715 fastmath<contract> : f32
          %v3717 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3716) : (f32) -> f32
          %v3718 = arith.subi %v3497, %v1540 : i64
          %v3719 = arith.addi %v2965, %v3718 : i64
          %v3720 = llvm.getelementptr %v71[%v3719] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3721 = llvm.load %v3720 : !llvm.ptr -> f32
          %v3722 = arith.mulf %v3721, %v3539 fastmath<contract> : f32
          %v3723 = llvm.load %v18 : !llvm.ptr -> f32
          %v3724 = arith.mulf %v3717, %v3723 fastmath<contract> : f32
          %v3725 = arith.addf %v3724, %v3722 fastmath<contract> : f32
          %v3726 = llvm.load %v34 : !llvm.ptr -> f32
          %v3727 = arith.mulf %v3717, %v3726 fastmath<contract> : f32
          %v3729 = arith.mulf %v3529, %v3728 fastmath<contract> : f32
          %v3730 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3729) : (f32) -> f32
          %v3731 = arith.subi %v3497, %v1540 : i64
          %v3732 = arith.addi %v2971, %v3731 : i64
          %v3733 = llvm.getelementptr %v71[%v3732] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3734 = llvm.load %v3733 : !llvm.ptr -> f32
          %v3735 = arith.mulf %v3734, %v3539 fastmath<contract> : f32
          %v3736 = llvm.load %v19 : !llvm.ptr -> f32
          %v3737 = arith.mulf %v3730, %v3736 fastmath<contract> : f32
          %v3738 = arith.addf %v3737, %v3735 fastmath<contract> : f32
          %v3739 = llvm.load %v35 : !llvm.ptr -> f32
          %v3740 = arith.mulf %v3730, %v3739 fastmath<contract> : f32
          llvm.store %v3543, %v4 : f32, !llvm.ptr
          llvm.store %v3545, %v20 : f32, !llvm.ptr
          llvm.store %v3556, %v5 : f32, !llvm.ptr
          llvm.store %v3558, %v21 : f32, !llvm.ptr
          llvm.store %v3569, %v6 : f32, !llvm.ptr
          llvm.store %v3571, %v22 : f32, !llvm.ptr
          llvm.store %v3582, %v7 : f32, !llvm.ptr
          llvm.store %v3584, %v23 : f32, !llvm.ptr
          llvm.store %v3595, %v8 : f32, !llvm.ptr
          llvm.store %v3597, %v24 : f32, !llvm.ptr
          llvm.store %v3608, %v9 : f32, !llvm.ptr
          llvm.store %v3610, %v25 : f32, !llvm.ptr
          llvm.store %v3621, %v10 : f32, !llvm.ptr
          llvm.store %v3623, %v26 : f32, !llvm.ptr
          llvm.store %v3634, %v11 : f32, !llvm.ptr
          llvm.store %v3636, %v27 : f32, !llvm.ptr
          llvm.store %v3647, %v12 : f32, !llvm.ptr
          llvm.store %v3649, %v28 : f32, !llvm.ptr
          llvm.store %v3660, %v13 : f32, !llvm.ptr
          llvm.store %v3662, %v29 : f32, !llvm.ptr
          llvm.store %v3673, %v14 : f32, !llvm.ptr
          llvm.store %v3675, %v30 : f32, !llvm.ptr
          llvm.store %v3686, %v15 : f32, !llvm.ptr
          llvm.store %v3688, %v31 : f32, !llvm.ptr
          llvm.store %v3699, %v16 : f32, !llvm.ptr
          llvm.store %v3701, %v32 : f32, !llvm.ptr
          llvm.store %v3712, %v17 : f32, !llvm.ptr
          llvm.store %v3714, %v33 : f32, !llvm.ptr
          llvm.store %v3725, %v18 : f32, !llvm.ptr
          llvm.store %v3727, %v34 : f32, !llvm.ptr
          llvm.store %v3738, %v19 : f32, !llvm.ptr
          llvm.store %v3740, %v35 : f32, !llvm.ptr
        }
        gpu.barrier
        %v3741 = arith.divui %v44, %v95 : i64
        %v3742 = arith.remui %v44, %v95 : i64
        %v3743 = arith.muli %v3741, %v106 : i64
        %v3744 = arith.addi %v3743, %v3742 : i64
        %v3745 = llvm.getelementptr %v37[%v3744] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1581, %v3745 : f32, !llvm.ptr<3>
        %v3746 = arith.addi %v46, %v44 : i64
        %v3747 = arith.divui %v3746, %v95 : i64
        %v3748 = arith.remui %v3746, %v95 : i64
        %v3749 = arith.muli %v3747, %v106 : i64
        %v3750 = arith.addi %v3749, %v3748 : i64
        %v3751 = llvm.getelementptr %v37[%v3750] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1594, %v3751 : f32, !llvm.ptr<3>
        %v3752 = arith.addi %v87, %v44 : i64
        %v3753 = arith.divui %v3752, %v95 : i64
        %v3754 = arith.remui %v3752, %v95 : i64
        %v3755 = arith.muli %v3753, %v106 : i64
        %v3756 = arith.addi %v3755, %v3754 : i64
        %v3757 = llvm.getelementptr %v37[%v3756] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1607, %v3757 : f32, !llvm.ptr<3>
        %v3759 = arith.addi %v3758, %v44 : i64
        %v3760 = arith.divui %v3759, %v95 : i64
        %v3761 = arith.remui %v3759, %v95 : i64
        %v3762 = arith.muli %v3760, %v106 : i64
        %v3763 = arith.addi %v3762, %v3761 : i64
        %v3764 = llvm.getelementptr %v37[%v3763] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1620, %v3764 : f32, !llvm.ptr<3>
        %v3765 = arith.addi %v40, %v44 : i64
        %v3766 = arith.divui %v3765, %v95 : i64
        %v3767 = arith.remui %v3765, %v95 : i64
        %v3768 = arith.muli %v3766, %v106 : i64
        %v3769 = arith.addi %v3768, %v3767 : i64
        %v3770 = llvm.getelementptr %v37[%v3769] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1633, %v3770 : f32, !llvm.ptr<3>
        %v3772 = arith.addi %v3771, %v44 : i64
        %v3773 = arith.divui %v3772, %v95 : i64
        %v3774 = arith.remui %v3772, %v95 : i64
        %v3775 = arith.muli %v3773, %v106 : i64
        %v3776 = arith.addi %v3775, %v3774 : i64
        %v3777 = llvm.getelementptr %v37[%v3776] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1646, %v3777 : f32, !llvm.ptr<3>
        %v3779 = arith.addi %v3778, %v44 : i64
        %v3780 = arith.divui %v3779, %v95 : i64
        %v3781 = arith.remui %v3779, %v95 : i64
        %v3782 = arith.muli %v3780, %v106 : i64
        %v3783 = arith.addi %v3782, %v3781 : i64
        %v3784 = llvm.getelementptr %v37[%v3783] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1659, %v3784 : f32, !llvm.ptr<3>
        %v3786 = arith.addi %v3785, %v44 : i64
        %v3787 = arith.divui %v3786, %v95 : i64
        %v3788 = arith.remui %v3786, %v95 : i64
        %v3789 = arith.muli %v3787, %v106 : i64
        %v3790 = arith.addi %v3789, %v3788 : i64
        %v3791 = llvm.getelementptr %v37[%v3790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1672, %v3791 : f32, !llvm.ptr<3>
        %v3792 = arith.addi %v1542, %v44 : i64
        %v3793 = arith.divui %v3792, %v95 : i64
        %v3794 = arith.remui %v3792, %v95 : i64
        %v3795 = arith.muli %v3793, %v106 : i64
        %v3796 = arith.addi %v3795, %v3794 : i64
        %v3797 = llvm.getelementptr %v37[%v3796] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1685, %v3797 : f32, !llvm.ptr<3>
        %v3799 = arith.addi %v3798, %v44 : i64
        %v3800 = arith.divui %v3799, %v95 : i64
        %v3801 = arith.remui %v3799, %v95 : i64
        %v3802 = arith.muli %v3800, %v106 : i64
        %v3803 = arith.addi %v3802, %v3801 : i64
        %v3804 = llvm.getelementptr %v37[%v3803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1698, %v3804 : f32, !llvm.ptr<3>
        %v3806 = arith.addi %v3805, %v44 : i64
        %v3807 = arith.divui %v3806, %v95 : i64
        %v3808 = arith.remui %v3806, %v95 : i64
        %v3809 = arith.muli %v3807, %v106 : i64
        %v3810 = arith.addi %v3809, %v3808 : i64
        %v3811 = llvm.getelementptr %v37[%v3810] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1711, %v3811 : f32, !llvm.ptr<3>
        %v3813 = arith.addi %v3812, %v44 : i64
        %v3814 = arith.divui %v3813, %v95 : i64
        %v3815 = arith.remui %v3813, %v95 : i64
        %v3816 = arith.muli %v3814, %v106 : i64
        %v3817 = arith.addi %v3816, %v3815 : i64
        %v3818 = llvm.getelementptr %v37[%v3817] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1724, %v3818 : f32, !llvm.ptr<3>
        %v3820 = arith.addi %v3819, %v44 : i64
        %v3821 = arith.divui %v3820, %v95 : i64
        %v3822 = arith.remui %v3820, %v95 : i64
        %v3823 = arith.muli %v3821, %v106 : i64
        %v3824 = arith.addi %v3823, %v3822 : i64
        %v3825 = llvm.getelementptr %v37[%v3824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1737, %v3825 : f32, !llvm.ptr<3>
        %v3827 = arith.addi %v3826, %v44 : i64
        %v3828 = arith.divui %v3827, %v95 : i64
        %v3829 = arith.remui %v3827, %v95 : i64
        %v3830 = arith.muli %v3828, %v106 : i64
        %v3831 = arith.addi %v3830, %v3829 : i64
        %v3832 = llvm.getelementptr %v37[%v3831] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1750, %v3832 : f32, !llvm.ptr<3>
        %v3834 = arith.addi %v3833, %v44 : i64
        %v3835 = arith.divui %v3834, %v95 : i64
        %v3836 = arith.remui %v3834, %v95 : i64
        %v3837 = arith.muli %v3835, %v106 : i64
        %v3838 = arith.addi %v3837, %v3836 : i64
        %v3839 = llvm.getelementptr %v37[%v3838] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1763, %v3839 : f32, !llvm.ptr<3>
        %v3841 = arith.addi %v3840, %v44 : i64
        %v3842 = arith.divui %v3841, %v95 : i64
        %v3843 = arith.remui %v3841, %v95 : i64
        %v3844 = arith.muli %v3842, %v106 : i64
        %v3845 = arith.addi %v3844, %v3843 : i64
        %v3846 = llvm.getelementptr %v37[%v3845] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1776, %v3846 : f32, !llvm.ptr<3>
        %v3848 = arith.addi %v3847, %v44 : i64
        %v3849 = arith.divui %v3848, %v95 : i64
        %v3850 = arith.remui %v3848, %v95 : i64
        %v3851 = arith.muli %v3849, %v106 : i64
        %v3852 = arith.addi %v3851, %v3850 : i64
        %v3853 = llvm.getelementptr %v37[%v3852] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1789, %v3853 : f32, !llvm.ptr<3>
        %v3855 = arith.addi %v3854, %v44 : i64
        %v3856 = arith.divui %v3855, %v95 : i64
        %v3857 = arith.remui %v3855, %v95 : i64
        %v3858 = arith.muli %v3856, %v106 : i64
        %v3859 = arith.addi %v3858, %v3857 : i64
        %v3860 = llvm.getelementptr %v37[%v3859] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1802, %v3860 : f32, !llvm.ptr<3>
        %v3862 = arith.addi %v3861, %v44 : i64
        %v3863 = arith.divui %v3862, %v95 : i64
        %v3864 = arith.remui %v3862, %v95 : i64
        %v3865 = arith.muli %v3863, %v106 : i64
        %v3866 = arith.addi %v3865, %v3864 : i64
        %v3867 = llvm.getelementptr %v37[%v3866] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1815, %v3867 : f32, !llvm.ptr<3>
        %v3869 = arith.addi %v3868, %v44 : i64
        %v3870 = arith.divui %v3869, %v95 : i64
        %v3871 = arith.remui %v3869, %v95 : i64
        %v3872 = arith.muli %v3870, %v106 : i64
        %v3873 = arith.addi %v3872, %v3871 : i64
        %v3874 = llvm.getelementptr %v37[%v3873] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1828, %v3874 : f32, !llvm.ptr<3>
        %v3876 = arith.addi %v3875, %v44 : i64
        %v3877 = arith.divui %v3876, %v95 : i64
        %v3878 = arith.remui %v3876, %v95 : i64
        %v3879 = arith.muli %v3877, %v106 : i64
        %v3880 = arith.addi %v3879, %v3878 : i64
        %v3881 = llvm.getelementptr %v37[%v3880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1841, %v3881 : f32, !llvm.ptr<3>
        %v3883 = arith.addi %v3882, %v44 : i64
        %v3884 = arith.divui %v3883, %v95 : i64
        %v3885 = arith.remui %v3883, %v95 : i64
        %v3886 = arith.muli %v3884, %v106 : i64
        %v3887 = arith.addi %v3886, %v3885 : i64
        %v3888 = llvm.getelementptr %v37[%v3887] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1854, %v3888 : f32, !llvm.ptr<3>
        %v3890 = arith.addi %v3889, %v44 : i64
        %v3891 = arith.divui %v3890, %v95 : i64
        %v3892 = arith.remui %v3890, %v95 : i64
        %v3893 = arith.muli %v3891, %v106 : i64
        %v3894 = arith.addi %v3893, %v3892 : i64
        %v3895 = llvm.getelementptr %v37[%v3894] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1867, %v3895 : f32, !llvm.ptr<3>
        %v3897 = arith.addi %v3896, %v44 : i64
        %v3898 = arith.divui %v3897, %v95 : i64
        %v3899 = arith.remui %v3897, %v95 : i64
        %v3900 = arith.muli %v3898, %v106 : i64
        %v3901 = arith.addi %v3900, %v3899 : i64
        %v3902 = llvm.getelementptr %v37[%v3901] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1880, %v3902 : f32, !llvm.ptr<3>
        %v3904 = arith.addi %v3903, %v44 : i64
        %v3905 = arith.divui %v3904, %v95 : i64
        %v3906 = arith.remui %v3904, %v95 : i64
        %v3907 = arith.muli %v3905, %v106 : i64
        %v3908 = arith.addi %v3907, %v3906 : i64
        %v3909 = llvm.getelementptr %v37[%v3908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1893, %v3909 : f32, !llvm.ptr<3>
        %v3911 = arith.addi %v3910, %v44 : i64
        %v3912 = arith.divui %v3911, %v95 : i64
        %v3913 = arith.remui %v3911, %v95 : i64
        %v3914 = arith.muli %v3912, %v106 : i64
        %v3915 = arith.addi %v3914, %v3913 : i64
        %v3916 = llvm.getelementptr %v37[%v3915] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1906, %v3916 : f32, !llvm.ptr<3>
        %v3918 = arith.addi %v3917, %v44 : i64
        %v3919 = arith.divui %v3918, %v95 : i64
        %v3920 = arith.remui %v3918, %v95 : i64
        %v3921 = arith.muli %v3919, %v106 : i64
        %v3922 = arith.addi %v3921, %v3920 : i64
        %v3923 = llvm.getelementptr %v37[%v3922] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1919, %v3923 : f32, !llvm.ptr<3>
        %v3925 = arith.addi %v3924, %v44 : i64
        %v3926 = arith.divui %v3925, %v95 : i64
        %v3927 = arith.remui %v3925, %v95 : i64
        %v3928 = arith.muli %v3926, %v106 : i64
        %v3929 = arith.addi %v3928, %v3927 : i64
        %v3930 = llvm.getelementptr %v37[%v3929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1932, %v3930 : f32, !llvm.ptr<3>
        %v3932 = arith.addi %v3931, %v44 : i64
        %v3933 = arith.divui %v3932, %v95 : i64
        %v3934 = arith.remui %v3932, %v95 : i64
        %v3935 = arith.muli %v3933, %v106 : i64
        %v3936 = arith.addi %v3935, %v3934 : i64
        %v3937 = llvm.getelementptr %v37[%v3936] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1945, %v3937 : f32, !llvm.ptr<3>
        %v3939 = arith.addi %v3938, %v44 : i64
        %v3940 = arith.divui %v3939, %v95 : i64
        %v3941 = arith.remui %v3939, %v95 : i64
        %v3942 = arith.muli %v3940, %v106 : i64
        %v3943 = arith.addi %v3942, %v3941 : i64
        %v3944 = llvm.getelementptr %v37[%v3943] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1958, %v3944 : f32, !llvm.ptr<3>
        %v3946 = arith.addi %v3945, %v44 : i64
        %v3947 = arith.divui %v3946, %v95 : i64
        %v3948 = arith.remui %v3946, %v95 : i64
        %v3949 = arith.muli %v3947, %v106 : i64
        %v3950 = arith.addi %v3949, %v3948 : i64
        %v3951 = llvm.getelementptr %v37[%v3950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1971, %v3951 : f32, !llvm.ptr<3>
        %v3953 = arith.addi %v3952, %v44 : i64
        %v3954 = arith.divui %v3953, %v95 : i64
        %v3955 = arith.remui %v3953, %v95 : i64
        %v3956 = arith.muli %v3954, %v106 : i64
        %v3957 = arith.addi %v3956, %v3955 : i64
        %v3958 = llvm.getelementptr %v37[%v3957] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1984, %v3958 : f32, !llvm.ptr<3>
        %v3959 = arith.divui %v44, %v95 : i64
        %v3960 = arith.remui %v44, %v95 : i64
        %v3961 = arith.addi %v46, %v3959 : i64
        %v3962 = arith.muli %v3961, %v106 : i64
        %v3963 = arith.addi %v3962, %v3960 : i64
        %v3964 = llvm.getelementptr %v37[%v3963] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1999, %v3964 : f32, !llvm.ptr<3>
        %v3965 = arith.addi %v46, %v44 : i64
        %v3966 = arith.divui %v3965, %v95 : i64
        %v3967 = arith.remui %v3965, %v95 : i64
        %v3968 = arith.addi %v46, %v3966 : i64
        %v3969 = arith.muli %v3968, %v106 : i64
        %v3970 = arith.addi %v3969, %v3967 : i64
        %v3971 = llvm.getelementptr %v37[%v3970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2013, %v3971 : f32, !llvm.ptr<3>
        %v3972 = arith.addi %v87, %v44 : i64
        %v3973 = arith.divui %v3972, %v95 : i64
        %v3974 = arith.remui %v3972, %v95 : i64
        %v3975 = arith.addi %v46, %v3973 : i64
        %v3976 = arith.muli %v3975, %v106 : i64
        %v3977 = arith.addi %v3976, %v3974 : i64
        %v3978 = llvm.getelementptr %v37[%v3977] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2027, %v3978 : f32, !llvm.ptr<3>
        %v3979 = arith.addi %v3758, %v44 : i64
        %v3980 = arith.divui %v3979, %v95 : i64
        %v3981 = arith.remui %v3979, %v95 : i64
        %v3982 = arith.addi %v46, %v3980 : i64
        %v3983 = arith.muli %v3982, %v106 : i64
        %v3984 = arith.addi %v3983, %v3981 : i64
        %v3985 = llvm.getelementptr %v37[%v3984] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2041, %v3985 : f32, !llvm.ptr<3>
        %v3986 = arith.addi %v40, %v44 : i64
        %v3987 = arith.divui %v3986, %v95 : i64
        %v3988 = arith.remui %v3986, %v95 : i64
        %v3989 = arith.addi %v46, %v3987 : i64
        %v3990 = arith.muli %v3989, %v106 : i64
        %v3991 = arith.addi %v3990, %v3988 : i64
        %v3992 = llvm.getelementptr %v37[%v3991] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2055, %v3992 : f32, !llvm.ptr<3>
        %v3993 = arith.addi %v3771, %v44 : i64
        %v3994 = arith.divui %v3993, %v95 : i64
        %v3995 = arith.remui %v3993, %v95 : i64
        %v3996 = arith.addi %v46, %v3994 : i64
        %v3997 = arith.muli %v3996, %v106 : i64
        %v3998 = arith.addi %v3997, %v3995 : i64
        %v3999 = llvm.getelementptr %v37[%v3998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2069, %v3999 : f32, !llvm.ptr<3>
        %v4000 = arith.addi %v3778, %v44 : i64
        %v4001 = arith.divui %v4000, %v95 : i64
        %v4002 = arith.remui %v4000, %v95 : i64
        %v4003 = arith.addi %v46, %v4001 : i64
        %v4004 = arith.muli %v4003, %v106 : i64
        %v4005 = arith.addi %v4004, %v4002 : i64
        %v4006 = llvm.getelementptr %v37[%v4005] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2083, %v4006 : f32, !llvm.ptr<3>
        %v4007 = arith.addi %v3785, %v44 : i64
        %v4008 = arith.divui %v4007, %v95 : i64
        %v4009 = arith.remui %v4007, %v95 : i64
        %v4010 = arith.addi %v46, %v4008 : i64
        %v4011 = arith.muli %v4010, %v106 : i64
        %v4012 = arith.addi %v4011, %v4009 : i64
        %v4013 = llvm.getelementptr %v37[%v4012] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2097, %v4013 : f32, !llvm.ptr<3>
        %v4014 = arith.addi %v1542, %v44 : i64
        %v4015 = arith.divui %v4014, %v95 : i64
        %v4016 = arith.remui %v4014, %v95 : i64
        %v4017 = arith.addi %v46, %v4015 : i64
        %v4018 = arith.muli %v4017, %v106 : i64
        %v4019 = arith.addi %v4018, %v4016 : i64
        %v4020 = llvm.getelementptr %v37[%v4019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2111, %v4020 : f32, !llvm.ptr<3>
        %v4021 = arith.addi %v3798, %v44 : i64
        %v4022 = arith.divui %v4021, %v95 : i64
        %v4023 = arith.remui %v4021, %v95 : i64
        %v4024 = arith.addi %v46, %v4022 : i64
        %v4025 = arith.muli %v4024, %v106 : i64
        %v4026 = arith.addi %v4025, %v4023 : i64
        %v4027 = llvm.getelementptr %v37[%v4026] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2125, %v4027 : f32, !llvm.ptr<3>
        %v4028 = arith.addi %v3805, %v44 : i64
        %v4029 = arith.divui %v4028, %v95 : i64
        %v4030 = arith.remui %v4028, %v95 : i64
        %v4031 = arith.addi %v46, %v4029 : i64
        %v4032 = arith.muli %v4031, %v106 : i64
        %v4033 = arith.addi %v4032, %v4030 : i64
        %v4034 = llvm.getelementptr %v37[%v4033] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2139, %v4034 : f32, !llvm.ptr<3>
        %v4035 = arith.addi %v3812, %v44 : i64
        %v4036 = arith.divui %v4035, %v95 : i64
        %v4037 = arith.remui %v4035, %v95 : i64
        %v4038 = arith.addi %v46, %v4036 : i64
        %v4039 = arith.muli %v4038, %v106 : i64
        %v4040 = arith.addi %v4039, %v4037 : i64
        %v4041 = llvm.getelementptr %v37[%v4040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2153, %v4041 : f32, !llvm.ptr<3>
        %v4042 = arith.addi %v3819, %v44 : i64
        %v4043 = arith.divui %v4042, %v95 : i64
        %v4044 = arith.remui %v4042, %v95 : i64
        %v4045 = arith.addi %v46, %v4043 : i64
        %v4046 = arith.muli %v4045, %v106 : i64
        %v4047 = arith.addi %v4046, %v4044 : i64
        %v4048 = llvm.getelementptr %v37[%v4047] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2167, %v4048 : f32, !llvm.ptr<3>
        %v4049 = arith.addi %v3826, %v44 : i64
        %v4050 = arith.divui %v4049, %v95 : i64
        %v4051 = arith.remui %v4049, %v95 : i64
        %v4052 = arith.addi %v46, %v4050 : i64
        %v4053 = arith.muli %v4052, %v106 : i64
        %v4054 = arith.addi %v4053, %v4051 : i64
        %v4055 = llvm.getelementptr %v37[%v4054] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2181, %v4055 : f32, !llvm.ptr<3>
        %v4056 = arith.addi %v3833, %v44 : i64
        %v4057 = arith.divui %v4056, %v95 : i64
        %v4058 = arith.remui %v4056, %v95 : i64
        %v4059 = arith.addi %v46, %v4057 : i64
        %v4060 = arith.muli %v4059, %v106 : i64
        %v4061 = arith.addi %v4060, %v4058 : i64
        %v4062 = llvm.getelementptr %v37[%v4061] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2195, %v4062 : f32, !llvm.ptr<3>
        %v4063 = arith.addi %v3840, %v44 : i64
        %v4064 = arith.divui %v4063, %v95 : i64
        %v4065 = arith.remui %v4063, %v95 : i64
        %v4066 = arith.addi %v46, %v4064 : i64
        %v4067 = arith.muli %v4066, %v106 : i64
        %v4068 = arith.addi %v4067, %v4065 : i64
        %v4069 = llvm.getelementptr %v37[%v4068] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2209, %v4069 : f32, !llvm.ptr<3>
        %v4070 = arith.addi %v3847, %v44 : i64
        %v4071 = arith.divui %v4070, %v95 : i64
        %v4072 = arith.remui %v4070, %v95 : i64
        %v4073 = arith.addi %v46, %v4071 : i64
        %v4074 = arith.muli %v4073, %v106 : i64
        %v4075 = arith.addi %v4074, %v4072 : i64
        %v4076 = llvm.getelementptr %v37[%v4075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2223, %v4076 : f32, !llvm.ptr<3>
        %v4077 = arith.addi %v3854, %v44 : i64
        %v4078 = arith.divui %v4077, %v95 : i64
        %v4079 = arith.remui %v4077, %v95 : i64
        %v4080 = arith.addi %v46, %v4078 : i64
        %v4081 = arith.muli %v4080, %v106 : i64
        %v4082 = arith.addi %v4081, %v4079 : i64
        %v4083 = llvm.getelementptr %v37[%v4082] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2237, %v4083 : f32, !llvm.ptr<3>
        %v4084 = arith.addi %v3861, %v44 : i64
        %v4085 = arith.divui %v4084, %v95 : i64
        %v4086 = arith.remui %v4084, %v95 : i64
        %v4087 = arith.addi %v46, %v4085 : i64
        %v4088 = arith.muli %v4087, %v106 : i64
        %v4089 = arith.addi %v4088, %v4086 : i64
        %v4090 = llvm.getelementptr %v37[%v4089] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2251, %v4090 : f32, !llvm.ptr<3>
        %v4091 = arith.addi %v3868, %v44 : i64
        %v4092 = arith.divui %v4091, %v95 : i64
        %v4093 = arith.remui %v4091, %v95 : i64
        %v4094 = arith.addi %v46, %v4092 : i64
        %v4095 = arith.muli %v4094, %v106 : i64
        %v4096 = arith.addi %v4095, %v4093 : i64
        %v4097 = llvm.getelementptr %v37[%v4096] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2265, %v4097 : f32, !llvm.ptr<3>
        %v4098 = arith.addi %v3875, %v44 : i64
        %v4099 = arith.divui %v4098, %v95 : i64
        %v4100 = arith.remui %v4098, %v95 : i64
        %v4101 = arith.addi %v46, %v4099 : i64
        %v4102 = arith.muli %v4101, %v106 : i64
        %v4103 = arith.addi %v4102, %v4100 : i64
        %v4104 = llvm.getelementptr %v37[%v4103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2279, %v4104 : f32, !llvm.ptr<3>
        %v4105 = arith.addi %v3882, %v44 : i64
        %v4106 = arith.divui %v4105, %v95 : i64
        %v4107 = arith.remui %v4105, %v95 : i64
        %v4108 = arith.addi %v46, %v4106 : i64
        %v4109 = arith.muli %v4108, %v106 : i64
        %v4110 = arith.addi %v4109, %v4107 : i64
        %v4111 = llvm.getelementptr %v37[%v4110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2293, %v4111 : f32, !llvm.ptr<3>
        %v4112 = arith.addi %v3889, %v44 : i64
        %v4113 = arith.divui %v4112, %v95 : i64
        %v4114 = arith.remui %v4112, %v95 : i64
        %v4115 = arith.addi %v46, %v4113 : i64
        %v4116 = arith.muli %v4115, %v106 : i64
        %v4117 = arith.addi %v4116, %v4114 : i64
        %v4118 = llvm.getelementptr %v37[%v4117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2307, %v4118 : f32, !llvm.ptr<3>
        %v4119 = arith.addi %v3896, %v44 : i64
        %v4120 = arith.divui %v4119, %v95 : i64
        %v4121 = arith.remui %v4119, %v95 : i64
        %v4122 = arith.addi %v46, %v4120 : i64
        %v4123 = arith.muli %v4122, %v106 : i64
        %v4124 = arith.addi %v4123, %v4121 : i64
        %v4125 = llvm.getelementptr %v37[%v4124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2321, %v4125 : f32, !llvm.ptr<3>
        %v4126 = arith.addi %v3903, %v44 : i64
        %v4127 = arith.divui %v4126, %v95 : i64
        %v4128 = arith.remui %v4126, %v95 : i64
        %v4129 = arith.addi %v46, %v4127 : i64
        %v4130 = arith.muli %v4129, %v106 : i64
        %v4131 = arith.addi %v4130, %v4128 : i64
        %v4132 = llvm.getelementptr %v37[%v4131] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2335, %v4132 : f32, !llvm.ptr<3>
        %v4133 = arith.addi %v3910, %v44 : i64
        %v4134 = arith.divui %v4133, %v95 : i64
        %v4135 = arith.remui %v4133, %v95 : i64
        %v4136 = arith.addi %v46, %v4134 : i64
        %v4137 = arith.muli %v4136, %v106 : i64
        %v4138 = arith.addi %v4137, %v4135 : i64
        %v4139 = llvm.getelementptr %v37[%v4138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2349, %v4139 : f32, !llvm.ptr<3>
        %v4140 = arith.addi %v3917, %v44 : i64
        %v4141 = arith.divui %v4140, %v95 : i64
        %v4142 = arith.remui %v4140, %v95 : i64
        %v4143 = arith.addi %v46, %v4141 : i64
        %v4144 = arith.muli %v4143, %v106 : i64
        %v4145 = arith.addi %v4144, %v4142 : i64
        %v4146 = llvm.getelementptr %v37[%v4145] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2363, %v4146 : f32, !llvm.ptr<3>
        %v4147 = arith.addi %v3924, %v44 : i64
        %v4148 = arith.divui %v4147, %v95 : i64
        %v4149 = arith.remui %v4147, %v95 : i64
        %v4150 = arith.addi %v46, %v4148 : i64
        %v4151 = arith.muli %v4150, %v106 : i64
        %v4152 = arith.addi %v4151, %v4149 : i64
        %v4153 = llvm.getelementptr %v37[%v4152] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2377, %v4153 : f32, !llvm.ptr<3>
        %v4154 = arith.addi %v3931, %v44 : i64
        %v4155 = arith.divui %v4154, %v95 : i64
        %v4156 = arith.remui %v4154, %v95 : i64
        %v4157 = arith.addi %v46, %v4155 : i64
        %v4158 = arith.muli %v4157, %v106 : i64
        %v4159 = arith.addi %v4158, %v4156 : i64
        %v4160 = llvm.getelementptr %v37[%v4159] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2391, %v4160 : f32, !llvm.ptr<3>
        %v4161 = arith.addi %v3938, %v44 : i64
        %v4162 = arith.divui %v4161, %v95 : i64
        %v4163 = arith.remui %v4161, %v95 : i64
        %v4164 = arith.addi %v46, %v4162 : i64
        %v4165 = arith.muli %v4164, %v106 : i64
        %v4166 = arith.addi %v4165, %v4163 : i64
        %v4167 = llvm.getelementptr %v37[%v4166] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2405, %v4167 : f32, !llvm.ptr<3>
        %v4168 = arith.addi %v3945, %v44 : i64
        %v4169 = arith.divui %v4168, %v95 : i64
        %v4170 = arith.remui %v4168, %v95 : i64
        %v4171 = arith.addi %v46, %v4169 : i64
        %v4172 = arith.muli %v4171, %v106 : i64
        %v4173 = arith.addi %v4172, %v4170 : i64
        %v4174 = llvm.getelementptr %v37[%v4173] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2419, %v4174 : f32, !llvm.ptr<3>
        %v4175 = arith.addi %v3952, %v44 : i64
        %v4176 = arith.divui %v4175, %v95 : i64
        %v4177 = arith.remui %v4175, %v95 : i64
        %v4178 = arith.addi %v46, %v4176 : i64
        %v4179 = arith.muli %v4178, %v106 : i64
        %v4180 = arith.addi %v4179, %v4177 : i64
        %v4181 = llvm.getelementptr %v37[%v4180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2433, %v4181 : f32, !llvm.ptr<3>
        %v4182 = arith.divui %v44, %v95 : i64
        %v4183 = arith.remui %v44, %v95 : i64
        %v4184 = arith.addi %v87, %v4182 : i64
        %v4185 = arith.muli %v4184, %v106 : i64
        %v4186 = arith.addi %v4185, %v4183 : i64
        %v4187 = llvm.getelementptr %v37[%v4186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2448, %v4187 : f32, !llvm.ptr<3>
        %v4188 = arith.addi %v46, %v44 : i64
        %v4189 = arith.divui %v4188, %v95 : i64
        %v4190 = arith.remui %v4188, %v95 : i64
        %v4191 = arith.addi %v87, %v4189 : i64
        %v4192 = arith.muli %v4191, %v106 : i64
        %v4193 = arith.addi %v4192, %v4190 : i64
        %v4194 = llvm.getelementptr %v37[%v4193] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2462, %v4194 : f32, !llvm.ptr<3>
        %v4195 = arith.addi %v87, %v44 : i64
        %v4196 = arith.divui %v4195, %v95 : i64
        %v4197 = arith.remui %v4195, %v95 : i64
        %v4198 = arith.addi %v87, %v4196 : i64
        %v4199 = arith.muli %v4198, %v106 : i64
        %v4200 = arith.addi %v4199, %v4197 : i64
        %v4201 = llvm.getelementptr %v37[%v4200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2476, %v4201 : f32, !llvm.ptr<3>
        %v4202 = arith.addi %v3758, %v44 : i64
        %v4203 = arith.divui %v4202, %v95 : i64
        %v4204 = arith.remui %v4202, %v95 : i64
        %v4205 = arith.addi %v87, %v4203 : i64
        %v4206 = arith.muli %v4205, %v106 : i64
        %v4207 = arith.addi %v4206, %v4204 : i64
        %v4208 = llvm.getelementptr %v37[%v4207] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2490, %v4208 : f32, !llvm.ptr<3>
        %v4209 = arith.addi %v40, %v44 : i64
        %v4210 = arith.divui %v4209, %v95 : i64
        %v4211 = arith.remui %v4209, %v95 : i64
        %v4212 = arith.addi %v87, %v4210 : i64
        %v4213 = arith.muli %v4212, %v106 : i64
        %v4214 = arith.addi %v4213, %v4211 : i64
        %v4215 = llvm.getelementptr %v37[%v4214] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2504, %v4215 : f32, !llvm.ptr<3>
        %v4216 = arith.addi %v3771, %v44 : i64
        %v4217 = arith.divui %v4216, %v95 : i64
        %v4218 = arith.remui %v4216, %v95 : i64
        %v4219 = arith.addi %v87, %v4217 : i64
        %v4220 = arith.muli %v4219, %v106 : i64
        %v4221 = arith.addi %v4220, %v4218 : i64
        %v4222 = llvm.getelementptr %v37[%v4221] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2518, %v4222 : f32, !llvm.ptr<3>
        %v4223 = arith.addi %v3778, %v44 : i64
        %v4224 = arith.divui %v4223, %v95 : i64
        %v4225 = arith.remui %v4223, %v95 : i64
        %v4226 = arith.addi %v87, %v4224 : i64
        %v4227 = arith.muli %v4226, %v106 : i64
        %v4228 = arith.addi %v4227, %v4225 : i64
        %v4229 = llvm.getelementptr %v37[%v4228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2532, %v4229 : f32, !llvm.ptr<3>
        %v4230 = arith.addi %v3785, %v44 : i64
        %v4231 = arith.divui %v4230, %v95 : i64
        %v4232 = arith.remui %v4230, %v95 : i64
        %v4233 = arith.addi %v87, %v4231 : i64
        %v4234 = arith.muli %v4233, %v106 : i64
        %v4235 = arith.addi %v4234, %v4232 : i64
        %v4236 = llvm.getelementptr %v37[%v4235] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2546, %v4236 : f32, !llvm.ptr<3>
        %v4237 = arith.addi %v1542, %v44 : i64
        %v4238 = arith.divui %v4237, %v95 : i64
        %v4239 = arith.remui %v4237, %v95 : i64
        %v4240 = arith.addi %v87, %v4238 : i64
        %v4241 = arith.muli %v4240, %v106 : i64
        %v4242 = arith.addi %v4241, %v4239 : i64
        %v4243 = llvm.getelementptr %v37[%v4242] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2560, %v4243 : f32, !llvm.ptr<3>
        %v4244 = arith.addi %v3798, %v44 : i64
        %v4245 = arith.divui %v4244, %v95 : i64
        %v4246 = arith.remui %v4244, %v95 : i64
        %v4247 = arith.addi %v87, %v4245 : i64
        %v4248 = arith.muli %v4247, %v106 : i64
        %v4249 = arith.addi %v4248, %v4246 : i64
        %v4250 = llvm.getelementptr %v37[%v4249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2574, %v4250 : f32, !llvm.ptr<3>
        %v4251 = arith.addi %v3805, %v44 : i64
        %v4252 = arith.divui %v4251, %v95 : i64
        %v4253 = arith.remui %v4251, %v95 : i64
        %v4254 = arith.addi %v87, %v4252 : i64
        %v4255 = arith.muli %v4254, %v106 : i64
        %v4256 = arith.addi %v4255, %v4253 : i64
        %v4257 = llvm.getelementptr %v37[%v4256] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2588, %v4257 : f32, !llvm.ptr<3>
        %v4258 = arith.addi %v3812, %v44 : i64
        %v4259 = arith.divui %v4258, %v95 : i64
        %v4260 = arith.remui %v4258, %v95 : i64
        %v4261 = arith.addi %v87, %v4259 : i64
        %v4262 = arith.muli %v4261, %v106 : i64
        %v4263 = arith.addi %v4262, %v4260 : i64
        %v4264 = llvm.getelementptr %v37[%v4263] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2602, %v4264 : f32, !llvm.ptr<3>
        %v4265 = arith.addi %v3819, %v44 : i64
        %v4266 = arith.divui %v4265, %v95 : i64
        %v4267 = arith.remui %v4265, %v95 : i64
        %v4268 = arith.addi %v87, %v4266 : i64
        %v4269 = arith.muli %v4268, %v106 : i64
        %v4270 = arith.addi %v4269, %v4267 : i64
        %v4271 = llvm.getelementptr %v37[%v4270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2616, %v4271 : f32, !llvm.ptr<3>
        %v4272 = arith.addi %v3826, %v44 : i64
        %v4273 = arith.divui %v4272, %v95 : i64
        %v4274 = arith.remui %v4272, %v95 : i64
        %v4275 = arith.addi %v87, %v4273 : i64
        %v4276 = arith.muli %v4275, %v106 : i64
        %v4277 = arith.addi %v4276, %v4274 : i64
        %v4278 = llvm.getelementptr %v37[%v4277] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2630, %v4278 : f32, !llvm.ptr<3>
        %v4279 = arith.addi %v3833, %v44 : i64
        %v4280 = arith.divui %v4279, %v95 : i64
        %v4281 = arith.remui %v4279, %v95 : i64
        %v4282 = arith.addi %v87, %v4280 : i64
        %v4283 = arith.muli %v4282, %v106 : i64
        %v4284 = arith.addi %v4283, %v4281 : i64
        %v4285 = llvm.getelementptr %v37[%v4284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2644, %v4285 : f32, !llvm.ptr<3>
        %v4286 = arith.addi %v3840, %v44 : i64
        %v4287 = arith.divui %v4286, %v95 : i64
        %v4288 = arith.remui %v4286, %v95 : i64
        %v4289 = arith.addi %v87, %v4287 : i64
        %v4290 = arith.muli %v4289, %v106 : i64
        %v4291 = arith.addi %v4290, %v4288 : i64
        %v4292 = llvm.getelementptr %v37[%v4291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2658, %v4292 : f32, !llvm.ptr<3>
        %v4293 = arith.addi %v3847, %v44 : i64
        %v4294 = arith.divui %v4293, %v95 : i64
        %v4295 = arith.remui %v4293, %v95 : i64
        %v4296 = arith.addi %v87, %v4294 : i64
        %v4297 = arith.muli %v4296, %v106 : i64
        %v4298 = arith.addi %v4297, %v4295 : i64
        %v4299 = llvm.getelementptr %v37[%v4298] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2672, %v4299 : f32, !llvm.ptr<3>
        %v4300 = arith.addi %v3854, %v44 : i64
        %v4301 = arith.divui %v4300, %v95 : i64
        %v4302 = arith.remui %v4300, %v95 : i64
        %v4303 = arith.addi %v87, %v4301 : i64
        %v4304 = arith.muli %v4303, %v106 : i64
        %v4305 = arith.addi %v4304, %v4302 : i64
        %v4306 = llvm.getelementptr %v37[%v4305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2686, %v4306 : f32, !llvm.ptr<3>
        %v4307 = arith.addi %v3861, %v44 : i64
        %v4308 = arith.divui %v4307, %v95 : i64
        %v4309 = arith.remui %v4307, %v95 : i64
        %v4310 = arith.addi %v87, %v4308 : i64
        %v4311 = arith.muli %v4310, %v106 : i64
        %v4312 = arith.addi %v4311, %v4309 : i64
        %v4313 = llvm.getelementptr %v37[%v4312] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2700, %v4313 : f32, !llvm.ptr<3>
        %v4314 = arith.addi %v3868, %v44 : i64
        %v4315 = arith.divui %v4314, %v95 : i64
        %v4316 = arith.remui %v4314, %v95 : i64
        %v4317 = arith.addi %v87, %v4315 : i64
        %v4318 = arith.muli %v4317, %v106 : i64
        %v4319 = arith.addi %v4318, %v4316 : i64
        %v4320 = llvm.getelementptr %v37[%v4319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2714, %v4320 : f32, !llvm.ptr<3>
        %v4321 = arith.addi %v3875, %v44 : i64
        %v4322 = arith.divui %v4321, %v95 : i64
        %v4323 = arith.remui %v4321, %v95 : i64
        %v4324 = arith.addi %v87, %v4322 : i64
        %v4325 = arith.muli %v4324, %v106 : i64
        %v4326 = arith.addi %v4325, %v4323 : i64
        %v4327 = llvm.getelementptr %v37[%v4326] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2728, %v4327 : f32, !llvm.ptr<3>
        %v4328 = arith.addi %v3882, %v44 : i64
        %v4329 = arith.divui %v4328, %v95 : i64
        %v4330 = arith.remui %v4328, %v95 : i64
        %v4331 = arith.addi %v87, %v4329 : i64
        %v4332 = arith.muli %v4331, %v106 : i64
        %v4333 = arith.addi %v4332, %v4330 : i64
        %v4334 = llvm.getelementptr %v37[%v4333] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2742, %v4334 : f32, !llvm.ptr<3>
        %v4335 = arith.addi %v3889, %v44 : i64
        %v4336 = arith.divui %v4335, %v95 : i64
        %v4337 = arith.remui %v4335, %v95 : i64
        %v4338 = arith.addi %v87, %v4336 : i64
        %v4339 = arith.muli %v4338, %v106 : i64
        %v4340 = arith.addi %v4339, %v4337 : i64
        %v4341 = llvm.getelementptr %v37[%v4340] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2756, %v4341 : f32, !llvm.ptr<3>
        %v4342 = arith.addi %v3896, %v44 : i64
        %v4343 = arith.divui %v4342, %v95 : i64
        %v4344 = arith.remui %v4342, %v95 : i64
        %v4345 = arith.addi %v87, %v4343 : i64
        %v4346 = arith.muli %v4345, %v106 : i64
        %v4347 = arith.addi %v4346, %v4344 : i64
        %v4348 = llvm.getelementptr %v37[%v4347] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2770, %v4348 : f32, !llvm.ptr<3>
        %v4349 = arith.addi %v3903, %v44 : i64
        %v4350 = arith.divui %v4349, %v95 : i64
        %v4351 = arith.remui %v4349, %v95 : i64
        %v4352 = arith.addi %v87, %v4350 : i64
        %v4353 = arith.muli %v4352, %v106 : i64
        %v4354 = arith.addi %v4353, %v4351 : i64
        %v4355 = llvm.getelementptr %v37[%v4354] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2784, %v4355 : f32, !llvm.ptr<3>
        %v4356 = arith.addi %v3910, %v44 : i64
        %v4357 = arith.divui %v4356, %v95 : i64
        %v4358 = arith.remui %v4356, %v95 : i64
        %v4359 = arith.addi %v87, %v4357 : i64
        %v4360 = arith.muli %v4359, %v106 : i64
        %v4361 = arith.addi %v4360, %v4358 : i64
        %v4362 = llvm.getelementptr %v37[%v4361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2798, %v4362 : f32, !llvm.ptr<3>
        %v4363 = arith.addi %v3917, %v44 : i64
        %v4364 = arith.divui %v4363, %v95 : i64
        %v4365 = arith.remui %v4363, %v95 : i64
        %v4366 = arith.addi %v87, %v4364 : i64
        %v4367 = arith.muli %v4366, %v106 : i64
        %v4368 = arith.addi %v4367, %v4365 : i64
        %v4369 = llvm.getelementptr %v37[%v4368] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2812, %v4369 : f32, !llvm.ptr<3>
        %v4370 = arith.addi %v3924, %v44 : i64
        %v4371 = arith.divui %v4370, %v95 : i64
        %v4372 = arith.remui %v4370, %v95 : i64
        %v4373 = arith.addi %v87, %v4371 : i64
        %v4374 = arith.muli %v4373, %v106 : i64
        %v4375 = arith.addi %v4374, %v4372 : i64
        %v4376 = llvm.getelementptr %v37[%v4375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2826, %v4376 : f32, !llvm.ptr<3>
        %v4377 = arith.addi %v3931, %v44 : i64
        %v4378 = arith.divui %v4377, %v95 : i64
        %v4379 = arith.remui %v4377, %v95 : i64
        %v4380 = arith.addi %v87, %v4378 : i64
        %v4381 = arith.muli %v4380, %v106 : i64
        %v4382 = arith.addi %v4381, %v4379 : i64
        %v4383 = llvm.getelementptr %v37[%v4382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2840, %v4383 : f32, !llvm.ptr<3>
        %v4384 = arith.addi %v3938, %v44 : i64
        %v4385 = arith.divui %v4384, %v95 : i64
        %v4386 = arith.remui %v4384, %v95 : i64
        %v4387 = arith.addi %v87, %v4385 : i64
        %v4388 = arith.muli %v4387, %v106 : i64
        %v4389 = arith.addi %v4388, %v4386 : i64
        %v4390 = llvm.getelementptr %v37[%v4389] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2854, %v4390 : f32, !llvm.ptr<3>
        %v4391 = arith.addi %v3945, %v44 : i64
        %v4392 = arith.divui %v4391, %v95 : i64
        %v4393 = arith.remui %v4391, %v95 : i64
        %v4394 = arith.addi %v87, %v4392 : i64
        %v4395 = arith.muli %v4394, %v106 : i64
        %v4396 = arith.addi %v4395, %v4393 : i64
        %v4397 = llvm.getelementptr %v37[%v4396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2868, %v4397 : f32, !llvm.ptr<3>
        %v4398 = arith.addi %v3952, %v44 : i64
        %v4399 = arith.divui %v4398, %v95 : i64
        %v4400 = arith.remui %v4398, %v95 : i64
        %v4401 = arith.addi %v87, %v4399 : i64
        %v4402 = arith.muli %v4401, %v106 : i64
        %v4403 = arith.addi %v4402, %v4400 : i64
        %v4404 = llvm.getelementptr %v37[%v4403] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2882, %v4404 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v60 {
        %v4405 = arith.muli %v54, %v3 : i64
        %v4406 = arith.subi %v3, %v2 : i64
        %v4407 = arith.minsi %v62, %v4406 : i64
        %v4408 = arith.addi %v4405, %v4407 : i64
        %v4409 = arith.muli %v4408, %v1 : i64
        %v4410 = llvm.load %v20 : !llvm.ptr -> f32
        %v4411 = llvm.getelementptr %agga_h[%v4409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4410, %v4411 : f32, !llvm.ptr
        %v4412 = llvm.load %v4 : !llvm.ptr -> f32
        %v4413 = llvm.getelementptr %aggb_h[%v4409] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4412, %v4413 : f32, !llvm.ptr
        %v4414 = arith.muli %v54, %v3 : i64
        %v4415 = arith.subi %v3, %v2 : i64
        %v4416 = arith.minsi %v62, %v4415 : i64
        %v4417 = arith.addi %v4414, %v4416 : i64
        %v4418 = arith.muli %v4417, %v1 : i64
        %v4419 = arith.addi %v4418, %v2 : i64
        %v4420 = llvm.load %v21 : !llvm.ptr -> f32
        %v4421 = llvm.getelementptr %agga_h[%v4419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4420, %v4421 : f32, !llvm.ptr
        %v4422 = llvm.load %v5 : !llvm.ptr -> f32
        %v4423 = llvm.getelementptr %aggb_h[%v4419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4422, %v4423 : f32, !llvm.ptr
        %v4424 = arith.muli %v54, %v3 : i64
        %v4425 = arith.subi %v3, %v2 : i64
        %v4426 = arith.minsi %v62, %v4425 : i64
        %v4427 = arith.addi %v4424, %v4426 : i64
        %v4428 = arith.muli %v4427, %v1 : i64
        %v4429 = arith.addi %v4428, %v86 : i64
        %v4430 = llvm.load %v22 : !llvm.ptr -> f32
        %v4431 = llvm.getelementptr %agga_h[%v4429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4430, %v4431 : f32, !llvm.ptr
        %v4432 = llvm.load %v6 : !llvm.ptr -> f32
        %v4433 = llvm.getelementptr %aggb_h[%v4429] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4432, %v4433 : f32, !llvm.ptr
        %v4434 = arith.muli %v54, %v3 : i64
        %v4435 = arith.subi %v3, %v2 : i64
        %v4436 = arith.minsi %v62, %v4435 : i64
        %v4437 = arith.addi %v4434, %v4436 : i64
        %v4438 = arith.muli %v4437, %v1 : i64
        %v4439 = arith.addi %v4438, %v2904 : i64
        %v4440 = llvm.load %v23 : !llvm.ptr -> f32
        %v4441 = llvm.getelementptr %agga_h[%v4439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4440, %v4441 : f32, !llvm.ptr
        %v4442 = llvm.load %v7 : !llvm.ptr -> f32
        %v4443 = llvm.getelementptr %aggb_h[%v4439] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4442, %v4443 : f32, !llvm.ptr
        %v4444 = arith.muli %v54, %v3 : i64
        %v4445 = arith.subi %v3, %v2 : i64
        %v4446 = arith.minsi %v62, %v4445 : i64
        %v4447 = arith.addi %v4444, %v4446 : i64
        %v4448 = arith.muli %v4447, %v1 : i64
        %v4449 = arith.addi %v4448, %v124 : i64
        %v4450 = llvm.load %v24 : !llvm.ptr -> f32
        %v4451 = llvm.getelementptr %agga_h[%v4449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4450, %v4451 : f32, !llvm.ptr
        %v4452 = llvm.load %v8 : !llvm.ptr -> f32
        %v4453 = llvm.getelementptr %aggb_h[%v4449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4452, %v4453 : f32, !llvm.ptr
        %v4454 = arith.muli %v54, %v3 : i64
        %v4455 = arith.subi %v3, %v2 : i64
        %v4456 = arith.minsi %v62, %v4455 : i64
        %v4457 = arith.addi %v4454, %v4456 : i64
        %v4458 = arith.muli %v4457, %v1 : i64
        %v4459 = arith.addi %v4458, %v2915 : i64
        %v4460 = llvm.load %v25 : !llvm.ptr -> f32
        %v4461 = llvm.getelementptr %agga_h[%v4459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4460, %v4461 : f32, !llvm.ptr
        %v4462 = llvm.load %v9 : !llvm.ptr -> f32
        %v4463 = llvm.getelementptr %aggb_h[%v4459] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4462, %v4463 : f32, !llvm.ptr
        %v4464 = arith.muli %v54, %v3 : i64
        %v4465 = arith.subi %v3, %v2 : i64
        %v4466 = arith.minsi %v62, %v4465 : i64
        %v4467 = arith.addi %v4464, %v4466 : i64
        %v4468 = arith.muli %v4467, %v1 : i64
        %v4469 = arith.addi %v4468, %v138 : i64
        %v4470 = llvm.load %v26 : !llvm.ptr -> f32
        %v4471 = llvm.getelementptr %agga_h[%v4469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4470, %v4471 : f32, !llvm.ptr
        %v4472 = llvm.load %v10 : !llvm.ptr -> f32
        %v4473 = llvm.getelementptr %aggb_h[%v4469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4472, %v4473 : f32, !llvm.ptr
        %v4474 = arith.muli %v54, %v3 : i64
        %v4475 = arith.subi %v3, %v2 : i64
        %v4476 = arith.minsi %v62, %v4475 : i64
        %v4477 = arith.addi %v4474, %v4476 : i64
        %v4478 = arith.muli %v4477, %v1 : i64
        %v4479 = arith.addi %v4478, %v2926 : i64
        %v4480 = llvm.load %v27 : !llvm.ptr -> f32
        %v4481 = llvm.getelementptr %agga_h[%v4479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4480, %v4481 : f32, !llvm.ptr
        %v4482 = llvm.load %v11 : !llvm.ptr -> f32
        %v4483 = llvm.getelementptr %aggb_h[%v4479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4482, %v4483 : f32, !llvm.ptr
        %v4484 = arith.muli %v54, %v3 : i64
        %v4485 = arith.subi %v3, %v2 : i64
        %v4486 = arith.minsi %v62, %v4485 : i64
        %v4487 = arith.addi %v4484, %v4486 : i64
        %v4488 = arith.muli %v4487, %v1 : i64
        %v4489 = arith.addi %v4488, %v152 : i64
        %v4490 = llvm.load %v28 : !llvm.ptr -> f32
        %v4491 = llvm.getelementptr %agga_h[%v4489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4490, %v4491 : f32, !llvm.ptr
        %v4492 = llvm.load %v12 : !llvm.ptr -> f32
        %v4493 = llvm.getelementptr %aggb_h[%v4489] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4492, %v4493 : f32, !llvm.ptr
        %v4494 = arith.muli %v54, %v3 : i64
        %v4495 = arith.subi %v3, %v2 : i64
        %v4496 = arith.minsi %v62, %v4495 : i64
        %v4497 = arith.addi %v4494, %v4496 : i64
        %v4498 = arith.muli %v4497, %v1 : i64
        %v4499 = arith.addi %v4498, %v2937 : i64
        %v4500 = llvm.load %v29 : !llvm.ptr -> f32
        %v4501 = llvm.getelementptr %agga_h[%v4499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4500, %v4501 : f32, !llvm.ptr
        %v4502 = llvm.load %v13 : !llvm.ptr -> f32
        %v4503 = llvm.getelementptr %aggb_h[%v4499] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4502, %v4503 : f32, !llvm.ptr
        %v4504 = arith.muli %v54, %v3 : i64
        %v4505 = arith.subi %v3, %v2 : i64
        %v4506 = arith.minsi %v62, %v4505 : i64
        %v4507 = arith.addi %v4504, %v4506 : i64
        %v4508 = arith.muli %v4507, %v1 : i64
        %v4509 = arith.addi %v4508, %v166 : i64
        %v4510 = llvm.load %v30 : !llvm.ptr -> f32
        %v4511 = llvm.getelementptr %agga_h[%v4509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4510, %v4511 : f32, !llvm.ptr
        %v4512 = llvm.load %v14 : !llvm.ptr -> f32
        %v4513 = llvm.getelementptr %aggb_h[%v4509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4512, %v4513 : f32, !llvm.ptr
        %v4514 = arith.muli %v54, %v3 : i64
        %v4515 = arith.subi %v3, %v2 : i64
        %v4516 = arith.minsi %v62, %v4515 : i64
        %v4517 = arith.addi %v4514, %v4516 : i64
        %v4518 = arith.muli %v4517, %v1 : i64
        %v4519 = arith.addi %v4518, %v2948 : i64
        %v4520 = llvm.load %v31 : !llvm.ptr -> f32
        %v4521 = llvm.getelementptr %agga_h[%v4519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4520, %v4521 : f32, !llvm.ptr
        %v4522 = llvm.load %v15 : !llvm.ptr -> f32
        %v4523 = llvm.getelementptr %aggb_h[%v4519] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4522, %v4523 : f32, !llvm.ptr
        %v4524 = arith.muli %v54, %v3 : i64
        %v4525 = arith.subi %v3, %v2 : i64
        %v4526 = arith.minsi %v62, %v4525 : i64
        %v4527 = arith.addi %v4524, %v4526 : i64
        %v4528 = arith.muli %v4527, %v1 : i64
        %v4529 = arith.addi %v4528, %v180 : i64
        %v4530 = llvm.load %v32 : !llvm.ptr -> f32
        %v4531 = llvm.getelementptr %agga_h[%v4529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4530, %v4531 : f32, !llvm.ptr
        %v4532 = llvm.load %v16 : !llvm.ptr -> f32
        %v4533 = llvm.getelementptr %aggb_h[%v4529] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4532, %v4533 : f32, !llvm.ptr
        %v4534 = arith.muli %v54, %v3 : i64
        %v4535 = arith.subi %v3, %v2 : i64
        %v4536 = arith.minsi %v62, %v4535 : i64
        %v4537 = arith.addi %v4534, %v4536 : i64
        %v4538 = arith.muli %v4537, %v1 : i64
        %v4539 = arith.addi %v4538, %v2959 : i64
        %v4540 = llvm.load %v33 : !llvm.ptr -> f32
        %v4541 = llvm.getelementptr %agga_h[%v4539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4540, %v4541 : f32, !llvm.ptr
        %v4542 = llvm.load %v17 : !llvm.ptr -> f32
        %v4543 = llvm.getelementptr %aggb_h[%v4539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4542, %v4543 : f32, !llvm.ptr
        %v4544 = arith.muli %v54, %v3 : i64
        %v4545 = arith.subi %v3, %v2 : i64
        %v4546 = arith.minsi %v62, %v4545 : i64
        %v4547 = arith.addi %v4544, %v4546 : i64
        %v4548 = arith.muli %v4547, %v1 : i64
        %v4549 = arith.addi %v4548, %v194 : i64
        %v4550 = llvm.load %v34 : !llvm.ptr -> f32
        %v4551 = llvm.getelementptr %agga_h[%v4549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4550, %v4551 : f32, !llvm.ptr
        %v4552 = llvm.load %v18 : !llvm.ptr -> f32
        %v4553 = llvm.getelementptr %aggb_h[%v4549] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4552, %v4553 : f32, !llvm.ptr
        %v4554 = arith.muli %v54, %v3 : i64
        %v4555 = arith.subi %v3, %v2 : i64
        %v4556 = arith.minsi %v62, %v4555 : i64
        %v4557 = arith.addi %v4554, %v4556 : i64
        %v4558 = arith.muli %v4557, %v1 : i64
        %v4559 = arith.addi %v4558, %v2970 : i64
        %v4560 = llvm.load %v35 : !llvm.ptr -> f32
        %v4561 = llvm.getelementptr %agga_h[%v4559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4560, %v4561 : f32, !llvm.ptr
        %v4562 = llvm.load %v19 : !llvm.ptr -> f32
        %v4563 = llvm.getelementptr %aggb_h[%v4559] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4562, %v4563 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
