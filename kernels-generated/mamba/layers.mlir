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
          %v20 = arith.mulf %v19, %v19 fastmath<contract> : f32
          %v21 = llvm.load %v14 : !llvm.ptr -> f32
          %v22 = arith.addf %v21, %v20 fastmath<contract> : f32
          llvm.store %v22, %v14 : f32, !llvm.ptr
        }
        %v23 = llvm.load %v14 : !llvm.ptr -> f32
        %v24 = arith.constant 32 : i32
        %v25 = arith.constant 16 : i32
        %v26, %v27 = gpu.shuffle xor %v23, %v25, %v24 : f32
        %v28 = arith.addf %v23, %v26 fastmath<contract> : f32
        %v29 = arith.constant 8 : i32
        %v30, %v31 = gpu.shuffle xor %v28, %v29, %v24 : f32
        %v32 = arith.addf %v28, %v30 fastmath<contract> : f32
        %v33 = arith.constant 4 : i32
        %v34, %v35 = gpu.shuffle xor %v32, %v33, %v24 : f32
        %v36 = arith.addf %v32, %v34 fastmath<contract> : f32
        %v37 = arith.constant 2 : i32
        %v38, %v39 = gpu.shuffle xor %v36, %v37, %v24 : f32
        %v40 = arith.addf %v36, %v38 fastmath<contract> : f32
        %v41 = arith.constant 1 : i32
        %v42, %v43 = gpu.shuffle xor %v40, %v41, %v24 : f32
        %v44 = arith.addf %v40, %v42 fastmath<contract> : f32
        %v45 = arith.sitofp %dim : i64 to f32
        %v46 = arith.divf %v44, %v45 : f32
        %v47 = arith.addf %v46, %eps fastmath<contract> : f32
        %v48 = llvm.call_intrinsic "llvm.sqrt.f32"(%v47) : (f32) -> f32
        %v50 = arith.divf %v49, %v48 : f32
        %v51 = arith.muli %v9, %dim : i64
        scf.for %v52 = %v10 to %dim step %v8 : i64 {
          %v53 = arith.addi %v15, %v52 : i64
          %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v55 = llvm.load %v54 : !llvm.ptr -> f32
          %v56 = llvm.getelementptr %w[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 : !llvm.ptr -> f32
          %v58 = arith.mulf %v55, %v50 fastmath<contract> : f32
          %v59 = arith.mulf %v58, %v57 fastmath<contract> : f32
          %v60 = arith.addi %v51, %v52 : i64
          %v61 = llvm.getelementptr %out[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v59, %v61 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_rmsnorm_bf16(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %out: !llvm.ptr, %rows: i64, %dim: i64, %eps: f32) kernel {
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
          %v20 = arith.mulf %v19, %v19 fastmath<contract> : f32
          %v21 = llvm.load %v14 : !llvm.ptr -> f32
          %v22 = arith.addf %v21, %v20 fastmath<contract> : f32
          llvm.store %v22, %v14 : f32, !llvm.ptr
        }
        %v23 = llvm.load %v14 : !llvm.ptr -> f32
        %v24 = arith.constant 32 : i32
        %v25 = arith.constant 16 : i32
        %v26, %v27 = gpu.shuffle xor %v23, %v25, %v24 : f32
        %v28 = arith.addf %v23, %v26 fastmath<contract> : f32
        %v29 = arith.constant 8 : i32
        %v30, %v31 = gpu.shuffle xor %v28, %v29, %v24 : f32
        %v32 = arith.addf %v28, %v30 fastmath<contract> : f32
        %v33 = arith.constant 4 : i32
        %v34, %v35 = gpu.shuffle xor %v32, %v33, %v24 : f32
        %v36 = arith.addf %v32, %v34 fastmath<contract> : f32
        %v37 = arith.constant 2 : i32
        %v38, %v39 = gpu.shuffle xor %v36, %v37, %v24 : f32
        %v40 = arith.addf %v36, %v38 fastmath<contract> : f32
        %v41 = arith.constant 1 : i32
        %v42, %v43 = gpu.shuffle xor %v40, %v41, %v24 : f32
        %v44 = arith.addf %v40, %v42 fastmath<contract> : f32
        %v45 = arith.sitofp %dim : i64 to f32
        %v46 = arith.divf %v44, %v45 : f32
        %v47 = arith.addf %v46, %eps fastmath<contract> : f32
        %v48 = llvm.call_intrinsic "llvm.sqrt.f32"(%v47) : (f32) -> f32
        %v50 = arith.divf %v49, %v48 : f32
        %v51 = arith.muli %v9, %dim : i64
        scf.for %v52 = %v10 to %dim step %v8 : i64 {
          %v53 = arith.addi %v15, %v52 : i64
          %v54 = llvm.getelementptr %x[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v55 = llvm.load %v54 : !llvm.ptr -> f32
          %v56 = llvm.getelementptr %w[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v57 = llvm.load %v56 : !llvm.ptr -> f32
          %v58 = arith.mulf %v55, %v50 fastmath<contract> : f32
          %v59 = arith.mulf %v58, %v57 fastmath<contract> : f32
          %v60 = arith.addi %v51, %v52 : i64
          %v61 = arith.bitcast %v59 : f32 to i32
          %v62 = arith.constant 16 : i32
          %v63 = arith.constant 1 : i32
          %v64 = arith.constant 32767 : i32
          %v65 = arith.constant 64 : i32
          %v66 = arith.shrui %v61, %v62 : i32
          %v67 = arith.andi %v66, %v63 : i32
          %v68 = arith.addi %v61, %v64 : i32
          %v69 = arith.addi %v68, %v67 : i32
          %v70 = arith.shrui %v69, %v62 : i32
          %v71 = arith.ori %v66, %v65 : i32
          %v72 = arith.cmpf uno, %v59, %v59 : f32
          %v73 = arith.select %v72, %v71, %v70 : i32
          %v74 = arith.trunci %v73 : i32 to i16
          %v75 = llvm.getelementptr %out[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, i16
          llvm.store %v74, %v75 : i16, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_conv1d(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %bias: !llvm.ptr, %prev: !llvm.ptr, %out: !llvm.ptr, %state: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64, %act: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 15 : i64
      %v11 = arith.constant 256 : i64
      %v22 = arith.constant 1 : i64
      %v24 = arith.constant 0 : i64
      %v30 = arith.constant 0x00000000 : f32
      %v31 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v63 = arith.constant 0x3F800000 : f32
      %v65 = arith.constant 0x3FB8AA3B : f32
      %v3 = arith.addi %len, %v2 : i64
      %v4 = arith.divsi %v3, %v1 : i64
      %v5 = arith.muli %batch, %v4 : i64
      %v6 = arith.muli %v5, %ch : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v7 : index to i64
      %v10 = arith.index_cast %v8 : index to i64
      %v12 = arith.muli %v9, %v11 : i64
      %v13 = arith.addi %v12, %v10 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      scf.if %v14 {
        %v15 = arith.remsi %v13, %ch : i64
        %v16 = arith.divsi %v13, %ch : i64
        %v17 = arith.remsi %v16, %v4 : i64
        %v18 = arith.divsi %v16, %v4 : i64
        %v19 = arith.muli %v17, %v1 : i64
        %v20 = arith.addi %v19, %v1 : i64
        %v21 = arith.minsi %v20, %len : i64
        %v23 = arith.subi %k, %v22 : i64
        %v25 = arith.muli %v15, %k : i64
        %v26 = arith.muli %v18, %len : i64
        %v27 = llvm.mlir.zero : !llvm.ptr
        %v28 = llvm.icmp "ne" %bias, %v27 : !llvm.ptr
        scf.for %v29 = %v19 to %v21 step %v22 : i64 {
          llvm.store %v30, %v31 : f32, !llvm.ptr
          scf.if %v28 {
            %v32 = llvm.getelementptr %bias[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v33 = llvm.load %v32 : !llvm.ptr -> f32
            llvm.store %v33, %v31 : f32, !llvm.ptr
          }
          %v34 = arith.subi %v29, %v23 : i64
          scf.for %v35 = %v24 to %k step %v22 : i64 {
            %v36 = arith.addi %v34, %v35 : i64
            llvm.store %v30, %v37 : f32, !llvm.ptr
            %v38 = arith.cmpi sge, %v36, %v24 : i64
            %v39 = arith.subi %k, %v22 : i64
            scf.if %v38 {
              %v40 = arith.muli %v18, %len : i64
              %v41 = arith.addi %v40, %v36 : i64
              %v42 = arith.muli %v41, %x_stride : i64
              %v43 = arith.addi %v42, %v15 : i64
              %v44 = llvm.getelementptr %x[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v45 = llvm.load %v44 : !llvm.ptr -> f32
              llvm.store %v45, %v37 : f32, !llvm.ptr
            } else {
              %v46 = llvm.mlir.zero : !llvm.ptr
              %v47 = llvm.icmp "ne" %prev, %v46 : !llvm.ptr
              scf.if %v47 {
                %v48 = arith.muli %v18, %v39 : i64
                %v49 = arith.addi %v48, %v39 : i64
                %v50 = arith.addi %v49, %v36 : i64
                %v51 = arith.muli %v50, %ch : i64
                %v52 = arith.addi %v51, %v15 : i64
                %v53 = llvm.getelementptr %prev[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
                %v54 = llvm.load %v53 : !llvm.ptr -> f32
                llvm.store %v54, %v37 : f32, !llvm.ptr
              }
            }
            %v55 = llvm.load %v37 : !llvm.ptr -> f32
            %v56 = arith.addi %v25, %v35 : i64
            %v57 = llvm.getelementptr %w[%v56] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v58 = llvm.load %v57 : !llvm.ptr -> f32
            %v59 = arith.mulf %v58, %v55 fastmath<contract> : f32
            %v60 = llvm.load %v31 : !llvm.ptr -> f32
            %v61 = arith.addf %v60, %v59 fastmath<contract> : f32
            llvm.store %v61, %v31 : f32, !llvm.ptr
          }
          %v62 = llvm.load %v31 : !llvm.ptr -> f32
          %v64 = arith.negf %v62 : f32
          %v66 = arith.mulf %v64, %v65 fastmath<contract> : f32
          %v67 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v66) : (f32) -> f32
          %v68 = arith.addf %v63, %v67 fastmath<contract> : f32
          %v69 = arith.divf %v63, %v68 : f32
          %v70 = arith.mulf %v62, %v69 fastmath<contract> : f32
          %v71 = arith.cmpi eq, %act, %v22 : i64
          %v72 = arith.select %v71, %v70, %v62 : f32
          %v73 = arith.addi %v26, %v29 : i64
          %v74 = arith.muli %v73, %ch : i64
          %v75 = arith.addi %v74, %v15 : i64
          %v76 = llvm.getelementptr %out[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v72, %v76 : f32, !llvm.ptr
        }
        %v77 = arith.subi %k, %v22 : i64
        %v78 = llvm.mlir.zero : !llvm.ptr
        %v79 = llvm.icmp "ne" %state, %v78 : !llvm.ptr
        scf.if %v79 {
          %v80 = arith.muli %v18, %v77 : i64
          %v81 = arith.subi %v77, %v22 : i64
          scf.for %v82 = %v24 to %v81 step %v22 : i64 {
            %v83 = arith.addi %v80, %v82 : i64
            %v84 = arith.muli %v83, %ch : i64
            %v85 = arith.addi %v84, %v15 : i64
            %v86 = arith.addi %v85, %ch : i64
            %v87 = llvm.getelementptr %state[%v86] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v88 = llvm.load %v87 : !llvm.ptr -> f32
            %v89 = llvm.getelementptr %state[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v88, %v89 : f32, !llvm.ptr
          }
          %v90 = arith.addi %v80, %v81 : i64
          %v91 = arith.muli %v90, %ch : i64
          %v92 = arith.addi %v91, %v15 : i64
          %v93 = arith.muli %v18, %x_stride : i64
          %v94 = arith.addi %v93, %v15 : i64
          %v95 = llvm.getelementptr %x[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = llvm.getelementptr %state[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v96, %v97 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_conv1d_k4(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %bias: !llvm.ptr, %prev: !llvm.ptr, %out: !llvm.ptr, %state: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64, %act: i64) kernel {
      %v1 = arith.constant 16 : i64
      %v2 = arith.constant 15 : i64
      %v11 = arith.constant 256 : i64
      %v20 = arith.constant 1 : i64
      %v21 = arith.constant 0 : i64
      %v24 = arith.constant 4 : i64
      %v26 = arith.constant 0x00000000 : f32
      %v27 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v34 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v41 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v42 = arith.constant 2 : i64
      %v49 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v50 = arith.constant 3 : i64
      %v57 = arith.constant -3 : i64
      %v59 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v61 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v81 = arith.constant -2 : i64
      %v83 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v85 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v105 = arith.constant -1 : i64
      %v107 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v109 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v129 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v131 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v152 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v154 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v175 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v177 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v198 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v200 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v221 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v223 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v243 = arith.constant 5 : i64
      %v245 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v247 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v267 = arith.constant 6 : i64
      %v269 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v271 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v291 = arith.constant 7 : i64
      %v293 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v295 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v315 = arith.constant 8 : i64
      %v317 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v319 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v339 = arith.constant 9 : i64
      %v341 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v343 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v363 = arith.constant 10 : i64
      %v365 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v367 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v387 = arith.constant 11 : i64
      %v389 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v391 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v411 = arith.constant 12 : i64
      %v413 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v415 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v435 = arith.constant 13 : i64
      %v437 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v439 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v459 = arith.constant 14 : i64
      %v461 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v463 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v484 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v486 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v508 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v521 = arith.constant 0x3F800000 : f32
      %v523 = arith.constant 0x3FB8AA3B : f32
      %v3 = arith.addi %len, %v2 : i64
      %v4 = arith.divsi %v3, %v1 : i64
      %v5 = arith.muli %batch, %v4 : i64
      %v6 = arith.muli %v5, %ch : i64
      %v7 = gpu.block_id x
      %v8 = gpu.thread_id x
      %v9 = arith.index_cast %v7 : index to i64
      %v10 = arith.index_cast %v8 : index to i64
      %v12 = arith.muli %v9, %v11 : i64
      %v13 = arith.addi %v12, %v10 : i64
      %v14 = arith.cmpi slt, %v13, %v6 : i64
      scf.if %v14 {
        %v15 = arith.remsi %v13, %ch : i64
        %v16 = arith.divsi %v13, %ch : i64
        %v17 = arith.remsi %v16, %v4 : i64
        %v18 = arith.divsi %v16, %v4 : i64
        %v19 = arith.muli %v17, %v1 : i64
        %v22 = arith.muli %v15, %k : i64
        %v23 = arith.muli %v18, %len : i64
        %v25 = arith.subi %v24, %k : i64
        llvm.store %v26, %v27 : f32, !llvm.ptr
        %v28 = arith.subi %v21, %v25 : i64
        %v29 = arith.cmpi sge, %v28, %v21 : i64
        scf.if %v29 {
          %v30 = arith.addi %v22, %v28 : i64
          %v31 = llvm.getelementptr %w[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v32 = llvm.load %v31 : !llvm.ptr -> f32
          llvm.store %v32, %v27 : f32, !llvm.ptr
        }
        %v33 = llvm.load %v27 : !llvm.ptr -> f32
        llvm.store %v26, %v34 : f32, !llvm.ptr
        %v35 = arith.subi %v20, %v25 : i64
        %v36 = arith.cmpi sge, %v35, %v21 : i64
        scf.if %v36 {
          %v37 = arith.addi %v22, %v35 : i64
          %v38 = llvm.getelementptr %w[%v37] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v39 = llvm.load %v38 : !llvm.ptr -> f32
          llvm.store %v39, %v34 : f32, !llvm.ptr
        }
        %v40 = llvm.load %v34 : !llvm.ptr -> f32
        llvm.store %v26, %v41 : f32, !llvm.ptr
        %v43 = arith.subi %v42, %v25 : i64
        %v44 = arith.cmpi sge, %v43, %v21 : i64
        scf.if %v44 {
          %v45 = arith.addi %v22, %v43 : i64
          %v46 = llvm.getelementptr %w[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v47 = llvm.load %v46 : !llvm.ptr -> f32
          llvm.store %v47, %v41 : f32, !llvm.ptr
        }
        %v48 = llvm.load %v41 : !llvm.ptr -> f32
        llvm.store %v26, %v49 : f32, !llvm.ptr
        %v51 = arith.subi %v50, %v25 : i64
        %v52 = arith.cmpi sge, %v51, %v21 : i64
        scf.if %v52 {
          %v53 = arith.addi %v22, %v51 : i64
          %v54 = llvm.getelementptr %w[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v55 = llvm.load %v54 : !llvm.ptr -> f32
          llvm.store %v55, %v49 : f32, !llvm.ptr
        }
        %v56 = llvm.load %v49 : !llvm.ptr -> f32
        %v58 = arith.addi %v19, %v57 : i64
        llvm.store %v26, %v59 : f32, !llvm.ptr
        %v60 = arith.cmpi slt, %v58, %len : i64
        scf.if %v60 {
          llvm.store %v26, %v61 : f32, !llvm.ptr
          %v62 = arith.cmpi sge, %v58, %v21 : i64
          %v63 = arith.subi %k, %v20 : i64
          scf.if %v62 {
            %v64 = arith.muli %v18, %len : i64
            %v65 = arith.addi %v64, %v58 : i64
            %v66 = arith.muli %v65, %x_stride : i64
            %v67 = arith.addi %v66, %v15 : i64
            %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v69 = llvm.load %v68 : !llvm.ptr -> f32
            llvm.store %v69, %v61 : f32, !llvm.ptr
          } else {
            %v70 = llvm.mlir.zero : !llvm.ptr
            %v71 = llvm.icmp "ne" %prev, %v70 : !llvm.ptr
            scf.if %v71 {
              %v72 = arith.muli %v18, %v63 : i64
              %v73 = arith.addi %v72, %v63 : i64
              %v74 = arith.addi %v73, %v58 : i64
              %v75 = arith.muli %v74, %ch : i64
              %v76 = arith.addi %v75, %v15 : i64
              %v77 = llvm.getelementptr %prev[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v78 = llvm.load %v77 : !llvm.ptr -> f32
              llvm.store %v78, %v61 : f32, !llvm.ptr
            }
          }
          %v79 = llvm.load %v61 : !llvm.ptr -> f32
          llvm.store %v79, %v59 : f32, !llvm.ptr
        }
        %v80 = llvm.load %v59 : !llvm.ptr -> f32
        %v82 = arith.addi %v19, %v81 : i64
        llvm.store %v26, %v83 : f32, !llvm.ptr
        %v84 = arith.cmpi slt, %v82, %len : i64
        scf.if %v84 {
          llvm.store %v26, %v85 : f32, !llvm.ptr
          %v86 = arith.cmpi sge, %v82, %v21 : i64
          %v87 = arith.subi %k, %v20 : i64
          scf.if %v86 {
            %v88 = arith.muli %v18, %len : i64
            %v89 = arith.addi %v88, %v82 : i64
            %v90 = arith.muli %v89, %x_stride : i64
            %v91 = arith.addi %v90, %v15 : i64
            %v92 = llvm.getelementptr %x[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v93 = llvm.load %v92 : !llvm.ptr -> f32
            llvm.store %v93, %v85 : f32, !llvm.ptr
          } else {
            %v94 = llvm.mlir.zero : !llvm.ptr
            %v95 = llvm.icmp "ne" %prev, %v94 : !llvm.ptr
            scf.if %v95 {
              %v96 = arith.muli %v18, %v87 : i64
              %v97 = arith.addi %v96, %v87 : i64
              %v98 = arith.addi %v97, %v82 : i64
              %v99 = arith.muli %v98, %ch : i64
              %v100 = arith.addi %v99, %v15 : i64
              %v101 = llvm.getelementptr %prev[%v100] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v102 = llvm.load %v101 : !llvm.ptr -> f32
              llvm.store %v102, %v85 : f32, !llvm.ptr
            }
          }
          %v103 = llvm.load %v85 : !llvm.ptr -> f32
          llvm.store %v103, %v83 : f32, !llvm.ptr
        }
        %v104 = llvm.load %v83 : !llvm.ptr -> f32
        %v106 = arith.addi %v19, %v105 : i64
        llvm.store %v26, %v107 : f32, !llvm.ptr
        %v108 = arith.cmpi slt, %v106, %len : i64
        scf.if %v108 {
          llvm.store %v26, %v109 : f32, !llvm.ptr
          %v110 = arith.cmpi sge, %v106, %v21 : i64
          %v111 = arith.subi %k, %v20 : i64
          scf.if %v110 {
            %v112 = arith.muli %v18, %len : i64
            %v113 = arith.addi %v112, %v106 : i64
            %v114 = arith.muli %v113, %x_stride : i64
            %v115 = arith.addi %v114, %v15 : i64
            %v116 = llvm.getelementptr %x[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v117 = llvm.load %v116 : !llvm.ptr -> f32
            llvm.store %v117, %v109 : f32, !llvm.ptr
          } else {
            %v118 = llvm.mlir.zero : !llvm.ptr
            %v119 = llvm.icmp "ne" %prev, %v118 : !llvm.ptr
            scf.if %v119 {
              %v120 = arith.muli %v18, %v111 : i64
              %v121 = arith.addi %v120, %v111 : i64
              %v122 = arith.addi %v121, %v106 : i64
              %v123 = arith.muli %v122, %ch : i64
              %v124 = arith.addi %v123, %v15 : i64
              %v125 = llvm.getelementptr %prev[%v124] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v126 = llvm.load %v125 : !llvm.ptr -> f32
              llvm.store %v126, %v109 : f32, !llvm.ptr
            }
          }
          %v127 = llvm.load %v109 : !llvm.ptr -> f32
          llvm.store %v127, %v107 : f32, !llvm.ptr
        }
        %v128 = llvm.load %v107 : !llvm.ptr -> f32
        llvm.store %v26, %v129 : f32, !llvm.ptr
        %v130 = arith.cmpi slt, %v19, %len : i64
        scf.if %v130 {
          llvm.store %v26, %v131 : f32, !llvm.ptr
          %v132 = arith.cmpi sge, %v19, %v21 : i64
          %v133 = arith.subi %k, %v20 : i64
          scf.if %v132 {
            %v134 = arith.muli %v18, %len : i64
            %v135 = arith.addi %v134, %v19 : i64
            %v136 = arith.muli %v135, %x_stride : i64
            %v137 = arith.addi %v136, %v15 : i64
            %v138 = llvm.getelementptr %x[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v139 = llvm.load %v138 : !llvm.ptr -> f32
            llvm.store %v139, %v131 : f32, !llvm.ptr
          } else {
            %v140 = llvm.mlir.zero : !llvm.ptr
            %v141 = llvm.icmp "ne" %prev, %v140 : !llvm.ptr
            scf.if %v141 {
              %v142 = arith.muli %v18, %v133 : i64
              %v143 = arith.addi %v142, %v133 : i64
              %v144 = arith.addi %v143, %v19 : i64
              %v145 = arith.muli %v144, %ch : i64
              %v146 = arith.addi %v145, %v15 : i64
              %v147 = llvm.getelementptr %prev[%v146] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v148 = llvm.load %v147 : !llvm.ptr -> f32
              llvm.store %v148, %v131 : f32, !llvm.ptr
            }
          }
          %v149 = llvm.load %v131 : !llvm.ptr -> f32
          llvm.store %v149, %v129 : f32, !llvm.ptr
        }
        %v150 = llvm.load %v129 : !llvm.ptr -> f32
        %v151 = arith.addi %v19, %v20 : i64
        llvm.store %v26, %v152 : f32, !llvm.ptr
        %v153 = arith.cmpi slt, %v151, %len : i64
        scf.if %v153 {
          llvm.store %v26, %v154 : f32, !llvm.ptr
          %v155 = arith.cmpi sge, %v151, %v21 : i64
          %v156 = arith.subi %k, %v20 : i64
          scf.if %v155 {
            %v157 = arith.muli %v18, %len : i64
            %v158 = arith.addi %v157, %v151 : i64
            %v159 = arith.muli %v158, %x_stride : i64
            %v160 = arith.addi %v159, %v15 : i64
            %v161 = llvm.getelementptr %x[%v160] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v162 = llvm.load %v161 : !llvm.ptr -> f32
            llvm.store %v162, %v154 : f32, !llvm.ptr
          } else {
            %v163 = llvm.mlir.zero : !llvm.ptr
            %v164 = llvm.icmp "ne" %prev, %v163 : !llvm.ptr
            scf.if %v164 {
              %v165 = arith.muli %v18, %v156 : i64
              %v166 = arith.addi %v165, %v156 : i64
              %v167 = arith.addi %v166, %v151 : i64
              %v168 = arith.muli %v167, %ch : i64
              %v169 = arith.addi %v168, %v15 : i64
              %v170 = llvm.getelementptr %prev[%v169] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v171 = llvm.load %v170 : !llvm.ptr -> f32
              llvm.store %v171, %v154 : f32, !llvm.ptr
            }
          }
          %v172 = llvm.load %v154 : !llvm.ptr -> f32
          llvm.store %v172, %v152 : f32, !llvm.ptr
        }
        %v173 = llvm.load %v152 : !llvm.ptr -> f32
        %v174 = arith.addi %v19, %v42 : i64
        llvm.store %v26, %v175 : f32, !llvm.ptr
        %v176 = arith.cmpi slt, %v174, %len : i64
        scf.if %v176 {
          llvm.store %v26, %v177 : f32, !llvm.ptr
          %v178 = arith.cmpi sge, %v174, %v21 : i64
          %v179 = arith.subi %k, %v20 : i64
          scf.if %v178 {
            %v180 = arith.muli %v18, %len : i64
            %v181 = arith.addi %v180, %v174 : i64
            %v182 = arith.muli %v181, %x_stride : i64
            %v183 = arith.addi %v182, %v15 : i64
            %v184 = llvm.getelementptr %x[%v183] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v185 = llvm.load %v184 : !llvm.ptr -> f32
            llvm.store %v185, %v177 : f32, !llvm.ptr
          } else {
            %v186 = llvm.mlir.zero : !llvm.ptr
            %v187 = llvm.icmp "ne" %prev, %v186 : !llvm.ptr
            scf.if %v187 {
              %v188 = arith.muli %v18, %v179 : i64
              %v189 = arith.addi %v188, %v179 : i64
              %v190 = arith.addi %v189, %v174 : i64
              %v191 = arith.muli %v190, %ch : i64
              %v192 = arith.addi %v191, %v15 : i64
              %v193 = llvm.getelementptr %prev[%v192] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v194 = llvm.load %v193 : !llvm.ptr -> f32
              llvm.store %v194, %v177 : f32, !llvm.ptr
            }
          }
          %v195 = llvm.load %v177 : !llvm.ptr -> f32
          llvm.store %v195, %v175 : f32, !llvm.ptr
        }
        %v196 = llvm.load %v175 : !llvm.ptr -> f32
        %v197 = arith.addi %v19, %v50 : i64
        llvm.store %v26, %v198 : f32, !llvm.ptr
        %v199 = arith.cmpi slt, %v197, %len : i64
        scf.if %v199 {
          llvm.store %v26, %v200 : f32, !llvm.ptr
          %v201 = arith.cmpi sge, %v197, %v21 : i64
          %v202 = arith.subi %k, %v20 : i64
          scf.if %v201 {
            %v203 = arith.muli %v18, %len : i64
            %v204 = arith.addi %v203, %v197 : i64
            %v205 = arith.muli %v204, %x_stride : i64
            %v206 = arith.addi %v205, %v15 : i64
            %v207 = llvm.getelementptr %x[%v206] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v208 = llvm.load %v207 : !llvm.ptr -> f32
            llvm.store %v208, %v200 : f32, !llvm.ptr
          } else {
            %v209 = llvm.mlir.zero : !llvm.ptr
            %v210 = llvm.icmp "ne" %prev, %v209 : !llvm.ptr
            scf.if %v210 {
              %v211 = arith.muli %v18, %v202 : i64
              %v212 = arith.addi %v211, %v202 : i64
              %v213 = arith.addi %v212, %v197 : i64
              %v214 = arith.muli %v213, %ch : i64
              %v215 = arith.addi %v214, %v15 : i64
              %v216 = llvm.getelementptr %prev[%v215] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v217 = llvm.load %v216 : !llvm.ptr -> f32
              llvm.store %v217, %v200 : f32, !llvm.ptr
            }
          }
          %v218 = llvm.load %v200 : !llvm.ptr -> f32
          llvm.store %v218, %v198 : f32, !llvm.ptr
        }
        %v219 = llvm.load %v198 : !llvm.ptr -> f32
        %v220 = arith.addi %v19, %v24 : i64
        llvm.store %v26, %v221 : f32, !llvm.ptr
        %v222 = arith.cmpi slt, %v220, %len : i64
        scf.if %v222 {
          llvm.store %v26, %v223 : f32, !llvm.ptr
          %v224 = arith.cmpi sge, %v220, %v21 : i64
          %v225 = arith.subi %k, %v20 : i64
          scf.if %v224 {
            %v226 = arith.muli %v18, %len : i64
            %v227 = arith.addi %v226, %v220 : i64
            %v228 = arith.muli %v227, %x_stride : i64
            %v229 = arith.addi %v228, %v15 : i64
            %v230 = llvm.getelementptr %x[%v229] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v231 = llvm.load %v230 : !llvm.ptr -> f32
            llvm.store %v231, %v223 : f32, !llvm.ptr
          } else {
            %v232 = llvm.mlir.zero : !llvm.ptr
            %v233 = llvm.icmp "ne" %prev, %v232 : !llvm.ptr
            scf.if %v233 {
              %v234 = arith.muli %v18, %v225 : i64
              %v235 = arith.addi %v234, %v225 : i64
              %v236 = arith.addi %v235, %v220 : i64
              %v237 = arith.muli %v236, %ch : i64
              %v238 = arith.addi %v237, %v15 : i64
              %v239 = llvm.getelementptr %prev[%v238] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v240 = llvm.load %v239 : !llvm.ptr -> f32
              llvm.store %v240, %v223 : f32, !llvm.ptr
            }
          }
          %v241 = llvm.load %v223 : !llvm.ptr -> f32
          llvm.store %v241, %v221 : f32, !llvm.ptr
        }
        %v242 = llvm.load %v221 : !llvm.ptr -> f32
        %v244 = arith.addi %v19, %v243 : i64
        llvm.store %v26, %v245 : f32, !llvm.ptr
        %v246 = arith.cmpi slt, %v244, %len : i64
        scf.if %v246 {
          llvm.store %v26, %v247 : f32, !llvm.ptr
          %v248 = arith.cmpi sge, %v244, %v21 : i64
          %v249 = arith.subi %k, %v20 : i64
          scf.if %v248 {
            %v250 = arith.muli %v18, %len : i64
            %v251 = arith.addi %v250, %v244 : i64
            %v252 = arith.muli %v251, %x_stride : i64
            %v253 = arith.addi %v252, %v15 : i64
            %v254 = llvm.getelementptr %x[%v253] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v255 = llvm.load %v254 : !llvm.ptr -> f32
            llvm.store %v255, %v247 : f32, !llvm.ptr
          } else {
            %v256 = llvm.mlir.zero : !llvm.ptr
            %v257 = llvm.icmp "ne" %prev, %v256 : !llvm.ptr
            scf.if %v257 {
              %v258 = arith.muli %v18, %v249 : i64
              %v259 = arith.addi %v258, %v249 : i64
              %v260 = arith.addi %v259, %v244 : i64
              %v261 = arith.muli %v260, %ch : i64
              %v262 = arith.addi %v261, %v15 : i64
              %v263 = llvm.getelementptr %prev[%v262] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v264 = llvm.load %v263 : !llvm.ptr -> f32
              llvm.store %v264, %v247 : f32, !llvm.ptr
            }
          }
          %v265 = llvm.load %v247 : !llvm.ptr -> f32
          llvm.store %v265, %v245 : f32, !llvm.ptr
        }
        %v266 = llvm.load %v245 : !llvm.ptr -> f32
        %v268 = arith.addi %v19, %v267 : i64
        llvm.store %v26, %v269 : f32, !llvm.ptr
        %v270 = arith.cmpi slt, %v268, %len : i64
        scf.if %v270 {
          llvm.store %v26, %v271 : f32, !llvm.ptr
          %v272 = arith.cmpi sge, %v268, %v21 : i64
          %v273 = arith.subi %k, %v20 : i64
          scf.if %v272 {
            %v274 = arith.muli %v18, %len : i64
            %v275 = arith.addi %v274, %v268 : i64
            %v276 = arith.muli %v275, %x_stride : i64
            %v277 = arith.addi %v276, %v15 : i64
            %v278 = llvm.getelementptr %x[%v277] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v279 = llvm.load %v278 : !llvm.ptr -> f32
            llvm.store %v279, %v271 : f32, !llvm.ptr
          } else {
            %v280 = llvm.mlir.zero : !llvm.ptr
            %v281 = llvm.icmp "ne" %prev, %v280 : !llvm.ptr
            scf.if %v281 {
              %v282 = arith.muli %v18, %v273 : i64
              %v283 = arith.addi %v282, %v273 : i64
              %v284 = arith.addi %v283, %v268 : i64
              %v285 = arith.muli %v284, %ch : i64
              %v286 = arith.addi %v285, %v15 : i64
              %v287 = llvm.getelementptr %prev[%v286] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v288 = llvm.load %v287 : !llvm.ptr -> f32
              llvm.store %v288, %v271 : f32, !llvm.ptr
            }
          }
          %v289 = llvm.load %v271 : !llvm.ptr -> f32
          llvm.store %v289, %v269 : f32, !llvm.ptr
        }
        %v290 = llvm.load %v269 : !llvm.ptr -> f32
        %v292 = arith.addi %v19, %v291 : i64
        llvm.store %v26, %v293 : f32, !llvm.ptr
        %v294 = arith.cmpi slt, %v292, %len : i64
        scf.if %v294 {
          llvm.store %v26, %v295 : f32, !llvm.ptr
          %v296 = arith.cmpi sge, %v292, %v21 : i64
          %v297 = arith.subi %k, %v20 : i64
          scf.if %v296 {
            %v298 = arith.muli %v18, %len : i64
            %v299 = arith.addi %v298, %v292 : i64
            %v300 = arith.muli %v299, %x_stride : i64
            %v301 = arith.addi %v300, %v15 : i64
            %v302 = llvm.getelementptr %x[%v301] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v303 = llvm.load %v302 : !llvm.ptr -> f32
            llvm.store %v303, %v295 : f32, !llvm.ptr
          } else {
            %v304 = llvm.mlir.zero : !llvm.ptr
            %v305 = llvm.icmp "ne" %prev, %v304 : !llvm.ptr
            scf.if %v305 {
              %v306 = arith.muli %v18, %v297 : i64
              %v307 = arith.addi %v306, %v297 : i64
              %v308 = arith.addi %v307, %v292 : i64
              %v309 = arith.muli %v308, %ch : i64
              %v310 = arith.addi %v309, %v15 : i64
              %v311 = llvm.getelementptr %prev[%v310] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v312 = llvm.load %v311 : !llvm.ptr -> f32
              llvm.store %v312, %v295 : f32, !llvm.ptr
            }
          }
          %v313 = llvm.load %v295 : !llvm.ptr -> f32
          llvm.store %v313, %v293 : f32, !llvm.ptr
        }
        %v314 = llvm.load %v293 : !llvm.ptr -> f32
        %v316 = arith.addi %v19, %v315 : i64
        llvm.store %v26, %v317 : f32, !llvm.ptr
        %v318 = arith.cmpi slt, %v316, %len : i64
        scf.if %v318 {
          llvm.store %v26, %v319 : f32, !llvm.ptr
          %v320 = arith.cmpi sge, %v316, %v21 : i64
          %v321 = arith.subi %k, %v20 : i64
          scf.if %v320 {
            %v322 = arith.muli %v18, %len : i64
            %v323 = arith.addi %v322, %v316 : i64
            %v324 = arith.muli %v323, %x_stride : i64
            %v325 = arith.addi %v324, %v15 : i64
            %v326 = llvm.getelementptr %x[%v325] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v327 = llvm.load %v326 : !llvm.ptr -> f32
            llvm.store %v327, %v319 : f32, !llvm.ptr
          } else {
            %v328 = llvm.mlir.zero : !llvm.ptr
            %v329 = llvm.icmp "ne" %prev, %v328 : !llvm.ptr
            scf.if %v329 {
              %v330 = arith.muli %v18, %v321 : i64
              %v331 = arith.addi %v330, %v321 : i64
              %v332 = arith.addi %v331, %v316 : i64
              %v333 = arith.muli %v332, %ch : i64
              %v334 = arith.addi %v333, %v15 : i64
              %v335 = llvm.getelementptr %prev[%v334] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v336 = llvm.load %v335 : !llvm.ptr -> f32
              llvm.store %v336, %v319 : f32, !llvm.ptr
            }
          }
          %v337 = llvm.load %v319 : !llvm.ptr -> f32
          llvm.store %v337, %v317 : f32, !llvm.ptr
        }
        %v338 = llvm.load %v317 : !llvm.ptr -> f32
        %v340 = arith.addi %v19, %v339 : i64
        llvm.store %v26, %v341 : f32, !llvm.ptr
        %v342 = arith.cmpi slt, %v340, %len : i64
        scf.if %v342 {
          llvm.store %v26, %v343 : f32, !llvm.ptr
          %v344 = arith.cmpi sge, %v340, %v21 : i64
          %v345 = arith.subi %k, %v20 : i64
          scf.if %v344 {
            %v346 = arith.muli %v18, %len : i64
            %v347 = arith.addi %v346, %v340 : i64
            %v348 = arith.muli %v347, %x_stride : i64
            %v349 = arith.addi %v348, %v15 : i64
            %v350 = llvm.getelementptr %x[%v349] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v351 = llvm.load %v350 : !llvm.ptr -> f32
            llvm.store %v351, %v343 : f32, !llvm.ptr
          } else {
            %v352 = llvm.mlir.zero : !llvm.ptr
            %v353 = llvm.icmp "ne" %prev, %v352 : !llvm.ptr
            scf.if %v353 {
              %v354 = arith.muli %v18, %v345 : i64
              %v355 = arith.addi %v354, %v345 : i64
              %v356 = arith.addi %v355, %v340 : i64
              %v357 = arith.muli %v356, %ch : i64
              %v358 = arith.addi %v357, %v15 : i64
              %v359 = llvm.getelementptr %prev[%v358] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v360 = llvm.load %v359 : !llvm.ptr -> f32
              llvm.store %v360, %v343 : f32, !llvm.ptr
            }
          }
          %v361 = llvm.load %v343 : !llvm.ptr -> f32
          llvm.store %v361, %v341 : f32, !llvm.ptr
        }
        %v362 = llvm.load %v341 : !llvm.ptr -> f32
        %v364 = arith.addi %v19, %v363 : i64
        llvm.store %v26, %v365 : f32, !llvm.ptr
        %v366 = arith.cmpi slt, %v364, %len : i64
        scf.if %v366 {
          llvm.store %v26, %v367 : f32, !llvm.ptr
          %v368 = arith.cmpi sge, %v364, %v21 : i64
          %v369 = arith.subi %k, %v20 : i64
          scf.if %v368 {
            %v370 = arith.muli %v18, %len : i64
            %v371 = arith.addi %v370, %v364 : i64
            %v372 = arith.muli %v371, %x_stride : i64
            %v373 = arith.addi %v372, %v15 : i64
            %v374 = llvm.getelementptr %x[%v373] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v375 = llvm.load %v374 : !llvm.ptr -> f32
            llvm.store %v375, %v367 : f32, !llvm.ptr
          } else {
            %v376 = llvm.mlir.zero : !llvm.ptr
            %v377 = llvm.icmp "ne" %prev, %v376 : !llvm.ptr
            scf.if %v377 {
              %v378 = arith.muli %v18, %v369 : i64
              %v379 = arith.addi %v378, %v369 : i64
              %v380 = arith.addi %v379, %v364 : i64
              %v381 = arith.muli %v380, %ch : i64
              %v382 = arith.addi %v381, %v15 : i64
              %v383 = llvm.getelementptr %prev[%v382] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v384 = llvm.load %v383 : !llvm.ptr -> f32
              llvm.store %v384, %v367 : f32, !llvm.ptr
            }
          }
          %v385 = llvm.load %v367 : !llvm.ptr -> f32
          llvm.store %v385, %v365 : f32, !llvm.ptr
        }
        %v386 = llvm.load %v365 : !llvm.ptr -> f32
        %v388 = arith.addi %v19, %v387 : i64
        llvm.store %v26, %v389 : f32, !llvm.ptr
        %v390 = arith.cmpi slt, %v388, %len : i64
        scf.if %v390 {
          llvm.store %v26, %v391 : f32, !llvm.ptr
          %v392 = arith.cmpi sge, %v388, %v21 : i64
          %v393 = arith.subi %k, %v20 : i64
          scf.if %v392 {
            %v394 = arith.muli %v18, %len : i64
            %v395 = arith.addi %v394, %v388 : i64
            %v396 = arith.muli %v395, %x_stride : i64
            %v397 = arith.addi %v396, %v15 : i64
            %v398 = llvm.getelementptr %x[%v397] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v399 = llvm.load %v398 : !llvm.ptr -> f32
            llvm.store %v399, %v391 : f32, !llvm.ptr
          } else {
            %v400 = llvm.mlir.zero : !llvm.ptr
            %v401 = llvm.icmp "ne" %prev, %v400 : !llvm.ptr
            scf.if %v401 {
              %v402 = arith.muli %v18, %v393 : i64
              %v403 = arith.addi %v402, %v393 : i64
              %v404 = arith.addi %v403, %v388 : i64
              %v405 = arith.muli %v404, %ch : i64
              %v406 = arith.addi %v405, %v15 : i64
              %v407 = llvm.getelementptr %prev[%v406] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v408 = llvm.load %v407 : !llvm.ptr -> f32
              llvm.store %v408, %v391 : f32, !llvm.ptr
            }
          }
          %v409 = llvm.load %v391 : !llvm.ptr -> f32
          llvm.store %v409, %v389 : f32, !llvm.ptr
        }
        %v410 = llvm.load %v389 : !llvm.ptr -> f32
        %v412 = arith.addi %v19, %v411 : i64
        llvm.store %v26, %v413 : f32, !llvm.ptr
        %v414 = arith.cmpi slt, %v412, %len : i64
        scf.if %v414 {
          llvm.store %v26, %v415 : f32, !llvm.ptr
          %v416 = arith.cmpi sge, %v412, %v21 : i64
          %v417 = arith.subi %k, %v20 : i64
          scf.if %v416 {
            %v418 = arith.muli %v18, %len : i64
            %v419 = arith.addi %v418, %v412 : i64
            %v420 = arith.muli %v419, %x_stride : i64
            %v421 = arith.addi %v420, %v15 : i64
            %v422 = llvm.getelementptr %x[%v421] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v423 = llvm.load %v422 : !llvm.ptr -> f32
            llvm.store %v423, %v415 : f32, !llvm.ptr
          } else {
            %v424 = llvm.mlir.zero : !llvm.ptr
            %v425 = llvm.icmp "ne" %prev, %v424 : !llvm.ptr
            scf.if %v425 {
              %v426 = arith.muli %v18, %v417 : i64
              %v427 = arith.addi %v426, %v417 : i64
              %v428 = arith.addi %v427, %v412 : i64
              %v429 = arith.muli %v428, %ch : i64
              %v430 = arith.addi %v429, %v15 : i64
              %v431 = llvm.getelementptr %prev[%v430] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v432 = llvm.load %v431 : !llvm.ptr -> f32
              llvm.store %v432, %v415 : f32, !llvm.ptr
            }
          }
          %v433 = llvm.load %v415 : !llvm.ptr -> f32
          llvm.store %v433, %v413 : f32, !llvm.ptr
        }
        %v434 = llvm.load %v413 : !llvm.ptr -> f32
        %v436 = arith.addi %v19, %v435 : i64
        llvm.store %v26, %v437 : f32, !llvm.ptr
        %v438 = arith.cmpi slt, %v436, %len : i64
        scf.if %v438 {
          llvm.store %v26, %v439 : f32, !llvm.ptr
          %v440 = arith.cmpi sge, %v436, %v21 : i64
          %v441 = arith.subi %k, %v20 : i64
          scf.if %v440 {
            %v442 = arith.muli %v18, %len : i64
            %v443 = arith.addi %v442, %v436 : i64
            %v444 = arith.muli %v443, %x_stride : i64
            %v445 = arith.addi %v444, %v15 : i64
            %v446 = llvm.getelementptr %x[%v445] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v447 = llvm.load %v446 : !llvm.ptr -> f32
            llvm.store %v447, %v439 : f32, !llvm.ptr
          } else {
            %v448 = llvm.mlir.zero : !llvm.ptr
            %v449 = llvm.icmp "ne" %prev, %v448 : !llvm.ptr
            scf.if %v449 {
              %v450 = arith.muli %v18, %v441 : i64
              %v451 = arith.addi %v450, %v441 : i64
              %v452 = arith.addi %v451, %v436 : i64
              %v453 = arith.muli %v452, %ch : i64
              %v454 = arith.addi %v453, %v15 : i64
              %v455 = llvm.getelementptr %prev[%v454] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v456 = llvm.load %v455 : !llvm.ptr -> f32
              llvm.store %v456, %v439 : f32, !llvm.ptr
            }
          }
          %v457 = llvm.load %v439 : !llvm.ptr -> f32
          llvm.store %v457, %v437 : f32, !llvm.ptr
        }
        %v458 = llvm.load %v437 : !llvm.ptr -> f32
        %v460 = arith.addi %v19, %v459 : i64
        llvm.store %v26, %v461 : f32, !llvm.ptr
        %v462 = arith.cmpi slt, %v460, %len : i64
        scf.if %v462 {
          llvm.store %v26, %v463 : f32, !llvm.ptr
          %v464 = arith.cmpi sge, %v460, %v21 : i64
          %v465 = arith.subi %k, %v20 : i64
          scf.if %v464 {
            %v466 = arith.muli %v18, %len : i64
            %v467 = arith.addi %v466, %v460 : i64
            %v468 = arith.muli %v467, %x_stride : i64
            %v469 = arith.addi %v468, %v15 : i64
            %v470 = llvm.getelementptr %x[%v469] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v471 = llvm.load %v470 : !llvm.ptr -> f32
            llvm.store %v471, %v463 : f32, !llvm.ptr
          } else {
            %v472 = llvm.mlir.zero : !llvm.ptr
            %v473 = llvm.icmp "ne" %prev, %v472 : !llvm.ptr
            scf.if %v473 {
              %v474 = arith.muli %v18, %v465 : i64
              %v475 = arith.addi %v474, %v465 : i64
              %v476 = arith.addi %v475, %v460 : i64
              %v477 = arith.muli %v476, %ch : i64
              %v478 = arith.addi %v477, %v15 : i64
              %v479 = llvm.getelementptr %prev[%v478] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v480 = llvm.load %v479 : !llvm.ptr -> f32
              llvm.store %v480, %v463 : f32, !llvm.ptr
            }
          }
          %v481 = llvm.load %v463 : !llvm.ptr -> f32
          llvm.store %v481, %v461 : f32, !llvm.ptr
        }
        %v482 = llvm.load %v461 : !llvm.ptr -> f32
        %v483 = arith.addi %v19, %v2 : i64
        llvm.store %v26, %v484 : f32, !llvm.ptr
        %v485 = arith.cmpi slt, %v483, %len : i64
        scf.if %v485 {
          llvm.store %v26, %v486 : f32, !llvm.ptr
          %v487 = arith.cmpi sge, %v483, %v21 : i64
          %v488 = arith.subi %k, %v20 : i64
          scf.if %v487 {
            %v489 = arith.muli %v18, %len : i64
            %v490 = arith.addi %v489, %v483 : i64
            %v491 = arith.muli %v490, %x_stride : i64
            %v492 = arith.addi %v491, %v15 : i64
            %v493 = llvm.getelementptr %x[%v492] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v494 = llvm.load %v493 : !llvm.ptr -> f32
            llvm.store %v494, %v486 : f32, !llvm.ptr
          } else {
            %v495 = llvm.mlir.zero : !llvm.ptr
            %v496 = llvm.icmp "ne" %prev, %v495 : !llvm.ptr
            scf.if %v496 {
              %v497 = arith.muli %v18, %v488 : i64
              %v498 = arith.addi %v497, %v488 : i64
              %v499 = arith.addi %v498, %v483 : i64
              %v500 = arith.muli %v499, %ch : i64
              %v501 = arith.addi %v500, %v15 : i64
              %v502 = llvm.getelementptr %prev[%v501] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v503 = llvm.load %v502 : !llvm.ptr -> f32
              llvm.store %v503, %v486 : f32, !llvm.ptr
            }
          }
          %v504 = llvm.load %v486 : !llvm.ptr -> f32
          llvm.store %v504, %v484 : f32, !llvm.ptr
        }
        %v505 = llvm.load %v484 : !llvm.ptr -> f32
        %v506 = llvm.mlir.zero : !llvm.ptr
        %v507 = llvm.icmp "ne" %bias, %v506 : !llvm.ptr
        llvm.store %v26, %v508 : f32, !llvm.ptr
        scf.if %v507 {
          %v509 = llvm.getelementptr %bias[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v510 = llvm.load %v509 : !llvm.ptr -> f32
          llvm.store %v510, %v508 : f32, !llvm.ptr
        }
        %v511 = llvm.load %v508 : !llvm.ptr -> f32
        %v512 = arith.cmpi eq, %act, %v20 : i64
        %v513 = arith.mulf %v33, %v80 fastmath<contract> : f32
        %v514 = arith.addf %v511, %v513 fastmath<contract> : f32
        %v515 = arith.mulf %v40, %v104 fastmath<contract> : f32
        %v516 = arith.addf %v514, %v515 fastmath<contract> : f32
        %v517 = arith.mulf %v48, %v128 fastmath<contract> : f32
        %v518 = arith.addf %v516, %v517 fastmath<contract> : f32
        %v519 = arith.mulf %v56, %v150 fastmath<contract> : f32
        %v520 = arith.addf %v518, %v519 fastmath<contract> : f32
        %v522 = arith.negf %v520 : f32
        %v524 = arith.mulf %v522, %v523 fastmath<contract> : f32
        %v525 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v524) : (f32) -> f32
        %v526 = arith.addf %v521, %v525 fastmath<contract> : f32
        %v527 = arith.divf %v521, %v526 : f32
        %v528 = arith.mulf %v520, %v527 fastmath<contract> : f32
        %v529 = arith.select %v512, %v528, %v520 : f32
        %v530 = arith.cmpi slt, %v19, %len : i64
        scf.if %v530 {
          %v531 = arith.addi %v23, %v19 : i64
          %v532 = arith.muli %v531, %ch : i64
          %v533 = arith.addi %v532, %v15 : i64
          %v534 = llvm.getelementptr %out[%v533] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v529, %v534 : f32, !llvm.ptr
        }
        %v535 = arith.addi %v19, %v20 : i64
        %v536 = arith.mulf %v33, %v104 fastmath<contract> : f32
        %v537 = arith.addf %v511, %v536 fastmath<contract> : f32
        %v538 = arith.mulf %v40, %v128 fastmath<contract> : f32
        %v539 = arith.addf %v537, %v538 fastmath<contract> : f32
        %v540 = arith.mulf %v48, %v150 fastmath<contract> : f32
        %v541 = arith.addf %v539, %v540 fastmath<contract> : f32
        %v542 = arith.mulf %v56, %v173 fastmath<contract> : f32
        %v543 = arith.addf %v541, %v542 fastmath<contract> : f32
        %v544 = arith.negf %v543 : f32
        %v545 = arith.mulf %v544, %v523 fastmath<contract> : f32
        %v546 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v545) : (f32) -> f32
        %v547 = arith.addf %v521, %v546 fastmath<contract> : f32
        %v548 = arith.divf %v521, %v547 : f32
        %v549 = arith.mulf %v543, %v548 fastmath<contract> : f32
        %v550 = arith.select %v512, %v549, %v543 : f32
        %v551 = arith.cmpi slt, %v535, %len : i64
        scf.if %v551 {
          %v552 = arith.addi %v23, %v535 : i64
          %v553 = arith.muli %v552, %ch : i64
          %v554 = arith.addi %v553, %v15 : i64
          %v555 = llvm.getelementptr %out[%v554] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v550, %v555 : f32, !llvm.ptr
        }
        %v556 = arith.addi %v19, %v42 : i64
        %v557 = arith.mulf %v33, %v128 fastmath<contract> : f32
        %v558 = arith.addf %v511, %v557 fastmath<contract> : f32
        %v559 = arith.mulf %v40, %v150 fastmath<contract> : f32
        %v560 = arith.addf %v558, %v559 fastmath<contract> : f32
        %v561 = arith.mulf %v48, %v173 fastmath<contract> : f32
        %v562 = arith.addf %v560, %v561 fastmath<contract> : f32
        %v563 = arith.mulf %v56, %v196 fastmath<contract> : f32
        %v564 = arith.addf %v562, %v563 fastmath<contract> : f32
        %v565 = arith.negf %v564 : f32
        %v566 = arith.mulf %v565, %v523 fastmath<contract> : f32
        %v567 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v566) : (f32) -> f32
        %v568 = arith.addf %v521, %v567 fastmath<contract> : f32
        %v569 = arith.divf %v521, %v568 : f32
        %v570 = arith.mulf %v564, %v569 fastmath<contract> : f32
        %v571 = arith.select %v512, %v570, %v564 : f32
        %v572 = arith.cmpi slt, %v556, %len : i64
        scf.if %v572 {
          %v573 = arith.addi %v23, %v556 : i64
          %v574 = arith.muli %v573, %ch : i64
          %v575 = arith.addi %v574, %v15 : i64
          %v576 = llvm.getelementptr %out[%v575] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v571, %v576 : f32, !llvm.ptr
        }
        %v577 = arith.addi %v19, %v50 : i64
        %v578 = arith.mulf %v33, %v150 fastmath<contract> : f32
        %v579 = arith.addf %v511, %v578 fastmath<contract> : f32
        %v580 = arith.mulf %v40, %v173 fastmath<contract> : f32
        %v581 = arith.addf %v579, %v580 fastmath<contract> : f32
        %v582 = arith.mulf %v48, %v196 fastmath<contract> : f32
        %v583 = arith.addf %v581, %v582 fastmath<contract> : f32
        %v584 = arith.mulf %v56, %v219 fastmath<contract> : f32
        %v585 = arith.addf %v583, %v584 fastmath<contract> : f32
        %v586 = arith.negf %v585 : f32
        %v587 = arith.mulf %v586, %v523 fastmath<contract> : f32
        %v588 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v587) : (f32) -> f32
        %v589 = arith.addf %v521, %v588 fastmath<contract> : f32
        %v590 = arith.divf %v521, %v589 : f32
        %v591 = arith.mulf %v585, %v590 fastmath<contract> : f32
        %v592 = arith.select %v512, %v591, %v585 : f32
        %v593 = arith.cmpi slt, %v577, %len : i64
        scf.if %v593 {
          %v594 = arith.addi %v23, %v577 : i64
          %v595 = arith.muli %v594, %ch : i64
          %v596 = arith.addi %v595, %v15 : i64
          %v597 = llvm.getelementptr %out[%v596] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v592, %v597 : f32, !llvm.ptr
        }
        %v598 = arith.addi %v19, %v24 : i64
        %v599 = arith.mulf %v33, %v173 fastmath<contract> : f32
        %v600 = arith.addf %v511, %v599 fastmath<contract> : f32
        %v601 = arith.mulf %v40, %v196 fastmath<contract> : f32
        %v602 = arith.addf %v600, %v601 fastmath<contract> : f32
        %v603 = arith.mulf %v48, %v219 fastmath<contract> : f32
        %v604 = arith.addf %v602, %v603 fastmath<contract> : f32
        %v605 = arith.mulf %v56, %v242 fastmath<contract> : f32
        %v606 = arith.addf %v604, %v605 fastmath<contract> : f32
        %v607 = arith.negf %v606 : f32
        %v608 = arith.mulf %v607, %v523 fastmath<contract> : f32
        %v609 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v608) : (f32) -> f32
        %v610 = arith.addf %v521, %v609 fastmath<contract> : f32
        %v611 = arith.divf %v521, %v610 : f32
        %v612 = arith.mulf %v606, %v611 fastmath<contract> : f32
        %v613 = arith.select %v512, %v612, %v606 : f32
        %v614 = arith.cmpi slt, %v598, %len : i64
        scf.if %v614 {
          %v615 = arith.addi %v23, %v598 : i64
          %v616 = arith.muli %v615, %ch : i64
          %v617 = arith.addi %v616, %v15 : i64
          %v618 = llvm.getelementptr %out[%v617] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v613, %v618 : f32, !llvm.ptr
        }
        %v619 = arith.addi %v19, %v243 : i64
        %v620 = arith.mulf %v33, %v196 fastmath<contract> : f32
        %v621 = arith.addf %v511, %v620 fastmath<contract> : f32
        %v622 = arith.mulf %v40, %v219 fastmath<contract> : f32
        %v623 = arith.addf %v621, %v622 fastmath<contract> : f32
        %v624 = arith.mulf %v48, %v242 fastmath<contract> : f32
        %v625 = arith.addf %v623, %v624 fastmath<contract> : f32
        %v626 = arith.mulf %v56, %v266 fastmath<contract> : f32
        %v627 = arith.addf %v625, %v626 fastmath<contract> : f32
        %v628 = arith.negf %v627 : f32
        %v629 = arith.mulf %v628, %v523 fastmath<contract> : f32
        %v630 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v629) : (f32) -> f32
        %v631 = arith.addf %v521, %v630 fastmath<contract> : f32
        %v632 = arith.divf %v521, %v631 : f32
        %v633 = arith.mulf %v627, %v632 fastmath<contract> : f32
        %v634 = arith.select %v512, %v633, %v627 : f32
        %v635 = arith.cmpi slt, %v619, %len : i64
        scf.if %v635 {
          %v636 = arith.addi %v23, %v619 : i64
          %v637 = arith.muli %v636, %ch : i64
          %v638 = arith.addi %v637, %v15 : i64
          %v639 = llvm.getelementptr %out[%v638] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v634, %v639 : f32, !llvm.ptr
        }
        %v640 = arith.addi %v19, %v267 : i64
        %v641 = arith.mulf %v33, %v219 fastmath<contract> : f32
        %v642 = arith.addf %v511, %v641 fastmath<contract> : f32
        %v643 = arith.mulf %v40, %v242 fastmath<contract> : f32
        %v644 = arith.addf %v642, %v643 fastmath<contract> : f32
        %v645 = arith.mulf %v48, %v266 fastmath<contract> : f32
        %v646 = arith.addf %v644, %v645 fastmath<contract> : f32
        %v647 = arith.mulf %v56, %v290 fastmath<contract> : f32
        %v648 = arith.addf %v646, %v647 fastmath<contract> : f32
        %v649 = arith.negf %v648 : f32
        %v650 = arith.mulf %v649, %v523 fastmath<contract> : f32
        %v651 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v650) : (f32) -> f32
        %v652 = arith.addf %v521, %v651 fastmath<contract> : f32
        %v653 = arith.divf %v521, %v652 : f32
        %v654 = arith.mulf %v648, %v653 fastmath<contract> : f32
        %v655 = arith.select %v512, %v654, %v648 : f32
        %v656 = arith.cmpi slt, %v640, %len : i64
        scf.if %v656 {
          %v657 = arith.addi %v23, %v640 : i64
          %v658 = arith.muli %v657, %ch : i64
          %v659 = arith.addi %v658, %v15 : i64
          %v660 = llvm.getelementptr %out[%v659] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v655, %v660 : f32, !llvm.ptr
        }
        %v661 = arith.addi %v19, %v291 : i64
        %v662 = arith.mulf %v33, %v242 fastmath<contract> : f32
        %v663 = arith.addf %v511, %v662 fastmath<contract> : f32
        %v664 = arith.mulf %v40, %v266 fastmath<contract> : f32
        %v665 = arith.addf %v663, %v664 fastmath<contract> : f32
        %v666 = arith.mulf %v48, %v290 fastmath<contract> : f32
        %v667 = arith.addf %v665, %v666 fastmath<contract> : f32
        %v668 = arith.mulf %v56, %v314 fastmath<contract> : f32
        %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
        %v670 = arith.negf %v669 : f32
        %v671 = arith.mulf %v670, %v523 fastmath<contract> : f32
        %v672 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v671) : (f32) -> f32
        %v673 = arith.addf %v521, %v672 fastmath<contract> : f32
        %v674 = arith.divf %v521, %v673 : f32
        %v675 = arith.mulf %v669, %v674 fastmath<contract> : f32
        %v676 = arith.select %v512, %v675, %v669 : f32
        %v677 = arith.cmpi slt, %v661, %len : i64
        scf.if %v677 {
          %v678 = arith.addi %v23, %v661 : i64
          %v679 = arith.muli %v678, %ch : i64
          %v680 = arith.addi %v679, %v15 : i64
          %v681 = llvm.getelementptr %out[%v680] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v676, %v681 : f32, !llvm.ptr
        }
        %v682 = arith.addi %v19, %v315 : i64
        %v683 = arith.mulf %v33, %v266 fastmath<contract> : f32
        %v684 = arith.addf %v511, %v683 fastmath<contract> : f32
        %v685 = arith.mulf %v40, %v290 fastmath<contract> : f32
        %v686 = arith.addf %v684, %v685 fastmath<contract> : f32
        %v687 = arith.mulf %v48, %v314 fastmath<contract> : f32
        %v688 = arith.addf %v686, %v687 fastmath<contract> : f32
        %v689 = arith.mulf %v56, %v338 fastmath<contract> : f32
        %v690 = arith.addf %v688, %v689 fastmath<contract> : f32
        %v691 = arith.negf %v690 : f32
        %v692 = arith.mulf %v691, %v523 fastmath<contract> : f32
        %v693 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v692) : (f32) -> f32
        %v694 = arith.addf %v521, %v693 fastmath<contract> : f32
        %v695 = arith.divf %v521, %v694 : f32
        %v696 = arith.mulf %v690, %v695 fastmath<contract> : f32
        %v697 = arith.select %v512, %v696, %v690 : f32
        %v698 = arith.cmpi slt, %v682, %len : i64
        scf.if %v698 {
          %v699 = arith.addi %v23, %v682 : i64
          %v700 = arith.muli %v699, %ch : i64
          %v701 = arith.addi %v700, %v15 : i64
          %v702 = llvm.getelementptr %out[%v701] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v697, %v702 : f32, !llvm.ptr
        }
        %v703 = arith.addi %v19, %v339 : i64
        %v704 = arith.mulf %v33, %v290 fastmath<contract> : f32
        %v705 = arith.addf %v511, %v704 fastmath<contract> : f32
        %v706 = arith.mulf %v40, %v314 fastmath<contract> : f32
        %v707 = arith.addf %v705, %v706 fastmath<contract> : f32
        %v708 = arith.mulf %v48, %v338 fastmath<contract> : f32
        %v709 = arith.addf %v707, %v708 fastmath<contract> : f32
        %v710 = arith.mulf %v56, %v362 fastmath<contract> : f32
        %v711 = arith.addf %v709, %v710 fastmath<contract> : f32
        %v712 = arith.negf %v711 : f32
        %v713 = arith.mulf %v712, %v523 fastmath<contract> : f32
        %v714 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v713) : (f32) -> f32
        %v715 = arith.addf %v521, %v714 fastmath<contract> : f32
        %v716 = arith.divf %v521, %v715 : f32
        %v717 = arith.mulf %v711, %v716 fastmath<contract> : f32
        %v718 = arith.select %v512, %v717, %v711 : f32
        %v719 = arith.cmpi slt, %v703, %len : i64
        scf.if %v719 {
          %v720 = arith.addi %v23, %v703 : i64
          %v721 = arith.muli %v720, %ch : i64
          %v722 = arith.addi %v721, %v15 : i64
          %v723 = llvm.getelementptr %out[%v722] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v718, %v723 : f32, !llvm.ptr
        }
        %v724 = arith.addi %v19, %v363 : i64
        %v725 = arith.mulf %v33, %v314 fastmath<contract> : f32
        %v726 = arith.addf %v511, %v725 fastmath<contract> : f32
        %v727 = arith.mulf %v40, %v338 fastmath<contract> : f32
        %v728 = arith.addf %v726, %v727 fastmath<contract> : f32
        %v729 = arith.mulf %v48, %v362 fastmath<contract> : f32
        %v730 = arith.addf %v728, %v729 fastmath<contract> : f32
        %v731 = arith.mulf %v56, %v386 fastmath<contract> : f32
        %v732 = arith.addf %v730, %v731 fastmath<contract> : f32
        %v733 = arith.negf %v732 : f32
        %v734 = arith.mulf %v733, %v523 fastmath<contract> : f32
        %v735 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v734) : (f32) -> f32
        %v736 = arith.addf %v521, %v735 fastmath<contract> : f32
        %v737 = arith.divf %v521, %v736 : f32
        %v738 = arith.mulf %v732, %v737 fastmath<contract> : f32
        %v739 = arith.select %v512, %v738, %v732 : f32
        %v740 = arith.cmpi slt, %v724, %len : i64
        scf.if %v740 {
          %v741 = arith.addi %v23, %v724 : i64
          %v742 = arith.muli %v741, %ch : i64
          %v743 = arith.addi %v742, %v15 : i64
          %v744 = llvm.getelementptr %out[%v743] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v739, %v744 : f32, !llvm.ptr
        }
        %v745 = arith.addi %v19, %v387 : i64
        %v746 = arith.mulf %v33, %v338 fastmath<contract> : f32
        %v747 = arith.addf %v511, %v746 fastmath<contract> : f32
        %v748 = arith.mulf %v40, %v362 fastmath<contract> : f32
        %v749 = arith.addf %v747, %v748 fastmath<contract> : f32
        %v750 = arith.mulf %v48, %v386 fastmath<contract> : f32
        %v751 = arith.addf %v749, %v750 fastmath<contract> : f32
        %v752 = arith.mulf %v56, %v410 fastmath<contract> : f32
        %v753 = arith.addf %v751, %v752 fastmath<contract> : f32
        %v754 = arith.negf %v753 : f32
        %v755 = arith.mulf %v754, %v523 fastmath<contract> : f32
        %v756 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v755) : (f32) -> f32
        %v757 = arith.addf %v521, %v756 fastmath<contract> : f32
        %v758 = arith.divf %v521, %v757 : f32
        %v759 = arith.mulf %v753, %v758 fastmath<contract> : f32
        %v760 = arith.select %v512, %v759, %v753 : f32
        %v761 = arith.cmpi slt, %v745, %len : i64
        scf.if %v761 {
          %v762 = arith.addi %v23, %v745 : i64
          %v763 = arith.muli %v762, %ch : i64
          %v764 = arith.addi %v763, %v15 : i64
          %v765 = llvm.getelementptr %out[%v764] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v760, %v765 : f32, !llvm.ptr
        }
        %v766 = arith.addi %v19, %v411 : i64
        %v767 = arith.mulf %v33, %v362 fastmath<contract> : f32
        %v768 = arith.addf %v511, %v767 fastmath<contract> : f32
        %v769 = arith.mulf %v40, %v386 fastmath<contract> : f32
        %v770 = arith.addf %v768, %v769 fastmath<contract> : f32
        %v771 = arith.mulf %v48, %v410 fastmath<contract> : f32
        %v772 = arith.addf %v770, %v771 fastmath<contract> : f32
        %v773 = arith.mulf %v56, %v434 fastmath<contract> : f32
        %v774 = arith.addf %v772, %v773 fastmath<contract> : f32
        %v775 = arith.negf %v774 : f32
        %v776 = arith.mulf %v775, %v523 fastmath<contract> : f32
        %v777 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v776) : (f32) -> f32
        %v778 = arith.addf %v521, %v777 fastmath<contract> : f32
        %v779 = arith.divf %v521, %v778 : f32
        %v780 = arith.mulf %v774, %v779 fastmath<contract> : f32
        %v781 = arith.select %v512, %v780, %v774 : f32
        %v782 = arith.cmpi slt, %v766, %len : i64
        scf.if %v782 {
          %v783 = arith.addi %v23, %v766 : i64
          %v784 = arith.muli %v783, %ch : i64
          %v785 = arith.addi %v784, %v15 : i64
          %v786 = llvm.getelementptr %out[%v785] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v781, %v786 : f32, !llvm.ptr
        }
        %v787 = arith.addi %v19, %v435 : i64
        %v788 = arith.mulf %v33, %v386 fastmath<contract> : f32
        %v789 = arith.addf %v511, %v788 fastmath<contract> : f32
        %v790 = arith.mulf %v40, %v410 fastmath<contract> : f32
        %v791 = arith.addf %v789, %v790 fastmath<contract> : f32
        %v792 = arith.mulf %v48, %v434 fastmath<contract> : f32
        %v793 = arith.addf %v791, %v792 fastmath<contract> : f32
        %v794 = arith.mulf %v56, %v458 fastmath<contract> : f32
        %v795 = arith.addf %v793, %v794 fastmath<contract> : f32
        %v796 = arith.negf %v795 : f32
        %v797 = arith.mulf %v796, %v523 fastmath<contract> : f32
        %v798 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v797) : (f32) -> f32
        %v799 = arith.addf %v521, %v798 fastmath<contract> : f32
        %v800 = arith.divf %v521, %v799 : f32
        %v801 = arith.mulf %v795, %v800 fastmath<contract> : f32
        %v802 = arith.select %v512, %v801, %v795 : f32
        %v803 = arith.cmpi slt, %v787, %len : i64
        scf.if %v803 {
          %v804 = arith.addi %v23, %v787 : i64
          %v805 = arith.muli %v804, %ch : i64
          %v806 = arith.addi %v805, %v15 : i64
          %v807 = llvm.getelementptr %out[%v806] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v802, %v807 : f32, !llvm.ptr
        }
        %v808 = arith.addi %v19, %v459 : i64
        %v809 = arith.mulf %v33, %v410 fastmath<contract> : f32
        %v810 = arith.addf %v511, %v809 fastmath<contract> : f32
        %v811 = arith.mulf %v40, %v434 fastmath<contract> : f32
        %v812 = arith.addf %v810, %v811 fastmath<contract> : f32
        %v813 = arith.mulf %v48, %v458 fastmath<contract> : f32
        %v814 = arith.addf %v812, %v813 fastmath<contract> : f32
        %v815 = arith.mulf %v56, %v482 fastmath<contract> : f32
        %v816 = arith.addf %v814, %v815 fastmath<contract> : f32
        %v817 = arith.negf %v816 : f32
        %v818 = arith.mulf %v817, %v523 fastmath<contract> : f32
        %v819 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v818) : (f32) -> f32
        %v820 = arith.addf %v521, %v819 fastmath<contract> : f32
        %v821 = arith.divf %v521, %v820 : f32
        %v822 = arith.mulf %v816, %v821 fastmath<contract> : f32
        %v823 = arith.select %v512, %v822, %v816 : f32
        %v824 = arith.cmpi slt, %v808, %len : i64
        scf.if %v824 {
          %v825 = arith.addi %v23, %v808 : i64
          %v826 = arith.muli %v825, %ch : i64
          %v827 = arith.addi %v826, %v15 : i64
          %v828 = llvm.getelementptr %out[%v827] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v823, %v828 : f32, !llvm.ptr
        }
        %v829 = arith.addi %v19, %v2 : i64
        %v830 = arith.mulf %v33, %v434 fastmath<contract> : f32
        %v831 = arith.addf %v511, %v830 fastmath<contract> : f32
        %v832 = arith.mulf %v40, %v458 fastmath<contract> : f32
        %v833 = arith.addf %v831, %v832 fastmath<contract> : f32
        %v834 = arith.mulf %v48, %v482 fastmath<contract> : f32
        %v835 = arith.addf %v833, %v834 fastmath<contract> : f32
        %v836 = arith.mulf %v56, %v505 fastmath<contract> : f32
        %v837 = arith.addf %v835, %v836 fastmath<contract> : f32
        %v838 = arith.negf %v837 : f32
        %v839 = arith.mulf %v838, %v523 fastmath<contract> : f32
        %v840 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v839) : (f32) -> f32
        %v841 = arith.addf %v521, %v840 fastmath<contract> : f32
        %v842 = arith.divf %v521, %v841 : f32
        %v843 = arith.mulf %v837, %v842 fastmath<contract> : f32
        %v844 = arith.select %v512, %v843, %v837 : f32
        %v845 = arith.cmpi slt, %v829, %len : i64
        scf.if %v845 {
          %v846 = arith.addi %v23, %v829 : i64
          %v847 = arith.muli %v846, %ch : i64
          %v848 = arith.addi %v847, %v15 : i64
          %v849 = llvm.getelementptr %out[%v848] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v844, %v849 : f32, !llvm.ptr
        }
        %v850 = arith.subi %k, %v20 : i64
        %v851 = llvm.mlir.zero : !llvm.ptr
        %v852 = llvm.icmp "ne" %state, %v851 : !llvm.ptr
        scf.if %v852 {
          %v853 = arith.muli %v18, %v850 : i64
          %v854 = arith.subi %v850, %v20 : i64
          scf.for %v855 = %v21 to %v854 step %v20 : i64 {
            %v856 = arith.addi %v853, %v855 : i64
            %v857 = arith.muli %v856, %ch : i64
            %v858 = arith.addi %v857, %v15 : i64
            %v859 = arith.addi %v858, %ch : i64
            %v860 = llvm.getelementptr %state[%v859] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v861 = llvm.load %v860 : !llvm.ptr -> f32
            %v862 = llvm.getelementptr %state[%v858] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v861, %v862 : f32, !llvm.ptr
          }
          %v863 = arith.addi %v853, %v854 : i64
          %v864 = arith.muli %v863, %ch : i64
          %v865 = arith.addi %v864, %v15 : i64
          %v866 = arith.muli %v18, %x_stride : i64
          %v867 = arith.addi %v866, %v15 : i64
          %v868 = llvm.getelementptr %x[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v869 = llvm.load %v868 : !llvm.ptr -> f32
          %v870 = llvm.getelementptr %state[%v865] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v869, %v870 : f32, !llvm.ptr
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
      %v8 = arith.constant 31 : i64
      %v9 = arith.constant 5 : i64
      %v12 = arith.constant 255 : i64
      %v36 = arith.constant 0 : i64
      %v44 = arith.constant 32 : i64
      %v53 = arith.constant 64 : i64
      %v62 = arith.constant 96 : i64
      %v71 = arith.constant 128 : i64
      %v80 = arith.constant 160 : i64
      %v89 = arith.constant 192 : i64
      %v98 = arith.constant 224 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v10 = arith.andi %v7, %v8 : i64
      %v11 = arith.shrui %v7, %v9 : i64
      %v13 = arith.addi %s3, %v12 : i64
      %v14 = arith.divsi %v13, %v5 : i64
      %v15 = arith.divsi %n, %s3 : i64
      %v16 = arith.muli %v15, %v14 : i64
      %v17 = arith.cmpi slt, %v11, %v16 : i64
      scf.if %v17 {
        %v18 = arith.remsi %v11, %v14 : i64
        %v19 = arith.divsi %v11, %v14 : i64
        %v20 = arith.remsi %v19, %s2 : i64
        %v21 = arith.divsi %v19, %s2 : i64
        %v22 = arith.remsi %v21, %s1 : i64
        %v23 = arith.divsi %v21, %s1 : i64
        %v24 = arith.muli %v23, %t0 : i64
        %v25 = arith.muli %v22, %t1 : i64
        %v26 = arith.muli %v20, %t2 : i64
        %v27 = arith.addi %v24, %v25 : i64
        %v28 = arith.addi %v27, %v26 : i64
        %v29 = arith.muli %v23, %s1 : i64
        %v30 = arith.addi %v29, %v22 : i64
        %v31 = arith.muli %v30, %s2 : i64
        %v32 = arith.addi %v31, %v20 : i64
        %v33 = arith.muli %v32, %s3 : i64
        %v34 = arith.muli %v18, %v5 : i64
        %v35 = arith.addi %v34, %v10 : i64
        %v37 = arith.cmpi slt, %v35, %s3 : i64
        scf.if %v37 {
          %v38 = arith.muli %v35, %t3 : i64
          %v39 = arith.addi %v28, %v38 : i64
          %v40 = llvm.getelementptr %x[%v39] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v41 = llvm.load %v40 : !llvm.ptr -> f32
          %v42 = arith.addi %v33, %v35 : i64
          %v43 = llvm.getelementptr %out[%v42] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v41, %v43 : f32, !llvm.ptr
        }
        %v45 = arith.addi %v35, %v44 : i64
        %v46 = arith.cmpi slt, %v45, %s3 : i64
        scf.if %v46 {
          %v47 = arith.muli %v45, %t3 : i64
          %v48 = arith.addi %v28, %v47 : i64
          %v49 = llvm.getelementptr %x[%v48] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v50 = llvm.load %v49 : !llvm.ptr -> f32
          %v51 = arith.addi %v33, %v45 : i64
          %v52 = llvm.getelementptr %out[%v51] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v50, %v52 : f32, !llvm.ptr
        }
        %v54 = arith.addi %v35, %v53 : i64
        %v55 = arith.cmpi slt, %v54, %s3 : i64
        scf.if %v55 {
          %v56 = arith.muli %v54, %t3 : i64
          %v57 = arith.addi %v28, %v56 : i64
          %v58 = llvm.getelementptr %x[%v57] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v59 = llvm.load %v58 : !llvm.ptr -> f32
          %v60 = arith.addi %v33, %v54 : i64
          %v61 = llvm.getelementptr %out[%v60] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v59, %v61 : f32, !llvm.ptr
        }
        %v63 = arith.addi %v35, %v62 : i64
        %v64 = arith.cmpi slt, %v63, %s3 : i64
        scf.if %v64 {
          %v65 = arith.muli %v63, %t3 : i64
          %v66 = arith.addi %v28, %v65 : i64
          %v67 = llvm.getelementptr %x[%v66] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v68 = llvm.load %v67 : !llvm.ptr -> f32
          %v69 = arith.addi %v33, %v63 : i64
          %v70 = llvm.getelementptr %out[%v69] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v68, %v70 : f32, !llvm.ptr
        }
        %v72 = arith.addi %v35, %v71 : i64
        %v73 = arith.cmpi slt, %v72, %s3 : i64
        scf.if %v73 {
          %v74 = arith.muli %v72, %t3 : i64
          %v75 = arith.addi %v28, %v74 : i64
          %v76 = llvm.getelementptr %x[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v77 = llvm.load %v76 : !llvm.ptr -> f32
          %v78 = arith.addi %v33, %v72 : i64
          %v79 = llvm.getelementptr %out[%v78] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v77, %v79 : f32, !llvm.ptr
        }
        %v81 = arith.addi %v35, %v80 : i64
        %v82 = arith.cmpi slt, %v81, %s3 : i64
        scf.if %v82 {
          %v83 = arith.muli %v81, %t3 : i64
          %v84 = arith.addi %v28, %v83 : i64
          %v85 = llvm.getelementptr %x[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v86 = llvm.load %v85 : !llvm.ptr -> f32
          %v87 = arith.addi %v33, %v81 : i64
          %v88 = llvm.getelementptr %out[%v87] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v86, %v88 : f32, !llvm.ptr
        }
        %v90 = arith.addi %v35, %v89 : i64
        %v91 = arith.cmpi slt, %v90, %s3 : i64
        scf.if %v91 {
          %v92 = arith.muli %v90, %t3 : i64
          %v93 = arith.addi %v28, %v92 : i64
          %v94 = llvm.getelementptr %x[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v95 = llvm.load %v94 : !llvm.ptr -> f32
          %v96 = arith.addi %v33, %v90 : i64
          %v97 = llvm.getelementptr %out[%v96] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v95, %v97 : f32, !llvm.ptr
        }
        %v99 = arith.addi %v35, %v98 : i64
        %v100 = arith.cmpi slt, %v99, %s3 : i64
        scf.if %v100 {
          %v101 = arith.muli %v99, %t3 : i64
          %v102 = arith.addi %v28, %v101 : i64
          %v103 = llvm.getelementptr %x[%v102] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v104 = llvm.load %v103 : !llvm.ptr -> f32
          %v105 = arith.addi %v33, %v99 : i64
          %v106 = llvm.getelementptr %out[%v105] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v104, %v106 : f32, !llvm.ptr
        }
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
    gpu.func @lr_to_bf16_v4(%x: !llvm.ptr, %out: !llvm.ptr, %n4: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v9 = arith.constant 4 : i64
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v8 = arith.cmpi slt, %v7, %n4 : i64
      scf.if %v8 {
        %v10 = arith.muli %v7, %v9 : i64
        %v11 = llvm.getelementptr %x[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v12 = llvm.load %v11 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
        %v13 = llvm.mlir.undef : vector<4xi16>
        %v14 = llvm.mlir.constant(0 : i32) : i32
        %v15 = llvm.extractelement %v12[%v14 : i32] : vector<4xf32>
        %v16 = arith.bitcast %v15 : f32 to i32
        %v17 = arith.constant 16 : i32
        %v18 = arith.constant 1 : i32
        %v19 = arith.constant 32767 : i32
        %v20 = arith.constant 64 : i32
        %v21 = arith.shrui %v16, %v17 : i32
        %v22 = arith.andi %v21, %v18 : i32
        %v23 = arith.addi %v16, %v19 : i32
        %v24 = arith.addi %v23, %v22 : i32
        %v25 = arith.shrui %v24, %v17 : i32
        %v26 = arith.ori %v21, %v20 : i32
        %v27 = arith.cmpf uno, %v15, %v15 : f32
        %v28 = arith.select %v27, %v26, %v25 : i32
        %v29 = arith.trunci %v28 : i32 to i16
        %v30 = llvm.insertelement %v29, %v13[%v14 : i32] : vector<4xi16>
        %v31 = llvm.mlir.constant(1 : i32) : i32
        %v32 = llvm.extractelement %v12[%v31 : i32] : vector<4xf32>
        %v33 = arith.bitcast %v32 : f32 to i32
        %v34 = arith.constant 16 : i32
        %v35 = arith.constant 1 : i32
        %v36 = arith.constant 32767 : i32
        %v37 = arith.constant 64 : i32
        %v38 = arith.shrui %v33, %v34 : i32
        %v39 = arith.andi %v38, %v35 : i32
        %v40 = arith.addi %v33, %v36 : i32
        %v41 = arith.addi %v40, %v39 : i32
        %v42 = arith.shrui %v41, %v34 : i32
        %v43 = arith.ori %v38, %v37 : i32
        %v44 = arith.cmpf uno, %v32, %v32 : f32
        %v45 = arith.select %v44, %v43, %v42 : i32
        %v46 = arith.trunci %v45 : i32 to i16
        %v47 = llvm.insertelement %v46, %v30[%v31 : i32] : vector<4xi16>
        %v48 = llvm.mlir.constant(2 : i32) : i32
        %v49 = llvm.extractelement %v12[%v48 : i32] : vector<4xf32>
        %v50 = arith.bitcast %v49 : f32 to i32
        %v51 = arith.constant 16 : i32
        %v52 = arith.constant 1 : i32
        %v53 = arith.constant 32767 : i32
        %v54 = arith.constant 64 : i32
        %v55 = arith.shrui %v50, %v51 : i32
        %v56 = arith.andi %v55, %v52 : i32
        %v57 = arith.addi %v50, %v53 : i32
        %v58 = arith.addi %v57, %v56 : i32
        %v59 = arith.shrui %v58, %v51 : i32
        %v60 = arith.ori %v55, %v54 : i32
        %v61 = arith.cmpf uno, %v49, %v49 : f32
        %v62 = arith.select %v61, %v60, %v59 : i32
        %v63 = arith.trunci %v62 : i32 to i16
        %v64 = llvm.insertelement %v63, %v47[%v48 : i32] : vector<4xi16>
        %v65 = llvm.mlir.constant(3 : i32) : i32
        %v66 = llvm.extractelement %v12[%v65 : i32] : vector<4xf32>
        %v67 = arith.bitcast %v66 : f32 to i32
        %v68 = arith.constant 16 : i32
        %v69 = arith.constant 1 : i32
        %v70 = arith.constant 32767 : i32
        %v71 = arith.constant 64 : i32
        %v72 = arith.shrui %v67, %v68 : i32
        %v73 = arith.andi %v72, %v69 : i32
        %v74 = arith.addi %v67, %v70 : i32
        %v75 = arith.addi %v74, %v73 : i32
        %v76 = arith.shrui %v75, %v68 : i32
        %v77 = arith.ori %v72, %v71 : i32
        %v78 = arith.cmpf uno, %v66, %v66 : f32
        %v79 = arith.select %v78, %v77, %v76 : i32
        %v80 = arith.trunci %v79 : i32 to i16
        %v81 = llvm.insertelement %v80, %v64[%v65 : i32] : vector<4xi16>
        %v82 = llvm.getelementptr %out[%v10] : (!llvm.ptr, i64) -> !llvm.ptr, i16
        llvm.store %v81, %v82 {alignment = 8 : i64} : vector<4xi16>, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_argmax_partial(%x: !llvm.ptr, %x_stride: i64, %rows: i64, %cols: i64, %pmax: !llvm.ptr, %pidx: !llvm.ptr) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 32 : i64
      %v11 = arith.constant 1 : i64
      %v23 = arith.constant 0xFF800000 : f32
      %v24 = arith.constant 0 : i64
      %v40 = arith.constant 64 : i64
      %v49 = arith.constant 96 : i64
      %v58 = arith.constant 128 : i64
      %v67 = arith.constant 160 : i64
      %v76 = arith.constant 192 : i64
      %v85 = arith.constant 224 : i64
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
        %v25 = arith.minsi %v20, %v22 : i64
        %v26 = arith.addi %v21, %v25 : i64
        %v27 = llvm.getelementptr %x[%v26] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v28 = llvm.load %v27 : !llvm.ptr -> f32
        %v29 = arith.cmpi slt, %v20, %cols : i64
        %v30 = arith.select %v29, %v28, %v23 : f32
        %v31 = arith.sitofp %v20 : i64 to f32
        %v32 = arith.addi %v20, %v8 : i64
        %v33 = arith.minsi %v32, %v22 : i64
        %v34 = arith.addi %v21, %v33 : i64
        %v35 = llvm.getelementptr %x[%v34] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v36 = llvm.load %v35 : !llvm.ptr -> f32
        %v37 = arith.cmpi slt, %v32, %cols : i64
        %v38 = arith.select %v37, %v36, %v23 : f32
        %v39 = arith.sitofp %v32 : i64 to f32
        %v41 = arith.addi %v20, %v40 : i64
        %v42 = arith.minsi %v41, %v22 : i64
        %v43 = arith.addi %v21, %v42 : i64
        %v44 = llvm.getelementptr %x[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v45 = llvm.load %v44 : !llvm.ptr -> f32
        %v46 = arith.cmpi slt, %v41, %cols : i64
        %v47 = arith.select %v46, %v45, %v23 : f32
        %v48 = arith.sitofp %v41 : i64 to f32
        %v50 = arith.addi %v20, %v49 : i64
        %v51 = arith.minsi %v50, %v22 : i64
        %v52 = arith.addi %v21, %v51 : i64
        %v53 = llvm.getelementptr %x[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v54 = llvm.load %v53 : !llvm.ptr -> f32
        %v55 = arith.cmpi slt, %v50, %cols : i64
        %v56 = arith.select %v55, %v54, %v23 : f32
        %v57 = arith.sitofp %v50 : i64 to f32
        %v59 = arith.addi %v20, %v58 : i64
        %v60 = arith.minsi %v59, %v22 : i64
        %v61 = arith.addi %v21, %v60 : i64
        %v62 = llvm.getelementptr %x[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v63 = llvm.load %v62 : !llvm.ptr -> f32
        %v64 = arith.cmpi slt, %v59, %cols : i64
        %v65 = arith.select %v64, %v63, %v23 : f32
        %v66 = arith.sitofp %v59 : i64 to f32
        %v68 = arith.addi %v20, %v67 : i64
        %v69 = arith.minsi %v68, %v22 : i64
        %v70 = arith.addi %v21, %v69 : i64
        %v71 = llvm.getelementptr %x[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v72 = llvm.load %v71 : !llvm.ptr -> f32
        %v73 = arith.cmpi slt, %v68, %cols : i64
        %v74 = arith.select %v73, %v72, %v23 : f32
        %v75 = arith.sitofp %v68 : i64 to f32
        %v77 = arith.addi %v20, %v76 : i64
        %v78 = arith.minsi %v77, %v22 : i64
        %v79 = arith.addi %v21, %v78 : i64
        %v80 = llvm.getelementptr %x[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v81 = llvm.load %v80 : !llvm.ptr -> f32
        %v82 = arith.cmpi slt, %v77, %cols : i64
        %v83 = arith.select %v82, %v81, %v23 : f32
        %v84 = arith.sitofp %v77 : i64 to f32
        %v86 = arith.addi %v20, %v85 : i64
        %v87 = arith.minsi %v86, %v22 : i64
        %v88 = arith.addi %v21, %v87 : i64
        %v89 = llvm.getelementptr %x[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        %v90 = llvm.load %v89 : !llvm.ptr -> f32
        %v91 = arith.cmpi slt, %v86, %cols : i64
        %v92 = arith.select %v91, %v90, %v23 : f32
        %v93 = arith.sitofp %v86 : i64 to f32
        %v94 = arith.cmpf ogt, %v38, %v30 : f32
        %v95 = arith.cmpf oeq, %v38, %v30 : f32
        %v96 = arith.cmpf olt, %v39, %v31 : f32
        %v97 = arith.andi %v95, %v96 : i1
        %v98 = arith.ori %v94, %v97 : i1
        %v99 = arith.select %v98, %v38, %v30 : f32
        %v100 = arith.select %v98, %v39, %v31 : f32
        %v101 = arith.cmpf ogt, %v47, %v99 : f32
        %v102 = arith.cmpf oeq, %v47, %v99 : f32
        %v103 = arith.cmpf olt, %v48, %v100 : f32
        %v104 = arith.andi %v102, %v103 : i1
        %v105 = arith.ori %v101, %v104 : i1
        %v106 = arith.select %v105, %v47, %v99 : f32
        %v107 = arith.select %v105, %v48, %v100 : f32
        %v108 = arith.cmpf ogt, %v56, %v106 : f32
        %v109 = arith.cmpf oeq, %v56, %v106 : f32
        %v110 = arith.cmpf olt, %v57, %v107 : f32
        %v111 = arith.andi %v109, %v110 : i1
        %v112 = arith.ori %v108, %v111 : i1
        %v113 = arith.select %v112, %v56, %v106 : f32
        %v114 = arith.select %v112, %v57, %v107 : f32
        %v115 = arith.cmpf ogt, %v65, %v113 : f32
        %v116 = arith.cmpf oeq, %v65, %v113 : f32
        %v117 = arith.cmpf olt, %v66, %v114 : f32
        %v118 = arith.andi %v116, %v117 : i1
        %v119 = arith.ori %v115, %v118 : i1
        %v120 = arith.select %v119, %v65, %v113 : f32
        %v121 = arith.select %v119, %v66, %v114 : f32
        %v122 = arith.cmpf ogt, %v74, %v120 : f32
        %v123 = arith.cmpf oeq, %v74, %v120 : f32
        %v124 = arith.cmpf olt, %v75, %v121 : f32
        %v125 = arith.andi %v123, %v124 : i1
        %v126 = arith.ori %v122, %v125 : i1
        %v127 = arith.select %v126, %v74, %v120 : f32
        %v128 = arith.select %v126, %v75, %v121 : f32
        %v129 = arith.cmpf ogt, %v83, %v127 : f32
        %v130 = arith.cmpf oeq, %v83, %v127 : f32
        %v131 = arith.cmpf olt, %v84, %v128 : f32
        %v132 = arith.andi %v130, %v131 : i1
        %v133 = arith.ori %v129, %v132 : i1
        %v134 = arith.select %v133, %v83, %v127 : f32
        %v135 = arith.select %v133, %v84, %v128 : f32
        %v136 = arith.cmpf ogt, %v92, %v134 : f32
        %v137 = arith.cmpf oeq, %v92, %v134 : f32
        %v138 = arith.cmpf olt, %v93, %v135 : f32
        %v139 = arith.andi %v137, %v138 : i1
        %v140 = arith.ori %v136, %v139 : i1
        %v141 = arith.select %v140, %v92, %v134 : f32
        %v142 = arith.select %v140, %v93, %v135 : f32
        %v143 = arith.constant 32 : i32
        %v144 = arith.constant 16 : i32
        %v145, %v146 = gpu.shuffle xor %v141, %v144, %v143 : f32
        %v147, %v148 = gpu.shuffle xor %v142, %v144, %v143 : f32
        %v149 = arith.cmpf ogt, %v145, %v141 : f32
        %v150 = arith.cmpf oeq, %v145, %v141 : f32
        %v151 = arith.cmpf olt, %v147, %v142 : f32
        %v152 = arith.andi %v150, %v151 : i1
        %v153 = arith.ori %v149, %v152 : i1
        %v154 = arith.select %v153, %v145, %v141 : f32
        %v155 = arith.select %v153, %v147, %v142 : f32
        %v156 = arith.constant 8 : i32
        %v157, %v158 = gpu.shuffle xor %v154, %v156, %v143 : f32
        %v159, %v160 = gpu.shuffle xor %v155, %v156, %v143 : f32
        %v161 = arith.cmpf ogt, %v157, %v154 : f32
        %v162 = arith.cmpf oeq, %v157, %v154 : f32
        %v163 = arith.cmpf olt, %v159, %v155 : f32
        %v164 = arith.andi %v162, %v163 : i1
        %v165 = arith.ori %v161, %v164 : i1
        %v166 = arith.select %v165, %v157, %v154 : f32
        %v167 = arith.select %v165, %v159, %v155 : f32
        %v168 = arith.constant 4 : i32
        %v169, %v170 = gpu.shuffle xor %v166, %v168, %v143 : f32
        %v171, %v172 = gpu.shuffle xor %v167, %v168, %v143 : f32
        %v173 = arith.cmpf ogt, %v169, %v166 : f32
        %v174 = arith.cmpf oeq, %v169, %v166 : f32
        %v175 = arith.cmpf olt, %v171, %v167 : f32
        %v176 = arith.andi %v174, %v175 : i1
        %v177 = arith.ori %v173, %v176 : i1
        %v178 = arith.select %v177, %v169, %v166 : f32
        %v179 = arith.select %v177, %v171, %v167 : f32
        %v180 = arith.constant 2 : i32
        %v181, %v182 = gpu.shuffle xor %v178, %v180, %v143 : f32
        %v183, %v184 = gpu.shuffle xor %v179, %v180, %v143 : f32
        %v185 = arith.cmpf ogt, %v181, %v178 : f32
        %v186 = arith.cmpf oeq, %v181, %v178 : f32
        %v187 = arith.cmpf olt, %v183, %v179 : f32
        %v188 = arith.andi %v186, %v187 : i1
        %v189 = arith.ori %v185, %v188 : i1
        %v190 = arith.select %v189, %v181, %v178 : f32
        %v191 = arith.select %v189, %v183, %v179 : f32
        %v192 = arith.constant 1 : i32
        %v193, %v194 = gpu.shuffle xor %v190, %v192, %v143 : f32
        %v195, %v196 = gpu.shuffle xor %v191, %v192, %v143 : f32
        %v197 = arith.cmpf ogt, %v193, %v190 : f32
        %v198 = arith.cmpf oeq, %v193, %v190 : f32
        %v199 = arith.cmpf olt, %v195, %v191 : f32
        %v200 = arith.andi %v198, %v199 : i1
        %v201 = arith.ori %v197, %v200 : i1
        %v202 = arith.select %v201, %v193, %v190 : f32
        %v203 = arith.select %v201, %v195, %v191 : f32
        %v204 = arith.cmpi eq, %v10, %v24 : i64
        scf.if %v204 {
          %v205 = llvm.getelementptr %pmax[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v202, %v205 : f32, !llvm.ptr
          %v206 = arith.fptosi %v203 : f32 to i32
          %v207 = llvm.getelementptr %pidx[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, i32
          llvm.store %v206, %v207 : i32, !llvm.ptr
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
      %v36 = arith.constant 128 : i64
      %v51 = arith.constant 384 : i64
      %v115 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
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
            %v30 = arith.minsi %v29, %v16 : i64
            %v31 = arith.cmpi slt, %v29, %k : i64
            %v32 = llvm.getelementptr %v18[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v33 = llvm.load %v32 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v34 = llvm.getelementptr %v28[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v35 = llvm.load %v34 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v37 = arith.addi %v29, %v36 : i64
            %v38 = arith.minsi %v37, %v16 : i64
            %v39 = arith.cmpi slt, %v37, %k : i64
            %v40 = llvm.getelementptr %v18[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v41 = llvm.load %v40 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v42 = llvm.getelementptr %v28[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v43 = llvm.load %v42 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v44 = arith.addi %v29, %v5 : i64
            %v45 = arith.minsi %v44, %v16 : i64
            %v46 = arith.cmpi slt, %v44, %k : i64
            %v47 = llvm.getelementptr %v18[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v48 = llvm.load %v47 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v49 = llvm.getelementptr %v28[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v50 = llvm.load %v49 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v52 = arith.addi %v29, %v51 : i64
            %v53 = arith.minsi %v52, %v16 : i64
            %v54 = arith.cmpi slt, %v52, %k : i64
            %v55 = llvm.getelementptr %v18[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v56 = llvm.load %v55 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v57 = llvm.getelementptr %v28[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v58 = llvm.load %v57 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v59 = llvm.fmul %v33, %v35 : vector<4xf32>
            %v60 = llvm.select %v31, %v59, %v20 : i1, vector<4xf32>
            %v61 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v62 = llvm.fadd %v61, %v60 : vector<4xf32>
            llvm.store %v62, %v23 : vector<4xf32>, !llvm.ptr
            %v63 = llvm.fmul %v41, %v43 : vector<4xf32>
            %v64 = llvm.select %v39, %v63, %v20 : i1, vector<4xf32>
            %v65 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v66 = llvm.fadd %v65, %v64 : vector<4xf32>
            llvm.store %v66, %v24 : vector<4xf32>, !llvm.ptr
            %v67 = llvm.fmul %v48, %v50 : vector<4xf32>
            %v68 = llvm.select %v46, %v67, %v20 : i1, vector<4xf32>
            %v69 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v70 = llvm.fadd %v69, %v68 : vector<4xf32>
            llvm.store %v70, %v25 : vector<4xf32>, !llvm.ptr
            %v71 = llvm.fmul %v56, %v58 : vector<4xf32>
            %v72 = llvm.select %v54, %v71, %v20 : i1, vector<4xf32>
            %v73 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v74 = llvm.fadd %v73, %v72 : vector<4xf32>
            llvm.store %v74, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v75 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v76 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v77 = llvm.fadd %v75, %v76 : vector<4xf32>
          %v78 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v79 = llvm.fadd %v77, %v78 : vector<4xf32>
          %v80 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v81 = llvm.fadd %v79, %v80 : vector<4xf32>
          %v82 = llvm.mlir.constant(0 : i32) : i32
          %v83 = llvm.extractelement %v81[%v82 : i32] : vector<4xf32>
          %v84 = llvm.mlir.constant(1 : i32) : i32
          %v85 = llvm.extractelement %v81[%v84 : i32] : vector<4xf32>
          %v86 = arith.addf %v83, %v85 fastmath<contract> : f32
          %v87 = llvm.mlir.constant(2 : i32) : i32
          %v88 = llvm.extractelement %v81[%v87 : i32] : vector<4xf32>
          %v89 = arith.addf %v86, %v88 fastmath<contract> : f32
          %v90 = llvm.mlir.constant(3 : i32) : i32
          %v91 = llvm.extractelement %v81[%v90 : i32] : vector<4xf32>
          %v92 = arith.addf %v89, %v91 fastmath<contract> : f32
          %v93 = arith.constant 32 : i32
          %v94 = arith.constant 16 : i32
          %v95, %v96 = gpu.shuffle xor %v92, %v94, %v93 : f32
          %v97 = arith.addf %v92, %v95 fastmath<contract> : f32
          %v98 = arith.constant 8 : i32
          %v99, %v100 = gpu.shuffle xor %v97, %v98, %v93 : f32
          %v101 = arith.addf %v97, %v99 fastmath<contract> : f32
          %v102 = arith.constant 4 : i32
          %v103, %v104 = gpu.shuffle xor %v101, %v102, %v93 : f32
          %v105 = arith.addf %v101, %v103 fastmath<contract> : f32
          %v106 = arith.constant 2 : i32
          %v107, %v108 = gpu.shuffle xor %v105, %v106, %v93 : f32
          %v109 = arith.addf %v105, %v107 fastmath<contract> : f32
          %v110 = arith.constant 1 : i32
          %v111, %v112 = gpu.shuffle xor %v109, %v110, %v93 : f32
          %v113 = arith.addf %v109, %v111 fastmath<contract> : f32
          %v114 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v114 {
            llvm.store %v113, %v115 : f32, !llvm.ptr
            %v116 = llvm.mlir.zero : !llvm.ptr
            %v117 = llvm.icmp "ne" %bias, %v116 : !llvm.ptr
            scf.if %v117 {
              %v118 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v119 = llvm.load %v118 : !llvm.ptr -> f32
              %v120 = llvm.load %v115 : !llvm.ptr -> f32
              %v121 = arith.addf %v120, %v119 fastmath<contract> : f32
              llvm.store %v121, %v115 : f32, !llvm.ptr
            }
            %v122 = llvm.mlir.zero : !llvm.ptr
            %v123 = llvm.icmp "ne" %add, %v122 : !llvm.ptr
            scf.if %v123 {
              %v124 = arith.muli %v22, %add_stride : i64
              %v125 = arith.addi %v124, %v9 : i64
              %v126 = llvm.getelementptr %add[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v127 = llvm.load %v126 : !llvm.ptr -> f32
              %v128 = llvm.load %v115 : !llvm.ptr -> f32
              %v129 = arith.addf %v128, %v127 fastmath<contract> : f32
              llvm.store %v129, %v115 : f32, !llvm.ptr
            }
            %v130 = llvm.load %v115 : !llvm.ptr -> f32
            %v131 = arith.muli %v22, %n : i64
            %v132 = arith.addi %v131, %v9 : i64
            %v133 = llvm.getelementptr %out[%v132] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v130, %v133 : f32, !llvm.ptr
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
      %v36 = arith.constant 128 : i64
      %v51 = arith.constant 384 : i64
      %v127 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
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
            %v30 = arith.minsi %v29, %v16 : i64
            %v31 = arith.cmpi slt, %v29, %k : i64
            %v32 = llvm.getelementptr %v18[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v33 = llvm.load %v32 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v34 = llvm.getelementptr %v28[%v30] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v35 = llvm.load %v34 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v37 = arith.addi %v29, %v36 : i64
            %v38 = arith.minsi %v37, %v16 : i64
            %v39 = arith.cmpi slt, %v37, %k : i64
            %v40 = llvm.getelementptr %v18[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v41 = llvm.load %v40 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v42 = llvm.getelementptr %v28[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v43 = llvm.load %v42 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v44 = arith.addi %v29, %v5 : i64
            %v45 = arith.minsi %v44, %v16 : i64
            %v46 = arith.cmpi slt, %v44, %k : i64
            %v47 = llvm.getelementptr %v18[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v48 = llvm.load %v47 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v49 = llvm.getelementptr %v28[%v45] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v50 = llvm.load %v49 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v52 = arith.addi %v29, %v51 : i64
            %v53 = arith.minsi %v52, %v16 : i64
            %v54 = arith.cmpi slt, %v52, %k : i64
            %v55 = llvm.getelementptr %v18[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v56 = llvm.load %v55 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v57 = llvm.getelementptr %v28[%v53] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v58 = llvm.load %v57 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v59 = llvm.zext %v33 : vector<4xi16> to vector<4xi32>
            %v60 = llvm.shl %v59, %v21 : vector<4xi32>
            %v61 = llvm.bitcast %v60 : vector<4xi32> to vector<4xf32>
            %v62 = llvm.fmul %v61, %v35 : vector<4xf32>
            %v63 = llvm.select %v31, %v62, %v20 : i1, vector<4xf32>
            %v64 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v65 = llvm.fadd %v64, %v63 : vector<4xf32>
            llvm.store %v65, %v23 : vector<4xf32>, !llvm.ptr
            %v66 = llvm.zext %v41 : vector<4xi16> to vector<4xi32>
            %v67 = llvm.shl %v66, %v21 : vector<4xi32>
            %v68 = llvm.bitcast %v67 : vector<4xi32> to vector<4xf32>
            %v69 = llvm.fmul %v68, %v43 : vector<4xf32>
            %v70 = llvm.select %v39, %v69, %v20 : i1, vector<4xf32>
            %v71 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v72 = llvm.fadd %v71, %v70 : vector<4xf32>
            llvm.store %v72, %v24 : vector<4xf32>, !llvm.ptr
            %v73 = llvm.zext %v48 : vector<4xi16> to vector<4xi32>
            %v74 = llvm.shl %v73, %v21 : vector<4xi32>
            %v75 = llvm.bitcast %v74 : vector<4xi32> to vector<4xf32>
            %v76 = llvm.fmul %v75, %v50 : vector<4xf32>
            %v77 = llvm.select %v46, %v76, %v20 : i1, vector<4xf32>
            %v78 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v79 = llvm.fadd %v78, %v77 : vector<4xf32>
            llvm.store %v79, %v25 : vector<4xf32>, !llvm.ptr
            %v80 = llvm.zext %v56 : vector<4xi16> to vector<4xi32>
            %v81 = llvm.shl %v80, %v21 : vector<4xi32>
            %v82 = llvm.bitcast %v81 : vector<4xi32> to vector<4xf32>
            %v83 = llvm.fmul %v82, %v58 : vector<4xf32>
            %v84 = llvm.select %v54, %v83, %v20 : i1, vector<4xf32>
            %v85 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v86 = llvm.fadd %v85, %v84 : vector<4xf32>
            llvm.store %v86, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v87 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v88 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v89 = llvm.fadd %v87, %v88 : vector<4xf32>
          %v90 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v91 = llvm.fadd %v89, %v90 : vector<4xf32>
          %v92 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v93 = llvm.fadd %v91, %v92 : vector<4xf32>
          %v94 = llvm.mlir.constant(0 : i32) : i32
          %v95 = llvm.extractelement %v93[%v94 : i32] : vector<4xf32>
          %v96 = llvm.mlir.constant(1 : i32) : i32
          %v97 = llvm.extractelement %v93[%v96 : i32] : vector<4xf32>
          %v98 = arith.addf %v95, %v97 fastmath<contract> : f32
          %v99 = llvm.mlir.constant(2 : i32) : i32
          %v100 = llvm.extractelement %v93[%v99 : i32] : vector<4xf32>
          %v101 = arith.addf %v98, %v100 fastmath<contract> : f32
          %v102 = llvm.mlir.constant(3 : i32) : i32
          %v103 = llvm.extractelement %v93[%v102 : i32] : vector<4xf32>
          %v104 = arith.addf %v101, %v103 fastmath<contract> : f32
          %v105 = arith.constant 32 : i32
          %v106 = arith.constant 16 : i32
          %v107, %v108 = gpu.shuffle xor %v104, %v106, %v105 : f32
          %v109 = arith.addf %v104, %v107 fastmath<contract> : f32
          %v110 = arith.constant 8 : i32
          %v111, %v112 = gpu.shuffle xor %v109, %v110, %v105 : f32
          %v113 = arith.addf %v109, %v111 fastmath<contract> : f32
          %v114 = arith.constant 4 : i32
          %v115, %v116 = gpu.shuffle xor %v113, %v114, %v105 : f32
          %v117 = arith.addf %v113, %v115 fastmath<contract> : f32
          %v118 = arith.constant 2 : i32
          %v119, %v120 = gpu.shuffle xor %v117, %v118, %v105 : f32
          %v121 = arith.addf %v117, %v119 fastmath<contract> : f32
          %v122 = arith.constant 1 : i32
          %v123, %v124 = gpu.shuffle xor %v121, %v122, %v105 : f32
          %v125 = arith.addf %v121, %v123 fastmath<contract> : f32
          %v126 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v126 {
            llvm.store %v125, %v127 : f32, !llvm.ptr
            %v128 = llvm.mlir.zero : !llvm.ptr
            %v129 = llvm.icmp "ne" %bias, %v128 : !llvm.ptr
            scf.if %v129 {
              %v130 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v131 = llvm.load %v130 : !llvm.ptr -> f32
              %v132 = llvm.load %v127 : !llvm.ptr -> f32
              %v133 = arith.addf %v132, %v131 fastmath<contract> : f32
              llvm.store %v133, %v127 : f32, !llvm.ptr
            }
            %v134 = llvm.mlir.zero : !llvm.ptr
            %v135 = llvm.icmp "ne" %add, %v134 : !llvm.ptr
            scf.if %v135 {
              %v136 = arith.muli %v22, %add_stride : i64
              %v137 = arith.addi %v136, %v9 : i64
              %v138 = llvm.getelementptr %add[%v137] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v139 = llvm.load %v138 : !llvm.ptr -> f32
              %v140 = llvm.load %v127 : !llvm.ptr -> f32
              %v141 = arith.addf %v140, %v139 fastmath<contract> : f32
              llvm.store %v141, %v127 : f32, !llvm.ptr
            }
            %v142 = llvm.load %v127 : !llvm.ptr -> f32
            %v143 = arith.muli %v22, %n : i64
            %v144 = arith.addi %v143, %v9 : i64
            %v145 = llvm.getelementptr %out[%v144] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v142, %v145 : f32, !llvm.ptr
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
      %v113 = arith.constant 384 : i64
      %v181 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
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
          %v42 = arith.addf %v39, %v41 fastmath<contract> : f32
          %v43 = llvm.mlir.constant(2 : i32) : i32
          %v44 = llvm.extractelement %v37[%v43 : i32] : vector<4xf32>
          %v45 = arith.addf %v42, %v44 fastmath<contract> : f32
          %v46 = llvm.mlir.constant(3 : i32) : i32
          %v47 = llvm.extractelement %v37[%v46 : i32] : vector<4xf32>
          %v48 = arith.addf %v45, %v47 fastmath<contract> : f32
          %v49 = arith.constant 32 : i32
          %v50 = arith.constant 16 : i32
          %v51, %v52 = gpu.shuffle xor %v48, %v50, %v49 : f32
          %v53 = arith.addf %v48, %v51 fastmath<contract> : f32
          %v54 = arith.constant 8 : i32
          %v55, %v56 = gpu.shuffle xor %v53, %v54, %v49 : f32
          %v57 = arith.addf %v53, %v55 fastmath<contract> : f32
          %v58 = arith.constant 4 : i32
          %v59, %v60 = gpu.shuffle xor %v57, %v58, %v49 : f32
          %v61 = arith.addf %v57, %v59 fastmath<contract> : f32
          %v62 = arith.constant 2 : i32
          %v63, %v64 = gpu.shuffle xor %v61, %v62, %v49 : f32
          %v65 = arith.addf %v61, %v63 fastmath<contract> : f32
          %v66 = arith.constant 1 : i32
          %v67, %v68 = gpu.shuffle xor %v65, %v66, %v49 : f32
          %v69 = arith.addf %v65, %v67 fastmath<contract> : f32
          %v70 = arith.sitofp %k : i64 to f32
          %v71 = arith.divf %v69, %v70 : f32
          %v72 = arith.addf %v71, %eps fastmath<contract> : f32
          %v73 = llvm.call_intrinsic "llvm.sqrt.f32"(%v72) : (f32) -> f32
          %v75 = arith.divf %v74, %v73 : f32
          %v76 = llvm.mlir.undef : vector<4xf32>
          %v77 = llvm.mlir.constant(0 : i32) : i32
          %v78 = llvm.insertelement %v75, %v76[%v77 : i32] : vector<4xf32>
          %v79 = llvm.shufflevector %v78, %v76 [0, 0, 0, 0] : vector<4xf32>
          scf.for %v80 = %v19 to %k step %v15 : i64 {
            %v81 = arith.minsi %v80, %v16 : i64
            %v82 = arith.cmpi slt, %v80, %k : i64
            %v83 = llvm.getelementptr %v18[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v84 = llvm.load %v83 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v85 = llvm.getelementptr %v28[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v86 = llvm.load %v85 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v87 = llvm.getelementptr %norm_w[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v89 = llvm.fmul %v86, %v79 : vector<4xf32>
            %v90 = llvm.fmul %v89, %v88 : vector<4xf32>
            %v91 = arith.addi %v80, %v30 : i64
            %v92 = arith.minsi %v91, %v16 : i64
            %v93 = arith.cmpi slt, %v91, %k : i64
            %v94 = llvm.getelementptr %v18[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v95 = llvm.load %v94 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v96 = llvm.getelementptr %v28[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v97 = llvm.load %v96 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v98 = llvm.getelementptr %norm_w[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v99 = llvm.load %v98 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v100 = llvm.fmul %v97, %v79 : vector<4xf32>
            %v101 = llvm.fmul %v100, %v99 : vector<4xf32>
            %v102 = arith.addi %v80, %v5 : i64
            %v103 = arith.minsi %v102, %v16 : i64
            %v104 = arith.cmpi slt, %v102, %k : i64
            %v105 = llvm.getelementptr %v18[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v106 = llvm.load %v105 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v107 = llvm.getelementptr %v28[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v108 = llvm.load %v107 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v109 = llvm.getelementptr %norm_w[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v110 = llvm.load %v109 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v111 = llvm.fmul %v108, %v79 : vector<4xf32>
            %v112 = llvm.fmul %v111, %v110 : vector<4xf32>
            %v114 = arith.addi %v80, %v113 : i64
            %v115 = arith.minsi %v114, %v16 : i64
            %v116 = arith.cmpi slt, %v114, %k : i64
            %v117 = llvm.getelementptr %v18[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v118 = llvm.load %v117 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v119 = llvm.getelementptr %v28[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v120 = llvm.load %v119 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v121 = llvm.getelementptr %norm_w[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v122 = llvm.load %v121 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v123 = llvm.fmul %v120, %v79 : vector<4xf32>
            %v124 = llvm.fmul %v123, %v122 : vector<4xf32>
            %v125 = llvm.fmul %v84, %v90 : vector<4xf32>
            %v126 = llvm.select %v82, %v125, %v20 : i1, vector<4xf32>
            %v127 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v128 = llvm.fadd %v127, %v126 : vector<4xf32>
            llvm.store %v128, %v23 : vector<4xf32>, !llvm.ptr
            %v129 = llvm.fmul %v95, %v101 : vector<4xf32>
            %v130 = llvm.select %v93, %v129, %v20 : i1, vector<4xf32>
            %v131 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v132 = llvm.fadd %v131, %v130 : vector<4xf32>
            llvm.store %v132, %v24 : vector<4xf32>, !llvm.ptr
            %v133 = llvm.fmul %v106, %v112 : vector<4xf32>
            %v134 = llvm.select %v104, %v133, %v20 : i1, vector<4xf32>
            %v135 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v136 = llvm.fadd %v135, %v134 : vector<4xf32>
            llvm.store %v136, %v25 : vector<4xf32>, !llvm.ptr
            %v137 = llvm.fmul %v118, %v124 : vector<4xf32>
            %v138 = llvm.select %v116, %v137, %v20 : i1, vector<4xf32>
            %v139 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v140 = llvm.fadd %v139, %v138 : vector<4xf32>
            llvm.store %v140, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v141 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v142 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v143 = llvm.fadd %v141, %v142 : vector<4xf32>
          %v144 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v145 = llvm.fadd %v143, %v144 : vector<4xf32>
          %v146 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v147 = llvm.fadd %v145, %v146 : vector<4xf32>
          %v148 = llvm.mlir.constant(0 : i32) : i32
          %v149 = llvm.extractelement %v147[%v148 : i32] : vector<4xf32>
          %v150 = llvm.mlir.constant(1 : i32) : i32
          %v151 = llvm.extractelement %v147[%v150 : i32] : vector<4xf32>
          %v152 = arith.addf %v149, %v151 fastmath<contract> : f32
          %v153 = llvm.mlir.constant(2 : i32) : i32
          %v154 = llvm.extractelement %v147[%v153 : i32] : vector<4xf32>
          %v155 = arith.addf %v152, %v154 fastmath<contract> : f32
          %v156 = llvm.mlir.constant(3 : i32) : i32
          %v157 = llvm.extractelement %v147[%v156 : i32] : vector<4xf32>
          %v158 = arith.addf %v155, %v157 fastmath<contract> : f32
          %v159 = arith.constant 32 : i32
          %v160 = arith.constant 16 : i32
          %v161, %v162 = gpu.shuffle xor %v158, %v160, %v159 : f32
          %v163 = arith.addf %v158, %v161 fastmath<contract> : f32
          %v164 = arith.constant 8 : i32
          %v165, %v166 = gpu.shuffle xor %v163, %v164, %v159 : f32
          %v167 = arith.addf %v163, %v165 fastmath<contract> : f32
          %v168 = arith.constant 4 : i32
          %v169, %v170 = gpu.shuffle xor %v167, %v168, %v159 : f32
          %v171 = arith.addf %v167, %v169 fastmath<contract> : f32
          %v172 = arith.constant 2 : i32
          %v173, %v174 = gpu.shuffle xor %v171, %v172, %v159 : f32
          %v175 = arith.addf %v171, %v173 fastmath<contract> : f32
          %v176 = arith.constant 1 : i32
          %v177, %v178 = gpu.shuffle xor %v175, %v176, %v159 : f32
          %v179 = arith.addf %v175, %v177 fastmath<contract> : f32
          %v180 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v180 {
            llvm.store %v179, %v181 : f32, !llvm.ptr
            %v182 = llvm.mlir.zero : !llvm.ptr
            %v183 = llvm.icmp "ne" %bias, %v182 : !llvm.ptr
            scf.if %v183 {
              %v184 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v185 = llvm.load %v184 : !llvm.ptr -> f32
              %v186 = llvm.load %v181 : !llvm.ptr -> f32
              %v187 = arith.addf %v186, %v185 fastmath<contract> : f32
              llvm.store %v187, %v181 : f32, !llvm.ptr
            }
            %v188 = llvm.mlir.zero : !llvm.ptr
            %v189 = llvm.icmp "ne" %add, %v188 : !llvm.ptr
            scf.if %v189 {
              %v190 = arith.muli %v22, %add_stride : i64
              %v191 = arith.addi %v190, %v9 : i64
              %v192 = llvm.getelementptr %add[%v191] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v193 = llvm.load %v192 : !llvm.ptr -> f32
              %v194 = llvm.load %v181 : !llvm.ptr -> f32
              %v195 = arith.addf %v194, %v193 fastmath<contract> : f32
              llvm.store %v195, %v181 : f32, !llvm.ptr
            }
            %v196 = llvm.load %v181 : !llvm.ptr -> f32
            %v197 = arith.muli %v22, %n : i64
            %v198 = arith.addi %v197, %v9 : i64
            %v199 = llvm.getelementptr %out[%v198] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v196, %v199 : f32, !llvm.ptr
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
      %v113 = arith.constant 384 : i64
      %v193 = llvm.alloca %v12 x f32 : (i64) -> !llvm.ptr
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
          %v42 = arith.addf %v39, %v41 fastmath<contract> : f32
          %v43 = llvm.mlir.constant(2 : i32) : i32
          %v44 = llvm.extractelement %v37[%v43 : i32] : vector<4xf32>
          %v45 = arith.addf %v42, %v44 fastmath<contract> : f32
          %v46 = llvm.mlir.constant(3 : i32) : i32
          %v47 = llvm.extractelement %v37[%v46 : i32] : vector<4xf32>
          %v48 = arith.addf %v45, %v47 fastmath<contract> : f32
          %v49 = arith.constant 32 : i32
          %v50 = arith.constant 16 : i32
          %v51, %v52 = gpu.shuffle xor %v48, %v50, %v49 : f32
          %v53 = arith.addf %v48, %v51 fastmath<contract> : f32
          %v54 = arith.constant 8 : i32
          %v55, %v56 = gpu.shuffle xor %v53, %v54, %v49 : f32
          %v57 = arith.addf %v53, %v55 fastmath<contract> : f32
          %v58 = arith.constant 4 : i32
          %v59, %v60 = gpu.shuffle xor %v57, %v58, %v49 : f32
          %v61 = arith.addf %v57, %v59 fastmath<contract> : f32
          %v62 = arith.constant 2 : i32
          %v63, %v64 = gpu.shuffle xor %v61, %v62, %v49 : f32
          %v65 = arith.addf %v61, %v63 fastmath<contract> : f32
          %v66 = arith.constant 1 : i32
          %v67, %v68 = gpu.shuffle xor %v65, %v66, %v49 : f32
          %v69 = arith.addf %v65, %v67 fastmath<contract> : f32
          %v70 = arith.sitofp %k : i64 to f32
          %v71 = arith.divf %v69, %v70 : f32
          %v72 = arith.addf %v71, %eps fastmath<contract> : f32
          %v73 = llvm.call_intrinsic "llvm.sqrt.f32"(%v72) : (f32) -> f32
          %v75 = arith.divf %v74, %v73 : f32
          %v76 = llvm.mlir.undef : vector<4xf32>
          %v77 = llvm.mlir.constant(0 : i32) : i32
          %v78 = llvm.insertelement %v75, %v76[%v77 : i32] : vector<4xf32>
          %v79 = llvm.shufflevector %v78, %v76 [0, 0, 0, 0] : vector<4xf32>
          scf.for %v80 = %v19 to %k step %v15 : i64 {
            %v81 = arith.minsi %v80, %v16 : i64
            %v82 = arith.cmpi slt, %v80, %k : i64
            %v83 = llvm.getelementptr %v18[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v84 = llvm.load %v83 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v85 = llvm.getelementptr %v28[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v86 = llvm.load %v85 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v87 = llvm.getelementptr %norm_w[%v81] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v88 = llvm.load %v87 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v89 = llvm.fmul %v86, %v79 : vector<4xf32>
            %v90 = llvm.fmul %v89, %v88 : vector<4xf32>
            %v91 = arith.addi %v80, %v30 : i64
            %v92 = arith.minsi %v91, %v16 : i64
            %v93 = arith.cmpi slt, %v91, %k : i64
            %v94 = llvm.getelementptr %v18[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v95 = llvm.load %v94 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v96 = llvm.getelementptr %v28[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v97 = llvm.load %v96 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v98 = llvm.getelementptr %norm_w[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v99 = llvm.load %v98 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v100 = llvm.fmul %v97, %v79 : vector<4xf32>
            %v101 = llvm.fmul %v100, %v99 : vector<4xf32>
            %v102 = arith.addi %v80, %v5 : i64
            %v103 = arith.minsi %v102, %v16 : i64
            %v104 = arith.cmpi slt, %v102, %k : i64
            %v105 = llvm.getelementptr %v18[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v106 = llvm.load %v105 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v107 = llvm.getelementptr %v28[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v108 = llvm.load %v107 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v109 = llvm.getelementptr %norm_w[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v110 = llvm.load %v109 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v111 = llvm.fmul %v108, %v79 : vector<4xf32>
            %v112 = llvm.fmul %v111, %v110 : vector<4xf32>
            %v114 = arith.addi %v80, %v113 : i64
            %v115 = arith.minsi %v114, %v16 : i64
            %v116 = arith.cmpi slt, %v114, %k : i64
            %v117 = llvm.getelementptr %v18[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, i16
            %v118 = llvm.load %v117 {alignment = 8 : i64} : !llvm.ptr -> vector<4xi16>
            %v119 = llvm.getelementptr %v28[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v120 = llvm.load %v119 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v121 = llvm.getelementptr %norm_w[%v115] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v122 = llvm.load %v121 {alignment = 16 : i64} : !llvm.ptr -> vector<4xf32>
            %v123 = llvm.fmul %v120, %v79 : vector<4xf32>
            %v124 = llvm.fmul %v123, %v122 : vector<4xf32>
            %v125 = llvm.zext %v84 : vector<4xi16> to vector<4xi32>
            %v126 = llvm.shl %v125, %v21 : vector<4xi32>
            %v127 = llvm.bitcast %v126 : vector<4xi32> to vector<4xf32>
            %v128 = llvm.fmul %v127, %v90 : vector<4xf32>
            %v129 = llvm.select %v82, %v128, %v20 : i1, vector<4xf32>
            %v130 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
            %v131 = llvm.fadd %v130, %v129 : vector<4xf32>
            llvm.store %v131, %v23 : vector<4xf32>, !llvm.ptr
            %v132 = llvm.zext %v95 : vector<4xi16> to vector<4xi32>
            %v133 = llvm.shl %v132, %v21 : vector<4xi32>
            %v134 = llvm.bitcast %v133 : vector<4xi32> to vector<4xf32>
            %v135 = llvm.fmul %v134, %v101 : vector<4xf32>
            %v136 = llvm.select %v93, %v135, %v20 : i1, vector<4xf32>
            %v137 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
            %v138 = llvm.fadd %v137, %v136 : vector<4xf32>
            llvm.store %v138, %v24 : vector<4xf32>, !llvm.ptr
            %v139 = llvm.zext %v106 : vector<4xi16> to vector<4xi32>
            %v140 = llvm.shl %v139, %v21 : vector<4xi32>
            %v141 = llvm.bitcast %v140 : vector<4xi32> to vector<4xf32>
            %v142 = llvm.fmul %v141, %v112 : vector<4xf32>
            %v143 = llvm.select %v104, %v142, %v20 : i1, vector<4xf32>
            %v144 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
            %v145 = llvm.fadd %v144, %v143 : vector<4xf32>
            llvm.store %v145, %v25 : vector<4xf32>, !llvm.ptr
            %v146 = llvm.zext %v118 : vector<4xi16> to vector<4xi32>
            %v147 = llvm.shl %v146, %v21 : vector<4xi32>
            %v148 = llvm.bitcast %v147 : vector<4xi32> to vector<4xf32>
            %v149 = llvm.fmul %v148, %v124 : vector<4xf32>
            %v150 = llvm.select %v116, %v149, %v20 : i1, vector<4xf32>
            %v151 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
            %v152 = llvm.fadd %v151, %v150 : vector<4xf32>
            llvm.store %v152, %v26 : vector<4xf32>, !llvm.ptr
          }
          %v153 = llvm.load %v23 : !llvm.ptr -> vector<4xf32>
          %v154 = llvm.load %v24 : !llvm.ptr -> vector<4xf32>
          %v155 = llvm.fadd %v153, %v154 : vector<4xf32>
          %v156 = llvm.load %v25 : !llvm.ptr -> vector<4xf32>
          %v157 = llvm.fadd %v155, %v156 : vector<4xf32>
          %v158 = llvm.load %v26 : !llvm.ptr -> vector<4xf32>
          %v159 = llvm.fadd %v157, %v158 : vector<4xf32>
          %v160 = llvm.mlir.constant(0 : i32) : i32
          %v161 = llvm.extractelement %v159[%v160 : i32] : vector<4xf32>
          %v162 = llvm.mlir.constant(1 : i32) : i32
          %v163 = llvm.extractelement %v159[%v162 : i32] : vector<4xf32>
          %v164 = arith.addf %v161, %v163 fastmath<contract> : f32
          %v165 = llvm.mlir.constant(2 : i32) : i32
          %v166 = llvm.extractelement %v159[%v165 : i32] : vector<4xf32>
          %v167 = arith.addf %v164, %v166 fastmath<contract> : f32
          %v168 = llvm.mlir.constant(3 : i32) : i32
          %v169 = llvm.extractelement %v159[%v168 : i32] : vector<4xf32>
          %v170 = arith.addf %v167, %v169 fastmath<contract> : f32
          %v171 = arith.constant 32 : i32
          %v172 = arith.constant 16 : i32
          %v173, %v174 = gpu.shuffle xor %v170, %v172, %v171 : f32
          %v175 = arith.addf %v170, %v173 fastmath<contract> : f32
          %v176 = arith.constant 8 : i32
          %v177, %v178 = gpu.shuffle xor %v175, %v176, %v171 : f32
          %v179 = arith.addf %v175, %v177 fastmath<contract> : f32
          %v180 = arith.constant 4 : i32
          %v181, %v182 = gpu.shuffle xor %v179, %v180, %v171 : f32
          %v183 = arith.addf %v179, %v181 fastmath<contract> : f32
          %v184 = arith.constant 2 : i32
          %v185, %v186 = gpu.shuffle xor %v183, %v184, %v171 : f32
          %v187 = arith.addf %v183, %v185 fastmath<contract> : f32
          %v188 = arith.constant 1 : i32
          %v189, %v190 = gpu.shuffle xor %v187, %v188, %v171 : f32
          %v191 = arith.addf %v187, %v189 fastmath<contract> : f32
          %v192 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v192 {
            llvm.store %v191, %v193 : f32, !llvm.ptr
            %v194 = llvm.mlir.zero : !llvm.ptr
            %v195 = llvm.icmp "ne" %bias, %v194 : !llvm.ptr
            scf.if %v195 {
              %v196 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v197 = llvm.load %v196 : !llvm.ptr -> f32
              %v198 = llvm.load %v193 : !llvm.ptr -> f32
              %v199 = arith.addf %v198, %v197 fastmath<contract> : f32
              llvm.store %v199, %v193 : f32, !llvm.ptr
            }
            %v200 = llvm.mlir.zero : !llvm.ptr
            %v201 = llvm.icmp "ne" %add, %v200 : !llvm.ptr
            scf.if %v201 {
              %v202 = arith.muli %v22, %add_stride : i64
              %v203 = arith.addi %v202, %v9 : i64
              %v204 = llvm.getelementptr %add[%v203] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v205 = llvm.load %v204 : !llvm.ptr -> f32
              %v206 = llvm.load %v193 : !llvm.ptr -> f32
              %v207 = arith.addf %v206, %v205 fastmath<contract> : f32
              llvm.store %v207, %v193 : f32, !llvm.ptr
            }
            %v208 = llvm.load %v193 : !llvm.ptr -> f32
            %v209 = arith.muli %v22, %n : i64
            %v210 = arith.addi %v209, %v9 : i64
            %v211 = llvm.getelementptr %out[%v210] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v208, %v211 : f32, !llvm.ptr
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
        %v16 = arith.mulf %v14, %v15 fastmath<contract> : f32
        %v17 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v16) : (f32) -> f32
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
        %v15 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v14) : (f32) -> f32
        %v17 = arith.mulf %v15, %v16 fastmath<contract> : f32
        %v18 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v17, %v18 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_log1p(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3F800000 : f32
      %v18 = arith.constant 0x3F317218 : f32
      %v20 = arith.constant 0x3E124925 : f32
      %v22 = arith.constant 0xBE2AAAAB : f32
      %v25 = arith.constant 0x3E4CCCCD : f32
      %v28 = arith.constant 0xBE800000 : f32
      %v31 = arith.constant 0x3EAAAAAB : f32
      %v34 = arith.constant 0xBF000000 : f32
      %v40 = arith.constant 0x3D800000 : f32
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
        %v16 = arith.addf %v15, %v14 fastmath<contract> : f32
        %v17 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v16) : (f32) -> f32
        %v19 = arith.mulf %v17, %v18 fastmath<contract> : f32
        %v21 = arith.mulf %v20, %v14 fastmath<contract> : f32
        %v23 = arith.addf %v21, %v22 fastmath<contract> : f32
        %v24 = arith.mulf %v23, %v14 fastmath<contract> : f32
        %v26 = arith.addf %v24, %v25 fastmath<contract> : f32
        %v27 = arith.mulf %v26, %v14 fastmath<contract> : f32
        %v29 = arith.addf %v27, %v28 fastmath<contract> : f32
        %v30 = arith.mulf %v29, %v14 fastmath<contract> : f32
        %v32 = arith.addf %v30, %v31 fastmath<contract> : f32
        %v33 = arith.mulf %v32, %v14 fastmath<contract> : f32
        %v35 = arith.addf %v33, %v34 fastmath<contract> : f32
        %v36 = arith.mulf %v35, %v14 fastmath<contract> : f32
        %v37 = arith.addf %v36, %v15 fastmath<contract> : f32
        %v38 = arith.mulf %v37, %v14 fastmath<contract> : f32
        %v39 = llvm.call_intrinsic "llvm.fabs.f32"(%v14) : (f32) -> f32
        %v41 = arith.cmpf olt, %v39, %v40 : f32
        %v42 = arith.select %v41, %v38, %v19 : f32
        %v43 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v42, %v43 : f32, !llvm.ptr
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
        %v15 = llvm.call_intrinsic "llvm.nvvm.rsqrt.approx.ftz.f"(%v14) : (f32) -> f32
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
        %v18 = arith.mulf %v16, %v17 fastmath<contract> : f32
        %v19 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v18) : (f32) -> f32
        %v20 = arith.addf %v15, %v19 fastmath<contract> : f32
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
        %v18 = arith.mulf %v16, %v17 fastmath<contract> : f32
        %v19 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v18) : (f32) -> f32
        %v20 = arith.addf %v15, %v19 fastmath<contract> : f32
        %v21 = arith.divf %v15, %v20 : f32
        %v22 = arith.mulf %v14, %v21 fastmath<contract> : f32
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
      %v29 = arith.constant 0xBE2AAAAB : f32
      %v32 = arith.constant 0x3E4CCCCD : f32
      %v35 = arith.constant 0xBE800000 : f32
      %v38 = arith.constant 0x3EAAAAAB : f32
      %v41 = arith.constant 0xBF000000 : f32
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
        %v20 = arith.mulf %v18, %v19 fastmath<contract> : f32
        %v21 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v20) : (f32) -> f32
        %v23 = arith.addf %v22, %v21 fastmath<contract> : f32
        %v24 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v23) : (f32) -> f32
        %v26 = arith.mulf %v24, %v25 fastmath<contract> : f32
        %v28 = arith.mulf %v27, %v21 fastmath<contract> : f32
        %v30 = arith.addf %v28, %v29 fastmath<contract> : f32
        %v31 = arith.mulf %v30, %v21 fastmath<contract> : f32
        %v33 = arith.addf %v31, %v32 fastmath<contract> : f32
        %v34 = arith.mulf %v33, %v21 fastmath<contract> : f32
        %v36 = arith.addf %v34, %v35 fastmath<contract> : f32
        %v37 = arith.mulf %v36, %v21 fastmath<contract> : f32
        %v39 = arith.addf %v37, %v38 fastmath<contract> : f32
        %v40 = arith.mulf %v39, %v21 fastmath<contract> : f32
        %v42 = arith.addf %v40, %v41 fastmath<contract> : f32
        %v43 = arith.mulf %v42, %v21 fastmath<contract> : f32
        %v44 = arith.addf %v43, %v22 fastmath<contract> : f32
        %v45 = arith.mulf %v44, %v21 fastmath<contract> : f32
        %v46 = llvm.call_intrinsic "llvm.fabs.f32"(%v21) : (f32) -> f32
        %v48 = arith.cmpf olt, %v46, %v47 : f32
        %v49 = arith.select %v48, %v45, %v26 : f32
        %v50 = arith.addf %v16, %v49 fastmath<contract> : f32
        %v51 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v50, %v51 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_log_sigmoid(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x00000000 : f32
      %v19 = arith.constant 0x3FB8AA3B : f32
      %v22 = arith.constant 0x3F800000 : f32
      %v25 = arith.constant 0x3F317218 : f32
      %v27 = arith.constant 0x3E124925 : f32
      %v29 = arith.constant 0xBE2AAAAB : f32
      %v32 = arith.constant 0x3E4CCCCD : f32
      %v35 = arith.constant 0xBE800000 : f32
      %v38 = arith.constant 0x3EAAAAAB : f32
      %v41 = arith.constant 0xBF000000 : f32
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
        %v16 = arith.minimumf %v14, %v15 : f32
        %v17 = llvm.call_intrinsic "llvm.fabs.f32"(%v14) : (f32) -> f32
        %v18 = arith.negf %v17 : f32
        %v20 = arith.mulf %v18, %v19 fastmath<contract> : f32
        %v21 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v20) : (f32) -> f32
        %v23 = arith.addf %v22, %v21 fastmath<contract> : f32
        %v24 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v23) : (f32) -> f32
        %v26 = arith.mulf %v24, %v25 fastmath<contract> : f32
        %v28 = arith.mulf %v27, %v21 fastmath<contract> : f32
        %v30 = arith.addf %v28, %v29 fastmath<contract> : f32
        %v31 = arith.mulf %v30, %v21 fastmath<contract> : f32
        %v33 = arith.addf %v31, %v32 fastmath<contract> : f32
        %v34 = arith.mulf %v33, %v21 fastmath<contract> : f32
        %v36 = arith.addf %v34, %v35 fastmath<contract> : f32
        %v37 = arith.mulf %v36, %v21 fastmath<contract> : f32
        %v39 = arith.addf %v37, %v38 fastmath<contract> : f32
        %v40 = arith.mulf %v39, %v21 fastmath<contract> : f32
        %v42 = arith.addf %v40, %v41 fastmath<contract> : f32
        %v43 = arith.mulf %v42, %v21 fastmath<contract> : f32
        %v44 = arith.addf %v43, %v22 fastmath<contract> : f32
        %v45 = arith.mulf %v44, %v21 fastmath<contract> : f32
        %v46 = llvm.call_intrinsic "llvm.fabs.f32"(%v21) : (f32) -> f32
        %v48 = arith.cmpf olt, %v46, %v47 : f32
        %v49 = arith.select %v48, %v45, %v26 : f32
        %v50 = arith.subf %v16, %v49 fastmath<contract> : f32
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
      %v27 = arith.constant 0xBEAAAAAB : f32
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
        %v17 = arith.mulf %v16, %v14 fastmath<contract> : f32
        %v19 = arith.mulf %v17, %v18 fastmath<contract> : f32
        %v20 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v19) : (f32) -> f32
        %v21 = arith.addf %v20, %v15 fastmath<contract> : f32
        %v22 = arith.divf %v16, %v21 : f32
        %v23 = arith.subf %v15, %v22 fastmath<contract> : f32
        %v24 = arith.mulf %v14, %v14 fastmath<contract> : f32
        %v26 = arith.mulf %v24, %v25 fastmath<contract> : f32
        %v28 = arith.addf %v26, %v27 fastmath<contract> : f32
        %v29 = arith.mulf %v28, %v24 fastmath<contract> : f32
        %v30 = arith.addf %v29, %v15 fastmath<contract> : f32
        %v31 = arith.mulf %v30, %v14 fastmath<contract> : f32
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
    gpu.func @lr_unary_cosh(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3F000000 : f32
      %v16 = arith.constant 0x3FB8AA3B : f32
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
        %v17 = arith.mulf %v14, %v16 fastmath<contract> : f32
        %v18 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v17) : (f32) -> f32
        %v19 = arith.negf %v14 : f32
        %v20 = arith.mulf %v19, %v16 fastmath<contract> : f32
        %v21 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v20) : (f32) -> f32
        %v22 = arith.addf %v18, %v21 fastmath<contract> : f32
        %v23 = arith.mulf %v15, %v22 fastmath<contract> : f32
        %v24 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v23, %v24 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_sinh(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3F000000 : f32
      %v16 = arith.constant 0x3FB8AA3B : f32
      %v25 = arith.constant 0x3C088889 : f32
      %v27 = arith.constant 0x3E2AAAAB : f32
      %v30 = arith.constant 0x3F800000 : f32
      %v34 = arith.constant 0x3E800000 : f32
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
        %v17 = arith.mulf %v14, %v16 fastmath<contract> : f32
        %v18 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v17) : (f32) -> f32
        %v19 = arith.negf %v14 : f32
        %v20 = arith.mulf %v19, %v16 fastmath<contract> : f32
        %v21 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v20) : (f32) -> f32
        %v22 = arith.subf %v18, %v21 fastmath<contract> : f32
        %v23 = arith.mulf %v15, %v22 fastmath<contract> : f32
        %v24 = arith.mulf %v14, %v14 fastmath<contract> : f32
        %v26 = arith.mulf %v24, %v25 fastmath<contract> : f32
        %v28 = arith.addf %v26, %v27 fastmath<contract> : f32
        %v29 = arith.mulf %v28, %v24 fastmath<contract> : f32
        %v31 = arith.addf %v29, %v30 fastmath<contract> : f32
        %v32 = arith.mulf %v31, %v14 fastmath<contract> : f32
        %v33 = llvm.call_intrinsic "llvm.fabs.f32"(%v14) : (f32) -> f32
        %v35 = arith.cmpf olt, %v33, %v34 : f32
        %v36 = arith.select %v35, %v32, %v23 : f32
        %v37 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v36, %v37 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_sin(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3E22F983 : f32
      %v18 = arith.constant 0x40C90000 : f32
      %v19 = arith.constant 0x3AFDAA22 : f32
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
        %v16 = arith.mulf %v14, %v15 fastmath<contract> : f32
        %v17 = llvm.call_intrinsic "llvm.roundeven.f32"(%v16) : (f32) -> f32
        %v20 = arith.mulf %v17, %v18 fastmath<contract> : f32
        %v21 = arith.subf %v14, %v20 fastmath<contract> : f32
        %v22 = arith.mulf %v17, %v19 fastmath<contract> : f32
        %v23 = arith.subf %v21, %v22 fastmath<contract> : f32
        %v24 = llvm.call_intrinsic "llvm.nvvm.sin.approx.ftz.f"(%v23) : (f32) -> f32
        %v25 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v24, %v25 : f32, !llvm.ptr
      }
      gpu.return
    }
    gpu.func @lr_unary_cos(%x: !llvm.ptr, %x_stride: i64, %cols: i64, %out: !llvm.ptr, %n: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v15 = arith.constant 0x3E22F983 : f32
      %v18 = arith.constant 0x40C90000 : f32
      %v19 = arith.constant 0x3AFDAA22 : f32
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
        %v16 = arith.mulf %v14, %v15 fastmath<contract> : f32
        %v17 = llvm.call_intrinsic "llvm.roundeven.f32"(%v16) : (f32) -> f32
        %v20 = arith.mulf %v17, %v18 fastmath<contract> : f32
        %v21 = arith.subf %v14, %v20 fastmath<contract> : f32
        %v22 = arith.mulf %v17, %v19 fastmath<contract> : f32
        %v23 = arith.subf %v21, %v22 fastmath<contract> : f32
        %v24 = llvm.call_intrinsic "llvm.nvvm.cos.approx.ftz.f"(%v23) : (f32) -> f32
        %v25 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v24, %v25 : f32, !llvm.ptr
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
        %v23 = arith.addf %v16, %v22 fastmath<contract> : f32
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
        %v23 = arith.subf %v16, %v22 fastmath<contract> : f32
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
        %v23 = arith.mulf %v16, %v22 fastmath<contract> : f32
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
    gpu.func @lr_binary_pow(%a: !llvm.ptr, %a_stride: i64, %a_cols: i64, %a_n: i64, %b: !llvm.ptr, %b_stride: i64, %b_cols: i64, %b_n: i64, %out: !llvm.ptr, %n: i64) kernel {
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
        %v23 = llvm.call_intrinsic "llvm.nvvm.lg2.approx.ftz.f"(%v16) : (f32) -> f32
        %v24 = arith.mulf %v22, %v23 fastmath<contract> : f32
        %v25 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v24) : (f32) -> f32
        %v26 = llvm.getelementptr %out[%v7] : (!llvm.ptr, i64) -> !llvm.ptr, f32
        llvm.store %v25, %v26 : f32, !llvm.ptr
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
