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
    gpu.func @lr_conv1d(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %bias: !llvm.ptr, %prev: !llvm.ptr, %out: !llvm.ptr, %state: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64, %act: i64) kernel {
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
        %v65 = llvm.mlir.zero : !llvm.ptr
        %v66 = llvm.icmp "ne" %state, %v65 : !llvm.ptr
        scf.if %v66 {
          %v67 = arith.muli %v14, %v22 : i64
          %v68 = arith.subi %v22, %v16 : i64
          scf.for %v69 = %v23 to %v68 step %v16 : i64 {
            %v70 = arith.addi %v67, %v69 : i64
            %v71 = arith.muli %v70, %ch : i64
            %v72 = arith.addi %v71, %v11 : i64
            %v73 = arith.addi %v72, %ch : i64
            %v74 = llvm.getelementptr %state[%v73] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v75 = llvm.load %v74 : !llvm.ptr -> f32
            %v76 = llvm.getelementptr %state[%v72] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v75, %v76 : f32, !llvm.ptr
          }
          %v77 = arith.addi %v67, %v68 : i64
          %v78 = arith.muli %v77, %ch : i64
          %v79 = arith.addi %v78, %v11 : i64
          %v80 = arith.muli %v14, %x_stride : i64
          %v81 = arith.addi %v80, %v11 : i64
          %v82 = llvm.getelementptr %x[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v83 = llvm.load %v82 : !llvm.ptr -> f32
          %v84 = llvm.getelementptr %state[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v83, %v84 : f32, !llvm.ptr
        }
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
    gpu.func @lr_round_bf16(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
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
        %v33 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v32, %v33 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_argmax_partial(%x: !llvm.ptr, %x_stride: i64, %rows: i64, %cols: i64, %pmax: !llvm.ptr, %pidx: !llvm.ptr) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v23 = arith.constant 0xFF800000 : f32
      %v24 = arith.constant 0 : i64
      %v41 = arith.constant 64 : i64
      %v50 = arith.constant 96 : i64
      %v59 = arith.constant 128 : i64
      %v68 = arith.constant 160 : i64
      %v77 = arith.constant 192 : i64
      %v86 = arith.constant 224 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v12 = arith.addi %cols, %v5 : i64
      %v13 = arith.subi %v12, %v11 : i64
      %v14 = arith.divsi %v13, %v5 : i64
      %v15 = arith.muli %rows, %v14 : i64
      %v16 = arith.cmpi slt, %v9, %v15 : i64
      scf.if %v16 {
        %v17 = arith.divsi %v9, %v14 : i64
        %v18 = arith.remsi %v9, %v14 : i64
        %v19 = arith.muli %v18, %v5 : i64
        %v20 = arith.addi %v19, %v10 : i64
        %v21 = arith.muli %v17, %x_stride : i64
        %v22 = arith.subi %cols, %v11 : i64
        %v25 = arith.addi %v20, %v24 : i64
        %v26 = arith.minsi %v25, %v22 : i64
        %v27 = arith.addi %v21, %v26 : i64
        %v28 = llvm.getelementptr %x[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v29 = llvm.load %v28 : !llvm.ptr -> f32
        %v30 = arith.cmpi slt, %v25, %cols : i64
        %v31 = arith.select %v30, %v29, %v23 : f32
        %v32 = arith.sitofp %v25 : i64 to f32
        %v33 = arith.addi %v20, %v8 : i64
        %v34 = arith.minsi %v33, %v22 : i64
        %v35 = arith.addi %v21, %v34 : i64
        %v36 = llvm.getelementptr %x[%v35] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v37 = llvm.load %v36 : !llvm.ptr -> f32
        %v38 = arith.cmpi slt, %v33, %cols : i64
        %v39 = arith.select %v38, %v37, %v23 : f32
        %v40 = arith.sitofp %v33 : i64 to f32
        %v42 = arith.addi %v20, %v41 : i64
        %v43 = arith.minsi %v42, %v22 : i64
        %v44 = arith.addi %v21, %v43 : i64
        %v45 = llvm.getelementptr %x[%v44] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v46 = llvm.load %v45 : !llvm.ptr -> f32
        %v47 = arith.cmpi slt, %v42, %cols : i64
        %v48 = arith.select %v47, %v46, %v23 : f32
        %v49 = arith.sitofp %v42 : i64 to f32
        %v51 = arith.addi %v20, %v50 : i64
        %v52 = arith.minsi %v51, %v22 : i64
        %v53 = arith.addi %v21, %v52 : i64
        %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v55 = llvm.load %v54 : !llvm.ptr -> f32
        %v56 = arith.cmpi slt, %v51, %cols : i64
        %v57 = arith.select %v56, %v55, %v23 : f32
        %v58 = arith.sitofp %v51 : i64 to f32
        %v60 = arith.addi %v20, %v59 : i64
        %v61 = arith.minsi %v60, %v22 : i64
        %v62 = arith.addi %v21, %v61 : i64
        %v63 = llvm.getelementptr %x[%v62] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v64 = llvm.load %v63 : !llvm.ptr -> f32
        %v65 = arith.cmpi slt, %v60, %cols : i64
        %v66 = arith.select %v65, %v64, %v23 : f32
        %v67 = arith.sitofp %v60 : i64 to f32
        %v69 = arith.addi %v20, %v68 : i64
        %v70 = arith.minsi %v69, %v22 : i64
        %v71 = arith.addi %v21, %v70 : i64
        %v72 = llvm.getelementptr %x[%v71] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v73 = llvm.load %v72 : !llvm.ptr -> f32
        %v74 = arith.cmpi slt, %v69, %cols : i64
        %v75 = arith.select %v74, %v73, %v23 : f32
        %v76 = arith.sitofp %v69 : i64 to f32
        %v78 = arith.addi %v20, %v77 : i64
        %v79 = arith.minsi %v78, %v22 : i64
        %v80 = arith.addi %v21, %v79 : i64
        %v81 = llvm.getelementptr %x[%v80] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v82 = llvm.load %v81 : !llvm.ptr -> f32
        %v83 = arith.cmpi slt, %v78, %cols : i64
        %v84 = arith.select %v83, %v82, %v23 : f32
        %v85 = arith.sitofp %v78 : i64 to f32
        %v87 = arith.addi %v20, %v86 : i64
        %v88 = arith.minsi %v87, %v22 : i64
        %v89 = arith.addi %v21, %v88 : i64
        %v90 = llvm.getelementptr %x[%v89] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v91 = llvm.load %v90 : !llvm.ptr -> f32
        %v92 = arith.cmpi slt, %v87, %cols : i64
        %v93 = arith.select %v92, %v91, %v23 : f32
        %v94 = arith.sitofp %v87 : i64 to f32
        %v95 = arith.cmpf ogt, %v39, %v31 : f32
        %v96 = arith.cmpf oeq, %v39, %v31 : f32
        %v97 = arith.cmpf olt, %v40, %v32 : f32
        %v98 = arith.andi %v96, %v97 : i1
        %v99 = arith.ori %v95, %v98 : i1
        %v100 = arith.select %v99, %v39, %v31 : f32
        %v101 = arith.select %v99, %v40, %v32 : f32
        %v102 = arith.cmpf ogt, %v48, %v100 : f32
        %v103 = arith.cmpf oeq, %v48, %v100 : f32
        %v104 = arith.cmpf olt, %v49, %v101 : f32
        %v105 = arith.andi %v103, %v104 : i1
        %v106 = arith.ori %v102, %v105 : i1
        %v107 = arith.select %v106, %v48, %v100 : f32
        %v108 = arith.select %v106, %v49, %v101 : f32
        %v109 = arith.cmpf ogt, %v57, %v107 : f32
        %v110 = arith.cmpf oeq, %v57, %v107 : f32
        %v111 = arith.cmpf olt, %v58, %v108 : f32
        %v112 = arith.andi %v110, %v111 : i1
        %v113 = arith.ori %v109, %v112 : i1
        %v114 = arith.select %v113, %v57, %v107 : f32
        %v115 = arith.select %v113, %v58, %v108 : f32
        %v116 = arith.cmpf ogt, %v66, %v114 : f32
        %v117 = arith.cmpf oeq, %v66, %v114 : f32
        %v118 = arith.cmpf olt, %v67, %v115 : f32
        %v119 = arith.andi %v117, %v118 : i1
        %v120 = arith.ori %v116, %v119 : i1
        %v121 = arith.select %v120, %v66, %v114 : f32
        %v122 = arith.select %v120, %v67, %v115 : f32
        %v123 = arith.cmpf ogt, %v75, %v121 : f32
        %v124 = arith.cmpf oeq, %v75, %v121 : f32
        %v125 = arith.cmpf olt, %v76, %v122 : f32
        %v126 = arith.andi %v124, %v125 : i1
        %v127 = arith.ori %v123, %v126 : i1
        %v128 = arith.select %v127, %v75, %v121 : f32
        %v129 = arith.select %v127, %v76, %v122 : f32
        %v130 = arith.cmpf ogt, %v84, %v128 : f32
        %v131 = arith.cmpf oeq, %v84, %v128 : f32
        %v132 = arith.cmpf olt, %v85, %v129 : f32
        %v133 = arith.andi %v131, %v132 : i1
        %v134 = arith.ori %v130, %v133 : i1
        %v135 = arith.select %v134, %v84, %v128 : f32
        %v136 = arith.select %v134, %v85, %v129 : f32
        %v137 = arith.cmpf ogt, %v93, %v135 : f32
        %v138 = arith.cmpf oeq, %v93, %v135 : f32
        %v139 = arith.cmpf olt, %v94, %v136 : f32
        %v140 = arith.andi %v138, %v139 : i1
        %v141 = arith.ori %v137, %v140 : i1
        %v142 = arith.select %v141, %v93, %v135 : f32
        %v143 = arith.select %v141, %v94, %v136 : f32
        %v144 = arith.constant 32 : i32
        %v145 = arith.constant 16 : i32
        %v146, %v147 = gpu.shuffle xor %v142, %v145, %v144 : f32
        %v148, %v149 = gpu.shuffle xor %v143, %v145, %v144 : f32
        %v150 = arith.cmpf ogt, %v146, %v142 : f32
        %v151 = arith.cmpf oeq, %v146, %v142 : f32
        %v152 = arith.cmpf olt, %v148, %v143 : f32
        %v153 = arith.andi %v151, %v152 : i1
        %v154 = arith.ori %v150, %v153 : i1
        %v155 = arith.select %v154, %v146, %v142 : f32
        %v156 = arith.select %v154, %v148, %v143 : f32
        %v157 = arith.constant 8 : i32
        %v158, %v159 = gpu.shuffle xor %v155, %v157, %v144 : f32
        %v160, %v161 = gpu.shuffle xor %v156, %v157, %v144 : f32
        %v162 = arith.cmpf ogt, %v158, %v155 : f32
        %v163 = arith.cmpf oeq, %v158, %v155 : f32
        %v164 = arith.cmpf olt, %v160, %v156 : f32
        %v165 = arith.andi %v163, %v164 : i1
        %v166 = arith.ori %v162, %v165 : i1
        %v167 = arith.select %v166, %v158, %v155 : f32
        %v168 = arith.select %v166, %v160, %v156 : f32
        %v169 = arith.constant 4 : i32
        %v170, %v171 = gpu.shuffle xor %v167, %v169, %v144 : f32
        %v172, %v173 = gpu.shuffle xor %v168, %v169, %v144 : f32
        %v174 = arith.cmpf ogt, %v170, %v167 : f32
        %v175 = arith.cmpf oeq, %v170, %v167 : f32
        %v176 = arith.cmpf olt, %v172, %v168 : f32
        %v177 = arith.andi %v175, %v176 : i1
        %v178 = arith.ori %v174, %v177 : i1
        %v179 = arith.select %v178, %v170, %v167 : f32
        %v180 = arith.select %v178, %v172, %v168 : f32
        %v181 = arith.constant 2 : i32
        %v182, %v183 = gpu.shuffle xor %v179, %v181, %v144 : f32
        %v184, %v185 = gpu.shuffle xor %v180, %v181, %v144 : f32
        %v186 = arith.cmpf ogt, %v182, %v179 : f32
        %v187 = arith.cmpf oeq, %v182, %v179 : f32
        %v188 = arith.cmpf olt, %v184, %v180 : f32
        %v189 = arith.andi %v187, %v188 : i1
        %v190 = arith.ori %v186, %v189 : i1
        %v191 = arith.select %v190, %v182, %v179 : f32
        %v192 = arith.select %v190, %v184, %v180 : f32
        %v193 = arith.constant 1 : i32
        %v194, %v195 = gpu.shuffle xor %v191, %v193, %v144 : f32
        %v196, %v197 = gpu.shuffle xor %v192, %v193, %v144 : f32
        %v198 = arith.cmpf ogt, %v194, %v191 : f32
        %v199 = arith.cmpf oeq, %v194, %v191 : f32
        %v200 = arith.cmpf olt, %v196, %v192 : f32
        %v201 = arith.andi %v199, %v200 : i1
        %v202 = arith.ori %v198, %v201 : i1
        %v203 = arith.select %v202, %v194, %v191 : f32
        %v204 = arith.select %v202, %v196, %v192 : f32
        %v205 = arith.cmpi eq, %v10, %v24 : i64
        scf.if %v205 {
          %v206 = llvm.getelementptr %pmax[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v203, %v206 : f32, !llvm.ptr
          %v207 = arith.fptosi %v204 : f32 to i32
          %v208 = llvm.getelementptr %pidx[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          llvm.store %v207, %v208 : i32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_argmax_final(%pmax: !llvm.ptr, %pidx: !llvm.ptr, %rows: i64, %nchunks: i64, %out: !llvm.ptr) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 0xFF800000 : f32
      %v13 = arith.constant 1 : i64
      %v14 = llvm.alloca %v13 x f32 : (i64) -> !llvm.ptr
      %v15 = arith.constant 0x4F000000 : f32
      %v16 = llvm.alloca %v13 x f32 : (i64) -> !llvm.ptr
      %v97 = arith.constant 0 : i64
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
        llvm.store %v15, %v16 : f32, !llvm.ptr
        %v17 = arith.muli %v9, %nchunks : i64
        scf.for %v18 = %v10 to %nchunks step %v8 : i64 {
          %v19 = arith.addi %v17, %v18 : i64
          %v20 = llvm.getelementptr %pmax[%v19] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v21 = llvm.load %v20 : !llvm.ptr -> f32
          %v22 = llvm.getelementptr %pidx[%v19] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          %v23 = llvm.load %v22 : !llvm.ptr -> i32
          %v24 = arith.sitofp %v23 : i32 to f32
          %v25 = llvm.load %v14 : !llvm.ptr -> f32
          %v26 = llvm.load %v16 : !llvm.ptr -> f32
          %v27 = arith.cmpf ogt, %v21, %v25 : f32
          %v28 = arith.cmpf oeq, %v21, %v25 : f32
          %v29 = arith.cmpf olt, %v24, %v26 : f32
          %v30 = arith.andi %v28, %v29 : i1
          %v31 = arith.ori %v27, %v30 : i1
          %v32 = arith.select %v31, %v21, %v25 : f32
          %v33 = arith.select %v31, %v24, %v26 : f32
          llvm.store %v32, %v14 : f32, !llvm.ptr
          llvm.store %v33, %v16 : f32, !llvm.ptr
        }
        %v34 = llvm.load %v14 : !llvm.ptr -> f32
        %v35 = llvm.load %v16 : !llvm.ptr -> f32
        %v36 = arith.constant 32 : i32
        %v37 = arith.constant 16 : i32
        %v38, %v39 = gpu.shuffle xor %v34, %v37, %v36 : f32
        %v40, %v41 = gpu.shuffle xor %v35, %v37, %v36 : f32
        %v42 = arith.cmpf ogt, %v38, %v34 : f32
        %v43 = arith.cmpf oeq, %v38, %v34 : f32
        %v44 = arith.cmpf olt, %v40, %v35 : f32
        %v45 = arith.andi %v43, %v44 : i1
        %v46 = arith.ori %v42, %v45 : i1
        %v47 = arith.select %v46, %v38, %v34 : f32
        %v48 = arith.select %v46, %v40, %v35 : f32
        %v49 = arith.constant 8 : i32
        %v50, %v51 = gpu.shuffle xor %v47, %v49, %v36 : f32
        %v52, %v53 = gpu.shuffle xor %v48, %v49, %v36 : f32
        %v54 = arith.cmpf ogt, %v50, %v47 : f32
        %v55 = arith.cmpf oeq, %v50, %v47 : f32
        %v56 = arith.cmpf olt, %v52, %v48 : f32
        %v57 = arith.andi %v55, %v56 : i1
        %v58 = arith.ori %v54, %v57 : i1
        %v59 = arith.select %v58, %v50, %v47 : f32
        %v60 = arith.select %v58, %v52, %v48 : f32
        %v61 = arith.constant 4 : i32
        %v62, %v63 = gpu.shuffle xor %v59, %v61, %v36 : f32
        %v64, %v65 = gpu.shuffle xor %v60, %v61, %v36 : f32
        %v66 = arith.cmpf ogt, %v62, %v59 : f32
        %v67 = arith.cmpf oeq, %v62, %v59 : f32
        %v68 = arith.cmpf olt, %v64, %v60 : f32
        %v69 = arith.andi %v67, %v68 : i1
        %v70 = arith.ori %v66, %v69 : i1
        %v71 = arith.select %v70, %v62, %v59 : f32
        %v72 = arith.select %v70, %v64, %v60 : f32
        %v73 = arith.constant 2 : i32
        %v74, %v75 = gpu.shuffle xor %v71, %v73, %v36 : f32
        %v76, %v77 = gpu.shuffle xor %v72, %v73, %v36 : f32
        %v78 = arith.cmpf ogt, %v74, %v71 : f32
        %v79 = arith.cmpf oeq, %v74, %v71 : f32
        %v80 = arith.cmpf olt, %v76, %v72 : f32
        %v81 = arith.andi %v79, %v80 : i1
        %v82 = arith.ori %v78, %v81 : i1
        %v83 = arith.select %v82, %v74, %v71 : f32
        %v84 = arith.select %v82, %v76, %v72 : f32
        %v85 = arith.constant 1 : i32
        %v86, %v87 = gpu.shuffle xor %v83, %v85, %v36 : f32
        %v88, %v89 = gpu.shuffle xor %v84, %v85, %v36 : f32
        %v90 = arith.cmpf ogt, %v86, %v83 : f32
        %v91 = arith.cmpf oeq, %v86, %v83 : f32
        %v92 = arith.cmpf olt, %v88, %v84 : f32
        %v93 = arith.andi %v91, %v92 : i1
        %v94 = arith.ori %v90, %v93 : i1
        %v95 = arith.select %v94, %v86, %v83 : f32
        %v96 = arith.select %v94, %v88, %v84 : f32
        %v98 = arith.cmpi eq, %v10, %v97 : i64
        scf.if %v98 {
          %v99 = arith.fptosi %v96 : f32 to i32
          %v100 = llvm.getelementptr %out[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          llvm.store %v99, %v100 : i32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_f32w(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %m: i64, %n: i64, %k: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 1 : i64
      %v13 = arith.constant 0 : i64
      %v14 = arith.constant 4 : i64
      %v15 = arith.constant 512 : i64
      %v23 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v37 = arith.constant 128 : i64
      %v52 = arith.constant 384 : i64
      %v116 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v11 = arith.cmpi slt, %v9, %n : i64
      scf.if %v11 {
        %v16 = arith.subi %k, %v14 : i64
        %v17 = arith.muli %v9, %k : i64
        %v18 = llvm.getelementptr %w[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v19 = arith.muli %v10, %v14 : i64
        %v20 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v21 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        scf.for %v22 = %v13 to %m step %v12 : i64 {
          llvm.store %v20, %v23 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v24 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v25 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v26 : vector<4xf32>, !llvm.ptr
          %v27 = arith.muli %v22, %x_stride : i64
          %v28 = llvm.getelementptr %x[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.for %v29 = %v19 to %k step %v15 : i64 {
            %v30 = arith.addi %v29, %v13 : i64
            %v31 = arith.minsi %v30, %v16 : i64
            %v32 = arith.cmpi slt, %v30, %k : i64
            %v33 = llvm.getelementptr %v18[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v34 = llvm.load %v33 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v35 = llvm.getelementptr %v28[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v36 = llvm.load %v35 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v38 = arith.addi %v29, %v37 : i64
            %v39 = arith.minsi %v38, %v16 : i64
            %v40 = arith.cmpi slt, %v38, %k : i64
            %v41 = llvm.getelementptr %v18[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v42 = llvm.load %v41 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v43 = llvm.getelementptr %v28[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v44 = llvm.load %v43 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v45 = arith.addi %v29, %v5 : i64
            %v46 = arith.minsi %v45, %v16 : i64
            %v47 = arith.cmpi slt, %v45, %k : i64
            %v48 = llvm.getelementptr %v18[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v49 = llvm.load %v48 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v50 = llvm.getelementptr %v28[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v51 = llvm.load %v50 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v53 = arith.addi %v29, %v52 : i64
            %v54 = arith.minsi %v53, %v16 : i64
            %v55 = arith.cmpi slt, %v53, %k : i64
            %v56 = llvm.getelementptr %v18[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v57 = llvm.load %v56 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v58 = llvm.getelementptr %v28[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v59 = llvm.load %v58 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v60 = llvm.fmul %v34, %v36 : vector<4xf32>
            %v61 = llvm.select %v32, %v60, %v20 : i1, vector<4xf32>
            %v62 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v63 = llvm.fadd %v62, %v61 : vector<4xf32>
            llvm.store %v63, %v23 : vector<4xf32>, !llvm.ptr
            %v64 = llvm.fmul %v42, %v44 : vector<4xf32>
            %v65 = llvm.select %v40, %v64, %v20 : i1, vector<4xf32>
            %v66 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v67 = llvm.fadd %v66, %v65 : vector<4xf32>
            llvm.store %v67, %v24 : vector<4xf32>, !llvm.ptr
            %v68 = llvm.fmul %v49, %v51 : vector<4xf32>
            %v69 = llvm.select %v47, %v68, %v20 : i1, vector<4xf32>
            %v70 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v71 = llvm.fadd %v70, %v69 : vector<4xf32>
            llvm.store %v71, %v25 : vector<4xf32>, !llvm.ptr
            %v72 = llvm.fmul %v57, %v59 : vector<4xf32>
            %v73 = llvm.select %v55, %v72, %v20 : i1, vector<4xf32>
            %v74 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v75 = llvm.fadd %v74, %v73 : vector<4xf32>
            llvm.store %v75, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v76 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v77 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v78 = llvm.fadd %v76, %v77 : vector<4xf32>
          %v79 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v80 = llvm.fadd %v78, %v79 : vector<4xf32>
          %v81 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v82 = llvm.fadd %v80, %v81 : vector<4xf32>
          %v83 = llvm.mlir.constant(0 : i32) : i32
          %v84 = llvm.extractelement %v82[%v83 : i32] : vector<4xf32>
          %v85 = llvm.mlir.constant(1 : i32) : i32
          %v86 = llvm.extractelement %v82[%v85 : i32] : vector<4xf32>
          %v87 = arith.addf %v84, %v86 : f32
          %v88 = llvm.mlir.constant(2 : i32) : i32
          %v89 = llvm.extractelement %v82[%v88 : i32] : vector<4xf32>
          %v90 = arith.addf %v87, %v89 : f32
          %v91 = llvm.mlir.constant(3 : i32) : i32
          %v92 = llvm.extractelement %v82[%v91 : i32] : vector<4xf32>
          %v93 = arith.addf %v90, %v92 : f32
          %v94 = arith.constant 32 : i32
          %v95 = arith.constant 16 : i32
          %v96, %v97 = gpu.shuffle xor %v93, %v95, %v94 : f32
          %v98 = arith.addf %v93, %v96 : f32
          %v99 = arith.constant 8 : i32
          %v100, %v101 = gpu.shuffle xor %v98, %v99, %v94 : f32
          %v102 = arith.addf %v98, %v100 : f32
          %v103 = arith.constant 4 : i32
          %v104, %v105 = gpu.shuffle xor %v102, %v103, %v94 : f32
          %v106 = arith.addf %v102, %v104 : f32
          %v107 = arith.constant 2 : i32
          %v108, %v109 = gpu.shuffle xor %v106, %v107, %v94 : f32
          %v110 = arith.addf %v106, %v108 : f32
          %v111 = arith.constant 1 : i32
          %v112, %v113 = gpu.shuffle xor %v110, %v111, %v94 : f32
          %v114 = arith.addf %v110, %v112 : f32
          %v115 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v115 {
            llvm.store %v114, %v116 : f32, !llvm.ptr
            %v117 = llvm.mlir.zero : !llvm.ptr
            %v118 = llvm.icmp "ne" %bias, %v117 : !llvm.ptr
            scf.if %v118 {
              %v119 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v120 = llvm.load %v119 : !llvm.ptr -> f32
              %v121 = llvm.load %v116 : !llvm.ptr -> f32
              %v122 = arith.addf %v121, %v120 : f32
              llvm.store %v122, %v116 : f32, !llvm.ptr
            }
            %v123 = llvm.mlir.zero : !llvm.ptr
            %v124 = llvm.icmp "ne" %add, %v123 : !llvm.ptr
            scf.if %v124 {
              %v125 = arith.muli %v22, %add_stride : i64
              %v126 = arith.addi %v125, %v9 : i64
              %v127 = llvm.getelementptr %add[%v126] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v128 = llvm.load %v127 : !llvm.ptr -> f32
              %v129 = llvm.load %v116 : !llvm.ptr -> f32
              %v130 = arith.addf %v129, %v128 : f32
              llvm.store %v130, %v116 : f32, !llvm.ptr
            }
            %v131 = llvm.load %v116 : !llvm.ptr -> f32
            %v132 = arith.muli %v22, %n : i64
            %v133 = arith.addi %v132, %v9 : i64
            %v134 = llvm.getelementptr %out[%v133] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v131, %v134 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_bf16w(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %m: i64, %n: i64, %k: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 1 : i64
      %v13 = arith.constant 0 : i64
      %v14 = arith.constant 4 : i64
      %v15 = arith.constant 512 : i64
      %v23 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v37 = arith.constant 128 : i64
      %v52 = arith.constant 384 : i64
      %v128 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v11 = arith.cmpi slt, %v9, %n : i64
      scf.if %v11 {
        %v16 = arith.subi %k, %v14 : i64
        %v17 = arith.muli %v9, %k : i64
        %v18 = llvm.getelementptr %w[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v19 = arith.muli %v10, %v14 : i64
        %v20 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v21 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        scf.for %v22 = %v13 to %m step %v12 : i64 {
          llvm.store %v20, %v23 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v24 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v25 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v26 : vector<4xf32>, !llvm.ptr
          %v27 = arith.muli %v22, %x_stride : i64
          %v28 = llvm.getelementptr %x[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          scf.for %v29 = %v19 to %k step %v15 : i64 {
            %v30 = arith.addi %v29, %v13 : i64
            %v31 = arith.minsi %v30, %v16 : i64
            %v32 = arith.cmpi slt, %v30, %k : i64
            %v33 = llvm.getelementptr %v18[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v34 = llvm.load %v33 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v35 = llvm.getelementptr %v28[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v36 = llvm.load %v35 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v38 = arith.addi %v29, %v37 : i64
            %v39 = arith.minsi %v38, %v16 : i64
            %v40 = arith.cmpi slt, %v38, %k : i64
            %v41 = llvm.getelementptr %v18[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v42 = llvm.load %v41 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v43 = llvm.getelementptr %v28[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v44 = llvm.load %v43 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v45 = arith.addi %v29, %v5 : i64
            %v46 = arith.minsi %v45, %v16 : i64
            %v47 = arith.cmpi slt, %v45, %k : i64
            %v48 = llvm.getelementptr %v18[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v49 = llvm.load %v48 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v50 = llvm.getelementptr %v28[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v51 = llvm.load %v50 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v53 = arith.addi %v29, %v52 : i64
            %v54 = arith.minsi %v53, %v16 : i64
            %v55 = arith.cmpi slt, %v53, %k : i64
            %v56 = llvm.getelementptr %v18[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v57 = llvm.load %v56 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v58 = llvm.getelementptr %v28[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v59 = llvm.load %v58 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v60 = llvm.zext %v34 : vector<4xi16> to vector<4xi32>
            %v61 = llvm.shl %v60, %v21 : vector<4xi32>
            %v62 = llvm.bitcast %v61 : vector<4xi32> to vector<4xf32>
            %v63 = llvm.fmul %v62, %v36 : vector<4xf32>
            %v64 = llvm.select %v32, %v63, %v20 : i1, vector<4xf32>
            %v65 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v66 = llvm.fadd %v65, %v64 : vector<4xf32>
            llvm.store %v66, %v23 : vector<4xf32>, !llvm.ptr
            %v67 = llvm.zext %v42 : vector<4xi16> to vector<4xi32>
            %v68 = llvm.shl %v67, %v21 : vector<4xi32>
            %v69 = llvm.bitcast %v68 : vector<4xi32> to vector<4xf32>
            %v70 = llvm.fmul %v69, %v44 : vector<4xf32>
            %v71 = llvm.select %v40, %v70, %v20 : i1, vector<4xf32>
            %v72 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v73 = llvm.fadd %v72, %v71 : vector<4xf32>
            llvm.store %v73, %v24 : vector<4xf32>, !llvm.ptr
            %v74 = llvm.zext %v49 : vector<4xi16> to vector<4xi32>
            %v75 = llvm.shl %v74, %v21 : vector<4xi32>
            %v76 = llvm.bitcast %v75 : vector<4xi32> to vector<4xf32>
            %v77 = llvm.fmul %v76, %v51 : vector<4xf32>
            %v78 = llvm.select %v47, %v77, %v20 : i1, vector<4xf32>
            %v79 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v80 = llvm.fadd %v79, %v78 : vector<4xf32>
            llvm.store %v80, %v25 : vector<4xf32>, !llvm.ptr
            %v81 = llvm.zext %v57 : vector<4xi16> to vector<4xi32>
            %v82 = llvm.shl %v81, %v21 : vector<4xi32>
            %v83 = llvm.bitcast %v82 : vector<4xi32> to vector<4xf32>
            %v84 = llvm.fmul %v83, %v59 : vector<4xf32>
            %v85 = llvm.select %v55, %v84, %v20 : i1, vector<4xf32>
            %v86 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v87 = llvm.fadd %v86, %v85 : vector<4xf32>
            llvm.store %v87, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v88 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v89 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v90 = llvm.fadd %v88, %v89 : vector<4xf32>
          %v91 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v92 = llvm.fadd %v90, %v91 : vector<4xf32>
          %v93 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v94 = llvm.fadd %v92, %v93 : vector<4xf32>
          %v95 = llvm.mlir.constant(0 : i32) : i32
          %v96 = llvm.extractelement %v94[%v95 : i32] : vector<4xf32>
          %v97 = llvm.mlir.constant(1 : i32) : i32
          %v98 = llvm.extractelement %v94[%v97 : i32] : vector<4xf32>
          %v99 = arith.addf %v96, %v98 : f32
          %v100 = llvm.mlir.constant(2 : i32) : i32
          %v101 = llvm.extractelement %v94[%v100 : i32] : vector<4xf32>
          %v102 = arith.addf %v99, %v101 : f32
          %v103 = llvm.mlir.constant(3 : i32) : i32
          %v104 = llvm.extractelement %v94[%v103 : i32] : vector<4xf32>
          %v105 = arith.addf %v102, %v104 : f32
          %v106 = arith.constant 32 : i32
          %v107 = arith.constant 16 : i32
          %v108, %v109 = gpu.shuffle xor %v105, %v107, %v106 : f32
          %v110 = arith.addf %v105, %v108 : f32
          %v111 = arith.constant 8 : i32
          %v112, %v113 = gpu.shuffle xor %v110, %v111, %v106 : f32
          %v114 = arith.addf %v110, %v112 : f32
          %v115 = arith.constant 4 : i32
          %v116, %v117 = gpu.shuffle xor %v114, %v115, %v106 : f32
          %v118 = arith.addf %v114, %v116 : f32
          %v119 = arith.constant 2 : i32
          %v120, %v121 = gpu.shuffle xor %v118, %v119, %v106 : f32
          %v122 = arith.addf %v118, %v120 : f32
          %v123 = arith.constant 1 : i32
          %v124, %v125 = gpu.shuffle xor %v122, %v123, %v106 : f32
          %v126 = arith.addf %v122, %v124 : f32
          %v127 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v127 {
            llvm.store %v126, %v128 : f32, !llvm.ptr
            %v129 = llvm.mlir.zero : !llvm.ptr
            %v130 = llvm.icmp "ne" %bias, %v129 : !llvm.ptr
            scf.if %v130 {
              %v131 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v132 = llvm.load %v131 : !llvm.ptr -> f32
              %v133 = llvm.load %v128 : !llvm.ptr -> f32
              %v134 = arith.addf %v133, %v132 : f32
              llvm.store %v134, %v128 : f32, !llvm.ptr
            }
            %v135 = llvm.mlir.zero : !llvm.ptr
            %v136 = llvm.icmp "ne" %add, %v135 : !llvm.ptr
            scf.if %v136 {
              %v137 = arith.muli %v22, %add_stride : i64
              %v138 = arith.addi %v137, %v9 : i64
              %v139 = llvm.getelementptr %add[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v140 = llvm.load %v139 : !llvm.ptr -> f32
              %v141 = llvm.load %v128 : !llvm.ptr -> f32
              %v142 = arith.addf %v141, %v140 : f32
              llvm.store %v142, %v128 : f32, !llvm.ptr
            }
            %v143 = llvm.load %v128 : !llvm.ptr -> f32
            %v144 = arith.muli %v22, %n : i64
            %v145 = arith.addi %v144, %v9 : i64
            %v146 = llvm.getelementptr %out[%v145] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v143, %v146 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_f32w_norm(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 1 : i64
      %v13 = arith.constant 0 : i64
      %v14 = arith.constant 4 : i64
      %v15 = arith.constant 512 : i64
      %v23 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v30 = arith.constant 128 : i64
      %v74 = arith.constant 0x3F800000 : f32
      %v114 = arith.constant 384 : i64
      %v182 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v11 = arith.cmpi slt, %v9, %n : i64
      scf.if %v11 {
        %v16 = arith.subi %k, %v14 : i64
        %v17 = arith.muli %v9, %k : i64
        %v18 = llvm.getelementptr %w[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v19 = arith.muli %v10, %v14 : i64
        %v20 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v21 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        scf.for %v22 = %v13 to %m step %v12 : i64 {
          llvm.store %v20, %v23 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v24 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v25 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v26 : vector<4xf32>, !llvm.ptr
          %v27 = arith.muli %v22, %x_stride : i64
          %v28 = llvm.getelementptr %x[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v20, %v29 : vector<4xf32>, !llvm.ptr
          scf.for %v31 = %v19 to %k step %v30 : i64 {
            %v32 = llvm.getelementptr %v28[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v33 = llvm.load %v32 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v34 = llvm.fmul %v33, %v33 : vector<4xf32>
            %v35 = llvm.load %v29 : !llvm.ptr -> vector<4xf32>
            %v36 = llvm.fadd %v35, %v34 : vector<4xf32>
            llvm.store %v36, %v29 : vector<4xf32>, !llvm.ptr
          }
          %v37 = llvm.load %v29 : !llvm.ptr -> vector<4xf32>
          %v38 = llvm.mlir.constant(0 : i32) : i32
          %v39 = llvm.extractelement %v37[%v38 : i32] : vector<4xf32>
          %v40 = llvm.mlir.constant(1 : i32) : i32
          %v41 = llvm.extractelement %v37[%v40 : i32] : vector<4xf32>
          %v42 = arith.addf %v39, %v41 : f32
          %v43 = llvm.mlir.constant(2 : i32) : i32
          %v44 = llvm.extractelement %v37[%v43 : i32] : vector<4xf32>
          %v45 = arith.addf %v42, %v44 : f32
          %v46 = llvm.mlir.constant(3 : i32) : i32
          %v47 = llvm.extractelement %v37[%v46 : i32] : vector<4xf32>
          %v48 = arith.addf %v45, %v47 : f32
          %v49 = arith.constant 32 : i32
          %v50 = arith.constant 16 : i32
          %v51, %v52 = gpu.shuffle xor %v48, %v50, %v49 : f32
          %v53 = arith.addf %v48, %v51 : f32
          %v54 = arith.constant 8 : i32
          %v55, %v56 = gpu.shuffle xor %v53, %v54, %v49 : f32
          %v57 = arith.addf %v53, %v55 : f32
          %v58 = arith.constant 4 : i32
          %v59, %v60 = gpu.shuffle xor %v57, %v58, %v49 : f32
          %v61 = arith.addf %v57, %v59 : f32
          %v62 = arith.constant 2 : i32
          %v63, %v64 = gpu.shuffle xor %v61, %v62, %v49 : f32
          %v65 = arith.addf %v61, %v63 : f32
          %v66 = arith.constant 1 : i32
          %v67, %v68 = gpu.shuffle xor %v65, %v66, %v49 : f32
          %v69 = arith.addf %v65, %v67 : f32
          %v70 = arith.sitofp %k : i64 to f32
          %v71 = arith.divf %v69, %v70 : f32
          %v72 = arith.addf %v71, %eps : f32
          %v73 = llvm.call_intrinsic "llvm.sqrt.f32"(%v72) : (f32) -> f32
          %v75 = arith.divf %v74, %v73 : f32
          %v76 = llvm.mlir.undef : vector<4xf32>
          %v77 = llvm.mlir.constant(0 : i32) : i32
          %v78 = llvm.insertelement %v75, %v76[%v77 : i32] : vector<4xf32>
          %v79 = llvm.shufflevector %v78, %v76 [0, 0, 0, 0] : vector<4xf32>
          scf.for %v80 = %v19 to %k step %v15 : i64 {
            %v81 = arith.addi %v80, %v13 : i64
            %v82 = arith.minsi %v81, %v16 : i64
            %v83 = arith.cmpi slt, %v81, %k : i64
            %v84 = llvm.getelementptr %v18[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v85 = llvm.load %v84 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v86 = llvm.getelementptr %v28[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v87 = llvm.load %v86 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v88 = llvm.getelementptr %norm_w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v89 = llvm.load %v88 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v90 = llvm.fmul %v87, %v79 : vector<4xf32>
            %v91 = llvm.fmul %v90, %v89 : vector<4xf32>
            %v92 = arith.addi %v80, %v30 : i64
            %v93 = arith.minsi %v92, %v16 : i64
            %v94 = arith.cmpi slt, %v92, %k : i64
            %v95 = llvm.getelementptr %v18[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v96 = llvm.load %v95 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v97 = llvm.getelementptr %v28[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v98 = llvm.load %v97 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v99 = llvm.getelementptr %norm_w[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v100 = llvm.load %v99 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v101 = llvm.fmul %v98, %v79 : vector<4xf32>
            %v102 = llvm.fmul %v101, %v100 : vector<4xf32>
            %v103 = arith.addi %v80, %v5 : i64
            %v104 = arith.minsi %v103, %v16 : i64
            %v105 = arith.cmpi slt, %v103, %k : i64
            %v106 = llvm.getelementptr %v18[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v107 = llvm.load %v106 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v108 = llvm.getelementptr %v28[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v109 = llvm.load %v108 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v110 = llvm.getelementptr %norm_w[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v111 = llvm.load %v110 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v112 = llvm.fmul %v109, %v79 : vector<4xf32>
            %v113 = llvm.fmul %v112, %v111 : vector<4xf32>
            %v115 = arith.addi %v80, %v114 : i64
            %v116 = arith.minsi %v115, %v16 : i64
            %v117 = arith.cmpi slt, %v115, %k : i64
            %v118 = llvm.getelementptr %v18[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v119 = llvm.load %v118 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v120 = llvm.getelementptr %v28[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v121 = llvm.load %v120 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v122 = llvm.getelementptr %norm_w[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v123 = llvm.load %v122 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v124 = llvm.fmul %v121, %v79 : vector<4xf32>
            %v125 = llvm.fmul %v124, %v123 : vector<4xf32>
            %v126 = llvm.fmul %v85, %v91 : vector<4xf32>
            %v127 = llvm.select %v83, %v126, %v20 : i1, vector<4xf32>
            %v128 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v129 = llvm.fadd %v128, %v127 : vector<4xf32>
            llvm.store %v129, %v23 : vector<4xf32>, !llvm.ptr
            %v130 = llvm.fmul %v96, %v102 : vector<4xf32>
            %v131 = llvm.select %v94, %v130, %v20 : i1, vector<4xf32>
            %v132 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v133 = llvm.fadd %v132, %v131 : vector<4xf32>
            llvm.store %v133, %v24 : vector<4xf32>, !llvm.ptr
            %v134 = llvm.fmul %v107, %v113 : vector<4xf32>
            %v135 = llvm.select %v105, %v134, %v20 : i1, vector<4xf32>
            %v136 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v137 = llvm.fadd %v136, %v135 : vector<4xf32>
            llvm.store %v137, %v25 : vector<4xf32>, !llvm.ptr
            %v138 = llvm.fmul %v119, %v125 : vector<4xf32>
            %v139 = llvm.select %v117, %v138, %v20 : i1, vector<4xf32>
            %v140 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v141 = llvm.fadd %v140, %v139 : vector<4xf32>
            llvm.store %v141, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v142 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v143 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v144 = llvm.fadd %v142, %v143 : vector<4xf32>
          %v145 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v146 = llvm.fadd %v144, %v145 : vector<4xf32>
          %v147 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v148 = llvm.fadd %v146, %v147 : vector<4xf32>
          %v149 = llvm.mlir.constant(0 : i32) : i32
          %v150 = llvm.extractelement %v148[%v149 : i32] : vector<4xf32>
          %v151 = llvm.mlir.constant(1 : i32) : i32
          %v152 = llvm.extractelement %v148[%v151 : i32] : vector<4xf32>
          %v153 = arith.addf %v150, %v152 : f32
          %v154 = llvm.mlir.constant(2 : i32) : i32
          %v155 = llvm.extractelement %v148[%v154 : i32] : vector<4xf32>
          %v156 = arith.addf %v153, %v155 : f32
          %v157 = llvm.mlir.constant(3 : i32) : i32
          %v158 = llvm.extractelement %v148[%v157 : i32] : vector<4xf32>
          %v159 = arith.addf %v156, %v158 : f32
          %v160 = arith.constant 32 : i32
          %v161 = arith.constant 16 : i32
          %v162, %v163 = gpu.shuffle xor %v159, %v161, %v160 : f32
          %v164 = arith.addf %v159, %v162 : f32
          %v165 = arith.constant 8 : i32
          %v166, %v167 = gpu.shuffle xor %v164, %v165, %v160 : f32
          %v168 = arith.addf %v164, %v166 : f32
          %v169 = arith.constant 4 : i32
          %v170, %v171 = gpu.shuffle xor %v168, %v169, %v160 : f32
          %v172 = arith.addf %v168, %v170 : f32
          %v173 = arith.constant 2 : i32
          %v174, %v175 = gpu.shuffle xor %v172, %v173, %v160 : f32
          %v176 = arith.addf %v172, %v174 : f32
          %v177 = arith.constant 1 : i32
          %v178, %v179 = gpu.shuffle xor %v176, %v177, %v160 : f32
          %v180 = arith.addf %v176, %v178 : f32
          %v181 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v181 {
            llvm.store %v180, %v182 : f32, !llvm.ptr
            %v183 = llvm.mlir.zero : !llvm.ptr
            %v184 = llvm.icmp "ne" %bias, %v183 : !llvm.ptr
            scf.if %v184 {
              %v185 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v186 = llvm.load %v185 : !llvm.ptr -> f32
              %v187 = llvm.load %v182 : !llvm.ptr -> f32
              %v188 = arith.addf %v187, %v186 : f32
              llvm.store %v188, %v182 : f32, !llvm.ptr
            }
            %v189 = llvm.mlir.zero : !llvm.ptr
            %v190 = llvm.icmp "ne" %add, %v189 : !llvm.ptr
            scf.if %v190 {
              %v191 = arith.muli %v22, %add_stride : i64
              %v192 = arith.addi %v191, %v9 : i64
              %v193 = llvm.getelementptr %add[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v194 = llvm.load %v193 : !llvm.ptr -> f32
              %v195 = llvm.load %v182 : !llvm.ptr -> f32
              %v196 = arith.addf %v195, %v194 : f32
              llvm.store %v196, %v182 : f32, !llvm.ptr
            }
            %v197 = llvm.load %v182 : !llvm.ptr -> f32
            %v198 = arith.muli %v22, %n : i64
            %v199 = arith.addi %v198, %v9 : i64
            %v200 = llvm.getelementptr %out[%v199] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v197, %v200 : f32, !llvm.ptr
          }
        }
      }
      gpu.return
    }
    gpu.func @lr_gemv_bf16w_norm(%w: !llvm.ptr, %x: !llvm.ptr, %x_stride: i64, %bias: !llvm.ptr, %add: !llvm.ptr, %add_stride: i64, %out: !llvm.ptr, %m: i64, %n: i64, %k: i64, %norm_w: !llvm.ptr, %eps: f32) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v12 = arith.constant 1 : i64
      %v13 = arith.constant 0 : i64
      %v14 = arith.constant 4 : i64
      %v15 = arith.constant 512 : i64
      %v23 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v24 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v25 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v26 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v29 = llvm.alloca %v12 x vector<4xf32> : (i64) -> !llvm.ptr
      %v30 = arith.constant 128 : i64
      %v74 = arith.constant 0x3F800000 : f32
      %v114 = arith.constant 384 : i64
      %v194 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v9 = arith.divsi %v7, %v8 : i64
      %v10 = arith.remsi %v7, %v8 : i64
      %v11 = arith.cmpi slt, %v9, %n : i64
      scf.if %v11 {
        %v16 = arith.subi %k, %v14 : i64
        %v17 = arith.muli %v9, %k : i64
        %v18 = llvm.getelementptr %w[%v17] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        %v19 = arith.muli %v10, %v14 : i64
        %v20 = llvm.mlir.constant(dense<0.0> : vector<4xf32>) : vector<4xf32>
        %v21 = llvm.mlir.constant(dense<16> : vector<4xi32>) : vector<4xi32>
        scf.for %v22 = %v13 to %m step %v12 : i64 {
          llvm.store %v20, %v23 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v24 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v25 : vector<4xf32>, !llvm.ptr
          llvm.store %v20, %v26 : vector<4xf32>, !llvm.ptr
          %v27 = arith.muli %v22, %x_stride : i64
          %v28 = llvm.getelementptr %x[%v27] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v20, %v29 : vector<4xf32>, !llvm.ptr
          scf.for %v31 = %v19 to %k step %v30 : i64 {
            %v32 = llvm.getelementptr %v28[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v33 = llvm.load %v32 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v34 = llvm.fmul %v33, %v33 : vector<4xf32>
            %v35 = llvm.load %v29 : !llvm.ptr -> vector<4xf32>
            %v36 = llvm.fadd %v35, %v34 : vector<4xf32>
            llvm.store %v36, %v29 : vector<4xf32>, !llvm.ptr
          }
          %v37 = llvm.load %v29 : !llvm.ptr -> vector<4xf32>
          %v38 = llvm.mlir.constant(0 : i32) : i32
          %v39 = llvm.extractelement %v37[%v38 : i32] : vector<4xf32>
          %v40 = llvm.mlir.constant(1 : i32) : i32
          %v41 = llvm.extractelement %v37[%v40 : i32] : vector<4xf32>
          %v42 = arith.addf %v39, %v41 : f32
          %v43 = llvm.mlir.constant(2 : i32) : i32
          %v44 = llvm.extractelement %v37[%v43 : i32] : vector<4xf32>
          %v45 = arith.addf %v42, %v44 : f32
          %v46 = llvm.mlir.constant(3 : i32) : i32
          %v47 = llvm.extractelement %v37[%v46 : i32] : vector<4xf32>
          %v48 = arith.addf %v45, %v47 : f32
          %v49 = arith.constant 32 : i32
          %v50 = arith.constant 16 : i32
          %v51, %v52 = gpu.shuffle xor %v48, %v50, %v49 : f32
          %v53 = arith.addf %v48, %v51 : f32
          %v54 = arith.constant 8 : i32
          %v55, %v56 = gpu.shuffle xor %v53, %v54, %v49 : f32
          %v57 = arith.addf %v53, %v55 : f32
          %v58 = arith.constant 4 : i32
          %v59, %v60 = gpu.shuffle xor %v57, %v58, %v49 : f32
          %v61 = arith.addf %v57, %v59 : f32
          %v62 = arith.constant 2 : i32
          %v63, %v64 = gpu.shuffle xor %v61, %v62, %v49 : f32
          %v65 = arith.addf %v61, %v63 : f32
          %v66 = arith.constant 1 : i32
          %v67, %v68 = gpu.shuffle xor %v65, %v66, %v49 : f32
          %v69 = arith.addf %v65, %v67 : f32
          %v70 = arith.sitofp %k : i64 to f32
          %v71 = arith.divf %v69, %v70 : f32
          %v72 = arith.addf %v71, %eps : f32
          %v73 = llvm.call_intrinsic "llvm.sqrt.f32"(%v72) : (f32) -> f32
          %v75 = arith.divf %v74, %v73 : f32
          %v76 = llvm.mlir.undef : vector<4xf32>
          %v77 = llvm.mlir.constant(0 : i32) : i32
          %v78 = llvm.insertelement %v75, %v76[%v77 : i32] : vector<4xf32>
          %v79 = llvm.shufflevector %v78, %v76 [0, 0, 0, 0] : vector<4xf32>
          scf.for %v80 = %v19 to %k step %v15 : i64 {
            %v81 = arith.addi %v80, %v13 : i64
            %v82 = arith.minsi %v81, %v16 : i64
            %v83 = arith.cmpi slt, %v81, %k : i64
            %v84 = llvm.getelementptr %v18[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v85 = llvm.load %v84 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v86 = llvm.getelementptr %v28[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v87 = llvm.load %v86 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v88 = llvm.getelementptr %norm_w[%v82] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v89 = llvm.load %v88 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v90 = llvm.fmul %v87, %v79 : vector<4xf32>
            %v91 = llvm.fmul %v90, %v89 : vector<4xf32>
            %v92 = arith.addi %v80, %v30 : i64
            %v93 = arith.minsi %v92, %v16 : i64
            %v94 = arith.cmpi slt, %v92, %k : i64
            %v95 = llvm.getelementptr %v18[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v96 = llvm.load %v95 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v97 = llvm.getelementptr %v28[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v98 = llvm.load %v97 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v99 = llvm.getelementptr %norm_w[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v100 = llvm.load %v99 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v101 = llvm.fmul %v98, %v79 : vector<4xf32>
            %v102 = llvm.fmul %v101, %v100 : vector<4xf32>
            %v103 = arith.addi %v80, %v5 : i64
            %v104 = arith.minsi %v103, %v16 : i64
            %v105 = arith.cmpi slt, %v103, %k : i64
            %v106 = llvm.getelementptr %v18[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v107 = llvm.load %v106 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v108 = llvm.getelementptr %v28[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v109 = llvm.load %v108 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v110 = llvm.getelementptr %norm_w[%v104] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v111 = llvm.load %v110 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v112 = llvm.fmul %v109, %v79 : vector<4xf32>
            %v113 = llvm.fmul %v112, %v111 : vector<4xf32>
            %v115 = arith.addi %v80, %v114 : i64
            %v116 = arith.minsi %v115, %v16 : i64
            %v117 = arith.cmpi slt, %v115, %k : i64
            %v118 = llvm.getelementptr %v18[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v119 = llvm.load %v118 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v120 = llvm.getelementptr %v28[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v121 = llvm.load %v120 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v122 = llvm.getelementptr %norm_w[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v123 = llvm.load %v122 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v124 = llvm.fmul %v121, %v79 : vector<4xf32>
            %v125 = llvm.fmul %v124, %v123 : vector<4xf32>
            %v126 = llvm.zext %v85 : vector<4xi16> to vector<4xi32>
            %v127 = llvm.shl %v126, %v21 : vector<4xi32>
            %v128 = llvm.bitcast %v127 : vector<4xi32> to vector<4xf32>
            %v129 = llvm.fmul %v128, %v91 : vector<4xf32>
            %v130 = llvm.select %v83, %v129, %v20 : i1, vector<4xf32>
            %v131 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v132 = llvm.fadd %v131, %v130 : vector<4xf32>
            llvm.store %v132, %v23 : vector<4xf32>, !llvm.ptr
            %v133 = llvm.zext %v96 : vector<4xi16> to vector<4xi32>
            %v134 = llvm.shl %v133, %v21 : vector<4xi32>
            %v135 = llvm.bitcast %v134 : vector<4xi32> to vector<4xf32>
            %v136 = llvm.fmul %v135, %v102 : vector<4xf32>
            %v137 = llvm.select %v94, %v136, %v20 : i1, vector<4xf32>
            %v138 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v139 = llvm.fadd %v138, %v137 : vector<4xf32>
            llvm.store %v139, %v24 : vector<4xf32>, !llvm.ptr
            %v140 = llvm.zext %v107 : vector<4xi16> to vector<4xi32>
            %v141 = llvm.shl %v140, %v21 : vector<4xi32>
            %v142 = llvm.bitcast %v141 : vector<4xi32> to vector<4xf32>
            %v143 = llvm.fmul %v142, %v113 : vector<4xf32>
            %v144 = llvm.select %v105, %v143, %v20 : i1, vector<4xf32>
            %v145 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v146 = llvm.fadd %v145, %v144 : vector<4xf32>
            llvm.store %v146, %v25 : vector<4xf32>, !llvm.ptr
            %v147 = llvm.zext %v119 : vector<4xi16> to vector<4xi32>
            %v148 = llvm.shl %v147, %v21 : vector<4xi32>
            %v149 = llvm.bitcast %v148 : vector<4xi32> to vector<4xf32>
            %v150 = llvm.fmul %v149, %v125 : vector<4xf32>
            %v151 = llvm.select %v117, %v150, %v20 : i1, vector<4xf32>
            %v152 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v153 = llvm.fadd %v152, %v151 : vector<4xf32>
            llvm.store %v153, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v154 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v155 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v156 = llvm.fadd %v154, %v155 : vector<4xf32>
          %v157 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v158 = llvm.fadd %v156, %v157 : vector<4xf32>
          %v159 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v160 = llvm.fadd %v158, %v159 : vector<4xf32>
          %v161 = llvm.mlir.constant(0 : i32) : i32
          %v162 = llvm.extractelement %v160[%v161 : i32] : vector<4xf32>
          %v163 = llvm.mlir.constant(1 : i32) : i32
          %v164 = llvm.extractelement %v160[%v163 : i32] : vector<4xf32>
          %v165 = arith.addf %v162, %v164 : f32
          %v166 = llvm.mlir.constant(2 : i32) : i32
          %v167 = llvm.extractelement %v160[%v166 : i32] : vector<4xf32>
          %v168 = arith.addf %v165, %v167 : f32
          %v169 = llvm.mlir.constant(3 : i32) : i32
          %v170 = llvm.extractelement %v160[%v169 : i32] : vector<4xf32>
          %v171 = arith.addf %v168, %v170 : f32
          %v172 = arith.constant 32 : i32
          %v173 = arith.constant 16 : i32
          %v174, %v175 = gpu.shuffle xor %v171, %v173, %v172 : f32
          %v176 = arith.addf %v171, %v174 : f32
          %v177 = arith.constant 8 : i32
          %v178, %v179 = gpu.shuffle xor %v176, %v177, %v172 : f32
          %v180 = arith.addf %v176, %v178 : f32
          %v181 = arith.constant 4 : i32
          %v182, %v183 = gpu.shuffle xor %v180, %v181, %v172 : f32
          %v184 = arith.addf %v180, %v182 : f32
          %v185 = arith.constant 2 : i32
          %v186, %v187 = gpu.shuffle xor %v184, %v185, %v172 : f32
          %v188 = arith.addf %v184, %v186 : f32
          %v189 = arith.constant 1 : i32
          %v190, %v191 = gpu.shuffle xor %v188, %v189, %v172 : f32
          %v192 = arith.addf %v188, %v190 : f32
          %v193 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v193 {
            llvm.store %v192, %v194 : f32, !llvm.ptr
            %v195 = llvm.mlir.zero : !llvm.ptr
            %v196 = llvm.icmp "ne" %bias, %v195 : !llvm.ptr
            scf.if %v196 {
              %v197 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v198 = llvm.load %v197 : !llvm.ptr -> f32
              %v199 = llvm.load %v194 : !llvm.ptr -> f32
              %v200 = arith.addf %v199, %v198 : f32
              llvm.store %v200, %v194 : f32, !llvm.ptr
            }
            %v201 = llvm.mlir.zero : !llvm.ptr
            %v202 = llvm.icmp "ne" %add, %v201 : !llvm.ptr
            scf.if %v202 {
              %v203 = arith.muli %v22, %add_stride : i64
              %v204 = arith.addi %v203, %v9 : i64
              %v205 = llvm.getelementptr %add[%v204] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v206 = llvm.load %v205 : !llvm.ptr -> f32
              %v207 = llvm.load %v194 : !llvm.ptr -> f32
              %v208 = arith.addf %v207, %v206 : f32
              llvm.store %v208, %v194 : f32, !llvm.ptr
            }
            %v209 = llvm.load %v194 : !llvm.ptr -> f32
            %v210 = arith.muli %v22, %n : i64
            %v211 = arith.addi %v210, %v9 : i64
            %v212 = llvm.getelementptr %out[%v211] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v209, %v212 : f32, !llvm.ptr
          }
        }
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
