module attributes {gpu.container_module} {
  gpu.module @linrec {
    llvm.mlir.global internal @rows_bimamba_reverse_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<192 x i64>
    llvm.mlir.global internal @smem_bimamba_reverse_chunk_reduce() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<6336 x f32>
    llvm.mlir.global internal @rows_bimamba_reverse_chunk_reduce_Bm() {addr_space = 3 : i32, alignment = 16 : i64} : !llvm.array<1040 x f32>
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
      %v48 = arith.constant 63 : i64
      %v71 = llvm.mlir.addressof @rows_bimamba_reverse_chunk_reduce_Bm : !llvm.ptr<3>
      %v72 = llvm.addrspacecast %v71 : !llvm.ptr<3> to !llvm.ptr
      %v73 = arith.constant 0 : i64
      %v74 = arith.muli %v2, %size_L : i64
      %v75 = arith.muli %v74, %size_D : i64
      %v97 = arith.constant 2 : i64
      %v101 = arith.constant 0x00000000 : f32
      %v102 = arith.constant 0x3F800000 : f32
      %v106 = arith.constant 32 : i64
      %v118 = arith.subi %size_L, %v2 : i64
      %v121 = arith.constant 33 : i64
      %v141 = arith.constant 4 : i64
      %v157 = arith.constant 6 : i64
      %v173 = arith.constant 8 : i64
      %v189 = arith.constant 10 : i64
      %v205 = arith.constant 12 : i64
      %v221 = arith.constant 14 : i64
      %v252 = arith.constant 18 : i64
      %v268 = arith.constant 20 : i64
      %v284 = arith.constant 22 : i64
      %v300 = arith.constant 24 : i64
      %v316 = arith.constant 26 : i64
      %v332 = arith.constant 28 : i64
      %v348 = arith.constant 30 : i64
      %v379 = arith.constant 34 : i64
      %v395 = arith.constant 36 : i64
      %v411 = arith.constant 38 : i64
      %v427 = arith.constant 40 : i64
      %v443 = arith.constant 42 : i64
      %v459 = arith.constant 44 : i64
      %v475 = arith.constant 46 : i64
      %v491 = arith.constant 48 : i64
      %v507 = arith.constant 50 : i64
      %v523 = arith.constant 52 : i64
      %v539 = arith.constant 54 : i64
      %v555 = arith.constant 56 : i64
      %v571 = arith.constant 58 : i64
      %v587 = arith.constant 60 : i64
      %v603 = arith.constant 62 : i64
      %v1169 = arith.constant 128 : i64
      %v1686 = arith.constant 512 : i64
      %v1698 = arith.muli %v2, %size_L : i64
      %v1699 = arith.muli %v1698, %v1 : i64
      %v1708 = arith.constant 65 : i64
      %v3186 = arith.constant 3 : i64
      %v3197 = arith.constant 5 : i64
      %v3208 = arith.constant 7 : i64
      %v3219 = arith.constant 9 : i64
      %v3230 = arith.constant 11 : i64
      %v3241 = arith.constant 13 : i64
      %v3252 = arith.constant 15 : i64
      %v3340 = arith.muli %v2, %v1 : i64
      %v3344 = arith.constant 0x3FB8AA3B : f32
      %v3363 = arith.constant 0x3F317218 : f32
      %v3365 = arith.constant 0x3E124925 : f32
      %v3367 = arith.constant 0xBE2AAAAB : f32
      %v3370 = arith.constant 0x3E4CCCCD : f32
      %v3373 = arith.constant 0xBE800000 : f32
      %v3376 = arith.constant 0x3EAAAAAB : f32
      %v3379 = arith.constant 0xBF000000 : f32
      %v3385 = arith.constant 0x3D800000 : f32
      %v4104 = arith.constant 192 : i64
      %v4119 = arith.constant 320 : i64
      %v4127 = arith.constant 384 : i64
      %v4135 = arith.constant 448 : i64
      %v4150 = arith.constant 576 : i64
      %v4158 = arith.constant 640 : i64
      %v4166 = arith.constant 704 : i64
      %v4174 = arith.constant 768 : i64
      %v4182 = arith.constant 832 : i64
      %v4190 = arith.constant 896 : i64
      %v4198 = arith.constant 960 : i64
      %v4206 = arith.constant 1024 : i64
      %v4214 = arith.constant 1088 : i64
      %v4222 = arith.constant 1152 : i64
      %v4230 = arith.constant 1216 : i64
      %v4238 = arith.constant 1280 : i64
      %v4246 = arith.constant 1344 : i64
      %v4254 = arith.constant 1408 : i64
      %v4262 = arith.constant 1472 : i64
      %v4270 = arith.constant 1536 : i64
      %v4278 = arith.constant 1600 : i64
      %v4286 = arith.constant 1664 : i64
      %v4294 = arith.constant 1728 : i64
      %v4302 = arith.constant 1792 : i64
      %v4310 = arith.constant 1856 : i64
      %v4318 = arith.constant 1920 : i64
      %v4326 = arith.constant 1984 : i64
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
      %v3341 = arith.muli %v67, %v3340 : i64
      %v3342 = llvm.getelementptr %in_A[%v3341] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3343 = llvm.load %v3342 : !llvm.ptr -> f32
      %v3345 = arith.mulf %v3343, %v3344 fastmath<contract> : f32
      %v3352 = arith.muli %v67, %v2 : i64
      %v3353 = llvm.getelementptr %in_dt_bias[%v3352] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3354 = llvm.load %v3353 : !llvm.ptr -> f32
      %v3404 = arith.muli %v67, %v3340 : i64
      %v3405 = arith.constant 1 : i64
      %v3406 = arith.muli %v3405, %v2 : i64
      %v3407 = arith.addi %v3404, %v3406 : i64
      %v3408 = llvm.getelementptr %in_A[%v3407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3409 = llvm.load %v3408 : !llvm.ptr -> f32
      %v3410 = arith.mulf %v3409, %v3344 fastmath<contract> : f32
      %v3419 = arith.muli %v67, %v3340 : i64
      %v3420 = arith.constant 2 : i64
      %v3421 = arith.muli %v3420, %v2 : i64
      %v3422 = arith.addi %v3419, %v3421 : i64
      %v3423 = llvm.getelementptr %in_A[%v3422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3424 = llvm.load %v3423 : !llvm.ptr -> f32
      %v3425 = arith.mulf %v3424, %v3344 fastmath<contract> : f32
      %v3434 = arith.muli %v67, %v3340 : i64
      %v3435 = arith.constant 3 : i64
      %v3436 = arith.muli %v3435, %v2 : i64
      %v3437 = arith.addi %v3434, %v3436 : i64
      %v3438 = llvm.getelementptr %in_A[%v3437] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3439 = llvm.load %v3438 : !llvm.ptr -> f32
      %v3440 = arith.mulf %v3439, %v3344 fastmath<contract> : f32
      %v3449 = arith.muli %v67, %v3340 : i64
      %v3450 = arith.constant 4 : i64
      %v3451 = arith.muli %v3450, %v2 : i64
      %v3452 = arith.addi %v3449, %v3451 : i64
      %v3453 = llvm.getelementptr %in_A[%v3452] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3454 = llvm.load %v3453 : !llvm.ptr -> f32
      %v3455 = arith.mulf %v3454, %v3344 fastmath<contract> : f32
      %v3464 = arith.muli %v67, %v3340 : i64
      %v3465 = arith.constant 5 : i64
      %v3466 = arith.muli %v3465, %v2 : i64
      %v3467 = arith.addi %v3464, %v3466 : i64
      %v3468 = llvm.getelementptr %in_A[%v3467] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3469 = llvm.load %v3468 : !llvm.ptr -> f32
      %v3470 = arith.mulf %v3469, %v3344 fastmath<contract> : f32
      %v3479 = arith.muli %v67, %v3340 : i64
      %v3480 = arith.constant 6 : i64
      %v3481 = arith.muli %v3480, %v2 : i64
      %v3482 = arith.addi %v3479, %v3481 : i64
      %v3483 = llvm.getelementptr %in_A[%v3482] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3484 = llvm.load %v3483 : !llvm.ptr -> f32
      %v3485 = arith.mulf %v3484, %v3344 fastmath<contract> : f32
      %v3494 = arith.muli %v67, %v3340 : i64
      %v3495 = arith.constant 7 : i64
      %v3496 = arith.muli %v3495, %v2 : i64
      %v3497 = arith.addi %v3494, %v3496 : i64
      %v3498 = llvm.getelementptr %in_A[%v3497] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3499 = llvm.load %v3498 : !llvm.ptr -> f32
      %v3500 = arith.mulf %v3499, %v3344 fastmath<contract> : f32
      %v3509 = arith.muli %v67, %v3340 : i64
      %v3510 = arith.constant 8 : i64
      %v3511 = arith.muli %v3510, %v2 : i64
      %v3512 = arith.addi %v3509, %v3511 : i64
      %v3513 = llvm.getelementptr %in_A[%v3512] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3514 = llvm.load %v3513 : !llvm.ptr -> f32
      %v3515 = arith.mulf %v3514, %v3344 fastmath<contract> : f32
      %v3524 = arith.muli %v67, %v3340 : i64
      %v3525 = arith.constant 9 : i64
      %v3526 = arith.muli %v3525, %v2 : i64
      %v3527 = arith.addi %v3524, %v3526 : i64
      %v3528 = llvm.getelementptr %in_A[%v3527] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3529 = llvm.load %v3528 : !llvm.ptr -> f32
      %v3530 = arith.mulf %v3529, %v3344 fastmath<contract> : f32
      %v3539 = arith.muli %v67, %v3340 : i64
      %v3540 = arith.constant 10 : i64
      %v3541 = arith.muli %v3540, %v2 : i64
      %v3542 = arith.addi %v3539, %v3541 : i64
      %v3543 = llvm.getelementptr %in_A[%v3542] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3544 = llvm.load %v3543 : !llvm.ptr -> f32
      %v3545 = arith.mulf %v3544, %v3344 fastmath<contract> : f32
      %v3554 = arith.muli %v67, %v3340 : i64
      %v3555 = arith.constant 11 : i64
      %v3556 = arith.muli %v3555, %v2 : i64
      %v3557 = arith.addi %v3554, %v3556 : i64
      %v3558 = llvm.getelementptr %in_A[%v3557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3559 = llvm.load %v3558 : !llvm.ptr -> f32
      %v3560 = arith.mulf %v3559, %v3344 fastmath<contract> : f32
      %v3569 = arith.muli %v67, %v3340 : i64
      %v3570 = arith.constant 12 : i64
      %v3571 = arith.muli %v3570, %v2 : i64
      %v3572 = arith.addi %v3569, %v3571 : i64
      %v3573 = llvm.getelementptr %in_A[%v3572] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3574 = llvm.load %v3573 : !llvm.ptr -> f32
      %v3575 = arith.mulf %v3574, %v3344 fastmath<contract> : f32
      %v3584 = arith.muli %v67, %v3340 : i64
      %v3585 = arith.constant 13 : i64
      %v3586 = arith.muli %v3585, %v2 : i64
      %v3587 = arith.addi %v3584, %v3586 : i64
      %v3588 = llvm.getelementptr %in_A[%v3587] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3589 = llvm.load %v3588 : !llvm.ptr -> f32
      %v3590 = arith.mulf %v3589, %v3344 fastmath<contract> : f32
      %v3599 = arith.muli %v67, %v3340 : i64
      %v3600 = arith.constant 14 : i64
      %v3601 = arith.muli %v3600, %v2 : i64
      %v3602 = arith.addi %v3599, %v3601 : i64
      %v3603 = llvm.getelementptr %in_A[%v3602] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3604 = llvm.load %v3603 : !llvm.ptr -> f32
      %v3605 = arith.mulf %v3604, %v3344 fastmath<contract> : f32
      %v3614 = arith.muli %v67, %v3340 : i64
      %v3615 = arith.constant 15 : i64
      %v3616 = arith.muli %v3615, %v2 : i64
      %v3617 = arith.addi %v3614, %v3616 : i64
      %v3618 = llvm.getelementptr %in_A[%v3617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v3619 = llvm.load %v3618 : !llvm.ptr -> f32
      %v3620 = arith.mulf %v3619, %v3344 fastmath<contract> : f32
      %v3630 = arith.mulf %v3343, %v3344 fastmath<contract> : f32
      %v3678 = arith.mulf %v3409, %v3344 fastmath<contract> : f32
      %v3687 = arith.mulf %v3424, %v3344 fastmath<contract> : f32
      %v3696 = arith.mulf %v3439, %v3344 fastmath<contract> : f32
      %v3705 = arith.mulf %v3454, %v3344 fastmath<contract> : f32
      %v3714 = arith.mulf %v3469, %v3344 fastmath<contract> : f32
      %v3723 = arith.mulf %v3484, %v3344 fastmath<contract> : f32
      %v3732 = arith.mulf %v3499, %v3344 fastmath<contract> : f32
      %v3741 = arith.mulf %v3514, %v3344 fastmath<contract> : f32
      %v3750 = arith.mulf %v3529, %v3344 fastmath<contract> : f32
      %v3759 = arith.mulf %v3544, %v3344 fastmath<contract> : f32
      %v3768 = arith.mulf %v3559, %v3344 fastmath<contract> : f32
      %v3777 = arith.mulf %v3574, %v3344 fastmath<contract> : f32
      %v3786 = arith.mulf %v3589, %v3344 fastmath<contract> : f32
      %v3795 = arith.mulf %v3604, %v3344 fastmath<contract> : f32
      %v3804 = arith.mulf %v3619, %v3344 fastmath<contract> : f32
      %v3820 = arith.mulf %v3343, %v3344 fastmath<contract> : f32
      %v3873 = arith.mulf %v3409, %v3344 fastmath<contract> : f32
      %v3887 = arith.mulf %v3424, %v3344 fastmath<contract> : f32
      %v3901 = arith.mulf %v3439, %v3344 fastmath<contract> : f32
      %v3915 = arith.mulf %v3454, %v3344 fastmath<contract> : f32
      %v3929 = arith.mulf %v3469, %v3344 fastmath<contract> : f32
      %v3943 = arith.mulf %v3484, %v3344 fastmath<contract> : f32
      %v3957 = arith.mulf %v3499, %v3344 fastmath<contract> : f32
      %v3971 = arith.mulf %v3514, %v3344 fastmath<contract> : f32
      %v3985 = arith.mulf %v3529, %v3344 fastmath<contract> : f32
      %v3999 = arith.mulf %v3544, %v3344 fastmath<contract> : f32
      %v4013 = arith.mulf %v3559, %v3344 fastmath<contract> : f32
      %v4027 = arith.mulf %v3574, %v3344 fastmath<contract> : f32
      %v4041 = arith.mulf %v3589, %v3344 fastmath<contract> : f32
      %v4055 = arith.mulf %v3604, %v3344 fastmath<contract> : f32
      %v4069 = arith.mulf %v3619, %v3344 fastmath<contract> : f32
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
      %v119 = arith.subi %v118, %v117 : i64
      %v120 = arith.addi %v113, %v119 : i64
      %v122 = arith.muli %v111, %v121 : i64
      %v123 = arith.addi %v122, %v108 : i64
      %v124 = llvm.getelementptr %in_u[%v120] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v125 = llvm.load %v124 : !llvm.ptr -> f32
      %v126 = arith.addi %v107, %v97 : i64
      %v127 = arith.constant true
      %v128 = arith.addi %v73, %v126 : i64
      %v129 = llvm.getelementptr %v37[%v128] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v130 = llvm.load %v129 : !llvm.ptr<3> -> i64
      %v131 = arith.addi %v103, %v108 : i64
      %v132 = arith.cmpi slt, %v131, %v105 : i64
      %v133 = arith.subi %size_L, %v2 : i64
      %v134 = arith.minsi %v131, %v133 : i64
      %v135 = arith.subi %v118, %v134 : i64
      %v136 = arith.addi %v130, %v135 : i64
      %v137 = arith.muli %v128, %v121 : i64
      %v138 = arith.addi %v137, %v108 : i64
      %v139 = llvm.getelementptr %in_u[%v136] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v140 = llvm.load %v139 : !llvm.ptr -> f32
      %v142 = arith.addi %v107, %v141 : i64
      %v143 = arith.constant true
      %v144 = arith.addi %v73, %v142 : i64
      %v145 = llvm.getelementptr %v37[%v144] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v146 = llvm.load %v145 : !llvm.ptr<3> -> i64
      %v147 = arith.addi %v103, %v108 : i64
      %v148 = arith.cmpi slt, %v147, %v105 : i64
      %v149 = arith.subi %size_L, %v2 : i64
      %v150 = arith.minsi %v147, %v149 : i64
      %v151 = arith.subi %v118, %v150 : i64
      %v152 = arith.addi %v146, %v151 : i64
      %v153 = arith.muli %v144, %v121 : i64
      %v154 = arith.addi %v153, %v108 : i64
      %v155 = llvm.getelementptr %in_u[%v152] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v156 = llvm.load %v155 : !llvm.ptr -> f32
      %v158 = arith.addi %v107, %v157 : i64
      %v159 = arith.constant true
      %v160 = arith.addi %v73, %v158 : i64
      %v161 = llvm.getelementptr %v37[%v160] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v162 = llvm.load %v161 : !llvm.ptr<3> -> i64
      %v163 = arith.addi %v103, %v108 : i64
      %v164 = arith.cmpi slt, %v163, %v105 : i64
      %v165 = arith.subi %size_L, %v2 : i64
      %v166 = arith.minsi %v163, %v165 : i64
      %v167 = arith.subi %v118, %v166 : i64
      %v168 = arith.addi %v162, %v167 : i64
      %v169 = arith.muli %v160, %v121 : i64
      %v170 = arith.addi %v169, %v108 : i64
      %v171 = llvm.getelementptr %in_u[%v168] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v172 = llvm.load %v171 : !llvm.ptr -> f32
      %v174 = arith.addi %v107, %v173 : i64
      %v175 = arith.constant true
      %v176 = arith.addi %v73, %v174 : i64
      %v177 = llvm.getelementptr %v37[%v176] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v178 = llvm.load %v177 : !llvm.ptr<3> -> i64
      %v179 = arith.addi %v103, %v108 : i64
      %v180 = arith.cmpi slt, %v179, %v105 : i64
      %v181 = arith.subi %size_L, %v2 : i64
      %v182 = arith.minsi %v179, %v181 : i64
      %v183 = arith.subi %v118, %v182 : i64
      %v184 = arith.addi %v178, %v183 : i64
      %v185 = arith.muli %v176, %v121 : i64
      %v186 = arith.addi %v185, %v108 : i64
      %v187 = llvm.getelementptr %in_u[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v188 = llvm.load %v187 : !llvm.ptr -> f32
      %v190 = arith.addi %v107, %v189 : i64
      %v191 = arith.constant true
      %v192 = arith.addi %v73, %v190 : i64
      %v193 = llvm.getelementptr %v37[%v192] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v194 = llvm.load %v193 : !llvm.ptr<3> -> i64
      %v195 = arith.addi %v103, %v108 : i64
      %v196 = arith.cmpi slt, %v195, %v105 : i64
      %v197 = arith.subi %size_L, %v2 : i64
      %v198 = arith.minsi %v195, %v197 : i64
      %v199 = arith.subi %v118, %v198 : i64
      %v200 = arith.addi %v194, %v199 : i64
      %v201 = arith.muli %v192, %v121 : i64
      %v202 = arith.addi %v201, %v108 : i64
      %v203 = llvm.getelementptr %in_u[%v200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v204 = llvm.load %v203 : !llvm.ptr -> f32
      %v206 = arith.addi %v107, %v205 : i64
      %v207 = arith.constant true
      %v208 = arith.addi %v73, %v206 : i64
      %v209 = llvm.getelementptr %v37[%v208] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v210 = llvm.load %v209 : !llvm.ptr<3> -> i64
      %v211 = arith.addi %v103, %v108 : i64
      %v212 = arith.cmpi slt, %v211, %v105 : i64
      %v213 = arith.subi %size_L, %v2 : i64
      %v214 = arith.minsi %v211, %v213 : i64
      %v215 = arith.subi %v118, %v214 : i64
      %v216 = arith.addi %v210, %v215 : i64
      %v217 = arith.muli %v208, %v121 : i64
      %v218 = arith.addi %v217, %v108 : i64
      %v219 = llvm.getelementptr %in_u[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v220 = llvm.load %v219 : !llvm.ptr -> f32
      %v222 = arith.addi %v107, %v221 : i64
      %v223 = arith.constant true
      %v224 = arith.addi %v73, %v222 : i64
      %v225 = llvm.getelementptr %v37[%v224] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v226 = llvm.load %v225 : !llvm.ptr<3> -> i64
      %v227 = arith.addi %v103, %v108 : i64
      %v228 = arith.cmpi slt, %v227, %v105 : i64
      %v229 = arith.subi %size_L, %v2 : i64
      %v230 = arith.minsi %v227, %v229 : i64
      %v231 = arith.subi %v118, %v230 : i64
      %v232 = arith.addi %v226, %v231 : i64
      %v233 = arith.muli %v224, %v121 : i64
      %v234 = arith.addi %v233, %v108 : i64
      %v235 = llvm.getelementptr %in_u[%v232] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v236 = llvm.load %v235 : !llvm.ptr -> f32
      %v237 = arith.addi %v107, %v1 : i64
      %v238 = arith.constant true
      %v239 = arith.addi %v73, %v237 : i64
      %v240 = llvm.getelementptr %v37[%v239] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v241 = llvm.load %v240 : !llvm.ptr<3> -> i64
      %v242 = arith.addi %v103, %v108 : i64
      %v243 = arith.cmpi slt, %v242, %v105 : i64
      %v244 = arith.subi %size_L, %v2 : i64
      %v245 = arith.minsi %v242, %v244 : i64
      %v246 = arith.subi %v118, %v245 : i64
      %v247 = arith.addi %v241, %v246 : i64
      %v248 = arith.muli %v239, %v121 : i64
      %v249 = arith.addi %v248, %v108 : i64
      %v250 = llvm.getelementptr %in_u[%v247] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v251 = llvm.load %v250 : !llvm.ptr -> f32
      %v253 = arith.addi %v107, %v252 : i64
      %v254 = arith.constant true
      %v255 = arith.addi %v73, %v253 : i64
      %v256 = llvm.getelementptr %v37[%v255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v257 = llvm.load %v256 : !llvm.ptr<3> -> i64
      %v258 = arith.addi %v103, %v108 : i64
      %v259 = arith.cmpi slt, %v258, %v105 : i64
      %v260 = arith.subi %size_L, %v2 : i64
      %v261 = arith.minsi %v258, %v260 : i64
      %v262 = arith.subi %v118, %v261 : i64
      %v263 = arith.addi %v257, %v262 : i64
      %v264 = arith.muli %v255, %v121 : i64
      %v265 = arith.addi %v264, %v108 : i64
      %v266 = llvm.getelementptr %in_u[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v267 = llvm.load %v266 : !llvm.ptr -> f32
      %v269 = arith.addi %v107, %v268 : i64
      %v270 = arith.constant true
      %v271 = arith.addi %v73, %v269 : i64
      %v272 = llvm.getelementptr %v37[%v271] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v273 = llvm.load %v272 : !llvm.ptr<3> -> i64
      %v274 = arith.addi %v103, %v108 : i64
      %v275 = arith.cmpi slt, %v274, %v105 : i64
      %v276 = arith.subi %size_L, %v2 : i64
      %v277 = arith.minsi %v274, %v276 : i64
      %v278 = arith.subi %v118, %v277 : i64
      %v279 = arith.addi %v273, %v278 : i64
      %v280 = arith.muli %v271, %v121 : i64
      %v281 = arith.addi %v280, %v108 : i64
      %v282 = llvm.getelementptr %in_u[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v283 = llvm.load %v282 : !llvm.ptr -> f32
      %v285 = arith.addi %v107, %v284 : i64
      %v286 = arith.constant true
      %v287 = arith.addi %v73, %v285 : i64
      %v288 = llvm.getelementptr %v37[%v287] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v289 = llvm.load %v288 : !llvm.ptr<3> -> i64
      %v290 = arith.addi %v103, %v108 : i64
      %v291 = arith.cmpi slt, %v290, %v105 : i64
      %v292 = arith.subi %size_L, %v2 : i64
      %v293 = arith.minsi %v290, %v292 : i64
      %v294 = arith.subi %v118, %v293 : i64
      %v295 = arith.addi %v289, %v294 : i64
      %v296 = arith.muli %v287, %v121 : i64
      %v297 = arith.addi %v296, %v108 : i64
      %v298 = llvm.getelementptr %in_u[%v295] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v299 = llvm.load %v298 : !llvm.ptr -> f32
      %v301 = arith.addi %v107, %v300 : i64
      %v302 = arith.constant true
      %v303 = arith.addi %v73, %v301 : i64
      %v304 = llvm.getelementptr %v37[%v303] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v305 = llvm.load %v304 : !llvm.ptr<3> -> i64
      %v306 = arith.addi %v103, %v108 : i64
      %v307 = arith.cmpi slt, %v306, %v105 : i64
      %v308 = arith.subi %size_L, %v2 : i64
      %v309 = arith.minsi %v306, %v308 : i64
      %v310 = arith.subi %v118, %v309 : i64
      %v311 = arith.addi %v305, %v310 : i64
      %v312 = arith.muli %v303, %v121 : i64
      %v313 = arith.addi %v312, %v108 : i64
      %v314 = llvm.getelementptr %in_u[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v315 = llvm.load %v314 : !llvm.ptr -> f32
      %v317 = arith.addi %v107, %v316 : i64
      %v318 = arith.constant true
      %v319 = arith.addi %v73, %v317 : i64
      %v320 = llvm.getelementptr %v37[%v319] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v321 = llvm.load %v320 : !llvm.ptr<3> -> i64
      %v322 = arith.addi %v103, %v108 : i64
      %v323 = arith.cmpi slt, %v322, %v105 : i64
      %v324 = arith.subi %size_L, %v2 : i64
      %v325 = arith.minsi %v322, %v324 : i64
      %v326 = arith.subi %v118, %v325 : i64
      %v327 = arith.addi %v321, %v326 : i64
      %v328 = arith.muli %v319, %v121 : i64
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
      %v342 = arith.subi %v118, %v341 : i64
      %v343 = arith.addi %v337, %v342 : i64
      %v344 = arith.muli %v335, %v121 : i64
      %v345 = arith.addi %v344, %v108 : i64
      %v346 = llvm.getelementptr %in_u[%v343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v347 = llvm.load %v346 : !llvm.ptr -> f32
      %v349 = arith.addi %v107, %v348 : i64
      %v350 = arith.constant true
      %v351 = arith.addi %v73, %v349 : i64
      %v352 = llvm.getelementptr %v37[%v351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v353 = llvm.load %v352 : !llvm.ptr<3> -> i64
      %v354 = arith.addi %v103, %v108 : i64
      %v355 = arith.cmpi slt, %v354, %v105 : i64
      %v356 = arith.subi %size_L, %v2 : i64
      %v357 = arith.minsi %v354, %v356 : i64
      %v358 = arith.subi %v118, %v357 : i64
      %v359 = arith.addi %v353, %v358 : i64
      %v360 = arith.muli %v351, %v121 : i64
      %v361 = arith.addi %v360, %v108 : i64
      %v362 = llvm.getelementptr %in_u[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v363 = llvm.load %v362 : !llvm.ptr -> f32
      %v364 = arith.addi %v107, %v106 : i64
      %v365 = arith.constant true
      %v366 = arith.addi %v73, %v364 : i64
      %v367 = llvm.getelementptr %v37[%v366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v368 = llvm.load %v367 : !llvm.ptr<3> -> i64
      %v369 = arith.addi %v103, %v108 : i64
      %v370 = arith.cmpi slt, %v369, %v105 : i64
      %v371 = arith.subi %size_L, %v2 : i64
      %v372 = arith.minsi %v369, %v371 : i64
      %v373 = arith.subi %v118, %v372 : i64
      %v374 = arith.addi %v368, %v373 : i64
      %v375 = arith.muli %v366, %v121 : i64
      %v376 = arith.addi %v375, %v108 : i64
      %v377 = llvm.getelementptr %in_u[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v378 = llvm.load %v377 : !llvm.ptr -> f32
      %v380 = arith.addi %v107, %v379 : i64
      %v381 = arith.constant true
      %v382 = arith.addi %v73, %v380 : i64
      %v383 = llvm.getelementptr %v37[%v382] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v384 = llvm.load %v383 : !llvm.ptr<3> -> i64
      %v385 = arith.addi %v103, %v108 : i64
      %v386 = arith.cmpi slt, %v385, %v105 : i64
      %v387 = arith.subi %size_L, %v2 : i64
      %v388 = arith.minsi %v385, %v387 : i64
      %v389 = arith.subi %v118, %v388 : i64
      %v390 = arith.addi %v384, %v389 : i64
      %v391 = arith.muli %v382, %v121 : i64
      %v392 = arith.addi %v391, %v108 : i64
      %v393 = llvm.getelementptr %in_u[%v390] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v394 = llvm.load %v393 : !llvm.ptr -> f32
      %v396 = arith.addi %v107, %v395 : i64
      %v397 = arith.constant true
      %v398 = arith.addi %v73, %v396 : i64
      %v399 = llvm.getelementptr %v37[%v398] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v400 = llvm.load %v399 : !llvm.ptr<3> -> i64
      %v401 = arith.addi %v103, %v108 : i64
      %v402 = arith.cmpi slt, %v401, %v105 : i64
      %v403 = arith.subi %size_L, %v2 : i64
      %v404 = arith.minsi %v401, %v403 : i64
      %v405 = arith.subi %v118, %v404 : i64
      %v406 = arith.addi %v400, %v405 : i64
      %v407 = arith.muli %v398, %v121 : i64
      %v408 = arith.addi %v407, %v108 : i64
      %v409 = llvm.getelementptr %in_u[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v410 = llvm.load %v409 : !llvm.ptr -> f32
      %v412 = arith.addi %v107, %v411 : i64
      %v413 = arith.constant true
      %v414 = arith.addi %v73, %v412 : i64
      %v415 = llvm.getelementptr %v37[%v414] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v416 = llvm.load %v415 : !llvm.ptr<3> -> i64
      %v417 = arith.addi %v103, %v108 : i64
      %v418 = arith.cmpi slt, %v417, %v105 : i64
      %v419 = arith.subi %size_L, %v2 : i64
      %v420 = arith.minsi %v417, %v419 : i64
      %v421 = arith.subi %v118, %v420 : i64
      %v422 = arith.addi %v416, %v421 : i64
      %v423 = arith.muli %v414, %v121 : i64
      %v424 = arith.addi %v423, %v108 : i64
      %v425 = llvm.getelementptr %in_u[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v426 = llvm.load %v425 : !llvm.ptr -> f32
      %v428 = arith.addi %v107, %v427 : i64
      %v429 = arith.constant true
      %v430 = arith.addi %v73, %v428 : i64
      %v431 = llvm.getelementptr %v37[%v430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v432 = llvm.load %v431 : !llvm.ptr<3> -> i64
      %v433 = arith.addi %v103, %v108 : i64
      %v434 = arith.cmpi slt, %v433, %v105 : i64
      %v435 = arith.subi %size_L, %v2 : i64
      %v436 = arith.minsi %v433, %v435 : i64
      %v437 = arith.subi %v118, %v436 : i64
      %v438 = arith.addi %v432, %v437 : i64
      %v439 = arith.muli %v430, %v121 : i64
      %v440 = arith.addi %v439, %v108 : i64
      %v441 = llvm.getelementptr %in_u[%v438] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v442 = llvm.load %v441 : !llvm.ptr -> f32
      %v444 = arith.addi %v107, %v443 : i64
      %v445 = arith.constant true
      %v446 = arith.addi %v73, %v444 : i64
      %v447 = llvm.getelementptr %v37[%v446] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v448 = llvm.load %v447 : !llvm.ptr<3> -> i64
      %v449 = arith.addi %v103, %v108 : i64
      %v450 = arith.cmpi slt, %v449, %v105 : i64
      %v451 = arith.subi %size_L, %v2 : i64
      %v452 = arith.minsi %v449, %v451 : i64
      %v453 = arith.subi %v118, %v452 : i64
      %v454 = arith.addi %v448, %v453 : i64
      %v455 = arith.muli %v446, %v121 : i64
      %v456 = arith.addi %v455, %v108 : i64
      %v457 = llvm.getelementptr %in_u[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v458 = llvm.load %v457 : !llvm.ptr -> f32
      %v460 = arith.addi %v107, %v459 : i64
      %v461 = arith.constant true
      %v462 = arith.addi %v73, %v460 : i64
      %v463 = llvm.getelementptr %v37[%v462] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v464 = llvm.load %v463 : !llvm.ptr<3> -> i64
      %v465 = arith.addi %v103, %v108 : i64
      %v466 = arith.cmpi slt, %v465, %v105 : i64
      %v467 = arith.subi %size_L, %v2 : i64
      %v468 = arith.minsi %v465, %v467 : i64
      %v469 = arith.subi %v118, %v468 : i64
      %v470 = arith.addi %v464, %v469 : i64
      %v471 = arith.muli %v462, %v121 : i64
      %v472 = arith.addi %v471, %v108 : i64
      %v473 = llvm.getelementptr %in_u[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v474 = llvm.load %v473 : !llvm.ptr -> f32
      %v476 = arith.addi %v107, %v475 : i64
      %v477 = arith.constant true
      %v478 = arith.addi %v73, %v476 : i64
      %v479 = llvm.getelementptr %v37[%v478] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v480 = llvm.load %v479 : !llvm.ptr<3> -> i64
      %v481 = arith.addi %v103, %v108 : i64
      %v482 = arith.cmpi slt, %v481, %v105 : i64
      %v483 = arith.subi %size_L, %v2 : i64
      %v484 = arith.minsi %v481, %v483 : i64
      %v485 = arith.subi %v118, %v484 : i64
      %v486 = arith.addi %v480, %v485 : i64
      %v487 = arith.muli %v478, %v121 : i64
      %v488 = arith.addi %v487, %v108 : i64
      %v489 = llvm.getelementptr %in_u[%v486] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v490 = llvm.load %v489 : !llvm.ptr -> f32
      %v492 = arith.addi %v107, %v491 : i64
      %v493 = arith.constant true
      %v494 = arith.addi %v73, %v492 : i64
      %v495 = llvm.getelementptr %v37[%v494] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v496 = llvm.load %v495 : !llvm.ptr<3> -> i64
      %v497 = arith.addi %v103, %v108 : i64
      %v498 = arith.cmpi slt, %v497, %v105 : i64
      %v499 = arith.subi %size_L, %v2 : i64
      %v500 = arith.minsi %v497, %v499 : i64
      %v501 = arith.subi %v118, %v500 : i64
      %v502 = arith.addi %v496, %v501 : i64
      %v503 = arith.muli %v494, %v121 : i64
      %v504 = arith.addi %v503, %v108 : i64
      %v505 = llvm.getelementptr %in_u[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v506 = llvm.load %v505 : !llvm.ptr -> f32
      %v508 = arith.addi %v107, %v507 : i64
      %v509 = arith.constant true
      %v510 = arith.addi %v73, %v508 : i64
      %v511 = llvm.getelementptr %v37[%v510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v512 = llvm.load %v511 : !llvm.ptr<3> -> i64
      %v513 = arith.addi %v103, %v108 : i64
      %v514 = arith.cmpi slt, %v513, %v105 : i64
      %v515 = arith.subi %size_L, %v2 : i64
      %v516 = arith.minsi %v513, %v515 : i64
      %v517 = arith.subi %v118, %v516 : i64
      %v518 = arith.addi %v512, %v517 : i64
      %v519 = arith.muli %v510, %v121 : i64
      %v520 = arith.addi %v519, %v108 : i64
      %v521 = llvm.getelementptr %in_u[%v518] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v522 = llvm.load %v521 : !llvm.ptr -> f32
      %v524 = arith.addi %v107, %v523 : i64
      %v525 = arith.constant true
      %v526 = arith.addi %v73, %v524 : i64
      %v527 = llvm.getelementptr %v37[%v526] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v528 = llvm.load %v527 : !llvm.ptr<3> -> i64
      %v529 = arith.addi %v103, %v108 : i64
      %v530 = arith.cmpi slt, %v529, %v105 : i64
      %v531 = arith.subi %size_L, %v2 : i64
      %v532 = arith.minsi %v529, %v531 : i64
      %v533 = arith.subi %v118, %v532 : i64
      %v534 = arith.addi %v528, %v533 : i64
      %v535 = arith.muli %v526, %v121 : i64
      %v536 = arith.addi %v535, %v108 : i64
      %v537 = llvm.getelementptr %in_u[%v534] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v538 = llvm.load %v537 : !llvm.ptr -> f32
      %v540 = arith.addi %v107, %v539 : i64
      %v541 = arith.constant true
      %v542 = arith.addi %v73, %v540 : i64
      %v543 = llvm.getelementptr %v37[%v542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v544 = llvm.load %v543 : !llvm.ptr<3> -> i64
      %v545 = arith.addi %v103, %v108 : i64
      %v546 = arith.cmpi slt, %v545, %v105 : i64
      %v547 = arith.subi %size_L, %v2 : i64
      %v548 = arith.minsi %v545, %v547 : i64
      %v549 = arith.subi %v118, %v548 : i64
      %v550 = arith.addi %v544, %v549 : i64
      %v551 = arith.muli %v542, %v121 : i64
      %v552 = arith.addi %v551, %v108 : i64
      %v553 = llvm.getelementptr %in_u[%v550] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v554 = llvm.load %v553 : !llvm.ptr -> f32
      %v556 = arith.addi %v107, %v555 : i64
      %v557 = arith.constant true
      %v558 = arith.addi %v73, %v556 : i64
      %v559 = llvm.getelementptr %v37[%v558] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v560 = llvm.load %v559 : !llvm.ptr<3> -> i64
      %v561 = arith.addi %v103, %v108 : i64
      %v562 = arith.cmpi slt, %v561, %v105 : i64
      %v563 = arith.subi %size_L, %v2 : i64
      %v564 = arith.minsi %v561, %v563 : i64
      %v565 = arith.subi %v118, %v564 : i64
      %v566 = arith.addi %v560, %v565 : i64
      %v567 = arith.muli %v558, %v121 : i64
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
      %v581 = arith.subi %v118, %v580 : i64
      %v582 = arith.addi %v576, %v581 : i64
      %v583 = arith.muli %v574, %v121 : i64
      %v584 = arith.addi %v583, %v108 : i64
      %v585 = llvm.getelementptr %in_u[%v582] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v586 = llvm.load %v585 : !llvm.ptr -> f32
      %v588 = arith.addi %v107, %v587 : i64
      %v589 = arith.constant true
      %v590 = arith.addi %v73, %v588 : i64
      %v591 = llvm.getelementptr %v37[%v590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v592 = llvm.load %v591 : !llvm.ptr<3> -> i64
      %v593 = arith.addi %v103, %v108 : i64
      %v594 = arith.cmpi slt, %v593, %v105 : i64
      %v595 = arith.subi %size_L, %v2 : i64
      %v596 = arith.minsi %v593, %v595 : i64
      %v597 = arith.subi %v118, %v596 : i64
      %v598 = arith.addi %v592, %v597 : i64
      %v599 = arith.muli %v590, %v121 : i64
      %v600 = arith.addi %v599, %v108 : i64
      %v601 = llvm.getelementptr %in_u[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v602 = llvm.load %v601 : !llvm.ptr -> f32
      %v604 = arith.addi %v107, %v603 : i64
      %v605 = arith.constant true
      %v606 = arith.addi %v73, %v604 : i64
      %v607 = llvm.getelementptr %v37[%v606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v608 = llvm.load %v607 : !llvm.ptr<3> -> i64
      %v609 = arith.addi %v103, %v108 : i64
      %v610 = arith.cmpi slt, %v609, %v105 : i64
      %v611 = arith.subi %size_L, %v2 : i64
      %v612 = arith.minsi %v609, %v611 : i64
      %v613 = arith.subi %v118, %v612 : i64
      %v614 = arith.addi %v608, %v613 : i64
      %v615 = arith.muli %v606, %v121 : i64
      %v616 = arith.addi %v615, %v108 : i64
      %v617 = llvm.getelementptr %in_u[%v614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v618 = llvm.load %v617 : !llvm.ptr -> f32
      scf.if %v110 {
        %v619 = llvm.getelementptr %v38[%v123] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v125, %v619 : f32, !llvm.ptr<3>
      }
      scf.if %v127 {
        %v620 = llvm.getelementptr %v38[%v138] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v140, %v620 : f32, !llvm.ptr<3>
      }
      scf.if %v143 {
        %v621 = llvm.getelementptr %v38[%v154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v156, %v621 : f32, !llvm.ptr<3>
      }
      scf.if %v159 {
        %v622 = llvm.getelementptr %v38[%v170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v172, %v622 : f32, !llvm.ptr<3>
      }
      scf.if %v175 {
        %v623 = llvm.getelementptr %v38[%v186] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v188, %v623 : f32, !llvm.ptr<3>
      }
      scf.if %v191 {
        %v624 = llvm.getelementptr %v38[%v202] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v204, %v624 : f32, !llvm.ptr<3>
      }
      scf.if %v207 {
        %v625 = llvm.getelementptr %v38[%v218] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v220, %v625 : f32, !llvm.ptr<3>
      }
      scf.if %v223 {
        %v626 = llvm.getelementptr %v38[%v234] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v236, %v626 : f32, !llvm.ptr<3>
      }
      scf.if %v238 {
        %v627 = llvm.getelementptr %v38[%v249] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v251, %v627 : f32, !llvm.ptr<3>
      }
      scf.if %v254 {
        %v628 = llvm.getelementptr %v38[%v265] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v267, %v628 : f32, !llvm.ptr<3>
      }
      scf.if %v270 {
        %v629 = llvm.getelementptr %v38[%v281] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v283, %v629 : f32, !llvm.ptr<3>
      }
      scf.if %v286 {
        %v630 = llvm.getelementptr %v38[%v297] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v299, %v630 : f32, !llvm.ptr<3>
      }
      scf.if %v302 {
        %v631 = llvm.getelementptr %v38[%v313] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v315, %v631 : f32, !llvm.ptr<3>
      }
      scf.if %v318 {
        %v632 = llvm.getelementptr %v38[%v329] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v331, %v632 : f32, !llvm.ptr<3>
      }
      scf.if %v334 {
        %v633 = llvm.getelementptr %v38[%v345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v347, %v633 : f32, !llvm.ptr<3>
      }
      scf.if %v350 {
        %v634 = llvm.getelementptr %v38[%v361] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v363, %v634 : f32, !llvm.ptr<3>
      }
      scf.if %v365 {
        %v635 = llvm.getelementptr %v38[%v376] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v378, %v635 : f32, !llvm.ptr<3>
      }
      scf.if %v381 {
        %v636 = llvm.getelementptr %v38[%v392] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v394, %v636 : f32, !llvm.ptr<3>
      }
      scf.if %v397 {
        %v637 = llvm.getelementptr %v38[%v408] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v410, %v637 : f32, !llvm.ptr<3>
      }
      scf.if %v413 {
        %v638 = llvm.getelementptr %v38[%v424] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v426, %v638 : f32, !llvm.ptr<3>
      }
      scf.if %v429 {
        %v639 = llvm.getelementptr %v38[%v440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v442, %v639 : f32, !llvm.ptr<3>
      }
      scf.if %v445 {
        %v640 = llvm.getelementptr %v38[%v456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v458, %v640 : f32, !llvm.ptr<3>
      }
      scf.if %v461 {
        %v641 = llvm.getelementptr %v38[%v472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v474, %v641 : f32, !llvm.ptr<3>
      }
      scf.if %v477 {
        %v642 = llvm.getelementptr %v38[%v488] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v490, %v642 : f32, !llvm.ptr<3>
      }
      scf.if %v493 {
        %v643 = llvm.getelementptr %v38[%v504] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v506, %v643 : f32, !llvm.ptr<3>
      }
      scf.if %v509 {
        %v644 = llvm.getelementptr %v38[%v520] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v522, %v644 : f32, !llvm.ptr<3>
      }
      scf.if %v525 {
        %v645 = llvm.getelementptr %v38[%v536] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v538, %v645 : f32, !llvm.ptr<3>
      }
      scf.if %v541 {
        %v646 = llvm.getelementptr %v38[%v552] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v554, %v646 : f32, !llvm.ptr<3>
      }
      scf.if %v557 {
        %v647 = llvm.getelementptr %v38[%v568] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v570, %v647 : f32, !llvm.ptr<3>
      }
      scf.if %v573 {
        %v648 = llvm.getelementptr %v38[%v584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v586, %v648 : f32, !llvm.ptr<3>
      }
      scf.if %v589 {
        %v649 = llvm.getelementptr %v38[%v600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v602, %v649 : f32, !llvm.ptr<3>
      }
      scf.if %v605 {
        %v650 = llvm.getelementptr %v38[%v616] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v618, %v650 : f32, !llvm.ptr<3>
      }
      // end staged load of `u`
      // staged load of `delta`'s first tile: read, then shared memory
      %v651 = arith.divui %v45, %v106 : i64
      %v652 = arith.remui %v45, %v106 : i64
      %v653 = arith.addi %v651, %v73 : i64
      %v654 = arith.constant true
      %v655 = arith.addi %v47, %v653 : i64
      %v656 = llvm.getelementptr %v37[%v655] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v657 = llvm.load %v656 : !llvm.ptr<3> -> i64
      %v658 = arith.addi %v103, %v652 : i64
      %v659 = arith.cmpi slt, %v658, %v105 : i64
      %v660 = arith.subi %size_L, %v2 : i64
      %v661 = arith.minsi %v658, %v660 : i64
      %v662 = arith.subi %v118, %v661 : i64
      %v663 = arith.addi %v657, %v662 : i64
      %v664 = arith.muli %v655, %v121 : i64
      %v665 = arith.addi %v664, %v652 : i64
      %v666 = llvm.getelementptr %in_delta[%v663] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v667 = llvm.load %v666 : !llvm.ptr -> f32
      %v668 = arith.addi %v651, %v97 : i64
      %v669 = arith.constant true
      %v670 = arith.addi %v47, %v668 : i64
      %v671 = llvm.getelementptr %v37[%v670] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v672 = llvm.load %v671 : !llvm.ptr<3> -> i64
      %v673 = arith.addi %v103, %v652 : i64
      %v674 = arith.cmpi slt, %v673, %v105 : i64
      %v675 = arith.subi %size_L, %v2 : i64
      %v676 = arith.minsi %v673, %v675 : i64
      %v677 = arith.subi %v118, %v676 : i64
      %v678 = arith.addi %v672, %v677 : i64
      %v679 = arith.muli %v670, %v121 : i64
      %v680 = arith.addi %v679, %v652 : i64
      %v681 = llvm.getelementptr %in_delta[%v678] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v682 = llvm.load %v681 : !llvm.ptr -> f32
      %v683 = arith.addi %v651, %v141 : i64
      %v684 = arith.constant true
      %v685 = arith.addi %v47, %v683 : i64
      %v686 = llvm.getelementptr %v37[%v685] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v687 = llvm.load %v686 : !llvm.ptr<3> -> i64
      %v688 = arith.addi %v103, %v652 : i64
      %v689 = arith.cmpi slt, %v688, %v105 : i64
      %v690 = arith.subi %size_L, %v2 : i64
      %v691 = arith.minsi %v688, %v690 : i64
      %v692 = arith.subi %v118, %v691 : i64
      %v693 = arith.addi %v687, %v692 : i64
      %v694 = arith.muli %v685, %v121 : i64
      %v695 = arith.addi %v694, %v652 : i64
      %v696 = llvm.getelementptr %in_delta[%v693] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v697 = llvm.load %v696 : !llvm.ptr -> f32
      %v698 = arith.addi %v651, %v157 : i64
      %v699 = arith.constant true
      %v700 = arith.addi %v47, %v698 : i64
      %v701 = llvm.getelementptr %v37[%v700] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v702 = llvm.load %v701 : !llvm.ptr<3> -> i64
      %v703 = arith.addi %v103, %v652 : i64
      %v704 = arith.cmpi slt, %v703, %v105 : i64
      %v705 = arith.subi %size_L, %v2 : i64
      %v706 = arith.minsi %v703, %v705 : i64
      %v707 = arith.subi %v118, %v706 : i64
      %v708 = arith.addi %v702, %v707 : i64
      %v709 = arith.muli %v700, %v121 : i64
      %v710 = arith.addi %v709, %v652 : i64
      %v711 = llvm.getelementptr %in_delta[%v708] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v712 = llvm.load %v711 : !llvm.ptr -> f32
      %v713 = arith.addi %v651, %v173 : i64
      %v714 = arith.constant true
      %v715 = arith.addi %v47, %v713 : i64
      %v716 = llvm.getelementptr %v37[%v715] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v717 = llvm.load %v716 : !llvm.ptr<3> -> i64
      %v718 = arith.addi %v103, %v652 : i64
      %v719 = arith.cmpi slt, %v718, %v105 : i64
      %v720 = arith.subi %size_L, %v2 : i64
      %v721 = arith.minsi %v718, %v720 : i64
      %v722 = arith.subi %v118, %v721 : i64
      %v723 = arith.addi %v717, %v722 : i64
      %v724 = arith.muli %v715, %v121 : i64
      %v725 = arith.addi %v724, %v652 : i64
      %v726 = llvm.getelementptr %in_delta[%v723] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v727 = llvm.load %v726 : !llvm.ptr -> f32
      %v728 = arith.addi %v651, %v189 : i64
      %v729 = arith.constant true
      %v730 = arith.addi %v47, %v728 : i64
      %v731 = llvm.getelementptr %v37[%v730] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v732 = llvm.load %v731 : !llvm.ptr<3> -> i64
      %v733 = arith.addi %v103, %v652 : i64
      %v734 = arith.cmpi slt, %v733, %v105 : i64
      %v735 = arith.subi %size_L, %v2 : i64
      %v736 = arith.minsi %v733, %v735 : i64
      %v737 = arith.subi %v118, %v736 : i64
      %v738 = arith.addi %v732, %v737 : i64
      %v739 = arith.muli %v730, %v121 : i64
      %v740 = arith.addi %v739, %v652 : i64
      %v741 = llvm.getelementptr %in_delta[%v738] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v742 = llvm.load %v741 : !llvm.ptr -> f32
      %v743 = arith.addi %v651, %v205 : i64
      %v744 = arith.constant true
      %v745 = arith.addi %v47, %v743 : i64
      %v746 = llvm.getelementptr %v37[%v745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v747 = llvm.load %v746 : !llvm.ptr<3> -> i64
      %v748 = arith.addi %v103, %v652 : i64
      %v749 = arith.cmpi slt, %v748, %v105 : i64
      %v750 = arith.subi %size_L, %v2 : i64
      %v751 = arith.minsi %v748, %v750 : i64
      %v752 = arith.subi %v118, %v751 : i64
      %v753 = arith.addi %v747, %v752 : i64
      %v754 = arith.muli %v745, %v121 : i64
      %v755 = arith.addi %v754, %v652 : i64
      %v756 = llvm.getelementptr %in_delta[%v753] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v757 = llvm.load %v756 : !llvm.ptr -> f32
      %v758 = arith.addi %v651, %v221 : i64
      %v759 = arith.constant true
      %v760 = arith.addi %v47, %v758 : i64
      %v761 = llvm.getelementptr %v37[%v760] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v762 = llvm.load %v761 : !llvm.ptr<3> -> i64
      %v763 = arith.addi %v103, %v652 : i64
      %v764 = arith.cmpi slt, %v763, %v105 : i64
      %v765 = arith.subi %size_L, %v2 : i64
      %v766 = arith.minsi %v763, %v765 : i64
      %v767 = arith.subi %v118, %v766 : i64
      %v768 = arith.addi %v762, %v767 : i64
      %v769 = arith.muli %v760, %v121 : i64
      %v770 = arith.addi %v769, %v652 : i64
      %v771 = llvm.getelementptr %in_delta[%v768] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v772 = llvm.load %v771 : !llvm.ptr -> f32
      %v773 = arith.addi %v651, %v1 : i64
      %v774 = arith.constant true
      %v775 = arith.addi %v47, %v773 : i64
      %v776 = llvm.getelementptr %v37[%v775] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v777 = llvm.load %v776 : !llvm.ptr<3> -> i64
      %v778 = arith.addi %v103, %v652 : i64
      %v779 = arith.cmpi slt, %v778, %v105 : i64
      %v780 = arith.subi %size_L, %v2 : i64
      %v781 = arith.minsi %v778, %v780 : i64
      %v782 = arith.subi %v118, %v781 : i64
      %v783 = arith.addi %v777, %v782 : i64
      %v784 = arith.muli %v775, %v121 : i64
      %v785 = arith.addi %v784, %v652 : i64
      %v786 = llvm.getelementptr %in_delta[%v783] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v787 = llvm.load %v786 : !llvm.ptr -> f32
      %v788 = arith.addi %v651, %v252 : i64
      %v789 = arith.constant true
      %v790 = arith.addi %v47, %v788 : i64
      %v791 = llvm.getelementptr %v37[%v790] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v792 = llvm.load %v791 : !llvm.ptr<3> -> i64
      %v793 = arith.addi %v103, %v652 : i64
      %v794 = arith.cmpi slt, %v793, %v105 : i64
      %v795 = arith.subi %size_L, %v2 : i64
      %v796 = arith.minsi %v793, %v795 : i64
      %v797 = arith.subi %v118, %v796 : i64
      %v798 = arith.addi %v792, %v797 : i64
      %v799 = arith.muli %v790, %v121 : i64
      %v800 = arith.addi %v799, %v652 : i64
      %v801 = llvm.getelementptr %in_delta[%v798] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v802 = llvm.load %v801 : !llvm.ptr -> f32
      %v803 = arith.addi %v651, %v268 : i64
      %v804 = arith.constant true
      %v805 = arith.addi %v47, %v803 : i64
      %v806 = llvm.getelementptr %v37[%v805] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v807 = llvm.load %v806 : !llvm.ptr<3> -> i64
      %v808 = arith.addi %v103, %v652 : i64
      %v809 = arith.cmpi slt, %v808, %v105 : i64
      %v810 = arith.subi %size_L, %v2 : i64
      %v811 = arith.minsi %v808, %v810 : i64
      %v812 = arith.subi %v118, %v811 : i64
      %v813 = arith.addi %v807, %v812 : i64
      %v814 = arith.muli %v805, %v121 : i64
      %v815 = arith.addi %v814, %v652 : i64
      %v816 = llvm.getelementptr %in_delta[%v813] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v817 = llvm.load %v816 : !llvm.ptr -> f32
      %v818 = arith.addi %v651, %v284 : i64
      %v819 = arith.constant true
      %v820 = arith.addi %v47, %v818 : i64
      %v821 = llvm.getelementptr %v37[%v820] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v822 = llvm.load %v821 : !llvm.ptr<3> -> i64
      %v823 = arith.addi %v103, %v652 : i64
      %v824 = arith.cmpi slt, %v823, %v105 : i64
      %v825 = arith.subi %size_L, %v2 : i64
      %v826 = arith.minsi %v823, %v825 : i64
      %v827 = arith.subi %v118, %v826 : i64
      %v828 = arith.addi %v822, %v827 : i64
      %v829 = arith.muli %v820, %v121 : i64
      %v830 = arith.addi %v829, %v652 : i64
      %v831 = llvm.getelementptr %in_delta[%v828] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v832 = llvm.load %v831 : !llvm.ptr -> f32
      %v833 = arith.addi %v651, %v300 : i64
      %v834 = arith.constant true
      %v835 = arith.addi %v47, %v833 : i64
      %v836 = llvm.getelementptr %v37[%v835] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v837 = llvm.load %v836 : !llvm.ptr<3> -> i64
      %v838 = arith.addi %v103, %v652 : i64
      %v839 = arith.cmpi slt, %v838, %v105 : i64
      %v840 = arith.subi %size_L, %v2 : i64
      %v841 = arith.minsi %v838, %v840 : i64
      %v842 = arith.subi %v118, %v841 : i64
      %v843 = arith.addi %v837, %v842 : i64
      %v844 = arith.muli %v835, %v121 : i64
      %v845 = arith.addi %v844, %v652 : i64
      %v846 = llvm.getelementptr %in_delta[%v843] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v847 = llvm.load %v846 : !llvm.ptr -> f32
      %v848 = arith.addi %v651, %v316 : i64
      %v849 = arith.constant true
      %v850 = arith.addi %v47, %v848 : i64
      %v851 = llvm.getelementptr %v37[%v850] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v852 = llvm.load %v851 : !llvm.ptr<3> -> i64
      %v853 = arith.addi %v103, %v652 : i64
      %v854 = arith.cmpi slt, %v853, %v105 : i64
      %v855 = arith.subi %size_L, %v2 : i64
      %v856 = arith.minsi %v853, %v855 : i64
      %v857 = arith.subi %v118, %v856 : i64
      %v858 = arith.addi %v852, %v857 : i64
      %v859 = arith.muli %v850, %v121 : i64
      %v860 = arith.addi %v859, %v652 : i64
      %v861 = llvm.getelementptr %in_delta[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v862 = llvm.load %v861 : !llvm.ptr -> f32
      %v863 = arith.addi %v651, %v332 : i64
      %v864 = arith.constant true
      %v865 = arith.addi %v47, %v863 : i64
      %v866 = llvm.getelementptr %v37[%v865] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v867 = llvm.load %v866 : !llvm.ptr<3> -> i64
      %v868 = arith.addi %v103, %v652 : i64
      %v869 = arith.cmpi slt, %v868, %v105 : i64
      %v870 = arith.subi %size_L, %v2 : i64
      %v871 = arith.minsi %v868, %v870 : i64
      %v872 = arith.subi %v118, %v871 : i64
      %v873 = arith.addi %v867, %v872 : i64
      %v874 = arith.muli %v865, %v121 : i64
      %v875 = arith.addi %v874, %v652 : i64
      %v876 = llvm.getelementptr %in_delta[%v873] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v877 = llvm.load %v876 : !llvm.ptr -> f32
      %v878 = arith.addi %v651, %v348 : i64
      %v879 = arith.constant true
      %v880 = arith.addi %v47, %v878 : i64
      %v881 = llvm.getelementptr %v37[%v880] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v882 = llvm.load %v881 : !llvm.ptr<3> -> i64
      %v883 = arith.addi %v103, %v652 : i64
      %v884 = arith.cmpi slt, %v883, %v105 : i64
      %v885 = arith.subi %size_L, %v2 : i64
      %v886 = arith.minsi %v883, %v885 : i64
      %v887 = arith.subi %v118, %v886 : i64
      %v888 = arith.addi %v882, %v887 : i64
      %v889 = arith.muli %v880, %v121 : i64
      %v890 = arith.addi %v889, %v652 : i64
      %v891 = llvm.getelementptr %in_delta[%v888] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v892 = llvm.load %v891 : !llvm.ptr -> f32
      %v893 = arith.addi %v651, %v106 : i64
      %v894 = arith.constant true
      %v895 = arith.addi %v47, %v893 : i64
      %v896 = llvm.getelementptr %v37[%v895] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v897 = llvm.load %v896 : !llvm.ptr<3> -> i64
      %v898 = arith.addi %v103, %v652 : i64
      %v899 = arith.cmpi slt, %v898, %v105 : i64
      %v900 = arith.subi %size_L, %v2 : i64
      %v901 = arith.minsi %v898, %v900 : i64
      %v902 = arith.subi %v118, %v901 : i64
      %v903 = arith.addi %v897, %v902 : i64
      %v904 = arith.muli %v895, %v121 : i64
      %v905 = arith.addi %v904, %v652 : i64
      %v906 = llvm.getelementptr %in_delta[%v903] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v907 = llvm.load %v906 : !llvm.ptr -> f32
      %v908 = arith.addi %v651, %v379 : i64
      %v909 = arith.constant true
      %v910 = arith.addi %v47, %v908 : i64
      %v911 = llvm.getelementptr %v37[%v910] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v912 = llvm.load %v911 : !llvm.ptr<3> -> i64
      %v913 = arith.addi %v103, %v652 : i64
      %v914 = arith.cmpi slt, %v913, %v105 : i64
      %v915 = arith.subi %size_L, %v2 : i64
      %v916 = arith.minsi %v913, %v915 : i64
      %v917 = arith.subi %v118, %v916 : i64
      %v918 = arith.addi %v912, %v917 : i64
      %v919 = arith.muli %v910, %v121 : i64
      %v920 = arith.addi %v919, %v652 : i64
      %v921 = llvm.getelementptr %in_delta[%v918] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v922 = llvm.load %v921 : !llvm.ptr -> f32
      %v923 = arith.addi %v651, %v395 : i64
      %v924 = arith.constant true
      %v925 = arith.addi %v47, %v923 : i64
      %v926 = llvm.getelementptr %v37[%v925] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v927 = llvm.load %v926 : !llvm.ptr<3> -> i64
      %v928 = arith.addi %v103, %v652 : i64
      %v929 = arith.cmpi slt, %v928, %v105 : i64
      %v930 = arith.subi %size_L, %v2 : i64
      %v931 = arith.minsi %v928, %v930 : i64
      %v932 = arith.subi %v118, %v931 : i64
      %v933 = arith.addi %v927, %v932 : i64
      %v934 = arith.muli %v925, %v121 : i64
      %v935 = arith.addi %v934, %v652 : i64
      %v936 = llvm.getelementptr %in_delta[%v933] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v937 = llvm.load %v936 : !llvm.ptr -> f32
      %v938 = arith.addi %v651, %v411 : i64
      %v939 = arith.constant true
      %v940 = arith.addi %v47, %v938 : i64
      %v941 = llvm.getelementptr %v37[%v940] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v942 = llvm.load %v941 : !llvm.ptr<3> -> i64
      %v943 = arith.addi %v103, %v652 : i64
      %v944 = arith.cmpi slt, %v943, %v105 : i64
      %v945 = arith.subi %size_L, %v2 : i64
      %v946 = arith.minsi %v943, %v945 : i64
      %v947 = arith.subi %v118, %v946 : i64
      %v948 = arith.addi %v942, %v947 : i64
      %v949 = arith.muli %v940, %v121 : i64
      %v950 = arith.addi %v949, %v652 : i64
      %v951 = llvm.getelementptr %in_delta[%v948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v952 = llvm.load %v951 : !llvm.ptr -> f32
      %v953 = arith.addi %v651, %v427 : i64
      %v954 = arith.constant true
      %v955 = arith.addi %v47, %v953 : i64
      %v956 = llvm.getelementptr %v37[%v955] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v957 = llvm.load %v956 : !llvm.ptr<3> -> i64
      %v958 = arith.addi %v103, %v652 : i64
      %v959 = arith.cmpi slt, %v958, %v105 : i64
      %v960 = arith.subi %size_L, %v2 : i64
      %v961 = arith.minsi %v958, %v960 : i64
      %v962 = arith.subi %v118, %v961 : i64
      %v963 = arith.addi %v957, %v962 : i64
      %v964 = arith.muli %v955, %v121 : i64
      %v965 = arith.addi %v964, %v652 : i64
      %v966 = llvm.getelementptr %in_delta[%v963] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v967 = llvm.load %v966 : !llvm.ptr -> f32
      %v968 = arith.addi %v651, %v443 : i64
      %v969 = arith.constant true
      %v970 = arith.addi %v47, %v968 : i64
      %v971 = llvm.getelementptr %v37[%v970] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v972 = llvm.load %v971 : !llvm.ptr<3> -> i64
      %v973 = arith.addi %v103, %v652 : i64
      %v974 = arith.cmpi slt, %v973, %v105 : i64
      %v975 = arith.subi %size_L, %v2 : i64
      %v976 = arith.minsi %v973, %v975 : i64
      %v977 = arith.subi %v118, %v976 : i64
      %v978 = arith.addi %v972, %v977 : i64
      %v979 = arith.muli %v970, %v121 : i64
      %v980 = arith.addi %v979, %v652 : i64
      %v981 = llvm.getelementptr %in_delta[%v978] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v982 = llvm.load %v981 : !llvm.ptr -> f32
      %v983 = arith.addi %v651, %v459 : i64
      %v984 = arith.constant true
      %v985 = arith.addi %v47, %v983 : i64
      %v986 = llvm.getelementptr %v37[%v985] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v987 = llvm.load %v986 : !llvm.ptr<3> -> i64
      %v988 = arith.addi %v103, %v652 : i64
      %v989 = arith.cmpi slt, %v988, %v105 : i64
      %v990 = arith.subi %size_L, %v2 : i64
      %v991 = arith.minsi %v988, %v990 : i64
      %v992 = arith.subi %v118, %v991 : i64
      %v993 = arith.addi %v987, %v992 : i64
      %v994 = arith.muli %v985, %v121 : i64
      %v995 = arith.addi %v994, %v652 : i64
      %v996 = llvm.getelementptr %in_delta[%v993] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v997 = llvm.load %v996 : !llvm.ptr -> f32
      %v998 = arith.addi %v651, %v475 : i64
      %v999 = arith.constant true
      %v1000 = arith.addi %v47, %v998 : i64
      %v1001 = llvm.getelementptr %v37[%v1000] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1002 = llvm.load %v1001 : !llvm.ptr<3> -> i64
      %v1003 = arith.addi %v103, %v652 : i64
      %v1004 = arith.cmpi slt, %v1003, %v105 : i64
      %v1005 = arith.subi %size_L, %v2 : i64
      %v1006 = arith.minsi %v1003, %v1005 : i64
      %v1007 = arith.subi %v118, %v1006 : i64
      %v1008 = arith.addi %v1002, %v1007 : i64
      %v1009 = arith.muli %v1000, %v121 : i64
      %v1010 = arith.addi %v1009, %v652 : i64
      %v1011 = llvm.getelementptr %in_delta[%v1008] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1012 = llvm.load %v1011 : !llvm.ptr -> f32
      %v1013 = arith.addi %v651, %v491 : i64
      %v1014 = arith.constant true
      %v1015 = arith.addi %v47, %v1013 : i64
      %v1016 = llvm.getelementptr %v37[%v1015] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1017 = llvm.load %v1016 : !llvm.ptr<3> -> i64
      %v1018 = arith.addi %v103, %v652 : i64
      %v1019 = arith.cmpi slt, %v1018, %v105 : i64
      %v1020 = arith.subi %size_L, %v2 : i64
      %v1021 = arith.minsi %v1018, %v1020 : i64
      %v1022 = arith.subi %v118, %v1021 : i64
      %v1023 = arith.addi %v1017, %v1022 : i64
      %v1024 = arith.muli %v1015, %v121 : i64
      %v1025 = arith.addi %v1024, %v652 : i64
      %v1026 = llvm.getelementptr %in_delta[%v1023] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1027 = llvm.load %v1026 : !llvm.ptr -> f32
      %v1028 = arith.addi %v651, %v507 : i64
      %v1029 = arith.constant true
      %v1030 = arith.addi %v47, %v1028 : i64
      %v1031 = llvm.getelementptr %v37[%v1030] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1032 = llvm.load %v1031 : !llvm.ptr<3> -> i64
      %v1033 = arith.addi %v103, %v652 : i64
      %v1034 = arith.cmpi slt, %v1033, %v105 : i64
      %v1035 = arith.subi %size_L, %v2 : i64
      %v1036 = arith.minsi %v1033, %v1035 : i64
      %v1037 = arith.subi %v118, %v1036 : i64
      %v1038 = arith.addi %v1032, %v1037 : i64
      %v1039 = arith.muli %v1030, %v121 : i64
      %v1040 = arith.addi %v1039, %v652 : i64
      %v1041 = llvm.getelementptr %in_delta[%v1038] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1042 = llvm.load %v1041 : !llvm.ptr -> f32
      %v1043 = arith.addi %v651, %v523 : i64
      %v1044 = arith.constant true
      %v1045 = arith.addi %v47, %v1043 : i64
      %v1046 = llvm.getelementptr %v37[%v1045] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1047 = llvm.load %v1046 : !llvm.ptr<3> -> i64
      %v1048 = arith.addi %v103, %v652 : i64
      %v1049 = arith.cmpi slt, %v1048, %v105 : i64
      %v1050 = arith.subi %size_L, %v2 : i64
      %v1051 = arith.minsi %v1048, %v1050 : i64
      %v1052 = arith.subi %v118, %v1051 : i64
      %v1053 = arith.addi %v1047, %v1052 : i64
      %v1054 = arith.muli %v1045, %v121 : i64
      %v1055 = arith.addi %v1054, %v652 : i64
      %v1056 = llvm.getelementptr %in_delta[%v1053] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1057 = llvm.load %v1056 : !llvm.ptr -> f32
      %v1058 = arith.addi %v651, %v539 : i64
      %v1059 = arith.constant true
      %v1060 = arith.addi %v47, %v1058 : i64
      %v1061 = llvm.getelementptr %v37[%v1060] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1062 = llvm.load %v1061 : !llvm.ptr<3> -> i64
      %v1063 = arith.addi %v103, %v652 : i64
      %v1064 = arith.cmpi slt, %v1063, %v105 : i64
      %v1065 = arith.subi %size_L, %v2 : i64
      %v1066 = arith.minsi %v1063, %v1065 : i64
      %v1067 = arith.subi %v118, %v1066 : i64
      %v1068 = arith.addi %v1062, %v1067 : i64
      %v1069 = arith.muli %v1060, %v121 : i64
      %v1070 = arith.addi %v1069, %v652 : i64
      %v1071 = llvm.getelementptr %in_delta[%v1068] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1072 = llvm.load %v1071 : !llvm.ptr -> f32
      %v1073 = arith.addi %v651, %v555 : i64
      %v1074 = arith.constant true
      %v1075 = arith.addi %v47, %v1073 : i64
      %v1076 = llvm.getelementptr %v37[%v1075] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1077 = llvm.load %v1076 : !llvm.ptr<3> -> i64
      %v1078 = arith.addi %v103, %v652 : i64
      %v1079 = arith.cmpi slt, %v1078, %v105 : i64
      %v1080 = arith.subi %size_L, %v2 : i64
      %v1081 = arith.minsi %v1078, %v1080 : i64
      %v1082 = arith.subi %v118, %v1081 : i64
      %v1083 = arith.addi %v1077, %v1082 : i64
      %v1084 = arith.muli %v1075, %v121 : i64
      %v1085 = arith.addi %v1084, %v652 : i64
      %v1086 = llvm.getelementptr %in_delta[%v1083] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1087 = llvm.load %v1086 : !llvm.ptr -> f32
      %v1088 = arith.addi %v651, %v571 : i64
      %v1089 = arith.constant true
      %v1090 = arith.addi %v47, %v1088 : i64
      %v1091 = llvm.getelementptr %v37[%v1090] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1092 = llvm.load %v1091 : !llvm.ptr<3> -> i64
      %v1093 = arith.addi %v103, %v652 : i64
      %v1094 = arith.cmpi slt, %v1093, %v105 : i64
      %v1095 = arith.subi %size_L, %v2 : i64
      %v1096 = arith.minsi %v1093, %v1095 : i64
      %v1097 = arith.subi %v118, %v1096 : i64
      %v1098 = arith.addi %v1092, %v1097 : i64
      %v1099 = arith.muli %v1090, %v121 : i64
      %v1100 = arith.addi %v1099, %v652 : i64
      %v1101 = llvm.getelementptr %in_delta[%v1098] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1102 = llvm.load %v1101 : !llvm.ptr -> f32
      %v1103 = arith.addi %v651, %v587 : i64
      %v1104 = arith.constant true
      %v1105 = arith.addi %v47, %v1103 : i64
      %v1106 = llvm.getelementptr %v37[%v1105] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1107 = llvm.load %v1106 : !llvm.ptr<3> -> i64
      %v1108 = arith.addi %v103, %v652 : i64
      %v1109 = arith.cmpi slt, %v1108, %v105 : i64
      %v1110 = arith.subi %size_L, %v2 : i64
      %v1111 = arith.minsi %v1108, %v1110 : i64
      %v1112 = arith.subi %v118, %v1111 : i64
      %v1113 = arith.addi %v1107, %v1112 : i64
      %v1114 = arith.muli %v1105, %v121 : i64
      %v1115 = arith.addi %v1114, %v652 : i64
      %v1116 = llvm.getelementptr %in_delta[%v1113] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1117 = llvm.load %v1116 : !llvm.ptr -> f32
      %v1118 = arith.addi %v651, %v603 : i64
      %v1119 = arith.constant true
      %v1120 = arith.addi %v47, %v1118 : i64
      %v1121 = llvm.getelementptr %v37[%v1120] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1122 = llvm.load %v1121 : !llvm.ptr<3> -> i64
      %v1123 = arith.addi %v103, %v652 : i64
      %v1124 = arith.cmpi slt, %v1123, %v105 : i64
      %v1125 = arith.subi %size_L, %v2 : i64
      %v1126 = arith.minsi %v1123, %v1125 : i64
      %v1127 = arith.subi %v118, %v1126 : i64
      %v1128 = arith.addi %v1122, %v1127 : i64
      %v1129 = arith.muli %v1120, %v121 : i64
      %v1130 = arith.addi %v1129, %v652 : i64
      %v1131 = llvm.getelementptr %in_delta[%v1128] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1132 = llvm.load %v1131 : !llvm.ptr -> f32
      scf.if %v654 {
        %v1133 = llvm.getelementptr %v38[%v665] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v667, %v1133 : f32, !llvm.ptr<3>
      }
      scf.if %v669 {
        %v1134 = llvm.getelementptr %v38[%v680] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v682, %v1134 : f32, !llvm.ptr<3>
      }
      scf.if %v684 {
        %v1135 = llvm.getelementptr %v38[%v695] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v697, %v1135 : f32, !llvm.ptr<3>
      }
      scf.if %v699 {
        %v1136 = llvm.getelementptr %v38[%v710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v712, %v1136 : f32, !llvm.ptr<3>
      }
      scf.if %v714 {
        %v1137 = llvm.getelementptr %v38[%v725] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v727, %v1137 : f32, !llvm.ptr<3>
      }
      scf.if %v729 {
        %v1138 = llvm.getelementptr %v38[%v740] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v742, %v1138 : f32, !llvm.ptr<3>
      }
      scf.if %v744 {
        %v1139 = llvm.getelementptr %v38[%v755] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v757, %v1139 : f32, !llvm.ptr<3>
      }
      scf.if %v759 {
        %v1140 = llvm.getelementptr %v38[%v770] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v772, %v1140 : f32, !llvm.ptr<3>
      }
      scf.if %v774 {
        %v1141 = llvm.getelementptr %v38[%v785] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v787, %v1141 : f32, !llvm.ptr<3>
      }
      scf.if %v789 {
        %v1142 = llvm.getelementptr %v38[%v800] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v802, %v1142 : f32, !llvm.ptr<3>
      }
      scf.if %v804 {
        %v1143 = llvm.getelementptr %v38[%v815] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v817, %v1143 : f32, !llvm.ptr<3>
      }
      scf.if %v819 {
        %v1144 = llvm.getelementptr %v38[%v830] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v832, %v1144 : f32, !llvm.ptr<3>
      }
      scf.if %v834 {
        %v1145 = llvm.getelementptr %v38[%v845] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v847, %v1145 : f32, !llvm.ptr<3>
      }
      scf.if %v849 {
        %v1146 = llvm.getelementptr %v38[%v860] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v862, %v1146 : f32, !llvm.ptr<3>
      }
      scf.if %v864 {
        %v1147 = llvm.getelementptr %v38[%v875] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v877, %v1147 : f32, !llvm.ptr<3>
      }
      scf.if %v879 {
        %v1148 = llvm.getelementptr %v38[%v890] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v892, %v1148 : f32, !llvm.ptr<3>
      }
      scf.if %v894 {
        %v1149 = llvm.getelementptr %v38[%v905] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v907, %v1149 : f32, !llvm.ptr<3>
      }
      scf.if %v909 {
        %v1150 = llvm.getelementptr %v38[%v920] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v922, %v1150 : f32, !llvm.ptr<3>
      }
      scf.if %v924 {
        %v1151 = llvm.getelementptr %v38[%v935] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v937, %v1151 : f32, !llvm.ptr<3>
      }
      scf.if %v939 {
        %v1152 = llvm.getelementptr %v38[%v950] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v952, %v1152 : f32, !llvm.ptr<3>
      }
      scf.if %v954 {
        %v1153 = llvm.getelementptr %v38[%v965] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v967, %v1153 : f32, !llvm.ptr<3>
      }
      scf.if %v969 {
        %v1154 = llvm.getelementptr %v38[%v980] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v982, %v1154 : f32, !llvm.ptr<3>
      }
      scf.if %v984 {
        %v1155 = llvm.getelementptr %v38[%v995] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v997, %v1155 : f32, !llvm.ptr<3>
      }
      scf.if %v999 {
        %v1156 = llvm.getelementptr %v38[%v1010] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1012, %v1156 : f32, !llvm.ptr<3>
      }
      scf.if %v1014 {
        %v1157 = llvm.getelementptr %v38[%v1025] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1027, %v1157 : f32, !llvm.ptr<3>
      }
      scf.if %v1029 {
        %v1158 = llvm.getelementptr %v38[%v1040] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1042, %v1158 : f32, !llvm.ptr<3>
      }
      scf.if %v1044 {
        %v1159 = llvm.getelementptr %v38[%v1055] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1057, %v1159 : f32, !llvm.ptr<3>
      }
      scf.if %v1059 {
        %v1160 = llvm.getelementptr %v38[%v1070] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1072, %v1160 : f32, !llvm.ptr<3>
      }
      scf.if %v1074 {
        %v1161 = llvm.getelementptr %v38[%v1085] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1087, %v1161 : f32, !llvm.ptr<3>
      }
      scf.if %v1089 {
        %v1162 = llvm.getelementptr %v38[%v1100] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1102, %v1162 : f32, !llvm.ptr<3>
      }
      scf.if %v1104 {
        %v1163 = llvm.getelementptr %v38[%v1115] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1117, %v1163 : f32, !llvm.ptr<3>
      }
      scf.if %v1119 {
        %v1164 = llvm.getelementptr %v38[%v1130] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1132, %v1164 : f32, !llvm.ptr<3>
      }
      // end staged load of `delta`
      // staged load of `z`'s first tile: read, then shared memory
      %v1165 = arith.divui %v45, %v106 : i64
      %v1166 = arith.remui %v45, %v106 : i64
      %v1167 = arith.addi %v1165, %v73 : i64
      %v1168 = arith.constant true
      %v1170 = arith.addi %v1169, %v1167 : i64
      %v1171 = llvm.getelementptr %v37[%v1170] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1172 = llvm.load %v1171 : !llvm.ptr<3> -> i64
      %v1173 = arith.addi %v103, %v1166 : i64
      %v1174 = arith.cmpi slt, %v1173, %v105 : i64
      %v1175 = arith.subi %size_L, %v2 : i64
      %v1176 = arith.minsi %v1173, %v1175 : i64
      %v1177 = arith.subi %v118, %v1176 : i64
      %v1178 = arith.addi %v1172, %v1177 : i64
      %v1179 = arith.muli %v1170, %v121 : i64
      %v1180 = arith.addi %v1179, %v1166 : i64
      %v1181 = llvm.getelementptr %in_z[%v1178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1182 = llvm.load %v1181 : !llvm.ptr -> f32
      %v1183 = arith.addi %v1165, %v97 : i64
      %v1184 = arith.constant true
      %v1185 = arith.addi %v1169, %v1183 : i64
      %v1186 = llvm.getelementptr %v37[%v1185] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1187 = llvm.load %v1186 : !llvm.ptr<3> -> i64
      %v1188 = arith.addi %v103, %v1166 : i64
      %v1189 = arith.cmpi slt, %v1188, %v105 : i64
      %v1190 = arith.subi %size_L, %v2 : i64
      %v1191 = arith.minsi %v1188, %v1190 : i64
      %v1192 = arith.subi %v118, %v1191 : i64
      %v1193 = arith.addi %v1187, %v1192 : i64
      %v1194 = arith.muli %v1185, %v121 : i64
      %v1195 = arith.addi %v1194, %v1166 : i64
      %v1196 = llvm.getelementptr %in_z[%v1193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1197 = llvm.load %v1196 : !llvm.ptr -> f32
      %v1198 = arith.addi %v1165, %v141 : i64
      %v1199 = arith.constant true
      %v1200 = arith.addi %v1169, %v1198 : i64
      %v1201 = llvm.getelementptr %v37[%v1200] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1202 = llvm.load %v1201 : !llvm.ptr<3> -> i64
      %v1203 = arith.addi %v103, %v1166 : i64
      %v1204 = arith.cmpi slt, %v1203, %v105 : i64
      %v1205 = arith.subi %size_L, %v2 : i64
      %v1206 = arith.minsi %v1203, %v1205 : i64
      %v1207 = arith.subi %v118, %v1206 : i64
      %v1208 = arith.addi %v1202, %v1207 : i64
      %v1209 = arith.muli %v1200, %v121 : i64
      %v1210 = arith.addi %v1209, %v1166 : i64
      %v1211 = llvm.getelementptr %in_z[%v1208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1212 = llvm.load %v1211 : !llvm.ptr -> f32
      %v1213 = arith.addi %v1165, %v157 : i64
      %v1214 = arith.constant true
      %v1215 = arith.addi %v1169, %v1213 : i64
      %v1216 = llvm.getelementptr %v37[%v1215] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1217 = llvm.load %v1216 : !llvm.ptr<3> -> i64
      %v1218 = arith.addi %v103, %v1166 : i64
      %v1219 = arith.cmpi slt, %v1218, %v105 : i64
      %v1220 = arith.subi %size_L, %v2 : i64
      %v1221 = arith.minsi %v1218, %v1220 : i64
      %v1222 = arith.subi %v118, %v1221 : i64
      %v1223 = arith.addi %v1217, %v1222 : i64
      %v1224 = arith.muli %v1215, %v121 : i64
      %v1225 = arith.addi %v1224, %v1166 : i64
      %v1226 = llvm.getelementptr %in_z[%v1223] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1227 = llvm.load %v1226 : !llvm.ptr -> f32
      %v1228 = arith.addi %v1165, %v173 : i64
      %v1229 = arith.constant true
      %v1230 = arith.addi %v1169, %v1228 : i64
      %v1231 = llvm.getelementptr %v37[%v1230] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1232 = llvm.load %v1231 : !llvm.ptr<3> -> i64
      %v1233 = arith.addi %v103, %v1166 : i64
      %v1234 = arith.cmpi slt, %v1233, %v105 : i64
      %v1235 = arith.subi %size_L, %v2 : i64
      %v1236 = arith.minsi %v1233, %v1235 : i64
      %v1237 = arith.subi %v118, %v1236 : i64
      %v1238 = arith.addi %v1232, %v1237 : i64
      %v1239 = arith.muli %v1230, %v121 : i64
      %v1240 = arith.addi %v1239, %v1166 : i64
      %v1241 = llvm.getelementptr %in_z[%v1238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1242 = llvm.load %v1241 : !llvm.ptr -> f32
      %v1243 = arith.addi %v1165, %v189 : i64
      %v1244 = arith.constant true
      %v1245 = arith.addi %v1169, %v1243 : i64
      %v1246 = llvm.getelementptr %v37[%v1245] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1247 = llvm.load %v1246 : !llvm.ptr<3> -> i64
      %v1248 = arith.addi %v103, %v1166 : i64
      %v1249 = arith.cmpi slt, %v1248, %v105 : i64
      %v1250 = arith.subi %size_L, %v2 : i64
      %v1251 = arith.minsi %v1248, %v1250 : i64
      %v1252 = arith.subi %v118, %v1251 : i64
      %v1253 = arith.addi %v1247, %v1252 : i64
      %v1254 = arith.muli %v1245, %v121 : i64
      %v1255 = arith.addi %v1254, %v1166 : i64
      %v1256 = llvm.getelementptr %in_z[%v1253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1257 = llvm.load %v1256 : !llvm.ptr -> f32
      %v1258 = arith.addi %v1165, %v205 : i64
      %v1259 = arith.constant true
      %v1260 = arith.addi %v1169, %v1258 : i64
      %v1261 = llvm.getelementptr %v37[%v1260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1262 = llvm.load %v1261 : !llvm.ptr<3> -> i64
      %v1263 = arith.addi %v103, %v1166 : i64
      %v1264 = arith.cmpi slt, %v1263, %v105 : i64
      %v1265 = arith.subi %size_L, %v2 : i64
      %v1266 = arith.minsi %v1263, %v1265 : i64
      %v1267 = arith.subi %v118, %v1266 : i64
      %v1268 = arith.addi %v1262, %v1267 : i64
      %v1269 = arith.muli %v1260, %v121 : i64
      %v1270 = arith.addi %v1269, %v1166 : i64
      %v1271 = llvm.getelementptr %in_z[%v1268] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1272 = llvm.load %v1271 : !llvm.ptr -> f32
      %v1273 = arith.addi %v1165, %v221 : i64
      %v1274 = arith.constant true
      %v1275 = arith.addi %v1169, %v1273 : i64
      %v1276 = llvm.getelementptr %v37[%v1275] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1277 = llvm.load %v1276 : !llvm.ptr<3> -> i64
      %v1278 = arith.addi %v103, %v1166 : i64
      %v1279 = arith.cmpi slt, %v1278, %v105 : i64
      %v1280 = arith.subi %size_L, %v2 : i64
      %v1281 = arith.minsi %v1278, %v1280 : i64
      %v1282 = arith.subi %v118, %v1281 : i64
      %v1283 = arith.addi %v1277, %v1282 : i64
      %v1284 = arith.muli %v1275, %v121 : i64
      %v1285 = arith.addi %v1284, %v1166 : i64
      %v1286 = llvm.getelementptr %in_z[%v1283] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1287 = llvm.load %v1286 : !llvm.ptr -> f32
      %v1288 = arith.addi %v1165, %v1 : i64
      %v1289 = arith.constant true
      %v1290 = arith.addi %v1169, %v1288 : i64
      %v1291 = llvm.getelementptr %v37[%v1290] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1292 = llvm.load %v1291 : !llvm.ptr<3> -> i64
      %v1293 = arith.addi %v103, %v1166 : i64
      %v1294 = arith.cmpi slt, %v1293, %v105 : i64
      %v1295 = arith.subi %size_L, %v2 : i64
      %v1296 = arith.minsi %v1293, %v1295 : i64
      %v1297 = arith.subi %v118, %v1296 : i64
      %v1298 = arith.addi %v1292, %v1297 : i64
      %v1299 = arith.muli %v1290, %v121 : i64
      %v1300 = arith.addi %v1299, %v1166 : i64
      %v1301 = llvm.getelementptr %in_z[%v1298] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1302 = llvm.load %v1301 : !llvm.ptr -> f32
      %v1303 = arith.addi %v1165, %v252 : i64
      %v1304 = arith.constant true
      %v1305 = arith.addi %v1169, %v1303 : i64
      %v1306 = llvm.getelementptr %v37[%v1305] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1307 = llvm.load %v1306 : !llvm.ptr<3> -> i64
      %v1308 = arith.addi %v103, %v1166 : i64
      %v1309 = arith.cmpi slt, %v1308, %v105 : i64
      %v1310 = arith.subi %size_L, %v2 : i64
      %v1311 = arith.minsi %v1308, %v1310 : i64
      %v1312 = arith.subi %v118, %v1311 : i64
      %v1313 = arith.addi %v1307, %v1312 : i64
      %v1314 = arith.muli %v1305, %v121 : i64
      %v1315 = arith.addi %v1314, %v1166 : i64
      %v1316 = llvm.getelementptr %in_z[%v1313] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1317 = llvm.load %v1316 : !llvm.ptr -> f32
      %v1318 = arith.addi %v1165, %v268 : i64
      %v1319 = arith.constant true
      %v1320 = arith.addi %v1169, %v1318 : i64
      %v1321 = llvm.getelementptr %v37[%v1320] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1322 = llvm.load %v1321 : !llvm.ptr<3> -> i64
      %v1323 = arith.addi %v103, %v1166 : i64
      %v1324 = arith.cmpi slt, %v1323, %v105 : i64
      %v1325 = arith.subi %size_L, %v2 : i64
      %v1326 = arith.minsi %v1323, %v1325 : i64
      %v1327 = arith.subi %v118, %v1326 : i64
      %v1328 = arith.addi %v1322, %v1327 : i64
      %v1329 = arith.muli %v1320, %v121 : i64
      %v1330 = arith.addi %v1329, %v1166 : i64
      %v1331 = llvm.getelementptr %in_z[%v1328] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1332 = llvm.load %v1331 : !llvm.ptr -> f32
      %v1333 = arith.addi %v1165, %v284 : i64
      %v1334 = arith.constant true
      %v1335 = arith.addi %v1169, %v1333 : i64
      %v1336 = llvm.getelementptr %v37[%v1335] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1337 = llvm.load %v1336 : !llvm.ptr<3> -> i64
      %v1338 = arith.addi %v103, %v1166 : i64
      %v1339 = arith.cmpi slt, %v1338, %v105 : i64
      %v1340 = arith.subi %size_L, %v2 : i64
      %v1341 = arith.minsi %v1338, %v1340 : i64
      %v1342 = arith.subi %v118, %v1341 : i64
      %v1343 = arith.addi %v1337, %v1342 : i64
      %v1344 = arith.muli %v1335, %v121 : i64
      %v1345 = arith.addi %v1344, %v1166 : i64
      %v1346 = llvm.getelementptr %in_z[%v1343] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1347 = llvm.load %v1346 : !llvm.ptr -> f32
      %v1348 = arith.addi %v1165, %v300 : i64
      %v1349 = arith.constant true
      %v1350 = arith.addi %v1169, %v1348 : i64
      %v1351 = llvm.getelementptr %v37[%v1350] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1352 = llvm.load %v1351 : !llvm.ptr<3> -> i64
      %v1353 = arith.addi %v103, %v1166 : i64
      %v1354 = arith.cmpi slt, %v1353, %v105 : i64
      %v1355 = arith.subi %size_L, %v2 : i64
      %v1356 = arith.minsi %v1353, %v1355 : i64
      %v1357 = arith.subi %v118, %v1356 : i64
      %v1358 = arith.addi %v1352, %v1357 : i64
      %v1359 = arith.muli %v1350, %v121 : i64
      %v1360 = arith.addi %v1359, %v1166 : i64
      %v1361 = llvm.getelementptr %in_z[%v1358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1362 = llvm.load %v1361 : !llvm.ptr -> f32
      %v1363 = arith.addi %v1165, %v316 : i64
      %v1364 = arith.constant true
      %v1365 = arith.addi %v1169, %v1363 : i64
      %v1366 = llvm.getelementptr %v37[%v1365] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1367 = llvm.load %v1366 : !llvm.ptr<3> -> i64
      %v1368 = arith.addi %v103, %v1166 : i64
      %v1369 = arith.cmpi slt, %v1368, %v105 : i64
      %v1370 = arith.subi %size_L, %v2 : i64
      %v1371 = arith.minsi %v1368, %v1370 : i64
      %v1372 = arith.subi %v118, %v1371 : i64
      %v1373 = arith.addi %v1367, %v1372 : i64
      %v1374 = arith.muli %v1365, %v121 : i64
      %v1375 = arith.addi %v1374, %v1166 : i64
      %v1376 = llvm.getelementptr %in_z[%v1373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1377 = llvm.load %v1376 : !llvm.ptr -> f32
      %v1378 = arith.addi %v1165, %v332 : i64
      %v1379 = arith.constant true
      %v1380 = arith.addi %v1169, %v1378 : i64
      %v1381 = llvm.getelementptr %v37[%v1380] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1382 = llvm.load %v1381 : !llvm.ptr<3> -> i64
      %v1383 = arith.addi %v103, %v1166 : i64
      %v1384 = arith.cmpi slt, %v1383, %v105 : i64
      %v1385 = arith.subi %size_L, %v2 : i64
      %v1386 = arith.minsi %v1383, %v1385 : i64
      %v1387 = arith.subi %v118, %v1386 : i64
      %v1388 = arith.addi %v1382, %v1387 : i64
      %v1389 = arith.muli %v1380, %v121 : i64
      %v1390 = arith.addi %v1389, %v1166 : i64
      %v1391 = llvm.getelementptr %in_z[%v1388] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1392 = llvm.load %v1391 : !llvm.ptr -> f32
      %v1393 = arith.addi %v1165, %v348 : i64
      %v1394 = arith.constant true
      %v1395 = arith.addi %v1169, %v1393 : i64
      %v1396 = llvm.getelementptr %v37[%v1395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1397 = llvm.load %v1396 : !llvm.ptr<3> -> i64
      %v1398 = arith.addi %v103, %v1166 : i64
      %v1399 = arith.cmpi slt, %v1398, %v105 : i64
      %v1400 = arith.subi %size_L, %v2 : i64
      %v1401 = arith.minsi %v1398, %v1400 : i64
      %v1402 = arith.subi %v118, %v1401 : i64
      %v1403 = arith.addi %v1397, %v1402 : i64
      %v1404 = arith.muli %v1395, %v121 : i64
      %v1405 = arith.addi %v1404, %v1166 : i64
      %v1406 = llvm.getelementptr %in_z[%v1403] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1407 = llvm.load %v1406 : !llvm.ptr -> f32
      %v1408 = arith.addi %v1165, %v106 : i64
      %v1409 = arith.constant true
      %v1410 = arith.addi %v1169, %v1408 : i64
      %v1411 = llvm.getelementptr %v37[%v1410] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1412 = llvm.load %v1411 : !llvm.ptr<3> -> i64
      %v1413 = arith.addi %v103, %v1166 : i64
      %v1414 = arith.cmpi slt, %v1413, %v105 : i64
      %v1415 = arith.subi %size_L, %v2 : i64
      %v1416 = arith.minsi %v1413, %v1415 : i64
      %v1417 = arith.subi %v118, %v1416 : i64
      %v1418 = arith.addi %v1412, %v1417 : i64
      %v1419 = arith.muli %v1410, %v121 : i64
      %v1420 = arith.addi %v1419, %v1166 : i64
      %v1421 = llvm.getelementptr %in_z[%v1418] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1422 = llvm.load %v1421 : !llvm.ptr -> f32
      %v1423 = arith.addi %v1165, %v379 : i64
      %v1424 = arith.constant true
      %v1425 = arith.addi %v1169, %v1423 : i64
      %v1426 = llvm.getelementptr %v37[%v1425] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1427 = llvm.load %v1426 : !llvm.ptr<3> -> i64
      %v1428 = arith.addi %v103, %v1166 : i64
      %v1429 = arith.cmpi slt, %v1428, %v105 : i64
      %v1430 = arith.subi %size_L, %v2 : i64
      %v1431 = arith.minsi %v1428, %v1430 : i64
      %v1432 = arith.subi %v118, %v1431 : i64
      %v1433 = arith.addi %v1427, %v1432 : i64
      %v1434 = arith.muli %v1425, %v121 : i64
      %v1435 = arith.addi %v1434, %v1166 : i64
      %v1436 = llvm.getelementptr %in_z[%v1433] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1437 = llvm.load %v1436 : !llvm.ptr -> f32
      %v1438 = arith.addi %v1165, %v395 : i64
      %v1439 = arith.constant true
      %v1440 = arith.addi %v1169, %v1438 : i64
      %v1441 = llvm.getelementptr %v37[%v1440] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1442 = llvm.load %v1441 : !llvm.ptr<3> -> i64
      %v1443 = arith.addi %v103, %v1166 : i64
      %v1444 = arith.cmpi slt, %v1443, %v105 : i64
      %v1445 = arith.subi %size_L, %v2 : i64
      %v1446 = arith.minsi %v1443, %v1445 : i64
      %v1447 = arith.subi %v118, %v1446 : i64
      %v1448 = arith.addi %v1442, %v1447 : i64
      %v1449 = arith.muli %v1440, %v121 : i64
      %v1450 = arith.addi %v1449, %v1166 : i64
      %v1451 = llvm.getelementptr %in_z[%v1448] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1452 = llvm.load %v1451 : !llvm.ptr -> f32
      %v1453 = arith.addi %v1165, %v411 : i64
      %v1454 = arith.constant true
      %v1455 = arith.addi %v1169, %v1453 : i64
      %v1456 = llvm.getelementptr %v37[%v1455] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1457 = llvm.load %v1456 : !llvm.ptr<3> -> i64
      %v1458 = arith.addi %v103, %v1166 : i64
      %v1459 = arith.cmpi slt, %v1458, %v105 : i64
      %v1460 = arith.subi %size_L, %v2 : i64
      %v1461 = arith.minsi %v1458, %v1460 : i64
      %v1462 = arith.subi %v118, %v1461 : i64
      %v1463 = arith.addi %v1457, %v1462 : i64
      %v1464 = arith.muli %v1455, %v121 : i64
      %v1465 = arith.addi %v1464, %v1166 : i64
      %v1466 = llvm.getelementptr %in_z[%v1463] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1467 = llvm.load %v1466 : !llvm.ptr -> f32
      %v1468 = arith.addi %v1165, %v427 : i64
      %v1469 = arith.constant true
      %v1470 = arith.addi %v1169, %v1468 : i64
      %v1471 = llvm.getelementptr %v37[%v1470] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1472 = llvm.load %v1471 : !llvm.ptr<3> -> i64
      %v1473 = arith.addi %v103, %v1166 : i64
      %v1474 = arith.cmpi slt, %v1473, %v105 : i64
      %v1475 = arith.subi %size_L, %v2 : i64
      %v1476 = arith.minsi %v1473, %v1475 : i64
      %v1477 = arith.subi %v118, %v1476 : i64
      %v1478 = arith.addi %v1472, %v1477 : i64
      %v1479 = arith.muli %v1470, %v121 : i64
      %v1480 = arith.addi %v1479, %v1166 : i64
      %v1481 = llvm.getelementptr %in_z[%v1478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1482 = llvm.load %v1481 : !llvm.ptr -> f32
      %v1483 = arith.addi %v1165, %v443 : i64
      %v1484 = arith.constant true
      %v1485 = arith.addi %v1169, %v1483 : i64
      %v1486 = llvm.getelementptr %v37[%v1485] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1487 = llvm.load %v1486 : !llvm.ptr<3> -> i64
      %v1488 = arith.addi %v103, %v1166 : i64
      %v1489 = arith.cmpi slt, %v1488, %v105 : i64
      %v1490 = arith.subi %size_L, %v2 : i64
      %v1491 = arith.minsi %v1488, %v1490 : i64
      %v1492 = arith.subi %v118, %v1491 : i64
      %v1493 = arith.addi %v1487, %v1492 : i64
      %v1494 = arith.muli %v1485, %v121 : i64
      %v1495 = arith.addi %v1494, %v1166 : i64
      %v1496 = llvm.getelementptr %in_z[%v1493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1497 = llvm.load %v1496 : !llvm.ptr -> f32
      %v1498 = arith.addi %v1165, %v459 : i64
      %v1499 = arith.constant true
      %v1500 = arith.addi %v1169, %v1498 : i64
      %v1501 = llvm.getelementptr %v37[%v1500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1502 = llvm.load %v1501 : !llvm.ptr<3> -> i64
      %v1503 = arith.addi %v103, %v1166 : i64
      %v1504 = arith.cmpi slt, %v1503, %v105 : i64
      %v1505 = arith.subi %size_L, %v2 : i64
      %v1506 = arith.minsi %v1503, %v1505 : i64
      %v1507 = arith.subi %v118, %v1506 : i64
      %v1508 = arith.addi %v1502, %v1507 : i64
      %v1509 = arith.muli %v1500, %v121 : i64
      %v1510 = arith.addi %v1509, %v1166 : i64
      %v1511 = llvm.getelementptr %in_z[%v1508] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1512 = llvm.load %v1511 : !llvm.ptr -> f32
      %v1513 = arith.addi %v1165, %v475 : i64
      %v1514 = arith.constant true
      %v1515 = arith.addi %v1169, %v1513 : i64
      %v1516 = llvm.getelementptr %v37[%v1515] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1517 = llvm.load %v1516 : !llvm.ptr<3> -> i64
      %v1518 = arith.addi %v103, %v1166 : i64
      %v1519 = arith.cmpi slt, %v1518, %v105 : i64
      %v1520 = arith.subi %size_L, %v2 : i64
      %v1521 = arith.minsi %v1518, %v1520 : i64
      %v1522 = arith.subi %v118, %v1521 : i64
      %v1523 = arith.addi %v1517, %v1522 : i64
      %v1524 = arith.muli %v1515, %v121 : i64
      %v1525 = arith.addi %v1524, %v1166 : i64
      %v1526 = llvm.getelementptr %in_z[%v1523] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1527 = llvm.load %v1526 : !llvm.ptr -> f32
      %v1528 = arith.addi %v1165, %v491 : i64
      %v1529 = arith.constant true
      %v1530 = arith.addi %v1169, %v1528 : i64
      %v1531 = llvm.getelementptr %v37[%v1530] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1532 = llvm.load %v1531 : !llvm.ptr<3> -> i64
      %v1533 = arith.addi %v103, %v1166 : i64
      %v1534 = arith.cmpi slt, %v1533, %v105 : i64
      %v1535 = arith.subi %size_L, %v2 : i64
      %v1536 = arith.minsi %v1533, %v1535 : i64
      %v1537 = arith.subi %v118, %v1536 : i64
      %v1538 = arith.addi %v1532, %v1537 : i64
      %v1539 = arith.muli %v1530, %v121 : i64
      %v1540 = arith.addi %v1539, %v1166 : i64
      %v1541 = llvm.getelementptr %in_z[%v1538] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1542 = llvm.load %v1541 : !llvm.ptr -> f32
      %v1543 = arith.addi %v1165, %v507 : i64
      %v1544 = arith.constant true
      %v1545 = arith.addi %v1169, %v1543 : i64
      %v1546 = llvm.getelementptr %v37[%v1545] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1547 = llvm.load %v1546 : !llvm.ptr<3> -> i64
      %v1548 = arith.addi %v103, %v1166 : i64
      %v1549 = arith.cmpi slt, %v1548, %v105 : i64
      %v1550 = arith.subi %size_L, %v2 : i64
      %v1551 = arith.minsi %v1548, %v1550 : i64
      %v1552 = arith.subi %v118, %v1551 : i64
      %v1553 = arith.addi %v1547, %v1552 : i64
      %v1554 = arith.muli %v1545, %v121 : i64
      %v1555 = arith.addi %v1554, %v1166 : i64
      %v1556 = llvm.getelementptr %in_z[%v1553] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1557 = llvm.load %v1556 : !llvm.ptr -> f32
      %v1558 = arith.addi %v1165, %v523 : i64
      %v1559 = arith.constant true
      %v1560 = arith.addi %v1169, %v1558 : i64
      %v1561 = llvm.getelementptr %v37[%v1560] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1562 = llvm.load %v1561 : !llvm.ptr<3> -> i64
      %v1563 = arith.addi %v103, %v1166 : i64
      %v1564 = arith.cmpi slt, %v1563, %v105 : i64
      %v1565 = arith.subi %size_L, %v2 : i64
      %v1566 = arith.minsi %v1563, %v1565 : i64
      %v1567 = arith.subi %v118, %v1566 : i64
      %v1568 = arith.addi %v1562, %v1567 : i64
      %v1569 = arith.muli %v1560, %v121 : i64
      %v1570 = arith.addi %v1569, %v1166 : i64
      %v1571 = llvm.getelementptr %in_z[%v1568] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1572 = llvm.load %v1571 : !llvm.ptr -> f32
      %v1573 = arith.addi %v1165, %v539 : i64
      %v1574 = arith.constant true
      %v1575 = arith.addi %v1169, %v1573 : i64
      %v1576 = llvm.getelementptr %v37[%v1575] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1577 = llvm.load %v1576 : !llvm.ptr<3> -> i64
      %v1578 = arith.addi %v103, %v1166 : i64
      %v1579 = arith.cmpi slt, %v1578, %v105 : i64
      %v1580 = arith.subi %size_L, %v2 : i64
      %v1581 = arith.minsi %v1578, %v1580 : i64
      %v1582 = arith.subi %v118, %v1581 : i64
      %v1583 = arith.addi %v1577, %v1582 : i64
      %v1584 = arith.muli %v1575, %v121 : i64
      %v1585 = arith.addi %v1584, %v1166 : i64
      %v1586 = llvm.getelementptr %in_z[%v1583] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1587 = llvm.load %v1586 : !llvm.ptr -> f32
      %v1588 = arith.addi %v1165, %v555 : i64
      %v1589 = arith.constant true
      %v1590 = arith.addi %v1169, %v1588 : i64
      %v1591 = llvm.getelementptr %v37[%v1590] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1592 = llvm.load %v1591 : !llvm.ptr<3> -> i64
      %v1593 = arith.addi %v103, %v1166 : i64
      %v1594 = arith.cmpi slt, %v1593, %v105 : i64
      %v1595 = arith.subi %size_L, %v2 : i64
      %v1596 = arith.minsi %v1593, %v1595 : i64
      %v1597 = arith.subi %v118, %v1596 : i64
      %v1598 = arith.addi %v1592, %v1597 : i64
      %v1599 = arith.muli %v1590, %v121 : i64
      %v1600 = arith.addi %v1599, %v1166 : i64
      %v1601 = llvm.getelementptr %in_z[%v1598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1602 = llvm.load %v1601 : !llvm.ptr -> f32
      %v1603 = arith.addi %v1165, %v571 : i64
      %v1604 = arith.constant true
      %v1605 = arith.addi %v1169, %v1603 : i64
      %v1606 = llvm.getelementptr %v37[%v1605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1607 = llvm.load %v1606 : !llvm.ptr<3> -> i64
      %v1608 = arith.addi %v103, %v1166 : i64
      %v1609 = arith.cmpi slt, %v1608, %v105 : i64
      %v1610 = arith.subi %size_L, %v2 : i64
      %v1611 = arith.minsi %v1608, %v1610 : i64
      %v1612 = arith.subi %v118, %v1611 : i64
      %v1613 = arith.addi %v1607, %v1612 : i64
      %v1614 = arith.muli %v1605, %v121 : i64
      %v1615 = arith.addi %v1614, %v1166 : i64
      %v1616 = llvm.getelementptr %in_z[%v1613] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1617 = llvm.load %v1616 : !llvm.ptr -> f32
      %v1618 = arith.addi %v1165, %v587 : i64
      %v1619 = arith.constant true
      %v1620 = arith.addi %v1169, %v1618 : i64
      %v1621 = llvm.getelementptr %v37[%v1620] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1622 = llvm.load %v1621 : !llvm.ptr<3> -> i64
      %v1623 = arith.addi %v103, %v1166 : i64
      %v1624 = arith.cmpi slt, %v1623, %v105 : i64
      %v1625 = arith.subi %size_L, %v2 : i64
      %v1626 = arith.minsi %v1623, %v1625 : i64
      %v1627 = arith.subi %v118, %v1626 : i64
      %v1628 = arith.addi %v1622, %v1627 : i64
      %v1629 = arith.muli %v1620, %v121 : i64
      %v1630 = arith.addi %v1629, %v1166 : i64
      %v1631 = llvm.getelementptr %in_z[%v1628] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1632 = llvm.load %v1631 : !llvm.ptr -> f32
      %v1633 = arith.addi %v1165, %v603 : i64
      %v1634 = arith.constant true
      %v1635 = arith.addi %v1169, %v1633 : i64
      %v1636 = llvm.getelementptr %v37[%v1635] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
      %v1637 = llvm.load %v1636 : !llvm.ptr<3> -> i64
      %v1638 = arith.addi %v103, %v1166 : i64
      %v1639 = arith.cmpi slt, %v1638, %v105 : i64
      %v1640 = arith.subi %size_L, %v2 : i64
      %v1641 = arith.minsi %v1638, %v1640 : i64
      %v1642 = arith.subi %v118, %v1641 : i64
      %v1643 = arith.addi %v1637, %v1642 : i64
      %v1644 = arith.muli %v1635, %v121 : i64
      %v1645 = arith.addi %v1644, %v1166 : i64
      %v1646 = llvm.getelementptr %in_z[%v1643] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      %v1647 = llvm.load %v1646 : !llvm.ptr -> f32
      scf.if %v1168 {
        %v1648 = llvm.getelementptr %v38[%v1180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1182, %v1648 : f32, !llvm.ptr<3>
      }
      scf.if %v1184 {
        %v1649 = llvm.getelementptr %v38[%v1195] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1197, %v1649 : f32, !llvm.ptr<3>
      }
      scf.if %v1199 {
        %v1650 = llvm.getelementptr %v38[%v1210] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1212, %v1650 : f32, !llvm.ptr<3>
      }
      scf.if %v1214 {
        %v1651 = llvm.getelementptr %v38[%v1225] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1227, %v1651 : f32, !llvm.ptr<3>
      }
      scf.if %v1229 {
        %v1652 = llvm.getelementptr %v38[%v1240] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1242, %v1652 : f32, !llvm.ptr<3>
      }
      scf.if %v1244 {
        %v1653 = llvm.getelementptr %v38[%v1255] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1257, %v1653 : f32, !llvm.ptr<3>
      }
      scf.if %v1259 {
        %v1654 = llvm.getelementptr %v38[%v1270] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1272, %v1654 : f32, !llvm.ptr<3>
      }
      scf.if %v1274 {
        %v1655 = llvm.getelementptr %v38[%v1285] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1287, %v1655 : f32, !llvm.ptr<3>
      }
      scf.if %v1289 {
        %v1656 = llvm.getelementptr %v38[%v1300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1302, %v1656 : f32, !llvm.ptr<3>
      }
      scf.if %v1304 {
        %v1657 = llvm.getelementptr %v38[%v1315] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1317, %v1657 : f32, !llvm.ptr<3>
      }
      scf.if %v1319 {
        %v1658 = llvm.getelementptr %v38[%v1330] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1332, %v1658 : f32, !llvm.ptr<3>
      }
      scf.if %v1334 {
        %v1659 = llvm.getelementptr %v38[%v1345] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1347, %v1659 : f32, !llvm.ptr<3>
      }
      scf.if %v1349 {
        %v1660 = llvm.getelementptr %v38[%v1360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1362, %v1660 : f32, !llvm.ptr<3>
      }
      scf.if %v1364 {
        %v1661 = llvm.getelementptr %v38[%v1375] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1377, %v1661 : f32, !llvm.ptr<3>
      }
      scf.if %v1379 {
        %v1662 = llvm.getelementptr %v38[%v1390] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1392, %v1662 : f32, !llvm.ptr<3>
      }
      scf.if %v1394 {
        %v1663 = llvm.getelementptr %v38[%v1405] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1407, %v1663 : f32, !llvm.ptr<3>
      }
      scf.if %v1409 {
        %v1664 = llvm.getelementptr %v38[%v1420] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1422, %v1664 : f32, !llvm.ptr<3>
      }
      scf.if %v1424 {
        %v1665 = llvm.getelementptr %v38[%v1435] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1437, %v1665 : f32, !llvm.ptr<3>
      }
      scf.if %v1439 {
        %v1666 = llvm.getelementptr %v38[%v1450] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1452, %v1666 : f32, !llvm.ptr<3>
      }
      scf.if %v1454 {
        %v1667 = llvm.getelementptr %v38[%v1465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1467, %v1667 : f32, !llvm.ptr<3>
      }
      scf.if %v1469 {
        %v1668 = llvm.getelementptr %v38[%v1480] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1482, %v1668 : f32, !llvm.ptr<3>
      }
      scf.if %v1484 {
        %v1669 = llvm.getelementptr %v38[%v1495] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1497, %v1669 : f32, !llvm.ptr<3>
      }
      scf.if %v1499 {
        %v1670 = llvm.getelementptr %v38[%v1510] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1512, %v1670 : f32, !llvm.ptr<3>
      }
      scf.if %v1514 {
        %v1671 = llvm.getelementptr %v38[%v1525] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1527, %v1671 : f32, !llvm.ptr<3>
      }
      scf.if %v1529 {
        %v1672 = llvm.getelementptr %v38[%v1540] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1542, %v1672 : f32, !llvm.ptr<3>
      }
      scf.if %v1544 {
        %v1673 = llvm.getelementptr %v38[%v1555] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1557, %v1673 : f32, !llvm.ptr<3>
      }
      scf.if %v1559 {
        %v1674 = llvm.getelementptr %v38[%v1570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1572, %v1674 : f32, !llvm.ptr<3>
      }
      scf.if %v1574 {
        %v1675 = llvm.getelementptr %v38[%v1585] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1587, %v1675 : f32, !llvm.ptr<3>
      }
      scf.if %v1589 {
        %v1676 = llvm.getelementptr %v38[%v1600] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1602, %v1676 : f32, !llvm.ptr<3>
      }
      scf.if %v1604 {
        %v1677 = llvm.getelementptr %v38[%v1615] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1617, %v1677 : f32, !llvm.ptr<3>
      }
      scf.if %v1619 {
        %v1678 = llvm.getelementptr %v38[%v1630] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1632, %v1678 : f32, !llvm.ptr<3>
      }
      scf.if %v1634 {
        %v1679 = llvm.getelementptr %v38[%v1645] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1647, %v1679 : f32, !llvm.ptr<3>
      }
      // end staged load of `z`
      gpu.barrier
      %v1680 = arith.index_cast %v103 : i64 to index
      %v1681 = arith.index_cast %v105 : i64 to index
      %v1682 = arith.index_cast %v106 : i64 to index
      scf.for %v1683 = %v1680 to %v1681 step %v1682 {
        %v1684 = arith.index_cast %v1683 : index to i64
        // the block's shared input rows for this stretch
        gpu.barrier
        %v1685 = arith.subi %size_L, %v2 : i64
        %v1687 = arith.index_cast %v45 : i64 to index
        %v1688 = arith.index_cast %v1686 : i64 to index
        %v1689 = arith.index_cast %v47 : i64 to index
        scf.for %v1690 = %v1687 to %v1688 step %v1689 {
          %v1691 = arith.index_cast %v1690 : index to i64
          %v1692 = arith.remui %v1691, %v106 : i64
          %v1693 = arith.divui %v1691, %v106 : i64
          %v1694 = arith.addi %v1684, %v1692 : i64
          %v1695 = arith.minsi %v1694, %v1685 : i64
          %v1696 = arith.remui %v1693, %v1 : i64
          %v1697 = arith.divui %v1693, %v1 : i64
          %v1700 = arith.muli %v69, %v1699 : i64
          %v1701 = arith.muli %v1696, %v1698 : i64
          %v1702 = arith.addi %v1700, %v1701 : i64
          %v1703 = arith.subi %v118, %v1695 : i64
          %v1704 = arith.muli %v1703, %v2 : i64
          %v1705 = arith.addi %v1702, %v1704 : i64
          %v1706 = llvm.getelementptr %in_Bm[%v1705] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v1707 = llvm.load %v1706 : !llvm.ptr -> f32
          %v1709 = arith.muli %v1693, %v1708 : i64
          %v1710 = arith.addi %v1709, %v1692 : i64
          %v1711 = llvm.getelementptr %v72[%v1710] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v1707, %v1711 : f32, !llvm.ptr
        }
        gpu.barrier
        %v1712 = arith.subi %v105, %v1684 : i64
        %v1713 = arith.minsi %v1712, %v106 : i64
        %v1714 = arith.addi %v1684, %v106 : i64
        %v1715 = arith.divui %v45, %v106 : i64
        %v1716 = arith.remui %v45, %v106 : i64
        %v1717 = arith.addi %v1715, %v73 : i64
        %v1718 = arith.constant true
        %v1719 = arith.addi %v73, %v1717 : i64
        %v1720 = llvm.getelementptr %v37[%v1719] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1721 = llvm.load %v1720 : !llvm.ptr<3> -> i64
        %v1722 = arith.addi %v1714, %v1716 : i64
        %v1723 = arith.cmpi slt, %v1722, %v105 : i64
        %v1724 = arith.subi %size_L, %v2 : i64
        %v1725 = arith.minsi %v1722, %v1724 : i64
        %v1726 = arith.subi %v118, %v1725 : i64
        %v1727 = arith.addi %v1721, %v1726 : i64
        %v1728 = arith.muli %v1719, %v121 : i64
        %v1729 = arith.addi %v1728, %v1716 : i64
        %v1730 = llvm.getelementptr %in_u[%v1727] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1731 = llvm.load %v1730 : !llvm.ptr -> f32
        %v1732 = arith.addi %v1715, %v97 : i64
        %v1733 = arith.constant true
        %v1734 = arith.addi %v73, %v1732 : i64
        %v1735 = llvm.getelementptr %v37[%v1734] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1736 = llvm.load %v1735 : !llvm.ptr<3> -> i64
        %v1737 = arith.addi %v1714, %v1716 : i64
        %v1738 = arith.cmpi slt, %v1737, %v105 : i64
        %v1739 = arith.subi %size_L, %v2 : i64
        %v1740 = arith.minsi %v1737, %v1739 : i64
        %v1741 = arith.subi %v118, %v1740 : i64
        %v1742 = arith.addi %v1736, %v1741 : i64
        %v1743 = arith.muli %v1734, %v121 : i64
        %v1744 = arith.addi %v1743, %v1716 : i64
        %v1745 = llvm.getelementptr %in_u[%v1742] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1746 = llvm.load %v1745 : !llvm.ptr -> f32
        %v1747 = arith.addi %v1715, %v141 : i64
        %v1748 = arith.constant true
        %v1749 = arith.addi %v73, %v1747 : i64
        %v1750 = llvm.getelementptr %v37[%v1749] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1751 = llvm.load %v1750 : !llvm.ptr<3> -> i64
        %v1752 = arith.addi %v1714, %v1716 : i64
        %v1753 = arith.cmpi slt, %v1752, %v105 : i64
        %v1754 = arith.subi %size_L, %v2 : i64
        %v1755 = arith.minsi %v1752, %v1754 : i64
        %v1756 = arith.subi %v118, %v1755 : i64
        %v1757 = arith.addi %v1751, %v1756 : i64
        %v1758 = arith.muli %v1749, %v121 : i64
        %v1759 = arith.addi %v1758, %v1716 : i64
        %v1760 = llvm.getelementptr %in_u[%v1757] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1761 = llvm.load %v1760 : !llvm.ptr -> f32
        %v1762 = arith.addi %v1715, %v157 : i64
        %v1763 = arith.constant true
        %v1764 = arith.addi %v73, %v1762 : i64
        %v1765 = llvm.getelementptr %v37[%v1764] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1766 = llvm.load %v1765 : !llvm.ptr<3> -> i64
        %v1767 = arith.addi %v1714, %v1716 : i64
        %v1768 = arith.cmpi slt, %v1767, %v105 : i64
        %v1769 = arith.subi %size_L, %v2 : i64
        %v1770 = arith.minsi %v1767, %v1769 : i64
        %v1771 = arith.subi %v118, %v1770 : i64
        %v1772 = arith.addi %v1766, %v1771 : i64
        %v1773 = arith.muli %v1764, %v121 : i64
        %v1774 = arith.addi %v1773, %v1716 : i64
        %v1775 = llvm.getelementptr %in_u[%v1772] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1776 = llvm.load %v1775 : !llvm.ptr -> f32
        %v1777 = arith.addi %v1715, %v173 : i64
        %v1778 = arith.constant true
        %v1779 = arith.addi %v73, %v1777 : i64
        %v1780 = llvm.getelementptr %v37[%v1779] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1781 = llvm.load %v1780 : !llvm.ptr<3> -> i64
        %v1782 = arith.addi %v1714, %v1716 : i64
        %v1783 = arith.cmpi slt, %v1782, %v105 : i64
        %v1784 = arith.subi %size_L, %v2 : i64
        %v1785 = arith.minsi %v1782, %v1784 : i64
        %v1786 = arith.subi %v118, %v1785 : i64
        %v1787 = arith.addi %v1781, %v1786 : i64
        %v1788 = arith.muli %v1779, %v121 : i64
        %v1789 = arith.addi %v1788, %v1716 : i64
        %v1790 = llvm.getelementptr %in_u[%v1787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1791 = llvm.load %v1790 : !llvm.ptr -> f32
        %v1792 = arith.addi %v1715, %v189 : i64
        %v1793 = arith.constant true
        %v1794 = arith.addi %v73, %v1792 : i64
        %v1795 = llvm.getelementptr %v37[%v1794] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1796 = llvm.load %v1795 : !llvm.ptr<3> -> i64
        %v1797 = arith.addi %v1714, %v1716 : i64
        %v1798 = arith.cmpi slt, %v1797, %v105 : i64
        %v1799 = arith.subi %size_L, %v2 : i64
        %v1800 = arith.minsi %v1797, %v1799 : i64
        %v1801 = arith.subi %v118, %v1800 : i64
        %v1802 = arith.addi %v1796, %v1801 : i64
        %v1803 = arith.muli %v1794, %v121 : i64
        %v1804 = arith.addi %v1803, %v1716 : i64
        %v1805 = llvm.getelementptr %in_u[%v1802] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1806 = llvm.load %v1805 : !llvm.ptr -> f32
        %v1807 = arith.addi %v1715, %v205 : i64
        %v1808 = arith.constant true
        %v1809 = arith.addi %v73, %v1807 : i64
        %v1810 = llvm.getelementptr %v37[%v1809] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1811 = llvm.load %v1810 : !llvm.ptr<3> -> i64
        %v1812 = arith.addi %v1714, %v1716 : i64
        %v1813 = arith.cmpi slt, %v1812, %v105 : i64
        %v1814 = arith.subi %size_L, %v2 : i64
        %v1815 = arith.minsi %v1812, %v1814 : i64
        %v1816 = arith.subi %v118, %v1815 : i64
        %v1817 = arith.addi %v1811, %v1816 : i64
        %v1818 = arith.muli %v1809, %v121 : i64
        %v1819 = arith.addi %v1818, %v1716 : i64
        %v1820 = llvm.getelementptr %in_u[%v1817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1821 = llvm.load %v1820 : !llvm.ptr -> f32
        %v1822 = arith.addi %v1715, %v221 : i64
        %v1823 = arith.constant true
        %v1824 = arith.addi %v73, %v1822 : i64
        %v1825 = llvm.getelementptr %v37[%v1824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1826 = llvm.load %v1825 : !llvm.ptr<3> -> i64
        %v1827 = arith.addi %v1714, %v1716 : i64
        %v1828 = arith.cmpi slt, %v1827, %v105 : i64
        %v1829 = arith.subi %size_L, %v2 : i64
        %v1830 = arith.minsi %v1827, %v1829 : i64
        %v1831 = arith.subi %v118, %v1830 : i64
        %v1832 = arith.addi %v1826, %v1831 : i64
        %v1833 = arith.muli %v1824, %v121 : i64
        %v1834 = arith.addi %v1833, %v1716 : i64
        %v1835 = llvm.getelementptr %in_u[%v1832] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1836 = llvm.load %v1835 : !llvm.ptr -> f32
        %v1837 = arith.addi %v1715, %v1 : i64
        %v1838 = arith.constant true
        %v1839 = arith.addi %v73, %v1837 : i64
        %v1840 = llvm.getelementptr %v37[%v1839] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1841 = llvm.load %v1840 : !llvm.ptr<3> -> i64
        %v1842 = arith.addi %v1714, %v1716 : i64
        %v1843 = arith.cmpi slt, %v1842, %v105 : i64
        %v1844 = arith.subi %size_L, %v2 : i64
        %v1845 = arith.minsi %v1842, %v1844 : i64
        %v1846 = arith.subi %v118, %v1845 : i64
        %v1847 = arith.addi %v1841, %v1846 : i64
        %v1848 = arith.muli %v1839, %v121 : i64
        %v1849 = arith.addi %v1848, %v1716 : i64
        %v1850 = llvm.getelementptr %in_u[%v1847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1851 = llvm.load %v1850 : !llvm.ptr -> f32
        %v1852 = arith.addi %v1715, %v252 : i64
        %v1853 = arith.constant true
        %v1854 = arith.addi %v73, %v1852 : i64
        %v1855 = llvm.getelementptr %v37[%v1854] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1856 = llvm.load %v1855 : !llvm.ptr<3> -> i64
        %v1857 = arith.addi %v1714, %v1716 : i64
        %v1858 = arith.cmpi slt, %v1857, %v105 : i64
        %v1859 = arith.subi %size_L, %v2 : i64
        %v1860 = arith.minsi %v1857, %v1859 : i64
        %v1861 = arith.subi %v118, %v1860 : i64
        %v1862 = arith.addi %v1856, %v1861 : i64
        %v1863 = arith.muli %v1854, %v121 : i64
        %v1864 = arith.addi %v1863, %v1716 : i64
        %v1865 = llvm.getelementptr %in_u[%v1862] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1866 = llvm.load %v1865 : !llvm.ptr -> f32
        %v1867 = arith.addi %v1715, %v268 : i64
        %v1868 = arith.constant true
        %v1869 = arith.addi %v73, %v1867 : i64
        %v1870 = llvm.getelementptr %v37[%v1869] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1871 = llvm.load %v1870 : !llvm.ptr<3> -> i64
        %v1872 = arith.addi %v1714, %v1716 : i64
        %v1873 = arith.cmpi slt, %v1872, %v105 : i64
        %v1874 = arith.subi %size_L, %v2 : i64
        %v1875 = arith.minsi %v1872, %v1874 : i64
        %v1876 = arith.subi %v118, %v1875 : i64
        %v1877 = arith.addi %v1871, %v1876 : i64
        %v1878 = arith.muli %v1869, %v121 : i64
        %v1879 = arith.addi %v1878, %v1716 : i64
        %v1880 = llvm.getelementptr %in_u[%v1877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1881 = llvm.load %v1880 : !llvm.ptr -> f32
        %v1882 = arith.addi %v1715, %v284 : i64
        %v1883 = arith.constant true
        %v1884 = arith.addi %v73, %v1882 : i64
        %v1885 = llvm.getelementptr %v37[%v1884] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1886 = llvm.load %v1885 : !llvm.ptr<3> -> i64
        %v1887 = arith.addi %v1714, %v1716 : i64
        %v1888 = arith.cmpi slt, %v1887, %v105 : i64
        %v1889 = arith.subi %size_L, %v2 : i64
        %v1890 = arith.minsi %v1887, %v1889 : i64
        %v1891 = arith.subi %v118, %v1890 : i64
        %v1892 = arith.addi %v1886, %v1891 : i64
        %v1893 = arith.muli %v1884, %v121 : i64
        %v1894 = arith.addi %v1893, %v1716 : i64
        %v1895 = llvm.getelementptr %in_u[%v1892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1896 = llvm.load %v1895 : !llvm.ptr -> f32
        %v1897 = arith.addi %v1715, %v300 : i64
        %v1898 = arith.constant true
        %v1899 = arith.addi %v73, %v1897 : i64
        %v1900 = llvm.getelementptr %v37[%v1899] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1901 = llvm.load %v1900 : !llvm.ptr<3> -> i64
        %v1902 = arith.addi %v1714, %v1716 : i64
        %v1903 = arith.cmpi slt, %v1902, %v105 : i64
        %v1904 = arith.subi %size_L, %v2 : i64
        %v1905 = arith.minsi %v1902, %v1904 : i64
        %v1906 = arith.subi %v118, %v1905 : i64
        %v1907 = arith.addi %v1901, %v1906 : i64
        %v1908 = arith.muli %v1899, %v121 : i64
        %v1909 = arith.addi %v1908, %v1716 : i64
        %v1910 = llvm.getelementptr %in_u[%v1907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1911 = llvm.load %v1910 : !llvm.ptr -> f32
        %v1912 = arith.addi %v1715, %v316 : i64
        %v1913 = arith.constant true
        %v1914 = arith.addi %v73, %v1912 : i64
        %v1915 = llvm.getelementptr %v37[%v1914] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1916 = llvm.load %v1915 : !llvm.ptr<3> -> i64
        %v1917 = arith.addi %v1714, %v1716 : i64
        %v1918 = arith.cmpi slt, %v1917, %v105 : i64
        %v1919 = arith.subi %size_L, %v2 : i64
        %v1920 = arith.minsi %v1917, %v1919 : i64
        %v1921 = arith.subi %v118, %v1920 : i64
        %v1922 = arith.addi %v1916, %v1921 : i64
        %v1923 = arith.muli %v1914, %v121 : i64
        %v1924 = arith.addi %v1923, %v1716 : i64
        %v1925 = llvm.getelementptr %in_u[%v1922] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1926 = llvm.load %v1925 : !llvm.ptr -> f32
        %v1927 = arith.addi %v1715, %v332 : i64
        %v1928 = arith.constant true
        %v1929 = arith.addi %v73, %v1927 : i64
        %v1930 = llvm.getelementptr %v37[%v1929] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1931 = llvm.load %v1930 : !llvm.ptr<3> -> i64
        %v1932 = arith.addi %v1714, %v1716 : i64
        %v1933 = arith.cmpi slt, %v1932, %v105 : i64
        %v1934 = arith.subi %size_L, %v2 : i64
        %v1935 = arith.minsi %v1932, %v1934 : i64
        %v1936 = arith.subi %v118, %v1935 : i64
        %v1937 = arith.addi %v1931, %v1936 : i64
        %v1938 = arith.muli %v1929, %v121 : i64
        %v1939 = arith.addi %v1938, %v1716 : i64
        %v1940 = llvm.getelementptr %in_u[%v1937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1941 = llvm.load %v1940 : !llvm.ptr -> f32
        %v1942 = arith.addi %v1715, %v348 : i64
        %v1943 = arith.constant true
        %v1944 = arith.addi %v73, %v1942 : i64
        %v1945 = llvm.getelementptr %v37[%v1944] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1946 = llvm.load %v1945 : !llvm.ptr<3> -> i64
        %v1947 = arith.addi %v1714, %v1716 : i64
        %v1948 = arith.cmpi slt, %v1947, %v105 : i64
        %v1949 = arith.subi %size_L, %v2 : i64
        %v1950 = arith.minsi %v1947, %v1949 : i64
        %v1951 = arith.subi %v118, %v1950 : i64
        %v1952 = arith.addi %v1946, %v1951 : i64
        %v1953 = arith.muli %v1944, %v121 : i64
        %v1954 = arith.addi %v1953, %v1716 : i64
        %v1955 = llvm.getelementptr %in_u[%v1952] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1956 = llvm.load %v1955 : !llvm.ptr -> f32
        %v1957 = arith.addi %v1715, %v106 : i64
        %v1958 = arith.constant true
        %v1959 = arith.addi %v73, %v1957 : i64
        %v1960 = llvm.getelementptr %v37[%v1959] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1961 = llvm.load %v1960 : !llvm.ptr<3> -> i64
        %v1962 = arith.addi %v1714, %v1716 : i64
        %v1963 = arith.cmpi slt, %v1962, %v105 : i64
        %v1964 = arith.subi %size_L, %v2 : i64
        %v1965 = arith.minsi %v1962, %v1964 : i64
        %v1966 = arith.subi %v118, %v1965 : i64
        %v1967 = arith.addi %v1961, %v1966 : i64
        %v1968 = arith.muli %v1959, %v121 : i64
        %v1969 = arith.addi %v1968, %v1716 : i64
        %v1970 = llvm.getelementptr %in_u[%v1967] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1971 = llvm.load %v1970 : !llvm.ptr -> f32
        %v1972 = arith.addi %v1715, %v379 : i64
        %v1973 = arith.constant true
        %v1974 = arith.addi %v73, %v1972 : i64
        %v1975 = llvm.getelementptr %v37[%v1974] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1976 = llvm.load %v1975 : !llvm.ptr<3> -> i64
        %v1977 = arith.addi %v1714, %v1716 : i64
        %v1978 = arith.cmpi slt, %v1977, %v105 : i64
        %v1979 = arith.subi %size_L, %v2 : i64
        %v1980 = arith.minsi %v1977, %v1979 : i64
        %v1981 = arith.subi %v118, %v1980 : i64
        %v1982 = arith.addi %v1976, %v1981 : i64
        %v1983 = arith.muli %v1974, %v121 : i64
        %v1984 = arith.addi %v1983, %v1716 : i64
        %v1985 = llvm.getelementptr %in_u[%v1982] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v1986 = llvm.load %v1985 : !llvm.ptr -> f32
        %v1987 = arith.addi %v1715, %v395 : i64
        %v1988 = arith.constant true
        %v1989 = arith.addi %v73, %v1987 : i64
        %v1990 = llvm.getelementptr %v37[%v1989] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v1991 = llvm.load %v1990 : !llvm.ptr<3> -> i64
        %v1992 = arith.addi %v1714, %v1716 : i64
        %v1993 = arith.cmpi slt, %v1992, %v105 : i64
        %v1994 = arith.subi %size_L, %v2 : i64
        %v1995 = arith.minsi %v1992, %v1994 : i64
        %v1996 = arith.subi %v118, %v1995 : i64
        %v1997 = arith.addi %v1991, %v1996 : i64
        %v1998 = arith.muli %v1989, %v121 : i64
        %v1999 = arith.addi %v1998, %v1716 : i64
        %v2000 = llvm.getelementptr %in_u[%v1997] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2001 = llvm.load %v2000 : !llvm.ptr -> f32
        %v2002 = arith.addi %v1715, %v411 : i64
        %v2003 = arith.constant true
        %v2004 = arith.addi %v73, %v2002 : i64
        %v2005 = llvm.getelementptr %v37[%v2004] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2006 = llvm.load %v2005 : !llvm.ptr<3> -> i64
        %v2007 = arith.addi %v1714, %v1716 : i64
        %v2008 = arith.cmpi slt, %v2007, %v105 : i64
        %v2009 = arith.subi %size_L, %v2 : i64
        %v2010 = arith.minsi %v2007, %v2009 : i64
        %v2011 = arith.subi %v118, %v2010 : i64
        %v2012 = arith.addi %v2006, %v2011 : i64
        %v2013 = arith.muli %v2004, %v121 : i64
        %v2014 = arith.addi %v2013, %v1716 : i64
        %v2015 = llvm.getelementptr %in_u[%v2012] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2016 = llvm.load %v2015 : !llvm.ptr -> f32
        %v2017 = arith.addi %v1715, %v427 : i64
        %v2018 = arith.constant true
        %v2019 = arith.addi %v73, %v2017 : i64
        %v2020 = llvm.getelementptr %v37[%v2019] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2021 = llvm.load %v2020 : !llvm.ptr<3> -> i64
        %v2022 = arith.addi %v1714, %v1716 : i64
        %v2023 = arith.cmpi slt, %v2022, %v105 : i64
        %v2024 = arith.subi %size_L, %v2 : i64
        %v2025 = arith.minsi %v2022, %v2024 : i64
        %v2026 = arith.subi %v118, %v2025 : i64
        %v2027 = arith.addi %v2021, %v2026 : i64
        %v2028 = arith.muli %v2019, %v121 : i64
        %v2029 = arith.addi %v2028, %v1716 : i64
        %v2030 = llvm.getelementptr %in_u[%v2027] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2031 = llvm.load %v2030 : !llvm.ptr -> f32
        %v2032 = arith.addi %v1715, %v443 : i64
        %v2033 = arith.constant true
        %v2034 = arith.addi %v73, %v2032 : i64
        %v2035 = llvm.getelementptr %v37[%v2034] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2036 = llvm.load %v2035 : !llvm.ptr<3> -> i64
        %v2037 = arith.addi %v1714, %v1716 : i64
        %v2038 = arith.cmpi slt, %v2037, %v105 : i64
        %v2039 = arith.subi %size_L, %v2 : i64
        %v2040 = arith.minsi %v2037, %v2039 : i64
        %v2041 = arith.subi %v118, %v2040 : i64
        %v2042 = arith.addi %v2036, %v2041 : i64
        %v2043 = arith.muli %v2034, %v121 : i64
        %v2044 = arith.addi %v2043, %v1716 : i64
        %v2045 = llvm.getelementptr %in_u[%v2042] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2046 = llvm.load %v2045 : !llvm.ptr -> f32
        %v2047 = arith.addi %v1715, %v459 : i64
        %v2048 = arith.constant true
        %v2049 = arith.addi %v73, %v2047 : i64
        %v2050 = llvm.getelementptr %v37[%v2049] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2051 = llvm.load %v2050 : !llvm.ptr<3> -> i64
        %v2052 = arith.addi %v1714, %v1716 : i64
        %v2053 = arith.cmpi slt, %v2052, %v105 : i64
        %v2054 = arith.subi %size_L, %v2 : i64
        %v2055 = arith.minsi %v2052, %v2054 : i64
        %v2056 = arith.subi %v118, %v2055 : i64
        %v2057 = arith.addi %v2051, %v2056 : i64
        %v2058 = arith.muli %v2049, %v121 : i64
        %v2059 = arith.addi %v2058, %v1716 : i64
        %v2060 = llvm.getelementptr %in_u[%v2057] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2061 = llvm.load %v2060 : !llvm.ptr -> f32
        %v2062 = arith.addi %v1715, %v475 : i64
        %v2063 = arith.constant true
        %v2064 = arith.addi %v73, %v2062 : i64
        %v2065 = llvm.getelementptr %v37[%v2064] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2066 = llvm.load %v2065 : !llvm.ptr<3> -> i64
        %v2067 = arith.addi %v1714, %v1716 : i64
        %v2068 = arith.cmpi slt, %v2067, %v105 : i64
        %v2069 = arith.subi %size_L, %v2 : i64
        %v2070 = arith.minsi %v2067, %v2069 : i64
        %v2071 = arith.subi %v118, %v2070 : i64
        %v2072 = arith.addi %v2066, %v2071 : i64
        %v2073 = arith.muli %v2064, %v121 : i64
        %v2074 = arith.addi %v2073, %v1716 : i64
        %v2075 = llvm.getelementptr %in_u[%v2072] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2076 = llvm.load %v2075 : !llvm.ptr -> f32
        %v2077 = arith.addi %v1715, %v491 : i64
        %v2078 = arith.constant true
        %v2079 = arith.addi %v73, %v2077 : i64
        %v2080 = llvm.getelementptr %v37[%v2079] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2081 = llvm.load %v2080 : !llvm.ptr<3> -> i64
        %v2082 = arith.addi %v1714, %v1716 : i64
        %v2083 = arith.cmpi slt, %v2082, %v105 : i64
        %v2084 = arith.subi %size_L, %v2 : i64
        %v2085 = arith.minsi %v2082, %v2084 : i64
        %v2086 = arith.subi %v118, %v2085 : i64
        %v2087 = arith.addi %v2081, %v2086 : i64
        %v2088 = arith.muli %v2079, %v121 : i64
        %v2089 = arith.addi %v2088, %v1716 : i64
        %v2090 = llvm.getelementptr %in_u[%v2087] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2091 = llvm.load %v2090 : !llvm.ptr -> f32
        %v2092 = arith.addi %v1715, %v507 : i64
        %v2093 = arith.constant true
        %v2094 = arith.addi %v73, %v2092 : i64
        %v2095 = llvm.getelementptr %v37[%v2094] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2096 = llvm.load %v2095 : !llvm.ptr<3> -> i64
        %v2097 = arith.addi %v1714, %v1716 : i64
        %v2098 = arith.cmpi slt, %v2097, %v105 : i64
        %v2099 = arith.subi %size_L, %v2 : i64
        %v2100 = arith.minsi %v2097, %v2099 : i64
        %v2101 = arith.subi %v118, %v2100 : i64
        %v2102 = arith.addi %v2096, %v2101 : i64
        %v2103 = arith.muli %v2094, %v121 : i64
        %v2104 = arith.addi %v2103, %v1716 : i64
        %v2105 = llvm.getelementptr %in_u[%v2102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2106 = llvm.load %v2105 : !llvm.ptr -> f32
        %v2107 = arith.addi %v1715, %v523 : i64
        %v2108 = arith.constant true
        %v2109 = arith.addi %v73, %v2107 : i64
        %v2110 = llvm.getelementptr %v37[%v2109] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2111 = llvm.load %v2110 : !llvm.ptr<3> -> i64
        %v2112 = arith.addi %v1714, %v1716 : i64
        %v2113 = arith.cmpi slt, %v2112, %v105 : i64
        %v2114 = arith.subi %size_L, %v2 : i64
        %v2115 = arith.minsi %v2112, %v2114 : i64
        %v2116 = arith.subi %v118, %v2115 : i64
        %v2117 = arith.addi %v2111, %v2116 : i64
        %v2118 = arith.muli %v2109, %v121 : i64
        %v2119 = arith.addi %v2118, %v1716 : i64
        %v2120 = llvm.getelementptr %in_u[%v2117] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2121 = llvm.load %v2120 : !llvm.ptr -> f32
        %v2122 = arith.addi %v1715, %v539 : i64
        %v2123 = arith.constant true
        %v2124 = arith.addi %v73, %v2122 : i64
        %v2125 = llvm.getelementptr %v37[%v2124] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2126 = llvm.load %v2125 : !llvm.ptr<3> -> i64
        %v2127 = arith.addi %v1714, %v1716 : i64
        %v2128 = arith.cmpi slt, %v2127, %v105 : i64
        %v2129 = arith.subi %size_L, %v2 : i64
        %v2130 = arith.minsi %v2127, %v2129 : i64
        %v2131 = arith.subi %v118, %v2130 : i64
        %v2132 = arith.addi %v2126, %v2131 : i64
        %v2133 = arith.muli %v2124, %v121 : i64
        %v2134 = arith.addi %v2133, %v1716 : i64
        %v2135 = llvm.getelementptr %in_u[%v2132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2136 = llvm.load %v2135 : !llvm.ptr -> f32
        %v2137 = arith.addi %v1715, %v555 : i64
        %v2138 = arith.constant true
        %v2139 = arith.addi %v73, %v2137 : i64
        %v2140 = llvm.getelementptr %v37[%v2139] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2141 = llvm.load %v2140 : !llvm.ptr<3> -> i64
        %v2142 = arith.addi %v1714, %v1716 : i64
        %v2143 = arith.cmpi slt, %v2142, %v105 : i64
        %v2144 = arith.subi %size_L, %v2 : i64
        %v2145 = arith.minsi %v2142, %v2144 : i64
        %v2146 = arith.subi %v118, %v2145 : i64
        %v2147 = arith.addi %v2141, %v2146 : i64
        %v2148 = arith.muli %v2139, %v121 : i64
        %v2149 = arith.addi %v2148, %v1716 : i64
        %v2150 = llvm.getelementptr %in_u[%v2147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2151 = llvm.load %v2150 : !llvm.ptr -> f32
        %v2152 = arith.addi %v1715, %v571 : i64
        %v2153 = arith.constant true
        %v2154 = arith.addi %v73, %v2152 : i64
        %v2155 = llvm.getelementptr %v37[%v2154] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2156 = llvm.load %v2155 : !llvm.ptr<3> -> i64
        %v2157 = arith.addi %v1714, %v1716 : i64
        %v2158 = arith.cmpi slt, %v2157, %v105 : i64
        %v2159 = arith.subi %size_L, %v2 : i64
        %v2160 = arith.minsi %v2157, %v2159 : i64
        %v2161 = arith.subi %v118, %v2160 : i64
        %v2162 = arith.addi %v2156, %v2161 : i64
        %v2163 = arith.muli %v2154, %v121 : i64
        %v2164 = arith.addi %v2163, %v1716 : i64
        %v2165 = llvm.getelementptr %in_u[%v2162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2166 = llvm.load %v2165 : !llvm.ptr -> f32
        %v2167 = arith.addi %v1715, %v587 : i64
        %v2168 = arith.constant true
        %v2169 = arith.addi %v73, %v2167 : i64
        %v2170 = llvm.getelementptr %v37[%v2169] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2171 = llvm.load %v2170 : !llvm.ptr<3> -> i64
        %v2172 = arith.addi %v1714, %v1716 : i64
        %v2173 = arith.cmpi slt, %v2172, %v105 : i64
        %v2174 = arith.subi %size_L, %v2 : i64
        %v2175 = arith.minsi %v2172, %v2174 : i64
        %v2176 = arith.subi %v118, %v2175 : i64
        %v2177 = arith.addi %v2171, %v2176 : i64
        %v2178 = arith.muli %v2169, %v121 : i64
        %v2179 = arith.addi %v2178, %v1716 : i64
        %v2180 = llvm.getelementptr %in_u[%v2177] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2181 = llvm.load %v2180 : !llvm.ptr -> f32
        %v2182 = arith.addi %v1715, %v603 : i64
        %v2183 = arith.constant true
        %v2184 = arith.addi %v73, %v2182 : i64
        %v2185 = llvm.getelementptr %v37[%v2184] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2186 = llvm.load %v2185 : !llvm.ptr<3> -> i64
        %v2187 = arith.addi %v1714, %v1716 : i64
        %v2188 = arith.cmpi slt, %v2187, %v105 : i64
        %v2189 = arith.subi %size_L, %v2 : i64
        %v2190 = arith.minsi %v2187, %v2189 : i64
        %v2191 = arith.subi %v118, %v2190 : i64
        %v2192 = arith.addi %v2186, %v2191 : i64
        %v2193 = arith.muli %v2184, %v121 : i64
        %v2194 = arith.addi %v2193, %v1716 : i64
        %v2195 = llvm.getelementptr %in_u[%v2192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2196 = llvm.load %v2195 : !llvm.ptr -> f32
        %v2197 = arith.divui %v45, %v106 : i64
        %v2198 = arith.remui %v45, %v106 : i64
        %v2199 = arith.addi %v2197, %v73 : i64
        %v2200 = arith.constant true
        %v2201 = arith.addi %v47, %v2199 : i64
        %v2202 = llvm.getelementptr %v37[%v2201] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2203 = llvm.load %v2202 : !llvm.ptr<3> -> i64
        %v2204 = arith.addi %v1714, %v2198 : i64
        %v2205 = arith.cmpi slt, %v2204, %v105 : i64
        %v2206 = arith.subi %size_L, %v2 : i64
        %v2207 = arith.minsi %v2204, %v2206 : i64
        %v2208 = arith.subi %v118, %v2207 : i64
        %v2209 = arith.addi %v2203, %v2208 : i64
        %v2210 = arith.muli %v2201, %v121 : i64
        %v2211 = arith.addi %v2210, %v2198 : i64
        %v2212 = llvm.getelementptr %in_delta[%v2209] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2213 = llvm.load %v2212 : !llvm.ptr -> f32
        %v2214 = arith.addi %v2197, %v97 : i64
        %v2215 = arith.constant true
        %v2216 = arith.addi %v47, %v2214 : i64
        %v2217 = llvm.getelementptr %v37[%v2216] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2218 = llvm.load %v2217 : !llvm.ptr<3> -> i64
        %v2219 = arith.addi %v1714, %v2198 : i64
        %v2220 = arith.cmpi slt, %v2219, %v105 : i64
        %v2221 = arith.subi %size_L, %v2 : i64
        %v2222 = arith.minsi %v2219, %v2221 : i64
        %v2223 = arith.subi %v118, %v2222 : i64
        %v2224 = arith.addi %v2218, %v2223 : i64
        %v2225 = arith.muli %v2216, %v121 : i64
        %v2226 = arith.addi %v2225, %v2198 : i64
        %v2227 = llvm.getelementptr %in_delta[%v2224] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2228 = llvm.load %v2227 : !llvm.ptr -> f32
        %v2229 = arith.addi %v2197, %v141 : i64
        %v2230 = arith.constant true
        %v2231 = arith.addi %v47, %v2229 : i64
        %v2232 = llvm.getelementptr %v37[%v2231] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2233 = llvm.load %v2232 : !llvm.ptr<3> -> i64
        %v2234 = arith.addi %v1714, %v2198 : i64
        %v2235 = arith.cmpi slt, %v2234, %v105 : i64
        %v2236 = arith.subi %size_L, %v2 : i64
        %v2237 = arith.minsi %v2234, %v2236 : i64
        %v2238 = arith.subi %v118, %v2237 : i64
        %v2239 = arith.addi %v2233, %v2238 : i64
        %v2240 = arith.muli %v2231, %v121 : i64
        %v2241 = arith.addi %v2240, %v2198 : i64
        %v2242 = llvm.getelementptr %in_delta[%v2239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2243 = llvm.load %v2242 : !llvm.ptr -> f32
        %v2244 = arith.addi %v2197, %v157 : i64
        %v2245 = arith.constant true
        %v2246 = arith.addi %v47, %v2244 : i64
        %v2247 = llvm.getelementptr %v37[%v2246] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2248 = llvm.load %v2247 : !llvm.ptr<3> -> i64
        %v2249 = arith.addi %v1714, %v2198 : i64
        %v2250 = arith.cmpi slt, %v2249, %v105 : i64
        %v2251 = arith.subi %size_L, %v2 : i64
        %v2252 = arith.minsi %v2249, %v2251 : i64
        %v2253 = arith.subi %v118, %v2252 : i64
        %v2254 = arith.addi %v2248, %v2253 : i64
        %v2255 = arith.muli %v2246, %v121 : i64
        %v2256 = arith.addi %v2255, %v2198 : i64
        %v2257 = llvm.getelementptr %in_delta[%v2254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2258 = llvm.load %v2257 : !llvm.ptr -> f32
        %v2259 = arith.addi %v2197, %v173 : i64
        %v2260 = arith.constant true
        %v2261 = arith.addi %v47, %v2259 : i64
        %v2262 = llvm.getelementptr %v37[%v2261] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2263 = llvm.load %v2262 : !llvm.ptr<3> -> i64
        %v2264 = arith.addi %v1714, %v2198 : i64
        %v2265 = arith.cmpi slt, %v2264, %v105 : i64
        %v2266 = arith.subi %size_L, %v2 : i64
        %v2267 = arith.minsi %v2264, %v2266 : i64
        %v2268 = arith.subi %v118, %v2267 : i64
        %v2269 = arith.addi %v2263, %v2268 : i64
        %v2270 = arith.muli %v2261, %v121 : i64
        %v2271 = arith.addi %v2270, %v2198 : i64
        %v2272 = llvm.getelementptr %in_delta[%v2269] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2273 = llvm.load %v2272 : !llvm.ptr -> f32
        %v2274 = arith.addi %v2197, %v189 : i64
        %v2275 = arith.constant true
        %v2276 = arith.addi %v47, %v2274 : i64
        %v2277 = llvm.getelementptr %v37[%v2276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2278 = llvm.load %v2277 : !llvm.ptr<3> -> i64
        %v2279 = arith.addi %v1714, %v2198 : i64
        %v2280 = arith.cmpi slt, %v2279, %v105 : i64
        %v2281 = arith.subi %size_L, %v2 : i64
        %v2282 = arith.minsi %v2279, %v2281 : i64
        %v2283 = arith.subi %v118, %v2282 : i64
        %v2284 = arith.addi %v2278, %v2283 : i64
        %v2285 = arith.muli %v2276, %v121 : i64
        %v2286 = arith.addi %v2285, %v2198 : i64
        %v2287 = llvm.getelementptr %in_delta[%v2284] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2288 = llvm.load %v2287 : !llvm.ptr -> f32
        %v2289 = arith.addi %v2197, %v205 : i64
        %v2290 = arith.constant true
        %v2291 = arith.addi %v47, %v2289 : i64
        %v2292 = llvm.getelementptr %v37[%v2291] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2293 = llvm.load %v2292 : !llvm.ptr<3> -> i64
        %v2294 = arith.addi %v1714, %v2198 : i64
        %v2295 = arith.cmpi slt, %v2294, %v105 : i64
        %v2296 = arith.subi %size_L, %v2 : i64
        %v2297 = arith.minsi %v2294, %v2296 : i64
        %v2298 = arith.subi %v118, %v2297 : i64
        %v2299 = arith.addi %v2293, %v2298 : i64
        %v2300 = arith.muli %v2291, %v121 : i64
        %v2301 = arith.addi %v2300, %v2198 : i64
        %v2302 = llvm.getelementptr %in_delta[%v2299] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2303 = llvm.load %v2302 : !llvm.ptr -> f32
        %v2304 = arith.addi %v2197, %v221 : i64
        %v2305 = arith.constant true
        %v2306 = arith.addi %v47, %v2304 : i64
        %v2307 = llvm.getelementptr %v37[%v2306] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2308 = llvm.load %v2307 : !llvm.ptr<3> -> i64
        %v2309 = arith.addi %v1714, %v2198 : i64
        %v2310 = arith.cmpi slt, %v2309, %v105 : i64
        %v2311 = arith.subi %size_L, %v2 : i64
        %v2312 = arith.minsi %v2309, %v2311 : i64
        %v2313 = arith.subi %v118, %v2312 : i64
        %v2314 = arith.addi %v2308, %v2313 : i64
        %v2315 = arith.muli %v2306, %v121 : i64
        %v2316 = arith.addi %v2315, %v2198 : i64
        %v2317 = llvm.getelementptr %in_delta[%v2314] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2318 = llvm.load %v2317 : !llvm.ptr -> f32
        %v2319 = arith.addi %v2197, %v1 : i64
        %v2320 = arith.constant true
        %v2321 = arith.addi %v47, %v2319 : i64
        %v2322 = llvm.getelementptr %v37[%v2321] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2323 = llvm.load %v2322 : !llvm.ptr<3> -> i64
        %v2324 = arith.addi %v1714, %v2198 : i64
        %v2325 = arith.cmpi slt, %v2324, %v105 : i64
        %v2326 = arith.subi %size_L, %v2 : i64
        %v2327 = arith.minsi %v2324, %v2326 : i64
        %v2328 = arith.subi %v118, %v2327 : i64
        %v2329 = arith.addi %v2323, %v2328 : i64
        %v2330 = arith.muli %v2321, %v121 : i64
        %v2331 = arith.addi %v2330, %v2198 : i64
        %v2332 = llvm.getelementptr %in_delta[%v2329] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2333 = llvm.load %v2332 : !llvm.ptr -> f32
        %v2334 = arith.addi %v2197, %v252 : i64
        %v2335 = arith.constant true
        %v2336 = arith.addi %v47, %v2334 : i64
        %v2337 = llvm.getelementptr %v37[%v2336] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2338 = llvm.load %v2337 : !llvm.ptr<3> -> i64
        %v2339 = arith.addi %v1714, %v2198 : i64
        %v2340 = arith.cmpi slt, %v2339, %v105 : i64
        %v2341 = arith.subi %size_L, %v2 : i64
        %v2342 = arith.minsi %v2339, %v2341 : i64
        %v2343 = arith.subi %v118, %v2342 : i64
        %v2344 = arith.addi %v2338, %v2343 : i64
        %v2345 = arith.muli %v2336, %v121 : i64
        %v2346 = arith.addi %v2345, %v2198 : i64
        %v2347 = llvm.getelementptr %in_delta[%v2344] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2348 = llvm.load %v2347 : !llvm.ptr -> f32
        %v2349 = arith.addi %v2197, %v268 : i64
        %v2350 = arith.constant true
        %v2351 = arith.addi %v47, %v2349 : i64
        %v2352 = llvm.getelementptr %v37[%v2351] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2353 = llvm.load %v2352 : !llvm.ptr<3> -> i64
        %v2354 = arith.addi %v1714, %v2198 : i64
        %v2355 = arith.cmpi slt, %v2354, %v105 : i64
        %v2356 = arith.subi %size_L, %v2 : i64
        %v2357 = arith.minsi %v2354, %v2356 : i64
        %v2358 = arith.subi %v118, %v2357 : i64
        %v2359 = arith.addi %v2353, %v2358 : i64
        %v2360 = arith.muli %v2351, %v121 : i64
        %v2361 = arith.addi %v2360, %v2198 : i64
        %v2362 = llvm.getelementptr %in_delta[%v2359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2363 = llvm.load %v2362 : !llvm.ptr -> f32
        %v2364 = arith.addi %v2197, %v284 : i64
        %v2365 = arith.constant true
        %v2366 = arith.addi %v47, %v2364 : i64
        %v2367 = llvm.getelementptr %v37[%v2366] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2368 = llvm.load %v2367 : !llvm.ptr<3> -> i64
        %v2369 = arith.addi %v1714, %v2198 : i64
        %v2370 = arith.cmpi slt, %v2369, %v105 : i64
        %v2371 = arith.subi %size_L, %v2 : i64
        %v2372 = arith.minsi %v2369, %v2371 : i64
        %v2373 = arith.subi %v118, %v2372 : i64
        %v2374 = arith.addi %v2368, %v2373 : i64
        %v2375 = arith.muli %v2366, %v121 : i64
        %v2376 = arith.addi %v2375, %v2198 : i64
        %v2377 = llvm.getelementptr %in_delta[%v2374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2378 = llvm.load %v2377 : !llvm.ptr -> f32
        %v2379 = arith.addi %v2197, %v300 : i64
        %v2380 = arith.constant true
        %v2381 = arith.addi %v47, %v2379 : i64
        %v2382 = llvm.getelementptr %v37[%v2381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2383 = llvm.load %v2382 : !llvm.ptr<3> -> i64
        %v2384 = arith.addi %v1714, %v2198 : i64
        %v2385 = arith.cmpi slt, %v2384, %v105 : i64
        %v2386 = arith.subi %size_L, %v2 : i64
        %v2387 = arith.minsi %v2384, %v2386 : i64
        %v2388 = arith.subi %v118, %v2387 : i64
        %v2389 = arith.addi %v2383, %v2388 : i64
        %v2390 = arith.muli %v2381, %v121 : i64
        %v2391 = arith.addi %v2390, %v2198 : i64
        %v2392 = llvm.getelementptr %in_delta[%v2389] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2393 = llvm.load %v2392 : !llvm.ptr -> f32
        %v2394 = arith.addi %v2197, %v316 : i64
        %v2395 = arith.constant true
        %v2396 = arith.addi %v47, %v2394 : i64
        %v2397 = llvm.getelementptr %v37[%v2396] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2398 = llvm.load %v2397 : !llvm.ptr<3> -> i64
        %v2399 = arith.addi %v1714, %v2198 : i64
        %v2400 = arith.cmpi slt, %v2399, %v105 : i64
        %v2401 = arith.subi %size_L, %v2 : i64
        %v2402 = arith.minsi %v2399, %v2401 : i64
        %v2403 = arith.subi %v118, %v2402 : i64
        %v2404 = arith.addi %v2398, %v2403 : i64
        %v2405 = arith.muli %v2396, %v121 : i64
        %v2406 = arith.addi %v2405, %v2198 : i64
        %v2407 = llvm.getelementptr %in_delta[%v2404] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2408 = llvm.load %v2407 : !llvm.ptr -> f32
        %v2409 = arith.addi %v2197, %v332 : i64
        %v2410 = arith.constant true
        %v2411 = arith.addi %v47, %v2409 : i64
        %v2412 = llvm.getelementptr %v37[%v2411] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2413 = llvm.load %v2412 : !llvm.ptr<3> -> i64
        %v2414 = arith.addi %v1714, %v2198 : i64
        %v2415 = arith.cmpi slt, %v2414, %v105 : i64
        %v2416 = arith.subi %size_L, %v2 : i64
        %v2417 = arith.minsi %v2414, %v2416 : i64
        %v2418 = arith.subi %v118, %v2417 : i64
        %v2419 = arith.addi %v2413, %v2418 : i64
        %v2420 = arith.muli %v2411, %v121 : i64
        %v2421 = arith.addi %v2420, %v2198 : i64
        %v2422 = llvm.getelementptr %in_delta[%v2419] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2423 = llvm.load %v2422 : !llvm.ptr -> f32
        %v2424 = arith.addi %v2197, %v348 : i64
        %v2425 = arith.constant true
        %v2426 = arith.addi %v47, %v2424 : i64
        %v2427 = llvm.getelementptr %v37[%v2426] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2428 = llvm.load %v2427 : !llvm.ptr<3> -> i64
        %v2429 = arith.addi %v1714, %v2198 : i64
        %v2430 = arith.cmpi slt, %v2429, %v105 : i64
        %v2431 = arith.subi %size_L, %v2 : i64
        %v2432 = arith.minsi %v2429, %v2431 : i64
        %v2433 = arith.subi %v118, %v2432 : i64
        %v2434 = arith.addi %v2428, %v2433 : i64
        %v2435 = arith.muli %v2426, %v121 : i64
        %v2436 = arith.addi %v2435, %v2198 : i64
        %v2437 = llvm.getelementptr %in_delta[%v2434] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2438 = llvm.load %v2437 : !llvm.ptr -> f32
        %v2439 = arith.addi %v2197, %v106 : i64
        %v2440 = arith.constant true
        %v2441 = arith.addi %v47, %v2439 : i64
        %v2442 = llvm.getelementptr %v37[%v2441] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2443 = llvm.load %v2442 : !llvm.ptr<3> -> i64
        %v2444 = arith.addi %v1714, %v2198 : i64
        %v2445 = arith.cmpi slt, %v2444, %v105 : i64
        %v2446 = arith.subi %size_L, %v2 : i64
        %v2447 = arith.minsi %v2444, %v2446 : i64
        %v2448 = arith.subi %v118, %v2447 : i64
        %v2449 = arith.addi %v2443, %v2448 : i64
        %v2450 = arith.muli %v2441, %v121 : i64
        %v2451 = arith.addi %v2450, %v2198 : i64
        %v2452 = llvm.getelementptr %in_delta[%v2449] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2453 = llvm.load %v2452 : !llvm.ptr -> f32
        %v2454 = arith.addi %v2197, %v379 : i64
        %v2455 = arith.constant true
        %v2456 = arith.addi %v47, %v2454 : i64
        %v2457 = llvm.getelementptr %v37[%v2456] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2458 = llvm.load %v2457 : !llvm.ptr<3> -> i64
        %v2459 = arith.addi %v1714, %v2198 : i64
        %v2460 = arith.cmpi slt, %v2459, %v105 : i64
        %v2461 = arith.subi %size_L, %v2 : i64
        %v2462 = arith.minsi %v2459, %v2461 : i64
        %v2463 = arith.subi %v118, %v2462 : i64
        %v2464 = arith.addi %v2458, %v2463 : i64
        %v2465 = arith.muli %v2456, %v121 : i64
        %v2466 = arith.addi %v2465, %v2198 : i64
        %v2467 = llvm.getelementptr %in_delta[%v2464] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2468 = llvm.load %v2467 : !llvm.ptr -> f32
        %v2469 = arith.addi %v2197, %v395 : i64
        %v2470 = arith.constant true
        %v2471 = arith.addi %v47, %v2469 : i64
        %v2472 = llvm.getelementptr %v37[%v2471] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2473 = llvm.load %v2472 : !llvm.ptr<3> -> i64
        %v2474 = arith.addi %v1714, %v2198 : i64
        %v2475 = arith.cmpi slt, %v2474, %v105 : i64
        %v2476 = arith.subi %size_L, %v2 : i64
        %v2477 = arith.minsi %v2474, %v2476 : i64
        %v2478 = arith.subi %v118, %v2477 : i64
        %v2479 = arith.addi %v2473, %v2478 : i64
        %v2480 = arith.muli %v2471, %v121 : i64
        %v2481 = arith.addi %v2480, %v2198 : i64
        %v2482 = llvm.getelementptr %in_delta[%v2479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2483 = llvm.load %v2482 : !llvm.ptr -> f32
        %v2484 = arith.addi %v2197, %v411 : i64
        %v2485 = arith.constant true
        %v2486 = arith.addi %v47, %v2484 : i64
        %v2487 = llvm.getelementptr %v37[%v2486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2488 = llvm.load %v2487 : !llvm.ptr<3> -> i64
        %v2489 = arith.addi %v1714, %v2198 : i64
        %v2490 = arith.cmpi slt, %v2489, %v105 : i64
        %v2491 = arith.subi %size_L, %v2 : i64
        %v2492 = arith.minsi %v2489, %v2491 : i64
        %v2493 = arith.subi %v118, %v2492 : i64
        %v2494 = arith.addi %v2488, %v2493 : i64
        %v2495 = arith.muli %v2486, %v121 : i64
        %v2496 = arith.addi %v2495, %v2198 : i64
        %v2497 = llvm.getelementptr %in_delta[%v2494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2498 = llvm.load %v2497 : !llvm.ptr -> f32
        %v2499 = arith.addi %v2197, %v427 : i64
        %v2500 = arith.constant true
        %v2501 = arith.addi %v47, %v2499 : i64
        %v2502 = llvm.getelementptr %v37[%v2501] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2503 = llvm.load %v2502 : !llvm.ptr<3> -> i64
        %v2504 = arith.addi %v1714, %v2198 : i64
        %v2505 = arith.cmpi slt, %v2504, %v105 : i64
        %v2506 = arith.subi %size_L, %v2 : i64
        %v2507 = arith.minsi %v2504, %v2506 : i64
        %v2508 = arith.subi %v118, %v2507 : i64
        %v2509 = arith.addi %v2503, %v2508 : i64
        %v2510 = arith.muli %v2501, %v121 : i64
        %v2511 = arith.addi %v2510, %v2198 : i64
        %v2512 = llvm.getelementptr %in_delta[%v2509] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2513 = llvm.load %v2512 : !llvm.ptr -> f32
        %v2514 = arith.addi %v2197, %v443 : i64
        %v2515 = arith.constant true
        %v2516 = arith.addi %v47, %v2514 : i64
        %v2517 = llvm.getelementptr %v37[%v2516] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2518 = llvm.load %v2517 : !llvm.ptr<3> -> i64
        %v2519 = arith.addi %v1714, %v2198 : i64
        %v2520 = arith.cmpi slt, %v2519, %v105 : i64
        %v2521 = arith.subi %size_L, %v2 : i64
        %v2522 = arith.minsi %v2519, %v2521 : i64
        %v2523 = arith.subi %v118, %v2522 : i64
        %v2524 = arith.addi %v2518, %v2523 : i64
        %v2525 = arith.muli %v2516, %v121 : i64
        %v2526 = arith.addi %v2525, %v2198 : i64
        %v2527 = llvm.getelementptr %in_delta[%v2524] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2528 = llvm.load %v2527 : !llvm.ptr -> f32
        %v2529 = arith.addi %v2197, %v459 : i64
        %v2530 = arith.constant true
        %v2531 = arith.addi %v47, %v2529 : i64
        %v2532 = llvm.getelementptr %v37[%v2531] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2533 = llvm.load %v2532 : !llvm.ptr<3> -> i64
        %v2534 = arith.addi %v1714, %v2198 : i64
        %v2535 = arith.cmpi slt, %v2534, %v105 : i64
        %v2536 = arith.subi %size_L, %v2 : i64
        %v2537 = arith.minsi %v2534, %v2536 : i64
        %v2538 = arith.subi %v118, %v2537 : i64
        %v2539 = arith.addi %v2533, %v2538 : i64
        %v2540 = arith.muli %v2531, %v121 : i64
        %v2541 = arith.addi %v2540, %v2198 : i64
        %v2542 = llvm.getelementptr %in_delta[%v2539] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2543 = llvm.load %v2542 : !llvm.ptr -> f32
        %v2544 = arith.addi %v2197, %v475 : i64
        %v2545 = arith.constant true
        %v2546 = arith.addi %v47, %v2544 : i64
        %v2547 = llvm.getelementptr %v37[%v2546] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2548 = llvm.load %v2547 : !llvm.ptr<3> -> i64
        %v2549 = arith.addi %v1714, %v2198 : i64
        %v2550 = arith.cmpi slt, %v2549, %v105 : i64
        %v2551 = arith.subi %size_L, %v2 : i64
        %v2552 = arith.minsi %v2549, %v2551 : i64
        %v2553 = arith.subi %v118, %v2552 : i64
        %v2554 = arith.addi %v2548, %v2553 : i64
        %v2555 = arith.muli %v2546, %v121 : i64
        %v2556 = arith.addi %v2555, %v2198 : i64
        %v2557 = llvm.getelementptr %in_delta[%v2554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2558 = llvm.load %v2557 : !llvm.ptr -> f32
        %v2559 = arith.addi %v2197, %v491 : i64
        %v2560 = arith.constant true
        %v2561 = arith.addi %v47, %v2559 : i64
        %v2562 = llvm.getelementptr %v37[%v2561] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2563 = llvm.load %v2562 : !llvm.ptr<3> -> i64
        %v2564 = arith.addi %v1714, %v2198 : i64
        %v2565 = arith.cmpi slt, %v2564, %v105 : i64
        %v2566 = arith.subi %size_L, %v2 : i64
        %v2567 = arith.minsi %v2564, %v2566 : i64
        %v2568 = arith.subi %v118, %v2567 : i64
        %v2569 = arith.addi %v2563, %v2568 : i64
        %v2570 = arith.muli %v2561, %v121 : i64
        %v2571 = arith.addi %v2570, %v2198 : i64
        %v2572 = llvm.getelementptr %in_delta[%v2569] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2573 = llvm.load %v2572 : !llvm.ptr -> f32
        %v2574 = arith.addi %v2197, %v507 : i64
        %v2575 = arith.constant true
        %v2576 = arith.addi %v47, %v2574 : i64
        %v2577 = llvm.getelementptr %v37[%v2576] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2578 = llvm.load %v2577 : !llvm.ptr<3> -> i64
        %v2579 = arith.addi %v1714, %v2198 : i64
        %v2580 = arith.cmpi slt, %v2579, %v105 : i64
        %v2581 = arith.subi %size_L, %v2 : i64
        %v2582 = arith.minsi %v2579, %v2581 : i64
        %v2583 = arith.subi %v118, %v2582 : i64
        %v2584 = arith.addi %v2578, %v2583 : i64
        %v2585 = arith.muli %v2576, %v121 : i64
        %v2586 = arith.addi %v2585, %v2198 : i64
        %v2587 = llvm.getelementptr %in_delta[%v2584] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2588 = llvm.load %v2587 : !llvm.ptr -> f32
        %v2589 = arith.addi %v2197, %v523 : i64
        %v2590 = arith.constant true
        %v2591 = arith.addi %v47, %v2589 : i64
        %v2592 = llvm.getelementptr %v37[%v2591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2593 = llvm.load %v2592 : !llvm.ptr<3> -> i64
        %v2594 = arith.addi %v1714, %v2198 : i64
        %v2595 = arith.cmpi slt, %v2594, %v105 : i64
        %v2596 = arith.subi %size_L, %v2 : i64
        %v2597 = arith.minsi %v2594, %v2596 : i64
        %v2598 = arith.subi %v118, %v2597 : i64
        %v2599 = arith.addi %v2593, %v2598 : i64
        %v2600 = arith.muli %v2591, %v121 : i64
        %v2601 = arith.addi %v2600, %v2198 : i64
        %v2602 = llvm.getelementptr %in_delta[%v2599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2603 = llvm.load %v2602 : !llvm.ptr -> f32
        %v2604 = arith.addi %v2197, %v539 : i64
        %v2605 = arith.constant true
        %v2606 = arith.addi %v47, %v2604 : i64
        %v2607 = llvm.getelementptr %v37[%v2606] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2608 = llvm.load %v2607 : !llvm.ptr<3> -> i64
        %v2609 = arith.addi %v1714, %v2198 : i64
        %v2610 = arith.cmpi slt, %v2609, %v105 : i64
        %v2611 = arith.subi %size_L, %v2 : i64
        %v2612 = arith.minsi %v2609, %v2611 : i64
        %v2613 = arith.subi %v118, %v2612 : i64
        %v2614 = arith.addi %v2608, %v2613 : i64
        %v2615 = arith.muli %v2606, %v121 : i64
        %v2616 = arith.addi %v2615, %v2198 : i64
        %v2617 = llvm.getelementptr %in_delta[%v2614] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2618 = llvm.load %v2617 : !llvm.ptr -> f32
        %v2619 = arith.addi %v2197, %v555 : i64
        %v2620 = arith.constant true
        %v2621 = arith.addi %v47, %v2619 : i64
        %v2622 = llvm.getelementptr %v37[%v2621] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2623 = llvm.load %v2622 : !llvm.ptr<3> -> i64
        %v2624 = arith.addi %v1714, %v2198 : i64
        %v2625 = arith.cmpi slt, %v2624, %v105 : i64
        %v2626 = arith.subi %size_L, %v2 : i64
        %v2627 = arith.minsi %v2624, %v2626 : i64
        %v2628 = arith.subi %v118, %v2627 : i64
        %v2629 = arith.addi %v2623, %v2628 : i64
        %v2630 = arith.muli %v2621, %v121 : i64
        %v2631 = arith.addi %v2630, %v2198 : i64
        %v2632 = llvm.getelementptr %in_delta[%v2629] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2633 = llvm.load %v2632 : !llvm.ptr -> f32
        %v2634 = arith.addi %v2197, %v571 : i64
        %v2635 = arith.constant true
        %v2636 = arith.addi %v47, %v2634 : i64
        %v2637 = llvm.getelementptr %v37[%v2636] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2638 = llvm.load %v2637 : !llvm.ptr<3> -> i64
        %v2639 = arith.addi %v1714, %v2198 : i64
        %v2640 = arith.cmpi slt, %v2639, %v105 : i64
        %v2641 = arith.subi %size_L, %v2 : i64
        %v2642 = arith.minsi %v2639, %v2641 : i64
        %v2643 = arith.subi %v118, %v2642 : i64
        %v2644 = arith.addi %v2638, %v2643 : i64
        %v2645 = arith.muli %v2636, %v121 : i64
        %v2646 = arith.addi %v2645, %v2198 : i64
        %v2647 = llvm.getelementptr %in_delta[%v2644] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2648 = llvm.load %v2647 : !llvm.ptr -> f32
        %v2649 = arith.addi %v2197, %v587 : i64
        %v2650 = arith.constant true
        %v2651 = arith.addi %v47, %v2649 : i64
        %v2652 = llvm.getelementptr %v37[%v2651] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2653 = llvm.load %v2652 : !llvm.ptr<3> -> i64
        %v2654 = arith.addi %v1714, %v2198 : i64
        %v2655 = arith.cmpi slt, %v2654, %v105 : i64
        %v2656 = arith.subi %size_L, %v2 : i64
        %v2657 = arith.minsi %v2654, %v2656 : i64
        %v2658 = arith.subi %v118, %v2657 : i64
        %v2659 = arith.addi %v2653, %v2658 : i64
        %v2660 = arith.muli %v2651, %v121 : i64
        %v2661 = arith.addi %v2660, %v2198 : i64
        %v2662 = llvm.getelementptr %in_delta[%v2659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2663 = llvm.load %v2662 : !llvm.ptr -> f32
        %v2664 = arith.addi %v2197, %v603 : i64
        %v2665 = arith.constant true
        %v2666 = arith.addi %v47, %v2664 : i64
        %v2667 = llvm.getelementptr %v37[%v2666] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2668 = llvm.load %v2667 : !llvm.ptr<3> -> i64
        %v2669 = arith.addi %v1714, %v2198 : i64
        %v2670 = arith.cmpi slt, %v2669, %v105 : i64
        %v2671 = arith.subi %size_L, %v2 : i64
        %v2672 = arith.minsi %v2669, %v2671 : i64
        %v2673 = arith.subi %v118, %v2672 : i64
        %v2674 = arith.addi %v2668, %v2673 : i64
        %v2675 = arith.muli %v2666, %v121 : i64
        %v2676 = arith.addi %v2675, %v2198 : i64
        %v2677 = llvm.getelementptr %in_delta[%v2674] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2678 = llvm.load %v2677 : !llvm.ptr -> f32
        %v2679 = arith.divui %v45, %v106 : i64
        %v2680 = arith.remui %v45, %v106 : i64
        %v2681 = arith.addi %v2679, %v73 : i64
        %v2682 = arith.constant true
        %v2683 = arith.addi %v1169, %v2681 : i64
        %v2684 = llvm.getelementptr %v37[%v2683] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2685 = llvm.load %v2684 : !llvm.ptr<3> -> i64
        %v2686 = arith.addi %v1714, %v2680 : i64
        %v2687 = arith.cmpi slt, %v2686, %v105 : i64
        %v2688 = arith.subi %size_L, %v2 : i64
        %v2689 = arith.minsi %v2686, %v2688 : i64
        %v2690 = arith.subi %v118, %v2689 : i64
        %v2691 = arith.addi %v2685, %v2690 : i64
        %v2692 = arith.muli %v2683, %v121 : i64
        %v2693 = arith.addi %v2692, %v2680 : i64
        %v2694 = llvm.getelementptr %in_z[%v2691] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2695 = llvm.load %v2694 : !llvm.ptr -> f32
        %v2696 = arith.addi %v2679, %v97 : i64
        %v2697 = arith.constant true
        %v2698 = arith.addi %v1169, %v2696 : i64
        %v2699 = llvm.getelementptr %v37[%v2698] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2700 = llvm.load %v2699 : !llvm.ptr<3> -> i64
        %v2701 = arith.addi %v1714, %v2680 : i64
        %v2702 = arith.cmpi slt, %v2701, %v105 : i64
        %v2703 = arith.subi %size_L, %v2 : i64
        %v2704 = arith.minsi %v2701, %v2703 : i64
        %v2705 = arith.subi %v118, %v2704 : i64
        %v2706 = arith.addi %v2700, %v2705 : i64
        %v2707 = arith.muli %v2698, %v121 : i64
        %v2708 = arith.addi %v2707, %v2680 : i64
        %v2709 = llvm.getelementptr %in_z[%v2706] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2710 = llvm.load %v2709 : !llvm.ptr -> f32
        %v2711 = arith.addi %v2679, %v141 : i64
        %v2712 = arith.constant true
        %v2713 = arith.addi %v1169, %v2711 : i64
        %v2714 = llvm.getelementptr %v37[%v2713] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2715 = llvm.load %v2714 : !llvm.ptr<3> -> i64
        %v2716 = arith.addi %v1714, %v2680 : i64
        %v2717 = arith.cmpi slt, %v2716, %v105 : i64
        %v2718 = arith.subi %size_L, %v2 : i64
        %v2719 = arith.minsi %v2716, %v2718 : i64
        %v2720 = arith.subi %v118, %v2719 : i64
        %v2721 = arith.addi %v2715, %v2720 : i64
        %v2722 = arith.muli %v2713, %v121 : i64
        %v2723 = arith.addi %v2722, %v2680 : i64
        %v2724 = llvm.getelementptr %in_z[%v2721] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2725 = llvm.load %v2724 : !llvm.ptr -> f32
        %v2726 = arith.addi %v2679, %v157 : i64
        %v2727 = arith.constant true
        %v2728 = arith.addi %v1169, %v2726 : i64
        %v2729 = llvm.getelementptr %v37[%v2728] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2730 = llvm.load %v2729 : !llvm.ptr<3> -> i64
        %v2731 = arith.addi %v1714, %v2680 : i64
        %v2732 = arith.cmpi slt, %v2731, %v105 : i64
        %v2733 = arith.subi %size_L, %v2 : i64
        %v2734 = arith.minsi %v2731, %v2733 : i64
        %v2735 = arith.subi %v118, %v2734 : i64
        %v2736 = arith.addi %v2730, %v2735 : i64
        %v2737 = arith.muli %v2728, %v121 : i64
        %v2738 = arith.addi %v2737, %v2680 : i64
        %v2739 = llvm.getelementptr %in_z[%v2736] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2740 = llvm.load %v2739 : !llvm.ptr -> f32
        %v2741 = arith.addi %v2679, %v173 : i64
        %v2742 = arith.constant true
        %v2743 = arith.addi %v1169, %v2741 : i64
        %v2744 = llvm.getelementptr %v37[%v2743] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2745 = llvm.load %v2744 : !llvm.ptr<3> -> i64
        %v2746 = arith.addi %v1714, %v2680 : i64
        %v2747 = arith.cmpi slt, %v2746, %v105 : i64
        %v2748 = arith.subi %size_L, %v2 : i64
        %v2749 = arith.minsi %v2746, %v2748 : i64
        %v2750 = arith.subi %v118, %v2749 : i64
        %v2751 = arith.addi %v2745, %v2750 : i64
        %v2752 = arith.muli %v2743, %v121 : i64
        %v2753 = arith.addi %v2752, %v2680 : i64
        %v2754 = llvm.getelementptr %in_z[%v2751] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2755 = llvm.load %v2754 : !llvm.ptr -> f32
        %v2756 = arith.addi %v2679, %v189 : i64
        %v2757 = arith.constant true
        %v2758 = arith.addi %v1169, %v2756 : i64
        %v2759 = llvm.getelementptr %v37[%v2758] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2760 = llvm.load %v2759 : !llvm.ptr<3> -> i64
        %v2761 = arith.addi %v1714, %v2680 : i64
        %v2762 = arith.cmpi slt, %v2761, %v105 : i64
        %v2763 = arith.subi %size_L, %v2 : i64
        %v2764 = arith.minsi %v2761, %v2763 : i64
        %v2765 = arith.subi %v118, %v2764 : i64
        %v2766 = arith.addi %v2760, %v2765 : i64
        %v2767 = arith.muli %v2758, %v121 : i64
        %v2768 = arith.addi %v2767, %v2680 : i64
        %v2769 = llvm.getelementptr %in_z[%v2766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2770 = llvm.load %v2769 : !llvm.ptr -> f32
        %v2771 = arith.addi %v2679, %v205 : i64
        %v2772 = arith.constant true
        %v2773 = arith.addi %v1169, %v2771 : i64
        %v2774 = llvm.getelementptr %v37[%v2773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2775 = llvm.load %v2774 : !llvm.ptr<3> -> i64
        %v2776 = arith.addi %v1714, %v2680 : i64
        %v2777 = arith.cmpi slt, %v2776, %v105 : i64
        %v2778 = arith.subi %size_L, %v2 : i64
        %v2779 = arith.minsi %v2776, %v2778 : i64
        %v2780 = arith.subi %v118, %v2779 : i64
        %v2781 = arith.addi %v2775, %v2780 : i64
        %v2782 = arith.muli %v2773, %v121 : i64
        %v2783 = arith.addi %v2782, %v2680 : i64
        %v2784 = llvm.getelementptr %in_z[%v2781] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2785 = llvm.load %v2784 : !llvm.ptr -> f32
        %v2786 = arith.addi %v2679, %v221 : i64
        %v2787 = arith.constant true
        %v2788 = arith.addi %v1169, %v2786 : i64
        %v2789 = llvm.getelementptr %v37[%v2788] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2790 = llvm.load %v2789 : !llvm.ptr<3> -> i64
        %v2791 = arith.addi %v1714, %v2680 : i64
        %v2792 = arith.cmpi slt, %v2791, %v105 : i64
        %v2793 = arith.subi %size_L, %v2 : i64
        %v2794 = arith.minsi %v2791, %v2793 : i64
        %v2795 = arith.subi %v118, %v2794 : i64
        %v2796 = arith.addi %v2790, %v2795 : i64
        %v2797 = arith.muli %v2788, %v121 : i64
        %v2798 = arith.addi %v2797, %v2680 : i64
        %v2799 = llvm.getelementptr %in_z[%v2796] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2800 = llvm.load %v2799 : !llvm.ptr -> f32
        %v2801 = arith.addi %v2679, %v1 : i64
        %v2802 = arith.constant true
        %v2803 = arith.addi %v1169, %v2801 : i64
        %v2804 = llvm.getelementptr %v37[%v2803] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2805 = llvm.load %v2804 : !llvm.ptr<3> -> i64
        %v2806 = arith.addi %v1714, %v2680 : i64
        %v2807 = arith.cmpi slt, %v2806, %v105 : i64
        %v2808 = arith.subi %size_L, %v2 : i64
        %v2809 = arith.minsi %v2806, %v2808 : i64
        %v2810 = arith.subi %v118, %v2809 : i64
        %v2811 = arith.addi %v2805, %v2810 : i64
        %v2812 = arith.muli %v2803, %v121 : i64
        %v2813 = arith.addi %v2812, %v2680 : i64
        %v2814 = llvm.getelementptr %in_z[%v2811] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2815 = llvm.load %v2814 : !llvm.ptr -> f32
        %v2816 = arith.addi %v2679, %v252 : i64
        %v2817 = arith.constant true
        %v2818 = arith.addi %v1169, %v2816 : i64
        %v2819 = llvm.getelementptr %v37[%v2818] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2820 = llvm.load %v2819 : !llvm.ptr<3> -> i64
        %v2821 = arith.addi %v1714, %v2680 : i64
        %v2822 = arith.cmpi slt, %v2821, %v105 : i64
        %v2823 = arith.subi %size_L, %v2 : i64
        %v2824 = arith.minsi %v2821, %v2823 : i64
        %v2825 = arith.subi %v118, %v2824 : i64
        %v2826 = arith.addi %v2820, %v2825 : i64
        %v2827 = arith.muli %v2818, %v121 : i64
        %v2828 = arith.addi %v2827, %v2680 : i64
        %v2829 = llvm.getelementptr %in_z[%v2826] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2830 = llvm.load %v2829 : !llvm.ptr -> f32
        %v2831 = arith.addi %v2679, %v268 : i64
        %v2832 = arith.constant true
        %v2833 = arith.addi %v1169, %v2831 : i64
        %v2834 = llvm.getelementptr %v37[%v2833] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2835 = llvm.load %v2834 : !llvm.ptr<3> -> i64
        %v2836 = arith.addi %v1714, %v2680 : i64
        %v2837 = arith.cmpi slt, %v2836, %v105 : i64
        %v2838 = arith.subi %size_L, %v2 : i64
        %v2839 = arith.minsi %v2836, %v2838 : i64
        %v2840 = arith.subi %v118, %v2839 : i64
        %v2841 = arith.addi %v2835, %v2840 : i64
        %v2842 = arith.muli %v2833, %v121 : i64
        %v2843 = arith.addi %v2842, %v2680 : i64
        %v2844 = llvm.getelementptr %in_z[%v2841] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2845 = llvm.load %v2844 : !llvm.ptr -> f32
        %v2846 = arith.addi %v2679, %v284 : i64
        %v2847 = arith.constant true
        %v2848 = arith.addi %v1169, %v2846 : i64
        %v2849 = llvm.getelementptr %v37[%v2848] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2850 = llvm.load %v2849 : !llvm.ptr<3> -> i64
        %v2851 = arith.addi %v1714, %v2680 : i64
        %v2852 = arith.cmpi slt, %v2851, %v105 : i64
        %v2853 = arith.subi %size_L, %v2 : i64
        %v2854 = arith.minsi %v2851, %v2853 : i64
        %v2855 = arith.subi %v118, %v2854 : i64
        %v2856 = arith.addi %v2850, %v2855 : i64
        %v2857 = arith.muli %v2848, %v121 : i64
        %v2858 = arith.addi %v2857, %v2680 : i64
        %v2859 = llvm.getelementptr %in_z[%v2856] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2860 = llvm.load %v2859 : !llvm.ptr -> f32
        %v2861 = arith.addi %v2679, %v300 : i64
        %v2862 = arith.constant true
        %v2863 = arith.addi %v1169, %v2861 : i64
        %v2864 = llvm.getelementptr %v37[%v2863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2865 = llvm.load %v2864 : !llvm.ptr<3> -> i64
        %v2866 = arith.addi %v1714, %v2680 : i64
        %v2867 = arith.cmpi slt, %v2866, %v105 : i64
        %v2868 = arith.subi %size_L, %v2 : i64
        %v2869 = arith.minsi %v2866, %v2868 : i64
        %v2870 = arith.subi %v118, %v2869 : i64
        %v2871 = arith.addi %v2865, %v2870 : i64
        %v2872 = arith.muli %v2863, %v121 : i64
        %v2873 = arith.addi %v2872, %v2680 : i64
        %v2874 = llvm.getelementptr %in_z[%v2871] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2875 = llvm.load %v2874 : !llvm.ptr -> f32
        %v2876 = arith.addi %v2679, %v316 : i64
        %v2877 = arith.constant true
        %v2878 = arith.addi %v1169, %v2876 : i64
        %v2879 = llvm.getelementptr %v37[%v2878] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2880 = llvm.load %v2879 : !llvm.ptr<3> -> i64
        %v2881 = arith.addi %v1714, %v2680 : i64
        %v2882 = arith.cmpi slt, %v2881, %v105 : i64
        %v2883 = arith.subi %size_L, %v2 : i64
        %v2884 = arith.minsi %v2881, %v2883 : i64
        %v2885 = arith.subi %v118, %v2884 : i64
        %v2886 = arith.addi %v2880, %v2885 : i64
        %v2887 = arith.muli %v2878, %v121 : i64
        %v2888 = arith.addi %v2887, %v2680 : i64
        %v2889 = llvm.getelementptr %in_z[%v2886] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2890 = llvm.load %v2889 : !llvm.ptr -> f32
        %v2891 = arith.addi %v2679, %v332 : i64
        %v2892 = arith.constant true
        %v2893 = arith.addi %v1169, %v2891 : i64
        %v2894 = llvm.getelementptr %v37[%v2893] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2895 = llvm.load %v2894 : !llvm.ptr<3> -> i64
        %v2896 = arith.addi %v1714, %v2680 : i64
        %v2897 = arith.cmpi slt, %v2896, %v105 : i64
        %v2898 = arith.subi %size_L, %v2 : i64
        %v2899 = arith.minsi %v2896, %v2898 : i64
        %v2900 = arith.subi %v118, %v2899 : i64
        %v2901 = arith.addi %v2895, %v2900 : i64
        %v2902 = arith.muli %v2893, %v121 : i64
        %v2903 = arith.addi %v2902, %v2680 : i64
        %v2904 = llvm.getelementptr %in_z[%v2901] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2905 = llvm.load %v2904 : !llvm.ptr -> f32
        %v2906 = arith.addi %v2679, %v348 : i64
        %v2907 = arith.constant true
        %v2908 = arith.addi %v1169, %v2906 : i64
        %v2909 = llvm.getelementptr %v37[%v2908] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2910 = llvm.load %v2909 : !llvm.ptr<3> -> i64
        %v2911 = arith.addi %v1714, %v2680 : i64
        %v2912 = arith.cmpi slt, %v2911, %v105 : i64
        %v2913 = arith.subi %size_L, %v2 : i64
        %v2914 = arith.minsi %v2911, %v2913 : i64
        %v2915 = arith.subi %v118, %v2914 : i64
        %v2916 = arith.addi %v2910, %v2915 : i64
        %v2917 = arith.muli %v2908, %v121 : i64
        %v2918 = arith.addi %v2917, %v2680 : i64
        %v2919 = llvm.getelementptr %in_z[%v2916] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2920 = llvm.load %v2919 : !llvm.ptr -> f32
        %v2921 = arith.addi %v2679, %v106 : i64
        %v2922 = arith.constant true
        %v2923 = arith.addi %v1169, %v2921 : i64
        %v2924 = llvm.getelementptr %v37[%v2923] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2925 = llvm.load %v2924 : !llvm.ptr<3> -> i64
        %v2926 = arith.addi %v1714, %v2680 : i64
        %v2927 = arith.cmpi slt, %v2926, %v105 : i64
        %v2928 = arith.subi %size_L, %v2 : i64
        %v2929 = arith.minsi %v2926, %v2928 : i64
        %v2930 = arith.subi %v118, %v2929 : i64
        %v2931 = arith.addi %v2925, %v2930 : i64
        %v2932 = arith.muli %v2923, %v121 : i64
        %v2933 = arith.addi %v2932, %v2680 : i64
        %v2934 = llvm.getelementptr %in_z[%v2931] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2935 = llvm.load %v2934 : !llvm.ptr -> f32
        %v2936 = arith.addi %v2679, %v379 : i64
        %v2937 = arith.constant true
        %v2938 = arith.addi %v1169, %v2936 : i64
        %v2939 = llvm.getelementptr %v37[%v2938] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2940 = llvm.load %v2939 : !llvm.ptr<3> -> i64
        %v2941 = arith.addi %v1714, %v2680 : i64
        %v2942 = arith.cmpi slt, %v2941, %v105 : i64
        %v2943 = arith.subi %size_L, %v2 : i64
        %v2944 = arith.minsi %v2941, %v2943 : i64
        %v2945 = arith.subi %v118, %v2944 : i64
        %v2946 = arith.addi %v2940, %v2945 : i64
        %v2947 = arith.muli %v2938, %v121 : i64
        %v2948 = arith.addi %v2947, %v2680 : i64
        %v2949 = llvm.getelementptr %in_z[%v2946] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2950 = llvm.load %v2949 : !llvm.ptr -> f32
        %v2951 = arith.addi %v2679, %v395 : i64
        %v2952 = arith.constant true
        %v2953 = arith.addi %v1169, %v2951 : i64
        %v2954 = llvm.getelementptr %v37[%v2953] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2955 = llvm.load %v2954 : !llvm.ptr<3> -> i64
        %v2956 = arith.addi %v1714, %v2680 : i64
        %v2957 = arith.cmpi slt, %v2956, %v105 : i64
        %v2958 = arith.subi %size_L, %v2 : i64
        %v2959 = arith.minsi %v2956, %v2958 : i64
        %v2960 = arith.subi %v118, %v2959 : i64
        %v2961 = arith.addi %v2955, %v2960 : i64
        %v2962 = arith.muli %v2953, %v121 : i64
        %v2963 = arith.addi %v2962, %v2680 : i64
        %v2964 = llvm.getelementptr %in_z[%v2961] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2965 = llvm.load %v2964 : !llvm.ptr -> f32
        %v2966 = arith.addi %v2679, %v411 : i64
        %v2967 = arith.constant true
        %v2968 = arith.addi %v1169, %v2966 : i64
        %v2969 = llvm.getelementptr %v37[%v2968] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2970 = llvm.load %v2969 : !llvm.ptr<3> -> i64
        %v2971 = arith.addi %v1714, %v2680 : i64
        %v2972 = arith.cmpi slt, %v2971, %v105 : i64
        %v2973 = arith.subi %size_L, %v2 : i64
        %v2974 = arith.minsi %v2971, %v2973 : i64
        %v2975 = arith.subi %v118, %v2974 : i64
        %v2976 = arith.addi %v2970, %v2975 : i64
        %v2977 = arith.muli %v2968, %v121 : i64
        %v2978 = arith.addi %v2977, %v2680 : i64
        %v2979 = llvm.getelementptr %in_z[%v2976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2980 = llvm.load %v2979 : !llvm.ptr -> f32
        %v2981 = arith.addi %v2679, %v427 : i64
        %v2982 = arith.constant true
        %v2983 = arith.addi %v1169, %v2981 : i64
        %v2984 = llvm.getelementptr %v37[%v2983] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v2985 = llvm.load %v2984 : !llvm.ptr<3> -> i64
        %v2986 = arith.addi %v1714, %v2680 : i64
        %v2987 = arith.cmpi slt, %v2986, %v105 : i64
        %v2988 = arith.subi %size_L, %v2 : i64
        %v2989 = arith.minsi %v2986, %v2988 : i64
        %v2990 = arith.subi %v118, %v2989 : i64
        %v2991 = arith.addi %v2985, %v2990 : i64
        %v2992 = arith.muli %v2983, %v121 : i64
        %v2993 = arith.addi %v2992, %v2680 : i64
        %v2994 = llvm.getelementptr %in_z[%v2991] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v2995 = llvm.load %v2994 : !llvm.ptr -> f32
        %v2996 = arith.addi %v2679, %v443 : i64
        %v2997 = arith.constant true
        %v2998 = arith.addi %v1169, %v2996 : i64
        %v2999 = llvm.getelementptr %v37[%v2998] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3000 = llvm.load %v2999 : !llvm.ptr<3> -> i64
        %v3001 = arith.addi %v1714, %v2680 : i64
        %v3002 = arith.cmpi slt, %v3001, %v105 : i64
        %v3003 = arith.subi %size_L, %v2 : i64
        %v3004 = arith.minsi %v3001, %v3003 : i64
        %v3005 = arith.subi %v118, %v3004 : i64
        %v3006 = arith.addi %v3000, %v3005 : i64
        %v3007 = arith.muli %v2998, %v121 : i64
        %v3008 = arith.addi %v3007, %v2680 : i64
        %v3009 = llvm.getelementptr %in_z[%v3006] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3010 = llvm.load %v3009 : !llvm.ptr -> f32
        %v3011 = arith.addi %v2679, %v459 : i64
        %v3012 = arith.constant true
        %v3013 = arith.addi %v1169, %v3011 : i64
        %v3014 = llvm.getelementptr %v37[%v3013] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3015 = llvm.load %v3014 : !llvm.ptr<3> -> i64
        %v3016 = arith.addi %v1714, %v2680 : i64
        %v3017 = arith.cmpi slt, %v3016, %v105 : i64
        %v3018 = arith.subi %size_L, %v2 : i64
        %v3019 = arith.minsi %v3016, %v3018 : i64
        %v3020 = arith.subi %v118, %v3019 : i64
        %v3021 = arith.addi %v3015, %v3020 : i64
        %v3022 = arith.muli %v3013, %v121 : i64
        %v3023 = arith.addi %v3022, %v2680 : i64
        %v3024 = llvm.getelementptr %in_z[%v3021] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3025 = llvm.load %v3024 : !llvm.ptr -> f32
        %v3026 = arith.addi %v2679, %v475 : i64
        %v3027 = arith.constant true
        %v3028 = arith.addi %v1169, %v3026 : i64
        %v3029 = llvm.getelementptr %v37[%v3028] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3030 = llvm.load %v3029 : !llvm.ptr<3> -> i64
        %v3031 = arith.addi %v1714, %v2680 : i64
        %v3032 = arith.cmpi slt, %v3031, %v105 : i64
        %v3033 = arith.subi %size_L, %v2 : i64
        %v3034 = arith.minsi %v3031, %v3033 : i64
        %v3035 = arith.subi %v118, %v3034 : i64
        %v3036 = arith.addi %v3030, %v3035 : i64
        %v3037 = arith.muli %v3028, %v121 : i64
        %v3038 = arith.addi %v3037, %v2680 : i64
        %v3039 = llvm.getelementptr %in_z[%v3036] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3040 = llvm.load %v3039 : !llvm.ptr -> f32
        %v3041 = arith.addi %v2679, %v491 : i64
        %v3042 = arith.constant true
        %v3043 = arith.addi %v1169, %v3041 : i64
        %v3044 = llvm.getelementptr %v37[%v3043] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3045 = llvm.load %v3044 : !llvm.ptr<3> -> i64
        %v3046 = arith.addi %v1714, %v2680 : i64
        %v3047 = arith.cmpi slt, %v3046, %v105 : i64
        %v3048 = arith.subi %size_L, %v2 : i64
        %v3049 = arith.minsi %v3046, %v3048 : i64
        %v3050 = arith.subi %v118, %v3049 : i64
        %v3051 = arith.addi %v3045, %v3050 : i64
        %v3052 = arith.muli %v3043, %v121 : i64
        %v3053 = arith.addi %v3052, %v2680 : i64
        %v3054 = llvm.getelementptr %in_z[%v3051] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3055 = llvm.load %v3054 : !llvm.ptr -> f32
        %v3056 = arith.addi %v2679, %v507 : i64
        %v3057 = arith.constant true
        %v3058 = arith.addi %v1169, %v3056 : i64
        %v3059 = llvm.getelementptr %v37[%v3058] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3060 = llvm.load %v3059 : !llvm.ptr<3> -> i64
        %v3061 = arith.addi %v1714, %v2680 : i64
        %v3062 = arith.cmpi slt, %v3061, %v105 : i64
        %v3063 = arith.subi %size_L, %v2 : i64
        %v3064 = arith.minsi %v3061, %v3063 : i64
        %v3065 = arith.subi %v118, %v3064 : i64
        %v3066 = arith.addi %v3060, %v3065 : i64
        %v3067 = arith.muli %v3058, %v121 : i64
        %v3068 = arith.addi %v3067, %v2680 : i64
        %v3069 = llvm.getelementptr %in_z[%v3066] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3070 = llvm.load %v3069 : !llvm.ptr -> f32
        %v3071 = arith.addi %v2679, %v523 : i64
        %v3072 = arith.constant true
        %v3073 = arith.addi %v1169, %v3071 : i64
        %v3074 = llvm.getelementptr %v37[%v3073] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3075 = llvm.load %v3074 : !llvm.ptr<3> -> i64
        %v3076 = arith.addi %v1714, %v2680 : i64
        %v3077 = arith.cmpi slt, %v3076, %v105 : i64
        %v3078 = arith.subi %size_L, %v2 : i64
        %v3079 = arith.minsi %v3076, %v3078 : i64
        %v3080 = arith.subi %v118, %v3079 : i64
        %v3081 = arith.addi %v3075, %v3080 : i64
        %v3082 = arith.muli %v3073, %v121 : i64
        %v3083 = arith.addi %v3082, %v2680 : i64
        %v3084 = llvm.getelementptr %in_z[%v3081] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3085 = llvm.load %v3084 : !llvm.ptr -> f32
        %v3086 = arith.addi %v2679, %v539 : i64
        %v3087 = arith.constant true
        %v3088 = arith.addi %v1169, %v3086 : i64
        %v3089 = llvm.getelementptr %v37[%v3088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3090 = llvm.load %v3089 : !llvm.ptr<3> -> i64
        %v3091 = arith.addi %v1714, %v2680 : i64
        %v3092 = arith.cmpi slt, %v3091, %v105 : i64
        %v3093 = arith.subi %size_L, %v2 : i64
        %v3094 = arith.minsi %v3091, %v3093 : i64
        %v3095 = arith.subi %v118, %v3094 : i64
        %v3096 = arith.addi %v3090, %v3095 : i64
        %v3097 = arith.muli %v3088, %v121 : i64
        %v3098 = arith.addi %v3097, %v2680 : i64
        %v3099 = llvm.getelementptr %in_z[%v3096] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3100 = llvm.load %v3099 : !llvm.ptr -> f32
        %v3101 = arith.addi %v2679, %v555 : i64
        %v3102 = arith.constant true
        %v3103 = arith.addi %v1169, %v3101 : i64
        %v3104 = llvm.getelementptr %v37[%v3103] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3105 = llvm.load %v3104 : !llvm.ptr<3> -> i64
        %v3106 = arith.addi %v1714, %v2680 : i64
        %v3107 = arith.cmpi slt, %v3106, %v105 : i64
        %v3108 = arith.subi %size_L, %v2 : i64
        %v3109 = arith.minsi %v3106, %v3108 : i64
        %v3110 = arith.subi %v118, %v3109 : i64
        %v3111 = arith.addi %v3105, %v3110 : i64
        %v3112 = arith.muli %v3103, %v121 : i64
        %v3113 = arith.addi %v3112, %v2680 : i64
        %v3114 = llvm.getelementptr %in_z[%v3111] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3115 = llvm.load %v3114 : !llvm.ptr -> f32
        %v3116 = arith.addi %v2679, %v571 : i64
        %v3117 = arith.constant true
        %v3118 = arith.addi %v1169, %v3116 : i64
        %v3119 = llvm.getelementptr %v37[%v3118] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3120 = llvm.load %v3119 : !llvm.ptr<3> -> i64
        %v3121 = arith.addi %v1714, %v2680 : i64
        %v3122 = arith.cmpi slt, %v3121, %v105 : i64
        %v3123 = arith.subi %size_L, %v2 : i64
        %v3124 = arith.minsi %v3121, %v3123 : i64
        %v3125 = arith.subi %v118, %v3124 : i64
        %v3126 = arith.addi %v3120, %v3125 : i64
        %v3127 = arith.muli %v3118, %v121 : i64
        %v3128 = arith.addi %v3127, %v2680 : i64
        %v3129 = llvm.getelementptr %in_z[%v3126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3130 = llvm.load %v3129 : !llvm.ptr -> f32
        %v3131 = arith.addi %v2679, %v587 : i64
        %v3132 = arith.constant true
        %v3133 = arith.addi %v1169, %v3131 : i64
        %v3134 = llvm.getelementptr %v37[%v3133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3135 = llvm.load %v3134 : !llvm.ptr<3> -> i64
        %v3136 = arith.addi %v1714, %v2680 : i64
        %v3137 = arith.cmpi slt, %v3136, %v105 : i64
        %v3138 = arith.subi %size_L, %v2 : i64
        %v3139 = arith.minsi %v3136, %v3138 : i64
        %v3140 = arith.subi %v118, %v3139 : i64
        %v3141 = arith.addi %v3135, %v3140 : i64
        %v3142 = arith.muli %v3133, %v121 : i64
        %v3143 = arith.addi %v3142, %v2680 : i64
        %v3144 = llvm.getelementptr %in_z[%v3141] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3145 = llvm.load %v3144 : !llvm.ptr -> f32
        %v3146 = arith.addi %v2679, %v603 : i64
        %v3147 = arith.constant true
        %v3148 = arith.addi %v1169, %v3146 : i64
        %v3149 = llvm.getelementptr %v37[%v3148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, i64
        %v3150 = llvm.load %v3149 : !llvm.ptr<3> -> i64
        %v3151 = arith.addi %v1714, %v2680 : i64
        %v3152 = arith.cmpi slt, %v3151, %v105 : i64
        %v3153 = arith.subi %size_L, %v2 : i64
        %v3154 = arith.minsi %v3151, %v3153 : i64
        %v3155 = arith.subi %v118, %v3154 : i64
        %v3156 = arith.addi %v3150, %v3155 : i64
        %v3157 = arith.muli %v3148, %v121 : i64
        %v3158 = arith.addi %v3157, %v2680 : i64
        %v3159 = llvm.getelementptr %in_z[%v3156] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v3160 = llvm.load %v3159 : !llvm.ptr -> f32
        %v3161 = arith.divui %v1713, %v97 : i64
        %v3162 = arith.index_cast %v73 : i64 to index
        %v3163 = arith.index_cast %v3161 : i64 to index
        %v3164 = arith.index_cast %v2 : i64 to index
        scf.for %v3165 = %v3162 to %v3163 step %v3164 {
          %v3166 = arith.index_cast %v3165 : index to i64
          %v3167 = arith.muli %v3166, %v97 : i64
          %v3168 = arith.addi %v3167, %v73 : i64
          %v3169 = arith.addi %v3167, %v2 : i64
          %v3170 = arith.addi %v1684, %v3168 : i64
          %v3171 = arith.muli %v73, %v1708 : i64
          %v3172 = arith.subi %v3170, %v1684 : i64
          %v3173 = arith.addi %v3171, %v3172 : i64
          %v3174 = llvm.getelementptr %v72[%v3173] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3175 = llvm.load %v3174 : !llvm.ptr -> f32
          %v3176 = arith.muli %v2, %v1708 : i64
          %v3177 = arith.subi %v3170, %v1684 : i64
          %v3178 = arith.addi %v3176, %v3177 : i64
          %v3179 = llvm.getelementptr %v72[%v3178] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3180 = llvm.load %v3179 : !llvm.ptr -> f32
          %v3181 = arith.muli %v97, %v1708 : i64
          %v3182 = arith.subi %v3170, %v1684 : i64
          %v3183 = arith.addi %v3181, %v3182 : i64
          %v3184 = llvm.getelementptr %v72[%v3183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3185 = llvm.load %v3184 : !llvm.ptr -> f32
          %v3187 = arith.muli %v3186, %v1708 : i64
          %v3188 = arith.subi %v3170, %v1684 : i64
          %v3189 = arith.addi %v3187, %v3188 : i64
          %v3190 = llvm.getelementptr %v72[%v3189] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3191 = llvm.load %v3190 : !llvm.ptr -> f32
          %v3192 = arith.muli %v141, %v1708 : i64
          %v3193 = arith.subi %v3170, %v1684 : i64
          %v3194 = arith.addi %v3192, %v3193 : i64
          %v3195 = llvm.getelementptr %v72[%v3194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3196 = llvm.load %v3195 : !llvm.ptr -> f32
          %v3198 = arith.muli %v3197, %v1708 : i64
          %v3199 = arith.subi %v3170, %v1684 : i64
          %v3200 = arith.addi %v3198, %v3199 : i64
          %v3201 = llvm.getelementptr %v72[%v3200] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3202 = llvm.load %v3201 : !llvm.ptr -> f32
          %v3203 = arith.muli %v157, %v1708 : i64
          %v3204 = arith.subi %v3170, %v1684 : i64
          %v3205 = arith.addi %v3203, %v3204 : i64
          %v3206 = llvm.getelementptr %v72[%v3205] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3207 = llvm.load %v3206 : !llvm.ptr -> f32
          %v3209 = arith.muli %v3208, %v1708 : i64
          %v3210 = arith.subi %v3170, %v1684 : i64
          %v3211 = arith.addi %v3209, %v3210 : i64
          %v3212 = llvm.getelementptr %v72[%v3211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3213 = llvm.load %v3212 : !llvm.ptr -> f32
          %v3214 = arith.muli %v173, %v1708 : i64
          %v3215 = arith.subi %v3170, %v1684 : i64
          %v3216 = arith.addi %v3214, %v3215 : i64
          %v3217 = llvm.getelementptr %v72[%v3216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3218 = llvm.load %v3217 : !llvm.ptr -> f32
          %v3220 = arith.muli %v3219, %v1708 : i64
          %v3221 = arith.subi %v3170, %v1684 : i64
          %v3222 = arith.addi %v3220, %v3221 : i64
          %v3223 = llvm.getelementptr %v72[%v3222] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3224 = llvm.load %v3223 : !llvm.ptr -> f32
          %v3225 = arith.muli %v189, %v1708 : i64
          %v3226 = arith.subi %v3170, %v1684 : i64
          %v3227 = arith.addi %v3225, %v3226 : i64
          %v3228 = llvm.getelementptr %v72[%v3227] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3229 = llvm.load %v3228 : !llvm.ptr -> f32
          %v3231 = arith.muli %v3230, %v1708 : i64
          %v3232 = arith.subi %v3170, %v1684 : i64
          %v3233 = arith.addi %v3231, %v3232 : i64
          %v3234 = llvm.getelementptr %v72[%v3233] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3235 = llvm.load %v3234 : !llvm.ptr -> f32
          %v3236 = arith.muli %v205, %v1708 : i64
          %v3237 = arith.subi %v3170, %v1684 : i64
          %v3238 = arith.addi %v3236, %v3237 : i64
          %v3239 = llvm.getelementptr %v72[%v3238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3240 = llvm.load %v3239 : !llvm.ptr -> f32
          %v3242 = arith.muli %v3241, %v1708 : i64
          %v3243 = arith.subi %v3170, %v1684 : i64
          %v3244 = arith.addi %v3242, %v3243 : i64
          %v3245 = llvm.getelementptr %v72[%v3244] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3246 = llvm.load %v3245 : !llvm.ptr -> f32
          %v3247 = arith.muli %v221, %v1708 : i64
          %v3248 = arith.subi %v3170, %v1684 : i64
          %v3249 = arith.addi %v3247, %v3248 : i64
          %v3250 = llvm.getelementptr %v72[%v3249] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3251 = llvm.load %v3250 : !llvm.ptr -> f32
          %v3253 = arith.muli %v3252, %v1708 : i64
          %v3254 = arith.subi %v3170, %v1684 : i64
          %v3255 = arith.addi %v3253, %v3254 : i64
          %v3256 = llvm.getelementptr %v72[%v3255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3257 = llvm.load %v3256 : !llvm.ptr -> f32
          %v3258 = arith.addi %v1684, %v3169 : i64
          %v3259 = arith.muli %v73, %v1708 : i64
          %v3260 = arith.subi %v3258, %v1684 : i64
          %v3261 = arith.addi %v3259, %v3260 : i64
          %v3262 = llvm.getelementptr %v72[%v3261] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3263 = llvm.load %v3262 : !llvm.ptr -> f32
          %v3264 = arith.muli %v2, %v1708 : i64
          %v3265 = arith.subi %v3258, %v1684 : i64
          %v3266 = arith.addi %v3264, %v3265 : i64
          %v3267 = llvm.getelementptr %v72[%v3266] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3268 = llvm.load %v3267 : !llvm.ptr -> f32
          %v3269 = arith.muli %v97, %v1708 : i64
          %v3270 = arith.subi %v3258, %v1684 : i64
          %v3271 = arith.addi %v3269, %v3270 : i64
          %v3272 = llvm.getelementptr %v72[%v3271] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3273 = llvm.load %v3272 : !llvm.ptr -> f32
          %v3274 = arith.muli %v3186, %v1708 : i64
          %v3275 = arith.subi %v3258, %v1684 : i64
          %v3276 = arith.addi %v3274, %v3275 : i64
          %v3277 = llvm.getelementptr %v72[%v3276] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3278 = llvm.load %v3277 : !llvm.ptr -> f32
          %v3279 = arith.muli %v141, %v1708 : i64
          %v3280 = arith.subi %v3258, %v1684 : i64
          %v3281 = arith.addi %v3279, %v3280 : i64
          %v3282 = llvm.getelementptr %v72[%v3281] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3283 = llvm.load %v3282 : !llvm.ptr -> f32
          %v3284 = arith.muli %v3197, %v1708 : i64
          %v3285 = arith.subi %v3258, %v1684 : i64
          %v3286 = arith.addi %v3284, %v3285 : i64
          %v3287 = llvm.getelementptr %v72[%v3286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3288 = llvm.load %v3287 : !llvm.ptr -> f32
          %v3289 = arith.muli %v157, %v1708 : i64
          %v3290 = arith.subi %v3258, %v1684 : i64
          %v3291 = arith.addi %v3289, %v3290 : i64
          %v3292 = llvm.getelementptr %v72[%v3291] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3293 = llvm.load %v3292 : !llvm.ptr -> f32
          %v3294 = arith.muli %v3208, %v1708 : i64
          %v3295 = arith.subi %v3258, %v1684 : i64
          %v3296 = arith.addi %v3294, %v3295 : i64
          %v3297 = llvm.getelementptr %v72[%v3296] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3298 = llvm.load %v3297 : !llvm.ptr -> f32
          %v3299 = arith.muli %v173, %v1708 : i64
          %v3300 = arith.subi %v3258, %v1684 : i64
          %v3301 = arith.addi %v3299, %v3300 : i64
          %v3302 = llvm.getelementptr %v72[%v3301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3303 = llvm.load %v3302 : !llvm.ptr -> f32
          %v3304 = arith.muli %v3219, %v1708 : i64
          %v3305 = arith.subi %v3258, %v1684 : i64
          %v3306 = arith.addi %v3304, %v3305 : i64
          %v3307 = llvm.getelementptr %v72[%v3306] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3308 = llvm.load %v3307 : !llvm.ptr -> f32
          %v3309 = arith.muli %v189, %v1708 : i64
          %v3310 = arith.subi %v3258, %v1684 : i64
          %v3311 = arith.addi %v3309, %v3310 : i64
          %v3312 = llvm.getelementptr %v72[%v3311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3313 = llvm.load %v3312 : !llvm.ptr -> f32
          %v3314 = arith.muli %v3230, %v1708 : i64
          %v3315 = arith.subi %v3258, %v1684 : i64
          %v3316 = arith.addi %v3314, %v3315 : i64
          %v3317 = llvm.getelementptr %v72[%v3316] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3318 = llvm.load %v3317 : !llvm.ptr -> f32
          %v3319 = arith.muli %v205, %v1708 : i64
          %v3320 = arith.subi %v3258, %v1684 : i64
          %v3321 = arith.addi %v3319, %v3320 : i64
          %v3322 = llvm.getelementptr %v72[%v3321] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3323 = llvm.load %v3322 : !llvm.ptr -> f32
          %v3324 = arith.muli %v3241, %v1708 : i64
          %v3325 = arith.subi %v3258, %v1684 : i64
          %v3326 = arith.addi %v3324, %v3325 : i64
          %v3327 = llvm.getelementptr %v72[%v3326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3328 = llvm.load %v3327 : !llvm.ptr -> f32
          %v3329 = arith.muli %v221, %v1708 : i64
          %v3330 = arith.subi %v3258, %v1684 : i64
          %v3331 = arith.addi %v3329, %v3330 : i64
          %v3332 = llvm.getelementptr %v72[%v3331] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3333 = llvm.load %v3332 : !llvm.ptr -> f32
          %v3334 = arith.muli %v3252, %v1708 : i64
          %v3335 = arith.subi %v3258, %v1684 : i64
          %v3336 = arith.addi %v3334, %v3335 : i64
          %v3337 = llvm.getelementptr %v72[%v3336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3338 = llvm.load %v3337 : !llvm.ptr -> f32
          %v3339 = arith.addi %v1684, %v3168 : i64
          %v3346 = arith.muli %v2, %v47 : i64
          %v3347 = arith.addi %v3346, %v45 : i64
          %v3348 = arith.muli %v3347, %v121 : i64
          %v3349 = arith.addi %v3348, %v3168 : i64
          %v3350 = llvm.getelementptr %v38[%v3349] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3351 = llvm.load %v3350 : !llvm.ptr<3> -> f32
          %v3355 = arith.addf %v3351, %v3354 fastmath<contract> : f32
          %v3356 = arith.maximumf %v3355, %v101 : f32
          %v3357 = llvm.call_intrinsic "llvm.fabs.f32"(%v3355) : (f32) -> f32
          %v3358 = arith.negf %v3357 : f32
          %v3359 = arith.mulf %v3358, %v3344 fastmath<contract> : f32
          %v3360 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3359) : (f32) -> f32
          %v3361 = arith.addf %v102, %v3360 fastmath<contract> : f32
          %v3362 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3361) : (f32) -> f32
          %v3364 = arith.mulf %v3362, %v3363 fastmath<contract> : f32
          %v3366 = arith.mulf %v3365, %v3360 fastmath<contract> : f32
          %v3368 = arith.addf %v3366, %v3367 fastmath<contract> : f32
          %v3369 = arith.mulf %v3368, %v3360 fastmath<contract> : f32
          %v3371 = arith.addf %v3369, %v3370 fastmath<contract> : f32
          %v3372 = arith.mulf %v3371, %v3360 fastmath<contract> : f32
          %v3374 = arith.addf %v3372, %v3373 fastmath<contract> : f32
          %v3375 = arith.mulf %v3374, %v3360 fastmath<contract> : f32
          %v3377 = arith.addf %v3375, %v3376 fastmath<contract> : f32
          %v3378 = arith.mulf %v3377, %v3360 fastmath<contract> : f32
          %v3380 = arith.addf %v3378, %v3379 fastmath<contract> : f32
          %v3381 = arith.mulf %v3380, %v3360 fastmath<contract> : f32
          %v3382 = arith.addf %v3381, %v102 fastmath<contract> : f32
          %v3383 = arith.mulf %v3382, %v3360 fastmath<contract> : f32
          %v3384 = llvm.call_intrinsic "llvm.fabs.f32"(%v3360) : (f32) -> f32
          %v3386 = arith.cmpf olt, %v3384, %v3385 : f32
          %v3387 = arith.select %v3386, %v3383, %v3364 : f32
          %v3388 = arith.addf %v3356, %v3387 fastmath<contract> : f32
          %v3389 = arith.mulf %v3388, %v3345 fastmath<contract> : f32
          %v3390 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3389) : (f32) -> f32
          %v3391 = arith.muli %v73, %v47 : i64
          %v3392 = arith.addi %v3391, %v45 : i64
          %v3393 = arith.muli %v3392, %v121 : i64
          %v3394 = arith.addi %v3393, %v3168 : i64
          %v3395 = llvm.getelementptr %v38[%v3394] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3396 = llvm.load %v3395 : !llvm.ptr<3> -> f32
          %v3397 = arith.mulf %v3388, %v3396 fastmath<contract> : f32
          %v3398 = arith.mulf %v3175, %v3397 fastmath<contract> : f32
          %v3399 = llvm.load %v5 : !llvm.ptr -> f32
          %v3400 = arith.mulf %v3390, %v3399 fastmath<contract> : f32
          %v3401 = arith.addf %v3400, %v3398 fastmath<contract> : f32
          %v3402 = llvm.load %v21 : !llvm.ptr -> f32
          %v3403 = arith.mulf %v3390, %v3402 fastmath<contract> : f32
          %v3411 = arith.mulf %v3388, %v3410 fastmath<contract> : f32
          %v3412 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3411) : (f32) -> f32
          %v3413 = arith.mulf %v3180, %v3397 fastmath<contract> : f32
          %v3414 = llvm.load %v6 : !llvm.ptr -> f32
          %v3415 = arith.mulf %v3412, %v3414 fastmath<contract> : f32
          %v3416 = arith.addf %v3415, %v3413 fastmath<contract> : f32
          %v3417 = llvm.load %v22 : !llvm.ptr -> f32
          %v3418 = arith.mulf %v3412, %v3417 fastmath<contract> : f32
          %v3426 = arith.mulf %v3388, %v3425 fastmath<contract> : f32
          %v3427 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3426) : (f32) -> f32
          %v3428 = arith.mulf %v3185, %v3397 fastmath<contract> : f32
          %v3429 = llvm.load %v7 : !llvm.ptr -> f32
          %v3430 = arith.mulf %v3427, %v3429 fastmath<contract> : f32
          %v3431 = arith.addf %v3430, %v3428 fastmath<contract> : f32
          %v3432 = llvm.load %v23 : !llvm.ptr -> f32
          %v3433 = arith.mulf %v3427, %v3432 fastmath<contract> : f32
          %v3441 = arith.mulf %v3388, %v3440 fastmath<contract> : f32
          %v3442 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3441) : (f32) -> f32
          %v3443 = arith.mulf %v3191, %v3397 fastmath<contract> : f32
          %v3444 = llvm.load %v8 : !llvm.ptr -> f32
          %v3445 = arith.mulf %v3442, %v3444 fastmath<contract> : f32
          %v3446 = arith.addf %v3445, %v3443 fastmath<contract> : f32
          %v3447 = llvm.load %v24 : !llvm.ptr -> f32
          %v3448 = arith.mulf %v3442, %v3447 fastmath<contract> : f32
          %v3456 = arith.mulf %v3388, %v3455 fastmath<contract> : f32
          %v3457 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3456) : (f32) -> f32
          %v3458 = arith.mulf %v3196, %v3397 fastmath<contract> : f32
          %v3459 = llvm.load %v9 : !llvm.ptr -> f32
          %v3460 = arith.mulf %v3457, %v3459 fastmath<contract> : f32
          %v3461 = arith.addf %v3460, %v3458 fastmath<contract> : f32
          %v3462 = llvm.load %v25 : !llvm.ptr -> f32
          %v3463 = arith.mulf %v3457, %v3462 fastmath<contract> : f32
          %v3471 = arith.mulf %v3388, %v3470 fastmath<contract> : f32
          %v3472 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3471) : (f32) -> f32
          %v3473 = arith.mulf %v3202, %v3397 fastmath<contract> : f32
          %v3474 = llvm.load %v10 : !llvm.ptr -> f32
          %v3475 = arith.mulf %v3472, %v3474 fastmath<contract> : f32
          %v3476 = arith.addf %v3475, %v3473 fastmath<contract> : f32
          %v3477 = llvm.load %v26 : !llvm.ptr -> f32
          %v3478 = arith.mulf %v3472, %v3477 fastmath<contract> : f32
          %v3486 = arith.mulf %v3388, %v3485 fastmath<contract> : f32
          %v3487 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3486) : (f32) -> f32
          %v3488 = arith.mulf %v3207, %v3397 fastmath<contract> : f32
          %v3489 = llvm.load %v11 : !llvm.ptr -> f32
          %v3490 = arith.mulf %v3487, %v3489 fastmath<contract> : f32
          %v3491 = arith.addf %v3490, %v3488 fastmath<contract> : f32
          %v3492 = llvm.load %v27 : !llvm.ptr -> f32
          %v3493 = arith.mulf %v3487, %v3492 fastmath<contract> : f32
          %v3501 = arith.mulf %v3388, %v3500 fastmath<contract> : f32
          %v3502 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3501) : (f32) -> f32
          %v3503 = arith.mulf %v3213, %v3397 fastmath<contract> : f32
          %v3504 = llvm.load %v12 : !llvm.ptr -> f32
          %v3505 = arith.mulf %v3502, %v3504 fastmath<contract> : f32
          %v3506 = arith.addf %v3505, %v3503 fastmath<contract> : f32
          %v3507 = llvm.load %v28 : !llvm.ptr -> f32
          %v3508 = arith.mulf %v3502, %v3507 fastmath<contract> : f32
          %v3516 = arith.mulf %v3388, %v3515 fastmath<contract> : f32
          %v3517 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3516) : (f32) -> f32
          %v3518 = arith.mulf %v3218, %v3397 fastmath<contract> : f32
          %v3519 = llvm.load %v13 : !llvm.ptr -> f32
          %v3520 = arith.mulf %v3517, %v3519 fastmath<contract> : f32
          %v3521 = arith.addf %v3520, %v3518 fastmath<contract> : f32
          %v3522 = llvm.load %v29 : !llvm.ptr -> f32
          %v3523 = arith.mulf %v3517, %v3522 fastmath<contract> : f32
          %v3531 = arith.mulf %v3388, %v3530 fastmath<contract> : f32
          %v3532 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3531) : (f32) -> f32
          %v3533 = arith.mulf %v3224, %v3397 fastmath<contract> : f32
          %v3534 = llvm.load %v14 : !llvm.ptr -> f32
          %v3535 = arith.mulf %v3532, %v3534 fastmath<contract> : f32
          %v3536 = arith.addf %v3535, %v3533 fastmath<contract> : f32
          %v3537 = llvm.load %v30 : !llvm.ptr -> f32
          %v3538 = arith.mulf %v3532, %v3537 fastmath<contract> : f32
          %v3546 = arith.mulf %v3388, %v3545 fastmath<contract> : f32
          %v3547 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3546) : (f32) -> f32
          %v3548 = arith.mulf %v3229, %v3397 fastmath<contract> : f32
          %v3549 = llvm.load %v15 : !llvm.ptr -> f32
          %v3550 = arith.mulf %v3547, %v3549 fastmath<contract> : f32
          %v3551 = arith.addf %v3550, %v3548 fastmath<contract> : f32
          %v3552 = llvm.load %v31 : !llvm.ptr -> f32
          %v3553 = arith.mulf %v3547, %v3552 fastmath<contract> : f32
          %v3561 = arith.mulf %v3388, %v3560 fastmath<contract> : f32
          %v3562 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3561) : (f32) -> f32
          %v3563 = arith.mulf %v3235, %v3397 fastmath<contract> : f32
          %v3564 = llvm.load %v16 : !llvm.ptr -> f32
          %v3565 = arith.mulf %v3562, %v3564 fastmath<contract> : f32
          %v3566 = arith.addf %v3565, %v3563 fastmath<contract> : f32
          %v3567 = llvm.load %v32 : !llvm.ptr -> f32
          %v3568 = arith.mulf %v3562, %v3567 fastmath<contract> : f32
          %v3576 = arith.mulf %v3388, %v3575 fastmath<contract> : f32
          %v3577 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3576) : (f32) -> f32
          %v3578 = arith.mulf %v3240, %v3397 fastmath<contract> : f32
          %v3579 = llvm.load %v17 : !llvm.ptr -> f32
          %v3580 = arith.mulf %v3577, %v3579 fastmath<contract> : f32
          %v3581 = arith.addf %v3580, %v3578 fastmath<contract> : f32
          %v3582 = llvm.load %v33 : !llvm.ptr -> f32
          %v3583 = arith.mulf %v3577, %v3582 fastmath<contract> : f32
          %v3591 = arith.mulf %v3388, %v3590 fastmath<contract> : f32
          %v3592 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3591) : (f32) -> f32
          %v3593 = arith.mulf %v3246, %v3397 fastmath<contract> : f32
          %v3594 = llvm.load %v18 : !llvm.ptr -> f32
          %v3595 = arith.mulf %v3592, %v3594 fastmath<contract> : f32
          %v3596 = arith.addf %v3595, %v3593 fastmath<contract> : f32
          %v3597 = llvm.load %v34 : !llvm.ptr -> f32
          %v3598 = arith.mulf %v3592, %v3597 fastmath<contract> : f32
          %v3606 = arith.mulf %v3388, %v3605 fastmath<contract> : f32
          %v3607 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3606) : (f32) -> f32
          %v3608 = arith.mulf %v3251, %v3397 fastmath<contract> : f32
          %v3609 = llvm.load %v19 : !llvm.ptr -> f32
          %v3610 = arith.mulf %v3607, %v3609 fastmath<contract> : f32
          %v3611 = arith.addf %v3610, %v3608 fastmath<contract> : f32
          %v3612 = llvm.load %v35 : !llvm.ptr -> f32
          %v3613 = arith.mulf %v3607, %v3612 fastmath<contract> : f32
          %v3621 = arith.mulf %v3388, %v3620 fastmath<contract> : f32
          %v3622 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3621) : (f32) -> f32
          %v3623 = arith.mulf %v3257, %v3397 fastmath<contract> : f32
          %v3624 = llvm.load %v20 : !llvm.ptr -> f32
          %v3625 = arith.mulf %v3622, %v3624 fastmath<contract> : f32
          %v3626 = arith.addf %v3625, %v3623 fastmath<contract> : f32
          %v3627 = llvm.load %v36 : !llvm.ptr -> f32
          %v3628 = arith.mulf %v3622, %v3627 fastmath<contract> : f32
          llvm.store %v3401, %v5 : f32, !llvm.ptr
          llvm.store %v3403, %v21 : f32, !llvm.ptr
          llvm.store %v3416, %v6 : f32, !llvm.ptr
          llvm.store %v3418, %v22 : f32, !llvm.ptr
          llvm.store %v3431, %v7 : f32, !llvm.ptr
          llvm.store %v3433, %v23 : f32, !llvm.ptr
          llvm.store %v3446, %v8 : f32, !llvm.ptr
          llvm.store %v3448, %v24 : f32, !llvm.ptr
          llvm.store %v3461, %v9 : f32, !llvm.ptr
          llvm.store %v3463, %v25 : f32, !llvm.ptr
          llvm.store %v3476, %v10 : f32, !llvm.ptr
          llvm.store %v3478, %v26 : f32, !llvm.ptr
          llvm.store %v3491, %v11 : f32, !llvm.ptr
          llvm.store %v3493, %v27 : f32, !llvm.ptr
          llvm.store %v3506, %v12 : f32, !llvm.ptr
          llvm.store %v3508, %v28 : f32, !llvm.ptr
          llvm.store %v3521, %v13 : f32, !llvm.ptr
          llvm.store %v3523, %v29 : f32, !llvm.ptr
          llvm.store %v3536, %v14 : f32, !llvm.ptr
          llvm.store %v3538, %v30 : f32, !llvm.ptr
          llvm.store %v3551, %v15 : f32, !llvm.ptr
          llvm.store %v3553, %v31 : f32, !llvm.ptr
          llvm.store %v3566, %v16 : f32, !llvm.ptr
          llvm.store %v3568, %v32 : f32, !llvm.ptr
          llvm.store %v3581, %v17 : f32, !llvm.ptr
          llvm.store %v3583, %v33 : f32, !llvm.ptr
          llvm.store %v3596, %v18 : f32, !llvm.ptr
          llvm.store %v3598, %v34 : f32, !llvm.ptr
          llvm.store %v3611, %v19 : f32, !llvm.ptr
          llvm.store %v3613, %v35 : f32, !llvm.ptr
          llvm.store %v3626, %v20 : f32, !llvm.ptr
          llvm.store %v3628, %v36 : f32, !llvm.ptr
          %v3629 = arith.addi %v1684, %v3169 : i64
          %v3631 = arith.muli %v2, %v47 : i64
          %v3632 = arith.addi %v3631, %v45 : i64
          %v3633 = arith.muli %v3632, %v121 : i64
          %v3634 = arith.addi %v3633, %v3169 : i64
          %v3635 = llvm.getelementptr %v38[%v3634] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3636 = llvm.load %v3635 : !llvm.ptr<3> -> f32
          %v3637 = arith.addf %v3636, %v3354 fastmath<contract> : f32
          %v3638 = arith.maximumf %v3637, %v101 : f32
          %v3639 = llvm.call_intrinsic "llvm.fabs.f32"(%v3637) : (f32) -> f32
          %v3640 = arith.negf %v3639 : f32
          %v3641 = arith.mulf %v3640, %v3344 fastmath<contract> : f32
          %v3642 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3641) : (f32) -> f32
          %v3643 = arith.addf %v102, %v3642 fastmath<contract> : f32
          %v3644 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3643) : (f32) -> f32
          %v3645 = arith.mulf %v3644, %v3363 fastmath<contract> : f32
          %v3646 = arith.mulf %v3365, %v3642 fastmath<contract> : f32
          %v3647 = arith.addf %v3646, %v3367 fastmath<contract> : f32
          %v3648 = arith.mulf %v3647, %v3642 fastmath<contract> : f32
          %v3649 = arith.addf %v3648, %v3370 fastmath<contract> : f32
          %v3650 = arith.mulf %v3649, %v3642 fastmath<contract> : f32
          %v3651 = arith.addf %v3650, %v3373 fastmath<contract> : f32
          %v3652 = arith.mulf %v3651, %v3642 fastmath<contract> : f32
          %v3653 = arith.addf %v3652, %v3376 fastmath<contract> : f32
          %v3654 = arith.mulf %v3653, %v3642 fastmath<contract> : f32
          %v3655 = arith.addf %v3654, %v3379 fastmath<contract> : f32
          %v3656 = arith.mulf %v3655, %v3642 fastmath<contract> : f32
          %v3657 = arith.addf %v3656, %v102 fastmath<contract> : f32
          %v3658 = arith.mulf %v3657, %v3642 fastmath<contract> : f32
          %v3659 = llvm.call_intrinsic "llvm.fabs.f32"(%v3642) : (f32) -> f32
          %v3660 = arith.cmpf olt, %v3659, %v3385 : f32
          %v3661 = arith.select %v3660, %v3658, %v3645 : f32
          %v3662 = arith.addf %v3638, %v3661 fastmath<contract> : f32
          %v3663 = arith.mulf %v3662, %v3630 fastmath<contract> : f32
          %v3664 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3663) : (f32) -> f32
          %v3665 = arith.muli %v73, %v47 : i64
          %v3666 = arith.addi %v3665, %v45 : i64
          %v3667 = arith.muli %v3666, %v121 : i64
          %v3668 = arith.addi %v3667, %v3169 : i64
          %v3669 = llvm.getelementptr %v38[%v3668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3670 = llvm.load %v3669 : !llvm.ptr<3> -> f32
          %v3671 = arith.mulf %v3662, %v3670 fastmath<contract> : f32
          %v3672 = arith.mulf %v3263, %v3671 fastmath<contract> : f32
          %v3673 = llvm.load %v5 : !llvm.ptr -> f32
          %v3674 = arith.mulf %v3664, %v3673 fastmath<contract> : f32
          %v3675 = arith.addf %v3674, %v3672 fastmath<contract> : f32
          %v3676 = llvm.load %v21 : !llvm.ptr -> f32
          %v3677 = arith.mulf %v3664, %v3676 fastmath<contract> : f32
          %v3679 = arith.mulf %v3662, %v3678 fastmath<contract> : f32
          %v3680 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3679) : (f32) -> f32
          %v3681 = arith.mulf %v3268, %v3671 fastmath<contract> : f32
          %v3682 = llvm.load %v6 : !llvm.ptr -> f32
          %v3683 = arith.mulf %v3680, %v3682 fastmath<contract> : f32
          %v3684 = arith.addf %v3683, %v3681 fastmath<contract> : f32
          %v3685 = llvm.load %v22 : !llvm.ptr -> f32
          %v3686 = arith.mulf %v3680, %v3685 fastmath<contract> : f32
          %v3688 = arith.mulf %v3662, %v3687 fastmath<contract> : f32
          %v3689 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3688) : (f32) -> f32
          %v3690 = arith.mulf %v3273, %v3671 fastmath<contract> : f32
          %v3691 = llvm.load %v7 : !llvm.ptr -> f32
          %v3692 = arith.mulf %v3689, %v3691 fastmath<contract> : f32
          %v3693 = arith.addf %v3692, %v3690 fastmath<contract> : f32
          %v3694 = llvm.load %v23 : !llvm.ptr -> f32
          %v3695 = arith.mulf %v3689, %v3694 fastmath<contract> : f32
          %v3697 = arith.mulf %v3662, %v3696 fastmath<contract> : f32
          %v3698 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3697) : (f32) -> f32
          %v3699 = arith.mulf %v3278, %v3671 fastmath<contract> : f32
          %v3700 = llvm.load %v8 : !llvm.ptr -> f32
          %v3701 = arith.mulf %v3698, %v3700 fastmath<contract> : f32
          %v3702 = arith.addf %v3701, %v3699 fastmath<contract> : f32
          %v3703 = llvm.load %v24 : !llvm.ptr -> f32
          %v3704 = arith.mulf %v3698, %v3703 fastmath<contract> : f32
          %v3706 = arith.mulf %v3662, %v3705 fastmath<contract> : f32
          %v3707 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3706) : (f32) -> f32
          %v3708 = arith.mulf %v3283, %v3671 fastmath<contract> : f32
          %v3709 = llvm.load %v9 : !llvm.ptr -> f32
          %v3710 = arith.mulf %v3707, %v3709 fastmath<contract> : f32
          %v3711 = arith.addf %v3710, %v3708 fastmath<contract> : f32
          %v3712 = llvm.load %v25 : !llvm.ptr -> f32
          %v3713 = arith.mulf %v3707, %v3712 fastmath<contract> : f32
          %v3715 = arith.mulf %v3662, %v3714 fastmath<contract> : f32
          %v3716 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3715) : (f32) -> f32
          %v3717 = arith.mulf %v3288, %v3671 fastmath<contract> : f32
          %v3718 = llvm.load %v10 : !llvm.ptr -> f32
          %v3719 = arith.mulf %v3716, %v3718 fastmath<contract> : f32
          %v3720 = arith.addf %v3719, %v3717 fastmath<contract> : f32
          %v3721 = llvm.load %v26 : !llvm.ptr -> f32
          %v3722 = arith.mulf %v3716, %v3721 fastmath<contract> : f32
          %v3724 = arith.mulf %v3662, %v3723 fastmath<contract> : f32
          %v3725 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3724) : (f32) -> f32
          %v3726 = arith.mulf %v3293, %v3671 fastmath<contract> : f32
          %v3727 = llvm.load %v11 : !llvm.ptr -> f32
          %v3728 = arith.mulf %v3725, %v3727 fastmath<contract> : f32
          %v3729 = arith.addf %v3728, %v3726 fastmath<contract> : f32
          %v3730 = llvm.load %v27 : !llvm.ptr -> f32
          %v3731 = arith.mulf %v3725, %v3730 fastmath<contract> : f32
          %v3733 = arith.mulf %v3662, %v3732 fastmath<contract> : f32
          %v3734 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3733) : (f32) -> f32
          %v3735 = arith.mulf %v3298, %v3671 fastmath<contract> : f32
          %v3736 = llvm.load %v12 : !llvm.ptr -> f32
          %v3737 = arith.mulf %v3734, %v3736 fastmath<contract> : f32
          %v3738 = arith.addf %v3737, %v3735 fastmath<contract> : f32
          %v3739 = llvm.load %v28 : !llvm.ptr -> f32
          %v3740 = arith.mulf %v3734, %v3739 fastmath<contract> : f32
          %v3742 = arith.mulf %v3662, %v3741 fastmath<contract> : f32
          %v3743 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3742) : (f32) -> f32
          %v3744 = arith.mulf %v3303, %v3671 fastmath<contract> : f32
          %v3745 = llvm.load %v13 : !llvm.ptr -> f32
          %v3746 = arith.mulf %v3743, %v3745 fastmath<contract> : f32
          %v3747 = arith.addf %v3746, %v3744 fastmath<contract> : f32
          %v3748 = llvm.load %v29 : !llvm.ptr -> f32
          %v3749 = arith.mulf %v3743, %v3748 fastmath<contract> : f32
          %v3751 = arith.mulf %v3662, %v3750 fastmath<contract> : f32
          %v3752 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3751) : (f32) -> f32
          %v3753 = arith.mulf %v3308, %v3671 fastmath<contract> : f32
          %v3754 = llvm.load %v14 : !llvm.ptr -> f32
          %v3755 = arith.mulf %v3752, %v3754 fastmath<contract> : f32
          %v3756 = arith.addf %v3755, %v3753 fastmath<contract> : f32
          %v3757 = llvm.load %v30 : !llvm.ptr -> f32
          %v3758 = arith.mulf %v3752, %v3757 fastmath<contract> : f32
          %v3760 = arith.mulf %v3662, %v3759 fastmath<contract> : f32
          %v3761 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3760) : (f32) -> f32
          %v3762 = arith.mulf %v3313, %v3671 fastmath<contract> : f32
          %v3763 = llvm.load %v15 : !llvm.ptr -> f32
          %v3764 = arith.mulf %v3761, %v3763 fastmath<contract> : f32
          %v3765 = arith.addf %v3764, %v3762 fastmath<contract> : f32
          %v3766 = llvm.load %v31 : !llvm.ptr -> f32
          %v3767 = arith.mulf %v3761, %v3766 fastmath<contract> : f32
          %v3769 = arith.mulf %v3662, %v3768 fastmath<contract> : f32
          %v3770 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3769) : (f32) -> f32
          %v3771 = arith.mulf %v3318, %v3671 fastmath<contract> : f32
          %v3772 = llvm.load %v16 : !llvm.ptr -> f32
          %v3773 = arith.mulf %v3770, %v3772 fastmath<contract> : f32
          %v3774 = arith.addf %v3773, %v3771 fastmath<contract> : f32
          %v3775 = llvm.load %v32 : !llvm.ptr -> f32
          %v3776 = arith.mulf %v3770, %v3775 fastmath<contract> : f32
          %v3778 = arith.mulf %v3662, %v3777 fastmath<contract> : f32
          %v3779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3778) : (f32) -> f32
          %v3780 = arith.mulf %v3323, %v3671 fastmath<contract> : f32
          %v3781 = llvm.load %v17 : !llvm.ptr -> f32
          %v3782 = arith.mulf %v3779, %v3781 fastmath<contract> : f32
          %v3783 = arith.addf %v3782, %v3780 fastmath<contract> : f32
          %v3784 = llvm.load %v33 : !llvm.ptr -> f32
          %v3785 = arith.mulf %v3779, %v3784 fastmath<contract> : f32
          %v3787 = arith.mulf %v3662, %v3786 fastmath<contract> : f32
          %v3788 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3787) : (f32) -> f32
          %v3789 = arith.mulf %v3328, %v3671 fastmath<contract> : f32
          %v3790 = llvm.load %v18 : !llvm.ptr -> f32
          %v3791 = arith.mulf %v3788, %v3790 fastmath<contract> : f32
          %v3792 = arith.addf %v3791, %v3789 fastmath<contract> : f32
          %v3793 = llvm.load %v34 : !llvm.ptr -> f32
          %v3794 = arith.mulf %v3788, %v3793 fastmath<contract> : f32
          %v3796 = arith.mulf %v3662, %v3795 fastmath<contract> : f32
          %v3797 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3796) : (f32) -> f32
          %v3798 = arith.mulf %v3333, %v3671 fastmath<contract> : f32
          %v3799 = llvm.load %v19 : !llvm.ptr -> f32
          %v3800 = arith.mulf %v3797, %v3799 fastmath<contract> : f32
          %v3801 = arith.addf %v3800, %v3798 fastmath<contract> : f32
          %v3802 = llvm.load %v35 : !llvm.ptr -> f32
          %v3803 = arith.mulf %v3797, %v3802 fastmath<contract> : f32
          %v3805 = arith.mulf %v3662, %v3804 fastmath<contract> : f32
          %v3806 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3805) : (f32) -> f32
          %v3807 = arith.mulf %v3338, %v3671 fastmath<contract> : f32
          %v3808 = llvm.load %v20 : !llvm.ptr -> f32
          %v3809 = arith.mulf %v3806, %v3808 fastmath<contract> : f32
          %v3810 = arith.addf %v3809, %v3807 fastmath<contract> : f32
          %v3811 = llvm.load %v36 : !llvm.ptr -> f32
          %v3812 = arith.mulf %v3806, %v3811 fastmath<contract> : f32
          llvm.store %v3675, %v5 : f32, !llvm.ptr
          llvm.store %v3677, %v21 : f32, !llvm.ptr
          llvm.store %v3684, %v6 : f32, !llvm.ptr
          llvm.store %v3686, %v22 : f32, !llvm.ptr
          llvm.store %v3693, %v7 : f32, !llvm.ptr
          llvm.store %v3695, %v23 : f32, !llvm.ptr
          llvm.store %v3702, %v8 : f32, !llvm.ptr
          llvm.store %v3704, %v24 : f32, !llvm.ptr
          llvm.store %v3711, %v9 : f32, !llvm.ptr
          llvm.store %v3713, %v25 : f32, !llvm.ptr
          llvm.store %v3720, %v10 : f32, !llvm.ptr
          llvm.store %v3722, %v26 : f32, !llvm.ptr
          llvm.store %v3729, %v11 : f32, !llvm.ptr
          llvm.store %v3731, %v27 : f32, !llvm.ptr
          llvm.store %v3738, %v12 : f32, !llvm.ptr
          llvm.store %v3740, %v28 : f32, !llvm.ptr
          llvm.store %v3747, %v13 : f32, !llvm.ptr
          llvm.store %v3749, %v29 : f32, !llvm.ptr
          llvm.store %v3756, %v14 : f32, !llvm.ptr
          llvm.store %v3758, %v30 : f32, !llvm.ptr
          llvm.store %v3765, %v15 : f32, !llvm.ptr
          llvm.store %v3767, %v31 : f32, !llvm.ptr
          llvm.store %v3774, %v16 : f32, !llvm.ptr
          llvm.store %v3776, %v32 : f32, !llvm.ptr
          llvm.store %v3783, %v17 : f32, !llvm.ptr
          llvm.store %v3785, %v33 : f32, !llvm.ptr
          llvm.store %v3792, %v18 : f32, !llvm.ptr
          llvm.store %v3794, %v34 : f32, !llvm.ptr
          llvm.store %v3801, %v19 : f32, !llvm.ptr
          llvm.store %v3803, %v35 : f32, !llvm.ptr
          llvm.store %v3810, %v20 : f32, !llvm.ptr
          llvm.store %v3812, %v36 : f32, !llvm.ptr
        }
        %v3813 = arith.muli %v3161, %v97 : i64
        %v3814 = arith.index_cast %v3813 : i64 to index
        %v3815 = arith.index_cast %v1713 : i64 to index
        %v3816 = arith.index_cast %v2 : i64 to index
        scf.for %v3817 = %v3814 to %v3815 step %v3816 {
          %v3818 = arith.index_cast %v3817 : index to i64
          %v3819 = arith.addi %v1684, %v3818 : i64
          %v3821 = arith.muli %v2, %v47 : i64
          %v3822 = arith.addi %v3821, %v45 : i64
          %v3823 = arith.muli %v3822, %v121 : i64
          %v3824 = arith.addi %v3823, %v3818 : i64
          %v3825 = llvm.getelementptr %v38[%v3824] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3826 = llvm.load %v3825 : !llvm.ptr<3> -> f32
          %v3827 = arith.addf %v3826, %v3354 fastmath<contract> : f32
          %v3828 = arith.maximumf %v3827, %v101 : f32
          %v3829 = llvm.call_intrinsic "llvm.fabs.f32"(%v3827) : (f32) -> f32
          %v3830 = arith.negf %v3829 : f32
          %v3831 = arith.mulf %v3830, %v3344 fastmath<contract> : f32
          %v3832 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3831) : (f32) -> f32
          %v3833 = arith.addf %v102, %v3832 fastmath<contract> : f32
          %v3834 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v3833) : (f32) -> f32
          %v3835 = arith.mulf %v3834, %v3363 fastmath<contract> : f32
          %v3836 = arith.mulf %v3365, %v3832 fastmath<contract> : f32
          %v3837 = arith.addf %v3836, %v3367 fastmath<contract> : f32
          %v3838 = arith.mulf %v3837, %v3832 fastmath<contract> : f32
          %v3839 = arith.addf %v3838, %v3370 fastmath<contract> : f32
          %v3840 = arith.mulf %v3839, %v3832 fastmath<contract> : f32
          %v3841 = arith.addf %v3840, %v3373 fastmath<contract> : f32
          %v3842 = arith.mulf %v3841, %v3832 fastmath<contract> : f32
          %v3843 = arith.addf %v3842, %v3376 fastmath<contract> : f32
          %v3844 = arith.mulf %v3843, %v3832 fastmath<contract> : f32
          %v3845 = arith.addf %v3844, %v3379 fastmath<contract> : f32
          %v3846 = arith.mulf %v3845, %v3832 fastmath<contract> : f32
          %v3847 = arith.addf %v3846, %v102 fastmath<contract> : f32
          %v3848 = arith.mulf %v3847, %v3832 fastmath<contract> : f32
          %v3849 = llvm.call_intrinsic "llvm.fabs.f32"(%v3832) : (f32) -> f32
          %v3850 = arith.cmpf olt, %v3849, %v3385 : f32
          %v3851 = arith.select %v3850, %v3848, %v3835 : f32
          %v3852 = arith.addf %v3828, %v3851 fastmath<contract> : f32
          %v3853 = arith.mulf %v3852, %v3820 fastmath<contract> : f32
          %v3854 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3853) : (f32) -> f32
          %v3855 = arith.muli %v73, %v1708 : i64
          %v3856 = arith.subi %v3819, %v1684 : i64
          %v3857 = arith.addi %v3855, %v3856 : i64
          %v3858 = llvm.getelementptr %v72[%v3857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3859 = llvm.load %v3858 : !llvm.ptr -> f32
          %v3860 = arith.muli %v73, %v47 : i64
          %v3861 = arith.addi %v3860, %v45 : i64
          %v3862 = arith.muli %v3861, %v121 : i64
          %v3863 = arith.addi %v3862, %v3818 : i64
          %v3864 = llvm.getelementptr %v38[%v3863] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
          %v3865 = llvm.load %v3864 : !llvm.ptr<3> -> f32
          %v3866 = arith.mulf %v3852, %v3865 fastmath<contract> : f32
          %v3867 = arith.mulf %v3859, %v3866 fastmath<contract> : f32
          %v3868 = llvm.load %v5 : !llvm.ptr -> f32
          %v3869 = arith.mulf %v3854, %v3868 fastmath<contract> : f32
          %v3870 = arith.addf %v3869, %v3867 fastmath<contract> : f32
          %v3871 = llvm.load %v21 : !llvm.ptr -> f32
          %v3872 = arith.mulf %v3854, %v3871 fastmath<contract> : f32
          %v3874 = arith.mulf %v3852, %v3873 fastmath<contract> : f32
          %v3875 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3874) : (f32) -> f32
          %v3876 = arith.muli %v2, %v1708 : i64
          %v3877 = arith.subi %v3819, %v1684 : i64
          %v3878 = arith.addi %v3876, %v3877 : i64
          %v3879 = llvm.getelementptr %v72[%v3878] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3880 = llvm.load %v3879 : !llvm.ptr -> f32
          %v3881 = arith.mulf %v3880, %v3866 fastmath<contract> : f32
          %v3882 = llvm.load %v6 : !llvm.ptr -> f32
          %v3883 = arith.mulf %v3875, %v3882 fastmath<contract> : f32
          %v3884 = arith.addf %v3883, %v3881 fastmath<contract> : f32
          %v3885 = llvm.load %v22 : !llvm.ptr -> f32
          %v3886 = arith.mulf %v3875, %v3885 fastmath<contract> : f32
          %v3888 = arith.mulf %v3852, %v3887 fastmath<contract> : f32
          %v3889 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3888) : (f32) -> f32
          %v3890 = arith.muli %v97, %v1708 : i64
          %v3891 = arith.subi %v3819, %v1684 : i64
          %v3892 = arith.addi %v3890, %v3891 : i64
          %v3893 = llvm.getelementptr %v72[%v3892] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3894 = llvm.load %v3893 : !llvm.ptr -> f32
          %v3895 = arith.mulf %v3894, %v3866 fastmath<contract> : f32
          %v3896 = llvm.load %v7 : !llvm.ptr -> f32
          %v3897 = arith.mulf %v3889, %v3896 fastmath<contract> : f32
          %v3898 = arith.addf %v3897, %v3895 fastmath<contract> : f32
          %v3899 = llvm.load %v23 : !llvm.ptr -> f32
          %v3900 = arith.mulf %v3889, %v3899 fastmath<contract> : f32
          %v3902 = arith.mulf %v3852, %v3901 fastmath<contract> : f32
          %v3903 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3902) : (f32) -> f32
          %v3904 = arith.muli %v3186, %v1708 : i64
          %v3905 = arith.subi %v3819, %v1684 : i64
          %v3906 = arith.addi %v3904, %v3905 : i64
          %v3907 = llvm.getelementptr %v72[%v3906] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3908 = llvm.load %v3907 : !llvm.ptr -> f32
          %v3909 = arith.mulf %v3908, %v3866 fastmath<contract> : f32
          %v3910 = llvm.load %v8 : !llvm.ptr -> f32
          %v3911 = arith.mulf %v3903, %v3910 fastmath<contract> : f32
          %v3912 = arith.addf %v3911, %v3909 fastmath<contract> : f32
          %v3913 = llvm.load %v24 : !llvm.ptr -> f32
          %v3914 = arith.mulf %v3903, %v3913 fastmath<contract> : f32
          %v3916 = arith.mulf %v3852, %v3915 fastmath<contract> : f32
          %v3917 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3916) : (f32) -> f32
          %v3918 = arith.muli %v141, %v1708 : i64
          %v3919 = arith.subi %v3819, %v1684 : i64
          %v3920 = arith.addi %v3918, %v3919 : i64
          %v3921 = llvm.getelementptr %v72[%v3920] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3922 = llvm.load %v3921 : !llvm.ptr -> f32
          %v3923 = arith.mulf %v3922, %v3866 fastmath<contract> : f32
          %v3924 = llvm.load %v9 : !llvm.ptr -> f32
          %v3925 = arith.mulf %v3917, %v3924 fastmath<contract> : f32
          %v3926 = arith.addf %v3925, %v3923 fastmath<contract> : f32
          %v3927 = llvm.load %v25 : !llvm.ptr -> f32
          %v3928 = arith.mulf %v3917, %v3927 fastmath<contract> : f32
          %v3930 = arith.mulf %v3852, %v3929 fastmath<contract> : f32
          %v3931 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3930) : (f32) -> f32
          %v3932 = arith.muli %v3197, %v1708 : i64
          %v3933 = arith.subi %v3819, %v1684 : i64
          %v3934 = arith.addi %v3932, %v3933 : i64
          %v3935 = llvm.getelementptr %v72[%v3934] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3936 = llvm.load %v3935 : !llvm.ptr -> f32
          %v3937 = arith.mulf %v3936, %v3866 fastmath<contract> : f32
          %v3938 = llvm.load %v10 : !llvm.ptr -> f32
          %v3939 = arith.mulf %v3931, %v3938 fastmath<contract> : f32
          %v3940 = arith.addf %v3939, %v3937 fastmath<contract> : f32
          %v3941 = llvm.load %v26 : !llvm.ptr -> f32
          %v3942 = arith.mulf %v3931, %v3941 fastmath<contract> : f32
          %v3944 = arith.mulf %v3852, %v3943 fastmath<contract> : f32
          %v3945 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3944) : (f32) -> f32
          %v3946 = arith.muli %v157, %v1708 : i64
          %v3947 = arith.subi %v3819, %v1684 : i64
          %v3948 = arith.addi %v3946, %v3947 : i64
          %v3949 = llvm.getelementptr %v72[%v3948] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3950 = llvm.load %v3949 : !llvm.ptr -> f32
          %v3951 = arith.mulf %v3950, %v3866 fastmath<contract> : f32
          %v3952 = llvm.load %v11 : !llvm.ptr -> f32
          %v3953 = arith.mulf %v3945, %v3952 fastmath<contract> : f32
          %v3954 = arith.addf %v3953, %v3951 fastmath<contract> : f32
          %v3955 = llvm.load %v27 : !llvm.ptr -> f32
          %v3956 = arith.mulf %v3945, %v3955 fastmath<contract> : f32
          %v3958 = arith.mulf %v3852, %v3957 fastmath<contract> : f32
          %v3959 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3958) : (f32) -> f32
          %v3960 = arith.muli %v3208, %v1708 : i64
          %v3961 = arith.subi %v3819, %v1684 : i64
          %v3962 = arith.addi %v3960, %v3961 : i64
          %v3963 = llvm.getelementptr %v72[%v3962] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3964 = llvm.load %v3963 : !llvm.ptr -> f32
          %v3965 = arith.mulf %v3964, %v3866 fastmath<contract> : f32
          %v3966 = llvm.load %v12 : !llvm.ptr -> f32
          %v3967 = arith.mulf %v3959, %v3966 fastmath<contract> : f32
          %v3968 = arith.addf %v3967, %v3965 fastmath<contract> : f32
          %v3969 = llvm.load %v28 : !llvm.ptr -> f32
          %v3970 = arith.mulf %v3959, %v3969 fastmath<contract> : f32
          %v3972 = arith.mulf %v3852, %v3971 fastmath<contract> : f32
          %v3973 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3972) : (f32) -> f32
          %v3974 = arith.muli %v173, %v1708 : i64
          %v3975 = arith.subi %v3819, %v1684 : i64
          %v3976 = arith.addi %v3974, %v3975 : i64
          %v3977 = llvm.getelementptr %v72[%v3976] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3978 = llvm.load %v3977 : !llvm.ptr -> f32
          %v3979 = arith.mulf %v3978, %v3866 fastmath<contract> : f32
          %v3980 = llvm.load %v13 : !llvm.ptr -> f32
          %v3981 = arith.mulf %v3973, %v3980 fastmath<contract> : f32
          %v3982 = arith.addf %v3981, %v3979 fastmath<contract> : f32
          %v3983 = llvm.load %v29 : !llvm.ptr -> f32
          %v3984 = arith.mulf %v3973, %v3983 fastmath<contract> : f32
          %v3986 = arith.mulf %v3852, %v3985 fastmath<contract> : f32
          %v3987 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v3986) : (f32) -> f32
          %v3988 = arith.muli %v3219, %v1708 : i64
          %v3989 = arith.subi %v3819, %v1684 : i64
          %v3990 = arith.addi %v3988, %v3989 : i64
          %v3991 = llvm.getelementptr %v72[%v3990] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v3992 = llvm.load %v3991 : !llvm.ptr -> f32
          %v3993 = arith.mulf %v3992, %v3866 fastmath<contract> : f32
          %v3994 = llvm.load %v14 : !llvm.ptr -> f32
          %v3995 = arith.mulf %v3987, %v3994 fastmath<contract> : f32
          %v3996 = arith.addf %v3995, %v3993 fastmath<contract> : f32
          %v3997 = llvm.load %v30 : !llvm.ptr -> f32
          %v3998 = arith.mulf %v3987, %v3997 fastmath<contract> : f32
          %v4000 = arith.mulf %v3852, %v3999 fastmath<contract> : f32
          %v4001 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4000) : (f32) -> f32
          %v4002 = arith.muli %v189, %v1708 : i64
          %v4003 = arith.subi %v3819, %v1684 : i64
          %v4004 = arith.addi %v4002, %v4003 : i64
          %v4005 = llvm.getelementptr %v72[%v4004] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4006 = llvm.load %v4005 : !llvm.ptr -> f32
          %v4007 = arith.mulf %v4006, %v3866 fastmath<contract> : f32
          %v4008 = llvm.load %v15 : !llvm.ptr -> f32
          %v4009 = arith.mulf %v4001, %v4008 fastmath<contract> : f32
          %v4010 = arith.addf %v4009, %v4007 fastmath<contract> : f32
          %v4011 = llvm.load %v31 : !llvm.ptr -> f32
          %v4012 = arith.mulf %v4001, %v4011 fastmath<contract> : f32
          %v4014 = arith.mulf %v3852, %v4013 fastmath<contract> : f32
          %v4015 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4014) : (f32) -> f32
          %v4016 = arith.muli %v3230, %v1708 : i64
          %v4017 = arith.subi %v3819, %v1684 : i64
          %v4018 = arith.addi %v4016, %v4017 : i64
          %v4019 = llvm.getelementptr %v72[%v4018] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4020 = llvm.load %v4019 : !llvm.ptr -> f32
          %v4021 = arith.mulf %v4020, %v3866 fastmath<contract> : f32
          %v4022 = llvm.load %v16 : !llvm.ptr -> f32
          %v4023 = arith.mulf %v4015, %v4022 fastmath<contract> : f32
          %v4024 = arith.addf %v4023, %v4021 fastmath<contract> : f32
          %v4025 = llvm.load %v32 : !llvm.ptr -> f32
          %v4026 = arith.mulf %v4015, %v4025 fastmath<contract> : f32
          %v4028 = arith.mulf %v3852, %v4027 fastmath<contract> : f32
          %v4029 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4028) : (f32) -> f32
          %v4030 = arith.muli %v205, %v1708 : i64
          %v4031 = arith.subi %v3819, %v1684 : i64
          %v4032 = arith.addi %v4030, %v4031 : i64
          %v4033 = llvm.getelementptr %v72[%v4032] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4034 = llvm.load %v4033 : !llvm.ptr -> f32
          %v4035 = arith.mulf %v4034, %v3866 fastmath<contract> : f32
          %v4036 = llvm.load %v17 : !llvm.ptr -> f32
          %v4037 = arith.mulf %v4029, %v4036 fastmath<contract> : f32
          %v4038 = arith.addf %v4037, %v4035 fastmath<contract> : f32
          %v4039 = llvm.load %v33 : !llvm.ptr -> f32
          %v4040 = arith.mulf %v4029, %v4039 fastmath<contract> : f32
          %v4042 = arith.mulf %v3852, %v4041 fastmath<contract> : f32
          %v4043 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4042) : (f32) -> f32
          %v4044 = arith.muli %v3241, %v1708 : i64
          %v4045 = arith.subi %v3819, %v1684 : i64
          %v4046 = arith.addi %v4044, %v4045 : i64
          %v4047 = llvm.getelementptr %v72[%v4046] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4048 = llvm.load %v4047 : !llvm.ptr -> f32
          %v4049 = arith.mulf %v4048, %v3866 fastmath<contract> : f32
          %v4050 = llvm.load %v18 : !llvm.ptr -> f32
          %v4051 = arith.mulf %v4043, %v4050 fastmath<contract> : f32
          %v4052 = arith.addf %v4051, %v4049 fastmath<contract> : f32
          %v4053 = llvm.load %v34 : !llvm.ptr -> f32
          %v4054 = arith.mulf %v4043, %v4053 fastmath<contract> : f32
          %v4056 = arith.mulf %v3852, %v4055 fastmath<contract> : f32
          %v4057 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4056) : (f32) -> f32
          %v4058 = arith.muli %v221, %v1708 : i64
          %v4059 = arith.subi %v3819, %v1684 : i64
          %v4060 = arith.addi %v4058, %v4059 : i64
          %v4061 = llvm.getelementptr %v72[%v4060] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4062 = llvm.load %v4061 : !llvm.ptr -> f32
          %v4063 = arith.mulf %v4062, %v3866 fastmath<contract> : f32
          %v4064 = llvm.load %v19 : !llvm.ptr -> f32
          %v4065 = arith.mulf %v4057, %v4064 fastmath<contract> : f32
          %v4066 = arith.addf %v4065, %v4063 fastmath<contract> : f32
          %v4067 = llvm.load %v35 : !llvm.ptr -> f32
          %v4068 = arith.mulf %v4057, %v4067 fastmath<contract> : f32
          %v4070 = arith.mulf %v3852, %v4069 fastmath<contract> : f32
          %v4071 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v4070) : (f32) -> f32
          %v4072 = arith.muli %v3252, %v1708 : i64
          %v4073 = arith.subi %v3819, %v1684 : i64
          %v4074 = arith.addi %v4072, %v4073 : i64
          %v4075 = llvm.getelementptr %v72[%v4074] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v4076 = llvm.load %v4075 : !llvm.ptr -> f32
          %v4077 = arith.mulf %v4076, %v3866 fastmath<contract> : f32
          %v4078 = llvm.load %v20 : !llvm.ptr -> f32
          %v4079 = arith.mulf %v4071, %v4078 fastmath<contract> : f32
          %v4080 = arith.addf %v4079, %v4077 fastmath<contract> : f32
          %v4081 = llvm.load %v36 : !llvm.ptr -> f32
          %v4082 = arith.mulf %v4071, %v4081 fastmath<contract> : f32
          llvm.store %v3870, %v5 : f32, !llvm.ptr
          llvm.store %v3872, %v21 : f32, !llvm.ptr
          llvm.store %v3884, %v6 : f32, !llvm.ptr
          llvm.store %v3886, %v22 : f32, !llvm.ptr
          llvm.store %v3898, %v7 : f32, !llvm.ptr
          llvm.store %v3900, %v23 : f32, !llvm.ptr
          llvm.store %v3912, %v8 : f32, !llvm.ptr
          llvm.store %v3914, %v24 : f32, !llvm.ptr
          llvm.store %v3926, %v9 : f32, !llvm.ptr
          llvm.store %v3928, %v25 : f32, !llvm.ptr
          llvm.store %v3940, %v10 : f32, !llvm.ptr
          llvm.store %v3942, %v26 : f32, !llvm.ptr
          llvm.store %v3954, %v11 : f32, !llvm.ptr
          llvm.store %v3956, %v27 : f32, !llvm.ptr
          llvm.store %v3968, %v12 : f32, !llvm.ptr
          llvm.store %v3970, %v28 : f32, !llvm.ptr
          llvm.store %v3982, %v13 : f32, !llvm.ptr
          llvm.store %v3984, %v29 : f32, !llvm.ptr
          llvm.store %v3996, %v14 : f32, !llvm.ptr
          llvm.store %v3998, %v30 : f32, !llvm.ptr
          llvm.store %v4010, %v15 : f32, !llvm.ptr
          llvm.store %v4012, %v31 : f32, !llvm.ptr
          llvm.store %v4024, %v16 : f32, !llvm.ptr
          llvm.store %v4026, %v32 : f32, !llvm.ptr
          llvm.store %v4038, %v17 : f32, !llvm.ptr
          llvm.store %v4040, %v33 : f32, !llvm.ptr
          llvm.store %v4052, %v18 : f32, !llvm.ptr
          llvm.store %v4054, %v34 : f32, !llvm.ptr
          llvm.store %v4066, %v19 : f32, !llvm.ptr
          llvm.store %v4068, %v35 : f32, !llvm.ptr
          llvm.store %v4080, %v20 : f32, !llvm.ptr
          llvm.store %v4082, %v36 : f32, !llvm.ptr
        }
        gpu.barrier
        %v4083 = arith.addi %v73, %v45 : i64
        %v4084 = arith.divui %v4083, %v106 : i64
        %v4085 = arith.remui %v4083, %v106 : i64
        %v4086 = arith.addi %v73, %v4084 : i64
        %v4087 = arith.muli %v4086, %v121 : i64
        %v4088 = arith.addi %v4087, %v4085 : i64
        %v4089 = llvm.getelementptr %v38[%v4088] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1731, %v4089 : f32, !llvm.ptr<3>
        %v4090 = arith.addi %v47, %v45 : i64
        %v4091 = arith.divui %v4090, %v106 : i64
        %v4092 = arith.remui %v4090, %v106 : i64
        %v4093 = arith.addi %v73, %v4091 : i64
        %v4094 = arith.muli %v4093, %v121 : i64
        %v4095 = arith.addi %v4094, %v4092 : i64
        %v4096 = llvm.getelementptr %v38[%v4095] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1746, %v4096 : f32, !llvm.ptr<3>
        %v4097 = arith.addi %v1169, %v45 : i64
        %v4098 = arith.divui %v4097, %v106 : i64
        %v4099 = arith.remui %v4097, %v106 : i64
        %v4100 = arith.addi %v73, %v4098 : i64
        %v4101 = arith.muli %v4100, %v121 : i64
        %v4102 = arith.addi %v4101, %v4099 : i64
        %v4103 = llvm.getelementptr %v38[%v4102] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1761, %v4103 : f32, !llvm.ptr<3>
        %v4105 = arith.addi %v4104, %v45 : i64
        %v4106 = arith.divui %v4105, %v106 : i64
        %v4107 = arith.remui %v4105, %v106 : i64
        %v4108 = arith.addi %v73, %v4106 : i64
        %v4109 = arith.muli %v4108, %v121 : i64
        %v4110 = arith.addi %v4109, %v4107 : i64
        %v4111 = llvm.getelementptr %v38[%v4110] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1776, %v4111 : f32, !llvm.ptr<3>
        %v4112 = arith.addi %v41, %v45 : i64
        %v4113 = arith.divui %v4112, %v106 : i64
        %v4114 = arith.remui %v4112, %v106 : i64
        %v4115 = arith.addi %v73, %v4113 : i64
        %v4116 = arith.muli %v4115, %v121 : i64
        %v4117 = arith.addi %v4116, %v4114 : i64
        %v4118 = llvm.getelementptr %v38[%v4117] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1791, %v4118 : f32, !llvm.ptr<3>
        %v4120 = arith.addi %v4119, %v45 : i64
        %v4121 = arith.divui %v4120, %v106 : i64
        %v4122 = arith.remui %v4120, %v106 : i64
        %v4123 = arith.addi %v73, %v4121 : i64
        %v4124 = arith.muli %v4123, %v121 : i64
        %v4125 = arith.addi %v4124, %v4122 : i64
        %v4126 = llvm.getelementptr %v38[%v4125] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1806, %v4126 : f32, !llvm.ptr<3>
        %v4128 = arith.addi %v4127, %v45 : i64
        %v4129 = arith.divui %v4128, %v106 : i64
        %v4130 = arith.remui %v4128, %v106 : i64
        %v4131 = arith.addi %v73, %v4129 : i64
        %v4132 = arith.muli %v4131, %v121 : i64
        %v4133 = arith.addi %v4132, %v4130 : i64
        %v4134 = llvm.getelementptr %v38[%v4133] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1821, %v4134 : f32, !llvm.ptr<3>
        %v4136 = arith.addi %v4135, %v45 : i64
        %v4137 = arith.divui %v4136, %v106 : i64
        %v4138 = arith.remui %v4136, %v106 : i64
        %v4139 = arith.addi %v73, %v4137 : i64
        %v4140 = arith.muli %v4139, %v121 : i64
        %v4141 = arith.addi %v4140, %v4138 : i64
        %v4142 = llvm.getelementptr %v38[%v4141] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1836, %v4142 : f32, !llvm.ptr<3>
        %v4143 = arith.addi %v1686, %v45 : i64
        %v4144 = arith.divui %v4143, %v106 : i64
        %v4145 = arith.remui %v4143, %v106 : i64
        %v4146 = arith.addi %v73, %v4144 : i64
        %v4147 = arith.muli %v4146, %v121 : i64
        %v4148 = arith.addi %v4147, %v4145 : i64
        %v4149 = llvm.getelementptr %v38[%v4148] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1851, %v4149 : f32, !llvm.ptr<3>
        %v4151 = arith.addi %v4150, %v45 : i64
        %v4152 = arith.divui %v4151, %v106 : i64
        %v4153 = arith.remui %v4151, %v106 : i64
        %v4154 = arith.addi %v73, %v4152 : i64
        %v4155 = arith.muli %v4154, %v121 : i64
        %v4156 = arith.addi %v4155, %v4153 : i64
        %v4157 = llvm.getelementptr %v38[%v4156] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1866, %v4157 : f32, !llvm.ptr<3>
        %v4159 = arith.addi %v4158, %v45 : i64
        %v4160 = arith.divui %v4159, %v106 : i64
        %v4161 = arith.remui %v4159, %v106 : i64
        %v4162 = arith.addi %v73, %v4160 : i64
        %v4163 = arith.muli %v4162, %v121 : i64
        %v4164 = arith.addi %v4163, %v4161 : i64
        %v4165 = llvm.getelementptr %v38[%v4164] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1881, %v4165 : f32, !llvm.ptr<3>
        %v4167 = arith.addi %v4166, %v45 : i64
        %v4168 = arith.divui %v4167, %v106 : i64
        %v4169 = arith.remui %v4167, %v106 : i64
        %v4170 = arith.addi %v73, %v4168 : i64
        %v4171 = arith.muli %v4170, %v121 : i64
        %v4172 = arith.addi %v4171, %v4169 : i64
        %v4173 = llvm.getelementptr %v38[%v4172] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1896, %v4173 : f32, !llvm.ptr<3>
        %v4175 = arith.addi %v4174, %v45 : i64
        %v4176 = arith.divui %v4175, %v106 : i64
        %v4177 = arith.remui %v4175, %v106 : i64
        %v4178 = arith.addi %v73, %v4176 : i64
        %v4179 = arith.muli %v4178, %v121 : i64
        %v4180 = arith.addi %v4179, %v4177 : i64
        %v4181 = llvm.getelementptr %v38[%v4180] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1911, %v4181 : f32, !llvm.ptr<3>
        %v4183 = arith.addi %v4182, %v45 : i64
        %v4184 = arith.divui %v4183, %v106 : i64
        %v4185 = arith.remui %v4183, %v106 : i64
        %v4186 = arith.addi %v73, %v4184 : i64
        %v4187 = arith.muli %v4186, %v121 : i64
        %v4188 = arith.addi %v4187, %v4185 : i64
        %v4189 = llvm.getelementptr %v38[%v4188] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1926, %v4189 : f32, !llvm.ptr<3>
        %v4191 = arith.addi %v4190, %v45 : i64
        %v4192 = arith.divui %v4191, %v106 : i64
        %v4193 = arith.remui %v4191, %v106 : i64
        %v4194 = arith.addi %v73, %v4192 : i64
        %v4195 = arith.muli %v4194, %v121 : i64
        %v4196 = arith.addi %v4195, %v4193 : i64
        %v4197 = llvm.getelementptr %v38[%v4196] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1941, %v4197 : f32, !llvm.ptr<3>
        %v4199 = arith.addi %v4198, %v45 : i64
        %v4200 = arith.divui %v4199, %v106 : i64
        %v4201 = arith.remui %v4199, %v106 : i64
        %v4202 = arith.addi %v73, %v4200 : i64
        %v4203 = arith.muli %v4202, %v121 : i64
        %v4204 = arith.addi %v4203, %v4201 : i64
        %v4205 = llvm.getelementptr %v38[%v4204] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1956, %v4205 : f32, !llvm.ptr<3>
        %v4207 = arith.addi %v4206, %v45 : i64
        %v4208 = arith.divui %v4207, %v106 : i64
        %v4209 = arith.remui %v4207, %v106 : i64
        %v4210 = arith.addi %v73, %v4208 : i64
        %v4211 = arith.muli %v4210, %v121 : i64
        %v4212 = arith.addi %v4211, %v4209 : i64
        %v4213 = llvm.getelementptr %v38[%v4212] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1971, %v4213 : f32, !llvm.ptr<3>
        %v4215 = arith.addi %v4214, %v45 : i64
        %v4216 = arith.divui %v4215, %v106 : i64
        %v4217 = arith.remui %v4215, %v106 : i64
        %v4218 = arith.addi %v73, %v4216 : i64
        %v4219 = arith.muli %v4218, %v121 : i64
        %v4220 = arith.addi %v4219, %v4217 : i64
        %v4221 = llvm.getelementptr %v38[%v4220] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v1986, %v4221 : f32, !llvm.ptr<3>
        %v4223 = arith.addi %v4222, %v45 : i64
        %v4224 = arith.divui %v4223, %v106 : i64
        %v4225 = arith.remui %v4223, %v106 : i64
        %v4226 = arith.addi %v73, %v4224 : i64
        %v4227 = arith.muli %v4226, %v121 : i64
        %v4228 = arith.addi %v4227, %v4225 : i64
        %v4229 = llvm.getelementptr %v38[%v4228] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2001, %v4229 : f32, !llvm.ptr<3>
        %v4231 = arith.addi %v4230, %v45 : i64
        %v4232 = arith.divui %v4231, %v106 : i64
        %v4233 = arith.remui %v4231, %v106 : i64
        %v4234 = arith.addi %v73, %v4232 : i64
        %v4235 = arith.muli %v4234, %v121 : i64
        %v4236 = arith.addi %v4235, %v4233 : i64
        %v4237 = llvm.getelementptr %v38[%v4236] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2016, %v4237 : f32, !llvm.ptr<3>
        %v4239 = arith.addi %v4238, %v45 : i64
        %v4240 = arith.divui %v4239, %v106 : i64
        %v4241 = arith.remui %v4239, %v106 : i64
        %v4242 = arith.addi %v73, %v4240 : i64
        %v4243 = arith.muli %v4242, %v121 : i64
        %v4244 = arith.addi %v4243, %v4241 : i64
        %v4245 = llvm.getelementptr %v38[%v4244] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2031, %v4245 : f32, !llvm.ptr<3>
        %v4247 = arith.addi %v4246, %v45 : i64
        %v4248 = arith.divui %v4247, %v106 : i64
        %v4249 = arith.remui %v4247, %v106 : i64
        %v4250 = arith.addi %v73, %v4248 : i64
        %v4251 = arith.muli %v4250, %v121 : i64
        %v4252 = arith.addi %v4251, %v4249 : i64
        %v4253 = llvm.getelementptr %v38[%v4252] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2046, %v4253 : f32, !llvm.ptr<3>
        %v4255 = arith.addi %v4254, %v45 : i64
        %v4256 = arith.divui %v4255, %v106 : i64
        %v4257 = arith.remui %v4255, %v106 : i64
        %v4258 = arith.addi %v73, %v4256 : i64
        %v4259 = arith.muli %v4258, %v121 : i64
        %v4260 = arith.addi %v4259, %v4257 : i64
        %v4261 = llvm.getelementptr %v38[%v4260] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2061, %v4261 : f32, !llvm.ptr<3>
        %v4263 = arith.addi %v4262, %v45 : i64
        %v4264 = arith.divui %v4263, %v106 : i64
        %v4265 = arith.remui %v4263, %v106 : i64
        %v4266 = arith.addi %v73, %v4264 : i64
        %v4267 = arith.muli %v4266, %v121 : i64
        %v4268 = arith.addi %v4267, %v4265 : i64
        %v4269 = llvm.getelementptr %v38[%v4268] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2076, %v4269 : f32, !llvm.ptr<3>
        %v4271 = arith.addi %v4270, %v45 : i64
        %v4272 = arith.divui %v4271, %v106 : i64
        %v4273 = arith.remui %v4271, %v106 : i64
        %v4274 = arith.addi %v73, %v4272 : i64
        %v4275 = arith.muli %v4274, %v121 : i64
        %v4276 = arith.addi %v4275, %v4273 : i64
        %v4277 = llvm.getelementptr %v38[%v4276] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2091, %v4277 : f32, !llvm.ptr<3>
        %v4279 = arith.addi %v4278, %v45 : i64
        %v4280 = arith.divui %v4279, %v106 : i64
        %v4281 = arith.remui %v4279, %v106 : i64
        %v4282 = arith.addi %v73, %v4280 : i64
        %v4283 = arith.muli %v4282, %v121 : i64
        %v4284 = arith.addi %v4283, %v4281 : i64
        %v4285 = llvm.getelementptr %v38[%v4284] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2106, %v4285 : f32, !llvm.ptr<3>
        %v4287 = arith.addi %v4286, %v45 : i64
        %v4288 = arith.divui %v4287, %v106 : i64
        %v4289 = arith.remui %v4287, %v106 : i64
        %v4290 = arith.addi %v73, %v4288 : i64
        %v4291 = arith.muli %v4290, %v121 : i64
        %v4292 = arith.addi %v4291, %v4289 : i64
        %v4293 = llvm.getelementptr %v38[%v4292] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2121, %v4293 : f32, !llvm.ptr<3>
        %v4295 = arith.addi %v4294, %v45 : i64
        %v4296 = arith.divui %v4295, %v106 : i64
        %v4297 = arith.remui %v4295, %v106 : i64
        %v4298 = arith.addi %v73, %v4296 : i64
        %v4299 = arith.muli %v4298, %v121 : i64
        %v4300 = arith.addi %v4299, %v4297 : i64
        %v4301 = llvm.getelementptr %v38[%v4300] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2136, %v4301 : f32, !llvm.ptr<3>
        %v4303 = arith.addi %v4302, %v45 : i64
        %v4304 = arith.divui %v4303, %v106 : i64
        %v4305 = arith.remui %v4303, %v106 : i64
        %v4306 = arith.addi %v73, %v4304 : i64
        %v4307 = arith.muli %v4306, %v121 : i64
        %v4308 = arith.addi %v4307, %v4305 : i64
        %v4309 = llvm.getelementptr %v38[%v4308] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2151, %v4309 : f32, !llvm.ptr<3>
        %v4311 = arith.addi %v4310, %v45 : i64
        %v4312 = arith.divui %v4311, %v106 : i64
        %v4313 = arith.remui %v4311, %v106 : i64
        %v4314 = arith.addi %v73, %v4312 : i64
        %v4315 = arith.muli %v4314, %v121 : i64
        %v4316 = arith.addi %v4315, %v4313 : i64
        %v4317 = llvm.getelementptr %v38[%v4316] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2166, %v4317 : f32, !llvm.ptr<3>
        %v4319 = arith.addi %v4318, %v45 : i64
        %v4320 = arith.divui %v4319, %v106 : i64
        %v4321 = arith.remui %v4319, %v106 : i64
        %v4322 = arith.addi %v73, %v4320 : i64
        %v4323 = arith.muli %v4322, %v121 : i64
        %v4324 = arith.addi %v4323, %v4321 : i64
        %v4325 = llvm.getelementptr %v38[%v4324] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2181, %v4325 : f32, !llvm.ptr<3>
        %v4327 = arith.addi %v4326, %v45 : i64
        %v4328 = arith.divui %v4327, %v106 : i64
        %v4329 = arith.remui %v4327, %v106 : i64
        %v4330 = arith.addi %v73, %v4328 : i64
        %v4331 = arith.muli %v4330, %v121 : i64
        %v4332 = arith.addi %v4331, %v4329 : i64
        %v4333 = llvm.getelementptr %v38[%v4332] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2196, %v4333 : f32, !llvm.ptr<3>
        %v4334 = arith.addi %v73, %v45 : i64
        %v4335 = arith.divui %v4334, %v106 : i64
        %v4336 = arith.remui %v4334, %v106 : i64
        %v4337 = arith.addi %v47, %v4335 : i64
        %v4338 = arith.muli %v4337, %v121 : i64
        %v4339 = arith.addi %v4338, %v4336 : i64
        %v4340 = llvm.getelementptr %v38[%v4339] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2213, %v4340 : f32, !llvm.ptr<3>
        %v4341 = arith.addi %v47, %v45 : i64
        %v4342 = arith.divui %v4341, %v106 : i64
        %v4343 = arith.remui %v4341, %v106 : i64
        %v4344 = arith.addi %v47, %v4342 : i64
        %v4345 = arith.muli %v4344, %v121 : i64
        %v4346 = arith.addi %v4345, %v4343 : i64
        %v4347 = llvm.getelementptr %v38[%v4346] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2228, %v4347 : f32, !llvm.ptr<3>
        %v4348 = arith.addi %v1169, %v45 : i64
        %v4349 = arith.divui %v4348, %v106 : i64
        %v4350 = arith.remui %v4348, %v106 : i64
        %v4351 = arith.addi %v47, %v4349 : i64
        %v4352 = arith.muli %v4351, %v121 : i64
        %v4353 = arith.addi %v4352, %v4350 : i64
        %v4354 = llvm.getelementptr %v38[%v4353] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2243, %v4354 : f32, !llvm.ptr<3>
        %v4355 = arith.addi %v4104, %v45 : i64
        %v4356 = arith.divui %v4355, %v106 : i64
        %v4357 = arith.remui %v4355, %v106 : i64
        %v4358 = arith.addi %v47, %v4356 : i64
        %v4359 = arith.muli %v4358, %v121 : i64
        %v4360 = arith.addi %v4359, %v4357 : i64
        %v4361 = llvm.getelementptr %v38[%v4360] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2258, %v4361 : f32, !llvm.ptr<3>
        %v4362 = arith.addi %v41, %v45 : i64
        %v4363 = arith.divui %v4362, %v106 : i64
        %v4364 = arith.remui %v4362, %v106 : i64
        %v4365 = arith.addi %v47, %v4363 : i64
        %v4366 = arith.muli %v4365, %v121 : i64
        %v4367 = arith.addi %v4366, %v4364 : i64
        %v4368 = llvm.getelementptr %v38[%v4367] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2273, %v4368 : f32, !llvm.ptr<3>
        %v4369 = arith.addi %v4119, %v45 : i64
        %v4370 = arith.divui %v4369, %v106 : i64
        %v4371 = arith.remui %v4369, %v106 : i64
        %v4372 = arith.addi %v47, %v4370 : i64
        %v4373 = arith.muli %v4372, %v121 : i64
        %v4374 = arith.addi %v4373, %v4371 : i64
        %v4375 = llvm.getelementptr %v38[%v4374] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2288, %v4375 : f32, !llvm.ptr<3>
        %v4376 = arith.addi %v4127, %v45 : i64
        %v4377 = arith.divui %v4376, %v106 : i64
        %v4378 = arith.remui %v4376, %v106 : i64
        %v4379 = arith.addi %v47, %v4377 : i64
        %v4380 = arith.muli %v4379, %v121 : i64
        %v4381 = arith.addi %v4380, %v4378 : i64
        %v4382 = llvm.getelementptr %v38[%v4381] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2303, %v4382 : f32, !llvm.ptr<3>
        %v4383 = arith.addi %v4135, %v45 : i64
        %v4384 = arith.divui %v4383, %v106 : i64
        %v4385 = arith.remui %v4383, %v106 : i64
        %v4386 = arith.addi %v47, %v4384 : i64
        %v4387 = arith.muli %v4386, %v121 : i64
        %v4388 = arith.addi %v4387, %v4385 : i64
        %v4389 = llvm.getelementptr %v38[%v4388] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2318, %v4389 : f32, !llvm.ptr<3>
        %v4390 = arith.addi %v1686, %v45 : i64
        %v4391 = arith.divui %v4390, %v106 : i64
        %v4392 = arith.remui %v4390, %v106 : i64
        %v4393 = arith.addi %v47, %v4391 : i64
        %v4394 = arith.muli %v4393, %v121 : i64
        %v4395 = arith.addi %v4394, %v4392 : i64
        %v4396 = llvm.getelementptr %v38[%v4395] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2333, %v4396 : f32, !llvm.ptr<3>
        %v4397 = arith.addi %v4150, %v45 : i64
        %v4398 = arith.divui %v4397, %v106 : i64
        %v4399 = arith.remui %v4397, %v106 : i64
        %v4400 = arith.addi %v47, %v4398 : i64
        %v4401 = arith.muli %v4400, %v121 : i64
        %v4402 = arith.addi %v4401, %v4399 : i64
        %v4403 = llvm.getelementptr %v38[%v4402] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2348, %v4403 : f32, !llvm.ptr<3>
        %v4404 = arith.addi %v4158, %v45 : i64
        %v4405 = arith.divui %v4404, %v106 : i64
        %v4406 = arith.remui %v4404, %v106 : i64
        %v4407 = arith.addi %v47, %v4405 : i64
        %v4408 = arith.muli %v4407, %v121 : i64
        %v4409 = arith.addi %v4408, %v4406 : i64
        %v4410 = llvm.getelementptr %v38[%v4409] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2363, %v4410 : f32, !llvm.ptr<3>
        %v4411 = arith.addi %v4166, %v45 : i64
        %v4412 = arith.divui %v4411, %v106 : i64
        %v4413 = arith.remui %v4411, %v106 : i64
        %v4414 = arith.addi %v47, %v4412 : i64
        %v4415 = arith.muli %v4414, %v121 : i64
        %v4416 = arith.addi %v4415, %v4413 : i64
        %v4417 = llvm.getelementptr %v38[%v4416] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2378, %v4417 : f32, !llvm.ptr<3>
        %v4418 = arith.addi %v4174, %v45 : i64
        %v4419 = arith.divui %v4418, %v106 : i64
        %v4420 = arith.remui %v4418, %v106 : i64
        %v4421 = arith.addi %v47, %v4419 : i64
        %v4422 = arith.muli %v4421, %v121 : i64
        %v4423 = arith.addi %v4422, %v4420 : i64
        %v4424 = llvm.getelementptr %v38[%v4423] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2393, %v4424 : f32, !llvm.ptr<3>
        %v4425 = arith.addi %v4182, %v45 : i64
        %v4426 = arith.divui %v4425, %v106 : i64
        %v4427 = arith.remui %v4425, %v106 : i64
        %v4428 = arith.addi %v47, %v4426 : i64
        %v4429 = arith.muli %v4428, %v121 : i64
        %v4430 = arith.addi %v4429, %v4427 : i64
        %v4431 = llvm.getelementptr %v38[%v4430] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2408, %v4431 : f32, !llvm.ptr<3>
        %v4432 = arith.addi %v4190, %v45 : i64
        %v4433 = arith.divui %v4432, %v106 : i64
        %v4434 = arith.remui %v4432, %v106 : i64
        %v4435 = arith.addi %v47, %v4433 : i64
        %v4436 = arith.muli %v4435, %v121 : i64
        %v4437 = arith.addi %v4436, %v4434 : i64
        %v4438 = llvm.getelementptr %v38[%v4437] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2423, %v4438 : f32, !llvm.ptr<3>
        %v4439 = arith.addi %v4198, %v45 : i64
        %v4440 = arith.divui %v4439, %v106 : i64
        %v4441 = arith.remui %v4439, %v106 : i64
        %v4442 = arith.addi %v47, %v4440 : i64
        %v4443 = arith.muli %v4442, %v121 : i64
        %v4444 = arith.addi %v4443, %v4441 : i64
        %v4445 = llvm.getelementptr %v38[%v4444] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2438, %v4445 : f32, !llvm.ptr<3>
        %v4446 = arith.addi %v4206, %v45 : i64
        %v4447 = arith.divui %v4446, %v106 : i64
        %v4448 = arith.remui %v4446, %v106 : i64
        %v4449 = arith.addi %v47, %v4447 : i64
        %v4450 = arith.muli %v4449, %v121 : i64
        %v4451 = arith.addi %v4450, %v4448 : i64
        %v4452 = llvm.getelementptr %v38[%v4451] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2453, %v4452 : f32, !llvm.ptr<3>
        %v4453 = arith.addi %v4214, %v45 : i64
        %v4454 = arith.divui %v4453, %v106 : i64
        %v4455 = arith.remui %v4453, %v106 : i64
        %v4456 = arith.addi %v47, %v4454 : i64
        %v4457 = arith.muli %v4456, %v121 : i64
        %v4458 = arith.addi %v4457, %v4455 : i64
        %v4459 = llvm.getelementptr %v38[%v4458] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2468, %v4459 : f32, !llvm.ptr<3>
        %v4460 = arith.addi %v4222, %v45 : i64
        %v4461 = arith.divui %v4460, %v106 : i64
        %v4462 = arith.remui %v4460, %v106 : i64
        %v4463 = arith.addi %v47, %v4461 : i64
        %v4464 = arith.muli %v4463, %v121 : i64
        %v4465 = arith.addi %v4464, %v4462 : i64
        %v4466 = llvm.getelementptr %v38[%v4465] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2483, %v4466 : f32, !llvm.ptr<3>
        %v4467 = arith.addi %v4230, %v45 : i64
        %v4468 = arith.divui %v4467, %v106 : i64
        %v4469 = arith.remui %v4467, %v106 : i64
        %v4470 = arith.addi %v47, %v4468 : i64
        %v4471 = arith.muli %v4470, %v121 : i64
        %v4472 = arith.addi %v4471, %v4469 : i64
        %v4473 = llvm.getelementptr %v38[%v4472] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2498, %v4473 : f32, !llvm.ptr<3>
        %v4474 = arith.addi %v4238, %v45 : i64
        %v4475 = arith.divui %v4474, %v106 : i64
        %v4476 = arith.remui %v4474, %v106 : i64
        %v4477 = arith.addi %v47, %v4475 : i64
        %v4478 = arith.muli %v4477, %v121 : i64
        %v4479 = arith.addi %v4478, %v4476 : i64
        %v4480 = llvm.getelementptr %v38[%v4479] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2513, %v4480 : f32, !llvm.ptr<3>
        %v4481 = arith.addi %v4246, %v45 : i64
        %v4482 = arith.divui %v4481, %v106 : i64
        %v4483 = arith.remui %v4481, %v106 : i64
        %v4484 = arith.addi %v47, %v4482 : i64
        %v4485 = arith.muli %v4484, %v121 : i64
        %v4486 = arith.addi %v4485, %v4483 : i64
        %v4487 = llvm.getelementptr %v38[%v4486] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2528, %v4487 : f32, !llvm.ptr<3>
        %v4488 = arith.addi %v4254, %v45 : i64
        %v4489 = arith.divui %v4488, %v106 : i64
        %v4490 = arith.remui %v4488, %v106 : i64
        %v4491 = arith.addi %v47, %v4489 : i64
        %v4492 = arith.muli %v4491, %v121 : i64
        %v4493 = arith.addi %v4492, %v4490 : i64
        %v4494 = llvm.getelementptr %v38[%v4493] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2543, %v4494 : f32, !llvm.ptr<3>
        %v4495 = arith.addi %v4262, %v45 : i64
        %v4496 = arith.divui %v4495, %v106 : i64
        %v4497 = arith.remui %v4495, %v106 : i64
        %v4498 = arith.addi %v47, %v4496 : i64
        %v4499 = arith.muli %v4498, %v121 : i64
        %v4500 = arith.addi %v4499, %v4497 : i64
        %v4501 = llvm.getelementptr %v38[%v4500] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2558, %v4501 : f32, !llvm.ptr<3>
        %v4502 = arith.addi %v4270, %v45 : i64
        %v4503 = arith.divui %v4502, %v106 : i64
        %v4504 = arith.remui %v4502, %v106 : i64
        %v4505 = arith.addi %v47, %v4503 : i64
        %v4506 = arith.muli %v4505, %v121 : i64
        %v4507 = arith.addi %v4506, %v4504 : i64
        %v4508 = llvm.getelementptr %v38[%v4507] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2573, %v4508 : f32, !llvm.ptr<3>
        %v4509 = arith.addi %v4278, %v45 : i64
        %v4510 = arith.divui %v4509, %v106 : i64
        %v4511 = arith.remui %v4509, %v106 : i64
        %v4512 = arith.addi %v47, %v4510 : i64
        %v4513 = arith.muli %v4512, %v121 : i64
        %v4514 = arith.addi %v4513, %v4511 : i64
        %v4515 = llvm.getelementptr %v38[%v4514] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2588, %v4515 : f32, !llvm.ptr<3>
        %v4516 = arith.addi %v4286, %v45 : i64
        %v4517 = arith.divui %v4516, %v106 : i64
        %v4518 = arith.remui %v4516, %v106 : i64
        %v4519 = arith.addi %v47, %v4517 : i64
        %v4520 = arith.muli %v4519, %v121 : i64
        %v4521 = arith.addi %v4520, %v4518 : i64
        %v4522 = llvm.getelementptr %v38[%v4521] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2603, %v4522 : f32, !llvm.ptr<3>
        %v4523 = arith.addi %v4294, %v45 : i64
        %v4524 = arith.divui %v4523, %v106 : i64
        %v4525 = arith.remui %v4523, %v106 : i64
        %v4526 = arith.addi %v47, %v4524 : i64
        %v4527 = arith.muli %v4526, %v121 : i64
        %v4528 = arith.addi %v4527, %v4525 : i64
        %v4529 = llvm.getelementptr %v38[%v4528] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2618, %v4529 : f32, !llvm.ptr<3>
        %v4530 = arith.addi %v4302, %v45 : i64
        %v4531 = arith.divui %v4530, %v106 : i64
        %v4532 = arith.remui %v4530, %v106 : i64
        %v4533 = arith.addi %v47, %v4531 : i64
        %v4534 = arith.muli %v4533, %v121 : i64
        %v4535 = arith.addi %v4534, %v4532 : i64
        %v4536 = llvm.getelementptr %v38[%v4535] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2633, %v4536 : f32, !llvm.ptr<3>
        %v4537 = arith.addi %v4310, %v45 : i64
        %v4538 = arith.divui %v4537, %v106 : i64
        %v4539 = arith.remui %v4537, %v106 : i64
        %v4540 = arith.addi %v47, %v4538 : i64
        %v4541 = arith.muli %v4540, %v121 : i64
        %v4542 = arith.addi %v4541, %v4539 : i64
        %v4543 = llvm.getelementptr %v38[%v4542] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2648, %v4543 : f32, !llvm.ptr<3>
        %v4544 = arith.addi %v4318, %v45 : i64
        %v4545 = arith.divui %v4544, %v106 : i64
        %v4546 = arith.remui %v4544, %v106 : i64
        %v4547 = arith.addi %v47, %v4545 : i64
        %v4548 = arith.muli %v4547, %v121 : i64
        %v4549 = arith.addi %v4548, %v4546 : i64
        %v4550 = llvm.getelementptr %v38[%v4549] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2663, %v4550 : f32, !llvm.ptr<3>
        %v4551 = arith.addi %v4326, %v45 : i64
        %v4552 = arith.divui %v4551, %v106 : i64
        %v4553 = arith.remui %v4551, %v106 : i64
        %v4554 = arith.addi %v47, %v4552 : i64
        %v4555 = arith.muli %v4554, %v121 : i64
        %v4556 = arith.addi %v4555, %v4553 : i64
        %v4557 = llvm.getelementptr %v38[%v4556] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2678, %v4557 : f32, !llvm.ptr<3>
        %v4558 = arith.addi %v73, %v45 : i64
        %v4559 = arith.divui %v4558, %v106 : i64
        %v4560 = arith.remui %v4558, %v106 : i64
        %v4561 = arith.addi %v1169, %v4559 : i64
        %v4562 = arith.muli %v4561, %v121 : i64
        %v4563 = arith.addi %v4562, %v4560 : i64
        %v4564 = llvm.getelementptr %v38[%v4563] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2695, %v4564 : f32, !llvm.ptr<3>
        %v4565 = arith.addi %v47, %v45 : i64
        %v4566 = arith.divui %v4565, %v106 : i64
        %v4567 = arith.remui %v4565, %v106 : i64
        %v4568 = arith.addi %v1169, %v4566 : i64
        %v4569 = arith.muli %v4568, %v121 : i64
        %v4570 = arith.addi %v4569, %v4567 : i64
        %v4571 = llvm.getelementptr %v38[%v4570] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2710, %v4571 : f32, !llvm.ptr<3>
        %v4572 = arith.addi %v1169, %v45 : i64
        %v4573 = arith.divui %v4572, %v106 : i64
        %v4574 = arith.remui %v4572, %v106 : i64
        %v4575 = arith.addi %v1169, %v4573 : i64
        %v4576 = arith.muli %v4575, %v121 : i64
        %v4577 = arith.addi %v4576, %v4574 : i64
        %v4578 = llvm.getelementptr %v38[%v4577] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2725, %v4578 : f32, !llvm.ptr<3>
        %v4579 = arith.addi %v4104, %v45 : i64
        %v4580 = arith.divui %v4579, %v106 : i64
        %v4581 = arith.remui %v4579, %v106 : i64
        %v4582 = arith.addi %v1169, %v4580 : i64
        %v4583 = arith.muli %v4582, %v121 : i64
        %v4584 = arith.addi %v4583, %v4581 : i64
        %v4585 = llvm.getelementptr %v38[%v4584] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2740, %v4585 : f32, !llvm.ptr<3>
        %v4586 = arith.addi %v41, %v45 : i64
        %v4587 = arith.divui %v4586, %v106 : i64
        %v4588 = arith.remui %v4586, %v106 : i64
        %v4589 = arith.addi %v1169, %v4587 : i64
        %v4590 = arith.muli %v4589, %v121 : i64
        %v4591 = arith.addi %v4590, %v4588 : i64
        %v4592 = llvm.getelementptr %v38[%v4591] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2755, %v4592 : f32, !llvm.ptr<3>
        %v4593 = arith.addi %v4119, %v45 : i64
        %v4594 = arith.divui %v4593, %v106 : i64
        %v4595 = arith.remui %v4593, %v106 : i64
        %v4596 = arith.addi %v1169, %v4594 : i64
        %v4597 = arith.muli %v4596, %v121 : i64
        %v4598 = arith.addi %v4597, %v4595 : i64
        %v4599 = llvm.getelementptr %v38[%v4598] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2770, %v4599 : f32, !llvm.ptr<3>
        %v4600 = arith.addi %v4127, %v45 : i64
        %v4601 = arith.divui %v4600, %v106 : i64
        %v4602 = arith.remui %v4600, %v106 : i64
        %v4603 = arith.addi %v1169, %v4601 : i64
        %v4604 = arith.muli %v4603, %v121 : i64
        %v4605 = arith.addi %v4604, %v4602 : i64
        %v4606 = llvm.getelementptr %v38[%v4605] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2785, %v4606 : f32, !llvm.ptr<3>
        %v4607 = arith.addi %v4135, %v45 : i64
        %v4608 = arith.divui %v4607, %v106 : i64
        %v4609 = arith.remui %v4607, %v106 : i64
        %v4610 = arith.addi %v1169, %v4608 : i64
        %v4611 = arith.muli %v4610, %v121 : i64
        %v4612 = arith.addi %v4611, %v4609 : i64
        %v4613 = llvm.getelementptr %v38[%v4612] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2800, %v4613 : f32, !llvm.ptr<3>
        %v4614 = arith.addi %v1686, %v45 : i64
        %v4615 = arith.divui %v4614, %v106 : i64
        %v4616 = arith.remui %v4614, %v106 : i64
        %v4617 = arith.addi %v1169, %v4615 : i64
        %v4618 = arith.muli %v4617, %v121 : i64
        %v4619 = arith.addi %v4618, %v4616 : i64
        %v4620 = llvm.getelementptr %v38[%v4619] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2815, %v4620 : f32, !llvm.ptr<3>
        %v4621 = arith.addi %v4150, %v45 : i64
        %v4622 = arith.divui %v4621, %v106 : i64
        %v4623 = arith.remui %v4621, %v106 : i64
        %v4624 = arith.addi %v1169, %v4622 : i64
        %v4625 = arith.muli %v4624, %v121 : i64
        %v4626 = arith.addi %v4625, %v4623 : i64
        %v4627 = llvm.getelementptr %v38[%v4626] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2830, %v4627 : f32, !llvm.ptr<3>
        %v4628 = arith.addi %v4158, %v45 : i64
        %v4629 = arith.divui %v4628, %v106 : i64
        %v4630 = arith.remui %v4628, %v106 : i64
        %v4631 = arith.addi %v1169, %v4629 : i64
        %v4632 = arith.muli %v4631, %v121 : i64
        %v4633 = arith.addi %v4632, %v4630 : i64
        %v4634 = llvm.getelementptr %v38[%v4633] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2845, %v4634 : f32, !llvm.ptr<3>
        %v4635 = arith.addi %v4166, %v45 : i64
        %v4636 = arith.divui %v4635, %v106 : i64
        %v4637 = arith.remui %v4635, %v106 : i64
        %v4638 = arith.addi %v1169, %v4636 : i64
        %v4639 = arith.muli %v4638, %v121 : i64
        %v4640 = arith.addi %v4639, %v4637 : i64
        %v4641 = llvm.getelementptr %v38[%v4640] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2860, %v4641 : f32, !llvm.ptr<3>
        %v4642 = arith.addi %v4174, %v45 : i64
        %v4643 = arith.divui %v4642, %v106 : i64
        %v4644 = arith.remui %v4642, %v106 : i64
        %v4645 = arith.addi %v1169, %v4643 : i64
        %v4646 = arith.muli %v4645, %v121 : i64
        %v4647 = arith.addi %v4646, %v4644 : i64
        %v4648 = llvm.getelementptr %v38[%v4647] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2875, %v4648 : f32, !llvm.ptr<3>
        %v4649 = arith.addi %v4182, %v45 : i64
        %v4650 = arith.divui %v4649, %v106 : i64
        %v4651 = arith.remui %v4649, %v106 : i64
        %v4652 = arith.addi %v1169, %v4650 : i64
        %v4653 = arith.muli %v4652, %v121 : i64
        %v4654 = arith.addi %v4653, %v4651 : i64
        %v4655 = llvm.getelementptr %v38[%v4654] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2890, %v4655 : f32, !llvm.ptr<3>
        %v4656 = arith.addi %v4190, %v45 : i64
        %v4657 = arith.divui %v4656, %v106 : i64
        %v4658 = arith.remui %v4656, %v106 : i64
        %v4659 = arith.addi %v1169, %v4657 : i64
        %v4660 = arith.muli %v4659, %v121 : i64
        %v4661 = arith.addi %v4660, %v4658 : i64
        %v4662 = llvm.getelementptr %v38[%v4661] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2905, %v4662 : f32, !llvm.ptr<3>
        %v4663 = arith.addi %v4198, %v45 : i64
        %v4664 = arith.divui %v4663, %v106 : i64
        %v4665 = arith.remui %v4663, %v106 : i64
        %v4666 = arith.addi %v1169, %v4664 : i64
        %v4667 = arith.muli %v4666, %v121 : i64
        %v4668 = arith.addi %v4667, %v4665 : i64
        %v4669 = llvm.getelementptr %v38[%v4668] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2920, %v4669 : f32, !llvm.ptr<3>
        %v4670 = arith.addi %v4206, %v45 : i64
        %v4671 = arith.divui %v4670, %v106 : i64
        %v4672 = arith.remui %v4670, %v106 : i64
        %v4673 = arith.addi %v1169, %v4671 : i64
        %v4674 = arith.muli %v4673, %v121 : i64
        %v4675 = arith.addi %v4674, %v4672 : i64
        %v4676 = llvm.getelementptr %v38[%v4675] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2935, %v4676 : f32, !llvm.ptr<3>
        %v4677 = arith.addi %v4214, %v45 : i64
        %v4678 = arith.divui %v4677, %v106 : i64
        %v4679 = arith.remui %v4677, %v106 : i64
        %v4680 = arith.addi %v1169, %v4678 : i64
        %v4681 = arith.muli %v4680, %v121 : i64
        %v4682 = arith.addi %v4681, %v4679 : i64
        %v4683 = llvm.getelementptr %v38[%v4682] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2950, %v4683 : f32, !llvm.ptr<3>
        %v4684 = arith.addi %v4222, %v45 : i64
        %v4685 = arith.divui %v4684, %v106 : i64
        %v4686 = arith.remui %v4684, %v106 : i64
        %v4687 = arith.addi %v1169, %v4685 : i64
        %v4688 = arith.muli %v4687, %v121 : i64
        %v4689 = arith.addi %v4688, %v4686 : i64
        %v4690 = llvm.getelementptr %v38[%v4689] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2965, %v4690 : f32, !llvm.ptr<3>
        %v4691 = arith.addi %v4230, %v45 : i64
        %v4692 = arith.divui %v4691, %v106 : i64
        %v4693 = arith.remui %v4691, %v106 : i64
        %v4694 = arith.addi %v1169, %v4692 : i64
        %v4695 = arith.muli %v4694, %v121 : i64
        %v4696 = arith.addi %v4695, %v4693 : i64
        %v4697 = llvm.getelementptr %v38[%v4696] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2980, %v4697 : f32, !llvm.ptr<3>
        %v4698 = arith.addi %v4238, %v45 : i64
        %v4699 = arith.divui %v4698, %v106 : i64
        %v4700 = arith.remui %v4698, %v106 : i64
        %v4701 = arith.addi %v1169, %v4699 : i64
        %v4702 = arith.muli %v4701, %v121 : i64
        %v4703 = arith.addi %v4702, %v4700 : i64
        %v4704 = llvm.getelementptr %v38[%v4703] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v2995, %v4704 : f32, !llvm.ptr<3>
        %v4705 = arith.addi %v4246, %v45 : i64
        %v4706 = arith.divui %v4705, %v106 : i64
        %v4707 = arith.remui %v4705, %v106 : i64
        %v4708 = arith.addi %v1169, %v4706 : i64
        %v4709 = arith.muli %v4708, %v121 : i64
        %v4710 = arith.addi %v4709, %v4707 : i64
        %v4711 = llvm.getelementptr %v38[%v4710] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3010, %v4711 : f32, !llvm.ptr<3>
        %v4712 = arith.addi %v4254, %v45 : i64
        %v4713 = arith.divui %v4712, %v106 : i64
        %v4714 = arith.remui %v4712, %v106 : i64
        %v4715 = arith.addi %v1169, %v4713 : i64
        %v4716 = arith.muli %v4715, %v121 : i64
        %v4717 = arith.addi %v4716, %v4714 : i64
        %v4718 = llvm.getelementptr %v38[%v4717] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3025, %v4718 : f32, !llvm.ptr<3>
        %v4719 = arith.addi %v4262, %v45 : i64
        %v4720 = arith.divui %v4719, %v106 : i64
        %v4721 = arith.remui %v4719, %v106 : i64
        %v4722 = arith.addi %v1169, %v4720 : i64
        %v4723 = arith.muli %v4722, %v121 : i64
        %v4724 = arith.addi %v4723, %v4721 : i64
        %v4725 = llvm.getelementptr %v38[%v4724] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3040, %v4725 : f32, !llvm.ptr<3>
        %v4726 = arith.addi %v4270, %v45 : i64
        %v4727 = arith.divui %v4726, %v106 : i64
        %v4728 = arith.remui %v4726, %v106 : i64
        %v4729 = arith.addi %v1169, %v4727 : i64
        %v4730 = arith.muli %v4729, %v121 : i64
        %v4731 = arith.addi %v4730, %v4728 : i64
        %v4732 = llvm.getelementptr %v38[%v4731] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3055, %v4732 : f32, !llvm.ptr<3>
        %v4733 = arith.addi %v4278, %v45 : i64
        %v4734 = arith.divui %v4733, %v106 : i64
        %v4735 = arith.remui %v4733, %v106 : i64
        %v4736 = arith.addi %v1169, %v4734 : i64
        %v4737 = arith.muli %v4736, %v121 : i64
        %v4738 = arith.addi %v4737, %v4735 : i64
        %v4739 = llvm.getelementptr %v38[%v4738] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3070, %v4739 : f32, !llvm.ptr<3>
        %v4740 = arith.addi %v4286, %v45 : i64
        %v4741 = arith.divui %v4740, %v106 : i64
        %v4742 = arith.remui %v4740, %v106 : i64
        %v4743 = arith.addi %v1169, %v4741 : i64
        %v4744 = arith.muli %v4743, %v121 : i64
        %v4745 = arith.addi %v4744, %v4742 : i64
        %v4746 = llvm.getelementptr %v38[%v4745] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3085, %v4746 : f32, !llvm.ptr<3>
        %v4747 = arith.addi %v4294, %v45 : i64
        %v4748 = arith.divui %v4747, %v106 : i64
        %v4749 = arith.remui %v4747, %v106 : i64
        %v4750 = arith.addi %v1169, %v4748 : i64
        %v4751 = arith.muli %v4750, %v121 : i64
        %v4752 = arith.addi %v4751, %v4749 : i64
        %v4753 = llvm.getelementptr %v38[%v4752] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3100, %v4753 : f32, !llvm.ptr<3>
        %v4754 = arith.addi %v4302, %v45 : i64
        %v4755 = arith.divui %v4754, %v106 : i64
        %v4756 = arith.remui %v4754, %v106 : i64
        %v4757 = arith.addi %v1169, %v4755 : i64
        %v4758 = arith.muli %v4757, %v121 : i64
        %v4759 = arith.addi %v4758, %v4756 : i64
        %v4760 = llvm.getelementptr %v38[%v4759] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3115, %v4760 : f32, !llvm.ptr<3>
        %v4761 = arith.addi %v4310, %v45 : i64
        %v4762 = arith.divui %v4761, %v106 : i64
        %v4763 = arith.remui %v4761, %v106 : i64
        %v4764 = arith.addi %v1169, %v4762 : i64
        %v4765 = arith.muli %v4764, %v121 : i64
        %v4766 = arith.addi %v4765, %v4763 : i64
        %v4767 = llvm.getelementptr %v38[%v4766] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3130, %v4767 : f32, !llvm.ptr<3>
        %v4768 = arith.addi %v4318, %v45 : i64
        %v4769 = arith.divui %v4768, %v106 : i64
        %v4770 = arith.remui %v4768, %v106 : i64
        %v4771 = arith.addi %v1169, %v4769 : i64
        %v4772 = arith.muli %v4771, %v121 : i64
        %v4773 = arith.addi %v4772, %v4770 : i64
        %v4774 = llvm.getelementptr %v38[%v4773] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3145, %v4774 : f32, !llvm.ptr<3>
        %v4775 = arith.addi %v4326, %v45 : i64
        %v4776 = arith.divui %v4775, %v106 : i64
        %v4777 = arith.remui %v4775, %v106 : i64
        %v4778 = arith.addi %v1169, %v4776 : i64
        %v4779 = arith.muli %v4778, %v121 : i64
        %v4780 = arith.addi %v4779, %v4777 : i64
        %v4781 = llvm.getelementptr %v38[%v4780] : (!llvm.ptr<3>, i64) -> !llvm.ptr<3>, f32
        llvm.store %v3160, %v4781 : f32, !llvm.ptr<3>
        gpu.barrier
      }
      scf.if %v61 {
        %v4782 = arith.muli %v55, %v4 : i64
        %v4783 = arith.subi %v4, %v2 : i64
        %v4784 = arith.minsi %v63, %v4783 : i64
        %v4785 = arith.addi %v4782, %v4784 : i64
        %v4786 = arith.muli %v4785, %v1 : i64
        %v4787 = arith.addi %v4786, %v73 : i64
        %v4788 = llvm.load %v21 : !llvm.ptr -> f32
        %v4789 = llvm.getelementptr %agga_h[%v4787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4788, %v4789 : f32, !llvm.ptr
        %v4790 = llvm.load %v5 : !llvm.ptr -> f32
        %v4791 = llvm.getelementptr %aggb_h[%v4787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4790, %v4791 : f32, !llvm.ptr
        %v4792 = arith.muli %v55, %v4 : i64
        %v4793 = arith.subi %v4, %v2 : i64
        %v4794 = arith.minsi %v63, %v4793 : i64
        %v4795 = arith.addi %v4792, %v4794 : i64
        %v4796 = arith.muli %v4795, %v1 : i64
        %v4797 = arith.addi %v4796, %v2 : i64
        %v4798 = llvm.load %v22 : !llvm.ptr -> f32
        %v4799 = llvm.getelementptr %agga_h[%v4797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4798, %v4799 : f32, !llvm.ptr
        %v4800 = llvm.load %v6 : !llvm.ptr -> f32
        %v4801 = llvm.getelementptr %aggb_h[%v4797] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4800, %v4801 : f32, !llvm.ptr
        %v4802 = arith.muli %v55, %v4 : i64
        %v4803 = arith.subi %v4, %v2 : i64
        %v4804 = arith.minsi %v63, %v4803 : i64
        %v4805 = arith.addi %v4802, %v4804 : i64
        %v4806 = arith.muli %v4805, %v1 : i64
        %v4807 = arith.addi %v4806, %v97 : i64
        %v4808 = llvm.load %v23 : !llvm.ptr -> f32
        %v4809 = llvm.getelementptr %agga_h[%v4807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4808, %v4809 : f32, !llvm.ptr
        %v4810 = llvm.load %v7 : !llvm.ptr -> f32
        %v4811 = llvm.getelementptr %aggb_h[%v4807] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4810, %v4811 : f32, !llvm.ptr
        %v4812 = arith.muli %v55, %v4 : i64
        %v4813 = arith.subi %v4, %v2 : i64
        %v4814 = arith.minsi %v63, %v4813 : i64
        %v4815 = arith.addi %v4812, %v4814 : i64
        %v4816 = arith.muli %v4815, %v1 : i64
        %v4817 = arith.addi %v4816, %v3186 : i64
        %v4818 = llvm.load %v24 : !llvm.ptr -> f32
        %v4819 = llvm.getelementptr %agga_h[%v4817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4818, %v4819 : f32, !llvm.ptr
        %v4820 = llvm.load %v8 : !llvm.ptr -> f32
        %v4821 = llvm.getelementptr %aggb_h[%v4817] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4820, %v4821 : f32, !llvm.ptr
        %v4822 = arith.muli %v55, %v4 : i64
        %v4823 = arith.subi %v4, %v2 : i64
        %v4824 = arith.minsi %v63, %v4823 : i64
        %v4825 = arith.addi %v4822, %v4824 : i64
        %v4826 = arith.muli %v4825, %v1 : i64
        %v4827 = arith.addi %v4826, %v141 : i64
        %v4828 = llvm.load %v25 : !llvm.ptr -> f32
        %v4829 = llvm.getelementptr %agga_h[%v4827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4828, %v4829 : f32, !llvm.ptr
        %v4830 = llvm.load %v9 : !llvm.ptr -> f32
        %v4831 = llvm.getelementptr %aggb_h[%v4827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4830, %v4831 : f32, !llvm.ptr
        %v4832 = arith.muli %v55, %v4 : i64
        %v4833 = arith.subi %v4, %v2 : i64
        %v4834 = arith.minsi %v63, %v4833 : i64
        %v4835 = arith.addi %v4832, %v4834 : i64
        %v4836 = arith.muli %v4835, %v1 : i64
        %v4837 = arith.addi %v4836, %v3197 : i64
        %v4838 = llvm.load %v26 : !llvm.ptr -> f32
        %v4839 = llvm.getelementptr %agga_h[%v4837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4838, %v4839 : f32, !llvm.ptr
        %v4840 = llvm.load %v10 : !llvm.ptr -> f32
        %v4841 = llvm.getelementptr %aggb_h[%v4837] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4840, %v4841 : f32, !llvm.ptr
        %v4842 = arith.muli %v55, %v4 : i64
        %v4843 = arith.subi %v4, %v2 : i64
        %v4844 = arith.minsi %v63, %v4843 : i64
        %v4845 = arith.addi %v4842, %v4844 : i64
        %v4846 = arith.muli %v4845, %v1 : i64
        %v4847 = arith.addi %v4846, %v157 : i64
        %v4848 = llvm.load %v27 : !llvm.ptr -> f32
        %v4849 = llvm.getelementptr %agga_h[%v4847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4848, %v4849 : f32, !llvm.ptr
        %v4850 = llvm.load %v11 : !llvm.ptr -> f32
        %v4851 = llvm.getelementptr %aggb_h[%v4847] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4850, %v4851 : f32, !llvm.ptr
        %v4852 = arith.muli %v55, %v4 : i64
        %v4853 = arith.subi %v4, %v2 : i64
        %v4854 = arith.minsi %v63, %v4853 : i64
        %v4855 = arith.addi %v4852, %v4854 : i64
        %v4856 = arith.muli %v4855, %v1 : i64
        %v4857 = arith.addi %v4856, %v3208 : i64
        %v4858 = llvm.load %v28 : !llvm.ptr -> f32
        %v4859 = llvm.getelementptr %agga_h[%v4857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4858, %v4859 : f32, !llvm.ptr
        %v4860 = llvm.load %v12 : !llvm.ptr -> f32
        %v4861 = llvm.getelementptr %aggb_h[%v4857] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4860, %v4861 : f32, !llvm.ptr
        %v4862 = arith.muli %v55, %v4 : i64
        %v4863 = arith.subi %v4, %v2 : i64
        %v4864 = arith.minsi %v63, %v4863 : i64
        %v4865 = arith.addi %v4862, %v4864 : i64
        %v4866 = arith.muli %v4865, %v1 : i64
        %v4867 = arith.addi %v4866, %v173 : i64
        %v4868 = llvm.load %v29 : !llvm.ptr -> f32
        %v4869 = llvm.getelementptr %agga_h[%v4867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4868, %v4869 : f32, !llvm.ptr
        %v4870 = llvm.load %v13 : !llvm.ptr -> f32
        %v4871 = llvm.getelementptr %aggb_h[%v4867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4870, %v4871 : f32, !llvm.ptr
        %v4872 = arith.muli %v55, %v4 : i64
        %v4873 = arith.subi %v4, %v2 : i64
        %v4874 = arith.minsi %v63, %v4873 : i64
        %v4875 = arith.addi %v4872, %v4874 : i64
        %v4876 = arith.muli %v4875, %v1 : i64
        %v4877 = arith.addi %v4876, %v3219 : i64
        %v4878 = llvm.load %v30 : !llvm.ptr -> f32
        %v4879 = llvm.getelementptr %agga_h[%v4877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4878, %v4879 : f32, !llvm.ptr
        %v4880 = llvm.load %v14 : !llvm.ptr -> f32
        %v4881 = llvm.getelementptr %aggb_h[%v4877] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4880, %v4881 : f32, !llvm.ptr
        %v4882 = arith.muli %v55, %v4 : i64
        %v4883 = arith.subi %v4, %v2 : i64
        %v4884 = arith.minsi %v63, %v4883 : i64
        %v4885 = arith.addi %v4882, %v4884 : i64
        %v4886 = arith.muli %v4885, %v1 : i64
        %v4887 = arith.addi %v4886, %v189 : i64
        %v4888 = llvm.load %v31 : !llvm.ptr -> f32
        %v4889 = llvm.getelementptr %agga_h[%v4887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4888, %v4889 : f32, !llvm.ptr
        %v4890 = llvm.load %v15 : !llvm.ptr -> f32
        %v4891 = llvm.getelementptr %aggb_h[%v4887] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4890, %v4891 : f32, !llvm.ptr
        %v4892 = arith.muli %v55, %v4 : i64
        %v4893 = arith.subi %v4, %v2 : i64
        %v4894 = arith.minsi %v63, %v4893 : i64
        %v4895 = arith.addi %v4892, %v4894 : i64
        %v4896 = arith.muli %v4895, %v1 : i64
        %v4897 = arith.addi %v4896, %v3230 : i64
        %v4898 = llvm.load %v32 : !llvm.ptr -> f32
        %v4899 = llvm.getelementptr %agga_h[%v4897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4898, %v4899 : f32, !llvm.ptr
        %v4900 = llvm.load %v16 : !llvm.ptr -> f32
        %v4901 = llvm.getelementptr %aggb_h[%v4897] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4900, %v4901 : f32, !llvm.ptr
        %v4902 = arith.muli %v55, %v4 : i64
        %v4903 = arith.subi %v4, %v2 : i64
        %v4904 = arith.minsi %v63, %v4903 : i64
        %v4905 = arith.addi %v4902, %v4904 : i64
        %v4906 = arith.muli %v4905, %v1 : i64
        %v4907 = arith.addi %v4906, %v205 : i64
        %v4908 = llvm.load %v33 : !llvm.ptr -> f32
        %v4909 = llvm.getelementptr %agga_h[%v4907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4908, %v4909 : f32, !llvm.ptr
        %v4910 = llvm.load %v17 : !llvm.ptr -> f32
        %v4911 = llvm.getelementptr %aggb_h[%v4907] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4910, %v4911 : f32, !llvm.ptr
        %v4912 = arith.muli %v55, %v4 : i64
        %v4913 = arith.subi %v4, %v2 : i64
        %v4914 = arith.minsi %v63, %v4913 : i64
        %v4915 = arith.addi %v4912, %v4914 : i64
        %v4916 = arith.muli %v4915, %v1 : i64
        %v4917 = arith.addi %v4916, %v3241 : i64
        %v4918 = llvm.load %v34 : !llvm.ptr -> f32
        %v4919 = llvm.getelementptr %agga_h[%v4917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4918, %v4919 : f32, !llvm.ptr
        %v4920 = llvm.load %v18 : !llvm.ptr -> f32
        %v4921 = llvm.getelementptr %aggb_h[%v4917] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4920, %v4921 : f32, !llvm.ptr
        %v4922 = arith.muli %v55, %v4 : i64
        %v4923 = arith.subi %v4, %v2 : i64
        %v4924 = arith.minsi %v63, %v4923 : i64
        %v4925 = arith.addi %v4922, %v4924 : i64
        %v4926 = arith.muli %v4925, %v1 : i64
        %v4927 = arith.addi %v4926, %v221 : i64
        %v4928 = llvm.load %v35 : !llvm.ptr -> f32
        %v4929 = llvm.getelementptr %agga_h[%v4927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4928, %v4929 : f32, !llvm.ptr
        %v4930 = llvm.load %v19 : !llvm.ptr -> f32
        %v4931 = llvm.getelementptr %aggb_h[%v4927] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4930, %v4931 : f32, !llvm.ptr
        %v4932 = arith.muli %v55, %v4 : i64
        %v4933 = arith.subi %v4, %v2 : i64
        %v4934 = arith.minsi %v63, %v4933 : i64
        %v4935 = arith.addi %v4932, %v4934 : i64
        %v4936 = arith.muli %v4935, %v1 : i64
        %v4937 = arith.addi %v4936, %v3252 : i64
        %v4938 = llvm.load %v36 : !llvm.ptr -> f32
        %v4939 = llvm.getelementptr %agga_h[%v4937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4938, %v4939 : f32, !llvm.ptr
        %v4940 = llvm.load %v20 : !llvm.ptr -> f32
        %v4941 = llvm.getelementptr %aggb_h[%v4937] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v4940, %v4941 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
