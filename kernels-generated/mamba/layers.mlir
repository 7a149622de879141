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
      %v8 = arith.constant 16 : i64
      %v9 = arith.constant 15 : i64
      %v22 = arith.constant 1 : i64
      %v24 = arith.constant 0 : i64
      %v30 = arith.constant 0x00000000 : f32
      %v31 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v37 = llvm.alloca %v22 x f32 : (i64) -> !llvm.ptr
      %v63 = arith.constant 0x3F800000 : f32
      %v65 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v10 = arith.addi %len, %v9 : i64
      %v11 = arith.divsi %v10, %v8 : i64
      %v12 = arith.muli %batch, %v11 : i64
      %v13 = arith.muli %v12, %ch : i64
      %v14 = arith.cmpi slt, %v7, %v13 : i64
      scf.if %v14 {
        %v15 = arith.remsi %v7, %ch : i64
        %v16 = arith.divsi %v7, %ch : i64
        %v17 = arith.remsi %v16, %v11 : i64
        %v18 = arith.divsi %v16, %v11 : i64
        %v19 = arith.muli %v17, %v8 : i64
        %v20 = arith.addi %v19, %v8 : i64
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
            %v59 = arith.mulf %v58, %v55 : f32
            %v60 = llvm.load %v31 : !llvm.ptr -> f32
            %v61 = arith.addf %v60, %v59 : f32
            llvm.store %v61, %v31 : f32, !llvm.ptr
          }
          %v62 = llvm.load %v31 : !llvm.ptr -> f32
          %v64 = arith.negf %v62 : f32
          %v66 = arith.mulf %v64, %v65 : f32
          %v67 = llvm.call_intrinsic "llvm.exp2.f32"(%v66) : (f32) -> f32
          %v68 = arith.addf %v63, %v67 : f32
          %v69 = arith.divf %v63, %v68 : f32
          %v70 = arith.mulf %v62, %v69 : f32
          %v71 = arith.cmpi eq, %act, %v22 : i64
          %v72 = arith.select %v71, %v70, %v62 : f32
          %v73 = arith.addi %v26, %v29 : i64
          %v74 = arith.muli %v73, %ch : i64
          %v75 = arith.addi %v74, %v15 : i64
          %v76 = llvm.getelementptr %out[%v75] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v72, %v76 : f32, !llvm.ptr
        }
        %v77 = llvm.mlir.zero : !llvm.ptr
        %v78 = llvm.icmp "ne" %state, %v77 : !llvm.ptr
        scf.if %v78 {
          %v79 = arith.muli %v18, %v23 : i64
          %v80 = arith.subi %v23, %v22 : i64
          scf.for %v81 = %v24 to %v80 step %v22 : i64 {
            %v82 = arith.addi %v79, %v81 : i64
            %v83 = arith.muli %v82, %ch : i64
            %v84 = arith.addi %v83, %v15 : i64
            %v85 = arith.addi %v84, %ch : i64
            %v86 = llvm.getelementptr %state[%v85] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v87 = llvm.load %v86 : !llvm.ptr -> f32
            %v88 = llvm.getelementptr %state[%v84] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            llvm.store %v87, %v88 : f32, !llvm.ptr
          }
          %v89 = arith.addi %v79, %v80 : i64
          %v90 = arith.muli %v89, %ch : i64
          %v91 = arith.addi %v90, %v15 : i64
          %v92 = arith.muli %v18, %x_stride : i64
          %v93 = arith.addi %v92, %v15 : i64
          %v94 = llvm.getelementptr %x[%v93] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v95 = llvm.load %v94 : !llvm.ptr -> f32
          %v96 = llvm.getelementptr %state[%v91] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v95, %v96 : f32, !llvm.ptr
        }
      }
      gpu.return
    }
    gpu.func @lr_conv1d_k4(%x: !llvm.ptr, %x_stride: i64, %w: !llvm.ptr, %bias: !llvm.ptr, %prev: !llvm.ptr, %out: !llvm.ptr, %state: !llvm.ptr, %batch: i64, %len: i64, %ch: i64, %k: i64, %act: i64) kernel {
      %v5 = arith.constant 256 : i64
      %v8 = arith.constant 16 : i64
      %v9 = arith.constant 15 : i64
      %v20 = arith.constant 1 : i64
      %v22 = arith.constant 0 : i64
      %v25 = arith.constant 4 : i64
      %v27 = arith.constant 0x00000000 : f32
      %v28 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v35 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v42 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v43 = arith.constant 2 : i64
      %v50 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v51 = arith.constant 3 : i64
      %v58 = arith.constant -3 : i64
      %v60 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v62 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v82 = arith.constant -2 : i64
      %v84 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v86 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v106 = arith.constant -1 : i64
      %v108 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v110 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v131 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v133 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v154 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v156 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v177 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v179 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v200 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v202 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v223 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v225 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v245 = arith.constant 5 : i64
      %v247 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v249 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v269 = arith.constant 6 : i64
      %v271 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v273 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v293 = arith.constant 7 : i64
      %v295 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v297 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v317 = arith.constant 8 : i64
      %v319 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v321 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v341 = arith.constant 9 : i64
      %v343 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v345 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v365 = arith.constant 10 : i64
      %v367 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v369 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v389 = arith.constant 11 : i64
      %v391 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v393 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v413 = arith.constant 12 : i64
      %v415 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v417 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v437 = arith.constant 13 : i64
      %v439 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v441 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v461 = arith.constant 14 : i64
      %v463 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v465 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v486 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v488 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v510 = llvm.alloca %v20 x f32 : (i64) -> !llvm.ptr
      %v524 = arith.constant 0x3F800000 : f32
      %v526 = arith.constant 0x3FB8AA3B : f32
      %v1 = gpu.block_id x
      %v2 = gpu.thread_id x
      %v3 = arith.index_cast %v1 : index to i64
      %v4 = arith.index_cast %v2 : index to i64
      %v6 = arith.muli %v3, %v5 : i64
      %v7 = arith.addi %v6, %v4 : i64
      %v10 = arith.addi %len, %v9 : i64
      %v11 = arith.divsi %v10, %v8 : i64
      %v12 = arith.muli %batch, %v11 : i64
      %v13 = arith.muli %v12, %ch : i64
      %v14 = arith.cmpi slt, %v7, %v13 : i64
      scf.if %v14 {
        %v15 = arith.remsi %v7, %ch : i64
        %v16 = arith.divsi %v7, %ch : i64
        %v17 = arith.remsi %v16, %v11 : i64
        %v18 = arith.divsi %v16, %v11 : i64
        %v19 = arith.muli %v17, %v8 : i64
        %v21 = arith.subi %k, %v20 : i64
        %v23 = arith.muli %v15, %k : i64
        %v24 = arith.muli %v18, %len : i64
        %v26 = arith.subi %v25, %k : i64
        llvm.store %v27, %v28 : f32, !llvm.ptr
        %v29 = arith.subi %v22, %v26 : i64
        %v30 = arith.cmpi sge, %v29, %v22 : i64
        scf.if %v30 {
          %v31 = arith.addi %v23, %v29 : i64
          %v32 = llvm.getelementptr %w[%v31] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v33 = llvm.load %v32 : !llvm.ptr -> f32
          llvm.store %v33, %v28 : f32, !llvm.ptr
        }
        %v34 = llvm.load %v28 : !llvm.ptr -> f32
        llvm.store %v27, %v35 : f32, !llvm.ptr
        %v36 = arith.subi %v20, %v26 : i64
        %v37 = arith.cmpi sge, %v36, %v22 : i64
        scf.if %v37 {
          %v38 = arith.addi %v23, %v36 : i64
          %v39 = llvm.getelementptr %w[%v38] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v40 = llvm.load %v39 : !llvm.ptr -> f32
          llvm.store %v40, %v35 : f32, !llvm.ptr
        }
        %v41 = llvm.load %v35 : !llvm.ptr -> f32
        llvm.store %v27, %v42 : f32, !llvm.ptr
        %v44 = arith.subi %v43, %v26 : i64
        %v45 = arith.cmpi sge, %v44, %v22 : i64
        scf.if %v45 {
          %v46 = arith.addi %v23, %v44 : i64
          %v47 = llvm.getelementptr %w[%v46] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v48 = llvm.load %v47 : !llvm.ptr -> f32
          llvm.store %v48, %v42 : f32, !llvm.ptr
        }
        %v49 = llvm.load %v42 : !llvm.ptr -> f32
        llvm.store %v27, %v50 : f32, !llvm.ptr
        %v52 = arith.subi %v51, %v26 : i64
        %v53 = arith.cmpi sge, %v52, %v22 : i64
        scf.if %v53 {
          %v54 = arith.addi %v23, %v52 : i64
          %v55 = llvm.getelementptr %w[%v54] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v56 = llvm.load %v55 : !llvm.ptr -> f32
          llvm.store %v56, %v50 : f32, !llvm.ptr
        }
        %v57 = llvm.load %v50 : !llvm.ptr -> f32
        %v59 = arith.addi %v19, %v58 : i64
        llvm.store %v27, %v60 : f32, !llvm.ptr
        %v61 = arith.cmpi slt, %v59, %len : i64
        scf.if %v61 {
          llvm.store %v27, %v62 : f32, !llvm.ptr
          %v63 = arith.cmpi sge, %v59, %v22 : i64
          %v64 = arith.subi %k, %v20 : i64
          scf.if %v63 {
            %v65 = arith.muli %v18, %len : i64
            %v66 = arith.addi %v65, %v59 : i64
            %v67 = arith.muli %v66, %x_stride : i64
            %v68 = arith.addi %v67, %v15 : i64
            %v69 = llvm.getelementptr %x[%v68] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v70 = llvm.load %v69 : !llvm.ptr -> f32
            llvm.store %v70, %v62 : f32, !llvm.ptr
          } else {
            %v71 = llvm.mlir.zero : !llvm.ptr
            %v72 = llvm.icmp "ne" %prev, %v71 : !llvm.ptr
            scf.if %v72 {
              %v73 = arith.muli %v18, %v64 : i64
              %v74 = arith.addi %v73, %v64 : i64
              %v75 = arith.addi %v74, %v59 : i64
              %v76 = arith.muli %v75, %ch : i64
              %v77 = arith.addi %v76, %v15 : i64
              %v78 = llvm.getelementptr %prev[%v77] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v79 = llvm.load %v78 : !llvm.ptr -> f32
              llvm.store %v79, %v62 : f32, !llvm.ptr
            }
          }
          %v80 = llvm.load %v62 : !llvm.ptr -> f32
          llvm.store %v80, %v60 : f32, !llvm.ptr
        }
        %v81 = llvm.load %v60 : !llvm.ptr -> f32
        %v83 = arith.addi %v19, %v82 : i64
        llvm.store %v27, %v84 : f32, !llvm.ptr
        %v85 = arith.cmpi slt, %v83, %len : i64
        scf.if %v85 {
          llvm.store %v27, %v86 : f32, !llvm.ptr
          %v87 = arith.cmpi sge, %v83, %v22 : i64
          %v88 = arith.subi %k, %v20 : i64
          scf.if %v87 {
            %v89 = arith.muli %v18, %len : i64
            %v90 = arith.addi %v89, %v83 : i64
            %v91 = arith.muli %v90, %x_stride : i64
            %v92 = arith.addi %v91, %v15 : i64
            %v93 = llvm.getelementptr %x[%v92] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v94 = llvm.load %v93 : !llvm.ptr -> f32
            llvm.store %v94, %v86 : f32, !llvm.ptr
          } else {
            %v95 = llvm.mlir.zero : !llvm.ptr
            %v96 = llvm.icmp "ne" %prev, %v95 : !llvm.ptr
            scf.if %v96 {
              %v97 = arith.muli %v18, %v88 : i64
              %v98 = arith.addi %v97, %v88 : i64
              %v99 = arith.addi %v98, %v83 : i64
              %v100 = arith.muli %v99, %ch : i64
              %v101 = arith.addi %v100, %v15 : i64
              %v102 = llvm.getelementptr %prev[%v101] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v103 = llvm.load %v102 : !llvm.ptr -> f32
              llvm.store %v103, %v86 : f32, !llvm.ptr
            }
          }
          %v104 = llvm.load %v86 : !llvm.ptr -> f32
          llvm.store %v104, %v84 : f32, !llvm.ptr
        }
        %v105 = llvm.load %v84 : !llvm.ptr -> f32
        %v107 = arith.addi %v19, %v106 : i64
        llvm.store %v27, %v108 : f32, !llvm.ptr
        %v109 = arith.cmpi slt, %v107, %len : i64
        scf.if %v109 {
          llvm.store %v27, %v110 : f32, !llvm.ptr
          %v111 = arith.cmpi sge, %v107, %v22 : i64
          %v112 = arith.subi %k, %v20 : i64
          scf.if %v111 {
            %v113 = arith.muli %v18, %len : i64
            %v114 = arith.addi %v113, %v107 : i64
            %v115 = arith.muli %v114, %x_stride : i64
            %v116 = arith.addi %v115, %v15 : i64
            %v117 = llvm.getelementptr %x[%v116] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v118 = llvm.load %v117 : !llvm.ptr -> f32
            llvm.store %v118, %v110 : f32, !llvm.ptr
          } else {
            %v119 = llvm.mlir.zero : !llvm.ptr
            %v120 = llvm.icmp "ne" %prev, %v119 : !llvm.ptr
            scf.if %v120 {
              %v121 = arith.muli %v18, %v112 : i64
              %v122 = arith.addi %v121, %v112 : i64
              %v123 = arith.addi %v122, %v107 : i64
              %v124 = arith.muli %v123, %ch : i64
              %v125 = arith.addi %v124, %v15 : i64
              %v126 = llvm.getelementptr %prev[%v125] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v127 = llvm.load %v126 : !llvm.ptr -> f32
              llvm.store %v127, %v110 : f32, !llvm.ptr
            }
          }
          %v128 = llvm.load %v110 : !llvm.ptr -> f32
          llvm.store %v128, %v108 : f32, !llvm.ptr
        }
        %v129 = llvm.load %v108 : !llvm.ptr -> f32
        %v130 = arith.addi %v19, %v22 : i64
        llvm.store %v27, %v131 : f32, !llvm.ptr
        %v132 = arith.cmpi slt, %v130, %len : i64
        scf.if %v132 {
          llvm.store %v27, %v133 : f32, !llvm.ptr
          %v134 = arith.cmpi sge, %v130, %v22 : i64
          %v135 = arith.subi %k, %v20 : i64
          scf.if %v134 {
            %v136 = arith.muli %v18, %len : i64
            %v137 = arith.addi %v136, %v130 : i64
            %v138 = arith.muli %v137, %x_stride : i64
            %v139 = arith.addi %v138, %v15 : i64
            %v140 = llvm.getelementptr %x[%v139] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v141 = llvm.load %v140 : !llvm.ptr -> f32
            llvm.store %v141, %v133 : f32, !llvm.ptr
          } else {
            %v142 = llvm.mlir.zero : !llvm.ptr
            %v143 = llvm.icmp "ne" %prev, %v142 : !llvm.ptr
            scf.if %v143 {
              %v144 = arith.muli %v18, %v135 : i64
              %v145 = arith.addi %v144, %v135 : i64
              %v146 = arith.addi %v145, %v130 : i64
              %v147 = arith.muli %v146, %ch : i64
              %v148 = arith.addi %v147, %v15 : i64
              %v149 = llvm.getelementptr %prev[%v148] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v150 = llvm.load %v149 : !llvm.ptr -> f32
              llvm.store %v150, %v133 : f32, !llvm.ptr
            }
          }
          %v151 = llvm.load %v133 : !llvm.ptr -> f32
          llvm.store %v151, %v131 : f32, !llvm.ptr
        }
        %v152 = llvm.load %v131 : !llvm.ptr -> f32
        %v153 = arith.addi %v19, %v20 : i64
        llvm.store %v27, %v154 : f32, !llvm.ptr
        %v155 = arith.cmpi slt, %v153, %len : i64
        scf.if %v155 {
          llvm.store %v27, %v156 : f32, !llvm.ptr
          %v157 = arith.cmpi sge, %v153, %v22 : i64
          %v158 = arith.subi %k, %v20 : i64
          scf.if %v157 {
            %v159 = arith.muli %v18, %len : i64
            %v160 = arith.addi %v159, %v153 : i64
            %v161 = arith.muli %v160, %x_stride : i64
            %v162 = arith.addi %v161, %v15 : i64
            %v163 = llvm.getelementptr %x[%v162] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v164 = llvm.load %v163 : !llvm.ptr -> f32
            llvm.store %v164, %v156 : f32, !llvm.ptr
          } else {
            %v165 = llvm.mlir.zero : !llvm.ptr
            %v166 = llvm.icmp "ne" %prev, %v165 : !llvm.ptr
            scf.if %v166 {
              %v167 = arith.muli %v18, %v158 : i64
              %v168 = arith.addi %v167, %v158 : i64
              %v169 = arith.addi %v168, %v153 : i64
              %v170 = arith.muli %v169, %ch : i64
              %v171 = arith.addi %v170, %v15 : i64
              %v172 = llvm.getelementptr %prev[%v171] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v173 = llvm.load %v172 : !llvm.ptr -> f32
              llvm.store %v173, %v156 : f32, !llvm.ptr
            }
          }
          %v174 = llvm.load %v156 : !llvm.ptr -> f32
          llvm.store %v174, %v154 : f32, !llvm.ptr
        }
        %v175 = llvm.load %v154 : !llvm.ptr -> f32
        %v176 = arith.addi %v19, %v43 : i64
        llvm.store %v27, %v177 : f32, !llvm.ptr
        %v178 = arith.cmpi slt, %v176, %len : i64
        scf.if %v178 {
          llvm.store %v27, %v179 : f32, !llvm.ptr
          %v180 = arith.cmpi sge, %v176, %v22 : i64
          %v181 = arith.subi %k, %v20 : i64
          scf.if %v180 {
            %v182 = arith.muli %v18, %len : i64
            %v183 = arith.addi %v182, %v176 : i64
            %v184 = arith.muli %v183, %x_stride : i64
            %v185 = arith.addi %v184, %v15 : i64
            %v186 = llvm.getelementptr %x[%v185] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v187 = llvm.load %v186 : !llvm.ptr -> f32
            llvm.store %v187, %v179 : f32, !llvm.ptr
          } else {
            %v188 = llvm.mlir.zero : !llvm.ptr
            %v189 = llvm.icmp "ne" %prev, %v188 : !llvm.ptr
            scf.if %v189 {
              %v190 = arith.muli %v18, %v181 : i64
              %v191 = arith.addi %v190, %v181 : i64
              %v192 = arith.addi %v191, %v176 : i64
              %v193 = arith.muli %v192, %ch : i64
              %v194 = arith.addi %v193, %v15 : i64
              %v195 = llvm.getelementptr %prev[%v194] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v196 = llvm.load %v195 : !llvm.ptr -> f32
              llvm.store %v196, %v179 : f32, !llvm.ptr
            }
          }
          %v197 = llvm.load %v179 : !llvm.ptr -> f32
          llvm.store %v197, %v177 : f32, !llvm.ptr
        }
        %v198 = llvm.load %v177 : !llvm.ptr -> f32
        %v199 = arith.addi %v19, %v51 : i64
        llvm.store %v27, %v200 : f32, !llvm.ptr
        %v201 = arith.cmpi slt, %v199, %len : i64
        scf.if %v201 {
          llvm.store %v27, %v202 : f32, !llvm.ptr
          %v203 = arith.cmpi sge, %v199, %v22 : i64
          %v204 = arith.subi %k, %v20 : i64
          scf.if %v203 {
            %v205 = arith.muli %v18, %len : i64
            %v206 = arith.addi %v205, %v199 : i64
            %v207 = arith.muli %v206, %x_stride : i64
            %v208 = arith.addi %v207, %v15 : i64
            %v209 = llvm.getelementptr %x[%v208] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v210 = llvm.load %v209 : !llvm.ptr -> f32
            llvm.store %v210, %v202 : f32, !llvm.ptr
          } else {
            %v211 = llvm.mlir.zero : !llvm.ptr
            %v212 = llvm.icmp "ne" %prev, %v211 : !llvm.ptr
            scf.if %v212 {
              %v213 = arith.muli %v18, %v204 : i64
              %v214 = arith.addi %v213, %v204 : i64
              %v215 = arith.addi %v214, %v199 : i64
              %v216 = arith.muli %v215, %ch : i64
              %v217 = arith.addi %v216, %v15 : i64
              %v218 = llvm.getelementptr %prev[%v217] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v219 = llvm.load %v218 : !llvm.ptr -> f32
              llvm.store %v219, %v202 : f32, !llvm.ptr
            }
          }
          %v220 = llvm.load %v202 : !llvm.ptr -> f32
          llvm.store %v220, %v200 : f32, !llvm.ptr
        }
        %v221 = llvm.load %v200 : !llvm.ptr -> f32
        %v222 = arith.addi %v19, %v25 : i64
        llvm.store %v27, %v223 : f32, !llvm.ptr
        %v224 = arith.cmpi slt, %v222, %len : i64
        scf.if %v224 {
          llvm.store %v27, %v225 : f32, !llvm.ptr
          %v226 = arith.cmpi sge, %v222, %v22 : i64
          %v227 = arith.subi %k, %v20 : i64
          scf.if %v226 {
            %v228 = arith.muli %v18, %len : i64
            %v229 = arith.addi %v228, %v222 : i64
            %v230 = arith.muli %v229, %x_stride : i64
            %v231 = arith.addi %v230, %v15 : i64
            %v232 = llvm.getelementptr %x[%v231] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v233 = llvm.load %v232 : !llvm.ptr -> f32
            llvm.store %v233, %v225 : f32, !llvm.ptr
          } else {
            %v234 = llvm.mlir.zero : !llvm.ptr
            %v235 = llvm.icmp "ne" %prev, %v234 : !llvm.ptr
            scf.if %v235 {
              %v236 = arith.muli %v18, %v227 : i64
              %v237 = arith.addi %v236, %v227 : i64
              %v238 = arith.addi %v237, %v222 : i64
              %v239 = arith.muli %v238, %ch : i64
              %v240 = arith.addi %v239, %v15 : i64
              %v241 = llvm.getelementptr %prev[%v240] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v242 = llvm.load %v241 : !llvm.ptr -> f32
              llvm.store %v242, %v225 : f32, !llvm.ptr
            }
          }
          %v243 = llvm.load %v225 : !llvm.ptr -> f32
          llvm.store %v243, %v223 : f32, !llvm.ptr
        }
        %v244 = llvm.load %v223 : !llvm.ptr -> f32
        %v246 = arith.addi %v19, %v245 : i64
        llvm.store %v27, %v247 : f32, !llvm.ptr
        %v248 = arith.cmpi slt, %v246, %len : i64
        scf.if %v248 {
          llvm.store %v27, %v249 : f32, !llvm.ptr
          %v250 = arith.cmpi sge, %v246, %v22 : i64
          %v251 = arith.subi %k, %v20 : i64
          scf.if %v250 {
            %v252 = arith.muli %v18, %len : i64
            %v253 = arith.addi %v252, %v246 : i64
            %v254 = arith.muli %v253, %x_stride : i64
            %v255 = arith.addi %v254, %v15 : i64
            %v256 = llvm.getelementptr %x[%v255] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v257 = llvm.load %v256 : !llvm.ptr -> f32
            llvm.store %v257, %v249 : f32, !llvm.ptr
          } else {
            %v258 = llvm.mlir.zero : !llvm.ptr
            %v259 = llvm.icmp "ne" %prev, %v258 : !llvm.ptr
            scf.if %v259 {
              %v260 = arith.muli %v18, %v251 : i64
              %v261 = arith.addi %v260, %v251 : i64
              %v262 = arith.addi %v261, %v246 : i64
              %v263 = arith.muli %v262, %ch : i64
              %v264 = arith.addi %v263, %v15 : i64
              %v265 = llvm.getelementptr %prev[%v264] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v266 = llvm.load %v265 : !llvm.ptr -> f32
              llvm.store %v266, %v249 : f32, !llvm.ptr
            }
          }
          %v267 = llvm.load %v249 : !llvm.ptr -> f32
          llvm.store %v267, %v247 : f32, !llvm.ptr
        }
        %v268 = llvm.load %v247 : !llvm.ptr -> f32
        %v270 = arith.addi %v19, %v269 : i64
        llvm.store %v27, %v271 : f32, !llvm.ptr
        %v272 = arith.cmpi slt, %v270, %len : i64
        scf.if %v272 {
          llvm.store %v27, %v273 : f32, !llvm.ptr
          %v274 = arith.cmpi sge, %v270, %v22 : i64
          %v275 = arith.subi %k, %v20 : i64
          scf.if %v274 {
            %v276 = arith.muli %v18, %len : i64
            %v277 = arith.addi %v276, %v270 : i64
            %v278 = arith.muli %v277, %x_stride : i64
            %v279 = arith.addi %v278, %v15 : i64
            %v280 = llvm.getelementptr %x[%v279] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v281 = llvm.load %v280 : !llvm.ptr -> f32
            llvm.store %v281, %v273 : f32, !llvm.ptr
          } else {
            %v282 = llvm.mlir.zero : !llvm.ptr
            %v283 = llvm.icmp "ne" %prev, %v282 : !llvm.ptr
            scf.if %v283 {
              %v284 = arith.muli %v18, %v275 : i64
              %v285 = arith.addi %v284, %v275 : i64
              %v286 = arith.addi %v285, %v270 : i64
              %v287 = arith.muli %v286, %ch : i64
              %v288 = arith.addi %v287, %v15 : i64
              %v289 = llvm.getelementptr %prev[%v288] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v290 = llvm.load %v289 : !llvm.ptr -> f32
              llvm.store %v290, %v273 : f32, !llvm.ptr
            }
          }
          %v291 = llvm.load %v273 : !llvm.ptr -> f32
          llvm.store %v291, %v271 : f32, !llvm.ptr
        }
        %v292 = llvm.load %v271 : !llvm.ptr -> f32
        %v294 = arith.addi %v19, %v293 : i64
        llvm.store %v27, %v295 : f32, !llvm.ptr
        %v296 = arith.cmpi slt, %v294, %len : i64
        scf.if %v296 {
          llvm.store %v27, %v297 : f32, !llvm.ptr
          %v298 = arith.cmpi sge, %v294, %v22 : i64
          %v299 = arith.subi %k, %v20 : i64
          scf.if %v298 {
            %v300 = arith.muli %v18, %len : i64
            %v301 = arith.addi %v300, %v294 : i64
            %v302 = arith.muli %v301, %x_stride : i64
            %v303 = arith.addi %v302, %v15 : i64
            %v304 = llvm.getelementptr %x[%v303] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v305 = llvm.load %v304 : !llvm.ptr -> f32
            llvm.store %v305, %v297 : f32, !llvm.ptr
          } else {
            %v306 = llvm.mlir.zero : !llvm.ptr
            %v307 = llvm.icmp "ne" %prev, %v306 : !llvm.ptr
            scf.if %v307 {
              %v308 = arith.muli %v18, %v299 : i64
              %v309 = arith.addi %v308, %v299 : i64
              %v310 = arith.addi %v309, %v294 : i64
              %v311 = arith.muli %v310, %ch : i64
              %v312 = arith.addi %v311, %v15 : i64
              %v313 = llvm.getelementptr %prev[%v312] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v314 = llvm.load %v313 : !llvm.ptr -> f32
              llvm.store %v314, %v297 : f32, !llvm.ptr
            }
          }
          %v315 = llvm.load %v297 : !llvm.ptr -> f32
          llvm.store %v315, %v295 : f32, !llvm.ptr
        }
        %v316 = llvm.load %v295 : !llvm.ptr -> f32
        %v318 = arith.addi %v19, %v317 : i64
        llvm.store %v27, %v319 : f32, !llvm.ptr
        %v320 = arith.cmpi slt, %v318, %len : i64
        scf.if %v320 {
          llvm.store %v27, %v321 : f32, !llvm.ptr
          %v322 = arith.cmpi sge, %v318, %v22 : i64
          %v323 = arith.subi %k, %v20 : i64
          scf.if %v322 {
            %v324 = arith.muli %v18, %len : i64
            %v325 = arith.addi %v324, %v318 : i64
            %v326 = arith.muli %v325, %x_stride : i64
            %v327 = arith.addi %v326, %v15 : i64
            %v328 = llvm.getelementptr %x[%v327] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v329 = llvm.load %v328 : !llvm.ptr -> f32
            llvm.store %v329, %v321 : f32, !llvm.ptr
          } else {
            %v330 = llvm.mlir.zero : !llvm.ptr
            %v331 = llvm.icmp "ne" %prev, %v330 : !llvm.ptr
            scf.if %v331 {
              %v332 = arith.muli %v18, %v323 : i64
              %v333 = arith.addi %v332, %v323 : i64
              %v334 = arith.addi %v333, %v318 : i64
              %v335 = arith.muli %v334, %ch : i64
              %v336 = arith.addi %v335, %v15 : i64
              %v337 = llvm.getelementptr %prev[%v336] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v338 = llvm.load %v337 : !llvm.ptr -> f32
              llvm.store %v338, %v321 : f32, !llvm.ptr
            }
          }
          %v339 = llvm.load %v321 : !llvm.ptr -> f32
          llvm.store %v339, %v319 : f32, !llvm.ptr
        }
        %v340 = llvm.load %v319 : !llvm.ptr -> f32
        %v342 = arith.addi %v19, %v341 : i64
        llvm.store %v27, %v343 : f32, !llvm.ptr
        %v344 = arith.cmpi slt, %v342, %len : i64
        scf.if %v344 {
          llvm.store %v27, %v345 : f32, !llvm.ptr
          %v346 = arith.cmpi sge, %v342, %v22 : i64
          %v347 = arith.subi %k, %v20 : i64
          scf.if %v346 {
            %v348 = arith.muli %v18, %len : i64
            %v349 = arith.addi %v348, %v342 : i64
            %v350 = arith.muli %v349, %x_stride : i64
            %v351 = arith.addi %v350, %v15 : i64
            %v352 = llvm.getelementptr %x[%v351] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v353 = llvm.load %v352 : !llvm.ptr -> f32
            llvm.store %v353, %v345 : f32, !llvm.ptr
          } else {
            %v354 = llvm.mlir.zero : !llvm.ptr
            %v355 = llvm.icmp "ne" %prev, %v354 : !llvm.ptr
            scf.if %v355 {
              %v356 = arith.muli %v18, %v347 : i64
              %v357 = arith.addi %v356, %v347 : i64
              %v358 = arith.addi %v357, %v342 : i64
              %v359 = arith.muli %v358, %ch : i64
              %v360 = arith.addi %v359, %v15 : i64
              %v361 = llvm.getelementptr %prev[%v360] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v362 = llvm.load %v361 : !llvm.ptr -> f32
              llvm.store %v362, %v345 : f32, !llvm.ptr
            }
          }
          %v363 = llvm.load %v345 : !llvm.ptr -> f32
          llvm.store %v363, %v343 : f32, !llvm.ptr
        }
        %v364 = llvm.load %v343 : !llvm.ptr -> f32
        %v366 = arith.addi %v19, %v365 : i64
        llvm.store %v27, %v367 : f32, !llvm.ptr
        %v368 = arith.cmpi slt, %v366, %len : i64
        scf.if %v368 {
          llvm.store %v27, %v369 : f32, !llvm.ptr
          %v370 = arith.cmpi sge, %v366, %v22 : i64
          %v371 = arith.subi %k, %v20 : i64
          scf.if %v370 {
            %v372 = arith.muli %v18, %len : i64
            %v373 = arith.addi %v372, %v366 : i64
            %v374 = arith.muli %v373, %x_stride : i64
            %v375 = arith.addi %v374, %v15 : i64
            %v376 = llvm.getelementptr %x[%v375] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v377 = llvm.load %v376 : !llvm.ptr -> f32
            llvm.store %v377, %v369 : f32, !llvm.ptr
          } else {
            %v378 = llvm.mlir.zero : !llvm.ptr
            %v379 = llvm.icmp "ne" %prev, %v378 : !llvm.ptr
            scf.if %v379 {
              %v380 = arith.muli %v18, %v371 : i64
              %v381 = arith.addi %v380, %v371 : i64
              %v382 = arith.addi %v381, %v366 : i64
              %v383 = arith.muli %v382, %ch : i64
              %v384 = arith.addi %v383, %v15 : i64
              %v385 = llvm.getelementptr %prev[%v384] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v386 = llvm.load %v385 : !llvm.ptr -> f32
              llvm.store %v386, %v369 : f32, !llvm.ptr
            }
          }
          %v387 = llvm.load %v369 : !llvm.ptr -> f32
          llvm.store %v387, %v367 : f32, !llvm.ptr
        }
        %v388 = llvm.load %v367 : !llvm.ptr -> f32
        %v390 = arith.addi %v19, %v389 : i64
        llvm.store %v27, %v391 : f32, !llvm.ptr
        %v392 = arith.cmpi slt, %v390, %len : i64
        scf.if %v392 {
          llvm.store %v27, %v393 : f32, !llvm.ptr
          %v394 = arith.cmpi sge, %v390, %v22 : i64
          %v395 = arith.subi %k, %v20 : i64
          scf.if %v394 {
            %v396 = arith.muli %v18, %len : i64
            %v397 = arith.addi %v396, %v390 : i64
            %v398 = arith.muli %v397, %x_stride : i64
            %v399 = arith.addi %v398, %v15 : i64
            %v400 = llvm.getelementptr %x[%v399] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v401 = llvm.load %v400 : !llvm.ptr -> f32
            llvm.store %v401, %v393 : f32, !llvm.ptr
          } else {
            %v402 = llvm.mlir.zero : !llvm.ptr
            %v403 = llvm.icmp "ne" %prev, %v402 : !llvm.ptr
            scf.if %v403 {
              %v404 = arith.muli %v18, %v395 : i64
              %v405 = arith.addi %v404, %v395 : i64
              %v406 = arith.addi %v405, %v390 : i64
              %v407 = arith.muli %v406, %ch : i64
              %v408 = arith.addi %v407, %v15 : i64
              %v409 = llvm.getelementptr %prev[%v408] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v410 = llvm.load %v409 : !llvm.ptr -> f32
              llvm.store %v410, %v393 : f32, !llvm.ptr
            }
          }
          %v411 = llvm.load %v393 : !llvm.ptr -> f32
          llvm.store %v411, %v391 : f32, !llvm.ptr
        }
        %v412 = llvm.load %v391 : !llvm.ptr -> f32
        %v414 = arith.addi %v19, %v413 : i64
        llvm.store %v27, %v415 : f32, !llvm.ptr
        %v416 = arith.cmpi slt, %v414, %len : i64
        scf.if %v416 {
          llvm.store %v27, %v417 : f32, !llvm.ptr
          %v418 = arith.cmpi sge, %v414, %v22 : i64
          %v419 = arith.subi %k, %v20 : i64
          scf.if %v418 {
            %v420 = arith.muli %v18, %len : i64
            %v421 = arith.addi %v420, %v414 : i64
            %v422 = arith.muli %v421, %x_stride : i64
            %v423 = arith.addi %v422, %v15 : i64
            %v424 = llvm.getelementptr %x[%v423] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v425 = llvm.load %v424 : !llvm.ptr -> f32
            llvm.store %v425, %v417 : f32, !llvm.ptr
          } else {
            %v426 = llvm.mlir.zero : !llvm.ptr
            %v427 = llvm.icmp "ne" %prev, %v426 : !llvm.ptr
            scf.if %v427 {
              %v428 = arith.muli %v18, %v419 : i64
              %v429 = arith.addi %v428, %v419 : i64
              %v430 = arith.addi %v429, %v414 : i64
              %v431 = arith.muli %v430, %ch : i64
              %v432 = arith.addi %v431, %v15 : i64
              %v433 = llvm.getelementptr %prev[%v432] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v434 = llvm.load %v433 : !llvm.ptr -> f32
              llvm.store %v434, %v417 : f32, !llvm.ptr
            }
          }
          %v435 = llvm.load %v417 : !llvm.ptr -> f32
          llvm.store %v435, %v415 : f32, !llvm.ptr
        }
        %v436 = llvm.load %v415 : !llvm.ptr -> f32
        %v438 = arith.addi %v19, %v437 : i64
        llvm.store %v27, %v439 : f32, !llvm.ptr
        %v440 = arith.cmpi slt, %v438, %len : i64
        scf.if %v440 {
          llvm.store %v27, %v441 : f32, !llvm.ptr
          %v442 = arith.cmpi sge, %v438, %v22 : i64
          %v443 = arith.subi %k, %v20 : i64
          scf.if %v442 {
            %v444 = arith.muli %v18, %len : i64
            %v445 = arith.addi %v444, %v438 : i64
            %v446 = arith.muli %v445, %x_stride : i64
            %v447 = arith.addi %v446, %v15 : i64
            %v448 = llvm.getelementptr %x[%v447] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v449 = llvm.load %v448 : !llvm.ptr -> f32
            llvm.store %v449, %v441 : f32, !llvm.ptr
          } else {
            %v450 = llvm.mlir.zero : !llvm.ptr
            %v451 = llvm.icmp "ne" %prev, %v450 : !llvm.ptr
            scf.if %v451 {
              %v452 = arith.muli %v18, %v443 : i64
              %v453 = arith.addi %v452, %v443 : i64
              %v454 = arith.addi %v453, %v438 : i64
              %v455 = arith.muli %v454, %ch : i64
              %v456 = arith.addi %v455, %v15 : i64
              %v457 = llvm.getelementptr %prev[%v456] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v458 = llvm.load %v457 : !llvm.ptr -> f32
              llvm.store %v458, %v441 : f32, !llvm.ptr
            }
          }
          %v459 = llvm.load %v441 : !llvm.ptr -> f32
          llvm.store %v459, %v439 : f32, !llvm.ptr
        }
        %v460 = llvm.load %v439 : !llvm.ptr -> f32
        %v462 = arith.addi %v19, %v461 : i64
        llvm.store %v27, %v463 : f32, !llvm.ptr
        %v464 = arith.cmpi slt, %v462, %len : i64
        scf.if %v464 {
          llvm.store %v27, %v465 : f32, !llvm.ptr
          %v466 = arith.cmpi sge, %v462, %v22 : i64
          %v467 = arith.subi %k, %v20 : i64
          scf.if %v466 {
            %v468 = arith.muli %v18, %len : i64
            %v469 = arith.addi %v468, %v462 : i64
            %v470 = arith.muli %v469, %x_stride : i64
            %v471 = arith.addi %v470, %v15 : i64
            %v472 = llvm.getelementptr %x[%v471] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v473 = llvm.load %v472 : !llvm.ptr -> f32
            llvm.store %v473, %v465 : f32, !llvm.ptr
          } else {
            %v474 = llvm.mlir.zero : !llvm.ptr
            %v475 = llvm.icmp "ne" %prev, %v474 : !llvm.ptr
            scf.if %v475 {
              %v476 = arith.muli %v18, %v467 : i64
              %v477 = arith.addi %v476, %v467 : i64
              %v478 = arith.addi %v477, %v462 : i64
              %v479 = arith.muli %v478, %ch : i64
              %v480 = arith.addi %v479, %v15 : i64
              %v481 = llvm.getelementptr %prev[%v480] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v482 = llvm.load %v481 : !llvm.ptr -> f32
              llvm.store %v482, %v465 : f32, !llvm.ptr
            }
          }
          %v483 = llvm.load %v465 : !llvm.ptr -> f32
          llvm.store %v483, %v463 : f32, !llvm.ptr
        }
        %v484 = llvm.load %v463 : !llvm.ptr -> f32
        %v485 = arith.addi %v19, %v9 : i64
        llvm.store %v27, %v486 : f32, !llvm.ptr
        %v487 = arith.cmpi slt, %v485, %len : i64
        scf.if %v487 {
          llvm.store %v27, %v488 : f32, !llvm.ptr
          %v489 = arith.cmpi sge, %v485, %v22 : i64
          %v490 = arith.subi %k, %v20 : i64
          scf.if %v489 {
            %v491 = arith.muli %v18, %len : i64
            %v492 = arith.addi %v491, %v485 : i64
            %v493 = arith.muli %v492, %x_stride : i64
            %v494 = arith.addi %v493, %v15 : i64
            %v495 = llvm.getelementptr %x[%v494] : (!llvm.ptr, i64) -> !llvm.ptr, f32
            %v496 = llvm.load %v495 : !llvm.ptr -> f32
            llvm.store %v496, %v488 : f32, !llvm.ptr
          } else {
            %v497 = llvm.mlir.zero : !llvm.ptr
            %v498 = llvm.icmp "ne" %prev, %v497 : !llvm.ptr
            scf.if %v498 {
              %v499 = arith.muli %v18, %v490 : i64
              %v500 = arith.addi %v499, %v490 : i64
              %v501 = arith.addi %v500, %v485 : i64
              %v502 = arith.muli %v501, %ch : i64
              %v503 = arith.addi %v502, %v15 : i64
              %v504 = llvm.getelementptr %prev[%v503] : (!llvm.ptr, i64) -> !llvm.ptr, f32
              %v505 = llvm.load %v504 : !llvm.ptr -> f32
              llvm.store %v505, %v488 : f32, !llvm.ptr
            }
          }
          %v506 = llvm.load %v488 : !llvm.ptr -> f32
          llvm.store %v506, %v486 : f32, !llvm.ptr
        }
        %v507 = llvm.load %v486 : !llvm.ptr -> f32
        %v508 = llvm.mlir.zero : !llvm.ptr
        %v509 = llvm.icmp "ne" %bias, %v508 : !llvm.ptr
        llvm.store %v27, %v510 : f32, !llvm.ptr
        scf.if %v509 {
          %v511 = llvm.getelementptr %bias[%v15] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          %v512 = llvm.load %v511 : !llvm.ptr -> f32
          llvm.store %v512, %v510 : f32, !llvm.ptr
        }
        %v513 = llvm.load %v510 : !llvm.ptr -> f32
        %v514 = arith.cmpi eq, %act, %v20 : i64
        %v515 = arith.addi %v19, %v22 : i64
        %v516 = arith.mulf %v34, %v81 : f32
        %v517 = arith.addf %v513, %v516 : f32
        %v518 = arith.mulf %v41, %v105 : f32
        %v519 = arith.addf %v517, %v518 : f32
        %v520 = arith.mulf %v49, %v129 : f32
        %v521 = arith.addf %v519, %v520 : f32
        %v522 = arith.mulf %v57, %v152 : f32
        %v523 = arith.addf %v521, %v522 : f32
        %v525 = arith.negf %v523 : f32
        %v527 = arith.mulf %v525, %v526 : f32
        %v528 = llvm.call_intrinsic "llvm.exp2.f32"(%v527) : (f32) -> f32
        %v529 = arith.addf %v524, %v528 : f32
        %v530 = arith.divf %v524, %v529 : f32
        %v531 = arith.mulf %v523, %v530 : f32
        %v532 = arith.select %v514, %v531, %v523 : f32
        %v533 = arith.cmpi slt, %v515, %len : i64
        scf.if %v533 {
          %v534 = arith.addi %v24, %v515 : i64
          %v535 = arith.muli %v534, %ch : i64
          %v536 = arith.addi %v535, %v15 : i64
          %v537 = llvm.getelementptr %out[%v536] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v532, %v537 : f32, !llvm.ptr
        }
        %v538 = arith.addi %v19, %v20 : i64
        %v539 = arith.mulf %v34, %v105 : f32
        %v540 = arith.addf %v513, %v539 : f32
        %v541 = arith.mulf %v41, %v129 : f32
        %v542 = arith.addf %v540, %v541 : f32
        %v543 = arith.mulf %v49, %v152 : f32
        %v544 = arith.addf %v542, %v543 : f32
        %v545 = arith.mulf %v57, %v175 : f32
        %v546 = arith.addf %v544, %v545 : f32
        %v547 = arith.negf %v546 : f32
        %v548 = arith.mulf %v547, %v526 : f32
        %v549 = llvm.call_intrinsic "llvm.exp2.f32"(%v548) : (f32) -> f32
        %v550 = arith.addf %v524, %v549 : f32
        %v551 = arith.divf %v524, %v550 : f32
        %v552 = arith.mulf %v546, %v551 : f32
        %v553 = arith.select %v514, %v552, %v546 : f32
        %v554 = arith.cmpi slt, %v538, %len : i64
        scf.if %v554 {
          %v555 = arith.addi %v24, %v538 : i64
          %v556 = arith.muli %v555, %ch : i64
          %v557 = arith.addi %v556, %v15 : i64
          %v558 = llvm.getelementptr %out[%v557] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v553, %v558 : f32, !llvm.ptr
        }
        %v559 = arith.addi %v19, %v43 : i64
        %v560 = arith.mulf %v34, %v129 : f32
        %v561 = arith.addf %v513, %v560 : f32
        %v562 = arith.mulf %v41, %v152 : f32
        %v563 = arith.addf %v561, %v562 : f32
        %v564 = arith.mulf %v49, %v175 : f32
        %v565 = arith.addf %v563, %v564 : f32
        %v566 = arith.mulf %v57, %v198 : f32
        %v567 = arith.addf %v565, %v566 : f32
        %v568 = arith.negf %v567 : f32
        %v569 = arith.mulf %v568, %v526 : f32
        %v570 = llvm.call_intrinsic "llvm.exp2.f32"(%v569) : (f32) -> f32
        %v571 = arith.addf %v524, %v570 : f32
        %v572 = arith.divf %v524, %v571 : f32
        %v573 = arith.mulf %v567, %v572 : f32
        %v574 = arith.select %v514, %v573, %v567 : f32
        %v575 = arith.cmpi slt, %v559, %len : i64
        scf.if %v575 {
          %v576 = arith.addi %v24, %v559 : i64
          %v577 = arith.muli %v576, %ch : i64
          %v578 = arith.addi %v577, %v15 : i64
          %v579 = llvm.getelementptr %out[%v578] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v574, %v579 : f32, !llvm.ptr
        }
        %v580 = arith.addi %v19, %v51 : i64
        %v581 = arith.mulf %v34, %v152 : f32
        %v582 = arith.addf %v513, %v581 : f32
        %v583 = arith.mulf %v41, %v175 : f32
        %v584 = arith.addf %v582, %v583 : f32
        %v585 = arith.mulf %v49, %v198 : f32
        %v586 = arith.addf %v584, %v585 : f32
        %v587 = arith.mulf %v57, %v221 : f32
        %v588 = arith.addf %v586, %v587 : f32
        %v589 = arith.negf %v588 : f32
        %v590 = arith.mulf %v589, %v526 : f32
        %v591 = llvm.call_intrinsic "llvm.exp2.f32"(%v590) : (f32) -> f32
        %v592 = arith.addf %v524, %v591 : f32
        %v593 = arith.divf %v524, %v592 : f32
        %v594 = arith.mulf %v588, %v593 : f32
        %v595 = arith.select %v514, %v594, %v588 : f32
        %v596 = arith.cmpi slt, %v580, %len : i64
        scf.if %v596 {
          %v597 = arith.addi %v24, %v580 : i64
          %v598 = arith.muli %v597, %ch : i64
          %v599 = arith.addi %v598, %v15 : i64
          %v600 = llvm.getelementptr %out[%v599] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v595, %v600 : f32, !llvm.ptr
        }
        %v601 = arith.addi %v19, %v25 : i64
        %v602 = arith.mulf %v34, %v175 : f32
        %v603 = arith.addf %v513, %v602 : f32
        %v604 = arith.mulf %v41, %v198 : f32
        %v605 = arith.addf %v603, %v604 : f32
        %v606 = arith.mulf %v49, %v221 : f32
        %v607 = arith.addf %v605, %v606 : f32
        %v608 = arith.mulf %v57, %v244 : f32
        %v609 = arith.addf %v607, %v608 : f32
        %v610 = arith.negf %v609 : f32
        %v611 = arith.mulf %v610, %v526 : f32
        %v612 = llvm.call_intrinsic "llvm.exp2.f32"(%v611) : (f32) -> f32
        %v613 = arith.addf %v524, %v612 : f32
        %v614 = arith.divf %v524, %v613 : f32
        %v615 = arith.mulf %v609, %v614 : f32
        %v616 = arith.select %v514, %v615, %v609 : f32
        %v617 = arith.cmpi slt, %v601, %len : i64
        scf.if %v617 {
          %v618 = arith.addi %v24, %v601 : i64
          %v619 = arith.muli %v618, %ch : i64
          %v620 = arith.addi %v619, %v15 : i64
          %v621 = llvm.getelementptr %out[%v620] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v616, %v621 : f32, !llvm.ptr
        }
        %v622 = arith.addi %v19, %v245 : i64
        %v623 = arith.mulf %v34, %v198 : f32
        %v624 = arith.addf %v513, %v623 : f32
        %v625 = arith.mulf %v41, %v221 : f32
        %v626 = arith.addf %v624, %v625 : f32
        %v627 = arith.mulf %v49, %v244 : f32
        %v628 = arith.addf %v626, %v627 : f32
        %v629 = arith.mulf %v57, %v268 : f32
        %v630 = arith.addf %v628, %v629 : f32
        %v631 = arith.negf %v630 : f32
        %v632 = arith.mulf %v631, %v526 : f32
        %v633 = llvm.call_intrinsic "llvm.exp2.f32"(%v632) : (f32) -> f32
        %v634 = arith.addf %v524, %v633 : f32
        %v635 = arith.divf %v524, %v634 : f32
        %v636 = arith.mulf %v630, %v635 : f32
        %v637 = arith.select %v514, %v636, %v630 : f32
        %v638 = arith.cmpi slt, %v622, %len : i64
        scf.if %v638 {
          %v639 = arith.addi %v24, %v622 : i64
          %v640 = arith.muli %v639, %ch : i64
          %v641 = arith.addi %v640, %v15 : i64
          %v642 = llvm.getelementptr %out[%v641] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v637, %v642 : f32, !llvm.ptr
        }
        %v643 = arith.addi %v19, %v269 : i64
        %v644 = arith.mulf %v34, %v221 : f32
        %v645 = arith.addf %v513, %v644 : f32
        %v646 = arith.mulf %v41, %v244 : f32
        %v647 = arith.addf %v645, %v646 : f32
        %v648 = arith.mulf %v49, %v268 : f32
        %v649 = arith.addf %v647, %v648 : f32
        %v650 = arith.mulf %v57, %v292 : f32
        %v651 = arith.addf %v649, %v650 : f32
        %v652 = arith.negf %v651 : f32
        %v653 = arith.mulf %v652, %v526 : f32
        %v654 = llvm.call_intrinsic "llvm.exp2.f32"(%v653) : (f32) -> f32
        %v655 = arith.addf %v524, %v654 : f32
        %v656 = arith.divf %v524, %v655 : f32
        %v657 = arith.mulf %v651, %v656 : f32
        %v658 = arith.select %v514, %v657, %v651 : f32
        %v659 = arith.cmpi slt, %v643, %len : i64
        scf.if %v659 {
          %v660 = arith.addi %v24, %v643 : i64
          %v661 = arith.muli %v660, %ch : i64
          %v662 = arith.addi %v661, %v15 : i64
          %v663 = llvm.getelementptr %out[%v662] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v658, %v663 : f32, !llvm.ptr
        }
        %v664 = arith.addi %v19, %v293 : i64
        %v665 = arith.mulf %v34, %v244 : f32
        %v666 = arith.addf %v513, %v665 : f32
        %v667 = arith.mulf %v41, %v268 : f32
        %v668 = arith.addf %v666, %v667 : f32
        %v669 = arith.mulf %v49, %v292 : f32
        %v670 = arith.addf %v668, %v669 : f32
        %v671 = arith.mulf %v57, %v316 : f32
        %v672 = arith.addf %v670, %v671 : f32
        %v673 = arith.negf %v672 : f32
        %v674 = arith.mulf %v673, %v526 : f32
        %v675 = llvm.call_intrinsic "llvm.exp2.f32"(%v674) : (f32) -> f32
        %v676 = arith.addf %v524, %v675 : f32
        %v677 = arith.divf %v524, %v676 : f32
        %v678 = arith.mulf %v672, %v677 : f32
        %v679 = arith.select %v514, %v678, %v672 : f32
        %v680 = arith.cmpi slt, %v664, %len : i64
        scf.if %v680 {
          %v681 = arith.addi %v24, %v664 : i64
          %v682 = arith.muli %v681, %ch : i64
          %v683 = arith.addi %v682, %v15 : i64
          %v684 = llvm.getelementptr %out[%v683] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v679, %v684 : f32, !llvm.ptr
        }
        %v685 = arith.addi %v19, %v317 : i64
        %v686 = arith.mulf %v34, %v268 : f32
        %v687 = arith.addf %v513, %v686 : f32
        %v688 = arith.mulf %v41, %v292 : f32
        %v689 = arith.addf %v687, %v688 : f32
        %v690 = arith.mulf %v49, %v316 : f32
        %v691 = arith.addf %v689, %v690 : f32
        %v692 = arith.mulf %v57, %v340 : f32
        %v693 = arith.addf %v691, %v692 : f32
        %v694 = arith.negf %v693 : f32
        %v695 = arith.mulf %v694, %v526 : f32
        %v696 = llvm.call_intrinsic "llvm.exp2.f32"(%v695) : (f32) -> f32
        %v697 = arith.addf %v524, %v696 : f32
        %v698 = arith.divf %v524, %v697 : f32
        %v699 = arith.mulf %v693, %v698 : f32
        %v700 = arith.select %v514, %v699, %v693 : f32
        %v701 = arith.cmpi slt, %v685, %len : i64
        scf.if %v701 {
          %v702 = arith.addi %v24, %v685 : i64
          %v703 = arith.muli %v702, %ch : i64
          %v704 = arith.addi %v703, %v15 : i64
          %v705 = llvm.getelementptr %out[%v704] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v700, %v705 : f32, !llvm.ptr
        }
        %v706 = arith.addi %v19, %v341 : i64
        %v707 = arith.mulf %v34, %v292 : f32
        %v708 = arith.addf %v513, %v707 : f32
        %v709 = arith.mulf %v41, %v316 : f32
        %v710 = arith.addf %v708, %v709 : f32
        %v711 = arith.mulf %v49, %v340 : f32
        %v712 = arith.addf %v710, %v711 : f32
        %v713 = arith.mulf %v57, %v364 : f32
        %v714 = arith.addf %v712, %v713 : f32
        %v715 = arith.negf %v714 : f32
        %v716 = arith.mulf %v715, %v526 : f32
        %v717 = llvm.call_intrinsic "llvm.exp2.f32"(%v716) : (f32) -> f32
        %v718 = arith.addf %v524, %v717 : f32
        %v719 = arith.divf %v524, %v718 : f32
        %v720 = arith.mulf %v714, %v719 : f32
        %v721 = arith.select %v514, %v720, %v714 : f32
        %v722 = arith.cmpi slt, %v706, %len : i64
        scf.if %v722 {
          %v723 = arith.addi %v24, %v706 : i64
          %v724 = arith.muli %v723, %ch : i64
          %v725 = arith.addi %v724, %v15 : i64
          %v726 = llvm.getelementptr %out[%v725] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v721, %v726 : f32, !llvm.ptr
        }
        %v727 = arith.addi %v19, %v365 : i64
        %v728 = arith.mulf %v34, %v316 : f32
        %v729 = arith.addf %v513, %v728 : f32
        %v730 = arith.mulf %v41, %v340 : f32
        %v731 = arith.addf %v729, %v730 : f32
        %v732 = arith.mulf %v49, %v364 : f32
        %v733 = arith.addf %v731, %v732 : f32
        %v734 = arith.mulf %v57, %v388 : f32
        %v735 = arith.addf %v733, %v734 : f32
        %v736 = arith.negf %v735 : f32
        %v737 = arith.mulf %v736, %v526 : f32
        %v738 = llvm.call_intrinsic "llvm.exp2.f32"(%v737) : (f32) -> f32
        %v739 = arith.addf %v524, %v738 : f32
        %v740 = arith.divf %v524, %v739 : f32
        %v741 = arith.mulf %v735, %v740 : f32
        %v742 = arith.select %v514, %v741, %v735 : f32
        %v743 = arith.cmpi slt, %v727, %len : i64
        scf.if %v743 {
          %v744 = arith.addi %v24, %v727 : i64
          %v745 = arith.muli %v744, %ch : i64
          %v746 = arith.addi %v745, %v15 : i64
          %v747 = llvm.getelementptr %out[%v746] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v742, %v747 : f32, !llvm.ptr
        }
        %v748 = arith.addi %v19, %v389 : i64
        %v749 = arith.mulf %v34, %v340 : f32
        %v750 = arith.addf %v513, %v749 : f32
        %v751 = arith.mulf %v41, %v364 : f32
        %v752 = arith.addf %v750, %v751 : f32
        %v753 = arith.mulf %v49, %v388 : f32
        %v754 = arith.addf %v752, %v753 : f32
        %v755 = arith.mulf %v57, %v412 : f32
        %v756 = arith.addf %v754, %v755 : f32
        %v757 = arith.negf %v756 : f32
        %v758 = arith.mulf %v757, %v526 : f32
        %v759 = llvm.call_intrinsic "llvm.exp2.f32"(%v758) : (f32) -> f32
        %v760 = arith.addf %v524, %v759 : f32
        %v761 = arith.divf %v524, %v760 : f32
        %v762 = arith.mulf %v756, %v761 : f32
        %v763 = arith.select %v514, %v762, %v756 : f32
        %v764 = arith.cmpi slt, %v748, %len : i64
        scf.if %v764 {
          %v765 = arith.addi %v24, %v748 : i64
          %v766 = arith.muli %v765, %ch : i64
          %v767 = arith.addi %v766, %v15 : i64
          %v768 = llvm.getelementptr %out[%v767] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v763, %v768 : f32, !llvm.ptr
        }
        %v769 = arith.addi %v19, %v413 : i64
        %v770 = arith.mulf %v34, %v364 : f32
        %v771 = arith.addf %v513, %v770 : f32
        %v772 = arith.mulf %v41, %v388 : f32
        %v773 = arith.addf %v771, %v772 : f32
        %v774 = arith.mulf %v49, %v412 : f32
        %v775 = arith.addf %v773, %v774 : f32
        %v776 = arith.mulf %v57, %v436 : f32
        %v777 = arith.addf %v775, %v776 : f32
        %v778 = arith.negf %v777 : f32
        %v779 = arith.mulf %v778, %v526 : f32
        %v780 = llvm.call_intrinsic "llvm.exp2.f32"(%v779) : (f32) -> f32
        %v781 = arith.addf %v524, %v780 : f32
        %v782 = arith.divf %v524, %v781 : f32
        %v783 = arith.mulf %v777, %v782 : f32
        %v784 = arith.select %v514, %v783, %v777 : f32
        %v785 = arith.cmpi slt, %v769, %len : i64
        scf.if %v785 {
          %v786 = arith.addi %v24, %v769 : i64
          %v787 = arith.muli %v786, %ch : i64
          %v788 = arith.addi %v787, %v15 : i64
          %v789 = llvm.getelementptr %out[%v788] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v784, %v789 : f32, !llvm.ptr
        }
        %v790 = arith.addi %v19, %v437 : i64
        %v791 = arith.mulf %v34, %v388 : f32
        %v792 = arith.addf %v513, %v791 : f32
        %v793 = arith.mulf %v41, %v412 : f32
        %v794 = arith.addf %v792, %v793 : f32
        %v795 = arith.mulf %v49, %v436 : f32
        %v796 = arith.addf %v794, %v795 : f32
        %v797 = arith.mulf %v57, %v460 : f32
        %v798 = arith.addf %v796, %v797 : f32
        %v799 = arith.negf %v798 : f32
        %v800 = arith.mulf %v799, %v526 : f32
        %v801 = llvm.call_intrinsic "llvm.exp2.f32"(%v800) : (f32) -> f32
        %v802 = arith.addf %v524, %v801 : f32
        %v803 = arith.divf %v524, %v802 : f32
        %v804 = arith.mulf %v798, %v803 : f32
        %v805 = arith.select %v514, %v804, %v798 : f32
        %v806 = arith.cmpi slt, %v790, %len : i64
        scf.if %v806 {
          %v807 = arith.addi %v24, %v790 : i64
          %v808 = arith.muli %v807, %ch : i64
          %v809 = arith.addi %v808, %v15 : i64
          %v810 = llvm.getelementptr %out[%v809] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v805, %v810 : f32, !llvm.ptr
        }
        %v811 = arith.addi %v19, %v461 : i64
        %v812 = arith.mulf %v34, %v412 : f32
        %v813 = arith.addf %v513, %v812 : f32
        %v814 = arith.mulf %v41, %v436 : f32
        %v815 = arith.addf %v813, %v814 : f32
        %v816 = arith.mulf %v49, %v460 : f32
        %v817 = arith.addf %v815, %v816 : f32
        %v818 = arith.mulf %v57, %v484 : f32
        %v819 = arith.addf %v817, %v818 : f32
        %v820 = arith.negf %v819 : f32
        %v821 = arith.mulf %v820, %v526 : f32
        %v822 = llvm.call_intrinsic "llvm.exp2.f32"(%v821) : (f32) -> f32
        %v823 = arith.addf %v524, %v822 : f32
        %v824 = arith.divf %v524, %v823 : f32
        %v825 = arith.mulf %v819, %v824 : f32
        %v826 = arith.select %v514, %v825, %v819 : f32
        %v827 = arith.cmpi slt, %v811, %len : i64
        scf.if %v827 {
          %v828 = arith.addi %v24, %v811 : i64
          %v829 = arith.muli %v828, %ch : i64
          %v830 = arith.addi %v829, %v15 : i64
          %v831 = llvm.getelementptr %out[%v830] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v826, %v831 : f32, !llvm.ptr
        }
        %v832 = arith.addi %v19, %v9 : i64
        %v833 = arith.mulf %v34, %v436 : f32
        %v834 = arith.addf %v513, %v833 : f32
        %v835 = arith.mulf %v41, %v460 : f32
        %v836 = arith.addf %v834, %v835 : f32
        %v837 = arith.mulf %v49, %v484 : f32
        %v838 = arith.addf %v836, %v837 : f32
        %v839 = arith.mulf %v57, %v507 : f32
        %v840 = arith.addf %v838, %v839 : f32
        %v841 = arith.negf %v840 : f32
        %v842 = arith.mulf %v841, %v526 : f32
        %v843 = llvm.call_intrinsic "llvm.exp2.f32"(%v842) : (f32) -> f32
        %v844 = arith.addf %v524, %v843 : f32
        %v845 = arith.divf %v524, %v844 : f32
        %v846 = arith.mulf %v840, %v845 : f32
        %v847 = arith.select %v514, %v846, %v840 : f32
        %v848 = arith.cmpi slt, %v832, %len : i64
        scf.if %v848 {
          %v849 = arith.addi %v24, %v832 : i64
          %v850 = arith.muli %v849, %ch : i64
          %v851 = arith.addi %v850, %v15 : i64
          %v852 = llvm.getelementptr %out[%v851] : (!llvm.ptr, i64) -> !llvm.ptr, f32
          llvm.store %v847, %v852 : f32, !llvm.ptr
        }
        %v853 = llvm.mlir.zero : !llvm.ptr
        %v854 = llvm.icmp "ne" %state, %v853 : !llvm.ptr
        scf.if %v854 {
          %v855 = arith.muli %v18, %v21 : i64
          %v856 = arith.subi %v21, %v20 : i64
          scf.for %v857 = %v22 to %v856 step %v20 : i64 {
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
