module attributes {gpu.container_module} {
  gpu.module @layers {
    gpu.func @lr_embed(%table: !llvm.ptr, %ids: !llvm.ptr, %out: !llvm.ptr, %rows: i64, %dim: i64) kernel {
      %v6 = arith.constant 256 : i64
      %v1 = arith.muli %rows, %dim : i64
      %v2 = gpu.block_id x
      %v3 = gpu.thread_id x
      %v4 = arith.index_cast %v2 : index to i64
      %v5 = arith.index_cast %v3 : index to i64
      %v7 = arith.muli %v4, %v6 : i64
      %v8 = arith.addi %v7, %v5 : i64
      %v9 = arith.cmpi slt, %v8, %v1 : i64
      scf.if %v9 {
        %v10 = arith.divsi %v8, %dim : i64
        %v11 = arith.remsi %v8, %dim : i64
        %v12 = llvm.getelementptr %ids[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, i32
        %v13 = llvm.load %v12 : !llvm.ptr -> i32
        %v14 = arith.extsi %v13 : i32 to i64
        %v15 = arith.muli %v14, %dim : i64
        %v16 = arith.addi %v15, %v11 : i64
        %v17 = llvm.getelementptr %table[%v16] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v18 = llvm.load %v17 : !llvm.ptr -> f32
        %v19 = llvm.getelementptr %out[%v8] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v18, %v19 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_rmsnorm(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %out: !llvm.ptr, %rows: i64, %dim: i64, %eps: f32) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 0x00000000 : f32
      %v13 = arith.constant 1 : i64
      %v14 = llvm.alloca %v13 x f32 : (i64) -> !llvm.ptr
      %v49 = arith.constant 0x3F800000 : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v11 = arith.cmpi slt, %v9, %rows : i64
      scf.if %v11 {
        llvm.store %v12, %v14 : f32, !llvm.ptr
        %v15 = arith.muli %v9, %x_stride : i64
        scf.for %v16 = %v10 to %dim step %v8 : i64 {
          %v17 = arith.addi %v15, %v16 : i64
          %v18 = llvm.getelementptr %x[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v19 = llvm.load %v18 : !llvm.ptr -> f32
          %v20 = arith.mulf %v19, %v19 : f32
          %v21 = llvm.load %v14 : !llvm.ptr -> f32
          %v22 = arith.addf %v21, %v20 : f32
          llvm.store %v22, %v14 : f32, !llvm.ptr
        }
        %v23 = llvm.load %v14 : !llvm.ptr -> f32
        %v24 = arith.constant 32 : i32
        %v25 = arith.constant 16 : i32
        %v26, %v27 = gpu.shuffle xor %v23, %v25, %v24 : f32
        %v28 = arith.addf %v23, %v26 : f32
        %v29 = arith.constant 8 : i32
        %v30, %v31 = gpu.shuffle xor %v28, %v29, %v24 : f32
        %v32 = arith.addf %v28, %v30 : f32
        %v33 = arith.constant 4 : i32
        %v34, %v35 = gpu.shuffle xor %v32, %v33, %v24 : f32
        %v36 = arith.addf %v32, %v34 : f32
        %v37 = arith.constant 2 : i32
        %v38, %v39 = gpu.shuffle xor %v36, %v37, %v24 : f32
        %v40 = arith.addf %v36, %v38 : f32
        %v41 = arith.constant 1 : i32
        %v42, %v43 = gpu.shuffle xor %v40, %v41, %v24 : f32
        %v44 = arith.addf %v40, %v42 : f32
        %v45 = arith.sitofp %dim : i64 to f32
        %v46 = arith.divf %v44, %v45 : f32
        %v47 = arith.addf %v46, %eps : f32
        %v48 = llvm.call_intrinsic "llvm.sqrt.f32"(%v47) : (f32) -> f32
        %v50 = arith.divf %v49, %v48 : f32
        %v51 = arith.muli %v9, %dim : i64
        scf.for %v52 = %v10 to %dim step %v8 : i64 {
          %v53 = arith.addi %v15, %v52 : i64
          %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v55 = llvm.load %v54 : !llvm.ptr -> f32
          %v56 = llvm.getelementptr %w[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 : !llvm.ptr -> f32
          %v58 = arith.mulf %v55, %v50 : f32
          %v59 = arith.mulf %v58, %v57 : f32
          %v60 = arith.addi %v51, %v52 : i64
          %v61 = llvm.getelementptr %out[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v59, %v61 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_conv1d(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %bias: !llvm.ptr, %prev: !llvm.ptr, %out: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64, %act: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x00000000 : f32
      %v16 = arith.constant 1 : i64
      %v17 = llvm.alloca %v16 x f32 : (i64) -> !llvm.ptr
      %v23 = arith.constant 0 : i64
      %v28 = llvm.alloca %v16 x f32 : (i64) -> !llvm.ptr
      %v54 = arith.constant 0x3F800000 : f32
      %v56 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.muli %batch, %len : i64
      %v9 = arith.muli %v8, %ch : i64
      %v10 = arith.cmpi slt, %v7, %v9 : i64
      scf.if %v10 {
        %v11 = arith.remsi %v7, %ch : i64
        %v12 = arith.divsi %v7, %ch : i64
        %v13 = arith.remsi %v12, %len : i64
        %v14 = arith.divsi %v12, %len : i64
        llvm.store %v15, %v17 : f32, !llvm.ptr
        %v18 = llvm.mlir.zero : !llvm.ptr
        %v19 = llvm.icmp "ne" %bias, %v18 : !llvm.ptr
        scf.if %v19 {
          %v20 = llvm.getelementptr %bias[%v11] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v21 = llvm.load %v20 : !llvm.ptr -> f32
          llvm.store %v21, %v17 : f32, !llvm.ptr
        }
        %v22 = arith.subi %k, %v16 : i64
        %v24 = arith.subi %v13, %v22 : i64
        %v25 = arith.muli %v11, %k : i64
        scf.for %v26 = %v23 to %k step %v16 : i64 {
          %v27 = arith.addi %v24, %v26 : i64
          llvm.store %v15, %v28 : f32, !llvm.ptr
          %v29 = arith.cmpi sge, %v27, %v23 : i64
          %v30 = arith.subi %k, %v16 : i64
          scf.if %v29 {
            %v31 = arith.muli %v14, %len : i64
            %v32 = arith.addi %v31, %v27 : i64
            %v33 = arith.muli %v32, %x_stride : i64
            %v34 = arith.addi %v33, %v11 : i64
            %v35 = llvm.getelementptr %x[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v36 = llvm.load %v35 : !llvm.ptr -> f32
            llvm.store %v36, %v28 : f32, !llvm.ptr
          } else {
            %v37 = llvm.mlir.zero : !llvm.ptr
            %v38 = llvm.icmp "ne" %prev, %v37 : !llvm.ptr
            scf.if %v38 {
              %v39 = arith.muli %v14, %v30 : i64
              %v40 = arith.addi %v39, %v30 : i64
              %v41 = arith.addi %v40, %v27 : i64
              %v42 = arith.muli %v41, %ch : i64
              %v43 = arith.addi %v42, %v11 : i64
              %v44 = llvm.getelementptr %prev[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v45 = llvm.load %v44 : !llvm.ptr -> f32
              llvm.store %v45, %v28 : f32, !llvm.ptr
            }
          }
          %v46 = llvm.load %v28 : !llvm.ptr -> f32
          %v47 = arith.addi %v25, %v26 : i64
          %v48 = llvm.getelementptr %w[%v47] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v49 = llvm.load %v48 : !llvm.ptr -> f32
          %v50 = arith.mulf %v49, %v46 : f32
          %v51 = llvm.load %v17 : !llvm.ptr -> f32
          %v52 = arith.addf %v51, %v50 : f32
          llvm.store %v52, %v17 : f32, !llvm.ptr
        }
        %v53 = llvm.load %v17 : !llvm.ptr -> f32
        %v55 = arith.negf %v53 : f32
        %v57 = arith.mulf %v55, %v56 : f32
        %v58 = llvm.call_intrinsic "llvm.exp2.f32"(%v57) : (f32) -> f32
        %v59 = arith.addf %v54, %v58 : f32
        %v60 = arith.divf %v54, %v59 : f32
        %v61 = arith.mulf %v53, %v60 : f32
        %v62 = arith.cmpi eq, %act, %v16 : i64
        %v63 = arith.select %v62, %v61, %v53 : f32
        %v64 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v63, %v64 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_conv_state(%x: !llvm.ptr, %x_stride: i64, %prev: !llvm.ptr, %state: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v12 = arith.constant 1 : i64
      %v14 = arith.constant 0 : i64
      %v19 = arith.constant 0x00000000 : f32
      %v20 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.muli %batch, %ch : i64
      %v9 = arith.cmpi slt, %v7, %v8 : i64
      scf.if %v9 {
        %v10 = arith.remsi %v7, %ch : i64
        %v11 = arith.divsi %v7, %ch : i64
        %v13 = arith.subi %k, %v12 : i64
        %v15 = arith.subi %len, %v13 : i64
        %v16 = arith.muli %v11, %v13 : i64
        scf.for %v17 = %v14 to %v13 step %v12 : i64 {
          %v18 = arith.addi %v15, %v17 : i64
          llvm.store %v19, %v20 : f32, !llvm.ptr
          %v21 = arith.cmpi sge, %v18, %v14 : i64
          %v22 = arith.subi %k, %v12 : i64
          scf.if %v21 {
            %v23 = arith.muli %v11, %len : i64
            %v24 = arith.addi %v23, %v18 : i64
            %v25 = arith.muli %v24, %x_stride : i64
            %v26 = arith.addi %v25, %v10 : i64
            %v27 = llvm.getelementptr %x[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v28 = llvm.load %v27 : !llvm.ptr -> f32
            llvm.store %v28, %v20 : f32, !llvm.ptr
          } else {
            %v29 = llvm.mlir.zero : !llvm.ptr
            %v30 = llvm.icmp "ne" %prev, %v29 : !llvm.ptr
            scf.if %v30 {
              %v31 = arith.muli %v11, %v22 : i64
              %v32 = arith.addi %v31, %v22 : i64
              %v33 = arith.addi %v32, %v18 : i64
              %v34 = arith.muli %v33, %ch : i64
              %v35 = arith.addi %v34, %v10 : i64
              %v36 = llvm.getelementptr %prev[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v37 = llvm.load %v36 : !llvm.ptr -> f32
              llvm.store %v37, %v20 : f32, !llvm.ptr
            }
          }
          %v38 = llvm.load %v20 : !llvm.ptr -> f32
          %v39 = arith.addi %v16, %v17 : i64
          %v40 = arith.muli %v39, %ch : i64
          %v41 = arith.addi %v40, %v10 : i64
          %v42 = llvm.getelementptr %state[%v41] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v38, %v42 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_gather4(%x: !llvm.ptr, %out: !llvm.ptr, %n: i64, %s1: i64, %s2: i64, %s3: i64, %t0: i64, %t1: i64, %t2: i64, %t3: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.remsi %v7, %s3 : i64
        %v10 = arith.divsi %v7, %s3 : i64
        %v11 = arith.remsi %v10, %s2 : i64
        %v12 = arith.divsi %v10, %s2 : i64
        %v13 = arith.remsi %v12, %s1 : i64
        %v14 = arith.divsi %v12, %s1 : i64
        %v15 = arith.muli %v14, %t0 : i64
        %v16 = arith.muli %v13, %t1 : i64
        %v17 = arith.muli %v11, %t2 : i64
        %v18 = arith.muli %v9, %t3 : i64
        %v19 = arith.addi %v15, %v16 : i64
        %v20 = arith.addi %v19, %v17 : i64
        %v21 = arith.addi %v20, %v18 : i64
        %v22 = llvm.getelementptr %x[%v21] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v23 = llvm.load %v22 : !llvm.ptr -> f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_to_bf16(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v15 = arith.bitcast %v14 : f32 to i32
        %v16 = arith.constant 16 : i32
        %v17 = arith.constant 1 : i32
        %v18 = arith.constant 32767 : i32
        %v19 = arith.constant 64 : i32
        %v20 = arith.shrui %v15, %v16 : i32
        %v21 = arith.andi %v20, %v17 : i32
        %v22 = arith.addi %v15, %v18 : i32
        %v23 = arith.addi %v22, %v21 : i32
        %v24 = arith.shrui %v23, %v16 : i32
        %v25 = arith.ori %v20, %v19 : i32
        %v26 = arith.cmpf uno, %v14, %v14 : f32
        %v27 = arith.select %v26, %v25, %v24 : i32
        %v28 = arith.trunci %v27 : i32 to i16
        %v29 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v28, %v29 : i16, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_to_bf16_split(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v15 = arith.bitcast %v14 : f32 to i32
        %v16 = arith.constant 16 : i32
        %v17 = arith.constant 1 : i32
        %v18 = arith.constant 32767 : i32
        %v19 = arith.constant 64 : i32
        %v20 = arith.shrui %v15, %v16 : i32
        %v21 = arith.andi %v20, %v17 : i32
        %v22 = arith.addi %v15, %v18 : i32
        %v23 = arith.addi %v22, %v21 : i32
        %v24 = arith.shrui %v23, %v16 : i32
        %v25 = arith.ori %v20, %v19 : i32
        %v26 = arith.cmpf uno, %v14, %v14 : f32
        %v27 = arith.select %v26, %v25, %v24 : i32
        %v28 = arith.trunci %v27 : i32 to i16
        %v29 = arith.extui %v28 : i16 to i32
        %v30 = arith.constant 16 : i32
        %v31 = arith.shli %v29, %v30 : i32
        %v32 = arith.bitcast %v31 : i32 to f32
        %v33 = arith.subf %v14, %v32 : f32
        %v34 = arith.bitcast %v33 : f32 to i32
        %v35 = arith.constant 16 : i32
        %v36 = arith.constant 1 : i32
        %v37 = arith.constant 32767 : i32
        %v38 = arith.constant 64 : i32
        %v39 = arith.shrui %v34, %v35 : i32
        %v40 = arith.andi %v39, %v36 : i32
        %v41 = arith.addi %v34, %v37 : i32
        %v42 = arith.addi %v41, %v40 : i32
        %v43 = arith.shrui %v42, %v35 : i32
        %v44 = arith.ori %v39, %v38 : i32
        %v45 = arith.cmpf uno, %v33, %v33 : f32
        %v46 = arith.select %v45, %v44, %v43 : i32
        %v47 = arith.trunci %v46 : i32 to i16
        %v48 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v28, %v48 : i16, !llvm.ptr
        %v49 = arith.addi %v7, %n : i64
        %v50 = llvm.getelementptr %out[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v47, %v50 : i16, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_neg(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v15 = arith.negf %v14 : f32
        %v16 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v15, %v16 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_exp(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v16 = arith.mulf %v14, %v15 : f32
        %v17 = llvm.call_intrinsic "llvm.exp2.f32"(%v16) : (f32) -> f32
        %v18 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v17, %v18 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_log(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v16 = arith.constant 0x3F317218 : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v15 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v14) : (f32) -> f32
        %v17 = arith.mulf %v15, %v16 : f32
        %v18 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v17, %v18 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_sqrt(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v15 = llvm.call_intrinsic "llvm.sqrt.f32"(%v14) : (f32) -> f32
        %v16 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v15, %v16 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_rsqrt(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v15 = llvm.call_intrinsic "llvm.nvvm.rsqrt.approx.f"(%v14) : (f32) -> f32
        %v16 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v15, %v16 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_sigmoid(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3F800000 : f32
      %v17 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v16 = arith.negf %v14 : f32
        %v18 = arith.mulf %v16, %v17 : f32
        %v19 = llvm.call_intrinsic "llvm.exp2.f32"(%v18) : (f32) -> f32
        %v20 = arith.addf %v15, %v19 : f32
        %v21 = arith.divf %v15, %v20 : f32
        %v22 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v21, %v22 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_silu(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3F800000 : f32
      %v17 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v16 = arith.negf %v14 : f32
        %v18 = arith.mulf %v16, %v17 : f32
        %v19 = llvm.call_intrinsic "llvm.exp2.f32"(%v18) : (f32) -> f32
        %v20 = arith.addf %v15, %v19 : f32
        %v21 = arith.divf %v15, %v20 : f32
        %v22 = arith.mulf %v14, %v21 : f32
        %v23 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v22, %v23 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_softplus(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x00000000 : f32
      %v19 = arith.constant 0x3FB8AA3B : f32
      %v22 = arith.constant 0x3F800000 : f32
      %v25 = arith.constant 0x3F317218 : f32
      %v27 = arith.constant 0x3E124925 : f32
      %v28 = arith.constant 0xBE2AAAAB : f32
      %v31 = arith.constant 0x3E4CCCCD : f32
      %v34 = arith.constant 0xBE800000 : f32
      %v37 = arith.constant 0x3EAAAAAB : f32
      %v40 = arith.constant 0xBF000000 : f32
      %v47 = arith.constant 0x3D800000 : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v16 = arith.maximumf %v14, %v15 : f32
        %v17 = llvm.call_intrinsic "llvm.fabs.f32"(%v14) : (f32) -> f32
        %v18 = arith.negf %v17 : f32
        %v20 = arith.mulf %v18, %v19 : f32
        %v21 = llvm.call_intrinsic "llvm.exp2.f32"(%v20) : (f32) -> f32
        %v23 = arith.addf %v22, %v21 : f32
        %v24 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.f"(%v23) : (f32) -> f32
        %v26 = arith.mulf %v24, %v25 : f32
        %v29 = arith.mulf %v27, %v21 : f32
        %v30 = arith.addf %v29, %v28 : f32
        %v32 = arith.mulf %v30, %v21 : f32
        %v33 = arith.addf %v32, %v31 : f32
        %v35 = arith.mulf %v33, %v21 : f32
        %v36 = arith.addf %v35, %v34 : f32
        %v38 = arith.mulf %v36, %v21 : f32
        %v39 = arith.addf %v38, %v37 : f32
        %v41 = arith.mulf %v39, %v21 : f32
        %v42 = arith.addf %v41, %v40 : f32
        %v43 = arith.mulf %v42, %v21 : f32
        %v44 = arith.addf %v43, %v22 : f32
        %v45 = arith.mulf %v44, %v21 : f32
        %v46 = llvm.call_intrinsic "llvm.fabs.f32"(%v21) : (f32) -> f32
        %v48 = arith.cmpf olt, %v46, %v47 : f32
        %v49 = arith.select %v48, %v45, %v26 : f32
        %v50 = arith.addf %v16, %v49 : f32
        %v51 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v50, %v51 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_tanh(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3F800000 : f32
      %v16 = arith.constant 0x40000000 : f32
      %v18 = arith.constant 0x3FB8AA3B : f32
      %v25 = arith.constant 0x3E088889 : f32
      %v26 = arith.constant 0xBEAAAAAB : f32
      %v33 = arith.constant 0x3CF5C28F : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v17 = arith.mulf %v16, %v14 : f32
        %v19 = arith.mulf %v17, %v18 : f32
        %v20 = llvm.call_intrinsic "llvm.exp2.f32"(%v19) : (f32) -> f32
        %v21 = arith.addf %v20, %v15 : f32
        %v22 = arith.divf %v16, %v21 : f32
        %v23 = arith.subf %v15, %v22 : f32
        %v24 = arith.mulf %v14, %v14 : f32
        %v27 = arith.mulf %v24, %v25 : f32
        %v28 = arith.addf %v27, %v26 : f32
        %v29 = arith.mulf %v28, %v24 : f32
        %v30 = arith.addf %v29, %v15 : f32
        %v31 = arith.mulf %v30, %v14 : f32
        %v32 = llvm.call_intrinsic "llvm.fabs.f32"(%v14) : (f32) -> f32
        %v34 = arith.cmpf olt, %v32, %v33 : f32
        %v35 = arith.select %v34, %v31, %v23 : f32
        %v36 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v35, %v36 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_abs(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.divsi %v7, %cols : i64
        %v10 = arith.remsi %v7, %cols : i64
        %v11 = arith.muli %v9, %x_stride : i64
        %v12 = arith.addi %v11, %v10 : i64
        %v13 = llvm.getelementptr %x[%v12] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v14 = llvm.load %v13 : !llvm.ptr -> f32
        %v15 = llvm.call_intrinsic "llvm.fabs.f32"(%v14) : (f32) -> f32
        %v16 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v15, %v16 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_binary_add(%a: !llvm.ptr, %a_stride: i64, %a_cols: i64, %a_n: i64, %b: !llvm.ptr, %b_stride: i64, %b_cols: i64, %b_n: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.remsi %v7, %a_n : i64
        %v10 = arith.remsi %v7, %b_n : i64
        %v11 = arith.divsi %v9, %a_cols : i64
        %v12 = arith.remsi %v9, %a_cols : i64
        %v13 = arith.muli %v11, %a_stride : i64
        %v14 = arith.addi %v13, %v12 : i64
        %v15 = llvm.getelementptr %a[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v16 = llvm.load %v15 : !llvm.ptr -> f32
        %v17 = arith.divsi %v10, %b_cols : i64
        %v18 = arith.remsi %v10, %b_cols : i64
        %v19 = arith.muli %v17, %b_stride : i64
        %v20 = arith.addi %v19, %v18 : i64
        %v21 = llvm.getelementptr %b[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = llvm.load %v21 : !llvm.ptr -> f32
        %v23 = arith.addf %v16, %v22 : f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_binary_sub(%a: !llvm.ptr, %a_stride: i64, %a_cols: i64, %a_n: i64, %b: !llvm.ptr, %b_stride: i64, %b_cols: i64, %b_n: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.remsi %v7, %a_n : i64
        %v10 = arith.remsi %v7, %b_n : i64
        %v11 = arith.divsi %v9, %a_cols : i64
        %v12 = arith.remsi %v9, %a_cols : i64
        %v13 = arith.muli %v11, %a_stride : i64
        %v14 = arith.addi %v13, %v12 : i64
        %v15 = llvm.getelementptr %a[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v16 = llvm.load %v15 : !llvm.ptr -> f32
        %v17 = arith.divsi %v10, %b_cols : i64
        %v18 = arith.remsi %v10, %b_cols : i64
        %v19 = arith.muli %v17, %b_stride : i64
        %v20 = arith.addi %v19, %v18 : i64
        %v21 = llvm.getelementptr %b[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = llvm.load %v21 : !llvm.ptr -> f32
        %v23 = arith.subf %v16, %v22 : f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_binary_mul(%a: !llvm.ptr, %a_stride: i64, %a_cols: i64, %a_n: i64, %b: !llvm.ptr, %b_stride: i64, %b_cols: i64, %b_n: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.remsi %v7, %a_n : i64
        %v10 = arith.remsi %v7, %b_n : i64
        %v11 = arith.divsi %v9, %a_cols : i64
        %v12 = arith.remsi %v9, %a_cols : i64
        %v13 = arith.muli %v11, %a_stride : i64
        %v14 = arith.addi %v13, %v12 : i64
        %v15 = llvm.getelementptr %a[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v16 = llvm.load %v15 : !llvm.ptr -> f32
        %v17 = arith.divsi %v10, %b_cols : i64
        %v18 = arith.remsi %v10, %b_cols : i64
        %v19 = arith.muli %v17, %b_stride : i64
        %v20 = arith.addi %v19, %v18 : i64
        %v21 = llvm.getelementptr %b[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = llvm.load %v21 : !llvm.ptr -> f32
        %v23 = arith.mulf %v16, %v22 : f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_binary_div(%a: !llvm.ptr, %a_stride: i64, %a_cols: i64, %a_n: i64, %b: !llvm.ptr, %b_stride: i64, %b_cols: i64, %b_n: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.remsi %v7, %a_n : i64
        %v10 = arith.remsi %v7, %b_n : i64
        %v11 = arith.divsi %v9, %a_cols : i64
        %v12 = arith.remsi %v9, %a_cols : i64
        %v13 = arith.muli %v11, %a_stride : i64
        %v14 = arith.addi %v13, %v12 : i64
        %v15 = llvm.getelementptr %a[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v16 = llvm.load %v15 : !llvm.ptr -> f32
        %v17 = arith.divsi %v10, %b_cols : i64
        %v18 = arith.remsi %v10, %b_cols : i64
        %v19 = arith.muli %v17, %b_stride : i64
        %v20 = arith.addi %v19, %v18 : i64
        %v21 = llvm.getelementptr %b[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = llvm.load %v21 : !llvm.ptr -> f32
        %v23 = arith.divf %v16, %v22 : f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_binary_min(%a: !llvm.ptr, %a_stride: i64, %a_cols: i64, %a_n: i64, %b: !llvm.ptr, %b_stride: i64, %b_cols: i64, %b_n: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.remsi %v7, %a_n : i64
        %v10 = arith.remsi %v7, %b_n : i64
        %v11 = arith.divsi %v9, %a_cols : i64
        %v12 = arith.remsi %v9, %a_cols : i64
        %v13 = arith.muli %v11, %a_stride : i64
        %v14 = arith.addi %v13, %v12 : i64
        %v15 = llvm.getelementptr %a[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v16 = llvm.load %v15 : !llvm.ptr -> f32
        %v17 = arith.divsi %v10, %b_cols : i64
        %v18 = arith.remsi %v10, %b_cols : i64
        %v19 = arith.muli %v17, %b_stride : i64
        %v20 = arith.addi %v19, %v18 : i64
        %v21 = llvm.getelementptr %b[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = llvm.load %v21 : !llvm.ptr -> f32
        %v23 = arith.minimumf %v16, %v22 : f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_binary_max(%a: !llvm.ptr, %a_stride: i64, %a_cols: i64, %a_n: i64, %b: !llvm.ptr, %b_stride: i64, %b_cols: i64, %b_n: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n : i64
      scf.if %v8 {
        %v9 = arith.remsi %v7, %a_n : i64
        %v10 = arith.remsi %v7, %b_n : i64
        %v11 = arith.divsi %v9, %a_cols : i64
        %v12 = arith.remsi %v9, %a_cols : i64
        %v13 = arith.muli %v11, %a_stride : i64
        %v14 = arith.addi %v13, %v12 : i64
        %v15 = llvm.getelementptr %a[%v14] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v16 = llvm.load %v15 : !llvm.ptr -> f32
        %v17 = arith.divsi %v10, %b_cols : i64
        %v18 = arith.remsi %v10, %b_cols : i64
        %v19 = arith.muli %v17, %b_stride : i64
        %v20 = arith.addi %v19, %v18 : i64
        %v21 = llvm.getelementptr %b[%v20] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v22 = llvm.load %v21 : !llvm.ptr -> f32
        %v23 = arith.maximumf %v16, %v22 : f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
  }
}
