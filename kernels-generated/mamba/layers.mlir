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
      %v130 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v132 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v153 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v155 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v176 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v178 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v199 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v201 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v222 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v224 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v244 = arith.constant 5 : i64
      %v246 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v248 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v268 = arith.constant 6 : i64
      %v270 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v272 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v292 = arith.constant 7 : i64
      %v294 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v296 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v316 = arith.constant 8 : i64
      %v318 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v320 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v340 = arith.constant 9 : i64
      %v342 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v344 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v364 = arith.constant 10 : i64
      %v366 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v368 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v388 = arith.constant 11 : i64
      %v390 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v392 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v412 = arith.constant 12 : i64
      %v414 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v416 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v436 = arith.constant 13 : i64
      %v438 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v440 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v460 = arith.constant 14 : i64
      %v462 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v464 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v485 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v487 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v509 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v523 = arith.constant 0x3F800000 : f32
      %v525 = arith.constant 0x3FB8AA3B : f32
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
        %v129 = arith.addi %v19, %v21 : i64
        llvm.store %v26, %v130 : f32, !llvm.ptr
        %v131 = arith.cmpi slt, %v129, %len : i64
        scf.if %v131 {
          llvm.store %v26, %v132 : f32, !llvm.ptr
          %v133 = arith.cmpi sge, %v129, %v21 : i64
          %v134 = arith.subi %k, %v20 : i64
          scf.if %v133 {
            %v135 = arith.muli %v18, %len : i64
            %v136 = arith.addi %v135, %v129 : i64
            %v137 = arith.muli %v136, %x_stride : i64
            %v138 = arith.addi %v137, %v15 : i64
            %v139 = llvm.getelementptr %x[%v138] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v140 = llvm.load %v139 : !llvm.ptr -> f32
            llvm.store %v140, %v132 : f32, !llvm.ptr
          } else {
            %v141 = llvm.mlir.zero : !llvm.ptr
            %v142 = llvm.icmp "ne" %prev, %v141 : !llvm.ptr
            scf.if %v142 {
              %v143 = arith.muli %v18, %v134 : i64
              %v144 = arith.addi %v143, %v134 : i64
              %v145 = arith.addi %v144, %v129 : i64
              %v146 = arith.muli %v145, %ch : i64
              %v147 = arith.addi %v146, %v15 : i64
              %v148 = llvm.getelementptr %prev[%v147] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v149 = llvm.load %v148 : !llvm.ptr -> f32
              llvm.store %v149, %v132 : f32, !llvm.ptr
            }
          }
          %v150 = llvm.load %v132 : !llvm.ptr -> f32
          llvm.store %v150, %v130 : f32, !llvm.ptr
        }
        %v151 = llvm.load %v130 : !llvm.ptr -> f32
        %v152 = arith.addi %v19, %v20 : i64
        llvm.store %v26, %v153 : f32, !llvm.ptr
        %v154 = arith.cmpi slt, %v152, %len : i64
        scf.if %v154 {
          llvm.store %v26, %v155 : f32, !llvm.ptr
          %v156 = arith.cmpi sge, %v152, %v21 : i64
          %v157 = arith.subi %k, %v20 : i64
          scf.if %v156 {
            %v158 = arith.muli %v18, %len : i64
            %v159 = arith.addi %v158, %v152 : i64
            %v160 = arith.muli %v159, %x_stride : i64
            %v161 = arith.addi %v160, %v15 : i64
            %v162 = llvm.getelementptr %x[%v161] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v163 = llvm.load %v162 : !llvm.ptr -> f32
            llvm.store %v163, %v155 : f32, !llvm.ptr
          } else {
            %v164 = llvm.mlir.zero : !llvm.ptr
            %v165 = llvm.icmp "ne" %prev, %v164 : !llvm.ptr
            scf.if %v165 {
              %v166 = arith.muli %v18, %v157 : i64
              %v167 = arith.addi %v166, %v157 : i64
              %v168 = arith.addi %v167, %v152 : i64
              %v169 = arith.muli %v168, %ch : i64
              %v170 = arith.addi %v169, %v15 : i64
              %v171 = llvm.getelementptr %prev[%v170] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v172 = llvm.load %v171 : !llvm.ptr -> f32
              llvm.store %v172, %v155 : f32, !llvm.ptr
            }
          }
          %v173 = llvm.load %v155 : !llvm.ptr -> f32
          llvm.store %v173, %v153 : f32, !llvm.ptr
        }
        %v174 = llvm.load %v153 : !llvm.ptr -> f32
        %v175 = arith.addi %v19, %v42 : i64
        llvm.store %v26, %v176 : f32, !llvm.ptr
        %v177 = arith.cmpi slt, %v175, %len : i64
        scf.if %v177 {
          llvm.store %v26, %v178 : f32, !llvm.ptr
          %v179 = arith.cmpi sge, %v175, %v21 : i64
          %v180 = arith.subi %k, %v20 : i64
          scf.if %v179 {
            %v181 = arith.muli %v18, %len : i64
            %v182 = arith.addi %v181, %v175 : i64
            %v183 = arith.muli %v182, %x_stride : i64
            %v184 = arith.addi %v183, %v15 : i64
            %v185 = llvm.getelementptr %x[%v184] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v186 = llvm.load %v185 : !llvm.ptr -> f32
            llvm.store %v186, %v178 : f32, !llvm.ptr
          } else {
            %v187 = llvm.mlir.zero : !llvm.ptr
            %v188 = llvm.icmp "ne" %prev, %v187 : !llvm.ptr
            scf.if %v188 {
              %v189 = arith.muli %v18, %v180 : i64
              %v190 = arith.addi %v189, %v180 : i64
              %v191 = arith.addi %v190, %v175 : i64
              %v192 = arith.muli %v191, %ch : i64
              %v193 = arith.addi %v192, %v15 : i64
              %v194 = llvm.getelementptr %prev[%v193] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v195 = llvm.load %v194 : !llvm.ptr -> f32
              llvm.store %v195, %v178 : f32, !llvm.ptr
            }
          }
          %v196 = llvm.load %v178 : !llvm.ptr -> f32
          llvm.store %v196, %v176 : f32, !llvm.ptr
        }
        %v197 = llvm.load %v176 : !llvm.ptr -> f32
        %v198 = arith.addi %v19, %v50 : i64
        llvm.store %v26, %v199 : f32, !llvm.ptr
        %v200 = arith.cmpi slt, %v198, %len : i64
        scf.if %v200 {
          llvm.store %v26, %v201 : f32, !llvm.ptr
          %v202 = arith.cmpi sge, %v198, %v21 : i64
          %v203 = arith.subi %k, %v20 : i64
          scf.if %v202 {
            %v204 = arith.muli %v18, %len : i64
            %v205 = arith.addi %v204, %v198 : i64
            %v206 = arith.muli %v205, %x_stride : i64
            %v207 = arith.addi %v206, %v15 : i64
            %v208 = llvm.getelementptr %x[%v207] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v209 = llvm.load %v208 : !llvm.ptr -> f32
            llvm.store %v209, %v201 : f32, !llvm.ptr
          } else {
            %v210 = llvm.mlir.zero : !llvm.ptr
            %v211 = llvm.icmp "ne" %prev, %v210 : !llvm.ptr
            scf.if %v211 {
              %v212 = arith.muli %v18, %v203 : i64
              %v213 = arith.addi %v212, %v203 : i64
              %v214 = arith.addi %v213, %v198 : i64
              %v215 = arith.muli %v214, %ch : i64
              %v216 = arith.addi %v215, %v15 : i64
              %v217 = llvm.getelementptr %prev[%v216] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v218 = llvm.load %v217 : !llvm.ptr -> f32
              llvm.store %v218, %v201 : f32, !llvm.ptr
            }
          }
          %v219 = llvm.load %v201 : !llvm.ptr -> f32
          llvm.store %v219, %v199 : f32, !llvm.ptr
        }
        %v220 = llvm.load %v199 : !llvm.ptr -> f32
        %v221 = arith.addi %v19, %v24 : i64
        llvm.store %v26, %v222 : f32, !llvm.ptr
        %v223 = arith.cmpi slt, %v221, %len : i64
        scf.if %v223 {
          llvm.store %v26, %v224 : f32, !llvm.ptr
          %v225 = arith.cmpi sge, %v221, %v21 : i64
          %v226 = arith.subi %k, %v20 : i64
          scf.if %v225 {
            %v227 = arith.muli %v18, %len : i64
            %v228 = arith.addi %v227, %v221 : i64
            %v229 = arith.muli %v228, %x_stride : i64
            %v230 = arith.addi %v229, %v15 : i64
            %v231 = llvm.getelementptr %x[%v230] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v232 = llvm.load %v231 : !llvm.ptr -> f32
            llvm.store %v232, %v224 : f32, !llvm.ptr
          } else {
            %v233 = llvm.mlir.zero : !llvm.ptr
            %v234 = llvm.icmp "ne" %prev, %v233 : !llvm.ptr
            scf.if %v234 {
              %v235 = arith.muli %v18, %v226 : i64
              %v236 = arith.addi %v235, %v226 : i64
              %v237 = arith.addi %v236, %v221 : i64
              %v238 = arith.muli %v237, %ch : i64
              %v239 = arith.addi %v238, %v15 : i64
              %v240 = llvm.getelementptr %prev[%v239] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v241 = llvm.load %v240 : !llvm.ptr -> f32
              llvm.store %v241, %v224 : f32, !llvm.ptr
            }
          }
          %v242 = llvm.load %v224 : !llvm.ptr -> f32
          llvm.store %v242, %v222 : f32, !llvm.ptr
        }
        %v243 = llvm.load %v222 : !llvm.ptr -> f32
        %v245 = arith.addi %v19, %v244 : i64
        llvm.store %v26, %v246 : f32, !llvm.ptr
        %v247 = arith.cmpi slt, %v245, %len : i64
        scf.if %v247 {
          llvm.store %v26, %v248 : f32, !llvm.ptr
          %v249 = arith.cmpi sge, %v245, %v21 : i64
          %v250 = arith.subi %k, %v20 : i64
          scf.if %v249 {
            %v251 = arith.muli %v18, %len : i64
            %v252 = arith.addi %v251, %v245 : i64
            %v253 = arith.muli %v252, %x_stride : i64
            %v254 = arith.addi %v253, %v15 : i64
            %v255 = llvm.getelementptr %x[%v254] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v256 = llvm.load %v255 : !llvm.ptr -> f32
            llvm.store %v256, %v248 : f32, !llvm.ptr
          } else {
            %v257 = llvm.mlir.zero : !llvm.ptr
            %v258 = llvm.icmp "ne" %prev, %v257 : !llvm.ptr
            scf.if %v258 {
              %v259 = arith.muli %v18, %v250 : i64
              %v260 = arith.addi %v259, %v250 : i64
              %v261 = arith.addi %v260, %v245 : i64
              %v262 = arith.muli %v261, %ch : i64
              %v263 = arith.addi %v262, %v15 : i64
              %v264 = llvm.getelementptr %prev[%v263] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v265 = llvm.load %v264 : !llvm.ptr -> f32
              llvm.store %v265, %v248 : f32, !llvm.ptr
            }
          }
          %v266 = llvm.load %v248 : !llvm.ptr -> f32
          llvm.store %v266, %v246 : f32, !llvm.ptr
        }
        %v267 = llvm.load %v246 : !llvm.ptr -> f32
        %v269 = arith.addi %v19, %v268 : i64
        llvm.store %v26, %v270 : f32, !llvm.ptr
        %v271 = arith.cmpi slt, %v269, %len : i64
        scf.if %v271 {
          llvm.store %v26, %v272 : f32, !llvm.ptr
          %v273 = arith.cmpi sge, %v269, %v21 : i64
          %v274 = arith.subi %k, %v20 : i64
          scf.if %v273 {
            %v275 = arith.muli %v18, %len : i64
            %v276 = arith.addi %v275, %v269 : i64
            %v277 = arith.muli %v276, %x_stride : i64
            %v278 = arith.addi %v277, %v15 : i64
            %v279 = llvm.getelementptr %x[%v278] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v280 = llvm.load %v279 : !llvm.ptr -> f32
            llvm.store %v280, %v272 : f32, !llvm.ptr
          } else {
            %v281 = llvm.mlir.zero : !llvm.ptr
            %v282 = llvm.icmp "ne" %prev, %v281 : !llvm.ptr
            scf.if %v282 {
              %v283 = arith.muli %v18, %v274 : i64
              %v284 = arith.addi %v283, %v274 : i64
              %v285 = arith.addi %v284, %v269 : i64
              %v286 = arith.muli %v285, %ch : i64
              %v287 = arith.addi %v286, %v15 : i64
              %v288 = llvm.getelementptr %prev[%v287] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v289 = llvm.load %v288 : !llvm.ptr -> f32
              llvm.store %v289, %v272 : f32, !llvm.ptr
            }
          }
          %v290 = llvm.load %v272 : !llvm.ptr -> f32
          llvm.store %v290, %v270 : f32, !llvm.ptr
        }
        %v291 = llvm.load %v270 : !llvm.ptr -> f32
        %v293 = arith.addi %v19, %v292 : i64
        llvm.store %v26, %v294 : f32, !llvm.ptr
        %v295 = arith.cmpi slt, %v293, %len : i64
        scf.if %v295 {
          llvm.store %v26, %v296 : f32, !llvm.ptr
          %v297 = arith.cmpi sge, %v293, %v21 : i64
          %v298 = arith.subi %k, %v20 : i64
          scf.if %v297 {
            %v299 = arith.muli %v18, %len : i64
            %v300 = arith.addi %v299, %v293 : i64
            %v301 = arith.muli %v300, %x_stride : i64
            %v302 = arith.addi %v301, %v15 : i64
            %v303 = llvm.getelementptr %x[%v302] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v304 = llvm.load %v303 : !llvm.ptr -> f32
            llvm.store %v304, %v296 : f32, !llvm.ptr
          } else {
            %v305 = llvm.mlir.zero : !llvm.ptr
            %v306 = llvm.icmp "ne" %prev, %v305 : !llvm.ptr
            scf.if %v306 {
              %v307 = arith.muli %v18, %v298 : i64
              %v308 = arith.addi %v307, %v298 : i64
              %v309 = arith.addi %v308, %v293 : i64
              %v310 = arith.muli %v309, %ch : i64
              %v311 = arith.addi %v310, %v15 : i64
              %v312 = llvm.getelementptr %prev[%v311] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v313 = llvm.load %v312 : !llvm.ptr -> f32
              llvm.store %v313, %v296 : f32, !llvm.ptr
            }
          }
          %v314 = llvm.load %v296 : !llvm.ptr -> f32
          llvm.store %v314, %v294 : f32, !llvm.ptr
        }
        %v315 = llvm.load %v294 : !llvm.ptr -> f32
        %v317 = arith.addi %v19, %v316 : i64
        llvm.store %v26, %v318 : f32, !llvm.ptr
        %v319 = arith.cmpi slt, %v317, %len : i64
        scf.if %v319 {
          llvm.store %v26, %v320 : f32, !llvm.ptr
          %v321 = arith.cmpi sge, %v317, %v21 : i64
          %v322 = arith.subi %k, %v20 : i64
          scf.if %v321 {
            %v323 = arith.muli %v18, %len : i64
            %v324 = arith.addi %v323, %v317 : i64
            %v325 = arith.muli %v324, %x_stride : i64
            %v326 = arith.addi %v325, %v15 : i64
            %v327 = llvm.getelementptr %x[%v326] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v328 = llvm.load %v327 : !llvm.ptr -> f32
            llvm.store %v328, %v320 : f32, !llvm.ptr
          } else {
            %v329 = llvm.mlir.zero : !llvm.ptr
            %v330 = llvm.icmp "ne" %prev, %v329 : !llvm.ptr
            scf.if %v330 {
              %v331 = arith.muli %v18, %v322 : i64
              %v332 = arith.addi %v331, %v322 : i64
              %v333 = arith.addi %v332, %v317 : i64
              %v334 = arith.muli %v333, %ch : i64
              %v335 = arith.addi %v334, %v15 : i64
              %v336 = llvm.getelementptr %prev[%v335] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v337 = llvm.load %v336 : !llvm.ptr -> f32
              llvm.store %v337, %v320 : f32, !llvm.ptr
            }
          }
          %v338 = llvm.load %v320 : !llvm.ptr -> f32
          llvm.store %v338, %v318 : f32, !llvm.ptr
        }
        %v339 = llvm.load %v318 : !llvm.ptr -> f32
        %v341 = arith.addi %v19, %v340 : i64
        llvm.store %v26, %v342 : f32, !llvm.ptr
        %v343 = arith.cmpi slt, %v341, %len : i64
        scf.if %v343 {
          llvm.store %v26, %v344 : f32, !llvm.ptr
          %v345 = arith.cmpi sge, %v341, %v21 : i64
          %v346 = arith.subi %k, %v20 : i64
          scf.if %v345 {
            %v347 = arith.muli %v18, %len : i64
            %v348 = arith.addi %v347, %v341 : i64
            %v349 = arith.muli %v348, %x_stride : i64
            %v350 = arith.addi %v349, %v15 : i64
            %v351 = llvm.getelementptr %x[%v350] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v352 = llvm.load %v351 : !llvm.ptr -> f32
            llvm.store %v352, %v344 : f32, !llvm.ptr
          } else {
            %v353 = llvm.mlir.zero : !llvm.ptr
            %v354 = llvm.icmp "ne" %prev, %v353 : !llvm.ptr
            scf.if %v354 {
              %v355 = arith.muli %v18, %v346 : i64
              %v356 = arith.addi %v355, %v346 : i64
              %v357 = arith.addi %v356, %v341 : i64
              %v358 = arith.muli %v357, %ch : i64
              %v359 = arith.addi %v358, %v15 : i64
              %v360 = llvm.getelementptr %prev[%v359] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v361 = llvm.load %v360 : !llvm.ptr -> f32
              llvm.store %v361, %v344 : f32, !llvm.ptr
            }
          }
          %v362 = llvm.load %v344 : !llvm.ptr -> f32
          llvm.store %v362, %v342 : f32, !llvm.ptr
        }
        %v363 = llvm.load %v342 : !llvm.ptr -> f32
        %v365 = arith.addi %v19, %v364 : i64
        llvm.store %v26, %v366 : f32, !llvm.ptr
        %v367 = arith.cmpi slt, %v365, %len : i64
        scf.if %v367 {
          llvm.store %v26, %v368 : f32, !llvm.ptr
          %v369 = arith.cmpi sge, %v365, %v21 : i64
          %v370 = arith.subi %k, %v20 : i64
          scf.if %v369 {
            %v371 = arith.muli %v18, %len : i64
            %v372 = arith.addi %v371, %v365 : i64
            %v373 = arith.muli %v372, %x_stride : i64
            %v374 = arith.addi %v373, %v15 : i64
            %v375 = llvm.getelementptr %x[%v374] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v376 = llvm.load %v375 : !llvm.ptr -> f32
            llvm.store %v376, %v368 : f32, !llvm.ptr
          } else {
            %v377 = llvm.mlir.zero : !llvm.ptr
            %v378 = llvm.icmp "ne" %prev, %v377 : !llvm.ptr
            scf.if %v378 {
              %v379 = arith.muli %v18, %v370 : i64
              %v380 = arith.addi %v379, %v370 : i64
              %v381 = arith.addi %v380, %v365 : i64
              %v382 = arith.muli %v381, %ch : i64
              %v383 = arith.addi %v382, %v15 : i64
              %v384 = llvm.getelementptr %prev[%v383] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v385 = llvm.load %v384 : !llvm.ptr -> f32
              llvm.store %v385, %v368 : f32, !llvm.ptr
            }
          }
          %v386 = llvm.load %v368 : !llvm.ptr -> f32
          llvm.store %v386, %v366 : f32, !llvm.ptr
        }
        %v387 = llvm.load %v366 : !llvm.ptr -> f32
        %v389 = arith.addi %v19, %v388 : i64
        llvm.store %v26, %v390 : f32, !llvm.ptr
        %v391 = arith.cmpi slt, %v389, %len : i64
        scf.if %v391 {
          llvm.store %v26, %v392 : f32, !llvm.ptr
          %v393 = arith.cmpi sge, %v389, %v21 : i64
          %v394 = arith.subi %k, %v20 : i64
          scf.if %v393 {
            %v395 = arith.muli %v18, %len : i64
            %v396 = arith.addi %v395, %v389 : i64
            %v397 = arith.muli %v396, %x_stride : i64
            %v398 = arith.addi %v397, %v15 : i64
            %v399 = llvm.getelementptr %x[%v398] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v400 = llvm.load %v399 : !llvm.ptr -> f32
            llvm.store %v400, %v392 : f32, !llvm.ptr
          } else {
            %v401 = llvm.mlir.zero : !llvm.ptr
            %v402 = llvm.icmp "ne" %prev, %v401 : !llvm.ptr
            scf.if %v402 {
              %v403 = arith.muli %v18, %v394 : i64
              %v404 = arith.addi %v403, %v394 : i64
              %v405 = arith.addi %v404, %v389 : i64
              %v406 = arith.muli %v405, %ch : i64
              %v407 = arith.addi %v406, %v15 : i64
              %v408 = llvm.getelementptr %prev[%v407] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v409 = llvm.load %v408 : !llvm.ptr -> f32
              llvm.store %v409, %v392 : f32, !llvm.ptr
            }
          }
          %v410 = llvm.load %v392 : !llvm.ptr -> f32
          llvm.store %v410, %v390 : f32, !llvm.ptr
        }
        %v411 = llvm.load %v390 : !llvm.ptr -> f32
        %v413 = arith.addi %v19, %v412 : i64
        llvm.store %v26, %v414 : f32, !llvm.ptr
        %v415 = arith.cmpi slt, %v413, %len : i64
        scf.if %v415 {
          llvm.store %v26, %v416 : f32, !llvm.ptr
          %v417 = arith.cmpi sge, %v413, %v21 : i64
          %v418 = arith.subi %k, %v20 : i64
          scf.if %v417 {
            %v419 = arith.muli %v18, %len : i64
            %v420 = arith.addi %v419, %v413 : i64
            %v421 = arith.muli %v420, %x_stride : i64
            %v422 = arith.addi %v421, %v15 : i64
            %v423 = llvm.getelementptr %x[%v422] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v424 = llvm.load %v423 : !llvm.ptr -> f32
            llvm.store %v424, %v416 : f32, !llvm.ptr
          } else {
            %v425 = llvm.mlir.zero : !llvm.ptr
            %v426 = llvm.icmp "ne" %prev, %v425 : !llvm.ptr
            scf.if %v426 {
              %v427 = arith.muli %v18, %v418 : i64
              %v428 = arith.addi %v427, %v418 : i64
              %v429 = arith.addi %v428, %v413 : i64
              %v430 = arith.muli %v429, %ch : i64
              %v431 = arith.addi %v430, %v15 : i64
              %v432 = llvm.getelementptr %prev[%v431] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v433 = llvm.load %v432 : !llvm.ptr -> f32
              llvm.store %v433, %v416 : f32, !llvm.ptr
            }
          }
          %v434 = llvm.load %v416 : !llvm.ptr -> f32
          llvm.store %v434, %v414 : f32, !llvm.ptr
        }
        %v435 = llvm.load %v414 : !llvm.ptr -> f32
        %v437 = arith.addi %v19, %v436 : i64
        llvm.store %v26, %v438 : f32, !llvm.ptr
        %v439 = arith.cmpi slt, %v437, %len : i64
        scf.if %v439 {
          llvm.store %v26, %v440 : f32, !llvm.ptr
          %v441 = arith.cmpi sge, %v437, %v21 : i64
          %v442 = arith.subi %k, %v20 : i64
          scf.if %v441 {
            %v443 = arith.muli %v18, %len : i64
            %v444 = arith.addi %v443, %v437 : i64
            %v445 = arith.muli %v444, %x_stride : i64
            %v446 = arith.addi %v445, %v15 : i64
            %v447 = llvm.getelementptr %x[%v446] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v448 = llvm.load %v447 : !llvm.ptr -> f32
            llvm.store %v448, %v440 : f32, !llvm.ptr
          } else {
            %v449 = llvm.mlir.zero : !llvm.ptr
            %v450 = llvm.icmp "ne" %prev, %v449 : !llvm.ptr
            scf.if %v450 {
              %v451 = arith.muli %v18, %v442 : i64
              %v452 = arith.addi %v451, %v442 : i64
              %v453 = arith.addi %v452, %v437 : i64
              %v454 = arith.muli %v453, %ch : i64
              %v455 = arith.addi %v454, %v15 : i64
              %v456 = llvm.getelementptr %prev[%v455] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v457 = llvm.load %v456 : !llvm.ptr -> f32
              llvm.store %v457, %v440 : f32, !llvm.ptr
            }
          }
          %v458 = llvm.load %v440 : !llvm.ptr -> f32
          llvm.store %v458, %v438 : f32, !llvm.ptr
        }
        %v459 = llvm.load %v438 : !llvm.ptr -> f32
        %v461 = arith.addi %v19, %v460 : i64
        llvm.store %v26, %v462 : f32, !llvm.ptr
        %v463 = arith.cmpi slt, %v461, %len : i64
        scf.if %v463 {
          llvm.store %v26, %v464 : f32, !llvm.ptr
          %v465 = arith.cmpi sge, %v461, %v21 : i64
          %v466 = arith.subi %k, %v20 : i64
          scf.if %v465 {
            %v467 = arith.muli %v18, %len : i64
            %v468 = arith.addi %v467, %v461 : i64
            %v469 = arith.muli %v468, %x_stride : i64
            %v470 = arith.addi %v469, %v15 : i64
            %v471 = llvm.getelementptr %x[%v470] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v472 = llvm.load %v471 : !llvm.ptr -> f32
            llvm.store %v472, %v464 : f32, !llvm.ptr
          } else {
            %v473 = llvm.mlir.zero : !llvm.ptr
            %v474 = llvm.icmp "ne" %prev, %v473 : !llvm.ptr
            scf.if %v474 {
              %v475 = arith.muli %v18, %v466 : i64
              %v476 = arith.addi %v475, %v466 : i64
              %v477 = arith.addi %v476, %v461 : i64
              %v478 = arith.muli %v477, %ch : i64
              %v479 = arith.addi %v478, %v15 : i64
              %v480 = llvm.getelementptr %prev[%v479] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v481 = llvm.load %v480 : !llvm.ptr -> f32
              llvm.store %v481, %v464 : f32, !llvm.ptr
            }
          }
          %v482 = llvm.load %v464 : !llvm.ptr -> f32
          llvm.store %v482, %v462 : f32, !llvm.ptr
        }
        %v483 = llvm.load %v462 : !llvm.ptr -> f32
        %v484 = arith.addi %v19, %v2 : i64
        llvm.store %v26, %v485 : f32, !llvm.ptr
        %v486 = arith.cmpi slt, %v484, %len : i64
        scf.if %v486 {
          llvm.store %v26, %v487 : f32, !llvm.ptr
          %v488 = arith.cmpi sge, %v484, %v21 : i64
          %v489 = arith.subi %k, %v20 : i64
          scf.if %v488 {
            %v490 = arith.muli %v18, %len : i64
            %v491 = arith.addi %v490, %v484 : i64
            %v492 = arith.muli %v491, %x_stride : i64
            %v493 = arith.addi %v492, %v15 : i64
            %v494 = llvm.getelementptr %x[%v493] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v495 = llvm.load %v494 : !llvm.ptr -> f32
            llvm.store %v495, %v487 : f32, !llvm.ptr
          } else {
            %v496 = llvm.mlir.zero : !llvm.ptr
            %v497 = llvm.icmp "ne" %prev, %v496 : !llvm.ptr
            scf.if %v497 {
              %v498 = arith.muli %v18, %v489 : i64
              %v499 = arith.addi %v498, %v489 : i64
              %v500 = arith.addi %v499, %v484 : i64
              %v501 = arith.muli %v500, %ch : i64
              %v502 = arith.addi %v501, %v15 : i64
              %v503 = llvm.getelementptr %prev[%v502] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v504 = llvm.load %v503 : !llvm.ptr -> f32
              llvm.store %v504, %v487 : f32, !llvm.ptr
            }
          }
          %v505 = llvm.load %v487 : !llvm.ptr -> f32
          llvm.store %v505, %v485 : f32, !llvm.ptr
        }
        %v506 = llvm.load %v485 : !llvm.ptr -> f32
        %v507 = llvm.mlir.zero : !llvm.ptr
        %v508 = llvm.icmp "ne" %bias, %v507 : !llvm.ptr
        llvm.store %v26, %v509 : f32, !llvm.ptr
        scf.if %v508 {
          %v510 = llvm.getelementptr %bias[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v511 = llvm.load %v510 : !llvm.ptr -> f32
          llvm.store %v511, %v509 : f32, !llvm.ptr
        }
        %v512 = llvm.load %v509 : !llvm.ptr -> f32
        %v513 = arith.cmpi eq, %act, %v20 : i64
        %v514 = arith.addi %v19, %v21 : i64
        %v515 = arith.mulf %v33, %v80 fastmath<contract> : f32
        %v516 = arith.addf %v512, %v515 fastmath<contract> : f32
        %v517 = arith.mulf %v40, %v104 fastmath<contract> : f32
        %v518 = arith.addf %v516, %v517 fastmath<contract> : f32
        %v519 = arith.mulf %v48, %v128 fastmath<contract> : f32
        %v520 = arith.addf %v518, %v519 fastmath<contract> : f32
        %v521 = arith.mulf %v56, %v151 fastmath<contract> : f32
        %v522 = arith.addf %v520, %v521 fastmath<contract> : f32
        %v524 = arith.negf %v522 : f32
        %v526 = arith.mulf %v524, %v525 fastmath<contract> : f32
        %v527 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v526) : (f32) -> f32
        %v528 = arith.addf %v523, %v527 fastmath<contract> : f32
        %v529 = arith.divf %v523, %v528 : f32
        %v530 = arith.mulf %v522, %v529 fastmath<contract> : f32
        %v531 = arith.select %v513, %v530, %v522 : f32
        %v532 = arith.cmpi slt, %v514, %len : i64
        scf.if %v532 {
          %v533 = arith.addi %v23, %v514 : i64
          %v534 = arith.muli %v533, %ch : i64
          %v535 = arith.addi %v534, %v15 : i64
          %v536 = llvm.getelementptr %out[%v535] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v531, %v536 : f32, !llvm.ptr
        }
        %v537 = arith.addi %v19, %v20 : i64
        %v538 = arith.mulf %v33, %v104 fastmath<contract> : f32
        %v539 = arith.addf %v512, %v538 fastmath<contract> : f32
        %v540 = arith.mulf %v40, %v128 fastmath<contract> : f32
        %v541 = arith.addf %v539, %v540 fastmath<contract> : f32
        %v542 = arith.mulf %v48, %v151 fastmath<contract> : f32
        %v543 = arith.addf %v541, %v542 fastmath<contract> : f32
        %v544 = arith.mulf %v56, %v174 fastmath<contract> : f32
        %v545 = arith.addf %v543, %v544 fastmath<contract> : f32
        %v546 = arith.negf %v545 : f32
        %v547 = arith.mulf %v546, %v525 fastmath<contract> : f32
        %v548 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v547) : (f32) -> f32
        %v549 = arith.addf %v523, %v548 fastmath<contract> : f32
        %v550 = arith.divf %v523, %v549 : f32
        %v551 = arith.mulf %v545, %v550 fastmath<contract> : f32
        %v552 = arith.select %v513, %v551, %v545 : f32
        %v553 = arith.cmpi slt, %v537, %len : i64
        scf.if %v553 {
          %v554 = arith.addi %v23, %v537 : i64
          %v555 = arith.muli %v554, %ch : i64
          %v556 = arith.addi %v555, %v15 : i64
          %v557 = llvm.getelementptr %out[%v556] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v552, %v557 : f32, !llvm.ptr
        }
        %v558 = arith.addi %v19, %v42 : i64
        %v559 = arith.mulf %v33, %v128 fastmath<contract> : f32
        %v560 = arith.addf %v512, %v559 fastmath<contract> : f32
        %v561 = arith.mulf %v40, %v151 fastmath<contract> : f32
        %v562 = arith.addf %v560, %v561 fastmath<contract> : f32
        %v563 = arith.mulf %v48, %v174 fastmath<contract> : f32
        %v564 = arith.addf %v562, %v563 fastmath<contract> : f32
        %v565 = arith.mulf %v56, %v197 fastmath<contract> : f32
        %v566 = arith.addf %v564, %v565 fastmath<contract> : f32
        %v567 = arith.negf %v566 : f32
        %v568 = arith.mulf %v567, %v525 fastmath<contract> : f32
        %v569 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v568) : (f32) -> f32
        %v570 = arith.addf %v523, %v569 fastmath<contract> : f32
        %v571 = arith.divf %v523, %v570 : f32
        %v572 = arith.mulf %v566, %v571 fastmath<contract> : f32
        %v573 = arith.select %v513, %v572, %v566 : f32
        %v574 = arith.cmpi slt, %v558, %len : i64
        scf.if %v574 {
          %v575 = arith.addi %v23, %v558 : i64
          %v576 = arith.muli %v575, %ch : i64
          %v577 = arith.addi %v576, %v15 : i64
          %v578 = llvm.getelementptr %out[%v577] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v573, %v578 : f32, !llvm.ptr
        }
        %v579 = arith.addi %v19, %v50 : i64
        %v580 = arith.mulf %v33, %v151 fastmath<contract> : f32
        %v581 = arith.addf %v512, %v580 fastmath<contract> : f32
        %v582 = arith.mulf %v40, %v174 fastmath<contract> : f32
        %v583 = arith.addf %v581, %v582 fastmath<contract> : f32
        %v584 = arith.mulf %v48, %v197 fastmath<contract> : f32
        %v585 = arith.addf %v583, %v584 fastmath<contract> : f32
        %v586 = arith.mulf %v56, %v220 fastmath<contract> : f32
        %v587 = arith.addf %v585, %v586 fastmath<contract> : f32
        %v588 = arith.negf %v587 : f32
        %v589 = arith.mulf %v588, %v525 fastmath<contract> : f32
        %v590 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v589) : (f32) -> f32
        %v591 = arith.addf %v523, %v590 fastmath<contract> : f32
        %v592 = arith.divf %v523, %v591 : f32
        %v593 = arith.mulf %v587, %v592 fastmath<contract> : f32
        %v594 = arith.select %v513, %v593, %v587 : f32
        %v595 = arith.cmpi slt, %v579, %len : i64
        scf.if %v595 {
          %v596 = arith.addi %v23, %v579 : i64
          %v597 = arith.muli %v596, %ch : i64
          %v598 = arith.addi %v597, %v15 : i64
          %v599 = llvm.getelementptr %out[%v598] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v594, %v599 : f32, !llvm.ptr
        }
        %v600 = arith.addi %v19, %v24 : i64
        %v601 = arith.mulf %v33, %v174 fastmath<contract> : f32
        %v602 = arith.addf %v512, %v601 fastmath<contract> : f32
        %v603 = arith.mulf %v40, %v197 fastmath<contract> : f32
        %v604 = arith.addf %v602, %v603 fastmath<contract> : f32
        %v605 = arith.mulf %v48, %v220 fastmath<contract> : f32
        %v606 = arith.addf %v604, %v605 fastmath<contract> : f32
        %v607 = arith.mulf %v56, %v243 fastmath<contract> : f32
        %v608 = arith.addf %v606, %v607 fastmath<contract> : f32
        %v609 = arith.negf %v608 : f32
        %v610 = arith.mulf %v609, %v525 fastmath<contract> : f32
        %v611 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v610) : (f32) -> f32
        %v612 = arith.addf %v523, %v611 fastmath<contract> : f32
        %v613 = arith.divf %v523, %v612 : f32
        %v614 = arith.mulf %v608, %v613 fastmath<contract> : f32
        %v615 = arith.select %v513, %v614, %v608 : f32
        %v616 = arith.cmpi slt, %v600, %len : i64
        scf.if %v616 {
          %v617 = arith.addi %v23, %v600 : i64
          %v618 = arith.muli %v617, %ch : i64
          %v619 = arith.addi %v618, %v15 : i64
          %v620 = llvm.getelementptr %out[%v619] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v615, %v620 : f32, !llvm.ptr
        }
        %v621 = arith.addi %v19, %v244 : i64
        %v622 = arith.mulf %v33, %v197 fastmath<contract> : f32
        %v623 = arith.addf %v512, %v622 fastmath<contract> : f32
        %v624 = arith.mulf %v40, %v220 fastmath<contract> : f32
        %v625 = arith.addf %v623, %v624 fastmath<contract> : f32
        %v626 = arith.mulf %v48, %v243 fastmath<contract> : f32
        %v627 = arith.addf %v625, %v626 fastmath<contract> : f32
        %v628 = arith.mulf %v56, %v267 fastmath<contract> : f32
        %v629 = arith.addf %v627, %v628 fastmath<contract> : f32
        %v630 = arith.negf %v629 : f32
        %v631 = arith.mulf %v630, %v525 fastmath<contract> : f32
        %v632 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v631) : (f32) -> f32
        %v633 = arith.addf %v523, %v632 fastmath<contract> : f32
        %v634 = arith.divf %v523, %v633 : f32
        %v635 = arith.mulf %v629, %v634 fastmath<contract> : f32
        %v636 = arith.select %v513, %v635, %v629 : f32
        %v637 = arith.cmpi slt, %v621, %len : i64
        scf.if %v637 {
          %v638 = arith.addi %v23, %v621 : i64
          %v639 = arith.muli %v638, %ch : i64
          %v640 = arith.addi %v639, %v15 : i64
          %v641 = llvm.getelementptr %out[%v640] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v636, %v641 : f32, !llvm.ptr
        }
        %v642 = arith.addi %v19, %v268 : i64
        %v643 = arith.mulf %v33, %v220 fastmath<contract> : f32
        %v644 = arith.addf %v512, %v643 fastmath<contract> : f32
        %v645 = arith.mulf %v40, %v243 fastmath<contract> : f32
        %v646 = arith.addf %v644, %v645 fastmath<contract> : f32
        %v647 = arith.mulf %v48, %v267 fastmath<contract> : f32
        %v648 = arith.addf %v646, %v647 fastmath<contract> : f32
        %v649 = arith.mulf %v56, %v291 fastmath<contract> : f32
        %v650 = arith.addf %v648, %v649 fastmath<contract> : f32
        %v651 = arith.negf %v650 : f32
        %v652 = arith.mulf %v651, %v525 fastmath<contract> : f32
        %v653 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v652) : (f32) -> f32
        %v654 = arith.addf %v523, %v653 fastmath<contract> : f32
        %v655 = arith.divf %v523, %v654 : f32
        %v656 = arith.mulf %v650, %v655 fastmath<contract> : f32
        %v657 = arith.select %v513, %v656, %v650 : f32
        %v658 = arith.cmpi slt, %v642, %len : i64
        scf.if %v658 {
          %v659 = arith.addi %v23, %v642 : i64
          %v660 = arith.muli %v659, %ch : i64
          %v661 = arith.addi %v660, %v15 : i64
          %v662 = llvm.getelementptr %out[%v661] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v657, %v662 : f32, !llvm.ptr
        }
        %v663 = arith.addi %v19, %v292 : i64
        %v664 = arith.mulf %v33, %v243 fastmath<contract> : f32
        %v665 = arith.addf %v512, %v664 fastmath<contract> : f32
        %v666 = arith.mulf %v40, %v267 fastmath<contract> : f32
        %v667 = arith.addf %v665, %v666 fastmath<contract> : f32
        %v668 = arith.mulf %v48, %v291 fastmath<contract> : f32
        %v669 = arith.addf %v667, %v668 fastmath<contract> : f32
        %v670 = arith.mulf %v56, %v315 fastmath<contract> : f32
        %v671 = arith.addf %v669, %v670 fastmath<contract> : f32
        %v672 = arith.negf %v671 : f32
        %v673 = arith.mulf %v672, %v525 fastmath<contract> : f32
        %v674 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v673) : (f32) -> f32
        %v675 = arith.addf %v523, %v674 fastmath<contract> : f32
        %v676 = arith.divf %v523, %v675 : f32
        %v677 = arith.mulf %v671, %v676 fastmath<contract> : f32
        %v678 = arith.select %v513, %v677, %v671 : f32
        %v679 = arith.cmpi slt, %v663, %len : i64
        scf.if %v679 {
          %v680 = arith.addi %v23, %v663 : i64
          %v681 = arith.muli %v680, %ch : i64
          %v682 = arith.addi %v681, %v15 : i64
          %v683 = llvm.getelementptr %out[%v682] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v678, %v683 : f32, !llvm.ptr
        }
        %v684 = arith.addi %v19, %v316 : i64
        %v685 = arith.mulf %v33, %v267 fastmath<contract> : f32
        %v686 = arith.addf %v512, %v685 fastmath<contract> : f32
        %v687 = arith.mulf %v40, %v291 fastmath<contract> : f32
        %v688 = arith.addf %v686, %v687 fastmath<contract> : f32
        %v689 = arith.mulf %v48, %v315 fastmath<contract> : f32
        %v690 = arith.addf %v688, %v689 fastmath<contract> : f32
        %v691 = arith.mulf %v56, %v339 fastmath<contract> : f32
        %v692 = arith.addf %v690, %v691 fastmath<contract> : f32
        %v693 = arith.negf %v692 : f32
        %v694 = arith.mulf %v693, %v525 fastmath<contract> : f32
        %v695 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v694) : (f32) -> f32
        %v696 = arith.addf %v523, %v695 fastmath<contract> : f32
        %v697 = arith.divf %v523, %v696 : f32
        %v698 = arith.mulf %v692, %v697 fastmath<contract> : f32
        %v699 = arith.select %v513, %v698, %v692 : f32
        %v700 = arith.cmpi slt, %v684, %len : i64
        scf.if %v700 {
          %v701 = arith.addi %v23, %v684 : i64
          %v702 = arith.muli %v701, %ch : i64
          %v703 = arith.addi %v702, %v15 : i64
          %v704 = llvm.getelementptr %out[%v703] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v699, %v704 : f32, !llvm.ptr
        }
        %v705 = arith.addi %v19, %v340 : i64
        %v706 = arith.mulf %v33, %v291 fastmath<contract> : f32
        %v707 = arith.addf %v512, %v706 fastmath<contract> : f32
        %v708 = arith.mulf %v40, %v315 fastmath<contract> : f32
        %v709 = arith.addf %v707, %v708 fastmath<contract> : f32
        %v710 = arith.mulf %v48, %v339 fastmath<contract> : f32
        %v711 = arith.addf %v709, %v710 fastmath<contract> : f32
        %v712 = arith.mulf %v56, %v363 fastmath<contract> : f32
        %v713 = arith.addf %v711, %v712 fastmath<contract> : f32
        %v714 = arith.negf %v713 : f32
        %v715 = arith.mulf %v714, %v525 fastmath<contract> : f32
        %v716 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v715) : (f32) -> f32
        %v717 = arith.addf %v523, %v716 fastmath<contract> : f32
        %v718 = arith.divf %v523, %v717 : f32
        %v719 = arith.mulf %v713, %v718 fastmath<contract> : f32
        %v720 = arith.select %v513, %v719, %v713 : f32
        %v721 = arith.cmpi slt, %v705, %len : i64
        scf.if %v721 {
          %v722 = arith.addi %v23, %v705 : i64
          %v723 = arith.muli %v722, %ch : i64
          %v724 = arith.addi %v723, %v15 : i64
          %v725 = llvm.getelementptr %out[%v724] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v720, %v725 : f32, !llvm.ptr
        }
        %v726 = arith.addi %v19, %v364 : i64
        %v727 = arith.mulf %v33, %v315 fastmath<contract> : f32
        %v728 = arith.addf %v512, %v727 fastmath<contract> : f32
        %v729 = arith.mulf %v40, %v339 fastmath<contract> : f32
        %v730 = arith.addf %v728, %v729 fastmath<contract> : f32
        %v731 = arith.mulf %v48, %v363 fastmath<contract> : f32
        %v732 = arith.addf %v730, %v731 fastmath<contract> : f32
        %v733 = arith.mulf %v56, %v387 fastmath<contract> : f32
        %v734 = arith.addf %v732, %v733 fastmath<contract> : f32
        %v735 = arith.negf %v734 : f32
        %v736 = arith.mulf %v735, %v525 fastmath<contract> : f32
        %v737 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v736) : (f32) -> f32
        %v738 = arith.addf %v523, %v737 fastmath<contract> : f32
        %v739 = arith.divf %v523, %v738 : f32
        %v740 = arith.mulf %v734, %v739 fastmath<contract> : f32
        %v741 = arith.select %v513, %v740, %v734 : f32
        %v742 = arith.cmpi slt, %v726, %len : i64
        scf.if %v742 {
          %v743 = arith.addi %v23, %v726 : i64
          %v744 = arith.muli %v743, %ch : i64
          %v745 = arith.addi %v744, %v15 : i64
          %v746 = llvm.getelementptr %out[%v745] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v741, %v746 : f32, !llvm.ptr
        }
        %v747 = arith.addi %v19, %v388 : i64
        %v748 = arith.mulf %v33, %v339 fastmath<contract> : f32
        %v749 = arith.addf %v512, %v748 fastmath<contract> : f32
        %v750 = arith.mulf %v40, %v363 fastmath<contract> : f32
        %v751 = arith.addf %v749, %v750 fastmath<contract> : f32
        %v752 = arith.mulf %v48, %v387 fastmath<contract> : f32
        %v753 = arith.addf %v751, %v752 fastmath<contract> : f32
        %v754 = arith.mulf %v56, %v411 fastmath<contract> : f32
        %v755 = arith.addf %v753, %v754 fastmath<contract> : f32
        %v756 = arith.negf %v755 : f32
        %v757 = arith.mulf %v756, %v525 fastmath<contract> : f32
        %v758 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v757) : (f32) -> f32
        %v759 = arith.addf %v523, %v758 fastmath<contract> : f32
        %v760 = arith.divf %v523, %v759 : f32
        %v761 = arith.mulf %v755, %v760 fastmath<contract> : f32
        %v762 = arith.select %v513, %v761, %v755 : f32
        %v763 = arith.cmpi slt, %v747, %len : i64
        scf.if %v763 {
          %v764 = arith.addi %v23, %v747 : i64
          %v765 = arith.muli %v764, %ch : i64
          %v766 = arith.addi %v765, %v15 : i64
          %v767 = llvm.getelementptr %out[%v766] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v762, %v767 : f32, !llvm.ptr
        }
        %v768 = arith.addi %v19, %v412 : i64
        %v769 = arith.mulf %v33, %v363 fastmath<contract> : f32
        %v770 = arith.addf %v512, %v769 fastmath<contract> : f32
        %v771 = arith.mulf %v40, %v387 fastmath<contract> : f32
        %v772 = arith.addf %v770, %v771 fastmath<contract> : f32
        %v773 = arith.mulf %v48, %v411 fastmath<contract> : f32
        %v774 = arith.addf %v772, %v773 fastmath<contract> : f32
        %v775 = arith.mulf %v56, %v435 fastmath<contract> : f32
        %v776 = arith.addf %v774, %v775 fastmath<contract> : f32
        %v777 = arith.negf %v776 : f32
        %v778 = arith.mulf %v777, %v525 fastmath<contract> : f32
        %v779 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v778) : (f32) -> f32
        %v780 = arith.addf %v523, %v779 fastmath<contract> : f32
        %v781 = arith.divf %v523, %v780 : f32
        %v782 = arith.mulf %v776, %v781 fastmath<contract> : f32
        %v783 = arith.select %v513, %v782, %v776 : f32
        %v784 = arith.cmpi slt, %v768, %len : i64
        scf.if %v784 {
          %v785 = arith.addi %v23, %v768 : i64
          %v786 = arith.muli %v785, %ch : i64
          %v787 = arith.addi %v786, %v15 : i64
          %v788 = llvm.getelementptr %out[%v787] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v783, %v788 : f32, !llvm.ptr
        }
        %v789 = arith.addi %v19, %v436 : i64
        %v790 = arith.mulf %v33, %v387 fastmath<contract> : f32
        %v791 = arith.addf %v512, %v790 fastmath<contract> : f32
        %v792 = arith.mulf %v40, %v411 fastmath<contract> : f32
        %v793 = arith.addf %v791, %v792 fastmath<contract> : f32
        %v794 = arith.mulf %v48, %v435 fastmath<contract> : f32
        %v795 = arith.addf %v793, %v794 fastmath<contract> : f32
        %v796 = arith.mulf %v56, %v459 fastmath<contract> : f32
        %v797 = arith.addf %v795, %v796 fastmath<contract> : f32
        %v798 = arith.negf %v797 : f32
        %v799 = arith.mulf %v798, %v525 fastmath<contract> : f32
        %v800 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v799) : (f32) -> f32
        %v801 = arith.addf %v523, %v800 fastmath<contract> : f32
        %v802 = arith.divf %v523, %v801 : f32
        %v803 = arith.mulf %v797, %v802 fastmath<contract> : f32
        %v804 = arith.select %v513, %v803, %v797 : f32
        %v805 = arith.cmpi slt, %v789, %len : i64
        scf.if %v805 {
          %v806 = arith.addi %v23, %v789 : i64
          %v807 = arith.muli %v806, %ch : i64
          %v808 = arith.addi %v807, %v15 : i64
          %v809 = llvm.getelementptr %out[%v808] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v804, %v809 : f32, !llvm.ptr
        }
        %v810 = arith.addi %v19, %v460 : i64
        %v811 = arith.mulf %v33, %v411 fastmath<contract> : f32
        %v812 = arith.addf %v512, %v811 fastmath<contract> : f32
        %v813 = arith.mulf %v40, %v435 fastmath<contract> : f32
        %v814 = arith.addf %v812, %v813 fastmath<contract> : f32
        %v815 = arith.mulf %v48, %v459 fastmath<contract> : f32
        %v816 = arith.addf %v814, %v815 fastmath<contract> : f32
        %v817 = arith.mulf %v56, %v483 fastmath<contract> : f32
        %v818 = arith.addf %v816, %v817 fastmath<contract> : f32
        %v819 = arith.negf %v818 : f32
        %v820 = arith.mulf %v819, %v525 fastmath<contract> : f32
        %v821 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v820) : (f32) -> f32
        %v822 = arith.addf %v523, %v821 fastmath<contract> : f32
        %v823 = arith.divf %v523, %v822 : f32
        %v824 = arith.mulf %v818, %v823 fastmath<contract> : f32
        %v825 = arith.select %v513, %v824, %v818 : f32
        %v826 = arith.cmpi slt, %v810, %len : i64
        scf.if %v826 {
          %v827 = arith.addi %v23, %v810 : i64
          %v828 = arith.muli %v827, %ch : i64
          %v829 = arith.addi %v828, %v15 : i64
          %v830 = llvm.getelementptr %out[%v829] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v825, %v830 : f32, !llvm.ptr
        }
        %v831 = arith.addi %v19, %v2 : i64
        %v832 = arith.mulf %v33, %v435 fastmath<contract> : f32
        %v833 = arith.addf %v512, %v832 fastmath<contract> : f32
        %v834 = arith.mulf %v40, %v459 fastmath<contract> : f32
        %v835 = arith.addf %v833, %v834 fastmath<contract> : f32
        %v836 = arith.mulf %v48, %v483 fastmath<contract> : f32
        %v837 = arith.addf %v835, %v836 fastmath<contract> : f32
        %v838 = arith.mulf %v56, %v506 fastmath<contract> : f32
        %v839 = arith.addf %v837, %v838 fastmath<contract> : f32
        %v840 = arith.negf %v839 : f32
        %v841 = arith.mulf %v840, %v525 fastmath<contract> : f32
        %v842 = llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f"(%v841) : (f32) -> f32
        %v843 = arith.addf %v523, %v842 fastmath<contract> : f32
        %v844 = arith.divf %v523, %v843 : f32
        %v845 = arith.mulf %v839, %v844 fastmath<contract> : f32
        %v846 = arith.select %v513, %v845, %v839 : f32
        %v847 = arith.cmpi slt, %v831, %len : i64
        scf.if %v847 {
          %v848 = arith.addi %v23, %v831 : i64
          %v849 = arith.muli %v848, %ch : i64
          %v850 = arith.addi %v849, %v15 : i64
          %v851 = llvm.getelementptr %out[%v850] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v846, %v851 : f32, !llvm.ptr
        }
        %v852 = arith.subi %k, %v20 : i64
        %v853 = llvm.mlir.zero : !llvm.ptr
        %v854 = llvm.icmp "ne" %state, %v853 : !llvm.ptr
        scf.if %v854 {
          %v855 = arith.muli %v18, %v852 : i64
          %v856 = arith.subi %v852, %v20 : i64
          scf.for %v857 = %v21 to %v856 step %v20 : i64 {
            %v858 = arith.addi %v855, %v857 : i64
            %v859 = arith.muli %v858, %ch : i64
            %v860 = arith.addi %v859, %v15 : i64
            %v861 = arith.addi %v860, %ch : i64
            %v862 = llvm.getelementptr %state[%v861] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v863 = llvm.load %v862 : !llvm.ptr -> f32
            %v864 = llvm.getelementptr %state[%v860] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v863, %v864 : f32, !llvm.ptr
          }
          %v865 = arith.addi %v855, %v856 : i64
          %v866 = arith.muli %v865, %ch : i64
          %v867 = arith.addi %v866, %v15 : i64
          %v868 = arith.muli %v18, %x_stride : i64
          %v869 = arith.addi %v868, %v15 : i64
          %v870 = llvm.getelementptr %x[%v869] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v871 = llvm.load %v870 : !llvm.ptr -> f32
          %v872 = llvm.getelementptr %state[%v867] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v871, %v872 : f32, !llvm.ptr
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
      %v45 = arith.constant 32 : i64
      %v54 = arith.constant 64 : i64
      %v63 = arith.constant 96 : i64
      %v72 = arith.constant 128 : i64
      %v81 = arith.constant 160 : i64
      %v90 = arith.constant 192 : i64
      %v99 = arith.constant 224 : i64
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
        %v37 = arith.addi %v35, %v36 : i64
        %v38 = arith.cmpi slt, %v37, %s3 : i64
        scf.if %v38 {
          %v39 = arith.muli %v37, %t3 : i64
          %v40 = arith.addi %v28, %v39 : i64
          %v41 = llvm.getelementptr %x[%v40] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v42 = llvm.load %v41 : !llvm.ptr -> f32
          %v43 = arith.addi %v33, %v37 : i64
          %v44 = llvm.getelementptr %out[%v43] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v42, %v44 : f32, !llvm.ptr
        }
        %v46 = arith.addi %v35, %v45 : i64
        %v47 = arith.cmpi slt, %v46, %s3 : i64
        scf.if %v47 {
          %v48 = arith.muli %v46, %t3 : i64
          %v49 = arith.addi %v28, %v48 : i64
          %v50 = llvm.getelementptr %x[%v49] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v51 = llvm.load %v50 : !llvm.ptr -> f32
          %v52 = arith.addi %v33, %v46 : i64
          %v53 = llvm.getelementptr %out[%v52] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v51, %v53 : f32, !llvm.ptr
        }
        %v55 = arith.addi %v35, %v54 : i64
        %v56 = arith.cmpi slt, %v55, %s3 : i64
        scf.if %v56 {
          %v57 = arith.muli %v55, %t3 : i64
          %v58 = arith.addi %v28, %v57 : i64
          %v59 = llvm.getelementptr %x[%v58] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v60 = llvm.load %v59 : !llvm.ptr -> f32
          %v61 = arith.addi %v33, %v55 : i64
          %v62 = llvm.getelementptr %out[%v61] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v60, %v62 : f32, !llvm.ptr
        }
        %v64 = arith.addi %v35, %v63 : i64
        %v65 = arith.cmpi slt, %v64, %s3 : i64
        scf.if %v65 {
          %v66 = arith.muli %v64, %t3 : i64
          %v67 = arith.addi %v28, %v66 : i64
          %v68 = llvm.getelementptr %x[%v67] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v69 = llvm.load %v68 : !llvm.ptr -> f32
          %v70 = arith.addi %v33, %v64 : i64
          %v71 = llvm.getelementptr %out[%v70] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v69, %v71 : f32, !llvm.ptr
        }
        %v73 = arith.addi %v35, %v72 : i64
        %v74 = arith.cmpi slt, %v73, %s3 : i64
        scf.if %v74 {
          %v75 = arith.muli %v73, %t3 : i64
          %v76 = arith.addi %v28, %v75 : i64
          %v77 = llvm.getelementptr %x[%v76] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v78 = llvm.load %v77 : !llvm.ptr -> f32
          %v79 = arith.addi %v33, %v73 : i64
          %v80 = llvm.getelementptr %out[%v79] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v78, %v80 : f32, !llvm.ptr
        }
        %v82 = arith.addi %v35, %v81 : i64
        %v83 = arith.cmpi slt, %v82, %s3 : i64
        scf.if %v83 {
          %v84 = arith.muli %v82, %t3 : i64
          %v85 = arith.addi %v28, %v84 : i64
          %v86 = llvm.getelementptr %x[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v87 = llvm.load %v86 : !llvm.ptr -> f32
          %v88 = arith.addi %v33, %v82 : i64
          %v89 = llvm.getelementptr %out[%v88] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v87, %v89 : f32, !llvm.ptr
        }
        %v91 = arith.addi %v35, %v90 : i64
        %v92 = arith.cmpi slt, %v91, %s3 : i64
        scf.if %v92 {
          %v93 = arith.muli %v91, %t3 : i64
          %v94 = arith.addi %v28, %v93 : i64
          %v95 = llvm.getelementptr %x[%v94] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v96 = llvm.load %v95 : !llvm.ptr -> f32
          %v97 = arith.addi %v33, %v91 : i64
          %v98 = llvm.getelementptr %out[%v97] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v96, %v98 : f32, !llvm.ptr
        }
        %v100 = arith.addi %v35, %v99 : i64
        %v101 = arith.cmpi slt, %v100, %s3 : i64
        scf.if %v101 {
          %v102 = arith.muli %v100, %t3 : i64
          %v103 = arith.addi %v28, %v102 : i64
          %v104 = llvm.getelementptr %x[%v103] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v105 = llvm.load %v104 : !llvm.ptr -> f32
          %v106 = arith.addi %v33, %v100 : i64
          %v107 = llvm.getelementptr %out[%v106] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v105, %v107 : f32, !llvm.ptr
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
          %v87 = arith.addf %v84, %v86 fastmath<contract> : f32
          %v88 = llvm.mlir.constant(2 : i32) : i32
          %v89 = llvm.extractelement %v82[%v88 : i32] : vector<4xf32>
          %v90 = arith.addf %v87, %v89 fastmath<contract> : f32
          %v91 = llvm.mlir.constant(3 : i32) : i32
          %v92 = llvm.extractelement %v82[%v91 : i32] : vector<4xf32>
          %v93 = arith.addf %v90, %v92 fastmath<contract> : f32
          %v94 = arith.constant 32 : i32
          %v95 = arith.constant 16 : i32
          %v96, %v97 = gpu.shuffle xor %v93, %v95, %v94 : f32
          %v98 = arith.addf %v93, %v96 fastmath<contract> : f32
          %v99 = arith.constant 8 : i32
          %v100, %v101 = gpu.shuffle xor %v98, %v99, %v94 : f32
          %v102 = arith.addf %v98, %v100 fastmath<contract> : f32
          %v103 = arith.constant 4 : i32
          %v104, %v105 = gpu.shuffle xor %v102, %v103, %v94 : f32
          %v106 = arith.addf %v102, %v104 fastmath<contract> : f32
          %v107 = arith.constant 2 : i32
          %v108, %v109 = gpu.shuffle xor %v106, %v107, %v94 : f32
          %v110 = arith.addf %v106, %v108 fastmath<contract> : f32
          %v111 = arith.constant 1 : i32
          %v112, %v113 = gpu.shuffle xor %v110, %v111, %v94 : f32
          %v114 = arith.addf %v110, %v112 fastmath<contract> : f32
          %v115 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v115 {
            llvm.store %v114, %v116 : f32, !llvm.ptr
            %v117 = llvm.mlir.zero : !llvm.ptr
            %v118 = llvm.icmp "ne" %bias, %v117 : !llvm.ptr
            scf.if %v118 {
              %v119 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v120 = llvm.load %v119 : !llvm.ptr -> f32
              %v121 = llvm.load %v116 : !llvm.ptr -> f32
              %v122 = arith.addf %v121, %v120 fastmath<contract> : f32
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
              %v130 = arith.addf %v129, %v128 fastmath<contract> : f32
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
          %v99 = arith.addf %v96, %v98 fastmath<contract> : f32
          %v100 = llvm.mlir.constant(2 : i32) : i32
          %v101 = llvm.extractelement %v94[%v100 : i32] : vector<4xf32>
          %v102 = arith.addf %v99, %v101 fastmath<contract> : f32
          %v103 = llvm.mlir.constant(3 : i32) : i32
          %v104 = llvm.extractelement %v94[%v103 : i32] : vector<4xf32>
          %v105 = arith.addf %v102, %v104 fastmath<contract> : f32
          %v106 = arith.constant 32 : i32
          %v107 = arith.constant 16 : i32
          %v108, %v109 = gpu.shuffle xor %v105, %v107, %v106 : f32
          %v110 = arith.addf %v105, %v108 fastmath<contract> : f32
          %v111 = arith.constant 8 : i32
          %v112, %v113 = gpu.shuffle xor %v110, %v111, %v106 : f32
          %v114 = arith.addf %v110, %v112 fastmath<contract> : f32
          %v115 = arith.constant 4 : i32
          %v116, %v117 = gpu.shuffle xor %v114, %v115, %v106 : f32
          %v118 = arith.addf %v114, %v116 fastmath<contract> : f32
          %v119 = arith.constant 2 : i32
          %v120, %v121 = gpu.shuffle xor %v118, %v119, %v106 : f32
          %v122 = arith.addf %v118, %v120 fastmath<contract> : f32
          %v123 = arith.constant 1 : i32
          %v124, %v125 = gpu.shuffle xor %v122, %v123, %v106 : f32
          %v126 = arith.addf %v122, %v124 fastmath<contract> : f32
          %v127 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v127 {
            llvm.store %v126, %v128 : f32, !llvm.ptr
            %v129 = llvm.mlir.zero : !llvm.ptr
            %v130 = llvm.icmp "ne" %bias, %v129 : !llvm.ptr
            scf.if %v130 {
              %v131 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v132 = llvm.load %v131 : !llvm.ptr -> f32
              %v133 = llvm.load %v128 : !llvm.ptr -> f32
              %v134 = arith.addf %v133, %v132 fastmath<contract> : f32
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
              %v142 = arith.addf %v141, %v140 fastmath<contract> : f32
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
          %v153 = arith.addf %v150, %v152 fastmath<contract> : f32
          %v154 = llvm.mlir.constant(2 : i32) : i32
          %v155 = llvm.extractelement %v148[%v154 : i32] : vector<4xf32>
          %v156 = arith.addf %v153, %v155 fastmath<contract> : f32
          %v157 = llvm.mlir.constant(3 : i32) : i32
          %v158 = llvm.extractelement %v148[%v157 : i32] : vector<4xf32>
          %v159 = arith.addf %v156, %v158 fastmath<contract> : f32
          %v160 = arith.constant 32 : i32
          %v161 = arith.constant 16 : i32
          %v162, %v163 = gpu.shuffle xor %v159, %v161, %v160 : f32
          %v164 = arith.addf %v159, %v162 fastmath<contract> : f32
          %v165 = arith.constant 8 : i32
          %v166, %v167 = gpu.shuffle xor %v164, %v165, %v160 : f32
          %v168 = arith.addf %v164, %v166 fastmath<contract> : f32
          %v169 = arith.constant 4 : i32
          %v170, %v171 = gpu.shuffle xor %v168, %v169, %v160 : f32
          %v172 = arith.addf %v168, %v170 fastmath<contract> : f32
          %v173 = arith.constant 2 : i32
          %v174, %v175 = gpu.shuffle xor %v172, %v173, %v160 : f32
          %v176 = arith.addf %v172, %v174 fastmath<contract> : f32
          %v177 = arith.constant 1 : i32
          %v178, %v179 = gpu.shuffle xor %v176, %v177, %v160 : f32
          %v180 = arith.addf %v176, %v178 fastmath<contract> : f32
          %v181 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v181 {
            llvm.store %v180, %v182 : f32, !llvm.ptr
            %v183 = llvm.mlir.zero : !llvm.ptr
            %v184 = llvm.icmp "ne" %bias, %v183 : !llvm.ptr
            scf.if %v184 {
              %v185 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v186 = llvm.load %v185 : !llvm.ptr -> f32
              %v187 = llvm.load %v182 : !llvm.ptr -> f32
              %v188 = arith.addf %v187, %v186 fastmath<contract> : f32
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
              %v196 = arith.addf %v195, %v194 fastmath<contract> : f32
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
          %v165 = arith.addf %v162, %v164 fastmath<contract> : f32
          %v166 = llvm.mlir.constant(2 : i32) : i32
          %v167 = llvm.extractelement %v160[%v166 : i32] : vector<4xf32>
          %v168 = arith.addf %v165, %v167 fastmath<contract> : f32
          %v169 = llvm.mlir.constant(3 : i32) : i32
          %v170 = llvm.extractelement %v160[%v169 : i32] : vector<4xf32>
          %v171 = arith.addf %v168, %v170 fastmath<contract> : f32
          %v172 = arith.constant 32 : i32
          %v173 = arith.constant 16 : i32
          %v174, %v175 = gpu.shuffle xor %v171, %v173, %v172 : f32
          %v176 = arith.addf %v171, %v174 fastmath<contract> : f32
          %v177 = arith.constant 8 : i32
          %v178, %v179 = gpu.shuffle xor %v176, %v177, %v172 : f32
          %v180 = arith.addf %v176, %v178 fastmath<contract> : f32
          %v181 = arith.constant 4 : i32
          %v182, %v183 = gpu.shuffle xor %v180, %v181, %v172 : f32
          %v184 = arith.addf %v180, %v182 fastmath<contract> : f32
          %v185 = arith.constant 2 : i32
          %v186, %v187 = gpu.shuffle xor %v184, %v185, %v172 : f32
          %v188 = arith.addf %v184, %v186 fastmath<contract> : f32
          %v189 = arith.constant 1 : i32
          %v190, %v191 = gpu.shuffle xor %v188, %v189, %v172 : f32
          %v192 = arith.addf %v188, %v190 fastmath<contract> : f32
          %v193 = arith.cmpi eq, %v10, %v13 : i64
          scf.if %v193 {
            llvm.store %v192, %v194 : f32, !llvm.ptr
            %v195 = llvm.mlir.zero : !llvm.ptr
            %v196 = llvm.icmp "ne" %bias, %v195 : !llvm.ptr
            scf.if %v196 {
              %v197 = llvm.getelementptr %bias[%v9] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v198 = llvm.load %v197 : !llvm.ptr -> f32
              %v199 = llvm.load %v194 : !llvm.ptr -> f32
              %v200 = arith.addf %v199, %v198 fastmath<contract> : f32
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
              %v208 = arith.addf %v207, %v206 fastmath<contract> : f32
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
